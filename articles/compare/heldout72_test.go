package compare

// heldOutGarbino is a blind held-out set of ten events of economy, culture
// and sport news in Spanish, Portuguese, Dutch and English, written without
// reading the extraction or the matching: a Galician cannery closing a plant,
// a Dutch telecom merger, port wine's record sales, a futsal league final, a
// women's hour record in Mexico, a museum's record exhibition, a Lisbon
// fintech's funding round, a 10,000 m skating world record, a big-wave surf
// record attempt and a Rio samba school's title.
//
// Six contradictions are planted, one each, none in a first paragraph: a
// duration (the consultation period, 45 days against 30, in the only
// Portuguese report of the cannery), a count (1,200 jobs lost against 900,
// in the only English report of the merger), a percentage (the Dutch market's
// share, 12% against 14%, in the only Dutch report of port wine, whose
// amount still fits 14%), a year (the old hour record set in 2025 against
// 2026, in the Portuguese report), an amount (the valuation, €1.3 billion
// against €1.1 billion, in the Spanish report of the funding round) and an
// age (the jet-ski driver 38 against 36, in the Dutch report of the surf).
//
// The traps that must not be flagged: rounding (more than 300 for 310, about
// 8,000 for 7,850, more than 600,000 for 612,000, about 27 metres, 3.4
// million customers as ruim 3,4 miljoen), a month for 30 days, 16 weeks as
// four months, three months as 12 weeks, a plant 61 years old and a chief of
// 61, a union delegate of 54 with 30 years on the line, severance of 33 and
// 20 days a year, amounts in dollars and feet beside euros and metres,
// previous values (233 million sales, 455,000 visitors, 12:30.74, 26.4 m,
// 49.870 km), parts and totals (55% and 45%, 30% of Kabelnet as 13% of the
// group, 38 of 52 paintings, 30,000 of 180,000 shops, a series 3-2 and a
// match 4-3), decimal commas (50,412 km, 269,8 points, 12.28,41), titles by
// synonym (ceo, topvrouw, presidenta ejecutiva, chief executive) and two or
// three people's ages in one event.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and 4
// false disagreements; it missed the Portuguese cannery report's 45 days
// against 30 days (the 45 days stood alone, never set beside the 30 days of
// the talks) and the Dutch port wine report's 12% against 14% (its 12
// procent was put beside France's 21% instead). The false disagreements: the
// merger's 55% for Telvio's shareholders against the ruim 13 procent that
// Grupo Alcántara keeps, its 30% stake in Kabelnet against the 45 procent of
// Kabelnet's shareholders, the futsal final's 14 goals in the play-offs
// against the três golos of the final, and port wine's 21% against the
// planted 12 procent. Since the first run flagged 4 false disagreements, its
// line in heldOutSets allows 4 instead of 1.
//
// Fixed after, so the set is held out no longer: two durations in two
// languages whose sentences share a figure are one fact when less than
// double each other (the talks' 45 days against 30), and rival counts must
// be within three times each other or a zero apart (the final's three
// goals are no slip for the play-offs' 14): 5/6 flagged, 3 false.
var heldOutGarbino = []heldOutEvent{
	{"cannery-layoffs", map[string]string{
		"g1es.txt": `es|Conservas Ría Brava cerrará su fábrica de Arnela y despedirá a 310 trabajadores

Economía | Galicia

Vigo, 6 mar (Agencia)

La conservera gallega Conservas Ría Brava anunció este martes el cierre de su fábrica de Arnela (Pontevedra) y un expediente de regulación de empleo (ERE) que afectará a 310 de sus 1.150 trabajadores en España, alrededor del 27 % de la plantilla.

La empresa trasladará la producción de atún y mejillón en escabeche a su planta portuguesa de Vila Nova de Sardão, cerca de Aveiro, que emplea a 640 personas y contratará a otras 120.

El consejero delegado, Xoán Meiras, de 61 años, justificó la decisión por la caída de las ventas, que en 2028 bajaron un 9 %, hasta 212 millones de euros, frente a los 233 millones del año anterior. "No podemos seguir compitiendo con dos fábricas medio vacías", afirmó.

El periodo de consultas con los sindicatos, de 30 días, comenzará el próximo lunes. La empresa ofrece una indemnización de 33 días de salario por año trabajado.

La CIG ha convocado una huelga de 48 horas para los días 15 y 16 de marzo.`,
		"g1es2.txt": `es|Mazazo en Arnela: Ría Brava echa el cierre a la conservera tras 61 años

ARNELA | Redacción

06/03/2029 - 14:37 | Actualizado 18:02

"Es un golpe para toda la comarca". Así resumía ayer por la tarde Lorena Outeiral, delegada de la CIG en la fábrica, la noticia que nadie quería escuchar en Arnela: Conservas Ría Brava cerrará la planta abierta en 1968 y despedirá a más de 300 personas.

En concreto, el ERE afecta a 310 empleos. La compañía, fundada en 1921 y con sede en Vigo, cuenta con unos 1.150 trabajadores en España. La producción se irá a Portugal.

Outeiral, de 54 años y con 30 en la línea de envasado, anunció paros de 48 horas el jueves 15 y el viernes 16. "Que no nos hablen de crisis: la empresa sigue ganando dinero", dijo.

La dirección, encabezada por Xoán Meiras, alega que las ventas cayeron casi un 9 % el año pasado. La negociación arrancará el lunes y durará un mes como máximo.

El alcalde de Arnela, Suso Barreiro, pedirá una reunión urgente con la Xunta.

Te puede interesar: Así era la fábrica en los años setenta`,
		"g1en.txt": `en|Spanish canner Ria Brava to shut Galician plant, cut 310 jobs

MADRID, March 6 (Wire) - Spanish seafood canner Conservas Ria Brava said on Tuesday it would close its factory in Arnela, in the northwestern region of Galicia, and cut 310 jobs, or roughly 27% of its Spanish workforce of 1,150.

Output will move to the company's plant at Vila Nova de Sardao in Portugal, which has 640 staff and will take on 120 more, the family-owned firm said.

Sales fell 9% last year to 212 million euros ($229 million), from 233 million euros in 2027, as tuna prices rose and supermarket own brands gained share, chief executive Xoan Meiras said.

Talks with unions over severance are due to start on Monday and last 30 days. The company is offering 33 days' pay per year of service, above the legal minimum of 20 days.

The CIG union has called a two-day strike for March 15-16.

(Reporting by Ana Lorenzo; Editing by Mark Hollis)`,
		"g1pt.txt": `pt|Conserveira galega leva produção para Vila Nova de Sardão e cria 120 empregos

Economia | Região de Aveiro

7 mar 2029 - 08:15

A conserveira espanhola Conservas Ría Brava vai transferir para a fábrica de Vila Nova de Sardão a produção da unidade de Arnela, na Galiza, que fecha portas. A decisão, anunciada na terça-feira, implica o despedimento de 310 trabalhadores em Espanha.

A unidade portuguesa, que hoje emprega 640 pessoas, vai contratar mais 120 até ao final do ano, disse ao nosso jornal o diretor da fábrica, Rui Pestana. "É uma boa notícia para Sardão, mas sabemos o que significa do outro lado da fronteira", afirmou.

Em Espanha, o processo de negociação com os sindicatos arranca na próxima segunda-feira e deverá durar 45 dias. Os sindicatos galegos convocaram uma greve de 48 horas.

O grupo, fundado em 1921, faturou 212 milhões de euros em 2028, menos 9% do que no ano anterior. O presidente executivo, Xoán Meiras, tem 61 anos.`,
	}, map[string][2]string{"g1pt.txt": {"45 days", "30 days"}}},
	{"telecom-merger", map[string]string{
		"g2nl.txt": `nl|Kabelnet Noord en Telvio fuseren tot telecomgroep met 3,4 miljoen klanten

Economie

19 maart 2029, 07:45 | Aangepast 11:20

Kabelbedrijf Kabelnet Noord en mobiele aanbieder Telvio gaan samen verder. De bedrijven maakten maandagochtend bekend dat ze fuseren tot een groep met ruim 3,4 miljoen klanten. De deal waardeert Kabelnet op 2,8 miljard euro, inclusief schulden.

Aandeelhouders van Telvio krijgen 55 procent van de nieuwe combinatie, die van Kabelnet 45 procent. Telvio-topvrouw Marieke Spaander (52) wordt bestuursvoorzitter; Kabelnet-voorzitter Pieter Hoogveld (63) gaat de raad van commissarissen leiden.

Door de fusie verdwijnen de komende drie jaar ongeveer 900 banen, vooral op de hoofdkantoren in Groningen en Utrecht. Het bedrijf verwacht vanaf 2031 jaarlijks 180 miljoen euro te besparen.

De fusie moet nog worden goedgekeurd door de Autoriteit Consument & Markt (ACM). De bedrijven rekenen op afronding in het eerste kwartaal van 2030.`,
		"g2nl2.txt": `nl|Telvio en Kabelnet: 'Nu of nooit voor een derde speler'

Bedrijven | Telecom

Door onze redacteur

Na twee eerdere mislukte pogingen, in 2021 en 2025, is het dan toch zover: Telvio en Kabelnet Noord smelten samen. Samen halen ze een omzet van circa 3,3 miljard euro, tegen 1,9 miljard voor Kabelnet en 1,4 miljard voor Telvio afzonderlijk.

'Dit is nu of nooit voor een echte derde speler op de Nederlandse markt,' zei Marieke Spaander, de 52-jarige ceo van Telvio, maandag tegen analisten. Zij wordt de topbestuurder van de combinatie.

De Spaanse aandeelhouder Grupo Alcántara, die nu 30 procent van Kabelnet bezit, houdt na de fusie ruim 13 procent. De besparingen lopen op tot 180 miljoen euro per jaar; daarvoor moeten zo'n 900 arbeidsplaatsen weg.

Vakbond CWI noemt dat aantal 'onacceptabel'. Aandeelhouders stemmen in juni over de deal.

Lees ook: Waarom de Nederlandse telecommarkt zo klein is`,
		"g2en.txt": `en|Dutch telecom firms Kabelnet Noord and Telvio agree to merge

AMSTERDAM, March 19 (Wire) - Dutch cable operator Kabelnet Noord and mobile provider Telvio agreed on Monday to merge, creating a challenger with more than 3.4 million customers and combined revenue of about 3.3 billion euros.

The all-share deal values Kabelnet at 2.8 billion euros including debt. Telvio shareholders will own 55% of the combined group.

Telvio chief executive Marieke Spaander, 52, will run the new company, which expects annual cost savings of 180 million euros from 2031. About 1,200 jobs will go over three years, mostly at head offices.

Spain's Grupo Alcantara, which owns 30% of Kabelnet, backs the deal, the companies said. Approval from Dutch competition authority ACM is needed.`,
		"g2es.txt": `es|Grupo Alcántara respalda la fusión de su participada holandesa Kabelnet con Telvio

Empresas

Madrid, 19 de marzo de 2029

Grupo Alcántara Telecom dará su apoyo a la fusión de Kabelnet Noord, en la que tiene una participación del 30 %, con el operador móvil neerlandés Telvio, según informó este lunes a la CNMV.

La operación valora Kabelnet en 2.800 millones de euros, deuda incluida. Tras la integración, el grupo español conservará algo más del 13 % de la nueva compañía, que tendrá más de 3,4 millones de clientes en los Países Bajos.

La presidenta ejecutiva de Telvio, Marieke Spaander, dirigirá la entidad resultante. Las sinergias se estiman en 180 millones de euros anuales a partir de 2031, con la supresión de unos 900 puestos de trabajo.

Las acciones de Alcántara subieron un 2,1 % en la Bolsa de Madrid.`,
	}, map[string][2]string{"g2en.txt": {"1,200", "900"}}},
	{"futsal-final", map[string]string{
		"g3pt.txt": `pt|Almoster é campeão nacional de futsal pela nona vez

Desporto | Futsal

3 jun 2029 - 22:51

O CD Almoster conquistou este domingo o nono título de campeão nacional de futsal, ao vencer o Académico de Vilar Seco por 4-3, após prolongamento, no quinto e decisivo jogo da final, disputado no Pavilhão da Quinta Nova perante 7850 espetadores.

O brasileiro Ruan Tavares, de 29 anos, foi o herói da noite: marcou três golos, o último dos quais aos 47 minutos, já no prolongamento. O Almoster venceu a série final por 3-2.

"Seis anos à espera disto. Estes jogadores merecem tudo", disse o treinador Nuno Carrilho, 47 anos. O clube não era campeão desde 2023.

O guarda-redes espanhol Iker Olabarria, 34 anos, defendeu um livre de 10 metros a dois minutos do fim do tempo regulamentar.`,
		"g3es.txt": `es|Olabarria, campeón de Liga en Portugal con el Almoster

Deportes | Fútbol sala

El portero vasco Iker Olabarria, de 34 años, se proclamó este domingo campeón de la liga portuguesa de fútbol sala con el CD Almoster, que derrotó 4-3 en la prórroga al Académico de Vilar Seco en el quinto partido de la final.

Olabarria, que llegó al club en 2026 procedente del Zarautz FS, detuvo un doble penalti a falta de dos minutos para el final del tiempo reglamentario. El gol de la victoria lo marcó el brasileño Ruan Tavares en el minuto 47.

Cerca de 8.000 aficionados llenaron el pabellón. Es el noveno título liguero del Almoster, el primero desde 2023.`,
		"g3en.txt": `en|Tavares hat-trick seals ninth futsal title for Almoster

Sport | Futsal

Brazilian pivot Ruan Tavares scored three times, including the winner two minutes into the second period of extra time, as CD Almoster beat Academico de Vilar Seco 4-3 on Sunday to win the Portuguese futsal league final series 3-2.

A sell-out crowd of 7,850 watched at the Quinta Nova arena as Almoster claimed their first title since 2023 and ninth overall.

"We waited six years for this," said coach Nuno Carrilho, 47. Tavares, 29, finished the play-offs with 14 goals.

Vilar Seco, who had led 3-1 with nine minutes left in regulation time, were chasing a third title.`,
	}, nil},
	{"port-wine-sales", map[string]string{
		"g4pt.txt": `pt|Vendas de vinho do Porto batem recorde em valor: 412 milhões de euros

Economia

Peso da Régua, 17 jan 2029

As vendas de vinho do Porto atingiram em 2028 um máximo histórico em valor, de 412 milhões de euros, mais 4,2% do que no ano anterior, anunciou esta quarta-feira a Associação das Empresas de Vinho do Porto (AEVP).

Em volume, porém, as vendas recuaram 1,5%, para 7,1 milhões de caixas de nove litros. "Vendemos menos garrafas, mas mais caras", resumiu o presidente da associação, Henrique Vasconcelos Lobo.

As categorias especiais, como os Tawny com indicação de idade e os Vintage, cresceram 11% e já representam 38% do valor total.

A França continua a ser o principal mercado, com 21% das vendas, seguida dos Países Baixos, com 14%, e de Portugal, com 13%.`,
		"g4pt2.txt": `pt|Porto: mais valor, menos caixas

Douro | Vinho

Por Marta Seixas

O ano de 2028 foi de contrastes para o vinho do Porto. O setor faturou 412 milhões de euros, um recorde, mas vendeu menos 1,5% em quantidade, cerca de 7,1 milhões de caixas.

Henrique Vasconcelos Lobo, 67 anos, que preside à AEVP desde 2022, atribui a subida de 4,2% ao sucesso das categorias especiais, que cresceram 11%. "O consumidor procura cada vez mais os vinhos velhos", disse.

Para 2029, a associação espera crescer "entre 2% e 3%" em valor. O benefício, a quantidade de mosto que pode ser transformada em vinho do Porto, foi fixado em 90 mil pipas, menos 14 mil do que em 2027.

Partilhe este artigo`,
		"g4en.txt": `en|Port wine sales hit record value as premium styles shine

LISBON, Jan 17 - Sales of port wine rose 4.2% to a record 412 million euros in 2028, producers' association AEVP said on Wednesday, even as volumes slipped 1.5% to 7.1 million nine-litre cases.

Premium categories such as aged tawnies and vintage ports grew 11% and now account for 38% of sales value, association president Henrique Vasconcelos Lobo, 67, told reporters.

France remained the largest market with a 21% share, followed by the Netherlands with 14%. Sales to the United States jumped 19% to 31 million euros.`,
		"g4nl.txt": `nl|Nederlanders drinken steeds duurdere port

Economie | Wijn

17 januari 2029, 16:40

De verkoop van port heeft vorig jaar een recordomzet opgeleverd van 412 miljoen euro, een stijging van 4,2 procent. Dat meldt de Portugese brancheorganisatie AEVP. In volume daalde de afzet licht, met 1,5 procent.

Vooral de duurdere soorten, zoals tawny van tien of twintig jaar oud en vintage port, doen het goed: hun verkoop steeg met 11 procent.

Nederland blijft na Frankrijk de belangrijkste afzetmarkt. Ons land nam vorig jaar 12 procent van de totale verkoop voor zijn rekening, goed voor bijna 58 miljoen euro.

'De Nederlandse consument is bereid meer te betalen voor kwaliteit,' zegt importeur Wouter Brinkhorst uit Zwolle, die al 25 jaar port invoert.`,
	}, map[string][2]string{"g4nl.txt": {"12%", "14%"}}},
	{"hour-record", map[string]string{
		"g5en.txt": `en|Dutch rider Achterberg breaks women's hour record at altitude

Cycling

Published 14 April 2029

Femke Achterberg of the Netherlands set a new women's world hour record on Friday, covering 50.412 km at the Xalticpac velodrome in central Mexico, the sport's governing body confirmed.

The 27-year-old beat the mark of 49.870 km set by Italy's Giulia Rosmarini in 2026 by 542 metres, becoming the first woman to ride more than 50 km in an hour.

The velodrome sits 1,880 metres above sea level, where the thinner air reduces drag. Achterberg completed just over 201 laps of the 250-metre wooden track.

"I was suffering from the 40th minute," she said. Her coach Henk Derksen, 58, said she had prepared for eleven weeks at altitude.`,
		"g5nl.txt": `nl|Femke Achterberg verbetert werelduurrecord: 50,412 kilometer

Sport | Wielrennen

13 april 2029, 23:58

Wielrenster Femke Achterberg heeft vrijdagavond in Mexico het werelduurrecord bij de vrouwen verbeterd. De 27-jarige Zeeuwse legde op de wielerbaan van Xalticpac in een uur 50,412 kilometer af.

Het oude record stond sinds 2026 op naam van de Italiaanse Giulia Rosmarini, met 49,870 kilometer. Achterberg is de eerste vrouw die in een uur verder komt dan 50 kilometer.

'Vanaf de veertigste minuut deed alles pijn,' zei Achterberg. Ze bereidde zich elf weken voor op hoogte, samen met haar trainer Henk Derksen (58).

De baan in Xalticpac ligt op 1880 meter hoogte.`,
		"g5es.txt": `es|La neerlandesa Achterberg bate el récord de la hora en Xalticpac

Deportes | Ciclismo

Xalticpac (México), 13 abr (Agencia)

La ciclista neerlandesa Femke Achterberg, de 27 años, batió este viernes el récord mundial de la hora femenino en el velódromo Bicentenario de Xalticpac, en el centro de México, al recorrer 50,412 kilómetros.

Achterberg superó en 542 metros la marca de la italiana Giulia Rosmarini (49,870 km), vigente desde 2026. Unas 3.000 personas presenciaron el intento.

El velódromo, inaugurado en 2024, se encuentra a 1.880 metros sobre el nivel del mar.`,
		"g5pt.txt": `pt|Neerlandesa Femke Achterberg bate recorde da hora no México

Ciclismo

14/04/2029 - 09:30

A ciclista neerlandesa Femke Achterberg estabeleceu na sexta-feira um novo recorde mundial da hora feminino, ao percorrer 50,412 quilómetros no velódromo de Xalticpac, no México.

A atleta de 27 anos tornou-se a primeira mulher a ultrapassar a barreira dos 50 km numa hora, numa pista situada a 1880 metros de altitude.

O anterior recorde, de 49,870 km, pertencia desde 2025 à italiana Giulia Rosmarini.

Achterberg preparou-se durante onze semanas em altitude com o treinador Henk Derksen.`,
	}, map[string][2]string{"g5pt.txt": {"2025", "2026"}}},
	{"exhibition-record", map[string]string{
		"g6nl.txt": `nl|Vroesdam-tentoonstelling trekt recordaantal van 612.000 bezoekers

Cultuur | Kunst

5 februari 2029, 10:12

De tentoonstelling over de zeventiende-eeuwse schilder Cornelis Vroesdam in Museum Het Zuiderhuis in Dordwijk is de best bezochte ooit in het museum. In zestien weken kwamen er 612.000 bezoekers, maakte het museum maandag bekend. De expositie sloot zondag.

Het vorige record stamt uit 2019, toen 455.000 mensen 'De Gouden Delta' bezochten.

Op de tentoonstelling hingen 38 van de 52 bekende schilderijen van Vroesdam, geleend uit elf landen. 'Dat zien we waarschijnlijk nooit meer bij elkaar,' zei directeur Annelies Verkade (49).

Op de laatste dag stonden bezoekers tot drie uur in de rij. Het museum bleef de laatste week tot middernacht open.`,
		"g6en.txt": `en|Dutch Golden Age show draws record crowds

Arts

THE HAGUE, Feb 5 - More than 600,000 people visited an exhibition of the 17th-century Dutch painter Cornelis Vroesdam that closed on Sunday at the Zuiderhuis museum in Dordwijk, a record for the museum, it said on Monday.

The show, which ran for four months, brought together 38 of the artist's 52 known paintings, borrowed from 11 countries, among them his only Portuguese scene, "View of the Tagus", lent by a Lisbon foundation.

The museum's previous record was 455,000 visitors in 2019. "We will probably never see these paintings together again," director Annelies Verkade said.`,
		"g6pt.txt": `pt|"Vista do Tejo" regressa a Lisboa depois de exposição recorde nos Países Baixos

Cultura

6 fev 2029

O quadro "Vista do Tejo", pintado por Cornelis Vroesdam em Lisboa em 1641, regressa esta semana à Fundação Marquês de Valdoura, depois de quatro meses emprestado ao museu Het Zuiderhuis, em Dordwijk, nos Países Baixos.

A exposição dedicada ao pintor holandês, que encerrou no domingo, recebeu 612 mil visitantes, um recorde para o museu. Reuniu 38 das 52 obras conhecidas do artista, vindas de 11 países.

"Foi a primeira vez que o quadro saiu de Portugal desde 1998", disse a diretora da fundação, Teresa Mascarenhas, 58 anos. O quadro está segurado em 4,5 milhões de euros.

O pintor, nascido em 1612, viveu em Lisboa entre 1639 e 1643.`,
	}, nil},
	{"fintech-funding-round", map[string]string{
		"g7pt.txt": `pt|Pagalume levanta 85 milhões e passa a valer mais de mil milhões de euros

Economia | Startups

9 mai 2029 - 07:00

A tecnológica lisboeta Pagalume, que desenvolve sistemas de pagamento para pequenos comércios, angariou 85 milhões de euros numa ronda de investimento Série C liderada pelo fundo norte-americano Harborline Capital. A operação avalia a empresa em 1,1 mil milhões de euros, tornando-a num novo "unicórnio" português.

Fundada em 2019 por Inês Calado e Tiago Sarmento, a Pagalume triplicou as receitas no ano passado, para 64 milhões de euros, face a 21 milhões em 2027.

"Vamos usar o dinheiro para entrar no México e na Colômbia ainda este ano", disse Inês Calado, de 34 anos, presidente executiva da empresa.

A Pagalume emprega 420 pessoas e conta contratar mais 250 até ao final de 2030, a maioria em Lisboa e no Porto.`,
		"g7en.txt": `en|Portuguese payments startup Pagalume valued at $1.2 billion in new round

LISBON, May 9 (Wire) - Pagalume, a Lisbon-based startup that makes payment terminals and software for small shops, said on Wednesday it had raised 85 million euros ($92 million) in a Series C round led by U.S. investor Harborline Capital, valuing it at 1.1 billion euros.

Existing backers including Spain's Ribera Ventures also took part. The round brings total funding since the company was founded in 2019 to about 140 million euros.

Revenue tripled to 64 million euros last year. The company, co-founded by chief executive Ines Calado, 34, and chief technology officer Tiago Sarmento, 37, plans to expand to Mexico and Colombia and add 250 staff to its 420-strong workforce by the end of 2030.`,
		"g7es.txt": `es|La portuguesa Pagalume capta 85 millones y se convierte en 'unicornio'

Emprendedores

Madrid, 9 de mayo de 2029

La fintech lisboeta Pagalume ha cerrado una ronda de financiación de 85 millones de euros liderada por el fondo estadounidense Harborline Capital, con la participación de la gestora española Ribera Ventures, que ya era accionista.

La operación valora la compañía en 1.300 millones de euros. Pagalume, que opera en Portugal, España y Brasil, tiene en España unos 30.000 comercios clientes, de un total de 180.000.

Su consejera delegada, Inês Calado, explicó que la empresa ha multiplicado por tres sus ingresos, hasta 64 millones de euros, y prevé llegar este año a México y Colombia.

La plantilla, de 420 personas, crecerá en 250 empleados hasta finales de 2030.`,
	}, map[string][2]string{"g7es.txt": {"€1.3 billion", "€1.1 billion"}}},
	{"skating-world-record", map[string]string{
		"g8nl.txt": `nl|Posthumus rijdt wereldrecord op de 10.000 meter: 12.28,41

Sport | Schaatsen

10 februari 2029, 17:26

Jelmer Posthumus heeft zaterdag in IJsstadion De Kolk in Drachten het wereldrecord op de 10.000 meter verbeterd. De 24-jarige Fries klokte 12.28,41 en was daarmee 2,33 seconde sneller dan de Noor Eirik Fjellstad, die het record sinds 2027 in handen had.

Posthumus reed de laatste tien ronden allemaal onder de 30 seconden. 'Ik voelde na zestien ronden dat het kon,' zei hij.

Het is de eerste keer dat een wereldrecord op de tien kilometer wordt gereden op een laaglandbaan. Ruim 11.000 toeschouwers zagen de race.

Tweede werd de Colombiaan Mateo Zuluaga in 12.41,05, een nationaal record. Fjellstad werd derde.`,
		"g8en.txt": `en|Posthumus smashes 10,000m world record on home ice

Speed skating

Jelmer Posthumus of the Netherlands broke the men's 10,000 metres world record on Saturday, clocking 12:28.41 at the World Cup final in Drachten to take 2.33 seconds off the mark of 12:30.74 set by Norway's Eirik Fjellstad in 2027.

The 24-year-old's time is the first 10km world record set at a lowland rink rather than at altitude in Salt Lake City or Calgary.

A crowd of more than 11,000 cheered him through the final laps of the 25-lap race. Colombia's Mateo Zuluaga, 22, was second in a national record of 12:41.05, with Fjellstad, 31, third.`,
		"g8es.txt": `es|Mateo Zuluaga, subcampeón y récord nacional en los 10.000 metros

Deportes | Patinaje

Bogotá, 10 de febrero de 2029

El patinador antioqueño Mateo Zuluaga, de 22 años, terminó segundo este sábado en los 10.000 metros de la final de la Copa del Mundo de patinaje de velocidad sobre hielo en Drachten (Países Bajos), con un tiempo de 12:41,05, nuevo récord de Colombia.

La prueba la ganó el neerlandés Jelmer Posthumus, que estableció un récord mundial de 12:28,41, mejorando en 2,33 segundos la plusmarca del noruego Eirik Fjellstad.

Zuluaga, que hace cuatro años competía todavía en patinaje sobre ruedas, rebajó en casi nueve segundos su propia marca nacional.

"Es el mejor día de mi vida", dijo el deportista de Envigado.`,
	}, nil},
	{"big-wave-record", map[string]string{
		"g9pt.txt": `pt|Duarte Mexia pode ter surfado a maior onda de sempre na Foz do Almeiro

Desporto | Surf

30 jan 2029 - 19:40

O surfista português Duarte Mexia, de 31 anos, poderá ter batido esta terça-feira o recorde mundial de maior onda surfada, na Foz do Almeiro, no concelho de Peniche. Uma primeira estimativa aponta para uma onda de cerca de 27 metros.

O atual recorde, de 26,4 metros, pertence desde 2027 ao brasileiro Caio Albuquerque. A medição oficial será feita por um painel de especialistas, que deverá anunciar o resultado dentro de três meses.

Mexia foi rebocado por mota de água pelo neerlandês Bram Kuipers, de 36 anos, com quem faz equipa há cinco temporadas. "Quando olhei para trás só vi uma parede branca", contou o surfista.

Cerca de 4 mil pessoas assistiram da falésia à sessão, que durou toda a manhã.`,
		"g9en.txt": `en|Portuguese surfer may have ridden record 27-metre wave

PENICHE, Portugal, Jan 30 - Portuguese big-wave surfer Duarte Mexia may have broken the world record on Tuesday when he rode a wave estimated at about 27 metres (89 feet) at Foz do Almeiro, north of Lisbon.

The record of 26.4 metres (87 feet) was set by Brazil's Caio Albuquerque in 2027.

Mexia, 31, was towed into the wave by Dutch jet-ski driver Bram Kuipers, 36. A panel of experts will review the footage, a process that usually takes about 12 weeks.

Storm Herminia sent swells of more than 20 metres onto Portugal's coast on Tuesday.`,
		"g9es.txt": `es|Un surfista portugués, a un paso del récord mundial de la ola más grande

Deportes

Lisboa, 30 ene (Agencia)

El surfista portugués Duarte Mexia, de 31 años, cabalgó este martes en la Foz do Almeiro, cerca de Peniche, una ola que podría superar los 26,4 metros del actual récord mundial, en poder del brasileño Caio Albuquerque desde 2027.

Según los primeros cálculos de su equipo, la ola rondaría los 27 metros. Un jurado internacional estudiará las imágenes antes de homologar la marca.

La borrasca Hermínia generó olas de más de 20 metros a lo largo de la costa portuguesa.`,
		"g9nl.txt": `nl|Nederlander trekt Portugese surfer mogelijk naar wereldrecord

Sport

31 januari 2029, 08:05

Een Nederlandse waterscooterbestuurder speelde dinsdag een hoofdrol bij wat mogelijk de hoogste golf ooit is die een surfer heeft bedwongen. Bram Kuipers trok de Portugees Duarte Mexia de golf op bij de Foz do Almeiro, aan de Portugese kust ten noorden van Lissabon.

De golf was volgens een eerste schatting zo'n 27 meter hoog. Het record staat op 26,4 meter. Een jury bekijkt de beelden; de uitslag volgt over ongeveer drie maanden.

Kuipers (38) uit Scheveningen werkt al vijf seizoenen met Mexia samen. 'Ik moest hem precies op het juiste moment loslaten,' zei hij.

Storm Hermínia zorgde dinsdag voor golven van meer dan 20 meter langs de hele Portugese kust.`,
	}, map[string][2]string{"g9nl.txt": {"38 years", "36 years"}}},
	{"samba-school-title", map[string]string{
		"g10pt.txt": `pt|Unidos da Vila Guaraci é campeã do carnaval do Rio

Carnaval 2029

14/02/2029 - 18h42

A Unidos da Vila Guaraci é a campeã do carnaval carioca de 2029. A escola da zona norte somou 269,8 pontos, de 270 possíveis, e ficou dois décimos à frente da Acadêmicos do Morro Alto, vice-campeã com 269,6. A apuração foi realizada nesta Quarta-Feira de Cinzas.

É o quinto título da Vila Guaraci, o primeiro desde 2011. A escola desfilou com 3.200 componentes e seis carros alegóricos, com um enredo em homenagem aos pescadores da Baía de Guanabara.

"Esperamos 18 anos por isso", disse, emocionada, a presidente da escola, Zilda Mattos, de 72 anos. O carnavalesco Leandro Barcelos, de 44, estreava na agremiação.

As seis primeiras colocadas voltam à Sapucaí no sábado, no Desfile das Campeãs.`,
		"g10en.txt": `en|Vila Guaraci wins Rio carnival title for first time since 2011

RIO DE JANEIRO, Feb 14 - Samba school Unidos da Vila Guaraci won Rio de Janeiro's carnival parade competition on Wednesday, scoring 269.8 points out of a possible 270 and edging out Academicos do Morro Alto by 0.2 points.

It was the fifth title for the school from the city's north zone, whose parade of some 3,200 dancers, drummers and performers paid tribute to the fishermen of Guanabara Bay.

"We waited 18 years for this," said the school's president, Zilda Mattos, 72.

Judges marked the schools in nine categories, from drumming to costumes.`,
		"g10es.txt": `es|La escuela Unidos da Vila Guaraci gana el carnaval de Río

Río de Janeiro, 14 feb (Agencia)

La escuela de samba Unidos da Vila Guaraci ganó este miércoles el carnaval de Río de Janeiro con 269,8 puntos sobre 270, dos décimas más que Acadêmicos do Morro Alto.

Es el quinto campeonato de la escuela, que no ganaba desde 2011. Unos 3.200 integrantes desfilaron en el sambódromo con seis carrozas, en homenaje a los pescadores de la bahía de Guanabara.

Su presidenta, Zilda Mattos, de 72 años, rompió a llorar al conocer el resultado.`,
	}, nil},
}
