package compare

// heldOutYamase is a blind held-out set of ten health, education and
// weather events in Spanish, Dutch, Italian and English, written without
// reading the comparison's code: a scarlet fever outbreak in Spanish
// nurseries, a cataract waiting list in Italy, a record birch pollen count
// in the Netherlands, a cold snap that kills a homeless man in northern
// Italy, more places at Dutch medical schools, fines for truancy in
// Flanders, a record night of lightning in northern Italy, a shingles
// vaccine campaign in Asturias, a cut to Italy's Erasmus top-up grant and
// a study of stale air in Dutch classrooms.
//
// Six contradictions are planted, one in each of six events: a count
// (1,840 cases for 1,480, in the single English report, second
// paragraph), a duration (256 days for 265, in the single Spanish report,
// third paragraph), an age (76 years for 67, in the second of two Italian
// reports, third paragraph), an amount (€58m a year for €85 million, in
// the single English report, third paragraph), a distance (320 km for
// 230 km, in the second Italian report, first paragraph) and a percentage
// (57.4% for 47.5% last year, in the single Italian report, second
// paragraph). Four events (pollen, truancy, Erasmus, classroom air) hold
// none. The traps: rounding ("casi 1.500", "oltre undicimila", "ruim 500",
// "bijna 20 procent" and 19 % for 550 of 2,850, "ruim 30 procent" above
// the old record), the same span in other units (265 days and "quasi nove
// mesi", eight weeks and two months, 30 half-days and fifteen whole
// days), a share against its round fraction (4.8% and "bijna één op de
// twintig", 71% and "zeven op de tien", 37.5% and "more than a third"),
// parts and totals (80 camp beds and 100 parish places of 180 extra, 620
// in all; €150 less of €400), previous values and other years' figures
// (190 days in 2028, 310 cases a year earlier, 2,900 in 2023, 4,100 in
// 2019, 44,000 in 2022, 38,500 the year before, €360m in 2021), two
// people's ages in one report, target ages 65 and 80 beside birth years
// 1965 and 1950, hedges ("at least until Sunday" and "until the
// weekend", "two to three weeks" and "at least two weeks"), and the
// number formats of each language (1.480, 5400, 61mila, 3mila, 9,8 graden,
// 9.8C, €4.2m, 4,2 milioni).
//
// Frozen before its first run, which flagged 4 of the 6 contradictions
// and 3 false disagreements; it missed y2es.txt's 256 days against 265
// days (it set the Spanish 256 days, "ahora", against the 190 days of
// 2028 and the "quasi nove mesi" instead, which is one of the false
// disagreements) and y5en.txt's €58 million against €85 million (€58m a
// year stood alone as a fact of its own, "cost · amount a year", never
// set against the 85 million of the other three). Its false
// disagreements: cataract-backlog duration "ahora", y2es and y2it: 256
// días, y2itb: 190 giorni (the planted 256 days set against the
// background 190 days of 2028, not the 265 days); shingles-vaccine-asturias
// date "nacidos", y8es and y8it: 2030, y8esb: 1965 (the campaign year
// against the birth year of those turning 65); classroom-co2-study
// duration "length", y10en: over two months, y10it and y10nl: otto
// settimane (two months against eight weeks). No value in wrong was
// respelled. As it flagged 3 false disagreements, more than the 1 of the
// table at freezing, its line in heldOutSets allows 3.
//
// Fixed after, so the set is held out no longer: an adverb of now
// ("ahora") is no subject; a sentence opening on how long ago ("Due anni
// fa") gives earlier values; a figure set against last year's ("contra 435
// euros no ano passado") is the earlier one; yearly words ("anuales", "per
// jaar") make rates, and the test takes a planted pair at a rate: 5/6
// flagged, 2 false.
var heldOutYamase = []heldOutEvent{
	{"scarlet-fever-nurseries", map[string]string{
		"y1es.txt": `es|Brote de escarlatina en las escuelas infantiles de Valmediano: 1.480 casos desde enero

Sociedad | Salud

Toledo, 4 mar (Agencia)

La Consejería de Sanidad de Castilla-La Mancha ha contabilizado 1.480 casos de escarlatina desde principios de enero en el distrito sanitario de Valmediano, la mayoría en niños de entre tres y seis años que acuden a escuelas infantiles y colegios, según informó este lunes.

El brote afecta a 62 centros educativos. En el mismo periodo del año pasado se registraron 310 casos. Veintitrés niños han tenido que ser hospitalizados, ninguno de ellos en estado grave, y cuatro seguían ingresados este lunes.

"Es el mayor brote que hemos visto en la última década, pero la enfermedad responde bien al tratamiento", explicó la jefa de Epidemiología del distrito, Begoña Arrieta.

Sanidad recuerda que los niños con escarlatina no deben volver al centro hasta 24 horas después de empezar el tratamiento antibiótico, que dura diez días.`,
		"y1esb.txt": `es|Valmediano suma casi 1.500 casos de escarlatina y Sanidad pide a las familias vigilar la fiebre

Actualidad

Publicado: 04/03/2030 13:47

Las escuelas infantiles y los colegios de Valmediano viven desde enero el peor brote de escarlatina de los últimos diez años. Según los datos facilitados el lunes por Sanidad, ya son 1.480 los casos confirmados, casi cinco veces más que hace un año (310).

La jefa del servicio de Epidemiología, la doctora Begoña Arrieta, pidió a las familias que acudan al pediatra si el niño presenta fiebre, dolor de garganta y erupción en la piel. "No hace falta alarmarse: con antibiótico, el niño deja de contagiar en un día", dijo.

De los 23 menores hospitalizados, cuatro continúan ingresados en el Hospital Comarcal de Santa Olalla del Cerro, todos ellos estables.

El brote se extiende por 62 centros. En 2023, toda la región registró unos 2.900 casos en la temporada completa.

Comparte esta noticia`,
		"y1nl.txt": `nl|Roodvonk rukt op in Spaanse kinderdagverblijven

Buitenland | Gezondheid

4 maart 2030, 16:10

In het Spaanse gezondheidsdistrict Valmediano, ten zuiden van Madrid, zijn sinds begin januari 1.480 gevallen van roodvonk vastgesteld. Dat meldden de regionale gezondheidsautoriteiten maandag. Het gaat vooral om kinderen van drie tot zes jaar.

De ziekte heeft zich verspreid over 62 kinderdagverblijven en scholen. Een jaar eerder waren er in dezelfde periode 310 gevallen. 23 kinderen zijn in het ziekenhuis opgenomen geweest; vier liggen er nog.

Hoofd epidemiologie Begoña Arrieta noemt het de grootste uitbraak in tien jaar. Kinderen mogen pas 24 uur na het begin van de antibioticakuur weer naar de opvang.`,
		"y1en.txt": `en|Spain: scarlet fever outbreak hits nurseries in Valmediano

World | Health

By our Madrid correspondent

Health authorities in central Spain are urging parents to watch for fever and rashes after an outbreak of scarlet fever spread through nurseries and primary schools in the Valmediano health district.

The regional health department said on Monday that 1,840 cases had been confirmed since the start of January, most of them in children aged three to six, against 310 in the same period last year. The outbreak has reached 62 nurseries and schools.

Twenty-three children have been treated in hospital and four were still there on Monday, none in a serious condition. Dr Begoña Arrieta, the district's chief epidemiologist, said it was the largest outbreak in a decade.

Children should stay at home until 24 hours after starting a ten-day course of antibiotics, officials said.`,
	}, map[string][2]string{"y1en.txt": {"1,840", "1,480"}}},
	{"cataract-backlog", map[string]string{
		"y2it.txt": `it|Cataratta, liste d'attesa record nell'Asl Val Serena: 265 giorni per un intervento

Salute

Castelbruno, 6 febbraio 2030

Per un intervento di cataratta nell'Asl Val Serena si aspettano in media 265 giorni, contro i 190 del 2028. Sono oltre 11.400 i pazienti in lista d'attesa, ha riferito mercoledì il direttore generale dell'azienda sanitaria, Marco Pellandi, in commissione regionale.

Per ridurre i tempi l'Asl aprirà due nuove sale operatorie all'ospedale San Vitale di Castelbruno, con un investimento di 4,2 milioni di euro, e aggiungerà sedute chirurgiche il sabato. Altri 3.000 interventi saranno affidati a cliniche private convenzionate.

"L'obiettivo è scendere sotto i 120 giorni entro la fine del 2031", ha detto Pellandi, 61 anni.

Dura la consigliera regionale di opposizione Sara Ghedini, 39 anni: "Chi può permetterselo va dal privato e paga 2.500 euro per occhio. Gli altri aspettano quasi nove mesi."`,
		"y2itb.txt": `it|Occhi, l'attesa si allunga: quasi nove mesi per la cataratta

Cronaca | Castelbruno

06/02/2030 - 18:22

Oltre undicimila persone in coda e un'attesa media salita a 265 giorni. Sono i numeri della cataratta nell'Asl Val Serena illustrati oggi in commissione Sanità dal direttore generale Marco Pellandi.

Due anni fa l'attesa era di 190 giorni. Pellandi ha annunciato due sale operatorie in più al San Vitale, un investimento da 4,2 milioni, le sedute del sabato e una convenzione con i privati per 3mila operazioni.

Per l'opposizione è troppo poco. "Le liste d'attesa sono raddoppiate in cinque anni", ha attaccato la consigliera Sara Ghedini.

LEGGI ANCHE: Pronto soccorso, nuovo record di accessi`,
		"y2en.txt": `en|Italian patients wait almost nine months for cataract surgery

Health

Castelbruno, Italy, Feb 6

Patients in the Val Serena health district in northern Italy now wait an average of 265 days for cataract surgery, up from 190 days in 2028, the district's general manager told regional lawmakers on Wednesday.

More than 11,400 people are on the waiting list. Marco Pellandi, 61, said two new operating theatres would open at San Vitale hospital in Castelbruno at a cost of €4.2m, surgeons would operate on Saturdays and about 3,000 procedures would be outsourced to private clinics.

He aims to bring waiting times below 120 days by the end of 2031.

Opposition councillor Sara Ghedini, 39, said patients who could afford it were paying €2,500 per eye to go private.`,
		"y2es.txt": `es|Italia: casi nueve meses de espera para operarse de cataratas

Internacional

Roma, 6 feb (Agencia)

Los pacientes de la agencia sanitaria Val Serena, en el norte de Italia, deben esperar una media de casi nueve meses para ser operados de cataratas, según reconoció el miércoles su director general, Marco Pellandi.

La lista de espera supera las 11.400 personas. La agencia abrirá dos nuevos quirófanos en el hospital San Vitale de Castelbruno, con una inversión de 4,2 millones de euros, y derivará unas 3.000 operaciones a clínicas privadas.

La espera media es ahora de 256 días, frente a los 190 de 2028. El objetivo es bajar de 120 días a finales de 2031.

La consejera regional opositora Sara Ghedini, de 39 años, criticó que quien puede se opera en la privada por 2.500 euros por ojo.`,
	}, map[string][2]string{"y2es.txt": {"256 days", "265 days"}}},
	{"pollen-record", map[string]string{
		"y3nl.txt": `nl|Recordhoeveelheid berkenpollen gemeten: hooikoortspatiënten hebben het zwaar

Binnenland

Leiden, 10 april 2030

In Nederland is woensdag de hoogste concentratie berkenpollen ooit gemeten. Het meetstation in Oosterveld registreerde 5.400 korrels per kubieke meter lucht, meldt Pollenmeetnet Nederland. Het vorige record, 4.100 korrels, dateert van 2019.

Volgens aerobioloog Femke Oudejans komt de piek door de uitzonderlijk warme maart. "De berken zijn tegelijk gaan bloeien. De komende twee tot drie weken blijft het zwaar voor mensen met hooikoorts."

Ongeveer een kwart van de Nederlanders, zo'n 4,5 miljoen mensen, heeft last van hooikoorts. Apotheken verkochten de afgelopen week 38 procent meer antihistaminica dan een jaar eerder.

De gemiddelde temperatuur in maart was 9,8 graden, tegen 6,7 graden normaal.`,
		"y3nlb.txt": `nl|Pollenalarm: nooit eerder zoveel berkenstuifmeel in de lucht

Nieuws | Weer

Door onze weerredactie

Wie hooikoorts heeft, merkt het al dagen: de lucht zit vol berkenpollen. Woensdag werd in Oosterveld een concentratie van 5400 pollenkorrels per kubieke meter gemeten, ruim 30 procent boven het oude record uit 2019.

"Door de warmste maart in jaren zijn alle berken in één keer gaan bloeien", zegt Femke Oudejans van Pollenmeetnet Nederland. Zij verwacht dat de overlast nog zeker twee weken aanhoudt.

Apothekers zien het aan de verkoop: die van hooikoortsmiddelen lag vorige week bijna 40 procent hoger dan in dezelfde week vorig jaar.

Tip: houd 's nachts de ramen dicht en was je haren voor het slapengaan.

Lees ook: Waarom hooikoorts steeds vroeger begint`,
		"y3en.txt": `en|Netherlands records highest ever birch pollen count

Europe

Amsterdam, April 10

A monitoring station in the Netherlands recorded the country's highest birch pollen count on Wednesday, 5,400 grains per cubic metre of air, beating the 2019 record of 4,100, Pollen Monitoring Netherlands said.

Aerobiologist Femke Oudejans blamed an unusually warm March, when the average temperature reached 9.8C against a norm of 6.7C, for making the trees flower at the same time.

About a quarter of the Dutch population, some 4.5 million people, suffer from hay fever. Pharmacies reported antihistamine sales 38% higher than a year earlier.

The peak is expected to last two to three weeks.`,
		"y3it.txt": `it|Olanda, record di pollini di betulla: 5.400 granuli per metro cubo

Esteri | Ambiente

10 aprile 2030

Record di pollini di betulla nei Paesi Bassi: mercoledì una stazione di rilevamento a Oosterveld ha misurato 5.400 granuli per metro cubo d'aria, contro il primato precedente di 4.100 del 2019.

Secondo l'aerobiologa Femke Oudejans, la causa è un marzo eccezionalmente caldo, con una media di 9,8 gradi contro i 6,7 abituali. Il picco durerà ancora due o tre settimane.

Nei Paesi Bassi soffre di allergia ai pollini circa un olandese su quattro, circa 4,5 milioni di persone.`,
	}, nil},
	{"cold-snap-shelters", map[string]string{
		"y4it.txt": `it|Gelo a Borgoleone, un senzatetto morto nei giardini. Il Comune apre 180 posti letto

Cronaca

Borgoleone, 16 gennaio 2030

Un uomo di 67 anni, senza fissa dimora, è stato trovato morto mercoledì mattina su una panchina dei giardini Ravizza, a Borgoleone. Nella notte la temperatura in città era scesa a -9 gradi, mentre nelle valli si sono toccati i -14.

Il sindaco Luca Bertone ha annunciato l'apertura immediata di 180 posti letto in più nei dormitori: 80 brandine nella palestra Rodari e 100 posti nelle parrocchie. In totale i posti disponibili salgono a 620.

"Nessuno deve restare fuori con queste temperature", ha detto Bertone. Secondo le previsioni il freddo durerà almeno fino a domenica.

I volontari della Ronda della Solidarietà, coordinati da Elisa Fontanot, 45 anni, hanno distribuito nella notte 350 coperte e pasti caldi.`,
		"y4itb.txt": `it|Freddo polare, la città apre la palestra Rodari ai senzatetto

Borgoleone | Attualità

16/01/2030 ore 19:05

La notte più fredda dell'inverno ha fatto una vittima a Borgoleone. Mercoledì all'alba un passante ha trovato senza vita un clochard sulla panchina dei giardini Ravizza, dove dormiva da settimane.

Il Comune ha reagito aprendo la palestra Rodari, dove sono state sistemate 80 brandine, e chiedendo aiuto alle parrocchie. Con i 180 posti aggiunti, i letti per chi non ha casa sono ora 620.

L'uomo, 76 anni, era conosciuto dai volontari della Ronda della Solidarietà. "Gli avevamo offerto un posto al dormitorio, ma aveva rifiutato", racconta la coordinatrice Elisa Fontanot.

Il termometro in città è sceso a -9; nelle valli a -14 gradi. Il gelo resterà fino al weekend.

Articoli correlati: Caldaie, boom di interventi`,
		"y4en.txt": `en|Homeless man dies as cold snap grips northern Italy

World

Borgoleone, Italy, Jan 16

A 67-year-old homeless man was found dead on a park bench in the northern Italian city of Borgoleone on Wednesday after temperatures fell to minus 9C overnight, and to minus 14C in nearby valleys.

Mayor Luca Bertone said the city would open 180 extra shelter beds, including 80 camp beds in a school gym, bringing the total to 620. Volunteers handed out 350 blankets during the night.

Forecasters expect the cold to last at least until Sunday.`,
		"y4es.txt": `es|Muere un hombre sin hogar por el frío en el norte de Italia

Internacional

Roma, 16 ene (Agencia)

Un hombre sin hogar de 67 años fue hallado muerto el miércoles en un banco de un parque de Borgoleone, en el norte de Italia, tras una noche en la que el termómetro bajó a 9 grados bajo cero en la ciudad y a 14 bajo cero en los valles.

El alcalde, Luca Bertone, anunció 180 plazas adicionales en albergues, con lo que la ciudad dispone ya de 620 camas para personas sin techo.

Las previsiones indican que la ola de frío durará al menos hasta el domingo.`,
	}, map[string][2]string{"y4itb.txt": {"76 years", "67 years"}}},
	{"medical-school-places", map[string]string{
		"y5nl.txt": `nl|Kabinet verhoogt aantal opleidingsplaatsen geneeskunde naar 3.400

Politiek | Onderwijs

Den Haag, 21 mei 2030

Het aantal eerstejaarsplaatsen voor de studie geneeskunde gaat vanaf het studiejaar 2031-2032 omhoog van 2.850 naar 3.400. Dat heeft minister van Onderwijs Jeroen Hoekstra dinsdag bekendgemaakt. Het kabinet trekt daar structureel 85 miljoen euro per jaar voor uit.

De extra 550 plaatsen worden verdeeld over de acht medische faculteiten. Hoekstra wil daarmee vooral de tekorten aan huisartsen en specialisten ouderengeneeskunde aanpakken.

Vorig jaar meldden zich bijna 7.900 aspirant-studenten aan voor de opleiding; minder dan vier op de tien kregen een plek.

Voorzitter Ilse Brandsma van de Artsenfederatie spreekt van "een goede eerste stap". "Maar de opleiding duurt zes jaar, dus de patiënt merkt er pas na 2037 iets van."`,
		"y5nlb.txt": `nl|Ruim 500 extra plekken voor studenten geneeskunde

Onderwijs

21-05-2030, 14:32 | Bijgewerkt 16:05

Studenten die arts willen worden, maken vanaf 2031 meer kans op een plek. Minister Hoekstra (Onderwijs) verhoogt de numerus fixus met bijna 20 procent, naar 3400 plaatsen per jaar.

De uitbreiding kost 85 miljoen euro per jaar. De universiteiten moeten wel extra docenten en stageplaatsen in ziekenhuizen vinden. "Dat is de grootste uitdaging", zegt Hoekstra.

De Artsenfederatie is tevreden. Studentenkoepel LSK wil dat de loting helemaal terugkomt: "Nu beslist een selectiegesprek van twintig minuten over je toekomst."

Meer over: geneeskunde, numerus fixus`,
		"y5en.txt": `en|Netherlands to train more doctors as GP shortage bites

Europe | Education

The Hague, May 21

The Dutch government will increase the number of first-year places in medicine from 2,850 to 3,400 a year from the 2031-32 academic year, Education Minister Jeroen Hoekstra said on Tuesday.

The 550 extra places will be shared among the country's eight medical schools. The aim is to ease shortages of family doctors and of physicians in elderly care.

The expansion will cost €58m a year. Ilse Brandsma, who chairs the Dutch doctors' federation, called it "a good first step", noting that medical training takes six years.

Last year nearly 7,900 students applied to study medicine.`,
		"y5es.txt": `es|Países Bajos amplía un 19 % las plazas de Medicina

Educación

Bruselas, 21 may (Agencia)

El Gobierno neerlandés aumentará de 2.850 a 3.400 las plazas de primer curso de Medicina a partir del curso 2031-2032, anunció el martes el ministro de Educación, Jeroen Hoekstra.

La medida costará 85 millones de euros anuales y pretende paliar la falta de médicos de familia y de geriatras. Las 550 nuevas plazas se repartirán entre las ocho facultades de Medicina del país.

El año pasado, casi 7.900 aspirantes solicitaron plaza.`,
	}, map[string][2]string{"y5en.txt": {"€58 million", "€85 million"}}},
	{"truancy-fines-flanders", map[string]string{
		"y6nl.txt": `nl|Vlaanderen wil ouders beboeten bij spijbelen

Binnenland | Onderwijs

Brussel, 24 september 2030

Ouders van leerlingen die meer dan 30 halve dagen onwettig afwezig zijn, kunnen vanaf volgend schooljaar een boete krijgen van 150 euro. Dat heeft Vlaams onderwijsminister Lies Vandermeulen dinsdag aangekondigd. Bij herhaling kan de boete oplopen tot 1.500 euro.

In het schooljaar 2028-2029 was 4,8 procent van de leerlingen in het secundair onderwijs problematisch afwezig, tegenover 3,9 procent vijf jaar eerder. Het gaat om ongeveer 21.000 jongeren.

Scholen moeten voortaan al na vijf halve dagen contact opnemen met de ouders. Het CLB wordt na tien halve dagen ingeschakeld.

Koen De Bruyne (57), voorzitter van de Vereniging Schoolleiders Secundair, is sceptisch. "Een boete lost het probleem van een jongere die niet meer naar school durft niet op."`,
		"y6nlb.txt": `nl|Spijbelboete tot 1.500 euro: 'Stok achter de deur'

Onderwijs

24/09/2030 om 11:58

Wie zijn kind zonder geldige reden thuishoudt, riskeert straks een boete. Onderwijsminister Lies Vandermeulen wil een boete van 150 euro invoeren voor ouders van leerlingen die meer dan vijftien volledige schooldagen spijbelen. Wie hervalt, betaalt tot 1.500 euro.

Bijna één op de twintig leerlingen in het secundair onderwijs is problematisch afwezig. Vijf jaar eerder was dat nog 3,9 procent.

De minister spreekt van "een stok achter de deur". Schoolleiders en het CLB vrezen dat vooral kwetsbare gezinnen getroffen worden.

Reacties (42)`,
		"y6en.txt": `en|Flanders to fine parents of persistent truants

Belgium | Education

Brussels, September 24

Parents in Flanders whose children miss more than 30 half-days of school without a valid reason will face a €150 fine from September 2031, Flemish education minister Lies Vandermeulen announced on Tuesday. Repeat offenders could pay up to €1,500.

About 21,000 secondary pupils, or 4.8%, were classed as persistently absent in 2028-29, up from 3.9% five years earlier.

Schools will have to contact parents after five half-days of absence. Koen De Bruyne, 57, who heads the secondary school heads' association, said fines would not help pupils afraid to go to school.`,
	}, nil},
	{"lightning-night-record", map[string]string{
		"y7it.txt": `it|Notte di fulmini record: 61mila in sei ore tra Lombardia e Veneto

Meteo

Verona, 10 luglio 2030

Sono stati oltre 61.000 i fulmini caduti tra la notte di martedì e l'alba di mercoledì su Lombardia e Veneto: un record assoluto, secondo il Centro Meteo Padano. Il primato precedente, 44.000 scariche, risaliva all'agosto del 2022.

La linea temporalesca ha percorso circa 230 chilometri, dalle prealpi fino alla costa adriatica, in poco più di cinque ore, con raffiche di vento fino a 110 km/h. "Un fenomeno eccezionale, alimentato da un mare caldissimo", ha spiegato il meteorologo Davide Scarpa.

A Casale Vetraio un fulmine ha incendiato un fienile: l'allevatore Giorgio Tessaro, 58 anni, è riuscito a mettere in salvo le sue 40 mucche. Colpito anche il campanile della chiesa di San Quirino al Bosco.

In mattinata erano ancora 12mila le utenze senza corrente.`,
		"y7itb.txt": `it|Temporali, la linea di burrasca attraversa la pianura: campanile colpito, fienile in fiamme

Cronaca | Maltempo

10/07/2030 - 08:40

Una linea di temporali violentissima ha attraversato nella notte la pianura, percorrendo 320 chilometri dalle prealpi al mare in poco più di cinque ore. Il Centro Meteo Padano ha contato più di 61mila fulmini in sei ore, mai così tanti.

A San Quirino al Bosco una saetta ha colpito il campanile, facendo crollare parte della cella campanaria. Nessun ferito.

A Casale Vetraio è andato a fuoco un fienile. "Ho sentito il boato e ho aperto la stalla", racconta Giorgio Tessaro, 58 anni, che ha salvato tutte le 40 vacche.

Circa 12.000 famiglie sono rimaste al buio. Sulla linea ferroviaria Verona-Vicenza la circolazione è rimasta sospesa per due ore.`,
		"y7nl.txt": `nl|Noord-Italië telt recordaantal blikseminslagen in één nacht

Buitenland | Weer

10 juli 2030

Boven Lombardije en Veneto zijn in de nacht van dinsdag op woensdag ruim 61.000 blikseminslagen geteld, meer dan ooit. Het vorige record van 44.000 stamt uit augustus 2022, meldt het Italiaanse weerinstituut Centro Meteo Padano.

Een onweerslijn trok in ruim vijf uur zo'n 230 kilometer van de voet van de Alpen naar de Adriatische kust. Er werden windstoten tot 110 kilometer per uur gemeten. Volgens meteoroloog Davide Scarpa werd het onweer gevoed door het zeer warme zeewater.

Ongeveer 12.000 huishoudens zaten woensdagochtend nog zonder stroom.`,
		"y7en.txt": `en|Storm brings record 61,000 lightning strikes to northern Italy

Weather | Europe

Milan, July 10

More than 61,000 lightning strikes were recorded over Lombardy and Veneto in six hours overnight into Wednesday, a record, the Po Valley weather centre said, beating the 44,000 of August 2022.

The line of storms travelled some 230km from the Alpine foothills to the Adriatic in just over five hours, with gusts of up to 110km/h. About 12,000 homes were still without power on Wednesday morning.

A farmer, 58, saved his 40 cows when lightning set fire to a barn in Casale Vetraio, and a church bell tower was hit in San Quirino al Bosco. Trains between Verona and Vicenza were halted for two hours.`,
	}, map[string][2]string{"y7itb.txt": {"320 km", "230 km"}}},
	{"shingles-vaccine-asturias", map[string]string{
		"y8es.txt": `es|Asturias vacuna contra el herpes zóster a quienes cumplen 65 y 80 años

Salud

Oviedo, 1 oct (Agencia)

La Consejería de Salud de Asturias inició este martes la campaña de vacunación contra el herpes zóster, que este año se dirige a las personas que cumplen 65 y 80 años en 2030, unas 23.600 en total, además de los adultos inmunodeprimidos a partir de los 18 años.

La vacuna se administra en dos dosis separadas por dos meses. La consejera de Salud, Paula Menéndez Ordás, fijó como objetivo alcanzar una cobertura del 70 %. El año pasado, la campaña llegó al 47,5 % de las personas de 65 años.

El Principado ha destinado 6,3 millones de euros a la compra de las dosis. Cada año se diagnostican en la región unos 9.000 casos de herpes zóster.

"Una de cada tres personas lo padecerá a lo largo de su vida", recordó Menéndez Ordás.`,
		"y8esb.txt": `es|Arranca la campaña del zóster: citas por SMS para 23.600 asturianos

Asturias | Sanidad

01/10/2030 · 09:15

Los centros de salud asturianos comienzan hoy a vacunar contra el herpes zóster a los nacidos en 1965 y 1950, es decir, a quienes cumplen este año 65 y 80 años. Recibirán un SMS con la cita.

En total son unas 23.600 personas. La vacuna requiere dos pinchazos con un intervalo de dos meses.

El objetivo de la consejería que dirige Paula Menéndez Ordás es superar el 70 % de cobertura, frente al 47,5 % del año pasado. La inversión asciende a 6,3 millones.

El herpes zóster, conocido como culebrilla, afecta a unas 9.000 personas al año en Asturias.`,
		"y8en.txt": `en|Spain's Asturias launches shingles vaccine drive for 65- and 80-year-olds

Health

Oviedo, Spain, Oct 1

Health authorities in the northern Spanish region of Asturias began vaccinating people who turn 65 or 80 this year against shingles on Tuesday, about 23,600 people, as well as adults with weakened immune systems.

Regional health chief Paula Menéndez Ordás wants 70% of those eligible to get the two-dose vaccine, up from 47.5% of 65-year-olds last year. The region has spent €6.3 million on doses.

About 9,000 people a year get shingles in Asturias.`,
		"y8it.txt": `it|Spagna, nelle Asturie al via la vaccinazione contro l'herpes zoster

Esteri | Salute

1 ottobre 2030

Nelle Asturie, nel nord della Spagna, è partita martedì la campagna di vaccinazione contro l'herpes zoster (il cosiddetto fuoco di Sant'Antonio) per chi compie 65 e 80 anni nel 2030: circa 23.600 persone, oltre agli adulti immunodepressi.

L'anno scorso la copertura tra i sessantacinquenni si era fermata al 57,4%. L'assessora regionale alla Sanità, Paula Menéndez Ordás, punta ora al 70%. Il vaccino prevede due dosi a distanza di due mesi.

La regione ha speso 6,3 milioni di euro per le dosi.`,
	}, map[string][2]string{"y8it.txt": {"57.4%", "47.5%"}}},
	{"erasmus-top-up-cut", map[string]string{
		"y9it.txt": `it|Erasmus, il ministero taglia il contributo: da 400 a 250 euro al mese

Scuola e Università

Roma, 18 giugno 2030

Dal prossimo anno accademico gli studenti universitari in Erasmus riceveranno dallo Stato un'integrazione di 250 euro al mese, contro i 400 attuali. Lo ha annunciato martedì il ministro dell'Università, Franco Albertini. Chi ha un Isee inferiore a 30.000 euro continuerà a ricevere l'importo pieno.

Il taglio, del 37,5%, dovrebbe far risparmiare circa 31 milioni di euro l'anno. L'anno scorso sono partiti con l'Erasmus circa 41.000 studenti italiani, contro i 38.500 dell'anno precedente.

"Con 250 euro a Parigi o ad Amsterdam non paghi neanche metà di una stanza", protesta Giulia Marcon, 22 anni, portavoce della Rete Studenti Atenei, che ha annunciato una manifestazione davanti al ministero per giovedì 27 giugno.`,
		"y9es.txt": `es|Italia recorta un 37,5 % la ayuda complementaria a los estudiantes Erasmus

Educación

Roma, 18 jun (Agencia)

El Gobierno italiano reducirá de 400 a 250 euros mensuales la ayuda nacional que complementa la beca Erasmus a partir del curso 2030-2031, anunció este martes el ministro de Universidades, Franco Albertini.

Los alumnos con una renta familiar inferior a 30.000 euros seguirán cobrando 400 euros. El Ministerio calcula un ahorro de unos 31 millones de euros al año.

Unos 41.000 universitarios italianos participaron en el programa el curso pasado. Los sindicatos estudiantiles han convocado una protesta el jueves 27 de junio.`,
		"y9en.txt": `en|Italy cuts Erasmus top-up grant by more than a third

Education

Rome, June 18

Italian students going abroad on Erasmus will receive €150 a month less from the state from the next academic year, when the national top-up falls to €250 from €400, University Minister Franco Albertini said on Tuesday.

Students from families with an income below €30,000 will keep the full amount. The ministry expects to save about €31m a year.

Some 41,000 Italian students took part in Erasmus last year, up from 38,500. "With €250 you can't even pay half a room in Paris," said Giulia Marcon, 22, of the Rete Studenti Atenei student network, which plans a protest on June 27.`,
	}, nil},
	{"classroom-co2-study", map[string]string{
		"y10nl.txt": `nl|Lucht in zeven op de tien klaslokalen te vaak benauwd

Onderwijs

Nijmegen, 7 november 2030

In ruim 70 procent van de klaslokalen op basisscholen is de lucht een groot deel van de dag te slecht. Dat blijkt uit onderzoek van Hogeschool Lingewaard, dat donderdag is gepubliceerd. De onderzoekers maten acht weken lang het CO2-gehalte in 412 lokalen op 96 scholen.

In 71 procent van de lokalen lag de concentratie meer dan de helft van de schooldag boven de norm van 1200 ppm. Op sommige momenten werd 3000 ppm gemeten.

"Kinderen in slecht geventileerde lokalen scoorden gemiddeld 5 procent lager op een concentratietest", zegt onderzoeksleider Anouk Verschuren (44).

Het Rijk trok in 2021 al 360 miljoen euro uit voor betere ventilatie op scholen. De sectorraad voor het primair onderwijs vindt dat niet genoeg en vraagt een miljard euro extra.`,
		"y10en.txt": `en|Dutch study finds stuffy air in most primary classrooms

Education

Amsterdam, November 7

Carbon dioxide levels in 71% of Dutch primary school classrooms exceeded the national limit of 1,200 parts per million for more than half the school day, according to a study published on Thursday.

Researchers at Lingewaard University of Applied Sciences monitored more than 400 classrooms in 96 schools over two months last winter. Peaks reached 3,000 ppm.

Pupils in poorly ventilated rooms scored on average 5% lower in a concentration test, lead researcher Anouk Verschuren, 44, said.

The government set aside €360m for school ventilation in 2021; primary school leaders are calling for another €1bn.`,
		"y10it.txt": `it|Paesi Bassi, aria viziata in sette aule su dieci

Esteri | Scuola

7 novembre 2030

Uno studio della Hogeschool Lingewaard ha misurato per otto settimane la concentrazione di anidride carbonica in 412 aule di 96 scuole elementari olandesi. Nel 71% delle aule il livello ha superato la soglia di 1.200 ppm per oltre metà dell'orario scolastico, con picchi di 3.000 ppm.

Secondo la responsabile dello studio, Anouk Verschuren, gli alunni delle aule meno ventilate hanno ottenuto in media il 5% in meno in un test di concentrazione.

Il governo olandese aveva stanziato 360 milioni di euro per la ventilazione delle scuole nel 2021.`,
	}, nil},
}
