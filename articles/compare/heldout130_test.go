package compare

// heldOutChocolatero is a blind held-out set of ten events of mixed
// national and regional news, written without reading the extraction or
// matching code: a Christmas market's stall fees in South Tyrol (de, de,
// it), a water slide that came apart in a Costa Blanca park (es, es, en,
// de), an E. coli outbreak after visits to a petting farm in Ticino (it,
// it, de, en), a Piedmont synagogue reopened after its restoration (it,
// it, en, es), a court curbing a Bavarian go-kart track (de, de, en), the
// Valencian citrus harvest forecast (es, es, en, it), a boy bitten by a
// viper on a Trentino hike (it, it, de, en), a Basque potato-omelette
// championship (es, es, en), a Tuscan town's crematorium vote (it, it,
// en) and a Swiss local radio station closing (de, de, en, it).
//
// Six contradictions are planted, one in each of six events, all outside
// the first paragraph and all in a report whose language is alone in its
// event: a count of market stalls (46 against 64, Italian, third
// paragraph), a duration of the farm's closure (three weeks against two,
// German, third paragraph), a year of building (1769 against 1796,
// Spanish, third paragraph), a percentage fall of the harvest (17%
// against 11%, Italian, second paragraph), a mother's age (44 against 41,
// English, third paragraph) and a distance to the nearest crematorium (45
// km against 60 km, English, fourth paragraph). The water slide, the
// go-kart track, the omelette championship and the radio station hold
// none.
//
// Traps that must not be flagged: a difference given for a total (450
// euros more, six more stalls; 7 decibels above the limit), parts and
// totals (two children with fractures and five with cuts of seven; 15
// other finalists of 16; nine staff on 7.5 full-time posts, nine of 14
// full-time; the region's 1.6 million of 2.3 million euros, 450,000 from a
// foundation), hedges and rounding (more than 400,000 against 410,000
// visitors; nearly 5,000 against 4,800; more than 100 metres against 110;
// more than 300 against 312 entries; almost 40,000 against 38,000
// listeners; over 300,000 against 310,000 francs), number formats
// (2.950 / 2950 / 2,950; 310'000 / 310.000 / 310,000; 1,1 Kilometer
// against a 1,100-metre circuit; 62 dB / 62 Dezibel), durations in other
// units (at least 14 days against two weeks; six months against half a
// year; four hours against 13 to 17 o'clock), several ages in one report
// (a boy of 9, his father 45, his sister 6; a winner of 34 and a
// runner-up of 61; a girl of 12 and a boy of 10), previous values and
// background years (58 stalls the year before; 3.26 million tonnes last
// season; 21% of deaths in 2015; 52,000 listeners in 2015; six viper
// bites last year; founded 2009, 17th edition), and titles by synonym
// (Verwaltungsratspräsidentin / board chair / presidente del consiglio
// d'amministrazione; consellera / regional agriculture minister).
//
// Frozen before its first run, which flagged 2 of the 6 contradictions
// (the synagogue's year, 1769 against 1796, and the distance to the
// nearest crematorium, 45 km against 60 km) and 0 false disagreements; it
// missed the Italian count of stalls (46 against 64: "le bancarelle
// saranno 46", the number after its noun, gave no value at all), the
// German closure of the farm (3 weeks against 2 weeks: both stood in one
// row, "mindestens drei Wochen" against "almeno due settimane", but the row
// was not marked as a disagreement), the Italian fall of the harvest (17%
// against 11%: the 17% stood in a row of its own, apart from the Spanish
// 11%) and the English mother's age (44 years against 41 years: "mother ·
// age · 44 years" stood in a row of its own, apart from "Mutter · age · 41
// years"). The suite passed at its limit of one false disagreement, so the
// table line keeps it.
//
// Fixed after, so the set is held out no longer: a family's members are
// one subject in every language ("mother" and "Mutter"); any plural right
// before a copula is what the figure after it counts ("le bancarelle
// saranno 46"): 4/6 flagged, 0 false.
var heldOutChocolatero = []heldOutEvent{
	{"christmas-market-stall-fees", map[string]string{
		"ch1de.txt": `de|Christkindlmarkt: Standgebühren steigen um 18 Prozent

Sankt Aurel | Lokales

Von Judith Pichler

Der Gemeinderat von Sankt Aurel hat am Montagabend mit 19 zu 8 Stimmen eine deutliche Erhöhung der Standgebühren für den Christkindlmarkt beschlossen. Ein Standplatz kostet künftig 2.950 Euro pro Saison, bisher waren es 2.500 Euro – ein Plus von 18 Prozent.

Stadträtin Verena Obexer (Wirtschaft) begründete den Schritt mit gestiegenen Kosten: „Sicherheit, Strom und Reinigung sind um ein Drittel teurer geworden.“ Zugleich wächst der Markt: Auf dem Rathausplatz stehen heuer 64 Stände, im Vorjahr waren es 58.

Der Markt öffnet am Freitag, 28. November, und dauert bis 6. Jänner. Im vergangenen Jahr zählte die Tourismusgenossenschaft rund 410.000 Besucher.

Kritik kommt von den Standbetreibern. „Für kleine Handwerker ist das kaum noch zu stemmen“, sagte Martin Kofler (57), Obmann des Marktvereins, der seit 1994 einen Stand mit Holzspielzeug führt.

Mehr zum Thema: Parkplätze in der Altstadt werden knapp`,
		"ch1de2.txt": `de|Sankt Aurel: Marktstände werden teurer

Südtirol-Nachrichten, 23.09.2025, 07:40

Wer am Christkindlmarkt in Sankt Aurel verkaufen will, muss künftig tiefer in die Tasche greifen. Der Gemeinderat beschloss am Montag, die Gebühr je Stand auf 2950 Euro anzuheben. Das sind 450 Euro mehr als bisher.

Die Mehrheit stimmte dafür, acht Räte dagegen. Wirtschaftsstadträtin Verena Obexer verwies auf die Kosten für Sicherheitsdienst und Energie.

64 Stände sollen heuer am Rathausplatz stehen, sechs mehr als 2024. Eröffnet wird am 28. November.

Der Obmann der Standbetreiber, Martin Kofler, sprach von einer „Belastung für kleine Handwerker“.`,
		"ch1it.txt": `it|Mercatino di Natale, a Sant'Aurelio i posteggi costano il 18% in più

Alto Adige | Cronaca

SANT'AURELIO. Aumentano le tariffe per chi vuole vendere al mercatino di Natale di Sant'Aurelio. Il consiglio comunale ha approvato lunedì sera, con 19 voti favorevoli e 8 contrari, il nuovo canone: 2.950 euro a stagione per ogni posteggio, contro i 2.500 euro dell'anno scorso.

«I costi per sicurezza, energia elettrica e pulizia sono cresciuti di un terzo», ha spiegato l'assessora al commercio Verena Obexer.

Quest'anno in piazza del Municipio le bancarelle saranno 46, l'anno scorso erano 58. Il mercatino aprirà venerdì 28 novembre e chiuderà il 6 gennaio; l'anno scorso aveva richiamato oltre 400 mila visitatori.

Critico Martin Kofler, 57 anni, presidente dell'associazione degli espositori: «Per i piccoli artigiani diventa insostenibile».`,
	}, map[string][2]string{"ch1it.txt": {"46", "64"}}},
	{"aquapark-slide-injuries", map[string]string{
		"ch2es.txt": `es|Siete niños heridos al romperse un tobogán en el parque acuático de Benirrata

Comunitat | Marina Alta

BENIRRATA. J. M. Ferrando | 11/08/2025 - 08:15

Siete menores de entre 8 y 13 años resultaron heridos el domingo por la tarde en el parque acuático Aquaria de Benirrata (Alicante) al desencajarse un tramo del tobogán Vértigo, de 22 metros de altura y 110 de longitud, según informaron fuentes del parque y de la Guardia Civil.

Dos de ellos, una niña de 12 años con una fractura en el brazo y un niño de 10 años con una pierna rota, fueron trasladados al Hospital Comarcal de Benirrata. Los otros cinco sufrieron cortes y contusiones y fueron atendidos en el propio recinto.

El accidente se produjo hacia las 17.30 horas, cuando el parque registraba una gran afluencia: unas 4.800 personas, según la empresa.

La directora del parque, Rosa Llinares, aseguró que el tobogán había superado la última inspección el pasado 12 de mayo y que permanecerá cerrado «hasta que sepamos exactamente qué ha fallado». El resto de atracciones abrirá con normalidad.

La Guardia Civil ha abierto diligencias. El alcalde, Vicent Soler, visitó a los heridos por la noche.`,
		"ch2es2.txt": `es|Cierran un tobogán de Aquaria tras un accidente con siete niños heridos

Alicante, 10 ago (Agencia)

El parque acuático Aquaria de Benirrata ha cerrado su tobogán más alto, el Vértigo, después de que siete niños resultaran heridos este domingo al separarse una de las juntas del tubo.

Dos menores fueron hospitalizados con fracturas y cinco recibieron atención por heridas leves, informó el servicio de emergencias 112 de la Comunitat Valenciana.

El tobogán, inaugurado en 2019, mide 22 metros de alto. El parque, uno de los mayores de la provincia, recibe cerca de 300.000 visitantes por temporada.

La Guardia Civil investiga las causas.`,
		"ch2en.txt": `en|Seven children hurt as water slide splits at Costa Blanca park

Travel news

By Sarah Whitlock, 11 August 2025

Seven children were injured when part of a water slide came apart at a busy water park on Spain's Costa Blanca on Sunday afternoon.

The accident happened at about 5.30pm on the Vértigo slide at Aquaria in Benirrata, a 22-metre-high ride more than 100 metres long. Two children, a girl of 12 and a boy of 10, suffered fractures and were taken to hospital. The other five had cuts and bruises.

It is not known whether any British families were among those hurt. The park, popular with tourists, had nearly 5,000 visitors on the day.

Park director Rosa Llinares said the slide had passed its last safety inspection in May and would stay shut until the cause was found. Spain's Guardia Civil is investigating.

Advertisement`,
		"ch2de.txt": `de|Spanien: Sieben Kinder bei Unfall auf Wasserrutsche verletzt

Panorama

Benirrata – In einem Wasserpark an der spanischen Costa Blanca sind am Sonntag sieben Kinder verletzt worden, als sich ein Teil einer Rutsche löste. Die Kinder sind nach Angaben der Guardia Civil zwischen acht und 13 Jahre alt.

Zwei von ihnen – ein zwölfjähriges Mädchen und ein zehnjähriger Junge – erlitten Knochenbrüche und kamen ins Krankenhaus. Fünf weitere wurden mit leichten Verletzungen vor Ort versorgt.

Die 22 Meter hohe Rutsche „Vértigo“ im Park Aquaria in Benirrata wurde 2019 eröffnet und im Mai zuletzt geprüft. Sie bleibt vorerst gesperrt. Der Park zählt pro Saison rund 300.000 Besucher.`,
	}, nil},
	{"petting-farm-e-coli", map[string]string{
		"ch3it.txt": `it|E. coli, undici bambini ammalati dopo la visita a una fattoria didattica

Ticino | Cronaca

di Laura Bernasconi
12 giugno 2025

Undici bambini tra i 3 e i 9 anni si sono ammalati dopo aver visitato la fattoria didattica Il Gelso di Brognasco, in Vallemaggia. Lo ha comunicato giovedì l'Ufficio del medico cantonale, che parla di un'infezione da Escherichia coli produttore di Shiga-tossine (STEC).

Tre bambini sono ricoverati all'Ospedale regionale di Bellinzona. Una bambina di 4 anni presenta complicazioni renali, ma le sue condizioni sono stabili.

Il veterinario cantonale ha ordinato la chiusura della fattoria per almeno due settimane. Sono stati prelevati campioni dalle capre e dai vitelli, che i bambini potevano accarezzare e nutrire.

«Chi ha visitato la fattoria tra il 2 e il 6 giugno e presenta diarrea nei prossimi dieci giorni deve rivolgersi al medico», ha detto il medico cantonale Paola Rezzonico.

Nel mese di maggio la fattoria aveva accolto circa 1.400 visitatori, tra cui 23 classi scolastiche.`,
		"ch3it2.txt": `it|Brognasco, chiusa la fattoria didattica dopo i casi di E. coli

Aggiornato 12.06.2025, 17:42

Sono 11 i bambini che hanno contratto un batterio intestinale dopo una visita alla fattoria Il Gelso di Brognasco. Tre sono in ospedale a Bellinzona, uno in condizioni più serie.

La fattoria resterà chiusa per almeno due settimane, ha deciso l'Ufficio del veterinario cantonale. Il titolare, Ivo Pedrazzini, si dice «sotto choc»: «Abbiamo sempre rispettato le regole di igiene, i lavandini sono all'uscita del recinto».

Le analisi sugli animali sono in corso. I risultati sono attesi la settimana prossima.`,
		"ch3de.txt": `de|Tessin: Elf Kinder nach Besuch auf Bauernhof an E. coli erkrankt

Schweiz

Bellinzona – Nach Besuchen auf einem Erlebnisbauernhof im Maggiatal sind elf Kinder an einer gefährlichen Darminfektion erkrankt. Die Kinder im Alter von drei bis neun Jahren hatten den Hof Il Gelso in Brognasco zwischen dem 2. und dem 6. Juni besucht, wie die Tessiner Kantonsärztin Paola Rezzonico am Donnerstag mitteilte.

Drei Kinder liegen im Spital in Bellinzona, darunter ein vierjähriges Mädchen mit Nierenkomplikationen.

Der Kantonstierarzt liess den Hof für mindestens drei Wochen schliessen. Von Ziegen und Kälbern wurden Proben genommen.

Im Mai hatten rund 1400 Personen den Hof besucht, darunter 23 Schulklassen.`,
		"ch3en.txt": `en|E. coli outbreak linked to Ticino petting farm

Eleven children have fallen ill with a dangerous strain of E. coli after visiting a petting farm in the Maggia valley, health officials in canton Ticino said on Thursday.

The children, aged between three and nine, visited the Il Gelso farm in Brognasco between June 2 and June 6. Three are being treated in hospital in Bellinzona; a four-year-old girl has developed kidney complications.

The cantonal vet has closed the farm for at least 14 days while goats and calves are tested. Parents whose children visited in that period have been asked to watch for diarrhoea over the next ten days.

The farm had some 1,400 visitors in May, among them 23 school classes.`,
	}, map[string][2]string{"ch3de.txt": {"3 weeks", "2 weeks"}}},
	{"synagogue-restoration", map[string]string{
		"ch4it.txt": `it|Casalvento, riapre la sinagoga dopo tre anni di restauri

Cronaca | Provincia

CASALVENTO. Dopo tre anni di lavori e sei di chiusura, la sinagoga di Casalvento ha riaperto domenica le sue porte in occasione della Giornata europea della cultura ebraica. Costruita nel 1796 all'interno dell'antico ghetto, era stata chiusa nel 2019 per il rischio di crollo del soffitto.

Il restauro è costato 2,3 milioni di euro: 1,6 milioni li ha messi la Regione Piemonte, 450 mila euro la Fondazione Cassa di Risparmio di Casalvento, il resto è arrivato da donazioni private.

«È una giornata che aspettavamo da tanto», ha detto la presidente della comunità ebraica, Elena Foa Ottolenghi. Oggi la comunità conta 38 iscritti; a metà Ottocento gli ebrei di Casalvento erano circa 600.

Alla cerimonia hanno partecipato oltre 500 persone. L'architetto Marco Bertolino, che ha diretto i lavori, ha recuperato anche gli stucchi dorati dell'Aron e il matroneo ligneo.`,
		"ch4it2.txt": `it|Piemonte: restaurata la sinagoga settecentesca di Casalvento

Torino, 14 set. - Riaperta oggi al pubblico la sinagoga di Casalvento, edificata nel 1796 e chiusa dal 2019. I lavori di restauro, durati tre anni, sono costati complessivamente 2,3 milioni di euro, di cui 1,6 milioni finanziati dalla Regione.

Alla riapertura, nella Giornata europea della cultura ebraica, erano presenti l'assessore regionale alla Cultura e la presidente della comunità, Elena Foa Ottolenghi.

La sinagoga sarà visitabile su prenotazione la domenica e il mercoledì.`,
		"ch4en.txt": `en|Piedmont synagogue reopens after €2.3m restoration

Europe

The 18th-century synagogue of Casalvento, a small town in Italy's Piedmont region, reopened on Sunday after a three-year restoration costing €2.3 million.

Built in 1796 inside the town's former ghetto, the synagogue had been closed since 2019 over fears its ceiling could collapse. The Piedmont regional government contributed €1.6m, a local banking foundation €450,000 and private donors the rest.

"We have waited a long time for this day," said Elena Foa Ottolenghi, president of the local Jewish community, which now has 38 members, down from around 600 in the mid-19th century.

More than 500 people attended the reopening, held on the European Day of Jewish Culture.`,
		"ch4es.txt": `es|Reabre la sinagoga de Casalvento, joya del barroco judío piamontés

Cultura

Madrid / Casalvento, 15 sep 2025

La pequeña ciudad italiana de Casalvento, en el Piamonte, recuperó el domingo su sinagoga tras tres años de obras de restauración que han costado 2,3 millones de euros, financiados en su mayor parte por la región.

El templo, cerrado desde 2019, conserva un arca santa (Aron) con estucos dorados y una galería de madera para las mujeres.

La sinagoga fue construida en 1769 dentro del antiguo gueto. En el siglo XIX la comunidad llegó a contar con unos 600 miembros; hoy apenas tiene 38, según su presidenta, Elena Foa Ottolenghi.

A la ceremonia de reapertura asistieron más de 500 personas.`,
	}, map[string][2]string{"ch4es.txt": {"1769", "1796"}}},
	{"kart-track-noise-ruling", map[string]string{
		"ch5de.txt": `de|Kartbahn Oberhelling muss sonntags früher schließen

Landkreis | Oberhelling

Von Andreas Huber

Regensburg/Oberhelling. Im jahrelangen Streit um den Lärm der Kartbahn in Oberhelling hat das Verwaltungsgericht Regensburg am Donnerstag den Anwohnern weitgehend recht gegeben. An Sonn- und Feiertagen darf die Bahn künftig nur noch vier Stunden betrieben werden, von 13 bis 17 Uhr. Werktags ist um 20 Uhr Schluss statt wie bisher um 22 Uhr.

Geklagt hatten zwölf Haushalte aus der benachbarten Siedlung am Mühlanger. Ein Gutachter hatte am nächstgelegenen Wohnhaus bis zu 62 Dezibel gemessen, erlaubt sind in einem allgemeinen Wohngebiet tagsüber 55 Dezibel.

Zudem muss der Betreiber binnen sechs Monaten eine vier Meter hohe Lärmschutzwand errichten. „Wir sind erleichtert, aber es hat sieben Jahre gedauert“, sagte Anwältin Sabine Reindl, die die Kläger vertritt.

Betreiber Thomas Gruber (49) prüft, ob er in Berufung geht. Die 1,1 Kilometer lange Bahn wurde 2011 eröffnet, sie hat 14 Mitarbeiter und zählt jährlich rund 45.000 Besucher. „Das Sonntagsgeschäft macht ein Drittel unseres Umsatzes aus“, so Gruber.`,
		"ch5de2.txt": `de|Urteil: Weniger Betrieb auf der Kartbahn Oberhelling

17.10.2025 | 06:30 Uhr

Die Kartbahn in Oberhelling muss ihre Öffnungszeiten einschränken. Das hat das Verwaltungsgericht Regensburg entschieden.

Sonntags und an Feiertagen darf nur noch zwischen 13 und 17 Uhr gefahren werden, unter der Woche bis 20 Uhr. Außerdem muss innerhalb eines halben Jahres eine Lärmschutzwand gebaut werden.

Die Anwohner hatten sich über Motorenlärm von bis zu 62 dB beschwert. Betreiber Thomas Gruber will das Urteil prüfen. Er beschäftigt 14 Menschen, neun davon in Vollzeit.`,
		"ch5en.txt": `en|Bavarian court curbs go-kart track after neighbours' noise complaint

A court in Regensburg has ordered a go-kart track in the Bavarian village of Oberhelling to cut its opening hours after residents complained of engine noise.

Under Thursday's ruling, the 1,100-metre circuit may open for only four hours on Sundays and public holidays and must close at 8pm on weekdays, two hours earlier than now.

An expert measured noise levels of up to 62 decibels at the nearest house, 7 decibels above the daytime limit for residential areas. The operator must also build a 4-metre noise barrier within six months.

Owner Thomas Gruber, 49, who opened the track in 2011, said Sunday trade made up a third of his revenue and he was considering an appeal. The track draws around 45,000 customers a year.`,
	}, nil},
	{"citrus-harvest-forecast", map[string]string{
		"ch6es.txt": `es|La cosecha de cítricos caerá un 11 % por la sequía

Economía | Agricultura

VALENCIA. E. Martí | 08/10/2025

La Comunitat Valenciana recogerá esta campaña 2,9 millones de toneladas de cítricos, un 11 % menos que la anterior, según el aforo presentado el martes por la Conselleria de Agricultura. La temporada pasada se cosecharon 3,26 millones de toneladas.

Por variedades, las naranjas sumarán 1,6 millones de toneladas, las mandarinas 1,15 millones y los limones unas 150.000 toneladas.

La consellera Amparo Ribes atribuyó el descenso a la sequía —las lluvias han estado un 40 % por debajo de la media— y al calor extremo de junio, que provocó la caída de flores y frutos.

Las organizaciones agrarias temen que la menor producción no se traduzca en mejores precios. «Al agricultor le pagan 32 céntimos por kilo de naranja y producirlo cuesta 38», denunció Josep Vidal, presidente de la Associació Llauradora del Túria. En la última década se han abandonado más de 7.500 hectáreas de cítricos.`,
		"ch6es2.txt": `es|Aforo citrícola: 2,9 millones de toneladas, un 11 % menos

Valencia, 7 oct (Agencia)

La producción de cítricos de la Comunitat Valenciana en la campaña 2025-2026 se situará en 2,9 millones de toneladas, lo que supone un descenso del 11 % respecto a la campaña anterior, según el aforo de la Conselleria de Agricultura.

La consellera, Amparo Ribes, ha señalado que la falta de lluvias y las altas temperaturas registradas en junio explican la caída. Alrededor del 70 % de la cosecha se destina a la exportación.

Los agricultores reclaman precios por encima de los costes de producción, que cifran en 0,38 euros por kilo.`,
		"ch6en.txt": `en|Valencia citrus crop forecast down 11% after drought

Fresh produce | Spain

By Mark Ellery | 8 October 2025

Spain's Valencia region expects to harvest 2.9 million tonnes of citrus fruit this season, down from 3.26 million tonnes in 2024-25, according to the regional agriculture department's official forecast published on Tuesday.

Oranges account for 1.6 million tonnes and mandarins for 1.15 million tonnes, with lemons making up about 150,000 tonnes.

Regional agriculture minister Amparo Ribes blamed the drop on drought, with rainfall 40% below average, and on a June heatwave that caused flowers and young fruit to drop.

Growers say prices remain below production costs. Josep Vidal of the Associació Llauradora del Túria said farmers were paid 32 cents a kilo for oranges against costs of 38 cents. Around 70% of the crop is exported.`,
		"ch6it.txt": `it|Spagna, agrumi: la Comunità Valenciana stima un raccolto in calo

Agroalimentare | Mercati esteri

La Comunità Valenciana, principale area agrumicola della Spagna, prevede per la campagna 2025/26 un raccolto di 2,9 milioni di tonnellate di agrumi, secondo le stime diffuse martedì dall'assessorato regionale all'agricoltura.

Si tratta di un calo del 17% rispetto alla scorsa campagna, dovuto alla siccità e alle alte temperature di giugno. Le arance dovrebbero attestarsi a 1,6 milioni di tonnellate, i mandarini a 1,15 milioni.

Per i produttori siciliani la minore offerta spagnola potrebbe tradursi in prezzi più alti sui mercati del Nord Europa, osserva Salvatore Distefano, direttore del consorzio Agrumi dell'Etna.

In Spagna, intanto, gli agricoltori lamentano prezzi all'origine di 0,32 euro al chilo, inferiori ai costi di produzione.`,
	}, map[string][2]string{"ch6it.txt": {"17%", "11%"}}},
	{"viper-bite-hiker", map[string]string{
		"ch7it.txt": `it|Morso da una vipera sul sentiero, bimbo di 9 anni in elicottero al Santa Chiara

Trentino | Valdorno

di Michele Tomasi

VALDORNO. Paura sabato mattina sul sentiero che porta a Malga Scura, sopra Valdorno. Un bambino di 9 anni, in vacanza con la famiglia da Verona, è stato morso a una caviglia da una vipera mentre camminava a circa 1.850 metri di quota.

Erano circa le 11.30. La madre, 41 anni, ha chiamato subito il 112 e ha tenuto fermo il figlio come le hanno indicato gli operatori. L'elicottero di Trentino Emergenza è atterrato dopo una ventina di minuti e ha trasportato il piccolo all'ospedale Santa Chiara di Trento.

Al bambino è stato somministrato il siero antiofidico. Non è in pericolo di vita, ma resterà in osservazione per 48 ore. Con lui c'erano anche il padre, 45 anni, e la sorellina di 6.

Lo scorso anno in Trentino sono stati sei i morsi di vipera trattati in ospedale; solo in due casi è stato necessario il siero.`,
		"ch7it2.txt": `it|Valdorno, bambino morso da una vipera: trasportato in elicottero a Trento

19 luglio 2025 - 14:05

Un bambino veronese di nove anni è stato morso da una vipera questa mattina durante un'escursione sopra Valdorno, lungo il sentiero per Malga Scura. Il piccolo è stato soccorso dall'elisoccorso e portato al Santa Chiara di Trento, dove ha ricevuto l'antidoto. Le sue condizioni non sono gravi.

L'allarme è stato dato dalla madre poco dopo le 11.30. Sul posto anche il Soccorso alpino della stazione di Valdorno.

I sanitari raccomandano, in caso di morso, di non incidere la ferita e di tenere immobile l'arto.`,
		"ch7de.txt": `de|Neunjähriger bei Wanderung von Viper gebissen

Trentino

Valdorno – Ein neunjähriger Bub aus Verona ist am Samstag oberhalb von Valdorno im Trentino von einer Viper in den Knöchel gebissen worden. Die Familie war auf dem Weg zur Malga Scura, auf rund 1850 Metern Meereshöhe.

Die Mutter (41) setzte gegen 11.30 Uhr den Notruf ab. Der Rettungshubschrauber brachte das Kind ins Krankenhaus Santa Chiara nach Trient, wo ihm ein Gegengift verabreicht wurde.

Lebensgefahr besteht laut den Ärzten nicht. Der Bub bleibt 48 Stunden zur Beobachtung im Spital.

Im vergangenen Jahr wurden im Trentino sechs Vipernbisse im Krankenhaus behandelt.`,
		"ch7en.txt": `en|Boy, 9, airlifted to hospital after viper bite on Dolomites hike

Italy | News

A nine-year-old boy was airlifted to hospital in Trento on Saturday after being bitten by a viper while hiking with his family in the mountains of Trentino, rescuers said.

The boy, from Verona, was bitten on the ankle on the trail to the Malga Scura mountain hut above the village of Valdorno, at an altitude of around 1,850 metres.

His mother, 44, raised the alarm at about 11.30am and a rescue helicopter reached the family some 20 minutes later. His father, 45, and six-year-old sister were also with them.

Doctors at Santa Chiara hospital gave him antivenom and said his life was not in danger. He will be kept under observation for 48 hours.

Viper bites are rare in Italy's Alps: Trentino's hospitals treated six last year, only two of which needed antivenom.`,
	}, map[string][2]string{"ch7en.txt": {"44 years", "41 years"}}},
	{"tortilla-championship", map[string]string{
		"ch8es.txt": `es|Una tortilla de Getxo, la mejor de Euskadi

Gastronomía

LARRONDO. Nerea Urquijo | 27/10/2025

El cocinero Aitor Etxeberria, de 34 años, del bar Itsasmendi de Getxo, se proclamó el domingo campeón del Campeonato de Euskadi de Tortilla de Patata, que celebró en Larrondo su 17ª edición. Su tortilla, con cebolla y «poco cuajada», convenció a un jurado de siete miembros.

La segunda plaza fue para Marisa Gorostiaga, de 61 años, del bar Lagun Artean de Vitoria-Gasteiz, que ya ganó el concurso en 2016.

A la final llegaron 16 establecimientos, seleccionados entre los 312 que se inscribieron este año, una cifra récord. El ganador se lleva 1.200 euros y una txapela.

«Llevo desde los 18 años haciendo tortillas en la barra; esto es para mi ama, que me enseñó», dijo Etxeberria, visiblemente emocionado.`,
		"ch8es2.txt": `es|El mejor pincho de tortilla de Euskadi se hace en Getxo

Gastronomía | Euskadi

Aitor Etxeberria, cocinero del bar Itsasmendi de Getxo (Bizkaia), ha ganado este domingo el Campeonato de Euskadi de Tortilla de Patata, al que se presentaron más de 300 bares y restaurantes.

Etxeberria, de 34 años, se impuso en la final a otros 15 concursantes. El jurado, formado por siete cocineros y críticos, valoró el punto de cuajado, el sabor y la presentación.

Además del título, el ganador recibe un premio de 1.200 euros.

El concurso se celebra desde 2009.`,
		"ch8en.txt": `en|Basque tortilla crown goes to Getxo bar

Food & Drink

A 34-year-old cook from a bar in Getxo, near Bilbao, has been named maker of the best potato omelette in the Basque Country.

Aitor Etxeberria of Bar Itsasmendi beat 15 other finalists at Sunday's final in the Álava town of Larrondo, after a record 312 bars entered the competition, now in its 17th year. A panel of seven judges tasted the finalists' tortillas.

Runner-up was Marisa Gorostiaga, 61, of Lagun Artean in Vitoria-Gasteiz, a former winner.

Etxeberria, whose omelette is made with onion and left runny in the middle, takes home €1,200 and the traditional Basque beret, the txapela.`,
	}, nil},
	{"crematorium-vote", map[string]string{
		"ch9it.txt": `it|Poggiobruno, via libera al tempio crematorio: 14 sì e 7 no

Siena | Provincia

di Chiara Landi

POGGIOBRUNO. Dopo una seduta durata oltre cinque ore, il consiglio comunale di Poggiobruno ha approvato martedì sera il progetto del tempio crematorio accanto al cimitero di Santa Lucia. I voti favorevoli sono stati 14, i contrari 7, due gli astenuti.

L'impianto costerà 4,8 milioni di euro e sarà realizzato in project financing dalla società Ecotempio Srl, che lo gestirà per 30 anni. Potrà effettuare fino a 2.000 cremazioni l'anno.

«Oggi le famiglie devono percorrere 60 chilometri e aspettare anche due settimane», ha detto la sindaca Lucia Ferretti. In provincia la cremazione riguarda ormai il 38% dei decessi, contro il 21% del 2015.

Il comitato «Aria pulita Poggiobruno», che ha raccolto 1.700 firme contro il progetto, annuncia ricorso al Tar. I lavori dovrebbero partire nel 2026, l'apertura è prevista nel 2027.`,
		"ch9it2.txt": `it|Tempio crematorio, il consiglio comunale approva tra le proteste

8 ottobre 2025

Il progetto del tempio crematorio di Poggiobruno è passato martedì in consiglio comunale con 14 voti a favore. Contrari i 7 consiglieri dell'opposizione, mentre due esponenti della maggioranza si sono astenuti.

Fuori dal municipio una cinquantina di residenti ha protestato con cartelli e fischietti. Il comitato contrario ha consegnato alla sindaca oltre 1.700 firme.

L'opera, da 4,8 milioni, sarà finanziata e gestita da un privato per trent'anni. La sindaca Ferretti ha assicurato che i filtri «rispetteranno limiti più severi di quelli di legge».`,
		"ch9en.txt": `en|Tuscan town approves crematorium despite residents' protest

Italy | Tuscany

Councillors in the Tuscan town of Poggiobruno, in the province of Siena, approved plans for a crematorium on Tuesday evening, despite a petition against it signed by some 1,700 residents.

The motion passed by 14 votes to 7, with two abstentions, after a debate lasting more than five hours.

The €4.8m crematorium, next to Santa Lucia cemetery, will be built and run for 30 years by a private company, Ecotempio, and will be able to carry out up to 2,000 cremations a year.

Mayor Lucia Ferretti said families currently had to travel 45 km to the nearest crematorium and could wait up to two weeks. Cremations now account for 38% of deaths in the province, compared with 21% in 2015.

Opponents said they would appeal to the regional administrative court. The crematorium is due to open in 2027.`,
	}, map[string][2]string{"ch9en.txt": {"45 km", "60 km"}}},
	{"local-radio-closure", map[string]string{
		"ch10de.txt": `de|Radio Lenzerhorn stellt Ende Jahr den Sendebetrieb ein

Graubünden | Medien

Von Seraina Darms

Lenzwil. Nach 41 Jahren ist Schluss: Radio Lenzerhorn wird am 31. Dezember zum letzten Mal senden. Das hat der Verwaltungsrat am Mittwoch bekanntgegeben. Der Lokalsender hatte im vergangenen Jahr einen Verlust von 310'000 Franken geschrieben.

«Wir haben alles versucht, aber die Werbeeinnahmen sind seit 2019 um einen Viertel eingebrochen», sagte Verwaltungsratspräsidentin Corina Casutt. Gespräche mit zwei möglichen Käufern seien gescheitert.

Betroffen sind neun Mitarbeitende, die sich 7,5 Vollzeitstellen teilen, sowie rund 20 freiwillige Moderatorinnen und Moderatoren. Für die Angestellten werde ein Sozialplan erarbeitet.

Radio Lenzerhorn ging im November 1984 auf Sendung und war eines der ersten Lokalradios der Schweiz. Heute erreicht der Sender täglich rund 38'000 Hörerinnen und Hörer, 2015 waren es noch 52'000.

Kommentar Seite 2`,
		"ch10de2.txt": `de|Lokalradio gibt auf: Radio Lenzerhorn verstummt

26.3.2025 – 14:12

Das Bündner Lokalradio Radio Lenzerhorn stellt auf Ende Jahr den Betrieb ein. Grund sind anhaltende Verluste, zuletzt über 300'000 Franken im Jahr.

«Das tut weh», sagte Geschäftsführer Reto Flisch (52), der seit 2008 beim Sender arbeitet. Neun Angestellte verlieren ihre Stelle.

Der Sender war seit 1984 on air. Die Hörerzahlen sind in den vergangenen zehn Jahren um mehr als einen Viertel gesunken.`,
		"ch10en.txt": `en|Swiss local radio station to close after 41 years

Media

Radio Lenzerhorn, one of Switzerland's oldest local radio stations, will go off air at the end of the year, its board said on Wednesday.

The station in Lenzwil, canton Graubünden, lost CHF 310,000 last year as advertising revenue fell by 25% compared with 2019, board chair Corina Casutt said. Talks with two potential buyers had failed.

The closure will affect nine staff, who share 7.5 full-time posts, as well as about 20 volunteer presenters.

Radio Lenzerhorn began broadcasting in November 1984. It reaches about 38,000 listeners a day, down from 52,000 a decade ago.`,
		"ch10it.txt": `it|Radio Lenzerhorn chiude dopo 41 anni

Grigioni

Coira – La radio locale grigionese Radio Lenzerhorn cesserà le trasmissioni il 31 dicembre. Lo ha annunciato mercoledì il consiglio d'amministrazione, citando perdite per 310.000 franchi nel 2024.

La presidente del consiglio d'amministrazione, Corina Casutt, ha spiegato che dal 2019 gli introiti pubblicitari sono calati di un quarto. Il direttore, Reto Flisch, 52 anni, ha parlato di «una giornata triste».

Perdono il lavoro nove dipendenti; collaboravano con l'emittente anche una ventina di volontari.

In onda dal novembre 1984, la radio conta oggi quasi 40.000 ascoltatori al giorno.`,
	}, nil},
}
