package compare

// heldOutAspre is a blind held-out set of ten events as a reader's feed
// would mix them, in French, Dutch, Portuguese and English: the collapse of
// a cheese-ripening cellar in a Cantal village, a record Dutch onion crop, a
// five-day strike of a Portuguese hospital's kitchen and cleaning staff,
// cigarettes hidden in sofas at the port of Antwerp, a burst main flooding a
// Dutch university library, a stork's nest blacking out an Alentejo town, a
// giant anteater born in a Walloon zoo, the wreck of a Portuguese steamer
// sunk in 1917 found off Brittany, a crash in a Belgian junior cycling stage
// and a magnitude 4.6 quake in a Portuguese mountain village.
//
// Six contradictions are planted, none in a first paragraph: a percentage
// (the onion crop up 14% in the one French report, 12% in the others), an
// amount (€2.7 million of evaded duties in the one French report of the sofa
// seizure, €2.1 million in the others), a count (3,400 households cut off in
// the one French report of the blackout, 4,300 in the others), an age (the
// anteater's mother 9 in the one Dutch report, 7 in the others), a depth
// (the wreck at 52 m in the one Portuguese report, 62 m in the others) and a
// weekday (the quake village's schools reopening on Friday in the one
// English report, Thursday in the others). The cheese cellar, the hospital
// strike, the library and the cycling crash hold none.
//
// The traps: "la nuit de jeudi à vendredi" against "late on Thursday"; 2,400
// wheels of 40 kg as "près de 100 tonnes" and "about 96 tonnes"; a cellar
// dug in 1884 and "creusée il y a 145 ans", a collapse in 1957; eighteen
// months as "anderhalf jaar"; two ages in each of several events (61 and 54,
// 47 and her father's 79, 44 and 37, 17 and 18, 58 and 84, 63 and 71); the
// onion crop as "ruim twee miljoen ton", a farm's 66 tonnes a hectare
// against the national 62, a price "ruim 40 procent lager", 18 cent as €0.18
// and "18 centimes", 1.87 million tonnes the year before; a strike "entre
// segunda e sexta-feira" against "cinco dias", 212 workers as 160 and 52 and
// "more than 200", a raise to €950 from €870 as 9,2 %, "just over 9%" and
// "80 euros", an offer of €900, minimum services of 60% and the 40% left
// over, 48 hours and two days in 2028, "20 anos de casa"; 6.4 million
// cigarettes in 640 sofas, about 10,000 a sofa and 50 cartons, 410 million
// seized last year; 12,000 books as "ruim twaalfduizend", 300 prints, 40 cm
// as "(16 in)", 1.4 million volumes, 4,000 books lost in 1998, a librarian
// of 52 with 26 years at the library, a firm 140 km away; 4,300 clients
// among some 9,000 people, 16:50 to 21:40 as "quase cinco horas", 1,200
// nests and 800 platforms since 2019, 300 litres, "os anos 60"; a zoo's 42
// years and its founding in 1988, 1.4 kg as "1 400 grammes" and "(3 lb)", a
// father of 11, 110 animals in the breeding programme, six months on the
// mother's back; 62 m as "(203 ft)", 14 nautical miles as "environ 26 km",
// 19 of 23 crew dead as "quatre marins seulement avaient survécu", a ship of
// 78 m built in 1908, six years of search since 2024; about 23 riders as
// "une vingtaine", km 87 and 12.5 km from the finish of a 99.5 km stage, 20
// minutes and "une vingtaine de minutes", 14 marshals; a quake at 03:12 as
// "vers 3 h 10", an epicentre 6 km (4 miles) away at 11 km depth, felt 80 km
// (50 miles) away, twelve people rehoused as "une douzaine", a 4.1 tremor in
// 1998.
//
// Frozen before its first run, which flagged 5 of the 6 contradictions and 1
// false disagreement. It missed the blackout's count: the French "3 400
// foyers" stood alone as a count of households and was never set against the
// 4,300 homes and clients of the others ("missed a6fr.txt's 3,400 against
// 4,300"). The false disagreement is in the hospital strike, where the raise
// of "over 9%" and 9,2 % was set against the 40 % of meals left uncovered by
// the minimum services (percent "share": a3en, a3pt: over 9%; a3pt2: 40 %).
// The set stays within its limit of one false disagreement, so its table
// line is unchanged.
var heldOutAspre = []heldOutEvent{
	{"cheese-cellar-collapse", map[string]string{
		"a1fr.txt": `fr|Saint-Aurel-de-Montbrac : la voûte d'une cave d'affinage s'effondre, 2 400 meules ensevelies

Cantal | Faits divers

Publié le 16/11/2029 à 07h45 | Mis à jour à 11h02

La voûte de la principale cave d'affinage de la coopérative fromagère des Hautes-Combes, à Saint-Aurel-de-Montbrac, s'est effondrée dans la nuit de jeudi à vendredi, vers 23 h 30. Personne ne se trouvait dans la cave au moment de l'accident, ont indiqué les pompiers.

Quelque 2 400 meules de tomme de Montbrac, de 40 kg chacune, sont ensevelies sous les gravats. « Ce sont dix-huit mois de travail qui sont sous les pierres », souffle le maître affineur, Jean-Baptiste Rouvière, 61 ans, arrivé sur place au milieu de la nuit.

La présidente de la coopérative, Martine Delpeuch, 54 ans, estime le préjudice à « près de 1,1 million d'euros ». Les 38 exploitations laitières adhérentes seront réunies lundi.

Creusée en 1884 sous le bourg, la cave avait déjà connu un effondrement partiel en 1957. Une quinzaine de pompiers et les gendarmes de Murat ont sécurisé le site ; un expert doit dire si une partie des fromages peut être sauvée.

À lire aussi : Le prix du lait repart à la hausse dans le Cantal`,
		"a1fr2.txt": `fr|Cantal : effondrement d'une cave à fromages, près de 100 tonnes de tomme sous les gravats

SAINT-AUREL-DE-MONTBRAC (Cantal), 16 nov 2029 (AFP) - Une cave d'affinage de la coopérative des Hautes-Combes s'est effondrée jeudi soir à Saint-Aurel-de-Montbrac, ensevelissant environ 2 400 meules de fromage, soit près de 100 tonnes, sans faire de blessé, a-t-on appris vendredi auprès des pompiers.

Selon la présidente de la coopérative, Martine Delpeuch, les pertes atteignent 1,1 million d'euros. La cave, creusée il y a 145 ans, abritait la quasi-totalité de la production de l'hiver.

La coopérative regroupe 38 producteurs de lait. Un expert doit examiner la voûte la semaine prochaine.

(fmb/jlt)`,
		"a1en.txt": `en|Cave-in buries 96 tonnes of cheese in French village

By Claire Hadley

16 November 2029

The vaulted roof of a 19th-century cheese-ripening cellar collapsed late on Thursday in Saint-Aurel-de-Montbrac, a village in France's Cantal department, burying around 2,400 wheels of cheese. No one was hurt.

Each wheel of tomme de Montbrac weighs some 40 kg, putting the buried cheese at about 96 tonnes. Some of it had been ageing for up to 18 months, said cellar master Jean-Baptiste Rouvière, 61.

Martine Delpeuch, 54, who chairs the Hautes-Combes dairy cooperative, put the loss at €1.1m. The co-op's 38 member farms will meet on Monday to discuss the damage.

The cellar was dug in 1884 and partly caved in once before, in 1957.`,
		"a1nl.txt": `nl|Kaaskelder in Frans dorp ingestort: 2400 kazen onder het puin

Buitenland

16 nov. 2029, 14:20

In het Franse dorp Saint-Aurel-de-Montbrac is in de nacht van donderdag op vrijdag het gewelf van een kaaskelder ingestort. Zo'n 2400 kazen van elk ongeveer 40 kilo liggen onder het puin. Er raakte niemand gewond.

De kelder, die in 1884 onder het dorp werd uitgegraven, is van de zuivelcoöperatie Hautes-Combes, waarbij 38 melkveehouders zijn aangesloten. Voorzitter Martine Delpeuch (54) schat de schade op ongeveer 1,1 miljoen euro.

Volgens keldermeester Jean-Baptiste Rouvière (61) lagen sommige kazen er al anderhalf jaar te rijpen. Een deskundige moet uitzoeken of een deel nog te redden is.`,
	}, nil},
	{"onion-record-crop", map[string]string{
		"a2nl.txt": `nl|Uienoogst breekt record: 2,1 miljoen ton

ECONOMIE

DEN HAAG (ANP) - Nederlandse akkerbouwers hebben dit jaar een recordhoeveelheid uien gerooid. De oogst komt uit op 2,1 miljoen ton, 12 procent meer dan vorig jaar, toen 1,87 miljoen ton van het land kwam, meldt de Nederlandse Uienbond.

De opbrengst per hectare lag met gemiddeld 62 ton hoger dan ooit. Er werd op ongeveer 33.800 hectare uien geteeld.

Voor de telers is het feest maar half. Door het grote aanbod is de prijs gezakt naar 18 cent per kilo, tegen 31 cent een jaar eerder. "Wie geen contract heeft, draait dit jaar verlies", zegt voorzitter Kees Verhulst van de Uienbond.

Ongeveer 90 procent van de Nederlandse uien gaat naar het buitenland, vooral naar West-Afrika en Azië.`,
		"a2nl2.txt": `nl|Uienteler Marja de Kok: 'Nooit zoveel gerooid, nooit zo weinig verdiend'

Zeeland | Landbouw

Door Joost Minderhoud

OOSTERZANDE - Op het erf van Marja de Kok (47) in Oosterzande liggen de uien tot aan het dak van de schuur. Op haar 40 hectare haalde ze dit jaar 66 ton per hectare, ruim boven het landelijke gemiddelde van 62 ton.

Landelijk kwam de oogst volgens de Nederlandse Uienbond uit op ruim twee miljoen ton, twaalf procent meer dan vorig jaar en een record. Maar de prijs ligt met 18 cent per kilo ruim 40 procent lager dan een jaar geleden.

"Mijn vader is 79 en heeft zoiets nog nooit meegemaakt", zegt De Kok. "Toen hij begon, was een oogst van 40 ton per hectare al goed."

Uienbondvoorzitter Kees Verhulst (58) verwacht dat telers zonder contract dit jaar verlies lijden.

Lees ook: Zeeuwse aardappeltelers kampen met natte kelders`,
		"a2en.txt": `en|Dutch onion crop hits record 2.1 million tonnes as prices slump

Fresh Produce Daily | Markets

The Netherlands harvested a record 2.1 million tonnes of onions this year, up 12% from 1.87 million tonnes in the previous season, the Dutch Onion Association said.

Average yields reached 62 tonnes per hectare on about 33,800 ha, also a record. But farm-gate prices have fallen to €0.18 a kilo from €0.31 a year ago.

"Growers without a contract will lose money this year," said association chairman Kees Verhulst.

Some 90% of the crop is exported, mainly to West Africa and Asia.`,
		"a2fr.txt": `fr|Pays-Bas : récolte record d'oignons, les prix s'effondrent

Marchés | Fruits et légumes

Les producteurs néerlandais ont récolté cette année 2,1 millions de tonnes d'oignons, un record, contre 1,87 million de tonnes l'an dernier, selon l'Union néerlandaise de l'oignon.

La production progresse ainsi de 14 % sur un an, portée par des rendements inédits de 62 tonnes à l'hectare en moyenne, sur quelque 33 800 hectares.

Revers de la médaille : le prix payé aux producteurs est tombé à 18 centimes le kilo, contre 31 centimes un an plus tôt. « Ceux qui n'ont pas de contrat perdront de l'argent », prévient le président de l'organisation, Kees Verhulst.

Près de 90 % des oignons néerlandais sont exportés, surtout vers l'Afrique de l'Ouest et l'Asie.`,
	}, map[string][2]string{"a2fr.txt": {"14%", "12%"}}},
	{"hospital-kitchen-strike", map[string]string{
		"a3pt.txt": `pt|Trabalhadores da cozinha e limpeza do hospital de Valdoure em greve cinco dias

Viseu, 28 fev 2030 (Lusa) - Os 212 trabalhadores da cozinha e da limpeza do Hospital de Santa Luzia, em Valdoure, vão fazer greve entre segunda e sexta-feira da próxima semana, anunciou hoje o Sindicato da Hotelaria do Centro.

Os trabalhadores, contratados pela empresa Nutrisserv, exigem que o salário base passe de 870 para 950 euros, um aumento de 9,2 %. A empresa propôs 900 euros.

"Há colegas com 20 anos de casa que ganham pouco mais do que o salário mínimo", disse à Lusa a coordenadora do sindicato, Ana Paula Quintas.

O hospital, com 480 camas, serve cerca de 1.300 refeições por dia. Foram decretados serviços mínimos de 60 % das refeições.

A última greve na unidade, em 2028, durou dois dias.

AMF // JLG`,
		"a3pt2.txt": `pt|Greve deixa hospital de Valdoure com refeições a meio gás

Região | Saúde

Por Sofia Marinho

Publicado a 1 março 2030

Durante cinco dias, a partir de segunda-feira, o Hospital de Santa Luzia vai funcionar com serviços mínimos na cozinha e na limpeza. Dos 212 funcionários da Nutrisserv, 160 trabalham na cozinha e 52 na limpeza.

Os trabalhadores reclamam um aumento de 80 euros no salário base, para 950 euros. A Nutrisserv ficou-se pelos 900.

O presidente do conselho de administração do hospital, Fernando Meireles, garante que "nenhum doente ficará sem refeição" e que foram encomendadas a um fornecedor externo as refeições dos 40 % não cobertos pelos serviços mínimos.

Ana Paula Quintas, dirigente sindical, lembra que há dois anos os trabalhadores pararam 48 horas "e nada mudou".`,
		"a3en.txt": `en|Hospital kitchen and cleaning staff to strike for five days in central Portugal

Portugal News Desk

28 February 2030

More than 200 kitchen and cleaning workers at Santa Luzia Hospital in Valdoure, in Viseu district, will walk out from Monday to Friday next week in a pay dispute, their union said on Thursday.

The 212 workers, employed by contractor Nutrisserv, want their basic monthly pay raised to €950 from €870, an increase of just over 9%. Nutrisserv has offered €900.

Hospital chairman Fernando Meireles said no patient would go without a meal. The 480-bed hospital serves around 1,300 meals a day, and minimum services have been set at 60%.

Workers last struck in 2028, for two days.`,
	}, nil},
	{"sofa-cigarettes-antwerp", map[string]string{
		"a4nl.txt": `nl|Douane vindt 6,4 miljoen sigaretten in zetels in haven van Antwerpen

Binnenland

De douane heeft in de haven van Antwerpen 6,4 miljoen smokkelsigaretten onderschept die verstopt zaten in een lading zetels uit Vietnam. Twee mannen zijn aangehouden, meldt de Algemene Administratie van de Douane en Accijnzen donderdag.

De sigaretten zaten in drie containers met in totaal 640 zetels. Bij een scan op dinsdag vielen de containers op omdat ze veel zwaarder waren dan aangegeven. Het gaat om een 44-jarige Nederlander en een 37-jarige Belg.

Aan accijnzen en invoerrechten werd zo'n 2,1 miljoen euro ontdoken, aldus woordvoerster Els Van Damme.

Vorig jaar nam de douane in ons land in totaal 410 miljoen sigaretten in beslag.`,
		"a4nl2.txt": `nl|Smokkelsigaretten in Vietnamese zetels: Mechelaar (37) opgepakt

Antwerpen | Haven

Een 37-jarige man uit Mechelen en een 44-jarige Nederlander zitten vast nadat de douane dinsdag in de Antwerpse haven 6,4 miljoen sigaretten vond in drie containers met zetels.

De 640 zetels waren volgens de vrachtpapieren bestemd voor een meubelzaak in Boom, die volgens de speurders niet bestaat. In elke zetel zaten gemiddeld 50 sloffen.

De schatkist liep volgens de douane zo'n 2,1 miljoen euro mis. De onderzoeksrechter heeft beide verdachten donderdag aangehouden.`,
		"a4fr.txt": `fr|Port d'Anvers : 6,4 millions de cigarettes cachées dans des canapés

(Belga)

Les douanes ont saisi mardi dans le port d'Anvers 6,4 millions de cigarettes de contrebande dissimulées dans des canapés importés du Vietnam, a annoncé jeudi l'Administration générale des Douanes et Accises. Deux hommes ont été arrêtés.

Les cigarettes étaient réparties dans trois conteneurs, qui contenaient au total 640 canapés. Le scanner a révélé un poids nettement supérieur à celui déclaré.

Selon la porte-parole Els Van Damme, la fraude aux accises et droits d'importation s'élève à quelque 2,7 millions d'euros. Les suspects, un Néerlandais de 44 ans et un Belge de 37 ans domicilié à Malines, ont été placés sous mandat d'arrêt.

L'an dernier, les douanes belges ont saisi 410 millions de cigarettes au total.`,
		"a4en.txt": `en|Belgian customs find 6.4 million cigarettes stuffed in sofas

ANTWERP, Belgium - Customs officers at the port of Antwerp found 6.4 million contraband cigarettes hidden inside sofas shipped from Vietnam, the Belgian customs service said on Thursday.

The cigarettes were packed into 640 sofas in three containers, flagged on Tuesday by a scanner because they were much heavier than declared. About 10,000 cigarettes were hidden in each sofa.

Evaded excise and import duties came to about €2.1 million, spokeswoman Els Van Damme said. A 44-year-old Dutch man and a 37-year-old Belgian were arrested.

Belgian customs seized 410 million cigarettes in all last year.`,
	}, map[string][2]string{"a4fr.txt": {"€2.7 million", "€2.1 million"}}},
	{"university-library-flood", map[string]string{
		"a5nl.txt": `nl|Waterleiding gesprongen: 12.000 boeken universiteitsbibliotheek Emmerveen beschadigd

Door een gesprongen waterleiding is zondagnacht het depot in de kelder van de Universiteitsbibliotheek Emmerveen onder water gelopen. Ongeveer 12.000 boeken raakten beschadigd, onder meer zo'n 300 drukken uit de zeventiende eeuw.

Het water stond tot 40 centimeter hoog. Maandag hielpen zo'n 150 studenten en medewerkers om de natte boeken naar boven te dragen.

De beschadigde boeken worden ingevroren en later door een gespecialiseerd bedrijf in het Belgische Mol gevriesdroogd. "Het meeste is te redden", zegt bibliothecaris Femke Altena (52).

De bibliotheek, met een collectie van 1,4 miljoen banden, blijft minstens drie weken dicht. Het depot liep eerder onder water in 1998.`,
		"a5nl2.txt": `nl|Studenten sjouwen natte boeken uit ondergelopen UB

Nieuws | Campus

Door Sanne Ouwerkerk en Lars Beentjes | 3 december 2029

Het was maandagochtend een lange rij: ruim 150 studenten en medewerkers gaven kratten met doorweekte boeken door, van de kelder van de Universiteitsbibliotheek naar de vrachtwagen van een koelbedrijf.

Zondagnacht sprong een hoofdleiding onder de Oude Vismarkt. Het water in het depot kwam tot veertig centimeter. Ruim twaalfduizend boeken zijn nat geworden, waarvan circa driehonderd zeventiende-eeuwse drukken.

"Het meeste is te redden", zegt bibliothecaris Femke Altena, die al 26 jaar bij de UB werkt. De vorige overstroming, in 1998, kostte de UB 4.000 boeken.

De UB blijft volgens Altena zeker drie weken dicht. Studenten kunnen zolang terecht in de leeszaal van de faculteit Rechten, die tot middernacht open is.`,
		"a5en.txt": `en|Burst main floods Dutch university library, 12,000 books damaged

Campus news in English

About 12,000 books were damaged when a burst water main flooded the basement stacks of Emmerveen University Library on Sunday night, among them some 300 seventeenth-century prints.

Water rose to 40 cm (16 in) in the basement. On Monday around 150 students and staff formed a human chain to carry the wet books out.

The books will be frozen and then freeze-dried by a specialist firm in Mol, Belgium, about 140 km away. "Most of it can be saved," said university librarian Femke Altena, 52.

The library, which holds 1.4 million volumes, will be closed for at least three weeks. It last flooded in 1998, when some 4,000 books were lost.`,
	}, nil},
	{"stork-nest-blackout", map[string]string{
		"a6pt.txt": `pt|Ninho de cegonha deixa 4.300 clientes sem luz em Montes Ruivos

Évora, 17 abr 2030 (Lusa) - Cerca de 4.300 clientes do concelho de Montes Ruivos, no distrito de Évora, ficaram hoje sem eletricidade durante quase cinco horas devido a um curto-circuito provocado por um ninho de cegonha numa linha de média tensão, informou a Rede Sul Distribuição.

O corte começou pelas 16:50 e a energia foi totalmente reposta às 21:40, disse à Lusa o porta-voz da empresa, Nuno Cardigos.

Segundo a empresa, existem cerca de 1.200 ninhos de cegonha em postes da sua rede no Alentejo. Desde 2019 foram instaladas 800 plataformas para afastar os ninhos dos cabos.

O centro de saúde e o lar de idosos funcionaram com geradores.

RC // MSP`,
		"a6pt2.txt": `pt|Apagão de quase cinco horas: "Parecia que tinha voltado aos anos 60"

Montes Ruivos | Sociedade

Por Rita Calado

A vila de Montes Ruivos e as freguesias vizinhas, onde vivem cerca de 9.000 pessoas, passaram a tarde e o início da noite de quarta-feira às escuras. Um ninho de cegonha num poste de média tensão provocou um curto-circuito que deixou 4.300 casas sem luz.

Na leitaria de Joaquim Serrão, de 68 anos, estragaram-se 300 litros de leite. "Parecia que tinha voltado aos anos 60", conta, ao lado da neta, de 19.

O presidente da câmara, Henrique Vaz, de 57 anos, vai pedir explicações à Rede Sul Distribuição: "Os ninhos são um problema antigo."

A luz voltou por volta das 21h40.`,
		"a6en.txt": `en|Stork's nest blacks out Portuguese town for five hours

The Portugal Post | Alentejo

17 April 2030

About 4,300 homes and businesses in Montes Ruivos, a town of some 9,000 people in Portugal's Alentejo, lost power for nearly five hours on Wednesday after a stork's nest caused a short circuit on a medium-voltage line.

Power went off at 4.50pm and was fully restored by 9.40pm, said Nuno Cardigos, a spokesman for grid operator Rede Sul Distribuição.

The company says there are about 1,200 stork nests on its poles in the Alentejo and it has fitted 800 nesting platforms since 2019 to keep them away from the wires.

A local dairy lost 300 litres of milk.`,
		"a6fr.txt": `fr|Portugal : une cigogne plonge une ville dans le noir

Insolite

Un nid de cigogne a provoqué mercredi un court-circuit sur une ligne de moyenne tension à Montes Ruivos, dans l'Alentejo, au Portugal, privant une partie de la commune d'électricité pendant près de cinq heures.

Au total, 3 400 foyers ont été touchés, selon le gestionnaire du réseau, Rede Sul Distribuição, qui recense environ 1 200 nids de cigognes sur ses poteaux dans la région.

Le courant a été rétabli vers 21 h 40. Depuis 2019, l'entreprise a installé 800 plateformes pour éloigner les nids des câbles.`,
	}, map[string][2]string{"a6fr.txt": {"3,400", "4,300"}}},
	{"anteater-birth", map[string]string{
		"a7fr.txt": `fr|Villers-la-Forge : un bébé fourmilier, une première au ZooParc

Province de Hainaut | Animaux

Publié le 14 mai 2030

C'est une première en 42 ans d'existence pour le ZooParc de Villers-la-Forge : un fourmilier géant y est né le 2 mai. Le petit, une femelle, pesait 1,4 kg à la naissance.

Sa mère, Lupita, 7 ans, le porte en permanence sur son dos, comme le veut l'espèce. « Il restera accroché à elle environ six mois », explique la soigneuse Aurélie Dufrasne.

Le père, Tomás, 11 ans, est arrivé d'un zoo espagnol en 2021 dans le cadre du programme européen d'élevage, qui compte à peine 110 fourmiliers géants.

Le public pourra découvrir la petite à partir de samedi. Un concours est lancé pour lui trouver un nom.`,
		"a7fr2.txt": `fr|Naissance d'un fourmilier géant au ZooParc de Villers-la-Forge

(Belga)

Un fourmilier géant est né début mai au ZooParc de Villers-la-Forge, a annoncé mardi le parc animalier hennuyer. Il s'agit de la première naissance de cette espèce dans le parc, fondé en 1988.

La femelle, qui pesait 1 400 grammes à la naissance, est le premier petit de Lupita, 7 ans, et de Tomás, 11 ans. Le directeur du parc, Pierre-Yves Gobert, parle d'un « moment historique ».`,
		"a7nl.txt": `nl|Reuzenmiereneter geboren in Waalse dierentuin

Dieren

In het ZooParc van Villers-la-Forge, in Henegouwen, is op 2 mei een reuzenmiereneter geboren. Het is de eerste geboorte van die soort in de 42-jarige geschiedenis van het park.

Het jong, een vrouwtje, woog bij de geboorte 1,4 kilo. De komende zes maanden reist het mee op de rug van zijn moeder.

Moeder Lupita (9) is voor het eerst moeder geworden. Vader Tomás (11) kwam in 2021 uit een Spaanse dierentuin, als deel van het Europese kweekprogramma, dat zo'n 110 dieren telt.

Bezoekers kunnen het jong vanaf zaterdag zien.`,
		"a7en.txt": `en|Belgian zoo celebrates first giant anteater birth

A giant anteater has been born at the ZooParc de Villers-la-Forge in southern Belgium, the first of its kind in the park's 42-year history, the zoo said on Tuesday.

The female pup, born on 2 May, weighed 1.4 kg (3 lb) at birth and will ride on her mother's back for about six months.

Her mother, seven-year-old Lupita, is a first-time parent; her father, Tomás, 11, came from a Spanish zoo in 2021 under a European breeding programme that holds around 110 of the animals.

Director Pierre-Yves Gobert called it "a historic moment". The pup goes on show on Saturday.`,
	}, map[string][2]string{"a7nl.txt": {"9 years", "7 years"}}},
	{"steamer-wreck-brittany", map[string]string{
		"a8fr.txt": `fr|L'épave d'un vapeur portugais coulé en 1917 retrouvée au large du Finistère

Bretagne | Mer

Publié le 22/01/2030 à 18h05

Après six ans de recherches, les plongeurs du Groupe de recherche archéologique sous-marine de l'Iroise (Grasmi) ont identifié l'épave du São Rafael, un cargo à vapeur portugais torpillé par un sous-marin allemand le 9 mars 1917.

L'épave repose par 62 mètres de fond, à 14 milles nautiques à l'ouest de l'île de Kervénic. « Nous l'avions localisée en septembre, mais il nous fallait une preuve », raconte Yannick Le Gall, 63 ans, président de l'association. La preuve est venue de la cloche du navire, remontée en novembre, sur laquelle est gravé son nom.

Long de 78 mètres, le São Rafael avait été construit en 1908 à Sunderland, en Angleterre. Il transportait du charbon vers Lisbonne. Dix-neuf des 23 membres d'équipage avaient péri.

La découverte a été déclarée au Drassm. Toute plongée sur l'épave est désormais soumise à autorisation.`,
		"a8fr2.txt": `fr|Finistère : un cargo portugais coulé en 1917 identifié par des plongeurs amateurs

BREST, 22 jan 2030 (AFP) - Des plongeurs bénévoles ont identifié au large du Finistère l'épave du São Rafael, un vapeur portugais coulé par un sous-marin allemand en mars 1917, a annoncé mardi leur association.

Le navire de 78 m repose à 62 m de profondeur, à environ 26 km de la côte, selon le Grasmi. Quatre marins seulement avaient survécu au naufrage, sur 23.

L'identification a été rendue possible par la remontée de la cloche du navire. Les recherches avaient commencé en 2024.

(afp)`,
		"a8en.txt": `en|Divers identify Portuguese steamer sunk by U-boat in 1917

By Tom Raikes

22 January 2030

Amateur divers in Brittany have identified the wreck of the São Rafael, a Portuguese cargo steamer torpedoed by a German submarine on 9 March 1917, lying in 62 metres (203 ft) of water about 14 nautical miles west of the island of Kervénic.

The 78-metre ship, built in Sunderland in 1908, was carrying coal to Lisbon when it sank. Nineteen of its 23 crew died.

Yannick Le Gall, 63, who heads the diving group, said the wreck was located in September but only confirmed when the ship's bell, engraved with its name, was raised in November.`,
		"a8pt.txt": `pt|Encontrado em França o vapor português São Rafael, afundado em 1917

Mundo | Mar

Mergulhadores amadores franceses identificaram ao largo da Bretanha os destroços do São Rafael, um navio de carga português afundado por um submarino alemão a 9 de março de 1917.

O navio, com 78 metros de comprimento, foi construído em Sunderland em 1908 e levava carvão para Lisboa. Dos 23 tripulantes, 19 morreram.

Segundo a associação de mergulhadores, os destroços estão a 52 metros de profundidade, a cerca de 26 quilómetros da costa. A identificação foi possível graças ao sino do navio, que tem gravado o nome.

"O meu avô foi um dos quatro sobreviventes", disse à agência Lusa António Belo, de 71 anos, de Ílhavo. "Nunca falava daquela noite."`,
	}, map[string][2]string{"a8pt.txt": {"52 m", "62 m"}}},
	{"junior-stage-crash", map[string]string{
		"a9nl.txt": `nl|Zware valpartij in Ronde van de Ourthe voor junioren, Verkerk breekt sleutelbeen

Wielrennen | Junioren

Een massale valpartij heeft zaterdag de tweede etappe van de Tour de l'Ourthe voor junioren ontsierd. In de afdaling van de Heid des Loups, op 12,5 kilometer van de finish, gingen zo'n 23 renners tegen de grond.

Zes renners werden naar het ziekenhuis in Luik gebracht. De 17-jarige Nederlander Daan Verkerk brak zijn sleutelbeen. De Belg Lucas Hennaux (18) liep een hersenschudding op en blijft een nacht ter observatie.

De koers werd twintig minuten stilgelegd. De etappe van 99,5 kilometer werd gewonnen door Arne Vermeulen, die de leiderstrui overnam.

"De afdaling was droog en goed beveiligd", zei koersdirecteur Michel Thonon.`,
		"a9fr.txt": `fr|Tour de l'Ourthe juniors : chute massive dans la descente de la Heid des Loups

Cyclisme | Province de Liège

Publié le 8 juin 2030

Une vingtaine de coureurs ont chuté samedi dans la descente de la Heid des Loups, au kilomètre 87 de la deuxième étape du Tour de l'Ourthe juniors, entre Comblain-la-Roche et Xhoris-le-Haut (99,5 km).

Six coureurs ont été transportés à l'hôpital, à Liège. Le Néerlandais Daan Verkerk, 17 ans, souffre d'une fracture de la clavicule ; le Belge Lucas Hennaux, 18 ans, d'une commotion cérébrale.

La course a été neutralisée pendant une vingtaine de minutes. Arne Vermeulen s'est imposé en solitaire et s'empare du maillot de leader.

« La route était sèche et la descente sécurisée par 14 signaleurs », assure le directeur de course, Michel Thonon, qui organise l'épreuve depuis 2011.`,
		"a9en.txt": `en|Big crash mars junior stage in Belgium

Cycling Weekly Roundup

About 23 riders went down on a descent 12.5 km from the finish of the second stage of the junior Tour de l'Ourthe in Belgium on Saturday, and six were taken to hospital in Liège.

Dutch rider Daan Verkerk, 17, broke his collarbone and Belgian Lucas Hennaux, 18, suffered a concussion. The race was stopped for 20 minutes.

Arne Vermeulen won the 99.5 km stage from Comblain-la-Roche and took the overall lead.`,
	}, nil},
	{"mountain-village-quake", map[string]string{
		"a10pt.txt": `pt|Sismo de magnitude 4,6 danifica 34 casas em Vilar de Lobeira

Guarda, 11 nov 2030 (Lusa) - Um sismo de magnitude 4,6 na escala de Richter foi sentido esta madrugada na região da Guarda, danificando 34 habitações e a torre sineira da igreja de Vilar de Lobeira, sem causar feridos, segundo a Proteção Civil.

O abalo ocorreu às 03:12 e teve epicentro a cerca de seis quilómetros a nordeste da aldeia, a 11 quilómetros de profundidade, informou o Instituto Português do Mar e da Atmosfera (IPMA). Foi sentido até 80 quilómetros de distância.

Doze pessoas tiveram de ser realojadas. As escolas do concelho estão fechadas e reabrem na quinta-feira, depois de vistoriadas pelos técnicos.

Trata-se do sismo mais forte na região desde 1998, quando um abalo de magnitude 4,1 provocou danos ligeiros.

JPT // ZO`,
		"a10pt2.txt": `pt|"Acordei com a cama a andar": a madrugada em que a terra tremeu em Vilar de Lobeira

Região | Guarda

Por João Pedro Tavares

Maria do Céu Pires, de 84 anos, ainda tem as mãos a tremer. "Acordei com a cama a andar e as louças a cair", conta à porta de casa, onde uma fenda atravessa a parede da cozinha.

O sismo de segunda-feira, de magnitude 4,6, rachou a torre da igreja matriz, do século XVII, e deixou marcas em 34 casas da aldeia. Doze moradores estão em casa de familiares ou numa pensão paga pela autarquia.

O presidente da câmara, Manuel Saraiva, de 58 anos, diz que "o pior já passou". As aulas só são retomadas na quinta-feira.

Em 1998, um sismo de 4,1 já tinha assustado a aldeia.`,
		"a10en.txt": `en|Magnitude 4.6 quake damages homes in Portuguese mountain village

LISBON, Nov 11 (Iberia Wire) - An earthquake of magnitude 4.6 struck the mountains of central Portugal early on Monday, damaging 34 houses and the church bell tower in the village of Vilar de Lobeira. No one was hurt, civil protection officials said.

The quake hit at 3:12 a.m. at a depth of 11 km, with its epicentre about 6 km (4 miles) northeast of the village, according to the IPMA weather and seismology institute. It was felt as far as 80 km (50 miles) away.

Twelve people were rehoused. Schools in the municipality will stay shut for safety checks and reopen on Friday, said mayor Manuel Saraiva, 58.

It was the strongest quake in the area since 1998, when a 4.1 tremor struck.`,
		"a10fr.txt": `fr|Portugal : un séisme de magnitude 4,6 endommage un village de montagne

Un séisme de magnitude 4,6 a frappé lundi vers 3 h 10 du matin le centre du Portugal, endommageant 34 maisons et le clocher de l'église de Vilar de Lobeira, un village du district de Guarda. Il n'a pas fait de blessé.

Selon l'institut météorologique portugais (IPMA), l'épicentre se situait à environ 6 km au nord-est du village, à 11 km de profondeur. La secousse a été ressentie jusqu'à 80 km.

Une douzaine d'habitants ont été relogés et les écoles de la commune ne rouvriront que jeudi. Il s'agit du plus fort séisme dans la région depuis 1998.`,
	}, map[string][2]string{"a10en.txt": {"Friday", "Thursday"}}},
}
