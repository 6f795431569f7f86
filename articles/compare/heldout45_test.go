package compare

// heldOutFoehn is a blind held-out set of ten culture, sport and education
// events, written without reading the comparison code: a jazz festival's
// record ticket sales (fr, fr, en, de), baccalaureate results in an
// académie (fr, fr, en), a rowing regatta's eights race (de, de, nl), a
// Spanish village school closing (es, es, en), a stolen book of hours
// returned to an Italian library (it, it, en, de), a women's football
// attendance record (es, es, en, pt), a Dutch swimming record (nl, nl, fr,
// en), a Swiss university's fees for foreign students (de, de, fr), a book
// fair's visitors (de, es, fr, en) and Belgian teacher vacancies at the
// start of the school year (fr, fr, nl).
//
// Six contradictions are planted, one each, all outside the first
// paragraph and all in a report whose language is the minority of its
// event: a count of concerts (de 180 against 150, third paragraph), a
// vocational pass rate (en 87.2% against 82.7%, third paragraph), a cox's
// age beside another rower's age (nl 17 against 19, third paragraph), the
// weeks a manuscript is on show (en 12 against 10, last paragraph), a
// previous attendance record beside the new one and a difference of the
// two (pt 41,300 against 44,300, third paragraph) and a yearly extra
// revenue beside a budget cut of another size (fr 5.6 against 6.5 million
// CHF, third paragraph). The four other events hold none. The traps:
// rounding and hedges ("près de 87 000" for 86,500, "casi 52.000" for
// 51,874, "más de 280.000" for 284,000, "près de 1 400" for 1,380, "fewer
// than 150" and "cerca de 150" for 146, 24,300 for 24,312), "près de 10 %"
// against 9.5%, a rise in points (1,2 point), previous values (79,000,
// 90.2%, 271,500, 1,120, 52.58, 62 pupils in 1975), parts and totals (150
// concerts of which about 40 free, 940 secondary posts of which 210 in
// maths, 1,240 exhibitors of which 310 foreign, 4,200 of 17,800 students),
// 212 leaves against 424 pages, 18 km against 11 miles, two people's ages
// in most events, race times written 17:42, 17.42 minuten, 52,31, 52 s 31
// and 53 secondes 07, a margin in hundredths (76 centièmes, 0,76 seconde),
// a budget cut of 12 million CHF beside the extra revenue, a school's 100 %
// and an unrelated 6 % in page furniture, Munich written Monaco.
//
// Frozen before its first run, which flagged 3 of the 6 contradictions and
// 1 false disagreement; it missed the de report's 180 concerts against 150
// (left alone in a row of its own), the pt report's previous record 41,300
// against 44,300 and the fr report's 5.6 against 6.5 million CHF a year
// (each left in a row of its own, not joined to the other). The one false
// disagreement is the pt report's previous record, 41.300 adeptos, joined
// to the new attendance (51.874 espectadores, casi 52.000 aficionados)
// instead of the old record 44,300, so the planted figure was flagged
// against the wrong figure. No value of wrong was respelled; the table's
// max of 1 false disagreement was enough for the suite to pass.
//
// Fixed after, so the set is held out no longer: a source's lone amount or
// count joins the one near it that two or more others give (the 180
// concerts), and the figure after "the previous record" is a previous
// value (the Portuguese 41,300 now stands against 44,300, not against the
// new crowd). Now 5 of 6, none false.
var heldOutFoehn = []heldOutEvent{
	{"jazz-festival", map[string]string{
		"j1fr.txt": `fr|Jazz à Montvéran : un record de 86 500 billets vendus

Culture | Musique

Montvéran (Hérault), le 22 juillet 2029

Le festival Jazz à Montvéran a refermé ses portes dimanche soir sur un record de fréquentation : 86 500 billets ont été vendus en dix jours, contre 79 000 l'an dernier, soit une hausse de près de 10 %.

Au total, 150 concerts ont été donnés sur neuf scènes, dont une quarantaine gratuits sur les places du centre historique. En comptant ces concerts en plein air, les organisateurs estiment à plus de 200 000 le nombre de spectateurs.

« Nous n'avions jamais vu ça », s'est réjouie la directrice du festival, Claire Vidalenc. Le budget de cette 32e édition s'élevait à 4,2 millions d'euros, dont 38 % de subventions publiques.

Le concert de clôture a été assuré par le pianiste américain Samuel Okafor, 71 ans, devant 6 000 personnes au théâtre de verdure.

La prochaine édition aura lieu du 12 au 21 juillet 2030.`,
		"j2fr.txt": `fr|Montvéran : le festival de jazz bat son record

Actualité > Hérault > Montvéran

Par Julien Aubert | Publié le 23/07/2029 à 07h45

Près de 87 000 billets vendus : la 32e édition de Jazz à Montvéran, achevée dimanche, est la plus fréquentée de l'histoire du festival. L'an passé, 79 000 billets avaient trouvé preneur.

Le pianiste Samuel Okafor, 71 ans, a clôturé le festival devant quelque 6 000 spectateurs. « Je reviendrai », a-t-il promis.

Pendant dix jours, 150 concerts se sont succédé sur neuf scènes. La directrice, Claire Vidalenc, rappelle que le festival fonctionne avec un budget de 4,2 millions d'euros, financé à 38 % par les collectivités.

À lire aussi : Sète, les joutes de la Saint-Louis`,
		"j3en.txt": `en|Southern French jazz festival sells record 86,500 tickets

Arts | Music

By Hannah Pryce

MONTVERAN, France, July 22 — Jazz à Montvéran, one of France's biggest summer jazz festivals, ended on Sunday with a record 86,500 tickets sold over ten days, up 9.5% from 79,000 last year, organisers said.

The 32nd edition staged 150 concerts on nine stages. Counting about 40 free open-air shows, more than 200,000 people attended, festival director Claire Vidalenc said.

"We have never seen anything like it," she said. The festival's budget was €4.2 million, 38% of it from public funds.

American pianist Samuel Okafor, 71, closed the festival in front of 6,000 people.`,
		"j4de.txt": `de|Jazzfestival in Südfrankreich mit Besucherrekord

Kultur

Montvéran, 22.07.2029

Das Festival Jazz à Montvéran in Südfrankreich hat einen Besucherrekord verzeichnet. In zehn Tagen wurden 86.500 Eintrittskarten verkauft, nach 79.000 im Vorjahr, wie die Veranstalter am Sonntag mitteilten.

Festivalleiterin Claire Vidalenc sprach von einer "nie dagewesenen" Resonanz. Das Budget der 32. Ausgabe lag bei 4,2 Millionen Euro, 38 Prozent davon kamen aus öffentlichen Mitteln.

Auf neun Bühnen gab es insgesamt 180 Konzerte, rund 40 davon unter freiem Himmel und kostenlos. Zum Abschluss spielte der 71-jährige US-Pianist Samuel Okafor vor 6000 Zuschauern.`,
	}, map[string][2]string{"j4de.txt": {"180", "150"}}},
	{"baccalaureate-results", map[string]string{
		"b1fr.txt": `fr|Bac 2029 : 91,4 % de reçus dans l'académie de Valcourt avant le rattrapage

Éducation

Valcourt, le 10 juillet 2029

Les résultats du baccalauréat ont été publiés ce mardi matin. Dans l'académie de Valcourt, 91,4 % des 24 312 candidats sont admis dès le premier groupe d'épreuves, contre 90,2 % l'an dernier. 4,3 % des candidats sont convoqués aux oraux de rattrapage.

Le taux de réussite atteint 96,1 % dans la voie générale, 89,5 % dans la voie technologique et 82,7 % dans la voie professionnelle.

Près d'un bachelier sur sept (14,6 %) décroche la mention très bien. « Ces résultats récompensent le travail des élèves et des équipes », a salué la rectrice, Nadia Ferrand.

Les oraux de rattrapage se dérouleront jusqu'au vendredi 13 juillet.`,
		"b2fr.txt": `fr|Baccalauréat : les lycées de l'académie font mieux que l'an passé

Valcourt > Éducation

Mis à jour le 10/07/2029 à 11h02

Ils étaient 24 312 à passer le bac cette année dans l'académie. À l'issue du premier groupe d'épreuves, le taux d'admission s'établit à 91,4 %, en hausse de 1,2 point sur un an.

Dans la voie professionnelle, 82,7 % des candidats sont reçus, un chiffre en progression, tandis que la voie générale affiche 96,1 % de réussite.

Le lycée Jean-Moulin de Saint-Hervé signe encore une fois le meilleur score, avec 100 % de reçus pour ses 212 candidats.

Environ 1 050 élèves devront repasser par les oraux de rattrapage, d'ici vendredi.`,
		"b3en.txt": `en|Baccalaureate: 91.4% pass in Valcourt region before resits

Education | France

July 10, 2029

Some 24,300 students sat the baccalaureate in the Valcourt education authority this year, and 91.4% passed outright, results published on Tuesday show. That is up from 90.2% in 2028.

Another 4.3% of candidates, about 1,050 students, will sit oral resits by Friday, July 13.

In the general stream, 96.1% passed, against 89.5% in the technological stream and 87.2% in the vocational stream. Around 14.6% of successful candidates earned the top honours, a "mention très bien".

Rector Nadia Ferrand praised "the work of students and teams".`,
	}, map[string][2]string{"b3en.txt": {"87.2%", "82.7%"}}},
	{"rowing-regatta", map[string]string{
		"r1de.txt": `de|Lindenauer Achter gewinnt Haldensee-Regatta

Sport | Rudern

Haldensee, 15.09.2029

Der Achter des Ruderclubs Lindenau hat am Samstag die 12. Haldensee-Regatta gewonnen. Das Boot bewältigte die sechs Kilometer lange Strecke in 17:42 Minuten und lag im Ziel 4,3 Sekunden vor dem Achter der Roeivereniging De Hoorn aus Zwolle.

Schlagmann Jonas Weidner (27) sprach von einem "Rennen auf Biegen und Brechen". Gesteuert wurde das Boot von der 19-jährigen Lea Brunnhuber, die erst seit zwei Jahren im Verein ist.

Insgesamt gingen 64 Boote aus neun Ländern an den Start, rund 500 Ruderinnen und Ruderer. Die Veranstalter zählten etwa 8.000 Zuschauer am Ufer.

Der Streckenrekord von 17:21 Minuten aus dem Jahr 2024 blieb unangetastet.`,
		"r2de.txt": `de|Regatta am Haldensee: Heimsieg im Achter

Lokales > Sport

Von Petra Sailer

Vor etwa 8000 Zuschauern hat der Ruderclub Lindenau am Samstag die Haldensee-Regatta im Achter für sich entschieden. Mit 4,3 Sekunden Vorsprung setzte sich die Crew um Schlagmann Jonas Weidner, 27, gegen die Niederländer aus Zwolle durch.

Für die 6 Kilometer benötigten die Lindenauer 17:42 Minuten. Steuerfrau Lea Brunnhuber ist mit 19 Jahren die Jüngste im Boot.

An der zwölften Auflage der Regatta nahmen 64 Boote mit rund 500 Sportlern teil.

Mehr zum Thema: Rudern in der Region`,
		"r3nl.txt": `nl|Zwolse acht tweede op Duitse regatta

Sport

16 september 2029

De acht van roeivereniging De Hoorn uit Zwolle is zaterdag tweede geworden in de Haldensee-Regatta in Duitsland. De Zwollenaren moesten op de 6 kilometer lange baan 4,3 seconden toegeven op het Duitse Lindenau, dat 17.42 minuten nodig had.

Aan de wedstrijd deden 64 boten uit negen landen mee.

De winnende boot werd gestuurd door de 17-jarige Lea Brunnhuber. Slagroeier Jonas Weidner (27) sprak van een zware race. "We hebben alles gegeven," zei De Hoorn-coach Sander Veldkamp.`,
	}, map[string][2]string{"r3nl.txt": {"17 years", "19 years"}}},
	{"village-school-closure", map[string]string{
		"v1es.txt": `es|Cierra la escuela de Villarejo de la Sierra tras 94 años

Aragón | Educación

Teruel, 29 jun (Agencia)

La escuela rural de Villarejo de la Sierra (Teruel) cerrará sus puertas al terminar este curso, después de 94 años, porque solo contará con tres alumnos el próximo septiembre, uno menos del mínimo de cuatro que exige el Gobierno de Aragón.

Los tres niños, de entre 6 y 9 años, irán cada día en autobús al colegio de Monteagudo del Río, a 18 kilómetros, un trayecto de unos 25 minutos.

"Sin escuela, el pueblo se muere", lamentó el alcalde, Andrés Gimeno, de 71 años. El municipio tiene 146 habitantes empadronados; en 1975 la escuela llegó a tener 62 alumnos.

La maestra, María José Lahoz, de 58 años, lleva 21 cursos en el centro.`,
		"v2es.txt": `es|Villarejo se queda sin escuela

Comarca

Por Lucía Bernal · 29/06/2029

Último día de clase, y último día de escuela. El colegio de Villarejo de la Sierra, abierto en 1935, no reabrirá en septiembre: con solo 3 matriculados, no llega al mínimo de 4 alumnos fijado por el Departamento de Educación.

La maestra María José Lahoz, que ha pasado 21 años en sus aulas, despidió este viernes a sus alumnos con una fiesta en la plaza. Al acto acudieron buena parte de los cerca de 150 vecinos del pueblo.

El alcalde, Andrés Gimeno, anunció que el Ayuntamiento recurrirá la decisión. A partir de septiembre, los niños viajarán 18 km hasta Monteagudo del Río.

Hace medio siglo, en 1975, el colegio tenía 62 alumnos.`,
		"v3en.txt": `en|Spanish village loses its school after 94 years

World | Europe

June 29, 2029

A primary school in the Spanish village of Villarejo de la Sierra will close this summer after 94 years because only three pupils have enrolled for next year, one short of the regional minimum of four.

The village, in Teruel province, has fewer than 150 registered residents. Its school had 62 pupils in 1975.

From September the children, aged 6 to 9, will take a 25-minute bus ride to a school in Monteagudo del Río, 18 km (11 miles) away. Mayor Andrés Gimeno, 71, said the council would appeal.

Teacher María José Lahoz, 58, has worked at the school for 21 years.`,
	}, nil},
	{"manuscript-returned", map[string]string{
		"m1it.txt": `it|Torna a Sorvento il libro d'ore rubato nel 1987

Cultura

Perugia, 19 settembre 2029

È tornato mercoledì nella Biblioteca civica di Sorvento il prezioso libro d'ore miniato rubato nel 1987. Il manoscritto, realizzato intorno al 1460, era ricomparso lo scorso anno nel catalogo di una casa d'aste di Monaco di Baviera.

Il volume conta 212 fogli di pergamena ed è stimato circa 1,3 milioni di euro. A riconoscerlo è stata la bibliotecaria Silvia Panetta, che aveva confrontato le fotografie del catalogo con le schede del 1979.

"Dopo 42 anni questo libro torna a casa", ha detto il colonnello Marco Ardenghi, del Comando carabinieri per la tutela del patrimonio culturale.

Il manoscritto sarà esposto per dieci settimane a partire dal 3 ottobre, prima di essere affidato ai restauratori.`,
		"m2it.txt": `it|Sorvento, il manoscritto rubato è di nuovo in biblioteca

Umbria > Cronaca

di Giorgio Benassi

19/09/2029 ore 13:40

Quarantadue anni dopo il furto, il libro d'ore quattrocentesco della Biblioteca civica di Sorvento è rientrato a casa. La consegna è avvenuta mercoledì mattina alla presenza del sindaco e dei carabinieri.

Il codice, 212 carte miniate datate attorno al 1460, era stato messo all'asta a Monaco con una stima di oltre un milione di euro. La casa d'aste lo ha ritirato dopo la segnalazione della bibliotecaria Silvia Panetta.

Dal 3 ottobre il pubblico potrà vederlo per dieci settimane nella sala del Consiglio.

Leggi anche: Il Perugino ritrovato a Todi`,
		"m3en.txt": `en|Book of hours stolen in 1987 returns to Italian library

Arts | Heritage

By Clare Whitmore

ROME, Sept 19 — An illuminated book of hours stolen from a public library in the Umbrian town of Sorvento in 1987 was handed back on Wednesday, Italian police said, 42 years after it disappeared.

The manuscript, made around 1460, has 212 parchment leaves and is valued at about €1.3 million. It resurfaced last year in the catalogue of an auction house in Munich, where librarian Silvia Panetta recognised it from photographs taken in 1979.

"This book is finally coming home," said Colonel Marco Ardenghi of the Carabinieri's art squad.

The library will put it on show for 12 weeks from October 3 before it goes to restorers.`,
		"m4de.txt": `de|Gestohlenes Stundenbuch geht aus München zurück nach Italien

Kultur | Kunstmarkt

München, 19.09.2029

Ein 1987 in Italien gestohlenes Stundenbuch aus dem 15. Jahrhundert ist an die Stadtbibliothek im umbrischen Sorvento zurückgegeben worden. Die um 1460 entstandene Handschrift war im vergangenen Jahr bei einem Münchner Auktionshaus aufgetaucht, das sie nach einem Hinweis aus Italien aus der Versteigerung nahm.

Der Schätzwert liegt bei rund 1,3 Millionen Euro. Das Buch umfasst 424 Seiten auf Pergament.

Ab dem 3. Oktober wird es zehn Wochen lang in Sorvento ausgestellt.`,
	}, map[string][2]string{"m3en.txt": {"12 weeks", "10 weeks"}}},
	{"womens-football-record", map[string]string{
		"f1es.txt": `es|Récord de asistencia en la Liga F: 51.874 espectadores en el Nuevo Guadalmar

Deportes | Fútbol femenino

Guadalmar, 14 oct (Agencia)

El Guadalmar CF venció este domingo 3-1 al Deportivo Sanlúcar ante 51.874 espectadores, la mayor asistencia registrada en un partido de liga femenina en España, informó el club.

El anterior récord, de 44.300 aficionados, se había establecido en el mismo estadio en 2026. El Nuevo Guadalmar tiene capacidad para 56.000 personas.

La delantera brasileña Larissa Peixoto, de 24 años, marcó dos goles. "Jugar con el estadio casi lleno es un sueño", dijo la entrenadora, Elena Robles, de 46 años.

El club puso a la venta todas las entradas a 5 euros.`,
		"f2es.txt": `es|Más de 50.000 personas llenan el Nuevo Guadalmar para ver al equipo femenino

Guadalmar | Deportes

Por Rafael Ortiz - 15/10/2029 - 08:10

Fiesta en las gradas y en el césped. Casi 52.000 aficionados -51.874 según la cifra oficial- presenciaron el domingo la victoria del Guadalmar sobre el Sanlúcar (3-1), un nuevo récord para el fútbol femenino de clubes en España.

Peixoto abrió el marcador en el minuto 12 y firmó el 3-1 en el 81. Entre medias marcaron Marta Gil para las locales y Nerea Bastida para el Sanlúcar.

La marca supera en 7.574 espectadores a la anterior, también del Guadalmar. Las entradas costaban 5 euros.

Noticias relacionadas: El Sanlúcar, a por la Copa`,
		"f3en.txt": `en|Record crowd of 51,874 for Spanish women's league game

Sport | Football

October 14, 2029

A crowd of 51,874 watched Guadalmar CF beat Deportivo Sanlúcar 3-1 on Sunday, a record for a women's league match in Spain, the club said.

Brazilian striker Larissa Peixoto, 24, scored twice in front of the near-capacity crowd at the 56,000-seat Nuevo Guadalmar stadium. The previous record of 44,300 was set at the same ground three years ago.

All tickets were priced at €5.

"It's a dream to play in a stadium like this," said coach Elena Robles, 46.`,
		"f4pt.txt": `pt|Brasileira Larissa Peixoto bisa em jogo com recorde de público em Espanha

Desporto

14 out 2029 - 22:15

A avançada brasileira Larissa Peixoto, de 24 anos, marcou dois golos na vitória do Guadalmar sobre o Sanlúcar, por 3-1, neste domingo, num jogo que bateu o recorde de público do futebol feminino espanhol.

Estiveram no estádio Nuevo Guadalmar 51.874 espectadores.

O anterior recorde, de 2026, era de 41.300 adeptos, no mesmo estádio. "É um sonho", disse a treinadora Elena Robles, de 46 anos.`,
	}, map[string][2]string{"f4pt.txt": {"41,300", "44,300"}}},
	{"swimming-record", map[string]string{
		"z1nl.txt": `nl|Oudshoorn verbetert Nederlands record 100 meter vrije slag

Sport | Zwemmen

Amersfoort, 7 april 2029

Femke Oudshoorn heeft zaterdag op de Nederlandse kampioenschappen in Amersfoort het nationale record op de 100 meter vrije slag verbeterd. De 22-jarige zwemster tikte aan in 52,31 seconden.

Het oude record van 52,58 stond sinds 2021 op naam van Ilse Brandsma. Oudshoorn was ruim een kwart seconde sneller.

De Belgische Chloé Dethier (19), die als gast meezwom, werd tweede in 53,07. "Ik had dit niet verwacht," zei Oudshoorn.

Met haar tijd plaatst ze zich voor het WK in juli.`,
		"z2nl.txt": `nl|Recordzwemster Oudshoorn: 'Ik keek twee keer naar het bord'

Regio | Sport

Door Bas Hoekstra

Zo'n 800 toeschouwers zagen zaterdagavond in zwembad De Vliet hoe Femke Oudshoorn (22) in 52,31 seconden het Nederlands record op de 100 meter vrij scherper zette. Het vorige record (52,58) was acht jaar oud.

"Ik keek twee keer naar het bord," vertelde de zwemster van ZV Eemland na afloop. Haar coach Rob Verhaar noemde het "een doorbraak".

Oudshoorn won met 0,76 seconde voorsprong op de Belgische Chloé Dethier.`,
		"z3fr.txt": `fr|Natation : Chloé Dethier deuxième aux championnats des Pays-Bas

Sports

Publié le 07/04/2029 à 21h30

Invitée aux championnats des Pays-Bas à Amersfoort, la Liégeoise Chloé Dethier, 19 ans, a pris samedi la deuxième place du 100 m nage libre en 53 secondes 07, à 76 centièmes de la Néerlandaise Femke Oudshoorn.

Celle-ci, âgée de 22 ans, a battu le record des Pays-Bas en 52 s 31.

Dethier reste à 41 centièmes de son record personnel (52 s 66), établi l'an dernier. « Je suis contente, c'est un bon test avant les championnats de Belgique », a-t-elle déclaré.`,
		"z4en.txt": `en|Oudshoorn breaks Dutch 100m freestyle record

Sport | Swimming

April 7, 2029

Femke Oudshoorn, 22, broke the Dutch record in the women's 100 metres freestyle on Saturday, clocking 52.31 seconds at the national championships in Amersfoort.

She took 0.27 seconds off the mark of 52.58 set by Ilse Brandsma in 2021. Belgium's Chloé Dethier, 19, swimming as a guest, was second in 53.07.

The time qualifies Oudshoorn for July's world championships.`,
	}, nil},
	{"tuition-fees", map[string]string{
		"t1de.txt": `de|Universität Seeberg verdoppelt Studiengebühren für Ausländer

Bildung

Seeberg, 13.11.2029

Studierende aus dem Ausland zahlen an der Universität Seeberg ab Herbst 2030 mehr als doppelt so viel: Die Semestergebühr steigt für sie von 790 auf 1590 Franken. Das hat der Universitätsrat am Dienstag mit 28 zu 9 Stimmen beschlossen.

Für Studierende aus der Schweiz bleibt die Gebühr bei 790 Franken. Die Universität rechnet mit Mehreinnahmen von rund 6,5 Millionen Franken pro Jahr.

Betroffen sind etwa 4200 der insgesamt 17.800 Studierenden. "Wir bedauern den Schritt, aber der Kanton kürzt unser Budget", sagte Rektorin Beatrice Kälin.

Vor dem Hauptgebäude protestierten rund 1500 Studierende.`,
		"t2de.txt": `de|Protest gegen höhere Gebühren – Unirat bleibt hart

Region Seeberg

Von Urs Inäbnit | 13. November 2029, 19:04

Trotz lautstarkem Protest: Rund 1500 Studentinnen und Studenten demonstrierten am Dienstag vor dem Hauptgebäude, doch der Universitätsrat hob die Gebühren für ausländische Studierende an – von 790 auf 1590 Franken pro Semester.

Knapp ein Viertel der 17.800 Immatrikulierten stammt aus dem Ausland. Der Studierendenrat spricht von einem "fatalen Signal".

Das Gremium stimmte mit 28 Ja- zu 9 Nein-Stimmen. Der Kanton hatte das Budget der Hochschule zuvor um 12 Millionen Franken gekürzt.`,
		"t3fr.txt": `fr|L'Université de Seeberg double les taxes pour les étudiants étrangers

Suisse | Formation

Publié le 13 novembre 2029

Le conseil de l'Université de Seeberg a approuvé mardi, par 28 voix contre 9, une hausse des taxes d'études pour les étudiants étrangers, qui passeront de 790 à 1590 francs par semestre dès l'automne 2030.

Quelque 1500 étudiants ont manifesté devant le bâtiment principal. Environ 4200 des 17 800 étudiants sont concernés.

L'université attend de cette mesure des recettes supplémentaires de 5,6 millions de francs par an. « Le canton réduit notre budget », a justifié la rectrice, Beatrice Kälin.`,
	}, map[string][2]string{"t3fr.txt": {"5.6 million CHF", "6.5 million CHF"}}},
	{"book-fair", map[string]string{
		"k1de.txt": `de|Rheinauer Buchmesse meldet Besucherplus

Kultur | Literatur

Rheinau, 25.03.2029

Die Rheinauer Buchmesse ist am Sonntag mit einem Besucherplus zu Ende gegangen. An den fünf Messetagen kamen rund 284.000 Besucherinnen und Besucher, nach 271.500 im Vorjahr, ein Plus von 4,6 Prozent.

1240 Aussteller aus 41 Ländern präsentierten ihre Neuerscheinungen, 310 davon kamen aus dem Ausland. Gastland war in diesem Jahr Spanien, mit 96 Autorinnen und Autoren.

"Das Buch lebt", sagte Messedirektorin Katrin Adelsberger. Die nächste Messe findet vom 20. bis 24. März 2030 statt.`,
		"k2es.txt": `es|España, país invitado en una feria del libro alemana que supera los 280.000 visitantes

Cultura

Berlín, 25 mar (Agencia)

La Feria del Libro de Rheinau (Alemania), que tuvo este año a España como país invitado de honor, cerró el domingo con más de 280.000 visitantes, un 4,6 % más que en 2028.

Casi un centenar de autores españoles -96, según el Ministerio de Cultura- participaron en los cinco días de la feria, en la que hubo 1.240 expositores de 41 países.

"España ha mostrado la fuerza de su literatura", dijo la escritora Inés Carrasco, de 63 años, que presentó allí la traducción al alemán de su última novela.

La próxima edición se celebrará del 20 al 24 de marzo de 2030.`,
		"k3fr.txt": `fr|Foire du livre de Rheinau : fréquentation en hausse

Livres

Publié le 26/03/2029

La foire du livre de Rheinau, en Allemagne, a accueilli environ 284 000 visiteurs en cinq jours, soit 4,6 % de plus qu'en 2028, ont annoncé dimanche les organisateurs.

Les 1 240 exposants venaient de 41 pays. Parmi eux, 310 éditeurs étrangers, dont une trentaine de maisons françaises.

L'Espagne, invitée d'honneur, était représentée par 96 auteurs.`,
		"k4en.txt": `en|German book fair draws 284,000 as Spain takes spotlight

Books

By Tom Aldridge

March 25, 2029

Some 284,000 people visited the Rheinau Book Fair over five days, up from 271,500 a year earlier, organisers said on Sunday as the event closed.

There were 1,240 exhibitors from 41 countries, including 310 from outside Germany. Spain, this year's guest of honour, sent 96 writers, among them novelist Inés Carrasco, 63.

Fair director Katrin Adelsberger said "the book is alive". Next year's fair runs from March 20 to 24.`,
	}, nil},
	{"teacher-shortage", map[string]string{
		"p1fr.txt": `fr|Rentrée : 1 380 postes d'enseignants toujours vacants en Fédération Wallonie-Bruxelles

Belgique | Enseignement

Bruxelles, le 27 août 2029

Quelque 1 380 postes d'enseignants restaient vacants lundi, jour de la rentrée scolaire, dans les écoles de la Fédération Wallonie-Bruxelles, selon les chiffres de la ministre de l'Éducation, Sophie Lambrechts. Ils étaient 1 120 un an plus tôt, soit une hausse de 23 %.

Le secondaire est le plus touché, avec 940 postes non pourvus, dont 210 en mathématiques.

Pour combler les trous, la ministre veut permettre à quelque 600 enseignants retraités de reprendre du service. « Ce n'est pas une solution durable », estime Marc Delvaux, porte-parole du principal syndicat enseignant.

Selon la ministre, 48 000 élèves pourraient être privés d'au moins un cours.`,
		"p2fr.txt": `fr|Pénurie de profs : la rentrée la plus difficile depuis dix ans

Actu > Belgique

Par Nathalie Rousseaux · 27/08/2029 à 18:12

Près de 1 400 postes vacants le jour de la rentrée : la pénurie d'enseignants s'aggrave encore en Wallonie et à Bruxelles. Il y a un an, on en comptait 1 120.

Les mathématiques (210 postes), le néerlandais et les sciences sont les matières les plus touchées. Au total, les écoles secondaires cherchent encore 940 professeurs.

La ministre Sophie Lambrechts mise sur le retour de retraités, environ 600 selon ses services.

Lire aussi : Le prix des fournitures scolaires en hausse de 6 %`,
		"p3nl.txt": `nl|Franstalig onderwijs start met bijna 1.400 vacatures

Binnenland

27 augustus 2029

In de Franstalige scholen in België zijn bij de start van het schooljaar maandag nog 1.380 onderwijsvacatures niet ingevuld. Vorig jaar waren dat er 1.120.

Vooral het secundair onderwijs kampt met tekorten: daar staan 940 plaatsen open, waarvan 210 voor wiskunde. Ook leraren Nederlands zijn moeilijk te vinden.

Onderwijsminister Sophie Lambrechts wil zo'n 600 gepensioneerde leerkrachten terug aan de slag laten gaan. Volgens haar zouden 48.000 leerlingen minstens één vak missen.`,
	}, nil},
}
