package compare

// heldOutSquib are ten events of everyday news dated 2042, written blind
// (without reading the extraction or the matching) and frozen before their
// first run. Seven hold one planted contradiction each: money (a lighthouse
// sold at auction, in the English report of an event told twice in Dutch),
// a count (cheese wheels stolen, deep in the German report), a measure (a
// rooftop vineyard's area, in the Spanish report's first paragraph), a
// duration (escaped ostriches at large, deep in the German report), an age
// (a diver of 91, in the Italian report's first paragraph), a percentage
// (a deposit return rate, deep in the French report) and a calendar date
// (a floating ice rink's opening, in the Spanish report's first paragraph).
// Three hold none but traps: a salt mine reopening (rounding, a depth in
// metres and in feet, galleries in km and in metres, a total cost and the
// state's part, visitors before closure and expected, two people's ages),
// a meteorite (a total weight and its pieces, kilograms and pounds, a
// previous find, hedged ages), and a balloon crossing (a distance and an
// average speed, a duration in hours and minutes, two pilots' ages, an old
// record). Their first run flagged 4 of the 7 contradictions (the money,
// the count, the measure and the percentage) with no false disagreement
// (0 on the three trap events): it missed the duration ('elf Tagen' stood
// in a row of its own, apart from 'negen dagen' and 'nine days'), the age
// ('81 anni' and '91 años' were read as durations, in rows of their own,
// apart from the row of the woman's age) and the date ('20 de diciembre'
// stood in a row of its own, apart from '13 décembre' and '13 dicembre').
var heldOutSquib = []heldOutEvent{
	{"lighthouse-auction", map[string]string{
		"i1nl.txt": `nl|Vuurtoren van Oostmaar geveild voor 1,85 miljoen euro

Binnenland | Wierland

7 november 2042, 08:40

De vuurtoren van Oostmaar op Wierland is donderdag op een veiling in Leeuwarden verkocht voor 1,85 miljoen euro. Koper is de Belgische Stichting Kustlicht, die er een gastenverblijf met zes kamers wil inrichten.

De openingsprijs lag op 400.000 euro. In totaal deden 14 bieders mee, van wie er vijf tot het laatste kwartier bleven bieden.

De 38 meter hoge toren werd gebouwd in 1879. De laatste vuurtorenwachter vertrok in 1987; sindsdien werkt het licht automatisch. Dat blijft zo, benadrukt Rijkswaterstaat.

"We hadden op hooguit een miljoen gerekend", zei notaris Anneke Dijkstra, die de veiling leidde.

Lees ook: Wierland wil meer toeristen buiten het seizoen`,
		"i1nlb.txt": `nl|Belgische stichting koopt vuurtoren Wierland

REGIO

Door onze verslaggever

LEEUWARDEN - Voor 1,85 miljoen euro is de vuurtoren van Oostmaar donderdagmiddag van eigenaar gewisseld. De Stichting Kustlicht uit Brugge was de hoogste van 14 bieders.

Het bod begon bij 400.000 euro. "Na een half uur zaten we al boven het miljoen", vertelt veilingnotaris Anneke Dijkstra.

De stichting wil in de toren uit 1879, die 38 meter hoog is, zes gastenkamers maken. Voorzitter Luc Vermeersch (63) spreekt van "een droom die uitkomt". Het licht zelf blijft in handen van de staat.`,
		"i1en.txt": `en|Belgian charity buys Dutch island lighthouse for €1.65 million

World | Europe

Published 7 November 2042

LEEUWARDEN, Netherlands, Nov 6 (Newswire) - A Belgian foundation bought the Oostmaar lighthouse on the Dutch island of Wierland for €1.65 million at an auction on Thursday, beating 13 other bidders.

The Kustlicht Foundation, based in Bruges, plans to turn the 38-metre tower, built in 1879, into a guesthouse with six rooms. Bidding opened at €400,000.

"We had expected a million at most," said notary Anneke Dijkstra, who ran the sale. The light has been automatic since the last keeper left in 1987 and will stay under state control.

Reporting by Sanne de Wit; editing by Mark Hollis`,
	}, map[string][2]string{"i1en.txt": {"€1.65 million", "€1.85 million"}}},
	{"cheese-theft", map[string]string{
		"i2it.txt": `it|Sorvegno, rubate 412 forme di formaggio stagionato dal caseificio

Cronaca | Trentino

18 ottobre 2042 - 11:02

Nella notte tra venerdì e sabato ignoti hanno rubato 412 forme di formaggio stagionato dal magazzino del Caseificio sociale Val Brenta, a Sorvegno. Il valore del bottino è stimato in circa 270.000 euro.

Secondo i carabinieri, i ladri hanno disattivato l'allarme e caricato le forme, di circa 38 chili ciascuna, su un camion. Le forme erano stagionate 24 mesi.

"È il lavoro di due anni di 46 famiglie", ha detto la presidente del caseificio, Luisa Pedrotti. "Chiediamo a chiunque abbia visto qualcosa di farsi avanti."

Le indagini sono coordinate dalla procura di Trento.`,
		"i2itb.txt": `it|Colpo al caseificio: spariti 412 formaggi

TRENTO

di Marco Zanella

Un colpo da circa 270 mila euro. Tanto valgono le 412 forme di formaggio sparite nella notte di venerdì dal Caseificio Val Brenta di Sorvegno, la cooperativa che riunisce 46 soci allevatori.

I ladri sapevano dove mettere le mani: hanno neutralizzato l'impianto d'allarme e hanno lavorato per almeno tre ore. Ogni forma pesa sui 38 chili.

«Siamo senza parole», commenta la presidente Luisa Pedrotti, 57 anni.

© Riproduzione riservata`,
		"i2de.txt": `de|Käsediebe im Trentino: Beute im Wert von 270.000 Euro

Chronik

18.10.2042

Sorvegno - Unbekannte haben in der Nacht auf Samstag aus dem Lager der Sennerei Val Brenta in Sorvegno im Trentino Käse im Wert von rund 270.000 Euro gestohlen. Die Täter legten die Alarmanlage lahm.

Die Genossenschaft hat 46 Mitglieder. "Das ist die Arbeit von zwei Jahren", sagte Präsidentin Luisa Pedrotti.

Nach Angaben der Carabinieri luden die Diebe insgesamt 421 Laibe auf einen Lastwagen. Jeder Laib wiegt rund 38 Kilogramm und reifte 24 Monate.

Die Staatsanwaltschaft Trient ermittelt.`,
	}, map[string][2]string{"i2de.txt": {"421", "412"}}},
	{"rooftop-vineyard", map[string]string{
		"i3pt.txt": `pt|Vinha no telhado de um parque de estacionamento dá a primeira vindima

Local | Almarés

3 set 2042 - 18:30

A vinha plantada em 2039 no telhado do parque de estacionamento do mercado municipal de Almarés, com 3200 metros quadrados, teve esta quarta-feira a sua primeira vindima. Foram colhidos 2400 quilos de uvas.

As 1150 videiras, da casta Arinto, deverão dar cerca de 1800 garrafas, a vender no próprio mercado a partir da primavera.

"Ninguém acreditava que isto fosse possível em cima de betão", disse a vereadora do Ambiente, Inês Calado. O projeto custou 310 mil euros.

Participaram na vindima 60 voluntários.`,
		"i3es.txt": `es|Una viña sobre un aparcamiento portugués celebra su primera vendimia

Sociedad

Lisboa, 3 sep (Agencia)

La ciudad portuguesa de Almarés vendimió este miércoles por primera vez la viña de 3.800 metros cuadrados que plantó en 2039 sobre la azotea del aparcamiento de su mercado municipal, de donde salieron 2.400 kilos de uva.

Las 1.150 cepas de la variedad Arinto darán unas 1.800 botellas.

"Nadie creía que esto fuera posible sobre hormigón", afirmó la concejala de Medio Ambiente, Inês Calado. El proyecto costó 310.000 euros.`,
		"i3fr.txt": `fr|Au Portugal, des vendanges sur le toit d'un parking

Planète

Publié le 4 septembre 2042 à 07h15

Soixante bénévoles ont vendangé mercredi la vigne installée en 2039 sur le toit du parking du marché municipal d'Almarés, au Portugal. Sur 3 200 mètres carrés, les 1 150 pieds d'arinto ont donné 2 400 kilos de raisin, de quoi remplir environ 1 800 bouteilles.

« Personne ne croyait que c'était possible sur du béton », a déclaré l'adjointe à l'environnement, Inês Calado. Le projet a coûté 310 000 euros.

À lire aussi : Les toits verts gagnent les villes du Sud`,
	}, map[string][2]string{"i3es.txt": {"3,800 m²", "3,200 m²"}}},
	{"ostriches", map[string]string{
		"i4nl.txt": `nl|Laatste ontsnapte struisvogel na negen dagen gevangen

Binnenland

1 juli 2042, 12:05

HEERVELD - Na negen dagen is de laatste van zeven ontsnapte struisvogels van een boerderij in Heerveld weer gevangen. Het dier werd maandagochtend aangetroffen in een maïsveld, 14 kilometer van de boerderij.

De vogels ontsnapten op zaterdag 21 juni nadat een storm een hek had omgeblazen. Zes van hen werden binnen twee dagen teruggebracht.

"Ze kunnen 70 kilometer per uur lopen, dus je haalt ze niet zomaar in", zei boer Gerrit Kamphuis. Bij de vangst waren 12 vrijwilligers en een drone betrokken.`,
		"i4de.txt": `de|Strauß nach Flucht in den Niederlanden eingefangen

Panorama | Grenzregion

01.07.2042

Heerveld - Der letzte von sieben entlaufenen Straußen eines Bauernhofs im niederländischen Heerveld ist wieder eingefangen. Helfer fanden das Tier am Montagmorgen in einem Maisfeld, 14 Kilometer vom Hof entfernt.

Die Vögel waren am Samstag, 21. Juni, entwischt, nachdem ein Sturm einen Zaun umgeworfen hatte. Sechs von ihnen waren binnen zwei Tagen zurück.

"Strauße laufen 70 Kilometer pro Stunde", sagte Landwirt Gerrit Kamphuis. Zwölf Freiwillige und eine Drohne seien im Einsatz gewesen.

Damit endete die Suche nach elf Tagen.`,
		"i4en.txt": `en|Runaway ostrich caught after nine days on the loose

Odd news

Published 1 July 2042

The last of seven ostriches that escaped from a farm in the Dutch village of Heerveld has been caught after nine days on the run, found on Monday morning in a maize field 14 km away.

A storm blew down a fence on Saturday 21 June, letting the birds out. Six were rounded up within two days.

"They can run at 70 kilometres an hour, you don't just catch them," said farmer Gerrit Kamphuis, 49.`,
	}, map[string][2]string{"i4de.txt": {"11 days", "9 days"}}},
	{"diver-91", map[string]string{
		"i5es.txt": `es|Remedios Aguirre, 91 años, obtiene su licencia de buceo

Canarias

9 may 2042 - 13:20

PUERTO CALMA - Remedios Aguirre, una vecina de Puerto Calma de 91 años, obtuvo este viernes su licencia de buceo en aguas abiertas tras una inmersión de 38 minutos a 12 metros de profundidad.

Aguirre empezó las clases hace 14 semanas, animada por su nieta. "Bajo el agua no me duele nada", bromeó al salir.

Su instructor, Tomás Ledo, de 29 años, asegura que es la alumna de más edad que ha tenido el club en sus 40 años de historia.`,
		"i5pt.txt": `pt|Espanhola de 91 anos tira a carta de mergulho

Mundo

9 mai 2042

Uma mulher de 91 anos, Remedios Aguirre, obteve na sexta-feira a licença de mergulho em águas abertas em Puerto Calma, nas Canárias, depois de um mergulho de 38 minutos a 12 metros de profundidade.

A espanhola começou as aulas há 14 semanas. "Debaixo de água não me dói nada", disse.

O instrutor, Tomás Ledo, 29 anos, afirma que é a aluna mais velha do clube.`,
		"i5it.txt": `it|Sub a 81 anni: la signora Remedios conquista il brevetto

Esteri | Curiosità

9 maggio 2042

A 81 anni Remedios Aguirre, residente a Puerto Calma, alle Canarie, ha ottenuto venerdì il brevetto da sub in acque libere, dopo un'immersione di 38 minuti a 12 metri di profondità.

Aveva cominciato le lezioni 14 settimane fa, spinta dalla nipote. «Sott'acqua non mi fa male niente», ha scherzato.

L'istruttore Tomás Ledo, 29 anni, dice che è l'allieva più anziana nei 40 anni del club.`,
		"i5en.txt": `en|Spanish great-grandmother, 91, earns diving licence

Life

Published 10 May 2042

A 91-year-old woman in the Canary Islands has earned her open-water diving licence. Remedios Aguirre completed a 38-minute dive to 12 metres off Puerto Calma on Friday.

"Under water nothing hurts," said Aguirre, who began lessons 14 weeks ago. Her instructor, Tomás Ledo, 29, said she was the oldest student in the club's 40-year history.`,
	}, map[string][2]string{"i5it.txt": {"81 years", "91 years"}}},
	{"deposit-return", map[string]string{
		"i6de.txt": `de|Pfand wirkt: 87 Prozent der Flaschen kommen zurück

Schweiz | Umwelt

12.03.2042

Valdorf - Ein Jahr nach Einführung des Dosen- und Flaschenpfands im Kanton Valdorf sind 2041 insgesamt 87 Prozent der Getränkeverpackungen zurückgegeben worden. Das teilte das kantonale Umweltamt am Mittwoch mit. Im ersten Halbjahr waren es erst 71 Prozent gewesen.

Insgesamt wurden 318 Millionen Verpackungen zurückgebracht. Das Pfand beträgt 25 Rappen pro Stück.

Nicht abgeholte Pfandbeträge von 9,6 Millionen Franken sollen in Recyclinganlagen fließen, sagte Amtsleiterin Beatrice Zurfluh.`,
		"i6fr.txt": `fr|Consigne : le canton de Valdorf satisfait

Suisse

Publié le 12 mars 2042 à 16h45

Le canton de Valdorf a tiré mercredi un premier bilan de la consigne sur les canettes et les bouteilles, introduite il y a un an. Au total, 318 millions d'emballages ont été rapportés l'an dernier, contre un objectif de 300 millions.

La consigne est de 25 centimes par emballage. Selon l'office cantonal de l'environnement, le taux de retour a atteint 84 % sur l'ensemble de 2041, après 71 % au premier semestre.

Les consignes non réclamées, soit 9,6 millions de francs, financeront des installations de recyclage, a précisé la cheffe de l'office, Béatrice Zurfluh.`,
		"i6nl.txt": `nl|Zwitsers kanton haalt 87 procent van blikjes terug

Buitenland

12 maart 2042

In het Zwitserse kanton Valdorf is vorig jaar 87 procent van de blikjes en flessen ingeleverd, een jaar na de invoering van statiegeld van 25 rappen per stuk. Het ging om 318 miljoen verpakkingen.

In de eerste helft van het jaar lag dat aandeel nog op 71 procent. Niet opgehaald statiegeld, 9,6 miljoen frank, gaat naar recycling.`,
	}, map[string][2]string{"i6fr.txt": {"84%", "87%"}}},
	{"ice-rink", map[string]string{
		"i7fr.txt": `fr|Une patinoire flottante ouvrira le samedi 13 décembre sur le lac de Vénoz

Savoie | Loisirs

Publié le 2 décembre 2042

La patinoire flottante installée sur le lac de Vénoz, à la frontière italienne, ouvrira au public le samedi 13 décembre, a annoncé la commune. D'une surface de 1 800 mètres carrés, elle restera ouverte jusqu'au 1er mars.

La structure, posée sur 240 flotteurs, a coûté 640 000 euros, financés pour moitié par la région.

« Ce sera unique dans les Alpes », assure le maire, Gilles Barral. L'entrée coûtera 8 euros, location des patins comprise.`,
		"i7it.txt": `it|Sul lago di Venosio arriva la pista di pattinaggio galleggiante

Valle | Tempo libero

2 dicembre 2042

Aprirà sabato 13 dicembre la pista di pattinaggio galleggiante sul lago di Venosio, al confine con la Francia. La superficie è di 1.800 metri quadrati e la pista resterà aperta fino al 1° marzo.

L'impianto poggia su 240 galleggianti ed è costato 640.000 euro. «Sarà un unicum nelle Alpi», dice il sindaco del comune francese, Gilles Barral.

Ingresso a 8 euro, noleggio dei pattini compreso.`,
		"i7es.txt": `es|Una pista de hielo flotante en un lago alpino

Viajes

3 dic 2042

La localidad francesa de Vénoz abrirá el sábado 20 de diciembre una pista de patinaje flotante de 1.800 metros cuadrados sobre su lago, en la frontera con Italia, que funcionará hasta el 1 de marzo.

La instalación, que descansa sobre 240 flotadores, ha costado 640.000 euros. La entrada costará 8 euros con el alquiler de patines incluido, según el alcalde, Gilles Barral.`,
	}, map[string][2]string{"i7es.txt": {"20 December", "13 December"}}},
	{"salt-mine", map[string]string{
		"i8de.txt": `de|Salzbergwerk Hallmoos öffnet nach sechs Jahren wieder

Österreich | Chronik

26.04.2042

Hallmoos - Nach sechs Jahren Sanierung ist das Schaubergwerk Hallmoos am Samstag wieder für Besucher geöffnet worden. Die Arbeiten kosteten 23,5 Millionen Euro, davon übernahm der Bund 14 Millionen.

Besucher fahren nun mit einem neuen Aufzug 412 Meter tief in den Berg und gehen durch 2,3 Kilometer Stollen. Vor der Schließung im Jahr 2036 kamen jährlich 210.000 Gäste, künftig rechnet man mit 250.000 pro Jahr.

"Wir haben jeden Meter neu gesichert", sagte Geschäftsführerin Karin Aschau (47). Durch die erste Führung begleitete sie der ehemalige Bergmann Alois Pernthaler (82).`,
		"i8en.txt": `en|Austrian salt mine reopens to visitors after six-year overhaul

Travel

Published 27 April 2042

The Hallmoos salt mine in Austria reopened to visitors on Saturday after a six-year renovation costing about €23.5 million, €14 million of it paid by the federal government.

A new lift takes visitors more than 400 metres (about 1,350 feet) down, where they walk 2,300 metres of galleries.

Managing director Karin Aschau, 47, said the mine drew 210,000 visitors a year before it closed in 2036 and now hopes for a quarter of a million. The first tour was led by Alois Pernthaler, an 82-year-old former miner.`,
		"i8pt.txt": `pt|Mina de sal austríaca reabre após seis anos de obras

Viagens

26 abr 2042

A mina de sal de Hallmoos, na Áustria, voltou a abrir as portas no sábado, depois de seis anos de obras que custaram 23,5 milhões de euros, dos quais 14 milhões pagos pelo Estado.

Um novo elevador leva os visitantes a 412 metros de profundidade, onde percorrem 2,3 quilómetros de galerias.

Antes do encerramento, em 2036, a mina recebia 210 mil visitantes por ano. A diretora, Karin Aschau, de 47 anos, espera agora 250 mil. A primeira visita foi guiada por um antigo mineiro, Alois Pernthaler, de 82 anos.`,
	}, nil},
	{"meteorite", map[string]string{
		"i9es.txt": `es|Un agricultor de Villaceda encuentra un meteorito de 34 kilos

Ciencia

14 ago 2042 - 10:00

Un agricultor de Villaceda encontró el 11 de julio, mientras araba, un meteorito de 34 kilos, el mayor hallado nunca en la región. La universidad lo dio a conocer este jueves tras analizarlo.

La roca se partió en tres fragmentos de 21, 8 y 5 kilos. Tiene unos 4.500 millones de años, según la geóloga Marta Lobo. El hallazgo anterior más grande de la región pesaba 19 kilos.

El agricultor, Julián Pozo, de 66 años, lo cederá a la universidad.`,
		"i9nl.txt": `nl|Spaanse boer ploegt meteoriet van 34 kilo op

Wetenschap

14 augustus 2042

Een Spaanse boer uit Villaceda heeft bij het ploegen een meteoriet van 34 kilo gevonden, meldt de universiteit. De vondst dateert van 11 juli.

Het gesteente brak in drie stukken, het grootste van 21 kilo. Het is naar schatting 4,5 miljard jaar oud. De tot dan toe grootste meteoriet uit de streek woog 19 kilo.`,
		"i9it.txt": `it|Spagna, contadino trova un meteorite da 34 chili arando il campo

Scienza

14 agosto 2042

Julián Pozo, 66 anni, stava arando il suo campo a Villaceda, in Spagna, quando l'11 luglio ha trovato un meteorite di 34 chili, diviso in tre frammenti: il più grande pesa 21 chili, gli altri 8 e 5.

Secondo la geologa Marta Lobo, dell'università, ha circa 4,5 miliardi di anni. È il più grande mai trovato nella regione: il precedente record era di 19 chili.`,
		"i9en.txt": `en|Spanish farmer ploughs up 75-pound meteorite

Science

Published 14 August 2042

A farmer in Villaceda, Spain, found a meteorite weighing about 75 pounds (34 kg) while ploughing on 11 July, a university said on Thursday.

It broke into three pieces, the largest of 21 kg. Geologist Marta Lobo said the rock was roughly 4.5 billion years old. The farmer, Julián Pozo, 66, will give it to the university.`,
	}, nil},
	{"balloon", map[string]string{
		"i10fr.txt": `fr|Deux aéronautes traversent l'Europe en montgolfière en 19 heures

Sports | Aventure

Publié le 15 mars 2042

Partis jeudi soir de Brest, Margaux Treille, 44 ans, et son copilote néerlandais Piet Hoving, 51 ans, ont posé vendredi leur montgolfière près de Brno, en Tchéquie, après 18 heures et 50 minutes de vol et 1 140 kilomètres parcourus.

Le ballon a volé à une vitesse moyenne d'environ 60 km/h et est monté jusqu'à 4 200 mètres d'altitude.

« Nous avons eu très froid », a raconté Margaux Treille. L'ancien record pour un vol en montgolfière depuis la Bretagne, 17 heures, datait de 2031.`,
		"i10pt.txt": `pt|Balão de ar quente cruza a Europa em quase 19 horas

Desporto

15 mar 2042

A francesa Margaux Treille, de 44 anos, e o neerlandês Piet Hoving, de 51, aterraram na sexta-feira perto de Brno, na Chéquia, depois de quase 19 horas de voo num balão de ar quente que partiu de Brest.

Percorreram 1140 quilómetros a uma média de 60 km/h, chegando aos 4200 metros de altitude. O recorde anterior, de 17 horas, era de 2031.`,
		"i10en.txt": `en|Balloonists cross Europe in 19-hour flight

Sport

Published 15 March 2042

A French pilot and her Dutch co-pilot landed their hot-air balloon near Brno in the Czech Republic on Friday after a 19-hour flight from Brest that covered 1,140 km.

Margaux Treille, 44, and Piet Hoving, 51, averaged about 60 km/h and climbed to 4,200 metres, or nearly 14,000 feet. "We were very cold," Treille said.

The previous record for a balloon flight from Brittany, 17 hours, was set in 2031.`,
	}, nil},
}
