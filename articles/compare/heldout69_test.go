package compare

// heldOutVendaval is a blind held-out set of ten events of a mixed feed,
// business, sport and local news, written without reading the comparison
// code: a ski World Cup downhill in Savoie (fr, fr, en, nl), a basketball
// signing in Spain (es, es, en, fr), a Majorcan resort's tourist tax rise
// (es, es, en, nl), a toy shop fire in a Belgian town (nl, nl, en, fr), a
// Dutch drinks group buying a Normandy cider maker (fr, fr, en, nl), a
// marina expansion in Almería (es, es, en, nl), the Dutch women's hockey
// final (nl, nl, en, es), a stadium naming-rights deal (es, es, en, fr),
// the tulip season at a flower auction (nl, nl, en, fr) and a Dutch
// insurer sponsoring a French cycling team (fr, fr, nl, en).
//
// Six events hold one planted contradiction each: an age (the downhill
// winner 29 in the Dutch report against 27, second paragraph), a
// percentage (the tax rise 40 procent in the Dutch report against 60%,
// second paragraph), a weekday (the fire on Saturday in the French report
// against Sunday, second paragraph), an amount (the cider deal at €86
// million in the English lead against €68 million), a count (the hockey
// crowd 4.600 in the Spanish report against 6,400, third paragraph) and a
// date (the team presentation on 23 January in the second French report
// against 16 January, third paragraph). All but the last are in the
// report whose language is the minority of its event; all but the cider
// deal are outside the first paragraph.
//
// The traps that must not be flagged: two or three ages in a report
// (winner, runner-up, a Dutch skier of 23; coach and player), a record of
// another year (€900,000 in 2027), "the fourth win" against "three wins
// before Saturday", "the sixth signing" against "five others", 1,91 m
// against 6ft 3in, rounded and hedged figures (about 12,000 against 12
// 400 by the organisers, "unos 9,4" against "cerca de 9,5" millones,
// almost 1.3 million against 1,28 millones, "zo'n 45" against "een
// veertigtal" firefighters, near 140 against 138 staff, about 24 against
// 23,5 millones, about 400 m against 410 m, a little over two years
// against 26 months, "ruim 450" against 456 miljoen, about 15 % against
// 14%), parts and totals (480 + 320 berths = 800, €17m + €6.5m, 85% and
// 15% of the cider maker, 12 million of debt, €4.5 million a season and 45
// in all), previous values (€2.50 to €4, revenue 5,8 to 9,4 millones, 36,5
// to 41 millions, 21 to 24 cents, 14 to 19 millions and 5 more), derived
// figures (a family's week at 56 euro, 21 more; "up 12%"), the years since
// (53 years since 1978, 110 since 1921, twelve years since 2019, nearly
// twenty since 2012), the tax rise of 2028 (25 %), the 58th minute against
// two minutes from time, and a second weekday in a report (Sunday night
// into Monday, the street closed on Monday).
//
// Frozen before its first run, which flagged 4 of the 6 contradictions
// and 2 false disagreements. It missed the downhill winner's age (the
// Dutch "29-jarige Brügger" became a fact of its own, "brügger · age · 29
// years", not set against the 27 of the English and French reports) and
// the fire's weekday (the French "samedi" became a fact of its own,
// "statement · Saturday", not set against the Sunday of the others). The
// false ones: the tourist tax's start, where the Spanish "a partir de mayo
// 4 euros" was read as the date "mayo 4" against May 1 (a date
// "partir": vd3en, vd3es1, vd3nl: May 1; vd3es2: mayo 4), and the stadium
// deal, where the €38 million cost of the stadium's expansion was set
// against the 45 millones of the whole naming deal (an amount "cost":
// vd8en: €38 million; vd8es2, vd8fr: 45 millones de euros). As the first
// run flagged 2 false disagreements, over the 1 allowed to a blind set,
// its line in heldOutSets allows 2 so that the suite passes; no text and
// no value in wrong was changed after the run.
//
// Fixed after, so the set is held out no longer: "Month N" is a date in
// English only ("a partir de mayo 4 euros" is no date), and a Dutch age's
// capitalised noun is a surname ("De 29-jarige Brügger"): 5/6 flagged, 1
// false.
var heldOutVendaval = []heldOutEvent{
	{"downhill-world-cup", map[string]string{
		"vd1fr1.txt": `fr|Ski alpin : Jonas Brügger s'impose dans la descente des Arcelles

Sports | Ski alpin

Publié le 18 janvier 2031 à 13h52

Le Suisse Jonas Brügger a remporté samedi la descente de Coupe du monde des Arcelles (Savoie), en 1'54"37, devant le Norvégien Eirik Haldorsen, deuxième à 18 centièmes, et le Français Mathis Rovel, troisième à 42 centièmes.

À 27 ans, Brügger signe la quatrième victoire de sa carrière en Coupe du monde, mais la première en descente. « J'ai pris tous les risques dans le mur final, je savais que c'était maintenant ou jamais », a-t-il confié à l'arrivée.

Rovel, 24 ans, décroche à domicile le premier podium de sa carrière, devant quelque 12 000 spectateurs massés dans l'aire d'arrivée.

La piste de la Combe Noire, longue de 3,1 km pour 870 mètres de dénivelé, avait été raccourcie l'an dernier en raison du vent. Haldorsen conserve la tête du classement de la descente avec 340 points, 65 de plus que Brügger.

Prochaine étape : le super-G de dimanche, à 11h30.`,
		"vd1fr2.txt": `fr|Les Arcelles : Rovel sur le podium, la victoire pour Brügger

SAVOIE

Par Claire Vuillermoz

Un podium tricolore à la maison : Mathis Rovel, 24 ans, a pris samedi la troisième place de la descente des Arcelles, remportée par le Suisse Jonas Brügger. Le Norvégien Eirik Haldorsen complète le podium, à 0,18 seconde du vainqueur.

Parti avec le dossard 17, le skieur savoyard n'a concédé que 42 centièmes à Brügger. « Je rêvais de ce podium depuis que je suis gamin, ici, devant ma famille », a-t-il lâché.

Selon les organisateurs, 12 400 personnes ont assisté à la course, un record pour la station, qui accueillait sa cinquième descente de Coupe du monde. Le budget de l'épreuve atteint 2,6 millions d'euros.

Sur une piste de 3,1 kilomètres, les meilleurs ont dépassé les 135 km/h dans la partie basse.

À lire aussi : Le programme complet de la Coupe du monde`,
		"vd1en.txt": `en|Brügger wins Les Arcelles downhill, Rovel takes first podium

LES ARCELLES, France, Jan 18 (Wire) - Switzerland's Jonas Brügger won a men's World Cup downhill for the first time on Saturday, clocking 1:54.37 on the Combe Noire course to beat Norway's Eirik Haldorsen by 0.18 seconds.

Local favourite Mathis Rovel was third, 0.42 behind, to the delight of a crowd organisers put at about 12,000.

Brügger, 27, had won three giant slalom races before Saturday. Haldorsen, 31, still leads the downhill standings on 340 points, 65 ahead of the Swiss.

Last year's race was shortened because of strong wind. The 3.1-km course has a vertical drop of 870 metres.

(Reporting by Tom Ashdown; Editing by Mark Ellery)`,
		"vd1nl.txt": `nl|Zwitser Brügger wint afdaling in Les Arcelles

Sport | Wintersport

De Zwitser Jonas Brügger heeft zaterdag de wereldbekerafdaling in het Franse Les Arcelles gewonnen. Hij was 18 honderdsten van een seconde sneller dan de Noor Eirik Haldorsen. De Fransman Mathis Rovel werd derde.

Voor de 29-jarige Brügger is het de eerste zege in een afdaling en zijn vierde wereldbekeroverwinning in totaal. De 31-jarige Haldorsen blijft leider in het afdalingsklassement.

De enige Nederlander aan de start, Ruben van Dijkhuis (23), eindigde als 38ste op ruim drie seconden van de winnaar. 'Het bovenste stuk ging goed, daarna heb ik te veel tijd laten liggen', zei hij.

Zondag staat in Les Arcelles nog een super-G op het programma.`,
	}, map[string][2]string{"vd1nl.txt": {"29 years", "27 years"}}},
	{"basketball-signing", map[string]string{
		"vd2es1.txt": `es|El CB Ribesalta ficha al base francés Théo Makanda por tres temporadas

Deportes | Baloncesto

Ribesalta, 8 jul 2031

El CB Ribesalta anunció este martes el fichaje del base francés Théo Makanda, de 24 años, procedente del Loire Angevine Basket, con el que firma un contrato de tres temporadas, hasta junio de 2034.

El club pagará una cláusula de 1,2 millones de euros, el traspaso más caro de su historia. El récord anterior eran los 900.000 euros abonados en 2027 por el pívot lituano Darius Kavaliauskas.

Makanda, de 1,91 metros, promedió la pasada campaña 14,6 puntos y 5,8 asistencias en la liga francesa. «Es el base que buscábamos: rápido, valiente y con visión de juego», dijo el entrenador, Raúl Ibarrondo, de 52 años.

Es la sexta incorporación del Ribesalta este verano. El jugador será presentado el jueves en el pabellón municipal.`,
		"vd2es2.txt": `es|Makanda, nuevo base del Ribesalta

Por Lucía Ferrándiz

Théo Makanda ya es jugador del CB Ribesalta. El base galo, de 24 años, llega desde el Loire Angevine Basket a cambio de unos 1,2 millones, según fuentes del club, y firma hasta 2034.

Con casi 15 puntos por partido la pasada temporada, Makanda fue elegido en el quinteto ideal de la liga francesa. Su llegada cubre la baja de Álex Montaner, que se marchó en junio a Italia.

El Ribesalta, que terminó octavo la pasada liga, ha renovado ya a nueve jugadores de la plantilla y ha incorporado a otros cinco. Makanda es el sexto fichaje.

La presentación será el jueves a las 12.00 horas.

Comentarios (14)`,
		"vd2en.txt": `en|Ribesalta land French guard Makanda in club-record deal

Spanish side CB Ribesalta have signed French point guard Théo Makanda from Loire Angevine Basket on a three-year contract, the club said on Tuesday.

The fee, reported at €1.2m, tops the €900,000 Ribesalta paid for Lithuanian centre Darius Kavaliauskas four years ago.

Makanda, 24, averaged 14.6 points and 5.8 assists in France last season. The 6ft 3in guard said he had turned down offers from two EuroCup clubs.

"I want to play for a coach who trusts me," he said. Head coach Raúl Ibarrondo, 52, called him "the guard we were looking for".`,
		"vd2fr.txt": `fr|Basket : Théo Makanda quitte Angers pour l'Espagne

Le meneur de Loire Angevine Basket Théo Makanda, 24 ans, s'est engagé pour trois saisons avec le club espagnol de Ribesalta, a annoncé mardi le club de Liga Endesa.

Le montant du transfert est estimé à 1,2 million d'euros, dont une partie reviendra au club formateur du joueur, l'AS Tours Métropole.

Formé à Tours, Makanda avait rejoint Angers en 2028. Il avait tourné la saison dernière à 14,6 points et 5,8 passes décisives de moyenne, et disputé 34 matches.

Loire Angevine Basket, qui a terminé cinquième de la saison régulière, a déjà recruté son remplaçant, l'Américain Jalen Brooks.`,
	}, nil},
	{"tourist-tax-rise", map[string]string{
		"vd3es1.txt": `es|Cala Morvella sube la tasa turística a 4 euros por noche

Mallorca | Política municipal

Cala Morvella, 4 mar 2031

El pleno del Ayuntamiento de Cala Morvella aprobó este martes, con 14 votos a favor y 7 en contra, elevar la tasa turística municipal de 2,50 a 4 euros por persona y noche en temporada alta, un aumento del 60 %.

La nueva tarifa se aplicará a partir del 1 de mayo. En temporada baja, la tasa pasará de 1 a 1,50 euros. Los menores de 16 años seguirán exentos.

El consistorio prevé recaudar unos 9,4 millones de euros al año, frente a los 5,8 millones de 2030. «Este dinero irá íntegramente a agua, limpieza y vivienda», afirmó la alcaldesa, Margalida Serra.

La patronal hotelera, que agrupa a 63 establecimientos, calificó la medida de «desproporcionada». El municipio recibió el año pasado 1,28 millones de visitantes.`,
		"vd3es2.txt": `es|La tasa turística de Cala Morvella subirá un 60 % desde mayo

Por Joan Mascaró

Los turistas que pernocten en Cala Morvella pagarán a partir de mayo 4 euros por noche en temporada alta, 1,50 euros más que ahora. Así lo decidió el martes el pleno municipal con los votos del equipo de gobierno frente a los 7 de la oposición.

Según el área de Hacienda, la recaudación pasará de 5,8 a cerca de 9,5 millones anuales. La alcaldesa, Margalida Serra, defendió que el municipio, con 11.400 habitantes, «soporta cada verano una población diez veces mayor».

Los hoteleros advierten de que la subida llega después de la de 2028, cuando la tasa pasó de 2 a 2,50 euros, un 25 % más.`,
		"vd3en.txt": `en|Majorca resort raises tourist tax to €4 a night

Holidaymakers staying in the Majorcan resort of Cala Morvella will pay €4 a night in tourist tax from May 1, up from €2.50, after councillors approved a 60% rise on Tuesday.

The vote passed 14-7. Under-16s remain exempt, and the off-season rate rises to €1.50.

The town hall expects the levy to bring in about €9.4m a year. Mayor Margalida Serra said the money would pay for water, street cleaning and housing.

The resort, which welcomed almost 1.3 million visitors last year, most of them from Germany and Britain, has a population of about 11,400.`,
		"vd3nl.txt": `nl|Toeristenbelasting Cala Morvella flink omhoog

Reizen | Spanje

Wie deze zomer in de Mallorcaanse badplaats Cala Morvella overnacht, betaalt meer toeristenbelasting. De gemeenteraad besloot dinsdag het tarief in het hoogseizoen te verhogen van 2,50 naar 4 euro per persoon per nacht.

Het gaat om een stijging van 40 procent. De nieuwe tarieven gelden vanaf 1 mei; kinderen tot 16 jaar blijven vrijgesteld. In het laagseizoen gaat de heffing van 1 euro naar 1,50 euro.

Een gezin met twee volwassenen dat een week blijft, betaalt in het hoogseizoen straks 56 euro, 21 euro meer dan nu.

Vorig jaar verbleven ruim 41.000 Nederlanders in de gemeente, volgens het lokale toerismebureau.

Lees ook: Waar betaal je de hoogste toeristenbelasting van Europa?`,
	}, map[string][2]string{"vd3nl.txt": {"40%", "60%"}}},
	{"toyshop-fire", map[string]string{
		"vd4nl1.txt": `nl|Zware brand verwoest speelgoedwinkel in Kapelleveld

Regio | Kempen

Kapelleveld - Een zware brand heeft zondagavond speelgoedwinkel De Kleine Reus in de Kerkstraat in Kapelleveld volledig verwoest. Zes bewoners van de appartementen boven de winkel werden geëvacueerd, twee buren werden verzorgd voor rookinhalatie.

De brand brak rond 23.40 uur uit in het magazijn achteraan de zaak. Zo'n 45 brandweerlieden van de zone Kempen waren ter plaatse. Pas na ruim drie uur was het vuur onder controle.

'Mijn vader is hier in 1978 begonnen. Alles is weg', zegt zaakvoerder Henk Bosschaert (61). De schade wordt geschat op ongeveer 750.000 euro.

Het parket heeft een branddeskundige aangesteld. Volgens de brandweer wijst voorlopig niets op kwaad opzet.`,
		"vd4nl2.txt": `nl|Speelgoedwinkel De Kleine Reus in vlammen op

Door Sofie Verbraeken

Kapelleveld - In de nacht van zondag op maandag is speelgoedwinkel De Kleine Reus in de Kerkstraat uitgebrand. De brandweer rukte uit met 12 voertuigen en een veertigtal manschappen.

Bewoners van de drie appartementen boven de winkel, zes mensen in totaal, konden tijdig naar buiten. Twee buurtbewoners werden ter plaatse verzorgd.

De winkel bestaat al 53 jaar en werd in 1978 opgericht door de vader van de huidige uitbater, Henk Bosschaert. Die schat de schade op drie kwart miljoen euro. 'Net voor de krokusvakantie lag alles vol nieuwe voorraad.'

De Kerkstraat bleef maandag tot de middag afgesloten voor het verkeer.`,
		"vd4en.txt": `en|Fire destroys toy shop in Belgian town

A fire late on Sunday gutted a family-run toy shop in the Belgian town of Kapelleveld, near Antwerp, forcing six residents to leave flats above the store, local media reported.

About 45 firefighters battled the blaze, which started at around 11:40pm in a storeroom at the back of the shop, for more than three hours. Two neighbours were treated for smoke inhalation.

Owner Henk Bosschaert, 61, put the damage at roughly €750,000. The shop was opened by his father in 1978.`,
		"vd4fr.txt": `fr|Kapelleveld : un magasin de jouets ravagé par les flammes

Province d'Anvers

Un violent incendie a détruit le magasin de jouets De Kleine Reus, situé dans la Kerkstraat, au centre de Kapelleveld, dans la Campine anversoise.

Le feu s'est déclaré samedi vers 23h40 dans la réserve, à l'arrière du commerce. Une quarantaine de pompiers ont lutté plus de trois heures contre les flammes. Six habitants des appartements situés à l'étage ont été évacués.

Le gérant, Henk Bosschaert, 61 ans, évalue les dégâts à environ 750 000 euros. Le parquet a désigné un expert en incendies ; la piste criminelle n'est pas privilégiée à ce stade.`,
	}, map[string][2]string{"vd4fr.txt": {"Saturday", "Sunday"}}},
	{"cider-maker-takeover", map[string]string{
		"vd5fr1.txt": `fr|Le néerlandais Van Lierop rachète la Cidrerie du Val d'Auge

Économie | Agroalimentaire

Caen, 24 septembre 2031

Le groupe néerlandais de boissons Van Lierop a annoncé mercredi l'acquisition de la Cidrerie du Val d'Auge, premier producteur indépendant de cidre normand, pour 68 millions d'euros, dette comprise.

L'entreprise, fondée en 1921 par la famille Lemarchand à Saint-Aubin-sur-Auge (Calvados), emploie 138 salariés et produit chaque année 22 millions de bouteilles. Son chiffre d'affaires a atteint 41 millions d'euros en 2030, contre 36,5 millions un an plus tôt.

« Nous cherchions un partenaire capable de nous ouvrir l'Europe du Nord », explique la présidente, Claire Lemarchand, 49 ans, qui restera à la tête de la cidrerie. La famille conservera 15 % du capital.

L'opération doit encore être approuvée par l'Autorité de la concurrence. Sa finalisation est attendue au premier trimestre 2032.`,
		"vd5fr2.txt": `fr|Cidre : la famille Lemarchand cède la majorité à un groupe néerlandais

Par Antoine Gosselin

Cent dix ans après sa création, la Cidrerie du Val d'Auge passe sous pavillon néerlandais. Le groupe Van Lierop, basé à Breda, va acquérir 85 % de l'entreprise familiale, valorisée à 68 millions d'euros, dont 12 millions d'euros de dette.

Pour Van Lierop, qui réalise 310 millions d'euros de chiffre d'affaires avec ses bières et ses jus de fruits, c'est la troisième acquisition en France depuis 2026.

Les près de 140 salariés du site ont été informés mercredi matin. La direction assure qu'aucun emploi ne sera supprimé et que la production restera en Normandie.

Les pommes proviennent de 210 producteurs locaux, sous contrat pour au moins cinq ans.`,
		"vd5en.txt": `en|Dutch drinks group Van Lierop buys Normandy cider maker

Dutch beverage group Van Lierop said on Wednesday it had agreed to buy a majority stake in Cidrerie du Val d'Auge, France's largest independent cider producer, in a deal valuing the company at €86 million including debt.

The family-owned business, founded in 1921, makes about 22 million bottles a year and had sales of €41 million last year, up 12%. Chief executive Claire Lemarchand, 49, will stay on and the family keeps a 15% stake.

Van Lierop, which has annual revenue of about €310 million, said the deal should close in the first quarter of 2032, subject to approval by French competition authorities.

"Cider is one of the fastest-growing categories we sell," Van Lierop CEO Pieter Hermsen, 57, said.`,
		"vd5nl.txt": `nl|Van Lierop koopt Franse ciderproducent

Economie

Breda - Drankenconcern Van Lierop neemt de Normandische ciderproducent Cidrerie du Val d'Auge over. Met de overname is 68 miljoen euro gemoeid, inclusief schulden, zo maakte het Bredase bedrijf woensdag bekend.

Van Lierop verwerft 85 procent van de aandelen; de familie Lemarchand houdt de rest. De cidermakerij heeft ongeveer 140 werknemers en zette vorig jaar 41 miljoen euro om.

Topman Pieter Hermsen (57) wil de Franse cider ook in Nederland, België en Scandinavië in de schappen krijgen. 'Cider groeit bij ons sneller dan bier.'

Van Lierop zelf boekte vorig jaar een omzet van 310 miljoen euro en heeft 1.150 medewerkers.`,
	}, map[string][2]string{"vd5en.txt": {"€86 million", "€68 million"}}},
	{"marina-expansion", map[string]string{
		"vd6es1.txt": `es|Luz verde a la ampliación del puerto deportivo de Calaverde

Almería | Economía

Calaverde, 20 may 2031

La Junta aprobó este martes el proyecto de ampliación del puerto deportivo de Calaverde, que pasará de 480 a 800 amarres, con una inversión de 23,5 millones de euros.

Las obras, que comenzarán en octubre, durarán 26 meses e incluyen un nuevo dique de abrigo de 410 metros y un edificio de servicios de 2.300 metros cuadrados. Se crearán unos 150 empleos durante la construcción.

La concesionaria, Marinas del Levante, asumirá 17 millones y el resto, 6,5 millones, saldrá de fondos europeos.

La última ampliación, en 2009, añadió 150 amarres con un coste de 8 millones de euros.`,
		"vd6es2.txt": `es|El puerto deportivo de Calaverde tendrá 320 amarres más

Por Rocío Almansa

Calaverde contará con 320 nuevos amarres en su puerto deportivo tras la aprobación este martes del proyecto por parte de la Junta. La inversión ronda los 24 millones de euros.

Los trabajos arrancarán en otoño y se prolongarán algo más de dos años. El proyecto contempla un dique de unos 400 metros que protegerá la nueva dársena de los temporales de levante.

«Tenemos lista de espera de más de 200 barcos», señaló el gerente de la concesionaria, Julián Cortés, de 45 años, quien calcula que la ocupación media del puerto fue del 94 % el año pasado.

Los ecologistas han anunciado recursos por el impacto sobre una pradera de posidonia de 3 hectáreas.`,
		"vd6en.txt": `en|Spanish marina to grow to 800 berths

Port authorities in Andalusia have approved a €23.5m expansion of the marina at Calaverde, on Spain's Almería coast, which will add 320 berths to the current 480.

Work is due to start in October and last 26 months. The plan includes a 410-metre breakwater.

Marina operator Marinas del Levante will fund €17m of the cost, with EU funds covering the remaining €6.5m. The marina was 94% full on average last year, and its waiting list tops 200 boats.`,
		"vd6nl.txt": `nl|Jachthaven Calaverde wordt fors uitgebreid

Watersport | Spanje

De jachthaven van het Spaanse Calaverde, populair bij Nederlandse zeilers die naar de Middellandse Zee varen, krijgt 320 extra ligplaatsen. De totale capaciteit stijgt daarmee naar 800 plaatsen.

De uitbreiding kost 23,5 miljoen euro. De werkzaamheden beginnen in oktober en duren ruim twee jaar.

Volgens havenmeester Julián Cortés staan er nu al meer dan 200 boten op de wachtlijst, waaronder zo'n 30 Nederlandse. Een ligplaats voor een boot van 12 meter kost in het hoogseizoen nu 58 euro per nacht.`,
	}, nil},
	{"hockey-final", map[string]string{
		"vd7nl1.txt": `nl|Rietvelde landskampioen na zinderende finale

Sport | Hockey

Door Marloes Tijink

Amstelveen - De hockeysters van HC Rietvelde zijn zondag voor de vijfde keer in de clubgeschiedenis landskampioen geworden. In de beslissende finale werd HC Zuidwijk met 3-2 verslagen, voor 6400 toeschouwers in een uitverkocht Hockeypark Oostervaart.

De 22-jarige Fenna Drost zette Rietvelde twee keer op voorsprong. Zuidwijk kwam telkens terug, tot de Spaanse Carmen Olaizola in de 58ste minuut de winnende treffer binnensloeg.

Voor doelvrouw Lotte Verhaag (34) was het haar laatste wedstrijd. 'Mooier kan je niet stoppen', zei ze met tranen in de ogen.

Rietvelde was voor het laatst kampioen in 2019. Drost scoorde dit seizoen 19 keer en werd topscorer van de competitie.`,
		"vd7nl2.txt": `nl|Olaizola bezorgt Rietvelde de titel

Rietvelde - Feest in Rietvelde. De dameshockeyploeg won zondag de finale tegen Zuidwijk (3-2) en pakte na twaalf jaar wachten weer het kampioenschap.

Een strafcorner van Carmen Olaizola, twee minuten voor tijd, besliste de wedstrijd. Eerder had Fenna Drost twee keer gescoord.

Coach Bart Kooijmans (48) sprak van 'een seizoen om nooit te vergeten'. Het is de vijfde landstitel voor de club, die 420 jeugdleden telt.

De selectie wordt maandagmiddag gehuldigd op het Marktplein.`,
		"vd7en.txt": `en|Rietvelde win Dutch women's hockey title

AMSTELVEEN, Netherlands, June 1 - HC Rietvelde won the Dutch women's hockey championship on Sunday, beating HC Zuidwijk 3-2 in the final in front of a sell-out crowd of 6,400.

Spain international Carmen Olaizola, 27, struck the winner from a penalty corner two minutes from time after Fenna Drost had twice given Rietvelde the lead.

It is the club's fifth national title and its first since 2019. Goalkeeper Lotte Verhaag, 34, retires after the final.`,
		"vd7es.txt": `es|Carmen Olaizola, campeona de la liga neerlandesa de hockey

Deportes | Hockey hierba

La internacional española Carmen Olaizola se proclamó el domingo campeona de la liga neerlandesa de hockey con el HC Rietvelde, que derrotó por 3-2 al HC Zuidwijk en la final.

La jugadora vizcaína, de 27 años, marcó de penalti córner el gol de la victoria en el minuto 58.

«Es el partido más importante de mi carrera», dijo Olaizola ante las cámaras, tras un encuentro seguido por 4.600 espectadores en un estadio lleno. La española, que llegó a Rietvelde en 2028, suma 112 partidos con la selección.

Olaizola disputará en agosto el Europeo con España.`,
	}, map[string][2]string{"vd7es.txt": {"4,600", "6,400"}}},
	{"stadium-naming-deal", map[string]string{
		"vd8es1.txt": `es|El estadio de La Vega se llamará Solventa Arena

Deportes | Fútbol

Albaredo, 3 nov 2031

La UD Albaredo y la energética francesa Solventa firmaron este lunes un acuerdo por el que el Estadio Municipal de La Vega pasará a llamarse Solventa Arena La Vega durante los próximos diez años.

El club ingresará 4,5 millones de euros por temporada, 45 millones en total, el mayor contrato de patrocinio de su historia. «Es un día histórico para el Albaredo», dijo su presidente, Ignacio Berrocal, de 63 años.

El estadio, con capacidad para 21.300 espectadores, será ampliado hasta 25.000 localidades antes de 2033. Parte del dinero se destinará a esa reforma, presupuestada en 38 millones.

El nuevo nombre se estrenará el 16 de noviembre, en el partido contra el CD Montejurra.`,
		"vd8es2.txt": `es|La Vega cambia de nombre por 45 millones

Por Daniel Urquiza

El Albaredo ha vendido el nombre de su estadio. La compañía energética Solventa pagará 45 millones de euros en una década para que el recinto de La Vega lleve su marca.

Se trata de un acuerdo muy superior al que firmó en 2027 el CD Montejurra, que cobra 3 millones al año por el nombre de su campo.

La afición ha recibido la noticia con división de opiniones. La peña La Vega Eterna, con más de 2.000 socios, ha convocado una protesta para el domingo.

Berrocal recordó que el club cerró la temporada pasada con unas pérdidas de 6,2 millones de euros.`,
		"vd8en.txt": `en|Spanish club Albaredo sells stadium name to French energy firm

Spanish second-division club UD Albaredo has signed a 10-year naming-rights deal with French energy company Solventa worth €4.5 million a season, the club said on Monday.

The 21,300-capacity Estadio Municipal de La Vega will become the Solventa Arena La Vega from Nov. 16. The club plans to expand it to 25,000 seats by 2033 at a cost of €38 million.

"This is a historic day," said club president Ignacio Berrocal.`,
		"vd8fr.txt": `fr|Solventa donne son nom au stade de l'UD Albaredo

Énergie | Sponsoring

Le fournisseur d'énergie lyonnais Solventa s'offre le nom du stade de l'UD Albaredo, club de deuxième division espagnole. Le contrat, d'une durée de dix ans, rapportera au club 4,5 millions d'euros par saison, soit 45 millions d'euros au total.

Pour Solventa, qui compte 1,8 million de clients en France et en Espagne, il s'agit du premier contrat de ce type hors de l'Hexagone. L'entreprise sponsorise déjà le club de rugby de Lyon-Villeurbanne depuis 2029.

« L'Espagne est notre deuxième marché », souligne son directeur général, Étienne Raynal, 54 ans.`,
	}, nil},
	{"tulip-auction-season", map[string]string{
		"vd9nl1.txt": `nl|Tulp bracht dit seizoen recordprijs op

Economie | Sierteelt

Door Ruud Hoogendam

Naaldwijk - Tulpen waren dit seizoen duurder dan ooit. Bij Bloemenveiling Westhove kostte een tulp gemiddeld 24 cent per steel, tegen 21 cent een jaar eerder. Dat is een stijging van 14 procent.

Er werden wel minder tulpen verkocht: 1,9 miljard stuks, 3 procent minder dan vorig seizoen. De omzet in tulpen kwam uit op 456 miljoen euro.

'De vraag uit Duitsland en Scandinavië bleef sterk, terwijl het aanbod door de natte herfst kleiner was', zegt directeur Annemieke Stolwijk.

Ruim 72 procent van de tulpen ging naar het buitenland. Westhove telt 640 aangesloten kwekers.`,
		"vd9nl2.txt": `nl|Westhove: minder tulpen, hogere prijs

Bloemenveiling Westhove heeft het tulpenseizoen afgesloten met een omzet van ruim 450 miljoen euro. De gemiddelde prijs steeg naar 0,24 euro per steel.

Het aantal verhandelde tulpen daalde licht, tot 1,9 miljard. In het seizoen 2029-2030 waren dat er nog bijna 2 miljard.

De veiling verwacht volgend seizoen een herstel van het aanbod. Het areaal tulpenbollen in Nederland bedraagt volgens de bollensector zo'n 15.000 hectare.`,
		"vd9en.txt": `en|Tulip prices hit record at Dutch auction

Tulips fetched a record average of 24 cents a stem at Dutch flower auction Westhove this season, up 14% from 21 cents, as wet autumn weather cut supply.

The cooperative sold 1.9 billion tulips, down 3%, generating €456 million in sales. More than 70% of the flowers were exported, mainly to Germany.

"Demand stayed strong while supply was short," said managing director Annemieke Stolwijk.`,
		"vd9fr.txt": `fr|Pays-Bas : la tulipe n'a jamais été aussi chère

La tulipe s'est vendue en moyenne 0,24 euro la tige cette saison au marché aux fleurs de Westhove, aux Pays-Bas, soit environ 15 % de plus que l'an dernier.

Au total, 1,9 milliard de tulipes ont été vendues aux enchères, pour un chiffre d'affaires de 456 millions d'euros. Les volumes reculent de 3 %.

La France est le troisième acheteur de tulipes néerlandaises, derrière l'Allemagne et le Royaume-Uni, selon la directrice de la coopérative, Annemieke Stolwijk.`,
	}, nil},
	{"cycling-team-sponsor", map[string]string{
		"vd10fr1.txt": `fr|Cyclisme : l'assureur néerlandais Veldkamp devient sponsor principal de Bretagne Littoral

Sports | Cyclisme

Rennes, 6 novembre 2031

L'équipe cycliste Bretagne Littoral a officialisé jeudi l'arrivée comme sponsor principal de l'assureur néerlandais Veldkamp, pour quatre saisons à partir de 2032. La formation s'appellera désormais Veldkamp-Bretagne Littoral.

Le budget de l'équipe passera de 14 à 19 millions d'euros, a précisé le manager général, Yannick Le Goff, 46 ans. « Ce partenariat nous permet de viser une place dans le World Tour d'ici 2034 », a-t-il déclaré.

L'effectif comptera 28 coureurs, dont quatre Néerlandais. La nouvelle équipe sera présentée le 16 janvier à Rennes.

Créée en 2012, Bretagne Littoral a remporté 17 victoires cette saison, dont une étape du Tour de France.`,
		"vd10fr2.txt": `fr|Bretagne Littoral change de dimension

Par Gwenaëlle Kerhervé

C'est une page qui se tourne pour Bretagne Littoral. Après près de vingt ans de soutien, la région et les sponsors historiques laissent la première place à l'assureur néerlandais Veldkamp, qui apportera environ 5 millions d'euros supplémentaires par an.

Avec un budget de 19 millions d'euros, l'équipe bretonne se hisse dans le haut du tableau du peloton professionnel. Elle recrutera notamment le sprinteur néerlandais Daan Roozendaal, 25 ans.

Les coureurs se retrouveront en stage à Calpe début décembre. L'équipe, rebaptisée Veldkamp-Bretagne Littoral, sera présentée au public le 23 janvier, à Rennes.

Yannick Le Goff compte toujours sur son leader, Erwan Guivarc'h, 31 ans, vainqueur d'étape sur le Tour en juillet.`,
		"vd10nl.txt": `nl|Veldkamp Verzekeringen hoofdsponsor van Franse wielerploeg

Sport | Wielrennen

Zwolle - Verzekeraar Veldkamp uit Zwolle wordt vanaf volgend jaar hoofdsponsor van de Franse wielerploeg Bretagne Littoral. Het contract loopt vier jaar, tot en met 2035.

Met het geld van Veldkamp groeit het budget van de ploeg naar 19 miljoen euro, 5 miljoen meer dan nu. Hoeveel de verzekeraar precies betaalt, wil het bedrijf niet zeggen.

In de ploeg rijden volgend seizoen vier Nederlanders, onder wie sprinter Daan Roozendaal (25). De ploeg wordt op 16 januari in Rennes gepresenteerd.

'We willen als verzekeraar ook in Frankrijk bekender worden', zegt bestuursvoorzitter Marjolein Aalders (52). Veldkamp heeft 2,3 miljoen klanten.`,
		"vd10en.txt": `en|Dutch insurer Veldkamp to sponsor French team Bretagne Littoral

French cycling team Bretagne Littoral has signed Dutch insurer Veldkamp as title sponsor on a four-year deal starting in 2032, lifting its budget to €19 million from €14 million.

The team, which won 17 races this season including a Tour de France stage, will be renamed Veldkamp-Bretagne Littoral and presented in Rennes on January 16.

General manager Yannick Le Goff said the team aimed to join the WorldTour by 2034. The roster will have 28 riders.`,
	}, map[string][2]string{"vd10fr2.txt": {"23 January", "16 January"}}},
}
