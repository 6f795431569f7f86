package compare

// heldOutDew is a blind held-out set, written without reading the
// extraction or the matching code: nine events of 2039 in en, fr, de, es,
// it, pt and nl, mixing wire copy, long newspaper stories and scraped pages
// with their furniture. Six hold exactly one planted contradiction each (a
// percentage, a measure, a count, an amount, a date and an age, five of
// them outside the first paragraph); three hold none but traps: a previous
// year's value, a district's part of a total, "nearly 12,000" against
// "11,800" and a figure in a quote (bark beetles); yes and no shares, "57%"
// and "nearly six in ten" against "57.3%", construction against permanent
// jobs, a previous referendum's turnout and a hypothetical count in a quote
// (solar referendum); a night over Friday and Saturday, "almost an hour and
// a half" against 86 minutes, two people's ages and an age in a quote
// (lunar eclipse).
//
// Its first run flagged 3 of the 6 contradictions and 3 false
// disagreements, more than the 1 allowed, so the set fails: missed were
// the count (u3nl's 11 goals against 9), the amount (u4pt's €13 million
// against €18 million) and the age (u6en's 9-year-old against 7); false
// were a duration "length" (the two years of an investment against the
// mill's 77 years), the mayor's title (Mayor against Portuguese
// "presidente" da câmara) and a date "region" (the previous eclipse, 2036,
// against the next, 2044).
//
// Fixed after, so the set is held out no longer: a title's tail in
// Portuguese ("presidente da câmara") is read whole; a year after "since"
// is when a span began; a source whose article states the others' value
// elsewhere as a figure of the same kind is not at odds with them. Now
// 3/6, 0 false.
//
// Since the synonym table learned common counted things ("doelpunten",
// "buts"): 4/6, 0 false.
var heldOutDew = []heldOutEvent{
	{"truffle-harvest", map[string]string{
		"u1fr.txt": `fr|Truffe noire : une récolte en chute de 38 % dans le Valmorenne

Les trufficulteurs du Valmorenne n'ont récolté qu'environ 21 tonnes de truffes noires cette saison, soit une baisse de 38 % par rapport à l'an dernier, a annoncé mardi la fédération régionale des producteurs.

En cause, un été particulièrement sec : entre juillet et août, les précipitations ont été inférieures de 40 % à la normale, selon Météo-Valmorenne. « Les chênes truffiers ont souffert, beaucoup de truffes n'ont tout simplement pas démarré », explique Hélène Marsac, présidente de la fédération, qui regroupe 310 producteurs.

Sur le marché de Saint-Aubrac, le plus important de la région, le kilo de truffe noire s'est négocié jusqu'à 1 150 euros ce week-end. Les prix ont augmenté de 24 % par rapport à la saison précédente, ce qui ne compense pas la baisse des volumes pour la plupart des exploitations.

La fédération demande à la région un fonds d'aide pour financer l'irrigation des plantations. Plusieurs producteurs ont déjà installé des goutte-à-goutte, mais l'équipement coûte cher et reste rare chez les petits trufficulteurs.

La saison se termine officiellement fin février.`,
		"u1it.txt": `it|Francia, crolla del 38% il raccolto di tartufo nero nel Valmorenne

PARIGI, 8 febbraio (Agenzia) - I produttori del Valmorenne, nel sud della Francia, hanno raccolto quest'anno circa 21 tonnellate di tartufo nero, il 38% in meno rispetto alla scorsa stagione, ha reso noto martedì la federazione regionale dei tartuficoltori.

La siccità estiva, con piogge inferiori del 40% alla media tra luglio e agosto, ha colpito le tartufaie, ha spiegato la presidente della federazione Hélène Marsac.

Al mercato di Saint-Aubrac il tartufo nero è stato venduto fino a 1.150 euro al chilo, con prezzi in aumento del 24% rispetto all'anno scorso. (Agenzia)`,
		"u1en.txt": `en|Black truffle harvest slumps 38% after dry summer

Home > Food & Drink > Producers

By Staff Writer | 8 February 2039, 16:20 | 4 min read

Growers in France's Valmorenne region harvested only about 21 tonnes of black truffles this season, down 38% on last year, the regional growers' federation said on Tuesday.

Rainfall in July and August was 40% below normal, and many of the truffle oaks in the region's plantations produced almost nothing, according to federation president Hélène Marsac.

"The trees suffered all summer, and a lot of truffles simply never started," said Marsac, whose federation represents 310 growers.

At the Saint-Aubrac market, the region's largest, black truffles sold for up to €1,150 a kilo at the weekend. Prices are 24% higher than last season, but growers say that does not make up for the smaller volumes.

The federation wants the regional government to fund irrigation for plantations. The season officially ends in late February.

More from Food & Drink
Five truffle recipes for under €10
Saffron growers count the cost of 2038

Sign up for our newsletter`,
		"u1es.txt": `es|Se desploma un 38 % la cosecha de trufa negra en el Valmorenne francés

París, 8 feb (Agencia).- Los truficultores de la región francesa del Valmorenne recogieron esta temporada unas 21 toneladas de trufa negra, un 38 % menos que el año anterior, informó este martes la federación regional de productores.

La sequía del verano, con lluvias un 40 % por debajo de lo normal en julio y agosto, afectó a las plantaciones, explicó la presidenta de la federación, Hélène Marsac, que agrupa a 310 productores.

En el mercado de Saint-Aubrac, el mayor de la región, el kilo de trufa negra se pagó a hasta 1.150 euros el fin de semana, con precios un 34 % superiores a los de la temporada pasada.

La federación pide a la región fondos para el riego de las plantaciones.`,
	}, map[string][2]string{"u1es.txt": {"34%", "24%"}}},
	{"meteorite", map[string]string{
		"u2en.txt": `en|Meteorite crashes through barn roof in Austrian village

VIENNA, Oct 17 (Wire) - A meteorite weighing 4.2 kg crashed through the roof of a barn near the Austrian village of Kessendorf on Sunday evening, after a fireball was seen across three countries, scientists said on Monday.

The fireball lit up the sky at 21:40 local time and was visible up to 600 km away, according to the natural history institute in Gravenau.

The main fragment was found on Monday morning in a barn 2.3 km east of Kessendorf. Nobody was hurt.

"It is a rare stony meteorite, and it is in remarkably good condition," said Lotte Brinkmann, a researcher at the institute. Searchers are looking for smaller fragments in the surrounding fields.

(Reporting by Wire staff; editing by desk)`,
		"u2de.txt": `de|Feuerkugel über drei Ländern: Meteorit durchschlägt Scheunendach bei Kessendorf

Ein heller Blitz am Himmel, dann ein Knall: Am Sonntagabend um 21.40 Uhr haben tausende Menschen in Österreich, Deutschland und Tschechien eine Feuerkugel beobachtet. Am Montagmorgen fand ein Landwirt bei Kessendorf die Ursache – einen 4,2 Kilogramm schweren Meteoriten, der das Dach seiner Scheune durchschlagen hatte.

„Ich dachte zuerst, ein Ast sei aufs Dach gefallen“, sagte Landwirt Anton Steiner. Erst am nächsten Morgen entdeckte er das Loch im Dach und den dunklen Stein zwischen den Heuballen. Verletzt wurde niemand.

Die Scheune liegt 2,3 Kilometer östlich von Kessendorf. Nach Angaben des Naturhistorischen Instituts in Gravenau war die Feuerkugel in bis zu 600 Kilometern Entfernung zu sehen.

„Es handelt sich um einen seltenen Steinmeteoriten in bemerkenswert gutem Zustand“, sagte die Forscherin Lotte Brinkmann. Das Institut will den Fund in den kommenden Wochen untersuchen. Freiwillige suchen die umliegenden Felder nach kleineren Bruchstücken ab.

Nach österreichischem Recht gehört ein Meteorit dem Eigentümer des Grundstücks, auf dem er niedergeht. Steiner sagte, er wolle den Stein dem Institut als Leihgabe überlassen.`,
		"u2nl.txt": `nl|Meteoriet slaat door dak van schuur in Oostenrijk

Wetenschap | maandag 17 oktober 2039, 15:32

Een meteoriet van 4,2 kilo is zondagavond door het dak van een schuur bij het Oostenrijkse dorp Kessendorf geslagen. De vuurbal was in drie landen te zien.

De vuurbal verscheen om 21.40 uur en was volgens het natuurhistorisch instituut in Gravenau tot op 600 kilometer afstand zichtbaar.

Het brokstuk werd maandagochtend gevonden in een schuur op 3,2 kilometer ten oosten van Kessendorf. Er raakte niemand gewond.

"Het is een zeldzame steenmeteoriet, in opvallend goede staat", zegt onderzoeker Lotte Brinkmann van het instituut.

Lees ook: Zo zie je deze week de Orioniden
12 reacties`,
		"u2pt.txt": `pt|Meteorito atravessa telhado de celeiro na Áustria

Um meteorito com 4,2 quilos atravessou no domingo à noite o telhado de um celeiro perto da aldeia austríaca de Kessendorf, depois de uma bola de fogo ter sido avistada em três países, anunciaram na segunda-feira os cientistas.

A bola de fogo surgiu às 21h40 e foi visível a até 600 quilómetros de distância, segundo o instituto de história natural de Gravenau. Ninguém ficou ferido.

"É um meteorito rochoso raro, em estado notavelmente bom", disse a investigadora Lotte Brinkmann.`,
	}, map[string][2]string{"u2nl.txt": {"3.2 km", "2.3 km"}}},
	{"handball-final", map[string]string{
		"u3de.txt": `de|Handball: Rendsau gewinnt Nordliga-Pokal

OSTERHAL (Agentur) - Der HC Rendsau hat zum dritten Mal den Nordliga-Pokal gewonnen. Die Mannschaft von Trainer Miroslav Hájek besiegte im Finale am Samstag den TV Vornholm mit 31:28 (15:14).

Vor 12.800 Zuschauern in der Osterhal-Arena war Rückraumspieler Jens Albrekt mit 9 Toren bester Werfer der Partie. Rendsau hatte den Pokal bereits 2031 und 2035 gewonnen.

„Wir haben in der zweiten Halbzeit die Ruhe behalten“, sagte der 47 Jahre alte Hájek. (Agentur)`,
		"u3nl.txt": `nl|Rendsau pakt derde Nordliga-beker na zinderende finale

Jens Albrekt was met 11 doelpunten de grote man in de finale van de Nordliga-beker, die HC Rendsau zaterdag in Osterhal met 31-28 won van TV Vornholm. Voor de club van trainer Miroslav Hájek is het de derde beker, na 2031 en 2035.

Lang ging het gelijk op. Bij rust stond Rendsau met 15-14 voor, en tien minuten voor tijd kwam Vornholm zelfs weer langszij. Daarna sloot doelman Niels Opdam de deur: hij stopte in de slotfase twee strafworpen.

"We hebben in de tweede helft ons hoofd koel gehouden", zei de 47-jarige Hájek na afloop. "Dit is de mooiste van de drie."

De Osterhal-Arena was met 12.800 toeschouwers uitverkocht. Vornholm, dat voor het eerst in de finale stond, kan zich nog troosten met een Europees ticket.`,
		"u3fr.txt": `fr|Handball : Rendsau remporte la Coupe de la Nordliga

Sports > Handball > Coupes d'Europe

Publié le 14/05/2039 à 22h47 | Mis à jour le 15/05/2039 à 08h10

Le HC Rendsau a remporté samedi la Coupe de la Nordliga en battant le TV Vornholm 31-28 en finale, devant 12 800 spectateurs à l'Osterhal-Arena.

L'arrière Jens Albrekt a été le meilleur buteur du match avec 9 buts. C'est le troisième titre du club après ceux de 2031 et 2035.

« Nous sommes restés calmes en deuxième période », a déclaré l'entraîneur Miroslav Hájek, 47 ans.

À lire aussi
Top 14 : les 5 enseignements de la 24e journée
Vos réactions (3)`,
		"u3en.txt": `en|Rendsau win third Nordliga Cup

HC Rendsau won the Nordliga Cup for the third time on Saturday, beating TV Vornholm 31-28 in the final in front of 12,800 fans at the Osterhal Arena.

Back-court player Jens Albrekt was the top scorer with nine goals, and goalkeeper Niels Opdam saved two penalties in the closing minutes. Rendsau led 15-14 at half-time.

"We kept calm in the second half," said coach Miroslav Hájek, 47. The club also won the cup in 2031 and 2035.`,
	}, map[string][2]string{"u3nl.txt": {"11", "9"}}},
	{"factory-closure", map[string]string{
		"u4it.txt": `it|Filatura Vessani chiude lo stabilimento di Corvello: a casa 420 lavoratori

Dopo 77 anni di attività, la Filatura Vessani chiuderà entro la fine di settembre lo stabilimento di Corvello, aperto nel 1962. Lo ha comunicato giovedì l'azienda ai sindacati, annunciando il taglio di 420 posti di lavoro.

La produzione sarà trasferita nel sito dell'azienda in Romania, dove il gruppo prevede di investire 35 milioni di euro nei prossimi due anni. Per i lavoratori di Corvello l'azienda ha messo sul tavolo un piano di uscite incentivate da 18 milioni di euro.

«È una decisione inaccettabile, che cancella un pezzo della storia di questa valle», ha detto Paola Grisanti, segretaria provinciale del sindacato tessile. I lavoratori si sono riuniti in assemblea davanti ai cancelli già nel pomeriggio e hanno annunciato un presidio permanente.

Nel 2038 il fatturato del gruppo è sceso del 14%, a 260 milioni di euro, a causa della concorrenza asiatica e del calo degli ordini dalla Germania. La Regione ha convocato un tavolo di crisi per la prossima settimana.

Il sindaco di Corvello, Marco Tedaldi, ha chiesto all'azienda di sospendere la procedura: «Lo stabilimento dà lavoro a una famiglia su cinque del paese».`,
		"u4en.txt": `en|Italy's Filatura Vessani to shut Corvello mill, cutting 420 jobs

MILAN, March 3 (Wire) - Italian textile maker Filatura Vessani will close its mill in Corvello by the end of September, cutting 420 jobs, the company told unions on Thursday.

Production will move to the group's plant in Romania, where it plans to invest €35 million over two years. The company has offered a €18 million voluntary redundancy package.

Group revenue fell 14% to €260 million in 2038. The mill opened in 1962.

(Reporting by Wire staff)`,
		"u4pt.txt": `pt|Têxtil italiana Filatura Vessani fecha fábrica e despede 420

Economia | Europa

03.03.2039 às 17:55

A empresa têxtil italiana Filatura Vessani vai encerrar até ao final de setembro a fábrica de Corvello, no norte de Itália, eliminando 420 postos de trabalho, anunciou na quinta-feira aos sindicatos.

A produção será transferida para a unidade do grupo na Roménia, onde a empresa prevê investir 35 milhões de euros em dois anos.

Para os trabalhadores de Corvello, a empresa propõe um plano de rescisões voluntárias de 13 milhões de euros. A sindicalista Paola Grisanti classificou a decisão de "inaceitável".

Em 2038, a faturação do grupo caiu 14%, para 260 milhões de euros.

Partilhar | Comentar (7)
Mais lidas: Bolsa de Lisboa fecha em alta`,
		"u4fr.txt": `fr|Italie : la Filatura Vessani ferme son usine de Corvello

MILAN, 3 mars (Agence) - Le fabricant textile italien Filatura Vessani fermera d'ici fin septembre son usine de Corvello, ouverte en 1962, supprimant 420 emplois, a-t-il annoncé jeudi aux syndicats.

La production sera transférée sur le site du groupe en Roumanie, où 35 millions d'euros doivent être investis en deux ans. L'entreprise propose un plan de départs volontaires de 18 millions d'euros.

Le chiffre d'affaires du groupe a reculé de 14 % en 2038, à 260 millions d'euros.`,
	}, map[string][2]string{"u4pt.txt": {"€13 million", "€18 million"}}},
	{"bronze-age-grave", map[string]string{
		"u5nl.txt": `nl|Graf uit de bronstijd met zwaard gevonden bij wegwerkzaamheden in Hoogeveld

Bij de aanleg van een rondweg bij Hoogeveld-aan-Zee hebben archeologen een graf uit de bronstijd gevonden, met daarin een bronzen zwaard. Dat heeft de provincie woensdag bekendgemaakt. Het graf is ongeveer 3300 jaar oud.

De vondst werd al op 17 maart gedaan, maar werd geheimgehouden om plunderaars buiten de deur te houden. "Met metaaldetectoren is zo'n terrein in één nacht leeggehaald", zegt provinciaal archeoloog Femke Roodenburg.

In het graf lag het skelet van een man die tussen de 30 en 40 jaar oud was toen hij stierf. Het zwaard, dat naast hem lag, is 62 centimeter lang en opvallend goed bewaard gebleven. "Zo'n compleet zwaard vinden we in deze regio misschien één keer in een generatie", aldus Roodenburg.

De opgraving gaat nog zes weken duren. De aanleg van de rondweg loopt daardoor vertraging op; de provincie verwacht dat de weg pas in het voorjaar van 2040 opengaat.

Het zwaard wordt na onderzoek tentoongesteld in het provinciehuis.`,
		"u5en.txt": `en|Bronze Age warrior's grave found under Dutch road project

World | Europe | Science

Wednesday 6 April 2039 11:02 BST

Archaeologists have found a Bronze Age grave containing a bronze sword during roadworks near Hoogeveld-aan-Zee in the Netherlands, provincial authorities said on Wednesday.

The grave is about 3,300 years old and holds the skeleton of a man who was between 30 and 40 when he died.

It was discovered on 17 March but the find was kept secret to deter looters, said provincial archaeologist Femke Roodenburg. The sword is 62 cm long.

The excavation will last another six weeks, delaying the new ring road.

Most popular
1. Ten walks for the Easter holidays
2. Tulip fields: when to go in 2039

Comments (18)`,
		"u5de.txt": `de|Bronzezeitliches Grab mit Schwert in den Niederlanden entdeckt

DEN HAAG (Agentur) - Bei Straßenbauarbeiten nahe Hoogeveld-aan-Zee haben Archäologen ein rund 3300 Jahre altes Grab aus der Bronzezeit mit einem Bronzeschwert gefunden. Das teilte die Provinz am Mittwoch mit.

Die Entdeckung war bereits am 14. März gemacht, aber zum Schutz vor Raubgräbern geheim gehalten worden, sagte die Archäologin Femke Roodenburg. In dem Grab lag das Skelett eines Mannes, der bei seinem Tod zwischen 30 und 40 Jahre alt war. Das Schwert ist 62 Zentimeter lang.

Die Ausgrabung soll noch sechs Wochen dauern. (Agentur)`,
		"u5fr.txt": `fr|Pays-Bas : une tombe de l'âge du bronze découverte lors de travaux routiers

LA HAYE, 6 avril (Agence) - Des archéologues ont mis au jour une tombe de l'âge du bronze, vieille d'environ 3 300 ans et contenant une épée en bronze, lors de travaux routiers près de Hoogeveld-aan-Zee, a annoncé mercredi la province.

La découverte remonte au 17 mars, mais elle avait été tenue secrète pour éviter les pillages. L'épée mesure 62 centimètres. Les fouilles doivent encore durer six semaines.`,
	}, map[string][2]string{"u5de.txt": {"14 March", "17 March"}}},
	{"well-rescue", map[string]string{
		"u6es.txt": `es|Rescatado con vida el niño que cayó a un pozo en Almacera tras 19 horas

Daniel, el niño de 7 años que cayó el domingo por la tarde a un pozo abandonado de 28 metros de profundidad en Almacera, fue rescatado con vida este lunes por la mañana, tras 19 horas de trabajos contrarreloj en los que participaron unos 80 efectivos.

El pequeño jugaba con unos primos en una finca a las afueras del pueblo cuando, hacia las tres de la tarde, cayó por la boca del pozo, que estaba cubierta solo por unas tablas. Quedó atrapado a unos 11 metros de profundidad, donde el conducto se estrecha.

Bomberos, guardias civiles y mineros llegados desde la comarca excavaron durante toda la noche un pozo paralelo y una galería horizontal para llegar hasta él. "En ningún momento perdimos el contacto con él: le hablábamos por un tubo y nos contestaba", explicó el jefe de bomberos, Ramón Ortuño.

El niño salió a las diez de la mañana envuelto en una manta térmica, entre los aplausos de los vecinos, y fue trasladado en helicóptero al hospital de la capital provincial. Según los médicos, presenta hipotermia leve y algunas contusiones, pero su estado es bueno.

El alcalde de Almacera, Julián Cebrián, anunció que el ayuntamiento revisará todos los pozos abandonados del término municipal.`,
		"u6pt.txt": `pt|Espanha: criança resgatada com vida de poço após 19 horas

MADRID, 7 nov (Agência) - Um menino de 7 anos que caiu no domingo à tarde num poço abandonado com 28 metros de profundidade, em Almacera, no sul de Espanha, foi resgatado com vida na segunda-feira de manhã, após 19 horas de operações, informaram os bombeiros.

A criança ficou presa a cerca de 11 metros de profundidade. Cerca de 80 operacionais escavaram durante a noite um poço paralelo para chegar até ela.

Segundo os médicos, o menino sofre de hipotermia ligeira, mas o seu estado é bom.`,
		"u6en.txt": `en|Boy pulled alive from well in Spain after 19-hour rescue

Latest | Europe

7 November 2039 | Updated 13:45

A boy who fell into a disused 28-metre well in the Spanish village of Almacera on Sunday afternoon has been rescued alive after a 19-hour operation.

About 80 firefighters, police officers and miners worked through the night to dig a parallel shaft and a short horizontal tunnel to reach him.

The 9-year-old, named locally as Daniel, had been stuck about 11 metres down, where the well narrows. Fire chief Ramón Ortuño said rescuers talked to him through a pipe all night.

He was brought out at about 10:00 on Monday and flown to hospital with mild hypothermia.

Related stories
Spain's wettest autumn in 20 years
Share | Tweet | Email`,
		"u6it.txt": `it|Spagna, bambino di 7 anni salvato dopo 19 ore in un pozzo

MADRID, 7 novembre (Agenzia) - È stato estratto vivo lunedì mattina il bambino di 7 anni caduto domenica pomeriggio in un pozzo abbandonato profondo 28 metri ad Almacera, nel sud della Spagna. Il piccolo era bloccato a circa 11 metri di profondità.

Circa 80 soccorritori hanno scavato per tutta la notte un pozzo parallelo. Il bambino, in ipotermia lieve, è in buone condizioni, hanno riferito i medici.`,
	}, map[string][2]string{"u6en.txt": {"9 years", "7 years"}}},
	{"bark-beetle", map[string]string{
		"u7de.txt": `de|Borkenkäfer: Schäden im Hartwald fast verdoppelt

Der Borkenkäfer hat im Hartwald in diesem Jahr rund 11.800 Hektar Fichtenwald geschädigt – nach 7400 Hektar im vergangenen Jahr. Das geht aus der Bilanz hervor, die das Forstamt in Lindenried am Freitag vorgestellt hat.

Am stärksten betroffen ist der Bezirk Oberkamm, auf den allein 4300 Hektar entfallen. Dort stehen an vielen Hängen nur noch graue, abgestorbene Stämme. „In 30 Jahren im Wald habe ich so etwas noch nicht gesehen“, sagt Forstamtsleiter Ulrich Demmel.

Die Förster haben seit Jahresbeginn 1,2 Millionen Kubikmeter Schadholz gefällt, um die Ausbreitung der Käfer zu bremsen. Weil so viel Holz auf einmal auf den Markt kommt, ist der Preis pro Festmeter deutlich gefallen; viele private Waldbesitzer arbeiten mit Verlust.

Das Land will in den kommenden fünf Jahren 46 Millionen Euro für die Wiederaufforstung bereitstellen. Statt Fichten sollen vor allem Buchen, Eichen und Douglasien gepflanzt werden, die Trockenheit besser vertragen.

Demmel rechnet nicht mit einer schnellen Entspannung: Nach dem trockenen Frühjahr sei bereits eine zweite Käfergeneration ausgeflogen.`,
		"u7nl.txt": `nl|Schade door letterzetter in Duits Hartwald flink gestegen

BERLIJN (Persbureau) - De letterzetter, een schorskever, heeft dit jaar ruim 11.800 hectare sparrenbos in het Duitse Hartwald aangetast, tegen 7400 hectare vorig jaar. Dat meldde het bosbouwbureau in Lindenried vrijdag.

Alleen al in het district Oberkamm gaat het om 4300 hectare. Boswachters kapten sinds begin dit jaar 1,2 miljoen kubieke meter aangetast hout.

De deelstaat trekt de komende vijf jaar 46 miljoen euro uit voor herbeplanting.`,
		"u7en.txt": `en|Bark beetles ravage nearly 12,000 hectares of German forest

Environment > Forests

22 July 2039 · 14:05 · Updated 16:30

Bark beetles have damaged nearly 12,000 hectares of spruce in Germany's Hartwald this year, up from 7,400 hectares in 2038, the forestry office in Lindenried said on Friday.

The Oberkamm district alone accounts for 4,300 hectares. Foresters have felled 1.2 million cubic metres of infested timber since January.

The state will spend €46 million over five years on replanting with beech, oak and Douglas fir, said office head Ulrich Demmel.

Read next: 3 trees that can survive a hotter climate
24 comments | Share`,
		"u7fr.txt": `fr|Allemagne : les scolytes ravagent la forêt du Hartwald

BERLIN, 22 juillet (Agence) - Les scolytes ont endommagé cette année environ 11 800 hectares d'épicéas dans le Hartwald, en Allemagne, contre 7 400 hectares l'an dernier, a indiqué vendredi l'office forestier de Lindenried.

Le district d'Oberkamm concentre à lui seul 4 300 hectares. Le Land consacrera 46 millions d'euros sur cinq ans au reboisement.`,
	}, nil},
	{"solar-referendum", map[string]string{
		"u8pt.txt": `pt|Vila Serrana diz "não" ao parque solar

Os eleitores de Vila Serrana rejeitaram no domingo, em referendo local, a instalação de um parque solar de 140 hectares nos terrenos agrícolas do planalto. O "não" venceu com 57,3% dos votos, contra 42,7% para o "sim", com uma participação de 64%.

A participação ficou muito acima da do último referendo local, em 2031, sobre a abertura de uma pedreira, quando apenas 38% dos eleitores foram às urnas.

O projeto da empresa Solvara previa um investimento de 95 milhões de euros e produziria eletricidade para cerca de 45 mil casas. Segundo a empresa, a obra criaria 300 empregos durante a construção e 25 postos permanentes.

"Nem duzentos empregos teriam mudado a opinião das pessoas. Aqui a terra é para cultivar", disse Joaquim Pardal, presidente da câmara, de 61 anos, que tinha defendido o projeto mas garantiu que respeitará o resultado.

A Solvara disse estar "desiludida" e vai procurar outro local na região. Os agricultores do planalto, que fizeram campanha pelo "não", festejaram o resultado no largo da vila até de madrugada.`,
		"u8es.txt": `es|Un pueblo portugués rechaza en referéndum un parque solar de 140 hectáreas

Lisboa, 12 sep (Agencia).- Los vecinos de Vila Serrana, en el centro de Portugal, rechazaron el domingo en un referéndum local la construcción de un parque solar de 140 hectáreas, con un 57,3 % de votos en contra y una participación del 64 %.

El proyecto de la empresa Solvara, de 95 millones de euros, habría abastecido a unos 45.000 hogares y creado 300 empleos durante las obras, de los que 25 serían permanentes.

El alcalde, Joaquim Pardal, dijo que respetará el resultado.`,
		"u8it.txt": `it|Portogallo, Vila Serrana boccia il parco solare al referendum

Esteri | Europa

12 settembre 2039 - 09:14

Quasi sei elettori su dieci hanno detto no: gli abitanti di Vila Serrana, in Portogallo, hanno respinto domenica con il 57% dei voti il progetto di un parco solare da 140 ettari sui terreni agricoli dell'altopiano. L'affluenza è stata del 64%.

Il progetto della società Solvara valeva 95 milioni di euro e avrebbe fornito elettricità a circa 45.000 abitazioni.

Il sindaco Joaquim Pardal, 61 anni, favorevole al progetto, ha promesso di rispettare il voto.

Leggi anche
Energia, le 10 regioni con più pannelli solari
Commenti (31)`,
		"u8en.txt": `en|Portuguese town votes down solar park

LISBON, Sept 12 (Wire) - Voters in the Portuguese town of Vila Serrana on Sunday rejected plans for a 140-hectare solar park on farmland, with 57.3% voting no on a turnout of 64%, local officials said.

The €95 million project by developer Solvara would have powered about 45,000 homes and created 300 construction jobs and 25 permanent ones.

Mayor Joaquim Pardal, 61, who backed the plan, said he would respect the result. The last local referendum, in 2031, drew a turnout of just 38%.`,
	}, nil},
	{"lunar-eclipse", map[string]string{
		"u9fr.txt": `fr|Éclipse totale de Lune : des milliers de curieux au col de Varenne

Ils étaient environ 4 000 à avoir fait le déplacement, vendredi soir, au col de Varenne pour observer l'éclipse totale de Lune, la plus longue visible dans la région depuis 2036. Couvertures sur les épaules et thermos à la main, familles et passionnés ont attendu jusque tard dans la nuit de vendredi à samedi.

La phase de totalité a duré 86 minutes, de 23 h 12 à 0 h 38, pendant lesquelles la Lune a pris une teinte rouge cuivrée. Le ciel, dégagé toute la soirée, a offert des conditions idéales.

Parmi les spectateurs, l'astronome amateur Claire Vautrin, 64 ans, était venue avec son petit-fils Léo, 11 ans. « La dernière fois que j'ai vu une Lune aussi rouge, j'avais 20 ans », raconte-t-elle. Léo, lui, a pris des dizaines de photos avec son téléphone.

La gendarmerie avait fermé la route du col à la circulation à partir de 21 heures. Des navettes ont été mises en place depuis la vallée.

La prochaine éclipse totale de Lune visible depuis la région aura lieu en 2044.`,
		"u9de.txt": `de|Totale Mondfinsternis lockt Tausende in die Berge

GRENOBLE (Agentur) - Rund 4000 Menschen haben in der Nacht zum Samstag am Col de Varenne in den französischen Alpen eine totale Mondfinsternis beobachtet. Die totale Phase dauerte 86 Minuten, von 23.12 Uhr bis 0.38 Uhr.

Es war die längste in der Region sichtbare Mondfinsternis seit 2036. Die nächste totale Mondfinsternis ist dort erst 2044 zu sehen. (Agentur)`,
		"u9en.txt": `en|Thousands gather in the Alps for total lunar eclipse

Science | Space | Night sky

Published Saturday 9 July 2039 07:30

Some 4,000 people gathered at the Col de Varenne in the French Alps to watch a total lunar eclipse in the early hours of Saturday.

The Moon turned a coppery red for almost an hour and a half, with totality lasting from 23:12 on Friday until 00:38 on Saturday under clear skies.

Amateur astronomer Claire Vautrin, 64, came with her grandson Léo, 11. "The last time I saw a Moon this red, I was 20," she said.

The next total lunar eclipse visible from the region will be in 2044.

You might also like
The 7 best places to see the Perseids this August
Newsletter: The night sky this month`,
		"u9it.txt": `it|Eclissi totale di Luna, migliaia al Col de Varenne

PARIGI, 9 luglio (Agenzia) - Circa 4.000 persone si sono radunate venerdì sera al Col de Varenne, sulle Alpi francesi, per osservare l'eclissi totale di Luna. La fase di totalità è durata 86 minuti, dalle 23.12 alle 0.38, con cielo sereno.

È stata la più lunga eclissi visibile nella regione dal 2036. La prossima eclissi totale di Luna visibile dalla zona sarà nel 2044.`,
	}, nil},
}
