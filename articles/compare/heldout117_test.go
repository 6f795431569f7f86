package compare

// heldOutVirazon are ten events written blind, without reading the
// comparison code, on topics not used before: a gas power station
// mothballed in Groningen (nl, nl, en), a school canteen strike in a French
// town (fr, fr, en), stained glass stolen from an Umbrian church (it, it,
// en, fr), a Flemish boys' choir leaving on a tour of Japan (nl, nl, en,
// fr), a fire at a pasta factory in Irpinia (it, it, en), a jammed lock gate
// in Zeeland (nl, nl, en), a pile-up at a Breton criterium (fr, fr, nl, en),
// a fire at a rowing club's boathouse in East Flanders (nl, fr, en), a
// Normandy dairy co-op's expansion (fr, en, en) and a Ticino daily ending
// its print edition (it, fr, en).
//
// Six contradictions are planted, one an event, five of them outside the
// first paragraph and all in a report whose language is a minority in its
// event: a count of jobs cut (v1en, 35 against 25, third paragraph), a
// year a window was made (v3fr, 1521 against 1512, second paragraph), a
// weekday of a farewell concert (v4fr, dimanche against Saturday with the
// same date, last paragraph), a detour's length (v6en, 63 km against 36 km,
// third paragraph), a rider's age (v7nl, 24-jarige against 23, second
// paragraph) and a capacity rise (v9fr, 45 % against 35 %, first
// paragraph). The other four events hold none.
//
// Traps: parts and totals (60 + 25 of 85 staff, 34 of 52 boats, 19 of 46
// jobs with 11 journalists, 48 of 63 schools, 42 boys and 8 adults, lap 58
// of 70 and "twelve laps from the end", 70 laps of 1.6 km and 112 km);
// previous values (1,900 hours against 6,200 in 2015, 9,800 copies against
// 31,000 in 2005, €470 against €430, 400 to 540 million litres); numbers
// in words (zestig, veertien, quatorze, Forty-eight, Trente-quatre,
// Nineteen, Soixante, negenjarige); number formats (1900 / 1.900 / 1,900;
// 280.000 / 280 mila / 280 000 / €280,000; 2,4 milioni / CHF2.4 million);
// dollar conversions next to euro and franc amounts; hedges and rounding
// (ruim 14 miljoen, zo'n vijftien, una ventina / around 20, meer dan een
// half miljoen / environ 600 000); two strike rates given by two sources in
// every report (70 % by the unions, 54 % by the town hall); the Dutch
// "acht" as a boat and as a number of boats lent; the same figure for
// different things (19 posts and 19 francs a month, 60 jobs and €60
// offered); "at least two weeks" against "entro quindici giorni"; several
// ages in one event (49; 71; 58, 9 and 16; 64 and 36; 23 and 31; 57; 61
// and 44); titles by synonym (topvrouw / algemeen directeur / chief
// executive, dirigent / chef de chœur / conductor, président / chairman,
// voorzitster / présidente / president, caporedattrice / rédactrice en
// chef / editor); background years (1998, 1957, 1911 and 1934, 1921 and
// 2011, 1963 and 2017, 1912 and 113 years, March 2023).
//
// Frozen before its first run, which flagged 4 of the 6 contradictions
// and 1 false disagreement. It missed v1en's 35 jobs cut against 25 (the
// 35 stood alone in a row of its own, "positions · 35", beside the Dutch
// 60 staff moved; no report's 25 was extracted at all) and v3fr's 1521
// against 1512 (only the two Italian reports' 1512 made a row; neither the
// French 1521 nor the English 1512 was extracted). The false disagreement was
// on the criterium's place, the English "Brittany" against the Dutch
// "Bretagne", one region named in two languages. One false disagreement
// is within the set's limit, so its maximum stays 1; no value in wrong
// was respelled.
//
// Fixed after, so the set is held out no longer: a year of any century
// after a participle of making and "in" ("made in 1512 by the glazier",
// "réalisé en 1521 par") is read: 5/6 flagged, 1 false.
var heldOutVirazon = []heldOutEvent{
	{"gas-plant-mothballed", map[string]string{
		"v1nl.txt": `nl|Veldmaas zet gascentrale Harkelmond in de mottenballen: 25 banen weg

Groningen | Economie

dinsdag 10:42

Energiebedrijf Veldmaas Energie legt zijn gascentrale in Harkelmond vanaf 1 oktober stil. De centrale van 420 megawatt draaide vorig jaar nog maar 1900 uur, tegen 6200 uur in 2015, en leed een verlies van 14 miljoen euro.

Van de 85 medewerkers kunnen er 60 aan de slag bij de centrale van het bedrijf in de Eemshaven. Voor de overige 25 dreigt ontslag.

"Met zoveel zon en wind op het net is deze centrale gewoon te vaak overbodig", zegt topvrouw Jorien Doornbos. De centrale wordt niet gesloopt: als het nodig is, kan ze binnen twaalf weken weer draaien.

Wethouder Anneke Tiemersma noemt het nieuws "een klap voor het dorp". De gemeente loopt jaarlijks zo'n 1,3 miljoen euro aan ozb mis.

Lees ook: Eemshaven krijgt nieuwe batterijopslag`,
		"v1nlb.txt": `nl|Gascentrale Harkelmond gaat dicht

Door onze redacteur Economie

AMSTERDAM - Veldmaas Energie gaat zijn gasgestookte centrale in het Groningse Harkelmond in de mottenballen leggen. Dat maakte het bedrijf dinsdag bekend. De installatie, met een vermogen van 420 MW, werd in 1998 in gebruik genomen.

Volgens algemeen directeur Jorien Doornbos (49) maakte de centrale vorig jaar ruim 14 miljoen euro verlies. Ze draaide nog maar zo'n 1.900 uur; in 2015 was dat nog 6.200 uur.

Ongeveer zestig van de 85 werknemers krijgen een plek in de Eemshaven, de andere 25 verliezen hun baan. Vakbond FNV spreekt van "een bittere pil". Bestuurder Kees Wubbels: "Dit zijn mensen die hier twintig, dertig jaar hebben gewerkt."

Vanaf 1 oktober staat de centrale stil. Ze blijft wel beschikbaar als reserve en kan binnen twaalf weken opnieuw worden opgestart.`,
		"v1en.txt": `en|Dutch utility Veldmaas to mothball Harkelmond gas plant

AMSTERDAM (Wire) - Dutch energy company Veldmaas Energie will mothball its 420-megawatt gas-fired power station at Harkelmond in the northern province of Groningen from Oct. 1, it said on Tuesday, blaming the growth of wind and solar power.

The plant, which opened in 1998, ran for only about 1,900 hours last year, compared with 6,200 hours in 2015, and lost 14 million euros ($15.2 million), chief executive Jorien Doornbos told reporters.

Of the plant's 85 staff, 60 will be offered jobs at the company's Eemshaven site, while 35 positions will be cut, the company said.

The station will be kept in reserve and could be restarted within 12 weeks if needed, Doornbos, 49, said.

(Reporting by Anna Kuipers; Editing by Mark Hollis)`,
	}, map[string][2]string{"v1en.txt": {"35", "25"}}},
	{"school-canteen-strike", map[string]string{
		"v2fr.txt": `fr|Grève dans les cantines : 48 écoles sans repas à Montbrison-sur-Lère

Éducation | Montbrison-sur-Lère

Publié le 6 février à 07h15, mis à jour à 12h40

Pas de cantine ce jeudi dans 48 des 63 écoles publiques de la ville. Les agents de restauration et d'entretien sont en grève à l'appel de la CGT et de FO pour réclamer une prime mensuelle de 150 euros.

Selon les syndicats, 70 % des quelque 1 100 agents concernés ont cessé le travail. La mairie, elle, avance un taux de 54 %.

« On nous demande de faire plus avec moins de monde depuis trois ans », résume Nadia Ferhat, secrétaire de la CGT territoriaux. La municipalité propose 60 euros par mois. « C'est ce que le budget permet », répond l'adjointe à l'éducation, Claire Vautrin.

Près de 9 500 élèves sont concernés. Les parents ont été invités à fournir un panier-repas. Une nouvelle journée de mobilisation est prévue mardi prochain.

À lire aussi : Rythmes scolaires, la concertation relancée`,
		"v2frb.txt": `fr|Montbrison-sur-Lère : les agents des cantines scolaires en grève

MONTBRISON-SUR-LÈRE, 6 fév (AFP) - Une grève des agents municipaux de cantine et d'entretien a privé jeudi de restauration scolaire les élèves de 48 écoles sur 63 à Montbrison-sur-Lère, a-t-on appris auprès de la mairie.

Les grévistes, soutenus par la CGT et Force ouvrière, réclament une prime de 150 euros par mois ; la ville, qui leur en propose 60, chiffre le coût de leur revendication à 2 millions d'euros par an.

La mairie a recensé 54 % de grévistes parmi ses 1 100 agents des écoles, contre 70 % selon les syndicats.

Un précédent mouvement, en mars 2023, avait duré deux jours.`,
		"v2en.txt": `en|School canteens shut as staff strike in Montbrison-sur-Lère

Nearly 9,500 pupils in the French town of Montbrison-sur-Lère had no school lunch on Thursday as canteen and cleaning staff walked out over pay.

Forty-eight of the town's 63 state schools were affected. Unions say 70% of the roughly 1,100 staff struck; the town hall puts the figure at 54%.

Staff want a €150 monthly bonus. The council has offered €60, which deputy mayor for schools Claire Vautrin said was "what the budget allows". Meeting the unions' demand would cost about €2m a year, she said.

Another strike day is planned for next Tuesday. The last walkout, in March 2023, lasted two days.`,
	}, nil},
	{"stained-glass-theft", map[string]string{
		"v3it.txt": `it|San Vitale in Colle, rubate due vetrate cinquecentesche dalla chiesa di Santa Maria delle Grazie

Cronaca

di Redazione | 12 maggio, ore 11:05

Furto nella notte tra sabato e domenica nella chiesa di Santa Maria delle Grazie a San Vitale in Colle. Ignoti hanno smontato e portato via due dei dodici pannelli della grande vetrata dell'abside, realizzata nel 1512 dal maestro vetraio Bernardino da Lucerna.

Secondo una prima stima della Soprintendenza, il valore dei due pannelli, di circa 80 per 45 centimetri ciascuno, è di 280.000 euro.

I ladri sarebbero entrati dalla sacrestia, forzando una porta laterale. A scoprire il furto, domenica mattina, è stato il parroco, don Emilio Santucci, 71 anni: "Mi è mancato il respiro. Quella vetrata è la storia del paese".

Indagano i carabinieri del Nucleo Tutela Patrimonio Culturale. La chiesa era stata restaurata nel 2019 con una spesa di 1,2 milioni di euro.`,
		"v3itb.txt": `it|Furto d'arte in Umbria, sparite due vetrate del '500

(ANSA) - PERUGIA, 12 MAG - Due pannelli di una vetrata del XVI secolo sono stati rubati nella notte tra sabato e domenica dalla chiesa di Santa Maria delle Grazie di San Vitale in Colle, nel Perugino. Lo hanno reso noto i carabinieri.

L'opera, firmata da Bernardino da Lucerna nel 1512, è composta da dodici riquadri. Il valore dei due asportati è stimato in circa 280 mila euro.

"Si tratta di ladri esperti, che sapevano cosa cercare", ha detto il capitano Lorenzo Ferracci, comandante del nucleo TPC di Perugia. Le immagini della vetrata sono state inserite nella banca dati dei beni culturali rubati. (ANSA).`,
		"v3en.txt": `en|Renaissance stained glass stolen from Umbrian church

Two panels of a 16th-century stained-glass window have been stolen from a church in the Umbrian hill town of San Vitale in Colle, Italian police said on Sunday.

The thieves removed the panels, each measuring roughly 80cm by 45cm, from the apse window of Santa Maria delle Grazie overnight, apparently entering through the sacristy. The window, made in 1512 by the glazier Bernardino da Lucerna, has 12 panels in all.

Italy's art-crime police, the Carabinieri TPC, put the value of the stolen glass at €280,000. "These were experienced thieves who knew what they were looking for," said Captain Lorenzo Ferracci.

The parish priest, Father Emilio Santucci, 71, discovered the theft on Sunday morning. The church reopened in 2019 after a €1.2m restoration.`,
		"v3fr.txt": `fr|Italie : des vitraux de la Renaissance volés dans une église d'Ombrie

ROME, 12 mai - Deux panneaux d'un vitrail du XVIe siècle ont été dérobés dans la nuit de samedi à dimanche dans l'église Santa Maria delle Grazie de San Vitale in Colle, un village d'Ombrie, ont annoncé les carabiniers.

Le vitrail, réalisé en 1521 par le maître verrier Bernardino da Lucerna, compte douze panneaux. Les deux pièces volées, d'environ 80 centimètres sur 45, sont estimées à 280 000 euros.

Les voleurs seraient passés par la sacristie. C'est le curé, don Emilio Santucci, 71 ans, qui a découvert le vol dimanche matin.

L'unité des carabiniers chargée de la protection du patrimoine culturel a ouvert une enquête.`,
	}, map[string][2]string{"v3fr.txt": {"1521", "1512"}}},
	{"boys-choir-japan-tour", map[string]string{
		"v4nl.txt": `nl|Knapenkoor Hoeverzele trekt drie weken op tournee door Japan

Regio | Hoeverzele

Het Knapenkoor Hoeverzele vertrekt op maandag 16 juni voor een tournee van drie weken door Japan. De 42 zangers, tussen 9 en 16 jaar oud, geven er veertien concerten, onder meer in Tokio, Osaka en Kyoto.

Voor het vertrek is er nog een afscheidsconcert, op zaterdag 14 juni om 20 uur in de Sint-Gummaruskerk.

"Voor veel jongens is het de eerste keer dat ze in een vliegtuig stappen", zegt dirigent Pieter Van Damme (58). De reis kost 310.000 euro. De Vlaamse overheid past daar 90.000 euro bij, de rest komt van sponsors en ouders.

Het koor werd in 1957 opgericht en trad al eerder op in Canada en Zuid-Korea.`,
		"v4nlb.txt": `nl|Hoeverzeelse knapen zingen in Japan

Nieuws | Kunst & Cultuur

Veertien concerten in drie weken: het Knapenkoor Hoeverzele heeft een druk programma voor de boeg. Maandag 16 juni vliegt het gezelschap van 42 jongens en 8 begeleiders naar Tokio.

Het budget voor de tournee bedraagt 310.000 euro, waarvan 90.000 euro subsidie van de Vlaamse regering.

Jongste zanger is de negenjarige Lowie Peeters. "Ik kijk het meest uit naar de hogesnelheidstrein", lacht hij.

Wie het koor nog wil horen vóór de reis, kan zaterdag 14 juni terecht in de Sint-Gummaruskerk. Kaarten kosten 15 euro.`,
		"v4en.txt": `en|Hoeverzele boys' choir heads to Japan

The Hoeverzele Boys' Choir, founded in 1957, leaves for a three-week tour of Japan on Monday 16 June, with 14 concerts in cities including Tokyo, Osaka and Kyoto.

The 42 choristers, aged between nine and 16, will be accompanied by eight adults. The tour has a budget of €310,000, of which the Flemish government is contributing €90,000.

Conductor Pieter Van Damme, 58, said the trip was "a dream for the boys and for me". A farewell concert takes place on Saturday 14 June in Hoeverzele's St Gummarus Church.`,
		"v4fr.txt": `fr|Le chœur de garçons de Hoeverzele en tournée au Japon

Culture

Le Knapenkoor Hoeverzele, un chœur de garçons flamand fondé en 1957, s'envolera lundi 16 juin pour une tournée de trois semaines au Japon, avec quatorze concerts au programme.

Ses 42 choristes, âgés de 9 à 16 ans, seront accompagnés de huit adultes. Le budget de la tournée s'élève à 310 000 euros, dont 90 000 euros de subsides flamands.

« C'est un rêve pour les garçons, et pour moi aussi », confie le chef de chœur Pieter Van Damme, 58 ans.

Un concert d'adieu sera donné dimanche 14 juin à l'église Saint-Gummaire de Hoeverzele.`,
	}, map[string][2]string{"v4fr.txt": {"Sunday", "Saturday"}}},
	{"pasta-factory-fire", map[string]string{
		"v5it.txt": `it|Casalverde, fiamme nel pastificio Dell'Orso: distrutto il magazzino

Cronaca | Avellino

di Carmine Russo

Un incendio è divampato mercoledì sera, intorno alle 22.30, nel magazzino imballaggi del Pastificio Dell'Orso, nella zona industriale di Casalverde Irpino. Per domare le fiamme sono serviti trenta vigili del fuoco con nove mezzi, al lavoro per circa sei ore.

Il capannone, di 2.500 metri quadrati, è andato completamente distrutto. Non ci sono feriti: il turno di notte, una ventina di operai, è stato evacuato in pochi minuti.

"Abbiamo perso il magazzino ma non la fabbrica", ha detto il titolare Giuseppe Dell'Orso, 64 anni, che stima i danni in circa 4 milioni di euro. La produzione, 220 tonnellate di pasta al giorno, resterà ferma per almeno due settimane.

Il sindaco Antonio Vitale ha invitato i residenti nel raggio di un chilometro a tenere le finestre chiuse.`,
		"v5itb.txt": `it|Incendio in pastificio in Irpinia, nessun ferito

(ANSA) - AVELLINO, 9 OTT - Vasto incendio nella notte in un pastificio di Casalverde Irpino (Avellino). Le fiamme hanno distrutto un capannone di circa 2.500 metri quadrati adibito a deposito di imballaggi. Non si registrano feriti.

Sul posto sono intervenuti i vigili del fuoco del comando provinciale con nove automezzi. Le operazioni di spegnimento si sono concluse all'alba.

L'azienda, fondata nel 1921, impiega 140 dipendenti. Secondo la direttrice commerciale Marta Dell'Orso, 36 anni, la produzione potrà riprendere "entro quindici giorni". Un altro incendio, di minore entità, aveva colpito lo stabilimento nel 2011. (ANSA).`,
		"v5en.txt": `en|Fire destroys warehouse at southern Italian pasta maker

A fire on Wednesday night destroyed the packaging warehouse of pasta maker Pastificio Dell'Orso in Casalverde Irpino, near Avellino, firefighters said. No one was hurt.

About 30 firefighters worked for some six hours to put out the blaze, which gutted the 2,500-square-metre building. Around 20 night-shift workers were evacuated.

Owner Giuseppe Dell'Orso, 64, put the damage at about €4 million. The family firm, founded in 1921, employs 140 people and makes 220 tonnes of pasta a day; output will be halted for at least two weeks.`,
	}, nil},
	{"lock-gate-jammed", map[string]string{
		"v6nl.txt": `nl|Buitendeur sluis Kreekerhaven klemt: scheepvaart ligt stil

Zeeland | Scheepvaart

vrijdag 14:20

De buitendeur van de sluis bij Kreekerhaven is vrijdagochtend halverwege blijven steken tijdens een jaarlijkse test. Sindsdien kan er geen schip meer door. Volgens Rijkswaterstaat duurt het herstel minstens tien dagen.

Rond de middag lagen er ongeveer veertig binnenvaartschepen te wachten. Schippers moeten omvaren via de Westerschelde en Hansweert, een route die 36 kilometer langer is en zo'n drie uur extra kost.

"Er zit vermoedelijk iets klem in de geleiding onderin", zegt woordvoerder Ingrid Verhulst van Rijkswaterstaat. De stalen deur weegt 280 ton en is 24 meter breed.

De sluis dateert uit 1963 en werd in 2017 nog voor 32 miljoen euro gerenoveerd.`,
		"v6nlb.txt": `nl|Stremming Kreekerhaven duurt zeker tien dagen

Door een vastgelopen sluisdeur is de sluis Kreekerhaven in Zeeland voor minstens tien dagen gestremd. Dat meldt Rijkswaterstaat. De deur bleef vrijdagochtend steken tijdens een test.

Schippersvereniging Schuttevaer spreekt van "een forse strop". Omvaren via Hansweert kost ongeveer 3 uur en 36 km extra. "Elk uur omvaren kost een schipper al snel honderden euro's aan brandstof", zegt regiovoorzitter Arie Kodde.

Duikers onderzoeken de onderkant van de deur, die 280 ton weegt. Bij de renovatie in 2017, die 32 miljoen euro kostte, werden de deuren niet vervangen.`,
		"v6en.txt": `en|Stuck lock gate halts shipping in Dutch province of Zeeland

ROTTERDAM (Wire) - The outer gate of the Kreekerhaven lock in the southwestern Netherlands jammed half-open during a routine test on Friday morning, halting barge traffic for at least 10 days, the Dutch waterways authority Rijkswaterstaat said.

Around 40 vessels were waiting to pass by midday.

Skippers face a detour via the Western Scheldt estuary and Hansweert that adds 63 km and about three hours to the journey, the authority said.

The 280-tonne steel gate, 24 metres wide, may have been blocked by debris in its lower guide, spokeswoman Ingrid Verhulst said. The lock, built in 1963, was refurbished in 2017 at a cost of €32 million.`,
	}, map[string][2]string{"v6en.txt": {"63 km", "36 km"}}},
	{"criterium-pileup", map[string]string{
		"v7fr.txt": `fr|Critérium de Plounévez-Kerlan : une chute massive gâche la fête

Cyclisme | Finistère

Dimanche, 16 h 40

Le Grand Prix de Plounévez-Kerlan a tourné au cauchemar dimanche après-midi. Au 58e des 70 tours du circuit de 1,6 km, une quinzaine de coureurs sont tombés dans le virage de l'église, devant environ 25 000 spectateurs.

La course a été neutralisée pendant une vingtaine de minutes. Le Néerlandais Sem Vreeswijk (Orveld-Lumen), 23 ans, souffre d'une fracture de la clavicule. Le Breton Mathis Le Goff, 31 ans, a été transporté au CHU de Brest, victime d'une commotion cérébrale.

« Le virage avait été protégé par des bottes de paille, comme chaque année », a assuré Yannick Caradec, président du comité des fêtes organisateur.

La victoire est revenue au Belge Jonas Verhaert, au sprint.`,
		"v7frb.txt": `fr|Chute collective à Plounévez-Kerlan

Une quinzaine de coureurs ont chuté dimanche au critérium de Plounévez-Kerlan (Finistère), à douze tours de l'arrivée. Sem Vreeswijk, le jeune Néerlandais de l'équipe Orveld-Lumen, s'est fracturé la clavicule. Mathis Le Goff (31 ans) a été évacué vers Brest avec une commotion.

La course, longue de 112 km, a repris après vingt minutes d'interruption et s'est conclue par la victoire de Jonas Verhaert.`,
		"v7nl.txt": `nl|Vreeswijk breekt sleutelbeen bij massale valpartij in Bretagne

Wielrennen

Sem Vreeswijk heeft zondag zijn sleutelbeen gebroken bij een zware valpartij in het criterium van Plounévez-Kerlan in Bretagne. Zo'n vijftien renners gingen tegen de grond in een bocht bij de kerk, twaalf ronden voor het einde.

De 24-jarige renner van Orveld-Lumen wordt maandag in Nederland geopereerd, meldt zijn ploeg. "Balen, maar het had erger kunnen zijn", laat Vreeswijk weten.

De Franse renner Mathis Le Goff (31) liep een hersenschudding op. De koers lag twintig minuten stil en werd gewonnen door de Belg Jonas Verhaert.`,
		"v7en.txt": `en|Crash mars Plounévez-Kerlan criterium

Around 15 riders crashed at the Plounévez-Kerlan criterium in Brittany on Sunday, with Dutchman Sem Vreeswijk breaking his collarbone.

The pile-up happened on lap 58 of 70 on the 1.6km circuit, in front of an estimated 25,000 spectators. The race was stopped for around 20 minutes.

Vreeswijk, 23, will undergo surgery in the Netherlands on Monday, his Orveld-Lumen team said. Frenchman Mathis Le Goff, 31, was taken to hospital in Brest with concussion.

Belgium's Jonas Verhaert won the sprint.`,
	}, map[string][2]string{"v7nl.txt": {"24 years", "23 years"}}},
	{"rowing-boathouse-fire", map[string]string{
		"v8nl.txt": `nl|Botenloods van roeiclub Leiezonen in Latembeke afgebrand: "Hart van de club is weg"

Latembeke

In de nacht van maandag op dinsdag is de botenloods van de Koninklijke Roeivereniging Leiezonen in Latembeke volledig afgebrand. Van de 52 boten gingen er 34 verloren, waaronder een nieuwe acht die vorig jaar 48.000 euro kostte.

De brandweer rukte uit met een veertigtal manschappen, maar kon de houten loods uit 1934 niet meer redden. De oorzaak is nog onbekend. "We sluiten niets uit", zegt het parket.

"Het hart van onze club is weg", zegt voorzitster Hilde Verstraete. Ze schat de schade op meer dan een half miljoen euro. De club, opgericht in 1911, telt 320 leden, van wie 110 jongeren.

De Gentse buren hebben al acht boten uitgeleend. Zaterdag wordt er opnieuw getraind.`,
		"v8fr.txt": `fr|Latembeke : le hangar à bateaux du club d'aviron Leiezonen détruit par les flammes

Un violent incendie a ravagé dans la nuit de lundi à mardi le hangar du club d'aviron Leiezonen, à Latembeke, en Flandre orientale. Trente-quatre des 52 bateaux du club sont partis en fumée.

Le bâtiment en bois, construit en 1934, n'a pas pu être sauvé malgré l'intervention d'une quarantaine de pompiers. L'origine du sinistre reste inconnue.

La présidente du club, Hilde Verstraete, évalue les dégâts à environ 600 000 euros. Parmi les embarcations détruites figure un huit acheté l'an dernier pour 48 000 euros.

Le club, fondé en 1911, compte 320 membres.`,
		"v8en.txt": `en|Fire destroys historic rowing club boathouse in East Flanders

A fire overnight from Monday to Tuesday destroyed the boathouse of the Royal Rowing Club Leiezonen in Latembeke, East Flanders, along with 34 of the club's 52 boats.

Some 40 firefighters fought the blaze, but the wooden building, dating from 1934, could not be saved. The cause is not yet known, and the prosecutor's office has not ruled out arson.

Club president Hilde Verstraete put the damage at around €600,000. Among the boats lost was an eight bought last year for €48,000.

The club, founded in 1911, has 320 members, 110 of them juniors. A neighbouring club in Ghent has lent it eight boats, and training will resume on Saturday.`,
	}, nil},
	{"dairy-plant-expansion", map[string]string{
		"v9fr.txt": `fr|La laiterie de la Sélune investit 85 millions d'euros et va créer 60 emplois

Économie | Manche

La coopérative laitière de la Sélune va augmenter de 45 % la capacité de son usine de Saint-Héran-sur-Sélune, grâce à un investissement de 85 millions d'euros annoncé mardi. Le site pourra transformer 540 millions de litres de lait par an.

Soixante emplois seront créés, ce qui portera l'effectif à 410 salariés. Les travaux débuteront en septembre pour une mise en service prévue en 2027. La Région Normandie apporte une aide de 6 millions d'euros.

« Nos 1 150 adhérents ont besoin de débouchés », souligne le président de la coopérative, Yves Lemarchand, éleveur de 57 ans à Ducey-les-Prés. Le lait leur a été payé 470 euros les 1 000 litres l'an dernier, contre 430 euros un an plus tôt.

La directrice générale, Sophie Halbout, vise surtout l'export de poudre de lait infantile vers l'Asie.`,
		"v9en.txt": `en|French co-op Laiterie de la Sélune to spend €85m on Normandy plant

French dairy cooperative Laiterie de la Sélune will invest €85 million to expand its plant at Saint-Héran-sur-Sélune in Normandy, raising milk processing capacity by 35% to 540 million litres a year from 400 million.

The project, due to be completed in 2027, will create 60 jobs, taking the site's workforce to 410. Building work starts in September.

Managing director Sophie Halbout said much of the extra output would be infant formula powder for export to Asia. The Normandy region is contributing €6 million.

The co-op, owned by 1,150 farmer members, paid €470 per 1,000 litres of milk last year, up from €430.`,
		"v9enb.txt": `en|Normandy dairy co-op unveils €85 million expansion

PARIS (Wire) - Laiterie de la Sélune, a cooperative of about 1,150 dairy farmers in Normandy, said on Tuesday it would spend 85 million euros to boost capacity at its Saint-Héran-sur-Sélune plant by 35 percent.

The expansion will lift annual processing to 540 million litres and add 60 jobs, chairman Yves Lemarchand, 57, said. The regional government will provide a 6 million euro grant.

Work is due to begin in September and finish in 2027.`,
	}, map[string][2]string{"v9fr.txt": {"45%", "35%"}}},
	{"newspaper-print-end", map[string]string{
		"v10it.txt": `it|Il Corriere di Brenno chiude l'edizione cartacea dopo 113 anni

Ticino | Media

Dal 31 marzo il Corriere di Brenno uscirà solo in versione digitale. Lo ha annunciato giovedì l'editore, Editrice Brenno SA, che prevede la soppressione di 19 dei 46 posti di lavoro, tra cui 11 giornalisti.

La tiratura è scesa a 9.800 copie, contro le 31.000 del 2005. Lo scorso anno il giornale ha perso 2,4 milioni di franchi.

"Stampare ogni giorno non è più sostenibile", ha spiegato il direttore generale Fabio Rusconi, 61 anni. La caporedattrice Giulia Bernasconi, 44 anni, resterà alla guida della redazione digitale.

Il sindacato syndicom parla di "una giornata nera per l'informazione regionale" e chiede un piano sociale.`,
		"v10fr.txt": `fr|Le «Corriere di Brenno» renonce au papier

Médias

Le quotidien tessinois Corriere di Brenno, fondé en 1912, ne paraîtra plus qu'en ligne à partir du 31 mars. Son éditeur, Editrice Brenno SA, supprime 19 postes sur 46, dont 11 de journalistes.

Le tirage du journal était tombé à 9800 exemplaires, contre 31 000 en 2005. Les pertes ont atteint 2,4 millions de francs l'an dernier.

La rédactrice en chef Giulia Bernasconi, 44 ans, dirigera la rédaction numérique. L'abonnement en ligne coûtera 19 francs par mois.`,
		"v10en.txt": `en|Ticino daily Corriere di Brenno to go online-only

The Italian-language Swiss daily Corriere di Brenno will publish its last print edition on March 31, ending 113 years on paper, its publisher said on Thursday. Nineteen of its 46 jobs will go, including 11 journalist posts.

Print circulation has fallen to about 9,800 copies from 31,000 in 2005, and the paper lost CHF2.4 million ($2.7 million) last year.

"Printing every day is no longer sustainable," said Fabio Rusconi, chief executive of publisher Editrice Brenno SA. Editor Giulia Bernasconi will lead the digital newsroom.`,
	}, nil},
}
