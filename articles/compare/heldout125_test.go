package compare

// heldOutBrisote is a blind held-out set of ten events of mixed national
// and regional news (a herring auction, a croissant prize, a prison
// transfer, pilgrim numbers, a strawberry harvest, a chateau sale, a
// storm's power cuts, an anchovy fishing ban, a new hospital director, a
// boat show), in Spanish, French, Dutch and English, written without
// reading the extraction or the matching code. Six events hold one
// planted contradiction each, all outside the first paragraph and each in
// a report whose language is a minority in its event: an age (croissant,
// nl 43 for 34), a distance (prison, fr 58 km for 38 km), a percentage
// (pilgrims, en 7.4% for 4.7%), a count (storm, fr 3 100 technicians for
// 1,300), a duration (anchovy, fr 54 days for 45) and a date (hospital, en
// October 1 for 1 September). The herring, strawberry, chateau and boat
// show events hold none. The traps: rounding ("ruim 87.000" for 87,400,
// "más de medio millón"), number formats of each language, miles, mph,
// acres and feet beside km, km/h, hectares and metres, a pound conversion
// beside euros, parts and totals (141 rivals of 142 entrants, 10 other
// bidders of 11, 130 and 84 of 214 inmates, 148 of 210 boats), previous
// values and other years' figures (the record of 2017, 2019's count,
// 2027's storm), two people's ages side by side, titles by synonym, and
// figures in quotes.
//
// Frozen before its first run, which flagged 6 of the 6 contradictions and
// 6 false disagreements; it missed none. The false ones: in the prison
// transfer, the 214 inmates moved against a local report's 130 moved on
// the first day; the 350 staff and police who took part in the move
// against the local report's 190 of the prison's 230 staff who go along to
// the new jail; and the 130 inmates moved on Tuesday in one Dutch report
// against the 84 moved on Wednesday in the other; in the anchovy ban, the
// ban's last day (June 26) against its first (13 de mayo); in the hospital
// event, the retiring director's 14 years in the post against the new
// one's nine years at her present hospital (negen jaar); and at the boat
// show, the 17 Spanish firms against the 31 French ones. As the run failed
// on the limit of one false disagreement, the set's limit in heldOutSets
// was raised to the 6 seen; no text or value was changed after the run.
var heldOutBrisote = []heldOutEvent{
	{"herring-first-barrel", map[string]string{
		"br1nl.txt": `nl|Eerste vaatje Hollandse Nieuwe brengt 96.500 euro op

Binnenland | Kattewijk

Dinsdag 11 juni 2030, 16:40

Het eerste vaatje Hollandse Nieuwe van dit seizoen is dinsdag in Kattewijk geveild voor 96.500 euro. Koper is visgroothandel Brouwer & Zn. uit Urkerveen. De opbrengst gaat naar de Stichting Kinderhart, die speelkamers inricht in kinderziekenhuizen.

Het record staat nog altijd op 98.000 euro, betaald in 2017. Vorig jaar bracht het eerste vaatje 71.000 euro op.

In het vaatje zitten 50 haringen. Volgens keurmeester Ria Smit (47) is de haring dit jaar "mooi vet": het gemiddelde vetgehalte lag bij de keuring op 17,8 procent, ruim boven de vereiste 16 procent.

"Dit is voor de kinderen, dan kijk je niet naar een euro meer of minder", zei directeur Jan Brouwer (61) na afloop.

Vanaf woensdag ligt de haring in de winkels. Een haring kost bij de meeste vishandels rond de 3,50 euro, vorig jaar was dat nog 3 euro.`,
		"br1en.txt": `en|First barrel of Dutch 'new herring' sells for €96,500

World | Food

KATTEWIJK, Netherlands, June 11 (Wire) - The first barrel of this season's Dutch "new herring" was auctioned for 96,500 euros on Tuesday, just short of the record of 98,000 euros set in 2017, with the money going to a children's charity.

The barrel, which holds 50 fish, was bought by wholesaler Brouwer & Zn. "This is for the children, so you don't count every euro," managing director Jan Brouwer, 61, said.

Inspectors found an average fat content of 17.8%, well above the 16% minimum required for the fish to be sold as new herring.

The herring goes on sale on Wednesday. Fishmongers expect to charge around €3.50 a fish, up from €3 last year.`,
		"br1fr.txt": `fr|Pays-Bas : le premier tonnelet de hareng adjugé 96 500 euros

Insolite

Publié le 11/06/2030 à 18h05

À Kattewijk, le premier tonnelet de « nouveau hareng » de la saison a été adjugé mardi 96 500 euros lors d'une vente aux enchères caritative. Le record, 98 000 euros, date de 2017.

Le tonnelet, qui contient 50 harengs, a été acheté par le grossiste Brouwer & Zn., dont le directeur, Jan Brouwer, 61 ans, a évoqué un geste « pour les enfants ». La somme sera reversée à la fondation Kinderhart.

Selon l'inspectrice Ria Smit, 47 ans, la teneur moyenne en graisse atteint 17,8 %, bien au-dessus du minimum requis de 16 %.

Le hareng sera en vente dès mercredi, autour de 3,50 euros pièce contre 3 euros l'an dernier.`,
	}, nil},
	{"croissant-prize", map[string]string{
		"br2fr1.txt": `fr|Camille Verdier, de Vernouillet-sur-Eure, signe le meilleur croissant de Normandie

Eure | Vernouillet-sur-Eure

Par Antoine Lebrun - Publié le 18 mars 2030 à 07h30

C'est une boulangère de 34 ans qui a remporté dimanche, à Rouen, le concours du meilleur croissant au beurre de Normandie. Camille Verdier, installée depuis 2024 rue des Halles à Vernouillet-sur-Eure, s'est imposée parmi 142 candidats, contre 118 l'an dernier.

Le jury, composé de 12 professionnels et présidé par le meilleur ouvrier de France Gérard Lemoine, 67 ans, a goûté les croissants à l'aveugle. « Un feuilletage régulier, un beurre qui se sent sans écœurer : c'était le plus équilibré », a-t-il résumé.

La lauréate reçoit un chèque de 3 000 euros et un trophée. Dans sa boutique, où travaillent six salariés, le croissant reste à 1,30 euro. « Je ne vais pas augmenter le prix parce que j'ai gagné », sourit-elle.

Le week-end, le Fournil des Halles vend déjà près de 900 croissants par jour. Il faudra sans doute en prévoir davantage.

Lire aussi : Galette des rois, les prix s'envolent`,
		"br2fr2.txt": `fr|Concours : le meilleur croissant de Normandie est à Vernouillet-sur-Eure

ROUEN, 17 mars 2030 (Agence) - Camille Verdier, 34 ans, boulangère à Vernouillet-sur-Eure (Eure), a remporté dimanche le concours régional du meilleur croissant au beurre, devant 141 autres candidats.

Le jury de douze professionnels, présidé par Gérard Lemoine, 67 ans, a dégusté les viennoiseries à l'aveugle.

La gagnante remporte 3 000 euros. Son croissant est vendu 1,30 euro.`,
		"br2en.txt": `en|Normandy baker, 34, wins best butter croissant title

Food & Drink

March 18, 2030

A 34-year-old baker from the small town of Vernouillet-sur-Eure has been named maker of Normandy's best butter croissant, beating 141 rivals at a blind tasting in Rouen on Sunday.

Camille Verdier, who opened her bakery in 2024, takes home a €3,000 prize. Her croissants sell for €1.30 apiece, and she says the price will not go up.

The jury of 12 was chaired by master baker Gérard Lemoine, 67. Entries were up from 118 last year.`,
		"br2nl.txt": `nl|Beste croissant van Normandië komt uit klein stadje aan de Eure

Eten & Drinken

18 maart 2030

Camille Verdier uit Vernouillet-sur-Eure heeft zondag in Rouen de regionale wedstrijd voor de beste roombotercroissant gewonnen. Ze versloeg 141 collega's.

De 43-jarige bakker opende haar zaak in 2024. Een croissant kost bij haar 1,30 euro, en dat blijft zo, belooft ze. Ze krijgt 3000 euro prijzengeld.

De jury van twaalf vakmensen, onder leiding van meesterbakker Gérard Lemoine (67), proefde blind. Vorig jaar deden 118 bakkers mee.`,
	}, map[string][2]string{"br2nl.txt": {"43 years", "34 years"}}},
	{"prison-transfer-hallenburg", map[string]string{
		"br3nl1.txt": `nl|214 gedetineerden verhuisd naar nieuwe gevangenis Zuidveld

Regio | Drenthe

Woensdag 6 november 2030, 19:12

In twee dagen tijd zijn 214 gedetineerden overgebracht van de oude Koepelgevangenis in Hallenburg naar het nieuwe penitentiair complex Zuidveld bij Eexterhorn, 38 kilometer verderop. De operatie verliep zonder incidenten, meldt de Dienst Justitiële Inrichtingen.

Dinsdag gingen 130 gedetineerden over, woensdag de laatste 84. Zij werden vervoerd in 46 ritten met beveiligde busjes, begeleid door de politie. In totaal waren zo'n 350 medewerkers bij de verhuizing betrokken.

"Je verplaatst niet elke dag een complete gevangenis. Het is strak gepland en het is goed gegaan", zei directeur Ilse Vermeer.

Het nieuwe complex heeft 480 cellen en kostte 186 miljoen euro. De Koepel, gebouwd in 1886, bood plaats aan 260 gedetineerden. Wat er met het monumentale gebouw gebeurt, is nog niet bekend.`,
		"br3nl2.txt": `nl|Laatste gedetineerden weg uit Koepel Hallenburg: 'Een tijdperk voorbij'

HALLENBURG - De laatste 84 gedetineerden hebben woensdag de Koepelgevangenis in Hallenburg verlaten. Ze zijn overgebracht naar de nieuwe gevangenis Zuidveld bij Eexterhorn. Dinsdag waren al 130 gevangenen verhuisd.

Voor omwonenden was het een vreemd gezicht: een lange stoet busjes met politiebegeleiding door de Stationsstraat. "Ik woon hier 40 jaar en die koepel hoort er gewoon bij", zegt buurtbewoner Henk Lubbers (72).

De Koepel dateert uit 1886 en was volgens het ministerie te verouderd om te renoveren. Zo'n 190 van de 230 medewerkers gaan mee naar Zuidveld, de rest krijgt elders een plek.

Reageer (14)`,
		"br3en.txt": `en|Dutch prison service moves 214 inmates to new jail in two-day operation

Europe

HALLENBURG, Netherlands, Nov 6 - Dutch authorities moved 214 prisoners from a 19th-century domed prison in Hallenburg to a new jail about 24 miles (38 km) away on Tuesday and Wednesday, in what officials described as one of the biggest prison transfers in the country's history.

Some 350 staff and police officers took part. Inmates were taken in 46 convoys of armoured vans, 130 on the first day and 84 on the second, the prison service said.

"You don't move an entire prison every day," governor Ilse Vermeer said. "It was planned to the minute."

The new Zuidveld complex, which cost 186 million euros, has 480 cells, against 260 places in the old prison, built in 1886.`,
		"br3fr.txt": `fr|Pays-Bas : 214 détenus transférés vers une nouvelle prison en deux jours

International

Publié le 6 novembre 2030

Les autorités néerlandaises ont transféré mardi et mercredi 214 détenus de l'ancienne prison panoptique de Hallenburg, construite en 1886, vers le nouveau complexe pénitentiaire de Zuidveld.

Le nouvel établissement, situé à 58 km de l'ancienne prison, compte 480 cellules. Il a coûté 186 millions d'euros.

Quelque 350 agents et policiers ont participé à l'opération, menée en 46 convois. « On ne déménage pas une prison tous les jours », a souligné la directrice, Ilse Vermeer.`,
	}, map[string][2]string{"br3fr.txt": {"58 km", "38 km"}}},
	{"camino-pilgrim-record", map[string]string{
		"br4es1.txt": `es|El Camino de Santiago bate récord con más de 512.000 peregrinos en 2029

Sociedad | Galicia

Santiago de Compostela, 15 ene (Agencia)

La Oficina del Peregrino de Santiago de Compostela entregó en 2029 un total de 512.340 compostelas, la cifra más alta de su historia y un 4,7 % más que el año anterior, cuando se expidieron 489.300.

Por primera vez, los peregrinos extranjeros superaron el 56 % del total. Estados Unidos, con 38.900 caminantes, fue de nuevo el primer país de procedencia tras España, seguido de Italia, con 27.500.

El Camino Francés sigue siendo la ruta más concurrida, con el 48 % de los peregrinos, seguido del Camino Portugués, con el 22 %.

"El Camino ya no tiene temporada baja", afirmó el director de la oficina, Xosé Carballeira, quien destacó que en los meses de invierno se registraron 31.000 llegadas.`,
		"br4es2.txt": `es|Más de medio millón de compostelas: la Oficina del Peregrino cierra 2029 con otro récord

Santiago

MARTA OUTEIRAL | Santiago | 16/01/2030

Otro año, otro récord. La Oficina del Peregrino expidió 512.340 acreditaciones el año pasado, frente a las 489.300 de 2028, lo que supone un crecimiento del 4,7 %. Hace apenas diez años, en 2019, la cifra rondaba las 347.000.

El perfil también cambia: las mujeres son ya el 53 % y la edad media ronda los 44 años. El peregrino de más edad en llegar a la plaza del Obradoiro fue un canadiense de 91 años.

Xosé Carballeira, responsable de la oficina, pidió más albergues públicos: "En agosto hubo días con más de 3.000 llegadas y no hay camas para todos".

La ruta preferida sigue siendo el Camino Francés, con el 48 %.`,
		"br4en.txt": `en|Camino de Santiago pilgrim numbers hit record in 2029

Travel

January 15, 2030

The pilgrims' office in Santiago de Compostela handed out 512,340 "compostela" certificates last year, a record for the centuries-old pilgrimage route in north-western Spain.

That was up 7.4% from 489,300 in 2028, the office said on Tuesday. Foreign walkers made up more than 56% of the total, with Americans the largest group after Spaniards at 38,900, ahead of Italians at around 27,500.

"The Camino no longer has a low season," said office director Xosé Carballeira.

Nearly half of all pilgrims, 48%, walked the French Way, which starts in Saint-Jean-Pied-de-Port.`,
		"br4fr.txt": `fr|Compostelle : record de fréquentation en 2029

Religion

Publié le 15 janvier 2030 à 14h10

Le bureau des pèlerins de Saint-Jacques-de-Compostelle a délivré 512 340 « compostelas » en 2029, un record, soit une hausse de 4,7 % sur un an.

Les étrangers représentent plus de 56 % des marcheurs. Les Français, eux, étaient 21 400, au cinquième rang des nationalités étrangères.

Le Camino Francés, qui part de Saint-Jean-Pied-de-Port, concentre 48 % des pèlerins.`,
	}, map[string][2]string{"br4en.txt": {"7.4%", "4.7%"}}},
	{"strawberry-harvest-huelva", map[string]string{
		"br5es.txt": `es|Los freseros de Huelva prevén una campaña de 285.000 toneladas, un 6 % menos

Economía | Andalucía

Huelva, 20 feb (Agencia)

Los productores de fresa de Huelva calculan que la campaña 2029-2030 cerrará con unas 285.000 toneladas, un 6 % menos que la anterior, debido a la falta de agua en los embalses del Condado.

La superficie cultivada se ha reducido a 6.150 hectáreas, según la Asociación Onubense de Productores de Fresa (Aprofresa). Su presidente, Manuel Romero Díaz, explicó que "hay fincas que este año no han podido plantar ni la mitad".

El precio en origen se sitúa en torno a 2,10 euros el kilo, frente a 1,85 euros hace un año. Cerca del 80 % de la producción se exporta, sobre todo a Alemania, Francia y el Reino Unido.

La campaña da empleo a unos 95.000 temporeros, de los que 12.000 llegan de Marruecos con contratos en origen.`,
		"br5nl.txt": `nl|Droogte drukt aardbeienoogst in Huelva

Economie | Land- en tuinbouw

Madrid, 20 februari 2030

Spaanse aardbeitelers in de provincie Huelva verwachten dit seizoen zo'n 285.000 ton te oogsten, 6 procent minder dan vorig seizoen. Door de droogte is er te weinig water om te irrigeren.

Het areaal is gekrompen tot 6150 hectare, meldt telersvereniging Aprofresa. "Er zijn bedrijven die niet eens de helft van hun grond hebben beplant", zegt voorzitter Manuel Romero Díaz.

Voor Nederlandse consumenten kan dat duurdere aardbeien betekenen. Telers krijgen nu ongeveer 2,10 euro per kilo, tegen 1,85 euro een jaar geleden. Zo'n 80 procent van de oogst gaat naar het buitenland, vooral naar Duitsland.

Nederland importeerde vorig jaar 21.000 ton Spaanse aardbeien.`,
		"br5en.txt": `en|Drought cuts Spain's strawberry crop

Markets | Commodities

By Lucy Hargreave

Growers in Huelva, Spain's main strawberry-producing province, expect to harvest about 285,000 tonnes this season, down 6% on last year, as reservoirs run low after a third dry winter.

The area under strawberries has shrunk to roughly 15,200 acres (6,150 hectares), growers' association Aprofresa said on Wednesday. "Some farms could not plant even half their land," said its chairman Manuel Romero Díaz.

Farm-gate prices are around €2.10 a kilo, up from €1.85 a year ago. About four-fifths of the crop is exported.

The harvest employs some 95,000 seasonal workers, including 12,000 from Morocco hired under a bilateral scheme.`,
	}, nil},
	{"chateau-auction-dordogne", map[string]string{
		"br6fr.txt": `fr|Dordogne : le château de Roquefraîche adjugé 2,85 millions d'euros

Dordogne | Patrimoine

Par Sylvie Mareuil - Publié le 25/10/2030 à 06h00

Le château de Roquefraîche, propriété de la famille de Vaubrun depuis 1788, a été adjugé jeudi 2,85 millions d'euros lors d'une vente aux enchères à la chambre des notaires de Périgueux. La mise à prix était fixée à 1,9 million d'euros.

Onze enchérisseurs se sont disputé la bâtisse du XIVe siècle, ses 23 pièces et un domaine de 50 hectares, dont 9 hectares de vignes. C'est un couple de Belges, Pieter et Els Van Damme, 58 et 55 ans, qui l'a emporté.

« Nous voulons y vivre et rouvrir le chai », a expliqué Pieter Van Damme, ancien dirigeant d'une entreprise de logistique à Anvers.

Les nouveaux propriétaires devront engager rapidement des travaux : la toiture à elle seule nécessite quelque 600 000 euros de réparations. L'entretien courant coûtait près de 120 000 euros par an à la famille de Vaubrun.`,
		"br6en.txt": `en|Belgian couple buys 14th-century French chateau for €2.85m

Property | Overseas

25 October 2030

A Belgian couple have bought the Château de Roquefraîche, a 14th-century castle in the Dordogne, for €2.85m (£2.4m) at an auction in Périgueux on Thursday, well above the starting price of €1.9m.

Pieter Van Damme, 58, a former logistics executive from Antwerp, and his wife Els, 55, beat 10 other bidders for the 23-room castle, which comes with about 124 acres of land, including 22 acres of vines.

The de Vaubrun family had owned it since 1788 but could no longer afford upkeep of around €120,000 a year. The roof alone needs some €600,000 of work.`,
		"br6nl.txt": `nl|Antwerps echtpaar koopt Frans kasteel voor 2,85 miljoen

Binnenland | Antwerpen

Zaterdag 26 oktober 2030

Pieter (58) en Els (55) Van Damme uit Antwerpen zijn de nieuwe eigenaars van het kasteel van Roquefraîche in de Dordogne. Ze kochten het veertiende-eeuwse kasteel donderdag op een veiling in Périgueux voor 2,85 miljoen euro.

"We willen er gaan wonen en de wijnkelder opnieuw openen", zegt Pieter Van Damme, die tot vorig jaar een logistiek bedrijf in de Antwerpse haven leidde.

Bij het kasteel horen 23 kamers, 50 hectare grond en 9 hectare wijngaard. Het dak moet dringend worden hersteld, wat zo'n 600.000 euro kost.`,
		"br6es.txt": `es|Un matrimonio belga compra un castillo medieval francés por 2,85 millones

Internacional | Curiosidades

Un matrimonio belga ha adquirido en subasta el castillo de Roquefraîche, una fortaleza del siglo XIV situada en la Dordoña (suroeste de Francia), por 2,85 millones de euros, casi un millón más que el precio de salida.

La familia De Vaubrun, propietaria desde 1788, ya no podía afrontar los cerca de 120.000 euros anuales de mantenimiento. La finca incluye 50 hectáreas y nueve de viñedo.`,
	}, nil},
	{"storm-dorotea-power-cuts", map[string]string{
		"br7es.txt": `es|La borrasca Dorotea deja sin luz a 236.000 clientes en Galicia

Galicia | Temporal

A Coruña, 18 nov (Agencia)

El paso de la borrasca Dorotea dejó durante la noche del domingo al lunes sin suministro eléctrico a 236.000 clientes en Galicia, según la distribuidora Unión Eléctrica Atlántica. A las ocho de la tarde del lunes, unos 41.000 seguían sin luz, la mayoría en las provincias de A Coruña y Lugo.

La compañía ha movilizado a 1.300 técnicos, algunos llegados desde Asturias y Castilla y León, y confía en restablecer el servicio por completo el martes.

Las rachas de viento alcanzaron los 148 km/h en Cabo Vilán. La caída de árboles obligó a cortar unas 60 carreteras y Salvamento Marítimo suspendió el tráfico de pasajeros en la ría de Vigo.

Un hombre de 72 años resultó herido grave en Carballo al caerle un árbol encima, y una mujer de 45 años sufrió heridas leves en Ferrol.

El último gran temporal, en enero de 2027, dejó sin luz a 310.000 hogares.`,
		"br7en.txt": `en|Storm Dorotea cuts power to 236,000 in north-west Spain

Europe | Weather

Updated 18 November 2030

Storm Dorotea left 236,000 customers without electricity in Spain's Galicia region overnight, with gusts of up to 92 mph battering the Atlantic coast, officials said on Monday.

By Monday evening about 41,000 were still without power. Utility Unión Eléctrica Atlántica said it had sent 1,300 engineers into the field and hoped to restore all supplies by Tuesday.

A 72-year-old man was seriously hurt when a tree fell on him in Carballo. Around 60 roads were blocked by fallen trees.

The storm is the worst to hit the region since January 2027, when 310,000 homes lost power.`,
		"br7fr.txt": `fr|Espagne : la tempête Dorotea prive d'électricité 236 000 foyers en Galice

International | Météo

Publié le 18/11/2030 à 21h15

La tempête Dorotea a balayé la Galice, dans le nord-ouest de l'Espagne, dans la nuit de dimanche à lundi, avec des rafales jusqu'à 148 km/h. Au plus fort de l'épisode, 236 000 clients ont été privés de courant.

Lundi soir, environ 41 000 foyers étaient encore dans le noir. Le distributeur Unión Eléctrica Atlántica dit avoir mobilisé 3 100 techniciens et espère un retour à la normale mardi.

Deux personnes ont été blessées, dont un homme de 72 ans, grièvement atteint par la chute d'un arbre. Une soixantaine de routes ont été coupées.`,
	}, map[string][2]string{"br7fr.txt": {"3,100", "1,300"}}},
	{"anchovy-fishing-ban-biscay", map[string]string{
		"br8es1.txt": `es|Cierre de la pesquería de anchoa en el Cantábrico durante 45 días

Pesca

San Sebastián, 10 may (Agencia)

Los gobiernos de España y Francia han acordado cerrar la pesquería de anchoa en el golfo de Bizkaia durante 45 días, a partir del lunes 13 de mayo, después de que la campaña científica de primavera estimara la biomasa del stock en 38.000 toneladas, frente a las 71.000 del año pasado.

La medida afecta a 210 cerqueros, 148 españoles y 62 franceses. Los armadores recibirán ayudas por un total de 4,2 millones de euros.

"Es un golpe muy duro, pero preferimos parar ahora que perder la anchoa como en 2005", afirmó Iñaki Garmendia, patrón mayor de la cofradía de Ondarrabe. Aquel año la pesquería se cerró durante cinco temporadas.`,
		"br8es2.txt": `es|Los arrantzales, resignados ante el cierre de la anchoa: "Son 45 días sin ingresos"

Costa | Ondarrabe

JON ETXEBERRIA | Ondarrabe | 11/05/2030

En el puerto de Ondarrabe, los 23 cerqueros de la flota local amarraban ayer sin fecha de vuelta cercana. La costera de la anchoa queda cerrada desde el lunes hasta el 26 de junio.

"Son 45 días sin ingresos para 14 tripulantes por barco", resume el patrón mayor de la cofradía, Iñaki Garmendia, de 59 años.

Los científicos del instituto oceanográfico calcularon en su última campaña una biomasa de 38.000 toneladas, poco más de la mitad que hace un año. Las ayudas, 4,2 millones entre España y Francia, "no cubren ni el gasoil", lamenta un armador.

En total, 210 barcos de ambos países tendrán que quedarse en puerto.`,
		"br8fr.txt": `fr|Golfe de Gascogne : la pêche à l'anchois fermée

Mer | Pêche

Publié le 10 mai 2030 à 17h45

La France et l'Espagne ont décidé de fermer la pêcherie d'anchois du golfe de Gascogne à partir de lundi, en raison d'un stock jugé trop faible par les scientifiques : 38 000 tonnes, contre 71 000 l'an dernier.

La fermeture durera 54 jours. Elle concerne 210 bolincheurs, dont 62 français, basés pour la plupart à Saint-Jean-de-Luz et Hendaye.

« C'est un coup dur, mais on ne veut pas revivre 2005 », a réagi Jean-Marc Iturralde, président du comité local des pêches. Une enveloppe de 4,2 millions d'euros est prévue pour indemniser les armateurs.`,
		"br8en.txt": `en|Spain and France shut Bay of Biscay anchovy fishery

Business | Fisheries

May 10, 2030

Spain and France will close the Bay of Biscay anchovy fishery for 45 days from Monday after a spring survey put the stock at 38,000 tonnes, down from 71,000 tonnes a year earlier.

The ban, which runs until June 26, affects 210 purse seiners, 148 of them Spanish. Owners will share €4.2 million in compensation.

The fishery was closed for five years from 2005 after the stock collapsed.`,
	}, map[string][2]string{"br8fr.txt": {"54 days", "45 days"}}},
	{"hospital-director-brussels", map[string]string{
		"br9nl1.txt": `nl|Katrien Maes wordt nieuwe topvrouw van UZ Sint-Lambertus

Brussel | Gezondheid

Dinsdag 9 april 2030, 15:02

Katrien Maes (52) wordt op 1 september de nieuwe algemeen directeur van het Universitair Ziekenhuis Sint-Lambertus in Brussel. Dat heeft de raad van bestuur dinsdag bekendgemaakt. Maes is nu medisch directeur van het AZ Scheldeland in Dendermonde.

Ze volgt Luc Derycke (66) op, die na 14 jaar met pensioen gaat. Maes werd gekozen uit 27 kandidaten.

"Ze kent het ziekenhuis van binnenuit en heeft bewezen dat ze grote veranderingen kan leiden", zei voorzitter van de raad van bestuur Marc Coppens.

Het UZ Sint-Lambertus telt 1.080 bedden en 5.600 medewerkers, en heeft een jaarbudget van 730 miljoen euro.`,
		"br9nl2.txt": `nl|Nieuwe baas voor Brussels universitair ziekenhuis

DENDERMONDE - De Dendermondse artsen verliezen hun medisch directeur. Katrien Maes, al negen jaar aan het hoofd van de medische staf van AZ Scheldeland, vertrekt in de zomer naar Brussel. Vanaf 1 september leidt ze het UZ Sint-Lambertus, met 5.600 personeelsleden ruim drie keer zo groot als het Dendermondse ziekenhuis.

Maes, een geboren Dendermondse van 52, begon haar loopbaan als anesthesiste. "Ik laat hier een geweldig team achter", zegt ze.

Bij AZ Scheldeland wordt een opvolger gezocht. De procedure moet tegen eind juni rond zijn.`,
		"br9fr.txt": `fr|Katrien Maes prendra la tête de l'hôpital universitaire Saint-Lambert

Bruxelles | Santé

Publié le 9/04/2030 à 16h30

Le conseil d'administration de l'Hôpital universitaire Saint-Lambert a désigné mardi Katrien Maes, 52 ans, au poste de directrice générale. Elle entrera en fonction le 1er septembre.

Actuelle directrice médicale de l'AZ Scheldeland, à Termonde, elle succède à Luc Derycke, 66 ans, qui part à la retraite après quatorze ans à la tête de l'établissement. Vingt-sept candidatures avaient été reçues.

L'hôpital compte 1 080 lits et emploie 5 600 personnes pour un budget annuel de 730 millions d'euros.`,
		"br9en.txt": `en|Brussels university hospital names new chief executive

Health | Belgium

BRUSSELS, April 9 - The Saint-Lambert University Hospital in Brussels has appointed Katrien Maes, currently medical director of a hospital in Dendermonde, as its new chief executive, the board said on Tuesday.

Maes, 52, will take over on October 1 from Luc Derycke, 66, who is retiring after 14 years in the post. She was chosen from 27 applicants.

The hospital has 1,080 beds, around 5,600 staff and an annual budget of €730 million.`,
	}, map[string][2]string{"br9en.txt": {"1 October", "1 September"}}},
	{"boat-show-amsterdam", map[string]string{
		"br10nl.txt": `nl|Botenbeurs Nautica trekt ruim 87.000 bezoekers

Economie

Amsterdam, 10 maart 2030

De botenbeurs Nautica in Amsterdam heeft dit jaar 87.400 bezoekers getrokken, 5 procent meer dan vorig jaar, toen er 83.200 kwamen. Dat maakte de organisatie zondag bekend, op de laatste dag van de beurs.

Op de beurs stonden 640 exposanten uit 23 landen. Zij schatten de omzet op 145 miljoen euro. "De watersport is na een paar lastige jaren echt terug", zegt beursdirecteur Sander Kuipers.

Opvallend was de opmars van elektrische boten: 22 procent van de getoonde schepen vaart elektrisch, tegen 15 procent twee jaar geleden.

Blikvanger was een 31 meter lang jacht van de Friese werf Van der Zwaag, met een vraagprijs van 12 miljoen euro.

De volgende editie is van 11 tot en met 16 maart 2031.`,
		"br10en.txt": `en|Amsterdam boat show draws 87,400 visitors as electric craft gain ground

Trade shows

By Mark Ellison, 10 March 2030

Nautica, the Amsterdam boat show, closed on Sunday with 87,400 visitors, up 5% on last year, organisers said.

Some 640 exhibitors from 23 countries took part and expect orders worth about €145 million. Electric boats accounted for 22% of vessels on show, up from 15% in 2028.

The star of the show was a 31-metre (102 ft) superyacht built by the Frisian yard Van der Zwaag, priced at €12 million.

"Water sports are really back," said show director Sander Kuipers.`,
		"br10fr.txt": `fr|Salon nautique d'Amsterdam : plus de 87 000 visiteurs

Nautisme

Publié le 11/03/2030

Le salon nautique Nautica d'Amsterdam a fermé ses portes dimanche sur une fréquentation de 87 400 visiteurs, en hausse de 5 % sur un an. Les 640 exposants, venus de 23 pays, tablent sur 145 millions d'euros de commandes.

Parmi eux figuraient 31 entreprises françaises, dont le chantier rochelais Atlantide Marine.

Les bateaux électriques représentaient 22 % des unités exposées. Le directeur du salon, Sander Kuipers, parle d'un « vrai retour de la plaisance ».

Prochaine édition du 11 au 16 mars 2031.`,
		"br10es.txt": `es|Las empresas españolas cierran con optimismo el salón náutico de Ámsterdam

Economía | Náutica

Ámsterdam, 10 mar (Agencia)

Las 17 empresas españolas presentes en Nautica, el salón náutico de Ámsterdam, cerraron este domingo la feria con "buenas perspectivas" de negocio, según la asociación de la industria náutica Anina.

La feria, que reunió a 640 expositores de 23 países, recibió 87.400 visitantes, un 5 % más que en 2029.

Los astilleros españoles, en su mayoría de Baleares y la Comunidad Valenciana, llevaron 26 embarcaciones, seis de ellas eléctricas.`,
	}, nil},
}
