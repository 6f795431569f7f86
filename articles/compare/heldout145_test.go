package compare

// heldOutVaudaire is a blind held-out set of ten events written without
// reading the comparison code: a storm's insured losses in southern Germany,
// a yacht exploding while refuelling in a Ligurian marina, a pencil maker
// moving work to Mexico, an unclaimed lottery jackpot on Mallorca, a river
// cruise ship hitting a Danube lock gate, a fake-police phone-scam gang in
// South Tyrol, a Ticino town's plan to close primary schools, a Piedmont
// castle sold to a Swiss foundation, diphtheria cases in a Canary Islands
// reception centre and a fire in an underground car park on the Costa
// Blanca, in German, Italian, Spanish and English.
//
// Six contradictions are planted, one each, all outside the first
// paragraph and all in a report whose language is the minority of its
// event: a count of claims (Italian, 240,000 for 210,000), a skipper's age
// (Spanish, 53 for 58), a sales fall (English, 4.8% for 8.4%), a claim
// deadline (German, 16 June for 18 June), the length of a closed stretch of
// river (Spanish, 48 km for 38 km, in a report that also has 48 crew) and a
// scam haul (English, €680,000 for €780,000). The schools, castle,
// diphtheria and car-park events hold none.
//
// Traps: an earlier estimate and a previous storm's losses, parts of a
// total (homes and cars of all claims, passengers and crew of all aboard,
// confirmed and suspected of all cases, vaccinated of all residents, jobs
// cut of all jobs), several people's ages in one report, a baby's age in
// months, km/h beside mph, metres beside feet, kilometres beside miles,
// hectares beside acres, Swiss 2'140, gross and net prizes, "about a
// sixth" and "jeder vierte" for exact shares, years of other events,
// "quindici giorni" and "48 horas" for two weeks and two days.
//
// Frozen before its first run, which flagged 5 of the 6 contradictions and
// 0 false disagreements; it missed "marina-refuelling-blast: missed
// vd2es.txt's 53 years against 58 years": the Spanish skipper's age, called
// "el patrón, de 53 años", stayed a fact of its own ("patrón · age · 53
// years") beside the "comandante · age · 58 years" of the Italian and
// English reports, so the two were never compared. The same run grouped
// the 40 reports into 16 events (B-cubed precision 1.000, recall 0.787).
var heldOutVaudaire = []heldOutEvent{
	{"storm-insured-losses", map[string]string{
		"vd1de.txt": `de|Sturm „Irmelin“: Versicherer rechnen mit 1,3 Milliarden Euro Schaden

Wirtschaft | Versicherungen

Stuttgart, 14.11.2029, 11:40 Uhr

Der Herbststurm „Irmelin“ hat in Süddeutschland nach Schätzung der Versicherer Schäden von rund 1,3 Milliarden Euro angerichtet. Bislang seien etwa 210.000 Schadenmeldungen eingegangen, teilte der Verband der Südwestdeutschen Sachversicherer (VSS) am Mittwoch mit.

Rund 160.000 Meldungen betreffen Wohngebäude, vor allem abgedeckte Dächer und von umgestürzten Bäumen getroffene Häuser, etwa 50.000 entfallen auf Kfz-Schäden. Am Montag war der Verband noch von 900 Millionen Euro ausgegangen.

„Irmelin ist damit der teuerste Sturm seit Bertram im Jahr 2021“, sagte Verbandschef Konrad Uhlenbrock. Bertram hatte damals versicherte Schäden von 2,1 Milliarden Euro verursacht.

Der Sturm war in der Nacht zum Sonntag mit Böen von bis zu 148 Kilometern pro Stunde über Baden-Württemberg und Bayern gezogen. Zwei Menschen kamen ums Leben: ein 67-jähriger Spaziergänger bei Kelzheim und eine 34 Jahre alte Autofahrerin im Allgäu.`,
		"vd1deb.txt": `de|Nach dem Sturm: Versicherer zählen 210.000 Schäden

Region | Kelzheim

Von Anja Rössler

Drei Tage nach Sturm „Irmelin“ liegt eine erste belastbare Bilanz vor: Rund 1,3 Mrd. Euro dürfte das Unwetter die Versicherer kosten, schätzt der Branchenverband VSS. Zu Wochenbeginn hatte er noch mit 900 Mio. Euro gerechnet.

Allein im Landkreis Kelzheim wurden nach Angaben der Kreisverwaltung mehr als 8.000 Schäden gemeldet. „So viele Anrufe hatten wir noch nie an einem Tag“, sagt Petra Wendlinger, die in der Kelzheimer Innenstadt ein Versicherungsbüro leitet.

Bei Böen bis 148 km/h waren in der Nacht auf Sonntag Hunderte Bäume umgestürzt. Ein 67-Jähriger wurde bei einem Spaziergang am Ortsrand von einem Ast tödlich getroffen.

Die Feuerwehren im Kreis rückten zu 1.150 Einsätzen aus.

Mehr zum Thema: So melden Sie Sturmschäden richtig`,
		"vd1en.txt": `en|Storm Irmelin to cost German insurers €1.3bn

Business

By Mark Ellery, Frankfurt

Insurers in southern Germany expect to pay out about €1.3 billion for damage caused by Storm Irmelin, which swept across Baden-Württemberg and Bavaria at the weekend, their industry association said on Wednesday.

The association, VSS, had put the bill at €900 million on Monday but raised its estimate as claims kept coming in. Some 210,000 claims have been filed so far, roughly three quarters of them for damaged homes.

Gusts reached 148 km/h (92 mph). Two people were killed, a man of 67 and a woman aged 34.

It is the costliest storm in the region since Bertram in 2021, which caused insured losses of €2.1bn.`,
		"vd1it.txt": `it|Germania, la tempesta Irmelin costa 1,3 miliardi alle assicurazioni

Esteri | Economia

Monaco di Baviera, 14 novembre 2029

La tempesta Irmelin, che nel fine settimana ha colpito il Baden-Württemberg e la Baviera con raffiche fino a 148 km orari, costerà alle compagnie assicurative circa 1,3 miliardi di euro. Lo ha reso noto mercoledì l'associazione degli assicuratori della Germania sudoccidentale (VSS).

Finora sono arrivate circa 240.000 denunce di sinistro, in gran parte per tetti scoperchiati e alberi caduti sulle case. Lunedì la stima era ancora di 900 milioni.

Il presidente dell'associazione, Konrad Uhlenbrock, ha parlato della tempesta più costosa dal 2021, quando Bertram provocò danni assicurati per 2,1 miliardi.

Due le vittime: un uomo di 67 anni e una donna di 34.`,
	}, map[string][2]string{"vd1it.txt": {"240,000", "210,000"}}},
	{"marina-refuelling-blast", map[string]string{
		"vd2it.txt": `it|Esplosione su uno yacht durante il rifornimento, tre feriti a Cala Verzina

Cronaca | Liguria

La Spezia, 20 luglio 2029 - 19:05

Un'esplosione ha squarciato venerdì pomeriggio uno yacht di 18 metri mentre faceva rifornimento al distributore del porto turistico di Cala Verzina, nel golfo della Spezia. Tre persone sono rimaste ferite, una in modo grave.

Il comandante dell'imbarcazione, un 58enne di Genova, ha riportato ustioni sul 40% del corpo ed è stato trasferito in elicottero al centro grandi ustionati di Genova. Feriti in modo più lieve un marinaio di 24 anni e l'addetto al distributore, 41 anni.

Le fiamme si sono estese a due barche ormeggiate accanto. I vigili del fuoco hanno lavorato per circa tre ore prima di spegnere l'incendio; lo yacht, battente bandiera maltese, è affondato poco dopo.

Secondo la Capitaneria di porto, al momento dell'esplosione erano stati caricati circa 1.200 litri di gasolio. Il distributore resterà chiuso e in mare è stata stesa una barriera galleggiante di 200 metri.`,
		"vd2itb.txt": `it|Cala Verzina, boato al porto: yacht in fiamme e affondato

Golfo dei Poeti

di Chiara Bettoni

«Abbiamo sentito un boato, poi una colonna di fumo nero», racconta Mauro Vezzani, che gestisce un bar sulla passeggiata. Erano da poco passate le 15 di venerdì quando lo yacht, un 18 metri, è esploso mentre faceva il pieno al distributore del porto.

Gravissimo il comandante, 58 anni, portato in elisoccorso a Genova. Ferito anche un marinaio di 24 anni, che si è gettato in acqua, e il benzinaio del porto, di 41 anni.

Tre ore di lavoro per i vigili del fuoco, arrivati anche via mare. Danneggiate altre due imbarcazioni. Lo scafo è affondato davanti alla banchina.

La Procura della Spezia ha aperto un fascicolo per lesioni colpose. Il porto ospita circa 650 posti barca.

Leggi anche: Estate, boom di noleggi nel golfo`,
		"vd2en.txt": `en|Three hurt as yacht explodes while refuelling in Italian marina

World | Europe

By Tom Hartigan

A 60-foot motor yacht exploded while taking on fuel at the marina of Cala Verzina near La Spezia, on Italy's Ligurian coast, on Friday afternoon, injuring three people.

The skipper, a 58-year-old Italian, suffered burns to 40% of his body and was flown to a specialist burns unit in Genoa. A 24-year-old crew member and a 41-year-old fuel dock attendant were less seriously hurt.

The fire spread to two neighbouring boats and took firefighters about three hours to put out. The Maltese-flagged yacht later sank.

The coastguard said about 1,200 litres (317 gallons) of diesel had been pumped into the yacht before the blast. A 200-metre boom was laid to contain any spill.`,
		"vd2es.txt": `es|Explota un yate mientras repostaba en un puerto deportivo de Italia

Internacional

Roma, 20 jul (Agencia)

Tres personas resultaron heridas este viernes al explotar un yate de 18 metros de eslora mientras repostaba en el puerto deportivo de Cala Verzina, cerca de La Spezia (noroeste de Italia), informaron los bomberos.

El incendio se propagó a otras dos embarcaciones y los bomberos tardaron unas tres horas en sofocarlo. El yate, con bandera de Malta, se hundió poco después.

El patrón, de 53 años, sufrió quemaduras en el 40 % del cuerpo y fue trasladado en helicóptero a una unidad de grandes quemados en Génova. Un marinero de 24 años y el empleado de la gasolinera, de 41, sufrieron heridas leves.

Según la Capitanía marítima, se habían cargado unos 1.200 litros de gasóleo.`,
	}, map[string][2]string{"vd2es.txt": {"53 years", "58 years"}}},
	{"pencil-factory-relocation", map[string]string{
		"vd3de.txt": `de|Bleistifthersteller Graffwerk streicht 320 Stellen in Lindenach

Wirtschaft

Nürnberg, 23.10.2029, 14:02 Uhr

Der fränkische Schreibwarenhersteller Graffwerk verlagert einen Teil seiner Produktion nach Mexiko und baut am Stammsitz in Lindenach 320 seiner 1.150 Arbeitsplätze ab. Das teilte das Unternehmen am Dienstag mit.

Betroffen ist vor allem die Fertigung von Farbstiften, die bis Ende 2031 in das Werk bei Puebla wandert. Dort sollen 260 neue Stellen entstehen.

Graffwerk begründete den Schritt mit gestiegenen Energie- und Lohnkosten. Der Umsatz sank 2028 um 8,4 Prozent auf 412 Millionen Euro, nach 450 Millionen Euro im Jahr davor.

„Das ist der schwerste Schritt in unserer 168-jährigen Geschichte“, sagte Vorstandschefin Dorothee Graff-Kessel (52). Die Kosten für den Umbau beziffert das Unternehmen auf rund 45 Millionen Euro.

Betriebsratschef Hans-Peter Mauerer, 61, kündigte Widerstand an.`,
		"vd3deb.txt": `de|Schock in Lindenach: Jeder vierte Job bei Graffwerk fällt weg

Lokales | Lindenach

Von Sabine Hofmeister

Für viele Familien in Lindenach ist es ein schwarzer Dienstag: Graffwerk, seit 1861 in der Stadt und ihr größter Arbeitgeber, will 320 Stellen abbauen. Von derzeit rund 1150 Beschäftigten am Stammsitz bleiben damit noch etwa 830.

„Mein Vater hat hier schon gearbeitet, ich bin seit 27 Jahren dabei“, sagte eine Mitarbeiterin am Werkstor, die ihren Namen nicht nennen wollte.

Bürgermeister Florian Weidinger sprach von einem „bitteren Tag für die ganze Region“. Der Betriebsratsvorsitzende Hans-Peter Mauerer (61) kündigte an, um jeden Arbeitsplatz zu kämpfen.

Graffwerk stellt jedes Jahr rund 1,4 Milliarden Stifte her. Die Farbstifte sollen künftig aus Mexiko kommen.`,
		"vd3en.txt": `en|German pencil maker Graffwerk to cut 320 jobs, shift output to Mexico

Business | Manufacturing

Oct 23, 2029

Graffwerk, the 168-year-old German maker of pencils and crayons, said on Tuesday it would cut 320 jobs at its headquarters in Lindenach, Bavaria, and move production of coloured pencils to its factory in Mexico by the end of 2031.

The family-controlled company, which employs about 1,150 people in Lindenach and 3,400 worldwide, blamed rising energy and labour costs. Its sales fell 4.8% in 2028 to €412 million.

Chief executive Dorothee Graff-Kessel, 52, said the restructuring would cost about €45 million. The Mexican plant near Puebla will add 260 jobs.

Graffwerk makes about 1.4 billion pencils a year.`,
		"vd3es.txt": `es|Graffwerk llevará a Puebla su producción de lápices de colores

Negocios

Ciudad de México, 23 de octubre de 2029

El fabricante alemán de lápices Graffwerk trasladará a su planta de San Lorenzo Tezontla, en Puebla, la producción de lápices de colores que hoy realiza en Alemania, lo que generará 260 empleos directos en México, informó la compañía este martes.

En su sede de Lindenach, en Baviera, la empresa eliminará 320 de sus 1.150 puestos de trabajo. El traslado se completará a finales de 2031.

La planta poblana, inaugurada en 2009, emplea actualmente a 740 personas. Con la ampliación, su plantilla rondará el millar.

Graffwerk, que fabrica cerca de 1.400 millones de lápices al año, vio caer sus ventas un 8,4 % en 2028, hasta 412 millones de euros.`,
	}, map[string][2]string{"vd3en.txt": {"4.8%", "8.4%"}}},
	{"unclaimed-lottery-ticket", map[string]string{
		"vd4es.txt": `es|Nadie reclama el premio de 4,7 millones de la Primitiva vendido en Vallmar

Mallorca

Palma, 4 de junio de 2029

El único boleto acertante de primera categoría de la Primitiva del sábado 17 de marzo, dotado con 4.731.520,18 euros, sigue sin dueño. El boleto se validó en la administración de lotería de la calle Major de Sa Colònia de Vallmar, en el norte de Mallorca.

Al afortunado le quedan dos semanas para cobrarlo: el plazo de tres meses vence el 18 de junio. Si nadie lo reclama, el dinero pasará al Tesoro Público.

"Vendemos sobre todo a vecinos del pueblo, pero en marzo también había muchos trabajadores de temporada", explica la lotera, Margalida Ferrer, de 63 años, que regenta el negocio desde 1994.

Hacienda retiene el 20 % de los premios superiores a 40.000 euros, por lo que el ganador recibiría unos 3,79 millones netos.

No es la primera alegría para el pueblo: en 2017 la misma administración vendió un segundo premio del Euromillones de 1,2 millones de euros.`,
		"vd4esb.txt": `es|Un boleto de la Primitiva de 4,7 millones, a punto de caducar en Mallorca

Sociedad

Madrid, 4 jun (Agencia)

Loterías y Apuestas del Estado ha hecho un llamamiento para que el poseedor de un boleto de la Primitiva premiado con más de 4,7 millones de euros, vendido en la localidad mallorquina de Sa Colònia de Vallmar, lo presente antes de que caduque.

El sorteo se celebró el 17 de marzo y el plazo para cobrar el premio termina el próximo 18 de junio, tres meses contados desde el día siguiente al sorteo.

Según la entidad, cada año quedan sin cobrar en toda España premios por unos 20 millones de euros.`,
		"vd4de.txt": `de|Mallorca: Wer hat den Lottoschein über 4,7 Millionen Euro?

Mallorca | Inselleben

Von Jens Brockmann

In Sa Colònia de Vallmar im Norden der Insel wartet ein Lottogewinn von 4,73 Millionen Euro auf seinen Besitzer. Der Schein für die Primitiva-Ziehung vom Samstag, 17. März, wurde in der Lotto-Annahmestelle an der Carrer Major abgegeben.

Viele Residenten und Urlauber spielen dort regelmäßig. „Es kann gut sein, dass der Gewinner gar nicht weiß, dass er gewonnen hat“, sagt Inhaberin Margalida Ferrer (63).

Die Frist zur Einlösung endet am 16. Juni. Danach fällt das Geld an den spanischen Staat.

Vom Gewinn behält das Finanzamt 20 Prozent des Betrags oberhalb von 40.000 Euro ein. Übrig blieben rund 3,8 Millionen Euro.`,
		"vd4en.txt": `en|Unclaimed €4.7m lottery jackpot in Mallorca village runs out this month

Mallorca News

June 4, 2029

Somebody who bought a lottery ticket in the village of Sa Colònia de Vallmar in March is sitting on €4.7 million — and has just two weeks left to claim it.

The winning ticket for La Primitiva draw on Saturday March 17 was sold at the lottery shop on Carrer Major. The prize, €4,731,520.18, must be collected by June 18, or it goes to the Spanish treasury.

After Spain's 20% tax on winnings over €40,000, the winner would take home roughly €3.8m.

Shop owner Margalida Ferrer, 63, has run the business for 35 years.`,
	}, map[string][2]string{"vd4de.txt": {"16 June", "18 June"}}},
	{"river-cruise-lock-crash", map[string]string{
		"vd5de.txt": `de|Flusskreuzfahrtschiff rammt Schleusentor an der Donau – elf Verletzte

Chronik | Oberösterreich

Linz, 07.08.2029, 09:30 Uhr

Ein Flusskreuzfahrtschiff ist in der Nacht auf Dienstag bei der Einfahrt in die Schleuse des Donaukraftwerks Brandlau gegen das untere Schleusentor geprallt. Elf Passagiere wurden leicht verletzt, zwei von ihnen wurden in ein Linzer Krankenhaus gebracht.

An Bord des 135 Meter langen Schiffes „Viola Danubia“ waren 172 Passagiere, überwiegend aus den USA, Großbritannien und Deutschland, sowie 48 Besatzungsmitglieder. Das Schiff war auf dem Weg von Passau nach Budapest.

Die Schifffahrt auf der Donau ist zwischen Brandlau und Aschbach auf einer Länge von 38 Kilometern gesperrt, voraussichtlich für mindestens fünf Tage. Der Schaden am Tor dürfte laut Betreiber in die Millionen gehen.

Ein Alkotest beim 47-jährigen Kapitän verlief negativ. Die Schleuse war erst 2022 um 14 Millionen Euro saniert worden.`,
		"vd5deb.txt": `de|Schleusen-Crash in Brandlau: Donau tagelang gesperrt

Region | Mühlviertel

Von Gerald Pichlmayr

Ein lauter Knall hat in der Nacht auf Dienstag um 2.15 Uhr Anrainer in Brandlau geweckt: Das Kreuzfahrtschiff „Viola Danubia“ war gegen das Schleusentor gekracht. An Bord befanden sich 220 Menschen.

„Das Tor ist massiv verbogen“, sagte ein Sprecher des Kraftwerksbetreibers. Bis zur Reparatur bleibt die Donau auf 38 km für die Schifffahrt gesperrt. Rund 30 Frachtschiffe und Kreuzfahrer stauten sich bereits am Dienstagvormittag.

Die Passagiere setzten ihre Reise mit Bussen nach Wien fort. Elf von ihnen hatten leichte Verletzungen erlitten.

Der Kapitän (47) wurde von der Polizei befragt.`,
		"vd5en.txt": `en|Eleven hurt as Danube cruise ship hits lock gate in Austria

Travel | News

Aug 7, 2029

Eleven passengers were slightly injured when a river cruise ship carrying mostly American, British and German tourists crashed into a lock gate on the Danube in northern Austria early on Tuesday, police said.

The 443-foot Viola Danubia, operated by Swiss-based Rheinstern Cruises, had 220 people on board — 172 passengers and 48 crew — on a voyage from Passau to Budapest. Two passengers were taken to hospital in Linz.

Shipping has been halted on a 24-mile stretch of the river for at least five days while the damaged gate is repaired. Passengers were taken on to Vienna by coach.

Rheinstern said it would refund the remaining part of the cruise.`,
		"vd5es.txt": `es|Once heridos al chocar un crucero fluvial contra una esclusa del Danubio

Internacional

Viena, 7 ago (Agencia)

Once pasajeros de un crucero fluvial resultaron heridos leves la madrugada de este martes al chocar el barco contra la compuerta de una esclusa del Danubio en el norte de Austria, informó la policía.

El "Viola Danubia", de 135 metros de eslora, cubría la ruta entre Passau (Alemania) y Budapest con 172 pasajeros y 48 tripulantes a bordo.

La navegación por el río quedó interrumpida en un tramo de 48 kilómetros durante al menos cinco días, según las autoridades austriacas. Unos 30 barcos esperan para pasar.

El capitán, de 47 años, dio negativo en la prueba de alcoholemia.`,
	}, map[string][2]string{"vd5es.txt": {"48 km", "38 km"}}},
	{"fake-police-phone-gang", map[string]string{
		"vd6it.txt": `it|Falsi carabinieri al telefono, truffe agli anziani per 780mila euro: sei arresti

Cronaca | Alto Adige

Bolzano, 23 ottobre 2029

Si fingevano carabinieri o avvocati e convincevano anziani soli a consegnare contanti e gioielli per evitare l'arresto di un figlio o di un nipote. I carabinieri di Bolzano hanno arrestato martedì sei persone, accusate di 23 truffe commesse in Alto Adige e in Trentino tra settembre 2028 e ottobre 2029.

Il bottino complessivo ammonta a circa 780.000 euro. Le vittime hanno tra i 71 e i 93 anni; la più anziana, una vedova della Val Venosta, aveva consegnato 120.000 euro in gioielli e monete d'oro.

Gli arrestati, tra i 24 e i 39 anni, agivano secondo gli inquirenti da un call center all'estero e da due appartamenti a Bolzano. Nelle nove perquisizioni sono stati sequestrati 95.000 euro in contanti, orologi e 14 telefoni cellulari.

«Nessun carabiniere vi chiederà mai soldi al telefono», ha ricordato il colonnello Stefano Righetti, comandante provinciale. Nel 2028 in provincia erano state denunciate 41 truffe di questo tipo.`,
		"vd6itb.txt": `it|Truffe del falso carabiniere, smantellata la banda: colpi per 780 mila euro

Bolzano | Cronaca

di Elena Pichler

Ventitré colpi in poco più di un anno, quasi tutti ai danni di anziani che vivevano soli. È il bilancio dell'operazione "Filo Spezzato" dei carabinieri, che ha portato all'arresto di sei persone tra Bolzano e Rovereno.

Una delle vittime, un pensionato di 88 anni di Valdorna, ha consegnato a un finto avvocato 36.000 euro in contanti. «Mi hanno detto che mio nipote aveva investito una donna», ha raccontato alla nostra redazione.

Il danno complessivo è stimato in 780 mila euro. Solo una piccola parte, 95 mila euro, è stata recuperata.

Hai ricevuto telefonate sospette? Scrivici.`,
		"vd6de.txt": `de|Falsche Polizisten: Bande soll Senioren um 780.000 Euro gebracht haben

Südtirol | Chronik

Bozen, 23.10.2029

Sechs mutmaßliche Mitglieder einer Betrügerbande sind am Dienstag in Bozen festgenommen worden. Sie sollen sich am Telefon als Carabinieri oder Anwälte ausgegeben und vor allem alleinstehende Senioren um Bargeld und Schmuck im Wert von rund 780.000 Euro gebracht haben.

Die Ermittler werfen den Verdächtigen im Alter von 24 bis 39 Jahren 23 Betrugsfälle in Südtirol und im Trentino vor. Die Opfer waren zwischen 71 und 93 Jahre alt.

Bei neun Hausdurchsuchungen stellten die Carabinieri 95.000 Euro Bargeld sowie 14 Handys sicher. „Kein Beamter wird Sie jemals am Telefon um Geld bitten“, sagte Oberst Stefano Righetti.`,
		"vd6en.txt": `en|Italian police arrest six over 'fake officer' phone scams targeting elderly

Europe

Oct 23, 2029

Italian Carabinieri in Bolzano arrested six people on Tuesday suspected of posing as police officers and lawyers on the phone to trick elderly people into handing over cash and jewellery.

Investigators say the gang carried out 23 scams in the northern provinces of South Tyrol and Trentino over 14 months, taking some €680,000. The victims were aged between 71 and 93.

Police seized €95,000 in cash and 14 mobile phones during nine searches. The oldest victim, a widow, had handed over jewellery and gold coins worth €120,000.`,
	}, map[string][2]string{"vd6en.txt": {"€680,000", "€780,000"}}},
	{"primary-schools-closure-plan", map[string]string{
		"vd7it.txt": `it|Castelrivo, il Municipio vuole chiudere quattro sedi di scuola elementare

Ticino | Cronaca

Castelrivo, 15 novembre 2029

Il Municipio di Castelrivo propone di chiudere entro il 2033 quattro delle tredici sedi di scuola elementare della città. Il motivo è il calo degli allievi: oggi sono 1.780, contro i 2.140 del 2015, e secondo le previsioni scenderanno a circa 1.600 nel 2035.

Con la riorganizzazione il Comune conta di risparmiare 3,2 milioni di franchi all'anno. Parallelamente sono previsti investimenti per 48 milioni per ristrutturare e ampliare due poli scolastici, a Morcate e a Castelrivo Centro.

«Non è una decisione presa a cuor leggero», ha detto la capodicastero Educazione, Marina Zanetti-Bossi. Il Consiglio comunale voterà il 12 dicembre.

Il comitato dei genitori "Scuola sotto casa" ha raccolto in quindici giorni 3.100 firme contro il progetto.`,
		"vd7itb.txt": `it|Scuole, a Sant'Abbondio la rabbia dei genitori: «Giù le mani dalla nostra sede»

Regione

di Paolo Cattaneo

Sono circa 60 i bambini che frequentano la scuola elementare di Sant'Abbondio, una delle quattro sedi che il Municipio di Castelrivo vorrebbe chiudere. Dopo la chiusura ne resterebbero nove.

«I nostri figli dovrebbero fare 4 chilometri in bus ogni mattina», dice Laura Mombelli, mamma di due bambini di 7 e 9 anni e portavoce del comitato, che ha già raccolto oltre 3.000 firme.

Il Consiglio comunale si esprimerà in dicembre.`,
		"vd7de.txt": `de|Castelrivo TI will vier Primarschulhäuser schliessen

Schweiz | Tessin

Von unserer Tessin-Korrespondentin

Die Tessiner Stadt Castelrivo will wegen sinkender Schülerzahlen bis 2033 vier ihrer 13 Primarschulstandorte aufgeben. Heute besuchen noch 1780 Kinder die Primarschule, 2015 waren es 2'140 – ein Rückgang um rund 17 Prozent.

Die Stadtregierung rechnet mit Einsparungen von 3,2 Mio. Franken jährlich. Gleichzeitig sollen 48 Mio. Franken in zwei grössere Schulzentren fliessen.

Eltern wehren sich: Innert zwei Wochen kamen 3100 Unterschriften zusammen. Das Stadtparlament entscheidet am 12. Dezember.`,
		"vd7en.txt": `en|Swiss town plans to shut four primary schools as pupil numbers fall

Switzerland

Nov 15, 2029

Castelrivo, a town in the Italian-speaking canton of Ticino, wants to close four of its 13 primary school sites by 2033 after pupil numbers dropped by about a sixth in 14 years.

There are now 1,780 pupils, down from 2,140 in 2015, and the number is expected to fall to around 1,600 by 2035. The town expects to save CHF 3.2 million a year and plans to spend CHF 48 million on enlarging two remaining school campuses.

A parents' group has gathered 3,100 signatures against the plan in two weeks. The town council votes on December 12.`,
	}, nil},
	{"hilltop-castle-sale", map[string]string{
		"vd8it.txt": `it|Il castello di Roccaverde venduto a una fondazione svizzera per 6,8 milioni

Cultura | Piemonte

Asti, 3 maggio 2029

Dopo quattro anni sul mercato il castello di Roccaverde, nel Monferrato astigiano, ha un nuovo proprietario: la fondazione svizzera Hallbrunn lo ha acquistato per 6,8 milioni di euro dagli eredi della famiglia Sanguinetti. Il rogito è stato firmato giovedì.

Il castello, le cui parti più antiche risalgono al XIV secolo, conta 42 stanze su circa 3.800 metri quadrati ed è circondato da un parco di 12 ettari. Nel 2025 era stato messo in vendita a 9,5 milioni.

La fondazione intende investire altri 12 milioni nel restauro e aprire il castello al pubblico dal 2031, con un museo e una foresteria per artisti.

Nel 2026 il Comune aveva tentato di acquistarlo offrendo 5 milioni, ma l'offerta era stata respinta. «Siamo sollevati», ha commentato il sindaco, Giorgio Ferrero-Bollati.`,
		"vd8itb.txt": `it|Roccaverde, il castello passa agli svizzeri. Il sindaco: «Finalmente riaprirà»

Monferrato

di Luca Gallesio

«Per anni abbiamo temuto che cadesse a pezzi». Il sindaco di Roccaverde Monferrato, Giorgio Ferrero-Bollati, 57 anni, non nasconde la soddisfazione per la vendita del castello che domina il paese di 640 abitanti.

A comprarlo, per 6,8 milioni, è stata la fondazione Hallbrunn di Basilea, presieduta dall'imprenditrice Verena Hallbrunn, 71 anni. L'ultima a vivere nel castello fu la contessa Adelaide Sanguinetti, morta nel 2019 a 96 anni.

Il Comune, che tre anni fa aveva offerto 5 milioni, otterrà l'uso gratuito del salone d'onore per dieci giorni all'anno.`,
		"vd8de.txt": `de|Basler Stiftung kauft Schloss im Piemont

Kultur

Basel, 03.05.2029

Die Basler Stiftung Hallbrunn hat im Monferrato das Castello di Roccaverde gekauft. Der Kaufpreis beträgt 6,8 Millionen Euro, wie die Stiftung am Donnerstag mitteilte. Ursprünglich hatten die Erben 9,5 Millionen verlangt.

Das Schloss mit 42 Zimmern und einer Wohnfläche von rund 3800 Quadratmetern steht in einem zwölf Hektar grossen Park. Die Stiftung will weitere 12 Millionen Euro in die Sanierung stecken und es ab 2031 öffentlich zugänglich machen.

„Wir wollen einen Ort für Kunst und Begegnung schaffen“, sagte Stiftungspräsidentin Verena Hallbrunn (71).`,
		"vd8en.txt": `en|Swiss foundation buys 14th-century Piedmont castle for €6.8m

Property | Europe

May 3, 2029

A Swiss foundation has bought a 42-room hilltop castle in Italy's Monferrato wine region for €6.8 million, well below the €9.5 million asking price set when it went on sale four years ago.

The Castello di Roccaverde, whose oldest parts date from the 1300s, sits in 30 acres of parkland. The Basel-based Hallbrunn Foundation, chaired by businesswoman Verena Hallbrunn, 71, plans to spend another €12 million restoring it and open it to the public in 2031.

The village council had bid €5 million in 2026.`,
	}, nil},
	{"diphtheria-reception-centre", map[string]string{
		"vd9es.txt": `es|Sanidad confirma tres casos de difteria en un centro de acogida de Gran Canaria

Canarias | Sanidad

Las Palmas de Gran Canaria, 21 de septiembre de 2029

La Consejería de Sanidad ha confirmado tres casos de difteria entre los residentes del centro de acogida de Puerto del Salitre, en el sur de Gran Canaria, y estudia otros dos casos sospechosos.

Dos de los afectados, un menor de 16 años y un joven de 23, permanecen ingresados en el hospital, aunque su estado es estable. Los demás evolucionan favorablemente en aislamiento.

En los dos últimos días se ha vacunado a 380 de los 420 residentes del centro, y 37 contactos estrechos reciben tratamiento antibiótico preventivo, explicó la directora general de Salud Pública, Inés Cabrera.

"El riesgo para la población general es bajo", subrayó Cabrera. El último caso de difteria registrado en el archipiélago se remonta a 2022.`,
		"vd9esb.txt": `es|Difteria en Puerto del Salitre: cinco casos y vacunación masiva en el centro

Sur de Gran Canaria

Por Ayoze Quintana

Son ya cinco los casos de difteria detectados en el centro de acogida de Puerto del Salitre: tres confirmados por laboratorio y dos pendientes de resultado. Sanidad ha desplegado un equipo de vacunación que en 48 horas ha inmunizado a 380 personas.

El centro, gestionado por una ONG, acoge a unas 420 personas, la mayoría llegadas por mar en los últimos tres meses.

Los vecinos del barrio muestran cierta inquietud, pero Sanidad insiste en que la vacunación infantil protege a la inmensa mayoría de la población.`,
		"vd9en.txt": `en|Diphtheria cases confirmed at Canary Islands migrant centre

World

Sept 21, 2029

Health officials in Spain's Canary Islands have confirmed three cases of diphtheria at a migrant reception centre on Gran Canaria and are investigating two more suspected cases.

Two patients, aged 16 and 23, are in hospital in a stable condition, regional public health director Inés Cabrera said on Friday.

Some 380 of the centre's roughly 420 residents have been vaccinated over two days, and 37 close contacts have been given antibiotics. Cabrera said the risk to the wider population was low.

The islands' last diphtheria case was recorded in 2022.`,
		"vd9de.txt": `de|Diphtherie in Flüchtlingsheim auf Gran Canaria

Kanaren | Aktuell

Auf Gran Canaria sind in einer Aufnahmeeinrichtung für Migranten drei Diphtherie-Fälle bestätigt worden, zwei weitere Verdachtsfälle werden untersucht. Das teilte die Gesundheitsbehörde der Kanaren am Freitag mit.

Zwei Patienten – 16 und 23 Jahre alt – liegen im Krankenhaus, ihr Zustand ist stabil. In der Einrichtung in Puerto del Salitre leben rund 420 Menschen, 380 von ihnen wurden binnen zwei Tagen geimpft.

37 enge Kontaktpersonen erhalten vorsorglich Antibiotika. Für die Bevölkerung bestehe nur ein geringes Risiko.`,
	}, nil},
	{"car-park-fire-cars", map[string]string{
		"vd10es.txt": `es|Un incendio calcina 27 coches en el garaje de un edificio en Pinell de Mar

Comunitat Valenciana

Alicante, 17 de junio de 2029

Un incendio declarado de madrugada en el aparcamiento subterráneo de un edificio de viviendas de Pinell de Mar (Alicante) ha calcinado 27 vehículos y ha obligado a desalojar a unos 140 vecinos, informó el Consorcio Provincial de Bomberos.

El fuego se originó hacia las 3.10 horas en la segunda planta del garaje, que cuenta con 210 plazas. Treinta y cinco bomberos de cuatro parques trabajaron durante seis horas para extinguirlo.

Nueve personas fueron atendidas por inhalación de humo. Un bebé de ocho meses y una mujer de 79 años fueron trasladados al hospital.

La Guardia Civil investiga las causas. Los vecinos pudieron volver a sus casas por la tarde, salvo los de dos escaleras, con 24 viviendas, que siguen sin luz.`,
		"vd10esb.txt": `es|"Pensábamos que se caía el edificio": noche de humo en el Residencial Les Dunes

Pinell de Mar | Sucesos

Por Rosa Llorca

"Bajamos por la escalera con toallas mojadas en la cara", relata Vicent Soler, de 66 años, vecino del cuarto piso. Como él, unas 150 personas tuvieron que salir a la calle en plena madrugada del domingo.

Según los bomberos, el incendio pudo comenzar en un patinete eléctrico que se estaba cargando, aunque no descartan otras causas. Casi una treintena de coches quedaron destruidos y otros 40 sufrieron daños.

El Ayuntamiento ha habilitado el polideportivo municipal para las familias que no pueden volver. El edificio se construyó en 2008.`,
		"vd10en.txt": `en|Fire destroys 27 cars in Costa Blanca apartment garage

Costa Blanca News

June 17, 2029

Around 140 residents of an apartment block in Pinell de Mar were evacuated in the early hours of Sunday after a fire broke out in its underground car park, destroying 27 vehicles.

Firefighters battled the blaze for six hours. Nine people were treated for smoke inhalation; an eight-month-old baby and a 79-year-old woman were taken to hospital as a precaution.

The fire started at around 3.10am on the lower of the garage's two levels. Police have not yet established the cause, although neighbours said an e-scooter may have been charging there.`,
		"vd10de.txt": `de|Costa Blanca: Brand in Tiefgarage zerstört 27 Autos

Costa Blanca | Aktuell

Pinell de Mar, 17.06.2029

In einer Tiefgarage einer Wohnanlage in Pinell de Mar ist in der Nacht auf Sonntag ein Feuer ausgebrochen. 27 Fahrzeuge brannten vollständig aus, etwa 140 Bewohner mussten ihre Wohnungen verlassen.

Die Feuerwehr war mit 35 Einsatzkräften sechs Stunden im Einsatz. Neun Menschen erlitten Rauchvergiftungen, darunter ein acht Monate altes Baby und eine 79-jährige Frau.

In der Anlage leben auch zahlreiche deutsche Residenten. Die Garage hat 210 Stellplätze auf zwei Ebenen.`,
	}, nil},
}
