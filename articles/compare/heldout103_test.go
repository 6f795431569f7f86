package compare

// heldOutGharbi is a blind held-out set of ten transport, energy and labour
// events, written without reading the comparison code: a signalling-cable
// fire on the Paris-Lyon high-speed line (fr, fr, en, de), jet fuel rationed
// at a Portuguese airport (pt, pt, en), a marine pilots' warning strike at a
// German port (de, de, nl, en), a substation fire and blackout in southern
// Brazil (pt, pt, en), a pumped-storage concession in Valais (fr, de, en), a
// Belgian sugar refinery closure (fr, fr, nl, en), a jump in German heating
// oil prices (de, de, fr, en), a ferry linkspan collapse in an Irish port
// (en, en, fr), an overnight toll collectors' strike in Italy (it, it, fr, en)
// and a biogas leak on the Dutch-German border (nl, nl, de, en).
//
// Six events hold one planted contradiction each, five of them outside the
// first paragraph and four in the report whose language is the minority of
// its event: a duration (rationing for ten days against five, en, third
// paragraph), a weekday (talks resuming on Thursday against Wednesday, nl,
// last paragraph), a count (148,000 customers without power against
// 184,000, the second pt report, first paragraph), an amount (28 against 38
// million euros invested, nl, third paragraph), a percentage (14.2% against
// 12.4% in a month, fr, second paragraph) and an age (the injured port
// worker 41 against 47, the second en report, third paragraph).
//
// The traps that must not be flagged: rounding with hedges ("fast 90" for
// 86, "about 6,000", "mehr als zwölf Prozent", headline "12%" for 12.4%),
// number formats (23 000, 23'000, 23,000; 1,2 milhões, 1.2m; 3,5 milioni;
// 184 mil), words for numbers (Trinta e sete, Sixty-two, onze, zwölf), units
// (900 MW and 0,9 Gigawatt, 80 metres and 260 feet, 4 km and 2.5 miles,
// 150 MVA), dollar conversions beside francs and euros, titles by synonym
// (Ältermann/chairman, administrateur délégué/CEO/gedelegeerd bestuurder,
// Verwaltungsratspräsident/président du conseil d'administration), parts and
// totals (120 permanent and 45 seasonal of 165, 3 in hospital and 9 others
// of 12, two Geneva trains of 14 cancelled), previous values ("up from
// 105.30", "de 38 à 61 millions"), two people's ages in one report (68 and
// 71, 54 and 61, 72 and 75, 47 and 29), figures in quotes, background
// figures of other years (180 trains in 2027, 300,000 customers in 2026, a
// 24-hour strike in 2019, 3.1 million passengers in 2029), a per-litre
// Luxembourg price beside the German price per 100 litres, and other
// weekdays and durations of other facts (a seat on Friday's flight, four
// hours in a stalled train, 31 years at the plant, eighteen months without
// a contract).
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and
// 0 false disagreements; it missed the nl pilots' report's Thursday against
// Wednesday (donderdag stood in a row of its own, not beside the others'
// Mittwoch/Wednesday for the talks) and the second en linkspan report's
// 41 years against 47 years (the worker's age in en2 and in fr stood in two
// rows, "father · age" and "âgé · age"). No value in wrong was respelled.
// Misreadings seen in the run that flagged nothing: "peu avant 8 heures"
// read as a duration of 8 hours in the five-hour standstill row, the
// driver's "29 ans" put in the three-week suspension row, and "de 22
// heures" read as a duration of 22 hours ("diciotto mesi" and "un anno e
// mezzo" were rightly held to agree).
//
// Fixed after, so the set is held out no longer: an apposition gives whose
// age it is ("the injured port worker, a 41-year-old father of three", "un
// employé du port, âgé de 47 ans"); trades before adjectives give an age
// ("un chauffeur routier polonais de 29 ans"); French hours after "avant",
// "après" or "dès" are times of day unless they are of something: 5/6
// flagged, 0 false.
//
// Fixed after again: a source's one weekday that no other source gives
// joins the one weekday row two or more others give and it lacks, when the
// days are neighbours, in another language, and neither is the day news
// was given out nor a bound or a plan (a rule written for the Fohnwall
// set): 6/6 flagged, 0 false.
var heldOutGharbi = []heldOutEvent{
	{"lgv-signalling-fire", map[string]string{
		"g1fr.txt": `fr|Panne géante sur la LGV Sud-Est : 23 000 voyageurs pris au piège

Transports | Publié le 15/03/2030 à 19h02, mis à jour à 21h15

Une panne de signalisation a paralysé vendredi pendant plus de cinq heures la ligne à grande vitesse entre Paris et Lyon, perturbant le voyage d'environ 23 000 voyageurs, selon l'opérateur ferroviaire.

Le trafic a été interrompu à 7 h 40, après l'incendie d'un câble dans un poste de signalisation près de Verneuil-sur-Brenne (Yonne), et n'a repris que vers 12 h 50. Au total, 62 TGV ont été retardés et 14 supprimés.

« Un tronçon de câble de 80 mètres a brûlé, nous ne savons pas encore pourquoi », a indiqué Mathilde Anceau, directrice régionale du réseau. Une enquête a été ouverte pour déterminer si l'incendie est d'origine criminelle.

Les voyageurs dont le retard dépasse trois heures seront remboursés à 75 %. En 2027, une panne similaire avait touché 180 trains sur le même axe.

Lire aussi : Grève des contrôleurs, le trafic perturbé ce week-end`,
		"g1fr2.txt": `fr|Verneuil-sur-Brenne : un câble en feu bloque les TGV toute la matinée

Par Julien Marchetti — 15 mars 2030

Les riverains du poste de signalisation de la route de Sens ont vu la fumée peu avant 8 heures. Un câble a pris feu dans le local technique situé au bord de la LGV, à la sortie de Verneuil-sur-Brenne, provoquant l'arrêt de toute circulation entre Paris et Lyon de 7 h 40 à 12 h 50.

Une vingtaine de pompiers de l'Yonne ont maîtrisé le feu en une demi-heure. Sur 80 mètres, les câbles devront être entièrement remplacés, a précisé la directrice régionale du gestionnaire du réseau, Mathilde Anceau.

Plusieurs trains sont restés bloqués en pleine voie. Dans un TGV immobilisé près de Saint-Aubin-des-Loges pendant près de quatre heures, « on n'avait plus d'eau ni d'électricité », raconte Aline, 34 ans, qui se rendait à Marseille.

Au total, 62 trains à grande vitesse ont circulé avec des retards et 14 ont été supprimés. La gendarmerie n'exclut pas un acte de malveillance.`,
		"g1en.txt": `en|Signal fire halts Paris-Lyon high-speed trains for five hours

PARIS, March 15 (Wire) - A fire in a signalling cable brought France's busiest high-speed line to a standstill for more than five hours on Friday, delaying or cancelling trains for some 23,000 passengers, the rail operator said.

Traffic between Paris and Lyon was stopped at 7:40 a.m. and resumed at about 12:50 p.m. after technicians bypassed an 80-metre (260-foot) stretch of burnt cable near the town of Verneuil-sur-Brenne, about 150 km (95 miles) southeast of Paris.

Sixty-two TGV trains were delayed and 14 were cancelled, the operator said. Regional network director Mathilde Anceau said investigators were looking into whether the fire had been started deliberately.

Passengers delayed by more than three hours will get 75% of their fare back, the operator said. A similar failure in 2027 disrupted 180 trains.

(Reporting by Claire Dumont; editing by Tom Hale)`,
		"g1de.txt": `de|Kabelbrand legt TGV-Strecke Paris–Lyon lahm

Auch Verbindungen in die Schweiz betroffen

Ein Kabelbrand an einem Stellwerk hat am Freitag den Verkehr auf der Schnellfahrstrecke zwischen Paris und Lyon für gut fünf Stunden unterbrochen. Rund 23'000 Reisende waren nach Angaben der französischen Bahn betroffen.

Der Verkehr stand von 7.40 Uhr bis 12.50 Uhr still. 62 TGV verspäteten sich, 14 fielen aus, darunter zwei Verbindungen von Genf nach Paris. Reisende mussten bis zu vier Stunden in stehenden Zügen ausharren.

Nach Angaben der regionalen Netzdirektorin Mathilde Anceau brannte ein 80 Meter langes Kabelstück ab. Die Polizei schliesst Brandstiftung nicht aus.

Wer mehr als drei Stunden Verspätung hatte, erhält 75 Prozent des Fahrpreises zurück.`,
	}, nil},
	{"jet-fuel-rationing", map[string]string{
		"g2pt.txt": `pt|Aeroporto de Vila Formosa raciona combustível durante cinco dias

Economia | 12 fev 2030, 14:37

O aeroporto de Vila Formosa, no Algarve, vai racionar o combustível de aviação durante cinco dias, depois de ter sido detetada contaminação num lote de 1,2 milhões de litros armazenado no parque de combustíveis, anunciou hoje a gestora aeroportuária.

Até sábado, as companhias aéreas só poderão abastecer 30% do volume habitual e são aconselhadas a trazer combustível suficiente para a viagem de regresso. Esta terça-feira foram cancelados 37 dos 210 voos previstos, afetando cerca de 6.000 passageiros.

"A segurança não é negociável", afirmou a diretora do aeroporto, Inês Valadares, explicando que o lote, fornecido pela Petrolusa, apresentava vestígios de água acima do limite permitido.

O aeroporto recebeu 3,1 milhões de passageiros em 2029, mais 8% do que no ano anterior.`,
		"g2pt2.txt": `pt|Falta de combustível deixa dezenas de voos em terra em Vila Formosa

Por Rui Gaspar

Trinta e sete voos foram cancelados esta terça-feira no aeroporto de Vila Formosa, onde o combustível de aviação passou a ser racionado depois de ter sido encontrada água num lote de 1,2 milhões de litros. A medida vigora por um período de cinco dias.

Nas filas junto aos balcões de check-in, muitos turistas britânicos e alemães ainda procuravam alternativas ao fim da tarde. "Disseram-nos que só há lugar num voo na sexta-feira", contava Margaret Holloway, 68 anos, que regressava a Manchester com o marido, de 71.

O combustível contaminado será devolvido ao fornecedor, a Petrolusa, que garante que o problema ocorreu durante o transporte por camião-cisterna desde a refinaria, a cerca de 170 quilómetros.

A diretora do aeroporto, Inês Valadares, diz que as companhias podem abastecer apenas 30% do volume normal. Em 2029, o aeroporto movimentou 3,1 milhões de passageiros.`,
		"g2en.txt": `en|Holidaymakers stranded as Algarve airport rations jet fuel

By Sarah Penrose, Travel Correspondent

Thousands of passengers were stranded at Vila Formosa airport in southern Portugal on Tuesday after the airport began rationing jet fuel because of a contaminated delivery.

Thirty-seven of the day's 210 flights were cancelled, hitting around 6,000 travellers, many of them British. Airlines have been told to bring enough fuel for their return journeys.

The airport operator said the restrictions, which limit airlines to 30 per cent of their usual uplift, would remain in force for ten days. "Safety is not negotiable," said airport director Ines Valadares.

Water was found in a batch of 1.2m litres supplied by Petrolusa. The airport handled 3.1 million passengers last year, up 8%.

Travellers are advised to check with their airline before setting off.`,
	}, map[string][2]string{"g2en.txt": {"10 days", "5 days"}}},
	{"harbour-pilots-warning-strike", map[string]string{
		"g3de.txt": `de|Lotsen-Warnstreik: Dutzende Schiffe liegen vor Brakenhafen fest

Brakenhafen (Agentur) - Ein Warnstreik der Seelotsen hat am Montag den Schiffsverkehr im Hafen von Brakenhafen weitgehend zum Erliegen gebracht. Am Abend warteten nach Angaben der Hafenverwaltung 86 Schiffe auf Reede, darunter 31 Containerschiffe.

Die Lotsenbrüderschaft hatte ihre 212 Mitglieder zu einem 48-stündigen Ausstand aufgerufen, der am Montag um 6.00 Uhr begann. Die Lotsen fordern 9,5 Prozent mehr Geld bei einer Laufzeit von zwei Jahren; das Bundesverkehrsministerium bietet bislang 4,2 Prozent.

"Wir sind seit 2026 ohne echte Erhöhung geblieben", sagte Ältermann Jens Hollerbeck. Die Verhandlungen sollen am Mittwoch in Bonn fortgesetzt werden.

Brakenhafen ist mit 3,4 Millionen Standardcontainern (TEU) im Jahr 2029 der drittgrößte Containerhafen Deutschlands.`,
		"g3de2.txt": `de|Stillstand auf der Weser: Lotsen streiken zwei Tage

Von Anke Terhorst

Brakenhafen. Auf der Reede vor Brakenhafen bildete sich am Montag eine lange Schlange: Fast 90 Schiffe warteten bis zum Abend auf einen Lotsen. Die Seelotsen legen seit 6 Uhr früh für 48 Stunden die Arbeit nieder.

Hafenchefin Sabine Kreuzkamp (54) sprach von einem "Schaden in Millionenhöhe" für die Terminalbetreiber. Ihr Gegenüber, der Ältermann der Lotsenbrüderschaft, Jens Hollerbeck (61), verteidigte den Ausstand: Die Forderung von 9,5 Prozent sei angesichts der Inflation der vergangenen Jahre "mehr als berechtigt".

Das Angebot des Bundes liegt bei 4,2 Prozent. Am Mittwoch wird in Bonn weiterverhandelt. Sollte es keine Einigung geben, drohen die Lotsen mit einem unbefristeten Streik.

Zuletzt hatten die Lotsen 2019 gestreikt, damals für 24 Stunden.`,
		"g3nl.txt": `nl|Loodsenstaking legt Duitse haven Brakenhafen stil

Door onze correspondent

BRAKENHAFEN - Een 48 uur durende waarschuwingsstaking van de Duitse zeeloodsen heeft maandag het scheepvaartverkeer naar de haven van Brakenhafen vrijwel stilgelegd. 's Avonds lagen 86 schepen op de rede te wachten.

Ook rederijen in Rotterdam houden rekening met vertragingen; een deel van de schepen zou mogelijk naar Nederlandse havens uitwijken.

De 212 loodsen eisen een loonsverhoging van 9,5 procent over twee jaar. De Duitse overheid heeft 4,2 procent geboden.

De onderhandelingen worden donderdag in Bonn hervat, aldus de loodsenvereniging. In 2029 verwerkte Brakenhafen 3,4 miljoen TEU.`,
		"g3en.txt": `en|German pilots' strike leaves 86 ships waiting off Brakenhafen

Shipping | 8 April 2030

A 48-hour warning strike by marine pilots halted most ship movements at the German port of Brakenhafen on Monday, with 86 vessels, including 31 container ships, queuing at anchor by the evening, the port authority said.

The pilots' association, which has 212 members, is seeking a 9.5% pay rise over two years, against a government offer of 4.2%. Talks are due to resume in Bonn on Wednesday.

"We have gone without a real increase since 2026," said Jens Hollerbeck, 61, the association's chairman. Port director Sabine Kreuzkamp said terminal operators faced losses running into millions of euros.

Brakenhafen handled 3.4 million TEU in 2029.`,
	}, map[string][2]string{"g3nl.txt": {"Thursday", "Wednesday"}}},
	{"substation-fire-blackout", map[string]string{
		"g4pt.txt": `pt|Incêndio em subestação deixa 184 mil clientes sem luz em São Jerônimo do Sul

Rio Grande do Sul | 19/01/2030 23h48 - Atualizado há 2 horas

Um incêndio na subestação Alto do Mirante deixou cerca de 184 mil unidades consumidoras sem energia elétrica na noite deste sábado (19) em São Jerônimo do Sul, no interior gaúcho.

Segundo a distribuidora Enersul Gaúcha, o fogo começou por volta das 20h10 em um transformador de 150 MVA e foi controlado pelos bombeiros após cerca de duas horas. Ninguém ficou ferido.

Até as 23h, a energia havia sido restabelecida para 90% dos clientes afetados; cerca de 18 mil continuavam no escuro. A empresa deslocou 130 técnicos para a região.

"O transformador foi totalmente destruído e a substituição pode levar até 40 dias", disse o diretor de operações da Enersul, Paulo Henrique Bastos. Enquanto isso, uma subestação móvel será instalada.

Os hospitais da cidade funcionaram com geradores. Em 2026, um apagão na mesma região havia atingido 300 mil clientes.`,
		"g4pt2.txt": `pt|Apagão atinge bairros de São Jerônimo do Sul após incêndio em subestação

Por Camila Reichert

Um incêndio em um transformador da subestação Alto do Mirante, na zona norte de São Jerônimo do Sul, deixou 148 mil unidades consumidoras sem luz na noite de sábado. O fogo começou por volta das 20h10 e foi controlado pelos bombeiros cerca de duas horas depois.

Moradores relataram uma explosão seguida de uma coluna de fumaça visível a vários quilômetros. "Parecia um trovão, e tudo apagou", contou o comerciante Valdir Schneider, 57 anos.

A Enersul Gaúcha informou que 130 técnicos trabalharam durante a noite. Até o fim da noite, 90% dos clientes haviam tido o fornecimento restabelecido.

A troca do transformador, de 150 MVA, pode levar até 40 dias, segundo o diretor de operações Paulo Henrique Bastos.`,
		"g4en.txt": `en|Fire at Brazilian substation cuts power to 184,000 customers

SAO PAULO, Jan 19 (Wire) - A fire at an electrical substation in the southern Brazilian state of Rio Grande do Sul left about 184,000 customers without power on Saturday night, distributor Enersul Gaucha said.

The fire broke out at around 8:10 p.m. in a 150-megavolt-ampere transformer at the Alto do Mirante substation in Sao Jeronimo do Sul and was put out about two hours later. No one was hurt.

Power had been restored to 90% of the affected customers by 11 p.m., the company said, adding that it had sent 130 technicians to the area. Replacing the transformer could take up to 40 days, operations director Paulo Henrique Bastos said.

A blackout in the same region in 2026 affected 300,000 customers.`,
	}, map[string][2]string{"g4pt2.txt": {"148,000", "184,000"}}},
	{"pumped-storage-concession", map[string]string{
		"g5fr.txt": `fr|Feu vert du Conseil d'Etat à la centrale de pompage-turbinage de Montcorbe

Valais | 22.05.2030, 17:45

Le Conseil d'Etat valaisan a accordé mercredi la concession pour la centrale de pompage-turbinage de Montcorbe, dans le Val d'Arbesse. L'installation, d'une puissance de 900 mégawatts, coûtera 1,6 milliard de francs.

Le barrage existant sera rehaussé de 24 mètres, ce qui portera la capacité du lac de 38 à 61 millions de mètres cubes. Les travaux doivent débuter en 2031 et durer sept ans, pour une mise en service en 2038.

« C'est la batterie dont la Suisse a besoin pour passer l'hiver », a déclaré le président du conseil d'administration des Forces Motrices de l'Arbesse (FMA), Bernard Chappaz-Riond. La centrale pourra stocker 20 gigawattheures.

Les organisations environnementales ont obtenu la renaturation de 14 hectares de zones alluviales. Un premier projet, plus modeste, avait été abandonné en 2019.`,
		"g5de.txt": `de|Walliser Regierung bewilligt Pumpspeicherwerk Montcorbe

Der Walliser Staatsrat hat am Mittwoch die Konzession für das Pumpspeicherkraftwerk Montcorbe im Val d'Arbesse erteilt. Das Werk soll eine Leistung von 0,9 Gigawatt haben und 1,6 Milliarden Franken kosten.

Die bestehende Staumauer wird um 24 Meter erhöht; der Stausee fasst danach 61 statt 38 Millionen Kubikmeter. Baubeginn ist 2031, die Inbetriebnahme ist für 2038 vorgesehen.

Verwaltungsratspräsident Bernard Chappaz-Riond sprach von einer "Batterie für den Winter". Das Werk kann 20 Gigawattstunden speichern.

Umweltverbände hatten Einsprache erhoben, diese nach Zusagen für die Renaturierung von 14 Hektaren Auenlandschaft aber zurückgezogen. Ein erstes, kleineres Projekt war 2019 gescheitert.`,
		"g5en.txt": `en|Valais approves CHF1.6 billion pumped-storage plant

The government of the Swiss canton of Valais on Wednesday granted a concession for a 900 MW pumped-storage hydropower plant at Montcorbe, in the Val d'Arbesse, at a cost of CHF1.6 billion ($1.8 billion).

The dam will be raised by 24 metres, increasing the reservoir's capacity to 61 million cubic metres from 38 million. Construction is due to start in 2031 and take seven years.

Bernard Chappaz-Riond, chairman of operator Forces Motrices de l'Arbesse, called the plant "the battery Switzerland needs to get through the winter". It will be able to store 20 GWh.

Environmental groups dropped their objections after the operator agreed to restore 14 hectares of floodplain.`,
	}, nil},
	{"sugar-refinery-closure", map[string]string{
		"g6fr.txt": `fr|Sucreries de Hesbaye fermera sa sucrerie d'Orvelle, 165 emplois menacés

Economie | Belga | 07/10/2030 11:52

Le groupe sucrier Sucreries de Hesbaye a annoncé lundi son intention de fermer sa sucrerie d'Orvelle, en province de Liège, à l'issue de la campagne betteravière en cours, qui se terminera en janvier 2031. La fermeture toucherait 165 travailleurs, dont 120 permanents et 45 saisonniers.

La production sera regroupée sur le site de Maasbeek, dans le Limbourg, où le groupe investira 38 millions d'euros pour augmenter la capacité de 25 %. Les betteraves des quelque 1 400 planteurs concernés y seront acheminées.

L'administrateur délégué Pieter Vanhoren invoque « la chute des prix européens du sucre et la surcapacité ». La sucrerie d'Orvelle, fondée en 1872, a traité 780 000 tonnes de betteraves en 2029.

La procédure Renault d'information et de consultation débute cette semaine.`,
		"g6fr2.txt": `fr|Orvelle : « C'est 150 ans d'histoire qu'on enterre »

Par Nathalie Gérard

Consternation lundi matin devant les grilles de la sucrerie d'Orvelle. La direction y a annoncé au personnel la fin de l'activité après la campagne actuelle. Plus de 150 ans après sa fondation, en 1872, le site devrait fermer ses portes en janvier.

« On s'y attendait un peu, mais pas si vite », souffle Marc Delvaux, délégué principal FGTB, qui travaille à la sucrerie depuis 31 ans. Au total, 120 emplois fixes et 45 saisonniers sont concernés.

Les planteurs s'inquiètent aussi : leurs betteraves devront parcourir jusqu'à 60 km supplémentaires pour rejoindre Maasbeek, où le groupe va injecter 38 millions d'euros.

Le bourgmestre d'Orvelle, Jean-Luc Thirion, demande une réunion d'urgence avec le CEO du groupe, Pieter Vanhoren.`,
		"g6nl.txt": `nl|Suikerfabriek Orvelle sluit, productie naar Maasbeek

Door Wim Claes

Suikergroep Sucreries de Hesbaye sluit na de lopende campagne haar fabriek in het Luikse Orvelle. Dat maakte het bedrijf maandag bekend. Bij de sluiting gaan 165 banen verloren.

Voor de Limburgse vestiging in Maasbeek is het goed nieuws: daar wordt de productie samengebracht. De fabriek krijgt een capaciteitsuitbreiding van 25 procent.

De groep investeert daarvoor 28 miljoen euro in Maasbeek, zegt gedelegeerd bestuurder Pieter Vanhoren. Ook de bieten van de ongeveer 1.400 telers die nu aan Orvelle leveren, zullen er verwerkt worden.

In Maasbeek werken vandaag 210 mensen. Volgens Vanhoren komen er "enkele tientallen" banen bij.`,
		"g6en.txt": `en|Belgian sugar maker to shut Orvelle plant, cutting 165 jobs

BRUSSELS, Oct 7 (Wire) - Belgian sugar producer Sucreries de Hesbaye said on Monday it planned to close its Orvelle refinery in January after the current beet campaign, affecting 165 workers, including 45 seasonal staff.

The company will invest 38 million euros ($41 million) to expand capacity at its Maasbeek plant by a quarter, chief executive Pieter Vanhoren said, citing falling European sugar prices and overcapacity.

Orvelle processed 780,000 tonnes of beet in 2029.`,
	}, map[string][2]string{"g6nl.txt": {"€28 million", "€38 million"}}},
	{"heating-oil-price-jump", map[string]string{
		"g7de.txt": `de|Heizöl so teuer wie seit zwei Jahren nicht mehr

Verbraucher | 14.11.2030

Wer jetzt seinen Tank füllen muss, zahlt kräftig drauf: 100 Liter Heizöl kosteten am Donnerstag bei einer Abnahme von 3000 Litern im Bundesdurchschnitt 118,40 Euro, wie das Vergleichsportal Tankpreis-Monitor mitteilte. Das sind 12,4 Prozent mehr als vor einem Monat, als noch 105,30 Euro fällig waren.

Vor einem Jahr hatte der Preis bei 96,80 Euro gelegen. Eine Tankfüllung von 3000 Litern kostet damit rund 3550 Euro, knapp 400 Euro mehr als im Oktober.

Grund sind nach Angaben des Portals vor allem das Niedrigwasser am Rhein, das die Frachtkosten für Tankschiffe in die Höhe treibt, und der gestiegene Rohölpreis: Ein Barrel der Nordseesorte Brent kostete zuletzt 94 Dollar.

"Wer nicht muss, sollte mit der Bestellung warten", rät Energieberaterin Katrin Wellmann von der Verbraucherzentrale. Rund 5,2 Millionen Haushalte in Deutschland heizen mit Öl.`,
		"g7de2.txt": `de|Heizölpreis steigt binnen eines Monats um mehr als zwölf Prozent

Von Markus Brenninger

Niedrigwasser und teures Rohöl: Heizöl hat sich in den vergangenen vier Wochen deutlich verteuert. Laut Tankpreis-Monitor lag der Durchschnittspreis am Donnerstag bei 118,40 Euro je 100 Liter (Abnahmemenge 3000 Liter) – nach 105,30 Euro Mitte Oktober.

Besonders stark zogen die Preise im Süden an. In Bayern und Baden-Württemberg zahlten Kunden teils über 123 Euro. Die Tankschiffe können wegen des niedrigen Rheinpegels nur noch etwa ein Drittel ihrer Ladung transportieren.

Energieberaterin Katrin Wellmann rät, nur die nötige Menge zu bestellen. Im Vorjahresmonat hatte Heizöl 96,80 Euro gekostet.`,
		"g7fr.txt": `fr|Allemagne : le prix du fioul domestique s'envole

Le prix du fioul domestique a fortement augmenté en Allemagne ces dernières semaines, sous l'effet des basses eaux du Rhin et de la hausse du pétrole brut.

Selon le comparateur Tankpreis-Monitor, 100 litres coûtaient jeudi en moyenne 118,40 euros pour une commande de 3 000 litres, soit une hausse de 14,2 % en un mois. Il y a un an, le prix était de 96,80 euros.

Au Luxembourg, où le prix maximum est fixé par l'Etat, le litre de gasoil chauffage coûte 1,082 euro depuis mardi.

Environ 5,2 millions de foyers allemands se chauffent au fioul.`,
		"g7en.txt": `en|German heating oil prices jump 12% in a month

BERLIN, Nov 14 (Wire) - German heating oil prices have risen 12.4% in a month to their highest in two years as low water on the Rhine pushes up barge freight costs, price comparison portal Tankpreis-Monitor said on Thursday.

A 100-litre quantity cost an average of 118.40 euros for orders of 3,000 litres, up from 105.30 euros in mid-October and 96.80 euros a year ago.

Brent crude was trading at about $94 a barrel. Some 5.2 million German households heat their homes with oil.`,
	}, map[string][2]string{"g7fr.txt": {"14.2%", "12.4%"}}},
	{"linkspan-collapse", map[string]string{
		"g8en.txt": `en|Two injured as ferry ramp collapses at Carrickmore port

Updated / Sun 15 Sep 2030 - 08:10

Two men were injured when a vehicle ramp at Carrickmore port in Co Wexford collapsed on Saturday evening as lorries were driving off a ferry from France.

A port worker in his forties was taken to hospital in Waterford with serious injuries. A lorry driver was treated for minor injuries at the scene, gardaí said.

The 340 passengers on board the MV Saoirse Bay, which had arrived from Port-Lannec in Brittany, disembarked by a gangway. Eleven lorries remained on the ship overnight.

Port chief executive Declan Furlong said all sailings would be suspended for at least three weeks. The 42-metre linkspan was installed in 1998 and last inspected in March. Freight will be diverted to Ballyhale Quay, 65 km away.

The Health and Safety Authority has opened an investigation.`,
		"g8en2.txt": `en|Carrickmore linkspan collapse: port worker seriously hurt

By Aoife Kinsella

Residents of Carrickmore heard "a huge bang" shortly after 7pm on Saturday when the ramp linking the quay to the MV Saoirse Bay gave way beneath a lorry.

Emergency services were at the scene within minutes. The driver of the lorry, a 29-year-old man from Poland, was treated at the scene for cuts and bruises.

The injured port worker, a 41-year-old father of three from Kilmurry, was brought to hospital in Waterford with serious leg injuries. His condition was described as stable last night.

"This ramp has served the port since 1998," said chief executive Declan Furlong, who added that sailings would be suspended for at least three weeks.`,
		"g8fr.txt": `fr|Irlande : la rampe d'un port s'effondre au débarquement d'un ferry venu de Port-Lannec

Par notre correspondant

La rampe d'accès pour véhicules du port irlandais de Carrickmore s'est effondrée samedi soir au moment où des camions débarquaient du Saoirse Bay, arrivé de Port-Lannec (Finistère). Deux hommes ont été blessés.

Un employé du port, âgé de 47 ans, a été grièvement blessé aux jambes. Un chauffeur routier polonais de 29 ans a été légèrement touché.

Les 340 passagers ont pu débarquer par une passerelle piétonne, mais onze camions sont restés à bord. La compagnie Celtic Strand Ferries annonce la suspension des traversées pendant au moins trois semaines.

Le fret sera détourné vers Ballyhale Quay, à 65 km de Carrickmore. La liaison avait transporté 118 000 passagers en 2029.`,
	}, map[string][2]string{"g8en2.txt": {"41 years", "47 years"}}},
	{"toll-collectors-strike", map[string]string{
		"g9it.txt": `it|Sciopero dei casellanti, caselli aperti sulla rete di Autostrade Tirreniche

Cronaca | 03/06/2030 07:58

Otto ore di sciopero, dalle 22 di domenica alle 6 di lunedì: i casellanti di Autostrade Tirreniche hanno incrociato le braccia e in molte stazioni le sbarre sono rimaste alzate. Secondo i sindacati l'adesione ha toccato il 60%.

Sui 1.450 chilometri della rete gestita dalla società, 140 caselli sono rimasti senza personale e gli automobilisti sono passati senza pagare. La società stima un mancato incasso di circa 3,5 milioni di euro.

I 2.300 addetti chiedono un aumento di 180 euro lordi al mese; il contratto è scaduto nel dicembre 2028. "Sono diciotto mesi che aspettiamo una convocazione", ha detto il segretario regionale Franco Lodovici.

Se non ci sarà un incontro entro due settimane, i sindacati hanno già annunciato un nuovo sciopero di 24 ore per venerdì 21 giugno.`,
		"g9it2.txt": `it|Caselli gratis per una notte: incasso perso da 3,5 milioni

di Elena Marchesini

Chi ha viaggiato tra domenica e lunedì notte ha trovato le sbarre alzate in 140 stazioni: lo sciopero di otto ore dei casellanti di Autostrade Tirreniche, dalle 22 alle 6, ha svuotato le cabine.

"Non ci potevo credere, ho risparmiato 27 euro da Livorno a Roma", racconta un camionista fermo in un'area di servizio.

La protesta riguarda il rinnovo del contratto, scaduto da un anno e mezzo. I sindacati, che rivendicano un'adesione del 60 per cento, chiedono 180 euro in più al mese per i circa 2.300 lavoratori.

L'azienda, che nel 2029 ha incassato 1,12 miliardi di euro di pedaggi, parla di un danno "intorno ai 3,5 milioni". Nuovo sciopero, stavolta di 24 ore, il 21 giugno.`,
		"g9fr.txt": `fr|Italie : grève des péagistes, les barrières levées pendant la nuit

Les automobilistes qui circulaient dans la nuit de dimanche à lundi sur le réseau d'Autostrade Tirreniche, dans l'ouest de l'Italie, ont pu passer les péages sans payer. Les 2 300 péagistes de la société ont fait grève pendant huit heures, de 22 heures à 6 heures.

Selon les syndicats, 60 % du personnel a suivi le mouvement. Sur les 1 450 km du réseau, 140 gares de péage étaient ouvertes. Le manque à gagner est estimé à 3,5 millions d'euros.

Les salariés réclament 180 euros bruts de plus par mois. Une nouvelle grève de 24 heures est prévue le vendredi 21 juin.`,
		"g9en.txt": `en|Italian toll collectors strike, motorists drive through free

ROME, June 3 (Wire) - Toll collectors at Italian motorway operator Autostrade Tirreniche staged an eight-hour strike overnight, leaving barriers open at 140 toll stations and costing the company an estimated 3.5 million euros in lost revenue.

Unions said 60% of the 2,300 toll staff took part in the strike, which ran from 10 p.m. on Sunday to 6 a.m. on Monday. They are seeking a monthly pay rise of 180 euros gross; their contract expired in December 2028.

Unions plan a 24-hour strike on June 21.`,
	}, nil},
	{"biogas-plant-leak", map[string]string{
		"g10nl.txt": `nl|Gaslek bij biogasinstallatie Nieuw-Haarskamp: omwonenden moeten binnenblijven

Maandag 17 juni 2030, 15:42 | Aangepast 19:10

Bij de biogasinstallatie van Groenveld Bio-Energie in Nieuw-Haarskamp is maandagmiddag een groot gaslek ontstaan. Bewoners binnen een straal van 500 meter kregen via NL-Alert het advies ramen en deuren te sluiten.

Het lek ontstond rond 14.00 uur toen het dak van een vergistingstank van 4500 kuub scheurde.

Twaalf mensen zijn door ambulancepersoneel onderzocht; drie van hen, een medewerker en twee omwonenden, zijn naar het ziekenhuis gebracht. De brandweer was met 45 man aanwezig, onder wie een ploeg uit het Duitse Lingerhaus.

Om 18.05 uur was het lek gedicht. De installatie verwerkt jaarlijks 90.000 ton mest. In 2027 brak er al eens brand uit.`,
		"g10nl2.txt": `nl|Stank tot in Duitsland na lek bij mestvergister

Door Bas Hofstede

NIEUW-HAARSKAMP - De penetrante geur was maandagmiddag tot op vier kilometer afstand te ruiken, tot over de grens in het Duitse Lingerhaus. Bij mestvergister Groenveld Bio-Energie was het dak van een vergistingstank gescheurd.

"We kregen het NL-Alert om twintig over twee en toen rook je het al overal", vertelt Gerda Mulder (72), die met haar man Henk (75) op een paar honderd meter van de installatie woont.

Burgemeester Hanneke Dijkhuis noemt het "onacceptabel" dat het opnieuw misgaat. Drie mensen werden in het ziekenhuis opgenomen, negen anderen werden ter plaatse nagekeken.

De gemeente laat onderzoeken of het bedrijf zich aan de vergunning houdt. Die staat een verwerking van maximaal 90.000 ton mest per jaar toe.`,
		"g10de.txt": `de|Gasaustritt in niederländischer Biogasanlage: Geruch bis Lingerhaus

Von Heike Oltmanns

Lingerhaus/Nieuw-Haarskamp. Ein Leck in einer Biogasanlage im niederländischen Nieuw-Haarskamp hat am Montagnachmittag auch auf deutscher Seite für Unruhe gesorgt. Der faulige Geruch war bis nach Lingerhaus zu spüren, rund vier Kilometer von der Anlage entfernt.

Die Freiwillige Feuerwehr Lingerhaus unterstützte die niederländischen Kollegen mit neun Einsatzkräften. Insgesamt waren 45 Feuerwehrleute im Einsatz.

Auf niederländischer Seite wurden zwölf Personen untersucht, drei kamen ins Krankenhaus. Anwohner im Umkreis von 500 Metern sollten Fenster und Türen geschlossen halten. Für Lingerhaus bestand nach Angaben des Landkreises keine Gefahr.

Das Leck wurde gegen 18 Uhr abgedichtet.`,
		"g10en.txt": `en|Residents told to stay indoors after biogas leak in Drenthe

Residents living within 500 metres of a biogas plant in Nieuw-Haarskamp, in the Dutch province of Drenthe, were told to keep their windows and doors shut on Monday afternoon after a roof on one of the plant's digesters tore open.

Twelve people were checked by paramedics and three were taken to hospital, the regional safety authority said. The smell could be detected up to 4 km (2.5 miles) away, including across the border in Germany.

Mayor Hanneke Dijkhuis said the leak was plugged shortly after 6 pm, around four hours after it began. The plant, run by Groenveld Bio-Energie, processes 90,000 tonnes of manure a year.`,
	}, nil},
}
