package compare

// heldOutFohnwall is a blind held-out set of weather, farming and rural
// news, written without reading the comparison code: an autumn sheep
// fair in the Aveyron, bluetongue on a German dairy farm near the Dutch
// border, a snow day closing schools in the Swiss Jura, a rural bus line
// cut in Soria, a French drought fodder aid scheme, a Danube flood crest
// in Bavaria, African swine fever in wild boar near Pavia, a barn fire
// killing cattle in Upper Austria, a heath fire in Lower Saxony and
// locust swarms in Sardinia. Ten events of three or four reports in
// English, French, German, Spanish, Italian and Dutch.
//
// Six contradictions are planted, one each, all outside the first
// paragraph: a distance (the English bluetongue report's zone radius,
// 100 km against 150 km, the only English report of four), a weekday
// (the English report of the Soria bus cut puts the last bus on Friday,
// the Spanish ones on Saturday), an amount (the German report of the
// fodder aid, the only German one, gives EUR 54 million in its last
// paragraph against 45 million), a count (the South Tyrolean German
// report on swine fever says 75 pig farms against 57), an age (the
// second Austrian report makes the farmer 45, not 54) and a percentage
// (the Spanish locust report, 45% of pastures against 35%). The sheep
// fair, the Jura snow day, the Danube crest and the heath fire hold
// none. Traps: "près de 7 500" against 7,400 and 183 breeders against
// "more than 180"; previous values (6,900 sheep a year ago, 14,000 bus
// passengers in 2019) and other years' figures (the 8,100 record of
// 2019, EUR 30 million of aid in 2022, 7.94 m in 2013, 1,300 ha in
// 2019, 50,000 ha in 2023, 4,300 Dutch farms in 2023); parts and totals
// (23 communes, 14 of them in Delémont and nine in the Franches-
// Montagnes; 98 cattle, 38 dead and 60 saved; 14 of 230 cattle); two
// people's ages in several events (61 and 84, 58 and 87, 63 and 52, 54
// and 27); the Danube's level now (6.85 m), its normal (2.40 m) and its
// forecast crest ("rund 7,10", "gut sieben", "around 7.1"); 320
// evacuees against "etwa 300"; 420 ha against "more than 400"; counts
// in words (Once, Fourteen, Thirty-eight, zehn, Zwölf/Douze/12);
// several weekdays in one report (last bus Saturday, service gone from
// Monday, a protest on Sunday); number formats 4.300/4300/4,300,
// 41.000/41mila, 45 M€, decimal commas (6,85 m, 4,5 km, 1,2 million).
//
// Frozen before its first run, which flagged 3 of the 6 contradictions
// (the swine-fever farms, the farmer's age, the locust percentage) and
// 0 false disagreements; it missed the English bluetongue report's
// 100 km against 150 km (the 100 km radius stood in a row of its own,
// "radius · 100 km", apart from the 150 km zone of the other three),
// the English bus report's Friday against Saturday (a row of its own,
// "run · Friday", apart from the Spanish "30 August · Saturday") and the
// German fodder report's EUR 54 million against 45 million (a row of
// its own, "bereit · €54 million", while the German 2022 figure "über
// 30 Millionen Euro" was aligned, unflagged, into the row of the EUR 45
// million package).
//
// Fixed after, so the set is held out no longer: a German noun before
// "über" and a sum names what the sum is of ("ein Programm über 30
// Millionen Euro"), no hedge: 4/6 flagged, 0 false.
//
// Fixed after again: a source's one weekday that no other source gives
// joins the one weekday row two or more others give and it lacks, when
// the days are neighbours, in another language, and neither is the day
// news was given out nor a bound or a plan: 5/6 flagged, 0 false.
var heldOutFohnwall = []heldOutEvent{
	{"ewe-lamb-fair", map[string]string{
		"fw1fr1.txt": `fr|Foire ovine de Saint-Vérac : près de 7 500 bêtes sur le foirail

Aveyron | Agriculture

Publié le 05/10/2031 à 07h40

Le foirail de Saint-Vérac a fait le plein samedi pour la traditionnelle foire d'automne aux ovins. Près de 7 500 animaux, agneaux de boucherie, brebis de réforme et béliers reproducteurs, ont été présentés par 183 éleveurs venus de tout le sud du Massif central.

« On n'avait pas vu autant de monde depuis 2019 », se réjouit Jean-Luc Barrau, 61 ans, président du comité de foire. Cette année-là, le record de 8 100 têtes avait été établi.

Les cours sont restés fermes : l'agneau s'est vendu en moyenne 148 euros, soit 6 % de plus que l'an dernier. Le meilleur bélier lacaune est parti à 1 250 euros.

Doyenne des exposantes, Marcelle Combes, 84 ans, n'a manqué aucune édition depuis 1962.

Lire aussi : La fièvre catarrhale inquiète les éleveurs`,
		"fw1fr2.txt": `fr|Saint-Vérac : une foire d'automne dynamique

MARCHÉS | OVINS

Par Sophie Lagarde

Avec 7 400 ovins présentés samedi 4 octobre, contre 6 900 l'an passé, la foire d'automne de Saint-Vérac (Aveyron) confirme sa bonne santé. Plus de 180 éleveurs ont fait le déplacement.

Côté prix, l'agneau de boucherie s'est négocié autour de 148 € en moyenne (+6 %). Un bélier de race lacaune a atteint 1 250 €, meilleure enchère de la journée.

Le président du comité, Jean-Luc Barrau, rappelle que le record date de 2019, avec 8 100 animaux. « La demande des acheteurs espagnols et italiens a tiré les prix », explique-t-il.`,
		"fw1en.txt": `en|French sheep fair draws biggest crowd since 2019

AGRICULTURE

SAINT-VÉRAC, France, Oct 4 (Farm Wire) - About 7,400 sheep went under the hammer on Saturday at the autumn fair in Saint-Vérac, in France's Aveyron department, up from 6,900 a year ago, organisers said.

Prime lambs fetched an average of 148 euros a head, 6% more than last year, while the top Lacaune ram sold for 1,250 euros.

"Buyers from Spain and Italy pushed prices up," said fair committee chairman Jean-Luc Barrau, 61. The record, 8,100 head, was set in 2019.

More than 180 breeders took part. The oldest exhibitor, Marcelle Combes, 84, has attended every fair since 1962.

(Reporting by Tom Reyes; editing by Anna Pike)`,
	}, nil},
	{"bluetongue-zone", map[string]string{
		"fw2de1.txt": `de|Blauzungenkrankheit auf Hof in Ostvenne nachgewiesen

Kreis Kleve

Mittwoch, 17. Juli 2030

Auf einem Milchviehbetrieb in Ostvenne ist die Blauzungenkrankheit ausgebrochen. Bei 14 der rund 230 Rinder sei das Virus vom Serotyp 3 festgestellt worden, teilte der Kreis am Mittwoch mit. Der Hof liegt etwa acht Kilometer von der niederländischen Grenze entfernt.

Um den Betrieb wurde eine Restriktionszone mit einem Radius von 150 Kilometern eingerichtet. Rinder, Schafe und Ziegen dürfen die Zone nur noch nach einer Untersuchung verlassen.

"Für Menschen ist die Krankheit ungefährlich, auch Milch und Fleisch können ohne Bedenken verzehrt werden", sagte Kreisveterinärin Anke Holtmann. Sie rät allen Tierhaltern, ihre Bestände impfen zu lassen.

Zuletzt war die Krankheit in der Region zwischen 2006 und 2009 aufgetreten.`,
		"fw2de2.txt": `de|Blauzunge: Sperrzone am Niederrhein

Tierseuchen

Das Blauzungenvirus hat den Niederrhein erreicht. In einem Rinderbestand im Kreis Kleve wurde der Serotyp BTV-3 bei 14 Tieren bestätigt, wie die Kreisverwaltung mitteilte. Der Betrieb hält etwa 230 Rinder.

Damit gilt eine Restriktionszone von 150 km um den Ausbruchsort, die auch Teile der Niederlande und Belgiens umfasst. Für das Verbringen von Wiederkäuern aus der Zone gelten strenge Auflagen.

Das Land übernimmt die Kosten der Impfung. In den Niederlanden waren 2023 mehr als 4.300 Betriebe betroffen.`,
		"fw2nl.txt": `nl|Blauwtong vastgesteld bij Duits melkveebedrijf vlak over de grens

Landbouw

17 juli 2030, 14:20

Bij een melkveehouderij in het Duitse Ostvenne, zo'n acht kilometer van de Nederlandse grens, is blauwtong vastgesteld. Het gaat om serotype 3. Volgens de Kreis Kleve zijn 14 van de ongeveer 230 runderen besmet.

Rond het bedrijf geldt een beperkingszone van 150 kilometer, die ook een deel van Gelderland en Limburg beslaat. Herkauwers mogen de zone alleen na onderzoek verlaten.

In 2023 raakten in Nederland ruim 4300 bedrijven besmet. De Duitse dierenarts Anke Holtmann roept veehouders op hun dieren te laten vaccineren.`,
		"fw2en.txt": `en|Bluetongue found on German dairy farm near Dutch border

Farming | Animal health

By Kate Morrow

German authorities have confirmed bluetongue virus serotype 3 in a dairy herd at Ostvenne in the Kleve district, around 8 km from the border with the Netherlands, the district said on Wednesday.

Fourteen of the farm's roughly 230 cattle tested positive. A restriction zone with a radius of 100 km has been set up around the farm, meaning cattle, sheep and goats can only leave after testing.

District vet Anke Holtmann said the disease posed no risk to people or to milk and meat, and urged farmers to vaccinate.

The Netherlands saw more than 4,300 farms infected in 2023.`,
	}, map[string][2]string{"fw2en.txt": {"100 km", "150 km"}}},
	{"snow-day-jura", map[string]string{
		"fw3fr1.txt": `fr|Neige : les écoles de 23 communes jurassiennes fermées

Jura | Météo

Mardi 14 janvier 2031, 08h15

Jusqu'à 45 centimètres de neige fraîche sont tombés dans la nuit de lundi à mardi sur les Franches-Montagnes et le district de Delémont. Le Département de la formation a ordonné la fermeture des écoles de 23 communes, soit quelque 4100 élèves privés de classe.

Douze lignes de CarPostal ont été suspendues dès 6 heures. « Nos chasse-neige tournent depuis 2 heures du matin, mais on ne s'en sort pas », explique Gilles Aubry, 63 ans, chauffeur de déneigeuse à Saignevaux depuis près de trente ans.

Il faut remonter à février 2006 pour trouver une fermeture générale des écoles pour cause de neige dans le canton.

Les cours reprendront normalement mercredi, selon le département.

Vos photos de la neige : envoyez-les à la rédaction`,
		"fw3fr2.txt": `fr|Fortes chutes de neige dans le Jura : 4100 élèves restent à la maison

Publié aujourd'hui à 11:02

Les écoles de 23 communes du canton du Jura sont restées portes closes ce mardi après d'importantes chutes de neige. Quatorze de ces communes se trouvent dans le district de Delémont, les neuf autres aux Franches-Montagnes.

Au Noirvent, on a mesuré 45 cm de neige fraîche et -12 degrés au petit matin. 12 lignes de bus régionales ne circulaient pas.

« Les parents ont été prévenus par SMS dès 5 h 30 », indique Martine Froidevaux, 52 ans, directrice du cercle scolaire de Saignevaux. La dernière fermeture de ce type remonte à 2006.

Les élèves retrouveront le chemin de l'école dès mercredi.`,
		"fw3de.txt": `de|Schneechaos im Jura: Schulen in 23 Gemeinden geschlossen

Schweiz

Delsberg, 14. Januar 2031 (sda) - Nach starken Schneefällen sind im Kanton Jura am Dienstag die Schulen von 23 Gemeinden geschlossen geblieben. Betroffen waren rund 4100 Schülerinnen und Schüler.

In den Freibergen fielen in der Nacht bis zu 45 Zentimeter Neuschnee, die Temperaturen sanken auf minus 12 Grad. Zwölf Postautolinien wurden eingestellt.

Der 63-jährige Schneepflugfahrer Gilles Aubry sprach von den schwierigsten Bedingungen seit Jahren. Zum letzten Mal hatte der Kanton die Schulen 2006 wegen Schnee geschlossen.

Am Mittwoch soll der Unterricht wieder normal stattfinden.`,
	}, nil},
	{"soria-bus-line-cut", map[string]string{
		"fw4es1.txt": `es|Suprimida la línea de autobús que une once pueblos de la Tierra de Almarza con Soria

Provincia

Soria, 27/08/2031

La empresa Autocares Duero Alto dejará de prestar el servicio de la línea Villarejo del Campo–Soria, que recorre 72 kilómetros y da servicio a once pueblos. El último autobús circulará el sábado 30 de agosto.

La línea transportó el año pasado unos 9.000 viajeros, frente a los 14.000 de 2019. La empresa alega pérdidas y pedía a la Diputación una subvención de 180.000 euros anuales, que la institución provincial ha rechazado.

«Nos dejan aislados», lamenta la alcaldesa de Villarejo del Campo, Pilar Gómez, de 58 años. Eusebio Martín, vecino de 87 años, cogía el autobús dos veces por semana para ir al médico: «Ahora dependeré de mis sobrinos».

La Junta estudia sustituir la línea por un servicio de transporte a la demanda.`,
		"fw4es2.txt": `es|Once pueblos de Soria se quedan sin autobús

Soria, 27 ago (Agencia) - Once localidades de la provincia de Soria se quedarán sin transporte público a partir del próximo lunes, después de que la concesionaria Autocares Duero Alto haya decidido suprimir la línea que las conectaba con la capital. El último servicio será el sábado.

La Diputación Provincial rechazó abonar los 180.000 euros al año que reclamaba la empresa para mantener el servicio, que el año pasado usaron alrededor de 9.000 pasajeros.

La alcaldesa de Villarejo del Campo, Pilar Gómez, ha convocado una concentración de protesta para el domingo.`,
		"fw4en.txt": `en|Spanish villages lose their only bus link

Rural affairs | Spain

SORIA, Spain - Eleven villages in the sparsely populated province of Soria are losing their only bus connection after the operator, Autocares Duero Alto, said it would stop running the 72-km line to the provincial capital.

The line carried about 9,000 passengers last year, down from 14,000 in 2019. The provincial council refused to pay the 180,000 euros a year in subsidy the company had asked for.

The last bus will run on Friday. "They are leaving us isolated," said Pilar Gómez, 58, the mayor of Villarejo del Campo.

Regional authorities are looking at an on-demand service to replace it.`,
	}, map[string][2]string{"fw4en.txt": {"Friday", "Saturday"}}},
	{"fodder-aid-cantal", map[string]string{
		"fw5fr1.txt": `fr|Sécheresse : 45 millions d'euros pour les éleveurs

Agriculture

Publié le 24/07/2031 à 18h05

La ministre de l'Agriculture, Claire Vidalenc, a annoncé jeudi une enveloppe de 45 millions d'euros pour aider les éleveurs de 14 départements touchés par la sécheresse à acheter du fourrage.

L'aide sera de 40 euros par vache, dans la limite de 6 000 euros par exploitation. Depuis avril, il est tombé 40 % de pluie de moins que la normale dans le Massif central, et le prix du foin a doublé, à 180 euros la tonne.

« C'est un premier pas, mais ça ne couvrira pas la moitié de nos besoins », estime Bruno Lacaze, président de la FDSEA du Cantal.

En 2022, un dispositif comparable avait mobilisé 30 millions d'euros.`,
		"fw5fr2.txt": `fr|Aide fourragère : le Cantal parmi les 14 départements retenus

Aurillac

Les éleveurs cantaliens pourront bénéficier de l'aide fourragère de 45 M€ annoncée jeudi par le gouvernement. Le Cantal figure parmi les 14 départements éligibles.

Le montant est fixé à 40 € par vache, plafonné à 6 000 € par exploitation. Les demandes devront être déposées avant le 15 septembre.

Pour le président de la FDSEA, Bruno Lacaze, « le compte n'y est pas » : avec un foin passé à 180 € la tonne, les éleveurs auraient besoin du double.`,
		"fw5en.txt": `en|France pledges 45 million euros in drought aid for livestock farmers

PARIS, July 24 (Farm Wire) - France will give 45 million euros to livestock farmers in 14 drought-hit departments to help them buy fodder, Agriculture Minister Claire Vidalenc said on Thursday.

Farmers will receive 40 euros per cow, capped at 6,000 euros per farm. Rainfall in the Massif Central has been 40% below normal since April and hay prices have doubled to 180 euros a tonne.

Bruno Lacaze, head of the Cantal farmers' union, said the aid would not cover half of farmers' needs. A similar scheme in 2022 cost 30 million euros.`,
		"fw5de.txt": `de|Frankreich hilft Viehhaltern nach Dürre

Agrarpolitik

Paris - Wegen der anhaltenden Trockenheit unterstützt die französische Regierung Viehhalter in 14 Départements beim Zukauf von Futter. Pro Kuh gibt es 40 Euro, höchstens jedoch 6000 Euro je Betrieb.

Seit April fiel im Zentralmassiv 40 Prozent weniger Regen als üblich, der Heupreis hat sich auf 180 Euro je Tonne verdoppelt.

Insgesamt stellt Agrarministerin Claire Vidalenc 54 Millionen Euro bereit. Bauernvertreter halten das für zu wenig; bereits 2022 hatte es ein ähnliches Programm über 30 Millionen Euro gegeben.`,
	}, map[string][2]string{"fw5de.txt": {"€54 million", "€45 million"}}},
	{"danube-crest", map[string]string{
		"fw6de1.txt": `de|Donau-Hochwasser: Pegel in Oberwörth steigt weiter

Niederbayern

Sonntag, 2. Juni 2030, 21:40 Uhr

Der Pegel der Donau in Oberwörth hat am Sonntagabend 6,85 Meter erreicht. Normal sind dort etwa 2,40 Meter. Der Hochwassernachrichtendienst rechnet mit dem Scheitel am Montagmorgen bei rund 7,10 Metern.

Rund 320 Anwohner der Stadtteile Au und Fischerzeile mussten ihre Häuser verlassen. Mehr als 1100 Helfer von Feuerwehr, THW und Bundeswehr sichern einen 4,5 Kilometer langen Deich mit Sandsäcken.

"Wir gehen davon aus, dass der Deich hält", sagte Landrat Michael Strobl (CSU). Beim Rekordhochwasser 2013 war der Pegel auf 7,94 Meter gestiegen.

Mehr zum Thema: Live-Ticker Hochwasser in Bayern`,
		"fw6de2.txt": `de|Hochwasser an der Donau - Scheitel am Montag erwartet

Oberwörth (dpa/lby) - Am Hochwasser der Donau in Niederbayern soll der Scheitel am Montagmorgen durch Oberwörth laufen. Erwartet wird ein Wasserstand von gut sieben Metern, am Sonntagabend lag er bei 6,85 Metern.

Etwa 300 Menschen wurden vorsorglich in Sicherheit gebracht. Über 1100 Einsatzkräfte verstärkten mit rund 60.000 Sandsäcken den Deich.

Landrat Michael Strobl zeigte sich zuversichtlich. Der bisherige Höchststand von 7,94 Metern stammt aus dem Jahr 2013.`,
		"fw6en.txt": `en|Danube expected to peak at Bavarian town on Monday

World | Europe

OBERWÖRTH, Germany (AP) - The Danube river was expected to crest on Monday morning at around 7.1 metres in the Bavarian town of Oberwörth, where about 320 residents have been evacuated, local officials said.

The river stood at 6.85 metres on Sunday evening, compared with a normal level of about 2.4 metres. More than 1,100 firefighters, soldiers and volunteers were shoring up a 4.5-kilometre dike with some 60,000 sandbags.

"We expect the dike to hold," district administrator Michael Strobl said. The town's record of 7.94 metres was set in 2013.`,
		"fw6fr.txt": `fr|Crue du Danube : la Bavière sur le qui-vive

International

Berlin, 2 juin 2030 (AFP) - Le Danube devait atteindre lundi matin son pic de crue à Oberwörth, en Bavière, autour de 7,10 mètres, selon les services d'annonce des crues. Dimanche soir, le niveau atteignait déjà 6,85 m.

Quelque 320 habitants ont été évacués. Plus de 1 100 pompiers, soldats et bénévoles renforcent une digue de 4,5 km avec 60 000 sacs de sable.

Le record, 7,94 m, date de 2013.`,
	}, nil},
	{"swine-fever-boars", map[string]string{
		"fw7it1.txt": `it|Peste suina africana, tre cinghiali positivi nel Pavese

Cronaca | Lomellina

Pavia, 15 aprile 2031

Tre carcasse di cinghiale trovate nei boschi di Borgo Valsesca sono risultate positive alla peste suina africana. Lo ha confermato martedì l'Istituto zooprofilattico.

Attorno al ritrovamento è stata istituita una zona infetta con un raggio di 10 chilometri, dove si trovano 57 allevamenti di suini con circa 41.000 capi. Per 40 giorni gli animali non potranno essere spostati e la caccia è sospesa.

«Bisogna evitare a ogni costo che il virus entri negli allevamenti», ha detto il commissario straordinario Vittorio Lanzi. In Italia il primo caso nei cinghiali risale al 2022, in Piemonte.`,
		"fw7it2.txt": `it|Psa, scatta la zona infetta: 57 allevamenti sotto controllo

Agricoltura

La peste suina africana arriva in Lomellina. Dopo il ritrovamento di tre cinghiali morti e positivi al virus a Borgo Valsesca, la Regione ha disposto una zona infetta di 10 km di raggio.

All'interno ricadono 57 allevamenti suinicoli, per un totale di circa 41mila maiali. Movimentazioni bloccate per 40 giorni.

Preoccupati gli allevatori: «Una sola positività in un allevamento significherebbe l'abbattimento di tutti i capi», spiega Carlo Ferrandi, presidente dei suinicoltori pavesi.`,
		"fw7de.txt": `de|Afrikanische Schweinepest in der Lombardei

Italien

Pavia - In der Provinz Pavia sind drei tot aufgefundene Wildschweine positiv auf die Afrikanische Schweinepest getestet worden. Die Behörden richteten rund um den Fundort bei Borgo Valsesca eine infizierte Zone mit einem Radius von zehn Kilometern ein.

In der Zone liegen 75 Schweinebetriebe mit etwa 41.000 Tieren. Die Tiere dürfen 40 Tage lang nicht transportiert werden, die Jagd ist ausgesetzt.

Sonderkommissar Vittorio Lanzi will verhindern, dass das Virus in die Ställe gelangt. Italien kämpft seit 2022 gegen die Seuche.`,
		"fw7en.txt": `en|African swine fever found in wild boar in Italy's Pavia province

Animal health

MILAN - Italian authorities on Tuesday confirmed African swine fever in three wild boar found dead near Borgo Valsesca, in the northern province of Pavia, and set up an infected zone with a 10-km radius.

The zone includes 57 pig farms holding about 41,000 animals. Pig movements are banned for 40 days and hunting has been suspended.

"We must avoid at all costs the virus entering the farms," said special commissioner Vittorio Lanzi. The disease was first found in wild boar in Italy in 2022.`,
	}, map[string][2]string{"fw7de.txt": {"75", "57"}}},
	{"barn-fire-cattle", map[string]string{
		"fw8de1.txt": `de|Großbrand in Unterlaimbach: 38 Rinder verendet

Bezirk Schärding

Freitag, 13. September 2030

Bei einem Großbrand auf einem Bauernhof in Unterlaimbach sind in der Nacht auf Freitag 38 Rinder verendet. 60 Tiere konnten die Feuerwehrleute aus dem brennenden Stall treiben.

Das Feuer war gegen 23.30 Uhr im Heulager ausgebrochen und griff rasch auf den Stall über. Elf Feuerwehren mit rund 190 Mann standen im Einsatz. Der Schaden wird auf rund 1,2 Millionen Euro geschätzt.

Der Landwirt Johann Pichler (54) und sein 27-jähriger Sohn erlitten beim Versuch, die Tiere zu retten, leichte Rauchgasvergiftungen und wurden ins Klinikum Schärding gebracht.

Die Brandursache ist noch unklar, ein Brandsachverständiger ermittelt.`,
		"fw8de2.txt": `de|Stallbrand: Feuerwehren kämpften die ganze Nacht

Oberösterreich

Unterlaimbach. Dramatische Szenen in der Nacht auf Freitag im Innviertel: Auf dem Hof der Familie Pichler brannten Heulager und Rinderstall nieder. Von den 98 Rindern im Stall kamen 38 ums Leben.

Rund 190 Feuerwehrleute aus elf Wehren waren bis in die Morgenstunden im Einsatz. Die Schadenssumme dürfte bei 1,2 Millionen Euro liegen.

Bauer Johann Pichler, 45, und sein Sohn (27) wurden mit Rauchgasvergiftungen ins Spital gebracht. Sie hatten versucht, Tiere aus dem Stall zu holen.`,
		"fw8en.txt": `en|Barn fire kills 38 cattle on Austrian farm

AUSTRIA

VIENNA, Sept 13 (Farm Wire) - Thirty-eight cattle died when fire swept through a barn on a farm in Unterlaimbach, in Upper Austria, overnight on Thursday, firefighters said. Another 60 were led to safety.

Around 190 firefighters from 11 brigades fought the blaze, which started in a hay store at about 11.30 p.m. Damage was put at 1.2 million euros.

The farmer, Johann Pichler, 54, and his 27-year-old son were treated in hospital for smoke inhalation.`,
	}, map[string][2]string{"fw8de2.txt": {"45 years", "54 years"}}},
	{"heath-fire-wittbergen", map[string]string{
		"fw9de.txt": `de|Heidebrand bei Wittbergen: 420 Hektar verbrannt

Landkreis Celle

Seit Sonntag kämpfen Einsatzkräfte gegen einen Großbrand in der Wittberger Heide. Bislang sind nach Angaben des Landkreises rund 420 Hektar Heide und Kiefernwald verbrannt. Rund 650 Feuerwehrleute sind im Einsatz, unterstützt von zwei Löschhubschraubern der Bundeswehr.

Die Löscharbeiten sind schwierig, weil im Boden alte Munition aus dem Zweiten Weltkrieg liegt. Die Einsatzkräfte müssen deshalb einen Sicherheitsabstand von 500 Metern einhalten.

Die 140 Bewohner des Weilers Kleinmoor durften nach einer Nacht in einer Turnhalle am Dienstag in ihre Häuser zurückkehren. "Die Lage ist stabil, aber noch nicht unter Kontrolle", sagte Kreisbrandmeister Jens Harmsen am Mittwoch.

Es ist der größte Heidebrand in Niedersachsen seit 2019, als bei Wittbergen bereits 1300 Hektar in Flammen standen.`,
		"fw9en.txt": `en|Wildfire on German heath burns 420 hectares

Europe

By Laura Benning

A fire on the Wittbergen heath in Lower Saxony has burned more than 400 hectares of heather and pine forest since Sunday, officials said on Wednesday, as some 650 firefighters and two army helicopters battled the flames.

Unexploded World War Two munitions buried in the ground forced crews to stay 500 metres back from parts of the blaze.

"The situation is stable, but not yet under control," said district fire chief Jens Harmsen. The 140 residents of the hamlet of Kleinmoor, evacuated for one night, were allowed home on Tuesday.

It is the largest heath fire in the state since 2019, when 1,300 hectares burned near the same town.`,
		"fw9nl.txt": `nl|Heidebrand in Nedersaksen nog niet onder controle

Buitenland

Bij Wittbergen in de Duitse deelstaat Nedersaksen woedt sinds zondag een grote heidebrand. Volgens de autoriteiten is inmiddels 420 hectare heide en dennenbos in vlammen opgegaan.

Zo'n 650 brandweerlieden en twee legerhelikopters zijn ingezet. Omdat er nog munitie uit de Tweede Wereldoorlog in de grond zit, moeten de blussers op 500 meter afstand blijven.

De 140 inwoners van het gehucht Kleinmoor konden dinsdag na een nacht in een sporthal naar huis.`,
	}, nil},
	{"locusts-sardinia", map[string]string{
		"fw10it1.txt": `it|Invasione di cavallette nel Nuorese, la Regione stanzia 2 milioni

Sardegna

Nuoro, 12 giugno 2031

Per il terzo anno consecutivo le cavallette marocchine hanno invaso le campagne del Nuorese. Sono circa 28.000 gli ettari colpiti in 14 comuni, secondo l'agenzia regionale per l'agricoltura.

La giunta regionale ha stanziato giovedì 2 milioni di euro per gli interventi di contenimento e per i primi ristori. Le cavallette hanno già distrutto circa il 35% dei pascoli della zona.

«Le pecore non hanno più niente da mangiare», denuncia Giovanni Mura, presidente della cooperativa Pastori di Barbagia. Nel 2023 l'invasione aveva interessato circa 50.000 ettari.`,
		"fw10it2.txt": `it|Cavallette, 14 comuni in ginocchio

Il fenomeno

Orgoleddu. Nuvole di insetti sui campi e pascoli ridotti a stoppie: in 14 comuni del Nuorese la situazione è drammatica. Gli ettari interessati sono 28mila, il 35 per cento dei pascoli è andato perduto.

La Regione ha messo sul piatto 2 milioni di euro. «Servono di più», dice Giovanni Mura, 49 anni, allevatore e presidente della cooperativa Pastori di Barbagia, che chiede lo stato di calamità.`,
		"fw10en.txt": `en|Locust swarms hit Sardinian pastures for third year

Europe | Agriculture

ROME - Swarms of Moroccan locusts have invaded about 28,000 hectares of farmland in 14 municipalities around Nuoro, in central Sardinia, for the third year running, regional officials said.

The regional government approved 2 million euros on Thursday for pest control and initial compensation. Around 35% of local pastures have been destroyed.

"The sheep have nothing left to eat," said Giovanni Mura, head of a shepherds' cooperative. In 2023, about 50,000 hectares were affected.`,
		"fw10es.txt": `es|Plaga de langostas en Cerdeña por tercer año consecutivo

Internacional

Roma, 12 jun (Agencia) - Las langostas marroquíes han invadido unas 28.000 hectáreas en 14 municipios de la provincia de Nuoro, en el centro de Cerdeña, por tercer año consecutivo.

El gobierno regional aprobó el jueves una partida de 2 millones de euros para combatir la plaga e indemnizar a los ganaderos.

Según las autoridades, los insectos han destruido ya alrededor del 45 % de los pastos. «Las ovejas no tienen nada que comer», lamentó Giovanni Mura, presidente de una cooperativa de pastores.`,
	}, map[string][2]string{"fw10es.txt": {"45%", "35%"}}},
}
