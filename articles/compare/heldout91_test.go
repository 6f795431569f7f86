package compare

// heldOutNorther is a blind held-out set of ten events of the kinds a
// reader's feed mixes, crime, transport, economy and weather, written in
// German, Spanish, Dutch and English without reading the extraction or the
// matching: a post office robbery in Bavaria, an ATM skimming gang in Spain,
// a catalytic converter theft ring in the Netherlands, a German regional
// rail operator's driver shortage, a baggage system failure at a Spanish
// airport, a fall of the Madrid stock market, egg prices after bird flu
// culls, Spanish new-home permits, the wettest Dutch winter on record and a
// road salt shortage in North Rhine-Westphalia.
//
// Six events hold one planted contradiction each: an age (the English
// report of the robbery gives the suspect as 43, not 34, in its third
// paragraph), a count (the German report of the converter thefts gives 640
// converters, not 460, in its first paragraph), a duration (the Dutch
// report of the train cuts gives six weeks, not eight, in its second
// paragraph), a percentage (one Spanish report of the market fall gives the
// bank's shares down 13.1%, not 11.3%, in its second paragraph), a year (one
// Dutch report of the wet winter gives the old record as of 1959, not 1995,
// in its third paragraph) and a weekday (the Spanish report of the salt
// shortage has the ship reach Rotterdam on Thursday, not Tuesday, in its
// second paragraph). Four of them sit in the report whose language is the
// minority in its event. The skimming gang, the baggage failure, the egg
// prices and the building permits hold none.
//
// The traps: two people's ages in one event (the suspect and a 58-year-old
// clerk; a breeder of 61 and his son of 34), a loot and the part of it found,
// 8 a.m. opening against a quarter past eight, 14 km with its miles, counts
// in parts and totals (nine arrests, seven in Spain and two in Portugal;
// 85 converters seized of 460 stolen, seven in one night), "18 months"
// against "a year and a half", "about 7,000" bags against 6.850, 48 hours
// against two days, "about 8%" against 8.4% and the dates of the cuts
// against "eight weeks", a previous cut of four weeks in 2028, 1,200
// cross-border commuters beside 1,140 trains, previous values (€14.90 a
// year ago, 58,470 permits, 296 mm in 1995, €72 a tonne), "almost half"
// against 44%, "a quarter lower" against 25%, "negen ton" against
// 900,000 euros, litres per square metre against millimetres, "1994/95"
// against 1995, a peak in another year (2006, 2022), index points and their
// loss, and other indexes' falls beside the Ibex's.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and
// 1 false disagreement. It missed the German report's 640 converters against
// 460: the two stood in one row, "katalysatoren · 460", which was not
// flagged. It missed the Spanish report's ship reaching Rotterdam on
// Thursday against Tuesday: "jueves" was put in a row with the German
// report's night to Thursday of the frost, and Tuesday in another. The false
// disagreement was in the train cuts, a date "einschließlich" giving the
// local report's last day, 31 March, against the wire's first day,
// 4 February. The age, the duration, the percentage and the year were
// flagged. No value of wrong was respelled and nothing else changed after
// the run; the table keeps its most false disagreements at 1.
var heldOutNorther = []heldOutEvent{
	{"post-office-robbery", map[string]string{
		"n1de.txt": `de|Bewaffneter Überfall auf Postfiliale in Obertraunfeld – Täter flüchtet mit rund 85.000 Euro

Regionales | Polizei

Obertraunfeld, 12.11.2030, 16:40 Uhr

Ein bewaffneter Mann hat am Dienstagmorgen die Postfiliale in der Marktstraße von Obertraunfeld (Landkreis Rottach) überfallen und ist mit rund 85.000 Euro Bargeld geflüchtet. Verletzt wurde nach Angaben der Polizei niemand.

Der Täter betrat die Filiale gegen 8.15 Uhr, kurz nach der Öffnung, und bedrohte eine 58 Jahre alte Angestellte mit einer Pistole. Er zwang sie, den Tresor zu öffnen. In der Filiale hielten sich zu diesem Zeitpunkt drei Kunden auf.

Am Nachmittag nahmen Beamte in einer Wohnung im 14 Kilometer entfernten Weidach einen 34-jährigen Verdächtigen fest. Ein Großteil der Beute, etwa 60.000 Euro, wurde sichergestellt, sagte Polizeisprecher Florian Reisinger. Die Pistole war eine Schreckschusswaffe.

Es ist bereits der dritte Überfall auf eine Postfiliale in der Region seit 2027.`,
		"n1de2.txt": `de|Obertraunfeld: Festnahme nach Überfall auf die Post

Lokales

Von Sabine Gerstl

Nur wenige Stunden nach dem Überfall auf die Postfiliale in Obertraunfeld hat die Polizei einen Verdächtigen gefasst. Der 34-Jährige wurde am Dienstagnachmittag in Weidach festgenommen.

Der Mann soll gegen Viertel nach acht mit einer Waffe in die Filiale gekommen sein und eine Mitarbeiterin (58) gezwungen haben, den Tresor zu öffnen. Er erbeutete nach Polizeiangaben etwa 85 000 Euro. Rund 60 000 Euro davon fanden die Ermittler in der Wohnung des Verdächtigen. Bei der Waffe handelte es sich um eine Schreckschusspistole.

„Die Kollegin steht unter Schock, ist aber körperlich unversehrt", sagte Filialleiter Jörg Amsel. Die Filiale bleibt bis Donnerstag geschlossen.

Der Verdächtige soll am Mittwoch dem Haftrichter vorgeführt werden. Er ist nach Angaben der Polizei bereits wegen Diebstahls vorbestraft.

Mehr zum Thema: Serie von Automatensprengungen im Landkreis`,
		"n1en.txt": `en|Armed robber takes €85,000 from Bavarian post office, suspect held

By staff reporter

MUNICH, Nov 12 - A man armed with a pistol robbed a post office in the Bavarian town of Obertraunfeld on Tuesday morning and escaped with about €85,000 in cash, police said.

He forced a 58-year-old employee to open the safe shortly after the branch opened at 8 a.m. Three customers were inside at the time. No one was hurt.

Police arrested a 43-year-old suspect in the village of Weidach, about 14 km (9 miles) away, later in the day and recovered some €60,000. The gun turned out to be a blank-firing replica, spokesman Florian Reisinger said.

It was the third robbery of a post office in the area since 2027.`,
	}, map[string][2]string{"n1en.txt": {"43 years", "34 years"}}},
	{"card-skimming-gang", map[string]string{
		"n2es.txt": `es|Desarticulada una red que clonó más de 1.300 tarjetas bancarias en cajeros de la costa

Sucesos

Madrid, 4 mar (Agencia)

La Policía Nacional ha desarticulado una organización que instalaba dispositivos de copia en cajeros automáticos de la costa mediterránea y que habría clonado más de 1.300 tarjetas bancarias, con un perjuicio estimado de 2,4 millones de euros, informó este lunes la Dirección General de la Policía.

La operación, en colaboración con la Policía Judiciaria portuguesa, se saldó con nueve detenidos, siete en España y dos en Portugal. Los cabecillas, dos hermanos de 41 y 37 años, residían en Puerto Albarán (Alicante).

Los investigadores, que siguieron a la red durante 18 meses, intervinieron 26 aparatos lectores, 40.000 euros en efectivo y tres vehículos. Los datos copiados se usaban para fabricar tarjetas falsas con las que se retiraba dinero en el extranjero.

En 2029, la Policía detectó en total 212 casos de manipulación de cajeros, un 14 % más que el año anterior.`,
		"n2es2.txt": `es|Caen los 'clonadores' de cajeros de Puerto Albarán

Provincia | Sucesos

Por Lucía Ferrándiz

Dos hermanos vecinos de Puerto Albarán, de 37 y 41 años, dirigían desde un piso de la calle Mayor la red de clonación de tarjetas desmantelada esta semana por la Policía Nacional. En total fueron arrestadas nueve personas: siete en la provincia y en Valencia, y dos en el Algarve.

Según fuentes de la investigación, el grupo colocaba lectores ocultos y microcámaras en cajeros de zonas turísticas. Se calcula que copió los datos de unas 1.300 tarjetas y que el fraude rondaría los 2,4 millones.

Los agentes se incautaron de 26 lectores y de unos 40.000 euros en metálico. La investigación comenzó hace año y medio, tras las denuncias de varios bancos.

«Recomendamos tapar siempre el teclado al marcar el PIN», insistió el comisario provincial, Andrés Molina.`,
		"n2nl.txt": `nl|Spaanse politie rolt skimmingbende op: ruim 1300 bankpassen gekopieerd

Buitenland

4 maart 2030

De Spaanse politie heeft samen met de Portugese recherche een bende opgerold die bankpassen kopieerde bij geldautomaten aan de Costa Blanca. Er zijn negen verdachten aangehouden, van wie twee in Portugal.

De bende zou de gegevens van meer dan 1300 passen hebben gestolen. De schade wordt geschat op 2,4 miljoen euro. Onder de opgepakte verdachten zijn twee broers van 41 en 37 jaar, die als leiders worden gezien.

Ook veel Nederlandse en Belgische toeristen werden gedupeerd. Het onderzoek duurde anderhalf jaar.`,
		"n2en.txt": `en|Spanish police bust ATM skimming gang that cloned 1,300 cards

Europe | Crime

Spanish police said on Monday they had dismantled a gang that fitted card-copying devices to cash machines in Mediterranean resorts, cloning more than 1,300 bank cards and causing losses of about €2.4m.

Nine people were arrested, seven in Spain and two in Portugal, in an 18-month investigation carried out with Portuguese detectives. Officers seized 26 card readers and around €40,000 in cash.

The alleged ringleaders are two brothers aged 41 and 37. Many of the victims were tourists, police said.

The number of ATM tampering cases reported in Spain rose 14% to 212 last year.`,
	}, nil},
	{"catalytic-converter-ring", map[string]string{
		"n3nl.txt": `nl|Politie pakt bende katalysatordieven op: 460 diefstallen in Gelderland en Overijssel

Binnenland

Arnhem, 21 januari 2030

De politie heeft vijf mannen aangehouden die worden verdacht van de diefstal van zeker 460 katalysatoren uit geparkeerde auto's in Gelderland en Overijssel. Bij doorzoekingen in Oosterwijde en Bremmelo vond de politie maandag nog 85 gestolen exemplaren.

De verdachten, in leeftijd variërend van 22 tot 39 jaar, zouden de katalysatoren in enkele minuten onder de auto's vandaan hebben gezaagd, vooral 's nachts. Ze werden doorverkocht aan een opkoper in Duitsland, vanwege de kostbare metalen die erin zitten.

De schade voor autobezitters wordt geschat op ruim 900.000 euro. Een nieuwe katalysator kost al gauw 1500 tot 2500 euro.

Het onderzoek liep sinds april vorig jaar. Landelijk werden in 2029 ruim 7.800 katalysatoren gestolen, tegen 5.600 in 2028, meldt de Stichting Voertuigcriminaliteit.`,
		"n3nl2.txt": `nl|Katalysatorbende opgerold, ook Oosterwijdse buurt slachtoffer

Regio

Door Mark Hulsbosch

In de wijk De Hoven in Oosterwijde werden vorig najaar in één nacht zeven katalysatoren gestolen. Maandag viel de politie binnen in een loods aan de rand van het dorp. Vijf mannen tussen 22 en 39 jaar werden opgepakt.

Volgens de politie heeft de bende in totaal zeker 460 katalysatoren gestolen, in Gelderland en Overijssel. In de loods en in een woning in Bremmelo lagen nog 85 stuks.

"Mensen staan 's ochtends op en hun auto maakt een herrie als een tractor," zegt wijkagent Ilse Verbeek. De totale schade loopt volgens haar in de negen ton.

Ook een 57-jarige opkoper uit Duitsland wordt verdacht van heling.`,
		"n3de.txt": `de|Niederlande: Bande stahl Hunderte Katalysatoren – Spur führt an den Niederrhein

Panorama

Arnheim, 21.01.2030

Die niederländische Polizei hat eine Bande zerschlagen, die mindestens 640 Katalysatoren aus geparkten Autos gestohlen haben soll. Fünf Männer im Alter von 22 bis 39 Jahren wurden am Montag in den Provinzen Gelderland und Overijssel festgenommen.

Die Katalysatoren wurden laut Ermittlern an einen Altmetallhändler am Niederrhein verkauft, der die darin enthaltenen Edelmetalle weiterverwertete. Gegen den 57-Jährigen wird wegen Hehlerei ermittelt.

Bei Durchsuchungen stellten die Beamten 85 Katalysatoren sicher. Den Schaden schätzt die Polizei auf mehr als 900.000 Euro.`,
	}, map[string][2]string{"n3de.txt": {"640", "460"}}},
	{"train-driver-shortage", map[string]string{
		"n4de.txt": `de|Lokführermangel: Emsland-Express streicht ab Montag fast jeden zwölften Zug

Wirtschaft | Verkehr

Meppenbrück, 29.01.2030, 11:02 Uhr

Wegen fehlender Lokführer streicht die Bahngesellschaft Emsland-Express ab Montag, dem 4. Februar, für acht Wochen 96 ihrer täglich 1.140 Zugfahrten. Das teilte das Unternehmen am Dienstag mit. Betroffen sind vor allem Verbindungen am Abend und am Wochenende.

Derzeit fehlen dem Unternehmen 41 seiner 310 Lokführerinnen und Lokführer, teils wegen Krankheit, teils weil Stellen nicht besetzt werden können. „Wir bedauern das sehr, aber ein verlässlicher Notfahrplan ist besser als tägliche Ausfälle", sagte Geschäftsführerin Katrin Oelkers.

Auf der grenzüberschreitenden Strecke nach Oldenzijl in den Niederlanden fahren die Züge nur noch alle zwei Stunden statt stündlich. Zwischen Meppenbrück und Aschwede setzt das Unternehmen Ersatzbusse ein.

Bereits im Herbst 2028 hatte der Emsland-Express vier Wochen lang 60 Verbindungen gestrichen. Das Land Niedersachsen prüft nun Vertragsstrafen.`,
		"n4de2.txt": `de|Notfahrplan: Pendler müssen sich auf Ausfälle einstellen

Meppenbrück

Von Torsten Hilbers

Für viele Pendler im Emsland wird der Weg zur Arbeit ab kommender Woche mühsamer. Der Emsland-Express fährt bis einschließlich 31. März nach einem Notfahrplan, rund 8 Prozent der Fahrten fallen weg.

Grund ist der Personalmangel: Von 310 Lokführern sind derzeit 41 nicht im Einsatz. Neue Kollegen werden zwar ausgebildet, die Ausbildung dauert aber bis zu elf Monate.

„Das ist für uns eine Katastrophe", sagt Pendlerin Anja Rüters, 46, die täglich nach Oldenzijl zur Arbeit fährt. Ihr Zug fährt künftig nur noch alle zwei Stunden.

Der Fahrgastverband Pro Schiene Ems kritisiert, das Problem sei seit Jahren bekannt.`,
		"n4en.txt": `en|German rail operator cuts nearly 100 daily trains over driver shortage

Transport

29 January 2030

German regional operator Emsland-Express will cancel 96 of its 1,140 daily services for eight weeks from Monday because it is short of 41 train drivers, the company said on Tuesday.

The cuts, about 8.4% of services, mainly hit evening and weekend trains. The cross-border line to Oldenzijl in the Netherlands will run every two hours instead of every hour.

Managing director Katrin Oelkers said a reliable emergency timetable was better than daily cancellations. Training a new driver takes up to 11 months.

The company employs 310 drivers.`,
		"n4nl.txt": `nl|Duitse treinen naar Oldenzijl rijden nog maar om de twee uur

Regio | Verkeer

Oldenzijl, 29 januari 2030

Reizigers tussen Oldenzijl en Duitsland moeten vanaf maandag rekening houden met minder treinen. De Duitse vervoerder Emsland-Express rijdt op de grenslijn nog maar eens per twee uur in plaats van elk uur.

Het bedrijf kampt met een groot tekort aan machinisten: 41 van de 310 zijn er niet. Daarom schrapt het zes weken lang 96 van de 1140 dagelijkse ritten.

"Voor grensarbeiders is dit een flinke klap", zegt wethouder Gerrit Dijkhuis (Mobiliteit) van Oldenzijl. Volgens hem reizen dagelijks zo'n 1.200 mensen met de trein over de grens.

De Duitse directeur Katrin Oelkers bood haar excuses aan.`,
	}, map[string][2]string{"n4nl.txt": {"6 weeks", "8 weeks"}}},
	{"airport-baggage-failure", map[string]string{
		"n5en.txt": `en|Baggage system failure strands thousands of suitcases at Spanish airport

Travel | News

Published 16 June 2030, 08:05 BST

Holidaymakers flying home from Sierra Almira airport in southern Spain left without their luggage on Saturday after the airport's baggage handling system broke down for nearly five hours.

About 7,000 bags were left behind, the airport operator said. Thirty-five flights were cancelled and around 140 delayed, affecting more than 22,000 passengers, many of them travelling to Britain and the Netherlands.

The system stopped working at 5.40am after a faulty software update and was restored at 10.30am, airport director Elena Prats said. "We apologise to every passenger," she said, adding that most bags would be delivered within 48 hours.

Last August the same system failed for two hours.

Read more: Your rights when your luggage is delayed`,
		"n5es.txt": `es|Una avería en el sistema de equipajes deja en tierra 6.850 maletas en Sierra Almira

Andalucía

Sierra Almira, 15 jun (Agencia)

Una avería informática en el sistema de clasificación de equipajes del aeropuerto de Sierra Almira obligó este sábado a cancelar 35 vuelos y provocó retrasos en otros 140, según la dirección del aeropuerto.

El fallo, causado por una actualización defectuosa del programa, se prolongó desde las 5.40 hasta las 10.30 horas. En ese tiempo, 6.850 maletas no pudieron embarcarse. En total, más de 22.000 pasajeros se vieron afectados.

La directora del aeropuerto, Elena Prats, pidió disculpas y aseguró que la mayoría del equipaje se entregará en un plazo de dos días. El pasado agosto, el mismo sistema ya estuvo parado durante dos horas.

El aeropuerto registró el año pasado 9,4 millones de pasajeros, un 6 % más que en 2028.`,
		"n5nl.txt": `nl|Duizenden koffers blijven achter op Spaans vliegveld

Reizen

Zaterdag 15 juni 2030, 19:12

Door een storing in het bagagesysteem van de Spaanse luchthaven Sierra Almira zijn zaterdag duizenden Nederlandse vakantiegangers zonder koffer thuisgekomen. Het systeem lag bijna vijf uur plat.

Volgens de luchthaven bleven zo'n 7000 koffers achter. 35 vluchten werden geschrapt, 140 vertrokken met vertraging. Onder de getroffen vluchten waren acht naar Amsterdam, Eindhoven en Rotterdam.

Luchthavendirecteur Elena Prats belooft dat de meeste bagage binnen 48 uur wordt bezorgd. Reizigers kunnen een claim indienen bij hun luchtvaartmaatschappij.`,
	}, nil},
	{"stock-market-fall", map[string]string{
		"n6es.txt": `es|El Ibex 35 se desploma un 3,2 % arrastrado por el profit warning de Banco Castellar

Mercados

Madrid, 17 oct (Agencia)

El Ibex 35 cerró este jueves con una caída del 3,2 %, hasta los 10.412,6 puntos, su mayor descenso en una sola sesión desde marzo de 2027, lastrado por el desplome de Banco Castellar tras rebajar sus previsiones de beneficio.

Las acciones de la entidad se hundieron un 11,3 %, hasta 4,87 euros, después de que el banco advirtiera de que su beneficio anual será un 25 % inferior al previsto por mayores provisiones por morosidad. El resto del sector financiero también cayó con fuerza.

La bolsa española perdió en la jornada unos 21.000 millones de euros de capitalización. En el resto de Europa, el DAX alemán bajó un 1,9 % y el Euro Stoxx 50, un 2,1 %.

Pese a la caída, el selectivo acumula una subida del 4,5 % en lo que va de año.`,
		"n6es2.txt": `es|Jueves negro en la Bolsa: el Ibex pierde 344 puntos

Economía

Por Javier Montoro

El parqué madrileño vivió ayer su peor sesión en más de tres años. El Ibex 35 perdió 344 puntos, un 3,2 %, y cerró en 10.412 puntos. Se esfumaron en un solo día cerca de 21.000 millones de euros en valor bursátil.

El detonante fue Banco Castellar. La entidad presidida por Ramón Ugarte anunció el miércoles por la noche que su beneficio de este año será una cuarta parte menor de lo esperado. Sus títulos cayeron un 13,1 %, a 4,87 euros, y arrastraron a Santaluz Banca (-5,2 %) y a la aseguradora Mutua Oriental (-3,9 %).

«El mercado castiga la falta de visibilidad», explica Carmen Olivares, analista de Inversores del Sur. A su juicio, la corrección «no cambia la tendencia del año», en el que el índice aún gana un 4,5 %.

El Ibex venía de encadenar cinco sesiones al alza.`,
		"n6en.txt": `en|Spanish stocks slump 3.2% as Banco Castellar warns on profit

Markets

By our markets staff

Spain's benchmark Ibex 35 index fell 3.2% on Thursday, its steepest one-day decline since March 2027, after Banco Castellar cut its profit forecast, sending its shares down 11.3%.

The bank said full-year profit would be about a quarter lower than expected because of higher provisions for bad loans. Its shares closed at €4.87.

The Ibex ended at 10,412.6 points. About €21bn was wiped off the value of Spanish listed companies. Germany's DAX fell 1.9%.

Banco Castellar chairman Ramón Ugarte said the bank remained "solidly profitable". The Ibex is still up 4.5% this year.`,
		"n6de.txt": `de|Spanische Börse bricht ein – Banco Castellar verliert zweistellig

Finanzen

17.10.2030 | 18:45

Die Madrider Börse hat am Donnerstag den größten Tagesverlust seit März 2027 verbucht. Der Leitindex Ibex 35 schloss 3,2 Prozent tiefer bei 10.412,6 Punkten.

Auslöser war eine Gewinnwarnung von Banco Castellar. Die Aktie des Geldhauses brach um 11,3 Prozent auf 4,87 Euro ein. Das Institut erwartet für das laufende Jahr einen um ein Viertel geringeren Gewinn als bisher angenommen.

Auch in Frankfurt ging es abwärts: Der DAX verlor 1,9 Prozent, der Euro Stoxx 50 gab um 2,1 Prozent nach.`,
	}, map[string][2]string{"n6es2.txt": {"13.1%", "11.3%"}}},
	{"egg-price-rise", map[string]string{
		"n7nl.txt": `nl|Eieren fors duurder door vogelgriep: groothandelsprijs 44 procent hoger

Economie

Lunterbroek, 7 februari 2030

De groothandelsprijs van eieren is door de vogelgriep opgelopen tot 21,40 euro per honderd stuks, 44 procent meer dan een jaar geleden, toen nog 14,90 euro werd betaald. Dat meldt de Nederlandse Pluimveeorganisatie (NPO).

Sinds oktober zijn op 37 bedrijven ruim 2,1 miljoen legkippen geruimd. Nederland telt ongeveer 33 miljoen leghennen. "Het aanbod is gewoon kleiner dan de vraag", zegt NPO-voorzitter Harm Teunissen.

In de supermarkt kost een doosje van tien eieren inmiddels gemiddeld 3,49 euro, tegen 2,89 euro vorig jaar. De vorige piek in de groothandelsprijs lag in 2022 op 19,80 euro.

De organisatie verwacht dat de prijzen tot zeker de zomer hoog blijven.`,
		"n7nl2.txt": `nl|Pluimveehouders: 'Geen reden tot juichen om hoge eierprijs'

Regio | Landbouw

Door Anouk Verhoef

Op papier is het goed nieuws voor pluimveehouders: ze krijgen voor honderd eieren ruim 21 euro, bijna de helft meer dan vorig jaar. Maar wie zijn stallen leeg moest halen, heeft daar niets aan.

Pluimveehouder Wim Schothorst (61) uit Lunterbroek moest in december 48.000 kippen laten ruimen. "Het duurt minstens acht weken voordat er weer nieuwe dieren in mogen," zegt hij. Zijn zoon Dirk (34) runt het bedrijf inmiddels mee.

In totaal gingen sinds oktober ruim twee miljoen legkippen op 37 bedrijven dood. Voor consumenten is het eitje ook duurder: een doos van tien kost ongeveer 3,50 euro.`,
		"n7en.txt": `en|Dutch egg prices jump 44% as bird flu culls hit supply

Agriculture

Feb 7, 2030

Wholesale egg prices in the Netherlands, Europe's largest egg exporter, have risen 44% in a year to €21.40 per 100 eggs because of bird flu outbreaks, the Dutch poultry organisation NPO said on Thursday.

More than 2.1 million laying hens have been culled on 37 farms since October, out of a national flock of about 33 million. Supermarket prices for a box of ten eggs have risen by about 21% to €3.49.

"Supply is simply lower than demand," said NPO chairman Harm Teunissen. Prices would stay high until at least the summer, he said.

Dutch egg exports to Germany, the main market, fell 12% in January.`,
		"n7de.txt": `de|Vogelgrippe in den Niederlanden treibt Eierpreise

Wirtschaft

07.02.2030

Die Vogelgrippe in den Niederlanden macht Eier auch in Deutschland teurer. Der Großhandelspreis im Nachbarland liegt nach Angaben des Geflügelverbands NPO bei 21,40 Euro je 100 Eier – 44 Prozent mehr als vor einem Jahr.

Seit Oktober wurden in den Niederlanden mehr als 2,1 Millionen Legehennen getötet. Die Niederlande liefern etwa jedes dritte in Deutschland verkaufte Importei. Im Januar gingen die Lieferungen nach Deutschland um 12 Prozent zurück.

Deutsche Erzeuger profitieren kaum: Auch hierzulande wurden seit Herbst rund 900.000 Tiere gekeult.`,
	}, nil},
	{"building-permits-fall", map[string]string{
		"n8es.txt": `es|Los visados para construir vivienda nueva caen un 17,4 % en el primer semestre

Economía | Vivienda

Madrid, 22 ago (Agencia)

Los colegios de aparejadores visaron en el primer semestre del año proyectos para 48.296 viviendas de obra nueva, un 17,4 % menos que en el mismo periodo de 2029, según los datos publicados este jueves por el Ministerio de Vivienda.

La caída fue más intensa en la Comunidad de Madrid, con un descenso del 22 %, mientras que en Cataluña los visados retrocedieron un 9,8 %. Solo tres comunidades registraron aumentos.

El presidente de la Asociación de Promotores Inmobiliarios del Levante, Julián Rocamora, atribuyó el frenazo al «encarecimiento del suelo y de los materiales» y a la subida de los tipos de interés.

Lejos queda el récord de 2006, cuando se visaron 858.400 viviendas en todo el año.`,
		"n8es2.txt": `es|La obra nueva se frena: casi 10.200 viviendas menos visadas hasta junio

Vivienda

Por Elena Castrillo

La construcción de vivienda nueva pierde fuelle. Entre enero y junio se visaron en España unas 48.300 viviendas, frente a las 58.470 del primer semestre del año pasado, lo que supone un retroceso de más del 17 %.

«Con estos números es imposible cubrir la demanda», advierte Julián Rocamora, que preside la patronal de promotores del Levante. Según sus cálculos, harían falta al menos 120.000 viviendas nuevas al año.

Madrid encabeza el descenso (-22 %). En Cataluña, la bajada se limita al 9,8 %.

El precio medio de la vivienda nueva subió en el mismo periodo un 7,3 %, hasta 2.410 euros por metro cuadrado.`,
		"n8en.txt": `en|Spanish new-home permits fall 17% in first half

Property

Spain approved permits for about 48,300 new homes in the first six months of the year, down 17.4% from 58,470 a year earlier, housing ministry data showed on Thursday.

Madrid saw the steepest fall, 22%, while permits in Catalonia dropped 9.8%.

Julián Rocamora, head of a developers' association in eastern Spain, blamed higher land and building costs and interest rates. He said the country needed at least 120,000 new homes a year.

Permits peaked in 2006 at more than 850,000 for the whole year.`,
	}, nil},
	{"wettest-winter-record", map[string]string{
		"n9nl.txt": `nl|Natste winter ooit gemeten: gemiddeld 318 millimeter regen

Binnenland | Weer

Utrecht, 1 maart 2030

De afgelopen winter was de natste sinds het begin van de metingen in 1901. Gemiddeld viel er in Nederland 318 millimeter neerslag, meldt het weerinstituut. Normaal is dat 211 millimeter.

Het vorige record dateert uit 1995, toen 296 millimeter viel. Het regende deze winter op 71 van de 90 dagen.

Vooral in het zuidoosten van het land viel veel regen: in Limburg werd plaatselijk meer dan 400 millimeter gemeten. Waterschappen moesten wekenlang extra pompen.

"Een winter als deze past in het beeld van een warmer en natter klimaat," zegt klimatoloog Saskia van Rheenen.`,
		"n9nl2.txt": `nl|Waterschap: 'Hier hebben we nog nooit zoveel gepompt'

Regio

Door Koen Hebing

Waterschap Roerdal heeft sinds december 41 miljoen kubieke meter water weggepompt, ruim twee keer zoveel als in een normale winter. "Onze gemalen hebben dag en nacht gedraaid," zegt dijkgraaf Lotte Kersten.

De kosten lopen op tot ongeveer 3,2 miljoen euro. Boeren in het gebied kunnen pas weken later het land op.

Het was de natste winter in ruim 125 jaar meten. Gemiddeld viel er in Nederland 318 millimeter, in onze regio zelfs bijna 360. Het oude record van 296 millimeter stamde uit 1959.`,
		"n9en.txt": `en|Netherlands records its wettest winter since 1901

Europe | Weather

Amsterdam, 1 March

The Netherlands has had its wettest winter since records began in 1901, with an average of 318 mm (12.5 inches) of rain falling between December and February, the Dutch weather institute said on Friday.

That was about 50% more than normal and beat the previous record of 296 mm set in 1995. It rained on 71 of the 90 days.

Parts of the south-eastern province of Limburg received more than 400 mm. Water boards pumped round the clock to keep polders dry.`,
		"n9de.txt": `de|Niederlande erleben nassesten Winter seit Messbeginn

Wetter

01.03.2030

In den Niederlanden ist in diesem Winter so viel Regen gefallen wie nie seit Beginn der Aufzeichnungen 1901. Im Landesdurchschnitt kamen 318 Liter pro Quadratmeter zusammen, normal sind 211 Liter.

Der bisherige Rekord von 296 Litern stammte aus dem Winter 1994/95. Auch am Niederrhein war der Winter außergewöhnlich nass: In Emmerbruch wurden 287 Liter gemessen.`,
	}, map[string][2]string{"n9nl2.txt": {"1959", "1995"}}},
	{"road-salt-shortage", map[string]string{
		"n10de.txt": `de|Streusalz wird knapp: Land bestellt 42.000 Tonnen in Spanien

NRW | Verkehr

Düsseldorf, 17.01.2030, 13:25 Uhr

Nach mehr als einer Woche Dauerfrost geht in Nordrhein-Westfalen das Streusalz aus. Der Landesbetrieb Straßenbau hat deshalb 42.000 Tonnen Salz bei einer Saline in Spanien bestellt. Das Schiff mit der Ladung wird am Dienstag in Rotterdam erwartet, von dort geht es per Binnenschiff weiter.

Die Lager des Landes sind nach Angaben einer Sprecherin nur noch zu 18 Prozent gefüllt. 23 der 71 Straßenmeistereien haben gar kein Salz mehr. Gestreut werden vorerst nur Autobahnen, Bundesstraßen und Steigungen.

Der Preis ist hoch: Das Land zahlt rund 118 Euro je Tonne einschließlich Transport, sonst sind es etwa 72 Euro. „In dieser Lage nehmen wir, was wir bekommen", sagte Landesverkehrsminister Hendrik Bollmann.

Meteorologen erwarten frühestens Mitte nächster Woche Tauwetter. In der Nacht zum Donnerstag waren im Sauerland minus 17 Grad gemessen worden.`,
		"n10de2.txt": `de|Kein Salz mehr in der Straßenmeisterei Hohenbrake

Lokales

Von Petra Schwenk

Seit Mittwoch ist das Salzlager der Straßenmeisterei Hohenbrake leer. Auf Kreisstraßen und in Wohngebieten wird nur noch Splitt gestreut, und auch das nur an gefährlichen Stellen.

„Wir sind seit dem 8. Januar im Dauereinsatz", sagt Meistereileiter Uwe Kampmann (59). Normalerweise lagern in der Halle 2.500 Tonnen, in diesem Winter seien schon mehr als 3.100 Tonnen verbraucht worden.

Landesweit sind 23 Meistereien ohne Salz. Abhilfe soll Salz aus Spanien schaffen: Ein Frachter bringt 42.000 Tonnen nach Rotterdam. Bis die ersten Lastwagen in Hohenbrake ankommen, dürfte es aber noch eine Woche dauern.

Die Polizei zählte im Kreis seit Monatsbeginn 214 Glätteunfälle.`,
		"n10nl.txt": `nl|Duits strooizout komt uit Spanje via Rotterdam

Economie | Scheepvaart

Rotterdam, 17 januari 2030

Een vrachtschip met 42.000 ton Spaans strooizout voor de Duitse deelstaat Noordrijn-Westfalen wordt dinsdag in de Rotterdamse haven verwacht. Het zout wordt daar overgeladen op binnenvaartschepen die het over de Rijn naar Duitsland brengen.

In Noordrijn-Westfalen is door de langdurige vorst bijna geen zout meer: de voorraden zijn gezakt tot 18 procent. Bij 23 van de 71 steunpunten voor gladheidsbestrijding is het op.

Ook Nederlandse wegbeheerders zijn zuinig, maar een tekort is er niet. De landelijke wegbeheerder heeft nog ongeveer 60 procent van zijn voorraad, zegt een woordvoerder. "We houden het goed in de gaten."

Het overslagbedrijf verwacht zes binnenvaartschepen nodig te hebben.`,
		"n10es.txt": `es|Sal de Torremar para las carreteras heladas de Alemania

Provincia | Economía

Torremar, 17 ene

Las Salinas de Torremar han cerrado el mayor pedido de su historia: 42.000 toneladas de sal para las carreteras del estado alemán de Renania del Norte-Westfalia, que sufre desde hace más de una semana una ola de frío con temperaturas de hasta 17 grados bajo cero.

El buque, cargado en el puerto de Torremar durante tres días, zarpó ayer y llegará a Róterdam el jueves, según la empresa. Desde allí la sal seguirá en barcazas por el Rin.

«Es un pedido excepcional, de más de tres millones de euros», explicó la directora de las salinas, Rosa Llorca. La empresa, que emplea a 140 personas, ha contratado a 25 eventuales para atender el encargo.

En un año normal, Torremar vende unas 180.000 toneladas de sal, la mayor parte para la industria.`,
	}, map[string][2]string{"n10es.txt": {"Thursday", "Tuesday"}}},
}
