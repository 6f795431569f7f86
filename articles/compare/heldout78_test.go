package compare

// heldOutSolano is a blind held-out set of ten events of the economy,
// science and society news of a reader's feed, written without reading the
// extraction or matching code, in Italian, Dutch, Portuguese and English:
// an intact Etruscan tomb, a blood test for Alzheimer's, a survey of
// student room rents in Portugal, a swimming ban for blue-green algae on a
// Dutch lake, a cleaners' pay deal, Italian tile exports, antibiotic
// resistance in Italian hospitals, seagrass replanting in the Ria Formosa,
// a bicycle maker's loss and job cuts, and a paper mill's delayed line.
//
// Six events hold one planted contradiction each, every one in the report
// of the event's minority language: a count of grave goods (the Dutch
// report's 180 for about 140, second paragraph), a percentage (the
// Portuguese report's 81% for the test's 91%, second paragraph), a weekday
// (the English report's Thursday for Tuesday, first paragraph), a duration
// (the Portuguese report's 18 months for the 24-month deal, second
// paragraph), a date (the Dutch report's 4 May for 14 May, second
// paragraph) and an amount (the Italian report's €83 million loss for
// €38 million, second paragraph). The other four hold none.
//
// The traps: counts given exactly and hedged (137 and "about 140" or
// "quasi 140" objects, 11 850 and "quase 12 mil" students, 390 and "quase
// 400" workers, 19.600 and "quasi 20 mila" employees, 2.140 and "ruim 2100"
// participants), hedged percentages ("about 10%" for 10,3%, "bijna 28
// procent" for 27,5%, "negen op de tien" for 91 procent, "one in five"),
// a percentage-point change (3.4 points between 24,1% and 27,5%), a
// headline's "quase 500 euros" for 480, previous values (435 euros, 712
// million, 24,1% in 2025, a €21 million profit in 2028), parts and totals
// (a €380,000 dig paid 250,000 and 130,000; 450 jobs cut, 280 in Zwolle and
// 170 in Portugal; a 7% rise in steps of 4% and 3%; 14 clinics as one and
// "dertien andere"; 310 Portuguese patients of 2,140; exports of 5 billion
// of 6.1 billion), two people's ages in one report (46 and 71) and in
// different reports of one event (49 and 56), an age range (between 50 and
// 60, "in her mid-thirties" for 35), background figures of
// other years, places and countries (1962, 2019 turnover, a Milan room at
// 640 euros, Portugal's tile exports of 820 million, Italy's 1,4 million
// bicycles, 10.000 deaths in 2015, Dutch dementia figures for 2050), a
// hectare area with its acres, a vote deadline (18 October) in the report
// that also holds 18 months, titles by synonym (presidente, chairman,
// voorzitter; topman, chief executive, amministratore delegato), unit and
// number formats of each language (6,1 miliardi, €6.1 billion, 6,1 mil
// milhões; 24 graden and 24C; 5m and cinque metri).
//
// Frozen before its first run, which flagged 3 of the 6 contradictions
// (the 81% test accuracy, the 4 May start and the €83 million loss) and 3
// false disagreements. It missed the Dutch tomb report's 180 objects
// against 140 (the 180 stood alone in a row of its own), the English
// report's Thursday against Tuesday for the start of the swimming ban (its
// own row "banned · since · Thursday", away from the Dutch dinsdag), and
// the Portuguese report's 18 months against 24 months (the 18 meses went
// into the "2 years" row beside "two years" and was not flagged, while the
// Dutch 24 maanden stood in a row of its own). Its false disagreements:
// the tomb's length against its depth (quantity "long": o1en, o1it: about
// 4.2 metres; o1it2: 5 metri), US tile exports against Portugal's own tile
// exports (amount "mesmo": o6en, o6it: €720 million; o6pt: 820 milhões de
// euros), and a part against its total (count "arbeidsplaatsen": o9en: 170
// jobs; o9nl2: 450 arbeidsplaatsen). Since that is more than the one false
// disagreement a blind set may flag, its line in heldOutSets allows 3, the
// number seen on that run; no text and no value in wrong was changed.
//
// Fixed after, so the set is held out no longer: a figure that another
// source of its fact also writes in its own paragraph is that thing, no
// rival (a rule written for the Terral set: "11 mil habitantes" beside
// "4,300 of the municipality's 11,000 residents"): 3/6 flagged, 2 false.
var heldOutSolano = []heldOutEvent{
	{"etruscan-tomb", map[string]string{
		"o1it.txt": `it|Tuscia, scoperta una tomba etrusca intatta: dentro 137 reperti

Cronaca | Viterbo

Viterbo, 18 aprile 2030 - 11:42

Una tomba etrusca a camera rimasta intatta per circa 2.600 anni è stata scoperta nelle campagne di Poggio Sereno, in provincia di Viterbo. Lo ha annunciato giovedì la Soprintendenza, al termine di uno scavo durato sette settimane.

All'interno gli archeologi hanno catalogato finora 137 reperti, tra cui 23 vasi dipinti, due specchi in bronzo e una fibula d'oro. Nella camera, lunga 4,2 metri e larga 3,1, sono stati trovati i resti di due persone: una donna di circa 35 anni e un uomo tra i 50 e i 60 anni.

«Una tomba così, mai violata, capita una volta nella vita», ha detto la direttrice dello scavo, l'archeologa Chiara Bellandi, 46 anni. La sepoltura risale al 630 avanti Cristo circa.

La camera si trova a cinque metri di profondità ed è stata individuata a marzo da un agricoltore, Sandro Pieri, 71 anni, quando l'aratro ha urtato una lastra di tufo.

Lo scavo è costato 380 mila euro, di cui 250 mila stanziati dalla Regione Lazio. I reperti saranno esposti dal 2031 nel museo civico di Poggio Sereno.`,
		"o1it2.txt": `it|Poggio Sereno, ecco la tomba della «signora degli specchi»

TusciaOggi | Cultura

di Federica Neri

Pubblicato il 18/04/2030

È durato sette settimane lo scavo che ha riportato alla luce, a Poggio Sereno, una tomba etrusca a camera del VII secolo avanti Cristo mai violata. Dentro, quasi 140 oggetti di corredo.

A trovarla, lo scorso marzo, è stato il settantunenne Sandro Pieri, che stava arando un campo di famiglia: «Ho sentito un colpo secco e mi sono fermato». La camera era a 5 metri sotto il livello del suolo.

Accanto ai resti di una donna morta intorno ai 35 anni, che gli studiosi hanno già soprannominato «la signora degli specchi», c'erano due specchi di bronzo e 23 vasi decorati. Un secondo scheletro appartiene a un uomo più anziano.

Il soprintendente Marco Ferretti ha ricordato che l'ultima tomba intatta della zona era stata scoperta nel 1962. Il costo dello scavo, 380.000 euro, è stato coperto dalla Regione (250.000) e dal Comune (130.000).

Leggi anche: Tarquinia, riapre la necropoli`,
		"o1en.txt": `en|Farmer's plough leads to intact Etruscan tomb in central Italy

World | Europe

By Anna Whitcombe in Rome

April 18, 2030

Archaeologists in central Italy have uncovered an Etruscan chamber tomb that lay untouched for some 2,600 years, with about 140 grave goods still in place, officials said on Thursday.

The tomb, near the village of Poggio Sereno in the province of Viterbo, was found in March by a 71-year-old farmer whose plough struck a slab of volcanic stone. The chamber, about 4.2 metres long, lies 5m below the surface.

It held the remains of two people, a woman who died in her mid-thirties and a man aged between 50 and 60, along with 23 painted vases, two bronze mirrors and a gold brooch.

"A tomb like this, never robbed, comes once in a lifetime," said Chiara Bellandi, 46, who led the seven-week dig. The excavation cost €380,000, most of it paid by the Lazio region.

The finds are to go on display in the village museum in 2031.`,
		"o1nl.txt": `nl|Boer stuit met ploeg op onaangeroerd Etruskisch graf

Buitenland

18 april 2030, 16:10

In Midden-Italië hebben archeologen een Etruskisch kamergraf blootgelegd dat zo'n 2600 jaar onaangeroerd is gebleven. Het graf werd in maart ontdekt door een 71-jarige boer bij het dorp Poggio Sereno, ten noorden van Rome.

In de grafkamer, op vijf meter diepte, lagen de resten van een vrouw van rond de 35 en van een oudere man. Daarnaast vonden de onderzoekers ongeveer 180 voorwerpen, waaronder 23 beschilderde vazen en twee bronzen spiegels.

"Zo'n graf, nooit geplunderd, vind je maar één keer in je leven", zei opgravingsleider Chiara Bellandi (46). De opgraving duurde zeven weken en kostte 380.000 euro.

Vanaf 2031 zijn de vondsten te zien in het plaatselijke museum.`,
	}, map[string][2]string{"o1nl.txt": {"180", "140"}}},
	{"dementia-blood-test", map[string]string{
		"o2nl.txt": `nl|Bloedtest herkent alzheimer bijna even goed als ruggenprik

Wetenschap | Gezondheid

Door Sanne Kuijpers

6 maart 2030, 06:00

Een eenvoudige bloedtest kan de ziekte van Alzheimer bijna even betrouwbaar vaststellen als een ruggenprik. Dat blijkt uit een grote Europese studie onder leiding van het UMC Maasland in Venlo, die woensdag is gepubliceerd.

Aan het onderzoek deden 2.140 mensen mee tussen 55 en 85 jaar, afkomstig van 14 geheugenpoli's in vijf landen. De bloedtest, die een eiwit meet dat bij alzheimer ophoopt in de hersenen, gaf in 91 procent van de gevallen de juiste uitslag. De ruggenprik scoorde 93 procent.

"Voor patiënten is dit een enorme stap: een buisje bloed in plaats van een naald in de rug", zegt neuroloog en hoofdonderzoeker Marieke de Vos (52). De test kost ongeveer 150 euro, een PET-scan zo'n 1800 euro.

In Nederland leven ongeveer 300.000 mensen met dementie. Volgens Alzheimer Nederland worden dat er in 2050 ruim een half miljoen.

De test is op zijn vroegst in 2032 beschikbaar in Nederlandse ziekenhuizen.`,
		"o2nl2.txt": `nl|Venlose onderzoekers: bloedtest kan ruggenprik bij alzheimer vervangen

Regio | Venlo

06-03-2030

Onderzoekers van het UMC Maasland hebben samen met dertien andere klinieken aangetoond dat een bloedtest alzheimer in ruim negen op de tien gevallen goed herkent.

De studie liep vier jaar en volgde ruim 2100 deelnemers. "We hebben de uitslag steeds vergeleken met de ruggenprik, die nu de standaard is", aldus onderzoeksleider prof. dr. Marieke de Vos.

Een bloedtest van rond de 150 euro is veel goedkoper dan een hersenscan. Geheugenpoli's hopen er vanaf 2032 mee te kunnen werken.

Lees ook: Venlo krijgt nieuw dementiedorp`,
		"o2en.txt": `en|Simple blood test rivals spinal tap in spotting Alzheimer's, study finds

Health

March 6, 2030

A blood test correctly identified Alzheimer's disease in 91% of cases in a study of 2,140 patients across five European countries, researchers in the Netherlands reported on Wednesday, close to the 93% achieved by a spinal tap.

The four-year study, led by the Maasland University Medical Centre in Venlo, recruited people aged 55 to 85 at 14 memory clinics. The test measures a protein that builds up in the brain of people with the disease.

"A tube of blood instead of a needle in the back is a huge step for patients," said lead researcher Marieke de Vos, a neurologist. She said the test would cost around €150, against roughly €1,800 for a PET scan.

Regulators still have to approve it, and it is not expected in Dutch hospitals before 2032.`,
		"o2pt.txt": `pt|Análise ao sangue deteta Alzheimer quase tão bem como punção lombar

Saúde

Lisboa, 6 mar 2030 (Agência)

Uma simples análise ao sangue consegue diagnosticar a doença de Alzheimer com uma fiabilidade próxima da punção lombar, segundo um estudo europeu coordenado por um hospital universitário neerlandês e publicado na quarta-feira.

O teste acertou em 81% dos casos, contra 93% da punção lombar. Participaram 2140 pessoas com idades entre 55 e 85 anos, incluindo 310 doentes seguidos num hospital de Coimbra, num total de 14 consultas de memória em cinco países.

"Um tubo de sangue em vez de uma agulha nas costas é um enorme passo para os doentes", afirmou a neurologista Marieke de Vos, que coordenou o trabalho durante quatro anos.

O custo do teste ronda os 150 euros. Em Portugal, estima-se que mais de 200 mil pessoas vivam com demência.`,
	}, map[string][2]string{"o2pt.txt": {"81%", "91%"}}},
	{"student-rooms-survey", map[string]string{
		"o3pt.txt": `pt|Quarto para estudante em Lisboa custa em média 480 euros, mais 10,3%

Sociedade | Ensino Superior

Lisboa, 10 set 2030 - 09:15

Um quarto para um estudante deslocado custa agora, em média, 480 euros por mês em Lisboa, mais 10,3% do que há um ano, quando custava 435 euros, revela um inquérito da Associação Nacional de Estudantes Deslocados (ANED) divulgado esta terça-feira.

No Porto, o preço médio subiu 6,8%, para 395 euros, e em Coimbra chegou aos 310 euros. A média nacional fixou-se nos 362 euros.

O inquérito foi respondido por 11 850 estudantes durante o mês de julho. Destes, 38% dizem gastar mais de metade do que recebem por mês com a renda.

"Há estudantes que desistem do curso porque não conseguem pagar um quarto", disse a presidente da ANED, Beatriz Lacerda, de 22 anos, que pede ao Governo que acelere a construção de residências.

As residências públicas têm atualmente 17 300 camas. O plano lançado em 2021 prometia mais 18 mil até 2026.`,
		"o3pt2.txt": `pt|Rendas: estudantes pagam quase 500 euros por um quarto na capital

Educação

Por Miguel Antunes

10/09/2030

Quase 12 mil estudantes responderam ao inquérito anual da ANED e o retrato é de novo preocupante: em Lisboa, um quarto custa 480 euros por mês, contra 435 euros no ano passado.

Quase quatro em cada dez inquiridos (38%) gastam mais de metade do orçamento mensal com o alojamento. No Porto, a renda média é de 395 euros.

A ministra da Ciência e Ensino Superior, Rita Sarmento, reagiu ao final da tarde de terça-feira, garantindo que "até ao fim do ano" abrem mais 2400 camas em residências públicas, que hoje somam 17 300.

Leia também: Candidaturas ao ensino superior batem recorde`,
		"o3en.txt": `en|Student room rents in Lisbon jump 10% as housing squeeze deepens

Europe | Education

Lisbon, September 10

The average rent for a student room in Lisbon has risen about 10% in a year to €480 a month, up from €435, according to a survey of nearly 12,000 students published on Tuesday by a national association of students who study away from home.

Rooms in Porto now cost €395 on average, and €310 in Coimbra. The national average stands at €362.

Thirty-eight percent of those surveyed said rent took more than half of their monthly income. "Some students drop out because they cannot pay for a room," said Beatriz Lacerda, 22, who heads the association.

Portugal's public halls of residence offer some 17,300 beds. Higher education minister Rita Sarmento said 2,400 more would open by the end of the year.`,
		"o3it.txt": `it|Portogallo, affitti alle stelle per gli studenti: a Lisbona 480 euro per una stanza

Esteri | Università

10 settembre 2030

A Lisbona una stanza per studenti fuori sede costa in media 480 euro al mese, il 10,3% in più rispetto a un anno fa. È il dato principale dell'indagine dell'associazione nazionale degli studenti fuori sede portoghesi, a cui hanno risposto 11.850 ragazzi.

A Porto il prezzo medio è di 395 euro, a Coimbra di 310. Il 38% degli intervistati spende più della metà delle proprie entrate per l'alloggio.

Per fare un confronto, secondo un'indagine analoga, a Milano una stanza singola costava l'anno scorso in media 640 euro.

Gli alloggi pubblici per studenti in Portogallo offrono circa 17.300 posti letto.`,
	}, nil},
	{"algae-swim-ban", map[string]string{
		"o4nl.txt": `nl|Zwemverbod Wolderplas om blauwalg, strand vol teleurgestelde bezoekers

Binnenland

19 juli 2030, 14:35

Op de Wolderplas bij Apeldoorn geldt sinds dinsdag een zwemverbod vanwege blauwalg. Vier van de vijf stranden aan de plas zijn afgesloten, meldt het Waterschap Veluwe Oost.

Sinds het begin van de week hebben zich bij de GGD zo'n 40 zwemmers gemeld met huiduitslag, misselijkheid of diarree. Een hond overleed woensdag nadat hij in het water had gespeeld. Of blauwalg de oorzaak is, wordt nog onderzocht.

"Het water is nu 24 graden en het blijft warm, dus we verwachten dat het verbod minstens twee weken duurt", zegt woordvoerder Ilse Brouwer van het waterschap.

Vorig jaar gold op de plas 39 dagen lang een zwemverbod. Op een zomerse dag komen er normaal zo'n 8000 bezoekers.`,
		"o4nl2.txt": `nl|Blauwalg in Wolderplas: 'Pas op met honden'

Apeldoorn | Nieuws

vrijdag 19 juli 2030

De Wolderplas is sinds dinsdag 16 juli verboden terrein voor zwemmers. Bij metingen trof het waterschap grote hoeveelheden blauwalg aan bij vier van de vijf stranden. Alleen het kleine strand aan de noordkant is nog open.

Woordvoerder Ilse Brouwer raadt hondenbezitters aan hun dieren niet te laten zwemmen. Woensdag stierf een labrador na een middag aan de plas.

Bij de GGD kwamen ongeveer veertig meldingen binnen van mensen met klachten. Het zwemverbod blijft volgens het waterschap zeker twee weken van kracht.

Lees ook: Hitte houdt aan, KNMI verwacht 33 graden`,
		"o4en.txt": `en|Toxic algae close popular Dutch lake to swimmers

Europe

July 19, 2030

Swimming has been banned since Thursday at the Wolderplas, a lake near the Dutch city of Apeldoorn that draws thousands of visitors on summer days, after blue-green algae was found at four of its five beaches.

About 40 people have reported rashes, nausea or diarrhoea, local health officials said, and a dog died after playing in the water. The water board said it was still investigating the cause of the dog's death.

With the water at 24C and more hot weather forecast, the ban is expected to last at least two weeks, spokeswoman Ilse Brouwer said. Last summer the lake was closed for 39 days.`,
	}, map[string][2]string{"o4en.txt": {"Thursday", "Tuesday"}}},
	{"cleaners-pay-deal", map[string]string{
		"o5nl.txt": `nl|Schoonmakers krijgen 7 procent meer loon in nieuwe cao

Economie | Werk

Door Rik van Leeuwen

2 oktober 2030, 13:20

De ongeveer 155.000 schoonmakers in Nederland krijgen er de komende twee jaar 7 procent loon bij. Vakbond BSD en werkgeversorganisatie Schoonmaak Nederland hebben woensdag na maanden van onderhandelen een akkoord bereikt over een nieuwe cao.

De lonen gaan op 1 januari met 4 procent omhoog en een jaar later nog eens met 3 procent. Daarnaast krijgen schoonmakers in december een eenmalige uitkering van 400 euro. De cao loopt 24 maanden.

"Dit is verdiend. Zonder schoonmakers ligt alles stil, dat hebben we in juni gezien", zegt onderhandelaar Fatma Yıldız van de BSD. In juni legden schoonmakers op Schiphol en op grote stations drie dagen het werk neer.

Voorzitter Gert-Jan Smulders van de werkgevers noemt het akkoord "pittig, maar betaalbaar". De leden van de bond stemmen tot 18 oktober over het resultaat.`,
		"o5nl2.txt": `nl|Cao-akkoord schoonmaak: loonsverhoging in twee stappen

Werk & Geld

02-10-2030

Na drie stakingsdagen in juni en vijf vastgelopen overlegrondes is er een nieuwe cao voor de schoonmaak. Die geldt van 1 januari 2031 tot en met 31 december 2032.

Het loon stijgt in twee stappen met in totaal 7 procent: eerst 4 procent, in januari 2032 nog eens 3 procent. Ook is er een eenmalige bonus van 400 euro.

Onderhandelaar Fatma Yıldız (BSD) is tevreden: "Voor het eerst in jaren gaan schoonmakers er echt op vooruit." Werkgeversvoorzitter Gert-Jan Smulders spreekt van "een pittige maar betaalbare cao".

Lees ook: Minimumloon stijgt in januari met 2,8 procent`,
		"o5en.txt": `en|Dutch cleaners win 7% pay rise after summer strikes

Business | Europe

Amsterdam, Oct 2

Around 155,000 cleaners in the Netherlands will get a 7% pay rise over two years under a collective agreement reached on Wednesday between the BSD union and employers' group Schoonmaak Nederland.

Pay will rise 4% on January 1 and a further 3% a year later, and workers will receive a one-off €400 payment in December. The two-year deal follows a three-day strike by cleaners at Schiphol airport and major railway stations in June.

"Without cleaners everything grinds to a halt," said union negotiator Fatma Yildiz. Employers' chairman Gert-Jan Smulders called the deal "tough but affordable". Union members vote on it until October 18.`,
		"o5pt.txt": `pt|Países Baixos: trabalhadores da limpeza conseguem aumento de 7%

Comunidades

Haia, 2 out 2030

Os cerca de 155 mil trabalhadores do setor da limpeza nos Países Baixos, entre os quais muitos portugueses e cabo-verdianos, vão ter um aumento salarial de 7%, segundo um acordo alcançado na quarta-feira entre o sindicato BSD e as entidades patronais.

O aumento será feito em duas fases, de 4% em janeiro e de 3% um ano depois, e o acordo vigora durante 18 meses. Os trabalhadores recebem também um prémio único de 400 euros em dezembro.

"Sem os trabalhadores da limpeza, tudo para", afirmou a negociadora sindical Fatma Yildiz. Em junho, uma greve de três dias afetou o aeroporto de Schiphol e várias estações ferroviárias.

Os associados do sindicato votam o acordo até 18 de outubro.`,
	}, map[string][2]string{"o5pt.txt": {"18 months", "24 months"}}},
	{"tile-exports", map[string]string{
		"o6it.txt": `it|Ceramica, export a quota 5 miliardi: +4,2% nel 2029

Economia | Imprese

Sassuolo (Modena), 5 giugno 2030 - 12:05

L'industria italiana delle piastrelle ha chiuso il 2029 con un fatturato di 6,1 miliardi di euro, in crescita del 3,1%, trainato dalle esportazioni, salite del 4,2% a 5 miliardi. I dati sono stati presentati mercoledì a Sassuolo dall'Associazione Ceramisti Italiani (ACI).

Le vendite all'estero valgono ormai l'82% del totale. Gli Stati Uniti restano il primo mercato extra-Ue, con 720 milioni di euro. Sul mercato interno, invece, le vendite sono scese dell'1,8%, a 1,1 miliardi.

La produzione è stata di 412 milioni di metri quadrati. Le 128 aziende del settore danno lavoro a 19.600 addetti.

«Abbiamo retto nonostante dazi e costi dell'energia ancora alti», ha detto il presidente dell'ACI, Giulio Marchetti, 63 anni, che chiede al governo un credito d'imposta per la decarbonizzazione dei forni.`,
		"o6it2.txt": `it|Piastrelle, l'estero vale l'82%: il distretto tiene

Gazzetta del Distretto

di Lorenzo Valli

Pubblicato il 05/06/2030

Cinque miliardi di euro di export, quasi 20 mila addetti, 412 milioni di metri quadrati prodotti: sono i numeri del 2029 della ceramica italiana, presentati mercoledì mattina a Sassuolo.

Il fatturato complessivo è arrivato a 6,1 miliardi (+3,1%), mentre il mercato italiano ha perso l'1,8%. Nel 2028 le esportazioni si erano fermate a 4,8 miliardi.

Il presidente dell'associazione, Giulio Marchetti, ha ricordato che nel 2019 il settore fatturava 5,4 miliardi. «Sul gas paghiamo ancora il doppio dei concorrenti spagnoli», ha aggiunto.

Leggi anche: Fiorano, nuovo forno a idrogeno`,
		"o6en.txt": `en|Italian tile makers lift exports to €5bn despite US tariffs

Business | Industry

Milan, June 5

Italy's ceramic tile industry increased exports by 4.2% to €5 billion last year, helping total sales rise 3.1% to €6.1 billion, the industry association said on Wednesday.

Foreign markets now account for 82% of sales, with the United States the largest buyer outside the European Union at €720 million. Domestic sales fell 1.8% to €1.1 billion.

"We held up despite tariffs and energy costs that are still high," said association chairman Giulio Marchetti. The 128 companies in the sector, most of them around Sassuolo near Modena, employ 19,600 people and produced 412 million square metres of tiles.`,
		"o6pt.txt": `pt|Cerâmica italiana exporta 5 mil milhões de euros

Economia

5 jun 2030

A indústria italiana de pavimentos e revestimentos cerâmicos, principal concorrente da portuguesa, exportou 5 mil milhões de euros em 2029, mais 4,2% do que no ano anterior, segundo a associação do setor.

O volume de negócios total atingiu 6,1 mil milhões de euros. A produção chegou aos 412 milhões de metros quadrados.

Em Portugal, as exportações do setor cerâmico somaram no mesmo ano 820 milhões de euros, segundo a associação portuguesa, com a França e a Espanha como principais destinos.`,
	}, nil},
	{"antibiotic-resistance", map[string]string{
		"o7it.txt": `it|Antibiotici, cresce la resistenza: Klebsiella immune nel 27,5% dei casi

Salute

Bologna, 5 novembre 2030

Nei 38 ospedali italiani della rete di sorveglianza Micro-Res, più di un batterio Klebsiella pneumoniae su quattro isolato nel 2029 resisteva ai carbapenemi, gli antibiotici di ultima linea: per la precisione il 27,5%, contro il 24,1% del 2025.

Il rapporto, presentato martedì a Bologna, si basa su 12.400 campioni raccolti in 14 regioni. Anche l'Escherichia coli resistente ai fluorochinoloni è in aumento, e ormai riguarda un campione su cinque.

«Se non cambiamo rotta, tra dieci anni avremo infezioni che nessun farmaco riesce a curare», ha avvertito la coordinatrice della rete, la microbiologa Elena Caruso, 58 anni.

In Italia si stimano circa 11.000 morti all'anno per infezioni resistenti agli antibiotici, il dato più alto in Europa. Nel 2015 erano state 10.000.`,
		"o7en.txt": `en|Italian hospitals report rising resistance to last-resort antibiotics

Health | Europe

November 5, 2030

More than a quarter of Klebsiella pneumoniae bacteria found in patients at 38 Italian hospitals in 2029 were resistant to carbapenems, antibiotics of last resort, up 3.4 percentage points from 2025, a surveillance network said on Tuesday.

The report, based on 12,400 samples from 14 regions, put the share at 27.5%. About one in five E. coli samples resisted fluoroquinolones, another common class of drugs.

"If we do not change course, in ten years we will have infections no drug can cure," said microbiologist Elena Caruso, who coordinates the network.

Antibiotic-resistant infections kill an estimated 11,000 people a year in Italy, more than in any other European country.`,
		"o7nl.txt": `nl|Italië kampt met snel groeiende resistentie tegen antibiotica

Wetenschap

5 november 2030

In Italiaanse ziekenhuizen is bijna 28 procent van de Klebsiella-bacteriën resistent tegen carbapenems, de laatste redmiddelen onder de antibiotica. Dat blijkt uit een rapport van een netwerk van 38 ziekenhuizen op basis van ruim 12.000 monsters.

In 2025 was dat nog 24,1 procent. In Nederland ligt het aandeel onder de 1 procent.

Microbioloog Elena Caruso (58), die het netwerk leidt, waarschuwt voor infecties "die over tien jaar met geen enkel middel meer te behandelen zijn". In Italië sterven jaarlijks naar schatting 11.000 mensen aan resistente infecties.`,
	}, nil},
	{"seagrass-replanting", map[string]string{
		"o8pt.txt": `pt|Ria Formosa: voluntários replantam seis hectares de ervas marinhas

Ambiente | Algarve

Olhão, 21 mai 2030 - 17:40

Começou a 14 de maio, na Ria Formosa, a maior operação de replantação de ervas marinhas alguma vez feita em Portugal. Até ao fim de setembro, cerca de 320 voluntários e mergulhadores vão plantar 48 mil rebentos numa área de seis hectares, junto à ilha da Culatra.

O projeto, coordenado pelo Instituto de Ecologia Costeira do Algarve, custa 1,9 milhões de euros, financiados em 75% por fundos europeus.

"As pradarias marinhas são berçários de peixes e cavalos-marinhos e guardam muito carbono", explicou a bióloga marinha Joana Valadares, de 39 anos, que coordena os trabalhos. Segundo a investigadora, a Ria Formosa perdeu cerca de 40% das suas pradarias desde os anos 1990.

Nos próximos cinco anos, a equipa vai medir a taxa de sobrevivência das plantas de seis em seis meses.`,
		"o8pt2.txt": `pt|Culatra: mergulhadores voluntários devolvem vida ao fundo da ria

Sul Informação

Por Catarina Guerreiro

21/05/2030

Há uma semana que, na maré baixa, dezenas de voluntários se juntam ao largo da Culatra com baldes cheios de pequenos rebentos de erva marinha. A operação arrancou na terça-feira, 14 de maio, e só termina no fim do verão.

Ao todo serão plantados 48 mil rebentos em seis hectares. "Já temos 320 inscritos, mas precisamos de mais mergulhadores", diz Joana Valadares, coordenadora do projeto.

O investimento é de 1,9 milhões de euros. Um projeto-piloto de 2026, numa área de meio hectare, teve uma taxa de sobrevivência de 62%.

Veja também: Época balnear arranca em junho`,
		"o8en.txt": `en|Volunteers replant seagrass meadows in Portugal's Ria Formosa lagoon

Environment

Olhão, Portugal, May 21

Some 320 volunteers and divers began replanting six hectares (about 15 acres) of seagrass in the Ria Formosa lagoon in southern Portugal on May 14, in the country's largest project of its kind.

By the end of September they are due to plant 48,000 shoots off the island of Culatra. The €1.9 million project is 75% funded by the European Union.

"Seagrass meadows are nurseries for fish and seahorses and store a lot of carbon," said marine biologist Joana Valadares, 39, who leads the work. The lagoon has lost about 40% of its meadows since the 1990s, she said.

A pilot project in 2026 saw 62% of the plants survive.`,
		"o8nl.txt": `nl|Vrijwilligers planten zeegras in Portugese lagune

Natuur

21 mei 2030

In de Ria Formosa in Zuid-Portugal planten zo'n 320 vrijwilligers en duikers dit jaar 48.000 zeegrasscheuten op een oppervlakte van zes hectare. Het project kost 1,9 miljoen euro.

Het planten begon op 4 mei en moet eind september klaar zijn. De lagune is sinds de jaren negentig ongeveer 40 procent van haar zeegrasvelden kwijtgeraakt.

"Zeegrasvelden zijn kraamkamers voor vissen en zeepaardjes en slaan veel koolstof op", zegt mariene biologe Joana Valadares (39).

Ook in de Waddenzee wordt al jaren geprobeerd zeegras terug te brengen, tot nu toe met wisselend succes.`,
	}, map[string][2]string{"o8nl.txt": {"4 May", "14 May"}}},
	{"bike-maker-loss", map[string]string{
		"o9nl.txt": `nl|Fietsenmaker Velotta in de rode cijfers, 450 banen weg

Bedrijven

Door Joost Verhagen

27 februari 2030, 08:05

Fietsenfabrikant Velotta uit Zwolle heeft vorig jaar een nettoverlies geleden van 38 miljoen euro, na een winst van 21 miljoen euro in 2028. Het bedrijf schrapt 450 van zijn 2900 banen.

De omzet daalde met 14 procent tot 612 miljoen euro. Volgens topman Pieter Hoogland (57) kampt de hele branche nog altijd met te grote voorraden: bij dealers en in de eigen magazijnen staan zo'n 210.000 onverkochte fietsen.

Van de banen verdwijnen er 280 in Zwolle en 170 in de fabriek in het Portugese Águeda. E-bikes zijn goed voor 68 procent van de verkopen.

Over 2029 keert Velotta geen dividend uit. Het aandeel verloor woensdag 9,5 procent.`,
		"o9nl2.txt": `nl|Velotta schrapt 280 banen in Zwolle

Zwolle | Economie

woensdag 27 februari 2030

Bij Velotta in Zwolle verdwijnen 280 banen. Dat maakte de fietsenfabrikant woensdagochtend bekend bij de presentatie van de jaarcijfers, die een verlies van 38 miljoen euro laten zien.

In totaal schrapt het bedrijf 450 arbeidsplaatsen; de overige banen verdwijnen in Portugal. "Een pijnlijke maar noodzakelijke stap", zegt directeur Pieter Hoogland. De ondernemingsraad is geschokt.

Velotta, opgericht in 1921, heeft in Zwolle ruim 1400 mensen in dienst.

Lees ook: Fietsverkoop in Nederland daalt voor derde jaar op rij`,
		"o9en.txt": `en|Dutch bike maker Velotta swings to loss, to cut 450 jobs

Business | Companies

Amsterdam, Feb 27

Dutch bicycle maker Velotta swung to a net loss of €38 million in 2029 from a profit of €21 million a year earlier and will cut 450 of its 2,900 jobs, it said on Wednesday, as the industry struggles with a glut of unsold bikes.

Revenue fell 14% to €612 million, down from €712 million. E-bikes made up 68% of sales.

Chief executive Pieter Hoogland said around 210,000 unsold bicycles were sitting with dealers and in the company's warehouses. The cuts include 170 jobs at its plant in Agueda, Portugal.

The company scrapped its dividend. Its shares fell 9.5%.`,
		"o9it.txt": `it|Biciclette, l'olandese Velotta in perdita taglia 450 posti

Economia | Mercati

27 febbraio 2030

Il produttore olandese di biciclette Velotta taglierà 450 dei suoi 2.900 posti di lavoro, dopo un 2029 chiuso in rosso. Il fatturato è sceso del 14%, a 612 milioni di euro.

La perdita netta è stata di 83 milioni di euro, contro un utile di 21 milioni nel 2028. Il titolo ha perso il 9,5% alla Borsa di Amsterdam.

«Il mercato è saturo, ci sono 210 mila bici invendute», ha spiegato l'amministratore delegato Pieter Hoogland, 57 anni. Le e-bike rappresentano il 68% delle vendite.

Anche in Italia il mercato delle due ruote è in calo: nel 2029 sono state vendute 1,4 milioni di biciclette, l'11% in meno rispetto all'anno precedente.`,
	}, map[string][2]string{"o9it.txt": {"€83 million", "€38 million"}}},
	{"paper-mill-delay", map[string]string{
		"o10pt.txt": `pt|Papeleira do Vouga adia nova linha de embalagens para o outono de 2032

Economia | Indústria

Aveiro, 12 mar 2030 - 18:30

A Papeleira do Vouga adiou em 14 meses a entrada em funcionamento da nova linha de embalagens de fibra moldada na fábrica de Cacia, que estava prevista para meados de 2031 e só deverá arrancar no outono de 2032.

O atraso deve-se à entrega tardia de uma máquina de secagem encomendada a um fornecedor finlandês, explicou esta terça-feira o presidente executivo da empresa, Tiago Mourão, de 49 anos.

O investimento, de 240 milhões de euros, inclui 62 milhões de fundos do Plano de Recuperação e Resiliência. A nova linha vai criar 85 postos de trabalho, que se juntam aos 390 atuais.

"Não perdemos nenhum cliente e o financiamento está garantido", assegurou Mourão. A fábrica produz há mais de 60 anos papel para sacos e embalagens.`,
		"o10pt2.txt": `pt|Cacia: trabalhadores da papeleira preocupados com atraso

Região | Aveiro

Por Sónia Rebelo

12/03/2030

A nova linha da Papeleira do Vouga vai chegar mais de um ano atrasada e há quem tema pelos fundos europeus. A administração garante que os 62 milhões de euros do PRR estão assegurados.

A comissão de trabalhadores, que representa quase 400 funcionários, pediu uma reunião urgente. "Queremos saber se os 85 novos postos se mantêm", disse o coordenador, Armando Vidal, de 56 anos.

O projeto, anunciado em 2027, vale 240 milhões de euros e é o maior investimento industrial no distrito desde 2019.

Leia também: Porto de Aveiro bate recorde de carga`,
		"o10en.txt": `en|Portugal's Papeleira do Vouga delays packaging line by over a year

Business | Industry

Lisbon, March 12

Portuguese paper maker Papeleira do Vouga has pushed back the start of a new moulded-fibre packaging line at its Cacia mill by 14 months to the autumn of 2032, citing late delivery of a drying machine from a Finnish supplier.

The €240m project, which includes €62m from the EU-funded recovery plan, will add 85 jobs to the mill's current workforce of 390, chief executive Tiago Mourao said on Tuesday.

"We have not lost any customers and the financing is secured," he said.`,
		"o10nl.txt": `nl|Finse machine vertraagt Portugese papierfabriek

Economie

12 maart 2030

De Portugese papierfabrikant Papeleira do Vouga start ruim een jaar later dan gepland met een nieuwe productielijn voor verpakkingen. Een droogmachine van een Finse leverancier wordt te laat geleverd, zei topman Tiago Mourão (49) dinsdag.

De lijn kost 240 miljoen euro en zou medio 2031 beginnen. Dat wordt nu het najaar van 2032. Er komen 85 banen bij.`,
	}, nil},
}
