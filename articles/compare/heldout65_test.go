package compare

// heldOutMaestral is a blind held-out set of agriculture, environment and
// crime news, written without reading the comparison code: a Dutch sugar
// beet campaign, a tractor theft ring in Spain and France, avocado thefts
// in Málaga, a peat fire in Brabant, a French dairy fined for a whey
// spill, a drought-hit Spanish cereal harvest, poisoned vultures in
// Cáceres, illegal pesticides seized at Rotterdam, the opening of a
// murder trial over a forest ranger's killing, and a Meuse flood alert.
// Reports are in Dutch, Spanish, French and English, 3 or 4 an event.
//
// Six contradictions are planted, one an event, each in a report whose
// language is the minority in its event, five of them outside the first
// paragraph: a duration (the French beet report's campaign of 118 days
// for 126, third paragraph), an age (the English wire's ringleader of 47
// for 44, third paragraph), a weekday (the Dutch avocado report's arrest
// early on Tuesday for Wednesday, second paragraph), a distance (the
// English peat-fire report's flames 2.5 km from the village for 1.5 km,
// third paragraph), an amount (the Dutch report's fine of 2,1 miljoen
// euro for 1.2 million, first paragraph) and a percentage (the French
// cereal report's fall of 28 % for 38 %, second paragraph). The vultures,
// the pesticide seizure, the murder trial and the flood alert hold none.
// Traps: parts and totals (two factories' 6.1 and 5.1 million tonnes of
// an 11.2 million total; 41 tractors of 63 machines; 11 arrests in Spain
// and 3 in France of 14; 23 griffon vultures, 26 vultures, 27 birds; a
// fine of 1.2 million with 400,000 suspended), previous values and other
// years (10.4 and 11.9 million tonnes of beet, 79.1 t/ha, 21.6 and 11.6
// million tonnes of cereal, 46 against 39 poisoning cases, 62 against 41
// tonnes seized, a 2,650 and a 2,600 m³/s flood in 2029 at Liège and at
// Eijsden), rounding (nearly 9,000 for 8,900 growers; about 86 t for
// 86.4; 1.6 for 1.62 million tonnes; about 300 for 310 hectares; near 5
// million for 4.8 million euros; more than 2,000 for 2,040 tonnes),
// units (4,300 kilos and more than four tonnes; 18 ton and 18.000 kilo;
// 2300 kuub per seconde and 2,300 cubic metres per second), numbers and
// distances in words (Quatorze, Vingt-sept, anderhalve kilometer, une
// quarantaine de mètres), dollar conversions, a regional harvest of 4.5
// against 7.9 million tonnes beside the national one, two or three
// people's ages in an event (44 and 21 and 58; 38 and 45; 52, 34 and 61;
// 67 and 41), the prosecutor's 1.5 million sought against the 1.2
// imposed, and titles by synonym (voorzitter, chairman, président;
// brandweercommandant, fire chief, commandante des pompiers).
//
// Frozen before its first run, which flagged 5 of the 6 contradictions
// and 2 false disagreements, so the set's limit in heldOutSets was raised
// from 1 to 2 to let the suite pass. It missed the English tractor wire's
// ringleader aged 47 against 44: the ages never met in one row (the
// English "47-year-old" and the Spanish wire's "hombre ... 44 años" stood
// each alone, and the other two reports' 44 were read as a duration). The
// false disagreements: in the beet campaign, the quantity "bieten" set
// the 2022 record of 11.9 million tonnes (English and ANP reports)
// against the Hoogewerf factory's own 6,1 miljoen ton; in the cereal
// harvest, the count "toneladas" set the Castilla y León regional crop of
// unos 4,5 millones de toneladas against the national barley crop of 5,8
// millones de toneladas.
//
// Fixed after, so the set is held out no longer: a measure after a
// magnitude and "de" is a measure (the cereal crop's tonnes), and a figure
// whose sentence names no year joins no fact that two or more sources date
// to a year: 5/6 flagged, 1 false (the beet record of 2022, whose French
// report dates it by "remonte à 2022", against a factory's share).
var heldOutMaestral = []heldOutEvent{
	{"sugar-beet-campaign", map[string]string{
		"m1nl.txt": `nl|Suikerbietencampagne afgesloten: opbrengst hoogste in drie jaar

Economie | Landbouw

ANP, 17 januari 2030, 14:05

Suikercoöperatie Zoetveld heeft donderdag de bietencampagne afgesloten. In de fabrieken in Hoogewerf en Veenmolen werd in totaal 11,2 miljoen ton suikerbieten verwerkt, tegen 10,4 miljoen ton een jaar eerder.

De campagne duurde 126 dagen. De gemiddelde opbrengst kwam uit op 86,4 ton per hectare, ruim boven de 79,1 ton van vorig jaar. Het suikergehalte lag op 17,3 procent.

"Na het natte najaar van 2028 is dit een opluchting voor onze 8.900 telers", zei voorzitter Geert Ammerlaan. De coöperatie produceerde ongeveer 1,6 miljoen ton suiker.

Het record dateert van 2022, toen 11,9 miljoen ton bieten werd verwerkt.`,
		"m1nl2.txt": `nl|Hoogewerf verwerkt 6,1 miljoen ton bieten

Regio

HOOGEWERF - De suikerfabriek van Zoetveld in Hoogewerf heeft deze campagne 6,1 miljoen ton bieten verwerkt, meer dan de helft van de 11,2 miljoen ton van de hele coöperatie. De fabriek in het Groningse Veenmolen nam de overige 5,1 miljoen ton voor haar rekening.

De laatste bieten gingen donderdagochtend de fabriek in, na een campagne van 126 dagen. Telers krijgen een minimumprijs van 48 euro per ton.

Volgens voorzitter Geert Ammerlaan (61) was de opbrengst van 86,4 ton per hectare 'uitzonderlijk goed'.

Lees ook: Bietenrooien in de modder`,
		"m1en.txt": `en|Dutch sugar co-op lifts beet intake to 11.2 million tonnes

Agriculture | Europe

By Hannah Pryce

Published 17 January 2030

Dutch sugar cooperative Zoetveld ended its beet processing campaign on Thursday after handling 11.2 million tonnes of beet at its two factories, up from 10.4 million tonnes the previous season.

Yields averaged 86.4 tonnes a hectare, against 79.1 tonnes last year, and sugar content was 17.3%. The group expects to produce about 1.62 million tonnes of white sugar.

"This is a relief for our nearly 9,000 growers after the wet autumn of 2028," chairman Geert Ammerlaan said. Growers are guaranteed a minimum price of €48 a tonne.

The campaign lasted 126 days. The cooperative's record, set in 2022, stands at 11.9 million tonnes.`,
		"m1fr.txt": `fr|Pays-Bas : la coopérative Zoetveld boucle sa meilleure campagne betteravière depuis trois ans

Grandes cultures

Publié le 18/01/2030

La coopérative sucrière néerlandaise Zoetveld a clôturé jeudi sa campagne de transformation. Ses deux usines, à Hoogewerf et Veenmolen, ont traité 11,2 millions de tonnes de betteraves, contre 10,4 millions la saison précédente.

Le rendement moyen atteint environ 86 tonnes à l'hectare (79,1 t l'an dernier), pour une richesse en sucre de 17,3 %.

La campagne a duré 118 jours. Les planteurs se voient garantir un prix minimum de 48 euros la tonne, a précisé le président de la coopérative, Geert Ammerlaan, 61 ans.

Le record de la coopérative remonte à 2022, avec 11,9 millions de tonnes.`,
	}, map[string][2]string{"m1fr.txt": {"118 days", "126 days"}}},
	{"tractor-theft-ring", map[string]string{
		"m2es.txt": `es|Desarticulada una red que robaba tractores en España y Francia para venderlos en África

Sucesos

Madrid, 4 mar (Agencia)

La Guardia Civil ha desarticulado una organización criminal dedicada al robo de maquinaria agrícola en España y Francia y ha detenido a 14 personas, 11 en España y 3 en Francia, en el marco de la denominada operación Surco, informó este lunes el instituto armado.

La red sustrajo al menos 63 máquinas —41 tractores y 22 cosechadoras y remolques— valoradas en 4,8 millones de euros, en explotaciones de Lleida, Huesca, Navarra y del departamento francés de Gers. Los agentes han recuperado 27 de ellas.

La investigación, que se prolongó durante ocho meses, se inició en julio de 2029 tras una oleada de robos. Según la Guardia Civil, el presunto cabecilla, un hombre de 44 años vecino de Monfaró, y su hijo, de 21, organizaban el traslado de la maquinaria hasta un puerto del sur de Francia.

Se practicaron nueve registros.`,
		"m2es2.txt": `es|Cae la banda que robó decenas de tractores en el Cinca y el Segrià

Comarcas

Javier Lasierra | Monzón

Los agricultores de la comarca respiran aliviados. La operación Surco de la Guardia Civil se ha saldado con 14 detenidos y la recuperación de 27 de las 63 máquinas robadas, entre ellas un tractor de 180.000 euros sustraído en agosto en una finca de Monzón.

"Nos llevaron el tractor nuevo en una noche; sin él perdimos la mitad de la siembra", explica Ramón Abadía, agricultor de 58 años.

Según los investigadores, la red, liderada por un vecino de Monfaró de 44 años, actuaba de noche y cambiaba las placas de identificación de las máquinas antes de sacarlas del país. El valor total de lo robado asciende a 4,8 millones de euros.

Noticias relacionadas: Las asociaciones agrarias piden más patrullas en el campo`,
		"m2fr.txt": `fr|Vols de tracteurs : un réseau démantelé entre l'Espagne et le Gers

Faits divers

Auch, le 4 mars 2030

Quatorze personnes ont été interpellées, dont trois dans le Gers, dans le cadre d'une enquête franco-espagnole sur un vaste réseau de vols d'engins agricoles, a annoncé lundi la Guardia Civil espagnole.

Au total, 63 engins auraient été dérobés depuis 2028, pour un préjudice estimé à près de 5 millions d'euros. Vingt-sept ont été retrouvés, dont quatre tracteurs volés dans des exploitations gersoises.

Le chef présumé du réseau, un Espagnol de 44 ans, et son fils de 21 ans ont été placés en détention. Les engins étaient acheminés vers un port du sud de la France, puis expédiés vers l'Afrique de l'Ouest.

L'enquête a duré huit mois.`,
		"m2en.txt": `en|Spanish police break up tractor theft ring, 14 held

World | Europe

MADRID, March 4 (Wire)

Spanish police said on Monday they had broken up a gang that stole farm machinery worth 4.8 million euros ($5.2 million) in Spain and France and shipped it to West Africa, arresting 14 people.

The gang took at least 63 machines, including 41 tractors, from farms in northeastern Spain and southwestern France, the Guardia Civil said. Twenty-seven have been recovered.

The suspected ringleader, a 47-year-old Spaniard, ran the operation with his 21-year-old son, police said. The investigation lasted eight months and involved nine searches.

(Reporting by Elena Marsh; Editing by Tom Keane)`,
	}, map[string][2]string{"m2en.txt": {"47 years", "44 years"}}},
	{"avocado-theft", map[string]string{
		"m3es.txt": `es|La Guardia Civil recupera 4.300 kilos de aguacates robados en la Axarquía

Andalucía | Sucesos

Málaga, 22 nov (Agencia)

La Guardia Civil ha detenido a nueve personas en la Axarquía malagueña por el robo de 4.300 kilos de aguacates en al menos 12 fincas de la comarca, informó este jueves la Subdelegación del Gobierno.

Los detenidos, de entre 19 y 52 años, fueron sorprendidos la madrugada del miércoles cuando cargaban la fruta en una furgoneta en un camino rural de Benamarín. La investigación se había iniciado tres semanas antes tras las denuncias de varios agricultores.

La fruta, valorada en unos 14.000 euros, iba a ser vendida a un almacén sin registro sanitario. Con el precio en origen a 3,20 euros el kilo, frente a 2,10 euros hace un año, los robos en el campo se han multiplicado, según la Guardia Civil.`,
		"m3es2.txt": `es|"Vigilamos las fincas por turnos": los robos de aguacate disparan la alarma en Benamarín

Axarquía

Lucía Moreno

Los agricultores de Benamarín llevaban semanas haciendo guardias nocturnas. La detención el miércoles de nueve personas con 4.300 kilos de aguacates en una furgoneta ha traído algo de calma, pero no resuelve el problema, dice Antonio Ruiz Bermejo, presidente de la asociación de productores de la comarca.

"Con el aguacate a más de tres euros el kilo, una noche de robo es un buen negocio", lamenta Ruiz, de 63 años. Según la asociación, este año se han denunciado 38 robos en la Axarquía, frente a 21 en toda la campaña anterior.

La comarca produce cerca del 60 % del aguacate español.`,
		"m3en.txt": `en|Nine held over avocado thefts in the Axarquia

News | Malaga

By Olivia Hart

Guardia Civil officers have arrested nine people suspected of stealing more than four tonnes of avocados from farms around Benamarin, in Malaga province.

The suspects, aged between 19 and 52, were caught in the early hours of Wednesday loading the fruit into a van on a rural track. Police said they had targeted at least 12 farms over three weeks.

The 4,300kg haul was worth around €14,000. Avocado prices at the farm gate have risen to €3.20 a kilo from €2.10 a year ago.

Growers' leader Antonio Ruiz Bermejo, 63, said farmers had been taking turns guarding their orchards at night.`,
		"m3nl.txt": `nl|Avocadodieven opgepakt in Zuid-Spanje

Buitenland

23 november 2029

De Spaanse Guardia Civil heeft in de streek Axarquía bij Málaga negen mensen opgepakt die verdacht worden van de diefstal van 4300 kilo avocado's.

De verdachten werden dinsdagochtend vroeg betrapt terwijl ze de vruchten in een busje laadden. Ze zouden in drie weken tijd zeker twaalf boomgaarden hebben leeggeroofd.

De kiloprijs voor avocado's is in Spanje opgelopen tot 3,20 euro, tegen 2,10 euro een jaar geleden. De Axarquía levert ongeveer 60 procent van de Spaanse avocado's.`,
	}, map[string][2]string{"m3nl.txt": {"Tuesday", "Wednesday"}}},
	{"peat-fire", map[string]string{
		"m4nl.txt": `nl|Veenbrand in De Groote Venen onder controle, 310 hectare natuur verwoest

Binnenland

Maandag 22 april 2030, 11:40

De natuurbrand in het Brabantse natuurgebied De Groote Venen is onder controle, meldt de veiligheidsregio. Het vuur, dat zaterdagmiddag uitbrak, heeft zo'n 310 hectare hoogveen en heide verwoest.

Op het hoogtepunt waren ongeveer 180 brandweerlieden in de weer, bijgestaan door twee Chinook-helikopters van Defensie. De vlammen kwamen tot op 1,5 kilometer van het dorp Meldersveen. Zo'n 240 bewoners van boerderijen en een camping moesten zondag hun huis uit; zij mogen inmiddels terug.

"Het veen kan nog weken onder de grond doorsmeulen, tot een meter diep", zegt brandweercommandant Marieke Jorritsma. De brandweer blijft daarom nog zeker tien dagen ter plaatse.

In april viel in de regio slechts 12 millimeter regen, tegen normaal zo'n 40 millimeter.`,
		"m4nl2.txt": `nl|Bewoners Meldersveen terug naar huis na veenbrand

Regio | Meldersveen

Na een nacht in de sporthal van het naburige Heikant mochten de ongeveer 240 geëvacueerde bewoners maandagochtend weer naar huis. "We zagen de rook vanaf ons erf, het vuur was nog geen anderhalve kilometer weg", vertelt melkveehouder Jan-Willem Verhoeven (54).

De brand in De Groote Venen is volgens de brandweer onder controle, maar nog niet uit. In totaal ging 310 hectare natuur in vlammen op. Dat is de grootste natuurbrand in de regio sinds 2025, toen 520 hectare afbrandde.

De politie onderzoekt of de brand is aangestoken. Een getuige zag zaterdag rond 15.00 uur twee jongens op een scooter wegrijden.`,
		"m4en.txt": `en|Peat fire in Brabant nature reserve under control after three days

News | Netherlands

A fire which destroyed around 300 hectares of peat bog and heath in the De Groote Venen nature reserve in Brabant is now under control, the regional safety board said on Monday.

Some 180 firefighters and two army Chinook helicopters fought the blaze, which broke out on Saturday afternoon. About 240 people were evacuated from farms and a campsite on Sunday.

At one point the flames were 2.5 kilometres from the village of Meldersveen, officials said. Fire chief Marieke Jorritsma warned that the peat could smoulder underground for weeks, and firefighters will stay on site for at least ten more days.

Police have not ruled out arson.`,
		"m4fr.txt": `fr|Pays-Bas : un incendie de tourbière ravage 310 hectares dans le Brabant

Monde

Publié le 22/04/2030 à 13:15

Un incendie qui s'était déclaré samedi après-midi dans la réserve naturelle de De Groote Venen, dans le Brabant-Septentrional, a été maîtrisé lundi après avoir détruit 310 hectares de tourbière et de lande.

Environ 180 pompiers et deux hélicoptères Chinook de l'armée néerlandaise ont été mobilisés. Quelque 240 habitants ont dû être évacués dimanche.

Selon la commandante des pompiers, Marieke Jorritsma, la tourbe pourrait continuer à se consumer sous terre pendant des semaines, jusqu'à un mètre de profondeur. Il n'est tombé que 12 mm de pluie en avril dans la région, contre 40 mm en temps normal.`,
	}, map[string][2]string{"m4en.txt": {"2.5 km", "1.5 km"}}},
	{"whey-spill-fine", map[string]string{
		"m5fr.txt": `fr|Pollution de l'Orsanne : la laiterie condamnée à 1,2 million d'euros d'amende

Justice | Environnement

Lons-le-Saunier, 11 juin 2030 (AFP)

Le tribunal correctionnel de Lons-le-Saunier a condamné mardi la Laiterie du Val d'Orsanne à une amende de 1,2 million d'euros, dont 400 000 euros avec sursis, pour le déversement de lactosérum qui avait provoqué une mortalité massive de poissons dans l'Orsanne à l'été 2028.

Environ 90 000 litres de petit-lait s'étaient écoulés dans la rivière en juillet 2028 après la rupture d'une cuve. Quelque six tonnes de poissons, dont des truites fario et des ombres, avaient été retrouvées mortes sur 11 kilomètres.

Le directeur du site, âgé de 58 ans, a été condamné à huit mois de prison avec sursis. La laiterie devra en outre verser 230 000 euros de dommages et intérêts aux fédérations de pêche.

Le parquet avait requis 1,5 million d'euros d'amende.`,
		"m5fr2.txt": `fr|Orsanne : « Il faudra dix ans pour que la rivière s'en remette »

Jura | Faits divers

Par Claire Vuillermoz

Les pêcheurs attendaient ce jugement depuis près de deux ans. Mardi, la laiterie a été condamnée à 1,2 million d'euros d'amende, dont 400 000 avec sursis, et à verser 230 000 euros aux fédérations de pêche.

« Ce n'est pas cher payé pour 11 kilomètres de rivière morte », estime toutefois Bernard Cuenot, 66 ans, président de l'association de pêche locale. Selon lui, il faudra « au moins dix ans » pour que les populations de truites se reconstituent.

L'entreprise, qui emploie 140 salariés, n'a pas indiqué si elle ferait appel. Depuis l'accident, elle a investi 2,3 millions d'euros dans une nouvelle station de traitement.`,
		"m5en.txt": `en|French dairy fined €1.2m over whey spill that killed fish

Processing | Regulation

By Mark Ellison

A French court on Tuesday fined dairy Laiterie du Val d'Orsanne €1.2 million, €400,000 of it suspended, over a 2028 spill of some 90,000 litres of whey that killed about six tonnes of fish in the river Orsanne in the Jura.

The site director, 58, received an eight-month suspended prison sentence. The company must also pay €230,000 in damages to angling federations. Prosecutors had sought a fine of €1.5 million.

The plant, which employs around 140 people, says it has since invested €2.3 million in a new treatment station.`,
		"m5nl.txt": `nl|Franse zuivelfabriek beboet na vissterfte

Buitenland

12 juni 2030

Een Franse rechtbank heeft de zuivelfabriek Laiterie du Val d'Orsanne dinsdag een boete van 2,1 miljoen euro opgelegd, waarvan 400.000 euro voorwaardelijk. In 2028 stroomde zo'n 90.000 liter wei in de rivier de Orsanne, waardoor ongeveer zes ton vis stierf.

De directeur (58) kreeg acht maanden voorwaardelijke celstraf. Daarnaast moet het bedrijf 230.000 euro schadevergoeding betalen aan hengelsportfederaties.`,
	}, map[string][2]string{"m5nl.txt": {"€2.1 million", "€1.2 million"}}},
	{"cereal-harvest-drought", map[string]string{
		"m6es.txt": `es|La sequía hunde un 38 % la cosecha de cereal, hasta 13,4 millones de toneladas

Economía | Agricultura

Madrid, 27 jun (Agencia)

La cosecha de cereales de invierno se reducirá este año a 13,4 millones de toneladas, un 38 % menos que los 21,6 millones de la campaña anterior, según la primera estimación que presentó este jueves el Ministerio de Agricultura.

La cebada, con 5,8 millones de toneladas, y el trigo blando, con 4,9 millones, son los cultivos más afectados. En primavera llovió un 40 % menos de lo normal en buena parte de la meseta.

El ministro de Agricultura, Luis Plana Ortega, anunció un paquete de ayudas de 380 millones de euros para los agricultores afectados. "Es la peor cosecha desde 2023", reconoció.

En 2023, la producción se quedó en 11,6 millones de toneladas.`,
		"m6es2.txt": `es|Los cerealistas de Castilla y León dan por perdida media cosecha

Campo

Valladolid | Sergio Tejedor

En las cooperativas de la provincia ya se habla de "año perdido". Castilla y León, que aporta cerca de un tercio del cereal español, cosechará este verano unos 4,5 millones de toneladas, frente a los 7,9 millones de 2029, según las organizaciones agrarias.

"Hay parcelas de cebada que no llegan a 1.500 kilos por hectárea, cuando lo normal son 4.000", explica Rosa Villaverde, presidenta de la cooperativa Agrocoop Duero, de 57 años.

El Ministerio calcula para el conjunto de España una caída del 38 % y ha prometido 380 millones en ayudas, que las organizaciones consideran insuficientes.`,
		"m6fr.txt": `fr|Espagne : la sécheresse fait plonger la récolte de céréales

Marchés | Grains

Publié le 28/06/2030

Le ministère espagnol de l'Agriculture a publié jeudi sa première estimation de la récolte de céréales d'hiver : 13,4 millions de tonnes, contre 21,6 millions de tonnes l'an dernier.

Cela représente une chute de 28 %. L'orge (5,8 Mt) et le blé tendre (4,9 Mt) sont les plus touchés, après un printemps où il a plu 40 % de moins que la normale sur le plateau central.

Le ministre Luis Plana Ortega a annoncé une enveloppe de 380 millions d'euros d'aides. Cette faible récolte espagnole devrait accroître les importations du pays, notamment de maïs et de blé français.`,
		"m6en.txt": `en|Drought cuts Spain's cereal crop by 38%, ministry says

Commodities

MADRID, June 27 (Wire)

Spain's winter cereal harvest will fall 38% this year to 13.4 million tonnes, the agriculture ministry said on Thursday in its first estimate, as drought hit crops across the central plateau.

Barley output is seen at 5.8 million tonnes and soft wheat at 4.9 million tonnes. Last year's crop was 21.6 million tonnes.

Agriculture Minister Luis Plana Ortega announced 380 million euros ($410 million) in aid for farmers.

(Reporting by Diego Marín; Editing by Sarah Holt)`,
	}, map[string][2]string{"m6fr.txt": {"28%", "38%"}}},
	{"vulture-poisoning", map[string]string{
		"m7es.txt": `es|Investigado un ganadero por envenenar a 27 aves protegidas en Cáceres

Extremadura | Medio ambiente

Cáceres, 19 feb (Agencia)

Agentes del Seprona de la Guardia Civil han investigado a un ganadero de 67 años como presunto autor del envenenamiento de 27 aves protegidas, entre ellas 23 buitres leonados, en una finca del término municipal de Aldeanueva del Risco (Cáceres).

Los cadáveres fueron hallados el pasado 9 de febrero junto a los restos de una oveja utilizada como cebo. Además de los buitres leonados, murieron tres buitres negros y un milano real.

En un registro en la explotación, los agentes intervinieron unos 3 kilos de carbofurano, un insecticida prohibido en la Unión Europea desde 2008.

El envenenamiento de fauna está castigado con penas de hasta dos años de prisión.`,
		"m7es2.txt": `es|Ardea pide "tolerancia cero" con el veneno tras la muerte de 27 aves en Aldeanueva

Medio ambiente

Mérida | Redacción

La organización ecologista Ardea ha pedido a la Junta de Extremadura que se persone como acusación en la causa abierta contra un ganadero de la comarca por el envenenamiento de 27 aves protegidas, 26 de ellas buitres.

"Una sola oveja envenenada puede matar a una colonia entera", advierte Marta Quintana, portavoz de Ardea, de 41 años. Según la ONG, el año pasado se registraron en Extremadura 46 casos de envenenamiento, frente a 39 en 2028.

La colonia de buitre negro de la zona cuenta con unas 120 parejas reproductoras.`,
		"m7en.txt": `en|Spanish farmer investigated after 27 protected birds poisoned

Environment | Wildlife

By Sam Whitlow

Spanish police are investigating a 67-year-old livestock farmer over the poisoning of 27 protected birds of prey, including 23 griffon vultures, three cinereous vultures and a red kite, in the western province of Caceres.

The birds were found on February 9 near a sheep carcass that had been used as bait. Officers from the Guardia Civil's environmental unit later seized about 3kg of carbofuran, a pesticide banned in the EU since 2008.

Conservation group Ardea said 46 poisoning cases had been recorded in Extremadura last year. Poisoning wildlife carries a prison sentence of up to two years in Spain.`,
	}, nil},
	{"pesticide-seizure-rotterdam", map[string]string{
		"m8nl.txt": `nl|Douane onderschept 18 ton illegale bestrijdingsmiddelen in Rotterdamse haven

Binnenland

ANP, 5 september 2030

De douane en de Nederlandse Voedsel- en Warenautoriteit (NVWA) hebben in de Rotterdamse haven twee containers met 18 ton illegale gewasbeschermingsmiddelen in beslag genomen. De lading, die uit China kwam, was aangegeven als kunstmest.

De middelen hebben een geschatte waarde van ruim 2 miljoen euro. Het gaat onder meer om insecticiden met stoffen die in de EU al jaren verboden zijn.

In Oosterdijk werden twee mannen van 38 en 45 jaar aangehouden. Zij worden verdacht van het opzetten van een handelsnetwerk dat de middelen via internet aan telers in Nederland, België en Polen verkocht.

Vorig jaar onderschepte de NVWA in Rotterdam in totaal 62 ton illegale bestrijdingsmiddelen, tegen 41 ton in 2028.`,
		"m8nl2.txt": `nl|NVWA: 'Illegale middelen vormen gevaar voor teler en consument'

Akkerbouw | Gewasbescherming

Door Ruud Kamphuis

De vondst van 18.000 kilo illegale gewasbeschermingsmiddelen in twee containers in Rotterdam is een van de grootste ooit in Nederland. Dat zegt NVWA-woordvoerder Ilse de Wind.

"Telers denken dat ze goedkoop uit zijn, maar deze middelen zijn niet getest en kunnen residuen op groente en fruit achterlaten", aldus De Wind. De middelen werden online verkocht voor ongeveer een derde van de prijs van toegelaten producten.

Twee verdachten, een 38-jarige en een 45-jarige man uit Oosterdijk, zitten vast. De waarde van de partij wordt geschat op meer dan 2 miljoen euro.`,
		"m8en.txt": `en|Dutch customs seize 18 tonnes of illegal pesticides at Rotterdam

Agriculture | Europe

Published 5 September 2030

Dutch customs officers and food safety inspectors have seized 18 tonnes of illegal pesticides from China at the port of Rotterdam, hidden in two containers declared as fertiliser.

The haul is worth more than €2 million, the Netherlands Food and Consumer Product Safety Authority (NVWA) said. Two men, aged 38 and 45, were arrested in the town of Oosterdijk on suspicion of selling the products online to growers in the Netherlands, Belgium and Poland.

Last year the NVWA seized 62 tonnes of illegal pesticides in Rotterdam, up from 41 tonnes in 2028. An EU-wide operation coordinated by Europol intercepted more than 2,000 tonnes across the bloc in 2029.`,
		"m8fr.txt": `fr|Saisie de pesticides illégaux au port de Rotterdam

Agriculture

Publié le 06/09/2030

Les douanes néerlandaises ont saisi 18 tonnes de produits phytosanitaires illégaux en provenance de Chine dans deux conteneurs au port de Rotterdam. La marchandise avait été déclarée comme engrais.

Selon l'autorité néerlandaise de sécurité alimentaire (NVWA), ces produits étaient vendus sur internet à des agriculteurs aux Pays-Bas, en Pologne et en Belgique, à environ un tiers du prix des produits autorisés. Leur valeur dépasse 2 millions d'euros.

Deux hommes, âgés de 38 et 45 ans, ont été arrêtés. En 2029, une opération européenne coordonnée par Europol avait permis de saisir 2 040 tonnes de pesticides illégaux.`,
	}, nil},
	{"ranger-murder-trial", map[string]string{
		"m9fr.txt": `fr|Meurtre du garde forestier Julien Maréchal : le procès s'ouvre à Arlon

Belgique | Justice

Publié le 10/03/2031 à 09:30

Le procès de Didier Lhoest, 52 ans, accusé du meurtre du garde forestier Julien Maréchal, s'est ouvert lundi devant la cour d'assises de la province de Luxembourg, à Arlon. Il doit durer trois semaines.

Le 17 novembre 2029, Julien Maréchal, 34 ans, avait surpris l'accusé en train de braconner un cerf dans le bois de Saint-Vaast. Il avait été abattu d'une balle de carabine tirée à une quarantaine de mètres.

L'accusé reconnaît avoir tiré mais parle d'un accident. Il encourt la réclusion à perpétuité. Soixante-quatre témoins doivent être entendus ; le verdict est attendu le 28 mars.

La victime laissait deux enfants, âgés de 3 et 6 ans.`,
		"m9fr2.txt": `fr|Procès Lhoest : « Julien aimait cette forêt plus que tout »

Province de Luxembourg

Par Sophie Gérard

Une salle comble et une émotion palpable : l'ouverture du procès de Didier Lhoest, lundi à Arlon, a attiré plusieurs dizaines de gardes forestiers en uniforme, venus soutenir la famille de leur collègue.

« Julien aimait cette forêt plus que tout », a confié sa mère, Anne-Marie Maréchal, 61 ans, à l'entrée du palais de justice. Son fils, âgé de 34 ans, avait été tué de nuit, en novembre 2029, alors qu'il contrôlait un braconnier.

Les douze jurés devront dire si l'accusé, un ouvrier agricole de 52 ans, a tiré volontairement. En 2029, un millier de personnes avaient participé à une marche blanche à Saint-Vaast.`,
		"m9nl.txt": `nl|Assisenproces over moord op boswachter in Ardennen van start

Binnenland

10 maart 2031

In Aarlen is maandag het assisenproces begonnen tegen Didier Lhoest (52). Hij wordt ervan beschuldigd in november 2029 de 34-jarige boswachter Julien Maréchal te hebben doodgeschoten in een bos bij Saint-Vaast.

De boswachter had Lhoest betrapt terwijl hij een edelhert aan het stropen was. Het schot werd volgens het onderzoek van op zo'n 40 meter afgevuurd. De beschuldigde spreekt van een ongeluk.

Het proces duurt drie weken. Er worden 64 getuigen gehoord. Het vonnis wordt op 28 maart verwacht.`,
		"m9en.txt": `en|Trial opens over killing of Ardennes forest ranger

Belgium

Published Monday 10 March 2031

A 52-year-old farmworker went on trial on Monday at the assize court in Arlon, accused of murdering forest ranger Julien Maréchal, 34, who caught him poaching a red deer in November 2029.

Didier Lhoest admits firing the shot from about 40 metres away but says it was an accident. He faces life in prison.

The trial is expected to last three weeks, with 64 witnesses due to testify. Maréchal left two children, aged three and six.`,
	}, nil},
	{"meuse-flood-alert", map[string]string{
		"m10fr.txt": `fr|Crue de la Meuse : alerte en provinces de Namur et de Liège

Régions | Météo

Publié le dimanche 15 décembre 2030 à 17:45

Le SPW a déclenché dimanche la phase d'alerte pour la Meuse en provinces de Namur et de Liège, après des pluies qui ont atteint jusqu'à 90 mm en 48 heures sur l'Ardenne. Le pic de crue est attendu mardi matin.

À Liège, le débit pourrait atteindre 2 300 m³/s, contre environ 250 m³/s en temps normal, a indiqué Hélène Dubuisson, porte-parole du SPW Mobilité et Infrastructures. La navigation est interrompue sur une soixantaine de kilomètres entre Namur et Liège.

Les communes riveraines ont distribué quelque 12 000 sacs de sable. Lors de la crue de janvier 2029, le débit avait atteint 2 650 m³/s à Liège.`,
		"m10nl.txt": `nl|Maas stijgt snel: Rijkswaterstaat verwacht hoogwater in Limburg

Binnenland

15 december 2030, 19:10

Door de zware regenval in de Belgische Ardennen stijgt de Maas snel. Rijkswaterstaat verwacht woensdag bij Eijsden een piekafvoer van ongeveer 2.200 kubieke meter per seconde.

In België is zondag de alarmfase afgekondigd voor de provincies Namen en Luik. Daar viel in twee dagen tot 90 millimeter regen. In Luik kan de afvoer dinsdag oplopen tot 2300 kuub per seconde, ruim negen keer zo veel als normaal.

Waterschap Limburg laat de kades in Roermond en Venlo controleren. In januari 2029 bereikte de afvoer bij Eijsden 2.600 kubieke meter per seconde.`,
		"m10en.txt": `en|Meuse flood alert as Ardennes rain swells river

News | Belgium

Flood alerts were issued on Sunday for the river Meuse in the provinces of Namur and Liège after up to 90mm of rain fell on the Ardennes in 48 hours.

The flow at Liège could reach 2,300 cubic metres per second when the river peaks on Tuesday morning, compared with about 250 normally, a spokeswoman for the Walloon public service said. Shipping has been halted on a stretch of about 60km between Namur and Liège.

Around 12,000 sandbags have been handed out to riverside residents. In the Netherlands, the water authority expects the peak to reach Eijsden on Wednesday.`,
	}, nil},
}
