package compare

// heldOutGrecale is a blind held-out set written without reading the
// extraction, matching or grouping code: ten events of mixed national and
// regional news, each reported three or four times in French, Italian,
// Dutch and English (two Dutch reports of the lifeboat rescue, two Italian
// of the tram crash, two French of the water rationing). The topics: five
// fishermen rescued from a capsized cutter off Texel, an Italian
// regulator's fine on a Dutch-owned car insurer, a fee rise at the
// University of Padua, a tram and a bus colliding in Turin, the top prize
// of a Mediterranean film festival in Bastia, the opening date of a new
// A10 motorway tunnel between Ventimiglia and the French border, an
// Amsterdam council vote banning sea cruise ships from the city centre,
// night-time water cuts in the drought-struck Pyrénées-Orientales, Italy's
// olive oil harvest, and a ransomware attack on a hospital in Liège.
//
// Six contradictions are planted, one in each of the first six events and
// all outside the first paragraph: a duration (gc1fr: the fishermen
// "restés cinq heures accrochés à la coque", 5 hours against about three
// hours in the two Dutch and the English reports, in the only French
// report); an amount (gc2nl: Lanterna to refund "in totaal 19 miljoen
// euro" against €14 million, in the only Dutch report); a percentage
// (gc3fr: the top fee from 2 500 to 2 700 euros "soit une hausse de 13 %"
// against 8%, in the only French report); a count (gc4it2: a local page's
// "I feriti sono stati 32" against 23, while gc4it of the same language
// says 23); an age (gc5nl: "de 46-jarige Italiaanse regisseur Chiara
// Lodovisi" against 36, in the only Dutch report); a date (gc6en: the
// tunnel to open "on July 12" against 12 June, in the only English
// report). The last four events hold none.
//
// Traps that are no contradiction: "ongeveer drie uur", "ruim drie uur"
// and "about three hours"; the alarm at 04.10 and the lifeboat "een
// kwartier later" and "15 minutes later"; 10 nautical miles as 18.5 km and
// "environ 18 kilomètres"; a 26-metre (85-foot) cutter built in 1989;
// water of 16 degrees (16C, 61F); a skipper of 61 who has fished "veertig
// jaar", his son of 31, a volunteer of 29 and four men "between 23 and
// 44"; six volunteers of the station beside about 1,400 in the country;
// visibility under fifty metres; more than 2,600 launches last year; a
// cutter sunk in 2028; "schipper" and "patron" said both of the fishing
// skipper and of the lifeboat's coxswain. A fine of €4.6 million ("4,6
// milioni", "€4.6m") beside the €14 million of refunds to about 62,000
// policyholders of some 280,000 claims, 22% as "more than a fifth" and
// "ruim een vijfde", a 60-day limit ("zestig dagen") against 97 days on
// average, 150 new claims handlers, 1.3 million customers, €1.9 billion of
// premiums, Veldhaven's €410 million of profit, another insurer's €2.1
// million fine in 2031, a Belgian reprimand in 2030, a chief executive
// called "amministratore delegato" and "administrateur délégué". A top fee
// from €2,500 to €2,700 (8%), about 35% of 64,000 students exempt as "plus
// d'un tiers", an income threshold of €30,000, €11 million a year, the 4%
// rise of 2029, rents up 20% in a year, some 2,000 ("duemila", "deux
// mille") protesters, a university founded in 1222, Galileo's eighteen
// years, France's €178 fee, a rector called "rettrice" and "rectrice". 23
// injured as "Twenty-three", four seriously, about 60 passengers
// ("una sessantina", "almeno sessanta", "ongeveer zestig") on the tram and
// some 20 on the bus, a driver of 47 and twenty years at the controls, 35
// km/h (22 mph), six hours without trams, seven ambulances, a woman of 72
// and a boy of 17, eight injured at the same crossing in 2030, two Dutch
// tourists of 26 and 28. A director of 36 and a jury president of 67, a
// best actress of 19 ("negentienjarige"), 112 minutes as "just under two
// hours", 14 films from 11 countries ("Quatorze films de onze pays",
// "veertien films uit elf landen"), a prize of €15,000, 38,000 admissions
// against 33,000 last year, a 41st edition as "its 41st year" and "de 41ste
// keer", a first feature of 2029, a release on 14 December and another in
// January, the prize called "Dauphin d'or", "Delfino d'oro", "Golden
// Dolphin" and "Gouden Dolfijn" and the film "Le onde lunghe", "Les
// Longues Vagues" and "The Long Waves". A tunnel of 5.4 km (3.4 miles),
// 60 km/h before and 100 km/h (62 mph) after, up to 20 minutes
// ("vingt minutes") saved, €1.1 billion, works from 2028 as "six years",
// 450 workers, 42,000 vehicles of which 9,000 lorries, the ceremony on 11
// June beside the opening on 12 June at 6 a.m., a mayor called "sindaco"
// and "maire". A vote of 28 to 17, 104 ships as "roughly a hundred",
// about 270,000 passengers as "more than a quarter of a million" and "270
// mila", some 2,100 river cruise calls, 1 January 2036 as "the start of
// 2036", 30,000 cars, €95 million a year and 600 jobs, 1,800 homes, plans
// in 2035, Venice's 25,000 tonnes in 2021, an alderwoman called
// "wethouder", "deputy mayor" and "assessora". 74 of 226 municipalities,
// twelve villages ("douze", "twaalf", 12) cut from 22 heures to 6 heures as
// "Huit heures" and "acht uur lang", three hamlets, fines up to €1,500,
// farmers' 30% as "près d'un tiers" beside campsites' 20% as "een vijfde",
// a reservoir at 23% ("nog geen kwart") against 61% on average, 40% less
// rain over eighteen months ("anderhalf jaar", "18-month"), a spring of 40
// cubic metres a day against 110 two years ago and 60 used, a village of
// 330 and a woman of 78, pools closed at six in the evening, the drought
// of 2023. 310,000 tonnes up 40% from 220,000 as "90 000 tonnes de plus",
// Puglia's 160,000 tonnes as "circa la metà" and "près de la moitié",
// €7.20 a kilo against a record €9.50, Spain's 1.4 million tonnes,
// France's 5,000, more than 21 million trees since 2013, a harvest two
// weeks early, Puglia as "les Pouilles". A ransom of $4.5 million as "ruim
// 4,1 miljoen euro", 65 operations as "Soixante-cinq" and "Sixty-five",
// 48 hours as "minstens twee dagen", 860 beds, 3,800 staff, five sites,
// some 300,000 patients as "as many as 300,000", the third hospital in two
// years, a director called "directrice générale", "algemeen directeur" and
// "director general".
//
// Frozen before its first run, which flagged 2 of the 6 contradictions
// (Lanterna's refunds, the amount "d'intérêts": gc2nl's "19 miljoen euro"
// against €14 million in the three other reports; and the tram's injured,
// the count "feriti": gc4it2's 32 against 23) and 0 false disagreements.
// It missed four. The lifeboat's duration ("missed gc1fr.txt's 5 hours
// against 3 hours") is the only miss whose values shared a row: duration
// "3 hours" held gc1en's "about three hours", gc1nl's "ongeveer drie
// uur", gc1nl2's "Ruim drie uur" and gc1fr's "cinq heures" [5 hours], yet
// the row was not marked as a disagreement (perhaps as "ruim", more than
// three hours, leaves room for five; the code was not read). The other
// three were values left in a row of their own, never compared with the
// right one: the fee rise ("missed gc3fr.txt's 13% against 8%": the
// French percent "13%" apart from "8%" of gc3en and gc3it); the
// director's age ("missed gc5nl.txt's 46 years against 36 years": the
// Dutch "Italiaanse · age · 46 years" apart from "regista · age · 36
// years" of the English, French and Italian reports); and the tunnel's
// opening ("missed gc6en.txt's 12 July against 12 June": the English
// "July 12" as date "12 July" apart from "circulation · 12 June" of the
// French and Italian reports). No miss is the planted pair in another
// form, so the wrong values are as written before the run. With no false
// disagreement the set is within its limit, so the table line keeps 1.
// Grouped with the other sets, its 35 reports of 10 events came out in 13
// events found, B-cubed precision 1.000, recall 0.886. The fact rows
// quoted here are the verbose lines of that one run, which its grep
// filtered from the screen but a copy of its whole output kept. Nothing
// changed after the run but this comment.

var heldOutGrecale = []heldOutEvent{
	{"texel-lifeboat-rescue", map[string]string{
		"gc1nl.txt": `nl|Vijf vissers gered nadat kotter omslaat bij Texel

Regio | Noord-Holland

Zaterdag 10 september 2033, 10:45

Vijf bemanningsleden van de Texelse kotter TX 27 zijn zaterdagochtend gered nadat hun schip ongeveer 10 zeemijl ten westen van Texel was omgeslagen. Dat meldt de Kustwacht.

De mannen zaten ongeveer drie uur op de omgeslagen romp voordat de reddingboot Koos Zwaan van KNRM-station De Koog hen in de dichte mist vond. Het noodsignaal van de kotter kwam om 04.10 uur binnen; de reddingboot voer een kwartier later uit.

De 61-jarige schipper is met een helikopter van de Kustwacht naar het ziekenhuis in Den Helder gebracht met verschijnselen van onderkoeling. De vier andere vissers, tussen 23 en 44 jaar oud, werden aan wal in Oudeschild nagekeken door ambulancepersoneel.

"Dat ze na drie uur nog op die romp zaten, is een klein wonder", zei schipper Marco Eelman van de reddingboot. Het zeewater was op dat moment 16 graden.

Waarom de 26 meter lange kotter omsloeg, is nog niet bekend. De Onderzoeksraad voor Veiligheid stelt een onderzoek in.`,
		"gc1nl2.txt": `nl|'We hoorden ze roepen in de mist': reddingboot vindt vissers na urenlang zoeken

Texelse Courant · Eiland

10-09-2033 · 17:20

Het was nog donker toen de pieper ging bij de zes vrijwilligers van KNRM-station De Koog. Een kwartier later lag de Koos Zwaan in het water, op weg naar de plek waar de TX 27 'Grietje' een noodsignaal had uitgezonden.

Ruim drie uur hebben de vijf vissers zich vastgeklampt aan de kiel van hun omgeslagen kotter. "We hoorden ze roepen voordat we ze zagen", vertelt opstapper Ilse Kooiman (29). Het zicht was op dat moment nog geen vijftig meter.

Schipper Jaap Dros, 61 jaar en al veertig jaar visser, is met een helikopter naar Den Helder gevlogen. Zijn zoon Sander (31) zat ook aan boord. "Pa was er slecht aan toe, maar hij lacht alweer", zei Sander 's middags in de haven van Oudeschild.

De Grietje, gebouwd in 1989, is de tweede Texelse kotter die in vijf jaar omslaat: in 2028 zonk de TX 9 bij de Haaks, toen zonder gewonden.

Vorig jaar rukten de reddingboten van de KNRM in het hele land ruim 2600 keer uit.

Reacties (14)`,
		"gc1en.txt": `en|Five fishermen rescued after clinging to capsized boat off Dutch coast

World | Europe

AMSTERDAM, Sept 10 - Five Dutch fishermen were rescued on Saturday after spending about three hours clinging to the hull of their capsized fishing boat in thick fog in the North Sea, the Dutch coastguard said.

The 26-metre (85-foot) cutter TX 27 overturned about 10 nautical miles (18.5 km) west of the island of Texel shortly after 4 a.m. Its emergency beacon alerted the coastguard at 4.10 a.m., and a volunteer lifeboat crew from the KNRM rescue service set out 15 minutes later.

"It is a small miracle that they were still on that hull after three hours," said lifeboat coxswain Marco Eelman. The water temperature was about 16C (61F).

The boat's 61-year-old skipper was flown to hospital in Den Helder by helicopter suffering from hypothermia. The other four men, aged between 23 and 44, were checked by paramedics in the harbour of Oudeschild.

The Dutch Safety Board said it had opened an investigation into why the vessel capsized. The KNRM, which relies on about 1,400 volunteers, launched its boats more than 2,600 times last year.`,
		"gc1fr.txt": `fr|Pays-Bas : cinq pêcheurs sauvés après le naufrage de leur chalutier au large de Texel

International | Europe

Publié le 10 septembre 2033 à 14h05

Cinq pêcheurs néerlandais ont été secourus samedi matin en mer du Nord, au large de l'île de Texel, après le chavirage de leur chalutier dans un épais brouillard, ont annoncé les garde-côtes néerlandais.

Le bateau de 26 mètres, le « TX 27 », s'est retourné peu après 4 heures du matin à une dizaine de milles nautiques, soit environ 18 kilomètres, à l'ouest de l'île. Les cinq hommes sont restés cinq heures accrochés à la coque retournée avant d'être repérés par un canot de la KNRM, la société néerlandaise de sauvetage en mer, qui avait appareillé un quart d'heure après l'alerte.

Le patron du chalutier, âgé de 61 ans, a été héliporté vers l'hôpital de Den Helder en état d'hypothermie. Ses quatre équipiers ont été examinés à terre, dans le port d'Oudeschild.

« C'est un petit miracle qu'ils aient tenu sur cette coque », a déclaré Marco Eelman, le patron du canot de sauvetage. L'eau était à 16 degrés.

Le bureau néerlandais d'enquête sur la sécurité a ouvert une enquête pour comprendre pourquoi le bateau a chaviré.`,
	}, map[string][2]string{"gc1fr.txt": {"5 hours", "3 hours"}}},
	{"lanterna-insurer-fine", map[string]string{
		"gc2it.txt": `it|Ivass multa Lanterna Assicurazioni per 4,6 milioni: risarcimenti Rc auto pagati in ritardo

Economia | Assicurazioni

Roma, 16 febbraio 2034

L'Ivass ha inflitto a Lanterna Assicurazioni una sanzione di 4,6 milioni di euro per i ritardi sistematici nella liquidazione dei sinistri Rc auto tra il 2031 e il 2032. Lo ha reso noto oggi l'autorità di vigilanza sulle assicurazioni.

Secondo l'istruttoria, il 22% dei circa 280.000 sinistri denunciati nel periodo è stato pagato oltre il termine di legge di 60 giorni, con un ritardo medio di 97 giorni. La compagnia milanese, controllata dal gruppo olandese Veldhaven, dovrà inoltre restituire 14 milioni di euro tra interessi e penali a circa 62.000 assicurati.

"Abbiamo già rafforzato gli uffici sinistri con 150 nuovi liquidatori", ha dichiarato l'amministratore delegato Paolo Ferrante, annunciando ricorso al Tar del Lazio contro la sanzione ma non contro i rimborsi.

Lanterna conta 1,3 milioni di clienti in Italia e ha raccolto l'anno scorso premi per 1,9 miliardi di euro. Nel 2031 l'Ivass aveva multato un'altra compagnia per 2,1 milioni per violazioni analoghe.`,
		"gc2en.txt": `en|Italian regulator fines Dutch-owned insurer €4.6m over late car claims

Business | Insurance

ROME, Feb 16 - Italy's insurance regulator IVASS has fined Lanterna Assicurazioni, the Italian arm of Dutch group Veldhaven, €4.6 million for systematically paying motor claims late, it said on Thursday.

More than a fifth of the roughly 280,000 claims filed in 2031 and 2032 were settled after the 60-day legal limit, taking 97 days on average, the regulator found.

Lanterna must also pay back €14 million in interest and penalties to around 62,000 policyholders. Chief executive Paolo Ferrante said the Milan-based insurer had already hired 150 claims handlers and would challenge the fine, though not the refunds, in an administrative court.

Veldhaven, which made a net profit of €410 million last year, said the fine would have "no material impact" on its results. Lanterna has 1.3 million customers in Italy and collected €1.9 billion in premiums last year.

In 2031 the regulator fined another insurer €2.1 million for similar failings.`,
		"gc2nl.txt": `nl|Italiaanse dochter van Veldhaven krijgt miljoenenboete

Economie | Verzekeraars

Donderdag 16 februari 2034, 16:40

Lanterna Assicurazioni, de Italiaanse dochter van verzekeraar Veldhaven uit Utrecht, moet een boete van 4,6 miljoen euro betalen. De Italiaanse toezichthouder IVASS vindt dat de verzekeraar autoschades stelselmatig te laat uitkeerde.

Bij ruim een vijfde van de schadeclaims werd de wettelijke termijn van zestig dagen overschreden. Klanten wachtten gemiddeld 97 dagen op hun geld. Lanterna moet ongeveer 62.000 klanten in totaal 19 miljoen euro aan rente en boetes terugbetalen.

Een woordvoerder van Veldhaven zegt dat de boete "geen wezenlijke invloed" heeft op het resultaat. De groep boekte vorig jaar een nettowinst van 410 miljoen euro. Lanterna gaat wel in beroep tegen de boete, maar niet tegen de terugbetalingen.

Het is niet de eerste keer dat Veldhaven in het buitenland met een toezichthouder in aanvaring komt. In 2030 kreeg de Belgische tak van de verzekeraar nog een berisping van de FSMA.`,
		"gc2fr.txt": `fr|Italie : l'assureur Lanterna sanctionné de 4,6 millions d'euros

Économie

Publié le 16 février 2034 à 18h30

Le régulateur italien des assurances, l'Ivass, a infligé jeudi une amende de 4,6 millions d'euros à Lanterna Assicurazioni, filiale du groupe néerlandais Veldhaven, pour avoir indemnisé avec retard des milliers d'automobilistes.

Selon l'enquête, 22 % des quelque 280 000 sinistres déclarés en 2031 et 2032 ont été réglés au-delà du délai légal de 60 jours, avec un retard moyen de 97 jours.

L'assureur milanais devra en outre rembourser 14 millions d'euros d'intérêts et de pénalités à environ 62 000 assurés. Son administrateur délégué, Paolo Ferrante, a annoncé un recours devant le tribunal administratif contre l'amende, mais pas contre les remboursements.

Lanterna revendique 1,3 million de clients en Italie et a encaissé l'an dernier 1,9 milliard d'euros de primes. Sa maison mère néerlandaise assure que la sanction n'aura « pas d'impact significatif » sur ses comptes.`,
	}, map[string][2]string{"gc2nl.txt": {"€19 million", "€14 million"}}},
	{"padua-university-fee-rise", map[string]string{
		"gc3it.txt": `it|Padova, l'università alza le tasse: fino a 2.700 euro per la fascia più alta

Padova | Cronaca

Martedì 21 marzo 2034

Il consiglio di amministrazione dell'Università di Padova ha approvato ieri un aumento delle tasse universitarie a partire dall'anno accademico 2034/35. La contribuzione massima passerà da 2.500 a 2.700 euro l'anno.

L'aumento, pari all'8%, riguarderà solo gli studenti con un Isee superiore a 30.000 euro. Resta esente circa il 35% dei 64.000 iscritti, che rientrano nella no tax area. Dalla misura l'ateneo conta di ricavare 11 milioni di euro l'anno.

"Senza questo intervento avremmo dovuto tagliare servizi e borse di studio", ha spiegato la rettrice Daniela Merlin, ricordando che l'ultimo ritocco, del 4%, risale al 2029.

Contro l'aumento hanno manifestato davanti a Palazzo Bo circa duemila studenti. "È una tassa su chi studia, proprio mentre gli affitti in città sono saliti del 20% in un anno", ha detto Giulia Ferro, coordinatrice del sindacato studentesco Udu.`,
		"gc3en.txt": `en|University of Padua raises top tuition fee to €2,700

Education | Europe

PADUA, Italy, March 21 - The University of Padua, one of Europe's oldest, will charge its wealthiest students up to €2,700 a year from the 2034-35 academic year after its board approved a fee rise on Monday.

The increase of 8% in the top fee, up from €2,500, applies only to students whose family income indicator exceeds €30,000. About 35% of the university's 64,000 students pay no fees at all and will not be affected.

"Without this we would have had to cut services and grants," rector Daniela Merlin said. The university expects the rise to bring in €11 million a year. Fees were last raised, by 4%, in 2029.

Some 2,000 students protested outside the Palazzo Bo, the university's historic seat. Student union leader Giulia Ferro said the rise came as rents in the city had climbed 20% in a year. The university was founded in 1222.`,
		"gc3fr.txt": `fr|Italie : l'université de Padoue augmente ses frais d'inscription

Europe | Éducation

Publié le 21 mars 2034

L'université de Padoue, l'une des plus anciennes d'Europe, a décidé lundi d'augmenter ses frais d'inscription à partir de la rentrée 2034, provoquant la colère des syndicats étudiants.

Les droits les plus élevés passeront de 2 500 à 2 700 euros par an, soit une hausse de 13 %. Elle ne concerne que les familles dont l'indicateur de revenus dépasse 30 000 euros : plus d'un tiers des 64 000 étudiants, exonérés, ne paieront toujours rien.

« Sans cette mesure, nous aurions dû supprimer des services et des bourses », a justifié la rectrice, Daniela Merlin. L'établissement attend de la hausse 11 millions d'euros par an.

Environ deux mille étudiants ont manifesté devant le Palazzo Bo, siège historique de l'université fondée en 1222, où Galilée enseigna pendant dix-huit ans. En France, les frais de licence restent fixés à 178 euros par an pour les étudiants européens.`,
	}, map[string][2]string{"gc3fr.txt": {"13%", "8%"}}},
	{"turin-tram-bus-collision", map[string]string{
		"gc4it.txt": `it|Torino, tram contro autobus in corso Giulio Cesare: 23 feriti

Cronaca | Torino

Torino, 12 aprile 2034 (Agenzia)

Un tram della linea 4 si è scontrato questa mattina con un autobus all'incrocio tra corso Giulio Cesare e via Aosta, a Torino. Il bilancio è di 23 feriti, quattro dei quali in codice rosso, ma nessuno sarebbe in pericolo di vita, secondo il 118.

L'incidente è avvenuto alle 8.05, nell'ora di punta. A bordo del tram c'erano una sessantina di passeggeri, sull'autobus una ventina.

Il conducente del tram, un uomo di 47 anni, è risultato negativo all'alcol test. La polizia municipale sta verificando se abbia attraversato l'incrocio con il semaforo rosso. Secondo i primi rilievi il tram viaggiava a circa 35 chilometri orari.

"Siamo vicini ai feriti e collaboreremo pienamente con gli inquirenti", ha detto il presidente della Società Trasporti Torinesi, Marco Gallina. La linea 4 è rimasta interrotta per sei ore.`,
		"gc4it2.txt": `it|Lo schianto, le urla, i soccorsi: la mattina di paura in Barriera di Milano

TorinoSera · Quartieri

12/04/2034 · 19:12

"Ho sentito un boato e poi il tram si è piegato di lato". Rosa, 72 anni, abita al secondo piano sopra l'incrocio tra corso Giulio Cesare e via Aosta e stamattina, poco dopo le otto, è corsa alla finestra.

In pochi minuti sono arrivate sette ambulanze e due automediche. I feriti sono stati 32, portati al Giovanni Bosco, al Maria Vittoria e alle Molinette; quattro sono gravi ma non in pericolo di vita.

Tra i passeggeri c'erano molti studenti diretti al liceo di via Aosta. "Il tram era pieno, almeno sessanta persone", racconta Luca, 17 anni, con un braccio fasciato.

Il conducente, 47 anni, da vent'anni alla guida dei tram, è stato sentito dai vigili. Nel 2030 un altro incidente allo stesso incrocio aveva causato otto feriti, e i residenti chiedono da anni che il semaforo venga modificato.

Commenti (48)`,
		"gc4en.txt": `en|Twenty-three hurt as tram and bus collide in Turin

World | Europe

TURIN, Italy, April 12 - A tram and a city bus collided at a busy junction in the northern Italian city of Turin during the morning rush hour on Wednesday, injuring 23 people, emergency services said.

Four of the injured were in a serious condition but their lives were not thought to be in danger. About 60 passengers were on the line 4 tram and around 20 on the bus when they crashed shortly after 8 a.m.

Police were investigating whether the 47-year-old tram driver had gone through a red light. He tested negative for alcohol. The tram was travelling at about 35 km/h (22 mph), according to initial findings.

"We are close to the injured and will fully cooperate with investigators," said Marco Gallina, head of the city's transport company. Services on the line were suspended for six hours.

Two Dutch tourists were among the injured, the Dutch foreign ministry said.`,
		"gc4nl.txt": `nl|Twee Nederlanders gewond bij trambotsing in Turijn

Buitenland

Woensdag 12 april 2034, 15:20

Bij een botsing tussen een tram en een stadsbus in de Italiaanse stad Turijn zijn woensdagochtend twee Nederlandse toeristen gewond geraakt. Dat meldt het ministerie van Buitenlandse Zaken.

In totaal raakten 23 mensen gewond, van wie vier ernstig. De twee Nederlanders, een vrouw van 26 en een man van 28 uit Utrecht, liepen lichte verwondingen op en zijn inmiddels uit het ziekenhuis ontslagen.

De tram van lijn 4 reed kort na acht uur 's ochtends op een kruising in het noorden van de stad tegen de bus aan. In de tram zaten ongeveer zestig passagiers. De Italiaanse politie onderzoekt of de 47-jarige trambestuurder door rood is gereden; een alcoholtest was negatief.

De tramlijn was zes uur lang buiten gebruik.`,
	}, map[string][2]string{"gc4it2.txt": {"32", "23"}}},
	{"bastia-film-festival", map[string]string{
		"gc5fr.txt": `fr|Bastia : « Le onde lunghe » de Chiara Lodovisi remporte le Dauphin d'or

Culture | Haute-Corse

Dimanche 30 octobre 2033

La 41e édition du Festival du film méditerranéen de Bastia s'est achevée samedi soir au théâtre municipal par le sacre de l'Italienne Chiara Lodovisi, Dauphin d'or pour « Le onde lunghe » (Les Longues Vagues).

Ce deuxième long métrage de la réalisatrice palermitaine de 36 ans, qui suit pendant un hiver une famille de pêcheurs de Lampedusa, a convaincu le jury présidé par l'actrice Hélène Varenne. « Un film d'une justesse rare, sans un plan de trop en 112 minutes », a salué la comédienne de 67 ans.

Le prix d'interprétation féminine revient à la Néerlandaise Noor Wessels, 19 ans, pour son premier rôle dans « Zoutwater » du Belge Pieter Claes.

Quatorze films de onze pays étaient en compétition. Le festival revendique 38 000 entrées, contre 33 000 l'an dernier, un record. « Ce prix est pour les pêcheurs de Lampedusa », a lancé Chiara Lodovisi en recevant son trophée, doté de 15 000 euros.

L'an passé, le Dauphin d'or avait récompensé le Grec Giorgos Pappas.`,
		"gc5it.txt": `it|Chiara Lodovisi vince il Delfino d'oro a Bastia con "Le onde lunghe"

Spettacoli | Cinema

Palermo, 29 ottobre 2033 (Agenzia)

La regista palermitana Chiara Lodovisi ha vinto stasera il Delfino d'oro, il premio principale del Festival del film mediterraneo di Bastia, in Corsica, con "Le onde lunghe", il suo secondo lungometraggio.

Il film, 112 minuti girati in un inverno a Lampedusa, racconta una famiglia di pescatori alle prese con la crisi del mare. "Questo premio è per i pescatori di Lampedusa, che non hanno mai smesso di uscire in mare", ha detto la regista, 36 anni, ritirando il premio, accompagnato da un assegno di 15.000 euro.

La giuria, presieduta dall'attrice francese Hélène Varenne, ha scelto il film tra i 14 in concorso, provenienti da 11 Paesi. Il premio per la migliore attrice è andato alla giovanissima olandese Noor Wessels.

Lodovisi aveva esordito nel 2029 con "Terra bruciata", presentato a Venezia nella sezione Orizzonti. "Le onde lunghe" uscirà nelle sale italiane il 14 dicembre.`,
		"gc5en.txt": `en|Italian director Chiara Lodovisi wins top prize at Bastia film festival

Culture | Film

BASTIA, Corsica, Oct 29 - Italian director Chiara Lodovisi won the Golden Dolphin, the top award of the Bastia Mediterranean Film Festival, on Saturday for "The Long Waves", a portrait of a fishing family on the island of Lampedusa.

The 36-year-old from Palermo, whose first feature "Terra bruciata" was shown at Venice in 2029, dedicated the prize to "the fishermen of Lampedusa". The film runs for just under two hours.

A jury led by French actress Hélène Varenne, 67, picked it from 14 films from 11 countries. Dutch newcomer Noor Wessels, 19, was named best actress for her first screen role in "Zoutwater" ("Salt Water") by Belgian director Pieter Claes.

The festival, in its 41st year, said it had sold 38,000 tickets, up from 33,000 last year. The top prize carries €15,000.`,
		"gc5nl.txt": `nl|Noor Wessels (19) beste actrice op filmfestival Bastia

Cultuur | Film

Zondag 30 oktober 2033, 09:15

De negentienjarige Noor Wessels uit Haarlem is op het Mediterraan Filmfestival van Bastia op Corsica uitgeroepen tot beste actrice. Ze kreeg de prijs voor haar allereerste filmrol, in het Vlaams-Nederlandse drama "Zoutwater" van regisseur Pieter Claes.

"Ik stond te trillen op het podium", zei Wessels na afloop. In "Zoutwater" speelt ze een meisje dat op een Zeeuwse mosselkotter gaat werken. De film is vanaf januari in de Nederlandse bioscopen te zien.

De Gouden Dolfijn, de hoofdprijs, ging naar "Le onde lunghe" van de 46-jarige Italiaanse regisseur Chiara Lodovisi, over een vissersfamilie op Lampedusa. De jury onder leiding van de Franse actrice Hélène Varenne koos uit veertien films uit elf landen.

Het festival werd dit jaar voor de 41ste keer gehouden en trok 38.000 bezoekers. Vorig jaar won de Nederlandse film "Laagwater" er nog de publieksprijs.`,
	}, map[string][2]string{"gc5nl.txt": {"46 years", "36 years"}}},
	{"a10-grammondo-tunnel", map[string]string{
		"gc6it.txt": `it|A10, la galleria Grammondo apre il 12 giugno: addio alle code verso la Francia

Liguria | Trasporti

Genova, 23 maggio 2034 (Agenzia)

La nuova galleria Grammondo dell'autostrada A10, tra Ventimiglia e il confine francese, sarà aperta al traffico lunedì 12 giugno alle 6 del mattino. Lo ha annunciato oggi la concessionaria Riviera Autostrade.

Il tunnel, lungo 5,4 chilometri, sostituisce un tratto di viadotti e gallerie degli anni Sessanta dove il limite era di 60 chilometri orari. Nella nuova galleria si potrà viaggiare a 100 all'ora e nelle ore di punta si risparmieranno fino a 20 minuti.

L'opera è costata 1,1 miliardi di euro; i lavori erano cominciati nel 2028 e nel momento di massima attività hanno impiegato 450 operai. L'inaugurazione è prevista domenica 11 giugno alla presenza del ministro delle Infrastrutture, Alberto Rinaldi.

"È la fine di un incubo per i frontalieri", ha commentato il sindaco di Ventimiglia, Sara Lanteri. Sul tratto transitano ogni giorno circa 42.000 veicoli, di cui 9.000 mezzi pesanti.`,
		"gc6fr.txt": `fr|Frontière italienne : le nouveau tunnel de l'A10 ouvrira le 12 juin

Alpes-Maritimes | Transports

Mardi 23 mai 2034

C'est une bonne nouvelle pour les milliers de frontaliers qui rejoignent chaque jour Monaco et la Côte d'Azur depuis la Ligurie : le tunnel du Grammondo, sur l'autoroute A10 entre Vintimille et la frontière, sera ouvert à la circulation le lundi 12 juin à 6 heures.

Long de 5,4 kilomètres, l'ouvrage remplace une succession de viaducs et de tunnels étroits construits dans les années 1960, où la vitesse était limitée à 60 km/h. Les automobilistes pourront y rouler à 100 km/h et gagneront jusqu'à vingt minutes aux heures de pointe.

Le chantier, lancé en 2028, a coûté 1,1 milliard d'euros. Quelque 42 000 véhicules, dont 9 000 poids lourds, empruntent chaque jour ce tronçon, qui prolonge l'A8 française.

« C'est la fin d'un cauchemar », a réagi la maire de Vintimille, Sara Lanteri. L'inauguration officielle aura lieu la veille, le dimanche 11 juin, en présence du ministre italien des Infrastructures.`,
		"gc6en.txt": `en|New motorway tunnel to ease traffic on Italy-France border

Europe | Transport

GENOA, Italy, May 23 - A new motorway tunnel on the A10 coastal route between Ventimiglia and the French border will end decades of bottlenecks for commuters heading to Monaco and the French Riviera, operator Riviera Autostrade said on Tuesday.

The 5.4 km (3.4-mile) Grammondo tunnel replaces a winding 1960s stretch of viaducts and narrow tunnels with a 60 km/h speed limit. Drivers will be able to travel at 100 km/h (62 mph), saving up to 20 minutes at peak times.

The tunnel will open to traffic at 6 a.m. on July 12, a day after an inauguration ceremony with Italy's infrastructure minister Alberto Rinaldi, the company said. It cost €1.1 billion and took six years to build.

About 42,000 vehicles a day use the stretch, including 9,000 trucks. "This is the end of a nightmare for cross-border workers," said Ventimiglia mayor Sara Lanteri.`,
	}, map[string][2]string{"gc6en.txt": {"12 July", "12 June"}}},
	{"amsterdam-cruise-ban", map[string]string{
		"gc7nl.txt": `nl|Gemeenteraad: vanaf 2036 geen zeecruiseschepen meer in Amsterdam

Amsterdam | Politiek

Donderdag 10 november 2033, 22:05

Zeecruiseschepen mogen vanaf 1 januari 2036 niet meer aanmeren bij de Passenger Terminal Amsterdam aan het IJ. De gemeenteraad stemde donderdagavond met 28 tegen 17 stemmen in met het verbod.

Vorig jaar legden 104 zeecruiseschepen aan in de stad, met samen ongeveer 270.000 passagiers. Riviercruiseschepen, goed voor zo'n 2100 aanlegbeurten per jaar, vallen niet onder het besluit.

"Amsterdam is geen parkeerplaats voor drijvende flatgebouwen", zei wethouder Femke Brouwer (Economische Zaken). Volgens haar stoot één cruiseschip aan de kade per dag evenveel uit als 30.000 auto's.

Brancheorganisatie CLIA spreekt van een "zwarte dag". Volgens de cruisesector loopt de stad jaarlijks 95 miljoen euro aan bestedingen mis en staan 600 banen op de tocht.

Op de plek van de terminal moeten ongeveer 1800 woningen komen. De eerste bouwplannen worden in 2035 verwacht.`,
		"gc7en.txt": `en|Amsterdam votes to ban cruise ships from city centre from 2036

World | Europe

AMSTERDAM, Nov 10 - Amsterdam's city council voted on Thursday to ban sea-going cruise ships from mooring at its city-centre terminal from the start of 2036, the latest European destination to turn away the giant vessels.

The measure, passed by 28 votes to 17, will affect roughly a hundred ships a year. Last year 104 cruise ships brought more than a quarter of a million passengers to the Passenger Terminal Amsterdam on the IJ waterway. River cruises are not affected.

"Amsterdam is not a car park for floating tower blocks," said Femke Brouwer, the city's deputy mayor for economic affairs.

The Cruise Lines International Association said the city would lose about €95 million a year in visitor spending and 600 jobs. The terminal site is to be used for about 1,800 homes.

Venice banned ships of more than 25,000 tonnes from its lagoon in 2021.`,
		"gc7it.txt": `it|Amsterdam dice addio alle grandi navi: stop alle crociere in centro dal 2036

Esteri | Turismo

Amsterdam, 10 novembre 2033 (Agenzia)

Dal primo gennaio 2036 le navi da crociera non potranno più attraccare al terminal passeggeri nel centro di Amsterdam. Lo ha deciso questa sera il consiglio comunale con 28 voti a favore e 17 contrari.

L'anno scorso sono arrivate in città 104 navi da crociera, con circa 270 mila passeggeri. Restano escluse dal divieto le navi fluviali, che attraccano circa 2.100 volte l'anno.

"Amsterdam non è un parcheggio per condomini galleggianti", ha detto l'assessora all'Economia Femke Brouwer. Secondo le compagnie, riunite nell'associazione Clia, la città perderà 95 milioni di euro l'anno di spesa turistica e 600 posti di lavoro.

La decisione ricorda quella presa da Venezia, che nel 2021 ha vietato l'ingresso in laguna alle navi sopra le 25.000 tonnellate. Anche altre città europee, da Dubrovnik a Barcellona, hanno limitato gli arrivi delle grandi navi negli ultimi anni.`,
	}, nil},
	{"pyrenees-orientales-water-rationing", map[string]string{
		"gc8fr.txt": `fr|Sécheresse : coupures d'eau nocturnes dans douze villages des Pyrénées-Orientales

France | Environnement

Perpignan, 2 juin 2034 (Agence)

Face à une sécheresse qui dure depuis dix-huit mois, le préfet des Pyrénées-Orientales, Thierry Bonnet, a annoncé vendredi un plan de rationnement de l'eau potable, le premier de cette ampleur dans le département.

À partir de lundi, 74 communes sur 226 passent au niveau « crise ». Dans douze villages des Aspres, l'eau sera coupée chaque nuit de 22 heures à 6 heures. Trois hameaux seront ravitaillés par camions-citernes.

Arroser les jardins, remplir les piscines et laver les voitures est interdit dans les communes concernées, sous peine d'une amende pouvant atteindre 1 500 euros. Les agriculteurs devront réduire leurs prélèvements pour l'irrigation de 30 %, les campings leur consommation de 20 %.

« La situation est sans précédent », a déclaré le préfet. Le barrage de Vinça n'est rempli qu'à 23 %, contre 61 % en moyenne à cette période. Depuis janvier 2033, il est tombé 40 % de pluie de moins que la normale.`,
		"gc8fr2.txt": `fr|À Llauro, on remplit les bidons avant la coupure de 22 heures

Pyrénées-Orientales · Aspres

02/06/2034 · 18:40

Dans la cour de l'école de Llauro, village de 330 habitants des Aspres, Josiane Font, 78 ans, a déjà sorti ses bouteilles. « Le soir, on remplira tout ce qu'on peut. De 22 heures à 6 heures, plus une goutte », soupire-t-elle.

Llauro fait partie des douze villages où le préfet a décidé des coupures nocturnes à partir du lundi 5 juin. Huit heures sans eau chaque nuit, « pour laisser les réservoirs se remplir », explique le maire, Jordi Sala.

L'élu a fait ses comptes : la source qui alimente le village ne donne plus que 40 mètres cubes par jour, contre 110 il y a deux ans. « On en consomme 60 en été. Le calcul est vite fait. »

Dans le département, 74 communes sont désormais en « crise ». Les agriculteurs, eux, devront réduire l'irrigation de près d'un tiers. « Mes abricotiers ne tiendront pas », prévient Marc Vidal, arboriculteur à Thuir.

Commentaires (57)`,
		"gc8nl.txt": `nl|Water op rantsoen in Zuid-Franse campingregio

Buitenland | Vakantie

Vrijdag 2 juni 2034, 20:10

In het Franse departement Pyrénées-Orientales, populair bij Nederlandse kampeerders, gaat het drinkwater op rantsoen. Prefect Thierry Bonnet maakte vrijdag bekend dat 74 gemeenten vanaf maandag in de zwaarste droogtefase komen.

Campings moeten hun waterverbruik met een vijfde verminderen. Zwembaden bijvullen, tuinen sproeien en auto's wassen is verboden; wie zich niet aan de regels houdt, riskeert een boete tot 1500 euro. In twaalf dorpen in het binnenland gaat 's nachts acht uur lang de kraan dicht.

"Onze gasten merken er voorlopig weinig van", zegt Erik de Wit, die met zijn vrouw een camping bij Argelès-sur-Mer runt. "Maar de zwembaden gaan om zes uur 's avonds dicht."

Het stuwmeer van Vinça is voor nog geen kwart gevuld. In het gebied viel de afgelopen anderhalf jaar 40 procent minder regen dan normaal. Ook in 2023 kampte de regio al met ernstige droogte.`,
		"gc8en.txt": `en|Night-time water cuts as drought grips French Pyrenees

World | Europe

PERPIGNAN, France, June 2 - Authorities in the Pyrénées-Orientales, France's southernmost mainland department, will cut off tap water overnight in a dozen villages from Monday as an 18-month drought empties reservoirs, the local prefect said on Friday.

Seventy-four of the department's 226 municipalities are being placed on "crisis" alert, the highest level. In 12 villages water will be off from 10 p.m. to 6 a.m., and three hamlets will be supplied by tanker.

"The situation is unprecedented," prefect Thierry Bonnet told reporters. The Vinça reservoir is 23% full, against an average of 61% at this time of year, and rainfall has been about 40% below normal since January last year.

Farmers must cut the water they draw for irrigation by 30% and campsites their use by 20%. Residents face fines of up to €1,500 for watering gardens, washing cars or filling pools.`,
	}, nil},
	{"italy-olive-harvest", map[string]string{
		"gc9it.txt": `it|Olio, annata da record: produzione su del 40%, la Puglia fa la metà

Economia | Agricoltura

Bari, 8 novembre 2034 (Agenzia)

La produzione italiana di olio d'oliva nella campagna 2034/35 è stimata in 310.000 tonnellate, il 40% in più delle 220.000 della scorsa stagione. Lo indicano le stime di Ismea e Coldiretti presentate oggi a Bari.

Circa la metà dell'olio, 160.000 tonnellate, arriverà dalla Puglia, dove la raccolta è cominciata a metà ottobre con due settimane di anticipo. Bene anche Calabria e Sicilia, mentre in Toscana e in Umbria le gelate di aprile hanno ridotto la resa.

Con l'abbondanza il prezzo all'ingrosso dell'extravergine è sceso a 7,20 euro al chilo, dai 9,50 euro del record dello scorso inverno. "Ora tocca ai consumatori ritrovare l'olio italiano sugli scaffali", ha detto il presidente di Coldiretti Puglia, Antonio Lapenna.

Resta la ferita del Salento, dove dal 2013 la Xylella ha fatto seccare oltre 21 milioni di ulivi. Nella provincia di Lecce molti frantoi restano chiusi.`,
		"gc9en.txt": `en|Italy's olive oil output set to jump 40% as Puglia harvest recovers

Business | Commodities

ROME, Nov 8 - Italy will produce about 310,000 tonnes of olive oil this season, 40% more than last year, farm lobby Coldiretti and agricultural agency Ismea estimated on Wednesday, with the southern region of Puglia accounting for around half.

Last season's crop was 220,000 tonnes. Puglia, the heel of Italy's boot, is expected to produce 160,000 tonnes after the harvest began in mid-October, two weeks earlier than usual.

Wholesale prices for extra virgin olive oil have fallen to €7.20 a kilo from a record €9.50 last winter. Spain, the world's largest producer, expects about 1.4 million tonnes.

"Now it is up to consumers to find Italian oil on the shelves again," said Antonio Lapenna, who heads Coldiretti in Puglia.

The Xylella bacterium has killed more than 21 million olive trees in the Salento peninsula since 2013. April frosts cut yields in Tuscany and Umbria.`,
		"gc9fr.txt": `fr|Huile d'olive : l'Italie attend une récolte en hausse de 40 %

Économie | Agriculture

Publié le 8 novembre 2034

Après deux saisons difficiles, l'Italie s'attend à produire quelque 310 000 tonnes d'huile d'olive cette année, selon les estimations de l'institut Ismea et du syndicat agricole Coldiretti présentées mercredi à Bari.

C'est 90 000 tonnes de plus que l'an dernier. Les Pouilles, qui assurent à elles seules près de la moitié de la production, devraient fournir 160 000 tonnes. La récolte y a commencé mi-octobre, avec deux semaines d'avance.

Le prix de gros de l'huile extra vierge est retombé à 7,20 euros le kilo, contre un record de 9,50 euros l'hiver dernier. En Espagne, premier producteur mondial, la récolte est estimée à 1,4 million de tonnes.

Dans le Salento, la bactérie Xylella fastidiosa a tué plus de 21 millions d'oliviers depuis 2013. En France, la production reste marginale, autour de 5 000 tonnes par an.`,
	}, nil},
	{"liege-hospital-ransomware", map[string]string{
		"gc10fr.txt": `fr|Cyberattaque au CHR de la Meuse : les urgences délestées, 65 opérations reportées

Belgique | Liège

Lundi 23 janvier 2034, 13h20

Le Centre hospitalier régional de la Meuse, à Liège, a été victime dans la nuit de dimanche à lundi d'une attaque par rançongiciel qui a paralysé une grande partie de son informatique.

Les ambulances du 112 sont redirigées vers d'autres hôpitaux de la région pour au moins 48 heures. Soixante-cinq opérations programmées lundi ont été reportées, mais les patients déjà hospitalisés sont soignés normalement, assure la direction.

Les pirates, qui se font appeler Blackreef, réclament une rançon de 4,5 millions de dollars. « Nous ne paierons pas », a déclaré la directrice générale, Anne Jacquemin. Les médecins travaillent sur papier.

L'hôpital, qui compte 860 lits et 3 800 membres du personnel répartis sur cinq sites, craint que les données de quelque 300 000 patients aient été copiées. Le Centre pour la cybersécurité Belgique et la police fédérale enquêtent. C'est le troisième hôpital belge visé en deux ans.`,
		"gc10nl.txt": `nl|Ransomware legt Luiks ziekenhuis plat

Binnenland

Maandag 23 januari 2034, 16:05

Het Luikse ziekenhuis CHR de la Meuse is in de nacht van zondag op maandag getroffen door een ransomware-aanval. Ambulances rijden voorlopig naar andere ziekenhuizen in de regio.

De spoeddienst blijft minstens twee dagen dicht voor ziekenwagens. Geplande operaties, 65 in totaal, zijn uitgesteld. Opgenomen patiënten krijgen wel gewoon zorg, meldt het ziekenhuis.

De criminelen, die zich Blackreef noemen, eisen 4,5 miljoen dollar, omgerekend ruim 4,1 miljoen euro. Algemeen directeur Anne Jacquemin zegt dat het ziekenhuis niet betaalt. Artsen en verpleegkundigen werken voorlopig op papier.

Het ziekenhuis heeft 860 bedden verspreid over vijf campussen. Mogelijk zijn gegevens van zo'n 300.000 patiënten buitgemaakt. Het Centrum voor Cybersecurity België onderzoekt de aanval samen met de federale gerechtelijke politie.

Het is de derde aanval op een Belgisch ziekenhuis in twee jaar tijd.`,
		"gc10en.txt": `en|Ransomware attack forces Belgian hospital to divert ambulances

World | Europe

BRUSSELS, Jan 23 - A hospital in the Belgian city of Liège was forced to divert ambulances and postpone dozens of operations on Monday after a ransomware attack crippled its computer systems overnight.

The CHR de la Meuse said emergency patients arriving by ambulance would be taken to other hospitals for at least 48 hours. Sixty-five scheduled operations were called off.

A group calling itself Blackreef has demanded a ransom of $4.5 million, which the hospital said it would not pay. "Patients in our wards are being cared for normally," director general Anne Jacquemin said.

The hospital, which has 860 beds and 3,800 staff across five sites, said data on as many as 300,000 patients might have been copied. Belgium's Centre for Cybersecurity and the federal police are investigating.

It is the third attack on a Belgian hospital in two years.`,
	}, nil},
}
