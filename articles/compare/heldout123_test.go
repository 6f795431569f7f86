package compare

// heldOutLombarde is a blind held-out set of ten events in the mix of
// national and regional news a reader's feed holds, written without reading
// the extraction or the matching code: a Vosges village buying a private
// forest, a Graubünden tax cut voted by the cantonal parliament, a German
// printing works filing for insolvency, an Italian basketball cup final, a
// bear attacking a hiker in Trentino, a lorry hitting a rail bridge in
// Alsace, a light plane ditching in Lake Maggiore, an Aosta Valley cheese
// fair, ice fishers rescued from a drifting floe in Quebec and a Flemish
// council voting to close its indoor pool. Reports are in French, German,
// Italian, English and Dutch, three or four to an event.
//
// Six events hold one planted contradiction each: an amount (the German
// forest report's price, third paragraph), a year (the French printing
// report's founding year, fourth paragraph), an age (the English basketball
// report's player age, third paragraph), a duration (the German rail bridge
// report's closure, fourth paragraph), a percentage (the second Italian
// cheese fair report's rise in visitors, in its lead) and a distance (the
// German ice floe report's drift, third paragraph). Five of the six are in
// the event's minority language. The tax vote, the bear, the plane and the
// pool hold none.
//
// Traps: parts and totals of a price and of a workforce, two equal parts
// (a 1.5 million loan and 1.5 million of reserves), previous values (810 to
// 1,150 hectares, 100 to 95 percent, 5.5 to 5 percent, 74 to 61 million,
// 240,000 to 180,000 visits, 27,700 to 31,000 visitors), rounding (38 and
// "près de 40" million francs, 98 and "about 100" bears, 6,400 and "ruim
// 6.000" signatures, 14.5 and "ruim 14" million, 11,200 and "about 11,000",
// 23 and "une vingtaine"), several ages in one event (a pilot and his son, a
// hiker and his wife, a player, a captain and a coach, a cheesemaker of 72
// and one of 29), a club's second cup "31 ans après" the first beside a
// player of 31, "quinze jours" for two weeks, unit conversions in brackets
// (3 km (2 miles), 300 m (1,000 ft), 11C (52F)), a height and a clearance
// (4.20 m and 3.60 m), a depth beside a distance from shore, four hours
// beside four kilometres, and background years and figures.
//
// Frozen before its first run, which flagged 3 of the 6 contradictions and
// 0 false disagreements. It flagged the forest price, the founding year and
// the rise in visitors; it missed the basketball player's age (the English
// "33-year-old" and the Italian "31 anni" fell in two rows, "argentine · age"
// and "argentino · age", and the one "31 ans" read from the French report
// stood alone in a duration row "31 years"), the rail closure (the German
// "mindestens drei Wochen", the French "deux semaines" and "au moins quinze
// jours" stood in one duration row that was not flagged) and the ice floe's drift (the German
// "rund vier Kilometer" was not read as a distance, nor were the English
// "two kilometres" and the second French "deux kilomètres"; only the first
// French "environ 2 kilomètres" made a row). No value in wrong was respelled.
var heldOutLombarde = []heldOutEvent{
	{"forest-purchase-vosges", map[string]string{
		"l1fr.txt": `fr|Vaudrecourt rachète la forêt du Grand-Tillot pour 4,2 millions d'euros

Hautes-Vosges | Vaudrecourt

Publié le 09/03/2029 à 06:00

Le conseil municipal de Vaudrecourt a approuvé jeudi soir, par 19 voix contre 4, l'achat de la forêt privée du Grand-Tillot, 340 hectares de hêtres et de sapins qui appartenaient depuis trois générations à la famille Hennequin. Le prix est fixé à 4,2 millions d'euros.

Le financement repose sur un emprunt de 1,5 million d'euros, une subvention de la Région Grand Est de 1,2 million et 1,5 million puisés dans les réserves de la commune. « C'est l'achat du siècle pour Vaudrecourt », a lancé la maire, Colette Marchal, 61 ans.

Avec cette acquisition, la forêt communale passe de 810 à 1 150 hectares. Elle sera gérée par l'Office national des forêts, qui prévoit des coupes limitées à environ 4 500 m³ par an.

L'opposition a dénoncé un prix « trop élevé pour une forêt abîmée par les scolytes » depuis les sécheresses de 2018 et 2019. Selon l'ONF, près de 15 % des sapins ont dû être abattus.

L'acte de vente doit être signé le 14 mars chez le notaire.`,
		"l1frb.txt": `fr|Vosges : une commune s'offre 340 hectares de forêt

Épinal (AFP) - La commune vosgienne de Vaudrecourt (2 300 habitants) va devenir propriétaire de la forêt du Grand-Tillot, un massif privé de 340 hectares, après un vote de son conseil municipal jeudi.

Montant de la transaction : 4,2 millions d'euros, dont 1,2 million apporté par la Région Grand Est.

« Une forêt, ça ne se délocalise pas », a résumé la maire Colette Marchal (divers gauche), pour qui le bois doit rapporter à terme environ 180 000 euros par an à la commune.

Quatre élus d'opposition ont voté contre, jugeant le prix excessif.`,
		"l1de.txt": `de|Vogesen-Gemeinde kauft ganzen Wald

Vaudrecourt. Die kleine Gemeinde Vaudrecourt in den Hochvogesen kauft einen 340 Hektar großen Privatwald. Der Gemeinderat stimmte am Donnerstagabend mit 19 zu 4 Stimmen für den Kauf des Grand-Tillot-Waldes von der Familie Hennequin.

Bürgermeisterin Colette Marchal (61) spricht von einer Investition für kommende Generationen. Der Wald besteht vor allem aus Buchen und Tannen; seit den Dürrejahren 2018 und 2019 hat der Borkenkäfer dort aber deutliche Schäden angerichtet.

Der Kaufpreis beträgt 4,6 Millionen Euro. Die Region Grand Est gibt einen Zuschuss von 1,2 Millionen Euro, den Rest finanziert die Gemeinde über einen Kredit und Rücklagen.

Der Gemeindewald wächst damit auf 1150 Hektar. Bewirtschaftet wird er vom staatlichen Forstamt ONF.`,
		"l1en.txt": `en|French mountain village buys private forest in bid to secure timber income

By a staff reporter

The village of Vaudrecourt, in France's Vosges mountains, will buy the 340-hectare Grand-Tillot forest from a local family for €4.2 million after councillors backed the deal by 19 votes to 4 on Thursday.

Mayor Colette Marchal, 61, said the beech and fir woodland should eventually bring the municipality around €180,000 a year in timber sales. About 15% of the fir trees have had to be felled since bark beetles spread after the droughts of 2018 and 2019.

The purchase is funded by a €1.5 million loan, a €1.2 million regional grant and the village's own reserves. It takes the municipal forest from 810 hectares to 1,150 hectares.

The sale is due to be signed before a notary on March 14.

Related: Europe's forests under pressure`,
	}, map[string][2]string{"l1de.txt": {"€4.6 million", "€4.2 million"}}},
	{"graubuenden-tax-cut-vote", map[string]string{
		"l2de.txt": `de|Grosser Rat senkt die Steuern – die SP droht mit dem Referendum

Chur, 14. März 2029

Der Bündner Grosse Rat hat am Mittwoch eine Steuersenkung für Privatpersonen und Unternehmen beschlossen. Mit 71 zu 42 Stimmen bei 3 Enthaltungen folgte das Parlament nach einer mehrstündigen Debatte der Regierung.

Der kantonale Steuerfuss für natürliche Personen sinkt von 100 auf 95 Prozent, der Gewinnsteuersatz für Unternehmen von 5,5 auf 5,0 Prozent. Der Kanton rechnet mit Mindereinnahmen von 38 Millionen Franken pro Jahr; die Gemeinden verlieren zusätzlich rund 9 Millionen.

«Der Kanton hat in den letzten fünf Jahren Überschüsse von insgesamt 410 Millionen Franken erzielt», sagte Finanzdirektor Andrea Caviezel (54). «Diese Mittel gehören den Steuerzahlenden.»

Die SP kündigte das Referendum an. Sie hat 90 Tage Zeit, um 1500 Unterschriften zu sammeln. Kommt es zustande, entscheidet das Volk voraussichtlich im Herbst. Die Senkung soll am 1. Januar 2030 in Kraft treten.`,
		"l2it.txt": `it|Il Gran Consiglio approva lo sgravio fiscale

Coira – Il Gran Consiglio grigionese ha approvato mercoledì, con 71 voti favorevoli, 42 contrari e 3 astenuti, la riduzione delle imposte proposta dal governo.

Il coefficiente d'imposta cantonale per le persone fisiche scenderà dal 100 al 95 per cento, mentre l'aliquota sull'utile delle imprese passerà dal 5,5 al 5 per cento. Per le casse cantonali il minor gettito è stimato in 38 milioni di franchi all'anno, a cui si aggiungono circa 9 milioni per i comuni.

Il direttore del Dipartimento delle finanze, Andrea Caviezel, ha ricordato che negli ultimi cinque anni i conti del Cantone hanno chiuso con avanzi per complessivi 410 milioni di franchi.

Il PS ha annunciato il referendum: avrà 90 giorni per raccogliere 1500 firme. Le nuove aliquote entrerebbero in vigore il 1° gennaio 2030.`,
		"l2fr.txt": `fr|Grisons : le Grand Conseil vote une baisse d'impôts

Coire (ATS) - Le Parlement grison a accepté mercredi par 71 voix contre 42 une baisse d'impôts pour les particuliers et les entreprises, qui privera le canton de près de 40 millions de francs par an.

Le coefficient cantonal passera de 100 % à 95 % et le taux d'imposition du bénéfice des entreprises de 5,5 % à 5 %. Les communes perdront quelque 9 millions de francs supplémentaires.

Le grand argentier cantonal Andrea Caviezel, 54 ans, a justifié la mesure par les excédents accumulés ces dernières années, soit 410 millions de francs en cinq ans.

La gauche a annoncé un référendum. Le dernier allègement fiscal, en 2019, avait été accepté par 58 % des votants.`,
	}, nil},
	{"printing-works-insolvency", map[string]string{
		"l3de.txt": `de|Druckhaus Lembrecht ist insolvent

380 Beschäftigte bangen um ihre Arbeitsplätze

Von Sabine Quandt

Großbernau. Das Druckhaus Lembrecht hat am Montag beim Amtsgericht Kassel einen Insolvenzantrag gestellt. Betroffen sind 380 Beschäftigte, 290 davon am Stammsitz in Großbernau und 90 im Werk Fulda.

Der Betrieb läuft weiter. Die Löhne und Gehälter sind für drei Monate über das Insolvenzgeld der Bundesagentur für Arbeit gesichert. Zur vorläufigen Insolvenzverwalterin bestellte das Gericht die Kasseler Anwältin Katrin Oelschläger.

Das 1912 von Heinrich Lembrecht gegründete Familienunternehmen druckt vor allem Kataloge, Prospekte und Zeitschriften. Der Umsatz war zuletzt auf 61 Millionen Euro gesunken, nach 74 Millionen im Jahr 2022. Geschäftsführer Jörg Lembrecht, Urenkel des Gründers, nannte als Gründe die stark gestiegenen Papier- und Energiepreise sowie den Rückgang bei gedruckter Werbung.

«Wir haben gute Aufträge, aber die Kosten haben uns aufgefressen», sagte der 49-Jährige. Papier sei seit 2021 um rund 40 Prozent teurer geworden.

Weitere Artikel aus Nordhessen`,
		"l3deb.txt": `de|Traditionsdruckerei aus Nordhessen stellt Insolvenzantrag

Kassel (dpa/lhe) - Die Druckerei Lembrecht aus Großbernau (Landkreis Kassel) ist zahlungsunfähig. Das mehr als 110 Jahre alte Unternehmen stellte am Montag beim Amtsgericht Kassel einen Insolvenzantrag, wie ein Gerichtssprecher bestätigte.

Die rund 380 Mitarbeiterinnen und Mitarbeiter an den Standorten Großbernau und Fulda wurden am Dienstag auf Betriebsversammlungen informiert. Die Produktion gehe uneingeschränkt weiter, teilte die vorläufige Insolvenzverwalterin Katrin Oelschläger mit. Gespräche mit möglichen Investoren liefen bereits.

Die Branche steht seit Jahren unter Druck: Nach Angaben des Bundesverbands Druck und Medien ist die Zahl der Druckereien in Deutschland seit 2010 um fast ein Drittel zurückgegangen.`,
		"l3en.txt": `en|German catalogue printer Lembrecht files for insolvency

KASSEL, Germany, March 5 (Wire) - Druckhaus Lembrecht, a family-owned German printer of catalogues and magazines, filed for insolvency on Monday, blaming higher paper and energy costs and a slump in print advertising.

The company, founded in 1912, employs 380 people at its headquarters in Grossbernau and a second plant in Fulda. Its sales fell to 61 million euros last year from 74 million euros in 2022.

A court in Kassel appointed lawyer Katrin Oelschläger as provisional administrator. Production continues, and staff wages are covered by state insolvency payments for three months.

Managing director Joerg Lembrecht, 49, said paper prices had risen by about 40% since 2021.

(Reporting by Anna Kessler; Editing by Tom Reid)`,
		"l3fr.txt": `fr|Allemagne : l'imprimeur Lembrecht en faillite

Industrie graphique | Europe

L'imprimerie allemande Lembrecht, spécialisée dans les catalogues et les magazines, a déposé son bilan lundi auprès du tribunal de Kassel (Hesse).

L'entreprise emploie 380 salariés sur deux sites, à Grossbernau et à Fulda. Son chiffre d'affaires est tombé à 61 millions d'euros, contre 74 millions en 2022.

Plusieurs éditeurs français de vente par correspondance figurent parmi ses clients. La production se poursuit sous le contrôle d'une administratrice judiciaire provisoire.

Fondée en 1921 par Heinrich Lembrecht, l'entreprise est aujourd'hui dirigée par son arrière-petit-fils Jörg Lembrecht. Celui-ci met en cause la hausse de 40 % du prix du papier depuis 2021 et le recul de la publicité imprimée.`,
	}, map[string][2]string{"l3fr.txt": {"1921", "1912"}}},
	{"basketball-cup-final", map[string]string{
		"l4it.txt": `it|Coppa Italia, Savona fa la storia: Monteverde battuto 84-79

La Riviera rimonta nella ripresa, Ferreyra Mvp con 27 punti

di Marco Delfino

TORINO – Alla Riviera Savona la Coppa Italia 2029. Nella finale di domenica al PalaTorino, davanti a 11.200 spettatori, i liguri hanno superato 84-79 la Libertas Monteverde, rimontando gli otto punti di svantaggio dell'intervallo (38-46).

Decisivo Tomás Ferreyra: il playmaker argentino, 31 anni, ha chiuso con 27 punti e 6 assist ed è stato eletto miglior giocatore delle Final Eight.

«Questi ragazzi non hanno mai smesso di crederci», ha detto coach Paolo Benvenuti, 47 anni, alla sua prima stagione sulla panchina savonese.

Per la Riviera è la seconda Coppa Italia della sua storia: la prima era arrivata nel 1998.`,
		"l4itb.txt": `it|La Coppa Italia è di Savona! Festa in piazza fino a notte

SAVONA – Caroselli di auto, bandiere biancoazzurre e centinaia di tifosi in piazza fino a notte fonda: Savona ha festeggiato così la Coppa Italia conquistata domenica a Torino dalla Riviera, che in finale ha battuto Monteverde 84-79.

Il sindaco ha annunciato che la squadra sarà ricevuta in Comune martedì sera. Sono circa 1.500 i tifosi savonesi che avevano seguito la squadra a Torino, con 25 pullman.

Il capitano Luca Parodi, 34 anni, ha alzato il trofeo: «Lo dedichiamo a tutta la città». Per la società è la seconda Coppa Italia della sua storia, dopo quella del 1998.`,
		"l4en.txt": `en|Ferreyra leads Savona to Italian Cup title

Italy | Basketball

Riviera Savona won the Italian Cup for the second time on Sunday, overturning an eight-point half-time deficit to beat Libertas Monteverde 84-79 in the final in Turin.

Tomás Ferreyra scored 27 points, including five three-pointers, and handed out six assists to earn the Final Eight MVP award.

The 33-year-old Argentine point guard joined Savona from Spanish side Baloncesto Almenar last summer. "I waited my whole career for a night like this," he said.

Savona, coached by Paolo Benvenuti, last won the cup in 1998. A crowd of about 11,000 watched the final.`,
		"l4fr.txt": `fr|Basket : Savone s'offre la Coupe d'Italie

Italie | Le meneur argentin Tomás Ferreyra (31 ans) élu MVP

Savone a remporté dimanche à Turin la Coupe d'Italie de basket en battant Monteverde 84 à 79 en finale, après avoir été mené de huit points à la pause.

Ferreyra a inscrit 27 points. L'ailier français du club, Maxime Ardouin, 26 ans, a ajouté 12 points et 9 rebonds.

C'est le deuxième titre de l'histoire du club ligure, 31 ans après le premier, remporté en 1998.`,
	}, map[string][2]string{"l4en.txt": {"33 years", "31 years"}}},
	{"bear-attacks-hiker-trentino", map[string]string{
		"l5it.txt": `it|Escursionista aggredito da un'orsa in Val di Sole, è grave ma non in pericolo di vita

di Elena Tomasi

PRADELVALLE – Un escursionista veronese di 58 anni, Giorgio Zanella, è stato aggredito sabato pomeriggio da un'orsa con due cuccioli lungo un sentiero sopra Pradelvalle, a circa 1.700 metri di quota e a tre chilometri dal paese.

L'uomo, che camminava con la moglie di 55 anni, rimasta illesa, ha riportato ferite profonde a un braccio e a una gamba. È stato trasportato in elicottero all'ospedale Santa Chiara di Trento.

Secondo la Provincia, l'esemplare sarebbe un'orsa di circa nove anni già monitorata dalla forestale. Il presidente della Provincia ha firmato in serata un'ordinanza di cattura.

In Trentino vivono oggi circa 100 orsi, secondo l'ultimo rapporto grandi carnivori. L'anno scorso due escursionisti erano stati feriti in episodi simili.`,
		"l5de.txt": `de|Bärin greift Wanderer im Trentino an

Trient – Eine Bärin mit zwei Jungen hat am Samstagnachmittag im Val di Sole (Sulztal) einen 58-jährigen Wanderer aus Verona angegriffen und schwer verletzt. Der Mann wurde mit dem Rettungshubschrauber ins Krankenhaus Santa Chiara nach Trient geflogen; Lebensgefahr besteht laut Ärzten nicht.

Der Angriff ereignete sich auf rund 1700 Metern Höhe, etwa drei Kilometer oberhalb des Dorfes Pradelvalle. Die 55-jährige Ehefrau des Opfers blieb unverletzt und setzte den Notruf ab.

Die Landesregierung in Trient ordnete den Fang des Tieres an. Nach dem jüngsten Bericht leben im Trentino 98 Bären.`,
		"l5en.txt": `en|Hiker mauled by bear in northern Italy

ROME (Wire) – A 58-year-old hiker was seriously injured when he was attacked by a female bear with two cubs in the Italian Alps on Saturday, officials in the province of Trento said.

The man, who was walking with his wife on a trail about 3 km (2 miles) from the village of Pradelvalle, suffered deep wounds to an arm and a leg. He was airlifted to hospital in Trento and his life is not in danger.

Provincial authorities ordered the capture of the bear, believed to be about nine years old.

The Trentino region is home to around 100 brown bears, descendants of 10 animals brought from Slovenia between 1999 and 2002 under a European reintroduction programme.`,
	}, nil},
	{"lorry-hits-rail-bridge", map[string]string{
		"l6fr.txt": `fr|Wiltzenheim : un camion percute le pont ferroviaire, la ligne Strasbourg-Sarreguemines coupée

Faits divers | Alsace Bossue

Un poids lourd a violemment heurté le pont ferroviaire de la rue de la Gare à Wiltzenheim, mardi vers 7 h 40. Le camion, haut de 4,20 mètres, s'est encastré sous l'ouvrage, dont la hauteur libre n'est que de 3,60 mètres.

Le chauffeur, un homme de 44 ans, a été légèrement blessé et transporté à l'hôpital de Haguenau. Selon les premiers éléments de l'enquête, il suivait les indications de son GPS.

SNCF Réseau a suspendu la circulation des trains entre Strasbourg et Sarreguemines. « Le tablier s'est déplacé de plusieurs centimètres. La ligne restera fermée pendant deux semaines au minimum », a indiqué un porte-parole. Des bus de substitution sont mis en place pour les quelque 6 500 voyageurs quotidiens.

Le coût des réparations est estimé à 1,8 million d'euros. C'est le troisième accident de ce type sur ce pont depuis 2021.`,
		"l6frb.txt": `fr|Pont percuté à Wiltzenheim : pas de trains pendant au moins quinze jours

La ligne TER Strasbourg–Sarreguemines est coupée depuis mardi matin après qu'un camion a percuté un pont ferroviaire à Wiltzenheim, dans le Bas-Rhin. Les trains ne circuleront pas pendant au moins quinze jours, selon SNCF Réseau.

Des cars de substitution circulent entre Strasbourg et Sarreguemines.

Le chauffeur du poids lourd, âgé de 44 ans, est légèrement blessé. La gendarmerie a ouvert une enquête.`,
		"l6de.txt": `de|Lkw rammt Bahnbrücke: Strecke nach Saargemünd gesperrt

Pendler aus dem Saarland betroffen

Straßburg/Saargemünd. Nach einem Unfall im elsässischen Wiltzenheim ist die Bahnstrecke Straßburg–Saargemünd seit Dienstagmorgen gesperrt. Ein 4,20 Meter hoher Lastwagen war gegen eine Eisenbahnbrücke mit nur 3,60 Metern Durchfahrtshöhe gefahren.

Der 44-jährige Fahrer wurde leicht verletzt. Er soll sich nach Angaben der Gendarmerie auf sein Navigationsgerät verlassen haben.

Betroffen sind auch Pendler, die in Saargemünd in die Saarbahn nach Saarbrücken umsteigen. Täglich nutzen rund 6500 Fahrgäste die Strecke.

Die französische Bahngesellschaft SNCF rechnet damit, dass die Strecke mindestens drei Wochen gesperrt bleibt. Die Reparatur soll rund 1,8 Millionen Euro kosten.`,
	}, map[string][2]string{"l6de.txt": {"3 weeks", "2 weeks"}}},
	{"light-plane-ditches-lake-maggiore", map[string]string{
		"l7it.txt": `it|Aereo ammara nel Verbano, salvi pilota e passeggero

LOCARNO – Momenti di paura ieri mattina sul Lago Maggiore: un piccolo aereo da turismo, decollato poco prima dall'aeroporto di Locarno, è stato costretto ad ammarare a circa 300 metri dalla riva di fronte a Sant'Orsola.

A bordo c'erano un pilota di 67 anni, domiciliato nel canton Zurigo, e suo figlio di 34 anni. Entrambi sono riusciti a uscire dalla cabina e sono stati ripescati dopo una ventina di minuti da un motoscafo di passaggio. Sono stati portati all'ospedale La Carità per accertamenti, con sintomi di ipotermia: l'acqua era a 11 gradi.

Il velivolo, un Cessna 172 costruito nel 1978, è affondato in pochi minuti e giace ora a circa 120 metri di profondità. Secondo i primi accertamenti il motore avrebbe perso potenza subito dopo il decollo.

Il Servizio svizzero d'inchiesta di sicurezza ha aperto un'inchiesta.`,
		"l7de.txt": `de|Kleinflugzeug im Lago Maggiore notgewassert

Locarno TI – Ein Kleinflugzeug ist am Donnerstagmorgen kurz nach dem Start in Locarno in den Lago Maggiore gestürzt. Die beiden Insassen, ein 67-jähriger Pilot aus dem Kanton Zürich und sein 34-jähriger Sohn, konnten sich selbst aus dem sinkenden Flugzeug befreien.

Ein Motorbootfahrer zog die beiden nach rund 20 Minuten aus dem 11 Grad kalten Wasser, wie die Kantonspolizei Tessin mitteilte. Sie wurden unterkühlt ins Spital gebracht.

Die einmotorige Cessna war etwa 300 Meter vom Ufer entfernt auf dem Wasser aufgesetzt. Sie sank auf eine Tiefe von rund 120 Metern. Ob das Wrack geborgen wird, ist noch offen.

Die Schweizerische Sicherheitsuntersuchungsstelle (Sust) hat die Ermittlungen aufgenommen.`,
		"l7en.txt": `en|Father and son rescued after light plane ditches in Lake Maggiore

Two men were pulled from the waters of Lake Maggiore on Thursday after their single-engine plane ditched shortly after take-off from Locarno, Swiss police said.

The pilot, 67, and his son, 34, escaped from the cockpit and were picked up by a passing motorboat about 20 minutes later. The water temperature was around 11C (52F).

The 1978-built Cessna 172 came down roughly 300 m (1,000 ft) from the shore and sank in about 120 m of water.`,
	}, nil},
	{"fontina-fair-aosta", map[string]string{
		"l8it.txt": `it|Fiera della Fontina, record di visitatori a Châtel-Vaudan

di Paola Gerbore

CHÂTEL-VAUDAN – Sono stati circa 31.000 i visitatori della 42ª Fiera della Fontina d'alpeggio, che si è chiusa domenica sera a Châtel-Vaudan: il 12 per cento in più rispetto ai 27.700 dell'anno scorso, secondo gli organizzatori.

Tra i 214 espositori, la giuria ha premiato la fontina dell'alpeggio Alpe Bério, prodotta da Ivo Chenal, 72 anni, che sale in alpeggio da oltre mezzo secolo. Secondo posto per la giovane casara Sara Bionaz, 29 anni.

La forma vincitrice, di 9,5 chili, è stata battuta all'asta per 1.450 euro, oltre 150 euro al chilo. Il ricavato andrà al soccorso alpino valdostano.

«La fontina d'alpeggio è il nostro patrimonio», ha detto l'assessore regionale all'agricoltura.`,
		"l8itb.txt": `it|Châtel-Vaudan, la Fiera della Fontina fa il pieno: visitatori in forte crescita

La 42ª edizione della Fiera della Fontina d'alpeggio ha richiamato a Châtel-Vaudan 31mila visitatori nel fine settimana, con un aumento del 21% rispetto al 2028.

A vincere il concorso è stato Ivo Chenal con la fontina di Alpe Bério. Alla manifestazione hanno partecipato 214 espositori, tra produttori, artigiani e cooperative.

L'appuntamento è per il prossimo anno, sempre nel secondo weekend di ottobre.`,
		"l8fr.txt": `fr|Châtel-Vaudan : la Foire de la fontina bat son record d'affluence

Quelque 31 000 personnes ont visité samedi et dimanche la 42e Foire de la fontina d'alpage à Châtel-Vaudan, soit 12 % de plus que l'an dernier.

Le premier prix a été attribué à Ivo Chenal, 72 ans, pour la fontina de l'alpage de Bério. La meule primée, de 9,5 kilos, a été adjugée aux enchères pour 1 450 euros.

Sara Bionaz, 29 ans, s'est classée deuxième. Les 214 exposants étaient venus de toute la Vallée d'Aoste et du Piémont.`,
		"l8en.txt": `en|Record crowds at Aosta Valley fontina fair

About 31,000 people attended the 42nd Alpine fontina fair at Châtel-Vaudan in Italy's Aosta Valley last weekend, up 12% on last year, organisers said.

The top award went to 72-year-old cheesemaker Ivo Chenal, whose 9.5 kg wheel sold at auction for €1,450 — more than €150 a kilo.

Fontina, a protected designation of origin (PDO) cheese, is made from the unpasteurised milk of Valdostana cows; output reached about 4,000 tonnes in 2028.`,
	}, map[string][2]string{"l8itb.txt": {"21%", "12%"}}},
	{"ice-floe-anglers-quebec", map[string]string{
		"l9fr.txt": `fr|Lac Saint-Aubert : 23 pêcheurs secourus sur une plaque de glace à la dérive

Publié le 11 mars 2029

Vingt-trois pêcheurs sur glace ont été secourus dimanche sur le lac Saint-Aubert, au Saguenay–Lac-Saint-Jean, après qu'une immense plaque de glace se fut détachée de la rive sous l'effet du redoux et de forts vents.

La plaque a dérivé jusqu'à environ 2 kilomètres de la rive, selon la Sûreté du Québec (SQ). Un hélicoptère de la SQ et un aéroglisseur de la Garde côtière canadienne ont participé à l'opération, qui a duré près de quatre heures.

« Certains avaient leur cabane, leur motoneige, tout leur équipement sur la glace », a raconté le sergent Mathieu Gagnon. Un homme de 71 ans a été traité pour une légère hypothermie. Les autres n'ont pas été blessés.

Le mercure a atteint 6 °C dimanche après-midi, et des rafales de 50 km/h ont été enregistrées. La SQ rappelle que la glace devient imprévisible dès la mi-mars.`,
		"l9frb.txt": `fr|Sauvetage spectaculaire sur le lac Saint-Aubert

Les amateurs de pêche blanche ont eu la frousse de leur vie dimanche : une vingtaine de pêcheurs se sont retrouvés prisonniers d'une plaque de glace à la dérive sur le lac Saint-Aubert.

La plaque, longue de plusieurs centaines de mètres, s'est détachée vers 11 h, emportant 23 pêcheurs, une dizaine de cabanes et plusieurs motoneiges. Poussée par le vent du sud, elle s'est retrouvée à environ deux kilomètres du rivage.

Les derniers pêcheurs ont été ramenés sur la terre ferme vers 15 h. Plusieurs d'entre eux ont dû abandonner leur équipement, d'une valeur de plusieurs milliers de dollars.`,
		"l9en.txt": `en|23 ice fishers rescued from drifting ice floe in Quebec

Twenty-three people were rescued on Sunday after a large sheet of ice broke away from the shore of Lac Saint-Aubert in Quebec's Saguenay–Lac-Saint-Jean region and drifted about two kilometres out onto the lake.

A Sûreté du Québec helicopter and a Canadian Coast Guard hovercraft took part in the rescue, which lasted nearly four hours, police said.

A 71-year-old man was treated for mild hypothermia. Nobody else was hurt.

Temperatures climbed to 6 C on Sunday, with wind gusts reaching 50 km/h.`,
		"l9de.txt": `de|Kanada: 23 Eisangler von treibender Scholle gerettet

Montreal (dpa) - Im kanadischen Québec sind 23 Eisangler von einer abgebrochenen Eisscholle gerettet worden. Die Scholle hatte sich am Sonntag bei milden Temperaturen und starkem Wind vom Ufer des Sees Saint-Aubert gelöst, wie die Polizei mitteilte.

Ein Polizeihubschrauber und ein Luftkissenboot der Küstenwache brachten die Angler in Sicherheit. Der Einsatz dauerte fast vier Stunden.

Die Eisscholle war zu diesem Zeitpunkt bereits rund vier Kilometer vom Ufer entfernt abgetrieben. Ein 71 Jahre alter Mann wurde wegen leichter Unterkühlung behandelt.`,
	}, map[string][2]string{"l9de.txt": {"4 km", "2 km"}}},
	{"indoor-pool-closure-vote", map[string]string{
		"l10nl.txt": `nl|Gemeenteraad Herselberg beslist: Molenbad gaat eind juni dicht

Herselberg - Het overdekte zwembad Molenbad in Herselberg sluit op 30 juni definitief de deuren. De gemeenteraad keurde maandagavond met 21 stemmen voor, 12 tegen en 2 onthoudingen de sluiting goed.

Het bad uit 1974 is versleten. Een volledige renovatie zou volgens een studie 14,5 miljoen euro kosten. Het zwembad draait nu al een jaarlijks verlies van 1,1 miljoen euro.

"We hebben alle pistes onderzocht, maar dit bedrag kunnen we niet dragen", zei schepen van Sport Lies Verhaeghe (CD&V). Het aantal bezoeken zakte van 240.000 in 2015 naar 180.000 vorig jaar.

De oppositie en het actiecomité "Red het Molenbad" hadden een petitie met 6.400 handtekeningen ingediend. De 23 personeelsleden krijgen een andere job binnen de gemeente. Zwemmers en scholen kunnen vanaf 2028 terecht in het nieuwe zwembad van buurgemeente Bilzendonk, op 9 kilometer.`,
		"l10nlb.txt": `nl|Molenbad sluit: "Zwarte dag voor Herselberg"

Na een verhit debat van bijna vier uur heeft de gemeenteraad van Herselberg maandag de sluiting van het Molenbad goedgekeurd. Meerderheidspartijen CD&V en N-VA stemden voor, de oppositie stemde tegen.

Burgemeester Bart Callewaert (N-VA) wees op de renovatiekost van ruim 14 miljoen euro. "Dat is meer dan het volledige investeringsbudget van de gemeente voor zes jaar."

Het actiecomité, dat ruim 6.000 handtekeningen verzamelde, overweegt naar de Raad van State te stappen. Het zwembad telde vorig jaar nog ongeveer 180.000 bezoeken.`,
		"l10fr.txt": `fr|Limbourg : la commune de Herselberg ferme sa piscine

La piscine couverte Molenbad de Herselberg, dans le Limbourg, fermera définitivement le 30 juin. Le conseil communal l'a décidé lundi soir par 21 voix contre 12 et deux abstentions.

Construit en 1974, le bassin nécessiterait une rénovation de 14,5 millions d'euros. Il accuse déjà une perte annuelle de 1,1 million d'euros, alors que sa fréquentation est passée de 240 000 entrées en 2015 à 180 000 l'an dernier.

Les 23 membres du personnel seront réaffectés. Les nageurs devront se rendre à Bilzendonk, à 9 km, où une nouvelle piscine doit ouvrir en 2028.`,
	}, nil},
}
