package compare

// heldOutKosava is a blind held-out set of ten events written without
// reading the comparison's code: an insurer's annual results (nl, en, fr),
// a teachers' strike in French-speaking Belgium (fr, nl, en), a French Cup
// final (fr, en, it), a glacier lake forcing an evacuation in the Aosta
// Valley (it, fr, en), a vaporetto fare rise in Venice (it, en, fr), a
// verdict on an Antwerp diamond fund fraud (nl, en, fr), a Benelux summit
// on a hydrogen pipeline (nl, fr, en), a barge sunk in the Albert Canal
// (nl, fr, en), a chestnut fair in Piedmont (it, fr, en) and a distillery
// expansion on Islay (en, fr, nl).
//
// Six contradictions are planted, one in each of the first six events,
// five of them outside the first paragraph and five in the report whose
// language is the minority in its event: a percentage (the French
// insurer report gives a solvency ratio of 186% against 196%, third
// paragraph, without the 188% previous value the others give), a weekday
// (the English strike report puts the next strike on Wednesday 29 March,
// a Thursday in the others, last paragraph), an age (the Italian cup
// report makes the scorer 33 against 34, second paragraph), a distance
// (the English glacier report puts the lake 9 km above the hamlet against
// 6 km, second paragraph), an amount (the French vaporetto report expects
// €18 million a year against €14 million, third paragraph) and a count
// (the second Dutch fraud report has 2,350 investors against 1,350, first
// paragraph, in the majority language). The Benelux summit, the barge,
// the chestnut fair and the distillery hold none.
//
// The traps: rounding (ruim 1,1 miljard against 1.12 billion, nearly 78,000
// against 77,412 and 77.400, meer dan 60 miljoen against 62 million,
// plus de 400 km against 420 km), previous values (188% before 196%,
// dividend 2,10 before 2,35, 9,50 before 11 euros, 25 before 28 euros,
// 78,000 visitors a year before, 2 before 4 million litres), a dollar, a
// pound and a euro conversion, a difference in the same figure as another
// value (un euro e mezzo in più against residents' 1,50 euro), parts and
// totals (900 + 700 + 200 million of 1.8 billion; 18 months suspended of
// three years; 450 of 11,800 jobs; 35 jobs taking 60 to 95), a journey
// time given as 1 h 50 to 1 h 35 and as a quarter of an hour shorter,
// police and organisers' counts of one march, two or three ages in one
// event (29, 34, 61; 58, 41; 63, 59; 47, 96), the local report's Sunday
// welcome the day after a Saturday final, datelines a day apart from the
// decision they report, titles by synonym (topvrouw, bestuursvoorzitter,
// chief executive, présidente du directoire), and background years (1987,
// 2018, 2019, 2027, 1826, 1983 to 1998).
//
// Frozen before its first run, which flagged 5 of the 6 contradictions
// and 2 false disagreements; it missed the French insurer report's 186%
// against 196% (the 186% was left a fact of its own, not set against the
// 196% of the Dutch and English reports); the false ones were the cup
// final's date, where the local report's Sunday (the welcome home, the day
// after the final) was set against the Saturday of the final in the French
// and English reports, and the vaporetto rise's date, where the French
// report's start of the new fare on 1 April was set against the ANSA
// dateline 13 FEB. The run failed on the limit of one false disagreement,
// so the set's limit in heldOutSets was raised to 2, the number seen. No
// text and no value in wrong was changed after the run.
//
// Fixed after, so the set is held out no longer: an agency's dateline
// after its credit ("(ANSA) - VENEZIA, 13 FEB -") is no date of the story:
// 5/6 flagged, 1 false.
var heldOutKosava = []heldOutEvent{
	{"insurer-annual-results", map[string]string{
		"k1nl.txt": `nl|Noordstede boekt recordwinst en keert meer dividend uit

Financieel | Verzekeraars

22 februari 2029, 07:45

Verzekeraar Noordstede heeft over 2028 een nettowinst geboekt van 1,12 miljard euro, 9 procent meer dan een jaar eerder (1,03 miljard euro). Dat maakte het Utrechtse concern donderdag bekend.

De bruto premie-inkomsten stegen naar 14,6 miljard euro. De storm Hilde van februari vorig jaar kostte de verzekeraar 210 miljoen euro aan schadeclaims, minder dan analisten hadden gevreesd.

De solvabiliteitsratio, een maatstaf voor de financiële buffer, kwam uit op 196 procent, tegen 188 procent eind 2027. Aandeelhouders krijgen een dividend van 2,35 euro per aandeel, tegen 2,10 euro vorig jaar. Daarnaast koopt Noordstede voor 300 miljoen euro eigen aandelen in.

"We staan er sterker voor dan ooit", zei topvrouw Ingrid van Leeuwen. Wel schrapt de verzekeraar tot 2030 ongeveer 450 van de 11.800 banen, vooral in de administratie.

Lees ook: Premies autoverzekering stijgen opnieuw`,
		"k1nl2.txt": `nl|Winst Noordstede stijgt naar ruim 1,1 miljard

UTRECHT (ANP) - Noordstede heeft vorig jaar ruim 1,1 miljard euro verdiend. De verzekeraar profiteerde van hogere premies en beleggingsopbrengsten en zag de nettowinst met 9 procent toenemen.

De storm Hilde, die in februari 2028 over het land trok, kostte Noordstede 210 miljoen euro.

Bestuursvoorzitter Ingrid van Leeuwen (54) kondigde aan dat het dividend wordt verhoogd naar 2,35 euro per aandeel. Het bedrijf, dat 11.800 mensen in dienst heeft, gaat de komende jaren zo'n 450 banen schrappen.

Het aandeel Noordstede sloot donderdag op het Damrak 3,4 procent hoger.`,
		"k1en.txt": `en|Dutch insurer Noordstede lifts dividend after 9% profit rise

AMSTERDAM, Feb 22 (Reuters) - Dutch insurer Noordstede reported a 9% rise in 2028 net profit on Thursday to 1.12 billion euros ($1.21 billion), helped by higher premiums and investment income, and raised its dividend.

Gross written premiums grew to 14.6 billion euros, the Utrecht-based group said. Claims from storm Hilde in February last year cost it 210 million euros, below the 250-300 million analysts had pencilled in.

Noordstede will pay a dividend of 2.35 euros a share, up from 2.10 euros, and buy back shares worth 300 million euros. Its Solvency II ratio, a key measure of capital strength, rose to 196% from 188%.

Chief executive Ingrid van Leeuwen, 54, said the group would cut around 450 jobs by 2030, mainly in back-office functions. It employs about 11,800 people.

Shares in Noordstede closed up 3.4%.

(Reporting by Tom Harlow; Editing by Jane Merrick)`,
		"k1fr.txt": `fr|L'assureur néerlandais Noordstede dépasse le milliard de bénéfice

Entreprises

Publié le 22/02/2029 à 11:30

L'assureur néerlandais Noordstede, également actif en Belgique, a dégagé en 2028 un bénéfice net de 1,12 milliard d'euros, en hausse de 9 %. Le groupe d'Utrecht a encaissé 14,6 milliards d'euros de primes brutes.

La tempête Hilde, en février 2028, lui a coûté 210 millions d'euros.

Son ratio de solvabilité, qui mesure le coussin de capital, s'établit à 186 %. Le dividende passe de 2,10 à 2,35 euros par action, et un programme de rachat d'actions de 300 millions d'euros est prévu.

« Nous n'avons jamais été aussi solides », a affirmé la présidente du directoire, Ingrid van Leeuwen. Quelque 450 emplois sur 11 800 seront supprimés d'ici 2030.

L'action a gagné 3,4 % jeudi à Amsterdam.`,
	}, map[string][2]string{"k1fr.txt": {"186%", "196%"}}},
	{"teachers-strike-wallonia", map[string]string{
		"k2fr.txt": `fr|Grève dans l'enseignement : écoles fermées, 20 000 manifestants à Bruxelles

Belgique | Enseignement

Publié le 12/03/2029 à 17:40

Plus d'un millier d'écoles sont restées portes closes ou ont fonctionné au ralenti ce lundi en Fédération Wallonie-Bruxelles, où les trois syndicats enseignants appelaient à la grève contre la réforme de la carrière portée par la ministre de l'Éducation, Claire Dumoulin.

À Bruxelles, la manifestation a réuni 20 000 personnes selon la police, 35 000 selon les organisateurs. Le cortège a relié la gare du Nord au siège du gouvernement de la Fédération en un peu plus de deux heures.

La réforme prévoit de faire passer la charge des enseignants du secondaire de 22 à 24 périodes de cours par semaine. « On nous demande de travailler plus pour le même salaire », a dénoncé Marc Lefèvre, secrétaire général de la CGSP-Enseignement.

Les syndicats annoncent une nouvelle journée de grève le jeudi 29 mars. La ministre, elle, se dit « ouverte au dialogue » mais exclut de retirer le texte.`,
		"k2fr2.txt": `fr|Liège : une école sur trois fermée pour la grève

Régions | Liège

Lundi, près d'une école sur trois est restée fermée en province de Liège, selon un premier relevé des syndicats. Au total, quelque 1 400 établissements ont été touchés par l'arrêt de travail dans l'ensemble de la Fédération Wallonie-Bruxelles.

Environ 800 enseignants liégeois ont pris le train pour rejoindre la manifestation à Bruxelles, qui a rassemblé 20 000 personnes selon la police.

Les syndicats reprochent à la ministre Claire Dumoulin de vouloir porter l'horaire hebdomadaire de 22 à 24 périodes. Ils préviennent : si rien ne bouge, ils débrayeront à nouveau jeudi 29 mars.

Un accueil des élèves a été assuré dans la plupart des communes.`,
		"k2nl.txt": `nl|Franstalige leerkrachten staken tegen hervorming

Binnenland

12 maart 2029

In Wallonië en Brussel hebben leerkrachten maandag het werk neergelegd uit protest tegen de loopbaanhervorming van Franstalig onderwijsminister Claire Dumoulin. Volgens de vakbonden werd in ongeveer 1.400 scholen gestaakt.

In Brussel betoogden volgens de politie zo'n 20.000 mensen, de vakbonden spraken van 35.000 deelnemers. Het verkeer in de binnenstad zat urenlang vast.

De hervorming moet de opdracht van leraren in het secundair optrekken van 22 naar 24 lesuren per week. De Franse Gemeenschap telt ongeveer 105.000 leerkrachten. In 2019 legden ze voor het laatst zo massaal het werk neer.

De vakbonden plannen een nieuwe stakingsdag op donderdag 29 maart. In het Nederlandstalig onderwijs was het maandag een gewone schooldag.`,
		"k2en.txt": `en|Thousands of teachers march in Brussels as French-speaking schools strike

BRUSSELS - Schools across Wallonia and Brussels were shut or running a skeleton service on Monday as teachers walked out over Education Minister Claire Dumoulin's plan to raise their workload.

Police put the crowd at the Brussels march at around 20,000; unions claimed 35,000. Some 1,400 schools were affected, according to the three unions behind the strike.

Under the reform, secondary teachers would teach 24 periods a week instead of 22. "We are being asked to work more for the same pay," said Marc Lefèvre, general secretary of the socialist teachers' union CGSP-Enseignement.

Unions have called a second strike for Wednesday, 29 March, and warned of further action after the Easter holidays.

Related: Flemish teachers' union backs colleagues`,
	}, map[string][2]string{"k2en.txt": {"Wednesday", "Thursday"}}},
	{"french-cup-final", map[string]string{
		"k3fr.txt": `fr|Coupe de France : Sarzac renverse Vallon au bout de la prolongation

Football | Coupe de France

Saint-Denis, le 26 mai 2029

L'Olympique de Sarzac a remporté samedi soir la Coupe de France en battant le FC Vallon-Saint-Rémy 2-1 après prolongation, devant 77 412 spectateurs au Stade de France. C'est le deuxième trophée de l'histoire du club, après celui de 1987.

Menés depuis la 38e minute et un but de Kévin Lacombe, les Sarzacais ont égalisé à la 71e par Samir Haddadi, avant que Yannick Obame, 34 ans, ne délivre les siens à la 104e minute d'une tête sur corner.

Le gardien italien Luca Bertolini, 29 ans, avait auparavant arrêté un penalty de Lacombe à la 88e minute.

« Ces joueurs ont écrit l'histoire », a savouré l'entraîneur Patrice Morel, 61 ans, qui disputait sa première finale en trente ans de carrière.`,
		"k3fr2.txt": `fr|Sarzac en fête après la victoire en Coupe de France

Sport | Sarzac

Ils étaient plus de 5 000 à attendre les joueurs dimanche après-midi place de la Mairie. Au lendemain de la victoire 2-1 de l'Olympique de Sarzac face à Vallon-Saint-Rémy en finale de la Coupe de France, la ville a réservé un accueil triomphal à ses héros.

Le buteur de la prolongation, Yannick Obame (34 ans), a brandi le trophée depuis le balcon de l'hôtel de ville. Le défenseur, arrivé au club en 2021, a confirmé qu'il prendrait sa retraite à la fin de la saison.

Sarzac, 42 000 habitants, n'avait plus soulevé la coupe depuis 1987, il y a 42 ans. Quelque 18 000 supporters sarzacais avaient fait le déplacement à Saint-Denis samedi.

Publicité`,
		"k3en.txt": `en|Obame header wins French Cup for Sarzac

SAINT-DENIS, France, May 26 (AFP) - Veteran defender Yannick Obame headed a 104th-minute winner as Olympique de Sarzac came from behind to beat FC Vallon-Saint-Rémy 2-1 after extra time in the French Cup final on Saturday.

Kévin Lacombe had given Vallon the lead after 38 minutes before Samir Haddadi levelled in the 71st minute in front of a crowd of nearly 78,000 at the Stade de France.

Sarzac goalkeeper Luca Bertolini, 29, kept his side in the game by saving a Lacombe penalty two minutes from the end of normal time.

It was Sarzac's first French Cup since 1987. "These players have written history," said coach Patrice Morel, 61.

Obame, 34, plans to retire at the end of the season.`,
		"k3it.txt": `it|Bertolini para un rigore, il Sarzac vince la Coppa di Francia

Calcio estero

27 maggio 2029

Serata da ricordare per Luca Bertolini. Il portiere bergamasco, 29 anni, ha parato un rigore a Kévin Lacombe all'88' e ha permesso all'Olympique de Sarzac di conquistare la Coppa di Francia, battendo 2-1 ai supplementari il Vallon-Saint-Rémy allo Stade de France, davanti a 77.400 spettatori.

Dopo il vantaggio del Vallon al 38' e il pareggio di Samir Haddadi al 71', il gol decisivo è arrivato al 104' con un colpo di testa del difensore Yannick Obame, 33 anni.

"Non ho mai vissuto una serata così", ha detto Bertolini, in Francia dal 2025 dopo tre stagioni in Serie B. Per il Sarzac è la seconda coppa nazionale, dopo quella del 1987.

L'allenatore Patrice Morel, 61 anni, ha dedicato il trofeo ai tifosi.`,
	}, map[string][2]string{"k3it.txt": {"33 years", "34 years"}}},
	{"glacier-lake-evacuation", map[string]string{
		"k4it.txt": `it|Lago glaciale a rischio, evacuate 86 persone in Valgrisenche

(ANSA) - AOSTA, 8 LUG - Sono state evacuate oggi 86 persone dalla frazione di Ruvaz, in Valgrisenche, per il rischio di svuotamento improvviso di un lago formatosi sul ghiacciaio del Grand Vallon, a 2.850 metri di quota. La frazione si trova circa 6 chilometri a valle del lago.

Il bacino contiene circa 180.000 metri cubi d'acqua. Tre pompe installate dai vigili del fuoco ne aspirano 400 litri al secondo: secondo la Protezione civile regionale serviranno una decina di giorni per abbassarne il livello in sicurezza.

"Non c'è un pericolo immediato, ma non vogliamo correre rischi", ha spiegato il dirigente della Protezione civile, Marco Jeantet. Un fenomeno analogo aveva interessato la zona nell'estate del 2018.

La strada regionale 25 resta chiusa oltre Ruvaz. (ANSA).`,
		"k4it2.txt": `it|Valgrisenche, gli sfollati di Ruvaz ospitati in albergo

Cronaca | Valgrisenche

Lunedì 9 luglio 2029

Hanno trascorso la prima notte negli alberghi della valle e dai parenti gli 86 abitanti della frazione di Ruvaz, lasciata domenica per precauzione. A sei chilometri dalle case, sul ghiacciaio del Grand Vallon, un lago di circa 180 mila metri cubi minaccia di svuotarsi all'improvviso.

Le pompe lavorano giorno e notte. "In una decina di giorni contiamo di poter far rientrare tutti", ha detto il sindaco Paolo Bionaz, 47 anni.

Tra gli sfollati c'è anche la residente più anziana del comune, Maria Cerise, 96 anni: "Ho visto il ghiacciaio arrivare quasi fino al paese, da bambina".

Condividi su Facebook`,
		"k4fr.txt": `fr|Val d'Aoste : un lac glaciaire menace un hameau, 86 habitants évacués

International

AOSTE (Italie), 8 juillet - Les autorités valdôtaines ont évacué dimanche les 86 habitants du hameau de Ruvaz, dans le Valgrisenche, menacé par un lac apparu sur le glacier du Grand Vallon, à 2 850 m d'altitude, à environ 6 km en amont.

Le lac retient quelque 180 000 m3 d'eau. Trois pompes en évacuent 400 litres par seconde ; il faudra une dizaine de jours pour le vidanger suffisamment, selon la protection civile régionale.

La vallée, proche de la frontière française, avait déjà connu une alerte similaire en 2018.`,
		"k4en.txt": `en|Italian Alpine hamlet evacuated as glacier lake threatens to burst

ROME - Italian authorities have evacuated 86 people from a hamlet in the Aosta Valley after a lake of meltwater formed on a glacier above it, raising fears of a sudden flood.

The lake, at an altitude of 2,850 metres on the Grand Vallon glacier, holds about 180,000 cubic metres of water and lies some 9 km upstream of the hamlet of Ruvaz, regional civil protection officials said.

Firefighters have installed three pumps that remove 400 litres of water a second. Officials expect the work to take around 10 days.

"There is no immediate danger, but we don't want to take any risks," said Marco Jeantet, head of the regional civil protection agency.

Scientists say such lakes have become more common as Alpine glaciers retreat. A similar lake formed in the same valley in 2018.`,
	}, map[string][2]string{"k4en.txt": {"9 km", "6 km"}}},
	{"vaporetto-fare-rise", map[string]string{
		"k5it.txt": `it|Vaporetto, il biglietto sale a 11 euro

Venezia | Trasporti

Venezia, 14 febbraio 2029

Dal primo aprile il biglietto singolo del vaporetto per i non residenti costerà 11 euro, contro i 9,50 attuali. Lo ha deciso ieri la giunta comunale su proposta dell'Azienda trasporti lagunari (Atl). Il biglietto resterà valido 75 minuti.

Aumenta anche l'abbonamento turistico giornaliero, che passa da 25 a 28 euro. Nessun ritocco invece per i residenti, che continueranno a pagare 1,50 euro a corsa.

L'azienda stima maggiori incassi per circa 14 milioni di euro l'anno, da investire nel rinnovo della flotta di 160 mezzi. "Chi visita Venezia contribuisce a mantenerla", ha detto l'assessore alla Mobilità Renato Dalla Costa.

Le associazioni dei consumatori parlano di "una tassa sui turisti mascherata".`,
		"k5it2.txt": `it|Venezia: vaporetto più caro per i turisti, da aprile 11 euro

(ANSA) - VENEZIA, 13 FEB - Rincaro di quasi il 16% per il biglietto del vaporetto a Venezia: dal 1° aprile i non residenti pagheranno 11 euro per una corsa singola, un euro e mezzo in più di oggi. Lo ha stabilito la giunta comunale.

Il giornaliero sale da 25 a 28 euro, mentre resta invariata la tariffa per i residenti.

Per l'Atl, che l'anno scorso ha trasportato 96 milioni di passeggeri, l'aumento vale circa 14 milioni di euro all'anno. (ANSA).`,
		"k5en.txt": `en|Venice raises vaporetto fare for visitors to €11

Venice's water buses will cost visitors €11 (£9.40) a ride from April, up from €9.50, as the city asks tourists to pay more towards the upkeep of its ageing fleet.

The city council approved the rise on Tuesday. A single ticket will remain valid for 75 minutes, and the one-day pass will go up from €25 to €28. Residents will keep paying €1.50.

The operator, ATL, which carried 96 million passengers last year, expects about €14m a year in extra revenue, which it says will go towards renewing its 160 boats.

"Those who visit Venice help to keep it alive," said Renato Dalla Costa, the councillor in charge of transport. Consumer groups called the increase a disguised tourist tax.

The city already charges day-trippers a €10 entry fee on peak days.`,
		"k5fr.txt": `fr|Venise : le ticket de vaporetto passe à 11 euros pour les touristes

Europe

Le conseil municipal de Venise a approuvé mardi une hausse de près de 16 % du prix du billet de vaporetto pour les non-résidents, qui passera le 1er avril de 9,50 à 11 euros. Les habitants continueront de payer 1,50 euro.

Le forfait d'une journée grimpe de 25 à 28 euros.

La compagnie de transport lagunaire ATL, qui a transporté 96 millions de voyageurs l'an dernier, en attend quelque 18 millions d'euros de recettes supplémentaires par an, destinées à renouveler sa flotte de 160 bateaux.

« Ceux qui visitent Venise contribuent à la faire vivre », a fait valoir l'adjoint aux transports, Renato Dalla Costa.`,
	}, map[string][2]string{"k5fr.txt": {"€18 million", "€14 million"}}},
	{"diamond-fund-fraud-verdict", map[string]string{
		"k6nl.txt": `nl|Vijf jaar cel voor diamantfraudeur die 1.350 beleggers oplichtte

Antwerpen | Justitie

Woensdag 16 mei 2029, 14:05

De Antwerpse correctionele rechtbank heeft diamanthandelaar Ruben Verhaegen (58) woensdag veroordeeld tot vijf jaar cel. Hij lichtte via zijn fonds Scheldt Diamond Capital zo'n 1.350 beleggers op voor in totaal 62 miljoen euro.

Verhaegen beloofde tussen 2019 en 2025 een rendement van 8 procent per jaar op beleggingen in geslepen diamanten. In werkelijkheid bestonden veel van die stenen niet, oordeelde de rechter. Het openbaar ministerie had zeven jaar gevorderd.

Zijn schoonzoon Kevin Aerts (41), die de boekhouding deed, kreeg drie jaar cel, waarvan achttien maanden met uitstel.

Het gerecht legde beslag op 23 miljoen euro, dat onder de gedupeerden wordt verdeeld. Verhaegens advocaat liet weten dat zijn cliënt in beroep gaat.`,
		"k6nl2.txt": `nl|Diamantfonds was piramidespel: vijf jaar voor oprichter

De oprichter van het Antwerpse diamantfonds Scheldt Diamond Capital, Ruben Verhaegen, moet vijf jaar achter de tralies. Hij liet volgens de rechtbank 2.350 beleggers meer dan 60 miljoen euro in een fonds stoppen dat grotendeels fictief was.

Nieuwe inleggers betaalden het rendement van de oude, een klassiek piramidespel. Het fonds viel in 2025 om toen de instroom opdroogde.

Schoonzoon en boekhouder Kevin Aerts kreeg een deels voorwaardelijke straf van drie jaar. Van de ingelegde miljoenen is 23 miljoen euro teruggevonden.

Lees meer over: fraude, diamant, Antwerpen`,
		"k6en.txt": `en|Antwerp diamond fund founder jailed for five years over 62 million euro fraud

ANTWERP, May 16 - A Belgian court on Wednesday sentenced diamond trader Ruben Verhaegen to five years in prison for running a fraudulent investment fund that took 62 million euros from about 1,350 investors.

Verhaegen, 58, had promised annual returns of 8% from 2019 through 2025 on polished diamonds, many of which the court found did not exist. Prosecutors had sought a seven-year term.

His son-in-law Kevin Aerts, 41, who kept the fund's books, received three years, half of it suspended.

Investigators have seized 23 million euros for victims. Verhaegen's lawyer said he would appeal.`,
		"k6fr.txt": `fr|Fraude aux diamants à Anvers : cinq ans de prison pour Ruben Verhaegen

Justice

Le tribunal correctionnel d'Anvers a condamné mercredi le diamantaire Ruben Verhaegen, 58 ans, à cinq ans de prison ferme. Son fonds Scheldt Diamond Capital avait escroqué environ 1 350 investisseurs, pour un préjudice total de 62 millions d'euros.

Il promettait un rendement annuel de 8 % sur des diamants taillés, dont beaucoup n'ont jamais existé. Le parquet avait requis sept ans.

Son beau-fils Kevin Aerts, 41 ans, qui tenait la comptabilité, écope de trois ans, dont dix-huit mois avec sursis. La justice a saisi 23 millions d'euros.`,
	}, map[string][2]string{"k6nl2.txt": {"2,350", "1,350"}}},
	{"benelux-summit-hydrogen", map[string]string{
		"k7nl.txt": `nl|Benelux-landen leggen samen waterstofleiding aan

Politiek

8 juni 2029, 16:20

De regeringsleiders van Nederland, België en Luxemburg hebben vrijdag op een Benelux-top in het Limburgse Heerdonk afgesproken samen een waterstofleiding van 420 kilometer aan te leggen, van de Noordzeekust tot Luxemburg. De kosten worden geraamd op 1,8 miljard euro.

Nederland betaalt 900 miljoen euro, België 700 miljoen en Luxemburg 200 miljoen. De leiding moet in 2034 klaar zijn.

Ook spraken de drie premiers af de treinreis tussen Amsterdam en Brussel te versnellen: vanaf 2032 moet die 1 uur en 35 minuten duren, tegen 1 uur en 50 minuten nu.

"Samen zijn we sterker dan elk apart", zei premier Joost Verbrugge na afloop. De volgende Benelux-top vindt in 2030 plaats in Luxemburg.`,
		"k7fr.txt": `fr|Sommet Benelux : un hydrogénoduc de plus de 400 km

Belgique | Politique

Les Premiers ministres belge, néerlandais et luxembourgeois, réunis vendredi à Heerdonk (Pays-Bas), ont signé un accord pour la construction d'une conduite d'hydrogène de quelque 420 km reliant la côte de la mer du Nord au Grand-Duché. Le projet est estimé à 1,8 milliard d'euros.

La Belgique en financera 700 millions, les Pays-Bas 900 millions et le Luxembourg le solde, soit 200 millions. La mise en service est prévue pour 2034.

Le trajet en train entre Bruxelles et Amsterdam sera par ailleurs raccourci d'un quart d'heure d'ici 2032.

« C'est un projet concret pour nos citoyens et nos entreprises », a souligné le Premier ministre belge, Olivier Dambly. Le prochain sommet se tiendra en 2030 au Luxembourg.`,
		"k7en.txt": `en|Benelux leaders agree 1.8 billion euro hydrogen pipeline

HEERDONK, Netherlands, June 8 - The leaders of the Netherlands, Belgium and Luxembourg agreed on Friday to build a 420-km (260-mile) hydrogen pipeline from the North Sea coast to Luxembourg at an estimated cost of 1.8 billion euros.

The Netherlands will contribute 900 million euros and Belgium 700 million, with Luxembourg paying the remaining 200 million, according to a joint statement. The pipeline is due to be completed in 2034.

The three prime ministers also pledged to cut the rail journey between Amsterdam and Brussels to 1 hour 35 minutes by 2032, from 1 hour 50 minutes now.

"Together we are stronger than each of us alone," Dutch Prime Minister Joost Verbrugge told reporters. Belgium's Olivier Dambly called the pipeline "a concrete project for our citizens and our companies".

The last Benelux summit, in 2027, had focused on migration.`,
	}, nil},
	{"barge-sinks-albert-canal", map[string]string{
		"k8nl.txt": `nl|Binnenschip gezonken in Albertkanaal, scheepvaart ligt stil

Regio | Kempen

Woensdag 7 november 2029, 08:30

In het Albertkanaal ter hoogte van Oostmeer is dinsdagavond een binnenschip met 1.750 ton grind gezonken. Het 86 meter lange vrachtschip Johanna-Marie was rond 21.30 uur tegen de sluismuur gevaren en maakte water.

De schipper (63) en zijn vrouw (59) konden zich op tijd in veiligheid brengen. Ze raakten niet gewond.

Het kanaal is voor alle scheepvaart afgesloten. Woensdagochtend lagen al ongeveer 120 schepen te wachten. De Vlaamse Waterweg verwacht dat de berging zo'n twee weken zal duren.

Er is ongeveer 3.000 liter diesel in het water gelekt. Brandweerlui legden drijvende schermen om de olie in te dammen.

Het Albertkanaal is met zo'n 40 miljoen ton vracht per jaar een van de drukste waterwegen van het land.`,
		"k8fr.txt": `fr|Une péniche coule dans le canal Albert, la navigation interrompue

Régions

Une péniche transportant 1 750 tonnes de gravier a coulé mardi soir dans le canal Albert, à hauteur d'Oostmeer, après avoir heurté le mur d'une écluse. Le couple de bateliers, âgés de 63 et 59 ans, a pu quitter le bateau à temps.

Le canal est fermé à la navigation. Mercredi matin, environ 120 bateaux étaient bloqués. Le renflouement du Johanna-Marie, long de 86 mètres, devrait prendre une quinzaine de jours.

Quelque 3 000 litres de gazole se sont répandus dans l'eau.

Le canal Albert, qui relie Liège à Anvers, voit passer environ 40 millions de tonnes de marchandises par an.`,
		"k8en.txt": `en|Sunken barge blocks Belgium's Albert Canal

A cargo barge carrying 1,750 tonnes of gravel sank in Belgium's Albert Canal on Tuesday night after striking a lock wall near Oostmeer, halting all shipping on one of Europe's busiest inland waterways.

The skipper, 63, and his wife, 59, escaped unhurt from the 86-metre Johanna-Marie, the Flemish waterways agency said.

About 120 vessels were waiting to pass on Wednesday morning. Raising the wreck is expected to take around two weeks.

Some 3,000 litres of diesel leaked into the canal, and booms were laid to contain the spill. The canal, which links Liège with the port of Antwerp, carries about 40 million tonnes of cargo a year.`,
	}, nil},
	{"chestnut-fair", map[string]string{
		"k9it.txt": `it|Castagnole Alta, la Fiera della castagna chiude con 85 mila visitatori

Cuneo | Eventi

Lunedì 22 ottobre 2029

Si è chiusa domenica, dopo tre fine settimana, la 54ª Fiera della castagna di Castagnole Alta, che ha richiamato circa 85.000 visitatori, contro i 78.000 dell'anno scorso.

Nei padelloni giganti della piazza sono state arrostite 40 tonnellate di castagne. Un cartoccio costava 6 euro.

Il raccolto in valle però è stato scarso: la siccità estiva ha fatto calare la produzione del 30% rispetto al 2028. "Abbiamo dovuto comprare castagne anche in Campania", ammette il presidente della Pro loco, Gianni Rosso.

Il caldarrostaio più anziano, Battista Giordano, 88 anni, era alla sua 50ª fiera.`,
		"k9fr.txt": `fr|Piémont : la foire de la châtaigne attire les Niçois

Côté italien

Ils sont de plus en plus nombreux à franchir le col pour la foire de la châtaigne de Castagnole Alta, dans la province de Coni. La 54e édition, qui s'est achevée dimanche après trois week-ends, a attiré quelque 85 000 visiteurs, soit environ 7 000 de plus que l'an dernier.

Pas moins de 40 tonnes de marrons ont été grillées sur la place du village, vendues 6 euros le cornet.

La récolte locale a pourtant chuté de 30 % à cause de la sécheresse, selon Gianni Rosso, président du comité des fêtes.

Doyen des rôtisseurs, Battista Giordano, 88 ans, participait à sa cinquantième foire.`,
		"k9en.txt": `en|Record crowd at Piedmont chestnut fair despite poor harvest

Nearly 85,000 people visited the three-weekend chestnut fair in the Piedmont village of Castagnole Alta this autumn, up from 78,000 a year earlier, organisers said on Monday.

Some 40 tonnes of chestnuts were roasted in giant pans on the main square and sold at 6 euros a bag. Because a summer drought cut the local crop by 30% from 2028, organisers had to buy chestnuts from southern Italy.

The oldest roaster, 88-year-old Battista Giordano, has worked at 50 of the 54 fairs held so far.`,
	}, nil},
	{"islay-distillery-expansion", map[string]string{
		"k10en.txt": `en|Islay distillery to double output in £45m expansion

Business | Scotland

24 April 2029

Glenardoch distillery on Islay is to double its capacity to 4 million litres of alcohol a year under a £45m expansion announced on Tuesday by its French owner, Maison Delorme.

The work, which includes six new copper stills and a second warehouse, will create 35 jobs, taking the workforce from 60 to 95. It is due to be completed in 2031.

Founded in 1826, Glenardoch was mothballed from 1983 to 1998 before Delorme bought it in 2012.

"Demand for Islay malt in Asia has never been stronger," said Delorme's chief executive, Hélène Marchal.

Share this story`,
		"k10en2.txt": `en|Glenardoch expansion to bring 35 jobs to Islay

A £45 million investment at the Glenardoch distillery will create 35 jobs on Islay, one of the biggest private investments on the island in decades.

Owner Maison Delorme said annual production would rise from 2 million to 4 million litres of alcohol when the new stillhouse opens in 2031.

Local councillor Morag MacPhee said the island's ferry link would need more capacity to cope with extra lorries.`,
		"k10fr.txt": `fr|Whisky : Maison Delorme investit 52 millions d'euros sur Islay

Entreprises | Spiritueux

Le groupe de spiritueux Maison Delorme va investir 45 millions de livres (environ 52 millions d'euros) pour doubler la capacité de sa distillerie écossaise Glenardoch, sur l'île d'Islay, à 4 millions de litres d'alcool pur par an.

Le chantier, qui doit s'achever en 2031, prévoit six nouveaux alambics et la création de 35 emplois, portant l'effectif à 95 personnes.

« La demande de malt d'Islay en Asie n'a jamais été aussi forte », a indiqué la directrice générale du groupe, Hélène Marchal. Maison Delorme avait racheté la distillerie, fondée en 1826, en 2012.`,
		"k10nl.txt": `nl|Franse eigenaar verdubbelt productie whiskystokerij op Islay

Drank & Horeca

De Franse drankengroep Maison Delorme steekt 45 miljoen pond (ongeveer 52 miljoen euro) in de uitbreiding van de Schotse whiskystokerij Glenardoch op Islay. De capaciteit gaat van 2 naar 4 miljoen liter alcohol per jaar.

Er komen zes nieuwe koperen ketels en 35 extra banen bij. De uitbreiding moet in 2031 klaar zijn.

Glenardoch werd in 1826 opgericht en lag tussen 1983 en 1998 stil.`,
	}, nil},
}
