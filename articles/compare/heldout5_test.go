package compare

import "testing"

// heldOutMarch are ten multi-source events (30 reports in English, French,
// German, Spanish, Italian, Dutch and Portuguese, every name invented),
// written blind, without reading the extraction, grouping or matching
// code, and frozen before their first run. Seven hold one planted real
// contradiction each (a count, an amount, a duration, a percentage, a
// length, the weekday of the happening, an age); three hold none. They are
// hard on false disagreements: one source often gives two figures of one
// kind (six taken to hospital, four discharged; 450 jobs cut now, 300 in
// 2024; a 3.4 km bridge and the 1.1 km old one; a 5.4 quake and a 3.9
// aftershock; 2,300 evacuated, 1,600 back; 40 jets now, 25 in 2023; a 6.5%
// demand and a 3.8% offer; a 23% fall and a 40% price rise), hedges that
// agree (more than 200 and 214, about 3,000 and 2,950, more than 2,000 and
// 2,300, a fifth and 20%), conversions in brackets, weekdays that are not
// the day of the happening (talks that broke down on Thursday, an
// aftershock on Thursday, schools shut until Monday, talks begun on Monday
// and ended on Thursday) and ages next to other numbers. The same reports
// with six distractors are the grouping set testdata/heldout-mar in
// articles/events.
//
// First run (frozen texts, commit d2ae218): 4/7 contradictions flagged, 1
// false disagreement. Flagged: the restructuring cost (€210 million
// against €120 million), the strike's 48 against 72 hours, the olive oil
// fall of 32% against 23%, the bridge's 4.3 against 3.4 km. Missed: the
// ferry's 412 passengers (the Dutch '214 passagiers' stood in a row of its
// own, apart from 'passeggeri'/'passengers', where '412' met only 'more
// than 200'); the quake's Tuesday (the Dutch 'dinsdagavond' was not read
// as a weekday at all); the sailor's age ('de 76 años' was read as a
// duration of 76 years, not an age, so it never met the 67 years of the
// others). False: Helga Sturmann, 'Vorstandschefin'/'Chief executive'
// [chief executive] against 'présidente du directoire' [chair], which is
// the same post in a two-tier board. All planted values' normalised forms
// were spelt as the harness prints them; nothing was corrected.
//
// Fixed after, so the set is held out no longer: Dutch weekdays joined to
// a part of the day ("dinsdagavond"), "Name, de 76 años" as an age,
// "présidente du directoire" as a chief executive, Dutch and Portuguese
// words in the subject synonyms ("passagiers"), a bound ("more than 200")
// that no longer bridges two rival values, and a rival value that joins
// the fact it matches whatever order the sources come in; also times of
// day ("om 6.00 uur"), "410 mila tonnellate" and nautical miles. Now 6 of
// 7, nothing false. The quake's Tuesday was still missed, as two of the
// three leads give two weekdays (the quake and its aftershock); taking
// the first weekday of each lead flagged two false disagreements on the
// labelled set, but taking the weekdays of the first paragraph that names
// any, when it names one, flags it and nothing false: 7 of 7.
var heldOutMarch = []heldOutEvent{
	{"ferry-fire", map[string]string{
		"m1en.txt": "en|Ferry fire: more than 200 passengers taken off burning ship in the Adriatic\n\nPORTO VALDENA, March 2 (APS) – More than 200 passengers and 31 crew members were taken off a burning ferry in the Adriatic on Tuesday after a fire broke out in its engine room, the Italian coast guard said.\n\nThe Santa Ilaria, a 142-metre vessel operated by Linee Marittime Carvessa, was about nine nautical miles from Porto Valdena when the fire started shortly after 7 a.m. Six people were taken to hospital with smoke inhalation; four of them were discharged by the evening.\n\nCoast guard commander Renato Ussoli said the fire had been put out by midday and the ship would be towed to port.\n\nRead more: Ferry safety on the Adriatic under scrutiny",
		"m1it.txt": "it|Incendio a bordo del traghetto Santa Ilaria, evacuati 412 passeggeri\n\nPaura martedì mattina nell'Adriatico: un incendio è divampato nella sala macchine del traghetto Santa Ilaria, partito da Porto Valdena e diretto all'Isola Carvessa. I 412 passeggeri e i 31 membri dell'equipaggio sono stati trasbordati su altre unità, ha reso noto la Guardia costiera.\n\nSei persone sono state portate in ospedale per aver inalato fumo. La nave, lunga 142 metri, si trovava a circa nove miglia dalla costa.\n\n«L'incendio è stato spento entro mezzogiorno», ha detto il comandante Renato Ussoli. Il traghetto sarà rimorchiato in porto. La compagnia Linee Marittime Carvessa ha annunciato un'indagine interna.\n\nFoto: Guardia costiera/Ufficio stampa",
		"m1nl.txt": "nl|Brand op Italiaanse veerboot, 214 passagiers in veiligheid gebracht\n\nBijgewerkt 10.42 uur\n\nOp een veerboot in de Adriatische Zee is dinsdagochtend brand uitgebroken in de machinekamer. Alle 214 passagiers en 31 bemanningsleden werden geëvacueerd, meldt de Italiaanse kustwacht.\n\nZes mensen zijn naar het ziekenhuis gebracht omdat ze rook hadden ingeademd. Het 142 meter lange schip, de Santa Ilaria van rederij Linee Marittime Carvessa, voer van Porto Valdena naar het eiland Isola Carvessa.\n\nVolgens commandant Renato Ussoli van de kustwacht was het vuur rond het middaguur geblust.",
	}, map[string][2]string{"m1it.txt": {"412", "214"}}},
	{"holvarth-jobs", map[string]string{
		"m2de.txt": "de|Holvarth streicht weitere 450 Stellen\n\nEbersfelden – Der Verpackungsmaschinenbauer Holvarth will in Deutschland weitere 450 Stellen abbauen. Das Werk in Lindenbrück mit derzeit 380 Beschäftigten soll bis Ende 2028 geschlossen werden, teilte das Unternehmen am Mittwoch mit. Bereits 2024 hatte Holvarth 300 Arbeitsplätze gestrichen.\n\nDie Kosten für den Umbau beziffert der Konzern auf rund 120 Millionen Euro. Vorstandschefin Helga Sturmann sprach von einem „schmerzhaften, aber notwendigen Schritt“. Der Betriebsrat kündigte Widerstand an.\n\nHolvarth beschäftigt weltweit rund 6200 Menschen.",
		"m2fr.txt": "fr|L'allemand Holvarth va supprimer 450 postes supplémentaires\n\nLe groupe allemand Holvarth, spécialiste des machines d'emballage, a annoncé mercredi la suppression de 450 emplois supplémentaires en Allemagne, après 300 postes déjà supprimés en 2024. Son usine de Lindenbrück fermera d'ici fin 2028.\n\nLa restructuration coûtera environ 210 millions d'euros, a précisé la présidente du directoire, Helga Sturmann, évoquant une étape « douloureuse mais nécessaire ».\n\nLe groupe, qui emploie quelque 6 200 personnes dans le monde, souffre de la baisse des commandes en Chine.",
		"m2en.txt": "en|Germany's Holvarth to cut 450 more jobs, shut Lindenbrück plant\n\nUpdated 14:05 GMT\n\nGerman packaging machinery maker Holvarth said on Wednesday it would cut another 450 jobs in Germany and close its Lindenbrück plant, which employs 380 people, by the end of 2028, on top of the 300 jobs it cut in 2024.\n\nThe restructuring will cost about €120 million ($130 million), the company said. Chief executive Helga Sturmann called it a painful but necessary step as orders from China slowed.\n\nHolvarth employs roughly 6,200 people worldwide. Its shares fell 4.1% in Frankfurt trading.\n\nPhoto: Holvarth AG",
	}, map[string][2]string{"m2fr.txt": {"€210 million", "€120 million"}}},
	{"port-strike", map[string]string{
		"m3nl.txt": "nl|Havenstaking in Velmhaven legt overslag stil\n\nVELMHAVEN - In de haven van Velmhaven is maandagochtend om 6.00 uur een staking van 72 uur begonnen. Ongeveer 2.300 havenwerkers leggen het werk neer, meldt vakbond Havenbond.\n\nDe bond eist een loonsverhoging van 6,5 procent; de werkgevers boden 3,8 procent. De onderhandelingen, die in januari begonnen, liepen donderdag vast.\n\nVolgens het havenbedrijf liggen inmiddels zo'n 140 schepen voor de kust te wachten. Voorzitter Joost Verbraak van Havenbond sluit verdere acties niet uit.\n\nLees ook: Wat betekent de staking voor de supermarkten?",
		"m3es.txt": "es|Huelga de 72 horas paraliza el puerto neerlandés de Velmhaven\n\nUnos 2.300 estibadores del puerto de Velmhaven, en los Países Bajos, iniciaron el lunes una huelga de 72 horas para exigir una subida salarial del 6,5 %, informó el sindicato Havenbond.\n\nCerca de 140 buques esperaban fondeados frente a la costa, según la autoridad portuaria. El presidente del sindicato, Joost Verbraak, no descartó nuevas movilizaciones.\n\nLas negociaciones con la patronal se rompieron el jueves pasado.",
		"m3de.txt": "de|Streik legt Hafen Velmhaven lahm\n\nVelmhaven. Im niederländischen Hafen Velmhaven haben am Montagmorgen rund 2300 Hafenarbeiter einen 48-stündigen Streik begonnen. Die Gewerkschaft Havenbond fordert 6,5 Prozent mehr Lohn, die Arbeitgeber hatten 3,8 Prozent angeboten.\n\nNach Angaben der Hafenbehörde warten bereits etwa 140 Schiffe vor der Küste. Gewerkschaftschef Joost Verbraak schloss weitere Arbeitsniederlegungen nicht aus. Die Tarifverhandlungen waren am vergangenen Donnerstag gescheitert.\n\nFoto: Havenbond",
	}, map[string][2]string{"m3de.txt": {"48 hours", "72 hours"}}},
	{"olive-oil", map[string]string{
		"m4es.txt": "es|La producción de aceite de Valdesca cae un 23 % por la sequía\n\nValdesca, 9 de marzo. La producción de aceite de oliva en la comarca de Valdesca cayó un 23 % en la campaña 2026/27, hasta unas 410.000 toneladas, a causa de la sequía, informó este martes la Asociación de Cooperativas Oleícolas de Valdesca (ACOV).\n\nEl precio en origen ha subido un 40 % en un año, explicó su presidente, Tomás Arregui. «Es la peor cosecha desde 2012», afirmó.\n\nLa comarca cuenta con unas 95.000 hectáreas de olivar.",
		"m4it.txt": "it|Spagna, crolla la produzione di olio a Valdesca: -23%\n\nLa siccità ha colpito duramente gli uliveti spagnoli: nella zona di Valdesca la produzione di olio d'oliva è scesa del 23% nella campagna 2026/27, a circa 410 mila tonnellate, secondo l'associazione delle cooperative locali (ACOV).\n\nIl presidente dell'associazione, Tomás Arregui, ha parlato martedì del peggior raccolto dal 2012. In un anno il prezzo all'origine è salito del 40%, con ricadute anche sui consumatori italiani.\n\nLeggi anche: Olio, i prezzi al supermercato",
		"m4pt.txt": "pt|Seca faz cair 32% a produção de azeite na região espanhola de Valdesca\n\nA produção de azeite na região espanhola de Valdesca caiu 32% na campanha de 2026/27, para cerca de 410 mil toneladas, anunciou na terça-feira a associação de cooperativas ACOV.\n\nO presidente da associação, Tomás Arregui, atribuiu a quebra à seca e disse que se trata da pior colheita desde 2012. Os preços na origem subiram 40% num ano.\n\nFoto: ACOV/Divulgação",
	}, map[string][2]string{"m4pt.txt": {"32%", "23%"}}},
	{"alvaco-bridge", map[string]string{
		"m5pt.txt": "pt|Nova ponte sobre o Alvaço inaugurada entre Vila Serrana e Porto Lindo\n\nFoi inaugurada na sexta-feira a nova ponte sobre o rio Alvaço, com 3,4 quilómetros de extensão, que liga Vila Serrana a Porto Lindo. A obra, construída em quatro anos pelo consórcio Ribamar-Tejal, custou 310 milhões de euros.\n\nA ponte antiga, com 1,1 quilómetros e construída em 1962, vai ficar reservada a peões e bicicletas, disse o ministro das Infraestruturas, Rui Valadares.\n\nEspera-se que a travessia seja utilizada por cerca de 40 mil veículos por dia.",
		"m5en.txt": "en|Portugal opens 4.3-km bridge over the Alvaço\n\nLISBON, March 12 – Portugal on Friday opened a 4.3-kilometre road bridge over the Alvaço river linking Vila Serrana and Porto Lindo, after four years of construction.\n\nThe bridge, built by the Ribamar-Tejal consortium, cost €310 million ($337 million). It is expected to carry about 40,000 vehicles a day.\n\nInfrastructure minister Rui Valadares said the old bridge, opened in 1962, would be kept for pedestrians and cyclists.",
		"m5fr.txt": "fr|Portugal : un pont de 3,4 km inauguré sur l'Alvaço\n\nLe Portugal a inauguré vendredi un nouveau pont routier de 3,4 kilomètres sur le fleuve Alvaço, entre Vila Serrana et Porto Lindo. L'ouvrage, qui a coûté 310 millions d'euros, a été construit en quatre ans par le consortium Ribamar-Tejal.\n\nPrès de 40 000 véhicules devraient l'emprunter chaque jour, selon le ministre des Infrastructures, Rui Valadares. L'ancien pont, datant de 1962, sera réservé aux piétons et aux cyclistes.\n\nPhoto : Ribamar-Tejal",
	}, map[string][2]string{"m5en.txt": {"4.3 km", "3.4 km"}}},
	{"quake", map[string]string{
		"m6it.txt": "it|Terremoto di magnitudo 5.4 in Calabria, 38 feriti\n\nAggiornato alle 10:42\n\nUna scossa di magnitudo 5.4 ha colpito mercoledì sera alle 23.14 la zona di San Vitaliano in Rocca, nel Cosentino, a una profondità di 10 chilometri. Una seconda scossa, di magnitudo 3.9, è stata avvertita giovedì alle 4.20.\n\nI feriti sono 38, nessuno in gravi condizioni, e circa 600 persone non possono rientrare nelle loro case, ha detto il sindaco Michele Carbonaro. Le scuole resteranno chiuse fino a lunedì.",
		"m6de.txt": "de|Erdbeben der Stärke 5,4 erschüttert Süditalien\n\nRom – Ein Erdbeben der Stärke 5,4 hat am Mittwochabend die süditalienische Region Kalabrien erschüttert. 38 Menschen wurden verletzt, etwa 600 können vorerst nicht in ihre Häuser zurück, sagte Bürgermeister Michele Carbonaro von San Vitaliano in Rocca. Das Epizentrum lag in zehn Kilometern Tiefe.\n\nIn der Nacht zum Donnerstag folgte ein Nachbeben der Stärke 3,9. Die Schulen der Gemeinde bleiben bis Montag geschlossen.\n\nFoto: Vigili del Fuoco",
		"m6nl.txt": "nl|Aardbeving in Zuid-Italië: 38 gewonden\n\nEen aardbeving met een kracht van 5,4 heeft dinsdagavond de Zuid-Italiaanse regio Calabrië getroffen. Daarbij raakten 38 mensen gewond, meldt burgemeester Michele Carbonaro van het stadje San Vitaliano in Rocca. Zo'n 600 inwoners kunnen voorlopig niet naar huis.\n\nHet epicentrum lag op 10 kilometer diepte. Donderdagochtend volgde een naschok met een kracht van 3,9.",
	}, map[string][2]string{"m6nl.txt": {"Tuesday", "Wednesday"}}},
	{"sailor", map[string]string{
		"m7fr.txt": "fr|À 67 ans, la navigatrice norvégienne Margit Hollestad boucle son tour du monde en solitaire\n\nPORT-KERVAN, 15 mars – La navigatrice norvégienne Margit Hollestad, 67 ans, est arrivée lundi à Port-Kervan (Finistère) après 254 jours de mer, bouclant un tour du monde en solitaire et sans escale d'environ 48 000 kilomètres.\n\nSa première tentative, en 2019, s'était arrêtée au bout de 40 jours après la rupture de son mât. Quelque 3 000 personnes l'attendaient sur les quais.\n\n« J'ai pensé abandonner deux fois », a-t-elle confié.",
		"m7en.txt": "en|Norwegian sailor, 67, completes solo round-the-world voyage\n\nMargit Hollestad sailed into the Breton port of Port-Kervan on Monday, 254 days after setting off, becoming one of the oldest women to sail alone and non-stop around the world.\n\nThe 67-year-old Norwegian covered some 48,000 kilometres (about 26,000 nautical miles) aboard her 12-metre yacht Sjøsvale. Her first attempt, in 2019, ended after 40 days when her mast broke.\n\nAbout 3,000 people greeted her on the quay.\n\nRead more: The oldest sailors to circle the globe",
		"m7es.txt": "es|Una navegante noruega de 76 años completa la vuelta al mundo en solitario\n\nLa noruega Margit Hollestad, de 76 años, llegó el lunes al puerto bretón de Port-Kervan tras 254 días en el mar, completando la vuelta al mundo en solitario y sin escalas. Recorrió unos 48.000 kilómetros.\n\nEn su primer intento, en 2019, tuvo que abandonar a los 40 días por la rotura del mástil. Unas 2.950 personas la recibieron en el muelle, según la policía local.\n\nFoto: Port-Kervan Nautisme",
	}, map[string][2]string{"m7es.txt": {"76 years", "67 years"}}},
	{"wildfire", map[string]string{
		"m8pt.txt": "pt|Incêndio na Serra do Marvelo: 1.600 moradores já regressaram a casa\n\nO incêndio que deflagrou no domingo na Serra do Marvelo obrigou a retirar 2.300 moradores de onze aldeias. Até à noite de terça-feira, 1.600 já tinham podido regressar a casa, disse o comandante distrital da Proteção Civil, Nuno Ferrão.\n\nO fogo consumiu cerca de 3.800 hectares. No combate estiveram 650 bombeiros, apoiados por 12 meios aéreos. Um bombeiro de 58 anos sofreu queimaduras ligeiras.\n\nAtualizado às 22:10",
		"m8en.txt": "en|Portugal wildfire forces more than 2,000 from their homes\n\nFirefighters in northern Portugal were battling on Tuesday to contain a wildfire in the Serra do Marvelo hills that has forced more than 2,000 people to leave their homes since it broke out on Sunday, civil protection officials said.\n\nThe blaze has burnt about 3,800 hectares (9,400 acres). Some 650 firefighters and 12 aircraft were deployed. A 58-year-old firefighter suffered minor burns.\n\nDistrict civil protection commander Nuno Ferrão said the situation was improving as winds dropped.\n\nPhoto: Proteção Civil",
		"m8es.txt": "es|Un incendio en el norte de Portugal obliga a evacuar a 2.300 vecinos\n\nLisboa, 23 de marzo. Unas 2.300 personas de once aldeas tuvieron que abandonar sus casas por el incendio declarado el domingo en la Serra do Marvelo, en el norte de Portugal, según Protección Civil. El fuego ha arrasado unas 3.800 hectáreas.\n\nUnos 650 bomberos, con el apoyo de doce medios aéreos, trabajaban el martes en la extinción, explicó el comandante Nuno Ferrão.",
	}, nil},
	{"aircraft-order", map[string]string{
		"m9nl.txt": "nl|Noordwind bestelt 40 nieuwe toestellen\n\nLuchtvaartmaatschappij Noordwind Airways heeft 40 vliegtuigen van het type CA-220 besteld bij de Franse fabrikant Corvale Aero, maakte het bedrijf donderdag bekend. De order heeft een catalogusprijs van 4,2 miljard dollar (zo'n 3,9 miljard euro).\n\nHet is de tweede grote bestelling in korte tijd: in 2023 bestelde Noordwind al 25 toestellen van hetzelfde type. De nieuwe vliegtuigen worden tussen 2029 en 2033 geleverd en vervangen de oudste toestellen van de vloot, die gemiddeld 19 jaar oud zijn.\n\nTopvrouw Femke Oudegeest spreekt van „een investering in stillere en zuinigere vliegtuigen”. Het toestel met 180 stoelen verbruikt volgens Corvale 20 procent minder brandstof.",
		"m9de.txt": "de|Noordwind Airways bestellt 40 Jets bei Corvale Aero\n\nAmsterdam – Die niederländische Fluggesellschaft Noordwind Airways hat bei Corvale Aero 40 Flugzeuge des Typs CA-220 bestellt. Der Auftrag hat nach Listenpreisen einen Wert von 4,2 Milliarden Dollar, teilte das Unternehmen am Donnerstag mit. Bereits 2023 hatte Noordwind 25 Maschinen dieses Typs geordert.\n\nDie Auslieferung soll zwischen 2029 und 2033 erfolgen. Die Jets mit je 180 Sitzen verbrauchen nach Herstellerangaben rund ein Fünftel weniger Treibstoff, sagte Noordwind-Chefin Femke Oudegeest.",
		"m9fr.txt": "fr|Corvale Aero décroche une commande de 40 avions auprès de Noordwind\n\nToulouse, le 18 mars – L'avionneur Corvale Aero a annoncé jeudi une commande ferme de 40 appareils CA-220 de la compagnie néerlandaise Noordwind Airways, d'une valeur de 3,9 milliards d'euros au prix catalogue.\n\nLes livraisons s'échelonneront de 2029 à 2033. Noordwind avait déjà commandé 25 exemplaires de cet avion de 180 places en 2023. L'appareil consomme 20 % de carburant en moins, selon le constructeur.\n\nLa directrice générale de Noordwind, Femke Oudegeest, a salué « un investissement dans des avions plus silencieux ».",
	}, nil},
	{"shipyard-deal", map[string]string{
		"m10it.txt": "it|Cantieri Brenzone, firmato l'accordo: aumenti del 9% in tre anni\n\nDopo quattro giorni di trattativa, iniziata lunedì e conclusa giovedì sera, sindacato e azienda hanno firmato il nuovo contratto dei Cantieri Navali Brenzone. I circa 4.800 dipendenti avranno un aumento del 9% in tre anni, oltre a un bonus una tantum di 1.200 euro.\n\nLo sciopero di 24 ore previsto per venerdì è stato revocato. «È un buon accordo», ha detto la segretaria generale del Sindacato Lavoratori Navali (SLN), Lucia Ferrandi, 44 anni, alla guida del sindacato da sei anni.",
		"m10pt.txt": "pt|Estaleiros italianos Brenzone chegam a acordo salarial\n\nOs Estaleiros Navais Brenzone, em Itália, e o sindicato SLN assinaram na quinta-feira um acordo que prevê aumentos salariais de 9% em três anos para os cerca de 4.800 trabalhadores, após negociações iniciadas na segunda-feira.\n\nA greve de 24 horas marcada para sexta-feira foi desconvocada. Os trabalhadores recebem ainda um prémio único de 1.200 euros, disse a secretária-geral do sindicato, Lucia Ferrandi, de 44 anos.\n\nOs estaleiros, fundados em 1921, têm uma unidade em Setúbal com 600 trabalhadores.",
		"m10de.txt": "de|Einigung bei italienischer Werft Brenzone – Streik abgesagt\n\nNach viertägigen Verhandlungen haben sich die italienische Werft Brenzone und die Gewerkschaft SLN am Donnerstag auf einen neuen Tarifvertrag geeinigt. Die rund 4800 Beschäftigten erhalten über drei Jahre 9 Prozent mehr Lohn sowie eine Einmalzahlung von 1200 Euro (rund 1300 Dollar).\n\nDer für Freitag geplante 24-stündige Streik wurde abgesagt. Gewerkschaftschefin Lucia Ferrandi, 44, sprach von einem „guten Abschluss“.",
	}, nil},
}

func TestHeldOutMarch(t *testing.T) {
	found, want, falseFlags := scoreHeldOut(t, heldOutMarch)
	t.Logf("held-out (March): %d/%d contradictions flagged, %d false disagreements", found, want, falseFlags)
	if testing.Verbose() {
		logFacts(t, heldOutMarch)
	}
	if falseFlags > 1 {
		t.Errorf("%d false disagreements on the March events (at most 1 allowed)", falseFlags)
	}
}
