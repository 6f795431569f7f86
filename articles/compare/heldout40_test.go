package compare

// heldOutMurk are nine events written blind, without reading the
// extraction or the matching, to provoke false disagreements: six hold no
// contradiction but are dense with traps (several figures of one kind for
// different things, previous values, parts and totals, rates and totals,
// figures in quotes, figures only one source gives, hedges and rounding,
// the ages of two or three people and an age at death, weekdays of
// different happenings, titles by synonym or translation, earlier and
// later years, unit conversions, counts of one kind of people for
// different happenings); three hold one planted contradiction each (one
// deep in a long report, one in Dutch). Reports are in en, fr, de, es,
// it, pt and nl.
//
// First run: 1 of the 3 contradictions flagged (the Dutch weekday), 1
// false disagreement. Missed: j4de's €74 million against €90 million
// (deep in the German report) and j7es's 1,560 against 1,380. False: the
// French report's '96 ans' of the oldest owner to come for a wallet,
// taken for the age of Rosa Landi (58 in the others).
var heldOutMurk = []heldOutEvent{
	{"launderette", map[string]string{
		"j1fr.txt": `fr|Hervenne : le lavoir coopératif La Bulle rouvre après cinq mois de travaux

Régions | Namur

Publié le 5 mars 2042 à 07h41

Le lavoir automatique coopératif La Bulle, rue des Tanneurs à Hervenne, a rouvert ses portes mardi après cinq mois de travaux. Il compte désormais 14 machines à laver et 9 séchoirs, contre 10 lave-linge et 6 séchoirs auparavant.

Le lavage passe de 3,80 à 4,50 euros, le séchage reste à 1 euro les 12 minutes. « Pour nos 430 coopérateurs, le lavage restera à 3,90 euros », précise la gérante, Sandrine Marchais, 52 ans.

Le chantier a coûté 186 000 euros, dont 60 000 euros apportés par la Région wallonne. Les nouvelles machines consomment 40 litres d'eau par lavage, contre 62 litres pour les anciennes.

Fondé en 1987 par sa mère, Odile Marchais, décédée en 2031 à 78 ans, le lavoir accueille environ 1 100 lessives par semaine. Son fils Théo, 24 ans, s'occupe désormais de l'accueil et de l'entretien.

« Le samedi, on faisait une heure de file », se souvient Marcel Guen, 81 ans, client depuis l'ouverture.

L'inauguration officielle, en présence du bourgmestre Pierre Lamotte, aura lieu samedi.

Lire aussi : À Namur, le prix de l'eau augmente de 6 %`,
		"j1en.txt": `en|Hervenne's cooperative launderette reopens with bigger, thriftier machines

Belgium | Local

Wednesday, 05 March 2042

A cooperative launderette in the Walloon town of Hervenne reopened on Tuesday after a five-month refit that cost €186,000, about a third of it paid by the Walloon region.

La Bulle now has 14 washing machines and nine dryers, up from ten and six. A wash costs €4.50, up from €3.80, while drying is still €1 for 12 minutes.

The new machines use 40 litres of water per wash instead of 62, a cut of about 35%, said the manager, Sandrine Marchais, 52. Her mother, Odile, founded the launderette in 1987 and ran it until her death in 2031, aged 78.

"Students, pensioners, young families: about 1,100 loads go through here every week," Marchais said.

Mayor Pierre Lamotte will formally open the launderette on Saturday.

Related: Brussels water bills to rise 6% next year`,
		"j1nl.txt": `nl|Wasserette in Hervenne weer open na verbouwing

Binnenland

5 maart 2042, 09.12 uur

In Hervenne, in de provincie Namen, is de coöperatieve wasserette La Bulle dinsdag heropend na vijf maanden werken. Er staan nu 14 wasmachines en 9 droogkasten, tegenover 10 en 6 vroeger.

Een wasbeurt kost voortaan 4,50 euro in plaats van 3,80 euro. De verbouwing kostte 186.000 euro, waarvan 60.000 euro betaald werd door het Waals Gewest.

Zaakvoerster Sandrine Marchais (52) runt de wasserette samen met haar zoon Théo (24). Haar moeder Odile richtte de zaak op in 1987; zij overleed in 2031 op 78-jarige leeftijd.

Burgemeester Pierre Lamotte opent de wasserette zaterdag officieel.`,
	}, nil},
	{"dog-levy", map[string]string{
		"j2en.txt": `en|Dutch town raises dog tax by almost a quarter despite petition

Europe

19 September 2042

OOSTERBREEK, Netherlands - The council of the Dutch town of Oosterbreek voted on Thursday evening to raise its annual dog tax for a first dog to €118 from €96, a rise of 23%, despite a petition signed by 4,300 residents.

Owners will pay €164 for each further dog, up from €140, and breeders will pay a flat €410 for a kennel. The new rates apply from 1 January 2043.

The motion passed by 23 votes to 14. About 11,200 dogs are registered in the town, held by some 8,700 households. Around 140 guide and assistance dogs are exempt.

"The tax brought in €1.3 million last year and we expect €1.6 million," said alderman Wim Hoekstra, 61, who is responsible for finance. The last rise was in 2036.

The petition was handed to the council on Monday.`,
		"j2de.txt": `de|Hundesteuer in Oosterbreek steigt kräftig

Region | Grenzland

19.09.2042

Hundebesitzer im niederländischen Oosterbreek, gleich hinter der Grenze, müssen ab dem 1. Januar 2043 deutlich mehr Hundesteuer zahlen. Der Gemeinderat beschloss am Donnerstagabend mit 23 zu 14 Stimmen eine Erhöhung für den ersten Hund von 96 auf 118 Euro im Jahr.

Für jeden weiteren Hund werden 164 Euro fällig, bisher waren es 140 Euro. Züchter zahlen pauschal 410 Euro.

In der Stadt sind rund 11.200 Hunde gemeldet. Blindenführhunde und Assistenzhunde, etwa 140 Tiere, bleiben steuerfrei.

Eine Petition mit 4300 Unterschriften, die am Montag übergeben worden war, blieb ohne Wirkung. Der zuständige Beigeordnete Wim Hoekstra (61) rechnet mit Einnahmen von 1,6 Millionen Euro nach 1,3 Millionen im vergangenen Jahr.`,
		"j2nl.txt": `nl|Hondenbelasting in Oosterbreek fors omhoog

Regio

19 september 2042, 06.30 uur

De gemeenteraad van Oosterbreek heeft dinsdagavond ingestemd met een forse verhoging van de hondenbelasting. Voor de eerste hond gaat het tarief volgend jaar van 96 naar 118 euro per jaar, een stijging van 23 procent.

Voor elke volgende hond betalen eigenaren 164 euro, nu is dat nog 140 euro. Voor een kennel geldt een vast bedrag van 410 euro.

Het voorstel werd aangenomen met 23 tegen 14 stemmen. In de gemeente staan zo'n 11.200 honden ingeschreven, verdeeld over ongeveer 8700 huishoudens. Hulphonden, zo'n 140, zijn vrijgesteld.

Een petitie met 4300 handtekeningen werd maandag aan de raad aangeboden. "Dit voelt als een straf voor hondenbezitters", zei initiatiefnemer Gerda Wolters (68).

Wethouder Wim Hoekstra (61, financiën) verwacht dat de belasting 1,6 miljoen euro opbrengt, tegen 1,3 miljoen euro vorig jaar. De vorige verhoging dateert van 2036.`,
	}, map[string][2]string{"j2nl.txt": {"Tuesday", "Thursday"}}},
	{"barber-retires", map[string]string{
		"j3it.txt": `it|Valdoria, chiude dopo 71 anni il salone di Enzo, il barbiere più anziano della provincia

Cronaca

13 giugno 2042

Dopo 71 anni nello stesso salone e più di ottanta di forbici e rasoi, Enzo Marrucci, 93 anni, abbassa la serranda del suo salone in via del Pozzo, a Valdoria. L'ultimo cliente sarà servito sabato; domenica in piazza è prevista una festa alla presenza della sindaca Giulia Serra, che gli consegnerà una targa.

Marrucci aveva cominciato nel 1961, a 12 anni, come garzone dello zio Gino, prima di aprire il proprio negozio nel 1971. Anche il padre, Aldo, era barbiere: è morto nel 1988 a 79 anni.

«In tutto avrò fatto 250.000 tagli, forse di più», racconta. Nel 1971 un taglio costava 1.500 lire, oggi 14 euro. Le due poltrone del salone, 18 metri quadrati, risalgono al 1958.

La moglie Carla, 88 anni, per decenni ha tenuto i conti della bottega. A settembre il locale riaprirà con un nuovo nome: lo rileva Luca Fenzi, 34 anni, suo apprendista dal 2029.

«Ho tagliato i capelli a tre generazioni della stessa famiglia», dice Marrucci. «Adesso mi riposo».`,
		"j3en.txt": `en|Italy's 93-year-old barber hangs up his scissors after seven decades

World | Europe

14 June 2042

VALDORIA, Italy - Enzo Marrucci was 12 years old when he first swept the floor of his uncle's barber shop in this hilltop town in 1961. On Saturday, at 93, he was to trim his last customer.

Marrucci opened his own two-chair shop in 1971 and has run it ever since, with his wife Carla, now 88, keeping the accounts. His father Aldo, also a barber, died in 1988 at the age of 79.

He estimates he has given some 250,000 haircuts over more than 80 years. A cut that cost 1,500 lire in 1971 now costs €14.

Mayor Giulia Serra is to present him with a plaque at a party in the main square on Sunday. His apprentice, Luca Fenzi, 34, will reopen the shop under a new name in September.`,
		"j3es.txt": `es|El barbero más longevo de Valdoria se jubila a los 93 años

Internacional

Roma, 14 jun (Agencia)

El barbero italiano Enzo Marrucci, de 93 años, cierra este sábado la barbería que abrió en 1971 en Valdoria, en el centro de Italia, tras 71 años de oficio en ese local y más de ocho décadas cortando el pelo.

Marrucci empezó a los 12 años como aprendiz de su tío. Su padre, Aldo, también barbero, murió en 1988 con 79 años.

La alcaldesa, Giulia Serra, le entregará el domingo una placa en una fiesta en la plaza mayor. El local lo reabrirá en septiembre su aprendiz, Luca Fenzi, de 34 años.

Un corte de pelo cuesta hoy 14 euros.`,
		"j3fr.txt": `fr|En Italie, le doyen des barbiers range ses ciseaux

International

Publié le 14 juin 2042

À 93 ans, Enzo Marrucci ferme samedi le salon qu'il tenait depuis 1971 à Valdoria, en Ombrie. Entré à 12 ans chez son oncle Gino en 1961, il estime avoir coupé quelque 250 000 chevelures.

Son épouse, Carla, 88 ans, tenait les comptes. Son père, Aldo, barbier lui aussi, est mort en 1988 à 79 ans.

La maire, Giulia Serra, lui remettra dimanche une plaque. Son apprenti, Luca Fenzi, 34 ans, reprendra le salon en septembre.`,
	}, nil},
	{"bottle-deposit", map[string]string{
		"j4de.txt": `de|Ein Jahr Pfand: 1,9 Milliarden Flaschen und Dosen zurückgegeben

Wirtschaft | Österreich

Wien, 12.02.2042

Das Pfandsystem für Einweggetränkeverpackungen hat in seinem ersten Jahr die selbst gesteckten Ziele knapp verfehlt. Wie die Betreibergesellschaft Pfandwerk Austria am Mittwoch in Wien mitteilte, wurden 2041 rund 1,9 Milliarden Kunststoffflaschen und Getränkedosen zurückgegeben. Verkauft wurden 2,26 Milliarden Gebinde. Die Rücklaufquote lag damit bei 84 Prozent.

Bei Kunststoffflaschen erreichte die Quote 87 Prozent, bei Dosen nur 79 Prozent. Bis 2045 verlangt die EU 90 Prozent. Vor der Einführung des Pfands am 1. Januar 2041 waren nur etwa 70 Prozent der Flaschen getrennt gesammelt worden.

"Wir sind zufrieden, aber nicht am Ziel", sagte Geschäftsführerin Sabine Aichler, 49. Das Pfand beträgt 25 Cent pro Gebinde.

Zurückgenommen wird inzwischen an 5400 Automaten, zum Start waren es 4100. Dazu kommen 1200 Kleinbetriebe, die Flaschen von Hand annehmen.

Umweltministerin Leonore Gassner kündigte eine Informationskampagne an, die sich vor allem an junge Leute richten soll. Nach einer Umfrage wissen 12 Prozent der unter 25-Jährigen nicht, dass auf Dosen Pfand erhoben wird.

Der Betrieb des Systems kostete im ersten Jahr 160 Millionen Euro. Finanziert wird er von den Herstellern, aus dem Verkauf des gesammelten Materials und aus dem nicht eingelösten Pfand, das sich 2041 auf 74 Millionen Euro summierte.

Handelsverband und Umweltorganisationen forderten, Glasflaschen mit Mehrwegpfand stärker zu fördern.`,
		"j4en.txt": `en|Austria's bottle deposit scheme recovers 84% of containers in first year

Business

12 February 2042

VIENNA - Austrians returned about 1.9 billion plastic bottles and cans in the first year of the country's deposit scheme, 84% of the 2.26 billion sold, the operator said on Wednesday, short of the 90% the European Union requires by 2045.

The return rate was 87% for plastic bottles and 79% for cans, Pfandwerk Austria said. Shoppers pay a deposit of 25 cents on each container.

Deposits that were never claimed came to €90 million, which together with producer fees and material sales paid for running costs of €160 million.

"We are pleased, but we are not there yet," said chief executive Sabine Aichler. The number of reverse vending machines has grown to 5,400 from 4,100 when the scheme began on 1 January 2041.`,
		"j4it.txt": `it|Austria, il vuoto a rendere recupera l'84% delle bottiglie

Economia

Bolzano, 12 febbraio 2042

Nel primo anno del sistema di deposito cauzionale austriaco sono stati restituiti circa 1,9 miliardi di bottiglie di plastica e lattine, pari all'84% dei contenitori venduti. Lo ha reso noto mercoledì a Vienna la società Pfandwerk Austria.

Per le bottiglie il tasso di restituzione è stato dell'87%, per le lattine del 79%. La cauzione è di 25 centesimi. L'obiettivo europeo è il 90% entro il 2045.

Le cauzioni non riscosse hanno raggiunto 90 milioni di euro. I punti di raccolta automatici sono 5.400, contro i 4.100 dell'avvio.

«Siamo soddisfatti, ma non siamo ancora arrivati», ha detto l'amministratrice delegata Sabine Aichler, 49 anni.`,
	}, map[string][2]string{"j4de.txt": {"€74 million", "€90 million"}}},
	{"kite-record", map[string]string{
		"j5es.txt": `es|Castrelo de Mar bate el récord mundial de la cometa más grande

Galicia

6 de julio de 2042

El club Cometas Castrelo hizo volar este domingo en la playa de Arenosa una cometa de 1.020 metros cuadrados, la mayor del mundo, ante unas 3.000 personas. La cometa, de 46 metros de largo, se mantuvo en el aire 32 minutos; el reglamento exige al menos 20.

El récord anterior, de 950 metros cuadrados, se estableció en 2031 en Nueva Zelanda. El juez Paul Denholm certificó la marca.

Hicieron falta 18 voluntarios para levantarla con un viento de 28 kilómetros por hora. Doce socios del club la cosieron durante siete meses; tiene 1,4 kilómetros de costuras y pesa 210 kilos.

"Mi padre soñaba con esto", dijo la presidenta del club, Marta Iriarte, de 47 años. Xosé Iriarte fundó el club en 1994 y murió en 2038, a los 71 años.`,
		"j5en.txt": `en|Spanish kite fliers claim record with giant 11,000 sq ft kite

Offbeat

Sunday 6 July 2042

A Galician kite club has flown what judges say is the world's largest kite, a 1,020 square metre (about 11,000 sq ft) giant that stayed aloft for 32 minutes over a beach in Castrelo de Mar on Sunday.

The 46 m (151 ft) kite, which weighs 210 kg (463 lb), beat a record of 950 square metres set in New Zealand in 2031. Eighteen volunteers hauled it into a 28 km/h (17 mph) wind as some 3,000 people watched.

"This was my father's dream," said Marta Iriarte, 47, who heads the club her father founded in 1994. He died four years ago at 71.`,
		"j5pt.txt": `pt|Galegos batem recorde do maior papagaio de papel do mundo

Mundo

06 jul 2042 - 19:48

Um clube de papagaios de Castrelo de Mar, na Galiza, pôs a voar no domingo um papagaio com 1020 metros quadrados, um novo recorde mundial, perante cerca de três mil pessoas.

O papagaio, com 46 metros de comprimento, esteve no ar durante 32 minutos. O anterior recorde, de 950 metros quadrados, datava de 2031.

Foram precisos 18 voluntários para o lançar. A confeção demorou sete meses e envolveu 12 sócios do clube.

A presidente do clube, Marta Iriarte, de 47 anos, dedicou o recorde ao pai, fundador do clube, que morreu em 2038 com 71 anos.`,
		"j5it.txt": `it|Spagna, volato l'aquilone più grande del mondo

Esteri

7 luglio 2042

È spagnolo il nuovo record mondiale dell'aquilone più grande: 1.020 metri quadrati, 46 metri di lunghezza, rimasto in volo per 32 minuti domenica sulla spiaggia di Castrelo de Mar, in Galizia, davanti a circa 3.000 spettatori.

Il primato precedente, 950 metri quadrati, resisteva dal 2031. Per sollevarlo sono serviti 18 volontari; per cucirlo, dodici soci del club hanno lavorato sette mesi.

La presidente del club, Marta Iriarte, 47 anni, lo ha dedicato al padre Xosé, fondatore del club nel 1994, morto nel 2038 a 71 anni.`,
	}, nil},
	{"lift-outage", map[string]string{
		"j6de.txt": `de|Nach 19 Tagen: Aufzüge im Lindenhof-Hochhaus fahren wieder

Kelbrück | Lokales

04.05.2042

Aufatmen im Lindenhof-Hochhaus: Seit Sonntag fahren die beiden Aufzüge des 22-stöckigen Gebäudes wieder. Sie waren am Dienstag, 15. April, ausgefallen, weil ein Ersatzteil aus Italien fehlte.

In den 196 Wohnungen leben rund 340 Menschen, 61 von ihnen sind älter als 70 Jahre. Helga Brand, 84, wohnt im 17. Stock. "Ich habe 19 Tage lang meine Wohnung nicht verlassen", sagt sie. Ihre Tochter Petra, 59, kam jeden zweiten Tag die Treppen hoch.

Rund 40 Mitglieder des TSV Kelbrück trugen Einkäufe nach oben. Die Feuerwehr trug drei Bewohner für Arzttermine die Treppen hinunter.

Die Wohnbau Kelbrück gewährt für April und Mai eine Mietminderung von 15 Prozent. Die Reparatur kostete 48.000 Euro. "Das tut uns leid", sagte Geschäftsführer Jörg Pelzer. Schon im März standen die Aufzüge sechs Tage still.

Beide Aufzüge stammen wie das Haus aus dem Jahr 1973. Sie sollen 2044 für 1,1 Millionen Euro ersetzt werden.`,
		"j6en.txt": `en|Elderly residents stranded for 19 days as tower block lifts fail

Germany

4 May 2042

Residents of a 22-storey tower block in the German town of Kelbrück finally have working lifts again after both broke down on 15 April, leaving dozens of elderly people stuck in their flats for 19 days.

Some 340 people live in the Lindenhof block, 61 of them over 70. Helga Brand, 84, who lives on the 17th floor, said she had not left her flat once.

Around 40 members of a local sports club carried groceries up the stairs, while firefighters carried three residents down for medical appointments.

The landlord, Wohnbau Kelbrück, said the repair cost €48,000 and it would cut rents by 15% for April and May. Managing director Jörg Pelzer apologised. The lifts had already been out of service for six days in March.

The 1973 lifts are due to be replaced in 2044 at a cost of €1.1 million.`,
		"j6nl.txt": `nl|Duitse flatbewoners 19 dagen zonder lift

Buitenland

4 mei 2042

In het Duitse Kelbrück rijden de twee liften van een flat van 22 verdiepingen sinds zondag weer. Ze lagen sinds dinsdag 15 april stil omdat een onderdeel ontbrak.

In de flat wonen zo'n 340 mensen, onder wie 61 zeventigplussers. De 84-jarige Helga Brand, die op de 17e verdieping woont, kwam 19 dagen haar woning niet uit.

Woningcorporatie Wohnbau Kelbrück geeft de huurders over april en mei 15 procent huurkorting. De reparatie kostte 48.000 euro. In maart stonden de liften ook al zes dagen stil.`,
	}, nil},
	{"lost-property", map[string]string{
		"j7it.txt": `it|Montarsa, all'ufficio oggetti smarriti 6.850 oggetti in un anno: anche una dentiera

Cronaca

8 ottobre 2042

Telefoni, portafogli, chiavi, ma anche una dentiera e un coccodrillo di peluche. L'ufficio oggetti smarriti del Comune di Montarsa ha presentato mercoledì il bilancio dell'anno chiuso il 30 settembre: 6.850 oggetti consegnati, contro i 5.900 dell'anno precedente.

Tra questi ci sono 1.380 telefoni cellulari, 940 portafogli, 2.100 mazzi di chiavi, 310 biciclette e 27 fedi nuziali. Il 38% degli oggetti è tornato ai proprietari; per i telefoni la quota sale al 71%.

Gli oggetti non reclamati entro un anno vanno all'asta: l'ultima, a marzo, ha fruttato 23.500 euro, devoluti in beneficenza.

«Il proprietario più anziano aveva 96 anni ed è venuto a riprendersi il portafoglio di persona», racconta la responsabile dell'ufficio, Rosa Landi, 58 anni, che guida una squadra di quattro persone.

L'assessore Matteo Guidi ha annunciato che da gennaio gli oggetti si potranno cercare anche online.`,
		"j7en.txt": `en|False teeth and a toy crocodile among 6,850 items lost in Italian town

Odd news

8 October 2042

MONTARSA, Italy - Mobile phones, wallets and keys top the list of items handed in to the lost property office of the Italian town of Montarsa, which on Wednesday reported 6,850 finds in the year to 30 September, up from 5,900 a year earlier.

They included 1,380 phones, 940 wallets, 2,100 sets of keys, 310 bicycles and 27 wedding rings, as well as a set of dentures and a stuffed crocodile.

About 38% of all items were returned to their owners, and 71% of the phones, said the head of the office, Rosa Landi, 58. Unclaimed items are auctioned after a year; the last sale raised €23,500 for charity.`,
		"j7fr.txt": `fr|Italie : un dentier parmi les 6 850 objets trouvés de Montarsa

Insolite

Publié le 8 octobre 2042

Le bureau des objets trouvés de Montarsa, en Italie, a recensé 6 850 objets en un an, contre 5 900 l'année précédente, dont 1 380 téléphones, 940 portefeuilles et 2 100 trousseaux de clés.

Le plus âgé des propriétaires, 96 ans, est venu chercher son portefeuille lui-même, raconte la responsable, Rosa Landi. Environ 38 % des objets ont été restitués.

La dernière vente aux enchères des objets non réclamés a rapporté 23 500 euros.`,
		"j7es.txt": `es|Una dentadura y un cocodrilo de peluche, entre los objetos perdidos de Montarsa

Sociedad

8 oct 2042

La oficina de objetos perdidos de la ciudad italiana de Montarsa recibió 6.850 objetos en el último año, frente a 5.900 el anterior, según el balance presentado el miércoles.

Entre ellos figuran 1.560 teléfonos móviles, 940 carteras, 2.100 juegos de llaves y 27 alianzas. El 38 % volvió a sus dueños.

La responsable de la oficina, Rosa Landi, de 58 años, dirige un equipo de cuatro personas. La última subasta de objetos no reclamados recaudó 23.500 euros para obras benéficas.`,
	}, map[string][2]string{"j7es.txt": {"1,560", "1,380"}}},
	{"public-toilets", map[string]string{
		"j8pt.txt": `pt|Vila Serrana abre 24 novas casas de banho públicas gratuitas

Local

21 ago 2042 - 12:15

A Câmara Municipal de Vila Serrana inaugurou esta quinta-feira 24 novas casas de banho públicas, gratuitas e abertas 24 horas por dia. As antigas cobravam 50 cêntimos.

O investimento foi de 2,7 milhões de euros, ou seja, 112.500 euros por unidade. Nove das novas instalações têm fraldário. Cada cabine limpa-se automaticamente em 90 segundos após cada utilização.

Em 2029, a autarquia fechou 11 casas de banho antigas por causa do vandalismo. Num inquérito feito no ano passado, 62% dos moradores queixaram-se da falta de sanitários.

"Uma cidade com 180 mil habitantes e três milhões de visitantes por ano não podia continuar assim", afirmou a vereadora Ana Pimentel, de 45 anos.`,
		"j8en.txt": `en|Portuguese city opens 24 free public toilets

Travel news

21 August 2042

The Portuguese city of Vila Serrana opened 24 new public toilets on Thursday, free to use and open around the clock, replacing pay toilets that charged 50 cents.

The €2.7 million project works out at €112,500 per toilet. Each cubicle cleans itself in 90 seconds after every use, and nine have baby-changing tables.

The city of 180,000, which draws three million visitors a year, closed 11 old toilets in 2029 because of vandalism. In a survey last year, 62% of residents complained about a lack of toilets, said councillor Ana Pimentel.`,
		"j8es.txt": `es|Vila Serrana estrena 24 aseos públicos gratuitos

Portugal

21 de agosto de 2042

La ciudad portuguesa de Vila Serrana puso en servicio el jueves 24 aseos públicos gratuitos, abiertos las 24 horas, por 2,7 millones de euros.

Los anteriores costaban 50 céntimos. En 2029 el ayuntamiento cerró 11 aseos por actos vandálicos.

"No podíamos seguir así", dijo la concejala Ana Pimentel, de 45 años. Según una encuesta, el 62 % de los vecinos se quejaba de la falta de aseos.`,
	}, nil},
	{"allotments", map[string]string{
		"j9de.txt": `de|86 neue Familiengärten: Das Los hat entschieden

Brügglen | Region

15.11.2042

Grosser Andrang in der Aula des Schulhauses Grubenmatt: Am Freitag wurden die 86 neuen Familiengärten auf dem ehemaligen Kiesgrubenareal verlost. Beworben hatten sich 412 Personen.

Jede Parzelle misst 200 Quadratmeter, die Jahresmiete beträgt 180 Franken, dazu kommen 40 Franken für Wasser. Das ganze Areal ist 2,1 Hektaren gross. Die Gemeinde hat 1,9 Millionen Franken investiert.

Die älteste Gewinnerin, Margrit Zaugg, ist 87 Jahre alt, der jüngste Gewinner 23. "Ich habe seit 2037 auf der Warteliste gestanden", sagte Zaugg. Damals waren 40 Parzellen verlost worden. Auf der Warteliste standen zuletzt 1050 Namen.

Gemeinderätin Fabienne Roth sprach von einem "Tag der Freude". Urs Aebi, 66, Präsident des Familiengartenvereins, rechnet damit, dass am 1. März 2043 gepflanzt werden kann.`,
		"j9fr.txt": `fr|Brügglen tire au sort 86 jardins familiaux

Région

15 novembre 2042

La commune bernoise de Brügglen a tiré au sort vendredi 86 nouveaux jardins familiaux aménagés sur une ancienne gravière. 412 candidatures avaient été déposées.

Chaque parcelle fait 200 m² et se loue 180 francs par an, plus 40 francs pour l'eau. La commune a investi 1,9 million de francs dans le site de 2,1 hectares.

La plus âgée des gagnants a 87 ans, le plus jeune 23 ans. Lors du précédent tirage, en 2037, 40 parcelles avaient été attribuées. « C'est un jour de joie », a déclaré la conseillère municipale Fabienne Roth.`,
		"j9it.txt": `it|Brügglen, sorteggiati 86 orti familiari

Svizzera

15 novembre 2042

Sono stati sorteggiati venerdì a Brügglen, nel canton Berna, 86 nuovi orti familiari su un'ex cava di ghiaia di 2,1 ettari. Le domande erano 412.

Ogni parcella misura 200 metri quadrati; l'affitto annuo è di 180 franchi. Il comune ha investito 1,9 milioni di franchi.

La vincitrice più anziana ha 87 anni. Il presidente dell'associazione degli orti, Urs Aebi, 66 anni, conta di poter seminare dal 1° marzo 2043.`,
		"j9en.txt": `en|Swiss town draws lots for 86 allotment gardens as 412 apply

Swiss news

15 November 2042

The Swiss town of Brügglen drew lots on Friday for 86 new allotment gardens on a former gravel pit, after 412 people applied.

Each plot measures 200 square metres (about 2,150 sq ft) and rents for 180 francs a year, plus 40 francs for water. The town spent 1.9 million francs on the 2.1-hectare site.

The oldest winner, Margrit Zaugg, 87, had been on the waiting list since 2037, the last time plots were handed out, when there were 40 of them. The list had grown to 1,050 names.

Planting can start on 1 March 2043, said Urs Aebi, 66, who chairs the allotment association.`,
	}, nil},
}
