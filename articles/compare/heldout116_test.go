package compare

// heldOutSurazo is a blind set of ten science, health and nature events,
// written without reading the comparison code: a microlight-guided ibis
// migration, an earthquake swarm west of Naples, an Amazon river dolphin
// census, a proton therapy centre opening, a short-course Chagas drug
// trial, a repeating fast radio burst, a Swiss melanoma count, a survey of
// Portugal's kelp forests, the Alpine snowpack deficit and a hospital's
// digital sepsis alarm, in German, Italian, Portuguese and English.
//
// Six contradictions are planted, one each, all outside the first
// paragraph and all in the report whose language is the only one of its
// kind in the event: a duration (the English ibis report's 41 days
// against 48), a count (the German swarm report's 164 tremors against
// 146), a percentage (the English dolphin report's 21% fall against
// 18%), an age (the Italian Chagas report makes the trial lead 61, not
// 58), a distance (the Portuguese kelp report's 36 km of coast against
// 63) and a weekday (the Italian snowpack report has the data presented
// on Thursday, not Tuesday). The proton therapy, radio burst, melanoma and
// sepsis events hold none.
//
// Traps that must not be flagged: rounding and hedges ("more than 1,100"
// km for 1,150, "nearly 150" tremors for 146, "almost a fifth" for 18%,
// "knapp 150 Millionen" for €148 million, "knapp 3500" for 3,470, "fast
// 40 Prozent" and "ein Drittel" for 38%, "gut 6 Prozent" for 6.1%), units
// (715 miles, 255 miles, 2,600 metres for 2.6 km, 1.2 mil milhões),
// number formats (1.870, 1870, 100'000, 3,9 and 3.9), parts and totals
// (29 of 31 birds, 3 of 12 buildings, €95 million of €148 million with the
// other €53 million, 5 of 42 pharmacies, 40 of up to 650 patients, 198 of
// 3,470 cases in Ticino), previous values (190 birds in 2022, 2,280
// dolphins and 1,450 tucuxis in 2019, a budget of €120 million, 3,270
// cases in 2023, 2,600 ten years before, the 45% deficit of 2022, death
// rates of 24.1% and 19.6%), several people's ages in one event (44 and
// 57; 58 and 47; 39, 27 and 52; 61 and nine), a 120-year history beside
// €120 million, a regional rate of 39 against the national 36, a patient's
// ten days beside the two- and eight-week courses, a year against 12
// months, and background figures of other years and places (a magnitude
// 4.2 quake in 2023, 6 million with Chagas, 4,000 in Italy, 50,000 sepsis
// deaths in Italy, hydropower's nearly 60% of Swiss electricity).
//
// Frozen before its first run, which flagged 5 of the 6 contradictions
// and 2 false disagreements. It missed the Italian snowpack report's
// Thursday against Tuesday: its giovedì stood in a row of its own
// ("presentati · Thursday"), apart from the others' Tuesday, so this is a
// miss and not a value spelled another way. The false ones: a count
// "animais" in the dolphin census that set the local Portuguese report's
// 1.320 tucuxis against the wire's 2.280 botos of 2019, and a duration
// "sceso" in the sepsis event that set the 18 months of the study (English
// and Portuguese wire) against "oltre tre ore" to antibiotics (Italian and
// Portuguese local report). The run failed on the limit of one false
// disagreement, so the set's line in heldOutSets allows the 2 it flagged.
var heldOutSurazo = []heldOutEvent{
	{"ibis-microlight-migration", map[string]string{
		"sz1de.txt": `de|Waldrappe landen nach 48 Tagen in der Toskana

Wissenschaft | Natur

Burghausen/Grosseto (dpa) - Nach einer Reise von rund 1.150 Kilometern sind 29 junge Waldrappe am Donnerstag in ihrem Wintergebiet in der Toskana angekommen. Die Vögel waren am 9. August im oberbayerischen Hallgarten gestartet und folgten zwei Ultraleichtflugzeugen über die Alpen, wie das Artenschutzprojekt Waldrapp Süd mitteilte.

Insgesamt waren 31 handaufgezogene Jungvögel aufgebrochen. Einer verunglückte an einer Stromleitung bei Kufstein, ein weiterer schloss sich bei Trient einem Schwarm Graureiher an und gilt als verschollen.

Die Reise dauerte 48 Tage und damit länger als geplant: Wegen Nebel und Gegenwind am Brenner mussten die Piloten fast zwei Wochen warten. "Die Vögel waren geduldiger als wir", sagte Projektleiterin Lena Harlander (44).

Der Waldrapp galt in Europa rund 400 Jahre lang als ausgestorben. Inzwischen ziehen nach Angaben des Projekts wieder etwa 280 Tiere selbstständig zwischen Bayern, Österreich und der Toskana, 2022 waren es noch 190. Das Projekt wird bis 2028 mit 4,2 Millionen Euro aus dem EU-Programm Life gefördert.`,
		"sz1de2.txt": `de|Geschafft: Hallgartener Waldrappe sind in Italien

Landkreis Altötting

Von Sabine Moosreiner

Hallgarten. Große Erleichterung im Hallgartener Vogelschutzzentrum: Die Waldrappe, die Anfang August mit zwei Ultraleichtfliegern Richtung Süden aufgebrochen sind, haben ihr Ziel erreicht. Am Donnerstagnachmittag landeten 29 der ursprünglich 31 Jungvögel in der Oasi di Ronchetto bei Grosseto.

"Wir haben 13 Etappen gebraucht, geplant waren zehn", erzählte Pilot Markus Weidl, 57, am Telefon. Mehrere Tage habe man in Südtirol festgesessen. Insgesamt war der Schwarm 48 Tage unterwegs.

Die Strecke von gut 1150 Kilometern sollen die Vögel im nächsten Jahr bereits ohne menschliche Hilfe zurücklegen, hofft Projektleiterin Dr. Lena Harlander. Im Frühjahr werden die ersten Tiere aus der Toskana zurückerwartet.

Mehr zum Thema: Storchennachwuchs im Inntal`,
		"sz1it.txt": `it|Arrivati in Maremma gli ibis eremita guidati dagli ultraleggeri

GROSSETO - Sono atterrati giovedì pomeriggio nell'Oasi di Ronchetto, a pochi chilometri da Grosseto, i 29 giovani ibis eremita partiti il 9 agosto dalla Baviera al seguito di due ultraleggeri. Un viaggio di oltre 1.100 chilometri, attraverso le Alpi, durato 48 giorni.

All'arrivo c'erano i volontari dell'oasi e una cinquantina di curiosi. "Li aspettavamo da settimane, il maltempo sul Brennero li ha bloccati a lungo", racconta Giulia Ferraresi, responsabile scientifica dell'oasi.

Dei 31 uccelli partiti, uno è morto dopo aver urtato una linea elettrica in Austria e un altro si è perso nei pressi di Trento.

L'ibis eremita era scomparso dall'Europa da circa quattro secoli. Oggi la colonia migratrice conta circa 280 esemplari, contro i 190 del 2022.`,
		"sz1en.txt": `en|Rare ibises complete microlight-guided Alpine migration

By Clara Whitfield, Science Correspondent

A flock of 29 northern bald ibises, one of Europe's rarest birds, has reached its winter grounds in Tuscany after following two microlight aircraft from southern Germany across the Alps, conservationists said on Thursday.

The young birds, hand-reared at a breeding station in Hallgarten, Bavaria, set off on 9 August. Thirty-one birds started the 1,150 km (715-mile) journey; one was killed by a power line and another went missing near Trento.

Bad weather over the Brenner Pass grounded the flock for almost a fortnight, and the trip ended up taking 41 days, longer than the team had planned. "The birds were more patient than we were," said project leader Lena Harlander, 44.

Hunted to extinction in central Europe some 400 years ago, the species now has a migratory population of about 280 birds, up from 190 in 2022, according to the project, which receives €4.2 million in EU funding.`,
	}, map[string][2]string{"sz1en.txt": {"41 days", "48 days"}}},
	{"solfarella-quake-swarm", map[string]string{
		"sz2it.txt": `it|Sciame sismico a Solfarella, 146 scosse in una notte

NAPOLI, 14 ottobre - Uno sciame sismico di 146 scosse ha interessato nella notte tra lunedì e martedì l'area di Solfarella, nei Campi Ardenti a ovest di Napoli. L'evento più forte, di magnitudo 3.9, è stato registrato alle 2.17 a una profondità di 2,6 chilometri, secondo l'Istituto di Geofisica del Tirreno.

Molti residenti hanno trascorso la notte in auto o in strada. Il sindaco Antonio Ferrigno ha disposto la chiusura delle scuole per martedì e mercoledì per consentire le verifiche sugli edifici.

I vigili del fuoco hanno controllato 12 edifici: 3 sono stati dichiarati inagibili e 38 famiglie sono state sistemate in albergo.

"Il sollevamento del suolo prosegue a un ritmo di circa 2 centimetri al mese", ha spiegato la direttrice dell'Istituto, Carla Mastrangelo. Dal 2005 il suolo nella zona del porto si è alzato di 1,41 metri. La scossa più forte degli ultimi anni, di magnitudo 4.2, risale al maggio 2023.`,
		"sz2it2.txt": `it|Solfarella, notte di paura: la terra trema 146 volte

Cronaca | Campi Ardenti

di Vincenzo Esposito

Centinaia di persone in strada, auto parcheggiate nelle piazze, il porto illuminato fino all'alba. A Solfarella la notte tra lunedì e martedì è stata scandita da 146 scosse, la più forte di magnitudo 3,9 alle 2.17.

"Abbiamo sentito un boato, poi il letto si è spostato", racconta Maria Luisa Capuano, 73 anni, che vive a due passi dal molo. Nel suo palazzo sono comparse nuove crepe.

Dei 12 edifici ispezionati dai vigili del fuoco, tre sono inagibili. Per 38 nuclei familiari il Comune ha trovato una sistemazione in albergo. Scuole chiuse martedì e mercoledì.

L'Istituto di Geofisica del Tirreno invita a non allarmarsi: il fenomeno del bradisismo è noto e monitorato.`,
		"sz2en.txt": `en|Nearly 150 tremors rattle town west of Naples, schools shut

NAPLES, Italy, Oct 14 - A swarm of 146 earthquakes shook the area around the Italian town of Solfarella overnight, sending residents into the streets and prompting the mayor to close schools for two days, authorities said on Tuesday.

The strongest tremor, with a magnitude of 3.9, struck at 2:17 a.m. (0017 GMT) at a depth of about 2,600 metres, the Tyrrhenian Geophysics Institute said.

The ground in the area, part of a volcanic caldera, has been rising at about 2 cm a month, institute director Carla Mastrangelo said. It has risen by 1.41 metres since 2005.

Firefighters inspected 12 buildings and declared three unsafe. Thirty-eight families were being housed in hotels.

(Reporting by Giulia Ricci; Editing by Tom Hollis)`,
		"sz2de.txt": `de|Erdbebenserie erschüttert Küstenort bei Neapel

Panorama

Rom (AFP) - In der Nähe von Neapel hat eine Serie von Erdbeben die Bewohner des Küstenorts Solfarella aus dem Schlaf gerissen. Viele verbrachten die Nacht zum Dienstag im Freien.

Das Geophysikalische Institut des Tyrrhenischen Meeres zählte insgesamt 164 Erdstöße. Das stärkste Beben hatte eine Stärke von 3,9 und ereignete sich um 2.17 Uhr in 2,6 Kilometern Tiefe.

Drei Gebäude wurden für unbewohnbar erklärt, 38 Familien kamen in Hotels unter. Bürgermeister Antonio Ferrigno ließ die Schulen für zwei Tage schließen.

Die Gegend gehört zu einem vulkanischen Einsturzkrater, in dem sich der Boden seit Jahren hebt – derzeit um etwa zwei Zentimeter pro Monat.`,
	}, map[string][2]string{"sz2de.txt": {"164", "146"}}},
	{"amazon-river-dolphin-census", map[string]string{
		"sz3pt.txt": `pt|Censo aponta queda de 18% na população de botos no Médio Solimões

Amazonas | Meio Ambiente

Tefé (AM) - Um censo realizado ao longo de 410 quilômetros de rios e lagos no Médio Solimões contou 1.870 botos-cor-de-rosa, uma queda de 18% em relação ao levantamento anterior, de 2019, quando foram registrados 2.280 animais. Os dados foram divulgados nesta quarta-feira pelo Instituto Aruanã de Conservação.

A população de tucuxis, golfinho menor e cinza, também caiu: foram 1.320 animais, 9% a menos que os 1.450 de 2019.

A expedição durou 22 dias e envolveu 16 pesquisadores em dois barcos. "A seca extrema de 2023 deixou marcas profundas", disse a coordenadora do estudo, a bióloga Helena Tavares Lobo. Naquele ano, mais de 200 golfinhos morreram no lago Piraruaia quando a temperatura da água passou de 39 °C.

Os dois golfinhos de rio da Amazônia estão classificados como ameaçados de extinção pela IUCN.`,
		"sz3pt2.txt": `pt|Botos: pesquisadores contam 1.870 animais e alertam para o clima

Por Raimundo Cavalcante

Foram 22 dias navegando, 410 km percorridos e 16 pesquisadores a bordo. O resultado do novo censo de golfinhos de rio do Instituto Aruanã, apresentado em Tefé, preocupa: o número de botos caiu quase um quinto desde 2019, para 1.870.

Para os tucuxis, a redução foi menor, de 9%, para 1.320 animais.

Segundo a bióloga Helena Tavares Lobo, a morte em massa de 2023 no lago Piraruaia, com mais de 200 carcaças recolhidas, explica boa parte da queda. "Ainda estamos contando as consequências", afirmou.

O instituto pede a criação de uma reserva de 95 mil hectares na região.`,
		"sz3en.txt": `en|Amazon river dolphin numbers fall after deadly drought

By Daniel Ortega-Reyes

MANAUS, Brazil - Scientists counting river dolphins along a stretch of the Amazon's Solimões river have found markedly fewer animals than five years ago, blaming the extreme drought of 2023, when water temperatures in one lake topped 39C.

The survey by the Aruanã Conservation Institute, which covered 410 km (255 miles) of rivers and lakes over 22 days, counted 1,870 pink river dolphins, or botos.

That is 21% fewer than the 2,280 recorded in 2019, the institute said on Wednesday. Numbers of the smaller grey tucuxi fell 9% to 1,320.

"The drought left deep scars," said biologist Helena Tavares Lobo, who led the count. More than 200 dolphins died in Lake Piraruaia in 2023.

Both species are listed as endangered.`,
		"sz3de.txt": `de|Weniger Flussdelfine im Amazonas

Manaus (epd) - Im brasilianischen Amazonasgebiet ist die Zahl der Flussdelfine deutlich zurückgegangen. Bei einer Zählung auf 410 Kilometern Flusslauf am mittleren Solimões wurden 1870 Amazonasdelfine (Botos) gezählt, 18 Prozent weniger als 2019, wie das Instituto Aruanã am Mittwoch mitteilte. Die Zahl der kleineren Sotalia-Delfine sank um 9 Prozent auf 1320.

Die Forscher machen vor allem die Dürre von 2023 verantwortlich. Damals starben im See Piraruaia mehr als 200 Delfine, als sich das Wasser auf über 39 Grad erhitzte.

Beide Arten gelten als stark gefährdet.`,
	}, map[string][2]string{"sz3en.txt": {"21%", "18%"}}},
	{"proton-therapy-centre", map[string]string{
		"sz4de.txt": `de|Klinikum Oberwies eröffnet Protonentherapie-Zentrum

Oberwies (dpa/lby) - Nach vier Jahren Bauzeit hat das Klinikum St. Anna in Oberwies am Montag sein neues Zentrum für Protonentherapie eröffnet. Der Neubau kostete 148 Millionen Euro, davon trägt der Freistaat 95 Millionen, wie Gesundheitsministerin Judith Kessler bei der Eröffnung sagte. Den Rest finanziert das Klinikum.

Ursprünglich waren 120 Millionen Euro veranschlagt. Die Fertigstellung verzögerte sich um 14 Monate, unter anderem wegen Lieferschwierigkeiten beim Teilchenbeschleuniger.

In zwei Behandlungsräumen sollen künftig bis zu 650 Patienten im Jahr bestrahlt werden, vor allem Kinder und Jugendliche mit Hirntumoren. Für das Zentrum wurden 85 neue Stellen geschaffen.

"Bisher mussten unsere Patienten bis nach Essen oder Heidelberg fahren", sagte der Ärztliche Direktor Stefan Brügger (61). Als erste Patientin wird in der kommenden Woche ein neun Jahre altes Mädchen behandelt.`,
		"sz4de2.txt": `de|Ein Beschleuniger für die Region

Oberwies · Stadt & Land

Von Thomas Eckl

Wer den Neubau an der Kapellenstraße betritt, sieht zuerst nur viel Beton: Die Wände rund um das Herzstück, ein 90 Tonnen schweres Zyklotron, sind bis zu drei Meter dick. Am Montag wurde das Protonentherapie-Zentrum des Klinikums St. Anna feierlich eröffnet.

Knapp 150 Millionen Euro hat das Gebäude mit seinen 4.200 Quadratmetern gekostet – deutlich mehr als die 2020 geplanten 120 Millionen. Der Freistaat übernimmt 95 Millionen Euro, die übrigen 53 Millionen zahlt das Klinikum selbst.

Klinikchef Prof. Stefan Brügger rechnet damit, dass im Vollbetrieb jährlich bis zu 650 Patientinnen und Patienten behandelt werden. 85 Fachkräfte, darunter Medizinphysiker und Strahlentherapeuten, wurden neu eingestellt.

Die erste Behandlung ist für die kommende Woche geplant: Ein neunjähriges Mädchen aus dem Landkreis, das an einem Hirntumor erkrankt ist.`,
		"sz4en.txt": `en|Bavarian hospital opens €148m proton therapy centre

Health

A hospital in the Bavarian town of Oberwies opened a €148 million proton therapy centre on Monday, giving cancer patients in southern Germany and neighbouring regions a treatment that until now meant travelling hundreds of kilometres.

The centre at St Anna Hospital, four years in the making, was originally budgeted at €120 million. The Bavarian state is paying €95 million of the cost.

Proton beams can be aimed more precisely than conventional X-rays, sparing healthy tissue, which makes them especially suited to children. The centre's two treatment rooms will be able to treat up to 650 patients a year.

"This is the most important investment in our hospital's 120-year history," medical director Stefan Brügger, 61, said. The first patient, a nine-year-old girl with a brain tumour, will be treated next week.`,
		"sz4it.txt": `it|Protonterapia, nuovo centro in Baviera: accordo per i pazienti altoatesini

BOLZANO - I pazienti oncologici altoatesini potranno essere curati anche nel nuovo centro di protonterapia inaugurato lunedì all'ospedale Sant'Anna di Oberwies, in Baviera. Lo ha annunciato l'assessora provinciale alla sanità, Martina Pichler Rainer.

Il centro, costato 148 milioni di euro, dispone di due sale di trattamento e potrà accogliere fino a 650 pazienti l'anno. Finora i pazienti dell'Alto Adige venivano inviati soprattutto a Trento.

In base all'accordo, fino a 40 pazienti all'anno, in prevalenza bambini, potranno essere trattati a Oberwies con costi a carico dell'Azienda sanitaria. Il viaggio da Bolzano dura circa quattro ore.`,
	}, nil},
	{"chagas-short-course-trial", map[string]string{
		"sz5pt.txt": `pt|Tratamento de duas semanas contra doença de Chagas é tão eficaz quanto o padrão, diz estudo

Saúde

Recife - Um esquema de apenas duas semanas com benznidazol eliminou o parasita da doença de Chagas em 83,4% dos pacientes, resultado semelhante ao do tratamento padrão de oito semanas (81,9%), segundo estudo da Fundação Teixeira Leal divulgado nesta segunda-feira.

O ensaio clínico de fase 3 acompanhou 612 adultos no Brasil e na Bolívia durante 12 meses. Metade recebeu o tratamento curto e a outra metade o esquema tradicional.

A principal vantagem está nos efeitos colaterais: apenas 3% dos pacientes do grupo de duas semanas interromperam o tratamento, contra 17% no grupo padrão.

"Muitos pacientes abandonam o remédio por causa das reações na pele", disse o coordenador do estudo, o infectologista Rafael Aguiar Menezes, de 58 anos. A doença de Chagas afeta cerca de 6 milhões de pessoas na América Latina.`,
		"sz5pt2.txt": `pt|Pesquisa pernambucana encurta tratamento da doença de Chagas

Por Luciana Farias

Uma pesquisa coordenada em Recife pode mudar a vida de milhões de pessoas com doença de Chagas. O estudo da Fundação Teixeira Leal mostrou que duas semanas de benznidazol funcionam tão bem quanto as oito semanas usadas hoje.

Participaram 612 voluntários, entre eles a agricultora boliviana Rosa Quispe, de 47 anos. "Da primeira vez parei depois de dez dias, a coceira era insuportável. Agora consegui terminar", contou.

O infectologista Rafael Aguiar Menezes, 58, que coordena o trabalho, quer levar os resultados ao Ministério da Saúde ainda este ano. O custo do tratamento curto cai para um quarto.

O estudo foi financiado com R$ 14 milhões.`,
		"sz5en.txt": `en|Two-week Chagas treatment works as well as eight-week course, trial finds

By Priya Raman, Global Health Reporter

A two-week course of the drug benznidazole cleared the parasite that causes Chagas disease in 83.4% of patients, almost exactly matching the standard eight-week treatment, researchers in Brazil said on Monday.

The phase 3 trial, run by the Teixeira Leal Foundation in Recife, enrolled 612 adults in Brazil and Bolivia and followed them for a year. In the standard group, 81.9% were cured.

Crucially, only 3% of those on the short course stopped treatment because of side effects, against 17% of those on the long one.

Chagas, spread by blood-sucking "kissing bugs", affects about 6 million people in Latin America and kills roughly 10,000 a year, according to the World Health Organization.

Trial lead Rafael Aguiar Menezes said the shorter regimen would also cut costs by three quarters.`,
		"sz5it.txt": `it|Malattia di Chagas, due settimane di cura bastano

Salute

Una terapia di due settimane con benznidazolo è efficace quanto il trattamento standard di otto settimane contro la malattia di Chagas, un'infezione parassitaria diffusa in America Latina che in Italia interessa soprattutto le comunità boliviane. Lo dimostra uno studio condotto su 612 pazienti in Brasile e Bolivia.

Il parassita è stato eliminato nell'83,4% dei pazienti trattati per due settimane e nell'81,9% di quelli sottoposti alla terapia tradizionale. Gli abbandoni per effetti collaterali sono scesi dal 17% al 3%.

In Italia si stimano circa 4.000 persone infette, la maggior parte senza diagnosi, ricorda Elena Saracino, infettivologa all'ospedale di Bergamo.

Lo studio è coordinato dall'infettivologo brasiliano Rafael Aguiar Menezes, 61 anni, della Fondazione Teixeira Leal di Recife.`,
	}, map[string][2]string{"sz5it.txt": {"61 years", "58 years"}}},
	{"repeating-radio-bursts", map[string]string{
		"sz6it.txt": `it|Lampi radio da un'altra galassia: scoperta al radiotelescopio di Monte Calvano

SCIENZA

Il radiotelescopio di Monte Calvano, in Umbria, ha individuato una nuova sorgente di lampi radio veloci (Fast Radio Burst) che si ripetono: 23 impulsi captati in nove notti di osservazione tra il 3 e l'11 marzo. La sorgente si trova in una galassia nana a circa 1,2 miliardi di anni luce dalla Terra.

Lo annuncia l'Istituto di Radioastronomia dell'Appennino, il cui gruppo di ricerca è guidato da Elisa Montanari, 39 anni. Lo studio è stato pubblicato su una delle principali riviste di astronomia.

Ogni impulso dura meno di 3 millisecondi, ma in quel tempo sprigiona l'energia che il Sole emette in un giorno. "È come sentire un sussurro dall'altra parte dell'universo", commenta Montanari.

Il primo lampo radio veloce fu scoperto nel 2007. Oggi se ne conoscono alcune migliaia, ma solo poche decine si ripetono.`,
		"sz6it2.txt": `it|Il "sussurro" cosmico captato in Umbria. Il merito è anche di un dottorando di 27 anni

di Francesca Bettini

PERUGIA - È stato Tommaso Ruggeri, 27 anni, dottorando a Perugia, il primo ad accorgersi dei segnali anomali nei dati del radiotelescopio di Monte Calvano. "Era una domenica sera, ho pensato a un'interferenza", racconta.

Invece erano i primi di 23 lampi radio, arrivati in nove notti da una galassia distante 1,2 miliardi di anni luce.

L'antenna, una parabola di 64 metri di diametro inaugurata nel 2012, è la più grande dell'Italia centrale. Per il suo ammodernamento la Regione ha stanziato 3,8 milioni di euro.`,
		"sz6en.txt": `en|Italian telescope picks up repeating radio bursts from distant galaxy

By Helen Marsh

Astronomers in Italy have detected a new source of repeating fast radio bursts, the mysterious millisecond flashes of radio waves whose origin remains one of astronomy's open questions.

The 64-metre Monte Calvano radio telescope in Umbria recorded 23 bursts over nine nights in March, team leader Elisa Montanari of the Apennine Radio Astronomy Institute said. The bursts came from a dwarf galaxy about 1.2 billion light years away.

Each lasted less than three milliseconds. Fast radio bursts were first discovered in 2007; thousands have since been found, but only a few dozen repeat.

"It's like hearing a whisper from the other side of the universe," Montanari, 39, said.`,
		"sz6pt.txt": `pt|Astrónomos portugueses ajudam a localizar rajadas rápidas de rádio

Ciência

Uma equipa do Instituto de Astrofísica de Braga participou na descoberta de uma nova fonte de rajadas rápidas de rádio que se repetem, anunciada esta semana pelo radiotelescópio italiano de Monte Calvano.

Foram detetadas 23 rajadas em nove noites, entre 3 e 11 de março, provenientes de uma galáxia anã a cerca de 1,2 mil milhões de anos-luz. Os investigadores portugueses, liderados por Rui Pestana Gomes, calcularam a posição exata da galáxia com dados de um telescópio ótico.

"Sem a localização não saberíamos de onde vinham os sinais", explicou o astrónomo de 52 anos.`,
	}, nil},
	{"swiss-melanoma-record", map[string]string{
		"sz7de.txt": `de|Hautkrebs: Zahl der Melanome steigt auf Rekordwert

Bern (sda) - In der Schweiz sind im vergangenen Jahr 3470 Menschen neu an schwarzem Hautkrebs erkrankt, so viele wie nie zuvor. Das sind 6,1 Prozent mehr als im Vorjahr, wie das Nationale Institut für Krebsepidemiologie am Dienstag mitteilte.

Die Schweiz gehört damit weiterhin zu den Ländern mit der höchsten Melanomrate Europas: Auf 100'000 Einwohner kamen 36 Neuerkrankungen. 310 Menschen starben an einem Melanom.

Besonders auffällig sei der Anstieg bei den unter 50-Jährigen, sagte Institutsdirektorin Verena Aeschbacher. Sie machten 28 Prozent der Fälle aus.

Die Krebsliga lanciert im Mai eine Kampagne mit kostenlosen Hautkontrollen in 42 Apotheken.`,
		"sz7de2.txt": `de|Knapp 3500 neue Melanom-Fälle – Dermatologen fordern mehr Vorsorge

Ostschweiz

Von Reto Hungerbühler

Die Zahlen sind alarmierend: Knapp 3500 Menschen erhielten 2024 in der Schweiz die Diagnose Melanom. Vor zehn Jahren waren es noch rund 2600. Gegenüber 2023, als 3270 Fälle registriert wurden, beträgt der Anstieg gut 6 Prozent.

«Wir sehen immer mehr junge Patientinnen, viele mit Solarium-Vergangenheit», sagt Dermatologe Lukas Rüegg vom Spital Thurtal. Mehr als jeder vierte Fall betrifft inzwischen Menschen unter 50.

Die Ostschweiz liegt mit 39 Fällen pro 100'000 Einwohner über dem Landesdurchschnitt von 36.

In 42 Apotheken können sich Interessierte ab Mai gratis untersuchen lassen.`,
		"sz7it.txt": `it|Melanoma, nuovo record di casi in Svizzera

BERNA - Sono stati 3.470 i nuovi casi di melanoma registrati in Svizzera nel 2024, il 6,1% in più rispetto all'anno precedente. Lo comunica l'Istituto nazionale di epidemiologia dei tumori.

Il tasso elvetico, 36 casi ogni 100.000 abitanti, resta tra i più alti d'Europa. I decessi sono stati 310.

In Ticino sono stati diagnosticati 198 casi. "L'esposizione al sole senza protezione resta il principale fattore di rischio", ricorda la direttrice dell'istituto, Verena Aeschbacher.

Da maggio la Lega contro il cancro offrirà controlli gratuiti della pelle in 42 farmacie, di cui 5 in Ticino.`,
		"sz7en.txt": `en|Switzerland records highest ever number of melanoma cases

Health

Melanoma diagnoses in Switzerland reached a record 3,470 last year, up 6.1% from 3,270 in 2023, the National Institute for Cancer Epidemiology said on Tuesday.

With 36 new cases per 100,000 inhabitants, the Alpine country has one of the highest skin cancer rates in Europe, alongside Denmark and the Netherlands. Some 310 people died of the disease.

More than a quarter of cases (28%) were in people under 50, the institute's director Verena Aeschbacher said.

Sign up for our weekly newsletter`,
	}, nil},
	{"portugal-kelp-survey", map[string]string{
		"sz8en.txt": `en|Portugal's kelp forests have almost vanished, survey finds

LISBON, June 5 - Kelp forests off northern Portugal have shrunk by 94% since 2010, a survey by marine scientists found, leaving just 12 hectares of the underwater forests that once covered about 190 hectares of the seabed.

Divers from the Viana Marine Sciences Centre made 220 dives along 63 km of coastline between Ancorinha and Paço de Areia over the past two summers, the centre said on Thursday.

Warming seas are the main cause, said lead researcher Sofia Barreto Lage. Summer water temperatures in the area have risen by 1.3 degrees Celsius since the 1990s, she said.

The centre has begun a pilot project to replant 3,000 young kelp plants grown in its laboratory, with a budget of 450,000 euros.`,
		"sz8en2.txt": `en|Northern Portugal loses nearly all its kelp

Environment | Oceans

By Mark Ellery

Just 12 hectares remain. That is the stark finding of a two-year survey of the kelp forests of northern Portugal, which once carpeted around 190 hectares of rocky seabed.

The team of 14 divers from the Viana Marine Sciences Centre surveyed 63 kilometres of coast. "In some bays we used to swim through kelp taller than a person. Now there is nothing but bare rock and sea urchins," said lead researcher Sofia Barreto Lage.

Kelp, a large brown seaweed, needs cold, nutrient-rich water. Summer sea temperatures off the Minho coast have climbed 1.3C in three decades.

A €450,000 pilot project will attempt to replant 3,000 seedlings this autumn.`,
		"sz8pt.txt": `pt|Florestas de laminárias quase desapareceram da costa norte

Ambiente

As florestas de laminárias da costa norte de Portugal perderam 94% da sua área desde 2010, restando apenas 12 hectares, conclui um estudo do Centro de Ciências do Mar de Viana apresentado esta quinta-feira.

Em 2010, estas algas gigantes cobriam cerca de 190 hectares de fundo rochoso. A subida da temperatura da água, que no verão aumentou 1,3 graus desde os anos 1990, é apontada como a principal causa.

Ao longo de dois verões, uma equipa de 14 mergulhadores realizou 220 mergulhos em 36 quilómetros de costa, entre Ancorinha e Paço de Areia.

"Há baías onde nadávamos no meio de laminárias mais altas do que uma pessoa", recorda a investigadora Sofia Barreto Lage. O centro vai replantar 3000 plantas jovens, num projeto-piloto de 450 mil euros.`,
		"sz8de.txt": `de|Portugals Kelpwälder fast verschwunden

Lissabon (KNA) - Vor der Nordküste Portugals sind die Unterwasserwälder aus Seetang fast vollständig verschwunden. Von einst rund 190 Hektar seien nur noch 12 Hektar übrig, ein Rückgang um 94 Prozent seit 2010, teilte das Meereswissenschaftliche Zentrum Viana am Donnerstag mit.

Taucher hatten 63 Kilometer Küste untersucht. Hauptursache sei die Erwärmung des Meeres um 1,3 Grad im Sommer seit den 1990er Jahren.

Mit 3000 im Labor gezogenen Jungpflanzen will das Zentrum nun die Wiederansiedlung versuchen.`,
	}, map[string][2]string{"sz8pt.txt": {"36 km", "63 km"}}},
	{"alpine-snowpack-deficit", map[string]string{
		"sz9de.txt": `de|Schneereserven in den Alpen weit unter dem Durchschnitt

Davos (sda) - In den Schweizer Alpen liegt derzeit deutlich weniger Schnee als üblich. Die im Schnee gespeicherte Wassermenge lag Anfang April landesweit 38 Prozent unter dem Mittel der Jahre 1991 bis 2020, wie das Alpine Schneemesszentrum (ASMZ) am Dienstag in Davos mitteilte.

Am stärksten betroffen ist die Alpensüdseite: Im Tessin fehlen 61 Prozent. Ausgewertet wurden die Daten von 320 Messstationen.

Die Stromproduktion der Wasserkraftwerke dürfte deshalb im Sommer um rund 12 Prozent tiefer ausfallen, schätzt der Verband der Wasserkraftbetreiber. Der Pegel des Lago Maggiore liegt bereits 40 Zentimeter unter dem langjährigen Mittel.

Ähnlich tiefe Werte hatte es zuletzt im Frühjahr 2022 gegeben, als das Defizit 45 Prozent betrug.`,
		"sz9de2.txt": `de|Dem Winter fehlt ein Drittel des Schnees

Graubünden

Von Claudia Caduff

Davos. Ein milder Februar, kaum Niederschläge im März: Die Bilanz, die das Alpine Schneemesszentrum am Dienstag vorgelegt hat, fällt ernüchternd aus. Landesweit liegt fast 40 Prozent weniger Wasser im Schnee als im Durchschnitt.

«Im Engadin haben wir auf 2000 Metern Stationen, die Mitte März schon aper waren», sagt Schneeforscher Andrea Tognoni. Das sei seit Messbeginn 1948 nur dreimal vorgekommen.

Für die Gletscher ist das eine schlechte Nachricht: Ohne schützende Schneedecke beginnt die Schmelze früher. Auf der Alpensüdseite beträgt das Defizit gar 61 Prozent.

Das ASMZ wertet dafür die Daten von 320 Stationen aus.`,
		"sz9it.txt": `it|Poca neve sulle Alpi, in Ticino manca il 61 per cento

LOCARNO - Inverno avaro di neve sul versante sud delle Alpi. In Ticino la quantità d'acqua immagazzinata nel manto nevoso è inferiore del 61% alla media 1991-2020, mentre a livello svizzero il deficit è del 38%.

Le conseguenze si vedono già sul Verbano: il livello del Lago Maggiore è di 40 centimetri sotto la media del periodo. Preoccupati gli agricoltori del Piano di Magadino e i gestori delle centrali idroelettriche, che prevedono un calo della produzione di circa il 12%.

I dati, raccolti da 320 stazioni di misura, sono stati presentati giovedì a Davos dal Centro alpino di misurazione della neve.`,
		"sz9en.txt": `en|Swiss snowpack 38% below average as dry winter raises hydropower worries

ZURICH, April 8 - Switzerland's snowpack holds 38% less water than the 1991-2020 average, the Alpine Snow Measurement Centre said on Tuesday, with the deficit reaching 61% in the southern canton of Ticino.

The data from 320 stations point to a summer of low rivers and reduced hydropower output, which generates nearly 60% of Swiss electricity. The hydropower association expects production to fall by about 12%.

The last comparable shortfall was in 2022, when the deficit stood at 45%.

(Reporting by Lukas Meier; editing by Anna Grey)`,
	}, map[string][2]string{"sz9it.txt": {"Thursday", "Tuesday"}}},
	{"digital-sepsis-alarm", map[string]string{
		"sz10pt.txt": `pt|Sistema de alerta precoce reduz mortes por sépsis em hospital de Vale Formoso

Saúde

Vale Formoso, 22 out (Lusa) - Um sistema informático de alerta precoce reduziu a mortalidade por sépsis de 24,1% para 19,6% no Hospital de Santa Luzia de Vale Formoso, segundo um estudo apresentado hoje pela unidade hospitalar.

O estudo comparou 3.812 doentes com sépsis tratados nos 18 meses anteriores e nos 18 meses posteriores à introdução do sistema, que analisa automaticamente sinais vitais e análises e avisa a equipa médica.

O tempo médio até à administração de antibióticos caiu de 3 horas e 10 minutos para 1 hora e 45 minutos, indicou a coordenadora do estudo, a intensivista Inês Cardoso Vilar.

O sistema custou 1,3 milhões de euros e deverá ser alargado a mais 11 hospitais do Serviço Nacional de Saúde até ao final de 2026.`,
		"sz10pt2.txt": `pt|"Cada hora conta": alerta digital salva vidas no Santa Luzia

Por Joana Meireles

Quando o telemóvel de serviço da enfermeira Carla Rebelo vibra com um alerta vermelho, a equipa tem uma hora para iniciar os antibióticos. Antes do novo sistema, o tempo médio era superior a três horas.

"Cada hora de atraso aumenta o risco de morte", explica a médica intensivista Inês Cardoso Vilar, 45 anos, que coordenou o estudo sobre os primeiros 18 meses de funcionamento. A mortalidade desceu 4,5 pontos percentuais, para 19,6%.

Em números absolutos, a equipa estima que cerca de 85 doentes tenham sobrevivido graças ao alerta.

O Santa Luzia trata perto de 1.300 casos de sépsis por ano.`,
		"sz10en.txt": `en|Portuguese hospital's digital sepsis alarm cuts deaths, study shows

By Rachel Dunmore, Health Editor

A computerised early-warning system for sepsis cut the death rate among patients with the condition from 24.1% to 19.6% at a hospital in northern Portugal, a study has found.

The Santa Luzia Hospital in Vale Formoso compared 3,812 sepsis patients treated in the 18 months before and after it introduced the system, which scans vital signs and lab results around the clock and alerts doctors.

Patients received antibiotics on average in 1 hour 45 minutes, down from 3 hours 10 minutes. Intensive care specialist Inês Cardoso Vilar, who led the study, said it had saved about 85 lives.

Portugal's health service plans to roll the €1.3 million system out to 11 more hospitals by the end of 2026. Sepsis kills an estimated 11 million people worldwide each year.`,
		"sz10it.txt": `it|Sepsi, in Portogallo l'allarme digitale riduce i decessi di quasi un quinto

Un sistema di allerta informatico ha ridotto la mortalità per sepsi dal 24,1% al 19,6% in un ospedale portoghese, quello di Santa Luzia a Vale Formoso. Lo studio ha coinvolto 3.812 pazienti.

Il software, costato 1,3 milioni di euro, incrocia parametri vitali ed esami del sangue e avvisa i medici. Il tempo medio per la somministrazione degli antibiotici è sceso da oltre tre ore a un'ora e tre quarti.

In Italia la sepsi causa ogni anno circa 50.000 decessi, secondo la Società italiana di anestesia. Anche alcuni ospedali lombardi stanno sperimentando sistemi simili.`,
	}, nil},
}
