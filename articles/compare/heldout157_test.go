package compare

// heldOutScirocco is a blind held-out set written without reading the
// extraction, matching or grouping code: ten events of mixed national and
// regional news, each reported three or four times in German, Italian,
// Spanish and English (two Italian reports of the quarry rockslide, two
// Spanish of the pension vote, two German of the rail strike). The
// topics: an excavator operator buried for four hours by a rockslide in a
// porphyry quarry at Albiano in Trentino, Spain's lower house voting a 9%
// rise in minimum pensions, a 48-hour strike of German train staff, the
// drought on the Po forcing water rationing, a Munich chipmaker breaking
// ground on a €4.6 billion plant in Dresden, the closure of an A26
// viaduct on the way to Genoa for the summer, a Roman merchant ship found
// off Cabrera, the women's downhill at the Alpine world championships in
// Garmisch-Partenkirchen, a report on Italy's emergency rooms, and a panda
// cub born at Madrid's zoo.
//
// Six contradictions are planted, one in each of the first six events and
// all outside the first paragraph: a duration (sc1de: the operator freed
// "nach sieben Stunden", 7 hours against about four hours in the two
// Italian and the English reports, in the only German report); an amount
// (sc2de: the pension rise's cost "rund 2,9 Milliarden Euro jährlich"
// against €2.4 billion a year, in the only German report); a percentage
// (sc3it: "circa il 65%" of long-distance trains cancelled against 80%,
// "rund 80 Prozent" and "vier von fünf", in the only Italian report); a
// count (sc4es: water rationed in 152 municipalities against 125, in the
// only Spanish report); an age (sc5en: the chief executive Katrin Albers
// "the 54-year-old" against 49, in the only English report); a date
// (sc6de: the viaduct closed "bis zum 26. Oktober" against reopening on
// 26 September, in the only German report). The last four events hold
// none.
//
// Traps that are no contradiction: four hours in words in the three
// other quarry reports ("quattro ore", "Quattro ore", "four hours") beside a
// helicopter flight of "una decina di minuti", fifteen years at the firm
// and the quarry shut "almeno dieci giorni"; 4,000 cubic metres as
// "quattromila" and 141,000 cubic feet, a 30-metre (100-foot) face,
// eleven at work of whom two hurt, about 60 rescuers as "una sessantina",
// an operator of 38, 86 quarries and 1,100 workers, a death in 2029,
// prosecutors as "procura" and "Staatsanwaltschaft". The vote of 178 to
// 170 with two abstentions, 9% as "neun Prozent", €1,033 to €1,126 a
// month, €93 more and €1,302 a year, €15,764 a year, 14 payments as
// "catorce" and "vierzehnmal", 2.1 million pensioners as "más de dos
// millones" beside Galicia's 190,000, $2.6 billion, other pensions' 2.8%,
// last year's 6.9% costing €1,700 million, 12.5% of GDP, Germany's 1550
// euros, the minister called "ministra de Inclusión, Seguridad Social y
// Migraciones", "Social Security Minister" and "Sozialministerin". A
// strike of 48 hours as "zwei Tage", a 24-hour strike in February, 80% as
// "vier von fünf" beside half the regional trains and "due collegamenti
// su cinque" on the Munich-Verona line, the union's 9.5% for twelve
// months against the 5.2% offered over 26 months ("more than two years"),
// the 35-hour week, 41,000 members, up to €100 million a day, tickets
// valid until 18 March. The Po's 125 towns beside 300,000 residents, 190
// cubic metres a second (6,700 cubic feet), "un ottavo" of the June
// average and "unos 1.500", -7.4 metres, 30 km and 19 miles, 31% of Lake
// Maggiore, 40% of Italy's food, more than €1 billion of damage, 104
// cubic metres in 2022, "two weeks". €4.6 billion and $5 billion, €1.1
// billion as "almost a quarter", 1,800 jobs of which 400 engineers, 300
// mm and 12 inches, a founder of 81, 2027 and 1996, 60 hectares, 12,000
// staff, €3.9 billion of sales, shares up 2.3%, 700 jobs cut in 2031
// beside €700 million invested in Catania in 2030 and its 900 staff,
// "Vorstandschefin", "amministratrice delegata" and "chief executive". The
// closure from 16 May beside the reopening, "oltre quattro mesi", 9 of 14
// piers as "neun", 480 metres and 1,575 feet, 62 metres, 1977, €36
// million and €2 million a month, 40 km as 25 miles and half an hour,
// 28,000 vehicles of which 6,000 lorries, 60 km/h. About 300 amphorae as
// "trecento", 120 intact and 14 raised ("Quattordici", "Fourteen"), 20
// metres and 65 feet, 35 metres and 115 feet, the first century AD and
// "2.000 anni fa", six Italian researchers, at least two years, a wreck of
// 2019 with 200 amphorae. A winner of 23 and a runner-up of 27, 0.14
// seconds as "14 centesimi" and "vierzehn Hundertstel", 0.41 seconds,
// 1:39.87 in three spellings, 3.2 km and two miles, 127 km/h, "knapp 130"
// and 79 mph, 880 metres, 36 starters of whom four out, 18,000
// spectators, Italy's first title since 2011 and Germany's first medal
// since 2019, sixth, ninth and twelfth places. 18.3 million visits as
// "más de 18 millones" against 17.8 million in 2031 and Spain's 30
// million, up 3%, 2 hours 40 minutes as 160 minutes and "dos horas y
// cuarenta minutos", 11 hours, 6% as "one patient in 16", 4,500 doctors,
// 640 departments of which "quasi uno su tre", "presidente" and "chair".
// A cub of 148 grams (5.2 ounces) and 16 cm ("about six inches"), 132
// days, a mother of 9 ("neunjährige") and a father of 12 ("zwölfjährige"),
// a ten-year loan from 2027 ("six years ago"), the fifth birth since 2010
// and twins in 2021, Berlin's twins of 2019, 100 days ("cien días"),
// 1,860 wild pandas, adults up to 120 kilograms, and "directora de
// Conservación", "Zoo-Kuratorin" and "head of conservation".
//
// Frozen before its first run, which flagged 4 of the 6 contradictions
// and 0 false disagreements. It flagged the operator's hours (duration
// "buried": sc1de "sieben Stunden" against "about four hours" of sc1en,
// sc1it and sc1it2), the cancelled trains (percent "cancelling": sc3it's
// 65% against "rund 80 Prozent" and "around 80%"; the consumer page's
// "vier von fünf" stood in no row of the comparison shown), the rationing
// towns (count "comuni": sc4es's "152 municipios" against "125 towns"
// and "125 comuni") and the chief executive's age ("Katrin Albers ·
// age": sc5en's "54-year-old" against "49-Jährige" and "49 anni"). It
// missed two: the pension rise's cost ("missed sc2de.txt's €2.9 billion
// against €2.4 billion") and the viaduct's reopening ("missed sc6de.txt's
// 26 October against 26 September"). The run's output, filtered as the
// brief prescribes, shows neither pair flagged under another spelling,
// so neither miss is a matter of the wrong map's form and the wrong
// values are as written before the run; why the two were not compared is
// not in that output, and the set was not run again to find out. Grouped
// with the other sets, its 33 reports of 10 events came out in 11 events,
// B-cubed precision 1.000, recall 0.939. With no false disagreement the
// table line keeps 1. Nothing changed after the run but this comment.
var heldOutScirocco = []heldOutEvent{
	{"albiano-quarry-rockslide", map[string]string{
		"sc1it.txt": `it|Frana in una cava di porfido ad Albiano, operaio estratto vivo dopo quattro ore

Cronaca | Trentino

Trento, 14 apr 2033 (Agenzia)

Un operaio di 38 anni è rimasto intrappolato per circa quattro ore nella cabina del suo escavatore, travolto giovedì mattina da una frana in una cava di porfido ad Albiano, in Val di Cembra. È stato estratto vivo poco dopo le 13 dai vigili del fuoco e dal Soccorso alpino.

Circa 4.000 metri cubi di roccia si sono staccati da una parete alta una trentina di metri alle 8:50, poco dopo l'inizio del turno. Nella cava della Porfidi Cembra lavoravano in quel momento undici persone: due colleghi sono rimasti feriti in modo lieve.

L'uomo, Davide Rizzoli, è stato trasferito in elicottero all'ospedale Santa Chiara di Trento con fratture alle gambe. Non è in pericolo di vita.

All'intervento hanno partecipato una sessantina di soccorritori, con due escavatori e un'unità cinofila. La procura di Trento ha aperto un fascicolo per lesioni colpose e disposto il sequestro della cava.

"La parete era stata controllata la settimana scorsa", ha dichiarato il titolare, Renzo Bazzanella. Nel 2029 un operaio era morto in un'altra cava della valle.`,
		"sc1it2.txt": `it|"Sentivo le voci, sapevo che sarebbero arrivati": Davide salvato sotto la frana

Valle di Cembra · Cronaca

Giovedì 14 aprile 2033 · 19:40

Quattro ore chiuso nella cabina dell'escavatore, sotto un cumulo di massi di porfido. Davide Rizzoli, 38 anni, di Segonzano, ne è uscito vivo giovedì all'ora di pranzo, tra gli applausi dei colleghi e dei soccorritori.

"Sentivo le voci e il rumore delle macchine, sapevo che sarebbero arrivati", avrebbe detto ai vigili del fuoco prima di essere caricato sull'elicottero. Il volo fino al Santa Chiara è durato una decina di minuti.

Rizzoli lavora da quindici anni alla Porfidi Cembra. La frana, circa quattromila metri cubi di roccia, ha investito anche due compagni, medicati sul posto e poi dimessi.

I sindacati chiedono più controlli: in provincia ci sono 86 cave di porfido attive, con circa 1.100 addetti. "Non si può aspettare il prossimo incidente", dice Fabio Moser della Fillea Cgil.

La cava resterà chiusa per almeno dieci giorni, su disposizione della procura.

Commenti (17)`,
		"sc1de.txt": `de|Felssturz im Porphyr-Steinbruch: Baggerfahrer im Trentino lebend geborgen

Chronik | Italien

Trient, Donnerstag, 14. April 2033

In einem Porphyr-Steinbruch in Albiano im Cembratal ist am Donnerstagmorgen ein Baggerfahrer von einem Felssturz verschüttet worden. Der 38-Jährige überlebte in der Kabine seiner Maschine.

Rund 4000 Kubikmeter Gestein hatten sich aus einer etwa 30 Meter hohen Wand gelöst. Elf Arbeiter waren zu dem Zeitpunkt im Steinbruch, zwei von ihnen wurden leicht verletzt.

Nach sieben Stunden konnten Feuerwehr und Bergrettung den Mann befreien. Rund 60 Einsatzkräfte waren vor Ort, auch eine Hundestaffel. Der Verletzte wurde mit dem Hubschrauber ins Krankenhaus nach Trient geflogen, er erlitt Beinbrüche.

"Die Wand war erst vergangene Woche kontrolliert worden", sagte der Inhaber der Firma Porfidi Cembra, Renzo Bazzanella. Die Staatsanwaltschaft Trient ließ den Steinbruch beschlagnahmen und ermittelt wegen fahrlässiger Körperverletzung.

Porphyr aus dem Cembratal wird in ganz Europa als Pflasterstein verbaut, auch in Südtirol und Bayern.`,
		"sc1en.txt": `en|Italian quarry worker pulled alive from rockslide after four hours

World | Europe

ROME, April 14 - An excavator operator was pulled alive on Thursday from the cab of his machine after being buried for about four hours by a rockslide at a porphyry quarry in northern Italy, rescuers said.

Some 4,000 cubic metres (141,000 cubic feet) of rock broke away from a 30-metre (100-foot) face at the quarry in Albiano, near Trento, shortly before 9 a.m., as eleven men were working there. Two of his colleagues were slightly hurt.

About 60 firefighters and mountain rescuers, helped by a dog unit, dug through the rubble to reach Davide Rizzoli, 38, who was flown to hospital in Trento with broken legs.

Prosecutors in Trento have seized the site and opened an investigation into negligent injury. The owner of Porfidi Cembra, Renzo Bazzanella, said the rock face had been checked the week before.

The Cembra valley has 86 working porphyry quarries. A worker died in another quarry in the valley in 2029.`,
	}, map[string][2]string{"sc1de.txt": {"7 hours", "4 hours"}}},
	{"spain-minimum-pensions-vote", map[string]string{
		"sc2es.txt": `es|El Congreso aprueba subir un 9 % las pensiones mínimas

Economía | Pensiones

Madrid, 17 nov 2033 (Agencia)

El Pleno del Congreso de los Diputados aprobó este jueves, con 178 votos a favor, 170 en contra y 2 abstenciones, la ley que eleva un 9 % las pensiones mínimas a partir del 1 de enero.

La pensión mínima de jubilación para mayores de 65 años con cónyuge a cargo pasará de 1.033 a 1.126 euros al mes, en catorce pagas. La medida beneficiará a unos 2,1 millones de pensionistas y tendrá un coste de 2.400 millones de euros al año, según la memoria económica del proyecto.

"Es una ley de justicia para quien menos cobra", defendió la ministra de Inclusión, Seguridad Social y Migraciones, Aurora Belmonte. La oposición votó en contra al considerar que compromete la sostenibilidad del sistema.

El resto de las pensiones contributivas se revalorizarán un 2,8 %, en línea con la inflación. El texto debe pasar ahora por el Senado.

El año pasado, las pensiones mínimas subieron un 6,9 %, con un coste de 1.700 millones.`,
		"sc2es2.txt": `es|Unos 190.000 pensionistas gallegos cobrarán más desde enero

Galicia | Sociedad

17/11/2033 · 20:15

La subida de las pensiones mínimas que el Congreso aprobó este jueves por un margen estrecho, 178 votos frente a 170, llegará a unos 190.000 pensionistas en Galicia, la comunidad con las pensiones medias más bajas después de Extremadura.

En toda España serán más de dos millones los beneficiarios de un aumento del 9 %. Un jubilado con cónyuge a cargo cobrará 1.126 euros al mes en lugar de 1.033: 93 euros más, 1.302 euros más al año contando las pagas extra.

El Gobierno calcula que la medida costará unos 2.400 millones de euros anuales. La ministra Aurora Belmonte la calificó de "ley de justicia".

"Para muchos de nuestros mayores, noventa euros son la diferencia entre encender la calefacción o no", señala Xosé Lamas, portavoz de la asociación de jubilados Maiores Dignos, de Lugo.

La ley entrará en vigor el 1 de enero, si el Senado no la enmienda.`,
		"sc2en.txt": `en|Spanish lawmakers back 9% rise in minimum pensions

Business | Europe

MADRID, Nov 17 - Spain's lower house of parliament on Thursday approved a 9% increase in minimum pensions from January, a measure that will benefit about 2.1 million retirees and cost the state some €2.4 billion ($2.6 billion) a year.

The bill passed by 178 votes to 170, with two abstentions, and now goes to the Senate.

The minimum pension for a retiree over 65 with a dependent spouse will rise to €1,126 a month, paid 14 times a year, from €1,033, or €15,764 a year. Other pensions will rise by 2.8%, in line with inflation.

"This is a law of justice for those who earn the least," Social Security Minister Aurora Belmonte told lawmakers. The conservative opposition said it threatened the system's finances as Spain's population ages.

Spending on pensions is about 12.5% of gross domestic product. The government raised minimum pensions by 6.9% last year.`,
		"sc2de.txt": `de|Spanien erhöht Mindestrenten um neun Prozent

Wirtschaft | Ausland

Madrid, 17. November 2033

Das spanische Parlament hat am Donnerstag eine Erhöhung der Mindestrenten um neun Prozent zum 1. Januar beschlossen. Im Abgeordnetenhaus stimmten 178 Abgeordnete dafür, 170 dagegen.

Von der Reform profitieren rund 2,1 Millionen Rentnerinnen und Rentner. Die Mindestrente für über 65-Jährige mit unterhaltsberechtigtem Ehepartner steigt von 1033 auf 1126 Euro im Monat. In Spanien wird die Rente vierzehnmal im Jahr ausgezahlt.

Die Kosten für den Staat beziffert die Regierung auf rund 2,9 Milliarden Euro jährlich. "Das ist ein Gesetz der Gerechtigkeit für die, die am wenigsten bekommen", sagte Sozialministerin Aurora Belmonte.

Alle übrigen Renten steigen um 2,8 Prozent, entsprechend der Inflation. Der Senat muss noch zustimmen, das gilt aber als Formsache.

Zum Vergleich: In Deutschland lag die durchschnittliche Altersrente zuletzt bei etwa 1550 Euro im Monat, allerdings zwölfmal im Jahr ausgezahlt.`,
	}, map[string][2]string{"sc2de.txt": {"€2.9 billion", "€2.4 billion"}}},
	{"german-rail-strike", map[string]string{
		"sc3de.txt": `de|Bahnstreik legt Fernverkehr weitgehend lahm

Wirtschaft | Verkehr

Berlin, Mittwoch, 9. März 2033

Ein 48-stündiger Streik der Gewerkschaft Zugpersonal (GZP) hat am Mittwoch den Bahnverkehr in Deutschland weitgehend zum Erliegen gebracht. Der Ausstand begann um 2 Uhr und soll bis Freitag, 2 Uhr, dauern.

Die Deutsche Bahn strich nach eigenen Angaben rund 80 Prozent der Fernzüge. Sie fährt einen Notfahrplan: Auf den Hauptstrecken zwischen Berlin, Hamburg, Köln und München verkehren nur einzelne ICE im Zweistundentakt. Im Regionalverkehr ist das Angebot je nach Bundesland sehr unterschiedlich.

Die GZP fordert 9,5 Prozent mehr Geld bei einer Laufzeit von zwölf Monaten sowie eine 35-Stunden-Woche. Die Bahn hatte 5,2 Prozent in zwei Stufen über 26 Monate angeboten. "Dieses Angebot ist eine Provokation", sagte GZP-Chef Holger Brandstätter.

Bahn-Personalvorständin Ute Kasparek nannte den Streik "völlig unverhältnismäßig". Bereits im Februar hatte die Gewerkschaft, die rund 41.000 Mitglieder zählt, 24 Stunden lang gestreikt.`,
		"sc3de2.txt": `de|Streik bei der Bahn: Was Fahrgäste in Bayern jetzt wissen müssen

Bayern · Verbraucher

09.03.2033 – 07:12 Uhr

Zwei Tage lang geht bei der Bahn wenig: Seit Mittwochfrüh streikt die Gewerkschaft Zugpersonal, bis Freitagmorgen sollen die Züge weitgehend stehen bleiben. Wir beantworten die wichtigsten Fragen.

Welche Züge fahren? Im Fernverkehr fallen laut Bahn etwa vier von fünf Verbindungen aus. Zwischen München und Nürnberg fährt ein ICE alle zwei Stunden. Bei der S-Bahn München gilt ein Stundentakt, etwa die Hälfte der Regionalzüge in Bayern ist unterwegs.

Bekomme ich mein Geld zurück? Ja. Wer seine Fahrt wegen des Streiks nicht antritt, kann sein Ticket kostenlos erstatten lassen. Fahrkarten für Mittwoch und Donnerstag gelten außerdem bis zum 18. März.

Was fordert die Gewerkschaft? 9,5 Prozent mehr Lohn und die 35-Stunden-Woche. Die Bahn bietet 5,2 Prozent.

Gilt das Deutschlandticket? Ja, es nützt aber nur, wo Regionalzüge fahren. Die Bayerische Oberlandbahn und andere private Bahnen werden nicht bestreikt.`,
		"sc3en.txt": `en|German rail strike halts most long-distance trains

World | Europe

BERLIN, March 9 - A 48-hour strike by German train staff brought most of the country's rail network to a standstill on Wednesday, with Deutsche Bahn cancelling around 80% of its long-distance services and running an emergency timetable.

The GZP union, which represents about 41,000 train drivers and conductors, is demanding a 9.5% pay rise over 12 months and a 35-hour working week. Deutsche Bahn has offered 5.2% in two stages spread over more than two years.

"This offer is a provocation," union leader Holger Brandstätter told reporters at Berlin's main station. Deutsche Bahn's head of human resources, Ute Kasparek, called the walkout "completely disproportionate".

Freight services were also hit, raising concerns for industry already struggling with weak demand. Economists at the Kiel institute estimated that a rail strike costs the German economy up to €100 million a day.

The union held a 24-hour strike in February. The current walkout is due to end at 2 a.m. (0100 GMT) on Friday.`,
		"sc3it.txt": `it|Germania, sciopero dei treni: 48 ore di caos

Esteri | Trasporti

Berlino, 9 marzo 2033

Treni fermi in tutta la Germania per uno sciopero di 48 ore proclamato dal sindacato del personale viaggiante GZP, iniziato alle 2 di mercoledì notte. Disagi anche per i collegamenti con l'Italia attraverso il Brennero.

Deutsche Bahn ha cancellato circa il 65% dei treni a lunga percorrenza e garantisce solo un orario d'emergenza. Sulla linea Monaco-Verona dei treni EuroCity, gestita insieme a Trenitalia e alle ferrovie austriache, due collegamenti su cinque sono stati soppressi.

Il sindacato chiede un aumento del 9,5% in dodici mesi e la settimana di 35 ore; l'azienda ha offerto il 5,2% in due tranche. "Un'offerta provocatoria", ha detto il leader del GZP, Holger Brandstätter.

Si tratta del secondo sciopero in poche settimane: a febbraio i macchinisti avevano incrociato le braccia per 24 ore.

Le Ferrovie dello Stato consigliano ai viaggiatori diretti in Germania di rinviare il viaggio o di chiedere il rimborso del biglietto.`,
	}, map[string][2]string{"sc3it.txt": {"65%", "80%"}}},
	{"po-drought-rationing", map[string]string{
		"sc4it.txt": `it|Siccità, il Po ai minimi: 125 comuni razionano l'acqua

Ambiente | Emilia-Romagna

Parma, 24 giu 2033 (Agenzia)

La siccità sul bacino del Po è "severa" e l'acqua potabile è già razionata in 125 comuni di Piemonte e Lombardia. Lo ha comunicato venerdì l'Osservatorio sugli utilizzi idrici dell'Autorità di bacino distrettuale del fiume Po, riunito a Parma.

A Pontelagoscuro, nel Ferrarese, il fiume scorre con una portata di 190 metri cubi al secondo, circa un ottavo della media di giugno. Al Ponte della Becca, a Pavia, l'idrometro segna -7,4 metri.

Nei comuni interessati, dove vivono circa 300.000 persone, l'erogazione viene sospesa di notte e in alcune frazioni si ricorre alle autobotti. Il cuneo salino è risalito per 30 chilometri nel delta, mettendo a rischio le colture e gli impianti di potabilizzazione.

"Senza piogge significative nelle prossime due settimane dovremo ridurre i prelievi irrigui", ha avvertito il segretario generale dell'Autorità, Alessandro Bertoli. Il Lago Maggiore è al 31% del riempimento.

Nell'estate del 2022 la portata a Pontelagoscuro era scesa fino a 104 metri cubi al secondo, il minimo storico.`,
		"sc4en.txt": `en|Italy's Po river shrinks as drought forces water rationing

Environment

MILAN, June 24 - Drinking water is being rationed in 125 towns and villages in northern Italy as drought grips the basin of the Po, the country's longest river, the river basin authority said on Friday, describing the situation as "severe".

At Pontelagoscuro, near Ferrara, the river was flowing at 190 cubic metres (6,700 cubic feet) a second, about an eighth of the June average. Seawater has pushed 30 km (19 miles) up the delta, threatening crops.

Supplies are being cut at night in the affected towns in Piedmont and Lombardy, home to some 300,000 people, and tankers are bringing water to some hamlets.

"Without significant rain in the next two weeks we will have to cut water for irrigation," said Alessandro Bertoli, secretary general of the Po river basin authority.

Farmers' group Coldiretti said the drought had already caused more than €1 billion of damage to agriculture in the Po valley, which produces about 40% of Italy's food. In 2022, the river's flow at Pontelagoscuro fell to a record low of 104 cubic metres a second.`,
		"sc4es.txt": `es|Italia raciona el agua por la sequía del Po

Internacional | Medio ambiente

Roma, 24 de junio de 2033

La sequía que sufre el norte de Italia ha reducido el caudal del Po, el río más largo del país, a niveles cercanos a los del verano de 2022, cuando se registró el mínimo histórico.

La autoridad de la cuenca del Po calificó el viernes la situación de "severa". En Pontelagoscuro, cerca de Ferrara, el río lleva 190 metros cúbicos por segundo, frente a unos 1.500 de media en junio.

En 152 municipios del Piamonte y Lombardía, con unos 300.000 habitantes, el agua potable se corta por la noche. El agua del mar ha remontado unos 30 kilómetros en el delta.

"Si no llueve en las próximas dos semanas tendremos que reducir el agua para el riego", advirtió el secretario general de la autoridad, Alessandro Bertoli.

La organización agraria Coldiretti cifra los daños en más de 1.000 millones de euros. El arroz, del que Italia es el primer productor europeo, es uno de los cultivos más afectados.`,
	}, map[string][2]string{"sc4es.txt": {"152", "125"}}},
	{"veltrion-dresden-chip-plant", map[string]string{
		"sc5de.txt": `de|Veltrion baut Chipfabrik in Dresden für 4,6 Milliarden Euro

Wirtschaft | Sachsen

Dresden, Montag, 5. September 2033

Der Münchner Halbleiterhersteller Veltrion hat am Montag im Dresdner Norden den ersten Spatenstich für eine neue Chipfabrik gesetzt. Das Unternehmen investiert 4,6 Milliarden Euro, Bund und Land steuern 1,1 Milliarden Euro an Fördermitteln bei.

In dem Werk sollen ab 2036 Leistungshalbleiter für Elektroautos und Windkraftanlagen auf 300-Millimeter-Scheiben gefertigt werden. Bis 2037 entstehen rund 1800 Arbeitsplätze, davon etwa 400 für Ingenieure.

"Dresden ist das Herz der europäischen Chipindustrie", sagte Vorstandschefin Katrin Albers. Die 49-Jährige führt das Unternehmen seit 2027; gegründet hatte es 1996 ihr Vater Gerd Albers, heute 81.

Sachsens Wirtschaftsministerin Jana Lindholm sprach von einer der größten Investitionen in der Geschichte des Freistaats. Das Gelände umfasst 60 Hektar.

Veltrion beschäftigt weltweit rund 12.000 Menschen und setzte im vergangenen Jahr 3,9 Milliarden Euro um.`,
		"sc5en.txt": `en|Veltrion breaks ground on €4.6bn chip plant in Germany

Technology

FRANKFURT, Sept 5 - German chipmaker Veltrion began building a €4.6 billion ($5 billion) factory in Dresden on Monday, the latest in a string of semiconductor investments backed by European subsidies.

The plant, which will make power chips for electric cars and wind turbines on 300-millimetre (12-inch) wafers, is due to start production in 2036 and will employ about 1,800 people. The German government and the state of Saxony are contributing €1.1 billion, almost a quarter of the cost, under the EU Chips Act.

"Dresden is the heart of Europe's chip industry," said chief executive Katrin Albers. The 54-year-old took over in 2027 from her father Gerd, who founded the Munich-based company in 1996.

Veltrion, which employs around 12,000 people worldwide, had sales of €3.9 billion last year. Its shares rose 2.3% in Frankfurt.

Analysts said demand for power chips had recovered after a slump in 2031, when Veltrion cut about 700 jobs.`,
		"sc5it.txt": `it|Chip, Veltrion investe 4,6 miliardi a Dresda. E Catania?

Economia | Industria

Milano, 5 settembre 2033

Il gruppo tedesco dei semiconduttori Veltrion ha posato lunedì la prima pietra di un nuovo stabilimento a Dresda, in Sassonia: un investimento da 4,6 miliardi di euro, di cui 1,1 miliardi di aiuti pubblici tedeschi.

La fabbrica produrrà dal 2036 chip di potenza su fette di silicio da 300 millimetri e darà lavoro a circa 1.800 persone. "Dresda è il cuore dell'industria europea dei chip", ha detto l'amministratrice delegata Katrin Albers, 49 anni, alla guida dell'azienda fondata dal padre.

In Italia Veltrion ha un sito a Catania con circa 900 dipendenti, dove nel 2030 aveva annunciato investimenti per 700 milioni. I sindacati chiedono garanzie: "Non vogliamo che Catania diventi un reparto di serie B", dice Salvo Pappalardo della Fiom.

L'azienda assicura che il piano per la Sicilia "non cambia". Veltrion impiega in tutto circa 12.000 persone e ha chiuso l'ultimo esercizio con ricavi per 3,9 miliardi di euro.`,
	}, map[string][2]string{"sc5en.txt": {"54 years", "49 years"}}},
	{"a26-gorzente-viaduct-closure", map[string]string{
		"sc6it.txt": `it|A26, il viadotto Gorzente chiude per oltre quattro mesi

Liguria | Viabilità

Genova, 3 mag 2033 (Agenzia)

Il viadotto Gorzente dell'autostrada A26, tra Masone e Ovada, sarà chiuso al traffico in direzione Genova dal 16 maggio per lavori di consolidamento. Lo ha annunciato martedì la concessionaria Società Autostrade Liguri (SAL).

Le ispezioni hanno rilevato corrosione nei cavi di 9 delle 14 pile del viadotto, lungo 480 metri e alto 62, costruito nel 1977. I lavori costeranno 36 milioni di euro.

La riapertura è prevista per il 26 settembre. Nel frattempo i veicoli diretti a Genova saranno deviati sulla A7 attraverso Serravalle Scrivia, con un allungamento di circa 40 chilometri e mezz'ora di viaggio in più.

Sul viadotto passano ogni giorno circa 28.000 veicoli, di cui 6.000 mezzi pesanti. "Chiudere a luglio e agosto è doloroso, ma la sicurezza viene prima", ha detto l'assessora regionale ai Trasporti, Giulia Ferrando.

Le associazioni degli autotrasportatori parlano di un danno di almeno 2 milioni di euro al mese.`,
		"sc6de.txt": `de|Ligurien-Urlauber aufgepasst: A26-Viadukt wird gesperrt

Reise | Verkehr

Mailand, 3. Mai 2033

Wer im Sommer mit dem Auto an die Ligurische Küste fährt, muss sich auf Umwege einstellen. Die Autobahn A26 wird zwischen Ovada und Masone ab dem 16. Mai in Fahrtrichtung Genua gesperrt.

Grund sind Sanierungsarbeiten am Gorzente-Viadukt. Bei Inspektionen war an neun der 14 Pfeiler Korrosion festgestellt worden. Die 480 Meter lange Brücke stammt aus dem Jahr 1977, die Arbeiten kosten 36 Millionen Euro.

Die Sperrung soll bis zum 26. Oktober dauern, teilte der Betreiber SAL mit. Der Verkehr nach Genua wird über die A7 und Serravalle Scrivia umgeleitet, was etwa 40 Kilometer und eine halbe Stunde mehr bedeutet.

Täglich fahren rund 28.000 Fahrzeuge über den Viadukt. Der ADAC rät Urlaubern aus Süddeutschland und der Schweiz, die über Mailand anreisen, die Umleitung gleich einzuplanen oder auf Reisetage unter der Woche auszuweichen.

In der Gegenrichtung bleibt der Viadukt befahrbar, allerdings nur einspurig und mit Tempo 60.`,
		"sc6en.txt": `en|Key Riviera motorway viaduct to close for summer repairs

Italy | Travel

GENOA, May 3 - A motorway viaduct on a main route from northern Italy to Genoa will close to southbound traffic from May 16 until September 26 for repairs after inspections found corrosion, its operator said on Tuesday.

The Gorzente viaduct on the A26, 480 metres (1,575 feet) long and 62 metres high, was built in 1977. Corroded cables were found in nine of its 14 piers. The work will cost €36 million.

Drivers heading for Genoa and the Riviera will be diverted via the A7 through Serravalle Scrivia, adding about 25 miles and half an hour to the journey.

About 28,000 vehicles a day use the viaduct, including 6,000 lorries. Northbound traffic will continue on a single lane with a 60 km/h limit.

"Closing in July and August hurts, but safety comes first," said Giulia Ferrando, the Liguria region's transport chief. Hauliers estimate losses of at least €2 million a month.`,
	}, map[string][2]string{"sc6de.txt": {"26 October", "26 September"}}},
	{"cabrera-roman-shipwreck", map[string]string{
		"sc7es.txt": `es|Hallan un barco romano cargado de ánforas frente a Cabrera

Cultura | Baleares

Palma, 14 sep 2033 (Agencia)

Un buceador aficionado ha descubierto frente a la isla de Cabrera los restos de un barco mercante romano del siglo I después de Cristo, con unas 300 ánforas todavía en su bodega, anunció este miércoles el Consell de Mallorca.

El pecio, de unos 20 metros de eslora, descansa a 35 metros de profundidad en el Parque Nacional de Cabrera. Unas 120 ánforas están intactas. Los arqueólogos han extraído 14 para su estudio, que contenían restos de aceite de oliva y salsa de pescado procedentes de la Bética.

"Es uno de los pecios mejor conservados del Mediterráneo occidental", afirmó la directora del Instituto Balear de Arqueología Subacuática, Magdalena Vives. El hallazgo se produjo en agosto y se ha mantenido en secreto para evitar expolios.

La Guardia Civil vigila la zona día y noche. En la excavación, que durará al menos dos años, participa un equipo de la Universidad de Sassari (Italia).`,
		"sc7it.txt": `it|Baleari, scoperta una nave romana con 300 anfore. Nel team anche Sassari

Cultura | Archeologia

Sassari, 14 settembre 2033

Una nave mercantile romana di circa 2.000 anni fa, con un carico di circa trecento anfore, è stata scoperta al largo dell'isola di Cabrera, nelle Baleari. Alle ricerche partecipano gli archeologi subacquei dell'Università di Sassari.

Il relitto, lungo una ventina di metri, si trova a 35 metri di profondità. Le anfore, prodotte nella Betica, l'attuale Andalusia, trasportavano olio d'oliva e garum, la salsa di pesce amata dai Romani. Quattordici sono già state recuperate.

"Lo stato di conservazione è eccezionale: il fasciame è in parte ancora integro", ha spiegato Paolo Deiana, docente di archeologia subacquea a Sassari, che coordina la parte italiana della missione con sei ricercatori.

A scoprire il relitto, ad agosto, è stato un sub dilettante di Palma. Per Deiana il carico ricorda quello della nave trovata nel 2019 a Capo Testa, in Gallura, che trasportava circa 200 anfore.`,
		"sc7en.txt": `en|Diver finds 2,000-year-old Roman ship off Spanish island

Science | Archaeology

MADRID, Sept 14 - An amateur diver has found the wreck of a Roman merchant ship still carrying around 300 amphorae off the island of Cabrera, south of Majorca, Spanish officials said on Wednesday.

The 1st-century AD vessel, about 65 feet (20 metres) long, lies at a depth of 115 feet in a national park where diving is restricted. About 120 of the clay jars are intact.

"It is one of the best-preserved wrecks in the western Mediterranean," said Magdalena Vives, head of the Balearic Institute of Underwater Archaeology. Fourteen amphorae brought to the surface held traces of olive oil and fish sauce from Baetica, in what is now Andalusia.

The find was made in August but kept quiet to deter looters. The Guardia Civil is patrolling the site. The excavation, with a team from Italy's University of Sassari, is expected to take at least two years.`,
	}, nil},
	{"world-championships-womens-downhill", map[string]string{
		"sc8it.txt": `it|Mondiali di sci, Parravicini d'oro in discesa

Sport | Sci alpino

Garmisch-Partenkirchen, 12 febbraio 2033

Giulia Parravicini è campionessa del mondo di discesa libera. La valtellinese, 23 anni, ha vinto sabato sulla Kandahar di Garmisch-Partenkirchen in 1'39"87, precedendo di 14 centesimi la tedesca Lena Hochreiter e di 41 la svizzera Noemi Baumgartner.

È il primo oro mondiale in discesa per un'azzurra dal 2011. Parravicini, al debutto in una rassegna iridata, aveva chiuso la stagione scorsa al quinto posto nella classifica di specialità.

"Ho pensato solo a spingere, nel tratto finale ho sentito che la sciata era giusta", ha detto la sciatrice di Bormio. Sulla pista, lunga 3,2 chilometri con 880 metri di dislivello, ha toccato i 127 km/h.

Delle 36 partenti, quattro non hanno concluso la gara. Le altre italiane: Sofia Valmassoi sesta, Arianna Ghedina dodicesima.

Martedì Parravicini sarà al via del superG.`,
		"sc8de.txt": `de|Hochreiter holt Silber in der Abfahrt – 14 Hundertstel fehlen zu Gold

Sport | Ski alpin

Garmisch-Partenkirchen, Samstag, 12. Februar 2033

Vor 18.000 Zuschauern an der Kandahar hat Lena Hochreiter bei der Heim-WM Abfahrtssilber gewonnen. Der 27-Jährigen aus Berchtesgaden fehlten am Samstag nur vierzehn Hundertstelsekunden auf die Italienerin Giulia Parravicini.

Bronze ging mit 0,41 Sekunden Rückstand an die Schweizerin Noemi Baumgartner. "Ich habe im Mittelteil zu viel Zeit liegen lassen, aber Silber zu Hause, das ist trotzdem ein Traum", sagte Hochreiter.

Es ist die erste WM-Medaille für eine deutsche Abfahrerin seit 2019. Bundestrainer Markus Eder sprach von "einem riesigen Tag für das ganze Team". Die zweite Deutsche, Anna Siebert, wurde Neunte.

Die Siegerin brauchte für die 3,2 Kilometer lange Strecke 1:39,87 Minuten. Die Läuferinnen erreichten im Zielhang Geschwindigkeiten von knapp 130 km/h.`,
		"sc8en.txt": `en|Italy's Parravicini wins world downhill title

Sport | Skiing

GARMISCH-PARTENKIRCHEN, Germany, Feb 12 - Italy's Giulia Parravicini won the women's downhill at the Alpine world championships on Saturday, beating home favourite Lena Hochreiter of Germany by 0.14 seconds.

The 23-year-old from Bormio clocked 1 minute 39.87 seconds on the two-mile Kandahar course, reaching 79 mph on the fastest section. Switzerland's Noemi Baumgartner took bronze, 0.41 seconds back.

"I just thought about pushing, and in the last part I felt the skiing was right," said Parravicini, the first Italian woman to win the world downhill title since 2011.

Hochreiter, 27, was cheered by a crowd of 18,000. Four of the 36 starters failed to finish. Sofia Valmassoi was sixth for Italy and Germany's Anna Siebert ninth.

Parravicini will race again in Tuesday's super-G.`,
	}, nil},
	{"italy-emergency-rooms-report", map[string]string{
		"sc9it.txt": `it|Pronto soccorso, 18,3 milioni di accessi nel 2032: attese sempre più lunghe

Salute

Roma, 17 mar 2033 (Agenzia)

I pronto soccorso italiani hanno registrato 18,3 milioni di accessi nel 2032, il 3% in più rispetto ai 17,8 milioni dell'anno precedente. È quanto emerge dal rapporto annuale della Fondazione Galeno, presentato giovedì a Roma.

L'attesa media per un codice verde è salita a 2 ore e 40 minuti. I pazienti che devono essere ricoverati restano in media 11 ore in pronto soccorso prima di trovare un posto letto in reparto, il cosiddetto "boarding".

Il 6% dei pazienti se ne va prima di essere visitato. Mancano circa 4.500 medici di emergenza-urgenza: nei 640 pronto soccorso del Paese, quasi uno su tre lavora con personale a gettone.

"Il pronto soccorso è diventato l'imbuto di tutte le carenze del sistema", ha detto la presidente della Fondazione, Lucia Ferretti. Il ministro della Salute ha promesso un piano entro l'estate.

Le regioni con le attese più lunghe sono Campania, Lazio e Sicilia.`,
		"sc9en.txt": `en|Italian emergency rooms strained as visits top 18 million

Health

ROME, March 17 - Italy's hospital emergency departments handled 18.3 million visits last year, up about 3% from 2031, with patients waiting ever longer to be seen, a report by health research group Fondazione Galeno showed on Thursday.

Patients with non-urgent "green code" conditions waited an average of 160 minutes, the report said. Those who needed admission spent an average of 11 hours in the emergency department before a ward bed was found.

About one patient in 16 left without being seen. The country is short of some 4,500 emergency doctors, and nearly a third of its 640 emergency departments rely on agency staff paid by the shift.

"The emergency room has become the funnel for all the shortages in the system," said the foundation's chair, Lucia Ferretti. The health minister has promised a plan by the summer.

Campania, Lazio and Sicily had the longest waits.`,
		"sc9es.txt": `es|Las urgencias italianas superan los 18 millones de visitas

Internacional | Sanidad

Roma, 17 de marzo de 2033

Los servicios de urgencias de los hospitales italianos atendieron más de 18 millones de visitas en 2032, según un informe de la Fundación Galeno presentado este jueves, que alerta del aumento de los tiempos de espera.

Un paciente con código verde, es decir, no urgente, espera de media dos horas y cuarenta minutos. Quienes deben ser ingresados pasan una media de 11 horas en urgencias antes de conseguir cama en planta.

Faltan unos 4.500 médicos de urgencias en los 640 servicios del país. "Las urgencias se han convertido en el embudo de todas las carencias del sistema", dijo la presidenta de la fundación, Lucia Ferretti.

La situación recuerda a la de España, donde la Sociedad Española de Medicina de Urgencias y Emergencias contabilizó unos 30 millones de visitas a urgencias hospitalarias en 2031 y alertó también de la falta de especialistas.`,
	}, nil},
	{"madrid-zoo-panda-cub", map[string]string{
		"sc10es.txt": `es|Nace una cría de panda gigante en el Zoo de Madrid

Madrid | Sociedad

Madrid, 10 ago 2033 (Agencia)

La osa panda Xin Lan dio a luz en la noche del martes a una cría en el Zoo Aquarium de Madrid, tras una gestación de 132 días. La cría, cuyo sexo aún se desconoce, pesó 148 gramos y mide unos 16 centímetros.

"La madre y la cría se encuentran bien; Xin Lan no se separa de ella", explicó la directora de Conservación del zoo, Cristina Arregui. Es la primera cría de Xin Lan, de 9 años, y del macho Ming Shan, de 12, que llegaron de Chengdu en 2027 en un préstamo de diez años.

Es el quinto parto de panda en el zoo madrileño desde 2010; el último, en 2021, fue de gemelos.

Siguiendo la tradición china, la cría no recibirá nombre hasta cumplir cien días. El público podrá verla previsiblemente a partir de diciembre.

En libertad quedan unos 1.860 pandas gigantes, casi todos en la provincia china de Sichuan.`,
		"sc10de.txt": `de|Panda-Baby im Madrider Zoo geboren

Panorama

Madrid, Mittwoch, 10. August 2033

Im Zoo von Madrid ist ein Großer Panda zur Welt gekommen. Die neunjährige Pandabärin Xin Lan brachte das Jungtier in der Nacht zum Mittwoch zur Welt, wie der Zoo mitteilte.

Das Neugeborene wiegt nur 148 Gramm und ist rund 16 Zentimeter lang. Ob es ein Männchen oder ein Weibchen ist, steht noch nicht fest. Mutter und Kind gehe es gut, sagte Zoo-Kuratorin Cristina Arregui.

Vater ist der zwölfjährige Ming Shan. Die beiden Bären leben seit 2027 in Madrid, China hat sie für zehn Jahre verliehen. Gezeugt wurde das Jungtier durch künstliche Befruchtung.

Pandas kommen winzig zur Welt: Ein Neugeborenes wiegt etwa ein Tausendstel seiner Mutter. Erwachsene Tiere bringen bis zu 120 Kilogramm auf die Waage.

Auch der Berliner Zoo hält Große Pandas; dort kamen 2019 Zwillinge zur Welt.`,
		"sc10en.txt": `en|Giant panda cub born at Madrid zoo

World | Animals

MADRID, Aug 10 - A giant panda gave birth to a cub at Madrid's zoo late on Tuesday, the zoo said, the first offspring of a pair that arrived from China six years ago.

The tiny cub weighed 148 grams (5.2 ounces) at birth and is about six inches long. Its sex is not yet known.

Mother Xin Lan, 9, and father Ming Shan, 12, came to Madrid from Chengdu in 2027 on a 10-year loan. "Mother and cub are doing well; Xin Lan won't let go of it," said Cristina Arregui, the zoo's head of conservation.

It is the fifth panda birth at the zoo since 2010. The cub will not be named until it is 100 days old, in line with Chinese tradition, and should go on show in December.

About 1,860 giant pandas live in the wild, most of them in China's Sichuan province.`,
	}, nil},
}
