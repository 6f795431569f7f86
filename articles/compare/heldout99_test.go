package compare

// heldOutPapagayo is a blind held-out set of ten events written without
// reading the comparison code, as a reader's feed would mix them: a
// hurricane in Oaxaca (Mexico), the reopening of Portugal's sardine
// fishery, the launch of a German polar research icebreaker, a penguin
// colony census in Patagonia, Germany's new apprenticeship contracts, a
// Visigothic cemetery found by road works in Extremadura, Bahia's cocoa
// crop, Brazil's March trade surplus, a hot-air balloon's hard landing in
// Bavaria and a dolphin stranding in the Algarve; 3 or 4 reports each, in
// Portuguese, German, Spanish and English.
//
// Six contradictions are planted, one each: a count (the Spanish report on
// the sardine fishery gives 134 Portuguese boats for 143, third
// paragraph), a length (the Portuguese report on the icebreaker gives
// 108 m for 118 m, in the lead), a percentage (the Spanish report on the
// apprenticeships gives a 1.2% fall for 2.1%, second paragraph), a
// duration (the Portuguese report on the cemetery gives 10 weeks of
// digging for 14, third paragraph), a weekday (the Spanish report on the
// trade surplus has the data out on Tuesday for Thursday, second
// paragraph) and an age (the English report on the balloon makes the pilot
// 67 for 61, third paragraph). Five of the six sit in the event's only
// report in its language. The hurricane, the penguins, the cocoa and the
// dolphins hold none.
//
// The traps: sustained winds of 195 km/h against gusts over 230 km/h and
// "120 mph (195 km/h)", 300 mm of rain as "300 Liter pro Quadratmeter" and
// "12 inches", "cerca de 18 mil" against 18,500 and "more than 18,000",
// Hurricane Berta's nine dead in 2022; 38 boats of one association against
// the fleet's 143, 87 Spanish purse-seiners, Spain's 18,500 t of the
// 51,000 t Iberian quota, "32,5 mil toneladas", a 2018 quota below
// 10,000 t, a Vigo paper dated the day after; the old ship's 98 m, the
// new one's 24 m beam and 1.8 m of ice, a "40-year-old" ship, 35 years of
// service in a quote, three years' work on the hull; 186,400 pairs as
// "más de 186.000" and some 373,000 adult birds, 7.6% as "casi un 8 %",
// five weeks as 35 days, 15,300 fewer pairs, 250,000 pairs in the 1990s;
// "Zehntausend" and 10,300 fewer contracts, 131,200 in the crafts, 69,400
// vacancies the year before; 1,400 years, a mayor of 67 beside the
// archaeologist of 52, 120,000 euros, 1,300 inhabitants; R$ 612 per arroba
// as about $118 and 106 euros, 133.3 thousand tonnes the year before,
// Pará's 152,000 t, 400,000 t before 1989; $8.41 billion as $8.4 billion
// and 8.410 millones, $7.02 billion as $7 billion, analysts' $8.9 billion;
// eleven passengers and a pilot as twelve on board, a woman of 34 beside
// the pilot, a pilot flying for more than 20 years; 23 dolphins as 17
// saved and 6 dead, two calves, 11 dolphins in 2017, a biologist of 39.
//
// Frozen before its first run, which flagged 5 of the 6 contradictions and
// 1 false disagreement; it missed the Spanish report's weekday on the
// trade surplus (brazil-trade-surplus: missed p8es.txt's Tuesday against
// Thursday: "divulgados el martes" stood as a fact of its own, apart from
// the others' Thursday), and it flagged the hurricane's sustained winds of
// 195 km/h against the local site's gusts over 230 km/h (hurricane-oaxaca:
// false disagreement quantity "vientos sostenidos": p1de, p1en, p1es: bis
// zu 195 Kilometern pro Stunde; p1es2: 230 km/h). One false disagreement is
// within the set's limit of one, so the table line keeps its max of 1.
var heldOutPapagayo = []heldOutEvent{
	{"hurricane-oaxaca", map[string]string{
		"p1es.txt": `es|El huracán Leonora toca tierra en Oaxaca con vientos de 195 km/h

Internacional | México

Oaxaca (México), 19 sep (Agencia)

El huracán Leonora tocó tierra la noche del martes cerca de Santa Ximena de la Costa, en el estado mexicano de Oaxaca, como categoría 3, con vientos sostenidos de 195 kilómetros por hora, informó el Servicio Meteorológico Nacional.

Al menos tres personas murieron: dos pescadores cuya lancha volcó frente a Puerto Aldama y una mujer de 71 años que fue alcanzada por un árbol en su vivienda.

Unas 18.500 personas pasaron la noche en 240 refugios temporales, según la coordinadora estatal de Protección Civil, Laura Ocampo Ríos. Alrededor de 62.000 hogares se quedaron sin electricidad.

El gobernador Ramiro Estrada Villalobos pidió a la población no regresar todavía a sus casas. El ciclón se degradó a categoría 1 en la mañana del miércoles mientras avanzaba tierra adentro, pero se esperan lluvias de hasta 300 milímetros.

En 2022, el huracán Berta dejó nueve muertos en la misma región.`,
		"p1es2.txt": `es|Leonora deja tres muertos y miles de evacuados en la Costa

Última hora

Actualizado 19/09/2029 - 11:40

SANTA XIMENA DE LA COSTA.- Tras el paso del huracán Leonora, que golpeó la región el martes por la noche con rachas que superaron los 230 km/h, cientos de familias comenzaron este miércoles a revisar los daños en sus casas.

Protección Civil confirmó tres fallecidos. Una vecina de la colonia El Mirador, de 71 años, murió al caerle un árbol encima; los otros dos eran pescadores de Puerto Aldama cuya embarcación volcó.

"Tenemos 240 albergues abiertos con cerca de 18 mil personas", dijo Laura Ocampo Ríos, titular de Protección Civil estatal. La compañía eléctrica reporta 62 mil usuarios sin luz.

Leonora, que llegó como categoría 3, se debilitó a categoría 1 este miércoles.

Síguenos en redes sociales`,
		"p1en.txt": `en|Hurricane Leonora kills three in southern Mexico

World | Americas

By a staff reporter, MEXICO CITY, Sept 19

Hurricane Leonora slammed into the Pacific coast of Oaxaca state late on Tuesday as a Category 3 storm with maximum sustained winds of 120 mph (195 km/h), killing at least three people and forcing more than 18,000 into shelters.

Two fishermen drowned when their boat capsized and a 71-year-old woman was killed by a falling tree, state civil protection chief Laura Ocampo said.

Leonora weakened to a Category 1 hurricane on Wednesday morning as it moved inland, but forecasters warned of up to 300 mm (12 inches) of rain and possible mudslides.

About 62,000 homes lost power. Governor Ramiro Estrada urged evacuees to stay in the 240 shelters until the rain stops.

The region was last hit by a major storm in 2022, when Hurricane Berta killed nine people.`,
		"p1de.txt": `de|Hurrikan „Leonora“ trifft Mexikos Pazifikküste – drei Tote

Panorama

19.09.2029

Der Hurrikan „Leonora“ ist am Dienstagabend (Ortszeit) im südmexikanischen Bundesstaat Oaxaca auf Land getroffen. Der Sturm der Kategorie drei erreichte Windgeschwindigkeiten von bis zu 195 Kilometern pro Stunde.

Mindestens drei Menschen kamen ums Leben, wie der Zivilschutz mitteilte. Eine 71-Jährige wurde von einem umstürzenden Baum erschlagen, zwei Fischer ertranken, als ihr Boot kenterte.

Rund 18.500 Menschen suchten Schutz in Notunterkünften, etwa 62.000 Haushalte waren ohne Strom. Inzwischen hat sich „Leonora“ zu einem Hurrikan der Kategorie eins abgeschwächt. Meteorologen erwarten bis zu 300 Liter Regen pro Quadratmeter.`,
	}, nil},
	{"sardine-season", map[string]string{
		"p2pt.txt": `pt|Pesca da sardinha reabre com quota de 32.500 toneladas

Economia

Lisboa, 04 jun 2029 (Lusa)

A pesca da sardinha reabriu hoje, segunda-feira, em Portugal continental, com uma quota de 32.500 toneladas para este ano, mais 9% do que em 2028, anunciou a secretária de Estado das Pescas, Teresa Bragança Lobo.

A frota do cerco, com 143 embarcações, poderá pescar até 31 de outubro. A quota ibérica fixada para 2029 é de 51.000 toneladas, das quais 18.500 cabem a Espanha.

"É um sinal claro de que o stock está a recuperar", afirmou a governante.

Na primeira lota, em Peniche, a sardinha foi vendida a uma média de 6,40 euros por quilo, contra 4,90 euros no ano passado.

Joaquim Albuquerque, presidente da Associação de Armadores do Cerco do Centro, disse que o peixe "está grande e gordo, como há muito não se via".`,
		"p2pt2.txt": `pt|Sardinha já chegou à lota: quilo a 6,40 euros no primeiro dia

Região | Peniche

04/06/2029 - 19:15

Foi com caixas cheias que as primeiras traineiras entraram esta segunda-feira no porto de Peniche, no dia em que reabriu a pesca da sardinha. O preço médio na lota fixou-se nos 6,40 euros por quilo, bem acima dos 4,90 euros registados na abertura da campanha de 2028.

"A sardinha está grande e gorda, como há muito não se via", resumiu Joaquim Albuquerque, presidente da Associação de Armadores do Cerco do Centro, que representa 38 das embarcações do cerco.

Este ano, os 143 barcos do cerco nacional podem capturar 32,5 mil toneladas até ao fim de outubro, uma subida de 9% face ao ano passado.

Publicidade`,
		"p2es.txt": `es|Portugal reabre la pesquería de sardina con más cuota

Economía | Mar

Vigo, 5 de junio de 2029

La flota portuguesa de cerco volvió a faenar este lunes tras abrirse la campaña de la sardina, con una cuota de 32.500 toneladas, un 9 % más que el año pasado.

El reparto ibérico acordado entre Lisboa y Madrid fija un total de 51.000 toneladas para 2029, de las que 18.500 corresponden a la flota española del Cantábrico Noroeste, con 87 cerqueros.

En Portugal la campaña se prolongará hasta el 31 de octubre y en ella participan 134 barcos. La secretaria de Estado de Pesca, Teresa Bragança Lobo, habló de "una señal clara de que el stock se está recuperando".

En la primera subasta, en Peniche, la sardina se pagó a una media de 6,40 euros el kilo.`,
		"p2en.txt": `en|Portugal reopens sardine fishery with 9% higher quota

Business | Commodities

LISBON, June 4

Portugal reopened its sardine fishery on Monday with a catch limit of 32,500 tonnes for 2029, up 9% from last year, as scientists say the stock off the Iberian coast keeps recovering.

The country's 143 purse-seiners can fish until Oct. 31. Spain's share of the joint Iberian quota of 51,000 tonnes is 18,500 tonnes.

At the first auction in the port of Peniche, sardines fetched an average of 6.40 euros a kilo, against 4.90 euros at the start of last year's season.

Sardines are a staple of Portugal's summer festivals, when millions are grilled in the streets of Lisbon and Porto. As recently as 2018, the Portuguese quota was below 10,000 tonnes.`,
	}, map[string][2]string{"p2es.txt": {"134", "143"}}},
	{"research-icebreaker-launch", map[string]string{
		"p3de.txt": `de|Forschungseisbrecher „Nordlicht“ in Kappelsund vom Stapel gelaufen

Wirtschaft | Schifffahrt

Kappelsund (dpa) – 12.10.2029

Auf der Brenholt Werft in Kappelsund ist am Freitag der neue Forschungseisbrecher „Nordlicht“ vom Stapel gelaufen. Das 118 Meter lange Schiff soll ab dem Frühjahr 2031 für das Institut für Polar- und Meeresforschung (IPM) in Bremerhaven in Arktis und Antarktis unterwegs sein.

Taufpatin war Bundesforschungsministerin Annegret Wöhler (56). „Dieses Schiff wird für die Klimaforschung der nächsten 35 Jahre unverzichtbar sein“, sagte sie.

Der Neubau kostet rund 310 Millionen Euro, 90 Prozent davon trägt der Bund. An Bord ist Platz für 42 Besatzungsmitglieder und bis zu 60 Wissenschaftler. Die „Nordlicht“ kann 1,8 Meter dickes Eis brechen.

Sie ersetzt die 1989 in Dienst gestellte „Meridian“, die 98 Meter lang ist.`,
		"p3de2.txt": `de|Großer Tag für die Werft: Die „Nordlicht“ schwimmt

Kappelsund

Von Birte Hansen

Tausende Zuschauer säumten am Freitagnachmittag das Ufer, als der Rumpf der „Nordlicht“ ins Hafenbecken glitt.

Für die Brenholt Werft und ihre rund 650 Beschäftigten ist der Forschungseisbrecher der größte Auftrag der Firmengeschichte. „Wir haben drei Jahre an diesem Rumpf gearbeitet“, sagte Geschäftsführer Jens-Ole Brenholt.

Nun folgt der Innenausbau, im kommenden Jahr sind Probefahrten in der Ostsee geplant. Übergeben werden soll das 118-Meter-Schiff im Frühjahr 2031. Kosten: 310 Millionen Euro.

Mehr aus der Region`,
		"p3en.txt": `en|Germany launches 310-million-euro polar research icebreaker

Science | Oceans

HAMBURG, Oct 12

German shipbuilder Brenholt Werft launched a new polar research icebreaker, the Nordlicht, on Friday at its yard in Kappelsund on the Baltic coast. The 310 million euro ship, 118 metres long and 24 metres wide, will be able to break through ice 1.8 metres thick.

Research minister Annegret Wöhler, 56, christened the vessel. The federal government is paying 90% of the cost.

The Nordlicht will carry a crew of 42 and up to 60 scientists, and is due to enter service with the IPM polar institute in Bremerhaven in spring 2031, replacing the 40-year-old Meridian.`,
		"p3pt.txt": `pt|Alemanha lança à água navio quebra-gelo para investigação polar

Ciência

12 out 2029 - 18:02

O estaleiro alemão Brenholt Werft lançou esta sexta-feira à água o Nordlicht, um navio quebra-gelo de investigação polar com 108 metros de comprimento, que vai custar 310 milhões de euros.

O navio, que poderá navegar em gelo com 1,8 metros de espessura, terá capacidade para 42 tripulantes e até 60 cientistas. Entra ao serviço na primavera de 2031.

A ministra alemã da Investigação, Annegret Wöhler, de 56 anos, foi a madrinha do navio.`,
	}, map[string][2]string{"p3pt.txt": {"108 m", "118 m"}}},
	{"penguin-colony-census", map[string]string{
		"p4es.txt": `es|Cae un 7,6 % la colonia de pingüinos de Punta Quillén

Sociedad | Ambiente

Puerto Madryn, 14 de marzo de 2029

La colonia de pingüinos de Magallanes de Punta Quillén, en la costa de Chubut, tiene 186.400 parejas reproductivas, un 7,6 % menos que en el censo anterior, de 2018, cuando se contaron 201.700, informó el miércoles el Instituto Patagónico de Biología Marina (IPBM).

El relevamiento se hizo durante cinco semanas, entre octubre y noviembre pasados, con seis investigadores, 23 voluntarios y drones que sobrevolaron 1.150 hectáreas.

"La colonia sigue siendo enorme, pero la tendencia es preocupante", dijo la bióloga Mariela Quiroga, de 44 años, que dirigió el censo. Entre las causas señaló la menor disponibilidad de anchoíta y las olas de calor de los últimos veranos.

A mediados de los años noventa la colonia llegó a tener unas 250.000 parejas.`,
		"p4es2.txt": `es|Censo en Punta Quillén: hay menos pingüinos que hace diez años

Chubut

Por Redacción

Unos 373.000 pingüinos adultos se reproducen en Punta Quillén, según el último censo del IPBM, que contabilizó más de 186.000 parejas. Son casi un 8 % menos que en 2018.

Los investigadores trabajaron 35 días en la colonia, recorriendo a pie y con drones los nidos repartidos en más de mil hectáreas.

La directora del censo, Mariela Quiroga, pidió reforzar los controles sobre la pesca de anchoíta frente a la costa. El próximo conteo está previsto para 2034.`,
		"p4en.txt": `en|Argentina's Punta Quillén penguin colony shrinks 7.6%

Environment

BUENOS AIRES, March 14

The number of Magellanic penguins breeding at Punta Quillén, one of Argentina's largest colonies, has fallen by 7.6% since 2018 to some 186,400 pairs, scientists said on Wednesday.

The census, carried out over five weeks last spring by six researchers and 23 volunteers with the help of drones, found 15,300 fewer pairs than the previous count.

Biologist Mariela Quiroga, 44, who led the count, blamed a scarcity of anchovies and repeated heatwaves. The colony peaked at about 250,000 pairs in the mid-1990s.`,
		"p4de.txt": `de|Weniger Magellan-Pinguine in Patagonien

Wissen

Die Zahl der Magellan-Pinguine in der Kolonie Punta Quillén an der argentinischen Atlantikküste ist deutlich gesunken. Bei der jüngsten Zählung fanden Forschende rund 186.400 Brutpaare, 7,6 Prozent weniger als 2018.

Die Biologin Mariela Quiroga (44) vom Patagonischen Institut für Meeresbiologie macht vor allem Nahrungsmangel verantwortlich: Die Bestände der Argentinischen Sardelle seien zurückgegangen. Zudem setzten Hitzewellen den Tieren zu.

Mitte der 1990er-Jahre brüteten in Punta Quillén noch etwa 250.000 Paare.`,
	}, nil},
	{"apprenticeship-contracts", map[string]string{
		"p5de.txt": `de|Zahl neuer Ausbildungsverträge sinkt auf 478.600

Wirtschaft | Arbeitsmarkt

Bonn, 13.12.2028

In Deutschland sind in diesem Jahr 478.600 neue Ausbildungsverträge abgeschlossen worden, 2,1 Prozent weniger als im Vorjahr. Das teilte das Bundesinstitut für Berufsbildung am Mittwoch in Bonn mit.

Gleichzeitig blieben so viele Lehrstellen unbesetzt wie nie zuvor: Zum Stichtag 30. September waren 71.300 Ausbildungsplätze frei, nach 69.400 im Vorjahr. 28.900 Bewerberinnen und Bewerber fanden dagegen keinen Platz.

„Angebot und Nachfrage finden immer schlechter zusammen“, sagte Institutspräsidentin Hanna Velmer. Besonders viele Stellen blieben im Lebensmittelhandwerk, im Verkauf und in der Sanitär- und Heizungstechnik offen.

Der Frauenanteil unter den neuen Azubis lag bei 35,4 Prozent.`,
		"p5de2.txt": `de|Ausbildung: Zehntausend Verträge weniger, Rekord bei offenen Stellen

Karriere

Die Lücke auf dem Ausbildungsmarkt wird größer. Rund 10.300 Ausbildungsverträge weniger als 2027 wurden in diesem Jahr unterschrieben, insgesamt 478.600. Das ist ein Minus von 2,1 Prozent.

Im Handwerk waren es 131.200 neue Verträge. Mehr als 71.000 Lehrstellen konnten bis Ende September nicht besetzt werden – ein Höchststand.

Die Präsidentin des Bundesinstituts, Hanna Velmer, forderte mehr Unterstützung bei der Berufsorientierung an den Schulen.`,
		"p5en.txt": `en|Germany's apprenticeship intake falls 2.1% as vacancies hit record

Europe | Economy

BERLIN, Dec 13

Companies in Germany signed 478,600 new apprenticeship contracts this year, 2.1% fewer than in 2027, while a record 71,300 training places went unfilled, the federal vocational training institute said on Wednesday.

Some 28,900 young applicants were left without a place, a sign that supply and demand are drifting apart, institute president Hanna Velmer said. Bakeries, retailers and plumbing firms had the hardest time finding recruits.

Vacant places had already reached 69,400 a year earlier. Women accounted for 35.4% of new apprentices.

Germany's dual system, which combines classroom teaching with paid work at a company, is often cited as a reason for the country's low youth unemployment.`,
		"p5es.txt": `es|Alemania firma menos contratos de formación profesional dual

Economía

Berlín, 13 dic (Agencia)

Las empresas alemanas firmaron este año 478.600 nuevos contratos de aprendizaje en el sistema de formación profesional dual, según el Instituto Federal de Formación Profesional.

La cifra supone un descenso del 1,2 % respecto a 2027. Al mismo tiempo, 71.300 plazas de aprendiz quedaron vacantes, un récord, mientras que 28.900 jóvenes se quedaron sin plaza.

La presidenta del instituto, Hanna Velmer, advirtió de que la oferta y la demanda "encajan cada vez peor". Las panaderías, el comercio minorista y los fontaneros son los sectores con más dificultades para encontrar aprendices.`,
	}, map[string][2]string{"p5es.txt": {"1.2%", "2.1%"}}},
	{"visigothic-cemetery", map[string]string{
		"p6es.txt": `es|Hallan una necrópolis visigoda con 86 tumbas junto a una carretera en Cáceres

Cultura | Patrimonio

Mérida, 21 de junio de 2029 (Agencia)

Los trabajos de ampliación de la carretera EX-214 a su paso por Torrejoncillo del Monte (Cáceres) han sacado a la luz una necrópolis visigoda de los siglos VI y VII con 86 tumbas, presentó este jueves la consejera de Cultura de la Junta de Extremadura, Rosa Almagro.

La excavación, que ocupa unos 2.400 metros cuadrados a kilómetro y medio del pueblo, ha durado 14 semanas y ha estado dirigida por el arqueólogo Julián Recuero, de 52 años.

En 19 de las sepulturas aparecieron ajuares, entre ellos una hebilla de cinturón de bronce y cuentas de vidrio. "Es una de las necrópolis de este periodo mejor conservadas del oeste peninsular", afirmó Recuero.

Las obras de la carretera se reanudarán en septiembre con un trazado desviado 40 metros para preservar el yacimiento.`,
		"p6es2.txt": `es|Torrejoncillo descubre su pasado visigodo

Comarcas

Por M. J. Cordero

Ni los más mayores del pueblo sabían que bajo el olivar de la Dehesa Vieja había un cementerio de hace 1.400 años. Las máquinas lo encontraron en enero y desde entonces un equipo de arqueólogos ha trabajado catorce semanas sin descanso.

Han aparecido 86 tumbas excavadas en la roca, 19 de ellas con objetos: una hebilla de bronce, collares de cuentas de vidrio, algún anillo.

"Queremos que los vecinos puedan visitarlo", explicó la consejera Rosa Almagro, que anunció una partida de 120.000 euros para musealizar el yacimiento.

El alcalde, Fermín Durán, de 67 años, recordó que el pueblo tiene apenas 1.300 habitantes.`,
		"p6pt.txt": `pt|Espanha: descoberta necrópole visigoda durante obras numa estrada

Cultura

21 jun 2029 - 16:48

Arqueólogos espanhóis descobriram uma necrópole visigoda com 86 sepulturas dos séculos VI e VII durante as obras de alargamento de uma estrada na Extremadura, perto da fronteira com Portugal.

O sítio, com cerca de 2400 metros quadrados, fica a um quilómetro e meio da aldeia de Torrejoncillo del Monte, na província de Cáceres.

As escavações, dirigidas pelo arqueólogo Julián Recuero, de 52 anos, prolongaram-se por 10 semanas. Em 19 túmulos foram encontrados objetos, como uma fivela de bronze e contas de vidro.

A estrada será desviada 40 metros para preservar o local, anunciou a responsável regional pela Cultura, Rosa Almagro.`,
		"p6en.txt": `en|Visigothic cemetery with 86 graves found during Spanish road works

Heritage

MADRID, June 21

Road builders widening a regional highway in Spain's Extremadura region have uncovered a Visigothic cemetery from the 6th and 7th centuries containing 86 graves, regional officials said on Thursday.

Archaeologists spent 14 weeks excavating the 2,400-square-metre site near the village of Torrejoncillo del Monte. Grave goods including a bronze belt buckle and glass beads were found in 19 of the tombs.

"This is one of the best preserved cemeteries of the period in the west of the peninsula," said Julián Recuero, the 52-year-old archaeologist who led the dig.

The road will be rerouted 40 metres around the site, with work resuming in September.`,
	}, map[string][2]string{"p6pt.txt": {"10 weeks", "14 weeks"}}},
	{"bahia-cocoa-crop", map[string]string{
		"p7pt.txt": `pt|Safra de cacau na Bahia deve crescer 11% e chegar a 148 mil toneladas

Agronegócio

Ilhéus (BA), 5 de junho de 2029

A safra de cacau da Bahia 2028/29 deve alcançar 148 mil toneladas, um aumento de 11% em relação ao ciclo anterior, quando foram colhidas 133,3 mil toneladas, segundo estimativa divulgada nesta terça-feira pela Associação dos Produtores de Cacau do Sul da Bahia (APC).

O bom resultado é atribuído às chuvas, 18% acima da média histórica, e aos preços elevados, que estimularam os produtores a investir na recuperação das lavouras. A arroba (15 quilos) de cacau era negociada ontem a R$ 612, contra R$ 480 há um ano.

"É a melhor safra em mais de uma década", disse o presidente da APC, Everaldo Pinheiro Santana, de 63 anos.

Mesmo assim, a Bahia segue atrás do Pará, que deve colher 152 mil toneladas. Antes da chegada da vassoura-de-bruxa, em 1989, o estado chegou a produzir cerca de 400 mil toneladas por ano.`,
		"p7pt2.txt": `pt|Produtores comemoram safra e preço do cacau no sul da Bahia

Regional

Por Carla Menezes

05/06/2029 - 08h30

Com a arroba cotada a R$ 612, o cacau voltou a animar as fazendas da região cacaueira. A APC projeta uma colheita de 148.000 toneladas na safra 2028/29, 11% a mais do que na anterior.

Para o presidente da entidade, Everaldo Pinheiro Santana, o momento é de "recuperar o que a vassoura-de-bruxa levou". Há um ano, a arroba valia R$ 480.

Na década de 1980, a Bahia respondia por mais de 90% do cacau brasileiro e colhia perto de 400 mil toneladas.`,
		"p7en.txt": `en|Brazil's Bahia cocoa crop seen up 11% on rains, high prices

Commodities | Softs

SAO PAULO, June 5

Cocoa output in Brazil's Bahia state is expected to rise 11% to 148,000 tonnes in the 2028/29 season, helped by abundant rain and record prices, local growers' association APC said on Tuesday.

Growers were getting 612 reais (about $118) per arroba, a local unit of 15 kg, compared with 480 reais a year ago. Rainfall in the cocoa belt around Ilhéus was 18% above average.

Neighbouring Pará state is expected to remain Brazil's top producer with 152,000 tonnes.

Bahia once harvested around 400,000 tonnes a year, before the witches' broom fungus devastated its plantations from 1989.`,
		"p7es.txt": `es|La cosecha de cacao de Bahía crecerá un 11 %

Agro

São Paulo, 5 jun (Agencia)

La cosecha de cacao del estado brasileño de Bahía alcanzará las 148.000 toneladas en la campaña 2028/29, un 11 % más que en la anterior, según la asociación de productores APC.

La arroba de 15 kilos se pagaba a 612 reales (unos 106 euros), frente a 480 reales hace un año.

El presidente de la APC, Everaldo Pinheiro Santana, de 63 años, atribuyó el aumento a las lluvias, un 18 % superiores a la media, y a los altos precios internacionales.`,
	}, nil},
	{"brazil-trade-surplus", map[string]string{
		"p8pt.txt": `pt|Balança comercial tem superávit de US$ 8,41 bilhões em março

Economia

Brasília, 5 abr 2029

A balança comercial brasileira registrou superávit de US$ 8,41 bilhões em março, informou nesta quinta-feira o Ministério do Desenvolvimento, Indústria, Comércio e Serviços. Em março de 2028, o saldo havia sido de US$ 7,02 bilhões.

As exportações somaram US$ 31,2 bilhões no mês, alta de 4,6% sobre um ano antes, enquanto as importações recuaram 1,3%, para US$ 22,8 bilhões.

No primeiro trimestre, o superávit acumulado chega a US$ 19,7 bilhões. A soja puxou as vendas externas, com o recorde de 14,9 milhões de toneladas embarcadas em março.

A secretária de Comércio Exterior, Juliana Motta Aragão, manteve a projeção de um saldo de US$ 82 bilhões em 2029.`,
		"p8pt2.txt": `pt|Soja recorde leva saldo comercial a US$ 8,4 bi em março

Mercados

05/04/2029 15:22 | Atualizado há 2 horas

Puxado pelos embarques recordes de soja, o Brasil teve superávit comercial de US$ 8,4 bilhões em março, acima dos US$ 7 bilhões de igual mês do ano passado. O resultado veio levemente abaixo da mediana das projeções de analistas, de US$ 8,9 bilhões.

Foram 14,9 milhões de toneladas de soja exportadas no mês. As vendas de petróleo bruto renderam US$ 4,3 bilhões.

No ano, o saldo positivo soma US$ 19,7 bilhões, segundo os dados divulgados nesta quinta pelo governo.

Leia mais: Dólar fecha em queda`,
		"p8en.txt": `en|Brazil posts $8.41 billion March trade surplus on record soy shipments

Markets | Economy

BRASILIA, April 5

Brazil posted a trade surplus of $8.41 billion in March, up from $7.02 billion a year earlier, as record soybean shipments lifted exports, government data showed on Thursday.

Exports rose 4.6% to $31.2 billion, while imports fell 1.3% to $22.8 billion. Soybean shipments hit a monthly record of 14.9 million tonnes.

The surplus for the first quarter reached $19.7 billion. The government expects a full-year surplus of $82 billion, foreign trade secretary Juliana Motta said.`,
		"p8es.txt": `es|Brasil registra un superávit comercial de 8.410 millones de dólares en marzo

Economía | América Latina

Brasilia, 5 abr (Agencia)

Brasil registró en marzo un superávit comercial de 8.410 millones de dólares, por encima de los 7.020 millones del mismo mes de 2028, impulsado por las exportaciones récord de soja.

Los datos, divulgados el martes por el Ministerio de Desarrollo, Industria y Comercio, muestran que las exportaciones crecieron un 4,6 %, hasta 31.200 millones de dólares, y las importaciones cayeron un 1,3 %, hasta 22.800 millones.

En el primer trimestre el saldo positivo acumula 19.700 millones de dólares. El Gobierno prevé cerrar el año con un superávit de 82.000 millones.`,
	}, map[string][2]string{"p8es.txt": {"Tuesday", "Thursday"}}},
	{"balloon-hard-landing", map[string]string{
		"p9de.txt": `de|Ballon kippt bei Landung um – fünf Verletzte

Oberland

Wiesenbrunn – Bei der Landung eines Heißluftballons auf einem Feld bei Wiesenbrunn (Landkreis Weilheim-Schongau) sind am Samstagabend fünf Menschen verletzt worden, eine Frau davon schwer. Das teilte die Polizei am Sonntag mit.

Der Ballon mit zwölf Personen an Bord war gegen 18.50 Uhr in Hohenreith gestartet. Beim Landeanflug gegen 19.40 Uhr erfasste eine Windböe den Ballon, der Korb kippte und wurde etwa 80 Meter über die Wiese geschleift.

Eine 34-jährige Münchnerin erlitt schwere Verletzungen und wurde mit dem Rettungshubschrauber in die Unfallklinik Murnau geflogen. Vier weitere Passagiere wurden leicht verletzt. Der 61 Jahre alte Pilot, ein erfahrener Ballonfahrer aus dem Landkreis, blieb unverletzt.

Die Bundesstelle für Flugunfalluntersuchung hat die Ermittlungen aufgenommen.`,
		"p9de2.txt": `de|Harte Landung: Heißluftballon schleift Korb über Wiese

Bayern

Sonntag, 15. Juli 2029

Es sollte ein entspannter Sommerabend werden: Elf Fahrgäste waren am Samstag mit einem Heißluftballon über dem Pfaffenwinkel unterwegs. Die Fahrt endete nach rund 50 Minuten mit einer harten Landung bei Wiesenbrunn.

Laut Polizei drückte eine plötzliche Böe von etwa 35 km/h den Ballon kurz vor dem Aufsetzen zur Seite. Der Korb kippte und wurde rund 80 Meter mitgeschleift. Fünf Insassen wurden verletzt, eine 34-Jährige schwer.

Der Pilot (61) habe alles richtig gemacht, sagte ein Mitfahrer. Ob die Böen vorhergesagt waren, prüfen nun die Experten.`,
		"p9en.txt": `en|Five hurt as hot-air balloon tips over on landing in Bavaria

Europe

BERLIN, July 15

Five people were injured, one of them seriously, when a hot-air balloon carrying 12 people tipped over as it landed in a field in southern Germany on Saturday evening, police said.

A gust of wind caught the balloon shortly before touchdown near the village of Wiesenbrunn, south-west of Munich, and the basket was dragged about 80 metres across the field.

A 34-year-old woman was flown to hospital by helicopter. The 67-year-old pilot, who was not hurt, had been flying balloons for more than 20 years, police said.

German air accident investigators are looking into the cause.`,
	}, map[string][2]string{"p9en.txt": {"67 years", "61 years"}}},
	{"dolphin-stranding", map[string]string{
		"p10pt.txt": `pt|Voluntários devolvem ao mar 17 golfinhos arrojados no Algarve

Sociedade

Vila do Bispo, 15 jul 2029 (Lusa)

Vinte e três golfinhos-comuns arrojaram hoje de manhã na praia do Barranco Fundo, em Vila do Bispo, e 17 foram devolvidos ao mar por nadadores-salvadores, elementos da Polícia Marítima e cerca de 60 voluntários, informou a Autoridade Marítima Nacional.

Seis animais morreram, entre eles duas crias. A operação de salvamento durou cerca de três horas.

"Os animais que voltaram ao mar nadaram em grupo para largo, o que é um bom sinal", disse o capitão do porto de Lagos, Nuno Esteves.

Os golfinhos mortos, com entre 1,2 e 2,3 metros de comprimento, vão ser autopsiados pelo Centro de Reabilitação de Animais Marinhos do Barlavento. Em 2017, um arrojamento de 11 golfinhos nesta costa foi atribuído a uma infeção.`,
		"p10pt2.txt": `pt|Corrente humana salva golfinhos em Vila do Bispo

Algarve

Por Rui Cavaco | 15/07/2029

Banhistas, surfistas e nadadores-salvadores formaram na manhã deste domingo uma corrente humana na praia do Barranco Fundo para salvar um grupo de golfinhos que deu à costa. Dos 23 animais, 17 regressaram ao mar. Os outros seis não resistiram.

A bióloga Sofia Gaspar Reis, de 39 anos, coordenadora do centro de reabilitação, pediu às pessoas que, em casos semelhantes, mantenham os animais molhados e liguem para o 112.

As causas do arrojamento ainda são desconhecidas.`,
		"p10en.txt": `en|Volunteers push 17 stranded dolphins back to sea in Portugal

Europe | Environment

LISBON, July 15

Beachgoers and lifeguards in southern Portugal managed to return 17 common dolphins to the sea on Sunday after a group of 23 stranded on a beach in the Algarve, the maritime authority said. Six died.

About 60 volunteers worked for nearly three hours alongside maritime police to keep the animals wet and carry them back into the waves.

Experts will carry out necropsies on the dead dolphins, two of them calves, to try to establish why the pod beached. A stranding of 11 dolphins on the same stretch of coast in 2017 was blamed on an infection.`,
		"p10es.txt": `es|Salvan a 17 delfines varados en una playa del Algarve

Sociedad

Lisboa, 15 jul (Agencia)

Un grupo de voluntarios, socorristas y agentes de la Policía Marítima portuguesa logró devolver al mar a 17 delfines comunes que quedaron varados el domingo en una playa de Vila do Bispo, en el Algarve. Otros seis murieron.

En total fueron 23 los animales que llegaron a la orilla, según la Autoridad Marítima Nacional. El rescate se prolongó unas tres horas.

Los ejemplares muertos, de entre 1,2 y 2,3 metros, serán sometidos a necropsias.`,
	}, nil},
}
