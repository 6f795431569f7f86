package compare

// heldOutKoembang is a blind set of ten mixed national and regional events,
// written without reading the extraction or the matching: a Mallorca town's
// ban on big cruise ships (es, es, en, fr), a night fire at a Piedmont middle
// school (it, it, en, fr), a motocross rider crashing into the crowd in the
// Dordogne (fr, fr, en, es), a court ordering 14 beach restaurants removed
// in the Hérault (fr, fr, en), a fossil whale found in a Tuscan vineyard (it,
// it, en, es), a record six-way kidney swap in Spain (es, es, en, it), a
// high-speed train stuck in an Apennine tunnel (it, it, fr, en), a French
// village mayor elected by age after a tied vote (fr, fr, en, es), a lost
// baroque painting found in an attic (fr, fr, en, it) and a Limoges
// porcelain maker in receivership (fr, fr, en, es).
//
// Six contradictions are planted, one per event: a count (the French cruise
// report's passengers last year, third paragraph), an age (the French school
// report's caretaker, second paragraph), a weekday (the Spanish motocross
// report's Saturday, third paragraph), a distance (the second Italian tunnel
// report's 9 km from the southern portal, second paragraph), a date (the
// Italian painting report's auction day, last paragraph) and an amount (the
// second French porcelain report's debt, first paragraph). Four are in a
// report whose language is the minority in its event.
//
// The traps: a previous year's figure beside the current one (295,000
// passengers in 2024, 38.4 million in 2027, a 2021 sale record, a 2026
// chain of four), rounding and hedges (more than 12,000 against 12,400
// signatures, about 1,200 against 1 240 inhabitants, more than 200 against
// 220 jobs, nearly four hours against 3 hours 40, 120 minutes against two
// hours), parts and totals (6 transplants and 12 operations, 9 injured of
// whom 2 serious and 7 light, 65,000 euros of which 40,000 and 25,000, 7-7
// with one blank of 15 councillors after 6-7 in the first rounds), two or
// more ages in one report (47 and 63, 11 and 42 and 24, 71 and 44, 19 and
// 67, 71 and 45), two lengths of one canvas (1.44 m by 1.12 m), the tunnel's
// length beside the distance inside it, a fire's start at 3.40 and an alarm
// at 3.45, an inspection on Saturday before a race on Sunday, and each
// language's number formats.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and
// 0 false disagreements; it missed the Spanish motocross report's Saturday
// against Sunday (its sábado was put in one row with the inspection's
// samedi of the club president's quote, not with the race's Sunday) and the
// second Italian tunnel report's 9 km against 7 km (its "dall'imbocco sud"
// stood alone in a row of its own, apart from the "dall'uscita sud" 7 km of
// the others). The count, age, date and amount were flagged, and none of
// the traps was: 3 hours 40 against nearly four hours, and two hours
// against 120 minutes, shared a row without a disagreement.
var heldOutKoembang = []heldOutEvent{
	{"cruise-ship-ban", map[string]string{
		"k1es1.txt": `es|Vallmora prohibirá los cruceros de más de 1.500 pasajeros a partir de 2031

Part Forana | Puertos

Port de Vallmora, 17/10/2029 - 07:45

El pleno del Ayuntamiento de Port de Vallmora aprobó el martes por 14 votos a favor y 7 en contra la ordenanza que prohibirá, a partir del 1 de enero de 2031, el atraque y el fondeo en la bahía de cruceros con capacidad para más de 1.500 pasajeros.

El año pasado hicieron escala en el municipio 186 cruceros, que desembarcaron 380.000 pasajeros, frente a los 295.000 de 2024. Según los cálculos del consistorio, cada crucerista gasta una media de 62 euros en tierra.

"No queremos vivir de espaldas al mar, pero tampoco dentro de un parque temático", dijo la alcaldesa, Catalina Ferrer, de 47 años, que recordó que la iniciativa vecinal que pedía la prohibición reunió 12.400 firmas.

El portavoz de la oposición, Miquel Serra, de 63 años, calificó la medida de "ruina anunciada". La Asociación de Navieras de Baleares cifra en 23,5 millones de euros anuales las pérdidas para el comercio local y en unos 340 los empleos en riesgo.

La ordenanza se someterá ahora a un periodo de alegaciones de 30 días.

Comentarios (48)`,
		"k1es2.txt": `es|Un municipio de Mallorca vetará los grandes cruceros desde 2031

Palma, 16 oct (Agencia)

El Ayuntamiento de Port de Vallmora, en el norte de Mallorca, aprobó este martes prohibir a partir de 2031 la llegada de cruceros de más de 1.500 pasajeros, una medida que según las navieras pone en riesgo unos 340 puestos de trabajo.

La ordenanza salió adelante con 14 votos a favor y 7 en contra. Al municipio llegaron el año pasado unos 380.000 cruceristas en 186 escalas.

La alcaldesa, Catalina Ferrer, defendió que la decisión responde a una reclamación de los vecinos, que reunieron más de 12.000 firmas. Las navieras calculan unas pérdidas de 23,5 millones de euros al año.`,
		"k1en.txt": `en|Mallorca resort votes to ban big cruise ships from 2031

By Helen Marsh

PALMA, Oct 16 - The town council of Port de Vallmora on the Spanish island of Mallorca voted on Tuesday to ban cruise ships carrying more than 1,500 passengers from its bay from January 2031, in one of the toughest measures yet against mass tourism in the Balearics.

The 21-member council approved the ordinance by 14 votes to 7. Mayor Catalina Ferrer, 47, said a residents' petition had gathered 12,400 signatures.

Some 380,000 cruise passengers came ashore in the town last year from 186 ships, up from 295,000 in 2024. The town hall estimates that each spends an average of 62 euros on land.

The Balearic Shipping Association said the ban would cost local businesses 23.5 million euros a year and put about 340 jobs at risk. Opposition spokesman Miquel Serra, 63, called it "a ruin foretold".

Residents can file objections during a 30-day consultation.

(Reporting by Helen Marsh; Editing by Tom Ridley)`,
		"k1fr.txt": `fr|Majorque : une station balnéaire va interdire les grands paquebots

International | Tourisme

Publié le 17 octobre 2029 à 11h02

Le conseil municipal de Port de Vallmora, sur l'île espagnole de Majorque, a voté mardi l'interdiction, à partir de 2031, des navires de croisière transportant plus de 1 500 passagers. Le texte a été adopté par 14 voix contre 7.

La maire, Catalina Ferrer, 47 ans, invoque une pétition d'habitants qui a recueilli 12 400 signatures. « Nous ne voulons pas vivre dans un parc à thème », a-t-elle déclaré.

L'an dernier, 186 paquebots ont fait escale dans la baie, débarquant 310 000 croisiéristes, contre 295 000 en 2024. Chacun dépense en moyenne 62 euros à terre, selon la mairie.

Les armateurs chiffrent le manque à gagner à 23,5 millions d'euros par an et évoquent quelque 340 emplois menacés.

À lire aussi : Venise, cinq ans après l'interdiction des paquebots`,
	}, map[string][2]string{"k1fr.txt": {"310,000", "380,000"}}},
	{"school-fire", map[string]string{
		"k2it1.txt": `it|Incendio nella notte alla scuola media Pascoli, 410 alunni senza aule

Cronaca | San Donato di Lerma

di Marco Gualco

8 novembre 2029, ore 10:15

Un incendio è divampato nella notte tra mercoledì e giovedì nella scuola media "Giovanni Pascoli" di San Donato di Lerma, in provincia di Alessandria. Le fiamme, partite verso le 3.40 dalla palestra, hanno distrutto anche quattro aule e parte del tetto, su una superficie di circa 600 metri quadrati. Non ci sono feriti.

A dare l'allarme è stato il custode, Franco Bellini, 58 anni, che abita in un alloggio accanto all'edificio. "Ho sentito uno scoppio e ho visto il fumo uscire dalle finestre della palestra", ha raccontato.

Sul posto sono intervenute sei squadre dei vigili del fuoco, una trentina di uomini, che hanno impiegato circa quattro ore per spegnere l'incendio. Le cause sono in corso di accertamento; non si esclude un guasto all'impianto elettrico.

La sindaca Laura Ceretti stima i danni in 2,3 milioni di euro. L'edificio, costruito nel 1968, era stato ristrutturato nel 2019 con una spesa di 850.000 euro.

Le lezioni per i 410 alunni riprenderanno lunedì, divise tra il salone parrocchiale e la scuola elementare di via Roma.`,
		"k2it2.txt": `it|Alessandria: a fuoco scuola media, nessun ferito

(ANSA) - ALESSANDRIA, 08 NOV - Un incendio ha distrutto nella notte la palestra e quattro aule della scuola media Pascoli di San Donato di Lerma (Alessandria). Nessun ferito. L'allarme è stato dato intorno alle 3.45 dal custode, 58 anni, che vive accanto alla scuola.

I vigili del fuoco hanno lavorato per circa quattro ore. Danni stimati dal Comune in circa 2,3 milioni. I 410 studenti torneranno in classe lunedì in sedi provvisorie. (ANSA).`,
		"k2en.txt": `en|Fire guts middle school in Piedmont town, 410 pupils moved

A fire overnight destroyed the gym, four classrooms and part of the roof of a middle school in San Donato di Lerma, near Alessandria in northern Italy, local officials said on Thursday. No one was hurt.

The blaze started at about 3:40 am in the gym of the Giovanni Pascoli school and spread across some 600 square metres. Six fire crews, around 30 firefighters, took about four hours to bring it under control.

Caretaker Franco Bellini, 58, who lives next to the school, raised the alarm. Investigators are looking at a possible electrical fault.

Mayor Laura Ceretti put the damage at 2.3 million euros. The building dates from 1968 and was renovated in 2019 at a cost of 850,000 euros.

Lessons for the 410 pupils will resume on Monday in a parish hall and a primary school.`,
		"k2fr.txt": `fr|Italie : un collège ravagé par un incendie dans le Piémont

Europe

Le 8 novembre 2029 à 14h30

Un incendie a ravagé dans la nuit de mercredi à jeudi le gymnase et quatre salles de classe d'un collège de San Donato di Lerma, dans la province d'Alexandrie (Piémont). Personne n'a été blessé.

C'est le gardien de l'établissement, Franco Bellini, 61 ans, logé à côté du bâtiment, qui a donné l'alerte. Le feu s'était déclaré vers 3 h 40 dans le gymnase. Une trentaine de pompiers ont lutté pendant environ quatre heures contre les flammes.

La maire, Laura Ceretti, évalue les dégâts à 2,3 millions d'euros. Construit en 1968, le collège avait été rénové en 2019.

Les 410 élèves reprendront les cours lundi dans des locaux provisoires.`,
	}, map[string][2]string{"k2fr.txt": {"61 years", "58 years"}}},
	{"motocross-crowd-crash", map[string]string{
		"k3fr1.txt": `fr|Motocross de Montfaucon : un pilote chute dans le public, neuf blessés

Dordogne | Faits divers

Par Claire Vigneron

Publié le 09/09/2029 à 19h48, mis à jour à 21h10

Neuf spectateurs ont été blessés, dont deux grièvement, dimanche après-midi lors du motocross de Montfaucon-sur-Vère, quand un pilote a perdu le contrôle de sa machine à la réception d'un saut et a franchi les barrières de sécurité.

Les deux blessés graves, un garçon de 11 ans et une femme de 42 ans, ont été héliportés vers le CHU de Bordeaux. Les sept autres victimes, plus légèrement touchées, ont été conduites à l'hôpital de Périgueux.

Le pilote, un Belge de 24 ans, est indemne. Selon les premiers éléments, sa moto a décollé de travers sur la grande table, un saut d'environ 25 mètres, avant de finir sa course dans la foule massée à 2 mètres de la piste.

Environ 3 500 personnes assistaient à cette manche du championnat régional. Les finales ont été annulées et la gendarmerie a ouvert une enquête.

« Nos installations avaient été contrôlées samedi par la préfecture », assure Didier Lacombe, président du moto-club organisateur.`,
		"k3fr2.txt": `fr|Dordogne : neuf spectateurs blessés lors d'un motocross

Dimanche 9 septembre 2029 à 20:05 - Par la rédaction

Un accident a fait neuf blessés ce dimanche lors du motocross de Montfaucon-sur-Vère. Un pilote belge de 24 ans a raté la réception d'un saut et a terminé dans le public.

Deux personnes sont dans un état grave : un enfant de 11 ans et une femme de 42 ans. Elles ont été transportées par hélicoptère à Bordeaux.

Près de 3 500 spectateurs étaient présents. La préfecture a fait arrêter la compétition.`,
		"k3en.txt": `en|Nine spectators hurt as motocross rider crashes into crowd in France

PARIS, Sept 9 - Nine spectators were injured, two of them seriously, when a rider lost control on a jump and ploughed into the crowd at a motocross race in southwestern France on Sunday, local authorities said.

An 11-year-old boy and a 42-year-old woman were flown to hospital in Bordeaux. Seven others suffered minor injuries.

The 24-year-old Belgian rider was unhurt. About 3,500 people were watching the regional championship round in Montfaucon-sur-Vère, in the Dordogne department. Police have opened an investigation.`,
		"k3es.txt": `es|Nueve heridos al arrollar un piloto de motocross al público en Francia

Internacional

Burdeos, 10 sep (Agencia)

Nueve espectadores resultaron heridos, dos de ellos de gravedad, cuando un piloto perdió el control de su moto en un salto y se precipitó contra el público durante una carrera de motocross en el suroeste de Francia.

Entre los heridos graves figuran un niño de 11 años y una mujer de 42, trasladados en helicóptero al hospital universitario de Burdeos, según la prefectura de Dordoña.

El accidente se produjo el sábado por la tarde en Montfaucon-sur-Vère, donde unas 3.500 personas seguían una prueba del campeonato regional. El piloto, un belga de 24 años, salió ileso.

Según la prensa local, la moto salió torcida de un salto de unos 25 metros y atravesó las vallas, situadas a 2 metros de la pista. La gendarmería ha abierto una investigación.`,
	}, map[string][2]string{"k3es.txt": {"Saturday", "Sunday"}}},
	{"beach-restaurants-ruling", map[string]string{
		"k4fr1.txt": `fr|Sérignac-Plage : la justice confirme la fin des 14 paillotes

Hérault | Littoral

Par Julien Arnal

Le 21/11/2029 à 18:40

Le tribunal administratif de Montpellier a rejeté mercredi les recours des exploitants des 14 paillotes de la plage de la Marvède, à Sérignac-Plage. Ils devront avoir démonté leurs établissements avant le 31 mars 2030, sous peine d'une astreinte de 500 euros par jour de retard.

Le préfet de l'Hérault avait refusé en février de renouveler leurs concessions, invoquant l'érosion : selon l'État, la plage a perdu près de 30 mètres de largeur depuis 1990, dont 8 mètres au cours des dix dernières années.

Les paillotes emploient chaque été quelque 220 saisonniers. « C'est un coup de massue pour toute la station », déplore Nadia Ferrer, qui préside l'association des exploitants.

Leur avocat, Me Hugo Santoni, annonce qu'il fera appel devant la cour administrative d'appel de Toulouse, dans le délai de deux mois.`,
		"k4fr2.txt": `fr|Paillotes de la Marvède : les exploitants déboutés

Le tribunal administratif de Montpellier a donné raison au préfet : les 14 paillotes de Sérignac-Plage devront être démontées d'ici au 31 mars 2030. Passé ce délai, chaque exploitant devra payer 500 € par jour.

Plus de 200 emplois saisonniers sont en jeu. Les exploitants vont faire appel.

Mercredi 21 novembre 2029`,
		"k4en.txt": `en|French court orders removal of 14 beach restaurants

Europe

November 21, 2029

A court in the southern French city of Montpellier on Wednesday upheld a state order to clear 14 beach restaurants, known as paillotes, from the Marvède beach at Sérignac-Plage, rejecting appeals by their operators.

The owners must dismantle their premises by March 31, 2030, or face a penalty of 500 euros a day. The prefect refused in February to renew their concessions, citing coastal erosion: the beach has lost nearly 30 metres of its width since 1990, eight of them in the past decade.

The restaurants employ around 220 seasonal workers each summer. Their lawyer, Hugo Santoni, said they would appeal within the two-month deadline.`,
	}, nil},
	{"fossil-whale-vineyard", map[string]string{
		"k5it1.txt": `it|Montevaso, nella vigna spunta una balena di 4 milioni di anni

Cultura | Scienze

Siena, 6 luglio 2029

È lunga circa 9 metri ed è completa al 70 per cento la balena fossile riportata alla luce in una vigna di Montevaso, in provincia di Siena. Lo scavo, durato tre settimane, si è concluso venerdì.

Le prime ossa erano affiorate ad aprile, quando Piero Landi, 71 anni, titolare dell'azienda agricola, stava preparando il terreno per un nuovo impianto di Sangiovese. "Pensavo fosse una radice, poi ho visto una vertebra grande come un pallone", racconta.

Secondo la paleontologa Giulia Marras, 44 anni, dell'Università di Pisa, che ha diretto gli scavi, l'animale visse circa 4 milioni di anni fa, quando la zona era coperta dal mare. Sono state recuperate 38 vertebre.

È la terza balena fossile trovata nella zona, dopo quelle del 1975 e del 2007. Lo scavo è costato 65.000 euro: 40.000 li ha messi la Regione Toscana, il resto l'azienda di Landi.

Lo scheletro sarà esposto dal 2031 al Museo di storia naturale di Siena.`,
		"k5it2.txt": `it|Balena fossile in una vigna del Senese

SIENA - Una balena fossile di circa 4 milioni di anni, lunga 9 metri, è stata scoperta in una vigna a Montevaso. Il ritrovamento risale ad aprile; gli scavi, guidati dall'Università di Pisa, si sono chiusi venerdì dopo tre settimane.

Lo scheletro è conservato per il 70%. Costo dell'operazione: 65mila euro, di cui 25mila a carico del viticoltore.`,
		"k5en.txt": `en|Tuscan winemaker finds 4-million-year-old whale among his vines

Science

A fossil whale about 9 metres long has been dug out of a vineyard in Tuscany, where it lay for some four million years after the sea that once covered the area retreated, Italian researchers said.

Winemaker Piero Landi, 71, struck the first bones in April while preparing the ground for new vines near Montevaso, south of Siena. The three-week dig, led by palaeontologist Giulia Marras, 44, of the University of Pisa, ended on Friday.

About 70% of the skeleton survived, including 38 vertebrae. It is the third fossil whale found in the area, after discoveries in 1975 and 2007.

The excavation cost 65,000 euros, of which the regional government paid 40,000. The skeleton will go on display in Siena's natural history museum in 2031.`,
		"k5es.txt": `es|Hallan una ballena fósil de cuatro millones de años en un viñedo de la Toscana

Ciencia

Roma, 7 jul (Agencia)

Un viticultor de la Toscana, en el centro de Italia, encontró en su finca el esqueleto fosilizado de una ballena de unos 9 metros de longitud y cerca de cuatro millones de años de antigüedad, informó la Universidad de Pisa.

Los restos, conservados en un 70 %, aparecieron en abril en un viñedo de Montevaso, cerca de Siena. La excavación, dirigida por la paleontóloga Giulia Marras, duró tres semanas y concluyó el viernes.

El propietario, Piero Landi, de 71 años, creyó al principio que se trataba de una raíz. Es la tercera ballena fósil que aparece en la zona desde 1975.`,
	}, nil},
	{"kidney-swap-chain", map[string]string{
		"k6es1.txt": `es|Seis trasplantes de riñón en cadena entre cuatro hospitales, récord en España

Salud

Madrid, 14 mar 2029 - 13:20

Cuatro hospitales españoles han completado la mayor cadena de trasplante renal cruzado realizada hasta ahora en el país: seis pacientes recibieron un riñón de un donante vivo en un plazo de 36 horas, informó este miércoles la Organización Nacional de Trasplantes (ONT).

En total se realizaron 12 intervenciones, seis extracciones y seis implantes, en el Hospital del Turia (Valencia), el Hospital de Sant Roc (Lleida), el Hospital Santa Brígida (Oviedo) y el Hospital Virgen del Alcor (Sevilla). Los órganos viajaron en avión y en tren de alta velocidad.

Los receptores tienen entre 19 y 67 años. Todos evolucionan favorablemente, según el director de la ONT, Álvaro Requena.

La anterior cadena más larga, en 2026, incluyó cuatro trasplantes. España realizó 3.690 trasplantes renales en 2028, de los que 412 procedieron de donante vivo, alrededor del 11 %.`,
		"k6es2.txt": `es|Récord de trasplante cruzado: seis pacientes, cuatro hospitales

La ONT ha coordinado una cadena de seis trasplantes renales de donante vivo entre Valencia, Lleida, Oviedo y Sevilla, la más larga de la historia en España.

Las 12 cirugías se llevaron a cabo en 36 horas. El receptor más joven tiene 19 años y el de más edad, 67.

"Es un ejemplo de coordinación", declaró Álvaro Requena, director de la organización.`,
		"k6en.txt": `en|Spain completes record six-way kidney swap

Health

Spain's National Transplant Organisation (ONT) said on Wednesday that four hospitals had carried out the country's longest kidney-exchange chain, giving six patients a kidney from a living donor within 36 hours.

Surgeons performed 12 operations in all, in Valencia, Lleida, Oviedo and Seville, with the organs sent by plane and high-speed train. The recipients are aged between 19 and 67 and all are doing well, said ONT director Álvaro Requena.

The previous longest chain, in 2026, involved four transplants. Spain carried out 3,690 kidney transplants in 2028, some 11% of them from living donors.`,
		"k6it.txt": `it|Spagna, catena record di trapianti di rene: sei pazienti in 36 ore

Esteri | Salute

14 marzo 2029

Sei trapianti di rene da donatore vivente, dodici interventi chirurgici in quattro ospedali e 36 ore di lavoro: è il record della catena di trapianti incrociati annunciato mercoledì dall'Organizzazione nazionale trapianti spagnola (ONT).

I riceventi hanno tra i 19 e i 67 anni e stanno tutti bene, ha detto il direttore dell'ONT, Álvaro Requena. La catena precedente più lunga, nel 2026, si era fermata a quattro trapianti.

Nel 2028 la Spagna ha eseguito 3.690 trapianti di rene.`,
	}, nil},
	{"train-stranded-tunnel", map[string]string{
		"k7it1.txt": `it|Treno bloccato in galleria per quasi quattro ore, malori a bordo

Cronaca | Trasporti

Firenze, 16 luglio 2029

Un guasto alla linea elettrica ha bloccato per 3 ore e 40 minuti il treno ad alta velocità 9541 Milano-Napoli all'interno della galleria di Monte Lepre, sulla linea Bologna-Firenze. A bordo c'erano 640 passeggeri.

Il convoglio si è fermato alle 15.20 a 7 chilometri dall'uscita sud della galleria, che è lunga 18,7 chilometri. Con l'aria condizionata spenta la temperatura nelle carrozze ha raggiunto i 34 gradi.

Quattro passeggeri hanno accusato malori e sono stati soccorsi dal 118 all'uscita. Il treno è stato trainato fuori da un locomotore diesel intorno alle 19.

"Sono rimasta senza acqua per tre ore", racconta Chiara Benassi, 29 anni, diretta a Roma. L'operatore ha annunciato il rimborso integrale del biglietto. Il guasto ha causato ritardi fino a due ore ad altri 47 treni.`,
		"k7it2.txt": `it|Alta velocità, treno fermo in galleria: 640 passeggeri al caldo

BOLOGNA - Pomeriggio da incubo per i 640 passeggeri del treno 9541 Milano-Napoli, rimasto fermo per 3 ore e 40 minuti nella galleria di Monte Lepre, tra Bologna e Firenze, per un guasto alla linea aerea.

Il treno si è bloccato a 9 chilometri dall'imbocco sud del tunnel. A bordo la temperatura è salita fino a 34 gradi; quattro persone hanno avuto bisogno di cure.

Circolazione rallentata per il resto della giornata: 47 treni hanno accumulato ritardi fino a 120 minuti.`,
		"k7fr.txt": `fr|Italie : 640 passagers bloqués près de quatre heures dans un tunnel

Europe

Publié le 16/07/2029 à 21h15

Un train à grande vitesse reliant Milan à Naples est resté bloqué lundi près de quatre heures dans le tunnel de Monte Lepre, entre Bologne et Florence, à la suite d'une panne de la caténaire. Ses 640 passagers ont souffert de la chaleur, jusqu'à 34 °C dans les voitures.

Le train s'était immobilisé à 7 km de la sortie sud du tunnel, long de 18,7 km. Quatre personnes ont été prises en charge par les secours.

L'opérateur promet le remboursement intégral des billets.`,
		"k7en.txt": `en|Hundreds stranded in Italian rail tunnel as heat soars

Travellers on a high-speed train from Milan to Naples were trapped for 3 hours and 40 minutes in a tunnel between Bologna and Florence on Monday after a power failure, with temperatures on board reaching 34C.

The train, carrying 640 passengers, stopped about 7 km from the southern end of the 18.7 km Monte Lepre tunnel at 3:20 pm. A diesel locomotive eventually towed it out around 7 pm.

Four passengers were treated for heat exhaustion. The operator said all tickets would be refunded in full.`,
	}, map[string][2]string{"k7it2.txt": {"9 km", "7 km"}}},
	{"mayor-tie-by-age", map[string]string{
		"k8fr1.txt": `fr|Lescoutal : égalité parfaite, le doyen devient maire

Aveyron | Politique

Par Sylvie Marty

Le 12/10/2029 à 07:15

Il aura fallu trois tours de scrutin, jeudi soir, pour départager les deux candidats à la mairie de Lescoutal. Au troisième tour, Gérard Pujol et Sandrine Vidal ont chacun recueilli 7 voix sur les 15 conseillers municipaux, un bulletin étant blanc.

Conformément au Code général des collectivités territoriales, c'est le plus âgé qui l'emporte : Gérard Pujol, 71 ans, succède donc à Henri Cabrol, démissionnaire en septembre après 23 ans de mandat.

« Je ne voulais pas gagner comme ça, mais la loi est la loi », a réagi le nouveau maire, ancien instituteur. Sandrine Vidal, 45 ans, infirmière, devient première adjointe.

La commune compte 1 240 habitants. Lors des deux premiers tours, M. Pujol avait obtenu 6 voix contre 7 à sa rivale, sans qu'aucun des deux n'atteigne la majorité absolue de 8 voix.`,
		"k8fr2.txt": `fr|À égalité de voix, le maire de Lescoutal élu au bénéfice de l'âge

Jeudi 11 octobre 2029

Gérard Pujol, 71 ans, a été élu maire de Lescoutal (Aveyron) jeudi soir au bénéfice de l'âge, après avoir obtenu 7 voix, autant que Sandrine Vidal, 45 ans, au troisième tour.

Il remplace Henri Cabrol, qui a quitté ses fonctions après 23 ans à la tête de cette commune de 1 240 habitants.`,
		"k8en.txt": `en|French village picks mayor by age after tied vote

A village in southern France has a new mayor thanks to his birth certificate. After three rounds of voting on Thursday, the 15 councillors of Lescoutal, in the Aveyron, were split 7-7 between Gérard Pujol and Sandrine Vidal, with one blank ballot.

Under French law a tie goes to the older candidate, so Pujol, 71, a retired teacher, took office, succeeding Henri Cabrol, who stepped down in September after 23 years. Vidal, 45, a nurse, becomes his first deputy.

The village has about 1,200 inhabitants.`,
		"k8es.txt": `es|Un pueblo francés elige alcalde por edad tras un empate

París, 12 oct (Agencia)

El municipio francés de Lescoutal, en el departamento de Aveyron, tiene nuevo alcalde gracias a la edad: Gérard Pujol, de 71 años, fue elegido el jueves tras empatar a siete votos con Sandrine Vidal, de 45, en la tercera votación del pleno municipal.

La ley francesa establece que, en caso de empate, resulta elegido el candidato de más edad. Pujol sustituye a Henri Cabrol, que dimitió en septiembre tras 23 años en el cargo. El municipio tiene 1.240 habitantes.`,
	}, nil},
	{"attic-painting", map[string]string{
		"k9fr1.txt": `fr|Un tableau baroque disparu retrouvé dans un grenier du Tarn-et-Garonne

Culture | Patrimoine

Par Antoine Delpech

Publié le 12 avril 2029 à 16h05

Un « Saint Jérôme écrivant » du peintre romain Giovan Battista Ardenghi (1583-1629), que l'on croyait perdu depuis le XVIIIe siècle, a été découvert dans le grenier d'une maison de Lauzerac, près de Moissac. Il sera mis aux enchères le jeudi 14 juin à Toulouse, avec une estimation de 8 à 12 millions d'euros.

La toile, de 1,44 m sur 1,12 m, a été retrouvée en 2027 par sa propriétaire, une octogénaire, qui vidait le grenier familial. « Elle était roulée derrière une armoire, couverte de poussière », raconte Me Pauline Roussel, commissaire-priseur.

Le cabinet d'expertise d'Éric Fabrègue a mené deux ans d'études, radiographies comprises, avant de confirmer l'attribution. Le tableau aurait été peint vers 1612.

Le record de l'hôtel des ventes remonte à 2021, avec une nature morte adjugée 4,3 millions d'euros.`,
		"k9fr2.txt": `fr|Lauzerac : un Ardenghi estimé jusqu'à 12 millions d'euros

Une toile du maître baroque Giovan Battista Ardenghi, découverte dans un grenier de Lauzerac, sera vendue aux enchères le 14 juin à Toulouse. Estimation : 8 à 12 M€.

L'œuvre mesure 1,44 mètre de haut. Elle a été authentifiée après deux années d'analyses.

12 avril 2029`,
		"k9en.txt": `en|Lost baroque masterpiece found in French attic could fetch €12 million

Arts

By Rachel Quint

April 12, 2029

A painting by the Roman baroque artist Giovan Battista Ardenghi that had been missing since the 18th century has turned up in an attic in southwestern France and will be auctioned in Toulouse on June 14, with an estimate of 8 million to 12 million euros.

The 1.44 by 1.12 metre canvas, "Saint Jerome Writing", was found in 2027 by an elderly woman clearing out her family's house in Lauzerac. It had been rolled up behind a wardrobe, auctioneer Pauline Roussel said.

Experts spent two years studying the work, which is thought to date from around 1612. Ardenghi died in 1629 at the age of 46.`,
		"k9it.txt": `it|Ritrovato in una soffitta francese un Ardenghi perduto

Cultura

12 aprile 2029

Un "San Girolamo che scrive" del pittore romano Giovan Battista Ardenghi (1583-1629), di cui si erano perse le tracce nel Settecento, è stato ritrovato nella soffitta di una casa di Lauzerac, nel sud-ovest della Francia.

La tela, di 1,44 metri per 1,12, era arrotolata dietro un armadio. L'ha scoperta nel 2027 l'anziana proprietaria mentre svuotava la soffitta di famiglia. Secondo gli esperti fu dipinta intorno al 1612.

Dopo due anni di analisi, l'attribuzione è stata confermata dal perito Éric Fabrègue. L'opera sarà battuta all'asta a Tolosa il 24 giugno, con una stima tra 8 e 12 milioni di euro.`,
	}, map[string][2]string{"k9it.txt": {"24 June", "14 June"}}},
	{"porcelain-receivership", map[string]string{
		"k10fr1.txt": `fr|Porcelaines Vialard placé en redressement judiciaire

Économie | Haute-Vienne

Par Benoît Lachaud

Le 05/06/2029 à 19:30

Le tribunal de commerce de Limoges a placé mardi en redressement judiciaire la manufacture Porcelaines Vialard, fondée en 1857, qui emploie 212 salariés. L'entreprise croule sous une dette de 48 millions d'euros.

Son chiffre d'affaires a reculé de 18 % l'an dernier, à 31,5 millions d'euros, contre 38,4 millions en 2027. « Nos factures de gaz ont triplé depuis 2021 et nos clients de l'hôtellerie achètent en Asie », explique la présidente, Anne-Sophie Delmas.

Le tribunal a ouvert une période d'observation de six mois. Un administrateur judiciaire cherchera un repreneur.

« Les salariés ont déjà accepté deux ans de gel des salaires », rappelle Karim Benali, délégué syndical.`,
		"k10fr2.txt": `fr|Limoges : la manufacture Vialard en redressement judiciaire

Mardi 5 juin 2029

La manufacture de porcelaine Vialard, endettée à hauteur de 84 millions d'euros, a été placée en redressement judiciaire ce mardi par le tribunal de commerce de Limoges. Ses 212 salariés sont inquiets.

L'entreprise, créée en 1857, a vu ses ventes chuter de 18 % en 2028. Une période d'observation de six mois s'ouvre.`,
		"k10en.txt": `en|Historic Limoges porcelain maker Vialard enters receivership

Business

A commercial court in Limoges, France, placed porcelain maker Vialard, founded in 1857, in receivership on Tuesday, giving it six months to find a buyer or a rescue plan.

The company, which employs 212 people, has debts of 48 million euros. Its sales fell 18% last year to 31.5 million euros, hit by energy costs that chairwoman Anne-Sophie Delmas said had tripled since 2021.`,
		"k10es.txt": `es|La histórica porcelana Vialard, de Limoges, en concurso de acreedores

Economía

París, 5 jun (Agencia)

Un tribunal de Limoges (Francia) declaró este martes en concurso de acreedores a la fabricante de porcelana Vialard, fundada en 1857 y con 212 empleados, y abrió un periodo de observación de seis meses.

La empresa acumula una deuda de 48 millones de euros. Su facturación cayó un 18 % el año pasado, hasta 31,5 millones de euros, según su presidenta, Anne-Sophie Delmas.`,
	}, map[string][2]string{"k10fr2.txt": {"€84 million", "€48 million"}}},
}
