package compare

// heldOutFrost are ten events written blind, after the Harvest set, on
// topics not used before. Seven hold one planted contradiction each, three
// hold none.
//
// First run (before any change made on it): 3 of the 7 contradictions
// flagged, no false disagreement. Missed: bus-fare, f1fr's "en moyenne de
// 10 %" sits in a row "10%" of its own apart from the "gemiddeld · 7%" row
// (f1nl, f1nl2); fishing-boat, f3it's "Otto marinai risultano ancora
// dispersi" [8] is read in no row, nor are the rescued (ocho, eight) and
// missing (tres, three) counts of the other reports; doping-ban, f5fr's
// "le 8 mai" is read in no row, the "home · 18 May" row holds f5en, f5es,
// f5pt only; water-contamination, the row "water · 10 days" holds f6nl's
// "minstens tien weken [10 weeks]" beside "at least ten days [10 days]"
// and "minstens tien dagen [10 days]" but is not marked a disagreement.
// Other wrong readings in the -v log: metro-line, f4de2's "mehr als 40
// Minuten [40 minutes]" (the old bus trip) sits in the "7 years" row of the
// building time; landslide, f8en's "late on Tuesday [Tuesday]" shares the
// row "night to Wednesday" (not flagged); pension-vote, Elena Rius's quote
// in f10en is given to "Jaime Ortal", "Seguridad Social" is read as a
// person, and the retirement ages 67 and 68 are read as durations.
//
// Fixed after, so the set is held out no longer: a crew counted for what
// happened to it ("Otto marinai risultano ancora dispersi"), lower-case
// short month names after a day ("le 8 mai"), two floors far apart
// disagree. Now 5/7, 0 false; still missed: a fare rise "en moyenne de
// 10 %" with no subject, and ten weeks against ten days in sentences tied
// by nothing the extraction types.
var heldOutFrost = []heldOutEvent{
	{"bus-fare", map[string]string{
		"f1nl.txt": `nl|Busticket in Hoogveld vanaf maart 20 cent duurder

Binnenland | Mobiliteit

12 januari 2032, 18:42

Wie in Hoogveld de bus neemt, betaalt vanaf 1 maart meer. Een los ticket gaat van 2,40 naar 2,60 euro, een maandabonnement van 52 naar 56 euro. Dat heeft de raad van bestuur van vervoersmaatschappij Stadsbus Hoogveld maandag beslist.

Gemiddeld stijgen de tarieven met 7 procent. Het is de eerste verhoging sinds 2029, toen de prijzen met 5 procent omhoog gingen.

"De energiekosten en de lonen van onze chauffeurs zijn fors gestegen. We kunnen niet anders", zegt schepen van Mobiliteit Lotte Verbrugghe, die de raad van bestuur voorzit. Het besluit werd genomen met negen stemmen voor en vier tegen.

Stadsbus Hoogveld vervoert jaarlijks zo'n 38 miljoen reizigers. Jongeren onder de 12 blijven gratis reizen.`,
		"f1nl2.txt": `nl|Stadsbus verhoogt tarieven: 'Pijnlijk maar nodig'

HOOGVELD

Door onze redacteur, dinsdag 13 januari 2032

Een busrit in Hoogveld kost vanaf 1 maart 2,60 euro in plaats van 2,40 euro. De raad van bestuur van Stadsbus Hoogveld keurde de prijsstijging maandagavond goed met negen tegen vier stemmen.

Ook het maandabonnement wordt duurder: 56 euro, vier euro meer dan nu. Over alle biljetten heen gaat het om een stijging van gemiddeld zeven procent.

Reizigersvereniging Opstap spreekt van "een slechte zaak voor wie geen auto heeft". Voorzitster Karima El Idrissi wijst erop dat de vorige verhoging amper drie jaar geleden was.

Mobiliteitsschepen Lotte Verbrugghe verdedigt de beslissing: de vervoersmaatschappij verwacht dit jaar een tekort van 11 miljoen euro. Kinderen tot 12 jaar blijven gratis met de bus rijden.

Lees ook: Nieuwe buslijn naar het ziekenhuis`,
		"f1fr.txt": `fr|Hoogveld : le ticket de bus passera à 2,60 euros le 1er mars

Régions

Publié le 12/01/2032 à 20h15

Le conseil d'administration de la société de transport Stadsbus Hoogveld a approuvé lundi une hausse des tarifs. Dès le 1er mars, le ticket à l'unité coûtera 2,60 euros, contre 2,40 euros aujourd'hui, et l'abonnement mensuel passera de 52 à 56 euros.

Selon la société, les prix augmenteront en moyenne de 10 %. Il s'agit de la première hausse depuis 2029.

« Les coûts de l'énergie et les salaires de nos chauffeurs ont fortement augmenté », a justifié l'échevine de la Mobilité, Lotte Verbrugghe, qui préside le conseil. La décision a été prise par neuf voix contre quatre.

La société transporte quelque 38 millions de voyageurs par an. Les enfants de moins de 12 ans continueront à voyager gratuitement.`,
	}, map[string][2]string{"f1fr.txt": {"10%", "7%"}}},
	{"prison-escape", map[string]string{
		"f2pt.txt": `pt|Três reclusos fogem da cadeia de Vale Escuro

Sociedade | Justiça

3 fev 2032 - 08:10

Três reclusos evadiram-se na noite de segunda-feira do Estabelecimento Prisional de Vale Escuro, nos arredores de Sarzedas Novas, depois de serrarem as grades de uma janela da lavandaria e escalarem um muro de seis metros com lençóis atados, confirmou a Direção-Geral dos Serviços Prisionais.

Entre os fugitivos está Nuno Calado, de 41 anos, condenado a 18 anos de prisão por assaltos à mão armada. Os outros dois homens têm 29 e 33 anos.

Um dos evadidos, o de 29 anos, foi recapturado esta terça-feira de manhã numa aldeia a cerca de 30 quilómetros da cadeia. A GNR montou operações de controlo nas estradas da região.

O sindicato dos guardas prisionais denuncia a falta de pessoal: "Na segunda à noite havia apenas nove guardas para 640 presos", disse o dirigente Paulo Mesquita. A cadeia tem capacidade para 500 reclusos.`,
		"f2pt2.txt": `pt|Fuga em Vale Escuro: um recapturado, dois ainda a monte

País

Sarzedas Novas, 3 de fevereiro de 2032

A polícia recapturou esta terça-feira um dos três homens que fugiram na véspera da cadeia de Vale Escuro. Os outros dois, incluindo o alegado cabecilha, Nuno Calado, continuam em fuga.

Calado, de 41 anos, cumpria uma pena de 18 anos por roubo. Segundo fonte prisional, os reclusos serraram as grades da lavandaria e usaram lençóis para transpor o muro exterior, com seis metros de altura.

A ministra da Justiça, Helena Quintas, ordenou um inquérito urgente. "É inaceitável", afirmou aos jornalistas.

A prisão alberga atualmente 640 reclusos, bem acima da lotação de 500 lugares.`,
		"f2es.txt": `es|Se fugan tres presos de una cárcel portuguesa cerca de la frontera

Internacional

LISBOA, 3 feb (Agencia) —

Tres reclusos se escaparon el lunes por la noche de la cárcel de Vale Escuro, en el centro de Portugal, tras serrar los barrotes de una ventana de la lavandería y saltar un muro de seis metros con sábanas anudadas, informaron las autoridades penitenciarias.

Uno de ellos, de 29 años, fue detenido el martes por la mañana en una aldea situada a unos 30 kilómetros del penal.

El cabecilla de la fuga sería Nuno Calado, de 47 años, que cumplía una condena de 18 años por atracos a mano armada. La policía portuguesa no descarta que intente cruzar a España.

Según el sindicato de funcionarios de prisiones, solo nueve guardias vigilaban a los 640 internos del centro, que tiene capacidad para 500.`,
	}, map[string][2]string{"f2es.txt": {"47 years", "41 years"}}},
	{"fishing-boat", map[string]string{
		"f3es.txt": `es|Naufraga un pesquero gallego frente a Cabo Trebal: ocho rescatados y tres desaparecidos

Galicia

Jueves, 11 de marzo de 2032

El pesquero Nuevo Marisol, con base en el puerto de Vilaboa do Mar, se hundió en la noche del miércoles a unas 20 millas de Cabo Trebal. De sus once tripulantes, ocho fueron rescatados con vida por un helicóptero de Salvamento Marítimo y un barco que faenaba en la zona. Otros tres siguen desaparecidos.

El barco, de 26 metros de eslora, lanzó la señal de socorro poco antes de las 23.00 horas, con olas de hasta seis metros.

"Los supervivientes pasaron casi dos horas en una balsa salvavidas", explicó el jefe del centro de salvamento, Xoán Pereiro. Los ocho fueron trasladados al hospital de Vilaboa con hipotermia.

La búsqueda de los tres marineros desaparecidos se reanudó al amanecer con dos aviones y cuatro embarcaciones.`,
		"f3es2.txt": `es|Tres marineros desaparecidos en el hundimiento del 'Nuevo Marisol'

SUCESOS

VILABOA DO MAR, 11 Mar. —

Ocho marineros fueron rescatados y tres permanecen desaparecidos tras el hundimiento del arrastrero Nuevo Marisol la noche del miércoles frente a Cabo Trebal, según Salvamento Marítimo.

El pesquero, de 26 metros, llevaba a bordo once tripulantes, cinco de ellos de nacionalidad indonesia. Los supervivientes estuvieron cerca de dos horas en una balsa antes de ser izados por un helicóptero.

El alcalde de Vilaboa do Mar, Manuel Outeiro, decretó tres días de luto oficial. "Es una tragedia para todo el pueblo", dijo.`,
		"f3it.txt": `it|Spagna, affonda un peschereccio al largo della Galizia

Esteri

11 marzo 2032

Un peschereccio spagnolo, il Nuevo Marisol, è affondato nella notte di mercoledì al largo di Cabo Trebal, in Galizia, con undici uomini a bordo. Onde alte fino a sei metri hanno ostacolato i soccorsi.

Otto marinai risultano ancora dispersi, secondo il servizio di salvataggio marittimo spagnolo. I sopravvissuti sono stati recuperati da un elicottero dopo quasi due ore trascorse su una zattera di salvataggio.

Le ricerche sono riprese all'alba con due aerei e quattro imbarcazioni.`,
		"f3en.txt": `en|Three missing after Spanish trawler sinks off Galicia

World | Europe

11 March 2032

MADRID (Reuters) — Three fishermen were missing and eight were rescued after the Spanish trawler Nuevo Marisol sank late on Wednesday off Cape Trebal in north-western Spain, the country's maritime rescue service said.

The 26-metre vessel, which had a crew of 11, sent a distress call shortly before 11 p.m. in waves of up to 6 metres.

The survivors spent nearly two hours in a life raft before a helicopter winched them to safety. They were taken to hospital suffering from hypothermia.

Two planes and four boats resumed the search for the missing men at dawn on Thursday.`,
	}, map[string][2]string{"f3it.txt": {"8", "3"}}},
	{"metro-line", map[string]string{
		"f4de.txt": `de|Kellstadt feiert seine neue U-Bahn-Linie U5

Region | Verkehr

Samstag, 12. Juni 2032

Nach sieben Jahren Bauzeit ist in Kellstadt am Samstag die neue U-Bahn-Linie U5 eröffnet worden. Die 12,4 Kilometer lange Strecke verbindet den Hauptbahnhof mit dem Neubaugebiet Lindenau und hat elf Stationen.

Oberbürgermeisterin Sabine Roth sprach von einem "historischen Tag für unsere Stadt". Tausende Menschen nutzten die kostenlosen Probefahrten.

Die Züge fahren in der Hauptverkehrszeit alle vier Minuten. Für die gesamte Strecke brauchen sie 21 Minuten. Die Verkehrsbetriebe rechnen mit rund 90.000 Fahrgästen pro Tag.

Der Bau hat 1,9 Milliarden Euro gekostet, rund 300 Millionen Euro mehr als ursprünglich geplant.`,
		"f4de2.txt": `de|U5 rollt: Was Fahrgäste jetzt wissen müssen

KELLSTADT

12.06.2032, 16:30 Uhr

Seit Samstagmittag fährt die U5. Die neue Linie ist 12,4 Kilometer lang, davon verlaufen zehn Kilometer im Tunnel. An den elf Stationen halten die Züge in Stoßzeiten im Vier-Minuten-Takt.

Vom Hauptbahnhof bis Lindenau dauert die Fahrt 21 Minuten – mit dem Bus waren es bisher mehr als 40 Minuten.

Am Eröffnungswochenende ist die Fahrt kostenlos. Ab Montag gilt der normale Tarif.

"Wir erwarten täglich etwa 90.000 Fahrgäste", sagte der Chef der Kellstädter Verkehrsbetriebe, Jürgen Albers.`,
		"f4en.txt": `en|Kellstadt opens U5 metro line after seven years of work

Europe | Transport

12 June 2032

The German city of Kellstadt opened its new U5 underground line on Saturday, seven years after construction began. The 12.4 km line links the main railway station to the new district of Lindenau and has 11 stations.

Trains will run every four minutes at peak times and take 21 minutes from end to end. The operator expects about 90,000 passengers a day.

The project cost 1.9 billion euros, some 300 million euros over budget. "This is a historic day for our city," said Lord Mayor Sabine Roth.`,
		"f4nl.txt": `nl|Duitse stad Kellstadt opent nieuwe metrolijn

Buitenland

zaterdag 12 juni 2032

In het Duitse Kellstadt is zaterdag de nieuwe metrolijn U5 geopend. Aan de aanleg werd zeven jaar gewerkt.

De lijn is 13,4 kilometer lang en telt elf stations, tussen het centraal station en de nieuwe wijk Lindenau. De metro's rijden in de spits om de vier minuten; een rit over de hele lijn duurt 21 minuten.

De bouw kostte 1,9 miljard euro. Burgemeester Sabine Roth sprak van "een historische dag".`,
	}, map[string][2]string{"f4nl.txt": {"13.4 km", "12.4 km"}}},
	{"doping-ban", map[string]string{
		"f5fr.txt": `fr|Dopage : Élodie Varenne suspendue quatre ans

Sports | Athlétisme

Mardi 14 septembre 2032

La coureuse de demi-fond française Élodie Varenne, 27 ans, a été suspendue quatre ans par l'Unité d'intégrité de l'athlétisme (AIU), qui a annoncé mardi sa décision.

La spécialiste du 1 500 m avait été contrôlée positive à l'EPO lors d'un contrôle inopiné le 8 mai à son domicile de Font-Romeu. Tous ses résultats obtenus depuis cette date sont annulés, dont sa médaille de bronze aux championnats d'Europe en juin.

« Je n'ai jamais pris de produit interdit et je vais faire appel », a réagi l'athlète dans un communiqué. Elle dispose de 30 jours pour saisir le Tribunal arbitral du sport.

Sa suspension court jusqu'en mai 2036.`,
		"f5en.txt": `en|French runner Varenne banned for four years over EPO

Athletics

14 September 2032

French 1,500 metres runner Elodie Varenne has been banned for four years after testing positive for the blood booster EPO, the Athletics Integrity Unit (AIU) said on Tuesday.

The 27-year-old returned the positive sample in an out-of-competition test at her home on 18 May. All her results since then have been annulled, including the bronze medal she won at the European Championships in June.

Varenne denied wrongdoing and said she would appeal to the Court of Arbitration for Sport. She has 30 days to do so. Her ban runs until May 2036.`,
		"f5es.txt": `es|Cuatro años de sanción para la francesa Varenne por EPO

Atletismo

PARÍS, 14 sep (Agencia) —

La mediofondista francesa Élodie Varenne, de 27 años, ha sido suspendida cuatro años por dar positivo por EPO, anunció este martes la Unidad de Integridad del Atletismo.

El control, realizado por sorpresa en su domicilio, tuvo lugar el 18 de mayo. La sanción supone la pérdida del bronce que la atleta ganó en junio en el Campeonato de Europa en los 1.500 metros.

Varenne, que niega haberse dopado, dispone de 30 días para recurrir ante el TAS.`,
		"f5pt.txt": `pt|Atleta francesa Élodie Varenne suspensa por quatro anos

Modalidades

14/09/2032 19:47

A atleta francesa Élodie Varenne, de 27 anos, foi suspensa por quatro anos depois de um controlo positivo à EPO, anunciou esta terça-feira a Unidade de Integridade do Atletismo.

A especialista nos 1500 metros acusou positivo num controlo surpresa realizado a 18 de maio. Perde assim a medalha de bronze conquistada em junho no Europeu.

A atleta nega ter-se dopado e vai recorrer para o Tribunal Arbitral do Desporto.`,
	}, map[string][2]string{"f5fr.txt": {"8 May", "18 May"}}},
	{"water-contamination", map[string]string{
		"f6nl.txt": `nl|Kraanwater in Westerbroek nog minstens tien weken niet drinkbaar

Binnenland

28 april 2032, 07:55

Inwoners van Westerbroek en drie omliggende dorpen moeten hun kraanwater nog minstens tien weken koken. In het drinkwater zijn E. coli-bacteriën aangetroffen, meldt Waterbedrijf Noordkwartier.

Het kookadvies geldt voor ongeveer 23.000 huishoudens. Bij de huisartsenpost meldden zich sinds het weekend zo'n 340 mensen met maag- en darmklachten; twaalf van hen liggen in het ziekenhuis.

De besmetting ontstond vermoedelijk door een gebroken leiding bij pompstation De Hulst. "We spoelen het hele net door, dat kost tijd", zegt directeur Anouk Brinkman van het waterbedrijf.

Bij supermarkten in Westerbroek waren de flessen water dinsdagavond uitverkocht. De gemeente deelt gratis water uit bij het gemeentehuis.`,
		"f6nl2.txt": `nl|Kookadvies Westerbroek: 'Tien dagen is het minimum'

REGIO

Woensdag 28 april 2032

Het kookadvies voor Westerbroek blijft minstens tien dagen van kracht. Dat zei directeur Anouk Brinkman van Waterbedrijf Noordkwartier dinsdagavond op een drukbezochte bewonersavond.

Dinsdag werden E. coli-bacteriën gevonden in het leidingwater van zo'n 23.000 huishoudens. Een gebroken leiding bij pompstation De Hulst is waarschijnlijk de oorzaak.

Ongeveer 340 mensen kregen last van buikkrampen en diarree. Twaalf mensen zijn opgenomen in het ziekenhuis van Zwarteveen.`,
		"f6en.txt": `en|Boil-water notice for 23,000 homes after E. coli found in Dutch town

News | Netherlands

28 April 2032

Residents of Westerbroek and three nearby villages have been told to boil their tap water for at least ten days after E. coli bacteria were found in the supply on Tuesday, the water company Noordkwartier said.

Around 340 people have reported stomach complaints and 12 are in hospital.

A broken pipe at the De Hulst pumping station is the likely cause. "We are flushing the entire network, and that takes time," said the company's director, Anouk Brinkman.

Free bottled water is being handed out at the town hall.`,
	}, map[string][2]string{"f6nl.txt": {"10 weeks", "10 days"}}},
	{"carmaker-cuts", map[string]string{
		"f7it.txt": `it|Valtero taglia 4.200 posti in Europa, chiude Rivalta Sesia

Economia

22 luglio 2032

Il gruppo automobilistico Valtero taglierà 4.200 posti di lavoro in Europa entro il 2034 e chiuderà lo stabilimento di Rivalta Sesia, in Piemonte, dove lavorano 1.100 persone. Il piano di ristrutturazione costerà 560 milioni di euro, ha annunciato giovedì l'amministratore delegato Marc Delorme.

Nel primo semestre l'utile operativo del gruppo è sceso del 38%, a 910 milioni di euro, per effetto del calo delle vendite di auto elettriche in Cina.

"Sono decisioni dolorose ma necessarie", ha detto Delorme. I sindacati hanno proclamato uno sciopero di otto ore per lunedì.`,
		"f7fr.txt": `fr|Valtero va supprimer 4 200 emplois en Europe

Économie | Automobile

Publié le jeudi 22 juillet 2032

Le constructeur automobile Valtero a annoncé jeudi la suppression de 4 200 postes en Europe d'ici à 2034, dont 1 100 avec la fermeture de son usine italienne de Rivalta Sesia. Le plan de restructuration coûtera 650 millions d'euros.

Le groupe a vu son résultat opérationnel chuter de 38 % au premier semestre, à 910 millions d'euros, pénalisé par le recul de ses ventes de voitures électriques en Chine.

« Ce sont des décisions douloureuses mais nécessaires », a déclaré le directeur général, Marc Delorme. En France, 600 postes seront supprimés, principalement au siège.`,
		"f7de.txt": `de|Autobauer Valtero streicht 4200 Stellen

Wirtschaft

22.07.2032

Der Autokonzern Valtero will bis 2034 in Europa 4200 Arbeitsplätze abbauen. Das Werk im italienischen Rivalta Sesia mit 1100 Beschäftigten soll geschlossen werden, wie Konzernchef Marc Delorme am Donnerstag mitteilte.

Die Kosten für den Umbau beziffert Valtero auf 650 Millionen Euro. Im ersten Halbjahr brach das operative Ergebnis um 38 Prozent auf 910 Millionen Euro ein.

In Deutschland ist das Entwicklungszentrum in Rüsselbach mit rund 800 Stellen betroffen; dort sollen 250 Jobs wegfallen.`,
		"f7en.txt": `en|Valtero to cut 4,200 jobs and shut Italian plant

Business

22 July 2032

Carmaker Valtero will cut 4,200 jobs in Europe by 2034 and close its Rivalta Sesia plant in northern Italy, which employs 1,100 people, chief executive Marc Delorme said on Thursday.

The restructuring will cost 650 million euros. First-half operating profit fell 38% to 910 million euros as sales of electric cars in China slumped.

Italian unions called an eight-hour strike for Monday.`,
	}, map[string][2]string{"f7it.txt": {"€560 million", "€650 million"}}},
	{"landslide", map[string]string{
		"f8it.txt": `it|Frana su Pieve di Sorra, evacuati 120 residenti

Cronaca | Trentino

6 ottobre 2032

Una frana si è staccata nella notte tra martedì e mercoledì, intorno alle 23.40, dal versante del monte Corvo sopra Pieve di Sorra, in Val Morena. Circa 120 residenti sono stati evacuati, nessuno è rimasto ferito.

Secondo il servizio geologico provinciale si sono mossi circa 200.000 metri cubi di terra e roccia su un fronte largo 300 metri. Quattro case sono state distrutte, una trentina sono state sgomberate.

"Il versante si muove ancora di circa due centimetri all'ora", ha spiegato il geologo Paolo Zanin. Nelle 48 ore precedenti erano caduti 180 millimetri di pioggia.

La sindaca Giulia Bonetti ha firmato un'ordinanza di sgombero. La strada provinciale 42 resta chiusa. Nel 1987 un'altra frana nella stessa valle aveva causato quattro vittime.`,
		"f8de.txt": `de|Erdrutsch im Trentino: Dorf teilweise evakuiert

Panorama

Mittwoch, 6. Oktober 2032

BOZEN. In der Nacht zum Mittwoch hat ein Erdrutsch das Dorf Pieve di Sorra im Val Morena getroffen. Gegen 23.40 Uhr lösten sich rund 200.000 Kubikmeter Erde und Geröll vom Monte Corvo. Verletzt wurde niemand.

Rund 120 Bewohner mussten ihre Häuser verlassen. Vier Häuser wurden zerstört, etwa 30 geräumt. Die Abbruchkante ist 300 Meter breit.

Der Hang bewege sich noch immer um etwa zwei Zentimeter pro Stunde, sagte der Geologe Paolo Zanin. In den zwei Tagen davor waren 180 Liter Regen pro Quadratmeter gefallen.

Bürgermeisterin Giulia Bonetti sprach von "großem Glück". Die Landstraße SP 42 bleibt gesperrt.`,
		"f8en.txt": `en|Landslide forces evacuation of Italian Alpine village

World

6 October 2032

ROME (AP) — A landslide crashed down on the Alpine village of Pieve di Sorra in northern Italy late on Tuesday, destroying four homes and forcing about 120 people from their houses. No one was hurt.

Some 200,000 cubic metres of earth and rock broke away from Mount Corvo at around 11.40 p.m., on a front some 300 metres (nearly 1,000 feet) wide, regional geologists said.

"The slope is still moving at about 2 cm an hour," said geologist Paolo Zanin. Around 180 mm of rain had fallen in the previous 48 hours.

The village's mayor, Giulia Bonetti, ordered around 30 homes to be cleared. A landslide in the same valley killed four people in 1987.`,
		"f8fr.txt": `fr|Italie : un glissement de terrain frappe un village du Trentin

International

Le 6 octobre 2032 à 11h02

Plus d'une centaine d'habitants de Pieve di Sorra, dans le nord de l'Italie, ont été évacués après un glissement de terrain survenu dans la nuit de mardi à mercredi. Il n'y a pas de blessé.

Environ 200 000 mètres cubes de terre et de roches se sont détachés du mont Corvo vers 23h40. Quatre maisons ont été détruites.

« Nous avons eu beaucoup de chance », a déclaré la maire, Giulia Bonetti. La route provinciale 42 reste fermée.`,
	}, nil},
	{"bird-flu-cull", map[string]string{
		"f9nl.txt": `nl|Vogelgriep in Dalfsum: 96.000 kippen geruimd

Binnenland | Landbouw

24 november 2032, 12:20

Op drie pluimveebedrijven in Dalfsum worden deze week in totaal 96.000 legkippen geruimd na een uitbraak van vogelgriep. Het gaat om de variant H5N1, meldt het ministerie van Landbouw.

De eerste besmetting werd maandag vastgesteld op een bedrijf met 41.000 dieren. Dinsdag volgden twee bedrijven met 33.000 en 22.000 kippen.

Binnen een straal van tien kilometer liggen nog 25 pluimveebedrijven. Voor die bedrijven geldt een vervoersverbod. De ruimingsteams kunnen zo'n 30.000 dieren per dag doden.

"Dit is een zware klap voor de pluimveehouders", zegt landbouwminister Pieter Haaksma. Vorig jaar werden in heel Nederland ruim 1,2 miljoen dieren geruimd.`,
		"f9fr.txt": `fr|Pays-Bas : 96 000 poules abattues après un foyer de grippe aviaire

Agriculture

Mercredi 24 novembre 2032

Les autorités néerlandaises ont commencé à abattre 96 000 poules pondeuses dans trois élevages de Dalfsum, dans l'est du pays, touchés par la grippe aviaire H5N1.

Le premier foyer, un élevage de 41 000 volailles, a été détecté lundi. Deux autres exploitations ont été contaminées mardi.

Vingt-cinq élevages situés dans un rayon de 10 km sont soumis à une interdiction de transport. « C'est un coup dur pour les éleveurs », a déclaré le ministre néerlandais de l'Agriculture, Pieter Haaksma.

L'an dernier, plus de 1,2 million de volailles avaient été abattues aux Pays-Bas.`,
		"f9en.txt": `en|Dutch cull 96,000 hens after bird flu outbreak

Europe | Farming

24 November 2032

The Netherlands is culling 96,000 laying hens at three farms in the eastern town of Dalfsum after an outbreak of the H5N1 strain of bird flu, the agriculture ministry said on Wednesday.

The first case was confirmed on Monday at a farm with 41,000 birds, and two more farms tested positive on Tuesday.

A transport ban applies to 25 poultry farms within 10 km. Culling teams can kill about 30,000 birds a day, so the operation should take a little more than three days.

"This is a heavy blow for farmers," Agriculture Minister Pieter Haaksma said.`,
	}, nil},
	{"pension-vote", map[string]string{
		"f10es.txt": `es|El Congreso aprueba la reforma de las pensiones por un estrecho margen

Economía

Madrid, jueves 18 de noviembre de 2032

El Congreso de los Diputados aprobó este jueves la reforma de las pensiones con 181 votos a favor, 164 en contra y 5 abstenciones. La ley retrasa de forma gradual la edad de jubilación de los 67 a los 68 años hasta 2040.

La reforma sube además un 4,5% las pensiones mínimas a partir de enero, una medida que costará 3.400 millones de euros al año. En España cobran una pensión 9,8 millones de personas.

"Garantizamos el sistema para nuestros hijos", defendió la ministra de Inclusión, Seguridad Social y Migraciones, Elena Rius. El líder de la oposición, Jaime Ortal, la acusó de "robar un año de vida" a los trabajadores.

La anterior reforma, de 2011, ya había elevado la edad de jubilación de 65 a 67 años. El texto pasa ahora al Senado.`,
		"f10es2.txt": `es|Pensiones: la reforma sale adelante con cinco votos de margen

POLÍTICA

18/11/2032 - 19:32

La reforma de las pensiones superó este jueves su votación en el Congreso con 181 apoyos, cinco más de los 176 que exigía la mayoría absoluta. Votaron en contra 164 diputados y hubo cinco abstenciones.

La edad legal de jubilación pasará de 67 a 68 años de manera progresiva hasta 2040. Las pensiones mínimas subirán un 4,5% en enero.

La titular de Seguridad Social, Elena Rius, celebró el resultado. Los sindicatos han convocado una manifestación para el sábado en Madrid.`,
		"f10pt.txt": `pt|Espanha aprova aumento da idade da reforma para 68 anos

Mundo

18 nov 2032

O Congresso espanhol aprovou esta quinta-feira, com 181 votos a favor e 164 contra, uma reforma que aumenta gradualmente a idade da reforma de 67 para 68 anos até 2040.

A ministra da Segurança Social espanhola, Elena Rius, defendeu que a medida é necessária para garantir o sistema. As pensões mínimas vão subir 4,5% em janeiro, o que custará 3400 milhões de euros por ano.

O diploma segue agora para o Senado. Os sindicatos marcaram uma manifestação para sábado.`,
		"f10en.txt": `en|Spain's lower house votes to raise retirement age to 68

Europe

18 November 2032

MADRID (Reuters) — Spain's Congress of Deputies on Thursday narrowly approved a pension reform that will gradually raise the retirement age from 67 to 68 by 2040, with 181 votes in favour and 164 against.

The bill also lifts minimum pensions by 4.5% from January, at a cost of 3.4 billion euros a year, for a country with nearly 10 million pensioners.

"We are securing the system for our children," Social Security Minister Elena Rius told lawmakers. Opposition leader Jaime Ortal said the government was "stealing a year of life" from workers.

An earlier reform in 2011 raised the retirement age from 65 to 67. The bill now goes to the Senate.`,
	}, nil},
}
