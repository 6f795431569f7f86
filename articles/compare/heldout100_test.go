package compare

// heldOutTivano are ten events of local, culture, health and transport
// news written blind (without reading the extraction or the comparison):
// an RSV antibody campaign for babies in Flanders, a lost 1913 silent film
// found in an Italian attic, a park-and-ride opening in a Flemish city, a
// Breton bell foundry closing, bowel cancer screening uptake in Tuscany, an
// electric water taxi trial in a Dutch city, a mural painted over by a
// cleaning crew, a circus big top torn by the wind in Provence, a Walloon
// village station reopening after 38 years, and a hospital rooftop helipad.
// Reports are in Dutch, French, Italian and English.
//
// Six contradictions are planted, none in a first paragraph: a percentage
// (the French RSV report's uptake, 78 % for 87%), a distance (the French
// park-and-ride report puts it 9 km from the centre, not 6 km), an age (the
// English foundry report makes the owner 76, not 67), a duration (the
// second Dutch water-taxi report has a trial of three years, not two, all
// in words), a weekday (the French mural report has Tuesday, not Monday)
// and an amount (the Dutch station report has €17.1 million for €11.7
// million). Five of them are in the report whose language is the minority
// in its event. The film, screening, circus and helipad events hold none.
//
// Traps that must not be flagged: 62% against "bijna twee derde" and 87%
// against "bijna negen op de tien"; Wallonia's 19 000 babies beside
// Flanders' 41,300; babies under three months and a paediatrician's age;
// 1,850 metres of film and "une heure et demie" against 90 minutes; 14
// months against "poco più di un anno"; a cinema run from 1921 to 1958 and
// a film of 1913; 1,450 spaces against the old 600 and "more than twice";
// the city's 7.4 of 18.4 million and the region's 11 million; a 12-minute
// ride against "een kwartiertje" and a shuttle every 8 or 15 minutes; 1,2
// tonne against 1 200 kilos; 155 years against "plus de 150 ans"; two
// years' search against ten years' training; the owner's daughter of 39;
// 48% up from 41%, a target of 55% and a national 30%; 4,900 positive tests
// (4,8%) of 101,800 kits from 212,000 invitations; 35 minutes' trip, a
// boat every 20 minutes and a 15-minute charge; 4 of 6.2 million; €15,000
// "nearly twice" €8,000; a mural 40 metres long and 120 square metres;
// 620 spectators against "quelque 600", nine hurt of whom two in hospital,
// gusts of 110 km/h against "plus de 100 km/h", a tent of 38 m for 1 200;
// 38 years since 1986, "près de 12 millions", 24 minutes against 40 by bus,
// 900 passengers against 2 000 at a party and 4 300 inhabitants; a pad of
// 21 m, 32 m up, 4 km to the sports ground, up to 20 minutes against a
// saving of "un quarto d'ora" and 3 minutes, 380 flights up from 310.
//
// Frozen before its first run, which flagged 6 of the 6 contradictions and
// 1 false disagreement, within the set's limit of one: it missed none; the
// false one is the circus gusts, "up to 110 km/h" in the first French, the
// Italian and the English reports against the second French report's
// "Les rafales ont dépassé les 100 km/h" (more than 100 km/h, which 110
// km/h is). No value in wrong was respelled.
var heldOutTivano = []heldOutEvent{
	{"rsv-antibody-babies", map[string]string{
		"v1nl.txt": `nl|RSV-prik doet ziekenhuisopnames van baby's met 62 procent dalen

BRUSSEL - Het aantal baby's dat met het RSV-virus in het ziekenhuis belandde, is deze winter met 62 procent gedaald. Dat blijkt uit de eerste evaluatie van het Vlaams Instituut voor Kindergezondheid (VIKG) na het eerste seizoen waarin pasgeborenen gratis een prik met antistoffen kregen.

In totaal kregen 41.300 baby's de injectie, wat neerkomt op 87 procent van de kinderen die ervoor in aanmerking kwamen. Tussen oktober en maart werden 1.180 baby's jonger dan één jaar met RSV opgenomen, tegenover 3.100 de winter ervoor. Op intensieve zorg ging het om 74 kinderen, vorig jaar waren dat er nog 210.

'Dit is beter dan we hadden durven hopen', zegt dokter Lotte Verhaegen, die de afdeling infectieziekten van het instituut leidt. 'Zeker bij de allerkleinsten, jonger dan drie maanden, zien we bijna geen zware gevallen meer.'

Het programma kostte 23,5 miljoen euro. Eén dosis kost ongeveer 570 euro en wordt volledig terugbetaald. De campagne loopt volgend jaar opnieuw vanaf 1 oktober.

(belga/lv)`,
		"v1nlb.txt": `nl|Kinderafdeling AZ Scheldeland bleef deze winter bijna leeg: 'Nooit meer dan vijf baby's met RSV'

Regio | Temsebroek

Op de kinderafdeling van AZ Scheldeland in Temsebroek was het deze winter opvallend rustig. 'Vorig jaar lagen hier in december soms twintig baby's tegelijk met RSV, deze winter nooit meer dan vijf', zegt diensthoofd pediatrie Pieter Callewaert (54).

Volgens hem is dat de verdienste van de antistoffenprik die pasgeborenen sinds oktober gratis krijgen. Vlaanderen telde deze winter 1.180 ziekenhuisopnames van baby's met RSV, tegen 3.100 een jaar eerder, een daling van bijna twee derde.

Bijna negen op de tien ouders lieten hun baby inenten: 41.300 kinderen kregen de prik. 'Ook bij ons was de vraag groot', zegt Callewaert. 'Ouders weten intussen hoe ziek een baby van RSV kan worden.'

Het Vlaams Instituut voor Kindergezondheid rekent op een even hoge deelname wanneer de campagne op 1 oktober opnieuw start.`,
		"v1en.txt": `en|RSV antibody jab cut baby hospital admissions by 62% in Flanders

Health | Belgium

Hospital admissions of babies with respiratory syncytial virus (RSV) fell by 62% in Flanders this winter, the first in which newborns were offered a free antibody injection, the Flemish Institute for Child Health said on Tuesday.

Some 41,300 babies received the jab, 87% of those eligible. Between October and March, 1,180 infants under one year old were admitted to hospital with RSV, compared with 3,100 the previous winter. Intensive care admissions fell from 210 to 74.

"This is better than we dared hope," said Dr Lotte Verhaegen, head of infectious diseases at the institute.

The programme cost €23.5 million, with each dose costing around €570. It will be repeated from 1 October.

Read more: Flu season peaked early in January`,
		"v1fr.txt": `fr|Flandre : l'injection d'anticorps fait chuter de 62 % les hospitalisations de bébés pour le VRS

Le nombre de nourrissons hospitalisés pour une infection au virus respiratoire syncytial (VRS) a baissé de 62 % cet hiver en Flandre, selon l'Institut flamand pour la santé de l'enfant, qui dressait mardi le bilan de la première campagne d'anticorps gratuits pour les nouveau-nés.

Entre octobre et mars, 1 180 bébés de moins d'un an ont été hospitalisés, contre 3 100 l'hiver précédent. Les admissions en soins intensifs sont passées de 210 à 74.

Au total, 41 300 nourrissons ont reçu l'injection, soit 78 % des enfants concernés. Chaque dose coûte environ 570 euros, intégralement remboursés, pour un coût total de 23,5 millions d'euros.

« C'est mieux que ce que nous osions espérer », a déclaré la Dr Lotte Verhaegen, responsable des maladies infectieuses à l'institut. En Wallonie et à Bruxelles, une campagne similaire a concerné environ 19 000 bébés.

La campagne sera reconduite à partir du 1er octobre.`,
	}, map[string][2]string{"v1fr.txt": {"78%", "87%"}}},
	{"lost-silent-film-found", map[string]string{
		"v2it.txt": `it|Ritrovato in una soffitta di Valsorda un film muto del 1913 che si credeva perduto

CUNEO - Sette bobine di pellicola in nitrato, dimenticate per oltre un secolo nella soffitta dell'ex cinema Eden di Valsorda, contengono «La figlia del Monviso», film muto girato nel 1913 da Amedeo Ferrante e considerato perduto. Le hanno trovate gli operai durante i lavori di ristrutturazione dell'edificio.

«Sono circa 1.850 metri di pellicola, quasi tutto il film, per una durata di una novantina di minuti», spiega Marco Tosello, direttore della Cineteca Subalpina, che ha preso in custodia le bobine. Della pellicola finora si conoscevano soltanto alcune fotografie di scena e un manifesto.

Il restauro durerà circa 14 mesi e costerà 180.000 euro, finanziati in gran parte da una fondazione bancaria. La prima proiezione è prevista per l'autunno del prossimo anno.

La proprietaria dell'edificio, Franca Bellone, 71 anni, racconta che il nonno gestì il cinema dal 1921 al 1958. «In soffitta non saliva più nessuno da decenni».

di Giulia Ramello`,
		"v2itb.txt": `it|Cinema: ritrovato film muto perduto del 1913 in un ex cinema del Cuneese

(ANSA) - TORINO, 18 NOV - Un film muto del 1913 ritenuto perduto, «La figlia del Monviso» del regista torinese Amedeo Ferrante, è stato ritrovato nella soffitta di un ex cinema a Valsorda, in provincia di Cuneo. Lo ha reso noto oggi la Cineteca Subalpina.

Le sette bobine in nitrato, circa 1.850 metri, sono in buono stato per oltre l'80 per cento, secondo una prima perizia. Il restauro, dal costo di 180 mila euro, richiederà poco più di un anno.

«È una delle scoperte più importanti per il cinema muto italiano degli ultimi vent'anni», ha detto il direttore della Cineteca, Marco Tosello. (ANSA).`,
		"v2en.txt": `en|Lost 1913 silent film found in attic of old Italian cinema

Builders renovating a former picture house in the Piedmont town of Valsorda have found seven reels of a silent film that had been considered lost for more than a century.

La figlia del Monviso (The Daughter of Monviso), directed by Amedeo Ferrante in 1913, survives in about 1,850 metres of nitrate film - almost the complete feature, which runs to roughly 90 minutes. Until now only a poster and a handful of production stills were known.

"It is one of the most important finds for Italian silent cinema in the last 20 years," said Marco Tosello, director of the Cineteca Subalpina in Turin, which will restore the film over about 14 months at a cost of €180,000.

The building's owner, Franca Bellone, 71, said her grandfather had run the Eden cinema from 1921 until 1958, when it closed.

Nitrate film is highly flammable, and experts said it was remarkable that the reels had survived decades of hot summers under the roof.`,
		"v2fr.txt": `fr|Italie : un film muet de 1913 que l'on croyait perdu retrouvé dans un grenier

TURIN (AFP) - Un film muet italien de 1913, « La figlia del Monviso », que l'on croyait disparu, a été retrouvé dans le grenier d'un ancien cinéma de Valsorda, dans le Piémont, a annoncé mardi la Cineteca Subalpina.

Les sept bobines de pellicule nitrate, soit environ 1 850 mètres, contiennent la quasi-totalité du film, d'une durée d'environ une heure et demie. Sa restauration prendra quatorze mois et coûtera 180 000 euros.

La propriétaire du bâtiment, Franca Bellone, 71 ans, a indiqué que son grand-père avait exploité la salle de 1921 à 1958.`,
	}, nil},
	{"park-and-ride-opening", map[string]string{
		"v3nl.txt": `nl|Nieuwe park-and-ride aan de ring van Lindeveld opent maandag: 1.450 plaatsen

LINDEVELD - Op maandag 2 maart gaat de nieuwe park-and-ride Lindeveld-Noord open. De parking aan de afrit van de E40 telt 1.450 plaatsen, waarvan 60 met een laadpaal, en een fietsenstalling met 200 kluizen.

Pendelbussen rijden tijdens de spits om de acht minuten naar het centrum, dat op zes kilometer ligt. De rit duurt twaalf minuten. Wie een busticket heeft, parkeert gratis; anderen betalen 5 euro per dag.

'We willen de auto's aan de rand van de stad opvangen', zegt schepen van Mobiliteit Ine Goossens. 'De oude parking aan het station, met 600 plaatsen, stond elke ochtend om half acht al vol.'

De bouw kostte 18,4 miljoen euro. De Vlaamse overheid betaalde 11 miljoen, de stad de rest.`,
		"v3nlb.txt": `nl|Park-and-ride Lindeveld-Noord klaar: wat u moet weten

Maandag opent de nieuwe park-and-ride aan de noordkant van de ring, op 6 km van de Grote Markt. Een overzicht.

Hoeveel plaatsen? 1.450 autoplaatsen, 60 laadpunten en 200 fietskluizen. Dat is meer dan het dubbele van de parking aan het station (600 plaatsen).

Hoe kom ik in het centrum? Met de pendelbus, elke 8 minuten tijdens de spits en elke 15 minuten daarbuiten. Na een kwartiertje (12 minuten volgens de dienstregeling) staat u op de Grote Markt.

Wat kost het? Met een geldig busticket niets, anders 5 euro per dag.

Wat kostte de bouw? 18,4 miljoen euro, waarvan 7,4 miljoen voor rekening van de stad.`,
		"v3fr.txt": `fr|Lindeveld inaugure un parking relais de 1 450 places

La ville flamande de Lindeveld ouvre lundi 2 mars un nouveau parking relais (P+R) au nord de son ring, près de la sortie de l'E40. Il compte 1 450 places, dont 60 équipées de bornes de recharge.

Des navettes relieront le parking au centre-ville toutes les huit minutes aux heures de pointe, pour un trajet d'une douzaine de minutes. Le parking est gratuit pour les détenteurs d'un ticket de bus ; les autres paieront 5 euros par jour.

Situé à 9 kilomètres du centre, le site a coûté 18,4 millions d'euros, dont 11 millions pris en charge par la Région flamande.

« Nous voulons arrêter les voitures aux portes de la ville », explique l'échevine de la Mobilité, Ine Goossens.`,
		"v3en.txt": `en|Lindeveld opens 1,450-space park-and-ride on ring road

Mobility

Drivers heading into Lindeveld will be able to leave their cars at a new park-and-ride on the city's northern ring road from Monday, 2 March.

The €18.4 million car park, 6km from the city centre, has 1,450 spaces - more than twice as many as the 600-space car park at the railway station - as well as 60 charging points and 200 bike lockers. The Flemish government contributed €11 million.

Shuttle buses will run every eight minutes at peak times, taking about 12 minutes to reach the centre. Parking is free with a valid bus ticket and costs €5 a day otherwise.

"We want to catch cars at the edge of the city," said mobility alderwoman Ine Goossens.`,
	}, map[string][2]string{"v3fr.txt": {"9 km", "6 km"}}},
	{"bell-foundry-closure", map[string]string{
		"v4fr.txt": `fr|Plouvenec : la fonderie de cloches Kerhervé coulera sa dernière cloche vendredi

Fondée en 1868, la fonderie Kerhervé, l'une des trois dernières fonderies de cloches de France, fermera ses portes le 31 décembre. Faute de repreneur, son dirigeant, Yves Kerhervé, 67 ans, a décidé de partir à la retraite.

« J'ai cherché pendant deux ans. Des gens sont venus visiter, mais personne n'a voulu reprendre quatorze salariés et un savoir-faire qui demande dix ans d'apprentissage », confie le fondeur, cinquième génération de la famille à la tête de l'entreprise. Sa fille Maëlle, 39 ans, professeure à Rennes, ne reprendra pas le flambeau.

Vendredi, l'atelier coulera sa dernière cloche, un bourdon de 1,2 tonne destiné à l'église Saint-Tugen de Locmaria-Vraz, qui sera installé en juin.

En 155 ans, la fonderie a produit quelque 9 000 cloches, dont une partie exportée jusqu'au Canada et au Japon.

Pierre-Yves Le Gall`,
		"v4frb.txt": `fr|Finistère : faute de repreneur, la dernière fonderie de cloches bretonne va fermer

La fonderie Kerhervé de Plouvenec, qui fabrique des cloches depuis plus de 150 ans, cessera son activité à la fin de l'année. Ses 14 salariés seront licenciés ou partiront à la retraite.

Le patron, Yves Kerhervé, qui a 67 ans, n'a pas trouvé de repreneur malgré une aide de 400 000 euros proposée par la Région Bretagne à un éventuel acquéreur.

« C'est un crève-cœur, mais je ne peux pas continuer indéfiniment », a-t-il expliqué à notre antenne. La dernière cloche, de 1 200 kilos, sera coulée ce vendredi.

Depuis sa création en 1868, l'entreprise a fondu environ 9 000 cloches.`,
		"v4en.txt": `en|Last bells toll for 155-year-old Breton foundry

A bell foundry in Brittany that has cast around 9,000 bells since 1868 is to close at the end of the year after its owner failed to find a buyer.

Fonderie Kerhervé in Plouvenec, in France's far west, will pour its last bell on Friday: a 1.2-tonne bourdon for a church in the nearby village of Locmaria-Vraz.

Yves Kerhervé, 76, the fifth generation of his family to run the business, said he had spent two years looking for someone to take on its 14 employees. "People came to visit, but no one wanted to take on a craft that needs ten years to learn," he said. His 39-year-old daughter, a teacher, will not take over.

The regional council had offered €400,000 in support to any buyer. The foundry is one of only three left in France.`,
	}, map[string][2]string{"v4en.txt": {"76 years", "67 years"}}},
	{"bowel-screening-uptake", map[string]string{
		"v5it.txt": `it|Tumore al colon, boom di adesioni allo screening: il 48% ha fatto il test

SIENA - Quasi un invitato su due ha aderito nel 2024 allo screening per il tumore del colon-retto dell'Ausl Val d'Orcia e Amiata. Su 212.000 residenti tra i 50 e i 69 anni che hanno ricevuto la lettera, circa 101.800 hanno riconsegnato il kit per la ricerca del sangue occulto nelle feci: il 48%, contro il 41% del 2023.

Il merito, secondo l'azienda sanitaria, è soprattutto della possibilità di ritirare il kit in una delle 320 farmacie del territorio. «Prima bisognava andare al distretto, ora basta passare dal farmacista sotto casa», spiega Elena Morandi, direttrice del dipartimento di prevenzione.

Grazie allo screening sono stati individuati 164 tumori in fase iniziale e 1.020 adenomi avanzati, lesioni che possono trasformarsi in cancro. L'obiettivo per il 2026 è arrivare al 55%.

La media nazionale di adesione è intorno al 30%.`,
		"v5itb.txt": `it|Screening del colon, adesione al 48 per cento. In farmacia 320 punti di ritiro

Salute | Ausl Val d'Orcia e Amiata

Sale al 48 per cento, dal 41 dell'anno precedente, la partecipazione allo screening colorettale. Nel 2024 le lettere di invito sono state 212 mila.

Positivo il test in 4.900 casi, il 4,8% dei kit analizzati; 4.300 persone si sono già sottoposte alla colonscopia di approfondimento. Sono stati diagnosticati 164 carcinomi e 1.020 adenomi avanzati.

«Un tumore scoperto in fase precoce si guarisce in nove casi su dieci», ricorda la direttrice della prevenzione Elena Morandi.`,
		"v5en.txt": `en|Tuscan health authority says bowel screening uptake hit 48%

Nearly half of the residents invited to bowel cancer screening by a Tuscan health authority took the test last year, up from 41% in 2023, after it began handing out kits in pharmacies.

The Ausl Val d'Orcia e Amiata sent invitations to 212,000 people aged 50 to 69, and about 101,800 returned a stool sample. Some 4,900 tests were positive, leading to the detection of 164 cancers at an early stage and 1,020 advanced adenomas.

"Before, you had to go to a district clinic. Now you just stop at the pharmacy downstairs," said Elena Morandi, head of prevention. Kits are available in 320 pharmacies.

The authority aims to reach 55% by 2026; the national average is around 30%.`,
	}, nil},
	{"electric-water-taxi-trial", map[string]string{
		"v6nl.txt": `nl|Elektrische watertaxi's varen vanaf zaterdag door Oudewaal

OUDEWAAL - Vanaf zaterdag 5 april kunnen inwoners en toeristen in Oudewaal met een elektrische watertaxi over de rivier. Vier boten varen op een route van 9,5 kilometer langs zeven haltes, van het station tot de nieuwe woonwijk Havenkwartier.

De boten, die elk 24 passagiers meenemen, vertrekken om de twintig minuten. Een rit van begin tot eind duurt 35 minuten. Een kaartje kost 3,50 euro, met een stadspas 2 euro.

'We verwachten 400.000 reizigers per jaar', zegt wethouder Femke de Ruiter (Verkeer). 'Voor veel mensen in het Havenkwartier is de boot sneller dan de bus.'

Het gaat om een proef van twee jaar. De steigers en de boten kostten samen 6,2 miljoen euro, waarvan de provincie 4 miljoen betaalt.`,
		"v6nlb.txt": `nl|Watertaxi Oudewaal van start: 'Sneller dan de bus'

Zaterdag maakt de eerste elektrische watertaxi zijn rondje over de rivier. De vier boten van vervoerder Blauwe Lijn doen zeven steigers aan, verspreid over 9,5 km.

Oprichter Sander Wijnhoven (44) van Blauwe Lijn is trots. 'Onze boten zijn stil, stoten niets uit en laden aan de eindhalte in een kwartier op.'

Wie van het station naar het Havenkwartier vaart, is 35 minuten onderweg. Er gaat elke 20 minuten een boot. Prijs: 3,50 euro per rit.

De gemeente ziet de lijn voorlopig als proef: na drie jaar wordt beslist of de watertaxi blijft. De provincie draagt 4 van de 6,2 miljoen euro bij.`,
		"v6en.txt": `en|Oudewaal launches electric water taxis on river

Oudewaal, a city in the south of the Netherlands, will launch a line of electric water taxis on Saturday as part of a two-year trial.

Four boats, each carrying up to 24 passengers, will call at seven stops along a 9.5 km route, from the railway station to the new Havenkwartier district. A boat will leave every 20 minutes and the full trip takes 35 minutes.

A single ticket costs €3.50. The city expects about 400,000 passengers a year.

The jetties and boats cost €6.2 million, €4 million of which is being paid by the province.`,
	}, map[string][2]string{"v6nlb.txt": {"3 years", "2 years"}}},
	{"mural-painted-over", map[string]string{
		"v7it.txt": `it|Castelrocca, cancellato per errore il murale della «Ragazza del fiume»

CASTELROCCA - Lunedì mattina una squadra incaricata di rimuovere i graffiti dal sottopasso di via Po ha ricoperto di vernice grigia anche il murale «La ragazza del fiume», l'opera di 40 metri dipinta nel 2019 dallo street artist Tevo.

«Un errore gravissimo, di cui mi scuso con l'artista e con la città», ha detto il sindaco Luca Fantini, che ha annunciato un risarcimento di 15.000 euro. Il murale era stato commissionato dal Comune cinque anni fa per 8.000 euro.

L'artista, al secolo Matteo Sarti, 34 anni, ha accettato di ridipingerlo a settembre. «Non sarà uguale, ma sarà di nuovo lì», ha scritto sui social.

La ditta, la Ecoverde Servizi, sostiene di aver ricevuto un elenco di muri da pulire in cui il sottopasso compariva senza alcuna indicazione.`,
		"v7itb.txt": `it|Murale cancellato, il Comune pagherà 15 mila euro all'artista

Dopo la cancellazione del murale di Tevo nel sottopasso di via Po, avvenuta lunedì, il Comune di Castelrocca ha trovato un accordo con l'artista: riceverà 15 mila euro per rifare l'opera, circa il doppio di quanto era stato pagato nel 2019.

L'opera, lunga 40 metri e alta tre, copriva 120 metri quadrati. Tevo, 34 anni, conta di completarla in tre settimane a partire da settembre.

Il sindaco Fantini ha chiesto alla ditta di pulizia una relazione entro dieci giorni.

LEGGI ANCHE: Graffiti, in un anno spesi 90 mila euro per la pulizia dei muri`,
		"v7en.txt": `en|Italian town apologises after cleaners paint over celebrated mural

The mayor of Castelrocca, in northern Italy, has apologised after a municipal cleaning crew painted over a 40-metre mural while removing graffiti from an underpass on Monday.

The River Girl, painted in 2019 by the street artist Tevo, had become one of the town's best-known landmarks. Mayor Luca Fantini called it "a very serious mistake" and said the council would pay the artist €15,000 to repaint it, nearly twice the €8,000 fee for the original.

Tevo, whose real name is Matteo Sarti, 34, said he would start work in September.`,
		"v7fr.txt": `fr|Italie : une célèbre fresque de rue effacée par erreur par des agents de nettoyage

Le maire de Castelrocca, dans le nord de l'Italie, a présenté ses excuses après l'effacement accidentel d'une fresque de rue de 40 mètres de long par une équipe chargée d'ôter des graffitis.

Les faits se sont produits mardi matin dans un passage souterrain de la ville. L'œuvre, « La Fille du fleuve », avait été peinte en 2019 par l'artiste Tevo, de son vrai nom Matteo Sarti, 34 ans.

La commune versera 15 000 euros à l'artiste pour qu'il la repeigne à partir de septembre.`,
	}, map[string][2]string{"v7fr.txt": {"Tuesday", "Monday"}}},
	{"circus-big-top-storm", map[string]string{
		"v8fr.txt": "fr|Saint-Maurin : le chapiteau du cirque arraché par le vent en plein spectacle\n\nSamedi soir, vers 21 h 15, de violentes rafales ont arraché une partie du chapiteau du Cirque Valdini, installé sur le champ de foire de Saint-Maurin-sur-Durance, alors que 620 spectateurs assistaient à la représentation.\n\nLe public a été évacué en moins de dix minutes. Neuf personnes ont été légèrement blessées, dont deux ont été transportées au centre hospitalier de Cavaillon, selon les pompiers, qui ont mobilisé 35 hommes.\n\nMétéo-France a enregistré une rafale à 110 km/h à la station la plus proche. « Le vent est arrivé d'un coup, la toile a claqué comme une voile », raconte Enzo Valdini, 58 ans, directeur du cirque familial italien.\n\nLes six représentations prévues jusqu'au 14 juillet sont annulées. Les dégâts sont estimés à 150\u00a0000 euros.",
		"v8frb.txt": `fr|Vaucluse : neuf blessés légers après l'effondrement partiel d'un chapiteau

Un coup de vent a déchiré samedi soir le chapiteau d'un cirque à Saint-Maurin-sur-Durance, faisant neuf blessés légers parmi les quelque 600 spectateurs. Deux d'entre eux ont été hospitalisés par précaution.

Le chapiteau, d'un diamètre de 38 mètres, peut accueillir 1 200 personnes. Les rafales ont dépassé les 100 km/h.

La préfecture avait placé le département en vigilance orange pour les orages à partir de 16 heures.`,
		"v8it.txt": `it|Francia, il vento strappa il tendone del Circo Valdini durante lo spettacolo: nove feriti lievi

Paura sabato sera in Provenza per la famiglia Valdini, storica dinastia circense di origine veneta. Durante lo spettacolo a Saint-Maurin-sur-Durance una raffica di vento a 110 chilometri orari ha strappato parte del tendone sotto gli occhi di 620 spettatori.

Nove persone hanno riportato ferite lievi; due sono state portate in ospedale a Cavaillon. «Abbiamo fatto uscire tutti in meno di dieci minuti», racconta il direttore Enzo Valdini, 58 anni, che guida il circo con il fratello Marco, 61.

I danni ammontano a circa 150 mila euro. Il circo annulla le ultime sei date francesi e rientrerà in Italia prima del previsto.`,
		"v8en.txt": `en|Nine hurt as wind rips circus big top in southern France

Gusts of up to 110 km/h tore through a circus big top in the southern French town of Saint-Maurin-sur-Durance on Saturday evening, lightly injuring nine people, firefighters said.

About 620 spectators were evacuated. Two of the injured were taken to hospital in Cavaillon as a precaution.`,
	}, nil},
	{"village-station-reopens", map[string]string{
		"v9fr.txt": `fr|Après 38 ans d'absence, le train s'arrête à nouveau à Montbelloy

MONTBELLOY - Les premiers voyageurs sont montés dimanche matin dans le train de 6 h 42 à la gare de Montbelloy, rouverte à l'occasion du nouvel horaire, 38 ans après sa fermeture en 1986.

En semaine, 22 trains par sens s'y arrêteront, soit un par heure et des renforts aux heures de pointe. Namur sera à 24 minutes.

Les travaux - deux quais neufs, un passage sous voies et un parking de 120 places - ont coûté 11,7 millions d'euros. « On attend environ 900 voyageurs par jour », indique la bourgmestre Anne-Sophie Delvaux, qui s'est battue dix ans pour ce retour.

Samedi, une fête populaire avait réuni plus de 2 000 habitants autour de l'ancien bâtiment de la gare.`,
		"v9frb.txt": `fr|Réouverture de la gare de Montbelloy : « Un jour historique »

Régions | Namur

Fermée depuis 1986, la gare de Montbelloy, entre Namur et Dinant, a rouvert ce dimanche 14 décembre avec l'entrée en vigueur des nouveaux horaires ferroviaires.

La bourgmestre Anne-Sophie Delvaux parle d'« un jour historique » pour ce village de 4 300 habitants. Le chantier a coûté près de 12 millions d'euros.

Le trajet vers Namur prendra 24 minutes, contre 40 minutes en bus actuellement.`,
		"v9nl.txt": `nl|Station Montbelloy na 38 jaar weer open

In het Waalse Montbelloy, tussen Namen en Dinant, stoppen sinds zondag weer treinen. Het station was sinds 1986 gesloten.

Op weekdagen stoppen er 22 treinen per richting. De reis naar Namen duurt 24 minuten.

De werken aan perrons, een onderdoorgang en een parking voor 120 auto's kostten 17,1 miljoen euro. Men rekent op zo'n 900 reizigers per dag.`,
		"v9en.txt": `en|Belgian village station reopens after 38 years

Trains began stopping again on Sunday at Montbelloy, a village between Namur and Dinant in southern Belgium, whose station closed in 1986.

The €11.7 million works included two new platforms, an underpass and a 120-space car park. Twenty-two trains a day in each direction will call at the station on weekdays, with the trip to Namur taking 24 minutes.

"This is a historic day," said mayor Anne-Sophie Delvaux. About 900 passengers a day are expected.`,
	}, map[string][2]string{"v9nl.txt": {"€17.1 million", "€11.7 million"}}},
	{"hospital-rooftop-helipad", map[string]string{
		"v10it.txt": `it|Valmarina, inaugurata l'elisuperficie sul tetto dell'ospedale: «Tre minuti dal velivolo al pronto soccorso»

VALMARINA - È stata inaugurata giovedì l'elisuperficie sul tetto del nuovo blocco di emergenza dell'ospedale Santa Maria delle Grazie. La piazzola, a 32 metri d'altezza, ha un diametro di 21 metri ed è collegata al pronto soccorso da un ascensore dedicato.

«Dal momento in cui l'elicottero tocca il tetto, il paziente è in pronto soccorso in tre minuti», ha spiegato il direttore generale Roberto Galimberti. Finora gli elicotteri atterravano al campo sportivo, a 4 chilometri, e il trasferimento in ambulanza richiedeva fino a 20 minuti.

L'opera è costata 2,9 milioni di euro, di cui 2,1 finanziati dalla Regione. Sarà utilizzabile anche di notte.

Lo scorso anno gli arrivi in elicottero sono stati 310; con la nuova piazzola se ne prevedono circa 380 all'anno.`,
		"v10itb.txt": `it|Elisoccorso, operativa la piazzola sul tetto del Santa Maria

Giovedì il primo atterraggio ufficiale. Costo: 2,9 milioni

Da giovedì l'elisoccorso atterra direttamente sul tetto dell'ospedale di Valmarina, senza più passare dal campo sportivo di via Manzoni. Un risparmio di tempo che può arrivare a un quarto d'ora per ogni paziente.

La nuova elisuperficie, illuminata per i voli notturni, si trova a 32 metri da terra. La Regione ha coperto 2,1 dei 2,9 milioni di euro spesi.

Nel 2024 gli elicotteri diretti all'ospedale erano stati 310.`,
		"v10en.txt": `en|Italian hospital opens rooftop helipad to cut transfer times

A hospital in the northern Italian town of Valmarina on Thursday opened a helipad on the roof of its new emergency building, which it said would get patients from helicopter to the emergency department in three minutes.

Until now, air ambulances had to land at a sports ground about 4 km away, and the ambulance transfer could take up to 20 minutes, said Roberto Galimberti, 61, the hospital's director general.

The 21-metre pad, 32 metres above the ground, cost €2.9 million and can be used at night. The hospital expects about 380 helicopter arrivals a year, up from 310 last year.`,
	}, nil},
}
