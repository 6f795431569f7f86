package compare

// heldOutBentu is a blind held-out set written without reading the
// extraction, matching or grouping code: ten events of mixed national and
// regional news, each reported three or four times in Spanish, German,
// Italian and English. The topics: fourteen miners trapped by a rockfall
// in a Catalan potash mine, an Italian pension reform passed by the lower
// house, a pilots' strike at a German holiday airline, a heatwave putting
// Italian cities on red alert, a seaweed-packaging start-up's funding
// round, a bridge span collapsing into the Trebbia, a Roman mosaic found
// under a vineyard in Extremadura, a mountain stage of an Alpine cycling
// race, the Canary Islands' surgery waiting list, and an elephant calf
// born at a German zoo.
//
// Six contradictions are planted, one in each of the first six events and
// all outside the first paragraph: a duration (bt1de: the miners trapped
// "rund sechs Stunden", 6 hours against 9 hours, in the only German
// report); an amount (bt2en: the reform's cost of €3.2 billion a year
// against €3.8 billion, in the only English report); a percentage (bt3de2:
// a consumer page giving the pilots' demand as 12 Prozent against 9%,
// while bt3de of the same language says 9); a count (bt4en: 21 cities on
// red alert against 18, in the only English report); an age (bt5es: the
// founder Lena Marquardt 38 against 34, in the only Spanish report); a
// date (bt6de: the temporary bridge "bis zum 15. November" against 15
// October, in the only German report). The last four events hold none.
//
// Traps that are no contradiction: nine hours in words and digits, the
// mine shut "at least 48 hours" and "two days", 900 metres and "nearly
// 3,000 feet", 14 trapped and 2 hurt and 49 evacuated of a shift of 63,
// about 30 rescuers, a miner killed in 2021, a miner of 29; 212 votes to
// 147 and 9 abstentions, minimum pensions from €614 to €700 a month, 41
// years of contributions beside a retirement age of 67, "knapp vier
// Milliarden" beside 3,8 Milliarden, 1.9 million of 16 million pensioners,
// 15.6% of GDP; 410 of 620 flights and "rund zwei Drittel", a 9% demand
// against a 4.5% offer, 12 months against two years, 86 flights to Spain
// of which 52 at Palma, a strike of 2028 for two days, compensation up to
// €600; 18 cities in words ("achtzehn", "Diciotto") and up from 12, five on
// orange, 44.7 degrees as "nearly 45" and 112.5F, the 48.8 record of 2021,
// a 20% rise in emergency visits, "between 11 and 18" o'clock; €40 million
// and "about $43 million", €25 million of it for a plant, the €12 million
// of 2028, a co-founder of 41, 85 staff growing to 150 and 60 new jobs,
// "knapp 300 Millionen"; a van driver of 47 and a barman of 63 beside a
// bridge of 1962 "more than sixty years" old, a 60-metre span of 320
// metres (1,050 feet), 25 km and 16 miles, 15 October as "October 15",
// Genoa's 43 dead in 2018, €18 million; 60 square metres and 650 square
// feet, two hectares and five acres, "more than 1,600 years" and "rund
// 1600 Jahre", 23 coins of which 9 gold and 14 bronze, a landowner of 71,
// a find of 1987; 168 km and 104 miles, a winner of 24 with a lead of 26
// seconds, 18 seconds beside 18%, 41 seconds for third and 58 overall, 4
// km and 2.5 miles, Bolzano and Bozen; 41,250 patients as "just over
// 41,000" against 44,800 a year earlier and "rund 3500 weniger", 142 days
// as "almost five months", 121 days nationally, 11,300 over six months,
// 9,870 in orthopaedics, 98,000 awaiting a first appointment, a health
// councillor called "consejera de Sanidad", "regional health chief" and
// "Gesundheitsrätin"; 112 kg and 247 lb, 92 cm and "just over three
// feet", 22 months and "quasi due anni", a mother of 19 and a father of
// 32, the third birth and the first in 11 years, seven elephants, and a
// zoo director called "Zoodirektorin", "la direttrice" and "zoo director".
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and
// 1 false disagreement. It missed the reform's cost ("missed bt2en.txt's
// €3.2 billion against €3.8 billion": the English "cost · amount a year ·
// €3.2 billion a year" stood in a row of its own, apart from the German
// "beziffert · €3.8 billion a year" and the Italian "l'anno · €3.8
// billion", themselves in two rows) and the pilots' demand ("missed
// bt3de2.txt's 12% against 9%": the consumer page's "mehr · 12%" stayed
// apart from "fordert · 9%" of the other three reports). Both misses are
// values left unmatched, not the planted pair in another form, so the
// wrong values are as written before the run. The false one was a date,
// 'date "country": bt4de: Dienstag; bt4en, bt4es: Wednesday': the German
// Tuesday on which nearly 45 degrees were measured, set against the
// Wednesday on which the ministry raised the alert. Grouped with the
// other sets, the 35 reports of 10 events fell into 12 events found,
// B-cubed precision 1.000, recall 0.914. The set stays within its limit of
// one false disagreement, so the table keeps 1. The prescribed command's
// last 40 lines held only the grouping test, which its -run pattern also
// matches, so the same test was run a second time with nothing changed
// to read this set's lines; nothing changed after the run but this
// comment.
var heldOutBentu = []heldOutEvent{
	{"potash-mine-rockfall", map[string]string{
		"bt1es.txt": `es|Rescatados los 14 mineros atrapados por un desprendimiento en una mina de potasa de Súria

Sociedad | Cataluña

Súria (Barcelona), 15 may (Agencia)

Los 14 mineros que habían quedado atrapados la noche del martes por un desprendimiento de rocas en el pozo Vilaret de Súria fueron rescatados en la madrugada de este miércoles, informaron los Bombers de la Generalitat.

Los trabajadores permanecieron unas nueve horas aislados en una galería situada a 900 metros de profundidad, donde tenían aire y agua. Dos de ellos fueron trasladados al hospital de Manresa con heridas leves.

En el turno de noche había 63 trabajadores; los otros 49 fueron evacuados sin problemas. En el rescate participaron una treintena de especialistas de la brigada de salvamento minero.

"Nunca perdimos el contacto con ellos", aseguró el director de la explotación, Jordi Puigvert. La empresa, Potasas del Cardener, que emplea a 1.100 personas, ha suspendido la actividad en el pozo durante al menos 48 horas.

En 2021 un minero murió en un accidente similar en la misma mina.`,
		"bt1es2.txt": `es|"Sabíamos que nos sacarían": nueve horas bajo tierra en el pozo Vilaret

Regió Bages · Comarca

15/05/2030 · 11:32

Abrazos, lágrimas y mantas térmicas. Así recibieron familiares y compañeros a los catorce mineros que salieron a la superficie poco antes de las seis de la mañana, tras quedar atrapados por un derrumbe en el pozo Vilaret de Potasas del Cardener.

Los hombres pasaron nueve horas en una galería a unos 900 metros bajo tierra, separados del resto de la mina por un tapón de roca de casi 20 metros. "Sabíamos que nos sacarían; teníamos agua y la radio funcionaba", contó uno de ellos, Aitor Campos, de 29 años.

Dos mineros fueron atendidos en el hospital de Manresa por contusiones y ya han recibido el alta.

La delegada sindical de CCOO, Montse Ribas, exigió una investigación: "Es el segundo desprendimiento en esta galería en dos años". La mina permanecerá cerrada dos días, según la empresa.

Comentarios (31)`,
		"bt1en.txt": `en|Fourteen miners rescued after nine hours trapped in Spanish potash mine

World | Europe

By our Barcelona correspondent

Fourteen miners trapped by a rockfall nearly 3,000 feet underground in north-eastern Spain were brought to the surface early on Wednesday, Catalonia's fire service said.

The men had been cut off for about 9 hours in a gallery of the Vilaret shaft at Súria, some 70 km (45 miles) north-west of Barcelona, after part of the roof collapsed late on Tuesday. They had air, water and a working radio. Two were taken to hospital in Manresa with minor injuries.

"We never lost contact with them," said mine director Jordi Puigvert. Around 30 mine rescue specialists took part in the operation. The other 49 workers on the night shift were evacuated unhurt.

Potasas del Cardener, which employs about 1,100 people, said work at the shaft would stop for at least two days. A miner was killed in a similar accident at the site in 2021.`,
		"bt1de.txt": `de|Spanien: 14 Bergleute nach Felssturz aus Kalibergwerk gerettet

Panorama

Madrid/Súria – Im Kalibergwerk von Súria in Katalonien sind 14 Bergleute nach einem Felssturz lebend geborgen worden. Sie waren am Dienstagabend in 900 Metern Tiefe von der Außenwelt abgeschnitten worden, wie die katalanische Feuerwehr am Mittwoch mitteilte.

Die Männer saßen rund sechs Stunden in einer Galerie fest, ehe die Retter sie an die Oberfläche bringen konnten. Zwei von ihnen kamen mit leichten Verletzungen in ein Krankenhaus in Manresa. Insgesamt waren rund 30 Grubenwehrleute im Einsatz; die übrigen 49 Arbeiter der Nachtschicht hatten das Bergwerk rechtzeitig verlassen.

"Wir hatten ständig Funkkontakt", sagte Bergwerksleiter Jordi Puigvert. Die Gewerkschaft CCOO forderte eine Untersuchung: Es sei bereits der zweite Steinschlag in diesem Stollen binnen zwei Jahren.

Das Unternehmen Potasas del Cardener mit etwa 1100 Beschäftigten hat den Betrieb in dem Schacht für mindestens 48 Stunden eingestellt. Erst 2021 war in derselben Grube ein Bergmann bei einem ähnlichen Unglück ums Leben gekommen.`,
	}, map[string][2]string{"bt1de.txt": {"6 hours", "9 hours"}}},
	{"italy-pension-reform-vote", map[string]string{
		"bt2it.txt": `it|Pensioni, via libera della Camera alla riforma: minime a 700 euro

Politica

Roma, 7 novembre 2030

La Camera ha approvato giovedì la riforma delle pensioni con 212 voti favorevoli, 147 contrari e 9 astenuti. Il testo passa ora al Senato, che dovrebbe esaminarlo entro metà dicembre.

Il provvedimento porta le pensioni minime da 614 a 700 euro al mese e introduce un'uscita anticipata con 41 anni di contributi, indipendentemente dall'età. L'età di vecchiaia resta fissata a 67 anni.

Secondo la relazione tecnica, la riforma costerà 3,8 miliardi di euro l'anno. Ne beneficeranno circa 1,9 milioni di pensionati, su un totale di 16 milioni.

"È una misura di giustizia per chi ha lavorato una vita", ha detto la ministra del Lavoro Carla Benedetti. Per l'opposizione si tratta invece di "una promessa elettorale pagata dai giovani".

La spesa pensionistica vale oggi circa il 15,6% del Pil, una delle quote più alte dell'Unione europea.`,
		"bt2en.txt": `en|Italian lawmakers back pension overhaul raising minimum payments

Europe | Politics

Rome, Nov 7

Italy's lower house of parliament approved a pension reform on Thursday that raises minimum pensions to €700 a month and lets workers retire after 41 years of contributions regardless of age.

The bill passed by 212 votes to 147, with nine abstentions, and now goes to the Senate, which is expected to vote by mid-December.

The measure will cost the state €3.2 billion a year, according to the government's own estimate, and benefit about 1.9 million of Italy's 16 million pensioners. Minimum pensions currently stand at €614 a month.

"This is a matter of justice for people who have worked all their lives," said Labour Minister Carla Benedetti. The opposition called it "an election promise paid for by the young".

The standard retirement age, raised to 67 under a 2011 reform, is unchanged. Italy spends around 15.6% of its GDP on pensions, one of the highest shares in the European Union.`,
		"bt2de.txt": `de|Italien: Abgeordnetenkammer beschließt teure Rentenreform

Wirtschaft

Rom – Italiens Abgeordnetenkammer hat am Donnerstag eine umstrittene Rentenreform verabschiedet. Für das Gesetz stimmten 212 Abgeordnete, 147 dagegen, neun enthielten sich.

Die Mindestrente steigt von 614 auf 700 Euro im Monat. Wer 41 Beitragsjahre vorweisen kann, soll künftig unabhängig vom Alter in Rente gehen dürfen; das reguläre Rentenalter bleibt bei 67 Jahren.

Die Regierung beziffert die Kosten auf 3,8 Milliarden Euro pro Jahr. Profitieren sollen rund 1,9 Millionen der insgesamt 16 Millionen Rentnerinnen und Rentner.

Arbeitsministerin Carla Benedetti sprach von einer "Frage der Gerechtigkeit". Ökonomen warnen dagegen vor den Folgen für den Haushalt: Knapp vier Milliarden Euro zusätzlich im Jahr seien für ein so hoch verschuldetes Land viel Geld. Schon heute gibt Italien rund 15,6 Prozent seiner Wirtschaftsleistung für Renten aus, mehr als fast jedes andere EU-Land.

Der Senat soll bis Mitte Dezember abstimmen.`,
	}, map[string][2]string{"bt2en.txt": {"€3.2 billion", "€3.8 billion"}}},
	{"sonnair-pilots-strike", map[string]string{
		"bt3de.txt": `de|Pilotenstreik bei Sonnair: 410 Flüge fallen aus

Wirtschaft | Luftfahrt

Frankfurt, 21. März 2031

Ein ganztägiger Streik der Piloten legt am Freitag große Teile des Flugbetriebs der Ferienfluggesellschaft Sonnair lahm. Von 620 geplanten Flügen fallen 410 aus, rund 60.000 Passagiere sind betroffen, wie das Unternehmen mitteilte.

Die Vereinigung Cockpit (VC) hatte die rund 1100 Pilotinnen und Piloten der Airline zum Ausstand von 0 bis 24 Uhr aufgerufen. Die Gewerkschaft fordert 9 Prozent mehr Gehalt bei einer Laufzeit von zwölf Monaten; Sonnair bietet 4,5 Prozent über zwei Jahre.

"Das Angebot gleicht nicht einmal die Inflation aus", sagte VC-Tarifvorstand Henrik Albers. Sonnair-Personalchefin Birgit Haas nannte den Streik "unverhältnismäßig".

Besonders betroffen sind Verbindungen nach Spanien: Allein 86 Flüge nach Mallorca und auf die Kanaren wurden gestrichen. Es ist der erste Pilotenstreik bei Sonnair seit 2028, als die Piloten zwei Tage lang die Arbeit niederlegten.`,
		"bt3de2.txt": `de|Streik am Flughafen: Was Sonnair-Kunden jetzt wissen müssen

Reise & Verbraucher

Wer am Freitag mit Sonnair in den Urlaub fliegen wollte, braucht Geduld: Wegen eines Pilotenstreiks hat die Airline rund zwei Drittel ihrer Flüge abgesagt. Betroffen sind etwa 60.000 Reisende.

Hintergrund ist der Tarifstreit zwischen Sonnair und der Vereinigung Cockpit. Die Gewerkschaft verlangt für die etwa 1100 Piloten 12 Prozent mehr Geld, das Unternehmen hat 4,5 Prozent angeboten.

Passagiere annullierter Flüge können kostenlos umbuchen oder sich den Ticketpreis erstatten lassen. Nach der EU-Fluggastrechteverordnung steht ihnen bei Streiks des eigenen Personals zudem eine Entschädigung von bis zu 600 Euro zu, erklärt Verbraucherschützerin Nadine Roth.

Sonnair rät, vor der Fahrt zum Flughafen den Flugstatus online zu prüfen. Am Samstag soll der Flugplan wieder normal laufen.`,
		"bt3en.txt": `en|German holiday airline Sonnair cancels two-thirds of flights in pilots' strike

Business | Aviation

FRANKFURT, March 21

German leisure carrier Sonnair cancelled 410 of its 620 scheduled flights on Friday as pilots staged a 24-hour strike over pay, affecting some 60,000 passengers.

The Vereinigung Cockpit union, which represents the airline's roughly 1,100 pilots, is seeking a 9% pay rise over 12 months. Sonnair has offered 4.5% spread over two years.

"The offer does not even make up for inflation," union negotiator Henrik Albers said. Sonnair's head of human resources, Birgit Haas, called the walkout "disproportionate".

Routes to Spain were hit hardest, with 86 flights to Majorca and the Canary Islands cancelled. Pilots at the airline last went on strike in 2028, for two days.`,
		"bt3es.txt": `es|Huelga de pilotos en Sonnair: 86 vuelos cancelados a Baleares y Canarias

Economía

Palma, 21 mar (Agencia)

La aerolínea alemana Sonnair ha cancelado este viernes 86 vuelos con origen o destino en Baleares y Canarias por una huelga de 24 horas de sus pilotos, según informó Aena.

En total, la compañía ha suprimido 410 de los 620 vuelos previstos en toda su red, lo que afecta a unos 60.000 pasajeros. En el aeropuerto de Son Sant Joan se cancelaron 52 operaciones.

El sindicato alemán Vereinigung Cockpit reclama una subida salarial del 9 % en un año para los cerca de 1.100 pilotos de la aerolínea, mientras que la empresa ofrece un 4,5 % en dos años.

La Asociación Hotelera de Mallorca lamentó el momento elegido, en plena temporada de Semana Santa en Alemania. Sonnair prevé recuperar la normalidad el sábado.`,
	}, map[string][2]string{"bt3de2.txt": {"12%", "9%"}}},
	{"italy-heatwave-red-alert", map[string]string{
		"bt4it.txt": `it|Caldo record, bollino rosso in 18 città. Punte di 44 gradi in Sicilia

Cronaca

Roma, 17 luglio 2030

L'ondata di calore africano raggiunge il picco: oggi il ministero della Salute ha esteso il bollino rosso, il livello massimo di allerta, a 18 città, da Bolzano a Palermo. Altre 5 sono in bollino arancione.

A Siracusa la colonnina di mercurio ha toccato ieri 44,7 gradi, a Roma 40,2. Il record europeo, 48,8 gradi, fu registrato proprio in provincia di Siracusa nell'agosto 2021.

Diciotto città in allerta massima, contro le 12 di lunedì. Negli ospedali gli accessi al pronto soccorso per malori legati al caldo sono aumentati del 20% rispetto alla settimana scorsa, secondo la Società italiana di medicina d'emergenza. "Bere molto e non uscire nelle ore centrali", raccomanda il presidente Fabio Marini.

Secondo il servizio meteorologico dell'Aeronautica militare, l'anticiclone resterà sull'Italia almeno fino a domenica. Coldiretti stima danni all'agricoltura per oltre 500 milioni di euro.`,
		"bt4de.txt": `de|Hitzewelle in Italien: Was Urlauber jetzt wissen müssen

Reise

Rom – Wer in diesen Tagen in Italien Urlaub macht, muss mit extremer Hitze rechnen. In Sizilien wurden am Dienstag fast 45 Grad gemessen, in Syrakus genau 44,7 Grad.

Das Gesundheitsministerium hat für achtzehn Städte die höchste Warnstufe Rot ausgerufen, darunter Rom, Florenz, Bozen und Palermo. Zwei Tage zuvor waren es noch zwölf. "Das ist keine kurze Spitze, sondern eine lange Hitzewelle", sagt der Klimaforscher Stefano Aricò.

Das Ministerium rät, zwischen 11 und 18 Uhr die direkte Sonne zu meiden und viel zu trinken. Viele Museen und Sehenswürdigkeiten haben ihre Öffnungszeiten angepasst; das Kolosseum öffnet schon um 7.30 Uhr.

Nach Angaben der Meteorologen soll das Hochdruckgebiet mindestens bis Sonntag über Italien bleiben. Den europäischen Hitzerekord von 48,8 Grad hält übrigens ebenfalls Sizilien: Er wurde im August 2021 nahe Syrakus gemessen.`,
		"bt4en.txt": `en|Italy swelters as temperatures near 45C in Sicily

World | Weather

ROME, July 17

Italy's health ministry issued its highest heat alert for much of the country on Wednesday as a heatwave pushed temperatures close to 45C (113F) in Sicily.

The red alert now covers 21 cities, including Rome, Florence, Bologna and Palermo, the ministry said, up from 12 two days ago. Five more cities are on orange alert.

The Sicilian city of Syracuse recorded 44.7C (112.5F) on Tuesday. The European record of 48.8C was set nearby in August 2021.

Hospitals reported a 20% rise in emergency room visits for heat-related illness compared with the previous week. "Drink plenty and stay indoors in the middle of the day," said Fabio Marini, head of the Italian society of emergency medicine.

Forecasters expect the high pressure to last at least until Sunday.`,
		"bt4es.txt": `es|Italia activa la alerta roja por calor en 18 ciudades

Internacional

Roma, 17 jul (Agencia)

El Ministerio de Sanidad italiano elevó este miércoles al nivel rojo, el máximo, la alerta por calor en 18 ciudades del país, entre ellas Roma, Florencia y Palermo, ante una ola de calor que ha llevado los termómetros a casi 45 grados en Sicilia.

En Siracusa se registraron el martes 44,7 grados. En esa misma provincia se midió en agosto de 2021 la temperatura más alta de Europa, 48,8 grados.

Las urgencias hospitalarias han atendido un 20 % más de casos relacionados con el calor que la semana anterior, según la sociedad italiana de medicina de emergencias. Otras cinco ciudades están en alerta naranja.

Los meteorólogos prevén que el anticiclón se mantenga al menos hasta el domingo. En España, la Aemet no descarta que la masa de aire cálido alcance Baleares la próxima semana.`,
	}, map[string][2]string{"bt4en.txt": {"21", "18"}}},
	{"tangwerk-series-b", map[string]string{
		"bt5de.txt": `de|Kieler Start-up Tangwerk sammelt 40 Millionen Euro ein

Wirtschaft | Gründerszene

Kiel, 9. April 2031

Das Kieler Start-up Tangwerk, das Verpackungen aus Algen herstellt, hat in einer Finanzierungsrunde 40 Millionen Euro eingesammelt. Angeführt wird die sogenannte Series B vom niederländischen Fonds Noordzee Ventures, wie das Unternehmen am Mittwoch mitteilte.

Gründerin und Chefin Lena Marquardt (34) will mit dem Geld vor allem expandieren: 25 Millionen Euro fließen in ein zweites Werk im spanischen A Coruña, das 2033 in Betrieb gehen soll. "Algen wachsen ohne Dünger, ohne Süßwasser und ohne Ackerfläche", sagt Marquardt.

Tangwerk beschäftigt derzeit 85 Menschen, bis Ende kommenden Jahres sollen es 150 werden. Das Werk in Kiel produziert jährlich rund 4000 Tonnen Folien und Schalen.

Das Unternehmen wurde 2026 von Marquardt und dem 41-jährigen Chemiker Tobias Ekberg gegründet. In der ersten Runde 2028 hatte Tangwerk 12 Millionen Euro erhalten. Branchenkenner schätzen die Bewertung nun auf knapp 300 Millionen Euro.`,
		"bt5en.txt": `en|Seaweed packaging start-up Tangwerk raises €40m

Tech | Startups

German start-up Tangwerk, which makes packaging from seaweed, has raised €40 million (about $43 million) in a Series B round led by Dutch fund Noordzee Ventures, the company said on Wednesday.

The Kiel-based firm will use €25 million of the money to build a second factory in A Coruña, in north-western Spain, due to open in 2033, chief executive and co-founder Lena Marquardt, 34, told reporters.

"Seaweed grows without fertiliser, without fresh water and without farmland," she said. Tangwerk, founded in 2026 with chemist Tobias Ekberg, 41, employs 85 people and plans to reach 150 by the end of next year.

Its Kiel plant makes about 4,000 tonnes of film and trays a year. The company raised €12 million in an earlier round in 2028. People familiar with the deal put its valuation at close to €300 million.`,
		"bt5es.txt": `es|Una start-up alemana de envases de algas construirá una fábrica en A Coruña

Economía | Galicia

A Coruña, 9 abr (Agencia)

La empresa alemana Tangwerk, que fabrica envases a partir de algas, invertirá 25 millones de euros en una planta en A Coruña que entrará en funcionamiento en 2033 y creará unos 60 empleos.

La compañía, con sede en Kiel, anunció este miércoles que ha cerrado una ronda de financiación de 40 millones de euros liderada por el fondo neerlandés Noordzee Ventures.

Su consejera delegada y cofundadora, Lena Marquardt, de 38 años, explicó que Galicia ofrece "algas de calidad, puerto y talento". Tangwerk, creada en 2026, cuenta con una plantilla de 85 personas y produce unas 4.000 toneladas de envases al año en su fábrica alemana.

La Xunta de Galicia ha calificado el proyecto de estratégico. El puerto de A Coruña cederá a la empresa una parcela de 3 hectáreas en Langosteira.`,
	}, map[string][2]string{"bt5es.txt": {"38 years", "34 years"}}},
	{"trebbia-bridge-collapse", map[string]string{
		"bt6it.txt": `it|Crolla il ponte sul Trebbia a Rivalta, tre feriti

Cronaca | Piacenza

Piacenza, 1 settembre 2030

È crollata all'alba di domenica una campata del ponte sulla provinciale 40 che attraversa il Trebbia a Rivalta, in provincia di Piacenza. Un furgone e un'auto sono precipitati nel letto del fiume: tre le persone ferite.

Il più grave è il conducente del furgone, un uomo di 47 anni, trasportato in elicottero all'ospedale di Parma. Le due donne che viaggiavano nell'auto hanno riportato contusioni.

Il ponte, lungo 320 metri, era stato costruito nel 1962. È crollata la campata centrale, di circa 60 metri. L'ultima ispezione risaliva al 2028. La Procura di Piacenza ha aperto un fascicolo per crollo colposo.

"Ora serve un ponte provvisorio al più presto", ha detto la presidente della Provincia Marta Guidi, che punta ad aprire una struttura temporanea entro il 15 ottobre. Ogni giorno sul ponte passavano circa 6.000 veicoli; la deviazione allunga il percorso di 25 chilometri.`,
		"bt6it2.txt": `it|Rivalta, il giorno dopo il crollo: "Passavo di lì ogni mattina"

Libertà Valtrebbia · Territorio

02/09/2030 · 18:40

Il giorno dopo, sulla sponda del Trebbia restano le transenne e un moncone di cemento. Ieri all'alba la campata centrale del ponte di Rivalta, una sessantina di metri, si è staccata trascinando con sé un furgone e un'utilitaria.

Il conducente del furgone, 47 anni, è ricoverato a Parma in prognosi riservata. "Passavo di lì ogni mattina per andare al lavoro", racconta Giorgio Bersani, 63 anni, titolare di un bar in paese.

Il ponte aveva più di sessant'anni. Per gli abitanti della valle il viaggio verso Piacenza si allunga ora di 25 chilometri, quasi mezz'ora in più.

La Provincia ha annunciato un ponte provvisorio di tipo Bailey entro il 15 ottobre; per quello definitivo servono 18 milioni di euro e almeno tre anni di lavori.`,
		"bt6de.txt": `de|Brücke in Norditalien eingestürzt – drei Verletzte

Panorama

Piacenza – In der norditalienischen Provinz Piacenza ist am Sonntagmorgen ein Teil einer Straßenbrücke über den Fluss Trebbia eingestürzt. Ein Lieferwagen und ein Auto stürzten in das Flussbett, drei Menschen wurden verletzt.

Der 47 Jahre alte Fahrer des Lieferwagens wurde mit einem Hubschrauber in eine Klinik nach Parma geflogen. Eingestürzt war das etwa 60 Meter lange Mittelteil der 320 Meter langen Brücke, die 1962 gebaut worden war.

Die Staatsanwaltschaft ermittelt. Die Brücke war zuletzt 2028 überprüft worden. Erinnerungen werden wach an den Einsturz der Morandi-Brücke in Genua im August 2018, bei dem 43 Menschen starben.

Eine provisorische Behelfsbrücke soll bis zum 15. November fertig sein, kündigte Provinzpräsidentin Marta Guidi an. Bis dahin müssen die täglich rund 6000 Fahrzeuge einen Umweg von 25 Kilometern fahren.`,
		"bt6en.txt": `en|Bridge span collapses in northern Italy, sending van and car into river

World

ROME, Sept 1

The central span of a road bridge over the Trebbia river near Piacenza in northern Italy collapsed at dawn on Sunday, sending a van and a car into the riverbed and injuring three people, officials said.

The van driver, 47, was airlifted to hospital in Parma with serious injuries. Two women in the car were slightly hurt.

The 1,050-foot (320-metre) bridge, built in 1962, was last inspected in 2028. Prosecutors in Piacenza have opened an investigation. About 6,000 vehicles a day used the crossing, and drivers now face a 25 km (16-mile) detour.

The head of the provincial government, Marta Guidi, said a temporary bridge would be in place by October 15. A permanent replacement is expected to cost about €18 million and take at least three years.`,
	}, map[string][2]string{"bt6de.txt": {"15 November", "15 October"}}},
	{"roman-mosaic-vineyard", map[string]string{
		"bt7es.txt": `es|Un agricultor descubre un mosaico romano del siglo IV al plantar viñas en Almendralejo

Cultura

Mérida, 3 mar (Agencia)

Un agricultor de Almendralejo (Badajoz) ha descubierto un mosaico romano del siglo IV mientras preparaba una finca para plantar viñas, informó este lunes la Junta de Extremadura, que ha paralizado las obras y declarado la zona de protección arqueológica.

Los arqueólogos han sacado a la luz unos 60 metros cuadrados de pavimento, con escenas de Baco y de las cuatro estaciones. Junto al mosaico aparecieron 23 monedas, nueve de ellas de oro.

"Es uno de los hallazgos más importantes de la última década en Hispania", afirmó la directora de la excavación, Pilar Montero, de la Universidad de Extremadura. Según sus estimaciones, la villa podría ocupar unas dos hectáreas.

La Junta destinará 150.000 euros a la primera campaña de excavación. En 1987 ya se encontró a pocos kilómetros una necrópolis de la misma época.`,
		"bt7en.txt": `en|Farmer planting vines uncovers Roman mosaic in Spain

Science | Archaeology

A farmer preparing land for a vineyard near Almendralejo in south-western Spain has uncovered a Roman mosaic more than 1,600 years old, regional authorities said on Monday.

Archaeologists have so far exposed about 650 square feet of the floor, which shows the wine god Bacchus surrounded by the four seasons. Twenty-three coins, nine of them gold, were found nearby.

"This is one of the most important finds of the past decade in Roman Spain," said Pilar Montero, the University of Extremadura archaeologist leading the dig. She believes the villa could cover about five acres.

The landowner, Francisco Gil, 71, said his tractor had struck "something hard and flat". The regional government has set aside €150,000 for a first season of excavation.`,
		"bt7de.txt": `de|Römisches Mosaik unter spanischem Weinberg entdeckt

Wissen

Mérida – Beim Anlegen eines Weinbergs in der spanischen Region Extremadura ist ein Landwirt auf ein rund 1600 Jahre altes römisches Mosaik gestoßen. Die Regionalregierung stellte das Gelände bei Almendralejo unter Schutz.

Das Mosaik aus dem 4. Jahrhundert zeigt den Weingott Bacchus und die vier Jahreszeiten. Bislang haben Archäologen rund 60 Quadratmeter freigelegt. Daneben fanden sie 23 Münzen, davon neun aus Gold und 14 aus Bronze.

"Wir stehen erst am Anfang", sagte Grabungsleiterin Pilar Montero von der Universität der Extremadura. Die Villa könnte sich über zwei Hektar erstrecken. Der 71-jährige Grundbesitzer Francisco Gil berichtete, sein Traktor sei "auf etwas Hartes und Flaches" gestoßen.

Für die erste Grabungskampagne stellt die Region 150.000 Euro bereit.`,
	}, nil},
	{"valli-ladine-fedaia-stage", map[string]string{
		"bt8it.txt": `it|Etxeberria conquista la Fedaia e prende la maglia di leader

Sport | Ciclismo

Canazei, 17 aprile 2031

Lo spagnolo Iker Etxeberria ha vinto la quarta tappa del Giro delle Valli Ladine, 168 chilometri da Cortina d'Ampezzo al Passo Fedaia, e ha conquistato la maglia di leader della classifica generale.

Il 24enne della Norvik-Solar ha attaccato a 4 chilometri dall'arrivo sulle rampe più dure della salita finale, 14 chilometri al 7,6% di pendenza media con punte del 18%. Ha chiuso in 4 ore 21 minuti e 37 secondi, con 18 secondi di vantaggio su Matteo Zanon e 41 sul tedesco Lukas Brandner.

"Ho sofferto, ma sapevo che lassù potevo fare la differenza", ha detto Etxeberria. In classifica generale ora precede Zanon di 26 secondi.

Venerdì è in programma l'ultima tappa, 142 chilometri con arrivo a Bolzano. L'anno scorso la corsa fu vinta dal colombiano Andrés Mejía.`,
		"bt8es.txt": `es|Iker Etxeberria gana en la Fedaia y es el nuevo líder en Italia

Deportes | Ciclismo

El ciclista vizcaíno Iker Etxeberria (Norvik-Solar) se impuso este jueves en la cuarta etapa del Giro delle Valli Ladine, disputada entre Cortina d'Ampezzo y el Passo Fedaia, a 2.057 metros de altitud, y se vistió con el maillot de líder.

Etxeberria, de 24 años, atacó a cuatro kilómetros de meta en la subida final, de 14 kilómetros, y cruzó la línea con 18 segundos de ventaja sobre el italiano Matteo Zanon y 41 sobre el alemán Lukas Brandner.

"Es la victoria más bonita de mi carrera", declaró el corredor de Gernika, que el año pasado fue décimo en la Vuelta. En la general aventaja ahora en 26 segundos a Zanon.

La etapa, de 168 kilómetros, se resolvió en algo menos de cuatro horas y veintidós minutos. La carrera termina el viernes en Bolzano.`,
		"bt8en.txt": `en|Etxeberria takes stage and race lead on the Fedaia

Cycling

Spain's Iker Etxeberria won stage four of the Giro delle Valli Ladine on Thursday, attacking on the final climb to the Fedaia pass to take the overall lead.

The 24-year-old Norvik-Solar rider went clear 2.5 miles from the finish on the 14-kilometre ascent, which averages 7.6% and peaks at 18%, and crossed the line 18 seconds ahead of Italy's Matteo Zanon. Germany's Lukas Brandner was third, 41 seconds down.

The 104-mile stage from Cortina d'Ampezzo took the winner 4 hours 21 minutes and 37 seconds.

"I suffered, but I knew that up there I could make the difference," Etxeberria said. He leads Zanon by 26 seconds going into Friday's final stage to Bolzano.`,
		"bt8de.txt": `de|Brandner Dritter am Fedaia – Etxeberria übernimmt Führung

Sport

Canazei – Lukas Brandner hat bei der Rundfahrt Giro delle Valli Ladine auf der Königsetappe einen Podestplatz herausgefahren. Der 27-jährige Allgäuer vom Team Alpenholz wurde am Donnerstag am Passo Fedaia Dritter, 41 Sekunden hinter dem spanischen Sieger Iker Etxeberria.

Der 24-jährige Etxeberria setzte sich vier Kilometer vor dem Ziel ab und gewann mit 18 Sekunden Vorsprung vor dem Italiener Matteo Zanon. Die 168 Kilometer lange vierte Etappe von Cortina d'Ampezzo endete auf 2057 Metern Höhe.

"Mehr war heute nicht drin, die letzten Kilometer mit bis zu 18 Prozent waren brutal", sagte Brandner. In der Gesamtwertung liegt er nun auf Rang drei, 58 Sekunden hinter dem neuen Spitzenreiter.

Am Freitag endet die Rundfahrt in Bozen.`,
	}, nil},
	{"canary-surgery-waiting-list", map[string]string{
		"bt9es.txt": `es|La lista de espera quirúrgica en Canarias baja a 41.250 pacientes

Sociedad | Sanidad

Las Palmas de Gran Canaria, 24 jul (Agencia)

El número de pacientes pendientes de una operación en Canarias se situó en 41.250 a 30 de junio, un 8 % menos que hace un año, cuando eran 44.800, según el informe semestral del Servicio Canario de la Salud presentado este miércoles.

La demora media para ser intervenido es de 142 días, frente a una media nacional de 121. Unos 11.300 pacientes llevan más de seis meses esperando.

Traumatología sigue siendo la especialidad con más pacientes en espera, 9.870, seguida de Oftalmología y Cirugía General.

"Vamos en la buena dirección, pero aún queda mucho", reconoció la consejera de Sanidad, Esther Mendoza, que atribuyó la mejora a las 14.000 operaciones en horario de tarde programadas en el primer semestre. La lista de espera para una primera consulta con el especialista asciende a 98.000 personas.`,
		"bt9en.txt": `en|Canary Islands surgery waiting list falls, but patients still wait almost five months

Canarian News · Health

The number of people waiting for surgery in the Canary Islands has fallen to just over 41,000, the regional health service said on Wednesday, down 8% on a year earlier.

Patients now wait an average of 142 days for an operation, compared with 121 days across Spain. Around 11,300 people have been waiting for more than six months, and orthopaedics has the longest list, with 9,870 patients.

"We are going in the right direction, but there is still a lot to do," said regional health chief Esther Mendoza. She credited 14,000 extra afternoon operations carried out in the first half of the year.

A year ago 44,800 people were on the list. Separately, 98,000 patients are waiting for a first appointment with a specialist. Residents registered on the islands, including foreigners with a health card, are covered by the same waiting times.`,
		"bt9de.txt": `de|Kanaren: Wartezeit auf Operationen sinkt leicht

Kanaren-Kurier · Gesundheit

Die Warteliste für Operationen im öffentlichen Gesundheitswesen der Kanarischen Inseln ist kürzer geworden. Zum 30. Juni warteten 41.250 Patienten auf einen Eingriff, rund 3500 weniger als ein Jahr zuvor, wie der Kanarische Gesundheitsdienst SCS mitteilte.

Im Schnitt dauert es 142 Tage, also fast fünf Monate, bis ein Patient operiert wird. Im spanischen Durchschnitt sind es 121 Tage. Mehr als 11.000 Menschen warten länger als ein halbes Jahr.

Die meisten Patienten stehen in der Unfallchirurgie und Orthopädie auf der Liste: 9870. Gesundheitsrätin Esther Mendoza führte den Rückgang auf zusätzliche Operationen am Nachmittag zurück.

Für Residenten, auch für Deutsche mit Wohnsitz auf den Inseln und Gesundheitskarte, gelten dieselben Wartezeiten. Wer privat versichert ist, wird meist innerhalb weniger Wochen operiert.`,
	}, nil},
	{"auenthal-elephant-calf", map[string]string{
		"bt10de.txt": `de|Elefantenbaby im Tierpark Auenthal geboren

Region | Auenthal

Auenthal, 11. Februar 2031

Im Tierpark Auenthal ist in der Nacht zum Dienstag ein Asiatisches Elefantenkalb zur Welt gekommen. Das Weibchen wog bei der Geburt 112 Kilogramm und ist 92 Zentimeter groß, wie der Zoo mitteilte.

Mutter Sita (19) habe das Jungtier nach knapp 22 Monaten Tragzeit um 3.40 Uhr ohne Komplikationen geboren. "Das Kleine stand nach einer halben Stunde auf eigenen Beinen und trinkt gut", sagte Zoodirektorin Henrike Vollmer.

Es ist erst die dritte Elefantengeburt in der Geschichte des Tierparks und die erste seit elf Jahren. Vater ist der 32 Jahre alte Bulle Rajan, der 2027 aus einem italienischen Zoo nach Auenthal kam. Die Herde zählt nun sieben Tiere.

Ab Samstag können Besucher das Kalb im Elefantenhaus sehen. Über den Namen sollen die Auenthaler online abstimmen.`,
		"bt10it.txt": `it|È nata in Germania la figlia di Rajan, l'elefante partito da Valcastello

Cronaca | Animali

12 febbraio 2031

È una femmina, pesa 112 chili ed è figlia di Rajan, l'elefante asiatico che fino al 2027 viveva nel Parco faunistico di Valcastello. La piccola è nata nella notte tra lunedì e martedì nel Tierpark di Auenthal, in Germania.

La madre, Sita, 19 anni, ha partorito dopo una gravidanza di quasi due anni. "L'elefantina si è alzata dopo mezz'ora e si allatta regolarmente", ha fatto sapere la direttrice del parco tedesco, Henrike Vollmer.

Rajan, oggi 32enne, era stato trasferito in Germania nell'ambito del programma europeo di riproduzione. "Siamo orgogliosi: è il suo primo figlio", dice la responsabile di Valcastello, Chiara Benassi.

Il branco di Auenthal conta adesso sette elefanti. Il pubblico potrà vedere la piccola da sabato.`,
		"bt10en.txt": `en|Baby elephant born at German zoo weighs 247 pounds

Offbeat

A female Asian elephant calf was born at Tierpark Auenthal in Germany early on Tuesday, weighing 112 kg (247 lb) and standing just over three feet tall, the zoo said.

The calf's mother, 19-year-old Sita, gave birth at 3:40 am after a pregnancy of almost 22 months. "The little one was on her feet within half an hour and is drinking well," said zoo director Henrike Vollmer.

It is only the third elephant born at the zoo, and the first in 11 years. The father, 32-year-old bull Rajan, arrived from Italy in 2027. The herd now numbers seven.

Visitors will be able to see the calf from Saturday, and local residents will vote on her name.`,
	}, nil},
}
