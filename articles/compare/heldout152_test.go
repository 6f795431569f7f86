package compare

// heldOutXaloc is a blind held-out set written without reading the
// extraction, matching or grouping code: ten events of mixed national and
// regional news, each reported three or four times in French, Italian,
// Dutch and English (two French reports of the drought, two Dutch of the
// bank fine, two Italian of the rescue). The topics: a Dutch-Italian
// consortium's contract for a container terminal at the Ligurian port of
// Marenzo, crisis water curbs and farm aid in the Pyrénées-Orientales, the
// Dutch central bank's fine on Noordkust Bank, a record Dunes Festival at
// De Panne, a Dutch solo sailor rescued off Sardinia, a bill making half an
// hour of daily reading compulsory in Dutch primary schools, a data breach
// at the Belgian health fund Horizon, a train derailed by a rockfall on
// the Cuneo-Ventimiglia line, the start of the Alsace grape harvest, and
// a new stadium approved for AC Sarzena.
//
// Six contradictions are planted, one in each of the first six events and
// all outside the first paragraph: a duration (xl1nl: the works lasting 36
// months against 30, in the only Dutch report, a dredger's home paper); an
// amount (xl2fr2: the farm aid of €18 million against €14 million, in the
// second French report, an agency wire); a percentage (xl3en: the fine cut
// by 20% against 25%, in the only English report); a count (xl4fr: 24
// arrests against 14, in the only French report); an age (xl5it2: the
// sailor aged 76 against 67, in the second Italian report, a wire); a date
// (xl6fr: the reading rule in force on 1 September against 1 August, in
// the only French report). The last four events hold none.
//
// Traps that are no contradiction: 30 mesi, 30 months and "deux ans et
// demi"; a quay of 1,4 chilometri, 1.4 km (0.9 mile) and 1 400 mètres;
// €95 million of EU money in a €412 million contract; capacity from 1.1 to
// 2 million TEU beside 940,000 TEU handled last year and 870,000 the year
// before; 600 construction jobs and 250 permanent ones; "ruim 3 miljoen
// kubieke meter"; a 93-year-old family firm; a port authority president,
// "chair" and "présidente"; 86 of 226 communes, the "140 autres"; the
// reservoir at 23% against 41% a year ago; 190 mm (7.5 inches) against 560
// on average and "about a third"; irrigation cut "de moitié" and "by
// half"; 2,300 farms as "quelque", "around" and "zo'n"; €9 million of aid
// paid last year; a fine of 7,5 miljoen from a base of 10 miljoen and
// "tien miljoen", 25 procent as "een kwart"; 1,800 of 12,000 files and
// "vijftien procent"; shares down 2,1 procent and "about 2%"; the fine as
// "ruim een tiende" of a €64 million profit; 310,000 clients and "ruim
// 300.000"; a bank fined €3 million in 2029; bestuursvoorzitter, topman,
// chief executive and "président du directoire"; 148,000 visitors and
// "près de 150 000", 131,000 last year, 8,000 at the first edition of
// 2011; 210 artists on nine stages; 312 treated, nine of them taken to
// hospital; 31 degrees and 31C (88F); the next edition on 5 to 8 August;
// "Diciannove ore", negentien uur and 19 hours; 38 miglia nautiche, 38
// zeemijl and 38 nautical miles (70 km) beside "circa 70 chilometri"; 11
// metres, "undici metri" and 36 ft; a sailor of 67 and his wife of 64,
// sailing "sinds zijn twintigste"; 46 rescues in 2031; 30 minutes and "een
// half uur"; €180 million a year and €240 million from 2035; a third, 33%
// and 24% in 2018; 6,200 schools and 1.4 million pupils; 1.2 million
// members and "ruim een miljoen", 340,000 of them with medical data; a $3
// million ransom; a weekend of 15 and 16 May and Monday 17 May; 90,000
// records exposed in 2029; 86 passengers and two crew as "Quatre-vingt-huit
// personnes"; a driver of 58; 17 lightly injured and about sixty
// firefighters; 50 km/h (31 mph) and "une cinquantaine de
// kilomètres-heure"; a closure of at least ten days; the line reopened in
// 2023 after a storm in October 2020; crémant picking from 30 August and
// still wines from 6 September; 1.05 million hectolitres, "ruim een
// miljoen", 12% more than 940,000; 140 million bottles beside 11 million
// for the Netherlands; 12,000 pickers, 3,800 growers; 15,600 hectares
// (38,500 acres); the earliest harvest of 2003; 24,000 seats against
// 16,500 in a stadium of 1934; €165 million, €125 million from the club
// and €40 million public; votes of 28 to 9; 4,100 signatures and "more
// than 4,000"; a Dutch stadium of 18,000 seats; an architect of 46;
// "presidente del club" and chairman for one man.
//
// Frozen before its first run, which flagged 5 of the 6 contradictions and
// 0 false disagreements; it missed the drought aid's amount ("missed
// xl2fr2.txt's €18 million against €14 million": the wire's "Ce fonds de
// 18 millions d'euros" stood in a row of its own, "fonds · €18 million",
// apart from "d'urgence · €14 million" of xl2fr, xl2en and xl2nl, so the
// two were never compared). The miss is a value left unmatched, not the
// planted pair printed in another form, so the wrong values are as written
// before the run. The duration (36 against 30 months, with "deux ans et
// demi" read as 2.5 years and not flagged), the percentage, the count, the
// age and the date were flagged. The grouping put the set's 35 reports in
// 11 events for its 10, B-cubed precision 1.000, recall 0.957. The figures
// were read from a second run of the same frozen commit: the prescribed
// command's "tail -40" showed only the grouping test's lines, which its
// -run pattern also matched, and cut the set's own. Nothing changed after
// the run but this comment.
var heldOutXaloc = []heldOutEvent{
	{"marenzo-port-terminal", map[string]string{
		"xl1it.txt": `it|Porto di Marenzo, assegnato l'appalto da 412 milioni per la nuova banchina

Economia | Liguria

Marenzo, 9 marzo 2032

L'Autorità portuale di Marenzo ha assegnato martedì alla cordata guidata dall'olandese Damsma Baggerwerken, con l'impresa spezzina Edilmare, i lavori per il nuovo terminal container. Il valore dell'appalto è di 412 milioni di euro, di cui 95 milioni finanziati dall'Unione europea.

Il progetto prevede una banchina lunga 1,4 chilometri con fondali a 17 metri, in grado di accogliere le portacontainer più grandi. I lavori partiranno a giugno e dureranno 30 mesi.

"Con il nuovo terminal la capacità del porto passerà da 1,1 a 2 milioni di teu all'anno", ha spiegato la presidente dell'Autorità portuale, Chiara Bonfanti. L'anno scorso lo scalo ha movimentato 940 mila teu.

Nel cantiere lavoreranno fino a 600 persone; a regime il terminal creerà 250 posti di lavoro stabili.

Preoccupati gli ambientalisti di Mare Vivo Liguria, che temono per le praterie di posidonia davanti alla diga foranea.`,
		"xl1nl.txt": `nl|Dordtse baggeraar Damsma haalt megaklus in Italiaanse haven binnen

Economie | Drechtsteden

9 maart 2032, 17:20

Baggerbedrijf Damsma uit Dordrecht gaat samen met een Italiaanse bouwer een nieuwe containerterminal aanleggen in de Ligurische havenstad Marenzo. De opdracht is 412 miljoen euro waard, het grootste contract in de 93-jarige geschiedenis van het familiebedrijf.

"Dit is voor ons een enorme stap", zegt directeur Pieter Holtrop. Damsma gaat ruim 3 miljoen kubieke meter zand en slib weghalen, zodat de haven een diepte van 17 meter krijgt. Langs de nieuwe kade van 1,4 kilometer moeten straks de grootste containerschepen ter wereld kunnen aanmeren.

Het werk begint in juni en duurt 36 maanden. Op het hoogtepunt werken er zo'n 600 mensen aan het project, onder wie ongeveer 80 van Damsma zelf.

De Europese Unie betaalt 95 miljoen euro mee. De haven wil zijn capaciteit bijna verdubbelen, tot 2 miljoen containers (teu) per jaar.`,
		"xl1en.txt": `en|Dutch-Italian group wins €412 million Marenzo port contract

By staff reporter

MARENZO, Italy, March 9 - The port authority of Marenzo on Italy's Ligurian coast on Tuesday awarded a €412 million contract to build a new container terminal to a consortium led by Dutch dredging firm Damsma Baggerwerken and including local builder Edilmare.

The European Union is contributing €95 million. Work is due to begin in June and take 30 months, the authority said.

The terminal will have a 1.4 km (0.9 mile) quay with a depth of 17 metres, lifting the port's annual capacity from 1.1 million to 2 million twenty-foot equivalent units (TEU). Marenzo handled 940,000 TEU last year, up from 870,000 the year before.

"This puts Marenzo in the same league as Genoa and La Spezia," said port authority chair Chiara Bonfanti.

The project is expected to employ up to 600 people during construction and create 250 permanent jobs.

Environmental group Mare Vivo Liguria has said it fears for seagrass meadows off the harbour wall.`,
		"xl1fr.txt": `fr|Italie : le port de Marenzo lance son nouveau terminal à conteneurs

Maritime | Ports

Publié le 10/03/2032

Le port ligure de Marenzo, à l'est de Gênes, a attribué mardi le chantier de son futur terminal à conteneurs à un groupement mené par le néerlandais Damsma Baggerwerken et l'italien Edilmare, pour un montant de 412 millions d'euros.

Le chantier, qui doit démarrer en juin, durera deux ans et demi. Il prévoit un quai de 1 400 mètres et le creusement des fonds à 17 mètres, afin d'accueillir les plus grands porte-conteneurs.

L'Union européenne apporte 95 millions d'euros. À terme, le port pourra traiter 2 millions d'EVP par an, contre 1,1 million aujourd'hui.

« Marenzo jouera dans la même cour que Gênes et La Spezia », a assuré la présidente de l'autorité portuaire, Chiara Bonfanti. Les travaux mobiliseront jusqu'à 600 personnes et le terminal créera 250 emplois durables.`,
	}, map[string][2]string{"xl1nl.txt": {"36 months", "30 months"}}},
	{"pyrenees-drought-curbs", map[string]string{
		"xl2fr.txt": `fr|Sécheresse : 86 communes des Pyrénées-Orientales passent en « crise »

Perpignan | Actualité

Lundi 19 juillet 2032

Face à une sécheresse qui dure depuis près de trois ans, la préfète des Pyrénées-Orientales, Marie-Hélène Vasseur, a placé lundi 86 communes du département en situation de crise, le niveau le plus élevé de restriction. Arrosage des jardins, remplissage des piscines et lavage des voitures y sont interdits.

« Nous n'avons plus le choix », a déclaré la préfète lors d'un point presse. Le barrage de l'Agly n'est plus rempli qu'à 23 %, contre 41 % à la même époque l'an dernier. Il n'est tombé que 190 millimètres de pluie en douze mois à Perpignan, contre 560 en moyenne.

Les prélèvements agricoles sont réduits de moitié. En visite à Thuir, le ministre de l'Agriculture, Julien Carrère, a annoncé une aide d'urgence de 14 millions d'euros pour les quelque 2 300 exploitations touchées.

Les mesures s'appliquent jusqu'au 30 septembre. Les 140 autres communes du département restent en alerte renforcée.`,
		"xl2fr2.txt": `fr|Sécheresse dans les Pyrénées-Orientales : l'État débloque une aide pour les agriculteurs

Perpignan, 19 juil 2032 (AFP) - Le ministre de l'Agriculture Julien Carrère a promis lundi une aide d'urgence aux agriculteurs des Pyrénées-Orientales, département le plus sec de France métropolitaine, où la préfecture a durci les restrictions d'eau.

Ce fonds de 18 millions d'euros doit soutenir environ 2 300 exploitations, en priorité les viticulteurs et les arboriculteurs, a précisé le ministre lors d'un déplacement dans une cave coopérative de Thuir.

Dans le même temps, la préfète Marie-Hélène Vasseur a classé 86 communes sur 226 en « crise », interdisant notamment l'arrosage et le remplissage des piscines jusqu'à fin septembre.

« Certains villages sont ravitaillés par camion-citerne depuis le printemps », a rappelé Jean-Pierre Alabert, président de la chambre d'agriculture. L'an dernier, l'État avait déjà versé 9 millions d'euros aux exploitants du département.`,
		"xl2en.txt": `en|Drought forces crisis water curbs in French Pyrenees region

Europe

France's Pyrénées-Orientales department on Monday imposed its toughest water restrictions on 86 towns and villages, banning garden watering, pool filling and car washing as a drought stretching back almost three years tightened its grip.

The Agly reservoir is only 23% full, against 41% a year ago, and Perpignan has had just 190 mm (7.5 inches) of rain in the past 12 months, about a third of the usual amount, the prefecture said.

Agriculture minister Julien Carrère announced €14 million in emergency aid for around 2,300 farms, most of them vineyards and orchards. Farmers' irrigation allowances have been cut by half.

"We no longer have a choice," said Marie-Hélène Vasseur, the region's prefect. The curbs run until September 30.`,
		"xl2nl.txt": `nl|Zuid-Frankrijk kampt met extreme droogte, ook campings moeten zuinig zijn

Buitenland

19 juli 2032, 20:14

In het Franse departement Pyrénées-Orientales, populair bij Nederlandse vakantiegangers, gelden sinds maandag de strengste waterbeperkingen. In 86 gemeenten mogen tuinen niet meer worden besproeid en zwembaden niet meer worden gevuld.

Het stuwmeer van de Agly is nog maar voor 23 procent gevuld. In Perpignan viel het afgelopen jaar 190 millimeter regen, ongeveer een derde van normaal.

Campings aan de kust mogen open blijven, maar moeten douches met een tijdschakelaar uitrusten en zwembaden niet bijvullen. "Onze gasten begrijpen het wel", zegt de Nederlandse campingeigenaar Erik Vos (54) in Argelès-sur-Mer.

De Franse landbouwminister Julien Carrère trekt 14 miljoen euro uit voor zo'n 2300 boerenbedrijven, vooral wijnboeren. De maatregelen gelden tot eind september.`,
	}, map[string][2]string{"xl2fr2.txt": {"€18 million", "€14 million"}}},
	{"noordkust-bank-fine", map[string]string{
		"xl3nl.txt": `nl|DNB beboet Noordkust Bank met 7,5 miljoen euro om witwascontroles

Financiën

Amsterdam, 23 september 2032

De Nederlandsche Bank (DNB) heeft Noordkust Bank een boete van 7,5 miljoen euro opgelegd. De Groningse bank heeft tussen 2027 en 2030 verdachte transacties van klanten onvoldoende gecontroleerd, maakte de toezichthouder donderdag bekend.

De basisboete bedroeg 10 miljoen euro, maar DNB verlaagde die met 25 procent omdat de bank volledig heeft meegewerkt en haar controles inmiddels op orde heeft gebracht.

Bij een steekproef van ongeveer 12.000 klantdossiers bleken er 1800 onvolledig. "Een bank is poortwachter van het financiële stelsel, ook een kleine", zegt DNB-directeur toezicht Ingrid van Reenen.

Bestuursvoorzitter Maarten Eilander erkent de fouten. "We hebben te laat geïnvesteerd in mensen en systemen." De bank, met 310.000 klanten, gaat niet in bezwaar. Het aandeel Noordkust sloot op het Damrak 2,1 procent lager.

De boete staat gelijk aan ruim een tiende van de nettowinst van vorig jaar, 64 miljoen euro.`,
		"xl3nl2.txt": `nl|Miljoenenboete voor Noordkust Bank: 'We hebben fouten gemaakt'

Groningen | Economie

23-09-2032, 14:05

Noordkust Bank, met het hoofdkantoor aan de Grote Markt in Groningen, moet 7,5 miljoen euro boete betalen aan De Nederlandsche Bank. De toezichthouder vindt dat de bank jarenlang te weinig deed om witwassen te voorkomen.

"We hebben fouten gemaakt en daar nemen we de verantwoordelijkheid voor", zegt topman Maarten Eilander (57). Volgens hem heeft de bank de afgelopen twee jaar 140 extra medewerkers aangenomen voor klantonderzoek.

DNB had de boete eerst op tien miljoen gezet, maar gaf een korting van een kwart omdat de bank goed meewerkte. Van de 12.000 onderzochte dossiers was vijftien procent niet in orde.

Voor klanten verandert er niets, benadrukt de bank. Noordkust heeft ruim 300.000 klanten, vooral in Groningen, Friesland en Drenthe. De bank werkt er met ongeveer 1100 mensen.

In 2030 kreeg Noordkust al een waarschuwing van DNB.`,
		"xl3en.txt": `en|Dutch central bank fines Noordkust Bank €7.5 million over money laundering checks

Financial news

AMSTERDAM, Sept 23 - The Dutch central bank (DNB) on Thursday fined regional lender Noordkust Bank €7.5 million for failing to properly monitor customer transactions for signs of money laundering between 2027 and 2030.

DNB said it had reduced the fine by 20% because the bank had cooperated fully and had since fixed its controls.

About 15% of the roughly 12,000 customer files checked by the supervisor were incomplete, DNB said.

"A bank is a gatekeeper of the financial system, however small," said Ingrid van Reenen, the central bank's director of supervision.

Chief executive Maarten Eilander, 57, said the bank had hired 140 additional staff for customer checks over the past two years. Noordkust, which has about 310,000 customers in the north of the Netherlands, will not appeal.

Its shares closed down about 2% in Amsterdam.`,
		"xl3fr.txt": `fr|Pays-Bas : amende de 7,5 millions d'euros pour Noordkust Bank

Banques

Publié le 23/09/2032 à 16:40

La banque centrale néerlandaise (DNB) a infligé jeudi une amende de 7,5 millions d'euros à Noordkust Bank, une banque régionale du nord des Pays-Bas, pour des contrôles anti-blanchiment défaillants entre 2027 et 2030.

Le montant de base, 10 millions d'euros, a été réduit de 25 % en raison de la coopération de l'établissement. Sur quelque 12 000 dossiers clients examinés, 1 800 étaient incomplets.

« Nous avons commis des erreurs », a reconnu le président du directoire, Maarten Eilander. La banque, qui compte 310 000 clients et emploie environ 1 100 personnes, ne fera pas appel.

L'action a perdu 2,1 % à la Bourse d'Amsterdam. En 2029, DNB avait sanctionné une autre banque régionale à hauteur de 3 millions d'euros pour des manquements similaires.`,
	}, map[string][2]string{"xl3en.txt": {"20%", "25%"}}},
	{"de-panne-dunes-festival", map[string]string{
		"xl4nl.txt": `nl|Recordeditie voor Dunes Festival: 148.000 bezoekers in De Panne

Kust | De Panne

Maandag 9 augustus 2032, 07:45

Het Dunes Festival op het strand van De Panne heeft dit jaar 148.000 bezoekers gelokt, een record. Vorig jaar kwamen er 131.000 festivalgangers naar de vierdaagse. Dat meldt de organisatie na afloop zondagavond.

Op negen podia traden 210 artiesten op. "Het weer zat mee, de sfeer was fantastisch", zegt festivaldirecteur Jens Verhaeghe. Zaterdag werd het 31 graden, waardoor het Rode Kruis de handen vol had: in totaal werden 312 mensen verzorgd, negen van hen moesten naar het ziekenhuis.

De politie pakte 14 mensen op, de meesten voor drugshandel. "Voor een festival van deze omvang is dat weinig", zegt burgemeester Lieve Dewulf.

De volgende editie vindt plaats van 5 tot 8 augustus 2033. Een dagticket kostte dit jaar 89 euro.`,
		"xl4fr.txt": `fr|La Panne : le Dunes Festival bat son record d'affluence

Régions | Côte belge

Publié le 09/08/2032

Près de 150 000 festivaliers se sont pressés pendant quatre jours sur la plage de La Panne pour le Dunes Festival, qui s'est achevé dimanche soir. C'est un record pour l'événement, créé en 2011.

Sous une chaleur écrasante samedi – jusqu'à 31 degrés –, la Croix-Rouge a pris en charge 312 personnes, dont neuf ont été transférées à l'hôpital.

La police a procédé à 24 arrestations, principalement pour trafic de stupéfiants. La bourgmestre Lieve Dewulf se dit néanmoins satisfaite : « Pour un festival de cette taille, le bilan est bon. »

Au total, 210 artistes se sont produits sur neuf scènes. « L'ambiance était fantastique », résume le directeur du festival, Jens Verhaeghe, qui annonce déjà les dates de l'an prochain, du 5 au 8 août.`,
		"xl4en.txt": `en|Belgian beach festival draws record crowd despite heat

Belgium

The Dunes Festival in the Belgian coastal resort of De Panne drew a record 148,000 visitors over four days, organisers said after it closed on Sunday, up from 131,000 last year.

Some 210 acts played on nine stages. Temperatures reached 31C (88F) on Saturday, and Red Cross volunteers treated 312 festival-goers, nine of whom were taken to hospital.

Police made 14 arrests, mostly for drug dealing. "For a festival of this size, that is very few," said De Panne's mayor, Lieve Dewulf.

"The weather was on our side and the atmosphere was fantastic," festival director Jens Verhaeghe said. A day ticket cost €89 this year.

The festival, first held in 2011 with about 8,000 visitors, returns on August 5-8 next year.`,
	}, map[string][2]string{"xl4fr.txt": {"24", "14"}}},
	{"sardinia-sailor-rescue", map[string]string{
		"xl5it.txt": `it|Alghero, velista olandese salvato dopo 19 ore alla deriva

Cronaca | Alghero

Alghero, 13 ottobre 2032

Diciannove ore alla deriva con l'albero spezzato, onde di quattro metri e vento forza 8. È finita bene l'avventura di un velista olandese di 67 anni, Henk Bosma, soccorso mercoledì dalla Guardia costiera a 38 miglia nautiche a ovest di Alghero.

L'uomo, partito da solo da Minorca e diretto a Trapani, aveva lanciato l'allarme alle 2.10 della notte attivando il radiosegnale di soccorso della sua barca a vela, la "Zeemeeuw", lunga 11 metri. Anche la moglie, rimasta in Olanda, aveva avvisato la guardia costiera olandese.

A raggiungerlo è stato un elicottero partito da Decimomannu. "Le condizioni del mare erano proibitive, l'equipaggio ha fatto un lavoro straordinario", ha detto il comandante della Capitaneria di porto di Alghero, Luca Pinna.

Il velista, in lieve ipotermia, è stato portato all'ospedale di Sassari e dimesso in serata. La barca è stata abbandonata.

Nel 2031 la Capitaneria di Alghero ha coordinato 46 operazioni di soccorso in mare.`,
		"xl5it2.txt": `it|Sventato naufragio al largo della Sardegna, salvato skipper olandese

(ANSA) - ALGHERO, 13 OTT - Un elicottero della Guardia costiera ha tratto in salvo oggi un velista olandese rimasto per ore alla deriva a circa 70 chilometri dalla costa di Alghero, dopo che il maltempo aveva disalberato la sua imbarcazione.

Henk Bosma, 76 anni, originario di Enkhuizen, navigava in solitaria su una barca di undici metri. Dopo il disalberamento, avvenuto ieri sera, ha lanciato l'allarme con il segnale satellitare di emergenza.

Le operazioni, coordinate dalla Capitaneria di porto di Alghero, si sono svolte con onde alte fino a quattro metri. "Ha mantenuto la calma e ha seguito le nostre istruzioni via radio", ha riferito il comandante Luca Pinna.

Il diportista, in stato di lieve ipotermia, è stato trasferito in ospedale a Sassari. Le sue condizioni non destano preoccupazione.`,
		"xl5nl.txt": `nl|Enkhuizer zeiler (67) na negentien uur op drift gered bij Sardinië

Binnenland

13 oktober 2032, 18:30

De 67-jarige zeiler Henk Bosma uit Enkhuizen is woensdag door de Italiaanse kustwacht gered voor de kust van Sardinië. Zijn jacht was in een storm ontmast; hij dreef negentien uur rond.

Bosma was in zijn eentje op weg van Menorca naar Sicilië toen dinsdagavond de mast van zijn elf meter lange boot De Zeemeeuw brak. Om 2.10 uur zette hij zijn noodbaken aan. Zijn vrouw Gerda (64) waarschuwde in Enkhuizen de Kustwacht, die contact opnam met de Italianen.

"Ik heb nog nooit zo'n angst gehad", zegt Bosma telefonisch vanuit het ziekenhuis in Sassari, waar hij werd behandeld voor onderkoeling. "Die golven waren zo hoog als een huis."

Een helikopter haalde hem zo'n 38 zeemijl ten westen van Alghero van boord. De boot moest hij achterlaten. Bosma zeilt al sinds zijn twintigste; het was zijn derde tocht over de Middellandse Zee.`,
		"xl5en.txt": `en|Dutch solo sailor rescued off Sardinia after 19 hours adrift

Europe

Italy's coast guard on Wednesday rescued a 67-year-old Dutch sailor whose yacht had been dismasted in a storm off the west coast of Sardinia, leaving him adrift for 19 hours.

Henk Bosma, from Enkhuizen in the Netherlands, was sailing alone from Menorca to Sicily when the mast of his 11-metre (36 ft) yacht snapped on Tuesday evening. He set off his emergency beacon at 2:10 am.

A helicopter winched him off the boat about 38 nautical miles (70 km) west of Alghero in waves of up to four metres. He was treated for mild hypothermia in hospital in Sassari.

"He kept calm and followed our instructions by radio," said Commander Luca Pinna, head of the Alghero coast guard. Bosma's wife, 64, had also raised the alarm from the Netherlands.

The yacht was abandoned at sea.`,
	}, map[string][2]string{"xl5it2.txt": {"76 years", "67 years"}}},
	{"dutch-daily-reading-bill", map[string]string{
		"xl6nl.txt": `nl|Elke dag een half uur lezen verplicht op de basisschool

Politiek | Onderwijs

Den Haag, 5 november 2032

Basisscholen moeten vanaf 1 augustus 2033 hun leerlingen elke dag minstens een half uur laten lezen. Dat staat in een wetsvoorstel dat onderwijsminister Karin Doornbos vrijdag naar de Tweede Kamer heeft gestuurd.

Het kabinet trekt er 180 miljoen euro per jaar voor uit, oplopend tot 240 miljoen vanaf 2035. Van dat geld moeten onder meer 1500 nieuwe schoolbibliotheken komen.

Aanleiding is de dalende leesvaardigheid. Uit het laatste PISA-onderzoek bleek dat een derde van de 15-jarigen onvoldoende leest om goed mee te kunnen doen in de maatschappij. In 2018 was dat nog 24 procent.

"Lezen is de basis van alles", zei Doornbos. De maatregel geldt voor alle 6200 basisscholen, met samen ongeveer 1,4 miljoen leerlingen.

Onderwijsbond AOb is positief, maar voorzitter Marloes Kuipers waarschuwt voor de werkdruk: "Leraren hebben nu al te weinig tijd."`,
		"xl6en.txt": `en|Dutch primary schools to make half an hour of daily reading compulsory

Education

THE HAGUE, Nov 5 - Dutch primary schools will have to give pupils at least 30 minutes of reading every day from August 1, 2033, under a bill sent to parliament on Friday by education minister Karin Doornbos.

The government will spend €180 million a year on the plan, rising to €240 million from 2035, including money for some 1,500 new school libraries.

The latest PISA survey found that 33% of Dutch 15-year-olds could not read well enough to function fully in society, up from 24% in 2018.

"Reading is the foundation of everything," Doornbos said. The rule will apply to all 6,200 primary schools and their roughly 1.4 million pupils.

The main teachers' union welcomed the plan but warned about workloads.`,
		"xl6fr.txt": `fr|Aux Pays-Bas, une demi-heure de lecture obligatoire chaque jour à l'école primaire

Monde | Éducation

Publié le 06/11/2032

Face à la chute du niveau de lecture des élèves, le gouvernement néerlandais veut imposer une demi-heure de lecture quotidienne dans toutes les écoles primaires du pays. La ministre de l'Enseignement, Karin Doornbos, a transmis vendredi un projet de loi au Parlement.

La mesure entrerait en vigueur le 1er septembre 2033 et concernerait les 6 200 écoles primaires et leurs quelque 1,4 million d'élèves. La Haye y consacrera 180 millions d'euros par an, puis 240 millions à partir de 2035.

Selon la dernière enquête PISA, un tiers des jeunes Néerlandais de 15 ans ne maîtrisent pas suffisamment la lecture, contre 24 % en 2018.

« La lecture est la base de tout », a déclaré la ministre. En Fédération Wallonie-Bruxelles, où les résultats sont comparables, un tel dispositif n'est pas à l'ordre du jour.`,
	}, map[string][2]string{"xl6fr.txt": {"1 September", "1 August"}}},
	{"horizon-health-fund-breach", map[string]string{
		"xl7fr.txt": `fr|Cyberattaque contre la Mutualité Horizon : les données de 1,2 million d'affiliés dérobées

Belgique | Société

Mercredi 19 mai 2032

La Mutualité Horizon a confirmé mercredi avoir été victime d'une cyberattaque d'ampleur. Les pirates ont eu accès aux noms, adresses et numéros de registre national de ses 1,2 million d'affiliés.

Pour environ 340 000 d'entre eux, des données de remboursements médicaux ont également été copiées. L'intrusion a eu lieu durant le week-end et a été détectée lundi matin par le service informatique.

Les auteurs réclament une rançon de 3 millions de dollars en bitcoins. « Nous ne paierons pas », a martelé la secrétaire générale de la mutualité, Anne-Sophie Lambotte. Le Centre pour la cybersécurité Belgique et l'Autorité de protection des données ont été prévenus, et une plainte a été déposée.

La mutualité invite ses membres à se méfier des SMS et courriels frauduleux. En 2029, un autre assureur belge avait vu les données de 90 000 clients exposées.`,
		"xl7nl.txt": `nl|Hackers stelen gegevens van meer dan een miljoen leden ziekenfonds Horizon

Binnenland

19-05-2032, 12:30

Bij een cyberaanval op Ziekenfonds Horizon zijn de persoonsgegevens van ruim een miljoen leden buitgemaakt. Het gaat om namen, adressen en rijksregisternummers, bevestigt het ziekenfonds.

Van ongeveer 340.000 leden hebben de hackers ook gegevens over terugbetalingen van medische kosten in handen. "Dat is bijzonder gevoelige informatie", zegt algemeen secretaris Anne-Sophie Lambotte.

De hackers eisen 3 miljoen dollar losgeld. Horizon betaalt niet en heeft klacht ingediend. Ook het Centrum voor Cybersecurity België en de Gegevensbeschermingsautoriteit zijn verwittigd.

De inbraak gebeurde vermoedelijk in het weekend van 15 en 16 mei en werd maandag ontdekt. Leden krijgen de komende dagen een brief. Het ziekenfonds telt in totaal 1,2 miljoen leden in Vlaanderen, Brussel en Wallonië.`,
		"xl7en.txt": `en|Hackers steal data on 1.2 million members of Belgian health insurer

Technology | Cybersecurity

BRUSSELS, May 19 - Belgian health insurance fund Horizon said on Wednesday that hackers had stolen personal data on all of its 1.2 million members, including national registry numbers, and were demanding a $3 million ransom.

The fund said medical reimbursement records for about 340,000 members had also been copied. The breach happened over the weekend and was discovered on Monday, May 17.

"We will not pay," secretary-general Anne-Sophie Lambotte said. The fund has filed a police complaint and alerted Belgium's cybersecurity centre and its data protection authority.

Experts warned members to expect phishing attempts. "With national registry numbers, criminals can make very convincing fake messages," said Pieter Claes, a security researcher at KU Leuven.

It is one of the largest data breaches in Belgium since 2029, when a private insurer exposed the records of 90,000 clients.`,
	}, nil},
	{"tende-line-derailment", map[string]string{
		"xl8it.txt": `it|Frana sulla Cuneo-Ventimiglia, deraglia un treno regionale: due feriti gravi

Cronaca | Cuneo

Sabato 27 marzo 2032

Un treno regionale partito da Cuneo e diretto a Ventimiglia è deragliato sabato mattina in territorio francese, tra Tenda e Fontan, dopo essere stato colpito da un masso staccatosi dalla montagna. A bordo c'erano 86 passeggeri e due membri dell'equipaggio.

Due persone sono rimaste gravemente ferite: il macchinista, un cuneese di 58 anni, e una passeggera. Altri 17 viaggiatori hanno riportato ferite lievi. Il convoglio viaggiava a circa 50 chilometri orari.

Secondo i primi accertamenti il masso, di una ventina di tonnellate, si è staccato a causa delle forti piogge dei giorni scorsi. I passeggeri illesi sono stati portati in pullman a Breil-sur-Roya.

"La linea resterà chiusa per almeno dieci giorni", ha detto l'assessore regionale ai trasporti del Piemonte, Paolo Audisio. La tratta era stata riaperta nel 2023 dopo i danni della tempesta Alex.`,
		"xl8fr.txt": `fr|Vallée de la Roya : un train déraille après un éboulement, deux blessés graves

Alpes-Maritimes | Faits divers

Publié le 27/03/2032 à 15h10

Un train régional italien reliant Cuneo à Vintimille a déraillé samedi vers 9 h 40 entre Tende et Fontan, percuté par un rocher d'environ 20 tonnes tombé sur la voie. Quatre-vingt-huit personnes se trouvaient à bord.

Le conducteur, âgé de 58 ans, et une passagère ont été grièvement blessés et héliportés vers l'hôpital Pasteur de Nice. Dix-sept autres voyageurs, plus légèrement touchés, ont été pris en charge par les pompiers.

« Le train roulait à une cinquantaine de kilomètres-heure, ce qui a évité le pire », a indiqué le secrétaire général de la préfecture des Alpes-Maritimes, Olivier Mercadal. Une soixantaine de pompiers ont été engagés.

La circulation est interrompue pour au moins dix jours. Cette ligne, vitale pour les habitants de la vallée, n'avait rouvert qu'en 2023, après les destructions causées par la tempête Alex en octobre 2020.`,
		"xl8en.txt": `en|Train derails after rockfall on Italy-France mountain line

Europe

A regional train travelling from Cuneo in Italy to the Italian coastal town of Ventimiglia derailed on Saturday after hitting a 20-tonne boulder in France's Roya valley, seriously injuring two people, officials said.

The train, carrying 86 passengers and two crew, was travelling at about 50 km/h (31 mph) when it struck the rock between Tende and Fontan at around 9:40 am.

The 58-year-old driver and a woman passenger were flown to hospital in Nice. Seventeen others suffered minor injuries.

Heavy rain in recent days is thought to have loosened the rock. The line, which runs partly through French territory, will be closed for at least 10 days.

It reopened only in 2023 after Storm Alex tore away sections of track in October 2020.`,
	}, nil},
	{"alsace-harvest-start", map[string]string{
		"xl9fr.txt": `fr|Vendanges en Alsace : coup d'envoi lundi pour le crémant

Grand Est | Viticulture

Colmar, vendredi 27 août 2032

Les vendanges du crémant d'Alsace débuteront lundi 30 août, a annoncé vendredi le Conseil interprofessionnel des vins d'Alsace (CIVA). Celles des vins tranquilles suivront à partir du 6 septembre.

La récolte est estimée à 1,05 million d'hectolitres, soit environ 12 % de plus que l'an dernier, lorsque le gel d'avril avait limité la production à 940 000 hectolitres. Cela représente quelque 140 millions de bouteilles.

« Le raisin est sain et bien mûr, tout laisse espérer un beau millésime », s'est réjoui le président du CIVA, Gilles Ehrhart. Il s'agit de l'un des démarrages les plus précoces jamais observés, après 2003.

Quelque 12 000 vendangeurs saisonniers sont attendus dans les 15 600 hectares du vignoble, qui fait vivre environ 3 800 viticulteurs.`,
		"xl9en.txt": `en|Alsace winemakers expect bigger harvest after last year's frost

Food & Drink

Winemakers in France's Alsace region will start picking grapes for sparkling crémant on Monday, August 30, one of the earliest starts on record, the regional wine council said on Friday.

The council expects a harvest of about 1.05 million hectolitres, up some 12% from 940,000 hectolitres last year, when an April frost damaged vines. That is the equivalent of around 140 million bottles.

"The grapes are healthy and ripe. Everything points to a fine vintage," said Gilles Ehrhart, president of the Alsace wine council (CIVA).

Picking for still wines such as riesling and gewurztraminer begins on September 6. Around 12,000 seasonal workers will be needed across the region's 15,600 hectares (38,500 acres) of vines.

About a quarter of Alsace wine is exported.`,
		"xl9nl.txt": `nl|Druivenpluk in de Elzas begint vroeg, wijnboeren verwachten goede oogst

Eten & Drinken

28 augustus 2032

In de Elzas begint maandag de druivenpluk voor de mousserende crémant, een van de vroegste starts ooit. De wijnboeren rekenen op ruim een miljoen hectoliter wijn, zo'n 12 procent meer dan vorig jaar, toen nachtvorst in april veel schade aanrichtte.

"De druiven zijn gezond en rijp", zegt Gilles Ehrhart, voorzitter van de Elzasser wijnraad CIVA. De oogst voor de stille wijnen, zoals riesling, begint op 6 september.

Voor Nederlandse liefhebbers is dat goed nieuws. Nederland is na België de grootste exportmarkt voor Elzasser wijn, met jaarlijks zo'n 11 miljoen flessen. In totaal gaat ongeveer een kwart van de productie naar het buitenland.

Voor de pluk zijn zo'n 12.000 seizoenwerkers nodig, onder wie ook studenten uit Nederland en België.`,
		"xl9it.txt": `it|Alsazia, al via la vendemmia: si attende un'annata abbondante

Vino | Francia

27 agosto 2032

Partirà lunedì 30 agosto in Alsazia la vendemmia delle uve destinate al crémant, lo spumante della regione. La raccolta per i vini fermi inizierà invece il 6 settembre.

Il consiglio interprofessionale dei vini d'Alsazia (CIVA) stima una produzione di 1,05 milioni di ettolitri, circa il 12% in più rispetto ai 940 mila dello scorso anno, quando una gelata di aprile aveva colpito i vigneti.

"L'uva è sana e matura, ci aspettiamo un'ottima annata", ha detto il presidente del CIVA, Gilles Ehrhart.

Il vigneto alsaziano si estende su 15.600 ettari e conta circa 3.800 viticoltori. Per la raccolta saranno impiegati circa 12 mila stagionali. L'annata più precoce resta il 2003, quando la vendemmia era iniziata a metà agosto.`,
	}, nil},
	{"sarzena-stadium-approved", map[string]string{
		"xl10it.txt": `it|Sarzena, via libera al nuovo stadio da 24 mila posti

Città | Sport

Venerdì 12 novembre 2032

Il consiglio comunale di Sarzena ha approvato giovedì sera, con 28 voti a favore e 9 contrari, il progetto del nuovo stadio dell'AC Sarzena. L'impianto avrà 24.000 posti, contro i 16.500 dell'attuale Comunale, costruito nel 1934.

L'opera costerà 165 milioni di euro: 125 milioni li metterà la società, i restanti 40 milioni arriveranno da Regione e Comune.

"È una giornata storica per la città", ha detto la sindaca Silvia Moretti. Il presidente del club, Federico Lanzi, punta a giocare nel nuovo stadio dalla stagione 2035-36. I lavori dovrebbero partire nella primavera del 2033.

Il progetto porta la firma dello studio olandese Kroes Architecten di Rotterdam. Contrario il comitato di quartiere Borgo San Rocco, che ha raccolto 4.100 firme contro l'impianto.`,
		"xl10en.txt": `en|Italian club Sarzena gets green light for 24,000-seat stadium

Football

The city council of Sarzena in northern Italy has approved plans for a new 24,000-seat stadium for second-tier club AC Sarzena, a project costing €165 million.

Councillors voted 28 to 9 in favour on Thursday evening. The club will pay €125 million, with the regional government and the city covering the rest.

The new ground, designed by Rotterdam-based Kroes Architecten, will replace the 1934 Stadio Comunale, which holds 16,500. Construction is due to start in spring 2033, and chairman Federico Lanzi hopes the team will move in for the 2035-36 season.

"This is a historic day for the city," said mayor Silvia Moretti.

Residents of the nearby Borgo San Rocco district have collected more than 4,000 signatures against the project, citing traffic and noise.`,
		"xl10nl.txt": `nl|Rotterdams bureau ontwerpt nieuw stadion in Italië

Cultuur | Architectuur

13 november 2032

Het Rotterdamse architectenbureau Kroes Architecten mag een nieuw voetbalstadion ontwerpen voor de Noord-Italiaanse stad Sarzena. De gemeenteraad keurde het plan donderdag goed.

Het stadion krijgt 24.000 plaatsen en een dak van hout en zonnepanelen. "We wilden een stadion dat bij de stad hoort, niet een doos aan de rand", zegt oprichter Annelot Kroes (46).

De bouw kost 165 miljoen euro, waarvan de club AC Sarzena het grootste deel betaalt. Overheden dragen 40 miljoen bij. Het huidige stadion, uit 1934, telt 16.500 plaatsen.

De bouw begint in het voorjaar van 2033. Het is voor Kroes Architecten het eerste stadion buiten Nederland; eerder ontwierp het bureau het nieuwe stadion van een Eredivisieclub met 18.000 plaatsen.`,
	}, nil},
}
