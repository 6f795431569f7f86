package compare

// heldOutBelat is a blind held-out set written without reading the
// extraction, matching or grouping code: ten events of aviation, public
// health, company results, mountain rescue and elections, each reported
// three or four times in English, French, Italian and German (two German
// reports of Hollbach's results, two French of the Lorvignac run-off, two
// English of Orsolan's results). The topics: an Aeralis jet with 186
// passengers held on the snowbound tarmac of Brennfeld, the province of
// Montessa reopening eight night emergency departments, the toolmaker
// Hollbach's profit for 2034, 46 people lowered from the stalled Monte
// Ceresa cable car, Claire Montbrun winning the Lorvignac run-off, the
// low-cost airline Alpavia opening a base at Castelnuovo, Luca Bramante
// winning the Vessano run-off, a hepatitis A outbreak in Talheim traced
// to frozen berries, Orsolan Pharma's results for 2035, and two climbers
// lifted off the north face of the Punta Varena after two nights.
//
// Six contradictions are planted, one in each of the first six events and
// all outside the first paragraph: a duration (bl1de: "Insgesamt saßen
// die 186 Passagiere drei Stunden auf dem Vorfeld fest", 3 hours against
// the five hours of the English, "cinq heures" and "Cinque ore"); an
// amount (bl2fr: "Le plan, doté de 15,5 millions d'euros sur deux ans"
// against €12.5 million in the Italian and English reports); a percentage
// (bl3it: "L'utile netto è salito dell'11%" against 17% in both German
// reports and the English); a count (bl4en: "In all, 64 passengers were
// lowered to the ground" against 46 in the Italian and German); an age
// (bl5it: "Montbrun, che ha 54 anni" against 45 in both French reports
// and the German, "Die 45-Jährige"); a date (bl6de: "Los geht es am 17.
// März" against 27 March in the English and French). The last four events
// hold none.
//
// Traps that are no contradiction: five hours beside a flight of about two
// hours ("rund zwei Stunden", "circa due ore"), a runway shut for nine
// hours ("neuf heures", "neun Stunden lang"), 19 hours late ("dix-neuf
// heures de retard"), "30 minutes, then another 30" as "une demi-heure",
// €400 for delays of more than four hours, pushback at 14:20, 186
// passengers and six crew, 58 flights cancelled, up to 40 cm of snow and
// 5 cm an hour, minus 12 degrees, passengers of 41, 29 and 36, 2031. €12.5
// million of which €3.2 million from the state and €9.3 million from the
// province, about 800,000 euros last year ("800 mila", "800 000"), 60
// hires as "une soixantaine" against a hundred wanted, 45 minutes as
// "trois quarts d'heure" against an hour and a half, 20:00 to 08:00, 1
// April and September, 340,000 people, a commissioner of 51, "ieri" in a
// Tuesday paper and "lundi"/"on Monday" in Wednesday papers. 17% beside
// revenue up 4% ("vier Prozent") to €3.1 billion ("knapp 3,1 Milliarden"),
// a margin of 9.4% after 8.7%, North America up 9%, China down 12% ("um
// ein Achtel"), shares up "gut sechs Prozent", "more than 6%" and "6,3
// Prozent", a dividend of €1.40 after €1.20 ("um 20 Cent"), 2% to 4%
// forecast, €45 million saved, 14,200 staff of whom 5,900 in Germany and
// 700 in Lecco, a chief executive of 54, a meeting on 14 May, a Thursday
// release in Friday papers. 46 as 28 and 18 in two cabins, "Dozens" in
// the English lead, nine children, more than 80 rescuers, two
// helicopters, over seven hours ("gut sieben Stunden") from 17:30 to after
// 1am, up to 120 metres, 60 per cabin, 1996 and 2029, passengers of 34 and
// 58 and a daughter of six. A mayor of 45 beside a rival of 67 and a
// third candidate of 58, 52.4% as "près de 52,5 %" against 47.6%, a
// turnout of 60.8% as "Près de 61 %" and "quasi il 61%" against 57% in the
// first round, 44% and 41% and 11% on 16 March, 27 of 35 seats, about 900
// votes, 38,000 inhabitants, 2014, 2030 and 2033, €4 million for cycle
// lanes, twinnings of 1991 and thirty years, a mayor of 61, the council on
// Saturday 29 March. 27 March beside a schedule ending 25 October,
// tickets on sale from 15 January, routes to France from 2 May and Munich
// from mid-April, an announcement on Tuesday 9 January reported on
// Wednesday, three aircraft and 14 routes ("quatorze"), 600,000 passengers
// a year, 120 jobs, €19.99, four million people, 1.8 million passengers
// up by a third, 62 aircraft at nine bases, 14 million passengers,
// founded in 2024, 2031, an officer of 44. 53.8% as "nearly 54%" against
// 46.2%, 31,480 votes against 27,010 ("about 4,500 votes"), a first round
// on 8 June with 41.2% against 39.5%, turnout 48.3% against 56.1% ("un peu
// plus de 56 %", "quasi otto punti in meno"), a civic list of about 12%,
// candidates of 49 and 61, 19 of 32 seats, 142,000 people, "ieri" in a
// Monday paper, "ten years" against "dal 2026", a twinning of 1987. 38
// cases ("Trente-huit") of which twelve this week and eleven in hospital,
// ages 3 to 79, the first case on 17 February, two tonnes in 400 g packs,
// incubation of 15 to 50 days ("da due settimane a circa 50 giorni"),
// about 600 contacts vaccinated, some 150 shops, two minutes of boiling,
// 21 cases in 2029 against more than a thousand in Italy in 2013, an
// official of 52, a Wednesday recall in Friday and Saturday papers. Sales
// up 9% to €5.8 billion ("nearly €5.8 billion") against profit down 3% to
// €1.08 billion ("just over €1 billion"), up 14% without the €240 million
// charge, Velantib's €1.2 billion up 31% ("almost a third", "more than a
// fifth" of revenue), R&D of €960 million or 16.5%, 6% to 8% forecast,
// shares down 2.4% at midday and 2.9% at the close ("rund zweieinhalb
// Prozent"), a €2.10 dividend, 430 jobs at Brenna, 21,500 staff of whom
// 3,000 in Germany, 40 countries, 2031, 2032, 2037 and 2038, a chief
// executive of 53, "yesterday" in a Wednesday paper. Climbers of 28 and
// 31, a rescuer of 57 and a father of 62, started on Thursday 4 August
// and rescued on Saturday at 7:15 ("ieri mattina" in a Sunday paper,
// "samedi" in a Monday paper, "am Samstagmorgen" in a Saturday one), 3,800
// of 4,020 metres and "poco più di 200 metri" below the top, two nights,
// minus eight degrees, fourteen rescuers ("Quattordici", "Vierzehn"), 64
// call-outs this summer against 51 in 2032, a first ascent in 1931, since
// the age of twelve.
//
// Frozen before its first run, which flagged 5 of the 6 contradictions
// and 1 false disagreement. It flagged the hours on the tarmac (duration
// "length": bl1de's "drei Stunden" against five hours in bl1en, bl1fr and
// bl1it), the plan's amount (amount "doté": bl2fr's "15,5 millions
// d'euros" against €12.5 million in bl2en and bl2it), the people in the
// cable car (count "fahrgäste": bl4en's "64 passengers" against "46
// Fahrgäste" and "46 passeggeri"), Montbrun's age (quantity "Claire
// Montbrun · age": bl5it's "54 anni" against "45-Jährige" and "45 ans")
// and the first flights (date "décolleront": bl6de's "17. März" against
// "27 March" and "27 mars"). It missed Hollbach's profit ("missed
// bl3it.txt's 11% against 17%"): no disagreement was flagged in that
// event. The false one was a trap: the cable car's weekdays, 'date
// "down": bl4de: Montag; bl4en: Sunday', the German's "wie die Behörden
// am Montag mitteilten" (the day the authorities spoke) set against the
// English "after the lift broke down on Sunday" (the day of the
// breakdown). One is within the limit of one the table held when the
// texts were frozen. Grouped with the other sets, its 34 reports of 10
// events were grouped exactly, into their 10 events (all 169 sets:
// precision 1.000, recall 0.936, F1 0.967; 64 sets grouped exactly). The
// prescribed commands were run once each; nothing changed after the run
// but this comment.
var heldOutBelat = []heldOutEvent{
	{"brennfeld-blizzard-tarmac", map[string]string{
		"bl1en.txt": `en|Passengers held on snowbound jet for five hours at Brennfeld

World | Travel

Brennfeld, Sunday 16 January 2033

Passengers on an Aeralis flight spent five hours stuck aboard their aircraft on the tarmac at Brennfeld airport on Saturday after a blizzard shut the runway moments before take-off, the airline said.

Flight AX318 to Santalba, a journey that normally takes about two hours, had pushed back from the gate at 14:20 with 186 passengers and six crew on board. Minutes later the airport closed its only runway as snow fell at up to 5 cm an hour. The aircraft could not return to the gate, because the apron behind it was blocked by snowploughs and another jet waiting to be de-iced.

"At first the captain said 30 minutes, then another 30, then nobody said anything," said Tomas Reinholt, 41, who was travelling with his wife and two sons. Bottled water ran out during the afternoon, passengers said, and two of the toilets stopped working.

Aeralis said the crew had followed safety rules and that buses could not safely reach the plane in the storm. The runway stayed closed for nine hours in all, and the flight eventually left on Sunday morning, arriving in Santalba 19 hours behind schedule.

Under EU rules, passengers are entitled to €400 each in compensation for delays of more than four hours on flights of this distance. Aeralis said it would pay "without passengers needing to ask". A spokeswoman for the airport, Ingrid Solberg, said 58 flights had been cancelled on Saturday and that up to 40 cm of snow had fallen in a day.`,
		"bl1de.txt": `de|Schneesturm: Passagiere sitzen in Flugzeug auf dem Vorfeld fest

Panorama | Luftverkehr

Brennfeld, 16. Januar 2033

Ein heftiger Schneesturm hat am Samstag den Flughafen Brennfeld lahmgelegt. Besonders hart traf es die Fluggäste des Aeralis-Flugs AX318 nach Santalba: Sie kamen lange nicht aus ihrer Maschine heraus.

Insgesamt saßen die 186 Passagiere drei Stunden auf dem Vorfeld fest, ohne aussteigen zu können. Das Flugzeug hatte um 14.20 Uhr die Parkposition verlassen, kurz bevor die einzige Start- und Landebahn gesperrt wurde. Räumfahrzeuge und eine weitere wartende Maschine versperrten den Rückweg zum Gate.

"Irgendwann gab es kein Wasser mehr, und die Kinder haben nur noch geweint", sagte eine Passagierin aus Santalba. Die sechs Besatzungsmitglieder hätten sich bemüht, aber selbst kaum Informationen gehabt.

Die Piste blieb neun Stunden lang gesperrt. Bis zu 40 Zentimeter Neuschnee fielen binnen eines Tages, die Temperatur sank auf minus 12 Grad. Der Flug startete schließlich am Sonntagmorgen; normalerweise dauert die Strecke rund zwei Stunden.

Nach EU-Recht steht den Reisenden eine Entschädigung von 400 Euro pro Person zu. Aeralis kündigte an, sie unaufgefordert auszuzahlen. Flughafensprecherin Ingrid Solberg sagte, am Samstag seien 58 Flüge gestrichen worden. Der Flughafen war zuletzt im Winter 2031 wegen Schnee für einen ganzen Tag geschlossen worden.`,
		"bl1fr.txt": `fr|Tempête de neige : cinq heures bloqués dans un avion sur le tarmac de Brennfeld

International | Transports

Publié le dimanche 16 janvier 2033

Les 186 passagers d'un vol de la compagnie Aeralis ont passé cinq heures enfermés dans leur appareil sur le tarmac de l'aéroport de Brennfeld, samedi, après la fermeture de la piste en raison d'une violente tempête de neige.

Le vol AX318 à destination de Santalba, un trajet d'environ deux heures, avait quitté sa porte à 14 h 20. Quelques minutes plus tard, l'aéroport a fermé son unique piste. Impossible de revenir au terminal : des chasse-neige et un autre avion en attente de dégivrage bloquaient le chemin.

« On nous a promis une demi-heure, puis encore une demi-heure, puis plus rien », raconte Élodie Marchal, 29 ans, qui rentrait de vacances. Selon plusieurs passagers, l'eau a manqué dans l'après-midi et les enfants s'impatientaient.

La piste est restée fermée neuf heures au total. Le vol n'est reparti que dimanche matin et s'est posé à Santalba avec dix-neuf heures de retard. Il est tombé jusqu'à 40 centimètres de neige en une journée, par moins 12 degrés.

La compagnie devra verser 400 euros d'indemnisation à chaque passager, conformément au droit européen, qui prévoit ce montant pour un retard de plus de quatre heures. Aeralis assure que ses six membres d'équipage « ont respecté toutes les règles de sécurité » et que des bus ne pouvaient pas rejoindre l'appareil sans risque.`,
		"bl1it.txt": `it|Bufera di neve, 186 passeggeri chiusi cinque ore in aereo

Esteri | Trasporti

Brennfeld, 16 gennaio 2033

Cinque ore chiusi in un aereo fermo sulla pista, senza poter scendere. È l'odissea vissuta sabato dai passeggeri del volo Aeralis AX318 diretto a Santalba, rimasto bloccato all'aeroporto di Brennfeld dalla bufera di neve.

L'aereo aveva lasciato il gate alle 14.20; pochi minuti dopo lo scalo ha chiuso l'unica pista. A bordo c'erano 186 passeggeri e sei membri dell'equipaggio. Il volo, che di solito dura circa due ore, è ripartito solo domenica mattina.

"Ci dicevano mezz'ora, poi un'altra mezz'ora, poi più niente", ha raccontato Marco Bellini, 36 anni, ingegnere di Santalba che tornava da una fiera. Nel pomeriggio sono finite le bottiglie d'acqua e due dei bagni hanno smesso di funzionare.

La pista è rimasta chiusa per nove ore; sono caduti fino a 40 centimetri di neve e la temperatura è scesa a meno 12 gradi. In tutto sono stati cancellati 58 voli, ha detto la portavoce dello scalo, Ingrid Solberg.

Ai passeggeri spetta un risarcimento di 400 euro a testa secondo le norme europee. La compagnia ha promesso di pagarlo senza bisogno di richiesta e sostiene che l'equipaggio abbia rispettato tutte le regole di sicurezza: con la bufera, ha spiegato, nessun autobus poteva raggiungere l'aereo in modo sicuro.`,
	}, map[string][2]string{"bl1de.txt": {"3 hours", "5 hours"}}},
	{"montessa-night-emergency-plan", map[string]string{
		"bl2it.txt": `it|Montessa, 12,5 milioni per riaprire i pronto soccorso di notte

Sanità | Provincia

Vallarsa, martedì 14 febbraio 2034

La giunta provinciale di Montessa ha approvato ieri un piano da 12,5 milioni di euro per riaprire di notte i pronto soccorso di otto piccoli ospedali di montagna, chiusi dalle 20 alle 8 da quasi tre anni per mancanza di medici.

Il piano, che copre il biennio 2034-2035, prevede l'assunzione di 60 tra medici e infermieri. Dei 12,5 milioni, 3,2 arrivano dal fondo sanitario nazionale; il resto è a carico del bilancio provinciale. I primi reparti riapriranno il 1° aprile, gli ultimi entro settembre.

"Nessun cittadino deve trovarsi a più di 45 minuti da un pronto soccorso aperto", ha detto l'assessora alla Salute, Francesca Orlandi, 51 anni. Oggi, ha ricordato, per chi vive nelle valli più alte di notte il viaggio supera spesso l'ora e mezza.

Lo scorso anno la provincia aveva speso circa 800 mila euro per medici a gettone, una soluzione definita "costosa e fragile". I sindacati dei medici accolgono il piano con prudenza: "Sessanta assunzioni sono un inizio, ma ne servirebbero almeno cento", ha commentato Paolo Deriu, segretario provinciale.

La provincia conta circa 340 mila abitanti, un terzo dei quali vive in comuni di montagna.`,
		"bl2fr.txt": `fr|Italie : une province de montagne va rouvrir ses urgences la nuit

Santé | Europe

Publié le mercredi 15 février 2034

Dans les Alpes italiennes, la province de Montessa va rouvrir la nuit les services d'urgence de huit petits hôpitaux, fermés entre 20 heures et 8 heures depuis près de trois ans faute de médecins.

Le plan, doté de 15,5 millions d'euros sur deux ans, a été adopté lundi par l'exécutif provincial. Il doit permettre de recruter une soixantaine de médecins et d'infirmiers. L'État en finance 3,2 millions, la province le reste.

« Aucun habitant ne doit se trouver à plus de trois quarts d'heure d'urgences ouvertes », a déclaré Francesca Orlandi, chargée de la santé au sein de l'exécutif provincial. Dans les vallées les plus reculées, il faut aujourd'hui souvent plus d'une heure et demie de route la nuit.

Les premiers services rouvriront le 1er avril, les derniers d'ici à septembre. L'an dernier, la province avait dépensé quelque 800 000 euros pour faire venir des médecins intérimaires.

La mesure est observée de près en France, où plusieurs départements ruraux ferment eux aussi leurs urgences la nuit. Les syndicats italiens jugent toutefois le nombre de recrutements insuffisant : selon eux, il faudrait au moins cent soignants.`,
		"bl2en.txt": `en|Italian mountain province to reopen night A&E units in €12.5m plan

Health | Europe

Wednesday 15 February 2034

A mountain province in northern Italy will spend €12.5 million over two years to reopen the overnight emergency departments of eight small hospitals that have been shut at night for almost three years for lack of doctors.

The plan, approved on Monday by Montessa's provincial government, will fund about 60 doctors and nurses. The national health fund is paying €3.2 million of the total, with the province covering the remaining €9.3 million from its own budget.

"No one should be more than 45 minutes from an open emergency department," said Francesca Orlandi, the provincial health commissioner. At present, residents of the highest valleys often face a drive of more than an hour and a half at night.

The first units will reopen on 1 April and the last by September. The province, home to about 340,000 people, spent some €800,000 last year on agency doctors hired by the shift, a stopgap Ms Orlandi called "expensive and fragile".

Doctors' unions gave the plan a cautious welcome. "Sixty hires are a start, but we would need at least a hundred," said Paolo Deriu, the regional secretary of the main doctors' union. Hospitals across rural Italy have cut night services since 2030 as older doctors retire faster than they can be replaced.`,
	}, map[string][2]string{"bl2fr.txt": {"€15.5 million", "€12.5 million"}}},
	{"hollbach-annual-results", map[string]string{
		"bl3de.txt": `de|Hollbach steigert Gewinn kräftig

Wirtschaft | Unternehmen

Talstadt, 8. März 2035

Der Werkzeughersteller Hollbach hat im vergangenen Jahr deutlich mehr verdient. Der Nettogewinn stieg um 17 Prozent auf 212 Millionen Euro, wie das Unternehmen am Donnerstag mitteilte.

Der Umsatz legte um vier Prozent auf 3,1 Milliarden Euro zu. Die operative Marge verbesserte sich auf 9,4 Prozent, nach 8,7 Prozent im Jahr zuvor. Getragen wurde das Wachstum vor allem vom Geschäft in Europa und Nordamerika, während der Umsatz in China um zwölf Prozent einbrach.

"Wir haben unsere Hausaufgaben gemacht", sagte Vorstandschefin Birgit Lohmann. Das Sparprogramm, das 2033 aufgelegt worden war, habe im vergangenen Jahr rund 45 Millionen Euro eingebracht.

Die Aktionäre sollen eine Dividende von 1,40 Euro je Aktie erhalten, nach 1,20 Euro im Vorjahr. Für 2035 rechnet Hollbach mit einem Umsatzplus von zwei bis vier Prozent. Die Aktie gewann am Vormittag gut sechs Prozent.

Hollbach beschäftigt weltweit rund 14.200 Menschen, davon etwa 5.900 in Deutschland. Ein Stellenabbau sei nicht geplant, betonte Lohmann.`,
		"bl3de2.txt": `de|Werkzeugbauer Hollbach: Rückenwind aus Amerika

Börse

Freitag, 9. März 2035

Die Zahlen kamen gut an: Nach der Vorlage der Jahresbilanz am Donnerstag schloss die Hollbach-Aktie 6,3 Prozent im Plus bei 48,20 Euro. Analysten hatten mit einem schwächeren Ergebnis gerechnet.

Unter dem Strich verdiente der Konzern 2034 rund 212 Millionen Euro, ein Zuwachs von 17 Prozent. Der Umsatz kletterte um vier Prozent auf knapp 3,1 Milliarden Euro. In Nordamerika wuchs Hollbach um neun Prozent, in China dagegen schrumpfte das Geschäft um ein Achtel.

Finanzvorstand Jörg Ammann verwies auf gesunkene Kosten für Stahl und Energie. Die Marge vor Zinsen und Steuern lag bei 9,4 Prozent, im Jahr davor waren es 8,7 Prozent gewesen.

Vorstandschefin Birgit Lohmann, 54, bleibt beim Ausblick vorsichtig: Für das laufende Jahr stellt sie ein Umsatzwachstum von zwei bis vier Prozent in Aussicht. "Die Zölle bleiben ein Risiko", sagte sie.

Die Dividende soll um 20 Cent auf 1,40 Euro steigen. Über die Ausschüttung entscheidet die Hauptversammlung am 14. Mai.`,
		"bl3en.txt": `en|Toolmaker Hollbach lifts profit 17% as US sales climb

Business | Companies

Thursday 8 March 2035

Hollbach, the German maker of power tools and industrial drills, said on Thursday that its net profit rose 17% last year to €212 million, beating analysts' forecasts as cheaper steel and a cost-cutting drive lifted margins.

Revenue grew 4% to €3.1 billion. Sales in North America were up 9%, while China fell 12% amid weak construction demand. The operating margin improved to 9.4% from 8.7% a year earlier.

Chief executive Birgit Lohmann said the savings programme launched in 2033 had delivered about €45 million in 2034. "We are a leaner company than two years ago, without having closed a single German plant," she told reporters.

The group proposed a dividend of €1.40 a share, up from €1.20. For 2035 it expects revenue growth of between 2% and 4%, citing uncertainty over US tariffs.

Shares in Hollbach, which employs about 14,200 people worldwide, rose more than 6% in morning trading.`,
		"bl3it.txt": `it|Hollbach, conti in crescita per il gruppo tedesco degli utensili

Economia | Mercati

Venerdì 9 marzo 2035

Il gruppo tedesco Hollbach, tra i maggiori produttori europei di utensili elettrici, ha chiuso il 2034 con ricavi in crescita del 4% a 3,1 miliardi di euro, grazie soprattutto al Nord America.

L'utile netto è salito dell'11%, a 212 milioni di euro, secondo i conti presentati giovedì. Il margine operativo è migliorato al 9,4% dall'8,7% dell'anno precedente. In Cina, invece, le vendite sono scese del 12%.

L'amministratrice delegata Birgit Lohmann ha attribuito il risultato al calo dei costi dell'acciaio e al piano di risparmi avviato nel 2033, che ha fruttato circa 45 milioni. Per il 2035 il gruppo prevede un aumento dei ricavi compreso tra il 2 e il 4%.

Agli azionisti andrà un dividendo di 1,40 euro per azione, contro 1,20 euro dell'anno scorso. Il titolo ha guadagnato oltre il 6% alla Borsa di Francoforte.

In Italia Hollbach ha uno stabilimento a Lecco con circa 700 dipendenti sui 14.200 del gruppo; secondo i sindacati locali, i conti confermano che non ci sono ragioni per tagli al personale.`,
	}, map[string][2]string{"bl3it.txt": {"11%", "17%"}}},
	{"monte-ceresa-cable-car-evacuation", map[string]string{
		"bl4it.txt": `it|Funivia bloccata sul Monte Ceresa, 46 persone calate con le corde

Cronaca

Valle Lenara, lunedì 15 agosto 2033

Notte di paura sul Monte Ceresa, dove 46 passeggeri sono rimasti sospesi nel vuoto per ore dopo un guasto alla funivia che sale da San Vito. Sono stati tutti riportati a terra dal Soccorso alpino e dai vigili del fuoco: nessuno è rimasto ferito.

L'impianto si è fermato ieri verso le 17.30 per un problema all'argano principale. Le due cabine, con 28 e 18 persone a bordo, erano a metà percorso, a un'altezza fino a 120 metri dal suolo. Tra i passeggeri c'erano nove bambini.

Oltre 80 soccorritori hanno lavorato per più di sette ore, calando i passeggeri uno alla volta con un verricello. L'ultima persona ha toccato terra poco dopo l'una di notte. Due elicotteri hanno portato in quota il materiale.

"Ci hanno dato coperte e acqua, ma il vento faceva dondolare la cabina", ha detto Chiara Sartori, 34 anni, salita con il marito e la figlia di sei anni.

La funivia, inaugurata nel 1996 e rinnovata nel 2029, può trasportare fino a 60 persone per cabina. La procura ha aperto un fascicolo e l'impianto resterà chiuso almeno fino a fine mese.`,
		"bl4de.txt": `de|Seilbahn-Panne am Monte Ceresa: Bergretter holen 46 Menschen aus Gondeln

Panorama | Italien

Bozen/San Vito, 15. August 2033

Nach einer Panne an einer Seilbahn in den italienischen Alpen haben Bergretter in einer stundenlangen Aktion 46 Fahrgäste aus zwei Gondeln geholt. Alle blieben unverletzt, wie die Behörden am Montag mitteilten.

Die Bahn auf den Monte Ceresa war am Sonntagnachmittag gegen 17.30 Uhr wegen eines Defekts am Antrieb stehen geblieben. Die beiden Kabinen hingen zu diesem Zeitpunkt in der Mitte der Strecke, teils bis zu 120 Meter über dem Boden. In der einen saßen 28 Menschen, in der anderen 18.

Mehr als 80 Einsatzkräfte der Bergwacht und der Feuerwehr seilten die Fahrgäste einzeln ab. Zwei Hubschrauber flogen Ausrüstung auf den Berg. Die Aktion dauerte gut sieben Stunden; erst nach ein Uhr nachts war der letzte Passagier am Boden.

Unter den Eingeschlossenen waren neun Kinder und eine Reisegruppe aus Bayern. "Es war kalt und windig, aber die Retter waren großartig", sagte ein 58-jähriger Urlauber aus Rosenheim.

Die 1996 eröffnete Seilbahn war erst 2029 modernisiert worden. Die Staatsanwaltschaft ermittelt. Die Anlage bleibt bis Ende August geschlossen.`,
		"bl4en.txt": `en|Dozens winched to safety after Italian cable car breaks down

Europe

Monday 15 August 2033

Rescuers worked through the night to bring dozens of people down from two cable car cabins left hanging above a valley in the Italian Alps after the lift broke down on Sunday, officials said.

In all, 64 passengers were lowered to the ground one by one by mountain rescue teams and firefighters, the last of them shortly after 1am. No one was hurt. Nine children were among those trapped.

The Monte Ceresa cable car, which climbs from the village of San Vito, stopped at about 5.30pm because of a fault in its main winch. The two cabins were halfway along the line, up to 120 metres above the ground.

More than 80 rescuers took part in the operation, which lasted over seven hours. Two helicopters flew equipment up the mountain. "The wind was making the cabin swing and the children were frightened," said Chiara Sartori, 34, who was travelling with her husband and six-year-old daughter.

The lift opened in 1996 and was modernised in 2029. Each cabin can carry up to 60 people. Prosecutors have opened an investigation, and the operator said the line would stay shut until at least the end of the month.`,
	}, map[string][2]string{"bl4en.txt": {"64", "46"}}},
	{"lorvignac-mayoral-runoff", map[string]string{
		"bl5fr.txt": `fr|Lorvignac bascule : Claire Montbrun élue maire

Politique | Municipales

Lorvignac, lundi 24 mars 2036

C'est une page qui se tourne à Lorvignac. La liste « Lorvignac en commun », menée par l'écologiste Claire Montbrun, a remporté dimanche le second tour des municipales avec 52,4 % des voix, mettant fin à vingt-deux ans de mandat du maire sortant.

Claire Montbrun, 45 ans, infirmière de formation et conseillère d'opposition depuis 2030, devance Henri Lapeyre, 67 ans, qui recueille 47,6 %. La participation s'est élevée à 60,8 %, contre 57 % au premier tour il y a une semaine.

« Ce soir, Lorvignac a choisi de changer de cap, sans esprit de revanche », a-t-elle lancé devant quelques centaines de partisans réunis place de la Halle. Sa liste obtient 27 des 35 sièges du conseil municipal.

Au premier tour, le 16 mars, Henri Lapeyre était arrivé en tête avec 44 % des voix, contre 41 % pour Claire Montbrun. Le retrait du troisième candidat, Marc Delorme, 58 ans, qui avait obtenu 11 %, et son appel à voter pour la liste écologiste ont fait la différence.

Le maire sortant a reconnu sa défaite et souhaité « bon courage » à celle qui lui succède. Le conseil municipal se réunira samedi pour élire officiellement la nouvelle maire et ses adjoints.`,
		"bl5fr2.txt": `fr|Municipales : à Lorvignac, une infirmière met fin au règne Lapeyre

Région

Édition du lundi 24 mars 2036

Henri Lapeyre, maire de Lorvignac depuis 2014, ne fera pas de cinquième mandat. Dimanche soir, la ville de 38 000 habitants a préféré la liste de gauche et écologiste conduite par Claire Montbrun.

Avec près de 52,5 % des suffrages, la candidate l'emporte d'un peu plus de 900 voix. À 45 ans, cette mère de deux enfants, infirmière au centre hospitalier pendant quinze ans, devient la première femme à diriger la commune. Près de 61 % des inscrits se sont déplacés.

Son adversaire, âgé de 67 ans, avait pourtant viré en tête au premier tour. Mais le ralliement de Marc Delorme, candidat centriste éliminé avec 11 % des voix, a rebattu les cartes. « Les électeurs ont voulu du neuf », analyse un ancien adjoint.

Parmi ses priorités, la nouvelle maire cite la rénovation des écoles, un plan de 4 millions d'euros pour les pistes cyclables et la réouverture du centre de santé municipal, fermé en 2033.

L'installation du conseil municipal est prévue samedi 29 mars à 10 heures.`,
		"bl5it.txt": `it|Francia, a Lorvignac vince l'infermiera ecologista

Esteri | Elezioni

Martedì 25 marzo 2036

Svolta verde a Lorvignac, cittadina del sud-ovest della Francia gemellata con il comune piemontese di Castel Morena. Al ballottaggio di domenica la lista di sinistra ed ecologista guidata da Claire Montbrun ha conquistato il municipio con il 52,4% dei voti.

Montbrun, che ha 54 anni, è infermiera e siede all'opposizione in consiglio comunale dal 2030. Ha battuto il sindaco uscente Henri Lapeyre, 67 anni, in carica dal 2014, fermo al 47,6%. L'affluenza è stata di quasi il 61%.

Decisivo l'appoggio del centrista Marc Delorme, che al primo turno del 16 marzo aveva preso l'11% e si era poi ritirato. La nuova maggioranza avrà 27 seggi su 35.

"Lavoreremo anche con chi non ci ha votato", ha detto Montbrun domenica sera. Il sindaco di Castel Morena, Giorgio Ferrero, le ha inviato un messaggio di congratulazioni e l'ha invitata alla festa del gemellaggio a giugno, che quest'anno celebra i trent'anni dell'accordo.`,
		"bl5de.txt": `de|Machtwechsel in Lorvignac: Grüne Kandidatin gewinnt Stichwahl

Ausland | Frankreich

Montag, 24. März 2036

In der südwestfranzösischen Stadt Lorvignac, Partnerstadt des badischen Kellbach, hat die grüne Kandidatin Claire Montbrun die Stichwahl um das Bürgermeisteramt gewonnen. Sie kam am Sonntag auf 52,4 Prozent der Stimmen.

Die 45-Jährige, von Beruf Krankenschwester, löst Henri Lapeyre ab, der die Stadt seit 2014 regiert hatte. Der 67-jährige Konservative erhielt 47,6 Prozent. Die Wahlbeteiligung lag bei 60,8 Prozent.

Im ersten Wahlgang eine Woche zuvor hatte Lapeyre mit 44 Prozent noch vorn gelegen. Der drittplatzierte Marc Delorme zog danach zurück und rief zur Wahl von Montbrun auf.

Im Gemeinderat verfügt die neue Mehrheit über 27 von 35 Sitzen. Kellbachs Oberbürgermeister Thomas Reuter, 61, gratulierte und kündigte einen Besuch im Sommer an. Die Städtepartnerschaft besteht seit 1991.

Montbrun will die Innenstadt verkehrsberuhigen und das städtische Gesundheitszentrum wieder öffnen, das 2033 geschlossen worden war. Für neue Radwege sind vier Millionen Euro vorgesehen. Der neue Gemeinderat tritt am Samstag, dem 29. März, zum ersten Mal zusammen und wählt dann die Bürgermeisterin offiziell.`,
	}, map[string][2]string{"bl5it.txt": {"54 years", "45 years"}}},
	{"alpavia-castelnuovo-base", map[string]string{
		"bl6en.txt": `en|Alpavia to open Castelnuovo base with 14 routes from March

Business | Aviation

Wednesday 10 January 2035

The low-cost airline Alpavia will open a base at Castelnuovo airport this spring, stationing three aircraft there and launching 14 new routes, the carrier announced on Tuesday.

The first flights from the new base will take off on 27 March, to Almaraz, to Valdoria and to the island of Korsa. The other routes will start in April and May. The summer schedule runs until 25 October; Alpavia said about half of the routes would continue through the winter.

The airline expects to carry about 600,000 passengers a year from Castelnuovo and to create 120 jobs for pilots, cabin crew and engineers. Tickets go on sale on 15 January, with introductory fares from €19.99 one way.

"Castelnuovo has a catchment of four million people and has been badly underserved," said Alpavia's chief commercial officer, Nadia Ferreira, 44. The airport's chief executive, Paolo Gentile, said the deal was the largest in the airport's history and would lift its traffic by about a third.

Castelnuovo handled 1.8 million passengers last year, still below its 2019 record. Alpavia, founded in 2024, operates 62 aircraft from nine bases and carried 14 million passengers in 2034.`,
		"bl6fr.txt": `fr|Alpavia ouvre une base à Castelnuovo

Économie | Transport aérien

Publié le mardi 9 janvier 2035 à 18 h 05

La compagnie à bas coûts Alpavia a annoncé mardi l'ouverture d'une base à l'aéroport de Castelnuovo, dans le nord de l'Italie, avec trois avions et quatorze nouvelles lignes.

Les premiers vols décolleront le 27 mars, vers Almaraz, Valdoria et l'île de Korsa. Les autres liaisons suivront en avril et en mai, dont deux vers la France, à destination de Lyon-Saint-Exupéry et de Nantes, à partir du 2 mai. La saison d'été se terminera le 25 octobre.

La compagnie prévoit de transporter environ 600 000 passagers par an depuis Castelnuovo et de créer 120 emplois. Les billets seront mis en vente le 15 janvier, à partir de 19,99 euros l'aller simple.

« Nous croyons beaucoup à cette région de quatre millions d'habitants », a déclaré la directrice commerciale d'Alpavia, Nadia Ferreira. Pour l'aéroport, qui a accueilli 1,8 million de voyageurs l'an dernier, le trafic devrait progresser d'environ un tiers.

Créée en 2024, Alpavia exploite 62 appareils depuis neuf bases. Elle avait renoncé en 2031 à un premier projet d'implantation à Castelnuovo, jugé trop coûteux.`,
		"bl6de.txt": `de|Billigflieger Alpavia eröffnet Basis in Castelnuovo

Wirtschaft

Mittwoch, 10. Januar 2035

Die Billigfluggesellschaft Alpavia stationiert künftig drei Flugzeuge am norditalienischen Flughafen Castelnuovo. Das kündigte das Unternehmen am Dienstag an. Geplant sind 14 neue Verbindungen.

Los geht es am 17. März mit Flügen nach Almaraz, Valdoria und auf die Insel Korsa. Die übrigen Strecken folgen im April und Mai, darunter ab Mitte April eine Verbindung nach München. Der Sommerflugplan endet am 25. Oktober.

Alpavia rechnet mit rund 600.000 Fluggästen pro Jahr ab Castelnuovo und will 120 Arbeitsplätze schaffen. Der Ticketverkauf beginnt am 15. Januar; die günstigsten Tarife liegen bei 19,99 Euro pro Strecke.

Flughafenchef Paolo Gentile sprach vom größten Vertrag in der Geschichte des Airports. Castelnuovo zählte im vergangenen Jahr 1,8 Millionen Passagiere, das Aufkommen dürfte nun um etwa ein Drittel wachsen.

Alpavia wurde 2024 gegründet, betreibt 62 Flugzeuge an neun Basen und beförderte 2034 rund 14 Millionen Fluggäste. Gewerkschaften kritisieren die Arbeitsbedingungen bei der Airline seit Jahren.`,
	}, map[string][2]string{"bl6de.txt": {"17 March", "27 March"}}},
	{"vessano-mayoral-runoff", map[string]string{
		"bl7it.txt": `it|Vessano, Bramante vince il ballottaggio: è il nuovo sindaco

Politica | Comunali

Vessano, lunedì 23 giugno 2036

Luca Bramante è il nuovo sindaco di Vessano. Il candidato del centrosinistra ha vinto ieri il ballottaggio con il 53,8% dei voti, rimontando lo svantaggio del primo turno contro Paola Ricci, sostenuta dal centrodestra, che si è fermata al 46,2%.

Bramante, 49 anni, avvocato e già assessore al Bilancio, ha ottenuto 31.480 voti contro i 27.010 della sfidante. Due settimane fa, al primo turno dell'8 giugno, Ricci era in testa con il 41,2% contro il 39,5% di Bramante.

Pesa l'astensione: ha votato il 48,3% degli aventi diritto, quasi otto punti in meno rispetto al 56,1% del primo turno. "Sarò il sindaco di tutti, anche di chi è rimasto a casa", ha detto Bramante dal palco di piazza Garibaldi poco dopo mezzanotte.

Paola Ricci, 61 anni, ex preside e consigliera regionale, ha telefonato al vincitore per congratularsi. "Faremo un'opposizione seria", ha promesso.

Con il premio di maggioranza, la coalizione del nuovo sindaco avrà 19 dei 32 seggi in consiglio comunale. La proclamazione è attesa entro giovedì. Vessano, 142 mila abitanti, era governata dal centrodestra dal 2026.`,
		"bl7en.txt": `en|Centre-left lawyer wins Vessano run-off on low turnout

Europe | Elections

Monday 23 June 2036

The centre-left candidate Luca Bramante has been elected mayor of the northern Italian city of Vessano, winning Sunday's run-off with nearly 54% of the vote after trailing in the first round.

Bramante, a 49-year-old lawyer, took 53.8% against 46.2% for Paola Ricci, 61, a former head teacher backed by the centre-right, according to final results. He won by about 4,500 votes.

Turnout fell to 48.3%, down from 56.1% in the first round on 8 June, when Ricci led with 41.2% to Bramante's 39.5%. Analysts said the votes of a third-placed civic list, which took about 12% two weeks ago and backed Bramante, had made the difference.

"I will be the mayor of everyone, including those who stayed at home," Bramante told supporters shortly after midnight. Ricci conceded and said she would lead the opposition on the council.

Vessano, a city of about 142,000 people, has been run by the centre-right for ten years. The result is being read as a test for the national government ahead of next year's general election.`,
		"bl7fr.txt": `fr|Italie : la gauche reprend Vessano au second tour

International

Mardi 24 juin 2036

Le candidat de centre gauche Luca Bramante a remporté dimanche le second tour de l'élection municipale à Vessano, ville de 142 000 habitants du nord de l'Italie, avec 53,8 % des suffrages.

Cet avocat de 49 ans, ancien adjoint aux finances, devance Paola Ricci, 61 ans, candidate de la droite, qui obtient 46,2 %. Au premier tour, il y a deux semaines, Mme Ricci était pourtant arrivée en tête avec 41,2 % des voix, contre 39,5 % pour son adversaire.

La participation a de nouveau reculé : 48,3 % des électeurs se sont rendus aux urnes, contre un peu plus de 56 % le 8 juin. Selon les chiffres définitifs publiés lundi, M. Bramante a recueilli 31 480 voix, contre 27 010 pour sa rivale.

« Je serai le maire de tous », a lancé le vainqueur devant ses partisans réunis sur la place principale. Sa coalition disposera de 19 sièges sur 32 au conseil municipal grâce à la prime majoritaire.

La ville était dirigée par la droite depuis dix ans. Vessano est jumelée depuis 1987 avec la commune française de Saint-Aurèle, dont la maire a salué « un ami de longue date ».`,
	}, nil},
	{"talheim-hepatitis-berries", map[string]string{
		"bl8de.txt": `de|Hepatitis A: 38 Fälle im Kreis Talheim – Spur führt zu Tiefkühlbeeren

Gesundheit | Region

Talheim, Freitag, 21. März 2036

Im Landkreis Talheim ist die Zahl der Hepatitis-A-Erkrankungen auf 38 gestiegen. Als Quelle vermutet das Gesundheitsamt tiefgekühlte Beerenmischungen, die die Supermarktkette Frischmarkt am Mittwoch zurückgerufen hat.

Allein in dieser Woche wurden zwölf neue Fälle gemeldet. Elf Erkrankte liegen im Krankenhaus, Todesfälle gab es bislang nicht. Die Betroffenen sind zwischen drei und 79 Jahre alt. Der erste Fall war am 17. Februar aufgetreten.

"Fast alle Erkrankten haben in den Wochen zuvor die Beerenmischung gegessen, meist in Smoothies oder ungekocht im Müsli", sagte Amtsleiterin Anja Kessler, 52. Zurückgerufen wurden rund zwei Tonnen Ware in 400-Gramm-Packungen.

Weil die Inkubationszeit zwischen 15 und 50 Tagen liegt, rechnet das Amt bis Ende April mit weiteren Fällen. Rund 600 Kontaktpersonen wurden bereits geimpft.

Kunden, die die Beeren noch im Gefrierfach haben, sollen sie nicht essen und können sie in jeder Filiale zurückgeben. Wer Beeren aus dem Handel verwenden will, sollte sie mindestens zwei Minuten lang kochen. Zuletzt hatte es im Kreis 2029 einen Ausbruch mit 21 Fällen gegeben.`,
		"bl8fr.txt": `fr|Hépatite A en Allemagne : des fruits rouges surgelés mis en cause

Santé

Samedi 22 mars 2036

Trente-huit personnes ont contracté l'hépatite A depuis la mi-février dans l'arrondissement de Talheim, dans le sud-ouest de l'Allemagne. Les autorités sanitaires soupçonnent un mélange de fruits rouges surgelés, retiré de la vente mercredi par la chaîne de supermarchés Frischmarkt.

Onze malades ont été hospitalisés, aucun décès n'est à déplorer. Les patients, âgés de 3 à 79 ans, ont presque tous consommé ces fruits crus, dans des smoothies ou des desserts. Douze cas ont été signalés cette semaine.

Environ deux tonnes de produits, vendus en sachets de 400 grammes, ont été rappelées. Le mélange aurait été distribué dans quelque 150 magasins de la région, selon la cheffe du service de santé, Anja Kessler. Ni la chaîne ni les autorités n'ont encore désigné le fournisseur.

La période d'incubation pouvant atteindre cinquante jours, de nouveaux cas sont attendus jusqu'à la fin avril. Près de 600 personnes de l'entourage des malades ont été vaccinées.

La France n'est pas concernée par ce rappel, a précisé la Direction générale de la santé, qui recommande toutefois de faire cuire les fruits rouges surgelés pendant au moins deux minutes avant de les consommer.`,
		"bl8it.txt": `it|Epatite A in Germania, 38 casi legati ai frutti di bosco surgelati

Salute | Esteri

Venerdì 21 marzo 2036

Sono saliti a 38 i casi di epatite A nel distretto tedesco di Talheim, dove le autorità sanitarie indicano come probabile fonte un mix di frutti di bosco surgelati ritirato mercoledì dai supermercati della catena Frischmarkt.

Undici persone sono ricoverate, nessuna è in pericolo di vita. I malati hanno tra i 3 e i 79 anni; il primo caso risale al 17 febbraio, mentre dodici sono stati segnalati soltanto negli ultimi giorni.

Sono state ritirate circa due tonnellate di prodotto in confezioni da 400 grammi. Secondo i media tedeschi, i frutti sarebbero stati lavorati in un impianto dell'Europa orientale; la magistratura non ha ancora confermato.

L'incubazione dell'epatite A va da due settimane a circa 50 giorni: per questo le autorità si aspettano altri casi fino a fine aprile. Circa 600 contatti dei malati sono già stati vaccinati.

Il ministero della Salute italiano ha fatto sapere che il lotto non è stato distribuito in Italia. Nel 2013 un'epidemia legata ai frutti di bosco aveva colpito diverse regioni italiane con oltre mille casi.`,
		"bl8en.txt": `en|Frozen berries linked to hepatitis A outbreak in German district

Health | World

Friday 21 March 2036

Health officials in the German district of Talheim have linked an outbreak of hepatitis A that has sickened 38 people to frozen mixed berries sold by the supermarket chain Frischmarkt, which recalled the product on Wednesday.

Eleven patients are in hospital and no one has died, the district health office said. Those infected are aged between three and 79. Twelve of the cases were reported this week alone, and the first dates back to 17 February.

"Almost every patient ate the berry mix raw in the weeks before falling ill, in smoothies or on cereal," said Anja Kessler, who heads the health office. About two tonnes of the product, sold in 400g bags, have been recalled.

Because the virus can take up to 50 days to cause symptoms, officials expect further cases until the end of April. About 600 close contacts of patients have been vaccinated.

Hepatitis A infects the liver and is usually mild in children but can be serious in older adults. Boiling frozen berries for at least two minutes kills the virus. The district last saw an outbreak in 2029, when 21 people fell ill.`,
	}, nil},
	{"orsolan-pharma-results", map[string]string{
		"bl9en.txt": `en|Orsolan sales rise 9% but plant closure dents profit

Business | Pharmaceuticals

Tuesday 26 February 2036

The drugmaker Orsolan Pharma reported a 9% rise in sales for 2035 on Tuesday, driven by its cancer drug Velantib, but a one-off charge for closing a factory pushed net profit down 3%.

Revenue rose to €5.8 billion, while net profit slipped to €1.08 billion after a €240 million charge for shutting the company's plant at Brenna, which employs 430 people. Excluding the charge, profit would have risen 14%, the company said.

Velantib, approved in 2031, brought in €1.2 billion, up 31% on the year before, and is now Orsolan's best-selling medicine. Research and development spending reached €960 million, or 16.5% of sales.

"2035 was a year of strong growth and hard decisions," said chief executive Sofia Lindqvist. For 2036, Orsolan forecasts sales growth of 6% to 8% at constant exchange rates.

The board proposed an unchanged dividend of €2.10 a share. Shares fell 2.4% by midday, as some analysts had expected a higher forecast. Orsolan employs about 21,500 people in 40 countries.`,
		"bl9en2.txt": `en|Orsolan Pharma: what the annual numbers tell us

Markets | Analysis

Wednesday 27 February 2036

Orsolan Pharma's results yesterday were, on the face of it, mixed: sales up, profit down. Look closer and the picture is brighter than the share price suggests.

Sales climbed 9% to nearly €5.8 billion last year. Net profit fell by about 3% to just over €1 billion, but only because of a €240m write-off for closing the Brenna plant. Strip that out and earnings grew by 14%, faster than sales.

The engine is Velantib. The lung cancer drug now accounts for more than a fifth of group revenue, at €1.2 billion, and its sales grew by almost a third. Its main patent runs until 2038, giving Orsolan about a decade to replace it; R&D spending of €960 million suggests the company is trying.

Guidance of 6-8% sales growth this year disappointed traders hoping for double digits, and the shares closed 2.9% lower. The €2.10 dividend was held for a third year.

Chief executive Sofia Lindqvist, 53, who took over in 2032, told analysts she saw "no need for big acquisitions". The closure of Brenna, where 430 jobs will go by mid-2037, is the first of her tenure.`,
		"bl9de.txt": `de|Orsolan Pharma: Umsatzplus, Gewinnrückgang

Wirtschaft | Pharma

Dienstag, 26. Februar 2036

Der Arzneimittelhersteller Orsolan Pharma hat 2035 dank seines Krebsmedikaments Velantib deutlich mehr umgesetzt, aber weniger verdient. Der Umsatz stieg um neun Prozent auf 5,8 Milliarden Euro, wie der Konzern am Dienstag mitteilte.

Der Nettogewinn sank um drei Prozent auf 1,08 Milliarden Euro. Grund ist eine Sonderbelastung von 240 Millionen Euro für die Schließung des Werks in Brenna mit 430 Beschäftigten. Ohne diesen Effekt wäre der Gewinn um 14 Prozent gewachsen.

Velantib setzte 1,2 Milliarden Euro um, 31 Prozent mehr als im Vorjahr. Für Forschung und Entwicklung gab Orsolan 960 Millionen Euro aus, 16,5 Prozent des Umsatzes.

Für 2036 peilt Vorstandschefin Sofia Lindqvist ein Umsatzwachstum von sechs bis acht Prozent an. Die Dividende soll bei 2,10 Euro je Aktie bleiben. An der Börse gab die Aktie um rund zweieinhalb Prozent nach.

Orsolan beschäftigt weltweit rund 21.500 Menschen, davon etwa 3.000 in Deutschland. Die Gewerkschaft kritisierte die Werksschließung: "Rekordumsatz und trotzdem Jobabbau – das versteht niemand", sagte ein Betriebsrat.`,
	}, nil},
	{"punta-varena-climbers-rescued", map[string]string{
		"bl10it.txt": `it|Punta Varena, salvati dopo due notti in parete

Cronaca | Montagna

Valfonda, domenica 7 agosto 2033

Sono salvi i due alpinisti rimasti bloccati per due notti sulla parete nord della Punta Varena, a quota 3.800 metri. L'elicottero del Soccorso alpino li ha recuperati ieri mattina alle 7.15, approfittando di una breve finestra di bel tempo.

Sara Colombo, 28 anni, di Borgo Lenara, e il compagno di cordata tedesco Jonas Weidner, 31 anni, erano partiti giovedì 4 agosto all'alba. Nella notte un violento temporale li ha sorpresi a poco più di 200 metri dalla vetta, che raggiunge i 4.020 metri. Venerdì mattina hanno dato l'allarme con il telefono satellitare.

Per tutto venerdì vento e nebbia hanno impedito il volo. "Li sentivamo alla radio ogni due ore, erano lucidi ma infreddoliti", racconta il capo stazione Elio Martinet, 57 anni. Quattordici tecnici erano pronti a salire a piedi se l'elicottero non fosse potuto decollare.

I due hanno passato la seconda notte su una cengia larga mezzo metro, a meno 8 gradi. Sono stati portati all'ospedale di Valfonda con principi di congelamento alle mani; le loro condizioni non sono gravi.

Dall'inizio dell'estate il Soccorso alpino della valle ha compiuto 64 interventi, contro i 51 dello stesso periodo del 2032.`,
		"bl10de.txt": `de|Zwei Bergsteiger nach zwei Nächten aus Nordwand gerettet

Panorama

Samstag, 6. August 2033, 14:30 Uhr

Ein deutscher Bergsteiger und seine italienische Seilpartnerin sind am Samstagmorgen aus der Nordwand der Punta Varena in den italienischen Alpen gerettet worden. Ein Hubschrauber holte die beiden nach zwei Nächten in der Wand in 3800 Metern Höhe heraus.

Der 31-jährige Jonas Weidner aus Aurach und die 28 Jahre alte Sara Colombo waren am Donnerstag zu der Tour aufgebrochen. In der Nacht zum Freitag gerieten sie knapp unterhalb des 4020 Meter hohen Gipfels in ein schweres Gewitter. Am Freitagmorgen setzten sie per Satellitentelefon einen Notruf ab.

Wegen Sturm und Nebel konnte der Hubschrauber am Freitag nicht starten. Erst am Samstag um 7.15 Uhr gelang die Rettung. Beide kamen mit leichten Erfrierungen an den Händen ins Krankenhaus von Valfonda.

"Wir waren die ganze Zeit in Funkkontakt, die beiden haben sehr besonnen reagiert", sagte Einsatzleiter Elio Martinet. Vierzehn Bergretter standen bereit, um notfalls zu Fuß aufzusteigen. In der zweiten Nacht fiel das Thermometer auf minus acht Grad.

Weidners Vater, der 62-jährige Klaus Weidner, sagte dieser Zeitung am Telefon: "Wir haben zwei Tage nicht geschlafen." Sein Sohn klettert seit seinem zwölften Lebensjahr.`,
		"bl10fr.txt": `fr|Deux alpinistes secourus après deux nuits dans la face nord de la Punta Varena

Montagne

Lundi 8 août 2033

Une alpiniste italienne de 28 ans et son compagnon de cordée allemand, âgé de 31 ans, ont été hélitreuillés samedi matin dans la face nord de la Punta Varena (4 020 mètres), où ils étaient bloqués depuis deux nuits à 3 800 mètres d'altitude.

Sara Colombo et Jonas Weidner avaient attaqué la voie jeudi à l'aube. Surpris par un violent orage dans la nuit de jeudi à vendredi, à un peu plus de 200 mètres du sommet, ils avaient donné l'alerte vendredi matin grâce à un téléphone satellite.

Le brouillard et le vent ont cloué l'hélicoptère au sol toute la journée de vendredi. Le sauvetage a finalement eu lieu samedi à 7 h 15. Les deux grimpeurs, qui souffraient de gelures légères aux mains, ont été conduits à l'hôpital de Valfonda. Leurs jours ne sont pas en danger.

« Ils ont gardé leur calme et économisé leurs batteries », a salué Elio Martinet, responsable du secours en montagne de la vallée. Quatorze sauveteurs étaient prêts à monter à pied.

La face nord de la Punta Varena, gravie pour la première fois en 1931, est réputée pour ses chutes de pierres. Le secours de la vallée a déjà mené 64 interventions depuis le début de l'été.`,
	}, nil},
}
