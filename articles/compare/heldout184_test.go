package compare

// heldOutGalerna is a blind held-out set written without reading the
// extraction, matching or grouping code: ten events of shipping,
// business, local politics, floods, courts, space science, sport, health,
// film and railways, each reported three or four times in Danish,
// Norwegian, Swedish, Finnish, Czech, Polish, Romanian, Hungarian, Catalan
// and English (two Catalan reports of the Serrallonga sale, two Finnish of
// the Korpivaara vote, two Romanian of the Olteanca floods, two Czech of
// the Kamenický Újezd verdict). The topics: the ferry Havørn Star adrift
// without power in the Skagerrak with 412 passengers, the Czech drinks
// group Korunní Nápoje buying the cava maker Caves Serrallonga, Korpivaara
// voting against a merger with Lahtela, the Olteanca bursting its banks at
// Râșnița, the former mayor of Kamenický Újezd jailed for bribes from the
// Kraków builder Budomir, the launch of the Norwegian-Finnish satellite
// Polarsyn-2 put back, a World Cup 50 km ski race at Harjuvaara, a measles
// outbreak in Crișeni county, the Polish film Grey Hour winning the Golden
// Stag at Vrbno, and Nordnatt Tåg's night train from Havnstad to Trondvik.
//
// Six contradictions are planted, one in each of the first six events and
// all outside the first paragraph: a duration (dq1nb: "I sju timer drev
// fergen" against "I ni timer lå færgen og drev" and "drifted without
// power for nine hours"); an amount (dq2cs: "zaplatí Korunní nápoje 420
// milionů eur" against "240 milions d'euros" in both Catalan reports and
// "for €240 million including debt"); a percentage (dq3sv: "röstade 67
// procent emot sammanslagningen" against "61 prosenttia" in both Finnish
// reports and "Sixty-one percent of those who voted"); a count (dq4da:
// "evakueret omkring 3.200 mennesker" against "circa 2.300 de persoane" in
// both Romanian reports and "about 2,300 have been forced from their
// homes"); an age (dq5pl: "63-letni Czech" against "Sedmapadesátiletý
// Šindelář", "Radek Šindelář (57)" and "Šindelář, 57,"); a date (dq6fi:
// "Uusi laukaisupäivä on 13. huhtikuuta" against "torsdag 23. april",
// "pushed back to 23 April" and "den 23. april"). The last four events
// hold none.
//
// Traps that are no contradiction: nine hours beside a crossing of three
// hours 45 minutes ("3¾-hour", 17.30 to "kvart over ni"), a tug there
// after two and a half hours, a helicopter standing by for three hours, a
// fire out within a quarter of an hour ("et kvarter", "15 minutes"), 7.20pm
// as "Klokken 19.20", 412 passengers and 57 crew, about 150 Norwegians,
// 140 cars and 31 lorries, waves of six metres, 24 metres a second as
// "54mph", a gift card of 500 kroner, passengers of 38, 55 and 29, sailings
// cancelled until Tuesday. €240 million beside €35 million of debt, sales
// of €96 million ("dues vegades i mitja", "2.5 times"), 420 million euros
// as "10,4 miliardy korun", 18 billion koruna as "18.000 milions de
// corones" and "about €720 million", 14 million bottles, 60% abroad, shares
// up 3.8%, cava exports up 7% to 290 million bottles, 410 staff ("més de
// 400"), 380 hectares of vines against 600 in Moravia, 120 growers, five
// years, 1921, a chairman of 63, a chief of 48 and a mayor of 44, Tuesday
// as "ahir" and "dimarts". 61% beside 72% for in Lahtela ("lähes kolme
// neljästä"), turnout of 54% and 41%, a tax rate of 23.5%, "nearly a
// fifth" of the people lost, 6,800 and 23,400 people, 2,960 votes, 1,900
// names on a petition, €4.2 million a year, €40,000 for the vote, 86
// pupils, four seats, a manager of 59, a mayor of 56 and an activist of
// 44, 2039 as "vid årsskiftet 2038–2039", 400 and 300 municipalities. 2,300
// evacuated beside more than 900 from Râșnița alone and 350 in shelters,
// 640 houses, 14 bridges, 420 firefighters, 280 workers at a Danish plant,
// 4,000 bottles and 1,200 food parcels, 4.2 metres in 12 hours, 118 litres
// a square metre as "118 millimeter" and "118mm", two dead of 67 and 81,
// people of 52, 73 and 56, four hours on a roof, ten minutes, six weeks,
// 25 million lei as "about €5 million" against 60 million of damage, 1.1
// billion kroner, 11 dead in 2007, rain forecast for Sunday and a visit on
// Saturday. 57 beside the 56 million koruna the town claims, a builder's
// chief of 45 and a mayor of 41, six years against eight sought, three
// years suspended for five, 4.5 million koruna as "about €180,000" and
// "około 800 tys. zł" beside an envelope of 800,000 koruna, a contract of
// 180 million koruna against 236 million in the end, fines of 2 and 12
// million koruna, ten years' ban, 12 years in office (2024 to March 2036),
// 11,000 people, 14 months, 46 witnesses, five months in custody, 1,300
// staff and 940 million złoty of sales. 23 April beside the first date of
// 2 March, "seven weeks", a satellite of 290 kg, 550 km up, 15 passes a
// day, seven years, 1.2 billion kroner as "about €105 million" and a
// third of it, a 13-metre antenna for 38 million kroner, 60 researchers,
// 85 staff, directors of 52, 47 and 41, 2031, Tuesday as "tiistaina" in a
// Tuesday paper. 4.2 seconds beside 11.8 seconds, 2.04.31,6, 50 km against
// a women's 20 km on Saturday, minus 14 degrees, about 18,000 spectators,
// 46 points, skiers of 27, 31, 24 and 22, places 6, 9, 12 and 17, 68
// starters, ten laps of five km, a third win and an eleventh, 2034, two
// weeks. 146 cases beside 38 in hospital, vaccination of 71% against 83%
// and 95%, 12,000 doses as "12 ezer adag", 25 teams, four classes, 20 new
// beds, a child of two and children under five, a director of 54, a doctor
// of 31 years' service, 1,400 cases and nine deaths in 2033, Monday and
// Tuesday. €25,000 as "około 108 tys. zł", a budget of 7.5 million złoty as
// "about €1.7 million", 142 films from 38 countries against 14 in
// competition, 118,000 tickets up 6%, 52 editions, nine days instead of
// eight, seven years' work, a director of 38 ("osmatřicetiletá") and an
// actress of 61, 160,000 viewers of a debut of 2031, 2029, 13 November.
// 224 berths beside "Rundt 200 mennesker" at the station, 14 hours 20
// minutes from 19.42 to 10.02, three nights a week, nine carriages, eleven
// stops, 690 Swedish kronor as "cirka 470 danske kroner", 1,890 kronor,
// 45 million kronor a year for four years, over 11,000 tickets, 160 staff,
// eight years since 2029, a chief of 43, a mayor of 49, a driver of 58
// with 31 years at work, a passenger of 68, the 1990s, 2035 and 2038.
//
// Frozen before its first run, which flagged 2 of the 6 contradictions
// and 0 false disagreements. It flagged the hours adrift (duration
// "power": dq1nb's "sju timer" against "ni timer" and "nine hours") and
// the launch day (date "back": dq6fi's "13. huhtikuuta" against "23.
// april" in dq6da and dq6nb and "23 April"). It missed the price paid
// ("missed dq2cs.txt's €420 million against €240 million"), the vote
// against ("missed dq3sv.txt's 67% against 61%"), the people evacuated
// ("missed dq4da.txt's 3,200 against 2,300") and the mayor's age ("missed
// dq5pl.txt's 63 years against 57 years"): no disagreement was flagged on
// any of the four. No false one was flagged, within the limit of one the
// table held when the texts were frozen. Grouped with the other sets, its
// 35 reports of 10 events were found as 19 events, B-cubed precision
// 1.000, recall 0.652; over all 183 sets the grouping held precision
// 1.000, recall 0.926, F1 0.961. The prescribed commands were run once
// each; nothing changed after the run but this comment.
var heldOutGalerna = []heldOutEvent{
	{"havorn-star-ferry-adrift", map[string]string{
		"dq1da.txt": `da|Færge drev for motorstop i Skagerrak – 412 passagerer fik en lang nat

Indland

Lørdag 7. februar 2037

Færgen Havørn Star fra rederiet Kattegat Linjen mistede fredag aften al motorkraft midt i Skagerrak med 412 passagerer og 57 besætningsmedlemmer om bord. Ingen kom til skade.

Skibet var på vej fra Sandvær i Norge til Hirtshavn, en overfart der normalt tager tre timer og 45 minutter. Klokken 19.20 stoppede begge hovedmotorer efter en brand i en elektrisk tavle, som besætningen selv slukkede.

I ni timer lå færgen og drev i op til seks meter høje bølger, før bugserbåden Bjørn fik den slæbt ind i Hirtshavn kort efter klokken fire om morgenen. Bugserbåden nåede frem efter to og en halv time, men det tog lang tid at få en slæbeline fast i vinden på 24 meter i sekundet.

"Folk var søsyge og bange, men der var ingen panik," siger passageren Mette Kragh, 38, fra Frederikshavn, der rejste med sine to børn.

Om bord var 140 personbiler og 31 lastbiler. Rederiets administrerende direktør, Søren Bach, siger, at alle passagerer får billetten refunderet og et gavekort på 500 kroner. Havarikommissionen har indledt en undersøgelse.`,
		"dq1nb.txt": `nb|Ferge med 412 om bord drev hjelpeløst i Skagerrak

Nyheter

Lørdag 7. februar 2037

Fergen Havørn Star ble liggende uten motorkraft i Skagerrak fredag kveld etter en brann i en elektrisk tavle. Om bord var 412 passasjerer og 57 mannskaper, blant dem rundt 150 nordmenn.

Fergen hadde forlatt Sandvær klokken 17.30 og skulle etter planen være i danske Hirtshavn kvart over ni. Brannen ble slukket av mannskapet i løpet av et kvarter.

I sju timer drev fergen i kraftig vind og bølger på opptil seks meter før den danske slepebåten Bjørn fikk den i havn natt til lørdag. Hovedredningssentralen i Sør-Norge sendte også et redningshelikopter, som sto klar i området i tre timer.

"Det verste var lyden når bilene på dekket slo mot hverandre," sier Kari Lunde (55) fra Kristiansand, som var på vei til Danmark for å besøke datteren.

Kattegat Linjen lover å refundere billettene. Rederiet har innstilt alle avganger fram til tirsdag mens fergen undersøkes.`,
		"dq1en.txt": `en|Ferry with 412 passengers adrift for nine hours in Skagerrak storm

Europe

Saturday 7 February 2037

A Danish ferry carrying 412 passengers drifted without power for nine hours in a storm in the Skagerrak strait overnight, before a tug towed it into port early on Saturday.

The Havørn Star, operated by Kattegat Linjen, lost both main engines at about 7.20pm on Friday after a fire broke out in an electrical switchboard. The crew of 57 put out the fire within 15 minutes, the company said.

The ship was about halfway through the 3¾-hour crossing from Sandvær in Norway to Hirtshavn in northern Denmark. Winds reached 24 metres per second (54mph), with waves of up to six metres.

"It was a long and frightening night, but the crew were calm and kept handing out blankets and water," said Owen Whitlock, 29, a student from Leeds travelling with two friends.

The tug Bjørn reached the ferry about two and a half hours after the alarm was raised, but rescuers struggled to attach a line in the high winds. The vessel was carrying 140 cars and 31 lorries. Denmark's accident investigation board has opened an inquiry, and Kattegat Linjen has cancelled sailings until Tuesday.`,
	}, map[string][2]string{"dq1nb.txt": {"7 hours", "9 hours"}}},
	{"korunni-buys-caves-serrallonga", map[string]string{
		"dq2ca.txt": `ca|El grup txec Korunní compra Caves Serrallonga per 240 milions d'euros

Economia

Dimecres, 14 de gener del 2037

El grup de begudes txec Korunní Nápoje ha acordat la compra de Caves Serrallonga, un dels principals elaboradors de cava del Penedès, per 240 milions d'euros, segons van anunciar ahir totes dues empreses.

L'operació inclou el deute de la companyia catalana, d'uns 35 milions d'euros. Serrallonga, fundada el 1921 a Sant Pere de Vilaverd, va facturar l'any passat 96 milions d'euros i ven uns 14 milions d'ampolles a l'any, el 60% fora de l'Estat.

"És una decisió difícil, però garanteix el futur de la casa i dels seus 410 treballadors", va explicar el president, Jordi Serrallonga, de 63 anys, que representa la quarta generació de la família.

Korunní, amb seu a Praga, es compromet a mantenir la plantilla i la seu a Sant Pere de Vilaverd durant almenys cinc anys. El grup txec, que factura uns 18.000 milions de corones, gairebé 720 milions d'euros, vol utilitzar la marca per entrar als mercats d'Àsia.

L'acord encara ha de rebre el vistiplau de la Comissió Europea i es tancarà previsiblement al juny.`,
		"dq2ca2.txt": `ca|Serrallonga passa a mans txeques

Penedès

14/01/2037

La família Serrallonga ha venut la centenària caveria de Sant Pere de Vilaverd al grup txec Korunní Nápoje. L'anunci es va fer dimarts a la tarda a la mateixa finca, davant dels treballadors.

Segons les dues empreses, l'operació està valorada en 240 milions d'euros, deute inclòs. Fonts del sector consideren que el preu és alt: equival a dues vegades i mitja la facturació anual de la caveria.

La plantilla, de més de 400 persones, va rebre la notícia amb preocupació, tot i el compromís de mantenir els llocs de treball cinc anys. "Ens han dit que no canviarà res, però això sempre es diu", lamentava un treballador de la bodega amb 22 anys a la casa.

Serrallonga controla unes 380 hectàrees de vinya pròpia i compra raïm a més de 120 pagesos de la comarca. L'alcaldessa de Sant Pere de Vilaverd, Núria Ferrer, de 44 anys, va demanar garanties per als viticultors.

Els nous propietaris ja tenen cellers a Moràvia i a Eslovàquia.`,
		"dq2cs.txt": `cs|Korunní nápoje kupují katalánského výrobce sektu

Ekonomika

Středa 14. ledna 2037

Pražská skupina Korunní nápoje kupuje španělského výrobce šumivého vína cava, firmu Caves Serrallonga z Katalánska. Transakci skupina oznámila v úterý.

Za společnost včetně jejích dluhů zaplatí Korunní nápoje 420 milionů eur, tedy v přepočtu zhruba 10,4 miliardy korun. Jde o největší zahraniční akvizici v historii firmy. Akcie skupiny na pražské burze po oznámení posílily o 3,8 procenta.

Caves Serrallonga loni utržila 96 milionů eur a ročně prodá kolem 14 milionů lahví. Zaměstnává 410 lidí.

„Cava je dnes nejrychleji rostoucí kategorie šumivých vín ve střední Evropě a Serrallonga je značka se stoletou tradicí," řekl generální ředitel Korunních nápojů Pavel Dvořáček (48).

Skupina loni dosáhla tržeb 18 miliard korun a vlastní mimo jiné vinařství na jižní Moravě a minerálku Lesní pramen. Transakci musí ještě schválit Evropská komise.

Korunní nápoje v posledních pěti letech koupily tři vinařství a na jižní Moravě obhospodařují 600 hektarů vinic. Analytici očekávají, že nákup skupina zčásti financuje úvěrem.`,
		"dq2en.txt": `en|Czech drinks group Korunní buys cava maker Serrallonga for €240m

Business

Wednesday 14 January 2037

Korunní Nápoje, the Prague-based drinks group, has agreed to buy Caves Serrallonga, one of Catalonia's best-known cava producers, for €240 million including debt.

The deal, announced on Tuesday, ends more than a century of family ownership. Serrallonga was founded in 1921 and had sales of €96 million last year, selling about 14 million bottles, 60% of them abroad.

Korunní, whose sales reached 18 billion koruna (about €720 million) last year, said it would keep Serrallonga's 410 staff and its headquarters in Sant Pere de Vilaverd for at least five years. Its shares closed up 3.8% in Prague.

"We are buying a brand, but also a place and its people," chief executive Pavel Dvořáček said.

Analysts at Moravia Capital said the price, about 2.5 times annual sales, was at the top of the range for European wineries. Cava exports rose 7% last year to a record 290 million bottles.

The deal requires approval from the European Commission and is expected to close in June.`,
	}, map[string][2]string{"dq2cs.txt": {"€420 million", "€240 million"}}},
	{"korpivaara-merger-referendum", map[string]string{
		"dq3fi.txt": `fi|Korpivaara sanoi ei kuntaliitokselle

Kotimaa

Maanantai 23.3.2037

Korpivaaran asukkaat hylkäsivät sunnuntaina neuvoa-antavassa kansanäänestyksessä kunnan liittämisen naapurikaupunki Lahtelaan. Liitosta vastaan äänesti 61 prosenttia äänestäneistä.

Lahtelassa samana päivänä järjestetyssä äänestyksessä liitosta kannatti 72 prosenttia. Äänestysaktiivisuus oli Korpivaarassa 54 prosenttia ja Lahtelassa vain 41 prosenttia.

Korpivaaran kunnanjohtaja Tuula Heiskanen, 59, sanoi tuloksen olevan selvä viesti. "Ihmiset haluavat pitää päätösvallan omassa kunnassa, vaikka talous on tiukalla", hän sanoi.

Korpivaarassa asuu noin 6 800 ihmistä, ja väkiluku on pudonnut kymmenessä vuodessa lähes viidenneksen. Kunnan tuloveroprosentti on jo 23,5, maan korkeimpia.

Molempien kuntien valtuustot päättävät liitoksesta huhtikuussa. Äänestys ei sido valtuustoja, mutta useat korpivaaralaiset valtuutetut ovat luvanneet noudattaa tulosta. Liitoksen oli määrä tulla voimaan vuoden 2039 alussa.

Kansanäänestyksen järjestäminen maksoi Korpivaaralle noin 40 000 euroa. Kunnanvaltuuston puheenjohtaja Pekka Lumme kertoi, että valtuusto käsittelee tulosta seuraavassa kokouksessaan. Hänen mukaansa kunnan on nyt etsittävä säästöjä muualta, esimerkiksi yhteistyöstä naapurikuntien kanssa ja koulujen yhdistämisestä. Korpivaaran keskustasta on Lahtelaan matkaa noin 30 kilometriä.`,
		"dq3fi2.txt": `fi|Lahtela olisi halunnut naapurinsa – "Ovi jää auki"

Lahtelan Sanomat

23.3.2037

Lahtelan kaupunginjohtaja Markku Rinne ei aio haudata liitoshanketta, vaikka Korpivaara äänesti sunnuntaina liitosta vastaan. Korpivaaran äänestäjistä 61 prosenttia vastusti liitosta.

"Ovi jää auki. Kunnioitamme tulosta, mutta palvelut eivät parane sillä, että asia unohdetaan", Rinne sanoi maanantaina.

Lahtelassa liitosta kannatti lähes kolme neljästä äänestäjästä. Kaupunkilaisista kuitenkin vain 41 prosenttia vaivautui äänestämään. Lahtelassa asuu 23 400 ihmistä.

Liitosselvityksen mukaan yhdistynyt kunta olisi säästänyt vuodessa noin 4,2 miljoonaa euroa. Korpivaaran terveysaseman aukioloaikoja on jo supistettu kahteen päivään viikossa.

Korpivaarassa annettiin äänestyksessä kaikkiaan 2 960 ääntä.

Rinne muistutti, että Lahtela ja Korpivaara tekevät jo nyt yhteistyötä muun muassa jätehuollossa, pelastustoimessa ja kirjastopalveluissa. Yhteistyötä voidaan hänen mukaansa laajentaa ilman liitostakin.

Liitoksen vastustajat keräsivät syksyllä adressin, jonka allekirjoitti yli 1 900 korpivaaralaista. Heidän mukaansa pienen kunnan ääni olisi hukkunut isoon kaupunkiin, jonka valtuustossa Korpivaaralla olisi ollut vain neljä paikkaa. Rinne itse on 56-vuotias ja on toiminut kaupunginjohtajana vuodesta 2031.`,
		"dq3sv.txt": `sv|Korpivaara röstade nej till sammanslagning

Finland

Måndag 23 mars 2037

Invånarna i den tvåspråkiga kommunen Korpivaara i Finland sade nej till att gå samman med grannstaden Lahtela i en rådgivande folkomröstning på söndagen.

Enligt det slutliga resultatet röstade 67 procent emot sammanslagningen. Valdeltagandet var 54 procent. I Lahtela, där en egen omröstning hölls samma dag, röstade 72 procent för.

Omkring en tiondel av Korpivaaras 6 800 invånare har svenska som modersmål, och många av dem har oroat sig för den svenskspråkiga skolans framtid i en större kommun.

– Vi är glada. Nu måste vi själva visa att vi klarar oss, säger Henrik Sjöblom, 44, ordförande för den lokala föreningen Korpivaara Framåt.

Fullmäktige i båda kommunerna fattar det formella beslutet i april. Sammanslagningen skulle ha trätt i kraft vid årsskiftet 2038–2039.

Omröstningen kostade kommunen omkring 40 000 euro. I Korpivaara finns i dag två skolor, varav en svenskspråkig med 86 elever.`,
		"dq3en.txt": `en|Finnish town rejects merger in local vote

Nordic news

Monday 23 March 2037

Voters in the small Finnish municipality of Korpivaara have rejected a plan to merge with the neighbouring town of Lahtela, in a non-binding referendum held on Sunday.

Sixty-one percent of those who voted in Korpivaara said no, while in Lahtela, which held its own vote, 72% backed the merger. Turnout was 54% in Korpivaara and 41% in Lahtela.

The merger, which would have taken effect at the start of 2039, was meant to save about €4.2 million a year. Korpivaara, home to some 6,800 people, has lost nearly a fifth of its population in a decade and has one of Finland's highest municipal income tax rates, at 23.5%.

"People want decisions about their lives to be made here," said Tuula Heiskanen, Korpivaara's municipal manager.

Both councils will vote on the plan in April. Finland has cut the number of its municipalities from more than 400 to about 300 since 2007, largely through mergers.`,
	}, map[string][2]string{"dq3sv.txt": {"67%", "61%"}}},
	{"olteanca-floods-rasnita", map[string]string{
		"dq4ro.txt": `ro|Inundații în județul Sărățel: 2.300 de oameni evacuați, doi morți

Actualitate

Vineri, 15 mai 2037

Ploile torențiale care au căzut joi în nordul județului Sărățel au provocat cele mai grave inundații din ultimii 30 de ani. Două persoane și-au pierdut viața, iar aproximativ 2.300 de oameni au fost evacuați din nouă localități.

Râul Olteanca a crescut cu 4,2 metri în mai puțin de 12 ore și a ieșit din matcă în dreptul orașului Râșnița. Meteorologii au măsurat 118 litri pe metru pătrat în 24 de ore, cât plouă de obicei în două luni.

Peste 640 de case au fost inundate, iar 14 poduri și podețe au fost luate de ape. Un bărbat de 67 de ani a fost găsit mort în curtea casei sale din satul Piscu Vechi, iar o femeie de 81 de ani a murit după ce apa i-a inundat locuința.

„Apa a venit peste noi în zece minute. N-am putut salva decât actele", a povestit Maria Dobrescu, 52 de ani, din Râșnița.

Prefectul județului, Adrian Stoica, a declarat stare de alertă. În zonă intervin 420 de pompieri și jandarmi, iar Guvernul a aprobat un ajutor de urgență de 25 de milioane de lei.`,
		"dq4ro2.txt": `ro|Râșnița, sub ape: „N-am mai văzut așa ceva"

Regional

15.05.2037

Orașul Râșnița s-a trezit vineri dimineață sub un strat gros de nămol, după ce Olteanca a ieșit din matcă joi după-amiază. Autoritățile au evacuat în total circa 2.300 de persoane, dintre care peste 900 doar din Râșnița.

Cele mai multe familii au fost cazate la rude, iar aproximativ 350 de oameni au dormit în sala de sport a liceului și în două școli. Crucea Roșie a distribuit 4.000 de sticle de apă și 1.200 de pachete cu alimente.

„Ne-a luat tot. Am stat pe acoperiș patru ore până au venit pompierii cu barca", spune Ion Marinescu, de 73 de ani.

Primarul Râșniței, Gheorghe Vlad, estimează pagubele doar în oraș la peste 60 de milioane de lei. Potrivit ISU, apa a scăzut cu aproape un metru peste noapte, dar meteorologii anunță noi ploi pentru duminică.

Cei doi morți, un bărbat de 67 de ani și o femeie de 81 de ani, locuiau în satele din amonte.`,
		"dq4da.txt": `da|Oversvømmelser i Rumænien rammer dansk møbelfabrik

Erhverv

Fredag 15. maj 2037

Voldsomme oversvømmelser i det nordlige Rumænien har sat den danske møbelproducent Egebjerg Møblers fabrik i byen Râșnița under vand. Produktionen ligger stille, men ingen af de 280 ansatte kom til skade.

Floden Olteanca gik torsdag over sine bredder efter et skybrud, hvor der faldt 118 millimeter regn på et døgn. To mennesker er omkommet, og de rumænske myndigheder har evakueret omkring 3.200 mennesker fra ni byer og landsbyer.

"Vandet stod over en meter højt i produktionshallen. Vi regner med, at det tager mindst seks uger at komme i gang igen," siger Egebjergs direktør, Lars Thygesen, 56.

Fabrikken står for omkring en tredjedel af koncernens produktion og leverer blandt andet til to store svenske møbelkæder. Egebjerg Møbler omsatte sidste år for 1,1 milliarder kroner.

Udenrigsministeriet oplyser, at der ikke er meldinger om danskere blandt de omkomne eller sårede.

Egebjerg har haft fabrik i Rumænien siden 2016.`,
		"dq4en.txt": `en|Two dead as floods force thousands from homes in Romania

World

Friday 15 May 2037

Two people have died and about 2,300 have been forced from their homes after torrential rain caused the Olteanca river to burst its banks in northern Romania, officials said.

The river rose 4.2 metres in less than 12 hours on Thursday, flooding more than 640 houses in the town of Râșnița and eight surrounding villages. Some 118mm of rain fell in 24 hours, equivalent to two months' worth.

A 67-year-old man and an 81-year-old woman were killed. Emergency services said 420 firefighters and gendarmes had been deployed, using boats to reach people stranded on roofs.

The government has approved 25 million lei (about €5 million) in emergency aid. The region's last comparable floods, in 2007, killed 11 people.

Forecasters have warned of more rain on Sunday.

Romania's prime minister is due to visit the area on Saturday.`,
	}, map[string][2]string{"dq4da.txt": {"3,200", "2,300"}}},
	{"kamenicky-ujezd-mayor-bribes", map[string]string{
		"dq5cs.txt": `cs|Bývalý starosta Kamenického Újezda dostal za úplatky šest let

Domácí

Čtvrtek 10. září 2037

Krajský soud v Brodci ve středu poslal bývalého starostu Kamenického Újezda Radka Šindeláře na šest let do vězení. Podle soudu přijal od polské stavební firmy úplatky ve výši 4,5 milionu korun za to, že jí pomohl vyhrát zakázku na stavbu městského aquaparku.

Zakázka za 180 milionů korun byla vypsána v roce 2033. Aquapark se otevřel o dva roky později a jeho stavba nakonec stála 236 milionů.

Sedmapadesátiletý Šindelář vinu celou dobu popíral. „Nikdy jsem od nikoho nevzal ani korunu," řekl v závěrečné řeči. Soud mu kromě trestu vězení uložil peněžitý trest dva miliony korun a zákaz výkonu veřejných funkcí na deset let.

Ředitel polské firmy Budomir Tomasz Kalinowski (45) dostal tři roky s podmíněným odkladem na pět let, firma musí zaplatit 12 milionů korun.

Státní zástupkyně Jana Horáková žádala pro bývalého starostu osm let. Rozsudek není pravomocný, obhajoba se odvolá k Vrchnímu soudu v Praze.`,
		"dq5cs2.txt": `cs|Šindelář: Odvolám se, jsem nevinný

Brodecký deník

10. 9. 2037

„Je to politický proces," řekl novinářům po vynesení rozsudku bývalý starosta Kamenického Újezda Radek Šindelář (57). Krajský soud ho ve středu odsoudil k šesti letům vězení za přijímání úplatků.

Šindelář vedl město s 11 tisíci obyvateli dvanáct let, od roku 2024 až do března 2036, kdy ho policie zadržela v restauraci na náměstí. Podle obžaloby tam převzal obálku s 800 tisíci korunami.

Proces trval 14 měsíců a soud vyslechl 46 svědků. Podle předsedy senátu Milana Kříže důkazy včetně odposlechů „nenechávají prostor pro pochybnosti".

Současná starostka Eva Pokorná (41) uvedla, že město bude po firmě Budomir požadovat náhradu škody 56 milionů korun, tedy rozdíl mezi původní a skutečnou cenou aquaparku.

„Lidé ve městě chtějí hlavně vědět, jestli se peníze vrátí," dodala.

Aquapark v Kamenickém Újezdě navštíví ročně kolem 150 tisíc lidí a po celou dobu procesu zůstal otevřený. Šindelář strávil ve vazbě pět měsíců.`,
		"dq5pl.txt": `pl|Czeski burmistrz skazany za łapówki od polskiej firmy

Kraj i świat

Czwartek, 10 września 2037

Sąd w czeskim Brodcu skazał w środę na sześć lat więzienia byłego burmistrza miasta Kamenický Újezd Radka Šindelářa. Według sądu przyjął on 4,5 mln koron, czyli około 800 tys. zł, łapówek od krakowskiej firmy budowlanej Budomir.

W zamian firma miała wygrać przetarg na budowę aquaparku o wartości 180 mln koron. 63-letni Czech nie przyznał się do winy i zapowiedział apelację.

Prezes Budomiru Tomasz Kalinowski, 45-latek z Krakowa, usłyszał wyrok trzech lat więzienia w zawieszeniu na pięć lat. Spółka ma zapłacić grzywnę w wysokości 12 mln koron.

„Wyrok jest dla nas krzywdzący. Firma wykonała inwestycję rzetelnie i w terminie" – powiedział nam adwokat spółki Marek Zieliński.

Budomir zatrudnia ok. 1,3 tys. osób i buduje obiekty sportowe w Polsce, Czechach i na Słowacji. W zeszłym roku miał 940 mln zł przychodów.

Wyrok nie jest prawomocny. Proces trwał 14 miesięcy.`,
		"dq5en.txt": `en|Former Czech mayor jailed for six years over water park bribes

Europe

Thursday 10 September 2037

A court in the Czech Republic has sentenced Radek Šindelář, the former mayor of the town of Kamenický Újezd, to six years in prison for taking bribes from a Polish construction company.

The regional court in Brodec found on Wednesday that Šindelář, 57, had accepted 4.5 million koruna (about €180,000) in return for helping Budomir, based in Kraków, win a 180 million koruna contract to build a water park in 2033.

The court also fined him 2 million koruna and banned him from public office for ten years. Prosecutors had sought eight years.

Budomir's chief executive, Tomasz Kalinowski, 45, received a three-year suspended sentence, and the company was fined 12 million koruna.

Šindelář, who ran the town of 11,000 people for 12 years, denies wrongdoing and has said he will appeal.

The trial lasted 14 months.`,
	}, map[string][2]string{"dq5pl.txt": {"63 years", "57 years"}}},
	{"polarsyn-2-launch-delay", map[string]string{
		"dq6nb.txt": `nb|Oppskytingen av Polarsyn-2 utsatt til 23. april

Vitenskap

Tirsdag 10. mars 2037

Den norsk-finske forskningssatellitten Polarsyn-2 skal etter planen skytes opp fra Kvitnes romsenter i Vesterålen torsdag 23. april, opplyser romsenteret. Oppskytingen var opprinnelig satt til 2. mars.

Utsettelsen skyldes en feil på en ventil i andre trinn av bæreraketten NR-3, som ble oppdaget under en test i slutten av februar. Ventilen er nå byttet.

Satellitten veier 290 kilo og skal i sju år måle tykkelsen på havisen i Arktis fra en bane 550 kilometer over jorda. Prosjektet har kostet 1,2 milliarder kroner, og Finland har betalt rundt en tredjedel.

– Vi vil heller bruke noen uker ekstra enn å ta en unødvendig risiko, sier direktør Ingrid Solbakken (52) ved Kvitnes romsenter.

Polarsyn-2 blir den fjerde satellitten som skytes opp fra Kvitnes. Forgjengeren Polarsyn-1 ble skutt opp i 2031 og sluttet å sende data i fjor høst.

Den finske radaren om bord ble levert i fjor sommer.`,
		"dq6fi.txt": `fi|Suomalais-norjalaisen satelliitin laukaisu siirtyy huhtikuulle

Tiede

Tiistai 10.3.2037

Arktisen merijään paksuutta mittaavan Polarsyn-2-satelliitin laukaisu on siirretty maaliskuun alusta huhtikuulle. Satelliitti on kehitetty yhdessä norjalaisten kanssa, ja siinä on suomalainen tutkamittalaite.

Kantoraketin toisen vaiheen venttiilistä löytyi vika helmikuun lopulla. Uusi laukaisupäivä on 13. huhtikuuta, kertoi Kvitnesin avaruuskeskus tiistaina.

Pohjoisen ilmatieteen instituutin tutkimusjohtaja Jussi Kivelä, 47, sanoo, ettei viivästys haittaa tutkimusta. "Satelliitin on tarkoitus toimia seitsemän vuotta, joten muutama viikko ei ratkaise mitään", hän sanoo.

Suomen osuus hankkeen 1,2 miljardin kruunun eli noin 105 miljoonan euron kustannuksista on noin kolmannes. Suomalaisen mittalaitteen rakentamiseen osallistui 60 tutkijaa ja insinööriä.

Satelliitti kiertää maata 550 kilometrin korkeudella ja ylittää napa-alueen 15 kertaa vuorokaudessa.

Ensimmäinen Polarsyn-satelliitti laukaistiin vuonna 2031, ja se lakkasi lähettämästä tietoja viime syksynä. Tutkijoilla on siksi ollut lähes puolen vuoden aukko merijään mittauksissa.

Laukaisu tapahtuu Pohjois-Norjasta NR-3-kantoraketilla, ja satelliitti painaa 290 kiloa. Kivelän mukaan suomalainen ryhmä matkustaa Kvitnesiin kaksi viikkoa ennen laukaisua valvomaan viimeisiä testejä.`,
		"dq6en.txt": `en|Launch of Arctic sea-ice satellite delayed by seven weeks

Science

Tuesday 10 March 2037

The launch of Polarsyn-2, a Norwegian-Finnish satellite designed to measure the thickness of Arctic sea ice, has been pushed back to 23 April after engineers found a faulty valve in its rocket.

The 290kg satellite had been due to lift off on 2 March from the Kvitnes space centre in northern Norway aboard an NR-3 rocket. The fault, in the rocket's second stage, was discovered during a test in late February.

The mission has cost 1.2 billion Norwegian kroner (about €105 million). Finland, which built its radar instrument, has paid roughly a third.

"We would rather spend a few extra weeks than take a risk we don't need to," said Ingrid Solbakken, 52, the director of the space centre.

From an orbit 550km above the Earth, the satellite will pass over the polar region 15 times a day during its planned seven-year mission. Its predecessor, launched in 2031, stopped sending data last autumn.`,
		"dq6da.txt": `da|Dansk antenne venter på forsinket polarsatellit

Viden

Onsdag 11. marts 2037

Den norsk-finske satellit Polarsyn-2 bliver først sendt op den 23. april, mere end syv uger senere end planlagt. Det betyder også ventetid for en ny modtageantenne i Kangerdlak i Grønland, som et dansk firma har bygget til at tage imod satellittens data.

Antennen på 13 meter blev indviet i januar og har kostet 38 millioner kroner. Den er bygget af virksomheden Nordtek Antenna fra Aalborg, der har 85 ansatte.

"Vi er klar. Nu venter vi bare på, at der kommer noget at tage imod," siger Nordteks direktør, Anne-Sofie Lindberg, 41.

Opsendelsen fra Kvitnes i Nordnorge blev udskudt på grund af en defekt ventil i raketten. Satellitten skal i syv år måle havisens tykkelse og flyver hen over polarområdet 15 gange i døgnet.

Nordtek Antenna har tidligere bygget antenner til vejrsatellitter på Færøerne og i Island. Firmaet omsatte sidste år for 140 millioner kroner.`,
	}, map[string][2]string{"dq6fi.txt": {"13 April", "23 April"}}},
	{"harjuvaara-50km-world-cup", map[string]string{
		"dq7nb.txt": `nb|Tveitnes vant femmila i Harjuvaara etter spurtduell

Sport

Mandag 16. februar 2037

Eirik Tveitnes vant søndag 50-kilometeren i verdenscupen i finske Harjuvaara. Den 27 år gamle skiløperen fra Sogndalsfjøra slo hjemmehåpet Aleksi Saarikoski med 4,2 sekunder etter en spurtduell opp den siste bakken.

Tveitnes gikk de 50 kilometerne i fri teknikk på 2.04.31,6. Svenske Oskar Lindqvist tok tredjeplassen, 11,8 sekunder bak vinneren.

– Det var mitt tøffeste løp noen gang. Jeg hadde ingenting igjen de siste 200 meterne, sa Tveitnes etter målgang.

Det var minus 14 grader ved start, og rundt 18 000 tilskuere sto langs løypa. Seieren var Tveitnes' tredje i verdenscupen denne sesongen og den ellevte i karrieren.

Med seieren tok han over ledelsen i sammendraget, 46 poeng foran Lindqvist. Neste renn går i Sverige om to uker.

Saarikoski, som er 31 år, tok sin beste plassering siden 2034. Beste nordmann bak Tveitnes var Håvard Bøe på sjetteplass.`,
		"dq7fi.txt": `fi|Saarikoski jäi kotiladulla 4,2 sekunnin päähän voitosta

Urheilu

Maanantai 16.2.2037

Aleksi Saarikoski hiihti sunnuntaina Harjuvaaran maailmancupin 50 kilometrillä toiseksi, vain 4,2 sekuntia norjalaisen Eirik Tveitnesin jälkeen. Kyseessä oli 31-vuotiaan Saarikosken paras tulos sitten vuoden 2034.

Ratkaisu syntyi viimeisessä nousussa, jossa Tveitnes pääsi irti. Ruotsin Oskar Lindqvist oli kolmas.

"Harmittaa, mutta olen tyytyväinen. Yleisö kantoi minut loppuun asti", Saarikoski sanoi.

Katsomoissa ja ladun varrella oli noin 18 000 ihmistä, mikä on Harjuvaaran ennätys. Pakkasta oli lähdössä 14 astetta.

Muista suomalaisista Ville Hämäläinen oli yhdeksäs ja 22-vuotias Joni Pesonen 17:s. Suomen naisista Emma Kallio sijoittui lauantain 20 kilometrin kisassa viidenneksi.

Norjalainen Tveitnes, 27, hiihti 50 kilometriä vapaalla tyylillä aikaan 2.04.31,6. Voitto oli hänen kolmas tällä kaudella.

Saarikoski kertoi, että suksivalinta tehtiin vasta lähtöä edeltävänä iltana. "Keli oli vaikea, ja pakkanen kiristyi koko ajan", hän sanoi. Saarikoski nousi kokonaiskilpailussa viidenneksi. Ladulle lähti kaikkiaan 68 hiihtäjää, jotka kiersivät kymmenen kertaa viiden kilometrin lenkin. Tveitnes johtaa nyt maailmancupin kokonaiskilpailua.`,
		"dq7sv.txt": `sv|Lindqvist trea i Harjuvaara – första pallplatsen i en femmil

Sport

Måndag 16 februari 2037

Oskar Lindqvist slutade trea när världscupen avgjorde 50 kilometer fristil i finska Harjuvaara på söndagen. 24-åringen från Frösvik var 11,8 sekunder efter norske segraren Eirik Tveitnes.

Tveitnes vann spurten mot finländaren Aleksi Saarikoski med 4,2 sekunder. Segertiden blev 2.04.31,6.

– Jag tappade kontakten i sista backen. Men en pallplats i en femmil är stort för mig, säger Lindqvist, som tog sin första pallplats i ett distanslopp.

Lindqvist ligger tvåa i världscupen, 46 poäng efter Tveitnes. Nästa tävling avgörs i Bergsjö om två veckor.

Bästa svenska i damernas 20 kilometer på lördagen var Frida Holmberg på åttonde plats.

Tveitnes, 27, tog sin tredje världscupseger för säsongen. Det var 14 minusgrader vid starten och omkring 18 000 åskådare längs spåret.

Finländaren Saarikoski, 31, fick publiken att jubla när han ledde loppet efter 40 kilometer. Bästa svensk efter Lindqvist var Axel Brändström på tolfte plats.`,
	}, nil},
	{"criseni-measles-outbreak", map[string]string{
		"dq8ro.txt": `ro|Primul deces din focarul de rujeolă din Crișeni: un copil de doi ani

Sănătate

Miercuri, 18 noiembrie 2037

Un copil de doi ani din comuna Valea Lungă a murit luni la Spitalul Județean Crișeni, primul deces din focarul de rujeolă care a izbucnit în județ la începutul lunii octombrie. Copilul nu era vaccinat.

Direcția de Sănătate Publică a confirmat până marți 146 de cazuri, dintre care 38 de pacienți sunt încă internați, majoritatea copii sub cinci ani.

Rata de vaccinare cu prima doză de ROR în județ este de doar 71%, față de 83% la nivel național și de ținta de 95% recomandată de Organizația Mondială a Sănătății.

„Este o tragedie care putea fi evitată", a declarat directoarea DSP, dr. Carmen Iordache, 54 de ani. Ministerul Sănătății trimite 12.000 de doze de vaccin, iar 25 de echipe mobile vor merge din casă în casă în satele cele mai afectate.

Patru clase din două școli au fost închise temporar. Ultima epidemie majoră, în 2033, a afectat peste 1.400 de persoane în toată țara și a provocat nouă decese.`,
		"dq8hu.txt": `hu|Kanyarójárvány Crișeni megyében: meghalt egy kétéves gyermek

Erdély

2037. november 18., szerda

Egy kétéves kisgyermek halálát okozta a kanyaró Crișeni megyében, ahol október eleje óta terjed a járvány. A gyermek hétfőn hunyt el a megyei kórházban, nem volt beoltva.

A megyei népegészségügyi igazgatóság kedden 146 igazolt esetről számolt be, közülük 38 beteg még kórházban van. A fertőzöttek nagyobb része öt évnél fiatalabb gyermek.

A megyében a gyerekeknek csak 71 százaléka kapta meg az első oltást, az országos arány 83 százalék. Az egészségügyi minisztérium 12 ezer adag vakcinát küld a megyébe.

"Az utóbbi hetekben sok szülő magától jelentkezett oltásra, ez biztató" – mondta Fekete Ildikó háziorvos, aki 31 éve dolgozik a közeli Nagyberek faluban.

A hatóságok szerint a legtöbb eset három településen fordult elő. A kórház látogatási tilalmat rendelt el a gyermekosztályon.

A járvány miatt a megyei kórház gyermekosztályán 20 új ágyat állítottak be. Carmen Iordache, a népegészségügyi igazgatóság vezetője szerint a tragédia elkerülhető lett volna.`,
		"dq8en.txt": `en|Toddler dies as measles outbreak spreads in Romanian county

Health

Wednesday 18 November 2037

A two-year-old child has died of measles in Romania's Crișeni county, the first death in an outbreak that began in early October, health officials said.

The child, who had not been vaccinated, died in hospital on Monday. By Tuesday the county had recorded 146 confirmed cases, and 38 patients remained in hospital, most of them under the age of five.

Only 71% of children in the county have received their first dose of the MMR vaccine, against 83% nationally and the 95% recommended by the World Health Organization to stop the disease spreading.

The health ministry said it was sending 12,000 doses to the county, and 25 mobile teams would vaccinate children door to door.

Europe has seen a rise in measles over the past decade. Romania's last major outbreak, in 2033, infected more than 1,400 people and killed nine.`,
	}, nil},
	{"vrbno-film-festival-golden-stag", map[string]string{
		"dq9cs.txt": `cs|Zlatého jelena ve Vrbně získal polský film Šedá hodina

Kultura

Neděle 4. října 2037

Hlavní cenu 52. ročníku Mezinárodního filmového festivalu Vrbno, Zlatého jelena, získalo v sobotu večer polské drama Šedá hodina režisérky Agnieszky Wrzos. S cenou je spojena odměna 25 tisíc eur.

Film vypráví o ošetřovatelce, která se stará o umírajícího horníka ve Slezsku. Porota ocenila jeho „tichou, ale neúprosnou sílu".

Cenu za nejlepší ženský herecký výkon získala Klára Vondráčková za roli v českém snímku Dům u splavu, nejlepším režisérem se stal Rumun Andrei Pârvu.

Devítidenní festival uvedl 142 filmů z 38 zemí. Pořadatelé prodali rekordních 118 tisíc vstupenek, o 6 procent víc než loni.

„Jsem dojatá. Tenhle film jsme točili sedm let," řekla na pódiu osmatřicetiletá režisérka.

Šedá hodina měla světovou premiéru v soutěži festivalu ve středu. Do českých kin ji distributor uvede na jaře.

Diváckou cenu získal dokument Poslední převozník slovenského režiséra Mateje Kollára. Festival letos poprvé trval devět dní místo osmi.`,
		"dq9pl.txt": `pl|„Szara godzina" ze Złotym Jeleniem. Sukces Agnieszki Wrzos w Czechach

Kultura

Niedziela, 4 października 2037

Film „Szara godzina" Agnieszki Wrzos zdobył w sobotę Złotego Jelenia, główną nagrodę festiwalu filmowego w czeskim Vrbnie. To pierwsze takie wyróżnienie dla polskiego filmu od 2029 roku.

Nagroda wynosi 25 tys. euro, czyli około 108 tys. zł. Budżet filmu, kręconego w Radlinie Górnym, wyniósł 7,5 mln zł.

Główną rolę zagrała 61-letnia Halina Brzezińska, którą krytycy wymieniali wśród faworytek do nagrody aktorskiej. Ta trafiła jednak do Czeszki Klary Vondráčkovej.

„Robiliśmy ten film przez siedem lat, bez wielkich pieniędzy i bez pośpiechu" – mówiła ze sceny 38-letnia reżyserka.

Do polskich kin „Szara godzina" wejdzie 13 listopada. W konkursie głównym festiwalu pokazano 14 filmów.

Wrzos ma na koncie dwa filmy fabularne. Jej debiut „Pod prąd" z 2031 r. obejrzało w kinach 160 tys. widzów.

Festiwal w Vrbnie trwał dziewięć dni, pokazano na nim 142 filmy z 38 krajów.`,
		"dq9en.txt": `en|Polish drama Grey Hour wins top prize at Vrbno film festival

Culture

Sunday 4 October 2037

Grey Hour, a Polish drama about a nurse caring for a dying miner, won the Golden Stag, the main prize of the Vrbno International Film Festival in the Czech Republic, on Saturday night.

Its director, Agnieszka Wrzos, 38, said she had spent seven years making the film, which had a budget of 7.5 million złoty (about €1.7 million). The prize carries €25,000.

The Czech actor Klára Vondráčková won best actress, and the Romanian Andrei Pârvu was named best director.

The nine-day festival, in its 52nd year, screened 142 films from 38 countries and sold a record 118,000 tickets. Fourteen films competed for the Golden Stag.

Grey Hour is Wrzos's second feature. Her debut, Against the Current, drew 160,000 cinemagoers in Poland in 2031.

Vondráčková was honoured for her role in the Czech film The House by the Weir.`,
	}, nil},
	{"nordnatt-night-train-trondvik", map[string]string{
		"dq10sv.txt": `sv|Nattåget till Trondvik är tillbaka – första avgången fullbokad

Inrikes

Lördag 20 juni 2037

För första gången sedan 2029 går det åter ett nattåg mellan Danmark, Sverige och Norge. Nordnatt Tågs första tåg lämnade Havnstad i fredags kväll klockan 19.42 med alla 224 sovplatser bokade.

Resan till Trondvik tar 14 timmar och 20 minuter och går via Vättersby. Till en början går tåget tre nätter i veckan, från 2038 varje natt.

Trafikverket stöder linjen med 45 miljoner kronor om året i fyra år.

– Efterfrågan har överträffat allt vi räknat med. Vi har redan sålt över 11 000 biljetter till sommaren, säger Nordnatt Tågs vd Maja Ekholm, 43.

En sittplats kostar från 690 kronor och en sovkupé från 1 890 kronor. Tåget har nio vagnar, varav en restaurangvagn.

Nordnatt Tåg har i dag 160 anställda och kör sedan 2035 även nattåg mellan Malmvik och Hamburg.

Tåget stannar på elva stationer längs vägen.`,
		"dq10da.txt": `da|Nattoget til Norge kørte igen: "Som i gamle dage"

Indland

Lørdag 20. juni 2037

Det første nattog mod Trondvik i Norge i otte år forlod fredag aften Havnstad Station med fuldt bookede sovevogne. Toget ankom efter planen til Trondvik lørdag formiddag klokken 10.02.

Bag ruten står det svenske selskab Nordnatt Tåg, der får statsstøtte fra Sverige. Toget kører indtil videre tre gange om ugen.

"Jeg tog det samme tog som ung i 1990'erne. Det er som i gamle dage, bare med wifi," siger Poul Hedegaard, 68, der var med på den første tur sammen med sit barnebarn.

Danske passagerer kan stå på i Havnstad og i Kirkeby. En siddeplads koster fra cirka 470 danske kroner, svarende til de 690 svenske kroner, selskabet annoncerer.

Transportministeren kalder nattoget "et lille skridt for klimaet" og vil undersøge, om Danmark også skal give tilskud.

Toget har 224 sovepladser og en restaurantvogn. En sovekupé koster fra 1.890 svenske kroner.`,
		"dq10nb.txt": `nb|Nattoget fra Danmark rullet inn i Trondvik

Nyheter

Lørdag 20. juni 2037

Klokka 10.02 lørdag formiddag rullet det første nattoget fra Havnstad i Danmark inn på Trondvik stasjon, nøyaktig i rute etter 14 timer og 20 minutter.

Rundt 200 mennesker og et korps tok imot toget. Ordfører Siri Haugland (49) kalte det «en historisk dag for byen».

Toget kjøres av svenske Nordnatt Tåg og har 224 soveplasser fordelt på ni vogner. Det går tre netter i uka i begge retninger, og fra 2038 hver natt.

– Jeg har kjørt tog i 31 år, men dette var noe helt spesielt, sier lokfører Arne Vik (58).

Den forrige nattogforbindelsen mellom Trondvik og Danmark ble lagt ned i 2029 på grunn av for få reisende. Nå har selskapet solgt over 11 000 billetter for sommeren.

Billigste sitteplass koster 690 svenske kroner, og toget stopper på elleve stasjoner underveis. Det går fra Havnstad klokka 19.42.`,
	}, nil},
}
