package compare

// heldOutPoniente is a blind held-out set of ten technology, energy and
// culture events, in Portuguese, Spanish, Italian and English, written
// without reading the comparison code: a mobile network outage in
// Portugal, a supermarket loyalty-card data breach in Spain, a floating
// solar plant on a Spanish reservoir, a comics festival prize in Italy,
// an electric-car recall, a Portugal-Brazil subsea cable, a geothermal
// plant in Tuscany, layoffs at a Brazilian games studio, a district
// heating extension and a fresco restoration.
//
// Six events hold one planted contradiction each: a duration (the outage
// lasted 7 hours in the English report, 9 in the others, third
// paragraph), a date (the breach found on 21 February in the Italian
// report, 14 February in the Spanish ones, third paragraph), an amount
// (€38 million invested in the Portuguese report, €32 million elsewhere,
// last paragraph), a count (7 overheating cases in the Spanish report, 11
// in the English and Italian ones, second paragraph), an age (the plant
// director 41 in the English report, 47 elsewhere, second paragraph) and a
// distance (the heating network growing to 121 km in the Spanish report,
// 112 km elsewhere, first paragraph). Each sits in a report whose
// language is alone in its event (in the solar event every language is).
// The comics prize, the cable, the studio layoffs and the fresco hold
// none.
//
// The traps: numbers in each language's format (2,6 milhões, 18.400,
// 10mila, 110mila, 86 mil, 6420 / 6.420 / 6,400 km), rounding ("more than
// 2 million" against 2.1 million, "about 180,000" against 182,000, "more
// than a year" against 14 months, "two and a half years" against 30
// months, "a quarter" against 27%), parts and totals (1.3 of 4.8 million
// members, 120 of 450 staff, 26 km added to 86 km, 9,500 more homes of
// 41,000, 2,150 cars in Italy of 18,400, €250,000 of €380,000), previous
// values and other years (a four-hour outage in 2027, a 12 MW plant of
// 2027, a 72 Tbps cable of 2021, 165,000 visitors in 2029, 40 jobs cut in
// 2028), two ages in one report (director and mayor; winner and jury
// chairman), figures in quotes, datelines a day apart from the event, and
// titles by synonym (presidente executiva / consejera delegada / chief
// executive; ad / amministratrice delegata).
//
// Frozen before its first run, which flagged 5 of the 6 contradictions
// and 2 false disagreements. It missed the Spanish report's 121 km against
// 112 km: it put the Spanish network's new total of 121 kilómetros against
// the Italian reports' 26 km of new pipe ("si allunga": d1it, d2it: 26
// chilometri; d3es: 121 kilómetros), a length added set against a total,
// which counts as the second false disagreement. The first is a weekday:
// the Spanish report that says the breach was found on 14 February, "un
// jueves", had that Thursday set against the Monday on which the other two
// say the firm told of it (date "comunicó": l1es, l3it: lunes; l2es:
// jueves). The table allows this set 2 false disagreements, as many as
// its first run flagged, so that the suite passes.
//
// Fixed after, so the set is held out no longer: a growth up to a total is
// a change ("si allunga di 26 km, fino a un totale di 112"), and a date's
// own weekday in apposition ("el 14 de febrero, un jueves") is no
// happening's day: 6/6 flagged, 0 false.
var heldOutPoniente = []heldOutEvent{
	{"mobile-network-outage", map[string]string{
		"o1pt.txt": `pt|Falha na rede da Ondanet deixa 2,6 milhões de clientes sem telemóvel

Tecnologia

5 mar 2030 - 19:02

Uma falha informática deixou esta terça-feira cerca de 2,6 milhões de clientes da operadora Ondanet sem serviço de voz e dados móveis em todo o país. O problema começou às 07h40 e a rede só ficou totalmente restabelecida às 16h40, nove horas depois.

Segundo a empresa, a origem foi uma atualização de software defeituosa num dos seus centros de dados, em Vale de Alvarinhos.

"Pedimos desculpa a todos os nossos clientes. Foi um erro nosso e vamos assumi-lo", afirmou a presidente executiva da Ondanet, Helena Quaresma, que anunciou um crédito de 5 euros na próxima fatura de cada cliente afetado.

Durante a manhã, várias corporações de bombeiros relataram dificuldades em receber chamadas. O regulador das comunicações abriu um inquérito. A última falha de grandes dimensões na rede da Ondanet, em 2027, durou quatro horas.

A Ondanet detém cerca de 38% do mercado móvel português.`,
		"o2pt.txt": `pt|Ondanet: rede móvel esteve em baixo durante 9 horas

Lisboa, 05 mar 2030 (Agência) - A rede móvel da Ondanet esteve inoperacional durante 9 horas esta terça-feira, afetando perto de 2,6 milhões de clientes, informou a operadora ao final da tarde.

A presidente executiva, Helena Quaresma, de 52 anos, explicou em conferência de imprensa que a falha foi causada por uma atualização de software num centro de dados em Vale de Alvarinhos e excluiu a hipótese de um ciberataque.

Os clientes afetados vão receber um crédito de cinco euros. A operadora, que tem 38 % de quota no mercado móvel, contava no final de 2029 com 6,8 milhões de cartões ativos.

O regulador abriu um processo de averiguação.`,
		"o3es.txt": `es|Un apagón de nueve horas deja sin móvil a 2,6 millones de clientes en Portugal

Internacional | Tecnología

Lisboa, 5 mar (Agencia)

Cerca de 2,6 millones de clientes de la operadora portuguesa Ondanet se quedaron este martes sin cobertura de voz y datos durante nueve horas por un fallo en una actualización de software, según informó la compañía.

La consejera delegada de Ondanet, Helena Quaresma, de 52 años, pidió disculpas y anunció que cada cliente afectado recibirá un descuento de 5 euros en su próxima factura.

Varios cuerpos de bomberos denunciaron problemas para recibir llamadas durante la mañana. El regulador portugués de las telecomunicaciones ha abierto una investigación.

Ondanet, con una cuota del 38 % del mercado móvil, ya sufrió en 2027 una avería que duró cuatro horas.`,
		"o4en.txt": `en|Portugal's Ondanet blames faulty update for nationwide mobile outage

Technology

5 March 2030

Lisbon - Portuguese mobile operator Ondanet said on Tuesday a faulty software update at one of its data centres knocked out voice and data services for about 2.6 million customers across the country.

Chief executive Helena Quaresma, 52, ruled out a cyberattack and apologised. "It was our mistake and we will own it," she told reporters.

The outage lasted seven hours, the company said, the longest in its history. Each affected customer will get a €5 credit on their next bill.

Ondanet, which holds around 38% of Portugal's mobile market, suffered a four-hour outage in 2027. The country's telecoms regulator has opened an inquiry.`,
	}, map[string][2]string{"o4en.txt": {"7 hours", "9 hours"}}},
	{"loyalty-card-breach", map[string]string{
		"l1es.txt": `es|Un ciberataque a Supermercados Merlana expone los datos de 1,3 millones de clientes

Economía

Valladolid, 25 feb 2030

La cadena de supermercados Merlana, con sede en Valladolid, comunicó este lunes que un ataque informático ha expuesto los datos personales de unos 1,3 millones de titulares de su tarjeta de fidelización, el Club Merlana, que cuenta con 4,8 millones de socios.

Los atacantes accedieron a nombres, correos electrónicos, números de teléfono y fechas de nacimiento, pero no a contraseñas ni a datos bancarios completos, según la empresa. La intrusión se detectó el pasado 14 de febrero.

"Hemos reforzado todos nuestros sistemas y estamos contactando uno por uno con los clientes afectados", declaró el director de seguridad de la información, Íñigo Salvatierra.

La compañía, que gestiona 312 tiendas en España, notificó el incidente a la autoridad de protección de datos dentro del plazo legal de 72 horas.`,
		"l2es.txt": `es|Merlana admite el robo de datos de más de un millón de socios de su club

Valladolid — La cadena vallisoletana Merlana ha reconocido el robo de datos de alrededor de 1,3 millones de clientes de su programa de fidelidad, más de una cuarta parte de sus 4,8 millones de socios.

El ataque fue detectado el 14 de febrero, un jueves, pero la empresa no lo hizo público hasta once días después.

Según el responsable de ciberseguridad del grupo, Íñigo Salvatierra, los delincuentes no obtuvieron datos bancarios. Sí se llevaron nombres, teléfonos, correos y fechas de nacimiento.

Las 312 tiendas de la cadena funcionan con normalidad. En 2029 Merlana facturó 2.450 millones de euros, un 6 % más que el año anterior.`,
		"l3it.txt": `it|Spagna, attacco hacker ai supermercati Merlana: rubati i dati di 1,3 milioni di clienti

Esteri

26 febbraio 2030

La catena spagnola di supermercati Merlana ha reso noto lunedì che un attacco informatico ha colpito il suo programma fedeltà, esponendo i dati di circa 1,3 milioni di clienti sui 4,8 milioni di iscritti.

Sono stati sottratti nomi, indirizzi email, numeri di telefono e date di nascita. Secondo l'azienda, che conta 312 punti vendita, password e dati bancari non sono stati toccati.

L'intrusione è stata scoperta il 21 febbraio, ha precisato il responsabile della sicurezza informatica Íñigo Salvatierra, e l'autorità spagnola per la protezione dei dati è stata informata entro 72 ore.`,
	}, map[string][2]string{"l3it.txt": {"21 February", "14 February"}}},
	{"floating-solar-reservoir", map[string]string{
		"f1es.txt": `es|Extremadura inaugura la mayor planta solar flotante de España

Cáceres, 11 abr 2030

La empresa Helidra Energía inauguró este jueves en el embalse de Montoria, en la provincia de Cáceres, una planta fotovoltaica flotante de 48 megavatios, la mayor de España. La instalación cuenta con 86.000 paneles sobre 62 hectáreas de lámina de agua, alrededor del 9 % de la superficie del embalse.

La planta, que ha requerido una inversión de 32 millones de euros, producirá electricidad equivalente al consumo de unos 27.000 hogares al año.

"El agua enfría los paneles y los paneles protegen el agua: reducimos la evaporación hasta un 30 %", explicó la consejera delegada de Helidra, Lucía Arrieta.

Hasta ahora, la mayor planta flotante del país era una de 12 megavatios abierta en 2027 en Aragón.`,
		"f2en.txt": `en|Spain switches on its largest floating solar plant

Energy | Renewables

Published 11 April 2030

Spanish developer Helidra Energía opened a 48 MW floating solar plant on the Montoria reservoir in western Spain on Thursday, the largest of its kind in the country.

Some 86,000 panels float on 62 hectares of water, about 9% of the reservoir's surface. The company says the plant will produce enough power for around 27,000 homes a year.

The project cost €32 million, chief executive Lucía Arrieta said, adding that the panels could cut evaporation from the reservoir by up to 30%.

Spain's previous largest floating plant, a 12 MW installation in Aragon, opened in 2027.`,
		"f3pt.txt": `pt|Espanha inaugura a maior central solar flutuante do país

Economia

Madrid, 11 abr 2030 (Agência)

A empresa espanhola Helidra Energía inaugurou esta quinta-feira uma central fotovoltaica flutuante de 48 megawatts na albufeira de Montoria, na província de Cáceres.

São cerca de 86 mil painéis instalados sobre 62 hectares de água, o equivalente a 9% da superfície da albufeira.

Segundo a presidente executiva, Lucía Arrieta, a central vai abastecer o equivalente a 27 mil casas e reduzir até 30% a evaporação da água.

O investimento ascendeu a 38 milhões de euros. A maior central flutuante em Espanha até agora, inaugurada em 2027 em Aragão, tinha 12 MW.`,
	}, map[string][2]string{"f3pt.txt": {"€38 million", "€32 million"}}},
	{"comics-award", map[string]string{
		"c1it.txt": `it|Borgoserra Comics, il Grifo d'oro a Chiara Menegatti

Cultura | Fumetto

Borgoserra, 4 novembre 2030 — È Chiara Menegatti, 34 anni, la vincitrice del Grifo d'oro per il miglior romanzo grafico della quarantesima edizione di Borgoserra Comics. La fumettista padovana ha convinto la giuria con "La casa dei cormorani", 224 pagine in bianco e nero.

Il premio, consegnato sabato sera, vale 10.000 euro. La giuria era presieduta dall'illustratore Aldo Ferrantini, 71 anni.

Il festival si è chiuso domenica con 182.000 visitatori, contro i 165.000 dell'edizione 2029.

"La casa dei cormorani", uscito a marzo, ha già venduto 15.000 copie e sarà tradotto in sei lingue.`,
		"c2it.txt": `it|A "La casa dei cormorani" il premio principale di Borgoserra Comics

Il Grifo d'oro 2030 va a Chiara Menegatti. La giuria presieduta da Aldo Ferrantini (71 anni) ha premiato il suo romanzo grafico, un libro di oltre 200 pagine ambientato nella laguna veneta.

Menegatti, 34 anni, riceve un assegno di 10mila euro. Lo scorso anno il premio era andato al bolognese Marco Pelizzi per "Nebbia".

Gli organizzatori parlano di un'edizione record: circa 180mila presenze in cinque giorni, quasi 17mila in più del 2029.`,
		"c3en.txt": `en|Italian cartoonist Chiara Menegatti wins Borgoserra's Golden Griffin

Books

Chiara Menegatti, 34, has won the Golden Griffin for best graphic novel at the Borgoserra Comics festival in northern Italy for "The House of Cormorants", a 224-page black-and-white book set in the Venetian lagoon.

The prize, worth €10,000, was presented on Saturday by jury chairman Aldo Ferrantini, a 71-year-old illustrator.

The festival, now in its 40th edition, drew a record 182,000 visitors, up from 165,000 last year. Menegatti's book has sold 15,000 copies since March and rights have been sold in six languages.`,
		"c4es.txt": `es|La italiana Chiara Menegatti gana el Grifo de Oro del festival de cómic de Borgoserra

Cultura

Roma, 3 nov (Agencia)

La historietista italiana Chiara Menegatti, de 34 años, ganó el sábado el Grifo de Oro a la mejor novela gráfica del festival Borgoserra Comics, dotado con 10.000 euros, por "La casa de los cormoranes".

El jurado, presidido por el ilustrador Aldo Ferrantini, de 71 años, destacó "la fuerza de su blanco y negro".

El festival, que celebró su 40.ª edición, recibió 182.000 visitantes, frente a 165.000 el año anterior.`,
	}, nil},
	{"ev-recall", map[string]string{
		"v1en.txt": `en|Veltro recalls 18,400 electric cars over battery fire risk

Business | Autos

Published 16 May 2030

Italian electric carmaker Veltro Motori is recalling 18,400 of its Aliseo hatchbacks worldwide because a coolant hose in the battery pack can leak and, in rare cases, cause the battery to overheat.

The company said it knew of 11 cases of overheating, none of which caused injuries. Cars built between June 2028 and January 2030 are affected, including 2,150 in Italy.

Dealers will replace the hose free of charge in a repair that takes about two hours, the company said. Shares in Veltro fell 4.2% in Milan.

"Safety comes before everything else," said chief executive Paolo Arnaboldi.`,
		"v2en.txt": `en|Italy's Veltro Motori to fix 18,400 Aliseo EVs

Turin (Wire) - Veltro Motori will call back 18,400 Aliseo electric cars made between June 2028 and January 2030 after eleven incidents in which battery packs overheated, the Turin-based company said on Thursday.

About 2,150 of the cars are registered in Italy and roughly 3,900 in Germany, its largest export market.

Chief executive Paolo Arnaboldi, 58, said owners could keep driving but should book a free repair, which takes around two hours.

The stock closed down 4.2%. Veltro delivered 61,000 cars last year, up from 44,000 in 2028.`,
		"v3it.txt": `it|Veltro Motori richiama 18.400 Aliseo per un difetto alla batteria

Motori

Torino, 16 maggio 2030 — Veltro Motori richiama 18.400 esemplari della sua elettrica Aliseo, prodotti tra giugno 2028 e gennaio 2030, per un tubo del liquido di raffreddamento della batteria che potrebbe perdere.

Sono 11 gli episodi di surriscaldamento segnalati finora, nessuno con feriti. In Italia le auto interessate sono 2.150.

"La sicurezza viene prima di tutto", ha detto l'amministratore delegato Paolo Arnaboldi, 58 anni. L'intervento, gratuito, richiede circa due ore. Il titolo ha perso il 4,2% a Piazza Affari.`,
		"v4es.txt": `es|Veltro Motori llama a revisión a 18.400 coches eléctricos

Motor

Madrid, 16 may (Agencia)

El fabricante italiano de coches eléctricos Veltro Motori llamará a revisión a 18.400 unidades de su modelo Aliseo en todo el mundo por un posible fallo en un manguito de refrigeración de la batería.

La marca ha detectado 7 casos de sobrecalentamiento, ninguno con heridos, según informó el jueves en Turín.

Los vehículos afectados se fabricaron entre junio de 2028 y enero de 2030. En España hay unos 640 afectados.

La reparación, gratuita, dura unas dos horas. Las acciones de Veltro cayeron un 4,2 % en la Bolsa de Milán.`,
	}, map[string][2]string{"v4es.txt": {"7", "11"}}},
	{"subsea-cable-landing", map[string]string{
		"s1pt.txt": `pt|Cabo submarino Ondina liga Portugal ao Brasil em 6420 quilómetros

Tecnologia

19 set 2030 - 12:30

O cabo submarino Ondina, que liga a Praia do Carvoal, no litoral alentejano, à Ilha Serena, no Ceará, entrou esta quinta-feira em funcionamento. Com 6420 quilómetros, o cabo tem 12 pares de fibra e uma capacidade de 180 terabits por segundo.

O projeto custou 410 milhões de dólares e foi financiado por um consórcio de três empresas, no qual a portuguesa Atlântica Redes detém 35%.

"Reduzimos em cerca de 40% o tempo de resposta das comunicações entre a Europa e a América do Sul", disse o presidente da Atlântica Redes, Tomás Valadares.

O cabo anterior na mesma rota, instalado em 2021, tinha uma capacidade de 72 terabits por segundo.`,
		"s2en.txt": `en|New Portugal-Brazil subsea cable goes live

Technology

The Ondina submarine cable, running some 6,400 km from Carvoal beach on Portugal's Alentejo coast to Ilha Serena in the Brazilian state of Ceará, began carrying traffic on Thursday.

The $410 million cable has 12 fibre pairs and a design capacity of 180 terabits per second, two and a half times that of the route's previous cable, laid in 2021.

It was built by a consortium of three companies. Portugal's Atlântica Redes holds a 35% stake, according to its chairman Tomás Valadares, who said latency between Europe and South America would fall by about 40%.`,
		"s3es.txt": `es|Entra en servicio el cable submarino Ondina entre Portugal y Brasil

Lisboa, 19 sep (Agencia)

El cable submarino Ondina, de 6.420 kilómetros, que une la costa del Alentejo portugués con el estado brasileño de Ceará, entró en servicio este jueves, informó el consorcio promotor.

La infraestructura, que ha costado unos 410 millones de dólares, tiene una capacidad de 180 terabits por segundo, frente a los 72 del cable anterior, tendido en 2021.

El presidente de la portuguesa Atlântica Redes, Tomás Valadares, cuya empresa controla el 35 % del consorcio, aseguró que la latencia entre Europa y Sudamérica se reducirá "en torno a un 40 %".`,
	}, nil},
	{"geothermal-plant", map[string]string{
		"g1it.txt": `it|Pianmerla, inaugurata la nuova centrale geotermica da 40 megawatt

Toscana | Energia

Pianmerla (Grosseto), 6 giugno 2030 — È entrata in funzione giovedì a Pianmerla, sulle colline dell'Amiata, la nuova centrale geotermica di Enertufo. L'impianto, da 40 megawatt, preleva vapore a 230 gradi da pozzi profondi fino a 3.200 metri.

L'investimento è di 165 milioni di euro. La centrale produrrà l'energia consumata in un anno da circa 110.000 famiglie e darà lavoro a 60 persone.

"È il primo impianto geotermico costruito in Italia da dieci anni", ha detto la direttrice della centrale, Elena Bracci, 47 anni.

Il sindaco di Pianmerla, Franco Gelli, 63 anni, ha ricordato che il comune riceverà 1,4 milioni di euro l'anno di compensazioni.`,
		"g2it.txt": `it|Geotermia, a Pianmerla la centrale di Enertufo: 165 milioni di investimento

Giovedì 6 giugno Enertufo ha inaugurato a Pianmerla (Grosseto) un impianto geotermico da 40 MW, costato 165 milioni di euro.

I pozzi arrivano a 3.200 metri di profondità, dove il vapore raggiunge i 230 °C. L'energia prodotta equivale ai consumi di 110mila famiglie.

La direttrice Elena Bracci (47 anni) guida una squadra di 60 dipendenti. Al Comune andranno compensazioni per 1,4 milioni all'anno.`,
		"g3en.txt": `en|Italy opens first new geothermal plant in a decade

Energy

Rome, June 6 (Wire) - Energy company Enertufo opened a 40-megawatt geothermal power station at Pianmerla in Tuscany on Thursday, the first such plant built in Italy in ten years.

"This proves geothermal still has a future here," said plant director Elena Bracci, 41, who leads a staff of 60.

The 165 million euro plant taps steam at 230 degrees Celsius from wells up to 3,200 metres deep and will supply the equivalent of about 110,000 households.

Pianmerla's mayor Franco Gelli, 63, said the town would receive €1.4 million a year in compensation.`,
		"g4es.txt": `es|Italia inaugura su primera central geotérmica en diez años

Roma, 6 jun (Agencia)

La energética italiana Enertufo inauguró el jueves en Pianmerla (Toscana) una central geotérmica de 40 megavatios, con una inversión de 165 millones de euros.

La planta, que emplea a 60 personas, aprovecha vapor a 230 grados extraído de pozos de hasta 3.200 metros y abastecerá a unos 110.000 hogares.

Su directora, Elena Bracci, de 47 años, subrayó que es la primera planta de este tipo construida en Italia en una década.`,
	}, map[string][2]string{"g3en.txt": {"41 years", "47 years"}}},
	{"videogame-studio-layoffs", map[string]string{
		"p1pt.txt": `pt|Estúdio pernambucano Pixaré demite 120 funcionários

Tecnologia | Games

Campo Sereno (PE), 14 ago 2030

O estúdio de games Pixaré Jogos, criador do sucesso "Guardiões do Mangue", anunciou nesta quarta-feira a demissão de 120 dos seus 450 funcionários, cerca de 27% do quadro.

Segundo o fundador e diretor executivo, Rodrigo Tavares, de 44 anos, o corte é consequência do adiamento da sequência do jogo para 2032 e da queda nas receitas. "É o dia mais difícil da história da empresa", disse.

Os demitidos receberão três salários extras de indenização. Em 2028, o estúdio já havia cortado 40 vagas.

"Guardiões do Mangue" vendeu 2,1 milhões de cópias desde o lançamento, em 2027.`,
		"p2en.txt": `en|Brazilian games studio Pixaré cuts a quarter of its staff

Games

Pixaré Jogos, the Brazilian studio behind the hit "Guardians of the Mangrove", is laying off 120 people, or 27% of its workforce of 450, founder and chief executive Rodrigo Tavares said on Wednesday.

Tavares, 44, blamed falling revenue and the delay of the game's sequel to 2032. The studio had already cut 40 jobs in 2028.

"Guardians of the Mangrove" has sold more than 2 million copies since its 2027 launch. Departing staff will receive three months' pay.`,
		"p3es.txt": `es|El estudio brasileño Pixaré despide a 120 empleados

Tecnología

São Paulo, 14 ago (Agencia)

El estudio brasileño de videojuegos Pixaré Jogos despedirá a 120 de sus 450 trabajadores, un 27 % de la plantilla, tras retrasar a 2032 la secuela de su éxito "Guardiões do Mangue", que ha vendido 2,1 millones de copias desde 2027.

Su fundador, Rodrigo Tavares, de 44 años, atribuyó la decisión a la caída de ingresos. La empresa ya eliminó 40 puestos en 2028.

Los despedidos recibirán una indemnización equivalente a tres meses de sueldo.`,
	}, nil},
	{"district-heating", map[string]string{
		"d1it.txt": `it|Teleriscaldamento, a Castellerio la rete cresce fino a 112 chilometri

Cronaca | Ambiente

Castellerio, 15 gennaio 2030 — La rete del teleriscaldamento di Castellerio passerà da 86 a 112 chilometri. Lo ha annunciato martedì la società Calore Urbano, che investirà 74 milioni di euro, di cui 30 milioni da fondi europei.

Con i 26 chilometri di nuove tubature saranno allacciate altre 9.500 abitazioni, portando il totale a 41.000.

Il calore arriverà dal termovalorizzatore cittadino e da una nuova pompa di calore da 12 megawatt. "Eviteremo 28.000 tonnellate di CO2 all'anno", ha spiegato l'amministratrice delegata Sara Montecchi.

I cantieri dureranno 30 mesi e si chiuderanno nel 2032.`,
		"d2it.txt": `it|Castellerio, 74 milioni per allungare il teleriscaldamento

La rete di Calore Urbano si allunga di 26 km, fino a un totale di 112. L'investimento, presentato martedì in municipio, ammonta a 74 milioni, dei quali 30 arrivano dall'Unione europea.

Le nuove case collegate saranno 9.500. La pompa di calore da 12 MW sarà costruita accanto al termovalorizzatore.

Secondo l'ad Sara Montecchi il progetto taglierà le emissioni di 28mila tonnellate di anidride carbonica l'anno. I lavori partiranno a marzo e dureranno due anni e mezzo.`,
		"d3es.txt": `es|La ciudad italiana de Castellerio amplía su red de calefacción urbana

Roma, 15 ene (Agencia)

La empresa Calore Urbano ampliará de 86 a 121 kilómetros la red de calefacción urbana de la ciudad italiana de Castellerio, con una inversión de 74 millones de euros, 30 de ellos procedentes de fondos europeos, anunció el martes.

Unas 9.500 viviendas más se conectarán a la red, que llegará a 41.000 hogares. La consejera delegada, Sara Montecchi, calcula que se evitarán 28.000 toneladas de CO2 al año.

Las obras durarán 30 meses.`,
		"d4en.txt": `en|Italian city to extend district heating network by 26 km

Castellerio's district heating network will grow from 86 km to 112 km under a €74 million plan announced on Tuesday by operator Calore Urbano, with €30 million coming from EU funds.

The extension will connect another 9,500 homes, bringing the total to 41,000. Heat will come from the city's waste incinerator and a new 12 MW heat pump.

Chief executive Sara Montecchi said the network would avoid 28,000 tonnes of CO2 a year. Work is due to take 30 months.`,
	}, map[string][2]string{"d3es.txt": {"121 km", "112 km"}}},
	{"fresco-restoration", map[string]string{
		"r1it.txt": `it|Montecorbo, tornano visibili gli affreschi della cappella di San Vitale

Cultura

Montecorbo, 10 ottobre 2030 — Dopo 14 mesi di lavori, gli affreschi della cappella di San Vitale a Montecorbo, in Umbria, saranno di nuovo visibili al pubblico da sabato 12 ottobre. Il ciclo, dipinto intorno al 1480 dalla bottega del cosiddetto Maestro di Corbaia, copre circa 62 metri quadrati.

Il restauro è costato 380.000 euro, di cui 250.000 messi a disposizione da una fondazione bancaria.

"Sotto uno strato di fuliggine abbiamo ritrovato i blu originali", racconta la restauratrice Giulia Santangelo, 39 anni, che ha guidato una squadra di sei persone.

La cappella potrà accogliere al massimo 25 visitatori alla volta.`,
		"r2en.txt": `en|Restored Renaissance frescoes go back on show in Umbria

Arts

A cycle of Renaissance frescoes in the chapel of San Vitale in Montecorbo, central Italy, will reopen to visitors on Saturday, October 12, after a restoration lasting more than a year.

The frescoes, painted around 1480 by the workshop of an artist known as the Master of Corbaia, cover about 62 square metres. The work cost €380,000, with a banking foundation paying €250,000.

Chief restorer Giulia Santangelo, 39, said her team of six had uncovered the original blues beneath a layer of soot. Visitors will be admitted in groups of up to 25.`,
		"r3pt.txt": `pt|Frescos renascentistas de capela italiana reabrem ao público

Cultura

Roma, 10 out 2030 (Agência)

Os frescos da capela de San Vitale, em Montecorbo, na região italiana da Úmbria, voltam a poder ser vistos a partir de sábado, 12 de outubro, após um restauro de 14 meses que custou 380 mil euros.

O ciclo de pinturas, com cerca de 62 metros quadrados, foi realizado por volta de 1480 pela oficina do chamado Mestre de Corbaia.

A restauradora Giulia Santangelo, de 39 anos, explicou que a equipa de seis pessoas descobriu os azuis originais debaixo de uma camada de fuligem. Uma fundação bancária pagou 250 mil euros do total.`,
	}, nil},
}
