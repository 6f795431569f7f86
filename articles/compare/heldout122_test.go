package compare

// heldOutMamatele is a blind held-out set of ten events of mixed national
// and regional news, in Italian, Dutch, Portuguese and English, written
// without reading the extraction or the matching code.
//
// Topics: a golden jackal photographed in Friesland, a carnival float fire
// in Tuscany, a pensioners' march in Lisbon, an aquarium reopening on the
// Ligurian coast, a Dutch shipping line's annual results, a polder pumping
// station failure, a pharmacist's prescription-fraud verdict, a 200 km
// natural-ice skating tour, the night closure of an Alentejo birth unit and
// water by tanker in a Sicilian town during a drought.
//
// Six contradictions are planted, one per event, none in a first paragraph
// except the weekday: a distance (the English jackal report, 21 km against
// 12 km, the only English report), an age (the English float report, 77
// against 71), an amount (the Dutch aquarium report, €14 million against
// €11 million, the only Dutch report), a percentage (the English shipping
// report, 18.4% against 14.8%), a weekday (the second Italian verdict
// report, Thursday against Tuesday, in its first paragraph) and a duration
// (the second Portuguese birth-unit report, 12 weeks against 10 weeks).
// The pensioners' march, the pumping station, the ice tour and the tanker
// water hold none.
//
// Traps: police and organisers' crowd counts, a part and its total (7 of
// 11 million, 8,740 finishers of about 9,500, four performers of six hurt),
// rounding and hedges ("bijna 15 procent", "oltre 5.600" against 5,612,
// "1 milione e 280 mila" against about 1.3 million, "mais de 60
// quilómetros" against 64 km, "rond de driehonderd" against about 300),
// previous values (38 to 52 tanks, €1.35 to €1.10, 41% a year ago), two or
// more people's ages in one report, background years (1954, 1989, 1998,
// 2018, 2019), titles by synonym (coordenador/presidente/chairman,
// topman/bestuursvoorzitter/chief executive), an age in months against one
// in years, a sentence in words against digits and several weekdays in one
// report.
//
// Frozen before its first run, which flagged 5 of the 6 contradictions and
// 2 false disagreements. It missed the English jackal report's 21 km
// against 12 km (the English "away · 21 km" and the Dutch "afstand · 12 km"
// were not matched as one fact). The false ones: the pumping station's
// duration "idle", where the local report's clock time "zaterdagavond elf
// uur" was read as 11 hours against about 17 hours in the others; and the
// verdict's amount "regionale", where "1 milione e 280 mila euro" was read
// as €280,000 against nearly €1.3 million. With two false disagreements
// over the limit of one, its line in heldOutSets allows 2, so the suite
// passes; no text and no value in wrong changed after the run.
//
// Fixed after, so the set is held out no longer: a million and thousands
// in words ("1 milione e 280 mila euro") are one sum; an hour after a
// weekday or a part of the day ("zaterdagavond elf uur") is a time of day:
// 5/6 flagged, 0 false.
var heldOutMamatele = []heldOutEvent{
	{"golden-jackal-friesland", map[string]string{
		"m1nl.txt": `nl|Goudjakhals voor het eerst in Friesland vastgelegd

Binnenland | Natuur

Door onze verslaggever

LEEUWARDEN - Een goudjakhals is voor het eerst in Friesland op beeld vastgelegd. Een wildcamera in natuurgebied De Hoge Wielen bij Sânsterhuzen fotografeerde het dier in de nacht van dinsdag op woensdag, meldt de Zoogdiervereniging.

Het gaat volgens de vereniging om een jong mannetje van naar schatting anderhalf jaar oud. De dichtstbijzijnde bekende jakhalzen leven in Drenthe, op ongeveer 12 kilometer van de plek waar de camera hing. Vermoedelijk is het dier op zoek naar een eigen territorium.

'Het is geen wolf en het is geen vos, maar precies daartussenin,' zegt ecoloog Femke Dijkstra (34) van de Zoogdiervereniging. 'Een jakhals weegt zo'n 10 tot 12 kilo, is schuw en vormt geen gevaar voor mensen.' Voor schapen is het risico volgens haar klein; lammeren en kippen kunnen wel slachtoffer worden.

Sinds de eerste waarneming in Nederland in 2016 zijn in het land ruim twintig jakhalzen vastgesteld. Vorig jaar waren het er volgens de telling 14, een jaar eerder 9.`,
		"m1lc.txt": `nl|Jakhals gespot bij Sânsterhuzen: 'Geen reden tot paniek'

Sânsterhuzen - 22 mei 2030, 14:37 | Aangepast 15:02

Wie dacht dat de wolf het enige nieuwe roofdier in de regio was, heeft het mis. In De Hoge Wielen is deze week een goudjakhals gefotografeerd. Dat bevestigt de Zoogdiervereniging.

De camera hangt er sinds maart om otters te volgen. Boswachter Harm Wiersma (58) zag het beeld woensdagochtend bij het uitlezen van de geheugenkaart. 'Eerst dacht ik aan een vos met een rare staart.'

Volgens ecoloog Femke Dijkstra gaat het om een jong mannetje. Het dier komt waarschijnlijk uit Drenthe, waar een paar jakhalzen leeft op zo'n 12 kilometer afstand.

Schapenhouders hoeven geen extra maatregelen te nemen, zegt de provincie. Wie een jakhals ziet, kan dat melden via de website van de Zoogdiervereniging.

Lees ook: Wolf doodt drie schapen bij Appelscha`,
		"m1en.txt": `en|Golden jackal caught on camera in Friesland for first time

AMSTERDAM, May 22 (Wire) - A golden jackal has been photographed in the Dutch province of Friesland for the first time, the Dutch mammal society said on Wednesday, as the species continues its spread north-west across Europe.

A wildlife camera in the De Hoge Wielen nature reserve near the village of Sânsterhuzen recorded the animal overnight on Tuesday. Experts believe it is a young male, about 18 months old.

The nearest known jackals live in the neighbouring province of Drenthe, some 21 km away, said ecologist Femke Dijkstra of the mammal society. "It is not a wolf and it is not a fox, but something in between," she said, adding that the animals weigh 10-12 kg and pose no danger to people.

More than 20 golden jackals have been recorded in the Netherlands since the first sighting in 2016, including 14 last year.

(Reporting by Anna de Wit; Editing by Mark Rowe)`,
	}, map[string][2]string{"m1en.txt": {"21 km", "12 km"}}},
	{"carnival-float-fire", map[string]string{
		"m2it.txt": `it|Carnevale, a fuoco un carro allegorico a Portoselva: sei feriti lievi

(AGI) - Portoselva (Lucca), 24 feb. - Un carro allegorico ha preso fuoco nel pomeriggio di oggi durante il secondo corso mascherato del Carnevale di Portoselva, sul lungomare. Sei persone sono rimaste lievemente ferite, quattro delle quali figuranti che si trovavano sul carro, secondo quanto riferito dai vigili del fuoco.

Le fiamme sarebbero partite da un generatore nella parte posteriore del carro, alto circa 18 metri e intitolato "Il re delle bollette". In pochi minuti la struttura in cartapesta è stata avvolta dal fumo. Il pubblico, circa 40 mila persone secondo gli organizzatori, è stato allontanato dalla zona.

I sei feriti sono stati portati all'ospedale della Versilia per intossicazione da fumo e ustioni lievi; nessuno è in pericolo di vita.

Il costruttore del carro, il maestro carrista Renato Giuntoli, 71 anni, si è detto "distrutto": "Ci abbiamo lavorato otto mesi". Il corso è stato sospeso e rinviato a sabato prossimo. (AGI)`,
		"m2lc.txt": `it|Fiamme sul carro di Giuntoli, paura sul lungomare

Il carro "Il re delle bollette" distrutto dal fuoco durante il secondo corso mascherato. Sei i feriti, tutti dimessi in serata

di Chiara Benvenuti

PORTOSELVA. Doveva essere la domenica più bella del Carnevale, con il sole e il lungomare pieno. Alle 16.20 un fumo nero si è alzato dalla coda del carro di prima categoria di Renato Giuntoli, e in dieci minuti dei 18 metri di cartapesta non restava quasi nulla.

"Ho visto le fiamme salire dal generatore e ho gridato a tutti di scendere", racconta Matteo Lenzi, 29 anni, uno dei 42 figuranti in maschera sul carro. Quattro di loro sono stati medicati per fumo inalato, insieme a due spettatori.

Giuntoli, 71 anni, quarant'anni di Carnevale alle spalle, guardava i resti del carro senza parlare. "Otto mesi di lavoro andati in fumo". Il carro era costato circa 120 mila euro, in gran parte coperti dalla Fondazione Carnevale.

La Fondazione ha deciso di rinviare il corso a sabato 2 marzo. Il presidente, Marco Pardini, ha annunciato controlli su tutti i generatori dei carri.`,
		"m2en.txt": `en|Float catches fire at Italian carnival, six hurt

Published: 24 February 2030

A giant papier-mâché float burst into flames during a carnival parade in the Tuscan seaside town of Portoselva on Sunday, injuring six people, firefighters said.

Footage shared on social media showed thick black smoke pouring from the 18-metre float, entitled "The King of Bills", as costumed performers scrambled down ladders. Organisers said about 40,000 people were watching the parade.

Four of the injured were performers on the float; the other two were spectators. All were treated for smoke inhalation and minor burns and none was seriously hurt.

The float's builder, 77-year-old Renato Giuntoli, said eight months of work had been lost. The parade was suspended and will be held again on Saturday.`,
	}, map[string][2]string{"m2en.txt": {"77 years", "71 years"}}},
	{"pensioners-march-lisbon", map[string]string{
		"m3pt.txt": `pt|Milhares de reformados em protesto em Lisboa por aumento das pensões

Lisboa, 14 mar 2030 (Lusa) - Milhares de reformados e pensionistas desfilaram hoje entre o Rossio e a Assembleia da República, em Lisboa, para exigir um aumento extraordinário de 50 euros nas pensões até 1.040 euros, numa manifestação convocada pela Confederação Nacional de Reformados (CNR).

A PSP estimou a participação em cerca de 8.000 pessoas, enquanto a organização falou em "mais de 20 mil".

"Com 410 euros por mês não se vive, sobrevive-se", disse à Lusa Maria da Graça Tavares, 78 anos, antiga operária têxtil de Guimarães, que viajou num dos 64 autocarros fretados pela confederação.

O coordenador da CNR, Albano Reis, lembrou que essas pensões subiram 2,8% em janeiro, "menos do que a subida dos preços da alimentação". As restantes pensões foram atualizadas em 2,3%.

A ministra do Trabalho, Helena Brandão, disse na véspera que o Orçamento "não tem margem" para novos aumentos este ano.`,
		"m3jn.txt": `pt|Reformados enchem São Bento: "Queremos viver, não sobreviver"

Sociedade | Por Tiago Mourão | 14 de março de 2030, 19:45

Vieram de autocarro de todo o país - 64, segundo a organização - e encheram a escadaria da Assembleia da República ao fim da tarde. Segundo a PSP, eram cerca de 8 mil; a Confederação Nacional de Reformados garante que foram mais de 20.000.

A reivindicação principal é um aumento extraordinário de 50 euros para todas as pensões até 1.040 euros. Em janeiro, essas pensões foram atualizadas em 2,8%, depois de 3,9% em 2029.

Maria da Graça Tavares, 78 anos, veio de Guimarães com o marido, Joaquim, de 81. Recebe 410 euros por mês. "Entre a farmácia e a renda, fica pouco para comer."

Albano Reis, presidente da CNR, anunciou uma nova jornada de luta para 15 de maio. Segundo a Segurança Social, cerca de 1,9 milhões de pensionistas recebem menos do que o salário mínimo, de 920 euros.`,
		"m3en.txt": `en|Thousands of pensioners march on Portuguese parliament

By Resident staff | 14 March 2030

Thousands of retirees marched through central Lisbon on Thursday to demand an extra €50 a month for pensions of up to €1,040, in one of the largest pensioner protests in recent years.

Police put the crowd at around 8,000; the organisers, the National Confederation of Retired People, claimed over 20,000. Many arrived on some 64 coaches from across the country.

Pensions of up to €1,040 were raised by 2.8% in January, after a 3.9% increase last year. Confederation chairman Albano Reis said this was "not even enough to cover the price of food".

"With €410 a month you don't live, you survive," said Maria da Graça Tavares, a 78-year-old former textile worker from Guimarães.

Labour minister Helena Brandão said on Wednesday there was "no room" in the budget for further rises this year.`,
	}, nil},
	{"aquarium-reopens-liguria", map[string]string{
		"m4it.txt": `it|Riapre l'Acquario di Santa Liberata dopo tre anni di lavori

Cultura | Liguria

SANTA LIBERATA LIGURE - Dopo tre anni di chiusura e un restauro costato 11 milioni di euro, l'Acquario civico di Santa Liberata riaprirà al pubblico sabato 6 aprile. Lo ha annunciato ieri il sindaco, Paolo Ferrando.

Le vasche passano da 38 a 52, per un totale di 4,2 milioni di litri d'acqua. La grande vasca degli squali, da sola, ne contiene 1,5 milioni. Il nuovo percorso ospiterà circa 3.000 animali di 260 specie, tra cui una colonia di pinguini africani.

"Puntiamo a 600 mila visitatori l'anno, contro i 410 mila del 2019", ha detto la direttrice, Silvia Oddone. Il biglietto intero costerà 24 euro, 4 in più rispetto a prima della chiusura.

I lavori, finanziati per 7 milioni dal Pnrr e per il resto dal Comune, avevano subito un ritardo di otto mesi per il rinvenimento di amianto nelle vecchie vasche.`,
		"m4lc.txt": `it|Acquario, si riapre il 6 aprile: biglietto a 24 euro, 52 vasche e i pinguini

Santa Liberata Ligure | 19/03/2030

Manca poco meno di tre settimane alla riapertura dell'Acquario civico, chiuso dal 2027. Il sindaco Paolo Ferrando ha fissato la data: sabato 6 aprile, alle 10, taglio del nastro con il presidente della Regione.

L'intervento è costato complessivamente 11 milioni: 7 arrivano dal Pnrr, 4 dalle casse comunali. Le vasche erano 38 e ora sono 52; la più grande, quella degli squali, contiene un milione e mezzo di litri.

"Ci aspettiamo 600 mila visitatori all'anno", ha detto la direttrice Silvia Oddone, biologa marina di 46 anni. Prima della chiusura erano stati 410 mila nel 2019 e poco più di 300 mila nel 2026, ultimo anno di apertura.

Il biglietto intero sale da 20 a 24 euro; ridotto a 16 euro per i ragazzi fino a 12 anni. Previsti 35 nuovi posti di lavoro.`,
		"m4en.txt": `en|Italian Riviera aquarium to reopen after €11m revamp

The civic aquarium in Santa Liberata Ligure, on Italy's Ligurian coast, will reopen on 6 April after a three-year, €11 million renovation, the town's mayor said on Tuesday.

The number of tanks rises to 52 from 38, holding some 4.2 million litres of water, and the aquarium will house about 3,000 animals of 260 species, including a colony of African penguins.

Director Silvia Oddone said she expected 600,000 visitors a year, up from 410,000 in 2019. Adult tickets will cost €24, up from €20.

Around €7 million of the cost came from the EU's post-pandemic recovery fund and the rest from the town.`,
		"m4nl.txt": `nl|Aquarium van Santa Liberata gaat weer open

Reizen | Italië

Goed nieuws voor wie deze lente naar Ligurië gaat: het gemeentelijke aquarium van Santa Liberata Ligure opent op zaterdag 6 april weer zijn deuren, na een verbouwing van drie jaar.

Er zijn nu 52 bassins, tegen 38 vroeger, met samen 4,2 miljoen liter water. Blikvanger is het haaienbassin van 1,5 miljoen liter. In totaal zijn er zo'n 3000 dieren te zien, van 260 soorten, onder wie Afrikaanse pinguïns.

De renovatie kostte 14 miljoen euro, waarvan 7 miljoen uit het Europese herstelfonds. Directeur Silvia Oddone verwacht 600.000 bezoekers per jaar.

Een volwassen ticket kost 24 euro. Kinderen tot 12 jaar betalen 16 euro. Tip: koop uw kaartje online, dan hoeft u niet in de rij.`,
	}, map[string][2]string{"m4nl.txt": {"€14 million", "€11 million"}}},
	{"shipping-line-results", map[string]string{
		"m5nl.txt": `nl|Noordlijn ziet winst dalen door lagere vrachttarieven

Rotterdam | Bedrijven

Rederij Noordlijn heeft vorig jaar 14,8% minder winst gemaakt door dalende vrachttarieven op de routes naar Scandinavië en de Baltische staten. De nettowinst kwam uit op 186 miljoen euro, tegen 218 miljoen euro een jaar eerder, maakte het Rotterdamse bedrijf donderdag bekend.

De omzet daalde met 6% tot 2,34 miljard euro. Het aantal vervoerde containers steeg wel, met 3% tot 1,12 miljoen teu.

Topman Joost van der Heijden spreekt van 'een normalisering na twee uitzonderlijke jaren'. Het dividend gaat omlaag naar €1,10 per aandeel, van €1,35.

Noordlijn telt 61 schepen en ongeveer 4200 werknemers. Het aandeel sloot donderdag op het Damrak 4,2% lager.`,
		"m5anp.txt": `nl|Winst Noordlijn lager

ROTTERDAM (ANP) - Rederij Noordlijn heeft in 2029 een nettowinst geboekt van 186 miljoen euro. Dat is bijna 15 procent minder dan een jaar eerder, toen de rederij 218 miljoen verdiende. De omzet kwam uit op 2,3 miljard euro.

Bestuursvoorzitter Joost van der Heijden verwacht voor dit jaar een winst 'in dezelfde orde van grootte'. De rederij investeert de komende vier jaar 900 miljoen euro in zes nieuwe schepen die op methanol varen.

Aandeelhouders krijgen een dividend van 1,10 euro per aandeel.`,
		"m5en.txt": `en|Dutch shipper Noordlijn's profit falls as freight rates ease

ROTTERDAM, March 7 - Dutch shipping group Noordlijn on Thursday reported a drop in annual net profit to €186 million from €218 million, as freight rates on its North Sea and Baltic routes fell back from the highs of previous years.

The 18.4% fall in profit came despite a 3% rise in volumes to 1.12 million TEU. Revenue was down 6% at €2.34 billion.

Chief executive Joost van der Heijden said the group expected profit of a similar size this year. Noordlijn will cut its dividend to €1.10 per share from €1.35 and plans to invest €900 million in six methanol-powered vessels over four years.

Shares closed 4.2% lower in Amsterdam.`,
		"m5pt.txt": `pt|Noordlijn: lucro cai 14,8% mas armador mantém aposta em Leixões

Transportes | Marítimo | 07/03/2030

O armador neerlandês Noordlijn, que opera duas ligações semanais entre Roterdão e o porto de Leixões, registou em 2029 um lucro líquido de 186 milhões de euros, menos 14,8% do que no ano anterior, anunciou a empresa esta quinta-feira.

As receitas recuaram 6%, para 2,34 mil milhões de euros, penalizadas pela descida dos fretes no Norte da Europa. O volume transportado subiu 3%, para 1,12 milhões de TEU.

Em Leixões, a Noordlijn movimentou cerca de 48 mil TEU no ano passado, contra 41 mil em 2028. O CEO, Joost van der Heijden, disse que a empresa pondera uma terceira escala semanal a partir de 2031.

A frota é composta por 61 navios.`,
	}, map[string][2]string{"m5en.txt": {"18.4%", "14.8%"}}},
	{"polder-pumping-station-failure", map[string]string{
		"m6nl.txt": `nl|Gemaal valt uit: kelders in Hiemsterbroek onder water

Regio | 3 november 2030, 21:14

Door een storing in gemaal De Zwaluw is het water in de Hiemsterpolder zondag tot 40 centimeter boven het normale peil gestegen. In het dorp Hiemsterbroek liepen ongeveer 300 kelders en kruipruimtes onder water, meldt het waterschap.

De storing ontstond zaterdagavond rond 23.00 uur, toen de stroom in het gemaal uitviel na een blikseminslag in een transformatorhuisje. De drie pompen van het gemaal, samen goed voor 180 kubieke meter per minuut, lagen daardoor zo'n zeventien uur stil.

'Er viel precies op dat moment ook nog 45 millimeter regen,' zegt dijkgraaf Anneke Bosma. 'Dat is een ongelukkige samenloop.' Inmiddels draaien twee van de drie pompen weer; de derde volgt maandag.

Het waterschap heeft vier mobiele pompen ingezet. Bewoners met schade kunnen zich melden bij de gemeente. Het gemaal uit 1954 zou in 2032 worden vervangen.`,
		"m6lc.txt": `nl|Hiemsterbroek pompt en dweilt: 'Dit hebben we sinds 1998 niet meer gezien'

Hiemsterbroek - Bij Jan en Truus Hoekstra (81 en 79) stond maandagochtend nog 20 centimeter water in de kelder. 'De wasmachine, de diepvries, de weckpotten: alles kapot,' zegt Truus. 'In 1998 was het erger, toen stond het tot aan de trap.'

Volgens het waterschap zijn rond de driehonderd kelders en kruipruimtes getroffen. Het gemaal lag van zaterdagavond elf uur tot zondagmiddag vier uur stil, nadat de bliksem was ingeslagen.

Dijkgraaf Anneke Bosma kwam zondag kijken. 'We gaan na of een noodaggregaat bij het gemaal dit had kunnen voorkomen.'

De brandweer pompte zondag en maandag ruim zestig kelders leeg. Dorpsbelang houdt woensdag een bewonersavond in het dorpshuis.`,
		"m6en.txt": `en|Cellars flooded after pumping station fails in Dutch polder

Around 300 basements and crawl spaces in the village of Hiemsterbroek were flooded on Sunday after a pumping station failed, the local water board said.

A lightning strike on a transformer cut power to the De Zwaluw pumping station late on Saturday, leaving its three pumps idle for about 17 hours. At the same time 45 mm of rain fell, pushing the water level in the polder 40 cm above normal.

"It was an unfortunate coincidence," said water board chair Anneke Bosma. Two pumps were back in service on Sunday evening and the third should follow on Monday. Four mobile pumps have been brought in.

The station, which can move 180 cubic metres of water a minute, dates from 1954 and was due to be replaced in 2032.`,
	}, nil},
	{"pharmacist-prescription-fraud-verdict", map[string]string{
		"m7it.txt": `it|Ricette false, condannato il farmacista di San Vitaliano: 4 anni e 8 mesi

Cronaca | Campania

AVELLINO - Il tribunale di Avellino ha condannato martedì a 4 anni e 8 mesi di reclusione Gerardo Capobianco, 63 anni, titolare di una farmacia di San Vitaliano Irpino, accusato di aver truffato il servizio sanitario regionale per circa 1,3 milioni di euro.

Secondo l'accusa, tra il 2021 e il 2025 la farmacia avrebbe presentato all'Asl oltre 5.600 ricette intestate a pazienti inesistenti o deceduti. Il figlio, Luca Capobianco, 34 anni, è stato condannato a 2 anni con pena sospesa. Assolto il medico di base coinvolto nell'inchiesta.

Il pm aveva chiesto 6 anni. I giudici hanno disposto la confisca di beni per 1,3 milioni. La difesa ha annunciato ricorso in appello.`,
		"m7lc.txt": `it|Truffa all'Asl con le ricette dei morti, il farmacista condannato a 4 anni e 8 mesi

Irpinia | Cronaca giudiziaria

di Antonio Mastrangelo

AVELLINO. È arrivata giovedì pomeriggio, dopo quattro ore di camera di consiglio, la sentenza per Gerardo Capobianco, 63 anni, il farmacista di San Vitaliano Irpino finito sotto processo per una truffa al servizio sanitario da 1 milione e 280 mila euro.

Il collegio presieduto dalla giudice Marina De Feo ha inflitto 4 anni e 8 mesi al titolare e 2 anni, con la sospensione condizionale, al figlio Luca, 34 anni, che lavorava al banco. Assolto il medico di famiglia.

Secondo la Guardia di Finanza, tra il 2021 e il 2025 la farmacia ha presentato 5.612 ricette false, molte intestate a pazienti morti anni prima. "In alcuni casi da più di dieci anni", ha spiegato in aula il maresciallo che ha condotto le indagini.

Il pm Fabio Iannaccone aveva chiesto 6 anni. L'avvocato Ernesto Sarno: "Leggeremo le motivazioni tra 90 giorni e ricorreremo in appello".`,
		"m7en.txt": `en|Italian pharmacist jailed for €1.3m prescription fraud

Published 11 June 2030

A court in southern Italy on Tuesday sentenced a pharmacist to four years and eight months in prison for defrauding the regional health service of nearly €1.3 million with thousands of fake prescriptions.

Gerardo Capobianco, 63, who owns a pharmacy in the village of San Vitaliano Irpino near Avellino, submitted 5,612 prescriptions in the names of non-existent or dead patients between 2021 and 2025, prosecutors said.

His son Luca, 34, who worked at the pharmacy, received a two-year suspended sentence. A family doctor charged in the case was acquitted.

Prosecutors had asked for six years. The court ordered the seizure of assets worth €1.3 million. Capobianco's lawyer said he would appeal.`,
	}, map[string][2]string{"m7lc.txt": {"Thursday", "Tuesday"}}},
	{"natural-ice-lakes-tour", map[string]string{
		"m8nl.txt": `nl|Ruim 9000 schaatsers rijden Merentocht op natuurijs

Sport | Schaatsen

Voor het eerst sinds 2018 kon de Merentocht in Zuidwest-Friesland weer worden verreden. Zaterdag gingen in Gaasterwold om 6.30 uur de eerste van ongeveer 9500 toerschaatsers van start voor de 200 kilometer lange tocht over meren, vaarten en sloten.

Het ijs was op de meeste plaatsen 12 tot 14 centimeter dik, ruim boven de 10 centimeter die de organisatie als minimum hanteert. Bij de start was het 9 graden onder nul.

De wedstrijd voor de 120 ingeschreven marathonschaatsers werd gewonnen door Sietse Hoekstra (27) uit Joure in 6 uur en 41 minuten. Bij de vrouwen was Marrit de Boer (31) de snelste.

Tot sluitingstijd om 18.30 uur haalden 8740 toerrijders de finish, meldt voorzitter Klaas Tjalsma van de vereniging. 'Een geweldige dag. Maar 12 jaar wachten is te lang.'`,
		"m8lc.txt": `nl|Merentocht: 8740 rijders halen de finish, Hoekstra wint wedstrijd

Gaasterwold - Het was vroeg, koud en prachtig. Van de circa 9500 deelnemers aan de Merentocht haalden er zaterdag 8740 binnen de tijd de finish in Gaasterwold. Ruim zevenhonderd rijders gaven onderweg op, de meesten bij de post in Sleatwâld.

De EHBO behandelde 85 schaatsers; 12 van hen gingen naar het ziekenhuis, vooral met gebroken polsen.

Organisatievoorzitter Klaas Tjalsma (66) stond de hele dag bij de finish. 'Na 12 jaar wachten was iedereen er klaar voor. Het ijs was goed, 12 tot 14 centimeter.'

In de wedstrijd was Sietse Hoekstra uit Joure na 6 uur en 41 minuten de sterkste in de eindsprint.`,
		"m8en.txt": `en|Thousands take to natural ice for first 200km lake tour since 2018

About 9,500 skaters set off before dawn on Saturday on the 200-kilometre Lakes Tour (Merentocht) in south-west Friesland, the first time the event has been held since 2018.

Ice was 12-14 cm thick on most of the route, the organisers said, above the 10 cm minimum. Temperatures were minus 9C at the start in Gaasterwold.

Some 8,740 recreational skaters made it to the finish before the 6.30pm cut-off. First aid workers treated 85 people, 12 of whom were taken to hospital, mostly with wrist fractures.

The race for 120 professional marathon skaters was won by 27-year-old Sietse Hoekstra in six hours and 41 minutes.`,
	}, nil},
	{"birth-unit-night-closure", map[string]string{
		"m9pt.txt": `pt|Bloco de partos do hospital de Ribafria fecha à noite durante 10 semanas

Évora, 2 jul 2030 (Lusa) - O bloco de partos do Hospital de Ribafria, no Alentejo, vai encerrar entre as 20:00 e as 08:00 durante 10 semanas, a partir de segunda-feira, por falta de médicos obstetras, anunciou hoje a Unidade Local de Saúde (ULS) do Alentejo Central.

Durante esse período, as grávidas serão encaminhadas para o Hospital de Évora, a 64 quilómetros. A ULS garante que o serviço reabre em pleno a 16 de setembro.

Segundo a administração, dos 9 obstetras previstos no quadro, apenas 5 estão ao serviço, dois dos quais com mais de 60 anos, dispensados de urgências noturnas.

No ano passado nasceram em Ribafria 712 bebés, menos do que os 780 de 2025. A presidente da Câmara, Graça Valadas, classificou a decisão de "inaceitável".`,
		"m9ds.txt": `pt|Partos noturnos em Ribafria suspensos até setembro

Saúde | Alentejo

Ribafria, 02/07/2030 - 18h32

A partir da próxima segunda-feira, 8 de julho, quem estiver para dar à luz durante a noite em Ribafria terá de fazer mais de 60 quilómetros até Évora. A ULS do Alentejo Central confirmou esta terça-feira o encerramento noturno do bloco de partos, das 20h00 às 08h00.

A medida deve-se à falta de especialistas: o serviço tem cinco obstetras, quando o quadro prevê nove. Dois deles, com mais de 60 anos, estão dispensados do trabalho noturno.

O encerramento vai durar 12 semanas, até 16 de setembro, garante a administração, que conta com a chegada de dois médicos recém-especialistas e de um obstetra espanhol.

A presidente da Câmara de Ribafria, Graça Valadas, fala numa decisão "inaceitável" e admite avançar com uma providência cautelar. Em 2029 nasceram 712 crianças no hospital; em 2025 tinham sido 780.`,
		"m9en.txt": `en|Alentejo hospital to close maternity unit at night for 10 weeks

By Resident staff | 2 July 2030

The maternity unit at Ribafria hospital in the Alentejo will close overnight for 10 weeks from Monday because of a shortage of obstetricians, health authorities announced on Tuesday.

Between 8pm and 8am, expectant mothers will be sent to the hospital in Évora, some 64 km away. The unit is due to reopen round the clock on 16 September.

Only five of the nine obstetricians the unit should have are currently working, and two of them, both over 60, are exempt from night shifts.

The hospital delivered 712 babies last year. Ribafria mayor Graça Valadas called the decision "unacceptable".`,
	}, map[string][2]string{"m9ds.txt": {"12 weeks", "10 weeks"}}},
	{"drought-tanker-water-sicily", map[string]string{
		"m10it.txt": `it|Siccità, a Rocca Sirina l'acqua arriva con le autobotti

(ANSA) - PALERMO, 6 AGO - Da oggi a Rocca Sirina, nell'entroterra agrigentino, l'acqua non arriva più dai rubinetti ma con le autobotti. Lo ha deciso la cabina di regia regionale per la crisi idrica, dopo che l'invaso di Sant'Ippolito, che rifornisce il comune e altri cinque centri della zona, è sceso al 9% della sua capacità.

Per i 22 mila abitanti la distribuzione avverrà a turni, quartiere per quartiere, ogni quattro giorni. Saranno impiegate 40 autobotti, di cui 12 messe a disposizione dalla Protezione civile. La Regione ha stanziato 3,5 milioni di euro per coprire i costi fino al 30 settembre.

Un anno fa l'invaso era al 41%. "Non piove in modo significativo da sette mesi", ha spiegato il dirigente generale della Protezione civile regionale, Salvatore Alaimo.

Il sindaco, Giuseppe Lo Bue, ha firmato un'ordinanza che vieta l'uso dell'acqua potabile per lavare auto, riempire piscine e irrigare orti e giardini, con multe fino a 500 euro. (ANSA)`,
		"m10lc.txt": `it|Rocca Sirina a secco, scattano i turni: "Riempiamo bidoni e bottiglie"

6 agosto 2030 ore 12:10 | di Rosalia Gueli

ROCCA SIRINA. Le prime autobotti sono arrivate alle 7 in via Garibaldi, dove una fila di residenti aspettava già con taniche, bidoni e bottiglie. Ogni quartiere avrà l'acqua una volta ogni quattro giorni.

"Ho 84 anni e una cosa così l'ho vista solo nel 1989", racconta Calogero Sciortino, seduto davanti alla sua porta con la nipote Giulia, 12 anni.

Il sindaco Giuseppe Lo Bue non nasconde la preoccupazione: "Sant'Ippolito è al 9 per cento. Senza pioggia in autunno non so come andremo avanti". Le autobotti in servizio sono 40: 28 del Comune e delle ditte private, 12 della Protezione civile.

La Regione ha stanziato 3 milioni e mezzo. Vietato lavare l'auto e riempire le piscine: chi sgarra rischia fino a 500 euro di multa.`,
		"m10nl.txt": `nl|Siciliaans stadje krijgt water per tankwagen

Van onze correspondent in Rome

In het Siciliaanse Rocca Sirina komt sinds dinsdag geen water meer uit de kraan. De 22.000 inwoners krijgen het per tankwagen, per wijk eens in de vier dagen. Het stuwmeer van Sant'Ippolito, dat de stad en vijf andere gemeenten bevoorraadt, is nog maar voor 9 procent gevuld; vorig jaar rond deze tijd was dat 41 procent.

Er rijden 40 tankwagens. De regio trekt 3,5 miljoen euro uit tot eind september.

'Ik ben 84 en heb dit alleen in 1989 meegemaakt,' zegt Calogero Sciortino, die met zijn kleindochter voor zijn huis zit.

Het heeft al zeven maanden nauwelijks geregend. Burgemeester Giuseppe Lo Bue verbood het wassen van auto's en het vullen van zwembaden; overtreders riskeren een boete van maximaal 500 euro. Sicilië kampt voor het derde jaar op rij met droogte; in 2024 riep de regio al de noodtoestand uit.`,
	}, nil},
}
