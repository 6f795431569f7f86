package compare

// heldOutBarber is a blind held-out set written without reading the
// extraction, matching or grouping code: ten events of health systems,
// courts, ports and logistics, wildlife and tourism, each reported three
// or four times in English, Portuguese, Dutch and Italian (two Dutch
// reports of the Zandmeren wolf count, two Portuguese of the Serra Alta
// hospital). The topics: a ransomware attack that took the Rijnmeer
// hospital group's systems down for 40 hours, Construtora Alvarenga
// ordered to pay the residents of the cracked Torre Atlântida, container
// traffic at Portomarre down in the first half of 2035, 73 wolves counted
// around De Zandmeren, Castelrovo charging day-trippers €5 to enter,
// dockworkers at Aldemar striking from 18 to 22 March, the new Serra Alta
// hospital opening, Navalmare's former chief sentenced for its
// bankruptcy, a record of flamingo pairs nesting at Vale Fundo, and
// Havelstad capping cruise calls at 100 a year.
//
// Six contradictions are planted, one in each of the first six events and
// all outside the first paragraph: a duration (bb1it: "i sistemi sono
// rimasti offline per 30 ore" against the 40 hours of "40 uur plat", the
// English "for 40 hours" and "durante 40 horas"); an amount (bb2nl: "in
// totaal 6,8 miljoen euro betalen" against "4,8 milhões de euros" and
// "€4.8 million"); a percentage (bb3pt: "O tráfego de contentores caiu
// 19%" against 14% in the Italian, the English and "veertien procent");
// a count (bb4en: "The provincial survey found 83 wolves" against 73 in
// both Dutch reports and the Italian); an age (bb5nl: "De 42-jarige
// burgemeester Giulia Ferrante" against "52 anni", "a 52-year-old former
// schoolteacher" and "de 52 anos"); a date (bb6it: "Lo sciopero scatterà
// l'8 marzo" against 18 March in the Portuguese, English and Dutch). The
// last four events hold none.
//
// Traps that are no contradiction: 40 hours from Sunday 23:00 to Tuesday
// afternoon, ambulances turned away for twelve hours ("twaalf uur",
// "doze horas", "dodici ore"), "Ruim drieduizend" and "more than 3,000"
// for 3,200 appointments, 140 operations, 1,100 beds and 6,400 staff, a
// chairman of 59, an earlier attack in 2031, attacks "quase duplicaram"
// in three years, catching up until mid-December, "ontem" in a report
// without dateline. €4.8 million against €11 million sought, €350,000 of
// costs ("350 mil", "zo'n 350.000"), repairs of €2.1 million, 212
// residents, 18 storeys ("achttien verdiepingen"), 30 days to appeal
// ("dertig dagen"), evacuated in 2034 "three years ago", a chairman of
// 66, "ontem" in a Tuesday paper and "on Monday". 14% beside
// transhipment down 22% and domestic cargo down 3%, 8% to 10% forecast
// for the year after growth of 6% in 2034, cruise passengers up 12% to
// "quasi 640 mila", "one box in five" by rail, about 1.9 million TEU, a
// €410 million breakwater due in 2038, a president of 61, "ieri" against
// Thursday. 73 wolves against 61 last year ("twaalf meer"), eleven packs,
// 24 pups ("Twenty-four"), more than 900 droppings, 140 sheep killed,
// €310,000 ("ruim drie ton", "310 mila"), two wolves killed by cars, nine
// sheep in one night, a fence of 1.20 metres, an ecologist of 44 and a
// farmer of 57, over 3,000 wolves in Italy, "gisteren" and Wednesday. A
// mayor of 52 beside a hotelier of 67 and a visitor of 34, €5 and €10
// ("cinco euros", "dez euros") on 29 peak days, from 1 April to 31
// October, children under 14, 4,200 residents, 2.3 million visitors of
// whom 1.6 million day-trippers, about €3 million a year, 11 votes to 4.
// A strike from 18 to 22 March ("de 18 a 22", "van 18 tot en met 22
// maart") of five days ("cinque giorni") from Saturday to Wednesday,
// announced on Monday 6 March ("ontem" in a 7 March paper), 1,100
// workers, 6.5% wanted against 3% offered, €600 one-off, fourteen ships
// ("veertien"), 900,000 containers, a nine-day strike in 2032, ten days'
// notice, union president of 48 and employers' president of 61. 420 beds
// of which 36 intensive care, €180 million against €140 million budgeted
// ("cerca de 40 milhões acima"), 85 patients moved on Sunday ("Over the
// weekend", "Ontem" in a Monday paper) in about eleven hours, an
// emergency department opening on 10 September, 900 of 1,300 staff, a
// hospital of 1968 ("from the 1960s"), 310,000 people, a minister of 57,
// a director of 49 and a mayor of 63, "abriu ontem" in a Tuesday paper
// against "abre hoje" in a Monday one. Six years and four months against
// nine years sought and three years for the finance director,
// defendants of 63 and 58, €620 million of debts, €85 million
// confiscated, about 1,400 creditors, two Dutch banks owed €40 million,
// 38 ships, 90 days ("negentig dagen"), 2027 to 2030, 2031, "ieri" in a
// Saturday paper against Friday. About 2,400 pairs as "nearly 4,800 adult
// birds", about 1,700 last year, a record of 2,050 pairs in 2031 (Dutch
// "2050 paren"), about 1,950 chicks ("bijna tweeduizend"), 600 ringed
// ("zeshonderd") by 140 volunteers on Saturday, 1,200 hectares, restored
// from 2028 to 2032, a biologist of 38 and a volunteer of 71 since 14
// years ("veertien jaar"). At most 100 calls ("honderd", "cento") from
// 2038 against 190 last year, a tax from €8 to €14, 520,000 passengers
// ("ruim een half miljoen"), 29 votes to 16, a terminal moving by 2041,
// 1,200 jobs, an alderwoman of 46 and a spokesman of 55, Thursday
// evening in a Friday paper.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions
// and 1 false disagreement. It flagged the outage (duration "hospitals":
// bb1it's "30 ore" against "40 hours" in bb1en and "40 horas" in bb1pt),
// the damages (amount "betalen": bb2nl's "6,8 miljoen euro" against
// "€4.8 million" and "4,8 milhões de euros"), the wolves (count
// "wolven": bb4en's "83 wolves" against "73 wolven" twice and "73 lupi")
// and the strike's start (date "begint": bb6it's "8 marzo" against
// "March 18" and "18 maart"). It missed Portomarre's fall ("missed
// bb3pt.txt's 19% against 14%") and the mayor's age ("missed bb5nl.txt's
// 42 years against 52 years"): no disagreement was flagged in either
// event. The false one was a trap: the hospital's weekdays, 'date
// "transferidos": bb7en: Monday; bb7pt: domingo', the Portuguese "Os
// primeiros 85 doentes foram transferidos no domingo" (the day patients
// were moved) set against the English "opened a new 420-bed hospital ...
// on Monday" (the day it opened). One is within the limit of one the
// table held when the texts were frozen. Grouped with the other sets,
// its 36 reports of 10 events were grouped exactly, into their 10 events
// (all 171 sets: precision 1.000, recall 0.936, F1 0.967; 66 sets grouped
// exactly). The prescribed commands were run once each; nothing changed
// after the run but this comment.
var heldOutBarber = []heldOutEvent{
	{"rijnmeer-hospital-ransomware", map[string]string{
		"bb1nl.txt": `nl|Ziekenhuisgroep Rijnmeer na hackaanval weer online

Binnenland | Zorg

Haverdam, woensdag 12 november 2036

De computersystemen van Ziekenhuisgroep Rijnmeer werken weer. Na een aanval met gijzelsoftware lagen de systemen van de twee ziekenhuizen in Haverdam en Oostwold 40 uur plat, van zondagavond 23.00 uur tot dinsdagmiddag.

Artsen en verpleegkundigen moesten terugvallen op pen en papier. De spoedeisende hulp in Haverdam nam twaalf uur lang geen ambulances aan; patiënten werden naar ziekenhuizen in de regio gebracht. Ruim drieduizend afspraken en 140 geplande operaties werden uitgesteld.

"We hebben nooit losgeld betaald en dat gaan we ook niet doen", zei bestuursvoorzitter Pieter van Aalst (59) dinsdagavond. Volgens hem zijn er geen aanwijzingen dat patiëntgegevens zijn buitgemaakt, maar het onderzoek loopt nog.

De groep, met samen zo'n 1.100 bedden en 6.400 medewerkers, werd in 2031 ook al eens getroffen door een aanval, toen bleven de gevolgen beperkt tot het e-mailsysteem. De Autoriteit Persoonsgegevens is ingelicht. Het inhalen van de uitgestelde afspraken kan volgens het ziekenhuis tot half december duren.`,
		"bb1en.txt": `en|Dutch hospital group back online after 40-hour ransomware outage

Haverdam, Netherlands (November 12, 2036)

A ransomware attack knocked out the computer systems of two Dutch hospitals for 40 hours this week, forcing staff back to paper charts and postponing more than 3,000 appointments.

The Rijnmeer hospital group, which runs hospitals in Haverdam and Oostwold, said the attack began late on Sunday and its systems were restored on Tuesday afternoon. For twelve hours its emergency department in Haverdam turned away ambulances, which were sent to neighbouring cities.

Some 3,200 outpatient appointments and 140 planned operations were called off, a spokeswoman, Marloes Dekkerman, said. "Patients whose care was urgent were all seen," she added.

Chairman Pieter van Aalst, 59, said the group had not paid a ransom and would not do so. Investigators have so far found no sign that patient records were stolen.

The group has about 1,100 beds and 6,400 employees. It was hit by a smaller attack in 2031, which affected only e-mail. Catching up on the delayed appointments could take until mid-December, the hospital said.`,
		"bb1pt.txt": `pt|Ataque informático paralisa dois hospitais nos Países Baixos

Internacional

Um ataque com software de sequestro (ransomware) deixou sem sistemas informáticos, durante 40 horas, os dois hospitais do grupo Rijnmeer, no leste dos Países Baixos, obrigando médicos e enfermeiros a trabalhar em papel.

O ataque começou na noite de domingo e os sistemas só voltaram a funcionar na terça-feira à tarde, informou o grupo hospitalar. Durante doze horas, as urgências do hospital de Haverdam deixaram de receber ambulâncias.

Foram adiadas cerca de 3.200 consultas e 140 cirurgias programadas. O presidente do conselho de administração, Pieter van Aalst, de 59 anos, garantiu ontem que não foi pago qualquer resgate.

O grupo, com cerca de 1.100 camas e 6.400 trabalhadores, já tinha sofrido um ataque em 2031, então limitado ao correio eletrónico. Nos Países Baixos, os ataques a hospitais quase duplicaram nos últimos três anos, segundo dados oficiais.

Segundo a porta-voz Marloes Dekkerman, todos os doentes urgentes foram atendidos. A recuperação das consultas adiadas poderá prolongar-se até meados de dezembro.`,
		"bb1it.txt": `it|Olanda, hacker bloccano due ospedali: tornati al lavoro con carta e penna

Esteri

L'AIA - Un attacco ransomware ha messo fuori uso i sistemi informatici di due ospedali olandesi del gruppo Rijnmeer, a Haverdam e Oostwold, costringendo medici e infermieri a lavorare con carta e penna.

Secondo il gruppo, i sistemi sono rimasti offline per 30 ore, dalla tarda serata di domenica fino a martedì pomeriggio. Per dodici ore il pronto soccorso di Haverdam non ha accettato ambulanze, dirottate verso altre città.

Rinviate circa 3.200 visite ambulatoriali e 140 interventi chirurgici. "Non abbiamo pagato nessun riscatto e non lo faremo", ha detto il presidente Pieter van Aalst, 59 anni. Per ora non risultano furti di dati dei pazienti, ma le indagini proseguono.

Il gruppo conta circa 1.100 posti letto e 6.400 dipendenti; già nel 2031 era stato colpito da un attacco, limitato però alla posta elettronica. Per recuperare tutte le visite rinviate servirà fino a metà dicembre.`,
	}, map[string][2]string{"bb1it.txt": {"30 hours", "40 hours"}}},
	{"alvarenga-tower-damages", map[string]string{
		"bb2pt.txt": `pt|Tribunal condena Construtora Alvarenga a pagar 4,8 milhões aos moradores da Torre Atlântida

Sociedade | Justiça

Vila Serrana, 17 de fevereiro de 2037

O Tribunal Judicial de Vila Serrana condenou ontem a Construtora Alvarenga a pagar 4,8 milhões de euros de indemnização aos moradores da Torre Atlântida, o prédio de 18 andares evacuado em 2034 por causa de fissuras na estrutura.

Os 212 moradores, organizados numa associação, pediam 11 milhões de euros. A juíza Helena Quaresma considerou provado que a construtora usou betão de qualidade inferior à prevista no projeto, mas rejeitou parte dos pedidos por danos morais.

A empresa terá ainda de suportar cerca de 350 mil euros em custas judiciais. "Não é tudo o que pedimos, mas é uma vitória", disse o presidente da associação, Rui Mesquita, de 66 anos, à saída do tribunal.

A Construtora Alvarenga tem 30 dias para recorrer para o Tribunal da Relação e, segundo o seu advogado, "vai certamente fazê-lo". Os moradores vivem há quase três anos em casas arrendadas; as obras de reforço do prédio, orçadas em 2,1 milhões, ainda não começaram.`,
		"bb2en.txt": `en|Portuguese builder ordered to pay €4.8m over cracked tower block

A court in Vila Serrana, Portugal, has ordered the construction firm Construtora Alvarenga to pay €4.8 million in damages to the residents of an 18-storey tower that was evacuated three years ago after cracks appeared in its structure.

Judge Helena Quaresma ruled on Monday that the firm had used concrete weaker than the design required. The 212 residents of the Torre Atlântida had sought €11 million, but the judge rejected most of their claims for distress.

Alvarenga must also pay about €350,000 in legal costs. It has 30 days to appeal, and its lawyer, Duarte Pimentel, said it would.

"Nobody gives us back three years of our lives, but today the court listened," said Rui Mesquita, 66, who chairs the residents' association. Most residents have been living in rented flats since the evacuation in 2034. Repairs to the building, estimated at €2.1 million, have not begun.`,
		"bb2nl.txt": `nl|Portugese bouwer moet bewoners van gescheurde woontoren schadevergoeding betalen

Buitenland

Een rechtbank in het Portugese Vila Serrana heeft bouwbedrijf Construtora Alvarenga veroordeeld tot het betalen van een schadevergoeding aan de bewoners van een woontoren met scheuren in het beton.

Het bedrijf moet de 212 bewoners van de Torre Atlântida in totaal 6,8 miljoen euro betalen, oordeelde rechter Helena Quaresma. De bewoners hadden 11 miljoen euro geëist. Volgens de rechter gebruikte de bouwer beton van mindere kwaliteit dan in het ontwerp stond.

De flat van achttien verdiepingen werd in 2034 ontruimd. Sindsdien wonen de meeste bewoners in huurwoningen. Het herstel van het gebouw wordt geschat op 2,1 miljoen euro.

Alvarenga moet ook de proceskosten van zo'n 350.000 euro betalen en kan binnen dertig dagen in hoger beroep gaan. Volgens zijn advocaat gaat het bedrijf dat zeker doen. "Het is niet alles, maar het is een overwinning", zei bewonersvoorzitter Rui Mesquita (66).`,
	}, map[string][2]string{"bb2nl.txt": {"€6.8 million", "€4.8 million"}}},
	{"portomarre-container-slump", map[string]string{
		"bb3it.txt": `it|Porto di Portomarre, container in calo del 14% nel primo semestre

Economia | Trasporti

PORTOMARRE - Brusca frenata per il porto di Portomarre: nei primi sei mesi del 2035 il traffico container è sceso del 14% rispetto allo stesso periodo dell'anno scorso, a circa 1,9 milioni di TEU. Lo ha comunicato ieri l'Autorità di sistema portuale.

A pesare è soprattutto il transhipment, cioè i container che passano da una nave all'altra senza toccare terra, crollato del 22% dopo che la compagnia Meridia Shipping ha spostato due linee verso un porto concorrente. Il traffico destinato al mercato interno ha invece tenuto, con un calo di appena il 3%.

"È un semestre difficile, ma non è una crisi strutturale", ha detto il presidente dell'Autorità, Marco Lavezzi, 61 anni. Per l'intero anno l'Autorità prevede un calo tra l'8 e il 10%, dopo la crescita del 6% registrata nel 2034.

In controtendenza le crociere: i passeggeri sono aumentati del 12%, a quasi 640 mila. Intanto proseguono i lavori sulla nuova diga foranea, da 410 milioni di euro, che dovrebbero concludersi nel 2038.`,
		"bb3en.txt": `en|Portomarre container traffic falls 14% as carrier shifts routes

Shipping

Container volumes at the Italian port of Portomarre fell 14% in the first half of 2035, the port authority said on Thursday, after a major carrier moved two services to a rival hub.

The port handled about 1.9 million twenty-foot equivalent units (TEU) between January and June. Transhipment, the switching of boxes between ships, dropped 22% after Meridia Shipping redeployed two Asia-Mediterranean loops. Cargo bound for Italian customers slipped only 3%.

Port authority president Marco Lavezzi, 61, called it "a difficult half, not a structural crisis". The authority expects volumes for the full year to end between 8% and 10% lower, after growth of 6% in 2034.

Cruise traffic moved the other way, with passenger numbers up 12% to nearly 640,000. Work continues on a €410 million breakwater due for completion in 2038.

Lavezzi said talks were under way with two other carriers to fill the gap, and that the port's rail terminal, which moves about one box in five inland, had not been affected.`,
		"bb3nl.txt": `nl|Italiaanse haven Portomarre verliest 14 procent containers

Economie | Havens

De Italiaanse haven Portomarre heeft in het eerste halfjaar van 2035 veertien procent minder containers overgeslagen dan een jaar eerder. Het ging om ongeveer 1,9 miljoen TEU, maakte het havenbedrijf donderdag bekend.

De klap komt vooral van de overslag van schip op schip, die met 22 procent daalde nadat rederij Meridia Shipping twee lijndiensten naar een concurrerende haven verlegde. De lading voor de Italiaanse markt zelf daalde met 3 procent.

Havenvoorzitter Marco Lavezzi (61) verwacht over heel 2035 een daling van 8 tot 10 procent. Vorig jaar groeide de haven nog met 6 procent.

Voor Rotterdam en Antwerpen is de terugval in Portomarre vooralsnog geen reden tot zorg, zeggen analisten. Een deel van de lading die via Zuid-Europa kwam, zou eerder juist naar het noorden kunnen verschuiven.

Lavezzi zegt met twee andere rederijen te praten om het gat te vullen. Intussen wordt gewerkt aan een nieuwe golfbreker van 410 miljoen euro, die in 2038 klaar moet zijn. Het aantal cruisepassagiers steeg wel, met 12 procent.`,
		"bb3pt.txt": `pt|Porto italiano de Portomarre perde contentores no primeiro semestre

Economia

O porto italiano de Portomarre, um dos maiores concorrentes de Sines no Mediterrâneo, movimentou cerca de 1,9 milhões de TEU no primeiro semestre, anunciou na quinta-feira a autoridade portuária.

O tráfego de contentores caiu 19% em relação aos primeiros seis meses de 2034. O transbordo, a passagem de contentores de um navio para outro, recuou 22% depois de a Meridia Shipping ter transferido duas linhas para outro porto, enquanto a carga destinada ao mercado italiano desceu 3%.

O presidente da autoridade portuária, Marco Lavezzi, de 61 anos, falou de "um semestre difícil, mas não de uma crise estrutural" e prevê uma quebra de 8% a 10% no conjunto do ano.

Os cruzeiros cresceram 12%, para quase 640 mil passageiros.

Em 2034, Portomarre tinha crescido 6%. A autoridade portuária está a negociar com outros dois armadores para compensar a perda das linhas da Meridia, e as obras do novo quebra-mar, de 410 milhões de euros, devem terminar em 2038.`,
	}, map[string][2]string{"bb3pt.txt": {"19%", "14%"}}},
	{"zandmeren-wolf-count", map[string]string{
		"bb4nl.txt": `nl|Aantal wolven in De Zandmeren gestegen naar 73

Natuur

Arnhoven, 14 september 2033

In en rond Nationaal Park De Zandmeren leven nu 73 wolven, verdeeld over elf roedels. Dat blijkt uit de jaarlijkse telling van de provincie, die woensdag werd gepresenteerd. Vorig jaar ging het nog om 61 dieren.

Dit voorjaar zijn in het gebied 24 welpen geboren. De onderzoekers baseren de telling op DNA uit ruim negenhonderd uitwerpselen en op beelden van wildcamera's. "Het gebied raakt langzaam vol", zegt ecoloog Sanne Verhoef (44). "Jonge wolven trekken nu verder weg om een eigen territorium te zoeken."

Dat merken ook de schapenhouders. Dit jaar werden in de regio 140 schapen gedood, de provincie betaalde daarvoor zo'n 310.000 euro schadevergoeding. Twee wolven kwamen om in het verkeer.

Gedeputeerde Hein Rademaker wil dat er meer geld komt voor wolfwerende hekken. Een motie om wolven te mogen afschieten haalde in juni geen meerderheid in Provinciale Staten.`,
		"bb4en.txt": `en|Wolf numbers climb in Dutch national park

The number of wolves living in and around De Zandmeren national park in the Netherlands has risen to a record, according to an annual count published on Wednesday.

The provincial survey found 83 wolves in eleven packs, up from 61 last year. Twenty-four pups were born this spring. Researchers used DNA from more than 900 droppings and footage from camera traps.

"The area is slowly filling up," said ecologist Sanne Verhoef, 44. "Young wolves are now roaming further to find territories of their own."

Sheep farmers in the region lost 140 animals to wolves this year, and the province paid about €310,000 in compensation. Two wolves were killed by cars.

A proposal to allow culling was voted down by the provincial council in June. Provincial minister Hein Rademaker wants more money for wolf-proof fencing instead.

Sheep farmer Gerda Looman, 57, from Meerveld, lost nine sheep in a single night in August. "My fence is 1.2 metres high, but it doesn't always help," she said.`,
		"bb4nl2.txt": `nl|Wolf rukt op: 73 dieren rond De Zandmeren

Regio

De wolvenpopulatie rond De Zandmeren blijft groeien. De provinciale telling, gisteren gepresenteerd, komt uit op 73 wolven, twaalf meer dan vorig jaar. Ze leven in elf roedels.

Er werden dit jaar 24 jongen geboren. Schapenhoudster Gerda Looman (57) uit Meerveld verloor in augustus in één nacht negen schapen. "Ik heb een hek van 1,20 meter, maar dat helpt niet altijd", zegt ze.

In totaal werden in de regio 140 schapen doodgebeten. De provincie keerde ruim drie ton aan schadevergoeding uit.

Volgens ecoloog Sanne Verhoef is het gebied bijna verzadigd. "Met elf roedels is er weinig plek meer voor nieuwe."

De telling is gebaseerd op DNA uit ruim negenhonderd uitwerpselen en op beelden van wildcamera's. Twee wolven werden dit jaar doodgereden. Gedeputeerde Hein Rademaker wil meer geld voor wolfwerende hekken; een voorstel om wolven af te schieten sneuvelde in juni in Provinciale Staten.`,
		"bb4it.txt": `it|Paesi Bassi, i lupi del parco De Zandmeren salgono a 73

Ambiente

Nel parco nazionale olandese De Zandmeren e nei dintorni vivono ormai 73 lupi, divisi in undici branchi: lo rivela il censimento annuale della provincia, presentato mercoledì. Un anno fa erano 61.

In primavera sono nati 24 cuccioli. Il conteggio si basa sul DNA di oltre 900 campioni di escrementi e sulle fototrappole. "L'area si sta lentamente riempiendo", spiega l'ecologa Sanne Verhoef, 44 anni.

Gli allevatori della zona hanno perso 140 pecore, con risarcimenti per circa 310 mila euro. Due lupi sono morti investiti. Una proposta di abbattimento è stata respinta a giugno dal consiglio provinciale.

Tra le vittime c'è Gerda Looman, 57 anni, allevatrice di Meerveld, che ad agosto ha perso nove pecore in una sola notte. L'assessore provinciale Hein Rademaker chiede più fondi per le recinzioni anti-lupo. Anche in Italia, dove i lupi sono stimati in oltre 3.000, il dibattito sugli abbattimenti resta acceso.`,
	}, map[string][2]string{"bb4en.txt": {"83", "73"}}},
	{"castelrovo-day-tripper-fee", map[string]string{
		"bb5it.txt": `it|Castelrovo, dal primo aprile si paga per entrare: ticket da 5 euro per i turisti giornalieri

Cronaca | Turismo

CASTELROVO - Dal primo aprile chi visita Castelrovo in giornata dovrà pagare un biglietto d'ingresso di 5 euro, che salirà a 10 euro nei 29 giorni di punta. Lo ha deciso ieri sera il consiglio comunale, con 11 voti a favore e 4 contrari.

"Non vogliamo chiudere il paese, vogliamo che resti vivibile per chi ci abita", ha detto la sindaca Giulia Ferrante, 52 anni, che ha proposto la misura. Il borgo, 4.200 residenti, accoglie ogni anno circa 2,3 milioni di visitatori, di cui 1,6 milioni in giornata.

Il ticket varrà dal primo aprile al 31 ottobre; sono esenti i residenti della provincia, i minori di 14 anni e chi pernotta in albergo. Il Comune conta di incassare circa 3 milioni di euro all'anno, destinati a trasporti e pulizia.

Critico il presidente degli albergatori, Aldo Renzi, 67 anni: "Rischiamo di spaventare proprio i turisti che poi tornano a dormire qui".`,
		"bb5en.txt": `en|Italian hill town to charge day-trippers €5 to enter

The Italian hill town of Castelrovo will charge day visitors €5 to enter from April 1, its council decided, joining a small group of European destinations trying to tame mass tourism.

The fee will double to €10 on 29 peak days. Residents of the province, children under 14 and overnight hotel guests will be exempt. The scheme runs from April to the end of October.

Mayor Giulia Ferrante, a 52-year-old former schoolteacher, said the town of 4,200 people needed to "remain a place where people live, not just a backdrop". Castelrovo receives about 2.3 million visitors a year, some 1.6 million of whom do not stay the night.

The town expects to raise about €3 million a year. The council approved the plan by 11 votes to 4.

"I'd pay it, it's less than a coffee and a pastry," said Emma Holt, 34, a visitor from Leeds. Hoteliers are less convinced: their association's president, Aldo Renzi, 67, warned the charge could drive away visitors who later come back for longer stays.`,
		"bb5pt.txt": `pt|Vila italiana de Castelrovo vai cobrar entrada aos turistas

Turismo

A partir de 1 de abril, quem visitar Castelrovo, no centro de Itália, apenas durante o dia terá de pagar cinco euros para entrar na vila. Nos 29 dias de maior afluência, o bilhete custará dez euros.

A medida foi aprovada pela câmara municipal por 11 votos contra 4 e foi proposta pela presidente da câmara, Giulia Ferrante, de 52 anos. "Queremos que a vila continue a ser um sítio onde se vive", afirmou.

Castelrovo, com 4.200 habitantes, recebe cerca de 2,3 milhões de visitantes por ano. A autarquia espera arrecadar à volta de três milhões de euros por ano, que serão gastos em transportes e limpeza.

A taxa vigora até 31 de outubro. Estão isentos os menores de 14 anos e os hóspedes dos hotéis.

O presidente da associação de hoteleiros, Aldo Renzi, de 67 anos, teme que a taxa afaste os turistas que depois regressam para ficar mais tempo. Cerca de 1,6 milhões dos visitantes anuais não pernoitam na vila.`,
		"bb5nl.txt": `nl|Italiaans bergdorp vraagt entree van dagjesmensen

Reizen

Toeristen die het Italiaanse bergdorp Castelrovo alleen voor een dag bezoeken, moeten vanaf 1 april 5 euro entree betalen. Op 29 drukke dagen wordt dat 10 euro.

De 42-jarige burgemeester Giulia Ferrante, die het plan bedacht, wil dat het dorp "leefbaar blijft voor de mensen die er wonen". Castelrovo telt 4200 inwoners en krijgt jaarlijks zo'n 2,3 miljoen bezoekers, van wie 1,6 miljoen dagjesmensen.

Wie in een hotel overnacht, hoeft niet te betalen, net als kinderen onder de 14. De regeling geldt tot eind oktober. De gemeente verwacht er jaarlijks ongeveer 3 miljoen euro mee op te halen.

De hoteliers zijn kritisch. Volgens hun voorzitter Aldo Renzi (67) schrikt de maatregel juist toeristen af die later terugkomen voor een langer verblijf.

Het besluit werd in de gemeenteraad genomen met 11 stemmen voor en 4 tegen. Het dorp volgt daarmee het voorbeeld van enkele andere Europese bestemmingen die dagtoeristen laten betalen.`,
	}, map[string][2]string{"bb5nl.txt": {"42 years", "52 years"}}},
	{"aldemar-dockers-strike", map[string]string{
		"bb6pt.txt": `pt|Estivadores do porto de Aldemar em greve de 18 a 22 de março

Economia | Portos

Aldemar, 7 de março de 2034

Os estivadores do porto de Aldemar vão fazer greve entre 18 e 22 de março, anunciou ontem o Sindicato dos Trabalhadores Portuários (SINPOR), depois de falharem as negociações salariais com as empresas de estiva.

O sindicato, que representa cerca de 1.100 trabalhadores, exige um aumento de 6,5%, enquanto as empresas oferecem 3%. "Não nos deixaram outra alternativa", disse a presidente do SINPOR, Carla Fontes, de 48 anos.

A paralisação de cinco dias começa às 8h00 de sábado, dia 18, e termina às 24h00 de quarta-feira, dia 22. A associação dos operadores portuários estima que pelo menos 14 navios terão de ser desviados para outros portos.

O porto de Aldemar movimenta cerca de 900 mil contentores por ano. A última greve, em 2032, durou nove dias e provocou atrasos nas exportações durante semanas.`,
		"bb6en.txt": `en|Dockworkers at Portugal's Aldemar port to strike from March 18

Lisbon (March 6, 2034)

Dockworkers at the Portuguese port of Aldemar will strike for five days from March 18 after wage talks with stevedoring companies collapsed, their union said on Monday.

The SINPOR union, which represents about 1,100 workers, is demanding a 6.5% pay rise; employers have offered 3%. The walkout will start on Saturday, March 18, and end at midnight on Wednesday, March 22.

"They left us no choice," union president Carla Fontes, 48, told reporters. Port operators said at least 14 ships would be diverted to other ports.

Aldemar handles around 900,000 containers a year and is a key gateway for exports of paper, cork and car parts. A nine-day strike in 2032 caused weeks of delays.

Employers' association president Jorge Amaral, 61, called the 6.5% demand unaffordable and said the 3% offer came on top of a one-off payment of €600 per worker. Under Portuguese law, unions must give ten days' notice of a strike.`,
		"bb6it.txt": `it|Portogallo, sciopero dei portuali ad Aldemar

Esteri | Economia

LISBONA - I lavoratori del porto portoghese di Aldemar incroceranno le braccia per cinque giorni dopo il fallimento delle trattative sui salari, ha annunciato lunedì il sindacato SINPOR.

Lo sciopero scatterà l'8 marzo e durerà fino al 22 marzo, secondo il sindacato, che rappresenta circa 1.100 portuali. Le richieste sono di un aumento del 6,5%, contro il 3% offerto dalle imprese.

"Non ci hanno lasciato scelta", ha detto la presidente del sindacato, Carla Fontes, 48 anni. Almeno 14 navi dovranno essere dirottate verso altri scali.

Aldemar movimenta circa 900 mila container l'anno. L'ultimo sciopero, nel 2032, era durato nove giorni.

Il porto è uno snodo chiave per l'export portoghese di carta, sughero e componenti auto, e anche alcune aziende italiane che importano sughero temono ritardi. Secondo il sindacato, lo sciopero comincerà alle 8 del mattino del primo giorno e terminerà a mezzanotte dell'ultimo.`,
		"bb6nl.txt": `nl|Havenstaking in Portugal: Aldemar ligt vijf dagen stil

Economie

Havenarbeiders in het Portugese Aldemar leggen van 18 tot en met 22 maart het werk neer. Dat heeft vakbond SINPOR maandag bekendgemaakt, na mislukte cao-onderhandelingen.

De bond, die zo'n 1100 havenwerkers vertegenwoordigt, wil 6,5 procent loonsverhoging. De werkgevers bieden 3 procent. "Ze hebben ons geen keus gelaten", zei voorzitter Carla Fontes (48).

Volgens de havenbedrijven moeten minstens veertien schepen uitwijken naar andere havens. Ook Nederlandse verladers die via Aldemar papier en kurk importeren, houden rekening met vertraging.

Aldemar verwerkt jaarlijks ongeveer 900.000 containers. Bij de vorige staking, in 2032, lag de haven negen dagen stil.

De staking begint zaterdag 18 maart om 8.00 uur en duurt tot woensdagnacht 24.00 uur. De werkgevers noemen de eis van 6,5 procent onbetaalbaar en wijzen erop dat ze naast de 3 procent ook een eenmalige uitkering van 600 euro per werknemer bieden.

Werkgeversvoorzitter Jorge Amaral (61) hoopt de staking nog te voorkomen. "Onze deur staat open", zei hij.`,
	}, map[string][2]string{"bb6it.txt": {"8 March", "18 March"}}},
	{"serra-alta-hospital-opens", map[string]string{
		"bb7pt.txt": `pt|Novo Hospital de Serra Alta recebeu os primeiros doentes

Saúde

Serra Alta, 4 de setembro de 2035

O novo Hospital de Serra Alta abriu ontem as portas, com 420 camas, das quais 36 de cuidados intensivos. A obra custou 180 milhões de euros, bem acima dos 140 milhões previstos quando o concurso foi lançado, em 2031.

Os primeiros 85 doentes foram transferidos no domingo do velho hospital distrital, construído em 1968, numa operação que mobilizou 30 ambulâncias e durou cerca de onze horas. A urgência só abre no dia 10, uma semana depois do resto do hospital.

"Esperámos muitos anos por este dia", disse a ministra da Saúde, Teresa Valadares, de 57 anos, na inauguração. O hospital vai servir cerca de 310 mil pessoas.

Dos 1.300 profissionais previstos, cerca de 900 já foram contratados. O diretor clínico, Nuno Brás, de 49 anos, admite que faltam sobretudo enfermeiros e anestesistas: "Vamos abrir os serviços de forma gradual até ao fim do ano."`,
		"bb7en.txt": `en|Portugal opens €180m hospital in Serra Alta

Portugal's health minister opened a new 420-bed hospital in the inland district of Serra Alta on Monday, replacing a building from the 1960s that had long struggled with leaking roofs and crowded wards.

The hospital, which cost €180 million against an original budget of €140 million, has 36 intensive care beds and will serve some 310,000 people. Its emergency department will open on September 10.

Over the weekend, 85 patients were moved by ambulance from the old district hospital, built in 1968. The transfer took around eleven hours.

"We waited many years for this day," said Health Minister Teresa Valadares, 57. About 900 of the planned 1,300 staff have been hired so far; the medical director, Nuno Brás, 49, said services would open in stages until the end of the year, as the hospital is still short of nurses and anaesthetists.

The old hospital will be turned into a unit for long-term care.`,
		"bb7pt2.txt": `pt|Serra Alta: hospital novo abre hoje, urgência só na próxima semana

Região

Serra Alta, segunda-feira, 3 de setembro de 2035

O Hospital de Serra Alta começa hoje a funcionar, mas os utentes que precisem de uma urgência terão de continuar a dirigir-se ao edifício antigo até dia 10 de setembro.

Ontem, 85 doentes internados foram levados em ambulâncias para o novo edifício, de 420 camas. A transferência começou às sete da manhã e só terminou ao fim da tarde.

A obra, de 180 milhões de euros, ficou cerca de 40 milhões acima do orçamento inicial. Para o presidente da câmara, Álvaro Teixeira, de 63 anos, "o atraso de quase dois anos já está esquecido".

O novo hospital terá 1.300 profissionais quando estiver a funcionar em pleno. O velho hospital distrital, inaugurado em 1968, será transformado numa unidade de cuidados continuados.

A ministra da Saúde, Teresa Valadares, preside hoje à cerimónia de inauguração.`,
	}, nil},
	{"navalmare-bankruptcy-verdict", map[string]string{
		"bb8it.txt": `it|Crac Navalmare, sei anni e quattro mesi all'ex amministratore Delvecchio

Cronaca giudiziaria

VALDORIA, 8 luglio 2034 - Sei anni e quattro mesi di reclusione per bancarotta fraudolenta: è la condanna inflitta ieri dal tribunale di Valdoria a Franco Delvecchio, 63 anni, ex amministratore delegato di Navalmare Logistica, la società di trasporti marittimi fallita nel 2031 con debiti per 620 milioni di euro.

La procura aveva chiesto nove anni. L'ex direttrice finanziaria Paola Rinaldi, 58 anni, è stata condannata a tre anni, mentre due ex consiglieri sono stati assolti. I giudici hanno disposto la confisca di 85 milioni di euro, in parte già sequestrati su conti in Lussemburgo.

Secondo l'accusa, tra il 2027 e il 2030 Delvecchio avrebbe trasferito fondi della società verso holding a lui riconducibili. "Leggeremo le motivazioni e faremo appello", ha detto il suo difensore, l'avvocato Stefano Corsini.

I creditori sono circa 1.400, tra cui fornitori, ex dipendenti e alcune banche olandesi e tedesche. Le motivazioni della sentenza saranno depositate entro 90 giorni.`,
		"bb8en.txt": `en|Former Navalmare chief jailed for six years over shipping collapse

An Italian court on Friday sentenced Franco Delvecchio, the former chief executive of the shipping group Navalmare Logistica, to six years and four months in prison for fraudulent bankruptcy.

Prosecutors in Valdoria had asked for nine years. Navalmare collapsed in 2031 owing about €620 million to some 1,400 creditors, among them suppliers, former employees and several Dutch and German lenders.

The court also sentenced former finance director Paola Rinaldi, 58, to three years, acquitted two former board members and ordered the confiscation of €85 million.

Delvecchio, 63, who denied wrongdoing throughout the two-year trial, will appeal, his lawyer Stefano Corsini said. The judges have 90 days to publish their reasoning.

Prosecutors said Delvecchio had moved company funds to holding companies he controlled between 2027 and 2030; part of the confiscated money is held in accounts in Luxembourg. Navalmare's fleet of 38 ships was sold at auction after the collapse.`,
		"bb8nl.txt": `nl|Italiaanse rechter veroordeelt oud-topman rederij Navalmare

Economie

Een rechtbank in het Italiaanse Valdoria heeft de voormalige topman van rederij Navalmare Logistica, Franco Delvecchio (63), vrijdag veroordeeld tot zes jaar en vier maanden cel wegens frauduleus faillissement.

Het openbaar ministerie had negen jaar geëist. Ook de voormalige financieel directeur Paola Rinaldi (58) kreeg een celstraf, van drie jaar. Twee oud-bestuurders werden vrijgesproken.

Navalmare ging in 2031 failliet met een schuld van 620 miljoen euro. Onder de ongeveer 1400 schuldeisers zijn twee Nederlandse banken, die samen zo'n 40 miljoen euro te goed hebben. De rechter beval de verbeurdverklaring van 85 miljoen euro.

Delvecchio gaat in hoger beroep, liet zijn advocaat weten.

Volgens het OM sluisde Delvecchio tussen 2027 en 2030 geld van het bedrijf weg naar holdings die hij zelf beheerde. Een deel van dat geld staat op rekeningen in Luxemburg. De rechters hebben negentig dagen om hun vonnis schriftelijk te motiveren. Het proces duurde twee jaar.`,
	}, nil},
	{"vale-fundo-flamingo-record", map[string]string{
		"bb9pt.txt": `pt|Recorde de flamingos a nidificar na Lagoa de Vale Fundo

Ambiente

Vale Fundo, 15 de junho de 2037

Cerca de 2.400 casais de flamingos fizeram ninho este ano na Lagoa de Vale Fundo, no Algarve interior, um número nunca antes registado em Portugal. No ano passado, tinham sido cerca de 1.700 casais; o anterior recorde, de 2.050, datava de 2031.

A contagem, feita com drones no fim de maio, aponta para cerca de 1.950 crias nascidas. No sábado, 140 voluntários e técnicos anilharam 600 crias, numa operação que começou antes do nascer do sol.

"As salinas abandonadas voltaram a ter a água certa e as aves encontraram ilhotas seguras", explicou a bióloga Inês Carvalhal, de 38 anos, coordenadora do projeto. A lagoa ocupa cerca de 1.200 hectares.

Entre os voluntários estava Joaquim Serrão, de 71 anos, que participa nas anilhagens desde a primeira, há 14 anos. "Nunca vi tantos", disse.`,
		"bb9en.txt": `en|Record flamingo colony nests at Portuguese lagoon

Environment

A record of around 2,400 pairs of greater flamingos nested this year at Vale Fundo lagoon in southern Portugal, conservationists said on Saturday, as volunteers ringed hundreds of chicks.

That means nearly 4,800 adult birds, compared with about 1,700 pairs last year. The previous record, 2,050 pairs, was set in 2031. Drone surveys in late May counted about 1,950 chicks.

On Saturday, 140 volunteers and staff rounded up and ringed 600 chicks. "The abandoned salt pans have the right water again, and the birds have found safe islets," said biologist Inês Carvalhal, 38, who leads the project.

The 1,200-hectare lagoon was restored with European funds between 2028 and 2032.

Among the volunteers was Joaquim Serrão, 71, who has taken part in every ringing session since the first, 14 years ago. "I've never seen so many," he said. Many of Portugal's flamingos spend the winter in the Tagus and Sado estuaries.`,
		"bb9it.txt": `it|Portogallo, record di fenicotteri nella laguna di Vale Fundo

Ambiente | Natura

Circa 2.400 coppie di fenicotteri rosa hanno nidificato quest'anno nella laguna portoghese di Vale Fundo: è il numero più alto mai registrato nel Paese, secondo i responsabili del progetto.

L'anno scorso le coppie erano circa 1.700. I pulcini nati sono quasi 1.950, secondo i rilievi con i droni di fine maggio; sabato 140 volontari ne hanno inanellati 600.

"Le vecchie saline hanno di nuovo l'acqua giusta", spiega la biologa Inês Carvalhal, 38 anni. La laguna si estende per circa 1.200 ettari. Anche in Italia, nelle saline di Comacchio e in Sardegna, le colonie di fenicotteri sono in crescita da anni.

Tra i volontari anche Joaquim Serrão, 71 anni, presente a tutte le campagne di inanellamento dalla prima, quattordici anni fa. Il precedente record, 2.050 coppie, risaliva al 2031. La laguna è stata recuperata con fondi europei tra il 2028 e il 2032.`,
		"bb9nl.txt": `nl|Recordaantal flamingo's broedt in Portugese lagune

Natuur

In de lagune van Vale Fundo in Zuid-Portugal hebben dit jaar zo'n 2400 flamingoparen gebroed, meer dan ooit. Vorig jaar waren het er ongeveer 1700.

Met drones werden eind mei bijna tweeduizend kuikens geteld. Zaterdag ringden 140 vrijwilligers er zeshonderd. Biologe Inês Carvalhal (38) zegt dat de oude zoutpannen weer het juiste waterpeil hebben.

Ook Nederlandse vogelaars volgen de kolonie: een deel van de geringde jongen trekt later naar de Camargue en soms zelfs naar het Zwanenwater.

Het vorige record, 2050 paren, stamt uit 2031. De lagune van 1200 hectare werd tussen 2028 en 2032 met Europees geld hersteld. Vrijwilliger Joaquim Serrão (71) doet al veertien jaar mee aan het ringen. "Zoveel heb ik nog nooit gezien", zei hij. Een paar honderd meter verderop broeden ook lepelaars en kluten.

De kolonie werd eind mei met drones geteld. Volgens Carvalhal is er genoeg voedsel in de zoutpannen, zodat de meeste kuikens de zomer zullen overleven.`,
	}, nil},
	{"havelstad-cruise-cap", map[string]string{
		"bb10nl.txt": `nl|Havelstad halveert aantal cruiseschepen bijna

Stad | Toerisme

Havelstad, vrijdag 22 mei 2037

Havelstad laat vanaf 2038 nog maximaal honderd cruiseschepen per jaar toe, tegen 190 vorig jaar. Dat heeft de gemeenteraad donderdagavond besloten met 29 stemmen voor en 16 tegen.

Ook gaat de passagiersbelasting omhoog, van 8 naar 14 euro per passagier. Vorig jaar kwamen er ruim een half miljoen cruisetoeristen, precies 520.000, naar de stad. "Die schepen brengen drukte en vieze lucht, maar weinig geld", zei wethouder Femke Rozendaal (46) van Toerisme.

De cruiseterminal aan de Oosterkade verhuist op termijn naar het havengebied buiten de ring; die verhuizing is pas in 2041 klaar. Tot die tijd moeten schepen aan de kade walstroom gebruiken.

De branchevereniging van rederijen noemt het besluit "een klap voor de werkgelegenheid". Volgens woordvoerder Marco Bellini (55) hangen zo'n 1200 banen aan de cruisevaart in de stad.

Omwonenden van de Oosterkade, die al jaren klagen over uitlaatgassen en drukte, reageerden opgetogen.`,
		"bb10en.txt": `en|Dutch city of Havelstad caps cruise ship calls at 100 a year

The Dutch port city of Havelstad will allow no more than 100 cruise ships a year from 2038, down from 190 last year, after its council voted on Thursday to curb the industry.

The council backed the plan by 29 votes to 16. It will also raise the tax on cruise passengers from €8 to €14 a head. About 520,000 cruise passengers visited the city last year.

"These ships bring crowds and dirty air, but little money," said Femke Rozendaal, 46, the city's alderwoman for tourism. The cruise terminal will eventually move out of the centre, a move due to be completed in 2041.

Cruise lines' association spokesman Marco Bellini, 55, said some 1,200 jobs depended on cruise tourism in the city.

Until the terminal moves, ships at the quay will have to plug into shore power. Residents of the Oosterkade, who have complained about exhaust fumes for years, welcomed the vote.`,
		"bb10it.txt": `it|Olanda, Havelstad dimezza quasi le navi da crociera

Esteri | Turismo

Dal 2038 la città olandese di Havelstad accoglierà al massimo cento navi da crociera all'anno, contro le 190 dell'anno scorso. Lo ha deciso giovedì sera il consiglio comunale, con 29 voti favorevoli e 16 contrari.

La tassa per passeggero salirà da 8 a 14 euro. L'anno scorso i crocieristi sono stati circa 520 mila. "Queste navi portano folla e aria sporca, ma pochi soldi", ha detto l'assessora al turismo Femke Rozendaal, 46 anni.

La decisione preoccupa anche le compagnie italiane, che fanno scalo a Havelstad con diverse navi nei mesi estivi. Il portavoce dell'associazione degli armatori, l'italiano Marco Bellini, 55 anni, parla di "un colpo per circa 1.200 posti di lavoro".

Il terminal crociere sarà trasferito fuori dal centro entro il 2041.

Fino al trasferimento, le navi ormeggiate in centro dovranno collegarsi alla rete elettrica di terra. I residenti della Oosterkade, che da anni lamentano fumi e affollamento, hanno accolto la decisione con favore.`,
	}, nil},
}
