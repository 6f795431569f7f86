package compare

// heldOutNemere is a blind held-out set written without reading the
// extraction, matching or grouping code: ten events of transport
// accidents, industry, farming, crime, sport, prices, culture, health,
// weather and borders, each reported three or four times in Hungarian,
// Swedish, Polish and English (two Hungarian reports of the Korventa
// plant, the Egervölgy donation and the Nagyhatár queue, two Polish of
// the Mielnicka drought and the Radomierz heating price, two Swedish of
// the Ljungsta robbery, the Västmark waiting lists and storm Hedda). The
// topics: the river cruise ship Amber Heron aground on the Tárna near
// Kővárad with 164 passengers, the Swedish battery maker Korventa building
// a cell plant at Tarnóhely, a drought cutting the wheat harvest of the
// Mielnicka Plain, a bank robbery at Ljungsta and the arrest of two men
// in Poland, Ciepło Radomierz raising the price of district heat, a
// Swedish collector giving 240 works by Ilona Rácz to the Egervölgy
// museum, Kővárad KC winning the Central European women's handball league
// final at Lubrzyce, an audit of the Västmark waiting lists, storm Hedda
// cutting power in Sweden and Poland, and a lorry queue at the Nagyhatár
// border crossing after a new entry system.
//
// Six contradictions are planted, one in each of the first six events and
// all outside the first paragraph: a duration (nm1sv: "I fyra timmar fick
// passagerarna vänta ombord" against "hat órán át", "Przez sześć godzin"
// and "for six hours"); an amount (nm2pl: "Koncern zamierza zainwestować
// na Węgrzech 580 mln euro" against "850 millió eurós", "850 miljoner
// euro" and, in nm2hu2, "A 850 millió eurós beruházás"); a percentage
// (nm3hu: "a búzatermés a térségben 43 százalékkal marad el" against "o
// 34 proc." in both Polish reports and "by 34%"); a count (nm4pl2: "Nowa
// taryfa dotknie 28 tys. gospodarstw domowych" against "38 tysięcy
// mieszkań" and "Omkring 38 000 hushåll"); an age (nm5en: "The
// 43-year-old main suspect" against "en 34-årig man" and "34-letni
// obywatel Szwecji"); a date (nm6sv: "Museet öppnar den 4 november"
// against "november 14-én" in both Hungarian reports and "on 14
// November"). The last four events hold none.
//
// Traps that are no contradiction: six hours beside an eight-day cruise,
// 22:40 and 4.40am, a tug there in forty minutes, "the first half hour",
// a fairway shut "két napra" and "przez 48 godzin", 164 passengers and 41
// crew, "Ett tjugotal svenskar" and 27 Swedes, 19 Poles, three hurt and a
// woman of 78 in hospital, a captain of 58 beside passengers of 71, 46
// and 64, a river 1.1 m low ("o ponad metr"), a ship of 135 m for up to
// 180, built 2029, about 27,000 kronor a head and half refunded, Saturday
// as "szombat késő este", "sent i lördags kväll" and "w sobotę" in a
// Monday paper. €850 million beside "mintegy 340 milliárd forint" and
// "nästan tio miljarder kronor", €120 million of aid as 48 billion
// forints, a plan of €400 million dropped in 2031, 600 jobs first and
// 1,800 in all ("1,8 tys."), 20 GWh against 32 GWh at Älvnäs, about
// 300,000 cars, sales up 27% to 14 billion kronor and a loss of 410
// million, shares up 4.6%, 90 hectares, 2,800 cubic metres a day and 70%
// reused, a chief of 49, a mayor of 62 and a farmer of 57, Tuesday as
// "kedden", "tegnap", "i går" and "we wtorek". 34% beside rain at 38.6%
// of normal as "niespełna 40 proc." and "alig 40 százaléka", 12% last
// year after frost, "o jedną piątą" for maize, 25% on the Hungarian
// Berényi Plain, aid for losses of at least 30%, wheat prices up 9%, 61
// days without rain, 1.2 billion zlotys as "about €280 million" and "110
// milliárd forint" against 900 million first planned and 3 billion of
// losses, 2,400 farms, 1,500 zlotys a hectare, three tonnes against five,
// farmers of 54 and 66, Thursday as "wczoraj". 38,000 flats beside
// "blisko dwie trzecie" of the city, 23% ("prawie jedną czwartą") against
// 31% asked and 9% last year, 54 złoty a month ("ungefär 135 kronor")
// beside 640 złoty a year and 640 million złoty of investment, coal at
// 70%, Vattera's 64% and the city's 36%, 11% of Vattera's profit, a
// profit of 48 million of which 17 million to the city, 112 blocks, a
// pension of 1,900 złoty, a chief of 51, a manager of 45 and a pensioner
// of 74, 2027 and 2032, the rise from 1 January announced on Monday. 34
// beside a partner of 29, a cashier of 56 and a customer of 81, 1.2
// million kronor as "ponad milion koron", "około 420 tys. zł" and
// "roughly €105,000", four minutes, 10.15, a car burnt 12 km away, three
// days to the arrest, 300,000 kronor taken in 2033 and a reward of
// 100,000, ten years' prison, the robbery "i går" in a Wednesday paper
// and the arrest "i går" in a Saturday one. 14 November beside the
// contract signed on 30 September, the announcement on Thursday, a show
// until 28 February and a wing for 2037, 240 works of which 65 shown
// first and 18 owned before, 2.3 billion forints as €5.8 million and
// "drygt 65 miljoner kronor", a wing of 1.1 billion forints with 800
// million from the state, 20,000 visitors hoped for the winter against
// 31,000 last year, a collector of 81 ("nyolcvanegy évesen"), a director
// of 47, a painter born in 1898 who died at 74 in 1972, Paris from 1931,
// a museum of 1912, thirty years at the firm, fifty years of collecting.
// 29-27 after extra time beside 25-25, 14-13 at half-time and 20-14,
// 31-26 for bronze on Saturday, nine goals, eight goals and 17 saves,
// 9,400 spectators ("9,4 tys.") in a hall of 10,000 with about a thousand
// Hungarians and 300 Swedes, €300,000, €150,000 ("drygt 1,7 miljoner
// kronor") and €75,000, titles in 2031 and 2033, players of 24, 33 and
// 27 and coaches of 61, 48 and 55, 4.5 million złoty, 2038, Sunday as
// "vasárnap este", "i går kväll" and "Wczoraj". 14,300 patients (over
// 14,000, "ponad 14 tys.") against 11,800 a year before, 21% as "about a
// fifth", 38.6% as "nästan 40 procent" and "nearly four in ten", 90 days,
// a median of 124 days, 260 vacant posts, two of eleven theatres, 420
// million kronor as "about €37 million", 1,150 operated abroad ("ponad
// tysiąc") and 600 more this year, a hip at 68,000 kronor against 95,000
// and as "około 26 tys. zł", 140 staff with 12 interpreters, a patient of
// 68 waiting eleven months, a director of 59, a politician of 44 and a
// doctor of 52, Monday as "i går" and "på måndagen". 160,000 Swedish
// customers beside 210,000 in Poland and more than 370,000 in all, 95,000
// still cut off on Wednesday morning and 41,000 that evening, 120,000
// Polish homes at 8am, 39 metres a second against 142 km/h, three dead of
// 72, 67 and 45, 300,000 in 2031, 400 fitters, more than 4,000 call-outs,
// four ferries cancelled, twelve hours for compensation, 80 million
// kronor, some sixty people in a warming room, Tuesday night as "under
// natten", "natten till onsdagen" and "we wtorek w nocy". 28 km ("prawie
// 30 km", "about 17 miles") beside 12 km last summer and nine on Monday,
// 19 hours against three to four for cars, six to seven and under one
// hour after, 40 minutes on an ordinary day, 1,400 lorries queued against
// 3,200 crossed in the weekend and some 300 Polish ones, two of four
// lanes, six more officers, 2,000 bottles of water, 150,000 forints and
// 1,600 złoty a day, drivers of 52 and 47, the system from Friday 27
// June, Saturday as "szombaton" in a Monday paper and "on Saturday" in a
// Sunday one.
//
// Frozen before its first run, which flagged 2 of the 6 contradictions
// and 1 false disagreement. It flagged the investment (amount "uppgår":
// nm2pl's "580 mln euro" against "850 miljoner euro" in nm2sv, though not
// against either Hungarian report) and the main suspect's age (quantity
// "main · age": nm5en's "43-year-old" against "34-letni" and "34-årig").
// It missed the hours aboard ("missed nm1sv.txt's 4 hours against 6
// hours"), the wheat harvest ("missed nm3hu.txt's 43% against 34%"), the
// households ("missed nm4pl2.txt's 28,000 against 38,000") and the
// opening of the show ("missed nm6sv.txt's 4 November against 14
// November"): no disagreement was flagged on any of the four. The false
// one was a trap, a figure set against a figure for another thing:
// 'percent "höjning på": nm4pl, nm4sv: 31 proc; nm4pl2: 36 proc', the
// rise of 31% Ciepło Radomierz asked for set against the city's 36% share
// in the company ("miasto, które ma 36 proc. udziałów w spółce"). One is
// within the limit of one the table held when the texts were frozen.
// Grouped with the other sets, its 38 reports of 10 events were found as
// 21 events, B-cubed precision 1.000, recall 0.623; the grouping test
// still passed over all the sets. The prescribed commands were run once
// each; nothing changed after the run but this comment.
var heldOutNemere = []heldOutEvent{
	{"tarna-cruise-ship-aground", map[string]string{
		"nm1hu.txt": `hu|Zátonyra futott egy szállodahajó a Tárnán, 164 utas rekedt a fedélzeten

Belföld | Kővárad

2036. augusztus 10., vasárnap

Zátonyra futott szombat késő este a Tárna folyón Kővárad közelében az Amber Heron nevű svéd szállodahajó. A fedélzeten 164 utas és 41 fős személyzet tartózkodott, súlyos sérülés nem történt.

A 135 méter hosszú hajó a Vellmar River Cruises nyolcnapos körútján haladt Berghafenből Kővárad felé, amikor 22 óra 40 perckor a kikötő előtt mintegy két kilométerrel homokpadra futott. A vízügyi igazgatóság szerint a Tárna vízszintje jelenleg 1,1 méterrel marad el az augusztusi átlagtól.

Az utasok hat órán át várakoztak a megdőlt hajón, mire a katasztrófavédelem hajnalban kisebb csónakokkal megkezdte a partra szállításukat. Az első vontatóhajó ugyan negyven perc alatt a helyszínre ért, de a hajót nem tudta leemelni a zátonyról.

Hárman könnyebben megsérültek, egy 78 éves brit asszonyt csuklótöréssel a kőváradi kórházba vittek. "Mindenki nyugodt maradt, a személyzet takarókat és teát osztott" – mondta lapunknak Nagy Erzsébet, a kőváradi polgármesteri hivatal szóvivője.

A rendőrség vizsgálja, hogy a 58 éves holland kapitány hibázott-e. A folyami hajóforgalmat a szakaszon legalább két napra lezárták. A 2029-ben épült hajón svéd, lengyel, brit és német turisták utaztak.`,
		"nm1sv.txt": `sv|Svenska resenärer strandsatta när flodkryssare gick på grund i Ungern

Utrikes

Söndag 10 augusti 2036

Ett tjugotal svenskar var ombord på flodkryssningsfartyget Amber Heron när det gick på grund på floden Tárna i Ungern sent i lördags kväll. Ingen skadades allvarligt.

Fartyget, som ägs av det svenska rederiet Vellmar River Cruises, var på en åttadagarskryssning och skulle lägga till i staden Kővárad när det fastnade på en sandbank. Totalt fanns 164 passagerare och 41 besättningsmän ombord.

I fyra timmar fick passagerarna vänta ombord på det krängande fartyget innan räddningstjänsten kunde börja föra dem i land med mindre båtar. Vattennivån i floden är ovanligt låg efter en torr sommar.

"Det small till och sedan lutade allt. Vi satt i matsalen i våra flytvästar hela natten", säger Birgitta Holm, 71, från Västerås, som reste med sin man. Hon har betalt omkring 27 000 kronor per person för resan.

Rederiets presschef Anders Falk säger att alla resenärer erbjuds hemresa och att halva resans pris betalas tillbaka. "Vi beklagar djupt det som hänt", säger han. Sammanlagt 27 svenskar fanns på kryssningen, enligt rederiet.`,
		"nm1pl.txt": `pl|Statek wycieczkowy osiadł na mieliźnie na Węgrzech. Wśród pasażerów 19 Polaków

Świat

Poniedziałek, 11 sierpnia 2036

Dziewiętnastu Polaków znalazło się wśród pasażerów statku rzecznego Amber Heron, który w sobotę późnym wieczorem osiadł na mieliźnie na rzece Tárna w pobliżu węgierskiego miasta Kővárad. Nikt z naszych rodaków nie odniósł obrażeń.

Na pokładzie było 164 pasażerów i 41 członków załogi. Statek, płynący w ośmiodniowy rejs, wpadł na piaszczystą łachę około dwa kilometry przed portem. Poziom wody w rzece jest po suchym lecie o ponad metr niższy niż zwykle.

Przez sześć godzin pasażerowie czekali na przechylonym statku, zanim węgierskie służby zaczęły przewozić ich na brzeg łodziami. Trzy osoby zostały lekko ranne, jedną, 78-letnią Brytyjkę, przewieziono do szpitala.

"Było zimno i nikt nie wiedział, co się dzieje, ale załoga starała się, jak mogła" – relacjonuje 46-letni Tomasz Wierzbicki z Poznania, który płynął z żoną i córką.

Armator, szwedzka firma Vellmar River Cruises, zapowiada zwrot połowy ceny rejsu. Węgierska policja wszczęła postępowanie, a żegluga na tym odcinku Tárny ma być wstrzymana przez 48 godzin.`,
		"nm1en.txt": `en|Britons among 164 stranded overnight as river cruise ship runs aground in Hungary

World news

Sunday 10 August 2036

More than 160 passengers, among them dozens of British holidaymakers, spent the night aboard a river cruise ship that ran aground on the Tárna river in Hungary late on Saturday.

The Amber Heron, operated by the Swedish company Vellmar River Cruises, struck a sandbank at 10.40pm about two kilometres short of the port of Kővárad, where it was due to moor. It was carrying 164 passengers and a crew of 41 on an eight-day cruise.

Passengers were stuck on the listing vessel for six hours before emergency crews began ferrying them ashore in small boats at about 4.40am. Three people suffered minor injuries, and a 78-year-old woman from Kent was taken to hospital with a broken wrist.

"The whole ship shuddered and then tilted, and the crew told us to put our lifejackets on," said Graham Pryce, 64, from Bristol. "For the first half hour nobody knew what was going on."

Hungarian water authorities said the Tárna was 1.1 metres below its usual August level. Police are questioning the ship's 58-year-old Dutch captain. The 135-metre vessel, built in 2029, carries up to 180 passengers.`,
	}, map[string][2]string{"nm1sv.txt": {"4 hours", "6 hours"}}},
	{"korventa-battery-plant", map[string]string{
		"nm2hu.txt": `hu|850 millió eurós akkumulátorgyárat épít a svéd Korventa Tarnóhelyen

Gazdaság | Ipar

2035. október 10., szerda

A svéd Korventa AB 850 millió eurós, azaz mintegy 340 milliárd forintos beruházással akkumulátorcella-gyárat épít a Berény megyei Tarnóhelyen – jelentette be kedden a vállalat vezérigazgatója a külgazdasági miniszterrel közös sajtótájékoztatón.

A gyár 2029-ben kezdi meg a termelést, és teljes kapacitással évente 20 gigawattóra cellát gyárt majd, ami nagyjából 300 ezer elektromos autóhoz elég. Az első ütemben 600, 2031-re pedig összesen 1800 embernek adnak munkát.

A kormány 48 milliárd forint, körülbelül 120 millió euró vissza nem térítendő támogatást nyújt a projekthez. "Ez az idei év egyik legnagyobb zöldmezős beruházása Magyarországon" – mondta a miniszter.

Johan Ekwall, a Korventa 49 éves vezérigazgatója szerint Tarnóhely mellett a jó vasúti kapcsolat és a képzett munkaerő szólt. A cég svédországi, älvnäsi üzeme évente 32 gigawattóra kapacitású; tavaly a Korventa árbevétele 27 százalékkal, 14 milliárd svéd koronára nőtt.

A gyár egy 90 hektáros területen épül a város északi ipari parkjában.`,
		"nm2hu2.txt": `hu|Akkumulátorgyár jön Tarnóhelyre – a gazdák a víz miatt aggódnak

Tarnóhely és környéke

2035. október 10.

Tarnóhelyen épül fel a svéd Korventa akkumulátorgyára – erősítették meg tegnap hivatalosan. A 850 millió eurós beruházás a város történetének legnagyobb fejlesztése.

Szabó Ernő, a 62 éves polgármester a bejelentés után azt mondta: "Végre itthon is lesz munka a fiataloknak, nem kell a megyeszékhelyre vagy Ausztriába ingázniuk." A cég az első két évben 600 embert vesz fel, a teljes létszám 1800 fő lesz.

A környékbeli gazdák és egy helyi civil egyesület ugyanakkor a gyár vízigényét kifogásolják. A hatástanulmány szerint az üzem naponta mintegy 2800 köbméter vizet használ majd – ennyit fogyaszt egy 15 ezres kisváros.

"Két éve aszály volt, a kutak kiszáradtak. Honnan lesz ennyi víz?" – kérdezte Tóth Gábor, 57 éves gazdálkodó. A cég szerint a víz 70 százalékát újrahasznosítják.

A beruházáshoz az állam 48 milliárd forinttal járul hozzá. Az építkezés jövő tavasszal kezdődik a 90 hektáros telken.`,
		"nm2sv.txt": `sv|Korventa bygger batterifabrik i Ungern för nästan tio miljarder

Näringsliv

Onsdag 10 oktober 2035

Batteritillverkaren Korventa från Älvnäs bygger sin andra cellfabrik i den ungerska staden Tarnóhely. Investeringen uppgår till 850 miljoner euro, motsvarande nästan tio miljarder kronor, meddelade bolaget i går.

Fabriken ska starta produktionen 2029 och ha en kapacitet på 20 gigawattimmar per år, att jämföra med 32 gigawattimmar i Älvnäs. På sikt ska 1 800 personer arbeta där.

"Vi behöver vara nära biltillverkarna i Centraleuropa. Det är där kunderna finns", säger vd Johan Ekwall till tidningen. Han betonar att inga jobb flyttas från Sverige.

Den ungerska staten bidrar med motsvarande 120 miljoner euro. Korventa ökade förra året omsättningen med 27 procent till 14 miljarder kronor men redovisade en förlust på 410 miljoner kronor.

Aktien steg med 4,6 procent på Stockholmsbörsen efter beskedet.`,
		"nm2pl.txt": `pl|Szwedzka fabryka baterii jednak na Węgrzech, nie w Polsce

Gospodarka

Środa, 10 października 2035

Szwedzki producent ogniw do baterii Korventa wybrał węgierskie miasto Tarnóhely na lokalizację swojej drugiej fabryki. Do ostatniej chwili w grze była także Wólka Miedzna w centralnej Polsce.

Koncern zamierza zainwestować na Węgrzech 580 mln euro. Zakład ma ruszyć w 2029 roku i docelowo zatrudniać 1,8 tys. osób. Węgierski rząd przyznał inwestorowi 120 mln euro pomocy publicznej.

To już drugi raz, gdy Polska traci inwestycję Korventy. W 2031 roku firma wycofała się z planu budowy zakładu o wartości 400 mln euro w Lubuskiem, tłumacząc to wysokimi cenami energii.

"Przegraliśmy na warunkach pomocy publicznej i na czasie wydawania pozwoleń" – ocenia Paweł Sadowski, ekspert rynku elektromobilności. Jak dodaje, Węgrzy zaoferowali dotację i gotowy teren 90 ha z przyłączem energetycznym.

Prezes Korventy Johan Ekwall zapowiedział we wtorek, że firma nadal rozważa budowę w Polsce centrum recyklingu baterii.`,
	}, map[string][2]string{"nm2pl.txt": {"€580 million", "€850 million"}}},
	{"mielnicka-plain-drought", map[string]string{
		"nm3pl.txt": `pl|Susza na Równinie Mielnickiej. Zbiory pszenicy mniejsze o jedną trzecią

Kraj | Rolnictwo

Piątek, 18 lipca 2036

Tegoroczne zbiory pszenicy na Równinie Mielnickiej będą o 34 proc. niższe niż przed rokiem – wynika z szacunków wojewódzkiego ośrodka doradztwa rolniczego. To najgorszy wynik od ponad dwudziestu lat.

Od kwietnia na równinie spadło zaledwie 38,6 proc. normalnej ilości deszczu, a w niektórych gminach nie padało przez 61 dni. Rok temu zbiory spadły o 12 proc., ale wtedy winne były wiosenne przymrozki.

Minister rolnictwa zapowiedział w czwartek pomoc dla poszkodowanych gospodarstw w wysokości 1,2 mld zł. Wnioski o oszacowanie strat złożyło już 2,4 tys. rolników. Komisje mają zakończyć pracę do końca sierpnia.

"Kłosy są puste, ziarno drobne jak mak. Z hektara zebrałem niecałe trzy tony, a zwykle jest pięć" – mówi Marek Zając, 54-letni rolnik z gminy Brzeziny Mielnickie.

Eksperci ostrzegają, że kukurydza może w tym roku dać o jedną piątą mniej niż zwykle.`,
		"nm3pl2.txt": `pl|Rząd: 1,2 mld zł dla rolników z terenów dotkniętych suszą

Wiadomości

18.07.2036

Rolnicy z Równiny Mielnickiej i sąsiednich powiatów dostaną 1,2 mld zł pomocy suszowej – ogłosił wczoraj minister rolnictwa Jerzy Kalinowski. Pieniądze mają trafić na konta do końca października.

Według resortu plony pszenicy w regionie spadną o ponad jedną trzecią, dokładnie o 34 proc. w porównaniu z ubiegłym rokiem. Opady od wiosny wyniosły niespełna 40 proc. normy.

Gospodarstwa, które straciły co najmniej 30 proc. plonów, otrzymają do 1,5 tys. zł na hektar. Rząd planował pierwotnie pomoc w wysokości 900 mln zł, ale kwotę zwiększono po protestach rolników.

"To kropla w morzu potrzeb" – skomentował Stanisław Nowicki, 66-letni przewodniczący regionalnej izby rolniczej. Jego zdaniem straty w regionie mogą sięgnąć 3 mld zł.

Opozycja zarzuca rządowi, że o pomocy zdecydował dopiero po dwóch miesiącach suszy.`,
		"nm3en.txt": `en|Poland pledges drought aid as wheat harvest collapses

Agriculture

Friday 18 July 2036

Poland's government promised on Thursday 1.2 billion zlotys (about €280 million) in aid to farmers on the Mielnicka Plain, where a drought has cut this year's wheat harvest by 34%.

Rainfall since April has been just 38.6% of the long-term average, according to the national weather service, and some districts have gone 61 days without meaningful rain. Wheat yields have fallen to below three tonnes a hectare in places, compared with about five in a normal year.

Around 2,400 farms have applied for their losses to be assessed. Farmers who lost at least 30% of their crop will receive up to 1,500 zlotys per hectare.

"We've had dry summers before, but nothing like this," said Marek Zając, 54, who farms 120 hectares of wheat and rapeseed. "Last year it was frost, this year it's drought."

Traders said the smaller Polish crop had pushed wheat prices in Central Europe up 9% in a month. Hungary's Berényi Plain has also been hit, with farmers there expecting wheat yields about a quarter lower.`,
		"nm3hu.txt": `hu|Aszály Lengyelországban és nálunk is: drágulhat a kenyér

Gazdaság | Agrár

2036. július 18., péntek

Súlyos aszály sújtja Lengyelország egyik legfontosabb gabonatermő vidékét, a Mielnicai-síkságot. A lengyel kormány csütörtökön 1,2 milliárd zlotys, azaz mintegy 110 milliárd forintos segélycsomagot jelentett be a gazdáknak.

A lengyel agrárminisztérium becslése szerint a búzatermés a térségben 43 százalékkal marad el a tavalyitól. Áprilisa óta a normális csapadéknak alig 40 százaléka hullott le.

Nem sokkal jobb a helyzet itthon sem. A Berényi-síkságon a gazdák nagyjából 25 százalékos terméskiesésre számítanak, egyes tájakon hetek óta nem esett eső.

"Ha a lengyel és a magyar termés is ennyire gyenge, az ősszel a lisztár emelkedésében is megjelenik" – mondta Kertész Balázs, egy budapesti elemzőcég 41 éves agrárszakértője. A búza ára egy hónap alatt 9 százalékkal drágult a közép-európai piacon.

A Berényi Gazdakör szerint a térségbeli károk felmérése augusztus közepéig tart.`,
	}, map[string][2]string{"nm3hu.txt": {"43%", "34%"}}},
	{"radomierz-heating-price", map[string]string{
		"nm4pl.txt": `pl|Ciepło w Radomierzu podrożeje o 23 procent

Radomierz | Miasto

Wtorek, 2 października 2035

Od 1 stycznia mieszkańcy Radomierza zapłacą za ogrzewanie o 23 proc. więcej. Urząd Regulacji Energetyki zatwierdził nową taryfę spółki Ciepło Radomierz, o czym firma poinformowała w poniedziałek.

Podwyżka obejmie 38 tysięcy mieszkań podłączonych do miejskiej sieci ciepłowniczej, czyli blisko dwie trzecie lokali w mieście. Według wyliczeń spółki przeciętny rachunek za 50-metrowe mieszkanie wzrośnie o około 54 zł miesięcznie.

Spółka wnioskowała o podwyżkę aż o 31 proc., ale regulator zgodził się na mniej. Rok temu ceny ciepła w Radomierzu wzrosły o 9 proc.

"Węgiel wciąż stanowi 70 proc. paliwa w naszej elektrociepłowni, a koszty uprawnień do emisji CO2 rosną najszybciej" – tłumaczy prezes Andrzej Wilk, 51 lat. Do 2032 roku firma chce zastąpić węgiel biomasą i gazem; inwestycja ma kosztować 640 mln zł.

Większościowym udziałowcem Ciepła Radomierz jest szwedzki koncern Vattera Energi, który ma 64 proc. akcji. Resztę posiada miasto.`,
		"nm4pl2.txt": `pl|"Emerytury tego nie wytrzymają". Radomierzanie o podwyżce cen ciepła

Region

Środa, 3 października 2035

Zapowiedziana w poniedziałek podwyżka cen ciepła o prawie jedną czwartą wywołała falę komentarzy w Radomierzu. Spółdzielnie mieszkaniowe już zapowiadają wyższe zaliczki na ogrzewanie od stycznia.

Nowa taryfa dotknie 28 tys. gospodarstw domowych korzystających z ciepła systemowego. Największa w mieście spółdzielnia "Przyszłość", która zarządza 112 blokami, wylicza, że jej lokatorzy zapłacą średnio o 640 zł więcej w skali roku.

"Mam 1900 zł emerytury, a już teraz połowa idzie na opłaty. Nie wiem, jak to będzie zimą" – mówi 74-letnia Halina Kurek z osiedla Słoneczne.

Radni opozycji domagają się, by miasto, które ma 36 proc. udziałów w spółce, zrezygnowało z dywidendy. W ubiegłym roku Ciepło Radomierz miało 48 mln zł zysku, z czego 17 mln zł trafiło do budżetu miasta.

Prezydent Radomierza Krzysztof Mazur zapowiedział, że na najbliższej sesji zaproponuje dopłaty dla najuboższych rodzin.`,
		"nm4sv.txt": `sv|Vatteras polska dotterbolag höjer fjärrvärmepriset kraftigt

Näringsliv | Energi

Tisdag 2 oktober 2035

Energibolaget Vattera Energis polska dotterbolag Ciepło Radomierz höjer priset på fjärrvärme med 23 procent från årsskiftet. Höjningen godkändes av den polska energimyndigheten och offentliggjordes i måndags.

Omkring 38 000 hushåll i staden Radomierz berörs. För en genomsnittlig lägenhet innebär det cirka 54 zloty, ungefär 135 kronor, mer i månaden.

Bolaget hade ansökt om en höjning på 31 procent. Skälet är främst stigande kostnader för utsläppsrätter, eftersom kraftvärmeverket fortfarande eldas till största delen med kol.

"Vi vill ställa om till biobränsle så snabbt som möjligt, men det tar några år", säger Vattera Energis Polenchef Karin Sundqvist, 45. Omställningen beräknas vara klar 2032.

Vattera äger 64 procent av Ciepło Radomierz sedan 2027. Den polska verksamheten stod förra året för 11 procent av koncernens rörelseresultat.`,
	}, map[string][2]string{"nm4pl2.txt": {"28,000", "38,000"}}},
	{"ljungsta-bank-robbery", map[string]string{
		"nm5sv.txt": `sv|Maskerade män rånade bank i Ljungsta – kom undan med över en miljon

Ljungsta

Onsdag 12 mars 2036

Två maskerade män rånade i går förmiddag Nordhavs Banks kontor på Storgatan i Ljungsta. Rånarna kom över omkring 1,2 miljoner kronor och är fortfarande på fri fot.

Rånet inleddes strax efter klockan 10.15, då männen tvingade sig in bakom disken och hotade en kassörska med vad som såg ut att vara en pistol. Enligt polisen pågick rånet bara i ungefär fyra minuter.

"Det gick otroligt fort. De skrek åt alla att lägga sig på golvet", säger en 81-årig kund som befann sig på kontoret. Kassörskan, 56, har fått krisstöd men skadades inte fysiskt.

Rånarna flydde i en mörk kombi som senare hittades utbränd i ett skogsområde cirka 12 kilometer norr om centrum. Polisen har spärrat av området och letar efter vittnen.

Samma bankkontor rånades även i november 2033, då bytet var omkring 300 000 kronor. Banken utlovar en belöning på 100 000 kronor för tips som leder till ett gripande.`,
		"nm5sv2.txt": `sv|Två gripna för bankrånet i Ljungsta – togs vid färjeterminalen

Ljungsta

Lördag 15 mars 2036

Två män har gripits misstänkta för tisdagens bankrån i Ljungsta. De greps i går vid en färjeterminal i norra Polen, tre dagar efter rånet, i ett samarbete mellan svensk och polsk polis.

Den ene är en 34-årig man från Ljungsta som tidigare är dömd för grov stöld. Den andre är en 29-årig polsk medborgare som enligt polisen bott i Sverige i flera år.

"Vi fick tidigt en stark misstanke mot 34-åringen tack vare tips från allmänheten", säger förundersökningsledaren Lena Åkesson. Tipsen kom efter att bilder från bankens övervakningskameror publicerats på onsdagen.

I männens bil hittades enligt polisen kontanter, men hur stor del av de cirka 1,2 miljoner kronorna som återfunnits vill polisen inte säga.

Båda männen väntas överlämnas till Sverige inom några veckor. De nekar till brott, uppger deras försvarare.`,
		"nm5pl.txt": `pl|Zatrzymani w Porcie Gardno. Są podejrzani o napad na bank w Szwecji

Kraj | Kryminalne

Sobota, 15 marca 2036

Policjanci z Komendy Wojewódzkiej zatrzymali w piątek w terminalu promowym w Porcie Gardno dwóch mężczyzn podejrzanych o napad na bank w szwedzkim mieście Ljungsta. Byli poszukiwani europejskim nakazem aresztowania.

Zatrzymani to 34-letni obywatel Szwecji i 29-letni Polak. Według szwedzkiej policji we wtorek rano, zamaskowani, w ciągu zaledwie kilku minut zrabowali z placówki Nordhavs Bank ponad milion koron, czyli około 420 tys. zł.

Mężczyźni przypłynęli do Polski promem w środę wieczorem i próbowali w piątek wrócić do Szwecji tą samą drogą. W ich samochodzie policjanci znaleźli plecak z gotówką w szwedzkiej walucie.

"Zatrzymanie było spokojne, mężczyźni nie stawiali oporu" – powiedziała rzeczniczka komendy, podkom. Agnieszka Dudek.

Sąd Okręgowy zdecyduje teraz o ich przekazaniu do Szwecji. Za napad z bronią grozi tam do dziesięciu lat więzienia.`,
		"nm5en.txt": `en|Two arrested in Poland over Ljungsta bank robbery

Sweden news in English

Saturday 15 March 2036

Two men suspected of robbing a bank in Ljungsta on Tuesday have been arrested in Poland, Swedish police said on Friday.

The pair were detained at a ferry terminal in northern Poland three days after the raid, in which masked men threatened a cashier at the Nordhavs Bank branch on Storgatan and escaped with around 1.2 million kronor, roughly €105,000.

The 43-year-old main suspect, a man from Ljungsta with previous convictions for theft, was identified after police released CCTV images. The second man, aged 29, is a Polish national who has lived in Sweden for several years.

Police said the robbery lasted about four minutes. The getaway car was found burnt out in woodland some 12km north of the town centre later the same day.

The branch was also robbed in 2033. Nordhavs Bank had offered a reward of 100,000 kronor for information.`,
	}, map[string][2]string{"nm5en.txt": {"43 years", "34 years"}}},
	{"egervolgy-museum-donation", map[string]string{
		"nm6hu.txt": `hu|240 Rácz Ilona-művet ajándékozott egy svéd gyűjtő az egervölgyi múzeumnak

Kultúra

2035. október 12., péntek

Rácz Ilona festőművész 240 alkotását ajándékozta az Egervölgyi Városi Múzeumnak Gunnar Ahlgren svéd üzletember. Az adományozásról csütörtökön jelentették be a múzeumban, a szerződést már szeptember 30-án aláírták Stockholmban.

A gyűjteményt szakértők mintegy 2,3 milliárd forintra, azaz körülbelül 5,8 millió euróra becsülik. A 81 éves Ahlgren édesanyja Egervölgyön született, és Rácz Ilona tanítványa volt.

Az ajándékozott művekből készült első kiállítás november 14-én nyílik meg, és február 28-ig látogatható. Elsőként 65 festményt és rajzot mutatnak be, a többi a tervek szerint 2037-ben, az új szárnyban kap állandó helyet.

"Ilyen ajándékot egy vidéki múzeum talán egyszer kap egy évszázadban" – mondta Halmos Péter, a múzeum 47 éves igazgatója. Az 1912-ben alapított intézménynek eddig mindössze 18 Rácz-képe volt.

Rácz Ilona 1898-ban született Egervölgyön, és 74 évesen, 1972-ben hunyt el Párizsban.`,
		"nm6hu2.txt": `hu|Hazatér Rácz Ilona életműve – novemberben nyílik a kiállítás

Egervölgyi Hírlap | Kultúra

2035. október 12.

Történelmi napnak nevezte a csütörtöki bejelentést Egervölgy polgármestere: a város szülötte, Rácz Ilona 240 műve egy svéd mecénás jóvoltából a városi múzeumba kerül.

Gunnar Ahlgren, aki nyolcvanegy évesen személyesen utazott el a bejelentésre, elmondta, hogy a gyűjteményt ötven év alatt, aukciókon és magánszemélyektől vásárolta össze. "Édesanyám mindig azt mondta, ezeknek a képeknek Egervölgyön a helyük" – fogalmazott.

Az első tárlat november 14-én, szerdán nyílik, a nyitónapon a belépés ingyenes lesz. A múzeum a téli hónapokra 20 ezer látogatóval számol, tavaly egész évben 31 ezren jártak ott.

A gyűjtemény fogadásához a múzeum új, 1,1 milliárd forintos szárnyat épít, amelyhez a kormány 800 millió forinttal járul hozzá.

Ahlgren a 2,3 milliárd forintra becsült gyűjteményért semmilyen ellentételezést nem kért.`,
		"nm6sv.txt": `sv|Svensk affärsman skänker 240 målningar till ungerskt museum

Kultur

Fredag 12 oktober 2035

Affärsmannen Gunnar Ahlgren, 81, skänker sin samling på 240 verk av den ungerska konstnären Ilona Rácz till stadsmuseet i Egervölgy i Ungern. Gåvan offentliggjordes på torsdagen.

Samlingen värderas till omkring 5,8 miljoner euro, drygt 65 miljoner kronor. Ahlgren, som grundade och under 30 år drev verkstadsföretaget Ahlgren Verktyg i Sandvikstorp, har byggt upp den under ett halvt sekel.

Museet öppnar den 4 november en första utställning med 65 av verken. Resten ska visas permanent i en ny flygel som beräknas stå klar 2037.

"Min mor var elev till Ilona Rácz. Att bilderna nu kommer hem till hennes stad känns helt rätt", säger Ahlgren till tidningen.

Ilona Rácz, född 1898, var en av de få kvinnliga modernisterna i Ungern under mellankrigstiden. Hon levde i Paris från 1931 och dog där 1972.`,
		"nm6en.txt": `en|Swedish collector gives 240 works by Hungarian modernist to her home town

Arts

Friday 12 October 2035

A Swedish businessman has donated 240 paintings and drawings by the Hungarian modernist Ilona Rácz to the municipal museum of Egervölgy, the town where she was born, the museum announced on Thursday.

The collection, assembled by Gunnar Ahlgren, 81, over fifty years, is valued at about 2.3 billion forints (€5.8 million). Ahlgren's mother, who was born in the town, studied under Rácz in the 1920s.

A first selection of 65 works goes on show on 14 November and runs until 28 February. The museum, founded in 1912, previously owned just 18 works by the artist.

"A gift like this comes to a provincial museum perhaps once in a century," said its director, Péter Halmos, 47. A new wing costing 1.1 billion forints will house the full collection from 2037.

Rácz, born in 1898, moved to Paris in 1931 and died there in 1972 at the age of 74.`,
	}, map[string][2]string{"nm6sv.txt": {"4 November", "14 November"}}},
	{"handball-league-final", map[string]string{
		"nm7hu.txt": `hu|Hosszabbításban nyert, harmadszor bajnok a Kővárad KC

Sport | Kézilabda

2036. május 26., hétfő

Drámai döntőben, hosszabbítás után 29–27-re legyőzte a svéd IK Strandvik csapatát, és harmadszor nyerte meg a Közép-európai Női Kézilabda-ligát a Kővárad KC. A lubrzycei négyes döntő fináléját vasárnap este rendezték.

A rendes játékidő 25–25-tel ért véget, a szünetben még a svédek vezettek 14–13-ra. A hosszabbításban a 24 éves Farkas Dóra két gyors góljával fordult a kőváradiak javára a meccs. Farkas összesen kilenc gólt szerzett, és őt választották a torna legértékesebb játékosának.

"Ezt a csapatot nem lehet megtörni. Hat góllal is voltunk hátrányban, mégis visszajöttünk" – mondta a 61 éves vezetőedző, Bognár László.

A Kővárad KC korábban 2031-ben és 2033-ban nyerte meg a sorozatot. A győztes 300 ezer euró pénzdíjat kapott, a döntős Strandvik 150 ezret.

A lubrzycei csarnokban 9400 néző, köztük mintegy ezer magyar szurkoló látta a döntőt. A bronzérmet a házigazda MKS Lubrzyce szerezte meg, amely szombaton 31–26-ra verte a dán Vejrby HK-t.`,
		"nm7sv.txt": `sv|Strandvik föll i förlängning – guldet till ungerska Kővárad

Sport

Måndag 26 maj 2036

IK Strandvik var nära sin första europeiska titel, men i går kväll föll laget mot ungerska Kővárad KC med 27–29 efter förlängning i finalen av den centraleuropeiska damligan i polska Lubrzyce.

Strandvik ledde med 14–13 i halvtid och med sex mål, 20–14, en bit in i andra halvlek. Men Kővárad kom tillbaka och kvitterade till 25–25 med sju sekunder kvar av ordinarie tid.

Målvakten Elin Sjöberg, 33, gjorde 17 räddningar och var Strandviks bästa spelare. "Det gör ont just nu. Vi hade guldet i handen", sa hon efter matchen.

Tränaren Mats Lindgren, 48, var ändå stolt. "För två år sedan var vi inte ens med i ligan. Nu är vi tvåa i Europa."

Silvret ger Strandvik 150 000 euro i prispengar, motsvarande drygt 1,7 miljoner kronor. Omkring 300 Strandvikssupportrar fanns på plats bland de 9 400 åskådarna.`,
		"nm7pl.txt": `pl|Brąz dla MKS Lubrzyce, złoto dla Węgierek

Sport | Piłka ręczna

Poniedziałek, 26 maja 2036

Piłkarki ręczne MKS Lubrzyce zdobyły brązowy medal Środkowoeuropejskiej Ligi Kobiet. W sobotnim meczu o trzecie miejsce pokonały duński Vejrby HK 31:26. Wczoraj w finale węgierski Kővárad KC wygrał po dogrywce ze szwedzkim IK Strandvik 29:27.

Turniej finałowy po raz pierwszy odbył się w Lubrzycach. Na trybunach hali, która mieści 10 tys. widzów, zasiadło w niedzielę 9,4 tys. kibiców.

Najwięcej bramek dla Lubrzyc w meczu o brąz zdobyła 27-letnia Natalia Grabowska – osiem. "To najlepszy wynik w historii klubu. Zagrałyśmy przed własną publicznością i to nas niosło" – mówiła po meczu.

Trener Robert Kamiński, 55 lat, podkreśla, że jeszcze trzy lata temu zespół walczył o utrzymanie w ekstraklasie. Za trzecie miejsce klub otrzyma 75 tys. euro.

Miasto wydało na organizację turnieju 4,5 mln zł i liczy, że w 2038 roku ponownie będzie gospodarzem finałów.`,
	}, nil},
	{"vastmark-waiting-lists", map[string]string{
		"nm8sv.txt": `sv|Rekordmånga väntar på vård i Region Västmark

Inrikes | Vård

Tisdag 1 juli 2036

Över 14 000 patienter i Region Västmark har väntat längre än vårdgarantins 90 dagar på en operation eller behandling. Det visar en granskning från regionens revisorer som presenterades i går.

Exakt 14 300 patienter hade vid årsskiftet väntat för länge, jämfört med 11 800 ett år tidigare – en ökning med 21 procent. Värst är läget inom ortopedin, där 38,6 procent av patienterna väntat mer än 90 dagar.

Mediantiden för en ny höftled är nu 124 dagar. Revisorerna pekar på bristen på sjuksköterskor: 260 tjänster är vakanta, och två av regionens elva operationssalar på Västmarks lasarett har stått stilla sedan i höstas.

"Det här är inte acceptabelt, och vi tar kritiken på stort allvar", säger hälso- och sjukvårdsdirektören Eva Lundmark, 59. Regionen har som mål att halvera antalet som väntat för länge till utgången av 2037.

Regionstyrelsen har avsatt 420 miljoner kronor för att korta köerna, bland annat genom att köpa operationer av privata kliniker och i Polen.`,
		"nm8sv2.txt": `sv|"Jag har väntat på min höft i snart ett år"

Västmark

1 juli 2036

För Göran Ek, 68, från Bjurås har väntan på en ny höft blivit en vardag med smärta. Han fick beskedet att han skulle opereras i augusti förra året. Nu har det gått nästan elva månader.

Han är en av de 14 300 patienter i regionen som väntat längre än vårdgarantin tillåter, enligt revisorernas granskning som blev offentlig på måndagen. Inom ortopedin gäller det nästan 40 procent av patienterna.

"Jag tar värktabletter varje dag och kan inte gå mer än några hundra meter", säger Göran Ek.

I höstas erbjöds han att opereras vid en klinik i Polen. "Jag tackade nej, jag vill ha min familj nära. Men nu funderar jag på det igen", säger han.

Sedan 2034 har 1 150 patienter från Västmark opererats utomlands, de flesta i Polen. Regionen räknar med att skicka ytterligare 600 i år.`,
		"nm8en.txt": `en|Swedish region's surgery backlog hits record as more patients sent abroad

Health

Tuesday 1 July 2036

More than 14,000 patients in Sweden's Västmark region are waiting longer than the 90 days guaranteed by law for surgery or treatment, auditors said on Monday, a rise of about a fifth in a year.

The audit found that 14,300 patients had waited beyond the limit at the end of last year, up from 11,800 twelve months earlier. In orthopaedics nearly four in ten patients, 38.6%, had waited more than 90 days.

The region has 260 unfilled nursing posts. It plans to spend 420 million kronor, about €37 million, on clearing the backlog and aims to halve it by the end of 2037.

Since 2034 the region has sent 1,150 patients for operations in Poland, where a hip replacement costs it about 68,000 kronor against 95,000 kronor at home.

"Sending people abroad is a sticking plaster, not a solution," said Johan Berg, 44, who chairs the regional health committee for the opposition.`,
		"nm8pl.txt": `pl|Szwedzi na operacje do Mielina. Klinika Bałtycka przyjmie kolejnych pacjentów

Zdrowie | Pomorze

Wtorek, 1 lipca 2036

Klinika Bałtycka w Mielinie przeprowadzi w tym roku około 600 operacji u pacjentów ze szwedzkiego regionu Västmark. Szwedzi czekają u siebie miesiącami na wymianę stawu biodrowego czy kolanowego.

Z opublikowanego w poniedziałek raportu szwedzkich audytorów wynika, że ponad 14 tys. pacjentów z regionu czeka na zabieg dłużej, niż przewiduje ustawowa gwarancja – 90 dni. Rok wcześniej było ich 11,8 tys.

Od 2034 roku w Mielinie zoperowano już ponad tysiąc Szwedów. "Pacjent przylatuje w poniedziałek, we wtorek ma operację, po tygodniu wraca do domu" – opowiada dyrektor kliniki, 52-letni dr Piotr Lewandowski.

Za endoprotezę biodra szwedzki region płaci klinice równowartość około 26 tys. zł. To mniej, niż kosztuje taki zabieg w Szwecji, ale więcej, niż płaci za niego NFZ.

Klinika zatrudnia 140 osób, w tym 12 tłumaczy i koordynatorów. Polscy pacjenci na ortopedię w regionie czekają średnio ponad rok.`,
	}, nil},
	{"storm-hedda-power-cuts", map[string]string{
		"nm9sv.txt": `sv|Stormen Hedda: 160 000 utan ström i södra Sverige

Inrikes

Onsdag 19 november 2036

Stormen Hedda drog in över södra Sverige under natten och lämnade som mest 160 000 elkunder utan ström. På onsdagsmorgonen var fortfarande omkring 95 000 strömlösa, enligt nätbolaget Söderlinje Elnät.

Vid kusten uppmättes vindbyar på 39 meter per sekund, och meteorologerna hade utfärdat röd varning för delar av sydkusten. Hundratals träd föll över ledningar och vägar.

En 72-årig man omkom i Havsvik när ett träd föll över hans bil. Tågtrafiken mellan Lundhamn och Ekeby var inställd under hela förmiddagen och flera färjor till Polen och Tyskland låg kvar i hamn.

"Det här är den värsta stormen i vårt område sedan 2031, då 300 000 kunder drabbades", säger Söderlinje Elnäts driftchef Per Nyman. Bolaget har 400 montörer ute och räknar med att de flesta ska ha ström igen till fredag.

Kunder som är strömlösa i mer än tolv timmar har rätt till ersättning från nätbolaget.`,
		"nm9sv2.txt": `sv|Tiotusentals fortfarande utan el efter Hedda

Sydkusten

Torsdag 20 november 2036

Ett drygt dygn efter att stormen Hedda svepte fram var 41 000 hushåll längs sydkusten fortfarande utan ström på onsdagskvällen. I vissa byar kan det dröja till helgen innan elen är tillbaka.

I Hallbro har invånarna varit strömlösa sedan natten till onsdagen. "Vi eldar i kaminen och har hämtat vatten hos grannen som har en generator", säger Annika Persson, 45.

Kommunen har öppnat en värmestuga i Hallbro skola där det finns mat, el och dusch. Under onsdagen kom ett sextiotal personer dit.

Söderlinje Elnät uppger att som mest 160 000 kunder saknade ström. Ersättningen till kunderna kan enligt bolaget kosta omkring 80 miljoner kronor.

Under stormen uppmättes byar på 39 meter per sekund vid Näsudden.`,
		"nm9pl.txt": `pl|Orkan Hedda nad Pomorzem. 210 tysięcy odbiorców bez prądu, dwie ofiary

Kraj

Środa, 19 listopada 2036

Dwie osoby zginęły, a ponad 210 tys. odbiorców zostało bez prądu po przejściu orkanu Hedda nad północną Polską. Wiatr w porywach osiągał 142 km/h.

W Dargowie 67-letni mężczyzna zginął przygnieciony przez drzewo na swojej posesji. Pod Słupnicą na samochód 45-letniej kobiety spadł konar. Straż pożarna interweniowała w nocy ponad 4 tys. razy.

Według operatora sieci w środę o godzinie 8 bez prądu pozostawało jeszcze około 120 tys. gospodarstw domowych. "Pracujemy bez przerwy, ale uszkodzeń jest bardzo dużo" – mówi rzeczniczka spółki Sieć Bałtycka, Monika Szulc.

Z powodu sztormu nie wypłynęły promy do Szwecji. W Porcie Gardno odwołano cztery rejsy, na przeprawę czeka kilkaset ciężarówek.

Instytut meteorologiczny ostrzega, że w czwartek wiatr znowu się wzmocni, choć nie tak jak we wtorek w nocy.`,
		"nm9en.txt": `en|Storm Hedda leaves hundreds of thousands without power around the Baltic

World

Thursday 20 November 2036

Storm Hedda swept across southern Sweden and northern Poland on Tuesday night, killing three people and cutting power to more than 370,000 homes and businesses in the two countries.

In Poland, where gusts reached 142km/h, about 210,000 customers lost electricity and two people were killed by falling trees. In Sweden a 72-year-old man died when a tree fell on his car, and the network operator Söderlinje Elnät said 160,000 customers had been cut off at the peak.

By Wednesday evening 41,000 Swedish households were still without electricity. Swedish customers left without power for more than 12 hours are entitled to compensation.

Ferries between the two countries were cancelled on Wednesday, and rail services in southern Sweden were suspended for most of the morning.

Forecasters said winds would strengthen again on Thursday but stay well below the peak of Tuesday night.`,
	}, nil},
	{"nagyhatar-border-queue", map[string]string{
		"nm10hu.txt": `hu|28 kilométeres kamionsor Nagyhatárnál, órákat várnak az autósok is

Belföld | Közlekedés

2036. június 28., szombat

Csaknem 28 kilométer hosszú kamionsor kígyózott szombat reggel a nagyhatári határátkelőnél. A teherautók sofőrjei a rendőrség szerint 19 órát is várnak a kilépésre, a személyautóknak három-négy órát kell kivárniuk.

A torlódást a nyári szabadságszezon kezdete és a pénteken bevezetett új beléptetési rendszer okozza, amely minden utas ujjlenyomatát rögzíti. Az átkelőn négy sáv van, de a kamionoknak csak kettő áll nyitva.

"Tegnap délután négykor álltam be a sorba, azóta talán tíz kilométert haladtam" – mondta egy 52 éves szegedi kamionsofőr. A Vöröskereszt önkéntesei szombaton 2000 palack vizet osztottak ki a várakozóknak.

A határrendészet szerint péntek óta mintegy 1400 kamion torlódott fel. Tavaly nyáron a leghosszabb sor 12 kilométeres volt, átlagos napokon pedig 40 perc alatt lehet átjutni.

A belügyminisztérium hat további határőrt vezényelt Nagyhatárra, és azt ígéri, hétfőtől mind a négy sávot megnyitják.`,
		"nm10hu2.txt": `hu|Enyhült a torlódás Nagyhatárnál, de még mindig órákig tart az átkelés

Közlekedés

2036. június 30., hétfő

Hétfő reggelre kilenc kilométerre rövidült a kamionsor a nagyhatári átkelőnél, miután vasárnap éjjel megnyitották a harmadik és negyedik sávot is a teherforgalom előtt. Szombaton a sor még a 28 kilométert is elérte.

A sofőröknek most hat-hét órát kell várniuk, a személyautók egy órán belül átjutnak. A hétvégén a várakozási idő a kamionosok számára a 19 órát is meghaladta.

Kiss Andrea, a határrendészeti igazgatóság szóvivője szerint a hétvégén összesen 3200 teherautó lépte át a határt, csaknem kétszer annyi, mint egy átlagos hétvégén.

A fuvarozók szövetsége kártérítést követel az államtól. Számításaik szerint egy kamion egynapos állása 150 ezer forintjába kerül a cégeknek.

Az új beléptetési rendszert június 27-én, pénteken vezették be az unió külső határain.`,
		"nm10pl.txt": `pl|Polscy kierowcy utknęli na granicy węgierskiej. Kolejka ma prawie 30 km

Kraj | Transport

Sobota, 28 czerwca 2036

Nawet 19 godzin czekają kierowcy ciężarówek na przejściu granicznym Nagyhatár na południu Węgier. Kolejka tirów ma prawie 30 kilometrów. Wśród stojących jest kilkaset polskich ciężarówek.

Według stowarzyszenia przewoźników Trans-Polonia w korku stoi około 300 polskich tirów. "Od wczoraj mamy kierowców, którzy nie mogą wyjechać z Unii, a ładunki muszą dotrzeć na czas" – mówi rzecznik stowarzyszenia Tomasz Pawlak.

Przyczyną jest nowy system rejestracji wjazdów, który zaczął działać w piątek, oraz początek wakacji. Na przejściu otwarte są tylko dwa z czterech pasów dla ciężarówek.

"Nie mamy toalet, wodę rozdaje Czerwony Krzyż. To jest dramat" – mówi 47-letni Jarosław Mazurek, kierowca z Lublina, który czeka od piątku wieczorem.

Przewoźnicy wyliczają, że każda doba postoju kosztuje firmę około 1,6 tys. zł.`,
		"nm10en.txt": `en|Truckers wait up to 19 hours as new EU entry checks snarl Hungarian border

Europe

Sunday 29 June 2036

Lorry drivers faced waits of up to 19 hours at the Nagyhatár crossing on Hungary's southern border on Saturday, as the start of the summer holidays coincided with the launch of a new biometric entry system.

Hungarian border police said the queue of lorries stretched for almost 28km, or about 17 miles, with some 1,400 vehicles waiting. Car drivers were held up for three to four hours.

The new system, which came into force on Friday, requires every non-EU traveller to give fingerprints and a photograph. Only two of the crossing's four lorry lanes were open on Saturday.

"We expected delays, but nothing on this scale," said a spokeswoman for the European transport federation. Last summer the longest queue at Nagyhatár was 12km, and on an ordinary day crossing takes about 40 minutes.

Hungary's interior ministry said six more officers had been sent to the crossing and that all four lanes would open from Monday.`,
	}, nil},
}
