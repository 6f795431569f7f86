package compare

// heldOutNortada is a blind held-out set of science, education and society
// news, written without reading the comparison's code: the dating of cave
// engravings in Portugal, a Dutch student loneliness survey, Portugal's
// national exam results, an EU research grant for a Dutch phage researcher,
// a record turtle nesting season on Cape Verde's Boa Vista, a French town's
// library reopening, a meningitis vaccination campaign in Belgian Limburg, a
// mammoth tusk dredged off the Dutch coast, a Portuguese school shut over
// asbestos and France's record life expectancy, in English, French,
// Portuguese and Dutch.
//
// Six contradictions are planted, one in each of six events: a distance
// (the French report puts the engraved gallery 530 m from the cave entrance,
// not 350 m, third paragraph), a percentage (the English exam report has 14%
// failing Mathematics A, not 17%, third paragraph), an amount (the French
// grant report has €2.8 million, not €2.5 million, second paragraph), a
// duration (the English library report has it shut 16 months, not 18,
// second paragraph), a weekday (the French vaccination report starts the
// campaign on Thursday 15 September, not Monday, first paragraph) and an age
// (the second Dutch mammoth report makes the finder 43, not 34, second
// paragraph). Five of the six are in a report whose language is the minority
// in its event. The loneliness survey, the turtle season, the asbestos school
// and the life expectancy events hold none.
//
// The traps: rounded and worded counts (about 900 pupils for 870, nearly
// 5,000 nests for 4,870, more than 12,000 students for 12,430, four in ten
// for 41%, one in three for 33%, nearly one in five for 19%, about two
// thirds for 68%, bijna 86 jaar for 85.9), differences and derived figures
// (11,000 years older, near 1,700 more nests, a natural increase of 13,000),
// complementary parts (60 Cape Verdean and 80 foreign volunteers of 140; the
// funding shares of a library), previous values (10.4 and 23% in 2028,
// 3,210 nests, 35,000 documents, 24 opening hours, 33% in 2025), several
// ages in one event (the teenagers of 16, 17 and 19 in a campaign for 15 to
// 19 year olds; a head teacher of 58 and a parents' chairman of 44), another
// country's figure beside the event's (21 Dutch grants against 38 French;
// Dutch life expectancies of 83.4 and 80.6 beside the French 85.9 and
// 80.4), number formats (4.870 / 4 870 / 4,870; 11,2 / 11.2; 6,4 M€ /
// €6.4 million; €2.5m), spelled numbers (dix-huit mois, nove, Eenentwintig)
// and page furniture (Comentar (12)).
//
// Frozen before its first run, which flagged 6 of the 6 contradictions and
// 1 false disagreement; it missed none. The false one was in the asbestos
// school event: the date "closed" set the English and first Portuguese
// reports' Tuesday (the day the school was shut) against the second
// Portuguese report's segunda-feira, which is the Monday the lessons resume
// in the prefabricated classrooms, not the day of the closure. One false
// disagreement is within the set's limit, so its max stays at 1.
var heldOutNortada = []heldOutEvent{
	{"rock-art-dating", map[string]string{
		"n1pt.txt": `pt|Gravuras da Lapa Fria têm 31 mil anos, revela datação

Ciência | Arqueologia

Publicado a 12 de março, 07:40

As gravuras rupestres da Lapa Fria, uma gruta calcária perto de Carvalhal do Sabor, no distrito de Bragança, foram feitas há cerca de 31 mil anos, segundo um estudo publicado esta quarta-feira por uma equipa de 14 investigadores portugueses e espanhóis.

A equipa datou pelo método de urânio-tório as finas crostas de calcite, com menos de 2 milímetros de espessura, que cobrem parte das figuras. Até agora, as gravuras eram atribuídas a um período muito mais recente, há cerca de 20 mil anos.

Foram identificadas 46 figuras, das quais 29 representam cavalos, numa galeria situada a 350 metros da entrada da gruta. As restantes mostram auroques e cabras-monteses.

"Isto coloca a Lapa Fria entre os mais antigos santuários de arte paleolítica da Península Ibérica", afirmou a coordenadora do estudo, a arqueóloga Inês Montalvão, do Centro de Estudos Pré-Históricos de Miranda.

A gruta, descoberta por espeleólogos em 2019, continua fechada ao público.`,
		"n1pt2.txt": `pt|Arte rupestre de Bragança recua 11 mil anos

Bragança, 12 mar (Lusa) - As gravuras da gruta da Lapa Fria, em Carvalhal do Sabor, concelho de Bragança, têm cerca de 31.000 anos, mais 11.000 do que se pensava, anunciou hoje a equipa que estudou o sítio.

A datação foi feita a partir de crostas de calcite que se formaram sobre 46 figuras gravadas na rocha, a maior parte cavalos, explicou à Lusa a arqueóloga Inês Montalvão, que coordenou os três anos de trabalho.

Segundo a responsável, a galeria fica a cerca de 350 metros da entrada e só é acessível a rastejar em alguns troços, o que terá ajudado a preservar as gravuras.

O estudo envolveu 14 investigadores de Portugal e Espanha e foi financiado em 180 mil euros pela Fundação para a Ciência e a Tecnologia.`,
		"n1en.txt": `en|Portuguese cave engravings are 31,000 years old, study finds

By a staff reporter

Engravings of horses and wild cattle in a cave in north-eastern Portugal were made some 31,000 years ago, around 11,000 years earlier than previously thought, researchers said on Wednesday.

The team of 14 Portuguese and Spanish scientists used uranium-thorium dating on thin crusts of calcite, less than 2 mm thick, that had formed over the figures in the Lapa Fria cave, near the village of Carvalhal do Sabor.

"This puts Lapa Fria among the oldest Palaeolithic art sanctuaries in the Iberian Peninsula," said lead author Inês Montalvão, an archaeologist at the Miranda Centre for Prehistoric Studies.

Of the 46 figures recorded, 29 are horses. They sit in a gallery about 350 metres from the entrance, reached in places only by crawling.

The cave was found by cavers in 2019 and remains closed to visitors.`,
		"n1fr.txt": `fr|Portugal : des gravures rupestres vieilles de 31 000 ans

Sciences

Lisbonne, 12 mars (AFP) - Des gravures représentant des chevaux, des aurochs et des bouquetins, découvertes dans une grotte du nord-est du Portugal, ont été réalisées il y a environ 31 000 ans, selon une étude publiée mercredi.

Jusqu'ici, les spécialistes les dataient d'environ 20 000 ans. L'équipe de 14 chercheurs portugais et espagnols a daté par la méthode uranium-thorium les fines couches de calcite déposées sur les figures.

Les 46 gravures, dont 29 chevaux, se trouvent dans une galerie située à 530 mètres de l'entrée de la grotte de Lapa Fria, près du village de Carvalhal do Sabor.

« Cela place Lapa Fria parmi les plus anciens sanctuaires d'art paléolithique de la péninsule Ibérique », a déclaré l'archéologue Inês Montalvão, qui a dirigé les travaux.`,
	}, map[string][2]string{"n1fr.txt": {"530 m", "350 m"}}},
	{"student-loneliness-survey", map[string]string{
		"n2nl.txt": `nl|Ruim vier op de tien studenten voelen zich vaak eenzaam

Binnenland

Ruim vier op de tien studenten in Nederland voelen zich vaak eenzaam. Dat blijkt uit de Studentenmonitor 2029 van onderzoeksbureau Veldkamp, waarvoor 12.430 studenten van 38 hogescholen en universiteiten werden ondervraagd.

Het aandeel eenzame studenten is gestegen naar 41 procent, tegen 33 procent bij de vorige meting in 2025. Onder internationale studenten ligt het nog hoger: 52 procent.

"Veel studenten wonen klein en duur, en hebben weinig geld over om iets te ondernemen", zegt onderzoeker Marleen Oosterhuis. Studenten betalen gemiddeld 520 euro per maand voor een kamer, tegen 455 euro in 2025.

Minister Jeroen Brandsma van Onderwijs trekt 12 miljoen euro uit voor begeleiding van studenten op de campus.`,
		"n2nl2.txt": `nl|Eenzaamheid onder studenten fors gestegen

Door onze redactie onderwijs | 9 oktober, 14:05

Van de 12.430 ondervraagde studenten zeggen er zo'n 5100 zich vaak eenzaam te voelen, blijkt uit de nieuwe Studentenmonitor. Bij de vorige meting, in 2025, was dat nog een op de drie.

Vooral internationale studenten hebben het moeilijk: meer dan de helft van hen (52 procent) voelt zich geregeld alleen. Bijna een op de vijf studenten heeft het afgelopen jaar overwogen te stoppen met de studie.

Onderzoeksleider Marleen Oosterhuis wijst op de hoge woonlasten. "Een kamer kost gemiddeld 520 euro. Wie dat betaalt, gaat minder snel mee naar de kroeg of de sportclub."

Onderwijsminister Brandsma maakte dinsdag 12 miljoen euro vrij voor extra studentbegeleiding. De Landelijke Studentenbond noemt dat "een druppel op een gloeiende plaat".`,
		"n2en.txt": `en|Four in ten Dutch students often feel lonely, survey finds

Amsterdam, Oct 9 - Loneliness among students in the Netherlands has risen sharply, with 41% saying they often feel lonely, up from 33% in 2025, according to a national survey published on Tuesday.

The Student Monitor, carried out by research firm Veldkamp, questioned more than 12,000 students at 38 universities and colleges. Among international students the figure was 52%.

Nearly one in five students (19%) said they had considered dropping out in the past year. Researchers linked the trend partly to housing costs: the average student room now costs €520 a month.

Education minister Jeroen Brandsma announced €12 million for student support on campuses.`,
	}, nil},
	{"exam-results-portugal", map[string]string{
		"n3pt.txt": `pt|Exames nacionais: média a Matemática A sobe para 11,2 valores

Educação

A média do exame nacional de Matemática A subiu este ano para 11,2 valores, contra 10,4 em 2028, segundo os resultados da 1.ª fase divulgados esta sexta-feira pelo Júri Nacional de Exames (JNE).

Realizaram a prova 48.312 alunos internos e externos. Destes, 17% tiveram nota negativa, ou seja, abaixo de 9,5 valores, uma proporção que baixa face aos 23% do ano passado.

A Português, a disciplina com mais inscritos, a média fixou-se nos 12,1 valores. A pior média voltou a ser a de Física e Química A, com 9,8 valores.

No total, foram realizadas cerca de 152 mil provas nesta primeira fase. A presidente do JNE, Luísa Caldeira, considerou os resultados "globalmente positivos".

A 2.ª fase dos exames decorre a partir de 16 de julho.`,
		"n3pt2.txt": `pt|Matemática melhora, Física e Química continua no vermelho

Os alunos do secundário tiveram melhores notas a Matemática A na primeira fase dos exames nacionais: a média passou de 10,4 para 11,2 valores, de acordo com os dados publicados pelo JNE.

Dos mais de 48 mil estudantes que fizeram a prova, 17 por cento chumbaram, contra 23 por cento em 2028.

Já Física e Química A ficou abaixo da positiva, com média de 9,8 valores. "É uma disciplina que exige uma recuperação de aprendizagens que ainda não está feita", comentou Luísa Caldeira, que preside ao Júri Nacional de Exames.

Os alunos que pretendam melhorar a nota podem inscrever-se na 2.ª fase, que arranca a 16 de julho.

Partilhar | Comentar (12)`,
		"n3en.txt": `en|Portugal's maths exam scores rise

Lisbon - Average marks in Portugal's national Mathematics A exam rose to 11.2 out of 20 this year from 10.4 in 2028, the national exams board (JNE) said on Friday.

Some 48,300 students sat the exam in the first round, which ended last month. Across all subjects about 152,000 exam papers were marked.

The board said 14% of candidates scored below the pass mark of 9.5, down from 23% a year earlier. Physics and Chemistry A again had the lowest average, at 9.8.

JNE president Luísa Caldeira called the results "positive overall". A second round of exams begins on 16 July.`,
	}, map[string][2]string{"n3en.txt": {"14%", "17%"}}},
	{"phage-research-grant", map[string]string{
		"n4nl.txt": `nl|Europese miljoenenbeurs voor Zuidwaardse fagenonderzoeker

Wetenschap

Microbioloog Sanne Verhoeckx (46) van de Universiteit Zuidwaarde krijgt een ERC Advanced Grant van 2,5 miljoen euro. Ze gaat de komende vijf jaar onderzoeken hoe bacteriofagen, virussen die bacteriën doden, kunnen worden ingezet tegen resistente ziekenhuisbacteriën.

Met het geld neemt Verhoeckx zes nieuwe onderzoekers aan, onder wie vier promovendi. "Antibioticaresistentie is een stille pandemie", zegt ze. "Jaarlijks sterven in Europa zo'n 35.000 mensen aan infecties waar geen middel meer tegen werkt."

De Europese Onderzoeksraad kende deze ronde in totaal 255 Advanced Grants toe, samen goed voor 652 miljoen euro. Eenentwintig daarvan gaan naar onderzoekers in Nederland.`,
		"n4nl2.txt": `nl|ERC Advanced Grant voor Sanne Verhoeckx

Nieuws | Faculteit der Natuurwetenschappen

Hoogleraar medische microbiologie prof. dr. Sanne Verhoeckx ontvangt een Advanced Grant van de European Research Council (ERC). Met de beurs van 2,5 miljoen euro kan zij vijf jaar lang onderzoek doen naar fagentherapie.

Verhoeckx kwam in 2019 naar Zuidwaarde, na tien jaar aan het Institut de Microbiologie de Lille. Haar groep telt nu elf medewerkers; met de beurs komen daar zes onderzoekers bij.

Decaan Pieter Hoogstraten: "Dit is al de derde ERC Advanced Grant voor onze faculteit in twee jaar. Een prachtige erkenning."

Lees ook: Zuidwaarde opent nieuw lab voor infectieziekten`,
		"n4en.txt": `en|Dutch phage researcher wins €2.5m EU grant

Brussels - Dutch microbiologist Sanne Verhoeckx has been awarded a €2.5m Advanced Grant by the European Research Council to develop virus-based treatments for drug-resistant hospital infections, the council said on Thursday.

Verhoeckx, 46, who heads a lab at the University of Zuidwaarde, will use the five-year grant to study bacteriophages, viruses that attack bacteria. She plans to recruit six researchers.

The ERC handed out 255 Advanced Grants worth a combined €652m in this round, 21 of them to scientists based in the Netherlands.

Drug-resistant infections kill an estimated 35,000 people a year in Europe.`,
		"n4fr.txt": `fr|Une chercheuse néerlandaise primée pour ses travaux sur les phages

Santé | Recherche

La microbiologiste néerlandaise Sanne Verhoeckx, 46 ans, qui a travaillé dix ans à Lille, figure parmi les lauréats des bourses avancées du Conseil européen de la recherche (ERC), annoncées jeudi.

Elle recevra 2,8 millions d'euros sur cinq ans pour étudier l'utilisation des bactériophages, des virus qui s'attaquent aux bactéries, contre les infections nosocomiales résistantes aux antibiotiques.

Au total, l'ERC a attribué 255 bourses avancées pour un montant de 652 millions d'euros. La France en obtient 38.`,
	}, map[string][2]string{"n4fr.txt": {"€2.8 million", "€2.5 million"}}},
	{"turtle-nesting-season", map[string]string{
		"n5pt.txt": `pt|Boa Vista bate recorde de ninhos de tartaruga

Cabo Verde | Ambiente

Sal Rei, 28 out (Inforpress) - As praias monitorizadas na ilha da Boa Vista registaram esta época 4.870 ninhos de tartaruga-comum, um recorde, contra 3.210 no ano passado, anunciou a Associação Tartaruga Viva.

O trabalho de monitorização envolveu 140 voluntários, 60 dos quais cabo-verdianos, que patrulharam todas as noites cerca de 22 quilómetros de costa entre junho e outubro.

"Os números são animadores, mas ainda perdemos fêmeas para a caça furtiva", disse a coordenadora da associação, Djamila Fortes, referindo nove tartarugas mortas este ano, contra 31 em 2025.

A taxa de eclosão rondou os 68%.`,
		"n5en.txt": `en|Record turtle nesting season on Cape Verde's Boa Vista

Nearly 5,000 loggerhead turtle nests were recorded on Boa Vista island in Cape Verde this season, a record, conservationists said on Tuesday.

The Tartaruga Viva association counted 4,870 nests on the beaches it monitors, up by more than half from 3,210 last year. About two thirds of the eggs hatched.

Some 140 volunteers from 18 countries patrolled 22 km of beach each night from June to October. Project coordinator Djamila Fortes said poaching had fallen, with nine females killed this year.

Boa Vista hosts one of the largest loggerhead nesting populations in the Atlantic.`,
		"n5fr.txt": `fr|Cap-Vert : saison record pour les tortues caouannes à Boa Vista

Environnement

Les plages de l'île de Boa Vista, au Cap-Vert, ont accueilli cette année 4 870 nids de tortues caouannes, un record, selon l'association Tartaruga Viva.

C'est près de 1 700 nids de plus que l'an dernier. Entre juin et octobre, 140 bénévoles, dont 80 étrangers, ont patrouillé chaque nuit sur 22 kilomètres de plage.

« Le braconnage recule : neuf femelles ont été tuées cette saison, contre 31 en 2025 », s'est félicitée Djamila Fortes, responsable du projet.

Le taux d'éclosion avoisine 68 %.`,
	}, nil},
	{"library-reopening", map[string]string{
		"n6fr.txt": `fr|Vernac-sur-Dronne : la médiathèque Jeanne-Barret rouvre ses portes

Dordogne | Culture

Après dix-huit mois de travaux, la médiathèque Jeanne-Barret a rouvert samedi matin. Plus de 1 200 personnes s'y sont pressées dès le premier jour, selon la mairie.

Le chantier, d'un montant de 6,4 millions d'euros, dont 2,1 millions apportés par l'État, a permis d'agrandir le bâtiment de 900 m² et de créer un espace jeunesse de 300 m².

Le fonds compte désormais 42 000 documents, contre 35 000 avant la fermeture. Les horaires d'ouverture passent de 24 à 38 heures par semaine, avec une ouverture le dimanche matin.

« C'est le projet du mandat », a souligné le maire, Jean-Luc Peyrassol.`,
		"n6fr2.txt": `fr|Votre médiathèque a rouvert !

Actualités de la ville | Publié le 15 septembre

Fermée depuis mars de l'an dernier, la médiathèque Jeanne-Barret vous accueille à nouveau depuis samedi 13 septembre, au terme de 18 mois de chantier.

Au programme : un espace jeunesse de 300 m², un auditorium de 80 places, un fab-lab et 42 000 livres, BD, DVD et jeux.

Nouveaux horaires : 38 heures d'ouverture hebdomadaire, du mardi au dimanche. L'inscription reste gratuite pour les habitants de la commune.

Coût total de l'opération : 6,4 M€ TTC (État : 2,1 M€ ; Région : 0,9 M€ ; Département : 0,6 M€ ; Ville : 2,8 M€).`,
		"n6en.txt": `en|Dordogne town's library reopens after major revamp

Vernac-sur-Dronne's Jeanne-Barret media library reopened on Saturday, and more than 1,200 people visited on the first day, the town hall said.

The library had been shut for 16 months while it was enlarged by 900 sq m at a cost of €6.4 million, with the state contributing €2.1 million.

It now holds 42,000 books, DVDs and games, up from 35,000, and will open 38 hours a week instead of 24, including Sunday mornings.

Mayor Jean-Luc Peyrassol called it "the project of this term of office".`,
	}, map[string][2]string{"n6en.txt": {"16 months", "18 months"}}},
	{"meningitis-vaccination", map[string]string{
		"n7nl.txt": `nl|Limburgse jongeren krijgen gratis vaccin tegen meningokokken na reeks besmettingen

Binnenland

Alle jongeren tussen 15 en 19 jaar in Limburg kunnen zich vanaf maandag 15 september gratis laten vaccineren tegen meningokokken. Het Vlaamse gezondheidsagentschap reageert daarmee op zeven besmettingen sinds juni, waarvan twee met dodelijke afloop.

De campagne richt zich op ongeveer 38.000 leerlingen in 120 secundaire scholen. De vaccinatie gebeurt op school, door de schoolartsen, en loopt zes weken.

"De bacterie circuleert onder jongeren, dus we willen zo snel mogelijk zo veel mogelijk van hen beschermen", zegt infectioloog Hilde Vanderstraeten.

De campagne kost 1,9 miljoen euro.`,
		"n7nl2.txt": `nl|Vaccinatie op school van start na meningitisgolf

Hasselt - In de Limburgse secundaire scholen start maandag de vaccinatiecampagne tegen meningokokken. Leerlingen van 15 tot 19 jaar krijgen op school een prik tegen de types A, C, W en Y.

Sinds juni raakten in de provincie zeven jongeren besmet. Een 17-jarig meisje uit Heusdenrode en een 19-jarige student uit Kempenhoven overleden. Een 16-jarige jongen ligt nog in het ziekenhuis.

Ouders moeten vooraf toestemming geven. Jongeren die niet meer naar school gaan, kunnen terecht bij hun huisarts. In totaal gaat het om zo'n 38.000 jongeren.

Lees meer: Wat is meningitis en hoe herken je het?`,
		"n7fr.txt": `fr|Méningite : campagne de vaccination pour 38 000 jeunes Limbourgeois

Belgique

La Flandre lance ce jeudi 15 septembre une campagne de vaccination gratuite contre le méningocoque pour tous les jeunes de 15 à 19 ans de la province de Limbourg, après sept cas recensés depuis juin, dont deux mortels.

Quelque 38 000 élèves de 120 écoles secondaires sont concernés. Les vaccins seront administrés à l'école pendant six semaines.

Coût de l'opération : 1,9 million d'euros, à charge de la Région flamande.`,
		"n7en.txt": `en|Belgium's Limburg to vaccinate 38,000 teenagers after meningitis deaths

Brussels - Health authorities in Flanders will offer free meningococcal vaccines to all 15- to 19-year-olds in the province of Limburg from Monday, after seven cases since June, two of them fatal.

About 38,000 pupils at 120 secondary schools will be vaccinated in class over six weeks, at a cost of €1.9 million. Parental consent is required.

"We want to protect as many of them as possible, as quickly as possible," infectious disease specialist Hilde Vanderstraeten said.`,
	}, map[string][2]string{"n7fr.txt": {"Thursday", "Monday"}}},
	{"mammoth-tusk", map[string]string{
		"n8nl.txt": `nl|Slagtand van mammoet opgezogen bij zandsuppletie voor Westerduin

Regio | Noord-Holland

Bij het opspuiten van zand op het strand van Westerduin is een bijna complete slagtand van een wolharige mammoet gevonden. Het fossiel is 2,40 meter lang en weegt 62 kilo.

Het zand werd zo'n 14 kilometer uit de kust van de zeebodem gezogen. Kees Blommaert (34), bemanningslid van de zandzuiger, vond de tand dinsdagochtend in het zeefrooster van het schip. "Eerst dacht ik aan een boomstam", zegt hij.

Volgens paleontoloog Femke de Wit van het Natuurhistorisch Museum Westerduin is de tand ongeveer 40.000 jaar oud. "Toen lag hier geen zee maar een koude steppe, waar mammoeten, wolharige neushoorns en rendieren graasden."

Het museum wil de slagtand na conservering in het voorjaar van 2030 tonen. De conservering duurt naar verwachting zes maanden.`,
		"n8nl2.txt": `nl|Baggeraar vindt mammoettand van ruim 60 kilo

Westerduin - Een bemanningslid van een zandzuiger heeft dinsdag een slagtand van een mammoet opgevist. Het exemplaar is 2,4 meter lang en weegt ruim 60 kilo.

De 43-jarige Kees Blommaert uit Wieringerhoek vond het fossiel in het rooster waar grote brokken uit het opgezogen zand worden gezeefd. Het zand kwam van de zeebodem, 14 kilometer uit de kust.

"Ik vind weleens botten, maar nooit zoiets groots", vertelt Blommaert. Het is de vijfde mammoetvondst in Westerduin sinds 2012.

Paleontoloog Femke de Wit schat de ouderdom van de tand op zo'n 40.000 jaar.`,
		"n8en.txt": `en|Dredger crew member finds 40,000-year-old mammoth tusk off Dutch coast

A crew member on a Dutch sand dredger has found an almost complete woolly mammoth tusk, 2.4 metres long and weighing 62 kg, in sand pumped from the North Sea bed about 14 km off the coast, a museum said.

Kees Blommaert, 34, spotted the tusk on Tuesday morning in the ship's sieve grid, where large debris is caught. The sand was being used to replenish the beach at the seaside town of Westerduin.

Palaeontologist Femke de Wit of the Westerduin Natural History Museum estimated its age at about 40,000 years, when the southern North Sea was a dry, cold steppe.

The museum plans to put the tusk on display in spring 2030 after six months of conservation work.`,
		"n8fr.txt": `fr|Pays-Bas : une défense de mammouth remontée avec du sable de la mer du Nord

Insolite

Une défense de mammouth laineux de 2,40 mètres, pesant 62 kilos, a été découverte mardi par un marin néerlandais à bord d'une drague qui pompait du sable à 14 kilomètres des côtes, pour recharger la plage de Westerduin.

Selon la paléontologue Femke de Wit, elle date d'environ 40 000 ans, époque où le sud de la mer du Nord était une steppe froide.

Elle sera exposée au printemps 2030 au musée d'histoire naturelle de la ville.`,
	}, map[string][2]string{"n8nl2.txt": {"43 years", "34 years"}}},
	{"asbestos-school-closure", map[string]string{
		"n9pt.txt": `pt|Amianto fecha escola em Vale Formoso

Sociedade | Educação

A Escola Secundária de Vale Formoso, no distrito de Santarém, encerrou esta terça-feira depois de terem sido detetadas fibras de amianto nos tetos falsos do bloco B, um edifício construído em 1984.

Os 870 alunos e 94 professores vão ter aulas em 22 salas pré-fabricadas, instaladas junto ao pavilhão municipal, durante cerca de seis semanas, enquanto decorrem as obras de remoção.

A intervenção custa 1,3 milhões de euros, suportados em 60% pela câmara municipal e o restante pelo Estado.

"A segurança dos alunos está primeiro", disse a diretora da escola, Ana Paula Rebelo, de 58 anos. O presidente da associação de pais, Rui Tavares, 44 anos, critica a "demora" das autoridades: os pais pediram análises ao ar em 2027.`,
		"n9pt2.txt": `pt|Pais exigiam análises há dois anos; escola de Vale Formoso fechada por amianto

Vale Formoso, 4 nov (Lusa) - Cerca de 900 alunos da Escola Secundária de Vale Formoso ficaram hoje sem aulas no edifício principal, encerrado após análises terem detetado fibras de amianto no ar de várias salas.

As aulas serão retomadas na próxima segunda-feira em salas modulares. A remoção do amianto, orçada em 1,3 milhões de euros, deverá estar concluída dentro de seis semanas.

Rui Tavares, 44 anos, que preside à associação de pais, lembrou que o pedido de análises foi feito "em 2027 e ficou na gaveta".

Em 2021, um programa nacional retirou fibrocimento de 578 escolas em todo o país.`,
		"n9en.txt": `en|Portuguese school shut over asbestos

A secondary school in Vale Formoso, in central Portugal, was closed on Tuesday after asbestos fibres were found in the false ceilings of one of its buildings.

The school's 870 pupils will be taught in 22 prefabricated classrooms for about six weeks while the material is removed, at a cost of €1.3m, of which the town council will pay 60%.

Head teacher Ana Paula Rebelo, 58, said safety came first. Parents' association chairman Rui Tavares, 44, said parents had asked for tests two years ago.`,
	}, nil},
	{"life-expectancy-france", map[string]string{
		"n10fr.txt": `fr|Espérance de vie : nouveau record en France en 2028

Société

L'espérance de vie à la naissance a atteint en 2028 un niveau record en France : 85,9 ans pour les femmes et 80,4 ans pour les hommes, selon le bilan démographique publié mardi par l'Insee.

L'écart entre les sexes continue de se réduire : il est de 5,5 ans, contre 6,1 ans en 2019.

La France comptait 69,1 millions d'habitants au 1er janvier 2029. 652 000 bébés sont nés l'an dernier, pour 639 000 décès. Le solde naturel reste donc légèrement positif, à 13 000.

Les 65 ans ou plus représentent désormais 22,1 % de la population, contre 16,6 % il y a vingt ans.`,
		"n10en.txt": `en|French life expectancy hits record high

Paris (AFP) - Life expectancy in France reached a record last year, at 85.9 years for women and 80.4 years for men, the national statistics office Insee said on Tuesday.

The population stood at 69.1 million on January 1. There were 652,000 births and 639,000 deaths in 2028, leaving a natural increase of just 13,000, one of the lowest since the Second World War.

People aged 65 and over now make up 22.1% of the population.`,
		"n10nl.txt": `nl|Fransen leven langer dan ooit

Buitenland

Franse vrouwen worden gemiddeld bijna 86 jaar oud, mannen 80,4 jaar. Dat meldt het Franse statistiekbureau Insee. Nooit eerder lag de levensverwachting in Frankrijk zo hoog.

Het verschil tussen mannen en vrouwen bedraagt nog 5,5 jaar. Ter vergelijking: in Nederland worden vrouwen gemiddeld 83,4 jaar en mannen 80,6 jaar.

Frankrijk telde op 1 januari 69,1 miljoen inwoners, van wie ruim een op de vijf 65 jaar of ouder is.`,
	}, nil},
}
