package compare

// heldOutBuran is a blind set of ten events of a reader's mixed local,
// crime, weather and culture feed, written without reading the comparison
// code: a supermarket roof that gave way under snow in Graubünden
// (de, de, fr, it), a ram raid on a watch shop in Haute-Savoie (fr, fr,
// en), an opera gala postponed when its soprano fell ill (fr, fr, en, de),
// an Umbrian observatory reopening (it, it, en), pothole damage claims in
// a Luxembourg commune (fr, de, en), otter pups shown at a German zoo (de,
// en, it), lightning on a Breton church spire (fr, fr, en), a bicycle
// theft ring near Padua (it, it, en, de), a light festival's attendance
// (de, de, en, fr) and a restored baroque fountain (it, it, en, fr).
//
// Six contradictions are planted, one per event, none in a first
// paragraph, five in a report of the event's minority language: a count
// of people evacuated (the Italian report, 180 for 120), a weekday (the
// German report puts the gala on Sunday 15 March, a Saturday), a
// duration of works (the English report, 18 months for 14), a height
// (the English report, a 48-metre spire for 42), a count of arrests (the
// second Italian report, 13 for 11) and a year (the French report, a
// fountain finished in 1741 for 1714). The ram raid, the potholes, the
// otters and the light festival hold none.
//
// Traps that must not be flagged: two people's ages in most events (67
// and 34, 58 and 81, 41 and 63, 6 and 9, 29 and 61); "less than three
// minutes" against 2 minutes 40 seconds on CCTV; 8 km against "about five
// miles"; €1.4 million against "roughly £1.2 million"; a background raid
// of 2027 with 23 watches; 1,150 of 1,320 seats; 11,800 visitors in 2029
// against "about 12,000 a year"; 3.2 million split into 2 and 1.2
// million; a quarter against 25% against 310 of 1,240; 59% against "fast
// 60 Prozent"; €1,350 as an average against the €418,000 total; 38 frost
// days against an average of 22; a 40 cm telescope of 1957 against the
// new 80 cm one; the top six metres of the spire against its height;
// 900 grams against "almost a kilo" and 50 grams at birth; eight weeks
// against two months; 420 recovered of 1,350 stolen, 60 already
// returned, 38 e-bikes stolen in one night, eight in prison and three at
// home making the eleven; 185,000 against "more than 180,000" and "près
// de 185 000", up from 162,000; a four-day festival next to a five-day
// one planned and "Wednesday to Sunday" next year; 640,000 euros written
// "640mila", 400,000 of it from a foundation and 240,000 from the
// ministry; the last restoration in 1962.
//
// Frozen before its first run, which flagged 3 of the 6 contradictions
// (the 180 evacuated, the Sunday gala, the 18 months) and 1 false
// disagreement, within the limit of 1 so the table keeps it. It missed
// the English report's 48 m against 42 m (the spire's height stood in
// rows of its own, 42 m from the first French report alone, 48 m from the
// English alone, and the wire's "culmine à 42 m" in none), the second
// Italian report's 13 arrests against 11 ("Gli arresti ... sono 13" was
// not read as a count of arrests) and the French report's 1741 against
// 1714 (a row of its own; the Italian "nel 1714 dallo scultore" was read
// as a count of 1,714 and only the short Italian report's 1714 as a
// year, in another row). Its false disagreement was a duration "length":
// b9de's "fünf Tage", the five days planned for next year's festival,
// set against b9en's "over four days" and b9fr's "quatre jours" of this
// year's. The wrong values needed no respelling.
//
// Fixed after, so the set is held out no longer: a count closing its
// sentence after a copula ("Gli arresti ... sono 13."); the figures of a
// sentence about next year are plans: 4/6 flagged, no false disagreement.
//
// Fixed after again: two lone figures of three digits or more in two
// languages whose digits are the same in another order are one figure with
// a slip (a rule written for the Yamaji set): 5/6 flagged, 0 false.
var heldOutBuran = []heldOutEvent{
	{"snow-roof-collapse", map[string]string{
		"b1de.txt": `de|Supermarktdach in Valdora bricht unter Schneelast ein – zwei Leichtverletzte

Valdora GR, 14. Januar 2031 (sda)

Unter der Last des Schnees ist am Dienstagabend in Valdora im Kanton Graubünden das Dach eines Supermarkts teilweise eingestürzt. Zwei Personen wurden leicht verletzt, wie die Kantonspolizei Graubünden mitteilte.

Kurz vor 18.40 Uhr hatte eine Angestellte ein lautes Knacken in der Dachkonstruktion gehört und Alarm geschlagen. Rund 120 Kundinnen, Kunden und Angestellte konnten den Laden der Kette Marktfrisch verlassen, bevor ein etwa 600 Quadratmeter grosser Teil des Daches nachgab.

Verletzt wurden eine 67-jährige Kundin und ein 34-jähriger Angestellter. Sie wurden ins Spital nach Thusis gebracht und konnten es noch am selben Abend wieder verlassen.

Auf dem Flachdach lag laut Polizei bis zu 1,2 Meter Schnee. In den 48 Stunden zuvor waren in Valdora 85 Zentimeter Neuschnee gefallen. Den Sachschaden schätzt die Polizei auf rund 2,5 Millionen Franken.

Der Laden bleibt mindestens drei Wochen geschlossen.`,
		"b1de2.txt": `de|«Wir hatten unglaubliches Glück»

Region | Valdora

Von Corsin Bundi

Es knackte, dann ging alles sehr schnell: Am Dienstagabend ist das Dach des Marktfrisch-Ladens an der Kantonsstrasse in Valdora eingebrochen. Dass niemand schwer verletzt wurde, verdankt das Dorf einer aufmerksamen Mitarbeiterin.

«Ich habe das Geräusch gehört und sofort alle hinausgeschickt», sagt Filialleiterin Ladina Caflisch. Etwa 120 Personen hätten das Geschäft in weniger als zwei Minuten verlassen. Wenig später stürzte ein Teil des Daches auf die Regale.

Das Gebäude stammt aus dem Jahr 1987 und wurde zuletzt 2024 kontrolliert. Gemeindepräsident Duri Sialm will nun die Dächer aller öffentlichen Gebäude prüfen lassen: «Bei dieser Schneemenge dürfen wir nichts riskieren.» Bereits im Februar 2019 hatte die Gemeinde nach starken Schneefällen die Turnhalle vorsorglich gesperrt.

Die Kantonspolizei beziffert den Schaden auf 2,5 Millionen Franken. Die Kundin, 67, und der Angestellte, 34, erlitten leichte Verletzungen.

Mehr zum Thema: Lawinengefahr im Albulatal steigt auf Stufe 4`,
		"b1fr.txt": `fr|Grisons : le toit d'un supermarché s'effondre sous le poids de la neige

Valdora (GR), 14 janvier (ATS) - Le toit d'un supermarché s'est partiellement effondré mardi soir à Valdora, dans le canton des Grisons, sous le poids de la neige. Deux personnes ont été légèrement blessées, a indiqué la police cantonale.

Alertée par des craquements peu avant 18h40, une employée a donné l'alerte et quelque 120 personnes ont pu quitter le magasin avant qu'une partie de la toiture d'environ 600 m² ne cède.

Une cliente de 67 ans et un employé de 34 ans ont été conduits à l'hôpital de Thusis, qu'ils ont pu quitter dans la soirée.

Jusqu'à 1,20 m de neige s'était accumulé sur le toit plat. Il était tombé 85 cm de neige fraîche en 48 heures. Les dégâts sont estimés à 2,5 millions de francs. Le magasin restera fermé au moins trois semaines.`,
		"b1it.txt": `it|Valdora, crolla il tetto di un supermercato sotto il peso della neve

GRIGIONI

Il tetto di un supermercato di Valdora, in Val d'Albula, ha ceduto martedì sera sotto il peso della neve. Due i feriti lievi: una cliente di 67 anni e un dipendente di 34.

A dare l'allarme, poco prima delle 18.40, è stata una commessa che aveva sentito scricchiolare la struttura. Circa 180 persone, tra clienti e personale, sono riuscite a uscire prima che una porzione di circa 600 metri quadrati del tetto crollasse sugli scaffali.

Secondo la polizia cantonale sul tetto piano si erano accumulati fino a 1,2 metri di neve, dopo 85 centimetri di neve fresca caduti in 48 ore. I danni sono stimati in circa 2,5 milioni di franchi.

Il sindaco Duri Sialm ha annunciato controlli sui tetti di tutti gli edifici pubblici. Il negozio resterà chiuso per almeno tre settimane.`,
	}, map[string][2]string{"b1it.txt": {"180", "120"}}},
	{"watch-shop-ram-raid", map[string]string{
		"b2fr.txt": `fr|Veyrenne-les-Bains : une horlogerie pillée à la voiture-bélier

Faits divers | Haute-Savoie

Publié le 10/04/2031 à 07h52 | Mis à jour à 11h15

Une voiture-bélier a défoncé dans la nuit de mercredi à jeudi la vitrine de l'Horlogerie Maubert, rue du Casino à Veyrenne-les-Bains. Quatre individus cagoulés ont emporté une soixantaine de montres de luxe en moins de trois minutes, vers 4h10.

Le butin est estimé à 1,4 million d'euros, selon une source proche de l'enquête. Le véhicule utilisé, un SUV Audi volé la semaine dernière à Genève, a été retrouvé incendié à 8 kilomètres de là, sur un chemin forestier.

« Ils savaient exactement ce qu'ils cherchaient », confie Claire Maubert, 58 ans, dont le père a fondé la boutique en 1962. L'horlogerie avait déjà été cambriolée en 2027 : 23 montres avaient alors été dérobées.

Un voisin de 81 ans, réveillé par le fracas, a prévenu la gendarmerie. Personne n'a été blessé. La section de recherches de Chambéry a été saisie.`,
		"b2fr2.txt": `fr|Haute-Savoie: vol de montres de luxe à la voiture-bélier, 1,4 million d'euros de préjudice

ANNECY, 10 avr 2031 (AFP) - Quatre malfaiteurs ont dérobé jeudi avant l'aube une soixantaine de montres de luxe dans une horlogerie de Veyrenne-les-Bains (Haute-Savoie) après en avoir enfoncé la devanture avec un véhicule, a-t-on appris auprès du parquet de Bonneville.

Le préjudice est évalué à environ 1,4 million d'euros, a précisé la procureure, Nathalie Orsini. Selon les images de vidéosurveillance, les malfaiteurs sont restés 2 minutes et 40 secondes dans la boutique.

La voiture, volée en Suisse, a été retrouvée calcinée à huit kilomètres du magasin. « Nous privilégions la piste d'une équipe itinérante très organisée », a déclaré la magistrate.

En 2027, le même commerce avait été visé par un cambriolage.`,
		"b2en.txt": `en|Ram raiders take €1.4m of luxury watches from Haute-Savoie jeweller

By Tom Ashcroft | Crime | 10 April 2031

Thieves smashed a car into the front of a family-run watch shop in the French spa town of Veyrenne-les-Bains in the early hours of Thursday and escaped with around 60 luxury watches, prosecutors said.

The haul is worth an estimated €1.4 million (roughly £1.2 million), prosecutor Nathalie Orsini said. Four masked men were inside the shop for less than three minutes shortly after 4 a.m.

The SUV used in the raid, stolen in Geneva last week, was later found burnt out about five miles away.

Owner Claire Maubert, 58, whose father opened the business in 1962, said the gang "knew exactly what they were looking for". The shop was also targeted in 2027, when 23 watches were stolen.

Nobody was hurt. An 81-year-old neighbour raised the alarm.

Related: Geneva police warn of rise in jewellery thefts`,
	}, nil},
	{"opera-gala-postponed", map[string]string{
		"b3fr.txt": `fr|Le gala des 150 ans du Grand Théâtre de Montclaret reporté

Culture

Publié le 11 mars 2031

Le gala prévu samedi 15 mars pour célébrer les 150 ans du Grand Théâtre de Montclaret n'aura pas lieu à cette date. La soprano italienne Ilaria Ventimiglia, 41 ans, souffrante, a dû annuler sa participation, a annoncé mardi la direction.

« Nous avons préféré reporter plutôt que de remplacer l'artiste au pied levé », explique la directrice générale, Sophie Arnaud-Lemaire. Le gala aura lieu le vendredi 6 juin, avec la même distribution et l'orchestre maison placé sous la direction de son directeur musical, Matthias Krenn, 63 ans.

Sur les 1 320 places de la salle, 1 150 avaient déjà été vendues. Les billets restent valables pour la nouvelle date ; les spectateurs qui ne pourront pas venir seront remboursés sous 30 jours.

Inauguré en 1881, le théâtre a rouvert en 2019 après trois ans de travaux.`,
		"b3fr2.txt": `fr|Montclaret : malade, la soprano Ilaria Ventimiglia contraint le Grand Théâtre à reporter son gala

MONTCLARET, 11 mars (Agence) - Le Grand Théâtre de Montclaret a reporté au 6 juin le gala de son 150e anniversaire, qui devait se tenir samedi, en raison de la maladie de la soprano Ilaria Ventimiglia.

Quelque 1 150 billets avaient été vendus pour cette soirée. Ils restent valables, a précisé le théâtre, qui proposera un remboursement aux spectateurs indisponibles.

La cantatrice, 41 ans, souffre d'une laryngite et doit observer un repos vocal de deux semaines, selon son agent.`,
		"b3en.txt": `en|Montclaret opera gala postponed after soprano falls ill

Arts & Culture

The Grand Théâtre de Montclaret in central France has postponed the gala marking its 150th anniversary after Italian soprano Ilaria Ventimiglia pulled out through illness, the theatre said on Tuesday.

The gala, which was due to take place on Saturday, March 15, will now be held on Friday, June 6. Ventimiglia, 41, has been told to rest her voice for two weeks.

"We preferred to postpone rather than replace the artist at the last minute," general manager Sophie Arnaud-Lemaire said. About 1,150 of the hall's 1,320 seats had been sold; tickets remain valid for the new date.

The orchestra will be conducted by the theatre's music director, Matthias Krenn, 63. The theatre opened in 1881 and reopened in 2019 after three years of renovation.`,
		"b3de.txt": `de|Jubiläumsgala in Montclaret verschoben

Kultur kompakt

Die Gala zum 150-jährigen Bestehen des Grand Théâtre im französischen Montclaret wird verschoben. Die italienische Sopranistin Ilaria Ventimiglia (41) ist erkrankt, wie das Haus am Dienstag mitteilte.

Statt am Sonntag, 15. März, findet die Gala nun am Freitag, 6. Juni, statt. Es dirigiert Musikdirektor Matthias Krenn (63).

Von den 1320 Plätzen waren bereits 1150 verkauft. Die Karten behalten ihre Gültigkeit. Intendantin Sophie Arnaud-Lemaire sprach von einer "schweren, aber richtigen Entscheidung".`,
	}, map[string][2]string{"b3de.txt": {"Sunday", "Saturday"}}},
	{"observatory-reopens", map[string]string{
		"b4it.txt": `it|Colle Aurelio, riapre l'osservatorio: telescopio nuovo e planetario

Cronaca | Perugia e provincia

di Marta Lupattelli

Dopo 14 mesi di lavori riapre sabato 20 settembre l'Osservatorio astronomico comunale di Colle Aurelio. L'intervento è costato 3,2 milioni di euro, di cui 2 milioni dalla Regione Umbria e 1,2 milioni dal Comune.

La novità principale è il telescopio con specchio da 80 centimetri, che sostituisce lo strumento da 40 centimetri installato nel 1957, anno di apertura dell'osservatorio. La cupola, di 9 metri di diametro, è stata interamente rifatta. Accanto è nato un piccolo planetario da 60 posti.

«Prima della chiusura avevamo circa 12.000 visitatori l'anno, puntiamo ad arrivare a 20.000», spiega la direttrice Elena Sartori. Le visite serali riprenderanno dal 26 settembre, il venerdì e il sabato.

Il sindaco Paolo Ferrante ha parlato di «un investimento per le scuole di tutta la valle».`,
		"b4it2.txt": `it|Umbria: riapre osservatorio di Colle Aurelio dopo restyling da 3,2 milioni

(ANSA) - PERUGIA, 17 SET - Riaprirà sabato al pubblico, dopo 14 mesi di chiusura, l'osservatorio astronomico di Colle Aurelio (Perugia). I lavori, per 3,2 milioni di euro, hanno riguardato la cupola, il nuovo telescopio da 80 cm e un planetario da 60 posti. Nel 2029, ultimo anno completo di apertura, i visitatori erano stati 11.800. (ANSA).`,
		"b4en.txt": `en|Umbrian hilltop observatory reopens with new telescope

Travel news

The municipal observatory of Colle Aurelio, a hill town in Umbria, reopens to the public on Saturday, September 20, with a new 80 cm telescope, a rebuilt 9-metre dome and a 60-seat planetarium.

The works cost €3.2 million, €2 million of it paid by the regional government.

The observatory had been closed for 18 months. "We had about 12,000 visitors a year before, and we want to reach 20,000," said its head, Elena Sartori.

The old 40 cm telescope had been in use since the observatory opened in 1957. Evening sessions start on Friday, September 26.`,
	}, map[string][2]string{"b4en.txt": {"18 months", "14 months"}}},
	{"pothole-claims", map[string]string{
		"b5fr.txt": `fr|Nids-de-poule : Dudelbrück croule sous les demandes d'indemnisation

Luxembourg | Sud

Par Anne Schmit

La commune de Dudelbrück a reçu l'an dernier 1 240 demandes d'indemnisation d'automobilistes dont le véhicule avait été endommagé par un nid-de-poule, contre 780 en 2029. Une hausse de 59 %, a indiqué lundi l'échevin des Travaux, Marc Weydert.

Seul un quart des dossiers, soit 310, a donné lieu à un dédommagement. La commune a versé au total 418 000 euros, soit en moyenne quelque 1 350 euros par sinistre. « Beaucoup de demandes concernaient des routes de l'État, qui ne relèvent pas de notre compétence », souligne l'échevin.

L'hiver a été particulièrement rude, avec 38 jours de gel contre 22 en moyenne.

Pour 2031, le collège échevinal prévoit d'investir 2,6 millions d'euros dans la réfection de 14 kilomètres de voirie.`,
		"b5de.txt": `de|Schlaglöcher kosten Dudelbrück 418.000 Euro

Lokales

Dudelbrück. Die Zahl der Schadensmeldungen wegen Schlaglöchern hat sich in Dudelbrück deutlich erhöht: 2030 gingen bei der Gemeinde 1.240 Anträge auf Schadenersatz ein, fast 60 Prozent mehr als im Vorjahr mit 780.

Anerkannt wurden 310 Fälle, also 25 Prozent. Insgesamt zahlte die Gemeinde 418.000 Euro aus. "Viele Straßen gehören dem Staat, da sind wir nicht zuständig", erklärte Schöffe Marc Weydert am Montag.

Grund für die vielen Schäden sei der lange Winter mit 38 Frosttagen. Im Schnitt sind es 22.

In diesem Jahr will die Gemeinde 2,6 Millionen Euro ausgeben, um 14 Kilometer Straßen zu erneuern. Im Jahr 2028 waren es nur 0,9 Millionen Euro gewesen.`,
		"b5en.txt": `en|Pothole claims soar in Dudelbrück

Luxembourg news in English

Motorists in the southern commune of Dudelbrück filed 1,240 claims for pothole damage last year, up from 780 in 2029, works alderman Marc Weydert said on Monday.

The commune accepted a quarter of the claims and paid out €418,000 in total, an average of roughly €1,350 per accepted claim.

Weydert blamed a harsh winter with 38 days of frost, compared with an average of 22, and said many claims concerned national roads, which are the state's responsibility.

The commune plans to spend €2.6 million this year on resurfacing 14 km of roads.`,
	}, nil},
	{"otter-pups", map[string]string{
		"b6de.txt": `de|Dreifacher Nachwuchs bei den Zwergottern im Tierpark Hollenbeck

Hollenbeck (dpa/lni) - Im Tierpark Hollenbeck sind drei Asiatische Zwergotter zur Welt gekommen. Die Jungtiere wurden bereits am 12. Februar geboren und sind seit Mittwoch erstmals für Besucher zu sehen, wie der Tierpark mitteilte.

Mutter Nala ist sechs Jahre alt, Vater Kiri neun. Es ist der erste Otternachwuchs im Tierpark seit 2019. Bei der Geburt wogen die Jungen jeweils rund 50 Gramm, inzwischen bringen sie etwa 900 Gramm auf die Waage.

"Die ersten Wochen haben die Kleinen ausschließlich in der Wurfhöhle verbracht", sagte Kuratorin Jana Petersen. Die Otteranlage war im vergangenen Jahr für 280.000 Euro umgebaut worden.

Mit dem Nachwuchs zählt die Gruppe nun fünf Tiere.`,
		"b6en.txt": `en|Zoo shows off otter triplets

Animals | Germany

Three Asian small-clawed otter pups have made their public debut at Hollenbeck Zoo in Lower Saxony, Germany, two months after they were born.

The pups, born on February 12, went on show on Wednesday. They weighed about 50 grams at birth and now weigh almost a kilo each, according to the zoo's head of animal care, Dr Jana Petersen.

Their mother Nala is 6 and their father Kiri is 9. The last otter born at the zoo arrived in 2019.

Asian small-clawed otters are the smallest otter species in the world; adults weigh up to 5 kg.`,
		"b6it.txt": `it|Germania, tre cuccioli di lontra nana fanno il debutto allo zoo

Curiosità

Hanno otto settimane e pesano circa 900 grammi ciascuno: i tre cuccioli di lontra nana asiatica nati il 12 febbraio al Tierpark Hollenbeck, in Bassa Sassonia, da mercoledì sono visibili al pubblico.

La madre, Nala, ha 6 anni; il padre, Kiri, 9. Si tratta della prima nascita di lontre nel parco dal 2019.

Il recinto delle lontre era stato rinnovato l'anno scorso con una spesa di 280.000 euro, ha ricordato la curatrice Jana Petersen.`,
	}, nil},
	{"spire-lightning", map[string]string{
		"b7fr.txt": `fr|Plouzévet : la foudre frappe le clocher de l'église Saint-Ronan

Finistère | Faits divers

Publié le 09/12/2030 à 08h30

Frappée par la foudre dimanche vers 23h30, en plein orage, la flèche de l'église Saint-Ronan de Plouzévet a pris feu. Les six derniers mètres se sont effondrés sur le parvis, sans faire de blessés.

Quelque 65 sapeurs-pompiers ont été mobilisés. Le feu a été maîtrisé vers 3 heures du matin, malgré des rafales de vent atteignant 110 km/h.

Haute de 42 mètres, la flèche de granit et de bois domine le bourg depuis le XVIe siècle. L'édifice est classé monument historique depuis 1911. Les trois cloches, dont la plus ancienne date de 1872, ont pu être sauvées.

« C'est le cœur du village qui a brûlé cette nuit », confie le maire, Yannick Le Bihan. Une première estimation évalue les dégâts à 1,8 million d'euros.`,
		"b7fr2.txt": `fr|Finistère: la flèche d'une église classée détruite en partie par la foudre

QUIMPER, 9 déc 2030 (AFP) - La flèche de l'église Saint-Ronan de Plouzévet (Finistère), classée monument historique, a été partiellement détruite par un incendie après avoir été frappée par la foudre dimanche soir, a-t-on appris lundi auprès des pompiers.

Environ 65 pompiers sont intervenus. Le sommet de la flèche, qui culmine à 42 m, s'est effondré. Aucune victime n'est à déplorer.

Le maire Yannick Le Bihan a évoqué des dégâts « de l'ordre de 1,8 million d'euros ». La Bretagne avait été placée dimanche en vigilance orange orages.`,
		"b7en.txt": `en|Lightning sets fire to historic Breton church spire

By Sarah Pennock, Europe correspondent

A bolt of lightning set fire to the spire of a listed 16th-century church in the Breton village of Plouzévet late on Sunday, bringing down its top six metres, officials said.

About 65 firefighters fought the blaze through the night as gusts reached 110 km/h (68 mph). It was brought under control at around 3am. Nobody was injured.

The 48-metre granite and timber spire of the Saint-Ronan church has been a landmark in western Brittany for centuries. All three bells, the oldest cast in 1872, were saved.

Mayor Yannick Le Bihan put the damage at €1.8 million, a first estimate.`,
	}, map[string][2]string{"b7en.txt": {"48 m", "42 m"}}},
	{"bike-theft-ring", map[string]string{
		"b8it.txt": `it|Padova, sgominata banda di ladri di bici: 11 arresti, recuperate 420 biciclette

(ANSA) - PADOVA, 23 GEN - I carabinieri della compagnia di Cittadella hanno arrestato 11 persone, tra i 19 e i 54 anni, accusate di far parte di un'organizzazione specializzata nel furto di biciclette di alta gamma e e-bike in Veneto e in Trentino.

Secondo gli investigatori, in due anni la banda avrebbe rubato circa 1.350 biciclette da garage, cantine e negozi, per un valore stimato di 2,7 milioni di euro. Le bici venivano rivendute online o trasferite all'estero.

In un capannone di Villafranca Brenta sono state recuperate 420 biciclette. Otto indagati sono finiti in carcere, tre ai domiciliari.

L'indagine, durata dieci mesi, era partita nel marzo 2030 dalla denuncia del titolare di un negozio di cicli di Camposampiero. (ANSA).`,
		"b8it2.txt": `it|Bici rubate nei garage, il «supermarket» era in un capannone

Cronaca | Alta Padovana

di Giulia Zanon

Erano accatastate una sull'altra, alcune ancora con il lucchetto tagliato: 420 biciclette, molte delle quali elettriche e da corsa, sono state ritrovate dai carabinieri in un capannone di Villafranca Brenta.

È il punto d'arrivo di un'indagine cominciata dieci mesi fa, quando il titolare di un negozio di Camposampiero, Lorenzo Menegazzo, 47 anni, aveva denunciato il furto di 38 e-bike in una sola notte.

Gli arresti eseguiti ieri all'alba dai carabinieri di Cittadella sono 13. Il più giovane ha 19 anni, il presunto capo 54. Secondo l'accusa, in due anni il gruppo avrebbe messo a segno furti per circa 2,7 milioni di euro, per un totale di 1.350 biciclette.

«Chi riconosce la propria bici può contattare la caserma», spiega il capitano Alessio Ruggeri. Le prime 60 sono già state restituite ai proprietari.`,
		"b8en.txt": `en|Italian police smash bike theft ring, recover 420 stolen bicycles

Italian police have arrested 11 people suspected of stealing about 1,350 high-end bicycles and e-bikes from garages and shops in northern Italy over two years, worth an estimated €2.7 million.

Officers of the Carabinieri found 420 of the bikes in a warehouse in Villafranca Brenta, near Padua, on Thursday, they said. The suspects are aged between 19 and 54.

Eight were taken to prison and three placed under house arrest. The investigation began ten months ago, after a bike shop owner reported the theft of 38 e-bikes in a single night.`,
		"b8de.txt": `de|Fahrraddiebe in Venetien gefasst

Panorama | Italien

Padua – Die italienische Polizei hat eine Bande zerschlagen, die in zwei Jahren rund 1350 hochwertige Fahrräder und E-Bikes gestohlen haben soll. Elf Verdächtige im Alter von 19 bis 54 Jahren wurden festgenommen.

Der Wert der Beute wird auf 2,7 Millionen Euro geschätzt. In einer Lagerhalle in Villafranca Brenta stellten die Carabinieri 420 Räder sicher. Viele stammten aus Garagen und Kellern in Venetien und im Trentino – auch Urlauber aus Deutschland und Österreich waren unter den Opfern.

Die Ermittlungen dauerten zehn Monate.`,
	}, map[string][2]string{"b8it2.txt": {"13", "11"}}},
	{"light-festival-attendance", map[string]string{
		"b9de.txt": `de|Lichterfest Lindenau: Rund 185.000 Besucher an vier Tagen

Lindenau (dpa/lby) - Das Lichterfest in Lindenau am Main hat in diesem Jahr rund 185.000 Besucherinnen und Besucher angelockt. Im Vorjahr waren es 162.000 gewesen, teilten die Veranstalter am Montag mit. Das entspricht einem Plus von 14 Prozent.

Von Donnerstag bis Sonntag verwandelten 46 Lichtinstallationen die Altstadt und das Mainufer. Beteiligt waren 30 Künstlerinnen und Künstler aus neun Ländern.

"Wir sind an unsere Kapazitätsgrenze gestoßen", sagte Festivalleiterin Miriam Olschewski. Im kommenden Jahr soll das Fest deshalb fünf Tage dauern.

Das Budget lag bei 1,1 Millionen Euro, davon trug die Stadt 400.000 Euro. Die Polizei zählte neun Taschendiebstähle und sprach insgesamt von einem friedlichen Verlauf.`,
		"b9de2.txt": `de|Mehr als 180.000 Gäste: Lichterfest bricht Rekord

Lindenau | Kultur

Von Katrin Hofbauer

Schon am Samstagabend war auf der Mainbrücke kaum ein Durchkommen: Mehr als 180.000 Menschen haben das diesjährige Lichterfest besucht – so viele wie nie seit der ersten Ausgabe 2016.

Besonders beliebt war die begehbare Lichtskulptur "Nachtfalter" der niederländischen Künstlerin Femke Dorrestein, 29, vor der sich die Menschen zeitweise 40 Minuten lang anstellten. Oberbürgermeister Harald Zinnecker, 61, zeigte sich "stolz auf unsere Stadt".

Die Kosten von 1,1 Millionen Euro teilen sich Stadt und Sponsoren. 2032 soll das Fest von Mittwoch bis Sonntag stattfinden.`,
		"b9en.txt": `en|German light festival draws record 185,000 visitors

Lindenau am Main's light festival drew about 185,000 visitors over four days, up from 162,000 a year earlier, organisers said on Monday.

Festival director Miriam Olschewski said 46 installations by 30 artists from nine countries had been shown in the old town and along the river Main from Thursday to Sunday.

The festival cost €1.1 million, of which the town paid €400,000. Next year's edition will run for five days.`,
		"b9fr.txt": `fr|Allemagne : près de 185 000 visiteurs pour la fête des lumières de Lindenau

Culture | Europe

La fête des lumières de Lindenau am Main, en Bavière, a attiré près de 185 000 visiteurs en quatre jours, soit 14 % de plus que l'an dernier, selon les organisateurs.

Pendant quatre soirs, 46 installations lumineuses signées par 30 artistes de neuf pays ont illuminé la vieille ville. La directrice du festival, Miriam Olschewski, souhaite allonger l'édition 2032 à cinq jours.

Le budget s'élève à 1,1 million d'euros, dont 400 000 euros à la charge de la ville.`,
	}, nil},
	{"fountain-restored", map[string]string{
		"b10it.txt": `it|Montefalcone Sabino, la Fontana dei Tritoni torna a zampillare

Rieti | Cultura

Dopo undici mesi di cantiere torna a zampillare la Fontana dei Tritoni di Montefalcone Sabino. L'inaugurazione è in programma venerdì 16 maggio alle 18, in piazza del Comune.

Il restauro è costato 640.000 euro: 400.000 li ha messi la Fondazione Sabina Arte, il resto il ministero della Cultura. Dalle vasche e dalle statue sono state rimosse circa 3 tonnellate di calcare.

La fontana fu realizzata nel 1714 dallo scultore Giovan Battista Ferracuti. L'ultimo intervento risaliva al 1962. «I getti d'acqua tornano ad arrivare a 4,5 metri, come nel progetto originale», spiega la restauratrice Chiara Benedetti, 46 anni, che ha guidato i lavori.

Il sindaco Roberto Ciucci annuncia per la serata un concerto della banda cittadina.`,
		"b10it2.txt": `it|Fontana dei Tritoni, venerdì la riapertura dopo il restauro da 640mila euro

MONTEFALCONE SABINO - Si conclude dopo 11 mesi il restauro della settecentesca Fontana dei Tritoni, capolavoro barocco del 1714. Venerdì il taglio del nastro con il sindaco Roberto Ciucci. Il cantiere, finanziato per 400mila euro dalla Fondazione Sabina Arte e per 240mila dal ministero, ha restituito alle statue il colore originale del travertino.`,
		"b10en.txt": `en|Baroque fountain flows again in Italian hill town

The Triton Fountain in Montefalcone Sabino, a hill town north-east of Rome, will be switched back on on Friday, May 16, after an 11-month restoration costing €640,000.

Completed in 1714 by the sculptor Giovan Battista Ferracuti, the travertine fountain had last been restored in 1962. Restorers removed about three tonnes of limescale from its basins and statues.

"The jets will again reach 4.5 metres, as in the original design," said chief restorer Chiara Benedetti, 46.`,
		"b10fr.txt": `fr|Italie : la fontaine des Tritons de Montefalcone Sabino restaurée

Patrimoine

La fontaine des Tritons de Montefalcone Sabino, petite ville du Latium, sera remise en eau vendredi 16 mai après onze mois de restauration.

Le chantier a coûté 640 000 euros, financés à hauteur de 400 000 euros par une fondation locale.

Œuvre du sculpteur Giovan Battista Ferracuti, achevée en 1741, la fontaine n'avait plus été restaurée depuis 1962. Ses jets d'eau atteignent de nouveau 4,5 mètres de haut, selon la restauratrice en chef, Chiara Benedetti, 46 ans.`,
	}, map[string][2]string{"b10fr.txt": {"1741", "1714"}}},
}
