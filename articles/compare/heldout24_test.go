package compare

// heldOutGale are eight events written blind, after the comparison was
// built, to provoke false disagreements: six hold no contradiction but
// many figures of one kind for different things, previous values, parts
// and totals, rates, hedges, ages in several shapes, nights over two days
// and conversions; two hold one planted contradiction each.
//
// First run (commit eb917a6, texts and wrong maps unchanged since): 0 of
// 2 contradictions flagged, 3 false disagreements, so the test fails:
//
//	reading-study: false disagreement percent "español": g4es: 39 %; g4it: 34%
//	fake-watches: missed g5it.txt's €2.6 million against €2.1 million
//	lake-swim: missed g7de.txt's 61 years against 64 years
//	balloon-landing: false disagreement count "pasajeros": g8en, g8pt: three passengers; g8es, g8fr: 11 pasajeros
//	balloon-landing: false disagreement count "blessés": g8es, g8pt: dos pasajeros; g8fr: trois blessés
//	held-out (Gale): 0/2 contradictions flagged, 3 false disagreements
//
// The planted age was joined with the right one but not flagged
// ("Brunner · age · 64 years": g7de.txt=61-Jährige [61 years];
// g7en.txt=64-year-old [64 years]; g7it.txt=64 anni [64 years]); the
// planted value stood apart ("valore · €2.6 million": g5it.txt only).
// Facts joined across different things but not flagged: "24%" (25%, 24%,
// 26%, 24%), "34%" (34%, 35%, 33%, 34%), "quindicenni · 26%" (26%, 27%),
// "11.58 hours" beside "ruim acht uur" [8 hours], "47 days" beside
// "almost seven weeks" [7 weeks], "keep · €44.9" beside €45.
//
// Fixed after, so the set is held out no longer: a count after "other"
// ("otros dos pasajeros") is the rest of one; a verb of harm before a
// count of passengers names what happened; one source's odd share needs a
// figure in common to be paired; a figure rounds by its last written
// digit, so 61 and 64 years differ while 23 % and 23,4 % agree. Now 1/2,
// 0 false.
var heldOutGale = []heldOutEvent{
	{"wine-harvest", map[string]string{
		"g1es.txt": `es|Valdemora cierra su mejor vendimia en quince años: 1,42 millones de hectolitros

La denominación de origen crece un 9 % y los viticultores cobran más por la uva

Economía | Campo

16 oct 2034 - 08:40

La vendimia en la denominación de origen Valdemora terminó el viernes con una producción de 1,42 millones de hectolitros de vino, un 9 % más que los 1,30 millones de 2033, según el balance presentado este lunes por el consejo regulador.

La recogida comenzó el 28 de agosto, una semana antes que el año pasado, y duró 47 días. Unos 9.000 temporeros trabajaron en las 12.600 hectáreas de viñedo de la comarca, repartidas entre 4.800 viticultores.

Por zonas, Ribera aportó 610.000 hectolitros, Alto Valdemora 520.000 y Sierra Baja 290.000. El tinto supone el 61 % del total.

"Es la mejor cosecha desde 2019, tanto en cantidad como en calidad", afirmó Inés Carrillo Marín, presidenta del consejo regulador. Carrillo destacó que el precio medio de la uva se ha situado en 0,58 euros por kilo, frente a 0,52 euros en la campaña anterior.

Las lluvias de primavera, 380 litros por metro cuadrado frente a una media de 450 en los últimos quince años, fueron escasas pero llegaron en el momento justo, explicó.`,
		"g1en.txt": `en|Valdemora wine harvest hits 15-year high

Growers get more for their grapes as output rises 9%

By our Madrid correspondent | 16 October 2034

MADRID — Winemakers in Spain's Valdemora region brought in 1.42 million hectolitres this year, 9% more than in 2033 and the largest harvest since 2019, the region's regulatory council said on Monday.

Picking began on 28 August and ended on Friday, 13 October, after almost seven weeks. Roughly 9,000 seasonal pickers worked the region's 12,600 hectares of vines, which belong to some 4,800 growers.

Growers were paid an average of €0.58 a kilo for their grapes, up from €0.52 a year earlier. Red wine made up 61% of the harvest, and the council expects the young wines to reach an average strength of 13.5% alcohol.

"It is the best harvest since 2019, in quantity and in quality," said Inés Carrillo Marín, who chairs the council. Ms Carrillo said spring rain of 380 mm, well below the 15-year average of 450 mm, had come "at exactly the right moment".

Exports, which took 38% of last year's wine, are expected to rise.`,
		"g1fr.txt": `fr|Espagne : vendanges record dans le Valdemora

Vins | 16/10/2034

La production de la région viticole espagnole de Valdemora a atteint 1,42 million d'hectolitres en 2034, soit l'équivalent d'environ 190 millions de bouteilles, contre 1,30 million l'an dernier, a annoncé lundi le conseil régulateur de l'appellation.

Les vendanges, commencées le 28 août, se sont achevées vendredi. La zone de Ribera a fourni 610 000 hectolitres, l'Alto Valdemora 520 000 et la Sierra Baja 290 000.

Le prix moyen du raisin a atteint 0,58 euro le kilo, contre 0,52 euro en 2033. « C'est la meilleure récolte depuis 2019 », a déclaré la présidente du conseil, Inés Carrillo Marín.

L'appellation compte 4 800 viticulteurs et 12 600 hectares de vignes. Le rouge représente 61 % de la production.`,
		"g1pt.txt": `pt|Vindima espanhola de Valdemora é a maior desde 2019

Produção sobe 9% e preço da uva também

Economia · 16 de outubro de 2034

A região vitivinícola espanhola de Valdemora, vizinha de Trás-os-Montes, produziu este ano 1,42 milhões de hectolitros de vinho, mais 9% do que em 2033, anunciou na segunda-feira o conselho regulador.

A vindima terminou na sexta-feira, 13 de outubro, depois de 47 dias de trabalho. Cerca de 9 mil trabalhadores sazonais participaram na colheita; segundo uma associação de agricultores de Bragança, cerca de 1.300 eram portugueses.

"É a melhor colheita desde 2019", disse Inés Carrillo Marín, presidente do conselho regulador. O preço médio da uva subiu para 0,58 euros por quilo, contra 0,52 euros no ano passado.

O tinto representa 61% da produção.`,
	}, nil},
	{"night-train", map[string]string{
		"g2de.txt": `de|Erster Nachtzug seit 18 Jahren: „Nordlicht" rollt von Hallbrück nach Marvelle

Verkehr

Der Zug war mit 398 Fahrgästen fast ausgebucht – Betreiber rechnet mit 90.000 Reisenden im ersten Jahr

Hallbrück, 6. Mai 2034

Zum ersten Mal seit 2016 fährt wieder ein Nachtzug von Hallbrück nach Südfrankreich. Der „Nordlicht" verließ den Hauptbahnhof am Freitagabend um 21.40 Uhr und erreichte Marvelle am Samstagmorgen um 9.15 Uhr – nach 11 Stunden und 35 Minuten und 1140 Kilometern.

An Bord waren 398 Fahrgäste; der Zug mit neun Wagen bietet Platz für 412 Reisende. Drei Wagen sind Schlafwagen, vier Liegewagen, zwei Sitzwagen. In der Nacht zum Samstag hielt der Zug um 1.05 Uhr in Zandermeer in den Niederlanden.

„Wir rechnen mit 90.000 Fahrgästen im ersten Jahr", sagte Karin Oßwald-Berg, Geschäftsführerin der Betreibergesellschaft Nachtlinie. Die 49-Jährige kündigte an, dass der Zug zunächst dreimal pro Woche – montags, mittwochs und freitags – fahre, ab Dezember dann täglich.

Ein Sitzplatz kostet ab 59 Euro, ein Liegeplatz ab 89 Euro und ein Bett im Schlafwagen ab 149 Euro pro Person.`,
		"g2nl.txt": `nl|Nachttrein Nordlicht stopt weer in Zandermeer

Voor het eerst sinds 2016 kunnen reizigers vanuit Zandermeer 's nachts naar Zuid-Frankrijk

Door onze verslaggever
6 mei 2034, 11:02

De nieuwe nachttrein Nordlicht van Hallbrück naar het Franse Marvelle heeft in de nacht van vrijdag op zaterdag voor het eerst in Zandermeer gestopt. De trein kwam om 01.05 uur aan, vijf minuten later dan gepland.

Op het perron stonden ongeveer 60 mensen, onder wie 23 reizigers die instapten. De trein was vrijdagavond om 21.40 uur vertrokken in Hallbrück en kwam zaterdagochtend om 09.15 uur aan in Marvelle.

"Het is een droom die uitkomt", zei wethouder Joris Verbeek van Zandermeer. "In 2016 reed hier de laatste nachttrein. Nu kun je om één uur 's nachts instappen en om kwart over negen in het zuiden ontbijten."

Vanuit Zandermeer duurt de reis ruim acht uur. Een zitplaats kost vanaf 59 euro, een ligplaats vanaf 89 euro. De trein rijdt voorlopig op maandag, woensdag en vrijdag, vanaf december dagelijks.`,
		"g2en.txt": `en|Night train returns to Hallbrück–Marvelle route after 18 years

Travel

Published 6 May 2034

The first Nordlicht sleeper service pulled into Marvelle at 9.15am on Saturday, 11 hours and 35 minutes after leaving Hallbrück, reviving an overnight link that was scrapped in 2016.

The train covered 1,140 km (about 710 miles) with 398 passengers on board, close to its capacity of 412, according to operator Nachtlinie. It runs three nights a week for now and will run every night from December.

"We expect 90,000 passengers in the first year, which is about 1,700 a week," said Karin Oßwald-Berg, Nachtlinie's chief executive. Oßwald-Berg said bookings for the summer were already above 20,000.

Fares start at €59 for a seat, €89 for a couchette and €149 for a bed in a sleeper cabin. The service uses nine carriages, three of them sleepers.`,
		"g2fr.txt": `fr|Le train de nuit Nordlicht arrive à Marvelle

Transports | Samedi 6 mai 2034

MARVELLE – Parti vendredi à 21 h 40 de Hallbrück, en Allemagne, le premier train de nuit Nordlicht est arrivé samedi à 9 h 15 en gare de Marvelle, avec 398 voyageurs à bord.

Ce trajet de 1 140 kilomètres était desservi pour la dernière fois par un train de nuit en 2016. « Il y a dix-huit ans que nous attendions ce retour », a déclaré le maire de Marvelle, Claude Aubertin, 66 ans, venu accueillir les passagers sur le quai.

Le train circulera trois fois par semaine, les lundis, mercredis et vendredis, puis tous les jours à partir de décembre. Les billets sont proposés à partir de 59 euros en place assise et de 149 euros en voiture-lits.

L'opérateur Nachtlinie espère transporter 90 000 voyageurs la première année. Le premier retour vers Hallbrück est prévu dimanche soir, à 20 h 55.`,
	}, nil},
	{"windstorm", map[string]string{
		"g3en.txt": `en|Storm Orla kills two in Netherlands and Germany

Gusts of up to 151 km/h topple thousands of trees and halt trains

15 November 2034 | Europe

AMSTERDAM/HAMBURG — Storm Orla swept across the northern Netherlands and north-west Germany on Tuesday evening and overnight, killing two people, toppling thousands of trees and halting train services, authorities said on Wednesday.

The strongest gust, 151 km/h (94 mph), was measured at the Hallnes lighthouse on the Dutch coast, the Dutch weather service said. In Germany gusts reached 137 km/h on the island of Sylkeroog.

In the Dutch city of Dorrendam a 71-year-old man was killed when a tree fell on him on Tuesday evening. In Germany, a 56-year-old driver died when his car hit a fallen tree near Friesenhavn shortly after midnight.

Dutch rail services were suspended from 6pm on Tuesday until 6am on Wednesday. About 4,000 trees came down in the Netherlands, 600 of them in Dorrendam alone.

It was the strongest storm in the region since Kasper in February 2031, when gusts reached 163 km/h.`,
		"g3de.txt": `de|Sturm „Orla": Zwei Tote in Norddeutschland und den Niederlanden

Orkanböen bis 137 km/h auf Sylkeroog – Bahnverkehr im Norden stundenlang eingestellt

Friesenhavn, 15. November 2034

Sturmtief „Orla" hat in der Nacht zum Mittwoch im Nordwesten Deutschlands schwere Schäden angerichtet. Auf der Insel Sylkeroog wurden Böen von 137 Kilometern pro Stunde gemessen, in Friesenhavn 118 km/h.

Bei Friesenhavn kam ein 56 Jahre alter Autofahrer ums Leben, als sein Wagen kurz nach Mitternacht gegen einen umgestürzten Baum prallte. In den Niederlanden starb ein 71-Jähriger in Dorrendam, er wurde von einem Baum erschlagen.

Polizei und Rettungsdienste rückten im Norden zu mehr als 1800 Einsätzen aus. Der Fernverkehr der Bahn zwischen Friesenhavn und Hamburg war von Dienstag 17 Uhr bis Mittwochmittag eingestellt.

„So etwas haben wir seit ‚Kasper' 2031 nicht erlebt", sagte Landrat Henning Tjaden. Tjaden zufolge bleiben die Schulen im Landkreis am Mittwoch geschlossen.`,
		"g3nl.txt": `nl|Storm Orla eist leven in Dorrendam, 600 bomen om

Regio

Woensdag 15 november 2034, 07:45

DORRENDAM – Een 71-jarige man uit Dorrendam is dinsdagavond om het leven gekomen toen tijdens storm Orla een boom op hem viel. Het gebeurde rond 20.30 uur aan de Singelweg, meldt de politie.

In Dorrendam gingen zo'n 600 bomen om, in heel Nederland ongeveer 4.000. De hulpdiensten rukten landelijk 2.300 keer uit. Bij de vuurtoren van Hallnes werd een windstoot van 151 kilometer per uur gemeten, bij Dorrendam zelf 128 km/u. De treinen reden van dinsdag 18.00 uur tot woensdag 06.00 uur niet.

"Het is een zwarte dag voor onze stad", zei burgemeester Anouk de Wilde-Smit. De Wilde-Smit riep inwoners op woensdag zo min mogelijk de weg op te gaan. De scholen in de provincie blijven woensdag dicht.

Verzekeraars schatten de schade op zeker 180 miljoen euro, tegen 95 miljoen euro na storm Kasper in 2031. Ook in Duitsland viel een dode.`,
		"g3fr.txt": `fr|La tempête Orla fait deux morts aux Pays-Bas et en Allemagne

International | 15/11/2034 à 10h20

La tempête Orla a balayé mardi soir et dans la nuit de mardi à mercredi le nord des Pays-Bas et le nord-ouest de l'Allemagne, faisant deux morts, un homme de 71 ans à Dorrendam et un automobiliste de 56 ans près de Friesenhavn.

Les rafales ont atteint 151 km/h au phare de Hallnes, sur la côte néerlandaise. Quelque 4 000 arbres ont été déracinés aux Pays-Bas, où le trafic ferroviaire a été interrompu pendant douze heures.

C'est la tempête la plus violente depuis Kasper, en février 2031, dont les rafales avaient atteint 163 km/h.`,
	}, nil},
	{"reading-study", map[string]string{
		"g4it.txt": `it|Ragazzi e libri, in quattro anni persi sei lettori su cento

Lo studio Lettura 2034 su 42mila quindicenni in quattro Paesi europei

di Paolo Serra
21 marzo 2034

Solo il 27% dei quindicenni italiani legge ogni giorno per piacere, rispetto al 33% del 2030. È quanto emerge dallo studio Lettura 2034 della Fondazione Lettori Domani, presentato martedì a Torino, che ha coinvolto 42.000 studenti in 1.150 scuole di Italia, Spagna, Portogallo e Paesi Bassi.

Nei quattro Paesi la quota complessiva scende al 26%, dal 31% di quattro anni fa. La Spagna resta in testa con il 31%, seguita dall'Italia; chiudono il Portogallo con il 24% e i Paesi Bassi con il 19%. Il Portogallo è l'unico Paese in crescita, dal 22%.

"Le ragazze leggono molto più dei ragazzi: il 34% contro il 19%", spiega la coordinatrice dello studio, Chiara Bellandi, 45 anni. Secondo Bellandi il tempo medio di lettura è di tre ore e mezza a settimana, circa mezz'ora al giorno.

Il 44% degli studenti italiani dichiara di leggere soprattutto su schermo. La prima edizione dello studio risale al 2018.`,
		"g4en.txt": `en|Fewer teenagers read for fun, four-country study finds

Education

Tuesday 21 March 2034

Only 26% of 15-year-olds in Italy, Spain, Portugal and the Netherlands read for pleasure every day, down from 31% in 2030, according to a study of 42,000 pupils published on Tuesday.

The Lettura 2034 study, run by Turin's Lettori Domani foundation between October 2033 and January 2034 in 1,150 schools, found the sharpest fall in the Netherlands, where the share dropped to 19% from 25%. Spain had the highest share, at 31%, down from 35%.

"Girls read much more than boys, 34% against 19%," said Chiara Bellandi, who led the study. Bellandi said pupils spent an average of three and a half hours a week reading.

Portugal, at 24%, was the only country where the share rose. The study has been carried out every four years since 2018.`,
		"g4es.txt": `es|Los adolescentes españoles, los que más leen de cuatro países europeos

Un estudio con 42.000 alumnos sitúa a España en cabeza, aunque la lectura diaria cae

Madrid | 21 de marzo de 2034

El 31 % de los alumnos españoles de 15 años lee a diario por placer, frente al 35 % de 2030, según el estudio Lettura 2034 de la fundación italiana Lettori Domani, presentado el martes. España encabeza la lista de los cuatro países analizados, por delante de Italia (27 %), Portugal (24 %) y los Países Bajos (19 %).

En España participaron 11.200 alumnos de 310 centros. "Es una caída preocupante, pero menor que la de nuestros vecinos", señaló Lucía Ortega Vidal, responsable del estudio en España. Ortega recordó que en 2018, en la primera edición, el porcentaje español era del 39 %.

Los alumnos dedican de media tres horas y media semanales a la lectura, según la coordinadora general, Chiara Bellandi.`,
		"g4pt.txt": `pt|Portugal é o único país onde os jovens leem mais

Estudo europeu sobre hábitos de leitura de alunos de 15 anos

Lisboa, 21 de março de 2034

A percentagem de alunos portugueses de 15 anos que leem todos os dias por prazer subiu para 24%, contra 22% em 2030, revela o estudo Lettura 2034, divulgado na terça-feira. Portugal foi o único dos quatro países analisados onde o indicador aumentou.

No conjunto de Itália, Espanha, Portugal e Países Baixos, a percentagem desceu de 31% para 26%. O estudo abrangeu 42 mil alunos, dos quais 8.600 em Portugal.

"O Plano Nacional de Leitura está a dar frutos", afirmou João Peixoto Lima, coordenador do plano. Peixoto Lima, de 58 anos, lembrou que as bibliotecas escolares receberam 4,5 milhões de euros em 2033.

As raparigas leem mais do que os rapazes: 34% contra 19%.`,
	}, nil},
	{"fake-watches", map[string]string{
		"g5fr.txt": `fr|4 300 fausses montres saisies au col de Sarvane

Faits divers

Deux hommes ont été interpellés dans la nuit de lundi à mardi à la frontière franco-italienne

Publié le 7 février 2034 à 18h04

Les douaniers du poste de Sarvane ont découvert 4 300 montres de contrefaçon dans la nuit de lundi à mardi, cachées sous des palettes de carrelage dans un poids lourd en provenance d'Italie. Si elles avaient été authentiques, ces montres auraient valu 2,1 millions d'euros, selon les douanes.

Le camion transportait aussi 1 200 sacs à main contrefaits. Le chauffeur, âgé de 41 ans, et son passager, 37 ans, ont été placés en garde à vue.

« C'est la deuxième saisie de cette ampleur en moins d'un an », a souligné la procureure de Vallorge, Hélène Marchetti-Roux. En mars 2033, 2 900 montres avaient été saisies au même endroit.

En 2033, les douaniers de Sarvane ont saisi 18 000 articles contrefaits, contre 11 500 en 2032. Les deux hommes encourent jusqu'à trois ans de prison.`,
		"g5it.txt": `it|Valico di Sarvane, sequestrati 4.300 orologi falsi

Il camion era partito dal Piemonte. Arrestati autista e passeggero

Cronaca | 8 febbraio 2034

SARVANE – Un camion carico di orologi contraffatti è stato fermato dai doganieri francesi al valico di Sarvane nella notte tra lunedì e martedì. Il mezzo era partito lunedì pomeriggio da un magazzino di Montevrano.

A bordo c'erano 4.300 orologi falsi di marche di lusso e 1.200 borse, nascosti sotto bancali di piastrelle. L'autista, un 41enne, e il passeggero di 37 anni sono stati arrestati.

Secondo le dogane francesi, gli orologi, se autentici, avrebbero avuto un valore di 2,6 milioni di euro. "Il carico era destinato ai mercati della Costa Azzurra per l'estate", ha detto la procuratrice Hélène Marchetti-Roux.

La Guardia di Finanza di Montevrano ha avviato accertamenti sul magazzino, dove a novembre erano già stati trovati 700 orologi contraffatti.`,
		"g5en.txt": `en|French customs seize 4,300 fake watches at Alpine border

Published 7 February 2034

French customs officers found 4,300 counterfeit luxury watches hidden in a lorry at the Sarvane border crossing overnight from Monday into Tuesday, the prosecutor's office said.

The watches would have been worth €2.1 million had they been genuine. Officers also found 1,200 fake handbags under pallets of floor tiles.

The 41-year-old driver and a 37-year-old passenger were arrested. Prosecutor Hélène Marchetti-Roux said the lorry had left a warehouse in northern Italy on Monday afternoon.

Customs at Sarvane seized 18,000 counterfeit items last year, up from 11,500 in 2032, including 2,900 watches in a single raid in March 2033.`,
		"g5nl.txt": `nl|Duizenden nephorloges onderschept aan Frans-Italiaanse grens

Buitenland

7 februari 2034 • 21:15

Franse douaniers hebben bij de grensovergang Sarvane 4300 namaakhorloges in beslag genomen. Ze zaten verstopt in een vrachtwagen die uit Italië kwam; de controle vond plaats in de nacht van maandag op dinsdag, rond 02.00 uur.

Echte horloges van deze merken zouden samen 2,1 miljoen euro waard zijn. Op de zwarte markt brengen de vervalsingen naar schatting 260.000 euro op, zo'n 60 euro per stuk.

De chauffeur (41) en zijn bijrijder (37) zijn aangehouden. "Dit is georganiseerde criminaliteit", zei officier van justitie Hélène Marchetti-Roux. Marchetti-Roux sprak van de tweede grote vangst in minder dan een jaar.`,
	}, map[string][2]string{"g5it.txt": {"€2.6 million", "€2.1 million"}}},
	{"dairy-coop", map[string]string{
		"g6nl.txt": `nl|Zuivelcoöperatie Vlietlanden boekt hogere winst, betaalt boeren meer

Omzet stijgt naar 1,84 miljard euro; aantal leden daalt verder

Economie | Donderdag 9 maart 2034

Zuivelcoöperatie De Vlietlanden heeft in 2033 een nettowinst geboekt van 62 miljoen euro, tegen 48 miljoen euro een jaar eerder. De omzet steeg met 8% naar 1,84 miljard euro, maakte de coöperatie donderdag bekend.

De leden kregen gemiddeld 48,20 euro per 100 kilo melk, tegen 44,90 euro in 2032. Het aantal melkveehouders dat lid is, daalde van 3.100 naar 2.950.

"Onze boeren hebben een zwaar jaar achter de rug, maar de melkprijs is eindelijk weer op peil", zei topvrouw Marieke van Oostveen (52). Van Oostveen zei dat de coöperatie 2,6 miljard kilo melk verwerkte, ruwweg evenveel als in 2032.

De kaasfabriek in Hollerdam krijgt er tot 2036 80 banen bij. Daar werken nu 640 mensen; de coöperatie heeft in totaal 4.200 werknemers.`,
		"g6de.txt": `de|Niederländische Molkerei Vlietlanden steigert Gewinn

Wirtschaft

Amsterdam, 9. März 2034

Die niederländische Molkereigenossenschaft De Vlietlanden hat ihren Nettogewinn 2033 auf 62 Millionen Euro gesteigert, nach 48 Millionen Euro im Vorjahr. Der Umsatz kletterte auf 1,84 Milliarden Euro nach 1,71 Milliarden Euro.

Die Genossenschaft produzierte 410.000 Tonnen Käse, davon gingen 61 Prozent in den Export. Deutschland ist mit einem Anteil von 23 Prozent an den Ausfuhren der größte Abnehmer.

„Der deutsche Markt bleibt für uns entscheidend", sagte Vorstandschefin Marieke van Oostveen. Die Genossenschaft zahlte ihren 2950 Mitgliedern im Schnitt 48,20 Euro je 100 Kilogramm Milch.`,
		"g6en.txt": `en|Dutch dairy co-op Vlietlanden lifts profit 29%

Markets | 9 March 2034

Dutch dairy cooperative De Vlietlanden said on Thursday its net profit rose 29% to €62 million in 2033, on revenue of €1.84 billion, up 8%.

The cooperative processed 2.6 billion kilograms of milk, or about 217 million kg a month, from 2,950 member farms, down from 3,100 a year earlier. It made 410,000 tonnes of cheese, 61% of which was exported.

Chief executive Marieke van Oostveen, 52, said the co-op would keep its milk price above €45 per 100 kg this year. "We paid our farmers €48.20 last year and we want to stay close to that," she said.

The cooperative plans to invest €75 million in its Hollerdam cheese plant by 2036, adding 80 jobs.`,
		"g6fr.txt": `fr|Pays-Bas : la coopérative laitière Vlietlanden renoue avec la croissance

Agroalimentaire | 09/03/2034

La coopérative néerlandaise De Vlietlanden a dégagé en 2033 un bénéfice net de 62 millions d'euros, contre 48 millions en 2032, pour un chiffre d'affaires de 1,84 milliard d'euros.

Le groupe, qui compte 2 950 éleveurs adhérents et 4 200 salariés, a transformé 2,6 millions de tonnes de lait. Sa production de fromage a atteint 410 000 tonnes, dont 61 % à l'export ; la France absorbe 9 % des exportations.

« Le prix du lait est enfin revenu à un niveau correct », a déclaré sa directrice générale, Marieke van Oostveen, âgée de 52 ans. Les éleveurs ont touché en moyenne 48,20 euros les 100 kilos, contre 44,90 euros l'année précédente.`,
	}, nil},
	{"lake-swim", map[string]string{
		"g7de.txt": `de|Weilstädterin schwimmt Rekord durch den Lago di Verlano

Annelie Brunner braucht für die 24 Kilometer 9 Stunden und 48 Minuten

Weilstadt/Sorgate, 16. Juli 2034

Annelie Brunner aus Weilstadt hat am Samstag als schnellster Mensch den Lago di Verlano der Länge nach durchschwommen. Sie startete um 5.50 Uhr in Sorgate und erreichte Castelmonte um 15.38 Uhr.

Für die 24 Kilometer brauchte sie 9 Stunden und 48 Minuten und blieb damit 33 Minuten unter dem bisherigen Rekord, den der Schweizer Marco Ghielmetti 2029 aufgestellt hatte. Das Wasser war 19 Grad warm.

„Bei Kilometer 14 habe ich 2031 aufgegeben. Diesmal habe ich an dieser Stelle nur gelacht", sagte die 61-Jährige. Es war ihr dritter Versuch. Auf den letzten fünf Kilometern schwamm ihr Sohn Felix, 35, neben ihr.

Mit der Aktion sammelte die frühere Sportlehrerin 31.000 Euro für einen Verein, der Schwimmkurse für Kinder anbietet.`,
		"g7it.txt": `it|Traversata record del Lago di Verlano, l'impresa di una nuotatrice tedesca

Annelie Brunner da Sorgate a Castelmonte in meno di dieci ore

Sport | 15 luglio 2034, ore 19:12

CASTELMONTE – Ce l'ha fatta al terzo tentativo. La nuotatrice tedesca Annelie Brunner ha attraversato sabato il Lago di Verlano, da Sorgate a Castelmonte, in 9 ore e 48 minuti, nuovo record della traversata di 24 chilometri.

Il primato precedente, 10 ore e 21 minuti, apparteneva dal 2029 allo svizzero Marco Ghielmetti, che aveva allora 38 anni e che sabato pomeriggio l'ha accolta sulla spiaggia di Castelmonte.

Brunner, 64 anni, ex insegnante di educazione fisica, è partita alle 5.50 ed è arrivata alle 15.38, accolta da circa 300 persone. "L'acqua era a 19 gradi, perfetta", ha detto.

"Lei ha dimostrato che l'età non conta", ha commentato Ghielmetti.`,
		"g7en.txt": `en|German swimmer, 64, sets Lake Verlano record

Sport | 16 July 2034

A 64-year-old German woman has become the fastest person to swim the length of Italy's Lake Verlano, covering the 24 km (15 miles) from Sorgate to Castelmonte in 9 hours 48 minutes on Saturday.

Annelie Brunner, a retired PE teacher from Weilstadt, beat the record of 10 hours 21 minutes set in 2029 by Swiss swimmer Marco Ghielmetti. It was her third attempt; she gave up after 14 km in 2031 and after 19 km in 2032.

"I have waited three years for this," said Brunner, who raised €31,000 for a children's swimming charity. Her son Felix, 35, swam beside her for the last 5 km.

About 300 people watched her arrive in Castelmonte at 3.38pm.`,
	}, map[string][2]string{"g7de.txt": {"61 years", "64 years"}}},
	{"balloon-landing", map[string]string{
		"g8pt.txt": `pt|Balão de ar quente faz aterragem forçada no Alentejo: três feridos

Sociedade

Domingo, 24 de setembro de 2034, 12:40

Um balão de ar quente com 12 pessoas a bordo fez na manhã deste domingo uma aterragem forçada numa vinha perto de Pardelhas, no Alentejo. Três passageiros ficaram feridos, um deles com gravidade.

O balão descolou às 6h35 de Vale de Serrinha. Uma rajada de vento a cerca de 300 metros de altitude desviou-o, e a aterragem aconteceu às 7h20, após 45 minutos de voo, a cerca de 4 quilómetros do local previsto.

A ferida grave é uma turista espanhola de 67 anos, com uma fratura na perna. Os outros dois feridos, um casal de 29 e 31 anos, sofreram escoriações. "O piloto fez tudo bem", disse o comandante distrital de operações de socorro, Nuno Barreiros.

O piloto, de 58 anos, saiu ileso. A empresa Céu Aberto, que opera desde 2012 e realiza cerca de 1.400 voos por ano, já tinha registado um incidente em 2027.`,
		"g8es.txt": `es|Herida grave una turista española en un accidente de globo en Portugal

La mujer, de 67 años, viajaba con otros diez pasajeros

Internacional | 24/09/2034

Una turista española de 67 años resultó herida grave este domingo en el aterrizaje forzoso de un globo aerostático en el Alentejo portugués, a unos 80 kilómetros de la frontera con Badajoz. Otros dos pasajeros sufrieron heridas leves.

El globo, con 11 pasajeros y el piloto, despegó a las 6.35 y tocó tierra a las 7.20 en un viñedo cerca de Pardelhas, a unos cuatro kilómetros del lugar previsto. Siete de los pasajeros eran españoles.

"Sentimos un golpe de viento muy fuerte y el piloto nos dijo que nos agarráramos", relató por teléfono uno de ellos, Javier Ruiz Montoya, de 44 años. La herida, vecina de Cáceres, fue trasladada en helicóptero a Évora.

El piloto, de 58 años, acumula 22 años de experiencia, según la empresa.`,
		"g8en.txt": `en|Hot-air balloon crash-lands in Portugal, three hurt

24 September 2034 | World

A hot-air balloon carrying 12 people made a hard landing in a vineyard in Portugal's Alentejo region on Sunday morning, injuring three passengers, one of them seriously, emergency services said.

The balloon took off from Vale de Serrinha at 6.35am and came down at 7.20am near Pardelhas, about 4 km (2.5 miles) from its planned landing site, after a gust of wind caught it at around 300 metres (about 1,000 feet).

A 67-year-old Spanish woman suffered a broken leg. The 58-year-old pilot, who was unhurt, has flown balloons for 22 years.

Operator Céu Aberto, founded in 2012, runs about 1,400 flights a year.`,
		"g8fr.txt": `fr|Portugal : atterrissage brutal d'une montgolfière, trois blessés

Monde | Dimanche 24 septembre 2034

Une montgolfière transportant onze passagers et un pilote a atterri brutalement dimanche matin dans une vigne de l'Alentejo, au Portugal, faisant trois blessés, dont une Espagnole de 67 ans grièvement atteinte.

Le vol avait duré trois quarts d'heure. Selon les secours, une rafale a surpris l'appareil à environ 300 mètres d'altitude. Les deux autres blessés, âgés de 29 et 31 ans, souffrent de contusions.

La société Céu Aberto effectue environ 1 400 vols par an. Son dernier incident remontait à 2027.`,
	}, nil},
}
