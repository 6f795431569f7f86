package compare

// heldOutElvegust is a blind held-out set of ten events of economy,
// science and local news in Spanish, German, Portuguese and English,
// written without reading the extraction or the matching code: a lithium
// project's environmental permit in Argentina, a beaver dam flooding fields
// in Brandenburg, a Portuguese tile maker's new plant, a dark-sky reserve in
// Teruel, a Brazilian orchid found again after 93 years, a savings bank
// closing branches in Hesse, a wind-blade recycling plant in Navarre, a
// water tower blown up in the Ribatejo, Neanderthal footprints on an
// Algarve beach and a market hall reopening near Valencia.
//
// Six contradictions are planted, one per event, none in a first
// paragraph, five in a report whose language is the minority in its event:
// an amount (the English lithium wire's $470 million against $740 million,
// third paragraph), a count (the Spanish trade site's 320 new tile-plant
// jobs against 230, third paragraph), a distance (the German travel site's
// 35 km core zone against 25 km, second paragraph), an age (the English
// report's 79-year-old orchid finder against 72, third paragraph), a
// duration (the German trade paper's 18 months of building against 14,
// second paragraph) and a weekday (the second Portuguese local site's
// Saturday demolition against Sunday, third paragraph). The beaver dam,
// the branch closures, the footprints and the market hall hold none.
//
// Traps that must not be flagged: rounding and hedges (42% against
// "around 40%", 38 against "fast 40 Prozent", 62 against "rund 60", 9.3%
// against "about 9%", 87 against "casi 90", 9.4 against "casi 9,5
// millones", 1,340 against "cerca de 1.300", 1,100 against "más de mil"),
// words for numbers ("Fourteen", "Veintitrés", "catorce", "zwölf"),
// converted units (35 hectares and 86 acres, 1.7 metres and 5ft 7in, 500
// cubic metres and 500,000 litres, 8 mm and "menos de um centímetro", 60
// Zentimeter and 0,6 Meter, two weeks and a fortnight, 26 months and "dos
// años"), previous values (240 litres per second in 2029, 900 beavers in
// 2020, 6,000 visitors in 2030, 63 stalls before the works), parts and
// totals (14 branches as nine and five, 37 less 14 as 23, 41 of 48 stalls
// and seven left, 230 jobs and 610 staff as 840, a €7.5 million order in a
// €28 million plant, €5.6 million of €9.4 million), two people's ages in
// one report, ages beside years of work (67 and 45 years), and background
// figures of other years (1938, 1962, 2009, 2024, 106,000 years).
//
// Frozen before its first run, which flagged 5 of the 6 contradictions and
// 1 false disagreement. It missed the water tower's weekday: the second
// Portuguese site's "marcada para sábado" was read as a Saturday of its
// own, a fact apart from the "12 October · Sunday" of the other two
// reports, so the wrong Saturday was set against nothing. The false one
// matched the branch closures' "rund 540 Stellen" (the savings bank's
// whole staff) with the local site's "Rund 60 Stellen" (the jobs to be cut,
// 62 in the other two) as one count of Stellen. The set passes under its
// limit of one false disagreement, which was left as it is, and no value
// of wrong was respelled.
//
// Fixed after, so the set is held out no longer: rival counts must be
// within three times each other or a zero apart, so the bank's staff of
// 540 is no slip for the 60 jobs cut: 5/6 flagged, 0 false.
var heldOutElvegust = []heldOutEvent{
	{"lithium-brine-permit", map[string]string{
		"el1es.txt": `es|Salta aprueba el estudio ambiental del proyecto de litio en el salar de Tolanco

Economía | Minería

Miércoles 10 de septiembre de 2031

SALTA. - La Secretaría de Minería de Salta aprobó el martes la declaración de impacto ambiental del proyecto Tolanco, con lo que la canadiense Puna Lithium Corp. queda habilitada para construir una planta de carbonato de litio en el salar del mismo nombre, en el departamento de Los Andes.

La empresa prevé invertir 740 millones de dólares en una planta con capacidad para producir 25.000 toneladas anuales de carbonato de litio. La construcción comenzaría en el primer trimestre de 2032 y la producción, en 2034. Durante la obra se crearán unos 1.100 empleos y la operación requerirá 420 puestos permanentes.

"Es el proyecto más grande que aprobamos en los últimos cinco años", dijo el secretario de Minería, Gustavo Arancibia, de 61 años. La provincia cobrará regalías del 3 % sobre el valor en boca de mina.

La aprobación llega pese a las objeciones de 14 comunidades indígenas de la Puna, que cuestionan el uso del agua. Según el estudio, la planta consumirá 180 litros de agua dulce por segundo, frente a los 240 previstos en la primera versión del proyecto, presentada en 2029.

La presidenta ejecutiva de Puna Lithium, Marianne Holt, de 54 años, afirmó que la compañía financiará un acueducto de 38 kilómetros para abastecer a tres parajes de la zona.`,
		"el1es2.txt": `es|Luz verde ambiental a un proyecto de litio de 740 millones de dólares en el norte argentino

Buenos Aires, 9 sep (Agencia Sur).- El Gobierno de la provincia argentina de Salta aprobó este martes el informe de impacto ambiental del proyecto de litio Tolanco, de la minera canadiense Puna Lithium, que demandará una inversión de 740 millones de dólares.

La planta, ubicada en el salar de Tolanco, a unos 3.900 metros sobre el nivel del mar, producirá 25 mil toneladas de carbonato de litio por año a partir de 2034, según la compañía, que prevé emplear a más de mil personas durante la fase de construcción.

El precio del carbonato de litio cayó un 42 % en los últimos doce meses, lo que llevó a varias mineras a postergar inversiones en el llamado "triángulo del litio" que Argentina comparte con Chile y Bolivia.

Comunidades indígenas de la zona reclamaron por el uso del agua en una región donde llueve menos de 100 milímetros al año. La empresa sostiene que reducirá el consumo de agua dulce a 180 litros por segundo.

(Agencia Sur)`,
		"el1en.txt": `en|Argentina's Salta clears Puna Lithium's Tolanco project

By Staff Reporter

SALTA, Argentina, Sept 9 - Authorities in Argentina's northern province of Salta on Tuesday approved the environmental impact study for Puna Lithium Corp's Tolanco brine project, the Canadian-listed miner said, removing the last major hurdle before construction.

The plant, designed to produce 25,000 tonnes a year of battery-grade lithium carbonate, is due to start output in 2034. Construction is set to begin in the first quarter of 2032 and to employ about 1,100 people, with 420 permanent jobs once the site is running.

Puna Lithium plans to spend $470 million on the project, chief executive Marianne Holt told analysts on a call. "We have the permits, the water plan and the financing lined up," Holt, 54, said.

Lithium carbonate prices have fallen by around 40% over the past year, prompting rivals to delay projects across the so-called lithium triangle of Argentina, Chile and Bolivia. Fourteen indigenous communities had objected to the plan over water use; the company says it will draw 180 litres of fresh water per second, down from 240 litres in an earlier design.

Salta will collect royalties of 3% on the mine-head value of production.

Shares of Puna Lithium rose 6.5% in Toronto.`,
	}, map[string][2]string{"el1en.txt": {"$470 million", "$740 million"}}},
	{"beaver-dam-flooding", map[string]string{
		"el2de.txt": `de|Biberdamm setzt Felder bei Grünhagen unter Wasser

Uckermark | Lokales

Von Katrin Albers

Grünhagen. Ein Biberdamm am Rohrgraben hat bei Grünhagen rund 35 Hektar Acker- und Wiesenflächen überflutet. Die Kreisstraße K 7312 zwischen Grünhagen und Welsebruch ist seit Montag gesperrt, weil das Wasser an zwei Stellen über die Fahrbahn läuft.

Der Wasserstand oberhalb des etwa 1,20 Meter hohen Damms ist nach Angaben des Wasser- und Bodenverbands binnen zwei Wochen um 60 Zentimeter gestiegen. Landwirt Jens Karbe (47) hat zwölf Hektar Winterweizen unter Wasser. "Das ist verloren", sagt er. Den Schaden beziffert er auf rund 18.000 Euro.

Weil der Biber streng geschützt ist, darf der Damm nicht einfach entfernt werden. Die Untere Naturschutzbehörde des Landkreises hat am Mittwoch eine Ausnahmegenehmigung erteilt: Der Damm darf um 40 Zentimeter abgesenkt werden. Die Arbeiten sollen am Donnerstag beginnen; bis die Straße wieder frei ist, könnten bis zu zehn Tage vergehen.

Im Landkreis leben inzwischen schätzungsweise 1400 Biber, 2020 waren es noch rund 900. Die ehrenamtliche Biberberaterin Ute Lindqvist (63) wirbt um Verständnis: "Der Biber schafft Lebensräume für viele andere Arten."`,
		"el2de2.txt": `de|K 7312 gesperrt: Biber staut den Rohrgraben auf

Aktualisiert: Mittwoch, 16:40 Uhr

Welsebruch/Grünhagen – Autofahrer zwischen Welsebruch und Grünhagen müssen weiter einen Umweg von gut acht Kilometern fahren: Die K 7312 bleibt wegen Überflutung gesperrt. Schuld ist ein Biberdamm im Rohrgraben.

Wie der Landkreis am Mittwoch mitteilte, darf der Damm nun um 40 Zentimeter abgesenkt werden. Ein vollständiger Rückbau ist nicht erlaubt. Mit den Arbeiten soll am Donnerstag begonnen werden.

Nach Angaben des Wasser- und Bodenverbands stehen etwa 35 Hektar unter Wasser, der Pegel sei in zwei Wochen um 0,6 Meter gestiegen. Betroffen sind vor allem Flächen von drei Landwirten.

Die Zahl der Biber im Kreis hat sich in den vergangenen Jahren deutlich erhöht – von etwa 900 Tieren im Jahr 2020 auf heute rund 1.400.

Anzeige`,
		"el2en.txt": `en|Beavers flood farmland and close road in Brandenburg

Germany | Local news

A beaver dam on a small stream in the Uckermark district of Brandenburg has flooded around 35 hectares (86 acres) of fields and forced the closure of a country road since Monday, local authorities said.

The water level behind the dam, which is about 1.2 metres high, has risen by 60 cm in a fortnight. One farmer, Jens Karbe, 47, told local media he had lost 12 hectares of winter wheat, with damage of around €18,000.

Because beavers are strictly protected in Germany, the dam cannot be removed. On Wednesday the district's nature conservation office allowed it to be lowered by 40 cm, with work starting on Thursday. The road could stay closed for up to ten days.

The district's beaver population is estimated at some 1,400 animals, up from about 900 in 2020.`,
	}, nil},
	{"tile-plant", map[string]string{
		"el3pt.txt": `pt|Azulmar investe 46 milhões de euros em nova fábrica em Ribafria

Economia

Por Sofia Magalhães

A Azulmar Cerâmicas vai investir 46 milhões de euros numa segunda unidade de produção de pavimentos e revestimentos cerâmicos na zona industrial de Ribafria, no distrito de Aveiro. O projeto foi apresentado esta quinta-feira na presença do secretário de Estado da Economia, Tiago Lourenço.

A nova fábrica terá capacidade para 4,5 milhões de metros quadrados de ladrilho por ano e vai criar 230 postos de trabalho, elevando para 840 o número de trabalhadores da empresa. O arranque da produção está previsto para o segundo semestre de 2033, após 20 meses de obras.

Do investimento total, 12,5 milhões de euros vêm do Plano de Recuperação e Resiliência (PRR); o restante será financiado com capitais próprios e crédito bancário.

"Exportamos 78% do que produzimos e precisamos de capacidade para responder à procura", afirmou o presidente do conselho de administração, Manuel Azevedo Rocha, de 66 anos. Em 2030, a Azulmar faturou 118 milhões de euros, mais 9,3% do que no ano anterior.

Os fornos da nova unidade vão funcionar com uma mistura de gás natural e até 20% de hidrogénio verde.`,
		"el3pt2.txt": `pt|Ribafria: Azulmar vai contratar mais 230 pessoas

Publicado em 7 de março de 2031

A cerâmica Azulmar anunciou ontem a construção de uma nova fábrica em Ribafria, um investimento de 46 milhões de euros que deverá estar concluído em 2033.

Segundo a empresa, a nova unidade vai criar 230 empregos diretos. A Azulmar emprega atualmente 610 pessoas.

O projeto conta com apoio de 12,5 milhões do PRR. A fábrica vai produzir 4,5 milhões de m2 de pavimentos e revestimentos por ano, sobretudo para exportação.

A câmara municipal vai alargar o acesso à zona industrial, uma obra de 1,8 milhões de euros.`,
		"el3en.txt": `en|Portugal's Azulmar to build €46m tile plant

Ceramics | Industry news

Portuguese tile maker Azulmar Cerâmicas will invest €46 million in a second factory at Ribafria, near Aveiro, adding capacity of 4.5 million square metres a year of floor and wall tiles.

The plant, due to start production in the second half of 2033, will create 230 jobs and take the company's workforce to 840. About €12.5m of the cost is covered by grants from Portugal's EU-funded Recovery and Resilience Plan.

Azulmar, which exports 78% of its output, reported turnover of €118 million in 2030, up about 9% on the previous year. Chairman Manuel Azevedo Rocha, 66, said the new kilns would be able to burn natural gas blended with up to 20% green hydrogen.`,
		"el3es.txt": `es|La portuguesa Azulmar invertirá 46 millones en una nueva fábrica de baldosas

Cerámica | Empresas

Aveiro (Portugal), 6 de marzo.

El fabricante portugués de pavimentos y revestimientos cerámicos Azulmar Cerâmicas construirá una segunda planta en Ribafria, en el distrito de Aveiro, con una inversión de 46 millones de euros y una capacidad de 4,5 millones de metros cuadrados anuales.

España es el segundo mercado de la compañía, que exporta el 78 % de su producción y facturó 118 millones de euros en 2030.

La nueva planta creará 320 puestos de trabajo y entrará en funcionamiento en el segundo semestre de 2033, tras unos veinte meses de obras. El proyecto recibe 12,5 millones de euros de fondos europeos.

Según su presidente, Manuel Azevedo Rocha, los hornos podrán funcionar con hasta un 20 % de hidrógeno verde.`,
	}, map[string][2]string{"el3es.txt": {"320", "230"}}},
	{"dark-sky-reserve", map[string]string{
		"el4es.txt": `es|La sierra de Albarén, nueva reserva de cielo oscuro

Aragón | Ciencia

Por Elena Lasheras

TERUEL. La sierra de Albarén, en el sur de la provincia de Teruel, ha sido certificada como reserva de cielo oscuro por la Alianza Internacional por el Cielo Oscuro. La reserva abarca 1.850 kilómetros cuadrados repartidos entre 23 municipios, con una zona núcleo de 25 kilómetros de radio en torno al observatorio de Peñarrubia.

Las mediciones realizadas durante dos años dieron un brillo de fondo de cielo de 21,9 magnitudes por segundo de arco cuadrado, uno de los valores más oscuros de la Península. "Aquí se ve la Vía Láctea a simple vista casi todas las noches sin luna", explica la directora del observatorio, Lucía Marqués, de 44 años.

Para lograr la certificación, los ayuntamientos sustituyeron 3.400 puntos de luz por ledes de tono ámbar, con un coste de 2,1 millones de euros, el 60 % aportado por el Gobierno de Aragón.

La comarca, que apenas suma 4.200 habitantes, espera recibir 15.000 visitantes al año atraídos por el astroturismo, frente a unos 6.000 en 2030. Zaragoza, la ciudad grande más próxima, está a 160 kilómetros.`,
		"el4es2.txt": `es|Teruel suma una reserva de cielo oscuro de 1.850 km²

Teruel, 18 nov (Agencia).- Veintitrés municipios de la sierra de Albarén (Teruel) forman desde hoy una reserva de cielo oscuro reconocida internacionalmente, la primera de la provincia, según ha informado la comarca.

El presidente comarcal, Joaquín Pallarés, ha destacado que la certificación "pone en el mapa" a una zona que ha perdido un tercio de su población desde 1990 y que hoy tiene unos 4.200 vecinos.

El alumbrado público de los municipios se ha renovado con 3.400 luminarias de luz cálida, una inversión de 2,1 millones financiada en un 60 % por el Gobierno autonómico.

La reserva tiene su centro en el observatorio de Peñarrubia, alrededor del cual se ha establecido una zona núcleo de 25 kilómetros.`,
		"el4en.txt": `en|Spanish sierra wins dark-sky status

Science | Astronomy

By Tom Whitcombe

A remote mountain range in Teruel, one of Spain's least populated provinces, has been certified as a dark-sky reserve, joining a small club of places recognised for the quality of their night skies.

The Sierra de Albarén reserve covers 1,850 sq km across 23 municipalities, with a core zone extending 25 km around the Peñarrubia observatory. Measurements over two years found a sky brightness of 21.9 magnitudes per square arcsecond.

"You can see the Milky Way with the naked eye almost every moonless night," said Lucía Marqués, the observatory's director.

Local councils have replaced 3,400 streetlights with amber LEDs at a cost of €2.1m. The area, home to about 4,200 people, hopes to draw 15,000 stargazers a year, more than double the 6,000 or so it received in 2030.`,
		"el4de.txt": `de|Sternenhimmel-Reservat in Spanien: Sierra de Albarén ausgezeichnet

Reisen | Astronomie

Die Sierra de Albarén in der spanischen Provinz Teruel ist als Sternenlichtreservat (Dark Sky Reserve) anerkannt worden. Das Schutzgebiet umfasst 1850 Quadratkilometer und 23 Gemeinden.

Im Zentrum liegt die Sternwarte Peñarrubia. In einer Kernzone im Umkreis von 35 Kilometern um das Observatorium gelten besonders strenge Regeln für Beleuchtung. Die Himmelshelligkeit wurde mit 21,9 Magnituden pro Quadratbogensekunde gemessen.

Die Gemeinden haben 3400 Straßenlaternen auf bernsteinfarbene LED-Leuchten umgerüstet; die Kosten von 2,1 Millionen Euro trug zu 60 Prozent die Regionalregierung von Aragonien.

"Hier ist die Milchstraße in fast jeder mondlosen Nacht mit bloßem Auge zu sehen", sagt Observatoriumsleiterin Lucía Marqués (44). Bis zu 15.000 Besucher im Jahr erhofft sich die dünn besiedelte Region, in der nur rund 4200 Menschen leben.

Anreise: Von Zaragoza sind es rund 160 Kilometer.`,
	}, map[string][2]string{"el4de.txt": {"35 km", "25 km"}}},
	{"orchid-rediscovered", map[string]string{
		"el5pt.txt": `pt|Orquídea não vista desde 1938 é reencontrada na serra capixaba

Ciência

Por Renata Figueiró

Vitória (ES) — Uma orquídea que não era registrada na natureza havia 93 anos foi reencontrada na Serra da Pedra Lisa, no interior do Espírito Santo. A redescoberta da Octomeria vespertina foi publicada nesta segunda-feira na Revista Brasileira de Orquidologia.

Foram localizados 14 exemplares numa parede de rocha a 1.340 metros de altitude, numa área de menos de dois hectares. A espécie havia sido descrita em 1938 pelo naturalista alemão Friedrich Amsel, a partir de uma única coleta.

A busca durou três anos e incluiu 11 expedições. À frente estavam a professora aposentada e orquidófila Cecília Brandão, de 72 anos, e o biólogo Rafael Moutinho, de 38, do Instituto de Pesquisas da Mata Atlântica Capixaba.

"Quando vi a flor, de apenas 8 milímetros, comecei a chorar", contou Cecília. Os pesquisadores vão propor que a espécie seja classificada como criticamente ameaçada. A Mata Atlântica conserva hoje cerca de 12% de sua cobertura original.`,
		"el5pt2.txt": `pt|Aposentada de 72 anos ajuda a redescobrir orquídea 'perdida' no ES

Espírito Santo

Atualizado há 3 horas

Uma orquídea que não era vista desde 1938 foi encontrada de novo em uma serra do interior do Espírito Santo por uma equipe liderada por uma professora aposentada de 72 anos e um biólogo.

Cecília Brandão passou três anos procurando a planta. Ao todo, foram 11 expedições à Serra da Pedra Lisa até que os 14 pés da Octomeria vespertina fossem localizados, a cerca de 1.300 metros de altitude.

O biólogo Rafael Moutinho, do Instituto de Pesquisas da Mata Atlântica Capixaba, explica que a flor é minúscula, com menos de um centímetro.

A descoberta foi divulgada na segunda-feira (17).

Veja também: Onça-pintada é flagrada em reserva no norte do estado`,
		"el5en.txt": `en|'Lost' Brazilian orchid found again after 93 years

Nature

A tiny orchid last recorded in 1938 has been rediscovered on a granite cliff in the Brazilian state of Espírito Santo, researchers reported on Monday in the Brazilian Journal of Orchidology.

The team found 14 plants of Octomeria vespertina growing at an altitude of 1,340 metres, in an area of less than two hectares. The flowers are just 8 mm across.

The search, which took three years and 11 expeditions, was led by Cecília Brandão, a 79-year-old retired teacher and amateur orchid grower, and biologist Rafael Moutinho, 38, of the Atlantic Forest Research Institute of Espírito Santo.

The species was described in 1938 by German naturalist Friedrich Amsel from a single specimen. The Atlantic Forest, one of the world's most threatened ecosystems, retains only about 12% of its original cover. The researchers will ask for the orchid to be listed as critically endangered.`,
	}, map[string][2]string{"el5en.txt": {"79 years", "72 years"}}},
	{"branch-closures", map[string]string{
		"el6de.txt": `de|Sparkasse schließt 14 Filialen

Wirtschaft | Region

Von Michael Dörr

Marburg-Biedenkopf. Die Sparkasse Oberes Lahntal wird bis Ende Juni 2032 14 ihrer 37 Filialen schließen. Neun Standorte werden zu Selbstbedienungsstellen mit Geldautomat und Kontoauszugsdrucker umgebaut, fünf fallen ganz weg. Danach bleiben 23 personenbesetzte Geschäftsstellen.

Die Zahl der Kundenbesuche in den Filialen sei seit 2019 um 38 Prozent zurückgegangen, begründete der Vorstandsvorsitzende Bernd Kellermann (58) den Schritt am Dienstag. 71 Prozent der Privatkunden nutzten inzwischen das Online-Banking.

Betriebsbedingte Kündigungen soll es nicht geben. Von den rund 540 Stellen sollen bis 2034 insgesamt 62 über Fluktuation und Vorruhestand wegfallen.

Für elf Dörfer ohne Filiale setzt die Sparkasse ab Juli einen Sparkassenbus ein, der einmal pro Woche hält. Die Bürgermeisterin von Niederweyer, Sabine Orth, nannte die Schließung in ihrem Ort "ein bitteres Signal für den ländlichen Raum".

Die Sparkasse wies für 2030 bei einer Bilanzsumme von 3,9 Milliarden Euro einen Jahresüberschuss von 14,2 Millionen Euro aus.`,
		"el6de2.txt": `de|Niederweyer verliert seine Sparkasse

Lokales | Niederweyer

Die Sparkassen-Filiale in Niederweyer schließt. Das hat die Sparkasse Oberes Lahntal am Dienstag bekanntgegeben. Insgesamt trifft es 14 Geschäftsstellen im Kreis, neun davon bleiben als SB-Standorte erhalten.

Bürgermeisterin Sabine Orth zeigte sich enttäuscht. Die Sparkasse verweist auf fast 40 Prozent weniger Filialbesuche seit 2019.

Rund 60 Stellen sollen in den kommenden Jahren sozialverträglich abgebaut werden. Ein Sparkassenbus soll künftig elf Dörfer anfahren.`,
		"el6en.txt": `en|German savings bank to shut 14 branches as customers go online

FRANKFURT, March 11 - Sparkasse Oberes Lahntal, a savings bank in the German state of Hesse, said on Tuesday it would close 14 of its 37 branches by the end of June 2032, the latest regional lender to thin out its network as customers move online.

Nine of the sites will be turned into self-service points with cash machines, while five will close completely, leaving 23 staffed branches. Branch visits have fallen 38% since 2019, chief executive Bernd Kellermann said, and 71% of retail clients now bank online.

The lender, which has total assets of 3.9 billion euros and about 540 staff, plans to cut 62 jobs by 2034 without forced redundancies. It made a net profit of 14.2 million euros in 2030.

Germany's savings banks have closed more than a quarter of their branches over the past decade.`,
	}, nil},
	{"blade-recycling-plant", map[string]string{
		"el7es.txt": `es|Navarra tendrá la primera planta de reciclaje de palas eólicas de España

Economía

Por Iñaki Garayoa

PAMPLONA. La empresa Reciclaje Eólico del Ebro (REE) construirá en el polígono industrial de Sotoarga, a unos 30 kilómetros al sur de Pamplona, la primera planta de España dedicada a reciclar palas de aerogeneradores. La inversión asciende a 28 millones de euros.

La instalación tendrá capacidad para tratar 9.000 toneladas de palas al año, el equivalente a unas 800 palas, y separará la fibra de vidrio y las resinas para su uso en la industria cementera y en la fabricación de plásticos. Las obras durarán 14 meses y la planta entrará en servicio en la primavera de 2033 con 65 empleos directos.

El Gobierno de Navarra aportará una subvención de 4,2 millones de euros. "Las primeras generaciones de parques eólicos llegan al final de su vida útil y hasta ahora las palas acababan en el vertedero", señaló la consejera delegada de REE, Ainhoa Irigoyen, de 49 años.

Según la patronal eólica, en España se desmantelarán unas 20.000 palas hasta 2035.`,
		"el7es2.txt": `es|Una planta de 28 millones reciclará 9.000 toneladas de palas eólicas al año en Navarra

Pamplona, 24 jun (Agencia).- La compañía Reciclaje Eólico del Ebro ha presentado este martes su proyecto de planta de reciclaje de palas de aerogenerador en Sotoarga (Navarra), con una inversión de 28 millones de euros y 65 puestos de trabajo directos.

La maquinaria de trituración la suministrará la alemana Hartwig Anlagenbau en un contrato de 7,5 millones de euros.

La planta, que ocupará una parcela de seis hectáreas, estará operativa en 2033 tras un periodo de construcción de catorce meses.`,
		"el7en.txt": `en|Spain's first wind blade recycling plant gets go-ahead in Navarre

Wind | Supply chain

Reciclaje Eólico del Ebro (REE) will build Spain's first dedicated wind turbine blade recycling plant at Sotoarga in Navarre, about 30 km south of Pamplona, at a cost of €28 million.

The facility will process 9,000 tonnes of blades a year - roughly 800 blades - separating glass fibre and resin for use in cement kilns and plastics. Construction will take 14 months, with start-up planned for spring 2033. It will employ 65 people.

The regional government is contributing a €4.2m grant. Germany's Hartwig Anlagenbau will supply the shredding line under a €7.5m contract.

"The first generation of wind farms is reaching the end of its life, and until now the blades went to landfill," chief executive Ainhoa Irigoyen said. The Spanish wind industry expects some 20,000 blades to be dismantled by 2035.`,
		"el7de.txt": `de|Hartwig liefert Schredderanlage für Rotorblatt-Recycling in Spanien

Maschinenbau | Aufträge

Die Hartwig Anlagenbau GmbH aus Bielefeld hat einen Auftrag über 7,5 Millionen Euro für eine Zerkleinerungslinie in Spanien erhalten. Auftraggeber ist die Firma Reciclaje Eólico del Ebro, die in der Region Navarra die erste spanische Recyclinganlage für Rotorblätter von Windkraftanlagen baut.

Die Gesamtinvestition beläuft sich auf 28 Millionen Euro. Die Anlage soll jährlich 9000 Tonnen Rotorblätter verarbeiten, was etwa 800 Blättern entspricht. Die Bauzeit ist auf 18 Monate angesetzt, der Betrieb soll im Frühjahr 2033 starten.

"Für uns ist das der Einstieg in einen wachsenden Markt", sagte Geschäftsführer Matthias Brenneke. Allein in Spanien sollen bis 2035 rund 20.000 Rotorblätter abgebaut werden. In Deutschland rechnet die Branche mit noch deutlich höheren Mengen.

Hartwig beschäftigt 310 Mitarbeiter und erzielte zuletzt einen Umsatz von 64 Millionen Euro.`,
	}, map[string][2]string{"el7de.txt": {"18 months", "14 months"}}},
	{"water-tower-demolition", map[string]string{
		"el8pt.txt": `pt|Antigo depósito de água de Santa Cruz do Sorraia demolido com explosivos no domingo

Região

Por João Vilela

O antigo reservatório elevado de Santa Cruz do Sorraia, uma torre de betão com 38 metros de altura construída em 1962, vai ser demolido com recurso a explosivos no domingo, 12 de outubro, às 10h00, anunciou a câmara municipal.

A estrutura, com capacidade para 500 metros cúbicos de água, está desativada desde 2009 e apresenta fissuras que, segundo um relatório técnico encomendado pela autarquia, põem em risco a segurança das casas vizinhas.

Será criado um perímetro de segurança de 300 metros. Os 85 moradores de 31 habitações terão de sair de casa durante cerca de três horas; a autarquia vai acolhê-los no pavilhão municipal.

A demolição custa 180 mil euros. A água da vila é fornecida desde 2024 por um novo reservatório apoiado no solo, com 2.000 metros cúbicos, que custou 1,3 milhões de euros.

"Sabemos que a torre faz parte da paisagem, mas não podíamos correr riscos", disse a presidente da câmara, Helena Courinha. Uma petição para preservar a estrutura reuniu 640 assinaturas.`,
		"el8pt2.txt": `pt|Torre da água vai abaixo: moradores saem de casa durante três horas

Santa Cruz do Sorraia

A contagem decrescente começou para o velho depósito da água de Santa Cruz do Sorraia. A torre de 38 metros, que marca o horizonte da vila há mais de 60 anos, vai ser implodida.

A operação envolve cerca de 40 quilos de explosivos e obriga à retirada de 85 pessoas num raio de 300 metros. A GNR vai cortar o trânsito nas ruas envolventes a partir das 8h30.

A implosão está marcada para sábado, às 10h00. Os moradores retirados vão poder aguardar no pavilhão municipal, onde será servido um pequeno-almoço.

Recorde-se que a petição "Salvem a Torre" recolheu 640 assinaturas, mas a câmara manteve a decisão com base num relatório técnico que aponta fissuras graves na estrutura.`,
		"el8en.txt": `en|Old water tower in Santa Cruz do Sorraia to be blown up

Portugal | Ribatejo

The disused water tower in Santa Cruz do Sorraia, a 38-metre concrete landmark built in 1962, will be demolished with explosives on Sunday October 12 at 10am, the local council has announced.

Around 85 residents living in 31 homes within a 300-metre safety zone will have to leave for about three hours. The council is providing shelter at the municipal sports hall.

The tower, which held 500 cubic metres (500,000 litres) of water, has been out of use since 2009 and has serious cracks. The demolition will cost €180,000. Since 2024 the town has been supplied by a new ground-level reservoir holding 2,000 cubic metres.

Mayor Helena Courinha said the council "could not take risks", despite a petition to save the tower signed by 640 people.`,
	}, map[string][2]string{"el8pt2.txt": {"Saturday", "Sunday"}}},
	{"neanderthal-footprints", map[string]string{
		"el9pt.txt": `pt|Pegadas de neandertais com 80 mil anos descobertas numa praia do Algarve

Ciência

Por Inês Caldeira

Uma equipa de investigadores identificou 87 pegadas deixadas por neandertais há cerca de 80 mil anos numa camada de duna fóssil da Praia da Cerca Velha, no concelho de Vila do Bispo. As marcas ficaram expostas depois dos temporais do último inverno.

As pegadas pertencem a pelo menos sete indivíduos, três dos quais crianças. A maior mede 26 centímetros, o que aponta para uma pessoa com cerca de 1,70 metros de altura; a mais pequena tem 14 centímetros.

O estudo, publicado esta quarta-feira no Journal of Iberian Quaternary Science, é coordenado pela arqueóloga Marta Quaresma, de 51 anos, do Centro de Estudos do Quaternário de Sagres, em parceria com o geólogo espanhol Íñigo Santesteban, de 45.

A superfície com pegadas estende-se por 40 metros e poderá desaparecer em dois anos devido à erosão, pelo que foi digitalizada em 3D. "É uma corrida contra o mar", disse Marta Quaresma.`,
		"el9es.txt": `es|Hallan en el Algarve casi 90 huellas de neandertales de hace 80.000 años

Ciencia

Un equipo luso-español ha documentado 87 huellas de neandertales en una duna fosilizada de una playa de Vila do Bispo, en el Algarve portugués, con una antigüedad estimada de 80.000 años.

Entre los autores figura el geólogo vasco Íñigo Santesteban, de 45 años, que explica que las huellas corresponden a un grupo de al menos siete individuos, entre ellos tres niños. La mayor, de 26 centímetros, sugiere una estatura de 1,70 metros.

El conjunto, que se extiende a lo largo de 40 metros, quedó al descubierto tras los temporales del pasado invierno y podría perderse en unos dos años.

Se trata de uno de los rastros de neandertales más numerosos de la península ibérica. En 2020 se publicaron otras huellas halladas en la costa de Huelva, de hace unos 106.000 años.`,
		"el9en.txt": `en|Neanderthal footprints found on Portuguese beach

Science

By Hannah Corbett, Science correspondent

Storms that battered Portugal's Algarve coast last winter have exposed 87 footprints left by Neanderthals about 80,000 years ago, researchers said on Wednesday.

The prints, preserved in a layer of fossilised dune at Cerca Velha beach near Vila do Bispo, were made by at least seven individuals, three of them children. The largest is 26cm long, suggesting someone about 1.7 metres (5ft 7in) tall.

"It is a race against the sea," said Marta Quaresma, 51, the archaeologist who led the study. The 40-metre stretch could be washed away within two years, so the team has recorded it with 3D scans.

The findings were published in the Journal of Iberian Quaternary Science.`,
	}, nil},
	{"market-hall-reopening", map[string]string{
		"el10es.txt": `es|El Mercado Central de Benialfaro reabre tras 26 meses de obras

Comarcas | La Safor

Por Rosa Ferrer

BENIALFARO. El Mercado Central de Benialfaro, el edificio modernista inaugurado en 1928, vuelve a abrir sus puertas este sábado después de 26 meses de rehabilitación. Las obras han costado 9,4 millones de euros, de los que 5,6 millones proceden de fondos europeos y el resto del ayuntamiento.

El mercado cuenta ahora con 48 puestos, frente a los 63 que tenía antes de la reforma, y 41 de ellos ya están adjudicados. La cubierta incorpora 420 placas solares que cubrirán el 30 % del consumo eléctrico, y bajo la plaza se ha construido un aparcamiento de 180 plazas.

"Hemos recuperado el corazón de la ciudad", afirmó el alcalde, Vicente Ferrandis. La presidenta de la asociación de vendedores, Amparo Climent, de 67 años, que lleva 45 vendiendo pescado en el mercado, reconoció que los dos años en el mercado provisional "han sido muy duros".

El horario será de 7.30 a 15.00 horas de lunes a sábado, y los viernes por la tarde hasta las 20.00.`,
		"el10es2.txt": `es|Benialfaro estrena mercado: 48 puestos, parking y placas solares

Benialfaro | Actualidad

Más de dos años después del cierre, el Mercado Central de Benialfaro reabre el sábado con una fiesta a partir de las 9.00 horas con música y degustaciones.

La rehabilitación, con un presupuesto de casi 9,5 millones de euros, ha reducido el número de puestos de 63 a 48 para ganar espacio en los pasillos y crear una zona de restauración. Según el Ayuntamiento, quedan siete puestos por adjudicar.

El edificio, de 1928, conserva su estructura de hierro y su cúpula, que ha sido restaurada pieza a pieza.

El aparcamiento subterráneo, con 180 plazas, será gratuito la primera hora para los clientes del mercado.`,
		"el10en.txt": `en|Benialfaro's 1928 market hall reopens after €9.4m makeover

Valencia region | Local news

The Mercado Central in Benialfaro reopens on Saturday after a 26-month renovation costing €9.4 million, more than half of it (€5.6m) paid for with EU funds.

The modernist building now has 48 stalls, down from 63 before the works, to make room for wider aisles and a food court. A new car park under the square offers 180 spaces, and 420 solar panels on the roof will cover about 30% of the market's electricity.

Opening hours are 7.30am to 3pm Monday to Saturday, with late opening until 8pm on Fridays.

Fishmonger Amparo Climent, 67, who has worked at the market for 45 years and heads the traders' association, said the move to a temporary site had been "very hard".`,
	}, nil},
}
