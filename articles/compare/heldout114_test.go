package compare

// heldOutGarua is a blind held-out set of city, housing and transport news,
// written without reading the extraction or the matching code: ten events
// of three or four reports each, in Italian, Dutch, Portuguese and English.
//
// Topics: a metro line made driverless (metro-automation), a quarterly rent
// index (rent-index-rise), a cargo-bike grant (cargo-bike-subsidy), a taxi
// strike (taxi-drivers-strike), a station hall reopened
// (station-concourse-revamp), a flyover's demolition (flyover-demolition),
// a tax on empty homes (vacant-homes-tax), trolleybuses brought back
// (trolleybus-return), school streets closed to cars (school-streets) and
// a low-emission zone widened (low-emission-zone-widened).
//
// Six contradictions are planted, one an event, none in a first paragraph:
// a distance (the Dutch report, the minority language, gives the metro line
// 12,4 km for 14.2, third paragraph); a percentage (the Portuguese report,
// the minority, gives the rent rise as 5,4% for 4.5%, second paragraph); an
// amount (the second English report gives the household grant as €1,200 for
// €900, third paragraph); a weekday (the Italian report, the minority, has
// the taxi strike start on Thursday for Wednesday, second paragraph); a
// count (the second Dutch report gives the bike park 2400 places for 4,200,
// second paragraph); a duration (the English report has the road shut for
// eight weeks for six, fourth paragraph). The other four events hold none.
//
// Traps that are no contradiction: two ages in most events (mayor and
// councillor, union head and councillor, architect and alderman, driver
// and alderwoman); parts and totals (€240 million of €610 million; €95m,
// €60m and €30m of €185m; €12 million of €46 million); previous values
// (every 90 seconds against three minutes; 5.1% the quarter before; 48,000
// passengers in 2019; the 2029 grant round of €250,000 for 310 bikes; 9
// school streets the year before; the IMI rate from 0.35% to 1.05%);
// rounding and hedges (210.000 / oltre 200mila / ruim 200.000; 1472 euro /
// about €1,470; 3412 / about 3,400; 62.000 / ruim 60.000; 71% / zeven op de
// tien; 30% / ongeveer een derde; 1300 of 1750 / três em cada quatro);
// two grants side by side (€900 for households, €1,500 for shops); other
// years (1968, 1994, 1957, 2018, 2019, 2022, 2024's rise of over 9%);
// a read-also link with 800 parking places; a comment count (14); a fine
// range (€83 to €332) against "up to 332 euro".
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and
// 0 false disagreements; it missed cargo-bike-subsidy's g3en2.txt €1,200
// against €900 (the second English report's household grant was read as a
// row of its own, "grant · €1,200", not matched with the others' €900 for
// households) and station-concourse-revamp's g5nl2.txt 2,400 against 4,200
// (the second Dutch report's "2400 fietsen" stood in a row of its own,
// apart from the "4200 plekken" and "4,200 spaces" of the others). The four
// it flagged were the metro line's 12,4 km, the rent rise's 5,4%, the taxi
// strike's Thursday and the road's eight weeks. No value in wrong was
// respelled and the table keeps its limit of 1 false disagreement.
var heldOutGarua = []heldOutEvent{
	{"metro-automation", map[string]string{
		"g1it.txt": `it|Metro M2, da lunedì si viaggia senza conducente

Morvana | Mobilità

7 ottobre 2030, ore 06:40

Da questa mattina la linea M2 della metropolitana di Morvana viaggia senza conducente. Sui 14,2 chilometri della linea, con 19 stazioni, circolano i 32 nuovi treni automatici costruiti dalla Ferrotek Sistemi, che sostituiscono i convogli in servizio dal 1994.

Nelle ore di punta passerà un treno ogni 90 secondi, contro i tre minuti di prima, e la capacità della linea aumenterà del 30%. La M2 trasporta ogni giorno circa 210.000 passeggeri.

"È il cantiere più importante della città dagli anni Novanta", ha detto la sindaca Carla Benedetti, 54 anni. I lavori, cominciati nel 2026, sono costati 610 milioni di euro, di cui 240 milioni a carico dello Stato. Ad agosto la linea era rimasta chiusa per tre settimane.

I 120 macchinisti della linea non perderanno il posto: sono stati riqualificati come agenti di stazione, ha assicurato l'assessore alla mobilità Davide Sorrentino, 47 anni.

Leggi anche: Parcheggi di interscambio, arrivano 800 nuovi posti`,
		"g1it2.txt": `it|Morvana, la M2 diventa automatica: treni ogni 90 secondi

Cronaca

MORVANA — È partita lunedì mattina, senza intoppi, la prima giornata della M2 senza macchinista. La linea, lunga 14,2 km, è la seconda in Italia a essere convertita alla guida automatica, dopo quattro anni di lavori.

Il costo complessivo è di 610 milioni di euro; lo Stato ne ha messi 240, il resto il Comune e la Regione. I nuovi convogli, 32 in tutto, sono firmati Ferrotek Sistemi.

Secondo l'assessore Davide Sorrentino la frequenza nelle ore di punta scende da tre minuti a 90 secondi, con un aumento della capacità del 30 per cento. Oggi la linea serve oltre 200mila passeggeri al giorno.

La sindaca Carla Benedetti ha viaggiato sul primo treno delle 5.30 insieme a un gruppo di studenti.

di Marco Fedeli`,
		"g1nl.txt": `nl|Italiaanse metrolijn rijdt voortaan zonder bestuurder

Buitenland

Van onze correspondent in Rome

In de Noord-Italiaanse stad Morvana rijdt metrolijn M2 sinds maandag volledig automatisch. Er staan geen bestuurders meer in de cabine: 32 nieuwe treinen van de fabrikant Ferrotek Sistemi vervangen het materieel uit 1994.

In de spits rijdt er voortaan elke 90 seconden een trein, tegen eens per drie minuten vroeger. Daarmee kan de lijn ongeveer een derde meer reizigers vervoeren dan de ruim 200.000 die er nu dagelijks gebruik van maken.

De lijn is 12,4 kilometer lang en telt 19 stations. De ombouw kostte 610 miljoen euro en duurde vier jaar; in augustus lag de lijn drie weken stil.

Burgemeester Carla Benedetti (54) sprak van "het belangrijkste project van de stad sinds de jaren negentig". De 120 bestuurders zijn omgeschoold tot stationsmedewerker.`,
	}, map[string][2]string{"g1nl.txt": {"12.4 km", "14.2 km"}}},
	{"rent-index-rise", map[string]string{
		"g2nl.txt": `nl|Huren vrije sector stijgen minder hard, maar aanbod droogt op

Wonen

17 oktober 2030, 07:00

De huren in de vrije sector zijn in het derde kwartaal met 4,5 procent gestegen ten opzichte van een jaar eerder. Dat blijkt uit de kwartaalcijfers van huurplatform Woonpeil, die donderdag verschenen. In het tweede kwartaal was de stijging nog 5,1 procent.

Een huurder betaalt nu gemiddeld 18,40 euro per vierkante meter per maand. Voor een nieuw gehuurd appartement ligt de gemiddelde maandhuur op 1472 euro.

"De stijging vlakt af, maar er komt gewoon te weinig bij", zegt directeur Marloes Bijleveld van Woonpeil. Het aantal aangeboden huurwoningen daalde met 11 procent tot zo'n 9800.

De sterkste stijging was er in Veldhaven (+7,2 procent). In Oostmeer daalden de huren juist met 1,3 procent.`,
		"g2nl2.txt": `nl|Veldhaven koploper in huurstijging: ruim 7 procent erbij

Regio

VELDHAVEN - Nergens in Nederland stegen de huren het afgelopen jaar zo hard als in Veldhaven. Volgens de nieuwe huurmonitor van Woonpeil betalen nieuwe huurders in de stad 7,2 procent meer dan een jaar geleden.

Landelijk kwam de stijging uit op 4,5 procent, tegen 5,1 procent in het kwartaal ervoor. Ter vergelijking: in 2024 lagen de huren nog ruim 9 procent hoger dan een jaar eerder.

Directeur Marloes Bijleveld wijst op het krimpende aanbod. Landelijk stonden er in het derde kwartaal nog zo'n 9800 vrijesectorwoningen te huur, 11 procent minder dan een jaar eerder.

Wethouder Wonen Gijs Harteveld (41) van Veldhaven noemt de cijfers "zorgelijk". De gemeente wil tot 2035 zo'n 3000 middenhuurwoningen bouwen.

Reageer op dit artikel (14)`,
		"g2en.txt": `en|Dutch rent growth slows to 4.5% as listings shrink

Property | Netherlands

Amsterdam, Oct 17 (Wire)

Rents for new private-sector leases in the Netherlands rose 4.5% in the third quarter from a year earlier, slowing from 5.1% in the second quarter, rental platform Woonpeil said on Thursday.

The average asking rent reached €18.40 per square metre a month, or about €1,470 a month for a typical new lease. The number of homes offered for rent fell 11% to roughly 9,800.

"Growth is flattening, but far too little is being added," Woonpeil director Marloes Bijleveld said.

Veldhaven posted the biggest increase, at 7.2%, while rents in Oostmeer fell 1.3%.`,
		"g2pt.txt": `pt|Rendas nos Países Baixos continuam a subir, mas a um ritmo menor

Imobiliário

17/10/2030

As rendas das novas casas arrendadas no mercado livre neerlandês continuam a subir, embora mais devagar, segundo o relatório trimestral da plataforma Woonpeil, divulgado na quinta-feira.

No terceiro trimestre, a subida homóloga foi de 5,4%, contra 5,1% no trimestre anterior. A renda média pedida chegou a 18,40 euros por metro quadrado por mês.

A oferta de casas para arrendar caiu 11%, para cerca de 9800. "O crescimento está a abrandar, mas constrói-se muito pouco", disse a diretora da Woonpeil, Marloes Bijleveld.

A cidade de Veldhaven registou a maior subida (7,2%).`,
	}, map[string][2]string{"g2pt.txt": {"5.4%", "4.5%"}}},
	{"cargo-bike-subsidy", map[string]string{
		"g3it.txt": `it|Bici cargo, dal 4 marzo le domande per il contributo comunale

Fontebella | Ambiente

28 febbraio 2030

Il Comune di Fontebella rinnova il bonus per l'acquisto di bici cargo. Da lunedì 4 marzo famiglie, negozianti e artigiani potranno chiedere online un contributo pari al 40% del prezzo, fino a un massimo di 900 euro per i privati e di 1.500 euro per le attività.

Il fondo stanziato è di 450.000 euro, contro i 250.000 dello scorso anno, quando le domande accolte erano state 310. "Le risorse finirono in sei settimane, per questo le abbiamo quasi raddoppiate", spiega l'assessora all'ambiente Elena Marchetti.

Le domande si possono presentare fino al 30 giugno o fino a esaurimento dei fondi. Una bici cargo costa in media tra i 3.000 e i 6.000 euro.

Soddisfatta l'associazione Pedalando Fontebella: "Un negozio che consegna in bici toglie un furgone dal centro", dice il presidente Luca Ferri.`,
		"g3en.txt": `en|Fontebella renews cargo bike grants, with a bigger pot

Italy | Local news

Fontebella, Feb 28

The northern Italian city of Fontebella will reopen its subsidy scheme for cargo bikes on Monday, March 4, covering 40% of the purchase price, up to €900 for households and €1,500 for shops and tradespeople.

The city has set aside €450,000 this year, almost double last year's €250,000. The 2029 round funded 310 bikes and ran out of money in six weeks, environment councillor Elena Marchetti said.

Applications can be filed online until June 30, or until the money runs out. Cargo bikes typically cost between €3,000 and €6,000.`,
		"g3en2.txt": `en|Italian city doubles down on cargo bikes

Policy | Cargo

By Anna Whitcombe

Fontebella, a city of about 180,000 in Emilia-Romagna, is putting €450,000 into a second round of cargo bike subsidies, with applications opening on March 4.

The scheme is one of the more generous in Italy. Businesses can claim up to €1,500 towards a bike, and the rebate is capped at 40% of the price.

For private buyers the maximum grant is €1,200, Elena Marchetti, the councillor in charge of the environment, told us. Last year's €250,000 round paid for 310 bikes.

"A shop that delivers by bike takes a van out of the centre," said Luca Ferri, who chairs the local cycling group Pedalando Fontebella.

Tags: Italy, subsidies, cargo bikes, urban logistics`,
	}, map[string][2]string{"g3en2.txt": {"€1,200", "€900"}}},
	{"taxi-drivers-strike", map[string]string{
		"g4pt.txt": `pt|Taxistas de Almadena param 48 horas a partir de quarta-feira

Local | Mobilidade

14 mai 2030 - 18:32

Os taxistas de Almadena iniciam na quarta-feira, às 6h00, uma paralisação de 48 horas contra a falta de limites ao número de carros de plataformas TVDE na cidade. A greve foi convocada pela Associação dos Taxistas de Almadena (ATA).

Segundo o presidente da associação, Joaquim Peres, de 61 anos, deverão aderir cerca de 1300 dos 1750 táxis licenciados no concelho. Estão garantidos serviços mínimos de 150 viaturas para transporte de doentes.

"Há hoje 2400 carros TVDE a circular em Almadena. Pedimos um teto de 900", afirmou Joaquim Peres. Na quarta-feira, às 10h00, uma marcha lenta de cerca de 400 táxis segue até aos Paços do Concelho.

A vereadora da Mobilidade, Sara Gonçalves, de 39 anos, lembrou que a câmara tem marcada uma reunião com o setor para 22 de maio.`,
		"g4pt2.txt": `pt|Greve de táxis em Almadena: 1300 viaturas paradas, prevê associação

Sociedade

Almadena, 14 mai (Agência)

A greve de táxis marcada para quarta-feira em Almadena deverá parar cerca de 1300 viaturas, três em cada quatro táxis da cidade, segundo a associação do setor.

A paralisação dura 48 horas. Os taxistas contestam a decisão da câmara de não limitar o número de carros TVDE, que são atualmente 2400. A associação exige um limite de 900.

O presidente da ATA, Joaquim Peres, garantiu serviços mínimos para os hospitais. A câmara diz estar disponível para negociar.`,
		"g4en.txt": `en|Taxi drivers in Portugal's Almadena to strike over ride-hailing cars

Europe

ALMADENA, Portugal, May 14 -

Taxi drivers in the Portuguese city of Almadena will stop work for 48 hours from 6 a.m. on Wednesday, demanding a cap on the number of ride-hailing cars licensed in the city, their association said on Tuesday.

Around 1,300 of the city's 1,750 licensed taxis are expected to take part, said Joaquim Peres, the 61-year-old president of the Almadena Taxi Drivers' Association. Some 150 cabs will keep running for hospital trips.

There are now 2,400 ride-hailing cars on the city's streets; the drivers want that number capped at 900. Transport councillor Sara Gonçalves, 39, said talks were set for May 22.

Reporting by Tomás Reis; editing by Jane Hollis`,
		"g4it.txt": `it|Portogallo, sciopero dei taxi ad Almadena contro le auto delle piattaforme

Esteri | In breve

14 maggio 2030

Ad Almadena, in Portogallo, i tassisti incrociano le braccia per 48 ore contro la mancanza di un tetto alle auto con conducente delle piattaforme digitali.

Lo sciopero comincia giovedì alle 6 del mattino; secondo l'associazione di categoria aderiranno circa 1.300 dei 1.750 taxi della città. Il presidente Joaquim Peres, 61 anni, chiede di limitare a 900 le auto delle piattaforme, oggi 2.400.

Previsto anche un corteo di circa 400 taxi fino al municipio.`,
	}, map[string][2]string{"g4it.txt": {"Thursday", "Wednesday"}}},
	{"station-concourse-revamp", map[string]string{
		"g5nl.txt": `nl|Nieuwe stationshal Zwaanhoven na drieënhalf jaar open

Zwaanhoven | Verkeer

13 september 2030, 16:45

Na drieënhalf jaar bouwen is de nieuwe stationshal van Zwaanhoven vrijdag officieel geopend. De glazen hal vervangt het stationsgebouw uit 1957, dat in 2027 werd gesloopt.

Onder het stationsplein ligt een nieuwe fietsenstalling met 4200 plekken; de eerste 24 uur stallen is gratis. Het station telt dagelijks zo'n 62.000 reizigers, tegen 48.000 in 2019. In 2040 verwacht de gemeente er 80.000.

De verbouwing kostte 185 miljoen euro. Het Rijk betaalde 95 miljoen, de gemeente 60 miljoen en Spoorbeheer Nederland de rest.

"Dit is eindelijk een entree die past bij de stad", zei wethouder Ruud Verbeek (58). Architect Femke Oudshoorn (44) ontwierp de hal met een dak van hout en glas.`,
		"g5nl2.txt": `nl|Glazen hal en fietskelder: station Zwaanhoven is klaar

Regio

ZWAANHOVEN - Reizigers konden vrijdag voor het eerst door de nieuwe hal van station Zwaanhoven lopen. Aan de verbouwing werd ruim drie jaar gewerkt.

De grootste verandering zit onder de grond. In de nieuwe fietskelder is plaats voor 2400 fietsen, waar het oude stallingsterrein er amper de helft had. Wethouder Ruud Verbeek: "Het fietsenprobleem bij het station is hiermee voorbij."

Het project kostte in totaal 185 miljoen euro, waarvan 60 miljoen van de gemeente. Op een gemiddelde werkdag stappen er ruim 60.000 mensen in of uit.

De hal is ontworpen door de 44-jarige Femke Oudshoorn van Oudshoorn Kalf Architecten.

Foto: de nieuwe stationshal bij de opening. Foto Lies Bakker`,
		"g5en.txt": `en|Dutch city unveils timber-and-glass station hall

Architecture | Transport

Zwaanhoven, 13 September 2030

The Dutch city of Zwaanhoven opened its new railway station hall on Friday, three and a half years after work began. The hall, designed by 44-year-old architect Femke Oudshoorn, replaces a 1957 building that was torn down in 2027.

The €185m project, paid for by the national government (€95m), the city (€60m) and rail infrastructure firm Spoorbeheer Nederland (€30m), also includes an underground bicycle park with 4,200 spaces.

About 62,000 passengers use the station every day, up from 48,000 in 2019, and the city expects 80,000 by 2040.

"At last the city has an entrance it deserves," said Ruud Verbeek, 58, the alderman in charge of the project.`,
	}, map[string][2]string{"g5nl2.txt": {"2,400", "4,200"}}},
	{"flyover-demolition", map[string]string{
		"g6it.txt": `it|Addio alla sopraelevata di corso Aurelio: da lunedì la demolizione

Valbrenna | Cronaca

8 giugno 2030

Lunedì 10 giugno cominciano i lavori di demolizione della sopraelevata di corso Aurelio, il viadotto in cemento lungo 1,3 chilometri costruito nel 1968. Per sei settimane la strada sarà chiusa al traffico e le auto saranno deviate su via Po Vecchio e sulla tangenziale nord.

Sulla sopraelevata passavano ogni giorno circa 28.000 veicoli. L'appalto da 14 milioni di euro è stato vinto dalla Demolizioni Caprera, che lavorerà anche di notte.

"Il 90% delle 22.000 tonnellate di calcestruzzo verrà riciclato", spiega l'ingegnera Sara Lunardi, 38 anni, direttrice dei lavori.

Al posto del viadotto nascerà un viale con 340 alberi e una linea del tram, che sarà pronto entro la fine del 2032. "Restituiamo il corso ai cittadini", dice l'assessore ai lavori pubblici Franco Aliprandi, 63 anni.`,
		"g6en.txt": `en|Italian city starts tearing down 1960s flyover

Europe | Cities

VALBRENNA, Italy, June 8 -

Demolition of a 1.3 km concrete flyover that has loomed over Valbrenna's Corso Aurelio since 1968 will begin on Monday, city officials said, in a plan to replace it with a tree-lined boulevard and a tram line.

The flyover carried about 28,000 vehicles a day. Traffic will be diverted via Via Po Vecchio and the northern ring road.

Contractor Demolizioni Caprera won the €14 million job. Some 22,000 tonnes of concrete will be crushed and 90% of it recycled, site director Sara Lunardi said.

The road will stay shut for eight weeks while crews work day and night, said Franco Aliprandi, the city's 63-year-old councillor for public works. The boulevard, with 340 trees, is due to be finished by the end of 2032.`,
		"g6pt.txt": `pt|Itália: cidade demole viaduto dos anos 60 para dar lugar a avenida arborizada

Mundo | Cidades

08/06/2030 - 11:15

A cidade italiana de Valbrenna começa na segunda-feira a demolir o viaduto de Corso Aurelio, uma estrutura de betão com 1,3 quilómetros construída em 1968, por onde passavam diariamente cerca de 28 mil veículos.

A estrada ficará cortada ao trânsito durante seis semanas. A obra, adjudicada por 14 milhões de euros à empresa Demolizioni Caprera, deverá permitir reciclar 90% das 22 mil toneladas de betão.

No lugar do viaduto nascerá uma avenida com 340 árvores e uma linha de elétrico, que deverá estar concluída no final de 2032.`,
	}, map[string][2]string{"g6en.txt": {"8 weeks", "6 weeks"}}},
	{"vacant-homes-tax", map[string]string{
		"g7pt.txt": `pt|Montegardo triplica IMI das casas devolutas

Local | Habitação

01 out 2030 - 23:10

A Assembleia Municipal de Montegardo aprovou esta terça-feira, com 21 votos a favor e 12 contra, a triplicação do IMI para as casas que estejam vazias há mais de um ano. A taxa passa de 0,35% para 1,05% a partir de 1 de janeiro de 2031.

A câmara identificou 3412 casas devolutas, cerca de 6,6% das 52 mil habitações do concelho. Os proprietários terão 90 dias para contestar a classificação depois de notificados.

A presidente da câmara, Helena Barros, de 58 anos, estima uma receita adicional de 2,8 milhões de euros por ano, que será usada para recuperar 150 casas municipais. "Não podemos ter milhares de casas fechadas quando há famílias à espera de habitação", afirmou.

O líder da oposição, Tiago Meireles, de 36 anos, considerou a medida "uma caça ao proprietário" e lembrou que a lei que a permite existe desde 2019.`,
		"g7en.txt": `en|Portuguese town triples property tax on empty homes

Housing | Europe

Lisbon, Oct 2

Montegardo, a municipality in central Portugal, will triple the property tax on homes left empty for more than a year, after its municipal assembly approved the measure on Tuesday night by 21 votes to 12.

The IMI rate on such homes will rise to 1.05% from 0.35% on January 1, 2031. The council says it has found about 3,400 vacant homes, out of some 52,000 in the municipality.

Mayor Helena Barros, 58, expects the surcharge to bring in €2.8 million a year, money she has earmarked for refurbishing 150 council flats. Owners will have 90 days to challenge the listing.

Opposition leader Tiago Meireles, 36, called it "a hunt on home owners".`,
		"g7it.txt": `it|Portogallo, a Montegardo l'imposta sulle case sfitte triplica

Esteri | Casa

2 ottobre 2030

Il comune portoghese di Montegardo ha deciso di triplicare l'IMI, l'imposta municipale sugli immobili, per le abitazioni vuote da oltre un anno. L'aliquota salirà dallo 0,35% all'1,05% dal 1° gennaio 2031.

Le case sfitte censite sono 3.412. Con il gettito aggiuntivo, stimato in 2,8 milioni di euro l'anno, la sindaca Helena Barros, 58 anni, vuole ristrutturare 150 alloggi popolari.

Il provvedimento è passato in assemblea municipale con 21 voti favorevoli e 12 contrari. Contrario il capo dell'opposizione Tiago Meireles, 36 anni: "È una caccia ai proprietari".`,
	}, nil},
	{"trolleybus-return", map[string]string{
		"g8nl.txt": `nl|Trolleybus na twaalf jaar terug in Dellenburg

Dellenburg | Verkeer

13 april 2030, 12:05

Voor het eerst sinds 2018 rijdt er weer een trolleybus door Dellenburg. Wethouder Inge Schaap (51) gaf zaterdagochtend het startsein op lijn 7, de 9,5 kilometer lange route tussen het centraal station en Hoogveld.

Vervoerder Stadsvervoer Dellenburg zet 18 nieuwe trolleybussen van de fabrikant Hessel Mobility in. Dankzij een accu kunnen ze ook 15 kilometer zonder bovenleiding rijden. Het project kostte 46 miljoen euro, waarvan 12 miljoen uit Europese subsidie.

Onder de eerste passagiers was Hans Mulder (64), die in 2018 de laatste oude trolleybus naar de remise reed. "Ik had niet gedacht dat ik dit nog mee zou maken."

Lijn 7 vervoert zo'n 14.000 reizigers per dag. Dit weekend is meerijden gratis.`,
		"g8en.txt": `en|Trolleybuses return to Dutch city after 12-year break

Transport | Europe

Dellenburg, April 13

Trolleybuses returned to the streets of the Dutch city of Dellenburg on Saturday, twelve years after the old network was shut down in 2018.

Eighteen new battery-equipped vehicles built by Hessel Mobility will run on route 7, a 9.5 km line that carries about 14,000 passengers a day. Their batteries let them cover up to 15 km away from the overhead wires.

The €46 million project received €12 million from the European Union, said alderwoman Inge Schaap, 51.

Rides are free this weekend.`,
		"g8it.txt": `it|Paesi Bassi, a Dellenburg tornano i filobus dopo dodici anni

Mobilità sostenibile

13 aprile 2030

Dodici anni dopo la chiusura della vecchia rete, nel 2018, i filobus sono tornati sabato a Dellenburg, nei Paesi Bassi. Sulla linea 7, lunga 9,5 km, circolano 18 nuovi mezzi della Hessel Mobility dotati di batteria, che consente un'autonomia di 15 km senza linea aerea.

Il progetto è costato 46 milioni di euro, 12 dei quali finanziati dall'Unione europea. La linea trasporta circa 14mila passeggeri al giorno.

Tra i primi passeggeri c'era anche Hans Mulder, 64 anni, l'autista che nel 2018 guidò l'ultimo filobus della vecchia rete.`,
	}, nil},
	{"school-streets", map[string]string{
		"g9nl.txt": `nl|Heverzele verdrievoudigt bijna aantal schoolstraten

Heverzele | Mobiliteit

31 oktober 2030

Na de herfstvakantie, vanaf maandag 4 november, worden in Heverzele 24 straten rond scholen afgesloten voor gemotoriseerd verkeer bij het begin en het einde van de schooldag. Vorig schooljaar waren er nog 9 schoolstraten.

De straten gaan telkens een halfuur dicht, 's ochtends van 8.15 tot 8.45 uur en 's middags van 15.15 tot 15.45 uur. Samen gaan er zo'n 7500 leerlingen naar de scholen in die straten.

"Ouders vroegen er zelf om", zegt schepen van Mobiliteit An Verhulst (45). Bij een bevraging onder 1900 ouders was 71 procent voorstander.

Wie toch met de auto een schoolstraat inrijdt, riskeert een GAS-boete van 58 euro. Een 120-tal vrijwilligers helpt de hekken plaatsen.`,
		"g9nl2.txt": `nl|Vanaf maandag 24 schoolstraten: 'Kinderen moeten veilig naar school kunnen'

Regio

HEVERZELE - Heverzele telt vanaf maandag 24 schoolstraten, vijftien meer dan vorig jaar. Tijdens de schoolspits mogen auto's er niet in.

Schepen An Verhulst (45) verwijst naar een bevraging waarin zeven op de tien ouders zich achter het plan schaarden. "Er gaan 7.500 kinderen naar school in die straten. Hun veiligheid gaat voor."

Buurtbewoners met een garage in een schoolstraat mogen er wel uitrijden, stapvoets. Voor wie de regels overtreedt, is er een boete van 58 euro.

Lees ook: Fietsstraat aan de Vaart blijft, ondanks petitie`,
		"g9en.txt": `en|Belgian town expands car-free 'school streets' to 24

Cities | Belgium

Brussels, Oct 31

Heverzele, a town in Flanders, will close 24 streets outside schools to cars at the start and end of each school day from Monday, up from nine last year.

The streets will be shut for half an hour each time, from 8:15 to 8:45 a.m. and from 3:15 to 3:45 p.m., covering schools with some 7,500 pupils. Drivers who ignore the barriers face a €58 fine.

"Parents asked for this themselves," said An Verhulst, 45, the alderwoman for mobility, citing a survey in which 71% of about 1,900 parents were in favour.`,
	}, nil},
	{"low-emission-zone-widened", map[string]string{
		"g10it.txt": `it|Pradalto, da martedì la zona a basse emissioni si allarga a quasi tutta la città

Pradalto | Ambiente

30 settembre 2030

Da martedì 1° ottobre la zona a basse emissioni di Pradalto passa da 8 a 31 chilometri quadrati e comprende quasi tutta la città all'interno della tangenziale. Non potranno più entrare le auto diesel fino all'Euro 5 e quelle a benzina fino all'Euro 2.

Gli accessi saranno controllati da 186 telecamere. Fino al 31 dicembre è previsto solo un avviso, poi scatteranno multe da 83 a 332 euro. Secondo il Comune i veicoli interessati sono circa 41.000.

Per chi cambia auto c'è un contributo fino a 3.000 euro, con un fondo di 6 milioni. "Nella zona attuale il biossido di azoto è calato del 14% dal 2022", sottolinea l'assessora alla mobilità Chiara Ventura, 42 anni.

Critici i commercianti. "Così si svuota il centro", dice Walter Ruggeri, 66 anni, presidente dell'associazione Commercianti Pradalto.`,
		"g10it2.txt": `it|Zona a basse emissioni quasi quadruplicata, 41mila auto fuori

Lombardia

PRADALTO — Scatta martedì l'allargamento della zona a basse emissioni di Pradalto, che quasi quadruplica: da 8 a 31 km quadrati. Circa 41mila veicoli, secondo le stime del Comune, non potranno più circolare.

Le 186 telecamere ai varchi saranno attive da subito, ma per i primi tre mesi gli automobilisti riceveranno solo un avviso. Dal 2031 multe fino a 332 euro.

L'assessora Chiara Ventura ricorda che chi rottama un vecchio diesel può ottenere fino a 3mila euro.

di Paola Gandini`,
		"g10en.txt": `en|Northern Italian city widens low-emission zone almost fourfold

Environment | Italy

Milan, Sept 30

Pradalto, a city of some 150,000 people in Lombardy, will expand its low-emission zone from 8 to 31 square kilometres on Tuesday, barring older diesel and petrol cars from nearly all of the city inside its ring road.

About 41,000 vehicles will be affected, the city estimates. Drivers will get warnings until the end of the year; after that, fines will range from €83 to €332. The zone is watched by 186 cameras.

"Nitrogen dioxide in the current zone has fallen 14% since 2022," said Chiara Ventura, 42, the councillor for mobility. Owners who scrap an old car can claim up to €3,000 from a €6 million fund.`,
		"g10nl.txt": `nl|Italiaanse stad breidt milieuzone fors uit

Buitenland | Kort

30 september 2030

De milieuzone van de Noord-Italiaanse stad Pradalto wordt dinsdag bijna vier keer zo groot: van 8 naar 31 vierkante kilometer. Diesels tot en met Euro 5 mogen er dan niet meer in.

Volgens de gemeente gaat het om ongeveer 41.000 voertuigen. Tot het eind van het jaar krijgen overtreders alleen een waarschuwing, daarna volgt een boete van 83 tot 332 euro.

Winkeliersvoorzitter Walter Ruggeri (66) vreest dat het centrum leegloopt.`,
	}, nil},
}
