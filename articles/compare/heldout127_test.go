package compare

// heldOutPiteraq is a blind held-out set of ten events written without
// reading the comparison's code, in Dutch, French, Italian and English:
// a dog show in Flanders, a strike of Belgian court interpreters, a
// student protest over an Italian canteen's meal price, a climber's body
// freed by an Alpine glacier after 69 years, a Dutch sand sculpture
// festival, a French mayor caught drink-driving, €1 houses in a Calabrian
// village, the repainting of a French transporter bridge, volumes stolen
// from a Dutch university's herbarium and a Dutch dog food recall.
//
// Six contradictions are planted, one each, none in a first paragraph:
// an owner's age (76 for 67, English, the only English of four), a year
// of disappearance (1967 for 1961, English), a count of sculptors (24 for
// 42, English, against a French "Quarante-deux"), a licence suspension (4
// months for 6, Dutch, the minority beside two French), a bridge's height
// (68 m for 62 m, Dutch) and the last day of sale (16 March for 19 March,
// Italian). The other four events hold none.
//
// Traps: two ages beside each other (owner and judge, mayor and deputy,
// climber and nephew) and a dog's and a bridge's age; police against
// organisers' turnout, one report giving only the organisers'; a ministry
// against a union's count of hearings postponed; a week against five
// working days; an average nine months against "up to a year"; a meal
// price before and after, its rise as 45%, "about 45%" and "more than
// 40%"; 9 million kilos against 9,000 tonnes; 0.46 mg per litre of breath
// against 0.92 g per litre of blood; one year for a plan against three
// for the works; "ruim 4000" against 4,100; "about €7m" against €7.2
// million and a town's €1.8 million share of it; a part and a whole
// (3 of 12 volumes, €350,000 against €1.2 million; 11,000 visitors on
// Sunday of 18,000); years of other events (1702, 1994, 2018, 2026,
// 1951) and "dozens of dogs" against 37.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions
// and 0 false disagreements; it missed the English climber's year of
// disappearance, 1967 against 1961 (the English 1967 stood alone as
// "disappeared · 1967", the others' 1961 in a row of its own), and the
// Italian last day of sale, 16 March against 19 March (the Italian date
// stood alone, not beside "between · 19 March").
var heldOutPiteraq = []heldOutEvent{
	{"dog-show-roeselbeke", map[string]string{
		"p1nl.txt": `nl|Ierse wolfshond Bran is de mooiste van 4.300 honden in Roeselbeke

Regio | West-Vlaanderen

ma 15 april 2030 om 07:40

De internationale hondententoonstelling in Expo Roeselbeke heeft dit weekend een recordaantal deelnemers gelokt. Ruim 4.300 honden van 260 rassen uit 31 landen werden zaterdag en zondag gekeurd, tegenover 3.900 vorig jaar.

De titel 'Best in Show' ging zondagavond naar Bran van de Heihoeve, een zesjarige Ierse wolfshond van Marleen Coppens (67) uit Wingelare. "Ik fok al veertig jaar wolfshonden, maar dit had ik nooit durven dromen", zei Coppens, die de beker uit handen kreeg van keurmeester Sérgio Valadares (71) uit Portugal.

Volgens de organisatie kwamen er over de twee dagen zo'n 18.000 bezoekers naar de expohallen. Het inschrijvingsgeld bedroeg 45 euro per hond.

De volgende editie staat gepland voor april 2031.`,
		"p1nlb.txt": `nl|Hondenshow Roeselbeke: wolfshond wint

Binnenland

14-04-2030, 21:15

In Roeselbeke is zondag de Ierse wolfshond Bran van de Heihoeve uitgeroepen tot beste hond van de internationale tentoonstelling. Het dier is zes jaar oud.

Aan de show namen meer dan 4.300 honden deel, uit 31 landen. Op zondag alleen al kwamen 11.000 bezoekers kijken.

Eigenares Marleen Coppens (67) kreeg de prijs van de Portugese keurmeester Sérgio Valadares. "Bran is een echte gentleman", zei ze.`,
		"p1fr.txt": `fr|Un lévrier irlandais sacré à l'exposition canine de Roeselbeke

Belgique | Flandre

Publié le 15/04/2030 à 10h02

Bran van de Heihoeve, un lévrier irlandais de six ans, a remporté dimanche soir le titre de « Best in Show » de l'exposition canine internationale de Roeselbeke, en Flandre-Occidentale.

Plus de 4 300 chiens de 260 races, venus de 31 pays, ont été présentés samedi et dimanche, contre 3 900 l'an dernier. Les organisateurs ont compté quelque 18 000 visiteurs sur le week-end.

Sa propriétaire, Marleen Coppens, 67 ans, élève des lévriers irlandais depuis quarante ans. Le trophée lui a été remis par le juge portugais Sérgio Valadares, 71 ans.

L'inscription coûtait 45 euros par chien.`,
		"p1en.txt": `en|Irish wolfhound named best in show at Belgian dog show

Lifestyle | Pets

By a staff reporter

An Irish wolfhound called Bran van de Heihoeve took the top prize at the international dog show in Roeselbeke, Belgium, on Sunday, beating more than 4,300 dogs from 31 countries.

Organisers said about 18,000 visitors came through the halls over the weekend, 11,000 of them on Sunday. Entries were up from 3,900 last year.

The six-year-old dog is owned by breeder Marleen Coppens, 76, who has bred wolfhounds for four decades. "I never dared to dream of this," she said after receiving the trophy from Portuguese judge Sérgio Valadares, 71.

Entry cost €45 per dog.

Related: Dog shows face a shortage of judges`,
	}, map[string][2]string{"p1en.txt": {"76 years", "67 years"}}},
	{"court-interpreters-strike", map[string]string{
		"p2nl.txt": `nl|Gerechtstolken leggen een week het werk neer: 'Al sinds 2018 hetzelfde tarief'

Binnenland | Justitie

Brussel, 14 januari 2030

Beëdigde tolken en vertalers staken van maandag tot en met vrijdag. Volgens hun beroepsvereniging werden maandag alleen al meer dan 120 zittingen uitgesteld; het ministerie van Justitie houdt het op 86.

De tolken krijgen 38 euro bruto per uur, een tarief dat sinds 2018 niet meer is aangepast. Ze eisen 52 euro, een verhoging met 37 procent. "Wie vandaag een loodgieter belt, betaalt meer", zegt woordvoerster Nadia El Ouardi.

Ook de betalingstermijnen zijn een doorn in het oog: facturen worden gemiddeld pas na negen maanden betaald.

In het nationaal register staan 1.150 tolken en vertalers ingeschreven, van wie er zo'n 700 regelmatig voor het gerecht werken. Minister van Justitie Pieter Vandenhoute bood vorige week 43 euro per uur aan, maar dat werd afgewezen.`,
		"p2fr.txt": `fr|Grève des interprètes judiciaires : des audiences reportées dans tout le pays

Belgique

Bruxelles, le 14 janvier 2030 (Agence)

Les traducteurs et interprètes jurés ont entamé lundi une grève de cinq jours ouvrables, jusqu'à vendredi, pour réclamer une revalorisation de leur tarif horaire.

Ils perçoivent actuellement 38 euros brut de l'heure, un montant inchangé depuis 2018, et demandent 52 euros. Le ministre de la Justice, Pieter Vandenhoute, a proposé 43 euros la semaine dernière, une offre jugée insuffisante.

Le ministère fait état de 86 audiences reportées lundi ; l'association professionnelle en compte plus de 120. « Nous sommes payés en moyenne neuf mois après nos prestations », dénonce sa porte-parole, Nadia El Ouardi.

Le registre national compte 1 150 traducteurs et interprètes jurés.`,
		"p2en.txt": `en|Belgian court interpreters strike over pay

Europe

Brussels, Jan 14

Sworn interpreters and translators in Belgium began a week-long strike on Monday, forcing courts to postpone dozens of hearings. The justice ministry put the number at 86 on the first day; the interpreters' association said more than 120.

Interpreters are paid €38 an hour, a rate unchanged since 2018, and want it raised to €52, an increase of more than a third. Justice minister Pieter Vandenhoute offered €43 last week.

Some 1,150 interpreters are listed in the national register, about 700 of whom work regularly for the courts. Spokeswoman Nadia El Ouardi said invoices were often paid up to a year late.`,
	}, nil},
	{"canteen-price-protest", map[string]string{
		"p3it.txt": `it|Mensa, rincaro da 3,10 a 4,50 euro: gli studenti occupano via Lanzoni

Cronaca | Università

Sanmarena, 16 ottobre 2030

Corteo e occupazione della mensa universitaria di via Lanzoni, mercoledì, contro l'aumento del prezzo del pasto completo, passato dal 1° ottobre da 3,10 a 4,50 euro, un rincaro del 45%. Secondo la questura hanno sfilato circa 1.500 studenti, 4mila secondo gli organizzatori.

L'occupazione è durata sei ore. «Per chi vive fuori sede la mensa non è un lusso», ha detto Giulia Ranieri, 22 anni, del collettivo Studenti in Movimento.

L'agenzia regionale per il diritto allo studio (Ergos) difende la scelta: «I costi delle materie prime sono cresciuti del 22% in due anni», ha spiegato la direttrice Carla Menotti. Per gli studenti della fascia di reddito più bassa il prezzo resta di 2 euro.

La mensa serve in media 5.600 pasti al giorno. Il rettore Tommaso Ardenghi, 61 anni, ha chiesto un incontro tra l'agenzia e i rappresentanti degli studenti.`,
		"p3itb.txt": `it|Sanmarena, 4mila in piazza contro il caro mensa

Ultim'ora

16/10/2030 - 18:34

Sono stati 4mila, secondo gli organizzatori, gli studenti che mercoledì hanno sfilato a Sanmarena contro l'aumento del prezzo della mensa universitaria, salito a 4,50 euro dai 3,10 di settembre.

Al termine del corteo i manifestanti hanno occupato per sei ore la mensa di via Lanzoni. L'Ergos, l'agenzia regionale per il diritto allo studio, attribuisce il rincaro al +22% dei costi alimentari negli ultimi due anni.`,
		"p3en.txt": `en|Italian students occupy canteen over 45% meal price rise

Education

Sanmarena, Italy, Oct 16

Students at the University of Sanmarena occupied their main canteen for six hours on Wednesday after a march against a rise in the price of a full meal to €4.50 from €3.10, an increase of about 45%.

Police put the turnout at around 1,500; organisers claimed 4,000.

"For students who live away from home, the canteen is not a luxury," said Giulia Ranieri, 22, one of the organisers. The regional student services agency said food costs had risen by 22% in two years. Students on the lowest incomes still pay €2.

The canteen serves about 5,600 meals a day.`,
		"p3fr.txt": `fr|Italie : des étudiants occupent leur restaurant universitaire

International | Éducation

Publié le 17 octobre 2030

Entre 1 500 et 4 000 étudiants, selon les sources, ont manifesté mercredi à Sanmarena, dans le nord de l'Italie, contre la hausse du prix du repas au restaurant universitaire, passé de 3,10 à 4,50 euros au 1er octobre, soit plus de 40 %.

Les manifestants ont ensuite occupé la cantine de la via Lanzoni pendant six heures. L'agence régionale chargée des services aux étudiants invoque une hausse de 22 % du coût des denrées en deux ans.

Le recteur, Tommaso Ardenghi, a réclamé une rencontre entre l'agence et les représentants étudiants.`,
	}, nil},
	{"glacier-climber-found", map[string]string{
		"p4it.txt": `it|Il ghiacciaio restituisce il corpo di un alpinista scomparso nel 1961

Cronaca | Valle d'Aosta

Aosta, 21 agosto 2030

Due escursionisti svizzeri hanno trovato martedì, a quota 3.150 metri sul ghiacciaio del Gran Rovet, i resti di un alpinista scomparso 69 anni fa. Accanto al corpo c'erano una piccozza, gli scarponi di cuoio e una macchina fotografica.

Si tratta, secondo il Soccorso alpino valdostano, di Ferruccio Barmaz, di Champlanaz, che aveva 24 anni quando, nell'agosto del 1961, partì da solo per una salita e non fece più ritorno. I resti sono stati recuperati mercoledì mattina con l'elicottero.

«Mia nonna lo ha aspettato per tutta la vita», ha detto il nipote Aldo Barmaz, 71 anni. «Ora potremo seppellirlo accanto a lei».

Secondo i glaciologi, il Gran Rovet ha perso circa 40 metri di fronte soltanto nell'ultimo anno e oltre 1,2 chilometri dal 1961.`,
		"p4itb.txt": `it|Champlanaz, dopo 69 anni il ghiacciaio restituisce Ferruccio

Valle d'Aosta | Cronaca locale

mercoledì 21 agosto 2030

Era partito da Champlanaz un mattino d'agosto del 1961, a 24 anni, con la piccozza e una macchina fotografica. Ferruccio Barmaz non era più tornato. Martedì due escursionisti svizzeri hanno visto affiorare i suoi resti dal ghiaccio del Gran Rovet, a 3.150 metri.

Il recupero con l'elicottero del Soccorso alpino è avvenuto mercoledì. Il paese, che conta oggi 380 abitanti, si prepara ai funerali.

Il nipote Aldo, 71 anni, ha ricordato che la famiglia lo aveva fatto cercare per settimane.`,
		"p4fr.txt": `fr|Val d'Aoste : le corps d'un alpiniste disparu en 1961 libéré par un glacier

International | Montagne

Publié le 21/08/2030 à 16h45

Deux randonneurs suisses ont découvert mardi, à 3 150 mètres d'altitude sur le glacier du Gran Rovet, dans le Val d'Aoste italien, les restes d'un alpiniste disparu il y a 69 ans.

Ferruccio Barmaz, originaire de Champlanaz, avait 24 ans lorsqu'il a disparu en août 1961 au cours d'une course en solitaire. Un piolet, des chaussures de cuir et un appareil photo ont été retrouvés près du corps, héliporté mercredi.

Le glacier a reculé d'environ 40 mètres au cours de la seule année écoulée, selon les glaciologues.`,
		"p4en.txt": `en|Glacier gives up body of climber missing for decades

World | Europe

By our Rome correspondent

The remains of an Italian climber who went missing on a solo ascent in the Alps have been found by two Swiss hikers on a melting glacier in the Aosta Valley, mountain rescuers said on Wednesday.

Ferruccio Barmaz, from the village of Champlanaz, was 24 when he disappeared in August 1967. His body, found on Tuesday at an altitude of 3,150 metres on the Gran Rovet glacier, was lifted out by helicopter on Wednesday, along with an ice axe, leather boots and a camera.

"My grandmother waited for him all her life," said his nephew Aldo Barmaz, 71.

Glaciologists say the Gran Rovet lost about 40 metres at its front in the past year alone, and more than 1.2 km since the 1960s.`,
	}, map[string][2]string{"p4en.txt": {"1967", "1961"}}},
	{"sand-sculpture-festival", map[string]string{
		"p5nl.txt": `nl|Zandsculpturenfestival Westerduin opent met sprookjeskasteel van 11 meter

Kust | Vrije tijd

Westerduin aan Zee, 6 juni 2030

Op het strand van Westerduin aan Zee opent vrijdag de zestiende editie van het Zandsculpturenfestival. Dit jaar staat alles in het teken van sprookjes.

42 beeldhouwers uit 14 landen werkten drie weken aan de beelden. Daarvoor werd 9 miljoen kilo zand aangevoerd. Blikvanger is een sprookjeskasteel van 11 meter hoog.

"We hopen op 350.000 bezoekers", zegt organisator Sjoerd Kampman. Vorig jaar kwamen er 310.000.

Een kaartje kost 14,50 euro, voor kinderen 8 euro. Het festival loopt tot en met 29 september.`,
		"p5nlb.txt": `nl|Sprookjes van zand in Westerduin

Regio

07-06-2030

Vanaf vandaag is in Westerduin aan Zee weer het Zandsculpturenfestival te bezoeken, tot eind september. Het thema is sprookjes: van Roodkapje tot de Gelaarsde Kat.

In totaal werd 9.000 ton zand verwerkt door 42 kunstenaars uit 14 landen. Het hoogste beeld, een kasteel, meet 11 meter.

Volwassenen betalen € 14,50. De organisatie mikt op 350.000 bezoekers, 40.000 meer dan vorig jaar.`,
		"p5fr.txt": `fr|Pays-Bas : un château de sable de 11 mètres

Loisirs | Voyage

Publié le 7 juin 2030

Le festival de sculptures sur sable de Westerduin aan Zee, sur la côte néerlandaise, ouvre ses portes vendredi jusqu'au 29 septembre, sur le thème des contes de fées.

Quarante-deux sculpteurs venus de 14 pays ont façonné 9 000 tonnes de sable pendant trois semaines. La pièce maîtresse est un château de 11 mètres de haut.

L'entrée coûte 14,50 euros (8 euros pour les enfants). L'an dernier, le festival avait attiré 310 000 visiteurs.`,
		"p5en.txt": `en|Fairy-tale castle made of 9,000 tonnes of sand

Travel | Netherlands

The Dutch seaside resort of Westerduin aan Zee opens its 16th sand sculpture festival on Friday, with a fairy-tale theme and an 11-metre castle as its centrepiece.

The festival runs until September 29. Organiser Sjoerd Kampman hopes to draw 350,000 visitors, up from 310,000 last year.

It took 24 sculptors from 14 countries three weeks to shape the 9,000 tonnes of sand brought onto the beach.

Tickets cost €14.50 for adults and €8 for children.`,
	}, map[string][2]string{"p5en.txt": {"24", "42"}}},
	{"mayor-drink-driving", map[string]string{
		"p6fr.txt": `fr|Steenhoutre : le maire contrôlé avec 0,92 g d'alcool par litre de sang

Nord | Faits divers

Publié le 11/02/2030 à 08h30

Le maire de Steenhoutre, Jean-Marc Dufossez, 58 ans, a été contrôlé dans la nuit de samedi à dimanche, vers 1 h 30, au volant de sa voiture avec un taux d'alcoolémie de 0,92 gramme par litre de sang, près de deux fois la limite autorisée de 0,5 g/l.

La préfecture a prononcé dimanche une suspension administrative de son permis de conduire pour une durée de six mois. L'élu sera jugé le 12 mars par le tribunal correctionnel. Il encourt jusqu'à deux ans d'emprisonnement et 4 500 euros d'amende.

« J'ai commis une faute, je l'assume », a réagi le maire, élu en 2014, qui a annoncé se mettre en retrait de ses fonctions pendant un mois. La première adjointe, Sandrine Lemaire, 44 ans, assurera l'intérim.`,
		"p6frb.txt": `fr|Alcool au volant : le maire de Steenhoutre se met en retrait

Région

Lille, 11 février 2030

Contrôlé positif à l'alcool dans la nuit de samedi à dimanche, le maire de Steenhoutre (Nord), Jean-Marc Dufossez, se retire de ses fonctions pendant un mois.

L'éthylomètre a relevé 0,46 milligramme par litre d'air expiré, soit l'équivalent de 0,92 g/l de sang. Son permis a été suspendu six mois.

L'édile de 58 ans sera jugé le 12 mars. Sa première adjointe, Sandrine Lemaire, assure l'intérim.`,
		"p6nl.txt": `nl|Burgemeester Frans grensdorp betrapt op rijden onder invloed

Buitenland | Grensstreek

11 februari 2030

De burgemeester van het Franse Steenhoutre, vlak over de grens bij West-Vlaanderen, is in de nacht van zaterdag op zondag betrapt op rijden onder invloed. Jean-Marc Dufossez (58) blies 0,46 milligram per liter uitgeademde lucht, bijna het dubbele van wat in Frankrijk is toegestaan.

De prefectuur trok zijn rijbewijs voor vier maanden in. Dufossez moet op 12 maart voor de rechter verschijnen en riskeert tot twee jaar cel en een boete van 4.500 euro.

Hij legt zijn ambt een maand neer. Eerste schepen Sandrine Lemaire (44) neemt waar.`,
	}, map[string][2]string{"p6nl.txt": {"4 months", "6 months"}}},
	{"one-euro-houses-roccalupa", map[string]string{
		"p7it.txt": `it|Case a 1 euro, a Roccalupa 1.712 domande da 23 Paesi

Calabria | Cronaca

Roccalupa (Cosenza), 21 marzo 2030

Sono 1.712 le domande arrivate in tre settimane al Comune di Roccalupa per le 48 case abbandonate messe in vendita al prezzo simbolico di un euro. Le richieste provengono da 23 Paesi, soprattutto da Stati Uniti, Germania e Paesi Bassi.

Chi acquista dovrà presentare un progetto di ristrutturazione entro un anno e concludere i lavori entro tre anni, versando un deposito cauzionale di 5.000 euro che sarà restituito a fine lavori.

«Non ci aspettavamo un simile interesse», ha detto la sindaca Rosaria Falcone, 39 anni. Nel primo bando, nel 2026, erano state vendute 12 case.

Il paese conta oggi 940 abitanti, contro i 4.100 del 1951.`,
		"p7en.txt": `en|Italian village flooded with bids for €1 homes

World | Property

By our correspondent in Rome

More than 1,700 people from 23 countries have applied for 48 abandoned houses on sale for €1 each in Roccalupa, a hilltop village in Calabria, in just three weeks.

Buyers must finish renovation work within three years and leave a €5,000 deposit, which they get back when the work is done.

"We did not expect this much interest," said the mayor, Rosaria Falcone, 39. The village, which had 4,100 inhabitants in 1951, now has 940. A first round in 2026 sold 12 houses.`,
		"p7nl.txt": `nl|Ruim 1.700 gegadigden voor huizen van 1 euro in Italiaans bergdorp

Wonen

21 maart 2030, 14:02

Het Zuid-Italiaanse dorp Roccalupa heeft in drie weken tijd ruim 1.700 aanvragen gekregen voor 48 leegstaande huizen die voor 1 euro per stuk te koop staan. Ook uit Nederland kwamen veel reacties.

Kopers moeten binnen een jaar een renovatieplan indienen en de verbouwing binnen drie jaar afronden. Ze betalen een waarborgsom van 5000 euro.

Burgemeester Rosaria Falcone (39) wil zo de leegloop stoppen: het dorp telt nog 940 inwoners, in 1951 waren dat er ruim 4000.`,
	}, nil},
	{"transporter-bridge-repaint", map[string]string{
		"p8fr.txt": `fr|Port-Vérac : le pont transbordeur fermé dix-huit mois pour être repeint

Charente-Maritime | Patrimoine

Publié le 28/10/2030 à 06h15

Le pont transbordeur de Port-Vérac, inauguré en 1899, sera fermé à partir du samedi 2 novembre pour une campagne de peinture de dix-huit mois, la première depuis 1994.

Haut de 62 mètres pour une portée de 176 mètres, l'ouvrage va recevoir 55 tonnes de peinture. Le chantier coûtera 7,2 millions d'euros, financés à 40 % par l'État, à 35 % par la région et à 25 % par la commune.

« Sans cette peinture, la rouille finirait par menacer la structure », explique l'ingénieur Damien Roussillon, chef du projet. Pendant les travaux, une navette maritime remplacera la nacelle, qui assure environ 120 000 traversées par an.`,
		"p8frb.txt": `fr|Le transbordeur fait peau neuve

Vie locale

Port-Vérac, le 28 octobre 2030

C'est un chantier hors norme : à partir de samedi, le pont transbordeur, 131 ans, sera emmailloté dans des bâches pour un an et demi de travaux. Il n'avait plus été repeint depuis 1994.

La commune apportera 1,8 million d'euros sur un total de 7,2 millions. Les piétons et cyclistes emprunteront une navette maritime gratuite.`,
		"p8en.txt": `en|France's Port-Vérac transporter bridge to close for repainting

Travel | France

The transporter bridge at Port-Vérac on France's Atlantic coast, one of the few still in service, will close to traffic on November 2 for 18 months of repainting work costing about €7m.

The 62-metre-high structure, which opened in 1899 and spans 176 metres, was last repainted in 1994. Painters will use some 55 tonnes of paint.

Its gondola carries around 120,000 passengers and cyclists a year. A shuttle boat will run while the bridge is closed.`,
		"p8nl.txt": `nl|Franse zweefbrug krijgt nieuwe verflaag

Reizen

28 oktober 2030

De zweefbrug van Port-Vérac aan de Franse Atlantische kust gaat op 2 november voor anderhalf jaar dicht. De brug uit 1899 wordt voor het eerst sinds 1994 opnieuw geschilderd.

Het stalen gevaarte is 68 meter hoog en overspant 176 meter. Er is 55 ton verf nodig. De werkzaamheden kosten 7,2 miljoen euro.

Voetgangers en fietsers kunnen tijdens de werken met een pendelboot overvaren.`,
	}, map[string][2]string{"p8nl.txt": {"68 m", "62 m"}}},
	{"herbarium-theft", map[string]string{
		"p9nl.txt": `nl|Drie delen van eeuwenoud herbarium gestolen uit universiteitsbibliotheek

Binnenland | Cultuur

Oudenvliet, 15 februari 2030

Uit de bibliotheek van de Universiteit van Oudenvliet zijn drie van de twaalf delen van een beroemd herbarium uit 1682 gestolen. De diefstal werd donderdag ontdekt tijdens de jaarlijkse inventaris.

Het herbarium werd samengesteld door de stadsgeneesheer Adriaen Coutereels en in 1702 aan de universiteit geschonken. De drie verdwenen delen bevatten samen zo'n 380 gedroogde planten en zijn verzekerd voor 350.000 euro.

"Dit is een verlies voor de wetenschap, niet alleen voor ons", zegt bibliotheekdirecteur Ingrid Veldhoen. De delen werden voor het laatst gezien op 8 januari.

De politie vond geen sporen van braak. Sinds januari raadpleegden 23 onderzoekers de bijzondere collecties.`,
		"p9nlb.txt": `nl|Herbarium Coutereels deels gestolen

Regio Oudenvliet

vr 15-02-2030 | 11:20

De universiteitsbibliotheek heeft aangifte gedaan van de diefstal van drie banden van het herbarium van Adriaen Coutereels. Het hele herbarium, met twaalf banden, wordt op 1,2 miljoen euro geschat.

Medewerkers merkten donderdag tijdens de inventaris dat de banden ontbraken. Volgens directeur Ingrid Veldhoen gaat het om werk van 'onschatbare wetenschappelijke waarde'.

Er zijn geen braaksporen.`,
		"p9en.txt": `en|Rare 17th-century herbarium volumes stolen from Dutch university

Arts | Heritage

By our Amsterdam correspondent

Three volumes of a herbarium compiled in 1682 have been stolen from the library of the University of Oudenvliet in the Netherlands, the university said on Friday.

The theft was discovered on Thursday during the library's annual stocktake. The volumes, three of a set of 12, hold about 380 pressed plants and are insured for €350,000. They were last seen on January 8.

Police found no sign of a break-in. The herbarium, made by the physician Adriaen Coutereels, was given to the university in 1702.`,
		"p9fr.txt": `fr|Pays-Bas : vol de trois volumes d'un herbier du XVIIe siècle

Culture

Publié le 15 février 2030

Trois des douze volumes d'un herbier constitué en 1682 par le médecin Adriaen Coutereels ont été volés à la bibliothèque de l'université d'Oudenvliet, aux Pays-Bas.

Le vol a été constaté jeudi lors de l'inventaire annuel. Les volumes dérobés, qui contiennent environ 380 plantes séchées, sont assurés pour 350 000 euros ; l'ensemble de l'herbier est estimé à 1,2 million d'euros.

La police n'a relevé aucune trace d'effraction.`,
	}, nil},
	{"dog-food-recall", map[string]string{
		"p10nl.txt": `nl|Voermeester haalt 12.000 zakken hondenvoer terug na zieke honden

Economie

Lochemveen, 22 maart 2030

Diervoederfabrikant Voermeester uit Lochemveen roept 12.000 zakken droogvoer voor honden terug. Het voer bevat te veel vitamine D, soms tot acht keer de toegestane hoeveelheid.

Het gaat om zakken van 12 kilo 'Adult Lam & Rijst' die tussen 4 en 19 maart zijn verkocht in Nederland, België, Frankrijk en Italië, met houdbaarheidsdatum 30 september 2031.

Dierenartsen meldden 37 zieke honden; twee dieren zijn overleden. "Het spijt ons verschrikkelijk", zegt directeur Henk Wiersma. Een leverancier zou een fout hebben gemaakt bij het mengen van een vitaminepremix.

Klanten krijgen hun geld terug.`,
		"p10fr.txt": `fr|Rappel de croquettes pour chiens Voermeester : trop de vitamine D

Consommation

Publié le 22/03/2030 à 12h40

Le fabricant néerlandais Voermeester rappelle 12 000 sacs de croquettes pour chiens « Adult Agneau & Riz » de 12 kg, vendus entre le 4 et le 19 mars aux Pays-Bas, en Belgique, en France et en Italie.

Ces aliments contiennent un excès de vitamine D, jusqu'à huit fois la dose maximale autorisée. Trente-sept chiens sont tombés malades et deux sont morts, selon l'entreprise.

Les propriétaires sont invités à ne plus utiliser ces produits et à les rapporter en magasin pour être remboursés.`,
		"p10en.txt": `en|Dutch pet food maker recalls dog food after two deaths

Business

By a staff reporter

Dutch pet food maker Voermeester is recalling 12,000 bags of dry dog food after dozens of dogs fell ill from excess vitamin D, two of them fatally.

The 12 kg bags of Adult Lamb & Rice were sold between March 4 and March 19 in the Netherlands, Belgium, France and Italy and carry a best-before date of September 30, 2031.

Vets reported 37 sick dogs, chief executive Henk Wiersma said, blaming a supplier's mixing error.`,
		"p10it.txt": `it|Vitamina D in eccesso, ritirate crocchette per cani

Consumi

22 marzo 2030

L'azienda olandese Voermeester ha avviato il ritiro di 12mila sacchi di crocchette per cani «Adult Agnello e Riso» da 12 chili, dopo che 37 animali si sono ammalati. Due sono morti.

Il mangime contiene fino a otto volte la quantità massima consentita di vitamina D, a causa di un errore di miscelazione di un fornitore.

I sacchi interessati sono stati venduti tra il 4 e il 16 marzo nei Paesi Bassi, in Belgio, in Francia e in Italia. I clienti saranno rimborsati.`,
	}, map[string][2]string{"p10it.txt": {"16 March", "19 March"}}},
}
