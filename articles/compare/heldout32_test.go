package compare

// heldOutFog is the thirtieth blind held-out set, written without reading
// the extraction or the matching, to provoke false disagreements: six of
// its nine events hold no contradiction but are dense with figures of one
// kind for different things (per region, per year, per group; previous
// values; parts and totals; rates and totals; figures in quotes; one
// source giving figures the others leave out; hedges and rounding; ages of
// two or three people; weekdays of different happenings; units in two
// systems; durations in two units; numbers in words; cents), and three
// hold one planted contradiction each: a share deep in the last paragraph
// of a Portuguese report, a weekday in the only Dutch report of its event,
// a count in the only Spanish one.
//
// Its first run, frozen before it, flagged 1 of the 3 contradictions and
// no false disagreement:
//
//	held-out (Fog): 1/3 contradictions flagged, 0 false disagreements
//	! tourism-record percent "chegou aos": y4en.txt=71% [71%]; y4es.txt=71 % [71%]; y4pt.txt=81% [81%] y4en, y4es: 71%; y4pt: 81%
//	medicine-shortage: missed y6nl.txt's Thursday against Friday
//	road-deaths: missed y8es.txt's 52 against 38
//
// The Dutch weekday stood in a row of its own ("Thursday": y6nl.txt=
// Donderdag) beside the others' "attendue · Friday", and the Spanish count
// in one of its own ("peatones · 52") beside "fußgänger · 38".
//
// Kept held out until the synonym table learned common counted things in
// seven languages, after the Dew set: now 2/3, 0 false.
//
// Fixed after, so the set is held out no longer: a source's one weekday
// that no other source gives joins the one weekday row two or more others
// give and it lacks, when the days are neighbours, in another language,
// and neither is the day news was given out nor a bound or a plan (a rule
// written for the Fohnwall set): 3/3 flagged, 0 false.
var heldOutFog = []heldOutEvent{
	{"letter-delivery", map[string]string{
		"y1en.txt": `en|Brelmark Post to deliver letters only three days a week from March

Business | Published 7 January 2038, 11:40

Brelmark Post will cut letter delivery to three days a week from Monday 1 March, the company said on Thursday, as the number of letters it handles keeps falling.

The postal operator delivered 410 million letters last year, down from 1.2 billion in 2028. Parcels, by contrast, rose 8% to 96 million.

Letters will be delivered on Mondays, Wednesdays and Fridays. The price of a standard stamp will rise from €1.20 to €1.35 on the same date, the third increase in four years.

"We cannot keep sending a postman down every street six days a week for a handful of envelopes," chief executive Ilse Marwitz, 54, said. About 1,100 of the company's 14,500 delivery jobs will go, mostly through retirements, she said.

Unions said they would meet management on Tuesday.

Share this article`,
		"y1de.txt": `de|Brelmark Post stellt Briefe nur noch an drei Tagen zu

Wirtschaft

07.01.2038

Die Brelmark Post wird ab Montag, 1. März, Briefe nur noch an drei Tagen pro Woche zustellen. Das teilte das Unternehmen am Donnerstag mit. Grund sei die stark sinkende Zahl an Briefen: 2037 stellte die Post 410 Millionen Briefe zu, 2028 waren es noch 1,2 Milliarden. Die Zahl der Pakete stieg dagegen um acht Prozent auf 96 Millionen.

Zugestellt wird künftig montags, mittwochs und freitags. Das Porto für einen Standardbrief steigt zum selben Datum von 1,20 auf 1,35 Euro.

Rund 1100 der 14.500 Stellen in der Zustellung sollen wegfallen, vor allem über den Ruhestand, sagte Vorstandschefin Ilse Marwitz (54). Die Gewerkschaften wollen am Dienstag mit der Unternehmensführung sprechen.`,
		"y1nl.txt": `nl|Brelmark Post bezorgt brieven nog maar drie dagen per week

Economie | 7 januari 2038, 12:15

Brelmark Post gaat vanaf maandag 1 maart nog maar drie dagen per week brieven bezorgen: op maandag, woensdag en vrijdag. Dat maakte het postbedrijf donderdag bekend.

Vorig jaar bezorgde het bedrijf 410 miljoen brieven; in 2028 waren dat er nog 1,2 miljard. Het aantal pakketten steeg met 8 procent tot 96 miljoen.

Een postzegel voor een gewone brief gaat op dezelfde dag van 1,20 euro naar 1,35 euro, vijftien cent duurder dus.

Van de 14.500 banen in de bezorging verdwijnen er ongeveer 1100, vooral via pensioneringen, zei topvrouw Ilse Marwitz (54). De vakbonden praten dinsdag met de directie.

Lees ook: Pakketbezorgers willen hoger loon`,
	}, nil},
	{"tennis-final", map[string]string{
		"y2en.txt": `en|Ezcurra outlasts Vandaele to win Calvara Open

Sport | Tennis

16 May 2038

Marta Ezcurra won the Calvara Open on Sunday, beating Lien Vandaele 6-4, 3-6, 7-5 in a final that lasted two hours and 48 minutes.

The 23-year-old, who lost last year's final in straight sets, took her fourth title of the season and the 11th of her career. She will rise from sixth to third in the world rankings on Monday.

Vandaele, 31, saved three match points before netting a backhand on the fourth. "She was simply better on the big points," said the Belgian, who had knocked out the top seed in Friday's semi-final.

Ezcurra collects €1.2 million in prize money, Vandaele €640,000. A record crowd of 14,200 watched on the centre court.

Ezcurra's coach, Tomás Ibarguren, 58, said she would skip next week's tournament to rest.`,
		"y2es.txt": `es|Ezcurra conquista el Abierto de Calvara tras casi tres horas de batalla

Deportes | Tenis

Calvara, 16 may (Agencia)

La tenista Marta Ezcurra, de 23 años, se proclamó este domingo campeona del Abierto de Calvara al derrotar a la belga Lien Vandaele, de 31, por 6-4, 3-6 y 7-5 en dos horas y 48 minutos.

Es su cuarto título de la temporada y el undécimo de su carrera. El lunes ascenderá del sexto al tercer puesto de la clasificación mundial.

Vandaele salvó tres bolas de partido antes de ceder en la cuarta. La belga había eliminado el viernes a la primera cabeza de serie.

La campeona se embolsa 1,2 millones de euros. Su entrenador, Tomás Ibarguren, de 58 años, confirmó que no jugará el torneo de la próxima semana.`,
		"y2fr.txt": `fr|Tennis : Ezcurra s'impose à Calvara

Sport | Publié le 16/05/2038 à 19h02

L'Espagnole Marta Ezcurra (23 ans) a remporté dimanche l'Open de Calvara en battant la Belge Lien Vandaele (31 ans) 6-4, 3-6, 7-5 au terme de 168 minutes de jeu.

Finaliste malheureuse l'an dernier, Ezcurra décroche son onzième titre, le quatrième cette saison, et gagnera lundi trois places au classement mondial, où elle sera troisième.

« Elle a été meilleure sur les points importants », a reconnu Vandaele, qui empoche 640 000 euros. La gagnante touche 1,2 million d'euros. Quelque 14 200 spectateurs ont assisté à la finale, un record.`,
		"y2it.txt": `it|Ezcurra regina a Calvara, Vandaele ko al terzo set

Sport – Tennis

16 maggio 2038

Marta Ezcurra ha vinto domenica gli Open di Calvara battendo in finale la belga Lien Vandaele 6-4 3-6 7-5 dopo quasi tre ore di gioco. Per la spagnola, 23 anni, è l'undicesimo titolo in carriera.

Vandaele, 31 anni, aveva annullato tre match point. Davanti a 14.200 spettatori, la vincitrice ha intascato un assegno da 1,2 milioni di euro.

Il suo allenatore Tomás Ibarguren (58 anni): «Adesso deve riposare».`,
	}, nil},
	{"births", map[string]string{
		"y3fr.txt": `fr|Natalité : l'Aldorie n'a jamais compté aussi peu de naissances

Société | 17 mars 2038 à 07h45

L'Aldorie a enregistré 71 400 naissances en 2037, soit 3,2 % de moins qu'en 2036, selon les chiffres publiés mercredi par l'office national de la statistique. C'est le plus faible nombre depuis le début des relevés, en 1946.

L'indicateur de fécondité recule à 1,38 enfant par femme, contre 1,44 un an plus tôt. Il atteint 1,52 dans la région du Nord, mais seulement 1,21 dans la région capitale.

Les mères ont en moyenne 31,4 ans à la naissance de leur premier enfant. Avec 88 900 décès, le pays a perdu 17 500 habitants du seul fait du solde naturel.

« La tendance est la même partout en Europe », souligne la démographe Corinne Vasseur.`,
		"y3it.txt": `it|Aldoria, nascite al minimo storico: 71.400 nel 2037

Cronaca

17 marzo 2038

Le nascite in Aldoria sono scese nel 2037 a 71.400, il 3,2% in meno rispetto all'anno precedente, quando erano state 73.760. Lo ha comunicato mercoledì l'istituto nazionale di statistica.

Il numero medio di figli per donna è sceso da 1,44 a 1,38. Nella regione del Nord si arriva a 1,52, nella regione della capitale ci si ferma a 1,21.

Le madri hanno in media poco più di 31 anni quando nasce il primo figlio. I decessi sono stati 88.900.`,
		"y3en.txt": `en|Aldoria births hit record low as fertility rate falls to 1.38

World | Europe

17 March 2038

Aldoria recorded 71,400 births last year, the fewest since records began in 1946, the national statistics office said on Wednesday. That was 3.2% fewer than in 2036.

The fertility rate fell to 1.38 children per woman from 1.44. It ranged from 1.21 in the capital region to 1.52 in the north.

With 88,900 deaths, the population shrank by 17,500 through natural change alone, although net migration of about 24,000 people kept the total growing, the office said.

Twins accounted for 1,150 of the births.`,
	}, nil},
	{"tourism-record", map[string]string{
		"y4pt.txt": `pt|Alvorinha bate recorde de dormidas em 2037

Economia | Turismo

11 fev 2038 - 09:30

A região de Alvorinha registou 21,6 milhões de dormidas em 2037, mais 5% do que no ano anterior, ultrapassando o anterior máximo de 20,9 milhões, alcançado em 2019, segundo dados divulgados na quinta-feira pela entidade regional de turismo.

Os hóspedes estrangeiros foram responsáveis por 62% das dormidas. Os britânicos lideram, com 3,1 milhões de noites, à frente dos alemães, com 2,4 milhões.

As receitas dos 640 hotéis da região atingiram 2,9 mil milhões de euros.

"Já não somos só um destino de verão", afirmou o presidente da entidade, Henrique Salgueiro, de 61 anos, lembrando que o número de dormidas entre novembro e março cresceu 11%.

A estada média manteve-se nas 3,4 noites. Em agosto, a taxa de ocupação chegou aos 81%, contra 48% na média do ano.

Leia também: Aeroporto regional com novas rotas`,
		"y4en.txt": `en|Alvorinha tourism breaks 2019 record

Travel

11 February 2038

Portugal's Alvorinha region logged 21.6 million overnight stays in 2037, up 5% on the year before and above the previous peak of 20.9 million set in 2019, the regional tourism board said on Thursday.

Foreign guests accounted for 62% of nights. British visitors led with 3.1 million nights, followed by Germans with 2.4 million.

Hotel occupancy peaked at 71% in August and averaged 48% across the year. The region's 640 hotels took in €2.9 billion.

Board president Henrique Salgueiro, 61, said winter stays between November and March had grown 11%.`,
		"y4es.txt": `es|Alvorinha, en Portugal, supera su récord de pernoctaciones

Viajes

Lisboa, 11 feb (Agencia)

La región portuguesa de Alvorinha sumó en 2037 un total de 21,6 millones de pernoctaciones, un 5 % más que el año anterior, según la entidad regional de turismo. El récord anterior, de 20,9 millones, databa de 2019.

Los extranjeros supusieron el 62 % de las noches; los británicos, con 3,1 millones, y los alemanes, con 2,4 millones, encabezan la lista. Los españoles sumaron 1,3 millones.

La ocupación hotelera llegó al 71 % en agosto. La estancia media fue de 3,4 noches.`,
	}, map[string][2]string{"y4pt.txt": {"81%", "71%"}}},
	{"jellyfish", map[string]string{
		"y5it.txt": `it|Meduse, chiuse 14 spiagge a Porto Salvio

Cronaca | Estate

Porto Salvio, 5 agosto 2038

Sono 14, su un totale di 38, le spiagge di Porto Salvio chiuse alla balneazione da martedì per l'invasione di meduse. Il divieto resterà in vigore per quattro giorni: le spiagge riapriranno sabato.

Nelle ultime 48 ore il pronto soccorso ha medicato circa 230 persone punte dalle meduse, 90 solo ieri. Due sono state ricoverate: una bambina di 9 anni e un uomo di 72.

"La temperatura dell'acqua è di 27 gradi, due in più della media del periodo", ha spiegato la biologa marina Giulia Farnese, 44 anni. Alcuni esemplari superano i 30 centimetri di diametro.`,
		"y5de.txt": `de|Quallenplage: Strände in Porto Salvio gesperrt

Panorama

05.08.2038

Wegen massenhaft auftretender Quallen sind in dem italienischen Badeort Porto Salvio seit Dienstag 14 von 38 Stränden gesperrt. Das Badeverbot gilt vier Tage, am Samstag sollen die Strände wieder öffnen.

Binnen 48 Stunden wurden rund 230 Menschen mit Quallenstichen behandelt. Zwei kamen ins Krankenhaus, ein neunjähriges Mädchen und ein 72 Jahre alter Mann.

Das Wasser ist nach Angaben der Meeresbiologin Giulia Farnese (44) 27 Grad warm und damit zwei Grad wärmer als üblich. Manche Quallen messen mehr als 30 Zentimeter.`,
		"y5fr.txt": `fr|Italie : invasion de méduses, 14 plages fermées à Porto Salvio

Monde | 5 août 2038 à 14h10

Quatorze des 38 plages de la station balnéaire italienne de Porto Salvio sont interdites à la baignade depuis mardi en raison d'une invasion de méduses. Elles devraient rouvrir samedi.

Environ 230 personnes ont été soignées pour des piqûres en deux jours, dont 90 pour la seule journée de mercredi. Une fillette de 9 ans et un homme de 72 ans ont été hospitalisés.

L'eau atteint 27 °C, selon la biologiste Giulia Farnese. Certaines méduses dépassent 30 cm.`,
	}, nil},
	{"medicine-shortage", map[string]string{
		"y6en.txt": `en|Amoxicillin shortage: 340 medicines now in short supply, regulator says

Health

19 January 2038

The number of medicines in short supply in Waldenland has reached 340, up from 210 a year ago, the medicines regulator said on Tuesday.

The worst hit is amoxicillin syrup for children, which is out of stock at about one in three of the country's 4,100 pharmacies. A shipment of 1.5 million packs from India is due on Friday, health minister Karel Stoops, 47, said.

The imported packs cost €4.80 each, against €3.90 for the usual supplier's. "Parents should not stockpile," Stoops said.`,
		"y6de.txt": `de|Waldenland: 340 Medikamente knapp

Gesundheit

19.01.2038, 16:20 Uhr

In Waldenland sind derzeit 340 Arzneimittel nicht ausreichend lieferbar, vor einem Jahr waren es 210. Das teilte die Arzneimittelbehörde am Dienstag mit.

Besonders betroffen ist Amoxicillin-Saft für Kinder: Etwa jede dritte der 4100 Apotheken hat ihn nicht mehr vorrätig. Am Freitag sollen 1,5 Millionen Packungen aus Indien eintreffen, sagte Gesundheitsminister Karel Stoops (47). Eine Packung kostet 4,80 Euro statt 3,90 Euro.`,
		"y6nl.txt": `nl|Tekort aan antibiotica voor kinderen loopt op

Binnenland | 19 januari 2038, 14:02

In Waldenland zijn inmiddels 340 geneesmiddelen slecht leverbaar, tegen 210 een jaar geleden. Dat meldde de geneesmiddelenautoriteit dinsdag.

Vooral amoxicillinedrank voor kinderen is moeilijk te krijgen: ongeveer een op de drie van de 4100 apotheken heeft niets meer op voorraad.

Donderdag komt een zending van 1,5 miljoen verpakkingen uit India aan, zei minister van Volksgezondheid Karel Stoops (47). Die kosten 4,80 euro per stuk, 90 cent meer dan bij de vaste leverancier.

"Ouders moeten niet gaan hamsteren", aldus Stoops.`,
		"y6fr.txt": `fr|Pénurie de médicaments : 340 produits manquent au Waldenland

International

Publié le 19/01/2038

Quelque 340 médicaments sont en rupture ou en tension d'approvisionnement au Waldenland, contre 210 il y a un an, a indiqué mardi l'autorité du médicament.

Le sirop d'amoxicilline pour enfants manque dans environ une pharmacie sur trois, sur les 4 100 que compte le pays. Une livraison de 1,5 million de boîtes en provenance d'Inde est attendue vendredi, selon le ministre de la Santé, Karel Stoops.`,
	}, map[string][2]string{"y6nl.txt": {"Thursday", "Friday"}}},
	{"cycling-stage", map[string]string{
		"y7en.txt": `en|Dekkers sprints to stage four win in Tour of Hallenau

Cycling

8 June 2038

Dutch rider Joris Dekkers, 26, won the fourth stage of the Tour of Hallenau on Tuesday, beating Felix Gramm, 29, in a sprint at the end of the 187km (116-mile) run from Altbrück to Kessen.

Dekkers covered the hilly stage in four hours and 21 minutes, an average of nearly 43 km/h. It was his second stage win of the week.

Overall leader Matthias Ober, 33, finished in the main group and keeps a 48-second lead over Gramm with three stages left of the seven-day race. Thursday brings a 32km time trial.

About 60,000 spectators lined the route, organisers said.`,
		"y7de.txt": `de|Hallenau-Rundfahrt: Dekkers gewinnt Sprint in Kessen

Sport | Radsport

08.06.2038, 18:05 Uhr

Der Niederländer Joris Dekkers (26) hat am Dienstag die vierte Etappe der Hallenau-Rundfahrt gewonnen. Nach 187 Kilometern von Altbrück nach Kessen setzte er sich im Sprint gegen den Deutschen Felix Gramm (29) durch. Dekkers benötigte 4:21 Stunden.

Der Gesamtführende Matthias Ober (33) kam im Hauptfeld ins Ziel und liegt weiter 48 Sekunden vor Gramm. Am Donnerstag steht ein 32 Kilometer langes Einzelzeitfahren an.`,
		"y7nl.txt": `nl|Dekkers wint vierde etappe Ronde van Hallenau

Sport | Wielrennen

8 juni 2038, 17:48

Joris Dekkers heeft dinsdag de vierde etappe van de Ronde van Hallenau gewonnen. De 26-jarige renner was na 187 kilometer in Kessen in de sprint sneller dan Felix Gramm (29). Het is al zijn tweede ritzege deze week.

Dekkers deed vier uur en 21 minuten over de heuvelachtige rit. Leider Matthias Ober (33) houdt 48 seconden voorsprong op Gramm. Donderdag staat een tijdrit van 32 kilometer op het programma.`,
	}, nil},
	{"road-deaths", map[string]string{
		"y8fr.txt": `fr|Sécurité routière : 412 morts sur les routes de Lorvanie en 2037

Société | 14 janvier 2038 à 10h30

Les routes de Lorvanie ont fait 412 morts en 2037, contre 446 l'année précédente, soit une baisse de 7,6 %, selon le bilan publié jeudi par l'observatoire national de la sécurité routière. Au pic de 1972, on comptait 2 140 tués.

Parmi les victimes figurent 88 motocyclistes, 61 cyclistes et 38 piétons. Quelque 3 900 personnes ont été grièvement blessées.

La vitesse est en cause dans 30 % des accidents mortels. Le pays compte désormais 39 tués par million d'habitants.

« L'objectif de moins de 300 morts en 2030 reste atteignable », a assuré la ministre des Transports, Agnès Delorme, 52 ans.`,
		"y8de.txt": `de|Weniger Verkehrstote in Lorvanien

Politik

14.01.2038

Auf den Straßen Lorvaniens sind im vergangenen Jahr 412 Menschen ums Leben gekommen, 34 weniger als 2036. Das geht aus der am Donnerstag veröffentlichten Bilanz der nationalen Beobachtungsstelle für Verkehrssicherheit hervor. Im Rekordjahr 1972 waren es 2140 Tote gewesen.

Unter den Getöteten waren 88 Motorradfahrer, 61 Radfahrer und 38 Fußgänger. Rund 3900 Menschen wurden schwer verletzt. Bei 30 Prozent der tödlichen Unfälle war zu hohes Tempo im Spiel.

Verkehrsministerin Agnès Delorme (52) hält das Ziel von weniger als 300 Toten bis 2030 für erreichbar.`,
		"y8es.txt": `es|Lorvania registra 412 muertos en carretera, un 7,6 % menos

Internacional

14 ene 2038

Las carreteras de Lorvania se cobraron 412 vidas en 2037, frente a las 446 del año anterior, según el balance publicado el jueves por el observatorio nacional de seguridad vial.

Entre los fallecidos hay 88 motoristas, 61 ciclistas y 52 peatones. Unas 3.900 personas resultaron heridas graves. La velocidad influyó en el 30 % de los accidentes mortales.

La ministra de Transportes, Agnès Delorme, de 52 años, considera alcanzable el objetivo de bajar de 300 muertos en 2030.`,
	}, map[string][2]string{"y8es.txt": {"52", "38"}}},
	{"nurseries", map[string]string{
		"y9es.txt": `es|Valdemora abrirá 12 escuelas infantiles con 1.450 plazas

Local

Valdemora, 2 de septiembre de 2038

El Ayuntamiento de Valdemora abrirá este curso 12 nuevas escuelas infantiles públicas para niños de 0 a 3 años, que sumarán 1.450 plazas, anunció el jueves la alcaldesa, Lucía Borrell, de 49 años. La primera abrirá sus puertas el lunes 6 de septiembre.

La lista de espera supera hoy los 3.200 niños. La cuota mensual bajará de 290 a 190 euros, y las familias con menos ingresos no pagarán nada.

El Ayuntamiento contratará a 180 educadoras y prevé llegar a 4.000 plazas en 2041. Una de las escuelas llevará el nombre de la maestra Rosario Quintana, fallecida en 2036 a los 88 años.`,
		"y9en.txt": `en|Valdemora to open 12 public nurseries as waiting list tops 3,200

Europe | 2 September 2038

The Spanish city of Valdemora will open 12 public nurseries this school year, adding 1,450 places for children up to the age of three, mayor Lucía Borrell, 49, said on Thursday.

More than 3,200 children are on the waiting list. Monthly fees will fall by €100, from €290 to €190, and the poorest families will pay nothing.

The first nursery opens on Monday 6 September. The city will hire 180 staff and aims for 4,000 places by 2041.`,
		"y9fr.txt": `fr|Espagne : Valdemora ouvre douze crèches publiques

Europe

Publié le 2 septembre 2038 à 16h40

La ville espagnole de Valdemora va ouvrir cette année douze crèches publiques, soit 1 450 places pour les enfants de moins de trois ans, a annoncé jeudi la maire, Lucía Borrell (49 ans).

Plus de 3 200 enfants sont sur liste d'attente. Le tarif mensuel passera de 290 à 190 euros. La première crèche ouvrira lundi 6 septembre.`,
	}, nil},
}
