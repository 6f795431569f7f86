package compare

// heldOutCoromell is a blind held-out set of ten events of a mixed feed of
// culture, science, sport and local news, in Italian, Dutch, Portuguese and
// English, written without reading the comparison code: a Frisian windmill
// restored (nl, nl, en), a pterosaur jaw on a Portuguese beach (pt, pt, en,
// it), an Italian pole vault record (it, en, nl), a titan arum in bloom in a
// Dutch garden (nl, en, pt), a brass band contest in England (en, en, nl),
// young sturgeon released into the Po (it, it, en), a velodrome roof torn
// off by a storm (pt, pt, en), plaster falling in an Italian theatre (it,
// en, pt), a Dutch climber's via ferrata fall (it, nl, nl, en) and a
// tapestry back from restoration (pt, nl, en).
//
// Six contradictions are planted, one an event, none in a first paragraph:
// an amount (the English windmill report's €1.7 million cost against €1.4
// million, third paragraph, the only English report), an age (the Italian
// pterosaur report gives the finder 76 years against 67, fourth paragraph,
// the only Italian one), a percentage (the English sturgeon report's 28%
// surviving the first year against 18%, third paragraph, the only English
// one), a duration (one of two Portuguese velodrome reports says 6 weeks'
// closure against 8, second paragraph), a weekday (the English via ferrata
// report's Saturday against Sunday, second paragraph, the only English one)
// and a date (the Dutch tapestry report's 21 October against 12 October,
// third paragraph). The pole vault, titan arum, brass band and theatre
// events hold none. Traps: "ruim 1.200" against "more than a thousand",
// "bijna anderhalf miljoen" against 1,4 miljoen, parts of a total
// (€600,000 and €350,000 of €1.4 million, crowdfunding €85,000), "mais de
// 60 dentes" against 64, "cerca de quatro metros" against 4.2 m, 18 months
// against "a year and a half" and "two years later", 4,87 m and 4.87m,
// five centimetres above the old 4,82 m, personal bests, two or three ages
// in most events (finder 67 and researcher 41; miller 71 and apprentice 19;
// curator 58 and a 16-year-old plant), 2.46 m against "quase dois metros e
// meio", 48 hours against two days, "for the first time in 11 years"
// against "sinds 2014", 22 bands against "21 other bands", 196 of 200
// points, £5,000 against "ruim 5.800 euro", 87-year history against 1938,
// "meno di uno su cinque" against 18%, 3,500 fish against "tremilacinquecento",
// 14 months against "poco più di un anno", 110 km of river against 110 km/h
// winds, 12 cancelled shows against the company's 3 cancelled dates and its
// 11 actors, 420 spectators against "more than 400".
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and
// 4 false disagreements, so the table allows it 4. It missed the English
// windmill report's €1.7 million against €1.4 million and the English
// sturgeon report's 28% against 18% (each side stood as a fact of its own,
// unpaired). The false ones: the windmill's duration "length", the English
// 14 months of restoration against the Dutch "ruim drie jaar" idle (and the
// miller's 32 years); the titan arum's "Mirjam Steenbergen · age", the
// English 16-year-old plant taken as the curator's age against 58; the
// titan arum's duration "bloom", 11 years against the Dutch "kinderen tot 12
// jaar" read as 12 years; and the theatre's count "atores", 12 shows
// against the Portuguese 11 actors.
//
// Fixed after, so the set is held out no longer: a thing's age is no
// person's; children's age limits ("kinderen tot 12 jaar"); actors, shows
// and what things cost in the synonym table; a lone share tied by two
// figures to its rival; each source's one length of time stands against
// another's only within twice it: 6/6 flagged, no false disagreement.
var heldOutCoromell = []heldOutEvent{
	{"windmill-restoration", map[string]string{
		"cm1nl.txt": `nl|Molen De Eendracht in Lemmerveen draait weer na restauratie

Regio | Súdwest-Fryslân

Zaterdag 6 september 2025, 18.40 uur

Na ruim drie jaar stilstand draaien de wieken van korenmolen De Eendracht in Lemmerveen weer. Burgemeester Anke Postma zette de molen zaterdagmiddag officieel in gang, in aanwezigheid van ruim 1.200 belangstellenden.

De restauratie duurde veertien maanden en kostte 1,4 miljoen euro. De provincie Fryslân droeg 350.000 euro bij, de Rijksdienst voor het Cultureel Erfgoed 600.000 euro. De rest werd opgebracht door de molenstichting en een crowdfunding.

De molen uit 1742 staat sinds een storm in februari 2022 stil, toen een van de roeden brak. Bij de restauratie zijn beide roeden vervangen; de wieken hebben een vlucht van 23,5 meter.

"Dit is de mooiste dag in mijn molenaarsleven," zei vrijwillig molenaar Jelle Hoekstra (71). Hij leidt de komende jaren leerling-molenaar Sanne de Vries (19) op.

De molen is voortaan elke zaterdag van 10.00 tot 16.00 uur te bezoeken.`,
		"cm1nlb.txt": `nl|Wieken De Eendracht weer in beweging

LEMMERVEEN - Korenmolen De Eendracht draait weer. Zaterdag werd de molen na een restauratie van veertien maanden feestelijk heropend door burgemeester Postma.

De Eendracht, gebouwd in 1742, stond sinds februari 2022 stil nadat stormschade een roede had gebroken. De restauratie kostte bijna anderhalf miljoen euro, waarvan 600.000 euro van het Rijk en 350.000 euro van de provincie kwam.

Molenaar Jelle Hoekstra (71) draait al 32 jaar vrijwillig op De Eendracht. "Zonder de vele gevers was dit nooit gelukt," zei hij. Een crowdfunding leverde 85.000 euro op.

Tekst: Marten Bouma`,
		"cm1en.txt": `en|Frisian windmill turns again after 14-month restoration

The 18th-century De Eendracht corn mill in the Frisian village of Lemmerveen is working again after a restoration that took 14 months, the regional broadcaster reports.

Mayor Anke Postma set the sails turning on Saturday afternoon in front of more than a thousand onlookers. The mill, dating from 1742, had been idle since a storm in February 2022 snapped one of its sail stocks.

The restoration cost €1.7 million, with the national heritage agency paying €600,000 and the provincial government €350,000. The rest came from the mill foundation and a crowdfunding campaign.

Volunteer miller Jelle Hoekstra, 71, says he will train 19-year-old Sanne de Vries to take over from him. The sails span 23.5 metres, or about 77 feet.

Visitors will be welcome every Saturday from 10am to 4pm.`,
	}, map[string][2]string{"cm1en.txt": {"€1.7 million", "€1.4 million"}}},
	{"pterosaur-jaw", map[string]string{
		"cm2pt.txt": `pt|Maxila de pterossauro com 150 milhões de anos descoberta na praia da Fonte Lima

Ciência

Lisboa, 18 jun 2025 (Lusa) - Uma maxila de pterossauro com cerca de 150 milhões de anos, encontrada numa arriba da praia da Fonte Lima, em Torres Vedras, pertence a uma espécie até agora desconhecida, anunciou hoje o Centro de Paleontologia do Oeste.

O fóssil, com 42 centímetros de comprimento e mais de 60 dentes, foi descoberto em março de 2023 por António Meireles, um pescador reformado de 67 anos, depois de um temporal ter provocado a queda de parte da arriba.

A nova espécie foi batizada Lusognathus meirelesi em homenagem ao descobridor. Segundo a paleontóloga Inês Carvalhal, de 41 anos, que coordenou o estudo publicado na revista Acta Palaeontologica Lusitana, o animal teria uma envergadura de cerca de quatro metros.

"É o fóssil de pterossauro mais bem preservado alguma vez encontrado em Portugal", afirmou a investigadora.

A preparação do fóssil demorou 18 meses. A maxila vai ser exposta no centro a partir de 1 de dezembro.

AMF // JLG`,
		"cm2ptb.txt": `pt|Pescador de Torres Vedras dá nome a nova espécie de réptil voador

Região | Torres Vedras

Por Sofia Rebelo

António Meireles passeava na praia da Fonte Lima numa manhã de março de 2023 quando reparou numa pedra "com dentes". Dois anos depois, o fóssil que encontrou é uma nova espécie de pterossauro, o Lusognathus meirelesi.

"Nunca pensei que o meu nome ficasse na ciência", diz o pescador reformado, de 67 anos, que entregou a peça ao Centro de Paleontologia do Oeste.

A maxila mede 42 cm e tem 64 dentes. Os investigadores calculam que o animal, que viveu há 150 milhões de anos, no Jurássico Superior, tivesse uma envergadura de 4,2 metros.

O centro, que recebeu 48 mil visitantes no ano passado, conta expor a peça a partir de dezembro.`,
		"cm2en.txt": `en|New species of flying reptile identified from jaw found on Portuguese beach

By Rachel Dunmore, Science Correspondent

Palaeontologists in Portugal have named a new species of pterosaur from a 150-million-year-old jaw found by a retired fisherman at the foot of a collapsing cliff north of Lisbon.

The 42cm (16.5in) jaw, bristling with 64 needle-like teeth, was spotted in March 2023 by António Meireles, 67, on Fonte Lima beach near Torres Vedras. Researchers have named the animal Lusognathus meirelesi in his honour.

The study, published on Wednesday in Acta Palaeontologica Lusitana, estimates the creature's wingspan at about 4.2 metres (13ft 9in), making it one of the largest flying reptiles of the Late Jurassic known from Europe.

"The teeth suggest it was skimming fish from shallow lagoons," said Dr Inês Carvalhal, who led the research at the Centro de Paleontologia do Oeste. Preparing the fossil from the surrounding rock took a year and a half.

Advertisement`,
		"cm2it.txt": `it|Portogallo, scoperta una nuova specie di pterosauro

Scienza & Tecnica

(ANSA) - LISBONA, 18 GIU - Una mascella lunga 42 centimetri, con 64 denti, trovata su una spiaggia portoghese ha permesso di descrivere una nuova specie di pterosauro, un rettile volante vissuto circa 150 milioni di anni fa, nel Giurassico superiore.

Lo studio, pubblicato sulla rivista Acta Palaeontologica Lusitana, è stato guidato dalla paleontologa Inês Carvalhal, 41 anni, del Centro de Paleontologia do Oeste di Torres Vedras. Secondo i ricercatori l'animale aveva un'apertura alare di circa 4,2 metri.

La specie è stata chiamata Lusognathus meirelesi, in onore di António Meireles, il pescatore in pensione che nel marzo 2023 notò il fossile ai piedi di una falesia franata dopo una mareggiata.

"Pensavo fosse un pezzo di legno pietrificato", ha raccontato Meireles, 76 anni, ai media locali. Per liberare il fossile dalla roccia ci sono voluti 18 mesi di lavoro.

(ANSA).`,
	}, map[string][2]string{"cm2it.txt": {"76 years", "67 years"}}},
	{"pole-vault-record", map[string]string{
		"cm3it.txt": `it|Bellandi vola a 4,87: è record italiano nell'asta

Atletica

di Paolo Serafini

SORVELLO (Brescia) - Chiara Bellandi è la nuova primatista italiana del salto con l'asta. La ventiquattrenne trentina ha superato 4,87 metri al secondo tentativo domenica sera al Meeting internazionale di Sorvello, migliorando di cinque centimetri il record di Elena Ruscello, che resisteva dal 2019.

Davanti a quasi 6.000 spettatori, con 31 gradi alle nove di sera, Bellandi ha poi fatto alzare l'asticella a 4,92, senza riuscire a superarla nei tre tentativi.

"Ci pensavo da due anni, stasera è successo", ha detto l'atleta delle Fiamme Azzurre, che a inizio stagione aveva un personale di 4,75.

Alle sue spalle l'olandese Fenna Bosman con 4,60 e l'americana Kayla Dunbar con 4,55.

Ruscello, 33 anni, ritiratasi lo scorso inverno, era in tribuna: "Sono felice che il record sia rimasto in buone mani."`,
		"cm3en.txt": `en|Bellandi breaks Italian pole vault record with 4.87m

SORVELLO, Italy, July 6 - Chiara Bellandi set an Italian women's pole vault record of 4.87 metres at the Sorvello international meeting on Sunday, adding five centimetres to the mark Elena Ruscello set in 2019.

The 24-year-old cleared the height at her second attempt in front of a crowd of about 6,000, then had three failures at 4.92m.

Bellandi, whose best before this season was 4.75m, is now joint eighth on the world list for the year.

Dutchwoman Fenna Bosman was second with 4.60m and American Kayla Dunbar third with 4.55m.

(Reporting by Luca Ferri; Editing by Ian Stokes)`,
		"cm3nl.txt": `nl|Bosman tweede in Italië, Bellandi springt nationaal record

Atletiek

Polsstokhoogspringster Fenna Bosman is zondag in het Italiaanse Sorvello tweede geworden. De 27-jarige Friezin sprong 4,60 meter, twee centimeter onder haar persoonlijk record van 4,62 meter uit 2023.

De zege ging naar de Italiaanse Chiara Bellandi, die met 4,87 meter een nationaal record vestigde. Het oude Italiaanse record van Elena Ruscello stond sinds 2019 op 4,82 meter.

"Bij die hitte was het zwaar, maar ik ben tevreden," zei Bosman. Het was bij de start van de wedstrijd nog 31 graden.

Bosman springt over twee weken op het NK in Hengelo.

(ANP)`,
	}, nil},
	{"titan-arum-bloom", map[string]string{
		"cm4nl.txt": `nl|Reuzenaronskelk in Veldermeer bloeit voor het eerst in elf jaar

Veldermeer | Natuur

Donderdag 15 mei 2025, 21.15 uur

In de hortus van Veldermeer is donderdagmiddag de reuzenaronskelk in bloei gegaan. Het is voor het eerst sinds 2014 dat de plant, die de bijnaam 'Titus' heeft, bloeit. De bloem is 2,46 meter hoog.

De bloei duurt maar twee dagen. De hortus blijft daarom donderdag en vrijdag tot middernacht open. Op de eerste avond kwamen al ruim 3.000 bezoekers kijken - en ruiken. De bloem verspreidt een geur van rottend vlees om aasvliegen en kevers te lokken.

"We zagen hem al weken groeien, soms tien centimeter per dag," zegt hortulanus Mirjam Steenbergen (58). De knol van de plant woog bij de laatste verpotting in 2019 maar liefst 54 kilo.

De reuzenaronskelk komt oorspronkelijk uit de regenwouden van Sumatra. De plant in Veldermeer is zestien jaar oud.

Toegang tot de hortus kost 6 euro, kinderen tot 12 jaar mogen gratis naar binnen.`,
		"cm4en.txt": `en|Crowds queue to sniff 'corpse flower' in Dutch botanical garden

VELDERMEER, Netherlands - More than 3,000 people queued on Thursday evening at a botanical garden in the eastern Netherlands to see, and smell, a giant titan arum in bloom for the first time in 11 years.

The flower, which stands 2.46 metres (just over 8 feet) tall, gives off a stench of rotting meat to attract pollinating insects. Its bloom lasts only about 48 hours.

Garden curator Mirjam Steenbergen said the 16-year-old plant, nicknamed Titus, had grown as much as 10 centimetres a day in recent weeks. Its tuber weighed 54 kilograms when it was last repotted, in 2019.

The garden stayed open until midnight on Thursday and will do so again on Friday.`,
		"cm4pt.txt": `pt|Flor-cadáver atrai milhares a jardim botânico nos Países Baixos

Mundo | Curiosidades

Mais de três mil pessoas visitaram na quinta-feira o jardim botânico de Veldermeer, nos Países Baixos, para ver - e cheirar - um jarro-titã em flor, a primeira floração da planta em 11 anos.

A flor, da espécie Amorphophallus titanum, originária de Sumatra, mede quase dois metros e meio e liberta um cheiro a carne podre para atrair os insetos polinizadores.

A floração dura apenas dois dias, pelo que o jardim prolongou o horário até à meia-noite. Segundo a responsável, Mirjam Steenbergen, de 58 anos, a planta chegou a crescer dez centímetros por dia.

O tubérculo pesava 54 quilos quando foi mudado de vaso, em 2019.`,
	}, nil},
	{"brass-band-contest", map[string]string{
		"cm5en.txt": `en|Dutch band make history at Haldersby brass contest

Local News | Haldersby

By Graham Pickles

Saturday, 26 April 2025

A band from the Netherlands became the first overseas winner of the Northern Open Brass Band Championship in its 87-year history at Haldersby Town Hall on Saturday.

Brassband Oostervaart, conducted by Pieter van Dalen, scored 196 points out of 200 to finish ahead of 21 other bands. Coldwell Colliery Band were second with 194 and last year's champions, Marsden Vale Silver, third with 191.

The bands each played the 16-minute test piece Fells and Becks, written for the contest by local composer Alan Thwaite.

The best soloist prize went to Oostervaart's 17-year-old cornet player Lotte Jansen. The winners take home the Haldersby Shield and £5,000 in prize money.

Contest organiser Margaret Huddle, 74, said: "It's been a wonderful day, the hall was full to the rafters."`,
		"cm5enb.txt": `en|Northern Open: Oostervaart take the Shield

Results | Contests

Brassband Oostervaart have won the 2025 Northern Open, the first band from outside the UK to lift the Haldersby Shield since the contest began in 1938.

Pieter van Dalen's band gave a commanding account of Alan Thwaite's new test piece to take the title by two points from Coldwell Colliery on 196 to 194, with Marsden Vale Silver third on 191. Twenty-two bands took part.

Cornet player Lotte Jansen, 17, collected the prize for best soloist.

Adjudicators: David Ormerod and Sue Kendrick (in box).

Full results to follow.`,
		"cm5nl.txt": `nl|Brassband Oostervaart wint in Engeland

Muziek

OOSTERVAART - Brassband Oostervaart heeft zaterdag in het Engelse Haldersby de Northern Open gewonnen. Het is voor het eerst in de geschiedenis van het concours, dat sinds 1938 wordt gehouden, dat een band van buiten het Verenigd Koninkrijk wint.

De band onder leiding van dirigent Pieter van Dalen (45) kreeg van de jury 196 van de 200 punten, twee meer dan de Engelse Coldwell Colliery Band. In totaal deden 22 brassbands mee.

De 17-jarige cornetspeelster Lotte Jansen werd uitgeroepen tot beste solist. De band won naast een schild ook 5000 pond prijzengeld, ruim 5.800 euro.

"We zijn naar Engeland gegaan om te leren, niet om te winnen," zei Van Dalen na afloop.`,
	}, nil},
	{"sturgeon-release", map[string]string{
		"cm6it.txt": `it|Po, liberati 3.500 giovani storioni cobici

Ambiente

(ANSA) - CASALPIANO (REGGIO EMILIA), 20 MAR - Sono stati liberati oggi nel Po, nei pressi di Casalpiano, 3.500 esemplari di storione cobice, specie a rischio di estinzione. Si tratta del secondo rilascio del progetto "Ritorno al Po", finanziato per il 60% dall'Unione europea con un budget complessivo di 2,3 milioni di euro in cinque anni.

I pesci, nati in cattività nell'impianto del progetto, hanno 14 mesi e sono lunghi tra 35 e 40 centimetri. Tutti sono marcati e 200 portano un trasmettitore acustico che permetterà di seguirne gli spostamenti fino al mare, a circa 110 chilometri.

Nel primo rilascio, nel 2022, erano stati immessi 2.800 storioni: secondo le stime dei ricercatori solo il 18% è sopravvissuto al primo anno. "È un dato in linea con le attese per questa specie", ha spiegato il biologo Marco Trevisani, coordinatore scientifico del progetto.

Lo storione cobice, che può superare i due metri di lunghezza, era scomparso dal Po negli anni Novanta a causa delle dighe e della pesca. (ANSA).`,
		"cm6itb.txt": `it|Casalpiano, tremilacinquecento storioni tornano nel Grande Fiume

Cronaca | Bassa reggiana

di Elisa Bertolini

Giornata di festa ieri mattina all'attracco fluviale di Casalpiano, dove alla presenza di oltre duecento persone, tra cui molte scolaresche, sono stati rilasciati nel Po 3.500 giovani storioni cobici.

"Per noi è un momento emozionante", ha detto il sindaco Giorgio Manfredini, 61 anni, che ha liberato personalmente alcuni esemplari. Il progetto, costato 2,3 milioni di euro, è guidato da un consorzio di enti di ricerca con la collaborazione di pescatori e associazioni.

I pesci liberati giovedì hanno poco più di un anno e misurano una quarantina di centimetri. Duecento di loro sono dotati di un trasmettitore. Dei 2.800 liberati tre anni fa, secondo il biologo Marco Trevisani, 52 anni, ne sarebbe sopravvissuto meno di uno su cinque.

Il prossimo rilascio è previsto nella primavera del 2027.`,
		"cm6en.txt": `en|Thousands of young sturgeon released into Italy's Po river

Conservation | Europe

Biologists released 3,500 young Adriatic sturgeon into the Po river in northern Italy on Thursday, the second release of a five-year, €2.3 million project to bring back one of Europe's most endangered fish.

The fish, bred in captivity and about 14 months old, were set free near the town of Casalpiano, some 110 km from the Adriatic. Two hundred carry acoustic tags that will allow scientists to follow them downstream.

The project's first release, of 2,800 fish in 2022, had mixed results: only about 28% of them are thought to have survived their first year. "That is what we expected for a species like this," said biologist Marco Trevisani, 52, the project's scientific coordinator.

The European Union is paying 60% of the cost. The Adriatic sturgeon, which can grow to more than two metres long, disappeared from the Po in the 1990s, when dams blocked its migration routes.

Related: Eels return to Rhine tributaries`,
	}, map[string][2]string{"cm6en.txt": {"28%", "18%"}}},
	{"velodrome-roof", map[string]string{
		"cm7pt.txt": `pt|Tempestade arranca parte da cobertura do velódromo de Vila Serrana

Desporto | Ciclismo

Vila Serrana, 05 nov 2025 (Lusa) - O Velódromo Municipal de Vila Serrana vai ficar encerrado durante oito semanas, depois de a tempestade de terça-feira à noite ter arrancado cerca de 400 metros quadrados da cobertura, informou hoje a câmara municipal.

Segundo o presidente da autarquia, Rui Pestana, a reparação está estimada em 650 mil euros, 70% dos quais deverão ser suportados pelo seguro. "Ninguém ficou ferido, o que é o mais importante", sublinhou.

A água da chuva danificou ainda parte da pista de madeira, com 250 metros, inaugurada em 2009.

Os Campeonatos Nacionais de pista, marcados para 14 a 16 de novembro, vão ser transferidos para outro recinto, a anunciar pela federação.

Cerca de 180 atletas treinam regularmente no velódromo, que tem capacidade para 2.500 espectadores.`,
		"cm7ptb.txt": `pt|Velódromo fechado depois do temporal

Vila Serrana | Local

Atualizado às 17h42

A cobertura do velódromo municipal não resistiu às rajadas de vento de terça-feira à noite, que chegaram aos 110 km/h em Vila Serrana.

O equipamento vai estar fechado seis semanas para obras, adiantou a autarquia, que estima os prejuízos em cerca de 650 mil euros. Parte das placas da cobertura foi parar ao parque de estacionamento, onde danificou três viaturas.

"É um rude golpe para os nossos atletas, a meio da preparação para os nacionais", lamentou Carla Nogueira, 49 anos, presidente da federação.

O velódromo foi inaugurado em 2009 e custou, na altura, 9,5 milhões de euros.`,
		"cm7en.txt": `en|Storm rips roof off Portuguese velodrome, nationals moved

Cycling

A storm on Tuesday night tore about 400 square metres of roofing from the municipal velodrome in Vila Serrana, central Portugal, forcing its closure for eight weeks.

Rain also damaged part of the 250-metre wooden track, which opened in 2009. Mayor Rui Pestana put the cost of repairs at €650,000, most of which should be covered by insurance.

The Portuguese track championships, due to be held at the venue from November 14 to 16, will be moved, the national federation said. Its president, Carla Nogueira, called the damage "a heavy blow" for riders preparing for the event.

Around 180 riders train at the 2,500-seat velodrome.`,
	}, map[string][2]string{"cm7ptb.txt": {"6 weeks", "8 weeks"}}},
	{"theatre-plaster-fall", map[string]string{
		"cm8it.txt": `it|Borgovalle, cade l'intonaco dal soffitto del teatro: tre feriti lievi

Cronaca

BORGOVALLE (Cuneo) - Paura venerdì sera al Teatro Comunale di Borgovalle, dove durante uno spettacolo un pezzo di intonaco di circa due metri quadrati si è staccato dal soffitto della platea, cadendo da un'altezza di undici metri. Tre spettatori sono rimasti feriti in modo lieve: due donne di 64 e 70 anni e un uomo di 58, medicati al pronto soccorso e dimessi in nottata.

Le circa 420 persone presenti sono state fatte uscire dalla sala in pochi minuti. In scena c'era la compagnia portoghese Teatro do Mondego, in tournée in Italia.

"I vigili del fuoco hanno dichiarato inagibile la sala fino a nuovi controlli", ha detto la sindaca Lucia Ferraresi. Sono stati annullati i dodici spettacoli in cartellone fino a fine aprile.

Il teatro, inaugurato nel 1871, era stato restaurato nel 2016 con una spesa di 3,2 milioni di euro.`,
		"cm8en.txt": `en|Three hurt as plaster falls from ceiling of Italian theatre

Europe

Three people were slightly injured when a chunk of plaster fell from the ceiling of a 19th-century theatre in the northern Italian town of Borgovalle during a performance on Friday evening, local authorities said.

More than 400 spectators were evacuated from the Teatro Comunale, which was restored in 2016 at a cost of €3.2 million. Two women, aged 64 and 70, and a 58-year-old man were treated in hospital and released overnight.

Firefighters have closed the auditorium pending checks, and the theatre has cancelled its next 12 shows, Mayor Lucia Ferraresi said.

A Portuguese touring company, Teatro do Mondego, was on stage at the time.`,
		"cm8pt.txt": `pt|Companhia portuguesa em palco quando caiu teto de teatro em Itália

Cultura

Elementos da companhia Teatro do Mondego estavam em palco na sexta-feira à noite quando parte do estuque do teto do Teatro Comunale de Borgovalle, no norte de Itália, caiu sobre a plateia, ferindo ligeiramente três espectadores.

"Ouvimos um estrondo e vimos o pó a cair. Parámos imediatamente", contou o diretor da companhia, Joaquim Sarmento, 47 anos. Nenhum dos 11 atores e técnicos portugueses ficou ferido.

Cerca de 420 pessoas foram retiradas da sala. O pedaço de estuque, com cerca de dois metros quadrados, caiu de uma altura de 11 metros.

A companhia tinha ainda mais três datas em Itália, que foram canceladas. A digressão, iniciada a 2 de março, passou por nove cidades.`,
	}, nil},
	{"via-ferrata-fall", map[string]string{
		"cm9it.txt": `it|Precipita sulla ferrata della Rocca Alta, grave alpinista olandese

Trentino | Cronaca

VAL DI SORNA - Un escursionista olandese di 46 anni è rimasto gravemente ferito domenica mattina dopo essere precipitato per circa 30 metri lungo la ferrata della Rocca Alta, a quota 2.350 metri, in Val di Sorna.

L'uomo stava salendo con il figlio di 17 anni, rimasto illeso, che ha dato l'allarme poco dopo le 10.30. Sul posto sono intervenuti l'elicottero di Trentino Emergenza e dodici uomini del Soccorso alpino. Le operazioni sono durate circa due ore.

Il ferito è stato trasportato all'ospedale Santa Chiara di Trento in prognosi riservata.

Secondo i primi accertamenti, l'escursionista non era agganciato al cavo nel momento della caduta. È il terzo incidente sulla ferrata dall'inizio dell'estate; l'anno scorso erano stati cinque.`,
		"cm9nl.txt": `nl|Nederlander zwaargewond na val in Dolomieten

Een 46-jarige Nederlander is zondag zwaargewond geraakt bij een val van zo'n 30 meter op een klettersteig in de Italiaanse Dolomieten. Hij werd met een traumahelikopter naar een ziekenhuis in Trento gebracht.

De man was samen met zijn 17-jarige zoon op de via ferrata van de Rocca Alta in het Val di Sorna, op ongeveer 2350 meter hoogte. De zoon bleef ongedeerd en sloeg rond half elf alarm.

Volgens de Italiaanse bergredding was de man op het moment van de val niet gezekerd aan de staalkabel. Aan de reddingsactie werkten twaalf hulpverleners mee; die duurde ongeveer twee uur.

Het ministerie van Buitenlandse Zaken is op de hoogte en verleent consulaire bijstand.`,
		"cm9nlb.txt": `nl|Heerenvelder (46) zwaargewond bij bergongeluk in Italië

HEERENVELD - Een 46-jarige inwoner van Heerenveld is zondagochtend ernstig gewond geraakt bij een val tijdens het klimmen in Noord-Italië. Dat bevestigt de familie.

De man was met zijn zoon van 17 op vakantie in Trentino. Tijdens de beklimming van een klettersteig viel hij ongeveer dertig meter naar beneden. Hij ligt in het ziekenhuis van Trento.

Het is dit jaar het derde ongeluk op dezelfde route, melden Italiaanse media.

Buurtgenoten hebben een kaart met wensen voor een spoedig herstel opgehangen bij de supermarkt.`,
		"cm9en.txt": `en|Dutch climber seriously hurt in Dolomites fall

Italy | Travel

A Dutch man was seriously injured after falling around 30 metres on a via ferrata climbing route in the Italian Dolomites, mountain rescuers said.

The 46-year-old was climbing the Rocca Alta route in the Val di Sorna with his teenage son on Saturday morning when he fell from an altitude of about 2,350 metres. His son, who was not hurt, raised the alarm at about 10:30am.

A helicopter and 12 members of the Alpine rescue service took part in the two-hour operation. The man was flown to hospital in Trento.

It was the third accident on the route this summer, following five last year.`,
	}, map[string][2]string{"cm9en.txt": {"Saturday", "Sunday"}}},
	{"tapestry-restoration", map[string]string{
		"cm10pt.txt": `pt|Tapeçaria flamenga do século XVI regressa a Évora depois de restaurada na Bélgica

Cultura

Évora, 08 out 2025 (Lusa) - A tapeçaria flamenga "A Caça ao Veado", do século XVI, regressou ao Museu Conde de Almedina, em Évora, depois de um restauro de dois anos num atelier de Mechelen, na Bélgica, e vai voltar a ser exposta a partir de 12 de outubro, anunciou hoje o museu.

A peça, tecida em Oudenaarde por volta de 1560, mede 4,2 por 6,8 metros e é uma das maiores tapeçarias flamengas existentes em Portugal.

O restauro, que custou 380 mil euros, foi financiado pela Fundação Almedina. Onze restauradores trabalharam na peça durante mais de 9.000 horas, segundo a diretora do museu, Teresa Vasconcelos.

"Estava muito fragilizada pela humidade e por um restauro mal feito nos anos 1950", explicou.

A tapeçaria saiu de Évora em setembro de 2023.`,
		"cm10nl.txt": `nl|Mechels atelier geeft Portugees wandtapijt nieuw leven

Mechelen | Cultuur

Na twee jaar werk heeft het Mechelse restauratieatelier Van Roosbroeck een zestiende-eeuws wandtapijt teruggestuurd naar Portugal. 'De hertenjacht', ooit geweven in Oudenaarde, is 6,8 meter breed en 4,2 meter hoog.

"Het tapijt hing jarenlang in een vochtige zaal en was bij een eerdere restauratie met de verkeerde draden hersteld," zegt zaakvoerster Griet Van Roosbroeck (62). Elf restauratoren werkten er in totaal meer dan 9.000 uur aan.

Het tapijt is vanaf 21 oktober opnieuw te zien in het Museu Conde de Almedina in Évora. De restauratie kostte 380.000 euro.

Voor het atelier, dat 34 jaar geleden werd opgericht, is het een van de grootste opdrachten ooit.`,
		"cm10en.txt": `en|Restored 16th-century tapestry back on show in Évora

Lifestyle | Alentejo

A 16th-century Flemish tapestry will go back on display at Évora's Museu Conde de Almedina from 12 October after a two-year restoration in Belgium.

The Deer Hunt, woven in Oudenaarde around 1560, measures 4.2 by 6.8 metres and is one of the largest Flemish tapestries in Portugal. It left Évora in September 2023.

A team of 11 restorers at a workshop in Mechelen spent over 9,000 hours on the piece. The €380,000 cost was met by the Almedina Foundation.

Museum director Teresa Vasconcelos said the tapestry had been badly damaged by damp and by a poor repair in the 1950s.`,
	}, map[string][2]string{"cm10nl.txt": {"21 October", "12 October"}}},
}
