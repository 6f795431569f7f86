package compare

// heldOutVardarac is a blind held-out set of ten events of the kinds a
// reader's mixed local feed holds: a municipal property-tax (IMI) cut in
// Portugal, a norovirus outbreak closing hospital wards in Germany, a
// Belgian rail punctuality report, the restoration of a castle keep in the
// Dordogne, a hepatitis A outbreak at a Portuguese school, a town
// car-sharing launch in Austria, a French street-cleaning contract, the
// merger of two German orchestras, a Swiss choir festival cancelled for lack
// of money, and ambulance response times in the Beja district. Its 35
// reports are in Portuguese, German, French, Dutch and English, three or
// four an event.
//
// Six events hold one planted contradiction each, all outside the first
// paragraph and each in the only report of its language in its event: a
// count of patients (64 for 46, in the English report among German ones),
// a punctuality percentage (84.7% for 87.4%, in the only Dutch report), a
// duration of works (14 months for 18, in the only German report), a
// contract amount (€36 million for €38 million, in the only English
// report), a conductor's age (44 for 47, in the only French report, beside
// another man's age of 66), and the weekday of a committee meeting
// (Wednesday for Tuesday, in the only English report). The other four
// (imi-rate-cut, hepatitis-a-school, car-sharing-launch,
// ambulance-response-times) hold none.
//
// The traps: rounding with hedges ("cerca de 42 mil" for 41 800, "about
// €1.3m" for 1,28 milhões, "rund 800 Betten" for 820, "ruim 4.000" for
// 4 100, "more than 1,100" for 1.150, "quase 20 minutos" for 19, "cerca de
// 49 mil" for 48 600, "Près de 2 %" for 1,9 %), parts and totals (46
// patients and 19 staff against 65 sick; 17 pupils and six adults against
// 17, four and two; 640 pupils and 85 staff against "mais de 700"; 11
// ambulances and three new against a fleet of 14; the funders' shares
// against €4.6 million; 112 posts less 16), a previous value beside a
// figure (0.40% and 0.42%, 85.2%, 2.3%, 41 500 visitors in 2019, 27
// million over five years, 9 500 spectators, 17 minutes, 45 900 calls),
// the same duration as "dix-huit mois", "un an et demi" and "18 months", a
// share in words ("two thirds", "half", "almost a third (31%)", "près de
// la moitié"), a percentage point change ("2,2 points"), an increase
// computed by a paper ("un peu plus de 17 %"), a date range ("du 14 au 16
// juin", "from June 14 to 16"), Swiss apostrophes (120'000 Franken),
// titles by synonym (presidente da câmara / mayor, Leiterin der
// Krankenhaushygiene / Hygienechefin / head of infection control,
// administratrice déléguée / CEO / topvrouw / chief executive), count
// words ("Quarante-deux chœurs", "nove contra"), a child's age of 8 beside
// pupils of 6 to 10, and background figures of other years (31 sick in
// 2026, 41 cases in 2027, 14 private cars, an edition in June 2032).
//
// Frozen before its first run, which flagged 4 of the 6 contradictions
// (the duration, the amount, the age and the weekday) and 1 false
// disagreement. It missed the English report's 64 patients against 46
// (the English "64 patients" and the German "46 Patientinnen" stayed in
// separate rows, so no disagreement was drawn) and the Dutch report's 84.7%
// against 87.4% (the Dutch 84,7 procent was set beside the French report's
// previous-year 85,2 % in a row of its own, unflagged, and its row for
// 87.4% took the Dutch target of 90 procent instead, also unflagged). The
// false disagreement was a date in choir-festival-cancelled: the English
// "from June 14 to 16" gave its start, 14 June, against the end date 16
// June of the German and both French reports. One false flag is within
// the set's limit, so the table line keeps its max of 1 and no value of
// wrong was respelled.
//
// Fixed after, so the set is held out no longer: a span of days ("from June
// 14 to 16") agrees with each day inside it: 4/6 flagged, no false
// disagreement.
var heldOutVardarac = []heldOutEvent{
	{"imi-rate-cut", map[string]string{
		"v1pt1.txt": `pt|Vale de Arcos baixa IMI para 0,38% em 2030

Política local | Por Joana Teixeira | 14 nov 2029, 08:40

A Assembleia Municipal de Vale de Arcos aprovou na noite de terça-feira a descida da taxa do Imposto Municipal sobre Imóveis (IMI) de 0,40% para 0,38%, a aplicar aos prédios urbanos em 2030.

A proposta da câmara foi aprovada com 21 votos a favor, nove contra e três abstenções. A oposição defendia uma descida para 0,35%.

Segundo as contas da autarquia, a medida representa uma perda de receita de 1,28 milhões de euros por ano. Em 2028, o IMI rendeu ao município 14,8 milhões de euros, a maior fatia da receita fiscal própria.

"É um alívio pequeno mas real para as famílias", afirmou a presidente da câmara, Helena Marques Vidal, lembrando que a taxa já tinha descido de 0,42% para 0,40% em 2027. O líder da bancada da oposição, Tiago Sarmento, considerou a descida "tímida".

A câmara mantém o IMI familiar, com deduções de 30 euros para um dependente, 70 euros para dois e 140 euros para três ou mais. A descida abrange 41 800 prédios.

Partilhar | Comentários (12)`,
		"v1pt2.txt": `pt|Vale de Arcos: Assembleia Municipal aprova descida do IMI

Vale de Arcos, Aveiro, 13 nov 2029 (Lusa) - A Assembleia Municipal de Vale de Arcos, no distrito de Aveiro, aprovou hoje à noite a redução da taxa de IMI para 0,38%, contra os atuais 0,40%, informou a autarquia.

A descida, que se aplica aos cerca de 42 mil prédios urbanos do concelho, vai custar ao município cerca de 1,3 milhões de euros de receita anual, segundo a câmara municipal, liderada por Helena Marques Vidal.

A proposta recolheu 21 votos favoráveis, nove votos contra e três abstenções, num órgão com 33 membros.

A oposição, pela voz de Tiago Sarmento, propôs uma taxa de 0,35%, que foi chumbada.`,
		"v1en.txt": `en|Vale de Arcos cuts property tax rate

By Resident staff | Updated 14 November 2029

Homeowners in Vale de Arcos, in Aveiro district, will pay slightly less municipal property tax (IMI) next year after the municipal assembly on Tuesday night approved a cut in the rate from 0.4% to 0.38%.

The motion passed by 21 votes to nine, with three abstentions. Opposition councillors had pushed for a deeper cut, to 0.35%.

Mayor Helena Marques Vidal said the council would forgo about €1.3m a year in revenue, out of around €14.8m that IMI brought in in 2028. The rate had already been lowered from 0.42% in 2027.

"It is a small relief, but a real one," she said.

Around 42,000 urban properties are affected. Families with dependants will keep the IMI Familiar discount of up to €140 a year.

Related: Aveiro district councils freeze water tariffs`,
	}, nil},
	{"norovirus-wards", map[string]string{
		"v2de1.txt": `de|Noroviren legen drei Stationen im Klinikum lahm

Lahnfelden | Von Sabine Kehl

Im Klinikum Lahnfelden grassiert das Norovirus: Drei Stationen sind seit dem Wochenende für Neuaufnahmen gesperrt, für das gesamte Haus gilt ein Besuchsverbot.

Nach Angaben der Klinik haben sich seit vergangenem Donnerstag 46 Patientinnen und Patienten sowie 19 Beschäftigte angesteckt. Betroffen sind vor allem die Geriatrie und zwei internistische Stationen.

„Wir haben die Lage im Griff, aber Noroviren sind extrem ansteckend", sagte Dr. Petra Volkmann, Leiterin der Krankenhaushygiene. Das Besuchsverbot gelte für mindestens zehn Tage. Ausnahmen gebe es nur für Eltern kranker Kinder und für Angehörige Sterbender.

Rund 35 planbare Operationen wurden verschoben. Das Klinikum mit seinen 820 Betten ist der größte Arbeitgeber der Stadt. Bereits im Winter 2026 hatte ein Norovirus-Ausbruch mit 31 Erkrankten zwei Stationen lahmgelegt.

Mehr zum Thema: Grippewelle - Hausarztpraxen am Limit`,
		"v2de2.txt": `de|Norovirus-Ausbruch: Besuchsverbot im Klinikum Lahnfelden

Lahnfelden (dpa/lhe) - Wegen eines Norovirus-Ausbruchs hat das Klinikum Lahnfelden in Mittelhessen ein Besuchsverbot verhängt. Insgesamt 65 Menschen seien erkrankt, darunter 19 Mitarbeitende, teilte das Krankenhaus am Dienstag mit.

Drei Stationen nehmen vorerst keine neuen Patienten auf. Das Verbot für Besucher soll mindestens zehn Tage gelten, sagte die Hygienechefin der Klinik, Petra Volkmann.

Etwa 35 geplante Eingriffe mussten verschoben werden. Notfälle würden weiterhin versorgt. Das Haus hat rund 800 Betten.`,
		"v2en.txt": `en|German hospital bans visitors after norovirus outbreak

LAHNFELDEN, Germany, Dec 4 (Newswire) - A hospital in the central German town of Lahnfelden has banned visitors and closed three wards to new admissions after a norovirus outbreak sickened dozens of people, the hospital said on Tuesday.

In all, 64 patients and 19 members of staff have fallen ill since last Thursday, most of them on the geriatric ward and two internal medicine wards, the Klinikum Lahnfelden said.

The visiting ban will last at least 10 days, said Petra Volkmann, the hospital's head of infection control. Exceptions are made for parents of sick children and relatives of dying patients.

About 35 planned operations have been postponed. The 820-bed hospital is the town's biggest employer.

Norovirus, which causes vomiting and diarrhoea, spreads easily in hospitals and care homes.

(Reporting by Mark Ellison; Editing by Jane Hurst)`,
	}, map[string][2]string{"v2en.txt": {"64", "46"}}},
	{"train-punctuality-report", map[string]string{
		"v3fr1.txt": `fr|Les trains de Ferbel plus ponctuels en 2029

Mobilité | Publié le 22/01/2030 à 11:02

La ponctualité des trains belges s'est améliorée l'an dernier : 87,4 % des trains de Ferbel sont arrivés à destination avec moins de six minutes de retard, contre 85,2 % en 2028, selon le bilan annuel publié ce mardi.

La compagnie fait rouler quelque 4 100 trains par jour. La part des trains supprimés a reculé à 1,9 %, contre 2,3 % un an plus tôt.

Les travaux sur le réseau restent la première cause de retard, avec 31 % des minutes perdues, devant les « causes externes » (vols de câbles, personnes sur les voies, intempéries), qui en représentent 24 %.

« Nous ne sommes pas encore à l'objectif de 90 % que nous nous sommes fixé pour 2032 », a reconnu l'administratrice déléguée de Ferbel, Marie-Claire Dussart.

La ligne Bruxelles-Namur-Luxembourg reste la moins ponctuelle du pays, avec 78,6 % de trains à l'heure.`,
		"v3fr2.txt": `fr|Ponctualité : Ferbel progresse, la ligne 162 reste à la traîne

Namur (Belga)

Ferbel a présenté mardi son bilan de ponctualité pour 2029. Sur l'ensemble du réseau, 87,4 % des trains sont arrivés avec un retard inférieur à 6 minutes, soit 2,2 points de mieux qu'en 2028.

Sur la ligne 162 (Namur-Arlon-Luxembourg), le taux plafonne à 78,6 %. Les navetteurs namurois devront encore patienter : les travaux de modernisation de la ligne doivent durer jusqu'en 2031.

Près de 2 % des trains ont été supprimés l'an dernier, selon la CEO Marie-Claire Dussart. La direction vise 90 % de ponctualité d'ici à 2032.`,
		"v3nl.txt": `nl|Treinen van Ferbel rijden stipter

Binnenland | 22 januari 2030

De treinen van Ferbel reden vorig jaar stipter dan in 2028. Dat blijkt uit het jaarverslag over de stiptheid dat de spoorwegmaatschappij dinsdag heeft voorgesteld.

Volgens het verslag haalde Ferbel in 2029 een stiptheid van 84,7 procent. Een trein geldt als stipt als hij minder dan zes minuten vertraging heeft.

Er rijden dagelijks ruim 4.000 treinen. Daarvan werd 1,9 procent afgeschaft.

Werken aan het spoor blijven de belangrijkste oorzaak van vertragingen (31 procent), gevolgd door externe oorzaken zoals kabeldiefstal en personen op de sporen (24 procent).

'We zijn er nog niet', zegt topvrouw Marie-Claire Dussart. Tegen 2032 wil Ferbel 90 procent halen.`,
		"v3en.txt": `en|Belgian trains more punctual last year, but still short of target

Tuesday, 22 January 2030

Belgian rail operator Ferbel said 87.4% of its trains ran on time in 2029, up from 85.2% the year before, in its annual punctuality report published on Tuesday.

A train counts as punctual if it arrives less than six minutes late. The share of cancelled trains fell to 1.9% from 2.3%.

Works on the network caused almost a third of all delay minutes (31%), ahead of external causes such as cable theft and trespassing (24%).

Chief executive Marie-Claire Dussart said the company was aiming for 90% by 2032. The Brussels-Luxembourg line remained the worst performer, at 78.6%.`,
	}, map[string][2]string{"v3nl.txt": {"84.7%", "87.4%"}}},
	{"castle-keep-restoration", map[string]string{
		"v4fr1.txt": `fr|Montbrézac : le donjon du château va enfin être restauré

Dordogne | Par Pierre Lacombe | Le 9 février 2030

C'est un chantier attendu depuis plus de vingt ans. Les travaux de restauration du donjon du château de Montbrézac, haut de 32 mètres, débuteront le lundi 4 mars et dureront dix-huit mois, a annoncé la mairie.

Le coût total est estimé à 4,6 millions d'euros. L'État, via la Drac, en finance 2,1 millions, la Région Nouvelle-Aquitaine 1,5 million, le Département 600 000 euros et la commune 400 000 euros.

« Des pierres se détachaient de la façade nord, il n'était plus possible d'attendre », explique Claire Bonnal-Dutheil, architecte en chef des monuments historiques, qui dirige le chantier. Les maçonneries du XIIIe siècle seront consolidées et la toiture en lauzes refaite à l'identique.

Pendant les travaux, le donjon sera fermé au public, mais la cour et le logis resteront ouverts. Le château a accueilli 38 000 visiteurs en 2029, contre 41 500 en 2019.

Pour le maire, Jean-Luc Fargeaud, « le donjon, c'est l'image de Montbrézac ».`,
		"v4fr2.txt": `fr|Dordogne : 4,6 millions d'euros pour sauver le donjon de Montbrézac

Le chantier de restauration du donjon du château de Montbrézac, en Périgord, commence début mars pour un an et demi. Montant de la facture : 4,6 millions d'euros, dont près de la moitié à la charge de l'État.

L'édifice, une tour de 32 mètres élevée au XIIIe siècle, perd des pierres sur sa façade nord. La toiture de lauzes sera entièrement refaite.

La cour du château restera accessible aux visiteurs pendant toute la durée des travaux. Environ 38 000 personnes ont visité le site l'an dernier.`,
		"v4en.txt": `en|Work to begin on crumbling Dordogne castle keep

Restoration of the 32-metre keep at the Château de Montbrézac, in the Dordogne, will start on Monday, March 4, and is expected to take 18 months.

The €4.6million project is funded by the state (€2.1m), the Nouvelle-Aquitaine region (€1.5m), the Dordogne department (€600,000) and the commune (€400,000).

Stones had been falling from the north face of the 13th-century tower, said chief architect Claire Bonnal-Dutheil. The stone-slab (lauze) roof will be rebuilt as it was.

The keep will be closed while work is under way, but visitors can still see the courtyard and the main house. The castle drew 38,000 visitors last year, down from 41,500 in 2019.`,
		"v4de.txt": `de|Dordogne: Bergfried von Montbrézac wird saniert

Reise | Frankreich

Wer in diesem Jahr in die Dordogne reist, wird den Bergfried der Burg Montbrézac nur von außen sehen: Ab dem 4. März wird der 32 Meter hohe Turm aus dem 13. Jahrhundert restauriert.

Die Arbeiten sollen 14 Monate dauern und 4,6 Millionen Euro kosten, den größten Teil trägt der französische Staat. Zuletzt hatten sich Steine aus der Nordfassade gelöst.

Hof und Wohngebäude der Burg bleiben für Besucher geöffnet. 2029 kamen rund 38.000 Gäste.`,
	}, map[string][2]string{"v4de.txt": {"14 months", "18 months"}}},
	{"hepatitis-a-school", map[string]string{
		"v5pt1.txt": `pt|Surto de hepatite A na escola de Ribafria: 23 casos confirmados

Saúde | 17 out 2029

A Unidade de Saúde Pública do Oeste Norte confirmou 23 casos de hepatite A associados à Escola Básica de Ribafria, no concelho de Torres Alvas. Entre os infetados estão 17 alunos, quatro funcionários e dois familiares.

O primeiro caso foi detetado a 24 de setembro. Uma criança de 8 anos chegou a estar internada no hospital de Leiria, mas já teve alta.

Os cerca de 640 alunos e 85 professores e funcionários vão ser vacinados na quinta e na sexta-feira, na própria escola. A escola não vai encerrar.

"A situação está controlada, mas a lavagem das mãos é essencial", disse o delegado de saúde, Nuno Bettencourt. O período de incubação da doença varia entre 15 e 50 dias, pelo que podem surgir novos casos nas próximas semanas.

Em 2027, um surto no distrito de Leiria afetou 41 pessoas.`,
		"v5pt2.txt": `pt|Hepatite A: vacinação em massa numa escola de Torres Alvas

Mais de 700 pessoas vão ser vacinadas contra a hepatite A esta quinta e sexta-feira na Escola Básica de Ribafria, em Torres Alvas, onde foram confirmados 23 casos da doença.

Dos infetados, 21 são alunos e funcionários da escola e dois são familiares de alunos. Os alunos afetados têm entre 6 e 10 anos.

O delegado de saúde Nuno Bettencourt garante que não há motivo para fechar a escola.

Leia também: Como se transmite a hepatite A?`,
		"v5en.txt": `en|Hepatitis A outbreak at Leiria district school

Health authorities are to vaccinate around 640 pupils and 85 staff at a primary school in Torres Alvas, Leiria district, after 23 cases of hepatitis A were linked to it.

Those infected are 17 children and six adults - four school staff and two relatives of pupils, the local public health unit said. One child, aged eight, was admitted to hospital in Leiria and has since been discharged.

The vaccinations will take place at the school on Thursday and Friday. The school will stay open.

Health delegate Nuno Bettencourt said more cases could not be ruled out, as the incubation period is between 15 and 50 days.`,
		"v5fr.txt": `fr|Portugal : épidémie d'hépatite A dans une école du district de Leiria

Vingt-trois cas d'hépatite A ont été confirmés dans une école primaire de Torres Alvas, dans le district de Leiria. Parmi eux, 17 élèves âgés de 6 à 10 ans.

Les autorités sanitaires vaccineront jeudi et vendredi quelque 640 élèves et 85 adultes. L'école reste ouverte. Le premier cas remonte au 24 septembre.

Selon le délégué de santé Nuno Bettencourt, de nouveaux cas pourraient apparaître, l'incubation pouvant durer jusqu'à 50 jours.`,
	}, nil},
	{"car-sharing-launch", map[string]string{
		"v6de1.txt": `de|120 Autos zum Teilen: Steinhofen startet eigenes Carsharing

Steinhofen | 1. September 2029, 18.30 Uhr

Ab Montag können die Steinhofnerinnen und Steinhofner Autos stundenweise mieten: Die Stadt startet gemeinsam mit der Mobilo GmbH das Carsharing „StadtAuto". 120 Fahrzeuge stehen an 45 Standorten bereit, 80 davon sind Elektroautos.

Eine Stunde kostet 2,90 Euro, dazu kommen 25 Cent pro gefahrenem Kilometer. Die Jahresgebühr beträgt 60 Euro, Besitzer des städtischen Klimatickets zahlen die Hälfte.

„Ein geteiltes Auto ersetzt bis zu zehn private", sagt Verkehrsstadträtin Andrea Pichler-Haas. Die Stadt fördert das Projekt in den ersten drei Jahren mit insgesamt 1,4 Millionen Euro.

Schon jetzt haben sich 1.150 Interessierte vorregistriert, bis Ende 2030 sollen es 5.000 Mitglieder sein. Bisher gab es in Steinhofen nur 14 Carsharing-Autos eines privaten Anbieters.`,
		"v6de2.txt": `de|Carsharing „StadtAuto" startet in Steinhofen

Mit 3. September startet in Steinhofen ein städtisches Carsharing. Rund zwei Drittel der 120 Autos fahren elektrisch.

Die Fahrzeuge können per App an 45 Stationen gebucht werden. Neben einer Jahresgebühr von 60 Euro fallen 2,90 Euro pro Stunde und 0,25 Euro pro Kilometer an. Die Stadt stellt für die ersten drei Jahre 1,4 Mio. Euro zur Verfügung.

Mobilo-Geschäftsführer Florian Weißenbacher rechnet mit 5.000 Kundinnen und Kunden bis Ende nächsten Jahres.`,
		"v6en.txt": `en|Styrian town launches car-sharing scheme with 120 vehicles

Steinhofen, a town in Styria, is launching a municipal car-sharing scheme on Monday, September 3rd, with 120 cars at 45 stations, 80 of them electric.

Users pay €2.90 an hour plus €0.25 per kilometre driven, on top of an annual fee of €60 (€30 for holders of the town's climate ticket).

The town is contributing €1.4 million over three years to the scheme, run by the company Mobilo. More than 1,100 people have already signed up in advance; the target is 5,000 members by the end of 2030.

"One shared car can replace up to ten private ones," said transport councillor Andrea Pichler-Haas.`,
	}, nil},
	{"street-cleaning-contract", map[string]string{
		"v7fr1.txt": `fr|Montclaret : la propreté des rues confiée à Propréa pour six ans

Conseil municipal | Par Lucie Girard | 9 avril 2030

Le conseil municipal de Montclaret a attribué lundi soir le marché du nettoiement des rues à l'entreprise Propréa, pour une durée de six ans à compter du 1er juillet. Le contrat s'élève à 38 millions d'euros, soit environ 6,3 millions par an.

Le précédent marché, détenu par Netvia, représentait 27 millions d'euros sur cinq ans. « La hausse s'explique par l'élargissement du périmètre et par le passage à des balayeuses électriques », a justifié l'adjoint à la propreté, Karim Benali-Roux.

Propréa reprendra les 140 agents de Netvia et mettra en service 22 balayeuses électriques. Dans l'hypercentre, les rues seront nettoyées deux fois par jour.

La délibération a été adoptée par 39 voix contre 14. L'opposition, menée par Sophie Terrier, dénonce « un contrat hors de prix ».`,
		"v7fr2.txt": `fr|Nettoiement : 38 M€ pour Propréa, l'opposition vote contre

Le marché de la propreté urbaine de Montclaret change de mains. Lundi, les élus ont voté (39 pour, 14 contre) l'attribution du contrat à Propréa, qui succédera à Netvia le 1er juillet 2030.

Montant : 38 millions d'euros sur six ans, contre 27 millions pour les cinq ans du contrat précédent. Soit une hausse d'un peu plus de 17 % par an, selon nos calculs.

« On paie plus pour un service qui ne s'est pas amélioré », a lancé Sophie Terrier, cheffe de file de l'opposition. Les 140 salariés seront repris.`,
		"v7en.txt": `en|Alpine city hands street-cleaning contract to new firm

Montclaret, in the Isère department, has awarded its street-cleaning contract to the company Propréa, which will replace Netvia from July 1.

Councillors approved the deal on Monday evening by 39 votes to 14.

The contract is worth €36 million over six years, compared with €27 million for the previous five-year contract. The deputy mayor in charge of cleanliness, Karim Benali-Roux, said the rise reflected a larger area and the switch to electric sweepers.

Propréa will keep on all 140 workers and bring in 22 electric street sweepers. City-centre streets will be cleaned twice a day.`,
	}, map[string][2]string{"v7en.txt": {"€36 million", "€38 million"}}},
	{"orchestra-merger", map[string]string{
		"v8de1.txt": `de|Zwei Orchester werden eins

Wendelbach/Auenstadt | Von Thomas Rieder

Das Staatsorchester Wendelbach und die Philharmonie Auenstadt fusionieren zur Spielzeit 2031/32. Das haben das Land und die beiden Städte am Donnerstag in Mainz bekanntgegeben. Das neue Orchester soll „Staatsphilharmonie Wendelbach-Auenstadt" heißen.

Derzeit spielen in beiden Klangkörpern zusammen 112 Musikerinnen und Musiker, 64 in Wendelbach und 48 in Auenstadt. Bis 2036 soll die Zahl ohne Kündigungen auf 96 Planstellen sinken. Die Einsparungen beziffert Kulturministerin Ute Brandstätter auf 2,4 Millionen Euro pro Jahr.

Chefdirigentin wird die 47-jährige Finnin Aino Lehtisalo, die derzeit das Auenstädter Orchester leitet. Der Wendelbacher Intendant Klaus-Dieter Ebner (66) geht mit der Fusion in den Ruhestand.

Die Orchestergewerkschaft sieht die Pläne kritisch. „16 Stellen weniger bedeuten weniger Musik für die Region", sagte ihr Landesvorsitzender Jörg Mahlberg.`,
		"v8de2.txt": `de|Orchesterfusion in Rheinland-Pfalz: 16 Stellen fallen weg

Mainz (dpa/lrs) - Das Staatsorchester Wendelbach und die Philharmonie Auenstadt sollen von der Saison 2031/2032 an gemeinsam auftreten. Das Land spare damit jährlich rund 2,4 Millionen Euro, sagte Kulturministerin Ute Brandstätter am Donnerstag.

Die Zahl der Stellen soll von 112 auf 96 sinken, betriebsbedingte Kündigungen seien ausgeschlossen.

Künstlerische Leiterin des neuen Orchesters wird Aino Lehtisalo (47).`,
		"v8en.txt": `en|Two German orchestras to merge, Finnish conductor to lead

The Wendelbach State Orchestra and the Auenstadt Philharmonic in the German state of Rhineland-Palatinate will merge from the 2031-32 season, officials said on Thursday.

Aino Lehtisalo, the 47-year-old Finnish chief conductor of the Auenstadt orchestra, will lead the new ensemble. The orchestras' combined 112 posts will be cut to 96 by 2036 through natural attrition, saving about €2.4 million a year.

Klaus-Dieter Ebner, 66, the Wendelbach general manager (Intendant), will retire.`,
		"v8fr.txt": `fr|Allemagne : fusion de deux orchestres en Rhénanie-Palatinat

L'Orchestre d'État de Wendelbach et la Philharmonie d'Auenstadt ne formeront plus qu'une seule formation à partir de la saison 2031-2032, ont annoncé jeudi le Land de Rhénanie-Palatinat et les deux villes.

Les effectifs passeront de 112 à 96 musiciens d'ici 2036, sans licenciements, pour une économie de 2,4 millions d'euros par an.

La direction musicale sera confiée à la Finlandaise Aino Lehtisalo, âgée de 44 ans, actuelle cheffe de la Philharmonie d'Auenstadt. L'intendant de Wendelbach, Klaus-Dieter Ebner, 66 ans, prendra sa retraite.`,
	}, map[string][2]string{"v8fr.txt": {"44 years", "47 years"}}},
	{"choir-festival-cancelled", map[string]string{
		"v9fr1.txt": `fr|Le Festival choral de Corcelles-Vernand annule son édition 2030

Broye | Par Nicolas Pittet | 10.04.2030

Il n'y aura pas de chœurs à Corcelles-Vernand cet été. Réuni mardi soir en séance extraordinaire, le comité du Festival international de chant choral a renoncé à l'édition prévue du 14 au 16 juin.

En cause : le retrait du principal sponsor, qui apportait 120 000 francs, et un déficit prévisionnel de 180 000 francs. « Nous avons tout tenté, mais nous ne pouvions pas prendre le risque de mettre l'association en faillite », explique la présidente du comité, Denise Rochat-Blanc.

Quarante-deux chœurs, soit quelque 1 800 chanteurs venus de onze pays, étaient inscrits. Les organisateurs attendaient 12 000 spectateurs, contre 9 500 lors de l'édition 2028.

Le festival, biennal, donne rendez-vous en juin 2032.`,
		"v9fr2.txt": `fr|Faute d'argent, le festival choral de Corcelles-Vernand n'aura pas lieu

Le Festival international de chant choral de Corcelles-Vernand (VD), qui devait réunir 42 chœurs du 14 au 16 juin, est annulé. Le comité l'a décidé mardi.

Le départ du sponsor principal a creusé un trou de 180 000 francs dans le budget. Les chœurs inscrits seront remboursés de leurs frais d'inscription.

Publié le 10 avril 2030 à 07:15`,
		"v9de.txt": `de|Chorfestival Corcelles-Vernand abgesagt

Das internationale Chorfestival in Corcelles-Vernand findet dieses Jahr nicht statt. Das Organisationskomitee hat die für den 14. bis 16. Juni geplante Ausgabe an einer ausserordentlichen Sitzung am Dienstagabend abgesagt.

Grund ist der Rückzug des Hauptsponsors, der 120'000 Franken beigesteuert hatte. Das erwartete Defizit belief sich auf 180'000 Franken, wie Komiteepräsidentin Denise Rochat-Blanc mitteilte.

Angemeldet waren 42 Chöre mit rund 1800 Sängerinnen und Sängern aus elf Ländern. Das nächste Festival soll im Juni 2032 stattfinden.`,
		"v9en.txt": `en|Swiss choir festival cancelled after sponsor pulls out

An international choir festival in the western Swiss village of Corcelles-Vernand, which was due to bring 42 choirs to the canton of Vaud from June 14 to 16, has been cancelled.

The organising committee took the decision at an extraordinary meeting on Wednesday evening, after the main sponsor withdrew its support of CHF120,000, leaving a projected deficit of CHF180,000.

"We could not risk bankrupting the association," committee president Denise Rochat-Blanc said.

Some 1,800 singers from 11 countries had registered, and organisers expected 12,000 spectators, up from 9,500 at the last edition in 2028.`,
	}, map[string][2]string{"v9en.txt": {"Wednesday", "Tuesday"}}},
	{"ambulance-response-times", map[string]string{
		"v10pt1.txt": `pt|Socorro demora mais: ambulâncias levam 19 minutos a chegar no distrito de Beja

Região | 5 fev 2030

O tempo mediano de chegada das ambulâncias de emergência às vítimas no distrito de Beja subiu para 19 minutos em 2029, contra 17 minutos em 2028, revela o relatório anual da Unidade Local de Saúde da Planície Sul.

O concelho de Alcarva continua a ser o pior: ali, metade das ocorrências demorou mais de 31 minutos a ter resposta.

Ao longo do ano foram atendidas 48 600 chamadas de emergência, mais 2700 do que no ano anterior.

"Temos 11 ambulâncias para um território enorme", reconhece o diretor clínico, Rui Palma Carrasco. Três novas viaturas, num investimento de 540 mil euros, vão ficar sediadas a partir de abril em Alcarva, Ourivel e Santa Clara do Campo.`,
		"v10pt2.txt": `pt|Beja: tempos de resposta das ambulâncias aumentam

As ambulâncias de emergência demoraram quase 20 minutos a chegar às vítimas no distrito de Beja no ano passado, segundo a ULS da Planície Sul. Em 2028 eram 17 minutos.

O relatório indica que foram recebidas cerca de 49 mil chamadas.

A região conta com 11 ambulâncias. Em abril entram ao serviço mais três, que custaram 540 mil euros.`,
		"v10en.txt": `en|Ambulance response times rise in Beja district

Ambulances in the district of Beja took a median of 19 minutes to reach patients in 2029, two minutes longer than the previous year, according to the annual report of the regional health unit.

In the municipality of Alcarva the median exceeded 31 minutes. The service handled 48,600 emergency calls, up from 45,900 in 2028.

Three new ambulances, costing €540,000, will be stationed from April in Alcarva, Ourivel and Santa Clara do Campo, bringing the fleet to 14.

Clinical director Rui Palma Carrasco said 11 ambulances were "not enough for such a vast territory".`,
	}, nil},
}
