package compare

// heldOutSpindrift is a blind set written to provoke false disagreements:
// nine events on everyday topics, dated 2041, in en, fr, de, es, it, pt
// and nl. Six hold no contradiction but are dense with traps (figures of
// one kind for different things, previous values, parts and totals,
// quotes, hedges and rounding, several ages, weekdays of different
// happenings, titles in translation, earlier and later years, unit
// conversions, counts of the same people for different happenings);
// three hold one planted contradiction each (one in the only Dutch report,
// one deep in a report's last paragraph). Written and frozen before its
// first run, which flagged 0 of the 3 contradictions (the Dutch report's
// 3,100 pigeons against 2,400, a French report's 10 March against 3 March
// in its last line, an English 14 m deep sinkhole against 9 m) and 1
// false disagreement (the library book's 63 years out on loan against
// the borrower's age at death, 84).
//
// Fixed after, so the set is held out no longer: the age someone died at
// ("morto nel 2039 a 84 anni") is an age, not a duration. Now 0/3, 0
// false.
//
// Fixed again, later: a length says what it measures by the word beside
// it, which finds the sinkhole's 14 m against 9 m.
var heldOutSpindrift = []heldOutEvent{
	{"clock-tower", map[string]string{
		"n1en.txt": `en|Valmoreau's town hall clock ticks again after 67 years

Europe | Heritage

Published 9 September 2041

The clock on the town hall of Valmoreau, in south-west France, started ticking again on Saturday for the first time since it stopped in 1974, after a restoration that took two clockmakers almost three years.

The mechanism, built in 1788 and last overhauled in 1911, drives a pendulum weighing 312 kg and strikes a bell of about 1.4 tonnes. The restoration cost €186,000, of which the regional council paid €60,000 and a public appeal raised €41,000.

"Every one of the 214 parts had to come out, be cleaned and go back in the same order," said Lucien Abadie, 71, who led the work with his apprentice, Inès Marty, 24. He estimated they had spent about 9,000 hours on it.

Mayor Sophie Laborde, 52, said the bell would strike the hours again from Sunday, when a ceremony is planned on the square. The town of 3,800 inhabitants had a clock that was right "twice a day" for two generations, she joked.

Read more: France's forgotten clockmakers`,
		"n1fr.txt": `fr|Valmoreau : l'horloge de la mairie repart après 67 ans de silence

Régions | Patrimoine

Publié le 09/09/2041 à 11h20

Arrêtée depuis 1974, l'horloge de l'hôtel de ville de Valmoreau s'est remise en marche samedi, au terme de près de trois ans de restauration.

Le mécanisme, fabriqué en 1788 et révisé pour la dernière fois en 1911, entraîne un balancier de 312 kilos et une cloche d'environ 1,4 tonne. Coût de l'opération : 186 000 euros, dont 60 000 euros versés par la région et 41 000 euros issus d'une souscription publique.

« Il a fallu démonter, nettoyer et remonter les 214 pièces dans le même ordre », raconte l'horloger Lucien Abadie, 71 ans, qui a mené le chantier avec son apprentie Inès Marty, 24 ans. Environ 9 000 heures de travail, selon lui.

La cloche sonnera de nouveau les heures à partir de dimanche, jour d'une cérémonie sur la place, a annoncé la maire Sophie Laborde, 52 ans. « Pendant deux générations, notre horloge n'a donné l'heure juste que deux fois par jour », sourit-elle. La commune compte 3 800 habitants.`,
		"n1de.txt": `de|Französische Rathausuhr läuft nach 67 Jahren wieder

Panorama

09.09.2041

Im südwestfranzösischen Valmoreau tickt die Rathausuhr wieder: Am Samstag wurde das Uhrwerk aus dem Jahr 1788 nach knapp dreijähriger Restaurierung erstmals seit 1974 wieder in Gang gesetzt. Zuletzt war es 1911 überholt worden.

Das Werk treibt ein 312 Kilogramm schweres Pendel an; die Glocke wiegt rund 1,4 Tonnen. Die Arbeiten kosteten 186.000 Euro, davon übernahm die Region 60.000 Euro.

„Alle 214 Teile mussten ausgebaut, gereinigt und in derselben Reihenfolge wieder eingebaut werden", sagte Uhrmacher Lucien Abadie (71), der mit seiner 24-jährigen Auszubildenden Inès Marty rund 9000 Stunden daran arbeitete.

Ab Sonntag soll die Glocke wieder die Stunden schlagen. Dann ist auf dem Platz eine Feier geplant, kündigte Bürgermeisterin Sophie Laborde an.`,
		"n1it.txt": `it|Francia, l'orologio del municipio di Valmoreau torna a funzionare dopo 67 anni

Esteri | Curiosità

9 settembre 2041

Fermo dal 1974, l'orologio del municipio di Valmoreau, nel sud-ovest della Francia, ha ripreso a funzionare sabato dopo quasi tre anni di restauro. Il meccanismo risale al 1788 ed era stato revisionato l'ultima volta nel 1911.

Il pendolo pesa 312 chili, la campana circa 1,4 tonnellate. Il restauro è costato 186 mila euro: 60 mila li ha messi la regione, 41 mila sono arrivati da una raccolta pubblica.

"Abbiamo smontato, pulito e rimontato tutti i 214 pezzi nello stesso ordine", ha spiegato l'orologiaio Lucien Abadie, 71 anni, che ha lavorato con l'apprendista Inès Marty, 24 anni, per circa 9.000 ore.

Da domenica, giorno della cerimonia in piazza, la campana tornerà a battere le ore, ha detto la sindaca Sophie Laborde, 52 anni.`,
	}, nil},
	{"pigeon-race", map[string]string{
		"n2en.txt": `en|Hundreds of racing pigeons missing after storm over the Pyrenees

Europe

Published 22 June 2041

More than 1,700 racing pigeons are still missing after a storm crossed the route of an international race from central Spain to Belgium, organisers said on Tuesday.

Some 2,400 birds were released at Tarancón, south-east of Madrid, at dawn on Saturday for the 1,080 km race to Wevelgem. Only 310 had reached their lofts by Sunday evening, against 1,650 on the first day of last year's race.

The winner, a three-year-old hen owned by Jozef Vandamme, 67, flew at an average 1,412 metres per minute and earns her owner a prize of €12,000.

"I have been racing for 50 years and I have never seen anything like it," Vandamme said. The organisers said they would review the start time of next year's race.`,
		"n2fr.txt": `fr|Colombophilie : plus de 1 700 pigeons voyageurs portés disparus

Insolite

22 juin 2041

Quelque 2 400 pigeons avaient été lâchés samedi à l'aube à Tarancón, en Espagne, pour rallier Wevelgem, en Belgique, à 1 080 km de là. Mais un orage sur les Pyrénées a dispersé les oiseaux : mardi, plus de 1 700 manquaient encore à l'appel, selon les organisateurs.

Dimanche soir, 310 pigeons seulement avaient regagné leur colombier, contre 1 650 le premier jour de la course l'an dernier.

La gagnante, une femelle de 3 ans appartenant à Jozef Vandamme, 67 ans, a volé à une moyenne de 1 412 mètres par minute. Son propriétaire empoche 12 000 euros.`,
		"n2de.txt": `de|Unwetter: Über 1700 Brieftauben vermisst

Vermischtes

22.06.2041

Nach einem Unwetter über den Pyrenäen werden bei einem internationalen Brieftaubenrennen von Spanien nach Belgien noch mehr als 1700 Tauben vermisst. Rund 2400 Tiere waren am Samstagmorgen im spanischen Tarancón aufgelassen worden; das Ziel Wevelgem liegt 1080 Kilometer entfernt.

Bis Sonntagabend kamen nur 310 Tauben an, im Vorjahr waren es am ersten Tag 1650 gewesen. Siegerin wurde eine dreijährige Täubin des 67-jährigen Züchters Jozef Vandamme, die im Schnitt 1412 Meter pro Minute flog. Das Preisgeld beträgt 12.000 Euro.`,
		"n2nl.txt": `nl|Ruim 1.700 duiven vermist na noodweer boven de Pyreneeën

Binnenland

22 juni 2041, 14:02

Van de ruim 3.100 duiven die zaterdag bij zonsopgang in het Spaanse Tarancón werden gelost, zijn er dinsdag nog altijd meer dan 1.700 niet thuis. Een onweersfront boven de Pyreneeën joeg de vogels uiteen, melden de organisatoren.

Tegen zondagavond waren er slechts 310 duiven in hun hok in België, tegen 1.650 op de eerste dag van vorig jaar. De vlucht naar Wevelgem is 1.080 kilometer lang.

De winnende duivin, drie jaar oud, is van de 67-jarige Jozef Vandamme uit Roeselare. Ze vloog gemiddeld 1.412 meter per minuut; Vandamme strijkt 12.000 euro op. "Ik speel al vijftig jaar met duiven, maar zoiets heb ik nog nooit meegemaakt", zegt hij.`,
	}, map[string][2]string{"n2nl.txt": {"3,100", "2,400"}}},
	{"mushroom-course", map[string]string{
		"n3de.txt": `de|Pilzkurs endet mit Vergiftungen: Elf Teilnehmer erkrankt

Region

14.10.2041

Nach einem Pilzsammelkurs im Schwarzwalddorf Oberkirnach sind elf Menschen mit Vergiftungserscheinungen behandelt worden, darunter zwei der vier Kursleiter. Drei von ihnen lagen am Dienstag noch im Krankenhaus, teilte das Landratsamt mit.

An dem Kurs am Sonntag hatten 26 Teilnehmer und vier Leiter teilgenommen. Am Abend wurde gemeinsam eine Pilzpfanne zubereitet. Vermutlich sei ein Grüner Knollenblätterpilz unter die Ausbeute geraten, sagte eine Sprecherin.

Die jüngste Erkrankte ist 19 Jahre alt, der älteste 74. Der Kursleiter Harald Sieber (58), der den Kurs seit 2029 anbietet, zeigte sich erschüttert: „In zwölf Jahren ist so etwas nie passiert."`,
		"n3fr.txt": `fr|Allemagne : onze intoxiqués après un stage de cueillette de champignons

International

14 octobre 2041

Onze personnes, dont deux des quatre encadrants, ont été intoxiquées après un stage de cueillette de champignons organisé dimanche dans le village d'Oberkirnach, en Forêt-Noire. Trois d'entre elles étaient toujours hospitalisées mardi, selon les autorités du district.

Le stage réunissait 26 participants et quatre guides. Les champignons ramassés avaient été cuisinés le soir même ; une amanite phalloïde s'y serait glissée.

Les malades ont entre 19 et 74 ans. « En douze ans, cela ne m'était jamais arrivé », a confié Harald Sieber, 58 ans, qui anime ces stages depuis 2029.`,
		"n3es.txt": `es|Once intoxicados tras un curso de recolección de setas en Alemania

Sociedad

14 de octubre de 2041

Once personas, entre ellas dos de los cuatro monitores, sufrieron una intoxicación tras un curso de recolección de setas celebrado el domingo en Oberkirnach, en la Selva Negra. Tres seguían ingresadas el martes.

En el curso participaron 26 alumnos y cuatro monitores, que cocinaron por la noche lo recolectado. Las autoridades sospechan de una oronja verde.

El afectado de más edad tiene 74 años y la más joven, 19. El organizador, Harald Sieber, de 58 años, imparte estos cursos desde 2029.`,
		"n3en.txt": `en|Eleven ill after German mushroom-picking course

World | Europe

Published 14 October 2041

Eleven people, including two of the course's four guides, were treated for poisoning after a mushroom-foraging course in the Black Forest village of Oberkirnach on Sunday, district officials said. Three remained in hospital on Tuesday.

The course drew 26 participants. A death cap is thought to have found its way into the pan when the group cooked its finds that evening.

Those taken ill are aged between 19 and 74. "In twelve years this has never happened," said organiser Harald Sieber, 58.`,
	}, nil},
	{"chess-simul", map[string]string{
		"n4es.txt": `es|Una gran maestra de 16 años bate el récord de partidas simultáneas

Deportes | Ajedrez

3 de marzo de 2041

La gran maestra Lucía Arrieta, de 16 años, jugó el sábado 214 partidas simultáneas en la plaza mayor de Villaseca y batió el récord nacional, que desde 2036 estaba en 180 tableros.

Arrieta ganó 187 partidas, hizo 21 tablas y perdió 6 en una sesión que se prolongó 19 horas y durante la cual recorrió, según los organizadores, unos 42 kilómetros entre las mesas.

Su rival de más edad, Tomás Gil, tiene 91 años; el más joven, Marcos Ibáñez, apenas 7. "He perdido contra una chica que podría ser mi bisnieta", bromeó Gil.`,
		"n4pt.txt": `pt|Grande mestre espanhola de 16 anos bate recorde de simultâneas

Desporto

3 mar 2041

A grande mestre espanhola Lucía Arrieta, de 16 anos, disputou no sábado 214 partidas em simultâneo em Villaseca, batendo o recorde espanhol de 180 tabuleiros, que vinha de 2036.

Venceu 187 partidas, empatou 21 e perdeu seis, numa sessão de 19 horas em que terá percorrido cerca de 42 quilómetros entre as mesas.

O adversário mais velho tinha 91 anos e o mais novo sete.`,
		"n4it.txt": `it|Scacchi, la sedicenne Arrieta gioca 214 partite in contemporanea

Sport

3 marzo 2041

La grande maestra spagnola Lucía Arrieta, 16 anni, ha giocato sabato 214 partite in simultanea a Villaseca, superando il record nazionale di 180 scacchiere stabilito nel 2036.

Bilancio: 187 vittorie, 21 patte e sei sconfitte in 19 ore di gioco. Tra gli avversari, un novantunenne, Tomás Gil, e un bambino di 7 anni.`,
		"n4en.txt": `en|Teenage grandmaster plays 214 games at once to set Spanish record

Sport | Chess

Published 3 March 2041

Spanish grandmaster Lucía Arrieta, 16, played 214 opponents simultaneously in the main square of Villaseca on Saturday, breaking the national record of 180 boards set in 2036.

She won 187 games, drew 21 and lost six over 19 hours, walking an estimated 26 miles between the tables.

Her oldest opponent, Tomás Gil, was 91; the youngest, Marcos Ibáñez, was seven. "I lost to a girl who could be my great-granddaughter," Gil said.`,
	}, nil},
	{"bread-price", map[string]string{
		"n5fr.txt": `fr|Herbeumont : le pain plus cher chez 31 boulangers

Régions | Province de Luxembourg

Publié le 18 février 2041

Les boulangers de la région d'Herbeumont vont augmenter le prix du pain. Sur les 46 boulangeries de l'arrondissement, 31 ont signé l'accord proposé par leur fédération, qui fait passer le pain blanc de 800 grammes de 2,40 euros à 2,70 euros, soit une hausse de 12,5 %.

La farine a augmenté de 38 % en un an, et l'électricité des fours de 21 %, justifie la fédération. La dernière hausse concertée remontait à 2038.

« Nous ne le faisons pas de gaîté de cœur », assure le président de la fédération, Marc Dethier, 61 ans, boulanger depuis 1998.

Les quinze boulangeries qui n'ont pas signé restent libres de fixer leurs prix. Le nouveau tarif s'appliquera à partir du lundi 10 mars.`,
		"n5nl.txt": `nl|Brood in Herbeumont 30 cent duurder

Regio

18 februari 2041

In de streek rond het Waalse Herbeumont gaat het brood duurder worden. 31 van de 46 bakkerijen in het arrondissement ondertekenden een akkoord van hun federatie: een wit brood van 800 gram kost voortaan 2,70 euro in plaats van 2,40 euro, een stijging met 12,5 procent.

Volgens de federatie is bloem op een jaar tijd 38 procent duurder geworden. De vorige gezamenlijke prijsstijging dateert van 2038.

De nieuwe prijs geldt vanaf maandag 3 maart, zegt voorzitter Marc Dethier (61).`,
		"n5de.txt": `de|Belgien: Brot in Herbeumont wird teurer

Ostbelgien

18.02.2041

In der Gegend um Herbeumont wird das Brot teurer: 31 der 46 Bäckereien haben eine Vereinbarung ihres Verbands unterzeichnet. Ein 800-Gramm-Weißbrot kostet künftig 2,70 Euro statt bisher 2,40 Euro.

Mehl sei binnen eines Jahres um 38 Prozent teurer geworden, Strom für die Öfen um 21 Prozent, so Verbandspräsident Marc Dethier (61). Die letzte gemeinsame Preiserhöhung gab es 2038.

Der neue Preis gilt ab Montag, dem 3. März.`,
		"n5en.txt": `en|Belgian bakers raise price of bread by 30 cents

Europe | Business

Published 18 February 2041

Bakers around the Belgian town of Herbeumont will raise the price of a white loaf from €2.40 to €2.70 from Monday 3 March, after 31 of the district's 46 bakeries signed an agreement drawn up by their federation.

The federation said flour had risen by 38% in a year and the electricity for ovens by 21%. The last joint price rise was in 2038.

"We are not doing this lightly," said federation president Marc Dethier, 61, who has been a baker since 1998.`,
	}, map[string][2]string{"n5fr.txt": {"10 March", "3 March"}}},
	{"alpacas", map[string]string{
		"n6it.txt": `it|Fuga di alpaca in Val Trebbia, ne mancano ancora quattro

Cronaca | Piacenza

17 maggio 2041

Ventitré alpaca sono fuggiti martedì notte da un allevamento di Cerignale, in Val Trebbia, dopo che un albero caduto per il vento aveva abbattuto la recinzione. Diciannove sono stati ripresi entro giovedì; quattro mancano ancora all'appello.

L'allevamento, aperto nel 2032 da Chiara Podestà, 44 anni, conta 140 animali. Alcuni alpaca sono stati avvistati fino a 12 chilometri di distanza.

"Li ho trovati nel mio orto alle sei del mattino", racconta un vicino, Ernesto Bergonzi, 80 anni. "Ne ho contati sette." Podestà offre 500 euro a chi aiuterà a ritrovare gli ultimi quattro.`,
		"n6es.txt": `es|Una veintena de alpacas se escapan de una granja italiana

Internacional | Curiosidades

17 de mayo de 2041

Veintitrés alpacas escaparon la noche del martes de una granja de Cerignale, en el norte de Italia, después de que un árbol derribado por el viento rompiera la valla. Hasta el jueves se habían recuperado 19; cuatro siguen en paradero desconocido.

La granja, fundada en 2032 por Chiara Podestà, de 44 años, tiene 140 animales. Algunas alpacas fueron vistas a 12 kilómetros.

Un vecino de 80 años, Ernesto Bergonzi, encontró siete en su huerto. La propietaria ofrece una recompensa de 500 euros.`,
		"n6pt.txt": `pt|Alpacas em fuga em Itália: quatro continuam desaparecidas

Mundo

17 mai 2041

Vinte e três alpacas fugiram na noite de terça-feira de uma quinta em Cerignale, no norte de Itália, depois de uma árvore derrubada pelo vento ter deitado abaixo a vedação. Dezanove foram recuperadas até quinta-feira; quatro continuam em parte incerta.

A quinta, aberta em 2032 por Chiara Podestà, de 44 anos, tem 140 animais.`,
		"n6nl.txt": `nl|Drieëntwintig alpaca's ontsnapt in Noord-Italië

Buitenland

17 mei 2041

In het Noord-Italiaanse Cerignale zijn dinsdagnacht 23 alpaca's ontsnapt uit een fokkerij nadat een omgewaaide boom het hek had geraakt. Tot donderdag werden er negentien teruggevonden, vier lopen nog vrij rond, sommige tot 12 kilometer verderop.

Eigenares Chiara Podestà (44), die de fokkerij in 2032 begon en 140 dieren heeft, looft 500 euro uit voor wie helpt de laatste vier te vinden. Een 80-jarige buurman trof er zeven aan in zijn moestuin.`,
	}, nil},
	{"cemetery-sinkhole", map[string]string{
		"n7es.txt": `es|Un socavón de nueve metros se abre en el cementerio de Albarrosa

España | Aragón

Publicado el 7 de noviembre de 2041

Un socavón de 9 metros de profundidad y unos seis de diámetro se abrió el jueves por la mañana en el cementerio municipal de Albarrosa (Teruel). Doce tumbas resultaron dañadas y el recinto, inaugurado en 1887, permanecerá cerrado al menos dos semanas.

Según el geólogo municipal, Andrés Lacasa, una capa de yeso disuelta por las lluvias de octubre está detrás del hundimiento. El pueblo ya sufrió un socavón en 2033, en la carretera de acceso, que costó 240.000 euros reparar.

El alcalde, Jesús Monreal, cifró en unos 30 los nichos que habrá que trasladar por precaución.`,
		"n7pt.txt": `pt|Cratera de nove metros abre-se em cemitério espanhol

Mundo

7 nov 2041

Uma cratera com nove metros de profundidade e cerca de seis de diâmetro abriu-se na quinta-feira de manhã no cemitério de Albarrosa, na província espanhola de Teruel. Doze campas ficaram danificadas.

O cemitério, inaugurado em 1887, vai estar fechado pelo menos duas semanas. Em 2033, a vila já tinha tido um abatimento na estrada de acesso.`,
		"n7en.txt": `en|Sinkhole swallows graves in Spanish village cemetery

World | Europe

Published 7 November 2041

A sinkhole 14 metres deep and about 6 metres wide opened in the cemetery of the Spanish village of Albarrosa, in the province of Teruel, on Thursday morning, damaging 12 graves.

The municipal geologist, Andrés Lacasa, blamed a layer of gypsum dissolved by October's heavy rain. The cemetery, opened in 1887, will stay closed for at least two weeks, and about 30 niches will be moved as a precaution, the mayor said.

The village had a sinkhole on its access road in 2033, which cost €240,000 to repair.`,
		"n7fr.txt": `fr|Espagne : un gouffre s'ouvre dans un cimetière

International

7 novembre 2041

Un gouffre de neuf mètres de profondeur et d'environ six mètres de diamètre s'est ouvert jeudi matin dans le cimetière d'Albarrosa, dans la province de Teruel, endommageant douze tombes. Le cimetière, ouvert en 1887, restera fermé au moins deux semaines.

Le maire, Jesús Monreal, prévoit de déplacer une trentaine de niches par précaution.`,
	}, map[string][2]string{"n7en.txt": {"14 m", "9 m"}}},
	{"library-book", map[string]string{
		"n8nl.txt": `nl|Bibliotheekboek na 63 jaar teruggebracht

Regio | Zeeland

12 april 2041

De bibliotheek van Kerkhove heeft na 63 jaar een uitgeleend boek teruggekregen. Een 58-jarige man bracht dinsdag een exemplaar van 'De ontdekking van de hemel' terug dat zijn vader in 1978 had geleend.

De vader overleed in 2039 op 84-jarige leeftijd; het boek werd gevonden bij het opruimen van zijn zolder. Het verscheen in 1952.

Bij de toenmalige boete van 10 cent per dag zou de man ruim 2.300 euro moeten betalen, heeft de bibliotheek uitgerekend, maar die boete wordt kwijtgescholden. "We zijn vooral blij dat het boek thuis is", zegt directeur Annelies Verhulst. De bibliotheek bestaat sinds 1903.`,
		"n8de.txt": `de|Niederlande: Bibliotheksbuch nach 63 Jahren zurückgegeben

Kultur

12.04.2041

Eine Bibliothek im niederländischen Kerkhove hat ein Buch zurückbekommen, das vor 63 Jahren ausgeliehen worden war. Ein 58-Jähriger brachte am Dienstag „Die Entdeckung des Himmels" zurück, das sein Vater 1978 entliehen hatte. Der Vater war 2039 im Alter von 84 Jahren gestorben.

Nach der damaligen Säumnisgebühr von zehn Cent pro Tag wären mehr als 2300 Euro fällig, die Bibliothek verzichtet jedoch darauf. Sie wurde 1903 gegründet.`,
		"n8en.txt": `en|Dutch library gets book back 63 years late

World | Odd news

Published 12 April 2041

A library in the Dutch town of Kerkhove has received a book back 63 years after it was borrowed. A 58-year-old man returned a copy of "The Discovery of Heaven", a 1952 novel, on Tuesday; his father had borrowed it in 1978 and died in 2039, aged 84.

At the old fine of 10 cents a day the late fee would come to more than €2,300, the library said, but it has waived it. "We are just happy the book is home," said director Annelies Verhulst. The library was founded in 1903.`,
		"n8it.txt": `it|Olanda, restituito un libro della biblioteca dopo 63 anni

Cultura

12 aprile 2041

Un uomo di 58 anni ha riportato martedì alla biblioteca di Kerkhove, nei Paesi Bassi, un libro preso in prestito dal padre nel 1978: "La scoperta del cielo", pubblicato nel 1952. Il padre è morto nel 2039 a 84 anni.

La multa, a 10 centesimi al giorno, supererebbe i 2.300 euro, ma la biblioteca, fondata nel 1903, vi ha rinunciato.`,
	}, nil},
	{"accordion-contest", map[string]string{
		"n9pt.txt": `pt|Acordeonista de 19 anos vence campeonato internacional em Arcozelo

Cultura | Música

Publicado a 28 set 2041

A portuguesa Beatriz Soares, de 19 anos, venceu no sábado o Campeonato Internacional de Acordeão de Arcozelo, batendo na final o italiano Davide Gallo, de 23. Competiram 84 acordeonistas de 14 países, mais 12 do que na edição de 2039.

As eliminatórias decorreram na quinta-feira e a entrega de prémios realiza-se no domingo. A vencedora recebe 5000 euros e um acordeão avaliado em 9000 euros.

"Ela tocou como se tivesse 50 anos de palco", disse o presidente do júri, Armando Cruz, 66 anos. O campeonato, criado em 1996, realiza-se de dois em dois anos.`,
		"n9it.txt": `it|Fisarmonica, l'italiano Gallo secondo al campionato di Arcozelo

Spettacoli

28 settembre 2041

Davide Gallo, 23 anni, di Castelfidardo, si è piazzato secondo sabato al Campionato internazionale di fisarmonica di Arcozelo, in Portogallo, battuto in finale dalla portoghese Beatriz Soares, 19 anni.

In gara 84 fisarmonicisti di 14 paesi. Le eliminatorie si sono svolte giovedì, la premiazione è prevista domenica. Alla vincitrice 5.000 euro e uno strumento da 9.000 euro.`,
		"n9fr.txt": `fr|Accordéon : une Portugaise de 19 ans sacrée à Arcozelo

Culture

28 septembre 2041

Beatriz Soares, 19 ans, a remporté samedi le Championnat international d'accordéon d'Arcozelo, au Portugal, devant l'Italien Davide Gallo, 23 ans. Les 84 concurrents venaient de 14 pays.

Après les éliminatoires de jeudi, la remise des prix aura lieu dimanche. La lauréate empoche 5 000 euros et un accordéon d'une valeur de 9 000 euros. Le concours, créé en 1996, est biennal ; le président du jury, Armando Cruz, a 66 ans.`,
		"n9es.txt": `es|Una portuguesa de 19 años gana el campeonato de acordeón de Arcozelo

Cultura

28 de septiembre de 2041

Beatriz Soares, de 19 años, ganó el sábado el Campeonato Internacional de Acordeón de Arcozelo (Portugal) frente al italiano Davide Gallo, de 23. Participaron 84 acordeonistas de 14 países, doce más que en 2039.

Las eliminatorias fueron el jueves y la entrega de premios será el domingo. La ganadora recibe 5.000 euros y un acordeón valorado en 9.000.`,
	}, nil},
}
