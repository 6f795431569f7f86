package compare

// heldOutHelm is a blind held-out set of ten events of world, health,
// education and environment news, written without reading the extraction
// or the matching: a cholera outbreak in Mozambique, a beach plastic ban in
// Liguria, a migrant boat rescue off Lampedusa, a marsh restoration in
// Andalusia, a Turin school occupation over broken heating, a chikungunya
// surge in Minas Gerais, a Portuguese university dropout report, a glacier
// collapse in the Aosta Valley, an Italian teachers' recruitment exam and
// shorter school days in a heatwave in the Alentejo, in Spanish, Portuguese,
// Italian and English.
//
// Six contradictions are planted, one each, none in a first paragraph: a
// death count (the Spanish report of the cholera outbreak, 27 for 23), a
// distance (the second Italian report of the rescue, 65 km for 45 km), a
// weekday (the English report of the school occupation, Friday for Monday),
// a percentage (the Italian report of the dropout study, 18.4% for 16.4%),
// an age (the Spanish report of the glacier collapse, 46 for 49) and an
// amount (the Spanish report of the teachers' exam, €95 million for €85
// million); all but the rescue's are in the one report of its language.
// The plastic ban, the marsh, the chikungunya surge and the school day
// hold none. The traps: rounding (quasi 1.900 for 1.870, more than 1,300
// for 1,342, quase 8 mil for 7.900, oltre mille for 1.150), hectares
// against square kilometres and football pitches, km with miles, 14C and
// 44C (111F), "fino a 1.500 euro" against a range, parts and totals (712 of
// 1,342; 21.300 and 11.200 of 32.500; eight deaths of which three
// confirmed), previous values ("up from 31 tonnes", 13.1% five years
// before, 5.110 a year before, 870 a week before), background figures of
// other years (4,100 cases last year, 2019, 47.3 degrees in 2003), and two
// people's ages in one report.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and
// 1 false disagreement. It missed the cholera outbreak's death count (the
// Spanish report's 27 muertes against 23: "missed m1es.txt's 27 against
// 23") and the school occupation's weekday (the English report's Friday
// against the Italian lunedì: "missed m5en.txt's Friday against Monday",
// each day was put in a fact of its own). Its false disagreement paired the
// cholera outbreak's background deaths of last year with this year's: count
// "deaths": m1en, m1pt: 57 deaths; m1pt2: 23 mortos. The distance, the
// percentage, the age and the amount were flagged as planted; the rounding,
// unit and parts-and-totals traps flagged nothing. One false disagreement
// is within the set's limit of one, so the table line keeps its 1.
//
// Fixed after, so the set is held out no longer: more words for deaths,
// which moved its false disagreement from one report to another: 4/6
// flagged, 1 false.
var heldOutHelm = []heldOutEvent{
	{"cholera-nampula", map[string]string{
		"m1pt.txt": `pt|Cólera: Nampula regista 1.342 casos e 23 óbitos desde fevereiro

Sociedade | Saúde

Maputo, 14 mar (Lusa) – A província de Nampula, no norte de Moçambique, registou 1.342 casos de cólera e 23 óbitos desde 2 de fevereiro, anunciou hoje a Direção Provincial de Saúde.

O distrito de Muralela concentra mais de metade dos casos, 712, seguido da cidade de Nampula, com 388. A taxa de letalidade situa-se em 1,7 %, acima do limite de 1 % recomendado pela Organização Mundial da Saúde (OMS).

"A situação é preocupante, mas está sob controlo nos centros de tratamento", afirmou a diretora provincial de Saúde, Amélia Cossa, acrescentando que funcionam atualmente seis centros de tratamento de cólera na província.

Uma campanha de vacinação oral com 180 mil doses arranca na segunda-feira em Muralela e em três bairros periféricos da capital provincial.

No surto do ano passado, Nampula contabilizou cerca de 4.100 casos e 57 mortes.`,
		"m1pt2.txt": `pt|Muralela é o epicentro do surto de cólera em Nampula

Ronda Norte – notícias de Nampula

Publicado a 14/03 às 16h40

Mais de metade dos 1342 casos de cólera notificados na província de Nampula desde o início de fevereiro são do distrito de Muralela, onde as autoridades sanitárias contam 712 doentes.

No total, o surto já provocou 23 mortos. Há uma semana, o balanço era de 870 casos.

A diretora provincial de Saúde, Amélia Cossa, pediu à população que ferva ou trate com cloro a água de beber. Segundo a responsável, estão em funcionamento seis centros de tratamento.

A vacinação arranca segunda-feira, com 180.000 doses da vacina oral.

Partilhe esta notícia`,
		"m1en.txt": `en|Cholera spreads in northern Mozambique, more than 1,300 cases reported

MAPUTO, March 14 – A cholera outbreak in Mozambique's northern Nampula province has infected more than 1,300 people and killed 23 since early February, provincial health officials said on Friday.

The Muralela district accounts for 712 of the 1,342 recorded cases. The case fatality rate of 1.7% is above the 1% threshold the World Health Organization considers acceptable, said Dr. Peter Wanjala, a WHO adviser in Maputo.

Provincial health director Amélia Cossa said six cholera treatment centres were open. An oral vaccination campaign using 180,000 doses is due to begin on Monday.

Last year's outbreak in the province caused about 4,100 cases and 57 deaths.

(Reporting by Carlos Mabunda; editing by Joan Pearce)`,
		"m1es.txt": `es|Mozambique: el cólera se extiende por la provincia de Nampula

Internacional | África

Maputo, 14 mar (Agencias).- Las autoridades sanitarias de la provincia mozambiqueña de Nampula han contabilizado 1.342 casos de cólera desde el pasado 2 de febrero, la mayoría en el distrito de Muralela.

La directora provincial de Salud, Amélia Cossa, explicó que hay seis centros de tratamiento en funcionamiento y que el lunes comenzará una campaña de vacunación oral con 180.000 dosis.

El brote ha causado hasta ahora 27 muertes, con una tasa de letalidad del 1,7 %, por encima del umbral del 1 % que recomienda la OMS.

El año pasado, la provincia registró unos 4.100 casos.`,
	}, map[string][2]string{"m1es.txt": {"27", "23"}}},
	{"beach-plastic-ban", map[string]string{
		"m2it.txt": `it|Liguria, stop alla plastica monouso sulle spiagge dal 1° giugno

Genova – Dal 1° giugno sulle spiagge liguri non si potranno più usare piatti, posate, bicchieri e cannucce di plastica monouso. Lo prevede l'ordinanza firmata martedì dall'assessora regionale all'Ambiente, Giulia Parodi.

Il divieto riguarda tutti i 1.870 stabilimenti balneari della regione e le spiagge libere, lungo circa 135 chilometri di costa balneabile. Per chi non rispetta le regole sono previste multe da 250 a 1.500 euro.

«L'estate scorsa i volontari hanno raccolto 42 tonnellate di plastica sui nostri arenili, contro le 31 di due anni fa», ha spiegato Parodi. «Non possiamo più permettercelo».

Il sindacato dei balneari chiede una proroga di due mesi per smaltire le scorte già acquistate.`,
		"m2it2.txt": `it|Plastica vietata in spiaggia, i balneari: «Serve più tempo»

Il Faro di Levante | Cronaca

Pubblicato il 12/03, ore 19:02

Quasi 1.900 stabilimenti balneari liguri dovranno dire addio a stoviglie e cannucce di plastica usa e getta a partire dal primo giugno. L'ordinanza regionale, firmata martedì, prevede sanzioni fino a 1.500 euro.

«Chiediamo almeno due mesi di proroga: molti hanno già fatto gli ordini per la stagione», dice Mauro Caviglia, 61 anni, presidente dell'associazione dei balneari di Castelmare.

L'assessora all'Ambiente Giulia Parodi ricorda che la scorsa estate sulle spiagge sono state raccolte 42 tonnellate di rifiuti di plastica.

Leggi anche: Mareggiata, danni ai bagni di Castelmare`,
		"m2en.txt": `en|Italy's Liguria bans single-use plastics on its beaches

ROME (Wire) — Italy's Liguria region will ban single-use plastic plates, cutlery, cups and straws on its beaches from June 1, under an order signed on Tuesday by regional environment chief Giulia Parodi.

The rule covers 1,870 beach concessions and the free public beaches along roughly 135 km of bathing coastline. Offenders face fines of between €250 and €1,500.

Volunteers collected 42 tonnes of plastic on Ligurian beaches last summer, up from 31 tonnes two years earlier, Parodi said.

Beach operators have asked for a two-month delay to use up stocks.`,
		"m2es.txt": `es|Liguria prohíbe los plásticos de un solo uso en sus playas

Roma, 12 mar (Agencias).- La región italiana de Liguria prohibirá a partir del 1 de junio los platos, cubiertos, vasos y pajitas de plástico de un solo uso en sus playas, según una ordenanza firmada el martes por la consejera regional de Medio Ambiente, Giulia Parodi.

La medida afectará a los 1.870 establecimientos de playa de la región, a lo largo de unos 135 kilómetros de costa, y prevé multas de entre 250 y 1.500 euros.

El verano pasado, voluntarios recogieron 42 toneladas de plástico en las playas ligures.`,
	}, nil},
	{"lampedusa-boat-rescue", map[string]string{
		"m3it.txt": `it|Lampedusa, soccorsi 61 migranti su un barchino alla deriva

Agrigento – Sessantuno persone, tra cui 11 donne e 4 bambini, sono state soccorse nella notte tra sabato e domenica dalla Guardia costiera a circa 45 chilometri a sud di Lampedusa. Erano a bordo di un barchino in vetroresina di sette metri che imbarcava acqua.

Secondo quanto riferito dai naufraghi, l'imbarcazione era partita tre giorni prima da Sfax, in Tunisia. Una donna incinta è stata trasferita in elicottero all'ospedale di Palermo.

«Il mare era forza 4 e il motore era in avaria: pochi minuti in più e sarebbe stata una tragedia», ha detto il comandante della motovedetta, il tenente di vascello Andrea Morello.

Dall'inizio dell'anno sono sbarcate a Lampedusa circa 14.800 persone, contro le 21.300 dello stesso periodo dell'anno scorso.`,
		"m3it2.txt": `it|Barchino in avaria, la motovedetta CP 327 salva 61 persone

AgrigentoOggi | Cronaca

Domenica, ore 09:15

Ancora un soccorso nel Canale di Sicilia. La motovedetta CP 327 della Guardia costiera è intervenuta nella notte per un barchino di sette metri con 61 migranti a bordo, partito da Sfax tre giorni fa.

L'allarme è stato lanciato da un aereo di Frontex che ha avvistato l'imbarcazione a circa 65 chilometri da Lampedusa, ferma con il motore in avaria. A bordo anche 11 donne e quattro minori.

I migranti sono stati portati all'hotspot di contrada Imbriacola, dove si trovano ora circa 600 ospiti. Una donna al settimo mese di gravidanza è stata trasferita in elisoccorso a Palermo.`,
		"m3en.txt": `en|Coast guard rescues 61 migrants from sinking boat off Lampedusa

ROME, Sunday — Italy's coast guard rescued 61 people, including 11 women and four children, from a fibreglass boat taking on water about 45 km (28 miles) south of the island of Lampedusa overnight, officials said.

The seven-metre boat had left Sfax in Tunisia three days earlier, according to survivors. A pregnant woman was flown by helicopter to hospital in Palermo.

Around 14,800 migrants have reached Lampedusa so far this year, down from 21,300 in the same period of last year.`,
		"m3es.txt": `es|Rescatados 61 migrantes frente a Lampedusa

Roma, 16 jun (Agencias).- La Guardia Costera italiana rescató en la madrugada del domingo a 61 personas, entre ellas once mujeres y cuatro niños, de una embarcación de fibra de vidrio que se hundía a unos 45 kilómetros al sur de la isla de Lampedusa.

La barca, de siete metros de eslora, había zarpado tres días antes de Sfax (Túnez). Una mujer embarazada fue trasladada en helicóptero a un hospital de Palermo.

En lo que va de año han llegado a Lampedusa unas 14.800 personas, frente a las 21.300 del mismo periodo del año pasado.`,
	}, map[string][2]string{"m3it2.txt": {"65 km", "45 km"}}},
	{"marsh-restoration", map[string]string{
		"m4es.txt": `es|La Junta devolverá 1.250 hectáreas de arrozales a las marismas de Almorín

Sevilla, 5 may.- La Junta de Andalucía presentó este jueves el proyecto de restauración de las marismas de Almorín, en la provincia de Huelva, que devolverá a su estado natural 1.250 hectáreas de antiguos arrozales abandonados.

Las obras, con un presupuesto de 18,4 millones de euros financiado en un 60 % por fondos europeos, durarán cuatro años y comenzarán en septiembre. Se rellenarán 28 kilómetros de canales de drenaje y se eliminarán dos estaciones de bombeo.

"Queremos que dentro de diez años estas marismas vuelvan a acoger en invierno a más de 40.000 aves acuáticas", afirmó la directora de la Agencia Andaluza de Espacios Naturales, Consuelo Marín.

La zona ha perdido más del 70 % de sus humedales desde los años cincuenta.`,
		"m4es2.txt": `es|Almorín recuperará sus marismas: 18,4 millones para inundar los viejos arrozales

Huelva Hoy | Provincia

05/05 · 13:47

Los arrozales que rodean Almorín volverán a ser marisma. El proyecto presentado el jueves por la Junta prevé actuar sobre 1.250 hectáreas, el equivalente a unos 1.750 campos de fútbol, con una inversión de 18,4 millones de euros.

El alcalde de Almorín, Joaquín Pavón, de 64 años, recordó que su padre "cazaba patos donde hoy solo hay cañas secas". Los agricultores afectados, una treintena, serán indemnizados.

Las obras empezarán en septiembre y se prolongarán hasta 2031.

Comentarios (12)`,
		"m4en.txt": `en|Spain to turn abandoned rice fields back into wetland

Andalusia's regional government on Thursday unveiled an €18.4 million plan to restore about 12.5 square kilometres of former rice paddies in the Almorín marshes in Huelva province to wetland.

The four-year project, 60% funded by the European Union, will fill in 28 km of drainage channels and remove two pumping stations, said Consuelo Marín, head of the regional protected areas agency. Work starts in September.

Marín said she hoped the marshes would host more than 40,000 waterbirds each winter within a decade. The area has lost over 70% of its wetlands since the 1950s.`,
		"m4pt.txt": `pt|Andaluzia vai devolver 1250 hectares de arrozais ao sapal de Almorín

Ambiente

5 de maio, 18:20

O governo regional da Andaluzia apresentou na quinta-feira um projeto de 18,4 milhões de euros para restaurar as marismas de Almorín, na província de Huelva, a poucos quilómetros da fronteira com o Algarve.

Durante quatro anos serão tapados 28 quilómetros de canais de drenagem em 1250 hectares de antigos arrozais. A União Europeia paga 60% da obra.

A diretora da agência andaluza de espaços naturais, Consuelo Marín, espera que a zona volte a receber mais de 40 mil aves aquáticas no inverno.`,
	}, nil},
	{"school-occupation-heating", map[string]string{
		"m5it.txt": `it|Torino, finisce dopo sei giorni l'occupazione del liceo Verani

Torino – Si è conclusa lunedì mattina, dopo sei giorni, l'occupazione del liceo scientifico Carlo Verani, dove gli studenti protestavano contro il riscaldamento guasto: in alcune aule, denunciano, la temperatura non superava i 14 gradi.

La Città metropolitana ha garantito 420 mila euro per sostituire la caldaia entro le vacanze di Natale. «È una vittoria di tutti i 1.150 studenti», ha detto Marco Bellino, 17 anni, rappresentante d'istituto.

La dirigente scolastica Paola Ruffino, 57 anni, ha annunciato che le lezioni riprenderanno regolarmente martedì. Non sono previsti provvedimenti disciplinari.`,
		"m5it2.txt": `it|Liceo Verani, liberate le aule: «Caldaia nuova entro Natale»

CronacaTorino.it

Lunedì 18 novembre – ore 13:30

Gli studenti del Verani hanno lasciato l'istituto questa mattina. Dopo quasi una settimana di occupazione, è arrivato l'impegno della Città metropolitana: 420.000 euro per una nuova caldaia.

«Abbiamo fatto lezione con il cappotto per settimane», racconta Marco Bellino, 17 anni. La preside, Paola Ruffino, parla di «un confronto duro ma civile».

Nel liceo, che conta oltre mille iscritti, la caldaia si era rotta già due volte lo scorso inverno.`,
		"m5en.txt": `en|Turin students end school sit-in over broken heating

TURIN — Students at a Turin secondary school have ended a six-day occupation in protest at broken heating, after local authorities promised €420,000 for a new boiler.

Pupils at the Carlo Verani science high school, which has 1,150 students, said temperatures in some classrooms had not risen above 14C.

The students left the building on Friday morning. Headteacher Paola Ruffino, 57, said lessons would resume as normal the next day and no one would be disciplined.

"This is a win for every student here," said student representative Marco Bellino, 17.`,
	}, map[string][2]string{"m5en.txt": {"Friday", "Monday"}}},
	{"chikungunya-minas", map[string]string{
		"m6pt.txt": `pt|Minas Gerais tem alta de 65% nos casos prováveis de chikungunya

Belo Horizonte – A Secretaria de Estado de Saúde de Minas Gerais contabilizou 8.430 casos prováveis de chikungunya desde janeiro, um aumento de 65% em relação ao mesmo período do ano passado, quando foram registrados 5.110.

Três mortes foram confirmadas e outras cinco seguem em investigação. Doze municípios do Vale do Cedro decretaram situação de emergência.

"Pedimos que a população elimine água parada em quintais e lajes", disse o secretário de Saúde, Rodrigo Faria. O estado vai enviar 1.200 agentes de combate a endemias para a região.`,
		"m6pt2.txt": `pt|Chikungunya: oito mortes sob suspeita em Minas, três já confirmadas

Portal Vale Notícias

Atualizado em 21/03 às 10h12

O boletim semanal da Secretaria de Estado de Saúde aponta oito óbitos suspeitos de chikungunya em Minas Gerais neste ano. Três deles já foram confirmados.

O estado soma mais de 8,4 mil casos prováveis, e o Vale do Cedro é a região mais atingida. Em São Tomé do Cedro, a prefeitura montou um hospital de campanha com 40 leitos.

O secretário Rodrigo Faria anunciou o envio de 1.200 agentes para reforçar as visitas domiciliares.`,
		"m6es.txt": `es|Brasil: Minas Gerais registra un fuerte aumento de casos de chikungunya

São Paulo, 21 mar (Agencias).- El estado brasileño de Minas Gerais ha registrado este año 8.430 casos probables de chikungunya, un 65 % más que en el mismo periodo del año pasado, informó la Secretaría de Salud estatal.

Tres personas han muerto por la enfermedad y otras cinco muertes están bajo investigación. Doce municipios de la región del Vale do Cedro han declarado la emergencia.

El secretario de Salud, Rodrigo Faria, anunció el envío de 1.200 agentes sanitarios a la zona.`,
		"m6en.txt": `en|Chikungunya cases surge in Brazil's Minas Gerais

Chikungunya cases in the Brazilian state of Minas Gerais have risen 65% from a year earlier, with 8,430 probable infections recorded since January, state health officials said.

Three deaths have been confirmed and five more are being investigated. Twelve towns in the Vale do Cedro region have declared an emergency.

State health secretary Rodrigo Faria said 1,200 health workers would be sent to the region to remove mosquito breeding sites.

By Ana Clara Menezes | March 21`,
	}, nil},
	{"university-dropout-report", map[string]string{
		"m7pt.txt": `pt|Abandono no primeiro ano do ensino superior desce para 11,8%

Educação

Lisboa, 9 out – A taxa de abandono dos estudantes do primeiro ano do ensino superior desceu para 11,8% em 2026/27, face a 13,1% cinco anos antes, segundo um relatório do Observatório do Percurso Estudantil divulgado hoje.

O abandono continua a ser mais elevado nos politécnicos, onde atinge 16,4%, do que nas universidades, com 9,2%. Ao todo, cerca de 7.900 alunos deixaram o curso sem se inscreverem noutro.

"Os estudantes deslocados e os que trabalham são os que mais desistem", explicou a coordenadora do estudo, Inês Valadares. O relatório baseia-se nos percursos de 67 mil estudantes inscritos pela primeira vez.`,
		"m7pt2.txt": `pt|Quase 8 mil caloiros desistiram do curso no primeiro ano

Jornal Académico Online

09.10 | 17:25

Quase oito mil estudantes que entraram no ensino superior em 2026/27 abandonaram os estudos ao fim do primeiro ano, revela o Observatório do Percurso Estudantil. A taxa de abandono fixou-se nos 11,8%, a mais baixa desde que há registos.

Nos politécnicos a taxa é de 16,4%; nas universidades fica-se pelos 9,2%. Os cursos de informática e engenharia registam os valores mais altos.

Para a coordenadora, Inês Valadares, as bolsas e o alojamento "continuam a fazer a diferença".`,
		"m7en.txt": `en|Portugal's university dropout rate falls to 11.8%

LISBON, Oct 9 — Fewer first-year students in Portugal are quitting higher education, with the dropout rate falling to 11.8% in the 2026/27 academic year from 13.1% five years earlier, a report showed on Thursday.

Polytechnic institutes had a dropout rate of 16.4%, compared with 9.2% at universities. Around 7,900 of the 67,000 first-year students left without enrolling elsewhere.

Study coordinator Inês Valadares said students living away from home and those who work were most likely to drop out.`,
		"m7it.txt": `it|Portogallo, cala l'abbandono universitario: 11,8% al primo anno

Lisbona – In Portogallo l'abbandono degli studi al primo anno di università è sceso all'11,8% nell'anno accademico 2026/27, dal 13,1% di cinque anni prima. Lo rileva un rapporto dell'Osservatorio sul percorso degli studenti pubblicato giovedì.

Il rapporto ha seguito circa 67.000 matricole; quasi 7.900 hanno lasciato senza iscriversi a un altro corso.

Il fenomeno resta più marcato negli istituti politecnici, dove tocca il 18,4%, mentre nelle università si ferma al 9,2%, ha spiegato la coordinatrice dello studio, Inês Valadares.`,
	}, map[string][2]string{"m7it.txt": {"18.4%", "16.4%"}}},
	{"glacier-collapse-valnera", map[string]string{
		"m8it.txt": `it|Valle d'Aosta, crolla un seracco del ghiacciaio di Valnera: evacuate 140 persone

Aosta – Un blocco di ghiaccio di circa 200 mila metri cubi si è staccato mercoledì pomeriggio dal ghiacciaio di Valnera, sopra la frazione di Champlaz, in Valtournenche. Non ci sono feriti.

Il sindaco ha ordinato l'evacuazione di 140 persone tra residenti, turisti e gestori di due rifugi. La strada regionale è chiusa per 3 chilometri.

«Con lo zero termico a 4.800 metri da giorni, il ghiacciaio è molto instabile», ha spiegato il glaciologo Stefano Jordaney, 49 anni, dell'Osservatorio glaciologico valdostano.

L'ultimo crollo di queste dimensioni sullo stesso ghiacciaio risale al 2019.`,
		"m8it2.txt": `it|Seracco crollato a Champlaz, notte fuori casa per gli sfollati

Gazzetta delle Alpi | Aosta e valle

Giovedì, 07:50

Hanno passato la notte nella palestra comunale o da parenti le 140 persone evacuate ieri dalla frazione Champlaz e dai rifugi Bertolin e Lac Noir dopo il crollo di parte del ghiacciaio di Valnera.

Il distacco, stimato in 200.000 metri cubi, è avvenuto poco dopo le 15. La colata si è fermata a circa 600 metri dalle prime case.

Il glaciologo Stefano Jordaney, 49 anni, sorveglia il fronte con un radar: «Altri blocchi potrebbero cedere nelle prossime 48 ore».`,
		"m8en.txt": `en|Chunk of Alpine glacier collapses in Italy, 140 evacuated

A block of ice of about 200,000 cubic metres broke off the Valnera glacier in Italy's Aosta Valley on Wednesday afternoon, prompting the evacuation of 140 people from the hamlet of Champlaz and two mountain huts. No one was hurt.

A 3 km stretch of road was closed. Glaciologist Stefano Jordaney said the glacier had become unstable after days with the freezing level at 4,800 metres.

The last collapse of a similar size on the glacier was in 2019.`,
		"m8es.txt": `es|Se desploma parte de un glaciar en los Alpes italianos

Roma, 24 jul (Agencias).- Un bloque de hielo de unos 200.000 metros cúbicos se desprendió el miércoles por la tarde del glaciar de Valnera, en el Valle de Aosta (noroeste de Italia), sin causar heridos.

Las autoridades evacuaron a 140 personas de la aldea de Champlaz y de dos refugios de montaña, y cerraron tres kilómetros de carretera.

La isoterma de cero grados se sitúa desde hace días a 4.800 metros de altitud, lo que hace muy inestable el glaciar.

"Podrían caer otros bloques en las próximas 48 horas", advirtió el glaciólogo Stefano Jordaney, de 46 años, que vigila el frente con un radar.`,
	}, map[string][2]string{"m8es.txt": {"46 years", "49 years"}}},
	{"teachers-recruitment-exam", map[string]string{
		"m9it.txt": `it|Scuola, bando per 32.500 docenti: domande dal 10 marzo

Roma – Il ministero dell'Istruzione e del Merito ha pubblicato il bando del nuovo concorso per 32.500 posti da docente nelle scuole statali, di cui 11.200 di sostegno. Le domande si potranno presentare dal 10 al 31 marzo.

Il 41% dei posti è concentrato nelle regioni del Nord, dove mancano soprattutto insegnanti di matematica e di sostegno.

Il ministro Fabrizio Lanteri ha annunciato anche uno stanziamento di 85 milioni di euro per la formazione dei neoassunti. «Vogliamo ridurre il precariato entro due anni», ha detto.

I sindacati giudicano il numero di posti insufficiente: secondo il sindacato Scuola Unita i precari sono oltre 200 mila.`,
		"m9it2.txt": `it|Concorso docenti, 32.500 posti: ecco come candidarsi

ScuolaNews24 | Concorsi

Aggiornato il 4 marzo alle 12:10

Via libera al nuovo concorso a cattedra: 32.500 posti, 21.300 su posto comune e 11.200 sul sostegno. Le candidature vanno inviate online dal 10 marzo alle 23:59 del 31 marzo.

La prova scritta sarà un test a risposta multipla di 50 quesiti da svolgere in 100 minuti. Per accedere servono la laurea e 60 crediti formativi universitari (CFU).

Per la formazione dei vincitori il ministero ha messo sul piatto 85 milioni.`,
		"m9en.txt": `en|Italy launches exam to hire 32,500 teachers

ROME — Italy's education ministry on Tuesday opened a competitive exam to fill 32,500 permanent teaching posts in state schools, 11,200 of them for special-needs support teachers.

Applications can be filed between March 10 and March 31. Some 41% of the posts are in northern regions, where shortages of maths teachers are most acute.

Education Minister Fabrizio Lanteri said the government would spend €85 million on training new recruits, and pledged to cut the number of temporary teachers within two years. Unions say more than 200,000 teachers are on temporary contracts.`,
		"m9es.txt": `es|Italia convoca oposiciones para 32.500 profesores

Roma, 4 mar (Agencias).- El Ministerio de Educación italiano convocó este martes unas oposiciones para cubrir 32.500 plazas de profesor en la escuela pública, de las que 11.200 corresponden a docentes de apoyo.

El plazo de inscripción estará abierto del 10 al 31 de marzo. El 41 % de las plazas se concentra en las regiones del norte del país.

El ministro Fabrizio Lanteri anunció además una partida de 95 millones de euros para la formación de los nuevos docentes.`,
	}, map[string][2]string{"m9es.txt": {"€95 million", "€85 million"}}},
	{"heat-school-hours", map[string]string{
		"m10pt.txt": `pt|Calor: 64 escolas do Alentejo só com aulas de manhã até sexta-feira

Évora, 17 jun – As aulas em 64 escolas dos distritos de Beja, Évora e Portalegre vão terminar às 13h00 até sexta-feira, devido ao aviso vermelho de tempo quente, anunciou hoje a Direção-Geral dos Estabelecimentos Escolares.

A medida abrange cerca de 21 mil alunos. O Instituto Português do Mar e da Atmosfera (IPMA) prevê temperaturas máximas até 44 graus em Beja e Évora na quarta e quinta-feira.

"Há salas sem ar condicionado onde às 15h00 se chega aos 35 graus", disse o diretor do agrupamento de escolas de Serpa, Luís Caeiro.

O recorde nacional de temperatura, 47,3 graus, foi registado na Amareleja em agosto de 2003.`,
		"m10pt2.txt": `pt|Onda de calor encurta dia escolar em Beja, Évora e Portalegre

Planície Digital

17.06 · 15h05

Cerca de 21.000 alunos de 64 escolas alentejanas vão passar a sair às 13 horas até ao fim da semana. Em causa está o aviso vermelho emitido pelo IPMA para os três distritos.

Os termómetros podem chegar aos 44 °C. As atividades de educação física ao ar livre ficam suspensas e os refeitórios servem o almoço mais cedo, às 12h15.

Os pais que não possam ir buscar os filhos podem deixá-los na escola, em salas climatizadas.`,
		"m10es.txt": `es|Portugal acorta la jornada escolar en el Alentejo por el calor

Lisboa, 17 jun (Agencias).- Unas 64 escuelas de los distritos portugueses de Beja, Évora y Portalegre terminarán las clases a las 13.00 horas hasta el viernes por la ola de calor, que podría llevar los termómetros hasta los 44 grados.

La medida afecta a unos 21.000 alumnos, según el Ministerio de Educación luso. Los tres distritos están en aviso rojo.

El récord de temperatura de Portugal, 47,3 grados, se registró en Amareleja en 2003.`,
		"m10en.txt": `en|Portugal cuts school day as heatwave grips Alentejo

Schools in three districts of southern Portugal will send pupils home at 1 pm until Friday because of a heatwave, with temperatures forecast to reach 44C (111F), education authorities said on Tuesday.

The measure affects around 21,000 pupils at 64 schools in Beja, Évora and Portalegre, which are under a red weather warning.

Outdoor sports classes have been suspended. Portugal's temperature record of 47.3C was set in Amareleja in August 2003.`,
	}, nil},
}
