package compare

// heldOutKharif is a blind set of ten events written without reading the
// extraction or the matching: a fire in a Porto escape room (pt, pt, en),
// the Dutch water boards' muskrat catch (nl, nl, en), a Belgian study of
// trampoline park injuries (nl, fr, en), Quebec maple syrup producers
// drawing on their strategic reserve (fr, fr, en), an underground bicycle
// garage opening in a Dutch town (nl, nl, en), a Portuguese league ban on
// a club's away fans (pt, pt, en, fr), a Brussels hospital's 1,000th
// robot-assisted operation (nl, fr, en), Portugal's order of four
// firefighting planes (pt, pt, en, fr), a zoo sea lion found after a storm
// (nl, nl, en, fr) and a Quebec city's snow removal bill (fr, fr, en).
//
// Six contradictions are planted, one each, of six kinds: the escape room
// owner's age in the English wire (43 against 34, fourth paragraph, the
// minority language); the share of children with a fracture in the French
// report (28 % against 38 %, first paragraph); the bicycle garage's cost in
// the English report (84 million euros against 48 million, second
// paragraph, minority language); the weekday of the football clashes in
// the French report (samedi against Sunday, second paragraph, minority
// language); the delivery time of the first plane in the second
// Portuguese report (30 meses against 36 months, last paragraph, majority
// language); and the distance at which the sea lion was found in the
// French report (24 km against 14 km, third paragraph, minority language).
// The muskrats, the maple syrup, the robot and the snow removal hold none.
//
// The traps: previous values ("tegen bijna 69.000 het jaar ervoor", last
// winter's bill, 610 cases in 2024-2025, the record 2029 harvest), parts
// and totals (the EU's 127 million of 212 million and the state's 85
// million, a regional catch of 4,870 of 61,340, the state's 19 million of
// the garage, the 16.2 million overrun of a 68.4 million bill, 1,100 away
// fans of 9,800), rounding ("ruim 61.000", "près de 2,4 mètres" for 236 cm,
// "bijna 69.000", "about 22,700 tonnes" for 50 million pounds), durations
// said in other units ("d'ici trois ans" and "three years" of building,
// "anderhalve minuut" and "binnen twee minuten", "deux semaines et demie"
// for 18 days), two people's ages in one report (the syrup producer 71 and
// the president 57, the surgeon 46 and the patient 64, the sea lion 7 and
// the oldest 19, players aged 16 to 19 at an 18th birthday), percentages
// of different wholes (38 % with a fracture and 62 % with several jumpers,
// 60 % of muskrats near the border and 11 % fewer, 60 % EU funding and
// 70 % of world syrup), and years of other events (2024 opening, 2027
// inspection, a 2027 fine, a robot bought in 2026).
//
// Frozen before its first run, which flagged 5 of the 6 contradictions
// and 0 false disagreements. It missed the second Portuguese report's 30
// months against 36 months for the first plane's delivery
// ("water-bomber-order: missed k24pt.txt's 30 months against 36 months"):
// the duration row lined up 36 meses, 30 meses, 36 months and the French
// trois ans [3 years] in one fact, but did not mark it a disagreement. The
// owner's age (43 against 34), the fracture share (28% against 38%), the
// garage's cost (€84 million against €48 million), the weekday of the
// clashes (samedi, Saturday, against Sunday) and the sea lion's distance
// (24 km against 14 km) were flagged, each on its own fact; none of the
// four events without a contradiction flagged anything. The run passed
// within its limit of one false disagreement, so the table line keeps 1.
//
// Fixed after, so the set is held out no longer: a length in a coarser
// unit ("trois ans") joins the value it is nearest and bridges no rivals:
// 6/6 flagged, 0 false.
var heldOutKharif = []heldOutEvent{
	{"escape-room-fire", map[string]string{
		"k1pt.txt": `pt|Incêndio em sala de escape no Porto: seis jovens retirados, dois assistidos

Porto | Sociedade

17 mar 2030 - 08:45

Um incêndio deflagrou na noite de sábado numa sala de jogos de fuga ("escape room") na Rua de São Brás do Monte, no centro do Porto, onde seis jovens entre os 16 e os 19 anos celebravam um aniversário. Todos conseguiram sair pelo próprio pé, mas dois foram transportados para o Hospital Geral do Bonfim por inalação de fumo.

O alerta foi dado às 21h40. Segundo os Bombeiros Sapadores, o fogo terá começado num quadro elétrico da sala "O Cofre", uma das três do espaço Enigma Porto, e foi dado como dominado cerca de 40 minutos depois. Estiveram no local 22 operacionais, apoiados por oito viaturas.

Foi um funcionário quem abriu a porta da sala, que estava fechada à chave por fora, como é habitual neste tipo de jogo. "Ouvimos o alarme e ele veio logo buscar-nos", contou um dos jovens, que festejava os 18 anos de uma amiga.

O proprietário, Tiago Meireles, de 34 anos, garante que todas as salas têm um botão de emergência que destranca a porta e que o espaço, aberto em 2024, foi vistoriado pela última vez em 2027.

A Câmara do Porto contabiliza 19 salas de fuga licenciadas na cidade e admite rever as regras de segurança.`,
		"k2pt.txt": `pt|Fogo em "escape room" obriga a retirar grupo de jovens na Baixa

PORTO CANAL ONLINE

Atualizado às 23h58

Seis jovens foram retirados na noite deste sábado de uma sala de escape na Baixa do Porto, depois de um incêndio que começou, ao que tudo indica, num quadro elétrico. Dois deles, com sintomas de inalação de fumo, seguiram para o Hospital Geral do Bonfim.

"Quando chegámos, os jovens já estavam todos na rua. O funcionário agiu muito bem", disse a comandante dos Sapadores, Ana Seabra, que mobilizou 22 bombeiros e oito veículos. O incêndio ficou dominado em cerca de 40 minutos, pelas 22h20.

O espaço, com três salas, abriu em 2024. O dono, Tiago Meireles, 34 anos, disse estar "em choque" e garantiu que o sistema de desbloqueio de emergência funcionou.

O grupo, com idades entre os 16 e os 19 anos, celebrava o 18.º aniversário de uma das jovens.

Partilhar | Comentar (12)`,
		"k3en.txt": `en|Six teenagers escape fire in Porto escape room

LISBON, March 17 (Wire) - Six teenagers were led out of a burning escape room in the Portuguese city of Porto late on Saturday, firefighters said. Two of them were taken to hospital with smoke inhalation.

The fire broke out at about 9:40 p.m. in one of the three rooms of the Enigma Porto venue, probably in an electrical panel, and was brought under control in around 40 minutes by 22 firefighters, fire chief Ana Seabra said.

The group, aged between 16 and 19, had been celebrating a friend's 18th birthday. An employee unlocked the door of their room, which is locked from the outside during the game.

The owner, Tiago Meireles, 43, said each room had an emergency button that releases the door. The venue opened in 2024 and was last inspected in 2027.

Porto has 19 licensed escape rooms, according to city hall.

(Reporting by Inês Carvalho; editing by Mark Dwyer)`,
	}, map[string][2]string{"k3en.txt": {"43 years", "34 years"}}},
	{"muskrat-catch", map[string]string{
		"k4nl.txt": `nl|Minder muskusratten gevangen: vangst daalt met 11 procent

Binnenland

15 januari 2030, 06:30

De muskusrattenvangers van de waterschappen hebben vorig jaar 61.340 muskusratten gevangen, 11 procent minder dan een jaar eerder, toen het er 68.900 waren. Dat blijkt uit het jaarverslag van het Landelijk Bureau Muskusrattenbeheer (LBM), dat vandaag verschijnt.

Volgens programmamanager Marieke Oosterbaan is dat een teken dat de aanpak werkt. "In de jaren negentig vingen we er nog meer dan 400.000 per jaar. We gaan nu echt de goede kant op", zegt ze.

Muskusratten graven gangen in dijken en oevers, wat die kan verzwakken. Ruim 60 procent van de dieren werd gevangen binnen 10 kilometer van de grens met Duitsland of België, waar ze steeds opnieuw binnenkomen.

Het aantal gevangen beverratten steeg wel, van 870 naar 1.150. De bestrijding kost de waterschappen samen zo'n 38 miljoen euro per jaar. Er zijn ongeveer 420 vangers in dienst.

Het doel is om de muskusrat in 2034 tot aan de landsgrens terug te dringen.`,
		"k5nl.txt": `nl|Vangers boeken succes: ruim 61.000 muskusratten

Regio | Water

Door onze redacteur Gert-Jan Hoekstra

Het gaat de goede kant op met de bestrijding van de muskusrat. Landelijk werden er in 2029 ruim 61.000 gevangen, tegen bijna 69.000 het jaar ervoor. In ons waterschap ging het om 4.870 dieren.

Het Landelijk Bureau Muskusrattenbeheer publiceerde dinsdag de cijfers. "Vooral langs de oostgrens blijft het hard werken", zegt programmamanager Marieke Oosterbaan. Meer dan 60 procent van de vangsten gebeurt binnen tien kilometer van de grens.

Voor de beverrat, een grotere verwant uit Zuid-Amerika, is het beeld minder gunstig: daarvan werden er 1.150 gevangen, tegen 870 in 2028.

De waterschappen betalen jaarlijks ongeveer 38 miljoen euro voor de bestrijding. In heel Nederland zijn circa 420 vangers actief, in ons gebied 31.

Lees ook: Dijk bij Oudewater versterkt`,
		"k6en.txt": `en|Dutch muskrat catch falls to about 61,000 as control pays off

DutchNews

January 15, 2030

Muskrat catchers working for the Dutch water boards trapped 61,340 of the animals last year, down 11% on 2028, according to the national muskrat control office LBM.

The rodents dig tunnels in dykes and river banks, weakening flood defences. In the 1990s more than 400,000 were caught each year.

Programme manager Marieke Oosterbaan said most of the work was now concentrated along the borders, with over 60% of catches within 10 kilometres of Germany or Belgium. The catch of coypu, a larger South American rodent, rose to 1,150 from 870.

The water boards spend around €38m a year on the programme, which employs some 420 catchers. The aim is to push the muskrat back to the national border by 2034.`,
	}, nil},
	{"trampoline-park-injuries", map[string]string{
		"k7nl.txt": `nl|Aantal kinderen met letsels na trampolinepark verdubbeld

Gezondheid

15 april 2030 om 05:00

Op de spoeddiensten van veertien Belgische ziekenhuizen werden in 2028 en 2029 samen 1.240 kinderen behandeld na een ongeval in een trampolinepark. Dat is meer dan een verdubbeling tegenover 2024 en 2025, toen het er 610 waren. 38 procent van hen had een breuk, meestal van het onderbeen of de enkel.

Dat blijkt uit een studie van het Sint-Elooiziekenhuis in Hasselt, die maandag verschijnt in een Belgisch vakblad voor kindergeneeskunde. De gemiddelde leeftijd van de gewonde kinderen was 9 jaar.

"In 62 procent van de gevallen sprongen er meerdere kinderen tegelijk op dezelfde trampoline", zegt kinderorthopedist Lotte Vanderhaegen, die het onderzoek leidde. Zij pleit voor één springer per trampoline en een aparte zone voor kinderen jonger dan 6 jaar.

Het aantal trampolineparken in ons land steeg van 11 in 2019 tot 34 vandaag. De sectorfederatie wijst erop dat die parken samen 2,3 miljoen bezoeken per jaar krijgen en dat het risico dus klein blijft.`,
		"k8fr.txt": `fr|Parcs de trampolines : les accidents d'enfants ont doublé

Société

Publié le 15/04/2030 à 06h12

Quelque 1 240 enfants ont été soignés aux urgences de quatorze hôpitaux belges en 2028 et 2029 après un accident dans un parc de trampolines, dont 28 % présentaient une fracture, révèle une étude de l'hôpital Saint-Éloi de Hasselt.

C'est plus du double qu'en 2024-2025 (610 cas). Les victimes avaient en moyenne 9 ans ; les fractures touchent surtout la jambe et la cheville.

« Dans 62 % des cas, plusieurs enfants sautaient en même temps sur le même trampoline », souligne la Dre Lotte Vanderhaegen, chirurgienne orthopédiste pédiatrique, qui a dirigé l'étude. Elle recommande un seul sauteur par trampoline et un espace séparé pour les moins de 6 ans.

La Belgique compte aujourd'hui 34 parcs de ce type, contre 11 en 2019. Leur fédération rappelle qu'ils accueillent 2,3 millions de visites par an.`,
		"k9en.txt": `en|Trampoline park injuries among Belgian children double, study finds

Brussels Times

Monday, 15 April 2030

The number of children treated in A&E after accidents at trampoline parks in Belgium has more than doubled, according to a study by Sint-Elooi hospital in Hasselt.

Emergency departments at 14 hospitals treated 1,240 children in 2028 and 2029, compared with 610 in 2024 and 2025. Some 38% of them had a broken bone, usually in the lower leg or ankle. Their average age was nine.

Paediatric orthopaedic surgeon Lotte Vanderhaegen, who led the research, said that in 62% of cases several children had been jumping on the same trampoline at once. She called for a rule of one jumper per trampoline and a separate area for under-sixes.

The number of trampoline parks in Belgium has risen from 11 in 2019 to 34. The industry federation said the parks received 2.3 million visits a year, so the risk remained small.

Read more: Hospital admissions for e-scooter injuries`,
	}, map[string][2]string{"k8fr.txt": {"28%", "38%"}}},
	{"maple-syrup-reserve", map[string]string{
		"k10fr.txt": `fr|Récolte décevante : les acériculteurs puisent 50 millions de livres dans leur réserve

Économie

Montréal, le 11 juin 2030

L'Association des acériculteurs québécois (AAQ) libérera 50 millions de livres de sirop d'érable de sa réserve stratégique, soit environ 22 700 tonnes, pour compenser une récolte 2030 en forte baisse.

Les quelque 7 400 entreprises acéricoles du Québec ont produit 118 millions de livres ce printemps, 32 % de moins que la récolte record de 174 millions de livres de 2029. Un printemps trop chaud a écourté la saison des sucres à 18 jours en moyenne.

« La réserve existe exactement pour ça. Les acheteurs n'en manqueront pas », a assuré la présidente de l'AAQ, Josée Lapointe-Marceau, 57 ans. Avant cette sortie, la réserve contenait 133 millions de livres ; il en restera 83 millions.

Le prix payé aux producteurs reste fixé à 3,40 $ la livre pour le sirop en vrac.

Le Québec assure environ 70 % de la production mondiale de sirop d'érable.`,
		"k11fr.txt": `fr|Sirop d'érable : la réserve stratégique à la rescousse

Régions | Estrie

Mis à jour le 11 juin 2030 à 16 h 05

Après une saison des sucres parmi les plus courtes de mémoire d'acériculteur, l'Association des acériculteurs québécois a annoncé mardi qu'elle puisera 50 millions de livres dans sa réserve stratégique.

« On a entaillé comme d'habitude, mais la sève a arrêté de couler au bout de deux semaines et demie », raconte Réal Gagnon, 71 ans, qui exploite 12 000 entailles près de Sainte-Edwidge-des-Monts. Sa production a chuté de près de moitié.

À l'échelle du Québec, la récolte s'est élevée à 118 millions de livres, contre 174 millions l'an dernier, une baisse de 32 %. La réserve, qui contenait 133 millions de livres, tombera à 83 millions.

La présidente de l'association, Josée Lapointe-Marceau, assure que le prix de 3,40 $ la livre payé aux producteurs ne bougera pas.`,
		"k12en.txt": `en|Quebec taps maple syrup reserve after poor season

MONTREAL (CP) - Quebec's maple syrup producers will release 50 million pounds of syrup, about 22,700 tonnes, from their strategic reserve after a warm spring cut this year's harvest by nearly a third.

The province's roughly 7,400 producers made 118 million pounds this spring, down 32% from a record 174 million pounds in 2029, the Quebec Maple Producers' Association said Tuesday. The sugaring season lasted only 18 days on average.

"This is exactly what the reserve is for," said association president Josée Lapointe-Marceau. The reserve held 133 million pounds before the release and will be left with 83 million.

The bulk price paid to producers stays at $3.40 a pound. Quebec accounts for about 70% of world maple syrup production.

Producer Réal Gagnon, 71, said his 12,000 taps near Sainte-Edwidge-des-Monts produced barely half as much as last year.`,
	}, nil},
	{"bike-parking-garage", map[string]string{
		"k13nl.txt": `nl|Fietsenstalling onder Stationsplein open: plek voor 7.500 fietsen

Amerswolde

5 september 2030, 11:02

Na drie jaar bouwen is donderdag de nieuwe ondergrondse fietsenstalling onder het Stationsplein in Amerswolde geopend. De stalling biedt plaats aan 7.500 fietsen en is daarmee de grootste van de provincie.

De bouw kostte 48 miljoen euro. Het Rijk betaalde daarvan 19 miljoen, de rest kwam van de gemeente en de spoorbeheerder. Er zijn ook 360 plekken voor bakfietsen en fietsen met een afwijkend formaat.

"Vanaf hier loop je in anderhalve minuut naar je trein", zei wethouder Sanne Brouwer-Tjoa (Mobiliteit) bij de opening. De afstand tot het eerste perron is ongeveer 150 meter.

Het eerste etmaal stallen is gratis, daarna kost het 1,50 euro per dag. De oude stalling naast het station, met 4.200 plekken, wordt in het voorjaar gesloopt.

Vorig jaar verwijderde de gemeente nog 2.100 weesfietsen rond het station.`,
		"k14nl.txt": `nl|Grootste fietsenkelder van de provincie in gebruik

Omroep Amerswolde

Het is zover: reizigers kunnen vanaf vandaag hun fiets kwijt in de fietsenkelder onder het Stationsplein. De stalling telt 7.500 plekken, ruim 3.000 meer dan de oude stalling naast het station (4.200).

Wethouder Sanne Brouwer-Tjoa knipte donderdagochtend het lint door. "Dit is 48 miljoen euro goed besteed", zei ze. Aan de bouw werd drie jaar gewerkt, sinds de zomer van 2027.

De eerste 24 uur zijn gratis. Wie langer blijft, betaalt 1,50 euro per dag, of 90 euro voor een jaarabonnement.

Met de fiets in de hand ben je binnen twee minuten op het perron, belooft de gemeente.`,
		"k15en.txt": `en|Dutch town opens underground garage for 7,500 bikes

NL Times

Thursday, 5 September 2030

A new underground bicycle garage with room for 7,500 bikes opened under the station square in Amerswolde on Thursday, after three years of construction.

The garage cost 84 million euros, of which the national government contributed 19 million. It includes 360 spaces for cargo bikes and other oversized bicycles.

"From here you can walk to your train in a minute and a half," said Sanne Brouwer-Tjoa, the alderwoman for mobility. The first platform is about 150 metres away.

Parking is free for the first 24 hours and costs €1.50 a day after that. The old bike park next to the station, which has 4,200 spaces, will be demolished next spring.`,
	}, map[string][2]string{"k15en.txt": {"€84 million", "€48 million"}}},
	{"away-fans-ban", map[string]string{
		"k16pt.txt": `pt|Ribamar sem adeptos fora em três jogos, Valdoura joga dois à porta fechada

Liga 2 | Disciplina

13 mar 2030, 19:32

O Conselho de Disciplina da Liga castigou esta quarta-feira o Sport Clube Ribamar com a proibição de entrada dos seus adeptos nos próximos três jogos fora de casa, na sequência dos incidentes no Estádio Municipal de Valdoura, no domingo.

O Académico de Valdoura, visitado, terá de disputar dois jogos à porta fechada e pagar uma multa de 45.500 euros. O Ribamar foi multado em 28.000 euros.

Os confrontos entre adeptos começaram na bancada e continuaram no exterior do estádio. O jogo esteve interrompido durante 17 minutos, a partir do minuto 63. A PSP deteve 11 pessoas e registou 23 feridos, entre eles quatro agentes.

Estavam no estádio 9.800 espetadores, cerca de 1.100 dos quais adeptos do Ribamar.

O presidente do Ribamar, Fernando Lobo Antunes, classificou o castigo de "desproporcionado" e anunciou recurso.`,
		"k17pt.txt": `pt|Violência no futebol: Liga fecha portas aos adeptos do Ribamar

Desporto

Por Sofia Vaz Rebelo

A Liga Portuguesa de Futebol Profissional decidiu esta quarta-feira impedir os adeptos do Ribamar de assistir aos próximos três jogos da equipa fora de casa. Em causa estão os confrontos de domingo em Valdoura, que fizeram 23 feridos, quatro deles polícias.

Para o Académico de Valdoura, o castigo é de dois jogos sem público, além de uma multa de 45,5 mil euros; o Ribamar pagará 28 mil euros.

"Não podemos ter 17 minutos de jogo parado por causa de meia dúzia de desordeiros", afirmou o presidente do Conselho de Disciplina, Henrique Sarmento Leal. A polícia fez 11 detenções.

O Ribamar promete recorrer. O clube já tinha sido multado em 2027 por uso de pirotecnia, em 12 mil euros.`,
		"k18en.txt": `en|Portuguese league bans Ribamar away fans for three games after violence

LISBON, March 13 (Wire) - Portugal's football league on Wednesday banned supporters of second-tier club Ribamar from their team's next three away matches after clashes at a game in Valdoura on Sunday left 23 people injured, including four police officers.

Hosts Academico de Valdoura must play two home games behind closed doors and were fined 45,500 euros. Ribamar were fined 28,000 euros.

The match was halted for 17 minutes midway through the second half. Police arrested 11 people. About 1,100 of the 9,800 spectators were Ribamar fans.

Ribamar president Fernando Lobo Antunes said the club would appeal.`,
		"k19fr.txt": `fr|Portugal : les supporters de Ribamar interdits de déplacement

Football | International

Publié le 13 mars 2030 à 21h10

La commission de discipline de la Ligue portugaise a interdit mercredi aux supporters du Sport Clube Ribamar d'assister aux trois prochains matches de leur équipe à l'extérieur.

Des affrontements avaient éclaté samedi lors du match à Valdoura, faisant 23 blessés, dont quatre policiers. La rencontre avait été interrompue pendant 17 minutes et onze personnes ont été interpellées.

L'Académico de Valdoura jouera deux matches à huis clos et devra payer une amende de 45 500 euros, contre 28 000 euros pour Ribamar.

Le président de Ribamar, Fernando Lobo Antunes, juge la sanction « disproportionnée ».`,
	}, map[string][2]string{"k19fr.txt": {"Saturday", "Sunday"}}},
	{"surgical-robot-milestone", map[string]string{
		"k20nl.txt": `nl|Sint-Amalbergaziekenhuis voert 1.000ste robotoperatie uit

Bruzz | Gezondheid

23/04/2030

In het Brusselse Sint-Amalbergaziekenhuis is dinsdag voor de duizendste keer een patiënt geopereerd met behulp van een chirurgische robot. Het ging om een 64-jarige man bij wie de prostaat werd verwijderd.

Het ziekenhuis kocht de robot in november 2026 voor 2,4 miljoen euro. Hij wordt gebruikt in vier disciplines: urologie, gynaecologie, buikchirurgie en thoraxchirurgie. Intussen zijn zes chirurgen opgeleid.

"Na een prostaatoperatie bleven patiënten vroeger gemiddeld vijf dagen in het ziekenhuis, nu nog twee", zegt uroloog Pieter Claessens-Mbaye (46), die de duizendste ingreep uitvoerde.

Het RIZIV betaalt de robot niet terug. Het ziekenhuis draagt zelf een meerkost van ongeveer 1.500 euro per ingreep. Een tweede robot, van 2,7 miljoen euro, wordt volgend jaar verwacht.

In België zijn er ongeveer 60 chirurgische robots.`,
		"k21fr.txt": `fr|Mille opérations assistées par robot à l'hôpital Sainte-Amalberge

Bruxelles

Publié le mardi 23 avril 2030 à 17h45

L'hôpital Sainte-Amalberge, à Bruxelles, a réalisé mardi sa millième intervention chirurgicale assistée par robot, une ablation de la prostate chez un patient de 64 ans.

Le robot, acquis en novembre 2026 pour 2,4 millions d'euros, est utilisé en urologie, en gynécologie, en chirurgie abdominale et en chirurgie thoracique. Six chirurgiens ont été formés.

« La durée moyenne de séjour après une prostatectomie est passée de cinq jours à deux jours », explique le Dr Pieter Claessens-Mbaye, 46 ans, chef du service d'urologie.

L'Inami ne rembourse pas l'usage du robot : l'hôpital prend à sa charge un surcoût d'environ 1 500 euros par opération. Un second robot, d'une valeur de 2,7 millions d'euros, arrivera l'an prochain.`,
		"k22en.txt": `en|Brussels hospital marks 1,000th robot-assisted operation

Brussels Times

A Brussels hospital performed its 1,000th robot-assisted operation on Tuesday, removing the prostate of a 64-year-old man.

Sint-Amalberga hospital bought the surgical robot in November 2026 for €2.4 million and uses it for urology, gynaecology, abdominal and thoracic surgery. Six surgeons have been trained to operate it.

Head urologist Pieter Claessens-Mbaye, 46, said the average stay after prostate removal had fallen from five days to two.

The national health insurer INAMI-RIZIV does not reimburse robot use, so the hospital pays an extra €1,500 or so per operation itself. A second robot costing €2.7 million is due next year. Belgium has around 60 surgical robots.`,
	}, nil},
	{"water-bomber-order", map[string]string{
		"k23pt.txt": `pt|Governo compra quatro aviões anfíbios de combate a incêndios por 212 milhões

Lisboa, 13 mai 2030 (Lusa) - O Governo assinou hoje o contrato de compra de quatro aviões anfíbios pesados de combate a incêndios à construtora canadiana Laurentide Aéro, num valor de 212 milhões de euros, financiado em 60% pelo mecanismo europeu rescEU.

A ministra da Administração Interna, Maria do Céu Pestana, explicou que o primeiro avião será entregue no prazo de 36 meses e os restantes até 2034. Cada aparelho pode recolher 6.000 litros de água em 12 segundos.

"Pela primeira vez em mais de 20 anos, o Estado terá meios aéreos pesados próprios", afirmou a governante na cerimónia, em Lisboa.

Portugal tem recorrido ao aluguer de aviões anfíbios durante o verão. Em 2029, o Estado gastou 18 milhões de euros em contratos de locação.

Os aviões ficarão baseados no aeródromo de Vale de Sousel, no Alentejo.`,
		"k24pt.txt": `pt|Quatro "Canadair" para Portugal: Bruxelas paga a maior parte

Sociedade | Incêndios

13.05.2030 às 18:20

Portugal vai voltar a ter aviões pesados de combate a incêndios próprios. O contrato, assinado esta segunda-feira com a canadiana Laurentide Aéro, prevê a entrega de quatro aparelhos anfíbios por 212 milhões de euros.

A União Europeia, através do rescEU, suporta 60% do valor, ou seja, cerca de 127 milhões. Os restantes 85 milhões saem do Orçamento do Estado.

Cada avião leva 6.000 litros de água, que recolhe em 12 segundos num rio, lago ou no mar. Ficarão estacionados em Vale de Sousel.

O primeiro aparelho chega dentro de 30 meses e o último em 2034, segundo a ministra Maria do Céu Pestana. Até lá, o país continua a alugar meios aéreos: só no ano passado foram 18 milhões de euros.`,
		"k25en.txt": `en|Portugal orders four firefighting planes for €212 million

The Portugal News

Portugal signed a €212 million contract on Monday for four heavy amphibious firefighting aircraft from Canadian manufacturer Laurentide Aero, with the EU's rescEU programme covering 60% of the cost.

Internal Administration Minister Maria do Céu Pestana said the first plane would arrive within 36 months and the others by 2034. Each aircraft can scoop 6,000 litres of water in 12 seconds.

"For the first time in more than 20 years, the state will have its own heavy aircraft," she said.

Portugal has relied on leasing water bombers each summer, spending €18 million on leases in 2029. The new planes will be based at Vale de Sousel airfield in the Alentejo.`,
		"k26fr.txt": `fr|Incendies : le Portugal s'offre quatre bombardiers d'eau

Lisbonne, 13 mai 2030 (AFP) - Le Portugal a signé lundi un contrat de 212 millions d'euros pour l'achat de quatre avions amphibies de lutte contre les incendies auprès du constructeur canadien Laurentide Aéro, financé à 60 % par l'Union européenne.

Le premier appareil doit être livré d'ici trois ans, les autres d'ici 2034, a précisé la ministre de l'Administration interne, Maria do Céu Pestana.

Chaque avion peut écoper 6 000 litres d'eau en 12 secondes. Le pays loue jusqu'ici des appareils chaque été, pour un coût de 18 millions d'euros en 2029.`,
	}, map[string][2]string{"k24pt.txt": {"30 months", "36 months"}}},
	{"sea-lion-escape", map[string]string{
		"k27nl.txt": `nl|Ontsnapte zeeleeuw Noor na drie dagen terug

Zeeland

9 februari 2030, 14:20

De zeeleeuw Noor, die tijdens de storm van dinsdag op woensdag uit Dierenpark Oosterzand in Zoutelinge ontsnapte, is zaterdagochtend teruggevonden op het strand bij Breskerke, 14 kilometer verderop.

Een wandelaar zag het dier liggen en belde het park. Zes verzorgers en een dierenarts haalden de zeeleeuw met een kooi op. "Ze is moe en wat afgevallen, maar gezond", zegt directeur Joost Verhulst-de Rijke.

Noor, een zevenjarig vrouwtje van de Californische zeeleeuw, weegt 85 kilo, 4 kilo minder dan voor haar ontsnapping. Ze werd in 2023 in het park geboren.

Hoge golven hadden het hek rond het buitenbassin vernield. Het herstel kost zo'n 60.000 euro. Het park heeft negen zeeleeuwen; de oudste, Bram, is 19 jaar.`,
		"k28nl.txt": `nl|Zeeleeuw Noor gevonden op strand Breskerke

Omroep Zeeland

Zeeleeuw Noor is terecht. Het dier werd zaterdagochtend gevonden op het strand van Breskerke, ongeveer 14 kilometer van Dierenpark Oosterzand, waaruit ze in de stormnacht van dinsdag op woensdag was ontsnapt.

Volgens het park is de zevenjarige zeeleeuw in goede gezondheid. Ze is wel 4 kilo lichter en weegt nu 85 kilo. Een team van zes verzorgers en een dierenarts bracht haar terug.

De storm sloeg een gat in het hek van het buitenbassin. Het park schat de schade op 60.000 euro. De andere acht zeeleeuwen bleven binnen.

Directeur Joost Verhulst-de Rijke bedankt de wandelaar die het dier ontdekte: "Zonder hem hadden we nog dagen kunnen zoeken."`,
		"k29en.txt": `en|Escaped sea lion found on Dutch beach after three days

ZOUTELINGE, Netherlands (AP) - A sea lion that escaped from a Dutch zoo during a storm earlier this week was found on a beach about 14 km away on Saturday, the zoo said.

Noor, a seven-year-old female California sea lion, got out of Oosterzand animal park on the night of Tuesday to Wednesday after waves smashed the fence of her outdoor pool.

A walker spotted her on the beach at Breskerke. Six keepers and a vet took her back in a cage. Director Joost Verhulst-de Rijke said she had lost 4 kg and now weighed 85 kg but was healthy.

The park, which has nine sea lions, estimates the repairs at €60,000.`,
		"k30fr.txt": `fr|Pays-Bas : l'otarie évadée retrouvée sur une plage

Insolite

Publié le 09/02/2030 à 18h03

Noor, une otarie de Californie de sept ans qui s'était échappée d'un parc animalier zélandais pendant la tempête de mardi à mercredi, a été retrouvée saine et sauve samedi matin.

Les vagues avaient détruit la clôture de son bassin extérieur au Dierenpark Oosterzand, à Zoutelinge, dans le sud-ouest des Pays-Bas.

C'est un promeneur qui l'a repérée sur la plage de Breskerke, à 24 kilomètres du parc. Six soigneurs et un vétérinaire l'ont ramenée en cage. Elle a perdu 4 kilos et pèse désormais 85 kilos.

« Elle est fatiguée, mais en bonne santé », a indiqué le directeur du parc, Joost Verhulst-de Rijke.`,
	}, map[string][2]string{"k30fr.txt": {"24 km", "14 km"}}},
	{"snow-removal-bill", map[string]string{
		"k31fr.txt": `fr|Déneigement : une facture de 68,4 millions à Rivière-Blanche

Actualités | Municipal

Le 16 avril 2030

L'hiver 2029-2030 aura coûté cher à Rivière-Blanche : le déneigement a coûté 68,4 millions de dollars, soit 31 % de plus que les 52,2 millions prévus au budget, selon le bilan présenté mardi au conseil municipal.

Il est tombé 236 centimètres de neige cette saison, contre une moyenne de 205 cm. Les équipes ont mené neuf opérations de chargement, alors qu'on en compte six lors d'un hiver normal.

« On a eu un hiver exceptionnel, mais les rues ont été dégagées dans les délais », a fait valoir la responsable des travaux publics au comité exécutif, Geneviève Tremblay-Okafor.

Pour éponger le dépassement de 16,2 millions, la Ville puisera dans sa réserve. L'hiver dernier, la facture s'était élevée à 49,8 millions.

Quatorze entrepreneurs privés se partagent le déneigement des quelque 1 100 kilomètres de rues.`,
		"k32fr.txt": `fr|Rivière-Blanche dépasse de 16 millions son budget de déneigement

Radio-Canada | Mauricie

Publié le 16 avril 2030

Avec près de 2,4 mètres de neige tombés depuis novembre, Rivière-Blanche a dépensé 68,4 millions $ pour déneiger ses rues, un dépassement de 16,2 millions par rapport au budget de 52,2 millions.

Le chef de l'opposition, Marc-André Bissonnette, estime que la Ville « sous-estime chaque année » ses besoins. « C'est la troisième fois en quatre ans que le budget est dépassé », a-t-il déclaré.

La Ville a réalisé neuf opérations de chargement cet hiver, contre six en moyenne.

Le dépassement sera couvert par la réserve financière prévue pour les hivers difficiles.`,
		"k33en.txt": `en|Snow removal bill 31% over budget in Rivière-Blanche

Mauricie News

April 16, 2030

Rivière-Blanche spent $68.4 million clearing snow this winter, 31 per cent more than the $52.2 million it had budgeted, city officials said Tuesday.

The city got 236 cm of snow, against an average of 205 cm, and carried out nine snow-loading operations instead of the usual six. Last winter's bill was $49.8 million.

The $16.2-million overrun will be covered from a reserve fund, said Geneviève Tremblay-Okafor, the executive committee member in charge of public works.

Opposition leader Marc-André Bissonnette said it was the third time in four years the budget had been exceeded.`,
	}, nil},
}
