package compare

// heldOutRime are ten events written blind, without reading the extraction
// or the comparison, to measure them on reporting they were not shaped on.
// Seven hold one planted contradiction each (a count of people, an amount
// of money, a percentage, a duration, a measure, an age and a weekday);
// three hold none but traps that must not be flagged.
//
// First run (before any change made on it): 3 of 7 contradictions flagged,
// 1 false disagreement. Missed: the attendance (r1de 15,000 against
// 11,500), the sales growth (r3nl 11% against 8%), the closure's length
// (r4fr 12 weeks against 10 weeks) and the novelist's age (r6en 76 years
// against 71 years). False: the sinkhole's evacuated residents, where
// r5es's "Sesenta y cuatro vecinos" was read as "cuatro vecinos" against
// 64 residents.
//
// Fixed after, so the set is held out no longer: a number in several
// words ("Sesenta y cuatro"); a person has one age, named in full or by
// surname; "Zuschauern" are spectators. Now 5/7, 0 false.
var heldOutRime = []heldOutEvent{
	{"handball-final", map[string]string{
		"r1en.txt": `en|Valmora edge Ostrand 31-28 to lift North Sea handball title

Sport | Handball

22 April 2035

AALVIK (Reuters) — HC Valmora won the North Sea Handball League for the third time on Sunday, beating TV Ostrand 31-28 in front of 11,500 spectators at the Aalvik Arena.

Right back Jonas Brekke scored nine goals for Valmora, who led 15-13 at half-time and never fell behind after the break.

"We have waited four years for this," said coach Lena Halvorsen, 47, whose side last won the title in 2031. "The players never stopped running."

Ostrand goalkeeper Pieter Smit made 14 saves but could not stop Valmora pulling away in the last ten minutes.

Advertisement`,
		"r1de.txt": `de|Valmora holt zum dritten Mal den Nordsee-Titel

Handball

Sonntag, 22.04.2035, 19:48 Uhr

Der HC Valmora ist zum dritten Mal Meister der Nordsee-Handball-Liga. Vor 15.000 Zuschauern in der Aalvik-Arena setzte sich das Team am Sonntag mit 31:28 (15:13) gegen den TV Ostrand durch.

Bester Werfer war Rückraumspieler Jonas Brekke mit neun Toren. Bei Ostrand hielt Torhüter Pieter Smit 14 Würfe.

„Wir haben vier Jahre auf diesen Moment gewartet“, sagte Trainerin Lena Halvorsen (47). Zuletzt hatte Valmora den Titel 2031 gewonnen.

Mehr zum Thema`,
		"r1nl.txt": `nl|Valmora wint Noordzee-handbalfinale van Ostrand

Sport

22 april 2035, 20:15

HC Valmora heeft zondag voor de derde keer de Noordzee Handbal League gewonnen. In een uitverkochte Aalvik Arena, met 11.500 toeschouwers, werd TV Ostrand met 31-28 verslagen. Bij rust stond het 15-13.

Jonas Brekke was met negen doelpunten topscorer. De Nederlandse doelman van Ostrand, Pieter Smit, kwam tot 14 reddingen.

Coach Lena Halvorsen (47) sprak van "een verdiende titel na vier lange jaren". Valmora was voor het laatst kampioen in 2031.

Lees ook: Ostrand houdt vast aan trainer`,
		"r1fr.txt": `fr|Handball : Valmora sacré pour la troisième fois

Sports

Publié le 22/04/2035 à 21h02

Le HC Valmora a remporté dimanche la Ligue de handball de la mer du Nord en battant le TV Ostrand 31 à 28 (15-13 à la pause), devant 11 500 spectateurs à l'Aalvik Arena.

L'arrière droit Jonas Brekke a inscrit neuf buts. « Nous attendions ce moment depuis quatre ans », a déclaré l'entraîneuse Lena Halvorsen, 47 ans, dont l'équipe avait remporté son dernier titre en 2031.

Le gardien d'Ostrand, Pieter Smit, a réalisé 14 arrêts.`,
	}, map[string][2]string{"r1de.txt": {"15,000", "11,500"}}},
	{"council-budget", map[string]string{
		"r2it.txt": `it|Castelvero, approvato il bilancio 2036: 412 milioni di euro

Cronaca locale | Politica

16 novembre 2035

Il consiglio comunale di Castelvero ha approvato nella notte tra giovedì e venerdì il bilancio di previsione 2036, che vale 412 milioni di euro. I voti favorevoli sono stati 29, i contrari 18.

Rispetto al 2035 la spesa cresce di 23 milioni. Il capitolo più consistente riguarda la manutenzione delle strade, con 38 milioni di euro, seguito dagli asili nido (14 milioni).

"È un bilancio che non aumenta le tasse di un solo euro", ha detto la sindaca Giulia Sarti al termine di una seduta durata nove ore. L'opposizione, guidata da Marco Ferrante, aveva presentato oltre 300 emendamenti.

L'aliquota sugli immobili resta invariata.`,
		"r2en.txt": `en|Castelvero council passes €412m budget after nine-hour session

Local politics

16 November 2035

CASTELVERO, Italy — City councillors in Castelvero approved a €412 million budget for 2036 early on Friday, after a nine-hour session, by 29 votes to 18.

Spending rises by €23 million from this year. Road repairs get the largest single allocation, €38 million, and €14 million goes to nurseries.

"Not a single euro of new taxes," mayor Giulia Sarti told reporters. Opposition group leader Marco Ferrante called the plan "a budget of potholes and promises"; his group had tabled more than 300 amendments.`,
		"r2pt.txt": `pt|Câmara italiana de Castelvero aprova orçamento sem aumento de impostos

Mundo

16 de novembro de 2035

A assembleia municipal de Castelvero, no norte de Itália, aprovou na madrugada de sexta-feira o orçamento da cidade para 2036, com 29 votos a favor e 18 contra, ao fim de uma sessão de nove horas.

O orçamento, de 421 milhões de euros, prevê mais 23 milhões de despesa do que o deste ano. A maior fatia, 38 milhões, vai para a reparação de estradas.

"Não há um único euro de impostos novos", afirmou a presidente da câmara, Giulia Sarti.`,
	}, map[string][2]string{"r2pt.txt": {"€421 million", "€412 million"}}},
	{"furniture-results", map[string]string{
		"r3en.txt": `en|Haldor Living sales climb 8% as sofa demand recovers

Business | Companies

6 March 2035

UTRECHT (Bloomberg) — Haldor Living, the Dutch furniture retailer, said on Tuesday that sales rose 8% last year to €2.3 billion, helped by stronger demand for sofas and beds in Germany and Poland.

Net profit climbed to €164 million from €131 million, and the operating margin widened to 11%, the company said. Its shares rose 6% in Amsterdam.

Chief executive Femke Dijkstra said Haldor would open 25 stores this year, most of them in Poland. "People are moving house again," she said.`,
		"r3de.txt": `de|Möbelhändler Haldor wächst wieder

Wirtschaft

06.03.2035

Der niederländische Möbelhändler Haldor Living hat im vergangenen Jahr 8 Prozent mehr umgesetzt. Der Umsatz stieg auf 2,3 Milliarden Euro, wie das Unternehmen am Dienstag in Utrecht mitteilte. Besonders gefragt waren Sofas und Betten, vor allem in Deutschland und Polen.

Der Nettogewinn kletterte von 131 auf 164 Millionen Euro. Die operative Marge lag bei 11 Prozent.

Vorstandschefin Femke Dijkstra kündigte 25 neue Filialen für dieses Jahr an.`,
		"r3nl.txt": `nl|Haldor Living zet 11 procent meer om

Economie

6 maart 2035, 08:41

Meubelketen Haldor Living heeft vorig jaar 11 procent meer omgezet, tot 2,3 miljard euro. Vooral banken en bedden verkochten goed in Duitsland en Polen, meldde het Utrechtse bedrijf dinsdag.

De nettowinst steeg van 131 miljoen naar 164 miljoen euro. Het aandeel Haldor won 6 procent op het Damrak.

Topvrouw Femke Dijkstra wil dit jaar 25 nieuwe winkels openen. "De mensen verhuizen weer," zei ze.`,
	}, map[string][2]string{"r3nl.txt": {"11%", "8%"}}},
	{"motorway-closure", map[string]string{
		"r4en.txt": `en|Motorway stretch near Vernières to close for 10 weeks

Transport

Published 27 June 2035

An 18 km stretch of the A41 motorway between Saint-Orlan and Vernières will close for 10 weeks from Monday 2 July for resurfacing, the regional roads authority said on Wednesday.

About 52,000 vehicles use the section every day. Drivers will be diverted along the D908, which the authority said could add up to 25 minutes to journeys at peak times.

The work will cost €46 million. "This surface was laid in 1998 and it is at the end of its life," said project director Claire Vasseur.`,
		"r4fr.txt": `fr|A41 : l'autoroute fermée tout l'été entre Saint-Orlan et Vernières

Région | Transports

Mercredi 27 juin 2035

La fermeture sera totale. À partir du lundi 2 juillet, un tronçon de 18 km de l'A41 entre Saint-Orlan et Vernières sera interdit à la circulation pour une réfection complète de la chaussée.

Les quelque 52 000 véhicules qui l'empruntent chaque jour seront déviés par la D908. Selon la direction des routes, il faudra compter jusqu'à 25 minutes de plus aux heures de pointe.

Le chantier, d'un coût de 46 millions d'euros, doit durer 12 semaines. « Ce revêtement date de 1998, il est en fin de vie », explique Claire Vasseur, directrice du projet.`,
		"r4es.txt": `es|Francia cerrará 10 semanas un tramo de la autopista A41

Internacional

27 de junio de 2035

Las autoridades de carreteras de la región de Vernières, en el sureste de Francia, cerrarán durante 10 semanas a partir del lunes 2 de julio un tramo de 18 kilómetros de la autopista A41 para renovar el firme.

Por el tramo circulan unos 52.000 vehículos al día, que serán desviados por la carretera D908. Las obras costarán 46 millones de euros.`,
	}, map[string][2]string{"r4fr.txt": {"12 weeks", "10 weeks"}}},
	{"sinkhole", map[string]string{
		"r5en.txt": `en|Sinkhole swallows two cars in Spanish town

World | Europe

13 October 2035

A sinkhole 35 metres wide and 18 metres deep opened in a residential street in Villaseca de Alar, in northern Spain, on Saturday morning, swallowing two parked cars, local authorities said.

Nobody was hurt, but 64 residents of three nearby buildings were evacuated as a precaution. Engineers said an old sewer had probably collapsed and washed away the soil beneath the road.

"We heard a noise like thunder, and then the street was gone," said neighbour Rosa Navarro, 58.`,
		"r5es.txt": `es|Un socavón de 45 metros se traga dos coches en Villaseca de Alar

Castilla y León

Villaseca de Alar, 13 oct. 2035 (EFE).- Un socavón de 45 metros de diámetro y 18 de profundidad se abrió este sábado por la mañana en la calle Mayor de Villaseca de Alar y se tragó dos coches aparcados, según informó el Ayuntamiento.

No hubo heridos. Sesenta y cuatro vecinos de tres edificios cercanos fueron desalojados por precaución.

Los técnicos municipales atribuyen el hundimiento a la rotura de un antiguo colector, que habría arrastrado la tierra bajo la calzada. "Oímos un ruido como un trueno y la calle desapareció", contó una vecina, Rosa Navarro, de 58 años.`,
		"r5pt.txt": `pt|Buraco gigante engole dois carros em Espanha

Mundo

13 de outubro de 2035

Um buraco com 35 metros de largura e 18 de profundidade abriu-se este sábado numa rua de Villaseca de Alar, no norte de Espanha, engolindo dois carros estacionados.

Não houve feridos, mas 64 moradores de três prédios foram retirados por precaução, segundo a câmara municipal.`,
	}, map[string][2]string{"r5es.txt": {"45 m", "35 m"}}},
	{"literary-prize", map[string]string{
		"r6it.txt": `it|Premio Lanterna ad Ada Contini: «Ho scritto questo libro per mia madre»

Cultura

21 settembre 2035

Ada Contini, 71 anni, ha vinto giovedì sera a Valdoria il Premio Lanterna per la narrativa con il romanzo "La casa dei venti". La giuria, composta da nove membri, l'ha scelta al terzo scrutinio tra 312 libri in concorso.

Il premio vale 50.000 euro. «Ho scritto questo libro per mia madre, che non ha mai imparato a leggere», ha detto la scrittrice ritirando il riconoscimento.

Ex maestra elementare, Contini ha pubblicato il suo primo romanzo soltanto nel 2016.`,
		"r6de.txt": `de|Ada Contini erhält Premio Lanterna

Kultur | Literatur

21.09.2035

Die italienische Schriftstellerin Ada Contini (71) ist mit dem Premio Lanterna ausgezeichnet worden, einem der wichtigsten Literaturpreise Italiens. Die neunköpfige Jury wählte ihren Roman „La casa dei venti“ am Donnerstagabend in Valdoria aus 312 eingereichten Büchern aus.

Der Preis ist mit 50.000 Euro dotiert. Contini hatte erst 2016 ihren ersten Roman veröffentlicht.`,
		"r6fr.txt": `fr|Le prix Lanterna couronne Ada Contini

Livres

Publié le 21 septembre 2035

La romancière italienne Ada Contini, 71 ans, a reçu jeudi soir à Valdoria le prix Lanterna pour « La casa dei venti » (La Maison des vents), choisi parmi 312 livres par un jury de neuf membres.

Doté de 50 000 euros, le prix est l'une des récompenses littéraires les plus convoitées d'Italie. « J'ai écrit ce livre pour ma mère, qui n'a jamais appris à lire », a-t-elle déclaré.`,
		"r6en.txt": `en|Italian novelist Ada Contini wins Lanterna Prize

Books

21 September 2035

VALDORIA, Italy (AP) — Ada Contini won Italy's Lanterna Prize for fiction on Thursday for "La casa dei venti" ("The House of Winds"), a novel about three generations of women on a windswept farm.

The nine-member jury chose the book from 312 entries. The prize carries €50,000.

Contini, 76, published her first novel only in 2016, after a career as a primary school teacher. "I wrote this book for my mother, who never learned to read," she said.`,
	}, map[string][2]string{"r6en.txt": {"76 years", "71 years"}}},
	{"cash-van-raid", map[string]string{
		"r7nl.txt": `nl|Overvallers buit 1,8 miljoen euro bij overval op geldtransport

Binnenland

Dinsdag 9 januari 2035, 18:20

Vier gewapende mannen hebben dinsdagochtend op de N279 bij Moerveen een geldtransport overvallen. Ze gingen er volgens de politie vandoor met ongeveer 1,8 miljoen euro.

De overvallers dwongen de wagen rond 7.40 uur met twee auto's tot stoppen. Een 44-jarige beveiliger raakte lichtgewond. De vluchtauto werd later uitgebrand teruggevonden in een bos bij Hazelbroek.

De politie zoekt getuigen. "Dit was een goed voorbereide actie," zei woordvoerder Anouk de Wit.`,
		"r7en.txt": `en|Armed gang seizes €1.8m in Dutch cash van raid

Europe

9 January 2035

MOERVEEN, Netherlands (Reuters) — Four armed men ambushed a cash transport van on a provincial road near the Dutch town of Moerveen on Tuesday morning and escaped with about €1.8 million, police said.

The gang boxed in the van with two cars at around 7:40 a.m. A 44-year-old guard suffered minor injuries. A getaway car was later found burned out in woods near Hazelbroek.

"This was a well-prepared operation," police spokeswoman Anouk de Wit said.`,
		"r7es.txt": `es|Asalto a un furgón blindado en Países Bajos: botín de 1,8 millones

Internacional

9 de enero de 2035

Cuatro hombres armados asaltaron el martes por la mañana un furgón blindado cerca de la localidad neerlandesa de Moerveen y huyeron con cerca de 1,8 millones de euros, según la policía.

Un vigilante de 44 años resultó herido leve.`,
		"r7it.txt": `it|Olanda, assalto a un portavalori: rubati 1,8 milioni

Esteri

9 gennaio 2035

Un commando di quattro uomini armati ha assaltato lunedì mattina un furgone portavalori vicino a Moerveen, nei Paesi Bassi, fuggendo con circa 1,8 milioni di euro.

I rapinatori hanno bloccato il mezzo con due auto intorno alle 7.40. Una guardia giurata di 44 anni è rimasta ferita in modo lieve. L'auto usata per la fuga è stata ritrovata bruciata in un bosco.`,
	}, map[string][2]string{"r7it.txt": {"Monday", "Tuesday"}}},
	{"volleyball-final", map[string]string{
		"r8pt.txt": `pt|Atlântico conquista o quarto título nacional de voleibol feminino

Modalidades

Domingo, 29 de abril de 2035

O Atlântico de Vilaverde sagrou-se este domingo campeão nacional de voleibol feminino pela quarta vez, ao vencer a AD Ribeirão Alto por 3-1 (25-21, 22-25, 25-19, 25-23), no pavilhão municipal de Vilaverde, perante 8214 espectadores.

A oposta brasileira Luana Prates, de 24 anos, foi a melhor marcadora da final, com 27 pontos, e terminou a época com 412 pontos no total.

"Este título é das jogadoras", disse o treinador Rui Gaspar, que chegou ao clube em 2032. O Atlântico não era campeão desde 2029.

O jogo durou 1 hora e 52 minutos. Na final do ano passado, ganha pelo Ribeirão Alto, estiveram 6900 pessoas no pavilhão.`,
		"r8es.txt": `es|El Atlántico, campeón de la liga portuguesa de voleibol

Más deporte

29 de abril de 2035

El Atlántico de Vilaverde ganó este domingo su cuarto título de liga de voleibol femenino en Portugal al derrotar por 3-1 al Ribeirão Alto ante cerca de 8.200 aficionados. El partido duró casi dos horas.

La opuesta brasileña Luana Prates, nacida en 2011, anotó 27 puntos, la mejor cifra de la final. "Es un título de las jugadoras", declaró el técnico Rui Gaspar.`,
		"r8en.txt": `en|Atlântico beat Ribeirão Alto to win fourth Portuguese volleyball title

Volleyball

29 April 2035

VILAVERDE, Portugal — Atlântico won the Portuguese women's volleyball championship for the fourth time on Sunday, beating Ribeirão Alto 3-1 in front of more than 8,000 fans.

Brazilian opposite Luana Prates, 24, led all scorers with 27 points, taking her season total to 412. Ribeirão Alto captain Inês Moura added 19 points for the losing side.

"This title belongs to the players," head coach Rui Gaspar said. Atlântico's last title came in 2029; last year's final, won by Ribeirão Alto, drew 6,900 spectators.`,
	}, nil},
	{"salt-study", map[string]string{
		"r9en.txt": `en|Cutting salt linked to fewer strokes, 10-year study finds

Health

Published 3 May 2035

People who cut their salt intake by about 2 grams a day had a 24% lower risk of stroke than those who did not, according to a study of 48,000 adults followed for 10 years by the Nordhaven Institute of Public Health.

In total, 1,130 participants had a stroke during the study. Among those who reduced their salt intake, the rate was 1.9 strokes per 1,000 people per year, against 2.5 among the rest.

"The effect is larger than we expected," said lead author Dr Marieke Jansen. An earlier, smaller study in 2029 had found a 15% reduction.

The findings were published on Wednesday in the European Journal of Preventive Medicine.`,
		"r9de.txt": `de|Weniger Salz, weniger Schlaganfälle

Gesundheit

03.05.2035

Wer täglich rund zwei Gramm Salz weniger isst, senkt sein Schlaganfallrisiko um 23,6 Prozent. Das zeigt eine Langzeitstudie des Nordhaven-Instituts für öffentliche Gesundheit mit 48.000 Erwachsenen, die über zehn Jahre begleitet wurden.

Insgesamt erlitten 1130 Teilnehmer einen Schlaganfall. „Der Effekt ist größer als erwartet“, sagte Studienleiterin Marieke Jansen. Eine kleinere Studie aus dem Jahr 2029 war auf 15 Prozent gekommen.

Die Ergebnisse erschienen am Mittwoch im European Journal of Preventive Medicine.`,
		"r9nl.txt": `nl|Minder zout verkleint kans op beroerte met bijna een kwart

Gezondheid

3 mei 2035

Wie dagelijks ongeveer 2 gram zout minder eet, heeft bijna een kwart minder kans op een beroerte. Dat blijkt uit onderzoek van het Nordhaven Instituut voor Volksgezondheid onder 48.000 volwassenen, die tien jaar lang werden gevolgd.

Bij de groep die minder zout at, kwamen jaarlijks 1,9 beroertes per 1000 mensen voor, tegen 2,5 in de rest van de groep. In totaal kregen 1130 deelnemers een beroerte.

Hoofdonderzoeker Marieke Jansen noemt het effect "groter dan verwacht".`,
		"r9fr.txt": `fr|Sel : deux grammes de moins par jour réduisent le risque d'AVC

Santé

Publié le 03/05/2035

Réduire sa consommation de sel d'environ 2 grammes par jour, soit quelque 800 milligrammes de sodium, diminue de 24 % le risque d'accident vasculaire cérébral (AVC), selon une étude de l'Institut de santé publique de Nordhaven menée pendant dix ans auprès de près de 50 000 adultes.

Au total, 1 130 participants ont été victimes d'un AVC. « L'effet est plus important que prévu », souligne la responsable de l'étude, Marieke Jansen.

L'étude a été publiée mercredi dans l'European Journal of Preventive Medicine.`,
	}, nil},
	{"wolf-census", map[string]string{
		"r10it.txt": `it|Lupi, in Alta Lesina sono 412: censiti 57 branchi

Cronaca | Ambiente

11 dicembre 2035

Sono 412 i lupi che vivono in Alta Lesina, divisi in 57 branchi. È il risultato del censimento presentato ieri dalla Regione, il primo dal 2032, quando gli esemplari stimati erano 368.

Nel distretto settentrionale sono stati contati 230 lupi, in quello meridionale 182. La densità media è di 3,1 lupi ogni 100 chilometri quadrati.

Al monitoraggio hanno partecipato circa 600 tra guardiaparco e volontari, che hanno raccolto 2.900 campioni genetici. «La popolazione cresce, ma più lentamente di prima», ha spiegato l'assessora all'ambiente Chiara Benedetti.`,
		"r10de.txt": `de|Zahl der Wölfe in Alta Lesina steigt um knapp 12 Prozent

Panorama

11.12.2035

BOZZANO (dpa) — In der norditalienischen Region Alta Lesina leben nach einer neuen Zählung 412 Wölfe in 57 Rudeln. Bei der letzten Erhebung 2032 waren es noch 368 Tiere gewesen, ein Anstieg um knapp 12 Prozent.

Rund 600 Förster und Freiwillige sammelten für die Zählung 2900 genetische Proben. Umweltlandesrätin Chiara Benedetti sagte, die Population wachse, „aber langsamer als früher“.`,
		"r10en.txt": `en|Wolf numbers in Italy's Alta Lesina reach 412

Environment

11 December 2035

Italy's Alta Lesina region is home to 412 wolves living in 57 packs, according to a census published on Monday, up from 368 at the last count in 2032.

The region, which covers about 5,100 square miles, has an average of 3.1 wolves per 100 square kilometres. The northern district alone has 230 wolves.

About 600 rangers and volunteers collected 2,900 genetic samples for the survey. "The population is growing, but more slowly than before," said Chiara Benedetti, the regional environment chief.`,
	}, nil},
}
