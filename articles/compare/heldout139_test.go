package compare

// heldOutSarsar is a blind held-out set of ten events of mixed national and
// regional news, written without reading the extraction or matching code:
// ibex moved from a Piedmont park to Friuli (it, it, de, en), Spain's
// longest suspension footbridge opening in León (es, es, en), a German
// gymnast's European bars title (de, de, en, it), a diesel-theft gang raided
// in Lower Saxony (de, de, en), a salmonella recall of sliced chorizo (es,
// es, en, de), a tractor protest of farmers in Madrid (es, es, en), a
// lecturers' exam boycott at an Italian university (it, it, en), a cliff fall
// on a Dorset beach (en, en, de), a Ticino clinic's 1,000th robot operation
// (it, it, de) and a medieval sword found by divers in a Bavarian lake (de,
// en, es).
//
// Six contradictions are planted, one each, five of them outside the first
// paragraph and four in a report whose language is the minority of its event:
// a count (38 ibex for 32, German report, second paragraph), a distance (the
// footbridge 63 m above the river for 43 m, English report, second
// paragraph), an age (the gymnast "die 19-Jährige" for 17, in the second,
// local German report, last paragraph), an amount (damage of €1.4 million
// for €2.4 million, English report, last paragraph, beside 1.4 million
// litres), a weekday (the cases linked on Thursday for Tuesday, German
// report, third paragraph) and a percentage (farm diesel up 18% for 13%, the
// second Spanish report, first paragraph).
//
// The traps that must not be flagged: "una trentina" and "Thirty-two" for
// 32 ibex with the 19 females and 13 males as parts, "oltre 400" and 410 km
// with 255 miles, 1,100 ibex up from 850 in 2019, the last ibex killed in
// 1894, €260,000 beside $290,000, 70% beside "oltre due terzi"; 3,400
// visitors beside "nearly 3,500", the previous record bridge of 354 m beside
// 486 m, "casi 3 millones" beside 2.9 million euros, 60% and "60 por
// ciento"; the gymnasts' scores 14,733 / 14.733 and an Italian "14.500",
// three gymnasts' ages (17, 22, 20) and two coaches' (51, 58), a title
// "since 2011" and a bronze of 2027; about 280 and "fast 300" officers, 62
// and "mehr als 60" rest areas, eleven suspects aged 24 to 58 and a
// ringleader of 47; 42,000 packs of which about 4,000 sold in Germany,
// patients of 79 and 6 and a manager of 58, best-before dates from 20 March
// to 4 April, the firm founded in 1974; police's 25,000 marchers against
// organisers' 60,000, fertiliser up 22%, an aid package of 450 million euros
// beside $490 million; 1,300 of 2,150 lecturers (60%, "oltre la metà"),
// 4,700 exams and "quasi 5 mila", a boycott of five days and "week-long",
// exams made up within 15 days and "una quindicina di giorni"; 4,000 tonnes
// and "four thousand", 45 m and 150 ft, two weeks and a fortnight, 110 mm
// and 110 litres a square metre, 1,200 tonnes fallen in 2021; the clinic's
// "mille", 1000 and a Swiss "1'000.", 2.1 million francs, a stay down from
// six to three and a half days and one patient's three, 280 operations a year
// against 120 in 2027; the sword 700 years old, "around 1350" and "mid-14th
// century", 18 months and "a year and a half", 1.4 kg and "1,4 kilos", two
// divers of 34 and 29.
//
// Frozen before its first run, which flagged 2 of the 6 contradictions and 1
// false disagreement: it found the footbridge's 63 m against 43 m, and the
// German "Donnerstag" against the English Tuesday (though the Spanish
// "informó este jueves", the day of the announcement, was put in the same
// row as the German Thursday). It missed the German "38 Tiere", left alone
// as "tiere · 38" and never set against the 32 ibex; the local German "die
// 19-Jährige", taken as the age of "die" and not of Hofstätter (17); the
// English damage of €1.4 million, left alone as "damage" apart from the
// German "beziffern · €2.4 million"; and the second Spanish report's "18 por
// ciento", left alone apart from the "risen · 13%" of the others. The false
// one set the exams "recuperati entro 15 giorni" / "rescheduled within 15
// days" against the strike's "cinque giorni" of the student guide, as one
// "length" (the guide's "una quindicina di giorni" was not read). One false
// disagreement is within the set's limit, so its max stays 1.
var heldOutSarsar = []heldOutEvent{
	{"ibex-relocation", map[string]string{
		"sa1it.txt": `it|Stambecchi, 32 esemplari trasferiti dalla Val Sorbera ai Monti Lessari

TORINO, 11 settembre 2030 - Trentadue stambecchi catturati nel Parco naturale della Val Sorbera, in provincia di Cuneo, sono stati liberati mercoledì sui Monti Lessari, in Friuli, dove la specie era scomparsa alla fine dell'Ottocento. Si tratta di 19 femmine e 13 maschi, trasportati in elicottero e poi su camion per circa 410 chilometri.

"È il più grande trasferimento di stambecchi mai fatto in Italia", ha detto il direttore del parco, Aldo Brunetti. Nella Val Sorbera la colonia conta oggi circa 1.100 animali, contro gli 850 del 2019.

Il progetto costa 260 mila euro, finanziati per il 70% dall'Unione europea. Ogni animale porta un collare Gps che permetterà di seguirne gli spostamenti per almeno tre anni.

La veterinaria del parco, Chiara Menegon, 44 anni, ha accompagnato i trasporti: "Tutti gli animali sono arrivati in buona salute".`,
		"sa1it2.txt": `it|Val Sorbera, una trentina di stambecchi partono per il Friuli

Cronaca | Cuneo e provincia

Aggiornato alle 16:40

Sono partiti all'alba dal piazzale di Pian dell'Orso gli stambecchi del Parco della Val Sorbera destinati ai Monti Lessari. Una trentina di animali – per la precisione 19 femmine e 13 maschi – catturati nelle ultime due settimane dai guardiaparco con l'aiuto dei veterinari.

Il viaggio, di oltre 400 chilometri, è avvenuto prima in elicottero fino a valle e poi su due camion attrezzati. Il rilascio è avvenuto nel pomeriggio di mercoledì.

"La nostra colonia è cresciuta molto, oggi parliamo di circa 1100 capi", spiega il direttore Aldo Brunetti. Nel 2019 erano 850.

Il costo complessivo dell'operazione è di 260.000 euro, coperto per oltre due terzi da fondi europei.

Leggi anche: Lupo avvistato a Pian dell'Orso`,
		"sa1de.txt": `de|Steinböcke kehren in die Lessari-Berge zurück

Bozen/Udine – Nach mehr als 130 Jahren leben wieder Steinböcke in den Lessari-Bergen im Friaul.

Am Mittwoch wurden dort 38 Tiere aus dem Naturpark Val Sorbera im Piemont ausgesetzt, die per Hubschrauber und Lastwagen rund 410 Kilometer weit transportiert worden waren.

Der letzte Steinbock der Region war 1894 von einem Jäger erlegt worden. Die Kolonie im Val Sorbera zählt inzwischen etwa 1100 Tiere, nach 850 im Jahr 2019.

Das Projekt kostet 260.000 Euro, 70 Prozent davon zahlt die EU. Die Tiere tragen GPS-Halsbänder und sollen mindestens drei Jahre lang beobachtet werden, sagte Parkdirektor Aldo Brunetti.`,
		"sa1en.txt": `en|Ibex return to Italian mountains after more than a century

ROME, Sept 11 (Wire) - Thirty-two Alpine ibex were released on Wednesday in the Lessari mountains of north-eastern Italy, where the species was hunted to extinction in the 1890s, park officials said.

The animals, 19 females and 13 males, were captured in the Val Sorbera nature park in Piedmont and moved about 410 km (255 miles) by helicopter and truck.

The Val Sorbera colony has grown to about 1,100 animals from 850 in 2019, director Aldo Brunetti said. The 260,000-euro ($290,000) project is 70% funded by the European Union.

Each animal wears a GPS collar and will be tracked for at least three years.`,
	}, map[string][2]string{"sa1de.txt": {"38", "32"}}},
	{"suspension-footbridge-opens", map[string]string{
		"sa2es.txt": `es|La pasarela colgante de Peñalbar recibe 3.400 visitantes en su primer fin de semana

Provincia | El Bierzo

Ordejo del Sil, 17/06/2030

La nueva pasarela colgante sobre el cañón de Peñalbar, en Ordejo del Sil, recibió 3.400 visitantes durante su primer fin de semana abierta al público, según los datos del Ayuntamiento. La estructura, de 486 metros de longitud, se inauguró el sábado y es ya la más larga de España.

Suspendida a 43 metros sobre el río Sil, la pasarela tiene 1,2 metros de ancho y puede soportar a 250 personas a la vez. Hasta ahora el récord nacional lo tenía una pasarela de 354 metros en el Pirineo aragonés.

"Hemos tenido colas desde las nueve de la mañana", explicó la alcaldesa, Marisa Cuenllas, que espera superar los 60.000 visitantes en el primer año. La entrada cuesta 5 euros; los vecinos empadronados no pagan.

Las obras, adjudicadas a Estructuras Navia, duraron 14 meses y costaron 2,9 millones de euros, de los que la Junta aportó el 60 %.`,
		"sa2es2.txt": `es|España estrena su pasarela colgante más larga, en El Bierzo

León, 15 jun (EFE).- La localidad leonesa de Ordejo del Sil inauguró este sábado una pasarela colgante de 486 metros sobre el cañón de Peñalbar, la más larga de España, tras una inversión de casi 3 millones de euros.

La pasarela, de acero y madera, cuelga a 43 metros de altura sobre el Sil y tiene un aforo máximo de 250 personas, según el ingeniero responsable del proyecto, Tomás Abella, de la empresa Estructuras Navia.

La Junta de Castilla y León ha financiado el 60 por ciento de la obra, que se prolongó durante catorce meses.

El Ayuntamiento prevé unos 60.000 visitantes al año. La entrada general costará cinco euros.`,
		"sa2en.txt": `en|Spain's longest suspension footbridge opens in León province

NEWS | Castilla y León

By Staff Reporter | Monday, June 17, 2030

Nearly 3,500 people crossed Spain's new longest suspension footbridge over its first weekend, after the 486-metre walkway over the Peñalbar gorge opened on Saturday in the village of Ordejo del Sil.

The steel and timber deck, just 1.2 metres wide, hangs 63 metres above the River Sil and can take up to 250 people at a time. It beats the previous record holder, a 354-metre bridge in the Aragonese Pyrenees.

Mayor Marisa Cuenllas hopes to welcome more than 60,000 visitors in the first year. Tickets cost €5, with locals going free.

The €2.9m project took 14 months to build and was 60% funded by the regional government.`,
	}, map[string][2]string{"sa2en.txt": {"63 m", "43 m"}}},
	{"gymnastics-bars-title", map[string]string{
		"sa3de.txt": `de|Turnen: Hofstätter holt EM-Gold am Stufenbarren

Antwerpen (dpa) - Die erst 17 Jahre alte Lena Hofstätter hat bei den Turn-Europameisterschaften in Antwerpen Gold am Stufenbarren gewonnen. Die Turnerin von der TSG Steinbrück setzte sich am Sonntag mit 14,733 Punkten vor der Italienerin Giulia Ferrandi (14,500) und der Britin Megan Ashdown (14,366) durch.

Es ist der erste EM-Titel einer deutschen Turnerin am Stufenbarren seit 2011. «Ich kann es noch gar nicht glauben», sagte Hofstätter nach der Siegerehrung.

Bundestrainerin Tatjana Berezina, 51, lobte die «nahezu fehlerfreie» Übung. Im Mannschaftsfinale am Freitag war das deutsche Team Fünfter geworden.`,
		"sa3de2.txt": `de|Gold für Steinbrücks Turn-Talent

Sport regional

Von unserem Redakteur Jens Kühlwein

Lena Hofstätter ist Europameisterin. Die Turnerin der TSG Steinbrück gewann am Sonntag in Antwerpen den Titel am Stufenbarren – und das mit einem Vorsprung von 0,233 Punkten auf die Italienerin Giulia Ferrandi.

In der Halle in Steinbrück verfolgten rund 200 Vereinsmitglieder das Finale auf einer Leinwand. «Als die Wertung kam, gab es kein Halten mehr», erzählt Vereinsvorsitzender Klaus Obermeier.

Hofstätter trainiert seit ihrem fünften Lebensjahr im Verein. Vor einem Jahr war sie bei der EM noch Vierte am Barren geworden.

Mit 14,733 Punkten zeigte die 19-Jährige die beste Übung ihrer Karriere. Bronze ging an die Britin Megan Ashdown.`,
		"sa3en.txt": `en|Germany's Hofstaetter, 17, wins European bars gold

ANTWERP, Belgium (Wire) — Seventeen-year-old Lena Hofstätter of Germany won the uneven bars title at the European Artistic Gymnastics Championships on Sunday, scoring 14.733 to edge Italy's Giulia Ferrandi.

Ferrandi, 22, took silver with 14.500 and Britain's Megan Ashdown, 20, claimed bronze with 14.366.

It was the first European bars gold for a German woman since 2011. Hofstätter finished fourth in the same final last year.`,
		"sa3it.txt": `it|Ginnastica, Europei: Ferrandi d'argento alle parallele

La 22enne bresciana si arrende solo alla giovanissima tedesca Hofstätter

ANVERSA - Giulia Ferrandi conquista l'argento alle parallele asimmetriche agli Europei di ginnastica artistica di Anversa. L'azzurra, 22 anni, ha chiuso con 14.500 punti, dietro alla tedesca Lena Hofstätter, 17 anni, che ha vinto con 14.733. Bronzo alla britannica Megan Ashdown (14.366).

Per Ferrandi è la seconda medaglia europea dopo il bronzo del 2027 alla trave. "Ho fatto il mio esercizio migliore, lei è stata semplicemente più brava", ha detto l'azzurra.

Il direttore tecnico Marco Pellizzari, 58 anni, parla di "un risultato che vale oro".`,
	}, map[string][2]string{"sa3de2.txt": {"19 years", "17 years"}}},
	{"diesel-theft-gang", map[string]string{
		"sa4de.txt": `de|Diesel aus Lkw-Tanks gestohlen: Razzia gegen Bande in Niedersachsen

Lindhorst (dpa/lni) – Mit rund 280 Beamten sind Polizei und Staatsanwaltschaft am Dienstag gegen eine mutmaßliche Bande von Dieseldieben vorgegangen. Elf Verdächtige im Alter von 24 bis 58 Jahren wurden festgenommen, 23 Wohnungen und Gewerbeobjekte in Niedersachsen und Hamburg durchsucht.

Die Gruppe soll über 14 Monate hinweg an 62 Rastplätzen entlang der A1 und der A7 nachts die Tanks parkender Lastwagen angebohrt oder aufgebrochen haben. Insgesamt seien so rund 1,4 Millionen Liter Diesel erbeutet worden, der Schaden liege bei etwa 2,4 Millionen Euro, sagte Oberstaatsanwalt Ralf Hengstebeck.

Als Kopf der Bande gilt ein 47 Jahre alter Spediteur aus Lindhorst. Die Ermittler stellten drei umgebaute Transporter mit Tanks sowie 85.000 Euro Bargeld sicher.`,
		"sa4de2.txt": `de|Dieselklau an der A7: Elf Festnahmen

Blaulicht

Di., 04.06.2030, 17:52 Uhr

Es war einer der größten Polizeieinsätze der vergangenen Jahre im Landkreis: Fast 300 Einsatzkräfte durchsuchten am frühen Dienstagmorgen Objekte in mehreren Orten, darunter ein Speditionsgelände in Lindhorst-Süd.

Nach Angaben der Staatsanwaltschaft soll die Bande seit dem Frühjahr 2029 Diesel aus Lkw-Tanks an mehr als 60 Rastanlagen abgezapft haben – insgesamt etwa 1,4 Mio. Liter. Den Schaden beziffern die Ermittler auf rund 2,4 Mio. Euro.

Die elf Festgenommenen sollen noch am Mittwoch dem Haftrichter vorgeführt werden. Der mutmaßliche Kopf der Gruppe, ein 47-Jähriger, betreibt nach unseren Informationen eine kleine Spedition.

"Für die betroffenen Fahrer ist das jedes Mal ein Albtraum", sagt Oberstaatsanwalt Hengstebeck.`,
		"sa4en.txt": `en|German police smash gang that drained diesel from parked trucks

Road Transport | Security

Police in northern Germany have arrested 11 people suspected of stealing fuel from lorries parked overnight at motorway rest areas, in raids involving around 280 officers on Tuesday.

The gang allegedly targeted trucks at 62 rest stops along the A1 and A7 motorways over 14 months, drilling into or breaking open fuel tanks while drivers slept.

Prosecutors say the suspects, aged between 24 and 58, stole around 1.4 million litres of diesel. Investigators seized three converted vans fitted with tanks and €85,000 in cash.

Senior prosecutor Ralf Hengstebeck put the total damage at about €1.4 million. The alleged ringleader is a 47-year-old haulier from the town of Lindhorst.`,
	}, map[string][2]string{"sa4en.txt": {"€1.4 million", "€2.4 million"}}},
	{"chorizo-salmonella-recall", map[string]string{
		"sa5es.txt": `es|Retiran 42.000 envases de chorizo ibérico de una empresa salmantina por salmonela

Salamanca | Sucesos

La empresa Embutidos Valdecarrasco, con sede en Navalcuervo de Yeltes, ha retirado del mercado 42.000 envases de chorizo ibérico loncheado de 150 gramos de su marca Dehesa Valcarrasco tras detectarse salmonela en varios lotes, informó este jueves la Junta de Castilla y León.

Sanidad relacionó el martes con este producto 14 casos de salmonelosis en Castilla y León y Madrid. Tres personas han tenido que ser hospitalizadas, entre ellas una mujer de 79 años y un niño de 6, aunque ninguna se encuentra grave.

Los lotes afectados tienen fechas de consumo preferente entre el 20 de marzo y el 4 de abril. La empresa pide a quienes tengan el producto en casa que no lo consuman y lo devuelvan en el punto de venta.

"Estamos colaborando con las autoridades desde el primer momento", aseguró el gerente, Julián Barrientos, de 58 años. La firma, fundada en 1974, emplea a 65 trabajadores.`,
		"sa5es2.txt": `es|Alerta sanitaria por salmonela en chorizo loncheado de la marca Dehesa Valcarrasco

Madrid, 14 mar. - La Agencia Española de Seguridad Alimentaria ha activado una alerta por la presencia de salmonela en chorizo ibérico loncheado fabricado en Salamanca, del que se han retirado unos 42.000 envases.

Según la agencia, el producto se ha distribuido en cinco cadenas de supermercados de nueve comunidades autónomas y también se ha exportado a Alemania y Portugal.

Hasta ahora se han confirmado 14 afectados, tres de ellos hospitalizados. Las autoridades sanitarias de Castilla y León vincularon los casos con el embutido el pasado martes, tras analizar muestras de dos pacientes.`,
		"sa5en.txt": `en|Salmonella alert: 42,000 packs of sliced chorizo recalled

Spain's food safety agency has issued an alert over salmonella in sliced Iberian chorizo sold under the Dehesa Valcarrasco brand, with some 42,000 packs pulled from shelves.

Fourteen people have fallen ill in Castilla y León and Madrid, and three were admitted to hospital, among them a six-year-old boy. Health officials linked the cases to the sausage on Tuesday.

The 150g packs carry best-before dates between March 20 and April 4. Shoppers are told not to eat the product and to return it to the store.`,
		"sa5de.txt": `de|Rückruf: Salmonellen in Chorizo – auch Packungen in Deutschland verkauft

Lebensmittelwarnung | Aktualisiert: 15.03.2030

Der spanische Hersteller Embutidos Valdecarrasco ruft geschnittene Chorizo Ibérico der Marke „Dehesa Valcarrasco" (150 g) zurück. In Proben wurden Salmonellen nachgewiesen. Betroffen sind Packungen mit einem Mindesthaltbarkeitsdatum vom 20.03.2030 bis zum 04.04.2030.

Von den insgesamt rund 42.000 zurückgerufenen Packungen wurden nach Angaben des Importeurs etwa 4.000 in Deutschland verkauft, vor allem über die Discountkette Preisfuchs.

In Spanien sind bislang 14 Menschen erkrankt, drei davon mussten ins Krankenhaus. Die Behörden hatten am Donnerstag einen Zusammenhang zwischen den Erkrankungen und der Wurst festgestellt.

Verbraucher können die Ware in allen Filialen zurückgeben, der Kaufpreis von 2,49 Euro wird erstattet.`,
	}, map[string][2]string{"sa5de.txt": {"Thursday", "Tuesday"}}},
	{"farmers-tractor-march-madrid", map[string]string{
		"sa6es.txt": `es|Unos 1.800 tractores toman el centro de Madrid en protesta por los costes agrarios

Madrid | Agricultura

Miles de agricultores y ganaderos llegados de toda España recorrieron este miércoles el centro de Madrid con cerca de 1.800 tractores para protestar contra la subida de los costes de producción. Según la Delegación del Gobierno, participaron 25.000 personas; los organizadores elevan la cifra a 60.000.

La marcha, convocada por la Unión de Agricultores del Duero (UAD) y otras dos organizaciones, partió de Atocha y terminó ante el Ministerio de Agricultura, tras un recorrido de unos tres kilómetros.

"El gasóleo agrícola ha subido un 13 % en un año y los fertilizantes un 22 %. Así no salen las cuentas", denunció el presidente de la UAD, Fermín Larrañeta, de 61 años. Las organizaciones consideran insuficiente el paquete de ayudas de 450 millones de euros aprobado en febrero.

La ministra de Agricultura, Inés Castrillo, se comprometió a recibir a los convocantes el próximo lunes. La policía detuvo a cuatro personas y dos agentes resultaron heridos leves.`,
		"sa6es2.txt": `es|Miles de agricultores marchan en tractor por Madrid

MADRID, 20 (EUROPA PRESS)

Agricultores y ganaderos de toda España se manifestaron este miércoles en Madrid con unos 1.800 tractores para denunciar el encarecimiento de sus costes, en especial del gasóleo agrícola, que ha subido un 18 por ciento en el último año.

Según la Delegación del Gobierno, a la protesta asistieron 25.000 personas, mientras que las organizaciones convocantes, encabezadas por la UAD, hablan de 60.000.

El presidente de la UAD, Fermín Larrañeta, ha reclamado al Gobierno que amplíe las ayudas aprobadas en febrero, de 450 millones, que a su juicio "no cubren ni la mitad" de las pérdidas del sector.

La titular de Agricultura, Inés Castrillo, se reunirá con las organizaciones agrarias el lunes 25.`,
		"sa6en.txt": `en|Spanish farmers drive 1,800 tractors into Madrid over soaring costs

MADRID, Nov 20 (Wire) - Thousands of Spanish farmers drove some 1,800 tractors into central Madrid on Wednesday to protest against rising costs, snarling traffic for hours.

Police put the turnout at 25,000, while organisers said 60,000 people took part. Farm diesel prices have risen 13% in a year and fertiliser 22%, according to the Duero Farmers' Union (UAD), which led the march.

"We are working at a loss," said UAD chairman Fermín Larrañeta, 61. The groups say a 450 million euro ($490 million) aid package approved in February falls short.

Agriculture Minister Inés Castrillo agreed to meet farm leaders on Monday. Four people were arrested and two police officers slightly injured, police said.`,
	}, map[string][2]string{"sa6es2.txt": {"18%", "13%"}}},
	{"lecturers-exam-boycott", map[string]string{
		"sa7it.txt": `it|Università di Valdarsa, al via lo sciopero degli esami: rinviati 4.700 appelli

Primo giorno di protesta dei docenti: adesione al 60 per cento

VALDARSA - È cominciato ieri lo sciopero degli esami all'Università di Valdarsa. Secondo il Coordinamento docenti universitari (Cdu), che ha proclamato la protesta, hanno aderito circa 1.300 dei 2.150 docenti e ricercatori dell'ateneo, il 60 per cento. Gli appelli rinviati sono 4.700.

La mobilitazione durerà fino a venerdì. I docenti chiedono un aumento del 6,5% degli stipendi, fermi dal 2019, e il ritiro del taglio di 14 milioni di euro al bilancio dell'ateneo previsto per quest'anno.

"Non lo facciamo a cuor leggero, ma non ci hanno lasciato alternative", spiega Paolo Arcidiacono, 49 anni, portavoce del Cdu. La rettrice Maria Grazia Tealdi, 63 anni, ha garantito che tutti gli esami saranno recuperati entro 15 giorni.

Gli studenti iscritti all'ateneo sono circa 38 mila.`,
		"sa7it2.txt": `it|Sciopero degli esami a Valdarsa, cosa devono sapere gli studenti

Università | Guida

Da lunedì a venerdì di questa settimana molti appelli della sessione estiva all'Università di Valdarsa non si terranno: i docenti aderenti al Cdu incrociano le braccia per cinque giorni. Secondo il sindacato ha aderito oltre la metà del corpo docente.

Chi ha un esame in calendario deve controllare la propria area riservata: l'ateneo ha comunicato che gli appelli saltati — quasi 5 mila — verranno riprogrammati entro una quindicina di giorni.

La protesta riguarda gli stipendi, bloccati dal 2019, e i tagli: per il 2030 il bilancio dell'ateneo perde 14 milioni. Il sindacato chiede un aumento del 6,5 per cento.

Il diritto allo sciopero, ricorda la rettrice Tealdi, "va rispettato, ma nessuno studente perderà la sessione".`,
		"sa7en.txt": `en|Lecturers at Italy's Valdarsa University boycott exams in pay row

Lecturers at the University of Valdarsa in Tuscany began a week-long boycott of summer exams on Monday, forcing some 4,700 exam sittings to be postponed, union organisers said.

About 1,300 of the university's 2,150 academic staff joined the action on its first day, according to the CDU lecturers' union. Staff are demanding a 6.5% pay rise — salaries have been frozen since 2019 — and the reversal of a €14m budget cut.

Rector Maria Grazia Tealdi, 63, said all postponed exams would be rescheduled within 15 days. The university has about 38,000 students.`,
	}, nil},
	{"dorset-cliff-fall", map[string]string{
		"sa8en.txt": `en|Huge cliff fall closes Dorset beach

Thousands of tonnes of rock have crashed onto a beach in Dorset in one of the biggest cliff falls on the coast in years.

About 4,000 tonnes of rock came away from the 45m (150ft) cliff at Haverstone Bay at about 07:40 GMT on Sunday. No-one was hurt.

Dorset Council said the beach would stay closed for at least two weeks. Geologist Dr Hannah Pryce said monitoring showed the section had moved 1.5m over the past two years.

The area had 110mm of rain in October, almost double the monthly average. The last major fall at Haverstone, in 2021, brought down about 1,200 tonnes.`,
		"sa8en2.txt": `en|'I heard a crack like thunder': dog walker's close call as cliff collapses

Haverstone Bay | News

By Tom Elridge

A dog walker has described the moment a huge section of cliff collapsed just metres from where she had been walking minutes earlier.

Jenny Crofton, 58, was on the beach with her spaniel shortly before 7.40am on Sunday when she heard "a crack like thunder". "We'd turned back about five minutes before. If we hadn't, I don't like to think about it," she said.

Council officers estimate around four thousand tonnes of rock fell. The beach will be shut for a fortnight at least while the cliff is assessed, and people are being urged to stay away from the cliff top.

The 150ft cliffs have been moving steadily: geologists say the affected stretch slipped 1.5 metres in two years.`,
		"sa8de.txt": `de|Südengland: Tausende Tonnen Gestein stürzen auf Strand

Panorama | Großbritannien

An der Südküste Englands ist ein großer Teil einer Steilküste abgebrochen. Rund 4000 Tonnen Fels stürzten am Sonntagmorgen in der Bucht von Haverstone in der Grafschaft Dorset von der etwa 45 Meter hohen Klippe auf den Strand. Verletzt wurde niemand.

Eine Spaziergängerin mit Hund war nach eigenen Angaben nur fünf Minuten zuvor umgekehrt. Die Behörden sperrten den Strand für mindestens zwei Wochen.

Nach Angaben einer Geologin hatte sich der Abschnitt in den vergangenen zwei Jahren um 1,5 Meter bewegt. Im Oktober fielen in der Region 110 Liter Regen pro Quadratmeter, fast doppelt so viel wie üblich. 2021 waren an derselben Stelle etwa 1200 Tonnen abgebrochen.`,
	}, nil},
	{"robot-surgery-milestone", map[string]string{
		"sa9it.txt": `it|Clinica Sant'Anselmo, mille interventi con il robot chirurgico

MORCANZO - La Clinica Sant'Anselmo di Morcanzo ha eseguito martedì il millesimo intervento con il suo robot chirurgico. Il paziente, un uomo di 68 anni del Mendrisiotto, è stato operato per un tumore al rene ed è già stato dimesso.

Il robot, acquistato nel 2026 per 2,1 milioni di franchi, è oggi utilizzato da 14 chirurghi. "La degenza media è passata da sei a tre giorni e mezzo", spiega il primario di chirurgia Fabio Rezzonico, 57 anni.

Gli interventi robotici sono saliti a 280 all'anno, contro i 120 del 2027. La clinica valuta l'acquisto di un secondo robot nel 2031.`,
		"sa9it2.txt": `it|Morcanzo, il robot chirurgico tocca quota mille

Ticino | Salute

Traguardo simbolico per la Clinica Sant'Anselmo: con l'operazione di martedì sono 1000 gli interventi eseguiti con l'assistenza del robot dal suo arrivo, quattro anni fa.

"Per i pazienti significa meno dolore e una degenza quasi dimezzata", sottolinea il dottor Fabio Rezzonico, primario di chirurgia. Nel 2027 gli interventi robotici erano stati 120; oggi sono circa 280 all'anno.

Il paziente numero mille, un 68enne, ha lasciato la clinica dopo tre giorni.`,
		"sa9de.txt": `de|Tessiner Klinik feiert 1000. Roboter-Operation

Lugano – Die Clinica Sant'Anselmo in Morcanzo hat am Dienstag zum 1'000. Mal mit ihrem Operationsroboter operiert. Das Gerät war 2026 für 2,1 Mio. Fr. angeschafft worden.

Laut Chefarzt Fabio Rezzonico (57) sank die durchschnittliche Aufenthaltsdauer seither von sechs auf dreieinhalb Tage. Inzwischen arbeiten 14 Chirurginnen und Chirurgen mit dem System, jährlich kommen rund 280 Eingriffe zusammen.

Ein zweiter Roboter für rund 2,4 Mio. Fr. soll 2031 folgen.`,
	}, nil},
	{"lake-sword-find", map[string]string{
		"sa10de.txt": `de|Taucher finden mittelalterliches Schwert im Grebensee

Grebing (dpa/lby) – Zwei Hobbytaucher haben im oberbayerischen Grebensee ein rund 700 Jahre altes Schwert entdeckt. Die Waffe lag in etwa sieben Metern Tiefe, rund 40 Meter vom Ufer entfernt, wie das Landesamt für Denkmalpflege am Montag mitteilte.

Das Schwert ist 1,12 Meter lang, wiegt 1,4 Kilogramm und stammt nach ersten Untersuchungen aus der Mitte des 14. Jahrhunderts. «Der Erhaltungszustand ist außergewöhnlich gut», sagte die Archäologin Franziska Auer. Auf der Klinge ist eine Schmiedemarke zu erkennen.

Die Taucher, ein 34-jähriger Mann und eine 29 Jahre alte Frau, hatten das Schwert am Samstag entdeckt und die Behörden verständigt. Die Restaurierung soll etwa 18 Monate dauern.`,
		"sa10en.txt": `en|Divers find 700-year-old sword in Bavarian lake

Two amateur divers have discovered a medieval sword in a lake in southern Germany, Bavarian heritage officials said on Monday.

Markus Lindl, 34, and Sabine Reiter, 29, spotted the weapon on Saturday at a depth of around 7 metres in the Grebensee, about 40 metres from the shore.

The sword, 1.12 metres long and weighing 1.4kg, is believed to date from around 1350. Archaeologist Franziska Auer called its condition "exceptional".

Restoration is expected to take about a year and a half, after which the sword will go on display in the local museum.`,
		"sa10es.txt": `es|Dos buceadores hallan una espada medieval en un lago de Baviera

Berlín, 2 sep (EFE).- Dos buceadores aficionados encontraron una espada del siglo XIV en el fondo del lago Grebensee, en el sur de Alemania, informó este lunes la Oficina de Patrimonio de Baviera.

La espada, de 1,12 metros de longitud y 1,4 kilos de peso, se encontraba a unos siete metros de profundidad y a 40 metros de la orilla. Según los expertos, data de mediados del siglo XIV, hace unos 700 años.

La restauración durará unos 18 meses. Los buceadores, de 34 y 29 años, dieron aviso a las autoridades tras el hallazgo, el sábado.`,
	}, nil},
}
