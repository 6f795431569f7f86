package compare

// heldOutElephanta is a blind held-out set of ten events of mixed national
// and regional news in Dutch, Portuguese, Spanish and English, written
// without reading the extraction or the matching: a bronze statue stolen
// from a village park (nl, nl, en), a bank fined for money-laundering lapses
// (pt, pt, en, es), a landslide on a rail line in Asturias (es, es, en, pt),
// hail in the Betuwe orchards (nl, nl, en), a 14-year-old national chess
// champion (pt, en, es), a humpback whale in the Western Scheldt (nl, nl,
// en), a volunteer lifeboat rescue off Galicia (es, en, pt), a new Azores
// ferry (pt, pt, en), Andalusian reservoirs at 23.4% (es, es, en, nl) and
// the Dutch primary teacher shortage (nl, nl, en).
//
// Six contradictions are planted, one an event, five of them outside the
// first paragraph and all in a report whose language is the minority of
// its event: a count (the es bank report's 213 unreported transactions
// against 312, second paragraph), a duration (the pt landslide report's
// "pelo menos duas semanas" against three weeks, third paragraph), an age
// (the es chess report's champion "de 15 años" against 14, second
// paragraph, its headline giving no age), a distance (the en whale
// report's "some 25 kilometres" against 35, second paragraph), a weekday
// (the pt rescue report's "noite de terça-feira" against Wednesday night,
// first paragraph) and a percentage (the en ferry report's "75% funded"
// against 85%, third paragraph).
//
// The traps, none to be flagged: the statue's "1,80 meter" / "ruim 1,8
// meter" / "1.8-metre", "85.000 euro" / "85 duizend euro" / "€85,000"
// beside a scrap value of "a few thousand euros" and a €5,000 reward, its
// years 1921, 1964, 1998 and 2022, "250 kilo" / "250kg"; the bank's fine
// of 4.75 million beside the former managers' 150,000 and 90,000, their
// "combined 240,000" and the pt total "quase cinco milhões", the $5.1
// million conversion, the 2019 fine of 1.1 million, the profit of 210
// million and the compliance staff "de 40 para 115" / "almost tripled to
// 115"; the landslide's "eso no se hace en dos días", "más de 80" against
// 86 passengers, 180 l/m² as "180 mm", 150 m of track against a stop 300 m
// short; the hail's parts (900 ha of pears, 500 of apples) and total
// 1,400, "tot 60 procent" against "meer dan de helft", a grower of 34 and
// her father of 67 with 22 ha, the 2014 storm's €12 million; the chess
// champion's 14 against the runner-up's 41 and the old record's 16 in
// 1987, 7.5/9 against the runner-up's 7; the whale's 9 m, 20 tonnes, 100 m
// distance for boats, "twee uur" against "tussen 12.00 en 14.00 uur", the
// 2020 whale's three days; the rescue's six volunteers against seven
// fishermen, ages 58 and 19, 12 miles, 5 m waves, 18 m boat, a coxswain of
// 22 years, Wednesday night against Thursday 2.30am; the ferry's 412
// passengers and 97 cars against a capacity of 600 and 150, 90,000 a year
// against last summer's 35,000; the reservoirs' 23.4% against 31.2% a year
// ago and a 52% average, "no llegan a la cuarta parte", 2,790 hm³ as "2.79
// billion cubic metres", 41% less rain; the teachers' 9,700 against 8,100
// a year earlier, "bijna 10.000" and "1600 meer", 14% / 17% / 6%, a head
// of 49 with four vacancies and 120 schools.
//
// Frozen before its first run, which flagged 5 of the 6 contradictions and
// 0 false disagreements; it missed el3pt.txt's 2 weeks against 3 weeks
// (the landslide's closure: the row "closed · 3 weeks" put the pt report's
// "pelo menos duas semanas" beside the others' "at least three weeks" but
// did not mark it a disagreement; both are "at least" bounds, so that plant
// was the weakest of the six). No value in wrong was respelled.
var heldOutElephanta = []heldOutEvent{
	{"bronze-statue-theft", map[string]string{
		"el1nla.txt": `nl|Bronzen Turfsteker gestolen uit park in Hemmerveen

Regio | Hemmerveen

Maandag 9 september 2030, 11:42 - bijgewerkt 14:05

Het bronzen beeld De Turfsteker is in de nacht van zondag op maandag gestolen uit het Wilhelminapark in Hemmerveen. Dieven hebben het 1,80 meter hoge beeld vermoedelijk met een slijptol van de sokkel gezaagd, meldt de politie.

Een buurtbewoner ontdekte maandagochtend rond half zeven dat het beeld weg was. "Alleen de voeten stonden er nog", zegt hij.

Het beeld weegt zo'n 250 kilo en werd in 1964 gemaakt door beeldhouwster Anna Wessels-Brink (1921-1998). Het is verzekerd voor 85.000 euro. Volgens politiewoordvoerder Marloes Kuiper gaat het waarschijnlijk om metaaldieven: "Als schroot levert zo'n beeld hooguit een paar duizend euro op."

Burgemeester Henk Oldenhof spreekt van "een klap voor het dorp". De gemeente looft een beloning van 5.000 euro uit voor tips die leiden tot terugvinding.

Het is dit jaar al de vierde diefstal van bronzen kunst in Drenthe. In 2022 verdween uit hetzelfde park een borstbeeld van een oud-burgemeester; dat is nooit teruggevonden.

Lees ook: Koperdieven slaan toe bij spoorlijn`,
		"el1nlb.txt": `nl|Politie zoekt gestolen bronzen beeld van 250 kilo

Binnenland

Bronzen kunst blijft populair bij metaaldieven. In Hemmerveen (Drenthe) is het beeld De Turfsteker van zijn sokkel gezaagd. Het ruim 1,8 meter hoge kunstwerk verdween in de nacht van zondag op maandag uit het Wilhelminapark.

Het beeld van beeldhouwster Anna Wessels-Brink staat er sinds 1964 en heeft een verzekerde waarde van 85 duizend euro. De politie vermoedt dat het wordt omgesmolten. Aan schroot zou het slechts enkele duizenden euro's opbrengen.

Volgens de politie is het al de vierde keer dit jaar dat in de provincie bronzen kunst wordt gestolen. De gemeente Hemmerveen heeft een beloning van 5000 euro uitgeloofd.`,
		"el1en.txt": `en|Dutch village offers reward after bronze 'Peat Cutter' statue sawn off plinth

Arts | Crime

By a staff reporter

Thieves have stolen a 250kg bronze statue from a park in the Dutch village of Hemmerveen, apparently cutting it from its plinth with an angle grinder overnight from Sunday to Monday, police said.

The 1.8-metre figure, De Turfsteker (The Peat Cutter), was made by the sculptor Anna Wessels-Brink, who died in 1998, and had stood in the Wilhelmina Park since 1964. It is insured for €85,000, but police believe it was taken for scrap, which would fetch only a few thousand euros.

"Only the feet were left," a local resident told Dutch media.

Mayor Henk Oldenhof called the theft "a blow to the village". The municipality has offered a €5,000 reward. Police said it was the fourth theft of bronze artworks in the province of Drenthe this year; a bust stolen from the same park in 2022 was never recovered.`,
	}, nil},
	{"bank-aml-fine", map[string]string{
		"el2pta.txt": `pt|Banco de Portugal multa Atlântida em 4,75 milhões por falhas no combate ao branqueamento

Banca

Lisboa, 18 de junho de 2030, 08:30

O Banco de Portugal aplicou uma coima de 4,75 milhões de euros ao Banco Atlântida por falhas nos mecanismos de prevenção do branqueamento de capitais e do financiamento do terrorismo entre 2020 e 2023, revelou esta terça-feira o supervisor.

Segundo a decisão, o banco não comunicou às autoridades 312 operações suspeitas, num valor total de cerca de 96 milhões de euros, e manteve durante anos clientes de risco elevado sem a devida diligência.

Foram ainda condenados dois antigos responsáveis: o ex-diretor de compliance, com uma coima de 150 mil euros, e um antigo administrador, com 90 mil euros.

Em comunicado, o Atlântida diz que "discorda de parte substancial da decisão" e que vai recorrer para o Tribunal da Concorrência, Regulação e Supervisão. O banco lembra que já reforçou a equipa de compliance, que passou de 40 para 115 pessoas desde 2022.

O Atlântida registou no ano passado um lucro líquido de 210 milhões de euros. Em 2019 já tinha sido multado em 1,1 milhões de euros por falhas semelhantes.`,
		"el2ptb.txt": `pt|Atlântida vai contestar coima do supervisor

Economia

As coimas ao banco e aos dois ex-responsáveis somam quase cinco milhões de euros. O Banco Atlântida anunciou que vai recorrer da decisão do Banco de Portugal, que o condenou a pagar 4,75 milhões de euros por violar as regras de prevenção do branqueamento de capitais.

Em causa estão 312 operações suspeitas que não foram reportadas entre 2020 e 2023, envolvendo cerca de 96 milhões de euros.

O presidente executivo do banco, Duarte Meireles, garantiu aos trabalhadores numa mensagem interna que "os problemas identificados estão resolvidos". A equipa de compliance tem hoje 115 pessoas, contra 40 em 2022.`,
		"el2en.txt": `en|Portugal's central bank fines Banco Atlantida 4.75 mln euros over money-laundering lapses

LISBON, June 18 (Wire) - Portugal's central bank has fined Banco Atlantida 4.75 million euros ($5.1 million) for failings in its anti-money laundering controls between 2020 and 2023, the regulator said on Tuesday.

The lender failed to report 312 suspicious transactions worth around 96 million euros and did not carry out proper checks on high-risk clients, the Banco de Portugal said. Two former managers were fined a combined 240,000 euros.

Atlantida, which made a net profit of 210 million euros last year, said it disagreed with much of the decision and would appeal. It said it had almost tripled its compliance staff to 115 since 2022.

The bank was fined 1.1 million euros in 2019 over similar failings.

(Reporting by Ana Cordeiro; Editing by Mark Halloway)`,
		"el2es.txt": `es|El Banco de Portugal multa al Atlántida con 4,75 millones por fallos contra el blanqueo

Finanzas

Lisboa, 18 jun (Agencia)

El Banco de Portugal ha impuesto una multa de 4,75 millones de euros al Banco Atlántida por deficiencias en sus controles contra el blanqueo de capitales entre 2020 y 2023, informó este martes el supervisor.

La entidad, que el año pasado ganó 210 millones de euros, dejó de comunicar 213 operaciones sospechosas por un importe de unos 96 millones de euros, según la resolución. También fueron sancionados dos antiguos directivos, con 150.000 y 90.000 euros.

El banco recurrirá la sanción ante los tribunales. Su consejero delegado, Duarte Meireles, aseguró que la plantilla de cumplimiento normativo ha pasado de 40 a 115 personas desde 2022.`,
	}, map[string][2]string{"el2es.txt": {"213", "312"}}},
	{"landslide-rail-line", map[string]string{
		"el3esa.txt": `es|Un argayo sepulta 150 metros de vía entre Villaornes y Riocastro

Asturias | Occidente

Villaornes, 4 de noviembre de 2030 | 13:20

Un desprendimiento de unos 40.000 metros cúbicos de tierra y roca sepultó en la madrugada del lunes unos 150 metros de la vía de ancho métrico entre Villaornes y Riocastro, en el occidente asturiano, tras las intensas lluvias del fin de semana.

Un tren regional con 86 viajeros a bordo consiguió frenar a unos 300 metros del argayo. No hubo heridos y los pasajeros fueron trasladados en autobús a Riocastro.

Adif calcula que la línea permanecerá cortada al menos tres semanas. "Hay que estabilizar primero la ladera, y eso no se hace en dos días", explicó el jefe de mantenimiento de la zona, Íñigo Sariego. Las obras costarán en torno a 2,5 millones de euros.

En el fin de semana se registraron hasta 180 litros por metro cuadrado en 48 horas. Por el tramo pasan cada día unos 1.200 viajeros, que mientras tanto utilizarán autobuses.`,
		"el3esb.txt": `es|Cortada la línea de tren del occidente de Asturias por un desprendimiento

España

Madrid, 4 nov (Agencia)

La circulación ferroviaria entre Villaornes y Riocastro (Asturias) permanecerá suspendida durante un mínimo de tres semanas después de que un deslizamiento de tierra cubriera la vía en un tramo de 150 metros, informó Adif.

El maquinista de un tren regional que circulaba por la zona con 86 pasajeros logró detener el convoy a tiempo. Nadie resultó herido.

El desprendimiento, de unos 40.000 metros cúbicos, se produjo de madrugada tras lluvias de hasta 180 litros por metro cuadrado. La reparación costará unos 2,5 millones de euros.`,
		"el3en.txt": `en|Landslide buries rail line in northern Spain, train stops just short

Rail news | Europe

4 November 2030

A landslide of some 40,000 cubic metres of earth and rock buried a 150-metre stretch of the metre-gauge line between Villaornes and Riocastro in Asturias early on Monday, Spanish infrastructure manager Adif said.

A regional train carrying more than 80 passengers managed to stop about 300 metres short of the slip. Nobody was hurt.

Up to 180 mm of rain fell in 48 hours over the weekend. Adif expects the line to stay closed for at least three weeks while the slope is stabilised, at an estimated cost of €2.5m. Around 1,200 passengers a day use the section; replacement buses are running.`,
		"el3pt.txt": `pt|Deslizamento de terras corta linha ferroviária nas Astúrias

Mundo

4 nov 2030 - 15:47

Um deslizamento de cerca de 40 mil metros cúbicos de terra e rocha soterrou na madrugada de segunda-feira 150 metros de via férrea entre Villaornes e Riocastro, nas Astúrias, no norte de Espanha.

Um comboio regional com 86 passageiros conseguiu parar a cerca de 300 metros do local. Não houve feridos.

A gestora da infraestrutura ferroviária espanhola, Adif, prevê que a linha fique encerrada durante pelo menos duas semanas. A reparação deverá custar cerca de 2,5 milhões de euros. Cerca de 1200 passageiros utilizam diariamente o troço.`,
	}, map[string][2]string{"el3pt.txt": {"2 weeks", "3 weeks"}}},
	{"betuwe-hail-orchards", map[string]string{
		"el4nla.txt": `nl|Hagelbui richt miljoenenschade aan in Betuwse boomgaarden

Regio | Rivierenland

Vrijdag 13 juni 2031, 07:58

Een zware hagelbui heeft donderdagavond in de Betuwe grote schade aangericht aan fruitboomgaarden. Hagelstenen tot 5 centimeter doorsnede sloegen peren en appels aan de bomen kapot, vooral rond Ommerwaard en Tiel.

Volgens de Fruittelersbond Rivierenland is ongeveer 1.400 hectare boomgaard getroffen: zo'n 900 hectare peren en 500 hectare appels. Voorzitter Gerrit van Boxtel schat de schade op 30 miljoen euro. "In de zwaarst getroffen percelen is tot 60 procent van de perenoogst verloren."

De bui duurde nog geen tien minuten. Slechts een op de drie telers is verzekerd tegen hagel, zegt Van Boxtel.

De vorige hagelbui van vergelijkbare omvang, in 2014, kostte de sector ongeveer 12 miljoen euro.`,
		"el4nlb.txt": `nl|'Golfballen uit de lucht': hagel vernielt fruitoogst in de Betuwe

Binnenland

Fruittelers in de Betuwe schatten de schade door de hagelbui van donderdagavond op zo'n 30 miljoen euro. Hagelstenen zo groot als golfballen vernielden op sommige percelen meer dan de helft van de peren.

In totaal is ruim 1400 hectare boomgaard getroffen, meldt de Fruittelersbond Rivierenland. Peren kregen het zwaarst te verduren.

"Je werkt een heel jaar naar de oogst toe en in tien minuten is het weg", zegt teler Anouk Verheul (34) uit Ommerwaard, die samen met haar vader (67) 22 hectare peren heeft.

Ongeveer een derde van de telers is verzekerd. In 2014 veroorzaakte hagel in de regio 12 miljoen euro schade.`,
		"el4en.txt": `en|Hail wipes out pear crop in Dutch fruit belt, growers put damage at €30m

Agriculture | Europe

Hailstones up to 5cm across tore through orchards in the Betuwe region of the central Netherlands on Thursday evening, damaging around 1,400 hectares of fruit trees, a regional growers' association said.

Pears were worst hit, accounting for about 900 hectares of the damaged area, with apples making up the rest. Gerrit van Boxtel, chairman of the Fruittelersbond Rivierenland, estimated losses at €30 million and said up to 60% of the pear crop had been lost in the worst-affected orchards.

Only around a third of growers are insured against hail, he said. A comparable storm in 2014 cost the sector about €12 million.`,
	}, nil},
	{"chess-youngest-champion", map[string]string{
		"el5pt.txt": `pt|Tomás Vilarinho, de 14 anos, é o mais jovem campeão nacional de xadrez

Desporto | Xadrez

Figueira da Foz, 28 de julho de 2031

O bracarense Tomás Vilarinho, de 14 anos, sagrou-se no domingo campeão nacional absoluto de xadrez, tornando-se o mais jovem de sempre a conquistar o título.

Vilarinho somou 7,5 pontos em 9 possíveis e garantiu o título na última ronda, ao empatar com o grande mestre Rui Andrade Sá, de 41 anos, que terminou em segundo lugar com 7 pontos.

O anterior recorde pertencia a Luís Matoso, campeão em 1987 com 16 anos.

"Ainda não acredito", disse o jovem, que treina cerca de cinco horas por dia. O campeão recebe um prémio de 5.000 euros e garante um lugar na seleção nacional para as Olimpíadas de Xadrez.`,
		"el5en.txt": `en|Portugal: 14-year-old Vilarinho becomes youngest national champion

Tournament report

The Portuguese Championship in Figueira da Foz ended on Sunday with a historic winner: 14-year-old Tomás Vilarinho from Braga took the title with 7.5/9, half a point ahead of top seed GM Rui Andrade Sá.

A draw against Andrade Sá, 41, in the final round was enough. Vilarinho, rated 2431, breaks a record that had stood since 1987, when Luís Matoso won the title aged 16.

Besides the €5,000 first prize, the new champion earns a place on Portugal's Olympiad team.`,
		"el5es.txt": `es|Un adolescente de Braga, campeón absoluto de ajedrez de Portugal

Más deporte

Madrid, 28 jul (Agencia)

El ajedrecista Tomás Vilarinho se proclamó el domingo campeón absoluto de Portugal en Figueira da Foz, con 7,5 puntos de 9 posibles.

Vilarinho, de 15 años, se convierte así en el campeón más joven de la historia del país y supera el récord de Luís Matoso, que ganó el título en 1987 con 16 años. En la última ronda le bastó con unas tablas ante el gran maestro Rui Andrade Sá, de 41 años, segundo con 7 puntos.

El joven, que entrena unas cinco horas diarias, recibe un premio de 5.000 euros.`,
	}, map[string][2]string{"el5es.txt": {"15 years", "14 years"}}},
	{"humpback-scheldt", map[string]string{
		"el6nla.txt": `nl|Bultrug zwemt Westerschelde op: scheepvaart twee uur stilgelegd

Zeeland

Dinsdag 16 september 2031, 19:10

Een bultrug van ongeveer negen meter lang is dinsdag de Westerschelde op gezwommen. Het dier werd 's ochtends voor het eerst gezien bij Vlissingen en zwom in de loop van de dag zo'n 35 kilometer stroomopwaarts, tot vlak bij Hansweert.

Rijkswaterstaat legde de scheepvaart op het drukke vaarwater rond het middaguur twee uur stil om een aanvaring te voorkomen. Zeker twintig schepen moesten wachten.

Volgens Femke Dijkhuizen van de Stichting Walvisalarm gaat het waarschijnlijk om een jong dier. "Hij lijkt gezond, maar de rivier is geen plek voor een walvis. We hopen dat hij met het afgaande tij zelf de weg terug vindt."

Bultruggen worden zelden in de Schelde gezien. De laatste keer was in 2020.`,
		"el6nlb.txt": `nl|Walvis in de Westerschelde, kijkers trekken naar de dijk

Binnenland

Honderden mensen trokken dinsdag naar de Zeeuwse dijken om een glimp op te vangen van een bultrug die de Westerschelde op was gezwommen. Het dier, naar schatting 9 meter lang en zo'n 20 ton zwaar, legde vanaf Vlissingen ruim 35 kilometer af.

De scheepvaart werd tussen 12.00 en 14.00 uur stilgelegd. Stichting Walvisalarm vraagt mensen met bootjes op afstand te blijven: minimaal 100 meter.

Een bultrug in de Schelde is uitzonderlijk. In 2020 zwom er ook een tot bij Terneuzen; die vond na drie dagen zelf de weg naar zee.`,
		"el6en.txt": `en|Humpback whale strays into busy Dutch shipping lane

Europe | Wildlife

A humpback whale about nine metres long swam into the Western Scheldt estuary in the south-west Netherlands on Tuesday, forcing authorities to halt shipping for two hours on one of Europe's busiest waterways.

The whale was first spotted off Vlissingen in the morning and swam some 25 kilometres upstream towards Hansweert during the day, according to the Dutch whale rescue group Stichting Walvisalarm, which said it appeared to be a young animal in good health.

At least 20 ships had to wait while traffic was suspended around midday. A humpback last entered the estuary in 2020; it found its own way back to sea after three days.`,
	}, map[string][2]string{"el6en.txt": {"25 km", "35 km"}}},
	{"trawler-lifeboat-rescue", map[string]string{
		"el7es.txt": `es|Voluntarios de Cruz Roja rescatan a los siete tripulantes del 'Nuevo Marisol'

Mariña | Sucesos

Portomeán, 23 de enero de 2031 | 09:15

Seis voluntarios de Salvamento Marítimo de Cruz Roja en Portomeán rescataron en la noche del miércoles a los siete tripulantes del arrastrero 'Nuevo Marisol', que se hundió a unas 12 millas de cabo Arnela tras sufrir una vía de agua.

La embarcación de rescate 'Virxe da Guía' salió del puerto pasadas las once de la noche con olas de hasta cinco metros. La operación se prolongó durante unas tres horas. Los marineros llegaron a puerto sobre las 2.30 de la madrugada del jueves, con síntomas leves de hipotermia.

"Cuando llegamos, el agua ya les llegaba a las rodillas en la sala de máquinas", relató el patrón del bote, Xosé Lamas, voluntario desde hace 22 años.

El patrón del pesquero, de 58 años, fue el último en abandonar el barco. El tripulante más joven tiene 19 años. El 'Nuevo Marisol', de 18 metros de eslora, se hundió una hora después del rescate.`,
		"el7en.txt": `en|Volunteer lifeboat crew saves seven as Spanish trawler sinks

Maritime | Search and rescue

Seven fishermen were rescued on Wednesday night by a volunteer Red Cross lifeboat crew after their trawler began taking on water about 12 nautical miles off Cape Arnela in Galicia, north-west Spain.

The six volunteers aboard the lifeboat Virxe da Guía battled waves of up to 5 metres during an operation lasting around three hours. The fishermen, the youngest of them 19 and the skipper 58, were brought ashore in Portomeán at about 2.30am on Thursday suffering from mild hypothermia.

The 18-metre Nuevo Marisol sank about an hour after her crew was taken off.

"When we got there the water was up to their knees in the engine room," said lifeboat coxswain Xosé Lamas, a volunteer for 22 years.`,
		"el7pt.txt": `pt|Voluntários resgatam sete pescadores de arrastão que afundou na Galiza

Mundo | Galiza

23 jan 2031

Sete pescadores foram resgatados na noite de terça-feira por voluntários da Cruz Vermelha ao largo do cabo Arnela, na Galiza, depois de o arrastão "Nuevo Marisol" ter começado a meter água a cerca de 12 milhas da costa.

A operação, com ondas de até cinco metros, durou cerca de três horas. Os pescadores chegaram ao porto de Portomeán por volta das 2h30, com sinais ligeiros de hipotermia. O mestre do barco tem 58 anos; o tripulante mais novo, 19.

A embarcação, com 18 metros de comprimento, afundou-se uma hora depois do resgate.`,
	}, map[string][2]string{"el7pt.txt": {"Tuesday", "Wednesday"}}},
	{"azores-ferry-launch", map[string]string{
		"el8pta.txt": `pt|Novo ferry "Ilha Azul" liga São Miguel e Terceira durante todo o ano

Açores | Sociedade

Ponta Delgada, 4 de abril de 2031, 18:40

O novo navio "Ilha Azul" fez esta sexta-feira a primeira viagem comercial entre Ponta Delgada e a Praia da Vitória, com 412 passageiros a bordo. A ligação passa a funcionar três vezes por semana durante todo o ano, e não apenas no verão.

Construído nos estaleiros de Viana do Castelo, o navio tem 98 metros de comprimento e capacidade para 600 passageiros e 150 viaturas. A travessia demora cerca de quatro horas e meia.

O investimento, de 48 milhões de euros, foi financiado em 85% por fundos europeus. "É um dia histórico para a coesão do arquipélago", afirmou a secretária regional dos Transportes, Carla Medeiros.

A operadora Transmaçor Linhas prevê transportar 90 mil passageiros no primeiro ano. O bilhete de ida custa a partir de 39 euros.`,
		"el8ptb.txt": `pt|Ferry "Ilha Azul" estreia-se com 412 passageiros

Economia

A viagem inaugural do "Ilha Azul" entre São Miguel e a Terceira levou 412 passageiros e 97 viaturas. O navio, que custou 48 milhões de euros, pode transportar até 600 pessoas.

Fundos comunitários cobriram 85% do investimento; o restante foi pago pelo orçamento regional. A secretária regional Carla Medeiros lembrou que, até agora, a ligação marítima entre as duas ilhas só existia entre junho e setembro.

A Transmaçor Linhas espera 90.000 passageiros nos primeiros doze meses, contra cerca de 35.000 na época de verão do ano passado.`,
		"el8en.txt": `en|Azores: new year-round ferry links São Miguel and Terceira

Travel | Portugal

4 April 2031

A new ferry, the Ilha Azul, made its first commercial crossing between Ponta Delgada on São Miguel and Praia da Vitória on Terceira on Friday, carrying 412 passengers.

The 98-metre ship, built in Viana do Castelo, can carry 600 passengers and 150 vehicles, and will sail three times a week all year round instead of only in summer. The crossing takes about four and a half hours, with one-way fares from €39.

The €48m vessel was 75% funded by the European Union, regional transport secretary Carla Medeiros said, calling the launch "a historic day for the cohesion of the archipelago". Operator Transmaçor Linhas expects to carry 90,000 passengers in the first year.`,
	}, map[string][2]string{"el8en.txt": {"75%", "85%"}}},
	{"andalusia-reservoirs", map[string]string{
		"el9esa.txt": `es|Los embalses andaluces caen al 23,4 % y la Junta amplía las restricciones

Andalucía

Sevilla, 14 de agosto de 2031 | 12:05

Los embalses de Andalucía almacenan esta semana 2.790 hectómetros cúbicos, el 23,4 % de su capacidad, frente al 31,2 % de hace un año y muy lejos de la media de la última década, del 52 %.

El consejero de Agricultura y Agua, Manuel Ortega Ruiz, anunció el jueves que las restricciones se extenderán a 140 municipios, donde viven alrededor de 1,2 millones de personas. En muchos de ellos se cortará el suministro por la noche.

Desde el inicio del año hidrológico, el 1 de octubre, ha llovido un 41 % menos de lo normal. "No hay margen: si el otoño es seco, tendremos un problema muy serio", advirtió Ortega.`,
		"el9esb.txt": `es|Andalucía extiende los cortes de agua nocturnos a 140 municipios

España | Sequía

Madrid, 14 ago (Agencia)

Unos 1,2 millones de andaluces sufrirán cortes nocturnos de agua tras la decisión de la Junta de ampliar las restricciones a 140 municipios, ante unas reservas que no llegan a la cuarta parte de la capacidad de los embalses (23,4 %).

Hace un año los pantanos estaban al 31,2 %. Las lluvias acumuladas desde octubre están un 41 % por debajo de lo habitual.`,
		"el9en.txt": `en|Andalusia extends night-time water cuts as reservoirs dip below a quarter full

Europe | Climate

SEVILLE, Aug 14 - Reservoirs in Spain's southern region of Andalusia are at 23.4% of capacity, down from 31.2% a year ago and less than half the 10-year average of 52%, regional authorities said on Thursday as they extended restrictions to 140 towns and villages.

About 1.2 million people will face night-time supply cuts. Rainfall since the start of the hydrological year on Oct. 1 is 41% below normal, regional agriculture and water chief Manuel Ortega Ruiz said.

The reservoirs hold about 2,790 cubic hectometres of water (2.79 billion cubic metres).`,
		"el9nl.txt": `nl|Andalusië breidt waterbeperkingen uit: stuwmeren voor 23,4 procent vol

Buitenland

De stuwmeren in de Spaanse regio Andalusië zijn nog maar voor 23,4 procent gevuld. Een jaar geleden was dat 31,2 procent, het gemiddelde van de afgelopen tien jaar ligt op 52 procent.

De regionale regering breidt daarom de beperkingen uit tot 140 gemeenten met samen zo'n 1,2 miljoen inwoners. 's Nachts wordt daar de watertoevoer afgesloten.

Sinds 1 oktober viel er 41 procent minder regen dan normaal. Populaire vakantiebestemmingen aan de Costa del Sol vallen voorlopig buiten de maatregelen.`,
	}, nil},
	{"dutch-teacher-shortage", map[string]string{
		"el10nla.txt": `nl|Lerarentekort basisonderwijs opnieuw gegroeid: 9700 banen onvervuld

Onderwijs

Den Haag, 3 februari 2032

Het tekort aan leraren in het basisonderwijs is verder opgelopen. Er zijn 9.700 voltijdsbanen onvervuld, tegen 8.100 een jaar eerder, blijkt uit de jaarlijkse arbeidsmarktrapportage van het ministerie van Onderwijs.

Het tekort is het grootst in de vier grote steden, waar gemiddeld 14 procent van de formatie niet is ingevuld. In Amsterdam is dat zelfs 17 procent. Buiten de Randstad gaat het om 6 procent.

Minister Mariëlle de Groot trekt 250 miljoen euro uit voor een extra toelage voor leraren op scholen met de grootste tekorten. "We kunnen niet accepteren dat kinderen in de ene stad minder onderwijs krijgen dan in de andere", zei ze.

Schoolleider Jeroen Smit (49) van basisschool De Vlinderboom in Amsterdam-Noord heeft vier vacatures. "Sinds de zomer heb ik één sollicitatiebrief gekregen."`,
		"el10nlb.txt": `nl|'Vierdaagse schoolweek dreigt': tekort aan leraren loopt op tot bijna 10.000

Binnenland

Basisscholen komen bijna 10.000 fulltime leraren tekort, 1600 meer dan vorig jaar. Vooral in Amsterdam, Rotterdam, Den Haag en Utrecht is het probleem groot: daar staat 14 procent van de banen open.

Steeds meer scholen sturen klassen één dag per week naar huis. Volgens vakbond AOb gebeurt dat inmiddels op zeker 120 scholen.

Onderwijsminister De Groot wil met 250 miljoen euro leraren verleiden om op 'tekortscholen' te gaan werken.`,
		"el10en.txt": `en|Dutch primary teacher shortage climbs to 9,700 full-time posts

Education | Netherlands

3 February 2032

The shortage of teachers at Dutch primary schools has risen to 9,700 full-time jobs, up from 8,100 a year ago, according to the education ministry's annual labour market report.

The gap is widest in the four big cities, where 14% of teaching positions are vacant on average and as many as 17% in Amsterdam, compared with 6% outside the Randstad conurbation. Education minister Mariëlle de Groot is setting aside €250 million for a bonus for teachers at the worst-hit schools.

"I have had one application since the summer," said Jeroen Smit, 49, head of De Vlinderboom primary school in Amsterdam-Noord, which has four vacancies.`,
	}, nil},
}
