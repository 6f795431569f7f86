package compare

// heldOutDiablo is a blind held-out set written without reading the
// extraction, matching or grouping code: ten events of a tunnel fire,
// business, local politics, health, courts, culture, science, sport,
// weather and transport, each reported three or four times in English,
// German, French, Spanish, Italian, Portuguese and Dutch (two Spanish
// reports of the Villarrasa vote, two German of the Ravensloot hail, two
// French of the Vercennes tram). The topics: a lorry of wood pellets
// burning in the Crestalta Pass tunnel above Valmorena, the Dutch dairy
// cooperative Zuiderveld Zuivel buying the Portuguese cheesemaker
// Queijaria Serra da Lourenha of Castro Alvarim, Villarrasa de la Sierra
// voting for a tourist tax, measles in Quellbach, the former mayor of
// Castelmaure-sur-Orne Gérard Vautrin jailed at Vernaude with the builder
// Lucio Ferrandi, the Auditório Ribeira Alta of Almares to open, the comet
// C/2037 J1 (Scarpello) found at Monte Scarpello, SC Vilarelho beating CD
// Almarzo in the Copa Ibérica final, a hailstorm over Ravensloot and
// Kleverhausen, and the T3 tram line of Vercennes opened.
//
// Six contradictions are planted, one in each of the first six events and
// all outside the first paragraph: a duration (vx1de: "Der 7,4 Kilometer
// lange Tunnel blieb 16 Stunden lang gesperrt" against "Il traforo è
// rimasto chiuso per quattordici ore" and "The tunnel was closed for 14
// hours"); an amount (vx2en: "Zuiderveld will pay €421 million" against
// "betaalt 412 miljoen euro" and "avalia a queijaria em 412 milhões de
// euros"); a percentage (vx3fr: "68 % des votants se sont prononcés pour
// la taxe" against "El sí obtuvo el 62% de los votos", "el 62 por ciento
// votó a favor" and "Sixty-two percent of those who voted"); a count
// (vx4nl: "staat de teller inmiddels op 48 gevallen" against "Insgesamt
// sind inzwischen 84 Menschen an Masern erkrankt" and "has grown to 84
// cases"); an age (vx5it: "Vautrin, 68 anni" against "Gérard Vautrin, 63
// ans" and "Vautrin, 63,"); a date (vx6es: "El concierto inaugural se
// celebrará el 28 de septiembre" against "abre a 18 de setembro", "on 18
// September" and "am 18. September"). The last four events hold none.
//
// Traps that are no contradiction: 14 hours (6.10am to 8.10pm) beside a
// tunnel of 7.4 km with the fire at 3.2 km, a driver of 47, 37 motorists
// led out, nine treated and two in hospital, 800 degrees, a detour of
// about two hours and some 90 km, 1978 and a refit of €86 million in
// 2031. €412 million beside 70% and 30% of the shares, 640 staff kept for
// three years, revenue of €280 million against €5.3 billion, 3,900
// farmers, €35 million for a ripening hall, 1952, a chief of 51 and an
// heir of 44, twelve sheep, 15 times operating profit, 2038. 62% beside
// 38% against, turnout of 44% over a threshold of 40%, 4,300 of 9,870
// voters, €1.50 a night for up to seven nights, under-16s exempt, €1.8
// million a year, 1.2 million nights, 47% in 2033, a mayor of 52, 85
// hoteliers, about 200 in the square. 84 beside eleven in hospital, a
// baby of nine months, three weeks, three schools and a nursery, 1,200
// records checked, 140 pupils kept home, 89% against 95%, a head of 54,
// 9 to 15 on Saturday, births after 1970, twenty kilometres to the
// border. 63 beside a builder of 57, three years with 18 months
// suspended ("half of it suspended") against four sought, fines of
// €150,000 and €200,000, five years barred, €1.4 million, 2026 to 2032,
// mayor from 2014, ten days to appeal, about 120 staff, 2031. 18
// September (a Friday) beside an open day on Sunday 20 September ("Zwei
// Tage später"), tickets on sale from 15 June at €8 to €65, €74 million
// of which €30 million from the EU, 1,650 and 320 seats, 40 concerts, a
// conductor of 39 and an architect of 61, 2033 and eight months late,
// twenty years, 1987. In the events without a contradiction: the night of
// 3 to 4 May beside Thursday's confirmation, 62 observations from 11
// observatories, 1.2 metres against 40 centimetres, 6.8 and 1.3
// astronomical units, 4 km, March 2039, 12,000 years, 1994, a student of
// 27, a director of 58 and an amateur of 64 with 45 years of watching.
// 2-1 after extra time (1-2 in the Spanish report) with goals at 34, 78
// and 113 minutes and a sending-off at 96, "a doce minutos del título",
// 34 degrees at kick-off, 31,200 spectators with about 6,000 Portuguese,
// €2 million against €1 million ("la mitad que el vencedor"), nine goals,
// 1921, coaches of 49 and 55 and a scorer of 22. Hail of 6 cm, 1,400
// reports in the Netherlands against about 600 call-outs in Germany, 23
// lightly hurt against seven, 38 mm as "38 Liter pro Quadratmeter", gusts
// of 95 km/h, €40 million, trains stopped three hours, 4pm to 6pm, a
// greenhouse of two hectares, 250 new cars, 30 years of service, 2019,
// Tuesday's thunderstorms and Sunday's clean-up. 11.4 km with 21 stops
// beside 28 minutes against 50 by bus, every six minutes, 42,000
// passengers a day, €385 million of which €60 million from the state,
// €4.2 million for shopkeepers, three years from June 2034, 24 trams of
// 43 metres for 290 passengers, an order of €96 million from 2034 for
// about 300 workers, 380 parking places, a ticket of €1.80 from Monday, a
// mayor of 46, a residents' chief of 71 and a maker's chief of 53, 15,000
// at a concert, 2041.
//
// Frozen before its first run, which flagged 6 of the 6 contradictions
// and 1 false disagreement. It flagged the hours the tunnel was shut
// (duration "closed": vx1de's "16 Stunden" against "14 hours" and
// "quattordici ore"), the price paid (amount "betaalt": vx2en's "€421
// million" against "412 miljoen euro" and "412 milhões de euros"), the
// vote for the tax (percent "votants": vx3fr's "68 %" against "Sixty-two
// percent", "62%" and "62 por ciento"), the measles cases (count "cases":
// vx4nl's "48 gevallen" against "84 Menschen" and "84 cases"), the former
// mayor's age (quantity "Vautrin · age": vx5it's "68 anni" against "63"
// and "63 ans") and the opening night (date "abre": vx6es's "28 de
// septiembre" against "18. September", "18 September" and "18 de
// setembro"). It missed none. The false one: the Italian report's "ex
// sindaco" read as a mayor in office against the others' former mayor
// ("false disagreement person "Gérard Vautrin": vx5en, vx5fr: former
// mayor of Castelmaure-sur-Orne; vx5it: condannato martedì l'ex sindaco
// di Castelmaure-sur-Orne"). The table's limit stays at 1. Grouped with
// the other sets, its 33 reports of 10 events were found as their 10
// events exactly (no line printed for it; B-cubed precision and recall
// 1.000); over all 187 sets (6,450 reports) the grouping held precision
// 1.000, recall 0.929, F1 0.963, 70 sets grouped exactly. The prescribed
// commands were run once each; nothing changed after the run but this
// comment.
var heldOutDiablo = []heldOutEvent{
	{"crestalta-tunnel-fire", map[string]string{
		"vx1it.txt": `it|Camion in fiamme nella galleria del Crestalta, traforo chiuso per quattordici ore

Un autoarticolato carico di pellet di legno ha preso fuoco martedì mattina all'interno della galleria del Passo Crestalta, sulla statale tra Valmorena e il confine austriaco. Non ci sono vittime.

L'allarme è scattato alle 6.10, quando il conducente, un uomo di 47 anni di nazionalità slovena, ha visto il fumo uscire dal rimorchio al chilometro 3,2 del tunnel, lungo in tutto 7,4 chilometri. L'uomo è riuscito a sganciare la motrice e a uscire dal tunnel.

I vigili del fuoco hanno accompagnato all'esterno 37 automobilisti rimasti bloccati dietro il camion. Nove persone sono state soccorse per aver respirato fumo, due di loro sono state portate all'ospedale di Valmorena per accertamenti.

Il traforo è rimasto chiuso per quattordici ore ed è stato riaperto alle 20.10. "Dentro si sono raggiunti anche 800 gradi, bisognava controllare la volta prima di far passare le auto", ha spiegato il comandante provinciale Sergio Dall'Armi.

La deviazione per il passo di Forcella Rossa ha allungato il viaggio di circa due ore. La galleria, aperta nel 1978, era stata ammodernata nel 2031 con una spesa di 86 milioni di euro.`,
		"vx1en.txt": `en|Alpine tunnel shut for 14 hours after lorry catches fire

A lorry loaded with wood pellets caught fire inside the Crestalta Pass tunnel on Tuesday morning, closing the main road between Valmorena in northern Italy and the Austrian border. Nobody was killed.

The blaze started at about 6.10am around 3.2km into the 7.4km tunnel, firefighters said. The driver, a 47-year-old Slovenian, uncoupled his cab and drove out.

Thirty-seven motorists trapped behind the burning trailer were led out on foot through a parallel escape gallery. Nine people were treated for smoke inhalation and two were taken to hospital in Valmorena as a precaution.

The tunnel was closed for 14 hours and reopened to traffic at 8.10pm after engineers checked the vault, where temperatures had reached 800C. "We could not let a single car through before every metre had been inspected," said fire chief Sergio Dall'Armi.

Drivers were sent over the Forcella Rossa pass, a detour of some 90km. Hauliers said dozens of trucks were still queuing on Wednesday morning.

The tunnel opened in 1978 and underwent an €86m refit that was completed in 2031.`,
		"vx1de.txt": `de|Lkw-Brand im Crestalta-Tunnel: Strecke stundenlang dicht

Im Tunnel am Crestalta-Pass in Norditalien ist am Dienstagmorgen ein mit Holzpellets beladener Sattelzug in Brand geraten. Verletzt wurde niemand schwer.

Das Feuer brach kurz nach 6 Uhr rund 3,2 Kilometer hinter dem Südportal aus. Der 47 Jahre alte Fahrer aus Slowenien konnte die Zugmaschine abkoppeln und sich in Sicherheit bringen.

Die Feuerwehr brachte 37 Autofahrer zu Fuß ins Freie. Neun Menschen erlitten eine Rauchvergiftung, zwei kamen zur Beobachtung ins Krankenhaus von Valmorena.

Der 7,4 Kilometer lange Tunnel blieb 16 Stunden lang gesperrt. Die Einsatzkräfte mussten das Gewölbe prüfen, an dem bis zu 800 Grad gemessen worden waren, sagte Einsatzleiter Sergio Dall'Armi.

Für Urlauber aus Bayern und Tirol bedeutete das einen Umweg über den Forcella-Rossa-Pass und rund zwei Stunden mehr Fahrzeit. Der örtliche Automobilclub riet, die Route bis zum Wochenende zu meiden.

Der Tunnel war 1978 eröffnet und bis 2031 für 86 Millionen Euro modernisiert worden.`,
	}, map[string][2]string{"vx1de.txt": {"16 hours", "14 hours"}}},
	{"zuiderveld-serra-lourenha", map[string]string{
		"vx2nl.txt": `nl|Zuiderveld Zuivel koopt Portugese kaasmaker Serra da Lourenha

De zuivelcoöperatie Zuiderveld Zuivel neemt de Portugese kaasmaker Queijaria Serra da Lourenha over. Dat maakte het bedrijf uit Dokkerwijk maandag bekend.

Zuiderveld betaalt 412 miljoen euro voor het familiebedrijf uit Castro Alvarim, dat vooral bekend is om zijn schapenkaas. De familie Lourenço bezit 70 procent van de aandelen, een investeringsfonds uit Lissabon de overige 30 procent.

Serra da Lourenha, opgericht in 1952, heeft 640 werknemers en haalde vorig jaar een omzet van 280 miljoen euro. Zuiderveld, een coöperatie van zo'n 3.900 melkveehouders, zette in dezelfde periode 5,3 miljard euro om.

"Met deze kaas komen we in één keer op de schappen in Zuid-Europa", zei topvrouw Maartje Oosterbroek (51). Zij belooft dat de banen in Portugal de komende drie jaar behouden blijven en dat er 35 miljoen euro in een nieuwe rijpingshal gaat.

De overname moet nog worden goedgekeurd door de mededingingsautoriteiten en wordt naar verwachting in het eerste kwartaal van 2038 afgerond.`,
		"vx2pt.txt": `pt|Queijaria Serra da Lourenha vendida a cooperativa neerlandesa

A Queijaria Serra da Lourenha, de Castro Alvarim, vai passar para as mãos da cooperativa leiteira neerlandesa Zuiderveld Zuivel, anunciaram as duas empresas na segunda-feira.

O negócio avalia a queijaria em 412 milhões de euros. A família Lourenço, que detém 70% do capital, vende a totalidade da sua participação, tal como o fundo lisboeta que tem os restantes 30%.

Fundada em 1952 por Joaquim Lourenço, a empresa emprega 640 pessoas e faturou 280 milhões de euros no ano passado. "O meu avô começou com doze ovelhas. Hoje sabemos que a marca fica em boas mãos", disse o presidente executivo, Henrique Lourenço, de 44 anos.

A Zuiderveld, que reúne cerca de 3.900 produtores de leite e fatura 5,3 mil milhões de euros, compromete-se a manter todos os postos de trabalho durante três anos e a investir 35 milhões numa nova cave de cura.

O presidente da câmara de Castro Alvarim disse esperar que a venda traga mais exportações para a região. A conclusão da operação está prevista para o primeiro trimestre de 2038.`,
		"vx2en.txt": `en|Dutch dairy co-op Zuiderveld buys Portuguese cheesemaker

Zuiderveld Zuivel, the Dutch dairy cooperative, said on Monday it had agreed to buy Queijaria Serra da Lourenha, a family-owned Portuguese maker of sheep's cheese.

Zuiderveld will pay €421 million for the company, based in Castro Alvarim, according to a statement. The Lourenço family holds 70% and a Lisbon investment fund the remaining 30%; both are selling all their shares.

Serra da Lourenha employs 640 people and had revenue of €280 million last year. Zuiderveld, owned by some 3,900 dairy farmers, had sales of €5.3 billion.

Chief executive Maartje Oosterbroek, 51, said the deal would give the cooperative a foothold in southern European supermarkets, where Dutch cheese sells poorly. Zuiderveld has promised to keep all jobs for three years and to spend €35 million on a new ripening hall.

Analysts at Vandermolen Securities said the price was about 15 times the cheesemaker's operating profit, high for the sector.

The deal needs competition approval and is expected to close in the first quarter of 2038.`,
	}, map[string][2]string{"vx2en.txt": {"€421 million", "€412 million"}}},
	{"villarrasa-tourist-tax", map[string]string{
		"vx3es.txt": `es|Villarrasa de la Sierra aprueba en consulta la tasa turística

Los vecinos de Villarrasa de la Sierra respaldaron el domingo en una consulta popular la implantación de una tasa turística, la primera de la comarca.

El sí obtuvo el 62% de los votos y el no, el 38%. Participaron algo más de 4.300 de los 9.870 vecinos convocados, una participación del 44%, por encima del 40% que el ayuntamiento había fijado para dar validez al resultado.

La tasa será de 1,50 euros por persona y noche y se cobrará a partir del 1 de julio en hoteles, casas rurales y pisos turísticos. El consistorio calcula que recaudará unos 1,8 millones de euros al año.

"El pueblo ha dicho que quiere turismo, pero con reglas", afirmó la alcaldesa, Inmaculada Berrocal, de 52 años. En 2033 una propuesta parecida se quedó en el 47% de apoyo.

La asociación de hosteleros, que agrupa a 85 establecimientos, lamentó el resultado y advirtió de que estudiará recurrirlo. El municipio registró el año pasado 1,2 millones de pernoctaciones.`,
		"vx3es2.txt": `es|Sí a la tasa turística en Villarrasa

Villarrasa de la Sierra cobrará a los turistas. Así lo decidieron sus vecinos este domingo en una consulta en la que el 62 por ciento votó a favor de la nueva tasa.

La participación fue del 44 por ciento. La alcaldesa, Inmaculada Berrocal, celebró el resultado en la plaza Mayor ante unas 200 personas: "Hoy ganan las calles limpias y los vecinos que quieren seguir viviendo en el centro".

Cada visitante pagará 1,50 euros por noche desde el 1 de julio. Los menores de 16 años estarán exentos y la tasa se cobrará como máximo durante siete noches. El dinero, alrededor de 1,8 millones anuales, irá a limpieza, a vivienda y a la restauración de la muralla.

El portavoz de los hosteleros, Ramiro Cifuentes, dijo que el sector "respeta las urnas", pero teme que los visitantes se marchen a pueblos vecinos. Hace cuatro años, en 2033, los vecinos rechazaron una tasa similar, que solo logró el 47%.`,
		"vx3fr.txt": `fr|Espagne : le village de Villarrasa vote pour une taxe de séjour

Les habitants de Villarrasa de la Sierra, une petite ville de montagne très prisée des touristes, ont approuvé dimanche par référendum la création d'une taxe de séjour.

Au total, 68 % des votants se sont prononcés pour la taxe, avec une participation de 44 %. Le seuil de validité avait été fixé à 40 %.

La taxe s'élèvera à 1,50 euro par personne et par nuit à partir du 1er juillet. La mairie en attend environ 1,8 million d'euros par an, pour 1,2 million de nuitées enregistrées l'an dernier.

La maire, Inmaculada Berrocal, 52 ans, y voit un « mandat clair ». Une première tentative avait échoué en 2033, avec seulement 47 % de oui.

Les hôteliers, qui représentent 85 établissements, envisagent un recours. Plusieurs villes de la région, dont la capitale provinciale, suivent le dossier de près.`,
		"vx3en.txt": `en|Spanish mountain town votes for tourist tax

Residents of Villarrasa de la Sierra, a hill town popular with weekend visitors, have voted to charge tourists for staying overnight.

Sixty-two percent of those who voted backed the levy in Sunday's referendum, against 38% who opposed it. Turnout was 44%, clearing the 40% threshold needed for the result to stand.

From 1 July visitors will pay €1.50 a night, for up to seven nights; children under 16 are exempt. The town hall expects to raise about €1.8m a year.

"People have said yes to tourism, but with rules," said mayor Inmaculada Berrocal, 52. A similar proposal won only 47% support in 2033.

The local hoteliers' association, which speaks for 85 businesses, said it might challenge the vote in court.

Berrocal said the money would go on street cleaning, housing and restoring the town's medieval walls. The town recorded 1.2 million overnight stays last year, more than a hundred for every resident.`,
	}, map[string][2]string{"vx3fr.txt": {"68%", "62%"}}},
	{"quellbach-measles", map[string]string{
		"vx4de.txt": `de|Masernausbruch in Quellbach: Zahl der Fälle steigt auf 84

Der Masernausbruch in Quellbach weitet sich aus. Das Gesundheitsamt des Kreises meldete am Donnerstag weitere Erkrankungen, vor allem unter Schulkindern.

Insgesamt sind inzwischen 84 Menschen an Masern erkrankt. Elf von ihnen werden im Krankenhaus behandelt, darunter ein neun Monate alter Säugling. Der erste Fall war vor drei Wochen an der Grundschule am Mühlbach aufgetreten.

Betroffen sind drei Schulen und eine Kita. Das Amt hat die Impfpässe von rund 1200 Schülerinnen und Schülern geprüft; 140 Kinder ohne ausreichenden Impfschutz dürfen vorerst nicht in den Unterricht.

"Wir erleben genau das, wovor wir seit Jahren warnen", sagte Amtsleiterin Katrin Wellhöfer (54). Im Kreis seien nur 89 Prozent der Kinder zweimal geimpft, nötig wären 95 Prozent.

Am Samstag bietet das Amt im Bürgerhaus von 9 bis 15 Uhr eine offene Impfaktion an. Auch Erwachsene, die nach 1970 geboren sind, sollten ihren Impfschutz prüfen lassen, hieß es.`,
		"vx4nl.txt": `nl|Mazelenuitbraak net over de grens in Quellbach

In het Duitse Quellbach, zo'n twintig kilometer van de Nederlandse grens, heerst een uitbraak van mazelen. Vooral schoolkinderen zijn ziek geworden.

Volgens de Duitse gezondheidsdienst staat de teller inmiddels op 48 gevallen. Elf patiënten liggen in het ziekenhuis, onder wie een baby van negen maanden.

De uitbraak begon drie weken geleden op een basisschool en heeft zich verspreid naar twee andere scholen en een kinderdagverblijf. Honderdveertig kinderen die niet volledig zijn ingeënt, mogen voorlopig niet naar school.

De GGD in de grensregio roept ouders op om de vaccinatiestatus van hun kinderen te controleren. "Veel gezinnen uit de Achterhoek winkelen of sporten in Quellbach", zei een woordvoerder. In Nederland zijn nog geen besmettingen gemeld.

In de Duitse regio is 89 procent van de kinderen tweemaal gevaccineerd. Voor groepsimmuniteit is 95 procent nodig.

De Duitse gezondheidsdienst controleerde de vaccinatieboekjes van zo'n 1.200 leerlingen. Zaterdag kunnen inwoners van Quellbach zich zonder afspraak laten inenten in het buurthuis.`,
		"vx4en.txt": `en|Measles outbreak in German town reaches 84 cases

A measles outbreak in the western German town of Quellbach has grown to 84 cases, local health officials said on Thursday, with most of those infected children of school age.

Eleven patients are in hospital, among them a nine-month-old baby too young to be vaccinated. The first case was confirmed three weeks ago at a primary school.

Three schools and a nursery have been affected. Officials checked the vaccination records of about 1,200 pupils and have barred 140 children without full protection from classes.

"This is exactly what we have been warning about for years," said Katrin Wellhöfer, head of the district health office. Only 89% of children in the district have had both doses, short of the 95% needed to stop the virus spreading.

A walk-in vaccination clinic will open at the town's community centre on Saturday. Health authorities across the border in the Netherlands have asked parents to check their children's records.`,
	}, map[string][2]string{"vx4nl.txt": {"48", "84"}}},
	{"castelmaure-mayor-trial", map[string]string{
		"vx5fr.txt": `fr|L'ancien maire de Castelmaure-sur-Orne condamné à trois ans de prison

Le tribunal correctionnel de Vernaude a condamné mardi Gérard Vautrin, ancien maire de Castelmaure-sur-Orne, pour favoritisme et détournement de fonds publics.

Gérard Vautrin, 63 ans, écope de trois ans de prison, dont dix-huit mois avec sursis, de 150 000 euros d'amende et de cinq ans d'inéligibilité. Le parquet avait requis quatre ans.

Selon l'enquête, l'élu a attribué entre 2026 et 2032 plusieurs marchés, dont celui de la nouvelle piscine municipale, à l'entreprise italienne Costruzioni Ferrandi, contre des travaux gratuits dans sa maison de campagne. Le préjudice pour la commune est estimé à 1,4 million d'euros.

Le patron de l'entreprise, Lucio Ferrandi, 57 ans, a été condamné à deux ans avec sursis et 200 000 euros d'amende.

« Mon client conteste avoir tiré le moindre profit personnel », a déclaré son avocate, Me Hélène Carbonnel, qui dispose de dix jours pour faire appel. Maire de 2014 à 2032, Gérard Vautrin avait démissionné peu après sa mise en examen.`,
		"vx5it.txt": `it|Francia, condannato l'ex sindaco: coinvolto l'imprenditore Lucio Ferrandi

Il tribunale di Vernaude, in Francia, ha condannato martedì l'ex sindaco di Castelmaure-sur-Orne, Gérard Vautrin, e l'imprenditore italiano Lucio Ferrandi per una serie di appalti truccati.

Vautrin, 68 anni, dovrà scontare tre anni di reclusione, di cui diciotto mesi con la condizionale, e pagare una multa di 150.000 euro. Per cinque anni non potrà candidarsi.

Ferrandi, 57 anni, titolare della Costruzioni Ferrandi di Borgo Sanvitale, è stato condannato a due anni con pena sospesa e a 200.000 euro di multa. Secondo l'accusa la sua impresa aveva ottenuto tra il 2026 e il 2032 diversi lavori pubblici, tra cui la piscina comunale, ristrutturando in cambio gratis la casa di campagna del sindaco.

Il danno per il comune è stato quantificato in 1,4 milioni di euro. L'azienda, che conta circa 120 dipendenti, ha fatto sapere che valuterà l'appello.

"Siamo sereni, le opere sono state eseguite a regola d'arte", ha detto il legale dell'imprenditore, Marco Tealdi.`,
		"vx5en.txt": `en|Former French mayor jailed over rigged contracts

A court in Vernaude has sentenced Gérard Vautrin, the former mayor of Castelmaure-sur-Orne, to three years in prison, half of it suspended, for rigging public contracts.

Vautrin, 63, who ran the town from 2014 until 2032, was also fined €150,000 and barred from standing for office for five years. Prosecutors had asked for four years.

Investigators said he steered several contracts, including one for a new municipal swimming pool, to an Italian builder in return for free work on his country house. The town lost an estimated €1.4m.

The builder's owner, Lucio Ferrandi, 57, received a two-year suspended sentence and a €200,000 fine.

Vautrin's lawyer, Hélène Carbonnel, said he denied any personal gain and had ten days to appeal. He stepped down in 2032 shortly after being charged.

The case came to light in 2031 after a whistleblower in the town's planning department alerted auditors, a court official said. Ferrandi's company, which employs about 120 people, said it was considering an appeal.`,
	}, map[string][2]string{"vx5it.txt": {"68 years", "63 years"}}},
	{"almares-concert-hall", map[string]string{
		"vx6pt.txt": `pt|Auditório Ribeira Alta abre as portas a 18 de setembro

O novo Auditório Ribeira Alta, em Almares, já tem data de inauguração. A câmara municipal anunciou na quarta-feira o programa da primeira temporada.

A sala abre a 18 de setembro, uma sexta-feira, com um concerto da Orquestra Sinfónica de Almares dirigido pela maestrina Inês Magalhães, de 39 anos. No domingo, 20 de setembro, o edifício recebe o público num dia de portas abertas, com entrada livre.

A obra, desenhada pelo arquiteto espanhol Álvaro Quintanilla, custou 74 milhões de euros, dos quais 30 milhões vieram de fundos europeus. A sala principal tem 1.650 lugares e a sala de câmara 320.

A primeira temporada inclui 40 concertos. Os bilhetes começam a ser vendidos a 15 de junho, com preços entre 8 e 65 euros.

"Almares esperou mais de vinte anos por uma casa para a sua orquestra", disse o presidente da câmara, Rui Sequeira. As obras começaram em 2033 e sofreram um atraso de oito meses.`,
		"vx6es.txt": `es|Almares estrenará su auditorio firmado por Álvaro Quintanilla

El arquitecto madrileño Álvaro Quintanilla, de 61 años, verá este otoño terminada su primera gran obra en Portugal: el Auditorio Ribeira Alta de Almares, cuya inauguración anunció el miércoles el ayuntamiento de la ciudad.

El concierto inaugural se celebrará el 28 de septiembre, a cargo de la Orquesta Sinfónica de Almares y su directora, Inês Magalhães. El programa incluye una obra encargada a un joven compositor portugués.

El edificio, de hormigón blanco y madera de pino, ha costado 74 millones de euros. La sala principal tiene capacidad para 1.650 espectadores.

"Quería una sala en la que el público rodeara a los músicos", explicó Quintanilla, autor también de teatros en Valladolid y Cáceres. La acústica es obra de un estudio danés.

La primera temporada tendrá 40 conciertos y las entradas saldrán a la venta el 15 de junio.

La obra, que comenzó en 2033 y acumuló ocho meses de retraso, contó con 30 millones de euros de fondos europeos. Las entradas costarán entre 8 y 65 euros.`,
		"vx6en.txt": `en|Almares sets date for opening of new concert hall

The Portuguese city of Almares will open its long-awaited concert hall, the Auditório Ribeira Alta, on 18 September, the city council said on Wednesday.

The opening night, a Friday, will feature the Almares Symphony Orchestra under its music director Inês Magalhães, 39. An open day with free entry is planned for Sunday 20 September.

Designed by Spanish architect Álvaro Quintanilla, 61, the building cost €74 million, €30 million of it from EU funds. Its main hall seats 1,650 people and a chamber hall 320.

The first season will offer 40 concerts, with tickets from €8 to €65 going on sale on 15 June.

"Almares has waited more than twenty years for a home for its orchestra," said mayor Rui Sequeira. Work began in 2033 and ran eight months late.

The hall is Quintanilla's first major building in Portugal, and its acoustics were designed by a Danish studio. The orchestra, founded in 1987, has until now played in a converted cinema.`,
		"vx6de.txt": `de|Neuer Konzertsaal in Portugal öffnet im September

Das Auditório Ribeira Alta in der portugiesischen Stadt Almares wird am 18. September eröffnet. Das gab die Stadtverwaltung am Mittwoch bekannt.

Zum Auftakt spielt das städtische Sinfonieorchester unter Leitung von Inês Magalhães. Zwei Tage später, am Sonntag, können Besucher das Haus bei freiem Eintritt besichtigen.

Der Bau nach Plänen des spanischen Architekten Álvaro Quintanilla hat 74 Millionen Euro gekostet. Die Akustik plante ein dänisches Büro, das Holz für die Wandverkleidung kommt aus der Region.

Im großen Saal finden 1650 Menschen Platz, im Kammermusiksaal 320. In der ersten Spielzeit stehen 40 Konzerte auf dem Programm, darunter Gastspiele eines Kammerorchesters aus Leipzig und eines Chors aus Riga. Der Vorverkauf beginnt am 15. Juni.

Die Sinfoniker, 1987 gegründet, spielten bisher in einem umgebauten Kino. Bürgermeister Rui Sequeira sprach von einem Haus, auf das die Stadt mehr als zwanzig Jahre gewartet habe. Die Bauarbeiten hatten 2033 begonnen und sich um acht Monate verzögert.`,
	}, map[string][2]string{"vx6es.txt": {"28 September", "18 September"}}},
	{"scarpello-comet", map[string]string{
		"vx7it.txt": `it|Scoperta una nuova cometa dall'osservatorio di Monte Scarpello

Una nuova cometa porta il nome di un osservatorio italiano. Il Minor Planet Center ha confermato giovedì la scoperta di C/2037 J1 (Scarpello), individuata dal telescopio di Monte Scarpello, sull'Appennino.

A notarla, nella notte tra il 3 e il 4 maggio, è stato Davide Olmastroni, dottorando di 27 anni, analizzando le immagini del telescopio da 1,2 metri. "Ho visto un puntino un po' sfocato che si muoveva: all'inizio pensavo a un difetto del sensore", racconta.

La cometa si trova ora a circa 6,8 unità astronomiche dal Sole, oltre l'orbita di Giove. Il nucleo dovrebbe misurare circa 4 chilometri. Raggiungerà il punto più vicino al Sole nel marzo 2039, a 1,3 unità astronomiche, e potrebbe allora essere visibile con un binocolo.

Per la conferma sono servite 62 osservazioni da 11 osservatori, tra cui quello di un astrofilo olandese. "È la prima cometa scoperta qui dal 1994", ha detto la direttrice Renata Colombari, 58 anni.

Secondo i primi calcoli la cometa impiega circa 12.000 anni a compiere un'orbita.`,
		"vx7nl.txt": `nl|Amateur uit Hoogmeer helpt bij ontdekking van komeet

Een amateursterrenkundige uit Hoogmeer heeft geholpen bij de bevestiging van een nieuwe komeet. De komeet, C/2037 J1 (Scarpello), werd begin mei ontdekt door een Italiaanse sterrenwacht.

Joost van Lieshout (64) richtte zijn 40-centimetertelescoop in de achtertuin op het object, nadat de Italianen om hulp hadden gevraagd. "Ik had binnen een uur beeld. Dat was een kippenvelmoment", vertelt hij.

De komeet werd in de nacht van 3 op 4 mei gevonden door de Italiaanse promovendus Davide Olmastroni. In totaal kwamen er 62 waarnemingen van 11 sterrenwachten binnen, waarna het Minor Planet Center de ontdekking donderdag bevestigde.

De kern van de komeet is naar schatting 4 kilometer groot. In maart 2039 komt hij het dichtst bij de zon, op 1,3 keer de afstand tussen aarde en zon. Dan is hij mogelijk met een verrekijker te zien.

Van Lieshout kijkt al 45 jaar naar de sterren, maar dit is zijn eerste bijdrage aan een ontdekking.`,
		"vx7en.txt": `en|Italian observatory discovers comet that may be visible in 2039

Astronomers at the Monte Scarpello observatory in Italy have discovered a new comet, which could become visible through binoculars when it swings past the Sun in less than two years.

The comet, named C/2037 J1 (Scarpello), was spotted on the night of 3 to 4 May by PhD student Davide Olmastroni, 27, in images from the observatory's 1.2-metre telescope. The Minor Planet Center confirmed the find on Thursday after 62 observations from 11 observatories.

It is now about 6.8 astronomical units from the Sun, beyond the orbit of Jupiter, and its nucleus is thought to be around 4km across. It will make its closest approach to the Sun in March 2039, at a distance of 1.3 astronomical units.

"It's the first comet found here since 1994," said the observatory's director, Renata Colombari. Early calculations suggest it takes roughly 12,000 years to orbit the Sun.

Olmastroni said he had at first taken the faint smudge for a fault in the camera.`,
	}, nil},
	{"copa-iberica-final", map[string]string{
		"vx8pt.txt": `pt|Tiago Rebelo dá a Taça Ibérica ao Vilarelho

O Sporting Clube de Vilarelho conquistou no sábado a Taça Ibérica, ao vencer o CD Almarzo por 2-1 após prolongamento, no Estádio Municipal de Torrecampo.

Os espanhóis adiantaram-se aos 34 minutos, por Iker Salaberri. O Vilarelho só chegou ao empate aos 78, num cabeceamento de Tiago Rebelo, e o mesmo avançado, de 22 anos, marcou o golo da vitória aos 113 minutos.

O Almarzo jogou com dez desde os 96 minutos, após a expulsão do defesa Unai Goikoetxea por acumulação de amarelos.

"Estes miúdos escreveram a página mais bonita da história do clube", disse o treinador Nuno Carvalhais, de 49 anos. É o primeiro título internacional do Vilarelho, fundado em 1921.

Cerca de 6.000 adeptos portugueses estiveram entre os 31.200 espectadores. O vencedor recebe um prémio de 2 milhões de euros; o finalista vencido, 1 milhão.

Rebelo terminou a competição com nove golos, o melhor marcador da prova.`,
		"vx8es.txt": `es|El Almarzo se queda sin la Copa Ibérica en la prórroga

El CD Almarzo perdió el sábado la final de la Copa Ibérica ante el Sporting de Vilarelho (1-2), que remontó con dos goles de Tiago Rebelo, el segundo en la prórroga.

Iker Salaberri abrió el marcador en el minuto 34 con un disparo desde fuera del área, y el equipo de Javier Montañés dominó hasta que Rebelo empató de cabeza en el 78.

En el minuto 96 Unai Goikoetxea vio la segunda amarilla y dejó a los suyos con diez. El delantero portugués, de 22 años, culminó la remontada en el 113.

"Hemos estado a doce minutos del título. Duele mucho", reconoció Montañés, de 55 años, que dirigía su tercera final.

El Estadio Municipal de Torrecampo registró una entrada de 31.200 espectadores. El Almarzo se consuela con el millón de euros para el subcampeón, la mitad que el vencedor.`,
		"vx8fr.txt": `fr|Football : Vilarelho remporte la Coupe ibérique après prolongation

Le Sporting Clube de Vilarelho a remporté samedi la Coupe ibérique en battant le CD Almarzo 2-1 après prolongation, à Torrecampo.

Menés après l'ouverture du score d'Iker Salaberri (34e), les Portugais ont égalisé à la 78e minute par Tiago Rebelo. L'attaquant de 22 ans a inscrit le but de la victoire à la 113e, face à des Espagnols réduits à dix depuis l'expulsion d'Unai Goikoetxea (96e).

C'est le premier titre international du club, fondé en 1921. Rebelo, auteur de neuf buts dans la compétition, est courtisé par plusieurs clubs français.

« Je n'ai pas de mots », a réagi l'entraîneur Nuno Carvalhais, 49 ans.

La rencontre s'est jouée devant 31 200 spectateurs. Le vainqueur empoche 2 millions d'euros.

Le CD Almarzo, qui disputait sa première finale de la compétition, repart avec 1 million d'euros. Son entraîneur, Javier Montañés, a regretté « des détails » et salué le public, venu nombreux malgré la chaleur : il faisait 34 degrés au coup d'envoi.`,
	}, nil},
	{"ravensloot-hailstorm", map[string]string{
		"vx9nl.txt": `nl|Hagelstorm richt ravage aan in Ravensloot

Een zware hagelbui heeft zaterdagmiddag grote schade aangericht in Ravensloot en omgeving. Hagelstenen tot 6 centimeter doorboorden daken, kassen en autoruiten.

Het noodweer trok tussen vier en zes uur over de regio. In Ravensloot viel in één uur 38 millimeter regen en werden windstoten tot 95 kilometer per uur gemeten. De weerdienst had code oranje afgegeven.

Bij de brandweer en de gemeente kwamen ruim 1.400 schademeldingen binnen. Drieëntwintig mensen raakten lichtgewond, meestal door glas of vallende takken. Bij tuinder Gerrit Hofstede ging een kas van twee hectare volledig aan diggelen. "Twintig jaar werk in tien minuten", zei hij.

De treinen tussen Ravensloot en het Duitse Kleverhausen reden drie uur niet omdat een boom op de bovenleiding was gevallen.

Verzekeraars schatten de schade in Nederland voorlopig op 40 miljoen euro. Burgemeester Sandra Wiegerinck bedankte zondag de honderden vrijwilligers die daken hielpen afdekken. Volgens de weerdienst was het de zwaarste hagelbui in de regio sinds 2019.`,
		"vx9de.txt": `de|Hagelunwetter an der Grenze: Schäden in Kleverhausen und Ravensloot

Ein heftiges Hagelgewitter ist am Samstagnachmittag über das deutsch-niederländische Grenzgebiet gezogen. Besonders betroffen waren Kleverhausen und die niederländische Nachbarstadt Ravensloot.

Die Feuerwehr im Kreis Kleverhausen rückte zu rund 600 Einsätzen aus. Sieben Menschen wurden leicht verletzt. Hagelkörner mit bis zu sechs Zentimetern Durchmesser beschädigten Dächer, Autos und Solaranlagen.

Auf der niederländischen Seite gingen mehr als 1400 Schadensmeldungen ein, 23 Menschen wurden leicht verletzt. Die Bahnstrecke zwischen Kleverhausen und Ravensloot war drei Stunden lang gesperrt, weil ein Baum in die Oberleitung gestürzt war.

"So etwas habe ich in 30 Dienstjahren nicht erlebt", sagte Kreisbrandmeister Uwe Brandhorst. Das Gewitter zog zwischen 16 und 18 Uhr durch.

Der Wetterdienst warnt für Dienstag vor neuen Gewittern, allerdings ohne großen Hagel.

In Kleverhausen deckte der Sturm das Dach der Sporthalle am Lindenweg teilweise ab. Die Stadt sperrte die Halle bis auf Weiteres; rund 40 Helfer des Technischen Hilfswerks sicherten am Sonntag Dächer im Stadtgebiet.`,
		"vx9de2.txt": `de|Hagel so groß wie Hühnereier

Kleverhausen/Ravensloot – Nach dem Unwetter vom Samstag haben am Sonntag in Kleverhausen und im benachbarten Ravensloot die Aufräumarbeiten begonnen.

Hagelkörner von bis zu sechs Zentimetern hatten am Samstagnachmittag Dachziegel zertrümmert und Gewächshäuser zerstört. In Ravensloot fielen binnen einer Stunde 38 Liter Regen pro Quadratmeter, die Böen erreichten 95 Stundenkilometer.

Die niederländischen Versicherer schätzen den Schaden dort auf 40 Millionen Euro; für die deutsche Seite gibt es noch keine Zahl. Ein Sprecher des Autohauses Brinkmann in Kleverhausen sagte, 250 Neuwagen auf dem Hof seien beschädigt.

Im Kreis Kleverhausen zählte die Feuerwehr rund 600 Einsätze, sieben Menschen erlitten leichte Verletzungen. Jenseits der Grenze wurden 23 Leichtverletzte gemeldet.

Züge zwischen beiden Städten fielen drei Stunden lang aus. Inzwischen rollt der Verkehr wieder.

In der niederländischen Stadt zerstörte der Hagel unter anderem eine zwei Hektar große Gärtnerei. Dort gingen mehr als 1400 Schadensmeldungen ein. Bürgermeisterin Sandra Wiegerinck dankte den Hunderten Freiwilligen.`,
	}, nil},
	{"vercennes-tram-t3", map[string]string{
		"vx10fr.txt": `fr|Vercennes inaugure sa troisième ligne de tramway

La ligne T3 du tramway de Vercennes a été inaugurée samedi matin en présence de plusieurs milliers d'habitants. Le voyage est gratuit tout le week-end.

Longue de 11,4 kilomètres, la ligne compte 21 stations et relie la gare à l'Université de Vercennes-Est en 28 minutes. Aux heures de pointe, une rame passera toutes les six minutes.

Le chantier, qui a duré trois ans, a coûté 385 millions d'euros, dont 60 millions apportés par l'État. La métropole attend 42 000 voyageurs par jour.

« Ce tramway, c'est la fin de l'isolement des quartiers de l'est », a déclaré la maire, Claire Dambreville, 46 ans. Les commerçants de l'avenue Jean-Moulinot, qui ont souffert des travaux, ont reçu 4,2 millions d'euros d'indemnités.

Les 24 rames ont été fabriquées en Italie par Ferrotranvie Lombarde. Une quatrième ligne, vers l'aéroport, est prévue pour 2041.

Les travaux avaient commencé en juin 2034. Pour fêter l'ouverture, un concert gratuit est donné samedi soir place de la République, où 15 000 personnes sont attendues.`,
		"vx10fr2.txt": `fr|Tram T3 : premiers voyages et quelques grincements de dents

Samedi, les premiers voyageurs ont découvert la ligne T3 du tram de Vercennes. Au terminus de l'université, la file d'attente s'étirait sur une centaine de mètres dès 10 heures.

« Je mettais 50 minutes en bus pour aller en cours, maintenant 28 », se réjouit Inès, étudiante en droit. La ligne de 11,4 km dessert 21 stations depuis la gare.

Tout le monde n'est pas conquis. L'association des riverains de la rue des Tanneurs dénonce le bruit des rames et la suppression de 380 places de stationnement. « Nous avons écrit quatre fois à la mairie », explique son président, Bernard Lhuillier, 71 ans.

La maire, Claire Dambreville, promet des mesures acoustiques d'ici à l'automne. Le projet a coûté 385 millions d'euros.

Les trams circulent gratuitement jusqu'à dimanche soir. À partir de lundi, le ticket coûtera 1,80 euro.

Les commerçants de l'avenue Jean-Moulinot, eux, espèrent retrouver leurs clients après trois ans de chantier. Selon la métropole, 42 000 voyageurs devraient emprunter la ligne chaque jour.`,
		"vx10it.txt": `it|I tram della Ferrotranvie Lombarde entrano in servizio in Francia

Sono entrati in servizio sabato i 24 tram costruiti dalla Ferrotranvie Lombarde di Cassolago per la nuova linea T3 di Vercennes, in Francia.

Ogni convoglio è lungo 43 metri e può trasportare fino a 290 passeggeri. La commessa, vinta nel 2034, vale 96 milioni di euro e ha dato lavoro a circa 300 persone nello stabilimento lombardo.

La linea, lunga 11,4 chilometri con 21 fermate, collega la stazione ferroviaria al campus universitario in 28 minuti. Il costo complessivo dell'opera è di 385 milioni di euro.

"È la nostra prima grande commessa oltralpe", ha detto l'amministratore delegato Fabrizio Oldrini, 53 anni, presente all'inaugurazione accanto alla sindaca Claire Dambreville.

Secondo le previsioni la linea trasporterà 42.000 passeggeri al giorno. L'azienda punta ora alla gara per la quarta linea, verso l'aeroporto, prevista per il 2041.

Il primo tram è partito alle 6 di sabato mattina dalla stazione. Per tutto il fine settimana il viaggio è gratuito; da lunedì il biglietto costerà 1,80 euro.`,
		"vx10en.txt": `en|French city of Vercennes opens third tram line

Vercennes opened its third tram line on Saturday, with free rides all weekend for residents curious to try the 11.4km route from the main station to the eastern university campus.

The T3 line has 21 stops and a journey from end to end takes 28 minutes. Trams will run every six minutes at peak times, and the city expects 42,000 passengers a day.

The project took three years to build and cost €385 million. Its 24 trams were made by the Italian firm Ferrotranvie Lombarde.

Mayor Claire Dambreville, 46, said the line would "end the isolation of the eastern districts". Not everyone is pleased: residents of rue des Tanneurs complain of noise and of losing 380 parking spaces.

A single ticket will cost €1.80 from Monday. A fourth line, to the airport, is planned for 2041.

The city has paid €4.2 million in compensation to shopkeepers on avenue Jean-Moulinot, whose trade suffered during the works. The state contributed €60 million to the cost.`,
	}, nil},
}
