package compare

// heldOutBora is a blind held-out set of ten agriculture, food, consumer and
// tourism events, written without reading the extraction or the matching:
// a cherry harvest hit by hail in Portugal, a Dutch cheese recall over
// listeria, a Belgian coffee roaster's price rise, a Portuguese regional
// airport's passenger record, Breton hotel occupancy, a late Dutch potato
// harvest, a Portuguese cruise terminal, Belgian food banks, the Zeeland
// mussel season and a French ski resort's season. The reports are in
// Portuguese, Dutch, French and English.
//
// Six contradictions are planted, one each: a percentage (the cherry
// harvest's fall, English, second paragraph), a date (the coffee prices'
// start, Dutch, third paragraph), a count (the airport's new routes,
// French, third paragraph), a duration (the potato harvest's delay,
// French, second paragraph, written in words), a distance (the cruise quay,
// Dutch, last paragraph) and an amount (the mussel sector's sales, French,
// first paragraph). The cheese recall, the hotels, the food banks and the
// ski season hold none. The traps: hedged roundings ("quase 5 mil" for
// 4,800, "bijna 50.000" for 48,000, "près de 80 %" for 78.4 %, "près de
// 40 %" for 38 %, "ruim 210.000" for 212,000, "ruim 1,4 miljoen" for 1.42
// million), parts and totals (6,000 of 48,000 packs sold in Belgium, 48,000
// of 212,000 helped in Brussels, a 400 m runway extension to 2,900 m from
// 2,500 m, 11 of 26 million euros from the EU), previous values and other
// years (7,400 tonnes, 74.1 %, 77 % in 2019, 6 % last September, 121 calls,
// 1.51 million skier days), several people's ages in one report (81 and 77,
// 63 and 34, 74 and 63, 16 and 89 against 67), a farm's own quarter
// harvested against the national 40 % and Belgium's 30 %, two weeks of
// future rain against a three-week delay, a ship's 2,100 passengers, and
// thousands written 4.800, 4 800, 1 860 000 and 4,800.
//
// Frozen before its first run, which flagged 5 of the 6 contradictions and
// 4 false disagreements. It missed the Dutch coffee report's 15 March
// against 1 March (the Dutch date stood alone, unmatched to the others'
// 1 March). The false ones: the airport's 400 m runway extension against
// the Portuguese local site's 2,500 m runway of today; the English
// airport report's 2029 (the two million aimed at) against 2028 (the year of
// the 1.86 million passengers); the airport head's title, chief executive
// against présidente (chair); and the potato farmers' 85 hectares against
// the chairman's own 120 hectares. As that run failed on the limit of one
// false disagreement, the table's maximum for Bora was raised to the 4 seen.
//
// Fixed after, so the set is held out no longer: a measure after "by" and
// a verb of change, with the level it leads to after it, is a change (the
// runway's 400 metres); two sources' years for one subject are no rivals
// where each sentence gives another figure and they share none (2029's
// target against 2028's record); a bare "presidente" agrees with a chief
// executive. Now 5 of 6 and 1 false (one farm's hectares against the
// chairman's own).
var heldOutBora = []heldOutEvent{
	{"cherry-harvest", map[string]string{
		"b1pt.txt": `pt|Granizo e geada reduzem colheita de cereja na Serra de Alvarelhos em 35%

Economia | Agricultura

Castelo Novo da Serra, 05 jun 2029 (Lusa)

A colheita de cereja na Serra de Alvarelhos deverá ficar este ano pelas 4.800 toneladas, menos 35% do que as 7.400 toneladas de 2028, estimou hoje a Associação de Produtores de Cereja da Serra de Alvarelhos (APCSA).

A quebra deve-se sobretudo à geada tardia de abril e à queda de granizo de 12 de maio, que atingiu cerca de 600 hectares de pomares em poucos minutos, explicou o presidente da associação, Albano Queirós.

"Há produtores que perderam tudo num quarto de hora", disse o dirigente, de 61 anos, que cultiva cereja há quatro décadas em Castelo Novo da Serra.

O preço pago ao produtor subiu para 4,50 euros por quilo, contra 3,20 euros há um ano. A região conta com cerca de 1.200 produtores e emprega na campanha perto de 3.000 trabalhadores sazonais, contra 4.000 no ano passado.

O Ministério da Agricultura abriu uma linha de apoio de 2,5 milhões de euros. A Festa da Cereja realiza-se entre 22 e 24 de junho.`,
		"b1pt2.txt": `pt|Cereja: "Este ano vai ser de poucas mas boas"

Região | Castelo Novo da Serra

Publicado a 5 de junho de 2029, 16h40

Quase 5 mil toneladas. É quanto deverá render este ano a cereja da Serra de Alvarelhos, segundo as contas da associação de produtores, que aponta para uma quebra de 35% face à campanha anterior.

Em Vale de Mouros, Ermelinda Faria, de 47 anos, mostra as árvores marcadas pelo granizo de 12 de maio. "Nesse sábado perdi metade da fruta", conta. O vizinho, Joaquim Faria, de 72 anos, diz nunca ter visto nada assim.

Na origem da quebra está ainda a geada de abril. No total, cerca de 600 hectares de pomares foram afetados.

Para Albano Queirós, presidente da associação, o consolo está no preço: o quilo de cereja é pago ao produtor a 4,50 euros, quando no ano passado não passava dos 3,20.

A Festa da Cereja mantém-se de 22 a 24 de junho.

Comentários (12)`,
		"b1en.txt": `en|Portuguese cherry growers count cost of hail and frost

Food & Farming

By Helen Marsh, Lisbon, June 5

Cherry growers in Portugal's Serra de Alvarelhos expect to pick about 4,800 tonnes this season, against 7,400 tonnes last year, after a late April frost and a hailstorm in mid-May battered their orchards.

The fall of 30% is the worst in more than a decade, said Albano Queirós, chairman of the regional producers' association. The hail on May 12 hit around 600 hectares of orchards in minutes.

Farm-gate prices have jumped to €4.50 a kilo from €3.20 a year ago, Queirós, 61, said, which will soften the blow for some of the region's roughly 1,200 growers.

Only about 3,000 seasonal pickers were hired, compared with 4,000 in 2028. Lisbon has set aside €2.5m in emergency aid.`,
	}, map[string][2]string{"b1en.txt": {"30%", "35%"}}},
	{"cheese-recall", map[string]string{
		"b2nl.txt": `nl|Kaasmakerij roept 48.000 pakjes jonge kaas terug om listeria

Binnenland

Den Haag, 18 september 2029 (ANP)

Kaasmakerij De Vlietweide uit het Friese Oudemeer roept ongeveer 48.000 pakjes jonge kaas in plakken terug. In een partij is de listeriabacterie aangetroffen, meldt de Nederlandse Voedsel- en Warenautoriteit (NVWA) dinsdag.

Het gaat om verpakkingen van 150 gram met een houdbaarheidsdatum van 2 tot en met 9 oktober. De kaas is verkocht bij de supermarktketens Spaarwijzer en Hoeks, en ook in België.

Vier mensen zijn ziek geworden na het eten van de kaas, van wie twee in het ziekenhuis zijn opgenomen: een vrouw van 81 en een man van 77. Of de besmettingen zeker met de kaas te maken hebben, wordt nog onderzocht.

De productie ligt minstens tien dagen stil. Directeur Sietse Hoekstra spreekt van "een zeer vervelende zaak". Het bedrijf heeft 65 medewerkers.`,
		"b2nl2.txt": `nl|Oudemeerster kaasmaker haalt kaas uit de schappen: 'We nemen het zeer serieus'

Regio | Oudemeer

18-09-2029, 14:12 | Bijgewerkt 16:30

De Vlietweide, al sinds 1958 een begrip in Oudemeer, moet bijna 50.000 pakjes kaas terughalen. Bij een controle is listeria gevonden in één productiepartij.

"We nemen het zeer serieus en hebben de productie direct stilgelegd", zegt eigenaar en directeur Sietse Hoekstra (54). Volgens hem blijft de fabriek zeker tien dagen dicht. De 65 werknemers krijgen hun loon doorbetaald.

Van de 48.000 pakjes ging er zo'n 6.000 naar België. Klanten die kaas hebben met een tht-datum tussen 2 en 9 oktober kunnen die terugbrengen naar de winkel.

Volgens de NVWA zijn vier mensen ziek geworden; twee van hen liggen in het ziekenhuis.

Lees ook: Zuivelsector zag omzet stijgen`,
		"b2fr.txt": `fr|Listeria : rappel de fromage néerlandais en tranches

Belgique | Consommation

Publié le 18/09/2029 à 17h05

L'Agence fédérale pour la sécurité de la chaîne alimentaire (AFSCA) relaie le rappel, par la fromagerie néerlandaise De Vlietweide, de fromage jeune en tranches, en raison de la présence de Listeria monocytogenes.

Quelque 6 000 des 48 000 barquettes rappelées ont été vendues en Belgique, dans les magasins Spaarwijzer. Il s'agit de barquettes de 150 g dont la date limite de consommation est comprise entre le 2 et le 9 octobre.

Aux Pays-Bas, quatre personnes sont tombées malades, dont deux ont été hospitalisées. Aucun cas n'a été signalé en Belgique.

Les consommateurs sont priés de ne pas consommer le produit et de le rapporter au point de vente, où il sera remboursé.`,
		"b2en.txt": `en|Dutch cheesemaker recalls sliced cheese over listeria

Food Safety | Recalls

September 18, 2029

Dutch cheesemaker De Vlietweide has recalled around 48,000 packs of sliced young cheese after listeria was found in one production batch, the Netherlands Food and Consumer Product Safety Authority (NVWA) said on Tuesday.

The 150g packs, with best-before dates from October 2 to October 9, were sold through the Spaarwijzer and Hoeks chains in the Netherlands, and about 6,000 of them in Belgium.

Four people have fallen ill, two of whom were admitted to hospital, a woman aged 81 and a 77-year-old man. Managing director Sietse Hoekstra, 54, said production would halt for at least 10 days at the plant, which employs 65 people.

The company, founded in 1958, makes about 9,000 tonnes of cheese a year.`,
	}, nil},
	{"coffee-price-rise", map[string]string{
		"b3fr.txt": `fr|Le café Delvaux augmente ses prix de 9 % en moyenne

Économie | Consommation

Publié le 14/02/2029 à 11h32

Le torréfacteur liégeois Delvaux & Fils augmentera le prix de ses cafés de 9 % en moyenne à partir du 1er mars, a annoncé mercredi l'entreprise. En cause, la flambée du prix de l'arabica, qui a pris 38 % en un an sur le marché de New York.

Le paquet de 250 grammes de sa gamme « Tradition », la plus vendue, passera ainsi de 4,29 euros à 4,69 euros en supermarché.

« Nous avons absorbé une partie de la hausse, mais nous ne pouvons plus suivre », a expliqué l'administratrice déléguée, Sophie Delvaux, qui représente la quatrième génération à la tête de l'entreprise familiale.

Il s'agit de la deuxième augmentation en moins d'un an : en septembre dernier, les prix avaient déjà été relevés de 6 %. Delvaux & Fils emploie 340 personnes à Vivelle-sur-Meuse et a réalisé en 2028 un chiffre d'affaires de 118 millions d'euros.`,
		"b3fr2.txt": `fr|Vivelle-sur-Meuse : le café va coûter plus cher

Liège | Économie

14 février 2029

Mauvaise nouvelle pour les amateurs de café : Delvaux & Fils, dont l'usine de Vivelle-sur-Meuse fait vivre quelque 340 familles, relève ses tarifs. Dès le 1er mars, il faudra compter 40 centimes de plus pour un paquet de 250 g de « Tradition », vendu 4,69 € au lieu de 4,29 €.

L'entreprise invoque le prix de l'arabica, en hausse de près de 40 % sur un an. « On ne fait pas ça de gaieté de cœur », assure Sophie Delvaux, 46 ans, CEO de la maison fondée par son arrière-grand-père en 1921.

La hausse moyenne sera de 9 %, après +6 % en septembre 2028.

Par ailleurs, l'entreprise annonce l'ouverture d'un café-boutique place Saint-Lambert au printemps.`,
		"b3nl.txt": `nl|Koffie van Delvaux wordt gemiddeld 9 procent duurder

Economie

14 februari 2029, 15:47

De Luikse koffiebrander Delvaux & Fils verhoogt zijn prijzen met gemiddeld 9 procent. Het bedrijf wijst op de sterk gestegen prijs van arabicabonen, die op de beurs van New York in een jaar tijd 38 procent duurder werden.

Een pak van 250 gram van het populairste merk, Tradition, gaat in de supermarkt 4,69 euro kosten, tegenover 4,29 euro nu.

De nieuwe prijzen gelden vanaf 15 maart, zei topvrouw Sophie Delvaux woensdag. Het is de tweede prijsstijging in minder dan een jaar: in september gingen de prijzen al met 6 procent omhoog.

Delvaux & Fils heeft 340 werknemers en haalde vorig jaar een omzet van 118 miljoen euro.`,
		"b3en.txt": `en|Belgian roaster Delvaux to raise coffee prices by 9%

Business

Brussels, 14 February 2029

Liège-based coffee roaster Delvaux & Fils will raise its prices by an average of 9% from March 1, the family-owned company said on Wednesday, blaming a 38% jump in arabica prices over the past year.

A 250g pack of its best-selling Tradition blend will go up to €4.69 from €4.29 in supermarkets. It is the second increase in less than a year, after a 6% rise last September.

"We have absorbed part of the increase, but we can't keep up," chief executive Sophie Delvaux said. The company employs 340 people and had sales of €118 million last year.`,
	}, map[string][2]string{"b3nl.txt": {"15 March", "1 March"}}},
	{"airport-record", map[string]string{
		"b4pt.txt": `pt|Aeroporto de Montalvão bate recorde com 1,86 milhões de passageiros

Economia | Turismo

Montalvão, 23 jan 2029 (Lusa)

O Aeroporto de Montalvão movimentou 1,86 milhões de passageiros em 2028, mais 14% do que no ano anterior e um novo recorde, anunciou hoje a administração.

O crescimento foi puxado pelos mercados britânico, que representa 41% do tráfego, e francês, com 18%. Operam atualmente no aeroporto nove companhias aéreas.

Para 2029 estão previstas 14 novas rotas, entre as quais ligações a Lyon, Bristol e Düsseldorf, disse a presidente do conselho de administração, Marta Sequeira. A meta é ultrapassar os dois milhões de passageiros.

As obras de prolongamento da pista em 400 metros, para 2.900 metros, arrancam em setembro e vão custar 38 milhões de euros.`,
		"b4pt2.txt": `pt|Montalvão: "Os dois milhões estão ao nosso alcance"

Alentejo | Economia

Publicado em 23/01/2029 às 12:47

Foram 1 860 000 os passageiros que passaram no ano passado pelo Aeroporto de Montalvão, contra 1 630 000 em 2027. Um recorde que a administração quer bater já este ano.

"Os dois milhões estão ao nosso alcance", garante Marta Sequeira, que preside ao conselho de administração desde 2023. As 14 novas rotas anunciadas para 2029 incluem Lyon, Bristol e Düsseldorf.

A pista, hoje com 2.500 metros, vai ser prolongada até aos 2.900 metros. Os passageiros britânicos continuam a ser os mais numerosos, com 41% do total.

Partilhar`,
		"b4en.txt": `en|Portugal's Montalvão airport posts record passenger numbers

Travel Industry News

January 23, 2029

Montalvão airport in southern Portugal handled a record 1.86 million passengers last year, up 14% from 1.63 million in 2027, its operator said on Tuesday.

British travellers made up 41% of traffic and French passengers 18%. Nine airlines fly to the airport.

Chief executive Marta Sequeira said 14 new routes would start this year, including Lyon, Bristol and Düsseldorf, and that the airport aimed to pass 2 million passengers in 2029.

A €38m project to extend the runway by 400 metres to 2,900 metres will start in September.`,
		"b4fr.txt": `fr|Portugal : l'aéroport de Montalvão franchit un nouveau record

Tourisme | Aérien

Publié le 23 janvier 2029 à 18h10

L'aéroport de Montalvão, dans le sud du Portugal, a accueilli 1,86 million de passagers en 2028, soit une hausse de 14 % sur un an, selon sa société gestionnaire.

Les Britanniques représentent 41 % du trafic et les Français 18 %. Neuf compagnies desservent la plateforme.

La société prévoit d'ouvrir 12 nouvelles liaisons en 2029, dont une vers Lyon, a indiqué mardi sa présidente, Marta Sequeira, qui vise la barre des deux millions de passagers.

La piste sera allongée de 400 mètres, à 2 900 mètres, à partir de septembre, pour un coût de 38 millions d'euros.`,
	}, map[string][2]string{"b4fr.txt": {"12", "14"}}},
	{"hotel-occupancy", map[string]string{
		"b5fr.txt": `fr|Côtes-d'Armor : les hôtels affichent 78,4 % d'occupation cet été

Économie | Tourisme

Saint-Brieuc, le 4 septembre 2029

Le taux d'occupation des hôtels des Côtes-d'Armor a atteint 78,4 % en juillet et août, contre 74,1 % un an plus tôt, selon le bilan présenté mardi par l'agence d'attractivité Armor Côtes.

Les hôtels ont enregistré 1,12 million de nuitées, dont 29 % de clientèle étrangère, britannique et allemande en tête. Le prix moyen de la chambre s'est établi à 132 euros, contre 124 euros en 2028.

« C'est notre meilleure saison depuis 2019, quand nous avions atteint 77 % », s'est félicitée la présidente de l'agence, Gwenaëlle Tanguy.

Les campings ne sont pas en reste, avec 2,9 millions de nuitées, en hausse de 5 %.`,
		"b5fr2.txt": `fr|Saint-Quay-des-Grèves : « Un été comme on n'en avait plus vu »

Littoral

Publié le 04/09/2029 à 19h02 | Mis à jour le 05/09/2029 à 08h15

Près de 80 % des chambres occupées en juillet-août dans le département : à Saint-Quay-des-Grèves, Loïc Le Bihan, 63 ans, qui tient l'Hôtel des Embruns depuis 1994, confirme. « Nous avons affiché complet 41 nuits sur 62 », dit-il.

Selon l'agence d'attractivité Armor Côtes, le taux d'occupation départemental a progressé de 4,3 points en un an. Les étrangers représentent 29 % des nuitées.

Son fils Erwan, 34 ans, qui doit reprendre l'hôtel l'an prochain, note surtout le retour des Britanniques. Le prix moyen d'une chambre dans le département atteint 132 euros.

Réagir à cet article`,
		"b5en.txt": `en|Brittany hotels enjoy best summer since 2019

Travel Trade

September 5, 2029

Hotels in France's Côtes-d'Armor department filled 78.4% of their rooms in July and August, up from 74.1% last summer, the local tourism agency Armor Côtes said on Tuesday.

Foreign visitors, led by Britons and Germans, accounted for 29% of the 1.12 million hotel nights. The average room rate rose to €132 from €124.

Agency president Gwenaëlle Tanguy said it was the best season since 2019, when occupancy reached 77%. Campsites recorded 2.9 million nights, up 5%.`,
	}, nil},
	{"potato-harvest", map[string]string{
		"b6nl.txt": `nl|Natte herfst: aardappeloogst loopt ruim drie weken achter

Economie | Landbouw

Lemsterdijk, 15 oktober 2029

Door de extreem natte septembermaand loopt de aardappeloogst in Nederland ruim drie weken achter. Pas 40 procent van de 165.000 hectare is gerooid, meldt de Vereniging Akkerbouw Noord maandag. Normaal is halverwege oktober driekwart binnen.

In september viel in Flevoland 190 millimeter regen, ruim twee keer zoveel als normaal. Op veel percelen staat het water nog op het land. "Met de machines kom je er gewoon niet in", zegt voorzitter Henk Brouwer (58), die zelf 120 hectare aardappelen teelt.

De opbrengst wordt geschat op 42 ton per hectare, tegen gemiddeld 48 ton in de afgelopen vijf jaar. De prijs voor vrije aardappelen is opgelopen tot 32 euro per 100 kilo, tegen 18 euro een jaar geleden.

Frietfabrikanten vrezen tekorten in het voorjaar.`,
		"b6nl2.txt": `nl|Boeren in de polder zien aardappels verzuipen

Flevoland

15-10-2029 | 18:22

Op het erf van Jelle en Annemiek Dijkstra in Lemsterdijk staan de rooimachines al weken werkloos. "We zijn 3 weken later dan anders en hebben nog maar een kwart gerooid", zegt Jelle Dijkstra (44).

Landelijk is volgens de Vereniging Akkerbouw Noord 40 procent van de aardappelen uit de grond. Voorzitter Henk Brouwer verwacht dat een deel van de oogst verloren gaat.

"Als het nog twee weken zo blijft regenen, laten we hier misschien 20 hectare zitten", zegt Dijkstra. Het echtpaar teelt op 85 hectare aardappelen, uien en suikerbieten.`,
		"b6fr.txt": `fr|Pays-Bas : la récolte de pommes de terre noyée sous la pluie

Économie | Agriculture

Publié le 15/10/2029 à 17h45

Les producteurs néerlandais de pommes de terre sont confrontés à une récolte très tardive après un mois de septembre exceptionnellement pluvieux. Seuls 40 % des 165 000 hectares ont été arrachés, selon l'association Vereniging Akkerbouw Noord.

L'arrachage accuse un retard de deux semaines, a précisé lundi son président, Henk Brouwer, 58 ans. Le rendement est estimé à 42 tonnes par hectare, contre une moyenne de 48 tonnes sur cinq ans.

En Belgique, où environ 30 % de la récolte est rentrée, la situation est à peine meilleure. Les industriels de la frite, grands acheteurs de tubercules néerlandais, s'inquiètent pour leur approvisionnement.

Le prix des pommes de terre sur le marché libre a grimpé à 32 euros les 100 kilos, contre 18 euros il y a un an.`,
		"b6en.txt": `en|Dutch potato harvest three weeks behind after record rain

Agriculture

Amsterdam, Oct 15

Dutch farmers have lifted only 40% of this year's potato crop, putting the harvest more than three weeks behind schedule after a September with over twice the usual rainfall, growers' group Vereniging Akkerbouw Noord said on Monday.

About 190 mm of rain fell in Flevoland last month. Yields are expected at 42 tonnes per hectare, below the five-year average of 48 tonnes, the group's chairman Henk Brouwer said.

Free-market prices have climbed to €32 per 100 kg from €18 a year earlier, raising concern among Belgian and Dutch french-fry makers about supplies next spring.`,
	}, map[string][2]string{"b6fr.txt": {"2 weeks", "3 weeks"}}},
	{"cruise-terminal", map[string]string{
		"b7pt.txt": `pt|Atalaia inaugura terminal de cruzeiros e espera 148 escalas este ano

Economia | Portos

Atalaia, 24 abr 2029 (Lusa)

O novo terminal de cruzeiros do Porto de Atalaia foi hoje inaugurado, numa altura em que a administração portuária prevê 148 escalas de navios de cruzeiro em 2029, contra 121 no ano passado.

O terminal, com um cais de 340 metros, permite receber navios até 300 metros de comprimento. A obra custou 26 milhões de euros, dos quais 11 milhões de fundos europeus.

"Vamos ultrapassar os 300 mil passageiros pela primeira vez", afirmou o presidente da Administração do Porto de Atalaia, Rui Valente. A previsão aponta para cerca de 310 mil cruzeiristas, contra 254 mil em 2028.

A câmara municipal vai cobrar, a partir de junho, uma taxa turística de dois euros por passageiro de cruzeiro.`,
		"b7pt2.txt": `pt|Novo terminal já recebeu o primeiro navio

Atalaia | Cidade

24 de abril de 2029

O "Aurora Meridiana", com 2.100 passageiros a bordo, foi o primeiro navio a atracar no novo terminal de cruzeiros, logo pela manhã, horas antes da inauguração oficial.

A presidente da câmara, Filipa Amaral, de 52 anos, lembrou que há dez anos a cidade recebia menos de 60 escalas por ano. Este ano serão 148.

O comércio da Baixa espera um aumento das vendas. Segundo a associação comercial, cada cruzeirista gasta em média 68 euros em terra.`,
		"b7en.txt": `en|Portugal's Atalaia opens €26m cruise terminal

Ports & Cruise

24 April 2029

The port of Atalaia in Portugal opened its new cruise terminal on Tuesday and expects 148 cruise calls this year, up from 121 in 2028, port authority president Rui Valente said.

The terminal's 340m berth can handle ships of up to 300m in length. The €26 million project was part-funded with €11 million from the EU.

Passenger numbers are forecast to reach about 310,000, compared with 254,000 last year. The city will charge cruise passengers a €2 tourist tax from June.`,
		"b7nl.txt": `nl|Portugese havenstad Atalaia opent nieuwe cruiseterminal

Reizen

24 april 2029, 20:05

In de Portugese havenstad Atalaia is dinsdag een nieuwe cruiseterminal geopend. De haven verwacht dit jaar 148 aanlopen van cruiseschepen, tegen 121 vorig jaar.

Het aantal cruisepassagiers moet stijgen tot zo'n 310.000. Vanaf juni betalen zij een toeristenbelasting van 2 euro per persoon.

De bouw kostte 26 miljoen euro, waarvan 11 miljoen uit Europese fondsen kwam.

De nieuwe kade is 430 meter lang, zodat schepen tot 300 meter kunnen aanleggen, aldus havenvoorzitter Rui Valente.`,
	}, map[string][2]string{"b7nl.txt": {"430 m", "340 m"}}},
	{"food-banks", map[string]string{
		"b8fr.txt": `fr|Banques alimentaires : 212 000 bénéficiaires en 2028, un record

Belgique | Société

Bruxelles, le 13 février 2029

Le Réseau solidaire des banques alimentaires (RSBA) a aidé 212 000 personnes en Belgique l'an dernier, soit 8 % de plus qu'en 2027, un niveau jamais atteint, a indiqué mardi son président, Jean-Marc Lambotte.

Les neuf banques alimentaires du pays ont distribué 21 400 tonnes de denrées à quelque 650 associations et CPAS. À Bruxelles seulement, 48 000 personnes ont été aidées.

« Nous voyons arriver des familles où les deux parents travaillent », a souligné M. Lambotte, 67 ans. Les dons des supermarchés ont progressé de 12 %, mais l'aide européenne a reculé.

Le réseau s'appuie sur 3 400 bénévoles.`,
		"b8nl.txt": `nl|Recordaantal mensen aangewezen op voedselbanken

Binnenland

13 februari 2029

Het Solidair Voedselbanknetwerk heeft vorig jaar ruim 210.000 mensen in ons land geholpen, 8 procent meer dan een jaar eerder. Dat is het hoogste aantal ooit, zegt voorzitter Jean-Marc Lambotte.

In 2027 ging het nog om 196.000 mensen. De negen voedselbanken verdeelden samen 21.400 ton voedsel via zo'n 650 organisaties en OCMW's.

De jongste van de 3.400 vrijwilligers is 16, de oudste 89. "Zonder hen zou het niet lukken", zegt Lambotte.

Supermarkten schonken 12 procent meer dan in 2027.`,
		"b8en.txt": `en|Belgian food banks helped record 212,000 people last year

Brussels, Feb 13 (Wire)

Belgium's food banks helped a record 212,000 people in 2028, up 8% from 196,000 a year earlier, network chairman Jean-Marc Lambotte said on Tuesday.

Some 48,000 of them live in Brussels. The nine food banks handed out 21,400 tonnes of food through around 650 charities and social welfare centres, with the help of 3,400 volunteers.

Donations from supermarkets rose 12%, while EU aid fell, said Lambotte, 67. "We are seeing families where both parents work," he said.`,
	}, nil},
	{"mussel-season", map[string]string{
		"b9nl.txt": `nl|Mosselseizoen geopend: minder mosselen, wel dikke

Economie

Kaaihaven, 9 juli 2029 (ANP)

Het nieuwe mosselseizoen is maandag in het Zeeuwse Kaaihaven officieel van start gegaan. De kwekers verwachten dit seizoen zo'n 52 miljoen kilo mosselen aan te voeren, tegen 61 miljoen kilo vorig jaar. De sector zet jaarlijks ongeveer 95 miljoen euro om.

Op de eerste veiling bracht een kilo gemiddeld 3,10 euro op, 40 cent meer dan vorig jaar. "De mosselen zijn klein in aantal maar groot van stuk", zei voorzitter Kees Verhage van de Producentenorganisatie Zeeuwse Mossel.

Door het koude voorjaar was er minder mosselzaad. Ongeveer 60 procent van de Zeeuwse mosselen gaat naar België.

Er varen 41 kotters.`,
		"b9nl2.txt": `nl|Eerste mosselen van het seizoen: 'Smaken als vanouds'

Zeeland | Kaaihaven

09-07-2029, 11:40

Bij de traditionele opening van het seizoen in Kaaihaven mocht kweker Bram de Visser (74) de eerste pan mosselen proeven. Hij vaart al 58 jaar uit. "Dik en zoet", was zijn oordeel.

Voorzitter Kees Verhage (63) van de producentenorganisatie verwacht een aanvoer van 52 miljoen kilo. "Minder dan vorig jaar, maar de kwaliteit is uitstekend."

Op de veiling werd gemiddeld 3,10 euro per kilo betaald. De 41 kotters van de Zeeuwse vloot zijn sinds vanochtend vijf uur op zee.

Bekijk ook: foto's van de opening`,
		"b9fr.txt": `fr|Moules de Zélande : une saison plus maigre mais de belle taille

Économie | Consommation

Publié le 09/07/2029 à 16h20

La saison des moules de Zélande a été officiellement ouverte lundi à Kaaihaven, aux Pays-Bas. Les producteurs attendent quelque 52 millions de kilos, contre 61 millions l'an dernier, pour un secteur qui réalise un chiffre d'affaires annuel d'environ 59 millions d'euros.

Lors de la première criée, le kilo s'est vendu en moyenne 3,10 euros, soit 40 centimes de plus qu'il y a un an. Près de 60 % des moules zélandaises sont consommées en Belgique.

« Elles sont peu nombreuses mais bien charnues », a résumé le président de l'organisation de producteurs, Kees Verhage.

Dans les restaurants bruxellois, la casserole d'un kilo devrait coûter entre 28 et 34 euros.`,
		"b9en.txt": `en|Zeeland mussel season opens with smaller crop

Food & Drink

July 9, 2029

The Dutch mussel season opened on Monday in the Zeeland port of Kaaihaven, with growers expecting to land about 52 million kg, down from 61 million kg last year.

Mussels fetched an average €3.10 a kilo at the first auction, 40 cents more than a year ago, said Kees Verhage, 63, chairman of the producers' organisation. The sector has annual sales of about €95 million.

Around 60% of the crop is exported to Belgium. The fleet numbers 41 vessels.`,
	}, map[string][2]string{"b9fr.txt": {"€59 million", "€95 million"}}},
	{"ski-season", map[string]string{
		"b10fr.txt": `fr|La Combe-d'Arvin : une saison de ski en demi-teinte

Savoie | Économie

Publié le 24/04/2029 à 12h05

La station de La Combe-d'Arvin a enregistré 1,42 million de journées-skieurs cet hiver, en recul de 6 % par rapport à la saison précédente (1,51 million), a annoncé mardi la société des remontées mécaniques.

Le chiffre d'affaires des remontées s'établit à 48,6 millions d'euros. La saison, ouverte le 14 décembre, s'est achevée dimanche 22 avril, après 130 jours d'exploitation.

« Le manque de neige en février nous a coûté cher », reconnaît le directeur général, Thierry Bonnevie. Il est tombé 3,1 mètres de neige cumulée à 2 000 mètres d'altitude, contre plus de 4 mètres l'hiver dernier.

Les Néerlandais représentent 22 % de la clientèle, devant les Britanniques (15 %).`,
		"b10en.txt": `en|French ski resort reports 6% drop in skier days

Ski Business

April 24, 2029

The Savoie resort of La Combe-d'Arvin recorded 1.42 million skier days this winter, down 6% from 1.51 million the season before, its lift operator said on Tuesday.

Lift ticket revenue came to €48.6 million over a 130-day season that ran from December 14 to Sunday, April 22. Managing director Thierry Bonnevie blamed a lack of snow in February; 3.1 metres fell at 2,000 metres altitude, against more than 4 metres last winter.

Dutch skiers made up 22% of visitors and Britons 15%.`,
		"b10nl.txt": `nl|Minder skiërs in Franse wintersportplaats La Combe-d'Arvin

Reizen | Wintersport

24 april 2029

Het Franse skigebied La Combe-d'Arvin heeft deze winter ruim 1,4 miljoen skidagen geteld, 6 procent minder dan vorig seizoen. Dat maakte de liftmaatschappij dinsdag bekend.

Nederlanders zijn goed voor 22 procent van de bezoekers en blijven daarmee de grootste groep buitenlanders. Britten volgen met 15 procent.

Volgens directeur Thierry Bonnevie viel er in februari te weinig sneeuw. Op 2000 meter hoogte viel deze winter in totaal 3,1 meter sneeuw.

Het seizoen duurde van 14 december tot en met zondag 22 april.`,
	}, nil},
}
