package compare

// heldOutCierzo is a blind held-out set of ten events of mixed national
// and regional news, written without reading the extraction or the
// matching: a referendum rejecting a Dutch town's bypass (nl, nl, en, fr),
// a stolen ambulance chased along the A61 (fr, fr, en, nl), a water tariff
// rise in a Portuguese town (pt, pt, en, fr), an okapi calf born in a
// Belgian animal park (nl, nl, fr, en), a record price for an 1852 stamp
// with a double print (en, en, nl, fr), a firefighters' pay deal in a
// Walloon emergency zone (fr, fr, nl, en), 27 people stuck on a broken-down
// Ferris wheel (pt, pt, en, fr), 23 stolen cars found in containers in the
// port of Antwerp (nl, nl, fr, en), a European épée title (fr, fr, nl, en)
// and a fine for felling protected cork oaks (pt, pt, en).
//
// Six contradictions are planted, one each, all outside the first
// paragraph and all in a report whose language is the minority of its
// event: the turnout of the referendum (41% against 47%, French, third
// paragraph), the length of the chase (35 km against 53 km, English,
// second paragraph), the stamp's hammer price (221.000 against 212,000
// euros, Dutch, third paragraph), the weekday the pay deal was signed
// (dinsdag against Thursday, Dutch, second paragraph), the age of the
// woman taken to hospital from the wheel (87 against 84, English, third
// paragraph) and the number of stolen cars (32 against 23, French, second
// paragraph, its first paragraph saying only "plusieurs dizaines").
//
// The other four events hold none, and all ten hold traps: shares of a
// vote rounded (56.3% and "ruim 56 procent", a turnout of "bijna 47
// procent"), votes for and against beside the eligible voters and a
// 30% threshold, a part and the rest of a cost (21 and 17 of 38 million)
// and a dollar conversion, speeds "up to 170" and "more than 160", a
// chase of 40 minutes beside an ambulance out of service two days, two
// suspects' ages (19 and 17; 34, 41 and 52), a price per cubic metre and
// its previous value, a monthly and a yearly rise, 2,100 families beside
// €2.10, an earlier rise of 3.1% in 2023, a night "zondagnacht" against
// "early on Monday", a calf hidden "six to eight weeks" against "about
// two months", a calf of 16.8 kg and "almost 17 kg", two parents' ages, a
// hammer price against the total with a 20% premium, an estimate range,
// a find in 1971 and "almost 60 years ago", a raise of 4.5% in parts of
// 2.5% and 2%, a night bonus up from €38 to €52, a cost of 3.9 million
// and "around €4 million", eleven weeks of action beside eleven
// municipalities, a stop at 19:20 and "shortly after 19:00", "nearly three
// hours" stuck against a rescue of "about two and a half hours", a
// woman's and her great-granddaughter's ages, scores 15-11, 15-14 and
// 15-9, bronze "a year ago" and "in 2028", 1,140 trees against "more than
// 1,100", nearly 300 dead trees, a 20-working-day appeal period and a
// replanting in two years.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions
// and 1 false disagreement, within the table's limit of one. It missed
// the chase's 35 km against 53 km: the English "over 35 km" was put in
// the row of the 53 km but not flagged, as if "over" were "more than"
// (the text meant "across a distance of", a reading it does allow). It
// missed the stamp's 221.000 euros against €212,000: the Dutch hammer
// price was put in the row of the €254,400 paid with the premium, not in
// the hammer price's, and not flagged there. Its false disagreement was
// the Ferris wheel's "trapped" duration, "nearly three hours" in three
// reports against "cerca de duas horas e meia" in the second Portuguese,
// which is the length of the rescue operation, not of the time stuck.
// The turnout, the weekday, the woman's age and the count of cars were
// flagged.
var heldOutCierzo = []heldOutEvent{
	{"bypass-referendum-hardenveld", map[string]string{
		"c1nl.txt": `nl|Hardenveld stemt tegen oostelijke rondweg: 56,3 procent zegt nee

Nieuws | Hardenveld | Verkeer

Maandag 15 oktober 2029, 07:45

HARDENVELD - De inwoners van Hardenveld hebben zondag in een referendum de geplande oostelijke rondweg afgewezen. Van de geldige stemmen was 56,3 procent tegen en 43,7 procent voor, maakte de gemeente zondagavond laat bekend.

In totaal stemden 6.214 inwoners tegen en 4.823 voor. De opkomst lag op 47 procent van de ruim 23.500 kiesgerechtigden, ruim boven de drempel van 30 procent die nodig was om de uitslag geldig te laten zijn.

De rondweg van 3,2 kilometer moest het centrum ontlasten, waar dagelijks zo'n 14.000 voertuigen doorheen rijden, waaronder 1.100 vrachtwagens. De kosten werden geraamd op 38 miljoen euro, waarvan de provincie Gelderland 21 miljoen zou betalen.

"De kiezer heeft gesproken en wij leggen ons daarbij neer," zei burgemeester Annelies Kroeze. Verkeerswethouder Bart Scheepstra (44) noemde de uitslag "een teleurstelling voor iedereen die aan de Dorpsstraat woont".

Wim Teuben (67) van actiegroep Groen Hart Hardenveld sprak van "een overwinning voor het Wolderbos", waar de weg dwars doorheen zou lopen. Bij het vorige referendum in de gemeente, in 2016 over een nieuw gemeentehuis, kwam 38 procent van de kiezers op.

Lees ook: Provincie wil geld voor rondweg elders inzetten`,
		"c1nl2.txt": `nl|Meerderheid Hardenveld wil geen rondweg

Regio

14-10-2029 23:58

Een meerderheid van de inwoners van Hardenveld wil geen oostelijke rondweg om het dorp. In het referendum van vandaag stemde ruim 56 procent tegen het plan van de gemeente.

De opkomst was bijna 47 procent. Daarmee is de uitslag geldig: daarvoor moest minstens 30 procent van de kiezers naar de stembus komen.

Het college wilde de weg van ruim drie kilometer in 2027 gaan aanleggen; hij had in 2030 klaar moeten zijn. Het project zou 38 miljoen euro kosten. De gemeente zou daarvan 17 miljoen betalen, de rest kwam van de provincie.

Burgemeester Kroeze zegt dat de gemeenteraad de uitslag zal respecteren, hoewel het referendum formeel alleen raadgevend is. De tegenstanders, verenigd in Groen Hart Hardenveld, vreesden vooral voor het Wolderbos.`,
		"c1en.txt": `en|Dutch town rejects bypass in referendum

HARDENVELD, Netherlands, Oct 14 (Wire) - Voters in the Dutch town of Hardenveld rejected plans for a 3.2 km (2-mile) bypass on Sunday, with about 56% voting against in a referendum that local officials said they would respect.

Turnout was 47%, well above the 30% needed for the vote to count, the municipality said. Some 6,200 people voted against the road and 4,800 in favour.

The 38 million euro ($41 million) road was meant to take traffic, including about 1,100 trucks a day, out of the town centre. Opponents said it would cut through the Wolderbos, a protected woodland.

"The voters have spoken," Mayor Annelies Kroeze said. The province of Gelderland had pledged 21 million euros toward the project.

(Reporting by Wire staff; Editing by Desk)`,
		"c1fr.txt": `fr|Pays-Bas : la commune de Hardenveld dit non à son contournement routier

Europe

Publié le 15/10/2029 à 10h12

Les habitants de Hardenveld, une commune de la province de Gueldre, dans l'est des Pays-Bas, ont rejeté dimanche par référendum le projet de route de contournement qui devait soulager leur centre, traversé chaque jour par quelque 14 000 véhicules.

Le « non » l'a emporté avec 56,3 % des suffrages exprimés, contre 43,7 % pour le « oui ». Le projet, long de 3,2 kilomètres, était estimé à 38 millions d'euros.

La participation s'est établie à 41 %, au-dessus du seuil de 30 % requis pour que le scrutin soit valable. Le référendum n'est que consultatif, mais la bourgmestre, Annelies Kroeze, a promis d'en respecter le résultat.

Les opposants redoutaient la destruction d'une partie du Wolderbos, un bois protégé. « C'est une victoire pour la nature », s'est réjoui Wim Teuben, 67 ans, porte-parole du collectif Groen Hart Hardenveld.`,
	}, map[string][2]string{"c1fr.txt": {"41%", "47%"}}},
	{"stolen-ambulance-chase", map[string]string{
		"c2fr.txt": `fr|Castelmaure : une ambulance volée devant les urgences, course-poursuite jusqu'à l'A61

Aude | Faits divers

Publié le 21/03/2029 à 06h30 | Mis à jour à 11h05

Une ambulance du centre hospitalier de Castelmaure a été volée mardi soir, vers 23 h 40, devant l'entrée des urgences, alors que l'équipage accompagnait un patient à l'intérieur. Le moteur tournait et les clés étaient sur le contact.

Repérée par une patrouille de gendarmerie à la sortie de la ville, l'ambulance a pris la fuite, gyrophares allumés, en direction de l'autoroute A61. La course-poursuite a duré une quarantaine de minutes sur 53 kilomètres, à des vitesses atteignant 170 km/h, avant que le véhicule ne soit stoppé par une herse au péage de Villesèque.

Deux jeunes hommes de 19 et 17 ans ont été interpellés. Le conducteur, âgé de 19 ans, déjà connu des services de police, a été placé en garde à vue. Il sera jugé le 14 juin devant le tribunal correctionnel de Carcassonne. Le mineur a été présenté à un juge des enfants.

Deux véhicules de la gendarmerie ont été endommagés, mais personne n'a été blessé. « Pendant ce temps, c'est une ambulance de moins pour les patients », déplore Sylvie Marchetti, directrice de l'hôpital. L'ambulance, un véhicule équipé d'une valeur d'environ 140 000 euros, restera immobilisée près de deux jours pour les constatations.

À lire aussi : Urgences de Castelmaure, la fermeture de nuit évitée de justesse`,
		"c2fr2.txt": `fr|Une ambulance volée à Castelmaure, deux jeunes interpellés sur l'A61

Mercredi 21 mars 2029 à 8:14 - Par la rédaction

Deux jeunes de 17 et 19 ans ont été interpellés dans la nuit de mardi à mercredi après avoir volé une ambulance devant les urgences de l'hôpital de Castelmaure (Aude).

Les gendarmes ont pris en chasse le véhicule, qui roulait parfois à plus de 160 km/h, sur une cinquantaine de kilomètres. Il a finalement été arrêté grâce à une herse au péage de Villesèque, sur l'A61, vers 0 h 20.

Aucun blessé n'est à déplorer. Le conducteur comparaîtra en juin devant le tribunal de Carcassonne.`,
		"c2en.txt": `en|Teenagers steal ambulance outside A&E and lead gendarmes on motorway chase

France | News

Updated March 21, 2029

Two teenagers have been arrested after stealing an ambulance outside the emergency department of a hospital in the Aude and leading gendarmes on a high-speed chase along the A61 motorway.

The ambulance was taken at around 11.40pm on Tuesday from outside Castelmaure hospital while its crew were taking a patient inside, with the engine still running. Gendarmes chased it for about 40 minutes over 35 km, at speeds of up to 170 km/h (105 mph), before it was stopped with a stinger at the Villesèque toll booth.

The driver, 19, and his passenger, 17, were arrested. Nobody was hurt, although two gendarmerie cars were damaged.

Hospital director Sylvie Marchetti said the vehicle, worth around €140,000 with its equipment, would be out of service for almost two days.

The driver is due to stand trial in Carcassonne on June 14.`,
		"c2nl.txt": `nl|Tieners stelen ambulance in Frankrijk en rijden met 170 km/u over snelweg

Buitenland

21 maart 2029, 12:31

In het Zuid-Franse Castelmaure hebben twee tieners dinsdagavond een ambulance gestolen die met draaiende motor voor de spoedeisende hulp stond. De bemanning bracht op dat moment een patiënt naar binnen.

De gendarmerie achtervolgde de ambulance 53 kilometer over de A61, met snelheden tot 170 kilometer per uur. Bij een tolpoort werd de wagen met een spijkermat tot stilstand gebracht.

De bestuurder (19) en zijn passagier (17) zijn opgepakt. Er raakte niemand gewond.`,
	}, map[string][2]string{"c2en.txt": {"35 km", "53 km"}}},
	{"water-tariff-castro-alvar", map[string]string{
		"c3pt.txt": `pt|Água fica 6,8% mais cara em Castro Alvar a partir de janeiro

Região | Sociedade

29 de novembro de 2029, 09h40

A tarifa da água em Castro Alvar vai subir 6,8% a partir de 1 de janeiro, decidiu ontem a assembleia municipal, com os votos contra da oposição. É o primeiro aumento desde 2023, quando as tarifas subiram 3,1%.

O preço do metro cúbico no primeiro escalão passa de 1,42 euros para 1,52 euros. Para uma família típica, que consome 10 metros cúbicos por mês, a fatura mensal (incluindo saneamento e resíduos) sobe de 30,90 para 33,00 euros, ou seja, mais 2,10 euros por mês, cerca de 25 euros por ano.

Segundo o presidente do conselho de administração da Águas de Castro Alvar, Rui Valadares, o aumento é necessário para financiar um plano de investimentos de 25 milhões de euros em cinco anos, que prevê a substituição de 60 quilómetros de condutas. "Perdemos 31% da água que captamos em fugas", afirmou.

Cerca de 2.100 famílias abrangidas pela tarifa social ficam isentas do aumento. A empresa tem cerca de 48.300 clientes.

A vereadora da oposição Marta Pinheiro considerou o aumento "excessivo numa altura em que as famílias já estão apertadas".`,
		"c3pt2.txt": `pt|Castro Alvar aprova aumento de 6,8% no preço da água

Castro Alvar, 28 nov 2029 (Agência) - A assembleia municipal de Castro Alvar aprovou hoje um aumento de 6,8% na tarifa da água, que entra em vigor em 1 de janeiro e vai custar mais 2,10 euros por mês a uma família média.

A proposta foi aprovada com 19 votos a favor e 12 contra.

O presidente da empresa municipal Águas de Castro Alvar, Rui Valadares, justificou a subida com a necessidade de investir 25 milhões de euros nos próximos cinco anos na rede, onde se perdem 31% da água.

As cerca de 2100 famílias com tarifa social não serão afetadas. O último aumento, de 3,1%, ocorreu em 2023.`,
		"c3en.txt": `en|Water bills to rise by almost 7% in Castro Alvar

Local news

November 29, 2029

Households in Castro Alvar will pay more for their water from January 1 after the municipal assembly approved a 6.8% tariff increase on Wednesday evening.

The price per cubic metre in the first tier goes up from €1.42 to €1.52. A typical family using 10 cubic metres a month will see its bill rise by €2.10 a month, or roughly €25 a year, according to the municipal water company.

Company chairman Rui Valadares said the money would fund a €25 million, five-year investment plan to replace 60 km of pipes, with almost a third of the water (31%) lost to leaks.

Around 2,100 families on the social tariff will be exempt. The last increase, of 3.1%, was in 2023.`,
		"c3fr.txt": `fr|Portugal : le prix de l'eau augmente de 6,8 % à Castro Alvar

Lusophonie | Société

Le 30/11/2029

L'assemblée municipale de Castro Alvar, au Portugal, a approuvé une hausse de 6,8 % du tarif de l'eau, applicable au 1er janvier. Le mètre cube passe de 1,42 € à 1,52 € dans la première tranche.

Pour une famille type consommant 10 m³ par mois, la facture mensuelle passera de 30,90 € à 33 €, soit 2,10 € de plus. Environ 2 100 familles bénéficiant du tarif social ne seront pas concernées.

Selon le président de la régie municipale Águas de Castro Alvar, Rui Valadares, cette hausse doit financer 25 millions d'euros de travaux sur cinq ans, notamment le remplacement de 60 km de canalisations. Le réseau perd 31 % de l'eau captée.

La dernière hausse remontait à 2023 (+3,1 %).`,
	}, nil},
	{"okapi-calf-hoeverveld", map[string]string{
		"c4nl.txt": `nl|Okapi Kiama bevalt van dochtertje in Dierenpark Hoeverveld

Regio Mechelen

09/05/2029 om 14:02

In Dierenpark Hoeverveld is in de nacht van zondag op maandag een okapi geboren. Het is een meisje, dat bij de eerste weging 16,8 kilogram woog. Het is de eerste okapigeboorte in het park in twaalf jaar.

Moeder Kiama (9) kwam in 2024 uit een Franse dierentuin naar Hoeverveld. Vader Bolo is 14 jaar oud. De draagtijd van een okapi bedraagt ongeveer vijftien maanden.

"Moeder en jong stellen het uitstekend. Het kalfje drinkt goed en stapt al flink rond in de stal," zegt conservator Els Vandamme.

Bezoekers zullen geduld moeten hebben: okapikalveren blijven de eerste zes tot acht weken verborgen in een soort nest. Het jong zal wellicht pas vanaf eind juni te zien zijn.

De okapi komt alleen voor in de regenwouden van de Democratische Republiek Congo. Naar schatting leven er in het wild nog 10.000 tot 25.000. In Europese dierentuinen verblijven er een honderdtal, in het kader van een Europees kweekprogramma.

Het publiek mag via de website van het park een naam kiezen uit drie voorstellen.`,
		"c4nl2.txt": `nl|Zeldzame okapi geboren in Hoeverveld

wo 9 mei 2029 11:20

In Dierenpark Hoeverveld is zondagnacht een okapi geboren. Het vrouwtje is het tweede jong van moeder Kiama, maar het eerste dat in Hoeverveld ter wereld komt.

Het kalfje woog bij de geboorte bijna 17 kilo. "Na een draagtijd van zo'n 15 maanden is dat een heel gezond gewicht", zegt conservator Els Vandamme.

Okapi's zijn familie van de giraf en worden als bedreigd beschouwd. Het is twaalf jaar geleden dat er in het park nog een okapi werd geboren.`,
		"c4fr.txt": `fr|Un bébé okapi est né au parc animalier de Hoeverveld

Régions | Anvers

Publié le mercredi 09 mai 2029 à 16h45

Un petit okapi femelle est né dans la nuit de dimanche à lundi au Dierenpark Hoeverveld, près de Malines. Il s'agit de la première naissance d'okapi dans le parc depuis douze ans.

Le petit pesait 16,8 kg à la naissance. Sa mère, Kiama, est âgée de 9 ans, et le père, Bolo, de 14 ans. La gestation a duré environ quinze mois.

« La mère et le petit se portent très bien », assure la conservatrice du parc, Els Vandamme. Le jeune okapi restera caché pendant six à huit semaines, comme le veut son instinct, et ne devrait pas être visible par le public avant la fin du mois de juin.

Espèce menacée, l'okapi ne vit à l'état sauvage qu'en République démocratique du Congo, où l'on en compterait entre 10 000 et 25 000. Une centaine d'individus vivent dans des zoos européens.`,
		"c4en.txt": `en|Rare okapi calf born at Belgian animal park

Flanders

Wednesday, 09 May 2029

A female okapi calf was born early on Monday at Dierenpark Hoeverveld near Mechelen, the first okapi birth at the park in 12 years.

The calf weighed almost 17 kg when she was born after a pregnancy of about 15 months. Her mother, Kiama, is nine and her father, Bolo, fourteen.

Okapis, which are related to giraffes, are found in the wild only in the Democratic Republic of Congo, where between 10,000 and 25,000 are thought to remain. Around 100 live in European zoos.

The calf will stay hidden in her stable for about two months, so visitors are unlikely to see her before the end of June, curator Els Vandamme said. The public can help choose her name on the park's website.`,
	}, nil},
	{"stamp-double-print-auction", map[string]string{
		"c5en.txt": `en|Dutch stamp error fetches record €212,000 at Hague auction

THE HAGUE, June 8 (Wire) - A Dutch stamp from 1852 with a printing error sold for a hammer price of €212,000 at an auction in The Hague on Friday, a record for a single Dutch stamp, the auction house said.

The orange 15-cent stamp, from the first series issued in the Netherlands, shows a double impression of King William III's portrait. Only three copies are known to exist.

It had been estimated at €60,000 to €80,000. With the buyer's premium of 20%, the buyer will pay €254,400. Bidding took 11 minutes.

The buyer, a Swiss collector who bid by telephone, was not named. The previous record for a Dutch stamp, set in 2011, was €168,000.

The stamp was consigned by the grandchildren of a pharmacist from Zwolle who found it in an album in 1971, said Maarten van Dort, director of auction house Van Dort & Zonen.`,
		"c5en2.txt": `en|Record for Netherlands: 1852 15c double print sells for €254,400

Auctions | Europe

By our auctions correspondent

Posted 9 June 2029

Van Dort & Zonen's June sale in The Hague saw a new record for a single Netherlands stamp on Friday, when the famous 15 cent double print from the 1852 first issue was knocked down for €212,000 – €254,400 including the 20% buyer's premium.

Just three examples of the error are recorded, one of them in the national postal museum. This copy, ex-collection of a Zwolle pharmacist, had not been offered since he found it in an album almost 60 years ago.

The pre-sale estimate was €60,000-€80,000. Telephone bidding went on for 11 minutes before a Swiss collector prevailed.

The previous record, €168,000, was set in 2011 by a block of four of the 1852 10 cent.

Related: Prices for classic Europe remain strong`,
		"c5nl.txt": `nl|Zeldzame postzegel met dubbeldruk brengt recordbedrag op

Binnenland | Cultuur

8 juni 2029, 19:12

DEN HAAG - Een oranje postzegel van 15 cent uit de eerste Nederlandse emissie van 1852 is vrijdag in Den Haag geveild voor een recordbedrag. Nooit eerder werd zoveel betaald voor één Nederlandse postzegel.

De zegel heeft een zogeheten dubbeldruk: het portret van koning Willem III is twee keer afgedrukt. Er zijn maar drie exemplaren van bekend.

De hamer viel bij 221.000 euro, ruim het dubbele van de hoogste schatting van 80.000 euro. Met het opgeld van 20 procent erbij betaalt de koper, een Zwitserse verzamelaar die telefonisch bood, 254.400 euro.

"Na elf minuten bieden was de spanning in de zaal om te snijden," zei directeur Maarten van Dort van veilinghuis Van Dort & Zonen. De zegel werd in 1971 door een apotheker uit Zwolle in een oud album gevonden. Zijn kleinkinderen lieten hem veilen.

Het vorige record stond sinds 2011 op 168.000 euro.`,
		"c5fr.txt": `fr|Un timbre néerlandais de 1852 adjugé 212 000 euros, un record

Culture | Insolite

Publié le 09/06/2029

Un timbre néerlandais de 15 cents datant de 1852 et présentant une double impression du portrait du roi Guillaume III a été adjugé vendredi 212 000 euros lors d'une vente aux enchères à La Haye, un record pour un timbre des Pays-Bas.

Estimé entre 60 000 et 80 000 euros, il a été acquis par un collectionneur suisse au téléphone, après onze minutes d'enchères. Avec les frais, l'acheteur devra débourser 254 400 euros.

Seuls trois exemplaires de cette erreur d'impression sont connus. Celui-ci avait été découvert en 1971 dans un album par un pharmacien de Zwolle, dont les petits-enfants l'ont mis en vente.

Le précédent record, 168 000 euros, datait de 2011.`,
	}, map[string][2]string{"c5nl.txt": {"€221,000", "€212,000"}}},
	{"firefighters-pay-deal-meuse-condroz", map[string]string{
		"c6fr.txt": `fr|Pompiers de Meuse-Condroz : un accord signé, fin des actions

Namur | Société

Vendredi 8 juin 2029 à 06h00

Après onze semaines d'actions, les syndicats et la zone de secours Meuse-Condroz ont signé jeudi un protocole d'accord. Les pompiers avaient cessé d'effectuer les tâches administratives et les missions non urgentes depuis la fin du mois de mars.

L'accord prévoit une augmentation salariale de 4,5 % en deux temps : 2,5 % au 1er juillet et 2 % au 1er janvier 2030. La prime pour les gardes de nuit passe de 38 à 52 euros. La zone s'engage également à recruter 60 pompiers professionnels d'ici 2031.

« C'est un bon accord, qui reconnaît enfin la pénibilité du métier », estime Marc Lhoest, délégué CGSP. Le coût, 3,9 millions d'euros par an, sera supporté par les onze communes de la zone.

La zone compte 740 pompiers, dont 310 professionnels et 430 volontaires. « Nous manquions cruellement de bras la nuit », reconnaît le commandant de zone, le colonel Luc Dethier.`,
		"c6fr2.txt": `fr|Accord salarial chez les pompiers de la zone Meuse-Condroz

Belga

Publié le jeudi 07 juin 2029 à 18h31

Les pompiers de la zone de secours Meuse-Condroz obtiendront une hausse de salaire de 4,5 %, selon un accord signé jeudi après-midi entre les syndicats et la présidente du conseil de zone, Nathalie Gobert.

Le texte prévoit aussi une meilleure prime de nuit, portée à 52 euros, et l'engagement de 60 professionnels supplémentaires. Le préavis de grève déposé pour le 15 juin est levé.

« Nous avons trouvé un équilibre entre les attentes du personnel et les finances des communes », a déclaré Mme Gobert.`,
		"c6nl.txt": `nl|Brandweerzone Meuse-Condroz sluit loonakkoord

Binnenland

8 juni 2029

De brandweerlui van de Waalse hulpverleningszone Meuse-Condroz krijgen 4,5 procent meer loon. Daarmee komt een einde aan elf weken acties.

Vakbonden en het zonebestuur ondertekenden het akkoord dinsdag. De loonsverhoging gaat in twee stappen in: 2,5 procent op 1 juli en 2 procent op 1 januari 2030. De nachtpremie stijgt van 38 naar 52 euro.

Verder worden tegen 2031 zestig beroepsbrandweerlui aangeworven. De zone telt nu 310 beroepskrachten en 430 vrijwilligers. De maatregelen kosten 3,9 miljoen euro per jaar.`,
		"c6en.txt": `en|Wallonia firefighters end 11-week protest after 4.5% pay deal

Belgium

Friday, 08 June 2029

Firefighters in the Meuse-Condroz emergency zone in Wallonia have called off their protest action after unions and the zone's management signed a pay agreement on Thursday.

The deal gives the zone's 740 firefighters a pay rise in two stages – 2.5% in July and a further 2% next January. The bonus for night shifts will rise from €38 to €52, and 60 more professional firefighters are to be hired by 2031.

The agreement will cost around €4 million a year, to be paid by the zone's 11 municipalities.

A strike planned for 15 June has been called off, zone chair Nathalie Gobert said.`,
	}, map[string][2]string{"c6nl.txt": {"Tuesday", "Thursday"}}},
	{"ferris-wheel-stuck", map[string]string{
		"c7pt.txt": `pt|Roda gigante avaria e deixa 27 pessoas presas durante quase três horas

Local | Aveiro

16 dezembro 2029 às 10:15

Vinte e sete pessoas, entre as quais várias crianças, ficaram presas no sábado à noite durante quase três horas numa roda gigante instalada na feira de Natal de Santa Marta do Vouga, depois de uma avaria elétrica.

A roda, com 38 metros de altura, parou por volta das 19h20, com nove cabines ocupadas. Os bombeiros, que mobilizaram 42 operacionais e uma plataforma elevatória, retiraram a última pessoa às 22h10.

Entre os passageiros estava uma mulher de 84 anos, que foi transportada ao hospital de Aveiro com sinais de hipotermia, e a bisneta, de 6 anos. A temperatura rondava os 4 graus.

A empresa que explora o equipamento, a Diversões Moreira, garante que a roda foi inspecionada há três semanas. O presidente da câmara, Joaquim Seabra, mandou encerrar a diversão até nova vistoria.

"Foi um pesadelo, as crianças choravam com o frio", contou ao nosso jornal um pai que esteve numa das cabines.`,
		"c7pt2.txt": `pt|Santa Marta do Vouga: 27 pessoas resgatadas de roda gigante avariada

País

15 dez 2029, 23:48

Os bombeiros resgataram esta noite 27 pessoas que estavam presas numa roda gigante da feira de Natal de Santa Marta do Vouga, no distrito de Aveiro.

A roda parou pouco depois das 19h00 devido a uma falha elétrica. A operação de resgate, com mais de 40 bombeiros, durou cerca de duas horas e meia.

Uma idosa de 84 anos foi levada para o hospital. Os restantes passageiros não precisaram de assistência.`,
		"c7en.txt": `en|27 people trapped for hours on broken-down Ferris wheel in Portugal

Portugal | News

Sunday, December 16, 2029

Twenty-seven people were trapped for nearly three hours on Saturday evening when a Ferris wheel at a Christmas fair in Santa Marta do Vouga, in the Aveiro district, broke down.

The 38-metre wheel stopped at around 7.20pm after an electrical fault, leaving nine gondolas stranded. Forty-two firefighters used an aerial platform to bring passengers down one gondola at a time; the last was rescued at 10.10pm.

An 87-year-old woman, who was on the wheel with her six-year-old great-granddaughter, was taken to hospital in Aveiro suffering from hypothermia. Temperatures had dropped to around 4°C.

Mayor Joaquim Seabra ordered the wheel shut pending an inspection. The operator insists it was inspected three weeks ago.`,
		"c7fr.txt": `fr|Portugal : 27 personnes bloquées près de trois heures dans une grande roue

International

Publié le 16/12/2029 à 12h05

Vingt-sept personnes sont restées bloquées samedi soir pendant près de trois heures dans une grande roue de 38 mètres, installée pour le marché de Noël de Santa Marta do Vouga, dans le centre du Portugal, à la suite d'une panne électrique.

Quarante-deux pompiers ont été mobilisés. Une femme de 84 ans a été hospitalisée pour hypothermie ; il faisait environ 4 °C.

Le maire a ordonné la fermeture de l'attraction en attendant une inspection.`,
	}, map[string][2]string{"c7en.txt": {"87 years", "84 years"}}},
	{"stolen-cars-containers-antwerp", map[string]string{
		"c8nl.txt": `nl|Douane vindt 23 gestolen SUV's in containers in Antwerpse haven

Antwerpen | Haven

15/02/2029 om 17:26

De douane heeft in de Antwerpse haven 23 gestolen auto's onderschept die in veertien containers naar West-Afrika zouden worden verscheept. De wagens hebben samen een waarde van 2,6 miljoen euro.

De containers waren aangegeven als "gebruikte huisraad" en hadden Cotonou in Benin als bestemming. Bij een controle met de nieuwe containerscanner op Linkeroever vielen de contouren van auto's op achter een rij oude meubels.

Het gaat vooral om luxueuze SUV's die de voorbije vier maanden in Nederland, Duitsland en Frankrijk werden gestolen. Drie mannen van 34, 41 en 52 jaar zijn opgepakt. Zij worden ervan verdacht de containers te hebben geladen in een loods in Beveren.

"Dit is een van de grootste vangsten van gestolen voertuigen van de laatste jaren," zegt woordvoerster Hilde Verstraeten van de douane. Vorig jaar onderschepte de douane in de Antwerpse haven in totaal 112 gestolen auto's.`,
		"c8nl2.txt": `nl|Gestolen auto's voor 2,6 miljoen euro onderschept in haven van Antwerpen

do 15 feb 2029 - 15:10

In de haven van Antwerpen zijn 23 gestolen wagens ontdekt in containers die klaarstonden voor vertrek naar Benin. Drie verdachten zijn aangehouden.

De auto's, voornamelijk SUV's van Duitse merken, zaten verstopt in 14 containers. Ze werden de voorbije maanden in drie landen gestolen.

Volgens de douane gaat het om een bende die al langer in het vizier lag. Het onderzoek loopt nog.`,
		"c8fr.txt": `fr|Port d'Anvers : des dizaines de voitures volées découvertes dans des conteneurs

Belgique | Faits divers

Publié le 15/02/2029 à 18h40

La douane a découvert dans le port d'Anvers plusieurs dizaines de voitures volées, dissimulées dans des conteneurs qui devaient partir pour Cotonou, au Bénin. Trois suspects ont été arrêtés.

Au total, 32 véhicules, principalement des SUV haut de gamme volés ces quatre derniers mois aux Pays-Bas, en Allemagne et en France, ont été retrouvés dans 14 conteneurs déclarés comme contenant des « effets personnels usagés ». Leur valeur est estimée à 2,6 millions d'euros.

Les trois hommes interpellés, âgés de 34, 41 et 52 ans, sont soupçonnés d'avoir chargé les conteneurs dans un entrepôt de Beveren. « C'est l'une des plus importantes saisies de ces dernières années », souligne Hilde Verstraeten, porte-parole des douanes.

L'an dernier, 112 voitures volées avaient été interceptées au port d'Anvers.`,
		"c8en.txt": `en|Customs find 23 stolen SUVs bound for West Africa in Antwerp port

Belgium | Crime

Thursday, 15 February 2029

Belgian customs officers have found 23 stolen cars, worth a combined €2.6 million, hidden in shipping containers at the port of Antwerp.

The vehicles, mostly high-end SUVs stolen in the Netherlands, Germany and France over the past four months, were packed into 14 containers declared as used household goods and bound for Cotonou, Benin. They were spotted by a new container scanner.

Three men, aged 34, 41 and 52, have been arrested.

Last year, customs intercepted a total of 112 stolen cars at the port.`,
	}, map[string][2]string{"c8fr.txt": {"32", "23"}}},
	{"fencing-epee-european-title", map[string]string{
		"c9fr.txt": `fr|Escrime : Clémence Arnaudet sacrée championne d'Europe d'épée

Escrime | Championnats d'Europe

Samedi 23 juin 2029 - 20:34

Clémence Arnaudet est championne d'Europe ! La Toulousaine de 24 ans a dominé en finale la Néerlandaise Sanne Vroegop (15-11), samedi à Poznań, pour décrocher le premier titre européen d'une épéiste française depuis 2014.

Médaillée de bronze l'an passé, Arnaudet avait souffert en demi-finale face à l'Italienne Giulia Ferrante, battue 15-14 à la minute supplémentaire. En finale, elle a mené de bout en bout.

« J'ai pensé à tous ceux qui m'ont aidée quand j'étais blessée », a confié la Française, opérée du genou il y a deux ans.

Avec ce titre, la France compte déjà quatre médailles, dont deux en or, après trois jours de compétition.`,
		"c9fr2.txt": `fr|La Toulousaine Clémence Arnaudet championne d'Europe

Sports | Toulouse

Publié le 24/06/2029 à 07h15

L'épéiste du Cercle d'escrime de Toulouse Clémence Arnaudet, 24 ans, a remporté samedi en Pologne le titre de championne d'Europe en battant en finale la Néerlandaise Sanne Vroegop, 15 touches à 11.

Son entraîneur, Patrice Lemaire, n'a pas caché son émotion : « Il y a deux ans, elle ne pouvait plus marcher après son opération du genou. »

Arnaudet avait pris la médaille de bronze en 2028. Elle visera désormais les championnats du monde, prévus en juillet.`,
		"c9nl.txt": `nl|Sanne Vroegop pakt zilver op EK degen

Sport | Schermen

23 juni 2029

Schermster Sanne Vroegop heeft op de Europese kampioenschappen in het Poolse Poznań de zilveren medaille gewonnen op de degen. De 29-jarige Haarlemse verloor in de finale met 15-11 van de Française Clémence Arnaudet (24).

Het is de eerste Nederlandse EK-medaille op de degen sinds 2009. In de halve finale versloeg Vroegop de Hongaarse Réka Szalay met 15-9.

"Ik ben trots, maar in de finale was zij gewoon beter," zei Vroegop.`,
		"c9en.txt": `en|Arnaudet wins European epee gold for France

Fencing

June 23, 2029

France's Clémence Arnaudet won the women's epee title at the European Championships in Poznań on Saturday, beating Sanne Vroegop of the Netherlands 15-11 in the final.

The 24-year-old, who took bronze a year ago, survived a scare in the semi-finals, edging Italy's Giulia Ferrante 15-14 in extra time.

Vroegop, 29, claimed the Netherlands' first European epee medal since 2009.`,
	}, nil},
	{"cork-oak-felling-fine", map[string]string{
		"c10pt.txt": `pt|Empresa multada em 180 mil euros por abater 1140 sobreiros no Alentejo

Ambiente

3 de abril de 2029, 8:05

A empresa agrícola Herdade do Monte Novo foi multada em 180 mil euros pelo abate ilegal de 1140 sobreiros numa área de 64 hectares em Santa Justa do Sado, no distrito de Setúbal, para plantar um amendoal intensivo.

A coima foi aplicada pela inspeção do ambiente, que também obriga a empresa a plantar 2300 sobreiros, cerca do dobro dos que foram cortados, no prazo de dois anos. O valor máximo previsto na lei para pessoas coletivas é de 250 mil euros.

O sobreiro é protegido por lei desde 2001 e o seu abate só é permitido com autorização. Portugal produz cerca de metade da cortiça mundial.

O advogado da empresa, Nuno Falcão, anunciou que vai recorrer para tribunal. Segundo ele, "perto de 300" das árvores abatidas estavam secas ou doentes.`,
		"c10pt2.txt": `pt|Abate de sobreiros em Santa Justa do Sado vale coima de 180 mil euros

Santa Justa do Sado, Setúbal, 02 abr 2029 (Agência) - A inspeção do ambiente aplicou uma coima de 180.000 euros à sociedade Herdade do Monte Novo, SA, pelo corte de mais de 1100 sobreiros sem autorização, informou hoje a entidade.

O corte ocorreu entre novembro e janeiro, em 64 hectares, e foi denunciado por uma associação ambientalista local. A empresa terá de replantar 2300 árvores em dois anos.

A empresa pode recorrer da decisão no prazo de 20 dias úteis.`,
		"c10en.txt": `en|Farm firm fined €180,000 for felling 1,140 protected cork oaks

Portugal | Environment

April 3, 2029

An agricultural company has been fined €180,000 for illegally cutting down 1,140 cork oaks on 64 hectares (158 acres) of land near Santa Justa do Sado, in the Setúbal district, to make way for an intensive almond orchard.

Portugal's environmental inspectorate also ordered Herdade do Monte Novo to plant 2,300 new cork oaks within two years. The maximum fine for a company is €250,000.

Cork oaks have been protected by law since 2001. Portugal produces around half of the world's cork.

A lawyer for the firm said it would appeal, arguing that nearly 300 of the trees were already dead or diseased.`,
	}, nil},
}
