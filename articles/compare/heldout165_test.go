package compare

// heldOutLevanter is a blind held-out set written without reading the
// extraction, matching or grouping code: ten events of mixed national and
// regional news, each reported three or four times in French, Portuguese,
// English and Spanish (two Spanish reports of the stranded gondola, two
// French of the hospital vote, two Portuguese of the bribery ruling). The
// topics: 58 skiers stranded in a gondola lift at Peñablanca in the
// Aragonese Pyrenees, the Valladolid grocer Ardiles buying the Portuguese
// chain Mercado Bom, Neuchâtel's voters approving a single cantonal
// hospital at Cernier, Storm Irene flooding the Miño at Ourense, the death
// of the fado singer Amélia Resende, the reopening of Pau's fine arts
// museum after three years of works, a former mayor of Vila Franca do Sado
// sentenced for bribes from a builder, a super-Earth found by the Canary
// Islands astrophysics institute 40 light-years away, a course record at
// the Porto marathon, and a wildfire in the Sierra de Gata near the
// Portuguese border.
//
// Six contradictions are planted, one in each of the first six events and
// all outside the first paragraph: a duration (lt1fr: the skiers "bloqués
// pendant cinq heures", 5 hours against about three hours, "unas tres
// horas" and "Tres horas", in the only French report); an amount (lt2es:
// Ardiles "pagará 410 millones de euros" against €310 million, in the
// only Spanish report); a percentage (lt3pt: the credit approved by
// "68,4% dos votantes" against 58.4%, in the only Portuguese report); a
// count (lt4en: 460 residents evacuated in Ourense against about 260, in
// the only English report); an age (lt5es: Resende "tenía 78 años"
// against 84, in the only Spanish report); a date (lt6en: visitors back
// "from June 18" against a reopening on 18 April, in the only English
// report). The last four events hold none.
//
// Traps that are no contradiction: three hours as "unas tres horas",
// "Tres horas" and "about three hours" beside a breakdown at 11.20 and one of
// the last cabins emptied after half past two, 58 skiers as "Cinquante-huit",
// eleven children as "once" and "onze", 14 cabins as "quatorze", about 40
// rescuers as "une quarantaine" beside a resort "à une quarantaine de
// kilomètres" of France, 30 metres as "more than 100 feet", -8 °C and 18
// degrees Fahrenheit, 2.1 km and 1.3 miles, a mother of 41, 300,000
// skiers a season, 2009. €310 million and $335 million beside €1.1
// billion of sales ("1,1 mil milhões"), €4.8 billion, "rozará los 6.000
// millones", €60 million over three years, 142 stores, 610 supermarkets,
// about 6,800 staff, 11 stores shut, nine times earnings, "près de la
// moitié", 1987, 1964 and 2026, "presidente executiva", "consejera
// delegada", "directrice générale" and "chief executive". 58.4% beside a
// turnout of 44.2%, 31,412 votes to 22,373, La Chaux-de-Fonds's 71% no and
// Le Locle's 64%, 12% of the canton Portuguese and more than 400
// Portuguese staff, premiums up almost 9%, 480 million francs and $540
// million, 320 beds, 2027 and 2031 ("quatre ans plus tard"), up to 15
// minutes, "conseillère d'État chargée de la Santé", "responsável
// cantonal pela Saúde" and "cantonal health minister". About 260
// evacuated in Ourense beside 14 old people moved from a care home in
// Monção, 90 beds, more than 30,000 homes without power, 138 litres a
// square metre and 5.4 inches, 96 mm at Ponte de Lima, 110 km/h and 68
// mph, a river up four metres, a man of 67, 2001. An age of 84 as "aos 84
// anos", "à l'âge de 84 ans" and "She was 84", more than 30 albums as "une
// trentaine" and "más de treinta", six decades, 1969 and 1972, nearly
// 700,000 emigrants, twenty years as "deux décennies". 18 April as "18 de
// abril", €21 million, 1,200 m² and 13,000 sq ft, some 3,000 works, three
// years, 1931 and 1873. A five-year suspended sentence as "cinco anos",
// "five-year" and "cinco años", three and a half years as "três anos e
// seis meses" and "tres años y medio", about €480,000 as "cerca de 480 mil
// euros", "perto de meio milhão de euros, 480 mil" and "unos 480.000"
// beside 14 contracts ("catorze obras") worth €3.2 million and $3.5
// million in the same sentence, a fine of €150,000, an ex-mayor of 63 and
// a manager of 58, twelve years in office, 2019 to 2023, 2022, 2024 and
// 2025, 900 staff, €210 million of sales of which 35%, "presidente da
// Câmara", "ex-autarca", "mayor", "alcalde" and "exregidor",
// "administrador" and "managing director", and a Wednesday paper's
// "ontem". 40 light-years as 12 parsecs and "près de 380 000 milliards de
// kilomètres", 1.7 Earth masses, 21 days beside 0.09 astronomical units,
// -20 °C and -4 °F, "casi 300 mediciones" against "some 300" and "environ
// 300", four years, 40% of the Sun's mass, 2 metres a second, 38
// scientists, nearly 6,000 exoplanets since 1995, "investigadora
// principal", "lead author" and "responsable de l'étude", and a Thursday
// paper's "hier" for Wednesday. A record of 2:06:42 in four spellings
// ("2:06.42 horas", "two hours, six minutes and 42 seconds", "2 h 06 min
// 42 s", "2 horas, 6 minutos y 42 segundos"), 38 seconds clear and 37
// seconds off the record in one sentence, the 2019 record of 2:07:19, a
// winner of 27 and a winner of 24, a third of 29 in 2:08:10 with 51
// seconds off his best, a fifth in 2:09:30 "casi dos minutos" faster, an
// 11th in 2:13:05, "cerca de 15 mil", "Nearly 15,000", "Quelque 15 000"
// and 14,800 starters, 70 countries, 900 Spaniards, 35 km and 21.7 miles,
// 42.195 km, 12 °C, 54F and "une douzaine de degrés", €20,000 and a €5,000
// bonus in one sentence, two years. About 3,000 hectares as 7,400 acres,
// about 1,200 evacuated as "mais de mil", "unos 300 efectivos", "cerca de
// 300 operacionais", "Près de 300 pompiers" and "Nearly 300 firefighters"
// beside Portugal's 40 firemen in the same sentence, 13 aircraft as "plus
// d'une douzaine", two Canadair, 40 km as 25 miles and "une quarantaine de
// kilomètres", 60 km/h and 37 mph, over 40 °C and 104F, 38 degrees till
// Wednesday, more than 90,000 hectares this year, "presidenta de la Junta
// de Extremadura", "présidente de la région" and "head of the Extremadura
// regional government", and the fire started "ayer por la tarde", "no
// domingo", "depuis dimanche" and "on Sunday afternoon".
//
// Frozen before its first run, which flagged 5 of the 6 contradictions
// and 1 false disagreement. It flagged the skiers' hours (duration
// "stuck": lt1fr "cinq heures" against "about three hours", "unas tres
// horas" and "Tres horas"), the price (amount "pagará": lt2es "410
// millones de euros" against €310 million in the other three), the vote
// (percent "credit won": lt3pt "68,4%" against 58.4% in the English and
// both French reports), the singer's age ('quantity "aos · age": lt5es:
// 78 años; lt5pt: 84 anos', the French and English 84 left out of the
// row) and the reopening ('date "public": lt6en: June 18; lt6es, lt6fr:
// 18 de abril'). It missed one: "missed lt4en.txt's 460 against 260",
// the evacuees of Ourense; no row of the run's output shows that pair
// under another spelling, so it is a figure left uncompared, not the
// planted pair in another form, and the wrong value is as written before
// the run. The false one was a trap: the wildfire's heat, 'quantity
// "complicaron": lt10en, lt10es, lt10fr: 40C; lt10pt: 38 graus', the
// Portuguese forecast of temperatures above 38 degrees until Wednesday
// set against the more than 40 degrees that fanned the fire. One is
// within the limit of one the table held when the texts were frozen, so
// the table line keeps 1. Grouped with the other sets, its 37 reports of
// 10 events fell into 14 events found, B-cubed precision 1.000, recall
// 0.878 (all 162 sets: precision 1.000, recall 0.938, F1 0.968). The
// prescribed commands were run once each; nothing changed after the run
// but this comment.
var heldOutLevanter = []heldOutEvent{
	{"penablanca-gondola-stranded-skiers", map[string]string{
		"lt1es.txt": `es|Rescatados 58 esquiadores atrapados en una telecabina del Pirineo aragonés

Aragón | Sucesos

Huesca, 8 feb (Agencia)

Un total de 58 esquiadores, entre ellos once niños, permanecieron atrapados este sábado durante unas tres horas en las cabinas de la telecabina de la estación de Peñablanca, en el Pirineo oscense, tras una avería eléctrica que paralizó la instalación a las 11.20 horas.

Efectivos del Grupo de Rescate e Intervención en Montaña (GREIM) de la Guardia Civil, bomberos de la Diputación de Huesca y pisteros de la estación, unos 40 en total, descolgaron con cuerdas a los ocupantes de las 14 cabinas detenidas, algunas a más de 30 metros del suelo.

Nadie resultó herido, aunque dos personas fueron atendidas por hipotermia leve en el centro médico de la estación. La temperatura rondaba los ocho grados bajo cero.

"Los sistemas de emergencia no arrancaron y tuvimos que activar el plan de evacuación", explicó el director de la estación, Jorge Lasheras. El Gobierno de Aragón ha abierto una investigación.

La telecabina, de 2,1 kilómetros de longitud, se inauguró en 2009 y es la principal vía de acceso a las pistas altas.`,
		"lt1es2.txt": `es|"Veíamos bajar las cuerdas y los niños no paraban de llorar"

Alto Aragón | Nieve

Domingo, 9 de febrero

Tres horas suspendidos a casi treinta metros sobre la pista, con el viento balanceando la cabina. Así vivieron el sábado los 58 ocupantes de la telecabina de Peñablanca, detenida por un fallo eléctrico a media mañana.

"Veíamos bajar las cuerdas y los niños no paraban de llorar", relata Marta Giral, zaragozana de 41 años, que subía con sus dos hijos. Su cabina fue una de las últimas en ser evacuadas, pasadas las dos y media de la tarde.

Los guardias civiles del GREIM y los bomberos fueron descolgando a los esquiadores uno a uno con arneses. Dos de ellos necesitaron atención por hipotermia leve.

La empresa concesionaria, Nieves del Pirineo, mantuvo cerrada la instalación el domingo mientras sus técnicos revisan el generador de emergencia. La estación, que recibe unos 300.000 esquiadores por temporada, asegura que devolverá el importe del forfait a todos los afectados.`,
		"lt1fr.txt": `fr|Pyrénées espagnoles : 58 skieurs bloqués dans une télécabine

Montagne | Espagne

Samedi 8 février

Une panne électrique a immobilisé samedi matin la télécabine de la station de Peñablanca, dans les Pyrénées aragonaises, à une quarantaine de kilomètres de la frontière française. Cinquante-huit skieurs, dont onze enfants, se sont retrouvés suspendus dans quatorze cabines.

Les secouristes de la Guardia civil, aidés par les pompiers et les pisteurs, ont évacué les passagers un à un à l'aide de cordes. Les skieurs sont restés bloqués pendant cinq heures, par une température de -8 °C, avant que la dernière cabine ne soit vidée.

Deux personnes ont été soignées pour une légère hypothermie. Aucun blessé n'est à déplorer.

« Les systèmes de secours n'ont pas démarré », a reconnu le directeur de la station, Jorge Lasheras. Le gouvernement d'Aragon a ouvert une enquête sur les causes de la panne.

Plusieurs Français figuraient parmi les skieurs bloqués, a indiqué le consulat de France à Saragosse, sans en préciser le nombre.`,
		"lt1en.txt": `en|Dozens of skiers lowered from stalled gondola in Spanish Pyrenees

World | Europe

MADRID, Feb 8 - Rescuers lowered 58 skiers, including 11 children, from a stalled gondola lift at a ski resort in the Spanish Pyrenees on Saturday after a power failure left them dangling above the slopes, the Guardia Civil said.

The skiers were stuck for about three hours in 14 cabins, some of them more than 100 feet above the ground, at the Peñablanca resort in Huesca province. Temperatures were around 18 degrees Fahrenheit (minus 8 Celsius).

About 40 police mountain rescuers, firefighters and ski patrollers took part in the operation. Two people were treated for mild hypothermia; no one was injured.

Resort director Jorge Lasheras said the backup power system had failed to start. The regional government of Aragon has opened an investigation into the breakdown of the 1.3-mile lift, which opened in 2009.`,
	}, map[string][2]string{"lt1fr.txt": {"5 hours", "3 hours"}}},
	{"ardiles-buys-mercado-bom", map[string]string{
		"lt2pt.txt": `pt|Espanhola Ardiles compra Mercado Bom por 310 milhões de euros

Economia | Distribuição

Porto, 11 mar (Agência)

A cadeia espanhola de supermercados Ardiles chegou a acordo para comprar a portuguesa Mercado Bom ao fundo Tejo Capital Partners por 310 milhões de euros, anunciaram hoje as duas empresas.

A Mercado Bom, fundada em 1987 em Matosinhos, tem 142 lojas, sobretudo no Norte e no Centro do país, e emprega cerca de 6.800 pessoas. No ano passado faturou 1,1 mil milhões de euros.

"Portugal é o nosso segundo mercado natural e a Mercado Bom é a porta de entrada ideal", afirmou a presidente executiva da Ardiles, Beatriz Ordóñez. A insígnia portuguesa será mantida e os postos de trabalho estão garantidos, acrescentou.

O negócio ainda tem de ser aprovado pela Autoridade da Concorrência e deverá ficar concluído no segundo semestre.

O fundo Tejo Capital comprou a Mercado Bom em 2026 à família fundadora, os Magalhães, e fechou desde então 11 lojas consideradas pouco rentáveis.`,
		"lt2es.txt": `es|Ardiles da el salto a Portugal con la compra de Mercado Bom

Empresas | Distribución

Valladolid, 11 de marzo

La cadena vallisoletana de supermercados Ardiles ha cerrado la compra de la portuguesa Mercado Bom, con 142 tiendas en el norte y el centro del país vecino, en su primera operación fuera de España.

Ardiles pagará 410 millones de euros al fondo lisboeta Tejo Capital Partners, según el comunicado remitido este martes. La operación está pendiente del visto bueno de la autoridad de competencia portuguesa.

"Portugal es nuestro segundo mercado natural", dijo la consejera delegada, Beatriz Ordóñez, que descartó despidos entre los cerca de 6.800 empleados de Mercado Bom y anunció que se mantendrá la marca.

Ardiles, fundada en 1964 por el abuelo de la actual presidenta, cuenta con 610 supermercados en Castilla y León, Galicia, Asturias y Madrid, y facturó 4.800 millones de euros el año pasado. Con la compra rozará los 6.000 millones en ventas.

En la Bolsa no hubo reacción: el grupo no cotiza y está controlado en su totalidad por la familia Ardiles.`,
		"lt2fr.txt": `fr|Distribution : l'espagnol Ardiles s'offre le portugais Mercado Bom

Économie | Entreprises

Mardi 11 mars

Le distributeur espagnol Ardiles va racheter la chaîne de supermarchés portugaise Mercado Bom pour 310 millions d'euros, ont annoncé mardi les deux groupes.

Mercado Bom exploite 142 magasins dans le nord et le centre du Portugal et emploie environ 6 800 salariés. Son chiffre d'affaires a atteint 1,1 milliard d'euros l'an dernier. Le vendeur, le fonds Tejo Capital Partners, l'avait acquis en 2026.

La directrice générale d'Ardiles, Beatriz Ordóñez, a promis de conserver l'enseigne et l'ensemble des emplois.

L'opération doit encore être validée par l'Autorité de la concurrence portugaise. Sa finalisation est attendue au second semestre.

Le marché portugais de la distribution alimentaire reste dominé par Continente et Pingo Doce, qui se partagent près de la moitié des ventes. Plusieurs enseignes espagnoles, dont Mercadona, s'y sont implantées depuis une dizaine d'années.`,
		"lt2en.txt": `en|Spain's Ardiles to buy Portuguese grocer Mercado Bom for €310 million

Business | Retail

MADRID/LISBON, March 11 - Spanish supermarket chain Ardiles agreed on Tuesday to buy Portuguese grocer Mercado Bom from private equity firm Tejo Capital Partners for €310 million ($335 million), its first acquisition outside Spain.

Mercado Bom runs 142 stores, mostly in northern and central Portugal, employs about 6,800 people and had sales of €1.1 billion last year.

Family-owned Ardiles, based in Valladolid, operates 610 supermarkets and reported revenue of €4.8 billion in its last financial year. Chief executive Beatriz Ordóñez said it would keep the Mercado Bom brand and planned to invest around €60 million over three years in refurbishing stores.

The deal requires approval from Portugal's competition authority and is expected to close in the second half, the companies said.

Analysts at Banco Lusitano put the price at about nine times Mercado Bom's core earnings, in line with recent deals in Iberian food retail.`,
	}, map[string][2]string{"lt2es.txt": {"€410 million", "€310 million"}}},
	{"neuchatel-single-hospital-vote", map[string]string{
		"lt3fr.txt": `fr|Neuchâtel dit oui au nouvel hôpital cantonal

Région | Votations

Neuchâtel, dimanche 23 novembre

Les Neuchâtelois ont accepté dimanche, par 58,4 % de oui, la construction d'un nouvel hôpital cantonal à Cernier, dans le Val-de-Ruz, qui regroupera les soins aigus aujourd'hui répartis entre Neuchâtel et La Chaux-de-Fonds. La participation s'est élevée à 44,2 %.

Le crédit de 480 millions de francs a été approuvé par 31 412 voix contre 22 373. Les sites actuels de Pourtalès et de La Chaux-de-Fonds seront transformés en centres de consultations et de réadaptation.

« C'est une décision courageuse, qui tourne la page de vingt ans de querelles hospitalières », s'est réjouie la conseillère d'État chargée de la Santé, Valérie Jeanneret.

Le comité référendaire, emmené par des élus des Montagnes, dénonce un « hôpital au milieu des champs » et craint un allongement des trajets en ambulance. L'ouverture est prévue en 2031.`,
		"lt3fr2.txt": `fr|Hôpital unique : les Montagnes ont dit non, le canton a dit oui

Montagnes neuchâteloises

Lundi 24 novembre

La Chaux-de-Fonds et Le Locle ont massivement rejeté dimanche le projet d'hôpital unique à Cernier. Cela n'a pas suffi : l'ensemble du canton l'a accepté avec 58,4 % des voix.

Dans la Métropole horlogère, le non l'a emporté à 71 %, au Locle à 64 %. Le Littoral et le Val-de-Ruz ont en revanche plébiscité le projet.

« Les Montagnes se sentent une fois de plus abandonnées », regrette le président de la Ville de La Chaux-de-Fonds, Théo Huguenin-Virchaux. Les urgences de la ville resteront ouvertes 24 heures sur 24, a promis hier soir Valérie Jeanneret, en charge de la Santé au gouvernement cantonal.

Le projet, devisé à 480 millions de francs, prévoit 320 lits. Les travaux doivent débuter en 2027, pour une ouverture quatre ans plus tard.`,
		"lt3pt.txt": `pt|Neuchâtel aprova novo hospital cantonal em referendo

Suíça | Política

23 de novembro

Os eleitores do cantão de Neuchâtel aprovaram este domingo em referendo a construção de um novo hospital cantonal em Cernier, no Val-de-Ruz, que vai concentrar os cuidados agudos hoje divididos entre os hospitais de Neuchâtel e de La Chaux-de-Fonds.

O crédito de 480 milhões de francos suíços foi aprovado por 68,4% dos votantes. A participação foi de 44,2%.

A comunidade portuguesa, que representa cerca de 12% da população do cantão, está fortemente presente entre os profissionais de saúde: só na rede hospitalar neuchâteloise trabalham mais de 400 portugueses, sobretudo enfermeiros e auxiliares.

"É uma decisão corajosa", afirmou a responsável cantonal pela Saúde, Valérie Jeanneret. O novo hospital, com 320 camas, deverá abrir em 2031.`,
		"lt3en.txt": `en|Neuchâtel voters back 480 million franc hospital

Switzerland | Politics

NEUCHÂTEL, Nov 23 - Voters in the Swiss canton of Neuchâtel on Sunday approved a plan to build a single new acute-care hospital in Cernier, ending two decades of rivalry between the lakeside capital and the watchmaking town of La Chaux-de-Fonds.

The 480 million Swiss franc ($540 million) credit won 58.4% of the vote, on a turnout of 44.2%, according to official results. La Chaux-de-Fonds itself voted strongly against.

"This is a courageous decision," said Valérie Jeanneret, the cantonal health minister. The 320-bed hospital is due to open in 2031, and the two existing sites will become outpatient and rehabilitation centres.

Opponents argued that the new site, in farmland between the two towns, would lengthen ambulance journeys for people in the mountains by up to 15 minutes.

Swiss hospitals are run by the cantons, which are under pressure to cut costs after health insurance premiums rose by almost 9% this year.`,
	}, map[string][2]string{"lt3pt.txt": {"68.4%", "58.4%"}}},
	{"storm-irene-ourense-flood", map[string]string{
		"lt4es.txt": `es|La borrasca Irene desborda el Miño y obliga a desalojar a 260 vecinos en Ourense

Galicia | Temporal

Ourense, 4 dic (Agencia)

La crecida del río Miño, alimentada por las lluvias torrenciales de la borrasca Irene, obligó este miércoles a desalojar a unas 260 personas de las viviendas más próximas al cauce en el barrio ourensano de A Ponte y en la parroquia de Reza.

El río llegó a subir más de cuatro metros en menos de un día. En la estación de Ourense se recogieron 138 litros por metro cuadrado en 24 horas, según MeteoGalicia.

Los desalojados pasaron la noche en casas de familiares o en el pabellón de Os Remedios, habilitado por el Concello con 90 camas. "El agua entró en el bajo en diez minutos", contó Xoán Outeiriño, de 67 años.

La Xunta mantiene la alerta roja en la costa y en el interior de la provincia de Ourense. Más de 30.000 hogares gallegos se quedaron sin luz durante la tarde.`,
		"lt4pt.txt": `pt|Depressão Irene: Minho transborda e obriga a retirar moradores dos dois lados da fronteira

Sociedade | Mau tempo

Valença, 4 dez (Agência)

A depressão Irene provocou hoje cheias no rio Minho, que obrigaram a retirar moradores em Monção, do lado português, e em Ourense, na Galiza.

Em Ourense, cerca de 260 pessoas tiveram de sair de casa nos bairros junto ao rio. Em Monção, a Proteção Civil retirou 14 idosos de um lar por precaução, e em Valença a estrada ribeirinha foi cortada ao trânsito.

O distrito de Viana do Castelo esteve sob aviso vermelho durante a tarde, com rajadas até 110 km/h no litoral. O IPMA registou 96 milímetros de chuva em Ponte de Lima.

"Não víamos o rio assim desde 2001", disse o presidente da Câmara de Monção, Rui Fernandes Vaz, que pediu aos moradores das zonas ribeirinhas que não saiam de casa durante a noite.`,
		"lt4en.txt": `en|Storm Irene floods Spanish-Portuguese border region

World | Europe

MADRID, Dec 4 - The Miño river burst its banks in the Galician city of Ourense on Wednesday as Storm Irene lashed north-west Spain and northern Portugal with torrential rain and winds of up to 110 km/h (68 mph).

Authorities evacuated 460 residents from homes along the river in the city, which saw 138 litres of rain per square metre (5.4 inches) in 24 hours, Galicia's weather service said.

More than 30,000 homes in Galicia lost power. The regional government kept a red alert in place for the coast of A Coruña and Pontevedra and for inland Ourense.

In Portugal, the civil protection agency evacuated a care home in Monção, across the river, as a precaution.

No deaths or injuries were reported. Spain's state weather agency AEMET said the rain would ease on Thursday before a new front arrives at the weekend.`,
	}, map[string][2]string{"lt4en.txt": {"460", "260"}}},
	{"fado-singer-amelia-resende-dies", map[string]string{
		"lt5pt.txt": `pt|Morreu a fadista Amélia Resende, a voz de "Cais da Saudade"

Cultura | Música

Lisboa, 17 fev (Agência)

A fadista Amélia Resende morreu hoje em Lisboa, aos 84 anos, no Hospital de Santa Maria, onde estava internada desde a semana passada, anunciou a família.

Nascida em Alfama, começou a cantar ainda adolescente nas casas de fado do bairro e gravou mais de 30 discos ao longo de seis décadas de carreira. "Cais da Saudade", de 1969, tornou-a conhecida em todo o país e levou-a ao Olympia de Paris.

O Governo decretou um dia de luto nacional. O Presidente da República lembrou "uma voz que levou Lisboa ao mundo".

"Ela não cantava o fado, vivia-o", disse à Agência o guitarrista Carlos Nóbrega, que a acompanhou durante vinte anos.

O velório realiza-se amanhã na Basílica da Estrela e o funeral na quarta-feira, no cemitério dos Prazeres.`,
		"lt5fr.txt": `fr|La chanteuse de fado Amélia Resende est morte

Culture | Musique

Lundi 17 février

La chanteuse portugaise Amélia Resende, l'une des dernières grandes voix du fado traditionnel, est morte lundi à Lisbonne à l'âge de 84 ans, a annoncé sa famille.

Née dans le quartier de l'Alfama, elle avait enregistré une trentaine d'albums. Son passage à l'Olympia, en 1972, avait fait d'elle une vedette auprès de la diaspora portugaise de France, alors forte de près de 700 000 personnes.

Le gouvernement portugais a décrété une journée de deuil national. « Une voix qui a porté Lisbonne dans le monde », a salué le président de la République.

« Elle ne chantait pas le fado, elle le vivait », confie le guitariste Carlos Nóbrega, qui l'a accompagnée pendant deux décennies.

Ses obsèques auront lieu mercredi au cimetière des Prazeres, à Lisbonne.`,
		"lt5en.txt": `en|Portuguese fado singer Amélia Resende dies at 84

Arts | Music

LISBON, Feb 17 - Amélia Resende, whose husky voice carried Lisbon's fado from the taverns of Alfama to concert halls in Paris and New York, died on Monday at a hospital in the Portuguese capital. She was 84.

Her family said she had been admitted to hospital last week with pneumonia.

Resende recorded more than 30 albums in a career spanning six decades. Her 1969 song "Cais da Saudade" (Quay of Longing) became one of fado's best-known standards and was later recorded by singers from Brazil to Cape Verde.

The government declared a day of national mourning. "She was part of who we are," the prime minister wrote on social media.

Her funeral will be held on Wednesday at Lisbon's Prazeres cemetery.`,
		"lt5es.txt": `es|Muere Amélia Resende, la gran dama del fado

Cultura

Madrid, 17 de febrero

La cantante portuguesa Amélia Resende, una de las últimas grandes voces del fado clásico, falleció este lunes en un hospital de Lisboa, según informó su familia.

Resende, que tenía 78 años, había sido ingresada la semana pasada por una neumonía. Nacida en el barrio lisboeta de Alfama, grabó más de treinta discos y actuó en varias ocasiones en España, la última en el Teatro Real de Madrid.

Su canción más célebre, "Cais da Saudade", de 1969, fue versionada en castellano por varios cantantes de copla y flamenco.

El Gobierno luso decretó un día de luto nacional. "Una voz que llevó Lisboa al mundo", la despidió el presidente portugués.

El entierro será el miércoles en el cementerio de los Prazeres, en la capital portuguesa.`,
	}, map[string][2]string{"lt5es.txt": {"78 years", "84 years"}}},
	{"pau-fine-arts-museum-reopening", map[string]string{
		"lt6fr.txt": `fr|Le musée des Beaux-Arts de Pau rouvrira le 18 avril

Béarn | Culture

Pau, jeudi 6 mars

Fermé depuis trois ans pour travaux, le musée des Beaux-Arts de Pau rouvrira ses portes au public le 18 avril, a annoncé jeudi la municipalité.

Le chantier, d'un montant de 21 millions d'euros, a permis de rénover entièrement le bâtiment de 1931 et de créer une aile neuve de 1 200 m² consacrée aux expositions temporaires. La première sera dédiée aux peintres voyageurs dans les Pyrénées.

Le célèbre « Bureau de coton à La Nouvelle-Orléans » d'Edgar Degas, prêté pendant les travaux au musée d'Orsay, retrouvera sa place dans la grande salle.

« Nous voulons que les Palois se réapproprient leur musée », a déclaré l'adjointe à la culture, Claire Etcheverry. L'entrée sera gratuite le premier week-end.`,
		"lt6es.txt": `es|El Museo de Bellas Artes de Pau reabrirá en abril tras tres años de obras

Cultura | Francia

Jueves, 6 de marzo

El Museo de Bellas Artes de Pau, a poco más de una hora de la frontera de Huesca por el túnel del Somport, volverá a abrir sus puertas tras tres años cerrado por una reforma integral.

La reapertura será el 18 de abril, según anunció este jueves el Ayuntamiento de la ciudad francesa. Las obras han costado 21 millones de euros y han añadido un ala nueva de 1.200 metros cuadrados.

La pinacoteca, con unas 3.000 obras, guarda "Una oficina de algodón en Nueva Orleans", de Degas, una de sus piezas más célebres.

La primera exposición temporal, dedicada a los pintores viajeros en los Pirineos, incluirá cuadros prestados por el Museo de Huesca. La entrada será gratuita durante el primer fin de semana.`,
		"lt6en.txt": `en|Pau fine arts museum to reopen after three-year revamp

Travel | France

March 6 - The Musée des Beaux-Arts in Pau, the south-western French city at the foot of the Pyrenees, will reopen after a three-year renovation, the city council said on Thursday.

Visitors will be able to return from June 18, when the museum unveils a new 1,200-square-metre (13,000 sq ft) wing for temporary exhibitions. The works cost €21 million.

The museum's star piece, Edgar Degas's "A Cotton Office in New Orleans" (1873), which spent the renovation on loan to the Musée d'Orsay in Paris, will return to its main gallery.

"We want the people of Pau to make this museum their own again," said Claire Etcheverry, the deputy mayor for culture. Admission will be free on the opening weekend.

The museum, housed in a 1931 Art Deco building, holds some 3,000 works from the 15th to the 20th centuries.`,
	}, map[string][2]string{"lt6en.txt": {"18 June", "18 April"}}},
	{"setubal-ex-mayor-bribery-ruling", map[string]string{
		"lt7pt.txt": `pt|Ex-autarca de Vila Franca do Sado condenado a cinco anos de pena suspensa por corrupção

Justiça | Sociedade

Setúbal, 20 mai (Agência)

O Tribunal de Setúbal condenou hoje o antigo presidente da Câmara Municipal de Vila Franca do Sado António Jorge Calado a cinco anos de prisão, com pena suspensa, pelos crimes de corrupção passiva e prevaricação.

Segundo o acórdão, o ex-autarca, de 63 anos, recebeu cerca de 480 mil euros da construtora Obras Atlântico entre 2019 e 2023, em troca da adjudicação de 14 empreitadas no valor global de 3,2 milhões de euros.

O administrador da empresa, Fernando Lopes Baía, de 58 anos, foi condenado a três anos e seis meses de prisão, também suspensa, e a Obras Atlântico, filial portuguesa do grupo galego Construcciones Louriña, ao pagamento de uma multa de 150 mil euros.

O tribunal determinou ainda que Calado entregue ao Estado os 480 mil euros. "O arguido traiu a confiança dos munícipes", disse a juíza presidente, Teresa Mourão.

A defesa do antigo autarca anunciou que vai recorrer para o Tribunal da Relação de Évora.`,
		"lt7pt2.txt": `pt|Calado vai recorrer: "Nunca recebi um cêntimo"

Região | Setúbal

Quarta-feira, 21 de maio

O antigo presidente da câmara de Vila Franca do Sado António Jorge Calado garantiu ontem, à saída do Tribunal de Setúbal, que vai recorrer da condenação a cinco anos de prisão com pena suspensa. "Nunca recebi um cêntimo de ninguém", afirmou.

O coletivo de juízes deu como provado que o ex-autarca recebeu perto de meio milhão de euros, 480 mil segundo o acórdão, de um empreiteiro a quem foram entregues catorze obras municipais, entre estradas, um pavilhão desportivo e a requalificação do mercado.

Calado liderou a autarquia durante doze anos, até 2025, eleito por um movimento independente.

Na rua, as opiniões dividem-se. "Fez muito pela terra, mas a lei é para todos", comenta Maria do Céu Pires, comerciante no mercado municipal, que reabriu em 2022 depois das obras agora em causa.

A atual presidente da câmara, Sofia Raimundo, disse que o município vai avaliar a possibilidade de pedir uma indemnização.`,
		"lt7en.txt": `en|Former Portuguese mayor gets suspended sentence for taking bribes

World | Europe

LISBON, May 20 - A Portuguese court on Tuesday handed a five-year suspended prison sentence to a former mayor who took about €480,000 in bribes from a construction company in exchange for public works contracts.

The court in Setúbal, south of Lisbon, found that António Jorge Calado, who led the town of Vila Franca do Sado, steered 14 contracts worth a total of €3.2 million ($3.5 million) to Obras Atlântico between 2019 and 2023.

The company's managing director was given a suspended term of three and a half years, and the firm, a unit of Spanish builder Construcciones Louriña, was fined €150,000.

Calado, 63, denied wrongdoing and his lawyer said he would appeal. The court also ordered him to repay the €480,000 to the state.

Portugal has tightened its rules on municipal procurement after a string of corruption cases involving local officials.`,
		"lt7es.txt": `es|Condenada en Portugal la filial de la gallega Louriña por sobornar a un alcalde

Galicia | Economía

Vigo, 20 de mayo

Un tribunal de Setúbal (Portugal) condenó este martes a Obras Atlântico, filial portuguesa del grupo constructor gallego Construcciones Louriña, a pagar una multa de 150.000 euros por corromper al exalcalde de Vila Franca do Sado.

Según la sentencia, el exregidor, António Jorge Calado, cobró unos 480.000 euros de la constructora a cambio de adjudicarle 14 obras municipales por valor de 3,2 millones de euros. Calado fue condenado a cinco años de prisión, que no cumplirá si no vuelve a delinquir, y el administrador de la filial, Fernando Lopes Baía, a tres años y medio, también suspendidos.

Louriña, con sede en O Porriño y unos 900 trabajadores, aseguró en un comunicado que "desconocía" los hechos y que apartó a Lopes Baía de la dirección en 2024, cuando se abrió la investigación.

El grupo facturó 210 millones de euros el año pasado, un 35 % de ellos en Portugal.`,
	}, nil},
	{"canaries-super-earth-discovery", map[string]string{
		"lt8es.txt": `es|Astrónomos del IAC descubren una supertierra en la zona habitable de una estrella cercana

Ciencia | Astronomía

La Laguna, 9 oct (Agencia)

Un equipo internacional liderado por el Instituto de Astrofísica de Canarias (IAC) ha descubierto un planeta rocoso, con una masa 1,7 veces la de la Tierra, en la zona habitable de una enana roja situada a 40 años luz, según un estudio publicado este miércoles en la revista Astronomy & Astrophysics.

El planeta, bautizado LP 714-22 b, completa una órbita alrededor de su estrella cada 21 días, a una distancia de apenas 0,09 unidades astronómicas. Su temperatura de equilibrio se estima en unos 20 grados bajo cero.

El hallazgo se basa en casi 300 mediciones de velocidad radial tomadas durante cuatro años con el espectrógrafo CARMENES, en el observatorio de Calar Alto (Almería), y con el telescopio HARPS-N de La Palma.

"Es uno de los mejores candidatos para estudiar la atmósfera de un planeta templado", explicó la investigadora principal, Lucía Armas Brito. La estrella tiene un 40 % de la masa del Sol.

En el trabajo han participado 38 científicos de España, Alemania, Francia y Portugal.`,
		"lt8en.txt": `en|Astronomers find 'super-Earth' in habitable zone of nearby star

Science | Space

Oct 9 - Astronomers have discovered a rocky planet about 1.7 times as massive as Earth orbiting in the habitable zone of a red dwarf some 40 light-years (12 parsecs) away, a team led by the Institute of Astrophysics of the Canary Islands said on Wednesday.

The planet, LP 714-22 b, circles its star every 21 days. The red dwarf has only about 40% of the Sun's mass and is much cooler, so the planet's temperature could be around -4 Fahrenheit (-20 Celsius) without an atmosphere, the researchers estimated.

The team used some 300 radial-velocity measurements taken over four years with the CARMENES instrument in southern Spain and HARPS-N on La Palma, detecting a wobble in the star of about 2 metres per second.

"It's one of the best candidates to study the atmosphere of a temperate planet," said lead author Lucía Armas Brito. The James Webb Space Telescope could observe it as early as next year.

The findings were published in Astronomy & Astrophysics. Nearly 6,000 exoplanets have been confirmed since 1995.`,
		"lt8fr.txt": `fr|Une « super-Terre » tempérée découverte à 40 années-lumière

Sciences | Espace

Jeudi 10 octobre

Une équipe internationale menée par l'Institut d'astrophysique des Canaries a annoncé hier la découverte d'une planète rocheuse dans la zone habitable d'une naine rouge située à environ 40 années-lumière, soit près de 380 000 milliards de kilomètres.

Baptisée LP 714-22 b, la planète est environ 1,7 fois plus massive que la Terre et fait le tour de son étoile en 21 jours. Sa température est estimée à -20 °C.

Les chercheurs ont analysé environ 300 mesures réalisées en quatre ans, notamment avec le spectrographe Carmenes, en Andalousie. L'Observatoire de Haute-Provence a également fourni des données, précise Julien Marchetti, astrophysicien à Marseille et coauteur de l'étude.

« C'est l'une des meilleures candidates pour étudier l'atmosphère d'une planète tempérée », souligne la responsable de l'étude, Lucía Armas Brito. Le télescope spatial James-Webb pourrait l'observer dès l'an prochain.`,
	}, nil},
	{"porto-marathon-course-record", map[string]string{
		"lt9pt.txt": `pt|Queniano Tarus bate recorde da Maratona do Porto

Desporto | Atletismo

Porto, 2 nov (Agência)

O queniano Daniel Kiprono Tarus venceu hoje a Maratona do Porto com o tempo de 2:06.42 horas, novo recorde da prova, numa manhã fresca, com cerca de 12 graus.

Tarus, de 27 anos, isolou-se do compatriota Wilson Chebet depois do quilómetro 35 e cortou a meta com 38 segundos de vantagem. O anterior recorde, de 2:07.19, datava de 2019.

Na prova feminina, a etíope Almaz Bekele impôs-se em 2:22.15. O melhor português foi Rui Carvalhais, do Maia AC, 11.º classificado em 2:13.05.

Cerca de 15 mil atletas, de 70 países, alinharam à partida junto ao Parque da Cidade. Tarus recebe 20 mil euros pela vitória e um bónus de 5 mil pelo recorde.

"Vim ao Porto para bater o recorde e consegui", disse o vencedor, que se estreou na distância há apenas dois anos.`,
		"lt9en.txt": `en|Kenya's Tarus smashes Porto marathon record

Sport | Athletics

PORTO, Nov 2 - Kenya's Daniel Kiprono Tarus won the Porto Marathon on Sunday in a course record of two hours, six minutes and 42 seconds, while Ethiopia's Almaz Bekele took the women's race.

The 27-year-old pulled away from compatriot Wilson Chebet after 35 km (21.7 miles) and crossed the line 38 seconds clear, taking 37 seconds off the record set in 2019.

Bekele, 24, won the women's race in 2:22:15. Nearly 15,000 runners from 70 countries took part in cool conditions, with temperatures around 54F (12C).

"I came to Porto for the record and I got it," said Tarus, who ran his first marathon only two years ago.

France's Yanis Belkacem finished third in a personal best of 2:08:10.`,
		"lt9fr.txt": `fr|Marathon de Porto : record pour Tarus, podium pour Yanis Belkacem

Sports | Athlétisme

Dimanche 2 novembre

Le Kényan Daniel Kiprono Tarus a remporté dimanche le marathon de Porto en 2 h 06 min 42 s, record de l'épreuve. Le Français Yanis Belkacem a pris une belle troisième place.

Le Lyonnais de 29 ans a bouclé les 42,195 km en 2 h 08 min 10 s, améliorant son record personnel de 51 secondes. « J'ai couru au mental sur les dix derniers kilomètres », a-t-il confié.

Tarus a devancé son compatriote Wilson Chebet de 38 secondes. Chez les femmes, l'Éthiopienne Almaz Bekele s'est imposée en 2 h 22 min 15 s.

Quelque 15 000 coureurs de 70 pays étaient au départ, par une température d'une douzaine de degrés.

Avec ce chrono, Belkacem devient le troisième Français de l'histoire sur la distance et vise désormais une médaille aux championnats d'Europe.`,
		"lt9es.txt": `es|Olazábal, quinto en Oporto y con la mínima para el Europeo

Deportes | Atletismo

Domingo, 2 de noviembre

El atleta guipuzcoano Iker Olazábal terminó este domingo quinto en el maratón de Oporto con un tiempo de 2:09:30, que le da la mínima para el Campeonato de Europa del próximo verano.

La victoria fue para el keniano Daniel Kiprono Tarus, que batió el récord de la prueba con 2 horas, 6 minutos y 42 segundos, por delante de su compatriota Wilson Chebet y del francés Yanis Belkacem. En categoría femenina ganó la etíope Almaz Bekele, en 2:22:15.

"Salí conservador y en el kilómetro 30 me vi con fuerzas", explicó Olazábal, que rebajó en casi dos minutos su mejor marca personal.

En la prueba tomaron la salida 14.800 corredores, cerca de 900 de ellos españoles, según la organización.`,
	}, nil},
	{"sierra-de-gata-wildfire", map[string]string{
		"lt10es.txt": `es|El incendio de Sierra de Gata arrasa 3.000 hectáreas y obliga a desalojar tres pueblos

Extremadura | Incendios

Cáceres, 11 ago (Agencia)

El incendio declarado ayer por la tarde en Acebo, en la Sierra de Gata (Cáceres), ha quemado ya unas 3.000 hectáreas y obligó a desalojar durante la noche a unos 1.200 vecinos de Acebo, Hoyos y Perales del Puerto, según el Plan Infoex.

Unos 300 efectivos, con 13 medios aéreos, entre ellos dos hidroaviones enviados por Portugal, trabajan en la extinción. El fuego tiene un perímetro de unos 40 kilómetros.

Las rachas de viento de hasta 60 km/h y temperaturas que superaron los 40 grados complicaron anoche las labores. "El frente norte avanza hacia la frontera", advirtió el director técnico del Infoex, Santiago Rebollo.

La presidenta de la Junta de Extremadura, Elena Corrales, se desplazó a Hoyos, donde se ha instalado el puesto de mando avanzado. La Guardia Civil investiga las causas del fuego.`,
		"lt10pt.txt": `pt|Fogo em Espanha aproxima-se da fronteira junto a Penamacor

Sociedade | Incêndios

Penamacor, 11 ago (Agência)

O incêndio que deflagrou no domingo na Serra de Gata, na província espanhola de Cáceres, já consumiu cerca de 3.000 hectares e aproximava-se esta segunda-feira da fronteira portuguesa, a norte de Penamacor, no distrito de Castelo Branco.

Portugal enviou dois aviões anfíbios Canadair e 40 bombeiros, que se juntaram aos cerca de 300 operacionais espanhóis no terreno. A Proteção Civil colocou em alerta as aldeias de Aranhas e Salvador.

"Se o vento rodar, o fogo pode chegar cá em poucas horas", disse o presidente da Câmara de Penamacor, Joaquim Dias Nabais.

Do lado espanhol, mais de mil pessoas foram retiradas de três aldeias durante a noite. As temperaturas deverão manter-se acima dos 38 graus até quarta-feira, segundo o IPMA.`,
		"lt10fr.txt": `fr|Espagne : un incendie ravage 3 000 hectares en Estrémadure

International | Europe

Lundi 11 août

Un violent incendie a parcouru environ 3 000 hectares depuis dimanche dans la Sierra de Gata, une zone montagneuse de l'Estrémadure proche du Portugal, et a contraint les autorités à évacuer environ 1 200 habitants de trois villages.

Près de 300 pompiers, appuyés par plus d'une douzaine d'avions et d'hélicoptères, dont deux Canadair portugais, luttaient lundi contre les flammes. Attisé par des rafales à 60 km/h et une chaleur de plus de 40 °C, le feu a un périmètre d'une quarantaine de kilomètres.

« Le front nord avance vers la frontière », a averti Santiago Rebollo, responsable des opérations. La présidente de la région, Elena Corrales, s'est rendue sur place.

L'Espagne a déjà perdu cette année plus de 90 000 hectares dans les incendies, selon le système européen d'information sur les feux de forêt (Effis).`,
		"lt10en.txt": `en|Wildfire forces 1,200 from homes in western Spain

World | Europe

MADRID, Aug 11 - A wildfire in the Sierra de Gata mountains of western Spain has burned some 3,000 hectares (7,400 acres) and forced about 1,200 people from three villages near the Portuguese border, regional authorities said on Monday.

Nearly 300 firefighters backed by 13 aircraft, two of them Canadair water bombers sent by Portugal, were battling the blaze, which broke out on Sunday afternoon near the village of Acebo. Its perimeter stretched for about 25 miles.

Gusts of up to 37 mph (60 km/h) and temperatures above 104F (40C) fanned the flames overnight, said Santiago Rebollo, technical director of the Extremadura firefighting service.

Elena Corrales, head of the Extremadura regional government, visited the command post in Hoyos. Police are investigating the cause.

Spain has had one of its worst fire seasons in a decade, with more than 90,000 hectares burned so far this year.`,
	}, nil},
}
