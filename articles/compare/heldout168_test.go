package compare

// heldOutSuete is a blind held-out set written without reading the
// extraction, matching or grouping code: ten events of business deals,
// weather disasters, culture prizes, health and local politics, each
// reported three or four times in English, French, Dutch and Portuguese
// (two Dutch reports of the ferry, two Portuguese of the legionella
// outbreak). The topics: the ferry Noordster riding out storm Odette off
// Kaapvliet with 412 on board, the French packaging group Aubrac
// Emballages buying the Portuguese cork maker Corticeira Valmonte for
// €480 million, Sint-Aldegonde's referendum against a merger with
// Berkelaar, a Legionnaires' outbreak in Vila Nova de Alvarenga, the
// Atlântico architecture prize for Hélène Marchetti, the bicycle maker
// Velorijn closing its plant in Ribalonga, a wildfire in the Aurelles
// hills, measles in Oosterveld, the Grand Prix of the Valcourt film
// festival for Joana Reis's "A Casa das Marés", and the resignation of
// Montcalvet's mayor Bernard Lacoste.
//
// Six contradictions are planted, one in each of the first six events and
// all outside the first paragraph: a duration (su1nl2: "In totaal zaten de
// 412 opvarenden negentien uur vast aan boord", 19 hours against the 14
// hours at sea of the English, French and other Dutch report); an amount
// (su2en: "Aubrac will pay €580 million for the business" against €480
// million in the Portuguese and French reports); a percentage (su3fr: "Le
// non l'a emporté avec 52 % des voix" against 62% in the Dutch and English
// reports); a count (su4fr: "Au total, 78 personnes ont été contaminées"
// against 87 in the two Portuguese and the English reports); an age
// (su5nl: "Marchetti, die 61 jaar is" against 71 in the French,
// Portuguese and English reports); a date (su6pt: "A produção termina a
// 13 de junho" against 30 June in the Dutch, English and French reports).
// The last four events hold none.
//
// Traps that are no contradiction: fourteen hours as "quatorze heures" and
// "veertien uur" beside a crossing of about 50 minutes ("une cinquantaine
// de minutes", "zo'n vijftig minuten"), departure at 18:30 ("half zeven")
// and arrival at 08:30 ("half negen"), gusts of 130 km/h beside "dépassant
// les 120 km/h", eleven checked and two taken to hospital, around 60,000
// households, a driver of 73, passengers of 58 and 34 and a daughter of
// four, a Sunday paper and Monday papers. €480 million with about €90
// million of debt inside it, sales of €310 million up 6%, Aubrac's €2.4
// billion, 1,450 staff as "près de 1 500", shares up 3.1%, "100 % du
// capital" and "a totalidade", a chief executive of 57, 1921 as "plus d'un
// siècle", jobs kept until 2038, "roughly 12 times earnings". 62% beside a
// turnout of 41% and a threshold of 30%, about 7,600 of some 18,500
// voters, a town of about 24,000, €14 million of debt, 19 votes to 8, a
// campaigner of 66, about forty mergers since 2019 and 285 communes. 87
// cases beside five dead, twelve in intensive care ("Doze", "douze"),
// victims aged 64 to 91, a patient of 71 and her daughter of 45, the first
// case on 27 July, ten days of incubation, eight doctors and twenty nurses,
// over 50, 2014's 370 cases and 12 dead, France's 2,000 a year, "ontem" in
// a Saturday paper. An age of 71 as "71 ans", "de 71 anos" and "Marchetti,
// 71" beside a partner of 68 and last year's winner of 54, €150,000 as
// "150 mil euros" and "150.000 euro", the prize since 2008, a practice of
// 1997, about thirty staff, twenty years of teaching, a hundred
// kilometres, a building of 2029 and one of 2021, the ceremony on 12 June.
// 30 June beside the announcement on Monday 10 March ("ontem" in a
// Tuesday paper), 320 jobs of which 240 on the line, about 180,000 bikes
// as "cerca de 180 mil", "roughly a quarter" and "près d'un quart", a loss
// of €18 million after a profit of €9 million, 2011, a chief executive of
// 49, a worker of 52 with 24 years there, a mayor of 63, "nearly a fifth",
// 1928. About 3,200 hectares as "près de 3 200", "some 3,200" and "cerca de
// 3.200" beside the 5,000 feared, about 2,400 evacuated, more than 1,100
// firefighters as "more than a thousand", ten planes, 70 km/h, 41 degrees
// as "41C", a farmer of 68 and a suspect of 48 ("hier soir" in a Friday
// paper, "on Thursday evening"), three houses, fourteen firefighters,
// 7,000 hectares in 2022, "em meia hora". 46 measles cases since
// September beside nine last year, four in hospital, a baby of seven
// months and sessions from six months, 61% vaccinated as "à peine six
// enfants sur dix", 89% nationally and 95% needed, a mayor of 57, up to 18
// others. A director of 38 beside an actress of 24, a rival director of 45
// and the director at 33 in 2029, 112 minutes, seven weeks, €1.2 million
// and about €2 million, 21 films as "Vingt et un", €30,000 as "30 mil
// euros", a festival from 17 to 27 May with the Grand Prix on Saturday
// ("ontem à noite" in a Sunday paper, "zaterdagavond"), about 62,000
// filmgoers, releases on 14 September and 12 October, "27e Festival". A
// mayor of 72 and a deputy of 44 and a councillor of 51, his resignation
// announced on Tuesday 7 October and taking effect on 31 October, the
// by-election on 7 and 14 December, 2026 and 2032 with 58%, about 21,000
// people, "roughly one in seven" as "cerca de 15%", nine of 33 seats, a
// budget of €38 million with €11 million of investment, about three
// thousand born in Portugal, a twinning of 2029, "première adjointe",
// "first deputy" and "primeira adjunta".
//
// Frozen before its first run, which flagged 4 of the 6 contradictions
// and 1 false disagreement. It flagged the hours aboard (duration
// "length": su1nl2's "negentien uur" against 14 hours in su1en and
// su1fr), the price (amount "business": su2en's €580 million against "480
// millions d'euros" and "480 milhões de euros"), the no vote (percent
// "kiezers": su3fr's "52 %" against 62% in su3en and su3nl) and the end of
// production (date "end": su6pt's "13 de junho" against 30 June in the
// three others). It missed the cases ("missed su4fr.txt's 78 against 87")
// and the architect's age ("missed su5nl.txt's 61 years against 71
// years"): no disagreement was flagged in either event. The false one was
// a trap: the storm's gusts, 'quantity "gusts": su1en, su1nl, su1nl2: up
// to 130 km/h; su1fr: 120 km/h', the French report's gusts "dépassant les
// 120 km/h" (a floor, not a measure) set against gusts of up to 130 km/h.
// One is within the limit of one the table held when the texts were
// frozen. Grouped with the other sets, its 35 reports of 10 events fell
// into 11 events found, B-cubed precision 1.000, recall 0.957 (all 167
// sets: precision 1.000, recall 0.935, F1 0.966). The prescribed commands
// were run once each; nothing changed after the run but this comment.
var heldOutSuete = []heldOutEvent{
	{"storm-odette-ferry", map[string]string{
		"su1en.txt": `en|Ferry with 412 on board rides out storm Odette for 14 hours off Dutch coast

World | Europe

Kaapvliet, Netherlands, Monday 13 November 2034

A ferry carrying 412 passengers and crew spent 14 hours at sea off the northern Dutch coast after storm Odette made it impossible to enter the harbour of Kaapvliet, the operator Waddenlijn said on Sunday.

The Noordster left the island of Sterrenoog at 18:30 on Saturday for what is normally a crossing of about 50 minutes. With gusts of up to 130 km/h at the harbour mouth, the captain turned back and dropped anchor in the lee of the island. The ship finally docked at 08:30 on Sunday morning.

"People were seasick and frightened, but nobody was hurt," said Waddenlijn spokeswoman Ingrid Dekema. Crew handed out blankets, soup and sandwiches through the night. Eleven passengers were checked by paramedics on arrival, and two were taken to hospital as a precaution.

Elsewhere the storm left around 60,000 households without power and uprooted hundreds of trees. A 73-year-old man was killed when a tree fell on his car near Eemsloo. The national weather service had issued a code red warning for the coast on Saturday afternoon.

Waddenlijn said it would refund all tickets and review why the crossing went ahead.`,
		"su1fr.txt": `fr|Tempête Odette : 412 personnes bloquées toute la nuit sur un ferry néerlandais

International

Dimanche 12 novembre 2034, 14h10

Un ferry néerlandais transportant 412 personnes, passagers et équipage, a dû patienter quatorze heures en mer avant de pouvoir accoster dimanche matin à Kaapvliet, dans le nord des Pays-Bas, en pleine tempête Odette.

Parti samedi soir de l'île de Sterrenoog pour une traversée d'une cinquantaine de minutes, le Noordster n'a pas pu entrer dans le port en raison de rafales dépassant les 120 km/h. Le capitaine a choisi de jeter l'ancre à l'abri de l'île. Le navire n'a rejoint le quai qu'à 8 h 30.

« Les gens avaient le mal de mer et avaient peur, mais personne n'a été blessé », a déclaré la porte-parole de la compagnie Waddenlijn. Deux passagers ont été hospitalisés par précaution.

La tempête a privé d'électricité environ 60 000 foyers dans le nord du pays. Un homme de 73 ans est mort lorsqu'un arbre est tombé sur sa voiture. L'institut météorologique avait déclenché l'alerte rouge samedi après-midi.`,
		"su1nl.txt": `nl|Veerboot Noordster veertien uur op zee door storm Odette

Binnenland

Kaapvliet, zondag 12 november 2034, 11.45 uur

De veerboot Noordster van rederij Waddenlijn heeft door storm Odette veertien uur op zee gelegen. De 412 opvarenden konden pas zondagochtend om half negen in Kaapvliet aan wal.

Het schip vertrok zaterdagavond om half zeven van Sterrenoog. Normaal duurt de overtocht zo'n vijftig minuten, maar door windstoten van 130 kilometer per uur kon de Noordster de haven niet in. De kapitein ging voor anker achter het eiland.

"Het was een lange nacht, maar de bemanning was geweldig", zegt passagier Johan Wierenga (58) uit Groningen. "Er werd soep uitgedeeld en iedereen kreeg een deken." Elf opvarenden werden bij aankomst nagekeken door ambulancepersoneel; twee van hen gingen voor de zekerheid naar het ziekenhuis.

Woordvoerder Ingrid Dekema van Waddenlijn zegt dat de rederij alle kaartjes vergoedt. Zaterdag voeren er vanwege code rood geen andere boten meer.

Elders in het noorden zaten zo'n 60.000 huishoudens zonder stroom. Bij Eemsloo kwam een 73-jarige automobilist om het leven toen een boom op zijn auto viel.`,
		"su1nl2.txt": `nl|Passagiers Noordster boos: 'Waarom voer die boot nog?'

Regio Noord

Maandag 13 november 2034

Een dag nadat de veerboot Noordster eindelijk in Kaapvliet aanmeerde, groeit de kritiek op rederij Waddenlijn. Passagiers vragen zich af waarom het schip zaterdagavond nog vertrok, terwijl het KNMI al code rood had afgegeven.

In totaal zaten de 412 opvarenden negentien uur vast aan boord voordat ze aan land konden. "Mijn dochter van vier heeft de hele nacht overgegeven", zegt Sanne Hoekstra (34) uit Leeuwarden. "Niemand vertelde ons iets."

Waddenlijn zegt dat de kapitein bij vertrek om half zeven nog binnen de veiligheidsnormen bleef. "Het weer verslechterde veel sneller dan voorspeld", aldus directeur Pieter Smeding. De rederij gaat haar procedures samen met de Inspectie Leefomgeving en Transport onderzoeken.

Gemeenteraadslid Anneke Bos van Sterrenoog wil dat de veerdienst bij code oranje al stopt. "Dit had heel anders kunnen aflopen."

De storm, met windstoten tot 130 kilometer per uur, kostte zaterdag één mensenleven en zorgde voor honderden omgevallen bomen.`,
	}, map[string][2]string{"su1nl2.txt": {"19 hours", "14 hours"}}},
	{"aubrac-buys-valmonte", map[string]string{
		"su2pt.txt": `pt|Francesa Aubrac compra Corticeira Valmonte por 480 milhões de euros

Economia | Empresas

Santa Maria da Feira, 8 mar 2035 (Agência)

O grupo francês de embalagens Aubrac Emballages vai comprar a Corticeira Valmonte, uma das maiores produtoras de rolhas de cortiça do país, por 480 milhões de euros, anunciaram as duas empresas esta quinta-feira.

O valor inclui cerca de 90 milhões de euros de dívida. A família Valmonte, que fundou a empresa em 1921, vende a totalidade do capital. A Corticeira Valmonte faturou 310 milhões de euros em 2034, mais 6% do que no ano anterior, e emprega cerca de 1.450 pessoas em três fábricas.

"Não é uma despedida, é uma nova etapa", disse o presidente executivo, Rui Valmonte, de 57 anos, que continuará à frente da empresa durante pelo menos três anos. A Aubrac comprometeu-se a manter todos os postos de trabalho em Portugal até 2038.

A operação ainda precisa de luz verde da Autoridade da Concorrência e deverá ficar concluída no verão. O sindicato do setor pediu uma reunião "com urgência" ao novo dono.`,
		"su2fr.txt": `fr|Aubrac Emballages s'offre le bouchonnier portugais Valmonte

Économie

Lyon, jeudi 8 mars 2035

Le groupe lyonnais Aubrac Emballages a annoncé jeudi le rachat de la Corticeira Valmonte, grand fabricant portugais de bouchons en liège, pour un montant de 480 millions d'euros, dette comprise.

Avec cette acquisition, Aubrac, qui réalise un chiffre d'affaires de 2,4 milliards d'euros, double sa présence dans le secteur du vin. Valmonte, fondée il y a plus d'un siècle, a réalisé l'an dernier un chiffre d'affaires de 310 millions d'euros et emploie près de 1 500 salariés.

« Le liège est un matériau d'avenir, naturel et recyclable », a déclaré la présidente du directoire d'Aubrac, Claire Forestier. L'action du groupe a gagné 3,1 % à la Bourse de Paris.

La famille fondatrice cède 100 % du capital. Le PDG Rui Valmonte restera aux commandes pendant au moins trois ans. La transaction, soumise à l'accord des autorités de la concurrence portugaises, devrait être bouclée d'ici l'été.`,
		"su2en.txt": `en|French packaging group Aubrac to buy Portuguese cork maker

Business

By our markets staff | Friday 9 March 2035

Aubrac Emballages, the French packaging group, has agreed to buy Corticeira Valmonte, a family-owned maker of wine corks in northern Portugal, the companies said on Thursday.

Aubrac will pay €580 million for the business, including about €90 million of debt, according to the statement. Valmonte had sales of €310 million last year, up 6%, and employs some 1,450 people at three plants.

The founding family, which set up the company in 1921, is selling its entire stake. Chief executive Rui Valmonte, 57, will stay on for at least three years. Aubrac, which has annual revenue of about €2.4 billion, promised to keep all jobs in Portugal until 2038.

Shares in Aubrac rose 3.1% in Paris on Thursday. Analysts at one Lisbon broker said the price was "full but fair" at roughly 12 times earnings.

The deal needs approval from Portugal's competition authority and is expected to close in the summer.`,
	}, map[string][2]string{"su2en.txt": {"€580 million", "€480 million"}}},
	{"sint-aldegonde-merger-vote", map[string]string{
		"su3nl.txt": `nl|Sint-Aldegonde zegt massaal nee tegen fusie met Berkelaar

Regio | Politiek

Sint-Aldegonde, maandag 10 april 2034

De inwoners van Sint-Aldegonde hebben zondag in een volksraadpleging duidelijk nee gezegd tegen een fusie met buurgemeente Berkelaar. 62 procent van de kiezers stemde tegen het plan van het gemeentebestuur.

De opkomst lag op 41 procent, ruim boven de drempel van 30 procent die nodig was om de uitslag geldig te maken. Van de ongeveer 18.500 stemgerechtigden brachten er zo'n 7600 hun stem uit.

"De boodschap is helder, we trekken het dossier in", zei burgemeester Els Verhaegen (CD&V) zondagavond. Het fusieplan had de gemeente volgens het bestuur een schuldovername van 14 miljoen euro door de Vlaamse overheid opgeleverd.

Tegenstanders vreesden vooral dat het gemeentehuis naar Berkelaar zou verhuizen. "Wij zijn geen wijk van Berkelaar", zei actievoerder Koen De Smet (66). In Berkelaar zelf werd niet gestemd; daar had de gemeenteraad in februari al met 19 tegen 8 stemmen voor de fusie gekozen.

De gemeenteraad van Sint-Aldegonde komt donderdag samen.`,
		"su3fr.txt": `fr|Fusion de communes : Sint-Aldegonde dit non à Berkelaar

Belgique

Bruxelles, le 10 avril 2034

Les habitants de Sint-Aldegonde, commune flamande d'environ 24 000 habitants, ont rejeté dimanche par consultation populaire le projet de fusion avec la commune voisine de Berkelaar.

Le non l'a emporté avec 52 % des voix, pour une participation de 41 %, bien au-delà du seuil de 30 % requis. Quelque 7 600 électeurs se sont déplacés.

« Le message est clair, nous retirons le dossier », a réagi dimanche soir la bourgmestre Els Verhaegen. La fusion aurait permis à la commune de bénéficier d'une reprise de dette de 14 millions d'euros par la Région flamande.

Les opposants craignaient de voir la maison communale déménager à Berkelaar. Le conseil communal de Berkelaar avait pour sa part approuvé la fusion en février, par 19 voix contre 8.

Depuis 2019, une quarantaine de communes flamandes ont fusionné. Le gouvernement flamand souhaite réduire le nombre de communes, aujourd'hui de 285, pour renforcer leurs moyens administratifs.`,
		"su3en.txt": `en|Belgian town votes against merger with neighbour

Europe | Local government

Tuesday 11 April 2034

Voters in the Flemish town of Sint-Aldegonde have rejected a plan to merge with neighbouring Berkelaar, dealing a blow to the town's mayor, who had backed the move.

In a referendum on Sunday, 62% voted no. Turnout was 41%, comfortably above the 30% threshold needed for the result to count; about 7,600 of some 18,500 registered voters took part.

Mayor Els Verhaegen said on Sunday evening that the plan would be withdrawn. "The message is clear," she said. The regional government had offered to take over €14 million of the town's debt if the merger went ahead.

Campaigners against the plan, led by retired teacher Koen De Smet, 66, said they feared the town hall would move to Berkelaar. Berkelaar's council had approved the merger in February by 19 votes to 8.

The town council of Sint-Aldegonde will meet on Thursday to formally drop the plan.`,
	}, map[string][2]string{"su3fr.txt": {"52%", "62%"}}},
	{"alvarenga-legionella", map[string]string{
		"su4pt.txt": `pt|Surto de legionela em Vila Nova de Alvarenga já infetou 87 pessoas

Saúde

Vila Nova de Alvarenga, 4 ago 2034 (Agência)

O surto de doença dos legionários em Vila Nova de Alvarenga já infetou 87 pessoas, cinco das quais morreram, informou esta sexta-feira a Direção-Geral da Saúde (DGS).

Doze doentes estão internados em cuidados intensivos no hospital distrital. As vítimas mortais tinham entre 64 e 91 anos e sofriam de outras doenças, segundo a delegada de saúde regional, Helena Sarmento.

As autoridades suspeitam de uma torre de refrigeração de uma fábrica de rações na zona industrial, que foi encerrada na quarta-feira. "Os resultados das análises à água devem chegar no início da próxima semana", disse Sarmento.

O primeiro caso foi detetado a 27 de julho. O período de incubação da doença pode chegar aos dez dias, pelo que a DGS não exclui novos casos. A legionela não se transmite de pessoa para pessoa.

Em 2014, um surto em Vila Franca de Xira infetou mais de 370 pessoas e fez 12 mortos.`,
		"su4pt2.txt": `pt|Legionela: "Disseram-nos que era uma gripe"

Sociedade | Vila Nova de Alvarenga

Sábado, 5 de agosto de 2034

Maria do Céu Pinto, de 71 anos, esteve três dias com febre alta antes de ser levada ao hospital. "Disseram-nos que era uma gripe de verão", conta a filha, Sofia, de 45 anos, à porta das urgências.

A mãe é um dos 87 casos confirmados do surto de legionela que atinge a cidade desde o fim de julho. Cinco pessoas morreram. A fábrica de rações Raçõeslar, cuja torre de refrigeração está sob suspeita, mantém-se fechada desde quarta-feira e garante que "cumpriu todas as regras de manutenção".

Ontem, a ministra da Saúde visitou o hospital distrital, onde doze doentes continuam nos cuidados intensivos, e anunciou o reforço de oito médicos e vinte enfermeiros. A câmara municipal desligou também as fontes decorativas da cidade por precaução.

"Há muita gente com medo de sair de casa", diz um farmacêutico do centro. A delegada de saúde lembra que a doença não passa de pessoa para pessoa e que o risco é maior para quem tem mais de 50 anos ou fuma.`,
		"su4en.txt": `en|Legionnaires' outbreak in Portuguese town kills five

Health

Lisbon, Saturday 5 August 2034

Five people have died and 87 have been infected in an outbreak of Legionnaires' disease in the Portuguese town of Vila Nova de Alvarenga, health officials said on Friday.

Twelve patients are in intensive care. Those who died were aged between 64 and 91 and had underlying conditions, said the regional health officer, Helena Sarmento.

Investigators suspect a cooling tower at an animal feed plant on the edge of town, which was shut down on Wednesday. Water test results are due early next week. The first case was identified on 27 July, and because the incubation period can last up to ten days, officials expect more.

The disease, a severe form of pneumonia, is caught by breathing in droplets of contaminated water and does not spread from person to person.

Portugal's worst outbreak, in 2014, infected more than 370 people and killed 12.`,
		"su4fr.txt": `fr|Portugal : cinq morts dans une épidémie de légionellose

Santé | International

Vendredi 4 août 2034

Une épidémie de légionellose a fait cinq morts à Vila Nova de Alvarenga, une ville du nord du Portugal, ont annoncé vendredi les autorités sanitaires portugaises.

Au total, 78 personnes ont été contaminées depuis la fin juillet, et douze patients se trouvent en soins intensifs. Les victimes décédées étaient âgées de 64 à 91 ans.

Les enquêteurs soupçonnent une tour aéroréfrigérante d'une usine d'aliments pour bétail, fermée mercredi. « Les résultats des analyses sont attendus en début de semaine prochaine », a indiqué la responsable sanitaire régionale, Helena Sarmento.

La période d'incubation pouvant atteindre dix jours, de nouveaux cas ne sont pas exclus. La maladie ne se transmet pas d'une personne à l'autre.

En France, près de 2 000 cas de légionellose sont déclarés chaque année.

La ministre portugaise de la Santé s'est rendue sur place et a annoncé l'envoi de renforts à l'hôpital du district. La mairie a coupé les fontaines de la ville par précaution.`,
	}, map[string][2]string{"su4fr.txt": {"78", "87"}}},
	{"atlantico-prize-marchetti", map[string]string{
		"su5fr.txt": `fr|L'architecte Hélène Marchetti remporte le prix Atlântico

Culture | Architecture

Jeudi 15 février 2035

L'architecte française Hélène Marchetti, 71 ans, a reçu jeudi le prix Atlântico d'architecture, l'une des distinctions les plus prestigieuses de la discipline, décernée chaque année à Lisbonne.

Le jury a salué « une œuvre patiente, attentive au climat et aux matériaux locaux », citant notamment la médiathèque de Saint-Aubin-sur-Lèze et le lycée agricole de Vernac, construit en terre crue. Le prix est doté de 150 000 euros.

Née à Marseille, Hélène Marchetti a fondé son agence en 1997 avec son associé Paul Ferrand, aujourd'hui âgé de 68 ans. L'agence compte une trentaine de collaborateurs.

« Je pense à tous ceux qui construisent sans bruit », a-t-elle réagi. Elle est la troisième femme à recevoir ce prix, créé en 2008. La cérémonie aura lieu le 12 juin à Lisbonne.

Ses bâtiments, souvent modestes par la taille, privilégient la ventilation naturelle et les matériaux trouvés à moins de cent kilomètres du chantier. « On n'a pas besoin de climatisation quand on construit juste », aime-t-elle répéter à ses étudiants de l'école d'architecture de Montpellier, où elle a enseigné pendant vingt ans.`,
		"su5pt.txt": `pt|Prémio Atlântico de Arquitetura para a francesa Hélène Marchetti

Cultura

Lisboa, 15 fev 2035 (Agência)

A arquiteta francesa Hélène Marchetti, de 71 anos, é a vencedora do Prémio Atlântico de Arquitetura deste ano, anunciou hoje o júri em Lisboa.

O prémio, no valor de 150 mil euros, distingue "uma obra atenta ao clima e aos materiais do lugar", segundo a presidente do júri, a arquiteta Inês Amaral. Marchetti é apenas a terceira mulher a recebê-lo desde a criação, em 2008.

Entre as obras citadas estão uma mediateca no sul de França e uma escola agrícola construída em terra crua. A arquiteta fundou o seu ateliê em Marselha em 1997, com o sócio Paul Ferrand.

O prémio será entregue a 12 de junho, numa cerimónia no Centro Cultural de Belém. No ano passado, foi atribuído ao japonês Kenji Morita, de 54 anos.

Marchetti, que ensinou durante vinte anos na escola de arquitetura de Montpellier, defende construções com ventilação natural e materiais encontrados a menos de cem quilómetros da obra. "Não precisamos de ar condicionado quando construímos bem", costuma dizer.`,
		"su5nl.txt": `nl|Franse architecte Marchetti wint Atlântico-prijs

Cultuur

Donderdag 15 februari 2035

De Franse architecte Hélène Marchetti krijgt de Atlântico-architectuurprijs, een van de belangrijkste onderscheidingen in het vak. Dat maakte de jury in Lissabon donderdag bekend.

Marchetti, die 61 jaar is, werd bekend met gebouwen van leem en hout in Zuid-Frankrijk. De jury prijst "haar geduldige, klimaatbewuste werk". Aan de prijs is een bedrag van 150.000 euro verbonden.

Ze is de derde vrouw die de prijs wint sinds de instelling in 2008. Haar bureau in Marseille, dat ze in 1997 oprichtte met Paul Ferrand, telt zo'n dertig medewerkers.

In Nederland ontwierp Marchetti in 2029 een bezoekerscentrum in een natuurgebied bij Zwolle. "Haar werk past goed bij onze tijd", zegt de Rotterdamse architect Joost van Dalen. De uitreiking is op 12 juni in Lissabon.

Marchetti gaf twintig jaar les aan de architectuurschool van Montpellier. Ze gebruikt bij voorkeur materialen die binnen honderd kilometer van de bouwplaats te vinden zijn en ontwerpt gebouwen die zonder airconditioning koel blijven.`,
		"su5en.txt": `en|French architect Hélène Marchetti wins Atlântico Prize

Arts

Thursday 15 February 2035

Hélène Marchetti, a French architect known for schools and libraries built from earth and timber, has won this year's Atlântico Prize for architecture, the jury announced in Lisbon on Thursday.

Marchetti, 71, is only the third woman to win the award since it was founded in 2008. It comes with €150,000.

The jury, chaired by the Portuguese architect Inês Amaral, praised "a patient body of work, attentive to climate and to local materials". Marchetti set up her Marseille practice in 1997 with her partner Paul Ferrand, 68.

"I am thinking of everyone who builds without making a noise," she said in a statement. Last year's prize went to Kenji Morita of Japan.

The award will be presented on 12 June in Lisbon.

Marchetti taught for twenty years at the school of architecture in Montpellier and is known for buildings that stay cool without air conditioning, using materials found within a hundred kilometres of the site. Her earth-built agricultural college at Vernac, finished in 2021, is studied by students across Europe.`,
	}, map[string][2]string{"su5nl.txt": {"61 years", "71 years"}}},
	{"velorijn-closes-ribalonga", map[string]string{
		"su6nl.txt": `nl|Velorijn sluit fietsfabriek in Portugal, 320 banen weg

Economie

Apeldoorn, maandag 10 maart 2036

Fietsenmaker Velorijn sluit zijn fabriek in het Portugese Ribalonga. Dat heeft het bedrijf maandag bekendgemaakt. Bij de fabriek werken 320 mensen.

De productie stopt op 30 juni. Het werk verhuist naar de fabriek van Velorijn in het Hongaarse Tatabánya, die wordt uitgebreid. Ribalonga maakte vorig jaar zo'n 180.000 fietsen, ongeveer een kwart van de totale productie van het bedrijf.

"Dit is een pijnlijk besluit", zegt topman Gerrit Lammers (49). "Maar de vraag naar gewone stadsfietsen daalt en we moeten kosten besparen." Velorijn leed in 2035 een verlies van 18 miljoen euro, na een winst van 9 miljoen een jaar eerder.

Velorijn opende de fabriek in Ribalonga in 2011, toen de productie in Nederland te duur werd. Het bedrijf belooft een sociaal plan. In Apeldoorn, waar het hoofdkantoor en de ontwerpafdeling zitten, verdwijnen geen banen.

De vakbond in Portugal reageert geschokt en heeft de werknemers voor donderdag bijeengeroepen.`,
		"su6pt.txt": `pt|Velorijn fecha fábrica de bicicletas em Ribalonga

Economia | Região

Ribalonga, 11 mar 2036

A fabricante neerlandesa de bicicletas Velorijn anunciou ontem o encerramento da fábrica de Ribalonga, onde trabalham 320 pessoas, das quais 240 na linha de montagem.

A produção termina a 13 de junho, segundo a carta enviada aos trabalhadores. A empresa vai transferir o fabrico para a Hungria. "Ninguém estava à espera", disse à saída do turno Manuel Ferreira, de 52 anos, há 24 na fábrica.

O presidente da câmara de Ribalonga, António Castro, de 63 anos, classificou a decisão como "um golpe duríssimo" para o concelho, onde a Velorijn é o segundo maior empregador. A autarquia vai pedir uma reunião urgente com o Ministério da Economia.

A fábrica abriu em 2011 e produziu cerca de 180 mil bicicletas no ano passado. A Velorijn registou prejuízos de 18 milhões de euros em 2035. O sindicato convocou um plenário para quinta-feira.`,
		"su6en.txt": `en|Dutch bike maker Velorijn to shut Portuguese plant

Business

Tuesday 11 March 2036

Velorijn, the Dutch bicycle maker, will close its factory in Ribalonga, Portugal, cutting 320 jobs, the company said on Monday.

Production will end on 30 June and move to Velorijn's plant in Tatabánya, Hungary. The Portuguese site built about 180,000 bikes last year, roughly a quarter of the group's output.

Chief executive Gerrit Lammers, 49, blamed falling demand for ordinary city bikes. The company swung to a loss of €18 million in 2035 from a profit of €9 million a year earlier.

Ribalonga's mayor, António Castro, called the closure "a very hard blow". Velorijn is the town's second-largest employer. The plant opened in 2011.

No jobs will go at the head office in Apeldoorn. The company said it would offer staff in Portugal severance above the legal minimum and help with retraining.

Velorijn, founded in 1928, sells its bikes mainly in the Netherlands, Germany and Belgium. Sales of electric bikes, which it makes in Hungary, rose last year, while demand for its traditional models fell by nearly a fifth.`,
		"su6fr.txt": `fr|Le néerlandais Velorijn ferme son usine de vélos au Portugal

Économie | Industrie

Lundi 10 mars 2036

Le fabricant de vélos néerlandais Velorijn a annoncé lundi la fermeture de son usine de Ribalonga, au Portugal, qui emploie 320 personnes.

La production s'arrêtera le 30 juin et sera transférée en Hongrie. Le site avait produit environ 180 000 vélos l'an dernier, soit près d'un quart de la production du groupe.

« C'est une décision douloureuse », a déclaré le directeur général, Gerrit Lammers. Velorijn a enregistré en 2035 une perte de 18 millions d'euros, contre un bénéfice de 9 millions l'année précédente, en raison de la baisse des ventes de vélos de ville.

Le groupe, dont le siège est à Apeldoorn, avait ouvert l'usine portugaise en 2011. Il promet un plan social.

À Ribalonga, où Velorijn est le deuxième employeur, le maire António Castro a dénoncé « un coup très dur » et demandé une réunion urgente au gouvernement portugais. Les syndicats ont convoqué une assemblée des salariés jeudi.`,
	}, map[string][2]string{"su6pt.txt": {"13 June", "30 June"}}},
	{"aurelles-wildfire", map[string]string{
		"su7fr.txt": `fr|Incendie dans le massif des Aurelles : près de 3 200 hectares brûlés

Faits divers | Sud

Sainte-Colombe-des-Pins, vendredi 20 juillet 2035

Un violent incendie a parcouru près de 3 200 hectares de pinède et de garrigue dans le massif des Aurelles depuis jeudi après-midi, obligeant à évacuer environ 2 400 habitants et vacanciers, selon la préfecture.

Plus de 1 100 sapeurs-pompiers, appuyés par dix avions bombardiers d'eau, étaient mobilisés vendredi. Le feu, attisé par un vent soufflant jusqu'à 70 km/h et une température de 41 degrés, n'était « pas encore fixé » en fin de journée. Les pompiers craignaient qu'il atteigne 5 000 hectares si le vent ne faiblissait pas.

Trois maisons et plusieurs hangars agricoles ont été détruits. Quatorze pompiers ont été légèrement blessés. « J'ai tout perdu, la grange, le tracteur, le foin », raconte Lucien Arnaud, agriculteur de 68 ans.

Un homme de 48 ans a été placé en garde à vue hier soir ; il est soupçonné d'avoir provoqué le départ de feu en utilisant une disqueuse. En 2022, un incendie avait ravagé 7 000 hectares dans le même secteur.`,
		"su7en.txt": `en|Wildfire in southern France brought under control after burning 3,200 hectares

World | Europe

Saturday 21 July 2035

Firefighters in southern France brought a wildfire in the Aurelles hills under control on Saturday, two days after it broke out, the local prefecture said.

The blaze burned some 3,200 hectares of pine forest and scrub, short of the 5,000 hectares officials had feared on Friday when winds gusted at up to 70 km/h. About 2,400 residents and holidaymakers were evacuated from Sainte-Colombe-des-Pins and nearby campsites; most were allowed home on Saturday morning.

More than a thousand firefighters and ten water-bombing planes fought the fire at its height. Fourteen firefighters suffered minor injuries and three homes were destroyed.

A 48-year-old man was taken into custody on Thursday evening on suspicion of starting the fire with an angle grinder while working on a fence.

Temperatures reached 41C in the region on Thursday. A fire in the same area in 2022 burned 7,000 hectares.`,
		"su7pt.txt": `pt|Incêndio no sul de França dado como dominado

Internacional

Sábado, 21 de julho de 2035

O incêndio que desde quinta-feira lavrava no maciço das Aurelles, no sul de França, foi dado como dominado este sábado, anunciaram as autoridades francesas.

As chamas consumiram cerca de 3.200 hectares de pinhal e mato. Cerca de 2.400 pessoas, entre moradores e turistas, tiveram de sair de casa; a maioria já regressou. Entre os deslocados estavam dezenas de portugueses de um parque de campismo, segundo o consulado em Marselha.

Mais de 1.100 bombeiros e dez aviões combateram o fogo, alimentado por ventos de 70 quilómetros por hora e temperaturas de 41 graus. Três casas foram destruídas e catorze bombeiros sofreram ferimentos ligeiros.

Um homem de 48 anos foi detido na quinta-feira à noite, suspeito de ter provocado o incêndio com uma rebarbadora. Em 2022, um fogo na mesma zona queimou 7.000 hectares.

"Vimos o fumo por cima das árvores e em meia hora os gendarmes mandaram-nos sair", contou Paulo Antunes, de Braga, que passava férias com a família no parque de campismo.`,
	}, nil},
	{"oosterveld-measles", map[string]string{
		"su8nl.txt": `nl|Mazelen rukken op in Oosterveld: al 46 kinderen ziek

Gezondheid

Oosterveld, woensdag 5 oktober 2033

In de gemeente Oosterveld zijn sinds begin september 46 mensen, bijna allemaal kinderen, besmet geraakt met mazelen. Dat meldt de GGD woensdag. Vorig jaar telde de hele provincie er nog maar negen.

Vier kinderen liggen in het ziekenhuis, onder wie een baby van zeven maanden die nog te jong was voor een vaccinatie. Met hen gaat het volgens de GGD naar omstandigheden goed.

In Oosterveld is slechts 61 procent van de kinderen gevaccineerd tegen mazelen, tegen 89 procent landelijk. "Bij minder dan 95 procent kan het virus zich makkelijk verspreiden", zegt arts infectieziektebestrijding Marleen Kuipers.

De GGD houdt vanaf zaterdag extra inentingsspreekuren in het dorpshuis. Ouders kunnen daar zonder afspraak terecht met kinderen vanaf zes maanden.

Burgemeester Hans Dijkstra (57) roept ouders op hun kinderen alsnog te laten vaccineren. "Ik respecteer ieders keuze, maar dit gaat over de gezondheid van andermans kinderen."`,
		"su8en.txt": `en|Measles outbreak spreads in Dutch town with low vaccination rate

Health

Thursday 6 October 2033

A measles outbreak in the Dutch town of Oosterveld has grown to 46 cases since early September, local health authorities said on Wednesday, most of them children.

Four children are in hospital, including a seven-month-old baby too young to be vaccinated. Only 61% of children in Oosterveld have had the measles jab, compared with 89% nationally and the 95% experts say is needed to stop the virus spreading.

"This is exactly what we were afraid of," said Marleen Kuipers, an infectious diseases doctor at the regional health service. Extra walk-in vaccination sessions will start on Saturday.

The province recorded just nine cases in the whole of last year. Mayor Hans Dijkstra urged parents to get their children vaccinated.

Measles is one of the most contagious diseases known: one infected person can infect up to 18 others who are not immune.`,
		"su8fr.txt": `fr|Pays-Bas : épidémie de rougeole dans une commune peu vaccinée

Santé | Europe

Mercredi 5 octobre 2033

Une épidémie de rougeole touche depuis début septembre la commune néerlandaise d'Oosterveld, où 46 cas ont été recensés, pour la plupart des enfants, a annoncé mercredi le service de santé régional.

Quatre enfants sont hospitalisés, dont un bébé de sept mois. Dans la commune, à peine six enfants sur dix sont vaccinés, contre 89 % à l'échelle nationale, loin des 95 % recommandés par l'Organisation mondiale de la santé.

« Le virus trouve un terrain favorable », explique la médecin Marleen Kuipers, du service de santé. Des séances de vaccination sans rendez-vous seront organisées à partir de samedi pour les enfants dès six mois.

L'an dernier, la province n'avait compté que neuf cas sur toute l'année. Le maire, Hans Dijkstra, 57 ans, appelle les parents à faire vacciner leurs enfants.

La rougeole, l'une des maladies les plus contagieuses, peut provoquer des complications graves, notamment des pneumonies et des encéphalites. Aux Pays-Bas, la couverture vaccinale recule depuis une dizaine d'années dans certaines communes.`,
	}, nil},
	{"valcourt-film-prize", map[string]string{
		"su9pt.txt": `pt|"A Casa das Marés", de Joana Reis, vence Grande Prémio em Valcourt

Cultura | Cinema

Domingo, 28 de maio de 2034

O filme "A Casa das Marés", da realizadora portuguesa Joana Reis, venceu ontem à noite o Grande Prémio do Festival Internacional de Cinema de Valcourt, em França. É a primeira vez que um filme português conquista o principal prémio do festival.

A longa-metragem, de 112 minutos, conta a história de uma jovem pescadora da costa alentejana que tenta salvar a casa da família do avanço do mar. A protagonista, Beatriz Lopes, de 24 anos, estreia-se no cinema.

"Este prémio é de toda a aldeia que nos recebeu", disse Joana Reis, de 38 anos, ao receber o troféu. O filme custou cerca de 1,2 milhões de euros e foi rodado em sete semanas.

O júri, presidido pelo realizador belga Luc Verbruggen, escolheu entre 21 filmes em competição. O prémio vem acompanhado de 30 mil euros para a distribuição em França. O filme estreia em Portugal a 14 de setembro.`,
		"su9fr.txt": `fr|Valcourt : le Grand Prix au film portugais « A Casa das Marés »

Cinéma

Valcourt, samedi 27 mai 2034, 23h40

Le Grand Prix du 27e Festival international du film de Valcourt a été attribué samedi soir à « A Casa das Marés » (La Maison des marées), de la réalisatrice portugaise Joana Reis, 38 ans.

Le film, qui suit une jeune pêcheuse de l'Alentejo luttant contre l'avancée de l'océan, a séduit le jury présidé par le cinéaste belge Luc Verbruggen. « Un film d'une grande douceur et d'une grande colère », a-t-il résumé.

La jeune actrice Beatriz Lopes, 24 ans, dont c'est le premier rôle, a reçu une longue ovation. Le Prix du jury est allé au film néerlandais « Lage Landen » de Sander Mulder.

Vingt et un films étaient en compétition lors de cette édition, qui s'est tenue du 17 au 27 mai et a accueilli environ 62 000 spectateurs. Le Grand Prix est doté de 30 000 euros d'aide à la distribution.`,
		"su9en.txt": `en|Portuguese drama takes top prize at Valcourt film festival

Film

Monday 29 May 2034

"A Casa das Marés" (The House of Tides), the second feature by Portuguese director Joana Reis, won the Grand Prix at France's Valcourt film festival on Saturday night.

Reis, 38, dedicated the award to the fishing village in the Alentejo where the film was shot over seven weeks on a budget of about €1.2 million. Its lead, 24-year-old newcomer Beatriz Lopes, plays a young fisherwoman trying to save her family's house from the rising sea.

The jury, headed by Belgian director Luc Verbruggen, chose from 21 films in competition. The jury prize went to the Dutch film "Lage Landen" by Sander Mulder.

Reis's debut, "Sal", won a prize for best first film in 2029, when she was 33. The Grand Prix carries €30,000 towards French distribution. The festival ran from 17 to 27 May. It drew about 62,000 filmgoers this year.

"I wanted to film the sea as a neighbour who is moving in uninvited," Reis told reporters after the ceremony.`,
		"su9nl.txt": `nl|Juryprijs in Valcourt voor Nederlandse film 'Lage Landen'

Cultuur | Film

Zondag 28 mei 2034

De Nederlandse film 'Lage Landen' van regisseur Sander Mulder heeft zaterdagavond de juryprijs gewonnen op het filmfestival van het Franse Valcourt. De hoofdprijs ging naar het Portugese 'A Casa das Marés' van Joana Reis.

Mulder (45) kreeg de prijs uit handen van juryvoorzitter Luc Verbruggen, een Belgische regisseur. 'Lage Landen' gaat over een boerenfamilie in Zeeland die haar land moet opgeven voor een dijkversterking. "Het is toevallig, maar beide winnaars gaan over de zee die terugkomt", zei Mulder.

De Grand Prix voor Reis (38) en hoofdrolspeelster Beatriz Lopes (24) was volgens Franse critici verdiend. Het festival, dat van 17 tot en met 27 mei duurde, had 21 films in de competitie.

'Lage Landen' is vanaf 12 oktober in de Nederlandse bioscopen te zien. Het is de tweede film van Mulder, die eerder vooral documentaires maakte. De film kostte ongeveer 2 miljoen euro en werd deels betaald door het Nederlands Filmfonds.`,
	}, nil},
	{"montcalvet-mayor-resigns", map[string]string{
		"su10fr.txt": `fr|Montcalvet : le maire Bernard Lacoste démissionne pour raisons de santé

Politique | Vie locale

Montcalvet, mardi 7 octobre 2036

Le maire divers droite de Montcalvet, Bernard Lacoste, 72 ans, a annoncé mardi soir en conseil municipal sa démission, pour raisons de santé. Elle prendra effet le 31 octobre.

Élu en 2026 puis réélu en 2032 avec 58 % des voix, il dirigeait depuis plus de dix ans cette ville de 21 000 habitants. « Je pars avec le sentiment du devoir accompli, mais mon corps me demande de m'arrêter », a-t-il déclaré, visiblement ému.

Jusqu'à l'élection d'un nouveau maire, l'intérim sera assuré par sa première adjointe, Nadia Benali, 44 ans, chargée des finances. Le conseil municipal étant incomplet, des élections municipales partielles auront lieu les 7 et 14 décembre.

L'opposition de gauche, qui compte 9 élus sur 33, a salué « un adversaire loyal ». Le dernier budget de la ville, voté en mars, s'élevait à 38 millions d'euros, dont 11 millions d'investissements.`,
		"su10en.txt": `en|French town's long-serving mayor steps down

Europe | Local politics

Thursday 9 October 2036

Bernard Lacoste, the 72-year-old mayor of Montcalvet in central France, has resigned on health grounds after more than a decade in office, he told the town council on Tuesday.

His resignation takes effect on 31 October. His first deputy, Nadia Benali, 44, who oversees the town's finances, will serve as acting mayor until a by-election, to be held in two rounds on 7 and 14 December.

Lacoste, a centre-right independent, was first elected in 2026 and won a second term in 2032 with 58% of the vote. The town of about 21,000 people has one of France's largest Portuguese communities, roughly one in seven residents.

"My body is asking me to stop," Lacoste said. Opposition councillors, who hold nine of the 33 seats, called him "a loyal adversary".

Benali has not said whether she will stand.`,
		"su10pt.txt": `pt|Autarca de Montcalvet, cidade com forte comunidade portuguesa, demite-se

Comunidades

Quarta-feira, 8 de outubro de 2036

O presidente da câmara de Montcalvet, Bernard Lacoste, de 72 anos, anunciou ontem a demissão por motivos de saúde. A cidade francesa, de cerca de 21 mil habitantes, tem uma das maiores comunidades portuguesas de França, cerca de 15% da população.

A saída produz efeitos a 31 de outubro. Até às eleições intercalares, marcadas para 7 e 14 de dezembro, o município será dirigido pela primeira adjunta, Nadia Benali, de 44 anos.

Entre os 33 vereadores está o luso-descendente Carlos Mendes, de 51 anos, filho de emigrantes de Chaves, que admite candidatar-se. "A comunidade portuguesa tem de estar representada", disse ao nosso jornal.

Lacoste, eleito pela primeira vez em 2026 e reeleito em 2032 com 58% dos votos, geminou Montcalvet com a vila portuguesa de Vale de Sousela em 2029.

No concelho vivem cerca de três mil pessoas nascidas em Portugal, sobretudo do Alto Minho e de Trás-os-Montes, muitas delas chegadas nos anos 1970 para trabalhar na construção e nas pedreiras da região.`,
	}, nil},
}
