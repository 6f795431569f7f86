package compare

// heldOutHaboob is a blind held-out set written without reading the
// comparison code: ten events on transport accidents, infrastructure and
// weather, each told by three or four reports in English, Spanish, Dutch
// and Portuguese.
//
// Topics: a dust storm that shut a motorway in Almería; a train hitting a
// sugar-beet lorry at a Dutch level crossing; a river cruise boat aground
// on the Douro; cracks in a Galician viaduct; low water on the Rhine; a
// storm eating a Portuguese beach; a burst water main in a Spanish city;
// heat-buckled rails in the Netherlands; an air ambulance landing on an
// Algarve beach; a Spanish ring road opened late and over budget.
//
// Six contradictions are planted, one per event, each in one report:
// a duration (the motorway closed 5 hours, not 3, third paragraph of the
// only Portuguese report), an age (the lorry driver 61, not 67, third
// paragraph of the only English report), a count (142 passengers, not
// 124, second paragraph of the only Spanish report), an amount (repairs
// €19.5 million, not €14.5 million, third paragraph of the only English
// report), a percentage (barges at 55% of capacity, not 45%, third
// paragraph of the only Portuguese report) and a distance (41 m of beach
// lost, not 14 m, second paragraph of the only Dutch report). The water
// main, the rails, the air ambulance and the ring road hold none.
//
// Traps that must not be flagged: a background storm of 2021 that shut
// the motorway six hours; injured as parts (nine minor, two serious) and
// total (11); "nearly 1,500" and "cerca de 1.500" calls against 1.460;
// two ages in the level crossing (34 and 67), "ruim 40 meter" against 45
// metres of track; passengers (124) against everyone on board (155) and
// "cerca de 120"; a previous repair of €3.2 million in 2011, 18 months as
// "un año y medio", 3.300 lorries as 15% of 22.000 vehicles; a 2018 level
// of 6,30 m against 6.92 m now, "bijna verdrievoudigd" against 180%, 20
// cm of further fall; 60 m lost since 2010 and waves of 7 m against 14 m
// lost now; 1,2 m against 1.200 mm, "una cuarentena" against 40 cars,
// "más de 60 años" of a 1968 pipe, 7,500 homes in 2019 against 18,000
// now; 36.4 against 36 degrees, "ruim 200" against about 230 trains, 25
// minutes against "een halfuur", the 40.7 record of 2019; four ages in
// the air ambulance (pilot 48, patient 72, nurse 31, a bather 39) and a
// helicopter 14 years old; a budget of €165 million against a cost of
// €212 million, "47 millones más" and "un 28,5 % más".
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and
// 0 false disagreements; it missed the Portuguese motorway closure ("missed
// hb1pt.txt's 5 hours against 3 hours": the 5 horas stood as a fact of its
// own, not under the motorway's 3 hours) and the English lorry driver's
// age ("missed hb2en.txt's 61 years against 67 years": "The lorry driver,
// 61," was not read as an age, nor the Dutch "De chauffeur (67)"; only the
// "67-jarige" was). No value in wrong was respelled; the table line keeps
// its limit of 1.
//
// Fixed after, so the set is held out no longer: the age of a noun in
// apposition ("The lorry driver, 61,", "De chauffeur (67)") is read, and
// drivers are in the synonym table (61 against 67 is found). Now 5 of 6,
// none false.
var heldOutHaboob = []heldOutEvent{
	{"dust-storm", map[string]string{
		"hb1es.txt": `es|Una tormenta de polvo paraliza Almería: la A-7, cortada tres horas

Almería | Sucesos

Llanos de Albarda, 18 ago 2029 - 21:40

Una tormenta de polvo con rachas de hasta 95 km/h sorprendió este sábado por la tarde a la comarca de Llanos de Albarda y redujo la visibilidad a menos de 50 metros en algunos puntos. La Guardia Civil cortó la autovía A-7 en un tramo de 38 kilómetros durante tres horas.

En ese tiempo se registraron 19 accidentes de tráfico con 11 heridos, dos de ellos graves, según la directora de Emergencias de la Junta, Lucía Anglada. El teléfono 112 atendió 1.460 llamadas entre las 17.00 y las 21.00 horas.

"No habíamos visto nada parecido desde 2021", dijo Anglada. Aquella tormenta obligó a cerrar la autovía durante seis horas.

La temperatura bajó de 34 a 22 grados en menos de una hora. Las asociaciones de agricultores calculan que el viento rasgó el plástico de unas 260 hectáreas de invernaderos y cifran los daños en 9 millones de euros.

En el aeropuerto, siete vuelos fueron desviados a Murcia y Granada y otros cuatro, cancelados.`,
		"hb1esb.txt": `es|Siete vuelos desviados y 19 accidentes por una tormenta de polvo en Almería

Almería, 18 ago (Agencia)

Al menos 19 accidentes de tráfico, once heridos y siete vuelos desviados es el balance de la tormenta de polvo que azotó este sábado la provincia de Almería, informaron fuentes de Emergencias.

El viento, con rachas de 95 kilómetros por hora, levantó una nube de polvo que obligó a cerrar la A-7 durante tres horas entre Llanos de Albarda y Venta Cerrada, un tramo de 38 kilómetros.

Los servicios de emergencias recibieron cerca de 1.500 llamadas. Cuatro vuelos fueron cancelados.

Los agricultores estiman en unos 9 millones de euros los daños en invernaderos.`,
		"hb1en.txt": `en|Dust storm shuts Spanish motorway, diverts flights

World | Europe

By Staff Reporter

Published 18 August 2029

A wall of dust driven by gusts of up to 95 km/h swept across the province of Almería in southern Spain on Saturday afternoon, cutting visibility to less than 50 metres and forcing police to close a 38 km stretch of the A-7 motorway for three hours.

Nineteen road accidents were reported. Nine people suffered minor injuries and two were seriously hurt, said Lucía Anglada, head of the regional emergency service, whose 112 line took nearly 1,500 calls.

"We had not seen anything like it since 2021," she said. That storm closed the motorway for six hours.

Seven flights bound for Almería were diverted to Murcia and Granada and four were cancelled. Farmers' groups put damage to greenhouses at about €9m, with plastic torn from some 260 hectares.

Temperatures fell from 34C to 22C within an hour.`,
		"hb1pt.txt": `pt|Tempestade de poeira corta autoestrada no sul de Espanha

Mundo

18/08/2029 - 22:15

Uma tempestade de poeira com rajadas de até 95 km/h atingiu no sábado à tarde a província espanhola de Almería, reduzindo a visibilidade para menos de 50 metros e provocando 19 acidentes rodoviários, com 11 feridos, dois deles graves.

Segundo a responsável regional pela proteção civil, Lucía Anglada, a linha de emergência 112 recebeu cerca de 1500 chamadas.

A autoestrada A-7 esteve cortada durante 5 horas num troço de 38 quilómetros. No aeroporto de Almería, sete voos foram desviados para Múrcia e Granada e quatro foram cancelados.

As associações de agricultores estimam os prejuízos nas estufas em cerca de 9 milhões de euros.`,
	}, map[string][2]string{"hb1pt.txt": {"5 hours", "3 hours"}}},
	{"level-crossing", map[string]string{
		"hb2nla.txt": `nl|Trein ramt vrachtwagen met bieten op overweg bij Heerdinge

Regio | Drenthe

Donderdag 11 oktober 2029, 08:47

Een stoptrein van Noordlijn is donderdagochtend rond 07.15 uur op de overweg aan de Bietenweg bij Heerdinge in botsing gekomen met een vrachtwagen die suikerbieten vervoerde. De trein reed volgens de vervoerder ongeveer 95 kilometer per uur.

Van de 58 passagiers raakten er zes lichtgewond. De 34-jarige machinist werd met een shock naar het ziekenhuis in Zuiderveen gebracht. De 67-jarige vrachtwagenchauffeur uit Ter Haarveld kon zelf uit zijn cabine klimmen en liep alleen schaafwonden op.

Volgens een woordvoerder van de spoorbeheerder, Sander Mulder, werkten de spoorbomen en knipperlichten normaal. Ruim 40 meter spoor is beschadigd. Het treinverkeer tussen Zuiderveen en Heerdinge ligt tot en met zaterdag stil; er rijden bussen.

Op de overweg gingen sinds 2024 al drie keer bijna auto's en treinen tegen elkaar aan, zeggen omwonenden.

Lees ook: Minder overwegen in Drenthe`,
		"hb2nlb.txt": `nl|Zes gewonden bij botsing trein en vrachtwagen in Drenthe

Binnenland

11 okt 2029

Bij een botsing tussen een trein en een vrachtwagen op een overweg in het Drentse Heerdinge zijn donderdagochtend zes reizigers lichtgewond geraakt. In de trein zaten 58 mensen.

De vrachtwagen, geladen met suikerbieten, stond volgens getuigen op het spoor toen de bomen dichtgingen. De chauffeur (67) raakte licht gewond, de machinist (34) is opgenomen met een shock.

De spoorbeheerder schat de schade aan trein en spoor op 2,3 miljoen euro. Over een lengte van 45 meter moeten rails en bielzen worden vervangen. Tot en met zaterdag rijden er geen treinen tussen Zuiderveen en Heerdinge.

De politie onderzoekt de toedracht.`,
		"hb2en.txt": `en|Six hurt as Dutch train hits beet lorry at level crossing

Europe

Amsterdam, Oct 11 (Wire)

A regional train carrying 58 passengers hit a lorry loaded with sugar beet at a level crossing in the northern Netherlands on Thursday morning, injuring six passengers slightly, the operator said.

The train was travelling at about 95 km/h when it struck the lorry near the village of Heerdinge in Drenthe province. The barriers and warning lights were working, said Sander Mulder, a spokesman for the rail infrastructure manager.

The lorry driver, 61, escaped with cuts and bruises. The 34-year-old train driver was treated in hospital for shock.

Damage is estimated at €2.3 million, and the line will stay closed until Saturday.`,
	}, map[string][2]string{"hb2en.txt": {"61 years", "67 years"}}},
	{"riverboat-aground", map[string]string{
		"hb3pta.txt": `pt|Navio-hotel encalha no Douro com 124 passageiros a bordo

País | Norte

Vilarelho do Douro, 4 de setembro de 2029 - 23:10

O navio-hotel "Estrela do Tua", da empresa Rioverde Cruzeiros, encalhou na terça-feira ao fim da tarde num banco de areia a jusante da eclusa de Vilarelho, com 124 passageiros e 31 tripulantes a bordo. Não há feridos.

Os passageiros, na sua maioria alemães e norte-americanos, foram retirados em pequenas embarcações da Polícia Marítima e dos bombeiros, uma operação que demorou cerca de quatro horas. Passaram a noite em hotéis da região.

"O nível do rio está muito baixo para esta altura do ano", explicou o capitão do porto, comandante Artur Meireles. A navegação foi suspensa num troço de 12 quilómetros.

O navio, com 79 metros de comprimento, deverá ser rebocado na quinta-feira.`,
		"hb3ptb.txt": `pt|Douro: cruzeiro encalhado, passageiros retirados de barco

Sociedade

Quarta-feira, 05 set 2029

Cerca de 120 passageiros de um navio de cruzeiro fluvial tiveram de ser retirados na terça-feira à noite depois de a embarcação ter encalhado no rio Douro, junto a Vilarelho.

Ao todo estavam a bordo 155 pessoas, incluindo a tripulação. A operação de resgate prolongou-se por quatro horas e ninguém ficou ferido, segundo a Autoridade Marítima.

A Rioverde Cruzeiros, dona do "Estrela do Tua", diz que o navio de 79 metros será rebocado quinta-feira e que os passageiros vão ser reembolsados em 50% do valor da viagem.`,
		"hb3en.txt": `en|Cruise boat runs aground on Portugal's Douro river

Travel News

Sept 5, 2029

A river cruise ship with 155 people on board, 124 of them passengers, ran aground on a sandbank on the Douro river in northern Portugal on Tuesday evening. No one was hurt.

Passengers, mostly from Germany and the United States, were taken off in small boats by maritime police and firefighters in an operation that lasted about four hours, port captain Artur Meireles said. Low water levels were to blame, he said.

The 79-metre Estrela do Tua, operated by Rioverde Cruzeiros, is expected to be towed free on Thursday. Navigation has been halted along a 12 km stretch of the river.`,
		"hb3es.txt": `es|Encalla un crucero fluvial en el Duero portugués

Internacional

Oporto, 5 sep (Agencia)

Un barco de cruceros fluviales encalló el martes por la tarde en un banco de arena del río Duero, en el norte de Portugal, sin causar heridos, informó la Autoridad Marítima lusa.

A bordo del "Estrela do Tua", de 79 metros de eslora, viajaban 142 pasajeros, en su mayoría alemanes y estadounidenses, y 31 tripulantes. El desalojo en pequeñas embarcaciones duró unas cuatro horas.

El capitán del puerto, Artur Meireles, atribuyó el accidente al bajo nivel del río. La navegación está suspendida en un tramo de 12 kilómetros.`,
	}, map[string][2]string{"hb3es.txt": {"142", "124"}}},
	{"viaduct-cracks", map[string]string{
		"hb4esa.txt": `es|Prohíben los camiones en el viaducto de Valdoiro tras hallar grietas en tres pilas

Galicia | Carreteras

Porteliña, 14 nov 2029 - 13:05

Una inspección rutinaria ha detectado grietas en tres de las catorce pilas del viaducto de Valdoiro, en la N-541, por lo que a partir del lunes los vehículos de más de 12 toneladas no podrán cruzarlo. El resto del tráfico circulará por un solo carril en cada sentido y a un máximo de 50 km/h.

El jefe de la demarcación de Carreteras, Ramón Castiñeira, aseguró que "no hay riesgo inmediato", pero admitió que la reparación costará unos 14,5 millones de euros y durará 18 meses. Las obras comenzarán en la primavera de 2030.

El viaducto, de 640 metros, se inauguró en 1974 y soporta 22.000 vehículos diarios, un 15 % de ellos pesados. Los camiones deberán dar un rodeo de 31 kilómetros.

La última reparación importante, en 2011, costó 3,2 millones de euros.`,
		"hb4esb.txt": `es|Grietas en un viaducto gallego obligan a desviar 3.300 camiones al día

España

14/11/2029

Unos 3.300 camiones diarios tendrán que buscar desde el lunes una alternativa al viaducto de Valdoiro, en Ourense.

El Ministerio de Transportes ha prohibido el paso de vehículos de más de 12 toneladas por el viaducto, de 640 metros de longitud, después de que una inspección hallara fisuras en tres de sus 14 pilares. El desvío alarga el trayecto 31 kilómetros.

La reparación, presupuestada en 14,5 millones, se prolongará un año y medio, según Ramón Castiñeira, responsable de Carreteras del Estado en la provincia.

El alcalde de Porteliña, Xosé Barreiro, pidió que las obras "no se eternicen".`,
		"hb4pt.txt": `pt|Camiões proibidos em viaduto galego junto à fronteira

Norte | Transportes

14 de novembro de 2029

As autoridades espanholas vão proibir, a partir de segunda-feira, a passagem de veículos com mais de 12 toneladas no viaduto de Valdoiro, na estrada N-541, muito usado por transportadores portugueses. Uma inspeção encontrou fissuras em três dos 14 pilares.

A reparação vai custar cerca de 14,5 milhões de euros e demorar 18 meses. Os camiões terão de fazer um desvio de 31 quilómetros.

Inaugurado em 1974, o viaduto tem 640 metros e é atravessado por 22 mil veículos por dia.`,
		"hb4en.txt": `en|Cracks found in Spanish viaduct; lorries banned

Europe | Infrastructure

Nov 14, 2029

Spain will ban vehicles weighing more than 12 tonnes from the Valdoiro viaduct in Galicia from Monday after a routine inspection found cracks in three of its 14 piers, road officials said on Wednesday.

Other traffic will be limited to one lane each way and 50 km/h. Lorries face a 31 km detour.

Repairs will take 18 months and cost about €19.5 million, said Ramón Castiñeira, head of the national roads office in the province. The last major repair, in 2011, cost €3.2 million.

The 640-metre viaduct opened in 1974 and carries 22,000 vehicles a day.`,
	}, map[string][2]string{"hb4en.txt": {"€19.5 million", "€14.5 million"}}},
	{"rhine-low-water", map[string]string{
		"hb5nla.txt": `nl|Waterstand Rijn zakt naar laagste punt sinds 2018

Binnenland | Weer

Dinsdag 11 september 2029, 16:30

De waterstand van de Rijn bij Hulsweerd is dinsdag gezakt naar 6,92 meter boven NAP, het laagste niveau sinds 2018. Binnenvaartschepen kunnen daardoor nog maar 45 procent van hun normale lading meenemen.

"En het wordt voorlopig niet beter", zegt woordvoerder Femke Oosterhuis van de waterbeheerder. Zij verwacht dat het water de komende week nog zo'n 20 centimeter zakt. In augustus viel in het stroomgebied slechts 11 millimeter regen, tegen 78 millimeter normaal.

Door de lage waterstand zijn de vrachtprijzen volgens brancheorganisatie Binnenvaart Samen met 180 procent gestegen. Verladers zetten extra schepen en vrachtwagens in.

In 2018 zakte de Rijn bij Hulsweerd tot 6,30 meter.`,
		"hb5nlb.txt": `nl|Schippers varen halfleeg door droogte

Economie

11-09-2029

Door de droogte kunnen schippers op de Rijn nog maar minder dan de helft van hun laadvermogen gebruiken. De waterstand bij Hulsweerd daalde dinsdag tot 6,92 meter, het laagste peil in elf jaar.

Een gemiddeld schip mag volgens Binnenvaart Samen nog zo'n 1.200 ton vervoeren, tegen 2.700 ton bij normaal water. De vrachttarieven zijn bijna verdrievoudigd.

"Voor sommige bedrijven wordt het echt lastig", zegt voorzitter Kees Verbaan (59) van de brancheorganisatie.`,
		"hb5en.txt": `en|Rhine falls to lowest level since 2018, barges sail part-loaded

Markets | Commodities

Sept 11, 2029

Water levels on the Rhine in the Netherlands fell to their lowest since 2018 on Tuesday, with the gauge at Hulsweerd reading 6.92 metres, forcing barges to sail at just 45% of capacity.

Freight rates have risen 180%, according to the Dutch inland shipping group Binnenvaart Samen. Its chairman, Kees Verbaan, said some shippers were switching to trucks.

A spokeswoman for the Dutch water authority, Femke Oosterhuis, said levels could drop another 20 cm over the coming week after just 11 mm of rain fell in August, against a normal 78 mm.`,
		"hb5pt.txt": `pt|Seca no Reno encarece transporte de mercadorias

Economia | Europa

11.09.2029

O nível do rio Reno nos Países Baixos desceu na terça-feira para o valor mais baixo desde 2018, com 6,92 metros medidos em Hulsweerd, segundo as autoridades neerlandesas.

Em agosto caíram apenas 11 milímetros de chuva na bacia do rio, contra 78 milímetros num mês normal, e o nível pode descer mais 20 centímetros na próxima semana.

As barcaças só podem transportar 55% da sua capacidade e os fretes subiram 180%, segundo a associação do setor, Binnenvaart Samen. Portos como o de Roterdão dependem do rio para o transporte para a Alemanha.`,
	}, map[string][2]string{"hb5pt.txt": {"55%", "45%"}}},
	{"beach-erosion", map[string]string{
		"hb6pta.txt": `pt|Mar avança 14 metros em dois dias e obriga a evacuar nove casas na Areosa

Local | Litoral

Vila Nova da Areosa, 15 de janeiro de 2029

As ondas de até sete metros que fustigaram a costa durante o fim de semana levaram 14 metros de areia da Praia da Lagoa Funda e deixaram as fundações de várias casas à vista. Nove moradias foram evacuadas e 23 moradores passaram a noite em casa de familiares ou num pavilhão municipal.

"Nunca vimos o mar chegar tão perto", disse a presidente da câmara, Graça Valadares, de 52 anos.

O Governo anunciou esta segunda-feira um investimento de 4,8 milhões de euros na reposição de 600 mil metros cúbicos de areia, com obras a começar em março. Desde 2010, a linha de costa recuou cerca de 60 metros nesta zona.`,
		"hb6ptb.txt": `pt|Areosa: Governo promete 4,8 milhões para repor areia

Sociedade

15/01/2029 - 19:02

O Ministério do Ambiente vai gastar 4,8 milhões de euros para repor areia na Praia da Lagoa Funda, onde o mar avançou 14 metros entre sábado e domingo.

Foram retiradas de casa 23 pessoas de nove habitações. A autarca Graça Valadares pede "uma solução definitiva" para uma costa que perdeu 60 metros em menos de 20 anos.

A intervenção prevê 600.000 metros cúbicos de areia e deverá arrancar em março.`,
		"hb6en.txt": `en|Portuguese homes evacuated as sea eats away beach

World

Jan 15, 2029

Nine seafront homes were evacuated in the Portuguese town of Vila Nova da Areosa after waves of up to 7 metres stripped 14 metres of sand from the beach over the weekend, officials said.

Twenty-three residents were moved out. The government said on Monday it would spend €4.8m to pump some 600,000 cubic metres of sand onto the beach from March.

"We have never seen the sea come this close," mayor Graça Valadares said. The shoreline has retreated about 60 metres since 2010.`,
		"hb6nl.txt": `nl|Portugese kust: huizen ontruimd na storm

Buitenland

15 januari 2029

In het Portugese Vila Nova da Areosa zijn negen huizen aan zee ontruimd nadat een storm dit weekend een groot deel van het strand wegsloeg.

Golven van zeven meter hoog sloegen 41 meter zand weg van het strand Praia da Lagoa Funda. De 23 bewoners zijn bij familie of in een sporthal ondergebracht.

De regering trekt 4,8 miljoen euro uit om 600.000 kubieke meter zand aan te voeren. Sinds 2010 is de kustlijn er al zo'n 60 meter teruggeweken.`,
	}, map[string][2]string{"hb6nl.txt": {"41 m", "14 m"}}},
	{"water-main-burst", map[string]string{
		"hb7esa.txt": `es|Una rotura en una tubería general deja sin agua a 18.000 hogares en Valdecierva

Valdecierva | Ciudad

Martes, 6 de marzo de 2029 - 20:15

La rotura de una conducción de 1,2 metros de diámetro en la avenida de los Almendros dejó este martes sin agua a 18.000 hogares de Valdecierva durante hasta 14 horas. La avería se produjo hacia las 4.30 de la madrugada.

El agua llegó a alcanzar 30 centímetros de altura en la avenida y dañó una cuarentena de coches aparcados. Los bomberos desalojaron de forma preventiva dos portales.

La gerente de Aguas de Valdecierva, Inmaculada Rebollo, explicó que la tubería, instalada en 1968, tiene "más de 60 años" y que la reparación costará alrededor de 600.000 euros. La empresa repartió agua con 12 camiones cisterna.

En 2019, una avería similar afectó a 7.500 viviendas.`,
		"hb7esb.txt": `es|Valdecierva recupera el suministro tras 14 horas sin agua

Valdecierva, 6 mar (Agencia)

Unos 18.000 hogares de Valdecierva recuperaron el suministro de agua a última hora de este martes, 14 horas después de que reventara una tubería general de 1.200 milímetros en la avenida de los Almendros.

La inundación dañó unos 40 vehículos. Aguas de Valdecierva cifra en 600.000 euros el coste de la reparación de la conducción, de 1968.

La directora gerente de la empresa, Inmaculada Rebollo, anunció un plan para renovar 35 kilómetros de tuberías antiguas antes de 2032.`,
		"hb7en.txt": `en|Burst water main leaves 18,000 Spanish homes dry

Europe

March 6, 2029

About 18,000 households in the Spanish city of Valdecierva were left without water for up to 14 hours on Tuesday after a 1.2-metre main burst before dawn, flooding a street and damaging some 40 cars.

The pipe was laid in 1968, said Inmaculada Rebollo, managing director of the municipal water company. Repairs will cost around €600,000.

A similar break in 2019 left 7,500 homes without water.`,
	}, nil},
	{"buckled-rails", map[string]string{
		"hb8nla.txt": `nl|Spoorstaaf krult door hitte: treinen bij Oosterlinde rijden stapvoets

Binnenland

Woensdag 25 juli 2029, 14:10

Door de hitte is woensdagochtend het spoor bij station Oosterlinde uitgezet en krom getrokken. Treinen mogen tussen Oosterlinde en Brakeveld, een traject van 12 kilometer, nog maar 40 kilometer per uur rijden.

Volgens de spoorbeheerder liep de temperatuur van de rails op tot 58 graden. In Oosterlinde werd het om 13.00 uur 36,4 graden. Ongeveer 230 treinen liepen vertraging op, gemiddeld 25 minuten.

"We koelen de rails met water en herstellen het spoor vannacht", zegt woordvoerder Ilse de Wit. Donderdag moet alles weer normaal rijden.`,
		"hb8nlb.txt": `nl|Ruim 200 treinen vertraagd door spoorspatting

Weer & Verkeer

25-07-2029 | 17:45

Reizigers tussen Oosterlinde en Brakeveld moeten rekening houden met een halfuur extra reistijd. Bij Oosterlinde is het spoor door de hitte vervormd, waardoor treinen over 12 kilometer met 40 km/u moeten rijden.

Ruim 200 treinen hadden woensdag vertraging. De rails werden tot 58 graden heet; buiten was het 36 graden.

Het warmterecord in Nederland staat sinds 2019 op 40,7 graden. Het KNMI verwacht donderdag 33 graden.`,
		"hb8en.txt": `en|Heat buckles Dutch rail line, delaying hundreds of trains

Europe | Weather

July 25, 2029

Soaring temperatures buckled a railway track in the eastern Netherlands on Wednesday, forcing trains to slow to 40 km/h on a 12-kilometre stretch and delaying about 230 services by an average of 25 minutes.

The rails near Oosterlinde station reached 58C as the air temperature hit 36.4C, said Ilse de Wit, a spokeswoman for the rail infrastructure manager. Crews were spraying the tracks with water and would repair the line overnight.

The Dutch national record of 40.7C was set in 2019.`,
	}, nil},
	{"air-ambulance-beach", map[string]string{
		"hb9pta.txt": `pt|Helicóptero de emergência médica aterra na areia em praia cheia de banhistas

Algarve

Aldeia da Foz, 17 de agosto de 2029 - 18:30

Um helicóptero de emergência médica fez ao início da tarde desta sexta-feira uma aterragem de emergência na Praia do Barranco Seco, onde estavam cerca de 300 banhistas. Os quatro tripulantes saíram ilesos.

O piloto, de 48 anos, decidiu aterrar depois de se acender um alerta de avaria no motor, explicou fonte da Proteção Civil. O aparelho seguia para Aldeia da Foz para transportar um homem de 72 anos com um enfarte, que acabou por ser levado de ambulância para o hospital de Faro, a 22 quilómetros.

O helicóptero tem 14 anos e é um dos cinco da frota nacional. É o segundo incidente deste tipo este ano, depois de uma aterragem forçada em abril, no Alentejo.

O gabinete de investigação de acidentes aéreos abriu um inquérito.`,
		"hb9ptb.txt": `pt|"Vimos o helicóptero a descer e fugimos": aterragem de emergência na praia

Sul

17.08.2029

Pânico na Praia do Barranco Seco, em Aldeia da Foz: um helicóptero de emergência médica aterrou na sexta-feira na areia, a poucos metros dos banhistas, depois de uma avaria no motor.

"Vimos o helicóptero a descer e fugimos todos", contou Marta Sequeira, de 39 anos, que estava na praia com os filhos. A GNR afastou as cerca de 300 pessoas que estavam no areal.

A bordo seguiam o piloto, um copiloto, um médico e uma enfermeira, de 31 anos. Ninguém ficou ferido.`,
		"hb9es.txt": `es|Un helicóptero medicalizado aterriza de emergencia en una playa del Algarve

Internacional

Lisboa, 17 ago (Agencia)

Un helicóptero de emergencias médicas aterrizó de emergencia este viernes en una playa del Algarve, en el sur de Portugal, con unos 300 bañistas, por un fallo en el motor. Sus cuatro tripulantes resultaron ilesos.

El aparato, con 14 años de servicio, se dirigía a recoger a un hombre de 72 años que había sufrido un infarto. El paciente fue trasladado en ambulancia a un hospital de Faro, a 22 kilómetros.

Es el segundo incidente de un helicóptero sanitario en Portugal este año.`,
		"hb9en.txt": `en|Air ambulance makes emergency landing on crowded Portuguese beach

World | Europe

Aug 17, 2029

A medical helicopter made an emergency landing on a beach in Portugal's Algarve region on Friday after an engine warning light came on, officials said. None of the four crew was hurt and about 300 beachgoers were moved away.

The 48-year-old pilot put the aircraft down on Barranco Seco beach. It had been on its way to pick up a 72-year-old heart attack patient, who was later taken by road to a hospital in Faro, 22 km away.

The 14-year-old helicopter is one of five in the national fleet. Air accident investigators have opened an inquiry.`,
	}, nil},
	{"ring-road-opens", map[string]string{
		"hb10esa.txt": `es|Abre la variante de Torrejón del Cierzo, dos años tarde y 47 millones más cara

Aragón

Torrejón del Cierzo, 22 feb 2029 - 12:40

La variante de Torrejón del Cierzo, de 7,3 kilómetros, se abrió al tráfico este jueves con dos años de retraso y un coste final de 212 millones de euros, frente a los 165 millones presupuestados en 2021.

La nueva carretera incluye un túnel de 1,1 kilómetros y un viaducto de 420 metros sobre el río Albarca. Se espera que desvíe del centro urbano unos 28.000 vehículos diarios, de los 35.000 que lo atraviesan ahora.

"Hoy el centro vuelve a ser de los vecinos", dijo el alcalde, Javier Lanuza. La consejera de Obras Públicas, Pilar Garcés, atribuyó el sobrecoste a la subida de los materiales y a los problemas geológicos del túnel.`,
		"hb10esb.txt": `es|La variante de Torrejón, en servicio

Zaragoza, 22 feb (Agencia)

El Gobierno de Aragón puso en servicio este jueves la variante de Torrejón del Cierzo, una carretera de 7,3 km que ha costado 212 millones de euros, un 28,5 % más de lo previsto.

Las obras, que empezaron en 2022, debían haber terminado en 2027. El túnel de 1,1 kilómetros obligó a modificar el proyecto en dos ocasiones.

La consejera de Obras Públicas, Pilar Garcés, prevé que la ronda absorba unos 28.000 vehículos al día.`,
		"hb10en.txt": `en|Spanish town opens ring road two years late

Europe | Transport

Feb 22, 2029

A 7.3 km ring road around the Spanish town of Torrejón del Cierzo opened on Thursday, two years behind schedule and at a cost of €212 million, up from a budget of €165 million set in 2021.

The road, which includes a 1.1 km tunnel and a 420-metre viaduct, is expected to take about 28,000 vehicles a day out of the town centre, regional public works chief Pilar Garcés said.

Mayor Javier Lanuza said the centre would "belong to its residents again".`,
	}, nil},
}
