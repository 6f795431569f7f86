package compare

// heldOutVirga are ten events written blind, without reading the
// extraction, matching or comparison code: a tango record in Argentina, a
// silver hoard in the Black Forest, Italy's honey harvest, an escaped red
// panda, a giant pumpkin, a doctorate at 84, a seawater pool reopening, a
// city's tree planting, a balloon crossing of the Pyrenees and a village
// buying its shop, in all seven languages. Seven hold one planted
// contradiction each (a count of people, an amount of money, a percentage,
// a duration, a measure, an age and a weekday); the last three hold none
// but traps: rounding and hedges, totals against parts, rates against
// totals, previous values, percentage points, miles and feet beside
// kilometres and metres, two people's ages, roles by synonym.
//
// First run (1 Dec 2026): 7/7 contradictions flagged, 0 false
// disagreements.
var heldOutVirga = []heldOutEvent{
	{"tango-record", map[string]string{
		"va1es.txt": `es|Villa Arenal bate el récord mundial de la milonga más grande

Sociedad | Curiosidades

Villa Arenal, 8 nov 2043 (Agencia)

Un total de 1.860 bailarines llenaron el sábado la plaza San Martín de Villa Arenal y establecieron un nuevo récord mundial de la milonga más grande, según confirmó el juez del registro internacional de récords.

Las parejas bailaron sin interrupción durante 14 minutos al son de una orquesta típica de doce músicos. El récord anterior, de 1.245 bailarines, se había logrado en Montevideo en 2038.

"Hemos demostrado que el tango es de todos", dijo Lucía Ferreyra, directora de Cultura del municipio, que preparó el intento durante ocho meses.

El juez Tomás Whitcombe explicó que cada participante llevaba un dorsal numerado y que los controles de acceso no detectaron irregularidades.

Más información: Agenda cultural de noviembre`,
		"va1en.txt": `en|Argentine town dances its way into the record books

World | Americas

Published 8 November 2043, 14:20 GMT

VILLA ARENAL, Argentina — Some 1,860 tango dancers packed the main square of Villa Arenal on Saturday to set a new world record for the largest milonga, an adjudicator said.

The couples danced without a break for 14 minutes to a twelve-piece band. The previous record of 1,245 dancers was set in Montevideo in 2038.

"We have shown that tango belongs to everyone," said Lucía Ferreyra, the town's head of culture, who spent eight months preparing the attempt.

Adjudicator Tomás Whitcombe said every dancer wore a numbered bib and that entry checks had found no irregularities.

Related: The tango revival in provincial Argentina`,
		"va1pt.txt": `pt|Cidade argentina bate recorde da maior milonga do mundo

Mundo

08/11/2043 - 11h05

Cerca de 1.360 bailarinos encheram no sábado a praça principal de Villa Arenal, na Argentina, e estabeleceram um novo recorde mundial da maior milonga, segundo o juiz do registo internacional de recordes.

Os pares dançaram sem parar durante 14 minutos ao som de uma orquestra de doze músicos. O recorde anterior, de 1.245 bailarinos, tinha sido alcançado em Montevidéu em 2038.

"Mostrámos que o tango é de todos", afirmou Lucía Ferreyra, diretora de Cultura do município.

Leia também: O regresso do tango às províncias`,
	}, map[string][2]string{"va1pt.txt": {"1,360", "1,860"}}},
	{"coin-hoard", map[string]string{
		"va2de.txt": `de|Hobby-Sondengänger findet Silberschatz bei Oberkirnach

Panorama | Baden-Württemberg

16.04.2043, 12:40 Uhr

Ein Hobby-Sondengänger hat auf einem Acker bei Oberkirnach im Schwarzwald rund 2300 Silbermünzen aus dem 14. Jahrhundert entdeckt. Das Landesamt für Denkmalpflege stellte den Fund am Donnerstag in Stuttgart vor.

Der Wert der Münzen wird auf etwa 340.000 Euro geschätzt. Sie lagen in einem Tonkrug rund 40 Zentimeter unter der Oberfläche.

"So einen Fund erlebt man einmal im Berufsleben", sagte Landesarchäologin Katrin Vollmer. Der Finder, der 41-jährige Jonas Brenner, hatte das Amt im März sofort informiert.

Die Münzen sollen restauriert und ab Herbst öffentlich gezeigt werden.`,
		"va2de2.txt": `de|Schatzfund im Schwarzwald: 2300 Münzen im Tonkrug

Südwest

Stuttgart, 16. April 2043 (dpa)

Auf einem Feld bei Oberkirnach ist ein Schatz aus rund 2300 mittelalterlichen Silbermünzen gefunden worden. Ein 41 Jahre alter Sondengänger stieß im März auf den Tonkrug, wie das Landesamt für Denkmalpflege am Donnerstag mitteilte.

Die Münzen stammen aus dem 14. Jahrhundert, ihr Wert wird auf rund 340.000 Euro geschätzt. Der Krug lag etwa 40 Zentimeter tief im Boden.

Landesarchäologin Katrin Vollmer sprach von einem "Fund, den man einmal im Berufsleben erlebt".

Mehr zum Thema: Archäologie im Südwesten`,
		"va2nl.txt": `nl|Amateur met metaaldetector vindt zilverschat in Zwarte Woud

Buitenland

16 april 2043, 15:10

Een amateurzoeker met een metaaldetector heeft in het Zwarte Woud een pot met zo'n 2300 zilveren munten uit de veertiende eeuw gevonden. De Duitse monumentendienst presenteerde de vondst donderdag in Stuttgart.

De munten lagen in een aarden kruik, ongeveer 40 centimeter onder de grond, op een akker bij Oberkirnach.

De waarde van de schat wordt geschat op zo'n 430.000 euro. "Zo'n vondst maak je één keer in je loopbaan mee", zei archeologe Katrin Vollmer.

De 41-jarige vinder, Jonas Brenner, meldde de vondst in maart meteen bij de autoriteiten.`,
	}, map[string][2]string{"va2nl.txt": {"€430,000", "€340,000"}}},
	{"honey-harvest", map[string]string{
		"va3it.txt": `it|Miele, raccolto in calo del 38% per la primavera fredda

Economia | Agricoltura

Roma, 26 agosto 2043

La produzione italiana di miele è calata quest'anno del 38% a causa di una primavera fredda e piovosa, secondo le stime presentate mercoledì dall'associazione nazionale degli apicoltori. Il raccolto dovrebbe fermarsi a circa 14.500 tonnellate.

Il miele di acacia è quasi scomparso nel Nord. "Le api non sono potute uscire per settimane", ha spiegato la presidente dell'associazione, Giulia Ranieri.

In Italia si contano circa 60.000 apicoltori. L'associazione chiede al governo un fondo di emergenza di 25 milioni di euro.

Leggi anche: Gelate tardive, danni ai frutteti`,
		"va3fr.txt": `fr|Italie : la récolte de miel chute de 28 % après un printemps glacial

Économie | Agriculture

Publié le 26/08/2043 à 16h45

La production de miel en Italie a reculé de 28 % cette année en raison d'un printemps froid et pluvieux, selon les estimations publiées mercredi par l'association nationale des apiculteurs. La récolte devrait atteindre environ 14 500 tonnes.

Le miel d'acacia a presque disparu dans le nord du pays. « Les abeilles n'ont pas pu sortir pendant des semaines », a expliqué la présidente de l'association, Giulia Ranieri.

L'Italie compte environ 60 000 apiculteurs. L'association réclame au gouvernement un fonds d'urgence de 25 millions d'euros.`,
		"va3en.txt": `en|Italian honey harvest slumps 38% after cold spring

Business | Commodities

ROME, Aug 26, 2043 (Wire) - Italy's honey output will fall 38% this year after a cold, wet spring kept bees in their hives, the national beekeepers' association said on Wednesday, forecasting a harvest of about 14,500 tonnes.

Acacia honey, a speciality of the north, has almost disappeared, association president Giulia Ranieri said. "The bees could not fly for weeks," she said.

Italy has some 60,000 beekeepers. The association is asking the government for a 25 million euro emergency fund.

Reporting by Wire staff; Editing by the business desk`,
	}, map[string][2]string{"va3fr.txt": {"28%", "38%"}}},
	{"red-panda", map[string]string{
		"va4nl.txt": `nl|Ontsnapte rode panda Mochi na negen dagen terecht

Binnenland | Dieren

22 september 2043, 18:30

VENNEWIJK - De rode panda Mochi, die ruim een week geleden uit Dierenpark Hoogveld in Vennewijk ontsnapte, is dinsdag teruggevonden. Het drie jaar oude vrouwtje zat in een appelboom in een achtertuin, zo'n 2 kilometer van het park.

Mochi was negen dagen spoorloos. Ze wist op zondag 13 september via een overhangende tak over het hek van haar verblijf te klimmen.

"Ze is wat afgevallen, maar verder in goede conditie", zei verzorger Sanne de Wit. Het dier weegt nu 4,2 kilo.

Het park heeft de tak inmiddels weggezaagd.`,
		"va4nl2.txt": `nl|Rode panda zat negen dagen in Vennewijkse tuinen

Regio

Vennewijk, 22-09-2043

Een bewoner van de Lindelaan in Vennewijk trof dinsdagochtend de rode panda Mochi aan in een appelboom in zijn tuin. Het dier was negen dagen eerder ontsnapt uit Dierenpark Hoogveld, op zo'n 2 kilometer afstand.

Dierverzorgers haalden de driejarige panda met een net uit de boom. Volgens verzorger Sanne de Wit is Mochi wat afgevallen, maar gezond.

Lees ook: Zo houd je wilde dieren uit je tuin`,
		"va4de.txt": `de|Entlaufener Roter Panda in den Niederlanden wieder aufgetaucht

Panorama

22.09.2043

Nach tagelanger Suche ist im niederländischen Vennewijk ein aus dem Tierpark Hoogveld entlaufener Roter Panda wieder aufgetaucht. Ein Anwohner entdeckte das drei Jahre alte Weibchen am Dienstag in einem Apfelbaum in seinem Garten, etwa zwei Kilometer vom Park entfernt.

Die Pandadame Mochi war sechs Tage lang verschwunden. Sie war über einen überhängenden Ast aus ihrem Gehege geklettert.

"Sie hat etwas abgenommen, ist aber wohlauf", sagte Tierpflegerin Sanne de Wit.`,
	}, map[string][2]string{"va4de.txt": {"6 days", "9 days"}}},
	{"giant-pumpkin", map[string]string{
		"va5en.txt": `en|Italian grower's 1,214kg pumpkin sets European record

Offbeat

Published 4 October 2043

VALDELOBOS, Spain — An Italian farmer has grown the heaviest pumpkin ever weighed in Europe, a 1,214-kilogram giant that won the European Giant Pumpkin Championship in the Spanish town of Valdelobos on Saturday.

Matteo Solari, 52, from Castelverde near Cremona, beat 46 growers from nine countries. The previous European record of 1,096 kg was set by a Belgian grower in 2041.

"I watered it with 600 litres a day in July," Solari said. He takes home a prize of €5,000.

The pumpkin will stay on show in the town square until November.`,
		"va5it.txt": `it|Zucca gigante, record europeo per un coltivatore cremonese

Cronaca | Cremona

4 ottobre 2043

Una zucca coltivata a Castelverde, nel Cremonese, ha vinto sabato il campionato europeo delle zucche giganti a Valdelobos, in Spagna, stabilendo il nuovo record continentale.

A portarla in Spagna su un camion è stato Matteo Solari, 52 anni, agricoltore di Castelverde. La sua zucca pesava 1.174 chilogrammi e ha battuto quelle di 46 coltivatori di nove Paesi.

Il precedente record europeo, 1.096 chilogrammi, apparteneva dal 2041 a un coltivatore belga. Solari riceve un premio di 5.000 euro.`,
		"va5es.txt": `es|Una calabaza de 1.214 kilos bate el récord europeo en Valdelobos

Sociedad

Valdelobos, 3 oct 2043 (Agencia)

Una calabaza gigante de 1.214 kilos, cultivada por el italiano Matteo Solari, ganó este sábado el campeonato europeo de calabazas gigantes celebrado en Valdelobos y batió el récord continental.

Solari, de 52 años, se impuso a 46 cultivadores de nueve países. El anterior récord europeo, de 1.096 kilos, lo tenía desde 2041 un cultivador belga.

"En julio la regaba con 600 litros al día", contó el agricultor, que recibe un premio de 5.000 euros.`,
		"va5pt.txt": `pt|Abóbora de 1214 quilos bate recorde europeu em Espanha

Insólito

03 outubro 2043 | 19:40

Um agricultor italiano venceu no sábado o campeonato europeu de abóboras gigantes, em Valdelobos, Espanha, com um exemplar de 1214 quilos, novo recorde da Europa.

Matteo Solari, de 52 anos, superou 46 concorrentes de nove países e recebe um prémio de 5000 euros.

O anterior recorde europeu, de 1096 quilos, pertencia desde 2041 a um produtor belga.`,
	}, map[string][2]string{"va5it.txt": {"1,174 kg", "1,214 kg"}}},
	{"late-doctorate", map[string]string{
		"va6fr.txt": `fr|À 84 ans, Odette Marchal devient docteure en histoire

Société | Éducation

Publié le 3 juillet 2043 à 08h15

LANCENAY – Odette Marchal, 84 ans, a soutenu jeudi sa thèse de doctorat en histoire à l'université de Lancenay, devenant la plus âgée des docteurs formés par l'établissement.

Ancienne institutrice, elle a consacré neuf ans à ses recherches sur les sauniers de la côte atlantique au XIXe siècle. Sa thèse compte 412 pages.

« Je voulais prouver qu'il n'est jamais trop tard », a-t-elle confié après la délibération. Le jury, composé de cinq membres, lui a décerné les félicitations.

Lire aussi : Les seniors de plus en plus nombreux à l'université`,
		"va6en.txt": `en|Former teacher, 86, earns doctorate in France

Education

3 July 2043

An 86-year-old former schoolteacher has become the oldest person to earn a doctorate at the University of Lancenay in western France after defending her history thesis on Thursday.

Odette Marchal spent nine years researching the salt workers of the Atlantic coast in the 19th century. Her thesis runs to 412 pages.

"I wanted to prove that it is never too late," she said after the five-member panel awarded her its highest distinction.`,
		"va6nl.txt": `nl|Gepensioneerde juf (84) promoveert in Frankrijk

Buitenland

3 juli 2043, 10:02

Op 84-jarige leeftijd is de Française Odette Marchal donderdag gepromoveerd in de geschiedenis aan de universiteit van Lancenay. Ze is daarmee de oudste promovenda in de geschiedenis van de universiteit.

De voormalige onderwijzeres werkte negen jaar aan haar proefschrift van 412 pagina's over de zoutwerkers aan de Atlantische kust in de negentiende eeuw.

"Ik wilde laten zien dat het nooit te laat is", zei Marchal.`,
	}, map[string][2]string{"va6en.txt": {"86 years", "84 years"}}},
	{"sea-pool", map[string]string{
		"va7pt.txt": `pt|Piscina oceânica da Almagra reabre após obras de 3,2 milhões

Região | Algarve

21 jun 2043 - 09:30

A piscina oceânica da Praia da Almagra, construída em 1936 sobre as rochas, reabriu ao público depois de dois anos de obras de recuperação que custaram 3,2 milhões de euros.

A reabertura aconteceu no sábado, com cerca de 1100 banhistas no primeiro dia. A piscina, com 50 metros de comprimento, enche-se de água do mar a cada maré alta.

"Devolvemos à vila um símbolo", disse a presidente da câmara, Helena Cordeiro.`,
		"va7es.txt": `es|Reabre en el Algarve una piscina de agua de mar de 1936

Viajes

Lisboa, 21 jun 2043 (Agencia)

La piscina oceánica de Praia da Almagra, en el Algarve portugués, construida en 1936 sobre las rocas, ha reabierto tras dos años de obras de restauración que costaron 3,2 millones de euros.

La piscina, de 50 metros de largo, se llena con agua de mar en cada marea alta. Unos 1.100 bañistas acudieron el domingo, día de la reapertura.

"Devolvemos al pueblo un símbolo", afirmó la alcaldesa, Helena Cordeiro.`,
		"va7it.txt": `it|Algarve, riapre la piscina di acqua di mare del 1936

Viaggi

21 giugno 2043

Ha riaperto sabato la piscina oceanica di Praia da Almagra, in Algarve, costruita nel 1936 sugli scogli. Il restauro è durato due anni ed è costato 3,2 milioni di euro.

Lunga 50 metri, la vasca si riempie d'acqua di mare a ogni alta marea. Nel primo giorno sono arrivati circa 1.100 bagnanti.

"Restituiamo al paese un simbolo", ha detto la sindaca Helena Cordeiro.`,
	}, map[string][2]string{"va7es.txt": {"Sunday", "Saturday"}}},
	{"city-trees", map[string]string{
		"va8de.txt": `de|Kellerhausen will bis 2048 zwölftausend Bäume pflanzen

Lokales | Umwelt

05.02.2043, 17:05 Uhr

KELLERHAUSEN. Die Stadt Kellerhausen will bis 2048 rund 12.000 neue Bäume pflanzen. Das beschloss der Gemeinderat am Donnerstag mit 31 zu 8 Stimmen. Das Programm kostet 17,8 Millionen Euro, davon trägt der Bund 7,5 Millionen Euro.

Pro Jahr sollen etwa 2400 Bäume gesetzt werden. Der Anteil der von Baumkronen beschatteten Stadtfläche soll so von 14 auf 20 Prozent steigen.

"Jeder Baum senkt im Sommer die Temperatur in seiner Straße", sagte Oberbürgermeisterin Petra Lindqvist. Beim letzten Programm 2031 waren 4000 Bäume gepflanzt worden.

Kommentar: Endlich mehr Schatten`,
		"va8en.txt": `en|German city to plant 12,000 trees to cool its streets

Environment

Published 5 February 2043

The German city of Kellerhausen will plant 12,000 trees by 2048 in a programme costing about €18 million, after its council approved the plan on Thursday by 31 votes to 8.

The federal government will pay €7.5 million, leaving the city to find the remaining €10.3 million. About 2,400 trees will go into the ground each year.

Tree canopy cover is to rise by six percentage points to 20%, said Mayor Petra Lindqvist. "Every tree lowers the temperature of its street in summer," she said.

The city planted 4,000 trees under a previous scheme in 2031.`,
		"va8fr.txt": `fr|Allemagne : Kellerhausen va planter 12 000 arbres

Planète

05/02/2043

Le conseil municipal de Kellerhausen, en Allemagne, a approuvé jeudi, par 31 voix contre 8, un programme de plantation de 12 000 arbres d'ici à 2048, pour un coût de près de 18 millions d'euros, dont 7,5 millions à la charge de l'État fédéral.

La maire, Petra Lindqvist, veut faire passer la part de la ville ombragée par les arbres de 14 % à 20 %. Quelque 2 400 arbres seront plantés chaque année.

« Chaque arbre fait baisser la température de sa rue en été », a-t-elle souligné.`,
	}, nil},
	{"balloon-crossing", map[string]string{
		"va9es.txt": `es|Dos aerosteros cruzan los Pirineos en globo en 11 horas

Aragón

Huesca, 17 may 2043 (Agencia)

La aerostera oscense Irene Salcedo, de 34 años, y el francés Bastien Roux, de 29, cruzaron el sábado los Pirineos en globo de gas, con un vuelo de 11 horas entre Valdeorz y la localidad francesa de Saint-Lizier-des-Monts.

El globo recorrió 310 kilómetros y alcanzó una altitud máxima de 6.100 metros, donde la temperatura bajó a 28 grados bajo cero. Salcedo, piloto de la expedición, ya había intentado la travesía en 2040, pero tuvo que aterrizar tras 90 kilómetros por el viento.

"Arriba solo se oía el hielo crujir en la cesta", relató Roux, que actuó como navegante.`,
		"va9fr.txt": `fr|Les Pyrénées franchies en ballon à gaz en onze heures

Occitanie | Insolite

Publié le 17/05/2043 à 11h20

SAINT-LIZIER-DES-MONTS – Un ballon à gaz parti d'Espagne s'est posé samedi soir dans un champ de Saint-Lizier-des-Monts, après avoir franchi les Pyrénées en onze heures de vol.

À bord, la commandante de bord espagnole Irene Salcedo, 34 ans, et son navigateur, le Toulousain Bastien Roux, 29 ans. Ils ont parcouru 310 km et sont montés jusqu'à 6 100 mètres d'altitude, par -28 °C.

Irene Salcedo avait déjà tenté la traversée en 2040, mais le vent l'avait contrainte à se poser au bout de 90 km.

« Là-haut, on n'entendait que la glace craquer dans la nacelle », raconte Bastien Roux.`,
		"va9en.txt": `en|Balloonists cross the Pyrenees in 11-hour flight

Adventure

17 May 2043

A Spanish pilot and her French navigator crossed the Pyrenees by gas balloon on Saturday, flying 193 miles (310 km) in 11 hours from Valdeorz in Spain to a field near Saint-Lizier-des-Monts in France.

Irene Salcedo, 34, and Bastien Roux, 29, climbed to 20,000 feet, where the temperature fell to minus 28C.

Salcedo had tried the crossing in 2040 but was forced down after 56 miles by strong winds.

"Up there all you could hear was the ice cracking in the basket," Roux said.`,
	}, nil},
	{"village-shop", map[string]string{
		"va10it.txt": `it|Valdoria, il paese si compra il suo negozio

Alto Adige | Cronaca

Bolzano, 29 agosto 2043

Gli abitanti di Valdoria, in Val Venosta, hanno salvato l'unico negozio di alimentari del paese: 312 dei 480 residenti, il 65%, hanno sottoscritto quote da 50 euro ciascuna della nuova cooperativa, raccogliendo 15.600 euro.

Con un contributo della Provincia di 40.000 euro, la cooperativa ha rilevato il negozio, che riaprirà martedì 1° settembre.

Il titolare Alois Pichler, 71 anni, lo ha gestito per 38 anni insieme alla moglie Maria, 68. "Un paese senza negozio non è un paese", ha detto la presidente della cooperativa, Verena Gamper.`,
		"va10de.txt": `de|Waldauer kaufen ihren Dorfladen

Südtirol

29.08.2043

Der einzige Lebensmittelladen von Waldau/Valdoria im Vinschgau bleibt offen: 312 der 480 Einwohner haben Anteile zu je 50 Euro an der neuen Genossenschaft gezeichnet. Zusammen mit einem Zuschuss des Landes von 40.000 Euro kommen so 55.600 Euro zusammen.

Der Laden öffnet am Dienstag, dem 1. September, wieder. Der bisherige Inhaber Alois Pichler (71) hatte ihn 38 Jahre lang mit seiner Frau Maria (68) geführt.

"Ein Dorf ohne Laden ist kein Dorf", sagte Genossenschaftsobfrau Verena Gamper.`,
		"va10en.txt": `en|Alpine villagers club together to save their only shop

Europe

29 August 2043

Residents of Valdoria, a village of 480 people in Italy's South Tyrol, have bought their only grocery shop after almost two-thirds of them - 312 in all - paid €50 each for a share in a new cooperative.

With a €40,000 grant from the provincial government, the cooperative raised €55,600 in all. The shop reopens on Tuesday, 1 September.

Its owner, Alois Pichler, 71, ran it for 38 years with his wife Maria, 68. "A village without a shop is not a village," said Verena Gamper, who chairs the cooperative.`,
	}, nil},
}
