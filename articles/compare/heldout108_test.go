package compare

// heldOutKamikaze is a blind held-out set of environment, farming and
// city news, written without reading the comparison's code: an Italian
// kiwifruit harvest estimate, a Dutch pig farmer's fine for a manure
// spill, underground bins in a Portuguese town, a swift census in a Dutch
// city, an irrigation water cut in the Alentejo, a tapir calf born in a
// Dutch zoo, a Tuscan city's cap on holiday lets, a Portuguese waste
// company's recycling rate, a storm's damage bill on the Ligurian coast
// and a record year of Asian hornet nests in West Flanders. Reports are
// in Italian, Portuguese, Dutch and English.
//
// Six contradictions are planted, one each, five of them in the event's
// minority language and all outside the first paragraph: a percentage
// (the Dutch kiwi report's 19% drop for 9%, second paragraph), a count
// (the English bins report's 340 containers for 430, third paragraph), a
// date (the Dutch irrigation report's 30 September for 15 September,
// third paragraph), an age (the Italian tapir report's mother of 7 for
// 9, second paragraph), a distance (the English storm report's 2.1 km of
// promenade for 1.2 km, third paragraph) and an amount (one of the two
// Dutch hornet reports' €358,000 budget for €385,000, second paragraph).
// The manure fine, the swift census, the holiday lets and the recycling
// rate hold none.
//
// Traps that must not be flagged: rounded counts ("ruim 1100" paren for
// 1,150, "oltre 8mila" for 8,200, "bijna 3.500" for 3,480), parts and
// totals (a fine of €240,000 of which €60,000 suspended, told as
// "180.000 euro en daarnaast 60.000 euro voorwaardelijk"; €11 million of
// storm damage of which €6.4 million for the promenade; 2,24 milhões of
// EU money out of 3,2 milhões; 14 500 residents lost, 41,000 then and
// 26,500 now; pairs against adult birds), a cut of 37% told as "ruim een
// derde", a rise of 32% as "by a third", a price of 98 centesimi against
// €0.98, a pregnancy of 13 months against 395 giorni, a reservoir's 112
// hectómetros cúbicos against 112 million cubic metres, a birth "in de
// nacht van zondag op maandag" against "maandag", a vote "nella notte tra
// martedì e mercoledì" against "late on Tuesday", the ages of two people
// in one report (52 and 47; 49 and 71), previous values ("up from"), and
// background years and targets (2005, 2017, 55% for 2025, 65% for 2035).
//
// Frozen before its first run, which flagged 5 of the 6 contradictions
// and 1 false disagreement, so the set passes at its limit of one. It
// missed the Italian tapir report's mother of 7 against 9 years: "ha 7
// anni" was read as a duration and lined up with the 13 months of
// pregnancy, while the right age was split between a duration row ("9
// jaar") and an age row ("(9)"), and the English "nine years old" in
// neither. The false disagreement was a probation period ("proeftijd"):
// the suspended fine's "twee jaar" against "tien jaar" of the other Dutch
// report, which is "the biggest manure spill of the past ten years".
//
// Fixed after, so the set is held out no longer: a name and its verb give
// an age ("Moeder Sari is 9 jaar", "La madre, Sari, ha 7 anni", "Sari, is
// nine years old"): 6/6 flagged, 1 false.
var heldOutKamikaze = []heldOutEvent{
	{"kiwi-harvest-estimate", map[string]string{
		"k1it.txt": `it|Kiwi, la stima: raccolto 2029 a 412mila tonnellate, -9%

Agricoltura

Roma, 3 ottobre 2029

La produzione italiana di kiwi per la campagna 2029 è stimata in 412mila tonnellate, in calo del 9% rispetto alle 453mila tonnellate dello scorso anno. È quanto emerge dalle previsioni presentate mercoledì dal Consorzio Kiwi Italia Centro.

A pesare sono soprattutto la moria delle piante, che colpisce ormai 3.100 ettari sui 24.800 coltivati nel Paese (il 12,5%), e le gelate di aprile. Il Lazio resta la prima regione produttrice, con 138mila tonnellate attese nella sola provincia di Latina.

"Meno prodotto, ma di ottima qualità", ha detto il presidente del consorzio, Giancarlo Vetrani. I prezzi all'origine partono da 1,15 euro al chilo, contro 0,98 euro dell'anno scorso.

La raccolta del kiwi verde inizierà intorno al 20 ottobre.`,
		"k2it.txt": `it|Latina, kiwi: annata in calo ma prezzi in salita

Economia | Provincia

di Sara Montefusco

Sarà un'annata più leggera per i kiwi pontini. Secondo le stime del Consorzio Kiwi Italia Centro, in provincia di Latina si raccoglieranno circa 138mila tonnellate di frutti, su un totale nazionale di circa 410mila tonnellate: il 9 per cento in meno dell'anno scorso.

Le cause? La moria, che secondo il consorzio interessa in Italia oltre 3mila ettari, e le gelate della primavera. "Abbiamo perso piante giovani in molte aziende tra Borgo Vetralla e Sermonia", racconta un produttore.

Il presidente Giancarlo Vetrani, 61 anni, guarda però ai prezzi: "Si parte da 1,15 euro al chilo, è un segnale positivo per chi ha tenuto duro". Nel 2028 il prezzo medio era stato di 98 centesimi.

La raccolta partirà dal 20 ottobre.

Leggi anche: Agro pontino, il caldo anticipa la vendemmia`,
		"k3en.txt": `en|Italy's kiwifruit crop forecast to fall 9% to 412,000 tonnes

Fresh Produce | Markets

By Tom Aldred, 3 October 2029

Italy, Europe's biggest kiwifruit grower, expects to harvest 412,000 tonnes this season, 9% less than the 453,000 tonnes picked in 2028, according to a forecast released on Wednesday by the Consorzio Kiwi Italia Centro.

Kiwifruit vine decline syndrome, known in Italy as "moria", now affects some 3,100 hectares, or one in eight of the country's 24,800 hectares of orchards. April frosts also hurt yields.

Latina province in Lazio, the main growing area, is set to produce 138,000 tonnes.

Consortium chairman Giancarlo Vetrani, 61, said grower prices were opening at €1.15 per kilo, up from €0.98 last year. Green kiwifruit picking starts around October 20.`,
		"k4nl.txt": `nl|Italiaanse kiwioogst valt dit jaar lager uit

AGF | Internationaal

Italië verwacht dit seizoen 412.000 ton kiwi's te oogsten. Dat blijkt uit de oogstraming die het Consorzio Kiwi Italia Centro woensdag in Rome presenteerde.

Dat is 19 procent minder dan vorig jaar, toen 453.000 ton werd geplukt. Vooral de 'moria', een ziekte waardoor kiwiplanten afsterven, eist haar tol: ruim 3.000 hectare is getroffen. Ook nachtvorst in april speelde een rol.

De provincie Latina, ten zuiden van Rome, is goed voor zo'n 138.000 ton. Voorzitter Giancarlo Vetrani (61) van het consortium meldt startprijzen van € 1,15 per kilo, tegen € 0,98 een jaar eerder.

De pluk van groene kiwi's begint rond 20 oktober.`,
	}, map[string][2]string{"k4nl.txt": {"19%", "9%"}}},
	{"manure-spill-fine", map[string]string{
		"m1nl.txt": `nl|Varkenshouder moet 240.000 euro betalen voor mestlek in de Ravelse Aa

Nieuws | Regio

Een varkenshouder uit Ravelsdonk moet een boete van 240.000 euro betalen voor een mestlek waardoor vorig jaar duizenden vissen in de Ravelse Aa doodgingen. Dat heeft de rechtbank Oost-Brabant donderdag bepaald. 60.000 euro daarvan is voorwaardelijk, met een proeftijd van twee jaar.

Op 14 maart 2028 scheurde een mestsilo op het bedrijf van Gerrit van Hulsdonk (57). Zo'n 1,8 miljoen liter mest stroomde via een sloot de beek in. Over een lengte van 4,5 kilometer stierven ruim 11.000 vissen.

Het Openbaar Ministerie had een boete van 300.000 euro geëist. De rechter hield er rekening mee dat Van Hulsdonk zelf de brandweer had gebeld en meewerkte aan de schoonmaak.

Waterschap De Dommelaar liet eerder weten dat het herstel van de beek zo'n 410.000 euro heeft gekost.`,
		"m2nl.txt": `nl|Boete voor mestramp Ravelsdonk: 'Een zwarte dag voor de beek'

Ravelsdonk | Door Anouk Bressers

De varkenshouder die verantwoordelijk is voor de grootste mestlek in Brabant van de afgelopen tien jaar, krijgt een boete van 180.000 euro en daarnaast 60.000 euro voorwaardelijk. De rechtbank in Den Bosch deed donderdag uitspraak.

Bij de lekkage, in maart vorig jaar, kwam ongeveer 1,8 miljoen liter varkensmest in de Ravelse Aa terecht. Op een traject van zo'n vierenhalve kilometer dreven daarna meer dan 11.000 dode vissen, vooral voorns en snoeken.

"Dit was een zwarte dag voor de beek", zei dijkgraaf Hanneke Stoop van waterschap De Dommelaar, dat ruim 400.000 euro kwijt was aan het herstel. Volgens haar is de visstand pas over vijf jaar weer op peil.

Het OM had 300.000 euro geëist. Van Hulsdonk (57) kan nog in hoger beroep.`,
		"m3en.txt": `en|Pig farmer fined €240,000 after manure spill killed 11,000 fish

Published on November 8, 2029

A pig farmer from the Brabant village of Ravelsdonk has been fined €240,000, €60,000 of it suspended, after a storage silo burst and sent 1.8 million litres of manure into a local stream, killing more than 11,000 fish.

The court in Den Bosch said on Thursday the farmer, 57-year-old Gerrit van Hulsdonk, had failed to inspect the silo for years. Prosecutors had demanded a €300,000 fine.

The spill, in March 2028, polluted a 4.5 km stretch of the Ravelse Aa. The regional water board, De Dommelaar, says the clean-up cost it €410,000.

Related: Nitrogen: Brabant farmers reject buy-out scheme`,
	}, nil},
	{"underground-bins", map[string]string{
		"b1pt.txt": `pt|Santa Marta do Vouga vai enterrar 430 contentores do lixo

Local | Ambiente

A Câmara Municipal de Santa Marta do Vouga vai instalar 430 contentores subterrâneos em 112 ecoilhas espalhadas pelo concelho, num investimento de 3,2 milhões de euros. As obras arrancam na segunda-feira, 5 de novembro, e devem durar 18 meses.

Os novos equipamentos vão substituir os cerca de 1150 contentores de superfície que existem atualmente nas ruas. "Acabam-se os caixotes a transbordar e os maus cheiros no verão", afirmou o vereador do Ambiente, Nuno Carapinha.

O projeto é cofinanciado em 70% por fundos europeus, cabendo à autarquia suportar o restante.

A recolha passará a ser feita por dois camiões novos com grua, adquiridos por 640 mil euros.`,
		"b2pt.txt": `pt|Contentores subterrâneos chegam a 112 locais do concelho

Santa Marta do Vouga, 31 out 2029

Por Helena Quintas

Mais de 110 ecoilhas subterrâneas, com um total de 430 contentores, vão ser instaladas em Santa Marta do Vouga nos próximos 18 meses. A obra custa 3,2 milhões de euros, dos quais 2,24 milhões vêm de fundos comunitários.

Os trabalhos começam a 5 de novembro pelo centro histórico e pela zona industrial. Os mais de mil contentores de superfície serão retirados à medida que as ecoilhas entrarem em funcionamento.

Segundo o vereador com o pelouro do Ambiente, Nuno Carapinha, de 44 anos, a taxa de separação de resíduos no concelho, hoje de 19%, deverá subir para 30% até 2031.`,
		"b3en.txt": `en|Portuguese town to move its rubbish bins underground

Portugal | Local news

November 1, 2029

Santa Marta do Vouga, a town in central Portugal, will start replacing its street-side rubbish bins with underground containers next Monday, in a project costing €3.2 million.

About 70% of the cost is covered by EU funds, the council said. Environment councillor Nuno Carapinha said overflowing bins and summer smells would become "a thing of the past".

The 340 containers will be installed at 112 sites over 18 months, replacing roughly 1,150 surface bins. Two new crane lorries have been bought for €640,000 to empty them.`,
	}, map[string][2]string{"b3en.txt": {"340", "430"}}},
	{"swift-census", map[string]string{
		"s1nl.txt": `nl|Aantal gierzwaluwen in Harderhaven flink gestegen

Natuur

Harderhaven telt 1150 broedparen gierzwaluwen. Dat blijkt uit een telling die vrijwilligers in juni hielden. Bij de vorige telling, in 2024, ging het nog om 870 paren: een stijging van 32 procent.

Volgens stadsecoloog Marloes Tiemens komt de groei vooral door de neststenen en nestkasten die de gemeente sinds 2024 liet aanbrengen. Van de 460 kasten zijn er 290 in gebruik, ruim 63 procent.

Aan de telling deden 85 vrijwilligers mee. Zij liepen op zomeravonden in totaal 212 straten af.

Bij renovaties van flats is een nestvoorziening in de stad sinds vorig jaar verplicht.`,
		"s2nl.txt": `nl|'Gierzwaluw voelt zich thuis in Harderhaven'

Harderhaven | Door Joris Lamberts | 14 september 2029, 06:00

Het gaat goed met de gierzwaluw in Harderhaven. Tijdens een telling deze zomer zagen 85 vrijwilligers ruim 1100 broedparen, goed voor zo'n 2300 volwassen vogels. Vijf jaar geleden waren het er 870 paren.

"Een prachtig resultaat", zegt stadsecoloog Marloes Tiemens (38). "Gierzwaluwen broeden onder dakpannen en in gaten in muren. Bij renovaties verdwenen die plekken, daarom hangen we kasten op."

Sinds 2024 zijn 460 nestkasten geplaatst. In 290 daarvan broedt nu een paar. De gemeente trekt er de komende twee jaar nog 120.000 euro voor uit.

De gierzwaluw staat op de Rode Lijst. Landelijk broeden er naar schatting 50.000 tot 60.000 paren.`,
		"s3en.txt": `en|Dutch city's swift population up by a third

Birds | Conservation news

Volunteers in the Dutch city of Harderhaven counted 1,150 breeding pairs of common swifts this summer, up 32% from 870 pairs at the last survey in 2024.

City ecologist Marloes Tiemens, 38, credits the 460 nest boxes installed since then, 290 of which are now occupied. A further €120,000 has been set aside for the next two years.

The count, held over June evenings, involved 85 volunteers and covered 212 streets. The Netherlands as a whole has an estimated 50,000 to 60,000 pairs.`,
	}, nil},
	{"irrigation-cut-alentejo", map[string]string{
		"i1pt.txt": `pt|Seca: regantes do Alvarrão com menos 37% de água

Beja, 10 abr 2029 (Agência) - Os agricultores do perímetro de rega do Alvarrão, no distrito de Beja, vão ter este ano direito a 3.800 metros cúbicos de água por hectare, contra os habituais 6.000, anunciou hoje a associação de regantes.

A barragem do Alvarrão está a 31% da sua capacidade, quando há um ano estava a 58%. "Não há água para mais", disse o presidente da Associação de Regantes do Alvarrão, Joaquim Bentes.

A restrição, a mais severa desde 2005, abrange cerca de 14.200 hectares e 620 agricultores, sobretudo de olival e amendoal. A campanha de rega termina a 15 de setembro.

A associação pede ao Governo apoios para os agricultores que percam produção.`,
		"i2pt.txt": `pt|Agricultores do Alvarrão preparam-se para o verão mais seco em duas décadas

Alentejo

Por Rita Calado

Com a albufeira do Alvarrão a pouco mais de 30% da capacidade, os 620 agricultores do perímetro de rega vão ter de fazer contas à água. A dotação baixa de 6.000 para 3.800 m3 por hectare, um corte de cerca de 37%.

"Vamos regar o olival só para manter as árvores vivas", conta Joaquim Bentes, de 66 anos, que preside à associação de regantes e tem 40 hectares de olival. A barragem armazena hoje 112 hectómetros cúbicos, de um total de 362.

As regras aplicam-se aos 14.200 hectares do perímetro até ao fim da campanha, a 15 de setembro.

Leia também: Preço do azeite volta a subir`,
		"i3en.txt": `en|Portuguese farmers face 37% cut in irrigation water as reservoir runs low

Lisbon, April 10

Farmers irrigating from the Alvarrão reservoir in southern Portugal's Alentejo region will get 3,800 cubic metres of water per hectare this year, down from the usual 6,000, their irrigation association said on Tuesday.

The reservoir is 31% full, against 58% a year ago, holding 112 million cubic metres. The cut is the steepest since 2005 and affects about 14,200 hectares, mostly olive groves and almond orchards farmed by 620 growers.

"There is simply no more water," association president Joaquim Bentes said. Watering will be allowed until September 15, when the season ends.`,
		"i4nl.txt": `nl|Droogte in Portugal: boeren krijgen veel minder irrigatiewater

Buitenland | Klimaat

Van onze correspondent in Lissabon

Boeren in de Zuid-Portugese Alentejo krijgen dit jaar ruim een derde minder water om hun land te irrigeren. Het stuwmeer van Alvarrão is voor 31 procent gevuld; vorig jaar rond deze tijd was dat nog 58 procent.

Per hectare mogen de 620 aangesloten boeren 3800 kubieke meter water gebruiken, tegen 6000 in een normaal jaar. Het gaat om zo'n 14.200 hectare, vooral olijf- en amandelboomgaarden.

De beperking geldt tot 30 september, het einde van het irrigatieseizoen. "Meer water is er gewoon niet", zegt Joaquim Bentes (66), voorzitter van de vereniging van irrigerende boeren.`,
	}, map[string][2]string{"i4nl.txt": {"30 September", "15 September"}}},
	{"tapir-calf", map[string]string{
		"t1nl.txt": `nl|Tapirjong geboren in Dierenpark Wissenveld

Regio | Dieren

In Dierenpark Wissenveld is in de nacht van zondag op maandag een Maleise tapir geboren. Het gaat om een vrouwtje. Moeder en jong maken het goed, meldt het park.

Het jong woog bij de geboorte 7,9 kilo. Moeder Sari is 9 jaar, vader Bayu 14. Sari was ruim dertien maanden drachtig.

Het is pas de tweede tapir die in Wissenveld ter wereld komt; de eerste werd in 2021 geboren en verhuisde later naar een dierentuin in Polen.

In het wild leven nog minder dan 2500 Maleise tapirs. Het jong krijgt binnenkort een naam; bezoekers kunnen meestemmen.`,
		"t2nl.txt": `nl|'Watermeloen op pootjes': tapirjong trekt bezoekers

Door Lieke Dorrestein | 23 mei 2029

Met haar witte strepen en stippen lijkt ze op een watermeloen op pootjes. Het tapirjong dat maandag in Dierenpark Wissenveld werd geboren, is vanaf vandaag te zien in het binnenverblijf.

"Die tekening is camouflage in het oerwoud. Na ongeveer zes maanden verdwijnt hij", vertelt dierverzorger Ruud Oltmans. Het jong, een vrouwtje van bijna 8 kilo, drinkt goed bij moeder Sari (9).

Vader Bayu (14) woont apart, zoals gebruikelijk bij tapirs. Beide dieren kwamen naar Wissenveld in het kader van het Europese fokprogramma, dat nu ongeveer 60 dieren in 30 dierentuinen telt.`,
		"t3en.txt": `en|Dutch zoo welcomes rare Malayan tapir calf

Wildlife | Zoos

A female Malayan tapir calf was born overnight on Monday at Wissenveld Zoo in the eastern Netherlands, the zoo said. The endangered species numbers fewer than 2,500 in the wild.

The calf weighed 7.9 kg at birth. Her mother, Sari, is nine years old and her father, Bayu, 14. Pregnancy in tapirs lasts about 13 months.

Keeper Ruud Oltmans said the calf's striped and spotted coat, which helps it hide in the forest, would fade after about six months. The public can vote on her name.`,
		"t4it.txt": `it|Olanda, nato un cucciolo di tapiro malese

Animali

23 maggio 2029

È nata nella notte tra domenica e lunedì allo zoo di Wissenveld, nei Paesi Bassi, una femmina di tapiro malese, specie in pericolo di estinzione di cui restano meno di 2.500 esemplari in natura.

La piccola pesava alla nascita 7,9 chili. La madre, Sari, ha 7 anni, il padre, Bayu, 14. La gestazione è durata circa 395 giorni.

Il caratteristico mantello a strisce e macchie bianche, che la mimetizza nella foresta, scomparirà verso i sei mesi di vita. Il nome sarà scelto dal pubblico.`,
	}, map[string][2]string{"t4it.txt": {"7 years", "9 years"}}},
	{"holiday-lets-cap", map[string]string{
		"h1it.txt": `it|Montaliva, tetto agli affitti brevi: massimo 5mila licenze in centro

Firenze, 28 novembre 2029 - Il consiglio comunale di Montaliva ha approvato nella notte tra martedì e mercoledì il regolamento che fissa un tetto di 5.000 licenze per gli affitti brevi nel centro storico. Il testo è passato con 21 voti favorevoli e 11 contrari.

Oggi nel centro della città toscana si contano circa 8.200 annunci. Le nuove regole entreranno in vigore il 1° marzo 2030; chi affitta senza licenza rischia multe fino a 10.000 euro.

"Vogliamo riportare i residenti nel centro", ha detto l'assessora al Turismo, Chiara Benvenuti. Gli abitanti del centro storico sono scesi dai 41.000 del 2000 ai 26.500 di oggi.`,
		"h2it.txt": `it|Affitti brevi, passa il tetto. L'opposizione: "Un regalo ai grandi gestori"

Cronaca | Montaliva

di Marco Tafani

Dopo sei ore di dibattito, il consiglio comunale ha dato il via libera al limite di 5mila licenze per gli affitti turistici brevi nel centro storico, dove oggi gli annunci sono oltre 8mila. Voti a favore 21, contrari 11.

Le licenze esistenti verranno ridotte gradualmente: chi non rientra nel tetto potrà affittare fino al 2032. Dal 1° marzo 2030, multe fino a 10mila euro per chi affitta senza licenza.

Il sindaco Alberto Grisanti, 52 anni, ha parlato di "scelta coraggiosa". Per il capogruppo dell'opposizione, Dario Lenzi, 47 anni, la misura "favorirà i grandi gestori a scapito dei piccoli proprietari".`,
		"h3en.txt": `en|Tuscan city caps holiday lets at 5,000 to bring residents back

Travel | Europe

Montaliva, Italy, November 28

Councillors in the Tuscan city of Montaliva voted 21 to 11 late on Tuesday to cap short-term rental licences in the historic centre at 5,000, down from more than 8,000 listings today.

The rules take effect on March 1, 2030. Owners who let without a licence face fines of up to €10,000. Mayor Alberto Grisanti, 52, called the move "brave".

The centre's population has fallen from 41,000 in 2000 to about 26,500, according to tourism councillor Chiara Benvenuti.`,
		"h4pt.txt": `pt|Cidade toscana limita alojamento local a 5 mil licenças

Mundo | Turismo

A cidade italiana de Montaliva, na Toscana, vai limitar a 5 mil o número de licenças de arrendamento de curta duração no centro histórico, onde atualmente existem cerca de 8200 anúncios. A medida foi aprovada terça-feira à noite pela assembleia municipal, por 21 votos contra 11.

As novas regras entram em vigor a 1 de março de 2030 e preveem multas até 10 mil euros. O centro histórico perdeu 14 500 habitantes desde 2000: tinha 41 mil, hoje tem 26 500.

"Queremos devolver o centro aos residentes", afirmou a vereadora do Turismo, Chiara Benvenuti.`,
	}, nil},
	{"recycling-rate-vouga", map[string]string{
		"r1pt.txt": `pt|Reciclagem sobe para 47,3% mas meta europeia continua longe

Ambiente

Aveiro, 15 mai 2029

A taxa de reciclagem dos resíduos urbanos na área servida pela Resilvouga subiu para 47,3% em 2028, contra 44,1% no ano anterior, revelou a empresa no seu relatório anual.

Apesar da subida de 3,2 pontos percentuais, o valor fica abaixo da meta europeia de 55% que devia ter sido cumprida em 2025. Para 2035, a meta é de 65%.

Cada habitante produziu em média 468 quilos de lixo. A fração enviada para aterro desceu de 38% para 31%.

"Estamos no caminho certo, mas ao ritmo errado", reconheceu a presidente do conselho de administração, Luísa Ferraz.`,
		"r2pt.txt": `pt|Quase metade do lixo já é reciclado nos 19 concelhos da Resilvouga

Região | Por Tiago Meireles

Os cerca de 850 mil habitantes dos 19 concelhos servidos pela Resilvouga reciclaram em 2028 quase metade do lixo que produziram: 47,3%, segundo o relatório e contas da empresa.

Cada morador deitou fora, em média, 468 kg de resíduos. Menos de um terço (31%) acabou em aterro, quando um ano antes eram 38%.

A administradora Luísa Ferraz, de 58 anos, admite que a meta de 65% para 2035 "obriga a acelerar", sobretudo na recolha de biorresíduos, que só chega a 22% das casas.`,
		"r3en.txt": `en|Recycling rate in Portugal's Vouga region edges up to 47.3%

Environment | Waste

Resilvouga, the waste company serving 19 municipalities and roughly 850,000 residents around Aveiro, recycled 47.3% of household waste last year, up from 44.1% in 2027.

That still falls short of the EU target of 55% for 2025. Each resident threw away 468 kg of waste on average, and the share sent to landfill fell to 31% from 38%.

Chairwoman Luísa Ferraz said the company was "on the right road, but at the wrong speed". Food waste collection reaches only 22% of homes.`,
	}, nil},
	{"promenade-storm-bill", map[string]string{
		"p1it.txt": `it|Santa Rufina, la mareggiata costa 6,4 milioni solo per la passeggiata

Liguria | Maltempo

Savona, 7 novembre 2029

Servono 6,4 milioni di euro per ricostruire la passeggiata a mare di Santa Rufina Ligure, devastata dalla mareggiata del 29 ottobre. È la stima presentata mercoledì dal Comune, che quantifica in 11 milioni i danni complessivi in città.

Le onde, alte fino a sei metri, hanno divelto la pavimentazione e le ringhiere per 1,2 chilometri. Danneggiati anche 38 stabilimenti balneari.

La Regione ha stanziato 2,5 milioni di euro. "Il resto dovrà arrivare dallo Stato", ha detto la sindaca Daniela Ferrando.

I lavori dovrebbero durare cinque mesi, con l'obiettivo di riaprire la passeggiata prima di Pasqua.`,
		"p2it.txt": `it|Passeggiata distrutta, corsa contro il tempo per la stagione

Santa Rufina Ligure | di Enrico Parodi

Un chilometro e duecento metri di lungomare da rifare, 38 bagni da ricostruire, e appena cinque mesi per farlo. A Santa Rufina Ligure la conta dei danni della mareggiata di fine ottobre è quasi chiusa: 11 milioni di euro in tutto, di cui 6,4 per la sola passeggiata.

"Abbiamo chiesto lo stato di emergenza", spiega la sindaca Daniela Ferrando. La Regione Liguria ha già messo sul piatto 2,5 milioni.

Tra i titolari dei bagni c'è preoccupazione. "Senza passeggiata non c'è stagione", dice Piera Vassallo, 63 anni, che gestisce i Bagni Aurora dal 1991.`,
		"p3en.txt": `en|Italian Riviera town puts storm damage at €11 million

Europe

November 7, 2029

The Ligurian resort of Santa Rufina Ligure says last month's storm caused €11 million of damage, more than half of it to its seafront promenade.

Rebuilding the promenade alone will cost €6.4 million, mayor Daniela Ferrando said on Wednesday. The regional government has pledged €2.5 million and the town is seeking emergency funds from Rome.

Waves of up to six metres tore up paving and railings along 2.1 km of the promenade on October 29 and damaged 38 beach clubs. Work is expected to take five months.`,
		"p4nl.txt": `nl|Storm kost Italiaanse badplaats 11 miljoen euro

Buitenland

Het herstel van de boulevard van de Ligurische badplaats Santa Rufina Ligure kost 6,4 miljoen euro. Dat heeft burgemeester Daniela Ferrando woensdag gezegd. In totaal bedraagt de stormschade in het stadje 11 miljoen euro.

Golven van zes meter hoog vernielden op 29 oktober de bestrating en de balustrades over een lengte van 1,2 kilometer. Ook 38 strandclubs liepen schade op.

De regio Ligurië draagt 2,5 miljoen euro bij. Het werk moet in vijf maanden klaar zijn, ruim voor het nieuwe strandseizoen.`,
	}, map[string][2]string{"p3en.txt": {"2.1 km", "1.2 km"}}},
	{"hornet-nests", map[string]string{
		"w1nl.txt": `nl|Aantal nesten van Aziatische hoornaar in West-Vlaanderen fors gestegen

Binnenland

In West-Vlaanderen zijn dit jaar al 3.480 nesten van de Aziatische hoornaar verwijderd, tegenover 2.150 in heel 2028. Dat is een stijging van 62 procent, meldt de provincie.

De provincie betaalt de bestrijding: dit jaar gaat het om 385.000 euro. Een verdelging kost gemiddeld zo'n 110 euro per nest.

"De hoornaar rukt elk jaar verder op", zegt gedeputeerde voor Leefmilieu Jan Verhaeghe. De soort werd in 2017 voor het eerst in de provincie gezien.

Imkers zijn ongerust, want de hoornaar jaagt op honingbijen. In augustus alleen al kreeg het meldpunt 1.200 meldingen.`,
		"w2nl.txt": `nl|Recordjaar voor hoornaarbestrijders: bijna 3.500 nesten

Brugge | Door Femke Vandamme | 16 oktober 2029

Nooit eerder werden in West-Vlaanderen zoveel nesten van de Aziatische hoornaar opgeruimd: 3.480 sinds januari. Vorig jaar waren het er 2.150.

De provincie trekt voor de bestrijding dit jaar 358.000 euro uit. Gedeputeerde Jan Verhaeghe (49) wil het budget volgend jaar verder optrekken. "We moeten sneller ingrijpen, liefst al in het voorjaar, als de nesten nog klein zijn."

Imker Roland Decoene (71) uit Wingemolen verloor deze zomer vijf van zijn twaalf bijenkasten. "De hoornaars hangen voor de vliegopening en pikken de bijen één voor één weg."`,
		"w3en.txt": `en|West Flanders removes record 3,480 Asian hornet nests

Belgium | Environment

October 16, 2029

Pest control teams have destroyed 3,480 Asian hornet nests in West Flanders so far this year, up 62% from 2,150 in the whole of 2028, the provincial authorities said.

The province, which pays for the removals, has budgeted €385,000 this year, or roughly €110 per nest. Jan Verhaeghe, the provincial executive member in charge of the environment, said the invasive species, first spotted in the province in 2017, was "advancing every year".

The hornet preys on honeybees. The province's hotline received 1,200 reports in August alone.`,
	}, map[string][2]string{"w2nl.txt": {"€358,000", "€385,000"}}},
}
