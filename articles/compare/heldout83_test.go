package compare

// heldOutPontias is a blind held-out set written without reading the
// extraction or the matching code, in the mix of politics, public services
// and disasters a reader's feed holds: a flood relief package in Wallonia,
// an ambulance technicians' strike in Portugal, a cut to the French culture
// budget, a town council coalition deal in the Netherlands, a tailings dam
// leak in Brazil, a prison guards' strike in Belgium, the night closure of
// a French emergency department, an emergency asylum shelter opening in the
// Netherlands, the Azores regional budget voted down and the closure of
// police stations in Hainaut. Reports are in French, Dutch, Portuguese and
// English.
//
// Six events hold one planted contradiction each, five of them outside the
// first paragraph and five in a report whose language is the minority of
// its event: the Dutch report of the flood relief gives six weeks to file
// a claim against eight (third paragraph), the English report of the
// culture cut 48 monuments whose restoration is put off against 38 (fourth
// paragraph), the English report of the coalition deal the new housing
// alderwoman's age as 44 against 41 (third paragraph), the French report of
// the tailings leak 21 km run by the mud against 12 km (third paragraph),
// the Dutch report of the emergency department closure a start on 1 June
// against 1 July (first paragraph), and the second Portuguese report of the
// Azores budget the vote on Thursday against Wednesday (third paragraph).
// The ambulance strike, the prison strike, the asylum shelter and the police
// stations hold none. The traps: the parts of the €310 million package and
// the €520 million bill with 60% paid by insurers in two reports and the
// uninsured 40% in another, "moins de trois mois" beside the eight weeks;
// 48 hours against "dois dias", "nearly 1,200" against 1150 technicians,
// the 2019 strike of 24 hours, the 4.5% offer up from 3%; "environ 200
// millions" against the 204 million cut, the Pass Culture falling from 240
// to 180 million or "d'un quart", a dollar conversion, 12% and 5% beside
// 2.6%; "elf weken" against "ruim twee maanden", two ages (41, 63), 21 seats
// of the last coalition beside 23; 1.76 against "about 1.8" million m³, a
// 42 m dam, 3 km in 2017 and the 2015 and 2019 disasters' deaths; 620
// inmates for 480 places, 140 over, 29% against "près de 30 %", eleven
// guards attacked this year and three this month; five doctors left of
// fourteen posts with nine vacant, Ieper at 18 km and Armentières at 25 km,
// "une vingtaine" patients a night; €2,500 a place against €1 million a
// year, Ter Apel's 2,300 against its 2,000 places, ages 58 and 71; 29 of 57
// and 29 to 28 votes, €3.4 billion debt beside the €2.1 billion budget,
// ages 61 and 45; five of nine stations closing and four kept, 181
// officers for 212 posts with 31 missing, a mother of 84 and a mayor of 52.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and
// 2 false disagreements. It missed the French tailings report's 21 km
// against 12 km (the 21 km the mud "a parcouru" stayed a fact of its own
// apart from the 12 km of the Portuguese reports) and the second Portuguese
// Azores report's Thursday against Wednesday (the "votação de quinta-feira"
// stayed apart from the day the budget "foi chumbado"). Its false
// disagreements were the flood relief's percent "pay out": about 60% in
// the English and first French reports against "environ 40 %" in the second
// French one (the uninsured share set against the insured share), and the
// culture cut's amount "besparen": the 180 million euros of the English and
// first French reports (the Pass Culture's new budget) against "environ 200
// millions d'euros" and the Dutch 204 miljoen euro (the cut itself). So the
// run failed the limit of one false disagreement, and the set's line in
// heldOutSets allows the 2 it flagged. No value of wrong was respelled.
//
// Fixed after, so the set is held out no longer: the figures of a sentence
// about next year are plans: 4/6 flagged, 1 false.
var heldOutPontias = []heldOutEvent{
	{"ourthelle-flood-relief", map[string]string{
		"p1fr.txt": `fr|Inondations dans la vallée de l'Ourthelle : Namur débloque 310 millions d'euros

Belgique | Wallonie

Publié le 13/06 à 07h45 Par Caroline Dufays

Le gouvernement wallon a approuvé jeudi un plan d'aide de 310 millions d'euros pour les sinistrés des inondations qui ont frappé la vallée de l'Ourthelle, en province de Liège, à la mi-mai. Quelque 4 300 ménages répartis dans neuf communes sont concernés.

L'essentiel de l'enveloppe, 120 millions, ira à la réparation des logements. Les communes recevront 75 millions pour remettre en état routes et ponts, les entreprises 40 millions, et 75 millions seront consacrés à de nouveaux ouvrages de protection contre les crues.

Chaque ménage pourra recevoir jusqu'à 25 000 euros pour les dégâts non couverts par son assurance. « Personne ne doit rester seul face à la facture », a déclaré le ministre-président Jean-Marc Dessart.

Les dégâts sont estimés à 520 millions d'euros, dont environ 60 % devraient être pris en charge par les assureurs. La plateforme de demande ouvrira le 23 juin et restera accessible pendant huit semaines.

Lire aussi : Ourthelle, un mois après la crue`,
		"p1fr2.txt": `fr|Crue de l'Ourthelle : jusqu'à 25 000 euros par ménage sinistré

Info | Régions | Liège

Les sinistrés de la crue de mai pourront introduire leur demande d'aide dès le 23 juin. Le gouvernement wallon a validé ce jeudi une enveloppe globale de 310 millions d'euros, dont 120 millions pour les habitations.

Le plafond est fixé à 25 000 euros par ménage. Seuls les dommages que l'assurance ne rembourse pas sont pris en compte, soit environ 40 % d'une facture totale évaluée à 520 millions d'euros.

La ministre des Pouvoirs locaux, Sophie Lambotte, précise que les neuf communes touchées se partageront 75 millions d'euros. « Les dossiers seront traités en moins de trois mois », promet-elle.

Les habitants disposent de huit semaines pour introduire leur dossier sur la plateforme régionale. Lors des inondations de juillet 2021, la Région avait dû mobiliser plus de 2 milliards d'euros.`,
		"p1en.txt": `en|Wallonia approves €310m flood relief for Ourthelle valley

By Staff Writer | 12 June

The Walloon government on Thursday signed off on a €310m aid package for victims of last month's floods in the Ourthelle valley, where around 4,300 households in nine municipalities were hit.

Households will be able to claim up to €25,000 each for damage not covered by insurance. Insurers are expected to pay out about 60% of the estimated €520m bill.

Of the total, €120m is earmarked for repairs to homes, €75m for local authorities, €40m for businesses and another €75m for new flood defences, Minister-President Jean-Marc Dessart told reporters in Namur.

Applications open on 23 June and can be filed online for eight weeks.`,
		"p1nl.txt": `nl|Waalse regering trekt 310 miljoen euro uit voor overstroming Ourthelle

Binnenland

De Waalse regering heeft donderdag een steunpakket van 310 miljoen euro goedgekeurd voor de slachtoffers van de overstromingen in de vallei van de Ourthelle, in de provincie Luik. Midden mei kwamen daar zo'n 4.300 gezinnen in negen gemeenten onder water te staan.

Gezinnen kunnen tot 25.000 euro krijgen voor schade die de verzekering niet dekt. De totale schade wordt op 520 miljoen euro geraamd.

Aanvragen kunnen vanaf 23 juni gedurende zes weken online worden ingediend, zei Waals minister-president Jean-Marc Dessart.

Van het pakket gaat 120 miljoen naar het herstel van woningen en 75 miljoen naar de getroffen gemeenten.`,
	}, map[string][2]string{"p1nl.txt": {"6 weeks", "8 weeks"}}},
	{"ambulance-technicians-strike", map[string]string{
		"p2pt.txt": `pt|Técnicos de emergência em greve de 48 horas a partir de terça-feira

Lisboa, 12 mai (Lusa) - Os técnicos de emergência pré-hospitalar do Instituto de Emergência e Socorro (IES) iniciam às 08:00 de terça-feira uma greve de 48 horas, convocada pelo Sindicato dos Técnicos de Emergência (STE), que exige um aumento salarial de 15%.

O Governo propôs na semana passada uma subida de 4,5%, acima dos 3% que tinha oferecido em março, proposta que o sindicato considerou "insuficiente".

"Um técnico em início de carreira ganha 1.020 euros brutos por mês. Não é possível continuar assim", disse à Lusa o presidente do STE, Rui Valadares.

O tribunal arbitral fixou serviços mínimos que obrigam a manter em funcionamento 60% das ambulâncias. O IES recebe, em média, cerca de 3.800 chamadas por dia.

A greve termina às 08:00 de quinta-feira.`,
		"p2pt2.txt": `pt|Greve nas ambulâncias: sindicato garante adesão "massiva"

Sociedade | Saúde

Por Marta Quintela

A partir de amanhã e durante dois dias, grande parte das ambulâncias do IES deverá ficar parada. O STE, que representa cerca de 1150 dos 1640 técnicos do instituto, espera uma adesão "massiva".

Em causa está a revisão da tabela salarial. O sindicato pede mais 15%; o Executivo não vai além dos 4,5%.

A secretária de Estado da Saúde, Inês Portela, lembrou que os serviços mínimos — 60% da frota — garantem a resposta às ocorrências mais graves. "Nenhuma chamada urgente ficará sem resposta", afirmou.

Rui Valadares, de 47 anos, técnico há 22, lembra que a última greve, em 2019, durou apenas 24 horas. "Desta vez é diferente."`,
		"p2en.txt": `en|Ambulance crews begin two-day strike over pay

Portugal | News

Ambulance technicians at Portugal's emergency medical institute IES walk out on Tuesday morning for 48 hours, demanding a 15% pay rise.

The STE union, which says it represents nearly 1,200 of the institute's roughly 1,640 technicians, rejected a government offer of 4.5%. A starting technician earns €1,020 gross a month.

Minimum services require 60% of ambulances to stay on the road. The service handles an average of 3,800 calls a day.

Union president Rui Valadares, 47, said members were "exhausted".`,
	}, nil},
	{"culture-ministry-budget-cut", map[string]string{
		"p3fr.txt": `fr|Budget 2032 : la culture perd 204 millions d'euros

Culture | Politique culturelle

Par Agathe Rivoire

Publié aujourd'hui à 06h30, modifié à 08h12

Le projet de loi de finances présenté mercredi prévoit une baisse de 204 millions d'euros des crédits du ministère de la Culture, soit un recul de 2,6 %. Le budget de la Rue de Valois s'établira à 7,6 milliards d'euros, contre 7,8 milliards cette année.

Le pass Culture est le plus touché : son enveloppe passe de 240 à 180 millions d'euros. Quelque 140 festivals perdront par ailleurs leur subvention de l'Etat.

« Nous faisons des choix, pas des coupes aveugles », a défendu la ministre, Claire Vautrin, 54 ans, devant la presse.

Le chantier de restauration de 38 monuments historiques sera reporté d'un an. L'examen du texte à l'Assemblée nationale débutera le 21 octobre.`,
		"p3fr2.txt": `fr|Culture : les festivals en première ligne face aux économies

Le ministère de la Culture devra économiser environ 200 millions d'euros l'an prochain. Selon le projet de budget dévoilé mercredi, près de 140 festivals seront privés d'aides de l'Etat.

« C'est un coup très dur pour les territoires ruraux », réagit Bastien Ollier, délégué général du syndicat des festivals indépendants, qui rappelle que l'Etat finance en moyenne 12 % du budget de ces manifestations.

Le pass Culture voit sa dotation réduite d'un quart. Les subventions aux théâtres nationaux baissent de 5 %.

La ministre Claire Vautrin assure que l'entretien des monuments est « préservé », même si 38 chantiers de restauration sont décalés à 2033.`,
		"p3en.txt": `en|France to cut culture budget by 2.6% in 2032 spending plan

PARIS, Oct 1 (Reuters) - France's culture ministry will see its budget cut by 204 million euros ($232 million) next year, or 2.6%, to 7.6 billion euros, according to the draft budget presented on Wednesday.

Funding for the Pass Culture, a smartphone app giving young people money to spend on books, concerts and films, will fall to 180 million euros from 240 million.

About 140 festivals will lose state subsidies, the ministry said.

Culture Minister Claire Vautrin, 54, told reporters the government was making "choices, not blind cuts". Restoration work on 48 historic monuments will be postponed by a year.

(Reporting by Léa Marchand; Editing by Tom Hale)`,
		"p3nl.txt": `nl|Franse regering snoeit 204 miljoen euro in cultuurbudget

Buitenland

Het Franse ministerie van Cultuur moet volgend jaar 204 miljoen euro besparen, blijkt uit de begroting die de regering woensdag presenteerde. Dat is een daling met 2,6 procent, tot 7,6 miljard euro.

Vooral de Pass Culture, een app waarmee jongeren cultuur kunnen kopen, moet inleveren: het budget zakt van 240 naar 180 miljoen euro. Ongeveer 140 festivals verliezen hun subsidie.

Minister Claire Vautrin (54) spreekt van 'keuzes, geen blinde besparingen'.`,
	}, map[string][2]string{"p3en.txt": {"48", "38"}}},
	{"merwedam-coalition-deal", map[string]string{
		"p4nl.txt": `nl|Coalitieakkoord Merwedam rond: 4500 woningen en hogere ozb

Merwedam | Politiek

Door Sanne Kool

Na elf weken onderhandelen hebben Stadsbelang Merwedam, GroenLinks-PvdA, D66 en het CDA dinsdagavond hun coalitieakkoord gepresenteerd. De vier partijen hebben samen 23 van de 39 zetels in de gemeenteraad.

Het akkoord, getiteld 'Samen verder bouwen', belooft 4500 nieuwe woningen tot 2030, waarvan 30 procent sociale huur. Om dat te betalen gaat de onroerendezaakbelasting volgend jaar met 3,5 procent omhoog.

Stadsbelang-lijsttrekker Femke Dijkhuis (41) wordt wethouder Wonen. 'Dit is geen luxe, dit is noodzaak,' zei ze.

Het nieuwe college telt vijf wethouders, één meer dan het vorige. Dat steunde op 21 zetels.

Reageren? Mail de redactie.`,
		"p4nl2.txt": `nl|Merwedam heeft nieuw college: vier partijen, vijf wethouders

Ruim twee maanden na de gemeenteraadsverkiezingen van 18 maart ligt er in Merwedam een coalitieakkoord. Stadsbelang, met negen zetels de grootste partij, gaat samen met GroenLinks-PvdA, D66 en CDA.

De coalitie heeft een krappe meerderheid van 23 zetels. Oppositieleider Harm Venema (VVD, 63) noemt de belastingverhoging van 3,5 procent 'een greep in de portemonnee van de Merwedammer'.

De nieuwe wethouders worden volgende week donderdag geïnstalleerd. Femke Dijkhuis neemt de portefeuille wonen voor haar rekening.`,
		"p4en.txt": `en|Merwedam parties agree four-way coalition after 11 weeks of talks

Four parties in the South Holland town of Merwedam have agreed to form a coalition with a slim majority of 23 of the 39 seats on the council, ending 11 weeks of negotiations.

The deal promises 4,500 new homes by 2030, 30% of them for social rent, paid for in part by a 3.5% rise in property tax.

Femke Dijkhuis, 44, leader of the largest party Stadsbelang, will become housing alderwoman. Opposition leader Harm Venema, 63, of the VVD criticised the tax rise.

The new executive will have five aldermen, up from four.`,
	}, map[string][2]string{"p4en.txt": {"44 years", "41 years"}}},
	{"tailings-dam-leak-minas", map[string]string{
		"p5pt.txt": `pt|Barragem de rejeitos se rompe parcialmente em Santa Rita do Ribeirão (MG); 340 pessoas são retiradas

Minas Gerais

Por g1 Minas — Belo Horizonte

Um dique da barragem de rejeitos da mina de minério de ferro da Mineração Serra do Tanque se rompeu parcialmente na madrugada deste sábado em Santa Rita do Ribeirão, na Região Central de Minas. Cerca de 340 moradores de duas comunidades foram retirados de casa pela Defesa Civil.

Segundo a empresa, cerca de 1,76 milhão de metros cúbicos de rejeitos vazaram. A lama percorreu 12 quilômetros pelo córrego das Lajes até chegar ao rio Ibituruna.

Não houve mortes. Dois funcionários tiveram ferimentos leves.

O órgão ambiental do estado aplicou multa de R$ 45 milhões à mineradora. O abastecimento de água de 18 mil moradores da cidade foi suspenso por tempo indeterminado.`,
		"p5pt2.txt": `pt|Lama de mineradora chega ao rio Ibituruna e deixa 18 mil sem água

Gerais

A mancha de rejeitos que vazou da barragem B2 da Mineração Serra do Tanque já alcançou o rio Ibituruna, a 12 km da estrutura. A barragem, de 42 metros de altura, foi construída em 1998 e estava classificada como de alto risco desde 2022.

"Estamos fazendo tudo para minimizar os danos", disse o diretor-presidente da empresa, Augusto Prates. A mineradora afirma que o volume liberado corresponde a menos de 15% do reservatório.

O Ministério Público abriu inquérito. Em 2017, um vazamento menor na mesma mina havia atingido 3 km do córrego.`,
		"p5en.txt": `en|Brazil mining dam partially bursts, hundreds evacuated

SAO PAULO, May 10 (Reuters) - A dike at an iron ore tailings dam owned by Mineração Serra do Tanque partially burst early on Saturday in the Brazilian state of Minas Gerais, forcing the evacuation of around 340 people, civil defense officials said.

The company said about 1.8 million cubic meters of mining waste had leaked. No deaths were reported and two workers suffered minor injuries.

State environmental regulators fined the miner 45 million reais ($8.2 million). Water supply to some 18,000 residents of Santa Rita do Ribeirão was cut off.`,
		"p5fr.txt": `fr|Brésil : rupture partielle d'un barrage minier, 340 personnes évacuées

RIO DE JANEIRO, 10 mai (AFP) - La rupture partielle d'une digue d'un barrage de résidus miniers a contraint samedi quelque 340 personnes à quitter leur domicile dans l'Etat du Minas Gerais, dans le sud-est du Brésil, selon la défense civile.

Aucun mort n'a été signalé, mais deux employés ont été légèrement blessés.

La coulée de boue a parcouru 21 kilomètres le long d'un cours d'eau avant d'atteindre la rivière Ibituruna, privant d'eau potable quelque 18 000 habitants.

Le Minas Gerais reste marqué par les catastrophes de Mariana, en 2015, et de Brumadinho, en 2019, qui avaient fait 19 et 270 morts.`,
	}, map[string][2]string{"p5fr.txt": {"21 km", "12 km"}}},
	{"prison-guards-strike-wervenbeek", map[string]string{
		"p6nl.txt": `nl|Cipiers gevangenis Wervenbeek 24 uur in staking na nieuwe agressie

Regio | Wervenbeek

Het personeel van de gevangenis van Wervenbeek legt sinds maandagavond 22 uur het werk neer. De staking duurt 24 uur. Aanleiding is een aanval op een cipier zondag, de derde in een maand tijd.

In de gevangenis, gebouwd voor 480 gedetineerden, zitten momenteel 620 mensen opgesloten. 'Er slapen 38 mannen op een matras op de grond', zegt vakbondsafgevaardigde Kris Mertens.

De politie verzekert de minimale dienstverlening. Bezoek en wandelingen zijn geschrapt.

Minister van Justitie Annelies Verlinde belooft 40 extra cipiers tegen september.`,
		"p6nl2.txt": `nl|Staking in overvolle gevangenis van Wervenbeek

De cipiers van de gevangenis van Wervenbeek staken tot dinsdagavond. De overbevolking loopt er op tot 29 procent: er zijn 140 gedetineerden meer dan er plaatsen zijn.

Volgens de vakbonden is de situatie onhoudbaar. Sinds begin dit jaar werden al elf cipiers aangevallen, drie van hen in de afgelopen maand.

In heel België zitten volgens de laatste cijfers ongeveer 13.400 gedetineerden in de gevangenissen, voor 11.200 plaatsen.

Justitieminister Verlinde zegt dat er tegen september 40 bijkomende personeelsleden komen.`,
		"p6fr.txt": `fr|Grève de 24 heures à la prison de Wervenbeek

Les agents pénitentiaires de la prison de Wervenbeek, en Flandre, observent depuis lundi 22 heures une grève de 24 heures, après l'agression d'un des leurs dimanche.

L'établissement compte 620 détenus pour 480 places, soit une surpopulation de près de 30 %. Trente-huit détenus dorment sur un matelas posé au sol.

La police assure le service minimum. La ministre de la Justice, Annelies Verlinde, a promis l'arrivée de 40 agents supplémentaires d'ici septembre.`,
	}, nil},
	{"ruysbergue-er-night-closure", map[string]string{
		"p7fr.txt": `fr|Ruysbergue : les urgences fermeront la nuit à partir du 1er juillet

Flandre intérieure | Santé

Par Julien Vandamme | Publié le 04/06

Faute de médecins, le service des urgences du centre hospitalier de Ruysbergue fermera chaque nuit, de 20 heures à 8 heures, à partir du 1er juillet et pour une durée de trois mois, a annoncé mardi la direction de l'hôpital.

Sur les 14 postes d'urgentistes, neuf sont vacants. « Nous ne pouvons plus garantir la sécurité des patients la nuit », explique le directeur, Franck Delattre.

Le service accueille environ 28 000 patients par an, dont une vingtaine chaque nuit. Ils seront orientés vers l'hôpital d'Armentières, à 25 kilomètres.

Une pétition lancée par le maire a déjà recueilli 6 500 signatures.`,
		"p7fr2.txt": `fr|Urgences de Ruysbergue : fermeture nocturne cet été, la colère des élus

Le service d'urgences de Ruysbergue (Nord) sera fermé la nuit du 1er juillet au 30 septembre. La décision, validée par l'Agence régionale de santé, est due au manque d'urgentistes : cinq médecins seulement pour quatorze postes.

« C'est une double peine pour un territoire déjà sous-doté », dénonce le maire, Bernard Coppens, 67 ans, dont la pétition a dépassé les 6 500 signatures.

Les patients devront se rendre à Armentières, à 25 km, ou composer le 15. En 2023, le service avait déjà dû fermer ponctuellement onze nuits.

La directrice de l'ARS, Nathalie Brousse, promet un « retour à la normale » à l'automne.`,
		"p7nl.txt": `nl|Franse spoeddienst over de grens 's nachts dicht: patiënten mogelijk naar Ieper

West-Vlaanderen

De spoedafdeling van het ziekenhuis in het Noord-Franse Ruysbergue sluit vanaf 1 juni drie maanden lang 's nachts de deuren, van 20 tot 8 uur. Negen van de veertien posten voor urgentieartsen raken niet ingevuld.

Het ziekenhuis in Ieper, op 18 kilometer, houdt rekening met extra patiënten. 's Nachts komen er in Ruysbergue gemiddeld zo'n twintig patiënten binnen.

Franse patiënten worden in principe doorverwezen naar Armentières, op 25 kilometer.`,
	}, map[string][2]string{"p7nl.txt": {"1 June", "1 July"}}},
	{"dalfsenbroek-asylum-shelter", map[string]string{
		"p8nl.txt": `nl|Eerste 60 asielzoekers maandag naar noodopvang in Dalfsenbroek

Regio

De eerste zestig asielzoekers trekken maandag in het voormalige kantoor van Veldhuis Verzekeringen in Dalfsenbroek. Het COA richt het gebouw aan de Stationsweg in voor maximaal 400 mensen.

De opvang blijft vijf jaar open. De gemeente krijgt van het Rijk een bijdrage van 2500 euro per opvangplek per jaar, zo'n 1 miljoen euro in totaal per jaar.

'We doen dit omdat mensen in Ter Apel in het gras slapen', zei burgemeester Hanneke Brouwer (58). Daar verbleven vorige week ruim 2300 mensen, terwijl er plek is voor 2000.

Op de informatieavond vorige maand kwamen zo'n 250 inwoners af.`,
		"p8nl2.txt": `nl|Noodopvang Dalfsenbroek gaat open, buurt blijft verdeeld

Het COA opent maandag de nieuwe asielopvang in Dalfsenbroek. In eerste instantie komen er 60 bewoners, vooral uit Syrië en Jemen; uiteindelijk moeten er 400 mensen kunnen wonen.

Omwonenden maken zich zorgen over de verkeersdrukte. 'We zijn niet tegen, maar vijf jaar is lang', zegt buurtbewoner Gerrit Hoekstra (71).

Burgemeester Brouwer wijst op de afspraken met het COA: er komt 24 uur per dag beveiliging en een buurtcommissie die elke zes weken vergadert.`,
		"p8en.txt": `en|Former insurance office in Dalfsenbroek becomes asylum shelter

The Central Agency for the Reception of Asylum Seekers (COA) will move the first 60 asylum seekers into a former office building of insurer Veldhuis in Dalfsenbroek on Monday. The site will eventually house up to 400 people for five years.

The municipality will receive 2,500 euros per place per year from the national government.

Mayor Hanneke Brouwer, 58, said the shelter would help ease overcrowding in Ter Apel, where more than 2,300 people stayed last week, well above its capacity of 2,000.`,
	}, nil},
	{"azores-budget-rejected", map[string]string{
		"p9pt.txt": `pt|Parlamento açoriano chumba Orçamento regional para 2032

Açores | Política

O Orçamento da Região Autónoma dos Açores para 2032, no valor de 2,1 mil milhões de euros, foi chumbado esta quarta-feira na Assembleia Legislativa Regional, com 29 votos contra e 28 a favor.

É a segunda vez em três anos que o Governo Regional, liderado por Artur Bettencourt, vê rejeitado o seu orçamento. Em 2029, o chumbo levou a eleições antecipadas.

"Os açorianos não compreenderão esta irresponsabilidade", afirmou Bettencourt, de 61 anos, no final da votação.

O documento previa um aumento de 6,5% da despesa com a saúde, para 480 milhões de euros.`,
		"p9pt2.txt": `pt|Chumbo do Orçamento abre porta a eleições antecipadas

Ponta Delgada

Por Sílvia Ávila

O Representante da República para os Açores vai ouvir os partidos na próxima semana, depois do chumbo do Plano e Orçamento para 2032. A dissolução do parlamento e a marcação de eleições antecipadas são agora uma possibilidade real.

O documento, de 2,1 mil milhões de euros, foi rejeitado por 29 dos 57 deputados. A dívida da Região ronda os 3,4 mil milhões de euros.

Na votação de quinta-feira, as bancadas da oposição juntaram-se contra o executivo de Artur Bettencourt, que governa em minoria desde 2030.

"Ficou provado que este governo não tem condições", disse a líder parlamentar do maior partido da oposição, Carla Medeiros, de 45 anos.`,
		"p9en.txt": `en|Azores parliament rejects regional budget

The Azores regional parliament on Wednesday voted down the regional government's 2.1 billion euro budget for 2032 by 29 votes to 28, raising the prospect of a snap election.

It is the second time in three years that the minority government led by Artur Bettencourt, 61, has lost a budget vote.

The plan had foreseen a 6.5% rise in health spending.`,
	}, map[string][2]string{"p9pt2.txt": {"Thursday", "Wednesday"}}},
	{"sambre-police-station-closures", map[string]string{
		"p10fr.txt": `fr|La zone de police Sambre-Orientale ferme cinq commissariats de quartier

Régions | Charleroi

Par Aurélie Gillard

Le conseil de police de la zone Sambre-Orientale a approuvé lundi soir, par 19 voix contre 7, la fermeture de cinq de ses neuf commissariats de quartier à partir du 1er septembre.

La zone, qui couvre six communes et quelque 86 000 habitants, doit faire face à un déficit de 1,4 million d'euros. Il lui manque en outre 31 policiers sur un cadre de 212.

« Nous préférons des policiers sur le terrain plutôt que derrière un guichet », justifie le chef de corps, Didier Hanquet.

Les quatre commissariats maintenus verront leurs heures d'ouverture élargies, de 7 à 21 heures.`,
		"p10fr2.txt": `fr|Fermeture de commissariats : les riverains inquiets

Dès septembre, les habitants de cinq quartiers de la zone Sambre-Orientale devront se rendre plus loin pour déposer plainte. Pour certains, le commissariat le plus proche sera à 9 kilomètres.

« Ma mère a 84 ans, elle ne conduit pas. Comment va-t-elle faire ? », s'interroge une habitante de Montignies-la-Vallée.

Le président du collège de police, le bourgmestre Eric Durieux, 52 ans, rappelle que la zone compte 181 policiers pour 212 postes prévus. « Garder neuf guichets ouverts n'est plus tenable. »`,
		"p10nl.txt": `nl|Politiezone Sambre-Orientale sluit vijf van negen wijkkantoren

De politieraad van de Henegouwse politiezone Sambre-Orientale heeft maandag beslist om vanaf 1 september vijf van de negen wijkkantoren te sluiten. De zone kampt met een tekort van 1,4 miljoen euro en mist 31 agenten.

De zone telt zes gemeenten en ongeveer 86.000 inwoners. De resterende vier kantoren gaan langer open, van 7 tot 21 uur. (Belga)`,
	}, nil},
}
