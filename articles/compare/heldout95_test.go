package compare

// heldOutDatoo is a blind held-out set of ten events of mixed regional,
// health, business and sport news, written without reading the
// extraction or matching code: a carpet factory fire in Belgium, a
// midwives' strike at a French maternity unit, a Dutch korfball final, a
// Dutch-French seed company merger, a scabies outbreak at a Spanish care
// home, a rink hockey European final, bus lane camera fines in a Dutch
// town, a Breton dairy co-op's milk price cut, the Valencian IVF waiting
// list and a tall ships festival in Friesland, in 3 or 4 reports each in
// Dutch, French, Spanish and English.
//
// Six events hold one planted contradiction each, none in a first
// paragraph: a count (the carpet fire's workers on temporary
// unemployment, 430 for 340, in the one English report), a weekday (the
// midwives' strike began on Thursday for Tuesday, in the one Spanish
// report), an amount (the merger values Lavandou at €460 million for
// €640 million, in the one Spanish report), an age (the goalkeeper is 37
// for 36, in the one French report), a percentage (the milk price falls
// 8.5% for 7.5%, in the one Dutch report) and a length (the largest ship
// is 118 m for 108 m, in one of the two Dutch reports).
//
// The traps: parts and totals (340 workers of 380; 29 residents and 8
// staff of 37 cases, 112 residents and 64 staff making 176; 900 of 2,300
// staff in France), rounding and hedges ("ruim 10.000" for 10,600, "ruim
// 600.000" for 640,000, "more than 1,100" for 1,150, "just over €2
// million" for 18,400 fines of €110, "more than a year and a half" for
// 19 months, "zo'n 2 miljoen"), the same span in other words (two weeks,
// 14 días, quinze jours; a year for 12 months; a half kilometre for 500
// m), previous values and other years (births 1,980 in 2025, a wait of
// 14 months in 2028, 510,000 visitors in 2027, 9,800 spectators last
// year, a record price of €470 in 2022, 14 cases in 2029, a 19-22 final
// in 2028), other figures close to the planted ones (Veldzaad's own
// sales of €610 million beside the €640 million valuation, a dollar
// conversion of $700 million, a 52 m mast, a 19 m barge and a 6 km
// parade beside the ship's length), several people's ages in one event
// (23, 36, 45 and 52 at the rink hockey final; 27, 31 and 19 at the
// korfball final), a price per litre beside the price per 1,000 litres,
// a Dutch price per 100 kilo, and titles by synonym (gedelegeerd
// bestuurder, CEO, administrateur délégué, managing director; président,
// chairman, voorzitter van de raad van commissarissen).
//
// Frozen before its first run, which flagged 5 of the 6 contradictions
// and 0 false disagreements; it missed the tall ships festival's length
// ("tall-ships-festival: missed d10nlb.txt's 118 m against 108 m"): the
// second Dutch report's "de Stella Borealis van 118 meter" stood as a
// row of its own, apart from the row of 108 m that the other three
// reports shared. None of the traps was flagged: the 14 días against
// quinze jours and two weeks, and "ruim 10.000" or "ruim 600.000" beside
// 10,600 and 640,000, were shown in one row without a disagreement.
var heldOutDatoo = []heldOutEvent{
	{"carpet-factory-fire", map[string]string{
		"d1nl.txt": `nl|Zware brand legt tapijtfabriek Lysatex in Heulegem plat

Regio | Kortrijk

Dinsdag 11 maart 2031, 07:45

Een zware brand heeft maandagavond een groot deel van tapijtfabrikant Lysatex in Heulegem verwoest. Het vuur brak rond 23 uur uit in een opslaghal van 15.000 vierkante meter en sloeg over naar een deel van de productie. Ruim 120 brandweerlui uit zes posten kwamen ter plaatse.

Er vielen geen zwaargewonden. Twee brandweermannen werden verzorgd voor uitputting. Omwonenden in een straal van 500 meter kregen het advies ramen en deuren gesloten te houden vanwege de rookpluim, die tot in Harelbeke te zien was.

Voor de 340 arbeiders van het bedrijf, dat in totaal 380 mensen tewerkstelt, wordt tijdelijke werkloosheid aangevraagd. "We gaan zo snel mogelijk opnieuw produceren, maar dat zal weken duren", zei gedelegeerd bestuurder Pieter Debaillie (57).

De schade wordt op ruim 20 miljoen euro geraamd. Het is de tweede brand bij Lysatex in twaalf jaar: in 2019 brandde een droogoven uit.

Lees ook: Brandweerzone Midwest krijgt nieuwe ladderwagen`,
		"d1nlb.txt": `nl|Brand vernielt opslaghal van tapijtproducent in West-Vlaanderen

HEULEGEM (Belga) - Bij tapijtproducent Lysatex in het West-Vlaamse Heulegem heeft maandagavond een uitslaande brand gewoed. Een hal van zo'n 15.000 m² ging volledig in de vlammen op, meldt de brandweer.

De brand werd rond 23.00 uur opgemerkt door een bewakingsagent. Ongeveer 120 brandweerlieden bestreden het vuur, dat pas dinsdagochtend onder controle was. Twee van hen werden lichtjes onwel.

Het bedrijf vraagt tijdelijke werkloosheid aan voor 340 medewerkers in de productie. De bedienden blijven aan de slag. Volgens CEO Pieter Debaillie loopt de schade in de tientallen miljoenen.

De burgemeester van Heulegem, Katrien Vanoverschelde, vroeg de inwoners in een straal van een halve kilometer rond de fabriek om ramen en deuren dicht te houden. De metingen van de luchtkwaliteit waren dinsdagochtend geruststellend.`,
		"d1fr.txt": `fr|Incendie géant chez le fabricant de tapis Lysatex à Heulegem

Belgique | Courtrai

Un violent incendie a ravagé lundi soir une partie de l'usine du fabricant de tapis Lysatex à Heulegem, près de Courtrai. Le feu s'est déclaré vers 23 heures dans un entrepôt de 15 000 m², avant de gagner une partie de l'atelier de production.

Quelque 120 pompiers de six casernes ont été mobilisés. Deux d'entre eux ont été pris en charge pour un coup de chaleur. Les riverains dans un rayon de 500 mètres ont été invités à garder portes et fenêtres fermées.

L'entreprise, qui emploie 380 personnes, va demander le chômage temporaire pour ses 340 ouvriers. « Il faudra des semaines avant de reprendre la production », a prévenu l'administrateur délégué, Pieter Debaillie, 57 ans.

Les dégâts dépassent 20 millions d'euros, selon une première estimation. En 2019, un four de séchage avait déjà brûlé sur le site.`,
		"d1en.txt": `en|Fire destroys warehouse at Belgian carpet maker Lysatex

By staff reporter | Tuesday 11 March 2031

A large fire swept through the Lysatex carpet factory in Heulegem, near Kortrijk in western Belgium, late on Monday, destroying a 15,000 square metre storage hall and part of the production floor.

Around 120 firefighters from six stations fought the blaze, which broke out at about 11pm. Two firefighters were treated for exhaustion; no one else was hurt. People living within 500 metres were told to keep their windows shut.

The family-owned company, founded in 1962, said it would apply for temporary unemployment benefits for 430 factory workers while it assesses the damage. Managing director Pieter Debaillie, 57, said restarting production would take "weeks".

Damage was put at more than €20 million. A drying oven at the site caught fire in 2019.

Related: Belgian textile exports fell 4% last year`,
	}, map[string][2]string{"d1en.txt": {"430", "340"}}},
	{"midwives-strike", map[string]string{
		"d2fr.txt": `fr|Valbréune : les sages-femmes de la maternité en grève illimitée

Santé | Aveyron

Publié le 7 octobre 2031 à 12h10

Les sages-femmes de la maternité du centre hospitalier de Valbréune ont entamé mardi matin une grève illimitée. Selon le syndicat, 46 des 52 sages-femmes du service sont en grève, mais la plupart ont été assignées pour assurer les accouchements.

Elles réclament la création de quatre postes supplémentaires et une prime de 180 euros brut par mois. « Nous faisons 2 150 accouchements par an avec l'effectif d'il y a dix ans », dénonce Agnès Ribeyre, 44 ans, déléguée syndicale.

La maternité a enregistré 2 150 naissances en 2030, contre 1 980 en 2025. La directrice de l'hôpital, Claire Mourlhon, dit « entendre les revendications » et propose une réunion vendredi.

Les consultations prénatales non urgentes sont reportées.`,
		"d2frb.txt": `fr|Grève des sages-femmes à l'hôpital de Valbréune

RODEZ, 7 oct (AFP) - Une grande majorité des sages-femmes de la maternité de Valbréune (Aveyron) est en grève depuis mardi pour réclamer des renforts, a-t-on appris auprès du syndicat.

Sur les 52 sages-femmes que compte la maternité, 46 ont cessé le travail, la plupart étant toutefois réquisitionnées. Le mouvement est reconductible chaque jour.

Les grévistes demandent quatre postes de plus et une prime mensuelle de 180 euros. La direction, qui avait créé deux postes en 2029, a convoqué les syndicats vendredi.

Avec environ 2 150 accouchements par an, la maternité de Valbréune est la deuxième du département.`,
		"d2es.txt": `es|Huelga de matronas en un hospital del sur de Francia

Internacional | Sanidad

París, 7 oct (Agencia)

Las matronas de la maternidad del hospital de Valbréune, en el sur de Francia, están en huelga indefinida para reclamar más personal, según el sindicato.

La huelga comenzó el jueves y la secundan 46 de las 52 matronas del servicio, aunque la mayoría han sido requeridas para garantizar los partos. Piden cuatro plazas más y una prima de 180 euros mensuales.

"Hacemos 2.150 partos al año con la plantilla de hace diez años", dijo la delegada sindical Agnès Ribeyre, de 44 años. La directora del hospital, Claire Mourlhon, ha convocado una reunión el viernes.`,
		"d2en.txt": `en|Midwives strike at French hospital over staffing

Health

Midwives at the maternity unit of Valbréune hospital in southern France walked out on Tuesday in an open-ended strike over staff shortages.

Forty-six of the unit's 52 midwives joined the strike, the union said, although most were ordered back to keep deliveries running. They want four extra posts and a monthly bonus of €180.

The unit handled 2,150 births last year, up from 1,980 in 2025. Union delegate Agnès Ribeyre, 44, said the staff numbers were those of ten years ago. Hospital director Claire Mourlhon has called a meeting for Friday.`,
	}, map[string][2]string{"d2es.txt": {"Thursday", "Tuesday"}}},
	{"korfball-final", map[string]string{
		"d3nl.txt": `nl|Dijkstroom pakt zaaltitel na spannende finale

Korfbal | Korfbal League

Zaterdag 5 april 2031, 22:14

KV Dijkstroom is voor de derde keer in vijf jaar Nederlands zaalkampioen. In een uitverkochte Maasarena in Rotterdam won de ploeg uit Zwijnwaarde met 24-21 van Lindeveen. Bij rust stond het 12-10.

Uitblinker was Mirthe Zandbergen (27), die zeven keer scoorde. Aanvoerder Joost Verhulst (31) maakte er vijf. "Dit is de mooiste van de drie", zei Verhulst na afloop.

Er zaten 10.600 toeschouwers op de tribunes, een record voor een korfbalfinale. Vorig jaar waren dat er 9.800.

Lindeveen verloor ook in 2028 al de finale, toen met 19-22 van Dijkstroom.`,
		"d3nlb.txt": `nl|Korfballers Dijkstroom kampioen

ROTTERDAM (ANP) - KV Dijkstroom heeft zaterdag de Nederlandse zaaltitel in het korfbal veroverd. In de finale in Rotterdam werd Lindeveen met 24-21 verslagen, na een ruststand van 12-10.

Mirthe Zandbergen was met zeven doelpunten topscorer. Bij Lindeveen scoorde de 19-jarige Femke Oosterbaan zes keer.

Ruim 10.000 toeschouwers zagen de wedstrijd, een recordaantal. Het is de derde titel voor Dijkstroom sinds 2027.`,
		"d3en.txt": `en|Dijkstroom win Dutch korfball title in record-crowd final

Sport | Other sports

Dijkstroom beat Lindeveen 24-21 in Saturday's final of the Dutch Korfball League in Rotterdam to claim their third national indoor title in five years.

A record crowd of about 10,600 watched the match. The winners led 12-10 at half-time and never lost the lead.

Mirthe Zandbergen, 27, top-scored with seven goals, while 31-year-old captain Joost Verhulst added five. Teenager Femke Oosterbaan, 19, scored six for the losers, who also lost the 2028 final to Dijkstroom.`,
		"d3fr.txt": `fr|Korfbal : Dijkstroom champion des Pays-Bas

Les Néerlandais de Dijkstroom ont remporté samedi à Rotterdam la finale du championnat des Pays-Bas de korfbal en salle, en battant Lindeveen 24 à 21 (12-10 à la pause), devant 10 600 spectateurs, un record.

Mirthe Zandbergen, 27 ans, a inscrit sept paniers. Le capitaine Joost Verhulst, 31 ans, en a ajouté cinq.

C'est le troisième titre de Dijkstroom en cinq saisons. L'an dernier, la finale avait attiré 9 800 spectateurs.`,
	}, nil},
	{"seed-company-merger", map[string]string{
		"d4nl.txt": `nl|Zaadveredelaar Veldzaad fuseert met Franse branchegenoot

Economie

Enkhuizen, 3 juni 2031 - Zaadveredelaar Veldzaad uit Enkhuizen gaat samen met het Franse Graines Lavandou. De transactie waardeert Lavandou op 640 miljoen euro, maakten beide bedrijven dinsdag bekend.

Samen hebben de bedrijven een omzet van 1,1 miljard euro en ongeveer 2.300 medewerkers. Veldzaad zelf zag de omzet vorig jaar met 6 procent stijgen tot 610 miljoen euro.

Aandeelhouders van Veldzaad krijgen 55 procent van de nieuwe combinatie. Topvrouw Marieke Schuitemaker (52) van Veldzaad wordt bestuursvoorzitter; Bernard Castelnau (66), president van Lavandou, wordt voorzitter van de raad van commissarissen.

De deal moet in het tweede kwartaal van 2032 rond zijn. De mededingingsautoriteiten moeten nog toestemming geven.`,
		"d4fr.txt": `fr|Semences : Graines Lavandou s'allie au néerlandais Veldzaad

Économie | Agriculture

Angers, le 3 juin 2031

Le semencier angevin Graines Lavandou va fusionner avec le néerlandais Veldzaad, ont annoncé mardi les deux groupes. L'opération valorise Lavandou à 640 millions d'euros.

Le nouvel ensemble réalisera un chiffre d'affaires de 1,1 milliard d'euros et comptera 2 300 salariés, dont 900 en France. Les actionnaires de Veldzaad détiendront 55 % du capital.

La directrice générale de Veldzaad, Marieke Schuitemaker, 52 ans, prendra la tête du groupe. Bernard Castelnau, 66 ans, président de Lavandou, présidera le conseil de surveillance. « Nous restons attachés à Angers », a-t-il assuré.

La finalisation est attendue au deuxième trimestre 2032.`,
		"d4en.txt": `en|Dutch seed breeder Veldzaad to merge with France's Graines Lavandou

AMSTERDAM, June 3 (Wire) - Dutch vegetable seed breeder Veldzaad and French peer Graines Lavandou agreed on Tuesday to combine in a deal that values Lavandou at €640 million ($700 million), the companies said.

The combined group will have annual sales of about €1.1 billion and some 2,300 staff. Veldzaad shareholders will own 55% of the new company.

Veldzaad chief executive Marieke Schuitemaker, 52, will run the combined business, while Lavandou chairman Bernard Castelnau, 66, will chair the supervisory board.

The deal is expected to close in the second quarter of 2032, subject to regulatory approval. Veldzaad's shares rose 4.2% in Amsterdam.`,
		"d4es.txt": `es|Veldzaad y Graines Lavandou se fusionan en el negocio de semillas

Economía

La neerlandesa Veldzaad y la francesa Graines Lavandou, dos empresas de mejora vegetal de semillas hortícolas, anunciaron el martes su fusión.

La operación valora a Lavandou en 460 millones de euros. El nuevo grupo tendrá una facturación de 1.100 millones de euros y unos 2.300 empleados, y los accionistas de Veldzaad controlarán el 55 % del capital.

Marieke Schuitemaker, de 52 años, consejera delegada de Veldzaad, dirigirá el grupo, y Bernard Castelnau, de 66 años, presidente de Lavandou, presidirá el consejo de supervisión. El cierre se espera para el segundo trimestre de 2032.`,
	}, map[string][2]string{"d4es.txt": {"€460 million", "€640 million"}}},
	{"scabies-care-home", map[string]string{
		"d5es.txt": `es|Brote de sarna en una residencia de mayores de Villanueva del Tajo

Castilla-La Mancha | Sanidad

Toledo, 20 de enero de 2031

La Consejería de Sanidad ha confirmado un brote de sarna en la residencia Los Almendros de Villanueva del Tajo, con 37 casos: 29 residentes y 8 trabajadores.

Todos los residentes del centro, 112, y su plantilla de 64 personas recibirán tratamiento, según la delegada provincial de Sanidad, Ana Belén Cifuentes. Las visitas quedan restringidas durante dos semanas.

"La sarna no es grave, pero es muy contagiosa en un entorno cerrado", explicó Cifuentes. Es el segundo brote en el centro desde 2029, cuando se detectaron 14 casos.

Los residentes tienen entre 67 y 101 años.`,
		"d5esb.txt": `es|Sanidad trata a 176 personas por un brote de sarna en una residencia

TOLEDO, 20 Ene. (Agencia) -

Un brote de sarna afecta ya a 37 personas en la residencia de mayores Los Almendros, en Villanueva del Tajo (Toledo), según ha informado este lunes la Consejería de Sanidad.

Entre los afectados hay 29 usuarios y ocho empleados. Sanidad administrará tratamiento preventivo a los 112 residentes y a los 64 trabajadores, 176 personas en total.

La residencia ha limitado las visitas durante 14 días. La delegada de Sanidad en Toledo, Ana Belén Cifuentes, ha pedido a las familias "tranquilidad".`,
		"d5en.txt": `en|Scabies outbreak hits Spanish care home

A scabies outbreak at a care home in central Spain has affected 37 people, regional health authorities said on Monday.

Twenty-nine residents and eight staff at the Los Almendros home in Villanueva del Tajo, near Toledo, have been diagnosed. All 112 residents and 64 employees will be treated, and visits have been restricted for two weeks.

The home had a previous outbreak in 2029, with 14 cases. Its oldest resident is 101.`,
		"d5fr.txt": `fr|Espagne : épidémie de gale dans une maison de retraite

Une épidémie de gale touche 37 personnes dans une maison de retraite de Villanueva del Tajo, près de Tolède, ont annoncé lundi les autorités sanitaires de Castille-La Manche.

Vingt-neuf résidents et huit employés sont atteints. Les 112 pensionnaires, âgés de 67 à 101 ans, et les 64 salariés recevront un traitement. Les visites sont limitées pendant quinze jours.

Un premier foyer, de 14 cas, avait été détecté en 2029 dans le même établissement.`,
	}, nil},
	{"rink-hockey-final", map[string]string{
		"d6es.txt": `es|El CP Riudaura conquista su cuarta Liga Europea

Deportes | Hockey patines

Lleida, 11 de mayo de 2031

El CP Riudaura se proclamó este domingo campeón de la Liga Europea de hockey patines tras vencer 5-3 al HC Saint-Orval francés en la final disputada en Lleida ante 4.800 espectadores. Al descanso se llegó con empate a dos.

Pau Ginestà, de 23 años, firmó un hat-trick y fue elegido mejor jugador de la Final Four. El portero Marc Solervicens, de 36 años, detuvo un penalti y una falta directa en la segunda parte.

"Es el título de mi vida", dijo Solervicens, que anunció que se retirará al final de la temporada. Es el cuarto título europeo del club y el primero desde 2019.

El entrenador, Jordi Casals, de 52 años, dedicó la victoria a la afición.`,
		"d6esb.txt": `es|Riudaura, campeón de Europa

LLEIDA, 11 (Agencia)

El CP Riudaura ganó el domingo la Liga Europea de hockey sobre patines al imponerse por 5-3 al Saint-Orval, con tres goles de Pau Ginestà.

Unos 4.800 aficionados llenaron el pabellón. El Riudaura, que eliminó al Porto en semifinales por 4-2, suma su cuarta corona europea.

El veterano meta Marc Solervicens, de 36 años, paró un penalti en el minuto 38 con 4-3 en el marcador.`,
		"d6fr.txt": `fr|Rink hockey : Saint-Orval s'incline en finale de la Ligue européenne

Sports | Rink hockey

Le HC Saint-Orval n'a pas réussi l'exploit. Dimanche à Lleida, le club français a perdu 5-3 la finale de la Ligue européenne face au CP Riudaura, devant environ 4 800 spectateurs.

Les Français étaient pourtant à égalité à la pause (2-2). Mais Pau Ginestà, 23 ans, a inscrit un triplé pour les Catalans.

À 4-3, le gardien Marc Solervicens, 37 ans, a arrêté un penalty, avant que Riudaura ne scelle le score. « Nous avons manqué de réalisme », a regretté l'entraîneur de Saint-Orval, Lionel Bardet, 45 ans.

Saint-Orval disputait sa deuxième finale européenne, après celle de 2024.`,
		"d6en.txt": `en|Riudaura beat Saint-Orval to win rink hockey's European League

Spanish side CP Riudaura won roller hockey's European League for the fourth time on Sunday, beating France's HC Saint-Orval 5-3 in the final in Lleida in front of some 4,800 fans.

Forward Pau Ginestà, 23, scored a hat-trick. Goalkeeper Marc Solervicens, 36, saved a penalty with his side leading 4-3 and will retire at the end of the season.

It is Riudaura's first European title since 2019.`,
	}, map[string][2]string{"d6fr.txt": {"37 years", "36 years"}}},
	{"bus-lane-fines", map[string]string{
		"d7nl.txt": `nl|Ruim 18.000 boetes in zes weken voor rijden op nieuwe busbaan

Heerenveld | Verkeer

Vrijdag 24 oktober 2031

De camera's bij de nieuwe busbaan op de Stationsweg in Heerenveld hebben in de eerste zes weken 18.400 automobilisten betrapt. Dat is gemiddeld ruim 3.000 per week, meldt de gemeente.

De boete bedraagt 110 euro. In totaal levert dat ruim 2 miljoen euro op, geld dat naar het Rijk gaat. Op het 800 meter lange stuk staan vier camera's.

Wethouder Sanne Kuipers (verkeer) noemt het aantal "schrikbarend hoog". "Veel mensen volgen blind hun navigatie." De gemeente plaatst volgende week extra borden.

Er zijn al 1.150 bezwaarschriften ingediend. Bij de vorige busbaan, in 2026, ging het om 4.200 boetes in het eerste jaar.`,
		"d7nlb.txt": `nl|Busbaan Stationsweg levert 18.400 boetes op

HEERENVELD - Sinds de opening van de busbaan op de Stationsweg, zes weken geleden, zijn 18.400 bestuurders beboet omdat ze er onterecht reden.

Het gaat om een bedrag van 110 euro per overtreding, samen zo'n 2 miljoen euro. Wethouder Sanne Kuipers wil de bebording verbeteren.

Automobilisten hebben inmiddels ruim 1.100 keer bezwaar gemaakt. Volgens de gemeente worden bezwaren alleen toegewezen als de borden niet zichtbaar waren.`,
		"d7en.txt": `en|Dutch town's new bus lane nets 18,400 fines in six weeks

Cameras on a new bus lane in the Dutch town of Heerenveld caught 18,400 drivers in its first six weeks, or more than 3,000 a week, local officials said on Friday.

Each offence carries a fine of €110, bringing the total to just over €2 million. The four cameras cover an 800-metre stretch of Stationsweg.

Transport alderman Sanne Kuipers said many drivers were following their satnav. More than 1,100 objections have been filed.`,
	}, nil},
	{"milk-price-cut", map[string]string{
		"d8fr.txt": `fr|Lait : la coopérative des Monts d'Arrée baisse son prix de 7,5 %

Économie | Agriculture

Kervélan, le 20 février 2031

La Coopérative laitière des Monts d'Arrée, basée à Kervélan (Finistère), paiera son lait 7,5 % moins cher à ses adhérents à partir du 1er mars. Le prix de base passera de 445 à 412 euros les 1 000 litres.

La coopérative, qui compte 2 600 exploitations adhérentes, invoque la chute des cours du beurre et de la poudre de lait. Elle a collecté 1,9 milliard de litres en 2030.

« C'est un coup de massue », réagit Yann Le Bihan, 49 ans, président de la FDSEA locale. En 2022, le prix avait atteint le record de 470 euros.

Une manifestation est prévue lundi devant le siège de la coopérative.`,
		"d8frb.txt": `fr|Prix du lait : nouvelle baisse en Bretagne

QUIMPER, 20 fév (AFP) - La coopérative laitière des Monts d'Arrée a annoncé jeudi une baisse de 7,5 % du prix payé aux producteurs au 1er mars, à 412 euros les 1 000 litres, contre 445 euros jusqu'ici.

Cette baisse touche quelque 2 600 éleveurs. Le président de la coopérative, Hervé Kerhoas, 61 ans, évoque « un marché mondial déprimé ».

Les syndicats agricoles appellent à manifester lundi.`,
		"d8nl.txt": `nl|Franse zuivelcoöperatie verlaagt melkprijs fors

Agrarisch | Zuivel

De Franse Coopérative laitière des Monts d'Arrée in Bretagne verlaagt per 1 maart de melkprijs voor haar leden.

De basisprijs daalt met 8,5 procent naar 412 euro per 1000 liter, tegen 445 euro nu. De coöperatie verwerkte vorig jaar 1,9 miljard liter melk van 2600 bedrijven.

Ter vergelijking: de Nederlandse zuivelcoöperatie Noordmelk betaalt in maart 47,25 euro per 100 kilo.`,
		"d8en.txt": `en|French dairy co-op cuts milk price by 7.5%

Brittany's Monts d'Arrée dairy cooperative will cut the price it pays its 2,600 member farms by 7.5% from March 1, to €412 per 1,000 litres from €445, it said on Thursday.

That is about 41 cents a litre. The co-op, which collected 1.9 billion litres last year, blamed weak butter and milk powder prices.

Farm union leader Yann Le Bihan, 49, called the cut "a sledgehammer blow". Chairman Hervé Kerhoas, 61, said the world market was depressed.`,
	}, map[string][2]string{"d8nl.txt": {"8.5%", "7.5%"}}},
	{"ivf-waiting-list", map[string]string{
		"d9es.txt": `es|La espera para la fecundación in vitro en la sanidad pública valenciana llega a 19 meses

Comunitat Valenciana | Sanidad

Valencia, 9 de septiembre de 2031

Las parejas que esperan un tratamiento de fecundación in vitro (FIV) en la sanidad pública valenciana aguardan de media 19 meses, frente a los 14 de 2028, según datos de la Conselleria de Sanidad.

En la lista hay 3.400 mujeres. La consellera de Sanidad, Rosa Mengual, anunció una inversión de 6,5 millones de euros y dos nuevos laboratorios, en el Hospital General de Alcalà de Xúquer y en Castelló, para reducir la espera a 12 meses en 2033.

"Muchas mujeres cumplen los 40 mientras esperan y quedan fuera", lamentó Laura Peiró, de 38 años, presidenta de la asociación de pacientes Fertilitat.

La sanidad pública valenciana realizó 5.200 ciclos de FIV en 2030.`,
		"d9esb.txt": `es|Sanidad invertirá 6,5 millones para reducir la lista de espera de reproducción asistida

VALÈNCIA, 9 Sep. (Agencia) -

La Generalitat destinará 6,5 millones de euros a abrir dos laboratorios de reproducción asistida, con el objetivo de rebajar a un año la espera para la fecundación in vitro, que supera ya el año y medio.

Unas 3.400 pacientes están en lista de espera, según la consellera Rosa Mengual. La edad límite para iniciar el tratamiento en la pública es de 40 años.

Las asociaciones de pacientes consideran insuficiente la medida.`,
		"d9en.txt": `en|Valencia region to spend €6.5m to cut IVF waiting times

Women in Spain's Valencia region now wait an average of 19 months for IVF treatment in the public health system, up from 14 months in 2028, regional health chief Rosa Mengual said on Tuesday.

About 3,400 women are on the list. The region will spend €6.5 million on two new laboratories, aiming to bring the wait down to a year by 2033.

Patients' group head Laura Peiró, 38, said many women reached the age limit of 40 while waiting.`,
	}, nil},
	{"tall-ships-festival", map[string]string{
		"d10nl.txt": `nl|Sail Harlinghuizen trekt 640.000 bezoekers

Friesland | Evenementen

Zondag 17 augustus 2031, 19:30

Het vierdaagse maritieme evenement Sail Harlinghuizen heeft 640.000 bezoekers getrokken, meer dan de 510.000 van de vorige editie in 2027. Dat meldde de organisatie zondag.

In de haven lagen 48 grote zeilschepen uit elf landen. Blikvanger was de driemaster Stella Borealis, met 108 meter het langste schip, met een mast van 52 meter hoog.

"Het was vier dagen lang feest", zei voorzitter Hidde Wielsma (63) van de stichting Sail. De economische opbrengst voor de regio wordt geschat op 31 miljoen euro.

Zondagmiddag voeren de schepen in een parade van 6 kilometer de Waddenzee op.`,
		"d10nlb.txt": `nl|Recordaantal bezoekers voor Sail

HARLINGHUIZEN - Ruim 600.000 mensen hebben de afgelopen vier dagen Sail Harlinghuizen bezocht, volgens de organisatie 640.000. Dat is een record.

De 48 schepen vertrokken zondag in een afscheidsparade. Het grootste, de Stella Borealis van 118 meter, voer voorop. De kleinste deelnemer, de Friese tjalk Jantje, is 19 meter lang.

De volgende editie is in 2035.`,
		"d10en.txt": `en|Tall ships festival draws record 640,000 to Dutch port

Some 640,000 people visited the four-day Sail Harlinghuizen tall ships festival in the northern Netherlands, organisers said on Sunday, up from 510,000 at the last edition in 2027.

Forty-eight sailing ships from 11 countries took part. The largest, the three-masted Stella Borealis, is 108 metres long and led Sunday's farewell parade.

Festival chairman Hidde Wielsma, 63, said the event brought an estimated €31 million to the region. The next festival will be held in 2035.`,
		"d10fr.txt": `fr|Pays-Bas : 640 000 visiteurs pour le festival de grands voiliers de Harlinghuizen

Le festival maritime Sail Harlinghuizen, dans le nord des Pays-Bas, a attiré 640 000 visiteurs en quatre jours, contre 510 000 en 2027, ont indiqué dimanche les organisateurs.

Quarante-huit grands voiliers de onze pays y participaient, dont quatre français. Le plus grand, le trois-mâts Stella Borealis, mesure 108 mètres.

La parade finale de dimanche s'est étirée sur six kilomètres. Les retombées économiques sont estimées à 31 millions d'euros.`,
	}, map[string][2]string{"d10nlb.txt": {"118 m", "108 m"}}},
}
