package compare

// heldOutNarbonnais is a blind held-out set of ten events of mixed
// national and regional news, written without reading the comparison's
// code: a pencil maker's plant expansion in Bavaria, a record Douro
// river-cruise season, an archery World Cup final, a dental bus for rural
// Alentejo schools, a theft of racing pigeons in eastern Belgium, a Swiss
// village's vote to sell its campsite, a blind cave fish in Bahia, a Roman
// road under a planned car park in the Drôme, free Sundays at a Gaia museum
// and a Valais court ruling on snowmaking water. Reports are in German,
// Portuguese, French and English.
//
// Six contradictions are planted, one an event: an amount (the pencil
// maker's investment, in the French report's third paragraph), a
// percentage (the cruise passengers' rise, in the English report's third
// paragraph), a duration (the dental pilot's length, in the French report's
// second paragraph), a distance (the cave's mapped passages, in the English
// report's first paragraph), a date (the end of the Roman-road dig, in the
// German report's third paragraph) and an age (the resort director's, in
// the German report's third paragraph). The other four events hold none.
//
// Traps: "gut 70 Prozent" for 72%, 12,000 m² as "nearly 130,000 square
// feet", $68m beside €62m, a 156-year-old firm founded in 1873, jobs as
// added (140), before (470) and after (610); 1,184,300 passengers as "quase
// 1,2 milhões", "cerca de 1,18 milhões", "rund 1,2 Millionen" and "nearly
// 1.2 million", the previous year's 1,067,000 and 2019's 1.02 million;
// 6-5 against the loser's 5:6, two archers' ages, 3,400 spectators on the
// final day of 9,000, 212 archers as "more than 200", 147-145; an EU share
// as 60% and as 246 mil euros, 41% as "quatro em cada dez", "dois anos
// letivos", 46 children on the first morning; 64 pigeons as "mehr als 60"
// and "Soixante-quatre", a €45,000 bird among €180,000, 41 pigeons stolen
// elsewhere, "within a year" and "binnen zwölf Monaten"; 412 to 389 as "à
// 23 voix près" and 51.4% beside a 61.4% turnout, 4.5 hectares as 45.000
// m², CHF 3.2 million as $3.6 million; 40 m as 130 feet, 6.5 cm as 2.5
// inches; 85 m as 280 ft, "fin octobre" for 31 October, the year AD 14;
// 758 visitors a Sunday as "cerca de 760" and "roughly 750"; 120,000 m³
// as 120 million litres, 38 of 62 km of pistes, 85,000 m³ reservoir, two
// people's ages, 30 days to appeal.
//
// Frozen before its first run, which flagged 6 of the 6 contradictions and
// 0 false disagreements; it missed none.
var heldOutNarbonnais = []heldOutEvent{
	{"pencil-plant-expansion", map[string]string{
		"n1de1.txt": `de|Hollerbach investiert 62 Millionen Euro in Geroldsheim

Wirtschaft | Region

Geroldsheim, 04.09.2029

Der Bleistifthersteller Hollerbach baut sein Stammwerk in Geroldsheim (Landkreis Ansbach) kräftig aus. Bis 2031 will das Familienunternehmen 62 Millionen Euro investieren, wie Geschäftsführerin Clara Hollerbach am Dienstag ankündigte. Entstehen sollen eine neue Produktionshalle mit 12.000 Quadratmetern und 140 zusätzliche Arbeitsplätze.

Derzeit beschäftigt Hollerbach in Geroldsheim 470 Menschen, künftig sollen es 610 sein. Die Jahresproduktion soll von 1,1 auf 1,5 Milliarden Stifte steigen. Rund 72 Prozent davon gehen in den Export.

"Wir glauben an den Bleistift, gerade in einer digitalen Welt", sagte die 46-Jährige, die das 1873 gegründete Unternehmen in fünfter Generation führt. Ihr Vater Ludwig Hollerbach (78) sitzt dem Beirat vor.

Der Freistaat unterstützt das Projekt mit 7,5 Millionen Euro aus der Regionalförderung. Wirtschaftsminister Markus Weidl sprach von einem "starken Signal für den ländlichen Raum".

Mehr aus der Region: Ansbacher Herbstmesse eröffnet`,
		"n1de2.txt": `de|Bleistiftfabrik Hollerbach schafft 140 neue Stellen

Geroldsheim (dpa/lby) - Der fränkische Bleistifthersteller Hollerbach will in den kommenden drei Jahren 62 Millionen Euro in sein Werk in Geroldsheim stecken. 140 neue Arbeitsplätze sollen entstehen, die Belegschaft wächst damit auf 610 Beschäftigte, teilte das Unternehmen am Dienstag mit.

Herzstück ist eine neue Halle mit einer Fläche von 12.000 Quadratmetern. Künftig sollen dort jährlich 1,5 Milliarden Stifte vom Band laufen, bisher sind es 1,1 Milliarden.

Der Freistaat Bayern beteiligt sich mit 7,5 Millionen Euro. Das Unternehmen wurde 1873 gegründet und exportiert gut 70 Prozent seiner Produktion.`,
		"n1en.txt": `en|German pencil maker Hollerbach to invest €62m, add 140 jobs

Business | Manufacturing

By Staff Reporter | September 4, 2029

Hollerbach, the family-owned German pencil maker, said on Tuesday it would spend €62m ($68m) expanding its main plant in Geroldsheim, Bavaria, over three years, adding 140 jobs.

The 156-year-old company will build a production hall of nearly 130,000 square feet, raising its annual output to 1.5 billion pencils from 1.1 billion. About 72% of its output is exported.

"We believe in the pencil, especially in a digital world," said managing director Clara Hollerbach, 46, the fifth generation of her family to run the firm. Her father Ludwig, 78, chairs its advisory board.

The Bavarian state government is contributing €7.5m in regional aid. The plant currently employs 470 people.`,
		"n1fr.txt": `fr|Allemagne : le fabricant de crayons Hollerbach s'agrandit

Économie

Publié le 04/09/2029 à 16h40

Le fabricant allemand de crayons Hollerbach a annoncé mardi l'agrandissement de son usine historique de Geroldsheim, en Bavière, où 140 emplois doivent être créés d'ici à 2031. L'effectif passera de 470 à 610 salariés.

Une nouvelle halle de 12 000 m² permettra de porter la production annuelle de 1,1 à 1,5 milliard de crayons. L'entreprise familiale, fondée en 1873, exporte environ 72 % de sa production.

Au total, le groupe prévoit d'investir 26 millions d'euros sur trois ans, dont 7,5 millions d'euros d'aides régionales du Land de Bavière.

« Nous croyons au crayon, justement dans un monde numérique », a déclaré la directrice générale, Clara Hollerbach, 46 ans.`,
	}, map[string][2]string{"n1fr.txt": {"€26 million", "€62 million"}}},
	{"douro-cruise-season", map[string]string{
		"n2pt1.txt": `pt|Cruzeiros no Douro batem recorde com quase 1,2 milhões de passageiros

Economia

Peso da Régua, 12 dez 2029 (Lusa)

Os barcos de cruzeiro do rio Douro transportaram 1.184.300 passageiros em 2029, um novo recorde e mais 11% do que no ano anterior, anunciou hoje a Administração dos Portos do Douro (APD).

Em 2028 tinham sido 1.067.000 passageiros. O anterior máximo, de 2019, era de 1,02 milhões.

Operaram este ano no rio 142 embarcações licenciadas, das quais 27 navios-hotel, cuja taxa de ocupação média foi de 87%. A eclusa de Vilar de Cima, com um desnível de 32 metros, registou 6.850 passagens.

"O Douro tornou-se um destino de referência mundial", afirmou a presidente da APD, Ana Sequeira, estimando as receitas dos operadores em 96 milhões de euros.

A época de 2030 arranca a 15 de março.`,
		"n2pt2.txt": `pt|Douro: navios-hotel com 87% de ocupação num ano de recorde

Região | Turismo

Vila Real, 12/12/2029

Nunca tantos turistas subiram o Douro de barco. Segundo os dados da Administração dos Portos do Douro, divulgados esta quarta-feira, foram cerca de 1,18 milhões de passageiros ao longo da época, que decorreu de março a novembro, contra 1,07 milhões em 2028.

Os 27 navios-hotel, com cabines para pernoitar, tiveram uma ocupação média de 87%. No total, o rio contou com 142 embarcações licenciadas.

Ana Sequeira, presidente da APD, sublinhou que a eclusa de Vilar de Cima, a mais alta do percurso, com 32 metros de desnível, foi atravessada 6850 vezes.

Os operadores faturaram cerca de 96 milhões de euros.`,
		"n2en.txt": `en|Record year for Douro river cruises

Travel | Portugal

Lisbon, Dec 12

Cruise boats on Portugal's Douro river carried a record of nearly 1.2 million passengers this year, the river's port authority said on Wednesday.

The 142 licensed vessels include 27 hotel ships with overnight cabins, which were 87% full on average over the March-to-November season. Operators' revenue reached about €96 million, said Ana Sequeira, who chairs the Douro Ports Administration.

Passenger numbers were up 14% on the previous year, when 1.07 million people took a trip, and well above the 1.02 million of 2019, the record before the pandemic.

The 2030 season opens on March 15.`,
		"n2de.txt": `de|Douro-Kreuzfahrten mit Rekordsaison

Reise

Porto, 12.12.2029

Auf dem Douro in Portugal waren 2029 so viele Ausflugs- und Kreuzfahrtschiffe unterwegs wie nie: Rund 1,2 Millionen Passagiere zählte die Hafenbehörde des Flusses, ein Plus von elf Prozent.

Von den 142 zugelassenen Schiffen sind 27 Hotelschiffe, ihre Auslastung lag im Schnitt bei 87 Prozent. Allein die Schleuse Vilar de Cima mit einem Hub von 32 Metern passierten die Schiffe 6850 Mal.

Die Betreiber setzten nach Angaben von Behördenchefin Ana Sequeira rund 96 Millionen Euro um.`,
	}, map[string][2]string{"n2en.txt": {"14%", "11%"}}},
	{"archery-world-cup-final", map[string]string{
		"n3fr1.txt": `fr|Tir à l'arc : Léa Marchetti s'offre sa première victoire en Coupe du monde

Sports | Tir à l'arc

Saint-Aurel (Loire), dimanche

Léa Marchetti a remporté dimanche l'étape de Coupe du monde de Saint-Aurel en arc classique, en battant en finale l'Allemande Katrin Vollmer 6-5 au terme d'une flèche de barrage. Les deux archères avaient touché le 10, mais la flèche de la Française était plus proche du centre.

À 23 ans, la Lyonnaise décroche son premier titre sur le circuit mondial. L'an dernier, elle avait échoué au pied du podium, à la quatrième place.

« J'ai tremblé sur la dernière flèche, mais j'y ai cru jusqu'au bout », a confié la Tricolore devant quelque 3 400 spectateurs.

Vollmer, 31 ans, avait gagné ici même en 2027.

Au total, 212 archers de 41 pays ont participé à la compétition, qui a attiré 9 000 spectateurs en quatre jours.`,
		"n3fr2.txt": `fr|Coupe du monde de tir à l'arc : 9 000 spectateurs à Saint-Aurel

Loire | Saint-Aurel

Par Jean-Marc Tissier | 17/06/2029

Le pari est réussi pour Saint-Aurel. Du jeudi au dimanche, environ 9 000 spectateurs se sont pressés au stade des Peupliers pour suivre les 212 archers venus de 41 pays.

Point d'orgue, la victoire de Léa Marchetti, 23 ans, en finale de l'arc classique face à Katrin Vollmer (6-5, après barrage), devant 3 400 personnes dimanche.

Chez les arcs à poulies, le Portugais Tomás Reis a pris la médaille de bronze en s'imposant 147-145.

« C'est une vitrine formidable pour notre commune », s'est félicité le maire, Gilles Chambon. La commune a consacré 85 000 euros à l'organisation.`,
		"n3en.txt": `en|Marchetti edges Vollmer in shoot-off for first World Cup gold

Sport | Archery

Saint-Aurel, France, June 17

France's Lea Marchetti, 23, won her first World Cup title on Sunday, beating Germany's Katrin Vollmer 6-5 in the women's recurve final after a one-arrow shoot-off in which both archers hit the ten.

The final was shot over 70 metres in front of a crowd of about 3,400.

Vollmer, 31, won at the same venue two years ago. Portugal's Tomas Reis took bronze in the men's compound, 147-145.

More than 200 archers from 41 nations competed at the four-day event.`,
		"n3de.txt": `de|Bogenschießen: Vollmer verpasst Weltcup-Sieg im Stechen

Sport

Saint-Aurel (SID) - Bogenschützin Katrin Vollmer hat beim Weltcup im französischen Saint-Aurel den Sieg knapp verpasst. Die 31-Jährige unterlag im Finale mit dem Recurvebogen am Sonntag der Französin Léa Marchetti mit 5:6 nach Stechen.

Beide trafen im Stechen die Zehn, der Pfeil der 23 Jahre alten Französin saß aber näher an der Mitte. Vollmer hatte 2027 am selben Ort gewonnen.

Geschossen wurde auf 70 Meter Entfernung.`,
	}, nil},
	{"dental-bus-alentejo", map[string]string{
		"n4pt1.txt": `pt|Consultório dentário sobre rodas arranca no Baixo Alentejo

Saúde

Beja, 17 set 2029 (Lusa)

Um autocarro equipado como consultório dentário começou hoje a percorrer as escolas do Baixo Alentejo, onde vai observar cerca de 5.200 alunos entre os 6 e os 12 anos, anunciou a Unidade Local de Saúde (ULS) do Baixo Alentejo.

O projeto-piloto vai durar dois anos e abrange 38 escolas de 14 concelhos. A equipa é composta por dois médicos dentistas, uma higienista oral e um motorista.

O autocarro custou 410 mil euros, financiados em 60% por fundos europeus.

"Há crianças de 12 anos que nunca foram ao dentista", afirmou a presidente da ULS, Filipa Arrais. Segundo um levantamento da ULS, é o caso de 41% das crianças dessa idade na região, contra 23% a nível nacional.`,
		"n4pt2.txt": `pt|Dentista vai à escola: primeira paragem em Vale de Azinhal

Diário do Sul | Região

17/09/2029 - 18:10

Foi na Escola Básica de Vale de Azinhal que o novo "dentibus" fez hoje a sua primeira paragem. Nesta primeira manhã, 46 crianças passaram pela cadeira do dentista.

Ao longo de dois anos letivos, o autocarro vai visitar 38 escolas em 14 concelhos do distrito de Beja. O investimento, de 410.000 euros, contou com uma comparticipação europeia de 246 mil euros.

Filipa Arrais, presidente do conselho de administração da ULS do Baixo Alentejo, lembrou que quatro em cada dez crianças de 12 anos da região nunca tinham sido vistas por um dentista.

Partilhar | Comentar`,
		"n4en.txt": `en|Dental bus takes check-ups to rural Portuguese schools

Health | Europe

Beja, Portugal, Sept 17

A bus fitted out as a dental surgery began touring schools in Portugal's rural Baixo Alentejo region on Monday, aiming to examine some 5,200 children aged six to 12 over a two-year pilot.

The bus, which cost €410,000, 60% of it paid by EU funds, will call at 38 schools in 14 municipalities, with two dentists, a hygienist and a driver on board.

Regional health chief Filipa Arrais said 41% of 12-year-olds in the region had never seen a dentist, against 23% nationwide.`,
		"n4fr.txt": `fr|Portugal : un bus-cabinet dentaire pour les écoles rurales de l'Alentejo

Santé

Publié le 17/09/2029

Un autobus aménagé en cabinet dentaire a commencé lundi sa tournée des écoles du Baixo Alentejo, région rurale du sud du Portugal, où environ 5 200 élèves de 6 à 12 ans doivent être examinés.

Ce projet pilote, qui durera trois ans, concerne 38 écoles réparties dans 14 communes. Le véhicule a coûté 410 000 euros, financés à 60 % par l'Union européenne.

Selon Filipa Arrais, présidente de l'autorité sanitaire régionale, 41 % des enfants de 12 ans de la région n'ont jamais consulté de dentiste, contre 23 % dans l'ensemble du pays.`,
	}, map[string][2]string{"n4fr.txt": {"3 years", "2 years"}}},
	{"racing-pigeon-theft", map[string]string{
		"n5de1.txt": `de|64 Brieftauben aus Schlag in Bellenrath gestohlen

Ostbelgien | Lokales

Bellenrath, 22.04.2029

Unbekannte haben in der Nacht von Samstag auf Sonntag 64 Brieftauben aus dem Schlag des Züchters Josef Kreutz in Bellenrath gestohlen. Den Schaden schätzt der 67-Jährige auf rund 180.000 Euro.

Die Täter durchtrennten den Zaun hinter dem Haus. Die Alarmanlage habe nicht ausgelöst, sagte Kreutz, der seit 52 Jahren Tauben züchtet. Allein sein bester Vogel, der Vorjahressieger "Blitz vom Venn", sei etwa 45.000 Euro wert.

Es ist der dritte Taubendiebstahl in der Provinz Lüttich innerhalb eines Jahres. Im November waren in Welkenraedt 41 Tiere verschwunden.

Die Polizei bittet um Hinweise. Alle Tiere tragen registrierte Ringe.`,
		"n5de2.txt": `de|Bellenrath: Diebe erbeuten wertvolle Brieftauben

BRF Nachrichten | 22.04.2029 - 12:30

In Bellenrath sind am Wochenende mehr als 60 Brieftauben gestohlen worden. Nach Angaben des Besitzers haben die Tiere einen Gesamtwert von 180.000 Euro.

Josef Kreutz entdeckte den Diebstahl am Sonntagmorgen. Sein Sohn Marc (39), der ihm beim Training der Vögel hilft, sprach von einem "Schock für die ganze Familie".

Die Polizeizone Weser-Göhl ermittelt. Es ist bereits der dritte Fall in der Provinz binnen zwölf Monaten.`,
		"n5fr.txt": `fr|Vol de 64 pigeons voyageurs à Bellenrath

Faits divers | Province de Liège

Publié le 22/04/2029 à 14h05

Soixante-quatre pigeons voyageurs ont été dérobés dans la nuit de samedi à dimanche dans le colombier d'un éleveur de Bellenrath, en Communauté germanophone. Le préjudice est estimé à 180 000 euros.

Le propriétaire, Josef Kreutz, 67 ans, a découvert le vol dimanche matin. Les voleurs ont sectionné la clôture à l'arrière de la propriété ; l'alarme ne s'est pas déclenchée.

Parmi les oiseaux volés figure son champion, « Blitz vom Venn », estimé à lui seul à quelque 45 000 euros.

Il s'agit du troisième vol de pigeons dans la province en un an. En novembre, 41 oiseaux avaient disparu à Welkenraedt.`,
		"n5en.txt": `en|Thieves steal prize racing pigeons worth €180,000 in Belgium

Bellenrath, Belgium, April 22

Thieves stole 64 racing pigeons worth an estimated €180,000 from a breeder's loft in eastern Belgium overnight from Saturday to Sunday, police and the owner said.

Josef Kreutz, 67, who has bred pigeons for more than 50 years, said one bird alone, last year's champion, was worth about €45,000. The thieves cut through a fence; the alarm did not go off.

It is the third such theft in Liège province in 12 months.`,
	}, nil},
	{"campsite-sale-vote", map[string]string{
		"n6fr1.txt": `fr|Estavanens-le-Lac vend son camping pour 3,2 millions

Gruyère | Votations

Estavanens-le-Lac, 23.09.2029

Le camping des Trembles changera de mains. Les citoyens d'Estavanens-le-Lac ont accepté dimanche sa vente à la société Lacamp SA pour 3,2 millions de francs, par 412 oui contre 389 non. La participation a atteint 61,4 %.

Le camping, propriété de la commune depuis 1968, compte 180 emplacements sur 4,5 hectares au bord du lac de la Gruyère. Il a enregistré l'an dernier une perte de 140 000 francs.

« C'est un soulagement pour nos finances », a réagi le syndic Bernard Pasquier, 59 ans. L'acquéreur prévoit d'investir 5 millions de francs en cinq ans, notamment dans 20 chalets.

Le comité référendaire, emmené par Nadia Rossier, 34 ans, dénonce « la vente d'un bien commun ». Il ne fera pas recours.`,
		"n6fr2.txt": `fr|Le camping communal d'Estavanens-le-Lac sera privatisé

Régions | Fribourg

Publié dimanche à 17h12

A 23 voix près, les électeurs d'Estavanens-le-Lac (FR) ont approuvé la vente du camping communal des Trembles à un exploitant privé. Le prix convenu est de 3,2 millions de francs.

Le oui l'a emporté avec 51,4 % des voix, pour une participation d'environ 61 %.

Déficitaire, le camping de 180 places a coûté 140 000 francs à la commune l'an dernier, a rappelé le syndic Bernard Pasquier.`,
		"n6de.txt": `de|Gemeinde verkauft Campingplatz am Greyerzersee

Freiburg | Abstimmungen

23.09.2029

Die Stimmberechtigten von Estavanens-le-Lac haben am Sonntag dem Verkauf des gemeindeeigenen Campingplatzes Les Trembles zugestimmt. Mit 412 zu 389 Stimmen sagten sie Ja zum Verkauf an die Lacamp SA für 3,2 Mio. Franken. Die Stimmbeteiligung lag bei 61,4 Prozent.

Der 45.000 Quadratmeter grosse Platz mit 180 Stellplätzen hatte im vergangenen Jahr ein Defizit von 140.000 Franken geschrieben. Die Käuferin will in den nächsten fünf Jahren 5 Mio. Franken investieren.

Gemeindepräsident Bernard Pasquier (59) zeigte sich erleichtert.`,
		"n6en.txt": `en|Swiss village votes narrowly to sell lakeside campsite

Estavanens-le-Lac, Switzerland, Sept 23

Voters in the Swiss village of Estavanens-le-Lac on Sunday approved the sale of their loss-making municipal campsite to a private operator for 3.2 million Swiss francs ($3.6 million), by 412 votes to 389.

The 180-pitch site on Lake Gruyère lost CHF 140,000 last year. Its buyer, Lacamp, plans to invest CHF 5 million over five years.

"It is a relief for our finances," said mayor Bernard Pasquier, 59. Opponents led by Nadia Rossier, 34, called it the sale of a common good.`,
	}, nil},
	{"blind-cave-fish-bahia", map[string]string{
		"n7pt1.txt": `pt|Descoberta nova espécie de peixe cego em gruta da Bahia

Ciência

Salvador, 8 mai 2029

Pesquisadores da Universidade Estadual do Sertão Baiano (UESB) descreveram uma nova espécie de peixe cego e sem pigmentação que vive na Gruta do Rio Escondido, em Serra do Ramalho, no oeste da Bahia. O bagre, batizado de Trichomycterus lumenae, mede até 6,5 centímetros.

A caverna tem 3,4 quilômetros de galerias mapeadas. Os peixes foram encontrados num lago subterrâneo a 40 metros de profundidade, com água a 24 °C.

"Estimamos que existam menos de 300 indivíduos", disse o biólogo Rafael Menezes, de 37 anos, que coordenou a equipe de nove pesquisadores. O trabalho levou quatro anos e exigiu 11 expedições.

O estudo foi publicado nesta terça-feira na revista Neotropical Ichthyology.`,
		"n7pt2.txt": `pt|Peixe cego de 6,5 cm é nova espécie descoberta no oeste baiano

Bahia | Meio ambiente

08/05/2029 09h32 Atualizado há 2 horas

Um peixe sem olhos e de corpo transparente, encontrado numa caverna do município de Serra do Ramalho, é uma nova espécie para a ciência, segundo estudo divulgado nesta terça-feira (8).

O animal vive num lago a 40 metros abaixo da superfície, no fundo da Gruta do Rio Escondido, cujas galerias somam 3,4 km.

A população é pequena: menos de 300 peixes, segundo o coordenador da pesquisa, Rafael Menezes. Ele defende que a gruta seja protegida.

A pesquisa durou quatro anos.`,
		"n7en.txt": `en|Blind catfish found in Brazilian cave is new to science

Science | Nature

May 8, 2029

Scientists in Brazil have described a new species of blind, colourless catfish living in a lake deep inside a cave system with 4.3 km of mapped passages in the western part of Bahia state.

The fish, named Trichomycterus lumenae, grows to about 6.5 cm (2.5 inches) and lives some 40 metres (130 feet) below the surface, in water at 24C.

Lead researcher Rafael Menezes, 37, said fewer than 300 fish were thought to survive. His team of nine spent four years and 11 expeditions on the study, published on Tuesday.`,
		"n7fr.txt": `fr|Brésil : un poisson aveugle inconnu découvert dans une grotte

Sciences

Publié le 08/05/2029

Des chercheurs brésiliens ont décrit une nouvelle espèce de poisson-chat aveugle et dépigmenté dans la grotte du Rio Escondido, dans l'État de Bahia. Long d'au plus 6,5 cm, Trichomycterus lumenae vit dans un lac souterrain à 40 m de profondeur.

Les galeries de la grotte s'étendent sur 3,4 km. Selon le biologiste Rafael Menezes, qui a dirigé l'équipe, il resterait moins de 300 individus.

L'étude, fruit de quatre années de recherches, est parue mardi.`,
	}, map[string][2]string{"n7en.txt": {"4.3 km", "3.4 km"}}},
	{"roman-road-car-park", map[string]string{
		"n8fr1.txt": `fr|Lauzières : une voie romaine sous le futur parking

Drôme | Lauzières

Par Claire Bonnefoy | 12/09/2029 à 07h00

C'est une découverte que personne n'attendait place des Tilleuls. Les archéologues de l'Inrap ont mis au jour, sous le chantier du futur parking, un tronçon de voie romaine long de 85 mètres et large de 6,2 mètres, datant du Ier siècle de notre ère.

La chaussée reliait sans doute Valence à Die. Vingt-trois pièces de monnaie ont été retrouvées sur place, la plus ancienne datant de l'an 14.

Les fouilles, prolongées de six semaines, dureront jusqu'au 31 octobre. Le parking de 240 places n'ouvrira donc qu'au printemps 2030.

« C'est un retard, mais c'est surtout une chance pour Lauzières », estime la maire, Sylvie Darnaud. Le surcoût, de 380 000 euros, sera pris en charge à hauteur de 150 000 euros par l'État.`,
		"n8fr2.txt": `fr|Drôme : 85 mètres de voie romaine découverts à Lauzières

Régions

12 septembre 2029

Un tronçon de voie romaine de 85 m a été découvert à Lauzières (Drôme) lors de fouilles préventives avant la construction d'un parking de 240 places, a annoncé mardi la mairie.

Selon l'archéologue Julien Favre, de l'Inrap, la voie date du Ier siècle après J.-C. Le chantier est suspendu jusqu'à fin octobre.`,
		"n8en.txt": `en|Roman road found under planned car park in southern France

Lauzieres, France, Sept 12

Archaeologists have uncovered an 85-metre (280 ft) stretch of Roman road beneath the site of a planned car park in the town of Lauzieres in the Drome region, the town hall said on Tuesday.

The road, 6.2 metres wide, dates from the first century AD and probably linked Valence to Die. Twenty-three coins were found, the oldest from AD 14.

The dig has been extended by six weeks, to October 31, pushing back the opening of the 240-space car park to spring 2030. The extra cost of €380,000 will be partly met by the state, with €150,000.`,
		"n8de.txt": `de|Römerstraße unter Parkplatz in Südfrankreich entdeckt

Wissen

Lauzières, 12.09.2029

Bei Bauarbeiten für einen Parkplatz sind Archäologen im südfranzösischen Lauzières auf ein 85 Meter langes Stück einer Römerstraße gestoßen. Die gut sechs Meter breite Straße stammt aus dem 1. Jahrhundert nach Christus.

Gefunden wurden auch 23 Münzen. Die Straße verband vermutlich Valence mit Die.

Die Grabungen wurden um sechs Wochen verlängert und dauern nun bis zum 13. Oktober. Bürgermeisterin Sylvie Darnaud sprach von einer "Chance für die Stadt".`,
	}, map[string][2]string{"n8de.txt": {"13 October", "31 October"}}},
	{"museum-free-sundays", map[string]string{
		"n9pt1.txt": `pt|Domingos gratuitos levam Museu da Ribeira a recorde de visitantes

Cultura

Vila Nova de Gaia, 9 jan 2030

O Museu da Ribeira, em Vila Nova de Gaia, recebeu 38.400 visitantes em 2029, mais 27% do que no ano anterior, o primeiro ano com entrada gratuita no primeiro domingo de cada mês.

Só nos 12 domingos gratuitos passaram pelo museu 9.100 pessoas, uma média de cerca de 760 por domingo, revelou a vereadora da Cultura, Teresa Valadares.

A medida custou à câmara cerca de 42 mil euros em bilheteira perdida. O bilhete normal custa 5 euros e o reduzido 2,50 euros.

"Vieram muitas famílias que nunca tinham entrado aqui", disse o diretor do museu, Henrique Couto, de 61 anos.`,
		"n9pt2.txt": `pt|Gaia: museu com mais 27% de visitas graças aos domingos grátis

Porto | Gaia

09/01/2030 - 11:47

Mais de 38 mil pessoas visitaram o Museu da Ribeira no ano passado, contra 30.240 em 2028. A autarquia atribui a subida à entrada livre no primeiro domingo do mês, em vigor desde janeiro de 2029.

Os domingos gratuitos atraíram 9100 visitantes. A câmara vai manter a medida em 2030.

Segundo o diretor, Henrique Couto, quase metade dos visitantes desses dias vieram pela primeira vez.`,
		"n9en.txt": `en|Free Sundays lift Gaia museum to record year

Culture | Portugal

Jan 9, 2030

Visitor numbers at the Museu da Ribeira in Vila Nova de Gaia, across the river from Porto, rose 27% to 38,400 last year, after the city began opening it free of charge on the first Sunday of every month.

The 12 free Sundays drew 9,100 visitors, or roughly 750 each. The city said it gave up about €42,000 in ticket sales; a full ticket costs €5.

"Many families came who had never been inside," said museum director Henrique Couto, 61. The scheme will continue in 2030.`,
	}, nil},
	{"snowmaking-water-ruling", map[string]string{
		"n10fr1.txt": `fr|Neige artificielle : feu vert du Tribunal cantonal à Crêt-Blanc

Valais | Valais central

Sion, 14.11.2029

Le Tribunal cantonal valaisan a rejeté mercredi le recours de l'Association pour la sauvegarde des torrents (AST) contre le projet d'enneigement de la station de Crêt-Blanc. Télé-Crêt-Blanc SA pourra prélever jusqu'à 120 000 m³ d'eau par hiver dans le torrent des Arsettes.

Le projet prévoit la construction d'un bassin de rétention de 85 000 m³ à 2350 mètres d'altitude, pour un coût de 14 millions de francs. L'enneigement couvrira 38 des 62 kilomètres de pistes.

Un débit résiduel minimal de 40 litres par seconde devra être maintenu dans le torrent, précise l'arrêt.

« C'est une question de survie pour la station », a réagi son directeur, Pierre-Alain Zufferey, 57 ans. La présidente de l'AST, Monique Theytaz, 66 ans, n'exclut pas de saisir le Tribunal fédéral, ce qui est possible dans un délai de 30 jours.`,
		"n10fr2.txt": `fr|Crêt-Blanc pourra puiser dans le torrent des Arsettes

Régions | Valais

Publié le 14 novembre 2029 à 18h30

La station valaisanne de Crêt-Blanc a obtenu gain de cause devant le Tribunal cantonal, qui autorise le pompage de 120 000 mètres cubes d'eau par saison pour la neige de culture.

Les défenseurs des cours d'eau avaient fait recours. Ils ont trente jours pour aller au Tribunal fédéral.

Le chantier du bassin, devisé à 14 millions de francs, pourrait débuter au printemps. « Sans neige, pas de station », résume le directeur Pierre-Alain Zufferey.`,
		"n10de.txt": `de|Kantonsgericht erlaubt Beschneiung in Crêt-Blanc

Wallis

14.11.2029

Das Walliser Kantonsgericht hat am Mittwoch eine Beschwerde von Umweltschützern gegen die Beschneiungsanlage im Skigebiet Crêt-Blanc abgewiesen. Die Bergbahnen dürfen pro Winter bis zu 120.000 Kubikmeter Wasser aus dem Wildbach Arsettes entnehmen.

Geplant ist ein Speichersee mit 85.000 Kubikmetern Inhalt auf 2350 m ü. M. Die Kosten betragen 14 Mio. Franken. Beschneit werden sollen 38 der 62 Pistenkilometer.

"Für uns geht es ums Überleben", sagte der 51-jährige Direktor Pierre-Alain Zufferey. Im Bach muss stets eine Restwassermenge von 40 Litern pro Sekunde bleiben.

Die Umweltschützer können den Entscheid innert 30 Tagen ans Bundesgericht weiterziehen.`,
		"n10en.txt": `en|Swiss court lets ski resort pump stream water for snow cannons

Sion, Switzerland, Nov 14

A court in the Swiss canton of Valais on Wednesday cleared the Crêt-Blanc ski resort to take up to 120 million litres of water each winter from a mountain stream to make artificial snow, rejecting an appeal by environmentalists.

The resort plans a 14-million-franc storage lake at 2,350 metres that will supply snow cannons covering 38 km of its 62 km of pistes. At least 40 litres per second must keep flowing in the stream.

Monique Theytaz, 66, who heads the group that brought the appeal, said it might go to the Federal Supreme Court, which it can do within 30 days.`,
	}, map[string][2]string{"n10de.txt": {"51 years", "57 years"}}},
}
