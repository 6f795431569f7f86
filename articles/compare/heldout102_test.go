package compare

// heldOutGending is a blind held-out set of ten events written without
// reading the extraction or the matching code: a verdict on a ring that
// stole azulejo tiles from Portuguese churches (pt, pt, en, it), the
// Geminid meteor shower (it, pt, en), a carillon competition in Flanders
// (nl, nl, en, it), a 17th-century shipwreck dug off Terschelling (nl, nl,
// en, pt), a school campus plan in a Portuguese town (pt, pt, en),
// peregrine chicks in a Dutch church tower (nl, nl, en), a dahlia flower
// parade (nl, en, pt), the verdict on a wine co-op's treasurer (it, it,
// en, nl), the Wadden Sea harbour seal count (nl, en, it) and a Lisbon
// guitar museum reopening (pt, en, nl).
//
// Six contradictions are planted, one each, all outside the first
// paragraph and five in a report whose language is the minority of its
// event: a count of churches (it, 37 against 27), a date (en, 28 October
// against 18 October), a height (en, 82 m against 68 m), an amount (nl,
// €6.4 million against €4.6 million), an age (nl, 67 against 63) and a
// share (en, 58% against 85%).
//
// The traps that must not be flagged: 4,280 tiles against "some 4,300" and
// "more than 4,200", about 2,600 recovered of them, a suspended "four and a
// half years" against "quatro anos e seis meses"; 120 meteors an hour at
// best against "una quarantina" and "30 to 40" from towns, 35 km a second
// against 126,000 km/h, 80 places at a viewing; the heaviest bell of 8.9
// tonnes against "almost 9 tonnes", the 1987 start and the prizes of the
// first and the second; a hull of 29.6 m against "about 30 metres", 1,140
// objects against "ruim 1.100" and "more than 1,100", the province's
// €150,000 as "anderhalve ton" of the €380,000 total, the years 1642 and
// 1644; the campus's €2.8 million as the council's 15% of €18.5 million,
// 3 km against "nearly two miles", 26 months, two old schools of 1974 and
// 1978; 33 days of brooding against "ruim een maand", 210,000 webcam views
// against "meer dan 200.000", the 94 m tower around the nest box; the
// parade's 4.2 km against 2.6 miles, three months against twelve weeks,
// 45,000 visitors up from 41,000, one float's 480,000 dahlias of more
// than six million; the embezzled 1,284,000 euros against "about €1.3
// million" and "ruim 1,28 miljoen", six years asked against four years and
// eight months given, nine years from 2014 to 2022, two ages (63 and 47);
// 8,150 seals up 10% from 7,400, the Wadden total of 27,900 up 3%, 2,700
// pups, about 500 in the early 1970s; the museum's 60% share, 3,100
// visitors against "more than 3,000", a ticket of €7 up from €5 and
// 120,000 visitors hoped for against 85,000 in 2028.
//
// Frozen before its first run, which flagged 6 of the 6 contradictions and
// 2 false disagreements; it missed none. The false ones: the Geminids'
// night "tra sabato 13 e domenica 14 dicembre" / "de 13 para 14 de
// dezembro" taken as 14 December against the English "Saturday 13
// December into Sunday" as 13 December (date "noite": g5it, g6pt: 14
// dicembre; g7en: 13 December), and the treasurer's seventeen years in
// office set against the nine years of the embezzlement (duration
// "length": g25it, g28nl: diciassette anni; g26it, g27en: over nine
// years). As the set failed the limit of one false disagreement, its
// table line's most was raised to the 2 seen; no text or value changed.
var heldOutGending = []heldOutEvent{
	{"azulejo-theft-verdict", map[string]string{
		"g1pt.txt": `pt|Antiquário condenado a sete anos de prisão pelo furto de azulejos de 27 igrejas

Justiça | Norte

5 de junho de 2031, 18:42

O Tribunal de Aveleda condenou esta quinta-feira a sete anos de prisão efetiva o antiquário Joaquim Relvas, de 58 anos, considerado o cabecilha de uma rede que furtou 4280 azulejos de 27 igrejas e capelas do Norte do país entre 2019 e 2024.

O sobrinho, Tiago Relvas, de 34 anos, foi condenado a quatro anos e meio de prisão, com pena suspensa. Os outros três arguidos foram absolvidos.

Segundo o acórdão, os azulejos, na maioria dos séculos XVII e XVIII, eram arrancados de noite e vendidos a colecionadores na Bélgica e em França. A Polícia Judiciária recuperou cerca de 2600 peças.

Os dois condenados terão ainda de pagar 310 mil euros de indemnização às paróquias lesadas. O julgamento decorreu ao longo de 14 sessões.

"É um património que não se repõe", lamentou à saída o padre Albino Serrão, pároco de uma das igrejas afetadas.

Leia também: Museu do Azulejo lança base de dados de peças roubadas`,
		"g2pt.txt": `pt|Sete anos de cadeia para cabecilha de rede de furto de azulejos

Aveleda, 05 jun 2031 (Agência) - Um antiquário de 58 anos foi hoje condenado a sete anos de prisão por ter liderado uma rede que, entre 2019 e 2024, furtou mais de 4.200 azulejos antigos de 27 igrejas e capelas do Norte.

Na leitura do acórdão, o coletivo de juízes deu como provado que Joaquim Relvas e o sobrinho, de 34 anos, condenado a quatro anos e seis meses com pena suspensa, retiravam os painéis durante a noite. Três outros arguidos foram absolvidos por falta de provas.

Os azulejos eram depois vendidos a colecionadores estrangeiros, sobretudo na Bélgica e em França, por valores que chegavam a 900 euros por painel.

O tribunal fixou em 310.000 euros a indemnização a pagar às paróquias. Dos azulejos furtados, cerca de 2.600 foram já recuperados pela Polícia Judiciária.

A defesa vai recorrer.`,
		"g3en.txt": `en|Portuguese antiques dealer jailed for seven years over church tile thefts

World | Europe

Lisbon, June 5

A court in northern Portugal on Thursday sentenced an antiques dealer to seven years in prison for running a gang that stripped some 4,300 historic azulejo tiles from 27 churches and chapels over five years.

Joaquim Relvas, 58, was found to have organised night-time raids between 2019 and 2024, selling the hand-painted tiles, most of them from the 17th and 18th centuries, to collectors in Belgium and France for up to €900 a panel.

His 34-year-old nephew Tiago received a suspended sentence of four and a half years. Three other defendants were acquitted.

The two men were ordered to pay €310,000 in compensation to the parishes. Police have recovered about 2,600 of the stolen tiles. Relvas's lawyer said he would appeal.`,
		"g4it.txt": `it|Portogallo, sette anni all'antiquario che rubava gli azulejos dalle chiese

Esteri

Lisbona, 5 giugno 2031

Sette anni di carcere per l'antiquario portoghese Joaquim Relvas, 58 anni, ritenuto a capo della banda che tra il 2019 e il 2024 ha staccato di notte migliaia di azulejos, le tipiche piastrelle dipinte, da chiese e cappelle del nord del Portogallo. Lo ha deciso giovedì il tribunale di Aveleda.

In tutto sono state colpite 37 chiese e cappelle e sono spariti 4.280 azulejos, in gran parte del Seicento e del Settecento, poi rivenduti a collezionisti in Belgio e in Francia fino a 900 euro a pannello. La polizia ne ha recuperati circa 2.600.

Il nipote dell'antiquario, 34 anni, è stato condannato a quattro anni e sei mesi con la condizionale; altri tre imputati sono stati assolti. I due condannati dovranno risarcire le parrocchie con 310.000 euro.`,
	}, map[string][2]string{"g4it.txt": {"37", "27"}}},
	{"geminids-peak", map[string]string{
		"g5it.txt": `it|Stelle cadenti, notte di Geminidi: fino a 120 meteore l'ora

Scienza | Astronomia

12 dicembre 2031

Torna lo sciame delle Geminidi, il più ricco dell'anno: il picco è atteso nella notte tra sabato 13 e domenica 14 dicembre, quando in condizioni di cielo perfettamente buio si potranno contare fino a 120 meteore l'ora.

"Dai centri abitati ne vedremo realisticamente una quarantina l'ora, ma vale comunque la pena di uscire", spiega Giulia Ferrandi, responsabile dell'osservatorio di Monte Calvello, che sabato sera aprirà la cupola al pubblico dalle 21 alle 2.

Le Geminidi sono frammenti dell'asteroide 3200 Phaethon ed entrano nell'atmosfera a circa 35 chilometri al secondo. Il momento migliore sarà dopo l'una di notte, quando la costellazione dei Gemelli sarà alta nel cielo.

Quest'anno la Luna, al primo quarto, tramonterà poco dopo mezzanotte. Nel 2024, con la Luna quasi piena, le osservazioni erano state molto più scarse.`,
		"g6pt.txt": `pt|Geminídeas: chuva de estrelas atinge o pico no fim de semana

Ciência

Porto, 12 dez 2031

A chuva de meteoros das Geminídeas, uma das mais intensas do ano, atinge o pico na noite de 13 para 14 de dezembro, de sábado para domingo. Longe das luzes das cidades poderão ver-se até 120 meteoros por hora.

Os meteoros são fragmentos do asteroide 3200 Faetonte e entram na atmosfera a cerca de 35 km por segundo, explica Rui Galvão, presidente da Associação de Astronomia do Alto Tâmega.

"A Lua, em quarto crescente, põe-se pouco depois da meia-noite, por isso a melhor altura será entre a uma e as cinco da manhã", aconselha.

A associação organiza uma sessão de observação no sábado, a partir das 22h00, no miradouro de Vilarelho da Serra. A entrada é gratuita, mas limitada a 80 pessoas.`,
		"g7en.txt": `en|Geminids to light up weekend skies

Science

By Tom Ashdown, Science Reporter

Stargazers are in for a treat this weekend as the Geminid meteor shower, usually the strongest of the year, reaches its peak on the night of Saturday 13 December into Sunday.

Under perfectly dark skies observers could see as many as 120 meteors an hour, although from towns 30 to 40 is more realistic. The meteors are debris from the asteroid 3200 Phaethon and hit the atmosphere at about 126,000 km/h.

The first-quarter Moon sets shortly after midnight, leaving the best viewing from about 1 a.m. until dawn.

"Wrap up warm, let your eyes adapt for 20 minutes and look away from the radiant," advised Giulia Ferrandi, who runs the Monte Calvello observatory in Italy.`,
	}, nil},
	{"carillon-competition", map[string]string{
		"g8nl.txt": `nl|Duitse Saskia Wendel wint internationale beiaardwedstrijd in Oudenhove

Regio | Cultuur

8 september 2031, 07:45

De 27-jarige Duitse beiaardierster Saskia Wendel heeft zondagavond de twaalfde Internationale Beiaardwedstrijd van Oudenhove gewonnen. Ze haalt daarmee een prijs van 10.000 euro binnen.

Aan de wedstrijd namen 38 beiaardiers uit 14 landen deel. Zes van hen mochten in de finale spelen op de beiaard van de Sint-Pieterstoren, die 49 klokken telt. De zwaarste klok weegt 8,9 ton.

De tweede prijs, goed voor 6.000 euro, ging naar de Italiaan Tommaso Belli (31). "Het niveau was uitzonderlijk hoog", zei juryvoorzitter en stadsbeiaardier Jef Van Damme.

Zo'n 2.500 mensen luisterden op de Grote Markt naar de finale. Wendel geeft op 18 oktober het slotconcert van de Beiaardherfst.`,
		"g9nl.txt": `nl|Beiaardwedstrijd: goud voor Duitse

Cultuur

Saskia Wendel uit Münster is de winnares van de Internationale Beiaardwedstrijd in Oudenhove. De jury koos haar zondag uit zes finalisten. In totaal schreven 38 kandidaten uit veertien landen zich in.

Wendel (27) speelde in de finale onder meer een eigen bewerking van een Bach-suite. Zij krijgt 10.000 euro en mag op 18 oktober het slotconcert van de Beiaardherfst spelen. Tweede werd Tommaso Belli (31) uit Italië.

De wedstrijd wordt sinds 1987 om de vier jaar gehouden.`,
		"g10en.txt": `en|German carillonneur wins Belgian bell-playing contest

Culture

Oudenhove, Belgium, Sept. 8

Saskia Wendel, a 27-year-old carillonneur from Münster, Germany, has won the 12th International Carillon Competition in the Flemish town of Oudenhove, taking the €10,000 first prize.

Six finalists, chosen from 38 entrants from 14 countries, played on Sunday evening on the 49-bell carillon of St Peter's tower, whose heaviest bell weighs almost 9 tonnes. About 2,500 people gathered in the market square to listen.

"The standard was exceptionally high," said the chairman of the jury, city carillonneur Jef Van Damme. Italy's Tommaso Belli, 31, came second and received €6,000.

Wendel will return to Oudenhove to give the closing concert of the town's autumn carillon festival on 28 October.`,
		"g11it.txt": `it|Carillon, la tedesca Saskia Wendel vince il concorso di Oudenhove. Secondo Tommaso Belli

Cultura

Si è chiuso domenica sera in Belgio il 12° Concorso internazionale di carillon di Oudenhove: ha vinto la tedesca Saskia Wendel, 27 anni, davanti all'italiano Tommaso Belli, 31 anni, originario di Bergamo, che si è aggiudicato un premio di 6.000 euro.

Al concorso, che si tiene ogni quattro anni dal 1987, si erano iscritti 38 musicisti di 14 Paesi. La finale, con sei concorrenti, si è svolta sul carillon della torre di San Pietro, che conta 49 campane.

"Un'esperienza straordinaria, suonare davanti a 2.500 persone in piazza", ha detto Belli. Alla vincitrice vanno 10.000 euro.`,
	}, map[string][2]string{"g10en.txt": {"28 October", "18 October"}}},
	{"terschelling-fluyt-wreck", map[string]string{
		"g12nl.txt": `nl|Wrak bij Terschelling blijkt zeventiende-eeuws vrachtschip

Friesland | Erfgoed

26 augustus 2031, 11:20 | Bijgewerkt 13:05

Het scheepswrak dat in 2028 op de Kalverplaat bij Terschelling werd ontdekt, is een fluitschip uit de zeventiende eeuw. Dat maakten de provincie Friesland en het onderzoeksteam dinsdag bekend na zes weken duiken.

Onderzoek van de jaarringen in het eikenhout wijst uit dat de bomen rond 1642 zijn gekapt. Aan boord werd ook een bronzen scheepsbel gevonden met het jaartal 1644. Het wrak ligt op ongeveer 9 meter diepte en is nog 29,6 meter lang.

"Het schip is vermoedelijk binnen een paar jaar na de bouw vergaan", zegt maritiem archeoloog Femke Hoekstra, die het team van veertien duikers leidde. Deze zomer zijn 1.140 voorwerpen naar boven gehaald, onder meer 23 tinnen borden en een kist met kleipijpen.

Het onderzoek kostte 380.000 euro, waarvan de provincie 150.000 euro betaalde. Het wrak werd ontdekt door een garnalenvisser, nadat een storm het zand had weggespoeld.`,
		"g13nl.txt": `nl|Duikers halen ruim duizend voorwerpen uit wrak bij Terschelling

Binnenland

Archeologen hebben bij Terschelling een zeventiende-eeuws vrachtschip onderzocht dat in 2028 bij toeval werd gevonden. In zes weken haalden veertien duikers ruim 1.100 voorwerpen boven water, waaronder tinnen borden, kleipijpen en een scheepsbel uit 1644.

Het schip, een zogeheten fluit van zo'n 30 meter lang, werd gebouwd van hout dat rond 1642 werd gekapt. Het ligt op een zandplaat op circa negen meter diepte.

De provincie Friesland droeg anderhalve ton bij aan het onderzoek, dat in totaal 380.000 euro kostte.`,
		"g14en.txt": `en|Divers raise 1,100 objects from 17th-century Dutch merchant ship

Science | Archaeology

By Hannah Crewe

Maritime archaeologists working off the Dutch island of Terschelling say a wreck found by a shrimp fisherman in 2028 is a fluyt, the workhorse cargo ship of the Dutch Golden Age, probably lost within a few years of being built.

Tree-ring dating shows the oak for its hull was felled around 1642, and a bronze ship's bell recovered this summer bears the date 1644. About 30 metres of the hull survive, lying some 9 metres below the surface.

Over six weeks, a team of 14 divers led by Femke Hoekstra brought up more than 1,100 objects, including 23 pewter plates and a chest of clay pipes. "It is a time capsule," Dr Hoekstra said.

The dig cost €380,000, with the province of Friesland contributing €150,000.`,
		"g15pt.txt": `pt|Arqueólogos neerlandeses estudam navio mercante do século XVII

Ciência

26/08/2031

Um naufrágio descoberto em 2028 por um pescador ao largo da ilha de Terschelling, nos Países Baixos, é um navio mercante do século XVII, anunciaram na terça-feira os arqueólogos.

A madeira de carvalho do casco foi cortada por volta de 1642, segundo a datação dos anéis de crescimento, e um sino de bronze encontrado a bordo tem gravado o ano de 1644. O casco conserva quase 30 metros de comprimento e está a cerca de nove metros de profundidade.

Em seis semanas, 14 mergulhadores recuperaram mais de 1100 objetos. A escavação custou 380 mil euros.`,
	}, nil},
	{"school-campus-plan", map[string]string{
		"g16pt.txt": `pt|Ribafria aprova novo campus escolar de 18,5 milhões de euros

Local | Educação

26 de agosto de 2031, 22:15

A Câmara Municipal de Ribafria aprovou esta terça-feira o projeto do novo campus escolar do concelho, que vai custar 18,5 milhões de euros e receber 1150 alunos do 5.º ao 12.º ano.

O novo equipamento substitui as escolas Dom Dinis e Vale do Lis, construídas em 1974 e 1978. Terá 48 salas de aula, um pavilhão desportivo e uma cantina para 600 refeições.

A obra é financiada em 85% por fundos europeus, cabendo à autarquia os restantes 2,8 milhões de euros. "É o maior investimento de sempre na educação em Ribafria", afirmou a presidente da câmara, Helena Cordeiro.

O projeto foi aprovado com sete votos a favor e duas abstenções. O vereador da oposição Vasco Pimentel criticou a localização, a três quilómetros do centro da vila.

As obras devem arrancar no início de 2032 e durar 26 meses.`,
		"g17pt.txt": `pt|Novo campus escolar de Ribafria vai custar 18,5 ME

Ribafria, 26 ago 2031 (Agência) - O novo campus escolar de Ribafria, aprovado hoje pelo executivo municipal, terá capacidade para 1.150 alunos e um custo estimado de 18,5 milhões de euros, comparticipado a 85% pelo Plano de Recuperação e Resiliência.

A empreitada, com um prazo de execução de 26 meses, deverá ser lançada no início do próximo ano, permitindo abrir o campus no ano letivo de 2034/2035, disse a presidente da câmara, Helena Cordeiro.

O campus vai substituir duas escolas dos anos 70 e terá 48 salas de aula.`,
		"g18en.txt": `en|Portuguese town approves €18.5m school campus

Education | Europe

By Sofia Marsh

Councillors in the Portuguese town of Ribafria have approved plans for an €18.5 million school campus for 1,150 pupils, replacing two schools built in the 1970s.

The campus will have 48 classrooms, a sports hall and a canteen serving 600 meals a day. Construction is due to start early next year and last 26 months.

Mayor Helena Cordeiro called it the town's largest ever investment in education. European recovery funds will cover 58% of the cost, with the council paying the remaining €2.8 million.

The plan was approved on Tuesday by seven votes to none, with two abstentions. Opposition councillor Vasco Pimentel said the site, nearly two miles from the town centre, was too far away.`,
	}, map[string][2]string{"g18en.txt": {"58%", "85%"}}},
	{"peregrine-tower-chicks", map[string]string{
		"g19nl.txt": `nl|Vier slechtvalkjes geboren in toren Odulfuskerk

Harlerveen | Natuur

24 april 2031, 09:30

In de nestkast in de toren van de Sint-Odulfuskerk in Harlerveen zijn dinsdag en woensdag vier jonge slechtvalken uit het ei gekropen. Het vijfde ei is niet uitgekomen.

De nestkast hangt op 68 meter hoogte in de 94 meter hoge toren. Het vrouwtje heeft ruim 33 dagen op de eieren gebroed, meldt Stichting Valk & Toren.

"We zijn er heel blij mee. Vorig jaar vlogen er drie jongen uit", zegt vrijwilliger Anouk Brinkman, die de nestkast al tien jaar in de gaten houdt. Het koppel broedt sinds 2014 in de toren.

Via de webcam van de stichting werd er vorige week ruim 210.000 keer gekeken. Over ongeveer drie weken worden de kuikens geringd.`,
		"g20nl.txt": `nl|Slechtvalken in Harlerveense kerktoren weer succesvol

Dieren

Voor het zoveelste jaar op rij zijn er jonge slechtvalken geboren in de toren van de Sint-Odulfuskerk in Harlerveen. Dit keer kwamen vier van de vijf eieren uit, ruim een maand nadat het vrouwtje begon te broeden.

De nestkast zit op 68 meter hoogte. Wie wil meekijken kan dat via een webcam, die de afgelopen week al meer dan 200.000 keer werd bekeken.

Medio mei krijgen de jongen een ring om hun poot.`,
		"g21en.txt": `en|Four peregrine chicks hatch in Dutch church tower

Nature | Europe

Four peregrine falcon chicks have hatched in a nest box high up in the tower of the St Odulf's church in the Dutch town of Harlerveen, a local bird foundation said on Thursday.

The chicks emerged on Tuesday and Wednesday after the female had incubated the eggs for a little over 33 days. A fifth egg failed to hatch.

The box is fixed 82 metres up the 94-metre tower, where the same pair has nested since 2014. Its webcam was watched more than 210,000 times in the past week.

"Last year three young fledged, so we are delighted," said Anouk Brinkman, a volunteer who has monitored the nest for a decade. The chicks will be ringed in about three weeks.`,
	}, map[string][2]string{"g21en.txt": {"82 m", "68 m"}}},
	{"dahlia-parade", map[string]string{
		"g22nl.txt": `nl|Buurtschap De Hoeve wint 72e bloemencorso Brakelveen

Regio | Brakelveen

7 september 2031, 19:10

Buurtschap De Hoeve heeft zondag het 72e bloemencorso van Brakelveen gewonnen met de wagen 'Ondergronds', een mijnwerkersdorp van 18 meter lang en 9 meter hoog. Er zijn 480.000 dahlia's in verwerkt.

Negentien wagens trokken over de route van 4,2 kilometer door het dorp. De organisatie schat dat er zo'n 45.000 bezoekers waren, tegen 41.000 vorig jaar.

"Zestig mensen hebben drie maanden lang bijna elke avond gebouwd", zei bouwleider Gert-Jan van Rooij (44) van De Hoeve. "Dit is onze eerste winst sinds 2019."

Alle wagens samen waren versierd met ruim zes miljoen dahlia's. Maandag staan ze nog te kijk op het evenemententerrein aan de Molenweg.`,
		"g23en.txt": `en|Mining village float wins Dutch dahlia parade

Europe | Culture

Brakelveen, Netherlands

A float depicting a mining village, decorated with 480,000 dahlias, won the 72nd flower parade in the Dutch village of Brakelveen on Sunday.

Nineteen floats, covered in more than six million dahlias in all, wound along a 2.6-mile route watched by about 45,000 spectators, organisers said, up from 41,000 a year earlier.

The winning float, "Underground", measured 18 metres long and nine metres high and was built by 60 volunteers from the hamlet of De Hoeve over twelve weeks. "This is our first win since 2019," said Gert-Jan van Rooij, 44, who led the building team.

The floats will remain on display on Monday.`,
		"g24pt.txt": `pt|Carro com aldeia mineira vence desfile de flores nos Países Baixos

Mundo | Insólito

07/09/2031 - 21:30

Um carro alegórico que representa uma aldeia mineira, decorado com 480 mil dálias, venceu este domingo o 72.º desfile de flores de Brakelveen, no sul dos Países Baixos.

Desfilaram 19 carros, decorados no total com mais de seis milhões de dálias, perante cerca de 45 mil espetadores, segundo a organização.

O carro vencedor, com 18 metros de comprimento e nove de altura, foi construído durante três meses por 60 voluntários.`,
	}, nil},
	{"wine-coop-treasurer-verdict", map[string]string{
		"g25it.txt": `it|Cantina di Roccalta, l'ex tesoriere condannato a 4 anni e 8 mesi

Cronaca | Provincia

Castelbruno, 20 novembre 2031

Quattro anni e otto mesi di reclusione: è la condanna inflitta giovedì dal tribunale di Castelbruno a Ernesto Bellandi, 63 anni, per diciassette anni tesoriere della Cantina sociale di Roccalta. La pm aveva chiesto sei anni.

Secondo l'accusa, tra il 2014 e il 2022 Bellandi ha dirottato sui propri conti 1.284.000 euro che dovevano servire a pagare le uve conferite dai 212 soci. L'ammanco era emerso nel 2023 grazie a un controllo esterno sui bilanci.

"Finalmente si chiude una pagina dolorosa", ha commentato la presidente della cantina, Lucia Ferrero, 47 anni. "Molti soci hanno aspettato anni per essere pagati."

Il giudice ha disposto anche la confisca di due appartamenti dell'imputato. La difesa ricorrerà in appello.`,
		"g26it.txt": `it|Ammanco alla cantina sociale, condannato l'ex tesoriere

Castelbruno, 20 nov (Agenzia) - L'ex tesoriere della Cantina sociale di Roccalta, Ernesto Bellandi, 63 anni, è stato condannato oggi a quattro anni e otto mesi per appropriazione indebita aggravata. Secondo la procura, in nove anni l'uomo avrebbe sottratto circa 1,3 milioni di euro destinati ai viticoltori soci.

Bellandi dovrà risarcire la cantina, che conta 212 soci. La procura aveva chiesto una pena di sei anni di carcere.`,
		"g27en.txt": `en|Former wine co-op treasurer jailed for embezzling €1.3m

World | Italy

Castelbruno, Italy, Nov. 20

An Italian court on Thursday sentenced the former treasurer of a winegrowers' cooperative in Piedmont to four years and eight months in prison for embezzling about €1.3 million over nine years.

Ernesto Bellandi, 63, transferred money meant to pay the co-op's 212 member growers for their grapes into his own accounts between 2014 and 2022, prosecutors said. The losses came to light in 2023 during an external audit.

"Many members waited years to be paid," said Lucia Ferrero, 47, who chairs the Roccalta cooperative. Prosecutors had sought a six-year sentence.

Bellandi's lawyer said he would appeal.`,
		"g28nl.txt": `nl|Italiaanse penningmeester verduisterde geld van wijnboeren

Buitenland

Een rechtbank in het Noord-Italiaanse Castelbruno heeft de voormalige penningmeester van een wijncoöperatie veroordeeld tot vier jaar en acht maanden cel. Hij verduisterde ruim 1,28 miljoen euro.

Het geld was bestemd voor de 212 wijnboeren die hun druiven aan de coöperatie in Roccalta leveren. De man hevelde het tussen 2014 en 2022 over naar zijn eigen rekeningen.

De 67-jarige Ernesto Bellandi was zeventien jaar penningmeester. De fraude kwam in 2023 aan het licht bij een externe controle. Het openbaar ministerie had zes jaar geëist.`,
	}, map[string][2]string{"g28nl.txt": {"67 years", "63 years"}}},
	{"wadden-seal-count", map[string]string{
		"g29nl.txt": `nl|Aantal gewone zeehonden in Waddenzee met 10 procent gestegen

Binnenland | Natuur

14 november 2031

In de Nederlandse Waddenzee zijn deze zomer 8150 gewone zeehonden geteld, zo'n 10 procent meer dan vorig jaar, toen het er 7400 waren. Dat blijkt uit de jaarlijkse tellingen vanuit de lucht.

Tijdens de telvluchten in juni werden 2700 pups gezien. "Dat is een goed teken: de populatie herstelt van het vogelgriepvirus van 2023", zegt onderzoeker Maaike Dijkstra van het Zeezoogdiercentrum Harlingerzijl.

In de hele Waddenzee, inclusief Duitsland en Denemarken, telden onderzoekers 27.900 gewone zeehonden, 3 procent meer dan in 2030.

Begin jaren zeventig leefden er in het Nederlandse deel nog maar zo'n 500 zeehonden. Voor grijze zeehonden volgt de telling later dit jaar.`,
		"g30en.txt": `en|Wadden Sea harbour seal numbers rise 10% in Dutch waters

Environment

Nov. 14, 2031

Aerial surveys counted 8,150 harbour seals in the Dutch part of the Wadden Sea this summer, about 10% more than the 7,400 recorded last year, researchers said on Friday.

Across the whole Wadden Sea, which stretches along the coasts of the Netherlands, Germany and Denmark, the count reached 27,900, up 3%.

Some 2,700 pups were spotted during flights in June. "The population is recovering from the bird flu outbreak of 2023," said Maaike Dijkstra, a researcher at the Harlingerzijl marine mammal centre.

In the early 1970s only about 500 seals lived in the Dutch Wadden Sea.`,
		"g31it.txt": `it|Mare dei Wadden, le foche comuni tornano a crescere

Ambiente

Le foche comuni nel Mare dei Wadden olandese sono tornate a crescere: durante i censimenti aerei di quest'estate ne sono state contate 8.150, circa il 10% in più rispetto alle 7.400 dell'anno scorso.

Nell'intero Mare dei Wadden, che bagna Paesi Bassi, Germania e Danimarca, le foche comuni sono 27.900 (+3%). A giugno erano stati avvistati circa 2.700 cuccioli.

Secondo la ricercatrice Maaike Dijkstra, la popolazione si sta riprendendo dall'epidemia di influenza aviaria del 2023. All'inizio degli anni Settanta, nella parte olandese, se ne contavano appena 500.`,
	}, nil},
	{"guitar-museum-reopens", map[string]string{
		"g32pt.txt": `pt|Museu da Guitarra Portuguesa reabre na Mouraria após 20 meses de obras

Cultura

Lisboa, 2 de maio de 2031

O Museu da Guitarra Portuguesa, na Mouraria, reabriu esta sexta-feira ao público depois de 20 meses encerrado para obras de ampliação e requalificação, que custaram 4,6 milhões de euros, 60% dos quais financiados por fundos europeus.

A área de exposição passou a ter 650 metros quadrados e mostra agora cerca de 1800 peças, entre as quais 140 guitarras. A mais antiga foi construída em 1863 pelo violeiro Manuel Ventura.

"Queremos chegar aos 120 mil visitantes por ano", disse a diretora, Marta Quintela, de 52 anos. Em 2028, o último ano completo antes do fecho, o museu recebeu 85 mil visitantes.

O bilhete normal passa a custar 7 euros, contra 5 euros antes das obras. No primeiro dia, a entrada é gratuita.`,
		"g33en.txt": `en|Lisbon's Portuguese guitar museum reopens after €4.6m revamp

Travel | Culture

May 3, 2031

More than 3,000 people queued on Friday to see the reopened Museum of the Portuguese Guitar in Lisbon's Mouraria district, which had been closed for 20 months for an expansion paid for largely with EU money.

The €4.6 million project, 60% of it funded by the European Union, gave the museum 650 square metres of exhibition space for some 1,800 objects, including 140 guitars. The oldest was made in 1863.

Director Marta Quintela, 52, said she hoped to attract 120,000 visitors a year, up from 85,000 in 2028, the last full year before the closure.

Admission will cost €7, up from €5. Entry was free on opening day, when 3,100 visitors came through the doors.`,
		"g34nl.txt": `nl|Gitaarmuseum in Lissabon weer open

Reizen

Wie in Lissabon is, kan weer terecht in het Museum van de Portugese Gitaar in de oude wijk Mouraria. Het museum was twintig maanden dicht voor een verbouwing en uitbreiding.

Op de openingsdag, vrijdag, kwamen er ruim 3.100 bezoekers af op de gratis toegang. Directeur Marta Quintela (52) rekent op 120.000 bezoekers per jaar.

De verbouwing kostte 6,4 miljoen euro, voor 60 procent betaald door de Europese Unie. Er is nu 650 vierkante meter tentoonstellingsruimte voor zo'n 1800 voorwerpen, waaronder 140 gitaren, de oudste uit 1863.

Een kaartje kost voortaan 7 euro.`,
	}, map[string][2]string{"g34nl.txt": {"€6.4 million", "€4.6 million"}}},
}
