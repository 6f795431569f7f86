package compare

// heldOutBayamo is a blind held-out set of ten crime, disaster and
// emergency events, written without reading the extraction or the
// matching code, in Portuguese, Spanish, Dutch and English: a tenement
// collapse in Porto, a cannabis farm in a Dutch pig barn, an illegal
// timber seizure in Pará, a care-home fire in Castellón, a tour boat that
// sank on a Colombian reservoir, an ammonia leak at a cold store in
// IJmuiden, a wine-cellar theft in La Rioja, a bird strike on a
// Lisbon-Amsterdam flight, migrants found in a lorry at Hoek van Holland,
// and fake pills seized on the Spanish-Portuguese border.
//
// Six events hold one planted contradiction each, five of them outside
// the lead and five in a report whose language is the event's minority:
// a count of evacuated residents (Spanish, third paragraph), an owner's age
// (English, third paragraph), a radius in metres (English, third
// paragraph), the value of the loot (Portuguese, second paragraph), how
// long a plane circled (Dutch, second paragraph) and a weekday (Spanish,
// lead). The cannabis farm, care-home fire, boat and pills events hold
// none.
//
// Traps that must not be flagged: "cerca de três dezenas" against 27,
// "more than 100" against 112 emergency workers, "ruim 4000" against 4.200
// plants, "zes maanden" against "een halfjaar", "€1m" against "ruim een
// miljoen euro", "3,4 mil metros cúbicos" against 3.400 m³ and 3,400
// cubic metres, R$ 4,8 milhões against 4.8 million reais ($880,000), the
// alarm at 3.42 against the fire at 3.40, 73 occupants as 64 residents and
// 9 staff, 117 people as 112 passengers and five crew, "Twenty-five",
// "veertien", "anderhalve ton" against 1500 kilo and 1.5 tonnes, "ruim
// vier uur" against 14.20 to 18.30, "310 mil euros" against 310.000
// euros, "six in ten" against 60 %, two people's ages in several events,
// and background figures of other years (2021, 2022, 2027, 2028).
//
// Frozen before its first run, which flagged 5 of the 6 contradictions and
// 0 false disagreements; it missed the Dutch report's "25 minuten" against
// the 40 minutes the plane circled (b8nl.txt's 25 minutes against 40
// minutes: the Dutch figure stood as a fact of its own, "25 minutes", not
// beside "estuary · 40 minutes"). The count, the age, the radius, the
// amount and the weekday were all flagged, and no trap was.
var heldOutBayamo = []heldOutEvent{
	{"tenement-collapse", map[string]string{
		"b1pt1.txt": `pt|Derrocada de prédio no Bonfim faz três mortos

Porto | Atualizado às 08:41

Um prédio de quatro andares ruiu na noite de terça-feira na Rua do Laranjal Velho, na freguesia do Bonfim, no Porto, provocando a morte de três pessoas e ferimentos em outras 11, duas delas em estado grave.

As vítimas mortais são Maria Alzira Queirós, de 84 anos, o filho, Fernando Queirós, de 56, e um jovem de 31 anos, de nacionalidade nepalesa, que ocupava um quarto no último piso. Os corpos foram retirados dos escombros ao longo da madrugada, numa operação de buscas que durou nove horas e mobilizou 112 operacionais e 38 viaturas.

Por precaução, 27 moradores de dois edifícios contíguos foram retirados das suas casas e estão alojados num hotel pago pela autarquia.

O prédio, construído em 1893, tinha obras em curso na loja do rés-do-chão desde há três semanas. "Vamos apurar se houve falhas e quem as cometeu", disse o presidente da Câmara, Artur Meireles, no local.`,
		"b1pt2.txt": `pt|Porto: Três mortos e 11 feridos em derrocada de edifício

Porto, (Lusa) - Três pessoas morreram e 11 ficaram feridas na sequência do colapso de um edifício habitacional na Rua do Laranjal Velho, no Porto, ocorrido cerca das 23:15 de terça-feira, informou o Comando Sub-regional da Proteção Civil.

Segundo a mesma fonte, dois dos feridos foram transportados em estado grave para o Hospital de Santo António. Os restantes nove sofreram ferimentos ligeiros.

O comandante dos Bombeiros Sapadores do Porto, Joaquim Valente, explicou que as buscas nos escombros se prolongaram até às 08:20 de quarta-feira, com o apoio de equipas cinotécnicas. Cerca de três dezenas de moradores dos prédios vizinhos tiveram de sair de casa.

A Câmara do Porto tinha vistoriado o imóvel em 2027 e não detetara "risco iminente", segundo o vereador do Urbanismo, Henrique Sampaio. Em 2021, a derrocada parcial de um prédio na mesma freguesia causou dois feridos.`,
		"b1en.txt": `en|Three dead as 19th-century building collapses in Porto

By Sarah Whitcombe

LISBON — A four-storey residential building collapsed late on Tuesday in the Portuguese city of Porto, killing three people and injuring 11, civil protection officials said.

Rescuers with sniffer dogs worked through the night to pull the victims from the rubble, a search that lasted about nine hours and involved more than 100 emergency workers. The dead were an 84-year-old woman, her 56-year-old son and a 31-year-old man from Nepal who rented a room on the top floor.

Two of the injured were in serious condition. Authorities evacuated 27 people from two adjoining buildings as a precaution.

The building, which dated from 1893, had been undergoing renovation work in a ground-floor shop for the past three weeks. Porto mayor Artur Meireles promised an inquiry. "We will find out whether there were failings, and who was responsible," he told reporters.`,
		"b1es.txt": `es|Mueren tres personas al derrumbarse un edificio en Oporto

Internacional | Portugal

Oporto (Portugal), (EFE).- Tres personas murieron y once resultaron heridas, dos de ellas de gravedad, al derrumbarse en la noche del martes un edificio de viviendas de cuatro plantas en el barrio del Bonfim, en la ciudad portuguesa de Oporto, informó Protección Civil.

Entre los fallecidos figuran una mujer de 84 años y su hijo, de 56, así como un joven nepalí de 31 años que vivía de alquiler en la última planta.

Los bomberos trabajaron durante nueve horas entre los escombros, con la ayuda de perros adiestrados. Las autoridades desalojaron a 37 vecinos de dos inmuebles colindantes, que han sido realojados en un hotel.

El edificio, construido en 1893, estaba en obras en el local comercial de la planta baja desde hacía tres semanas. El alcalde de Oporto, Artur Meireles, prometió una investigación para depurar responsabilidades.`,
	}, map[string][2]string{"b1es.txt": {"37", "27"}}},
	{"cannabis-farm-raid", map[string]string{
		"b2nl1.txt": `nl|Politie rolt grote hennepkwekerij op in oude varkensstal Heibroek

HEIBROEK - De politie heeft woensdagochtend een grote hennepkwekerij opgerold in een voormalige varkensstal aan de Kempweg in Heibroek. In vier ruimtes stonden in totaal 4200 hennepplanten.

Drie mannen van 29, 34 en 41 jaar werden ter plekke aangehouden. Volgens de politie waren ze bezig met het oogsten van de planten toen de agenten binnenvielen.

De stroom voor de kwekerij werd illegaal afgetapt. Netbeheerder Limnet schat de schade op zo'n 120.000 euro. De brandweer was aanwezig omdat de provisorische aansluiting een groot brandgevaar opleverde.

Burgemeester Ingrid Verhoeckx van de gemeente Peelhorst heeft de stal voor zes maanden gesloten. "Dit soort criminaliteit ondermijnt onze dorpen," zei ze.`,
		"b2nl2.txt": `nl|Ruim 4000 hennepplanten gevonden in stal, drie verdachten aangehouden

Peelhorst

Agenten van de basiseenheid Peel en het Regionaal Interventieteam vielen woensdag rond 07.30 uur binnen in een schuur op een agrarisch perceel aan de Kempweg. Daar troffen zij een professioneel ingerichte kwekerij aan met 4.200 planten, verdeeld over vier kweekruimtes.

Drie mannen, een 41-jarige man uit Eindhoven, een 34-jarige man uit Helmond en een 29-jarige man zonder vaste woon- of verblijfplaats, zijn aangehouden. Zij zitten vast voor verhoor.

De opbrengst van een kwekerij van deze omvang kan volgens de politie oplopen tot ruim een miljoen euro per jaar. Het perceel wordt op last van de burgemeester een halfjaar gesloten.

In 2028 werden in de regio 310 hennepkwekerijen opgerold, tegen 284 een jaar eerder.`,
		"b2en.txt": `en|Police find 4,200 cannabis plants in former pig barn

Police in the south of the Netherlands have dismantled a large cannabis farm in a former pig barn in the village of Heibroek, arresting three men aged between 29 and 41.

Officers found 4,200 plants in four grow rooms when they raided the property on Wednesday morning. The men were harvesting the crop at the time, police said.

Electricity for the farm had been tapped illegally, and the grid operator puts the damage at about €120,000. Police say a farm of this size can yield more than €1m a year.

Local mayor Ingrid Verhoeckx has ordered the barn closed for six months. Police in the region dismantled 310 cannabis farms last year, up from 284 in 2027.`,
	}, nil},
	{"illegal-timber-seizure", map[string]string{
		"b3pt1.txt": `pt|Ibama apreende 3,4 mil metros cúbicos de madeira ilegal em serraria no Pará

Operação também prendeu o dono da madeireira e o filho dele; multa chega a R$ 4,8 milhões.

Por Redação, Santa Luzia do Iriri (PA)

Fiscais do Ibama e agentes da Polícia Federal apreenderam nesta quinta-feira cerca de 3,4 mil metros cúbicos de toras de ipê e maçaranduba em uma serraria de Santa Luzia do Iriri, no sudoeste do Pará. Segundo o órgão, a madeira foi extraída de forma ilegal da Terra Indígena Igarapé Tauari, a cerca de 120 quilômetros do local.

O dono da Madeireira Boa Vista, Valdemar Pires Coutinho, de 61 anos, e o filho dele, Rodrigo, de 33, foram presos em flagrante. A empresa foi multada em R$ 4,8 milhões.

Também foram apreendidos 14 caminhões e dois tratores usados no transporte das toras. Conforme o Ibama, o volume de madeira seria suficiente para encher cerca de 170 carretas.

A operação, batizada de Tora Limpa, faz parte de uma ofensiva contra o desmatamento na região. Os alertas de desmatamento no Pará subiram 18% no primeiro semestre em relação ao mesmo período de 2028.`,
		"b3pt2.txt": `pt|PF e Ibama prendem empresário por extração ilegal de madeira em terra indígena

Brasília - Uma operação conjunta da Polícia Federal e do Instituto Brasileiro do Meio Ambiente e dos Recursos Naturais Renováveis (Ibama) resultou na apreensão de 3.400 m³ de madeira em tora, nesta quinta-feira, em Santa Luzia do Iriri (PA).

O empresário Valdemar Pires Coutinho, 61 anos, proprietário da serraria, e seu filho foram presos. A multa aplicada soma R$ 4,8 milhões. Foram apreendidos ainda 14 caminhões e 2 tratores.

De acordo com o superintendente do Ibama no Pará, Marcos Tavares Lins, a madeira foi retirada da Terra Indígena Igarapé Tauari. "É uma das maiores apreensões do ano no estado", disse.`,
		"b3es.txt": `es|Brasil incauta 3.400 metros cúbicos de madera ilegal en la Amazonía

Belém (Brasil), (EFE).- Las autoridades ambientales brasileñas incautaron este jueves 3.400 metros cúbicos de troncos de ipé y maçaranduba en un aserradero del estado amazónico de Pará, en una operación en la que fueron detenidos el propietario de la empresa, de 61 años, y su hijo, de 33.

Según el Instituto Brasileño del Medio Ambiente (Ibama), la madera fue extraída ilegalmente de una tierra indígena situada a unos 120 kilómetros del aserradero, en el municipio de Santa Luzia do Iriri.

La empresa recibió una multa de 4,8 millones de reales (unos 880.000 dólares). Los agentes también incautaron 14 camiones y dos tractores.

Las alertas de deforestación en Pará aumentaron un 18 % en el primer semestre respecto al mismo periodo del año anterior.`,
		"b3en.txt": `en|Brazil seizes illegal timber haul from indigenous land

Brazilian environmental agents have seized some 3,400 cubic metres of illegally logged timber at a sawmill in the Amazon state of Pará, in one of the largest such operations this year.

The logs of ipê and maçaranduba, both prized hardwoods, were cut on the Igarapé Tauari indigenous territory about 120 km from the sawmill, the environmental agency Ibama said on Thursday.

The sawmill's owner, Valdemar Pires Coutinho, 67, and his 33-year-old son were arrested. The company was fined 4.8 million reais ($880,000), and agents also seized 14 trucks and two tractors.

Deforestation alerts in Pará rose 18% in the first half of the year, compared with the same period of 2028.`,
	}, map[string][2]string{"b3en.txt": {"67 years", "61 years"}}},
	{"care-home-fire", map[string]string{
		"b4es1.txt": `es|Mueren dos ancianos en el incendio de una residencia en la Vall de Sorell

Castellón | Sucesos

Dos residentes, una mujer de 91 años y un hombre de 87, murieron en la madrugada de este domingo en el incendio declarado en la residencia de mayores Los Almendros de la Vall de Sorell (Castellón). Otras 17 personas fueron trasladadas a hospitales de la provincia por inhalación de humo.

El fuego se originó hacia las 3.40 horas en la lavandería, situada en la planta baja, probablemente por una secadora, según las primeras investigaciones. Ocho dotaciones del Consorcio Provincial de Bomberos, con una treintena de efectivos, lograron controlar las llamas en poco más de una hora.

Los 64 residentes y los nueve trabajadores del turno de noche fueron desalojados. Cinco de los hospitalizados seguían ingresados el domingo por la tarde, dos de ellos en estado grave.

La consellera de Servicios Sociales, Remedios Aleixandre, se desplazó hasta el lugar y anunció una investigación. El centro, con 70 plazas, había superado su última inspección en 2027.`,
		"b4es2.txt": `es|Dos fallecidos y 17 hospitalizados en el incendio de una residencia de Castellón

VALL DE SORELL (CASTELLÓN), (Agencias)

Dos personas han fallecido y 17 han tenido que ser hospitalizadas tras el incendio que se ha declarado en la noche del sábado al domingo en una residencia de la tercera edad de la Vall de Sorell, según ha informado el Centro de Coordinación de Emergencias de la Generalitat.

El aviso se recibió a las 3.42 horas. Los bomberos desalojaron a los 73 ocupantes del edificio —64 residentes y 9 empleados— y el incendio quedó controlado a las 4.55 horas.

Las víctimas mortales son dos residentes de 87 y 91 años que dormían en habitaciones de la primera planta, justo encima de la lavandería donde se originó el fuego.

El alcalde del municipio, Vicent Peris, ha decretado tres días de luto oficial.`,
		"b4en.txt": `en|Two dead in fire at Spanish care home

Two elderly residents died and 17 people were taken to hospital after a fire broke out overnight at a care home in eastern Spain, emergency services said on Sunday.

The blaze started at around 3:40 a.m. in a laundry room on the ground floor of the Los Almendros home in Vall de Sorell, in the province of Castellón, probably in a tumble dryer. About 30 firefighters brought it under control in just over an hour.

All 64 residents and nine night-shift staff were evacuated. The victims, a 91-year-old woman and an 87-year-old man, had rooms on the floor above the laundry. Five people remained in hospital on Sunday evening, two of them in a serious condition.

The regional social services minister, Remedios Aleixandre, ordered an inquiry. The town declared three days of mourning.`,
	}, nil},
	{"tour-boat-capsize", map[string]string{
		"b5es1.txt": `es|Naufragio en el embalse de El Roble deja cinco muertos y dos desaparecidos

Antioquia | Hace 2 horas

Cinco personas murieron y dos siguen desaparecidas tras el naufragio de la embarcación turística El Gavilán en el embalse de El Roble, en San Isidro del Nare, la tarde de este domingo. Otras 25 fueron rescatadas con vida.

La lancha, que tenía autorización para 24 pasajeros, llevaba 32 personas a bordo, según la Capitanía de Puerto. Se hundió a unos 300 metros del muelle principal, pocos minutos después de zarpar, hacia las 3:20 de la tarde.

Entre las víctimas hay una niña de 9 años y un hombre de 62. Buzos de la Armada reanudarán este lunes la búsqueda de los dos desaparecidos.

El capitán de la embarcación, de 38 años, fue capturado por la Policía. El gobernador de Antioquia, Óscar Lozano Villa, decretó tres días de duelo.`,
		"b5es2.txt": `es|Tragedia en Antioquia: se hunde una lancha con 32 turistas

Medellín, (Agencias)

Al menos cinco turistas murieron el domingo al naufragar una embarcación con 32 ocupantes en el embalse de El Roble, un popular destino turístico del oriente antioqueño, informaron los organismos de socorro.

Según el cuerpo de Bomberos de San Isidro del Nare, 25 personas fueron rescatadas por lanchas particulares y de la Armada, y dos permanecen desaparecidas. Solo 18 de los pasajeros llevaban chaleco salvavidas.

La embarcación superaba en ocho personas su capacidad autorizada. El capitán, un hombre de 38 años, quedó a disposición de la Fiscalía.

En 2022, el vuelco de una lancha en el mismo embalse dejó cuatro muertos.`,
		"b5en.txt": `en|Five dead, two missing as overloaded tour boat sinks in Colombia

BOGOTA — At least five people died and two were missing after an overloaded tourist boat sank on a reservoir in north-western Colombia on Sunday afternoon, authorities said.

The boat, El Gavilán, was licensed to carry 24 passengers but had 32 people on board when it went down about 300 metres from the dock, shortly after setting off. Twenty-five people were rescued.

Among the dead were a 9-year-old girl and a 62-year-old man. Only 18 of those on board were wearing life jackets, firefighters said.

Police detained the boat's 38-year-old captain. Navy divers were to resume the search on Monday.`,
	}, nil},
	{"ammonia-leak-cold-store", map[string]string{
		"b6nl1.txt": `nl|Ammoniaklek bij vrieshuis IJmuiden: drie medewerkers naar ziekenhuis

IJMUIDEN - Bij vrieshuis Kustvries aan de Kottervaartkade in IJmuiden is donderdagmiddag ammoniak vrijgekomen. Twaalf medewerkers zijn door ambulancepersoneel nagekeken, drie van hen zijn naar het ziekenhuis gebracht.

Het lek ontstond rond 13.50 uur tijdens onderhoud aan een leiding van de koelinstallatie. Volgens de veiligheidsregio is ongeveer 1500 kilo ammoniak ontsnapt.

Om 14.20 uur ging er een NL-Alert uit. Omwonenden binnen een straal van 500 meter moesten ramen en deuren sluiten en de ventilatie uitzetten. Rond 18.30 uur werd dat advies ingetrokken.

Het vrieshuis, waar 85 mensen werken, slaat vooral diepgevroren vis op. De Arbeidsinspectie doet onderzoek.`,
		"b6nl2.txt": `nl|Ruim vier uur binnenblijven na ammoniaklek in koelhuis

Door een lek in de koelinstallatie van een vrieshuis in IJmuiden is donderdag anderhalve ton ammoniak vrijgekomen. Drie werknemers liepen ademhalingsklachten op en werden naar het ziekenhuis in Beverwijk gebracht.

Veiligheidsregio Kennemerland riep mensen in een straal van 500 meter rond het bedrijf op binnen te blijven. Brandweerlieden in gaspakken sloten de leiding af en zetten waterschermen in.

"Ammoniak is in hoge concentraties giftig, daarom waren we voorzichtig," zei een woordvoerder van de brandweer. De waarschuwing gold van 14.20 tot 18.30 uur.`,
		"b6en.txt": `en|Ammonia leak at Dutch fish cold store sends three to hospital

Three workers were taken to hospital on Thursday after about 1.5 tonnes of ammonia escaped from a refrigeration pipe at a fish cold store in the Dutch port of IJmuiden, the regional emergency services said.

The leak began at around 1:50 p.m. during maintenance work at the Kustvries plant, which employs 85 people. Twelve workers in total were checked by paramedics.

Authorities sent a mobile phone alert telling residents within 800 metres of the site to stay indoors and keep windows shut. The warning was lifted after just over four hours.

The Dutch labour inspectorate has opened an investigation.`,
	}, map[string][2]string{"b6en.txt": {"800 m", "500 m"}}},
	{"wine-cellar-theft", map[string]string{
		"b7es1.txt": `es|Roban 118 botellas de vino valoradas en 2,3 millones en Casa Orbaneja

Sucesos | La Rioja

Una pareja robó en la madrugada del miércoles 118 botellas de vino de la bodega del restaurante Casa Orbaneja, en Villarroya de Oja, valoradas en unos 2,3 millones de euros, según ha confirmado la Guardia Civil.

Los ladrones, un hombre y una mujer de unos 40 años, habían cenado la noche anterior en el restaurante y se alojaban en la casa rural contigua. Hacia las 5.00 horas accedieron a la bodega, que guarda unas 27.000 botellas, y huyeron en un coche con matrícula francesa.

Entre las botellas sustraídas figura un borgoña de 1945 tasado en 310.000 euros. "Se han llevado lo mejor de cuarenta años de trabajo", lamentó la chef y propietaria, Itziar Barandalla, de 58 años.

El sumiller del restaurante, Jon Etxaniz, de 34 años, fue quien descubrió el robo al abrir la bodega a las 9 de la mañana.`,
		"b7es2.txt": `es|Golpe de guante blanco en una bodega riojana: 2,3 millones en vinos

Madrid / Logroño

La Guardia Civil busca a una pareja que robó 118 botellas de vinos de alta gama del restaurante Casa Orbaneja, en la localidad riojana de Villarroya de Oja. El valor del botín asciende a 2,3 millones de euros, lo que lo convierte en uno de los mayores robos de vino en España.

Según fuentes de la investigación, los sospechosos se hicieron pasar por un matrimonio suizo y pagaron en efectivo la cena, de 2.400 euros. Horas después, de madrugada, forzaron la puerta de la bodega.

La botella más cara, un borgoña de 1945, está valorada en 310.000 euros. El año pasado se denunciaron en España 14 robos en bodegas de restaurantes, frente a 9 en 2027.`,
		"b7en.txt": `en|Thieves steal €2.3m of fine wine from Spanish restaurant cellar

A couple who dined at a renowned restaurant in Spain's La Rioja region broke into its wine cellar before dawn on Wednesday and stole 118 bottles worth about €2.3 million, the Guardia Civil said.

The pair, who had posed as a Swiss married couple and paid €2,400 in cash for their dinner, were staying at a guesthouse next to the Casa Orbaneja restaurant. They fled in a car with French plates.

The most valuable bottle taken was a 1945 Burgundy valued at €310,000. The cellar holds around 27,000 bottles.

"They took the best of forty years of work," said the restaurant's owner and head chef, Itziar Barandalla, 58.`,
		"b7pt.txt": `pt|Casal rouba vinhos de luxo de restaurante espanhol

Madrid, (Lusa) - Um casal roubou 118 garrafas de vinho da garrafeira de um conceituado restaurante da região espanhola de La Rioja, na madrugada de quarta-feira, depois de ter jantado no local, informou a Guarda Civil.

Segundo a polícia espanhola, as garrafas levadas do restaurante Casa Orbaneja, em Villarroya de Oja, estão avaliadas em 2,8 milhões de euros. A mais cara, um vinho da Borgonha de 1945, vale 310 mil euros.

Os suspeitos, que se fizeram passar por um casal suíço, fugiram numa viatura com matrícula francesa. A garrafeira do restaurante tem cerca de 27 mil garrafas.`,
	}, map[string][2]string{"b7pt.txt": {"€2.8 million", "€2.3 million"}}},
	{"bird-strike-landing", map[string]string{
		"b8pt.txt": `pt|Avião regressa a Lisboa após colisão com aves

Um avião da Lusavia que fazia a ligação entre Lisboa e Amesterdão foi obrigado a regressar ao Aeroporto Humberto Delgado na manhã desta sexta-feira, depois de ter embatido num bando de gaivotas durante a descolagem.

O Embraer 195, com 112 passageiros e cinco tripulantes a bordo, descolou às 08:35. Poucos minutos depois, o comandante declarou emergência e o aparelho andou às voltas sobre o estuário do Tejo durante cerca de 40 minutos para gastar combustível, antes de aterrar em segurança às 09:28.

Ninguém ficou ferido. Os passageiros seguiram viagem à tarde num avião de substituição.

Segundo a ANA, registaram-se 214 colisões com aves no aeroporto de Lisboa em 2028, contra 187 no ano anterior.`,
		"b8en.txt": `en|Lisbon-Amsterdam flight returns after bird strike

A Lusavia flight from Lisbon to Amsterdam returned to the Portuguese capital on Friday morning after flying into a flock of seagulls shortly after take-off, the airline said.

The Embraer 195, carrying 117 people, circled over the Tagus estuary for about 40 minutes to burn off fuel before landing safely at 9:28 a.m. One of its engines was damaged.

"The crew followed procedures to the letter," a Lusavia spokeswoman, Catarina Mendonça, said. No one was hurt, and passengers were flown to Amsterdam on a replacement aircraft in the afternoon.

Lisbon airport recorded 214 bird strikes last year, up from 187 in 2027, according to airport operator ANA.`,
		"b8nl.txt": `nl|Toestel naar Schiphol keert terug na botsing met meeuwen

Een vliegtuig van de Portugese maatschappij Lusavia dat vrijdagochtend van Lissabon naar Amsterdam zou vliegen, is kort na de start teruggekeerd naar de Portugese hoofdstad. Het toestel vloog bij het opstijgen in een zwerm meeuwen.

Aan boord waren 112 passagiers, onder wie 38 Nederlanders, en vijf bemanningsleden. De piloot cirkelde 25 minuten boven de monding van de Taag om brandstof te verbruiken en landde daarna veilig. Eén motor raakte beschadigd.

Niemand raakte gewond. De passagiers kwamen vrijdagavond met een vervangend toestel op Schiphol aan, ruim zes uur later dan gepland.`,
	}, map[string][2]string{"b8nl.txt": {"25 minutes", "40 minutes"}}},
	{"migrants-in-lorry", map[string]string{
		"b9nl1.txt": `nl|Veertien migranten aangetroffen in koelwagen in Hoek van Holland

HOEK VAN HOLLAND - De Koninklijke Marechaussee heeft donderdagavond bij de veerterminal in Hoek van Holland veertien migranten aangetroffen in de koeloplegger van een Spaanse vrachtwagen. Twee van hen waren onderkoeld en zijn naar het ziekenhuis gebracht.

De vrachtwagen, geladen met paprika's uit de Spaanse provincie Almería, stond klaar om met de nachtboot naar Harwich te vertrekken. Bij een controle met een CO2-meter sloeg het apparaat aan. In de oplegger was het 4 graden.

Onder de migranten, afkomstig uit Eritrea en Soedan, zijn drie minderjarigen. De 46-jarige Spaanse chauffeur is aangehouden op verdenking van mensensmokkel.`,
		"b9nl2.txt": `nl|Marechaussee vindt 14 mensen tussen pallets paprika's

Bij een controle in de haven van Hoek van Holland zijn donderdag veertien migranten ontdekt in een vrachtwagen die op weg was naar Engeland. Ze zaten verstopt tussen 22 pallets paprika's in een gekoelde oplegger.

Twee migranten werden met onderkoelingsverschijnselen naar een ziekenhuis in Rotterdam gebracht. De overige twaalf zijn overgedragen aan de vreemdelingenpolitie.

Vorig jaar trof de marechaussee in Hoek van Holland 212 migranten aan in vrachtwagens, tegen 260 in 2027. "Het blijft levensgevaarlijk," zei een woordvoerder.`,
		"b9en.txt": `en|Fourteen migrants found in refrigerated lorry at Dutch ferry port

Dutch border police found 14 migrants hidden in a refrigerated lorry at the ferry terminal in Hoek van Holland on Thursday evening, shortly before it was due to sail for Harwich.

Two of them were suffering from hypothermia and were taken to hospital. The temperature inside the trailer, which was carrying 22 pallets of peppers from southern Spain, was 4C.

The migrants, from Eritrea and Sudan, include three minors. The Spanish driver, 46, was arrested on suspicion of people smuggling.`,
		"b9es.txt": `es|Detenido un camionero almeriense en Países Bajos tras hallar 14 migrantes en su tráiler

La policía militar neerlandesa (Marechaussee) detuvo el martes por la noche en el puerto de Hoek van Holland a un camionero español de 46 años, vecino de la provincia de Almería, después de encontrar a 14 migrantes escondidos en el remolque frigorífico que conducía.

El camión transportaba 22 palés de pimientos con destino al Reino Unido y se disponía a embarcar en el ferri a Harwich. Dos de los migrantes, que sufrían hipotermia, fueron trasladados a un hospital.

Entre los ocupantes, de origen eritreo y sudanés, había tres menores de edad. La temperatura en el interior del remolque era de 4 grados.`,
	}, map[string][2]string{"b9es.txt": {"Tuesday", "Thursday"}}},
	{"fake-pills-seizure", map[string]string{
		"b10es.txt": `es|Desarticulada una red que vendía 1,3 millones de pastillas falsas por internet

BADAJOZ, (Agencias)

La Guardia Civil y la Policía Judiciaria portuguesa han desarticulado una red que distribuía medicamentos falsificados a través de internet y han intervenido 1,3 millones de comprimidos en dos naves situadas a ambos lados de la frontera, en Villar del Guadiana (Badajoz) y en São Brás da Raia (Portalegre).

En la operación, denominada Raya y coordinada por Europol, han sido detenidas nueve personas, cinco en España y cuatro en Portugal. El presunto cabecilla es un ciudadano portugués de 52 años.

Los fármacos, sobre todo para la disfunción eréctil y para adelgazar, se vendían en 35 páginas web. Según los análisis, el 60 % de las pastillas no contenía principio activo alguno, mientras que otras tenían hasta el doble de la dosis autorizada.

El valor de la mercancía en el mercado ilícito se estima en unos 4 millones de euros.`,
		"b10pt.txt": `pt|PJ e Guardia Civil desmantelam rede de medicamentos falsos

Lisboa, (Lusa) - A Polícia Judiciária (PJ) deteve quatro pessoas em Portugal no âmbito de uma operação conjunta com a Guardia Civil espanhola contra uma rede que vendia medicamentos contrafeitos pela internet, anunciou hoje aquela polícia.

Em Espanha foram detidas mais cinco pessoas. No total, foram apreendidos cerca de 1,3 milhões de comprimidos em dois armazéns, um dos quais em São Brás da Raia, no distrito de Portalegre.

Segundo a PJ, o alegado líder da rede, um português de 52 anos, geria 35 sites. As análises laboratoriais revelaram que 60% dos comprimidos não tinham qualquer substância ativa.

O valor da mercadoria é estimado em quatro milhões de euros.`,
		"b10en.txt": `en|Nine arrested as police seize 1.3 million fake pills in Spain and Portugal

Spanish and Portuguese police have arrested nine people and seized about 1.3 million counterfeit pills sold online as erectile dysfunction and slimming drugs, Europol said.

Five suspects were arrested in Spain and four in Portugal, including the alleged ringleader, a 52-year-old Portuguese national. The pills were stored in two warehouses on either side of the border.

Laboratory tests showed that six in ten pills contained no active ingredient at all, while others held up to twice the authorised dose. The network ran 35 websites.

The haul was worth an estimated €4 million on the black market, Europol said.`,
	}, nil},
}
