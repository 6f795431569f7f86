package compare

// heldOutGust are ten everyday events (a shark sighting, a record pumpkin,
// a seizure of fake perfume, a skate park, a stranded whale, a tennis
// final, an apple harvest, a Roman villa, a mayoral by-election and a car
// park collapse), reported by three or four outlets in English, French,
// German, Spanish, Italian, Portuguese and Dutch, written blind to the
// extraction and the matching. Seven hold one planted contradiction each
// (a measure, an amount of money, a percentage, a count of people, an
// age, a weekday and a duration); the pumpkin, the apple harvest and the
// by-election hold none, only traps. Its first run, frozen before it (on
// the code after the Dew set): 6/7 contradictions flagged, 0 false
// disagreements; missed the car park's "mindestens acht Wochen" against
// "at least six weeks" (both read, as 8 weeks and 6 weeks, in one row).
var heldOutGust = []heldOutEvent{
	{"shark-beaches", map[string]string{
		"p1en.txt": `en|Shark sighting shuts beaches along Vilamar coast

World | Europe

Published 5 August 2040, 08:40 GMT

Authorities closed eleven beaches along the Vilamar coast in southern Portugal on Saturday after a fisherman reported a large shark swimming about 200 metres from the shore, the maritime police said.

The fisherman, Joaquim Brites, 48, said the animal was about 4.5 metres long. "It passed right under my boat," he told reporters.

Commander Sofia Reis of the maritime police said a drone and two patrol vessels had searched 14 km of coastline. Bathing will stay banned until at least Monday.

Around 6,000 people were on the sand when lifeguards raised red flags, according to the town hall. Last summer a smaller shark, about 2 metres long, was seen near the same spot.

Related: Portugal's summer season in numbers`,
		"p1pt.txt": `pt|Avistamento de tubarão fecha praias de Vilamar

Sociedade

5 ago 2040 - 09:15

A Polícia Marítima interditou no sábado onze praias da costa de Vilamar, depois de um pescador ter avistado um tubarão de grande porte a cerca de 200 metros da areia.

Joaquim Brites, pescador de 48 anos, calcula que o animal tivesse 4,5 metros. "Passou mesmo por baixo do barco", contou.

Segundo a comandante Sofia Reis, um drone e duas embarcações patrulharam 14 quilómetros de costa. Os banhos continuam proibidos pelo menos até segunda-feira.

Cerca de 6000 banhistas estavam no areal quando os nadadores-salvadores içaram a bandeira vermelha.

Leia também: Época balnear bate recordes`,
		"p1es.txt": `es|Cierran once playas en Portugal por la presencia de un tiburón

Internacional

Lisboa, 5 ago (Agencia)

La Policía Marítima portuguesa cerró el sábado once playas de la costa de Vilamar, en el sur del país, después de que un pescador avistara un gran tiburón a unos 200 metros de la orilla.

El pescador, Joaquim Brites, de 48 años, aseguró que el animal medía unos 5,4 metros. Un dron y dos patrulleras rastrearon 14 kilómetros de costa, según la comandante Sofia Reis.

El baño seguirá prohibido al menos hasta el lunes. Unas 6.000 personas se encontraban en la arena cuando se izó la bandera roja.`,
	}, map[string][2]string{"p1es.txt": {"5.4 m", "4.5 m"}}},
	{"pumpkin-record", map[string]string{
		"p2nl.txt": `nl|Reuzenpompoen van 1214 kilo breekt Europees record

Binnenland | Regio

Gepubliceerd: 8 oktober 2040, 07:55

Een pompoen van ruim 1200 kilo van tuinder Henk Voskuil (67) uit Ommerveld heeft zondag op de weegdag in Zwaanburg het Europese record gebroken. De weegschaal gaf precies 1214 kilo aan.

Het oude record, 1190 kilo, stond sinds 2038 op naam van een Belgische kweker. Voskuil kweekte de pompoen samen met zijn kleindochter Lotte (12). "Ze heeft elke ochtend water gegeven," zei hij.

De pompoen groeide in de zomer soms 20 kilo per dag. Voskuil wint 2500 euro prijzengeld.

Er kwamen ongeveer 3000 bezoekers naar de weegdag.

Lees ook: Droge zomer treft fruittelers`,
		"p2de.txt": `de|Riesenkürbis aus den Niederlanden bricht Europarekord

Panorama

08.10.2040, 10:20 Uhr

Zwaanburg (dpa) - Ein 1214 Kilogramm schwerer Kürbis hat am Sonntag bei einem Wiegewettbewerb im niederländischen Zwaanburg einen Europarekord aufgestellt. Gezüchtet hat ihn der 67-jährige Gärtner Henk Voskuil.

Der bisherige Rekord lag bei 1190 Kilogramm. Geholfen hat Voskuil seine zwölfjährige Enkelin Lotte.

In den Sommermonaten habe der Kürbis an manchen Tagen bis zu 20 Kilo zugelegt, sagte Voskuil. Das Preisgeld beträgt 2500 Euro.

Rund 3000 Besucher verfolgten das Wiegen.`,
		"p2en.txt": `en|Dutch grower's 1,214 kg pumpkin smashes European record

Odd News

Published 8 October 2040

A pumpkin weighing 1,214 kilograms (2,676 pounds) set a new European record on Sunday at a weigh-off in the Dutch town of Zwaanburg, organisers said.

Grower Henk Voskuil, 67, beat the previous mark of 1,190 kg, set two years ago. He was helped by his granddaughter Lotte, 12.

"Some days in July it put on 20 kilos," Voskuil said. He takes home €2,500 in prize money.

About 3,000 visitors watched the weigh-in. The world record, set in Italy, stands at 1,290 kg.

Advertisement`,
	}, nil},
	{"fake-perfume", map[string]string{
		"p3it.txt": `it|Profumi falsi, maxi sequestro al porto di Castelmare

Cronaca

18 settembre 2040 - 12:30

La Guardia di Finanza ha sequestrato nel porto di Castelmare 48.000 flaconi di profumo contraffatto, per un valore di mercato di circa 3,2 milioni di euro. Tre persone sono state arrestate.

La merce era nascosta in due container arrivati dall'Asia e dichiarati come detersivi. "È il più grande sequestro di questo tipo nel porto negli ultimi dieci anni", ha detto il colonnello Marco Ferlito.

I flaconi riportavano i marchi di 14 case di moda. Gli arrestati, di 34, 41 e 52 anni, rischiano fino a sei anni di carcere.

Nel 2039 i finanzieri del porto avevano sequestrato merce contraffatta per 1,9 milioni di euro in tutto l'anno.`,
		"p3en.txt": `en|Italian police seize 48,000 fake perfume bottles at Castelmare port

Business | Crime

Published 18 September 2040, 13:05 GMT

Italian financial police have seized 48,000 bottles of counterfeit perfume worth an estimated €3.2 million at the port of Castelmare and arrested three people, officials said on Tuesday.

The bottles, bearing the labels of 14 fashion houses, were hidden in two shipping containers from Asia declared as detergent.

"This is the biggest seizure of its kind at the port in a decade," said Colonel Marco Ferlito of the Guardia di Finanza.

The three suspects face up to six years in prison if convicted.`,
		"p3fr.txt": `fr|Italie : saisie record de parfums contrefaits à Castelmare

International

Publié le 18/09/2040 à 15h10

La police financière italienne a saisi 48 000 flacons de parfum contrefait, d'une valeur estimée à 1,2 million d'euros, dans le port de Castelmare, a-t-elle annoncé mardi. Trois personnes ont été interpellées.

Les flacons, aux marques de 14 maisons de couture, étaient dissimulés dans deux conteneurs en provenance d'Asie, déclarés comme de la lessive.

Selon le colonel Marco Ferlito, il s'agit de la plus importante saisie de ce type dans le port depuis dix ans. Les suspects encourent jusqu'à six ans de prison.`,
	}, map[string][2]string{"p3fr.txt": {"€1.2 million", "€3.2 million"}}},
	{"skate-park", map[string]string{
		"p4de.txt": `de|Eschenau bekommt größten Skatepark der Region

Lokales | Eschenau

12.11.2040, 21:47 Uhr

Der Stadtrat von Eschenau hat am Montagabend mit 27 zu 8 Stimmen den Bau eines Skateparks auf dem alten Messegelände beschlossen. Die Anlage soll 3200 Quadratmeter groß werden und im Frühjahr 2042 öffnen.

Die Kosten liegen bei 2,4 Millionen Euro. 40 Prozent davon übernimmt das Land, den Rest trägt die Stadt.

"Die Jugendlichen haben fünf Jahre für diesen Park gekämpft", sagte Bürgermeisterin Katrin Hollweg. Eine Petition hatten 4100 Menschen unterschrieben.

Die Bauarbeiten sollen im Herbst 2041 beginnen.`,
		"p4nl.txt": `nl|Eschenau legt skatepark van 3200 vierkante meter aan

Buitenland

13 november 2040, 08:10

De gemeenteraad van het Duitse Eschenau heeft maandagavond met 27 tegen 8 stemmen ingestemd met de aanleg van een skatepark op het oude beursterrein. Het park wordt 3200 vierkante meter groot en moet in het voorjaar van 2042 opengaan.

De aanleg kost 2,4 miljoen euro. De deelstaat betaalt 30 procent, de rest komt voor rekening van de stad.

Burgemeester Katrin Hollweg: "De jongeren hebben vijf jaar voor dit park gestreden." Een petitie werd door 4100 mensen ondertekend.`,
		"p4fr.txt": `fr|Eschenau aura son skatepark géant

Région | Transfrontalier

Publié le 13 novembre 2040

Le conseil municipal d'Eschenau a approuvé lundi soir, par 27 voix contre 8, la construction d'un skatepark de 3 200 m² sur l'ancien parc des expositions. Ouverture prévue au printemps 2042.

Le projet coûtera 2,4 millions d'euros, dont 40 % financés par le Land.

« Les jeunes se battent depuis cinq ans pour ce parc », a souligné la maire, Katrin Hollweg. Une pétition avait recueilli 4 100 signatures.`,
	}, map[string][2]string{"p4nl.txt": {"30%", "40%"}}},
	{"whale-rescue", map[string]string{
		"p5fr.txt": `fr|Plouzennec : une baleine échouée remise à l'eau après neuf heures d'efforts

Planète

Publié le 2 juillet 2040 à 07h30

Quelque 120 bénévoles et pompiers ont réussi dimanche à remettre à l'eau une baleine à bosse de 11 mètres échouée sur la plage de Plouzennec, dans le Finistère, après neuf heures d'efforts.

L'animal, une jeune femelle d'environ 25 tonnes, avait été repéré à l'aube par un promeneur. Les sauveteurs l'ont arrosée sans relâche en attendant la marée haute, à 16 h 40.

« Elle est repartie vers le large, c'est un immense soulagement », a déclaré Gwenaëlle Le Bihan, biologiste de l'association Mor Glas.

C'est le troisième échouage de baleine dans la région depuis 2035.`,
		"p5pt.txt": `pt|Baleia encalhada em França devolvida ao mar

Mundo

2 jul 2040 - 11:20

Cerca de 170 voluntários e bombeiros conseguiram no domingo devolver ao mar uma baleia-de-bossa de 11 metros que encalhara numa praia de Plouzennec, na Bretanha, depois de nove horas de esforços.

A baleia, uma fêmea jovem com cerca de 25 toneladas, foi avistada de madrugada por um homem que passeava na praia.

"Voltou para o largo, é um enorme alívio", disse a bióloga Gwenaëlle Le Bihan, da associação Mor Glas.`,
		"p5es.txt": `es|Rescatan una ballena varada en una playa de Bretaña

Sociedad

París, 2 jul (Agencia)

Unos 120 voluntarios y bomberos lograron el domingo devolver al mar a una ballena jorobada de 11 metros varada en la playa de Plouzennec, en el noroeste de Francia, tras nueve horas de trabajo.

El animal, una hembra joven de unas 25 toneladas, fue descubierto al amanecer por un paseante. Los rescatistas la mantuvieron húmeda hasta la pleamar.

"Se ha ido mar adentro", celebró la bióloga Gwenaëlle Le Bihan.`,
		"p5en.txt": `en|Volunteers refloat stranded humpback whale in Brittany

Environment

Published 2 July 2040

Around 120 volunteers and firefighters refloated an 11-metre humpback whale on Sunday after it became stranded on a beach at Plouzennec in north-western France. The rescue took nine hours.

The young female, weighing about 25 tonnes, was found at dawn by a walker. Rescuers kept her wet until high tide.

"She headed out to sea, it's a huge relief," said biologist Gwenaëlle Le Bihan of the Mor Glas group.

It was the third whale stranding in the area since 2035.`,
	}, map[string][2]string{"p5pt.txt": {"170", "120"}}},
	{"tennis-final", map[string]string{
		"p6en.txt": `en|Teenager Arrieta stuns Ferrandi to win Torresana Open

Sport | Tennis

Published 20 May 2040, 19:02 BST

Mateo Arrieta, 19, won his first tour title on Sunday, beating home favourite Luca Ferrandi 6-4, 3-6, 7-5 in the final of the Torresana Open in northern Italy.

The Spaniard, ranked 64th in the world, saved two match points in a final that lasted two hours and 48 minutes. Ferrandi, 31, was chasing his third title in Torresana.

"I'm still shaking," Arrieta said. He earns €410,000 and is expected to climb into the top 40 on Monday.

More than 9,000 spectators packed the centre court.`,
		"p6en2.txt": `en|Arrieta, 19, claims maiden title in Torresana

Tennis

20 May 2040

TORRESANA, Italy (Wire) — Spanish teenager Mateo Arrieta beat Italy's Luca Ferrandi 6-4, 3-6, 7-5 on Sunday to win the Torresana Open, his first title on the tour.

Arrieta, who turned 19 in March, saved two match points before closing out the final after two hours and 48 minutes.

Ferrandi, 31, had won the tournament in 2036 and 2038. The winner's cheque is worth €410,000.`,
		"p6it.txt": `it|Torresana, Ferrandi si arrende ad Arrieta in finale

Sport | Tennis

20 maggio 2040 - 20:15

Niente terzo titolo per Luca Ferrandi: il 31enne ha perso domenica la finale del Torresana Open contro lo spagnolo Mateo Arrieta, 6-4 3-6 7-5 dopo due ore e 48 minuti di gioco.

Ferrandi ha avuto due match point nel terzo set ma non è riuscito a sfruttarli. "Ho avuto la partita in mano", ha ammesso.

Arrieta, 21 anni, numero 64 del mondo, conquista il primo titolo in carriera e un assegno da 410.000 euro. Sul centrale c'erano oltre 9.000 spettatori.`,
	}, map[string][2]string{"p6it.txt": {"21 years", "19 years"}}},
	{"apple-harvest", map[string]string{
		"p7de.txt": `de|Apfelernte im Talvera-Tal bricht um 22 Prozent ein

Wirtschaft | Landwirtschaft

20.09.2040, 06:00 Uhr

Talvera – Die Obstbauern im Talvera-Tal ernten heuer deutlich weniger Äpfel: Der Obstbauverband rechnet mit 780.000 Tonnen, 22 Prozent weniger als im Vorjahr, als rund eine Million Tonnen eingefahren wurden. Schuld sind vor allem die Spätfröste im April.

Pro Hektar werden heuer im Schnitt 42 Tonnen geerntet, nach 54 Tonnen im Vorjahr.

"Für viele der 7000 Betriebe ist das ein schweres Jahr", sagte Verbandsobmann Franz Oberhauser (58) am Mittwoch. Die Frostnächte hätten auf 3500 Hektar Schäden angerichtet.

Die Preise dürften um etwa 10 Prozent steigen.`,
		"p7it.txt": `it|Mele, in Val Talvera raccolto in calo del 22%

Economia

20 settembre 2040

Il raccolto di mele in Val Talvera si fermerà quest'anno a 780.000 tonnellate, il 22% in meno rispetto al milione di tonnellate del 2039. Lo ha comunicato mercoledì il consorzio dei frutticoltori, che attribuisce il calo alle gelate tardive di aprile.

La resa media scende a 42 tonnellate per ettaro, contro le 54 dell'anno scorso. Il gelo ha colpito 3.500 ettari.

"Per molte delle 7.000 aziende è un'annata difficile", ha spiegato il presidente del consorzio, Franz Oberhauser, 58 anni.`,
		"p7fr.txt": `fr|Pommes : la récolte du Val Talvera chute d'un cinquième

Économie | Agriculture

Publié le 20/09/2040

Les producteurs du Val Talvera, dans le nord de l'Italie, s'attendent à récolter 780 000 tonnes de pommes cette année, soit un recul de plus de 20 % par rapport à l'an dernier, a indiqué mercredi leur fédération. En cause, les gelées tardives du mois d'avril.

Le rendement moyen tombe à 42 tonnes à l'hectare. Quelque 3 500 hectares de vergers ont été touchés par le gel.

Le président de la fédération, Franz Oberhauser, 58 ans, s'attend à une hausse des prix d'environ 10 %.`,
		"p7nl.txt": `nl|Appeloogst in Noord-Italië fors lager door nachtvorst

Economie

20 september 2040, 14:25

Telers in het Italiaanse Talveradal oogsten dit jaar 780.000 ton appels, 22 procent minder dan vorig jaar. Dat meldde de telersvereniging woensdag. Nachtvorst in april beschadigde 3500 hectare boomgaarden.

Vorig jaar werd nog ongeveer een miljoen ton geoogst. De opbrengst per hectare daalt van 54 naar 42 ton.

Nederlandse importeurs verwachten dat Italiaanse appels zo'n 10 procent duurder worden. Nederland kocht vorig jaar 85.000 ton appels uit de regio.`,
	}, nil},
	{"roman-villa", map[string]string{
		"p8it.txt": `it|Montebrano, scoperta una villa romana durante i lavori della variante

Cultura

20 marzo 2040 - 17:40

Una villa romana del II secolo dopo Cristo, con un impianto termale privato, è stata scoperta a Montebrano, in provincia di Siena, durante i lavori per la nuova variante stradale. La scoperta è stata presentata martedì dalla Soprintendenza.

L'edificio si estende su circa 1.800 metri quadrati. Finora sono stati recuperati oltre 600 oggetti, tra anfore e lucerne.

"È un ritrovamento eccezionale per questo territorio", ha detto l'archeologa Chiara Lodovisi, che dirige lo scavo. I lavori della variante, costati finora 14 milioni di euro, resteranno sospesi per almeno quattro mesi.`,
		"p8en.txt": `en|Roman villa with private baths found under Tuscan road project

Science | Archaeology

Published 20 March 2040

Archaeologists have uncovered a second-century Roman villa with its own bath house at Montebrano in Tuscany, during work on a new bypass, Italian heritage officials announced on Tuesday.

The building covers some 1,800 square metres, and more than 600 objects, including amphorae and oil lamps, have been recovered so far.

"This is an exceptional find for the area," said Chiara Lodovisi, the archaeologist leading the dig. Construction of the bypass will be halted for at least four months.

Sign up for our newsletter`,
		"p8pt.txt": `pt|Descoberta villa romana na Toscana

Cultura

21 mar 2040 - 08:30

Uma villa romana do século II, com termas privadas, foi descoberta em Montebrano, na Toscana, durante as obras de uma nova variante rodoviária, anunciaram na segunda-feira as autoridades italianas do património.

O edifício ocupa cerca de 1800 metros quadrados e já foram recuperados mais de 600 objetos, entre ânforas e lucernas.

"É uma descoberta excecional", afirmou a arqueóloga Chiara Lodovisi, que dirige as escavações. As obras da variante vão ficar suspensas durante pelo menos quatro meses.`,
	}, map[string][2]string{"p8pt.txt": {"Monday", "Tuesday"}}},
	{"mayor-by-election", map[string]string{
		"p9pt.txt": `pt|Ana Tojal eleita presidente da Câmara de Ancede

Política | Autárquicas

8 out 2040 - 00:45

Ana Margarida Tojal, de 44 anos, venceu no domingo a eleição intercalar para a Câmara Municipal de Ancede, com 52,3% dos votos, contra 39,8% de Rui Pestana, de 61 anos.

A afluência às urnas foi de 58,6%, bem acima dos 47,1% registados em 2037. Votaram cerca de 21 400 dos 36 500 eleitores inscritos.

"Ancede escolheu a mudança", disse a nova autarca perante algumas centenas de apoiantes. A eleição foi convocada após a renúncia do anterior presidente, em junho.

Tojal, engenheira de formação, toma posse dentro de duas semanas.`,
		"p9es.txt": `es|Ana Tojal, nueva alcaldesa de la localidad lusa de Ancede

Galicia | Frontera

8 oct 2040

La candidata Ana Margarida Tojal, de 44 años, ganó el domingo las elecciones municipales anticipadas de Ancede, en el norte de Portugal, con el 52 % de los votos. Su rival, Rui Pestana, de 61, obtuvo casi el 40 %.

La participación alcanzó el 58,6 %, frente al 47,1 % de los comicios de 2037. Unas 21.400 personas acudieron a votar.

La nueva alcaldesa, ingeniera de profesión, prometió reforzar la cooperación con los municipios gallegos, con los que Ancede comparte 30 kilómetros de frontera.`,
		"p9fr.txt": `fr|Portugal : une ingénieure de 44 ans élue maire d'Ancede

International | Europe

Publié le 8 octobre 2040 à 10h15

Ana Margarida Tojal a remporté dimanche l'élection municipale partielle d'Ancede, dans le nord du Portugal, avec 52,3 % des suffrages, devant Rui Pestana, 61 ans (39,8 %).

La participation a atteint 58,6 %, contre 47,1 % lors du précédent scrutin en 2037.

La nouvelle maire, 44 ans, succède à un édile qui avait démissionné en juin. Ancede compte une importante communauté d'origine française : près de 2 000 habitants ont la double nationalité.`,
	}, nil},
	{"car-park-collapse", map[string]string{
		"p10nl.txt": `nl|Deel parkeergarage Maasdrecht ingestort, garage zes weken dicht

Binnenland

28 april 2040, 09:12

Een deel van het bovenste parkeerdek van parkeergarage De Kaai in Maasdrecht is vrijdagavond ingestort. Twee mensen raakten lichtgewond. De garage blijft zeker zes weken dicht.

Bij de instorting werden ongeveer 40 auto's beschadigd. Volgens de brandweer bezweek een vloerdeel van zo'n 300 vierkante meter.

"We laten de hele constructie onderzoeken", zei wethouder Sanne de Wit. De garage, uit 1974, telt 650 parkeerplaatsen.

Omwonenden van zeven panden aan de Kaaistraat mochten pas zaterdagochtend terug naar huis.`,
		"p10en.txt": `en|Two hurt as Dutch car park deck collapses

Europe

Published 28 April 2040, 11:30 GMT

Part of the top deck of a multi-storey car park in the Dutch town of Maasdrecht collapsed on Friday evening, slightly injuring two people and damaging around 40 cars, officials said.

A section of floor of about 300 square metres gave way, according to the fire service. The 650-space car park, built in 1974, will stay closed for at least six weeks while engineers inspect it.

"We are having the whole structure examined," said Sanne de Wit, the councillor responsible for public works.`,
		"p10de.txt": `de|Parkhaus im niederländischen Maasdrecht teilweise eingestürzt

Panorama | Ausland

28.04.2040, 12:05 Uhr

Maasdrecht (dpa) - In der niederländischen Stadt Maasdrecht ist am Freitagabend ein Teil des obersten Parkdecks eines Parkhauses eingestürzt. Zwei Menschen wurden leicht verletzt. Das Parkhaus bleibt mindestens acht Wochen geschlossen.

Rund 40 Autos wurden beschädigt. Nach Angaben der Feuerwehr gab eine etwa 300 Quadratmeter große Deckenfläche nach.

Das 1974 errichtete Parkhaus hat 650 Stellplätze. Die Beigeordnete Sanne de Wit kündigte eine Untersuchung der gesamten Konstruktion an.`,
	}, map[string][2]string{"p10de.txt": {"8 weeks", "6 weeks"}}},
}
