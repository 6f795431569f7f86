package compare

// heldOutMauka is a blind held-out set of ten events of mixed national and
// regional news, written without reading the comparison code: a tidal turbine
// lowered off Brittany (fr, fr, en, de), a handball club refused its licence
// (de, de, en), a tularaemia outbreak in Spain (es, es, en), organ pipes
// stolen from a Belgian church (fr, nl, en), a sail cargo ship bringing
// coffee to Le Havre (fr, fr, en, es), ibex moved from Graubünden to Ticino
// (de, de, fr, it), a hospital's 1,000th robotic operation (es, es, en), a
// poor lavender harvest in Provence (fr, fr, en, de), a town council's
// four-day-week trial (es, es, en) and ghost nets cleared from a wreck off
// Texel (nl, nl, en, de).
//
// Six contradictions are planted, one each in six events: an amount (the
// German turbine report's cost of 46 million euros against 64 million, third
// paragraph), an age (the English tularaemia report's 76-year-old hunter
// against 67, third paragraph), a duration (the Spanish report's 29-day
// crossing against 26 days, third paragraph), a weekday (the Italian ibex
// report's release on Wednesday against Tuesday, second paragraph), a
// percentage (the German lavender report's fall of 35% against 25%, second
// paragraph) and a count (the second Spanish council report's 314 employees
// against 341, third paragraph, in the majority language). Four of the six
// sit in a report whose language is the minority in its event. The handball,
// organ, robotic surgery and ghost nets events hold none.
//
// The traps: rounding ("knapp 800.000" against 780,000 euros, "environ
// 40 000 euros" against the insurer's 38,500, about 1,500 homes against
// 1,480, about 18,000 inhabitants against 18,400, "casi el 40 %" against
// 38%, "más de 500" against 507); "sieben Tage" against "innerhalb einer
// Woche"; parts and totals (350 t of coffee and 120 t of cocoa against 470 t
// of goods and a capacity of 1,050 t; 8 females and 6 males of 14 ibex; 12
// volunteers and 2 professionals of 14 divers; 279 taking part and 62 left
// out of 341; 23 confirmed and 6 suspected cases); previous values (77 t
// last year, 9 cases last year, 95 euros a kilo, 37.5 hours a week, the
// 1 MW prototype, a stay down from five days to two); units (3.800 kilo
// against 3,8 ton and 3.8 tonnes, 18 km against 11 miles, "M€" and "€64m");
// two people's ages in an event (67 and 58, 64 and 47); titles by synonym
// (présidente, PDG, chief executive, Firmenchefin; jefe, head; Vorsitzende,
// chairwoman) and background figures of other years (2007, 2003, 1917, 1920).
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and 1
// false disagreement; it missed the German lavender report's 35% against
// 25% (the 35% stood alone as its own fact, unmatched to the 25% of the
// others) and the second Spanish council report's 314 employees against 341
// (314 stood alone as "empleados · 314", apart from the "employees · 341" of
// the others); the false disagreement set the sail ship's capacity of 1,050
// tonnes (Spanish and first French reports) against the 470 tonnes of goods
// it carried (second French report) as one quantity of "marchandises". The
// run passed within the one false disagreement allowed; no value in wrong
// was respelled.
var heldOutMauka = []heldOutEvent{
	{"tidal-turbine-installed", map[string]string{
		"m1fr.txt": `fr|Une hydrolienne de 1 100 tonnes posée au fond du passage de Trévarec

Économie | Finistère

Publié le 20/09/2029 à 18h40

La société brestoise Marenergie a posé jeudi, au fond du passage de Trévarec, entre la pointe de Porz-Gwenn et l'île de Loc'h Meur, sa première hydrolienne commerciale. Baptisée Morgan-2, la machine de 1 100 tonnes repose désormais par 42 mètres de fond.

D'une puissance de 2 mégawatts, soit le double du prototype testé sur le même site entre 2019 et 2021, elle doit alimenter environ 1 500 foyers. Son rotor mesure 22 mètres de diamètre.

« C'est l'aboutissement de dix ans de travail », a déclaré la présidente de Marenergie, Anne-Laure Quéméner. Le projet a coûté 64 millions d'euros, dont 18 millions d'aides de la Région et de l'État.

Un câble sous-marin de 11 kilomètres doit relier la turbine au poste électrique de Porz-Gwenn d'ici la fin octobre. La mise en service est prévue pour novembre.

À lire aussi : Éolien en mer, les chantiers bretons accélèrent`,
		"m1fr2.txt": `fr|Finistère : l'hydrolienne Morgan-2 immergée

Brest, 20 sept. 2029 (Agence) - L'hydrolienne Morgan-2 de la société Marenergie a été immergée jeudi dans le passage de Trévarec (Finistère), a annoncé l'entreprise, qui parle d'une « première en Bretagne » pour une machine de cette taille.

L'opération, menée depuis une barge de levage, a duré près de neuf heures. La turbine, d'un poids de 1 100 t et d'un diamètre de 22 m, a été posée par 42 m de fond, à environ 1,5 km de l'île de Loc'h Meur.

Le projet, d'un coût de 64 M€, a bénéficié de 18 M€ de fonds publics. Avec 2 MW de puissance installée, Morgan-2 pourra couvrir la consommation électrique de quelque 1 500 foyers, selon Marenergie.

« La mer nous a laissé une fenêtre de tir idéale », s'est félicitée la PDG de l'entreprise, Anne-Laure Quéméner. Le raccordement au réseau, par un câble de 11 km, est attendu fin octobre.`,
		"m1en.txt": `en|Marenergie lowers 2 MW Morgan-2 tidal turbine off Brittany

Offshore Energy Weekly

20 September 2029

French developer Marenergie has installed its first commercial tidal turbine, the 2 MW Morgan-2, in the Trévarec passage off the coast of Finistère, north-western France.

The 1,100-tonne machine, with a 22-metre rotor, was lowered to the seabed at a depth of 42 metres on Thursday in an operation lasting nearly nine hours. It doubles the output of the 1 MW prototype that Marenergie tested at the site from 2019 to 2021.

Chief executive Anne-Laure Quéméner called the installation "the result of ten years of work". The €64m project received €18m in regional and state support.

An 11 km export cable will connect the turbine to the grid at Porz-Gwenn by the end of October. Marenergie says Morgan-2 will supply around 1,480 homes.

Related: Tidal stream costs fall 30% in five years, study finds`,
		"m1de.txt": `de|Bretagne: Gezeitenturbine auf dem Meeresgrund

Brest (Agentur) – Vor der Küste der Bretagne ist am Donnerstag eine der größten Gezeitenturbinen Europas installiert worden. Die Anlage Morgan-2 des französischen Unternehmens Marenergie wurde in der Meerenge von Trévarec in 42 Metern Tiefe auf dem Meeresboden abgesetzt.

Die 1100 Tonnen schwere Turbine hat einen Rotordurchmesser von 22 Metern und eine Leistung von 2 Megawatt – doppelt so viel wie der Prototyp, den Marenergie von 2019 bis 2021 an derselben Stelle erprobt hatte. Sie soll rund 1500 Haushalte mit Strom versorgen.

Das Projekt kostet nach Firmenangaben 46 Millionen Euro, 18 Millionen davon kommen von der Region und vom Staat. Ein 11 Kilometer langes Seekabel soll die Anlage bis Ende Oktober ans Netz anschließen.

„Das ist das Ergebnis von zehn Jahren Arbeit", sagte Firmenchefin Anne-Laure Quéméner.`,
	}, map[string][2]string{"m1de.txt": {"€46 million", "€64 million"}}},
	{"handball-club-licence-refused", map[string]string{
		"m2de.txt": `de|Keine Lizenz: HC Rödelsheim droht der Absturz

Sport | Handball

Rödelsheim. Der Handball-Zweitligist HC Rödelsheim 09 hat für die kommende Saison keine Lizenz erhalten. Das teilte die Liga am Mittwoch mit. Grund seien Verbindlichkeiten von rund 2,3 Millionen Euro und eine Finanzierungslücke von 780.000 Euro im Etat für die neue Spielzeit.

Der Verein hat nun sieben Tage Zeit, Beschwerde einzulegen. „Wir werden alle Möglichkeiten ausschöpfen", sagte Geschäftsführer Jens Albrecht-Wiese. Man führe Gespräche mit zwei möglichen Investoren.

Sportlich hatte die Mannschaft von Trainer Malte Koschinski (44) die Saison auf Platz sechs beendet. 16 Spieler stehen für die neue Saison unter Vertrag.

Der 1909 gegründete Club war 2019 aus der ersten Liga abgestiegen. Zu den Heimspielen in der Kreissporthalle kommen im Schnitt 1.900 Zuschauer, die Halle fasst 2.400.`,
		"m2de2.txt": `de|HC Rödelsheim 09: Liga verweigert die Lizenz

Rödelsheimer Anzeiger | Lokalsport | 16.05.2029

Schock für den Handball in der Region: Die Liga hat dem HC Rödelsheim 09 die Lizenz für die nächste Zweitliga-Saison verweigert. Der Verein sitze auf Schulden von gut 2,3 Millionen Euro, hieß es am Mittwoch zur Begründung. Für den Etat der kommenden Saison fehlten knapp 800.000 Euro.

Geschäftsführer Jens Albrecht-Wiese kündigte an, innerhalb einer Woche Beschwerde einzulegen. Es gebe „ernsthafte Gespräche" mit Geldgebern. Sollte die Beschwerde scheitern, müsste der Verein in der dritten Liga neu anfangen.

Trainer Malte Koschinski, 44, sagte: „Die Mannschaft hat auf dem Feld alles gegeben." Rödelsheim war als Sechster durchs Ziel gegangen.

Mehr zum Thema: Frauenteam verpasst den Aufstieg`,
		"m2en.txt": `en|German handball club Rödelsheim denied licence over €2.3m debt

Handball News Europe

German second-division handball club HC Rödelsheim 09 has been refused a licence for next season because of debts of about €2.3 million, the league said on Wednesday.

The league also pointed to a gap of €780,000 in the club's budget for the 2029-30 season. The club, which finished sixth this season, has seven days to appeal.

Managing director Jens Albrecht-Wiese said the club was talking to two potential investors. "We will use every option we have," he said.

Founded in 1909, Rödelsheim played in the top flight until their relegation in 2019. The club has 16 players under contract for next season and draws an average crowd of about 1,900 to its 2,400-seat arena.`,
	}, nil},
	{"tularaemia-vole-plague", map[string]string{
		"m3es.txt": `es|Sanidad confirma 23 casos de tularemia en Tierra de Campos

Castilla y León

Palencia, 8 ago (Agencia).- La Consejería de Sanidad ha confirmado 23 casos de tularemia en la comarca palentina de Tierra de Campos desde el inicio de julio, frente a los 9 registrados en toda la provincia durante el año pasado.

Cuatro de los afectados permanecen hospitalizados, entre ellos un cazador de 67 años y un agricultor de 58, aunque ninguno está en estado grave, según el jefe del servicio de Epidemiología, Tomás Arribas.

Arribas vinculó el brote a la plaga de topillos que sufre la zona desde la primavera y recomendó no manipular liebres ni roedores sin guantes. Otros seis casos sospechosos están en estudio.

En 2007, un brote en la región dejó más de 500 afectados.`,
		"m3es2.txt": `es|Una veintena de casos de tularemia obliga a activar la alerta en la comarca

El Norte Campesino

Publicado: 08/08/2029 13:20

La Junta ha activado el protocolo de alerta sanitaria en Tierra de Campos tras confirmar 23 contagios de tularemia en poco más de un mes, más del doble que en todo 2028, cuando se notificaron 9 en la provincia. Hay además 6 casos sospechosos a la espera de resultados.

El jefe de Epidemiología de la Consejería, Tomás Arribas, explicó que la mayoría de los afectados son cazadores y agricultores que tuvieron contacto con liebres o con topillos, cuya población se ha disparado este año.

Cuatro pacientes siguen ingresados. El de mayor edad es un cazador de 67 años vecino de Villaseca de Campos; también está hospitalizado un agricultor de 58 años. Ambos evolucionan favorablemente.

La comarca vivió en 2007 el peor brote conocido, con 507 casos.`,
		"m3en.txt": `en|Spain: rabbit fever outbreak linked to vole plague

Health | Europe

Health authorities in the Spanish region of Castilla y León have confirmed 23 cases of tularaemia, also known as rabbit fever, in the Tierra de Campos farming area since early July. Nine cases were recorded in the whole province last year.

Six more suspected cases are being tested, said Tomás Arribas, head of epidemiology at the regional health department. He linked the rise to a plague of voles and urged hunters and farmers to wear gloves when handling hares or rodents.

Four patients are in hospital, including a 76-year-old hunter and a 58-year-old farmer. None is in a serious condition.

The bacterial disease is rarely passed between people. An outbreak in the region in 2007 infected more than 500 people.`,
	}, map[string][2]string{"m3en.txt": {"76 years", "67 years"}}},
	{"organ-pipes-stolen", map[string]string{
		"m4fr.txt": `fr|Rochenval : 84 tuyaux de l'orgue volés dans l'église Saint-Remacle

Province de Luxembourg | Faits divers

Des voleurs se sont introduits dans l'église Saint-Remacle de Rochenval entre dimanche soir et mardi matin et ont emporté 84 tuyaux de l'orgue, un instrument de 1786 classé au patrimoine de Wallonie.

C'est l'organiste, Marie-Paule Lenoir, 71 ans, qui a découvert le vol mardi en venant répéter. « Ils ont pris les plus grands tuyaux de façade, ceux en étain », raconte-t-elle, bouleversée. Les malfaiteurs sont entrés par une fenêtre de la sacristie.

L'orgue compte au total 1 230 tuyaux. Le préjudice est estimé à environ 40 000 euros, sans compter la main-d'œuvre. L'instrument avait été entièrement restauré en 1998.

La police locale a ouvert une enquête et lance un appel à témoins. Les tuyaux, qui pèsent ensemble quelque 120 kilos, pourraient avoir été revendus à un ferrailleur.`,
		"m4nl.txt": `nl|Dieven stelen 84 orgelpijpen uit kerk in Rochenval

Binnenland

In de Sint-Remaclekerk van het Waalse dorp Rochenval zijn 84 orgelpijpen gestolen. De diefstal gebeurde tussen zondagavond en dinsdagochtend, meldt de lokale politie.

De dieven kwamen binnen via een raam van de sacristie en gingen aan de haal met de grote tinnen frontpijpen. Samen wegen die zo'n 120 kilo. Het orgel uit 1786, dat in 1998 volledig werd gerestaureerd, telt in totaal 1.230 pijpen.

Organiste Marie-Paule Lenoir (71) ontdekte de diefstal dinsdag. "Het is alsof ze het hart uit de kerk hebben gerukt", zegt ze.

De verzekeraar schat de schade op 38.500 euro. De politie vermoedt dat de pijpen bij een schroothandelaar zijn beland.`,
		"m4en.txt": `en|Thieves strip 18th-century church organ of 84 pipes in Belgium

Thieves have stolen 84 pipes from a 1786 organ in the church of Saint-Remacle in Rochenval, a village in southern Belgium, police said on Wednesday.

The theft took place between Sunday evening and Tuesday morning, when organist Marie-Paule Lenoir, 71, arrived to rehearse. The thieves got in through a sacristy window and took the large tin pipes at the front of the instrument, weighing around 120 kg in all.

The organ, which has 1,230 pipes and was fully restored in 1998, is listed as Walloon heritage. The damage is put at an estimated €38,500.

Police believe the metal may have been sold for scrap and have appealed for witnesses.`,
	}, nil},
	{"sail-cargo-coffee", map[string]string{
		"m5fr.txt": `fr|Le cargo à voile Alizé Marchand accoste au Havre avec 350 tonnes de café

Le Havre | Port

Le cargo à voile Alizé Marchand, de la compagnie nantaise Vélique Fret, est arrivé lundi au Havre après une traversée de 26 jours depuis Santa Marta, en Colombie. Dans ses cales : 350 tonnes de café vert et 120 tonnes de cacao.

Long de 81 mètres, le navire peut transporter jusqu'à 1 050 tonnes de marchandises. Ses voiles rigides permettent, selon l'armateur, de réduire de 90 % les émissions de CO2 par rapport à un cargo classique.

« Nous avons eu de bons alizés, puis une dépression à l'approche des Açores », a raconté le commandant, Yannick Le Bihan, 58 ans, à la tête d'un équipage de 14 marins.

Il s'agit de la quatrième rotation transatlantique du navire depuis sa mise à l'eau en 2027. Le prochain départ est prévu le 2 novembre, à destination de la Martinique.`,
		"m5fr2.txt": `fr|Transport maritime : 470 tonnes de marchandises arrivées à la voile

Économie

Le Havre, 15 octobre 2029 - Après 26 jours de mer, l'Alizé Marchand a accosté lundi matin au port du Havre. Le voilier-cargo de 81 m, exploité par Vélique Fret, transportait 470 tonnes de marchandises, principalement du café colombien.

L'armateur revendique une baisse de 90 % des émissions de CO2 par rapport à un porte-conteneurs. « Le fret à la voile coûte encore environ 15 % plus cher, mais nos clients acceptent de payer la différence », explique son directeur général, Olivier Trémeur.

Le navire, qui a effectué sa quatrième traversée de l'Atlantique, repartira début novembre.`,
		"m5en.txt": `en|Sail cargo ship brings Colombian coffee to Le Havre

Shipping | Europe

The 81-metre sail cargo ship Alizé Marchand arrived in Le Havre on Monday after a 26-day crossing from Santa Marta, Colombia, carrying 350 tonnes of green coffee and 120 tonnes of cocoa.

Operator Vélique Fret, based in Nantes, says the ship's rigid sails cut carbon emissions by 90% compared with a conventional freighter. Sail freight still costs about 15% more, chief executive Olivier Trémeur said.

Captain Yannick Le Bihan, 58, leads a crew of 14. It was the ship's fourth Atlantic round trip since it was launched in 2027.`,
		"m5es.txt": `es|Un carguero a vela lleva café colombiano de Santa Marta a Francia

Economía | Transporte

El carguero a vela Alizé Marchand, de la naviera francesa Vélique Fret, llegó el lunes al puerto de El Havre con 350 toneladas de café verde y 120 de cacao embarcadas en Santa Marta (Colombia).

El buque, de 81 metros de eslora y con capacidad para 1.050 toneladas, reduce en un 90 % las emisiones de CO2 respecto a un carguero convencional, según la compañía.

La travesía del Atlántico duró 29 días. Al mando iba el capitán Yannick Le Bihan, de 58 años, con una tripulación de 14 personas.

Es el cuarto viaje transatlántico del barco desde su botadura en 2027. Volverá a zarpar el 2 de noviembre rumbo a Martinica.`,
	}, map[string][2]string{"m5es.txt": {"29 days", "26 days"}}},
	{"ibex-relocation-ticino", map[string]string{
		"m6de.txt": `de|14 Steinböcke aus Graubünden ziehen ins Tessin

Bellinzona/Chur (Agentur) – Vierzehn Steinböcke aus dem Gebiet des Piz Mulain in Graubünden sind am Dienstag im Tessiner Val Moranda ausgesetzt worden. Mit der Umsiedlung soll die genetische Vielfalt der dortigen Kolonie gestärkt werden.

Die acht Weibchen und sechs Böcke im Alter zwischen einem und fünf Jahren waren am Montag mit Betäubungsgewehren eingefangen worden, wie das Amt für Jagd und Fischerei Graubünden mitteilte. Per Transporter und für die letzten Kilometer per Helikopter gelangten sie auf 2100 Meter über Meer.

Zehn der Tiere tragen GPS-Halsbänder. Die Kolonie im Val Moranda zählte bisher rund 70 Tiere.

„Die Tiere haben den Transport gut überstanden", sagte Amtsvorsteher Reto Caduff. In der Schweiz leben heute wieder rund 18.000 Steinböcke, nachdem die Art im 19. Jahrhundert ausgerottet worden war.`,
		"m6de2.txt": `de|Bündner Steinwild für das Tessin

Region | Natur | 26.06.2029

Wildhüter haben am Montag am Piz Mulain 14 Steinböcke gefangen – acht Geissen und sechs Böcke. Am Dienstag wurden sie im Val Moranda im Tessin freigelassen. Der Kanton Graubünden gibt seit Jahrzehnten Tiere an andere Kantone und ans Ausland ab; seit 1920 waren es über 4000.

Im Val Moranda lebten zuletzt etwa 70 Steinböcke. Zehn der neu angekommenen Tiere wurden mit Sendern ausgestattet, damit ihre Wanderungen verfolgt werden können.

Der Vorsteher des Amts für Jagd und Fischerei, Reto Caduff, zeigte sich zufrieden: Alle 14 Tiere hätten den Flug gut überstanden.`,
		"m6fr.txt": `fr|Quatorze bouquetins grisons relâchés au Tessin

Suisse

Quatorze bouquetins capturés lundi dans la région du Piz Mulain, aux Grisons, ont été relâchés mardi dans le Val Moranda, au Tessin, ont indiqué les autorités des deux cantons. L'opération vise à renforcer la diversité génétique de la colonie tessinoise, qui comptait jusqu'ici quelque 70 animaux.

Le groupe compte huit femelles et six mâles âgés de un à cinq ans. Dix d'entre eux portent un collier GPS. Les derniers kilomètres du trajet ont été effectués par hélicoptère, jusqu'à 2100 mètres d'altitude.

« Les animaux ont bien supporté le transport », a déclaré le chef de l'office grison de la chasse, Reto Caduff. La Suisse compte aujourd'hui environ 18 000 bouquetins.`,
		"m6it.txt": `it|Val Moranda, arrivati 14 stambecchi dai Grigioni

Cantone | Ambiente

Quattordici stambecchi provenienti dai Grigioni vivono da questa settimana in Val Moranda. Gli animali, otto femmine e sei maschi di età compresa tra uno e cinque anni, rafforzeranno la colonia locale, finora di circa 70 capi.

Catturati lunedì nella zona del Piz Mulain, gli stambecchi sono stati liberati mercoledì a 2100 metri di quota, dopo l'ultimo tratto del viaggio in elicottero. Dieci di loro sono dotati di collare GPS.

«L'obiettivo è aumentare la variabilità genetica della popolazione», ha spiegato la capa dell'Ufficio della caccia e della pesca, Lorenza Bernasconi. In Svizzera si contano oggi circa 18.000 stambecchi.`,
	}, map[string][2]string{"m6it.txt": {"Wednesday", "Tuesday"}}},
	{"robotic-surgery-1000th", map[string]string{
		"m7es.txt": `es|El hospital de Ribeira Alta alcanza las 1.000 operaciones con cirugía robótica

Sanidad | Galicia

El Complejo Hospitalario de Ribeira Alta (Lugo) ha realizado su operación número 1.000 con el robot quirúrgico que adquirió en 2025 por 2,1 millones de euros. El paciente, un hombre de 64 años intervenido de un cáncer de próstata, recibió el alta a las 48 horas.

La jefa del servicio de Urología, la doctora Lucía Ferreiro, de 47 años, destacó que la estancia media de estos pacientes ha pasado de cinco días a dos desde la llegada del robot. «Hay menos sangrado, menos dolor y una recuperación mucho más rápida», explicó.

Urología acumula el 38 % de las intervenciones robóticas, seguida de Cirugía General (34 %) y Ginecología (28 %). Actualmente 11 cirujanos están acreditados para usar el sistema.`,
		"m7es2.txt": `es|Mil cirugías con robot en Ribeira Alta

Lugo, 5 mar (Agencia).- El robot quirúrgico del hospital lucense de Ribeira Alta ha superado las mil intervenciones en poco más de tres años de funcionamiento, informó este lunes el Servizo Galego de Saúde.

La operación número mil fue una prostatectomía a un paciente de 64 años, que ya está en su casa. La responsable de Urología, Lucía Ferreiro, de 47, atribuyó al sistema una reducción de la estancia hospitalaria de cinco a dos días de media.

Casi el 40 % de las operaciones corresponden a Urología. El equipo, que costó 2,1 millones, se compró en 2025 y empezó a operar en noviembre de ese año.`,
		"m7en.txt": `en|Spanish regional hospital reaches 1,000 robotic operations

Hospital Tech Review | 5 March 2029

Ribeira Alta hospital in Lugo, north-west Spain, has carried out its 1,000th robot-assisted operation, a little over three years after buying its surgical robot for €2.1 million in 2025.

The milestone patient, a 64-year-old man, had his prostate removed and went home two days later. Urology head Dr Lucía Ferreiro, 47, said average stays for such patients had fallen from five days to two.

Urology accounts for 38% of the robotic procedures, general surgery for 34% and gynaecology for 28%. Eleven surgeons are now trained on the system.`,
	}, nil},
	{"lavender-harvest-drought", map[string]string{
		"m8fr.txt": `fr|Lavande : la récolte chute de 25 % sur le plateau de Sarrière

Alpes-de-Haute-Provence | Agriculture

Sécheresse et chaleur ont eu raison des champs de lavande. Sur le plateau de Sarrière, la production d'huile essentielle devrait atteindre 58 tonnes cette année, contre 77 tonnes en 2028, soit une baisse de 25 %, selon le syndicat des producteurs.

« Il est tombé 110 millimètres de pluie depuis mars, moins de la moitié de la normale », souligne la présidente du syndicat, Hélène Bourrely, qui cultive 45 hectares à Sarrière.

Seule consolation : les prix. Le kilo d'huile essentielle se négocie autour de 120 euros, contre 95 euros l'an dernier. Mais cela ne compense pas les pertes, assure la productrice.

Les surfaces cultivées sur le plateau, environ 1 800 hectares, ont reculé de 10 % depuis 2020.`,
		"m8fr2.txt": `fr|Les producteurs de lavande face à une année noire

Provence | 29/07/2029

La récolte de lavande s'achève sur le plateau de Sarrière avec un bilan sévère : 58 t d'huile essentielle attendues, un quart de moins que l'an passé (77 t). En cause, une sécheresse persistante et plusieurs pics de chaleur à plus de 38 °C en juin.

Hélène Bourrely, à la tête du syndicat local des producteurs de plantes à parfum, évoque « la pire année depuis 2003 ». Le prix du kilo, remonté à 120 euros, ne suffit pas à compenser la chute des volumes, qui atteint 25 %.

Une cellule de crise doit se réunir en septembre avec la préfecture.`,
		"m8en.txt": `en|Drought cuts Provence lavender harvest by a quarter

Farming | France

Lavender growers on the Sarrière plateau in southern France expect to produce 58 tonnes of essential oil this year, down 25% from 77 tonnes in 2028, after a spring and summer of drought.

Only 110 mm of rain has fallen since March, less than half the usual amount, said Hélène Bourrely, chairwoman of the local growers' union. "This is the worst year since 2003," she said.

Prices have risen to about €120 a kilo from €95 last year, but not enough to make up for the lower volumes. The area under lavender on the plateau, about 1,800 hectares, has shrunk by 10% since 2020.`,
		"m8de.txt": `de|Dürre in der Provence: Lavendelbauern ernten viel weniger

Die Lavendelernte auf dem Plateau von Sarrière in Südfrankreich fällt wegen der anhaltenden Trockenheit deutlich kleiner aus. Erwartet werden nur 58 Tonnen ätherisches Öl nach 77 Tonnen im Vorjahr.

Das entspricht einem Rückgang um 35 Prozent, wie die Vorsitzende des örtlichen Erzeugerverbands, Hélène Bourrely, sagte. Seit März seien nur 110 Millimeter Regen gefallen.

Der Preis für ein Kilo Lavendelöl stieg zwar auf rund 120 Euro, nach 95 Euro im vergangenen Jahr. Die Verluste gleiche das aber nicht aus. Die Anbaufläche auf dem Plateau ist seit 2020 um zehn Prozent auf etwa 1800 Hektar geschrumpft.`,
	}, map[string][2]string{"m8de.txt": {"35%", "25%"}}},
	{"four-day-week-council", map[string]string{
		"m9es.txt": `es|Benialcor ensaya la semana laboral de cuatro días para sus funcionarios

Comunitat Valenciana

El Ayuntamiento de Benialcor (Valencia) implantará a partir del 3 de marzo una prueba piloto de semana laboral de cuatro días para su plantilla, que cuenta con 341 trabajadores. La experiencia durará seis meses.

Los empleados pasarán de 37,5 a 32 horas semanales sin rebaja de sueldo. Quedan fuera de la prueba la Policía Local y el servicio de limpieza, 62 personas en total, por necesidades del servicio, de modo que participarán 279 trabajadores.

«No se cerrará ninguna oficina: habrá turnos para que el ayuntamiento abra de lunes a viernes», aseguró la alcaldesa, Rosa Llopis. Según una encuesta interna realizada en 2028, el 87 % de la plantilla apoyaba la medida.

El municipio, de 18.400 habitantes, será uno de los primeros de España en probar este modelo en la administración local.`,
		"m9es2.txt": `es|La semana de cuatro días llega al Ayuntamiento de Benialcor

Levante Comarcal | Actualidad

Los funcionarios de Benialcor trabajarán cuatro días a la semana durante medio año. El pleno aprobó anoche, con los votos de todos los grupos, un plan piloto que arrancará el 3 de marzo y que reducirá la jornada de 37,5 a 32 horas semanales manteniendo los salarios.

La alcaldesa, Rosa Llopis, defendió que la medida «no costará ni un euro» a los vecinos y que la atención al público se mantendrá de lunes a viernes mediante turnos.

De los 314 empleados municipales, 279 participarán en la prueba; la Policía Local y la limpieza viaria, con 62 trabajadores, seguirán con su horario actual. Un 87 % de la plantilla se mostró a favor en una encuesta del año pasado.`,
		"m9en.txt": `en|Spanish town tests four-day week for council staff

Benialcor, a town of about 18,000 people near Valencia, will put its council staff on a four-day week from 3 March in a six-month trial.

Working hours will fall from 37.5 to 32 a week with no cut in pay, mayor Rosa Llopis said. Of the council's 341 employees, 279 will take part; local police and street cleaners are excluded.

Offices will stay open from Monday to Friday on a rota. In a staff survey last year, 87% backed the idea.`,
	}, map[string][2]string{"m9es2.txt": {"314", "341"}}},
	{"ghost-nets-wreck-texel", map[string]string{
		"m10nl.txt": `nl|Duikers halen 3.800 kilo spooknetten van wrak bij Texel

Binnenland | Natuur

Vrijwillige duikers van Stichting Schone Wrakken hebben de afgelopen negen dagen 3.800 kilo aan verloren visnetten van het wrak van het stoomschip Hendrika Bos gehaald. Het wrak ligt op 27 meter diepte, zo'n 18 kilometer ten westen van Texel.

De Hendrika Bos, een vrachtschip van 78 meter, liep in 1917 op een zeemijn en zonk. 'Het wrak was bijna onzichtbaar onder de netten', zegt projectleider Sanne de Wolf. 'We vonden er dode krabben, vissen en zelfs een zeehond in.'

Aan de actie deden veertien duikers mee, onder wie twee beroepsduikers. De netten worden gerecycled tot nieuwe kunststof producten.

Sinds 2016 heeft de stichting 41 wrakken in de Noordzee schoongemaakt.`,
		"m10nl2.txt": `nl|Wrak Hendrika Bos eindelijk vrij van spooknetten

Texelse Koerier | 12-06-2029

Na negen duikdagen is het wrak van de Hendrika Bos bevrijd van 3,8 ton aan spooknetten. Twaalf vrijwillige duikers en twee professionals werkten vanaf een schip uit Den Helder.

Het stoomschip zonk in 1917 en ligt op 27 meter diepte ten westen van Texel. 'Spooknetten blijven tientallen jaren vissen', zegt Sanne de Wolf van Stichting Schone Wrakken. Vorig jaar haalde de stichting 2,1 ton netten van een ander wrak.

Het project kostte 65.000 euro en werd betaald door de provincie en een visserijfonds.`,
		"m10en.txt": `en|Divers clear 3.8 tonnes of ghost nets from North Sea wreck

Divers have removed 3.8 tonnes of lost fishing nets from the wreck of the steamship Hendrika Bos, which lies 27 metres deep about 11 miles west of the Dutch island of Texel.

The nine-day operation by the Dutch foundation Schone Wrakken ("Clean Wrecks") involved 14 divers, most of them volunteers. The 78-metre cargo ship sank in 1917 after hitting a mine.

"Ghost nets keep on fishing for decades," said project leader Sanne de Wolf. The nets will be recycled. The foundation has cleaned 41 wrecks since 2016.`,
		"m10de.txt": `de|Geisternetze von Wrack vor Texel geborgen

Den Helder (Agentur) – Taucher haben vor der niederländischen Insel Texel 3,8 Tonnen verlorener Fischernetze von einem Schiffswrack entfernt. Das 78 Meter lange Dampfschiff „Hendrika Bos" war 1917 auf eine Mine gelaufen und liegt in 27 Metern Tiefe.

Vierzehn Taucher – zwölf Freiwillige und zwei Berufstaucher – arbeiteten neun Tage lang, teilte die Stiftung Schone Wrakken mit. Die Kosten von 65.000 Euro trugen die Provinz und ein Fischereifonds.`,
	}, nil},
}
