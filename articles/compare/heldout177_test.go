package compare

// heldOutVorias is a blind held-out set written without reading the
// extraction, matching or grouping code: ten events of accidents,
// industry, weather, health, money, nature, politics and sport, each
// reported three or four times in Polish, Swedish, Czech and English (two
// Polish reports of the Krkavčí sedlo bus crash, of the Sławów steelworks
// and of the EuroFortuna jackpot, two Czech of the Mráva flood, of the
// pension vote and of the Kratochvíl transfer, two Swedish of the Hälleby
// ransomware attack and of the wolf cull). The topics: a Polish coach
// leaving the road over the Krkavčí sedlo pass above Horní Rybná, the
// Swedish group Norrhamn Stål closing its steelworks at Sławów, the river
// Mráva flooding Lhota nad Mrávou, a ransomware attack on Hälleby hospital
// in Region Västmark, a retired miner of Kępno Wielkie winning the
// EuroFortuna jackpot of €92.4 million, the Zatorze shipyard winning an
// order for four ferries from Skärgårdslinjen, two Swedish counties
// allowing a cull of 24 wolves, the Czech lower house raising the
// retirement age to 67, a forest fire near Norrsälja fought with Polish
// planes and Czech firefighters, and the striker Tomáš Kratochvíl sold by
// Kalmarvik IF to Harrowfield Athletic.
//
// Six contradictions are planted, one in each of the first six events and
// all outside the first paragraph: a duration (hx1sv: "Vägen över passet
// var avstängd i sex timmar" against "uzavřena devět hodin", "na dziewięć
// godzin" and "przez 9 godzin"); an amount (hx2pl2: "Na pakiet socjalny
// koncern chce przeznaczyć 64 mln euro" against "46 miljoner euro", "46
// mln euro (ok. 195 mln zł)" and "€46m"); a percentage (hx3en:
// "Electricity was cut to 32% of households" against "23 procent
// domácností", "necelá čtvrtina domácností ve městě, přesně 23 procent"
// and "prawie co czwartemu gospodarstwu domowemu – 23 proc."); a count
// (hx4en: "Some 240 planned operations have been postponed" against "140
// planerade operationer", "140 operationer" and "140 zaplanowanych
// operacji"); an age (hx5pl2: "zwycięzca to 36-letni były górnik" against
// "63-letni emerytowany górnik", "63letý horník v důchodu" and "En
// 63-årig pensionerad gruvarbetare"); a date (hx6en: "due to be handed
// over on 13 April 2041" against "30 kwietnia 2041 roku", "den 30 april
// 2041" and "30. dubna 2041"). The last four events hold none.
//
// Traps that are no contradiction: the road shut nine hours beside almost
// two hours to free the trapped ("téměř dvě hodiny", "blisko dwie
// godziny", "nästan två timmar"), "kanske en kvart" for the rescuers to
// come, more than five hours of driving from five in the morning, a trip
// of five days, a week of hiking, three days of mourning, a driver of 58
// with 30 years at the wheel, a second driver of 44, dead of 71, 69 and
// 66, Swedes of 54 and 57, 47 passengers and two drivers, four dead and
// 29 hurt ("devětadvacet") of whom seven seriously and 18 home, a fall of
// 40 metres, four helicopters, a bus of twelve years, 2029, 3,000 cars a
// day, Saturday as "včerejší" and "w sobotę" in Sunday papers and a
// Monday one. €46 million beside a loss of €120 million, €310 million in
// Ornäs with 200 jobs, a purchase for €85 million in 2021, 400 million
// złoty of aid offered in 2034, 195 million złoty as the conversion, twelve
// months' pay, 1,350 jobs with 400 going in March and 6,000 in the
// eighties, unemployment of 7.4% and over 12%, shares up 4.2%, 1962 and
// "more than 75 years", a chief of 51, unionists of 59 and 48 with 26 and
// 30 years of work, Wednesday as "dzień wcześniej" in a Friday paper. 23%
// beside "zhruba desetina" a day later, 60% of households insured, a peak
// of 4.8 m against 60 cm, "eight times its usual level", 5 m in 2031 and
// "o dvacet centimetrů víc", 110 mm in 24 hours, 1,200 evacuated of 8,400
// and 600 at risk in Poland, 300 houses, 320 million crowns as €13
// million, help promised in 48 hours, 70 cm above alarm level, 15,000
// sandbags, a mayor of 52 and one of 47, a woman of 72, Wednesday as
// "včerejší" and "w środę" in Thursday papers. 140 operations beside 23
// patients moved, "ett hundratal" visits cancelled, 400,000 patients'
// data and a sample of 200 records, $3 million as 12 million złoty, seven
// days to pay, 4,800 staff, 60,000 emergency visits a year, 280,000
// served, 30 hospitals since 2036, 17 in Poland last year, 60 km as "sex
// mil", twenty years back, nurses of 34 and a director of 58, the third
// attack in two years. 63 beside a vendor of 45, a neighbour of 70, a
// winner of 41 in 2035 and a Swedish woman "i 40-årsåldern", 25 years
// underground, twenty years on the same numbers, €92.4 million as 393
// million złoty, 2.3 billion crowns and "drygt en miljard kronor", a record
// of €81 million, three second prizes of €1.2 million and €310,000 in
// Tallvik, a ticket of 12.50 złoty, 10% tax, 60 days to claim, 14 draws
// ("čtrnáct", "fjorton"), odds of 1 in 140 million, a town of 12,000,
// four grandchildren, Friday's draw and Monday's claim in Tuesday and
// Wednesday papers. 30 April 2041 beside a keel laid on 15 September 2039,
// engines due in September, a contract signed on Tuesday and a
// subcontract "včera", the last ferry at the end of 2042, €412 million as
// 4.7 billion kronor, a subcontract of €60 million as 1.5 billion crowns,
// 850 passengers and 220 cars, 380 hires with 1,900 staff and "about
// 2,300" after, 80 hires at Brodek of 1,100, a ship of 1992, 2023 and
// 2030, 70% less CO2, fifteen years of waiting, chiefs of 56, 44 and 60.
// 24 wolves as 15 and nine, 30 last winter with 28 shot and 18 with 16 in
// one county, 412 as "omkring 410", up 12% ("o dvanáct procent"), "Nästan
// 40 procent" as 159 of 412 or 38.6%, a reference value of 270, 146 sheep
// and twelve, 11,000 hunters, 2 January to 15 February, 180 Czech wolves
// in 28 packs and 14 million crowns of damages, people of 62, 39, 51, 45
// and 47, Thursday as "i går", "i dag" and "ve čtvrtek". 67 beside 65
// now, 66 years and four months for those born in 1980, 108 to 62 with 13
// abstaining of 183 present and 112 of 200 seats, a deficit of 48 billion
// crowns as €1.9 billion against 200 billion by 2050 as €8 billion, 2040,
// 14 hours ("čtrnáctihodinové", "czternaście godzin"), 30 days for the
// Senate, 22,300 crowns, 500 crowns a child, 2.4 million pensioners, 21%
// over 65 ("About one in five") rising to 29%, Polish ages 60 and 65,
// a minister of 54, an opposition leader of 61, an economist of 38,
// Wednesday as "dnes", "včera" and "w środę". 1,850 hectares on Tuesday
// beside 600 on Sunday and about 2,100 on Wednesday, "ponad 18 kilometrów
// kwadratowych", 38.6% as "nearly 40%" a day later, 4,600 hectares in
// 2031, 12,000 in Greece in 2036, 300 evacuated from three villages, 40
// Czech firefighters and 60 in Portugal, two planes of 6,000 litres, a
// crew of 12, a flight of "niespełna trzy godziny", a week and ten days
// of mission, 8 million crowns, 30 degrees, a chief of 49, a forester of
// 55 and a colonel of 52, Tuesday as "včera" in a Wednesday paper. €21
// million as £18 million, 240 million kronor and 520 million crowns,
// add-ons of €4 million with £21.5 million and €25 million in all, the
// old record of €9.5 million in 2034, £500,000 as €600,000, 15% of the profit
// as about €3 million, £60 million spent, a budget of 40 million crowns,
// a striker of 21 turning 22 in November with 19 goals in 28 games, 23 in
// all and 21 goals in 54 games at home, six caps and two goals, a
// five-year contract to June 2043, officials of 48, 52, 57, 64 and 71,
// Monday's signing and Sunday's medical in Tuesday and Wednesday papers.
// Names shared across events: Ornäs in the steelworks and the ferry
// reports, Tallvik in the bus crash and the jackpot.
//
// Frozen before its first run, which flagged 2 of the 6 contradictions
// and 1 false disagreement. It flagged the households cut off (percent
// "households": hx3en's "32%" against "23 procent" in hx3cs and hx3cs2,
// hx3pl's "23 proc." left out of the fact) and the first ferry's handover
// (date "armatorowi": hx6en's "13 April 2041" against "30 kwietnia 2041"
// and "30 april 2041", hx6cs's "30. dubna 2041" left out). It missed the
// road's closure ("missed hx1sv.txt's 6 hours against 9 hours"), the
// operations postponed ("missed hx4en.txt's 240 against 140") and the
// winner's age ("missed hx5pl2.txt's 36 years against 63 years"): no
// disagreement was flagged on any of the three. The social package was
// flagged but scored as a miss ("missed hx2pl2.txt's €64 million against
// €46 million") and as the one false disagreement: 'amount "för": hx2pl,
// hx2sv: 46 mln euro; hx2pl2: 64 mln euro', the planted contradiction
// itself, but with the Polish "mln" not read as million, so the values
// were printed "€64" and "€46" (hx2en's "€46m" left out). No trap was
// flagged. The one false disagreement is within the limit of one the
// table held when the texts were frozen, so its line stays at 1. Grouped
// with the other sets, its 40 reports of 10 events were found as 23
// events, B-cubed precision 1.000, recall 0.600 (the grouping test as a
// whole passed). The prescribed commands were run once each; nothing
// changed after the run but this comment.
//
// It was written while figures in more languages were being added
// (Polish, Czech, Swedish, Danish, Romanian and Catalan units, durations,
// magnitudes, currencies, hedges, weekdays and ages), and that work was
// done without reading it. Its first run on that work, once committed:
// 4 of the 6 flagged (the social package and the winner's age besides),
// 5 false disagreements, grouping recall 0.575; the language work reads
// many more of its figures, and with them more figures of other things
// are set side by side (wolves against sheep, one county's quota against
// two counties', a season's goals against a career's). Its line held 5
// until counts of nouns the synonym table does not know stopped joining
// across languages it does not cover (wolves against sheep), which took
// it to 3. Numbers written out in Polish and Swedish ("od dwudziestu
// lat", "tjugo år") took it to 4: the twenty years one winner had played
// his numbers set against the 25 years another worked underground; it
// holds 4.
var heldOutVorias = []heldOutEvent{
	{"krkavci-sedlo-bus-crash", map[string]string{
		"hx1cs.txt": `cs|Autobus s polskými turisty se zřítil z horské silnice pod Krkavčím sedlem, čtyři lidé zemřeli

Zprávy | Domácí

Neděle 6. června 2038

HORNÍ RYBNÁ – Čtyři mrtví a devětadvacet zraněných si vyžádala včerejší nehoda autobusu s polskými turisty na silnici přes Krkavčí sedlo. Vůz v ostré serpentině nad Horní Rybnou prorazil svodidla a sjel asi čtyřicet metrů po prudkém svahu.

Autobus polské cestovní kanceláře Turkol vezl 47 cestujících, převážně seniorů z Lubiszowa, na pětidenní zájezd po horách. Podle policie k nehodě došlo krátce po půl jedenácté dopoledne. Sedm zraněných je ve vážném stavu, do nemocnic je přepravily čtyři vrtulníky.

Hasiči podle mluvčího krajského sboru Pavla Dvořáka potřebovali téměř dvě hodiny, než vyprostili všechny zaklíněné cestující. „Autobus ležel na boku mezi stromy, část lidí byla uvnitř zaklíněná,“ řekl Dvořák.

Silnice přes sedlo zůstala uzavřena devět hodin, až do půl osmé večer. Řidič, 58letý Polák, nehodu přežil s lehkým zraněním. Dechová zkouška na alkohol byla negativní.

Na stejném úseku se podle starosty Horní Rybné Jiřího Koubka stala vážná nehoda autobusu už v roce 2029. „Svodidla tu jsou z osmdesátých let, opakovaně jsme žádali o nová,“ řekl Koubek. Silnici podle něj denně projede kolem 3 000 aut.`,
		"hx1pl.txt": `pl|Tragedia polskiego autokaru w czeskich górach. Nie żyją cztery osoby

Kraj

Niedziela, 6 czerwca 2038

Cztery osoby zginęły, a 29 zostało rannych w sobotę przed południem, gdy autokar z polskimi turystami spadł z górskiej drogi na przełęczy Krkavčí sedlo w Czechach. Wszyscy pasażerowie pochodzili z Lubiszowa i okolic.

Autokar biura podróży Turkol wyjechał z Lubiszowa o piątej rano. Na pokładzie było 47 pasażerów i dwóch kierowców; grupa miała spędzić w górach pięć dni. Po ponad pięciu godzinach jazdy, na ostrym zakręcie nad miejscowością Horní Rybná, pojazd przebił barierę i stoczył się około 40 metrów w dół zbocza.

Wśród ofiar są małżeństwo w wieku 71 i 69 lat oraz 66-letnia pilotka wycieczki. Czwarta ofiara zmarła w szpitalu. Siedmioro rannych jest w stanie ciężkim.

„To byli ludzie, którzy jeździli z nami od lat. Wszyscy się znali” – powiedziała ze łzami w oczach właścicielka biura Turkol Halina Wróbel. Zapewnia, że autokar miał dwanaście lat i przeszedł przegląd techniczny w marcu.

Czeska policja zamknęła drogę przez przełęcz na dziewięć godzin. Do Czech pojechali konsul i psycholodzy, a rodziny poszkodowanych mogą dzwonić na specjalną infolinię.`,
		"hx1pl2.txt": `pl|Po wypadku w Czechach: kierowca autokaru przesłuchany

Wiadomości | Region

Poniedziałek, 7 czerwca 2038

Czeska prokuratura przesłuchała 58-letniego kierowcę autokaru, który w sobotę spadł ze zbocza na przełęczy Krkavčí sedlo. Zginęły cztery osoby z Lubiszowa, 29 zostało rannych.

Kierowca, mieszkaniec Lubiszowa z 30-letnim stażem, zeznał, że na zakręcie zawiodły hamulce. Badanie alkomatem wykazało, że był trzeźwy. Drugi kierowca, 44-latek, odpoczywał w chwili wypadku z tyłu pojazdu.

Według czeskich ratowników strażacy przez blisko dwie godziny wycinali z wraku uwięzionych pasażerów. Droga była zamknięta przez 9 godzin, do wieczora.

W niedzielę do kraju wróciło 18 lżej rannych. Siedem osób wciąż przebywa w czeskich szpitalach, dwie z nich w śpiączce farmakologicznej. „Liczymy, że w ciągu tygodnia większość z nich będzie mogła wrócić do Polski” – powiedział konsul Marek Zając.

W Lubiszowie ogłoszono trzydniową żałobę. W kościele parafialnym w niedzielę wieczorem modliło się kilkaset osób.`,
		"hx1sv.txt": `sv|Fyra döda i bussolycka i tjeckiska bergen – svenskt par hjälpte till

Utrikes

Söndag 6 juni 2038

Fyra personer dog och 29 skadades när en polsk turistbuss körde av en bergsväg vid passet Krkavčí sedlo i Tjeckien på lördagen. Bland de första på plats var ett svenskt par på vandringssemester.

Bussen, med 47 pensionärer från den polska staden Lubiszów, bröt igenom vägräcket i en skarp kurva och rullade omkring 40 meter nerför sluttningen. Sju av de skadade är allvarligt skadade.

– Vi hörde en smäll och sedan skrik. Vi sprang ner och försökte hålla folk lugna tills räddningstjänsten kom, det tog kanske en kvart, säger Lena Holmqvist, 54, från Tallvik.

Räddningstjänsten arbetade i nästan två timmar för att få ut alla som satt fastklämda. Fyra helikoptrar flög de skadade till sjukhus. Vägen över passet var avstängd i sex timmar.

Paret, som har vandrat i området i en vecka, säger att vägen är ökänd. – Bussarna kör fort där, och räcket ser gammalt ut, säger maken Per Holmqvist, 57.`,
	}, map[string][2]string{"hx1sv.txt": {"6 hours", "9 hours"}}},
	{"slawow-steelworks-closure", map[string]string{
		"hx2sv.txt": `sv|Norrhamn Stål lägger ner stålverket i Polen – 1 350 förlorar jobbet

Ekonomi

Torsdag 14 oktober 2038

Stålkoncernen Norrhamn Stål stänger sitt polska stålverk i Sławów före utgången av nästa år. Omkring 1 350 anställda förlorar jobbet, meddelade bolaget på onsdagen.

Verket har gått med förlust fyra år i rad, och förra året uppgick förlusten till 120 miljoner euro. Skälen är höga energipriser och billig import från Asien, enligt vd Karin Sjöberg, 51.

– Det är ett tungt beslut, men vi kan inte längre motivera fortsatta förluster, sa hon vid en presskonferens på huvudkontoret i Ornäs.

Norrhamn avsätter 46 miljoner euro för avgångsvederlag och omskolning av de anställda. Samtidigt satsar koncernen 310 miljoner euro på fossilfri ståltillverkning i Ornäs, där 200 nya jobb ska skapas.

Aktien steg med 4,2 procent på börsen under onsdagen.`,
		"hx2pl.txt": `pl|Huta Sławów zostanie zamknięta. Pracę straci 1350 osób

Gospodarka

Czwartek, 14 października 2038

Szwedzki koncern Norrhamn Stål ogłosił w środę, że do końca 2039 roku zamknie hutę w Sławowie. Pracę straci około 1350 osób – niemal co czwarty pracownik przemysłu w mieście.

Huta działa od 1962 roku, a w latach 80. zatrudniała ponad 6 tys. ludzi. Norrhamn kupił ją w 2021 r. za 85 mln euro i obiecywał wtedy inwestycje.

Koncern przeznaczy 46 mln euro (ok. 195 mln zł) na odprawy, szkolenia i pomoc w znalezieniu nowej pracy. Każdy pracownik ma dostać co najmniej dwanaście pensji odprawy.

„To za mało. Ludzie, którzy oddali hucie po 30 lat życia, zostaną z niczym” – mówi 59-letni Tadeusz Kowalczyk, przewodniczący zakładowego związku zawodowego.

Burmistrz Sławowa Anna Pietrzak zapowiada, że miasto poprosi rząd o utworzenie specjalnej strefy ekonomicznej. Bezrobocie w powiecie wynosi dziś 7,4 proc., a po zamknięciu huty może wzrosnąć do ponad 12 proc.`,
		"hx2pl2.txt": `pl|Hutnicy ze Sławowa protestują. „Nie oddamy huty bez walki”

Region | Sławów

Piątek, 15 października 2038

Kilkuset pracowników huty w Sławowie protestowało w czwartek przed bramą zakładu przeciwko decyzji szwedzkiego właściciela, który dzień wcześniej ogłosił zamknięcie huty do końca przyszłego roku.

Norrhamn Stål tłumaczy decyzję stratami – w zeszłym roku wyniosły 120 mln euro – oraz cenami energii. Pracę ma stracić 1350 osób, a pierwsze zwolnienia obejmą 400 osób już w marcu.

Na pakiet socjalny koncern chce przeznaczyć 64 mln euro. Związkowcy domagają się dwa razy więcej oraz gwarancji pracy dla osób, którym do emerytury zostały mniej niż cztery lata.

„Mój ojciec tu pracował, ja pracuję 26 lat. Mam 48 lat i co teraz?” – pytał suwnicowy Robert Nowicki.

Minister rozwoju zapowiedział spotkanie z zarządem koncernu w przyszłym tygodniu. Wojewoda przypomniał, że w 2034 roku rząd oferował hucie 400 mln zł pomocy na modernizację, ale Szwedzi nie skorzystali z oferty.`,
		"hx2en.txt": `en|Swedish steelmaker to shut Polish plant with loss of 1,350 jobs

Business | Industry

Thursday 14 October 2038

Norrhamn Stål, the Swedish steel group, will close its loss-making steelworks at Sławów in southern Poland by the end of 2039, cutting about 1,350 jobs, it said on Wednesday.

The plant lost €120m last year as energy costs soared and cheaper imports from Asia took market share. Chief executive Karin Sjöberg said there was "no realistic path" back to profit.

Norrhamn said it had set aside €46m for severance payments and retraining. It will instead put €310m into a hydrogen-based steel plant at its home base of Ornäs, creating around 200 jobs.

Unions in Poland called the package inadequate. The closure will end more than 75 years of steelmaking in the town, whose first blast furnace was lit in 1962.

Shares in Norrhamn rose 4.2% on Wednesday.`,
	}, map[string][2]string{"hx2pl2.txt": {"€64 million", "€46 million"}}},
	{"mrava-river-flood", map[string]string{
		"hx3cs.txt": `cs|Mráva se vylila z břehů, z Lhoty nad Mrávou evakuovali 1 200 lidí

Domácí | Počasí

Středa 22. září 2038

LHOTA NAD MRÁVOU – Po vydatných deštích se v noci na středu vylila z břehů řeka Mráva. Z nejohroženějších částí Lhoty nad Mrávou muselo odejít asi 1 200 obyvatel, oznámil krizový štáb.

Hladina v Lhotě kulminovala kolem čtvrté hodiny ráno na 4,8 metru, normálně tu řeka měří kolem 60 centimetrů. Během 24 hodin napršelo až 110 milimetrů srážek, víc než za celé běžné září.

Bez proudu zůstalo 23 procent domácností ve městě, distributor vypnul trafostanice v zaplavených ulicích. „Dokud voda neopadne, nemůžeme je pustit,“ řekl mluvčí firmy Energie Mráva Tomáš Holub.

Evakuovaní jsou ubytováni ve sportovní hale a v základní škole. „Voda mi stojí v obýváku metr vysoko. Při povodni v roce 2031 to bylo o dvacet centimetrů víc, ale i tak je to katastrofa,“ řekla 72letá Marie Havlová.

Starosta Lubomír Vaněk (52) odhaduje škody na stovky milionů korun.`,
		"hx3cs2.txt": `cs|Voda v Lhotě opadá, lidé se vracejí do zničených domů

Regiony

Čtvrtek 23. září 2038

Hladina Mrávy v Lhotě nad Mrávou od včerejšího rána klesla o více než dva metry a většina z asi 1 200 evakuovaných se večer mohla vrátit domů. Pod vodou bylo přes 300 domů.

Elektřina se do zaplavených ulic vrací postupně. Ve středu ráno byla bez proudu necelá čtvrtina domácností ve městě, přesně 23 procent; dnes už je to jen zhruba desetina.

Škody město předběžně vyčíslilo na 320 milionů korun, tedy asi 13 milionů eur. Pojištěno je podle starosty jen asi 60 % domácností. „Vláda slíbila pomoc do 48 hodin, uvidíme,“ řekl starosta Lubomír Vaněk.

Povodňová vlna teď postupuje k polské hranici. V polském Ujeździe Dolnym by měla kulminovat v pátek.`,
		"hx3en.txt": `en|Hundreds evacuated as Czech river bursts its banks

World | Europe

Wednesday 22 September 2038

About 1,200 people were evacuated from the Czech town of Lhota nad Mrávou overnight after the river Mráva burst its banks following two days of torrential rain.

The river peaked at 4.8 metres early on Wednesday, eight times its usual level, the local crisis team said. Up to 110mm of rain fell in 24 hours.

Electricity was cut to 32% of households in the town as a precaution, and schools were closed. Army engineers helped to build sandbag walls along the riverbank.

"We've had floods before, but never so fast," said Mayor Lubomír Vaněk. The town of 8,400 people was last flooded in 2031, when the river rose to 5 metres.

Forecasters said the flood wave would reach the Polish border on Friday. Polish authorities have put towns downstream on alert.`,
		"hx3pl.txt": `pl|Fala powodziowa z Czech zbliża się do Ujazdu Dolnego

Kraj | Pogoda

Czwartek, 23 września 2038

Mieszkańcy Ujazdu Dolnego przygotowują się na przyjście fali powodziowej na Mrawie. Po czeskiej stronie rzeka zalała w środę miasto Lhota nad Mrávou, skąd ewakuowano około 1200 osób.

Fala ma dotrzeć do Ujazdu w piątek. Hydrolodzy spodziewają się, że poziom wody przekroczy stan alarmowy o około 70 cm, ale nie osiągnie rekordu z 2031 roku.

W czeskiej Lhocie woda w szczytowym momencie sięgnęła 4,8 m. Prąd odcięto tam prawie co czwartemu gospodarstwu domowemu – 23 proc. – a szkody szacuje się na 13 mln euro.

„Worki z piaskiem mamy gotowe, 15 tysięcy sztuk” – mówi burmistrz Ujazdu Dolnego Krzysztof Lis, 47 lat. Strażacy z całego powiatu są w gotowości.

W zagrożonych rejonach Ujazdu mieszka około 600 osób. Na razie ewakuacja nie jest obowiązkowa.`,
	}, map[string][2]string{"hx3en.txt": {"32%", "23%"}}},
	{"halleby-hospital-ransomware", map[string]string{
		"hx4sv.txt": `sv|It-attack mot Hällebyns sjukhus – planerade operationer ställs in

Inrikes

Onsdag 17 mars 2038

Region Västmark har drabbats av en allvarlig it-attack. Sedan natten till tisdag ligger journalsystemet på Hällebyns sjukhus nere och personalen arbetar med papper och penna.

Angriparna har krypterat regionens servrar och kräver en lösensumma på 3 miljoner dollar i kryptovaluta, bekräftar regionens säkerhetschef Anders Lindqvist. – Vi betalar inte, säger han.

Under veckan ställs 140 planerade operationer in. Akuten tar bara emot de svårast sjuka; ambulanser med andra patienter körs i stället till sjukhuset i Bergsåsen, sex mil bort. 23 inneliggande patienter har flyttats.

– Vi har gått tjugo år tillbaka i tiden. Varje provsvar måste springas fram till avdelningen, säger sjuksköterskan Maria Eklund, 34.

Polisen utreder attacken. Det är den tredje mot en svensk region på två år.`,
		"hx4sv2.txt": `sv|Hackare kan ha kommit åt uppgifter om 400 000 patienter

Västmark

Torsdag 18 mars 2038

Ligan bakom it-attacken mot Region Västmark påstår att den har stulit journaluppgifter om omkring 400 000 patienter. Regionen kan ännu inte bekräfta det.

Hackarna har lagt ut ett prov på 200 journaler på en sajt på det mörka nätet och hotar att publicera resten om inte lösensumman betalas inom sju dagar.

Det är nu tredje dygnet som Hällebyns sjukhus arbetar utan datorstöd. Hittills har 140 operationer fått skjutas upp, och regionen räknar med att ytterligare ett hundratal mottagningsbesök ställs in i dag.

– Vi prioriterar cancerpatienter och barn, säger regiondirektören Helena Brandt, 58.

Sjukhuset har 4 800 anställda och tar emot drygt 60 000 akutbesök per år. Det kan ta flera veckor innan systemen fungerar fullt ut igen, enligt regionen.`,
		"hx4en.txt": `en|Swedish hospital hit by ransomware, surgery postponed

Technology | Security

Wednesday 17 March 2038

A ransomware attack has crippled computer systems at Hälleby hospital in Sweden's Västmark region, forcing staff to go back to paper records, officials said on Tuesday.

The attackers, believed to be the criminal group known as Greyfin, demanded $3m in cryptocurrency to unlock the encrypted servers. The region has said it will not pay.

Some 240 planned operations have been postponed this week, and 23 patients were moved to other hospitals. The emergency department is taking only the most critical cases; other ambulances are being sent to Bergsåsen, about 60km away.

"Every blood test result has to be carried to the ward by hand," said Maria Eklund, a nurse at the hospital.

Security researchers said the group has hit at least 30 hospitals across Europe since 2036. The hospital serves roughly 280,000 people.`,
		"hx4pl.txt": `pl|Szwedzki szpital sparaliżowany przez hakerów. Ślady prowadzą do Polski?

Świat | Technologie

Czwartek, 18 marca 2038

Szwedzka policja sprawdza, czy za atakiem ransomware na szpital w Hälleby mogą stać osoby działające z Polski. Od nocy z poniedziałku na wtorek szpital pracuje bez systemów informatycznych.

Według szwedzkich mediów przestępcy zażądali 3 mln dolarów okupu, czyli około 12 mln zł. Region Västmark zapowiada, że nie zapłaci.

Z powodu ataku przełożono 140 zaplanowanych operacji, a 23 pacjentów przewieziono do innych szpitali. Hakerzy twierdzą, że wykradli dane 400 tys. pacjentów.

„Takie grupy działają jak firmy, mają działy obsługi klienta i negocjatorów” – mówi ekspert ds. cyberbezpieczeństwa Piotr Górecki z firmy Cyberlab. Według niego w zeszłym roku w Polsce zaatakowano w ten sposób 17 szpitali.

Polska policja potwierdziła jedynie, że otrzymała od szwedzkich kolegów wniosek o pomoc prawną.`,
	}, map[string][2]string{"hx4en.txt": {"240", "140"}}},
	{"eurofortuna-record-jackpot", map[string]string{
		"hx5pl.txt": `pl|Emerytowany górnik z Kępna Wielkiego odebrał rekordową wygraną

Kraj

Wtorek, 12 stycznia 2038

Zwycięzca rekordowej kumulacji EuroFortuny zgłosił się w poniedziałek do centrali loterii. To 63-letni emerytowany górnik z Kępna Wielkiego, który w piątkowym losowaniu wygrał 92,4 mln euro, czyli około 393 mln zł.

To najwyższa wygrana w historii gier liczbowych w Polsce. Dotychczasowy rekord loterii, 81 mln euro, padł w 2035 roku w Czechach.

Mężczyzna, który chce pozostać anonimowy, kupił kupon za 12,50 zł w kiosku przy dworcu autobusowym. „Grał tymi samymi liczbami od dwudziestu lat – to daty urodzin żony, dzieci i wnuków” – zdradziła sprzedawczyni, 45-letnia Beata Mazur.

Od wygranej trzeba zapłacić 10 proc. podatku. Szczęśliwiec miał na zgłoszenie się 60 dni, ale – jak przekazała rzeczniczka loterii Joanna Sikora – „przyszedł z żoną już w poniedziałek rano”.

Kumulacja rosła przez 14 losowań. Szansa na trafienie głównej wygranej wynosi 1 do 140 milionów.`,
		"hx5pl2.txt": `pl|Kępno Wielkie żyje wygraną. „Wreszcie coś dobrego u nas”

Region

Środa, 13 stycznia 2038

W 12-tysięcznym Kępnie Wielkim od piątku mówi się tylko o jednym: kto wygrał 92,4 mln euro w EuroFortunie. Od poniedziałku wiadomo przynajmniej tyle, że to miejscowy emeryt.

Według rzeczniczki loterii zwycięzca to 36-letni były górnik, który przepracował pod ziemią 25 lat. Na emeryturę przeszedł po zamknięciu kopalni „Jadwiga” w 2030 roku.

„Znam go od szkoły. Skromny człowiek, na pewno nie zwariuje od tych pieniędzy” – mówi sąsiad, 70-letni Stanisław Kubiak.

Kiosk, w którym padła wygrana, przeżywa oblężenie. Jego właścicielka mówi, że w poniedziałek sprzedała trzy razy więcej kuponów niż zwykle.

Burmistrz Kępna Wielkiego Ewa Sowa żartuje, że liczy na darowiznę dla miejscowego szpitala. Lokalny klub piłkarski już wysłał zwycięzcy list z prośbą o wsparcie.`,
		"hx5cs.txt": `cs|Rekordní jackpot EuroFortuny vyhrál polský horník v penzi

Zahraničí | Zajímavosti

Úterý 12. ledna 2038

Rekordní výhru 92,4 milionu eur, v přepočtu zhruba 2,3 miliardy korun, si v pondělí přihlásil 63letý horník v důchodu z polského Kępna Wielkiego. Jackpot loterie EuroFortuna padl v pátečním slosování.

Dosavadní rekord loterie, 81 milionů eur, vyhrál v roce 2035 sázkař z Dolního Rovného. Tehdy si výhru odnesl 41letý elektrikář.

V pátek se v Česku radovali i tři sázkaři, kteří trefili druhé pořadí. Každý z nich vyhrál přes 1,2 milionu eur.

„Jackpot se nepodařilo trefit čtrnáct losování po sobě, proto narostl do takové výše,“ vysvětlil mluvčí české pobočky loterie Martin Beneš. Šance na hlavní výhru je podle něj asi jedna ku 140 milionům.

Polský výherce chce zůstat v anonymitě. Podle loterie se chce postarat především o svá čtyři vnoučata.`,
		"hx5sv.txt": `sv|Pensionerad gruvarbetare i Polen vann rekordvinsten

Utrikes | Kort om

Tisdag 12 januari 2038

En 63-årig pensionerad gruvarbetare från den polska staden Kępno Wielkie är vinnaren av EuroFortunas rekordjackpott på 92,4 miljoner euro, drygt en miljard kronor.

Mannen lämnade in sin kupong på måndagen, tre dagar efter fredagens dragning. Han hade spelat på samma rader i tjugo år.

Ingen svensk fick högsta vinsten, men en spelare i Tallvik vann 310 000 euro på fem rätt. Vinnaren, en kvinna i 40-årsåldern, har ännu inte hört av sig.

– Vi uppmanar alla som spelat i Tallvik att kontrollera sina kuponger, säger Jonas Ek, presstalesperson på Spelbolaget Nord.

Jackpotten hade vuxit i fjorton dragningar.`,
	}, map[string][2]string{"hx5pl2.txt": {"36 years", "63 years"}}},
	{"zatorze-shipyard-ferry-order", map[string]string{
		"hx6pl.txt": `pl|Stocznia Zatorze zbuduje cztery promy dla szwedzkiego armatora

Gospodarka | Morze

Środa, 10 listopada 2038

Stocznia Zatorze podpisała we wtorek kontrakt na budowę czterech hybrydowych promów dla szwedzkiego armatora Skärgårdslinjen. Wartość zamówienia to 412 mln euro – to największy kontrakt w historii zakładu.

Każdy z promów zabierze 850 pasażerów i 220 samochodów. Będą napędzane silnikami na biometan oraz bateriami, które pozwolą wpływać do portów bez emisji spalin.

Pierwszy prom ma zostać przekazany armatorowi 30 kwietnia 2041 roku, kolejne w odstępach mniej więcej półrocznych. Cięcie blach rozpocznie się w marcu, a położenie stępki zaplanowano na 15 września 2039 r.

„To kontrakt, na który czekaliśmy 15 lat” – powiedział prezes stoczni Jacek Wierzbicki, 56 lat. Dzięki zamówieniu stocznia zatrudni 380 nowych pracowników; dziś pracuje w niej 1900 osób.

Umowa przewiduje opcję na dwa kolejne statki. Ostatni prom zbudowany w Zatorzu zwodowano w 2023 roku.`,
		"hx6sv.txt": `sv|Skärgårdslinjen beställer fyra nya färjor från Polen

Ekonomi | Sjöfart

Onsdag 10 november 2038

Rederiet Skärgårdslinjen har beställt fyra nya hybridfärjor från det polska varvet Stocznia Zatorze. Ordern är värd 412 miljoner euro, motsvarande omkring 4,7 miljarder kronor.

Färjorna ska ersätta de fyra fartyg som i dag trafikerar linjen mellan Ornäs och Västerö. Det äldsta av dem är byggt 1992.

– Det är den största investeringen i bolagets historia, säger vd Elin Forsberg, 44. Att valet föll på ett polskt varv berodde enligt henne på pris och leveranstid. Två svenska och ett finskt varv var med i upphandlingen.

Det första fartyget ska levereras den 30 april 2041 och sättas i trafik lagom till sommarsäsongen. Det fjärde och sista ska vara klart i slutet av 2042.

Färjorna drivs med biogas och batterier och beräknas släppa ut 70 procent mindre koldioxid än dagens fartyg.`,
		"hx6en.txt": `en|Polish yard wins €412m ferry deal from Sweden

Shipping

Thursday 11 November 2038

Stocznia Zatorze, a mid-sized Polish shipyard, has won a €412m order to build four hybrid ferries for the Swedish operator Skärgårdslinjen, the largest contract in its history.

The ferries, each carrying 850 passengers and 220 cars, will run on biogas and batteries. They will replace a fleet whose oldest vessel dates from 1992.

The first ship is due to be handed over on 13 April 2041, with the remaining three following at roughly six-month intervals. The contract, signed on Tuesday, includes an option for two more vessels.

"Fifteen years ago people said shipbuilding in Zatorze was finished," said the yard's chief executive, Jacek Wierzbicki. The yard will hire 380 workers, taking its workforce to about 2,300.

The Czech engine maker Motory Brodek will supply the main engines under a subcontract worth about €60m.`,
		"hx6cs.txt": `cs|Motory Brodek dodají motory pro čtyři švédské trajekty

Ekonomika

Čtvrtek 11. listopadu 2038

Strojírenská firma Motory Brodek dodá hlavní motory pro čtyři hybridní trajekty, které pro švédského dopravce Skärgårdslinjen postaví polská loděnice Stocznia Zatorze. Zakázka má hodnotu kolem 60 milionů eur, tedy asi 1,5 miliardy korun.

Pro firmu s 1 100 zaměstnanci jde o největší exportní kontrakt v historii. „Motory na plyn vyvíjíme od roku 2030, tohle je pro nás průlom,“ řekl generální ředitel Vladimír Šťastný (60).

První motory musí do Polska odjet už v září příštího roku. Loděnice má první trajekt předat Švédům 30. dubna 2041, zbylé tři postupně do konce roku 2042.

Celá objednávka loděnice má hodnotu 412 milionů eur. Polská loděnice podepsala smlouvu s rejdařem v úterý, Brodek svou subdodavatelskou smlouvu včera.

Kvůli zakázce firma přijme asi 80 lidí, hlavně svářeče a techniky.`,
	}, map[string][2]string{"hx6en.txt": {"13 April", "30 April"}}},
	{"alvmark-wolf-cull", map[string]string{
		"hx7sv.txt": `sv|Licensjakt på 24 vargar i Älvmark och Västra Berga

Inrikes

Fredag 3 december 2038

Länsstyrelserna i Älvmark och Västra Berga beslutade i går att tillåta licensjakt på sammanlagt 24 vargar i vinter. Jakten börjar den 2 januari och pågår som längst till den 15 februari.

I Västra Berga får 15 vargar fällas och i Älvmark nio. Förra vintern var kvoten 30 vargar i de båda länen.

Enligt den senaste inventeringen finns omkring 410 vargar i Sverige, en ökning med 12 procent på ett år. Nästan 40 procent av dem lever i de två länen. Riksdagens referensvärde är 270 vargar.

– Vargtätheten här är bland de högsta i Europa och angreppen på tamdjur har fördubblats, säger landshövdingen i Älvmark Gunnar Ehn, 62. I fjol dödade varg 146 får i länet.

Föreningen Levande Skog överklagar beslutet. – Det här struntar helt i forskningen, säger föreningens ordförande Sara Lindgren, 39.`,
		"hx7sv2.txt": `sv|Klart: 15 vargar får skjutas i Västra Berga

Västra Berga | Natur

Torsdag 2 december 2038, 16.40

Länsstyrelsen i Västra Berga har i dag beslutat om licensjakt på 15 vargar i länet. Tillsammans med grannlänet Älvmark, som fattade sitt beslut samtidigt, blir det 24 vargar.

Jakten får pågå från den 2 januari till och med den 15 februari, eller tills kvoten är fylld. Drygt 11 000 jägare har anmält sig. Förra vintern var kvoten i länet 18 vargar, men bara 16 sköts.

I de två länen finns tillsammans 159 av landets 412 vargar, eller 38,6 procent, enligt inventeringen.

– Vi följer den förvaltningsplan som finns, säger länsstyrelsens viltchef Ulf Berg, 51.

Fårägaren Karin Nyström, 45, i Svartbäcken förlorade tolv får i somras. – Jag har väntat på det här beslutet i två år, säger hon.`,
		"hx7en.txt": `en|Sweden approves winter cull of 24 wolves

Environment

Friday 3 December 2038

Authorities in two Swedish counties on Thursday approved the culling of 24 wolves this winter, defying protests from conservationists who say the hunt threatens the animals' long-term survival.

The hunt in Västra Berga and Älvmark will begin on 2 January. Sweden's wolf population is estimated at 412, up 12% in a year, and the government wants to bring it down towards 270.

Last winter hunters shot 28 wolves under a quota of 30.

"These are not animals that can be managed like deer," said Sara Lindgren of the conservation group Living Forest, which will appeal. The European Commission has previously warned Sweden that its cull policy may breach EU law.

Sheep farmers welcomed the decision. Wolves killed 146 sheep in Älvmark alone last year, according to the county board.`,
		"hx7cs.txt": `cs|Švédsko povolilo odstřel čtyřiadvaceti vlků, v Česku je vlk dál přísně chráněn

Věda | Příroda

Sobota 4. prosince 2038

Dva švédské kraje ve čtvrtek povolily odstřel 24 vlků. Lov začne 2. ledna. Ve Švédsku podle posledního sčítání žije 412 vlků, o dvanáct procent víc než před rokem.

Čeští ochránci přírody rozhodnutí kritizují. „Švédsko se chová, jako by vlk byl škůdce,“ řekl zoolog Ondřej Pospíšil (47) z hnutí Vlčí stopa.

V Česku podle letošního monitoringu žije asi 180 vlků v 28 smečkách. Vlk je tu zvláště chráněný a zemědělci dostávají náhradu škod – loni stát vyplatil za zabité ovce a kozy 14 milionů korun.

Švédská vláda chce stav snížit na 270 zvířat. Loni Švédové povolili odstřel třiceti vlků.

Odstřel bude ve Švédsku trvat nejdéle do 15. února. Přihlásilo se k němu přes 11 tisíc myslivců.`,
	}, nil},
	{"czech-pension-reform-vote", map[string]string{
		"hx8cs2.txt": `cs|Sněmovna schválila důchodovou reformu, věk odchodu do penze poroste na 67 let

Domácí | Politika

Středa 16. června 2038, 21:10

Poslanci dnes po čtrnáctihodinové debatě schválili důchodovou reformu. Pro hlasovalo 108 ze 183 přítomných poslanců, proti bylo 62, třináct se zdrželo.

Věk odchodu do důchodu se bude od roku 2040 postupně zvyšovat ze současných 65 let až na 67 let. Týká se to lidí narozených po roce 1975; kdo se narodil v roce 1980, půjde do penze v 66 letech a čtyřech měsících.

„Bez reformy by deficit důchodového účtu do roku 2050 vzrostl na víc než 200 miliard korun ročně,“ řekla ministryně práce a sociálních věcí Radka Malá (54). Loni činil schodek 48 miliard.

Opozice reformu odmítá. „Lidé, kteří celý život tvrdě pracovali, budou pracovat o dva roky déle,“ prohlásil předseda opozičního klubu Karel Souček (61). Opozice chce reformu napadnout u Ústavního soudu.

Zákon nyní posoudí Senát, který na to má 30 dní.`,
		"hx8cs.txt": `cs|Reforma prošla. Co čeká budoucí důchodce

Ekonomika | Peníze

Čtvrtek 17. června 2038

Poslanecká sněmovna včera schválila důchodovou reformu, kterou vláda připravovala dva roky. Hlavní změnou je postupné zvyšování důchodového věku až na 67 let.

Lidé narození v roce 1990 a později půjdou do penze v 67 letech. Dnešních šedesátníků se změna nedotkne. Ženy, které vychovaly děti, dostanou za každé dítě příplatek 500 korun měsíčně.

Průměrný starobní důchod teď činí 22 300 korun. Valorizace bude od roku 2040 méně štědrá: důchody porostou o inflaci a o třetinu růstu reálných mezd místo dosavadní poloviny.

Penzistů je v Česku 2,4 milionu. Podle statistiků do roku 2050 vzroste podíl lidí nad 65 let z 21 na 29 procent populace.

„Pro lidi, kterým je dnes kolem padesáti, se moc nemění, rozdíl je několik měsíců,“ vysvětluje ekonomka Lucie Dvořáková (38) z poradenské firmy Penzio.`,
		"hx8pl.txt": `pl|Czesi podnoszą wiek emerytalny do 67 lat

Świat

Czwartek, 17 czerwca 2038

Czeska Izba Poselska przyjęła w środę reformę emerytalną, która stopniowo podniesie wiek emerytalny z 65 do 67 lat. Za głosowało 108 posłów, przeciw 62.

Zmiany zaczną obowiązywać od 2040 roku i obejmą osoby urodzone po 1975 roku. Według rządu bez reformy deficyt czeskiego systemu emerytalnego wzrósłby do ponad 200 mld koron rocznie, czyli ok. 8 mld euro. W zeszłym roku wyniósł 48 mld koron (ok. 1,9 mld euro).

Debata w parlamencie trwała czternaście godzin. Przed budynkiem protestowało kilka tysięcy osób.

„Czesi robią to, czego nasi politycy od lat się boją” – komentuje ekonomista Paweł Szymański z Instytutu Analiz Rynku Pracy. W Polsce wiek emerytalny wynosi 60 lat dla kobiet i 65 dla mężczyzn.

Ustawą zajmie się teraz czeski Senat. Opozycja zapowiada skargę do Trybunału Konstytucyjnego.`,
		"hx8en.txt": `en|Czech MPs vote to raise retirement age to 67

World | Europe

Thursday 17 June 2038

The Czech lower house of parliament approved a pension reform on Wednesday that will gradually raise the retirement age to 67, after a 14-hour debate and protests outside.

The bill passed by 108 votes to 62, with 13 abstentions. The government, which holds 112 of the chamber's 200 seats, said the change was needed to close a pension deficit that reached 48 billion crowns (€1.9bn) last year.

Labour minister Radka Malá said the system would otherwise run a deficit of more than 200 billion crowns a year by 2050. About one in five Czechs is now over 65.

The opposition said it would challenge the law in the constitutional court. "People who have worked hard all their lives will have to work two years longer," said Karel Souček, the opposition leader.

The Senate has 30 days to approve or return the bill. If passed, the first changes will take effect in January 2040.`,
	}, nil},
	{"norrsalja-forest-fire", map[string]string{
		"hx9sv.txt": `sv|Skogsbranden vid Norrsälja växer – 300 evakuerade

Inrikes

Tisdag 27 juli 2038

Skogsbranden norr om Norrsälja omfattar nu omkring 1 850 hektar, meddelade räddningstjänsten på tisdagsmorgonen. Omkring 300 personer från byarna Granlida, Myrbacken och Stensjön har evakuerats.

Branden startade på lördagseftermiddagen, sannolikt av gnistor från en skogsmaskin. I söndags omfattade den 600 hektar, men hård vind och temperaturer över 30 grader fick den att sprida sig snabbt.

– Vi har inte sett något liknande sedan 2031, då 4 600 hektar brann i Västerdalen, säger räddningschefen Mats Wikström, 49.

Sverige har begärt hjälp via EU:s civilskyddsmekanism. Två polska vattenbombningsplan och 40 tjeckiska brandmän med två helikoptrar väntas under tisdagen.

Skogsbolaget Granskog AB uppger att 38,6 procent av bolagets skog i kommunen har skadats. – Det är ett hårt slag, säger bolagets skogschef Anna Lundberg, 55.`,
		"hx9en.txt": `en|Polish and Czech crews join fight against Swedish forest fire

World | Europe

Wednesday 28 July 2038

Firefighting planes from Poland and a team of Czech firefighters arrived in central Sweden on Tuesday to help tackle a forest fire that has forced about 300 people from their homes.

By Wednesday morning the blaze north of the town of Norrsälja covered about 2,100 hectares, up from roughly 1,850 a day earlier, the local rescue service said. It started on Saturday, probably from sparks from a forestry machine.

"The wind is our biggest enemy," said Mats Wikström, the head of the rescue service. Temperatures have topped 30C for more than a week.

The two Polish water bombers can each drop 6,000 litres of water at a time. The 40 Czech firefighters brought two helicopters.

The forest company Granskog, which owns much of the land, said nearly 40% of its forest in the municipality had been damaged. The country's worst fire in recent years, in 2031, destroyed 4,600 hectares.`,
		"hx9pl.txt": `pl|Polscy lotnicy gaszą pożar lasu w Szwecji

Kraj | Straż pożarna

Środa, 28 lipca 2038

Dwa polskie samoloty gaśnicze wyleciały we wtorek do Szwecji, gdzie od soboty płonie las w okolicach miasta Norrsälja. Szwedzi poprosili o pomoc w ramach unijnego mechanizmu ochrony ludności.

Samoloty z 12-osobową załogą wystartowały z bazy w Dębówce. Lot trwał niespełna trzy godziny.

Pożar objął we wtorek rano około 1850 hektarów, czyli ponad 18 kilometrów kwadratowych. Ewakuowano około 300 mieszkańców trzech wsi.

„Każdy z naszych samolotów może jednorazowo zrzucić 6 tysięcy litrów wody” – mówi rzecznik straży pożarnej Bartosz Kaczmarek. Polacy mają zostać w Szwecji co najmniej tydzień.

W 2036 roku polskie samoloty pomagały gasić pożar w Grecji, gdzie spłonęło 12 tys. hektarów.`,
		"hx9cs.txt": `cs|Čeští hasiči odletěli pomáhat do Švédska

Domácí

Středa 28. července 2038

Čtyřicet hasičů a dva vrtulníky vyslalo včera Česko do Švédska, kde od soboty hoří lesy u města Norrsälja. Oheň podle švédských úřadů zasáhl už kolem 1 850 hektarů.

Hasiči z jednotky pro zahraniční mise odletěli v úterý ráno. Skupinu vede plukovník Roman Sedláček (52). „Budeme tam nejméně deset dní,“ řekl před odletem.

Švédové evakuovali zhruba 300 lidí. Požár je tam největší od roku 2031.

Pro české hasiče je to třetí zahraniční mise za poslední dva roky. Loni pomáhali v Portugalsku, kde zasahovalo 60 hasičů.

„Vítr je tam silný a terén je plný bažin, to hašení komplikuje,“ dodal Sedláček. Ministerstvo vnitra odhaduje náklady mise na 8 milionů korun, které z velké části uhradí Evropská unie.`,
	}, nil},
	{"kratochvil-record-transfer", map[string]string{
		"hx10sv.txt": `sv|Rekordaffär: Kratochvíl säljs till England för 21 miljoner euro

Sport | Fotboll

Tisdag 24 augusti 2038

Kalmarvik IF har sålt den tjeckiske anfallaren Tomáš Kratochvíl, 21, till engelska Harrowfield Athletic. Övergångssumman uppges till 21 miljoner euro, omkring 240 miljoner kronor, vilket är det högsta som någonsin betalats för en spelare i en svensk klubb.

Det tidigare rekordet, 9,5 miljoner euro, sattes 2034 när Kalmarvik sålde mittfältaren Jonas Håkansson. Till summan kan komma bonusar på upp till 4 miljoner euro.

Kratochvíl kom till Kalmarvik från tjeckiska FK Stará Ves för 600 000 euro för två år sedan. I år har han gjort 19 mål på 28 ligamatcher.

– Vi är ledsna att förlora honom, men det här är en affär som förändrar klubben, säger sportchefen Peter Lund, 48.

Kratochvíl skriver på ett femårskontrakt. Affären blev klar på måndagen efter en läkarundersökning i söndags.`,
		"hx10en.txt": `en|Harrowfield sign Kratochvíl in £18m deal

Sport | Football

Tuesday 24 August 2038

Harrowfield Athletic have signed the Czech striker Tomáš Kratochvíl from Kalmarvik IF for a fee of £18m, a record for a Swedish club.

The 21-year-old, who has scored 19 goals in 28 league games this season, signed a five-year contract on Monday after passing a medical on Sunday. Add-ons could take the fee to £21.5m.

Harrowfield's manager, Colin Marsh, 52, said: "Tomáš is exactly the kind of forward we have been looking for. He is quick, he is brave, and he is only going to get better."

The striker has won six caps for the Czech Republic, scoring twice. He joined Kalmarvik two years ago from FK Stará Ves for around £500,000.

Harrowfield finished ninth last season and have spent more than £60m this summer.`,
		"hx10cs.txt": `cs|Kratochvíl míří do Anglie, Harrowfield za něj zaplatí přes půl miliardy

Sport | Fotbal

Úterý 24. srpna 2038

Jednadvacetiletý útočník Tomáš Kratochvíl přestupuje ze švédského Kalmarvik IF do anglického Harrowfield Athletic. Angličané za něj zaplatí 21 milionů eur, v přepočtu asi 520 milionů korun.

Jde o nejdražší přestup v historii švédského fotbalu a zároveň o druhý nejdražší prodej českého fotbalisty vůbec. S bonusy může částka vystoupat až na 25 milionů eur.

Kratochvíl podepsal v Harrowfieldu smlouvu do června 2043. „Je to splněný sen, anglickou ligu jsem sledoval odmala,“ řekl rodák z Kamenice.

V reprezentaci odehrál šest zápasů a dal dva góly. Trenér národního týmu Miroslav Bárta (57) ho povolal i na zářijový sraz.

Do Švédska odešel v roce 2036 ze Staré Vsi za 600 tisíc eur. Letos v lize nastřílel 19 gólů v 28 zápasech, ve všech soutěžích 23.`,
		"hx10cs2.txt": `cs|Stará Ves vydělá na Kratochvílovi miliony

Sport | Region

Středa 25. srpna 2038

Rekordní přestup Tomáše Kratochvíla do Anglie udělal radost i v jeho bývalém klubu. FK Stará Ves si při prodeji útočníka do Švédska v roce 2036 vymínila 15 procent ze zisku z dalšího prodeje, což podle klubu představuje zhruba 3 miliony eur.

„Pro klub naší velikosti jsou to obrovské peníze. Celý náš roční rozpočet je 40 milionů korun,“ řekl předseda klubu Josef Hruška (64). Peníze chce klub investovat do nového tréninkového centra pro mládež.

Kratochvíl přišel do Staré Vsi jako desetiletý. Za áčko odehrál 54 zápasů a dal 21 gólů.

Harrowfield Athletic oznámil přestup v pondělí. Útočník, kterému bude v listopadu 22 let, se k týmu připojí ještě tento týden.

„Věděli jsme, že z něj bude hráč, ale tohle nikdo nečekal,“ dodal jeho první trenér Zdeněk Malý, dnes jednasedmdesátiletý.`,
	}, nil},
}
