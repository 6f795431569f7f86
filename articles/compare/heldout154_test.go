package compare

// heldOutPonente is a blind held-out set written without reading the
// extraction, matching or grouping code: ten events of mixed national and
// regional news, each reported three or four times in Portuguese, French,
// Dutch and English (two Portuguese reports of the ferry fire, two Dutch
// of the avalanche, two English of the club takeover). The topics: a fire
// on a Setúbal-Tróia ferry, Portugal's minimum wage raised to €920, a
// ransomware attack on the town hall of a Flemish town, an avalanche that
// killed a Dutch skier in Savoie, a Dutch businessman buying a Portuguese
// football club, the opening date of Porto's Ruby metro line, 3.2 tonnes
// of cocaine seized at Sines on their way to Rotterdam, storm Ilse's bill
// for Dutch insurers, a university index that puts Delft 15th and Porto
// 212th, and a French court's fine on a Portuguese-owned paper mill that
// polluted the Adour.
//
// Six contradictions are planted, one in each of the first six events and
// all outside the first paragraph: a duration (pn1fr: the crew put the
// fire out "au bout de 30 minutes" against about 50 minutes in the two
// Portuguese and the English reports, in the only French report); an
// amount (pn2nl: employers' cost "zo'n 530 miljoen euro" a year against
// €480 million, in the only Dutch report); a percentage (pn3en: "about
// 60%" of the servers encrypted against 40%, in the only English report);
// a count (pn4nl2: 70 rescuers against about 40, in the second Dutch
// report, the Deventer paper's, while the first Dutch report says
// "ongeveer 40"); an age (pn5pt: the buyer "de 57 anos" against 52, in the
// only Portuguese report); a date (pn6en: first passengers on 14 May
// against 14 March, in the only English report). The last four events
// hold none.
//
// Traps that are no contradiction: "mais de 200", "more than two hundred"
// and "plus de 200" passengers beside 212; "quase uma hora" for the 50
// minutes; a crossing of 25 minutes as "vingt-cinq minutes", a two-hour
// tow, a 2027 ferry adrift for three hours; a crew member of 46, a
// passenger of 34 and a "33-year-old vessel"; 1.5 nautical miles and 2.8
// km. The wage from €870 to €920, a €50 rise as 5.7% and "bijna 6
// procent", 14 payments as €12,880 a year, €505 in 2015, the €1,000 goal
// for 2028 and the unions' €1,000 now, employers' 4.5%, Spain's €1,184 and
// the Dutch "ruim 2200 euro". A ransom of $2 million as "deux millions de
// dollars" and "zo'n 1,8 miljoen euro", 420 staff and 34,000 residents,
// three weeks of repairs against four months in a neighbouring town in
// 2029, "une quinzaine" of Belgian towns since 2020. A group of eight as
// seven Dutch skiers and a guide and as a man and "zes vrienden", four
// buried, a man of 51 and a woman of 48, "dertig jaar" of skiing, 40
// rescuers as "une quarantaine", "ongeveer 40" and "some 40" beside two
// helicopters and four dogs, 2,600 metres and 8,500 feet, risk 3 of 5, 17
// deaths this winter against 26 last season and four Dutch deaths last
// year. 70% for €18 million valuing the club "about €26 million" and
// £15.5m, the 30% kept, 84% of members' votes, 40 per cent of a Dutch
// club sold in 2028, a buyer of 52 and an outgoing president (chairman,
// voorzitter) of 68, 9,800 to 15,000 seats, €7.5 million of debt, ninth
// last season, three seasons. A line of 6.4 km (4 miles), eight stations,
// 13 minutes as "treize minutes", every six minutes, €435 million of which
// €299 million as "près de 70 %", 65,000 passengers, the ceremony on 13
// March beside the opening on 14 March, a network from 70 to 76 km, 2002
// and 2030. 3.2 tonnes as 3200 kilo, "ruim drie ton" and "plus de trois
// tonnes", 2,880 blocks of about 1.1 kilos, men of 34, 41 and 29, "more
// than 200 million euros", 11 tonnes seized in 2031, Rotterdam's 46,000
// kilos last year and nearly 60,000 in 2023, "Maré Alta" as "High Tide".
// €310 million of Dutch damage beside Belgium's €95 million and 21,000
// claims, 52,000 claims, "vier op de vijf" as 80% and "four in five",
// Corrie's €520 million in 2029, gusts of 132 km/h (82 mph), dead of 63
// and 70, Vlissingen as Flessingue. Delft 15th from 19th ("negentiende"),
// 87.4 of 100 points, Porto 212th up 28 places and Lisbon 236th,
// Amsterdam 41st, 1,500 universities (1,200 last year) in 104 countries,
// nine Portuguese (one more than last year) and 13 ("dertien") Dutch,
// MIT first for the fifth year, rector as "rector magnificus" and
// "reitor". A fine of €1.2 million against the €2 million sought, €350,000
// of damages, a director of 58 fined €30,000 with half suspended, about
// eight tonnes of fish beside 180,000 tonnes of pulp a year, "une
// douzaine de kilomètres", 12 quilómetros and 12 km (7.5 miles), 320
// staff, €150,000 in 2021, a spill of 2029 and a purchase of 2017.
//
// Frozen before its first run, which flagged 2 of the 6 contradictions
// (the servers' 60% against 40% and the buyer's 57 against 52) and 1
// false disagreement. It missed four, each a value left in a row of its
// own, never compared with the right one: the ferry fire's duration
// ("missed pn1fr.txt's 30 minutes against 50 minutes": the French "bout ·
// 30 minutes" stood apart from "fim · 50 minutes" of the two Portuguese
// and the English reports); the wage's cost ("missed pn2nl.txt's €530
// million against €480 million": the Dutch "extra · €530 million" apart
// from "estimado · €480 million a year"); the rescuers ("missed
// pn4nl2.txt's 70 against 40": "reddingswerkers · 70" apart from
// "hulpverleners · 40" of the English and first Dutch reports, the French
// "une quarantaine" not read as a count); and the metro's opening ("missed
// pn6en.txt's 14 May against 14 March": the English "carry · 14 May"
// apart from "abrir · 14 March" of the Portuguese and French reports). No
// miss is the planted pair in another form, so the wrong values are as
// written before the run. The false one was the index's count
// "countries": "pn9en, pn9pt: 104 countries; pn9nl: 87,4 van de 100
// punten", Delft's score taken for the count of countries. That is within
// the set's limit of one, so the table line keeps 1. Grouped with the
// other sets, its 34 reports of 10 events came out in 11 events, B-cubed
// precision 1.000, recall 0.941. (The brief's first command, whose -run
// pattern also matched the grouping test, printed only that test's tail;
// the scoring lines above are from the same command run once more,
// anchored, on the unchanged frozen commit.) Nothing changed after the run
// but this comment.
var heldOutPonente = []heldOutEvent{
	{"setubal-troia-ferry-fire", map[string]string{
		"pn1pt.txt": `pt|Incêndio em ferry no Sado obriga a retirar 212 passageiros

Sociedade

Setúbal, 9 ago 2031 (Agência)

Um incêndio na casa das máquinas do ferry "Arrábida II", que fazia a ligação entre Setúbal e Tróia, obrigou na manhã deste domingo à retirada dos 212 passageiros e nove tripulantes, informou a Capitania do Porto de Setúbal.

O alerta foi dado às 09:20, quando o navio se encontrava a cerca de 1,5 milhas náuticas de Tróia. A tripulação conseguiu extinguir as chamas ao fim de cerca de 50 minutos, com o apoio de uma embarcação da Estação Salva-vidas.

Quatro pessoas foram assistidas no local por inalação de fumo e um tripulante, de 46 anos, foi transportado ao Hospital de São Bernardo. Os passageiros foram transferidos para outro ferry e levados até Tróia.

"A tripulação agiu de forma exemplar", afirmou o capitão do porto, comandante Rui Valadares. O navio, construído em 1998, foi depois rebocado para Setúbal, uma operação que demorou duas horas.

A travessia, que normalmente dura 25 minutos, esteve suspensa até ao início da tarde.`,
		"pn1pt2.txt": `pt|"Vimos o fumo a sair pela chaminé": o susto a bordo do Arrábida II

O Setubalense · Região

09/08/2031 - 18:05

Era para ser uma travessia de domingo como tantas outras. A meio do estuário do Sado, o fumo negro começou a sair da casa das máquinas do "Arrábida II" e os mais de 200 passageiros foram chamados para os pontos de reunião, de colete salva-vidas vestido.

"Ninguém entrou em pânico, mas foi quase uma hora sem saber o que ia acontecer", contou Marta Pinheiro, de 34 anos, que seguia com os dois filhos para a praia de Tróia. Os nove tripulantes combateram o fogo durante 50 minutos até o darem como extinto.

A bordo seguiam também 38 viaturas, que só ao fim da tarde foram desembarcadas em Setúbal, depois de o navio ter sido rebocado.

A Navisado, que explora a ligação, diz que vai abrir um inquérito interno. Não é o primeiro incidente: em 2027, outro ferry da empresa ficou três horas à deriva no Sado depois de uma avaria no motor.

Um tripulante de 46 anos continuava internado ao início da noite, mas sem gravidade.

Comentários (23)`,
		"pn1fr.txt": `fr|Portugal : incendie à bord d'un ferry près de Setúbal, plus de 200 passagers évacués

International

Publié le 9 août 2031 à 16h12

Plus de 200 passagers ont dû être évacués dimanche matin d'un ferry en feu sur l'estuaire du Sado, au sud de Lisbonne, a indiqué la capitainerie du port de Setúbal. Aucun blessé grave n'est à déplorer.

Le feu s'est déclaré vers 9 h 20 dans la salle des machines de l'« Arrábida II », qui assure la liaison entre Setúbal et la presqu'île de Tróia, très fréquentée par les vacanciers, dont de nombreux Français.

L'équipage est parvenu à maîtriser l'incendie au bout de 30 minutes. Quatre personnes ont été soignées sur place pour avoir inhalé de la fumée et un membre d'équipage de 46 ans a été hospitalisé.

Les 212 passagers ont été transférés sur un autre navire. « L'équipage a agi de manière exemplaire », a salué le commandant du port, Rui Valadares.

La traversée, qui dure vingt-cinq minutes d'ordinaire, a été interrompue jusqu'en début d'après-midi.`,
		"pn1en.txt": `en|Ferry fire forces evacuation of 212 passengers in Portugal

World | Europe

LISBON, Aug 9 - More than two hundred passengers were taken off a burning ferry in the Sado estuary south of Lisbon on Sunday after a fire broke out in its engine room, Portuguese maritime authorities said.

The ferry "Arrábida II", carrying 212 passengers, nine crew and 38 vehicles between Setúbal and the Tróia peninsula, was about 1.5 nautical miles (2.8 km) from Tróia when the alarm was raised at 9.20 a.m.

Crew members put out the fire in about 50 minutes, helped by a lifeboat crew. Four people were treated for smoke inhalation and a 46-year-old crew member was taken to hospital.

"The crew acted in an exemplary way," said port captain Rui Valadares. The 33-year-old vessel was later towed back to Setúbal, a two-hour operation.

Operator Navisado said it had opened an internal inquiry. The crossing, which normally takes 25 minutes, was suspended until early afternoon.`,
	}, map[string][2]string{"pn1fr.txt": {"30 minutes", "50 minutes"}}},
	{"portugal-minimum-wage", map[string]string{
		"pn2pt.txt": `pt|Salário mínimo sobe para 920 euros em janeiro

Economia

Lisboa, 16 out 2031 (Agência)

O Conselho de Ministros aprovou esta quinta-feira o aumento do salário mínimo nacional de 870 para 920 euros mensais a partir de 1 de janeiro, uma subida de 50 euros, ou 5,7 %.

A medida abrange cerca de 850 mil trabalhadores, segundo o Ministério do Trabalho. O custo para as empresas é estimado em 480 milhões de euros por ano, incluindo as contribuições para a Segurança Social.

"É um passo firme para aproximar Portugal dos salários europeus", afirmou a ministra do Trabalho, Helena Sarmento, no final da reunião. O Governo mantém a meta de 1.000 euros em 2028.

As confederações patronais tinham defendido um aumento máximo de 4,5 %, enquanto a CGTP reclamava 1.000 euros já em janeiro.

Em 2015, o salário mínimo era de 505 euros. Como é pago 14 vezes por ano, o novo valor corresponde a 12.880 euros anuais.`,
		"pn2en.txt": `en|Portugal to raise minimum wage to €920 a month

Business | Economy

LISBON, Oct 16 - Portugal's government on Thursday approved a 5.7% rise in the national minimum wage to €920 a month from January 1, up from €870, in a move that will affect around 850,000 workers.

Labour minister Helena Sarmento said the increase, which will cost employers about €480 million a year including social security contributions, was "a firm step towards bringing Portugal closer to European wages".

Portuguese workers on the minimum wage are paid 14 times a year, so the new rate is worth €12,880 annually. The government is sticking to its target of €1,000 a month by 2028.

Employers' groups had pushed for a rise of no more than 4.5%, while the CGTP union confederation had demanded €1,000 from January.

The minimum wage stood at €505 in 2015. It remains well below the levels of neighbouring Spain, at €1,184 a month over 14 payments, and France.`,
		"pn2nl.txt": `nl|Portugal verhoogt minimumloon naar 920 euro

Buitenland | Economie

16 oktober 2031

De Portugese regering heeft donderdag besloten het minimumloon per 1 januari te verhogen van 870 naar 920 euro per maand. Ongeveer 850.000 werknemers gaan erop vooruit.

Dat is een stijging van bijna 6 procent. Werkgevers zijn er volgens de regering jaarlijks zo'n 530 miljoen euro extra aan kwijt, inclusief sociale premies.

"Dit is een stevige stap om Portugal dichter bij de Europese lonen te brengen", zei minister van Arbeid Helena Sarmento. Ter vergelijking: het Nederlandse minimumloon ligt bij een volledige werkweek op ruim 2200 euro bruto per maand.

In Portugal wordt het loon veertien keer per jaar uitbetaald, inclusief vakantie- en kerstgeld. Op jaarbasis komt het nieuwe minimumloon daarmee uit op 12.880 euro.

Vakbonden vinden de stijging te klein; zij eisten 1000 euro per maand. In 2015 lag het minimumloon nog op 505 euro.`,
	}, map[string][2]string{"pn2nl.txt": {"€530 million", "€480 million"}}},
	{"kortelare-town-hall-ransomware", map[string]string{
		"pn3nl.txt": `nl|Cyberaanval legt gemeentehuis Kortelare plat

Regio | Oost-Vlaanderen

Dinsdag 3 februari 2032, 14:35

De gemeente Kortelare is in de nacht van maandag op dinsdag het slachtoffer geworden van een ransomware-aanval. Het gemeentehuis en het OCMW zijn tot nader order dicht voor het publiek.

Volgens de gemeente is ongeveer 40 procent van de servers versleuteld. De hackers, die zich "NightCrane" noemen, eisen 2 miljoen dollar in bitcoin, omgerekend zo'n 1,8 miljoen euro.

"Wij betalen geen losgeld, daar is de gemeenteraad unaniem over", zegt burgemeester Lieve Van Damme. De 420 personeelsleden werken voorlopig met pen en papier. Identiteitskaarten en rijbewijzen kunnen niet worden aangevraagd.

De back-ups van zondag zijn intact gebleven. De gemeente rekent op minstens drie weken om alle systemen te herstellen. De federale politie en het Centrum voor Cybersecurity België onderzoeken de aanval.

In 2029 werd buurgemeente Overhamme getroffen door een gelijkaardige aanval; daar duurde het herstel vier maanden.`,
		"pn3fr.txt": `fr|Flandre : la commune de Kortelare paralysée par une cyberattaque

Belgique

Mardi 3 février 2032

Les services de la commune flamande de Kortelare, en Flandre-Orientale, sont à l'arrêt depuis mardi après une attaque au rançongiciel survenue dans la nuit de lundi à mardi. L'hôtel de ville et le CPAS restent fermés au public.

Environ 40 % des serveurs communaux ont été chiffrés, selon l'administration. Les pirates, qui se font appeler « NightCrane », réclament une rançon de deux millions de dollars en bitcoins.

« Nous ne paierons pas », a déclaré la bourgmestre, Lieve Van Damme. Les quelque 420 agents communaux travaillent sur papier et la délivrance des cartes d'identité et des permis de conduire est suspendue.

Les sauvegardes datant de dimanche n'ont pas été touchées. Il faudra au moins trois semaines pour tout remettre en ordre, estime la commune, qui compte 34 000 habitants.

La police fédérale et le Centre pour la cybersécurité Belgique (CCB) ont ouvert une enquête. Depuis 2020, une quinzaine de communes belges ont été visées par ce type d'attaque.`,
		"pn3en.txt": `en|Ransomware attack shuts Belgian town hall

Europe | Tech

BRUSSELS, Feb 3 - A ransomware attack has shut the town hall of Kortelare, a Flemish town of 34,000 people in East Flanders, the municipality said on Tuesday, with hackers demanding $2 million in bitcoin.

The attack, claimed by a group calling itself NightCrane, hit overnight on Monday. "We will not pay a ransom," said mayor Lieve Van Damme.

The town said about 60% of its servers had been encrypted, but that backups made on Sunday were intact. Its 420 staff are working with pen and paper, and residents cannot apply for identity cards or driving licences.

Restoring all systems will take at least three weeks, the town said. Belgium's federal police and its Centre for Cybersecurity are investigating.

A neighbouring town, Overhamme, needed four months to recover from a similar attack in 2029.`,
	}, map[string][2]string{"pn3en.txt": {"60%", "40%"}}},
	{"arcelles-avalanche", map[string]string{
		"pn4fr.txt": `fr|Avalanche aux Arcelles : un skieur néerlandais tué, trois blessés

Faits divers | Savoie

Mardi 17 février 2032 à 19h40

Un skieur néerlandais de 51 ans est mort et trois autres membres de son groupe ont été blessés mardi après-midi dans une avalanche survenue hors-piste au-dessus de la station des Arcelles, en Savoie.

Le groupe de huit personnes, sept skieurs néerlandais encadrés par un guide de haute montagne français, évoluait vers 2 600 mètres d'altitude lorsque la plaque s'est détachée vers 14 h 30. Quatre skieurs ont été ensevelis.

Une quarantaine de secouristes du peloton de gendarmerie de haute montagne (PGHM) et des pisteurs ont été engagés, avec deux hélicoptères et quatre chiens d'avalanche. Une skieuse de 48 ans, grièvement blessée, a été héliportée vers le CHU de Grenoble.

« La coulée mesurait environ 400 mètres de large », a précisé le capitaine Julien Morel, du PGHM. Le risque d'avalanche était de 3 sur une échelle de 5.

Depuis le début de l'hiver, 17 personnes sont mortes dans des avalanches en France, contre 26 sur toute la saison dernière.`,
		"pn4nl.txt": `nl|Nederlandse skiër (51) omgekomen bij lawine in Franse Alpen

Buitenland

17 februari 2032, 21:10

Bij een lawine in de Franse Alpen is dinsdagmiddag een 51-jarige man uit Deventer om het leven gekomen. Drie andere Nederlanders raakten gewond, meldt het ministerie van Buitenlandse Zaken.

De man maakte deel uit van een groep van zeven Nederlandse wintersporters die met een Franse berggids buiten de piste skiede bij het skigebied Les Arcelles in Savoie. Vier van hen kwamen onder de sneeuw terecht.

Ongeveer 40 hulpverleners, twee helikopters en vier lawinehonden werden ingezet. Een 48-jarige vrouw is zwaargewond naar een ziekenhuis in Grenoble gevlogen. De twee andere gewonden zijn lichtgewond.

"We staan de familie bij", zei een woordvoerder van Buitenlandse Zaken. De lawine kwam op zo'n 2600 meter hoogte naar beneden. Het lawinegevaar stond op 3, op een schaal van 5.

Vorig jaar kwamen in de Franse Alpen ook al vier Nederlanders om bij lawines.`,
		"pn4nl2.txt": `nl|Deventer in rouw na lawine: "Hij was een ervaren skiër"

Dagblad van de IJssel · Deventer

17-02-2032 22:45

Het nieuws kwam dinsdagavond hard aan in Deventer. Een 51-jarige inwoner van de stad is omgekomen bij een lawine in het Franse skigebied Les Arcelles, waar hij met zes vrienden op wintersport was.

De groep ging met een gids off-piste toen rond half drie een sneeuwplaat losbrak. Vier skiërs raakten bedolven. Bij de zoekactie waren 70 reddingswerkers betrokken, met twee helikopters en speurhonden.

"Hij was een ervaren skiër, hij ging al dertig jaar naar de Alpen", zegt een vriend van het slachtoffer, die niet met naam in de krant wil. Een vrouw van 48 uit de groep ligt zwaargewond in het ziekenhuis in Grenoble.

De gemeente Deventer heeft een condoleanceregister geopend in het stadhuis. Burgemeester Karin Westhoff noemt het "een vreselijk bericht voor de hele stad".

Reageer op dit artikel`,
		"pn4en.txt": `en|Dutch skier killed in French Alps avalanche

Europe

GRENOBLE, France, Feb 17 - A Dutch skier was killed and three other members of his group were injured when an avalanche swept them away off-piste above the French ski resort of Les Arcelles on Tuesday, rescuers said.

The group of eight - seven Dutch skiers and a French mountain guide - was at about 2,600 metres (8,500 feet) when the slab broke away at around 2.30 p.m., burying four of them.

Some 40 rescuers from the gendarmerie's mountain unit and the ski patrol, two helicopters and four avalanche dogs took part in the search. A 48-year-old woman was flown to hospital in Grenoble with serious injuries. The dead man was 51.

"The avalanche was about 400 metres wide," said Captain Julien Morel of the mountain rescue unit. The avalanche risk stood at three on a five-point scale.

Seventeen people have died in avalanches in France this winter, against 26 in the whole of last season.`,
	}, map[string][2]string{"pn4nl2.txt": {"70", "40"}}},
	{"escalabitano-takeover", map[string]string{
		"pn5pt.txt": `pt|Empresário neerlandês compra 70 % da SAD do Escalabitano

Desporto | Futebol

Santarém, 5 jul 2031 (Agência)

O empresário neerlandês Pieter van Houtum adquiriu 70 % do capital da SAD do Escalabitano por 18 milhões de euros, anunciou esta sexta-feira o clube da I Liga.

O negócio, feito através da Houtum Sports Group, foi aprovado pelos sócios em assembleia-geral com 84 % dos votos. O clube fundador mantém os restantes 30 % e o direito de veto sobre o símbolo, as cores e o estádio.

O empresário, de 57 anos, fez fortuna no setor da logística e foi acionista do FC Lindeburg, da segunda divisão neerlandesa, até 2028. "Quero levar o Escalabitano às competições europeias em três épocas", disse na apresentação.

A nova administração assume também o passivo da SAD, de 7,5 milhões de euros, e promete ampliar o Estádio do Vale de 9.800 para 15.000 lugares.

José Amaral, de 68 anos, que presidia à SAD desde 2011, deixa o cargo. O Escalabitano, fundado em 1923, regressou à I Liga em 2029.`,
		"pn5en.txt": `en|Dutch investor buys control of Portuguese club Escalabitano

Sport | Soccer

LISBON, July 5 - Dutch logistics entrepreneur Pieter van Houtum has bought 70% of Portuguese top-flight club Escalabitano for €18 million, the club said on Friday, in a deal that values it at about €26 million.

Van Houtum, 52, will take on the club's €7.5 million of debt and plans to expand its 9,800-seat stadium to 15,000 seats. The parent club keeps the remaining 30% and a veto over its badge, colours and ground.

"I want to take Escalabitano into Europe within three seasons," he said. He owned a stake in Dutch second-tier club FC Lindeburg until 2028.

Members approved the sale at a general meeting with 84% of the vote. Outgoing chairman José Amaral, 68, had run the club's company since 2011.

Escalabitano, founded in 1923, returned to the Primeira Liga in 2029 and finished ninth last season.`,
		"pn5en2.txt": `en|Van Houtum completes Escalabitano takeover: "We want Europe"

World Football Weekly · Portugal

Published 5 July 2031, 18:20 BST

Escalabitano have a new owner. Pieter van Houtum, the 52-year-old Dutch logistics boss, has completed his purchase of a 70 per cent stake in the Santarém club after members backed the deal at a general meeting.

The fee is €18m (around £15.5m), and Van Houtum's Houtum Sports Group also inherits debts of €7.5m. The remaining 30 per cent stays with the members' club.

"Three seasons - that's the plan to reach Europe," Van Houtum told reporters at the Estádio do Vale, which he wants to grow from 9,800 seats to 15,000.

The Dutchman knows the business: he held 40 per cent of FC Lindeburg until selling up in 2028. Outgoing president José Amaral, 68, said the club needed "fresh money to compete".

Escalabitano finished ninth in the Primeira Liga last season, their second since promotion in 2029.`,
		"pn5nl.txt": `nl|Nederlandse ondernemer koopt Portugese voetbalclub

Sport

5 juli 2031

Logistiek ondernemer Pieter van Houtum (52) heeft 70 procent van de aandelen in de Portugese eredivisieclub Escalabitano gekocht. Hij betaalt 18 miljoen euro.

Van Houtum, die tot 2028 groot-aandeelhouder was van eerstedivisionist FC Lindeburg, neemt ook een schuld van 7,5 miljoen euro over. "Binnen drie seizoenen wil ik Europees voetbal spelen", zegt hij.

De Brabander wil het stadion van de club uit Santarém, ten noordoosten van Lissabon, uitbreiden van 9800 naar 15.000 plaatsen. De overige 30 procent van de aandelen blijft in handen van de vereniging, die een veto houdt over het clublogo, de kleuren en het stadion.

Escalabitano werd in 1923 opgericht en speelt sinds 2029 weer op het hoogste niveau. Vorig seizoen eindigde de club als negende. Vertrekkend voorzitter José Amaral (68) stond sinds 2011 aan het hoofd van de club.`,
	}, map[string][2]string{"pn5pt.txt": {"57 years", "52 years"}}},
	{"porto-ruby-metro-line", map[string]string{
		"pn6pt.txt": `pt|Linha Rubi do Metro do Porto abre a passageiros a 14 de março

Local | Porto

Porto, 3 fev 2032 (Agência)

A Linha Rubi do Metro do Porto, que liga a Casa da Música a Santo Ovídio, em Vila Nova de Gaia, vai abrir ao público a 14 de março, anunciou esta terça-feira a empresa, após dois meses de marcha em vazio.

A nova linha tem 6,4 quilómetros e oito estações e atravessa o Douro por uma nova ponte. A viagem entre os dois extremos demorará 13 minutos, com composições a cada seis minutos nas horas de ponta.

"É a obra mais importante da rede desde 2002", afirmou o presidente do Metro do Porto, Tiago Brandão. A cerimónia de inauguração está marcada para a véspera, 13 de março, com a presença do primeiro-ministro.

A obra custou 435 milhões de euros, dos quais 299 milhões vieram do Plano de Recuperação e Resiliência. A empresa espera transportar 65 mil passageiros por dia na nova linha.

Com a Linha Rubi, a rede passa de 70 para 76 quilómetros. A abertura estava inicialmente prevista para 2030.`,
		"pn6fr.txt": `fr|Porto : la ligne Rubi du métro ouvrira le 14 mars

Europe | Transports

Publié le 3 février 2032

Le métro de Porto a annoncé mardi l'ouverture au public, le 14 mars, de sa nouvelle ligne Rubi, qui relie la Casa da Música, dans le centre de Porto, à Santo Ovídio, à Vila Nova de Gaia, de l'autre côté du Douro.

Longue de 6,4 km, la ligne compte huit stations et franchit le fleuve par un nouveau pont réservé au métro, aux piétons et aux cyclistes. Le trajet complet prendra treize minutes.

Le chantier a coûté 435 millions d'euros, financés à près de 70 % par le plan de relance européen. « C'est l'ouvrage le plus important du réseau depuis 2002 », a souligné le président de l'entreprise, Tiago Brandão.

La ligne, dont la mise en service était initialement prévue en 2030, doit transporter quelque 65 000 voyageurs par jour. Le réseau de Porto, ouvert en 2002, atteindra ainsi 76 kilomètres.`,
		"pn6en.txt": `en|Porto's new Ruby metro line to open after two-year delay

Transport | Europe

PORTO, Portugal, Feb 3 - Porto's metro operator said on Tuesday that its new Ruby line, which crosses the Douro river on a new bridge to Vila Nova de Gaia, would open to passengers in the spring after two months of trial runs.

The 6.4 km (4-mile) line has eight stations and links Casa da Música in central Porto with Santo Ovídio in Gaia. Trains will run every six minutes at peak times and the full journey will take 13 minutes.

The line will carry its first passengers on 14 May, a day after an opening ceremony attended by the prime minister, metro president Tiago Brandão said, calling it "the most important project on the network since 2002".

It cost €435 million, of which €299 million came from the European Union's recovery fund, and is expected to carry 65,000 passengers a day. It was originally due to open in 2030.`,
	}, map[string][2]string{"pn6en.txt": {"14 May", "14 March"}}},
	{"sines-cocaine-seizure", map[string]string{
		"pn7pt.txt": `pt|PJ apreende 3,2 toneladas de cocaína no porto de Sines

Sociedade | Justiça

Lisboa, 24 abr 2032 (Agência)

A Polícia Judiciária apreendeu 3,2 toneladas de cocaína escondidas em caixas de banana em dois contentores no porto de Sines, naquela que é a maior apreensão do ano em Portugal, anunciou esta sexta-feira a PJ.

A droga, distribuída por 2.880 blocos de cerca de 1,1 quilos, chegou de Guayaquil, no Equador, a bordo do porta-contentores "Cartagena Star" e tinha como destino final o porto de Roterdão, nos Países Baixos.

Três homens foram detidos: dois portugueses, de 34 e 41 anos, e um neerlandês de 29. Vão ser presentes a juiz para primeiro interrogatório.

"Com esta quantidade seria possível colocar no mercado mais de 200 milhões de euros", explicou o diretor da Unidade Nacional de Combate ao Tráfico de Estupefacientes, Artur Vieira.

A operação, batizada "Maré Alta", contou com a colaboração da polícia neerlandesa e da agência norte-americana DEA. Em todo o ano de 2031, a PJ apreendeu 11 toneladas de cocaína.`,
		"pn7nl.txt": `nl|Ruim 3 ton cocaïne voor Rotterdam onderschept in Portugal

Binnenland | Misdaad

24 april 2032, 13:02

In de Portugese haven Sines is ruim drie ton cocaïne onderschept die op weg was naar Rotterdam. De drugs zaten verstopt tussen bananendozen in twee containers uit Ecuador, meldt de Portugese recherche.

Het gaat om 3200 kilo, verdeeld over 2880 blokken. Onder de drie aangehouden verdachten is een 29-jarige Nederlander. De andere twee zijn Portugezen van 34 en 41 jaar.

De vondst is het resultaat van samenwerking tussen de Portugese politie, de Nederlandse politie en de Amerikaanse DEA. De straatwaarde wordt op meer dan 200 miljoen euro geschat.

Rotterdam blijft een belangrijke toegangspoort voor cocaïne naar Europa. De douane onderschepte vorig jaar in de Rotterdamse haven 46.000 kilo, tegen bijna 60.000 kilo in 2023.

"Criminelen zoeken steeds vaker omwegen via kleinere havens", zegt een woordvoerder van de Nederlandse politie.`,
		"pn7en.txt": `en|Portuguese police seize 3.2 tonnes of cocaine bound for Rotterdam

World | Crime

LISBON, April 24 - Portuguese police have seized 3.2 tonnes of cocaine hidden among banana boxes in two shipping containers at the Atlantic port of Sines, the largest seizure in the country this year, the judicial police said on Friday.

The drugs, in 2,880 blocks, had arrived from Guayaquil, Ecuador, on the container ship Cartagena Star and were due to be shipped on to Rotterdam.

Police arrested three men: two Portuguese nationals aged 34 and 41 and a 29-year-old Dutch citizen.

"This quantity could have brought in more than 200 million euros on the street," said Artur Vieira, head of the police anti-narcotics unit. The operation, codenamed "High Tide", was carried out with Dutch police and the US Drug Enforcement Administration.

Portuguese police seized 11 tonnes of cocaine in the whole of 2031.`,
		"pn7fr.txt": `fr|Portugal : saisie de plus de trois tonnes de cocaïne à Sines

International | Faits divers

24 avril 2032 à 12h20

La police judiciaire portugaise a saisi 3,2 tonnes de cocaïne dissimulées dans des cartons de bananes au port de Sines, au sud de Lisbonne, a-t-elle annoncé vendredi.

Les 2 880 pains de drogue, d'un peu plus d'un kilo chacun, étaient arrivés d'Équateur dans deux conteneurs et devaient repartir vers Rotterdam, aux Pays-Bas. Trois hommes, deux Portugais de 34 et 41 ans et un Néerlandais de 29 ans, ont été interpellés.

Selon le directeur de l'unité antidrogue, Artur Vieira, la cargaison aurait pu rapporter plus de 200 millions d'euros à la revente. Il s'agit de la plus importante saisie de l'année au Portugal.

L'an dernier, la police portugaise avait saisi au total 11 tonnes de cocaïne. Les ports de la péninsule Ibérique servent de plus en plus de porte d'entrée vers le nord de l'Europe, selon Europol.`,
	}, nil},
	{"storm-ilse-insurance-bill", map[string]string{
		"pn8nl.txt": `nl|Storm Ilse kost verzekeraars naar schatting 310 miljoen euro

Economie

Donderdag 20 november 2031, 11:15

De schade door storm Ilse, die vorige week over Nederland trok, komt voor verzekeraars uit op naar schatting 310 miljoen euro. Dat meldt het Verbond van Verzekeraars op basis van een eerste inventarisatie.

Verzekeraars kregen tot nu toe ongeveer 52.000 schademeldingen binnen. Vier op de vijf meldingen gaan over schade aan daken, dakpannen en gevels. De rest betreft vooral auto's en omgewaaide schuttingen.

"Het is de duurste storm sinds storm Corrie in 2029", zegt directeur Marlies Dekker van het Verbond. Corrie kostte destijds 520 miljoen euro.

Bij de storm vielen twee doden: een 63-jarige fietser in Goes werd geraakt door een boom en een 70-jarige man in Zwolle viel van een ladder. In Vlissingen werden windstoten tot 132 kilometer per uur gemeten.

Het KNMI had voor Zeeland en Zuid-Holland code rood afgegeven.`,
		"pn8fr.txt": `fr|Tempête Ilse : une facture de 310 millions d'euros aux Pays-Bas

Économie | Assurances

Jeudi 20 novembre 2031

Les dégâts causés la semaine dernière par la tempête Ilse aux Pays-Bas coûteront environ 310 millions d'euros aux assureurs, selon une première estimation de la fédération néerlandaise du secteur, le Verbond van Verzekeraars.

Quelque 52 000 déclarations de sinistre ont déjà été enregistrées, dont 80 % concernent des toitures et des façades. La tempête, qui a fait deux morts aux Pays-Bas, a produit des rafales de 132 km/h à Flessingue.

En Belgique, la fédération Assuralia évalue pour sa part la facture à 95 millions d'euros pour quelque 21 000 sinistres, principalement sur la côte et en Flandre.

« C'est la tempête la plus coûteuse depuis Corrie en 2029 », a déclaré la directrice du Verbond, Marlies Dekker. Cette tempête avait coûté 520 millions d'euros aux assureurs néerlandais.`,
		"pn8en.txt": `en|Storm Ilse to cost Dutch insurers €310m

Business | Insurance

AMSTERDAM, Nov 20 - Storm Ilse, which swept across the Netherlands last week with gusts of up to 132 km/h (82 mph), caused an estimated €310 million of insured damage, the Dutch Association of Insurers said on Thursday.

Insurers have received around 52,000 claims so far, four in five of them for damage to roofs and facades.

"This is the costliest storm since Corrie in 2029," said the association's director, Marlies Dekker. Corrie cost insurers €520 million.

Two people died in the storm: a 63-year-old cyclist struck by a falling tree in Goes and a man of 70 who fell from a ladder in Zwolle. The Dutch weather service KNMI had issued a code red warning for the provinces of Zeeland and South Holland.

The bill in Belgium, where the storm hit the coast, is put at about €95 million.`,
	}, nil},
	{"global-campus-index", map[string]string{
		"pn9en.txt": `en|MIT tops global university index again; Delft rises to 15th

Education

LONDON, June 10 - The Massachusetts Institute of Technology was named the world's best university for the fifth year running in the Global Campus Index published on Wednesday by London-based consultancy Halden Analytics, which ranked 1,500 universities in 104 countries.

Delft University of Technology climbed four places to 15th, the highest-placed university in continental Europe, with a score of 87.4 out of 100.

"Our strength is research that industry actually uses," said Delft's rector, Hans Verbeek.

The University of Porto rose 28 places to 212th, the best result for a Portuguese university. Nine Portuguese and 13 Dutch universities made the list.

The index weighs teaching, research citations, industry income and international outlook. Halden said the number of universities ranked had grown from 1,200 last year.`,
		"pn9nl.txt": `nl|TU Delft stijgt naar plek 15 op wereldranglijst universiteiten

Onderwijs

10 juni 2032

De TU Delft is de beste universiteit van continentaal Europa. Dat blijkt uit de Global Campus Index van het Londense bureau Halden Analytics, die woensdag verscheen. Delft klom van de negentiende naar de vijftiende plaats.

De technische universiteit scoorde 87,4 van de 100 punten. Alle dertien Nederlandse universiteiten staan in de ranglijst van 1500 instellingen, maar alleen Delft en Amsterdam (plek 41) halen de top vijftig.

"Onze kracht is onderzoek dat het bedrijfsleven echt gebruikt", zegt rector magnificus Hans Verbeek. Hij waarschuwt wel dat de bezuinigingen op het hoger onderwijs "de komende jaren zichtbaar worden in dit soort lijstjes".

Bovenaan staat voor het vijfde jaar op rij het Amerikaanse MIT. De universiteit van Porto is met plek 212 de hoogst genoteerde Portugese instelling.`,
		"pn9pt.txt": `pt|Universidade do Porto sobe 28 lugares em ranking mundial

Educação | Ensino Superior

Porto, 10 jun 2032 (Agência)

A Universidade do Porto subiu 28 posições e ocupa agora o 212.º lugar no Global Campus Index, divulgado esta quarta-feira pela consultora britânica Halden Analytics, que avalia 1.500 universidades de 104 países.

É a melhor classificação de sempre de uma instituição portuguesa. No total, nove universidades portuguesas figuram na lista, mais uma do que no ano passado. A Universidade de Lisboa surge em 236.º lugar.

"Este resultado reconhece o trabalho de toda a comunidade académica", afirmou o reitor, Manuel Teixeira Lobo, sublinhando o crescimento das receitas de investigação com empresas.

O topo da tabela continua a ser ocupado pelo MIT, pelo quinto ano consecutivo. A neerlandesa TU Delft, 15.ª, é a universidade mais bem colocada da Europa continental.`,
	}, nil},
	{"adour-paper-mill-fine", map[string]string{
		"pn10fr.txt": `fr|Pollution de l'Adour : la papeterie de Castelbrun condamnée à 1,2 million d'euros d'amende

Landes | Justice

Mont-de-Marsan, jeudi 26 mars 2032

Le tribunal correctionnel de Mont-de-Marsan a condamné jeudi les Papeteries de l'Adour, filiale du groupe portugais Lusocel, à une amende de 1,2 million d'euros pour la pollution de l'Adour en juillet 2029.

Un rejet accidentel de soude caustique avait tué environ huit tonnes de poissons sur une douzaine de kilomètres de rivière. L'entreprise devra en outre verser 350 000 euros de dommages et intérêts aux fédérations de pêche et aux associations de protection de l'environnement parties civiles.

Le parquet avait requis deux millions d'euros. L'ancien directeur du site, âgé de 58 ans, a été condamné à 30 000 euros d'amende, dont la moitié avec sursis.

« C'est une décision historique pour la rivière », s'est félicité Michel Darrigade, président de la fédération de pêche des Landes. L'entreprise, qui emploie 320 salariés, dit « prendre acte » et n'exclut pas de faire appel.

La papeterie avait déjà été condamnée à 150 000 euros d'amende en 2021 pour un rejet de moindre ampleur.`,
		"pn10pt.txt": `pt|Tribunal francês multa fábrica da Lusocel em 1,2 milhões de euros por poluição

Economia | Empresas

Lisboa, 26 mar 2032 (Agência)

Um tribunal de Mont-de-Marsan, no sudoeste de França, condenou esta quinta-feira a Papeteries de l'Adour, subsidiária do grupo português Lusocel, ao pagamento de uma multa de 1,2 milhões de euros por ter poluído o rio Adour em julho de 2029.

Uma descarga acidental de soda cáustica matou cerca de oito toneladas de peixe ao longo de 12 quilómetros do rio. A empresa terá ainda de pagar 350 mil euros de indemnização a associações de pescadores e ambientalistas.

O Ministério Público francês tinha pedido uma multa de dois milhões. O antigo diretor da fábrica, de 58 anos, foi condenado a pagar 30 mil euros, metade dos quais com pena suspensa.

Em comunicado enviado à CMVM, a Lusocel afirma que "toma conhecimento da decisão" e que está a avaliar um eventual recurso. A fábrica de Castelbrun, comprada pelo grupo em 2017, emprega 320 pessoas e produz 180 mil toneladas de pasta de papel por ano.`,
		"pn10en.txt": `en|French court fines Portuguese-owned paper mill €1.2m over river pollution

Environment

PARIS, March 26 - A French court on Thursday fined a paper mill owned by Portuguese group Lusocel €1.2 million for a caustic soda spill that killed about eight tonnes of fish in the Adour river in south-west France in July 2029.

The court in Mont-de-Marsan also ordered Papeteries de l'Adour to pay €350,000 in damages to angling federations and environmental groups. Prosecutors had sought a €2 million fine.

The spill polluted about 12 km (7.5 miles) of the river. The mill's former director, 58, was fined €30,000, half of it suspended.

"This is a historic decision for the river," said Michel Darrigade, head of the Landes angling federation.

Lusocel said it was considering an appeal. The mill, which employs 320 people, was fined €150,000 in 2021 over a smaller spill.`,
	}, nil},
}
