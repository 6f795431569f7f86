package compare

// heldOutAquilo is a blind held-out set of ten events of a mixed regional,
// economy and emergency feed, written without reading the comparison code:
// a chairlift evacuation in South Tyrol (de, de, it, en), sheep rustling in
// Cáceres (es, es, fr), an ice-cream maker's results (it, en, de), a fuel
// tanker crash in Normandy (fr, fr, en, es), a glider crash on the Swabian
// Jura (de, de, en), a drought-hit cork harvest in Portugal (pt, pt, en,
// fr), a port dredging contract in Spain (es, es, en, nl), a pharmacy chain
// takeover (de, fr, en), a fire station opening in eastern Belgium (fr, de,
// nl) and a linen mill reopening as a cooperative in the Vosges (fr, en, de).
//
// Six contradictions are planted, one each: a duration (the English
// chairlift report's "five hours" against six, third paragraph), a count
// (the French sheep report's 240 animals recovered against 290, third
// paragraph), an amount (the German ice-cream report's €53 million plant
// against €35 million, last paragraph), an age (the Spanish tanker report's
// driver of 47 against 44, third paragraph), a distance (the English glider
// report's 8 km from the airfield against 3 km, in the lead) and a
// percentage (the French cork report's fall of 14% against 18%, second
// paragraph). All but the ice-cream one sit in a report whose language is
// the minority of its event.
//
// The traps: "rund 190" skiers against 186, 112 + 74 parts of the 186, the
// time of day and the lift's length, capacity and year; 430 sheep stolen
// against 290 recovered, "más de 400", two suspects' ages, the 1,150 thefts
// of 2027; revenue against the year before (€321 million against €295.6
// million), profit up from €15.1 million, "about 1,100" staff against 1,140,
// two Bressanins' ages, the founding year; 32 000 litres against "32 m³",
// 1 200 litres leaked, the motorcyclist's age of 23 beside the driver's, a
// 300 m radius and 14 hours' closure; the pilot's 67 and the student's 19,
// "35 Jahre" since 1994, 40 years as instructor; 41 000 tonnes against 50
// 000 a year before, 40% less rain, €38 against €32 an arroba of 15 kg,
// "mais seis euros", once every nine years; €46.8 million without VAT
// against €56.6 million with it and "47 miljoen" in a headline, 14 to 17 m
// against "three metres deeper", 22 months against "casi dos años", 18,000
// against 12,000 TEU; €1.1 billion against the €700 million paid in 2022,
// 212 pharmacies = 180 + 32, 640 outlets, sales of €4.2 billion beside a
// share gain of 4.2%; 147 firefighters = 62 + 85, €14.5 million of which 6
// million, 26 months against "gut zwei Jahre", a 1962 station "über 60
// Jahre alt", a 32 m ladder, 12 minutes; 48 jobs of which 31 former
// workers against 130 before and 60 by 2031, €3.8 million of which
// €900,000, the weaver's 22 years and age of 44.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and 2
// false disagreements. It missed the French sheep report's 240 animals
// recovered against 290 (no fact came out of the French sentence, so the
// Spanish 290 stood alone) and the English glider report's 8 km from the
// airfield against 3 km (the two distances were put in separate facts,
// "woods" and "nordöstlich", and never compared). Its false disagreements:
// the dredging contract's amount, where the Spanish local paper's €56.6
// million with VAT was set against €46.8 million without it, and the
// pharmacy count, where the French report's 180 officines in France (a part)
// was set against the 212 pharmacies of the whole chain. As it flagged two,
// its line in heldOutSets allows 2 false disagreements, not 1.
//
// Fixed after, so the set is held out no longer: a figure that another
// source of its fact also writes in its own paragraph is that thing, no
// rival (a rule written for the Terral set: "11 mil habitantes" beside
// "4,300 of the municipality's 11,000 residents"): 5/6 flagged, 1 false.
var heldOutAquilo = []heldOutEvent{
	{"chairlift-evacuation", map[string]string{
		"c1de.txt": `de|Sessellift am Col de Rosna steckt fest: 186 Skifahrer aus der Luft gerettet

Panorama | Unglücke

10.02.2029, 18:47 Uhr

Bozen (dpa) - Nach einem technischen Defekt an einem Sessellift im Skigebiet Rosnatal in Südtirol haben am Samstag 186 Wintersportler stundenlang in der Kälte festgesessen. Bergretter und Hubschrauberbesatzungen holten alle Fahrgäste unverletzt oder leicht unterkühlt zu Boden, wie die Landesnotrufzentrale mitteilte.

Die Vierersesselbahn "Col de Rosna" war gegen 10.40 Uhr wegen eines Getriebeschadens stehen geblieben. Drei Hubschrauber zogen 112 Menschen mit der Seilwinde aus den Sesseln, die übrigen 74 wurden von Bergrettern abgeseilt. Der Einsatz dauerte sechs Stunden; erst gegen 16.40 Uhr erreichte der letzte Skifahrer die Talstation.

Bei minus 14 Grad und starkem Wind wurden zwei Menschen mit leichter Unterkühlung ins Krankenhaus Brixen gebracht.

Die 1,8 Kilometer lange Bahn aus dem Jahr 1998 befördert bis zu 2400 Personen pro Stunde. Der Geschäftsführer der Betreibergesellschaft Seilbahnen Rosnatal, Markus Trenkwalder, kündigte eine Untersuchung an: "Wir wollen genau wissen, warum das Getriebe versagt hat."`,
		"c2de.txt": `de|Stundenlang in der Kälte: Großeinsatz am Col de Rosna

Startseite > Pustertal > Aktuell

Von Verena Kofler

Rund 190 Skifahrerinnen und Skifahrer haben am Samstag im Rosnatal bis zu sechs Stunden lang in den Sesseln der stillstehenden Col-de-Rosna-Bahn ausharren müssen. Grund war ein Getriebeschaden.

"Wir haben 74 Leute abgeseilt, teilweise Kinder, das war Schwerstarbeit bei dem Wind", sagte Paul Oberhollenzer, Leiter der Bergrettung Rosnatal. Die restlichen 112 Fahrgäste wurden von den Besatzungen dreier Hubschrauber geborgen.

Zwei Personen kamen mit Unterkühlungen ins Krankenhaus. Das Thermometer zeigte an der Bergstation minus 14 Grad.

Seilbahnchef Markus Trenkwalder (58) entschuldigte sich bei den Gästen. Die Liftkarten des Tages werden erstattet. Die Bahn bleibt bis auf Weiteres gesperrt.

Mehr zum Thema: Skigebiete melden Rekordsaison`,
		"c3it.txt": `it|Seggiovia bloccata in Val Rosna, evacuati 186 sciatori

Cronaca

BOLZANO - Sei ore sospesi nel vuoto, a meno 14 gradi. È durata fino al tardo pomeriggio di sabato l'evacuazione dei 186 sciatori rimasti bloccati sulla seggiovia quadriposto "Col de Rosna", ferma dalle 10.40 per un guasto al riduttore.

Tre elicotteri hanno recuperato con il verricello 112 persone, mentre le altre 74 sono state calate a terra con le corde dal Soccorso alpino. Due sciatori sono stati trasportati all'ospedale di Bressanone in lieve ipotermia.

L'impianto, lungo 1,8 chilometri, è stato costruito nel 1998 e trasporta fino a 2.400 persone all'ora. Il direttore della società Seilbahnen Rosnatal, Markus Trenkwalder, 58 anni, ha promesso "piena chiarezza" sulle cause del guasto.

Gli skipass della giornata saranno rimborsati.`,
		"c4en.txt": `en|Helicopters pluck skiers from stalled chairlift in Italian Alps

World | Europe

ROME, Feb 10 (Wire) - Rescuers in northern Italy's South Tyrol winched and lowered 186 skiers to safety on Saturday after a chairlift broke down at the Rosnatal ski resort, leaving them dangling in freezing winds.

The four-seater lift stopped at about 10:40 a.m. because of a gearbox failure. Three helicopters lifted 112 people from their chairs, while mountain rescue teams roped down the other 74.

The operation, which lasted five hours, ended in the late afternoon. Temperatures at the top station fell to minus 14 degrees Celsius, and two people were taken to hospital with mild hypothermia.

"We want to know exactly why the gearbox failed," said Markus Trenkwalder, 58, managing director of operator Seilbahnen Rosnatal. The 1.8-km lift, built in 1998, can carry 2,400 people an hour.

(Reporting by Luca Ferrandi; Editing by Sarah Holt)`,
	}, map[string][2]string{"c4en.txt": {"5 hours", "6 hours"}}},
	{"sheep-rustling", map[string]string{
		"r1es.txt": `es|Detenidas siete personas por el robo de 430 ovejas en el norte de Cáceres

Cáceres, 23 may (Agencia) - La Guardia Civil ha detenido a siete personas, entre ellas un padre de 61 años y su hijo de 34, acusadas de robar 430 ovejas en doce explotaciones ganaderas del norte de la provincia de Cáceres durante los últimos ocho meses.

Según informó este miércoles la Comandancia, los animales eran marcados de nuevo con crotales falsos y vendidos en ferias de ganado de Salamanca y Badajoz. Los agentes han recuperado 290 ovejas, que ya han sido devueltas a sus dueños.

El valor de los animales robados se estima en 65.000 euros. La operación, bautizada como "Vellón", comenzó el pasado otoño tras la denuncia de un ganadero de Torremoral de la Sierra.

Los robos de ganado son un problema creciente en la provincia, donde en 2027 se denunciaron 1.150 casos, según datos de las organizaciones agrarias.`,
		"r2es.txt": `es|Cae una banda de cuatreros que robó más de 400 ovejas en la comarca

Sucesos

HOY · Torremoral de la Sierra

La Guardia Civil ha desarticulado una banda dedicada al robo de ganado que en ocho meses se llevó más de 400 ovejas de doce fincas de la comarca. Hay siete detenidos.

Entre ellos figuran un vecino de la localidad, de 61 años, y su hijo, de 34, que según los investigadores organizaban los robos de noche con un camión de doble piso.

"Algunos compañeros han perdido la mitad del rebaño", lamenta Fermín Sayago, presidente de la asociación de ganaderos local. De las 430 ovejas sustraídas, los agentes han localizado 290, ya devueltas a sus propietarios. El resto se vendió o se sacrificó.

El perjuicio asciende a unos 65.000 euros.`,
		"r3fr.txt": `fr|Espagne : sept arrestations après le vol de 430 brebis en Estrémadure

Monde | Insolite

MADRID (AFP) - La Garde civile espagnole a annoncé mercredi l'arrestation de sept personnes soupçonnées d'avoir volé 430 brebis dans douze exploitations de la province de Cáceres, dans l'ouest du pays, en huit mois.

Les animaux étaient munis de fausses boucles d'identification puis revendus sur des foires aux bestiaux. Parmi les suspects figurent un père et son fils, âgés de 61 et 34 ans.

Les enquêteurs ont retrouvé 240 brebis, qui ont été rendues à leurs propriétaires. Le préjudice est estimé à 65 000 euros.

Selon les organisations agricoles, 1 150 vols de bétail avaient été signalés dans la province en 2027.`,
	}, map[string][2]string{"r3fr.txt": {"240", "290"}}},
	{"ice-cream-maker-results", map[string]string{
		"g1it.txt": `it|Gelati Bressanin, ricavi a 321 milioni (+8,6%)

Economia | Aziende

CASTELVERO (Treviso) - Gelati Bressanin chiude il 2028 con ricavi per 321 milioni di euro, in crescita dell'8,6% rispetto ai 295,6 milioni dell'anno precedente, e un utile netto salito a 18,4 milioni da 15,1 milioni. L'export vale ormai il 42% del fatturato.

L'azienda di Castelvero, che impiega 1.140 persone, investirà 35 milioni di euro in un nuovo stabilimento a Poznań, in Polonia, che entrerà in funzione nel 2030.

"Il caldo dell'estate scorsa ci ha aiutato, ma la crescita viene soprattutto dai mercati esteri", ha detto l'amministratrice delegata Chiara Bressanin, 47 anni, figlia del fondatore e presidente Luigi Bressanin, 79 anni.

Il consiglio di amministrazione proporrà un dividendo complessivo di 4 milioni di euro.`,
		"g2en.txt": `en|Italian ice-cream maker Bressanin lifts sales on export push

Business

By Anna Whitcombe

Gelati Bressanin, the family-owned Italian ice-cream maker, said on Tuesday revenue rose 8.6% to €321m last year, as exports climbed to 42% of sales. Net profit increased to €18.4m from €15.1m.

The company, based in Castelvero near Treviso, employs about 1,100 people. It plans to spend €35m on a factory in Poznań, Poland, due to open in 2030, its first outside Italy.

"Last summer's heat helped, but growth is coming mainly from abroad," chief executive Chiara Bressanin, 47, said. Her father Luigi, 79, who founded the company in 1971, remains chairman.

Revenue was €295.6m in 2027.`,
		"g3de.txt": `de|Eishersteller Bressanin wächst kräftig

Wirtschaft

Mailand (Reuters) - Der italienische Speiseeishersteller Gelati Bressanin hat seinen Umsatz 2028 um 8,6 Prozent auf 321 Millionen Euro gesteigert. Der Nettogewinn kletterte von 15,1 auf 18,4 Millionen Euro, wie das Familienunternehmen aus Venetien mitteilte.

Den Zuwachs verdankt Bressanin vor allem dem Ausland, auf das inzwischen 42 Prozent der Erlöse entfallen. Vorstandschefin Chiara Bressanin (47) leitet das Unternehmen, ihr Vater Luigi Bressanin (79) ist Aufsichtsratsvorsitzender.

Für 53 Millionen Euro soll im polnischen Poznań (Posen) ein neues Werk entstehen, das 2030 die Produktion aufnehmen soll. Das Unternehmen beschäftigt 1140 Mitarbeiter.`,
	}, map[string][2]string{"g3de.txt": {"€53 million", "€35 million"}}},
	{"fuel-tanker-crash", map[string]string{
		"f1fr.txt": `fr|Calvados : un camion-citerne se renverse sur la D 613, un motard grièvement blessé

CAEN, 14 août 2029 (AFP) - Un camion-citerne transportant 32 000 litres de gazole s'est renversé mardi matin sur la route départementale 613 à Bréville-sur-Lize (Calvados), après une collision avec une moto, a-t-on appris auprès de la préfecture.

Le motard, un homme de 23 ans, a été grièvement blessé et héliporté vers le CHU de Caen. Le chauffeur du poids lourd, âgé de 44 ans, souffre de blessures légères.

Environ 1 200 litres de carburant se sont répandus sur la chaussée et dans un fossé. Une soixantaine de sapeurs-pompiers ont été mobilisés et 35 habitants, dans un rayon de 300 mètres, ont été évacués par précaution.

La route devait rester fermée pendant 14 heures, le temps de pomper le reste de la cargaison et de relever la citerne.`,
		"f2fr.txt": `fr|Bréville-sur-Lize : la citerne de gazole couchée sur la départementale

Faits divers | Calvados

Par Gaëlle Marie

Le choc a eu lieu peu après 7 h 30, mardi, à la sortie du bourg. Une moto et un camion-citerne chargé de 32 m³ de gazole se sont percutés dans le virage du Moulin, sur la D 613. Le poids lourd s'est couché sur le flanc.

Le motard, un jeune homme de 23 ans domicilié à Falaise, a été pris en charge dans un état grave. Le chauffeur, un quadragénaire de 44 ans, est légèrement blessé.

« On a senti l'odeur de gasoil jusqu'à la mairie », raconte le maire, Didier Lecoq. Quelque 1 200 litres se sont échappés. Trente-cinq riverains ont dû quitter leur domicile. Soixante pompiers étaient sur place.

La D 613 devrait rester coupée jusqu'en fin de soirée. Une déviation est mise en place.`,
		"f3en.txt": `en|Tanker overturns after crash with motorbike in Normandy

A fuel tanker carrying 32,000 litres of diesel overturned on a country road in Normandy on Tuesday morning after colliding with a motorbike, French authorities said.

The motorcyclist, 23, was seriously injured and flown to hospital in Caen. The 44-year-old lorry driver suffered minor injuries.

About 1,200 litres of fuel leaked onto the road and into a ditch. Some 60 firefighters were deployed and 35 residents living within 300 metres were evacuated as a precaution.

The D613 road near Bréville-sur-Lize was expected to stay closed for 14 hours.`,
		"f4es.txt": `es|Vuelca un camión cisterna con 32.000 litros de gasóleo en Normandía

París, 14 ago (Agencia) - Un camión cisterna cargado con 32.000 litros de gasóleo volcó este martes en una carretera de Normandía, en el noroeste de Francia, tras chocar con una motocicleta, informaron las autoridades locales.

El motorista, de 23 años, resultó herido de gravedad y fue trasladado en helicóptero al hospital universitario de Caen.

El conductor del camión, de 47 años, sufrió heridas leves. Unos 1.200 litros de combustible se derramaron en la calzada, por lo que unos 60 bomberos acudieron al lugar y 35 vecinos que viven en un radio de 300 metros fueron desalojados.

La carretera permanecerá cortada durante unas 14 horas.`,
	}, map[string][2]string{"f4es.txt": {"47 years", "44 years"}}},
	{"glider-crash", map[string]string{
		"l1de.txt": `de|Segelflugzeug stürzt bei Hohenbrück ab – Pilot tot

Stuttgart (dpa/lsw) - Beim Absturz eines Segelflugzeugs auf der Schwäbischen Alb ist am Mittwoch ein 67 Jahre alter Pilot ums Leben gekommen. Sein 19-jähriger Flugschüler wurde schwer verletzt, wie die Polizei mitteilte. Die zweisitzige Maschine stürzte rund drei Kilometer vom Segelfluggelände Hohenbrück entfernt in ein Waldstück.

Die Ursache ist noch unklar. Das Wetter war nach Angaben eines Polizeisprechers gut, es herrschte kaum Wind. Experten der Bundesstelle für Flugunfalluntersuchung (BFU) in Braunschweig sollen am Donnerstag mit den Ermittlungen vor Ort beginnen.

Der Flugschüler wurde mit einem Rettungshubschrauber in eine Ulmer Klinik gebracht.`,
		"l2de.txt": `de|Trauer in Hohenbrück: Fluglehrer stirbt bei Absturz

Lokales | Alb

Der Segelflugverein Hohenbrück steht unter Schock. Am Mittwochnachmittag ist Fluglehrer Werner Rauscher (67) beim Absturz eines Doppelsitzers ums Leben gekommen, sein 19 Jahre alter Schüler liegt schwer verletzt im Krankenhaus.

Das Flugzeug war gegen 15.20 Uhr per Windenstart aufgestiegen und kam etwa 3 km nordöstlich des Platzes in einem Wald bei Unterlauchingen herunter. Spaziergänger alarmierten die Rettungskräfte.

"Werner war seit über 40 Jahren Fluglehrer, er hat Hunderte ausgebildet", sagt Vereinsvorsitzende Sabine Erhardt. Der Verein hat 140 Mitglieder; der letzte tödliche Unfall liegt 35 Jahre zurück, er ereignete sich 1994.

Der Flugbetrieb ruht bis auf Weiteres.`,
		"l3en.txt": `en|Instructor killed as glider crashes in southern Germany

A 67-year-old flight instructor was killed on Wednesday when a two-seat glider crashed into woods about 8 km from a gliding field in Germany's Swabian Jura, police said. His 19-year-old student was seriously injured.

The student was flown by helicopter to a hospital in Ulm. Investigators from Germany's Federal Bureau of Aircraft Accident Investigation were due at the site on Thursday.

The weather was good at the time, with little wind, according to police. The club at Hohenbrück, which has 140 members, last had a fatal accident in 1994.`,
	}, map[string][2]string{"l3en.txt": {"8 km", "3 km"}}},
	{"cork-harvest", map[string]string{
		"k1pt.txt": `pt|Produção de cortiça no Alto Sor cai 18% devido à seca

Foros do Sobral, Portalegre, 29 ago 2029 (Lusa) - A produção de cortiça na região do Alto Sor caiu este ano 18%, para cerca de 41 mil toneladas, face às 50 mil toneladas de 2028, devido à seca, revelou hoje a Associação dos Produtores Florestais do Alto Sor (APFAS).

Segundo o presidente da associação, Joaquim Falcato, a chuva ficou 40% abaixo da média no último inverno, o que atrasou o crescimento da casca dos sobreiros.

Em contrapartida, o preço pago aos produtores subiu para 38 euros por arroba (15 quilos), contra 32 euros no ano passado.

A campanha de descortiçamento, que decorreu entre junho e agosto, empregou cerca de 2.300 tiradores. Por lei, a cortiça só pode ser extraída de cada sobreiro de nove em nove anos.`,
		"k2pt.txt": `pt|Seca faz cair colheita de cortiça no Alto Sor

Economia

Menos 18 por cento. A seca do último inverno deixou marcas na campanha da cortiça deste ano no Alto Sor, que ficou pelas 41 mil toneladas, contra 50 mil no ano anterior.

"Os sobreiros sofreram muito, a casca cresceu menos e em muitas herdades adiámos o descortiçamento", explica Joaquim Falcato, presidente da APFAS. A precipitação ficou 40% abaixo do normal.

A boa notícia para os produtores é o preço: 38 euros por arroba, mais seis euros do que em 2028.

Trabalharam nesta campanha cerca de 2300 tiradores, uma profissão cada vez mais difícil de renovar.`,
		"k3en.txt": `en|Drought cuts Portugal's Alto Sor cork harvest by 18%

Commodities

LISBON, Aug 29 - The cork harvest in Portugal's Alto Sor region fell 18% this year to about 41,000 tonnes from 50,000 tonnes in 2028 as drought slowed the growth of the bark, producers' association APFAS said on Wednesday.

Rainfall last winter was 40% below average, APFAS chairman Joaquim Falcato said.

Prices rose to €38 per arroba, a traditional unit of about 15 kg, from €32 a year earlier. Some 2,300 cork strippers worked in this year's campaign, which ran from June to August.

Cork can be stripped from each tree only once every nine years.`,
		"k4fr.txt": `fr|Portugal : la sécheresse fait chuter la récolte de liège

Économie | Matières premières

LISBONNE, 29 août (AFP) - La récolte de liège de la région portugaise de l'Alto Sor a nettement reculé cette année en raison de la sécheresse, a annoncé mercredi l'association de producteurs APFAS.

Elle est tombée à quelque 41 000 tonnes, en baisse de 14 %, a précisé son président, Joaquim Falcato. Les précipitations de l'hiver dernier ont été inférieures de 40 % à la moyenne.

Le prix payé aux producteurs a en revanche grimpé à 38 euros l'arroba (environ 15 kg), contre 32 euros l'an dernier. Environ 2 300 leveurs de liège ont travaillé pendant la campagne, de juin à août.`,
	}, map[string][2]string{"k4fr.txt": {"14%", "18%"}}},
	{"port-dredging-contract", map[string]string{
		"p1es.txt": `es|El puerto de Almarje adjudica por 46,8 millones el dragado de su canal de acceso

Huelva, 6 jul (Agencia) - La Autoridad Portuaria de Almarje ha adjudicado por 46,8 millones de euros, sin IVA, el dragado de su canal de acceso a la unión temporal de empresas formada por la española Dragados Atlánticos y la neerlandesa Van Hoesel Baggerwerken, informó este viernes la institución.

Las obras permitirán aumentar el calado del canal de 14 a 17 metros en un tramo de 3,2 kilómetros, para lo que se extraerán 4,5 millones de metros cúbicos de sedimentos. Comenzarán en septiembre y durarán 22 meses.

"Con este calado podremos recibir portacontenedores de hasta 18.000 TEU, frente a los 12.000 actuales", destacó la presidenta de la Autoridad Portuaria, Inmaculada Roldán.

El puerto movió en 2028 un total de 1,3 millones de TEU, un 9 % más que el año anterior. Un primer concurso, convocado en 2026, quedó desierto.`,
		"p2es.txt": `es|Luz verde al dragado que abrirá Almarje a los grandes portacontenedores

Economía | Puerto

Por Rocío Méndez

El dragado del canal de entrada al puerto de Almarje ya tiene adjudicatario. El consejo de administración de la Autoridad Portuaria dio ayer el visto bueno a la oferta de Dragados Atlánticos y Van Hoesel Baggerwerken, que ejecutarán la obra por 56,6 millones de euros con IVA incluido.

Los trabajos arrancarán después del verano y se prolongarán durante casi dos años. El canal ganará tres metros de profundidad, hasta los 17, a lo largo de 3,2 kilómetros.

La presidenta del puerto, Inmaculada Roldán, recordó que el primer intento de licitar la obra, en 2026, fracasó porque no se presentó ninguna empresa. "Ahora sí, vamos a poder competir con los grandes puertos del sur de Europa", dijo.

Los barcos de hasta 18.000 TEU podrán entrar en Almarje cuando termine la obra. Hoy el límite está en 12.000.`,
		"p3en.txt": `en|Almarje awards €46.8m channel dredging contract

Ports & Terminals

The Port Authority of Almarje in southern Spain has awarded a €46.8 million (excluding VAT) contract to deepen its access channel to a joint venture of Spain's Dragados Atlánticos and Dutch contractor Van Hoesel Baggerwerken.

The 3.2 km channel will be dredged from 14 m to 17 m, with some 4.5 million cubic metres of material to be removed. Work is due to begin in September and take 22 months.

Port authority president Inmaculada Roldán said the deeper channel would let Almarje handle ships of up to 18,000 TEU, against 12,000 TEU today. The port handled 1.3 million TEU in 2028, up 9%.

Related: Spanish port volumes hit record`,
		"p4nl.txt": `nl|Van Hoesel wint baggerklus van 47 miljoen in Spanje

Bedrijven

GIESSENHOVEN - Baggeraar Van Hoesel Baggerwerken uit Giessenhoven gaat samen met het Spaanse Dragados Atlánticos de toegangsgeul van de haven van Almarje in Zuid-Spanje uitdiepen. De opdracht is 46,8 miljoen euro waard, exclusief btw.

De geul van 3,2 kilometer wordt drie meter dieper, tot 17 meter. Daarvoor moet 4,5 miljoen kubieke meter zand en slib worden weggehaald. Het werk begint in september en duurt 22 maanden.

"Voor ons is dit een belangrijke stap op de Spaanse markt", zegt directeur Joost van Hoesel. Het familiebedrijf heeft 380 medewerkers.`,
	}, nil},
	{"pharmacy-chain-takeover", map[string]string{
		"a1de.txt": `de|Apotheka kauft französische Apothekenkette Pharmavie

Wirtschaft

Zürich - Der Basler Apothekenkonzern Apotheka übernimmt für 1,1 Milliarden Euro die französische Kette Pharmavie mit 212 Apotheken. Verkäufer ist der Finanzinvestor Orléon Capital, der Pharmavie 2022 für 700 Millionen Euro erworben hatte.

Mit dem Zukauf steigt Apotheka zum drittgrössten Apothekenbetreiber Europas auf. Der Konzern betreibt heute 640 Filialen in der Schweiz und in Deutschland; zusammen kommen die Unternehmen auf einen Umsatz von 4,2 Milliarden Euro.

"Frankreich ist für uns der logische nächste Schritt", sagte Konzernchef Pascal Meyerhans. Pharmavie beschäftigt 3400 Mitarbeitende, 180 der Apotheken liegen in Frankreich, 32 in Belgien.

Die Transaktion soll im ersten Quartal 2030 abgeschlossen werden, sofern die Wettbewerbsbehörden zustimmen. Die Apotheka-Aktie legte an der Börse um 4,2 Prozent zu.`,
		"a2fr.txt": `fr|Le suisse Apotheka rachète les pharmacies Pharmavie pour 1,1 milliard d'euros

Économie | Santé

Le groupe suisse Apotheka a annoncé lundi le rachat du réseau Pharmavie, qui compte 180 officines en France et 32 en Belgique, au fonds Orléon Capital pour 1,1 milliard d'euros, dette comprise.

Pharmavie, qui emploie environ 3 400 personnes, avait été acquise par Orléon en 2022 pour 700 millions d'euros. L'opération doit encore être autorisée par l'Autorité de la concurrence et devrait être finalisée au premier trimestre 2030.

« La France est pour nous la prochaine étape logique », a déclaré le directeur général d'Apotheka, Pascal Meyerhans. Le groupe bâlois exploite déjà 640 pharmacies en Suisse et en Allemagne.

À la Bourse de Zurich, l'action Apotheka a gagné 4,2 %.`,
		"a3en.txt": `en|Swiss pharmacy group Apotheka to buy France's Pharmavie for €1.1bn

Business | Deals

ZURICH (Wire) - Swiss pharmacy operator Apotheka said on Monday it had agreed to buy French chain Pharmavie from private equity firm Orléon Capital for €1.1 billion including debt, creating Europe's third-largest pharmacy group.

Pharmavie runs 212 pharmacies, 180 of them in France and the rest in Belgium, and has about 3,400 staff. Orléon bought it in 2022 for €700 million.

Apotheka, which has 640 outlets in Switzerland and Germany, said the combined group would have annual sales of about €4.2 billion. Chief executive Pascal Meyerhans called France "the logical next step".

The deal is expected to close in the first quarter of 2030. Apotheka shares rose 4.2% in Zurich.`,
	}, nil},
	{"fire-station-opens", map[string]string{
		"s1fr.txt": `fr|Mont-Saint-Rémy inaugure sa nouvelle caserne de pompiers

Régions | Verviers

Publié le 15/09/2029 à 17h05

Après 26 mois de travaux, la nouvelle caserne de la zone de secours Vesdre-Hertogenwald a été inaugurée ce samedi à Mont-Saint-Rémy. Le bâtiment, qui a coûté 14,5 millions d'euros dont 6 millions pris en charge par la Région wallonne, remplace l'ancienne caserne du centre, construite en 1962.

Elle accueillera 62 pompiers professionnels et 85 volontaires, ainsi que onze véhicules, dont une nouvelle échelle aérienne de 32 mètres.

« Notre objectif est d'arriver partout en moins de 12 minutes », souligne le commandant de zone, le colonel Olivier Jamar. La zone couvre neuf communes et quelque 118 000 habitants.

L'ancienne caserne sera transformée en 24 logements sociaux.`,
		"s2de.txt": `de|Neue Feuerwache in Mont-Saint-Rémy eingeweiht

Ostbelgien

Die Hilfeleistungszone Weser-Hertogenwald hat am Samstag ihre neue Feuerwache in Mont-Saint-Rémy in Betrieb genommen. Der Bau kostete 14,5 Millionen Euro, die Wallonische Region steuerte 6 Millionen bei.

In dem Gebäude sind künftig 147 Feuerwehrleute stationiert, davon 62 Berufsfeuerwehrleute und 85 Freiwillige. Elf Fahrzeuge stehen in den Hallen, darunter eine Drehleiter mit 32 Metern Rettungshöhe.

Die alte Wache im Ortszentrum war über 60 Jahre alt. "Sie entsprach längst nicht mehr den Normen", sagte Zonenkommandant Oberst Olivier Jamar (52). Die Zone ist für neun Gemeinden mit insgesamt rund 118.000 Einwohnern zuständig.

Die Bauarbeiten hatten gut zwei Jahre gedauert.`,
		"s3nl.txt": `nl|Nieuwe brandweerkazerne in Mont-Saint-Rémy geopend

Binnenland

In het Luikse Mont-Saint-Rémy is zaterdag een nieuwe brandweerkazerne ingehuldigd. Het gebouw kostte 14,5 miljoen euro, waarvan het Waals Gewest 6 miljoen betaalde, en vervangt een kazerne uit 1962.

De kazerne biedt plaats aan 62 beroepsbrandweerlieden en 85 vrijwilligers en elf voertuigen. De hulpverleningszone bedient negen gemeenten met samen 118.000 inwoners.

Commandant Olivier Jamar wil dat de brandweer elk adres binnen twaalf minuten kan bereiken. In het oude gebouw komen 24 sociale woningen.`,
	}, nil},
	{"linen-mill-reopens", map[string]string{
		"t1fr.txt": `fr|Vosges : le tissage de Saint-Maurice-des-Chaumes renaît en coopérative

Grand Est | Économie

Fermé en 2027, le tissage de Saint-Maurice-des-Chaumes a redémarré lundi sous forme de société coopérative (Scop), avec 48 salariés, dont 31 anciens de l'usine. Avant sa fermeture, le site en employait 130.

Le projet a nécessité 3,8 millions d'euros d'investissement, dont 900 000 euros apportés par la Région Grand Est. Les nouveaux métiers à tisser pourront produire 400 000 mètres de toile de lin par an.

« On nous disait que c'était fini. On a prouvé le contraire », sourit Nadia Colin, 44 ans, gérante de la Scop et tisserande dans l'usine pendant 22 ans. La coopérative vise 60 emplois d'ici 2031.

Fondée en 1884, l'usine est l'une des dernières de la vallée.`,
		"t2en.txt": `en|French linen mill reopens as workers' cooperative

A linen weaving mill in France's Vosges mountains that closed in 2027 with the loss of 130 jobs restarted production on Monday as a cooperative owned by its staff.

The mill at Saint-Maurice-des-Chaumes, founded in 1884, has 48 employees, 31 of whom worked there before. It aims to reach 60 jobs by 2031.

The relaunch cost €3.8 million, including €900,000 from the Grand Est regional council. The new looms can weave 400,000 metres of linen cloth a year.

"They told us it was over," said Nadia Colin, 44, who worked as a weaver at the mill for 22 years and now runs the cooperative.`,
		"t3de.txt": `de|Leinenweberei in den Vogesen nimmt Betrieb wieder auf

Wirtschaft | Frankreich

Straßburg - Zwei Jahre nach ihrer Schließung hat eine traditionsreiche Leinenweberei in den Vogesen am Montag wieder die Produktion aufgenommen, diesmal als Genossenschaft der Beschäftigten. 48 Menschen arbeiten in dem Werk in Saint-Maurice-des-Chaumes, vor der Schließung waren es 130.

Rund 3,8 Millionen Euro wurden investiert, 900.000 Euro davon kamen von der Region Grand Est. Bis 2031 sollen 60 Arbeitsplätze entstehen.

Geschäftsführerin ist die 44-jährige Nadia Colin, die 22 Jahre lang als Weberin in dem 1884 gegründeten Betrieb gearbeitet hatte. Die neuen Webstühle schaffen jährlich 400.000 Meter Leinenstoff.`,
	}, nil},
}
