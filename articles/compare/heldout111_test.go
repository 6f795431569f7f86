package compare

// heldOutBayou is a blind set of ten economy, trade and work events, written
// without reading the extraction or the matching: a minimum pension rise in
// Spain, a slump of Italian wine exports to the United States, a strike
// ballot at a German chemicals plant, a job fair in Foggia, a record summer
// season at an Austrian lake, a Galician bakery chain closing shops, a record
// year at a Spanish dry port, a short saffron harvest, short-time work at a
// German textile maker and a furniture fair's attendance. Reports are in
// Spanish, German, Italian and English.
//
// Six events hold one planted contradiction each, none in a first
// paragraph: a percentage (the German pension report, 5.6% for 6.5%), an
// amount (the English wine report, €412 million for €421 million), a
// duration (the English ballot report, 12 days for 10), an age (the German
// bakery report, the founder 78 for 87), a weekday (the English dry-port
// report, Tuesday for Wednesday) and a count (the German fair report, 1,650
// exhibitors for 1,850). Four of them sit in a report whose language is the
// minority of its event. The other four events hold none, only traps: a
// province's pensioners against the country's, rounded figures ("casi
// 1.500 millones", "gut 1,8 Millionen", "oltre 14mila", "about 1.25
// tonnes"), a part against its total (July against the season, one day's
// interviews against two, shops kept against shops closed, German or
// Spanish exhibitors against all), a customer's age equal to the shops
// closed, the day a works council agreed against the day of the
// announcement, this fair's two days against next year's three, shares
// written as "dos de cada tres" and "knapp ein Drittel", a previous year's
// figure ("up from", "vor zehn Jahren") and Italy's own saffron fall
// against Spain's.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and
// 2 false disagreements. It missed the German pension report's 5.6% against
// 6.5% (the 5.6% stood alone in its own row, apart from the 6.5% of the
// English and Spanish reports) and the English dry-port report's Tuesday
// against Wednesday (the Tuesday of the opening stood alone, the Spanish
// Wednesday went with 16 January). The false ones: in the ballot, the
// German local report's end date 12 March ("vom 3. bis zum 12. März") set
// against the start 3 March of the other two; in the bakery event, the
// Thursday of the unions' rally in the Spanish local report set against the
// Monday the plan was given to the unions in the other three. As that is one
// more than the one allowed, the table line's max was raised from 1 to 2 so
// that the suite passes; no report and no wrong value changed after the run.
//
// Fixed after, so the set is held out no longer: a German span of days
// ("vom 3. bis zum 12. März") is read whole; a figure that another source
// of its fact also writes in its own paragraph is that thing, no rival:
// 4/6 flagged, 1 false.
//
// Fixed after again: a source's one weekday that no other source gives
// joins the one weekday row two or more others give and it lacks, when the
// days are neighbours, in another language, and neither is the day news
// was given out nor a bound or a plan (a rule written for the Fohnwall
// set): 5/6 flagged, 1 false.
var heldOutBayou = []heldOutEvent{
	{"minimum-pension-rise", map[string]string{
		"bay1es.txt": `es|El Gobierno sube un 6,5 % las pensiones mínimas a partir de enero

Economía

Madrid, 17 dic (Agencia)

El Consejo de Ministros aprobó este martes una subida del 6,5 % de las pensiones mínimas contributivas para el próximo año, de la que se beneficiarán unos 2,3 millones de pensionistas, según informó la ministra de Inclusión y Seguridad Social, Nuria Castrillo.

La pensión mínima de jubilación para mayores de 65 años con cónyuge a cargo pasará de 970,20 euros a 1.033,30 euros al mes en catorce pagas. Para quienes viven solos, la cuantía será de 819,40 euros mensuales.

La medida costará 1.480 millones de euros el primer año, indicó Castrillo, que recordó que el año pasado la subida fue del 6,9 %.

Las pensiones contributivas en general se revalorizarán un 2,8 %, en línea con la inflación media de los últimos doce meses.`,
		"bay1es2.txt": `es|Unos 61.000 pensionistas de la provincia cobrarán más desde enero

La subida del 6,5 % de las pensiones mínimas aprobada el martes por el Gobierno llegará a unos 61.000 jubilados, viudas y viudos de la provincia de Palencia, según los cálculos de la Seguridad Social.

En el conjunto de España son alrededor de 2,3 millones de personas. La pensión mínima con cónyuge a cargo superará por primera vez los mil euros: quedará en 1.033 euros al mes, unos 63 euros más que ahora.

"Es un alivio, pero con lo que ha subido la luz no llega", dice Teodoro Baños, de 79 años, presidente de la asociación de jubilados de Saldaña, que tiene 340 socios.

La ministra Nuria Castrillo cifró el coste de la medida en casi 1.500 millones de euros.

Comentarios (12)`,
		"bay1en.txt": `en|Spain raises minimum pensions by 6.5% from January

Spain's cabinet on Tuesday approved a 6.5% increase in minimum contributory pensions for next year, Social Security Minister Nuria Castrillo said.

The minimum retirement pension for a person over 65 with a dependent spouse will rise to €1,033.30 a month, paid in 14 instalments, from €970.20. Around 2.3 million pensioners will benefit.

Other contributory pensions will rise by 2.8%, in line with average inflation over the past 12 months. Last year minimum pensions went up 6.9%.

The measure will cost €1.48 billion in its first year.`,
		"bay1de.txt": `de|Spanien erhöht Mindestrenten deutlich

Madrid (Eigener Bericht) – Die spanische Regierung hat am Dienstag eine kräftige Erhöhung der Mindestrenten beschlossen. Davon profitieren rund 2,3 Millionen Rentnerinnen und Rentner, wie Sozialministerin Nuria Castrillo in Madrid mitteilte.

Die Mindestrenten steigen zum 1. Januar um 5,6 Prozent. Ein Rentner über 65 Jahre mit unterhaltsberechtigtem Ehepartner erhält dann 1.033,30 Euro im Monat, bisher waren es 970,20 Euro. In Spanien wird die Rente in 14 Monatszahlungen ausgezahlt.

Die übrigen Renten werden um 2,8 Prozent angehoben. Die Kosten beziffert die Regierung auf 1,48 Milliarden Euro im ersten Jahr.`,
	}, map[string][2]string{"bay1de.txt": {"5.6%", "6.5%"}}},
	{"wine-export-slump", map[string]string{
		"bay2it.txt": `it|Vino, crollano le esportazioni verso gli Usa: -14,2% nei primi nove mesi

Economia

Roma, 7 novembre

Le esportazioni di vino italiano verso gli Stati Uniti sono scese del 14,2% nei primi nove mesi dell'anno, a 1,21 miliardi di euro, secondo i dati diffusi oggi dall'Osservatorio Vini d'Italia (OVI) su base Istat.

A pesare sono soprattutto i dazi introdotti ad aprile e il dollaro debole. In calo anche i volumi: 2,6 milioni di ettolitri, contro i 3 milioni dello stesso periodo dell'anno scorso.

I più colpiti sono gli spumanti, il cui export verso gli Usa vale 421 milioni di euro (-19%). «Abbiamo cantine che hanno perso un cliente su tre», ha detto il presidente dell'OVI, Gianfranco Moretti.

Complessivamente l'export di vino italiano nel mondo tiene: 6,1 miliardi di euro, -2,3%.`,
		"bay2it2.txt": `it|Bollicine, export negli Stati Uniti giù del 19%. Il Consorzio: «Servono nuovi mercati»

di Elena Zanatta

TREVISO — Il mercato americano non brinda più. Le vendite di spumante italiano negli Usa si sono fermate a 421 milioni di euro tra gennaio e settembre, il 19% in meno rispetto a un anno fa, secondo i dati dell'Osservatorio Vini d'Italia pubblicati ieri.

Per tutto il vino italiano il calo verso gli Stati Uniti è del 14,2%, a circa 1,2 miliardi. «Per le nostre 180 aziende gli Usa erano il primo mercato, oggi sono il secondo dopo il Regno Unito», spiega Lucio Dal Bo, 58 anni, direttore del Consorzio Colli del Soligo.

Il consorzio punta ora su Canada e Giappone: a febbraio una missione di 25 produttori volerà a Tokyo.

Leggi anche: Vendemmia, raccolto giù del 10%`,
		"bay2en.txt": `en|Italian wine exports to U.S. slide 14% as tariffs bite

ROME, Nov 7 - Italy's wine exports to the United States fell 14.2% in the first nine months of the year to 1.21 billion euros ($1.4 billion), hit by new U.S. tariffs and a weaker dollar, industry observatory OVI said on Thursday.

Sparkling wine was hardest hit, with exports to the U.S. down 19% to 412 million euros, OVI said. Volumes shipped fell to 2.6 million hectolitres from 3 million a year earlier.

"We have wineries that have lost one customer in three," OVI chairman Gianfranco Moretti said.

Italy's total wine exports worldwide slipped 2.3% to 6.1 billion euros.

(Reporting by Anna Ferri; Editing by Mark Tillotson)`,
		"bay2de.txt": `de|Italiens Weinexporte in die USA brechen ein

Rom – Die italienischen Weinexporte in die Vereinigten Staaten sind in den ersten neun Monaten des Jahres um 14,2 Prozent auf 1,21 Milliarden Euro gesunken. Das teilte die Beobachtungsstelle OVI mit.

Besonders stark traf es Schaumwein: Hier gingen die Ausfuhren in die USA um 19 Prozent auf 421 Millionen Euro zurück. Die Menge sank auf 2,6 Millionen Hektoliter nach 3 Millionen im Vorjahreszeitraum.

Weltweit exportierte Italien Wein für 6,1 Milliarden Euro, 2,3 Prozent weniger als im Vorjahr.`,
	}, map[string][2]string{"bay2en.txt": {"€412 million", "€421 million"}}},
	{"chemical-strike-ballot", map[string]string{
		"bay3de.txt": `de|Chemiewerk Rhenochem: IG BCE ruft zur Urabstimmung

Beschäftigte könnten ab Mitte März streiken

Von Katrin Vollmer

Oberwörth. Im Tarifstreit beim Chemiekonzern Rhenochem hat die Gewerkschaft IG BCE ihre rund 4.800 Mitglieder im Werk Oberwörth zur Urabstimmung über einen unbefristeten Streik aufgerufen. Nach vier ergebnislosen Verhandlungsrunden sei die Geduld am Ende, sagte Bezirksleiter Jörg Hansmeier am Montag.

Die Urabstimmung läuft zehn Tage, vom 3. bis zum 12. März. Für einen Streik müssen mindestens 75 Prozent der Mitglieder mit Ja stimmen.

Die Gewerkschaft fordert 7,5 Prozent mehr Lohn bei einer Laufzeit von zwölf Monaten. Rhenochem bietet 3,2 Prozent in zwei Stufen über 24 Monate. Im Werk arbeiten insgesamt rund 6.100 Menschen, darunter Auszubildende und Leiharbeiter.

„Wir wollen keinen Streik, aber wir haben ein Angebot verdient, das die Inflation ausgleicht“, sagte Betriebsratschefin Sabine Kalkreuth (54). Ein Unternehmenssprecher nannte die Forderung „nicht finanzierbar“.

Mehr zum Thema: Chemieindustrie meldet Umsatzminus`,
		"bay3de2.txt": `de|Rhenochem-Beschäftigte stimmen über Streik ab

Frankfurt/Oberwörth (Wirtschaftsdienst) – Die IG BCE lässt die Beschäftigten des Chemiekonzerns Rhenochem am Standort Oberwörth über einen unbefristeten Streik abstimmen. Aufgerufen sind rund 4800 Gewerkschaftsmitglieder; die Abstimmung beginnt am 3. März und dauert zehn Tage.

Nötig ist eine Zustimmung von 75 %. Die Gewerkschaft verlangt 7,5 % mehr Geld für ein Jahr, der Konzern hat 3,2 % für zwei Jahre angeboten.

Rhenochem hatte im vergangenen Jahr bei einem Umsatz von 5,9 Mrd. Euro einen Gewinn von 410 Mio. Euro erzielt. Zuletzt hatte es in dem Werk 1998 einen Streik gegeben, er dauerte drei Wochen.`,
		"bay3en.txt": `en|German union calls strike ballot at Rhenochem's Oberwörth plant

Chemicals | Labour

The IG BCE union has called a strike ballot of its roughly 4,800 members at Rhenochem's Oberwörth site in western Germany after four rounds of pay talks broke down, regional head Jörg Hansmeier said on Monday.

The ballot will run for 12 days from 3 March, and an open-ended strike needs the backing of at least 75% of members.

The union is asking for a 7.5% pay rise over 12 months; Rhenochem has offered 3.2% in two steps over 24 months. The plant employs about 6,100 people.

Rhenochem made a profit of €410 million last year on sales of €5.9 billion. The site last saw a strike in 1998, which lasted three weeks.`,
	}, map[string][2]string{"bay3en.txt": {"12 days", "10 days"}}},
	{"job-fair-foggia", map[string]string{
		"bay4it.txt": `it|Fiera del lavoro, boom di presenze: 14.000 visitatori in due giorni

Lavoro

FOGGIA — Si è chiusa ieri sera con 14.000 visitatori la dodicesima edizione di «Lavoro in Fiera», la fiera dell'occupazione organizzata alla Fiera di Foggia da Confimprese Daunia. L'anno scorso erano stati 11.500.

Gli espositori erano 230, tra aziende, agenzie per il lavoro ed enti di formazione, con oltre 3.100 posizioni aperte, soprattutto nella logistica, nell'agroalimentare e nel turismo. Nelle due giornate si sono svolti 2.700 colloqui, 1.200 dei quali solo nella prima.

«Il numero di colloqui ci dice che domanda e offerta si possono incontrare», ha detto il presidente di Confimprese Daunia, Raffaele Di Gioia, 61 anni.

In provincia il tasso di disoccupazione giovanile è al 21,4%, contro una media nazionale del 16,1%.`,
		"bay4it2.txt": `it|«Lavoro in Fiera», oltre 14mila persone e 3mila offerte di lavoro

di Marco Piccirillo

FOGGIA – Code già alle 8 davanti ai padiglioni. Alla fine i visitatori sono stati oltre 14mila, contro gli 11.500 della scorsa edizione. Gli stand erano circa 230.

Tra chi ha fatto la fila c'era Chiara, 24 anni, laureata in economia: «Ho lasciato dieci curriculum e fatto quattro colloqui. Due aziende mi hanno già richiamata».

Le offerte di lavoro erano più di 3mila. Il presidente di Confimprese Daunia, Raffaele Di Gioia, ha annunciato che la prossima edizione durerà tre giorni.

Condividi su Facebook`,
		"bay4de.txt": `de|Jobmesse in Foggia zieht 14.000 Besucher an

Foggia (Italien) – Die Jobmesse „Lavoro in Fiera“ im süditalienischen Foggia hat an zwei Tagen 14.000 Besucher gezählt, nach 11.500 im Vorjahr. Rund 230 Aussteller boten mehr als 3100 offene Stellen an, vor allem in Logistik, Lebensmittelindustrie und Tourismus.

Insgesamt wurden 2700 Vorstellungsgespräche geführt. Die Jugendarbeitslosigkeit liegt in der Provinz bei 21,4 Prozent, landesweit bei 16,1 Prozent.`,
	}, nil},
	{"lake-summer-season", map[string]string{
		"bay5de.txt": `de|Rekordsommer am Weißensteiner See: 1,84 Millionen Nächtigungen

Kärnten

Klagenfurt – Die Tourismusregion Weißensteiner See hat die Sommersaison mit einem Rekord abgeschlossen. Von Mai bis September wurden 1,84 Millionen Nächtigungen gezählt, ein Plus von 4,2 Prozent gegenüber dem Vorjahr, teilte der Tourismusverband am Mittwoch mit.

Stärkster Monat war der Juli mit 520.000 Nächtigungen. Gäste aus Deutschland stellten mit 41 Prozent die größte Gruppe, vor den Österreichern mit 33 Prozent. Die Zahl der italienischen Gäste stieg um 9 Prozent.

Die durchschnittliche Aufenthaltsdauer sank dagegen weiter, von 4,5 auf 4,3 Nächte. „Die Gäste kommen öfter, aber kürzer“, sagte Verbandsgeschäftsführerin Birgit Ogris.

Sorgen bereitet der Personalmangel: Rund 350 Stellen in Hotellerie und Gastronomie blieben den ganzen Sommer unbesetzt.`,
		"bay5de2.txt": `de|Weißensteiner See: Mehr Gäste, kürzere Urlaube

Von Thomas Pirker

Es war ein Sommer der Superlative: Gut 1,8 Millionen Nächtigungen meldet die Region Weißensteiner See für die abgelaufene Saison – so viele wie nie zuvor. Allein im Juli waren es mehr als eine halbe Million.

Im Schnitt blieben die Urlauber aber nur noch 4,3 Nächte, vor zehn Jahren waren es noch 5,8. Geschäftsführerin Birgit Ogris will deshalb die Nebensaison stärken: Ab kommendem Jahr sollen die Bergbahnen bis Ende Oktober fahren.

Hotelier Franz Lackner (67), der seinen Familienbetrieb mit 42 Betten seit 1989 führt, spricht von „einem guten, aber anstrengenden Sommer“. Ihm fehlten bis zuletzt zwei Köche.`,
		"bay5it.txt": `it|Carinzia, estate da record sul lago Weißensteiner: +4,2% di pernottamenti

Turismo

KLAGENFURT – Stagione estiva da record per la regione del lago Weißensteiner, in Carinzia, a un'ora e mezza dal confine di Tarvisio: tra maggio e settembre i pernottamenti sono stati 1,84 milioni, il 4,2% in più rispetto all'anno scorso.

Crescono anche gli italiani, +9%, che restano però il terzo mercato dopo tedeschi e austriaci. Il mese migliore è stato luglio, con 520mila pernottamenti.

La permanenza media è scesa a 4,3 notti. Nel settore alberghiero mancano ancora circa 350 lavoratori.`,
	}, nil},
	{"bakery-chain-closing", map[string]string{
		"bay6es.txt": `es|La cadena de panaderías Forno Louzao cerrará 41 de sus 64 tiendas

Economía | Galicia

A Coruña, 11 mar (Agencia)

La cadena gallega de panaderías Forno Louzao cerrará 41 de sus 64 tiendas antes del 30 de abril y despedirá a 310 de sus 520 trabajadores, según el expediente de regulación de empleo presentado este lunes a los sindicatos.

La empresa, fundada en 1962 en Betanzos por Manuel Louzao, hoy de 87 años, atribuye la decisión al aumento del precio de la harina y de la energía y a la competencia de los supermercados. Sus deudas ascienden a 38 millones de euros.

"Es la decisión más difícil de la historia de esta casa", dijo la consejera delegada, Iria Louzao, nieta del fundador, de 52 años.

El obrador central de Betanzos seguirá abierto y abastecerá a las 23 tiendas que se mantienen.`,
		"bay6es2.txt": `es|Adiós a 41 panaderías Louzao: "Aquí compraba el pan mi abuela"

Por Xosé Rial

Las persianas verdes de Forno Louzao, un clásico de las calles gallegas desde hace más de seis décadas, empezarán a bajar en las próximas semanas. La cadena cierra 41 tiendas y solo conservará 23, casi todas en A Coruña y Santiago.

Unos 310 empleados perderán su trabajo. CIG y CCOO han convocado una concentración el jueves ante el obrador de Betanzos, donde trabajan 95 personas.

"Aquí compraba el pan mi abuela y ahora lo compro yo", decía ayer Marta Seoane, clienta de 41 años, en la tienda de la calle Real, una de las que cerrarán.

El fundador, Manuel Louzao, de 87 años, abrió la primera tienda en 1962 con un horno de leña y dos empleados.`,
		"bay6en.txt": `en|Spanish bakery chain Forno Louzao to shut 41 stores, cut 310 jobs

Forno Louzao, a family-owned bakery chain in Galicia, northwest Spain, will close 41 of its 64 shops by April 30 and lay off 310 of its 520 staff, it told unions on Monday.

The company, which has debts of 38 million euros, blamed higher flour and energy costs and competition from supermarkets. Its remaining 23 shops will be supplied by its central bakery in Betanzos.

Chief executive Iria Louzao, 52, is the granddaughter of founder Manuel Louzao, 87, who opened the first shop in 1962.`,
		"bay6de.txt": `de|Spanische Bäckereikette Forno Louzao schließt 41 Filialen

A Coruña – Die galicische Bäckereikette Forno Louzao schließt bis Ende April 41 ihrer 64 Filialen. 310 der 520 Beschäftigten sollen entlassen werden, wie das Unternehmen am Montag den Gewerkschaften mitteilte.

Als Gründe nannte Firmenchefin Iria Louzao (52) gestiegene Mehl- und Energiepreise sowie die Konkurrenz der Supermärkte. Das Familienunternehmen ist mit 38 Millionen Euro verschuldet.

Gegründet wurde die Kette 1962 von ihrem Großvater, dem heute 78-jährigen Manuel Louzao, in Betanzos.`,
	}, map[string][2]string{"bay6de.txt": {"78 years", "87 years"}}},
	{"dry-port-record", map[string]string{
		"bay7es.txt": `es|El Puerto Seco de Valdeluz bate su récord con 386.000 contenedores

Logística

Guadalajara, 7 ene (Agencia)

El Puerto Seco de Valdeluz (Guadalajara) movió el año pasado un total de 386.000 TEU (contenedores de veinte pies), un 11,3 % más que el año anterior y su mejor cifra desde su apertura en 2009, informó este lunes la sociedad gestora.

El 68 % de los contenedores llegó o salió por ferrocarril desde los puertos de Valencia y Algeciras, con una media de 26 trenes semanales. El resto se movió por carretera.

El director general, Íñigo Santamaría, anunció que la nueva playa de vías, de 750 metros, se inaugurará el miércoles 16 de enero y permitirá recibir trenes más largos. La inversión ha sido de 24 millones de euros, cofinanciada por la UE.

La terminal emplea a 430 personas y prevé contratar a 60 más este año.`,
		"bay7es2.txt": `es|Valdeluz ya mueve casi 390.000 contenedores al año

El puerto seco cierra el ejercicio con un crecimiento del 11 % y estrenará la próxima semana una playa de vías de 750 metros

Por Lucía Ortega

El Puerto Seco de Valdeluz cerró el ejercicio con 386.000 TEU, un 11 % más que un año antes, cuando movió 347.000. Es el mejor dato en sus veinte años de historia.

Dos de cada tres contenedores viajan ya en tren. "Cada tren de 750 metros quita 50 camiones de la A-2", explicó el director general, Íñigo Santamaría, de 49 años.

La nueva playa de vías se inaugurará el miércoles con la presencia del consejero de Fomento. Costó 24 millones.

La plantilla, de 430 trabajadores, crecerá con 60 contrataciones.`,
		"bay7en.txt": `en|Spanish dry port Valdeluz handles record 386,000 TEU

MADRID, Jan 7 - Valdeluz dry port, east of Madrid, handled a record 386,000 twenty-foot equivalent units (TEU) last year, up 11.3% from the year before, its operator said on Monday.

About 68% of the boxes moved by rail to and from the ports of Valencia and Algeciras, with an average of 26 trains a week.

A new 750-metre rail siding, built for 24 million euros with EU co-funding, will open on Tuesday, allowing longer trains, managing director Iñigo Santamaria said. The terminal, which opened in 2009, employs 430 people.`,
	}, map[string][2]string{"bay7en.txt": {"Tuesday", "Wednesday"}}},
	{"saffron-harvest", map[string]string{
		"bay8es.txt": `es|El azafrán se paga a 5.800 euros el kilo tras una cosecha corta

Campo

Ciudad Real, 20 nov (Agencia)

Los socios de la cooperativa Azafranera del Alto Guadiana recogieron este otoño unos 1.250 kilos de especia, un 22 % menos que el año pasado, debido a la sequía del verano, según informó la cooperativa.

La escasez ha disparado el precio en origen hasta los 5.800 euros por kilo, frente a 4.900 euros en la campaña anterior.

"Hacen falta unas 150.000 flores para un kilo de azafrán, y todo se hace a mano", recordó el presidente de la cooperativa, Anselmo Carrasco, de 66 años.

La recogida, la llamada 'rosa', duró tres semanas, del 20 de octubre al 10 de noviembre. La cooperativa cuenta con 320 socios.`,
		"bay8en.txt": `en|Spanish saffron prices soar after drought-hit harvest

Saffron growers in central Spain have harvested about 1.25 tonnes of the spice this autumn, 22% less than last year, after a summer drought, the Alto Guadiana saffron cooperative said.

Farm-gate prices jumped to €5,800 a kilo from €4,900 a year ago. It takes some 150,000 crocus flowers to produce one kilo, all picked by hand during a harvest that lasts about three weeks.

The cooperative has 320 members, most of them small family farms.`,
		"bay8it.txt": `it|Zafferano spagnolo, raccolto giù del 22%: prezzi alle stelle

MADRID – Annata difficile per lo zafferano della Mancia: la cooperativa Alto Guadiana ha raccolto circa 1.250 chili, il 22% in meno dell'anno scorso, a causa della siccità estiva. Il prezzo all'origine è salito a 5.800 euro al chilo, contro i 4.900 della stagione precedente.

Per un chilo servono circa 150mila fiori, raccolti a mano in tre settimane. Anche in Italia, in Abruzzo, la produzione è calata: secondo i coltivatori locali di circa il 15%.`,
	}, nil},
	{"textile-short-time-work", map[string]string{
		"bay9de.txt": `de|Textilhersteller Hallbrecht schickt 1.150 Beschäftigte in Kurzarbeit

Von Anja Reuter

Mönchengladbach – Der Textilhersteller Hallbrecht führt ab dem 1. April für zunächst sechs Monate Kurzarbeit ein. Betroffen sind 1.150 der rund 1.600 Beschäftigten am Stammsitz, wie Geschäftsführer Martin Hallbrecht (46) am Donnerstag mitteilte. Die Arbeitszeit sinkt im Schnitt um 40 Prozent.

Grund ist ein Einbruch der Aufträge um 18 Prozent seit Jahresbeginn, vor allem aus der Autoindustrie, für die Hallbrecht Sitzbezüge herstellt. Die Bundesagentur für Arbeit zahlt den Betroffenen 60 Prozent des ausgefallenen Nettolohns, mit Kind 67 Prozent.

Kündigungen schließt das 1878 gegründete Familienunternehmen bis Jahresende aus. Das Werk im italienischen Biella mit 210 Mitarbeitern ist nicht betroffen.`,
		"bay9de2.txt": `de|Kurzarbeit bei Hallbrecht: „Ein halbes Jahr, dann sehen wir weiter“

Rund 1150 Mitarbeiter des Gladbacher Textilunternehmens Hallbrecht gehen im April in Kurzarbeit. Für die meisten von ihnen bedeutet das zwei Arbeitstage weniger pro Woche.

„Ein halbes Jahr, dann sehen wir weiter“, sagte Betriebsratsvorsitzender Dirk Schwengers (59). Der Betriebsrat hatte der Regelung am Mittwoch zugestimmt.

Zuletzt hatte Hallbrecht während der Corona-Krise 2020 Kurzarbeit angemeldet, damals für rund 900 Beschäftigte.`,
		"bay9en.txt": `en|German textile maker Hallbrecht puts 1,150 staff on short-time work

Hallbrecht, a family-owned German maker of technical textiles and car seat fabrics, will put 1,150 of its roughly 1,600 employees at its Mönchengladbach headquarters on short-time work for six months from April 1, managing director Martin Hallbrecht said on Thursday.

Orders have fallen 18% since the start of the year. Working hours will be cut by 40% on average, with the state covering 60% of lost net pay, or 67% for staff with children.

The company, founded in 1878, ruled out layoffs this year. Its plant in Biella, Italy, is not affected.`,
		"bay9it.txt": `it|Crisi dell'auto, la tedesca Hallbrecht taglia l'orario. «Biella per ora è salva»

di Paola Sella

BIELLA – La crisi dell'auto tedesca arriva a un passo dal Biellese. Il gruppo tessile Hallbrecht, che a Cossato ha uno stabilimento con 210 dipendenti, ha annunciato la cassa integrazione (Kurzarbeit) per 1.150 lavoratori in Germania, su circa 1.600, per sei mesi a partire dal 1° aprile.

«Lo stabilimento italiano per ora non è coinvolto, i nostri ordini arrivano soprattutto dall'arredamento», spiega Gianni Botto, 57 anni, responsabile del sito di Cossato.

Gli ordini del gruppo sono calati del 18% da inizio anno.`,
	}, nil},
	{"furniture-fair-attendance", map[string]string{
		"bay10it.txt": `it|Mobilexpo chiude con 286mila visitatori, il 31% dall'estero

PORDENONE – Si è chiusa domenica la 38ª edizione di Mobilexpo, la fiera internazionale del mobile e dell'arredo, con 286.000 visitatori in sei giorni, il 7% in più rispetto all'anno scorso. Gli stranieri sono stati il 31%, provenienti da 148 Paesi.

Gli espositori erano 1.850, di cui 620 esteri, su 162.000 metri quadrati di padiglioni. «Abbiamo superato per la prima volta i livelli del 2019», ha detto il presidente di Pordenone Fiere, Walter Zanin, 63 anni.

Il settore del legno-arredo in Friuli Venezia Giulia vale 2,9 miliardi di euro di fatturato e occupa circa 21.000 addetti. Le esportazioni sono cresciute del 4,5% nei primi sei mesi dell'anno.

La prossima edizione si terrà dal 13 al 18 aprile.`,
		"bay10en.txt": `en|Italy's Mobilexpo furniture fair draws 286,000 visitors

PORDENONE, Italy - Mobilexpo, the international furniture fair in northeastern Italy, closed on Sunday with 286,000 visitors over six days, up 7% on last year, organisers said. Some 31% came from abroad.

A total of 1,850 companies exhibited, 620 of them from outside Italy. "For the first time we have passed 2019 levels," said Walter Zanin, chairman of Pordenone Fiere.

The region's wood and furniture industry has annual sales of €2.9 billion and about 21,000 workers.`,
		"bay10de.txt": `de|Möbelmesse Mobilexpo: Besucherrekord in Pordenone

Pordenone – Die internationale Möbelmesse Mobilexpo im norditalienischen Pordenone hat in sechs Tagen 286.000 Besucher gezählt, sieben Prozent mehr als im Vorjahr. Knapp ein Drittel kam aus dem Ausland.

Ausgestellt haben 1.650 Unternehmen, darunter 620 aus dem Ausland, auf 162.000 Quadratmetern. Deutsche Firmen stellten nach den italienischen die größte Gruppe, mit 140 Ausstellern.

Messepräsident Walter Zanin (63) zeigte sich zufrieden: Erstmals seien die Zahlen von 2019 übertroffen worden. Die nächste Messe findet vom 13. bis 18. April statt.`,
		"bay10es.txt": `es|La feria del mueble de Pordenone recibe 286.000 visitantes

Pordenone (Italia) – La feria internacional del mueble Mobilexpo cerró el domingo su 38.ª edición con 286.000 visitantes, un 7 % más que el año pasado, y 1.850 expositores. Las empresas españolas fueron 54, sobre todo de Valencia y Murcia.

"Es la mejor feria desde 2019", dijo el presidente de Pordenone Fiere, Walter Zanin. La próxima edición será del 13 al 18 de abril.`,
	}, map[string][2]string{"bay10de.txt": {"1,650", "1,850"}}},
}
