package compare

// heldOutTehuano is a blind held-out set of ten events written without
// reading the comparison code: a Corsican mayor's resignation, a care
// home inspection in Portugal, West Nile cases in Veneto, a tuberculosis
// screening at a French school, a new frog species in Brazil, a neutrino
// detector under an Italian mountain, a foil fencing Grand Prix, a padel
// final in Lisbon, a merger referendum in the Aosta Valley and an ultra
// trail in Madeira, in French, Italian, Portuguese and English.
//
// Six contradictions are planted, one each, none in a first paragraph and
// all in a report whose language is the minority of its event: an age
// (the English wire gives the mayor 64 years, not 67, in its third
// paragraph), a count (the Portuguese report has 26 neuroinvasive West
// Nile cases, not 21), a duration (the English wire retests after six
// weeks, not eight), a distance (the English report puts the frog's
// mountains 80 km from Curitiba, not 60), a weekday (the Italian report
// has the foil final on Saturday, not Sunday) and a percentage (the
// English report has the padel crowd up 15%, not 18%). The care home,
// the neutrino detector, the referendum and the ultra trail hold none.
// The traps: a cost overrun in two amounts and "more than 40%", fifteen
// years in office against fifteen days to elect a successor and two
// weeks since the report, two people's ages in three events, licensed
// places against residents, "more than 20" against 23 breaches, "a month"
// against 30 days, last year's cases and deaths, 126 pupils and 14 adults
// against 140 screened, three months of treatment and three weeks of the
// teacher's care, "une soixantaine de kilomètres", 4 km² written as
// "4 square kilometres", a 30-tonne predecessor "ten times" smaller,
// "a dozen countries", last year's crowd of 34,700, "nearly 60%" against
// 58.4% and one village's 46.9%, a Valdostan "syndic" for a mayor, and
// race times to the second against rounded ones and a previous record.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions
// and 1 false disagreement; it missed the Portuguese report's 26 against
// 21 neuroinvasive cases (west-nile-veneto: missed u3pt.txt's 26 against
// 21) and the Italian report's Saturday against Sunday (foil-grand-prix:
// missed u7it.txt's Saturday against Sunday), and it set the English
// wire's 54 cases of last year against this year's 38 (west-nile-veneto:
// false disagreement count "cases": u3en: 54 cases; u3it, u3pt: 38 i
// casi). One false disagreement is within the set's limit, so its table
// line keeps a max of 1; no value in wrong was respelled.
//
// Fixed after, so the set is held out no longer: a count after its copula
// ("i casi erano stati 54"), which moved its false disagreement from one
// report to another: 4/6 flagged, 1 false.
//
// Fixed after again: a source's one weekday that no other source gives
// joins the one weekday row two or more others give and it lacks, when the
// days are neighbours, in another language, and neither is the day news
// was given out nor a bound or a plan (a rule written for the Fohnwall
// set): 5/6 flagged, 1 false.
var heldOutTehuano = []heldOutEvent{
	{"mayor-resigns-corsica", map[string]string{
		"u1fr.txt": `fr|Calvese : le maire Jean-Baptiste Orsoni jette l'éponge

Politique | Haute-Corse

Publié le 10/10/2029 à 07h45

Le maire de Calvese, Jean-Baptiste Orsoni (divers droite), a remis mardi sa démission au préfet de la Haute-Corse, quinze ans après sa première élection à la tête de cette commune de 4 800 habitants. Il effectuait son troisième mandat.

Cette décision intervient deux semaines après la publication d'un rapport de la chambre régionale des comptes sur l'extension du port de plaisance. Le chantier, estimé au départ à 1,6 million d'euros, a finalement coûté 2,3 millions d'euros. Le parquet de Bastia a ouvert en juin une enquête préliminaire.

« Je pars la tête haute. Je n'ai jamais pris un centime », assure l'élu de 67 ans, qui dit vouloir « protéger la commune ».

En attendant que le préfet accepte la démission, c'est la première adjointe, Marie-Ange Santoni, 49 ans, qui assure l'intérim. Le conseil municipal, qui compte 27 élus, devra ensuite se réunir dans un délai de quinze jours pour élire un nouveau maire.

Le chef de file de l'opposition, Paul-Antoine Mattei (six sièges), réclame des élections anticipées.`,
		"u1fr2.txt": `fr|Démission du maire de Calvese après le rapport sur le port

Actualités

Bastia, le 9 octobre 2029

Jean-Baptiste Orsoni n'est plus maire de Calvese. L'élu, âgé de 67 ans, a adressé ce mardi sa lettre de démission au préfet, en expliquant vouloir « protéger la commune » après les critiques de la chambre régionale des comptes.

Dans un rapport rendu public fin septembre, les magistrats financiers relèvent que l'extension du port de plaisance a coûté 2,3 M€, contre 1,6 M€ prévus, soit un dépassement de plus de 40 %. Une enquête préliminaire a été ouverte en juin par le parquet de Bastia.

Élu pour la première fois en 2014, réélu en 2020 puis en 2026, M. Orsoni dirigeait la commune depuis quinze ans.

L'intérim sera assuré par sa première adjointe, Marie-Ange Santoni. Les 27 conseillers municipaux auront quinze jours, après l'acceptation de la démission par le préfet, pour désigner un successeur.

À lire aussi : Port de Calvese, les chiffres qui fâchent`,
		"u1en.txt": `en|Corsican mayor quits over marina cost overrun

PARIS, Oct 9 (Wire) - Jean-Baptiste Orsoni, the mayor of the Corsican town of Calvese, resigned on Tuesday, two weeks after public auditors criticised a marina expansion whose cost rose to 2.3 million euros from an initial estimate of 1.6 million.

Orsoni, who has run the town of about 4,800 people since 2014, sent his resignation to the state's representative on the island, the prefect of Haute-Corse. Prosecutors in Bastia opened a preliminary investigation in June.

"I leave with my head held high. I never took a cent," the 64-year-old said in a statement.

His first deputy, Marie-Ange Santoni, 49, will serve as acting mayor. The 27-member council must elect a new mayor within 15 days once the prefect accepts the resignation.

(Reporting by Claire Dumas; Editing by Mark Heller)`,
		"u1it.txt": `it|Corsica, si dimette il sindaco di Calvese

Esteri | Corsica

10 ottobre 2029

Il sindaco di Calvese, in Alta Corsica, Jean-Baptiste Orsoni, 67 anni, ha rassegnato martedì le dimissioni al prefetto dopo quindici anni alla guida del comune, che conta circa 4.800 abitanti.

Al centro della vicenda c'è l'ampliamento del porto turistico, costato 2,3 milioni di euro contro gli 1,6 milioni previsti, secondo la Corte dei conti regionale. La procura di Bastia ha aperto un'indagine preliminare a giugno.

Fino all'elezione del successore, entro quindici giorni dall'accettazione delle dimissioni, le funzioni di sindaco saranno esercitate dalla prima vicesindaca Marie-Ange Santoni, 49 anni.`,
	}, map[string][2]string{"u1en.txt": {"64 years", "67 years"}}},
	{"care-home-inspection", map[string]string{
		"u2pt.txt": `pt|Inspeção encontra 23 irregularidades em lar de Penalva do Vouga

Sociedade | Viseu

Publicado a 8 out 2029, 11:20

Uma inspeção do Instituto da Segurança Social (ISS) ao Lar Quinta das Acácias, em Penalva do Vouga (Viseu), detetou 23 irregularidades, nove das quais consideradas graves, revelou esta segunda-feira o instituto.

O lar tem licença para 98 utentes, mas acolhia 112 no dia da visita, a 2 de outubro. No turno da noite estavam apenas duas auxiliares, quando a lei exige pelo menos quatro para aquele número de residentes.

A instituição tem 30 dias para corrigir as falhas, sob pena de encerramento, e arrisca uma coima até 44 mil euros.

A diretora técnica, Fernanda Lacerda, garante que "parte dos idosos foi acolhida a pedido do hospital, por não terem para onde ir". A mensalidade média ronda os 1150 euros.

Na inspeção anterior, em 2026, tinham sido detetadas sete irregularidades.`,
		"u2pt2.txt": `pt|Lar com 112 idosos e licença para 98 tem 30 dias para corrigir falhas

Região

Penalva do Vouga, 8 de outubro de 2029

O Lar Quinta das Acácias tem um mês para corrigir as falhas detetadas pela Segurança Social, que visitou a instituição no passado dia 2. Entre as 23 infrações registadas, nove são graves, incluindo a falta de pessoal durante a noite: duas auxiliares para 112 residentes, metade do mínimo legal.

Os utentes têm em média 86 anos; a mais velha completou 101 anos em agosto.

A coima pode chegar aos 44 000 euros. Em 2026, uma primeira inspeção tinha registado sete irregularidades.

Fernanda Lacerda, diretora técnica do lar, diz que a instituição "nunca recusou ninguém" e que a mensalidade média, de cerca de 1150 euros, "mal cobre os custos".

Partilhar | Comentar`,
		"u2en.txt": `en|Inspectors find breaches at overcrowded care home in central Portugal

Portugal | Health

8 October 2029

Social security inspectors found more than 20 breaches of the rules, nine of them serious, at a care home in Penalva do Vouga in the Viseu district that housed 112 elderly residents although it is licensed for 98, the Social Security Institute said on Monday.

Only two care assistants were on duty at night during the visit on October 2, half the legal minimum. The home, Quinta das Acácias, has 30 days to put things right or face closure, and could be fined up to €44,000.

Its technical director, Fernanda Lacerda, said some residents had been taken in at the request of the local hospital. Residents pay about €1,150 a month on average.

A previous inspection in 2026 found seven breaches.`,
	}, nil},
	{"west-nile-veneto", map[string]string{
		"u3it.txt": `it|West Nile, in Veneto salgono a 38 i casi. Tre morti

Salute | Veneto

Venezia, 4 settembre 2029

Sono 38 i casi di infezione da virus West Nile confermati quest'anno in Veneto, 21 dei quali nella forma neuroinvasiva, la più grave. Lo comunica la Regione nel suo bollettino settimanale. I decessi sono tre: due uomini di 79 e 84 anni e una donna di 91 anni, tutti con patologie pregresse.

La provincia più colpita è quella di Rovigo, con 14 casi. Dall'inizio della sorveglianza, a giugno, sono stati analizzati 950 pool di zanzare, 160 dei quali positivi al virus.

"La situazione è sotto controllo, ma invitiamo tutti a proteggersi dalle punture, soprattutto al tramonto", ha detto l'assessora regionale alla Sanità, Giulia Marcon.

L'anno scorso, a fine stagione, i casi erano stati 54, con sei morti.`,
		"u3it2.txt": `it|Virus West Nile, terzo decesso nel Polesine

Cronaca | Rovigo

4/9/2029

Una donna di 91 anni di Ca' Verzara, ricoverata da dieci giorni all'ospedale di Rovigo, è morta per le complicanze di un'infezione da West Nile. È il terzo decesso in Veneto dall'inizio della stagione, dopo quelli di due uomini di 79 e 84 anni.

In regione i casi confermati salgono a 38, di cui 14 nella provincia di Rovigo. Le forme neuroinvasive sono 21.

Il Comune di Ca' Verzara ha disposto interventi straordinari di disinfestazione, che proseguiranno per tre notti. Interventi analoghi sono in corso in altri 11 comuni della provincia.

Nel 2028 i casi in Veneto erano stati 54.`,
		"u3en.txt": `en|Italy's Veneto region reports third West Nile death

ROME, Sept 4 (Wire) - A third person has died of West Nile virus in Italy's northeastern Veneto region this year, regional health authorities said on Tuesday, as confirmed infections rose to 38.

The latest victim was a 91-year-old woman from the province of Rovigo, which accounts for 14 of the cases. Two men aged 79 and 84 died earlier in the season.

Twenty-one patients developed the neuroinvasive form of the disease, which can cause encephalitis and meningitis. Regional health chief Giulia Marcon urged residents to use repellent, particularly at dusk.

Veneto recorded 54 cases and six deaths in 2028.`,
		"u3pt.txt": `pt|Vírus do Nilo Ocidental faz terceira vítima mortal no norte de Itália

Mundo

4 set 2029 - 16:40

Uma mulher de 91 anos morreu na região italiana do Véneto devido ao vírus do Nilo Ocidental, elevando para três o número de mortos este ano, informaram as autoridades regionais de saúde.

Desde o início da época foram confirmados 38 casos na região, 26 dos quais na forma neuroinvasiva, a mais grave. A província de Rovigo, com 14 casos, é a mais afetada.

As outras duas vítimas eram homens de 79 e 84 anos. No ano passado, o Véneto registou 54 casos.

O vírus é transmitido pela picada de mosquitos infetados.`,
	}, map[string][2]string{"u3pt.txt": {"26", "21"}}},
	{"tb-school-screening", map[string]string{
		"u4fr.txt": `fr|Tuberculose au collège Les Tilleuls : cinq infections latentes détectées

Santé | Loire-Atlantique

Publié le 16/10/2029 à 18h02

L'Agence régionale de santé (ARS) des Pays de la Loire a annoncé mardi que cinq personnes présentaient une infection tuberculeuse latente, après le dépistage organisé au collège Les Tilleuls de Saint-Maurin-sur-Loire, où un enseignant a été diagnostiqué fin septembre.

Au total, 126 élèves et 14 adultes ayant côtoyé l'enseignant ont été testés. Aucun autre cas de tuberculose active n'a été identifié. Les personnes infectées recevront un traitement préventif de trois mois.

Un second dépistage aura lieu huit semaines après le dernier contact, soit à la fin du mois de novembre. « Il n'y a aucune raison de fermer l'établissement », souligne le Dr Claire Vasseur, médecin de santé publique à l'ARS.

Le collège accueille 540 élèves. La France compte environ 5 000 cas de tuberculose par an.`,
		"u4fr2.txt": `fr|Saint-Maurin-sur-Loire. Après le cas de tuberculose, les parents rassurés

Saint-Maurin-sur-Loire

16 octobre 2029

Une centaine de parents ont assisté jeudi dernier à la réunion d'information organisée au collège Les Tilleuls (540 élèves), après qu'un professeur de mathématiques a été diagnostiqué porteur d'une tuberculose pulmonaire.

Les résultats du premier dépistage sont tombés ce mardi : sur les 140 personnes testées, élèves et personnels, cinq ont une infection latente, non contagieuse. Elles seront traitées pendant trois mois.

« Le risque de transmission reste faible », rappelle le Dr Claire Vasseur, de l'ARS. Un nouveau test sera proposé dans 8 semaines à tous les contacts.

L'enseignant, lui, est soigné depuis trois semaines et ne devrait pas reprendre avant janvier.`,
		"u4en.txt": `en|Five latent TB infections found after teacher's diagnosis at French school

PARIS, Oct 16 (Wire) - Five people have tested positive for latent tuberculosis infection at a secondary school in western France where a teacher was diagnosed with the disease last month, regional health authorities said on Tuesday.

The ARS health agency screened 140 pupils and staff who had been in contact with the maths teacher. No further active cases were found, and those infected will receive three months of preventive treatment.

The school, Les Tilleuls in Saint-Maurin-sur-Loire, which has 540 pupils, will remain open.

A second round of testing will take place six weeks after the last contact, said public health doctor Claire Vasseur. France records about 5,000 tuberculosis cases a year.`,
	}, map[string][2]string{"u4en.txt": {"6 weeks", "8 weeks"}}},
	{"frog-species-parana", map[string]string{
		"u5pt.txt": `pt|Nova espécie de sapinho com menos de 1 centímetro é descoberta no Paraná

Ciência

Curitiba, 21 nov 2029

Pesquisadores da Universidade Estadual do Alto Iguaçu descreveram uma nova espécie de sapinho-pingo-de-ouro, com apenas 9,8 milímetros de comprimento, encontrada na Serra do Itaberá, a cerca de 60 quilômetros de Curitiba.

Batizado de Brachycephalus aurinebula, o anfíbio vive no chão da mata nebular, a 1.350 metros de altitude, numa área estimada em apenas 4 km². É a 41ª espécie conhecida do gênero.

"Encontramos os primeiros exemplares em 2025, mas foram precisos três anos de estudo para confirmar que se tratava de uma espécie nova", disse o biólogo Marcos Nogueira, principal autor do estudo, publicado na revista Neotropical Herpetology.

Os autores recomendam que a espécie seja classificada como ameaçada de extinção.`,
		"u5pt2.txt": `pt|Sapinho de 9,8 mm é a mais nova espécie da Mata Atlântica

Meio Ambiente | Paraná

21/11/2029 14h10

Um sapinho laranja menor que uma unha foi descrito como nova espécie por uma equipe de sete pesquisadores paranaenses. O Brachycephalus aurinebula mede 9,8 mm e só foi encontrado em um trecho de floresta de altitude da Serra do Itaberá, a 1.350 m.

A área onde a espécie vive tem cerca de 4 quilômetros quadrados, o que a torna muito vulnerável a incêndios e ao avanço de pastagens, segundo o coordenador da pesquisa, Marcos Nogueira.

O gênero Brachycephalus, exclusivo da Mata Atlântica, passa a contar com 41 espécies. A serra fica a 60 km da capital paranaense.`,
		"u5en.txt": `en|Tiny orange frog smaller than a fingernail found in Brazil's Atlantic Forest

Science | Nature

21 November 2029

Scientists in Brazil have described a new species of pumpkin toadlet just 9.8 millimetres long, found only in a patch of cloud forest in the southern state of Paraná.

Brachycephalus aurinebula lives in leaf litter at about 1,350 metres above sea level in the Serra do Itaberá, the team of seven researchers wrote in the journal Neotropical Herpetology.

The mountains lie some 80 km from the state capital, Curitiba, and the frog's entire known range covers roughly 4 square kilometres, lead author Marcos Nogueira said. It is the 41st known species in its genus.

The researchers want it listed as endangered.`,
		"u5fr.txt": `fr|Brésil : une grenouille de moins d'un centimètre découverte

Sciences

21 novembre 2029 à 16h35

Une nouvelle espèce de minuscule grenouille orange, mesurant 9,8 mm, a été décrite par des chercheurs brésiliens dans une forêt de nuages de l'État du Paraná, à une soixantaine de kilomètres de Curitiba.

Baptisée Brachycephalus aurinebula, elle vit à 1 350 mètres d'altitude sur une zone d'environ 4 km². C'est la 41e espèce connue de ce genre, propre à la forêt atlantique.

Les sept auteurs de l'étude demandent qu'elle soit classée comme menacée d'extinction.`,
	}, map[string][2]string{"u5en.txt": {"80 km", "60 km"}}},
	{"neutrino-detector", map[string]string{
		"u6it.txt": `it|Monte Serrone, acceso il rivelatore Lumen: 300 tonnellate di argon liquido

Scienza

L'Aquila, 12 giugno 2029

Dopo sei anni di lavori è entrato in funzione nei Laboratori del Monte Serrone, sotto 1.400 metri di roccia, il rivelatore di neutrini Lumen. Il suo cuore è una vasca riempita con 300 tonnellate di argon liquido, mantenuto a -186 gradi.

Il progetto, costato 78 milioni di euro, coinvolge 220 fisici di 12 Paesi. Il riempimento della vasca ha richiesto 40 giorni.

"Lumen è dieci volte più grande del suo predecessore e ci permetterà di studiare i neutrini prodotti nel Sole con una precisione mai raggiunta", spiega la portavoce della collaborazione, Elena Ferrandi.

I primi dati scientifici sono attesi per la primavera del 2030. Il precedente rivelatore, Lumen-1, da 30 tonnellate, era rimasto in funzione dal 2017 al 2026.`,
		"u6en.txt": `en|Giant neutrino detector switched on under Italian mountain

Science

12 June 2029

A neutrino detector holding 300 tonnes of liquid argon has started operating deep under Monte Serrone in central Italy, six years after construction began.

The €78m Lumen experiment, shielded by 1,400 metres of rock, is run by a collaboration of about 220 physicists from a dozen countries. Filling its tank with argon cooled to minus 186C took 40 days.

"It is ten times bigger than its predecessor," said Elena Ferrandi, the collaboration's spokeswoman. Lumen-1, a 30-tonne detector, ran from 2017 to 2026.

Scientists hope to publish the first results on neutrinos from the Sun next year.`,
		"u6fr.txt": `fr|Italie : un détecteur de neutrinos géant mis en service sous le Monte Serrone

Sciences | Physique

Publié le 12 juin 2029

Le détecteur Lumen, installé sous 1 400 mètres de roche dans les laboratoires souterrains du Monte Serrone (Abruzzes), a été mis en service après six ans de travaux. Il contient 300 tonnes d'argon liquide, refroidi à -186 °C.

L'expérience, d'un coût de 78 millions d'euros, réunit quelque 220 physiciens de douze pays. Sa porte-parole, Elena Ferrandi, promet des premiers résultats au printemps 2030.

Son prédécesseur, Lumen-1, contenait dix fois moins d'argon.`,
	}, nil},
	{"foil-grand-prix", map[string]string{
		"u7fr.txt": `fr|Fleuret : Léa Morvan battue en finale du Grand Prix de Saint-Clérac

Sports | Escrime

Publié le 28/01/2029 à 20h14

La Française Léa Morvan s'est inclinée dimanche en finale du Grand Prix de fleuret de Saint-Clérac face à l'Italienne Chiara Benvenuti (15-11), devant près de 2 000 spectateurs.

Lauréate de l'épreuve en 2027, la Nantaise de 27 ans avait pourtant dominé sa demi-finale 15-9 contre la Japonaise Aiko Fujisawa.

Benvenuti, 24 ans et 14e mondiale, remporte le premier Grand Prix de sa carrière. Le tournoi réunissait 212 tireuses de 38 pays.

« J'ai manqué de jambes en fin de match », a reconnu Morvan.`,
		"u7fr2.txt": `fr|Escrime. Chiara Benvenuti s'offre Saint-Clérac, Morvan en argent

Sport

Saint-Clérac, 28 janvier 2029

Elle n'avait jamais dépassé les quarts de finale d'un Grand Prix. Dimanche, l'Italienne Chiara Benvenuti, 24 ans, a dominé la Française Léa Morvan en finale (15-11) au palais des sports de Saint-Clérac.

Après trois jours de compétition réunissant 212 fleurettistes de 38 nations, Morvan, lauréate en 2027, a dû se contenter de l'argent. Les médailles de bronze sont revenues à la Japonaise Aiko Fujisawa et à l'Américaine Dana Whitlock.

Grâce à ce succès, Benvenuti devrait remonter de la 14e à la 6e place mondiale.`,
		"u7en.txt": `en|Benvenuti beats Morvan to win Saint-Clérac foil Grand Prix

Fencing

January 28, 2029

Italy's Chiara Benvenuti won the first Grand Prix title of her career on Sunday, beating home favourite Léa Morvan 15-11 in the women's foil final in Saint-Clérac, France.

The 24-year-old, ranked 14th in the world, is expected to climb to sixth. Morvan, 27, who won the event in 2027, had beaten Japan's Aiko Fujisawa 15-9 in the semi-finals.

The three-day tournament drew 212 fencers from 38 countries.`,
		"u7it.txt": `it|Scherma, Benvenuti trionfa nel Grand Prix di fioretto a Saint-Clérac

Sport | Scherma

29 gennaio 2029

Prima vittoria in carriera in un Grand Prix per Chiara Benvenuti. La fiorettista azzurra, 24 anni, ha battuto in finale la padrona di casa Léa Morvan per 15-11.

"È un sogno, non ci credevo nemmeno quando ho messo l'ultima stoccata", ha detto la campionessa dopo la finale di sabato, disputata davanti a quasi 2.000 spettatori.

Numero 14 del ranking mondiale, l'azzurra dovrebbe salire al sesto posto. In gara c'erano 212 atlete di 38 Paesi.`,
	}, map[string][2]string{"u7it.txt": {"Saturday", "Sunday"}}},
	{"padel-open-lisbon", map[string]string{
		"u8pt.txt": `pt|Salgueiro e Freixo perdem final do Lisboa Padel Open

Desporto | Padel

Lisboa, 13 mai 2029

A dupla portuguesa Duarte Salgueiro e Nuno Freixo perdeu este domingo a final do Lisboa Padel Open, frente ao argentino Tomás Quiroga e ao espanhol Álvaro Merino, por 6-4, 3-6 e 7-5, ao fim de duas horas e 12 minutos.

Foi a primeira vez que uma dupla portuguesa chegou à final do torneio, que distribuiu 525 mil euros em prémios.

"Estivemos a dois pontos de fazer história", lamentou Salgueiro, de 29 anos. O parceiro, Nuno Freixo, tem 33.

A organização contabilizou 41 mil espectadores ao longo dos sete dias, mais 18% do que em 2028.`,
		"u8pt2.txt": `pt|Padel: Quiroga e Merino travam sonho português

Modalidades

13/05/2029 - 21:48

Faltou muito pouco. Duarte Salgueiro (29 anos) e Nuno Freixo (33) estiveram a servir para o título no terceiro set, mas acabaram derrotados por 6-4, 3-6 e 7-5 por Tomás Quiroga e Álvaro Merino, na final do Lisboa Padel Open.

"O público foi incrível, pena não termos conseguido retribuir", disse Freixo no final.

Com um prize money de 525.000 euros, o torneio da Arena Tejo Norte recebeu 41.000 espectadores em sete dias, contra 34.700 no ano passado, um aumento de 18%.

Veja também: Ranking mundial de padel`,
		"u8en.txt": `en|Quiroga and Merino win Lisbon Padel Open

Padel

May 13, 2029

Argentina's Tomás Quiroga and Spain's Álvaro Merino won the Lisbon Padel Open on Sunday, beating Portugal's Duarte Salgueiro and Nuno Freixo 6-4, 3-6, 7-5 in a final lasting two hours and 12 minutes.

Salgueiro, 29, and Freixo, 33, were the first Portuguese pair to reach the final of the tournament, which offered €525,000 in prize money.

Organisers said 41,000 spectators attended over the seven days, up 15% on last year.`,
	}, map[string][2]string{"u8en.txt": {"15%", "18%"}}},
	{"merger-referendum-aosta", map[string]string{
		"u9it.txt": `it|Fusione dei comuni, vince il sì: nasce Trois-Rives

Politica | Valle d'Aosta

Aosta, 24 settembre 2029

Vercheney, Issolaz e Champorsin diventeranno un unico comune. Al referendum consultivo di domenica il sì ha ottenuto complessivamente il 58,4% dei voti, con un'affluenza del 63,2%: hanno votato 1.985 dei 3.140 aventi diritto.

A Champorsin, però, hanno prevalso i contrari: il sì si è fermato al 46,9%.

Il nuovo comune, che si chiamerà Trois-Rives e conterà circa 4.230 abitanti, nascerà il 1° gennaio 2031. La Regione verserà un contributo di 1,2 milioni di euro all'anno per dieci anni.

"È una scelta di buon senso", ha commentato il sindaco di Vercheney, Luc Berthod, tra i promotori.`,
		"u9fr.txt": `fr|Référendum : le oui l'emporte, Trois-Rives verra le jour en 2031

Politique

Publié le 24/09/2029

Les électeurs de Vercheney, Issolaz et Champorsin ont approuvé dimanche la fusion de leurs trois communes, avec 58,4 % de oui. La participation a atteint 63,2 %.

Seule Champorsin a voté contre, le oui n'y recueillant que 46,9 % des suffrages. « Nous entendons le message », a déclaré le syndic de Vercheney, Luc Berthod.

La nouvelle commune comptera quelque 4 230 habitants. Elle bénéficiera d'une aide régionale de 1,2 million d'euros par an pendant dix ans.`,
		"u9en.txt": `en|Three Alpine villages vote to merge in Italy's Aosta Valley

AOSTA, Italy, Sept 24 (Wire) - Voters in three small towns in Italy's French-speaking Aosta Valley backed a merger in a referendum on Sunday, with nearly 60% in favour, although one of the three, Champorsin, voted against.

Turnout was 63.2%, with 1,985 of 3,140 registered voters casting a ballot. The new municipality, Trois-Rives, will have about 4,230 inhabitants and will come into being on Jan. 1, 2031.

The regional government will pay it 1.2 million euros a year for ten years.`,
	}, nil},
	{"ultra-trail-madeira", map[string]string{
		"u10pt.txt": `pt|Francês Julien Carrère bate recorde no Ultra Trilhos da Laurissilva

Desporto | Madeira

Funchal, 22 abr 2029

O francês Julien Carrère venceu este domingo o Ultra Trilhos da Laurissilva, na Madeira, com novo recorde da prova: completou os 115 quilómetros, com 7200 metros de desnível positivo, em 12 horas, 41 minutos e 8 segundos.

O anterior máximo, 12:58:30, pertencia desde 2026 ao espanhol Iker Olabarria. Carrère, de 31 anos, melhorou-o em mais de 17 minutos.

Na prova feminina venceu a portuguesa Inês Baptista, de 36 anos, em 15:02:44.

Dos 2300 atletas que partiram de Porto Moniz à meia-noite, 1870 cortaram a meta dentro do limite de 32 horas.`,
		"u10en.txt": `en|Carrère smashes course record in Madeira ultra

Trail running

April 22, 2029

France's Julien Carrère broke the course record at the Laurissilva Ultra Trail in Madeira on Sunday, covering the 115 km route, with 7,200 m of climbing, in 12 hours 41 minutes.

The 31-year-old took more than 17 minutes off the mark set by Spain's Iker Olabarria in 2026. Portugal's Inês Baptista, 36, won the women's race in just over 15 hours.

Of the 2,300 starters, 1,870 reached the finish within the 32-hour limit.`,
		"u10fr.txt": `fr|Trail : Julien Carrère pulvérise le record de l'Ultra Trilhos da Laurissilva

Sports | Trail

Publié le 22 avril 2029 à 19h30

Le Pyrénéen Julien Carrère, 31 ans, a remporté dimanche l'Ultra Trilhos da Laurissilva, à Madère, en 12 h 41 min 08 s, nouveau record de l'épreuve. Le parcours de 115 km affiche 7 200 m de dénivelé positif.

L'ancien record (12 h 58 min 30 s) était détenu par l'Espagnol Iker Olabarria depuis 2026.

« J'ai souffert dans la dernière montée, mais je savais que le record était possible », a confié Carrère, qui courait pour la première fois à Madère.

Chez les femmes, la Portugaise Inês Baptista s'est imposée en 15 h 02 min 44 s. Quelque 2 300 coureurs étaient au départ.`,
	}, nil},
}
