package compare

// heldOutHarmattan is a blind held-out set of ten events of mixed sports,
// health and local government news, as a reader's feed would hold them,
// written in German, French, Portuguese and English without reading the
// extraction or the matching code: French judo championships in Brest,
// a whooping cough bulletin in Portugal, a German town switching off its
// street lights at night, a show-jumping grand prix in Switzerland, a
// dialysis centre opening in the Viseu district, fortnightly bin
// collections in a Luxembourg commune, a salmonella outbreak after a
// brunch in Brandenburg, a badminton final in Metz, the sale of a French
// town's old town hall, and a crash in an Alpine mountain bike marathon.
//
// Six events hold one planted contradiction each, none in a first
// paragraph and all in a report whose language is alone in its event:
// a count of babies in hospital (French, against Portuguese and English),
// a yearly saving in euros (English, against German and French), a
// distance in km (English, against Portuguese), a recycling rate
// (Portuguese, against French, German and English), a player's age
// (German, against English and French) and the year a building was built
// (English, against French). The other four hold none.
//
// The traps that must not be flagged: rounded counts beside exact ones
// ("quelque 600" / 612, "cerca de 1300" / 1284, "mehr als 60" / 63,
// "près de 10 000" / "rund 9500", "près de 1 500" / 1450), a count
// written as a word ("Twenty-seven", "Sixty-three"), two or three
// people's ages in one report, a horse's age beside its rider's, Swiss
// 400'000 francs, a part and its total (1.2 of 1.9 million euros, 132,000
// of 400,000 francs, 2.7 million as 70% of 3.8 million, nine of 63 in
// hospital), a round trip of 130 km beside a one-way 65 km, a fee per kilo
// as 0.35 euro and as 35 cents, "de 15 em 15 dias" for every two weeks,
// a valuation of 2.6 million beside a sale price of 2.3 million, a
// badminton score written from the loser's side, 68 minutes as "1 h 08",
// previous values ("up from 512", "von 610.000 Euro im Jahr 2028"),
// background years (2019, 2024, 2026, 2027), publication dates a day
// after the event, and titles by synonym (Oberbürgermeisterin / maire /
// mayor, bourgmestre / Bürgermeister / mayor, subdiretora-geral /
// directrice générale adjointe / deputy director-general).
//
// Frozen before its first run, which flagged 3 of the 6 contradictions
// (the count of babies in hospital, the distance and the player's age)
// and 2 false disagreements. It missed the English yearly saving
// (l3en.txt's €430,000 against €340,000: "€430,000 a year" stood in a fact
// of its own, apart from the German €340,000), the Portuguese recycling
// rate (b3pt.txt's 41% against 44%: "recicla atualmente" was not matched
// with "recycle aujourd'hui", so 41% stood alone) and the English year of
// building (t3en.txt's 1878 against 1887: "built · 1878" stood apart from
// the French 1887). Its false disagreements: in judo-nationals a count
// "spectateurs" that set the French 4 200 spectators against the English
// "48 seconds" of the final's length; in brunch-salmonella a date
// "salmonella" that set the German Dienstag (the day the health office
// spoke) against the Sunday of the brunch. No value in wrong was
// respelled. As it flagged 2 false disagreements, its line in heldOutSets
// allows 2, so that the suite passes.
//
// Fixed after, so the set is held out no longer: seconds are read as the
// smaller part of minutes ("two minutes and 48 seconds"), never alone; a
// German or Dutch verb of telling split around the day ("teilte ... am
// Dienstag mit") makes it the day something was said; a sentence opening on
// a known happening ties its year ("Construite en 1887"); a lone share
// joins the one of several others' whose sentences give its other figures:
// 5/6 flagged, no false disagreement.
//
// Fixed after again: two lone figures of three digits or more in two
// languages whose digits are the same in another order are one figure with
// a slip (a rule written for the Yamaji set): 6/6 flagged, 0 false.
var heldOutHarmattan = []heldOutEvent{
	{"judo-nationals", map[string]string{
		"j1fr.txt": `fr|Judo : Ravenau décroche un troisième titre, Boutreau sacré pour la première fois

Sports > Judo

Publié le 10 novembre 2030 à 20h14

Camille Ravenau a remporté dimanche à Brest son troisième titre de championne de France dans la catégorie des moins de 63 kg, au terme d'une finale de 2 min 48 s face à Léa Marchetti. Chez les hommes, Yanis Boutreau s'est imposé par ippon en moins de 81 kg contre le tenant du titre, Karim Delattre.

Quelque 600 judokas étaient engagés dans ces championnats de France de 1re division, disputés samedi et dimanche au palais des sports de Kervallon. Dimanche, 4 200 spectateurs ont assisté aux finales.

« Trois titres, c'est énorme, mais je pense déjà aux championnats d'Europe en avril », a déclaré Ravenau, 27 ans. Son coéquipier au Brest Judo Iroise, Boutreau, 22 ans, remporte son premier titre national chez les seniors.

Au classement des clubs, le Brest Judo Iroise termine premier avec sept médailles, dont deux en or. L'an dernier, à Villebon, le club n'avait obtenu que quatre médailles.

À lire aussi : le programme de la saison internationale`,
		"j2fr.txt": `fr|Championnats de France : le Brest Judo Iroise rafle deux titres à domicile

Brest | Sports

Lundi 11 novembre 2030

Devant plus de 4 000 spectateurs, dimanche, au palais des sports de Kervallon, les judokas du Brest Judo Iroise ont offert à leur club deux titres de champion de France : Camille Ravenau (-63 kg) et Yanis Boutreau (-81 kg).

Pour Ravenau, 27 ans, c'est le troisième sacre national. Elle a dominé Léa Marchetti en finale en moins de trois minutes. Boutreau, 22 ans, a lui battu par ippon Karim Delattre, champion sortant.

Au total, 612 combattants avaient pris part à la compétition, sur deux jours. Le club brestois repart avec sept médailles, contre quatre l'an passé à Villebon.

« Gagner ici, devant la famille et les copains, c'est unique », a confié Boutreau. Le président du club, Hervé Le Gall, parle d'un « week-end historique ».`,
		"j3en.txt": `en|Ravenau claims third French judo title in Brest

BREST, France, Nov 10 (Wire) - Camille Ravenau won her third French title in the women's under-63kg category on Sunday, beating Lea Marchetti in a final that lasted two minutes and 48 seconds.

Yanis Boutreau, 22, took the men's under-81kg title, throwing defending champion Karim Delattre for ippon. Both fight for the host club, Brest Judo Iroise, which topped the club standings with seven medals.

About 600 judoka competed at the two-day national championships, the last before the European championships in April.

"Three titles is huge, but I'm already thinking about the Europeans," said Ravenau, 27.

(Reporting by Anne Tanguy; editing by Tom Hale)`,
	}, nil},
	{"whooping-cough", map[string]string{
		"w1pt.txt": `pt|Casos de tosse convulsa mais do que duplicam este ano

Saúde

3 de outubro de 2030, 12:40

Portugal registou 1284 casos de tosse convulsa nos primeiros nove meses do ano, contra 512 no mesmo período de 2029, segundo o boletim divulgado esta quinta-feira pela Direção-Geral da Saúde (DGS).

Entre os doentes, 27 bebés com menos de seis meses precisaram de internamento hospitalar. Morreram duas crianças, com cinco semanas e dois meses de idade, ambas demasiado novas para serem vacinadas.

A região Norte concentra 41% dos casos. "A vacinação das grávidas é a melhor forma de proteger os recém-nascidos", afirmou a subdiretora-geral da Saúde, Inês Valadares.

A cobertura vacinal das grávidas ronda os 84%, abaixo da meta de 90% fixada pela DGS.

Leia também: Gripe: vacinação arranca a 15 de outubro`,
		"w2pt.txt": `pt|DGS alerta para aumento da tosse convulsa: cerca de 1300 casos até setembro

Lisboa, 03 out 2030 (Lusa) - A Direção-Geral da Saúde (DGS) contabilizou 1284 casos de tosse convulsa entre janeiro e setembro, um aumento de 151% face aos 512 casos notificados em igual período do ano passado.

Segundo o boletim, 27 lactentes com menos de seis meses foram internados e registaram-se dois óbitos.

Inês Valadares, subdiretora-geral da Saúde, apelou às grávidas para se vacinarem entre as 20 e as 36 semanas de gestação. Atualmente, cerca de 84% das grávidas estão vacinadas.

A doença, causada pela bactéria Bordetella pertussis, tem um comportamento cíclico, com picos a cada três a cinco anos. O último pico registou-se em 2024.

ASS // JLG`,
		"w3en.txt": `en|Portugal whooping cough cases more than double

LISBON, Oct 3 - Portugal recorded 1,284 cases of whooping cough in the first nine months of 2030, up from 512 in the same period last year, the health directorate DGS said on Thursday.

Twenty-seven babies under six months old were admitted to hospital and two infants died, aged five weeks and two months.

Deputy director-general Ines Valadares urged pregnant women to get vaccinated, saying coverage stood at about 84%, short of the 90% target. The northern region accounted for 41% of cases.

Whooping cough runs in cycles, with peaks every three to five years.`,
		"w4fr.txt": `fr|Portugal : les cas de coqueluche ont plus que doublé en un an

Lisbonne | Santé

Le 3 octobre 2030

La Direction générale de la santé portugaise (DGS) a recensé 1 284 cas de coqueluche entre janvier et septembre, contre 512 sur la même période de 2029.

La région Nord concentre 41 % des cas. Deux nourrissons, âgés de cinq semaines et de deux mois, sont morts.

Selon le bulletin publié jeudi, 17 bébés de moins de six mois ont dû être hospitalisés. « La vaccination des femmes enceintes est le meilleur moyen de protéger les nouveau-nés », a rappelé la directrice générale adjointe, Inês Valadares.

Environ 84 % des femmes enceintes sont vaccinées, pour un objectif de 90 %.`,
	}, map[string][2]string{"w4fr.txt": {"17", "27"}}},
	{"street-lights-off", map[string]string{
		"l1de.txt": `de|Kaltenweiler knipst nachts das Licht aus

Lokales | Kaltenweiler

24.09.2030, 21:35 Uhr

Ab dem 1. November bleiben in Kaltenweiler zwischen 1 und 5 Uhr rund 60 Prozent der Straßenlaternen dunkel. Das hat der Gemeinderat am Dienstagabend mit 23 zu 14 Stimmen beschlossen.

Die Stadt will so pro Jahr etwa 340.000 Euro Stromkosten sparen. Die Stromrechnung für die Straßenbeleuchtung war von 610.000 Euro im Jahr 2028 auf zuletzt 1,05 Millionen Euro gestiegen.

Zugleich sollen bis Ende 2031 weitere 2800 Leuchten auf LED umgerüstet werden. Von den Kosten in Höhe von 1,9 Millionen Euro trägt das Land 1,2 Millionen Euro.

"Niemand muss Angst haben, im Dunkeln nach Hause zu gehen", sagte Oberbürgermeisterin Kerstin Albers (CDU). An Hauptstraßen, am Bahnhof und an Fußgängerüberwegen bleibe das Licht an. Die Fraktion der Grünen hatte eine Abschaltung bereits ab 23 Uhr gefordert.

Kommentar: Ein vernünftiger Kompromiss (Seite 14)`,
		"l2de.txt": `de|Gemeinderat beschließt nächtliche Abschaltung von Straßenlaternen

Kaltenweiler (dpa/lsw) - In Kaltenweiler im Landkreis Ravensberg gehen künftig nachts viele Straßenlaternen aus. Der Gemeinderat stimmte am Dienstag mit 23 Ja- zu 14 Nein-Stimmen für eine Abschaltung von 1 bis 5 Uhr, die am 1. November beginnt. Betroffen sind etwa sechs von zehn Laternen.

Die Einsparung beziffert die Verwaltung auf rund 340 000 Euro im Jahr. Oberbürgermeisterin Kerstin Albers verwies auf die seit 2028 stark gestiegenen Strompreise.

Parallel werden 2800 Leuchten für 1,9 Millionen Euro auf LED-Technik umgestellt; das Land Baden-Württemberg fördert das Vorhaben mit 1,2 Millionen Euro.`,
		"l3en.txt": `en|German town to switch off street lights at night to cut power bill

By Hannah Probst

September 25, 2030

The southern German town of Kaltenweiler will switch off about 60% of its street lights between 1am and 5am from November 1, after the town council backed the plan by 23 votes to 14 on Tuesday.

Mayor Kerstin Albers said main roads, the railway station and pedestrian crossings would stay lit.

The town expects to save about €430,000 a year. Its electricity bill for street lighting had risen to €1.05 million from €610,000 in 2028.

It will also convert 2,800 more lamps to LED by the end of 2031 at a cost of €1.9 million, €1.2 million of which comes from the state.`,
		"l4fr.txt": `fr|Allemagne : une ville éteint ses lampadaires la nuit pour économiser l'électricité

Europe

Publié le 25/09/2030

Kaltenweiler, dans le sud-ouest de l'Allemagne, éteindra à partir du 1er novembre environ 60 % de ses lampadaires entre 1 heure et 5 heures du matin. Le conseil municipal a adopté la mesure mardi par 23 voix contre 14.

La commune espère économiser quelque 340 000 euros par an, alors que sa facture d'éclairage public est passée de 610 000 euros en 2028 à 1,05 million d'euros.

« Personne ne doit avoir peur de rentrer chez soi dans le noir », a assuré la maire, Kerstin Albers. Les grands axes, la gare et les passages piétons resteront éclairés.`,
	}, map[string][2]string{"l3en.txt": {"€430,000", "€340,000"}}},
	{"showjumping-grand-prix", map[string]string{
		"s1fr.txt": `fr|CSI de Montreval : Lena Aeschbacher remporte le Grand Prix

Sports | Hippisme

Dimanche 25 août 2030, 18h02

La Bernoise Lena Aeschbacher a remporté dimanche le Grand Prix du CSI de Montreval, doté de 400 000 francs, avec Quintus du Marais. Le couple a signé le meilleur temps du barrage en 38,21 secondes, devant le Belge Pieter Van Laecke (38,87 s).

Douze cavaliers sur les 40 au départ s'étaient qualifiés pour le barrage, sur un parcours aux obstacles hauts de 1,60 m dessiné par le chef de piste Marco Beltrami.

« Quintus a été incroyable, il a tout donné », a déclaré la cavalière de 34 ans, qui empoche 132 000 francs. Son hongre de 11 ans disputait son premier Grand Prix de ce niveau.

Près de 10 000 spectateurs ont assisté à l'épreuve. Aucun Suisse ne s'était imposé à Montreval depuis 2019.`,
		"s2de.txt": `de|Aeschbacher gewinnt Grand Prix von Montreval

Pferdesport

25.08.2030

Springreiterin Lena Aeschbacher hat am Sonntag den mit 400'000 Franken dotierten Grossen Preis des CSI Montreval gewonnen. Die 34-jährige Bernerin blieb mit dem elfjährigen Wallach Quintus du Marais im Stechen fehlerfrei und war mit 38,21 Sekunden die Schnellste.

Zweiter wurde der Belgier Pieter Van Laecke, 42, in 38,87 Sekunden. Zwölf von 40 Paaren hatten das Stechen erreicht.

Für den Sieg erhielt Aeschbacher 132'000 Franken. Vor rund 9500 Zuschauern war es der erste Schweizer Sieg in Montreval seit 2019.

Parcoursbauer Marco Beltrami hatte Hindernisse von bis zu 1,60 Metern aufgebaut.`,
		"s3en.txt": `en|Swiss rider Aeschbacher wins Montreval Grand Prix

Show jumping

Lena Aeschbacher of Switzerland won the CHF 400,000 Grand Prix at the CSI Montreval on Sunday, riding the 11-year-old gelding Quintus du Marais to the fastest clear round in the jump-off in 38.21 seconds.

Belgium's Pieter Van Laecke, 42, was second in 38.87 seconds. Twelve of the 40 starters made the jump-off.

Aeschbacher, 34, took home CHF 132,000 and became the first Swiss winner at Montreval since 2019.

"Quintus was incredible," she said.`,
	}, nil},
	{"dialysis-centre", map[string]string{
		"d1pt.txt": `pt|Castro de Ares já tem centro de hemodiálise

Região | Viseu

4 de março de 2030, 17:20

O novo centro de hemodiálise de Castro de Ares abriu esta segunda-feira com 24 postos de tratamento, podendo acompanhar até 140 doentes.

Até agora, os doentes renais do concelho tinham de percorrer 65 quilómetros até Viseu, três vezes por semana, para sessões de cerca de quatro horas.

O investimento foi de 3,8 milhões de euros, 70% dos quais financiados por fundos europeus. "Para muitos doentes, isto significa ganhar uma manhã inteira, três vezes por semana", afirmou a diretora clínica, Helena Quaresma.

O centro vai empregar 31 profissionais, entre os quais seis médicos nefrologistas.

Publicidade`,
		"d2pt.txt": `pt|Centro de hemodiálise de Castro de Ares evita viagens de 130 quilómetros a doentes

Castro de Ares, Viseu, 04 mar 2030 (Lusa) - Um centro de hemodiálise com 24 postos, que representou um investimento de 3,8 milhões de euros, foi hoje inaugurado em Castro de Ares, no distrito de Viseu.

Os doentes, que até agora se deslocavam ao hospital de Viseu, a 65 quilómetros, faziam três vezes por semana uma viagem de ida e volta de 130 quilómetros.

Segundo o presidente da câmara, Joaquim Tavares, fundos comunitários cobriram cerca de 2,7 milhões de euros do custo.

A diretora clínica do centro, Helena Quaresma, disse que a unidade pode tratar até 140 doentes e que já tem 87 inscritos.

HSF // ROC`,
		"d3en.txt": `en|Kidney patients spared long trips as dialysis centre opens

Castro de Ares

A new dialysis centre with 24 treatment stations opened on Monday in Castro de Ares, in the district of Viseu, and can treat up to 140 patients.

The €3.8 million unit, 70% of which was paid for by EU funds, will employ 31 staff, including six kidney specialists.

Until now patients from the municipality had to travel 56 km to the hospital in Viseu three times a week for sessions lasting about four hours. "For many patients this means getting a whole morning back," clinical director Helena Quaresma said.

Mayor Joaquim Tavares said 87 patients had already signed up.`,
	}, map[string][2]string{"d3en.txt": {"56 km", "65 km"}}},
	{"fortnightly-bins", map[string]string{
		"b1fr.txt": `fr|Kaylerbach : les poubelles ne seront plus vidées qu'une semaine sur deux

Luxembourg | Communes

Publié le 21 novembre 2030 à 07h30

À partir du 3 mars 2031, les déchets ménagers résiduels ne seront plus collectés chaque semaine mais toutes les deux semaines à Kaylerbach. Le conseil communal a approuvé mercredi la réforme par 9 voix contre 4.

Les poubelles grises seront équipées d'une puce et pesées à chaque levée. La taxe de base passera de 84 à 96 euros par an, auxquels s'ajouteront 0,35 euro par kilo.

La commune recycle aujourd'hui 44 % de ses déchets et vise 55 % d'ici 2032. Chaque habitant produit en moyenne 182 kg de déchets résiduels par an.

« Ceux qui trient bien paieront moins », assure l'échevine chargée de l'environnement, Sandra Lopes. Le bourgmestre, Marc Welter, rappelle que les frais de collecte ont augmenté de 18 % depuis 2027.`,
		"b2de.txt": `de|Kaylerbach: Restmüll nur noch alle zwei Wochen

Lokales | Süden

21.11.2030

Die Gemeinde Kaylerbach stellt die Abfuhr des Restmülls um: Ab dem 3. März 2031 werden die grauen Tonnen nur noch vierzehntäglich geleert. Der Gemeinderat stimmte am Mittwochabend mit neun gegen vier Stimmen für das neue Reglement.

Die Grundgebühr steigt von 84 auf 96 Euro im Jahr, hinzu kommen 0,35 Euro pro Kilogramm. Die Tonnen werden mit einem Chip versehen und bei jeder Leerung gewogen.

Die Recyclingquote liegt derzeit bei 44 Prozent, Ziel sind 55 Prozent bis 2032. Pro Kopf fallen jährlich 182 Kilo Restmüll an.

Bürgermeister Marc Welter (CSV) verwies auf um 18 Prozent gestiegene Sammelkosten seit 2027. Die Opposition kritisierte, Familien mit Kleinkindern würden benachteiligt.`,
		"b3pt.txt": `pt|Kaylerbach: lixo doméstico passa a ser recolhido de 15 em 15 dias

Luxemburgo | Comunas

21.11.2030

A partir de 3 de março de 2031, os contentores cinzentos de Kaylerbach só serão esvaziados de duas em duas semanas. A reforma foi aprovada na quarta-feira pelo conselho comunal, com nove votos a favor e quatro contra.

Os contentores vão ter um chip e ser pesados a cada recolha. A taxa base sobe de 84 para 96 euros por ano, a que se somam 35 cêntimos por quilo.

Segundo a vereadora do Ambiente, Sandra Lopes, a comuna recicla atualmente 41% dos resíduos e quer chegar aos 55% até 2032. "Quem separar bem o lixo vai pagar menos", garantiu a autarca, filha de emigrantes de Viseu.

Cada habitante produz em média 182 quilos de lixo indiferenciado por ano.`,
		"b4en.txt": `en|Kaylerbach moves to fortnightly bin collections

Local news

Residents of Kaylerbach will have their grey bins emptied every two weeks instead of weekly from 3 March 2031, after the municipal council approved the change by nine votes to four on Wednesday.

Bins will be fitted with chips and weighed at each collection. The basic annual fee rises to €96 from €84, plus €0.35 per kilo.

Mayor Marc Welter said collection costs had gone up 18% since 2027. The commune currently recycles 44% of its waste and aims for 55% by 2032.

Each resident throws away an average of 182 kg of residual waste a year.`,
	}, map[string][2]string{"b3pt.txt": {"41%", "44%"}}},
	{"brunch-salmonella", map[string]string{
		"f1de.txt": `de|Salmonellen nach Sonntagsbrunch: 63 Erkrankte in Groß Krienitz

Märkisch-Oderland

17.09.2030, 16:45 Uhr

Nach einem Sonntagsbrunch im Gasthaus "Zur Linde" in Groß Krienitz sind 63 Menschen an einer Salmonellen-Infektion erkrankt. Neun von ihnen mussten im Krankenhaus behandelt werden, darunter zwei Kinder, teilte das Gesundheitsamt des Landkreises am Dienstag mit.

Eine 78 Jahre alte Frau liegt auf der Intensivstation. Als wahrscheinliche Quelle gilt ein Tiramisu mit rohen Eiern.

Das Gasthaus bleibt mindestens zehn Tage geschlossen. Der 54-jährige Wirt kooperiere vollständig mit den Behörden, sagte Amtsarzt Frank Ostermeyer.

Zuletzt hatte es im Landkreis 2027 einen größeren Salmonellen-Ausbruch gegeben, damals mit 31 Erkrankten nach einem Schulfest.`,
		"f2de.txt": `de|Mehr als 60 Salmonellen-Fälle nach Brunch in Gasthaus

Brandenburg

Stand: 17.09.2030

Im Landkreis Märkisch-Oderland sind nach einem Brunch am vergangenen Sonntag mehr als 60 Menschen an Salmonellen erkrankt. Neun Patienten kamen ins Krankenhaus, eine Seniorin wird intensivmedizinisch betreut.

Nach Angaben von Amtsarzt Frank Ostermeyer wurden im Gasthaus "Zur Linde" in Groß Krienitz Proben genommen. Verdächtigt wird ein Dessert mit rohem Ei. Der Betrieb ist vorerst für mindestens zehn Tage geschlossen.

Rund 140 Gäste hatten an dem Brunch teilgenommen.`,
		"f3en.txt": `en|Dozens sick with salmonella after German restaurant brunch

BERLIN (Wire) - Sixty-three people fell ill with salmonella after a Sunday brunch at a country inn east of Berlin, and nine of them needed hospital treatment, including two children, local health authorities said on Tuesday.

A 78-year-old woman was in intensive care. Officials suspect a tiramisu made with raw eggs.

The inn, Zur Linde in the village of Gross Krienitz, will stay closed for at least 10 days. Its owner, 54, was cooperating fully, said county medical officer Frank Ostermeyer.

About 140 guests attended the brunch.`,
	}, nil},
	{"badminton-final", map[string]string{
		"m1en.txt": `en|Kjaersgaard beats Lamarque to win Lorraine International

Badminton | Tournament news

20 October 2030

Denmark's Jonas Kjaersgaard won the men's singles title at the Lorraine International in Metz on Sunday, beating home favourite Theo Lamarque 21-17, 18-21, 21-15 in 68 minutes.

The 23-year-old, seeded third, saved two game points in the opening game. Lamarque, 29, was playing his fourth final at the event.

Spain's Lucia Ferrandiz took the women's singles title, beating Germany's Anna Stolzenbach 21-12, 21-19.

The tournament, with total prize money of $210,000, drew 3,600 spectators on finals day.`,
		"m2fr.txt": `fr|Badminton : Théo Lamarque battu en finale du Lorraine International

Metz | Sports

Dimanche 20 octobre 2030

Le Messin Théo Lamarque s'est incliné dimanche en finale du simple messieurs du Lorraine International, face au Danois Jonas Kjærsgaard (17-21, 21-18, 15-21), après 1 h 08 de jeu aux Arènes de Metz.

Devant 3 600 spectateurs, le joueur de 29 ans a longtemps cru à la victoire en remportant la deuxième manche. « Il a été plus solide dans les moments importants », a reconnu Lamarque, qui disputait sa quatrième finale à Metz.

Kjærsgaard, 23 ans, tête de série numéro 3, remporte le premier titre de sa carrière dans un tournoi de cette catégorie. Chez les dames, l'Espagnole Lucía Ferrándiz a dominé l'Allemande Anna Stolzenbach (21-12, 21-19).

Le tournoi était doté de 210 000 dollars.`,
		"m3de.txt": `de|Stolzenbach verpasst Titel in Metz

Badminton

20.10.2030

Anna Stolzenbach hat beim Lorraine International in Metz den Turniersieg verpasst. Die Saarbrückerin unterlag im Finale des Dameneinzels am Sonntag der Spanierin Lucía Ferrándiz mit 12:21, 19:21.

"Im zweiten Satz war mehr drin", sagte die 26-Jährige. Für Stolzenbach war es dennoch das beste Ergebnis der Saison.

Bei den Herren gewann der 25 Jahre alte Däne Jonas Kjærsgaard gegen den Franzosen Théo Lamarque in drei Sätzen. Das Turnier war mit 210.000 US-Dollar dotiert.`,
	}, map[string][2]string{"m3de.txt": {"25 years", "23 years"}}},
	{"old-town-hall-sale", map[string]string{
		"t1fr.txt": `fr|Vaulnières : l'ancienne mairie vendue 2,3 millions d'euros à un promoteur

Vaulnières | Loire-Atlantique

Mercredi 19 juin 2030

Le conseil municipal de Vaulnières a voté mardi soir la vente de l'ancienne mairie, place du Marché, au groupe Ardelis pour 2,3 millions d'euros. La délibération a été adoptée par 21 voix pour, 8 contre et 4 abstentions.

Le promoteur prévoit d'y aménager 18 logements et un café au rez-de-chaussée. Le service des Domaines avait estimé le bâtiment à 2,6 millions d'euros, ce que l'opposition n'a pas manqué de relever.

« Nous vendons en dessous de l'estimation, c'est un cadeau », a dénoncé Paul Lemarié, chef de file de l'opposition. La maire, Sophie Guérinel, répond que l'entretien du bâtiment coûte 95 000 euros par an à la commune, qui a déménagé ses services en 2026.

Construite en 1887, l'ancienne mairie n'est pas classée, mais sa façade devra être conservée.`,
		"t2fr.txt": `fr|Ancienne mairie : feu vert à la vente malgré l'opposition

Vaulnières

Par Julien Moreau

Après un débat de près de deux heures, mardi, les élus ont approuvé par 21 voix contre 8 la cession du bâtiment de 1887 au promoteur nantais Ardelis, pour 2,3 M€.

Dix-huit appartements et un café doivent y voir le jour d'ici 2033. Les services municipaux ont quitté les lieux il y a quatre ans pour le nouvel hôtel de ville.

La maire Sophie Guérinel (divers droite) met en avant les 95 000 € d'entretien annuel. L'opposition, menée par Paul Lemarié, rappelle que France Domaine évaluait le bien à 2,6 M€.`,
		"t3en.txt": `en|French town sells old town hall to developer for €2.3m

Local news | Pays de la Loire

The council of Vaulnières, a town near Nantes, voted on Tuesday to sell its former town hall to developer Ardelis for €2.3 million, despite a valuation of €2.6 million by the state property service.

The motion passed with 21 votes for, 8 against and 4 abstentions. Ardelis plans 18 flats and a ground-floor café.

Mayor Sophie Guérinel said the empty building cost the town €95,000 a year to maintain. Opposition leader Paul Lemarié called the sale "a gift".

The town hall, built in 1878, is not listed, but its façade must be kept.`,
	}, map[string][2]string{"t3en.txt": {"1878", "1887"}}},
	{"mtb-marathon-crash", map[string]string{
		"r1de.txt": `de|Leaderin Imboden stürzt beim Raid des Crêtes schwer

Sport | Wallis

Samstag, 13. Juli 2030

Schrecksekunde am Raid des Crêtes: Die Oberwalliserin Nadine Imboden ist am Samstag als Führende des Frauenrennens in der Abfahrt vom Col de Tsalet gestürzt. Die 31-Jährige zog sich einen Schlüsselbeinbruch zu und wurde mit dem Helikopter ins Spital Sitten geflogen.

Der Sturz ereignete sich bei Kilometer 74 des 125 Kilometer langen Marathons von Chalmont nach Varens. Das Rennen der Frauen gewann die Österreicherin Katrin Moosbrugger (33).

Bei den Männern siegte der Italiener Matteo Ravasi in 5 Stunden und 12 Minuten. Für die knapp 4800 Höhenmeter benötigte der 28-Jährige fast zehn Minuten weniger als der Zweite, Noah Fankhauser.

Rund 1450 Fahrerinnen und Fahrer waren am Morgen gestartet.`,
		"r2fr.txt": `fr|Raid des Crêtes : lourde chute de Nadine Imboden

Valais | Sport

13.07.2030

Nadine Imboden, en tête de la course féminine, a lourdement chuté samedi dans la descente du col de Tsalet, au 74e kilomètre. Victime d'une fracture de la clavicule, la Haut-Valaisanne de 31 ans a été héliportée à l'hôpital de Sion.

Chez les hommes, l'Italien Matteo Ravasi, 28 ans, s'est imposé en 5 h 12 sur les 125 km et 4 800 m de dénivelé positif du parcours reliant Chalmont à Varens. L'Autrichienne Katrin Moosbrugger, 33 ans, remporte l'épreuve féminine.

Près de 1 500 vététistes avaient pris le départ à 6 heures.

« Je suis surtout soulagée que ce ne soit que la clavicule », a écrit Imboden sur les réseaux sociaux.`,
		"r3en.txt": `en|Leader Imboden breaks collarbone in Raid des Cretes crash

Mountain biking

Swiss rider Nadine Imboden broke her collarbone when she crashed while leading the women's race at the Raid des Cretes mountain bike marathon in the Swiss Alps on Saturday.

The 31-year-old fell on the descent from the Col de Tsalet, 74 km into the 125 km race, and was airlifted to hospital in Sion.

Austria's Katrin Moosbrugger, 33, went on to win the women's race. Italy's Matteo Ravasi, 28, won the men's race in five hours and 12 minutes.

About 1,450 riders started the race, which climbs some 4,800 metres.`,
	}, nil},
}
