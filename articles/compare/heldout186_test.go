package compare

// heldOutSarma is a blind held-out set written without reading the
// extraction, matching or grouping code: ten events of a power cut,
// business, local politics, health, courts, culture, science, sport,
// weather and transport, each reported three or four times in Swedish,
// Finnish, Danish, Norwegian, Polish, Czech, Catalan, Romanian,
// Hungarian, English and German (two Polish reports of the Stalwiatr
// sale, two Catalan of the Rocamora vote, two Czech of the Kladenec
// final, two Norwegian of the Straumsund bridge). The topics: a fire at
// the Hedslätt substation leaving 38,000 homes in Norrvalla without
// power, the Danish blade maker Vestkyst Vinge buying the Polish tower
// maker Stalwiatr of Słupiec, Sant Feliu de Rocamora voting against a
// cruise terminal, norovirus among pupils on ski courses at the Modrý vrch
// chalet, the former head of the fish farmer Havbruk Nordkyst jailed for
// fraud, the Kővárad Opera House to reopen after three years, microplastics
// in 37 of 42 lakes of Finnish Lapland, HC Kladenec beating Raahen Routa in
// the European hockey league final, a storm over western Romania and
// eastern Hungary, and the Straumsund bridge opened in place of a ferry.
//
// Six contradictions are planted, one in each of the first six events and
// all outside the first paragraph: a duration (zk1fi: "Sähkökatko kesti
// kaikkiaan yhdeksän tuntia" against "Avbrottet varade alltså i elva
// timmar" and "The outage lasted eleven hours"); an amount (zk2da:
// "betaler 257 mio. euro" against "275 mln euro", "275 milionów euro" and
// "€275 million"); a percentage (zk3ro: "54% dintre votanți s-au
// pronunțat împotrivă" against "el 58% dels vots", "el 58% dels votants"
// and "Fifty-eight percent of voters"); a count (zk4pl: "zachorowało
// łącznie 162 dzieci" against "onemocnělo 126 žáků" and "126
// Schülerinnen und Schüler"); an age (zk5sv: "Den 66-årige Skarstad"
// against "Skarstad (61)" and "Den 61-årige Skarstad"); a date (zk6ro:
// "va avea loc pe 24 octombrie" against "október 14-én", "on 14 October"
// and "am 14. Oktober"). The last four events hold none.
//
// Traps that are no contradiction: eleven hours (5.40am to 4.40pm) beside
// 4,000 homes back after two hours, trains halted for three hours, a
// compensation rule of 12 hours, minus 12 degrees, about 60 people in a
// sports hall, 500 kronor as "about €45", a manager of 44, a storm of
// 2031. €275 million beside revenue of 1.1 billion złoty as "omkring 260
// mio. euro", "ok. 1,17 mld zł", net debt of about €40 million, 1,400
// staff against 3,100, 900 tower sections, shares up 4.2%, 2009, twelve
// first workers, a founder of 67, a chief of 52, a mayor of 45, job
// guarantees of five and three years, 11 times profit, 2038. 58% beside
// 42% for, turnout of 47% against a threshold of 35%, 5,780 of 12,300
// voters, €31 million of which 4 from the town, 2,400 passengers a day,
// 3,900 signatures, 1,800 in the old town, 1,100 Romanians of whom about
// 300 registered, tourism up 6% to 1.1 million nights, a mayor of 49, an
// activist of 33 and a Romanian of 41. 126 beside 240 pupils, 22 teachers,
// 47 Polish pupils ill and 98 going home, 19 in hospital of whom four
// Polish, pupils of 12 to 15, five days, a fine of two million koruna as
// "rund 80.000 Euro", 1,850 złoty, six hours on the road, 35 hotel guests
// ill in January, an owner of 58, Tuesday night as "in der Nacht zum
// Mittwoch". 61 beside four years six months against five sought, a
// finance chief of 47 with 18 months, 84 million kroner, 2031 to 2034, a
// bankruptcy of 2035 with about 120 jobs, seven weeks, 38 witnesses, a
// Swedish buyer's loss of 6 million kronor and a Danish bank's of 31
// million, a buyer's chief of 54. 14 October beside tickets from 27 April,
// a guest night on 5 November, the last show on 30 June 2034, 14 new
// productions, 19 billion forints as "€48 million" with 12 billion from
// the EU, 1,120 seats instead of 1,260, 1911, a pit for 60 musicians
// against 48, a director of 53, a guest director of 59 and a stage
// director of 46, 160 artists, 40 km from the border, tickets of 4,000 to
// 28,000 forints, 2038. In the events without a contradiction: 37 of 42
// lakes beside 19 of 30 in 2029, 2.1 and 9.4 particles a litre, about
// 2,300 samples over four winters (2033 to 2036), 60 km as "sex mil",
// twelve researchers, 25 Swedish lakes, a professor of 48, €1.2 million.
// 3-2 after overtime with goals at 12:31, 27:05, 41:50, 57:40 and 64:12
// ("ve 65. minutě", "w 65. minucie"), 44 shots against 36, 34 and 41
// saves, 9,450 spectators with about 300 Poles, 15,000 in the square,
// €300,000 against €150,000, semi-finals of 4-1 and 3-2, 11 of 12 games,
// a goalkeeper of 29, a scorer of 24, coaches of 51 and 56, 2028 and
// 2034, Tuesday's league game. Three dead beside two in Romania and one in
// Hungary, aged 71, 45 and 33, gusts of 140 against 118 km/h and 50 to 60
// forecast, 62,000 homes without power against 28,000, 14 flights of which
// two to Munich, 900 and 1,400 calls, red warnings until Sunday 10pm and
// until Monday morning, three counties twice, trains stopped two hours.
// 1,280 metres as "1.3km", 62 metres high, 3.4 billion kroner as "omkring
// 2,2 mia. danske kroner" and "about €290 million", a toll of 95 kroner
// against a ferry fare of 140, 15 years, 71 years since 1966, a driver of
// 84 who was 13, a mayor of 57, a skipper of 63 with 28 years, 14 crew,
// 350 workers for four years, a director of 49, about 5,000 people, 50
// minutes saved, 6,500 vehicles against 2,100 ("three times"), noon and
// 11.20, a delay of two months, a 2.1 km bridge to come, two hard
// winters. Further traps only one outlet has: a substation of 1987 with
// transformers of about 90 million kronor and tills down an hour and a
// half at the border; a further €60 million over three years, 1,200
// sections a year, 120 towers, a buy of 2030; 180 jobs; 260 beds; 84
// million kroner of damages, 14 days in custody in 2035, twelve years at
// the head, 2032; 210,000 viewers in three seasons, a director since
// 2029; a ninth goal, eight goals of a player of 27, 48 league games, a
// contract to 2039, about 200 fans from Raahe; wind easing on Monday as
// "Hétfőn".
//
// Frozen before its first run, which flagged 4 of the 6 contradictions
// and 4 false disagreements. It flagged the hours without power (duration
// "outage": zk1fi's "yhdeksän tuntia" against "elva timmar" and "eleven
// hours"), the vote against (percent "voters": zk3ro's 54% against 58% in
// both Catalan reports and "Fifty-eight percent"), the former chief's age
// (quantity "skarstad · age": zk5sv's "66-årige" against "61-årige" and
// "61") and the first night (date "avea": zk6ro's "24 octombrie" against
// "14. Oktober", "14 October" and "október 14-én"). It missed the price
// paid ("missed zk2da.txt's €257 million against €275 million") and the
// pupils taken ill ("missed zk4pl.txt's 162 against 126"): no
// disagreement was flagged on the price, and zk4pl's 162 was not set
// against the 126 at all. The false ones: the day port officials declined
// to comment set against the day of the vote ("false disagreement date
// "comment": zk3ca, zk3ca2, zk3ro: diumenge; zk3en: Monday"), the 47
// Polish pupils among the ill set against all 126 ("false disagreement
// count "schülerinnen": zk4cs, zk4de: 126 žáků; zk4pl: 47 uczniów"), the
// runner-up's prize set against the winner's ("false disagreement amount
// "dostane": zk8cs2, zk8fi: 150 000 eur; zk8cs: 300 000 eur") and the
// ferry's last docking at 11.20 set against the opening at noon as a
// count ("false disagreement count "mandag": zk10nb2: 11.20 mandag;
// zk10nb: 12 mandag"). The table's limit was raised from 1 to 4, as the
// brief for a first run above one asks. Grouped with the other sets, its
// 35 reports of 10 events were found as 12 events, B-cubed precision
// 1.000, recall 0.924; over all 185 sets (6,385 reports) the grouping held
// precision 1.000, recall 0.928, F1 0.963, 68 sets grouped exactly. The
// prescribed commands were run once each; nothing changed after the run
// but this comment and the table's limit.
var heldOutSarma = []heldOutEvent{
	{"norrvalla-power-cut", map[string]string{
		"zk1sv.txt": `sv|Elva timmar utan ström i Norrvalla efter brand i ställverk

Inrikes

Onsdag 11 mars 2037

Omkring 38 000 hushåll i Norrvalla och grannkommunen Sjöbotten blev utan ström på tisdagen sedan en brand brutit ut i ställverket i Hedslätt.

Branden upptäcktes strax efter klockan 05.40 och strömmen var tillbaka i hela området först vid 16.40. Avbrottet varade alltså i elva timmar, det längsta i regionen sedan stormen 2031.

"Vi fick koppla om nätet bit för bit", säger Ljungkraft Näts driftchef Annika Holmgren. Efter två timmar hade de första 4 000 hushållen fått tillbaka strömmen via en reservledning från Kalixbyn.

Det var tolv minusgrader under morgonen. Norrvalla lasarett klarade sig på reservkraft, men tågtrafiken mot Haparanda stod still i tre timmar. Kommunen öppnade en värmestuga i sporthallen, där ett sextiotal personer sökte skydd.

Enligt ellagen har kunderna rätt till ersättning först om ett avbrott varar i tolv timmar eller mer. Ljungkraft säger ändå att alla drabbade hushåll får 500 kronor var. Räddningstjänsten utreder vad som orsakade branden.`,
		"zk1fi.txt": `fi|Tulipalo sähköasemalla pimensi kymmenientuhansien kodit Norrvallassa

Ulkomaat

Keskiviikko 11.3.2037

Ruotsin Norrvallassa ja naapurikunnassa Sjöbottenissa noin 38 000 kotitaloutta jäi tiistaina ilman sähköä, kun Hedslättin sähköasemalla syttyi tulipalo. Alueella asuu paljon myös suomenkielisiä.

Palo havaittiin vähän kello 5.40 jälkeen. Sähkökatko kesti kaikkiaan yhdeksän tuntia, kertoo verkkoyhtiö Ljungkraft Nät.

Ensimmäiset 4 000 kotitaloutta saivat sähköt takaisin kahden tunnin kuluttua varayhteyden kautta. "Jouduimme kytkemään verkkoa takaisin pala palalta", sanoo käyttöpäällikkö Annika Holmgren.

Aamulla pakkasta oli 12 astetta. Norrvallan sairaala toimi varavoimalla, mutta junaliikenne Haaparannan suuntaan oli pysähdyksissä kolme tuntia. Kunta avasi urheiluhalliin lämmittelytilan, jossa kävi noin kuusikymmentä ihmistä.

Ruotsin lain mukaan asiakkaalla on oikeus korvaukseen vasta, jos katko kestää vähintään 12 tuntia. Ljungkraft lupaa silti jokaiselle kotitaloudelle 500 kruunua. Palon syytä tutkitaan.

Hedslättin sähköasema rakennettiin vuonna 1987, ja sen muuntajat oli määrä uusia ensi vuonna noin 90 miljoonan kruunun hinnalla. Suomen puolella sähköt pysyivät päällä koko ajan, mutta rajanylityspaikan kassajärjestelmät olivat poissa käytöstä puolitoista tuntia.`,
		"zk1en.txt": `en|Substation fire leaves 38,000 Swedish homes without power

Europe

Wednesday 11 March 2037

About 38,000 households in the northern Swedish town of Norrvalla and neighbouring Sjöbotten lost power on Tuesday after a fire at the Hedslätt substation.

The outage lasted eleven hours, from shortly after 5.40am until 4.40pm, grid operator Ljungkraft Nät said. Around 4,000 homes were reconnected after two hours through a reserve line.

Temperatures stood at minus 12C in the morning. The local hospital ran on backup generators, while rail traffic towards Haparanda was halted for three hours. About 60 people sought shelter in a sports hall opened by the council.

"We had to switch the network back on section by section," said operations manager Annika Holmgren, 44.

Swedish law only entitles customers to compensation for outages of 12 hours or longer, but the company said every affected household would receive 500 kronor (about €45) regardless. The fire service is investigating the cause of the blaze.`,
	}, map[string][2]string{"zk1fi.txt": {"9 hours", "11 hours"}}},
	{"vestkyst-vinge-stalwiatr", map[string]string{
		"zk2da.txt": `da|Vestkyst Vinge køber polsk tårnfabrik

Erhverv

Onsdag 11. marts 2037

Den danske vingeproducent Vestkyst Vinge A/S køber den polske producent af vindmølletårne Stalwiatr, oplyste selskabet onsdag.

Vestkyst Vinge betaler 257 mio. euro for alle aktier i Stalwiatr, der har hovedsæde og fabrik i havnebyen Słupiec ved Østersøen. Handlen ventes afsluttet i første kvartal af 2038, når konkurrencemyndighederne har godkendt den.

Stalwiatr har 1.400 ansatte og producerede sidste år omkring 900 tårnsektioner. Omsætningen var 1,1 mia. zloty, svarende til omkring 260 mio. euro.

"Med Słupiec får vi en fabrik lige ved kajen, tæt på de nye havvindparker i Østersøen," siger administrerende direktør Lars Møldrup, 52.

Vestkyst Vinge-aktien steg 4,2 procent på fondsbørsen i København. Selskabet har i forvejen 3.100 ansatte i Danmark og Skotland. Stalwiatr blev grundlagt i 2009 af ingeniøren Bogdan Krajewski, som fortsætter i bestyrelsen.

Analytikere vurderer prisen som rimelig. Handlen er Vestkyst Vinges største opkøb siden 2030, da selskabet købte en fabrik i Skotland.`,
		"zk2pl.txt": `pl|Duńczycy kupują Stalwiatr. Fabryka w Słupcu zmieni właściciela

Biznes

Środa, 11 marca 2037

Duński producent łopat do turbin wiatrowych Vestkyst Vinge przejmie słupecką spółkę Stalwiatr, producenta wież wiatrowych – poinformowały w środę obie firmy.

Duńczycy zapłacą za 100 proc. akcji 275 mln euro. Transakcja wymaga jeszcze zgody urzędu antymonopolowego i ma zostać zamknięta w pierwszym kwartale 2038 r.

Stalwiatr zatrudnia 1400 osób. W ubiegłym roku wyprodukował ok. 900 segmentów wież, a jego przychody wyniosły 1,1 mld zł.

– Nie planujemy zwolnień. Słupiec ma być naszym centrum dla Bałtyku – zapewnił prezes Vestkyst Vinge Lars Møldrup.

Założyciel Stalwiatru Bogdan Krajewski, 67 lat, który w 2009 r. zaczynał z dwunastoma pracownikami w dawnej hali stoczniowej, pozostanie w radzie nadzorczej. Kurs akcji Vestkyst Vinge wzrósł w Kopenhadze o 4,2 proc.

Słupecki zakład to dziś jeden z trzech największych producentów wież w Europie. W zeszłym roku Stalwiatr podpisał kontrakt na dostawę 120 wież dla farmy wiatrowej na Bałtyku.`,
		"zk2pl2.txt": `pl|Stalwiatr sprzedany Duńczykom za 275 mln euro

Gospodarka

Vestkyst Vinge, duński producent łopat wirnika, ogłosił w środę przejęcie Stalwiatru ze Słupca. To jedna z największych zagranicznych inwestycji na Pomorzu w tym roku.

Cena wynosi 275 milionów euro, czyli ok. 1,17 mld zł. Dla porównania: roczne przychody Stalwiatru to 1,1 mld zł.

W zakładzie przy ul. Portowej pracuje 1400 osób. Związkowcy chcą gwarancji zatrudnienia na co najmniej pięć lat, Duńczycy mówią na razie o trzech latach.

Zakład produkuje rocznie ok. 900 segmentów wież dla morskich farm wiatrowych. Sam Vestkyst Vinge zatrudnia 3100 osób w Danii i Szkocji.

– To dobra wiadomość dla miasta i dla portu – powiedziała prezydent Słupca Ewa Rudnicka-Kos, 45 lat.

Vestkyst Vinge zapowiada, że w ciągu trzech lat zainwestuje w Słupcu dodatkowe 60 mln euro, m.in. w nową lakiernię. Firma chce, by zakład wytwarzał do 1200 segmentów rocznie. Akcje duńskiej spółki zdrożały w środę o 4,2 proc.`,
		"zk2en.txt": `en|Danish blade maker Vestkyst Vinge buys Polish tower plant for €275m

Business

Vestkyst Vinge, the Danish maker of wind turbine blades, said on Wednesday it would buy the Polish tower manufacturer Stalwiatr.

The company will pay €275 million for all of Stalwiatr's shares and take on net debt of about €40 million. The deal is expected to close in the first quarter of 2038, subject to approval from competition authorities.

Stalwiatr, based in the Baltic port of Słupiec, employs 1,400 people and made about 900 tower sections last year, on revenue of 1.1 billion zlotys.

"Being right on the quay gives us a short route to the Baltic offshore parks," chief executive Lars Møldrup said.

Vestkyst Vinge shares rose 4.2% in Copenhagen. Pernille Thygesen, an analyst at Skovgaard Securities, said the price was "fair, at about 11 times operating profit".

Stalwiatr was founded in 2009 by engineer Bogdan Krajewski, who will stay on its supervisory board.`,
	}, map[string][2]string{"zk2da.txt": {"€257 million", "€275 million"}}},
	{"rocamora-cruise-vote", map[string]string{
		"zk3ca.txt": `ca|Sant Feliu de Rocamora diu no a la terminal de creuers

Política

Dilluns, 9 de març del 2037

Els veïns de Sant Feliu de Rocamora han rebutjat en consulta popular el projecte de terminal de creuers al port de la vila. La votació es va fer diumenge.

El no es va imposar amb el 58% dels vots, davant del 42% del sí. La participació va ser del 47%, molt per sobre del mínim del 35% que havia fixat el ple municipal perquè el resultat fos vinculant.

El projecte, impulsat per l'Autoritat Portuària i la naviliera Mediterrània Blava, preveia una inversió de 31 milions d'euros i l'arribada de fins a 2.400 creueristes al dia a l'estiu.

"El poble ha parlat clar i ara cal respectar-ho", va dir l'alcalde, Jordi Vilaplana, de 49 anys, que havia defensat el sí.

La plataforma Rocamora Viva, que va recollir 3.900 signatures per forçar la consulta, va celebrar el resultat a la plaça de la Vila fins passada la mitjanit.`,
		"zk3ca2.txt": `ca|Consulta a Rocamora: el 58% vota contra els creuers

Comarques

Sant Feliu de Rocamora no tindrà terminal de creuers. Diumenge, el 58% dels votants de la consulta municipal s'hi van oposar.

Hi van participar 5.780 dels 12.300 veïns cridats a votar, és a dir, el 47%. L'alcalde, Jordi Vilaplana, ha anunciat que el govern municipal retirarà la petició de llicència aquesta mateixa setmana. "No farem cap trampa", ha assegurat.

La terminal havia de costar 31 milions d'euros, dels quals l'Ajuntament n'aportava 4. Els opositors temien que els fins a 2.400 passatgers diaris col·lapsessin el nucli antic, on viuen unes 1.800 persones.

La portaveu de Rocamora Viva, Laia Sunyer, de 33 anys, va demanar que els diners es destinin a "habitatge per als joves i no a vaixells de deu pisos".

Els partidaris del sí, agrupats a Rocamora Endavant, van lamentar el resultat i van recordar que la terminal hauria creat uns 180 llocs de treball.`,
		"zk3en.txt": `en|Catalan town rejects cruise terminal in referendum

Residents of Sant Feliu de Rocamora, a fishing town on the Catalan coast, have voted against plans for a cruise ship terminal in its harbour.

Fifty-eight percent of voters rejected the €31 million project in Sunday's local referendum, with turnout at 47%. The council had agreed the result would be binding if more than 35% of the 12,300 eligible voters took part.

The terminal would have brought up to 2,400 cruise passengers a day in summer. Mayor Jordi Vilaplana, 49, who backed it, said he would accept the outcome. "The town has spoken clearly," he said.

Tourism in the area rose 6% last year, to about 1.1 million overnight stays, and housing costs have become a campaign issue across the coast.

The campaign against the terminal was led by the Rocamora Viva platform, which gathered 3,900 signatures to force the ballot.

Port officials declined to comment on Monday.`,
		"zk3ro.txt": `ro|Orașul catalan în care trăiesc peste o mie de români a respins terminalul de croazieră

Diaspora

Locuitorii din Sant Feliu de Rocamora, un oraș de pe coasta Cataloniei unde trăiesc aproximativ 1.100 de români, au respins duminică, prin referendum local, construirea unui terminal pentru navele de croazieră.

Potrivit rezultatelor oficiale, 54% dintre votanți s-au pronunțat împotrivă. Prezența la vot a fost de 47%, peste pragul de 35% necesar pentru ca rezultatul să fie obligatoriu.

Proiectul, estimat la 31 de milioane de euro, ar fi adus până la 2.400 de turiști pe zi în sezonul de vară. Primarul Jordi Vilaplana, în vârstă de 49 de ani, a declarat că va respecta decizia.

„Aproximativ 300 de români s-au înscris pe listele electorale. Mulți lucrează în port și au fost împărțiți", a spus Mihai Dobrescu, 41 de ani, președintele Asociației Românilor din Rocamora.

Comunitatea românească din oraș este a doua ca mărime după cea marocană.`,
	}, map[string][2]string{"zk3ro.txt": {"54%", "58%"}}},
	{"modry-vrch-norovirus", map[string]string{
		"zk4cs.txt": `cs|Na horské chatě onemocnělo přes sto dětí z lyžařských kurzů

Regiony

Čtvrtek 12. března 2037

Hygienici uzavřeli horskou chatu Modrý vrch u Rokytné pod Smrkem poté, co tam během dvou dnů onemocněly desítky žáků z lyžařských kurzů. Podle krajské hygienické stanice jde o norovirus.

Celkem onemocnělo 126 žáků. Na chatě bylo ubytováno 240 dětí ze čtyř škol, dvou českých a dvou polských, a 22 učitelů. První děti začaly zvracet v úterý v noci.

Devatenáct dětí skončilo v nemocnici v Trutnovci, většina z nich byla ve čtvrtek propuštěna. "Nikdo není v ohrožení života," řekla mluvčí nemocnice Klára Novotná.

Dětem je od 12 do 15 let. Kurzy měly trvat pět dní, školy je ale ukončily předčasně a pro žáky si přijely autobusy.

Provozovatel chaty Petr Hrubý (58) odmítá, že by příčinou bylo jídlo z jeho kuchyně. Hygienici odebrali vzorky, výsledky budou do pondělí. Chatě hrozí pokuta až dva miliony korun.

Chata má kapacitu 260 lůžek.`,
		"zk4pl.txt": `pl|Norowirus na obozie narciarskim w Czechach. Chorują też uczniowie z Brzezin

Kraj

Czwartek, 12 marca 2037

Uczniowie dwóch szkół z Brzezin Śląskich wracają do domu z obozu narciarskiego w czeskich górach, gdzie w schronisku Modrý vrch wybuchła epidemia norowirusa.

Według czeskiego sanepidu zachorowało łącznie 162 dzieci spośród 240 zakwaterowanych w schronisku, w tym 47 uczniów z Polski.

Dziewiętnaścioro dzieci trafiło do szpitala w Trutnovcu, w tym czworo z Polski. Wszystkie czują się już dobrze.

– Dzieci wymiotowały całą noc z wtorku na środę. Zadzwoniłam po pogotowie o trzeciej nad ranem – opowiada nauczycielka Agnieszka Wrona ze Szkoły Podstawowej nr 3.

Dwa autokary z 98 uczniami wyjechały z Czech w czwartek po południu. Podróż ma potrwać ok. sześciu godzin.

Obóz miał trwać pięć dni i kosztował rodziców 1850 zł. Część z nich domaga się zwrotu pieniędzy.

Czeska inspekcja sanitarna zapowiedziała, że wyniki badań próbek z kuchni schroniska będą znane do poniedziałku.`,
		"zk4de.txt": `de|Norovirus in tschechischer Berghütte: 126 Kinder erkrankt

Panorama

In einer Berghütte bei Rokytná pod Smrkem in Nordböhmen sind 126 Schülerinnen und Schüler aus Tschechien und Polen an einem Norovirus erkrankt. Die Gesundheitsbehörde ließ die Hütte am Donnerstag schließen.

Insgesamt waren dort 240 Kinder im Alter von zwölf bis 15 Jahren zum Skikurs untergebracht. Die ersten Fälle traten in der Nacht zum Mittwoch auf.

19 Kinder wurden ins Krankenhaus in Trutnovec gebracht. Lebensgefahr bestehe für keines von ihnen, sagte eine Sprecherin der Klinik.

Der Betreiber der Hütte, Petr Hrubý, 58, weist zurück, dass die Küche schuld sei. Ergebnisse der Proben werden bis Montag erwartet. Ihm droht eine Strafe von bis zu zwei Millionen Kronen, umgerechnet rund 80.000 Euro.

Erst im Januar waren in einem Hotel im nahen Skigebiet 35 Gäste an einem Norovirus erkrankt.

Die Schulen brachen die fünftägigen Kurse vorzeitig ab. Busse holten die Kinder am Donnerstag ab; für die polnischen Schüler dauert die Heimfahrt rund sechs Stunden.`,
	}, map[string][2]string{"zk4pl.txt": {"162", "126"}}},
	{"havbruk-nordkyst-verdict", map[string]string{
		"zk5nb.txt": `nb|Tidligere oppdrettssjef dømt til fire og et halvt års fengsel

Nyheter

Fredag 13. mars 2037

Den tidligere administrerende direktøren i Havbruk Nordkyst, Tor Eivind Skarstad, ble fredag dømt til fire år og seks måneders fengsel for grovt bedrageri og regnskapsjuks i Vestfjorden tingrett.

Retten mener at Skarstad (61) fra 2031 til 2034 blåste opp tallene for hvor mye fisk selskapet hadde i merdene, og slik fikk lån på 84 millioner kroner fra to banker.

Påtalemyndigheten hadde lagt ned påstand om fem års fengsel. Skarstads forsvarer, advokat Runar Eide, sier at dommen trolig blir anket. Tidligere finansdirektør Hilde Aasgaard (47) ble dømt til ett år og seks måneder.

"Dette handler om tillit i en hel næring," sa aktor Siri Lange i retten. Saken gikk over sju uker, og 38 vitner forklarte seg.

Havbruk Nordkyst gikk konkurs i 2035. Rundt 120 ansatte mistet jobben.

Skarstad var til stede i retten, men ville ikke kommentere dommen.`,
		"zk5sv.txt": `sv|Norsk laxchef döms till fängelse för bedrägeri

Ekonomi

Den tidigare vd:n för det norska fiskodlingsbolaget Havbruk Nordkyst, Tor Eivind Skarstad, dömdes på fredagen till fyra och ett halvt års fängelse. Vestfjorden tingsrätt fann honom skyldig till grovt bedrägeri.

Den 66-årige Skarstad ska under flera år ha överdrivit hur mycket lax bolaget hade i kassarna för att få lån på 84 miljoner norska kronor. Åklagaren hade yrkat på fem års fängelse.

Bolagets tidigare finanschef, en 47-årig kvinna, dömdes till ett år och sex månader.

Havbruk Nordkyst sålde lax till flera svenska grossister, bland dem Kvarnholms Fisk i Göteborg, som förlorade omkring 6 miljoner kronor när bolaget gick i konkurs 2035. "De pengarna får vi aldrig tillbaka", säger vd Johan Ekdahl, 54.

Domen väntas överklagas. Rättegången pågick i sju veckor.

Skarstad ledde bolaget i tolv år. Finanschefen ska enligt domen ha känt till att siffrorna var felaktiga från 2032. Havbruk Nordkyst hade sitt huvudkontor i Brennøy.`,
		"zk5da.txt": `da|Norsk laksedirektør idømt fire et halvt års fængsel

Udland

En norsk byret har fredag idømt den tidligere direktør for lakseopdrætteren Havbruk Nordkyst, Tor Eivind Skarstad, fire år og seks måneders fængsel for groft bedrageri.

Den 61-årige Skarstad pustede ifølge retten mængden af fisk i selskabets havbure op for at låne 84 millioner norske kroner. Anklagemyndigheden havde krævet fem års fængsel.

Selskabet gik konkurs i 2035, og omkring 120 mennesker mistede arbejdet. Den tidligere økonomidirektør Hilde Aasgaard, 47, fik et år og seks måneder.

Blandt kreditorerne er Limfjordsbanken, som tabte omkring 31 millioner danske kroner på selskabet.

Skarstads forsvarer vil vente med at tage stilling til en anke. Retssagen varede syv uger.

Ifølge dommen skal Skarstad desuden betale 84 millioner kroner i erstatning til de to norske banker. Han sad 14 dage i varetægt i 2035, og de bliver trukket fra straffen. Dommen blev afsagt i Vestfjorden tingrett efter en sag med 38 vidner.`,
	}, map[string][2]string{"zk5sv.txt": {"66 years", "61 years"}}},
	{"kovarad-opera-reopening", map[string]string{
		"zk6hu.txt": `hu|Októberben nyit újra a Kőváradi Operaház

Kultúra

2037. március 9., hétfő

Három év felújítás után újra megnyitja kapuit a Kőváradi Operaház – jelentette be hétfőn Kertai Zsófia főigazgató.

A díszbemutató október 14-én lesz: Erkel Ferenc Hunyadi László című operáját mutatják be, az igazgató szerint "a ház történetének legfontosabb estéjén". A jegyárusítás április 27-én indul.

A felújítás 19 milliárd forintba került, ebből 12 milliárd uniós forrás. A nézőtér 1260 helyett 1120 férőhelyes lesz, mert szélesebbek lettek a székek, és akadálymentes páholyokat alakítottak ki.

Az 1911-ben épült szecessziós épületben kicserélték a teljes színpadtechnikát. "A zenekari árokba most 60 zenész fér be, eddig csak 48" – mondta az 53 éves Kertai Zsófia.

Az első évadban 14 bemutató lesz, köztük a romániai Someșeni Nemzeti Opera vendégjátéka november 5-én.

A felújítás alatt a társulat a városi sportcsarnokban játszott, ahol három évad alatt mintegy 210 ezer néző fordult meg. A jegyek ára 4000 és 28 ezer forint között lesz.`,
		"zk6ro.txt": `ro|Opera din Kővárad se redeschide după trei ani de renovare

Cultură

Opera din orașul maghiar Kővárad, aflat la 40 de kilometri de granița cu România, își va redeschide porțile după o renovare de trei ani, a anunțat luni directoarea instituției, Zsófia Kertai.

Spectacolul inaugural, opera „Hunyadi László" de Ferenc Erkel, va avea loc pe 24 octombrie. Lucrările au costat 19 miliarde de forinți, aproximativ 48 de milioane de euro.

Opera Națională din Someșeni va fi primul ansamblu străin invitat: pe 5 noiembrie va prezenta „Tosca", cu 160 de artiști pe scenă.

„Este o onoare să fim primii", a declarat directorul operei din Someșeni, Radu Bălănescu, în vârstă de 59 de ani.

Sala va avea 1.120 de locuri, față de 1.260 înainte. Biletele se pun în vânzare pe 27 aprilie.

Clădirea, ridicată în 1911, are acum o fosă pentru 60 de muzicieni. Biletele vor costa între 4.000 și 28.000 de forinți.`,
		"zk6en.txt": `en|Kővárad opera house to reopen after three-year refit

Culture

The Kővárad Opera House in eastern Hungary will reopen after a three-year renovation costing 19 billion forints (€48 million), its director said on Monday.

The first night, on 14 October, will be Ferenc Erkel's Hunyadi László. Director Zsófia Kertai, 53, said tickets would go on sale on 27 April.

The Art Nouveau house, built in 1911, now has 1,120 seats instead of 1,260, with wider seats and boxes for wheelchair users. The orchestra pit has been enlarged to hold 60 musicians.

Of the cost, 12 billion forints came from EU funds. The first season includes 14 new productions and a guest visit from the Someșeni National Opera in Romania on 5 November.

The house last staged a performance on 30 June 2034.

Tickets will cost between 4,000 and 28,000 forints, and the gala will be broadcast live on national television. Kertai has run the house since 2029.`,
		"zk6de.txt": `de|Opernhaus Kővárad öffnet im Oktober wieder

Kultur

Nach dreijähriger Sanierung wird das Opernhaus im ostungarischen Kővárad wiedereröffnet. Das kündigte Intendantin Zsófia Kertai am Montag an.

Zur Eröffnung am 14. Oktober steht Ferenc Erkels „Hunyadi László" auf dem Programm; Regie führt der Wiener Regisseur Matthias Grubhofer, 46. Die Produktion wandert im Frühjahr 2038 an das Landestheater Steyrbrück.

Die Sanierung kostete 19 Milliarden Forint, rund 48 Millionen Euro. Der Saal hat künftig 1120 statt 1260 Plätze.

Der Vorverkauf beginnt am 27. April. Karten kosten zwischen 4000 und 28.000 Forint.

Das Jugendstilgebäude von 1911 war seit Sommer 2034 geschlossen. Die gesamte Bühnentechnik wurde erneuert, der Orchestergraben bietet nun Platz für 60 Musiker statt bisher 48. Zwölf Milliarden Forint der Kosten kamen aus EU-Mitteln.

In der ersten Spielzeit sind 14 Premieren geplant, darunter ein Gastspiel der Nationaloper aus dem rumänischen Someșeni am 5. November. Kertai ist 53 Jahre alt und leitet das Haus seit 2029.`,
	}, map[string][2]string{"zk6ro.txt": {"24 October", "14 October"}}},
	{"lapland-lakes-microplastics", map[string]string{
		"zk7fi.txt": `fi|Mikromuovia löytyi lähes kaikista tutkituista Lapin järvistä

Tiede

Tiistai 10.3.2037

Pohjolan yliopiston tutkijat löysivät mikromuovia 37 järvestä 42:sta, kun he tutkivat Lapin erämaajärvien vettä neljän talven ajan. Tulokset julkaistiin tiistaina.

Keskimäärin litrassa vettä oli 2,1 muovihiukkasta. Eniten, 9,4 hiukkasta litrassa, löytyi Suolijärvestä, jonka rannalla kulkee suosittu moottorikelkkareitti.

"Pitoisuudet ovat pieniä, mutta emme odottaneet löytävämme muovia järvistä, joihin on 60 kilometrin matka lähimmältä tieltä", sanoo tutkimusta johtanut professori Aino Rautiainen.

Kahdentoista tutkijan ryhmä otti talvina 2033–2036 yhteensä noin 2300 näytettä jään alta. Suurin osa hiukkasista oli ulkoiluvaatteiden synteettisiä kuituja.

Vuonna 2029 tehdyssä tutkimuksessa mikromuovia löytyi 19 järvestä 30:stä Etelä-Suomessa. Seuraavat näytteet Lapista otetaan ensi talvena.

Tutkimus julkaistiin Arctic Environment -lehdessä, ja sen rahoitti Pohjoismainen arktinen rahasto 1,2 miljoonalla eurolla. Rautiainen on 48-vuotias ympäristökemian professori. Ruotsin puolella vastaava tutkimus alkaa ensi talvena 25 järvellä. "Emme voi enää puhua puhtaasta erämaasta", Rautiainen sanoo. Tutkijoiden mukaan pitoisuudet eivät ole vaarallisia kaloille tai ihmisille.`,
		"zk7sv.txt": `sv|Mikroplast i 37 av 42 sjöar i finska Lappland

Vetenskap

Forskare vid Pohjola-universitetet har hittat mikroplast i 37 av 42 undersökta sjöar i finska Lappland, också i sjöar som ligger sex mil från närmaste väg.

I genomsnitt innehöll varje liter vatten 2,1 plastpartiklar. Högst var halten i Suolijärvi, 9,4 partiklar per liter. Där går en skoterled längs stranden.

"Det är låga halter, men det visar att plasten når överallt", säger professor Aino Rautiainen, 48, som har lett studien.

Tolv forskare tog omkring 2 300 prover under isen under fyra vintrar. De flesta partiklarna var syntetfibrer från friluftskläder.

Tornedalens forskningsinstitut planerar nu en liknande studie av 25 sjöar på den svenska sidan av gränsen, med start nästa vinter.

Studien har publicerats i tidskriften Arctic Environment. År 2029 hittade finska forskare mikroplast i 19 av 30 sjöar i södra Finland. Nu är andelen ännu högre i norr, trots att nästan ingen bor där.`,
		"zk7en.txt": `en|Microplastics found in remote Arctic lakes

Science

Microplastic particles have been found in 37 out of 42 remote lakes in Finnish Lapland, some of them 60km from the nearest road, researchers said on Tuesday.

The team from the University of Pohjola, led by Professor Aino Rautiainen, took about 2,300 samples from beneath the ice over four winters, from 2033 to 2036. The water held an average of 2.1 particles per litre, with the highest level, 9.4 per litre, in Suolijärvi, a lake next to a busy snowmobile route.

Most of the particles were synthetic fibres shed by outdoor clothing. "We expected clean water. We found that nowhere is far enough," Rautiainen said.

A 2029 study found microplastics in 19 of 30 lakes in southern Finland. The new study was funded with €1.2 million from the Nordic Arctic Fund, and sampling continues next winter.

The findings were published in the journal Arctic Environment.`,
	}, nil},
	{"kladenec-routa-final", map[string]string{
		"zk8cs.txt": `cs|Kladenec vyhrál evropskou ligu! Matoušek rozhodl v prodloužení

Sport

Sobota 14. března 2037

Hokejisté HC Kladenec poprvé v historii vyhráli Evropskou hokejovou ligu. Ve finále před 9450 diváky porazili finský tým Raahen Routa 3:2 v prodloužení.

Vítězný gól vstřelil ve 65. minutě čtyřiadvacetiletý útočník Ondřej Matoušek, který se trefil po 4 minutách a 12 sekundách prodloužení.

Kladenec prohrával 1:2 po dvou gólech Eetu Lahtinena, necelé dvě a půl minuty před koncem základní hrací doby ale vyrovnal Jakub Šedivý, který dal i první gól zápasu.

Polský brankář Michał Zawada chytil 34 střel. "Tohle je nejkrásnější den mé kariéry," řekl devětadvacetiletý gólman.

Trenér Kladence Miroslav Kubát (51) slavil titul ve své třetí sezoně u týmu. Klub za vítězství dostane 300 000 eur.

Kladenec v semifinále vyřadil švédský Norrbro IK. Slavnostní převzetí trofeje se protáhlo až do půlnoci, na náměstí pak fanoušci slavili s hráči. Finský brankář Ville Hakkarainen zneškodnil 41 střel.`,
		"zk8cs2.txt": `cs|Prodloužení patřilo Kladenci. Matoušek poslal Routu domů bez trofeje

Sport

HC Kladenec je vítězem Evropské hokejové ligy. Ve finále na svém ledě zdolal Raahen Routa 3:2 po prodloužení.

Branky: 1:0 Šedivý (12:31), 1:1 Lahtinen (27:05), 1:2 Lahtinen (41:50), 2:2 Šedivý (57:40), 3:2 Matoušek (64:12). Střely na branku 44:36. Diváci: 9450 (vyprodáno).

Finský brankář Ville Hakkarainen zneškodnil 41 střel, na Matouškovu ránu z mezikruží ale nedosáhl.

Kladenec v semifinále vyřadil švédský Norrbro IK po výhrách 4:1 a 3:2.

Oslav na náměstí se v noci zúčastnilo asi 15 000 lidí. Naposledy Kladenec slavil titul, tehdy mistra české ligy, v roce 2028.

Matoušek si v turnaji připsal už devátý gól. "Viděl jsem jen mezeru nad ramenem," popsal rozhodující střelu. Polský gólman Michał Zawada zastavil 34 střel a byl vyhlášen nejlepším hráčem finále. Trenér Miroslav Kubát přiznal, že za stavu 1:2 už přemýšlel o odvolání brankáře. Finský celek za druhé místo dostane 150 000 eur.`,
		"zk8pl.txt": `pl|Zawada bohaterem finału. Polski bramkarz wygrał Ligę Europejską

Sport

Michał Zawada jako pierwszy polski hokeista wygrał Europejską Ligę Hokejową. Jego HC Kladenec pokonał w sobotnim finale fiński Raahen Routa 3:2 po dogrywce.

29-letni bramkarz obronił 34 z 36 strzałów. Zwycięskiego gola w 65. minucie strzelił Czech Ondřej Matoušek.

– Przy stanie 1:2 w trzeciej tercji myślałem, że już po wszystkim. Ale chłopaki uwierzyli – mówił Zawada, który do Kladenca przeszedł w 2034 r. z Zagłębia Bieruń.

Mecz obejrzało 9450 kibiców, w tym około 300 z Polski. Zawada wystąpił w 11 z 12 meczów Kladenca w tej edycji rozgrywek.

W kwietniu bramkarz ma bronić w reprezentacji Polski na mistrzostwach świata.

Czeski klub za zwycięstwo otrzyma 300 tys. euro. Zawada został wybrany najlepszym zawodnikiem finału. Fiński bramkarz Ville Hakkarainen obronił 41 strzałów. Zawada rozegrał w tym sezonie 48 meczów w lidze czeskiej. Jego kontrakt z Kladencem wygasa w 2039 r., a klub już zapowiedział rozmowy o przedłużeniu.`,
		"zk8fi.txt": `fi|Routa hävisi Euroopan liigan finaalin jatkoajalla

Urheilu

Raahen Routa jäi toiseksi Euroopan jääkiekkoliigassa. Tšekkiläinen HC Kladenec voitti lauantain finaalin kotiyleisönsä edessä 3–2 jatkoajan jälkeen.

Eetu Lahtinen teki Roudan molemmat maalit ja vei joukkueen 2–1-johtoon kolmannen erän alussa. Jakub Šedivý tasoitti ajassa 57.40, ja Ondřej Matoušek ratkaisi ottelun jatkoajalla ajassa 64.12.

Maalivahti Ville Hakkarainen torjui 41 kertaa. "Olimme pari minuuttia mestaruudesta", harmitteli päävalmentaja Jari Koskimies, 56.

Routa sai toisesta sijasta 150 000 euroa. Joukkue palaa Liigan runkosarjaan tiistaina, kun vastaan tulee Kajaanin Kotkat.

Routa oli kolmannen erän alussa hyvässä asemassa, kun Lahtinen laukoi toisen maalinsa ajassa 41.50. Kladenecin puolalainen maalivahti Michał Zawada torjui kuitenkin loppuottelussa kaikki Roudan laukaukset. Ottelua seurasi loppuunmyydyssä hallissa 9 450 katsojaa, joista noin 200 oli lähtenyt matkaan Raahesta. Kladenec sai voitostaan 300 000 euroa. Routa eteni finaaliin kaatamalla välierissä itävaltalaisen Grazer Falken. Lahtinen, 27, teki turnauksessa kaikkiaan kahdeksan maalia.`,
	}, nil},
	{"romania-hungary-storm", map[string]string{
		"zk9ro.txt": `ro|Furtuna a făcut ravagii în vestul țării: doi morți și 62.000 de gospodării fără curent

Actualitate

Duminică, 15 martie 2037

Două persoane au murit duminică în vestul României, după ce vântul puternic a doborât copaci și acoperișuri. Rafalele au atins 140 de kilometri pe oră pe Vârful Cârligului, potrivit meteorologilor.

Un bărbat de 71 de ani din Strâmbeni a fost lovit de un copac în curtea casei, iar o femeie de 45 de ani a murit după ce un stâlp a căzut peste mașina ei, pe drumul dintre Bihoreni și Lunca Mare.

Aproximativ 62.000 de gospodării au rămas fără energie electrică. Pe aeroportul din Bihoreni au fost anulate 14 zboruri. Pompierii au intervenit la peste 900 de solicitări.

Avertizarea de cod roșu rămâne în vigoare până duminică la ora 22.00. Luni, școlile din trei județe vor fi închise.

Furtuna a lovit și Ungaria, unde un bărbat de 33 de ani și-a pierdut viața.`,
		"zk9hu.txt": `hu|Viharos szél: egy halott, 28 ezer háztartás áram nélkül

Belföld

2037. március 15., vasárnap

Meghalt egy 33 éves férfi vasárnap Nagyrétén, amikor a viharos szél ledöntött egy falat, amely mellett dolgozott. A Kelet-Magyarországon végigsöprő viharban óránként 118 kilométeres széllökést mértek Tiszakörösön.

Az áramszolgáltató szerint délutánra mintegy 28 ezer háztartásban szűnt meg az áramellátás. A katasztrófavédelem 24 óra alatt 1400 riasztást kapott, főként kidőlt fák miatt. A vasúti forgalom több vonalon két órára leállt.

A szomszédos Romániában két ember halt meg, ott a szél óránként 140 kilométeres sebességet is elért.

A meteorológiai szolgálat hétfő reggelig piros figyelmeztetést adott ki három megyére. "Ilyen erős szélvihar ritkán fordul elő márciusban" – mondta Szalai Dóra meteorológus.

Romániában mintegy 62 ezer háztartás maradt áram nélkül, és a bihoreni repülőtéren 14 járatot töröltek. A Nagyrétén meghalt férfi egy tetőfedő cég alkalmazottja volt; a rendőrség vizsgálja, miért dolgoztak a figyelmeztetés ellenére. Hétfőn már gyengül a szél.`,
		"zk9de.txt": `de|Sturm über Rumänien und Ungarn: drei Tote

Panorama

Ein schwerer Sturm ist am Sonntag über den Westen Rumäniens und den Osten Ungarns gezogen. Drei Menschen kamen ums Leben, Zehntausende Haushalte waren ohne Strom.

In Rumänien starben ein 71 Jahre alter Mann, der von einem umstürzenden Baum getroffen wurde, und eine 45-jährige Autofahrerin. In Ungarn wurde ein 33-Jähriger von einer einstürzenden Mauer erschlagen.

Die stärkste Böe wurde mit 140 Kilometern pro Stunde in den rumänischen Bergen gemessen. In Rumänien waren rund 62.000 Haushalte ohne Strom, in Ungarn etwa 28.000.

Am Flughafen Bihoreni fielen 14 Flüge aus, darunter zwei Verbindungen nach München. Der Wetterdienst erwartet für Montag ein Abflauen des Windes auf 50 bis 60 Kilometer pro Stunde.

In Ungarn gingen bei der Feuerwehr binnen 24 Stunden rund 1400 Notrufe ein. Die rumänischen Behörden hatten für den Westen des Landes die höchste Warnstufe Rot ausgerufen; in drei Kreisen bleiben am Montag die Schulen geschlossen.`,
	}, nil},
	{"straumsund-bridge", map[string]string{
		"zk10nb.txt": `nb|Straumsundbrua er åpnet

Nyheter

Mandag 16. mars 2037

Klokken 12 mandag klippet samferdselsminister Eirik Haugland snoren på Straumsundbrua mellom Kvitsøya og Leirvåg. Rundt 5000 mennesker hadde møtt fram i sludd og vind.

Brua er 1280 meter lang og 62 meter høy og har kostet 3,4 milliarder kroner. Bilistene må betale 95 kroner i bompenger hver vei i 15 år.

"Dette er den største dagen for Kvitsøya siden strømmen kom," sa ordfører Tone Brekke (57).

Den første bilen over brua ble kjørt av 84 år gamle Ingrid Solheim. Hun var 13 år da hun var med på den første ferjeturen over sundet i 1966.

Brua sparer kvitsøyværingene for rundt 50 minutter med venting og ferjetur. Statens vegvesen venter 6500 kjøretøy i døgnet, mot 2100 på ferja i fjor.

Brua er bygget av det danske selskapet Jydsk Brobyg. Ferja «Straumsund» la til kai for siste gang klokken 11.20, før åpningen. Solheim fikk blomster av ministeren.`,
		"zk10nb2.txt": `nb|Ferja la til kai for siste gang etter 71 år

Lokalt

Da ferja «Straumsund» la til kai i Leirvåg klokken 11.20 mandag, var det slutt på 71 års ferjedrift over sundet.

Skipper Arne Vik (63) har kjørt ferja i 28 år. "Jeg kommer til å savne folka, ikke været," sier han.

Den nye Straumsundbrua på 1280 meter ble åpnet av samferdselsministeren klokka tolv. Brua har kostet 3,4 milliarder kroner, og prosjektet ble to måneder forsinket.

For bilister koster turen over brua 95 kroner, mens ferjebilletten kostet 140 kroner. Syklister og gående slipper å betale.

De 14 ansatte på ferja får nye jobber i Nordvestferjer på andre samband.

Blant passasjerene på siste tur var 84 år gamle Ingrid Solheim, som også var med på den første turen i 1966. Like etter kjørte hun den første bilen over brua. Statens vegvesen regner med 6500 kjøretøy i døgnet over brua, mot 2100 på ferja i fjor.`,
		"zk10da.txt": `da|Dansk firma har bygget Norges nye bro over Straumsund

Erhverv

Mandag blev Straumsundbroen i det vestlige Norge åbnet. Den 1.280 meter lange bro er bygget af den danske entreprenør Jydsk Brobyg A/S, som har haft op til 350 mand på arbejde i fire år.

Broen kostede 3,4 mia. norske kroner, svarende til omkring 2,2 mia. danske kroner.

"Det er den længste skråstagsbro, vi nogensinde har bygget," siger projektdirektør Henrik Lauesen, 49.

Broen er 62 meter høj, så store skibe kan sejle under den. Bilister skal betale 95 norske kroner i bompenge.

Jydsk Brobyg byder nu på en bro på 2,1 kilometer over Torsfjorden længere mod nord.

Broen forbinder øen Kvitsøya med fastlandet ved Leirvåg og erstatter en færge, der har sejlet siden 1966. Omkring 5.000 mennesker overværede åbningen, som blev foretaget af Norges transportminister Eirik Haugland. Lauesen siger, at arbejdet blev forsinket af to hårde vintre.`,
		"zk10en.txt": `en|Norway opens 1.3km Straumsund bridge, ending 71 years of ferries

Europe

Norway's transport minister Eirik Haugland opened the Straumsund bridge on Monday, linking the island of Kvitsøya to the mainland at Leirvåg and replacing a ferry that had run since 1966.

The 1,280-metre cable-stayed bridge cost 3.4 billion kroner (about €290 million) and was built by the Danish contractor Jydsk Brobyg. Drivers will pay a toll of 95 kroner for 15 years.

About 5,000 people watched the noon ceremony. The first car across was driven by Ingrid Solheim, 84, who was on the first ferry as a girl of 13.

The bridge saves islanders around 50 minutes each way. Road authorities expect 6,500 vehicles a day, three times the ferry's 2,100.

The last ferry across the sound docked at Leirvåg at 11.20, 40 minutes before the ribbon was cut. Its 14 crew will move to other routes. The bridge is 62 metres high.`,
	}, nil},
}
