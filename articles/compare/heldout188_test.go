package compare

// heldOutFriagem is a blind held-out set written without reading the
// extraction, matching or grouping code: ten events of a ferry accident,
// business, local politics, health, courts, culture, science, sport,
// weather and transport, each reported three or four times in Norwegian,
// Swedish, Danish, Polish, Czech, Finnish, Romanian, Hungarian, Catalan,
// Spanish, French and English (two Catalan reports of the Vilanera vote,
// two Czech of the Bystřec outbreak, two Romanian of the Tiszakő handball
// game). The topics: the fast ferry Havbris aground off Solvær with 186
// passengers, the Danish dairy cooperative Nordmælk buying the Polish dairy
// Okmianka of Sokołów Nadbużny, Vilanera de Segarra voting against a wind
// farm on the Serra del Coll, Legionnaires' disease from a cooling tower of
// the Hotel Pramen in Lázně Bystřec, the former Vaskilahti municipal
// manager jailed for bribery, the 25th Vârșeni film festival announced, the
// Skarvbreen glacier's record retreat, Tiszakő KC beating CSM Dealu Mare in
// the European League, heavy snow on the Polish-Czech border, and the
// Vallès Nord tram opened.
//
// Six contradictions are planted, one in each of the first six events and
// all outside the first paragraph: a duration (yq1sv: "Passagerarna fick
// sitta kvar ombord i sju timmar" against "om bord i fem timer" and "spent
// five hours on board"); an amount (yq2da: "Nordmælk betaler 69 mio. euro"
// against "96 mln euro" and "€96 million"); a percentage (yq3fr: "53 % des
// votants se sont prononcés contre" against "El 63% dels vots", "el 63%
// dels votants" and "Un 63% de los votantes"); a count (yq4pl: "zachorowało
// już 48 osób" against "stoupl na 84", "Nemocných je už 84" and "84 people
// have fallen ill"); an age (yq5sv: "den 63-årige Leinonkoski" against
// "58-vuotias Leinonkoski" and "Leinonkoski, 58"); a date (yq6hu: "Június
// 19-én nyílik meg" against "pe 9 iunie" and "du 9 au 17 juin"). The last
// four events hold none.
//
// Traps that are no contradiction: five hours beside 186 passengers and 14
// crew as "200 people", 7.10pm as "19.10", a crossing of 50 minutes, winds
// of 20 metres a second, three hurt, a passenger of 34, a captain of 57
// with 31 years at sea, a ferry of 2009, a four-metre gash, about ten
// Swedish tourists, a replacement boat from Thursday. €96 million beside
// "ok. 410 mln zł", revenue of 1.4 billion złoty as "about €330 million",
// 850 staff at three plants against 4,100, 2,300 farmers against 1,900
// owners, €25 million of investment, jobs kept three years, a founder of 68
// and a chief of 51, 1991, the third quarter, 40% exported, a Lithuanian
// buy of €18 million in 2035, revenue of 41 billion crowns. 63% beside 37%
// for, turnout of 48% against a threshold of 40% and 61% in 2035, 4,210 of
// 8,770 voters, 22 turbines, €140 million, €600,000 a year, 60,000 homes,
// 45 and eight jobs, 1,300 signatures, wind at 7% of Catalan power, two
// earlier votes, three polling stations. 84 beside eleven in intensive
// care, two dead aged 78 and 81, nine Poles (four gone home) and two
// Germans, 140 beds, 1,500 guests traced, first cases on 3 February, two to
// ten days' incubation, 60 km from the border against 60,000 guests a year,
// 12 cases last year, 420 staff, twenty years. 58 beside two years four
// months against three sought, €240,000, 2031 to 2034, three contracts
// worth €19 million, an owner of 49 with one year eight months suspended,
// 14 witnesses, a trial of six weeks, twelve years at the head of 9,000
// people, spring 2035 and 2034. 9 June beside a close on 17 June, awards on
// 16 June, the 25th edition since 2013, 120 films from 34 countries with 14
// in competition, a director of 47, 3.2 million lei as "about €640,000", a
// pass of 150 lei and a ticket of 25, 30,000 spectators against 27,000 last
// year, 22 Hungarian screenings, six more, a cinema of 1936, eight restored
// films of the 1960s. In the events without a contradiction: 68 metres
// beside 41 the year before, 1.9 km as "knap to kilometer" in 47 years
// since 1990, 31 km² against about 23, 1.4 degrees, a researcher of 44, six
// measurers, 2100, 35 glaciers of which 33 shrank, 14 Greenland glaciers of
// which 12, 80 km, 8,000 homes. 31-28 as "28-31", 15-14 at half time for
// the guests, nine goals of a player of 26, seven goals and 14 saves, 6,200
// spectators with about 150 Romanians, 12-9 in the 22nd minute, a coach of
// 52 and one of 49, a goalkeeper of 38 with four years in Romania, six
// points against two, 27 February for both teams' next games against
// different rivals, Tuesday's league win 33-25, a 30-29 win, 1996. Up to 60
// cm of snow beside about 40 cm and 35 cm in towns, 120,000 Polish
// customers without power and 30,000 still on Tuesday, 35,000 Czech
// households, "more than 150,000" in all, a driver of 63, six hurt, a
// motorway shut nine hours, 1,400 callouts in Poland against 800 in the
// Czech Republic, warnings of the third degree for three provinces and an
// avalanche danger of the third degree, 14 roads closed, trains 90 minutes
// late, minus 15 degrees, 2006. 14 km and 21 stops beside €310 million, €40
// million over the 2031 budget, 45,000 passengers a day against 18,000 on
// Saturday, twelve trams every seven minutes, a ticket of €2.40 from
// Monday, works from 2033, two years late, 60,000 cars a day.
//
// Frozen before its first run, which flagged 3 of the 6 contradictions and
// 1 false disagreement. It flagged the hours on board (duration "length":
// yq1sv's "sju timmar" against "five hours" and "fem timer"), the vote
// against (percent "votantes": yq3fr's "53 %" against 63% in both Catalan
// reports and the Spanish one) and the former manager's age (quantity
// "leinonkoski · age": yq5sv's "63-årige" against "58-vuotias" and "58").
// It missed the price paid ("missed yq2da.txt's €69 million against €96
// million"), the people taken ill ("missed yq4pl.txt's 48 against 84") and
// the festival's opening night ("missed yq6hu.txt's 19 June against 9
// June"): no disagreement was flagged on any of the three. The false one:
// Dealu Mare's three-goal lead in the 22nd minute set against Lupașcu's
// seven goals ("false disagreement count "goluri": yq8ro2: trei goluri;
// yq8ro: 7 goluri"). The table's limit stays at 1. Grouped with the other
// sets, its 32 reports of 10 events were found as 12 events, B-cubed
// precision 1.000, recall 0.917; over all 187 sets (6,449 reports) the
// grouping held precision 1.000, recall 0.929, F1 0.963, 69 sets grouped
// exactly. The prescribed commands were run once each; nothing changed
// after the run but this comment.
var heldOutFriagem = []heldOutEvent{
	{"havbris-aground", map[string]string{
		"yq1nb.txt": `nb|Ferja «Havbris» gikk på grunn ved Solvær – 186 passasjerer evakuert

Innenriks

Onsdag 17. februar 2038

Hurtigferja MS «Havbris» fra rederiet Kystlinjen Nord gikk på grunn like sør for Solvær tirsdag kveld. Om bord var 186 passasjerer og 14 mannskaper.

Grunnstøtingen skjedde rundt klokken 19.10, kort tid etter at ferja hadde forlatt kaia i Fjellvik. Passasjerene ble sittende om bord i fem timer før redningsskøyter og to fiskebåter fraktet dem i land i Fjellvik like etter midnatt.

– Det var kaldt og mange var redde, men folk holdt roen, sier passasjer Sigrid Hauan (34) til avisen.

Tre personer ble behandlet for lettere skader på legevakten. Ifølge Hovedredningssentralen blåste det opp mot 20 meter i sekundet i området.

Kapteinen, en 57 år gammel mann fra Bodø, er avhørt av politiet. Han har 31 års erfaring til sjøs. Ferja, som ble bygget i 2009, fikk en fire meter lang rift i skroget og skal slepes til verksted i løpet av onsdagen.

Overfarten Fjellvik–Solvær tar normalt 50 minutter. Kystlinjen Nord setter inn en erstatningsbåt fra torsdag.`,
		"yq1sv.txt": `sv|Norsk snabbfärja gick på grund – passagerare fast ombord i timmar

Utrikes

Onsdag 17 februari 2038

En norsk snabbfärja med 186 passagerare och 14 besättningsmän ombord gick på grund vid ön Solvær i norra Norge på tisdagskvällen.

Färjan MS Havbris, som trafikerar sträckan mellan Fjellvik och Solvær, hade just lämnat hamnen när den gick på grund strax efter klockan 19.10, enligt rederiet Kystlinjen Nord.

Passagerarna fick sitta kvar ombord i sju timmar innan räddningsbåtar och ett par fiskebåtar kunde föra dem i land. Vinden låg på omkring 20 meter per sekund.

"Folk var rädda men lugna", säger en passagerare till norska NRK. Tre personer fick lättare skador.

Färjans 57-årige kapten har förhörts av polisen. Skrovet har en fyra meter lång reva, och fartyget ska bogseras till varv under onsdagen. Bland passagerarna fanns enligt rederiet också ett tiotal svenska turister.

Resan mellan Fjellvik och Solvær tar normalt 50 minuter. En ersättningsbåt sätts in från torsdag.`,
		"yq1en.txt": `en|Norwegian ferry runs aground with 200 people on board

World

Wednesday 17 February 2038

A Norwegian fast ferry carrying 186 passengers and 14 crew ran aground near the Arctic island of Solvær on Tuesday evening, the operator Kystlinjen Nord said.

The MS Havbris struck rocks at about 7.10pm, minutes after leaving the port of Fjellvik for a crossing that normally takes 50 minutes. The passengers spent five hours on board before rescue boats and local fishing vessels took them ashore shortly after midnight.

Winds of up to 20 metres per second were blowing at the time, the Joint Rescue Coordination Centre said. Three people were treated for minor injuries.

"It was cold and a lot of people were frightened, but nobody panicked," said passenger Sigrid Hauan, 34.

Police have questioned the captain, 57, who has 31 years at sea. The ferry, built in 2009, suffered a four-metre gash in its hull and was due to be towed to a shipyard on Wednesday.

A replacement vessel will serve the route from Thursday, the company said.`,
	}, map[string][2]string{"yq1sv.txt": {"7 hours", "5 hours"}}},
	{"nordmaelk-okmianka", map[string]string{
		"yq2pl.txt": `pl|Duński Nordmælk kupuje mleczarnię Okmianka

Gospodarka

Czwartek, 11 lutego 2038

Duńska spółdzielnia mleczarska Nordmælk przejmie Okmiankę z Sokołowa Nadbużnego, jedną z największych prywatnych mleczarni we wschodniej Polsce – poinformowały w środę obie firmy.

Nordmælk zapłaci za 100 proc. udziałów 96 mln euro, czyli ok. 410 mln zł. Sprzedającym jest założyciel firmy, 68-letni Zbigniew Łaszczyk, który zbudował ją od zera w 1991 roku.

Okmianka zatrudnia 850 osób w trzech zakładach i skupuje mleko od ok. 2300 rolników. W ubiegłym roku miała 1,4 mld zł przychodów.

"Polska to dla nas najważniejszy rynek wzrostu w Europie" – powiedziała prezes Nordmælk Mette Kjærsgaard. Duńczycy obiecują utrzymanie zatrudnienia przez trzy lata i inwestycje w wysokości 25 mln euro w zakład w Sokołowie.

Transakcja wymaga zgody UOKiK. Firmy liczą na jej zamknięcie w trzecim kwartale.

Nordmælk, z siedzibą w Vejrslev, zatrudnia 4100 osób i należy do ok. 1900 duńskich i szwedzkich rolników.

Okmianka produkuje głównie sery żółte i masło. Ok. 40 proc. produkcji trafia na eksport, przede wszystkim do Niemiec i na Litwę.`,
		"yq2da.txt": `da|Nordmælk køber polsk mejeri

Erhverv

Torsdag 11. februar 2038

Andelsmejeriet Nordmælk fra Vejrslev køber det polske mejeri Okmianka. Det oplyste selskabet onsdag.

Okmianka ligger i Sokołów Nadbużny i det østlige Polen og har 850 ansatte fordelt på tre fabrikker. Mejeriet omsatte sidste år for 1,4 mia. zloty, svarende til omkring 330 mio. euro.

Nordmælk betaler 69 mio. euro for hele selskabet, der sælges af stifteren Zbigniew Łaszczyk, 68 år.

"Polen er vores vigtigste vækstmarked i Europa," siger administrerende direktør Mette Kjærsgaard, 51 år.

Nordmælk lover at bevare arbejdspladserne i tre år og at investere 25 mio. euro i fabrikken i Sokołów. Handlen skal godkendes af de polske konkurrencemyndigheder og ventes gennemført i tredje kvartal.

Nordmælk har 4.100 ansatte og ejes af omkring 1.900 landmænd i Danmark og Sverige. Okmianka køber mælk hos cirka 2.300 polske landmænd.

Det er Nordmælks tredje opkøb uden for Skandinavien på fem år. I 2035 købte andelsselskabet et mindre mejeri i Litauen for 18 mio. euro.`,
		"yq2en.txt": `en|Danish dairy Nordmaelk to buy Poland's Okmianka for €96m

Business

Thursday 11 February 2038

Danish dairy cooperative Nordmælk has agreed to buy Polish milk processor Okmianka, the companies said on Wednesday, in its biggest acquisition outside Scandinavia.

Nordmælk will pay €96 million for all of Okmianka, which is owned by its founder, 68-year-old Zbigniew Łaszczyk. Okmianka, based in Sokołów Nadbużny in eastern Poland, employs 850 people at three plants and had revenue of 1.4 billion złoty (about €330 million) last year.

"Poland is our most important growth market in Europe," said Nordmælk's chief executive Mette Kjærsgaard.

The Danish group, which has 4,100 employees and is owned by around 1,900 farmers, pledged to keep jobs for three years and to invest €25 million in the Sokołów plant.

The deal needs approval from Poland's competition authority and is expected to close in the third quarter.

Nordmælk is not listed; the cooperative had revenue of 41 billion Danish crowns last year.`,
	}, map[string][2]string{"yq2da.txt": {"€69 million", "€96 million"}}},
	{"vilanera-wind-vote", map[string]string{
		"yq3ca.txt": `ca|Vilanera de Segarra diu no al parc eòlic de la Serra del Coll

Comarques

Dilluns, 22 de febrer de 2038

Els veïns de Vilanera de Segarra han rebutjat en una consulta el parc eòlic que l'empresa Ventós Energia vol construir a la Serra del Coll.

El 63% dels vots emesos diumenge van ser contraris al projecte i el 37% favorables. Van votar 4.210 dels 8.770 veïns cridats a les urnes, una participació del 48%.

El projecte preveu 22 aerogeneradors i una inversió de 140 milions d'euros. Ventós Energia havia ofert a l'Ajuntament 600.000 euros anuals en compensacions.

"El poble ha parlat clar i l'Ajuntament en prendrà nota", ha dit l'alcaldessa, Núria Ballart. La consulta no és vinculant, però el ple municipal votarà l'informe sobre el parc al març.

La plataforma Salvem el Coll, que va recollir 1.300 signatures, ho celebra. Ventós Energia diu que estudiarà el resultat.

A les últimes eleccions municipals, el 2035, la participació a Vilanera havia estat del 61%.`,
		"yq3ca2.txt": `ca|Consulta a Vilanera: guanya el no als molins

Territori

22/02/2038

Victòria clara del no a Vilanera de Segarra. En la consulta de diumenge sobre el parc eòlic de la Serra del Coll, el 63% dels votants es va oposar als 22 molins projectats per Ventós Energia.

La participació va ser del 48%, per sobre del 40% que l'Ajuntament s'havia fixat per considerar vàlid el resultat. Van votar 4.210 persones.

L'alcaldessa Núria Ballart va recordar que el resultat no és vinculant, però va avançar que el govern municipal el respectarà. El ple hi votarà al març.

El parc, de 140 milions d'euros, hauria produït electricitat per a unes 60.000 llars. L'empresa havia promès 45 llocs de treball durant la construcció i vuit de permanents.

Els veïns de la Serra del Coll temien l'impacte sobre el paisatge i sobre l'àliga cuabarrada. "Som un poble petit, però no estem a la venda", deia dilluns un dels portaveus de Salvem el Coll, Jordi Farrés.`,
		"yq3es.txt": `es|Los vecinos de Vilanera de Segarra rechazan un parque eólico

Sociedad

Lunes, 22 de febrero de 2038

Los vecinos del municipio leridano de Vilanera de Segarra rechazaron el domingo en una consulta el parque eólico que la empresa Ventós Energia quería levantar en la Serra del Coll.

Un 63% de los votantes se pronunció en contra y un 37% a favor, con una participación del 48%: acudieron a las urnas 4.210 de los 8.770 vecinos con derecho a voto.

El proyecto, de 140 millones de euros, contemplaba 22 aerogeneradores. La empresa había ofrecido 600.000 euros al año al ayuntamiento.

La alcaldesa, Núria Ballart, afirmó que el consistorio "tomará nota" del resultado, aunque la consulta no es vinculante. El pleno votará en marzo.

Ventós Energia, con sede en Reus, tiene otros cinco parques en Cataluña y Aragón.

Es la tercera consulta sobre energías renovables que se celebra en Cataluña en dos años. En las dos anteriores, en el Priorat y en la Noguera, también ganó el no.`,
		"yq3fr.txt": `fr|En Catalogne, un village rejette un parc éolien par référendum

International

Mardi 23 février 2038

Les habitants de Vilanera de Segarra, un village de Catalogne, ont dit non dimanche à un projet de 22 éoliennes sur la Serra del Coll.

Selon les résultats publiés par la mairie, 53 % des votants se sont prononcés contre le projet de l'entreprise Ventós Energia. La participation a atteint 48 %, soit 4 210 votants.

Le projet représentait un investissement de 140 millions d'euros. La consultation n'est pas contraignante, mais la maire Núria Ballart a promis d'en « prendre note ». Le conseil municipal doit se prononcer en mars.

En Catalogne, l'éolien ne couvre qu'environ 7 % de la consommation d'électricité, et le gouvernement régional veut accélérer les projets. Plusieurs communes rurales s'y opposent pourtant, au nom du paysage.

Le collectif Salvem el Coll avait réuni 1 300 signatures contre le parc.

Le vote s'est déroulé dans trois bureaux.`,
	}, map[string][2]string{"yq3fr.txt": {"53%", "63%"}}},
	{"bystrec-legionella", map[string]string{
		"yq4cs.txt": `cs|Legionelóza v Lázních Bystřec: nemocných přibývá, zemřeli dva senioři

Domácí

Čtvrtek 18. února 2038

Počet lidí nakažených legionelou v Lázních Bystřec stoupl na 84. Jedenáct z nich leží na jednotkách intenzivní péče, oznámila ve středu krajská hygienická stanice.

Na následky nemoci zemřeli dva muži ve věku 78 a 81 let. Oba byli hosty lázeňského hotelu Pramen, kde hygienici našli bakterie v chladicí věži klimatizace.

„Zdroj jsme odhalili a věž je odstavená," řekla ředitelka hygienické stanice Jana Vrbová. Hotel se 140 lůžky je od pondělí zavřený.

První případy se objevily 3. února. Inkubační doba je dva až deset dní, proto hygienici počítají s tím, že nemocných ještě mírně přibude.

Mezi nakaženými je devět Poláků a dva Němci. Hygienici obvolávají zhruba 1 500 lidí, kteří v hotelu pobývali od poloviny ledna.

Legionelóza se nepřenáší z člověka na člověka, nakazit se lze jen vdechnutím drobných kapek vody s bakteriemi, připomněla hygienická stanice. Loni v kraji evidovali 12 případů za celý rok.`,
		"yq4cs2.txt": `cs|Hotel Pramen zůstane zavřený, legionela nakazila už 84 lidí

Regiony

18. 2. 2038

Lázně Bystřec čelí největší epidemii legionelózy v Česku za posledních dvacet let. Nemocných je už 84, dva lidé zemřeli.

Podle hygieniků se bakterie šířila z chladicí věže hotelu Pramen. Hotel, který patří společnosti Bystřecké lázně, zavřeli v pondělí a podle jejího mluvčího zůstane zavřený nejméně do konce března.

Na jednotkách intenzivní péče v nemocnicích v Bystřeci a v Olomouci je jedenáct pacientů. Zemřelí muži měli 78 a 81 let.

„Lidé, kteří byli v hotelu a mají horečku a kašel, ať volají lékaře," vyzvala ředitelka hygieny Jana Vrbová.

Lázně Bystřec ročně navštíví asi 60 000 hostů. Starosta Milan Kopecký odhaduje, že kvůli epidemii přijde město o desítky milionů korun.

Společnost Bystřecké lázně zaměstnává 420 lidí. Pro ty, kteří pracovali v hotelu Pramen, teď hledá místo ve dvou dalších lázeňských domech. Hosté, kteří měli pobyt zaplacený, dostanou peníze zpět, slíbil mluvčí Tomáš Řezníček.`,
		"yq4pl.txt": `pl|Legionella w czeskim uzdrowisku. Wśród chorych Polacy

Świat

Czwartek, 18 lutego 2038

W czeskim uzdrowisku Lázně Bystřec, ok. 60 km od polskiej granicy, wybuchła epidemia legionelozy. Nie żyją dwie osoby.

Według czeskiego sanepidu zachorowało już 48 osób, z czego jedenaście trafiło na oddziały intensywnej terapii. Zmarli to mężczyźni w wieku 78 i 81 lat.

Źródłem bakterii okazała się wieża chłodnicza w hotelu Pramen. Hotel zamknięto w poniedziałek.

Wśród chorych jest dziewięciu Polaków, głównie kuracjuszy z Opolszczyzny i Śląska. Konsulat RP w Ostrawie jest z nimi w kontakcie. Czterech z nich wróciło już do domu.

"Osoby, które przebywały w hotelu i mają gorączkę, powinny zgłosić się do lekarza" – apeluje szefowa czeskiego sanepidu Jana Vrbová.

Czeski sanepid kontaktuje się z ok. 1500 osobami, które mieszkały w hotelu od połowy stycznia. Pierwsze zachorowania odnotowano 3 lutego.

Lázně Bystřec to popularne wśród Polaków uzdrowisko, słynące z leczenia chorób układu ruchu. Według biur podróży z Opola i Katowic w sezonie przyjeżdża tam co tydzień kilkaset osób z Polski.`,
		"yq4en.txt": `en|Two dead in Czech spa town Legionnaires' outbreak

Europe

Thursday 18 February 2038

Two men have died and 84 people have fallen ill in an outbreak of Legionnaires' disease in the Czech spa town of Lázně Bystřec, health officials said on Wednesday.

Eleven patients are in intensive care. The men who died were aged 78 and 81, both guests at the Hotel Pramen, where inspectors found the bacteria in a cooling tower.

"We have found the source and the tower has been shut down," said Jana Vrbová, head of the regional public health office. The 140-bed hotel has been closed since Monday.

The first cases were reported on 3 February. Officials are contacting around 1,500 people who stayed at the hotel since mid-January. Nine of the patients are from Poland and two from Germany.

It is the largest outbreak of the disease in the Czech Republic in two decades. The town receives about 60,000 spa guests a year.`,
	}, map[string][2]string{"yq4pl.txt": {"48", "84"}}},
	{"vaskilahti-bribery", map[string]string{
		"yq5fi.txt": `fi|Vaskilahden entinen kunnanjohtaja vankeuteen lahjuksista

Kotimaa

Perjantai 19.2.2038

Oulujoen käräjäoikeus tuomitsi torstaina Vaskilahden entisen kunnanjohtajan Pertti Leinonkosken kahden vuoden ja neljän kuukauden ehdottomaan vankeuteen törkeästä lahjuksen ottamisesta.

Oikeuden mukaan 58-vuotias Leinonkoski otti vuosina 2031–2034 vastaan yhteensä noin 240 000 euron arvosta rahaa ja etuja rakennusyhtiö Kalliosalolta. Yhtiö sai samaan aikaan kunnalta kolme koulu- ja päiväkotiurakkaa.

Kalliosalon 49-vuotias omistaja tuomittiin vuodeksi ja kahdeksaksi kuukaudeksi ehdolliseen vankeuteen lahjuksen antamisesta.

"Luottamus kunnan päätöksentekoon on kärsinyt vakavasti", käräjäoikeus kirjoittaa.

Oikeudenkäynnissä kuultiin 14 todistajaa. Leinonkoski on kiistänyt syytteet, ja hänen asianajajansa Heikki Tuomela kertoi, että tuomiosta valitetaan hovioikeuteen.

Leinonkoski johti noin 9 000 asukkaan kuntaa 12 vuotta. Hän erosi virastaan keväällä 2035.

Syyttäjä oli vaatinut Leinonkoskelle kolmen vuoden vankeutta. Lisäksi hänet määrättiin maksamaan valtiolle lahjusten arvo menettämisseuraamuksena.

Tapaus tuli ilmi, kun kunnan tilintarkastaja huomasi keväällä 2034 puutteita urakoiden kilpailutuksessa. Keskusrikospoliisi tutki asiaa yli kaksi vuotta.

Vaskilahden nykyinen kunnanjohtaja Sanna Rinne sanoi tuomion jälkeen, että kunta aikoo vaatia vahingonkorvauksia myös rakennusyhtiöltä.`,
		"yq5sv.txt": `sv|Finsk före detta kommundirektör döms för mutbrott

Utrikes

Fredag 19 februari 2038

En tingsrätt i norra Finland har dömt Vaskilahtis tidigare kommundirektör Pertti Leinonkoski till två år och fyra månaders fängelse för grovt mutbrott.

Enligt Oulujoki tingsrätt tog den 63-årige Leinonkoski emot pengar och förmåner värda cirka 240 000 euro från byggföretaget Kalliosalo mellan 2031 och 2034. Under samma period fick företaget tre stora byggkontrakt av kommunen, bland annat en ny skola.

Byggföretagets ägare, 49, dömdes till ett år och åtta månaders villkorligt fängelse.

Leinonkoski nekar till brott. Hans advokat Heikki Tuomela säger att domen kommer att överklagas till hovrätten.

Fjorton vittnen hördes under rättegången, som pågick i sex veckor. Leinonkoski var kommundirektör i tolv år och lämnade posten våren 2035.

Åklagaren hade yrkat på tre års fängelse. Fallet uppdagades när kommunens revisor våren 2034 upptäckte brister i upphandlingarna, och den finska centralkriminalpolisen utredde saken i över två år.

Domen har väckt stor uppmärksamhet i Finland.`,
		"yq5en.txt": `en|Former Finnish municipal manager jailed for taking bribes

Europe

Friday 19 February 2038

A Finnish court on Thursday sentenced Pertti Leinonkoski, the former municipal manager of Vaskilahti, to two years and four months in prison for aggravated bribery.

The Oulujoki District Court found that Leinonkoski, 58, accepted cash and favours worth about €240,000 from the construction firm Kalliosalo between 2031 and 2034, while the company won three municipal contracts for schools and day-care centres worth a combined €19 million.

The owner of Kalliosalo, 49, received a suspended sentence of one year and eight months for giving bribes.

"Public trust in municipal decision-making has been seriously damaged," the court said in its ruling.

Fourteen witnesses testified during the six-week trial. Leinonkoski denies wrongdoing, and his lawyer Heikki Tuomela said he would appeal.

Leinonkoski ran the municipality of some 9,000 people for twelve years before resigning in spring 2035.

Prosecutors had sought three years.`,
	}, map[string][2]string{"yq5sv.txt": {"63 years", "58 years"}}},
	{"varseni-film-festival", map[string]string{
		"yq6ro.txt": `ro|Festivalul de Film de la Vârșeni, la a 25-a ediție

Cultură

Miercuri, 17 februarie 2038

Festivalul Internațional de Film de la Vârșeni își va deschide porțile pe 9 iunie, au anunțat marți organizatorii. Ediția aniversară, a 25-a, se va încheia pe 17 iunie.

Programul cuprinde 120 de filme din 34 de țări, dintre care 14 în competiția oficială. Filmul de deschidere va fi „Iarna de pe deal", al regizoarei maghiare Kelemen Dóra, o coproducție româno-maghiară filmată chiar în împrejurimile orașului.

„Am pornit în 2013 cu o sală și 20 de filme", a spus directoarea festivalului, Ioana Mărgineanu, în vârstă de 47 de ani.

Bugetul ediției este de 3,2 milioane de lei, dintre care un milion de la Consiliul Județean. Abonamentele costă 150 de lei, iar un bilet 25 de lei. Organizatorii așteaptă peste 30.000 de spectatori.

Proiecțiile în aer liber din Piața Unirii vor fi gratuite.

Anul trecut, festivalul a avut 27.000 de spectatori.`,
		"yq6hu.txt": `hu|Huszonötödik alkalommal rendezik meg a varsányi filmfesztivált

Kultúra

2038. február 17., szerda

Június 19-én nyílik meg a Varsányi (Vârșeni) Nemzetközi Filmfesztivál, jelentették be kedden a szervezők. A jubileumi, 25. fesztivál június 17-ig tart.

A nyitófilm Kelemen Dóra „Téli domb" című alkotása lesz, amelyet a város környékén forgattak román–magyar koprodukcióban. A rendezőnő tavaly Berlinben is díjat nyert.

A programban 34 ország 120 filmje szerepel, a versenyprogramba 14 alkotás került. Magyar nyelvű vetítésekből idén 22 lesz, a tavalyinál hattal több.

„2013-ban egyetlen teremmel és húsz filmmel kezdtük" – mondta Ioana Mărgineanu fesztiváligazgató.

A fesztivál költségvetése 3,2 millió lej, körülbelül 640 ezer euró. A szervezők több mint 30 ezer nézőre számítanak. A bérlet 150 lejbe kerül.

A vetítéseket hat helyszínen tartják, köztük a felújított Petőfi moziban, amely 1936-ban nyílt meg. A szabadtéri vetítések a főtéren ingyenesek lesznek. Tavaly mintegy 27 ezren látogattak ki a fesztiválra.

A díjakat június 16-án adják át. A nemzetközi zsűri elnöke egy finn operatőr lesz.`,
		"yq6fr.txt": `fr|Le festival de Vârșeni fête ses 25 ans

Culture

Jeudi 18 février 2038

Le Festival international du film de Vârșeni, en Transylvanie, se tiendra du 9 au 17 juin pour sa 25e édition, ont annoncé mardi ses organisateurs.

Au programme : 120 films venus de 34 pays, dont 14 en compétition officielle. La soirée d'ouverture, le 9 juin, sera consacrée à « L'Hiver sur la colline », de la réalisatrice hongroise Dóra Kelemen, tourné dans les environs de la ville.

« Nous avons commencé en 2013 avec une seule salle et vingt films », rappelle la directrice du festival, Ioana Mărgineanu, 47 ans.

Le festival dispose d'un budget de 3,2 millions de lei, soit environ 640 000 euros. Il espère accueillir plus de 30 000 spectateurs. Une rétrospective sera consacrée au cinéma roumain des années 1960, avec huit films restaurés.

Les projections en plein air sur la place de l'Union seront gratuites.`,
	}, map[string][2]string{"yq6hu.txt": {"19 June", "9 June"}}},
	{"skarvbreen-retreat", map[string]string{
		"yq7nb.txt": `nb|Skarvbreen krympet 68 meter på ett år

Klima

Tirsdag 16. februar 2038

Skarvbreen i Indre Tromsdal trakk seg tilbake 68 meter i løpet av 2037. Det er den største tilbakegangen som er målt siden målingene startet i 1990, viser nye tall fra Breovervåkingen ved Universitetet i Tromsdal.

Året før krympet breen med 41 meter. Til sammen har brefronten flyttet seg 1,9 kilometer på 47 år.

– Det var en uvanlig varm sommer, og det kom lite snø vinteren før. Den kombinasjonen er svært uheldig for breen, sier breforsker Ingrid Solbakken (44).

Sommertemperaturen i området lå i snitt 1,4 grader over normalen. Breen dekker i dag rundt 23 kvadratkilometer, mot 31 i 1990.

Forskerne regner med at Skarvbreen kan være borte innen 2100 dersom utviklingen fortsetter. Målingene gjøres hver høst av et lag på seks forskere og studenter.

Skarvbreen er en av 35 breer i Nord-Norge som overvåkes. Av dem har 33 blitt mindre det siste året.`,
		"yq7da.txt": `da|Norsk gletsjer trak sig 68 meter tilbage sidste år

Videnskab

Onsdag 17. februar 2038

Gletsjeren Skarvbreen i Nordnorge er skrumpet med 68 meter på et enkelt år – det største tilbagetog, siden målingerne begyndte i 1990.

Det viser tal, som forskere ved Universitetet i Tromsdal offentliggjorde tirsdag. I 2036 trak gletsjeren sig 41 meter tilbage.

"Sommeren var usædvanligt varm, og der faldt kun lidt sne vinteren forinden," siger glaciolog Ingrid Solbakken.

Siden 1990 har gletsjerfronten flyttet sig knap to kilometer, og isens areal er faldet fra 31 til omkring 23 kvadratkilometer.

Også i Danmark følger forskerne udviklingen tæt. Ved Københavns forskningscenter for polar is måler man på 14 gletsjere i Grønland, hvoraf 12 er skrumpet det seneste år.

Med den nuværende udvikling kan Skarvbreen være helt væk inden 2100, vurderer de norske forskere.

Skarvbreen ligger omkring 80 kilometer øst for byen Tromsdal og er et populært mål for turister, der hver sommer går på isen med guide.`,
		"yq7en.txt": `en|Norwegian glacier retreats at record pace

Science

Wednesday 17 February 2038

The Skarvbreen glacier in northern Norway retreated 68 metres last year, the most since records began in 1990, researchers at the University of Tromsdal said on Tuesday.

The retreat compared with 41 metres in 2036. In total, the glacier's front has moved back 1.9 kilometres in 47 years, and its area has shrunk from 31 square kilometres to about 23.

"It was an unusually warm summer after a winter with little snow, and that combination is very bad for the glacier," said glaciologist Ingrid Solbakken, 44.

Average summer temperatures in the area were 1.4 degrees Celsius above normal. A team of six researchers and students measures the glacier every autumn.

At the current rate, the glacier could disappear by 2100, the researchers said. Skarvbreen feeds a hydropower plant that supplies around 8,000 homes.

Of the 35 glaciers monitored in northern Norway, 33 shrank last year.`,
	}, nil},
	{"tiszako-dealu-mare-handball", map[string]string{
		"yq8hu.txt": `hu|Fordítás után nyert a Tiszakő az Európa-ligában

Sport

2038. február 21., vasárnap

Hazai pályán 31–28-ra legyőzte a román CSM Dealu Mare együttesét a Tiszakő KC szombaton a férfi kézilabda Európa-liga csoportkörében.

A szünetben még a vendégek vezettek 15–14-re, a második félidőben azonban a tiszakőiek fordítottak. A legeredményesebb Bakó Levente volt kilenc góllal, a 26 éves balátlövő pályafutása legjobb nemzetközi meccsét játszotta.

„A második félidőben végre úgy védekeztünk, ahogy kell" – mondta a Tiszakő 52 éves vezetőedzője, Szalay Ottó.

A Tiszakő Arénában 6200 néző volt kíváncsi a mérkőzésre. A csapat négy forduló után hat ponttal a csoport második helyén áll.

A következő fordulóban, február 27-én a Tiszakő a dán Holstebrovig otthonában lép pályára.

A román csapat legjobbja Andrei Lupașcu volt hét góllal, kapusuk, Cristian Damian 14 védést mutatott be. A Tiszakő kapuját a 38 éves Fodor Ádám védte, aki korábban négy évig a román bajnokságban is játszott.

A lefújás után a szurkolók vastapssal köszöntötték a csapatot.`,
		"yq8ro.txt": `ro|CSM Dealu Mare, învinsă în Ungaria după o repriză bună

Sport

Duminică, 21 februarie 2038

CSM Dealu Mare a pierdut sâmbătă, scor 28-31, pe terenul maghiarilor de la Tiszakő KC, în grupele EHF European League la handbal masculin.

Echipa pregătită de Radu Stoenescu a condus la pauză cu 15-14, dar a cedat în repriza a doua. Cel mai bun marcator al româniilor a fost Andrei Lupașcu, cu 7 goluri, iar portarul Cristian Damian a avut 14 parade.

„Am jucat bine 30 de minute, apoi am făcut prea multe greșeli în atac", a declarat Stoenescu.

Pentru gazde, Levente Bakó a înscris de nouă ori. Partida s-a disputat în fața a 6.200 de spectatori, printre care circa 150 de suporteri veniți din România.

După patru etape, CSM Dealu Mare are două puncte și ocupă locul patru în grupă.

La Tiszakő, portarul veteran Ádám Fodor, 38 de ani, a fost decisiv în ultimele zece minute.`,
		"yq8ro2.txt": `ro|Handbal: Dealu Mare a pierdut la Tiszakő, 28-31

Sport

21.02.2038

CSM Dealu Mare a fost învinsă sâmbătă seara de Tiszakő KC, 28-31 (15-14 la pauză pentru români), în a patra etapă a grupelor European League.

Românii au avut un avans de trei goluri în minutul 22, la 12-9, dar gazdele au revenit. Inter-stânga Levente Bakó, 26 de ani, a marcat nouă goluri pentru maghiari.

Tehnicianul Radu Stoenescu a acuzat oboseala după meciul de campionat de marți, câștigat cu 33-25 în fața Științei Bacău.

Următorul meci european al echipei va fi pe 27 februarie, acasă, cu Porto Norte. Dealu Mare are în grupă două puncte, după o victorie și trei înfrângeri.

Dealu Mare a câștigat în grupă doar meciul de acasă cu Holstebrovig, scor 30-29, în prima etapă. Clubul a fost înființat în 1996 și joacă pentru a doua oară în grupele unei competiții europene.

Stoenescu are 49 de ani și pregătește echipa din 2035.`,
	}, nil},
	{"snowstorm-sudetes", map[string]string{
		"yq9pl.txt": `pl|Atak zimy na południu Polski. 120 tys. odbiorców bez prądu

Kraj

Wtorek, 23 lutego 2038

Intensywne opady śniegu sparaliżowały w poniedziałek południe Polski. W Sudetach spadło do 60 cm śniegu, a w Jeleniej Górze i Wałbrzychu ok. 40 cm.

Bez prądu było w szczytowym momencie ok. 120 tys. odbiorców na Dolnym Śląsku i Opolszczyźnie. We wtorek rano wciąż ok. 30 tys. – poinformował dystrybutor energii.

Strażacy interweniowali ponad 1400 razy, głównie przy powalonych drzewach. Na drodze krajowej nr 3 pod Bolkowem ciężarówki utknęły na kilka godzin.

IMGW wydał ostrzeżenia trzeciego stopnia dla trzech województw. Opady mają słabnąć w środę.

Po czeskiej stronie granicy zginął 63-letni kierowca, którego samochód wpadł do rowu. W Polsce nikt nie zginął, ale sześć osób zostało rannych.

Utrudnienia były też na kolei: pociągi z Wrocławia do Jeleniej Góry miały do 90 minut opóźnienia. W wielu gminach odwołano we wtorek zajęcia w szkołach.

Synoptycy ostrzegają, że w nocy z wtorku na środę temperatura spadnie miejscami do minus 15 stopni.`,
		"yq9cs.txt": `cs|Sněhová kalamita na severu Čech, zemřel řidič

Domácí

Úterý 23. února 2038

Husté sněžení ochromilo v pondělí sever Čech. V Krkonoších a Jizerských horách napadlo až 60 centimetrů sněhu, v Liberci kolem 35.

Na silnici u Jablonce nad Nisou zemřel 63letý řidič, jehož auto sjelo do příkopu. Bez proudu bylo v pondělí večer zhruba 35 000 domácností, ve většině z nich se proud vrátil v noci.

Dálnice D10 byla kvůli uvízlým kamionům uzavřená devět hodin. Hasiči vyjížděli k více než 800 událostem.

„Takové množství sněhu za jediný den tu nebylo od roku 2006," řekl meteorolog Petr Havlíček. Sněžit má přestat ve středu.

V sousedním Polsku zůstalo bez elektřiny až 120 000 odběratelů.

ČEZ Distribuce nasadila do terénu přes 300 techniků. Na horách platí třetí stupeň lavinového nebezpečí a Horská služba varuje před výlety mimo značené trasy. V úterý ráno zůstávalo zavřených 14 silnic.

Meteorologové varují, že v noci na středu může na horách mrznout až minus 15 stupňů.`,
		"yq9en.txt": `en|Heavy snow cuts power to thousands in Poland and Czech Republic

Europe

Tuesday 23 February 2038

Heavy snowfall across southern Poland and the northern Czech Republic on Monday left more than 150,000 homes and businesses without power and killed one driver.

Up to 60 centimetres of snow fell in the mountains along the border. In Poland, about 120,000 customers lost electricity at the peak, and around 30,000 were still waiting for it to return on Tuesday morning. In the Czech Republic, some 35,000 households were cut off.

A 63-year-old driver died when his car slid into a ditch near Jablonec nad Nisou, Czech police said. Six people were injured in Poland.

The Czech D10 motorway was closed for nine hours after lorries got stuck, while Polish firefighters were called out more than 1,400 times.

Forecasters expect the snow to ease on Wednesday.

Train services between Wrocław and Jelenia Góra were delayed by up to 90 minutes.`,
	}, nil},
	{"valles-nord-tram", map[string]string{
		"yq10ca.txt": `ca|El tramvia del Vallès Nord ja circula

Mobilitat

Diumenge, 21 de febrer de 2038

El Tramvia del Vallès Nord va entrar dissabte en servei entre Castellvell del Vallès i Sant Quirze de Riudeperes, amb dos anys de retard sobre el calendari inicial.

La línia fa 14 quilòmetres i té 21 parades. Ha costat 310 milions d'euros, 40 més del pressupost previst el 2031.

"És el projecte de transport públic més important de la comarca en dècades", va dir el conseller de Territori, Arnau Pujadas, al viatge inaugural.

Els 12 combois, fabricats per Talleres Ebro, passaran cada set minuts en hora punta. La Generalitat preveu 45.000 viatgers al dia.

Durant el primer cap de setmana, el servei és gratuït. Dissabte hi van pujar uns 18.000 passatgers, segons l'operador.

Les obres van començar el 2033. El bitllet senzill costarà 2,40 euros a partir de dilluns, i la línia s'integrarà en el sistema tarifari de l'Autoritat del Transport Metropolità al juliol.`,
		"yq10es.txt": `es|Entra en servicio el tranvía del Vallès Nord

Cataluña

Domingo, 21 de febrero de 2038

El tranvía del Vallès Nord comenzó a funcionar este sábado entre Castellvell del Vallès y Sant Quirze de Riudeperes, dos años más tarde de lo previsto.

La línea, de 14 kilómetros y 21 paradas, ha costado 310 millones de euros. La Generalitat calcula que la usarán unos 45.000 viajeros diarios.

El conseller de Territorio, Arnau Pujadas, viajó en el primer convoy junto a los alcaldes de los municipios de la línea. "Es el proyecto de transporte público más importante de la comarca en décadas", afirmó.

Los doce tranvías, construidos en Zaragoza por Talleres Ebro, tendrán una frecuencia de siete minutos en hora punta. El billete sencillo costará 2,40 euros a partir del lunes; este fin de semana el viaje es gratis.

Las obras comenzaron en 2033 y obligaron a cortar durante meses la carretera C-1415.`,
		"yq10en.txt": `en|Catalan tram line opens two years late

Transport

Sunday 21 February 2038

A new tram line north of Barcelona opened on Saturday, linking Castellvell del Vallès and Sant Quirze de Riudeperes two years behind schedule.

The 14-kilometre Vallès Nord line has 21 stops and cost €310 million, €40 million more than budgeted in 2031. The Catalan government expects about 45,000 passengers a day.

"This is the most important public transport project in the area in decades," regional transport minister Arnau Pujadas said on the first run.

Twelve trams built by Talleres Ebro will run every seven minutes at peak times. Rides are free over the opening weekend, and about 18,000 people took the tram on Saturday, the operator said.

A single ticket will cost €2.40 from Monday.

Construction started in 2033 and closed a main road, the C-1415, for months. Mayors along the route hope the line will ease traffic on a corridor used by about 60,000 cars a day.`,
	}, nil},
}
