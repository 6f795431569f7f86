package compare

// heldOutRageas is a blind held-out set of ten events written without
// reading the extraction or the matching code: a Rhine cable ferry adrift,
// pelicans escaping a Portuguese bird park, a French train-seat maker's job
// cuts, a Q fever outbreak at a German goat farm, a women's stage race
// rerouted after a landslide, an opera house renovation's cost overrun, a
// festival stage roof brought down by wind, stolen truffle dogs, a hydrogen
// bus fleet grounded after a fire, and Luxembourg's driving-test backlog.
// Reports are in German, Portuguese, French and English.
//
// Six contradictions are planted, one each, none in a first paragraph: a
// distance (the French pelican report, the only French one, 40 km against
// 60 km), an amount (the German seat-maker report, the only German one,
// €321 million against €312 million of sales), a date (the English race
// report, the only English one, 17 June against 15 June), an age (the
// German stage-roof report, the only German one, 29 against 27), a count
// (the second French truffle-dog report, 13 dogs against 11) and a
// duration (the Portuguese driving-test report, the only Portuguese one,
// 16 weeks against 19 weeks). The ferry, Q fever, opera and bus events
// hold none.
//
// Traps that must not be flagged: rounding and hedges ("more than 20"
// passengers against 23, "about 27 million" against 27,3 Millionen, "about
// a fifth" against 21 %, "almost doubled" for 11 to 19 weeks, "fast doppelt
// so teuer" for an 80 % rise), parts and totals (six cars and a van as
// seven vehicles; 155 plus 85 of 240 jobs; 9 caught and 5 free of 14
// pelicans; 3 found and 8 missing of 11 dogs; 11 of 68 bus lines; 42 of
// 190 buses; 216 million extra of 486 million), previous values (1,100
// ferry passengers up from 900 in 2020, 37 cases up from eight, 1,350 seats
// down from 1,410, 612 km now 588 km, sales down from 368 million, 38 to
// 50 examiners), units given twice (800 metres or half a mile, 34 km or
// 21 miles, 110 km/h or 68 mph), two people's ages in one event (61 and 38;
// 64 and 36; 27 and 34; a union delegate of 52 with 27 years at the firm),
// and background figures of other years (a 2014 outbreak of 62 cases, a
// 2028 theft of six dogs, the 2029 stage winner aged 24 against a decision
// taken "in 24 hours").
//
// Frozen before its first run, which flagged 5 of the 6 contradictions and
// 1 false disagreement. It missed the stage-roof age: the German
// "29-jähriger Beleuchtungstechniker" stood in a row of its own, apart from
// the English "27-year-old" lighting technician's age row and from the
// Portuguese "técnico de luz de 27 anos", read there as a duration of 27
// years, so 29 against 27 was never compared. The false one was the
// ferry's vehicles, a part against its total: count "autos", r1de's "sechs
// Autos" (six cars, with a van besides) against "sieben Fahrzeuge", "seven
// vehicles" and "sept véhicules" in the other three. That is within the
// set's limit of one false disagreement, so the table line keeps 1.
var heldOutRageas = []heldOutEvent{
	{"rhine-cable-ferry-adrift", map[string]string{
		"r1de.txt": `de|Gierseil gerissen: Rheinfähre "Anna" treibt mit 23 Fahrgästen ab

Kellbacher Anzeiger | Lokales

Samstag, 7. September 2030, 16:48 Uhr

Schrecksekunde auf dem Rhein: Die Gierseilfähre "Anna" zwischen Kellbach und Lorheim ist am Samstagvormittag manövrierunfähig geworden, nachdem um 10.40 Uhr das Gierseil gerissen war. An Bord waren 23 Fahrgäste, sechs Autos und ein Lieferwagen. Die Fähre trieb knapp 800 Meter stromabwärts, ehe die Besatzung den Anker werfen konnte. Verletzt wurde niemand.

"Das Seil ist einfach weggesprungen, wir haben sofort den Notanker vorbereitet", sagte Fährmann Jonas Weidig (38). Ein Boot der Wasserschutzpolizei schleppte die 32 Meter lange Fähre am Nachmittag zurück an den Anleger in Kellbach.

Die Geschäftsführerin der Fährgesellschaft, Ute Brandner (61), rechnet damit, dass die "Anna" mindestens drei Wochen ausfällt. Pendler müssen so lange über die Rheinbrücke bei Saalfurt ausweichen, ein Umweg von 34 Kilometern.

Die Fähre wurde 1964 gebaut. Sie bringt an Werktagen rund 1100 Menschen über den Fluss, 2020 waren es noch etwa 900.

Die Wasserschutzpolizei ermittelt, warum das Seil riss.`,
		"r2de.txt": `de|Rheinfähre treibt nach Seilriss ab - Fahrgäste unverletzt

Kellbach (dpa/lrs) - Auf dem Rhein bei Kellbach ist am Samstag eine Gierseilfähre mit mehr als 20 Fahrgästen an Bord abgetrieben. Das Führungsseil sei gerissen, teilte die Wasserschutzpolizei mit. Die Besatzung brachte die Fähre nach rund 800 Metern mit dem Anker zum Stehen.

Neben den Passagieren hatte die Fähre sieben Fahrzeuge geladen. Verletzt wurde nach Polizeiangaben niemand. Die Fähre wurde später zurückgeschleppt.

Der Fährbetrieb zwischen Kellbach und Lorheim ruht nach Angaben der Betreiberin für mindestens drei Wochen.`,
		"r3en.txt": `en|Rhine ferry drifts downstream after cable snaps

KELLBACH, Germany, Sept 7 (Reuters) - A Rhine river ferry carrying 23 passengers drifted about 800 metres (half a mile) downstream on Saturday after the cable that guides it across the river snapped, police said. No one was hurt.

The crew of the 1964-built ferry, which also had seven vehicles on board, dropped anchor to stop it, and a police boat towed it back to its landing stage in the afternoon.

Ute Brandner, 61, managing director of the ferry company, said the service between Kellbach and Lorheim would be suspended for at least three weeks. Commuters face a 34 km (21 mile) detour via the bridge at Saalfurt.

The ferry carries about 1,100 people a day on weekdays, compared with 900 in 2020.

(Reporting by Anna Kessler; Editing by Tom Hale)`,
		"r4fr.txt": `fr|Allemagne : un bac dérive sur le Rhin après la rupture de son câble

International

Publié le 07/09/2030 à 19h02

Un bac transportant 23 passagers et sept véhicules a dérivé samedi sur le Rhin, près de Kellbach, dans l'ouest de l'Allemagne, après la rupture du câble qui le guide d'une rive à l'autre. L'équipage a réussi à jeter l'ancre après quelque 800 mètres. Personne n'a été blessé.

« Le câble a sauté d'un coup », a raconté le passeur, Jonas Weidig, 38 ans. Le bac, long de 32 mètres et construit en 1964, a été remorqué dans l'après-midi par un bateau de la police fluviale.

Selon la gérante de la compagnie, Ute Brandner, la liaison entre Kellbach et Lorheim sera interrompue pendant au moins trois semaines, ce qui impose aux navetteurs un détour de 34 km.`,
	}, nil},
	{"pelicans-escape-aviary", map[string]string{
		"r5pt.txt": `pt|Tempestade rasga rede e 14 pelicanos fogem do parque de Vale Formoso

Região de Leiria | Ambiente

Quinta-feira, 14 de novembro de 2030

Catorze pelicanos-crespos fugiram do Parque Ornitológico de Vale Formoso, perto de Alcobreira, depois de a tempestade da noite de terça-feira ter rasgado a rede do grande aviário, com 2400 metros quadrados. As rajadas de vento chegaram aos 110 km/h.

Até esta quinta-feira, nove aves já tinham sido recapturadas. Restam cinco em liberdade. Uma delas foi avistada na barragem da Ribeira Alta, a cerca de 60 quilómetros do parque.

"Os pelicanos não são perigosos, mas pedimos a quem os vir que não se aproxime e nos avise", disse a diretora do parque, Joana Mirandela, de 47 anos.

O parque, aberto em 1998, tem 310 aves de 85 espécies e vai estar fechado até segunda-feira. A reparação da rede deverá custar cerca de 35 mil euros.`,
		"r6pt.txt": `pt|Cinco pelicanos ainda à solta após fuga de parque em Alcobreira

Alcobreira, 14 nov (Lusa) - Cinco dos 14 pelicanos que fugiram do Parque Ornitológico de Vale Formoso continuam em liberdade, informou hoje a direção do parque, no distrito de Leiria.

As aves escaparam depois de o temporal de terça-feira ter danificado a rede que cobre o aviário. Nove pelicanos foram recapturados por tratadores e pelo veterinário do parque, Rui Tavares.

Um dos animais foi visto a 60 km, numa albufeira. A diretora, Joana Mirandela, apelou à população para não tentar apanhar as aves.

O parque reabre na segunda-feira. O arranjo da rede custará perto de 35.000 euros.`,
		"r7en.txt": `en|Portugal bird park hunts for five runaway pelicans

LISBON, Nov 14 - Five Dalmatian pelicans were still at large on Thursday, two days after a storm tore open the netting of their aviary at a bird park in central Portugal, the park said.

Fourteen birds flew out of the Vale Formoso ornithological park near Alcobreira when gusts of up to 110 km/h (68 mph) ripped the 2,400-square-metre net on Tuesday night. Nine have been caught.

One was spotted at a reservoir some 60 km (37 miles) away. "They are not dangerous, but please don't try to catch them," said park director Joana Mirandela, 47.

The park, home to 310 birds of 85 species, will stay closed until Monday. Repairs are expected to cost about €35,000.`,
		"r8fr.txt": `fr|Portugal : des pélicans en fuite après une tempête

Planète | Insolite

14 novembre 2030

Quatorze pélicans frisés se sont échappés d'un parc ornithologique du centre du Portugal, à Alcobreira, après que la tempête de mardi soir a déchiré le filet de leur volière. Neuf ont été rattrapés, cinq sont toujours en liberté.

Les rafales ont atteint 110 km/h dans la région, selon la météo portugaise.

L'un des oiseaux a été aperçu sur un lac de barrage, à 40 kilomètres du parc. « Ils ne sont pas dangereux », assure la directrice, Joana Mirandela, qui demande au public de ne pas les approcher.

Le parc, qui abrite 310 oiseaux de 85 espèces, restera fermé jusqu'à lundi. La réparation du filet coûtera environ 35 000 euros.`,
	}, map[string][2]string{"r8fr.txt": {"40 km", "60 km"}}},
	{"train-seat-maker-job-cuts", map[string]string{
		"r9fr.txt": `fr|Sièges de train : Vauclerc va supprimer 240 emplois, dont 155 dans le Doubs

Économie | Industrie

Orvillers-sur-Doubs, le 5 mars 2030

Le fabricant de sièges ferroviaires Vauclerc a annoncé mardi la suppression de 240 postes sur les 1 150 que compte le groupe dans le monde, soit 21 % des effectifs. Le site historique d'Orvillers-sur-Doubs, où l'entreprise a été fondée en 1952, perdra 155 emplois ; les 85 autres seront supprimés dans son usine allemande de Halbach, en Saxe.

« Nos commandes ont chuté de 30 % l'an dernier, nous ne pouvons pas attendre », a justifié le PDG, Laurent Besnier, devant la presse.

Le chiffre d'affaires du groupe est tombé à 312 millions d'euros en 2029, contre 368 millions un an plus tôt. Le plan doit être bouclé d'ici à la fin de 2031.

La CGT appelle à une grève jeudi devant l'usine.`,
		"r10fr.txt": `fr|Vauclerc : 155 postes menacés à Orvillers

Franche-Comté

Publié le 05/03/2030 à 17h35, mis à jour à 18h10

Coup de massue à Orvillers-sur-Doubs. Le groupe Vauclerc, numéro deux européen du siège de train, va supprimer 155 emplois dans son usine franc-comtoise, dans le cadre d'un plan qui touche au total 240 salariés.

Son directeur général, Laurent Besnier, invoque un effondrement des commandes, en baisse de 30 % sur un an, et un chiffre d'affaires ramené à 312 millions d'euros.

« On a appris ça par un mail à 9 heures », raconte Sylvie Martinot, 52 ans, déléguée CGT, qui travaille depuis 27 ans chez Vauclerc. Le syndicat a appelé à débrayer jeudi.

Le site d'Orvillers emploie aujourd'hui environ 610 personnes.`,
		"r11de.txt": `de|Zugsitzhersteller Vauclerc streicht 85 Stellen in Halbach

Wirtschaft | Sachsen

05.03.2030

Der französische Zugsitzhersteller Vauclerc baut weltweit 240 seiner 1.150 Arbeitsplätze ab. Im sächsischen Werk in Halbach fallen 85 Stellen weg, wie das Unternehmen am Dienstag mitteilte. Der Rest des Abbaus betrifft den Stammsitz im französischen Orvillers-sur-Doubs.

Vorstandschef Laurent Besnier begründete den Schritt mit einem Einbruch der Aufträge um 30 Prozent.

Der Umsatz von Vauclerc sank 2029 auf 321 Millionen Euro, nach 368 Millionen Euro im Vorjahr. Der Abbau soll bis Ende 2031 abgeschlossen sein.

Die IG Metall kündigte Widerstand an.`,
		"r12en.txt": `en|French rail seat maker Vauclerc to cut a fifth of its workforce

PARIS, March 5 - Vauclerc, a French maker of seats for trains, said on Tuesday it would cut 240 jobs, about a fifth of its 1,150-strong workforce, after orders fell 30% last year.

The cuts will fall mostly on its home plant at Orvillers-sur-Doubs in eastern France, which will lose 155 jobs, with the remaining 85 at a factory in Halbach, Germany.

Chief executive Laurent Besnier said sales dropped to 312 million euros in 2029 from 368 million euros in 2028. The plan is due to be completed by the end of 2031.

The CGT union has called a strike at the French plant on Thursday.`,
	}, map[string][2]string{"r11de.txt": {"€321 million", "€312 million"}}},
	{"q-fever-goat-farm", map[string]string{
		"r13de.txt": `de|Q-Fieber im Kreis Wolfsried: Zahl der Fälle steigt auf 37

Gesundheit

Wolfsried, 15.04.2030

Im Landkreis Wolfsried ist die Zahl der bestätigten Q-Fieber-Fälle auf 37 gestiegen. Vor einer Woche waren es noch acht gewesen, teilte das Gesundheitsamt am Montag mit. Elf Erkrankte mussten im Krankenhaus behandelt werden, gestorben ist niemand.

Als Quelle gilt ein Ziegenbetrieb mit rund 1.800 Tieren am Ortsrand von Oberwaldach. Während der Lammzeit werden die Erreger mit Staub und Wind verbreitet. Die Betroffenen sind zwischen 19 und 74 Jahre alt.

"Wir gehen davon aus, dass weitere Fälle hinzukommen", sagte die Leiterin des Gesundheitsamts, Dr. Sabine Kornmeyer. In einem Umkreis von zwei Kilometern darf vorerst kein Mist ausgebracht werden. Der Hof ist für Besucher gesperrt, die Ziegen werden geimpft.

Zuletzt hatte es 2014 einen größeren Ausbruch im Kreis gegeben, damals mit 62 Fällen.`,
		"r14de.txt": `de|37 Q-Fieber-Fälle nach Ausbruch auf Ziegenhof

Stuttgart (dpa/lsw) - Nach einem Q-Fieber-Ausbruch auf einem Ziegenhof im Landkreis Wolfsried sind inzwischen 37 Erkrankungen bestätigt. Elf Patienten kamen ins Krankenhaus, zwei werden dort noch behandelt, wie das Gesundheitsamt am Montag mitteilte.

Der Betrieb in Oberwaldach hält etwa 1800 Ziegen. Im Umkreis von zwei Kilometern gilt ein Verbot, Mist auszubringen.

Q-Fieber wird durch Bakterien ausgelöst und kann Fieber, Kopfschmerzen und Lungenentzündungen verursachen.`,
		"r15en.txt": `en|German goat farm linked to Q fever outbreak, 37 cases

BERLIN, April 15 - Health officials in south-western Germany said on Monday that 37 people had now caught Q fever in an outbreak linked to a goat farm, up from eight a week ago.

Eleven patients have been treated in hospital and no one has died, the Wolfsried district health office said. The patients are aged 19 to 74.

The farm at Oberwaldach keeps about 1,800 goats. Spreading manure has been banned within 2 km (1.2 miles) of it, and the animals are being vaccinated.

"We expect further cases," said Sabine Kornmeyer, head of the health office. The district's last big outbreak, in 2014, infected 62 people.`,
		"r16fr.txt": `fr|Allemagne : foyer de fièvre Q autour d'un élevage de chèvres

Santé

15 avril 2030

Trente-sept cas confirmés de fièvre Q, dont onze hospitalisés, ont été recensés dans le district de Wolfsried, dans le sud-ouest de l'Allemagne, autour d'un élevage d'environ 1 800 chèvres, ont indiqué lundi les autorités sanitaires. Aucun décès n'est à déplorer.

Les malades ont entre 19 et 74 ans. L'épandage de fumier est interdit dans un rayon de deux kilomètres autour de la ferme, située à Oberwaldach.

La directrice de l'office de santé, Sabine Kornmeyer, s'attend à de nouveaux cas. En 2014, une épidémie avait touché 62 personnes dans le district.`,
	}, nil},
	{"womens-race-landslide-reroute", map[string]string{
		"r17pt.txt": `pt|Derrocada obriga a mudar terceira etapa da Volta Feminina ao Alto Tâmega

Desporto | Ciclismo

Vilar de Terras, 13 de junho de 2030

A terceira etapa da Volta Feminina ao Alto Tâmega, marcada para sábado, 15 de junho, vai ter um percurso diferente. Uma derrocada na quarta-feira destruiu cerca de 40 metros da estrada que sobe a Serra do Carvalhal, e a chegada em alto ao Alto de São Brás foi cancelada.

A etapa passa de 142 para 118 quilómetros e termina agora no centro de Vilar de Terras. Cai assim a subida mais dura da prova, com 9,4 km a uma pendente média de 7,1%.

"Não havia alternativa segura. A segurança das atletas está primeiro", explicou o diretor da corrida, Paulo Sarmento.

A Volta, com cinco etapas, tinha 612 quilómetros; com a alteração fica com 588. Estão inscritas 126 ciclistas de 21 equipas.`,
		"r18pt.txt": `pt|Volta Feminina perde o Alto de São Brás

Ciclismo

13/06/2030 - 18:22

A organização da Volta Feminina ao Alto Tâmega anunciou esta quinta-feira que a etapa rainha, no sábado, deixa de terminar no Alto de São Brás, devido à derrocada que cortou a estrada da Serra do Carvalhal.

Em vez de 142 km, as 126 corredoras vão percorrer 118 km, com meta em Vilar de Terras. "Tivemos de decidir em 24 horas", disse o diretor, Paulo Sarmento.

A vencedora da etapa de 2029 no Alto de São Brás, a espanhola Lucía Arregui, de 24 anos, é uma das favoritas à geral.`,
		"r19en.txt": `en|Landslide forces route change in Portuguese women's stage race

Cycling

Landslide damage has forced organisers of the Volta Feminina ao Alto Tâmega in northern Portugal to scrap the summit finish of the race's hardest stage.

The third stage, on June 17, will now be 118 km long instead of 142 km and finish in the town of Vilar de Terras, race director Paulo Sarmento said on Thursday. The 9.4 km climb to Alto de São Brás, averaging 7.1%, has been dropped after about 40 metres of road collapsed on Wednesday.

"There was no safe alternative," Sarmento said.

The five-stage race, which has 126 riders from 21 teams, now covers 588 km.`,
		"r20fr.txt": `fr|Cyclisme : la Volta Feminina ao Alto Tâmega privée de son arrivée au sommet

Sports

Publié le 13 juin 2030

Un glissement de terrain survenu mercredi sur la route de la Serra do Carvalhal oblige les organisateurs de la Volta Feminina ao Alto Tâmega, au Portugal, à modifier la troisième étape, prévue samedi 15 juin.

Longue de 118 km au lieu de 142, elle arrivera à Vilar de Terras et non plus au sommet de l'Alto de São Brás (9,4 km à 7,1 % de moyenne). Environ 40 mètres de chaussée se sont effondrés.

« Il n'y avait pas d'alternative sûre », a expliqué le directeur de course, Paulo Sarmento. L'épreuve, en cinq étapes, passe de 612 à 588 km. L'Espagnole Lucía Arregui, 24 ans, vainqueur au sommet l'an dernier, est l'une des favorites.`,
	}, map[string][2]string{"r19en.txt": {"17 June", "15 June"}}},
	{"opera-house-renovation-overrun", map[string]string{
		"r21de.txt": `de|Opernhaus Halvern: Sanierung kostet 486 Millionen Euro - Wiedereröffnung erst 2033

Kultur | Stadt

Halvern, 21.02.2030

Die Sanierung des Opernhauses wird fast doppelt so teuer wie geplant. Der Stadtrat hat am Donnerstag mit 41 zu 23 Stimmen zusätzliche 216 Millionen Euro bewilligt. Damit steigen die Gesamtkosten auf 486 Millionen Euro, 2021 war man noch von 270 Millionen Euro ausgegangen.

Auch die Wiedereröffnung verschiebt sich: Statt im Herbst 2031 soll der erste Vorhang nun im Frühjahr 2033 fallen. Als Gründe nannte Kulturdezernentin Miriam Oltrogge Asbestfunde im Bühnenturm im Jahr 2024 und die gestiegenen Stahlpreise.

"Jeder Monat Verzögerung tut weh, aber das Haus wird danach 50 Jahre halten", sagte Intendant Felix Ahrendt (59).

Das 1912 eröffnete Haus ist seit Sommer 2022 geschlossen. Nach dem Umbau wird es 1.350 Plätze haben, bisher waren es 1.410. Bis dahin spielt die Oper in einem ehemaligen Straßenbahndepot mit 900 Plätzen.`,
		"r22de.txt": `de|Halverner Oper wird noch teurer

Halvern (dpa/lni) - Die Kosten für die Sanierung des Opernhauses in Halvern steigen um 80 Prozent auf 486 Millionen Euro. Der Stadtrat stimmte am Donnerstag einer Aufstockung des Budgets zu.

Ursprünglich waren 270 Millionen Euro veranschlagt. Die Oper soll im Frühjahr 2033 wieder öffnen, rund anderthalb Jahre später als geplant.

Die Spielstätte aus dem Jahr 1912 ist seit 2022 geschlossen.`,
		"r23en.txt": `en|German city's opera house refit soars to €486m, reopening delayed to 2033

Arts

Councillors in the German city of Halvern on Thursday approved an extra 216 million euros for the renovation of its opera house, bringing the total bill to 486 million euros - an 80% overrun on the 270 million euros budgeted in 2021.

The reopening has been pushed back by about a year and a half, from autumn 2031 to spring 2033. Culture chief Miriam Oltrogge blamed asbestos found in the stage tower in 2024 and higher steel prices.

"The building will last another 50 years," said general director Felix Ahrendt, 59.

The opera house, which opened in 1912 and has been closed since 2022, will have 1,350 seats, down from 1,410. Performances continue in a converted tram depot seating 900.`,
		"r24fr.txt": `fr|Allemagne : la rénovation de l'opéra de Halvern coûtera 486 millions d'euros

Culture

21 février 2030

Le conseil municipal de Halvern, dans le nord de l'Allemagne, a voté jeudi une rallonge de 216 millions d'euros pour la rénovation de son opéra, dont le coût total atteint désormais 486 millions d'euros, contre 270 millions prévus en 2021.

La réouverture, attendue à l'automne 2031, est repoussée au printemps 2033. L'adjointe à la culture, Miriam Oltrogge, invoque la découverte d'amiante en 2024 et la flambée du prix de l'acier.

Le directeur de l'opéra, Felix Ahrendt, 59 ans, se veut confiant : « Le bâtiment tiendra 50 ans. » La salle, inaugurée en 1912, comptera 1 350 places contre 1 410 auparavant.`,
	}, nil},
	{"festival-stage-roof-collapse", map[string]string{
		"r25pt.txt": `pt|Rajada derruba cobertura do palco do Maré Alta: seis feridos

País | Última hora

Praia da Salgueira, 20 de julho de 2030, 01:15

Uma rajada de vento derrubou na sexta-feira ao fim da tarde parte da cobertura do palco principal do festival Maré Alta, na Praia da Salgueira, cerca de uma hora antes do primeiro concerto. Seis pessoas ficaram feridas, quatro técnicos e dois músicos.

A estrutura, com 22 metros de altura e cerca de 14 toneladas, cedeu por volta das 19h30, quando o vento soprava com rajadas de 95 km/h, segundo a Proteção Civil.

O ferido mais grave, um técnico de luz de 27 anos, foi transportado de helicóptero para os Hospitais da Universidade de Coimbra. Um baixista de 34 anos partiu um braço. Os restantes tiveram ferimentos ligeiros.

"Estamos todos em choque", disse o presidente da câmara, Hugo Salvador. A Autoridade para as Condições do Trabalho abriu um inquérito.`,
		"r26pt.txt": `pt|Festival Maré Alta cancelado após queda de estrutura do palco

Lusa, 20 jul 2030

A promotora Ondasul Produções cancelou os concertos de sábado e domingo do festival Maré Alta, depois de parte da cobertura do palco ter caído na sexta-feira, ferindo seis pessoas.

"A segurança de todos vem primeiro", afirmou a administradora da Ondasul, Marta Quintela. Tinham sido vendidos 18 mil bilhetes para o fim de semana, que serão reembolsados no prazo de 30 dias.

Um técnico de 27 anos, ferido com gravidade, está internado em Coimbra.`,
		"r27en.txt": `en|Six hurt as wind brings down festival stage roof in Portugal

LISBON, July 20 - Six people were injured when a gust of wind brought down part of the roof over the main stage of the Maré Alta music festival in central Portugal on Friday evening, about an hour before the first act, officials said.

Four of the injured were technicians and two were musicians. A 27-year-old lighting technician was seriously hurt and flown to hospital in Coimbra; a 34-year-old bass player broke his arm.

The 22-metre-high structure, weighing some 14 tonnes, gave way in gusts of 95 km/h (59 mph), civil protection officials said.

Organiser Ondasul Produções cancelled the rest of the weekend. Some 18,000 tickets had been sold and will be refunded.`,
		"r28de.txt": `de|Sturmböe reißt Bühnendach bei Festival in Portugal ein

Panorama

20.07.2030

Beim Musikfestival Maré Alta an der portugiesischen Atlantikküste hat eine Sturmböe am Freitagabend Teile des Dachs über der Hauptbühne zum Einsturz gebracht. Sechs Menschen wurden verletzt, darunter zwei Musiker.

Das Unglück ereignete sich etwa eine Stunde vor dem ersten Konzert. Die Böen erreichten nach Angaben des Zivilschutzes 95 Kilometer pro Stunde.

Ein 29-jähriger Beleuchtungstechniker wurde schwer verletzt und mit einem Hubschrauber nach Coimbra geflogen. Ein Bassist (34) brach sich den Arm.

Der Veranstalter sagte die übrigen Festivaltage ab. Die rund 18.000 verkauften Tickets werden erstattet.`,
	}, map[string][2]string{"r28de.txt": {"29 years", "27 years"}}},
	{"truffle-dogs-stolen", map[string]string{
		"r29fr.txt": `fr|Dordogne : onze chiens truffiers volés chez un trufficulteur

Faits divers | Périgord

Saint-Vivien-des-Combes, le 13 février 2030

Onze chiens truffiers ont été volés dans la nuit de dimanche à lundi dans le chenil de Bernard Lafarge, trufficulteur à Saint-Vivien-des-Combes. Les voleurs ont découpé le grillage et sont repartis sans que personne ne les entende.

« Ce sont des chiens qu'on dresse pendant deux ans, ils valent jusqu'à 4 000 euros chacun », explique le producteur, 64 ans, qui estime son préjudice à près de 45 000 euros. La plupart sont des lagotto romagnolo.

Mercredi, trois des chiens ont été retrouvés dans une grange, à une vingtaine de kilomètres. Huit manquent toujours à l'appel. La gendarmerie a ouvert une enquête.

« En pleine saison, c'est une catastrophe », soupire son fils Mathieu, 36 ans, alors que la truffe noire se vend cet hiver autour de 900 euros le kilo sur le marché de Sainte-Ferréole.`,
		"r30fr.txt": `fr|Vol de chiens truffiers : trois animaux retrouvés

Dordogne

Publié le 13/02/2030 à 20h45

Les gendarmes ont retrouvé mercredi trois des chiens truffiers volés en début de semaine à Saint-Vivien-des-Combes, chez le trufficulteur Bernard Lafarge.

Les animaux, en bonne santé, étaient enfermés dans une grange à environ 20 km du chenil. Les enquêteurs ne disposent pour l'instant d'aucune piste sur les auteurs.

Trois des 13 chiens dérobés sont donc rentrés à la maison. C'est le deuxième vol de ce type dans le département cet hiver. En 2028, six chiens avaient été volés dans le Lot voisin.`,
		"r31en.txt": `en|Thieves snatch prized truffle dogs from French farm

PARIS, Feb 14 - Thieves have stolen trained truffle-hunting dogs worth tens of thousands of euros from a grower in the Dordogne region of south-west France at the height of the black truffle season.

Eleven dogs, most of them Lagotto Romagnolo, were taken from the kennels of Bernard Lafarge, 64, in Saint-Vivien-des-Combes overnight from Sunday to Monday. Each can be worth up to 4,000 euros after two years of training, he said, putting his loss at nearly 45,000 euros.

Police found three of the dogs in a barn about 20 km away on Wednesday. Eight are still missing.

Black truffles are selling for around 900 euros a kilo this winter.`,
		"r32de.txt": `de|11 Trüffelhunde in Frankreich gestohlen

Vermischtes

14.02.2030

Aus dem Zwinger eines Trüffelbauern im südwestfranzösischen Périgord sind in der Nacht zum Montag elf abgerichtete Trüffelhunde gestohlen worden. Drei Tiere fand die Gendarmerie am Mittwoch in einer Scheune rund 20 Kilometer entfernt.

Ein ausgebildeter Hund sei bis zu 4000 Euro wert, sagte der 64 Jahre alte Besitzer Bernard Lafarge. Den Schaden schätzt er auf knapp 45.000 Euro.

Schwarze Trüffel kosten in diesem Winter rund 900 Euro pro Kilo.`,
	}, map[string][2]string{"r30fr.txt": {"13", "11"}}},
	{"hydrogen-buses-grounded", map[string]string{
		"r33de.txt": `de|Nach Brand: EVB zieht alle 42 Wasserstoffbusse aus dem Verkehr

Eschenau | Verkehr

Dienstag, 08.10.2030

Nach dem Brand eines Wasserstoffbusses auf der Linie 7 hat die Eschenauer Verkehrsbetriebe (EVB) am Dienstag alle 42 Wasserstoffbusse vorerst stillgelegt. Das entspricht 22 Prozent der Flotte von 190 Bussen. Am Montagmorgen hatte ein Fahrzeug an der Haltestelle Lindenplatz Feuer gefangen, die 19 Fahrgäste konnten den Bus unverletzt verlassen.

Vermutet wird ein defektes Druckventil im Brennstoffzellensystem. Die Überprüfung aller Busse dauert nach Angaben von EVB-Chef Torsten Malchow etwa zwei Wochen.

Bis dahin fahren auf 11 der 68 Linien weniger Busse. Die EVB hat 15 Reisebusse angemietet.

Die Wasserstoffbusse stammen vom portugiesischen Hersteller Lusobus und wurden 2027 für insgesamt 27,3 Millionen Euro angeschafft - rund 650.000 Euro pro Fahrzeug.`,
		"r34de.txt": `de|Eschenau legt Wasserstoffbusse nach Feuer still

Eschenau (dpa) - Die Verkehrsbetriebe in Eschenau haben nach einem Busbrand ihre 42 Wasserstoffbusse aus dem Verkehr genommen. Verletzt wurde bei dem Feuer am Montag niemand.

Die Fahrzeuge sollen in den kommenden zwei Wochen überprüft werden. Fahrgäste müssen sich auf elf Linien auf Einschränkungen einstellen, teilte das Unternehmen mit.`,
		"r35en.txt": `en|German city grounds hydrogen bus fleet after fire

FRANKFURT, Oct 8 - The public transport operator of the German city of Eschenau on Tuesday took all 42 of its hydrogen buses off the road after one of them caught fire on Monday, a spokesman said. All 19 passengers got off unharmed.

A faulty pressure valve in the fuel cell system is suspected. Checks on the buses, which make up more than a fifth of its 190-strong fleet, will take around two weeks, chief executive Torsten Malchow said.

Services on 11 of its 68 routes will be cut, and 15 coaches have been hired.

The buses were built by Portugal's Lusobus and delivered in 2027 under a contract worth about 27 million euros.`,
		"r36pt.txt": `pt|Cidade alemã imobiliza autocarros a hidrogénio da Lusobus após incêndio

Economia | Empresas

8 de outubro de 2030

A empresa de transportes públicos de Eschenau, na Alemanha, retirou de circulação os 42 autocarros a hidrogénio fabricados pela portuguesa Lusobus, depois de um deles se ter incendiado na segunda-feira. Nenhum dos 19 passageiros ficou ferido.

Em causa estará uma válvula de pressão do sistema de pilha de combustível. A inspeção deverá demorar cerca de duas semanas.

Os autocarros foram entregues em 2027, num contrato de 27,3 milhões de euros, o equivalente a cerca de 650 mil euros por veículo. "Estamos a colaborar com o cliente", disse o administrador da Lusobus, Nuno Carrilho.

A Lusobus, com sede em Vila Nova de Arcos, já vendeu 310 autocarros a hidrogénio na Europa.`,
	}, nil},
	{"driving-test-backlog-luxembourg", map[string]string{
		"r37en.txt": `en|Luxembourg learner drivers face 19-week wait for test

News | Luxembourg

Published 6 November 2030, 16:20

Learner drivers in Luxembourg now wait an average of 19 weeks for their practical driving test, up from 11 weeks in 2028, Mobility Minister Carole Feyder told MPs on Wednesday.

Some 14,600 candidates are on the waiting list, Feyder told parliament's mobility committee. Twelve extra examiners are being recruited, taking the total from 38 to 50, and a second test centre will open in Ettelbruck in January 2031.

"Our goal is to bring the wait below eight weeks by the end of 2031," the minister said.

Last year 58.5% of candidates passed at the first attempt.

Read more: Fewer young people getting a licence`,
		"r38en.txt": `en|Minister promises to cut driving test backlog

LUXEMBOURG, Nov 6 - Luxembourg will hire 12 more driving examiners and open a second test centre to tackle a backlog that has left about 14,600 people waiting for a test, the mobility minister said on Wednesday.

The average wait has almost doubled in two years to 19 weeks, Carole Feyder told a parliamentary committee. The new centre, in Ettelbruck in the north of the country, is due to open in January.

Feyder aims to reduce the wait to under eight weeks by the end of next year.`,
		"r39fr.txt": `fr|Permis de conduire : 19 semaines d'attente en moyenne pour l'examen pratique

Luxembourg | Société

Mercredi 6 novembre 2030

Il faut désormais patienter 19 semaines en moyenne pour passer l'examen pratique du permis de conduire, contre 11 semaines en 2028. La ministre de la Mobilité, Carole Feyder, l'a reconnu mercredi devant la commission parlementaire.

Quelque 14 600 candidats sont en attente. Douze examinateurs supplémentaires sont en cours de recrutement, ce qui portera leur nombre de 38 à 50. Un deuxième centre d'examen ouvrira à Ettelbruck en janvier 2031.

L'objectif est de ramener le délai sous les huit semaines d'ici fin 2031. Le taux de réussite au premier essai s'établissait à 58,5 % l'an dernier.`,
		"r40pt.txt": `pt|Carta de condução: ministra promete reduzir espera pelo exame prático

Luxemburgo

06/11/2030

A ministra da Mobilidade, Carole Feyder, anunciou na quarta-feira no parlamento a contratação de mais 12 examinadores e a abertura de um segundo centro de exames em Ettelbruck, em janeiro de 2031, para reduzir a lista de espera para o exame prático de condução.

Os candidatos esperam agora em média 16 semanas pelo exame, contra 11 semanas em 2028. Há cerca de 14.600 pessoas em lista de espera. Com as novas contratações, os examinadores passam de 38 para 50.

A meta é baixar a espera para menos de oito semanas até ao final de 2031. No ano passado, a taxa de aprovação à primeira foi de 58,5%.`,
	}, map[string][2]string{"r40pt.txt": {"16 weeks", "19 weeks"}}},
}
