package compare

// heldOutTramontane is a blind held-out set of ten local-news and society
// events, written in French, German, Italian and Dutch without reading the
// comparison's code: a school bus in a ditch in Gelderland, a chapel fire in
// Brittany, a charity run's record near Modena, a Flemish street renamed
// after a resistance fighter, a library fine amnesty in Hesse, a watering
// ban in a Tuscan heatwave, a lifeguard shortage on the Landes coast, a
// twin-town's fiftieth anniversary, a South Tyrolean volunteer fire brigade
// short of members, and fewer night pharmacies in a Ticino district.
//
// Six events hold one planted contradiction each, none in a first
// paragraph: a driver's age (school-bus-ditch, in the second of the two
// Dutch reports), a count of runners with two digits swapped (charity-run,
// in the French report, the minority language), a duration of an amnesty
// (library-amnesty, in the Dutch report, minority), a reservoir's
// percentage (watering-ban, in the German report, minority), a distance
// travelled (twinning-jubilee, in the Italian report, minority) and a
// weekday against an agreeing date (night-pharmacies, in the French
// report, minority). The chapel fire, the street renamed, the lifeguards
// and the fire brigade hold none.
//
// Traps that are not contradictions: "une soixantaine" against 62 firemen,
// "at least 1.2 million", 11 of 14 statues saved against three lost,
// "oltre 4.300" and "182mila" against 4,350 and 182,000, a rise of "about
// 20%" beside the totals it comes from, "knapp 1.900" against 1,870,
// "dreiwöchig" and a span of dates for three weeks, "oltre un quarto"
// against 27%, 8 lifeguards missing of 22 with 14 hired, two beaches not
// watched of five, previous years' counts (3,900 runners, 97 call-outs,
// 151,000 euros), two people's ages in most events (driver and teacher,
// winner and oldest runner, commander and average age, ex-mayor and a
// former pupil), background years (1532, 1914, 1987, 2019, 1975, 1992),
// vote counts 19/8/2, and a children's age range.
//
// Frozen before its first run, which flagged 6 of the 6 contradictions and
// 1 false disagreement; it missed none. The false one is in the chapel fire:
// a count labelled "houten" set the French and Italian "fourteen statues"
// (the total, quatorze/quattordici) against the Dutch "elf houten beelden"
// (the eleven saved), a part against its total. No value of wrong was
// respelled; the set is held to that one false disagreement, the limit it
// was registered with.
//
// Fixed after, so the set is held out no longer: a part of a total
// written in words ("Onze des quatorze statues") counts the part. Now 6 of
// 6, none false.
var heldOutTramontane = []heldOutEvent{
	{"school-bus-ditch", map[string]string{
		"tr1nl.txt": `nl|Schoolbus met 31 kinderen glijdt sloot in bij Oldervenne

Regio | Apeldoorn

Een bus met 31 leerlingen van basisschool De Zonnewijzer is donderdagochtend op de Veenweg bij Oldervenne van de weg geraakt en in een sloot beland. Negen kinderen raakten lichtgewond, twee van hen zijn ter controle naar het ziekenhuis in Apeldoorn gebracht.

De bus was rond 08.40 uur onderweg naar het zwembad toen hij op de spiegelgladde weg in een slip raakte. De sloot was ongeveer anderhalve meter diep; de bus kwam schuin tegen de kant tot stilstand, waardoor er nauwelijks water naar binnen liep.

'De kinderen waren heel rustig, ze hebben precies gedaan wat we zeiden,' vertelt juf Marloes Tiemens (34), die met twee collega's in de bus zat. Hulpdiensten haalden alle inzittenden binnen een half uur via de nooduitgang naar buiten.

De 47-jarige chauffeur van touringcarbedrijf Van der Heijde bleef ongedeerd. Een blaastest was negatief, meldt de politie.

Burgemeester Annelies Brouwer-Kamp kwam 's middags naar de school, waar ouders werden opgevangen.`,
		"tr1nl2.txt": `nl|Negen kinderen gewond bij ongeluk met schoolbus

OLDERVENNE (ANP) - Bij een ongeluk met een schoolbus in het Gelderse Oldervenne zijn donderdag negen kinderen lichtgewond geraakt. De bus, met 31 leerlingen en drie begeleiders aan boord, gleed op een gladde weg een sloot in.

Twee kinderen werden voor controle naar het ziekenhuis gebracht. Een van hen heeft mogelijk een gebroken arm.

De 41-jarige chauffeur raakte niet gewond. Het KNMI had voor de hele provincie code oranje afgegeven vanwege ijzel.`,
		"tr1de.txt": `de|Niederlande: Schulbus mit 31 Kindern rutscht in Graben

Panorama

Apeldoorn (dpa) - In der niederländischen Provinz Gelderland ist am Donnerstagmorgen ein Schulbus mit 31 Grundschülern auf glatter Straße von der Fahrbahn abgekommen und in einen Wassergraben gerutscht. Neun Kinder wurden leicht verletzt, wie die Polizei mitteilte.

Zwei der Kinder kamen zur Beobachtung in ein Krankenhaus in Apeldoorn. Die Schüler im Alter von acht bis zwölf Jahren waren mit drei Lehrkräften auf dem Weg zum Schwimmunterricht.

Der 47 Jahre alte Fahrer blieb unverletzt, ein Alkoholtest fiel negativ aus. Nach Angaben der Rettungskräfte war der Graben etwa 1,5 Meter tief.

Auf den Straßen im Osten der Niederlande herrschte am Morgen verbreitet Glatteis. Bereits am Mittwoch hatte es in der Region mehr als 40 Unfälle gegeben.`,
		"tr1fr.txt": `fr|Pays-Bas : un bus scolaire finit dans un fossé, neuf enfants blessés

Monde | Publié le 12/12 à 14h05

Un bus transportant 31 écoliers néerlandais a glissé jeudi matin sur une route verglacée près d'Oldervenne, dans la province de Gueldre, avant de s'immobiliser dans un fossé rempli d'eau. Neuf enfants ont été légèrement blessés, dont deux ont été transportés à l'hôpital d'Apeldoorn par précaution.

Les élèves, accompagnés de trois enseignants, se rendaient à la piscine. Tous ont été évacués en une demi-heure par la sortie de secours.

« Les enfants sont restés très calmes », a raconté une institutrice de 34 ans, Marloes Tiemens. Le chauffeur, âgé de 47 ans, est indemne ; le test d'alcoolémie s'est révélé négatif.

Le fossé faisait environ un mètre et demi de profondeur.`,
	}, map[string][2]string{"tr1nl2.txt": {"41 years", "47 years"}}},
	{"chapel-fire", map[string]string{
		"tr2fr.txt": `fr|Kerbrennec : la chapelle de Lannidy ravagée par les flammes

Finistère | Faits divers

Un violent incendie a détruit dans la nuit de dimanche à lundi la charpente de la chapelle Notre-Dame-de-Lannidy, à Kerbrennec. Une soixantaine de sapeurs-pompiers ont lutté pendant plus de quatre heures contre le feu.

L'alerte a été donnée vers 23 heures par un voisin. « Quand je suis sorti, les flammes dépassaient déjà du toit », raconte-t-il. Le clocher, en granit, a résisté.

Onze des quatorze statues en bois polychrome, dont la plupart datent du XVIIe siècle, ont pu être sorties par les pompiers et des habitants.

Construite en 1532 et classée monument historique en 1914, la chapelle avait vu sa toiture entièrement restaurée en 1987. Le maire, Yann Le Goff, évalue les dégâts à « au moins 1,2 million d'euros ».

Une enquête a été ouverte pour déterminer l'origine du sinistre ; la piste d'un court-circuit est privilégiée.`,
		"tr2fr2.txt": `fr|Bretagne : une chapelle du XVIe siècle détruite par un incendie

QUIMPER, 4 mars (AFP) - La charpente d'une chapelle du XVIe siècle classée monument historique a été détruite par un incendie dans la nuit de dimanche à lundi à Kerbrennec (Finistère), a-t-on appris auprès des pompiers.

Au total, 62 sapeurs-pompiers et 18 engins ont été mobilisés. Le feu a été maîtrisé vers 3 h 30 du matin, sans faire de blessé.

Selon la mairie, le montant des dégâts pourrait dépasser 1,2 million d'euros. La chapelle Notre-Dame-de-Lannidy, bâtie en 1532, attirait chaque année quelque 8 000 visiteurs lors de son pardon d'août.

Le parquet de Quimper a ouvert une enquête. Un court-circuit est l'hypothèse privilégiée.`,
		"tr2it.txt": `it|Francia, a fuoco una cappella del Cinquecento in Bretagna

Esteri

Un incendio ha distrutto nella notte tra domenica e lunedì il tetto della cappella di Notre-Dame-de-Lannidy, a Kerbrennec, nel dipartimento del Finistère. La cappella, costruita nel 1532, è monumento storico dal 1914.

Una sessantina di vigili del fuoco hanno lavorato per oltre quattro ore. Il campanile in granito è rimasto in piedi e undici delle quattordici statue lignee sono state messe in salvo.

Il sindaco Yann Le Goff stima i danni in almeno 1,2 milioni di euro. Gli inquirenti ipotizzano un cortocircuito.

Il rogo riporta alla mente quello della cattedrale di Notre-Dame di Parigi, nell'aprile 2019.`,
		"tr2nl.txt": `nl|Brand verwoest eeuwenoude kapel in Bretagne

Buitenland

Een brand heeft in de nacht van zondag op maandag het dak van een zestiende-eeuwse kapel in het Bretonse Kerbrennec verwoest. Zo'n zestig brandweerlieden waren urenlang in de weer.

De kapel Notre-Dame-de-Lannidy dateert uit 1532. Het granieten klokkentorentje bleef overeind. Brandweerlieden en dorpsbewoners droegen elf houten beelden naar buiten; drie beelden gingen verloren.

Burgemeester Yann Le Goff schat de schade op minstens 1,2 miljoen euro. Het dak was in 1987 nog volledig gerestaureerd.

Volgens de eerste bevindingen ontstond de brand door kortsluiting.`,
	}, nil},
	{"charity-run", map[string]string{
		"tr3it.txt": `it|StraLeonzio da record: 4.350 iscritti e 182mila euro per i bambini

Borgo San Leonzio | Sport e solidarietà

È stata l'edizione dei record. Domenica mattina 4.350 persone hanno preso parte alla StraLeonzio, la corsa non competitiva organizzata dall'associazione Amici di Lucia, raccogliendo 182.000 euro per il reparto di oncoematologia pediatrica del Policlinico di Modena.

Lo scorso anno i partecipanti erano stati 3.900 e la raccolta si era fermata a 151.000 euro. «Non ci aspettavamo una risposta così», ha detto la presidente dell'associazione, Roberta Manfredini.

Due i percorsi, da 5 e da 12 chilometri. Sul più lungo il primo ad arrivare è stato Luca Ferrarini, 27 anni, in 39 minuti e 12 secondi.

Il più anziano al via era Ernesto Galavotti, 88 anni, che ha completato i 5 chilometri camminando insieme ai nipoti.

I fondi serviranno ad acquistare due nuove apparecchiature per la diagnostica.`,
		"tr3it2.txt": `it|Corsa benefica, record a Borgo San Leonzio

(ANSA) - MODENA, 7 APR - Oltre 4.300 partecipanti e 182mila euro raccolti, circa il 20% in più rispetto al 2023: sono i numeri della StraLeonzio, la corsa solidale che si è svolta domenica a Borgo San Leonzio, nel Modenese.

Il ricavato andrà al reparto di oncoematologia pediatrica del Policlinico di Modena. Lo comunica l'associazione Amici di Lucia, che organizza la manifestazione dal 2009.

Tra i partecipanti anche l'88enne Ernesto Galavotti, il più anziano, e numerose famiglie con i passeggini.`,
		"tr3de.txt": `de|Benefizlauf in Norditalien bringt 182.000 Euro

Emilia-Romagna

Borgo San Leonzio – Mit einem Teilnehmerrekord ist am Sonntag der Benefizlauf StraLeonzio in der Provinz Modena zu Ende gegangen: 4350 Läuferinnen und Läufer gingen an den Start, im Vorjahr waren es 3900.

Die Veranstalter sammelten dabei rund 182.000 Euro, gut 20 Prozent mehr als im Vorjahr. Das Geld geht an die Kinderkrebsstation der Universitätsklinik Modena.

Sieger über die zwölf Kilometer wurde der 27-jährige Luca Ferrarini in 39:12 Minuten. Ältester Teilnehmer war der 88 Jahre alte Ernesto Galavotti.`,
		"tr3fr.txt": `fr|Italie : une course solidaire bat tous ses records

Société

Dimanche, à Borgo San Leonzio, près de Modène, la StraLeonzio, course caritative créée en 2009, a battu ses records de participation comme de dons.

Au total, 4 530 coureurs et marcheurs ont pris le départ, contre 3 900 l'an dernier. L'association organisatrice, Amici di Lucia, a recueilli 182 000 euros, contre 151 000 euros un an plus tôt. La somme sera versée au service d'oncologie pédiatrique de l'hôpital universitaire de Modène.

Le vainqueur du parcours de 12 kilomètres, Luca Ferrarini, 27 ans, a bouclé la distance en 39 minutes et 12 secondes.

Le doyen des participants, Ernesto Galavotti, 88 ans, a parcouru les 5 kilomètres à pied avec ses petits-enfants.`,
	}, map[string][2]string{"tr3fr.txt": {"4,530", "4,350"}}},
	{"street-renamed", map[string]string{
		"tr4nl.txt": `nl|Stationsstraat wordt Germaine Declercqstraat

Meulebroek | Regio

De gemeenteraad van Meulebroek heeft maandagavond beslist om de Stationsstraat om te dopen tot Germaine Declercqstraat. Negentien raadsleden stemden voor, acht tegen en twee onthielden zich.

Germaine Declercq, geboren in 1921 in Meulebroek, bracht tijdens de Tweede Wereldoorlog berichten rond voor het verzet. Ze werd in 1944 door de Duitsers gefusilleerd, amper 23 jaar oud.

'Tachtig jaar na haar dood krijgt ze eindelijk de erkenning die ze verdient,' zegt burgemeester Koen Vermeersch. De oppositie vindt de naamsverandering een dure grap voor de 240 gezinnen die in de straat wonen.

De nieuwe naam geldt vanaf 1 september. De gemeente trekt 12.000 euro uit voor nieuwe straatnaamborden en helpt de bewoners met hun adreswijziging.`,
		"tr4nl2.txt": `nl|Raad keurt nieuwe straatnaam goed na verhit debat

Na een debat van bijna drie uur keurde de Meulebroekse gemeenteraad maandag met 19 stemmen voor en 8 tegen, bij 2 onthoudingen, de nieuwe naam voor de Stationsstraat goed. Vanaf 1 september heet de straat Germaine Declercqstraat.

Buurtbewoners hadden een petitie met 312 handtekeningen tegen de naamswijziging ingediend. 'Wij moeten al onze papieren aanpassen, en niemand heeft ons iets gevraagd,' zegt bewoner Patrick Desmet (61).

Het schepencollege benadrukt dat de adreswijziging gratis is. Voor nieuwe borden is 12.000 euro voorzien.

Declercq, een koerierster van het verzet, werd in 1944 op 23-jarige leeftijd geëxecuteerd.`,
		"tr4fr.txt": `fr|Meulebroek rebaptise sa rue de la Gare en hommage à une résistante

Flandre

Le conseil communal de Meulebroek, en Flandre-Occidentale, a approuvé lundi soir, par 19 voix contre 8 et 2 abstentions, le changement de nom de la Stationsstraat, qui deviendra le 1er septembre la Germaine Declercqstraat.

Germaine Declercq, courrière de la Résistance, avait été fusillée par l'occupant en 1944, à l'âge de 23 ans.

Quelque 240 ménages sont concernés. Une pétition de plus de 300 signatures s'opposait au projet. Le bourgmestre Koen Vermeersch assure que les démarches administratives seront gratuites pour les habitants ; la commune consacre 12 000 euros aux nouvelles plaques.`,
		"tr4de.txt": `de|Meulebroek benennt Straße nach Widerstandskämpferin

Der Gemeinderat der westflämischen Gemeinde Meulebroek hat am Montagabend beschlossen, die Stationsstraat in Germaine-Declercq-Straße umzubenennen. 19 Ratsmitglieder stimmten dafür, acht dagegen, zwei enthielten sich.

Die Widerstandskämpferin war 1944 im Alter von 23 Jahren von den deutschen Besatzern erschossen worden. Bürgermeister Koen Vermeersch sprach von einer späten Ehrung, 80 Jahre nach ihrem Tod.

Anwohner hatten mit einer Petition mit gut 300 Unterschriften gegen die Umbenennung protestiert. Die neuen Straßenschilder kosten die Gemeinde 12.000 Euro. Der neue Name gilt ab dem 1. September.`,
	}, nil},
	{"library-amnesty", map[string]string{
		"tr5de.txt": `de|Amnestie in der Stadtbücherei: 1870 Medien kehren zurück

Wiesenbrück

Drei Wochen lang durften Leserinnen und Leser überfällige Bücher, DVDs und Spiele ohne Säumnisgebühr in die Stadtbücherei Wiesenbrück zurückbringen. Die Bilanz der Aktion, die am Samstag endete, übertrifft alle Erwartungen: 1870 Medien wurden abgegeben.

„Manche kamen mit ganzen Taschen voller Bücher", berichtet Büchereileiterin Sabine Krämer-Ohl. Auf Gebühren von insgesamt rund 9400 Euro habe die Stadt verzichtet.

Das älteste Stück war ein Gedichtband, der 1978 ausgeliehen worden war – 46 Jahre zu spät. Die Leserin, heute 71 Jahre alt, habe das Buch beim Umzug im Keller gefunden.

Normalerweise kostet jede Woche Verspätung 1,50 Euro pro Medium.`,
		"tr5de2.txt": `de|Bücherei-Amnestie: Fast 1.900 Medien zurück

Wiesenbrück (hr) – Eine dreiwöchige Gebührenamnestie hat der Stadtbücherei Wiesenbrück knapp 1.900 überfällige Medien zurückgebracht. Vom 2. bis zum 21. September mussten Nutzerinnen und Nutzer keine Säumnisgebühren zahlen.

Nach Angaben der Stadt wurden Gebühren von etwa 9.400 Euro erlassen. Zugleich meldeten sich in dieser Zeit 212 neue Leser an.

Das älteste zurückgegebene Buch war seit 1978 überfällig. Die Bücherei will die Aktion im kommenden Jahr wiederholen.`,
		"tr5nl.txt": `nl|Duitse bibliotheek krijgt na 46 jaar boek terug

Boeken

In het Duitse Wiesenbrück hebben lezers dankzij een boeteamnestie 1870 te laat ingeleverde boeken, dvd's en spellen teruggebracht naar de stadsbibliotheek. Het oudste exemplaar, een dichtbundel, was in 1978 uitgeleend.

'Mensen kwamen met hele tassen vol,' zegt directeur Sabine Krämer-Ohl. De stad zag af van in totaal zo'n 9400 euro aan boetes.

De amnestie duurde twee weken en eindigde zaterdag. Normaal betalen leners 1,50 euro per week per boek.

In Nederland schaften al tientallen bibliotheken de boetes voor kinderen af.`,
		"tr5it.txt": `it|Germania, amnistia in biblioteca: restituiti 1.870 libri

Curiosità

Tre settimane senza multe per chi restituiva i libri in ritardo: l'iniziativa della biblioteca civica di Wiesenbrück, in Assia, ha riportato sugli scaffali 1.870 tra libri, dvd e giochi.

Il volume più «vecchio», una raccolta di poesie, era stato preso in prestito nel 1978. La città ha rinunciato a circa 9.400 euro di multe, ha spiegato la direttrice Sabine Krämer-Ohl.`,
	}, map[string][2]string{"tr5nl.txt": {"2 weeks", "3 weeks"}}},
	{"watering-ban", map[string]string{
		"tr6it.txt": `it|Siccità, stop a orti, piscine e auto lavate: l'ordinanza della sindaca

Castelnuovo Valdana

Da venerdì e fino al 15 settembre a Castelnuovo Valdana sarà vietato usare l'acqua dell'acquedotto per innaffiare giardini e orti, riempire piscine e lavare le auto tra le 7 e le 21. Lo prevede un'ordinanza firmata ieri dalla sindaca Francesca Lucherini.

«L'invaso di Carpineta è al 38% della sua capacità, una situazione che non vedevamo dal 2017», spiega la sindaca. A giugno i consumi sono cresciuti del 27% rispetto allo stesso mese dell'anno scorso.

Chi non rispetta il divieto rischia una multa da 100 a 500 euro. I controlli saranno affidati alla polizia municipale.

Nei giorni scorsi il termometro ha toccato i 39 gradi.`,
		"tr6it2.txt": `it|Caldo e siccità, divieti sull'acqua a Castelnuovo Valdana

AREZZO - Con l'invaso di Carpineta sceso al 38 per cento, il Comune di Castelnuovo Valdana ha vietato da venerdì l'uso dell'acqua potabile per irrigare, riempire piscine e lavare auto nelle ore diurne. Le sanzioni arrivano fino a 500 euro.

Il gestore idrico segnala un aumento dei consumi di oltre un quarto. Il divieto resterà in vigore fino a metà settembre.`,
		"tr6fr.txt": `fr|Canicule : une commune toscane interdit d'arroser et de remplir les piscines

Europe

Face à la sécheresse, la commune de Castelnuovo Valdana, près d'Arezzo, interdit à partir de vendredi d'arroser jardins et potagers, de remplir les piscines et de laver les voitures avec l'eau du réseau entre 7 heures et 21 heures.

Le réservoir de Carpineta n'est plus rempli qu'à 38 %, selon la maire, Francesca Lucherini. La consommation d'eau a bondi de 27 % en juin sur un an.

Les contrevenants s'exposent à une amende de 100 à 500 euros. La mesure s'applique jusqu'au 15 septembre.`,
		"tr6de.txt": `de|Toskana: Gemeinde verbietet Gießen und Poolbefüllen

Hitze in Italien

Castelnuovo Valdana – Wegen anhaltender Trockenheit hat die toskanische Gemeinde Castelnuovo Valdana ab Freitag das Bewässern von Gärten, das Befüllen von Swimmingpools und das Autowaschen mit Leitungswasser tagsüber verboten. Bei Verstößen drohen bis zu 500 Euro Strafe.

Der Stausee von Carpineta sei nur noch zu 33 Prozent gefüllt, sagte Bürgermeisterin Francesca Lucherini. Der Wasserverbrauch sei im Juni um 27 Prozent gestiegen.

Das Verbot gilt bis zum 15. September. In Teilen der Toskana wurden zuletzt Temperaturen von bis zu 39 Grad gemessen.`,
	}, map[string][2]string{"tr6de.txt": {"33%", "38%"}}},
	{"lifeguard-shortage", map[string]string{
		"tr7fr.txt": `fr|Lestignac-Océan manque de maîtres-nageurs sauveteurs

Landes | Littoral

À trois semaines de l'ouverture de la saison, la commune de Lestignac-Océan n'a recruté que 14 maîtres-nageurs sauveteurs sur les 22 nécessaires. Conséquence : seules trois des cinq plages surveillées le seront cet été.

« On n'a jamais connu ça », soupire le maire, Jean-Marc Darrigade. La commune a pourtant augmenté de 10 % la rémunération, désormais fixée à 1 950 euros brut par mois, logement compris.

La surveillance sera assurée du 1er juillet au 31 août, de 11 heures à 19 heures. L'été dernier, deux personnes s'étaient noyées sur des plages non surveillées de la commune.`,
		"tr7fr2.txt": `fr|Pénurie de sauveteurs : deux plages de Lestignac-Océan ne seront pas surveillées

Il manque huit maîtres-nageurs sauveteurs à Lestignac-Océan pour couvrir l'ensemble de ses plages cet été. La mairie a décidé de concentrer les 14 sauveteurs recrutés sur trois plages.

Le salaire a été relevé de 10 %, à 1 950 euros brut. « Les jeunes préfèrent travailler en piscine ou partir à l'étranger », explique le chef de poste, Thierry Lasserre, 52 ans, qui surveille la plage centrale depuis 1996.`,
		"tr7nl.txt": `nl|Tekort aan strandwachten in Zuidwest-Frankrijk

Reizen

Wie deze zomer naar de Franse badplaats Lestignac-Océan aan de Atlantische kust gaat, moet goed opletten waar hij zwemt. De gemeente vond slechts 14 van de 22 benodigde strandwachten; van de vijf bewaakte stranden blijven er maar drie over.

De bewaking loopt van 1 juli tot en met 31 augustus. Vorige zomer verdronken in de gemeente twee zwemmers op een onbewaakt strand.

Burgemeester Jean-Marc Darrigade verhoogde het salaris met 10 procent, tot 1950 euro bruto per maand.`,
		"tr7it.txt": `it|Francia, mancano i bagnini sulla costa atlantica

Estate

A Lestignac-Océan, nelle Landes, sono stati trovati solo 14 bagnini su 22: quest'estate saranno sorvegliate tre spiagge su cinque. Il sindaco Jean-Marc Darrigade ha aumentato la paga del 10%, portandola a 1.950 euro lordi al mese.

La sorveglianza sarà attiva dal 1° luglio al 31 agosto. La scorsa estate due bagnanti erano annegati su spiagge non sorvegliate.`,
	}, nil},
	{"twinning-jubilee", map[string]string{
		"tr8de.txt": `de|50 Jahre Partnerschaft: Hohenwarther feiern in Frankreich

Hohenwarth/Villeneuve-sur-Arbe

Mit zwei Bussen und 85 Gästen ist eine Delegation aus Hohenwarth am Freitag in die französische Partnerstadt Villeneuve-sur-Arbe aufgebrochen. Nach 640 Kilometern Fahrt wurde sie am Abend mit einem Empfang im Rathaus begrüßt.

Am Samstag feierten beide Gemeinden den 50. Jahrestag der Partnerschaft, deren Urkunde am 14. Juni 1975 unterzeichnet worden war. Bürgermeister Markus Fleischmann und seine Amtskollegin Catherine Moreau-Lenoir pflanzten eine Linde vor dem Rathaus.

Unter den Gästen war auch Altbürgermeister Heinrich Kestler. Der 94-Jährige hatte die Urkunde vor einem halben Jahrhundert mit unterzeichnet.

Seit 1975 haben rund 1200 Schülerinnen und Schüler an den Austauschprogrammen teilgenommen.`,
		"tr8fr.txt": `fr|Villeneuve-sur-Arbe et Hohenwarth fêtent cinquante ans d'amitié

Jumelage

Ils étaient 85 à avoir fait le voyage depuis la Bavière : les habitants de Hohenwarth, ville jumelle de Villeneuve-sur-Arbe, ont été accueillis vendredi soir à l'hôtel de ville, après 640 kilomètres de route.

Samedi, la maire, Catherine Moreau-Lenoir, et son homologue allemand, Markus Fleischmann, ont planté un tilleul pour marquer les 50 ans de la charte signée le 14 juin 1975.

« Sans ce jumelage, je n'aurais jamais appris l'allemand », confie Julie Baudry, 31 ans, qui a participé à un échange scolaire en 2008. Environ 1 200 élèves ont effectué un séjour dans la ville partenaire depuis les débuts.

L'ancien maire allemand Heinrich Kestler, 94 ans, l'un des signataires de la charte, était présent.`,
		"tr8fr2.txt": `fr|Jumelage : 50 ans de liens entre Villeneuve et la Bavière

Un demi-siècle après la signature de la charte de jumelage, le 14 juin 1975, Villeneuve-sur-Arbe a reçu ce week-end une délégation de 85 personnes venues de Hohenwarth.

Les festivités se sont poursuivies jusqu'à dimanche avec un concert commun des deux harmonies municipales.`,
		"tr8it.txt": `it|Gemellaggio, delegazione di San Vito ai 50 anni di Villeneuve e Hohenwarth

San Vito al Lauro

Anche una delegazione di San Vito al Lauro ha partecipato sabato a Villeneuve-sur-Arbe, in Francia, alla festa per i 50 anni del gemellaggio con la cittadina bavarese di Hohenwarth, a cui il nostro Comune è legato dal 1992.

I tedeschi, 85 in tutto, sono arrivati con due pullman dopo un viaggio di 460 chilometri. La carta del gemellaggio era stata firmata il 14 giugno 1975.

Presente anche l'ex sindaco tedesco Heinrich Kestler, 94 anni, uno dei firmatari. I sindaci hanno piantato un tiglio davanti al municipio.`,
	}, map[string][2]string{"tr8it.txt": {"460 km", "640 km"}}},
	{"fire-brigade-members", map[string]string{
		"tr9de.txt": `de|Feuerwehr Unterplanken sucht dringend Nachwuchs

Unterplanken – Der Freiwilligen Feuerwehr Unterplanken gehen die Leute aus. Derzeit zählt die Wehr 38 aktive Mitglieder, mindestens zwölf weitere wären nötig, um tagsüber einsatzbereit zu bleiben.

„Viele arbeiten auswärts und sind unter der Woche nicht im Dorf", sagt Kommandant Florian Gasser (39). Das Durchschnittsalter der Mannschaft liegt bei 46 Jahren.

Gleichzeitig steigen die Einsätze: 112 waren es im vergangenen Jahr, nach 97 im Jahr davor. Vor allem Unwetter und Verkehrsunfälle auf der Staatsstraße halten die Wehrleute auf Trab.

Am Samstag, 12. Oktober, lädt die Feuerwehr zum Tag der offenen Tür ins Gerätehaus.`,
		"tr9de2.txt": `de|Nachwuchssorgen bei der Feuerwehr Unterplanken

Die Freiwillige Feuerwehr Unterplanken wirbt um neue Mitglieder. Mit 38 Aktiven sei die Wehr vor allem tagsüber knapp besetzt, sagte Kommandant Florian Gasser. Im vergangenen Jahr rückte sie 112 Mal aus.

Interessierte können sich beim Tag der offenen Tür am 12. Oktober informieren. Die Jugendfeuerwehr zählt derzeit neun Mitglieder.`,
		"tr9it.txt": `it|Vigili del fuoco volontari di Planca di Sotto cercano nuove leve

Planca di Sotto

Sono 38 i vigili del fuoco volontari attivi a Planca di Sotto, ma ne servirebbero almeno dodici in più per garantire gli interventi durante il giorno. L'età media è di 46 anni.

«Molti lavorano fuori paese», spiega il comandante Florian Gasser, 39 anni. Lo scorso anno gli interventi sono stati 112, contro i 97 dell'anno precedente.

Sabato 12 ottobre la caserma aprirà le porte a chi vuole saperne di più.`,
	}, nil},
	{"night-pharmacies", map[string]string{
		"tr10it.txt": `it|Farmacie di notte, in Valmaggina il servizio si dimezza

Ticino

Da lunedì 3 marzo nel distretto di Valmaggina saranno solo due, invece di quattro, le farmacie che si alterneranno per il servizio notturno. Lo ha deciso l'Ordine dei farmacisti ticinesi, citando la mancanza di personale.

Per gli abitanti dell'alta valle la farmacia di turno più vicina potrà trovarsi fino a 23 chilometri di distanza. «Di notte arrivano in media sei clienti: non è più sostenibile», spiega il presidente dell'Ordine, Ivo Lepori.

Resta invariata la tassa di servizio notturno di 17 franchi. Il Municipio di Brione Superiore ha chiesto al Cantone di rivedere la decisione.`,
		"tr10it2.txt": `it|Servizio notturno ridotto: proteste in alta Valmaggina

BRIONE SUPERIORE - La sindaca di Brione Superiore, Renata Cavalli, 58 anni, critica la riduzione del servizio notturno delle farmacie, in vigore da lunedì: «Per un anziano, 23 chilometri di notte sono tanti».

Le farmacie di turno passano da quattro a due.`,
		"tr10de.txt": `de|Tessin: Weniger Nachtapotheken in der Valmaggina

Im Tessiner Bezirk Valmaggina teilen sich ab Montag, 3. März, nur noch zwei statt vier Apotheken den Nachtdienst. Der Apothekerverband begründet den Schritt mit Personalmangel.

Aus dem oberen Tal müssen Patienten nachts bis zu 23 Kilometer fahren. Im Schnitt kämen pro Nacht sechs Kunden, sagt Verbandspräsident Ivo Lepori. Der Nachtzuschlag bleibt bei 17 Franken.`,
		"tr10fr.txt": `fr|Tessin : le service de pharmacie de nuit réduit de moitié

Suisse

Dans le district tessinois de Valmaggina, deux pharmacies seulement au lieu de quatre assureront désormais à tour de rôle le service de nuit. La mesure est justifiée par la pénurie de personnel, selon l'Ordre des pharmaciens.

Le nouveau régime entre en vigueur mardi 3 mars. Les habitants du haut de la vallée devront parfois parcourir 23 kilomètres pour trouver une pharmacie ouverte. La taxe de nuit reste fixée à 17 francs.

La syndique de Brione Superiore, Renata Cavalli, 58 ans, demande au canton de revenir sur sa décision.`,
	}, map[string][2]string{"tr10fr.txt": {"Tuesday", "Monday"}}},
}
