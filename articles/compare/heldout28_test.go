package compare

// heldOutMist are nine events, three to five reports each, written blind
// for this set: several reports of an event share a language (two English,
// two German, two French, two Spanish, two Italian, two Portuguese or two
// Dutch reports from different outlets) besides translations. Six events
// hold one planted contradiction each (a count, an amount, a percentage, a
// duration, an age, a weekday), some in a report that shares its language
// with another, some in a lone-language report; three hold none but traps
// (paraphrase in one language, rounding, hedges, previous values, parts
// and totals, two people's ages, a night over two days).
//
// First run (blind, frozen before it in 2a93e3b): 3 of 6 flagged, 2 false
// disagreements, so the test fails (more than 1 false). Flagged: the
// rings count (m1en2, shares English), the rent cap percentage (m3fr2,
// shares French), Berrocal's age (m5it, lone Italian). Missed:
//
//	software-takeover: missed m2nl.txt's €2.8 billion against €2.3 billion
//	red-panda: missed m4de.txt's 8 days against 6 days
//	roman-mosaic: missed m6it2.txt's Friday against Thursday
//
// (the takeover row held both values, "ongeveer 2,8 miljard euro
// [€2.8 billion]" against "rund 2,3 Milliarden Euro [€2.3 billion]",
// unflagged; "acht Tagen [8 days]" stood in a row of its own apart from
// "six days [6 days]"; "venerdì [Friday]" stood under "presentato" apart
// from the "statement · Thursday" row). False:
//
//	tennis-final: false disagreement duration "length": m5es2: 19 años; m5es: 27 años
//	film-record: false disagreement count "bezoekers": m8fr: 96 000 spectateurs; m8nl, m8nl2: 356.000 bezoekers
//
// On the code it was merged into: 4/6, 2 false. Fixed after, so the set
// is held out no longer: "Name (19 años)" and "Name, de 27 años y ..."
// are ages; each source's one figure for a subject the table knows is
// one fact only within a factor of three. Now 4/6, 0 false.
var heldOutMist = []heldOutEvent{
	{"jewel-heist", map[string]string{
		"m1en.txt": `en|Armed gang raids Lierdonk jeweller in three-minute heist

LIERDONK, Belgium, March 11 (Reuters-style wire) - Four masked men armed with sledgehammers and a pistol raided a jewellery shop in the centre of the Belgian city of Lierdonk on Tuesday morning and escaped with 64 rings and 19 necklaces, police said.

The robbers smashed the shop window of Halvorsen & Brandt on the Meirstraat shortly after it opened at 10 a.m. and were inside for less than three minutes, a police spokeswoman, Katrien Dewolf, told reporters. The owners put the value of the stolen jewellery at about €1.7 million.

A 58-year-old sales assistant was slightly injured by flying glass and treated at the scene. No shots were fired.

"It was extremely fast and extremely well prepared," Dewolf said. A stolen grey Audi believed to have been used as the getaway car was found burnt out about 6 km away in the afternoon.

Police have appealed for witnesses.`,
		"m1en2.txt": `en|Smash-and-grab gang takes £1.5m haul from Belgian jewellers

World news

Tue 11 Mar 2036 16.40 GMT

A gang of four men in balaclavas stole jewellery worth about €1.7m (£1.5m) from a shop in the Belgian city of Lierdonk on Tuesday in a raid that lasted less than three minutes.

The men used sledgehammers to break the window of Halvorsen & Brandt, a family-run jeweller on the city's main shopping street, minutes after it opened. They took 46 rings and 19 necklaces before fleeing in a grey Audi, which was later found burnt out on the edge of the city.

One of the robbers threatened staff with a pistol, police said. A 58-year-old shop assistant suffered cuts from broken glass.

"We are devastated, but above all we are glad nobody was seriously hurt," said Pieter Brandt, whose grandfather founded the shop in 1952.

The raid is the third on a Lierdonk jeweller in two years.`,
		"m1fr.txt": `fr|Braquage éclair dans une bijouterie de Lierdonk

Faits divers

Publié le 11/03/2036 à 13h05

Quatre hommes cagoulés ont braqué mardi matin la bijouterie Halvorsen & Brandt, dans le centre de Lierdonk. Armés de masses et d'un pistolet, ils ont brisé la vitrine peu après l'ouverture, à 10 heures, et sont repartis avec 64 bagues et 19 colliers.

L'opération a duré moins de trois minutes, selon la porte-parole de la police, Katrien Dewolf. Le butin est estimé à environ 1,7 million d'euros.

Une vendeuse de 58 ans a été légèrement blessée par des éclats de verre. Aucun coup de feu n'a été tiré.

La voiture des malfaiteurs, une Audi grise volée, a été retrouvée incendiée à environ 6 kilomètres de là. La police lance un appel à témoins.`,
		"m1de.txt": `de|Juwelier in Lierdonk überfallen – Beute 1,7 Millionen Euro

Panorama

11.03.2036, 14:20 Uhr

Vier maskierte Männer haben am Dienstagvormittag ein Juweliergeschäft in der belgischen Stadt Lierdonk überfallen. Sie schlugen mit Vorschlaghämmern das Schaufenster von Halvorsen & Brandt ein und erbeuteten 64 Ringe und 19 Halsketten im Wert von rund 1,7 Millionen Euro, wie die Polizei mitteilte.

Der Überfall dauerte weniger als drei Minuten. Eine 58 Jahre alte Verkäuferin wurde durch Glassplitter leicht verletzt.

Das Fluchtauto, ein gestohlener grauer Audi, wurde etwa sechs Kilometer entfernt ausgebrannt aufgefunden. "Die Täter waren sehr gut vorbereitet", sagte Polizeisprecherin Katrien Dewolf.`,
	}, map[string][2]string{"m1en2.txt": {"46", "64"}}},
	{"software-takeover", map[string]string{
		"m2de.txt": `de|Strelitz übernimmt niederländischen Softwareanbieter Velmora

Wirtschaft | Unternehmen

14.04.2036, 08:47 Uhr

Der Münchner Industriekonzern Strelitz AG kauft den niederländischen Softwarehersteller Velmora Systems für rund 2,3 Milliarden Euro. Strelitz biete 41,50 Euro je Aktie in bar, teilten beide Unternehmen am Montag mit. Das entspricht einem Aufschlag von 32 Prozent auf den Schlusskurs vom Freitag.

Velmora mit Sitz in Eindhoven beschäftigt rund 3400 Mitarbeiter und entwickelt Software zur Steuerung von Fabriken. Der Abschluss der Übernahme wird im ersten Quartal 2037 erwartet.

"Mit Velmora werden wir zu einem der führenden Anbieter für digitale Fabriken in Europa", sagte Strelitz-Chefin Dorothea Wendland. Es ist die größte Übernahme in der Firmengeschichte.

Die Strelitz-Aktie verlor im frühen Handel 2,1 Prozent.`,
		"m2de2.txt": `de|Milliardenzukauf: Strelitz greift nach Velmora

Börse

Montag, 14. April 2036

München/Eindhoven – Die Strelitz AG setzt auf Software: Für 2,3 Milliarden Euro übernimmt der Konzern den Eindhovener Spezialisten Velmora Systems. Den Aktionären werden 41,50 Euro je Papier geboten, 32 Prozent mehr als der Schlusskurs am Freitag.

Vorstandschefin Dorothea Wendland sprach am Montag von einem "strategischen Meilenstein". Velmora hat 3400 Beschäftigte, Stellenabbau sei nicht geplant.

Die Transaktion soll im ersten Quartal 2037 abgeschlossen werden. Die Velmora-Aktie sprang in Amsterdam um 29 Prozent nach oben.`,
		"m2nl.txt": `nl|Duitse Strelitz koopt Eindhovense softwaremaker Velmora

Economie

14 april 2036, 10:12

Het Duitse industriebedrijf Strelitz neemt het Eindhovense softwarebedrijf Velmora Systems over voor ongeveer 2,8 miljard euro. Aandeelhouders krijgen 41,50 euro per aandeel in contanten, een premie van 32 procent op de slotkoers van vrijdag, maakten de bedrijven maandag bekend.

Velmora, dat software maakt voor het aansturen van fabrieken, heeft zo'n 3400 medewerkers. Het hoofdkantoor blijft in Eindhoven.

'Dit is een goede dag voor Velmora en voor Brainport', zei topman Ruud Verhagen. De overname moet in het eerste kwartaal van 2037 rond zijn.

Het aandeel Velmora steeg op het Damrak 29 procent.`,
		"m2en.txt": `en|Strelitz to buy Dutch software group Velmora for €2.3bn

Companies | Industrials

April 14, 2036

Germany's Strelitz has agreed to buy Dutch factory-software maker Velmora Systems for about €2.3bn in cash, the largest acquisition in the Munich-based group's history.

Strelitz will pay €41.50 a share, a premium of 32 per cent to Velmora's closing price on Friday, the companies said on Monday. Velmora, based in Eindhoven, employs about 3,400 people.

"Software is where the value in manufacturing is moving," said Strelitz chief executive Dorothea Wendland. The deal is expected to close in the first quarter of 2037.

Velmora shares jumped 29 per cent in Amsterdam, while Strelitz fell 2.1 per cent in Frankfurt.`,
	}, map[string][2]string{"m2nl.txt": {"€2.8 billion", "€2.3 billion"}}},
	{"rent-cap", map[string]string{
		"m3fr.txt": `fr|Loyers : l'Assemblée adopte le plafonnement des hausses à 2,5 % par an

Politique | Logement

Publié le 18 septembre 2036 à 19h32

Les députés ont adopté jeudi, par 312 voix contre 241, le projet de loi qui plafonne la hausse annuelle des loyers à 2,5 % dans 28 agglomérations pendant trois ans. Le texte doit encore être examiné par le Sénat.

Environ 4,6 millions de ménages locataires sont concernés, selon le ministère du Logement. Les propriétaires qui ne respectent pas le plafond devront rembourser le trop-perçu.

« Personne ne doit avoir à choisir entre se loger et se nourrir », a déclaré la ministre du Logement, Claire Aubertin, dans l'hémicycle.

Les fédérations de propriétaires dénoncent une mesure qui, selon elles, découragera l'investissement locatif.`,
		"m3fr2.txt": `fr|Les députés votent l'encadrement des hausses de loyer

Actualité > Économie

18/09/2036

PARIS (AFP) – L'Assemblée nationale a voté jeudi le plafonnement des augmentations de loyer, qui ne pourront plus dépasser 3,5 % par an dans 28 grandes agglomérations. Le dispositif s'appliquera pendant trois ans.

Le texte a été adopté par 312 voix contre 241. Quelque 4,6 millions de foyers sont concernés.

La ministre du Logement, Claire Aubertin, a salué « une protection concrète pour les locataires ». L'opposition a dénoncé « une usine à gaz ».

Le Sénat doit examiner le projet de loi en octobre.`,
		"m3es.txt": `es|Francia limita al 2,5 % la subida anual de los alquileres

Internacional

París, 18 sep (EFE)

La Asamblea Nacional francesa aprobó este jueves, por 312 votos a favor y 241 en contra, una ley que limita al 2,5 % anual la subida de los alquileres en 28 áreas urbanas durante tres años.

La medida afecta a unos 4,6 millones de hogares inquilinos, según el Ministerio de Vivienda. El texto pasa ahora al Senado.

"Nadie debería tener que elegir entre tener un techo y comer", afirmó la ministra de Vivienda, Claire Aubertin.`,
		"m3it.txt": `it|Francia, tetto del 2,5% agli aumenti degli affitti

Esteri

18 settembre 2036

Parigi – L'Assemblea nazionale francese ha approvato giovedì con 312 voti favorevoli e 241 contrari la legge che fissa al 2,5% annuo il tetto agli aumenti degli affitti in 28 aree urbane, per tre anni.

Interessate circa 4,6 milioni di famiglie in affitto. La ministra della Casa, Claire Aubertin, ha parlato di «una protezione concreta per gli inquilini».

Il provvedimento passa ora al Senato. Critiche dalle associazioni dei proprietari.`,
	}, map[string][2]string{"m3fr2.txt": {"3.5%", "2.5%"}}},
	{"red-panda", map[string]string{
		"m4en.txt": `en|Runaway red panda found in garden after six days on the loose

Local News

Friday, 13 June 2036

A red panda that escaped from Ashcombe Wildlife Park has been found safe in a garden about 2km away after six days on the loose.

Mei, a three-year-old female, slipped out of her enclosure last Saturday, apparently by climbing a tree whose branches had grown over the fence. She was spotted on Friday morning by a resident of Orchard Close, who called the park.

"She was sitting on top of my shed eating blackberries as if nothing had happened," said retired teacher Margaret Ellison, 71.

Keepers said Mei weighed 4.1kg when she was checked by a vet, about 600g less than before her escape, but was otherwise healthy. The park said the tree had been cut back.`,
		"m4en2.txt": `en|Mei the red panda is home

Ashcombe | Wildlife

Mei the red panda is back at Ashcombe Wildlife Park after spending six days exploring the town's back gardens.

The three-year-old went missing from her enclosure on Saturday and was finally caught on Friday, June 13, when keepers coaxed her down from a garden shed with grapes.

Head keeper Tom Raines said: "She has lost around 600 grams, which is a lot for an animal of just over four kilos, but she is eating well and back with her partner, Kiko."

More than 300 sightings had been reported to the park during the search, most of them of cats and squirrels, he said.

Photo: Ashcombe Wildlife Park`,
		"m4de.txt": `de|Entlaufener Roter Panda nach acht Tagen wieder eingefangen

Tiere

Ein aus einem englischen Wildpark entlaufener Roter Panda ist nach acht Tagen wohlbehalten in einem Garten gefunden worden.

Das drei Jahre alte Weibchen Mei war aus seinem Gehege im Ashcombe Wildlife Park geklettert, vermutlich über einen Baum, dessen Äste über den Zaun ragten. Eine Anwohnerin entdeckte das Tier am Freitag auf ihrem Gartenschuppen, rund zwei Kilometer vom Park entfernt.

Nach Angaben der Tierpfleger hat Mei etwa 600 Gramm abgenommen und wiegt nun 4,1 Kilogramm. Sonst gehe es ihr gut.`,
		"m4es.txt": `es|Encuentran a un panda rojo fugado de un parque inglés tras seis días

Sociedad

Londres, 13 jun (Europa Press)

Un panda rojo que se había escapado de su recinto en el parque de fauna de Ashcombe, en el sur de Inglaterra, fue hallado este viernes sano y salvo en el jardín de una vecina, a unos dos kilómetros, tras seis días en libertad.

Mei, una hembra de tres años, se escapó el sábado trepando por un árbol cuyas ramas sobresalían de la valla. Pesa 4,1 kilos, unos 600 gramos menos que antes de su huida, según sus cuidadores.

"Estaba sentada en el tejado de mi cobertizo comiendo moras", contó la vecina, Margaret Ellison, de 71 años.`,
	}, map[string][2]string{"m4de.txt": {"8 days", "6 days"}}},
	{"tennis-final", map[string]string{
		"m5es.txt": `es|Lucía Berrocal, campeona en Valdoria con 19 años

Tenis

Valdoria, 15 jun 2036

La española Lucía Berrocal, de 19 años, conquistó este domingo el Open de Valdoria, su primer título profesional, tras derrotar en la final a la sueca Anika Strand, de 27 años y cabeza de serie número 3, por 6-4, 3-6 y 7-5 en dos horas y 48 minutos.

Berrocal, que ocupaba el puesto 112 del ranking mundial al comienzo del torneo, se embolsa 410.000 euros y subirá el lunes hasta el puesto 58.

"Todavía no me lo creo. He soñado con esto desde que tenía seis años", dijo entre lágrimas ante 6.200 espectadores.`,
		"m5es2.txt": `es|Berrocal tumba a Strand y gana su primer torneo

Deportes | Tenis

Domingo, 15 de junio de 2036

La tenista madrileña Lucía Berrocal (19 años) se impuso este domingo a la sueca Anika Strand en la final del Open de Valdoria por 6-4, 3-6 y 7-5, después de casi tres horas de partido.

Es el primer título de su carrera. Berrocal, 112 del mundo al empezar la semana, recibe un premio de 410.000 euros.

"Anika es una grandísima jugadora y hoy he tenido un poco de suerte", reconoció la campeona. Strand, de 27 años, había ganado el torneo en 2034.`,
		"m5it.txt": `it|Tennis, a Valdoria trionfa la giovane Berrocal

Sport

15 giugno 2036

La spagnola Lucía Berrocal, 21 anni, ha vinto domenica l'Open di Valdoria, primo titolo della sua carriera, battendo in finale la svedese Anika Strand, testa di serie numero 3, per 6-4, 3-6, 7-5 in due ore e 48 minuti.

Berrocal, numero 112 del mondo a inizio torneo, incassa un assegno di 410.000 euro e da lunedì salirà al 58° posto della classifica.

«Sogno questo momento da quando avevo sei anni», ha detto la vincitrice.`,
		"m5pt.txt": `pt|Espanhola Lucía Berrocal vence Open de Valdoria aos 19 anos

Desporto

15 jun 2036 - 20:41

A tenista espanhola Lucía Berrocal, de 19 anos, venceu este domingo o Open de Valdoria, ao derrotar na final a sueca Anika Strand, terceira cabeça de série, por 6-4, 3-6 e 7-5, em duas horas e 48 minutos.

É o primeiro título da carreira de Berrocal, que recebe um prémio de 410 mil euros e vai subir ao 58.º lugar do ranking mundial.

Strand, de 27 anos, venceu o torneio em 2034.`,
	}, map[string][2]string{"m5it.txt": {"21 years", "19 years"}}},
	{"roman-mosaic", map[string]string{
		"m6it.txt": `it|Castelvero, sotto il futuro parcheggio spunta un mosaico romano

Cultura | Archeologia

Perugia, 2 ottobre 2036

Un pavimento a mosaico di circa 42 metri quadrati, appartenente a una villa romana del III secolo dopo Cristo, è stato portato alla luce a Castelvero, in provincia di Perugia, durante i lavori per un nuovo parcheggio. La scoperta è stata presentata giovedì dalla Soprintendenza.

Il mosaico raffigura scene di caccia e animali marini ed è «in uno stato di conservazione eccezionale», ha detto la soprintendente Giulia Morandi. Sul cantiere lavorano 14 archeologi.

Il Comune ha deciso di spostare il parcheggio. Il sito dovrebbe aprire al pubblico nella primavera del 2037.`,
		"m6it2.txt": `it|Scoperta a Castelvero: riemerge la villa romana

Umbria

Venerdì 3 ottobre 2036

È stato presentato venerdì il grande mosaico romano venuto alla luce a Castelvero durante gli scavi per il parcheggio di via delle Fonti. Il pavimento, di circa 42 metri quadrati, risale al III secolo d.C.

«Scene di caccia, delfini, pesci: un ritrovamento che capita una volta nella vita», ha spiegato la soprintendente Giulia Morandi. Il sindaco Marco Pellegrini ha annunciato che il parcheggio sarà realizzato altrove.

Gli scavi, affidati a una squadra di 14 archeologi, proseguiranno fino a dicembre.`,
		"m6en.txt": `en|Roman mosaic found under planned car park in Umbria

Science | Archaeology

October 2, 2036

Archaeologists in central Italy have uncovered a 42-square-metre mosaic floor from a third-century Roman villa beneath the site of a planned car park in the town of Castelvero, officials said on Thursday.

The mosaic, showing hunting scenes and sea creatures, is in "exceptional condition", said Giulia Morandi, the regional heritage superintendent. A team of 14 archaeologists is working on the site.

The town has moved the car park elsewhere, and the site is expected to open to visitors in spring 2037.`,
		"m6fr.txt": `fr|Ombrie : une mosaïque romaine découverte sous un futur parking

Sciences

Publié le 02/10/2036

Une mosaïque de quelque 42 mètres carrés, ornant le sol d'une villa romaine du IIIe siècle, a été mise au jour à Castelvero, en Ombrie, lors de travaux pour un parking, a annoncé jeudi la surintendance.

Scènes de chasse et animaux marins : la mosaïque est dans un état de conservation « exceptionnel », selon la surintendante Giulia Morandi. Quatorze archéologues travaillent sur le chantier.

Le parking sera construit ailleurs. Le site devrait ouvrir au public au printemps 2037.`,
	}, map[string][2]string{"m6it2.txt": {"Friday", "Thursday"}}},
	{"meteorite", map[string]string{
		"m7pt.txt": `pt|Meteorito de 4,2 quilos cai num olival do Alentejo

Ciência

22 out 2036 - 18:15

Um meteorito com 4,2 quilos foi encontrado num olival perto de Vale de Moura, no Alentejo, depois de uma bola de fogo ter sido vista em grande parte do sul do país na noite de terça para quarta-feira.

A peça principal foi descoberta na quarta-feira de manhã pelo agricultor Joaquim Serrão, de 67 anos, que a encontrou numa pequena cratera junto a uma oliveira. Além da peça principal, foram recolhidos 11 fragmentos mais pequenos num raio de 300 metros.

"É o maior meteorito alguma vez recuperado em Portugal", disse a astrónoma Inês Lobato, da Universidade de Évora. O recorde anterior pertencia a uma rocha de 2,9 quilos encontrada em 1968.

As primeiras análises indicam que se trata de um condrito com cerca de 4,5 mil milhões de anos.`,
		"m7pt2.txt": `pt|Bola de fogo no céu do Alentejo deixou um "presente" de mais de quatro quilos

País

Quarta-feira, 22 de outubro de 2036

Pouco depois da meia-noite desta quarta-feira, centenas de pessoas no sul do país viram um clarão verde atravessar o céu durante cerca de seis segundos. Horas depois, um agricultor de Vale de Moura encontrou no seu olival uma pedra negra ainda morna.

A rocha pesa 4,2 quilos e foi entregue aos investigadores da Universidade de Évora. "Nunca tinha visto nada assim", contou Joaquim Serrão, de 67 anos.

A astrónoma Inês Lobato, de 45 anos, coordena as buscas por mais fragmentos. Até agora foram encontrados 12, incluindo a peça principal.`,
		"m7es.txt": `es|Hallan en Portugal un meteorito de más de cuatro kilos

Ciencia

Lisboa, 22 oct (EFE)

Un agricultor portugués encontró este miércoles en su olivar de Vale de Moura, en el Alentejo, un meteorito de más de 4 kilos, pocas horas después de que un bólido fuera visto en la madrugada del miércoles en el sur de Portugal y en Andalucía.

Se trata del mayor meteorito recuperado nunca en Portugal, según la astrónoma Inês Lobato, de la Universidad de Évora. El anterior récord, de 2,9 kilos, databa de 1968.

Los investigadores han recogido otros 11 fragmentos más pequeños en un radio de 300 metros.`,
		"m7en.txt": `en|Farmer finds Portugal's biggest meteorite in his olive grove

Science

October 22, 2036

A Portuguese farmer has found a meteorite weighing about 4kg in his olive grove, hours after a bright fireball lit up the sky over southern Portugal and parts of Spain late on Tuesday night.

Joaquim Serrão, 67, found the black, still-warm rock in a small crater near the village of Vale de Moura on Wednesday morning. Researchers have since recovered 12 pieces in all, including the main one, within 300 metres.

"This is the largest meteorite ever recovered in Portugal," said astronomer Inês Lobato, 45, of the University of Évora. The previous record was a 2.9kg rock found in 1968.

Early tests suggest it is a chondrite about 4.5 billion years old.`,
	}, nil},
	{"film-record", map[string]string{
		"m8nl.txt": `nl|'De Vuurtorenwachter' breekt bioscooprecord

Cultuur | Film

Bijgewerkt 4 februari 2036, 11:30

De Nederlandse animatiefilm De Vuurtorenwachter heeft het beste openingsweekend ooit neergezet voor een Nederlandse film. Van vrijdag tot en met zondag werden in Nederland 412.000 kaartjes verkocht, goed voor 4,7 miljoen euro, meldt distributeur Lichtbaak Films.

Het vorige record stond sinds 2031 op naam van Storm over Zeeland, met 356.000 bezoekers in het openingsweekend.

De film draaide in 186 zalen. 'We hadden op 250.000 gehoopt', zei regisseur Sanne Verbeek (39). De productie kostte 14 miljoen euro.`,
		"m8nl2.txt": `nl|Recordstart voor animatiefilm De Vuurtorenwachter

Film

Maandag 4 februari 2036

Ruim 400.000 Nederlanders zagen afgelopen weekend De Vuurtorenwachter. Daarmee heeft de animatiefilm van regisseur Sanne Verbeek het beste openingsweekend van een Nederlandse film ooit.

De film bracht in drie dagen 4,7 miljoen euro op. Het oude record van Storm over Zeeland (356.000 bezoekers) hield vijf jaar stand.

Verbeek werkte zeven jaar aan de film over een meisje dat op een eiland in de Waddenzee een vuurtoren bewaakt. 'Ik ben sprakeloos', zei ze zondagavond.`,
		"m8de.txt": `de|Niederländischer Animationsfilm stellt Besucherrekord auf

Kultur

04.02.2036

Der niederländische Animationsfilm "De Vuurtorenwachter" (Der Leuchtturmwärter) hat in den Niederlanden den besten Kinostart einer einheimischen Produktion hingelegt. Mehr als 410.000 Tickets wurden am ersten Wochenende verkauft, die Einnahmen lagen bei 4,7 Millionen Euro.

Der Film lief in 186 Kinosälen. Regisseurin Sanne Verbeek, 39, arbeitete sieben Jahre an dem Projekt, das 14 Millionen Euro kostete.

In Deutschland soll der Film im Oktober starten.`,
		"m8fr.txt": `fr|« De Vuurtorenwachter » : démarrage record au Benelux

Cinéma

Publié le 4 février 2036

Le film d'animation néerlandais « De Vuurtorenwachter » (« Le Gardien du phare ») a réalisé le meilleur démarrage de l'histoire pour un film néerlandais. En Belgique, où il est sorti le même jour, il a attiré 96 000 spectateurs dans 74 salles.

Au total, 508 000 billets ont été vendus aux Pays-Bas et en Belgique lors du premier week-end, selon le distributeur Lichtbaak Films.

La réalisatrice Sanne Verbeek, 39 ans, a travaillé sept ans sur ce film au budget de 14 millions d'euros.`,
	}, nil},
	{"sleep-study", map[string]string{
		"m9de.txt": `de|Studie: Mehr als jeder dritte Jugendliche schläft zu wenig

Wissen | Gesundheit

12.11.2036, 10:05 Uhr

Fast vier von zehn Jugendlichen in Deutschland schlafen an Schultagen weniger als sieben Stunden. Das geht aus einer am Mittwoch veröffentlichten Studie des Instituts für Schlafforschung in Haldenau hervor. Befragt wurden 12.400 Schülerinnen und Schüler im Alter von 13 bis 17 Jahren.

Demnach kamen 38 Prozent der Befragten unter der Woche auf weniger als sieben Stunden Schlaf. Bei der letzten Erhebung 2029 waren es noch 29 Prozent gewesen. Empfohlen werden für diese Altersgruppe acht bis zehn Stunden.

Wer nach 22 Uhr noch das Smartphone nutzte, schlief im Schnitt 47 Minuten kürzer. "Das Handy ist der größte Schlafräuber", sagte Studienleiterin Miriam Kessler, 52.

Ihr Kollege Jonas Albrecht, 34, forderte einen späteren Schulbeginn.`,
		"m9de2.txt": `de|Handy raubt Teenagern den Schlaf

Panorama

Mittwoch, 12. November 2036

Haldenau – Knapp 40 Prozent der Jugendlichen schlafen vor einem Schultag weniger als sieben Stunden – deutlich mehr als noch vor sieben Jahren. Das ist das Ergebnis einer großen Befragung des Haldenauer Instituts für Schlafforschung unter 12.400 Jugendlichen.

Besonders betroffen: Wer abends nach 22 Uhr am Handy ist, schläft fast eine Stunde weniger. "Wir sehen einen klaren Zusammenhang", sagt Professorin Miriam Kessler.

Die Forscher empfehlen, dass Schulen frühestens um 8.30 Uhr beginnen.`,
		"m9en.txt": `en|More than a third of German teenagers sleep under seven hours, study finds

Health

November 12, 2036

Thirty-eight percent of German teenagers get less than seven hours of sleep on school nights, up from 29 percent in 2029, according to a study published on Wednesday.

Researchers at the Institute for Sleep Research in Haldenau surveyed 12,400 students aged between 13 and 17. Those who used their phones after 10 p.m. slept 47 minutes less on average than those who did not.

"The smartphone is the biggest thief of sleep," said the study's lead author, Miriam Kessler, 52. Co-author Jonas Albrecht, 34, called for schools to start later in the morning.

Experts recommend eight to ten hours of sleep a night for this age group.`,
		"m9it.txt": `it|Germania, il 38% degli adolescenti dorme meno di sette ore

Salute

12 novembre 2036

Il 38% degli adolescenti tedeschi dorme meno di sette ore nelle notti prima di scuola, contro il 29% del 2029. È quanto emerge da uno studio dell'Istituto di ricerca sul sonno di Haldenau, pubblicato mercoledì, che ha coinvolto 12.400 studenti tra i 13 e i 17 anni.

Chi usa lo smartphone dopo le 22 dorme in media 47 minuti in meno. «Il telefonino è il più grande ladro di sonno», ha detto la coordinatrice dello studio, Miriam Kessler.

Gli esperti raccomandano tra le otto e le dieci ore di sonno a notte.`,
	}, nil},
}
