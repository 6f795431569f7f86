package compare

// heldOutKnik is a blind held-out set written without reading the
// extraction or matching code: ten events of mixed national and regional
// news, each reported three or four times in Spanish, Italian, Dutch and
// English. The topics: orcas breaking a Dutch yacht's rudder off Galicia,
// a cathedral's Gothic rose window put back after restoration, a record
// Valencian clementine crop, a fire at an Italian chemical plant, the sale
// of a Spanish basketball club to a US fund, a Dutch hospital wing delayed
// and over budget, European hamsters released in Limburg, a Sicilian
// island's fee for day-trippers, an e-bike battery fire in a Rotterdam
// flat, and an Italian rail operator's graffiti-cleaning bill.
//
// Six contradictions are planted, one in each of the first six events and
// all outside the first paragraph: a duration (k1nl: 20 minutes against
// 40, in the Dutch report, the only one in its language, in a paraphrase
// of the skipper); an amount (k2it: €1.7 million against €1.4 million, in
// the only Italian report); a percentage (k3esb: 11% against 14%, in a
// Spanish trade paper whose tonnages still say 14%); a count (k4es: 150
// firefighters against 120, in the only Spanish report); an age (k5it:
// Whitcombe 56 against 61, in the only Italian report); a date (k6en: the
// opening on 1 December against 1 September, in the only English report).
// The last four events hold none.
//
// Traps that are no contradiction: 9 nautical miles and "unos 17
// kilómetros"; "cuarenta minutos" in words; a skipper of 58 and his son of
// 24; 2,100 glass pieces as "cerca de", "unas" and "circa"; 8,5 metros and
// "ocho metros y medio"; €900,000 of €1.4 million and "el medio millón
// restante"; the window of 1312 and "más de 700 años", the last restoration
// of 1958; 1.95 million tonnes as 1.950.000 and "bijna 2 miljoen", the
// previous 1.71 million, €0.38 a kilo "from €0.42" and "cuatro céntimos
// menos"; three injured as two workers and a firefighter, workers of 44
// and 29; "circa nove ore", "quasi nove ore" and 3.40 to 12.40; 2
// chilometri, "due chilometri", 2 km (1.2 miles); 80% for €23 million and
// a club valued "about €29m", the 20% kept by the supporters, the seller
// aged 74; president, chairman and "presidente del fondo" for one man;
// fourteen months and "ruim een jaar", €29 million more as 142 to 171
// million and "ruim 20 procent"; 47 hamsters and "bijna vijftig", about
// 1,000 and "ruim duizend", three months old and "in het voorjaar
// geboren", twaalf and 12 hectare; 1.2 million visitors and "oltre un
// milione", 70% and "sette su dieci", 1.5 million in 2019, €5 and €10 fees,
// 9 votes to 3; 14 flats and 38 residents, a woman of 81 and a man of 34,
// 23 fires this year against 17 last year; €4.2 million and "oltre quattro
// milioni", 31% and "quasi un terzo", 1,250 carriages against 960 the year
// before, €3.2 million in 2029 and €1.9 million in 2019.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and
// 0 false disagreements; it missed the orca event's duration ("missed
// k1nl.txt's 20 minutes against 40 minutes": the Dutch "zo'n 20 minuten"
// stayed a fact of its own, not matched with "boat · 40 minutes" of the
// English and Spanish reports) and the hospital wing's date ("missed
// k6en.txt's 1 December against 1 September": the English "open · 1
// December" stayed apart from the Dutch "schuift · 1 September"). Both
// misses are values left unmatched, not the planted pair in another
// format, so the wrong values are as written before the run. The set
// stays within its limit of one false disagreement; nothing changed after
// the run but this comment.
var heldOutKnik = []heldOutEvent{
	{"orca-rudder-galicia", map[string]string{
		"k1es.txt": `es|Un grupo de orcas daña el timón de un velero holandés frente a Cabo Lobeira

Sociedad | Galicia

Vigo, 10 jun (Agencia)

Un grupo de al menos cinco orcas atacó el martes por la tarde el timón de un velero de 14 metros con bandera de los Países Bajos a unas 9 millas de la costa de Cabo Lobeira (Pontevedra), según informó Salvamento Marítimo.

Los tres tripulantes, todos de nacionalidad neerlandesa, resultaron ilesos. La interacción se prolongó durante unos 40 minutos y dejó el timón inutilizado, por lo que la embarcación tuvo que ser remolcada hasta el puerto de Portocelo, una operación que duró tres horas.

El patrón, Maarten Hoekstra, de 58 años, navegaba con su hijo Joris, de 24, y un amigo de la familia rumbo a Lisboa. "Empujaban el barco como si fuera un juguete", relató Hoekstra a su llegada.

Desde 2020 se han registrado más de 700 interacciones entre orcas y embarcaciones en la costa ibérica. Los científicos atribuyen este comportamiento a un pequeño grupo de unos 15 ejemplares.`,
		"k1esb.txt": `es|Orcas en el mar de Lobeira: remolcado a Portocelo un velero tras perder el timón

Portocelo Hoy · Actualidad

Publicado: 10/06/2031 19:42 · Actualizado: 20:10

La escena se repite. Un velero neerlandés de 14 metros de eslora llegó en la noche del martes a remolque al puerto de Portocelo después de que un grupo de orcas le destrozara el timón a unos 17 kilómetros de Cabo Lobeira.

La salvamar "Mizar" tardó unas tres horas en llevarlo a puerto. A bordo viajaban tres personas, que no sufrieron heridas.

"Fueron cuarenta minutos muy largos", contaba en el muelle Joris Hoekstra, de 24 años, que navegaba con su padre, el patrón. El velero, llamado "Noorderlicht", había zarpado de Den Helder hace tres semanas.

Según la bióloga Lucía Rivas, del grupo de trabajo sobre la orca ibérica, en Galicia hubo el año pasado 64 interacciones. "Junio y julio son los meses de más actividad", explica.

Te puede interesar: Las orcas vuelven a la ría`,
		"k1en.txt": `en|Orcas disable Dutch yacht's rudder off Spain's Atlantic coast

World | Europe

By staff reporter

A pod of at least five orcas rammed and broke the rudder of a Dutch-flagged sailing yacht about 9 nautical miles off Cabo Lobeira, in north-western Spain, on Tuesday afternoon, Spain's maritime rescue service said.

None of the three people on board was hurt. The 14-metre yacht was towed to the port of Portocelo, a three-hour operation.

Skipper Maarten Hoekstra, 58, said the animals kept pushing the boat for about 40 minutes. "They were playing with us like a toy," he said. He was sailing to Lisbon with his son and a family friend.

Researchers have recorded more than 700 such encounters along the Iberian coast since 2020, most of them blamed on a group of about 15 orcas.

Advertisement`,
		"k1nl.txt": `nl|Orka's slopen roer van Nederlands zeiljacht voor Spaanse kust

Buitenland

10 juni 2031, 21:05

Een groep van minstens vijf orka's heeft dinsdagmiddag het roer van een Nederlands zeiljacht voor de kust van Galicië vernield. Het 14 meter lange jacht werd naar de haven van Portocelo gesleept, meldt de Spaanse reddingsdienst.

De drie opvarenden, schipper Maarten Hoekstra (58), zijn zoon Joris (24) en een vriend van de familie, raakten niet gewond. Ze waren op weg van Den Helder naar Lissabon.

Volgens Hoekstra duwden de dieren het schip zo'n 20 minuten heen en weer. "Ze speelden met ons alsof we speelgoed waren." Het slepen naar de haven duurde drie uur.

Sinds 2020 zijn langs de Iberische kust meer dan 700 incidenten met orka's en boten geteld. Wetenschappers denken dat een groep van ongeveer vijftien dieren erachter zit.`,
	}, map[string][2]string{"k1nl.txt": {"20 minutes", "40 minutes"}}},
	{"cathedral-rose-window", map[string]string{
		"k2es.txt": `es|La catedral de Castrobermejo recupera su rosetón gótico tras cuatro años de restauración

Cultura

Castrobermejo, 10 oct (Agencia)

El rosetón de la catedral de Santa María de Castrobermejo, una vidriera gótica de 1312 y 8,5 metros de diámetro, volvió este viernes a su lugar tras cuatro años de restauración, informó el cabildo.

Los trabajos, que han costado 1,4 millones de euros, se realizaron en un taller instalado en el claustro. Un equipo de seis restauradores limpió y consolidó una a una las cerca de 2.100 piezas de vidrio. La Junta aportó 900.000 euros y el resto procede de una fundación bancaria y de donaciones.

"Algunas piezas estaban a punto de desprenderse", explicó la directora de la restauración, Inmaculada Serrano, de 47 años.

La última intervención en el rosetón databa de 1958. El obispo, Fernando Lucena, presidirá el domingo una misa de acción de gracias.`,
		"k2esb.txt": `es|Vuelve la luz: el rosetón ya brilla de nuevo en la catedral

Diario de Castrobermejo · Ciudad

Castrobermejo | 10/10/2031 - 13:15h

Más de 700 años después de su creación, el rosetón de la catedral vuelve a filtrar la luz de la tarde sobre la nave central. Los operarios colocaron este viernes la última de sus secciones, cerrando una restauración que ha durado cuatro años y ha supuesto una inversión de 1,4 millones.

La Junta ha financiado 900.000 euros; el medio millón restante lo han puesto la Fundación Caja del Duero Alto y unos 3.000 donantes particulares.

Inmaculada Serrano, responsable del taller, recuerda que el vidrio "tenía una costra de suciedad de siglos". Su equipo ha revisado unas 2.100 piezas y ha sustituido menos del 5 % por vidrio nuevo.

El rosetón, de ocho metros y medio de diámetro, podrá contemplarse desde el domingo, cuando el obispo Fernando Lucena oficie una misa de acción de gracias a las 12.00 horas.

Comentarios (14)`,
		"k2en.txt": `en|Medieval rose window back in place in Spanish cathedral

Arts & Heritage

By our Madrid correspondent

Restorers have put back the great rose window of Castrobermejo cathedral in northern Spain after a four-year, €1.4m restoration, church authorities said on Friday.

The Gothic window, made in 1312, measures 8.5 metres across and is made of about 2,100 pieces of glass, each of which was cleaned and consolidated by a team of six.

"Some pieces were about to fall out," said Inmaculada Serrano, 47, who led the work. The regional government contributed €900,000, with the rest coming from a banking foundation and private donors.

The window was last restored in 1958.`,
		"k2it.txt": `it|Spagna, torna a splendere il rosone gotico della cattedrale di Castrobermejo

Cultura | Arte

11 ottobre 2031

Dopo quattro anni di lavori è stato ricollocato venerdì il rosone della cattedrale di Santa Maria a Castrobermejo, nel nord della Spagna. La vetrata gotica, datata 1312, ha un diametro di 8,5 metri.

Un'équipe di sei restauratori ha pulito e consolidato uno per uno circa 2.100 frammenti di vetro, in un laboratorio allestito nel chiostro.

Il restauro è costato 1,7 milioni di euro, di cui 900 mila a carico del governo regionale. "Alcuni pezzi stavano per staccarsi", ha spiegato la responsabile dei lavori, Inmaculada Serrano, 47 anni.

L'ultimo intervento sul rosone risaliva al 1958.`,
	}, map[string][2]string{"k2it.txt": {"€1.7 million", "€1.4 million"}}},
	{"clementine-record-crop", map[string]string{
		"k3es.txt": `es|La Comunitat Valenciana prevé una cosecha récord de clementinas

Economía | Agricultura

Valencia, 2 oct (Agencia)

Los productores valencianos prevén recoger esta campaña 1,95 millones de toneladas de clementinas, un 14 % más que en la anterior y la mayor cosecha de la que hay registro, según el aforo presentado este jueves por la Asociación Valenciana de Citricultores.

La temporada pasada se recogieron 1,71 millones de toneladas, lastradas por la sequía y el granizo de primavera.

El presidente de la asociación, Vicent Bellver, advirtió sin embargo de que los precios en el campo han caído hasta los 0,38 euros por kilo, frente a los 0,42 euros del año pasado. "Una buena cosecha no sirve de nada si no cubre costes", dijo.

Alrededor del 60 % de la producción se destina a la exportación, principalmente a Alemania, Francia y los Países Bajos.`,
		"k3esb.txt": `es|Aforo de cítricos: la clementina bate récord con casi dos millones de toneladas

Agro Levante · Cítricos

Publicado el 02/10/2031

La Asociación Valenciana de Citricultores ha presentado su aforo para la campaña 2031-2032, que sitúa la producción de clementinas en niveles nunca vistos.

Según el documento, la cosecha alcanzará 1.950.000 toneladas, un 11 % más que las 1.710.000 de la campaña pasada. Las variedades tempranas concentran buena parte del aumento.

El presidente de la asociación, Vicent Bellver, ha recordado que el precio medio en origen es de 0,38 €/kg, cuatro céntimos menos que hace un año, y ha pedido a la distribución "un reparto justo del valor".

La recolección comenzará a mediados de octubre y se prolongará hasta febrero. El sector da empleo directo a unas 25.000 personas en temporada.`,
		"k3nl.txt": `nl|Spanje verwacht recordoogst clementines

Economie

2 oktober 2031

Spaanse telers in de regio Valencia verwachten dit seizoen bijna 2 miljoen ton clementines te oogsten, 14 procent meer dan vorig jaar. Dat blijkt uit een raming van de Valenciaanse vereniging van citrustelers.

Vorig seizoen bleef de oogst door droogte en hagel steken op 1,71 miljoen ton.

Voor Nederlandse consumenten kan dat goedkopere mandarijnen betekenen. Nederland nam vorig jaar zo'n 160.000 ton Valenciaanse clementines af. De telers zelf krijgen 0,38 euro per kilo, tegen 0,42 euro een jaar eerder.

"Een goede oogst heeft geen zin als hij de kosten niet dekt", zegt voorzitter Vicent Bellver van de telersvereniging.`,
		"k3en.txt": `en|Valencia growers forecast record clementine crop

Markets | Commodities

Growers in Spain's Valencia region expect to pick 1.95 million tonnes of clementines this season, up 14% on last year and the largest crop on record, their association said on Thursday.

Last season's harvest was cut to 1.71 million tonnes by drought and spring hail.

Farm-gate prices have nonetheless fallen to €0.38 a kilo from €0.42, association president Vicent Bellver said, adding that a big crop "is no use if it doesn't cover costs".

About 60% of the crop is exported, mainly to Germany, France and the Netherlands.

Reporting by newsroom staff`,
	}, map[string][2]string{"k3esb.txt": {"11%", "14%"}}},
	{"chlorine-plant-fire", map[string]string{
		"k4it.txt": `it|Incendio in un impianto chimico a Portoverde, tre intossicati

Cronaca

Ravenna, 16 luglio 2031

Un incendio è divampato alle 3.40 di mercoledì nello stabilimento della Clorochimica Adriatica a Portoverde, in provincia di Ravenna. Tre persone sono rimaste lievemente intossicate: due operai e un vigile del fuoco.

Sul posto hanno lavorato circa 120 vigili del fuoco con 35 mezzi. Le fiamme, partite da un deposito di solventi, sono state domate dopo circa nove ore.

La sindaca Elena Zanardi ha invitato i residenti nel raggio di 2 chilometri a tenere chiuse porte e finestre. L'agenzia regionale per l'ambiente sta effettuando rilevazioni dell'aria.

Lo stabilimento, che impiega 230 persone, aveva già subito un incendio nel 2017.`,
		"k4itb.txt": `it|Portoverde, notte di paura per il rogo alla Clorochimica

Il Corriere di Portoverde · Cronaca

16/07/2031 ore 14:22

Una colonna di fumo nero visibile fino a Ravenna. È l'immagine della notte di Portoverde, dove poco prima delle 4 di mercoledì è scoppiato un incendio nel deposito di solventi della Clorochimica Adriatica.

Per spegnere le fiamme sono serviti circa 120 pompieri, arrivati anche da Forlì e Ferrara. L'incendio è stato dichiarato sotto controllo alle 12.40, dopo quasi nove ore.

Due operai, uno di 44 e uno di 29 anni, e un vigile del fuoco sono stati portati all'ospedale per accertamenti. Nessuno è in pericolo di vita.

"Chiediamo all'azienda massima trasparenza", ha detto la sindaca Elena Zanardi, che ha chiuso per precauzione i centri estivi nel raggio di due chilometri.

Leggi anche: Clorochimica, l'incendio del 2017`,
		"k4en.txt": `en|Three hurt in fire at Italian chemical plant

World

A fire broke out in the early hours of Wednesday at a chemical plant in Portoverde, near the Italian city of Ravenna, injuring three people, fire officials said.

Some 120 firefighters spent around nine hours bringing the blaze, which started in a solvent store at the Clorochimica Adriatica plant, under control.

Two workers and a firefighter were treated for smoke inhalation. Residents within 2 km (1.2 miles) were told to keep their windows shut.

The plant employs 230 people.`,
		"k4es.txt": `es|Un incendio en una planta química del norte de Italia deja tres intoxicados

Internacional

Roma, 16 jul (Agencia)

Un incendio declarado de madrugada en una planta química de Portoverde, cerca de Rávena, en el norte de Italia, causó este miércoles la intoxicación leve de tres personas, dos trabajadores y un bombero.

El fuego se originó hacia las 3.40 horas en un depósito de disolventes de la empresa Clorochimica Adriatica y fue controlado unas nueve horas después.

En la extinción participaron unos 150 bomberos con 35 vehículos. La alcaldesa, Elena Zanardi, pidió a los vecinos que viven en un radio de dos kilómetros que mantuvieran las ventanas cerradas.

La planta, que emplea a 230 personas, ya sufrió un incendio en 2017.`,
	}, map[string][2]string{"k4es.txt": {"150", "120"}}},
	{"basketball-club-sale", map[string]string{
		"k5es.txt": `es|Un fondo estadounidense compra el 80 % del Ribanova Baloncesto por 23 millones

Deportes | Baloncesto

Ribanova, 21 nov (Agencia)

El fondo estadounidense Harbor Point Sports Partners ha comprado el 80 % de las acciones del Ribanova Baloncesto, de la Liga ACB, por 23 millones de euros, anunció este viernes el club.

El inversor Douglas Whitcombe, de 61 años, fundador del fondo, será el nuevo presidente. Sustituye a Ramón Ezquerra, de 74, que dirigía la entidad desde 1998 y conservará un cargo honorífico.

El 20 % restante seguirá en manos de la asociación de socios. Los nuevos propietarios asumirán además una deuda de 6,5 millones de euros y prometen ampliar el pabellón de 6.200 a 8.000 localidades.

Harbor Point es también propietario del club italiano Pallacanestro Montesalvo, de la Serie A.`,
		"k5esb.txt": `es|Whitcombe, nuevo dueño del Ribanova: "Queremos ganar títulos"

Ribanova Deportes

21/11/2031 · 18:30

Se acabó la era Ezquerra. El empresario estadounidense Douglas Whitcombe (61 años) se ha hecho con el control del Ribanova Baloncesto tras adquirir, a través de su fondo, el 80 % del capital por 23 millones de euros, una operación que valora el club en unos 29 millones.

"Queremos ganar títulos y llenar cada noche el pabellón", dijo Whitcombe en su presentación, en la que estuvo acompañado por el presidente saliente, Ramón Ezquerra, de 74 años.

La asociación de socios mantendrá el 20 % restante y un asiento en el consejo. El fondo también se hará cargo de la deuda del club, de 6,5 millones.

El pabellón, con capacidad para 6.200 espectadores, se ampliará hasta 8.000 antes de la temporada 2033-34.

Comentarios (87) · Compartir`,
		"k5en.txt": `en|US investor buys control of Spanish basketball club Ribanova

Sport

US investment fund Harbor Point Sports Partners has bought 80% of Spanish basketball club Ribanova for €23m, valuing the club at about €29m, the club said on Friday.

The fund's founder, Douglas Whitcombe, 61, becomes chairman, replacing Ramón Ezquerra, 74, who had run the club since 1998.

Harbor Point will also take on €6.5m of debt and plans to expand the club's 6,200-seat arena to 8,000 seats. A supporters' association keeps the remaining 20%.

The fund already owns Italian club Pallacanestro Montesalvo.`,
		"k5it.txt": `it|Il proprietario di Montesalvo compra anche il Ribanova

Basket

Montesalvo, 22 novembre 2031

Harbor Point Sports Partners, il fondo americano che controlla la Pallacanestro Montesalvo, ha acquistato l'80% del club spagnolo Ribanova, che milita nella Liga ACB, per 23 milioni di euro.

La società si farà carico anche di un debito di 6,5 milioni e punta ad ampliare il palazzetto da 6.200 a 8.000 posti.

Il presidente del fondo, Douglas Whitcombe, 56 anni, guiderà direttamente il club spagnolo al posto di Ramón Ezquerra, 74 anni, presidente dal 1998. Per Montesalvo, assicura il fondo, "non cambia nulla".`,
	}, map[string][2]string{"k5it.txt": {"56 years", "61 years"}}},
	{"hospital-wing-delay", map[string]string{
		"k6nl.txt": `nl|Nieuwbouw Maasoever Ziekenhuis veertien maanden later klaar en 29 miljoen duurder

Regio | Hoogmeer

Door onze verslaggever

De nieuwe vleugel van het Maasoever Ziekenhuis in Hoogmeer gaat veertien maanden later open dan gepland. De ingebruikname is verschoven naar 1 september 2031, maakte het ziekenhuis dinsdag bekend.

De kosten lopen op van 142 miljoen naar 171 miljoen euro. Als oorzaken noemt het ziekenhuis het faillissement van een onderaannemer, vertraging bij de stikstofvergunning en gestegen bouwprijzen.

"Dit is een flinke tegenvaller, maar de patiënt merkt er gelukkig weinig van", zegt bestuursvoorzitter Annelies Koopmans. De vleugel krijgt 180 bedden, twaalf operatiekamers en een nieuwe spoedeisende hulp.

Het ziekenhuis heeft ruim 2.400 medewerkers en is het grootste in de regio.`,
		"k6nlb.txt": `nl|Ziekenhuis Hoogmeer: nieuwe vleugel fors duurder

Binnenland

4 juni 2030, 16:48

Het Maasoever Ziekenhuis in Hoogmeer moet voor zijn nieuwe vleugel 29 miljoen euro meer uittrekken dan begroot. De nieuwbouw kost nu 171 miljoen euro, ruim 20 procent meer dan de oorspronkelijke 142 miljoen.

De opening schuift op naar 1 september volgend jaar, ruim een jaar later dan gepland. Volgens het ziekenhuis zijn een failliete onderaannemer, een vertraagde stikstofvergunning en de hoge bouwkosten de boosdoeners.

Bestuursvoorzitter Annelies Koopmans benadrukt dat de zorg gewoon doorgaat in de bestaande gebouwen. De nieuwe vleugel telt 180 bedden en twaalf operatiekamers.`,
		"k6en.txt": `en|Dutch hospital's new wing delayed by 14 months, costs rise to €171m

Netherlands | Health

Hoogmeer, June 4

The opening of a new wing at Maasoever hospital in the Dutch town of Hoogmeer has been pushed back by 14 months and its cost has risen by €29 million to €171 million, the hospital said on Tuesday.

The hospital blamed the bankruptcy of a subcontractor, delays in obtaining a nitrogen emissions permit and higher construction prices.

The wing, with 180 beds and 12 operating theatres, is now due to open on 1 December 2031. "This is a serious setback," said chief executive Annelies Koopmans.

The original budget was €142 million.`,
	}, map[string][2]string{"k6en.txt": {"1 December", "1 September"}}},
	{"hamster-release-limburg", map[string]string{
		"k7nl.txt": `nl|47 korenwolven uitgezet op akkers bij Kessenrade

Limburg

Kessenrade, 13 mei 2031

Op akkers bij het Zuid-Limburgse Kessenrade zijn dinsdag 47 korenwolven uitgezet. De dieren, die in een fokcentrum zijn grootgebracht, moeten de bedreigde populatie in Nederland versterken.

De hamsters zijn ongeveer drie maanden oud en wegen tussen de 250 en 300 gram. Ze zijn losgelaten op twaalf hectare graanakkers waar boeren niet oogsten voordat de dieren hun winterholen hebben gegraven.

"Zonder deze hulp zou de korenwolf in Nederland binnen een paar jaar verdwenen zijn", zegt ecoloog Sanne Wijers (38) van de stichting Korenwolf Limburg. In het wild leven nog zo'n 1000 dieren in Nederland, tegen naar schatting enkele honderden in 2002, toen de eerste dieren werden uitgezet.

Volgend jaar volgen nog eens zestig dieren.`,
		"k7nlb.txt": `nl|Bijna vijftig korenwolven krijgen nieuwe kans in Limburg

Natuur

13-05-2031, 11:20

Natuurbeschermers hebben dinsdag bijna vijftig korenwolven vrijgelaten bij Kessenrade. De Europese hamster is een van de zeldzaamste zoogdieren van ons land.

De diertjes komen uit een fokprogramma en werden in het voorjaar geboren. Ze kregen 12 hectare akkerland tot hun beschikking, waar de graanoogst later wordt binnengehaald.

Sinds de eerste uitzetting in 2002 is de populatie gegroeid tot ruim duizend dieren, vertelt Sanne Wijers van stichting Korenwolf Limburg. "Maar het blijft kwetsbaar: een strenge winter of een vos kan veel schade doen."

Het programma kost de provincie jaarlijks 350.000 euro.`,
		"k7en.txt": `en|Dozens of endangered hamsters released in Dutch fields

Environment

Conservationists released 47 European hamsters into wheat fields near the village of Kessenrade in the southern Netherlands on Tuesday, in an effort to save the species from extinction in the country.

The three-month-old animals, bred in captivity and weighing 250-300 grams, will live on 12 hectares of farmland where the harvest is delayed so they can dig their burrows.

"Without this help the hamster would have disappeared from the Netherlands within a few years," said ecologist Sanne Wijers, 38. There are about 1,000 wild hamsters in the country, up from a few hundred when releases began in 2002.

Another 60 are due to be released next year.`,
	}, nil},
	{"calvara-day-tripper-fee", map[string]string{
		"k8it.txt": `it|Calvara, dal primo giugno ticket d'ingresso di 5 euro per i turisti giornalieri

Cronaca | Turismo

Palermo, 14 marzo 2031

Dal primo giugno i turisti che visitano in giornata l'isola di Calvara, al largo della costa siciliana, dovranno pagare un contributo di accesso di 5 euro, che salirà a 10 euro nei giorni di maggiore afflusso. Lo ha deciso il consiglio comunale.

L'anno scorso l'isola, che conta 4.300 abitanti, ha accolto circa 1,2 milioni di visitatori, il 70% dei quali in giornata. Nel 2019 erano stati 1,5 milioni.

"Non vogliamo chiudere l'isola, ma proteggerla", ha detto il sindaco Lucio Ferrante. Il comune prevede di incassare circa 5 milioni di euro all'anno, destinati alla raccolta dei rifiuti e alla manutenzione del porto.

Sono esentati i residenti in Sicilia e i minori di 14 anni.`,
		"k8itb.txt": `it|Ticket per sbarcare a Calvara, via libera dal consiglio. Protestano i commercianti

Giornale delle Isole

14/03/2031 - 19:05

Il consiglio comunale di Calvara ha approvato ieri sera, con 9 voti favorevoli e 3 contrari, il contributo di sbarco per chi arriva sull'isola in giornata: 5 euro nei giorni normali, 10 euro nei periodi di punta, a partire dal 1° giugno.

Il sindaco Lucio Ferrante parla di "misura necessaria": sulle circa 4.300 anime dell'isola si riversano ogni anno oltre un milione di visitatori, sette su dieci dei quali ripartono in serata.

Contrari i commercianti. "Così i turisti andranno altrove", ha commentato Rosaria Cuffaro, presidente dell'associazione dei commercianti, che ricorda come già nel 2019, con 1,5 milioni di presenze, l'isola avesse retto senza ticket.

Il gettito previsto è di circa cinque milioni l'anno.`,
		"k8en.txt": `en|Sicilian island to charge day-trippers up to €10

Travel

The Italian island of Calvara, off Sicily, will charge day visitors €5 to land from June 1, rising to €10 on the busiest days, after its council approved the measure.

About 1.2 million people visited the island of 4,300 residents last year, some 70% of them on day trips, down from 1.5 million in 2019.

"We do not want to close the island, we want to protect it," said mayor Lucio Ferrante. The council expects to raise about €5m a year for waste collection and harbour maintenance.

Sicilian residents and children under 14 will be exempt.`,
		"k8nl.txt": `nl|Italiaans eiland vraagt dagjesmensen om toegangsgeld

Reizen

14 maart 2031

Wie vanaf 1 juni een dagje naar het Siciliaanse eiland Calvara gaat, moet 5 euro toegangsgeld betalen. Op drukke dagen wordt dat 10 euro, heeft de gemeenteraad besloten.

Het eiland met 4300 inwoners trok vorig jaar ongeveer 1,2 miljoen bezoekers, van wie zeven op de tien dagjesmensen. Burgemeester Lucio Ferrante verwacht jaarlijks zo'n 5 miljoen euro op te halen.

Kinderen onder de 14 en inwoners van Sicilië hoeven niet te betalen.`,
	}, nil},
	{"ebike-battery-flat-fire", map[string]string{
		"k9nl.txt": `nl|Accu van e-bike oorzaak van brand in flat Rotterdam-Zuid, twee gewonden

Rotterdam

Zondag 7 september 2031, 10:12

Een brand in een flat aan de Dokweg in Rotterdam-Zuid is in de nacht van zaterdag op zondag ontstaan door een accu van een elektrische fiets. Dat meldt de brandweer.

Het vuur brak rond 2.15 uur uit in een woning op de vierde verdieping. Veertien woningen werden ontruimd; in totaal moesten 38 bewoners hun huis uit. Een vrouw van 81 en een man van 34 werden met rookinhalatie naar het ziekenhuis gebracht.

"De accu stond in de gang aan de lader", zegt een woordvoerder van de brandweer. Het is dit jaar al de 23e brand door een e-bike-accu in Rotterdam, tegen 17 in heel vorig jaar.

De meeste bewoners konden zondagochtend weer naar binnen. Twee woningen zijn voorlopig onbewoonbaar.`,
		"k9nlb.txt": `nl|Vrouw (81) en man (34) gewond bij flatbrand door e-bike

Regio | 112

07-09-2031 08:47

Bij een uitslaande brand in een portiekflat aan de Dokweg in Rotterdam zijn zondagnacht twee mensen gewond geraakt. Een 81-jarige vrouw en een 34-jarige man werden met rookverschijnselen naar het ziekenhuis gebracht.

Volgens de brandweer ging het mis met een accu van een e-bike die stond op te laden. Veertien woningen werden ontruimd, de bewoners werden opgevangen in een buurthuis.

Brandweer Rotterdam waarschuwt al langer voor het laden van accu's binnenshuis. Dit jaar telde de stad al 23 van zulke branden, meer dan in heel 2030, toen de teller op 17 bleef staan.`,
		"k9en.txt": `en|E-bike battery blamed for Rotterdam flat fire

Netherlands

A charging e-bike battery caused a fire that forced 38 residents from 14 flats in Rotterdam early on Sunday, the fire brigade said.

The fire broke out at about 2:15 am in a fourth-floor apartment. An 81-year-old woman and a 34-year-old man were taken to hospital with smoke inhalation.

It was the 23rd fire caused by an e-bike battery in the city this year, compared with 17 in the whole of last year, a fire service spokesman said. Two flats are uninhabitable.`,
	}, nil},
	{"train-graffiti-costs", map[string]string{
		"k10it.txt": `it|Graffiti sui treni, alle Ferrovie Padane costano 4,2 milioni l'anno

Economia

Milano, 5 febbraio 2031

La rimozione dei graffiti dai treni è costata l'anno scorso alle Ferrovie Padane 4,2 milioni di euro, il 31% in più rispetto ai 3,2 milioni del 2029. Lo ha reso noto la società regionale di trasporto.

Nel 2030 sono state ripulite 1.250 carrozze, con un costo medio di circa 3.400 euro ciascuna. Ogni giorno in media 18 treni restano fermi in deposito per la pulizia.

"Sono soldi sottratti alla manutenzione e ai nuovi treni", ha detto l'amministratore delegato Giorgio Meneghetti. La società ha installato 600 nuove telecamere nei depositi.

Nel 2019 la spesa era stata di 1,9 milioni.`,
		"k10itb.txt": `it|Treni imbrattati, conto salato: oltre 4 milioni

La Gazzetta del Basso Po

05/02/2031

Oltre quattro milioni di euro in un anno per cancellare i graffiti dai convogli. È il conto presentato dall'ad di Ferrovie Padane, Giorgio Meneghetti, che parla di "un fenomeno fuori controllo".

Le carrozze ripulite nel 2030 sono state 1.250, contro le 960 dell'anno precedente. La spesa è cresciuta di quasi un terzo.

Per ogni treno fermo per la pulizia, ricordano i sindacati, saltano corse e i pendolari restano a piedi. La società ha intanto montato 600 telecamere nei depositi.`,
		"k10en.txt": `en|Italian rail operator spent €4.2m removing graffiti last year

Europe | Transport

Italian regional rail operator Ferrovie Padane spent €4.2 million cleaning graffiti off its trains last year, up 31% from €3.2 million in 2029, the company said on Wednesday.

It cleaned 1,250 carriages at an average cost of about €3,400 each, and on an average day 18 trains were out of service for cleaning.

"This is money taken away from maintenance and new trains," said chief executive Giorgio Meneghetti. The company has installed 600 new cameras at its depots.`,
		"k10es.txt": `es|Los grafitis cuestan 4,2 millones de euros al año a una ferroviaria italiana

Internacional

Milán, 5 feb (Agencia)

La empresa ferroviaria regional italiana Ferrovie Padane gastó el año pasado 4,2 millones de euros en limpiar grafitis de sus trenes, un 31 % más que en 2029, cuando la factura fue de 3,2 millones.

En total se limpiaron 1.250 vagones, a un coste medio de unos 3.400 euros cada uno.

El consejero delegado, Giorgio Meneghetti, lamentó que se trate de "dinero que se resta al mantenimiento y a los trenes nuevos".`,
	}, nil},
}
