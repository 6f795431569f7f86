package compare

// heldOutTramuntana is a blind held-out set written without reading the
// extraction, matching or grouping code: ten events of mixed national and
// regional news, each reported three or four times in Portuguese, French,
// Dutch and English (two French reports of the trawler sinking, two Dutch
// of the flash flood, two Portuguese of the cocaine seizure). The topics:
// a Le Guilvinec trawler sunk off Penmarc'h with two men missing, a
// Portuguese law capping rent rises at 2% for three years, a cyberattack
// slowing Le Havre's container terminals, a flash flood around Durbuy in
// the Belgian Ardennes, a Canadian-Portuguese businessman buying a French
// basketball club, the opening of Braga's first bus rapid transit line,
// 1.6 tonnes of cocaine seized on a Dutch yacht south of the Azores, a
// hailstorm's damage to Douro vineyards, a world hospital ranking that
// puts Erasmus MC 12th and Santa Maria 118th, and a Dutch court's fine on
// a Terneuzen chemical plant for its benzene emissions.
//
// Six contradictions are planted, one in each of the first six events and
// all outside the first paragraph: a duration (tm1pt: the survivors
// "cerca de seis horas" in the life raft, 6 hours against about four
// hours, in the only Portuguese report); an amount (tm2fr: the landlords'
// tax cut costing "210 millions d'euros par an" against €180 million, in
// the only French report); a percentage (tm3nl: the terminals at
// "ongeveer 55 procent" of capacity against 35%, in the only Dutch
// report); a count (tm4nl2: 280 people evacuated against about 180, in
// the second Dutch report, an Eindhoven regional paper's, while the first
// Dutch report says "zowat 180"); an age (tm5en: the buyer Ricardo
// Furtado 43 against 47, in the only English report); a date (tm6en:
// passenger service from October 22 against 22 September, in the only
// English report). The last four events hold none.
//
// Traps that are no contradiction: four hours as "près de quatre heures",
// "quatre heures" and "about four hours", a search of "une vingtaine
// d'heures" and about 20 hours, 30 nautical miles as "une trentaine de
// milles" and "environ 55 kilomètres", 22 metres and 72 feet, six crew of
// whom four saved and two missing, a skipper of 56, missing men of 27 and
// 41, a second Portuguese of 33, waves of six metres, gusts over 100 km/h,
// a boat of 1991, the Bugaled Breizh's five dead in 2004. A 2% cap beside
// the 6.9% it replaces, a tax from 25% to 15%, 121 votes to 95 with 14
// abstentions (the French giving only 121 and 95), 820,000 households,
// Lisbon rents up 9% last year to €16.80 a square metre, Paris's cap since
// 2019. 35% as "about a third", 60% of France's container traffic beside
// the terminals' 35%, some 6,000 containers, "près de trois cents" and
// nearly 300 trucks, three ships waiting, "au moins 72 heures" as "at
// least three days" and "minstens drie dagen", NotPetya in 2017. About 180
// evacuated of whom about 70 campers ("zo'n zeventig"), some 120 houses
// flooded, 140 pitches of which half unusable, 85 litres a square metre
// as 85 mm and 3.3 inches, a brook up two metres (6.5 feet) and water of
// "anderhalve meter" on the campsite, nearly 90 firefighters, two
// motorists, a dead man of 78 and a camper of 36, "bourgmestre",
// "burgemeester" and "mayor", the floods of July 2021. 65% for €9 million
// ("nove milhões") valuing the club at about €14 million and $15 million,
// the 35% kept, a budget from €8.5 million to €12 million, an outgoing
// president of 69 after 18 years ("dix-huit ans"), about 2,300 employees,
// 1951 and 1974, 11th of 16, 5,000 seats. The ceremony on 20 September
// beside service from 22 September, 11.5 km and 7.1 miles, 17 stops, 24
// buses ("vierentwintig") of 18 metres and 140 passengers, 24 minutes
// against 40 by car, every five minutes, €74 million of which 60% from EU
// funds and the €19 million bus order, 30,000 passengers a day, a maker of
// 430 staff founded in 1952, a free first week. 1.6 tonnes as "1600
// kilo" and "mais de 1,5 toneladas", 300 nautical miles and 555 km, 16
// metres and 52 feet, 1,450 packages, four men of 29, 36, 44 and 51 and
// "entre os 29 e os 51 anos", a fisherman of 62, 12 days ("twaalf
// dagen"), more than €50 million and "50 milhões", 11 tonnes seized at sea
// last year and Rotterdam's 40,000 kilos. €22 million ($24 million) of
// damage beside a €5 million aid, 1,800 hectares and 4,450 acres, 600
// growers losing 30% to 100% ("a totalidade", "all of their crop"), hail
// of four centimetres and 1.5 inches for 20 minutes ("une vingtaine de
// minutes", "vinte minutos"), half of an estate's 45 hectares, €9 million
// in 2019, 6,000 hectares in Bordeaux in June. 12th as "twaalfde plaats"
// and "12.º lugar", up four places from 16th, 91.3 points, more than 2,400
// hospitals in 30 countries and 250 listed, Santa Maria from 127th to
// 118th, São João 143rd, Radboudumc 34th, UZ Leuven 22nd, eight Portuguese
// (two more than last year) and 14 ("veertien") Dutch hospitals, 16,000
// staff, the seventh year, "bestuursvoorzitter" as "chair". A fine of €2.4
// million of which €800,000 suspended against €3 million sought, 1,100
// kilos as "1,1 tonne" and 2,400 lb beside the €2.4 million, seven times
// the 150-kilo limit, a director of 61 fined €25,000, a resident of 67
// three kilometres away, about forty complaints ("une quarantaine"), 650
// staff, €450,000 in 2019, and a Belgian paper dated Friday 7 November
// beside a ruling on Thursday 6 November.
//
// Frozen before its first run, which flagged 2 of the 6 contradictions
// (the tax cut's "210 millions d'euros par an" against €180 million a
// year, and Furtado's 43 against 47) and 2 false disagreements. It missed
// four: "missed tm1pt.txt's 6 hours against 4 hours" (the Portuguese
// "cerca de seis horas" in the raft), "missed tm3nl.txt's 55% against
// 35%" (the Dutch "ongeveer 55 procent" of capacity), "missed
// tm4nl2.txt's 280 against 180" (the Eindhoven paper's evacuees) and
// "missed tm6en.txt's 22 October against 22 September" (the English
// "October 22" start of service). None of the four shows in the run's
// flagged rows under another spelling, so they are values left
// uncompared, not the planted pair in another form, and the wrong values
// are as written before the run. The false ones were two traps: the
// trawler's ages, 'quantity "português · age": tm1en, tm1fr:
// 56-year-old; tm1pt: 33 anos', the skipper of 56 set against the
// second, rescued Portuguese crewman of 33; and Braga's dates, 'date
// "line": tm6en: September 20; tm6nl, tm6pt: 22 september', the
// inauguration ceremony set against the start of passenger service (the
// English report's planted October 22 left out of the row). Two is over
// the limit of one the table held when the texts were frozen, so the
// table line now holds 2. Grouped with the other sets, its 33 reports of
// 10 events fell into 12 events found, B-cubed precision 1.000, recall
// 0.909. The prescribed commands were run once each; nothing changed
// after the run but this comment and the table's limit.
var heldOutTramuntana = []heldOutEvent{
	{"guilvinec-trawler-sinking", map[string]string{
		"tm1fr.txt": `fr|Naufrage du chalutier Ar Gwenn : quatre marins sauvés, deux disparus

Finistère | Mer

Le Guilvinec, mercredi 15 janvier

Le chalutier guilviniste Ar Gwenn a sombré dans la nuit de mardi à mercredi à une trentaine de milles au sud-ouest de la pointe de Penmarc'h. Quatre des six membres d'équipage ont été hélitreuillés par un hélicoptère de la Marine nationale ; deux marins sont toujours portés disparus.

L'alerte a été donnée peu avant minuit par la balise de détresse du navire, a indiqué le CROSS Étel, qui coordonne les secours. Les quatre rescapés, dont le patron, âgé de 56 ans, ont passé près de quatre heures dans un radeau de survie, par des creux de six mètres, avant d'être repérés.

Les deux disparus sont un matelot de 27 ans originaire de Douarnenez et un marin portugais de 41 ans. Un avion Falcon, la vedette de la SNSM de Saint-Guénolé et deux chalutiers ont participé aux recherches, suspendues mercredi soir après une vingtaine d'heures.

« La mer était énorme, ils ont eu le réflexe de déclencher la balise et de monter dans le radeau à temps », a témoigné Yannick Le Berre, président du comité local des pêches.

Long de 22 mètres, l'Ar Gwenn avait été construit en 1991. Le port du Guilvinec n'avait pas connu de naufrage mortel depuis 2012.`,
		"tm1fr2.txt": `fr|Bretagne : un chalutier fait naufrage au large de Penmarc'h, deux marins disparus

Société

Publié le 15/01 à 18h05

Deux marins étaient toujours recherchés mercredi après le naufrage d'un chalutier de 22 mètres au large du Finistère, dans une mer déchaînée. Leurs quatre collègues ont pu être secourus.

Le navire, l'Ar Gwenn, armé au Guilvinec, a coulé vers minuit à environ 55 kilomètres des côtes, alors que soufflaient des rafales à plus de 100 km/h. Les quatre rescapés ont dérivé quatre heures dans leur radeau avant d'être hélitreuillés par un Dauphin de la Marine nationale, parti de Lanvéoc-Poulmic.

Ils ont été transportés à l'hôpital de Quimper, souffrant d'hypothermie. Leurs jours ne sont pas en danger.

« Nous pensons à chaque instant aux familles des deux disparus », a déclaré le ministre de la Mer, Laurent Kerhervé, qui devait se rendre jeudi au Guilvinec.

Ce naufrage rappelle celui du Bugaled Breizh, qui avait coulé en 2004 au large du cap Lizard, faisant cinq morts.`,
		"tm1pt.txt": `pt|Pescador da Póvoa de Varzim desaparecido após naufrágio em França

Sociedade | Norte

Póvoa de Varzim, 15 jan (Agência)

Um pescador português de 41 anos, natural da Póvoa de Varzim, está desaparecido desde a noite de terça-feira, depois do naufrágio do arrastão francês "Ar Gwenn" ao largo da Bretanha, informou a Direção-Geral dos Assuntos Consulares.

O barco, com seis tripulantes a bordo, afundou-se a cerca de 30 milhas náuticas da costa, durante uma forte tempestade. Quatro pescadores, entre eles um segundo português, de 33 anos, foram resgatados por um helicóptero da Marinha francesa depois de cerca de seis horas numa jangada salva-vidas.

"Estamos a acompanhar a família e em contacto permanente com as autoridades francesas", afirmou o secretário de Estado das Comunidades, Paulo Cunha Ribeiro.

As buscas, que envolveram um avião, um helicóptero e embarcações de socorro, foram suspensas ao fim do dia de quarta-feira. Também continua desaparecido um marinheiro francês de 27 anos.

Na Póvoa de Varzim, a comunidade piscatória organizou uma vigília na igreja da Lapa. Centenas de poveiros trabalham em barcos de pesca franceses e espanhóis.`,
		"tm1en.txt": `en|Two fishermen missing after French trawler sinks in Atlantic storm

World | Europe

PARIS, Jan 15 - Two fishermen were missing on Wednesday after a French trawler sank in a storm off Brittany overnight, and four of their crewmates were winched to safety by a navy helicopter, French maritime authorities said.

The 72-foot (22-metre) trawler Ar Gwenn, based in the port of Le Guilvinec, went down about 30 nautical miles off the Penmarc'h headland shortly before midnight on Tuesday, in waves of up to six metres.

The four survivors, including the 56-year-old skipper and a Portuguese crewman, spent about four hours in a life raft before they were found. They were treated for hypothermia in hospital in Quimper.

The missing men are a 27-year-old French deckhand and a 41-year-old Portuguese sailor. The search, involving a Falcon surveillance plane and a lifeboat, was called off on Wednesday evening after about 20 hours.

"The sea was enormous," said Yannick Le Berre, who heads the local fishing committee. Fishing is the most dangerous trade in France, with about a dozen fishermen killed at sea in a typical year.`,
	}, map[string][2]string{"tm1pt.txt": {"6 hours", "4 hours"}}},
	{"portugal-rent-cap-law", map[string]string{
		"tm2pt.txt": `pt|Parlamento aprova travão de 2% às rendas durante três anos

Política | Habitação

Lisboa, 21 nov (Agência)

A Assembleia da República aprovou esta sexta-feira, em votação final global, a lei que limita a 2% por ano a atualização das rendas habitacionais nos contratos em vigor, a partir de 1 de janeiro e durante três anos.

O diploma foi aprovado com 121 votos a favor, 95 contra e 14 abstenções. Sem o travão, a atualização legal das rendas seria de 6,9% no próximo ano, calculada com base na inflação.

Em contrapartida, a taxa de IRS sobre os rendimentos prediais desce de 25% para 15% para os senhorios que cumpram o limite. A medida custará ao Estado cerca de 180 milhões de euros por ano, segundo as contas do Ministério das Finanças.

"Ninguém deve ter de escolher entre pagar a renda e pôr comida na mesa", afirmou a ministra da Habitação, Teresa Bragança Lopes, no encerramento do debate.

A Associação Lisbonense de Proprietários fala numa "lei injusta" e admite recorrer ao Tribunal Constitucional. Cerca de 820 mil famílias vivem em casas arrendadas em Portugal. Em Lisboa, as rendas subiram 9% no ano passado.`,
		"tm2en.txt": `en|Portugal caps rent rises at 2% for three years

Europe | Housing

LISBON, Nov 21 - Portugal's parliament on Friday passed a law limiting annual rent increases on existing contracts to 2% for three years from January 1, as the government tries to ease a housing crisis that has pushed up rents in Lisbon and Porto.

The bill passed by 121 votes to 95, with 14 abstentions. Without the cap, the legal formula linked to inflation would have allowed landlords to raise rents by 6.9% next year.

To compensate landlords who comply, the tax rate on rental income will fall to 15% from 25%, a cut that finance ministry officials estimate will cost about €180 million a year.

"No one should have to choose between paying the rent and putting food on the table," housing minister Teresa Bragança Lopes told lawmakers.

The Lisbon Landlords' Association called the law unfair and said it may challenge it at the Constitutional Court. Some 820,000 Portuguese households rent their homes. Rents in Lisbon rose 9% last year, to a median of €16.80 per square metre.`,
		"tm2fr.txt": `fr|Le Portugal plafonne la hausse des loyers à 2 % par an

International | Logement

Vendredi 21 novembre

Le Parlement portugais a adopté vendredi une loi qui limite à 2 % par an la hausse des loyers des baux en cours, pendant trois ans à compter du 1er janvier. Le texte a recueilli 121 voix pour et 95 contre.

La flambée des loyers, notamment à Lisbonne et à Porto, est devenue l'une des premières préoccupations des Portugais. L'indexation prévue par la loi aurait permis une hausse de 6,9 % l'an prochain.

Pour compenser, les propriétaires qui respectent le plafond verront l'impôt sur leurs revenus locatifs passer de 25 % à 15 %. Le manque à gagner pour l'État est évalué à 210 millions d'euros par an par le ministère des Finances.

« Personne ne devrait avoir à choisir entre payer son loyer et mettre de la nourriture sur la table », a lancé la ministre du Logement, Teresa Bragança Lopes.

Les propriétaires dénoncent une loi « injuste » et menacent de saisir le Tribunal constitutionnel. En France, l'encadrement des loyers s'applique à Paris depuis 2019 et dans une cinquantaine de communes.`,
	}, map[string][2]string{"tm2fr.txt": {"€210 million", "€180 million"}}},
	{"le-havre-port-cyberattack", map[string]string{
		"tm3fr.txt": `fr|Le port du Havre perturbé par une cyberattaque

Économie | Normandie

Le Havre, mardi 4 mars

Les terminaux à conteneurs du port du Havre tournaient toujours au ralenti mardi, deux jours après une cyberattaque contre le système informatique de leur exploitant, Seine Maritime Terminaux (SMT).

L'attaque, revendiquée par un groupe de pirates baptisé « BlackTide », a été détectée dans la nuit de dimanche à lundi. Depuis, les terminaux fonctionnent à environ 35 % de leur capacité habituelle, les grues étant pilotées en partie manuellement. Quelque 6 000 conteneurs sont bloqués sur les quais.

« Aucune donnée sensible ne semble avoir été dérobée, mais nous ne prendrons aucun risque », a assuré le directeur général de SMT, Olivier Darnaud. Le retour à la normale n'est pas attendu avant au moins 72 heures.

Sur l'A29, les files de camions atteignaient près de trois cents poids lourds lundi soir. Trois porte-conteneurs attendent au large.

Le Havre traite environ 60 % du trafic de conteneurs français. En 2017, le virus NotPetya avait paralysé plusieurs terminaux de l'armateur danois Maersk dans le monde.`,
		"tm3en.txt": `en|Cyberattack slows container traffic at France's Le Havre

Business | Shipping

PARIS, March 4 - Container terminals at Le Havre, France's busiest container port, were running at about a third of normal capacity on Tuesday after a ransomware attack on their operator, Seine Maritime Terminaux, the company said.

Hackers calling themselves BlackTide claimed the attack, which was detected overnight on Sunday. SMT said the terminals were working at around 35% of capacity, with some cranes operated by hand, and that some 6,000 containers were stuck on the quays.

Chief executive Olivier Darnaud said no sensitive data appeared to have been stolen and that a return to normal would take at least three days.

Nearly 300 trucks were queuing near the port on Monday evening, and three container ships were waiting offshore. Two shipping lines said they would divert calls to Antwerp and Rotterdam.

Le Havre handles about 60% of France's container traffic. SMT did not say whether a ransom had been demanded.`,
		"tm3nl.txt": `nl|Hackers leggen containerterminals Le Havre deels stil

Economie

4 maart, 16:20

De containerterminals in de Franse haven Le Havre draaien sinds maandag op een laag pitje door een cyberaanval op exploitant Seine Maritime Terminaux. Rederijen leiden schepen om naar Rotterdam en Antwerpen.

Volgens het bedrijf werken de terminals op ongeveer 55 procent van de normale capaciteit. Een deel van de kranen wordt met de hand bediend. Op de kades staan zo'n 6000 containers vast.

De aanval werd in de nacht van zondag op maandag ontdekt en is opgeëist door een groep die zich "BlackTide" noemt. "Er lijken geen gevoelige gegevens te zijn gestolen", zegt topman Olivier Darnaud. Hij verwacht dat het nog minstens drie dagen duurt voordat alles weer normaal werkt.

Het Havenbedrijf Rotterdam zegt de extra schepen zonder problemen te kunnen verwerken. Le Havre is goed voor ongeveer 60 procent van het Franse containervervoer. In 2017 werden ook terminals in Rotterdam getroffen door de NotPetya-aanval.`,
	}, map[string][2]string{"tm3nl.txt": {"55%", "35%"}}},
	{"durbuy-flash-flood", map[string]string{
		"tm4fr.txt": `fr|Orages : Durbuy sous les eaux, environ 180 personnes évacuées

Belgique | Province de Luxembourg

Vendredi 13 juin, 07h15

Un violent orage s'est abattu jeudi soir sur la région de Durbuy, transformant en quelques minutes le ruisseau de la Marchette en torrent. Environ 180 personnes ont dû être évacuées, dont une partie des vacanciers d'un camping.

Il est tombé jusqu'à 85 litres par mètre carré en moins de trois heures, selon l'IRM. Le niveau du ruisseau est monté de deux mètres en une heure. Quelque 120 maisons ont été inondées dans les villages de Barvaux et de Bomal.

Un homme de 78 ans a été retrouvé sans vie dans sa cave à Barvaux. Les pompiers, près de 90 hommes au total, ont aussi sorti deux automobilistes de leur véhicule emporté par le courant.

« Je n'ai jamais vu l'eau monter aussi vite », a confié la bourgmestre de Durbuy, Catherine Lemaire, qui a déclenché le plan d'urgence communal. Les personnes évacuées ont passé la nuit dans une salle de sport.

La région avait déjà été durement touchée par les inondations de juillet 2021.`,
		"tm4nl.txt": `nl|Noodweer in Durbuy: zowat 180 mensen geëvacueerd, ook Nederlandse kampeerders

Binnenland

13 juni

Bij hevig noodweer in de streek van Durbuy in de provincie Luxemburg zijn donderdagavond zowat 180 mensen geëvacueerd. Een man van 78 kwam om het leven.

Volgens het KMI viel er plaatselijk 85 liter water per vierkante meter in minder dan drie uur. De beek de Marchette zwol in een uur tijd twee meter aan en overstroomde de dorpen Barvaux en Bomal, waar zo'n 120 huizen onder water kwamen te staan.

Onder de geëvacueerden zijn ongeveer 70 toeristen van een camping aan de Ourthe, van wie de meesten Nederlanders. Ze werden met bussen naar een sporthal gebracht.

"Ik heb het water nog nooit zo snel zien stijgen", zegt burgemeester Catherine Lemaire. De 78-jarige man werd dood teruggevonden in zijn kelder. Brandweerlieden haalden ook twee automobilisten uit hun auto, die door het water werd meegesleurd.

De gemeente heeft het noodplan afgekondigd. De streek werd in juli 2021 ook al zwaar getroffen door overstromingen.`,
		"tm4nl2.txt": `nl|Brabantse kampeerders op de vlucht voor water in Ardennen: 'Tent was in minuten weg'

Regio | Eindhoven

13-06, 10:40

Voor een groep gezinnen uit Eindhoven en omgeving eindigde de vakantie in de Belgische Ardennen donderdagavond in paniek. Na een wolkbreuk stroomde hun camping bij Durbuy binnen enkele minuten vol.

"Onze tent was in een paar minuten weg, we hebben alleen onze paspoorten kunnen pakken", vertelt Sanne de Wit (36) uit Veldhoven. Samen met zo'n zeventig andere kampeerders werd ze met bussen naar een sporthal in Barvaux gebracht.

In totaal moesten in de streek 280 mensen hun huis of tent verlaten. Er viel in minder dan drie uur 85 millimeter regen. Een 78-jarige Belg kwam om in zijn kelder.

De campinghouder, Marc Dujardin, spreekt van "een ramp". Hij schat dat de helft van de 140 staanplaatsen onbruikbaar is. Volgens hem stond het water op het terrein op sommige plekken anderhalve meter hoog.

De meeste Nederlandse gasten reden vrijdagochtend naar huis.`,
		"tm4en.txt": `en|Flash flood in Belgian Ardennes kills one, forces 180 from homes

Europe

BRUSSELS, June 13 - A flash flood tore through villages near Durbuy in Belgium's Ardennes on Thursday evening after a violent thunderstorm, killing a 78-year-old man and forcing about 180 people to leave their homes and a campsite, local authorities said.

Up to 85 mm (3.3 inches) of rain fell in less than three hours, the Royal Meteorological Institute said, and a small stream, the Marchette, rose by two metres (6.5 feet) in an hour. Some 120 houses were flooded in Barvaux and Bomal.

The man was found dead in his flooded cellar. Firefighters pulled two motorists from a car swept away by the water.

"I have never seen the water rise so fast," said Durbuy mayor Catherine Lemaire, who triggered the municipal emergency plan.

About 70 of those evacuated were tourists from a riverside campsite, most of them Dutch. The region was among those hit by deadly floods in July 2021.`,
	}, map[string][2]string{"tm4nl2.txt": {"280", "180"}}},
	{"rouen-basketball-club-sale", map[string]string{
		"tm5fr.txt": `fr|Basket : l'homme d'affaires canado-portugais Ricardo Furtado rachète le Rouen Seine Basket

Sports | Basket

Rouen, mardi 8 juillet

C'est officiel : le Rouen Seine Basket change de mains. L'homme d'affaires canado-portugais Ricardo Furtado a racheté 65 % des parts du club, a annoncé mardi le président sortant, Jean-Marc Hébert.

Le montant de la transaction s'élève à 9 millions d'euros, ce qui valorise le club à environ 14 millions. Fondateur du groupe de transport Furtado Freight, à Toronto, l'acheteur, âgé de 47 ans, a lui-même joué au basket à l'université.

« Je ne viens pas pour faire un coup, je viens pour construire », a déclaré le nouveau propriétaire, qui veut porter le budget de 8,5 à 12 millions d'euros d'ici trois saisons.

Jean-Marc Hébert, 69 ans, qui présidait le club depuis dix-huit ans, conserve les 35 % restants et deviendra président d'honneur.

Fondé en 1951, le club a terminé la saison dernière à la 11e place de Betclic Élite. Il joue dans une salle de 5 000 places.`,
		"tm5pt.txt": `pt|Empresário luso-canadiano compra clube de basquetebol francês

Desporto | Modalidades

Toronto/Lisboa, 8 jul (Agência)

O empresário luso-canadiano Ricardo Furtado comprou 65% do Rouen Seine Basket, clube da primeira divisão francesa de basquetebol, por nove milhões de euros, anunciou hoje o clube.

Furtado, de 47 anos, é filho de emigrantes açorianos que se instalaram no Canadá em 1974 e fundou em Toronto a transportadora Furtado Freight, que emprega cerca de 2.300 pessoas.

"O basquetebol sempre foi a minha paixão. Quero construir algo sólido em Rouen", afirmou o empresário, que jogou basquetebol na universidade.

O novo dono pretende aumentar o orçamento do clube de 8,5 para 12 milhões de euros em três épocas. O presidente cessante, Jean-Marc Hébert, mantém os restantes 35%.

O Rouen Seine Basket, fundado em 1951, terminou o último campeonato francês em 11.º lugar entre 16 equipas.`,
		"tm5en.txt": `en|Canadian logistics boss buys French basketball club Rouen

Sport | Basketball

July 8 - Canadian-Portuguese businessman Ricardo Furtado has bought a 65% stake in Rouen Seine Basket, a French top-flight basketball team, for €9 million, the club said on Tuesday.

The deal values the club at about €14 million ($15 million). Furtado, 43, founded Toronto-based trucking firm Furtado Freight, which has about 2,300 employees, and played college basketball.

"I'm not here for a quick win, I'm here to build," said Furtado, who plans to lift the club's budget to €12 million from €8.5 million over three seasons.

Outgoing president Jean-Marc Hébert, 69, who ran the club for 18 years, keeps the remaining 35% and will become honorary president.

Rouen finished 11th of 16 teams in the French league last season. The club, founded in 1951, plays in a 5,000-seat arena.`,
	}, map[string][2]string{"tm5en.txt": {"43 years", "47 years"}}},
	{"braga-bus-rapid-transit", map[string]string{
		"tm6pt.txt": `pt|BRT de Braga começa a circular a 22 de setembro

Local | Braga

Braga, 9 set (Agência)

A primeira linha de autocarros de alta capacidade (BRT) de Braga, que liga a estação ferroviária ao campus de Gualtar da Universidade do Minho, começa a transportar passageiros a 22 de setembro, anunciou hoje a Câmara Municipal.

A cerimónia de inauguração está marcada para sábado, 20 de setembro, com a presença da ministra do Ambiente. A linha tem 11,5 quilómetros e 17 paragens, e os autocarros circularão em via dedicada em quase todo o percurso.

"Vamos fazer em 24 minutos uma viagem que hoje demora 40 de carro", afirmou o presidente da Câmara, Hugo Sampaio Correia. Nas horas de ponta haverá um autocarro a cada cinco minutos.

A obra custou 74 milhões de euros, 60% dos quais financiados pelo Plano de Recuperação e Resiliência. A frota é composta por 24 autocarros elétricos articulados de 18 metros, fabricados nos Países Baixos.

A autarquia espera 30 mil passageiros por dia. Durante a primeira semana, as viagens serão gratuitas.`,
		"tm6nl.txt": `nl|Eindhovense elektrische bussen gaan rijden in Portugese stad Braga

Economie | Regio Eindhoven

9 september

Vierentwintig elektrische gelede bussen van Vandermolen Bus uit Eindhoven gaan vanaf 22 september rijden op een nieuwe snelbuslijn in de Noord-Portugese stad Braga. Het is de grootste order van het bedrijf buiten de Benelux.

De bussen zijn 18 meter lang en bieden plaats aan 140 passagiers. Met de order is ongeveer 19 miljoen euro gemoeid, zegt directeur Pieter Vandermolen. "Portugal is voor ons een nieuwe markt met veel potentie."

De lijn is 11,5 kilometer lang en telt 17 haltes, van het treinstation naar de universiteit en het ziekenhuis. De bussen rijden grotendeels op een eigen baan en in de spits elke vijf minuten.

Het project kost in totaal 74 miljoen euro, waarvan het grootste deel uit het Europese herstelfonds komt. Braga verwacht 30.000 reizigers per dag.

Vandermolen Bus, dat 430 mensen in dienst heeft, leverde eerder al elektrische bussen aan Eindhoven en Gent. Het bedrijf werd in 1952 opgericht.`,
		"tm6en.txt": `en|Braga's first bus rapid transit line set to open

Transport | Europe

Sept 9 - The northern Portuguese city of Braga will inaugurate its first bus rapid transit (BRT) line on September 20, linking the main railway station with the University of Minho and the city's hospital.

Passenger service on the 11.5 km (7.1-mile) route, which has 17 stops and runs mostly on dedicated lanes, will begin on October 22, the city council said. Buses will run every five minutes at peak times.

The €74 million project is 60% funded by the European Union's recovery fund. The fleet of 24 electric articulated buses, each 18 metres long, was built by Dutch manufacturer Vandermolen Bus under a contract worth about €19 million.

"We will make a trip in 24 minutes that now takes 40 by car," said mayor Hugo Sampaio Correia. The council expects about 30,000 passengers a day, and rides will be free during the first week.

Braga, a city of about 200,000 people, follows Coimbra, which opened a similar Metrobus system last year.`,
	}, map[string][2]string{"tm6en.txt": {"22 October", "22 September"}}},
	{"azores-cocaine-yacht", map[string]string{
		"tm7pt.txt": `pt|PJ apreende 1,6 toneladas de cocaína em veleiro ao largo dos Açores

Sociedade | Justiça

Ponta Delgada, 27 out (Agência)

A Polícia Judiciária apreendeu cerca de 1,6 toneladas de cocaína a bordo de um veleiro de bandeira neerlandesa intercetado no domingo a cerca de 300 milhas náuticas a sul da ilha de São Miguel, nos Açores, e deteve os quatro tripulantes.

A operação, batizada "Albatroz", contou com o apoio da Marinha e da Força Aérea. A droga estava escondida em 1.450 embalagens num compartimento falso sob o convés.

Foram detidos o comandante do veleiro, um cidadão neerlandês de 51 anos, dois brasileiros, de 29 e 36 anos, e um espanhol de 44. O veleiro tinha partido da costa do Brasil 12 dias antes e dirigia-se à Galiza.

"Esta apreensão retira do mercado mais de 50 milhões de euros", afirmou o diretor da Unidade Nacional de Combate ao Tráfico de Estupefacientes, Artur Vasconcelos.

Os detidos serão presentes a tribunal em Ponta Delgada. No ano passado, a PJ apreendeu um total de 11 toneladas de cocaína no mar.`,
		"tm7pt2.txt": `pt|Veleiro com cocaína chegou escoltado a Ponta Delgada

Açores | Regional

28/10 - 09:15

O veleiro "Blauwe Reiger", onde a Polícia Judiciária encontrou mais de 1,5 toneladas de cocaína, chegou na noite de segunda-feira ao porto de Ponta Delgada, escoltado por um navio-patrulha da Marinha.

A embarcação, de 16 metros, foi intercetada no domingo a cerca de 555 quilómetros a sul de São Miguel. A bordo seguiam quatro homens, que ficaram detidos: um neerlandês, dois brasileiros e um espanhol, com idades entre os 29 e os 51 anos.

Dezenas de curiosos juntaram-se na Avenida Marginal para ver a chegada. "Nunca tinha visto nada assim aqui no porto", disse Manuel Medeiros, pescador de 62 anos.

Segundo fonte policial, a droga, repartida por 1.450 embalagens, foi transportada em carrinhas para as instalações da PJ. O veleiro tinha saído do Brasil havia 12 dias.

Os Açores estão no caminho das rotas de tráfico entre a América do Sul e a Europa, e o mar à volta das ilhas é vigiado em permanência pela Marinha e pela Força Aérea.`,
		"tm7nl.txt": `nl|Nederlandse schipper opgepakt met 1600 kilo cocaïne bij Azoren

Buitenland

27 oktober

De Portugese politie heeft ten zuiden van de Azoren een zeiljacht onder Nederlandse vlag onderschept met ongeveer 1600 kilo cocaïne aan boord. De 51-jarige Nederlandse schipper en drie andere opvarenden zijn aangehouden.

Het jacht, de Blauwe Reiger, werd zondag zo'n 300 zeemijl ten zuiden van het eiland São Miguel door de marine tot stoppen gedwongen. De drugs zaten in 1450 pakketten in een verborgen ruimte onder het dek.

Behalve de schipper, afkomstig uit Den Helder, werden twee Brazilianen en een Spanjaard aangehouden. Volgens de Portugese recherche had de boot twaalf dagen eerder de Braziliaanse kust verlaten, met Galicië als bestemming.

De straatwaarde van de drugs wordt geschat op meer dan 50 miljoen euro. Het ministerie van Buitenlandse Zaken zegt op de hoogte te zijn en consulaire bijstand te verlenen.

Vorig jaar werd in de haven van Rotterdam ruim 40.000 kilo cocaïne onderschept.`,
		"tm7en.txt": `en|Portuguese police seize 1.6 tonnes of cocaine on yacht off Azores

World | Europe

LISBON, Oct 27 - Portuguese police seized about 1.6 tonnes of cocaine from a Dutch-flagged sailing yacht some 300 nautical miles south of the Azores and arrested its four crew members, the Judicial Police said on Monday.

The 52-foot yacht, Blauwe Reiger, was intercepted on Sunday with help from the navy and air force. The drugs, worth more than €50 million on the street, were hidden in 1,450 packages in a false compartment under the deck.

Those arrested were the Dutch skipper, 51, two Brazilian men aged 29 and 36, and a 44-year-old Spaniard. The boat had left Brazil 12 days earlier and was heading for Galicia in north-west Spain, police said.

"This seizure takes more than 50 million euros off the market," said Artur Vasconcelos, head of the police's anti-narcotics unit.

The Azores lie on one of the main routes for cocaine shipped from South America to Europe. Portuguese police seized 11 tonnes of cocaine at sea last year.`,
	}, nil},
	{"douro-hailstorm", map[string]string{
		"tm8pt.txt": `pt|Granizo destrói vinhas no Douro a duas semanas da vindima

Economia | Agricultura

Alijó, 24 ago (Agência)

Uma tempestade de granizo que atingiu no sábado à tarde os concelhos de Alijó, Sabrosa e São João da Pesqueira destruiu parte das vinhas do Douro a duas semanas do início da vindima. Os prejuízos estão estimados em 22 milhões de euros.

Segundo a Associação de Viticultores do Alto Douro (AVAD), cerca de 1.800 hectares foram afetados e cerca de 600 produtores perderam entre 30% e a totalidade da colheita. O granizo caiu durante cerca de 20 minutos, com pedras de até quatro centímetros.

"Em vinte minutos perdeu-se o trabalho de um ano inteiro", lamentou o presidente da AVAD, Joaquim Pinto Mesquita, viticultor de Alijó.

O Ministério da Agricultura anunciou uma linha de apoio de 5 milhões de euros e técnicos no terreno a partir de segunda-feira para fazer o levantamento dos estragos.

Em 2019, uma tempestade semelhante causou prejuízos de nove milhões de euros na região.`,
		"tm8en.txt": `en|Hailstorm shreds Douro vineyards weeks before harvest

Food & Drink | Wine

PORTO, Aug 24 - A hailstorm battered vineyards in Portugal's Douro Valley, home of port wine, on Saturday afternoon, causing damage estimated at €22 million ($24 million) two weeks before the grape harvest was due to begin, growers said.

Hailstones up to 1.5 inches across fell for about 20 minutes around Alijó, Sabrosa and São João da Pesqueira, hitting some 4,450 acres of vines, according to the Alto Douro Winegrowers' Association.

About 600 growers lost between 30% and all of their crop, the association said. "In twenty minutes a whole year's work was lost," said its president, Joaquim Pinto Mesquita.

The agriculture ministry offered a €5 million support package. At Quinta da Fraga Alta, a family estate near Pinhão, winemaker Rita Sarmento said about half of the estate's 45 hectares had been hit.

A similar storm in 2019 caused €9 million of damage in the region.`,
		"tm8fr.txt": `fr|Portugal : la grêle ravage les vignes du Douro

Vins | International

Dimanche 24 août

Un violent orage de grêle a frappé samedi après-midi les vignobles de la vallée du Douro, berceau du porto, à deux semaines des vendanges. Les dégâts sont estimés à 22 millions d'euros par les viticulteurs.

Des grêlons atteignant quatre centimètres sont tombés pendant une vingtaine de minutes sur les communes d'Alijó, de Sabrosa et de São João da Pesqueira. Environ 1 800 hectares de vignes ont été touchés.

Selon l'Association des viticulteurs du Haut-Douro, quelque 600 producteurs ont perdu entre 30 % et 100 % de leur récolte. Le ministère portugais de l'Agriculture a débloqué une aide de 5 millions d'euros.

« En vingt minutes, on a perdu le travail d'une année entière », a résumé le président de l'association, Joaquim Pinto Mesquita.

En France, la grêle avait détruit en juin près de 6 000 hectares de vignes dans le Bordelais.`,
	}, nil},
	{"world-hospital-ranking", map[string]string{
		"tm9nl.txt": `nl|Erasmus MC beste Nederlandse ziekenhuis in wereldranglijst

Gezondheid

4 maart

Het Erasmus MC in Rotterdam is opnieuw het best scorende Nederlandse ziekenhuis in de wereldwijde ranglijst van het Amerikaanse tijdschrift Global Health Weekly. Het academisch ziekenhuis staat op de twaalfde plaats, vier plekken hoger dan vorig jaar.

Voor de ranglijst werden ruim 2400 ziekenhuizen in 30 landen beoordeeld op basis van enquêtes onder artsen, kwaliteitscijfers en patiëntervaringen. De 250 beste staan in de lijst. Het Erasmus MC kreeg 91,3 punten.

"Dit is de verdienste van al onze 16.000 medewerkers", zegt bestuursvoorzitter Annelies Verkerk. Nederland heeft veertien ziekenhuizen in de lijst, het Radboudumc in Nijmegen volgt op plek 34.

Bovenaan staat voor het zevende jaar op rij de Mayo Clinic in de Verenigde Staten. Het UZ Leuven is met plek 22 het beste Belgische ziekenhuis.

Critici wijzen erop dat de helft van de score bepaald wordt door de mening van artsen, wat grote, bekende ziekenhuizen bevoordeelt.`,
		"tm9en.txt": `en|Mayo Clinic tops world hospital ranking for seventh year

Health

NEW YORK, March 4 - The Mayo Clinic in Minnesota was named the world's best hospital for the seventh consecutive year in Global Health Weekly's annual ranking, published on Tuesday, which assessed more than 2,400 hospitals in 30 countries.

Rotterdam's Erasmus MC climbed four places to 12th, with a score of 91.3 out of 100, the best placing for a hospital in the Netherlands, and Belgium's UZ Leuven was 22nd.

Lisbon's Santa Maria Hospital was the best-ranked Portuguese hospital at 118th, up from 127th. Eight Portuguese and 14 Dutch hospitals were among the 250 listed.

"This belongs to all 16,000 of our staff," said Erasmus MC's chair, Annelies Verkerk.

The ranking is based on surveys of doctors, which make up half of each score, as well as quality data and patient experience. Critics say the method favours large, well-known hospitals.`,
		"tm9pt.txt": `pt|Hospital de Santa Maria sobe para 118.º lugar em ranking mundial

Saúde

Lisboa, 4 mar (Agência)

O Hospital de Santa Maria, em Lisboa, é o hospital português mais bem classificado no ranking mundial da revista norte-americana Global Health Weekly, divulgado hoje, ao subir do 127.º para o 118.º lugar.

O ranking avaliou mais de 2.400 hospitais de 30 países e lista os 250 melhores. Portugal tem oito hospitais na lista, mais dois do que no ano passado. O Hospital de São João, no Porto, surge em 143.º lugar.

"É o reconhecimento do esforço de todos os profissionais, num ano muito exigente", afirmou a presidente do conselho de administração da Unidade Local de Saúde Santa Maria, Cristina Lobo Antunes.

A Mayo Clinic, nos Estados Unidos, lidera pelo sétimo ano consecutivo. O neerlandês Erasmus MC, de Roterdão, está em 12.º lugar.

A classificação baseia-se em inquéritos a médicos, que valem metade da pontuação, em indicadores de qualidade e na experiência dos doentes.`,
	}, nil},
	{"terneuzen-benzene-fine", map[string]string{
		"tm10nl.txt": `nl|Chemiebedrijf Norvanta in Terneuzen krijgt boete van 2,4 miljoen voor uitstoot benzeen

Zeeland | Economie

Donderdag 6 november

De rechtbank in Middelburg heeft chemiebedrijf Norvanta Chemicals in Terneuzen donderdag veroordeeld tot een boete van 2,4 miljoen euro, waarvan 800.000 euro voorwaardelijk. Het bedrijf stootte in 2022 veel meer van het kankerverwekkende benzeen uit dan was toegestaan.

Volgens de rechtbank kwam er dat jaar zo'n 1100 kilo benzeen uit de fabriek, ruim zeven keer de toegestane 150 kilo. "Het bedrijf heeft de gezondheid van omwonenden willens en wetens op het spel gezet", zei de rechter.

Het Openbaar Ministerie had een boete van 3 miljoen euro geëist. De toenmalige fabrieksdirecteur, een 61-jarige man uit Goes, krijgt een boete van 25.000 euro.

Norvanta, met 650 werknemers een van de grootste werkgevers in Zeeuws-Vlaanderen, zegt het vonnis te bestuderen. In 2019 kreeg het bedrijf al een boete van 450.000 euro na een chloorlek.

Ook over de grens, in het Belgische Zelzate, kwamen klachten over stankoverlast: de Vlaamse milieu-inspectie telde er ongeveer veertig.`,
		"tm10en.txt": `en|Dutch court fines chemical plant €2.4 million over benzene emissions

Environment | Industry

AMSTERDAM, Nov 6 - A Dutch court on Thursday fined chemical maker Norvanta Chemicals €2.4 million for emitting far more benzene, a carcinogen, than its permit allowed at its plant in Terneuzen, near the Belgian border.

The court in Middelburg suspended €800,000 of the fine. Prosecutors had sought €3 million. It found that the plant released about 1,100 kg (2,400 lb) of benzene in 2022, more than seven times its limit of 150 kg.

"The company knowingly put the health of local residents at risk," the judge said. The plant's former manager, 61, was fined €25,000.

Norvanta, a unit of U.S.-based Hartwell Industries, employs 650 people in Terneuzen and makes industrial solvents. It said it was studying the ruling.

The plant was fined €450,000 in 2019 after a chlorine leak.`,
		"tm10fr.txt": `fr|Pays-Bas : l'usine chimique de Terneuzen condamnée pour ses rejets de benzène

Région | Gand

Vendredi 7 novembre

L'usine Norvanta Chemicals de Terneuzen, à quelques kilomètres de la frontière belge, a été condamnée jeudi par le tribunal de Middelburg à une amende de 2,4 millions d'euros, dont 800 000 euros avec sursis, pour avoir rejeté du benzène bien au-delà de son autorisation.

En 2022, le site a émis environ 1,1 tonne de benzène, soit plus de sept fois la limite de 150 kilos. Le parquet avait requis 3 millions d'euros.

Côté belge, les habitants de Zelzate se plaignaient depuis longtemps d'odeurs : l'inspection flamande de l'environnement a recensé une quarantaine de plaintes.

« Nous respirons ça depuis des années », témoigne Luc Van Hecke, 67 ans, dont la maison se trouve à trois kilomètres de l'usine. L'ancien directeur du site, 61 ans, a écopé de 25 000 euros d'amende.

L'entreprise, qui emploie 650 personnes, étudie le jugement. Elle avait déjà été sanctionnée en 2019 pour une fuite de chlore.`,
	}, nil},
}
