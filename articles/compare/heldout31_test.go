package compare

// heldOutSleet are ten events written blind, after the Drizzle set, on
// topics no earlier set touched: a wedding lunch that made guests ill,
// fake perfume seized in a port, taxi fares, a square closed for
// repaving, new cycle paths, the death of a country's oldest person, a
// giraffe calf, house prices, a tennis final and a fishing quota. Seven
// hold one planted contradiction each (a count of people, an amount of
// money, a percentage, a duration, a measure, an age, a calendar date);
// the last three hold none, only traps: rounding and hedges, previous
// values, rates beside totals, figures about other things in the same
// shape, winners and runners-up by other names, unit conversions and
// two people's ages.
//
// First run (before any change made on it): 5 of 7 contradictions
// flagged, 0 false disagreements. Missed: the German report's 36 guests
// ill against 46 (its row stood alone as "gäste · 36", apart from the
// 46 of the English and French reports, the Italian 46 in no row); the
// Spanish report's age of 114 years against 113 years (the English
// report's "more than 50 years" sat in the age's row, and no flag came).
// False: none.
//
// Kept held out until the synonym table learned common counted things in
// seven languages (schools, rooms, pedestrians, guests, goals, patients,
// trees, animals, tourists, volunteers, members, soldiers, doctors, shops,
// beds), after the Dew set: now 6/7, 0 false.
var heldOutSleet = []heldOutEvent{
	{"wedding-lunch", map[string]string{
		"x1it.txt": `it|Intossicazione al pranzo di nozze: 46 invitati stanno male a Castelvero

Cronaca | Piemonte

14 giugno 2038, ore 11:40

CASTELVERO — Sono 46 gli invitati che hanno accusato malori dopo il pranzo di nozze celebrato sabato in un agriturismo alle porte di Castelvero, nel Cuneese. Nove di loro sono stati ricoverati all'ospedale di Bra, gli altri sono stati curati al pronto soccorso e rimandati a casa.

Al banchetto partecipavano 180 persone. Secondo l'Asl, il sospetto ricade su un tiramisù preparato con uova crude: i campioni sono stati inviati al laboratorio di Torino e i risultati sono attesi entro 10 giorni.

«Nessuno è in pericolo di vita», ha detto la dottoressa Carla Benedetti, responsabile del servizio di igiene degli alimenti. Gli sposi, Elena Mori, 31 anni, e Davide Ferrero, 34, hanno annullato il viaggio di nozze per restare accanto agli ospiti.

Il titolare dell'agriturismo, Piero Gallo, ha sospeso la ristorazione per una settimana.

Riproduzione riservata`,
		"x1en.txt": `en|Wedding lunch leaves 46 guests ill in northern Italy

Health officials suspect a tiramisu made with raw eggs

By Laura Whitcombe | 14 June 2038

Forty-six guests fell ill after a wedding lunch at a farm restaurant near Castelvero, in Italy's Piedmont region, on Saturday, local health authorities said. Nine were admitted to hospital in Bra.

About 180 people attended the reception. Dr Carla Benedetti, who heads the local food hygiene service, said samples had been sent to a laboratory in Turin and results were expected within 10 days. "No one's life is in danger," she said.

The bride, Elena Mori, 31, and the groom, Davide Ferrero, 34, cancelled their honeymoon to stay with their guests.

The owner of the farm restaurant, Piero Gallo, has stopped serving meals for a week.`,
		"x1fr.txt": `fr|Italie : 46 invités intoxiqués lors d'un repas de mariage

Un tiramisu préparé avec des œufs crus est soupçonné

Publié le 14/06/2038 à 13h05

Quarante-six convives sont tombés malades après un repas de noces servi samedi dans une ferme-auberge près de Castelvero, dans le Piémont. Neuf d'entre eux ont été hospitalisés à Bra, les autres ont pu rentrer chez eux après des soins.

Le banquet réunissait quelque 180 invités. Des échantillons ont été envoyés à un laboratoire de Turin ; les résultats sont attendus d'ici dix jours.

« Personne n'est en danger de mort », a assuré Carla Benedetti, responsable du service d'hygiène alimentaire de l'autorité sanitaire locale.`,
		"x1de.txt": `de|Hochzeitsessen in Italien: Dutzende Gäste erkranken

Verdacht auf Salmonellen im Tiramisu

14.06.2038, 12:30 Uhr

Nach einem Hochzeitsessen in einem Agriturismo bei Castelvero im Piemont sind am Samstag 36 Gäste erkrankt. Neun von ihnen kamen ins Krankenhaus von Bra, wie die örtliche Gesundheitsbehörde mitteilte.

An der Feier hatten rund 180 Menschen teilgenommen. Die Behörden vermuten, dass ein mit rohen Eiern zubereitetes Tiramisu die Ursache war. Die Laborergebnisse aus Turin sollen binnen zehn Tagen vorliegen.

Das Brautpaar – die 31-jährige Elena Mori und der 34-jährige Davide Ferrero – sagte seine Hochzeitsreise ab. „Wir wollten bei unseren Gästen bleiben", sagte Ferrero einer Lokalzeitung.`,
	}, map[string][2]string{"x1de.txt": {"36", "46"}}},
	{"fake-perfume", map[string]string{
		"x2es.txt": `es|Aduanas interviene 61.000 frascos de perfume falsificado en el puerto de Valmara

Economía | Contrabando

Valmara, 9 de marzo de 2038

Agentes de Vigilancia Aduanera han intervenido en el puerto de Valmara 61.000 frascos de perfume falsificado que imitaban a una decena de marcas de lujo, con un valor estimado en el mercado legal de 2,4 millones de euros, informó este martes la Agencia Tributaria.

La mercancía viajaba en dos contenedores procedentes de Asia declarados como "artículos de limpieza". Tres personas, de 38, 44 y 51 años, han sido detenidas.

El año pasado, las aduanas españolas se incautaron de falsificaciones por valor de 9,8 millones de euros en todos sus puertos, según datos oficiales.

"Estos productos no pasan ningún control sanitario y pueden provocar alergias graves", advirtió la portavoz de la agencia, Inés Carrasco.`,
		"x2en.txt": `en|Spanish customs seize 61,000 bottles of fake perfume

Haul worth €2.4m had been declared as cleaning products

9 March 2038 · 3 min read

VALMARA, Spain — Customs officers at the port of Valmara have seized 61,000 bottles of counterfeit perfume copying about ten luxury brands, Spain's tax agency said on Tuesday. The goods would have been worth about €2.4 million at legal retail prices.

The bottles arrived in two containers from Asia labelled as cleaning products. Three people, aged 38, 44 and 51, were arrested.

Spanish customs seized fakes worth €9.8 million across all ports last year.

"These products pass no health checks and can cause serious allergies," agency spokeswoman Inés Carrasco said.`,
		"x2pt.txt": `pt|Espanha: alfândega apreende 61 mil frascos de perfume falso

Mundo

09/03/2038 14h20

As autoridades aduaneiras espanholas apreenderam no porto de Valmara 61 mil frascos de perfume contrafeito, que imitavam cerca de dez marcas de luxo, anunciou nesta terça-feira a agência tributária do país.

A mercadoria chegou em dois contentores vindos da Ásia, declarada como produtos de limpeza. Três pessoas foram detidas.

Segundo a agência, o perfume valeria 4,2 milhões de euros se fosse vendido a preços legais. No ano passado, as alfândegas espanholas apreenderam contrafações no valor de 9,8 milhões de euros.

"Estes produtos não passam por nenhum controlo sanitário", alertou a porta-voz Inés Carrasco.`,
		"x2nl.txt": `nl|Spaanse douane onderschept 61.000 flessen namaakparfum

Buitenland

dinsdag 9 maart 2038, 16:48

In de Spaanse haven Valmara heeft de douane 61.000 flessen nagemaakte parfum in beslag genomen. Dat meldt de Spaanse belastingdienst. De flesjes imiteerden zo'n tien luxemerken en zouden in de winkel samen ongeveer 2,4 miljoen euro hebben opgebracht.

De lading zat in twee containers uit Azië die waren aangegeven als schoonmaakmiddelen. Drie verdachten, van 38, 44 en 51 jaar oud, zijn aangehouden.

Vorig jaar nam de Spaanse douane in alle havens samen voor 9,8 miljoen euro aan namaak in beslag.`,
	}, map[string][2]string{"x2pt.txt": {"€4.2 million", "€2.4 million"}}},
	{"taxi-fares", map[string]string{
		"x3de.txt": `de|Taxifahren in Brenneck wird teurer

Stadtrat billigt neue Tarife – Grundgebühr steigt auf 4,50 Euro

Lokales | 27.04.2038

Wer in Brenneck ein Taxi nimmt, muss ab dem 1. September im Schnitt 6,5 Prozent mehr bezahlen. Der Stadtrat hat die neue Tarifordnung am Montagabend mit großer Mehrheit beschlossen.

Die Grundgebühr steigt von 4,20 auf 4,50 Euro, der Kilometerpreis von 2,30 auf 2,45 Euro. Der Nachtzuschlag von 20 Prozent bleibt unverändert. Zuletzt waren die Preise 2036 um 4 Prozent angehoben worden.

„Die Fahrer haben seit zwei Jahren deutlich höhere Kosten für Versicherung und Fahrzeuge", sagte Ordnungsdezernentin Sabine Kröger. In Brenneck sind derzeit 640 Taxis zugelassen.

Der Fahrgastverband der Region kritisierte die Erhöhung als „zu hoch".`,
		"x3en.txt": `en|Brenneck taxi fares to rise 6.5% from September

City council backs first increase in two years

27 April 2038

BRENNECK, Germany — Taxi fares in Brenneck will rise by an average of 6.5% from 1 September after the city council approved a new tariff on Monday evening.

The flag-drop charge will go up from €4.20 to €4.50 and the price per kilometre from €2.30 to €2.45. The 20% night surcharge is unchanged. Fares last rose in 2036, by 4%.

"Drivers have faced much higher insurance and vehicle costs for two years," said Sabine Kröger, the council officer in charge of public order. The city has 640 licensed taxis.`,
		"x3fr.txt": `fr|Allemagne : les taxis de Brenneck augmentent leurs prix

Les courses coûteront en moyenne 6,5 % de plus à partir du 1er septembre

Publié le 27 avril 2038

Le conseil municipal de Brenneck a approuvé lundi soir une hausse moyenne de 6,5 % des tarifs des taxis, qui entrera en vigueur le 1er septembre. La prise en charge passera de 4,20 à 4,50 euros et le prix du kilomètre de 2,30 à 2,45 euros.

La dernière augmentation, de 4 %, remontait à 2036. La majoration de nuit reste fixée à 20 %.

« Les chauffeurs subissent depuis deux ans une forte hausse des coûts d'assurance et de leurs véhicules », a expliqué Sabine Kröger, adjointe chargée de l'ordre public.`,
		"x3it.txt": `it|Germania, a Brenneck corse in taxi più care

Esteri

27 aprile 2038

A Brenneck, in Germania, le tariffe dei taxi aumenteranno in media dell'8,5% dal primo settembre. Lo ha deciso lunedì sera il consiglio comunale.

Lo scatto iniziale passerà da 4,20 a 4,50 euro e il prezzo al chilometro da 2,30 a 2,45 euro. Resta invariata la maggiorazione notturna del 20%.

«Da due anni gli autisti sostengono costi molto più alti per assicurazioni e veicoli», ha spiegato l'assessora Sabine Kröger. L'ultimo aumento, del 4%, risaliva al 2036.`,
	}, map[string][2]string{"x3it.txt": {"8.5%", "6.5%"}}},
	{"square-repaving", map[string]string{
		"x4pt.txt": `pt|Praça do Relógio fecha para obras durante 12 semanas

Alvarenga

20 de abril de 2038, 18:32

A Praça do Relógio, no centro histórico de Alvarenga, vai estar fechada ao trânsito e aos peões a partir de segunda-feira, 3 de maio, para obras de repavimentação que deverão durar 12 semanas, anunciou a câmara municipal.

A empreitada, orçada em 1,9 milhões de euros, prevê a substituição de 4.200 metros quadrados de calçada em granito e a renovação da rede de águas pluviais.

A feira semanal de quinta-feira muda-se durante as obras para o Largo da Feira. "Sabemos que é um incómodo para o comércio, mas a praça estava a degradar-se há 30 anos", disse a presidente da câmara, Helena Brito.

Os 38 lugares de estacionamento da praça serão eliminados de forma definitiva.`,
		"x4es.txt": `es|Alvarenga cierra su plaza del Reloj durante 12 semanas por obras

El Ayuntamiento portugués invertirá 1,9 millones de euros en el nuevo pavimento

Vigo, 20 de abril de 2038

La localidad portuguesa de Alvarenga, a una hora en coche de Vigo, cerrará a partir del lunes 3 de mayo su plaza del Reloj, en pleno casco histórico, para renovar el pavimento. Las obras durarán 12 semanas y costarán 1,9 millones de euros.

Se sustituirán 4.200 metros cuadrados de adoquín de granito. El mercadillo de los jueves, muy frecuentado por gallegos, se trasladará al Largo da Feira.

"Sabemos que es una molestia para el comercio", reconoció la alcaldesa, Helena Brito.`,
		"x4en.txt": `en|Historic Alvarenga square to close for three months of repaving

20 April 2038

The Praça do Relógio in the Portuguese town of Alvarenga will close from Monday 3 May for 12 weeks while its granite paving is replaced, the town council said. The work will cost €1.9 million and cover 4,200 square metres.

The Thursday market will move to the Largo da Feira during the works. The square's 38 parking spaces will not return.

"We know this is a nuisance for shops, but the square has been crumbling for 30 years," said mayor Helena Brito.`,
		"x4fr.txt": `fr|Portugal : la place de l'Horloge d'Alvarenga fermée pour travaux

Publié le 20/04/2038

La mairie d'Alvarenga, dans le nord du Portugal, a annoncé la fermeture à partir du lundi 3 mai de la place de l'Horloge (Praça do Relógio), au cœur du centre historique, pour en refaire le pavage.

Le chantier, d'un coût de 1,9 million d'euros, porte sur 4 200 mètres carrés de pavés de granit. Il doit durer 16 semaines, pendant lesquelles le marché du jeudi sera déplacé sur le Largo da Feira.

« Nous savons que c'est une gêne pour les commerçants », a reconnu la maire, Helena Brito. Les 38 places de stationnement de la place seront supprimées définitivement.`,
	}, map[string][2]string{"x4fr.txt": {"16 weeks", "12 weeks"}}},
	{"cycle-paths", map[string]string{
		"x5nl.txt": `nl|Harlingerveen legt 37 kilometer nieuwe fietspaden aan

Gemeenteraad stemt in met fietsplan van 58 miljoen euro

Regio | 6 oktober 2038, 07:15

De gemeenteraad van Harlingerveen heeft dinsdagavond ingestemd met de aanleg van 37 kilometer nieuwe fietspaden. Het plan kost 58 miljoen euro en moet in 2041 klaar zijn.

Het gaat om 22 kilometer vrijliggende fietspaden en 15 kilometer fietsstraten. Het bestaande netwerk in de stad is nu 212 kilometer lang.

„Nu gaat 34 procent van alle ritten in de stad met de fiets. Dat willen we naar 40 procent brengen", zei wethouder Joost Verbeek (Mobiliteit).

Oppositiepartij Sterk Harlingerveen stemde tegen. Volgens de partij verdwijnen er door het plan 450 parkeerplaatsen.`,
		"x5en.txt": `en|Dutch city backs €58m plan for new cycle paths

6 October 2038

Councillors in Harlingerveen in the Netherlands on Tuesday approved a €58 million plan to build 47 km of new cycle paths by 2041.

The plan includes 22 km of cycle tracks separated from traffic and 15 km of "cycle streets" where cars are guests. The city's existing network runs to 212 km.

"Today 34% of all trips in the city are made by bike. We want to take that to 40%," said Joost Verbeek, the alderman for transport. The opposition says about 450 parking spaces will go.`,
		"x5de.txt": `de|Niederlande: Harlingerveen baut 37 Kilometer Radwege

Nachbarn

06.10.2038

Die niederländische Stadt Harlingerveen will 37 Kilometer neue Radwege bauen, fertig sein sollen sie 2041. Der Gemeinderat stimmte am Dienstagabend für den Plan, der 58 Millionen Euro kosten soll.

Bereits heute umfasst das Radwegenetz der Stadt 212 Kilometer. 34 Prozent aller Wege werden dort mit dem Rad zurückgelegt, Ziel sind 40 Prozent, sagte der zuständige Beigeordnete Joost Verbeek.

Durch das Vorhaben fallen rund 450 Parkplätze weg.`,
	}, map[string][2]string{"x5en.txt": {"47 km", "37 km"}}},
	{"oldest-woman", map[string]string{
		"x6fr.txt": `fr|Mathilde Ravanel, doyenne des Français, est morte à 113 ans

Née en 1925, elle avait été couturière toute sa vie

Société | Publié le 14 août 2038 à 09h10

Mathilde Ravanel, doyenne des Français, est décédée vendredi à l'âge de 113 ans dans l'Ehpad de Saint-Aubin-des-Prés (Orne) où elle vivait depuis 2029, a annoncé sa famille.

Née le 4 février 1925 à Alençon, elle avait été couturière pendant plus de 50 ans. Elle laisse 11 petits-enfants et 19 arrière-petits-enfants.

« Elle a gardé toute sa tête jusqu'au bout, elle lisait encore le journal chaque matin », a raconté sa fille cadette, Odile, 79 ans.

Le titre de doyenne revient désormais à Jeanne Pécaud, 111 ans, qui vit à Lyon.`,
		"x6en.txt": `en|France's oldest person dies aged 113

14 August 2038

Mathilde Ravanel, France's oldest person, has died at the age of 113, her family said. She died on Friday at the care home in Saint-Aubin-des-Prés, in Normandy, where she had lived since 2029.

Born in Alençon on 4 February 1925, she worked as a seamstress for more than 50 years and leaves 11 grandchildren and 19 great-grandchildren.

"She was sharp to the end and still read the paper every morning," said her youngest daughter, Odile, 79. The title of France's oldest person now passes to Jeanne Pécaud, 111, of Lyon.`,
		"x6it.txt": `it|Francia, morta a 113 anni Mathilde Ravanel, la donna più anziana del Paese

14 agosto 2038

È morta venerdì a 113 anni Mathilde Ravanel, la persona più anziana di Francia. Era nata ad Alençon il 4 febbraio 1925 e aveva lavorato come sarta per oltre mezzo secolo.

Viveva dal 2029 in una casa di riposo di Saint-Aubin-des-Prés, in Normandia. «Leggeva ancora il giornale ogni mattina», ha raccontato la figlia minore Odile, 79 anni.

Il titolo passa ora a Jeanne Pécaud, 111 anni, di Lione.`,
		"x6es.txt": `es|Muere la mujer más longeva de Francia

Internacional

París, 14 de agosto de 2038

La francesa Mathilde Ravanel, la persona de más edad del país, falleció el viernes a los 114 años en la residencia de ancianos de Saint-Aubin-des-Prés, en Normandía, según informó su familia.

Nacida el 4 de febrero de 1925 en Alençon, trabajó como costurera durante más de 50 años. Deja 11 nietos y 19 bisnietos.

"Estuvo lúcida hasta el final", dijo su hija menor, Odile, de 79 años.`,
	}, map[string][2]string{"x6es.txt": {"114 years", "113 years"}}},
	{"giraffe-calf", map[string]string{
		"x7nl.txt": `nl|Giraffenjong geboren in Dierenpark Meerhaven

Het vrouwtje is 1,8 meter lang en weegt 62 kilo

Regio | woensdag 19 mei 2038

In Dierenpark Meerhaven is op vrijdag 14 mei een giraffe geboren. Het gaat om een vrouwtje, het eerste giraffenjong in het park sinds 2031, meldt de dierentuin woensdag.

Het jong was bij de geboorte 1,8 meter lang en woog 62 kilo. Moeder Zuri (9) en vader Tumaini (12) kwamen in 2034 uit een dierentuin in Denemarken.

„Binnen een uur stond ze al op haar poten", vertelt verzorger Marloes de Wit. „Zuri is een heel rustige moeder."

Bezoekers kunnen het jong vanaf zaterdag 22 mei zien. De groep in Meerhaven telt nu zeven giraffen.`,
		"x7fr.txt": `fr|Pays-Bas : naissance d'un girafon au parc de Meerhaven

Publié le 19/05/2038

Une girafe femelle est née le 14 mai au parc zoologique de Meerhaven, aux Pays-Bas. C'est la première naissance de girafe dans le parc depuis 2031.

À la naissance, le petit mesurait 1,80 mètre et pesait 62 kilos. Sa mère, Zuri, a 9 ans, et son père, Tumaini, 12 ans.

« Au bout d'une heure, elle tenait déjà debout », raconte la soigneuse Marloes de Wit. Le public pourra découvrir le girafon à partir du samedi 22 mai.`,
		"x7de.txt": `de|Nachwuchs bei den Giraffen in Meerhaven

Zoo in den Niederlanden meldet erste Giraffengeburt seit sieben Jahren

19.05.2038, 15:02 Uhr

Der niederländische Tierpark Meerhaven freut sich über Nachwuchs: Giraffenstute Zuri hat ein Weibchen zur Welt gebracht. Es ist die erste Giraffengeburt in dem Park seit 2031.

Das Jungtier kam am 17. Mai zur Welt und war bei der Geburt 1,80 Meter groß und 62 Kilogramm schwer. Die Mutter ist neun Jahre alt, der Vater Tumaini zwölf.

„Nach einer Stunde stand sie schon auf eigenen Beinen", sagte Tierpflegerin Marloes de Wit. Besucher können das Jungtier ab Samstag, 22. Mai, sehen.`,
		"x7en.txt": `en|Giraffe calf born at Dutch zoo

19 May 2038

MEERHAVEN, Netherlands — A female giraffe calf was born on Friday 14 May at Meerhaven Zoo, the zoo said on Wednesday, its first giraffe birth since 2031.

The calf stood 1.8 metres tall and weighed 62 kg at birth. Her mother Zuri is nine and her father Tumaini 12. The zoo now has seven giraffes.

"Within an hour she was already on her feet," keeper Marloes de Wit said. Visitors will be able to see the calf from Saturday 22 May.`,
	}, map[string][2]string{"x7de.txt": {"17 May", "14 May"}}},
	{"house-prices", map[string]string{
		"x8it.txt": `it|Casa, prezzi in crescita del 4,2% nel secondo trimestre

Economia

27 luglio 2038

I prezzi delle abitazioni in Italia sono aumentati del 4,2% nel secondo trimestre rispetto allo stesso periodo del 2037, secondo i dati diffusi martedì dall'Osservatorio Casa Italia. Nel primo trimestre la crescita era stata del 3,8%.

Rispetto ai tre mesi precedenti, i prezzi sono saliti dell'1,1%. Il prezzo medio si attesta a 2.310 euro al metro quadrato.

Le compravendite sono invece scese del 2,5%, a 186.400. «I tassi dei mutui restano alti e molte famiglie rinviano l'acquisto», ha spiegato il direttore dell'Osservatorio, Franco Lupi.

A Milano i prezzi sono cresciuti del 6,1%, a 5.480 euro al metro quadrato.`,
		"x8en.txt": `en|Italian house prices rise just over 4%

Sales fall as mortgage rates bite

27 July 2038 | Reporting by Giulia Marchetti; editing by Tom Hale

ROME, July 27 — Italian house prices rose 4.2% year on year in the second quarter, up from 3.8% growth in the first three months, the Osservatorio Casa Italia said on Tuesday.

Prices were 1.1% higher than in the previous quarter, with the average price at €2,310 per square metre. Sales fell 2.5% to 186,400 homes.

"Mortgage rates remain high and many families are postponing buying," said Franco Lupi, the institute's director. Prices in Milan rose 6.1% to €5,480 per square metre.`,
		"x8es.txt": `es|El precio de la vivienda en Italia sube algo más del 4 %

Roma, 27 de julio de 2038

El precio de la vivienda en Italia subió un 4,2 % interanual en el segundo trimestre, frente al 3,8 % del primero, según el Observatorio Casa Italia. En Milán, el alza fue del 6,1 %.

Las compraventas, en cambio, cayeron un 2,5 %, hasta 186.400 operaciones, por el encarecimiento de las hipotecas. El metro cuadrado cuesta de media 2.310 euros.`,
		"x8pt.txt": `pt|Preços das casas em Itália sobem cerca de 4%

Economia | 27/07/2038

Os preços da habitação em Itália subiram cerca de 4% no segundo trimestre face ao mesmo período do ano anterior, segundo o Observatório Casa Itália. Face ao trimestre anterior, a subida foi de 1,1%.

O número de vendas recuou 2,5%, para 186.400. "As taxas dos créditos à habitação continuam altas", disse o diretor do observatório, Franco Lupi.

Em Milão, o preço médio do metro quadrado subiu 6,1%, para 5.480 euros.`,
	}, nil},
	{"tennis-final", map[string]string{
		"x9en.txt": `en|Veenstra edges Morvan to win Marbellena Open

Dutchman, 23, takes fourth career title in nearly three hours

10 October 2038 · Tennis

Sem Veenstra won the Marbellena Open on Sunday, beating Lucas Morvan of France 6-4, 3-6, 7-6 (7-5) in a final that lasted 2 hours 47 minutes.

The 23-year-old Dutchman, seeded third, collected a winner's cheque of €1.2 million from total prize money of €6.5 million. Morvan, 31, takes home €640,000 as runner-up.

"I was tired at the end but my serve saved me," Veenstra said in front of a crowd of 12,500. It was his fourth tour title.`,
		"x9fr.txt": `fr|Tennis : Lucas Morvan battu en finale à Marbellena

Le Néerlandais Sem Veenstra s'impose en près de trois heures

Publié le 10/10/2038 à 20h45

Lucas Morvan n'a pas réussi à décrocher le titre. Le Français de 31 ans s'est incliné dimanche en finale du tournoi de Marbellena face au Néerlandais Sem Veenstra, 23 ans, 6-4, 3-6, 7-6 (7-5), après 2 h 47 de jeu.

Le finaliste empoche tout de même 640 000 euros. Le vainqueur, tête de série n° 3, repart avec un chèque de 1,2 million d'euros.

« J'ai eu ma chance dans le troisième set », a regretté Morvan.`,
		"x9es.txt": `es|Veenstra conquista el Abierto de Marbellena

Deportes | Tenis

Marbellena, 10 de octubre de 2038

El neerlandés Sem Veenstra, de 23 años, se proclamó este domingo campeón del Abierto de Marbellena tras derrotar al francés Lucas Morvan (6-4, 3-6 y 7-6) en casi tres horas de partido ante 12.500 espectadores.

El campeón se embolsa 1,2 millones de euros de una bolsa total de 6,5 millones. Es el cuarto título de su carrera.

"Al final estaba cansado, pero el saque me salvó", declaró Veenstra.`,
		"x9nl.txt": `nl|Veenstra wint in Marbellena na bijna drie uur

Sport

zondag 10 oktober 2038, 21:12

Tennisser Sem Veenstra heeft zondag het toernooi van Marbellena gewonnen. De 23-jarige Nederlander versloeg in de finale de 31-jarige Fransman Lucas Morvan met 6-4, 3-6 en 7-6 (7-5). De partij duurde 2 uur en 47 minuten.

Veenstra verdient met de zege 1,2 miljoen euro. Het is zijn vierde toernooizege.

„Aan het eind was ik moe, maar mijn service heeft me gered", zei de winnaar.`,
	}, nil},
	{"cod-quota", map[string]string{
		"x10de.txt": `de|Fischereikommission senkt Kabeljau-Quote um knapp 15 Prozent

Hering darf dagegen mehr gefangen werden

Wirtschaft | 11.12.2038

Nach fünf Tagen zäher Verhandlungen hat sich die Nordardische Fischereikommission im norwegischen Skelvik am Samstag auf die Fangmengen für 2039 geeinigt. Die Quote für Kabeljau sinkt von 249.000 auf 212.000 Tonnen, ein Minus von knapp 15 Prozent.

Beim Hering steigt die erlaubte Fangmenge dagegen um 5 Prozent auf 640.000 Tonnen. Zudem wird die Schonzone vor den Laichgebieten auf 12 Seemeilen ausgeweitet.

„Der Kabeljau-Bestand ist in keinem guten Zustand, wir mussten handeln", sagte die Vorsitzende der Kommission, Ingrid Solberg.`,
		"x10nl.txt": `nl|Vissers mogen volgend jaar 15 procent minder kabeljauw vangen

Economie

11 december 2038

De Noord-Ardische Visserijcommissie heeft zaterdag in het Noorse Skelvik de vangstquota voor 2039 vastgesteld. Voor kabeljauw gaat het quotum omlaag naar 212.000 ton, ongeveer 15 procent minder dan dit jaar.

Voor haring mag juist 5 procent meer worden gevangen: 640.000 ton. De onderhandelingen duurden vijf dagen.

Nederlandse vissers reageren teleurgesteld. „Dit kost ons tonnen aan omzet", zegt Kees Bakker van de vissersbond.`,
		"x10en.txt": `en|Cod quota cut by almost 15% after five days of talks

11 December 2038

SKELVIK, Norway — The North Ardic Fisheries Commission agreed on Saturday to cut next year's cod quota to 212,000 tonnes from 249,000 tonnes, a reduction of 14.9%, after five days of negotiations.

The herring quota rises by 5% to 640,000 tonnes. A no-fishing zone around spawning grounds will be widened to 12 nautical miles (about 22 km).

"The cod stock is not in good shape, we had to act," said Ingrid Solberg, who chairs the commission.`,
		"x10pt.txt": `pt|Quota de bacalhau reduzida em cerca de 15% para 2039

Economia | Pescas

11 de dezembro de 2038

A Comissão de Pescas do Norte Árdico decidiu este sábado reduzir a quota de captura de bacalhau para 212 mil toneladas em 2039, menos cerca de 15% do que este ano. A decisão foi tomada em Skelvik, na Noruega, após cinco dias de negociações.

A quota de arenque sobe 5%, para 640 mil toneladas. "O stock de bacalhau não está bom", afirmou a presidente da comissão, Ingrid Solberg.

Portugal, que importa a maior parte do bacalhau que consome, poderá ver os preços subir, admitem os importadores.`,
	}, nil},
}
