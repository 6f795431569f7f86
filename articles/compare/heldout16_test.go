package compare

// heldOutSummer is a blind held-out set written after the Spring set, on
// kinds of events none of the earlier sets hold: a bridge closure, a product
// recall, a hospital opening, a football transfer, a wildfire, a court
// ruling, a museum theft and a central-bank decision, dated 2029-2030, in
// en, fr, de, es, it, pt and nl. Six events hold one planted contradiction
// each (a length, an amount, an age, a weekday, a year, a percentage); the
// transfer and the wildfire hold none but carry rounding ("nearly €70
// million" against €68 million, "plus de 3 000 hectares" against 3,200),
// synonyms of roles, rates "a day" and figures about other things.
//
// First run (before any change made on it): 5 of 6 contradictions flagged,
// 1 false disagreement. Missed: museum-theft, c7en's "painted in 1878"
// against 1887 ("museum-theft: missed c7en.txt's 1878 against 1887"); no row
// holds the painting's year at all, only c7fr's "fondé · 1921". False:
// rate-rise, "mit sieben zu zwei Stimmen" read as two votes against the
// others' seven (false disagreement count "stimmen": c8de: zwei Stimmen;
// c8en, c8es, c8fr: seven votes). Not flagged, as wanted: "nearly €70
// million" in the row of €68 million, "plus de 3 000 hectares" in the row of
// 3,200, "1,000 hectares a day" kept apart from the area burned, and the
// 2025 fire's 11,000 hectares in a row of its own. The five planted values
// flagged were the length (470 m), the amount (€32 million), the age (57),
// the weekday (woensdag) and the percentage (6,1 Prozent).
//
// On the code it was merged into (with the rule that a source whose
// paragraph also writes the others' figure is not at odds with them, made
// on the October and Winter sets): 5/6, 0 false. Since then years before
// 1900 are read ("painted · 1878", "peinte · 1887"), but the two are not
// matched: the painter's name is not read as a name in either sentence, so
// nothing ties them. Since the Dusk set, a lone year whose digits swap
// those of a year two sources give joins it: 6/6, 0 false.
var heldOutSummer = []heldOutEvent{
	{"bridge-closure", map[string]string{
		"c1en.txt": `en|Castrelle viaduct shut to all traffic after cracks found in two pillars

News | Europe | Transport

Published 6 November 2029, 11:40 GMT

Italian authorities closed the Sarvello viaduct over the river Tardo at Castrelle to all traffic on Tuesday after inspectors found deep cracks in two of its concrete pillars, cutting one of the busiest links in the north of the country.

The 740-metre viaduct, built in 1968, carries about 42,000 vehicles a day. Lorries will be sent on a detour of 23 km through the valley, and the local bus company said journeys would take up to half an hour longer.

"We cannot take any risk with a structure of this age," said Elena Sartori, who heads infrastructure for the regional government. She said the bridge would remain closed for at least 90 days while engineers decide whether it can be repaired.

A first estimate puts the cost of the works at about €85 million.

Share this article`,
		"c1it.txt": `it|Castrelle, chiuso il viadotto Sarvello: crepe in due piloni

Cronaca | Nord

6 novembre 2029 - 10:15

Il viadotto Sarvello sul Tardo è stato chiuso martedì mattina al traffico, sia alle auto sia ai mezzi pesanti, dopo che le ispezioni hanno rilevato crepe profonde in due piloni in calcestruzzo.

La chiusura durerà almeno 90 giorni, ha annunciato l'assessora regionale alle infrastrutture Elena Sartori. «Con una struttura di questa età non possiamo correre alcun rischio», ha spiegato.

Il viadotto, lungo 470 metri e inaugurato nel 1968, è attraversato ogni giorno da circa 42mila veicoli. I camion dovranno percorrere una deviazione di 23 chilometri lungo la valle.

Secondo una prima stima, i lavori potrebbero costare intorno agli 85 milioni di euro.

Leggi anche: Ponti, il piano di controlli della Regione`,
		"c1de.txt": `de|Norditalien: Viadukt nach Rissen in Pfeilern gesperrt

Panorama | Verkehr

06.11.2029

Wegen tiefer Risse in zwei Betonpfeilern ist das Sarvello-Viadukt über den Fluss Tardo bei Castrelle seit Dienstag vollständig gesperrt.

Die 740 Meter lange Brücke aus dem Jahr 1968 wird täglich von rund 42.000 Fahrzeugen genutzt. Lastwagen müssen nun einen Umweg von 23 Kilometern fahren.

Die für Infrastruktur zuständige Regionalrätin Elena Sartori sagte, die Sperrung werde mindestens 90 Tage dauern. Die Reparatur dürfte nach ersten Schätzungen etwa 85 Millionen Euro kosten.`,
		"c1nl.txt": `nl|Italiaans viaduct dicht na scheuren in pijlers

Buitenland

6 november 2029

In het Noord-Italiaanse Castrelle is het Sarvello-viaduct over de rivier de Tardo dinsdag volledig afgesloten. Inspecteurs vonden diepe scheuren in twee betonnen pijlers.

Het 740 meter lange viaduct uit 1968 wordt dagelijks door zo'n 42.000 voertuigen gebruikt. Vrachtverkeer moet 23 kilometer omrijden.

Volgens regiobestuurder Elena Sartori blijft de brug minstens negentig dagen dicht. De herstelling kost naar schatting 85 miljoen euro.`,
	}, map[string][2]string{"c1it.txt": {"470 m", "740 m"}}},
	{"ebike-recall", map[string]string{
		"c2fr.txt": `fr|Velorix rappelle 86 000 batteries de vélos électriques après une série d'incendies

Économie | Entreprises

Publié le 19 mars 2030 à 12h05

Le fabricant de vélos électriques Velorix, basé à Montbrisac, a annoncé mardi le rappel de 86 000 batteries vendues entre 2027 et 2029, après 14 incendies signalés en France, en Belgique et en Espagne.

Les clients concernés sont invités à ne plus recharger leur batterie et à la rapporter chez un revendeur, qui la remplacera gratuitement. Aucun blessé grave n'est à déplorer.

« La sécurité de nos clients passe avant tout », a déclaré la présidente du groupe, Claire Dumontel. L'opération devrait coûter environ 23 millions d'euros à l'entreprise, qui emploie 1 150 salariés.

Le titre Velorix a reculé de 7,5 % à la Bourse de Paris.

Partager cet article`,
		"c2de.txt": `de|E-Bike-Hersteller Velorix ruft 86.000 Akkus zurück

Wirtschaft

19.03.2030, 14:30 Uhr

Der französische E-Bike-Hersteller Velorix ruft 86.000 Akkus zurück. Nach Angaben des Unternehmens vom Dienstag hatten 14 Akkus Feuer gefangen.

Betroffen sind Akkus, die zwischen 2027 und 2029 verkauft wurden. Kunden sollen sie nicht mehr laden und beim Händler kostenlos austauschen lassen.

Velorix-Chefin Claire Dumontel bezifferte die Kosten des Rückrufs auf rund 23 Millionen Euro. Die Aktie verlor in Paris 7,5 Prozent.`,
		"c2es.txt": `es|Velorix llama a revisión 86.000 baterías de bicicletas eléctricas

Economía | Empresas

Madrid, 19 mar (Agencia)

El fabricante francés de bicicletas eléctricas Velorix anunció este martes la retirada de 86.000 baterías vendidas entre 2027 y 2029, tras registrarse 14 incendios en Francia, Bélgica y España.

La empresa pide a los clientes que dejen de cargar las baterías y las lleven a un distribuidor para cambiarlas sin coste.

La consejera delegada, Claire Dumontel, calculó que la operación costará unos 32 millones de euros. "La seguridad de nuestros clientes es lo primero", dijo.

Las acciones de Velorix cayeron un 7,5 % en la Bolsa de París.`,
		"c2en.txt": `en|French e-bike maker recalls 86,000 batteries after fires

Business | Companies

March 19, 2030

PARIS - Velorix, the French maker of electric bikes, said on Tuesday it would recall some 86,000 batteries sold between 2027 and 2029 after fourteen of them caught fire.

Chief executive Claire Dumontel said the recall would cost the company about 23 million euros. Owners have been told to stop charging the batteries and to take them to a dealer for a free replacement.

Shares in Velorix fell 7.5% in Paris.

Reporting by Anne Vidal; Editing by Mark Cole`,
	}, map[string][2]string{"c2es.txt": {"€32 million", "€23 million"}}},
	{"hospital-opening", map[string]string{
		"c3pt.txt": `pt|Novo hospital de Orvalho abre portas com 420 camas

Sociedade | Saúde

24 set 2029 - 08:30

O novo Hospital de Orvalho, no distrito de Vale do Sarmo, recebe os primeiros doentes esta segunda-feira. A unidade tem 420 camas e 14 blocos operatórios e vai servir cerca de 380 mil habitantes.

A construção custou 310 milhões de euros e demorou quatro anos. O antigo hospital distrital, com 190 camas, vai fechar até ao fim do ano.

"É um dia que esta região esperava há décadas", afirmou a diretora clínica, Marta Quintela, de 52 anos, que dirigiu durante dez anos o serviço de urgência do antigo hospital.

Os primeiros 60 doentes serão transferidos durante a manhã em ambulâncias.

Leia também: Falta de médicos no interior`,
		"c3es.txt": `es|Portugal abre un nuevo hospital de 420 camas en Orvalho

Sociedad

Lisboa, 24 sep (Agencia)

El nuevo hospital de Orvalho, en la región portuguesa de Vale do Sarmo, abrió este lunes sus puertas con 420 camas y 14 quirófanos para atender a unos 380.000 habitantes.

La obra costó 310 millones de euros. "Es un día que esta región esperaba desde hace décadas", declaró la directora médica, Marta Quintela, de 52 años.

Sesenta pacientes del antiguo hospital comarcal serán trasladados durante la mañana.`,
		"c3en.txt": `en|Portugal's new Orvalho hospital opens its doors

World | Health

Published 24 September 2029

A new hospital in Orvalho, in the Portuguese district of Vale do Sarmo, took in its first patients on Monday, replacing an ageing district hospital that had only 190 beds.

The €310 million building has 420 beds and 14 operating theatres and will serve around 380,000 people.

"This is a day the region has waited decades for," said its clinical director, Marta Quintela, 57, who ran the emergency department of the old hospital for ten years.

About 60 patients were being moved across by ambulance on Monday morning.

Share this article`,
	}, map[string][2]string{"c3en.txt": {"57 years", "52 years"}}},
	{"striker-transfer", map[string]string{
		"c4es.txt": `es|Dario Falcone deja el Atlético Serrana por 68 millones

Deportes | Fútbol

15 jul 2030 - 19:45

El delantero italiano Dario Falcone, de 24 años, ha fichado este lunes por el FC Lindenau alemán, que pagará al Atlético Serrana 68 millones de euros, más siete millones en variables.

Falcone firma un contrato de cinco temporadas, hasta junio de 2035. El Serrana lo había fichado en 2027 por 9 millones.

En la última Liga marcó 27 goles en 36 partidos.

"Me voy con pena, pero es el paso que necesitaba", dijo el jugador.

Lee también: Los fichajes más caros del verano`,
		"c4it.txt": `it|Falcone al Lindenau per 68 milioni più bonus

Sport | Calciomercato

15 luglio 2030

È ufficiale: il centravanti Dario Falcone, 24 anni, lascia l'Atlético Serrana e passa al Lindenau, in Bundesliga. Agli spagnoli vanno 68 milioni di euro, a cui potranno aggiungersi fino a 7 milioni di bonus.

L'attaccante ha firmato un contratto fino al 2035. Nell'ultima stagione ha segnato 27 reti in 36 partite di campionato.

Tre anni fa il Serrana lo aveva pagato appena 9 milioni.`,
		"c4de.txt": `de|Lindenau holt Stürmer Falcone für 68 Millionen Euro

Sport | Fußball

15.07.2030, 18:02 Uhr

Der FC Lindenau hat am Montag den italienischen Stürmer Dario Falcone verpflichtet. Der 24-Jährige kommt vom spanischen Klub Atlético Serrana und erhält einen Vertrag über fünf Jahre bis 2035.

Die Ablöse liegt bei 68 Millionen Euro, durch Bonuszahlungen kann sie um bis zu sieben Millionen steigen. Damit ist Falcone der teuerste Zugang der Vereinsgeschichte.

„Er ist genau der Spieler, den wir gesucht haben“, sagte Sportdirektor Jens Aldinger. Falcone erzielte in der vergangenen Saison 27 Tore in 36 Ligaspielen.

Artikel teilen`,
		"c4en.txt": `en|Lindenau sign Falcone in club-record deal

Sport | Football | Transfers

Monday 15 July 2030

FC Lindenau have signed Italy forward Dario Falcone from Atletico Serrana in a deal worth nearly €70 million, the German club said on Monday.

The 24-year-old, who scored 27 league goals last season, has signed a five-year contract. Lindenau will pay a fixed fee of €68m, with up to €7m more in add-ons.

Sporting director Jens Aldinger said: "He is exactly the player we were looking for."

Read more: Summer transfer window - all the deals`,
	}, nil},
	{"alvoreda-wildfire", map[string]string{
		"c5pt.txt": `pt|Incêndio na Serra de Alvoreda já consumiu 3.200 hectares

País | Incêndios

21 ago 2029 - 13:20

O incêndio que deflagrou no domingo na Serra de Alvoreda, no centro do país, já consumiu 3.200 hectares, segundo a Proteção Civil. Estão no terreno 450 bombeiros, apoiados por 12 meios aéreos.

Cerca de 600 pessoas foram retiradas de quatro aldeias. Não há feridos graves a registar.

"O fogo tem avançado cerca de mil hectares por dia por causa do vento", explicou o comandante regional Nuno Valadares.

Em 2025, um incêndio na mesma serra destruiu 11.000 hectares em seis dias.

Partilhe este artigo`,
		"c5es.txt": `es|Un incendio en el centro de Portugal obliga a evacuar cuatro aldeas

Internacional

Lisboa, 21 ago (Agencia)

El incendio declarado el domingo en la sierra de Alvoreda, en el centro de Portugal, ha quemado ya unas 3.200 hectáreas y obligado a evacuar a unas 600 personas de cuatro aldeas.

Unos 450 bomberos y doce medios aéreos trabajan en la extinción. El jefe regional de Protección Civil, Nuno Valadares, indicó que las llamas avanzan a un ritmo de unas 1.000 hectáreas diarias.

En 2025, otro fuego en la misma zona arrasó 11.000 hectáreas.`,
		"c5fr.txt": `fr|Portugal : un feu de forêt a déjà parcouru plus de 3 000 hectares

International | Europe

Publié le 21 août 2029 à 15h40

Plus de 3 000 hectares ont déjà brûlé dans la Serra de Alvoreda, dans le centre du Portugal, où un incendie fait rage depuis dimanche. Quelque 600 habitants de quatre villages ont été évacués.

Environ 450 pompiers et douze avions et hélicoptères sont mobilisés. Le vent pousse le feu, qui progresse d'environ un millier d'hectares par jour, selon le commandant des secours Nuno Valadares.

Il n'y a pas de blessé grave.`,
		"c5en.txt": `en|Portugal wildfire forces 600 from their homes

World | Europe

August 21, 2029

A wildfire that broke out on Sunday in the Alvoreda hills of central Portugal has burned about 3,200 hectares and forced some 600 people to leave four villages, civil protection officials said on Tuesday.

Around 450 firefighters and a dozen water-bombing aircraft are fighting the blaze, which regional commander Nuno Valadares said was advancing by about 1,000 hectares a day.

A fire in the same hills burned 11,000 hectares in 2025.

Share this article`,
	}, nil},
	{"toll-ruling", map[string]string{
		"c6de.txt": `de|Gericht kippt Innenstadtmaut in Hoogveld

Politik | Ausland

17.01.2030

Ein Gericht hat am Donnerstag die 2028 eingeführte Innenstadtmaut der niederländischen Stadt Hoogveld für rechtswidrig erklärt. Die Stadt muss rund 210.000 Autofahrern die Gebühr von 6,50 Euro pro Tag erstatten.

Insgesamt geht es um etwa 38 Millionen Euro. Bürgermeisterin Anouk Verschuren sprach von einem „schweren Schlag“ für die Stadtkasse.`,
		"c6nl.txt": `nl|Rechter schrapt tolheffing in binnenstad Hoogveld

Binnenland | Hoogveld

17 januari 2030, 16:45

Hoogveld moet de omstreden tol voor de binnenstad terugbetalen aan ruim 210.000 automobilisten. In totaal gaat het om zo'n 38 miljoen euro.

De rechters oordeelden woensdag dat de heffing van 6,50 euro per dag, die in 2028 werd ingevoerd, in strijd is met de wet. De gemeente had geen duidelijke wettelijke basis, stelde het hof.

"Dit is een zware klap voor onze begroting", zei burgemeester Anouk Verschuren. Ze wil eerst het vonnis bestuderen.

Lees ook: Meer steden willen tol voor de binnenstad`,
		"c6en.txt": `en|Court strikes down Hoogveld city-centre toll

Europe | Netherlands

Published 17 January 2030

A Dutch court on Thursday struck down the city-centre toll introduced by Hoogveld in 2028, ordering the city to refund about 210,000 drivers who paid the charge of €6.50 a day.

The refunds will cost the city some €38 million. Mayor Anouk Verschuren called the ruling "a heavy blow" to the budget.

The court found that the city had no clear legal basis for the charge.`,
		"c6fr.txt": `fr|Pays-Bas : la justice annule le péage urbain de Hoogveld

International

17 janvier 2030

La justice néerlandaise a annulé jeudi le péage urbain instauré en 2028 à Hoogveld. La ville devra rembourser quelque 210 000 automobilistes, qui payaient 6,50 euros par jour, soit environ 38 millions d'euros au total.

La maire, Anouk Verschuren, a dénoncé « un coup dur » pour les finances municipales.`,
	}, map[string][2]string{"c6nl.txt": {"Wednesday", "Thursday"}}},
	{"museum-theft", map[string]string{
		"c7fr.txt": `fr|Quatre tableaux volés au musée Vernaud de Saint-Aubrac

Faits divers | Culture

Publié le 28 octobre 2029 à 10h50

Quatre tableaux ont été dérobés dans la nuit de samedi à dimanche au musée Vernaud de Saint-Aubrac-sur-Lise, dont « La Lavandière » d'Émile Castagnon, peinte en 1887. Le préjudice est estimé à environ 12 millions d'euros.

Les voleurs sont entrés par une verrière et sont repartis en moins de sept minutes, selon les premiers éléments de l'enquête.

« C'est le cœur de notre collection qui a été emporté », a réagi la conservatrice, Sophie Larquier. Le musée, fondé en 1921, restera fermé jusqu'à nouvel ordre.

Partager`,
		"c7it.txt": `it|Francia, rubati quattro dipinti dal museo Vernaud

Esteri | Cultura

28 ottobre 2029

Colpo notturno al museo Vernaud di Saint-Aubrac-sur-Lise, in Francia: tra sabato e domenica i ladri hanno portato via quattro quadri, tra cui «La Lavandière» di Émile Castagnon, del 1887.

Il valore complessivo delle opere è stimato in circa 12 milioni di euro. I ladri sono entrati da un lucernario e sono fuggiti in meno di sette minuti.

«Ci hanno portato via il cuore della collezione», ha detto la direttrice Sophie Larquier.`,
		"c7en.txt": `en|Four paintings stolen from French museum in seven-minute raid

Culture | Art

Sunday 28 October 2029

Thieves stole four paintings from the Vernaud museum in Saint-Aubrac-sur-Lise, in central France, overnight from Saturday to Sunday, police said.

The haul includes The Washerwoman by Emile Castagnon, painted in 1878, and is worth an estimated €12 million. The thieves broke in through a glass roof and were gone in under seven minutes.

"They took the heart of our collection," said the museum's curator, Sophie Larquier.

Read more: Europe's biggest art thefts`,
		"c7nl.txt": `nl|Vier schilderijen gestolen uit Frans museum

Cultuur

28 oktober 2029

Uit het Musée Vernaud in het Franse Saint-Aubrac-sur-Lise zijn in de nacht van zaterdag op zondag vier schilderijen gestolen, waaronder 'La Lavandière' van Émile Castagnon uit 1887.

De buit is zo'n 12 miljoen euro waard. De dieven kwamen binnen via een glazen dak en stonden binnen zeven minuten weer buiten, meldt de Franse politie.`,
	}, map[string][2]string{"c7en.txt": {"1878", "1887"}}},
	{"rate-rise", map[string]string{
		"c8en.txt": `en|Valdoria's central bank raises rates to 4.25% as inflation stays high

Business | Economy | Markets

Published 10 April 2030, 13:10 GMT

The Central Bank of Valdoria raised its main interest rate by half a percentage point to 4.25% on Wednesday, its third increase this year, after inflation reached 5.1% in March.

The decision was taken by seven votes to two, governor Tomas Reinholt told reporters. Two members of the board had wanted to hold rates.

"Inflation is still more than twice our target of 2%," Reinholt said. The bank now expects growth of 1.3% this year.

The next rate decision is due on 22 May.

Share this article`,
		"c8de.txt": `de|Notenbank von Valdoria erhöht Leitzins auf 4,25 Prozent

Wirtschaft | Geldpolitik

10.04.2030, 15:20 Uhr

Die Zentralbank von Valdoria hat ihren Leitzins am Mittwoch um 50 Basispunkte auf 4,25 Prozent angehoben. Es ist bereits die dritte Erhöhung in diesem Jahr.

Die Inflation war im März auf 6,1 Prozent gestiegen, mehr als doppelt so hoch wie das Ziel der Notenbank von 2 Prozent. Der Zentralbankrat entschied mit sieben zu zwei Stimmen.

Notenbankchef Tomas Reinholt rechnet für dieses Jahr mit einem Wachstum von 1,3 Prozent.`,
		"c8fr.txt": `fr|La banque centrale de Valdoria relève son taux directeur à 4,25 %

Économie | Marchés

10 avril 2030

La banque centrale de Valdoria a relevé mercredi son principal taux d'intérêt d'un demi-point, à 4,25 %, pour la troisième fois depuis janvier. L'inflation a atteint 5,1 % en mars.

« L'inflation reste plus de deux fois supérieure à notre objectif de 2 % », a expliqué le gouverneur Tomas Reinholt. La décision a été prise par sept voix contre deux.

Prochaine réunion le 22 mai.`,
		"c8es.txt": `es|El banco central de Valdoria sube los tipos al 4,25 %

Economía

10 abr 2030

El Banco Central de Valdoria elevó este miércoles su tipo de interés de referencia en medio punto, hasta el 4,25 %, tras situarse la inflación en el 5,1 % en marzo.

La decisión se adoptó por siete votos a favor y dos en contra. El gobernador, Tomas Reinholt, recordó que el objetivo es una inflación del 2 % y prevé un crecimiento del 1,3 % este año.

Lee también: El euro sube frente al dólar`,
	}, map[string][2]string{"c8de.txt": {"6.1%", "5.1%"}}},
}
