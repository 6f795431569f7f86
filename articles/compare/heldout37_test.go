package compare

// heldOutHoarfrost is a held-out set written blind, without reading the
// extraction or the matching: ten events of everyday news dated 2041
// (gas street lamps switched off, a baroque organ restored, hedgehog
// tunnels, a spelling contest, a shortwave transmitter closing, a knitted
// scarf, a typewriter shop closing, a pigeon race, a lake sauna, shared
// umbrellas), three or four reports each across en, fr, de, es, it, pt and
// nl. Seven events hold one planted contradiction each (a count, an amount
// of money, an age, a calendar date, a measure, a duration, a percentage);
// the hedgehogs, the pigeon race and the sauna hold none, only traps
// (rounding and hedges, totals against parts, previous values, rates
// against totals, unit and currency conversions, two people's ages, roles
// by synonym).
//
// Its first run, on the commit that froze it, flagged 5 of the 7 planted
// contradictions with 1 false disagreement (within the set's allowance of
// one): it missed the French count of gas lamps (1 184 against 1,284) and
// the German date of the last shortwave broadcast (20. Juni against
// 30 June), and took the sauna's Gemeindepräsidentin and mayor for two
// roles. No text or wrong value was changed after that run.
//
// Fixed after, so the set is held out no longer: a Swiss commune's
// president ("Gemeindepräsidentin", "présidente de la commune") is a
// mayor, and titles of four words are read. Now 5/7, 0 false.
var heldOutHoarfrost = []heldOutEvent{
	{"gas-lamps", map[string]string{
		"o1nl.txt": `nl|Welderveen dooft zijn laatste gaslantaarns

Binnenland | Regio

11 februari 2041, 07:40

WELDERVEEN - Na bijna anderhalve eeuw is het gaslicht in Welderveen definitief uit. Zondagavond werden in de binnenstad de laatste 36 gaslantaarns gedoofd. Daarmee zijn alle 1284 gaslantaarns van de stad in zes jaar tijd vervangen door ledverlichting.

De omschakeling kostte 9,5 miljoen euro. Volgens de gemeente daalt het energieverbruik van de straatverlichting met 64 procent en bespaart de stad jaarlijks zo'n 410.000 euro.

"Het was een emotioneel moment, maar het gas was niet meer te verantwoorden," zei wethouder Marloes de Kruijf. Veertig historische lantaarns in de Kerkstraat blijven staan; zij kregen een elektrische lamp die het flakkerende gaslicht nabootst.

Lantaarnopsteker Gerrit Bosman (63), die sinds 1998 elke week zijn ronde liep, doofde zelf de laatste vlam. "Ik ga het missen," zei hij.

Lees ook: Binnenstad Welderveen krijgt nieuwe bestrating`,
		"o1de.txt": `de|Niederländische Stadt Welderveen schaltet letzte Gaslaternen ab

Panorama

11.02.2041 · 09:15 Uhr

Welderveen (dpa) - In der niederländischen Stadt Welderveen sind am Sonntagabend die letzten 36 Gaslaternen erloschen. Insgesamt hat die Stadt in sechs Jahren alle 1284 Gaslaternen durch LED-Leuchten ersetzt.

Der Umbau kostete nach Angaben der Gemeinde 9,5 Millionen Euro. Der Energieverbrauch der Straßenbeleuchtung sinke um 64 Prozent, jährlich spare die Stadt rund 410.000 Euro.

Vierzig historische Laternen in der Kerkstraat bleiben erhalten, sie leuchten künftig elektrisch. Die letzte Flamme löschte der 63 Jahre alte Laternenanzünder Gerrit Bosman.

Mehr zum Thema`,
		"o1en.txt": `en|Dutch town switches off its last gas street lamps

World | Europe

Monday 11 February 2041

By Hannah Pryce

The last gas street lamps in the Dutch town of Welderveen went dark on Sunday evening, ending nearly 150 years of gaslight. The final 36 lamps in the old town were switched off, completing a six-year programme that replaced all 1,284 of the town's gas lamps with LED lighting.

The conversion cost €9.5 million. The council says the street lighting will use 64% less energy, saving about €410,000 a year.

"It was an emotional moment, but gas could no longer be justified," said Marloes de Kruijf, the councillor in charge. Forty historic lamps on Kerkstraat will stay, fitted with electric bulbs that imitate a flickering flame.

Lamplighter Gerrit Bosman, 63, who had walked his round every week since 1998, put out the last flame himself.

Related: Europe's last gaslit streets`,
		"o1fr.txt": `fr|Aux Pays-Bas, Welderveen éteint ses derniers becs de gaz

Monde

Publié le 11/02/2041 à 10h02

Les derniers réverbères à gaz de Welderveen, aux Pays-Bas, se sont éteints dimanche soir. Avec ces 36 ultimes lanternes du centre historique, la ville achève un programme de six ans qui a remplacé ses 1 184 becs de gaz par des lampes LED.

Le chantier a coûté 9,5 millions d'euros. La consommation d'énergie de l'éclairage public baisse de 64 %, selon la municipalité, soit une économie d'environ 410 000 euros par an.

« C'était un moment émouvant, mais le gaz n'était plus justifiable », a déclaré l'adjointe au maire Marloes de Kruijf. Quarante lanternes historiques de la Kerkstraat seront conservées et éclairées à l'électricité.

C'est l'allumeur de réverbères Gerrit Bosman, 63 ans, qui a soufflé la dernière flamme.

À lire aussi`,
	}, map[string][2]string{"o1fr.txt": {"1,184", "1,284"}}},
	{"church-organ", map[string]string{
		"o2it.txt": `it|Castelverde, torna a suonare l'organo del 1712

Cultura | Musica

15 aprile 2041

di Paolo Benvenuti

CASTELVERDE – Dopo quattro anni di restauro, l'organo settecentesco della chiesa di San Teodoro è tornato a suonare domenica sera davanti a circa 600 persone. Lo strumento, costruito nel 1712, conta 2.860 canne, 410 delle quali sono state rifatte a mano.

Il restauro, costato 1,35 milioni di euro, è stato affidato alla bottega portoghese Tavares Mendes di Vilar de Sousa. La spesa è stata coperta per metà dalla Fondazione Cassa di Castelverde e per il resto da donazioni dei fedeli.

«Abbiamo ritrovato la voce originale dello strumento», ha detto il parroco, don Luigi Marchetti. Al concerto inaugurale ha suonato l'organista Elena Ruggeri, 29 anni.

Leggi anche: Gli organi storici della Val Serra`,
		"o2en.txt": `en|Baroque organ sings again after four-year restoration

Arts

Published 15 April 2041

An organ built in 1712 for the church of San Teodoro in the Italian town of Castelverde was played again on Sunday evening, after a four-year restoration, before an audience of about 600.

The instrument has 2,860 pipes; 410 of them had to be remade by hand. The €1.35 million restoration was carried out by the Portuguese workshop Tavares Mendes, half of it paid by a local foundation and the rest by parishioners' donations.

"We have found the instrument's original voice again," said the parish priest, Father Luigi Marchetti. Organist Elena Ruggeri, 29, gave the opening recital.`,
		"o2pt.txt": `pt|Oficina de Vilar de Sousa devolve a voz a órgão italiano de 1712

Cultura

15 abr 2041 - 11:20

VILAR DE SOUSA — Um órgão construído em 1712 para a igreja de San Teodoro, em Castelverde, no norte de Itália, voltou a tocar no domingo, depois de quatro anos de restauro na oficina Tavares Mendes, de Vilar de Sousa.

O instrumento tem 2860 tubos, dos quais 410 foram refeitos à mão pelos organeiros portugueses. Cerca de 600 pessoas assistiram ao concerto de inauguração.

"Foi o trabalho mais exigente da nossa história", disse o mestre organeiro Rui Tavares Mendes, de 58 anos. A obra, orçada em 1,53 milhões de euros, foi paga em metade por uma fundação local e o resto por donativos dos paroquianos.

Leia também: Órgãos históricos do Minho`,
	}, map[string][2]string{"o2pt.txt": {"€1.53 million", "€1.35 million"}}},
	{"hedgehog-tunnels", map[string]string{
		"o3nl.txt": `nl|Egeltunnels werken: Oostervelde telt een kwart meer egels

Regio | Natuur

12 oktober 2041

OOSTERVELDE – Vrijwilligers hebben dit jaar in Oostervelde 312 egels geteld, tegenover 247 vorig jaar. Dat is een stijging met 26 procent. Volgens de gemeente is dat vooral te danken aan de 48 tunnels onder de wegen, waarvan er 14 afgelopen winter zijn gegraven.

Het aantal doodgereden egels daalde van 41 naar 19. "Elke egel die veilig oversteekt, telt," zegt schepen van Leefmilieu Bart Claeys.

De nieuwe tunnels kostten 96.000 euro, waarvan de provincie 60.000 euro betaalde. Bij de telling waren 85 vrijwilligers betrokken.

Coördinator Lies Vermeulen (67) deed de telling samen met haar kleinzoon Jonas (11), die de wildcamera's plaatste.`,
		"o3fr.txt": `fr|Oostervelde : les tunnels à hérissons portent leurs fruits

Régions

Publié le samedi 12 octobre 2041

Les bénévoles d'Oostervelde ont recensé cette année environ 300 hérissons, contre 247 l'an dernier, soit une hausse d'un quart. La commune flamande attribue ce succès à ses 48 passages souterrains, dont 14 creusés l'hiver dernier.

Le nombre de hérissons écrasés sur les routes est passé de 41 à 19, se félicite l'échevin de l'Environnement, Bart Claeys.

Les nouveaux tunnels ont coûté 96 000 euros, dont 60 000 pris en charge par la province. Quelque 85 bénévoles ont participé au comptage, coordonné par Lies Vermeulen, 67 ans, aidée de son petit-fils de 11 ans.`,
		"o3en.txt": `en|Belgian town's hedgehog tunnels pay off

Environment

12 October 2041

By Tom Aldridge

Volunteers in the Belgian town of Oostervelde counted 312 hedgehogs this year, up 26% from 247 last year, a rise the council credits to a network of 48 tunnels under its roads. Fourteen of the tunnels were dug last winter at a cost of €96,000, €60,000 of it paid by the province.

The number of hedgehogs killed on the roads fell to 19 from 41. "Every hedgehog that crosses safely counts," said Bart Claeys, the alderman for the environment.

The count, run by 67-year-old Lies Vermeulen with the help of her 11-year-old grandson and 85 volunteers, used wildlife cameras at every tunnel.`,
	}, nil},
	{"spelling-contest", map[string]string{
		"o4es.txt": `es|Una niña de 12 años gana el Concurso Nacional de Ortografía

Sociedad | Educación

Valdeluna, 19 may (EFE)

Lucía Ferrán, una alumna de 12 años de Almedro, se impuso este sábado en la final del Concurso Nacional de Ortografía, celebrada en Valdeluna, tras deletrear sin error la palabra "desoxirribonucleico" en la undécima ronda.

En la final participaron 96 escolares de las 17 comunidades autónomas. El segundo puesto fue para Tomás Ibarra, de 14 años, de Puerto Lebrón.

La ganadora recibirá una beca de 3.000 euros. "Leo todas las noches con mi abuela", contó Ferrán a los periodistas.

El concurso, que celebraba su 25.ª edición, está organizado por el Ministerio de Educación.`,
		"o4en.txt": `en|Twelve-year-old wins Spain's national spelling contest

World

Sunday 19 May 2041

A 12-year-old girl from the town of Almedro has won Spain's national spelling contest, correctly spelling "desoxirribonucleico" (deoxyribonucleic) in the eleventh round of Saturday's final in Valdeluna.

Lucía Ferrán beat 95 other finalists from all 17 of Spain's regions. Runner-up was Tomás Ibarra, 14.

She wins a €3,000 scholarship. "I read every night with my grandmother," she told reporters.`,
		"o4it.txt": `it|Spagna, una bambina di 11 anni vince il campionato nazionale di ortografia

Esteri

19 maggio 2041

MADRID – Lucía Ferrán, 11 anni, di Almedro, ha vinto sabato a Valdeluna la finale del concorso nazionale di ortografia spagnolo, scrivendo correttamente all'undicesimo turno la parola "desoxirribonucleico".

Alla finale hanno partecipato 96 studenti provenienti da tutte le 17 comunità autonome. Secondo è arrivato Tomás Ibarra, 14 anni.

Alla vincitrice andrà una borsa di studio da 3.000 euro.`,
		"o4fr.txt": `fr|Espagne : une écolière de 12 ans championne d'orthographe

International

Publié le 19/05/2041 à 08h30

Lucía Ferrán, 12 ans, a remporté samedi à Valdeluna la finale du concours national d'orthographe espagnol, devant 95 autres finalistes venus des 17 communautés autonomes.

Elle s'est imposée au onzième tour en épelant sans faute « desoxirribonucleico » (désoxyribonucléique). Tomás Ibarra, 14 ans, termine deuxième.

« Je lis tous les soirs avec ma grand-mère », a-t-elle confié. Elle remporte une bourse de 3 000 euros.`,
	}, map[string][2]string{"o4it.txt": {"11 years", "12 years"}}},
	{"shortwave-shutdown", map[string]string{
		"o5pt.txt": `pt|Rádio Atlântida desliga emissor de onda curta ao fim de 68 anos

Media

03 jun 2041 - 09:30

A Rádio Atlântida vai desligar no domingo, 30 de junho, o emissor de onda curta da Serra do Corvo, que há 68 anos levava a emissão a ouvintes de cerca de 40 países.

O emissor, de 250 quilowatts, e a antena de 180 metros deixam de ser necessários, explicou a diretora da estação, Helena Barros. "Hoje quase todos os nossos ouvintes nos ouvem pela internet", afirmou.

A desativação permitirá poupar 1,1 milhões de euros por ano. Os 24 técnicos do centro emissor serão integrados noutros serviços.

Leia também`,
		"o5es.txt": `es|La portuguesa Rádio Atlântida apagará su onda corta tras 68 años

Comunicación

Lisboa, 3 jun (Agencia)

La emisora pública portuguesa Rádio Atlântida apagará el domingo 30 de junio su transmisor de onda corta de la Serra do Corvo, que durante 68 años llevó su señal a oyentes de unos 40 países.

Según su directora, Helena Barros, el cierre supondrá un ahorro de 1,1 millones de euros anuales. Los 24 técnicos de la planta serán reasignados.

La antena, de 180 metros de altura, será desmontada el próximo año.`,
		"o5en.txt": `en|Portuguese broadcaster to switch off shortwave after 68 years

Media

3 June 2041

Portugal's Rádio Atlântida will switch off its shortwave transmitter at Serra do Corvo on Sunday 30 June, ending 68 years of broadcasts that reached listeners in some 40 countries.

"Today almost all of our listeners hear us online," said the station's director, Helena Barros. Closing the 250-kilowatt transmitter and its 180-metre mast will save €1.1 million a year.

The site's 24 technicians will be moved to other jobs.`,
		"o5de.txt": `de|Portugiesischer Sender gibt die Kurzwelle auf

Medien

03.06.2041

Lissabon – Nach 68 Jahren verabschiedet sich der portugiesische Sender Rádio Atlântida von der Kurzwelle. Die Sendeanlage in der Serra do Corvo, die Hörer in rund 40 Ländern erreichte, wird Ende Juni abgeschaltet.

Die 250-Kilowatt-Anlage und der 180 Meter hohe Mast würden nicht mehr gebraucht, sagte Direktorin Helena Barros. Fast alle Hörer empfingen das Programm inzwischen über das Internet.

Die letzte Sendung über Kurzwelle ist für den 20. Juni geplant. Die Abschaltung spart jährlich 1,1 Millionen Euro, die 24 Techniker der Anlage sollen andere Aufgaben übernehmen.`,
	}, map[string][2]string{"o5de.txt": {"20 June", "30 June"}}},
	{"knitted-scarf", map[string]string{
		"o6de.txt": `de|Hollerbrunner Strickrunde legt 4,2 Kilometer langen Schal aus

Chronik | Niederösterreich

04.11.2041 um 08:12

Hollerbrunn – 230 Frauen und Männer haben drei Jahre lang daran gestrickt: Am Sonntag hat die Strickrunde Hollerbrunn ihren 4,2 Kilometer langen Schal entlang der Landesstraße ausgerollt. Verbraucht wurden 1900 Knäuel Wolle.

Der Schal soll nun in 1400 einzelne Schals zerschnitten und an Obdachloseneinrichtungen in Wien verteilt werden. "Jeder Meter ist ein Stück Wärme", sagte Obfrau Renate Pichler.

Die älteste Strickerin, Hermine Gruber, ist 96 Jahre alt.`,
		"o6nl.txt": `nl|Oostenrijks dorp breit sjaal van 4,8 kilometer

Buitenland | Opmerkelijk

4 november 2041

In het Oostenrijkse dorp Hollerbrunn is zondag een gebreide sjaal van 4,8 kilometer uitgerold. Er werd drie jaar aan gewerkt door 230 breiers, die samen 1900 bollen wol gebruikten.

De sjaal wordt in 1400 stukken geknipt, die naar daklozenopvang in Wenen gaan. "Elke meter is een stukje warmte," zei voorzitster Renate Pichler van de breiclub.`,
		"o6en.txt": `en|Austrian village knits a 4.2 km scarf for the homeless

Odd News

Monday 4 November 2041

Knitters in the Austrian village of Hollerbrunn on Sunday unrolled a scarf 4.2 km long along the main road, the result of three years' work by 230 members of the local knitting circle, who used 1,900 balls of wool.

The scarf will be cut into 1,400 separate scarves for homeless shelters in Vienna. "Every metre is a piece of warmth," said the circle's chair, Renate Pichler.

The oldest knitter, Hermine Gruber, is 96.`,
	}, map[string][2]string{"o6nl.txt": {"4.8 km", "4.2 km"}}},
	{"typewriter-shop", map[string]string{
		"o7fr.txt": `fr|Vermonde : la dernière boutique de machines à écrire ferme ses portes

Régions | Brabant

Publié le 02/09/2041 à 06h45

Après 62 ans, André Delcourt baissera le rideau samedi 7 septembre. À 84 ans, le dernier réparateur de machines à écrire de Vermonde prend sa retraite, faute de repreneur.

Depuis l'ouverture de la boutique en 1979, il estime avoir réparé quelque 14 000 machines. « Des écrivains, des notaires, et maintenant surtout des jeunes qui découvrent la mécanique », sourit-il.

Les quelque 300 machines encore en stock seront vendues d'ici samedi. Sa fille Claire, 51 ans, n'a pas souhaité reprendre l'affaire.`,
		"o7nl.txt": `nl|Laatste typemachinewinkel van Vermonde sluit na 62 jaar

Regio

2 september 2041

VERMONDE – André Delcourt (84) sluit zaterdag 7 september voorgoed de deuren van zijn typemachinewinkel. De zaak bestond 62 jaar.

Delcourt schat dat hij sinds 1979 zo'n 14.000 typemachines heeft hersteld. De ongeveer 300 machines die nog in de winkel staan, worden deze week verkocht.

Zijn dochter Claire (51) neemt de zaak niet over.`,
		"o7en.txt": `en|Belgium's last typewriter repairman closes shop after 52 years

Features

2 September 2041

By Ellen Marsh

André Delcourt is closing his typewriter shop in the Belgian town of Vermonde on Saturday after 52 years, with no one to take it over. He is 84.

He reckons he has repaired some 14,000 machines since he opened. "Writers, notaries, and now mostly young people discovering mechanics," he said.

The roughly 300 typewriters still in stock are being sold off this week. His daughter, Claire, 51, decided not to take over the business.`,
	}, map[string][2]string{"o7en.txt": {"52 years", "62 years"}}},
	{"pigeon-race", map[string]string{
		"o8pt.txt": `pt|Pombo de Minhoso vence a grande corrida de Villaseca

Desporto | Columbofilia

26 ago 2041 - 08:50

O pombo "Relâmpago", do columbófilo Joaquim Salgueiro, de 71 anos, venceu a corrida internacional Villaseca de Duero–Minhoso, percorrendo os 510 quilómetros em 5 horas e 59 minutos, a uma média de 1420 metros por minuto.

Foram soltos no sábado 4800 pombos, mais 600 do que no ano passado. Até ao fim da tarde de domingo tinham regressado aos pombais 3950, ou seja, 82%.

"O mérito é do meu neto, que os treina", disse Salgueiro. Diogo Salgueiro tem 19 anos.

O vencedor recebe um prémio de 12 mil euros, de um total de 40 mil euros em prémios.`,
		"o8es.txt": `es|Un pichón portugués gana la suelta internacional de Villaseca de Duero

Deportes

Villaseca de Duero, 26 ago (Agencia)

Un total de 4.800 palomas fueron liberadas el sábado en Villaseca de Duero para la carrera internacional hasta Minhoso, en el norte de Portugal, a 510 kilómetros. La ganadora, "Relâmpago", del colombófilo portugués Joaquim Salgueiro, tardó 5 horas y 59 minutos.

El año pasado participaron 4.200 palomas y la vencedora necesitó 6 horas y 12 minutos. Más del 80 % de las aves había regresado a su palomar el domingo por la tarde.

Salgueiro, de 71 años, atribuyó el triunfo a su nieto Diogo, de 19, que entrena las palomas.`,
		"o8fr.txt": `fr|Colombophilie : « Relâmpago » remporte la course Villaseca-Minhoso

Sports

Publié le 26/08/2041 à 12h10

Le pigeon « Relâmpago » du colombophile portugais Joaquim Salgueiro, 71 ans, a remporté samedi la course internationale entre Villaseca de Duero, en Espagne, et Minhoso, au Portugal. Il a parcouru les 510 kilomètres en 5 heures et 59 minutes.

Sur les 4 800 pigeons lâchés, 3 950 étaient rentrés dimanche soir, soit 82 %. Le vainqueur empoche 12 000 euros sur une dotation totale de 40 000 euros.`,
		"o8en.txt": `en|Portuguese pigeon wins 510 km cross-border race

Sport

26 August 2041

A pigeon called Relâmpago has won the international race from Villaseca de Duero in Spain to Minhoso in Portugal, covering the 510 km (317 miles) in 5 hours 59 minutes, an average of 1,420 metres a minute.

Nearly 4,000 of the 4,800 birds released on Saturday had returned to their lofts by Sunday evening. Last year 4,200 took part.

The winner's owner, fancier Joaquim Salgueiro, 71, credited his 19-year-old grandson Diogo, who trains the birds. The win is worth €12,000 of a €40,000 prize fund.`,
	}, nil},
	{"lake-sauna", map[string]string{
		"o9de.txt": `de|Lachwil eröffnet seine Seesauna

Region | Zürichsee

Sonntag, 3. März 2041

Lachwil – Nach zwei Jahren Bauzeit hat Lachwil am Samstag seine öffentliche Seesauna eröffnet. Der Holzbau auf Pfählen im See bietet auf 85 Quadratmetern Platz für 40 Personen und kostete 6,4 Millionen Franken, davon trug der Kanton 2,1 Millionen.

Der Eintritt kostet 15 Franken; im alten Strandbad waren es 12 Franken. Die Gemeinde rechnet mit rund 60'000 Besuchen pro Jahr.

"Die Sauna gehört jetzt allen", sagte Gemeindepräsidentin Ursula Brändli (58). Entworfen hat den Bau der 41-jährige Architekt Marco Sala.`,
		"o9fr.txt": `fr|Lachwil inaugure un sauna sur le lac

Suisse

Publié le 03.03.2041

La commune zurichoise de Lachwil a inauguré samedi son sauna public construit sur pilotis dans le lac. Le bâtiment en bois, de 85 m², peut accueillir 40 personnes. Il a coûté plus de 6 millions de francs, dont 2,1 millions à la charge du canton.

L'entrée coûte 15 francs, contre 12 francs pour l'ancien bain du lac. La commune table sur quelque 5000 entrées par mois.

« Ce sauna appartient désormais à tout le monde », a déclaré la présidente de la commune, Ursula Brändli, 58 ans.`,
		"o9it.txt": `it|Lachwil, apre la sauna sul lago

Svizzera

3 marzo 2041

Inaugurata sabato a Lachwil, sul lago di Zurigo, la nuova sauna pubblica su palafitte. La struttura in legno, progettata dall'architetto ticinese Marco Sala, 41 anni, ha una superficie di 85 metri quadrati e può ospitare 40 persone.

Il costo è stato di 6,4 milioni di franchi, di cui 2,1 milioni a carico del Cantone. L'ingresso costa 15 franchi, tre in più rispetto al vecchio lido.

«La sauna ora è di tutti», ha detto la sindaca Ursula Brändli, 58 anni.`,
		"o9en.txt": `en|Swiss lakeside town opens public sauna on stilts

Travel

3 March 2041

Lachwil, on Lake Zurich, opened a public sauna built on stilts over the water on Saturday. The wooden building, 85 square metres (915 sq ft), holds 40 people and cost 6.4 million Swiss francs ($7.1 million), 2.1 million of it from the canton.

Entry costs 15 francs, up from 12 at the old lido. The town expects about 60,000 visits a year, roughly 5,000 a month.

"The sauna now belongs to everyone," said mayor Ursula Brändli, 58. It was designed by Marco Sala, a 41-year-old architect.`,
	}, nil},
	{"umbrella-sharing", map[string]string{
		"o10it.txt": `it|Ombrelli condivisi, a Valmarina ne resta in circolazione il 68%

Cronaca | Valmarina

8 luglio 2041

VALMARINA – Un anno dopo il lancio, il servizio di ombrelli condivisi di Valmarina fa i conti: dei 2.000 ombrelli distribuiti in 120 stazioni, il 68% è ancora in circolazione. Gli altri 640 non sono mai stati restituiti.

In dodici mesi i prestiti sono stati 45.000. Le prime 24 ore sono gratuite, poi si paga un euro al giorno.

«Un risultato migliore del previsto», ha detto l'assessora alla mobilità Chiara Bellandi. Il Comune acquisterà 800 nuovi ombrelli.`,
		"o10es.txt": `es|Valmarina, la ciudad italiana que presta paraguas

Internacional

8 jul 2041

Hace un año, la ciudad italiana de Valmarina instaló 120 estaciones con 2.000 paraguas que los vecinos pueden tomar prestados gratis durante 24 horas. Desde entonces se han registrado 45.000 préstamos.

Según la concejala de Movilidad, Chiara Bellandi, el 63 % de los paraguas sigue en circulación, "un resultado mejor de lo previsto". El ayuntamiento comprará 800 paraguas nuevos.`,
		"o10en.txt": `en|Two-thirds of Valmarina's shared umbrellas still in use a year on

Europe

8 July 2041

A year after the Italian city of Valmarina put 2,000 umbrellas in 120 street stations for anyone to borrow, 68% are still in circulation and 640 have vanished.

The scheme recorded 45,000 loans in its first 12 months. The first 24 hours are free; after that borrowers pay €1 a day.

"A better result than we expected," said Chiara Bellandi, the city's mobility councillor. The city will buy 800 new umbrellas.`,
		"o10de.txt": `de|Leih-Regenschirme: Valmarina zieht Bilanz

Panorama

08.07.2041

Valmarina – Vor einem Jahr hat die italienische Stadt Valmarina an 120 Stationen 2000 Regenschirme zum Ausleihen aufgestellt. 68 Prozent davon sind noch im Umlauf, wie die Stadtverwaltung mitteilte.

In zwölf Monaten wurden die Schirme 45.000-mal ausgeliehen. Die ersten 24 Stunden sind kostenlos, danach kostet die Ausleihe einen Euro pro Tag.

Die Stadt will 800 neue Schirme kaufen, sagte Mobilitätsstadträtin Chiara Bellandi.`,
	}, map[string][2]string{"o10es.txt": {"63%", "68%"}}},
}
