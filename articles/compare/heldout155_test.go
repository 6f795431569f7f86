package compare

// heldOutBorino is a blind held-out set written without reading the
// extraction, matching or grouping code: ten events of mixed national and
// regional news, each reported three or four times in Spanish, Portuguese,
// German and English (two Portuguese reports of the dam, two German of the
// doping case, two English of the brewery closure). The topics: a crack
// found in a Douro dam on the Spanish-Portuguese border and the road over
// its crest shut, a teachers' strike in Aragon, a merger of a Spanish and
// a Portuguese supermarket chain, a forest fire in the Sierra de Gata, a
// Basque rider of a Cologne team suspended for EPO, a new children's
// hospital in Braga, an auction record for a Portuguese modernist painter
// in London, a rockslide above a Glarus hamlet, a Toledo village's vote
// against a German company's lithium mine, and a Spanish drinks group
// closing a Yorkshire brewery.
//
// Six contradictions are planted, one in each of the first six events and
// all outside the first paragraph: a duration (brn1es: the crest road shut
// "durante 48 horas" against 36 hours, in the only Spanish report, while
// both Portuguese and the English report say 36); an amount (brn2de: the
// offer's cost "jährlich 52 Millionen Euro" against €42 million, in the
// only German report); a percentage (brn3en: "about 21%" of Portugal's
// grocery market against 17%, in the only English report); a count
// (brn4de: "rund 850 Feuerwehrleute" against about 650, in the only German
// report); an age (brn5de2: the rider "der 29-jährige Baske" against 27,
// in the Cologne paper's report, while brn5de of the same language says
// "27 Jahre alt"); a date (brn6es: the first patients "el 13 de octubre"
// against 3 October, in the only Spanish report). The last four events
// hold none.
//
// Traps that are no contradiction: a crack of "cerca de três metros",
// "unos tres metros" and "about 10 feet"; 36 hours beside a reservoir
// lowered four metres over ten days, boat trips suspended two weeks and a
// detour of "quase 40 minutos"; 40 km and 25 miles; a dam of 92 metres
// (302 feet) from 1961, 78% full, 1,500 vehicles a day, 300,000 homes, 12
// engineers and six divers, a nurse of 51, 60,000 tourists, an inspection
// of 2028 and every five years; a production director called "diretor de
// produção", "director de producción" and "production director". Turnout
// of 64% by the union against 38% by the region, 16,500 teachers, 8,000
// marchers by the police or the government office ("oito mil") beside
// "mais de 12 mil" by the union, €90 a month against €150 and the
// union's "mais de 70 milhões", 29 pupils against a cap of 22, a teacher
// of 44, three days and €60 in 2023, "rund 2300 Euro" a month, and the education head as "consejera de
// Educación", "conselheira da Educação", "regional education minister" and
// "Bildungsrätin". 1,140 stores of which 830 in Spain and 310 in Portugal,
// 60% and 40% as "drei Fünftel", 6% in Spain ("sechs Prozent"), 4.5%
// growth, €6.8 billion as "6,8 mil milhões" and "6.800 millones", 38,000
// staff, a chief executive of 49, more than 400 discount stores, closing
// in the first quarter of 2034. 4,200 hectares as 10,400 acres and "mehr
// als 4000 Hektar", 1,300 evacuated as "Mil e trezentos" from three
// villages, 22 aircraft of which four Portuguese, a perimeter of 38 km (24
// miles), gusts of 60 km/h, two firefighters burned, nearly 8,000 hectares
// in 2015 and more than 300,000 nationally last year. A rider of 27 who
// won a Vuelta stage in 2031 "aged 25", a sports director of 52, a sample
// of 24 May, four days for the B sample against a ban of up to four years,
// a contract to 2035, a team founded in 2027 with 28 riders from eleven
// countries, "rund acht Millionen Euro" a season. A ceremony on Friday 30
// September beside the first patients on 3 October, 180 beds of which 24
// intensive care, €96 million of which €60 million ("casi dos tercios")
// from the EU, 650 staff of whom 140 doctors, 1.1 million people and
// 190,000 children, a wing of 1974, about 70 km from Galicia, an
// agreement of 2031, a two-day nurses' strike, and the head as
// "presidente do conselho de administração", "directora del hospital" and
// "hospital chair". £8.4 million with fees as "about €9.8 million" beside
// the hammer at £7 million ("siete millones de libras"), an estimate of £4
// million to £6 million, £3.1 million in 2029, 14 minutes as "catorce
// minutos", four bidders, 110 by 90 cm, a painter of 1899 dead in 1961
// aged 62, Paris from 1921 to 1934, a collection since 1978, a museum's
// €400,000 a year, "Mulher com Guitarra" as "Woman with a Guitar" and
// "Mujer con guitarra". 1.2 million cubic metres as 42 million cubic feet
// and "mais de um milhão", 140 evacuated of whom about 30 Portuguese, 60
// cut off, 30 cm (12 inches) a day against two centimetres a year in
// 2019, 300,000 cubic metres still unstable, CHF 14 million, a man of 58,
// 22 years abroad, 260,000 Portuguese in Switzerland, Brienz in 2023, and
// "Gemeindepräsident" as "local council president". 68% as "mehr als zwei
// Dritteln" and 68% to 31%, 2,460 against 1,120 and 40 blank of 3,620
// voters, 74% turnout as "knapp drei Vierteln" of 4,900, €420 million,
// 380 jobs and 1,200 indirect ones, half a million batteries as "500.000",
// 1,900 signatures in 2032, 81% in a neighbouring town in 2031, 90 staff
// in Freiberg. 160 of 175 jobs with 15 kept, 45 million litres as "around
// 79 million pints" beside Leiria's 90 million litres, 1838 as "almost two
// centuries", £85 million in 2026 as "unos 97 millones de euros", a fifth
// as 20% since 2019, €18 million at Santander and €30 million at Leiria,
// 420 and 240 staff there, 60 new jobs, 3,000 pubs, a cellarman of 61 and
// 40 years, closing by the end of September 2034 and brewing elsewhere
// from October 2034.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions
// (the crest road's 48 hours against 36, Portugal's market share of 21%
// against 17%, the 850 firefighters against 650 and the hospital's 13
// October against 3 October) and 1 false disagreement. It missed the
// offer's cost ("missed brn2de.txt's €52 million against €42 million")
// and the rider's age ("missed brn5de2.txt's 29 years against 27 years"):
// neither wrong value appears in any row flagged as a disagreement, under
// this or another spelling, so neither miss is the planted pair in
// another form and the wrong values are as written before the run. The
// false one was 'count "personas": brn10es: 420 personas; brn10pt: 240
// pessoas', the staff of the Santander plant set against the staff of
// the Leiria plant, two plants' workforces taken for one count. That is
// within the set's limit of one, so the table line keeps 1. Grouped with
// the other sets, its 36 reports of 10 events came out in 12 events,
// B-cubed precision 1.000, recall 0.921 (all 155 sets, 5289 reports:
// precision 1.000, recall 0.939, F1 0.968; 61 sets grouped exactly).
// Nothing changed after the run but this comment.
var heldOutBorino = []heldOutEvent{
	{"douro-dam-crack", map[string]string{
		"brn1pt.txt": `pt|Inspeção deteta fissura na barragem de Cova da Loba e obriga a fechar travessia do Douro

Sociedade

Miranda do Douro, 8 mar 2033 (Agência)

Uma inspeção de rotina detetou uma fissura com cerca de três metros numa das galerias da barragem de Cova da Loba, no troço internacional do rio Douro, anunciou esta terça-feira a concessionária Hidrodouro.

A estrada que passa no coroamento da barragem e liga Miranda do Douro à província espanhola de Zamora vai estar encerrada durante 36 horas, a partir das 20:00 de hoje, para permitir trabalhos de diagnóstico. Por ali passam diariamente cerca de 1.500 veículos.

"Não há qualquer risco para as populações", garantiu o diretor de produção da Hidrodouro, Nuno Carrilho. A empresa vai baixar o nível da albufeira em quatro metros ao longo dos próximos dez dias, por precaução.

A barragem, com 92 metros de altura, entrou em serviço em 1961. A albufeira estava a 78 % da capacidade. A última inspeção, realizada em 2028, não tinha detetado qualquer anomalia.`,
		"brn1pt2.txt": `pt|Travessia da barragem fechada: "São mais 40 quilómetros para ir trabalhar"

Jornal do Nordeste · Região

08/03/2033 - 17:40

Quem atravessa todos os dias a barragem de Cova da Loba para trabalhar em Espanha vai ter de dar a volta por Bemposta. A concessionária fecha a estrada do coroamento às 20 horas desta terça-feira, e a passagem só reabre na quinta-feira de manhã, 36 horas depois.

"São mais 40 quilómetros e quase 40 minutos de caminho, para ir e para voltar", queixa-se Fernanda Lopes, de 51 anos, enfermeira no hospital de Zamora.

A fissura, com perto de três metros, foi encontrada por uma equipa de 12 engenheiros e seis mergulhadores durante a inspeção que a Hidrodouro faz de cinco em cinco anos. O presidente da Câmara de Miranda do Douro, Artur Pimentel, pede "informação clara e diária" à empresa.

A descida de quatro metros no nível da albufeira vai obrigar a suspender durante duas semanas os passeios de barco no Douro Internacional, que no ano passado levaram cerca de 60 mil turistas ao concelho.

Comentários (17)`,
		"brn1es.txt": `es|Portugal cierra el paso por la presa de Cova da Loba tras hallar una grieta

Castilla y León | Zamora

Zamora, 8 de marzo de 2033

La empresa portuguesa Hidrodouro ha detectado una grieta de unos tres metros en una galería de la presa de Cova da Loba, en los Arribes del Duero, durante una inspección rutinaria, según informó este martes.

El paso por la coronación de la presa, que une la comarca de Sayago con Miranda do Douro, permanecerá cerrado durante 48 horas desde las ocho de la tarde. Los conductores deberán desviarse por Bemposta, un rodeo de unos 40 kilómetros.

"La presa es segura y no hay ningún riesgo para la población", afirmó el director de producción de Hidrodouro, Nuno Carrilho. El embalse se vaciará cuatro metros en los próximos diez días.

La Subdelegación del Gobierno en Zamora pidió a la empresa portuguesa que informe también a los ayuntamientos españoles de la ribera. La presa, de 92 metros de altura, se inauguró en 1961 y produce electricidad para unos 300.000 hogares.`,
		"brn1en.txt": `en|Crack found in Douro dam on Spain-Portugal border, crest road shut

World | Europe

LISBON, March 8 - Engineers have found a crack about 10 feet long in a gallery of the Cova da Loba dam, on the stretch of the Douro river that forms the border between Portugal and Spain, operator Hidrodouro said on Tuesday.

The road across the top of the 92-metre (302-foot) dam, used by some 1,500 vehicles a day, will be closed for 36 hours from 8 p.m. for further checks. Drivers face a detour of about 25 miles.

"There is no risk whatsoever to the population," Hidrodouro production director Nuno Carrilho said. The reservoir, which was 78% full, will be lowered by four metres over the next ten days.

The crack was spotted by a team of 12 engineers and six divers during an inspection carried out every five years. The previous one, in 2028, found nothing wrong. The dam, which went into service in 1961, generates power for around 300,000 homes.`,
	}, map[string][2]string{"brn1es.txt": {"48 hours", "36 hours"}}},
	{"aragon-teachers-strike", map[string]string{
		"brn2es.txt": `es|Huelga de profesores en Aragón: los sindicatos cifran el seguimiento en el 64 %

Aragón | Educación

Zaragoza, 17 mar 2033 (Agencia)

Miles de docentes de la enseñanza pública aragonesa secundaron este jueves la primera jornada de huelga convocada por el Sindicato Aragonés de Docentes (SAD) para reclamar una subida salarial y menos alumnos por aula.

El sindicato cifró el seguimiento en el 64 %, mientras que el Departamento de Educación lo rebajó al 38 %. En Aragón trabajan unos 16.500 profesores en centros públicos.

La consejera de Educación, Pilar Ezquerra, recordó que el Gobierno ha ofrecido un complemento de 90 euros al mes por docente, una medida que costaría 42 millones de euros al año. "Es un esfuerzo enorme para las cuentas de la comunidad", declaró.

El SAD pide 150 euros mensuales y bajar la ratio a 22 alumnos por aula. Su portavoz, Javier Lahoz, anunció dos nuevas jornadas de huelga en abril si no hay acuerdo.

Unos 8.000 profesores se manifestaron al mediodía por el centro de Zaragoza, según la Delegación del Gobierno.`,
		"brn2pt.txt": `pt|Professores de Aragão em greve: "Não é só o salário"

Mundo | Espanha

Madrid, 17 mar 2033

Milhares de professores do ensino público de Aragão, no nordeste de Espanha, fizeram greve esta quinta-feira e encheram as ruas de Saragoça: oito mil, segundo a Delegação do Governo, mais de 12 mil, segundo o sindicato que convocou a paralisação.

"Não é só o salário. Tenho 29 alunos numa sala pensada para 22", explicou a uma televisão espanhola Marta Sanjuán, de 44 anos, professora de Espanhol num liceu de Huesca.

O governo regional mantém a proposta de um suplemento de 90 euros por mês para cada professor, que custaria cerca de 42 milhões de euros por ano. O Sindicato Aragonês de Docentes (SAD) exige 150 euros, o que, pelas suas contas, elevaria a despesa para mais de 70 milhões de euros.

A adesão foi de 64 % segundo o sindicato e de 38 % segundo a administração regional. Em 2023, os professores aragoneses já tinham feito três dias de greve e conseguido um aumento de 60 euros.

A conselheira da Educação, Pilar Ezquerra, chamou os sindicatos para uma nova reunião na segunda-feira.`,
		"brn2en.txt": `en|Thousands of teachers strike in Spain's Aragon over pay

World | Europe

MADRID, March 17 - Teachers in Spain's north-eastern Aragon region walked out on Thursday in a one-day strike over pay and class sizes, with the union saying nearly two thirds of public school staff took part.

The Aragonese Teachers' Union (SAD) put turnout at 64%, while the regional education department said 38% of the roughly 16,500 teachers in state schools had stopped work.

The regional government has offered a supplement of €90 a month per teacher, which it says would cost €42 million a year. The union wants €150 and a cap of 22 pupils per class.

"This is an enormous effort for the region's finances," said regional education minister Pilar Ezquerra. Union spokesman Javier Lahoz threatened two more strike days in April if there is no deal.

Police said about 8,000 people marched through Zaragoza. Aragon's teachers last went on strike in 2023, for three days.`,
		"brn2de.txt": `de|Spanien: Lehrerstreik in Aragonien

Ausland

Saragossa – In der spanischen Region Aragonien haben am Donnerstag Tausende Lehrerinnen und Lehrer an öffentlichen Schulen die Arbeit niedergelegt. Sie fordern mehr Gehalt und kleinere Klassen.

Nach Angaben der Gewerkschaft SAD beteiligten sich 64 Prozent der rund 16.500 Lehrkräfte, die Regionalregierung sprach von 38 Prozent. In Saragossa gingen laut Polizei etwa 8000 Menschen auf die Straße.

Die Regionalregierung bietet eine Zulage von 90 Euro im Monat pro Lehrkraft an, was nach ihren Angaben jährlich 52 Millionen Euro kosten würde. Die Gewerkschaft verlangt 150 Euro und höchstens 22 Schüler pro Klasse.

"Das ist eine enorme Anstrengung für den Haushalt der Region", sagte Bildungsrätin Pilar Ezquerra. Gewerkschaftssprecher Javier Lahoz kündigte für April zwei weitere Streiktage an, sollte es keine Einigung geben.

Spanische Lehrer verdienen im Schnitt weniger als ihre Kollegen in Deutschland: Ein Berufseinsteiger erhält in Aragonien rund 2300 Euro brutto im Monat.`,
	}, map[string][2]string{"brn2de.txt": {"€52 million", "€42 million"}}},
	{"iberian-supermarket-merger", map[string]string{
		"brn3pt.txt": `pt|Super Minho e espanhola Almena anunciam fusão

Economia | Empresas

Braga, 22 mar 2033 (Agência)

A cadeia de supermercados Super Minho e o grupo espanhol Almena chegaram a acordo para uma fusão que dará origem a um dos maiores retalhistas alimentares da Península Ibérica, anunciaram esta terça-feira as duas empresas.

O novo grupo terá 1.140 lojas, cerca de 38 mil trabalhadores e vendas anuais de 6,8 mil milhões de euros. Em Portugal, onde a Super Minho tem 310 supermercados, a quota de mercado conjunta chegará aos 17 %.

Os acionistas da Almena ficarão com 60 % do capital e a família Macedo, dona da Super Minho, com 40 %. A sede será em Madrid, mas a operação portuguesa continuará a ser gerida a partir de Braga.

"Juntos ganhamos escala para competir com os gigantes europeus", afirmou o presidente executivo da Super Minho, Rui Macedo, de 49 anos. A operação ainda tem de ser aprovada pela Autoridade da Concorrência e pela Comissão Europeia.`,
		"brn3es.txt": `es|Almena se fusiona con la portuguesa Super Minho y crea un gigante ibérico

Economía

Madrid, 22 de marzo de 2033

La cadena de supermercados Almena, controlada por la familia Arrieta, y la portuguesa Super Minho han acordado fusionarse, según anunciaron este martes ambas compañías en un comunicado conjunto.

El grupo resultante sumará 1.140 tiendas —830 en España y 310 en Portugal—, unos 38.000 empleados y una facturación de 6.800 millones de euros. Los accionistas de Almena controlarán el 60 % del capital.

En Portugal la nueva empresa alcanzará una cuota del 17 % del mercado de la alimentación, mientras que en España, donde Almena tiene un 6 %, seguirá lejos de los líderes.

"Es una operación entre iguales, aunque la sede esté en Madrid", dijo la consejera delegada de Almena, Begoña Arrieta. Las ventas de Almena crecieron un 4,5 % el año pasado.

La fusión necesita el visto bueno de Bruselas y de la autoridad de competencia portuguesa. Las empresas esperan cerrarla en el primer trimestre de 2034.`,
		"brn3en.txt": `en|Spain's Almena and Portugal's Super Minho to merge in Iberian grocery deal

Business | Retail

MADRID, March 22 - Spanish supermarket chain Almena and Portuguese rival Super Minho have agreed to merge, creating a grocer with 1,140 stores and annual sales of €6.8 billion, the companies said on Tuesday.

Almena shareholders will own 60% of the combined group and the Macedo family, which controls Super Minho, the remaining 40%.

The new company will hold about 21% of Portugal's grocery market, where Super Minho runs 310 supermarkets, but only 6% in Spain. It will employ around 38,000 people.

"Together we gain the scale to compete with the European giants," Super Minho chief executive Rui Macedo said. Almena's chief executive Begoña Arrieta called it "a merger of equals".

The deal needs approval from the European Commission and Portugal's competition authority and is expected to close in the first quarter of 2034.`,
		"brn3de.txt": `de|Supermarktfusion auf der Iberischen Halbinsel

Wirtschaft

Madrid/Braga – Die spanische Supermarktkette Almena und der portugiesische Händler Super Minho schließen sich zusammen. Das neue Unternehmen kommt auf 1140 Filialen und einen Jahresumsatz von 6,8 Milliarden Euro, wie beide Firmen am Dienstag mitteilten.

In Portugal erreicht der Konzern damit einen Marktanteil von 17 Prozent, in Spanien von sechs Prozent. Die Almena-Aktionäre halten künftig drei Fünftel der Anteile, die Familie Macedo den Rest.

Für deutsche Händler ist der Zusammenschluss ein Signal: Die Discounter sind auf der Halbinsel stark gewachsen und betreiben allein in Portugal inzwischen mehr als 400 Filialen.

"Gemeinsam gewinnen wir die Größe, um mit den europäischen Riesen mitzuhalten", sagte Super-Minho-Chef Rui Macedo. Die Fusion muss noch von der EU-Kommission und der portugiesischen Wettbewerbsbehörde genehmigt werden.`,
	}, map[string][2]string{"brn3en.txt": {"21%", "17%"}}},
	{"sierra-de-gata-fire", map[string]string{
		"brn4es.txt": `es|El incendio de la Sierra de Gata obliga a desalojar a 1.300 vecinos

Extremadura

Cáceres, 19 jul 2033 (Agencia)

Un incendio forestal declarado el lunes por la tarde en la Sierra de Gata (Cáceres) ha calcinado ya unas 4.200 hectáreas y ha obligado a desalojar a unos 1.300 vecinos de Acebo, Hoyos y Perales del Puerto, informó este martes la Junta de Extremadura.

Unos 650 bomberos y agentes forestales trabajan en la extinción, con el apoyo de 22 medios aéreos, entre ellos cuatro aviones enviados por Portugal. El fuego tiene un perímetro de 38 kilómetros.

"La noche ha sido muy complicada por las rachas de viento de hasta 60 kilómetros por hora", explicó el director del plan de lucha contra incendios, Luis Cordero. Dos bomberos sufrieron quemaduras leves.

La Guardia Civil investiga si el fuego fue provocado. En 2015, otro incendio en la misma sierra quemó cerca de 8.000 hectáreas.`,
		"brn4pt.txt": `pt|Incêndio em Espanha junto à fronteira: Portugal envia quatro aviões

Mundo

Castelo Branco, 19 jul 2033

O incêndio que lavra desde segunda-feira na Serra de Gata, na província espanhola de Cáceres, a poucos quilómetros da fronteira com o distrito de Castelo Branco, já consumiu cerca de 4200 hectares, segundo as autoridades da Estremadura.

Cerca de 650 operacionais combatem as chamas, apoiados por 22 meios aéreos, quatro dos quais aviões portugueses enviados ao abrigo do acordo de cooperação entre os dois países. Mil e trezentos moradores de três aldeias foram retirados de casa.

A Proteção Civil portuguesa mantém o distrito de Castelo Branco em alerta laranja. "Estamos a acompanhar a evolução hora a hora", disse o comandante regional André Pombo.

O vento, com rajadas de 60 km/h, empurrou as chamas para norte durante a noite. Dois bombeiros espanhóis sofreram queimaduras ligeiras.`,
		"brn4en.txt": `en|Spanish wildfire near Portugal border forces 1,300 from homes

World | Europe

MADRID, July 19 - A wildfire in the Sierra de Gata mountains of western Spain has burned about 4,200 hectares (10,400 acres) and forced some 1,300 people to leave three villages, regional authorities said on Tuesday.

Around 650 firefighters and forest rangers backed by 22 aircraft, including four water bombers from Portugal, were battling the blaze, which had a perimeter of 38 km (24 miles).

"It was a very difficult night, with gusts of up to 60 km an hour," said Luis Cordero, head of the regional firefighting service. Two firefighters suffered minor burns.

Police were investigating whether the fire had been started deliberately. A 2015 fire in the same area burned nearly 8,000 hectares.`,
		"brn4de.txt": `de|Waldbrand in Spanien: 1300 Menschen in Sicherheit gebracht

Panorama

Madrid – Ein Waldbrand im Westen Spaniens hat mehr als 4000 Hektar Wald und Buschland vernichtet. Rund 1300 Bewohner dreier Dörfer in der Sierra de Gata nahe der portugiesischen Grenze mussten ihre Häuser verlassen, wie die Regionalregierung der Extremadura am Dienstag mitteilte.

Rund 850 Feuerwehrleute und Forstarbeiter kämpfen gegen die Flammen, unterstützt von 22 Löschflugzeugen und Hubschraubern. Vier Flugzeuge schickte das Nachbarland Portugal.

Starker Wind mit Böen von bis zu 60 Kilometern pro Stunde fachte das Feuer in der Nacht an. Zwei Feuerwehrleute erlitten leichte Verbrennungen. Die Guardia Civil ermittelt wegen möglicher Brandstiftung.

Spanien erlebt den dritten Sommer in Folge mit einer Hitzewelle. Im vergangenen Jahr verbrannten landesweit mehr als 300.000 Hektar.`,
	}, map[string][2]string{"brn4de.txt": {"850", "650"}}},
	{"urrutia-epo-case", map[string]string{
		"brn5es.txt": `es|El ciclista Iker Urrutia, suspendido provisionalmente por dopaje

Deportes | Ciclismo

Madrid, 10 jun 2033 (Agencia)

La Unión Ciclista Internacional (UCI) suspendió este viernes de forma provisional al ciclista vizcaíno Iker Urrutia, del equipo alemán Rheinland Pro Cycling, tras detectar EPO en un control fuera de competición.

Urrutia, de 27 años, dio positivo en una muestra tomada el 24 de mayo en su domicilio de Durango. El corredor tiene cuatro días para pedir el análisis de la contramuestra.

"Soy inocente y lo voy a demostrar", escribió el ciclista en sus redes sociales. Su equipo anunció que rescindirá su contrato, vigente hasta 2035, si se confirma el positivo.

Urrutia ganó una etapa de la Vuelta en 2031 y fue décimo en la general del Giro el año pasado. Se enfrenta a una sanción de hasta cuatro años.`,
		"brn5en.txt": `en|Spanish rider Urrutia provisionally suspended after positive EPO test

Sport | Cycling

By our cycling correspondent

The UCI on Friday provisionally suspended Spanish rider Iker Urrutia of German team Rheinland Pro Cycling after he tested positive for the blood booster EPO in an out-of-competition control.

The 27-year-old climber, who won a stage of the 2031 Vuelta a España aged 25 and finished tenth at last year's Giro d'Italia, was tested at his home in the Basque Country on May 24.

"I am innocent and I will prove it," Urrutia said on social media. He has four days to request analysis of his B sample and faces a ban of up to four years.

Rheinland's sports director Jens Kallweit, 52, said the team would end Urrutia's contract, which runs until 2035, if the result was confirmed. It is the team's first doping case since it was founded in 2027.`,
		"brn5de.txt": `de|Dopingfall bei Rheinland Pro Cycling: Urrutia gesperrt

Sport

Köln – Der Radsport-Rennstall Rheinland Pro Cycling hat einen Dopingfall. Der Weltverband UCI sperrte den Spanier Iker Urrutia am Freitag vorläufig, nachdem in einer Trainingskontrolle das Blutdopingmittel EPO gefunden worden war.

Der 27 Jahre alte Kletterspezialist war am 24. Mai an seinem Wohnort im Baskenland kontrolliert worden. Er beteuert seine Unschuld. Urrutia hatte 2031 eine Etappe der Vuelta gewonnen und war im vergangenen Jahr Zehnter beim Giro d'Italia.

"Wir haben null Toleranz", sagte Sportdirektor Jens Kallweit. Bestätige die B-Probe den Befund, werde der bis 2035 laufende Vertrag aufgelöst. Urrutia drohen bis zu vier Jahre Sperre.

Der Kölner Rennstall wurde 2027 gegründet und fährt seit dieser Saison in der World Tour. Zum Team gehören 28 Fahrer aus elf Ländern.`,
		"brn5de2.txt": `de|"Ein Schlag ins Gesicht": Sponsoren von Rheinland Pro Cycling beraten

Kölner Stadt-Bote · Sport

10.06.2033, 18:20 Uhr

Die Nachricht kam am Freitagmittag, und sie traf das Team mitten in der Vorbereitung auf die Tour de France. Der Weltverband UCI hat Iker Urrutia vorläufig gesperrt; in einer Probe vom 24. Mai wurde EPO nachgewiesen.

Der 29-jährige Baske galt als größte Hoffnung des Rennstalls für die Bergwertung. "Das ist ein Schlag ins Gesicht für alle, die hier sauber arbeiten", sagte Teamchef Holger Brandt, der das Team 2027 gegründet hat.

Der Hauptsponsor, ein Energieversorger aus Leverkusen, will am Montag über sein Engagement beraten. Er zahlt nach Informationen dieser Zeitung rund acht Millionen Euro pro Saison.

Urrutia hat vier Tage Zeit, die Öffnung der B-Probe zu beantragen. Sein Vertrag läuft bis 2035.`,
	}, map[string][2]string{"brn5de2.txt": {"29 years", "27 years"}}},
	{"braga-childrens-hospital", map[string]string{
		"brn6pt.txt": `pt|Novo hospital pediátrico de Braga recebe os primeiros doentes a 3 de outubro

Saúde

Braga, 30 set 2033 (Agência)

O primeiro-ministro inaugurou esta sexta-feira o Hospital Pediátrico do Minho, em Braga, o primeiro hospital do país construído de raiz só para crianças fora de Lisboa, Porto e Coimbra.

O hospital tem 180 camas, 24 das quais de cuidados intensivos, e custou 96 milhões de euros, dos quais 60 milhões vieram de fundos europeus. Os primeiros doentes serão transferidos da antiga ala pediátrica do Hospital de Braga na segunda-feira, 3 de outubro.

"Durante décadas, as crianças do Minho foram tratadas em instalações pensadas para outro tempo", disse a presidente do conselho de administração, Catarina Moura. A antiga ala funcionava desde 1974.

A nova unidade vai empregar 650 profissionais, entre os quais 140 médicos, e serve uma população de cerca de 1,1 milhões de pessoas, incluindo 190 mil crianças e jovens. As urgências pediátricas abrem no mesmo dia.`,
		"brn6es.txt": `es|Portugal abre en Braga un hospital infantil que también atenderá a niños gallegos

Sociedad | Galicia

Vigo, 30 de septiembre de 2033

Portugal inauguró este viernes en Braga el Hospital Pediátrico do Minho, un centro de 180 camas que también podrá atender a niños gallegos gracias a los acuerdos sanitarios transfronterizos.

El hospital, situado a unos 70 kilómetros de la frontera, recibirá a sus primeros pacientes el 13 de octubre, cuando se cierre la antigua planta infantil del Hospital de Braga, en servicio desde 1974.

La obra ha costado 96 millones de euros, casi dos tercios financiados con fondos europeos. Dispone de 24 camas de cuidados intensivos y de una unidad de oncología infantil con 20 habitaciones.

"Los niños del Miño, a los dos lados del río, merecen lo mejor", dijo en el acto la directora del hospital, Catarina Moura, que agradeció la presencia de autoridades gallegas.

El Servizo Galego de Saúde y la administración portuguesa firmaron en 2031 un convenio para compartir servicios en la frontera. El centro tendrá una plantilla de 650 trabajadores.`,
		"brn6en.txt": `en|Portugal opens children's hospital in Braga

Health

LISBON, Sept 30 - Portugal's prime minister on Friday opened a 96-million-euro children's hospital in the northern city of Braga, the first built from scratch for children outside Lisbon, Porto and Coimbra.

The Minho Paediatric Hospital has 180 beds, including 24 in intensive care, and will take its first patients on October 3, when children are moved from the old paediatric wing of Braga's general hospital, which dates from 1974.

About €60 million of the cost came from European Union funds. The hospital will employ 650 staff, 140 of them doctors, and serve a region of about 1.1 million people.

"For decades, the children of Minho were treated in buildings designed for another age," said hospital chair Catarina Moura.

The ceremony came a week after nurses at the Braga hospital held a two-day strike over staffing levels.`,
	}, map[string][2]string{"brn6es.txt": {"13 October", "3 October"}}},
	{"vasconcelos-auction-record", map[string]string{
		"brn7en.txt": `en|Portuguese modernist's painting sells for record £8.4 million

Arts

LONDON, April 27 - A 1927 painting by Portuguese modernist Amélia Vasconcelos sold for £8.4 million at Hartley & Crane in London on Wednesday, a world auction record for a Portuguese artist.

"Mulher com Guitarra" (Woman with a Guitar), a 110 by 90 cm oil, had been estimated at £4 million to £6 million. After 14 minutes of bidding between four telephone bidders, the hammer came down at £7 million; the total includes the buyer's premium.

The previous record for a Portuguese artist, £3.1 million, was set in 2029 by a work of Vasconcelos herself. The buyer was not named.

"She has finally been given her place beside Picasso and Gris," said Hartley & Crane's head of modern art, Oliver Pennant. Vasconcelos, who died in 1961 aged 62, lived in Paris from 1921 to 1934.

The seller was a Swiss private collection that bought the work in 1978.`,
		"brn7pt.txt": `pt|Quadro de Amélia Vasconcelos vendido por 9,8 milhões de euros em Londres

Cultura

Lisboa, 28 abr 2033 (Agência)

O quadro "Mulher com Guitarra", de Amélia Vasconcelos, foi vendido na quarta-feira em Londres por 8,4 milhões de libras, cerca de 9,8 milhões de euros, o valor mais alto de sempre pago em leilão por uma obra de um artista português.

A pintura, de 1927, estava avaliada entre quatro e seis milhões de libras. O anterior recorde, de 3,1 milhões de libras, pertencia também à pintora, nascida no Porto em 1899 e morta em 1961.

"É um dia histórico para a arte portuguesa", afirmou a ministra da Cultura, Teresa Alvim. O Estado não participou na licitação: o Museu Nacional de Arte Contemporânea tem um orçamento anual de aquisições de 400 mil euros.

A obra pertencia a uma coleção particular suíça desde 1978. A identidade do comprador não foi revelada.`,
		"brn7es.txt": `es|Récord para la pintora portuguesa Amélia Vasconcelos: 9,8 millones de euros

Cultura

Madrid, 28 de abril de 2033

Un óleo de la pintora portuguesa Amélia Vasconcelos (1899-1961), "Mujer con guitarra", alcanzó el miércoles en la casa de subastas londinense Hartley & Crane los 8,4 millones de libras (unos 9,8 millones de euros) con comisiones, un récord para un artista portugués.

La puja duró catorce minutos y enfrentó a cuatro compradores por teléfono. El martillo cayó en siete millones de libras, por encima de la estimación más alta, de seis millones.

Vasconcelos vivió en París entre 1921 y 1934 y trabó amistad con Juan Gris, cuya influencia se aprecia en la obra, pintada en 1927. Su anterior récord, de 3,1 millones de libras, data de 2029.

"Ha ocupado por fin su lugar junto a Picasso y Gris", declaró el jefe de arte moderno de la casa, Oliver Pennant. El comprador prefirió mantener el anonimato.`,
	}, nil},
	{"oberhalden-rockslide", map[string]string{
		"brn8de.txt": `de|Bergsturz bei Oberhalden: Zwei Häuser zerstört

Schweiz | Glarus

Glarus, 9. Mai 2033 (Agentur)

Oberhalb des Glarner Weilers Oberhalden sind in der Nacht auf Montag rund 1,2 Millionen Kubikmeter Fels abgebrochen. Die Gesteinsmassen zerstörten zwei Wohnhäuser und einen Stall; verletzt wurde nach ersten Angaben niemand.

Die 140 Bewohnerinnen und Bewohner waren bereits am Freitag vorsorglich evakuiert worden, nachdem sich der Hang zuletzt um bis zu 30 Zentimeter pro Tag bewegt hatte. Der Hang wird seit 2019 überwacht; damals rutschte er rund zwei Zentimeter pro Jahr.

"Das Frühwarnsystem hat funktioniert", sagte Gemeindepräsident Fridolin Zweifel. Die Kantonsstraße ins Tal bleibt gesperrt, rund 60 Personen im hinteren Talabschnitt sind nur noch per Helikopter erreichbar.

Der Kanton rechnet mit Kosten von mindestens 14 Millionen Franken für Schutzbauten. Ein Geologe warnt, dass weitere 300.000 Kubikmeter instabil seien.`,
		"brn8en.txt": `en|Swiss rockslide destroys two homes after villagers evacuated

World | Europe

ZURICH, May 9 - About 1.2 million cubic metres (42 million cubic feet) of rock crashed down a mountainside above the Swiss hamlet of Oberhalden overnight, destroying two houses and a barn, but nobody was hurt because the hamlet had already been evacuated, officials said on Monday.

The 140 residents of the hamlet in the canton of Glarus were ordered out on Friday after sensors showed the slope moving by as much as 30 cm (12 inches) a day.

"The early warning system worked," said local council president Fridolin Zweifel. The slope has been monitored since 2019.

The only road up the valley remains closed, leaving about 60 people further up cut off except by helicopter. Geologists said a further 300,000 cubic metres of rock were unstable.

Switzerland has faced a string of landslides as thawing permafrost and heavy rain weaken Alpine slopes. In 2023, residents of the Graubünden village of Brienz were evacuated as a mountainside threatened to collapse.`,
		"brn8pt.txt": `pt|Derrocada na Suíça: 30 portugueses entre os 140 retirados de Oberhalden

Comunidades

Lisboa, 9 mai 2033

Cerca de 30 portugueses estão entre os 140 moradores retirados na sexta-feira da aldeia suíça de Oberhalden, no cantão de Glaris, onde na noite de domingo para segunda-feira se soltaram mais de um milhão de metros cúbicos de rocha.

A derrocada destruiu duas casas e um estábulo, mas não causou feridos, segundo as autoridades locais. Uma das casas destruídas pertencia a um casal de emigrantes de Viseu, a viver na Suíça há 22 anos.

"Perdemos tudo, mas estamos vivos", disse Manuel Rebelo, de 58 anos, que trabalha numa serração da região.

O cônsul-geral de Portugal em Zurique, Paulo Sardinha, disse estar em contacto com as famílias. A estrada que dá acesso ao vale continua cortada e cerca de 60 pessoas só podem ser abastecidas de helicóptero. Na Suíça vivem cerca de 260 mil portugueses.`,
	}, nil},
	{"montalban-lithium-vote", map[string]string{
		"brn9es.txt": `es|Montalbán de Jara dice no a la mina de litio

España | Castilla-La Mancha

Toledo, 13 nov 2033 (Agencia)

Los vecinos de Montalbán de Jara (Toledo) rechazaron este domingo en consulta popular el proyecto de mina de litio a cielo abierto de la empresa alemana Lithos Minerals, con un 68 % de votos en contra.

Votaron 3.620 de los 4.900 vecinos llamados a las urnas, una participación del 74 %. El "no" obtuvo 2.460 votos y el "sí", 1.120; hubo 40 votos en blanco.

"El pueblo ha hablado alto y claro", dijo la alcaldesa, Rosa Galán, que había prometido respetar el resultado aunque la consulta no es vinculante. La última palabra sobre la mina corresponde a la Junta de Castilla-La Mancha.

Lithos Minerals, con sede en Freiberg (Sajonia), preveía invertir 420 millones de euros y crear 380 empleos directos. La mina produciría litio para unas 500.000 baterías de coche al año.

La plataforma vecinal Jara Viva, que recogió 1.900 firmas contra el proyecto en 2032, celebró el resultado en la plaza del Ayuntamiento.`,
		"brn9de.txt": `de|Spanisches Dorf stimmt gegen Lithium-Mine von Freiberger Firma

Wirtschaft | Sachsen

Freiberg/Toledo – Rückschlag für das sächsische Bergbauunternehmen Lithos Minerals: Die Einwohner der spanischen Gemeinde Montalbán de Jara haben sich am Sonntag in einer Bürgerbefragung mit mehr als zwei Dritteln der Stimmen gegen einen geplanten Lithium-Tagebau ausgesprochen.

Die Beteiligung lag bei knapp drei Vierteln der 4900 Stimmberechtigten. Das Ergebnis ist rechtlich nicht bindend; über die Genehmigung entscheidet die Regionalregierung von Kastilien-La Mancha.

"Wir nehmen das Votum ernst und suchen das Gespräch", sagte Geschäftsführer Matthias Körner. Das Unternehmen wollte in der Region 420 Millionen Euro investieren und 380 Arbeitsplätze schaffen; indirekt sollten weitere 1200 entstehen.

Bürgermeisterin Rosa Galán hatte angekündigt, das Ergebnis zu respektieren. Lithos Minerals beschäftigt in Freiberg rund 90 Mitarbeiter und wurde 2024 gegründet.`,
		"brn9en.txt": `en|Spanish village votes against German-backed lithium mine

Business | Mining

MADRID, Nov 13 - Residents of the Spanish village of Montalbán de Jara voted by 68% to 31% on Sunday against a plan by German company Lithos Minerals to open an open-pit lithium mine, in a non-binding local referendum.

Turnout was 74% among 4,900 registered voters, mayor Rosa Galán said. "The people have spoken loud and clear," she said.

Lithos, based in Freiberg in eastern Germany, had planned to invest €420 million and create 380 jobs at the mine, which would supply lithium for around half a million electric car batteries a year. The final decision lies with the regional government of Castilla-La Mancha.

The vote is the second setback for lithium mining in the region in two years: in 2031, a neighbouring town rejected a similar project by 81%.`,
	}, nil},
	{"kelderby-brewery-closure", map[string]string{
		"brn10en.txt": `en|Kelderby brewery to close with loss of 160 jobs

Business

LONDON, Nov 15 - Spanish drinks group Cantábrica Bebidas said on Tuesday it would close the Kelderby brewery in North Yorkshire, which has brewed beer since 1838, with the loss of 160 jobs.

Production of the brewery's 45 million litres a year will move to Cantábrica's plants in Santander, in northern Spain, and Leiria, in Portugal, by the end of September 2034. Fifteen of the site's 175 staff will stay on to run a visitor centre and shop.

"This has been an extremely difficult decision," said Cantábrica's UK managing director, Helen Marsh. The group bought Kelderby for £85 million in 2026.

Local MP Andrew Fell called the closure "a hammer blow for the town". Beer sales in British pubs have fallen by about a fifth since 2019.`,
		"brn10en2.txt": `en|"It's the end of an era": Kelderby reacts to brewery closure

Kelderby & District Gazette

15 November 2033, 6.10pm

For almost two centuries, the smell of malt has hung over Kelderby's market square. From next autumn, it will be gone.

Workers were told at a meeting at 9am on Tuesday that the brewery, where 175 people work, would shut by the end of September 2034. Only 15 will keep their jobs, at a visitor centre the owners plan to keep open.

"My dad worked here for 40 years and so did I," said Graham Pickles, 61, a cellarman. "There's nothing else like it round here."

The brewery makes around 79 million pints a year, and its Kelderby Gold ale is sold in about 3,000 pubs. Owners Cantábrica Bebidas say the beer will still be brewed, in Spain and Portugal.

Andrew Fell, the town's MP, said he would meet the company next week. Council leader Jo Whitaker said the 1838 buildings must not be "left to rot".`,
		"brn10es.txt": `es|Cantábrica Bebidas cerrará su cervecera inglesa y llevará la producción a Santander

Economía | Cantabria

Santander, 15 de noviembre de 2033

El grupo cántabro Cantábrica Bebidas cerrará en septiembre de 2034 la cervecera Kelderby, en el norte de Inglaterra, que compró en 2026 por 85 millones de libras (unos 97 millones de euros al cambio de entonces).

La producción, 45 millones de litros anuales, se repartirá entre la fábrica de Santander y la de Leiria (Portugal). El cierre supondrá la pérdida de 160 de los 175 empleos de la planta británica.

"Es una decisión difícil, pero el mercado británico de la cerveza de barril ha caído un 20 % desde 2019", explicó el consejero delegado del grupo, Álvaro Setién.

La fábrica de Santander, que emplea a 420 personas, ampliará su capacidad con una inversión de 18 millones de euros. Cantábrica facturó 1.150 millones de euros el año pasado.`,
		"brn10pt.txt": `pt|Fábrica de cerveja de Leiria ganha produção inglesa e 60 postos de trabalho

Economia | Região de Leiria

Leiria, 15 nov 2033

A fábrica de cerveja da Cantábrica Bebidas em Leiria vai receber parte da produção da cervejeira inglesa Kelderby, que o grupo espanhol vai fechar no próximo ano, e criar 60 novos postos de trabalho.

O grupo vai investir 30 milhões de euros na ampliação da fábrica de Leiria, que emprega atualmente 240 pessoas e produz 90 milhões de litros de cerveja por ano.

A Kelderby, no norte de Inglaterra, produz cerca de 45 milhões de litros e emprega 175 trabalhadores, dos quais 160 vão perder o emprego. A cerveja Kelderby Gold passará a ser feita em Leiria e em Santander a partir de outubro de 2034.

"É uma excelente notícia para a região", afirmou o presidente da Câmara de Leiria, Vasco Pereira. A fábrica de Leiria foi comprada pela Cantábrica em 2019.`,
	}, nil},
}
