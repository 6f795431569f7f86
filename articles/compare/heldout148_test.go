package compare

// heldOutOberwind is a blind held-out set of ten events written without
// reading the extraction or the matching, in Spanish, Italian, Portuguese
// and English: runaway freight wagons in an Italian valley, a fire at an
// old ceramics workshop in Spain, a red deer cull in Extremadura, a longer
// octopus closed season in northern Portugal, Portugal's shrinking
// volunteer fire crews, Brazil's soy crop forecast, a cut to Piedmont's
// provincial road fund, a Roman cistern found under a Spanish car park
// dig, a boxing European title fight in Portugal and a tyre dump fire in
// the Alentejo.
//
// Six contradictions are planted, one in each of six events, all outside
// the first paragraph: a distance (the English wire gives 18 km for the
// wagons' 14 km run), a percentage (the Portuguese report has the deer
// cut at 28% for 22%), a duration (the Spanish report has the octopus
// ban at 10 weeks for 8), an amount (the Montalba paper gives the province
// €5.3 million for €6.3 million, in the majority language), a weekday (the
// Italian report has the cistern found on Tuesday for Wednesday) and an
// age (the Italian report makes the boxer 23 for 22). Four events hold
// none. The traps: rounding and hedges ("oltre 400 tonnellate" for 420,
// "más de 2.000 piezas" for 2,300, "cerca de 2900" for 2,870, "nearly
// 172 million tonnes", "circa 7.000" for 6,800, "casi 300.000 litros" for
// 290,000), previous values (9,800 deer in 2024, 7.7 million last year,
// six weeks last year, 3,280 volunteers in 2026, 164.7 million tonnes),
// parts and totals (1,600 deer a season of 3,200, 26 residents of eight
// homes, 46.3 of 171.6 million tonnes, 24 wins and one loss in 25 fights),
// derived figures (1.4 million less, two weeks more, "dois meses", "quase
// um quinto", 144 years since 1887), units (50 mph, 20ft, 19 miles),
// background years (2019 wagons, 2027 fund peak, 2028 fine), several ages
// in one event, a dream "since I was twelve", and judges' scores.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and
// 1 false disagreement (within the table's limit of one, so the max stays
// 1). It missed the wagons' distance (ob3en's 18 km against 14 km: the
// English "travelled 18 km" stood alone, not beside the Italian "lungo 14
// km") and the province's money (ob21it's €5.3 million against €6.3
// million: "arriveranno 5,3 milioni" and the English "get €6.3 million"
// were left in facts of their own). The false one is a count in the
// wagons event, "vagoni": ob2it's "Sette vagoni" against ob3en's "three
// wagons", the three that rolled on the same line in 2019, a background
// figure of another year. No value in wrong was respelled.
var heldOutOberwind = []heldOutEvent{
	{"runaway-freight-wagons", map[string]string{
		"ob1it.txt": `it|Vagoni in fuga per 14 chilometri in Val Brenzona, nessun ferito

Cronaca | Lombardia

Sorvico, 11 novembre 2031 - ore 12:40

Sette carri merci carichi di ghiaia si sono staccati nella notte tra lunedì e martedì da un binario di sosta della stazione di Castelvetto e hanno percorso senza controllo 14 chilometri lungo la linea della Val Brenzona, attraversando tre passaggi a livello, prima di essere fermati da un deviatoio di sicurezza alle porte di Sorvico. Non ci sono feriti.

Secondo i primi accertamenti i vagoni, con un carico complessivo di 420 tonnellate, hanno raggiunto una velocità di circa 80 chilometri orari. L'allarme è scattato poco dopo le 2.15, quando il sistema di controllo della rete ha segnalato un convoglio non previsto sulla tratta.

«Abbiamo avuto molta fortuna: a quell'ora sulle strade non passava quasi nessuno», ha detto la sindaca di Sorvico, Lucia Bernasconi, 47 anni. Un automobilista di 63 anni, fermo al passaggio a livello di Prada, ha raccontato di aver visto «una fila di vagoni al buio, senza luci e senza locomotiva».

La linea resterà chiusa per almeno 10 giorni. Il gestore, FerrAlpi Nord, stima i danni all'infrastruttura in circa 1,2 milioni di euro. La procura ha aperto un fascicolo per disastro ferroviario colposo.

Già nel 2019 sulla stessa linea tre carri si erano mossi da soli, fermandosi dopo due chilometri.`,
		"ob2it.txt": `it|Treno fantasma nella notte: sette carri merci scendono a valle da soli

Valbrenzona Oggi

Martedì 11 novembre 2031

Paura nella notte in Val Brenzona. Sette vagoni carichi di ghiaia, oltre 400 tonnellate in tutto, sono scesi senza locomotiva da Castelvetto fino alle porte di Sorvico, dove un deviatoio di sicurezza li ha fatti uscire dai binari poco prima delle 2.30.

I carri erano stati lasciati lunedì sera su un binario di sosta in attesa del ritiro. Per cause ancora da chiarire i freni non hanno tenuto e il convoglio ha preso velocità lungo la pendenza, arrivando a sfiorare gli 80 km/h. In 14 km ha attraversato tre passaggi a livello, tutti con le sbarre alzate.

La sindaca Lucia Bernasconi (47) è arrivata sul posto con i vigili del fuoco. «Poteva essere una tragedia», ha detto. Nessuno è rimasto ferito.

FerrAlpi Nord parla di danni per circa 1,2 milioni di euro e prevede di riaprire la linea non prima di dieci giorni. Sulla vicenda indaga la procura.

Leggi anche: Val Brenzona, la ferrovia compie cent'anni`,
		"ob3en.txt": `en|Runaway freight wagons roll through Italian valley in the dark

ROME, Nov 11 (Newswire) - Seven freight wagons loaded with gravel broke away from a siding in northern Italy early on Tuesday and rolled downhill without a locomotive before being derailed by a safety switch, the rail operator said. No one was hurt.

The wagons, carrying a combined 420 tonnes, left Castelvetto station in the Brenzona valley shortly after 2 a.m. and travelled 18 km, crossing three level crossings at speeds of up to about 80 km/h (50 mph).

"We were very lucky, at that time of night there was almost no traffic," Sorvico mayor Lucia Bernasconi told local media.

Operator FerrAlpi Nord put the damage to the track at around 1.2 million euros and said the line would stay closed for at least 10 days. Prosecutors have opened an investigation.

In 2019 three wagons rolled about 2 km on the same line before stopping.`,
	}, map[string][2]string{"ob3en.txt": {"18 km", "14 km"}}},
	{"ceramics-workshop-fire", map[string]string{
		"ob4es.txt": `es|Un incendio arrasa el taller de cerámica más antiguo de Alcoreja de la Sierra

Castilla-La Mancha | Sucesos

Alcoreja de la Sierra (Toledo), 17 de octubre de 2031

Un incendio declarado la noche del jueves destruyó buena parte del taller de Cerámicas Hermanos Villalta, fundado en 1887 y considerado el más antiguo de la localidad. Las llamas calcinaron unas 2.300 piezas, entre ellas 400 azulejos del siglo XVIII que formaban parte de la colección de la familia.

En la extinción participaron 35 bomberos con nueve dotaciones, que tardaron seis horas en dar por controlado el fuego. Veintiséis vecinos de ocho viviendas colindantes fueron desalojados de forma preventiva y pudieron regresar a sus casas de madrugada.

«Se ha perdido el trabajo de cuatro generaciones», lamentó el propietario, Julián Villalta, de 68 años. Su hija Marta, de 41, que dirige la tienda, calcula las pérdidas en torno a 1,5 millones de euros.

La Guardia Civil investiga las causas, aunque todo apunta a un cortocircuito en uno de los hornos eléctricos. El taller da empleo a 12 personas.`,
		"ob5es.txt": `es|Alcoreja llora su alfarería: el fuego devora el taller de los Villalta

La Voz de la Sierra · Local

Viernes, 17 de octubre

Más de 2.000 piezas de cerámica y una colección de azulejos históricos quedaron reducidas a cenizas en el incendio que la noche del jueves afectó al taller de los Villalta, en la calle Alfareros. Fuentes municipales estiman los daños en «más de un millón y medio de euros».

El fuego se originó hacia las 22.30 horas en la zona de hornos y se extendió rápidamente por la nave de secado. Los bomberos del consorcio provincial, con 35 efectivos, lo dieron por controlado pasadas las 4.30 de la madrugada.

Julián Villalta, de 68 años, cuarta generación de alfareros, no pudo contener las lágrimas. «Mi bisabuelo abrió este taller hace 144 años», recordó. La empresa, con una docena de trabajadores, confía en reabrir en primavera.

El alcalde, Fernando Ruiz, ha ofrecido una nave municipal para que la plantilla pueda seguir trabajando.`,
		"ob6en.txt": `en|Fire destroys 144-year-old pottery workshop in Toledo province

Spain | Local news

A fire on Thursday night gutted the Villalta Brothers ceramics workshop in Alcoreja de la Sierra, a family business founded in 1887, destroying nearly 2,300 pieces including 400 eighteenth-century tiles.

Thirty-five firefighters spent six hours bringing the blaze under control. As a precaution, 26 residents were evacuated from eight neighbouring homes; they were allowed back before dawn.

Owner Julián Villalta, 68, said the work of "four generations" had been lost. His daughter Marta, 41, who runs the shop, put the losses at about €1.5m.

Investigators believe a short circuit in an electric kiln caused the fire. The workshop employs 12 people.

Related: Toledo's tile makers look to export markets`,
	}, nil},
	{"red-deer-cull-plan", map[string]string{
		"ob7es.txt": `es|La Junta aprueba abatir 3.200 ciervos en la Sierra de Alcorán en dos temporadas

Extremadura | Medio ambiente

Mérida, 23 de septiembre de 2031

El Consejo de Gobierno de la Junta de Extremadura aprobó este martes un plan de control que permitirá abatir 3.200 ciervos en el Parque Natural de la Sierra de Alcorán durante las dos próximas temporadas de caza, con el objetivo de reducir la población un 22 %.

Según el último censo, en el parque viven unos 14.500 ciervos, frente a los 9.800 contabilizados en 2024. La densidad alcanza los 38 ejemplares por kilómetro cuadrado, más del doble de los 15 que los técnicos consideran sostenibles.

«No se trata de una cacería, sino de devolver el equilibrio al monte», defendió la consejera de Gestión Forestal y Medio Ambiente, Rosario Tejedor. Los agricultores de la zona cifran los daños en cultivos y cercados en 2,4 millones de euros al año.

Las batidas se concentrarán entre octubre y febrero. La carne se destinará en parte a bancos de alimentos.`,
		"ob8en.txt": `en|Spanish region to cull 3,200 red deer as numbers soar near Portuguese border

MADRID (Newswire) - The regional government of Extremadura on Tuesday approved a plan to shoot 3,200 red deer over the next two hunting seasons in the Sierra de Alcorán natural park, which borders Portugal, saying the population had grown out of control.

The cull, of about 1,600 animals a season, is meant to cut the herd by 22%. The park now holds some 14,500 deer, up from 9,800 in 2024, according to the latest count.

Regional environment chief Rosario Tejedor said density had reached 38 deer per square kilometre, against 15 considered sustainable. Farmers say the animals cause 2.4 million euros of damage a year to crops and fences.

Animal welfare groups called the plan "a massacre dressed up as management" and said they would challenge it in court.`,
		"ob9pt.txt": `pt|Espanha vai abater 3200 veados junto à fronteira alentejana

Ambiente

Badajoz, 23 set 2031 (Agência)

O governo regional da Estremadura espanhola aprovou na terça-feira um plano para abater 3200 veados no Parque Natural da Sierra de Alcorán, que faz fronteira com o distrito de Portalegre, ao longo das duas próximas épocas de caça.

Segundo o último censo, vivem no parque cerca de 14.500 veados, quando em 2024 eram 9800. Com o abate, as autoridades espanholas pretendem reduzir a população em 28%.

A responsável regional pelo Ambiente, Rosario Tejedor, explicou que a densidade chegou aos 38 animais por quilómetro quadrado, mais do dobro do considerado sustentável.

Do lado português, o presidente da Associação de Agricultores do Nordeste Alentejano, Joaquim Serrão, pediu medidas semelhantes: «Os veados não conhecem fronteiras.»`,
	}, map[string][2]string{"ob9pt.txt": {"28%", "22%"}}},
	{"octopus-closed-season", map[string]string{
		"ob10pt.txt": `pt|Defeso do polvo no Norte alarga-se para oito semanas

Economia | Pescas

Viana do Castelo, 9 mai 2031

A captura de polvo entre Caminha e a Figueira da Foz vai estar proibida durante oito semanas a partir de 15 de maio, mais duas do que no ano passado, anunciou esta sexta-feira a secretária de Estado das Pescas, Inês Cardoso.

A medida surge depois de as capturas terem caído 31% em 2030, para 1240 toneladas, o valor mais baixo da última década. «Sem polvo não há pescadores. Temos de dar tempo ao recurso para recuperar», afirmou a governante.

O defeso abrange 640 embarcações, que vão receber compensações num total de 2,1 milhões de euros, cerca de 3300 euros por barco.

Manuel Sequeira, 59 anos, presidente da Associação de Armadores da Pesca Local do Minho, considera o apoio «insuficiente»: «Oito semanas sem trabalhar custam muito mais do que isso.»`,
		"ob11pt.txt": `pt|Pescadores da Praia de Lavradas contestam paragem de dois meses na pesca do polvo

Região

Há 2 horas

Os pescadores da Praia de Lavradas vão ficar oito semanas sem poder apanhar polvo, entre 15 de maio e 10 de julho, e dizem que os 2,1 milhões de euros prometidos pelo Governo não chegam.

Na lota local, o polvo representa quase metade da faturação anual. Em 2030 foram descarregadas apenas 1.240 toneladas em todo o Norte, menos 31% do que no ano anterior.

«Cada barco vai receber pouco mais de três mil euros», queixa-se Manuel Sequeira, 59 anos, que preside à associação de armadores da região. O pescador Rui Gonçalo, 34 anos, diz que vai tentar trabalhar na construção civil durante o defeso.

O Governo lembra que no ano passado a paragem foi de seis semanas e que a Galiza aplica uma proibição semelhante.`,
		"ob12es.txt": `es|Portugal amplía la veda del pulpo en su costa norte

Galicia | Mar

Vigo, 10 de mayo de 2031

El Gobierno portugués ha decidido prohibir la captura de pulpo en su litoral norte, entre Caminha y Figueira da Foz, a partir del 15 de mayo, una medida que el sector gallego sigue de cerca por su posible efecto en los precios de la lonja.

La secretaria de Estado de Pesca lusa, Inês Cardoso, justificó la decisión por la caída del 31 % de las capturas el año pasado, hasta 1.240 toneladas. La veda durará 10 semanas, frente a las seis de 2030.

Afectará a 640 embarcaciones, que recibirán ayudas por 2,1 millones de euros en total.

En Galicia, la veda del pulpo se aplica desde hace años en los meses de verano, con una duración que varía según la zona.`,
	}, map[string][2]string{"ob12es.txt": {"10 weeks", "8 weeks"}}},
	{"volunteer-firefighter-shortage", map[string]string{
		"ob13pt.txt": `pt|Corporações de bombeiros do distrito perderam 410 voluntários em cinco anos

Sociedade | Castelo Alvo

17 jul 2031, 08:45

As 22 corporações de bombeiros voluntários do distrito de Castelo Alvo contam hoje com 2870 voluntários, menos 410 do que em 2026, revela um relatório da Federação Distrital de Bombeiros divulgado esta quinta-feira. A quebra é de 12,5%.

Segundo o documento, 14 das 22 corporações já não conseguem garantir equipas completas no turno da noite. A idade média dos voluntários subiu de 38 para 44 anos.

«Estamos a chegar a um ponto de rutura, sobretudo no interior», alertou o presidente da federação, Armando Pires, de 61 anos.

A federação pede ao Governo que aumente o subsídio mensal aos voluntários em serviço para 150 euros e que conte o tempo de voluntariado para a reforma.`,
		"ob14pt.txt": `pt|Comandante de Ribeira da Mó: «À noite, às vezes somos só dois»

Rádio Alvo | Região

Quinta-feira, 17 de julho

Sónia Marques tem 37 anos e comanda há três os Bombeiros Voluntários de Ribeira da Mó. Na sua corporação, como em quase dois terços das do distrito, há noites em que não consegue juntar uma equipa completa.

O relatório da Federação Distrital, hoje apresentado, mostra que o distrito de Castelo Alvo tem cerca de 2900 bombeiros voluntários, quando há cinco anos eram 3280. São mais de 400 voluntários a menos.

«Os jovens vão estudar para fora e não voltam», explica a comandante. Em Ribeira da Mó, o voluntário mais novo tem 19 anos e o mais velho 66.

O presidente da federação, Armando Pires, defende um subsídio de 150 euros por mês e benefícios na reforma para quem dá anos ao voluntariado.`,
		"ob15en.txt": `en|Portugal's volunteer fire crews shrink as young people leave the interior

LISBON - Volunteer fire brigades in Portugal's inland district of Castelo Alvo have lost 410 members in five years, a fall of 12.5%, leaving many unable to staff night shifts in the middle of the summer fire season, a report showed on Thursday.

The district's 22 brigades now count 2,870 volunteers, down from 3,280 in 2026. Fourteen of them cannot guarantee a full crew at night, according to the district firefighters' federation, whose chairman, Armando Pires, 61, warned of "a breaking point".

The volunteers' average age has risen to 44 from 38. Nationwide, volunteers make up the bulk of Portugal's roughly 30,000 firefighters.

The federation wants a monthly allowance of €150 for active volunteers.`,
	}, nil},
	{"soy-harvest-forecast", map[string]string{
		"ob16pt.txt": `pt|Safra de soja deve bater recorde de 171,6 milhões de toneladas

Agronegócio

Brasília, 16/10/2031

A Agência Nacional de Safras (ANS) estimou nesta quinta-feira que o Brasil colherá 171,6 milhões de toneladas de soja na safra 2031/32, um recorde e alta de 4,2% em relação aos 164,7 milhões de toneladas da temporada anterior.

A área plantada deve chegar a 47,9 milhões de hectares, 2,1% mais do que no ciclo passado. Mato Grosso segue como maior produtor, com 46,3 milhões de toneladas previstas.

"O clima ajudou no início do plantio, mas o atraso das chuvas no Paraná ainda preocupa", disse o diretor de Informações Agropecuárias da ANS, Paulo Henrique Lacerda.

As exportações devem somar 109 milhões de toneladas.`,
		"ob17pt.txt": `pt|Mato Grosso deve colher 46,3 milhões de toneladas de soja, aponta ANS

Cuiabá | Campo

16 de outubro de 2031

Mato Grosso deve responder por mais de um quarto da soja brasileira na safra 2031/32. A estimativa divulgada hoje pela Agência Nacional de Safras (ANS) prevê 46,3 milhões de toneladas no estado, dentro de uma produção nacional recorde de 171,6 milhões.

Em Nova Aurora do Norte, maior município produtor do estado, o plantio já passa de 60% da área, segundo o sindicato rural local.

O presidente do sindicato, Valdir Kuhn, de 55 anos, diz que o produtor está otimista, mas preocupado com o custo dos fertilizantes, que subiu cerca de 18% em um ano.`,
		"ob18en.txt": `en|Brazil sees record soy crop of nearly 172 million tonnes

BRASILIA, Oct 16 (Newswire) - Brazil's soybean harvest is set to reach a record 171.6 million tonnes in the 2031/32 season, up 4.2% from the previous crop, national crop agency ANS said on Thursday.

Planted area is expected to grow 2.1% to 47.9 million hectares. Top producing state Mato Grosso is forecast to harvest 46.3 million tonnes.

Soy exports are seen at 109 million tonnes, the agency said. ANS director Paulo Henrique Lacerda said late rains in Parana state remained a concern.

Last season Brazil harvested 164.7 million tonnes of soybeans.`,
		"ob19es.txt": `es|Brasil prevé una cosecha récord de soja de 171,6 millones de toneladas

Agro | Mercados

São Paulo, 16 oct (Agencia)

La Agencia Nacional de Cosechas de Brasil (ANS) elevó este jueves a 171,6 millones de toneladas su previsión para la cosecha de soja 2031/32, lo que supondría un nuevo récord y un aumento del 4,2 % respecto a la campaña anterior.

La superficie sembrada rondará los 48 millones de hectáreas. Las exportaciones alcanzarían los 109 millones de toneladas, de las que China compraría alrededor del 70 %.

El aumento de la oferta brasileña llega en un momento de precios bajos en la bolsa de Chicago, donde la soja cotiza en torno a 10,4 dólares por bushel.`,
	}, nil},
	{"provincial-roads-fund-cut", map[string]string{
		"ob20it.txt": `it|Strade provinciali, la Regione taglia il fondo del 18%

Politica | Piemonte

Torino, 11 febbraio 2031

Il Consiglio regionale ha approvato martedì con 27 voti favorevoli e 19 contrari il bilancio di previsione, che riduce del 18% il fondo per la manutenzione delle strade provinciali: da 50 a 41 milioni di euro.

Alla Provincia di Montalba andranno 6,3 milioni, contro i 7,7 milioni dello scorso anno. «Con queste risorse non riusciamo neppure a tappare le buche», ha commentato il presidente della Provincia, Giorgio Ferraris.

L'assessora regionale alle Infrastrutture, Chiara Molinari, ha difeso la scelta: «Il taglio è temporaneo e nel 2032 il fondo tornerà a crescere».

Nel 2027 il fondo aveva raggiunto il massimo storico di 55 milioni.`,
		"ob21it.txt": `it|Montalba perde 1,4 milioni per le strade. Ferraris: «Ponti a rischio»

La Gazzetta di Montalba

Mercoledì 12 febbraio 2031

Meno soldi per asfalto, guard-rail e ponti. Con il bilancio approvato ieri in Consiglio regionale, il fondo per le strade provinciali scende a 41 milioni di euro, quasi un quinto in meno rispetto ai 50 dell'anno scorso.

Per la Provincia di Montalba, che gestisce 1.150 chilometri di strade e 37 ponti da sottoporre a verifiche, il taglio pesa 1,4 milioni: quest'anno arriveranno 5,3 milioni di euro.

«Dovremo scegliere quali cantieri fermare», ha detto il presidente Giorgio Ferraris, 58 anni. Tra le opere a rischio c'è il rifacimento del ponte sul torrente Lirone, chiuso ai mezzi pesanti da ottobre.

L'opposizione in Consiglio regionale ha votato compatta contro il bilancio.`,
		"ob22en.txt": `en|Piedmont cuts provincial road fund by 18% in budget vote

TURIN (Newswire) - Piedmont's regional council on Tuesday approved a budget that cuts funding for the upkeep of provincial roads by 18% to €41 million, from €50 million last year, in a 27-19 vote.

The mountainous province of Montalba, which maintains about 1,150 km of roads, will get €6.3 million, down from €7.7 million. Provincial president Giorgio Ferraris said the money would "not even cover the potholes".

Regional infrastructure councillor Chiara Molinari said the cut was temporary.

The fund peaked at €55 million in 2027.`,
	}, map[string][2]string{"ob21it.txt": {"€5.3 million", "€6.3 million"}}},
	{"roman-cistern-found", map[string]string{
		"ob23es.txt": `es|Las obras de un aparcamiento sacan a la luz una cisterna romana en Almoraz del Campo

Cultura | Patrimonio

Almoraz del Campo, 21 de marzo de 2031

Los trabajos de excavación para construir un aparcamiento subterráneo en la plaza de San Lorenzo de Almoraz del Campo han dejado al descubierto una cisterna romana del siglo II después de Cristo, según anunció este viernes el Ayuntamiento.

El hallazgo se produjo el miércoles, cuando una excavadora tocó la bóveda de la estructura. La cisterna mide 11,5 metros de largo, 4,2 de ancho y unos 6 de profundidad, y podía almacenar cerca de 290.000 litros de agua.

«Es una pieza excepcional por su estado de conservación; conserva incluso el revestimiento impermeable original», explicó la arqueóloga municipal, Elena Castro Pardo, de 52 años.

Las obras del aparcamiento, de 180 plazas y un presupuesto de 3,4 millones de euros, quedan paralizadas. El alcalde, Tomás Redondo, calcula un retraso de al menos seis meses.`,
		"ob24es.txt": `es|Una cisterna de 1.900 años bajo la plaza de San Lorenzo

El Periódico del Campo · Almoraz

Sábado, 22 de marzo de 2031

Nadie en Almoraz sabía que bajo la plaza de San Lorenzo se escondía un depósito capaz de guardar casi 300.000 litros de agua. La cisterna, de época romana, apareció el pasado miércoles durante las obras del nuevo aparcamiento.

Los arqueólogos la datan en el siglo II. Tiene planta rectangular, de 11,5 por 4,2 metros, y una bóveda de hormigón romano que se conserva casi intacta.

El alcalde, Tomás Redondo, de 60 años, asegura que el aparcamiento «se hará, pero adaptado al patrimonio». La obra, adjudicada por 3,4 millones, debía terminar en diciembre.

La Junta ha enviado a dos técnicos de Patrimonio, que visitarán el lugar el lunes.`,
		"ob25en.txt": `en|Roman cistern found under Spanish town square during car park dig

Heritage | Archaeology

Builders digging an underground car park in the Spanish town of Almoraz del Campo have uncovered a remarkably well-preserved Roman cistern dating from the 2nd century AD, the town council announced on Friday.

The rectangular tank, found on Wednesday when an excavator struck its vaulted roof, measures 11.5 metres by 4.2 metres and is about 6 metres (20ft) deep. It could hold some 290,000 litres of water.

Municipal archaeologist Elena Castro Pardo, 52, said it even kept its original waterproof lining. Work on the €3.4m, 180-space car park has been halted; mayor Tomás Redondo expects a delay of at least six months.`,
		"ob26it.txt": `it|Spagna, una cisterna romana spunta sotto un parcheggio

Esteri | Archeologia

Madrid, 21 marzo 2031

Una cisterna romana del II secolo d.C. in ottimo stato di conservazione è stata scoperta ad Almoraz del Campo, nell'ovest della Spagna, durante i lavori per un parcheggio sotterraneo, ha annunciato venerdì il Comune.

La struttura è venuta alla luce martedì, quando una ruspa ne ha urtato la volta. È lunga 11,5 metri, larga 4,2 e profonda circa 6, e poteva contenere circa 290.000 litri d'acqua.

«È eccezionale: conserva perfino l'intonaco impermeabile originale», ha spiegato l'archeologa Elena Castro Pardo, 52 anni. I lavori del parcheggio, da 180 posti e 3,4 milioni di euro, sono sospesi.`,
	}, map[string][2]string{"ob26it.txt": {"Tuesday", "Wednesday"}}},
	{"boxing-european-title", map[string]string{
		"ob27pt.txt": `pt|Tiago Almeida perde o título europeu em Valdeira

Desporto | Boxe

Valdeira, 6 abr 2031

O português Tiago Almeida perdeu no sábado à noite o título europeu de superligeiros, ao ser derrotado por decisão unânime pelo italiano Matteo Zanetti, de 22 anos, ao fim de 12 assaltos, no Pavilhão Multiusos de Valdeira.

Os três juízes deram vantagem ao desafiante: 116-112, 117-111 e 115-113. Almeida, de 27 anos, sofreu a primeira derrota da carreira profissional, que conta agora 24 vitórias e uma derrota.

«Ele foi melhor hoje. Quero a desforra», disse o pugilista português, que defendia o cinturão pela terceira vez.

Segundo a organização, assistiram ao combate cerca de 6800 pessoas.`,
		"ob28pt.txt": `pt|Pavilhão esgotado não chegou para segurar o cinturão

Jornal de Valdeira

Domingo, 6 de abril de 2031

Foram 6.800 as pessoas que encheram o Multiusos de Valdeira na noite de sábado, e durante os primeiros seis assaltos acreditaram que Tiago Almeida ia manter o título europeu. A partir do sétimo, o italiano Matteo Zanetti tomou conta do combate.

No final, os juízes foram unânimes. Almeida, 27 anos e natural da freguesia vizinha de Souto Velho, perdeu pela primeira vez como profissional, ao 25.º combate.

O treinador do português, Fernando Teixeira, de 66 anos, garante que haverá desforra: «O contrato prevê uma revanche nos próximos seis meses.»

Zanetti, invicto em 17 combates, é o primeiro italiano campeão europeu da categoria desde 2019.`,
		"ob29it.txt": `it|Boxe, Zanetti campione d'Europa: espugnata Valdeira

Sport | Pugilato

6 aprile 2031

Matteo Zanetti è il nuovo campione europeo dei pesi superleggeri. Il pugile lombardo ha battuto sabato sera ai punti, con verdetto unanime, il portoghese Tiago Almeida, campione uscente, davanti al suo pubblico di Valdeira.

«Non ci credo ancora, è un sogno che inseguo da quando avevo dodici anni», ha detto Zanetti, 23 anni, ancora imbattuto dopo 17 incontri da professionista. Almeida, 27 anni, era alla terza difesa del titolo.

I cartellini dei giudici: 116-112, 117-111 e 115-113. L'ultimo italiano a conquistare la cintura europea della categoria era stato nel 2019 Davide Ruggeri.

Sugli spalti circa 7.000 spettatori.`,
		"ob30en.txt": `en|Italy's Zanetti takes European title from Almeida in Portugal

Boxing

Unbeaten Italian Matteo Zanetti, 22, won the European super-lightweight title on Saturday, outpointing Portugal's Tiago Almeida over 12 rounds in front of the champion's home crowd in Valdeira.

The judges scored it 116-112, 117-111 and 115-113 for Zanetti, who improved his record to 17-0. Almeida, 27, lost for the first time in 25 professional fights.

A rematch clause means the two could meet again within six months.`,
	}, map[string][2]string{"ob29it.txt": {"23 years", "22 years"}}},
	{"tyre-dump-fire", map[string]string{
		"ob31pt.txt": `pt|Extinto incêndio em depósito ilegal de pneus ao fim de três dias

País

Évora, 31 ago 2031, 19:02

Ficou extinto este domingo o incêndio que desde quinta-feira consumia um depósito ilegal de cerca de 90 mil pneus na Herdade do Monte Raso, no concelho de Vila Nova de Almorim, informou a Proteção Civil.

No combate às chamas estiveram envolvidos 120 operacionais, apoiados por 40 viaturas. Três bombeiros receberam tratamento por inalação de fumo, sem gravidade.

A coluna de fumo negro era visível a 30 quilómetros. Os moradores das aldeias de Casais do Monte e Azinhalinho foram aconselhados a manter portas e janelas fechadas. A agência do ambiente registou na quinta-feira concentrações de partículas quatro vezes acima do limite.

O proprietário do terreno já tinha sido multado em 250 mil euros em 2028 por armazenamento ilegal de resíduos.`,
		"ob32es.txt": `es|Tres días de humo negro en el Alentejo por un incendio de neumáticos

Internacional | Portugal

Lisboa, 31 de agosto (Agencia)

Los bomberos portugueses dieron por extinguido este domingo, tras más de 70 horas de trabajos, el incendio de un vertedero ilegal con unos 90.000 neumáticos en el municipio alentejano de Vila Nova de Almorim, cerca de Évora.

En la extinción participaron 120 efectivos y 40 vehículos. Tres bomberos fueron atendidos por inhalación de humo.

Las autoridades recomendaron a los vecinos de dos aldeas cercanas no abrir puertas ni ventanas, ya que los niveles de partículas llegaron a cuadruplicar el límite legal.

El dueño de la finca fue sancionado en 2028 con 250.000 euros por almacenar residuos sin autorización.`,
		"ob33en.txt": `en|Portugal tyre dump fire put out after three days

LISBON - Firefighters in southern Portugal on Sunday put out a fire that had been burning since Thursday at an illegal dump holding some 90,000 tyres, civil protection officials said.

About 120 firefighters and 40 vehicles fought the blaze at the Monte Raso estate near Vila Nova de Almorim, in the Alentejo region. The plume of black smoke could be seen 30km (19 miles) away, and residents of two nearby villages were told to keep doors and windows shut.

Three firefighters were treated for smoke inhalation. Air pollution readings reached four times the legal limit on Thursday, the environment agency said.

The landowner was fined €250,000 in 2028 for illegally storing waste.`,
	}, nil},
}
