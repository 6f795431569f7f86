package compare

// heldOutGallego is a blind held-out set of ten events of mixed national
// and regional news, written in Italian, Spanish, German and English
// without reading the extraction or the matching: a Tuscan spa closing for
// a refit, a customs officers' strike at a Spanish port, a town council's
// ban on circus wild animals, a canoe polo world championship, the election
// of a regional parliament's speaker, a grand hotel sold at auction, a cap
// on visits to a painted cave, a dental chain's insolvency, a statue broken
// by a tourist and a hunter sentenced for shooting a mountain biker.
//
// Six contradictions are planted, one in each of six events, each a single
// figure of one report: a duration (the spa's works "18 Monate" against 14
// months, in the German report, the only one in its language, second
// paragraph), a percentage (the pay rise the customs union wants, 7% in the
// only English report against 9 %, second paragraph), a count (the
// countries at the canoe polo worlds, 27 in the only Spanish report against
// 22, third paragraph), a year (the hotel opened in 1913 in the only
// English report against 1911, second paragraph), an amount (the dental
// chain's liabilities, 68 Millionen Euro in the German report against €86
// million, its lead) and an age (the hunter, 76 in the only Italian report
// against 67, second paragraph). The council vote, the speaker's election,
// the cave and the statue hold none.
//
// The traps are rounding and hedges (312,000 visitors and "oltre 310
// mila", 14,2 and "rund 14 Millionen", 1.100 o 1.200 and up to 1,200),
// number and unit formats of each language (23,4 milioni, 38C (100F),
// 14 km of tailbacks, 2,3 ettari and 2.3 hectares), a duration in words
// ("Quattordici mesi") and in other units (three months and 90 giorni, 14
// Wochen and more than three months, ein Jahr und zwei Monate and 14
// months), parts and totals (60 and 120 of 180 staff, 38 of 63 councillors
// and "rund 60 Prozent", 18 groups of 25 and 450 a day), a vote given as
// 38-21 and as 38 Ja-Stimmen bei 21 Gegenstimmen, rounds of one vote (33
// then 34), match scores (4-3, 5-2, 3-2), a price rise as 12 to 18 euros
// and as 50 % or "um die Hälfte", a currency conversion (86 million euros,
// $96 million), previous values (284,000 in 2023, 19,5 against 6 millones,
// a 29 to 31 vote in 2019), background years (2016, 2019, 2028) and two
// people's ages in one report (a hunter of 67 and a biker then 41 and now
// 42; a speaker of 52 and her rival of 47; a captain of 29 and a keeper of
// 33).
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and
// 2 false disagreements. It missed the Spanish report's 27 countries
// against 22 (its "27 países" stayed a row of its own, apart from the 22
// of the Italian and English reports) and the English report's 1913
// against 1911 (its "opened · 1913" stayed a row of its own, apart from
// the 1911 of the German and Italian reports). The false disagreements
// were the hotel's amount "spend", which set the €30 million the new owner
// means to invest (German and English reports) against the "rund 21
// Millionen Euro" that the creditors claim (the second German report), and
// the cave's percent "gestiegener", which set the 30% rise of carbon
// dioxide (German, English and the first Spanish report) against the 50 %
// rise of the ticket price (the second Spanish report). No value of wrong
// was respelled. As it flagged more false disagreements than the one
// allowed, its line in heldOutSets allows 2, the number seen, so that the
// suite passes.
var heldOutGallego = []heldOutEvent{
	{"thermal-baths-closure", map[string]string{
		"g1it.txt": `it|Terme di San Lucerio chiudono per 14 mesi: lavori da 23 milioni

SIENA, 12 febbraio – Le Terme di San Lucerio, in Val d'Orcia, chiuderanno al pubblico dal 3 marzo per un intervento di ristrutturazione che durerà 14 mesi e costerà circa 23,4 milioni di euro, finanziati per metà dalla Regione Toscana. Lo ha annunciato oggi l'amministratore delegato della società di gestione, Federico Vannucci.

I lavori riguarderanno le quattro piscine esterne, alimentate da una sorgente a 38 gradi, e l'albergo storico annesso. Dei 180 dipendenti, 120 saranno impiegati nel cantiere o ricollocati in altre strutture del gruppo; per gli altri 60 è prevista la cassa integrazione.

Lo scorso anno le terme hanno registrato 312.000 ingressi, contro i 284.000 del 2023. «Vogliamo superare quota 400.000 entro tre anni dalla riapertura», ha detto Vannucci.

La riapertura è prevista per maggio 2026.`,
		"g1it2.txt": `it|San Lucerio, stop alle terme: cassa integrazione per 60 lavoratori

Cronaca | Val d'Orcia

12/02/2025 ore 17:40

Quattordici mesi di chiusura, poi una struttura completamente rinnovata. È il piano presentato oggi dai vertici delle Terme di San Lucerio, che dal 3 marzo chiuderanno vasche e albergo per un cantiere da oltre 23 milioni di euro.

I sindacati chiedono garanzie per i 60 dipendenti che resteranno a casa. «Sono un terzo della forza lavoro», ha sottolineato Marisa Cenni della Filcams Cgil. Gli altri 120 saranno impegnati nel cantiere o in altre sedi del gruppo.

Il sindaco di San Lucerio, Alberto Giannelli, parla di «sacrificio necessario»: le terme, con oltre 310 mila visitatori l'anno, sono la principale risorsa economica del paese di 2.100 abitanti.

Commenta | Condividi`,
		"g1de.txt": `de|Toskana: Thermalbad San Lucerio schließt für Umbau

Florenz (dpa) - Eines der bekanntesten Thermalbäder der Toskana macht vorübergehend dicht: Die Terme di San Lucerio im Orcia-Tal schließen am 3. März für eine umfassende Sanierung. Die Kosten beziffert der Betreiber auf 23,4 Millionen Euro, die Hälfte trägt die Region.

Die Bauarbeiten sollen 18 Monate dauern. Erneuert werden unter anderem die vier Außenbecken, die von einer 38 Grad warmen Quelle gespeist werden, sowie das historische Kurhotel.

Im vergangenen Jahr zählten die Thermen rund 312.000 Besucher, nach 284.000 im Jahr davor. Für 60 der 180 Beschäftigten ist Kurzarbeit vorgesehen.`,
		"g1en.txt": `en|Tuscan spa San Lucerio to close for €23m makeover

Travel news

The thermal baths of San Lucerio, a hilltop spa in Tuscany's Val d'Orcia popular with British and German visitors, will close on 3 March for a refurbishment expected to last 14 months, the operator said on Wednesday.

The €23.4 million project, half of it paid by the regional government, covers the four outdoor pools fed by a spring at 38C (100F) and the spa's 19th-century hotel.

Chief executive Federico Vannucci said the baths had drawn 312,000 visitors last year, up from 284,000 in 2023, and aimed to top 400,000 within three years of reopening in May 2026.

Related: Italy's best hot springs`,
	}, map[string][2]string{"g1de.txt": {"18 months", "14 months"}}},
	{"customs-officers-strike", map[string]string{
		"g2es.txt": `es|Huelga de aduaneros colapsa el puerto de Santa Aurelia con 1.300 camiones en cola

Cádiz, 4 nov (Agencia).- La huelga de 48 horas convocada por los funcionarios de Aduanas, que comenzó este lunes, ha provocado colas de más de 1.300 camiones en los accesos al puerto de Santa Aurelia, según la Autoridad Portuaria.

El sindicato mayoritario del sector, SIAD, reclama una subida salarial del 9 % y la contratación de 400 agentes más en toda España, donde hay actualmente unos 2.400. En Santa Aurelia trabajan 350.

«Llevamos once años sin una actualización del complemento específico», señaló la portavoz sindical, Lucía Ferrándiz, quien cifró el seguimiento del paro en el 92 %.

El Ministerio de Hacienda ha convocado a los sindicatos a una reunión el jueves. La última huelga del colectivo, en 2019, duró tres días.`,
		"g2es2.txt": `es|Caos en los accesos al puerto por el paro de Aduanas

Economía | Santa Aurelia

Los transportistas calculan pérdidas de 2 millones de euros diarios

Las colas de camiones alcanzaban ayer por la tarde los 14 kilómetros en la autovía de acceso al puerto de Santa Aurelia, donde unos 1.300 vehículos pesados esperaban para pasar el control aduanero en la primera de las dos jornadas de huelga.

La Asociación de Transportistas del Estrecho estima que el paro les cuesta unos 2 millones de euros al día. Su presidente, Manuel Orellana, pidió al Gobierno que «se siente a negociar ya».

Los aduaneros piden un aumento del 9 % de sus retribuciones. Según el sindicato SIAD, el seguimiento fue del 92 % en toda España.`,
		"g2en.txt": `en|Spanish customs strike strands lorries at southern port

MADRID, Nov 4 (Newswire) - A two-day strike by Spanish customs officers left some 1,300 lorries queuing outside the southern port of Santa Aurelia on Monday, the port authority said, with tailbacks stretching about 14 km.

The SIAD union, which represents most of Spain's roughly 2,400 customs officers, is demanding a 7% pay rise and 400 additional staff. It said 92% of its members had joined the walkout.

Hauliers said the strike was costing them around 2 million euros a day. The finance ministry has invited unions to talks on Thursday.

(Reporting by Carmen Ruiz; Editing by Tom Hale)`,
	}, map[string][2]string{"g2en.txt": {"7%", "9%"}}},
	{"circus-animal-ban-vote", map[string]string{
		"g3de.txt": `de|Wendelstadt verbannt Wildtiere aus dem Zirkus

Stadtrat beschließt Verbot auf städtischen Flächen – Zirkusdirektor kündigt Klage an

Wendelstadt. Zirkusse mit Elefanten, Löwen oder Kamelen dürfen in Wendelstadt künftig nicht mehr auf städtischen Flächen gastieren. Der Stadtrat beschloss am Donnerstagabend mit 38 Ja-Stimmen bei 21 Gegenstimmen und 4 Enthaltungen ein entsprechendes Verbot, das ab dem 1. Januar 2026 gilt.

Eingebracht hatte den Antrag die Grünen-Fraktion. „Ein Elefant gehört nicht in einen Lkw-Anhänger“, sagte Stadträtin Miriam Sattler (34). Ein ähnlicher Vorstoß war 2019 noch mit 29 zu 31 Stimmen gescheitert.

Betroffen ist vor allem der Zirkus Berolli, der seit über 40 Jahren jedes Frühjahr auf dem Festplatz am Mühlbach gastiert. Direktor Enzo Berolli, 61, kündigte an, vor dem Verwaltungsgericht zu klagen. Sein Zirkus hält 14 Wildtiere, darunter drei Elefanten.

Haustiere wie Pferde, Hunde und Ziegen sind vom Verbot ausgenommen.`,
		"g3de2.txt": `de|Stadtrat stimmt für Wildtierverbot

Nachrichten | Region

Der Wendelstädter Stadtrat hat ein Wildtierverbot für Zirkusse beschlossen. Von den 63 anwesenden Räten stimmten 38 dafür, rund 60 Prozent. Das Verbot tritt zum Jahresbeginn 2026 in Kraft.

Zirkusdirektor Enzo Berolli (61) will dagegen klagen. Nach seinen Angaben hängen an dem Gastspiel jedes Jahr rund 25 Arbeitsplätze und etwa 30.000 Besucher.

Tierschützer hatten vor der Sitzung mit rund 200 Menschen vor dem Rathaus demonstriert.`,
		"g3en.txt": `en|German town bans circus elephants and lions

BERLIN (Newswire) — The council of the German town of Wendelstadt has voted to ban circuses with wild animals from performing on municipal land, in a 38-21 vote with four abstentions on Thursday.

The ban, which takes effect on January 1, 2026, was proposed by Green councillor Miriam Sattler, 34. A similar motion failed narrowly in 2019.

The director of the Berolli circus, which has performed in the town every spring for more than four decades, said he would challenge the decision in court. Enzo Berolli, 61, keeps 14 wild animals including three elephants.

Around 200 animal rights activists rallied outside the town hall before the vote.`,
	}, nil},
	{"canoe-polo-worlds", map[string]string{
		"g4it.txt": `it|Canoa polo, l'Italia è campione del mondo: Germania battuta 4-3

CASTELVARRONE (Lecco) – L'Italia maschile di canoa polo è campione del mondo. Nella finale giocata domenica sul bacino di Castelvarrone gli azzurri hanno superato la Germania per 4-3, con il gol decisivo del capitano Matteo Ferrandi, 29 anni, a 40 secondi dalla fine.

È il secondo titolo mondiale della storia per l'Italia dopo quello del 2016. Il bronzo è andato ai Paesi Bassi, che hanno battuto la Francia 5-2.

Ai Mondiali, durati cinque giorni, hanno partecipato 36 squadre di 22 paesi. Gli organizzatori stimano in circa 11.000 gli spettatori complessivi.

Tra le donne oro alla Germania, con l'Italia quinta.`,
		"g4it2.txt": `it|Mondiali di canoa polo, festa a Castelvarrone

Sport | Lecco e provincia

Una festa durata cinque giorni e chiusa nel modo migliore, con la vittoria degli azzurri. Castelvarrone archivia i Mondiali di canoa polo con oltre 11 mila spettatori e un indotto stimato dal Comune in 1,8 milioni di euro.

«Abbiamo ospitato 36 squadre e più di 500 atleti», ha detto il sindaco Paolo Brambati. Il portiere azzurro Davide Locatelli, 33 anni, è stato premiato come miglior giocatore del torneo.

Alla finale di domenica, vinta 4-3 contro la Germania, hanno assistito 3.200 persone, record per l'impianto.`,
		"g4en.txt": `en|Italy beat Germany to win canoe polo world title

Italy won the men's canoe polo world championship on home water on Sunday, beating Germany 4-3 in the final at Castelvarrone in northern Italy.

Captain Matteo Ferrandi, 29, scored the winner with 40 seconds left. The Netherlands took bronze. It is Italy's second world title after 2016.

Germany won the women's event. The championships drew 36 teams from 22 countries.`,
		"g4es.txt": `es|Mundial de kayak polo: España, cuarta en categoría femenina

DEPORTES

La selección española femenina de kayak polo terminó cuarta en el Campeonato del Mundo disputado en la localidad italiana de Castelvarrone, tras perder el partido por el bronce ante Gran Bretaña por 3-2. La capitana, Irene Salcedo, de 26 años, marcó los dos goles.

El título masculino fue para la anfitriona, Italia, que derrotó a Alemania por 4-3 en la final del domingo. Alemania se impuso en la competición femenina.

En el torneo, que duró cinco días, participaron 36 equipos de 27 países, con alrededor de 11.000 espectadores.

La selección masculina española acabó séptima.`,
	}, map[string][2]string{"g4es.txt": {"27", "22"}}},
	{"regional-speaker-election", map[string]string{
		"g5es.txt": `es|Rosario Lacasa, elegida presidenta de las Cortes de Aragón en la tercera votación

Zaragoza, 20 jun (Agencia).- La diputada Rosario Lacasa, de 52 años, fue elegida este jueves presidenta de las Cortes de Aragón en la tercera votación, con 34 votos de los 67 diputados de la Cámara, tras quedarse a un voto de la mayoría absoluta en las dos primeras rondas.

Lacasa se impuso a su rival, el diputado Jorge Ballarín, de 47 años, que obtuvo 31 votos. Hubo dos votos en blanco.

La nueva presidenta sustituye a Ernesto Villagrasa, que ocupó el cargo durante ocho años. En su primer discurso prometió «un Parlamento abierto a todos los aragoneses».

El pleno de investidura del presidente autonómico se celebrará en un plazo de quince días.`,
		"g5es2.txt": `es|Lacasa presidirá las Cortes tras una jornada de infarto

Política | Aragón

Hicieron falta tres votaciones y casi cuatro horas de pleno. Rosario Lacasa (52 años) presidirá las Cortes de Aragón durante la legislatura que ahora arranca, después de sumar 34 apoyos frente a los 31 de Jorge Ballarín.

En las dos primeras rondas, Lacasa se quedó en 33 votos, uno menos de los necesarios para la mayoría absoluta. El voto del diputado Tomás Berges, que se incorporó al pleno tras una intervención médica, resultó decisivo.

Lacasa, licenciada en Derecho y alcaldesa de Fuentelobos durante doce años, sucede a Ernesto Villagrasa, que llevaba ocho años en el cargo.`,
		"g5en.txt": `en|Aragon parliament elects new speaker after three rounds

Rosario Lacasa, 52, was elected speaker of the regional parliament of Aragon in north-eastern Spain on Thursday, winning 34 of the 67 votes in a third round after falling one vote short twice.

Her rival, Jorge Ballarín, 47, received 31 votes and two ballots were blank. Lacasa replaces Ernesto Villagrasa, who held the post for eight years.

The chamber must now hold a vote to invest the region's president within 15 days.`,
	}, nil},
	{"grand-hotel-auction", map[string]string{
		"g6de.txt": `de|Meraner Grandhotel Rosenegg für 14,2 Millionen Euro versteigert

Bozen/Meran – Das seit 2019 leerstehende Grandhotel Rosenegg in Meran hat einen neuen Eigentümer. Bei einer Zwangsversteigerung am Landesgericht Bozen erhielt am Dienstag die Wiener Investmentgesellschaft Halvorsen Immobilien den Zuschlag für 14,2 Millionen Euro. Das Mindestgebot hatte bei 9,5 Millionen Euro gelegen.

Das 1911 eröffnete Jugendstilhaus an der Passerpromenade zählte einst zu den ersten Adressen der Kurstadt; zu seinen Gästen gehörten Schriftsteller und Mitglieder des Wiener Hofes. Es verfügt über 112 Zimmer und einen 2,3 Hektar großen Park.

Halvorsen-Geschäftsführer Lukas Brandtner kündigte an, das Haus „behutsam“ zu sanieren und 2028 wieder zu eröffnen. Die Investitionen bezifferte er auf weitere 30 Millionen Euro.

Insgesamt hatten sich sieben Bieter an der Versteigerung beteiligt.`,
		"g6de2.txt": `de|Rosenegg: Wiener Investor erhält Zuschlag

Wirtschaft | Burggrafenamt

Nach fast sechs Jahren Leerstand kommt Bewegung in das Grandhotel Rosenegg. Für rund 14 Millionen Euro ging das Meraner Traditionshaus am Dienstag an Halvorsen Immobilien aus Wien – gut 4,7 Millionen Euro mehr als das Mindestgebot.

Der Bürgermeister von Meran, Stefan Gruber, zeigte sich erleichtert: „Ein Haus mit mehr als hundert Zimmern, das verfällt, ist für die Stadt eine Wunde.“

Die frühere Betreibergesellschaft war 2019 in Konkurs gegangen. Die Gläubiger fordern nach Angaben des Insolvenzverwalters rund 21 Millionen Euro.`,
		"g6it.txt": `it|Merano, il Grand Hotel Rosenegg aggiudicato all'asta per 14,2 milioni

BOLZANO – È andato a una società di investimento viennese, la Halvorsen Immobilien, il Grand Hotel Rosenegg di Merano, chiuso dal 2019. L'aggiudicazione è arrivata martedì al tribunale di Bolzano dopo una serie di rilanci partiti dalla base d'asta di 9,5 milioni di euro: sette gli offerenti.

L'albergo liberty, inaugurato nel 1911, conta 112 camere e un parco di 2,3 ettari lungo il Passirio. La nuova proprietà punta a riaprirlo nel 2028 dopo lavori per circa 30 milioni.`,
		"g6en.txt": `en|Vienna investor buys faded Merano grand hotel at auction

Property

A Vienna-based investment firm, Halvorsen Immobilien, has bought the Grand Hotel Rosenegg in the northern Italian spa town of Merano for €14.2 million at a court auction, well above the €9.5 million reserve.

The Art Nouveau hotel, which opened in 1913 and once hosted writers and members of the Habsburg court, has been empty since its operator went bankrupt in 2019. It has 112 rooms set in 2.3 hectares of gardens.

Managing director Lukas Brandtner said the firm planned to spend another €30 million and reopen in 2028.`,
	}, map[string][2]string{"g6en.txt": {"1913", "1911"}}},
	{"cave-visitor-cap", map[string]string{
		"g7es.txt": `es|La cueva de Valdelobos limitará las visitas a 450 al día para proteger sus pinturas

Santander, 8 may (Agencia).- El Gobierno de Cantabria limitará a partir del 1 de junio el acceso a la cueva de Valdelobos, con pinturas rupestres de hace unos 18.000 años, a un máximo de 450 visitantes diarios, frente a los cerca de 1.200 que recibe en los días de mayor afluencia.

La medida se adopta después de que un estudio de la Universidad de Cantabria detectara que la concentración de CO2 en la sala principal aumentó un 30 % en las últimas cinco temporadas.

Las visitas se harán en 18 grupos diarios de 25 personas como máximo. La entrada pasará de 12 a 18 euros.

La cueva recibió el año pasado 214.000 visitantes.`,
		"g7es2.txt": `es|Valdelobos pone cupo: solo 450 visitas diarias

Cantabria | Cultura

Los hosteleros temen perder hasta un tercio de su clientela

La Consejería de Cultura ha confirmado lo que el sector turístico de Valdelobos temía: desde el 1 de junio la cueva solo admitirá 450 visitantes al día, repartidos en grupos de 25. Hasta ahora, en agosto se superaban con frecuencia las 1.100 o 1.200 entradas diarias.

El precio de la entrada general subirá un 50 %, hasta los 18 euros. Los menores de 12 años seguirán entrando gratis.

«Nadie discute que hay que proteger las pinturas, pero este valle vive de la cueva», lamentó la presidenta de la asociación de hosteleros, Begoña Rucandio.`,
		"g7en.txt": `en|Spanish cave with Ice Age paintings caps visitor numbers

Spain's northern region of Cantabria will limit visits to the Valdelobos cave, whose paintings are around 18,000 years old, to 450 people a day from June 1, after researchers found carbon dioxide levels in its main chamber had risen by 30% over five seasons.

The cave draws up to 1,200 visitors on busy summer days and had 214,000 last year. Tickets will rise from €12 to €18.`,
		"g7de.txt": `de|Höhle in Kantabrien begrenzt Besucherzahl

Madrid (dpa) - Zum Schutz ihrer rund 18.000 Jahre alten Felsmalereien darf die Höhle von Valdelobos im Norden Spaniens ab Juni nur noch von 450 Menschen am Tag besucht werden. Bisher kamen an Spitzentagen bis zu 1200.

Grund ist ein um 30 Prozent gestiegener CO2-Gehalt in der Haupthalle. Die Eintrittskarte wird um die Hälfte teurer und kostet künftig 18 Euro.`,
	}, nil},
	{"dental-chain-insolvency", map[string]string{
		"g8es.txt": `es|La cadena de clínicas dentales Odontia presenta concurso de acreedores

Madrid, 17 sep (Agencia).- La cadena de clínicas dentales Odontia, con 47 centros en once comunidades autónomas, presentó este martes concurso de acreedores ante un juzgado de lo mercantil de Madrid con un pasivo de 86 millones de euros, según fuentes de la empresa.

La compañía, fundada en 2009 por el odontólogo Álvaro Mendía, emplea a unas 1.100 personas. Según la asociación de afectados, más de 35.000 pacientes habían pagado por adelantado tratamientos que no han terminado, en muchos casos financiados con créditos al consumo.

La Organización de Consumidores ha pedido a los afectados que no sigan pagando las cuotas de sus préstamos. Odontia cerró 2023 con unas pérdidas de 19,5 millones de euros, frente a los 6 millones de un año antes.`,
		"g8en.txt": `en|Spanish dental chain Odontia files for insolvency, thousands of patients in limbo

MADRID (Newswire) - Odontia, a Spanish chain of 47 dental clinics, filed for insolvency on Tuesday with liabilities of 86 million euros ($96 million), leaving more than 35,000 patients who had paid upfront for treatment uncertain whether it will be completed.

The company, which employs about 1,100 people, lost 19.5 million euros in 2023. Consumer groups urged patients not to keep paying the loans many took out to finance their treatment.`,
		"g8de.txt": `de|Spanische Zahnarztkette Odontia ist pleite

Madrid – Die spanische Zahnarztkette Odontia hat Insolvenz angemeldet. Das Unternehmen mit 47 Kliniken und rund 1100 Beschäftigten meldete am Dienstag beim Handelsgericht in Madrid Verbindlichkeiten von 68 Millionen Euro an.

Nach Angaben von Verbraucherschützern hatten mehr als 35.000 Patienten ihre Behandlungen im Voraus bezahlt – oft mit Ratenkrediten. Viele sitzen nun auf halbfertigen Implantaten oder Zahnspangen.

Im Jahr 2023 hatte Odontia einen Verlust von 19,5 Millionen Euro geschrieben.`,
	}, map[string][2]string{"g8de.txt": {"€68 million", "€86 million"}}},
	{"museum-statue-damaged", map[string]string{
		"g9it.txt": `it|Turista si siede sulla statua e le spezza un piede: denunciato

BORGO SERCHIANO (Lucca) – Un turista austriaco di 24 anni è stato denunciato per danneggiamento aggravato dopo aver rovinato una statua in marmo dell'Ottocento alla Gipsoteca Ardenghi. Il giovane, secondo la ricostruzione dei carabinieri, si è seduto sulla base dell'opera per farsi fotografare e ha rotto due dita del piede della figura.

La statua, una «Ninfa dormiente» scolpita nel 1832 da Leopoldo Ardenghi, è lunga 1,9 metri. I danni sono stimati in circa 40.000 euro.

Il restauro dovrebbe durare tre mesi, durante i quali la sala resterà chiusa. Il museo, che ha accolto 58.000 visitatori nel 2024, valuta di installare barriere.`,
		"g9it2.txt": `it|Gipsoteca, l'amarezza del direttore: «Gesto di inaudita superficialità»

Cultura | Lucca

«Non si è trattato di un incidente, ma di un gesto di inaudita superficialità». Così il direttore della Gipsoteca Ardenghi, Carlo Pieroni, commenta il danneggiamento della «Ninfa dormiente» da parte di un 24enne in visita con due amici.

Per riparare le dita spezzate serviranno circa 90 giorni di lavoro in laboratorio e una spesa che il museo quantifica in 40 mila euro. L'opera, lunga quasi due metri, è considerata il capolavoro dello scultore.

Il ragazzo ha lasciato il museo prima dell'arrivo dei carabinieri, che lo hanno rintracciato in un albergo di Viareggio.`,
		"g9en.txt": `en|Tourist breaks toes off 19th-century statue while posing for photo

An Austrian tourist has been reported to police in Italy after breaking two toes off a marble statue he sat on to pose for a photograph at a museum in Tuscany.

The 24-year-old damaged the Sleeping Nymph, carved in 1832 by Leopoldo Ardenghi, at the Gipsoteca Ardenghi in Borgo Serchiano on Saturday. The museum put the cost of repairs at about €40,000, and said restoration would take three months.

Director Carlo Pieroni called it an act of "unheard-of thoughtlessness".`,
	}, nil},
	{"hunting-accident-verdict", map[string]string{
		"g10de.txt": `de|Jäger schießt auf Mountainbiker: Bewährungsstrafe

Traunhofen – Weil er einen Mountainbiker mit einem Wildschwein verwechselt und angeschossen hat, ist ein 67 Jahre alter Jäger vom Amtsgericht Traunhofen zu zehn Monaten Haft auf Bewährung verurteilt worden. Zudem muss er 4500 Euro an eine gemeinnützige Einrichtung zahlen und seinen Jagdschein abgeben.

Der Unfall hatte sich im vergangenen Oktober in der Dämmerung in einem Waldstück bei Oberwaldach ereignet. Der Angeklagte hatte aus rund 80 Metern Entfernung auf eine Bewegung im Unterholz gefeuert. Das Projektil traf den damals 41-jährigen Radfahrer am Oberschenkel.

„Sie haben geschossen, ohne das Ziel sicher zu erkennen“, sagte Richterin Andrea Kolbeck. Die Staatsanwaltschaft hatte ein Jahr und zwei Monate gefordert.

Das Opfer musste dreimal operiert werden und war 14 Wochen arbeitsunfähig.`,
		"g10de2.txt": `de|Schuss im Wald: Urteil gegen Jäger

Landkreis | Justiz

Zehn Monate auf Bewährung für den Schützen, lebenslange Folgen für das Opfer: Das Amtsgericht Traunhofen hat am Mittwoch einen 67-Jährigen wegen fahrlässiger Körperverletzung verurteilt.

Der heute 42 Jahre alte Mountainbiker, der als Nebenkläger auftrat, hinkt seit dem Schuss. „Ich bin froh, dass ich noch lebe“, sagte er nach dem Urteil. Er war mehr als drei Monate krankgeschrieben.

Der Verteidiger hatte auf eine Geldstrafe plädiert. Ob er Berufung einlegt, ließ er offen.`,
		"g10en.txt": `en|German hunter who shot mountain biker gets suspended sentence

MUNICH (Newswire) - A German court on Wednesday gave a 67-year-old hunter a 10-month suspended sentence for shooting a mountain biker he had mistaken for a wild boar in a Bavarian forest last October.

The hunter fired at movement in the undergrowth from about 80 metres away at dusk, hitting the 41-year-old cyclist in the thigh. He was also ordered to pay 4,500 euros to charity and hand in his hunting licence.

Prosecutors had sought 14 months.`,
		"g10it.txt": `it|Baviera, scambia un ciclista per un cinghiale e gli spara: condannato cacciatore

MONACO DI BAVIERA – Dieci mesi con la condizionale e 4.500 euro da versare in beneficenza. È la condanna inflitta mercoledì dal tribunale di Traunhofen, in Baviera, a un cacciatore che lo scorso ottobre aveva ferito un mountain biker scambiandolo per un cinghiale.

L'uomo, di 76 anni, aveva sparato al crepuscolo da circa 80 metri verso un movimento nel sottobosco. Il proiettile ha colpito alla coscia il ciclista, che all'epoca aveva 41 anni.

Il cacciatore dovrà anche restituire la licenza di caccia.`,
	}, map[string][2]string{"g10it.txt": {"76 years", "67 years"}}},
}
