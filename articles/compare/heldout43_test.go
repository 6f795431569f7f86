package compare

// heldOutSirocco is the forty-third held-out set, written blind (without
// reading the comparison's code): ten events of science, health and the
// courts, in English, Italian, Portuguese and Spanish, three or four
// reports each: a migraine drug trial, a legionella outbreak, a verdict
// with two prison sentences for a wildfire, a herbicide lawsuit settlement,
// a plesiosaur fossil, a gene therapy's approval, a medical residency
// exam's results, a deep-sea species expedition, a double hand transplant,
// and damages for a late diagnosis.
//
// Six contradictions are planted, one per event, none in a first
// paragraph: a percentage (the Italian trial report's placebo 25% against
// 29%, the event's one Italian report), an age (the English outbreak
// report's victim of 71 against 77, next to a second, agreed age, the
// event's one English report), a count (the Spanish settlement report's
// 1,312 workers against 1,132, the event's one Spanish report), a length
// (the Italian fossil report's 8.4 m against 4.8 m, one Italian among two
// Portuguese and an English), a weekday (a Spanish local paper's Tuesday
// against Monday for the same 16 April) and a duration (the Portuguese
// transplant report's 16 hours against 19, the other two Spanish, one of
// them spelling the hours in words). The other four events hold none.
// The traps: about 1,250 against 1,248 and casi 13.000 against 12.844;
// four against 4.1 days; the trial's "at least 50%" threshold next to the
// 52% and 29%; a 2026 trial of 310; cases up from 29 to 38 and 31 of them
// in hospital, four in intensive care; two ages in one event (the man of
// 81, the woman of 77) and in others (46 and 39, 52 and 56, 24, 26 and
// 55); sentences against the terms sought (seven years four months and
// four, against nine and five); 2,300 hectares with 5,700 acres; €1.8
// million with $2 million and R$ 84 milhões with 14 millones de euros;
// R$ 9 milhões of the total for a fund; mais de 1,1 mil for 1,132; quase
// cinco metros for 4.8 m and an ichthyosaur of 3 metres in 2019; 42
// children, 28 of them in Italy, about 300 patients, a trentina in Italy
// and about 25 in Spain; 9,007 posts up 4% and up from 8,660; 4,300 metres
// with 14,100 ft; 31 days against um mês; 52 scientists, eight of them
// Portuguese; 12 species in 2025; Diecinueve horas in words; 1,35 milioni
// against oltre un milione e trecentomila; 3 milioni against tre milioni;
// titles by synonym (jefe/responsable, chief executive/amministratrice
// delegata/consejera delegada).
//
// Frozen before its first run, which flagged 3 of the 6 contradictions and
// 2 false disagreements, and so failed the limit of one. One of the two
// was the planted age itself: the outbreak's "mujer · age" fact, the
// English 71-year-old against the Spanish 77 años, whose values normalise
// to "71 years" and "77 years"; the planted pair was written "71" and
// "77", and only its spelling in wrong was changed to "71 years" and "77
// years", no text. With that the run flags 4 of the 6 and 1 false
// disagreement, within the limit of one, which stays. It missed the
// Italian trial report's placebo 25% against 29% (the 25% stands alone,
// as does the newspaper's 29%, while the wire's 29% is paired with the
// "at least 50%" below), and the local paper's Tuesday against
// Monday (the martes stands alone under "arrancará" while the lunes and
// Monday share "comenzará", though all three agree on 16 April). The false
// disagreement: the trial's percent "against", the English wire's 29% on
// placebo against the newspaper's "at least 50%", the threshold of the
// halving, not a figure of the same thing.
//
// Fixed after, so the set is held out no longer: of two sources alike in
// number, the one whose paragraph also writes the other's figure echoes
// it (the false flag goes); a weekday beside a date names that date's day
// (the martes against Monday is found). Now 5 of 6, none false.
var heldOutSirocco = []heldOutEvent{
	{"migraine-trial", map[string]string{
		"z1en.txt": `en|Experimental pill cuts migraine days in large trial, Brunavia says

Health | Science

London, 14 March (Wire)

An experimental daily pill from the British drugmaker Brunavia Pharma cut the number of migraine days by more than half for 52% of patients in a late-stage trial, against 29% of those given a placebo, researchers said on Wednesday.

The trial of the drug, velmoprant, enrolled 1,248 adults at 86 hospitals in nine countries and followed them for 18 months. Patients on the pill had on average 4.1 fewer migraine days a month, compared with 2.3 fewer on placebo.

"This is the first oral preventive treatment to show an effect of this size in a study this large," said Dr Helen Okafor, the Northgate University neurologist who led the trial. The results were presented at a conference in Vienna.

Nausea was the most common side effect, reported by 7% of patients. Brunavia said it would seek approval in Europe and the United States before the end of the year. Its shares rose 9.5% in London.`,
		"z1gb.txt": `en|Migraine breakthrough? New pill halves attacks for one in two patients

By Tom Hadleigh, Health Correspondent

Thursday 15 March 2029

A new tablet could offer hope to millions of migraine sufferers after a trial of about 1,250 patients found that it halved the number of attacks for more than half of those who took it.

Just over half (52%) of those taking velmoprant saw their monthly migraine days fall by at least 50%, compared with 29% on a dummy pill. On average they had four fewer bad days a month.

Dr Helen Okafor, the chief investigator, said: "For people who lose a week a month to migraine, that is huge." The 18-month study, funded by the maker Brunavia Pharma, ran in nine countries.

Around one in seven adults in the UK has migraine, according to the charity Migraine Action. An earlier, smaller trial in 2026 with 310 patients had shown a similar effect.

Advertisement`,
		"z1it.txt": `it|Emicrania, una pillola dimezza gli attacchi in un paziente su due

Salute

Londra, 14 marzo 2029

Una nuova pillola da assumere ogni giorno, il velmoprant della società britannica Brunavia Pharma, ha ridotto di oltre la metà i giorni di emicrania nel 52% dei pazienti, secondo i risultati di uno studio di fase 3 presentati mercoledì a Vienna.

Lo studio ha coinvolto 1.248 adulti in 86 ospedali di nove Paesi, seguiti per 18 mesi. Nel gruppo che ha ricevuto il placebo la percentuale si è fermata al 25%. In media i pazienti trattati hanno avuto 4,1 giorni di emicrania in meno al mese, contro 2,3 con il placebo.

«È il primo trattamento preventivo per bocca a mostrare un effetto di queste dimensioni», ha spiegato la neurologa Helen Okafor, dell'Università di Northgate, che ha coordinato la ricerca. L'effetto collaterale più frequente è stata la nausea (7%).

Brunavia chiederà l'autorizzazione in Europa e negli Stati Uniti entro la fine dell'anno.`,
	}, map[string][2]string{"z1it.txt": {"25%", "29%"}}},
	{"legionella-outbreak", map[string]string{
		"z2es.txt": `es|Ascienden a 38 los casos de legionela en Benialfaquí y se registra una segunda muerte

Comunidad Valenciana | Sanidad

Castellón, 20 ago (Agencia)

Los casos confirmados de legionelosis en el brote declarado en la localidad castellonense de Benialfaquí ascienden ya a 38, frente a los 29 del viernes, y una mujer de 77 años murió el domingo en el Hospital General de Castellón, la segunda víctima mortal tras el fallecimiento el jueves de un hombre de 81 años, informó la Consellería de Sanidad.

De los 38 afectados, 31 permanecen hospitalizados, cuatro de ellos en la UCI. Todos los enfermos son mayores de 60 años o tienen patologías previas.

Los técnicos de Salud Pública han inspeccionado 14 torres de refrigeración del municipio y han clausurado de forma cautelar dos de ellas, en una planta de cerámica y en un hotel. "Todo apunta a una torre concreta, pero esperamos los análisis", dijo la directora general de Salud Pública, Amparo Soler.

El periodo de incubación de la bacteria es de entre 2 y 10 días, por lo que no se descartan nuevos casos.`,
		"z2lo.txt": `es|Brote de legionela: segunda fallecida y 38 contagiados en Benialfaquí

Actualidad

Publicado: 20/08/2029 13:40

Una vecina de Benialfaquí de 77 años se ha convertido en la segunda víctima mortal del brote de legionela que afecta al municipio. El primer fallecido fue un hombre de 81 años, que murió el pasado jueves.

Sanidad eleva a 38 los casos confirmados. Hay 31 personas ingresadas y cuatro están en cuidados intensivos.

La directora general de Salud Pública, Amparo Soler, ha explicado que se han revisado las 14 torres de refrigeración de la localidad y que dos han sido precintadas. El Ayuntamiento, que dirige el alcalde Vicent Climent, ha suspendido las fiestas patronales previstas para esta semana.

En 2019 un brote en la comarca causó 11 casos y una muerte.`,
		"z2en.txt": `en|Second death in Spanish legionnaires' outbreak

Europe

Madrid, August 20

A second person has died in an outbreak of legionnaires' disease in the small Spanish town of Benialfaquí, near Castellón, where confirmed cases have risen to 38 from 29 on Friday, regional health officials said.

The latest victim, a 71-year-old woman, died on Sunday in hospital in Castellón. An 81-year-old man died last Thursday. Thirty-one patients remain in hospital, four of them in intensive care.

Inspectors have checked 14 cooling towers in the town and shut two of them, at a ceramics plant and a hotel, as a precaution, said Amparo Soler, the region's public health director.

The disease, a severe form of pneumonia, is not passed from person to person.`,
	}, map[string][2]string{"z2en.txt": {"71 years", "77 years"}}},
	{"arson-verdict", map[string]string{
		"z3it.txt": `it|Incendio del Monte Ortolei, condannati i due piromani: 7 anni e 4 mesi e 4 anni

Cronaca | Sardegna

Sassari, 7 giugno 2029

Il tribunale di Sassari ha condannato giovedì a sette anni e quattro mesi di reclusione Gavino Lutzu, 46 anni, e a quattro anni Efisio Murgia, 39, riconosciuti colpevoli di aver appiccato l'incendio che nel luglio 2027 distrusse circa 2.300 ettari di bosco e pascolo sul Monte Ortolei.

Il pubblico ministero, Chiara Deiana, aveva chiesto nove anni per Lutzu e cinque per Murgia. I due dovranno inoltre risarcire la Regione con 1,8 milioni di euro.

Durante il rogo, alimentato dal maestrale, furono evacuate circa 400 persone e morirono più di 1.000 capi di bestiame. Nessuna vittima tra la popolazione.

La difesa ha annunciato ricorso in appello. La sentenza è arrivata dopo 14 mesi di processo.`,
		"z3ln.txt": `it|Rogo del 2027, pene pesanti per Lutzu e Murgia

Prima pagina

di Paola Serra

Sette anni e quattro mesi al 46enne Gavino Lutzu, quattro anni al 39enne Efisio Murgia. È la sentenza del tribunale di Sassari per l'incendio del Monte Ortolei, che due estati fa mandò in fumo 2.300 ettari.

L'accusa aveva chiesto pene più alte: 9 anni e 5 anni. I giudici hanno anche disposto un risarcimento di 1,8 milioni alla Regione Sardegna e di 240mila euro ai due Comuni colpiti.

Secondo le indagini del Corpo forestale, il fuoco partì da tre punti diversi nell'arco di 20 minuti. Lutzu, allevatore, avrebbe voluto ottenere nuovi pascoli.

Leggi anche: Incendi, nel 2028 bruciati 11.000 ettari in Sardegna`,
		"z3en.txt": `en|Two Sardinian men jailed for 2027 wildfire

Europe | Courts

Rome, June 7 (Wire)

A court in Sardinia on Thursday sentenced a 46-year-old farmer to seven years and four months in prison and a second man, 39, to four years for starting a wildfire that burned about 2,300 hectares (5,700 acres) of forest and pasture in July 2027.

Prosecutors had sought terms of nine and five years. The court in Sassari also ordered Gavino Lutzu and Efisio Murgia to pay 1.8 million euros ($2 million) in damages to the regional government.

About 400 people were evacuated during the fire, which was fanned by strong winds. Lawyers for the two men said they would appeal.`,
	}, nil},
	{"herbicide-settlement", map[string]string{
		"z4pt.txt": `pt|Agrotécnica Valora fecha acordo de R$ 84 milhões com trabalhadores rurais de Mato Grosso

Economia | Justiça

Cuiabá, 18 de setembro de 2029

A fabricante de defensivos agrícolas Agrotécnica Valora fechou um acordo de R$ 84 milhões com 1.132 trabalhadores rurais que a acusavam de tê-los exposto a um herbicida sem proteção adequada entre 2016 e 2020, informou nesta terça-feira o Ministério Público do Trabalho (MPT).

O acordo, homologado pela Justiça do Trabalho em Sinop, encerra uma ação civil pública aberta em 2021. Cada trabalhador receberá entre R$ 20 mil e R$ 150 mil, conforme o tempo de exposição e o estado de saúde. Do total, R$ 9 milhões irão para um fundo de saúde regional.

"É o maior acordo do gênero no estado", disse a procuradora Renata Albuquerque. A empresa não admitiu culpa e afirmou em nota que o acordo "evita anos de litígio".

Os pagamentos devem começar em até 60 dias.`,
		"z4mt.txt": `pt|Acordo milionário: trabalhadores expostos a herbicida vão receber até R$ 150 mil

Sinop | Cidade

Por Redação — 18/09/2029 às 16h12

Mais de 1,1 mil trabalhadores rurais da região de Sinop vão ser indenizados pela Agrotécnica Valora. O acordo, de R$ 84 milhões, foi homologado pela Vara do Trabalho da cidade.

Os valores individuais vão de R$ 20 mil a R$ 150 mil. Do total, R$ 9 milhões serão destinados a um fundo para o Hospital Regional, que vai atender os casos de intoxicação.

A ação foi movida em 2021 pelo MPT, depois de 47 trabalhadores terem sido internados com sintomas de intoxicação numa única safra.

Segundo a procuradora Renata Albuquerque, os pagamentos começam em até 60 dias.`,
		"z4es.txt": `es|Una empresa agroquímica pagará 84 millones de reales a trabajadores brasileños

Internacional

São Paulo, 18 sep (Agencia)

La fabricante brasileña de pesticidas Agrotécnica Valora pagará 84 millones de reales (unos 14 millones de euros) para cerrar una demanda de trabajadores del campo del estado de Mato Grosso expuestos a un herbicida sin protección, informó el martes la Fiscalía del Trabajo.

El acuerdo beneficiará a 1.312 trabajadores, que recibirán entre 20.000 y 150.000 reales cada uno según el tiempo de exposición. De la cantidad total, 9 millones irán a un fondo sanitario regional.

La demanda fue presentada en 2021. La empresa no ha reconocido su culpa.`,
	}, map[string][2]string{"z4es.txt": {"1,312", "1,132"}}},
	{"plesiosaur-fossil", map[string]string{
		"z5pt.txt": `pt|Fóssil de réptil marinho com 180 milhões de anos descoberto em Leiria

Ciência

Lisboa, 2 de julho de 2029

Uma equipa de paleontólogos da Universidade Nova de Lisboa apresentou esta segunda-feira o esqueleto quase completo de um plesiossauro com cerca de 180 milhões de anos, descoberto nas arribas da praia da Salgueirinha, no distrito de Leiria.

O animal, de uma nova espécie batizada Lusonectes sardinhai, media 4,8 metros de comprimento. Cerca de 70% do esqueleto está preservado, incluindo o crânio e 112 vértebras.

O fóssil foi encontrado em 2026 por um colecionador amador, Tiago Sardinha, de 67 anos, que alertou a universidade. A escavação durou 11 semanas e a preparação em laboratório quase dois anos.

"É o plesiossauro mais completo alguma vez encontrado na Península Ibérica", afirmou o paleontólogo Rui Mateus Fontes, coordenador do estudo.`,
		"z5cc.txt": `pt|Novo réptil marinho do Jurássico recebe o nome do colecionador que o encontrou

Cultura & Ciência

02/07/2029 - 11:30

Chama-se Lusonectes sardinhai, em homenagem a Tiago Sardinha, o reformado de 67 anos que em 2026 viu ossos a sair da arriba na praia da Salgueirinha. O plesiossauro viveu há cerca de 180 milhões de anos e tinha quase cinco metros de comprimento.

Os investigadores da Universidade Nova de Lisboa levaram 11 semanas a retirar os blocos de rocha. Estão preservados cerca de 70% dos ossos.

O esqueleto ficará exposto a partir de outubro no Museu Nacional de História Natural.

Em 2019, no mesmo troço de costa, tinha sido encontrado um ictiossauro de 3 metros.`,
		"z5en.txt": `en|New Jurassic sea reptile named after retired Portuguese fossil hunter

Science

Lisbon, July 2 (Wire)

Portuguese scientists on Monday unveiled a new species of plesiosaur, a long-necked marine reptile that lived about 180 million years ago, from a skeleton found by an amateur collector on a beach north of Lisbon.

The animal, named Lusonectes sardinhai, measured 4.8 metres (about 16 feet) from head to tail, and around 70% of its skeleton survived, including the skull and 112 vertebrae, said Rui Mateus Fontes, the palaeontologist at NOVA University Lisbon who led the study.

Tiago Sardinha, 67, spotted the bones in a cliff in 2026. Digging them out took 11 weeks.

"It is the most complete plesiosaur ever found in the Iberian Peninsula," Fontes said.`,
		"z5it.txt": `it|Portogallo, scoperto un nuovo rettile marino del Giurassico

Scienze

2 luglio 2029

Un gruppo di paleontologi dell'Università Nova di Lisbona ha presentato lunedì lo scheletro di un plesiosauro vissuto circa 180 milioni di anni fa, una specie finora sconosciuta chiamata Lusonectes sardinhai.

I resti erano stati scoperti nel 2026 da un collezionista dilettante di 67 anni, Tiago Sardinha, su una spiaggia a nord di Lisbona. Lo scavo è durato 11 settimane.

L'animale era lungo 8,4 metri e se ne è conservato circa il 70% dello scheletro, compresi il cranio e 112 vertebre. «È il plesiosauro più completo mai trovato nella penisola iberica», ha detto il coordinatore dello studio, Rui Mateus Fontes.`,
	}, map[string][2]string{"z5it.txt": {"8.4 m", "4.8 m"}}},
	{"gene-therapy-approval", map[string]string{
		"z6it.txt": `it|Terapia genica per una rara malattia della retina, via libera dalla Commissione europea

Salute | Ricerca

Siena, 23 ottobre 2029

La Commissione europea ha autorizzato martedì la terapia genica Oculvera, sviluppata dall'azienda senese Ferrante Bio, per i bambini con una forma ereditaria di distrofia retinica che porta alla cecità. È la prima terapia genica interamente sviluppata in Italia a ottenere il via libera europeo.

L'approvazione si basa su uno studio condotto su 42 bambini, 28 dei quali in Italia, in cui l'81% dei pazienti trattati ha migliorato la capacità di muoversi in condizioni di scarsa luminosità dopo un anno.

Il prezzo di listino sarà di 1,9 milioni di euro per paziente, per una singola somministrazione. In Europa i potenziali pazienti sono circa 300, una trentina in Italia.

«È un giorno che aspettavamo da dodici anni», ha detto l'amministratrice delegata Giulia Ferrante, nipote del fondatore. L'Aifa dovrà ora decidere sulla rimborsabilità.`,
		"z6en.txt": `en|EU approves Italian gene therapy for inherited blindness

Health

Milan, Oct 23 (Wire)

The European Commission has approved a one-time gene therapy from Italy's Ferrante Bio for children with a rare inherited retinal disease that leads to blindness, the Siena-based company said on Tuesday.

The therapy, Oculvera, will carry a list price of 1.9 million euros per patient. In a study of 42 children, 81% of those treated were better able to move around in dim light after a year.

Chief executive Giulia Ferrante said about 300 patients in Europe could benefit. Ferrante Bio's shares jumped 14% in Milan, valuing the company at about 2.6 billion euros.

The EU approved its first gene therapy for an eye disease in 2018.`,
		"z6es.txt": `es|La UE autoriza una terapia génica italiana contra una ceguera infantil

Salud

Bruselas, 23 oct (Agencia)

La Comisión Europea autorizó este martes Oculvera, una terapia génica de la empresa italiana Ferrante Bio para niños con una distrofia hereditaria de la retina que causa ceguera.

El tratamiento, que se administra una sola vez, costará 1,9 millones de euros por paciente. En el ensayo clínico, con 42 niños, el 81 % mejoró su capacidad para desplazarse con poca luz al cabo de un año.

Según la consejera delegada de la compañía, Giulia Ferrante, unos 300 pacientes en Europa, y en torno a 25 en España, podrían beneficiarse.`,
	}, nil},
	{"residency-exam", map[string]string{
		"z7es.txt": `es|Una estudiante navarra de 24 años logra el número 1 del MIR

Sociedad | Educación

Madrid, 21 mar (Agencia)

La navarra Lucía Arrieta, de 24 años y graduada por la Universidad de Navarra, ha obtenido el número uno en el examen de Médico Interno Residente (MIR) de este año, según las listas definitivas publicadas este miércoles por el Ministerio de Sanidad.

Al examen se presentaron 12.844 aspirantes para 9.007 plazas de formación sanitaria especializada en Medicina, un 4 % más que el año pasado. El 31 % de los candidatos eran médicos formados en el extranjero.

La elección de plazas comenzará el lunes 16 de abril y se hará de forma telemática. Arrieta ha avanzado que elegirá Cardiología en un hospital de Madrid.

El segundo puesto fue para Daniel Ocampo, de 26 años, de Sevilla.`,
		"z7na.txt": `es|Lucía Arrieta, de Pamplona, número 1 del MIR

Navarra

Pamplona | 21/03/2029

La pamplonesa Lucía Arrieta, de 24 años, ha conseguido la mejor nota del examen MIR, al que se presentaron casi 13.000 aspirantes. Es la primera vez desde 2015 que el número uno sale de la Universidad de Navarra.

"Todavía no me lo creo; estudié unas diez horas al día durante un año", contó ayer a este periódico.

El Ministerio ofertó este año 9.007 plazas. La adjudicación arrancará el martes 16 de abril, y Arrieta tiene claro que elegirá Cardiología.

Su madre, Itziar Goñi, de 55 años, también es médica, en el Hospital Universitario de Navarra.`,
		"z7en.txt": `en|Pamplona graduate tops Spain's medical residency exam

Europe | Education

Madrid, March 21

A 24-year-old graduate of the University of Navarra, Lucía Arrieta, came first in Spain's national exam for medical residency posts, the health ministry said on Wednesday.

A total of 12,844 candidates sat the exam for 9,007 training posts in medicine, up from 8,660 last year. Nearly a third of candidates had trained abroad.

Candidates will start choosing posts on Monday, April 16. Arrieta said she would pick cardiology in Madrid.`,
	}, map[string][2]string{"z7na.txt": {"Tuesday", "Monday"}}},
	{"deep-sea-species", map[string]string{
		"z8es.txt": `es|Una expedición halla 27 posibles especies nuevas en las profundidades de Canarias

Ciencia

Santa Cruz de Tenerife, 8 nov (Agencia)

Una expedición internacional a bordo del buque oceanográfico Ramón Lafuente ha recogido 27 especies de animales marinos que podrían ser nuevas para la ciencia en los fondos situados entre Canarias y Madeira, a profundidades de hasta 4.300 metros, informó este jueves el Instituto Atlántico de Ciencias del Mar.

Durante 31 días, 52 científicos de seis países utilizaron un robot submarino para explorar once montes submarinos. Entre los hallazgos hay una esponja carnívora, varios corales y un pulpo translúcido.

"Solo hemos visto una mínima parte de estos fondos", dijo la jefa científica de la campaña, Nerea Castañeda. Confirmar que se trata de especies nuevas puede llevar hasta dos años.

En una campaña similar en 2025 se identificaron 12 especies nuevas.`,
		"z8pt.txt": `pt|Expedição encontra 27 possíveis novas espécies no mar profundo entre a Madeira e as Canárias

Ciência

Funchal, 8 de novembro de 2029

Cientistas de seis países, entre os quais investigadores da Universidade da Madeira, identificaram 27 possíveis novas espécies marinhas em montes submarinos entre a Madeira e as Canárias, a até 4300 metros de profundidade.

A expedição, a bordo do navio espanhol Ramón Lafuente, durou um mês e juntou 52 investigadores, oito deles portugueses. Foram explorados 11 montes submarinos com um veículo operado remotamente.

A chefe científica, Nerea Castañeda, disse que a confirmação das novas espécies pode demorar dois anos.`,
		"z8en.txt": `en|Carnivorous sponge among 27 possible new species found off Canary Islands

Science | Oceans

By Laura Pike

Scientists exploring undersea mountains between the Canary Islands and Madeira have collected at least 27 animals that may be new to science, including a carnivorous sponge and a see-through octopus, at depths of up to 4,300 metres (14,100 ft).

The 31-day expedition on the Spanish research ship Ramón Lafuente brought together 52 scientists from six countries and used a remotely operated robot to survey 11 seamounts.

"We have only seen a tiny part of these seabeds," said chief scientist Nerea Castañeda.

Describing and confirming new species can take up to two years. A similar voyage in 2025 yielded 12.`,
	}, nil},
	{"hand-transplant", map[string]string{
		"z9es.txt": `es|Un hospital de Valencia realiza un doble trasplante de manos a un hombre de 34 años

Salud

Valencia, 14 may (Agencia)

Un equipo del Hospital Clínico San Rafael de Valencia ha realizado un doble trasplante de manos y antebrazos a un hombre de 34 años que perdió ambas manos en un accidente eléctrico en 2027, informó este lunes la Consellería de Sanidad.

La intervención, que se llevó a cabo el pasado jueves, duró 19 horas y participaron 45 profesionales, entre ellos 11 cirujanos. La donante fue una mujer de 52 años fallecida en Alicante.

"El paciente ya mueve ligeramente los dedos", explicó el jefe de Cirugía Plástica, Javier Almela. Permanecerá ingresado unas tres semanas y la rehabilitación durará al menos dos años.

Es el sexto doble trasplante de manos que se realiza en España y el segundo en este hospital, tras el de 2022.`,
		"z9lv.txt": `es|El Clínico San Rafael, protagonista de un doble trasplante de manos

Valencia | Sanidad

14/05/2029 - 12:05

Diecinueve horas en quirófano y 45 profesionales. Es lo que ha necesitado el Hospital Clínico San Rafael para devolver las manos a un vecino de Gandia de 34 años, que las perdió hace dos años en un accidente con un cable de alta tensión.

El doctor Javier Almela, responsable del servicio de Cirugía Plástica, ha destacado la generosidad de la familia de la donante, una mujer de 52 años.

El paciente deberá tomar medicación inmunosupresora de por vida. Según Almela, recuperará hasta el 60 % de la sensibilidad en los próximos dos años.

El primer trasplante de este tipo en el centro se hizo en 2022.`,
		"z9pt.txt": `pt|Espanha: homem de 34 anos recebe transplante duplo de mãos em Valência

Mundo

14/05/2029 - 15:40

Uma equipa do Hospital Clínico San Rafael, em Valência, realizou um transplante duplo de mãos e antebraços num homem de 34 anos que perdeu as duas mãos num acidente elétrico em 2027, anunciaram esta segunda-feira as autoridades de saúde regionais.

A cirurgia, feita na quinta-feira passada, durou 16 horas e mobilizou 45 profissionais, incluindo 11 cirurgiões. A dadora era uma mulher de 52 anos.

Segundo o chefe de Cirurgia Plástica, Javier Almela, o doente já consegue mexer ligeiramente os dedos. A reabilitação vai durar pelo menos dois anos.

É o sexto transplante duplo de mãos realizado em Espanha.`,
	}, map[string][2]string{"z9pt.txt": {"16 hours", "19 hours"}}},
	{"late-diagnosis-damages", map[string]string{
		"z10it.txt": `it|Diagnosi in ritardo, l'Asl dovrà risarcire con 1,35 milioni la famiglia di un'insegnante

Cronaca | Bari

Bari, 8 febbraio 2029

Il tribunale civile di Bari ha condannato giovedì l'Asl Murgia Sud a pagare 1,35 milioni di euro al marito e ai due figli di Anna Maria Colucci, l'insegnante di Altamura morta nel 2023 a 52 anni per un tumore al colon diagnosticato con undici mesi di ritardo.

Secondo la consulenza tecnica disposta dal giudice, con una diagnosi tempestiva la donna avrebbe avuto il 70% di probabilità di sopravvivere a cinque anni. La famiglia aveva chiesto 3 milioni.

L'Asl, che può ricorrere in appello, ha fatto sapere che valuterà la sentenza. L'avvocato della famiglia, Nicola Dibenedetto, ha parlato di «una sentenza che non restituisce Anna Maria ma riconosce le sue ragioni».`,
		"z10am.txt": `it|Muore dopo 11 mesi di attesa, Asl condannata

Altamura

di Michele Loiacono

Oltre un milione e trecentomila euro. È la somma che l'Asl Murgia Sud dovrà versare alla famiglia di Anna Maria Colucci, docente di lettere morta a 52 anni nel 2023.

La colonscopia, chiesta dal medico di famiglia nel gennaio 2021, fu eseguita solo a dicembre: undici mesi dopo.

Il marito, Vito Lorusso, 56 anni, ha detto di aver voluto la causa «perché non succeda ad altri». La famiglia aveva chiesto tre milioni di euro.`,
		"z10es.txt": `es|Condenan a la sanidad pública italiana a pagar 1,35 millones por un diagnóstico tardío

Internacional

Roma, 8 feb (Agencia)

Un tribunal de Bari, en el sur de Italia, condenó el jueves al servicio sanitario local a indemnizar con 1,35 millones de euros a la familia de una profesora de 52 años que murió de cáncer de colon en 2023 tras un retraso de once meses en el diagnóstico.

Según el perito designado por el juez, con un diagnóstico a tiempo la mujer habría tenido un 70 % de probabilidades de sobrevivir cinco años. La familia reclamaba 3 millones.

La sentencia puede recurrirse.`,
	}, nil},
}
