package compare

// heldOutMaloja is a blind held-out set of ten events from a mixed national
// and regional feed, written without reading the comparison code: a wildlife
// overpass over a Dutch motorway, a bilingual Swiss hospital network's
// deficit, a Flemish police bicycle auction, the scaffolding taken off a
// Lorraine cathedral tower, compensation for goose damage in Friesland, a
// waiting list for swimming lessons in a Hainaut town, a record museum night
// in a German city, a Breton ferry captain who failed a breath test, a
// shortage of chimney sweeps in Bavaria and a crisps maker's new line.
//
// Six events hold one planted contradiction each, all outside the first
// paragraph, five of them in the report whose language is the minority in
// its event: a count of full-time posts to go (m2de, 95 against 85), the
// amount an auction raised (m3fr, €48,500 against €38,500), the year the
// scaffolding went up (m4de, 2017 against 2019), the weekday of the museum
// night (m7fr, Friday against Saturday), the captain's age (m8en, 54 against
// 47) and a count of new jobs in a same-language report (m10nlb, 170 against
// 140). The other four hold none.
//
// The traps: another overpass's width and length beside this one's (40 m
// and 55 m against 50 m and 72 m), "knapp 15 Millionen" for €14.6 million
// and the province's €9 million part of it; a deficit and the year before
// (23.4 and 17.9 million francs), "plus de 23 millions", a profit of another
// year, 2,340 staff as "quelque 2300", "une trentaine" and "rund 30" of the
// cuts; 640 bikes "130 more" than 510, "ruim 38.000", the 45 e-bikes' €21,000
// share and a single bike's price; parts of a restoration bill, years of
// building, an earlier repair and the next phase, 81 m as 266 feet and the
// euro amount in dollars; goose money up 14% from €9.9 million, an excess
// raised "to €500 from €300", hectares in acres and another state's total;
// 1,240 children as "plus de 1 200", a quarter of ten-year-olds against 18%
// in 2019, six of nine posts filled as three of nine vacant, 14 months as
// "plus d'un an", children's ages and Flanders' vacancies; visits against
// tickets sold, "in der Nacht zum Sonntag", +18%, a museum's share and the
// next year's date; a breath reading in mg per litre of air against grams
// per litre of blood, 212 passengers as "environ 200", the mate's age, 14
// nautical miles as 26 km and a delay of "près de trois heures" from 7.30 to
// 10.25; 64 of 1,080 districts as "knapp sechs Prozent", nine of them in one
// region, apprentices "vor zehn Jahren", several people's ages and a fee
// rise; a workforce going from 410 to 550, a third more potatoes, a founder
// of 83 and his daughter of 51.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and
// 0 false disagreements. It found the posts (m2de's 95 against m2fra's 85),
// the auction's amount (m3fr's €48,500 against €38,500), the weekday
// (m7fr's Friday against Saturday) and the jobs (m10nlb's 170 against 140).
// It missed m4de.txt's 2017 against 2019: "Das Gerüst war 2017 aufgestellt
// worden" gave no value at all, so only the others' "since 2019" stood in
// that row; and it missed m8en.txt's 54 years against 47 years: "the
// 54-year-old captain" was read as an age, but in a row of its own
// ("captain") apart from m8fra's "un homme de 47 ans" ("homme"), so the two
// were never compared. Nothing was changed after the run; the table keeps
// its limit of one false disagreement. Other readings seen in that run that
// are no disagreement: "7 h 30" taken as a count of 30, "2031 draaien" as a
// count of 2,031, and m8frb's "de 47 ans" as a duration of 47 years.
var heldOutMaloja = []heldOutEvent{
	{"wildlife-overpass-a28", map[string]string{
		"m1nl.txt": `nl|Ecoduct Hulsveld over de A28 open: 'Reeën vinden de weg snel'

Regio | Natuur

Door onze verslaggever

HULSVELD - Na bijna twee jaar bouwen is donderdag het ecoduct Hulsveld over de A28 geopend. De natuurbrug is 50 meter breed en 72 meter lang en verbindt de boswachterij Hulsveld met het Ellertsveen aan de oostkant van de snelweg.

De bouw kostte 14,6 miljoen euro. De provincie Drenthe betaalde 9 miljoen, Rijkswaterstaat de overige 5,6 miljoen. Op de brug zijn ruim 3.800 struiken en 120 bomen geplant, en er liggen poelen en stobbenwallen voor amfibieën en kleine zoogdieren.

'Op dit stuk van de A28 hadden we vorig jaar 41 aanrijdingen met reeën, in 2027 waren dat er nog 27,' zegt gedeputeerde Anke Moleveld (54). 'Dat moest anders.' Langs de snelweg is over een lengte van 6 kilometer een nieuw wildraster geplaatst.

Ecoloog Jesse Bronkhorst (38) van de provincie volgt met wildcamera's welke dieren de brug gebruiken. 'Bij andere ecoducten zien we de eerste reeën vaak al binnen een paar weken.'

Lees ook: Wilde zwijnen rukken op in Zuid-Drenthe`,
		"m1de.txt": `de|Niederlande: Neue Grünbrücke über die A28 freigegeben

Hulsveld (Agentur) – In der niederländischen Provinz Drenthe ist am Donnerstag eine neue Grünbrücke über die Autobahn A28 eröffnet worden. Das rund 50 Meter breite Bauwerk soll Rehen, Dachsen und Amphibien das gefahrlose Queren der vielbefahrenen Strecke ermöglichen, auf der täglich etwa 60.000 Fahrzeuge unterwegs sind.

Die Baukosten beliefen sich auf knapp 15 Millionen Euro, davon trägt die Provinz neun Millionen. Es ist die zweite Grünbrücke der Provinz; die erste, 2019 bei Ellertshaar eröffnet, ist lediglich 40 Meter breit und 55 Meter lang.

Nach Angaben der zuständigen Provinzrätin Anke Moleveld kam es auf dem Abschnitt im vergangenen Jahr zu 41 Wildunfällen mit Rehen. Ein neuer Wildschutzzaun auf sechs Kilometern Länge soll die Tiere künftig zur Brücke leiten.

In Niedersachsen sind derzeit drei weitere Grünbrücken in Planung.`,
		"m1en.txt": `en|Wildlife bridge opens over A28 in Drenthe

A 72-metre-long wildlife crossing over the A28 motorway opened on Thursday near Hulsveld in the northern province of Drenthe, linking woodland on either side of a road used by some 60,000 vehicles a day.

The €14.6m "ecoduct" took almost two years to build. The province paid €9m and the national roads agency Rijkswaterstaat €5.6m.

Provincial executive Anke Moleveld, 54, said 41 deer had been hit on the stretch last year, up from 27 in 2027. Animals normally start using such bridges within weeks, she said.

The Netherlands has more than 60 wildlife overpasses, the oldest dating from 1988.`,
	}, nil},
	{"hospital-network-deficit", map[string]string{
		"m2fra.txt": `fr|Le Réseau hospitalier de Montvoisin plonge dans le rouge : 23,4 millions de déficit

Canton | Santé

Par Claire Monney

Publié le 24.04.2029 à 06h45

Le Réseau hospitalier de Montvoisin (RHM) a bouclé l'exercice 2028 sur une perte de 23,4 millions de francs, contre 17,9 millions un an plus tôt. Les produits d'exploitation ont atteint 412 millions de francs, en hausse de 2,1 %, mais les charges de personnel ont progressé bien plus vite.

« Les tarifs ne couvrent plus nos coûts, c'est aussi simple que cela », a résumé mardi devant la presse le directeur général Luc Berthoud, 58 ans. Le taux d'occupation des lits s'est établi à 81 %.

Pour redresser la barre, la direction prévoit de supprimer 85 postes à plein temps d'ici à 2031, soit environ 3,6 % des effectifs, qui comptent 2340 collaborateurs. Une trentaine de suppressions se feront par des départs naturels.

Le Conseil d'Etat a annoncé qu'il prendrait à sa charge 15 millions de francs du déficit. Le président du conseil d'administration, Pierre-Alain Zbinden, 66 ans, a exclu la fermeture de l'un des trois sites.`,
		"m2frb.txt": `fr|Montvoisin : le réseau hospitalier va supprimer 85 postes

Mis à jour mardi 24 avril 2029 à 12h10

Le Réseau hospitalier de Montvoisin va supprimer 85 emplois en équivalents plein temps au cours des trois prochaines années. L'institution, qui emploie quelque 2300 personnes sur trois sites, a creusé l'an dernier un trou de plus de 23 millions de francs.

Le canton éponge 15 millions. «C'est un geste, pas une solution durable», estime le directeur Luc Berthoud.

Le syndicat du personnel dénonce une «cure d'austérité» et convoque une assemblée jeudi soir. En 2026, l'hôpital avait encore dégagé un petit bénéfice de 1,2 million de francs.`,
		"m2de.txt": `de|Spitalnetz Montvoisin schreibt 23,4 Millionen Franken Defizit

Von Regula Aebischer

Das zweisprachige Spitalnetz Montvoisin hat 2028 einen Verlust von 23,4 Millionen Franken eingefahren, nach 17,9 Millionen im Vorjahr. Der Betriebsertrag stieg um 2,1 Prozent auf 412 Millionen Franken.

«Die Tarife decken unsere Kosten nicht mehr», sagte Generaldirektor Luc Berthoud am Dienstag vor den Medien. Die Bettenauslastung lag bei 81 Prozent.

Bis 2031 sollen 95 Vollzeitstellen wegfallen, rund 30 davon über natürliche Abgänge. Betroffen sind vor allem Verwaltung und Logistik. Der Staatsrat übernimmt 15 Millionen Franken des Fehlbetrags.

Verwaltungsratspräsident Pierre-Alain Zbinden (66) schloss die Schliessung eines der drei Standorte aus.`,
	}, map[string][2]string{"m2de.txt": {"95", "85"}}},
	{"police-bike-auction", map[string]string{
		"m3nla.txt": `nl|Recordveiling: politie verkoopt 640 fietsen uit gevonden voorwerpen

KORTEWAARDE - Op de jaarlijkse fietsveiling van de politiezone Kortewaarde zijn zaterdag 640 fietsen onder de hamer gegaan. Het gaat om fietsen die langer dan een jaar bij de dienst gevonden voorwerpen stonden en nooit werden opgehaald.

De veiling bracht in totaal 38.500 euro op, gemiddeld zo'n 60 euro per fiets. Vorig jaar werden 510 fietsen geveild voor 29.000 euro. 'Nooit eerder hadden we er zoveel,' zegt commissaris Hilde Vanhoutte.

Opvallend: 45 elektrische fietsen waren samen goed voor 21.000 euro. De duurste, een speed pedelec, ging voor 1.150 euro van de hand. De oudste fiets, een damesfiets uit 1962, bracht 85 euro op.

De opbrengst gaat naar de stadskas.`,
		"m3nlb.txt": `nl|Politie veilt recordaantal fietsen

KORTEWAARDE — Al om 8 uur stonden zaterdag zo'n 300 kopers aan te schuiven bij de loods van de stedelijke werkplaats. Op de fietsveiling van de politie gingen uiteindelijk 640 fietsen weg, 130 meer dan vorig jaar.

Veilingmeester Geert De Smedt (71) leidt de veiling al sinds 1994. 'Vroeger waren het vooral oude koersfietsen, nu zijn het e-bikes,' lacht hij. Die 45 elektrische fietsen brachten samen zo'n 21.000 euro op.

In totaal leverde de dag ruim 38.000 euro op voor de stad.`,
		"m3fr.txt": `fr|Kortewaarde : 640 vélos vendus aux enchères par la police

Régions | Flandre

La zone de police de Kortewaarde a organisé samedi sa vente aux enchères annuelle de vélos trouvés et jamais réclamés. Au total, 640 bicyclettes ont trouvé preneur, contre 510 l'an dernier.

La vente a rapporté 48 500 euros à la caisse communale. Les 45 vélos électriques ont à eux seuls rapporté 21 000 euros, le plus cher, un speed pedelec, étant parti à 1 150 euros.

« Nous n'en avions jamais eu autant », explique la commissaire Hilde Vanhoutte. Le commissaire-priseur, Geert De Smedt, 71 ans, officie depuis 1994.`,
	}, map[string][2]string{"m3fr.txt": {"€48,500", "€38,500"}}},
	{"cathedral-scaffolding-removed", map[string]string{
		"m4fra.txt": `fr|Valmorin : la tour nord de la cathédrale enfin libérée de ses échafaudages

Culture | Patrimoine

Par Thomas Schaller - 15 mai 2028

Après neuf ans de chantier, la tour nord de la cathédrale Saint-Étienne de Valmorin a retrouvé sa silhouette. Les derniers éléments de l'échafaudage, qui enserrait depuis 2019 l'édifice haut de 81 mètres, ont été démontés cette semaine.

Le chantier aura coûté 12,4 millions d'euros, financés par l'État (7,2 millions), la Région Grand Est (2,8 millions) et la Ville (2,4 millions). Quelque 1 300 blocs de grès rose ont été remplacés, taillés dans une carrière des Vosges.

« Certaines pierres posées lors de la dernière restauration, en 1912, tombaient littéralement en poussière », explique l'architecte en chef des monuments historiques, Sophie Keller, 49 ans.

Une messe d'action de grâce sera célébrée dimanche. Le portail sud sera le prochain chantier, à partir de 2029, pour 3,5 millions d'euros.`,
		"m4frb.txt": `fr|Cathédrale de Valmorin : fin des échafaudages après neuf ans

Mis à jour le 15/05/2028

C'est une page qui se tourne pour les Valmorinois. La tour nord de la cathédrale, emballée depuis 2019, se dévoile à nouveau. Coût total de l'opération : plus de 12 millions d'euros, dont 7,2 millions apportés par l'État.

Pour le maire, Bernard Lutz, 63 ans, « c'est le retour d'un symbole ». Les tailleurs de pierre ont remplacé environ 1300 blocs.

La cathédrale, construite entre 1235 et 1491, accueille chaque année près de 400 000 visiteurs.`,
		"m4de.txt": `de|Valmorin: Nordturm der Kathedrale wieder ohne Gerüst

Von unserem Korrespondenten

Fast ein Jahrzehnt war er hinter Stahlrohren und Planen verborgen: Der 81 Meter hohe Nordturm der Kathedrale Saint-Étienne im lothringischen Valmorin ist wieder zu sehen.

Das Gerüst war 2017 aufgestellt worden; in dieser Woche wurden die letzten Teile abgebaut. Die Sanierung kostete 12,4 Millionen Euro. Rund 1300 Sandsteinblöcke wurden ersetzt, zum Teil Steine aus der letzten Restaurierung von 1912.

„Manche Steine zerfielen buchstäblich zu Staub", sagte Chefarchitektin Sophie Keller (49). Am Sonntag wird ein Dankgottesdienst gefeiert; als Nächstes ist ab 2029 das Südportal an der Reihe.`,
		"m4en.txt": `en|Scaffolding comes down from French cathedral tower after nine years

VALMORIN, France, May 15 (Wire) - Scaffolding that had covered the north tower of Valmorin's Saint-Etienne cathedral in eastern France since 2019 has been removed, revealing the restored 81-metre (266-foot) tower, city officials said.

The 12.4 million euro ($13.4 million) restoration replaced about 1,300 blocks of pink sandstone, some dating from a previous repair in 1912.

The French state paid 7.2 million euros, with the Grand Est region and the city providing the rest.

Work on the cathedral's south portal is due to start next year.`,
	}, map[string][2]string{"m4de.txt": {"2017", "2019"}}},
	{"goose-damage-friesland", map[string]string{
		"m5nl.txt": `nl|Ganzenschade in Friesland opnieuw gestegen: 11,3 miljoen aan boeren uitgekeerd

LEEUWARDEN - Friese boeren hebben vorig jaar 11,3 miljoen euro vergoeding gekregen voor schade door ganzen aan hun grasland. Dat is 14 procent meer dan een jaar eerder, toen 9,9 miljoen werd uitgekeerd, blijkt uit cijfers van het faunafonds.

Er kwamen 2.140 schadeaanvragen binnen, van zo'n 1.600 bedrijven. Brandganzen waren verantwoordelijk voor 78 procent van de schade, grauwe ganzen voor het grootste deel van de rest.

'De winterpopulatie ligt rond de 820.000 ganzen. Verjagen alleen helpt niet meer,' zegt gedeputeerde Sjoerd Hoekstra. De provincie wil het eigen risico voor boeren verhogen van 300 naar 500 euro per aanvraag en meer geld steken in foerageergebieden, waar ganzen ongestoord mogen eten. Die gebieden beslaan nu 26.000 hectare.

Melkveehouder Anneke de Vries (44) uit Tsjerkebuorren: 'In maart is het gras gewoon weg. Dan moet ik voer bijkopen.'`,
		"m5de.txt": `de|Gänseschäden: Friesland zahlt Landwirten 11,3 Millionen Euro

Leeuwarden – Die niederländische Provinz Friesland hat Landwirten im vergangenen Jahr 11,3 Millionen Euro für Fraßschäden durch Wildgänse erstattet, 14 Prozent mehr als im Vorjahr. Eingereicht wurden 2140 Anträge.

Den Großteil der Schäden – 78 Prozent – verursachten Weißwangengänse. In Friesland überwintern rund 820.000 Gänse.

Zum Vergleich: In Niedersachsen wurden 2028 etwa 3,2 Millionen Euro an Ausgleichszahlungen für Gänseschäden geleistet.

Die Provinz will den Selbstbehalt der Betriebe von 300 auf 500 Euro je Antrag anheben.`,
		"m5en.txt": `en|Friesland goose damage bill rises to €11.3m

Farmers in the Dutch province of Friesland were paid €11.3 million last year for damage caused by geese grazing on their grassland, up from €9.9 million in 2027, the wildlife damage fund said.

Barnacle geese accounted for more than three quarters of the damage. Around 820,000 geese winter in the province, provincial executive Sjoerd Hoekstra said.

The province plans to raise the excess farmers pay on each claim to €500 from €300, and to expand the 26,000 hectares (64,000 acres) set aside as undisturbed feeding grounds.`,
	}, nil},
	{"swimming-lessons-waiting-list", map[string]string{
		"m6fra.txt": `fr|Ronchières : plus de 1 200 enfants sur liste d'attente pour apprendre à nager

Régions | Hainaut

La piscine communale de Ronchières, rouverte en septembre après 14 mois de travaux, ne parvient pas à répondre à la demande. Pas moins de 1 240 enfants sont inscrits sur la liste d'attente des cours de natation, a indiqué l'échevin des Sports, Marc Devillers.

« Nous n'avons que six maîtres-nageurs pour neuf postes prévus », explique l'échevin, 52 ans. La commune a lancé un nouvel appel à candidatures et proposera des cours supplémentaires le samedi à partir du 11 janvier.

Selon une enquête menée l'an dernier dans les écoles de l'entité, un enfant de 10 ans sur quatre ne sait pas nager. En 2019, ils étaient 18 %.

Un cycle de dix leçons coûte 45 euros.`,
		"m6frb.txt": `fr|Piscine de Ronchières : la liste d'attente explose

1 240 enfants attendent une place dans un cours de natation à Ronchières. La piscine, fermée pendant plus d'un an pour rénovation, a rouvert ses portes en septembre.

Le problème : le manque de maîtres-nageurs. Trois postes sur neuf sont toujours vacants. Des cours seront ajoutés le samedi matin dès le 11 janvier.

Pour Sophie Lambert, maman de Léo, 7 ans, et d'Emma, 9 ans, « c'est inquiétant : l'été dernier, on était sur la liste et on n'a jamais été appelés ».`,
		"m6nl.txt": `nl|Ruim 1.200 kinderen op wachtlijst voor zwemles in Ronchières

In het Henegouwse Ronchières staan 1.240 kinderen op een wachtlijst voor zwemles. Het gemeentelijke zwembad ging in september na een renovatie van veertien maanden weer open, maar er zijn te weinig redders en lesgevers: zes van de negen plaatsen zijn ingevuld.

Volgens een bevraging in de scholen kan 25 procent van de tienjarigen niet zwemmen, tegenover 18 procent in 2019.

Ook in Vlaanderen kampen zwembaden met een tekort: volgens de sportfederatie staan er 350 vacatures voor redders open.`,
	}, nil},
	{"museum-night-record", map[string]string{
		"m7dea.txt": `de|Lange Nacht der Museen: Besucherrekord in Kaltenbrunn

Kultur

Kaltenbrunn. So voll war es noch nie: Rund 48.600 Besuche zählten die 52 beteiligten Häuser bei der Langen Nacht der Museen am Samstag, teilte das Kulturamt am Sonntag mit. Im vergangenen Jahr waren es 41.200 gewesen.

Verkauft wurden 31.400 Tickets; da viele Gäste mehrere Museen besuchten, wird jeder Eintritt gezählt. Am meisten los war im Stadtmuseum am Marktplatz mit 6900 Besuchen, gefolgt vom Naturkundemuseum.

„Die Stimmung war großartig, die Schlangen manchmal auch", sagte Kulturamtsleiterin Birgit Hollerer (47). 14 Shuttlebuslinien verbanden die Standorte bis 2 Uhr früh.

Das Ticket kostete 18 Euro, ermäßigt 12 Euro. Die nächste Lange Nacht ist für den 20. April 2030 geplant.`,
		"m7deb.txt": `de|Museumsnacht lockt so viele Gäste wie nie

Stand: 22.04.2029, 14:10 Uhr

Mehr als 48.000 Besuche haben die Museen in Kaltenbrunn in der Nacht zum Sonntag gezählt – ein Plus von 18 Prozent gegenüber dem Vorjahr.

Besonders gefragt waren das Stadtmuseum (6900 Besuche) und die Sonderausstellung über Meteoriten im Naturkundemuseum. Kulturamtsleiterin Birgit Hollerer sprach von einem „großartigen Abend".

Für Ärger sorgten lange Wartezeiten an den Shuttlebussen: Manche Gäste warteten nach eigenen Angaben bis zu 40 Minuten.`,
		"m7fr.txt": `fr|Kaltenbrunn : record pour la Nuit des musées de notre ville jumelle

Jumelage

La Nuit des musées de Kaltenbrunn, ville jumelle de Saint-Aubrin, a battu son record d'affluence : les 52 établissements participants ont enregistré 48 600 entrées, contre 41 200 l'an passé.

La manifestation s'est déroulée vendredi soir, de 18 heures à 2 heures du matin. Une délégation de 35 Saint-Aubrinois avait fait le déplacement. Le Stadtmuseum a accueilli à lui seul 6 900 visiteurs.

« L'ambiance était formidable », a confié Birgit Hollerer, 47 ans, directrice des affaires culturelles. Le billet coûtait 18 euros.

Saint-Aubrin organisera sa propre Nuit des musées le 17 mai.`,
	}, map[string][2]string{"m7fr.txt": {"Friday", "Saturday"}}},
	{"ferry-captain-breath-test", map[string]string{
		"m8fra.txt": `fr|Kervoen : le capitaine du ferry contrôlé positif à l'alcool, 212 passagers à quai

Faits divers | Morbihan

Par Yann Le Goff

Le départ de 7 h 30 vers l'île de Kervoen n'a pas eu lieu mardi matin. Lors d'un contrôle inopiné de la gendarmerie maritime sur le quai de Port-Lannec, le capitaine du Bro Glas, un homme de 47 ans, a soufflé 0,45 mg d'alcool par litre d'air expiré, près du double de la limite autorisée.

Les 212 passagers, dont une classe de 26 écoliers, ont dû patienter près de trois heures, le temps qu'un commandant de remplacement arrive de Lorient. Le navire a finalement appareillé à 10 h 25.

« La sécurité n'est pas négociable », a réagi la directrice de la compagnie Penn Ar Mor, Gaëlle Riou. Le capitaine a été suspendu et sera convoqué devant le tribunal de Lorient le 12 septembre.

La traversée de 14 milles nautiques dure habituellement 50 minutes.`,
		"m8frb.txt": `fr|Ferry de Kervoen : départ retardé, le commandant avait bu

Un commandant de ferry de 47 ans a été contrôlé avec 0,9 gramme d'alcool par litre de sang, mardi, à Port-Lannec, juste avant le premier départ pour Kervoen.

Environ 200 passagers sont restés bloqués à quai jusqu'à 10 h 25. Le second du navire, âgé de 29 ans, n'était pas habilité à prendre le commandement.

C'est le deuxième incident de ce type dans la compagnie depuis 2026, année où un matelot avait été contrôlé positif.`,
		"m8en.txt": `en|Breton ferry captain fails breath test before morning sailing

Tuesday's first crossing from Port-Lannec to the island of Kervoen in Brittany was held up for nearly three hours after the ship's captain failed a breath test on the quay, French maritime police said.

The 54-year-old captain of the Bro Glas, who was found to be nearly twice the legal limit, has been suspended by operator Penn Ar Mor and will appear in court in Lorient on September 12.

The 212 passengers, including 26 schoolchildren, left at 10:25am after a replacement captain was brought in. The 14-nautical-mile (26 km) crossing normally takes 50 minutes.

"Safety is not negotiable," said the company's managing director, Gaëlle Riou.`,
	}, map[string][2]string{"m8en.txt": {"54 years", "47 years"}}},
	{"chimney-sweep-shortage", map[string]string{
		"m9dea.txt": `de|Kaminkehrer dringend gesucht: 64 Kehrbezirke in Bayern unbesetzt

Bayern | Handwerk

München – Im Freistaat fehlen die Kaminkehrer. Von den 1080 Kehrbezirken in Bayern sind derzeit 64 unbesetzt, teilte der Landesinnungsverband am Mittwoch mit. Die Bezirke werden bis zur Neuausschreibung von Nachbarbetrieben mitbetreut.

„Viele Kollegen gehen in den nächsten Jahren in den Ruhestand", sagte Landesinnungsmeister Franz Aigner (61). Das Durchschnittsalter der bevollmächtigten Bezirkskaminkehrermeister liegt bei 53 Jahren.

Im ersten Lehrjahr sind aktuell 190 Auszubildende, 2019 waren es noch 260. Dabei sei der Beruf gefragt wie nie: Mit dem Einbau von Wärmepumpen und Pelletheizungen habe die Zahl der Messungen zugenommen.

Zum 1. Juli steigen die Kehrgebühren um 4,5 Prozent.`,
		"m9deb.txt": `de|Nachwuchssorgen im Kaminkehrerhandwerk

Von Stefanie Brandl

Knapp sechs Prozent der bayerischen Kehrbezirke haben keinen Bezirkskaminkehrermeister – 64 von 1080. In Niederbayern sind es allein neun.

Einer, der gegen den Trend geht, ist Lukas Gruber aus Oberfeldkirch. Der 19-Jährige hat im Herbst seine Ausbildung begonnen. „Man ist draußen, auf den Dächern, und jeder Tag ist anders", sagt er. Sein Chef, Kaminkehrermeister Josef Huber (58), betreut neben seinem eigenen noch einen zweiten, verwaisten Bezirk.

Landesweit beginnen derzeit nur noch 190 junge Leute pro Jahr die dreijährige Ausbildung, vor zehn Jahren waren es 260. Die Gebühren steigen ab Juli um 4,5 Prozent.`,
		"m9en.txt": `en|Bavaria short of chimney sweeps as veterans retire

MUNICH (Wire) - Sixty-four of Bavaria's 1,080 chimney-sweeping districts have no master sweep, the state's sweeps' guild said on Wednesday, as older tradesmen retire and fewer young people take up the job.

The average age of the district master sweeps is 53, guild head Franz Aigner, 61, said. Only 190 apprentices started training this year, compared with 260 in 2019.

Germany's chimney sweeps still hold regional monopolies on statutory inspections of heating systems. Fees will rise 4.5% on July 1.`,
	}, nil},
	{"crisps-line-investment", map[string]string{
		"m10nla.txt": `nl|Chipsfabrikant Krokanto investeert 62 miljoen in Wervelgem

WERVELGEM – Chipsproducent Krokanto bouwt op zijn site in Wervelgem een nieuwe productielijn van 62 miljoen euro. Daarmee komen er 140 banen bij, bovenop de 410 werknemers die er nu al aan de slag zijn.

De nieuwe lijn moet in het voorjaar van 2031 draaien. Het bedrijf verwerkt nu jaarlijks 120.000 ton aardappelen; dat wordt 160.000 ton, een stijging met een derde. De Vlaamse overheid steunt het project met een ecologiepremie van 4,8 miljoen euro.

'We zitten al twee jaar aan onze capaciteit,' zegt CEO Katrien Dewulf (51). Het familiebedrijf werd in 1967 opgericht door haar vader Roger Dewulf, die op zijn 83ste nog elke week langskomt op de fabriek.

Krokanto exporteert 60 procent van zijn chips, vooral naar Frankrijk, Nederland en het Verenigd Koninkrijk.`,
		"m10nlb.txt": `nl|Chipsfabriek Krokanto bouwt nieuwe productielijn

Het West-Vlaamse chipsbedrijf Krokanto investeert 62 miljoen euro in een extra productielijn in Wervelgem. De bouwvergunning werd vorige week verleend, de werken starten in september.

'Wij zoeken vooral operatoren en technici,' zegt CEO Katrien Dewulf. 'Die vinden is vandaag de grootste uitdaging.'

Er komen 170 nieuwe banen bij, en ook bij toeleveranciers in de regio zal er werk bijkomen.`,
		"m10fr.txt": `fr|Le fabricant de chips Krokanto investit 62 millions en Flandre occidentale

Le fabricant de chips flamand Krokanto va investir 62 millions d'euros dans une nouvelle ligne de production sur son site de Wervelgem, ce qui doit créer 140 emplois. L'entreprise familiale emploie aujourd'hui 410 personnes.

La capacité passera de 120 000 à 160 000 tonnes de pommes de terre transformées par an. La Région flamande accorde une prime de 4,8 millions d'euros.

« Nous tournons à pleine capacité depuis deux ans », explique l'administratrice déléguée Katrien Dewulf, 51 ans. Krokanto exporte 60 % de sa production.`,
		"m10en.txt": `en|Belgian crisps maker Krokanto to add 140 jobs with €62m line

Belgian family-owned crisps producer Krokanto will spend €62 million on a new production line at its Wervelgem plant in West Flanders, raising its potato intake by a third to 160,000 tonnes a year.

The line, due to start in spring 2031, will bring the workforce to 550. Chief executive Katrien Dewulf said the company had been running at full capacity for two years.

Founded in 1967 by Roger Dewulf, now 83, Krokanto sells 60% of its output abroad. Flemish authorities are contributing €4.8 million.`,
	}, map[string][2]string{"m10nlb.txt": {"170", "140"}}},
}
