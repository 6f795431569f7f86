package compare

// heldOutGregale is the sixtieth blind held-out set, written without
// reading the comparison code: ten events of a mixed national and regional
// feed in Italian, Spanish, Dutch and English (a Dutch paraglider stuck on
// an Alpine ledge, a fire in a Flemish abbey church, a Spanish bank's
// results, an Italian water polo final, a dune fire in North Holland, a
// tram derailment in Turin, an Italian early-retirement reform, a new
// airport terminal in Almería, a cruise ship floated out at a Dutch yard,
// an Umbrian palio).
//
// Six events hold one planted contradiction each, none in a first
// paragraph and all six in the report whose language is alone in its
// event:
// an age (the Dutch report makes the paraglider 47, not 41, in its second
// paragraph), a percentage (the Italian report has the bank's profit up
// 4.8%, not 8.4%, in its second paragraph), a count (the Spanish report
// has 530 campers evacuated, not 350, in its second paragraph), a weekday
// (the Dutch report puts the derailment on Thursday, not Tuesday, in its
// second paragraph), an amount (the Dutch report has the terminal cost
// €358 million, not €385 million, in its third paragraph) and a year (the
// Spanish report has the district's last palio win in 1978, not 1987, in
// its last paragraph).
//
// The traps that must not be flagged: rounding (2.300 against 2.350 m,
// over 4.000 against 4,200 spectators, more than a hundred against about
// 120 firefighters, almost 200 against 196 m, over 400 against €410
// million), feet beside metres, two or three ages in one report (41 and
// 38, 34 and 91, 56, 33 and 29, 68 and 44, 64 and 62 as retirement ages
// and 67 as the standard one) and other people's ages elsewhere (52, 62,
// 49, 61, 58, 67, a mare of 8), parts and totals (35 of 40
// paintings and five lost, 35 of 620 branches, 380 passengers and 260 crew
// and 640 in all, 18 of 46 gates, a score of 12-10 beside its quarters and
// a series of 2-1), previous values (from 3.4% to 2.9% and "half a point",
// €565m before €612m, 8 before 12 million passengers, 62 before 64),
// background years and figures (12 paragliding accidents in 2029, the dune
// fire of 2012 and its 220 hectares, 1976, 1952, 1872, 2011, 2014, Spain's
// 67 and 65 years and 38 years and six months), 0,21 euros against 21
// cents, 30 months against two and a half years, the dates of a dateline
// against the weekday of the event, a delivery in spring against a
// service start in summer, and a word for a number (dodici anni,
// Quarantaquattro, 44-year wait, una veintena, zestig).
//
// Frozen before its first run, which flagged 5 of the 6 contradictions and
// 3 false disagreements. It missed the Dutch report's Thursday against
// Tuesday in the tram derailment: the Dutch weekday ("donderdagochtend",
// with "gebeurde") stood as a fact of its own, apart from the Italian and
// English Tuesday. The false ones: in the pension reform, the Emilia-Romagna
// report's 1,900 workers who used Quota 103 in the region set against the
// 18,000 expected to use Quota 105 in the whole country (count
// "lavoratori"); in the ship float-out, the Italian owner's 1,100 employees
// set against the Dutch yard's 1,450 people (count "dipendenti"), and the
// owner's four ships set against the yard's two sister ships on order
// (count "navi"). No value in wrong was respelled. As the run flagged 3
// false disagreements, the set's line in heldOutSets allows 3, not 1.
//
// Fixed after, in a later stop: rival counts must be within three times
// each other or a zero apart, which clears the region's 1,900 workers
// against the nation's 18,000.
var heldOutGregale = []heldOutEvent{
	{"paraglider-rescue", map[string]string{
		"p1it.txt": `it|Parapendista olandese resta appeso a una cengia a 2.350 metri: salvato dopo quattro ore

Trentino | Cronaca

di Redazione, 14 luglio 2030 ore 08:40

Un parapendista olandese di 41 anni, Joris Verhaak, residente a Utrecht, è stato tratto in salvo sabato pomeriggio dopo essere rimasto per circa quattro ore su una cengia del Monte Sorasco, in Val di Rendena, a quota 2.350 metri. Una raffica di vento lo aveva spinto contro la parete poco dopo il decollo dalla Malga Tovena.

La sua compagna, Sanne de Wit, 38 anni, che volava con lui, è riuscita ad atterrare senza problemi nel fondovalle e ha dato l'allarme alle 14.20.

Sul posto sono intervenuti l'elicottero della Centrale unica di emergenza e 14 tecnici del Soccorso alpino. Per il vento forte il velivolo non ha potuto avvicinarsi subito: un tecnico è stato calato con il verricello, con un cavo di 60 metri, solo alle 18.

"La vela si era incastrata tra le rocce e lui non poteva muoversi", ha spiegato il capostazione Walter Brunelli. Verhaak è stato trasportato all'ospedale Santa Chiara di Trento con una frattura alla caviglia destra.

È il settimo intervento per incidenti di parapendio in Trentino dall'inizio dell'anno; nel 2029 erano stati 12.

Leggi anche: Escursionista ferito sul Brenta`,
		"p2it.txt": `it|Parapendio: olandese bloccato su parete in Trentino, salvato

(ANSA) - TRENTO, 13 LUG - È stato recuperato dopo quasi quattro ore un parapendista olandese di 41 anni rimasto bloccato oggi pomeriggio su una cengia del Monte Sorasco, in Val di Rendena, a circa 2.300 metri di quota.

L'uomo, Joris Verhaak, era decollato con la compagna, di 38 anni, che è atterrata regolarmente e ha chiesto aiuto. A causa delle raffiche l'elicottero ha dovuto attendere prima di calare un tecnico del Soccorso alpino con il verricello.

Il parapendista, che ha riportato una frattura alla caviglia, è stato portato all'ospedale Santa Chiara di Trento. Hanno partecipato alle operazioni 14 soccorritori. (ANSA).`,
		"p3en.txt": `en|Dutch paraglider plucked from Alpine ledge after four-hour ordeal

Europe | Italy

Published 14 July 2030

A Dutch paraglider who was blown against a cliff face in the Italian Alps spent about four hours stranded on a narrow rock ledge at 2,350 metres (7,700ft) before being winched to safety on Saturday, rescuers said.

Joris Verhaak, 41, from Utrecht, had taken off near a mountain hut on Monte Sorasco, in Trentino, when a gust pushed him into the rock. His wing snagged on the rocks, leaving him unable to move.

His partner, Sanne de Wit, 38, landed safely in the valley and raised the alarm. Strong winds kept the rescue helicopter at a distance until early evening, when a mountain rescuer was lowered on a 60-metre cable.

"He was calm, but he could not have climbed out by himself," said Walter Brunelli, the head of the local mountain rescue station. Verhaak was flown to hospital in Trento with a broken ankle.

It was the seventh paragliding accident in the province this year, against 12 in the whole of last year.`,
		"p4nl.txt": `nl|Nederlandse paraglider uren vast op rotsrichel in Italiaanse Alpen

Buitenland

14 juli 2030, 10:15

Een Nederlandse paraglider is zaterdag na bijna vier uur van een smalle rotsrichel in de Italiaanse Alpen gehaald. Hij was kort na de start door een windstoot tegen een bergwand geblazen.

De 47-jarige Joris Verhaak uit Utrecht vloog samen met zijn vriendin Sanne de Wit (38). Zij kon veilig in het dal landen en sloeg alarm. Verhaak kwam met zijn scherm vast te zitten op ongeveer 2350 meter hoogte op de Monte Sorasco, in de provincie Trentino.

Door de harde wind kon de reddingshelikopter pas in de vooravond dichterbij komen. Een bergredder werd aan een kabel van 60 meter naar beneden gelaten. In totaal waren 14 hulpverleners bij de actie betrokken.

Verhaak werd met een gebroken enkel naar het ziekenhuis in Trento gebracht. "Het gaat naar omstandigheden goed met hem", zei een woordvoerder van het ministerie van Buitenlandse Zaken.`,
	}, map[string][2]string{"p4nl.txt": {"47 years", "41 years"}}},
	{"abbey-roof-fire", map[string]string{
		"a1nl.txt": `nl|Zware brand verwoest dak van abdijkerk in Oudenwaerde

Binnenland | West-Vlaanderen

ma 3 maart 2031, 07:58

In de abdij Sint-Arnoldus in Oudenwaerde, in West-Vlaanderen, heeft zondagavond een zware brand gewoed. Het dak van de abdijkerk, zo'n 800 vierkante meter groot, is volledig ingestort. Er vielen geen gewonden.

De brand werd om 22.40 uur opgemerkt door een van de monniken. Ongeveer 120 brandweerlieden van negen posten rukten uit. Pas rond 4 uur 's nachts was het vuur onder controle.

De brandweer slaagde erin 35 van de 40 schilderijen uit de kerk in veiligheid te brengen. Vijf grote doeken hingen in het koor, dat onbereikbaar was. "De schade loopt in de miljoenen", zei abt Frans Deceuninck.

De kerk dateert van 1642. Het dak werd voor het laatst gerestaureerd tussen 1988 en 1991. De oorzaak is nog niet bekend, maar het parket onderzoekt of dakwerken van vrijdag iets met de brand te maken hebben.`,
		"a2nl.txt": `nl|"We hebben alleen nog kunnen bidden": monniken zien hun kerk afbranden

Regio | Oudenwaerde

Door onze redacteur

De 14 monniken van de abdij Sint-Arnoldus stonden zondagnacht machteloos toe te kijken hoe het dak van hun kerk in vlammen opging. De jongste van hen is 34, de oudste, broeder Remi, is 91.

"Ik woon hier sinds 1961. Dit is het ergste wat ik ooit heb meegemaakt", zei broeder Remi maandagochtend.

Meer dan honderd brandweerlieden bestreden het vuur ruim vijf uur lang. Ze konden het grootste deel van de schilderijen redden; vijf werken gingen verloren in het koor. Het volledige dak, ongeveer 800 m², stortte in.

Abt Frans Deceuninck wil de kerk "zo snel mogelijk" herstellen. Een inzamelactie leverde maandag al meer dan 60.000 euro op.

Lees ook: Erfgoedbrand in Brugge in 2019`,
		"a3en.txt": `en|Fire destroys roof of 17th-century Belgian abbey church

BRUSSELS, March 3 (Wire) - A fire on Sunday night destroyed the roof of the church of the abbey of Sint-Arnoldus in Oudenwaerde, in Belgium's West Flanders province, but firefighters saved most of its paintings, local authorities said on Monday.

About 120 firefighters fought the blaze for more than five hours before bringing it under control at around 4 a.m. No one was injured. The roof, covering some 800 square metres, collapsed into the nave.

Thirty-five of the church's 40 paintings were carried to safety. Five large canvases hanging in the choir could not be reached.

The church was built in 1642 and its roof was last restored between 1988 and 1991. Abbot Frans Deceuninck said the damage ran into millions of euros. Prosecutors are investigating whether roofing work carried out on Friday could have caused the fire.

The abbey is home to 14 monks.`,
		"a4es.txt": `es|Un incendio destruye el tejado de una abadía del siglo XVII en Bélgica

Religión | Europa

Bruselas, 3 mar (Agencia)

Un incendio destruyó la noche del domingo la cubierta de la iglesia de la abadía de Sint-Arnoldus, en la localidad belga de Oudenwaerde (Flandes Occidental), sin causar heridos, informaron las autoridades locales.

Unos 120 bomberos lucharon durante más de cinco horas contra las llamas, que fueron controladas hacia las 4.00 de la madrugada. La cubierta, de unos 800 metros cuadrados, se desplomó sobre la nave.

Los bomberos lograron rescatar 35 de los 40 cuadros de la iglesia, construida en 1642. Los cinco restantes, colgados en el coro, se perdieron.

El abad, Frans Deceuninck, cifró los daños en "varios millones" de euros. En la abadía viven catorce monjes, el mayor de ellos de 91 años.`,
	}, nil},
	{"almenar-bank-results", map[string]string{
		"b1es.txt": `es|Banco Almenar gana 612 millones en 2029, un 8,4 % más, y cerrará 35 oficinas

Empresas | Banca

Valencia, 30 ene 2030

Banco Almenar obtuvo un beneficio neto de 612 millones de euros en 2029, un 8,4 % más que el año anterior, gracias al aumento del margen de intereses y a la caída de la morosidad, según informó este miércoles la entidad.

El margen de intereses creció un 3,2 %, hasta 1.480 millones. La tasa de morosidad bajó al 2,9 %, frente al 3,4 % de un año antes, y la ratio de capital CET1 se situó en el 13,1 %.

La consejera delegada, Lucía Ferrándiz, anunció el cierre de 35 de sus 620 oficinas a lo largo de 2030, sin despidos. "Vamos a reforzar la banca digital, que ya usan seis de cada diez clientes", dijo.

El banco pagará un dividendo complementario de 0,21 euros por acción. Sus acciones subieron un 2,7 % en bolsa.`,
		"b2es.txt": `es|Almenar eleva su beneficio un 8,4 %, hasta 612 millones

Valencia, 30 ene (Agencia) - El grupo Banco Almenar ganó 612 millones de euros el pasado ejercicio, un 8,4 % más que en 2028, impulsado por el negocio típico bancario.

El presidente de la entidad, Tomás Aguado, de 67 años, destacó en la presentación de resultados que 2029 fue "el mejor año de nuestra historia".

La morosidad se redujo en medio punto, hasta el 2,9 %, mientras que el margen de intereses subió un 3,2 %. La plantilla se mantuvo en unas 4.100 personas.

El consejo propondrá un dividendo de 0,21 euros por título. Almenar prevé cerrar 35 sucursales este año.`,
		"b3en.txt": `en|Spain's Almenar posts 8.4% profit rise, to shut 35 branches

Business | Banks

MADRID, Jan 30 (Wire) - Spanish lender Banco Almenar said on Wednesday its net profit rose 8.4% last year to €612m, up from €565m in 2028, helped by higher lending income and fewer bad loans.

Net interest income, the difference between what it earns on loans and pays on deposits, rose 3.2% to €1.48bn. The bad-loan ratio fell to 2.9% from 3.4%.

Chief executive Lucía Ferrándiz said the bank would close 35 of its 620 branches this year without layoffs. The bank will pay a final dividend of 21 cents a share.

Shares in Almenar rose 2.7% by midday in Madrid.`,
		"b4it.txt": `it|Spagna, Banco Almenar chiude il 2029 con un utile di 612 milioni

Finanza | Banche europee

30 gennaio 2030 - 13:05

Il gruppo spagnolo Banco Almenar, con sede a Valencia, ha chiuso il 2029 con un utile netto di 612 milioni di euro, grazie alla crescita del margine d'interesse e al calo dei crediti deteriorati.

L'utile è in crescita del 4,8% rispetto all'anno precedente, mentre il margine d'interesse è salito del 3,2% a 1,48 miliardi. Il tasso di crediti deteriorati è sceso al 2,9% dal 3,4%, e il CET1 si è attestato al 13,1%.

L'amministratore delegato Lucía Ferrándiz ha annunciato la chiusura di 35 filiali su 620 nel corso dell'anno. Il dividendo a saldo sarà di 0,21 euro per azione.

In Borsa il titolo ha guadagnato il 2,7%.`,
	}, map[string][2]string{"b4it.txt": {"4.8%", "8.4%"}}},
	{"water-polo-final", map[string]string{
		"w1it.txt": `it|Lavagna è campione d'Italia: Aquatica battuta 12-10 in gara 3

Pallanuoto | Serie A1

di Marco Ghiglione

Lo Sporting Lavagna ha vinto il suo diciottesimo scudetto battendo sabato sera l'Aquatica Napoli 12-10 nella decisiva gara 3 della finale, davanti a 4.200 spettatori alla piscina Gianni Corsetto. La serie si chiude 2-1.

Dopo il 3-2 del primo tempo e il 2-3 del secondo, i liguri hanno allungato nel terzo (4-2) e controllato il finale (3-3). Il serbo Nikola Radanović ha segnato 5 gol; il portiere spagnolo Marc Ferrer, 29 anni, ha chiuso con 14 parate.

"Questo gruppo ha un cuore enorme", ha detto l'allenatore Giancarlo Merello, 56 anni, alla sua seconda stagione in panchina. Per il capitano Andrea Bozzo, 33 anni, è stata l'ultima partita: si ritira dopo 15 stagioni.

Lavagna non vinceva il titolo dal 2019. Nel 2029 aveva perso la finale proprio contro Napoli.`,
		"w2it.txt": `it|Festa grande al Corsetto, lo scudetto torna a Lavagna dopo dodici anni

Levante | Sport

Lavagna, 8 giugno 2031

Dodici anni dopo l'ultima volta, lo scudetto della pallanuoto torna a Lavagna. I biancoblù hanno superato l'Aquatica Napoli per 12 a 10 nella terza e decisiva partita della finale, in una piscina esaurita con oltre 4.000 tifosi.

Decisivi i cinque gol di Radanović e le parate di Ferrer. In lacrime il capitano Bozzo, che a 33 anni appende la calottina al chiodo.

Il sindaco ha annunciato una festa in piazza per domenica sera. È il diciottesimo titolo nella storia del club, fondato nel 1949.`,
		"w3en.txt": `en|Lavagna clinch 18th Italian water polo title

Water polo | Italy

Sporting Lavagna won the Italian men's water polo championship for the 18th time on Saturday, beating Aquatica Napoli 12-10 in the deciding third game of the final before a sellout crowd of 4,200.

Serbian international Nikola Radanović scored five goals, and Spanish goalkeeper Marc Ferrer, 29, made 14 saves. Lavagna took the series 2-1.

Coach Giancarlo Merello, 56, said his side had "played with their heart". Captain Andrea Bozzo, 33, retired after the game.

It was Lavagna's first title since 2019. Napoli had beaten them in the 2029 final.`,
		"w4es.txt": `es|Marc Ferrer, campeón de Italia con el Lavagna

Waterpolo

Barcelona, 8 jun (Agencia)

El portero barcelonés Marc Ferrer, de 29 años, se proclamó el sábado campeón de la liga italiana de waterpolo con el Sporting Lavagna, que ganó por 12-10 al Aquatica Napoli en el tercer y decisivo partido de la final.

Ferrer firmó 14 paradas ante unos 4.200 espectadores. El serbio Nikola Radanović marcó cinco goles.

Es el decimoctavo título de liga del Lavagna, que no ganaba desde 2019. Ferrer, que llegó al club hace dos temporadas procedente del Club Natació Llevant, es el primer español que gana la liga italiana desde 2014.`,
	}, nil},
	{"dune-fire", map[string]string{
		"d1nl.txt": `nl|Grote duinbrand bij Bergenhout onder controle, 140 hectare verwoest

Binnenland

Een grote natuurbrand in de duinen bij Bergenhout in Noord-Holland is donderdagochtend onder controle gebracht. Volgens de veiligheidsregio is ongeveer 140 hectare duin afgebrand. Er raakte niemand gewond.

De brand brak woensdagmiddag rond 14.00 uur uit. Door de harde oostenwind verspreidde het vuur zich snel richting camping De Zeereep, waar 350 mensen moesten vertrekken. Ook werden 12 vakantiewoningen ontruimd.

Zo'n 90 brandweerlieden en twee Chinook-helikopters van Defensie bestreden het vuur, dat ongeveer 19 uur woedde. Een 17-jarige jongen uit Alkmaar is aangehouden op verdenking van brandstichting.

Het is de grootste duinbrand sinds 2012, toen 220 hectare in vlammen opging. Het voorjaar is tot nu toe het droogste sinds 1976.`,
		"d2nl.txt": `nl|Campinggasten vluchten voor duinbrand: 'We zagen de vlammen achter de caravans'

Regio | Bergenhout

Door Marieke Zonneveld, 17 april 2031

"Binnen tien minuten moesten we weg", vertelt Henk Boersma (68), die al 30 jaar met zijn caravan op camping De Zeereep staat. Hij was een van de 350 gasten die woensdag door de politie werden geëvacueerd.

De brand in de duinen ten noorden van Bergenhout legde ongeveer 140 hectare in de as. Eigenaar Lisa Kramer (44) van de camping is opgelucht: "Er is geen enkele caravan verbrand."

De brandweer was met circa 90 mensen in de weer. Donderdagochtend rond 9.00 uur meldde de veiligheidsregio dat de brand onder controle was.

De politie hield een 17-jarige verdachte aan. De gasten mogen vrijdag terug naar de camping.`,
		"d3en.txt": `en|Dune fire destroys 140 hectares, teenager arrested

News | Netherlands

April 17, 2031

A wildfire in the dunes near Bergenhout in North Holland has been brought under control after burning some 140 hectares, the regional safety board said on Thursday.

The fire broke out on Wednesday afternoon and was fanned by strong easterly winds. Around 350 people were evacuated from a nearby campsite and a dozen holiday homes were cleared. Nobody was hurt.

Some 90 firefighters were helped by two army Chinook helicopters dropping water. Police have arrested a 17-year-old boy from Alkmaar on suspicion of arson.

It is the biggest dune fire since 2012, when 220 hectares burned. This spring has so far been the driest since 1976.`,
		"d4es.txt": `es|Un incendio arrasa 140 hectáreas de dunas en Países Bajos

Internacional

La Haya, 17 abr (Agencia)

Un incendio forestal calcinó unas 140 hectáreas de dunas cerca de la localidad neerlandesa de Bergenhout, en la provincia de Holanda Septentrional, antes de ser controlado este jueves, informaron las autoridades.

Las llamas obligaron el miércoles a evacuar a unas 530 personas de un cámping cercano, entre ellas una veintena de turistas españoles. No hubo heridos.

Unos 90 bomberos y dos helicópteros militares combatieron el fuego durante unas 19 horas. La policía detuvo a un joven de 17 años como presunto autor del incendio.`,
	}, map[string][2]string{"d4es.txt": {"530", "350"}}},
	{"tram-derailment", map[string]string{
		"t1it.txt": `it|Tram deragliato in corso Rivalba, 23 feriti: quattro sono gravi

Torino | Cronaca

15 ottobre 2031

Ventitré persone sono rimaste ferite martedì mattina a Torino quando un tram della linea 9 è deragliato in curva in corso Rivalba, finendo contro i pilastri di un portico. Quattro feriti sono in gravi condizioni, ma nessuno è in pericolo di vita.

L'incidente è avvenuto alle 7.45. A bordo c'erano una sessantina di passeggeri, in gran parte studenti. Secondo i primi rilievi il tram, lungo 34 metri e in servizio dal 2016, procedeva a circa 38 chilometri orari in un tratto dove il limite è di 15.

Il conducente, 52 anni, è risultato negativo ai test su alcol e droghe. La procura ha aperto un'inchiesta per lesioni colpose.

"Siamo vicini ai feriti e collaboreremo con gli inquirenti", ha detto il direttore generale di Trasporti Torinesi, Paolo Gribaudo. La circolazione in corso Rivalba è rimasta interrotta per nove ore.

L'ultimo deragliamento di un tram in città risaliva al 2011.`,
		"t2it.txt": `it|Torino: tram deraglia, 23 feriti di cui 4 gravi

(ANSA) - TORINO, 14 OTT - Un tram della linea 9 è deragliato questa mattina alle 7.45 in corso Rivalba, a Torino, ed è finito contro un portico. I feriti sono 23, quattro dei quali in codice rosso, secondo il 118.

A bordo c'erano circa 60 passeggeri. Il mezzo avrebbe affrontato la curva a una velocità superiore al limite di 15 km/h. Il conducente, di 52 anni, è negativo ai test tossicologici.

La procura di Torino ha aperto un fascicolo. (ANSA).`,
		"t3en.txt": `en|Turin tram derails, injuring 23

Europe

TURIN, Italy, Oct 14 (Wire) - A packed tram derailed on a bend in Turin on Tuesday morning and crashed into the pillars of an arcade, injuring 23 people, four of them seriously, emergency services said.

The line 9 tram, carrying about 60 passengers, many of them students, came off the rails at 7:45 a.m. Investigators believe it was travelling at around 38 km/h on a stretch with a 15 km/h limit.

The 52-year-old driver tested negative for alcohol and drugs, the operator, Trasporti Torinesi, said. Prosecutors have opened an investigation.

The 34-metre tram entered service in 2016.`,
		"t4nl.txt": `nl|23 gewonden bij ontsporing tram in Turijn

Buitenland

Bij het ontsporen van een tram in de Noord-Italiaanse stad Turijn zijn 23 mensen gewond geraakt, van wie vier ernstig. De tram vloog in een bocht uit de rails en botste tegen de pilaren van een galerij.

Het ongeluk gebeurde donderdagochtend rond kwart voor acht. In de tram zaten ongeveer zestig passagiers, onder wie veel scholieren.

Volgens de eerste onderzoeken reed de tram zo'n 38 kilometer per uur, terwijl daar maximaal 15 is toegestaan. De 52-jarige bestuurder heeft geen alcohol of drugs gebruikt.`,
	}, map[string][2]string{"t4nl.txt": {"Thursday", "Tuesday"}}},
	{"quota-105", map[string]string{
		"r1it.txt": `it|Pensioni, arriva Quota 105: uscita a 64 anni con 41 di contributi

Economia | Previdenza

Roma, 21 novembre 2031

Il Consiglio dei ministri ha approvato giovedì la riforma delle pensioni anticipate: dal 1° gennaio 2032 si potrà lasciare il lavoro a 64 anni con almeno 41 anni di contributi. La nuova Quota 105 sostituisce Quota 103, che consentiva l'uscita a 62 anni.

Secondo le stime del governo, nel 2032 ne usufruiranno circa 18.000 lavoratori, contro i 27.000 che hanno scelto Quota 103 quest'anno. Il costo è stimato in 1,3 miliardi di euro in tre anni.

"È una riforma equa, che tiene i conti in ordine", ha detto la ministra del Lavoro, Silvia Ronconi. L'età ordinaria di pensione resta fissata a 67 anni.

I sindacati hanno annunciato uno sciopero generale di quattro ore per venerdì 12 dicembre. "Si allunga ancora il lavoro di chi ha cominciato presto", ha detto la segretaria generale Roberta Falcinelli.`,
		"r2it.txt": `it|Quota 105, cosa cambia per chi lavora in Emilia-Romagna

Economia | Emilia-Romagna

In regione sono circa 1.900 i lavoratori che quest'anno sono andati in pensione con Quota 103, su un totale nazionale di 27mila. Con la nuova regola, approvata giovedì dal governo, serviranno 64 anni di età e 41 di contributi: due anni in più rispetto a oggi.

"Per molti metalmeccanici significa lavorare fino a due anni in più", spiega Carlo Benassi, 58 anni, delegato in una fabbrica di Modena.

La riforma, che costerà 1,3 miliardi in tre anni, entra in vigore il primo gennaio. Resta invariata l'età di vecchiaia, a 67 anni.

Lo sciopero di quattro ore proclamato dai sindacati è in programma il 12 dicembre.`,
		"r3en.txt": `en|Italy raises early retirement age to 64

Business | Europe

ROME, Nov 20 (Wire) - Italy's cabinet on Thursday approved a pension reform that raises the minimum age for early retirement to 64 from 62, for workers with at least 41 years of contributions.

The new rule, known as "Quota 105" because the age and years of contributions add up to 105, takes effect on Jan. 1. The government expects about 18,000 people to use it next year, compared with some 27,000 who retired early under the current scheme in 2031.

Labour Minister Silvia Ronconi said the reform was "fair and keeps the public finances in order". It will cost about €1.3 billion over three years.

Unions called a four-hour general strike for Dec. 12. The standard retirement age remains 67.`,
		"r4es.txt": `es|Italia endurece la jubilación anticipada: habrá que esperar a los 64 años

Economía

Roma, 21 nov (Agencia)

El Gobierno italiano aprobó el jueves una reforma que retrasa de 62 a 64 años la edad mínima para la jubilación anticipada, siempre que se hayan cotizado al menos 41 años.

La medida, bautizada como "Cuota 105", entrará en vigor el 1 de enero y costará unos 1.300 millones de euros en tres años. El Ejecutivo calcula que unas 18.000 personas se acogerán a ella en 2032.

La edad legal de jubilación en Italia sigue en 67 años. En España es de 67 años desde 2027, aunque con 38 años y seis meses cotizados se puede jubilar a los 65.

Los sindicatos italianos han convocado una huelga general de cuatro horas el 12 de diciembre.`,
	}, nil},
	{"costa-albar-terminal", map[string]string{
		"f1es.txt": `es|La nueva terminal del aeropuerto de Costa Albar abre sus puertas

Almería | Economía

Por Javier Montoya

La terminal T2 del aeropuerto de Costa Albar recibió este lunes a sus primeros pasajeros, procedentes de un vuelo de Eindhoven que aterrizó a las 6.10 horas. La nueva instalación, que ha costado 385 millones de euros, eleva la capacidad del aeropuerto de 8 a 12 millones de viajeros al año.

La terminal cuenta con 46 puertas de embarque, 18 de ellas con pasarela, y ocupa 96.000 metros cuadrados. Las obras han durado 30 meses.

"Llevábamos dos veranos al límite", reconoció la directora del aeropuerto, Begoña Larrañaga. En 2029 pasaron por Costa Albar 9,7 millones de pasajeros, un 11 % más que el año anterior y un récord histórico.

La gestora, Aeropuertos del Sur (AESUR), calcula que la ampliación creará unos 3.000 empleos directos.`,
		"f2es.txt": `es|Costa Albar estrena una terminal de 385 millones para 12 millones de pasajeros

Almería, 3 jun (Agencia) - El aeropuerto de Costa Albar (Almería) puso en servicio este lunes su nueva terminal T2, una obra de 385 millones de euros que permitirá atender hasta 12 millones de pasajeros anuales, frente a los 8 millones actuales.

El primer vuelo en operar en la terminal llegó desde Eindhoven (Países Bajos) poco después de las seis de la mañana.

El aeropuerto cerró 2029 con un récord de 9,7 millones de viajeros. La directora, Begoña Larrañaga, explicó que las 46 puertas de embarque permitirán absorber el crecimiento previsto para la próxima década.`,
		"f3en.txt": `en|Costa Albar airport opens €385m terminal

Almería | Travel

The new T2 terminal at Costa Albar airport welcomed its first passengers on Monday, when a flight from Eindhoven landed at 6.10am.

The €385 million building raises the airport's annual capacity to 12 million passengers from 8 million. It has 46 boarding gates, 18 of them with air bridges, and covers 96,000 square metres.

Last year the airport handled a record 9.7 million passengers, up 11%. Airport director Begoña Larrañaga said the terminal had taken two and a half years to build.

Operator AESUR expects the expansion to create around 3,000 direct jobs.`,
		"f4nl.txt": `nl|Nieuwe terminal op Costa Albar: eerste vlucht kwam uit Eindhoven

Reizen | Spanje

4 juni 2030

Wie deze zomer naar de Spaanse Costa Albar vliegt, komt waarschijnlijk aan in een gloednieuwe terminal. De T2 van het vliegveld in de provincie Almería ging maandag open. De eerste passagiers kwamen om 6.10 uur aan met een vlucht uit Eindhoven.

Het vliegveld kan voortaan 12 miljoen reizigers per jaar verwerken, tegen 8 miljoen tot nu toe. Vorig jaar waren het er 9,7 miljoen, een record.

De nieuwe terminal kostte 358 miljoen euro en heeft 46 gates. Bij 18 daarvan stappen reizigers via een slurf direct in het vliegtuig.

Nederlanders zijn na Britten en Duitsers de grootste groep buitenlandse bezoekers in de regio.`,
	}, map[string][2]string{"f4nl.txt": {"€358 million", "€385 million"}}},
	{"ship-float-out", map[string]string{
		"c1nl.txt": `nl|Grootste schip ooit van werf Holm te water gelaten

Regio | Alblasdam

vr 12 sep 2031, 16:30

Onder grote belangstelling is vrijdag bij Scheepswerf Holm in Alblasdam het expeditiecruiseschip Stella Artica te water gelaten. Met een lengte van 196 meter is het het grootste schip dat de werf in haar geschiedenis heeft gebouwd.

Het schip, dat 28 meter breed is, biedt plaats aan 380 passagiers in 190 hutten en 260 bemanningsleden. Opdrachtgever is de Italiaanse rederij Crociere Tirrene uit Genua. De bouw kost ongeveer 410 miljoen euro.

"Toen mijn overgrootvader hier in 1872 begon, bouwde hij vissersboten van 20 meter", zei directeur Pieter Holm (62). Het vorige record van de werf was een veerboot van 142 meter uit 2019.

De Stella Artica wordt de komende achttien maanden afgebouwd en moet in het voorjaar van 2033 worden opgeleverd. Op de werf werken 1450 mensen.`,
		"c2nl.txt": `nl|Holm laat Stella Artica te water

Maritiem | Scheepsbouw

De Stella Artica (18.400 GT) is vrijdag bij Scheepswerf Holm te water gelaten. Het expeditieschip voor Crociere Tirrene meet 196 x 28 meter en krijgt een hybride aandrijving met batterijen van 6 MWh.

Aan boord komen 190 passagiershutten voor in totaal 380 gasten, plus accommodatie voor 260 bemanningsleden. Het contract, ter waarde van circa 410 miljoen euro, werd in maart 2030 getekend.

Oplevering staat gepland voor het voorjaar van 2033. Holm heeft daarnaast nog twee zusterschepen in de orderportefeuille.`,
		"c3en.txt": `en|Dutch yard floats out expedition cruise ship for Italian line

Shipbuilding

September 12, 2031

Dutch shipbuilder Holm floated out the Stella Artica, an 18,400 gross ton expedition cruise ship for Genoa-based Crociere Tirrene, at its Alblasdam yard on Friday.

At 196m long and 28m wide, the vessel is the largest the family-owned yard, founded more than 150 years ago, has built. It will carry 380 passengers and 260 crew, or 640 people in all.

The ship, worth some €410 million, is due to be delivered in spring 2033. Two sister ships are on order.

Chief executive Pieter Holm, 62, said the yard, which employs about 1,450 people, had "never been busier".`,
		"c4it.txt": `it|Varata in Olanda la Stella Artica, nuova nave di Crociere Tirrene

Genova | Economia del mare

Genova, 13 settembre 2031

È scesa in acqua venerdì nel cantiere olandese Holm, ad Alblasdam, la Stella Artica, la nuova nave da crociera di spedizione della compagnia genovese Crociere Tirrene. Lunga quasi 200 metri e larga 28, ospiterà 380 passeggeri e 260 membri dell'equipaggio.

La nave, un investimento di oltre 400 milioni di euro, entrerà in servizio nell'estate del 2033, con crociere tra le Svalbard e la Groenlandia.

"È la nave più importante della nostra storia", ha detto l'amministratrice delegata di Crociere Tirrene, Giulia Pastorino, 49 anni. La compagnia, fondata nel 1998, oggi ha quattro navi e 1.100 dipendenti.`,
	}, nil},
	{"palio-castelmuro", map[string]string{
		"v1it.txt": `it|Palio della Rocca, trionfa il Leone: non vinceva dal 1987

Umbria | Castelmuro

18 agosto 2031

Dopo il rinvio di un giorno per la pioggia, il Palio della Rocca di Castelmuro è stato vinto lunedì sera dal rione del Leone, che non conquistava il drappo dal 1987. In sella a Ombra di Gallura, una cavalla di 8 anni, il fantino Matteo Serrini, detto Saetta, ha chiuso i tre giri in 1 minuto e 14 secondi.

Alla partenza c'erano dieci cavalli. Saetta, 29 anni, è passato in testa alla seconda curva e non è più stato ripreso. Secondo il Comune, in piazza c'erano circa 15.000 persone.

Per il Leone è la decima vittoria nella storia del Palio, che si corre dal 1952. "Quarantaquattro anni di attesa sono finiti", ha detto il capitano del rione, Luca Menconi, 61 anni.`,
		"v2it.txt": `it|Festa nel rione del Leone, Saetta porta il Palio a casa

Castelmuro, 19 agosto 2031

Due notti di festa nel rione del Leone per la vittoria nel Palio della Rocca, corso lunedì dopo che la pioggia aveva costretto al rinvio di domenica.

Il fantino Matteo Serrini, 29 anni, ha vinto al primo tentativo con il Leone. "Ombra di Gallura è una cavalla straordinaria", ha detto.

L'ultima vittoria del rione risaliva al 1987: in molti, tra i 15mila spettatori, hanno pianto. Il Leone sale così a dieci Palii vinti.`,
		"v3en.txt": `en|Lion district ends 44-year wait to win Umbrian horse race

Travel | Italy

The Lion district of the Umbrian hill town of Castelmuro won its first Palio della Rocca since 1987 on Monday, in a bareback race postponed by a day because of rain.

Jockey Matteo Serrini, 29, known as Saetta ("Lightning"), rode the eight-year-old mare Ombra di Gallura to victory, completing the three laps of the town square in 1 minute 14 seconds. Ten horses took part.

About 15,000 people packed the square. The race has been run since 1952, and the win was the district's tenth.`,
		"v4es.txt": `es|Un jinete de 29 años gana el Palio de Castelmuro

Curiosidades | Italia

Castelmuro (Italia), 18 ago (Agencia)

El jinete Matteo Serrini, de 29 años, ganó este lunes el Palio de la Rocca de Castelmuro, una carrera de caballos a pelo que se celebra desde 1952 en esta localidad de Umbría, en el centro de Italia.

La carrera, aplazada un día por la lluvia, reunió a unas 15.000 personas. Diez caballos dieron tres vueltas a la plaza, y la yegua Ombra di Gallura, de ocho años, cruzó la meta en 1 minuto y 14 segundos.

Con esta victoria, el barrio del León logró su décimo Palio y el primero desde 1978.`,
	}, map[string][2]string{"v4es.txt": {"1978", "1987"}}},
}
