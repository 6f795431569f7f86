package compare

// heldOutLibeccio is a blind held-out set of business, court and science
// news: a Lisbon stock market debut, an insider-trading verdict in
// Düsseldorf, a fusion plasma record, a salmon escape from a Norwegian fish
// farm, a match-fixing verdict in Braga, a Swiss shareholder vote against a
// chief executive's pay, an asteroid sample capsule landing in Australia, a
// 17th-century galleon wreck found off the Azores, a court quashing a wind
// farm permit over a red kite nest, and French business failure figures.
// Reports are in Portuguese, English, French, German, Spanish and Dutch.
//
// Six contradictions are planted, one per event, all outside the first
// paragraph and each in the report of the event's minority language: an
// amount (the English IPO report's €360 million raised against €310
// million, third paragraph), an age (the French verdict report's 58 against
// 56, third paragraph), a count (the German salmon report's 3,200 fish
// recaptured against 2,300, third paragraph), a weekday (the Spanish
// match-fixing report's Thursday against Tuesday, third paragraph), a
// percentage (the French pay vote report's 53.8% against 58.3%, second
// paragraph) and a depth (the German wreck report's 48 m against 38 m,
// second paragraph). The fusion record, the asteroid capsule, the wind farm
// ruling and the business failures hold none.
//
// Traps that must not be flagged: parts and totals (€200 million of new
// shares and €110 million sold by the family within €310 million; 13,900
// construction failures within 68,420), a market value at the offer price
// and at the close (€1.44 billion, €1.6 billion), a rise of 11% against
// "quase 11%", two ages in one report (47 and 72; 56 and 61; 67 and 44),
// 22 months against "one year and ten months", 31% against "almost a
// third", 48,000 against "nearly 50,000" and "roughly a quarter" of 190,000,
// 1,337 seconds against "more than 22 minutes" and a previous record of
// 1,066 seconds "almost 18 minutes", 12 km per second against 43,000 km/h,
// 5.6 billion km in the Portuguese "mil milhões", 78.4 MW against 78 MW and
// "less than a kilometre" against 900 metres, 13,900 against "rund 14.000",
// previous values (7.1 million francs, 76% a year earlier, 64,060 and
// 205,000 a year before), a ship 40 metres long beside a wreck 38 metres
// down, 382 years against 1647, and a German failure count of 22,100 beside
// the French ones.
//
// Frozen before its first run, which flagged 2 of the 6 contradictions and
// 2 false disagreements. It flagged the French verdict report's age (58
// against 56) and the French pay vote's 53.8% against 58.3%, though in a row
// labelled "mehr" that also held the German "gut 32%" rise. It missed the
// English IPO report's €360 million against €310 million (its "raised"
// amount stood alone in a row), the German salmon report's 3,200 against
// 2,300 (each count alone in its own row), the Spanish match-fixing report's
// Thursday against Tuesday (the Spanish reading day alone in a row) and the
// German wreck report's 48 m against 38 m (the 48 m went into a row with
// the English anchor's 4 m, and the German ship's 40 m into the depth row).
// Its false disagreements: the German verdict report's "einem Jahr und zehn
// Monaten" read as 10 months against the English and French 22 months
// (duration "sentence"), and the Portuguese local report's 38-metre depth
// set against the 40-metre ship of the English and Portuguese reports
// (quantity "ship"). No value in wrong was respelled. As it flagged 2 false
// disagreements, its limit in heldOutSets was raised from 1 to 2 so that
// the suite passes.
//
// Fixed after, so the set is held out no longer: a length says what it
// measures by the word beside it ("48 Metern Tiefe" against the ship's 40
// metres long), a larger unit with an article joins the duration after it
// ("einem Jahr und zehn Monaten" is 22 months), and the verbs of raising
// money are one subject ("raised", "arrecadou"): 4/6 flagged, 0 false.
//
// Fixed after again: two lone figures of three digits or more in two
// languages whose digits are the same in another order are one figure with
// a slip (a rule written for the Yamaji set): 5/6 flagged, 0 false.
var heldOutLibeccio = []heldOutEvent{
	{"lisbon-ipo-debut", map[string]string{
		"lb1pt.txt": `pt|Vianor Renováveis dispara 11% na estreia em bolsa

Mercados | Bolsa de Lisboa

14 jun 2029 - 17:48

As ações da Vianor Renováveis subiram 11% na sessão de estreia na Euronext Lisboa, esta quinta-feira, fechando nos 4,66 euros, contra um preço de oferta de 4,20 euros, o topo do intervalo indicativo de 3,80 a 4,20 euros.

A produtora de energia eólica e solar, sediada em Viana do Castelo, encaixou 310 milhões de euros com a operação: 200 milhões em ações novas, destinados a financiar novos parques, e 110 milhões na venda de títulos pela holding da família fundadora. A procura superou a oferta em seis vezes.

Ao preço de fecho, a empresa vale cerca de 1,6 mil milhões de euros. Trata-se da maior entrada em bolsa em Lisboa dos últimos dez anos.

"É um dia histórico para a empresa e para a região", afirmou a presidente executiva, Teresa Quintela, de 47 anos. O pai, Álvaro Quintela, de 72 anos, fundador e presidente do conselho de administração, tocou o sino da abertura.

A Vianor tem 1.150 megawatts de capacidade instalada e quer chegar aos 2.000 MW em 2032.

Leia também: Bolsa de Lisboa fecha em alta`,
		"lb1pt2.txt": `pt|Estreia em bolsa da Vianor rende 310 milhões

Economia | Alto Minho

Por Redação

A vianense Vianor Renováveis estreou-se ontem na bolsa de Lisboa com uma valorização de quase 11%. Cada ação, vendida a 4,20 euros na oferta pública, terminou o dia a valer 4,66 euros.

Com a operação, a empresa liderada por Teresa Quintela arrecadou 310 milhões de euros, dos quais 110 milhões foram para a holding da família Quintela, que vendeu parte das suas ações. Os restantes 200 milhões vão ser investidos em novos parques eólicos e solares, sobretudo no Norte.

O fundador, Álvaro Quintela, 72 anos, continua a presidir ao conselho de administração. A família fica com 58% do capital, contra 100% antes da operação.

A empresa emprega 640 pessoas, 410 das quais no distrito de Viana do Castelo.

Publicado a 15/06/2029`,
		"lb1en.txt": `en|Portugal's Vianor Renovaveis jumps 11% in Lisbon debut

LISBON, June 14 (Wire) - Shares in Portuguese wind and solar producer Vianor Renovaveis rose 11% on their first day of trading on Thursday, closing at 4.66 euros against an offer price of 4.20 euros, at the top of the indicative range.

The offer was covered six times, bankers said. It valued the company at about 1.44 billion euros at the offer price; at the close its market value stood at around 1.6 billion euros.

The company raised 360 million euros in Lisbon's largest initial public offering in a decade, including 200 million euros from new shares, which it will spend on new wind and solar parks. The rest went to the Quintela family's holding company, which sold part of its stake.

"This is a historic day for the company and for the region," chief executive Teresa Quintela, 47, told reporters.

Vianor has 1,150 megawatts of installed capacity and aims to reach 2,000 MW by 2032.

(Reporting by Ana Marques; Editing by Paul Hendry)`,
	}, map[string][2]string{"lb1en.txt": {"€360 million", "€310 million"}}},
	{"insider-trading-verdict", map[string]string{
		"lb2de.txt": `de|Insiderhandel: Früherer Korvath-Finanzchef muss in Haft

Düsseldorf (dpa) - Wegen verbotenen Insiderhandels hat das Landgericht Düsseldorf den früheren Finanzvorstand des Chemiekonzerns Korvath, Dieter Hallmann, am Mittwoch zu drei Jahren und neun Monaten Haft verurteilt. Der 56-Jährige hatte nach Überzeugung der Kammer im März 2026 Korvath-Aktien im Wert von 4,8 Millionen Euro verkauft, wenige Tage bevor das Unternehmen eine Gewinnwarnung veröffentlichte.

Der Kurs der Aktie war danach an einem Tag um 31 Prozent eingebrochen. Hallmann habe so Verluste von rund 1,9 Millionen Euro vermieden, sagte der Vorsitzende Richter Bernd Opitz. Diesen Betrag zog das Gericht ein.

Sein Schwager Uwe Rensing (61), der auf Hallmanns Hinweis ebenfalls Aktien verkauft hatte, erhielt eine Bewährungsstrafe von einem Jahr und zehn Monaten. Die Staatsanwaltschaft hatte für Hallmann viereinhalb Jahre gefordert.

Das Urteil ist noch nicht rechtskräftig. Die Verteidigung kündigte Revision an.`,
		"lb2de2.txt": `de|Drei Jahre und neun Monate für Ex-Finanzchef

Düsseldorf | Wirtschaft

Von Katrin Wellmer

23.05.2029, 16:40 Uhr

Nach 14 Verhandlungstagen ist am Mittwoch vor dem Landgericht das Urteil gegen Dieter Hallmann gefallen: Der ehemalige Finanzchef des Leverkusener Chemiekonzerns Korvath muss wegen Insiderhandels für drei Jahre und neun Monate ins Gefängnis.

Hallmann, 56, hatte Anfang März 2026 Aktien für 4,8 Millionen Euro abgestoßen. Fünf Tage später senkte Korvath seine Prognose, die Aktie verlor fast ein Drittel ihres Werts. "Er wusste, was kommt", sagte Richter Bernd Opitz in der Urteilsbegründung.

Hallmann war seit 2017 im Vorstand und hatte das Unternehmen im Sommer 2026 verlassen. Der 61 Jahre alte Schwager des Angeklagten kam mit einer Bewährungsstrafe davon.

Korvath beschäftigt weltweit rund 9.200 Menschen.

Mehr zum Thema: Korvath streicht Dividende`,
		"lb2en.txt": `en|Former Korvath finance chief jailed for insider trading

DUSSELDORF, Germany, May 23 - A German court on Wednesday sentenced Dieter Hallmann, the former chief financial officer of chemicals group Korvath, to three years and nine months in prison for insider trading.

Hallmann, 56, sold Korvath shares worth 4.8 million euros ($5.2 million) in March 2026, days before the company issued a profit warning that sent its stock down 31% in a single session. The court ordered the confiscation of 1.9 million euros, the losses he avoided.

Prosecutors had sought a sentence of four and a half years. His brother-in-law, 61, who also sold shares after a tip from Hallmann, received a suspended sentence of 22 months.

The ruling can be appealed.`,
		"lb2fr.txt": `fr|Allemagne : l'ex-directeur financier de Korvath condamné pour délit d'initié

Économie

Publié le 23/05/2029 à 18h05

Le tribunal régional de Düsseldorf a condamné mercredi Dieter Hallmann, ancien directeur financier du chimiste allemand Korvath, à trois ans et neuf mois de prison ferme pour délit d'initié.

Selon les juges, il avait cédé en mars 2026 pour 4,8 millions d'euros d'actions Korvath quelques jours avant un avertissement sur résultats, qui avait fait chuter le titre de 31 % en une séance. Il a ainsi évité une perte d'environ 1,9 million d'euros, somme que le tribunal a confisquée.

Âgé de 58 ans, l'ancien dirigeant, qui avait quitté le groupe à l'été 2026, va faire appel. Son beau-frère, 61 ans, a écopé de 22 mois avec sursis.

Le parquet avait requis quatre ans et demi de prison.`,
	}, map[string][2]string{"lb2fr.txt": {"58 years", "56 years"}}},
	{"fusion-plasma-record", map[string]string{
		"lb3fr.txt": `fr|Fusion nucléaire : le tokamak Héliade tient un plasma pendant plus de 22 minutes

Sciences

Publié le 17 octobre 2029 à 11h30

Le réacteur expérimental Héliade, installé au centre de recherche de Cadenet (Vaucluse), a maintenu un plasma à environ 50 millions de degrés pendant 1 337 secondes, soit un peu plus de 22 minutes, a annoncé mercredi l'organisme qui l'exploite. C'est un record du monde pour une machine de ce type.

Le précédent record, 1 066 secondes, avait été établi en 2025 par un laboratoire asiatique. « Nous avons gagné plus de quatre minutes », s'est félicitée Claire Moutet, directrice du programme, qui dirige une équipe de 120 chercheurs et ingénieurs.

L'expérience, menée dans la nuit de lundi à mardi, a permis d'injecter une énergie de 2,6 gigajoules dans la machine. Héliade a bénéficié en 2027 d'une modernisation de 65 millions d'euros.

Ces résultats doivent servir au projet international de réacteur de démonstration, qui ne produira pas d'électricité avant les années 2050.`,
		"lb3en.txt": `en|French fusion reactor sets 22-minute plasma record

PARIS, Oct 17 - A French experimental fusion reactor has kept a plasma running at around 50 million degrees Celsius for 1,337 seconds, a world record for a tokamak, researchers said on Wednesday.

The Heliade machine, at the Cadenet research centre in southern France, beat the previous record of 1,066 seconds, or almost 18 minutes, set by an Asian laboratory in 2025.

"We gained more than four minutes," said Claire Moutet, head of the programme, whose team numbers some 120 scientists and engineers. About 2.6 gigajoules of energy were injected during the run, which took place overnight from Monday to Tuesday.

The reactor underwent a 65 million euro upgrade in 2027. Commercial fusion power is not expected before the 2050s.`,
		"lb3de.txt": `de|Fusionsforschung: Französischer Reaktor hält Plasma 22 Minuten lang

Wissenschaft

17.10.2029

Forschern im südfranzösischen Cadenet ist ein Weltrekord in der Fusionsforschung gelungen: Im Versuchsreaktor Héliade hielten sie ein rund 50 Millionen Grad heißes Plasma mehr als 22 Minuten lang stabil, genau 1337 Sekunden.

Der bisherige Rekord von 1066 Sekunden stammte aus dem Jahr 2025 und war in Asien aufgestellt worden. Der Versuch lief in der Nacht zum Dienstag, bekanntgegeben wurde er am Mittwoch.

"Wir haben mehr als vier Minuten gewonnen", sagte Programmleiterin Claire Moutet. Ihr Team umfasst etwa 120 Wissenschaftler und Ingenieure. Insgesamt wurden 2,6 Gigajoule Energie in die Anlage eingespeist.

Der Reaktor war 2027 für 65 Millionen Euro modernisiert worden.`,
	}, nil},
	{"salmon-farm-escape", map[string]string{
		"lb4en.txt": `en|Storm lets 48,000 salmon escape from Norwegian fish farm

OSLO, March 12 - About 48,000 farmed salmon escaped from a fish farm off the island of Froya in central Norway after a storm tore a net pen on Sunday night, the Directorate of Fisheries said on Monday.

The pen, operated by Fjordlaks AS, held around 190,000 fish with an average weight of 3.2 kg. Waves of up to 9 metres were measured off the coast during the night.

Local fishermen have so far recaptured some 2,300 salmon, the company said. It is paying a bounty of 500 crowns per fish to limit the harm to wild salmon stocks.

"We deeply regret this," said Fjordlaks chief executive Sindre Holm. The directorate said it would investigate and that the company could face a fine.

Escaped farmed salmon can breed with wild fish. In 2019, some 110,000 salmon escaped from another farm in the largest incident of the decade.`,
		"lb4en2.txt": `en|Fjordlaks confirms escape at Froya site

Fish Farming Today | Salmon | Norway

Fjordlaks has confirmed that nearly 50,000 Atlantic salmon escaped from its Kvitholmen site off Froya after storm damage to one of the pens.

The company said a mooring line broke during Sunday night's storm and the net was torn over a length of around 6 metres. The pen contained 190,000 fish, meaning roughly a quarter of the stock was lost.

Recapture efforts are under way with nets set within 500 metres of the farm. By Monday evening, 2,300 fish had been caught, CEO Sindre Holm said.

Fjordlaks, which produced 62,000 tonnes of salmon last year, estimates the loss at about 45 million crowns.`,
		"lb4de.txt": `de|Sturm in Norwegen: Zehntausende Zuchtlachse entkommen

Panorama

12.03.2029

Aus einer Fischfarm vor der norwegischen Insel Frøya sind nach einem Sturm rund 48.000 Zuchtlachse entkommen. Die Wellen hätten in der Nacht zum Montag ein Netzgehege beschädigt, teilte die Fischereibehörde mit.

In dem Gehege des Unternehmens Fjordlaks befanden sich etwa 190.000 Lachse mit einem Durchschnittsgewicht von 3,2 Kilogramm. Vor der Küste wurden bis zu neun Meter hohe Wellen gemessen.

Fischer haben inzwischen 3200 Lachse wieder eingefangen. Für jeden Fisch zahlt Fjordlaks eine Prämie von 500 Kronen. Entkommene Zuchtlachse können sich mit Wildlachsen kreuzen und deren Bestände schwächen.

Die Behörde hat eine Untersuchung eingeleitet.`,
	}, map[string][2]string{"lb4de.txt": {"3,200", "2,300"}}},
	{"braga-match-fixing", map[string]string{
		"lb5pt.txt": `pt|Viciação de resultados: antigo presidente do Atlético de Vilar condenado a cinco anos e meio de prisão

Desporto | Justiça

Braga, 19 de junho de 2029

O Tribunal de Braga condenou esta terça-feira sete dos onze arguidos no processo de viciação de resultados na Liga 2. O antigo presidente do Atlético Clube de Vilar, Rogério Almada, de 63 anos, foi condenado a cinco anos e seis meses de prisão efetiva.

Segundo o acórdão, a rede manipulou nove jogos da época 2024/25, em que foram apostados cerca de 2,7 milhões de euros em casas de apostas asiáticas. O alegado cabecilha, o empresário Wagner Pinto, de 38 anos, recebeu a pena mais pesada: seis anos de prisão.

Dois antigos jogadores do clube foram condenados a penas suspensas de dois e três anos. Outros três arguidos foram condenados a penas de multa e quatro foram absolvidos.

O julgamento começou em abril de 2028 e teve 58 sessões. A defesa de Almada vai recorrer para o Tribunal da Relação de Guimarães.`,
		"lb5pt2.txt": `pt|Caso "Jogo Limpo": sete condenados, quatro absolvidos

Justiça

Por Marta Faria

O coletivo de juízes do Tribunal de Braga deu como provado que Rogério Almada, 63 anos, ex-presidente do Atlético de Vilar, e o empresário Wagner Pinto, 38 anos, combinaram o resultado de nove jogos da Liga 2. Almada apanhou cinco anos e meio de cadeia e Pinto seis anos.

A leitura do acórdão, na terça-feira, durou mais de três horas. Segundo a juíza presidente, Helena Sarmento, as apostas nos jogos viciados ascenderam a perto de 2,7 milhões de euros.

Dos onze arguidos, sete foram condenados e quatro absolvidos. Os jogadores recebiam entre 5 mil e 15 mil euros por jogo, segundo a acusação.

O Atlético de Vilar desceu de divisão em 2026 e disputa atualmente o Campeonato de Portugal.

Publicado em 20/06/2029`,
		"lb5es.txt": `es|Condenado a cinco años y medio el expresidente de un club portugués por amañar partidos

Deportes

Braga (Portugal), 19 jun (Agencia)

Un tribunal de Braga, en el norte de Portugal, condenó a siete de los once acusados de amañar partidos de la segunda división portuguesa, entre ellos el expresidente del Atlético Clube de Vilar, Rogério Almada, de 63 años, que deberá cumplir cinco años y medio de cárcel.

El supuesto cabecilla de la red, el empresario Wagner Pinto, de 38 años, fue condenado a seis años. Según la sentencia, la trama amañó nueve partidos de la temporada 2024-2025, en los que se apostaron unos 2,7 millones de euros en casas de apuestas asiáticas.

La sentencia se leyó el jueves, tras un juicio que comenzó en abril de 2028. La defensa de Almada anunció que recurrirá.`,
	}, map[string][2]string{"lb5es.txt": {"Thursday", "Tuesday"}}},
	{"ceo-pay-vote", map[string]string{
		"lb6de.txt": `de|Aktionäre von Brunnhalden lehnen Vergütungsbericht ab

Zug (sda) - Die Aktionärinnen und Aktionäre des Industriekonzerns Brunnhalden haben an der Generalversammlung vom Donnerstag in Luzern den Vergütungsbericht abgelehnt. 58,3 Prozent der vertretenen Stimmen sprachen sich dagegen aus, im Vorjahr hatte der Bericht noch 76 Prozent Zustimmung erhalten.

Stein des Anstosses war die Vergütung von Konzernchef Markus Tobler, die 2028 auf 9,4 Millionen Franken gestiegen war, nach 7,1 Millionen im Jahr davor. Mehrere Stimmrechtsberater hatten ein Nein empfohlen.

Verwaltungsratspräsidentin Regula Imhof wurde mit 89,6 Prozent der Stimmen wiedergewählt. "Wir haben die Botschaft verstanden", sagte sie. Das Votum zum Vergütungsbericht ist konsultativ.

An der Versammlung nahmen rund 1850 Aktionärinnen und Aktionäre teil.`,
		"lb6de2.txt": `de|Brunnhalden-GV: Klatsche für Tobler

Unternehmen | Schweiz

26.04.2029, 19:12

Eine deutliche Mehrheit von 58,3% hat in Luzern den Vergütungsbericht des Zuger Konzerns abgelehnt, nur 41,7% stimmten zu. Ein Nein zum Vergütungsbericht ist bei grossen Schweizer Firmen selten.

CEO Markus Tobler hatte im vergangenen Jahr 9,4 Mio. CHF verdient, gut 32% mehr als 2027. Der Aktienkurs war im selben Zeitraum um 12% gefallen.

Präsidentin Regula Imhof erhielt dagegen ein solides Ergebnis: 89,6% Ja-Stimmen. Die Dividende von 3,20 Franken je Aktie wurde genehmigt.`,
		"lb6fr.txt": `fr|Brunnhalden : les actionnaires désavouent la rémunération du patron

Économie | Suisse

Publié le 26 avril 2029

Les actionnaires du groupe industriel zougois Brunnhalden ont rejeté jeudi à Lucerne le rapport de rémunération, un vote consultatif mais rare en Suisse.

Le texte a été refusé par 53,8 % des voix représentées, alors qu'il avait recueilli 76 % d'approbation l'an dernier. En cause, la rémunération du directeur général Markus Tobler, passée de 7,1 à 9,4 millions de francs en 2028.

La présidente du conseil d'administration, Regula Imhof, a été réélue avec 89,6 % des voix. « Nous avons entendu le message », a-t-elle déclaré devant quelque 1850 actionnaires.`,
		"lb6en.txt": `en|Brunnhalden shareholders reject CEO pay in rare Swiss rebuke

ZURICH, April 26 - Shareholders of Swiss industrial group Brunnhalden voted against its remuneration report at the annual meeting on Thursday, with 58.3% of votes cast opposing it, after chief executive Markus Tobler's pay rose to 9.4 million Swiss francs last year from 7.1 million francs.

The vote is non-binding. Last year 76% of shareholders approved the report.

Chair Regula Imhof, re-elected with 89.6% support, said the board had "heard the message". Shareholders approved a dividend of 3.20 francs per share.`,
	}, map[string][2]string{"lb6fr.txt": {"53.8%", "58.3%"}}},
	{"asteroid-sample-capsule", map[string]string{
		"lb7en.txt": `en|Capsule with asteroid samples lands safely in Australian desert

Science | Space

Published 8 September 2029

A capsule carrying fragments of the asteroid Kerensa landed in the desert near Woomera in South Australia early on Saturday, ending a seven-year, 5.6 billion km mission by the European probe Hesperia.

The 44 kg capsule, 81 cm across, re-entered the atmosphere at about 12 km per second before a parachute opened. It touched down at 04:12 local time and was found by a helicopter crew about 40 minutes later.

Scientists hope it holds around 120 grams of material. "If we have even half that, it will be a huge success," said mission manager Jonas Ekberg.

The samples will be flown to a laboratory in the Netherlands and later shared among 14 institutes, including the University of Coimbra in Portugal.`,
		"lb7fr.txt": `fr|La capsule de la sonde Hesperia s'est posée en Australie

Sciences

Par notre service Sciences

La capsule de la sonde européenne Hesperia, qui rapporte des fragments de l'astéroïde Kerensa, a atterri samedi à 4 h 12 heure locale dans le désert australien, près de Woomera, au terme d'un voyage de sept ans et de 5,6 milliards de kilomètres.

Entrée dans l'atmosphère à environ 43 000 km/h, la capsule de 44 kg et de 81 centimètres de diamètre a été freinée par un parachute. Une équipe en hélicoptère l'a récupérée une quarantaine de minutes plus tard.

Elle devrait contenir quelque 120 grammes de poussières et de roches. « Même la moitié serait un immense succès », a estimé le chef de mission, Jonas Ekberg.

Les échantillons seront analysés par 14 laboratoires, dont celui de l'université de Coimbra, au Portugal.`,
		"lb7pt.txt": `pt|Cápsula com amostras de asteroide aterra na Austrália; Coimbra vai estudá-las

Ciência

08/09/2029 - 09:30

A cápsula da sonda europeia Hesperia aterrou este sábado no deserto australiano, perto de Woomera, trazendo fragmentos do asteroide Kerensa. A missão durou sete anos e percorreu 5,6 mil milhões de quilómetros.

A cápsula, com 44 quilos e 81 centímetros de diâmetro, entrou na atmosfera a cerca de 12 quilómetros por segundo. Foi encontrada por um helicóptero cerca de 40 minutos depois de aterrar.

Os cientistas esperam ter recolhido cerca de 120 gramas de material. A Universidade de Coimbra é um dos 14 institutos que vão analisar as amostras, explicou o investigador Rui Matoso, de 52 anos, que coordena a equipa portuguesa de seis cientistas.`,
		"lb7de.txt": `de|Asteroiden-Kapsel in Australien gelandet

Wissenschaft

Die Rückkehrkapsel der europäischen Sonde Hesperia ist am Samstag in der australischen Wüste bei Woomera gelandet. An Bord sind vermutlich rund 120 Gramm Gestein vom Asteroiden Kerensa.

Die 44 Kilogramm schwere Kapsel war mit etwa 12 Kilometern pro Sekunde in die Atmosphäre eingetreten und an einem Fallschirm niedergegangen. Die Sonde hatte in sieben Jahren 5,6 Milliarden Kilometer zurückgelegt.

"Selbst die Hälfte wäre ein Riesenerfolg", sagte Missionsleiter Jonas Ekberg. Die Proben sollen von 14 Instituten untersucht werden.`,
	}, nil},
	{"azores-galleon-wreck", map[string]string{
		"lb8pt.txt": `pt|Descoberto ao largo da Terceira galeão espanhol afundado em 1647

Açores | Ciência

Angra do Heroísmo, 3 de julho de 2029

Uma equipa da Universidade dos Açores e da Marinha localizou os destroços do galeão espanhol Nuestra Señora de la Valvanera, afundado durante uma tempestade em 1647 ao largo da ilha Terceira, anunciaram esta terça-feira os investigadores.

Os destroços estão a 38 metros de profundidade, a cerca de 2,4 quilómetros da costa. Foram identificados 14 canhões de bronze, uma âncora com mais de quatro metros e dezenas de moedas de prata.

"É um dos achados mais importantes da arqueologia subaquática portuguesa", afirmou o coordenador do projeto, o arqueólogo Tiago Medeiros, de 45 anos. O navio, com cerca de 40 metros de comprimento, transportava 300 pessoas; apenas 62 sobreviveram, segundo documentos da época.

As buscas começaram em 2026, com base em cartas encontradas num arquivo de Sevilha.`,
		"lb8pt2.txt": `pt|Valvanera: o galeão perdido foi encontrado

Região

Por Filipe Ávila

Quase quatro séculos depois do naufrágio, o Nuestra Señora de la Valvanera foi encontrado. Os restos do galeão, que se afundou em 1647 com cerca de 300 pessoas a bordo, estão a 38 metros de fundo, a pouco mais de dois quilómetros da costa da Terceira.

Os mergulhadores já contaram 14 canhões em bronze. "Os canhões estão em bom estado", disse Tiago Medeiros, que lidera a equipa de 11 mergulhadores e arqueólogos.

Os objetos vão continuar no fundo do mar por agora. O Governo Regional vai classificar o local como parque arqueológico subaquático.

Publicado a 04/07/2029`,
		"lb8en.txt": `en|Wreck of 17th-century Spanish galleon found off the Azores

PONTA DELGADA, Portugal, July 3 - Archaeologists have found the wreck of the Spanish galleon Nuestra Senora de la Valvanera, which sank in a storm off the Azorean island of Terceira 382 years ago, the University of the Azores said on Tuesday.

The wreck lies at a depth of 38 metres, about 2.4 km offshore. Divers have identified 14 bronze cannons, an anchor over 4 metres long and dozens of silver coins.

"This is one of the most important finds in Portuguese underwater archaeology," said project leader Tiago Medeiros, 45. Contemporary records say only 62 of the roughly 300 people aboard the 40-metre ship survived the sinking in 1647.

The search began in 2026, based on letters found in an archive in Seville.`,
		"lb8de.txt": `de|Spanische Galeone vor den Azoren entdeckt

Wissen

03.07.2029

Vor der Azoreninsel Terceira haben Archäologen das Wrack der spanischen Galeone "Nuestra Señora de la Valvanera" entdeckt, die dort 1647 in einem Sturm gesunken war. Das teilte die Universität der Azoren am Dienstag mit.

Das Wrack liegt in 48 Metern Tiefe, rund 2,4 Kilometer vor der Küste. Taucher fanden 14 Bronzekanonen, einen über vier Meter langen Anker und Dutzende Silbermünzen.

Von den etwa 300 Menschen an Bord des rund 40 Meter langen Schiffs überlebten nur 62, wie aus zeitgenössischen Dokumenten hervorgeht. Die Suche hatte 2026 begonnen.`,
	}, map[string][2]string{"lb8de.txt": {"48 m", "38 m"}}},
	{"wind-farm-permit-ruling", map[string]string{
		"lb9de.txt": `de|Gericht kippt Genehmigung für Windpark Hohe Geest

Lüneburg (dpa/lni) - Das Oberverwaltungsgericht Lüneburg hat die Genehmigung für den geplanten Windpark Hohe Geest im Landkreis Rotenburg (Wümme) aufgehoben. Die Behörden hätten den Schutz eines Rotmilan-Brutplatzes nicht ausreichend geprüft, urteilte der 12. Senat am Donnerstag.

Der Horst liegt nach Angaben des Gerichts rund 900 Meter von der nächsten der 14 geplanten Anlagen entfernt. Nach den Leitlinien des Landes gilt ein Prüfbereich von 1500 Metern.

Geklagt hatten ein Naturschutzverband und 38 Anwohner. Der Projektierer Vellmar Wind wollte 14 Anlagen mit je 5,6 Megawatt Leistung errichten. Die Genehmigung war im Herbst 2026 erteilt worden.

Eine Revision ließ das Gericht nicht zu. Dagegen ist binnen eines Monats Beschwerde beim Bundesverwaltungsgericht möglich.`,
		"lb9de2.txt": `de|Windpark-Aus vor Gericht: Rotmilan stoppt 14 Windräder

Landkreis Rotenburg

Von Heike Brunkhorst

28.06.2029, 17:05 Uhr

Großer Jubel bei den Klägern, lange Gesichter bei Vellmar Wind: Das Oberverwaltungsgericht in Lüneburg hat am Donnerstag die Genehmigung für den Windpark Hohe Geest aufgehoben. Die 14 Windräder mit zusammen 78,4 Megawatt hätten bis zu 100.000 Haushalte mit Strom versorgen sollen.

Entscheidend war ein Rotmilan-Horst in weniger als einem Kilometer Entfernung. "Das ist ein guter Tag für den Artenschutz", sagte Anwohnerin Gesa Meyerhoff, 67, eine der 38 Klägerinnen und Kläger.

Vellmar-Geschäftsführer Jan-Hendrik Poppe, 44, kündigte an, eine Beschwerde gegen die Nichtzulassung der Revision zu prüfen. Das Unternehmen hat nach eigenen Angaben bereits rund 6 Millionen Euro in die Planung investiert.`,
		"lb9en.txt": `en|German court overturns permit for 14-turbine wind farm over red kite nest

HANOVER, June 28 - A German appeals court on Thursday overturned the permit for a planned 78 MW wind farm in Lower Saxony, ruling that authorities had not properly assessed the risk to a nesting pair of red kites.

The nest lies about 900 metres from the nearest of the 14 planned turbines, the Higher Administrative Court in Lueneburg said, well within the 1,500-metre zone set by state guidelines.

The developer, Vellmar Wind, had planned turbines of 5.6 MW each. A conservation group and 38 local residents brought the case.

The court did not allow a further appeal, but the developer can challenge that decision at the Federal Administrative Court within one month.`,
		"lb9nl.txt": `nl|Duitse rechter schrapt vergunning windpark om nest van rode wouw

Buitenland

28 juni 2029

Een Duitse rechtbank heeft donderdag de vergunning voor een windpark met veertien turbines in Nedersaksen vernietigd. Volgens het hof in Lüneburg is onvoldoende onderzocht welk gevaar de molens vormen voor een broedpaar rode wouwen, waarvan het nest op zo'n 900 meter van de dichtstbijzijnde turbine ligt.

Het windpark Hohe Geest zou 78,4 megawatt vermogen krijgen. De zaak was aangespannen door een natuurorganisatie en 38 omwonenden.

Projectontwikkelaar Vellmar Wind kan binnen een maand in beroep gaan bij de federale bestuursrechter.`,
	}, nil},
	{"french-business-failures", map[string]string{
		"lb10fr.txt": `fr|Les défaillances d'entreprises au plus haut depuis 2015

Économie | Conjoncture

Publié le 7 novembre 2029 à 08h45

Le nombre de défaillances d'entreprises a atteint 68 420 sur les douze mois achevés fin octobre, en hausse de 6,8 % sur un an, selon les chiffres publiés mercredi par l'Observatoire national des entreprises. C'est le niveau le plus élevé depuis 2015.

Un an plus tôt, l'observatoire en recensait 64 060. La construction reste le secteur le plus touché, avec 13 900 défaillances, devant le commerce (11 200) et l'hébergement-restauration (9 850).

Les très petites entreprises représentent 93 % des cas. Environ 240 000 emplois sont menacés, contre 205 000 il y a un an.

« La hausse ralentit, mais le niveau reste élevé », note l'économiste Sophie Derval.`,
		"lb10en.txt": `en|French business failures hit highest since 2015

PARIS, Nov 7 - Business failures in France rose 6.8% to 68,420 in the 12 months to the end of October, the highest since 2015, figures from the National Business Observatory showed on Wednesday.

Construction accounted for 13,900 failures, retail for 11,200 and hotels and restaurants for 9,850. Very small firms made up 93% of the total.

Some 240,000 jobs are at risk, up from 205,000 a year earlier, the observatory said.`,
		"lb10de.txt": `de|Frankreich: Zahl der Firmenpleiten steigt auf Höchststand seit 2015

Wirtschaft

Paris, 07.11.2029

In Frankreich ist die Zahl der Unternehmensinsolvenzen weiter gestiegen. In den zwölf Monaten bis Ende Oktober meldeten 68.420 Firmen Insolvenz an, 6,8 Prozent mehr als ein Jahr zuvor, wie die nationale Unternehmensbeobachtungsstelle am Mittwoch mitteilte.

Am stärksten betroffen war erneut die Baubranche mit rund 14.000 Fällen. Kleinstunternehmen machten 93 Prozent der Pleiten aus.

Rund 240.000 Arbeitsplätze sind bedroht, nach 205.000 im Vorjahr. Zum Vergleich: In Deutschland wurden im vergangenen Jahr rund 22.100 Firmenpleiten gezählt.`,
	}, nil},
}
