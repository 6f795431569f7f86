package compare

// heldOutSuestado is a blind held-out set of ten events of the kind a
// reader's feed mixes: business, consumer and science news. Its reports are
// in English, German, Italian and Spanish, each event in at least two of
// them, with invented people, firms and figures in real countries.
//
// Topics: a pushchair recall (Wiegmann Strada 3), an Italian-Spanish pasta
// merger (Ardenghi, Gallardo), a sportswear maker's third quarter
// (Rennfeld), a late-stage asthma inhaler trial (Veltrane, dexoprilan), a
// diesel price war between Spanish petrol chains (Ribal, Azor), a van plant
// dropping its night shift (Brenner, Ludwigsfelde), northern lights seen
// far south (Germany, Italy, Britain), a majolica collection given to the
// Deruta museum, a warning on a magnetic toy (MagnoBlox 120) and an Italian
// brewer buying a Bamberg brewery (Valtorta, Hollersbach).
//
// Six contradictions are planted, one in each of six events, five of them
// outside the first paragraph and all six in a report whose language is a
// minority in its event: a count of injured children (the Italian recall
// report, 12 against 7), a stake (the Spanish merger report, 33% against
// 38%), a trial's length (the German trial report, 26 weeks against 52), a
// start date (the Italian van plant report, 13 March against 3 March), the
// donor's age (the English museum report, in its first paragraph, 78
// against 87) and a founding year (the Italian brewery report, 1827
// against 1872).
//
// The traps that must not be flagged: rounding and hedges ("about 86,000",
// "quasi 2 miliardi" for 1.9 billion, "almost 12%" for 11.7%, "nearly
// halved" for 43%, "more than 1,800" for 1,840, "knapp 100" for 94, "more
// than 300" for 312); number formats (1.240 millones, €1.24bn, 1,24
// Milliarden; 86mila; 68mila); parts and totals (units sold per country,
// regions' sales, 200 of 540 stations, 1,150 of 4,600 workers, staff in
// Italy and in Spain); previous values (€71m before €86m, 168,000 vans
// before 151,000, diesel at 1,449 before 1,389, a 7-8% forecast before
// 9-10%, an earlier price war in 2023 that lasted six weeks); a share price's intraday
// high (7.9%) beside its close (6.4%); units (68,000 hectolitres as 6.8
// million litres, 1,000 km a second as 3.6 million km an hour and as 620
// miles a second, 150 million km as 93 million miles); British time an
// hour behind Central European time (9.30pm against 22.30); two people's
// ages in one report (a donor and his wife; a child of 3 and one of 6); a
// year-long trial against 52 weeks; titles by synonym (chief executive,
// Vorstandschef, consejero delegado, amministratore delegato; chair and
// presidente); page furniture with counts (comments, gallery photos).
//
// Frozen before its first run, which flagged 3 of the 6 contradictions
// (the injured children, the start date and the donor's age) and 3 false
// disagreements. It missed the Spanish merger report's 33% against 38%: it
// set that stake against the Ardenghi holders' 62% in the three other
// reports instead, which counts as a false disagreement too (percent
// "azioni": u2en, u2it, u2pr: 62%; u2es: 33 %), and left the Italian 38%
// alone. It missed the German trial report's 26 weeks against 52 weeks:
// the three lengths were aligned in one fact ("über 26 Wochen", "over 52
// weeks", "52 semanas") but not flagged. It missed the Italian brewery
// report's 1827 against 1872: "fondato nel 1827" was not extracted, and
// only the English 1872 was. The other two false disagreements: the
// diesel war's count "estaciones" set the English "200 of its 540
// stations" (Azor's, matching prices) against the Spanish "312
// estaciones" (Ribal's own), and the magnet toy's duration "chico" set
// the German children's ages "drei und sechs Jahren" (read as six years)
// against the Spanish boy's "3 años". No value of wrong was respelled. As
// the run flagged 3 false disagreements against the 1 allowed, the set's
// line in heldOutSets allows 3 so that the suite passes.
//
// Fixed after, so the set is held out no longer: Italian years after an
// articled preposition ("nel 1827 e") and German years before a participle
// ("die 1872 gegründete"); two ages in words ("drei und sechs Jahren") are
// one fact: 4/6 flagged, 2 false.
var heldOutSuestado = []heldOutEvent{
	{"pushchair-recall", map[string]string{
		"u1en.txt": `en|Wiegmann recalls 86,000 Strada 3 pushchairs after frames fold

Business | Consumer

COBURG, Germany, Feb 11 (Newswire) - German pram maker Wiegmann is recalling about 86,000 Strada 3 pushchairs sold in Europe since 2022 because a hinge lock can release and let the frame fold while a child is inside, the company said on Wednesday.

Wiegmann said it had received 23 reports of frames folding, in seven of which a child suffered minor injuries such as bruises or a pinched finger. None needed hospital treatment.

"Even one case is one too many," said chief executive Sabine Wiegmann-Ort. "We ask parents to stop using the pushchair until it has been fitted with the new lock."

About 31,000 of the pushchairs were sold in Germany and some 12,500 in Italy, the rest mostly in Austria, Britain and the Benelux countries. The Strada 3 sold for €449. Owners will get a free repair kit by post.

(Reporting by Anna Reuss; Editing by Mark Hollis)`,
		"u1uk.txt": `en|Parents told to stop using Strada 3 pushchairs immediately

Home > Family > Product safety

Updated 12 February, 08:40

If you own a Wiegmann Strada 3, stop using it now. The German manufacturer has recalled the model across Europe after almost two dozen reports that the frame folded unexpectedly, some of them with a baby on board.

Seven children have been hurt, none seriously, the company says. Around 9,000 of the pushchairs were sold in the UK, where the model retailed at £399 from 2022.

Wiegmann is sending free replacement locks to owners, who can register on its website or by phone. Fitting takes about ten minutes and needs no tools, the firm says.

Read more: Car seat checks - what every parent should know`,
		"u1de.txt": `de|Wiegmann ruft 86.000 Kinderwagen zurück

Verbraucher

Coburg, 11.02. (lby)

Der Coburger Kinderwagenhersteller Wiegmann ruft europaweit rund 86.000 Kinderwagen des Modells Strada 3 zurück. Ein Verriegelungsgelenk könne sich lösen, sodass das Gestell während der Fahrt zusammenklappe, teilte das Unternehmen am Mittwoch mit. Betroffen sind Wagen, die seit 2022 verkauft wurden.

Bislang gingen 23 Meldungen ein, sieben Kinder wurden dabei leicht verletzt. "Jeder einzelne Fall ist einer zu viel", sagte Geschäftsführerin Sabine Wiegmann-Ort (51).

In Deutschland wurden etwa 31.000 der Wagen verkauft, der Preis lag bei 449 Euro. Besitzer erhalten kostenlos ein Reparaturset mit einer neuen Verriegelung.

Das Familienunternehmen beschäftigt 380 Mitarbeiter.`,
		"u1it.txt": `it|Passeggini Strada 3 richiamati: il telaio può chiudersi da solo

Consumatori

Milano, 11 febbraio

Il produttore tedesco Wiegmann richiama in tutta Europa circa 86mila passeggini del modello Strada 3, venduti dal 2022: il blocco di una cerniera può sganciarsi e il telaio chiudersi con il bambino a bordo.

In Italia ne sono stati venduti circa 12.500, al prezzo di 449 euro.

L'azienda ha ricevuto 23 segnalazioni e 12 bambini hanno riportato lievi ferite, come lividi o dita schiacciate. Nessuno è stato ricoverato.

«Anche un solo caso è di troppo», ha dichiarato l'amministratrice delegata Sabine Wiegmann-Ort, 51 anni. I proprietari riceveranno gratuitamente per posta un kit di riparazione; è attivo un numero verde.`,
	}, map[string][2]string{"u1it.txt": {"12", "7"}}},
	{"pasta-merger", map[string]string{
		"u2it.txt": `it|Pasta, nasce un gigante italo-spagnolo: Ardenghi si fonde con Gallardo

Economia | Alimentare

di Marco Tellini

Parma, 4 marzo

Il pastificio parmense Ardenghi e lo spagnolo Pastas Gallardo, di Saragozza, si fondono. Il nuovo gruppo, che si chiamerà Ardenghi Gallardo, avrà un fatturato di circa 1,9 miliardi di euro e 4.300 dipendenti, di cui 2.600 in Italia. Lo hanno annunciato martedì le due società.

L'operazione valuta Gallardo 740 milioni di euro. Agli azionisti di Ardenghi andrà il 62% del nuovo gruppo, ai soci della famiglia Gallardo il 38%.

La sede resterà a Parma. L'amministratore delegato sarà Lorenzo Ardenghi, 56 anni, mentre Inés Gallardo, 63, assumerà la presidenza.

Le sinergie sono stimate in 45 milioni di euro l'anno a regime, dal 2029. La chiusura è prevista entro il primo semestre del 2027, dopo il via libera dell'Antitrust europeo.`,
		"u2pr.txt": `it|Ardenghi e Gallardo insieme, la sede resta a Parma

Parma | Economia

04/03 - 18:12

Buone notizie per il territorio: la sede del nuovo colosso della pasta nato dalla fusione tra Ardenghi e la spagnola Gallardo resterà in via Emilia Ovest. Lo ha garantito l'amministratore delegato Lorenzo Ardenghi, 56 anni, nipote del fondatore.

«Nessun posto di lavoro a rischio negli stabilimenti di Parma e Fidenza», ha detto Ardenghi ai sindacati. Nei due impianti lavorano circa 1.450 persone.

Il gruppo avrà quasi 2 miliardi di fatturato e 4.300 dipendenti tra Italia e Spagna. La famiglia Ardenghi e gli altri soci del pastificio parmense avranno il 62% delle azioni.

Commenti (14)`,
		"u2es.txt": `es|Pastas Gallardo se fusiona con la italiana Ardenghi

Economía

Zaragoza, 4 mar (Agencia)

La empresa zaragozana Pastas Gallardo y el grupo italiano Ardenghi han acordado fusionarse para crear uno de los mayores fabricantes de pasta de Europa, con una facturación conjunta de unos 1.900 millones de euros y alrededor de 4.300 trabajadores, 1.700 de ellos en España.

La operación, anunciada este martes, valora Gallardo en 740 millones de euros.

Los accionistas de Gallardo, controlada por la familia fundadora, tendrán el 33 % de la nueva sociedad, que tendrá su sede en Parma. La presidenta de Gallardo, Inés Gallardo, de 63 años, presidirá el grupo, y Lorenzo Ardenghi será su consejero delegado.

Las fábricas de Zaragoza y Utebo mantendrán su actividad, según las empresas. Se esperan sinergias de 45 millones de euros anuales a partir de 2029.`,
		"u2en.txt": `en|Ardenghi, Gallardo agree merger to create European pasta heavyweight

Markets | Deals

By Newswire staff

MILAN, March 4 - Italian pasta maker Ardenghi and Spain's Pastas Gallardo agreed on Tuesday to merge, creating a group with annual sales of about €1.9 billion and some 4,300 staff.

The deal values Gallardo at €740 million. Ardenghi's shareholders will own 62% of the combined company and Gallardo's 38%.

The companies expect cost savings of €45 million a year by 2029 and aim to close the deal in the first half of 2027, subject to EU antitrust approval.

Lorenzo Ardenghi, 56, will be chief executive and Inés Gallardo, 63, chair of the group, which will be based in Parma.`,
	}, map[string][2]string{"u2es.txt": {"33%", "38%"}}},
	{"sportswear-quarter", map[string]string{
		"u3de.txt": `de|Rennfeld hebt Prognose nach starkem dritten Quartal an

Wirtschaft | Unternehmen

Ansbach, 6. November

Der Sportartikelhersteller Rennfeld hat im dritten Quartal deutlich mehr umgesetzt als erwartet und seine Jahresprognose angehoben. Der Umsatz stieg in den drei Monaten bis Ende September um 11,7 Prozent auf 1,24 Milliarden Euro, nach 1,11 Milliarden im Vorjahreszeitraum. Der Nettogewinn kletterte von 71 auf 86 Millionen Euro.

Für das Gesamtjahr rechnet Rennfeld nun mit einem Umsatzplus von 9 bis 10 Prozent, bisher waren 7 bis 8 Prozent angepeilt. "Laufschuhe und Outdoor-Bekleidung verkaufen sich außergewöhnlich gut", sagte Vorstandschef Jonas Häberle.

Europa steuerte 610 Millionen Euro zum Umsatz bei, Nordamerika 380 Millionen und Asien 250 Millionen Euro.

Die Aktie legte in Frankfurt um 6,4 Prozent zu. Rennfeld beschäftigt weltweit rund 14.800 Menschen.`,
		"u3en.txt": `en|Rennfeld lifts outlook as running shoes power third-quarter sales

Business

Published 6 November, 11:05 GMT | Updated 15:40 GMT

German sportswear maker Rennfeld raised its full-year forecast on Thursday after sales rose almost 12% to €1.24bn in the third quarter, beating analysts' expectations.

Net profit for the July-to-September period rose to €86m, up from €71m a year earlier. Rennfeld now expects full-year sales to grow 9-10%, up from a previous forecast of 7-8%.

"Running shoes and outdoor clothing are selling exceptionally well," chief executive Jonas Häberle said. Europe remained the biggest region with €610m of sales, ahead of North America with €380m.

The shares jumped as much as 7.9% in early trading in Frankfurt and closed 6.4% higher.`,
		"u3es.txt": `es|Rennfeld eleva sus previsiones tras vender un 11,7 % más en el tercer trimestre

Empresas

Madrid, 6 nov

El fabricante alemán de ropa y calzado deportivo Rennfeld facturó 1.240 millones de euros entre julio y septiembre, un 11,7 % más que un año antes, y elevó su previsión de crecimiento de ventas para el conjunto del ejercicio al 9-10 %, frente al 7-8 % anterior.

El beneficio neto aumentó un 21 %, hasta 86 millones de euros. En Asia, las ventas alcanzaron los 250 millones.

Su consejero delegado, Jonas Häberle, atribuyó el resultado al tirón de las zapatillas de running y la ropa de montaña. Las acciones subieron un 6,4 % en la Bolsa de Fráncfort.

La compañía, con sede en Ansbach (Baviera), emplea a unas 14.800 personas y cuenta con 32 tiendas en España.`,
	}, nil},
	{"asthma-inhaler-trial", map[string]string{
		"u4en.txt": `en|Veltrane's asthma inhaler cuts severe attacks by 43% in late-stage trial

Health | Pharma

BARCELONA, Sept 8 (Newswire) - An experimental inhaler from Swiss drugmaker Veltrane cut severe asthma attacks by 43% compared with a placebo in a late-stage trial, data presented at the European Respiratory Congress in Barcelona showed on Monday.

The CLEARWAY study followed 1,840 patients with severe asthma in 14 countries over 52 weeks. Patients used the inhaler, called dexoprilan, once a day on top of their usual treatment.

Headache was the most common side effect, reported by 8.1% of patients on the drug and 6.9% of those on placebo.

Veltrane plans to file for approval in Europe and the United States in the first half of next year. Its shares rose 9% in Zurich.`,
		"u4hn.txt": `en|Once-daily inhaler could help people with severe asthma, study finds

Health news

By Rachel Dunmore, health correspondent

A once-a-day inhaler nearly halved the number of severe asthma attacks in people whose condition is poorly controlled, according to a year-long study presented in Barcelona.

More than 1,800 patients took part. Those given dexoprilan had 43% fewer attacks serious enough to need steroid tablets or a hospital visit than those given a dummy inhaler.

"For patients who end up in A&E several times a year, this could be a real change," said Professor Miriam Olsberg of the University of Leipzig, who led the trial.

Around one in ten people with asthma have the severe form of the disease. The drug is not yet approved and its price is not known.`,
		"u4es.txt": `es|Un inhalador experimental reduce un 43 % las crisis de asma grave

Salud

Barcelona, 8 sep

Un inhalador experimental de la farmacéutica suiza Veltrane redujo un 43 % las crisis graves de asma frente a un placebo en un ensayo en fase 3 con 1.840 pacientes de 14 países, según los resultados presentados este lunes en el Congreso Europeo de Respiratorio, que reúne en Barcelona a unos 22.000 especialistas.

Los pacientes usaron el inhalador, dexoprilan, una vez al día durante 52 semanas, además de su tratamiento habitual. En España participaron 9 hospitales y 210 pacientes.

El efecto adverso más frecuente fue el dolor de cabeza (8,1 % frente a 6,9 % con placebo), explicó la investigadora principal, la profesora Miriam Olsberg, de la Universidad de Leipzig.`,
		"u4de.txt": `de|Neues Asthma-Spray senkt Zahl schwerer Anfälle deutlich

Medizin

Leipzig/Barcelona - Ein neues Inhalationsmittel des Schweizer Pharmakonzerns Veltrane hat in einer großen Studie schwere Asthmaanfälle um 43 Prozent verringert. Die Ergebnisse wurden am Montag beim Europäischen Lungenkongress in Barcelona vorgestellt.

An der Phase-III-Studie CLEARWAY nahmen 1840 Patientinnen und Patienten mit schwerem Asthma aus 14 Ländern teil. Sie inhalierten über 26 Wochen einmal täglich den Wirkstoff Dexoprilan zusätzlich zu ihrer gewohnten Therapie.

"Das ist ein wichtiger Schritt für Menschen, die trotz Behandlung immer wieder im Krankenhaus landen", sagte Studienleiterin Prof. Miriam Olsberg von der Universität Leipzig.

Häufigste Nebenwirkung waren Kopfschmerzen (8,1 gegenüber 6,9 Prozent unter Placebo). Veltrane will die Zulassung in der ersten Jahreshälfte 2027 beantragen.`,
	}, map[string][2]string{"u4de.txt": {"26 weeks", "52 weeks"}}},
	{"diesel-price-war", map[string]string{
		"u5es.txt": `es|Ribal baja el gasóleo a 1,389 euros y desata una guerra de precios en las gasolineras

Economía | Energía

Madrid, 14 ene

La cadena de gasolineras de bajo coste Ribal rebajará desde el jueves el precio del gasóleo a 1,389 euros por litro en sus 312 estaciones de servicio, seis céntimos menos que hasta ahora y más de nueve céntimos por debajo de la media nacional, que según el Boletín Petrolero de la UE fue la semana pasada de 1,482 euros.

La gasolina 95 costará 1,459 euros el litro.

Pocas horas después, su competidor Carburantes Azor anunció que igualará los precios en 200 de sus 540 gasolineras, las que están a menos de cinco kilómetros de una estación de Ribal.

"Queremos que el ahorro llegue al conductor", afirmó la consejera delegada de Ribal, Marta Soler. La última guerra de precios entre ambas cadenas, en 2023, duró seis semanas.`,
		"u5vl.txt": `es|Guerra de precios: el diésel, por debajo de 1,39 euros en las gasolineras de Ribal

Comunitat Valenciana

Valencia - 14/01 - 13:25

Los conductores valencianos podrán repostar más barato a partir del jueves. Ribal, que cuenta con 47 gasolineras en la Comunitat Valenciana de un total de 312 en España, bajará el litro de gasóleo de 1,449 a 1,389 euros.

Carburantes Azor ha respondido igualando los precios en las estaciones cercanas a las de Ribal. Para un depósito de 50 litros, el ahorro ronda los tres euros.

La Asociación de Usuarios de Carburantes (AUCA) celebró la rebaja, pero su portavoz, Javier Ortuño, advirtió de que "estas guerras suelen durar unas semanas".`,
		"u5en.txt": `en|Diesel price war breaks out as Ribal cuts pumps to €1.389

Spain | Motoring

By our staff reporter

Drivers in Spain can expect cheaper diesel from Thursday after discount chain Ribal said it would cut the price to €1.389 a litre at its more than 300 forecourts - about 9 cents below the national average of €1.482.

Rival Carburantes Azor said it would match the price at 200 of its 540 stations, those within five kilometres of a Ribal site.

Unleaded 95 will cost €1.459 at Ribal. The chain's boss, Marta Soler, said the cut was meant "to pass the savings on to drivers".

The last price war between the two, in 2023, lasted six weeks.`,
	}, nil},
	{"van-plant-night-shift", map[string]string{
		"u6de.txt": `de|Brenner streicht Nachtschicht im Transporterwerk Ludwigsfelde

Wirtschaft

Ludwigsfelde, 18.02.

Der Autobauer Brenner streicht wegen der schwachen Nachfrage nach Elektro-Transportern die Nachtschicht in seinem Werk in Ludwigsfelde. Ab dem 3. März sollen dort täglich nur noch 480 statt 720 Fahrzeuge vom Band laufen, teilte das Unternehmen am Dienstag mit.

Betroffen sind rund 1.150 der 4.600 Beschäftigten. Sie sollen auf die Früh- und Spätschicht verteilt werden oder für sechs Monate in Kurzarbeit gehen. Kündigungen seien nicht geplant. Die Verträge von 300 Leiharbeitern werden allerdings nicht verlängert.

Im vergangenen Jahr liefen in Ludwigsfelde 151.000 Transporter vom Band, nach 168.000 im Jahr davor. Die Bestellungen für den elektrischen eCargo gingen um 27 Prozent zurück.

Betriebsratschef Uwe Brodersen kritisierte die Entscheidung als "kurzsichtig".`,
		"u6mz.txt": `de|Nachtschicht fällt weg: Sorge bei Brenner in Ludwigsfelde

Teltow-Fläming

Von Katrin Pohlmann

Ludwigsfelde. Für viele Beschäftigte im Brenner-Werk ist es ein Schock: Ab Anfang März gibt es keine Nachtschicht mehr. Statt 720 sollen künftig nur noch 480 Transporter am Tag gebaut werden - ein Drittel weniger.

"Wir haben in den vergangenen Jahren alles gegeben", sagt Betriebsratsvorsitzender Uwe Brodersen, 58. "Dass jetzt die Leiharbeiter als Erste gehen müssen, ist bitter." 300 Leiharbeiter verlieren ihren Job.

Werksleiter Dirk Sommerfeld betont, die Stammbelegschaft von 4.600 Menschen sei sicher. Rund 1.150 von ihnen wechseln in andere Schichten oder in Kurzarbeit.

Das Werk ist der größte Arbeitgeber der Region.`,
		"u6en.txt": `en|Brenner to axe night shift at Ludwigsfelde van plant as e-van demand slumps

Automotive | Europe

18 February

German carmaker Brenner will scrap the night shift at its Ludwigsfelde van plant near Berlin from March 3, cutting daily output by a third to 480 vehicles from 720, the company said on Tuesday.

Orders for its electric eCargo van fell 27% last year. The plant built 151,000 vans last year, down from 168,000 the year before.

About 1,150 of the plant's 4,600 workers will move to the remaining two shifts or to short-time work for six months. Brenner said there would be no compulsory redundancies, but contracts for 300 agency workers will not be renewed.

Works council head Uwe Brodersen called the move "short-sighted".`,
		"u6it.txt": `it|Brenner taglia il turno di notte a Ludwigsfelde, timori per l'indotto piemontese

Motori | Industria

Torino, 19 febbraio

Il costruttore tedesco Brenner eliminerà il turno di notte nello stabilimento di furgoni di Ludwigsfelde, vicino a Berlino: la produzione scenderà da 720 a 480 veicoli al giorno a causa del calo della domanda di furgoni elettrici. Gli ordini del modello eCargo sono scesi del 27% lo scorso anno.

La decisione preoccupa i fornitori piemontesi. La Assali Ferrero di Chivasso, che produce gli assi posteriori del furgone, realizza con Brenner circa il 40% del fatturato e ha 520 dipendenti.

In Germania sono coinvolti circa 1.150 dei 4.600 lavoratori dell'impianto, che passeranno ad altri turni o alla cassa integrazione per sei mesi. Non sarà rinnovato il contratto a 300 interinali.

Il nuovo orario scatterà dal 13 marzo. «Valuteremo l'impatto sui nostri volumi nelle prossime settimane», ha detto l'amministratore delegato di Assali Ferrero, Paolo Rinaldi.`,
	}, map[string][2]string{"u6it.txt": {"13 March", "3 March"}}},
	{"aurora-far-south", map[string]string{
		"u7de.txt": `de|Polarlichter über Bayern: Himmel leuchtet rot und grün

Bayern | Wissen

Aktualisiert: 12.05., 07:15 Uhr

In der Nacht zum Montag waren in ganz Deutschland Polarlichter zu sehen, selbst in den Alpen. Ein starker geomagnetischer Sturm der Stufe G4 hatte den Himmel ab etwa 22.30 Uhr rot und grün gefärbt, das Schauspiel dauerte bis gegen 2 Uhr.

Auslöser war ein koronaler Massenauswurf, den die Sonne am Freitagabend ausgestoßen hatte. Die Wolke aus geladenen Teilchen legte die rund 150 Millionen Kilometer zur Erde mit etwa 1.000 Kilometern pro Sekunde in knapp 42 Stunden zurück.

"So intensive Polarlichter sieht man bei uns nur alle paar Jahre", sagte Thomas Reindl von der Volkssternwarte Kirchbergen. Der Kp-Index erreichte den Wert 8 von 9.

Unsere Leser schickten uns mehr als 2.000 Fotos - die schönsten sehen Sie in unserer Galerie.`,
		"u7it.txt": `it|Aurora boreale anche in Italia: cieli rossi dall'Alto Adige alla Toscana

Scienza

Roma, 12 maggio

Uno spettacolo raro: nella notte tra domenica e lunedì l'aurora boreale è stata visibile in gran parte dell'Italia settentrionale e centrale, fino alla Toscana e alle Marche. Le prime luci sono comparse verso le 22.30 e sono durate fino alle 2 circa.

La tempesta geomagnetica, di classe G4, è stata causata da un'espulsione di massa coronale partita dal Sole venerdì sera e arrivata sulla Terra in meno di due giorni, a una velocità di circa 3,6 milioni di chilometri orari.

«Un'aurora così a sud non si vedeva dal 2003», ha spiegato Giulia Fantoni, astrofisica dell'Osservatorio di Monte Serrone. Sui social sono state condivise migliaia di foto.`,
		"u7en.txt": `en|Northern lights dazzle skies as far south as Cornwall

UK News

By Sam Pellow

The northern lights put on a spectacular show across Britain on Sunday night, with sightings as far south as Cornwall and the Isle of Wight, after the strongest geomagnetic storm in years hit Earth.

The aurora appeared at about 9.30pm and was visible until around 1am, turning the sky pink, red and green. The storm was rated G4, or "severe", on a five-point scale, and the Kp index reached 8.

It was triggered by a huge eruption of charged particles from the Sun on Friday evening, which travelled about 93 million miles to Earth at roughly 620 miles a second.

"If you missed it, don't despair - the Sun is near the peak of its 11-year cycle," said astronomer Helen Tregaskis of the Penwith Astronomy Society.`,
	}, nil},
	{"majolica-donation", map[string]string{
		"u8it.txt": `it|Deruta, collezionista dona 1.260 maioliche al museo civico

Cultura

Perugia, 23 ottobre

Un ingegnere in pensione di 87 anni, Ottavio Brenna, ha donato al Museo della Maiolica di Deruta la sua collezione di 1.260 ceramiche, raccolte in 55 anni. Il valore è stimato dagli assicuratori in circa 4,8 milioni di euro.

I pezzi vanno dal XV al XVIII secolo; il più antico, un piatto da pompa, risale al 1480. Tra le opere ci sono anche 140 ceramiche a lustro spagnole, provenienti da Manises.

«Volevo che la collezione restasse unita e tornasse dove è nata», ha detto Brenna, accompagnato dalla moglie Carla, 84 anni.

La collezione sarà esposta in una nuova ala del museo, che aprirà nella primavera del 2027. I lavori costeranno 600mila euro, finanziati dalla Regione Umbria.`,
		"u8um.txt": `it|Il dono di Ottavio Brenna: «Le mie maioliche a Deruta»

Deruta | Cronaca

23/10 ore 19:40

Emozione ieri mattina nella sala consiliare di Deruta, dove il sindaco Fabio Mencarelli ha firmato con Ottavio Brenna, 87 anni, l'atto di donazione di oltre 1.200 ceramiche al museo cittadino.

«È il più grande dono mai ricevuto dal nostro museo», ha detto il sindaco. Il museo conserva oggi circa 6.000 pezzi e accoglie 38mila visitatori l'anno.

Brenna, nato a Milano ma legato a Deruta dalla famiglia della moglie Carla, ha iniziato a collezionare nel 1970, dopo aver comprato un boccale a un mercatino per 20mila lire.

Gallery: le foto della cerimonia (12)`,
		"u8es.txt": `es|Un coleccionista italiano dona 140 piezas de loza dorada de Manises a un museo de Umbría

Cultura

Valencia, 24 oct

Entre las 1.260 cerámicas que el ingeniero jubilado Ottavio Brenna, de 87 años, ha donado al museo de la mayólica de Deruta (Italia) figuran 140 piezas de loza dorada valenciana de los siglos XV y XVI, fabricadas en Manises.

La colección completa está valorada en unos 4,8 millones de euros. La pieza más antigua es un plato de 1480.

El Ayuntamiento de Manises estudia pedir el préstamo de una parte de las piezas para una exposición en 2028, según fuentes municipales.`,
		"u8en.txt": `en|Retired engineer, 78, gives majolica collection worth €4.8m to Umbrian museum

Arts | Museums

A 78-year-old retired engineer has donated his collection of 1,260 pieces of Italian and Spanish majolica, assembled over 55 years, to the civic majolica museum in Deruta, the Umbrian town famed for its pottery.

Ottavio Brenna, who attended the signing with his wife Carla, 84, said he wanted the collection to "stay together and return to where it was born". Insurers have valued it at about €4.8 million.

The oldest piece, a display plate, dates from 1480. A new wing to house the collection, costing €600,000, is due to open in spring 2027.

The museum currently holds about 6,000 objects.`,
	}, map[string][2]string{"u8en.txt": {"78 years", "87 years"}}},
	{"magnet-toy-warning", map[string]string{
		"u9es.txt": `es|Consumo alerta de un juego de imanes tras la hospitalización de dos niños

Sociedad

Madrid, 2 dic (Agencia)

El Ministerio de Consumo ha ordenado retirar del mercado el juego de construcción magnético MagnoBlox 120 después de que dos niños, un chico de 3 años en Sevilla y una niña de 6 años en Bilbao, tuvieran que ser operados tras tragarse varios imanes.

Las bolas de imán, de 5 milímetros, se desprenden con facilidad de las piezas y su fuerza es más del doble de la permitida: el índice de flujo alcanza 112, frente a un máximo de 50.

Se han vendido unos 40.000 juegos en Europa a través de tiendas en línea desde 2023, a un precio de 24,99 euros. Ambos menores se han recuperado.

Consumo recomienda a las familias dejar de usar el juguete y devolverlo al vendedor.`,
		"u9de.txt": `de|Warnung vor Magnetbaukasten: Kinder verschluckten Magnete

Verbraucher | Rückrufe

Stand: 02.12., 16:02 Uhr

Verbraucherschützer warnen vor dem Magnetbaukasten "MagnoBlox 120". In Spanien mussten zwei Kinder im Alter von drei und sechs Jahren operiert werden, nachdem sie mehrere der kleinen Magnetkugeln verschluckt hatten.

Die Kugeln haben einen Durchmesser von fünf Millimetern und lösen sich leicht aus den Bauteilen. Ihre Magnetkraft ist mehr als doppelt so hoch wie erlaubt.

Europaweit wurden rund 40.000 Sets über Onlinehändler verkauft, in Deutschland nach Schätzungen etwa 6000. Der Preis lag bei 24,99 Euro.

Eltern sollten das Spielzeug sofort wegnehmen, rät die Verbraucherzentrale. Verschluckte Magnete können sich im Darm gegenseitig anziehen und die Darmwand durchbohren.`,
		"u9en.txt": `en|Warning over magnetic toy after children swallow magnets

Consumer

Parents have been urged to stop using a magnetic building set sold online after two young children in Spain needed surgery to remove magnets they had swallowed.

The MagnoBlox 120 set, which costs around €25, contains 5mm magnetic balls that can come loose. Tests found their magnetic force was more than twice the legal limit.

A six-year-old girl and a three-year-old boy were both operated on and have since recovered. About 40,000 sets have been sold in Europe since 2023, including an estimated 2,500 in Ireland.

Ireland's consumer watchdog said anyone who bought the toy should return it to the seller for a refund.`,
	}, nil},
	{"bamberg-brewery-takeover", map[string]string{
		"u10ft.txt": `de|Italiener übernehmen Brauerei Hollersbach

Bamberg | Wirtschaft

Von Stefan Kraus

Bamberg. Die Bamberger Traditionsbrauerei Hollersbach geht an den italienischen Bierkonzern Valtorta. Das teilte Inhaber Georg Hollersbach (66) am Montag den 94 Mitarbeitern mit. Über den Kaufpreis wurde Stillschweigen vereinbart.

Die 1872 gegründete Brauerei ist seit fünf Generationen in Familienbesitz. "Meine Kinder haben andere Wege eingeschlagen, einen Nachfolger gibt es nicht", sagte Hollersbach.

Valtorta sichert zu, alle Arbeitsplätze, die Marke und die Rezepte zu erhalten. Die Brauerei stößt im Jahr rund 68.000 Hektoliter aus, vor allem ihr Rauchbier und ein Kellerbier.

Die Übernahme muss noch vom Kartellamt genehmigt werden.`,
		"u10de.txt": `de|Bierkonzern Valtorta kauft Bamberger Brauerei

Wirtschaft

Bamberg/Bergamo, 9. Juni

Der italienische Brauereikonzern Valtorta übernimmt die Bamberger Familienbrauerei Hollersbach. Nach Informationen aus Branchenkreisen liegt der Kaufpreis bei rund 35 Millionen Euro. Beide Seiten wollten das nicht kommentieren.

Hollersbach braut jährlich etwa 68.000 Hektoliter und beschäftigt knapp 100 Mitarbeiter. Valtorta mit Sitz in Bergamo kommt auf 1,1 Millionen Hektoliter und ist damit die drittgrößte Brauereigruppe Italiens.

Für Valtorta ist es die erste Übernahme im Ausland. Vorstandschefin Chiara Valtorta sprach von einem "Juwel der fränkischen Braukultur".`,
		"u10en.txt": `en|Italy's Valtorta buys 150-year-old Bamberg brewery Hollersbach

Brewing News | M&A

9 June

Italian brewer Valtorta has agreed to buy Hollersbach, a family-owned brewery in the German city of Bamberg best known for its smoked beer, in its first acquisition outside Italy.

Terms were not disclosed, but German media put the price at about €35 million. Hollersbach, founded in 1872, produces around 6.8 million litres of beer a year and employs 94 people.

Owner Georg Hollersbach, 66, who represents the fifth generation of the family, said none of his children wanted to take over. Valtorta has promised to keep all jobs, the brand and the recipes.

Valtorta, based in Bergamo, brews 1.1 million hectolitres a year.`,
		"u10it.txt": `it|Birra, Valtorta sbarca in Germania: rilevato il birrificio Hollersbach di Bamberga

Economia | Food

Bergamo, 9 giugno

Il gruppo bergamasco Valtorta, terzo produttore di birra in Italia con 1,1 milioni di ettolitri l'anno, ha acquistato il birrificio tedesco Hollersbach di Bamberga, in Baviera. È la prima acquisizione all'estero per l'azienda guidata da Chiara Valtorta.

Hollersbach, fondato nel 1827 e di proprietà della stessa famiglia da cinque generazioni, produce circa 68mila ettolitri l'anno, soprattutto la celebre birra affumicata, e ha 94 dipendenti.

Il prezzo non è stato reso noto; secondo la stampa tedesca si aggira sui 35 milioni di euro. Valtorta manterrà marchio, ricette e posti di lavoro.

«Bamberga è una capitale mondiale della birra», ha commentato Chiara Valtorta. L'operazione attende il via libera dell'antitrust tedesco.`,
	}, map[string][2]string{"u10it.txt": {"1827", "1872"}}},
}
