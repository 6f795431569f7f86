package compare

// heldOutRebat is a blind held-out set of ten events of mixed national and
// regional news, written without reading the extraction or the matching,
// in Spanish, Portuguese, Dutch and English: a tanker lorry spilling red
// wine into a stream in La Rioja (es, es, en, pt), a fire on a Dutch seaside
// pier (nl, nl, en), a Portuguese town banning horse-drawn carriages above
// 32 °C (pt, pt, es), a Dutch tower block evacuated over corroded balcony
// anchors (nl, nl, en), equine flu halting racing at a Spanish racecourse
// (es, es, en), a Portuguese kiosk chain closing 37 of its 95 kiosks (pt,
// pt, es), a Dutch cheese market opening its season (nl, nl, en), a
// Brazilian city's free bus travel for students (pt, pt, en), a storm
// forcing the evacuation of Belgian scout camps (nl, nl, en) and a gale
// toppling a Spanish TV mast (es, es, en).
//
// Six contradictions are planted, one per event, all outside the first
// paragraph: a distance (the road closed over 21 km against 12 km, in the
// only Portuguese report of the wine spill), a count (58 firefighters
// against 85, in the English report of the pier fire), an age (the
// coachmen's head 76 against 67, in the Spanish report of the carriage ban),
// a duration (at least eight weeks away against six, in the English report
// of the tower block), an amount (€2.1 million lost against €1.2 million, in
// the second Spanish report of the equine flu) and a weekday (the cheese
// market opening on Thursday against Friday 6 April, in the English report).
// The kiosks, the student fares, the scout camps and the TV mast hold none.
// The traps: "28 mil litros" against 28.000; 380 m with 1,250 ft; €7.5m
// against 7,5 miljoen euro; the horse's age 14 beside the coachman's;
// "quase um terço" against "perto de 30%"; five votes to two as 5 contra 2;
// six weeks against three months in 2011; 14 days against "dos semanas";
// the 2019 of vaccination and of an earlier outbreak; 9,4% against "quase
// 10%"; 37 closed, 95 in all and 58 left; 11.400 in 2010 against 4300 now;
// 312.000 visitors against "about 310,000"; 13,5 kilo with 30 lb; carriers
// aged 19 and 74; R$ 54 milhões with about $10 million; fares R$ 5,20,
// R$ 4,80 and half of it R$ 2,60; 340 evacuated of whom 62 in one group;
// ages 15 and 23; 98 km/h with 61 mph; "diez días" against 10 days; a mast
// of 190 m with 623 ft, built in 1968 and reinforced in 2004.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and
// 0 false disagreements; it missed the pier fire's 58 firefighters against
// 85 ("missed r2en.txt's 58 against 85": the English 58 and the second
// Dutch report's 85 brandweermensen stood as two facts of one report each,
// and the first Dutch report's "85 man" was not taken as a count of
// firefighters), and the tower block's eight weeks against six ("missed
// r4en.txt's 8 weeks against 6 weeks": the three stood together as one
// duration fact, 8 weeks against 6 weeks and 6 weeks, but it was not marked
// a disagreement; all three are lower bounds, "at least eight weeks",
// "minstens zes weken", "op z'n vroegst over zes weken", so that plant is
// the weakest of the six). The distance, the age, the amount and the
// weekday were flagged, and no trap was.
var heldOutRebat = []heldOutEvent{
	{"wine-tanker-spill", map[string]string{
		"r1es.txt": `es|Vuelca un camión cisterna con 28.000 litros de vino tinto en la LR-417

La Rioja | Sucesos

Logroño, 17 jul 2029 - 13:40

Un camión cisterna que transportaba unos 28.000 litros de vino tinto volcó este martes poco antes de las siete de la mañana en la carretera LR-417, a la altura de Almedilla de Ocón, y buena parte de la carga acabó en el arroyo Valcuerno, según informó el servicio de emergencias SOS Rioja.

El conductor, un vecino de Calahorra de 47 años, sufrió heridas leves y fue atendido en el centro de salud de Ocón.

La Guardia Civil cortó la carretera en un tramo de 12 kilómetros, entre Almedilla y el cruce de Santa Lucía, durante cerca de siete horas, mientras una grúa retiraba el vehículo. El tráfico se desvió por la N-232.

Agentes medioambientales del Gobierno de La Rioja tomaron muestras del agua del arroyo. "De momento no hemos visto peces muertos, pero el vino consume el oxígeno del agua y vamos a vigilar el cauce varios días", explicó la técnica Begoña Urquiza.

La carga pertenecía a la Cooperativa Vinícola Los Llanos, que calcula las pérdidas en unos 65.000 euros. Su presidente, Fermín Arpón, recordó que en 2021 otro camión de la cooperativa sufrió un accidente similar en Navarra, aunque entonces solo se derramaron 3.000 litros.`,
		"r1es2.txt": `es|Un camión con 28.000 litros de vino vuelca en La Rioja y tiñe de rojo un arroyo

Logroño, 17 jul (Agencia).- El vuelco de un camión cisterna cargado con 28.000 litros de vino tinto ha obligado a cortar durante casi siete horas la carretera LR-417 en Almedilla de Ocón (La Rioja), informaron fuentes de la Guardia Civil.

El accidente ocurrió hacia las 6.50 horas. El conductor, de 47 años, resultó herido leve.

Gran parte del vino se vertió al arroyo Valcuerno, cuyas aguas se tiñeron de rojo a lo largo de varios cientos de metros. Los agentes medioambientales han tomado muestras.

La Cooperativa Vinícola Los Llanos, propietaria de la carga, estima las pérdidas en 65.000 euros.`,
		"r1en.txt": `en|Red river: tanker spills 28,000 litres of Rioja into stream

World | Europe

17 July 2029

A tanker lorry carrying some 28,000 litres of red wine overturned on a country road in Spain's La Rioja region early on Tuesday, spilling much of its load into a stream, emergency services said.

The accident happened shortly before 7am near the village of Almedilla de Ocón. The driver, 47, was slightly hurt.

Police closed a 12km stretch of the LR-417 road for nearly seven hours while a crane lifted the tanker. Photos shared on social media showed the Valcuerno stream running a deep shade of red.

The wine belonged to the Los Llanos wine cooperative, which put its loss at around €65,000. Environmental officers said they had found no dead fish so far but would monitor the stream, as wine starves water of oxygen.

Related: Spain's wine exports fall 4% in first half`,
		"r1pt.txt": `pt|Camião-cisterna com 28 mil litros de vinho tinto capota em La Rioja

Mundo

17/07/2029 15:02

Um camião-cisterna que transportava cerca de 28 mil litros de vinho tinto capotou no início da manhã desta terça-feira numa estrada regional de La Rioja, no norte de Espanha, e grande parte da carga foi parar a um ribeiro, segundo os serviços de emergência espanhóis.

O motorista, de 47 anos, sofreu ferimentos ligeiros.

A Guardia Civil cortou a estrada LR-417 num troço de 21 quilómetros durante quase sete horas, enquanto uma grua retirava o veículo.

A cooperativa proprietária do vinho, Los Llanos, estima o prejuízo em cerca de 65 mil euros. As autoridades ambientais recolheram amostras da água do ribeiro Valcuerno.

Leia também: Vindima no Douro arranca mais cedo`,
	}, map[string][2]string{"r1pt.txt": {"21 km", "12 km"}}},
	{"pier-restaurant-fire", map[string]string{
		"r2nl.txt": `nl|Grote brand verwoest restaurant op pier Westerduin

Regio | 112

zondag 10 juni 2029, 08:14 · Aangepast 09:30

Een zeer grote brand heeft zaterdagavond het restaurant aan het einde van de pier van Westerduin aan Zee verwoest. De brand brak rond 23.30 uur uit in de keuken, kort nadat de laatste gasten waren vertrokken. Niemand raakte ernstig gewond.

De brandweer rukte uit met 85 man en twee blusboten. Omdat de pier 380 meter lang is, moesten de brandweerlieden slangen over de hele lengte uitrollen. Pas rond 04.00 uur was het vuur onder controle. Twee medewerkers werden door ambulancepersoneel nagekeken vanwege rookinhalatie.

"Het is een afschuwelijke nacht voor Westerduin. De pier is het gezicht van onze badplaats", zei burgemeester Annelies Roodbeen. Volgens haar loopt de schade in de miljoenen.

De pier werd in 1961 gebouwd en in 2016 voor 7,5 miljoen euro gerenoveerd. Directeur Koen Hagelaar (54) van exploitant Pier Westerduin BV kon nog niet zeggen wanneer de pier weer opengaat. Het restaurant had 40 medewerkers.

Lees ook: Strandpaviljoens klagen over nat voorjaar`,
		"r2nl2.txt": `nl|Restaurant op pier Westerduin in vlammen op

Binnenland

10-06-2029

Het restaurant op de pier in Westerduin aan Zee is in de nacht van zaterdag op zondag volledig uitgebrand. Ongeveer 85 brandweermensen waren de hele nacht in de weer om het vuur te bestrijden, ook vanaf het water.

De brand ontstond even voor middernacht in de keuken. Twee personeelsleden hadden last van de rook. De rest van de 380 meter lange pier, die sinds 1961 het strand domineert, lijkt de brand redelijk te hebben doorstaan, zegt de veiligheidsregio.

Exploitant Koen Hagelaar (54) spreekt van "een ramp voor onze veertig medewerkers".

De politie onderzoekt de oorzaak; er zijn geen aanwijzingen voor brandstichting.`,
		"r2en.txt": `en|Fire guts restaurant on Dutch seaside pier

Europe

Sunday 10 June 2029

A fire destroyed the restaurant at the end of the pier in the Dutch resort of Westerduin aan Zee late on Saturday, local authorities said. No one was seriously hurt.

The blaze began in the kitchen at about 11.30pm, shortly after the last diners had left, and was brought under control around 4am.

Some 58 firefighters, backed by two fireboats, fought the flames, running hoses along the 380m (1,250ft) pier. Two staff members were checked by paramedics for smoke inhalation.

Mayor Annelies Roodbeen said the damage ran into millions of euros. The pier, built in 1961, underwent a €7.5m renovation in 2016. Its operator could not say when it would reopen.`,
	}, map[string][2]string{"r2en.txt": {"58", "85"}}},
	{"carriage-heat-ban", map[string]string{
		"r3pt.txt": `pt|Aldeira proíbe charretes turísticas quando o termómetro passar os 32 graus

Região | Sociedade

8 ago 2029 · 19:45

A Câmara Municipal de Aldeira aprovou esta quarta-feira um regulamento que proíbe a circulação das charretes puxadas a cavalo no centro histórico sempre que a temperatura ultrapasse os 32 °C. A medida foi aprovada com cinco votos a favor e dois contra.

Há atualmente 23 charretes licenciadas no concelho, que utilizam 41 cavalos. Quem desrespeitar a proibição arrisca uma coima até 1500 euros e, em caso de reincidência, a suspensão da licença por 30 dias.

A decisão surge um ano depois da morte do Trovão, um cavalo de 14 anos que colapsou na calçada da Rua Direita em agosto de 2028, com 38 graus à sombra.

"Vamos perder perto de 30% da faturação do verão", lamentou Joaquim Bernardes, de 67 anos, presidente da associação dos cocheiros. Já Inês Carrapiço, 34 anos, da associação Patas Livres, considera a medida "um primeiro passo" e defende a proibição total.

O regulamento entra em vigor a 1 de setembro.`,
		"r3pt2.txt": `pt|Charretes de Aldeira param acima dos 32 graus

Local

A partir de 1 de setembro, as 23 charretes turísticas de Aldeira deixam de poder circular quando os termómetros marcarem mais de 32 graus. A proposta do presidente da câmara, Vítor Amaral, foi aprovada na quarta-feira por 5 votos contra 2.

A associação de cocheiros, presidida por Joaquim Bernardes, 67 anos, estima perdas de quase um terço das receitas de verão. As coimas podem chegar aos 1.500 euros.

A morte do cavalo Trovão, no verão passado, levou a autarquia a rever as regras. Os defensores dos animais querem ir mais longe e pedem o fim das charretes.`,
		"r3es.txt": `es|Una localidad portuguesa prohíbe los coches de caballos con más de 32 grados

Internacional | Portugal

Lisboa, 9 ago 2029

El ayuntamiento de Aldeira, en el centro de Portugal, aprobó el miércoles prohibir los paseos turísticos en coche de caballos por el casco antiguo cuando el termómetro supere los 32 grados. La norma salió adelante con cinco votos a favor y dos en contra y entrará en vigor el 1 de septiembre.

La localidad cuenta con 23 carruajes con licencia y 41 caballos. Las multas alcanzarán los 1.500 euros.

La medida llega un año después de la muerte de Trovão, un caballo de 14 años que se desplomó en pleno casco histórico con 38 grados a la sombra.

"Vamos a perder cerca del 30 % de lo que facturamos en verano", lamentó el presidente de la asociación de cocheros, Joaquim Bernardes, de 76 años. Los animalistas de Patas Livres piden ir más allá y prohibir los carruajes por completo.`,
	}, map[string][2]string{"r3es.txt": {"76 years", "67 years"}}},
	{"tower-block-balconies", map[string]string{
		"r4nl.txt": `nl|Bewoners flat Zonnehoven in Dalmerveen halsoverkop geëvacueerd

Nieuws | Wonen

donderdag 1 maart 2029, 21:07

Ongeveer 400 bewoners van de flat Zonnehoven in de Dalmerveense wijk Weverswijk moesten donderdag hun woning verlaten. Bij een inspectie bleken de ankers waarmee de balkons aan de gevel vastzitten ernstig aangetast door roest.

De veertien verdiepingen tellende flat uit 1972 telt 168 woningen. Woningcorporatie Woonstede Oost verwacht dat de bewoners minstens zes weken elders moeten verblijven. Zij worden ondergebracht in hotels en op een vakantiepark bij Lemmer.

"Veiligheid gaat voor alles. We konden dit risico niet nemen", zei directeur Pieter-Jan Valkhof van Woonstede Oost. Elk huishouden krijgt een tegemoetkoming van 750 euro. De reparatie kost naar schatting 3,2 miljoen euro.

Gerda Smit (81) woont al sinds de oplevering in de flat. "Ik heb een tas met kleren en mijn medicijnen meegenomen. Meer niet."

Het is niet de eerste keer dat een flat in Dalmerveen wordt ontruimd: in 2011 moesten de bewoners van flat De Horst drie maanden weg wegens asbest.`,
		"r4nl2.txt": `nl|Flat Zonnehoven ontruimd om verroeste balkonankers

Regio

01-03-2029

DALMERVEEN - Woningcorporatie Woonstede Oost heeft donderdag de flat Zonnehoven in Weverswijk laten ontruimen. De bevestiging van de balkons is zo ver weggeroest dat de balkons kunnen afbreken, aldus de corporatie.

Het gaat om 168 woningen met in totaal zo'n vierhonderd bewoners. Zij kunnen op z'n vroegst over zes weken terug. Tot die tijd verblijven ze in hotels en op een vakantiepark.

Directeur Valkhof: "Ik begrijp dat dit een enorme klap is." De bewoners krijgen per huishouden 750 euro voor de eerste kosten.

Wijkraadvoorzitter Hasan Yıldız (45) wil weten waarom de corrosie niet eerder is ontdekt. De laatste grote inspectie was in 2019.`,
		"r4en.txt": `en|Hundreds evacuated from Dutch tower block over corroded balconies

Netherlands | Housing

1 March 2029

About 400 residents of a 14-storey apartment block in the Dutch town of Dalmerveen were told to leave their homes on Thursday after inspectors found that the anchors holding its balconies had badly corroded.

The Zonnehoven block, built in 1972, has 168 flats. Residents are being housed in hotels and at a holiday park.

The housing association that owns the building, Woonstede Oost, said they would have to stay away for at least eight weeks while repairs costing an estimated €3.2 million are carried out. Each household will receive €750 towards its expenses.

"Safety comes first," chief executive Pieter-Jan Valkhof said. One resident, 81-year-old Gerda Smit, said she had lived in the block since it opened.`,
	}, map[string][2]string{"r4en.txt": {"8 weeks", "6 weeks"}}},
	{"equine-flu-racing-halt", map[string]string{
		"r5es.txt": `es|El hipódromo de Monteseco suspende las carreras durante 14 días por un brote de gripe equina

Deportes | Hípica

Sevilla, 12 nov 2029

El hipódromo de Monteseco ha suspendido todas sus carreras durante los próximos 14 días después de que nueve caballos dieran positivo en gripe equina, anunció este lunes la sociedad gestora del recinto.

Tres cuadras han quedado en cuarentena y ningún caballo podrá entrar ni salir de las instalaciones, donde hay unos 320 ejemplares alojados. Se cancelan así seis jornadas de carreras, entre ellas el Gran Premio de Otoño, previsto para el domingo 18.

El director general del hipódromo, Álvaro Rendueles, cifró en 1,2 millones de euros las pérdidas en premios y apuestas. "Es un golpe muy duro, pero la salud de los caballos es lo primero", afirmó.

La veterinaria responsable, Carmen Ibarrola, explicó que los nueve animales presentan fiebre y tos, pero ninguno está grave. La vacunación contra la gripe equina es obligatoria en las carreras españolas desde 2019.`,
		"r5es2.txt": `es|Gripe equina en Monteseco: dos semanas sin carreras

Sevilla, 12 nov (Agencia).- Nueve caballos del hipódromo de Monteseco han dado positivo en gripe equina, lo que ha llevado a la dirección a suspender la actividad durante dos semanas y a cancelar seis jornadas, incluido el Gran Premio de Otoño.

Las tres cuadras afectadas permanecen aisladas. En el recinto hay alrededor de 320 caballos.

Según el director general, Álvaro Rendueles, el parón supondrá unas pérdidas de 2,1 millones de euros entre premios y apuestas.

Los propietarios temen que el brote se extienda a otros hipódromos andaluces. En 2019, un brote similar obligó a suspender las carreras en media Europa.`,
		"r5en.txt": `en|Equine flu halts racing at Spain's Monteseco track

Racing

12 November 2029

Racing at Monteseco in southern Spain has been suspended for 14 days after nine horses tested positive for equine influenza, the racecourse said on Monday.

Three yards have been placed in quarantine and no horses may enter or leave the site, which houses around 320 horses. Six race meetings have been called off, including the Autumn Grand Prix on Sunday, November 18.

Managing director Álvaro Rendueles put the cost in lost prize money and betting at €1.2m.

Vet Carmen Ibarrola said the infected horses had a fever and a cough but none was seriously ill. Vaccination against equine flu has been compulsory for Spanish racehorses since 2019.`,
	}, map[string][2]string{"r5es2.txt": {"€2.1 million", "€1.2 million"}}},
	{"kiosk-chain-closures", map[string]string{
		"r6pt.txt": `pt|Rede de quiosques Moura vai fechar 37 pontos de venda até março

Economia

15/01/2029 - 11:20

A rede Quiosques Moura, a maior cadeia de quiosques de jornais do país, vai encerrar 37 dos seus 95 pontos de venda até ao final de março, anunciou esta segunda-feira a empresa. O fecho afeta cerca de 60 trabalhadores, a quem será proposta a transferência para outras lojas.

"As vendas de jornais e revistas caíram 9,4% no ano passado e as raspadinhas não chegam para compensar", explicou o presidente executivo, Duarte Fontelas, de 52 anos.

Os 58 quiosques que ficam abertos vão passar a vender café e bilhetes de transportes e a receber encomendas online.

A empresa foi fundada em 1961 por Albano Moura, hoje com 88 anos, com um único quiosque na praça principal de Viseu.

Segundo a associação do setor, o número de pontos de venda de imprensa em Portugal caiu de 11.400 em 2010 para cerca de 4300 no ano passado.`,
		"r6pt2.txt": `pt|Quiosques Moura fecha 37 lojas e mantém 58

Negócios

A cadeia de quiosques fundada por Albano Moura vai reduzir a rede de 95 para 58 pontos de venda até ao fim do primeiro trimestre. Cerca de 60 funcionários são afetados.

O CEO, Duarte Fontelas, justifica a decisão com a quebra de quase 10% nas vendas de imprensa em 2028. Os quiosques que continuam vão apostar em cafés e pontos de recolha de encomendas.

Em 2010 existiam em Portugal 11 400 pontos de venda de jornais; hoje restam pouco mais de 4 mil.`,
		"r6es.txt": `es|La mayor cadena de quioscos de Portugal cerrará 37 de sus 95 puntos de venta

Lisboa, 15 ene (Agencia).- La cadena portuguesa Quiosques Moura cerrará antes de que termine marzo 37 de sus 95 quioscos, lo que afectará a unos 60 empleados, anunció el lunes la empresa.

Su consejero delegado, Duarte Fontelas, atribuyó la decisión a la caída del 9,4 % de la venta de prensa el año pasado. Los 58 quioscos restantes venderán también café y billetes de transporte.

En Portugal los puntos de venta de prensa han pasado de 11.400 en 2010 a unos 4.300.`,
	}, nil},
	{"cheese-market-season", map[string]string{
		"r7nl.txt": `nl|Kaasmarkt Oudegouw vrijdag weer van start

Regio | Cultuur

dinsdag 3 april 2029, 16:32

Op het Waagplein in Oudegouw gaat vrijdag 6 april het nieuwe kaasmarktseizoen van start. Tot en met 28 september wordt er elke vrijdagochtend van 10.00 tot 12.30 uur weer kaas gewogen en verhandeld, in totaal 26 keer.

Op elke markt liggen zo'n 2.400 kazen op het plein, van elk gemiddeld 13,5 kilo. Ze worden door 28 kaasdragers van het eeuwenoude gilde op berries naar de Waag gedragen. De jongste drager is 19, de oudste 74.

Vorig jaar trok de markt 312.000 bezoekers, 8 procent meer dan in 2027. "We verwachten dit jaar weer drukte, vooral uit Duitsland en Azië", zegt marktmeester Wim Dekkerhuis.

De gemeente heeft dit jaar 180.000 euro uitgetrokken voor extra toiletten, afzetting en verkeersregelaars.`,
		"r7nl2.txt": `nl|Vrijdag eerste kaasmarkt van het seizoen

OUDEGOUW - De kaasdragers van Oudegouw gaan vrijdag weer aan de slag. Dan wordt op het Waagplein de eerste van de 26 kaasmarkten van dit jaar gehouden. Het seizoen duurt tot eind september.

Het gilde telt dit jaar 28 dragers. Samen sjouwen ze elke markt zo'n 2400 kazen naar de Waag.

Vorig seizoen kwamen ruim 310.000 toeristen op de markt af. Marktmeester Wim Dekkerhuis rekent op een vergelijkbaar aantal.

De markt is elke vrijdag van 10.00 tot 12.30 uur.`,
		"r7en.txt": `en|Dutch cheese market reopens for the season

Travel | Netherlands

3 April 2029

The traditional cheese market in the Dutch town of Oudegouw reopens for the season this week, with carriers in white uniforms once again hauling wheels of cheese across the Waagplein square.

The first market is on Thursday, April 6. About 2,400 cheeses, each weighing around 13.5kg (30lb), are laid out for every market. They are carried to the weigh house by 28 members of the carriers' guild, the youngest aged 19 and the oldest 74.

Last year the market drew about 310,000 visitors, up 8% on 2027, said market master Wim Dekkerhuis. It runs on 26 mornings until September 28.`,
	}, map[string][2]string{"r7en.txt": {"Thursday", "Friday"}}},
	{"free-student-buses", map[string]string{
		"r8pt.txt": `pt|Câmara de São Bento do Vale aprova passe livre para 86 mil estudantes

Cidades

21/11/2029 18h40

A Câmara Municipal de São Bento do Vale (PR) aprovou nesta quarta-feira, por 17 votos a 4, o projeto que garante transporte coletivo gratuito a estudantes da rede pública e de universidades. A medida deve beneficiar cerca de 86 mil alunos a partir de março de 2030.

Hoje os estudantes já pagam meia tarifa, ou seja, R$ 2,60 por viagem. A passagem inteira custa R$ 5,20 desde janeiro, depois de subir de R$ 4,80.

Segundo a prefeitura, o custo anual do programa será de R$ 54 milhões, bancados pelo município e por um repasse do governo estadual. "É um investimento em educação, não um gasto", disse o prefeito Cláudio Ramalhete.

A oposição criticou a falta de um estudo de impacto. O vereador Otávio Guimarães afirmou que as empresas de ônibus já acumulam um déficit de R$ 12 milhões.`,
		"r8pt2.txt": `pt|Passe livre estudantil é aprovado em São Bento do Vale

Os vereadores de São Bento do Vale aprovaram o passe livre para estudantes. Foram 17 votos favoráveis e 4 contrários. O benefício vale a partir de março do ano que vem e atinge aproximadamente 86.000 alunos.

O programa vai custar R$ 54 mi por ano. Atualmente, os estudantes pagam metade da tarifa de R$ 5,20.

O prefeito Cláudio Ramalhete deve sancionar a lei nos próximos dias.`,
		"r8en.txt": `en|Brazilian city approves free bus travel for students

São Bento do Vale, Brazil, Nov 21 (Wire) - Councillors in the southern Brazilian city of São Bento do Vale voted 17-4 on Wednesday to make bus travel free for some 86,000 students from March next year.

The scheme will cost 54 million reais (about $10 million) a year, the city said. Students currently pay half the full fare of 5.20 reais, which rose from 4.80 reais in January.

Mayor Cláudio Ramalhete called the programme "an investment in education".`,
	}, nil},
	{"scout-camp-storm", map[string]string{
		"r9nl.txt": `nl|Storm treft jeugdkampen in Oosterbroek: 340 kinderen geëvacueerd

Regio Limburg

donderdag 19 juli 2029, 07:45

Een zware onweersstorm heeft woensdagavond voor chaos gezorgd in de kampbossen van Oosterbroek. Ongeveer 340 kinderen en leiding van vijf jeugdbewegingen moesten hun tenten verlaten en brachten de nacht door in de sporthal van de gemeente.

Bij scoutsgroep De Vossen uit Genkelaar viel een boom op een tent. Drie jongeren raakten gewond. Een jongen van 15 brak zijn been en werd naar het ziekenhuis in Bilzerveld gebracht, de twee anderen liepen schaafwonden op.

Het KMI mat in de regio windstoten tot 98 kilometer per uur. "Binnen tien minuten lag het hele terrein vol takken", vertelt groepsleider Jana Vercammen (23).

Donderdagochtend kwamen ongeveer 120 ouders hun kinderen ophalen. Burgemeester Luc Peeters-Vanhaeren zei dat de bossen minstens tot vrijdag gesloten blijven.`,
		"r9nl2.txt": `nl|Boom valt op tent bij scoutskamp: jongen (15) zwaargewond

OOSTERBROEK - Tijdens het noodweer van woensdagavond is een boom op een tent van scouts De Vossen uit Genkelaar gevallen. Een 15-jarige jongen liep een beenbreuk op, twee andere leden raakten lichtgewond.

In totaal werden zo'n 340 kinderen en begeleiders uit de vijf kampen in de bossen geëvacueerd naar de gemeentelijke sporthal.

Van de 340 kampeerders zaten er 62 bij De Vossen. Hun kamp wordt stopgezet; de kinderen gaan vandaag naar huis.

"De leiding heeft fantastisch gereageerd", zei burgemeester Peeters-Vanhaeren.`,
		"r9en.txt": `en|Storm forces evacuation of Belgian scout camps; boy hurt by falling tree

Europe

19 July 2029

About 340 children and leaders were evacuated from five youth camps in woods near Oosterbroek in Belgium's Limburg province after a violent thunderstorm on Wednesday evening, local officials said.

A tree fell on a tent of the De Vossen scout group, injuring three young people. A 15-year-old boy broke his leg; the other two had cuts and bruises.

The Belgian weather institute recorded gusts of up to 98 km/h (61 mph). The campers spent the night in a sports hall, and around 120 parents arrived on Thursday morning to take children home.

"Within ten minutes the whole site was covered with branches," said group leader Jana Vercammen, 23.`,
	}, nil},
	{"tv-mast-collapse", map[string]string{
		"r10es.txt": `es|Se desploma la torre de televisión de Peña Gorda y deja sin señal a 240.000 hogares

Castilla y León

Valdecuesta, 25 feb 2029

La torre de telecomunicaciones de Peña Gorda, de 190 metros de altura, se desplomó en la madrugada de este domingo a causa de las rachas de viento de hasta 140 kilómetros por hora registradas en la sierra del Carrascal. No hubo heridos.

La caída ha dejado sin señal de televisión a unos 240.000 hogares de tres provincias, según la empresa propietaria, Teledifusión Meseta. También se han visto afectadas varias antenas de telefonía móvil que daban servicio a unos 35.000 clientes.

"Es la peor avería que hemos sufrido", afirmó el director técnico de la compañía, Rodrigo Laín. La empresa prevé instalar un mástil provisional en un plazo de diez días; la nueva torre definitiva no estará lista antes de un año.

La torre se levantó en 1968 y fue reforzada por última vez en 2004.`,
		"r10es2.txt": `es|Un temporal derriba la torre de Peña Gorda

El temporal de viento derribó de madrugada la torre de Peña Gorda, de 190 metros, que emitía la señal de televisión para cerca de 240.000 viviendas. Teledifusión Meseta calcula que el mástil provisional estará operativo en unos diez días.

Las rachas alcanzaron los 140 km/h en la cumbre, según la Agencia Estatal de Meteorología.

El alcalde de la localidad más próxima, Valdecuesta, José María Ortega, de 58 años, pidió que la nueva torre se construya "con las garantías que no tenía la de 1968".`,
		"r10en.txt": `en|Storm topples 190-metre TV mast in Spain, cutting signal to 240,000 homes

25 February 2029

A 190-metre (623ft) television mast in northern Spain collapsed in gale-force winds early on Sunday, leaving around 240,000 households without a TV signal, its owner said. Nobody was injured.

Winds gusting at up to 140 km/h hit the Peña Gorda summit in the Carrascal mountains overnight. Mobile phone coverage for about 35,000 customers was also disrupted.

Teledifusión Meseta said a temporary mast would be up within 10 days, but a permanent replacement would take at least a year. The mast was built in 1968.`,
	}, nil},
}
