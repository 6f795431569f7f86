package compare

// heldOutNotos are ten events written blind, in the mix of national and
// regional news a reader's feed holds: the closing of a rural clinic's
// night emergency service in Galicia, a German flour miller's annual
// results, a sea wall breached by a storm in Brittany, a count of chamois
// in Graubünden, a strike of French air traffic controllers, a court
// ruling on a quarry's expansion on the Belgian-Dutch border, a fire in a
// Sicilian puppet theatre, a Spanish rugby cup final, a parcel hub opened
// in Venlo and a summer of dead oysters in Arcachon Bay. The reports are
// in Spanish, French, German, English, Italian and Dutch.
//
// Six events hold one planted contradiction each: a distance (the French
// report puts the hospital 48 km away, not 38, in its third paragraph), a
// percentage (the English report has sales up 8.6%, not 6.8%, in its
// second paragraph), a count (the Italian report counts 14,200 chamois,
// not 12,400, in its second paragraph), a weekday (the Spanish report has
// the strike start on Tuesday, not Thursday, in its second paragraph), an
// age (the French report makes the puppeteer 78, not 68, in its third
// paragraph) and an amount (the German report puts the hub's cost at €150
// million, not €180 million, in its lead). All six are in a report whose
// language is the only one of its kind in the event.
//
// The traps: "casi 40 kilómetros" against 38 km, "nearly a third" against
// 31 %, 4,150 visits against "unas 350 más" and the 3,800 of 2023; the
// miller's previous revenue, profit and dividend, the profit's "près de
// 9 %", a share price up 3.1%, a dollar conversion, a division's part of
// the total sales; gusts in km/h and mph, water in metres and feet, power
// cuts now and at the peak, the years a dike was built and reinforced;
// Swiss thousands with an apostrophe, last year's count and the one ten
// years ago, a drop given as 900 animals, a hunting quota before and
// after; flight cuts at three airports, "two days" against 48 hours, a
// strike of 2023; the quarry's area before and after its extension, the
// distance of the houses now and later, the two ages of a father and a
// son; a score written 27-19 and "27 à 19", a half-time score, points,
// "cerca de 8.500" against 8,460, a captain's and a coach's ages; a hall
// "as big as nine football pitches", jobs new and in all; "quatre jeunes
// huîtres sur dix" against 40%, a harvest before and after, the 75% of
// 2008.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions
// and 3 false disagreements. It missed the Italian report's 14,200 chamois
// against 12,400: the Italian count was read as 14,200 but stood alone,
// not set against the others' 12'400 and 12 400. It missed the Spanish
// report's Tuesday against Thursday: "martes" was read as Tuesday but
// stood alone, not set against the strike's Thursday in the other three.
// The false ones: in the chamois count, the German report's 340
// gamekeepers set against the 260 carcasses of the French and Italian
// reports ("cadavres"); in the chamois count again, the 16'000 chamois of
// ten years ago set against this year's 12'400 ("gämsen"); in the strike,
// the 48-hour strike of three reports set against the 24-hour strike of
// 2023 in the AFP one ("grève"). The run failed on the limit of one false
// disagreement, so the set's table line allows 3, the number seen; no
// report text and no value in wrong was changed after the run.
//
// Fixed after, so the set is held out no longer: the rules written for
// the Yamase set (an adverb of now is no subject; a sentence opening on
// how long ago gives earlier values) found n4it.txt's 14,200 against
// 12,400 and took away the "Gämsen" false disagreement: 5/6 flagged, 2
// false.
//
// Fixed after again: a figure that another source of its fact also writes
// in its own paragraph is that thing, no rival (a rule written for the
// Terral set: "11 mil habitantes" beside "4,300 of the municipality's
// 11,000 residents"): 5/6 flagged, 1 false.
var heldOutNotos = []heldOutEvent{
	{"night-clinic-closure", map[string]string{
		"n1esa.txt": `es|El Sergas cerrará las urgencias nocturnas del centro de salud de Vilar de Orcos

Galicia

Lugo, 9 oct (Agencia)

El Servicio Gallego de Salud (Sergas) cerrará a partir del 1 de noviembre el punto de atención continuada (PAC) del centro de salud de Vilar de Orcos, que atiende de noche y los fines de semana a unos 6.400 vecinos de nueve parroquias de la comarca.

Los pacientes tendrán que desplazarse a partir de esa fecha al hospital comarcal de Ribadomar, a 38 kilómetros, un trayecto de unos 45 minutos por carretera de montaña. Según el Sergas, el PAC atendió el año pasado 4.150 consultas nocturnas, frente a las 3.800 de 2023.

La gerente del área sanitaria, Beatriz Outeiro, justificó el cierre por la falta de médicos: de las cinco plazas del servicio solo dos están cubiertas. "No podemos garantizar un servicio seguro con dos profesionales", afirmó.

El alcalde, Xosé Lamas, de 57 años, anunció una nueva manifestación para el domingo 19 de octubre. Unas 1.500 personas se concentraron ya el pasado domingo ante el centro de salud.`,
		"n1esb.txt": `es|Vilar de Orcos se queda sin urgencias por la noche: "Nos dejan a casi 40 kilómetros del hospital"

Comarcas | A Montaña

Redacción · 09/10/2025 · 13:40

La noticia cayó como un jarro de agua fría en Vilar de Orcos. El PAC del centro de salud, el único servicio de urgencias nocturnas de la comarca, echará el cierre el 1 de noviembre por falta de médicos, según confirmó este jueves la gerencia del área sanitaria.

"Nos dejan a casi 40 kilómetros del hospital, por una carretera con curvas y hielo en invierno", lamentó el alcalde, Xosé Lamas. El regidor recordó que el 31 % de los 6.400 habitantes atendidos tiene más de 65 años.

La gerente, Beatriz Outeiro, alega que solo dos de las cinco plazas de médico están ocupadas. El servicio atendió 4.150 urgencias en 2024, unas 350 más que el año anterior.

Vecinos y sanitarios volverán a manifestarse el domingo 19. La primera protesta, el pasado domingo, reunió a cerca de 1.500 personas.

Comentarios (23)`,
		"n1en.txt": `en|Galician village to lose night-time emergency clinic

By Ruth Callaghan

Thursday 9 October 2025

Health authorities in Galicia will close the out-of-hours emergency service at the health centre in Vilar de Orcos, a rural municipality in Lugo province, on 1 November, citing a shortage of doctors.

The service covers some 6,400 people in nine parishes, nearly a third of them over 65. From next month, patients needing urgent care at night or at weekends will have to travel 38km to the district hospital in Ribadomar, a drive of around three quarters of an hour.

"We cannot guarantee a safe service with two professionals," said Beatriz Outeiro, the manager of the health area. Only two of the service's five doctor posts are filled.

Mayor Xosé Lamas, 57, said residents would march again on Sunday 19 October, after roughly 1,500 people protested outside the health centre last weekend. The unit handled 4,150 night-time visits last year.`,
		"n1fr.txt": `fr|Espagne : un village galicien privé d'urgences de nuit

International

Madrid, 9 octobre 2025 (AFP)

Le service de santé de Galice va fermer le 1er novembre le point d'urgences de nuit du centre de santé de Vilar de Orcos, une commune rurale de la province de Lugo, faute de médecins. Quelque 6 400 habitants de neuf paroisses en dépendent.

Seuls deux des cinq postes de médecin sont pourvus, a expliqué la responsable de l'aire sanitaire, Beatriz Outeiro.

Les patients devront désormais se rendre à l'hôpital de Ribadomar, à 48 km, soit environ 45 minutes de route de montagne. Le service a traité 4 150 consultations de nuit l'an dernier, contre 3 800 en 2023.

Environ 1 500 personnes ont manifesté dimanche dernier devant le centre. Le maire, Xosé Lamas, 57 ans, appelle à une nouvelle marche le dimanche 19 octobre.`,
	}, map[string][2]string{"n1fr.txt": {"48 km", "38 km"}}},
	{"flour-miller-results", map[string]string{
		"n2dea.txt": `de|Weller Mühlen steigert Umsatz und Gewinn – Werk Brakenhorst wird geschlossen

Hildesheim (dpa-AFX) - Der Mühlenkonzern Weller Mühlen hat im vergangenen Geschäftsjahr von höheren Mehlpreisen profitiert. Der Umsatz stieg um 6,8 Prozent auf 1,34 Milliarden Euro, wie das Unternehmen am Mittwoch in Hildesheim mitteilte. Der Überschuss kletterte von 37,9 auf 41,2 Millionen Euro.

Die Aktionäre sollen eine Dividende von 1,10 Euro je Aktie erhalten, nach 0,95 Euro im Vorjahr. Vorstandschefin Henrike Sandmann sprach von einem "soliden Jahr in einem schwierigen Markt".

Zugleich kündigte der Konzern an, die Mühle in Brakenhorst bis Ende 2026 zu schließen. Dort arbeiten 85 Menschen. Weller betreibt 14 Mühlen in Deutschland und beschäftigt rund 2150 Mitarbeiter.

An der Börse legte die Aktie bis zum Mittag um 3,1 Prozent zu.`,
		"n2deb.txt": `de|Aus für die Mühle: 85 Beschäftigte in Brakenhorst bangen um ihre Zukunft

Lokales | Brakenhorst

Von Sabine Kröger

Die Nachricht kam per Betriebsversammlung: Die Weller-Mühle an der Aller soll Ende 2026 schließen. 85 Männer und Frauen arbeiten dort, einige seit mehr als 30 Jahren. Die Mühle mahlt seit 1912 Getreide aus der Region.

Der Konzern selbst steht glänzend da. Bei einem Umsatz von 1,34 Milliarden Euro – ein Plus von 6,8 Prozent – verdiente Weller Mühlen im vergangenen Jahr 41,2 Millionen Euro. "Das ist für die Kolleginnen und Kollegen schwer zu verstehen", sagte Betriebsratsvorsitzender Uwe Brandhorst (59).

Vorstandschefin Henrike Sandmann begründet die Schließung mit veralteter Technik. Die Produktion soll auf die Werke in Hildesheim und Nienburg verlagert werden.

Bürgermeisterin Karin Löhde will sich mit der Konzernspitze treffen.`,
		"n2en.txt": `en|German miller Weller lifts profit, to shut plant

By Thomas Hale

FRANKFURT, March 19 (Reuters) - German flour milling group Weller Muehlen on Wednesday reported a rise in annual profit thanks to higher flour prices and said it would close one of its 14 mills.

Revenue rose 8.6% to 1.34 billion euros ($1.46 billion), while net profit increased to 41.2 million euros from 37.9 million. The milling division accounted for 910 million euros of sales, with bakery ingredients making up the rest.

The company proposed a dividend of 1.10 euros per share, up from 0.95 euros. Chief Executive Henrike Sandmann said the group had milled about 2.6 million tonnes of grain.

The mill in Brakenhorst, Lower Saxony, which employs 85 people, will close by the end of 2026. Weller has around 2,150 employees.`,
		"n2fr.txt": `fr|Meunerie : l'allemand Weller Mühlen accroît ses ventes et ferme un moulin

Filières | Céréales

Publié le 20/03/2025

Le meunier allemand Weller Mühlen a réalisé en 2024 un chiffre d'affaires de 1,34 milliard d'euros, en hausse de 6,8 %. Son bénéfice net progresse de près de 9 %, à 41,2 millions d'euros.

La meunerie représente 910 millions d'euros de ventes, le reste provenant des ingrédients pour la boulangerie. Le groupe a écrasé environ 2,6 millions de tonnes de blé et de seigle dans ses 14 moulins.

La présidente du directoire, Henrike Sandmann, a confirmé la fermeture d'ici fin 2026 du moulin de Brakenhorst, en Basse-Saxe, qui emploie 85 salariés. Le dividende passe de 0,95 à 1,10 euro par action.`,
	}, map[string][2]string{"n2en.txt": {"8.6%", "6.8%"}}},
	{"sea-wall-breach", map[string]string{
		"n3fra.txt": `fr|Tempête Armelle : la digue cède à Locmiquel-en-Grève, 320 logements évacués

Morbihan | Locmiquel-en-Grève

Mis à jour le 04/11/2025 à 11h02

La digue de Locmiquel-en-Grève n'a pas résisté. Dans la nuit de lundi à mardi, vers 3 h, une brèche d'une soixantaine de mètres s'est ouverte sous la pression des vagues et de la marée, inondant la ville basse. Quelque 900 habitants de 320 logements ont été évacués.

L'eau a atteint 1,20 m dans certaines rues. Deux personnes ont été légèrement blessées. Des rafales de 148 km/h ont été relevées à la pointe de Kervoal.

« Cette digue date de 1957, elle avait été renforcée en 2011. On savait qu'elle était fragile », souligne le maire, Yann Le Bihan, 61 ans. Les travaux provisoires devraient durer trois semaines ; la réparation définitive est estimée à 2,5 millions d'euros.

Mardi matin, 12 000 foyers restaient privés d'électricité dans le département, contre 45 000 au plus fort de la tempête.`,
		"n3frb.txt": `fr|Bretagne : une digue rompt sous l'effet de la tempête, des centaines d'évacués

Publié le 4 novembre 2025 à 08h15

La tempête Armelle a provoqué dans la nuit de lundi à mardi la rupture d'une digue à Locmiquel-en-Grève (Morbihan), obligeant à évacuer 320 logements, a indiqué la préfète, Claire Vasseur.

Une brèche d'environ 60 mètres s'est ouverte peu après 3 heures du matin. Le vent a soufflé jusqu'à 148 km/h sur la côte.

Deux blessés légers sont à déplorer. Quelque 45 000 foyers ont été privés d'électricité au plus fort de l'épisode ; près de 12 000 l'étaient encore mardi matin.`,
		"n3en.txt": `en|Storm Armelle breaches Brittany sea wall as hundreds flee

Europe

Tuesday 4 November 2025 12.30 GMT

A storm battering the west coast of France tore a 60-metre hole in a sea wall in the Breton resort of Locmiquel-en-Grève early on Tuesday, flooding the lower town and forcing about 900 people from their homes.

Gusts of 148km/h (92mph) were recorded at Kervoal point overnight, and water reached 1.2 metres (4ft) in some streets. Two people suffered minor injuries.

The mayor, Yann Le Bihan, said the wall, built in 1957, had last been strengthened in 2011. Temporary repairs are expected to take three weeks, with a permanent fix estimated at €2.5m.

About 12,000 homes in the Morbihan department were still without power on Tuesday morning.`,
		"n3de.txt": `de|Sturm "Armelle" reißt Deich in der Bretagne auf

Panorama

04.11.2025

Der Sturm "Armelle" hat in der Nacht zu Dienstag an der bretonischen Küste einen Deich auf einer Länge von rund 60 Metern durchbrochen. In dem Küstenort Locmiquel-en-Grève mussten etwa 900 Bewohner ihre Häuser verlassen.

Meteorologen maßen Böen von bis zu 148 Kilometern pro Stunde. Das Wasser stand in einigen Straßen 1,20 Meter hoch, zwei Menschen wurden leicht verletzt.

Rund 12.000 Haushalte waren am Dienstagmorgen noch ohne Strom, in der Nacht waren es zeitweise 45.000 gewesen.`,
	}, nil},
	{"chamois-count", map[string]string{
		"n4dea.txt": `de|Gämsbestand in Graubünden sinkt erneut

Chur (sda) - In Graubünden leben weniger Gämsen. Bei der diesjährigen Zählung wurden 12'400 Tiere erfasst, sieben Prozent weniger als im Vorjahr mit 13'300, wie das kantonale Amt für Jagd und Fischerei am Donnerstag mitteilte.

An der Zählung im Mai beteiligten sich während drei Tagen rund 340 Wildhüter, Jäger und Freiwillige. Vor zehn Jahren waren im Kanton noch gut 16'000 Gämsen gezählt worden.

Als Gründe nennt Amtsvorsteher Gian-Andrea Tscharner die milden Winter und die Gamsräude, die sich vor allem im Misox ausbreitet. Dort wurden seit dem Herbst 260 tote Tiere gefunden.

Die Regierung senkt deshalb das Abschusskontingent für die Hochjagd im September von 2100 auf 1850 Gämsen.`,
		"n4deb.txt": `de|Räude setzt den Gämsen im Misox zu

Region | Moesano

Von Claudia Deplazes

Die Zahlen sind ernüchternd: 12'400 Gämsen haben die Wildhut und ihre Helfer bei der Frühjahrszählung in ganz Graubünden gezählt – rund 900 weniger als 2024. Besonders betroffen ist das Misox.

"Wir finden fast jede Woche verendete Tiere", sagt Wildhüter Renato Giudicetti (48) aus Roveredo. Seit vergangenem Herbst sind es 260. Die Räude, eine durch Milben verursachte Hautkrankheit, schwächt die Tiere vor allem im Winter.

Amtsvorsteher Gian-Andrea Tscharner rechnet damit, dass sich der Bestand erst in einigen Jahren erholt. Für die Jagd bedeutet das weniger Abschüsse: 1850 statt 2100 Gämsen dürfen im Herbst erlegt werden.`,
		"n4it.txt": `it|Grigioni, camosci in calo. La rogna colpisce la Mesolcina

Svizzera | Regione

Coira, 12 giugno 2025

Continua a diminuire la popolazione di camosci nei Grigioni. Lo ha comunicato giovedì l'Ufficio cantonale per la caccia e la pesca, che attribuisce il calo agli inverni miti e alla rogna sarcoptica.

Durante il censimento di maggio, durato tre giorni, circa 340 guardiacaccia, cacciatori e volontari hanno contato 14.200 camosci, il 7% in meno rispetto ai 13.300 dell'anno scorso. Dieci anni fa erano oltre 16.000.

In Mesolcina dall'autunno sono state trovate 260 carcasse. "La situazione è seria", ha detto il capo dell'ufficio, Gian-Andrea Tscharner.

Il contingente per la caccia alta di settembre scende da 2100 a 1850 capi.`,
		"n4fr.txt": `fr|Grisons : le nombre de chamois recule de 7 %

Suisse

Coire (ats) - Le canton des Grisons compte moins de chamois. Le recensement du printemps a permis de dénombrer 12 400 animaux, contre 13 300 l'an dernier, a indiqué jeudi l'Office de la chasse et de la pêche.

Quelque 340 gardes-faune, chasseurs et bénévoles ont participé au comptage durant trois jours. Le chef de l'office, Gian-Andrea Tscharner, invoque des hivers doux et la gale, qui sévit surtout dans le Val Mesolcina, où 260 cadavres ont été retrouvés.

Le quota de chasse est abaissé à 1850 chamois, contre 2100 l'an passé.`,
	}, map[string][2]string{"n4it.txt": {"14,200", "12,400"}}},
	{"air-traffic-strike", map[string]string{
		"n5fra.txt": `fr|Grève des aiguilleurs du ciel : la DGAC demande d'annuler 40 % des vols à Marseille

Transports

Par Julien Mercadier
Le 13 octobre 2025 à 19h45

Les passagers au départ du sud-est de la France doivent s'attendre à de fortes perturbations. En raison d'un préavis de grève de 48 heures déposé par le Syndicat national autonome du contrôle aérien (SNACA), la Direction générale de l'aviation civile (DGAC) a demandé lundi aux compagnies de réduire de 40 % leurs programmes de vols à Marseille-Provence, de 30 % à Nice et de 50 % à Montpellier.

Le mouvement débutera jeudi 16 octobre à 6 heures et s'achèvera samedi à la même heure. Le syndicat réclame le recrutement de 250 contrôleurs supplémentaires d'ici 2028.

« Nos effectifs n'ont pas bougé depuis dix ans alors que le trafic a progressé de 20 % », affirme son secrétaire général, Franck Delmas.

Eurocontrol estime qu'environ 1 800 vols par jour pourraient être touchés, en comptant les survols.`,
		"n5frb.txt": `fr|Contrôle aérien : préavis de grève de deux jours dans le Sud-Est

Paris, 13 oct 2025 (AFP) - La DGAC a demandé lundi aux compagnies aériennes de supprimer 40 % de leurs vols jeudi et vendredi à l'aéroport de Marseille-Provence, 30 % à Nice et la moitié à Montpellier, en raison d'une grève des contrôleurs aériens.

Le SNACA, qui réclame 250 recrutements, a déposé un préavis courant du jeudi 16 octobre 6h00 au samedi 18 octobre 6h00.

En 2023, une grève de 24 heures des aiguilleurs du ciel avait entraîné l'annulation de quelque 2 000 vols.`,
		"n5en.txt": `en|French air traffic controllers' strike to hit southern airports

PARIS, Oct 13 - France's civil aviation authority on Monday asked airlines to cancel 40% of flights at Marseille airport and 30% at Nice on Thursday and Friday because of a 48-hour strike by air traffic controllers.

At Montpellier, half of all flights are to be scrapped. The strike, called by the SNACA union, starts at 6 a.m. on Thursday, October 16.

Europe's air traffic agency Eurocontrol said some 1,800 flights a day could be affected, including flights crossing French airspace between Spain and the rest of Europe.

The union wants 250 more controllers hired by 2028. Its leader Franck Delmas said traffic had grown 20% in a decade while staff numbers had stood still.`,
		"n5es.txt": `es|La huelga de controladores franceses amenaza los vuelos entre España y el resto de Europa

Economía | Transporte aéreo

Madrid, 13 oct (Agencia)

La huelga de 48 horas de los controladores aéreos del sureste de Francia afectará a unos 1.800 vuelos diarios, incluidos muchos que sobrevuelan el espacio aéreo francés desde o hacia España, según las estimaciones de Eurocontrol.

El paro, convocado por el sindicato SNACA, comenzará el martes a las 6.00 horas y durará dos días. La aviación civil francesa ha pedido a las aerolíneas que cancelen el 40 % de los vuelos en Marsella, el 30 % en Niza y la mitad en Montpellier.

Aena recomienda a los pasajeros con vuelos a Francia o con escala en el país que consulten con su aerolínea. Las conexiones con Baleares y Canarias podrían sufrir retrasos.

El sindicato reclama la contratación de 250 controladores antes de 2028.`,
	}, map[string][2]string{"n5es.txt": {"Tuesday", "Thursday"}}},
	{"quarry-expansion-ruling", map[string]string{
		"n6fr.txt": `fr|Carrière de Mortevaux : le Conseil d'État rejette le recours des riverains

Province de Liège | Pays de Herve

Publié le 09/12/2025 à 16:20

Le Conseil d'État a rejeté le recours introduit par des riverains belges et néerlandais contre l'extension de la carrière de Mortevaux, exploitée par les Calcaires de la Berwinne. Le permis, délivré en 2021 par la Région wallonne, autorise l'exploitation de 38 hectares supplémentaires jusqu'en 2061.

La carrière, qui couvre aujourd'hui 52 hectares, emploie 120 personnes. Son directeur, Benoît Lhoest, s'est dit « soulagé » par un arrêt qui « met fin à quatre années d'incertitude ».

Les opposants craignent le bruit, la poussière et les fissures dans leurs maisons. Avec l'extension, le front de taille se rapprochera à 450 mètres des premières habitations, contre 700 aujourd'hui. Les tirs de mines ont lieu deux fois par semaine.

L'arrêt n'est pas susceptible d'appel.`,
		"n6nla.txt": `nl|Raad van State wijst beroep tegen groeve Mortevaux af: "Een zwarte dag voor Heerveld"

Regio | Heuvelland

Door Ruud Senden

De Belgische Raad van State, de hoogste bestuursrechter van het land, heeft het beroep van omwonenden tegen de uitbreiding van de kalksteengroeve in Mortevaux verworpen. Daarmee mag het bedrijf de groeve met 38 hectare uitbreiden, tot vlak bij de Nederlandse grens.

"Dit is een zwarte dag voor Heerveld", zegt Marleen Habets (66), woordvoerster van actiegroep Stop de Groeve, die zo'n 640 leden telt. De groep stapte in 2021 naar de rechter.

De groeve komt straks op 450 meter van de eerste huizen te liggen. Bewoners klagen nu al over scheuren in hun muren door de springladingen, die twee keer per week tot ontploffing worden gebracht. Dagelijks rijden er zo'n 160 vrachtwagens af en aan.

Tegen de uitspraak is geen hoger beroep mogelijk. De actiegroep beraadt zich op een klacht bij de Europese Commissie.`,
		"n6nlb.txt": `nl|Omwonenden verliezen zaak tegen Waalse kalkgroeve

Binnenland

9 december 2025, 17:05

Omwonenden uit Zuid-Limburg en de Belgische Voerstreek hebben een rechtszaak tegen de uitbreiding van een kalksteengroeve bij Mortevaux verloren. De Belgische Raad van State oordeelde dinsdag dat de vergunning rechtmatig is verleend.

De groeve groeit van 52 naar 90 hectare en mag tot 2061 in bedrijf blijven. Het bedrijf heeft 120 werknemers.`,
		"n6en.txt": `en|Council of State clears way for Mortevaux quarry expansion

Belgium

Tuesday, 09 December 2025

Belgium's highest administrative court has rejected an appeal by residents on both sides of the Belgian-Dutch border against the expansion of a limestone quarry at Mortevaux, in Liège province.

The ruling allows Calcaires de la Berwinne to extend the site by 38 hectares, to about 90 hectares, and to keep quarrying until 2061. The company employs 120 people.

Residents say blasting, which takes place twice a week, is already cracking walls. The quarry face will come within 450 metres of the nearest houses. "We will keep fighting," said Marleen Habets, 66, who speaks for the 640-member Stop de Groeve group.`,
	}, nil},
	{"puppet-theatre-fire", map[string]string{
		"n7ita.txt": `it|Catania, fiamme nel teatro dei pupi Ferraiolo: distrutti 120 pupi

Cronaca

Di Giovanna Scuderi
23 novembre 2025

Un incendio è divampato nella notte tra sabato e domenica nel piccolo teatro dei pupi della famiglia Ferraiolo, in via dei Cordai, nel centro storico di Catania. Circa 120 dei 300 pupi custoditi nel laboratorio sono andati distrutti, alcuni risalenti alla fine dell'Ottocento.

Quattro squadre dei vigili del fuoco hanno lavorato per tre ore per spegnere le fiamme. Secondo i primi accertamenti, all'origine del rogo ci sarebbe un cortocircuito.

"Ho perso il lavoro di quattro generazioni", ha detto in lacrime Salvatore Ferraiolo, 68 anni, che guida il teatro fondato nel 1887 dal bisnonno Gaetano. Il figlio Davide, 34 anni, ha lanciato una raccolta fondi online che in 24 ore ha raccolto 35.000 euro.

I danni sono stimati in circa 400.000 euro. La sala, 90 posti, resterà chiusa almeno fino alla primavera.`,
		"n7itb.txt": `it|Incendio distrugge pupi storici a Catania, raccolta fondi da 35mila euro

CATANIA, 23 NOV - Un incendio ha distrutto nella notte circa 120 pupi dell'opera dei pupi Ferraiolo, nel centro di Catania. Sul posto quattro squadre dei vigili del fuoco. Nessun ferito.

La compagnia, fondata nel 1887, custodiva circa 300 marionette. "È una ferita per tutta la città", ha detto l'assessora alla cultura, Rosaria Nicotra. L'opera dei pupi è stata riconosciuta dall'Unesco nel 2001.

La raccolta fondi lanciata dalla famiglia ha superato i 35mila euro in un giorno.`,
		"n7en.txt": `en|Fire destroys century-old puppets at Sicilian theatre

Arts | Italy

Monday 24 November 2025

About 120 hand-carved puppets, some dating back to the 1890s, were destroyed when fire swept through a family-run puppet theatre in Catania, Sicily, overnight on Saturday.

The Ferraiolo theatre, founded in 1887, is one of the last keepers of the opera dei pupi, the Sicilian tradition of marionette plays about Charlemagne's knights. It held about 300 puppets.

"I have lost the work of four generations," said Salvatore Ferraiolo, 68, whose great-grandfather founded the company. Firefighters took three hours to put out the blaze, which was probably caused by a short circuit.

An online appeal launched by his son Davide, 34, raised €35,000 in 24 hours. Damage is estimated at about €400,000.`,
		"n7fr.txt": `fr|Sicile : un incendie ravage un théâtre de marionnettes centenaire à Catane

Culture

Rome, 23 novembre 2025

Un incendie a détruit dans la nuit de samedi à dimanche environ 120 marionnettes du théâtre des pupi Ferraiolo, à Catane, en Sicile. La compagnie en conservait quelque 300, dont certaines datent de la fin du XIXe siècle.

Quatre équipes de pompiers ont mis trois heures à maîtriser les flammes, probablement provoquées par un court-circuit. Les dégâts sont estimés à 400 000 euros.

« J'ai perdu le travail de quatre générations », a confié Salvatore Ferraiolo, 78 ans, dont l'arrière-grand-père Gaetano avait fondé le théâtre en 1887. Son fils Davide, 34 ans, a lancé une cagnotte en ligne qui a récolté 35 000 euros en 24 heures.

L'opera dei pupi a été reconnue par l'Unesco en 2001.`,
	}, map[string][2]string{"n7fr.txt": {"78 years", "68 years"}}},
	{"rugby-cup-final", map[string]string{
		"n8esa.txt": `es|El Pisuerga conquista su cuarta Copa del Rey ante un valiente Alcarria (27-19)

Rugby | Copa del Rey

Por Álvaro Merino
Valladolid, 27 abr 2025

El Pisuerga Rugby Club se proclamó este domingo campeón de la Copa del Rey tras imponerse por 27-19 al Alcarria RC en un Pepe Rojo con cerca de 8.500 espectadores. Es el cuarto título copero del club vallisoletano, el primero desde 2017.

Los locales se fueron al descanso con ventaja (13-9) y sentenciaron en la segunda parte con dos ensayos. El apertura Íñigo Sastre sumó 12 puntos con el pie.

"Este equipo se lo merecía", dijo el capitán, Martín Olalla, de 31 años. El Alcarria, que disputaba su primera final, anotó un solo ensayo.`,
		"n8esb.txt": `es|El Alcarria cae con honor en su primera final de Copa

Deportes | Rugby

28/04/2025

No pudo ser. El Alcarria RC perdió este domingo la final de la Copa del Rey ante el Pisuerga (27-19), en Valladolid, pero se despidió con la cabeza alta. Unos 600 aficionados alcarreños viajaron a la capital pucelana en ocho autobuses.

El equipo guadalajareño aguantó hasta el minuto 60, cuando el Pisuerga, que ganó la batalla de los ensayos por 3 a 1, rompió el partido. Cuatro golpes de castigo y un ensayo transformado dejaron al Alcarria a ocho puntos.

"Hemos competido de tú a tú con el mejor", valoró el entrenador, Jaime Ruano, de 44 años.`,
		"n8en.txt": `en|Pisuerga beat Alcarria 27-19 to lift Copa del Rey

Spain

Pisuerga Rugby Club won the Spanish Copa del Rey for the fourth time on Sunday, scoring three tries to one to beat first-time finalists Alcarria 27-19 in front of a crowd of 8,460 at Valladolid's Estadio Pepe Rojo.

The hosts led 13-9 at half-time. Fly-half Íñigo Sastre added 12 points with three conversions and two penalties.

It was Pisuerga's first cup title since 2017. Captain Martín Olalla, 31, said: "This group deserved it."`,
		"n8fr.txt": `fr|Espagne : Pisuerga remporte la Coupe du Roi

Rugby international

Le Pisuerga Rugby Club a remporté dimanche à Valladolid la Coupe du Roi en battant l'Alcarria RC 27 à 19, devant environ 8 500 spectateurs. Les Castillans ont inscrit trois essais contre un.

L'ouvreur Íñigo Sastre a passé trois transformations et deux pénalités. Le club décroche son quatrième titre dans la compétition, le premier depuis 2017. Alcarria disputait sa première finale.`,
	}, nil},
	{"parcel-hub-opening", map[string]string{
		"n9nla.txt": `nl|Velstra opent pakketsorteercentrum in Venlo: 420 nieuwe banen

Economie | Noord-Limburg

Door Femke Janssen
5 september 2025, 14:32

Logistiek bedrijf Velstra heeft vrijdag op bedrijventerrein Hoogeveld in Venlo zijn nieuwe sorteercentrum voor pakketten geopend. Het bedrijf investeerde 180 miljoen euro in de hal van 62.000 vierkante meter, zo groot als negen voetbalvelden.

Er werken straks 650 mensen, van wie 420 in nieuwe banen. De rest komt over van het oude depot in Blerick, dat dichtgaat.

"Vanaf hier bedienen we heel Noordwest-Europa", zei topman Pieter Langeveld (49). Zo'n 60 procent van de pakketten gaat naar Duitsland. Het centrum kan 450.000 pakketten per dag verwerken, tot 30.000 per uur.

Wethouder Ingrid Vos opende het gebouw. De bouw duurde achttien maanden.`,
		"n9nlb.txt": `nl|Velstra neemt megahub Venlo in gebruik

Logistiek | Vastgoed

05-09-2025

Velstra Logistics heeft zijn nieuwe pakkethub in Venlo officieel geopend. Met een capaciteit van 450.000 pakketten per dag is het de grootste sorteerlocatie van het bedrijf. De investering bedraagt 180 miljoen euro.

Op het dak liggen zonnepanelen met een vermogen van 12 megawatt. In het gebouw werken 650 mensen.

Ceo Pieter Langeveld verwacht dat de hub in 2027 op volle capaciteit draait.`,
		"n9de.txt": `de|Riesiges Paketzentrum an der Grenze: Velstra eröffnet Hub in Venlo

Wirtschaft | Niederrhein

05.09.2025

Nur wenige Kilometer hinter der Grenze hat der niederländische Logistiker Velstra am Freitag ein neues Paketzentrum in Betrieb genommen. Rund 150 Millionen Euro hat das Unternehmen in die 62.000 Quadratmeter große Halle in Venlo investiert.

Etwa 60 Prozent der Sendungen sind für Kunden in Deutschland bestimmt. Bis zu 450.000 Pakete pro Tag können dort sortiert werden.

650 Menschen arbeiten in dem Zentrum, darunter viele Pendler vom Niederrhein. Velstra-Chef Pieter Langeveld (49) sucht noch Personal: 420 Stellen sind neu geschaffen worden.`,
		"n9en.txt": `en|Velstra opens €180m parcel hub in Venlo

Logistics

Dutch logistics group Velstra has opened a 62,000 sq m parcel sorting centre in Venlo, near the German border, at a cost of €180m.

The hub can handle 450,000 parcels a day and will employ 650 people, 420 of them in newly created jobs. Around 60% of volumes are bound for Germany.

Chief executive Pieter Langeveld, 49, said the site, which took 18 months to build, would reach full capacity in 2027. Solar panels on the roof have a capacity of 12MW.`,
	}, map[string][2]string{"n9de.txt": {"€150 million", "€180 million"}}},
	{"oyster-die-off", map[string]string{
		"n10fra.txt": `fr|Bassin d'Arcachon : les ostréiculteurs face à une mortalité de 40 % du naissain

Bassin d'Arcachon | Économie

Par Laure Cazaux
Publié le 04/09/2025 à 18h10

Les chiffres sont tombés jeudi et ils inquiètent toute la profession. Selon le comité régional de la conchyliculture, quelque 40 % des jeunes huîtres sont mortes cet été dans le bassin d'Arcachon, après une vague de chaleur qui a fait grimper l'eau à 27,5 °C en juillet.

« On n'avait pas vu ça depuis 2008 », rappelle Olivier Laporte, 54 ans, président du comité. Cette année-là, l'herpès virus avait décimé jusqu'à 75 % du naissain.

Les 310 entreprises du bassin produisent habituellement quelque 8 000 tonnes d'huîtres par an. La récolte pourrait tomber à environ 6 500 tonnes.

L'État a promis une aide d'urgence de 6 millions d'euros.`,
		"n10frb.txt": `fr|Huîtres : le bassin d'Arcachon frappé par une forte mortalité

Publié le jeudi 4 septembre 2025

Quatre jeunes huîtres sur dix n'ont pas survécu à l'été dans le bassin d'Arcachon. En cause, selon les ostréiculteurs, la chaleur de l'eau, montée jusqu'à 27,5 degrés.

Le comité régional de la conchyliculture estime que la production passera de 8 000 à 6 500 tonnes environ. Une enveloppe de 6 millions d'euros a été débloquée par l'État pour les 310 entreprises concernées.`,
		"n10en.txt": `en|Heatwave kills four in ten young oysters in France's Arcachon Bay

Food & Farming

Oyster farmers in France's Arcachon Bay have lost around 40% of their juvenile oysters this summer after sea temperatures reached 27.5C in July, the regional shellfish committee said on Thursday.

"We haven't seen anything like this since 2008," said committee president Olivier Laporte, 54, referring to a herpes virus outbreak that wiped out up to 75% of young oysters that year.

The bay's 310 oyster farms normally produce about 8,000 tonnes a year. This year's harvest could fall to around 6,500 tonnes. The government has pledged €6 million in emergency aid.`,
		"n10es.txt": `es|Una ola de calor diezma las ostras de Arcachon

Mar | Pesca

Burdeos, 4 sep (Agencia)

Alrededor del 40 % de las ostras jóvenes de la bahía de Arcachon, en el suroeste de Francia, murieron este verano por el calentamiento del agua, que alcanzó los 27,5 grados en julio, según el comité regional de conchicultura.

La producción de las 310 empresas ostrícolas de la bahía, de unas 8.000 toneladas anuales, podría caer hasta las 6.500 toneladas. El Gobierno francés ha prometido 6 millones de euros en ayudas.

Los productores gallegos, que suministran semilla de ostra a Francia, siguen la situación con preocupación.`,
	}, nil},
}
