package compare

// heldOutMestral is a blind held-out set written without reading the
// extraction, matching or grouping code: ten events of accidents,
// business, politics, health, courts, culture, science, sport, weather
// and transport, each reported three or four times in English, German,
// French, Spanish, Italian, Portuguese and Dutch (two Spanish reports of
// the Brenza sale, two Dutch of the Helderwaard museum). The topics: a
// diesel tanker overturned on the A47 at Hollenfeld, the Spanish food
// group Alcántir buying the Italian coffee roaster Torrefazione Brenza,
// Malmoncy voting against a wind farm of 14 turbines, an outbreak of
// Legionnaires' disease at Barreiral, the painter Ottavio Ranzelli jailed
// at Ferrano for forged masters, the Stedelijk Museum Helderwaard
// reopening, 23 new deep-sea species found off the Corvina Islands,
// Josphat Lemaiyan's course record at the Verolengo marathon, Storm
// Gwenola on the Kervellec coast, and the railway from Oldenwolde to
// Grevinghausen reopened after 61 years.
//
// Six contradictions are planted, one in each of the first six events and
// all outside the first paragraph: a duration (qw1nl: "De snelweg was zes
// uur lang in beide richtingen dicht" against "Neun Stunden lang blieb
// die Autobahn" and "closed in both directions for nine hours"); an
// amount (qw2en: "Alcántir will pay €830 million in cash" against "per
// 380 milioni di euro", "por 380 millones de euros" and "El precio, 380
// millones de euros"); a percentage (qw3de: "Gegen die 14 Windräder
// stimmten 46 Prozent der Wähler" against "avec 64% des voix" and "stemde
// 64 procent tegen"); a count (qw4es: "Los casos confirmados son ya 173"
// against "elevando o total para 137" and "137 have fallen ill"); an age
// (qw5fr: "Âgé de 76 ans, Ranzelli" against "Ranzelli, 67 anni" and
// "Ranzelli, 67,"); a date (qw6de: "Am 4. März ist das Haus wieder für
// Besucher geöffnet" against "vanaf zaterdag 14 maart", "een datum: 14
// maart" and "reopen to the public on 14 March"). The last four events
// hold none.
//
// Traps that are no contradiction: nine hours beside the first crews
// there in a quarter of an hour ("einer Viertelstunde", "within 15
// minutes"), 6.40 as "6.40am" and "6.40 uur", reopened "gegen 16 Uhr" and
// "at around 4pm", 22,000 litres with about 3,000 leaked, 120 firefighters,
// a 14 km tailback, a driver of 38, 400 square metres, €250,000, some
// fifty Dutch lorries. €380 million beside sales of €145 million and of
// €2.1 billion ("2.100 millones"), €25 million to invest over three years,
// 85% of the family, 620 staff, 18 countries, 1954, shares up 4.2%, a
// chief of 51 in office for six years, 7,400 staff in nine countries,
// four visits since January, 2039, the deal "ieri" and "ayer". 64%
// beside a turnout of 58% and a threshold of 10%, about 11,300 voters, 14
// turbines of 180 metres, €95 million, 40,000 homes, six turbines voted
// down in 2032, a mayor of 59, three kilometres and a hundred metres,
// more than 900 signatures.
// 137 cases beside 19 new ones, three dead aged 71, 80 and 66, 21 in
// intensive care, three factories, 48 hours, ten days' incubation, 52
// cases in 2031, 40 extra beds, 30 km from Lisbon. 67 beside a dealer of
// 54, three years and eight months against five asked, two years
// suspended, 42 fakes, eleven collectors in four countries, €1.9 million,
// a canvas bought for €240,000 and made after 1990, 2029 to 2035, 90 days.
// 14 March beside the official opening on Friday 13 March, closed since
// January 2033, €62 million against €48 million ("14 miljoen euro
// duurder"), 1,100 of 3,200 works, 180,000 visitors against about
// 110,000 a year before, €19.50, free under 18, a director of 46 and a
// café owner of 58, an announcement on Wednesday.
//
// In the events without a contradiction: 23 new species of 410, 38 days,
// 31 scientists from seven countries of whom twelve Portuguese, 3,200
// metres, an octopus of 9 cm, four degrees, nine species in 2030, €2.8
// million of which €1.1 million from the EU, leaders of 44 and 52, two
// years' work, a paper on Friday. 2:05:41 beside the old record of
// 2:06:19 ("38 seconds inside"), 21 seconds to a runner-up in 2:06:02, a
// women's winner of 31 in 2:21:07, a winner of 27 and a Frenchman of 29
// fifth in 2:08:55, 35 km, about 14,000 runners from 62 countries, 11
// degrees, €40,000 and a €10,000 bonus, a first race at eight. 168 km/h
// beside over 130 inland, "104mph", 90 km/h forecast in the Netherlands,
// 240,000 homes against 85,000 in the evening, two dead of 58 and 73,
// four sailors of 24 to 61 rescued about 20 km out at 5.00, 1,500
// engineers, 40 flights, ferries until Tuesday, 1999, Saturday to Sunday
// and Monday. 61 years since 1976, 5.52 beside 6.15 the other way, about
// 300 passengers, 47 km of which 19 Dutch and 28 German, €148 million with
// €30 million from the EU, 16 trains a day, 38 minutes against "ruim een
// uur en tien minuten" and "more than an hour", €8.40, 3,000 passengers a
// day in five years, a mayor of 54 and a resident of 67 up at four, a
// party next Saturday.
//
// Frozen before its first run, which flagged 5 of the 6 contradictions
// and 1 false disagreement. It flagged the hours the motorway was shut
// (duration "directions": qw1nl's "zes uur" against "Neun Stunden" and
// "nine hours"), the price paid (amount "cash": qw2en's "€830 million"
// against "380 millones de euros" in both Spanish reports and "380 milioni
// di euro"), the vote against (percent "stimmten": qw3de's "46 Prozent"
// against "64%" and "64 procent"), Ranzelli's age (quantity "Ranzelli ·
// age": qw5fr's "76 ans" against "67 anni" and "67") and the reopening day
// (date "reopen": qw6de's "4. März" against "14 March" and "14 maart" in
// both Dutch reports). It missed the cases of the outbreak ("missed
// qw4es.txt's 173 against 137"): no disagreement was flagged on it. The
// false one was a trap in the Gwenola event, a figure set against a
// figure for another thing: 'quantity "further": qw9en, qw9fr: over
// 130km/h; qw9nl: 90 kilometer per uur', the gusts inland in France
// against the gusts forecast for the Netherlands on Monday. One is within
// the limit of one the table held when the texts were frozen. Grouped
// with the other sets, its 32 reports of 10 events were found as its 10
// events exactly (B-cubed precision and recall 1.000, so the test printed
// no line for it); over all 185 sets the grouping held precision 1.000,
// recall 0.929, F1 0.963, 69 sets grouped exactly. The prescribed commands
// were run once each; nothing changed after the run but this comment.
var heldOutMestral = []heldOutEvent{
	{"hollenfeld-tanker-crash", map[string]string{
		"qw1de.txt": `de|Tanklaster kippt auf der A 47 um – Autobahn bei Hollenfeld stundenlang gesperrt

Region

Dienstag, 10. März 2037

Ein mit Dieselkraftstoff beladener Tanklaster ist am Montagmorgen auf der A 47 bei Hollenfeld umgekippt und hat einen Großeinsatz der Feuerwehr ausgelöst. Der 38 Jahre alte Fahrer wurde leicht verletzt.

Der Lastwagen einer Spedition aus Wermelsbach war gegen 6.40 Uhr in Richtung Süden unterwegs, als er auf regennasser Fahrbahn ins Schleudern geriet und auf die Seite kippte. Aus einem Leck liefen nach Angaben der Polizei rund 3.000 der 22.000 Liter Diesel aus.

Rund 120 Einsatzkräfte von Feuerwehr und Technischem Hilfswerk waren vor Ort. Die ersten Trupps trafen nach etwa einer Viertelstunde ein. Neun Stunden lang blieb die Autobahn zwischen den Anschlussstellen Hollenfeld-Nord und Kemmerich in beiden Richtungen gesperrt, erst gegen 16 Uhr rollte der Verkehr wieder.

Der Stau reichte zeitweise 14 Kilometer weit zurück. "So etwas haben wir auf diesem Abschnitt seit Jahren nicht erlebt", sagte Einsatzleiter Burkhard Olsinger.

Das Erdreich neben der Fahrbahn muss nun auf einer Fläche von etwa 400 Quadratmetern abgetragen werden. Die Kosten schätzt die Autobahngesellschaft auf mindestens 250.000 Euro.`,
		"qw1en.txt": `en|Diesel tanker overturns on German motorway, closing it for nine hours

Europe

Tuesday 10 March 2037

A tanker carrying 22,000 litres of diesel overturned on the A47 motorway near the German town of Hollenfeld on Monday morning, spilling fuel across the road and causing tailbacks of up to 14km.

The lorry, owned by a haulier from Wermelsbach, skidded on the wet road at about 6.40am and came to rest on its side. Its 38-year-old driver suffered minor injuries and was taken to hospital in Kemmerich as a precaution.

Police said about 3,000 litres leaked from the tank. Some 120 firefighters and relief workers were deployed, the first of them arriving within 15 minutes.

The motorway was closed in both directions for nine hours while the remaining fuel was pumped into another tanker and the lorry was lifted away. It reopened at around 4pm.

"It could have been far worse," said Burkhard Olsinger, who led the operation. "Had it caught fire, we would be talking about something else entirely."

Around 400 square metres of soil beside the road will have to be dug up, at a cost the motorway operator puts at €250,000 or more.`,
		"qw1nl.txt": `nl|Gekantelde tankwagen legt Duitse A47 bij Hollenfeld plat

Buitenland

Dinsdag 10 maart 2037

Op de Duitse A47 bij Hollenfeld, vlak over de grens, is maandagochtend een tankwagen met diesel gekanteld. Ook veel Nederlandse vrachtwagenchauffeurs kwamen urenlang vast te staan.

De vrachtwagen raakte rond 6.40 uur in een slip op het natte wegdek. De 38-jarige chauffeur raakte lichtgewond. Uit de tank met 22.000 liter diesel lekte ongeveer 3000 liter weg.

De snelweg was zes uur lang in beide richtingen dicht. Ongeveer 120 brandweerlieden en hulpverleners pompten de rest van de brandstof over in een andere tankwagen. De file groeide tot 14 kilometer.

Volgens de Duitse politie was het vervoersbedrijf uit Wermelsbach in orde: de chauffeur had de voorgeschreven rusttijden gehouden en er was niet te hard gereden.

Transportorganisatie Wegvervoer Oost raadde Nederlandse chauffeurs aan om via Kemmerich om te rijden. Een woordvoerder schatte dat ruim vijftig Nederlandse vrachtwagens in de file stonden.`,
	}, map[string][2]string{"qw1nl.txt": {"6 hours", "9 hours"}}},
	{"alcantir-brenza-coffee", map[string]string{
		"qw2it.txt": `it|Il caffè Brenza passa agli spagnoli di Alcántir per 380 milioni

Economia

Mercoledì 15 aprile 2037

La Torrefazione Brenza di Castelmagro, uno dei marchi storici del caffè italiano, passa di mano. Il gruppo alimentare spagnolo Alcántir ha annunciato ieri l'acquisto dell'azienda per 380 milioni di euro.

Fondata nel 1954 da Amedeo Brenza, la torrefazione ha chiuso lo scorso anno con un fatturato di 145 milioni di euro e vende i suoi prodotti in 18 Paesi. Impiega 620 persone, quasi tutte nello stabilimento di Castelmagro.

La famiglia Brenza, che detiene l'85% del capitale, resterà con una piccola quota e con la presidenza onoraria. "Non è stata una decisione facile, ma da soli non potevamo crescere all'estero", ha detto l'amministratore delegato Lucia Brenza, nipote del fondatore.

Alcántir, con sede a Valdecuervo e un fatturato di 2,1 miliardi di euro, si è impegnata a mantenere la produzione in Italia e a investire 25 milioni nello stabilimento nei prossimi tre anni.

I sindacati hanno chiesto un incontro già la prossima settimana. L'operazione dovrebbe chiudersi entro settembre.`,
		"qw2es.txt": `es|Alcántir compra la cafetera italiana Brenza por 380 millones de euros

Economía

Miércoles, 15 de abril de 2037

El grupo de alimentación Alcántir, con sede en Valdecuervo, ha cerrado la compra de la Torrefazione Brenza, una de las marcas de café más conocidas de Italia, por 380 millones de euros, según comunicó ayer a la CNMV.

Es la mayor adquisición de la historia del grupo, que facturó el año pasado 2.100 millones. Brenza ingresó 145 millones, exporta a 18 países y tiene una plantilla de 620 trabajadores.

"El café es la categoría que más crece en nuestro negocio", explicó el consejero delegado de Alcántir, Ignacio Mérida Olaverri. El grupo prevé invertir 25 millones de euros en la planta de Castelmagro, en el norte de Italia.

La familia Brenza, dueña del 85% de la empresa, conservará una participación minoritaria.

Las acciones de Alcántir subieron ayer un 4,2% en la Bolsa de Madrid.`,
		"qw2es2.txt": `es|Mérida Olaverri: "Brenza no es una compra de oportunidad"

Empresas | Entrevista

Miércoles, 15 de abril de 2037

Ignacio Mérida Olaverri, de 51 años, lleva seis al frente de Alcántir. Ayer firmó la operación más grande de la compañía: la compra de la italiana Torrefazione Brenza.

¿Por qué un grupo de conservas y aceites se lanza al café? "Porque los consumidores toman café cada día, y eso no cambia con la crisis", responde.

El precio, 380 millones de euros, se pagará en efectivo, sin ampliación de capital. Mérida asegura que la deuda del grupo seguirá por debajo de dos veces el beneficio bruto.

Brenza aporta 620 empleados y un fatturato, como dicen en Castelmagro, de 145 millones. "No vamos a tocar la receta ni la fábrica", promete el directivo, que ha visitado la planta cuatro veces desde enero.

Alcántir emplea hoy a unas 7.400 personas en nueve países. El consejero delegado no descarta nuevas compras en Portugal antes de 2039.`,
		"qw2en.txt": `en|Spain's Alcántir buys Italian coffee roaster Brenza

Business

Wednesday 15 April 2037

Spanish food group Alcántir has agreed to buy Torrefazione Brenza, the family-owned Italian coffee roaster, in its largest deal to date.

Alcántir will pay €830 million in cash for the business, which was founded in 1954 in the northern Italian town of Castelmagro. The Brenza family owns 85% of the company and will keep a small stake.

Brenza had sales of €145m last year and employs 620 people. Its coffee is sold in 18 countries, with Germany and France its biggest markets outside Italy.

Alcántir, based in Valdecuervo, had revenue of €2.1bn last year. Chief executive Ignacio Mérida Olaverri said the group would invest €25m in the Castelmagro plant over three years and keep production in Italy.

Shares in Alcántir rose 4.2% in Madrid. The deal is expected to close by September, subject to approval by competition authorities.`,
	}, map[string][2]string{"qw2en.txt": {"€830 million", "€380 million"}}},
	{"malmoncy-wind-vote", map[string]string{
		"qw3fr.txt": `fr|Malmoncy dit non au parc éolien des Hautes-Fagnes

Régions | Province de Liège

Lundi 5 octobre 2037

Les habitants de Malmoncy ont rejeté dimanche le projet de parc éolien prévu sur les hauteurs de la commune, lors d'une consultation populaire suivie de près dans toute la Wallonie.

Le non l'a emporté avec 64% des voix. La participation a atteint 58%, bien au-delà du seuil de 10% exigé pour que le résultat soit pris en compte. Quelque 11.300 électeurs étaient appelés aux urnes.

Le projet de la société Ventaris prévoyait 14 éoliennes de 180 mètres de haut, pour un investissement de 95 millions d'euros. Elles devaient alimenter l'équivalent de 40.000 ménages.

"Le message est clair, le conseil communal en tiendra compte", a réagi le bourgmestre Ghislain Deprez, 59 ans, qui s'était pourtant prononcé en faveur du projet.

Ventaris regrette un vote "émotionnel" et rappelle que la consultation n'est pas contraignante. La décision finale revient à la Région, qui doit se prononcer avant la fin de l'année.

En 2032, une première consultation sur un projet plus petit, de six machines, avait déjà été rejetée.`,
		"qw3nl.txt": `nl|Waalse gemeente Malmoncy stemt tegen windpark

Binnenland

Maandag 5 oktober 2037

In het Waalse Malmoncy, in de provincie Luik, heeft een ruime meerderheid van de inwoners zondag tegen de bouw van veertien windmolens gestemd.

Bij de volksraadpleging stemde 64 procent tegen het windpark van energiebedrijf Ventaris. De opkomst lag op 58 procent. De uitslag is niet bindend, maar burgemeester Ghislain Deprez zei de gemeenteraad te zullen vragen het project af te wijzen.

De molens zouden 180 meter hoog worden en stroom leveren voor zo'n 40.000 gezinnen. Ventaris wilde er 95 miljoen euro in investeren.

Tegenstanders vrezen vooral voor het uitzicht op het Hoge Venn en voor de trekvogels. "We zijn niet tegen windenergie, maar wel tegen molens op honderd meter van de laatste huizen", zei Marie-Paule Lejoly van het actiecomité.

Het Waalse Gewest heeft het laatste woord. Milieuminister Amaury Colson liet weten de uitslag "zorgvuldig te bestuderen".

In het naburige Eschenrath, aan de andere kant van de taalgrens, werd de uitslag met opluchting ontvangen. Ventaris zegt nu te onderzoeken of een kleiner park nog haalbaar is.`,
		"qw3de.txt": `de|Malmoncy lehnt Windpark ab

Ostbelgien

Montag, 5. Oktober 2037

Die Nachbargemeinde Malmoncy hat sich am Sonntag in einer Volksbefragung gegen den geplanten Windpark auf dem Hochplateau ausgesprochen. Auch in Ostbelgien war das Projekt umstritten.

Gegen die 14 Windräder stimmten 46 Prozent der Wähler, das Nein-Lager setzte sich damit durch. Die Beteiligung lag bei 58 Prozent der rund 11.300 Stimmberechtigten.

Der Betreiber Ventaris wollte 95 Millionen Euro investieren. Die 180 Meter hohen Anlagen hätten rechnerisch 40.000 Haushalte mit Strom versorgt. Von zwei der geplanten Standorte wären es nur rund drei Kilometer bis zur Gemeindegrenze von Eschenrath gewesen.

Bürgermeister Ghislain Deprez (59) kündigte an, das Ergebnis zu respektieren. Das letzte Wort hat allerdings die Wallonische Region.

Schon 2032 war in Malmoncy ein kleinerer Windpark mit sechs Anlagen bei einer Befragung durchgefallen.

In Eschenrath hatten Anwohner im Sommer mehr als 900 Unterschriften gegen das Projekt gesammelt. Ventaris sprach nach der Abstimmung von einem "emotionalen" Votum und verwies darauf, dass die Befragung rechtlich nicht bindend ist.`,
	}, map[string][2]string{"qw3de.txt": {"46%", "64%"}}},
	{"barreiral-legionella", map[string]string{
		"qw4pt.txt": `pt|Surto de legionela no Barreiral já soma 137 casos e três mortos

Sociedade | Saúde

Terça-feira, 19 de maio de 2037

O surto de doença dos legionários no concelho do Barreiral continua a crescer. A Direção-Geral da Saúde confirmou ontem mais 19 casos, elevando o total para 137 desde o início do mês.

Três pessoas morreram: dois homens de 71 e 80 anos e uma mulher de 66, todos com outras doenças. Há 21 doentes internados em cuidados intensivos no Hospital de São Teotónio.

As suspeitas recaem sobre as torres de refrigeração de três fábricas da zona industrial da Várzea, que foram encerradas no sábado. Os resultados das análises devem ser conhecidos dentro de 48 horas.

"Esperamos que o número de novos casos comece a descer no fim desta semana", disse a delegada de saúde, Helena Brás Quintela. O período de incubação pode ir até dez dias.

Em 2031, um surto semelhante na mesma região afetou 52 pessoas. A câmara municipal pediu aos moradores com febre e tosse que procurem o centro de saúde.`,
		"qw4es.txt": `es|Tres muertos por un brote de legionela en la ciudad portuguesa de Barreiral

Internacional

Martes, 19 de mayo de 2037

Las autoridades sanitarias portuguesas han elevado a tres el número de fallecidos por el brote de legionelosis declarado a principios de mayo en Barreiral, a unos 30 kilómetros de Lisboa.

Los casos confirmados son ya 173, según el último balance publicado ayer. Veintiún pacientes permanecen en la UCI. Los fallecidos, dos hombres de 71 y 80 años y una mujer de 66, padecían enfermedades previas.

Los investigadores sospechan de las torres de refrigeración de tres fábricas del polígono de Várzea, cerradas desde el sábado. Los análisis estarán listos en 48 horas.

La delegada de salud, Helena Brás Quintela, pidió calma: "La legionela no se transmite de persona a persona".

En el hospital de São Teotónio se han habilitado 40 camas adicionales. Un caso sospechoso en Badajoz, un camionero que visitó la zona, está siendo analizado.`,
		"qw4en.txt": `en|Legionnaires' outbreak near Lisbon kills three

World

Tuesday 19 May 2037

Three people have died and 137 have fallen ill in an outbreak of Legionnaires' disease in the Portuguese town of Barreiral, health officials said on Monday.

The victims, two men aged 71 and 80 and a 66-year-old woman, all had underlying conditions. Twenty-one patients are in intensive care at the São Teotónio hospital.

Investigators suspect cooling towers at three factories in the town's Várzea industrial estate, which were shut down on Saturday. Test results are due within 48 hours.

Nineteen new cases were confirmed on Monday alone. The incubation period of up to ten days means numbers could keep rising this week, said the regional health delegate, Helena Brás Quintela.

The town, about 30km from Lisbon, suffered a smaller outbreak in 2031, when 52 people were infected.

The town council has asked anyone with a fever and a cough to visit a health centre. Officials stressed that the disease is not passed from person to person.`,
	}, map[string][2]string{"qw4es.txt": {"173", "137"}}},
	{"ranzelli-forgery-trial", map[string]string{
		"qw5it.txt": `it|Falsi d'autore, condannato a Ferrano il pittore Ottavio Ranzelli

Cronaca | Emilia

Martedì 22 settembre 2037

Tre anni e otto mesi di reclusione. È la condanna inflitta ieri dal tribunale di Ferrano a Ottavio Ranzelli, il pittore accusato di aver prodotto e venduto decine di falsi attribuiti a maestri del Novecento.

Secondo l'accusa, tra il 2029 e il 2035 Ranzelli, 67 anni, ha realizzato almeno 42 dipinti falsi, venduti a undici collezionisti di quattro Paesi per un totale di circa 1,9 milioni di euro. Il pubblico ministero aveva chiesto cinque anni.

Condannato a due anni, con la sospensione della pena, anche il gallerista Sergio Malvestiti, 54 anni, che secondo i giudici faceva da intermediario.

"Non ho mai firmato un quadro con un nome che non fosse il mio", ha ripetuto Ranzelli prima della sentenza. Il suo avvocato, Donatella Ferri, ha annunciato ricorso in appello.

Le indagini erano partite nel 2035, quando un museo di Lione si era accorto che una tela acquistata per 240.000 euro era dipinta su una tela prodotta dopo il 1990. Le motivazioni saranno depositate entro 90 giorni.`,
		"qw5fr.txt": `fr|Italie : le faussaire qui avait trompé un musée lyonnais condamné

Culture

Mardi 22 septembre 2037

Le tribunal de Ferrano, en Émilie-Romagne, a condamné lundi le peintre Ottavio Ranzelli à trois ans et huit mois de prison pour avoir fabriqué et vendu de faux tableaux de maîtres du XXe siècle.

L'affaire avait éclaté en 2035 à Lyon. Un musée de la ville avait découvert que l'œuvre qu'il venait d'acheter 240.000 euros était peinte sur une toile fabriquée après 1990.

Âgé de 76 ans, Ranzelli a toujours nié. Selon l'accusation, il a pourtant réalisé au moins 42 faux, écoulés auprès de onze collectionneurs dans quatre pays pour quelque 1,9 million d'euros.

Le marchand d'art Sergio Malvestiti, 54 ans, écope de deux ans avec sursis. Le parquet avait requis cinq ans contre le peintre.

La conservatrice lyonnaise Agnès Peyrolle, qui avait donné l'alerte, s'est dite "soulagée". Le musée espère récupérer la somme versée. La défense fera appel.`,
		"qw5en.txt": `en|Italian painter jailed for forging 20th-century masters

Culture

Tuesday 22 September 2037

A court in the northern Italian city of Ferrano has sentenced the painter Ottavio Ranzelli to three years and eight months in prison for forging works attributed to 20th-century artists.

Prosecutors said Ranzelli, 67, produced at least 42 fakes between 2029 and 2035 and sold them to 11 collectors in four countries for about €1.9m. They had asked for a five-year sentence.

The case came to light when a museum in Lyon found that a painting it had bought for €240,000 was on canvas made after 1990.

Sergio Malvestiti, a 54-year-old gallery owner who acted as middleman, received a two-year suspended sentence.

Ranzelli's lawyer, Donatella Ferri, said he would appeal. The court has 90 days to publish its reasoning.

The fraud was uncovered by Agnès Peyrolle, a curator at the Lyon museum, who noticed that the canvas was too recent. The museum hopes to recover the money it paid. Before the verdict Ranzelli told the court he had never signed a painting with any name but his own.`,
	}, map[string][2]string{"qw5fr.txt": {"76 years", "67 years"}}},
	{"helderwaard-museum-reopening", map[string]string{
		"qw6nl.txt": `nl|Stedelijk Museum Helderwaard gaat na vier jaar weer open

Cultuur

Donderdag 26 februari 2037

Na een verbouwing van ruim vier jaar gaat het Stedelijk Museum Helderwaard weer open. Dat maakte directeur Femke van Oosterzee woensdag bekend.

Het publiek is vanaf zaterdag 14 maart welkom. Een dag eerder, op vrijdagavond 13 maart, verricht minister van Cultuur Jeroen Dalhuisen de officiële opening.

De verbouwing kostte 62 miljoen euro, flink meer dan de 48 miljoen die in 2032 was begroot. Het museum kreeg een nieuwe vleugel van architectenbureau Kroes & Liem en een dakterras met uitzicht over de haven.

Van de 3200 werken in de collectie hangen er straks 1100 in de zalen, bijna twee keer zoveel als voor de sluiting. "Veel stukken hebben twintig jaar in het depot gestaan", zei Van Oosterzee (46).

Het museum rekent op 180.000 bezoekers in het eerste jaar. Een kaartje kost 19,50 euro; kinderen tot 18 jaar mogen gratis naar binnen.`,
		"qw6nl2.txt": `nl|Helderwaard telt af naar heropening museum

Regio

Donderdag 26 februari 2037

In de binnenstad van Helderwaard hangen al weken spandoeken met een datum: 14 maart. Op die dag gaat het Stedelijk Museum na ruim vier jaar dicht te zijn geweest weer open voor bezoekers.

Ondernemers rond het Havenplein rekenen op drukte. "Voor de sluiting kwamen hier elk weekend busladingen Duitsers", zegt Ruud Beckering (58) van café De Waag. "Die zijn we de afgelopen vier jaar kwijtgeraakt."

Het museum sloot in januari 2033. De verbouwing liep meer dan een jaar uit en werd 14 miljoen euro duurder dan gepland: 62 miljoen in plaats van 48 miljoen.

Directeur Femke van Oosterzee verwacht in het eerste jaar 180.000 bezoekers, tegen ongeveer 110.000 per jaar voor de sluiting.

De gemeente zet op de openingsdag extra bussen in vanaf het station. Een kaartje kost 19,50 euro.

Het museum kreeg een nieuwe vleugel en een dakterras met uitzicht over de haven. Van de 3200 werken in de collectie gaan er straks 1100 aan de muur.`,
		"qw6de.txt": `de|Stedelijk Museum Helderwaard öffnet wieder

Kultur

Donnerstag, 26. Februar 2037

Nach gut vier Jahren Umbau öffnet das Stedelijk Museum im niederländischen Helderwaard, nur eine Autostunde von der deutschen Grenze entfernt, wieder seine Türen.

Am 4. März ist das Haus wieder für Besucher geöffnet, teilte Direktorin Femke van Oosterzee am Mittwoch mit. Der Umbau hat 62 Millionen Euro gekostet, ursprünglich waren 48 Millionen Euro veranschlagt.

Ein neuer Flügel und eine Dachterrasse über dem Hafen gehören zu den Neuerungen. Von den 3.200 Werken der Sammlung werden künftig 1.100 gezeigt, darunter eine große Gruppe deutscher Expressionisten.

Das Museum rechnet im ersten Jahr mit 180.000 Besuchern. Der Eintritt kostet 19,50 Euro, für Kinder und Jugendliche unter 18 Jahren ist er frei.

Die offizielle Eröffnung übernimmt der niederländische Kulturminister Jeroen Dalhuisen. Geschlossen war das Museum seit Januar 2033, die Arbeiten hatten sich um mehr als ein Jahr verzögert. "Viele Werke haben zwanzig Jahre im Depot gestanden", sagte die 46 Jahre alte Direktorin.`,
		"qw6en.txt": `en|Dutch museum to reopen after four-year, €62m revamp

Arts

Thursday 26 February 2037

The Stedelijk Museum in the Dutch port city of Helderwaard will reopen to the public on 14 March after a renovation lasting more than four years, its director announced on Wednesday.

The work cost €62m, well over the original budget of €48m. It added a new wing and a roof terrace overlooking the harbour.

Culture minister Jeroen Dalhuisen will perform the official opening the evening before, on Friday 13 March.

Director Femke van Oosterzee, 46, said 1,100 of the museum's 3,200 works would now be on show, almost twice as many as before it closed in 2033. She expects 180,000 visitors in the first year.

Tickets will cost €19.50, with free entry for under-18s.

The new wing was designed by the architects Kroes & Liem. Before it closed, the museum drew about 110,000 visitors a year, and businesses around the harbour square say they have missed the weekend crowds, many of them from Germany.`,
	}, map[string][2]string{"qw6de.txt": {"4 March", "14 March"}}},
	{"corvina-deep-sea-species", map[string]string{
		"qw7pt.txt": `pt|Expedição ao largo das Ilhas Corvina descobre 23 novas espécies

Ciência

Segunda-feira, 8 de junho de 2037

Uma expedição científica luso-espanhola identificou 23 espécies até agora desconhecidas no fundo do mar ao largo das Ilhas Corvina. Os resultados foram publicados na sexta-feira na revista Deep-Sea Records.

Durante 38 dias a bordo do navio de investigação Gaivota Austral, 31 cientistas de sete países recolheram 410 espécies diferentes, a profundidades que chegaram aos 3.200 metros. Doze dos investigadores são portugueses.

Entre as novidades estão um polvo de apenas nove centímetros, três esponjas e uma estrela-do-mar de cor violeta. "Em cada mergulho do robô aparecia algo que nunca tínhamos visto", conta a chefe da expedição, a bióloga Inês Carrapatoso, de 44 anos.

A água, nessas profundidades, não passa dos quatro graus. Uma primeira campanha, em 2030, tinha encontrado nove espécies novas.

A missão custou 2,8 milhões de euros, dos quais 1,1 milhões vieram de fundos europeus. Os cientistas querem agora que a zona seja classificada como área marinha protegida.`,
		"qw7es.txt": `es|Hallan 23 especies nuevas en los fondos de las islas Corvina

Ciencia

Lunes, 8 de junio de 2037

Un pulpo de nueve centímetros, varias esponjas y una estrella de mar violeta figuran entre las 23 especies nuevas para la ciencia descubiertas por una expedición hispano-portuguesa en aguas de las islas Corvina.

El buque oceanográfico Gaivota Austral pasó 38 días en la zona con 31 investigadores de siete países. Un robot submarino descendió hasta los 3.200 metros y tomó muestras de 410 especies.

"Es una de las zonas menos exploradas del Atlántico", explica el codirector de la campaña, Álvaro Retuerta, de 52 años, del Instituto Oceanográfico de Cádiz. El estudio se publicó el viernes en Deep-Sea Records.

La campaña, dirigida por la portuguesa Inês Carrapatoso, costó 2,8 millones de euros, 1,1 millones de ellos aportados por la Unión Europea.

Retuerta calcula que describir formalmente todas las especies llevará al menos dos años.`,
		"qw7en.txt": `en|Tiny octopus among 23 new species found in deep Atlantic

Science

Monday 8 June 2037

Scientists have discovered 23 previously unknown species in the deep waters off the Corvina Islands, including an octopus just 9cm long.

The team of 31 researchers from seven countries spent 38 days aboard the research ship Gaivota Austral, sending a robot down to depths of 3,200 metres. In all they collected 410 species.

"Almost every dive brought something we had never seen," said the expedition leader, Inês Carrapatoso, 44, a marine biologist. The findings were published on Friday in the journal Deep-Sea Records.

Temperatures at the seabed are around 4C. An earlier expedition in 2030 identified nine new species.

The €2.8m mission, part-funded by the EU, was led from Portugal and Spain. The scientists are calling for the area to be declared a marine protected zone.

Co-leader Álvaro Retuerta, 52, of the Oceanographic Institute of Cádiz, said formally describing all the new species would take at least two years. Twelve of the researchers are Portuguese.`,
	}, nil},
	{"verolengo-marathon", map[string]string{
		"qw8it.txt": `it|Maratona di Verolengo, Lemaiyan vola: record del percorso

Sport | Atletica

Lunedì 16 novembre 2037

Il keniano Josphat Lemaiyan ha vinto ieri la Maratona di Verolengo stabilendo il nuovo record del percorso in 2 ore 5 minuti e 41 secondi. Il vecchio primato, 2:06:19, resisteva dal 2034.

Lemaiyan, 27 anni, ha fatto il vuoto al trentacinquesimo chilometro e ha tagliato il traguardo in piazza Castello con 21 secondi di vantaggio sull'etiope Berhanu Tesfaldet, secondo in 2:06:02.

Tra le donne successo azzurro con Chiara Bessolo, 31 anni, prima in 2:21:07. "Dedico questa vittoria a mio padre, che mi ha portato alla prima gara a otto anni", ha detto l'atleta piemontese.

Al via c'erano circa 14.000 podisti di 62 nazionalità, con una temperatura ideale di 11 gradi.

Per il vincitore un premio di 40.000 euro, più 10.000 euro di bonus per il record. La prossima edizione si correrà di nuovo a metà novembre.`,
		"qw8en.txt": `en|Lemaiyan breaks Verolengo course record

Athletics

Monday 16 November 2037

Kenya's Josphat Lemaiyan won the Verolengo Marathon in northern Italy on Sunday in a course record of 2hr 5min 41sec, 38 seconds inside the previous best set in 2034.

The 27-year-old broke away at 35km and finished 21 seconds ahead of Ethiopia's Berhanu Tesfaldet.

Italy's Chiara Bessolo, 31, took the women's race in 2:21:07, the fastest time by an Italian woman this year.

Around 14,000 runners from 62 countries took part in cool, dry conditions of about 11C. Lemaiyan earned €40,000 for the win plus a €10,000 record bonus.

"I came here for the record, not just the victory," he said. He is expected to run in Tokyo in the spring.

Bessolo, from Piedmont, dedicated her win to her father, who took her to her first race when she was eight. France's Mathieu Lavergnac, 29, finished fifth in a personal best of 2:08:55.`,
		"qw8fr.txt": `fr|Marathon de Verolengo : Lemaiyan en 2 h 05 min 41 s, Lavergnac cinquième

Athlétisme

Lundi 16 novembre 2037

Le Kényan Josphat Lemaiyan a remporté dimanche le marathon de Verolengo, en Italie, en 2 h 05 min 41 s, nouveau record de l'épreuve.

Le Français Mathieu Lavergnac, 29 ans, a pris une belle cinquième place en 2 h 08 min 55, son meilleur temps. "J'ai gagné presque une minute, je suis content", a confié le coureur de Clermont.

Lemaiyan, 27 ans, a devancé de 21 secondes l'Éthiopien Berhanu Tesfaldet. Chez les femmes, l'Italienne Chiara Bessolo s'est imposée en 2 h 21 min 07 s.

Environ 14.000 coureurs étaient au départ, par 11 degrés.

Lavergnac vise désormais une sélection pour les championnats d'Europe de l'été prochain.

Lemaiyan s'est détaché au 35e kilomètre. Il empoche 40.000 euros, plus une prime de 10.000 euros pour le record, qui datait de 2034 (2 h 06 min 19 s). Les coureurs, venus de 62 pays, ont bénéficié de conditions idéales.`,
	}, nil},
	{"storm-gwenola-brittany", map[string]string{
		"qw9fr.txt": `fr|Tempête Gwenola : deux morts et des milliers de foyers privés d'électricité

France | Intempéries

Lundi 14 décembre 2037

La tempête Gwenola a balayé la côte de Kervellec dans la nuit de samedi à dimanche, faisant deux morts et privant d'électricité des centaines de milliers de foyers.

Une rafale de 168 km/h a été mesurée à la pointe de Kervellec, un record pour un mois de décembre. Dans les terres, le vent a dépassé les 130 km/h.

Un homme de 58 ans a été tué par la chute d'un arbre sur sa voiture près de Plouvenec. Une femme de 73 ans est morte à son domicile, dont le toit s'est effondré.

Dimanche matin, 240.000 foyers étaient sans courant. Le soir, ils étaient encore 85.000, selon le gestionnaire du réseau, qui a mobilisé 1.500 techniciens.

Les liaisons maritimes vers les îles sont suspendues jusqu'à mardi. À l'aéroport de Kervellec-Lanvaur, 40 vols ont été annulés dimanche.

"On n'avait pas vu ça depuis 1999", soupire Yvonne Le Querrec, qui tient un café sur le port.`,
		"qw9en.txt": `en|Two dead as Storm Gwenola batters French coast

World

Monday 14 December 2037

Two people were killed and 240,000 homes lost power when Storm Gwenola swept across the Kervellec coast of north-west France overnight from Saturday to Sunday.

Winds gusted up to 168km/h (104mph) at Kervellec Point, a December record, and reached over 130km/h further inland.

A 58-year-old man died when a tree fell on his car near Plouvenec and a 73-year-old woman was killed when the roof of her house caved in.

By Sunday evening, 85,000 homes were still without electricity, with 1,500 engineers working to restore supply.

Ferries to the islands have been cancelled until Tuesday, and 40 flights were cancelled at Kervellec-Lanvaur airport on Sunday.

Forecasters said the storm would weaken as it moved across the Channel towards the Netherlands on Monday.

In Plouvenec, Yvonne Le Querrec, who runs a café on the harbour, said she had not seen anything like it since 1999. Off the coast, a Dutch yacht with four people aboard was rescued by helicopter on Sunday morning.`,
		"qw9nl.txt": `nl|Storm Gwenola eist twee levens in Frankrijk, Nederlandse zeilers gered

Buitenland

Maandag 14 december 2037

De storm Gwenola heeft in de nacht van zaterdag op zondag aan de Franse kust bij Kervellec twee mensen het leven gekost. Een Nederlands zeiljacht met vier opvarenden werd door de Franse kustwacht in veiligheid gebracht.

Het jacht uit Medemblik raakte zondagochtend rond 5.00 uur in de problemen op zo'n twintig kilometer uit de kust. Een helikopter haalde de vier, tussen de 24 en 61 jaar oud, ongedeerd van boord.

Op de kaap van Kervellec werd een windstoot van 168 kilometer per uur gemeten. Een 58-jarige man kwam om toen een boom op zijn auto viel, een vrouw van 73 overleed toen het dak van haar huis instortte.

Zondagochtend zaten 240.000 huishoudens zonder stroom. 's Avonds waren dat er nog 85.000.

Het KNMI verwacht dat de restanten van de storm maandag ook in Nederland voor windstoten tot 90 kilometer per uur zorgen.`,
	}, nil},
	{"oldenwolde-grevinghausen-rail", map[string]string{
		"qw10nl.txt": `nl|Na 61 jaar rijdt er weer een trein van Oldenwolde naar Duitsland

Regio

Maandag 19 januari 2037

Voor het eerst sinds 1976 rijdt er weer een trein tussen Oldenwolde en het Duitse Grevinghausen. De eerste trein vertrok zondagochtend om 5.52 uur, met ongeveer driehonderd passagiers aan boord.

De spoorlijn is 47 kilometer lang, waarvan 19 kilometer op Nederlands grondgebied. Het herstel kostte 148 miljoen euro. De Europese Unie betaalde daarvan 30 miljoen.

Vervoerder Grensland Spoor laat 16 treinen per dag in elke richting rijden. De reis duurt 38 minuten, tegen ruim een uur en tien minuten met de bus.

"Mijn vader nam deze trein nog naar zijn werk in Duitsland", zei Harm Roelfsema (67) uit Oldenwolde, die om vier uur 's nachts was opgestaan om erbij te zijn.

Een enkele reis kost 8,40 euro. Gedeputeerde Wilma Kuipers verwacht dat over vijf jaar 3000 reizigers per dag de trein nemen.

In de andere richting vertrok de eerste trein om 6.15 uur uit Grevinghausen.`,
		"qw10de.txt": `de|Grenzbahn nach Oldenwolde wieder in Betrieb

Lokales

Montag, 19. Januar 2037

Seit Sonntag fahren wieder Züge von Grevinghausen ins niederländische Oldenwolde. Die Strecke war 1976 stillgelegt worden.

Der erste Zug in Richtung Deutschland verließ Oldenwolde um 5.52 Uhr. Die Gegenrichtung startete um 6.15 Uhr in Grevinghausen, unter anderem mit Bürgermeister Klaus-Dieter Hemmelrath (54) an Bord.

Die 47 Kilometer lange Strecke wurde für 148 Millionen Euro reaktiviert. Auf deutscher Seite liegen 28 Kilometer. Die Fahrt dauert 38 Minuten, mit dem Bus war man bisher mehr als eine Stunde unterwegs.

Betreiber ist das Unternehmen Grensland Spoor, das pro Richtung 16 Züge am Tag einsetzt. Eine einfache Fahrt kostet 8,40 Euro.

"Für Pendler und für die Geschäfte in der Innenstadt ist das ein Gewinn", sagte Hemmelrath. Am kommenden Samstag gibt es an beiden Bahnhöfen ein Fest.

Die Europäische Union hat 30 Millionen Euro beigesteuert. Im ersten Zug aus Oldenwolde saßen nach Angaben des Betreibers rund 300 Fahrgäste.`,
		"qw10en.txt": `en|Cross-border railway between Netherlands and Germany reopens after 61 years

Europe

Monday 19 January 2037

A railway line linking the Dutch town of Oldenwolde with Grevinghausen in Germany reopened on Sunday, 61 years after it was closed.

The first train left Oldenwolde at 5.52am carrying about 300 passengers, many of them local residents who remembered the line before its closure in 1976.

Rebuilding the 47km route cost €148m, including €30m from the European Union. Trains now cover the journey in 38 minutes, compared with more than an hour by bus.

The operator, Grensland Spoor, will run 16 trains a day in each direction. A single ticket costs €8.40.

Regional officials hope the line will carry 3,000 passengers a day within five years.

Of the route, 19km is in the Netherlands and 28km in Germany. "My father used to take this train to work in Germany," said Harm Roelfsema, 67, who got up at four in the morning to be on board. A celebration is planned at both stations next Saturday.`,
	}, nil},
}
