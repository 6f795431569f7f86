package compare

// heldOutSeistan is a blind held-out set, written without reading the
// extraction or the matching code: ten events of a reader's mixed feed, in
// German, Italian, Portuguese and English, with 3 or 4 reports each: a
// microbe found in an Azores hot spring, a cave bear skull found in a
// Trentino cave, a court ruling on a bakery's shared lottery win, a wine
// merchant jailed for forged Riesling labels, an opera premiere in
// Piacenza, a planetarium reopening in Viana do Castelo, the sale of a
// Wachau wine estate, Portugal's shoe exports, a fire in the Bruneck
// (Brunico) town archive and Europe's oldest known spoonbill.
//
// Six events hold one planted contradiction each, all outside the first
// paragraph but one; four sit in a report whose language is the minority
// in its event, one in the spoonbill's three reports of three languages and
// one in the majority German of the wine fraud: a distance (the German report of the cave puts the
// skull 530 m from the entrance, the Italian and English ones 350 m), an
// amount (the English report of the lottery ruling gives the prize as €3.9
// million, the Italian ones €3.6 million), an age (the second German report
// of the wine fraud calls the merchant 67, the others 61), a weekday (the
// English report of the planetarium, in its first paragraph, has it reopen
// on Sunday, the Portuguese ones on Saturday), a percentage (the Italian
// report of the shoe exports has them up 3.4%, the others 4.3%) and a year
// (the English report of the spoonbill has it ringed in 1994, the others
// 1996). The microbe, the opera, the wine estate and the archive fire hold
// none. The traps: "mais de 90 graus" beside 92 degrees and 92C (198F),
// "metro e meio" and "anderthalb Metern" for 1.5 metres, two people's ages
// in most events, an eighth of the prize (about €450,000) beside the whole,
// "entro 60 giorni" against "entro due mesi", "dois anos" against "24
// meses", 150 seats before and 120 after, "mais de um milhão" beside "1,2
// milhões" of visitors, 22 hectares as 15 of Riesling and 7 of Grüner
// Veltliner and as 54 acres, €2.07 billion as "2070 milhões", 86 million
// pairs "up from 83 million" and "mais 3 milhões", Italy's own 13.1 billion
// of exports, an "almost quarter-hour" ovation beside 14 minutes, "un quarto di milione"
// for €250,000, the species' extinction 24,000 years ago beside the skull's
// 45,000, the previous spoonbill record of 31 years and 12 breeding pairs in
// 1996, a sentence of three years and nine months beside the four and a half
// sought, and number formats 18.000 / 18 000 / 18,000, 1.100 / 1100, 2,5.
//
// Frozen before its first run, which flagged 3 of the 6 contradictions and
// 1 false disagreement. It missed the lottery's "€3.9 million against €3.6
// million" (the English "entire · €3.9 million" and the Italian "vincita ·
// €3.6 million" stood in rows of their own), the shoe exports' "3.4% against
// 4.3%" (the Italian 3,4% was labelled "previous share" and left alone) and
// the spoonbill's "1994 against 1996" (no row held the English 1994, only
// the Portuguese 1996 was listed). Its false disagreement: shoe-exports
// percent "caíram": u8en, u8it, u8pt: 6%; u8ptb: 5% (the US fall of 6% set
// against the second Portuguese report's 5% growth forecast for 2030).
// No value in wrong was respelled; the set stays within its one false flag.
//
// Fixed after, so the set is held out no longer: a share changes only to a
// share ("salite del 3,4% a 2,07 miliardi"); a year after its month ("in
// June 1994"): 4/6 flagged, 1 false.
var heldOutSeistan = []heldOutEvent{
	{"hot-spring-microbe", map[string]string{
		"u1pt.txt": `pt|Cientistas descobrem nos Açores micróbio que vive a 92 graus

Ciência

Ponta Delgada, 5 jun 2030 - 11:40

Uma equipa internacional liderada por investigadores do Instituto de Vulcanologia Atlântica (IVA) identificou um novo micro-organismo numa nascente termal da ilha de São Miguel, capaz de viver em água a 92 graus Celsius.

Batizado Thermocaldus azoricus, o micróbio pertence ao grupo das arqueias e foi isolado em amostras recolhidas a metro e meio de profundidade na Caldeira do Ribeiro Quente, nas Furnas, onde a água tem um pH de cerca de 2,5.

"Nunca se tinha cultivado nada nestas ilhas a uma temperatura tão elevada", afirmou a coordenadora do estudo, a microbióloga Marta Quintela, de 44 anos. Até agora, o recorde regional pertencia a uma bactéria descrita em 2011, que suportava 85 graus.

O trabalho, publicado esta quarta-feira na revista Extremophile Letters, envolveu 11 investigadores de quatro países, sete deles portugueses, e baseou-se em 14 amostras recolhidas em duas expedições, em 2026 e 2028. O genoma do micróbio tem cerca de 1,9 milhões de pares de bases.

Leia também: Furnas recebem mais 20% de visitantes`,
		"u1ptb.txt": `pt|Furnas: nascente termal esconde "recordista" do calor

Açores | Regional

Um micro-organismo até agora desconhecido, encontrado numa nascente das Furnas, vive em água a mais de 90 graus, revela um estudo internacional coordenado a partir de Ponta Delgada.

Os investigadores do Instituto de Vulcanologia Atlântica recolheram as amostras na Caldeira do Ribeiro Quente em duas campanhas, a primeira em 2026. Ao todo foram analisadas 14 amostras.

Para a coordenadora, Marta Quintela, a descoberta mostra que "os Açores são um laboratório natural único". O holandês Henrik Aalders, de 51 anos, coautor do estudo, acredita que as enzimas do micróbio poderão vir a ter aplicações industriais.

O estudo foi publicado esta semana.`,
		"u1en.txt": `en|Heat-loving microbe found in Azores hot spring sets temperature mark

Science

By Clara Whitcombe, Science Correspondent

A team of scientists has identified a previously unknown single-celled organism living in a scalding hot spring on São Miguel, the largest island of Portugal's Azores archipelago, in water as hot as 92C (198F).

The microbe, an archaeon the researchers have named Thermocaldus azoricus, was isolated from samples taken 1.5 metres below the surface of the Caldeira do Ribeiro Quente near Furnas. The water there is highly acidic, with a pH of about 2.5.

"Nothing in these islands had ever been grown at such a temperature," said Marta Quintela, 44, a microbiologist at the Atlantic Institute of Volcanology in Ponta Delgada who led the study, published on Wednesday in the journal Extremophile Letters. The previous record for an organism from the islands was 85C, set by a bacterium described in 2011.

The team of 11 researchers from four countries collected 14 samples on two expeditions, in 2026 and 2028. The organism's genome has about 1.9 million base pairs.

Henrik Aalders, 51, a Dutch co-author, said the microbe's enzymes could one day be used in industry.`,
		"u1de.txt": `de|Rekord-Mikrobe aus den Azoren

Wissenschaft

Forscher haben in einer heißen Quelle auf der Azoreninsel São Miguel einen bislang unbekannten Einzeller entdeckt, der bei 92 Grad Celsius gedeiht. Das Archaeon mit dem Namen Thermocaldus azoricus wurde in anderthalb Metern Tiefe in der Caldeira do Ribeiro Quente bei Furnas gefunden.

Das Wasser dort ist extrem sauer, der pH-Wert liegt bei rund 2,5. Der bisherige Rekord für einen Organismus von den Inseln lag bei 85 Grad.

An der am Mittwoch veröffentlichten Studie waren elf Forscher aus vier Ländern beteiligt, darunter der Niederländer Henrik Aalders (51). Geleitet wurde sie von der portugiesischen Mikrobiologin Marta Quintela (44).

Das Erbgut der Mikrobe umfasst etwa 1,9 Millionen Basenpaare.`,
	}, nil},
	{"cave-bear-skull", map[string]string{
		"u2it.txt": `it|Trentino, speleologi trovano cranio di orso delle caverne quasi intatto

Cronaca | Scienza

Trento, 9 ottobre 2030

Due speleologi hanno scoperto un cranio quasi completo di orso delle caverne nella Grotta del Vallone Scuro, sopra Castelvarco, in Val di Non. Il reperto, lungo 48 centimetri, avrebbe circa 45 mila anni.

Il cranio si trovava in una galleria laterale a circa 350 metri dall'ingresso e a 60 metri di profondità. A individuarlo, domenica, sono stati Luca Benedetti, 29 anni, e Sara Pedrotti, 34, del Gruppo grotte di Castelvarco.

"Non credevamo ai nostri occhi", ha raccontato Pedrotti. Il recupero ha richiesto tre giorni di lavoro.

Il reperto è stato affidato al Museo di scienze naturali della Valle, che lo sottoporrà alla datazione al radiocarbonio: i risultati sono attesi tra sei mesi. Dal 2019 la grotta ha restituito circa 120 frammenti ossei.`,
		"u2itb.txt": `it|Castelvarco, il cranio dell'orso delle caverne esce dalla grotta

Valli del Noce

Si è concluso mercoledì, dopo tre giorni, il recupero del cranio di orso delle caverne scoperto domenica da due giovani speleologi nella Grotta del Vallone Scuro. Il cranio, lungo quasi mezzo metro, era a 350 metri dall'imbocco della grotta, in un cunicolo a 60 metri sotto la superficie.

"È il reperto più importante mai uscito da questa valle", ha detto la direttrice del Museo di scienze naturali della Valle, Elena Sartori. Secondo la paleontologa l'animale, un maschio adulto, visse tra 40 e 50 mila anni fa.

Luca Benedetti (29 anni) e Sara Pedrotti (34) fanno parte del Gruppo grotte di Castelvarco, che conta 26 soci.

Il cranio sarà esposto al pubblico dalla prossima primavera.

Commenti (4)`,
		"u2de.txt": `de|Höhlenbärenschädel im Nonstal entdeckt

Chronik

Zwei Höhlenforscher haben im Trentino einen fast vollständigen Schädel eines Höhlenbären gefunden. Der 48 Zentimeter lange Schädel lag in der Grotta del Vallone Scuro oberhalb von Castelvarco im Nonstal und dürfte rund 45.000 Jahre alt sein.

Entdeckt wurde er am Sonntag von Luca Benedetti (29) und Sara Pedrotti (34). Der Schädel befand sich in einem Seitengang etwa 530 Meter vom Eingang entfernt und 60 Meter unter der Oberfläche. Die Bergung dauerte drei Tage.

Das naturkundliche Talmuseum will den Fund mit der Radiokarbonmethode datieren lassen. Ergebnisse werden in einem halben Jahr erwartet. Seit 2019 wurden in der Höhle rund 120 Knochenfragmente geborgen.`,
		"u2en.txt": `en|Near-complete cave bear skull found in Italian Alps

Science | Europe

Cavers in northern Italy have found an almost complete skull of a cave bear, a species that died out around 24,000 years ago, deep inside a cave in the Trentino region.

The 48cm (19in) skull, thought to be some 45,000 years old, was found on Sunday in a side passage about 350m from the entrance of the Grotta del Vallone Scuro, 60m below ground, by Luca Benedetti, 29, and Sara Pedrotti, 34.

Elena Sartori, director of the valley's natural science museum, said radiocarbon results were expected within six months. Retrieving the skull took three days.`,
	}, map[string][2]string{"u2de.txt": {"530 m", "350 m"}}},
	{"lottery-syndicate-ruling", map[string]string{
		"u3it.txt": `it|Vincita al SuperEnalotto, il tribunale dà ragione ai dipendenti del fornaio

Cronaca | Avellino

Avellino, 17 settembre 2030

Il tribunale di Avellino ha condannato il titolare di un panificio di San Marcello Irpino a dividere con i suoi sette dipendenti la vincita di 3,6 milioni di euro al SuperEnalotto realizzata nel novembre 2027 con una schedina giocata in società.

Gennaro Ruocco, 58 anni, sosteneva che il biglietto vincente fosse stato acquistato con soldi suoi e non con la cassa comune. I giudici hanno invece ritenuto credibili le testimonianze dei colleghi, che da oltre dieci anni giocavano insieme ogni settimana 2 euro a testa.

A ciascuno degli otto soci spetta così un ottavo della vincita, circa 450 mila euro, più gli interessi. Ruocco dovrà pagare entro 60 giorni.

"È la fine di un incubo durato tre anni", ha detto l'avvocata dei dipendenti, Rosaria Iannaccone. La difesa ha annunciato ricorso in appello.`,
		"u3itb.txt": `it|San Marcello Irpino, la schedina della discordia: sentenza a favore dei dipendenti

IRPINIA NEWS

Dopo quasi tre anni di causa, i sette dipendenti del panificio Ruocco di San Marcello Irpino avranno la loro parte dei 3,6 milioni vinti al SuperEnalotto. Lo ha deciso martedì il giudice civile del tribunale di Avellino.

Secondo la sentenza, il titolare Gennaro Ruocco, 58 anni, dovrà versare a ciascuno dei colleghi circa 450.000 euro entro due mesi. La più giovane, la commessa Anna Del Grosso, ha 24 anni.

Il fornaio aveva incassato l'intera somma nel dicembre 2027, sostenendo di aver giocato da solo. Il suo legale ha già parlato di ricorso in appello.

Leggi anche: Irpinia, boom di giocate nelle ricevitorie`,
		"u3en.txt": `en|Italian baker ordered to share lottery win with staff

World | Europe

ROME (Agency) - A court in southern Italy has ordered a baker to share a lottery jackpot with his seven employees, who argued that the winning ticket had been bought with money from their joint kitty.

Gennaro Ruocco, 58, who owns a bakery in the village of San Marcello Irpino near Avellino, had kept the entire €3.9 million SuperEnalotto prize won in November 2027, saying he had paid for the ticket himself.

The court in Avellino ruled on Tuesday that each of the eight syndicate members was entitled to an eighth of the prize, about €450,000, plus interest, to be paid within 60 days.

Mr Ruocco's lawyer said he would appeal.`,
	}, map[string][2]string{"u3en.txt": {"€3.9 million", "€3.6 million"}}},
	{"wine-label-fraud-verdict", map[string]string{
		"u4de.txt": `de|Gefälschte Spitzenweine: Weinhändler muss ins Gefängnis

Rheinland-Pfalz

Koblenz, 24.10.2030

Das Landgericht Koblenz hat einen Weinhändler aus Traben-Trarbach wegen gewerbsmäßigen Betrugs zu drei Jahren und neun Monaten Haft verurteilt. Der 61-jährige Reinhard Obermaier hatte nach Überzeugung der Kammer zwischen 2019 und 2023 rund 18.000 Flaschen einfachen Landweins mit gefälschten Etiketten als Riesling-Spitzengewächse verkauft.

Der Schaden liegt laut Urteil bei 1,3 Millionen Euro. Die Staatsanwaltschaft hatte vier Jahre und sechs Monate gefordert, die Verteidigung eine Bewährungsstrafe.

Ein mitangeklagter Drucker (47), der die Etiketten hergestellt hatte, erhielt eine Bewährungsstrafe von 18 Monaten. Das Urteil ist noch nicht rechtskräftig.`,
		"u4deb.txt": `de|Etikettenschwindel an der Mosel: Haftstrafe für Weinhändler

Mosel | Justiz

Von Sabine Kerner

Im Prozess um gefälschte Weinetiketten hat das Landgericht Koblenz am Donnerstag sein Urteil gesprochen: Drei Jahre und neun Monate muss der Weinhändler Reinhard Obermaier aus Traben-Trarbach in Haft.

Rund 18 000 Flaschen hatte er laut Anklage mit nachgemachten Etiketten renommierter Weingüter versehen und zu Preisen von bis zu 95 Euro verkauft. Einkaufspreis: weniger als 4 Euro pro Flasche.

Der Vorsitzende Richter sprach von einer "dreisten und professionellen Täuschung". Der 67-Jährige nahm das Urteil regungslos auf. Sein Drucker, Uwe Sänger (47), kam mit 18 Monaten auf Bewährung davon.

Den Schaden bezifferte das Gericht auf gut 1,3 Millionen Euro.`,
		"u4en.txt": `en|German wine dealer jailed for faking premium Riesling labels

Business | Wine

A German court on Thursday jailed a wine merchant for three years and nine months for selling around 18,000 bottles of cheap table wine as top-growth Moselle Riesling.

Reinhard Obermaier, 61, of Traben-Trarbach, had put forged labels of well-known estates on the bottles between 2019 and 2023, the regional court in Koblenz found. It put the damage at €1.3m.

Prosecutors had sought four and a half years. A 47-year-old printer who made the labels received a suspended 18-month sentence.

The verdict can be appealed.`,
	}, map[string][2]string{"u4deb.txt": {"67 years", "61 years"}}},
	{"opera-premiere", map[string]string{
		"u5it.txt": `it|Trionfo a Piacenza per "La sposa di sale" di Ilaria Montefusco

Spettacoli | Lirica

Piacenza, 3 febbraio 2030

Quattordici minuti di applausi hanno salutato ieri sera al Teatro Farnesiano di Piacenza la prima assoluta de "La sposa di sale", la nuova opera della compositrice piacentina Ilaria Montefusco, 39 anni, su libretto dell'austriaco Tobias Wendl, 52.

L'opera, in due atti, dura due ore e quaranta minuti compreso l'intervallo. È la prima commissione del teatro dal 1987. La produzione, costata 1,1 milioni di euro, è realizzata insieme all'Oper Graz, dove arriverà a novembre.

Tutti esauriti i 1.100 posti della sala. "Non me l'aspettavo", ha detto commossa la compositrice, la cui precedente opera, "Il faro", debuttò nel 2019.

Sono previste altre tre repliche, fino al 9 febbraio.`,
		"u5de.txt": `de|Uraufführung in Piacenza: Jubel für "La sposa di sale"

Kultur

Mit einem fast viertelstündigen Applaus ist am Samstagabend in Piacenza die Oper "La sposa di sale" der Italienerin Ilaria Montefusco uraufgeführt worden. Das Libretto schrieb der Grazer Autor Tobias Wendl (52).

Die Koproduktion des Teatro Farnesiano mit der Oper Graz kostete rund 1,1 Millionen Euro; in Graz ist das Werk ab November zu sehen. Die Aufführung dauert mit Pause 2 Stunden 40 Minuten.

Für die 39-jährige Komponistin ist es nach "Il faro" (2019) die zweite Oper. Das Haus mit rund 1100 Plätzen war ausverkauft.

Bis 9. Februar folgen drei weitere Vorstellungen.`,
		"u5en.txt": `en|New opera "The Salt Bride" wins long ovation at Piacenza premiere

Arts

By Harriet Moss

An audience of about 1,100 gave Ilaria Montefusco's new opera La sposa di sale (The Salt Bride) a 14-minute ovation at its world premiere in Piacenza, northern Italy, on Saturday night.

Montefusco, 39, wrote the two-act work to a libretto by the Austrian writer Tobias Wendl, 52. It is the first opera commissioned by the Teatro Farnesiano since 1987, and a co-production with Graz Opera, which will stage it in November.

The production cost €1.1m. Three more performances are scheduled until February 9.`,
	}, nil},
	{"planetarium-reopening", map[string]string{
		"u6pt.txt": `pt|Planetário de Viana do Castelo reabre no sábado após obras de 4,8 milhões

Cultura | Ciência

Viana do Castelo, 9 abr 2030 - 16:20

O Planetário Municipal de Viana do Castelo reabre ao público no sábado, 13 de abril, depois de dois anos encerrado para obras de requalificação que custaram 4,8 milhões de euros, dos quais 3,1 milhões financiados por fundos europeus.

A nova cúpula, com 14 metros de diâmetro, recebe um projetor digital capaz de mostrar 9 mil estrelas. A sala tem agora 120 lugares, menos 30 do que antes, para dar mais conforto aos visitantes.

"Queremos voltar a ser a porta do céu para as escolas do Alto Minho", disse a diretora, Inês Carvalhal, de 47 anos.

Inaugurado em 1998, o planetário recebeu desde então cerca de 1,2 milhões de visitantes.`,
		"u6ptb.txt": `pt|Viana: planetário volta a abrir portas com cúpula nova

Região

Depois de 24 meses de obras, o Planetário Municipal de Viana do Castelo volta a receber visitantes já este sábado. A intervenção, orçada em 4,8 milhões de euros, foi em grande parte paga com verbas comunitárias (3,1 milhões).

A sala passa de 150 para 120 lugares. A cúpula tem 14 metros de diâmetro e o novo projetor mostra nove mil estrelas.

A entrada no primeiro fim de semana é gratuita. Depois, os bilhetes custam 5 euros (3 euros para estudantes).

O presidente da câmara, Alberto Meira, lembrou que o equipamento, aberto em 1998, já foi visitado por mais de um milhão de pessoas.`,
		"u6en.txt": `en|Portuguese planetarium reopens after €4.8m revamp

Travel | Portugal

The municipal planetarium of Viana do Castelo, in northern Portugal, reopens to visitors on Sunday after a two-year renovation costing €4.8 million, €3.1 million of it from EU funds.

Its new 14-metre dome houses a digital projector that can show 9,000 stars. Seating has been cut to 120 from 150.

Director Inês Carvalhal, 47, said she wanted schools across the region to come back. The planetarium, which opened in 1998, has had about 1.2 million visitors.`,
	}, map[string][2]string{"u6en.txt": {"Sunday", "Saturday"}}},
	{"vineyard-sale", map[string]string{
		"u7de.txt": `de|Traditionsweingut Hallerhof in der Wachau verkauft

Wirtschaft | Niederösterreich

Spitz, 15.07.2030

Das Weingut Hallerhof in Spitz an der Donau wechselt den Besitzer: Die italienische Winzerfamilie Morasca aus dem Friaul übernimmt den Betrieb mit 22 Hektar Rebfläche. Der Kaufpreis soll bei rund 14 Millionen Euro liegen, bestätigt wurde er nicht.

Der 74-jährige Josef Haller hatte keinen Nachfolger gefunden. Das Weingut ist seit 1868 in Familienbesitz und produziert jährlich rund 140.000 Flaschen, vor allem Riesling (15 Hektar) und Grünen Veltliner (7 Hektar).

"Der Hallerhof bleibt ein Wachauer Weingut", versicherte Chiara Morasca (45), Geschäftsführerin der Cantine Morasca. Alle 18 Mitarbeiter werden übernommen.

In der Wachau kostet ein Hektar Weingarten in Top-Lagen inzwischen bis zu 600.000 Euro.`,
		"u7it.txt": `it|Cantine Morasca compra un'azienda vinicola in Austria

Economia | Friuli Venezia Giulia

Udine, 15 luglio 2030

Le Cantine Morasca di Cormons acquistano il Weingut Hallerhof, storica cantina della Wachau, in Austria. L'operazione, secondo indiscrezioni, vale circa 14 milioni di euro.

L'azienda di Spitz an der Donau conta 22 ettari di vigneti, di cui 15 a Riesling, e produce circa 140 mila bottiglie l'anno. Il proprietario Josef Haller, 74 anni, non aveva eredi disposti a proseguire l'attività, nata nel 1868.

"È un sogno che si realizza", ha detto l'amministratrice delegata Chiara Morasca, 45 anni. I 18 dipendenti saranno mantenuti.

Le Cantine Morasca, con 80 ettari in Friuli, hanno chiuso il 2029 con un fatturato di 23 milioni di euro, in crescita del 9%.`,
		"u7en.txt": `en|Italian winemaker buys Austrian Wachau estate

Drinks business

Friulian producer Cantine Morasca has agreed to buy the Hallerhof estate in Austria's Wachau valley, one of the region's best-known Riesling producers, for a reported €14m.

The 22-hectare (54-acre) estate at Spitz an der Donau has been owned by the Haller family since 1868 and makes about 140,000 bottles a year. Its owner, Josef Haller, 74, has no successor.

Morasca's chief executive, Chiara Morasca, 45, said all 18 staff would be kept on. Terms were not disclosed.`,
	}, nil},
	{"shoe-exports", map[string]string{
		"u8pt.txt": `pt|Exportações de calçado sobem 4,3% e batem recorde

Economia

Porto, 19 fev 2030 - 10:15

As exportações portuguesas de calçado atingiram em 2029 o valor recorde de 2,07 mil milhões de euros, mais 4,3% do que no ano anterior, anunciou esta terça-feira a associação do setor, a ANICAL.

Foram vendidos ao exterior 86 milhões de pares, contra 83 milhões em 2028. A Alemanha manteve-se como principal destino, com 21% do total, à frente de França. Os Estados Unidos caíram 6%.

"Vendemos mais caro e melhor", disse o presidente da associação, Rui Barroca, de 63 anos.

O setor emprega cerca de 38 mil pessoas em 1450 empresas, concentradas sobretudo em Felgueiras e São João da Madeira.`,
		"u8ptb.txt": `pt|Calçado: exportações ultrapassam pela primeira vez os 2 mil milhões

Negócios

O calçado português nunca vendeu tanto lá fora. Em 2029 as exportações subiram 4,3%, para 2070 milhões de euros, segundo os dados divulgados esta terça-feira pela ANICAL.

O preço médio por par exportado ficou nos 24 euros. A Alemanha absorveu 21% das vendas; França surge em segundo lugar, com cerca de 390 milhões de euros.

Em quantidade, o setor exportou 86 milhões de pares (mais 3 milhões). Para 2030, a associação aponta para um crescimento de 5%.`,
		"u8en.txt": `en|Portugal's shoe exports hit record €2.07bn

Markets | Europe

LISBON - Portugal's footwear exports rose 4.3% last year to a record €2.07 billion, the industry association ANICAL said on Tuesday, helped by higher prices.

The country sold 86 million pairs abroad, up from 83 million in 2028. Germany remained the biggest market, taking 21% of exports, while sales to the United States fell 6%.

ANICAL president Rui Barroca said manufacturers were selling "more expensive and better". The sector employs some 38,000 people.`,
		"u8it.txt": `it|Portogallo, export di calzature a quota 2,07 miliardi

Moda | Mercati

Milano, 19 febbraio 2030

Nuovo record per le calzature portoghesi, concorrenti sempre più agguerrite dei produttori italiani nella fascia media del mercato.

Secondo l'associazione di categoria ANICAL, nel 2029 le esportazioni sono salite del 3,4% a 2,07 miliardi di euro, per 86 milioni di paia. La Germania resta il primo mercato (21%), gli Stati Uniti calano del 6%.

Il settore portoghese conta 1.450 aziende e circa 38.000 addetti. L'Italia, per confronto, ha esportato calzature per 13,1 miliardi nel 2029.`,
	}, map[string][2]string{"u8it.txt": {"3.4%", "4.3%"}}},
	{"archive-fire", map[string]string{
		"u9de.txt": `de|Brand im Stadtarchiv Bruneck: Hunderte Dokumente zerstört

Südtirol | Chronik

Bruneck, 12.03.2030

Bei einem Brand im Dachgeschoss des Stadtarchivs Bruneck sind in der Nacht auf Dienstag rund 300 historische Dokumente zerstört worden. Etwa 2000 weitere wurden durch Löschwasser und Rauch beschädigt. Insgesamt lagern im Archiv rund 35.000 Schriftstücke.

Die älteste Urkunde, ein Marktprivileg aus dem Jahr 1342, blieb unversehrt. Sie lag im Tresor im Erdgeschoss.

Rund 40 Feuerwehrleute aus Bruneck und drei Nachbarorten standen im Einsatz. Als Ursache wird ein Kurzschluss vermutet. Den Schaden schätzt die Gemeinde auf etwa 250.000 Euro.

"Es tut weh, aber es hätte schlimmer kommen können", sagte Archivarin Martina Oberhollenzer (56). Die beschädigten Akten werden bei einer Spezialfirma in Innsbruck gefriergetrocknet.`,
		"u9it.txt": `it|Brunico, incendio nell'archivio storico: distrutti 300 documenti

Alto Adige

Brunico, 12 marzo 2030

Notte di paura a Brunico, dove un incendio è divampato nel sottotetto dell'archivio storico comunale. Circa 300 documenti sono andati distrutti e altri duemila sono stati danneggiati dall'acqua e dal fumo, su un patrimonio di 35 mila carte.

Salvo il documento più antico, un privilegio di mercato del 1342, custodito in cassaforte al piano terra. Sul posto una quarantina di vigili del fuoco volontari di Brunico e di tre paesi vicini.

L'ipotesi più probabile è un cortocircuito. Il Comune stima i danni in un quarto di milione di euro.

"Fa male, ma poteva andare peggio", ha detto l'archivista Martina Oberhollenzer, 56 anni. I documenti bagnati saranno liofilizzati da una ditta specializzata di Innsbruck.`,
		"u9en.txt": `en|Fire damages medieval town archive in South Tyrol

Europe

A fire in the attic of the town archive of Bruneck (Brunico), in northern Italy's German-speaking South Tyrol, destroyed some 300 historic documents overnight into Tuesday.

Around 2,000 more of the archive's roughly 35,000 documents were damaged by smoke and water, but its oldest item, a market charter from 1342, was safe in a ground-floor vault.

About 40 firefighters fought the blaze, thought to have been caused by a short circuit. Damage was estimated at €250,000.

"It hurts, but it could have been worse," archivist Martina Oberhollenzer, 56, told local radio.`,
	}, nil},
	{"oldest-spoonbill", map[string]string{
		"u10de.txt": `de|Ältester Löffler Europas: Vogel von Mellum in Portugal gesichtet

Natur | Niedersachsen

Wilhelmshaven, 16.01.2030

Ein auf der Nordsee-Insel Mellum beringter Löffler ist mit 33 Jahren der älteste bekannte Vogel seiner Art in Europa. Ein Vogelbeobachter entdeckte das Tier Anfang Januar im Mündungsgebiet des Tejo bei Lissabon, rund 2300 Kilometer von seinem Geburtsort entfernt.

Beringt wurde der Löffler im Juni 1996 als Küken. Die Ornithologin Kerstin Mahlke, heute 61, war damals als Studentin dabei. "Dass ich diesen Vogel noch einmal wiedersehe, hätte ich nie gedacht", sagte sie.

Der bisherige Altersrekord lag bei 31 Jahren und stammte von einem niederländischen Löffler, der 2021 zuletzt gesehen wurde.

Auf Mellum brüten inzwischen jedes Jahr rund 90 Löfflerpaare, 1996 waren es nur 12.`,
		"u10pt.txt": `pt|Colhereiro com 33 anos avistado no Tejo é o mais velho da Europa

Ambiente

Alcochete, 16 jan 2030

Um colhereiro anilhado na Alemanha em 1996 foi observado no estuário do Tejo, perto de Alcochete, e tornou-se o mais velho da sua espécie registado na Europa, com 33 anos.

A ave foi identificada no dia 4 de janeiro pelo observador de aves José Fontinha, de 70 anos, que leu as anilhas coloridas através do telescópio. "Fiquei de boca aberta quando recebi a resposta da Alemanha", contou.

O colhereiro nasceu na ilha de Mellum, no mar do Norte, a mais de 2300 quilómetros de distância. O anterior recorde europeu era de 31 anos.

Todos os invernos, cerca de 1500 colhereiros passam pelo estuário do Tejo.`,
		"u10en.txt": `en|Europe's oldest known spoonbill spotted in Portugal

Nature

A Eurasian spoonbill ringed as a chick on a German island has been found alive in Portugal's Tagus estuary at the age of 33, making it the oldest known bird of its species in Europe.

Birdwatcher José Fontinha, 70, read the bird's colour rings near Alcochete on January 4. The bird had hatched some 2,300 km away on Mellum, an uninhabited island in the North Sea.

It was ringed there in June 1994 by a team that included Kerstin Mahlke, then a student and now a 61-year-old ornithologist. The previous European record was 31 years.`,
	}, map[string][2]string{"u10en.txt": {"1994", "1996"}}},
}
