package compare

// heldOutBergwind is a blind held-out set of ten company, court and
// consumer events, written without reading the extraction or the matching:
// an envelope cartel fine, a garden centre chain's closures, a baby food
// price study, a tram order, a bank app outage, a mustard maker's takeover,
// a bicycle helmet recall, a car insurance premium rise, a labour court
// ruling on a warehouse's dismissals and a court ruling on a ticket resale
// site, in French, Dutch, Spanish and English.
//
// Six contradictions are planted, one in each of six events: an amount (the
// Dutch report gives Marlin's fine as 69 million euros, not 96, second
// paragraph), a percentage (the French report of the baby food study has
// prices up 12.1%, not 11.2%, third paragraph), a distance (the Spanish
// report makes the trams 32 m long, not 42 m, third paragraph), an age (the
// English report makes the mustard maker's chair 74, not 71, third
// paragraph), a date (the local Spanish report has the new premiums from 1
// May, not 1 March, second paragraph) and a weekday (the Belgian French
// report has the ticket ruling on Wednesday, not Thursday, first
// paragraph). Five of the six are outside the first paragraph; five are in
// the only report of their language in the event.
//
// The traps, none of them a contradiction: parts and totals (four fines
// adding up to 212 million; 30 Dutch and 4 Belgian closures of 34; 17,000
// Belgian helmets of 48,000; 2.3 million app users of 3.1 million
// customers; "142 other" workers besides one of 143), rounding and hedges
// ("about 1,200" jobs against 1,150; "more than nine hours" against 7.40 to
// 16.55; "ruim 3 miljoen" against 3.2 million; "près de 60 euros"-like
// prices), previous values and other years (a 48 million fine in 2019, 12
// closures in 2027, a 6.2% rise last year, sales up from 64 million, a
// three-hour outage in 2026, trams from 1989), other percentages beside
// the planted ones (a local 29% gap and a French 24% one against 37%; 30%
// off in a closing store; 70% of seeds; 40% exports; 85% and 15% stakes),
// lengths of the current trams (30 m, 12 m longer), several ages in one
// report (71 and 44; 58 and 34; 56 and 71), durations (five days, four
// weeks, three months, five years, 22 years) and number formats of each
// language (1 150, 1150, 1,150; 8,5 %; 61,40 euros; €187m).
//
// Frozen before its first run, which flagged 6 of the 6 contradictions and 1
// false disagreement; it missed none. The false one: in the garden centre
// closures, the 30% discount in the closing Dalveen store (bw2nl2) was
// matched against the 14% fall in sales the other three reports give
// ("false disagreement percent "fell": bw2en, bw2fr, bw2nl: 14%; bw2nl2: 30
// procent"). One false disagreement is within the set's limit of one, so the
// table line was left at 1; no value in wrong needed another spelling.
//
// Fixed after, so the set is held out no longer: a share before a word of
// discount ("30 procent korting", "30% off") is a price cut, no share: 6/6
// flagged, 0 false.
var heldOutBergwind = []heldOutEvent{
	{"envelope-cartel-fine", map[string]string{
		"bw1fr.txt": `fr|Enveloppes : quatre fabricants condamnés à 212 millions d'euros pour entente

Économie

Paris, 8 fév 2029 (AFP) - L'Autorité de la concurrence a infligé jeudi une amende totale de 212 millions d'euros à quatre fabricants d'enveloppes qui s'étaient entendus pendant sept ans, de 2014 à 2021, sur leurs prix et sur la répartition de leurs clients.

Le français Enveloppes Marlin écope de la sanction la plus lourde, 96 millions d'euros, devant Courvex (61 millions), les Papeteries du Ternois (38 millions) et le belge Omniplis (17 millions). Le néerlandais Hazelaar, qui a dénoncé l'entente en 2022, échappe à toute amende au titre de la procédure de clémence.

Les entreprises concernées contrôlaient environ 80 % du marché français des enveloppes. Selon l'Autorité, leurs clients - administrations, banques, compagnies d'assurances - ont payé en moyenne 9 % de trop.

« Il s'agit d'une entente d'une ampleur rare, qui a touché des milliers d'acheteurs publics », a déclaré la présidente de l'Autorité, Élise Moranval. En 2019, l'institution avait déjà sanctionné des fabricants de fournitures de bureau à hauteur de 48 millions d'euros.

Enveloppes Marlin a annoncé son intention de faire appel.`,
		"bw1fr2.txt": `fr|Amende record pour Enveloppes Marlin : l'entreprise de Montvéran fera appel

Rhône | Économie

Publié le 08/02/2029 à 19h05

Coup dur pour Enveloppes Marlin. Le fabricant installé à Montvéran, dans la banlieue lyonnaise, a été condamné jeudi par l'Autorité de la concurrence à une amende de 96 millions d'euros, la plus lourde des quatre prononcées dans le dossier de l'entente sur les enveloppes. Au total, les sanctions atteignent 212 millions d'euros.

L'entreprise, qui emploie 1 400 salariés sur deux sites, à Montvéran et à Roanne, conteste « vigoureusement » la décision. « Nous ferons appel. Cette amende met en danger des emplois », a réagi son directeur général, Patrick Delorme.

Selon l'Autorité, l'entente a duré de 2014 à 2021. Les représentants du personnel doivent être reçus lundi par la direction.

Lire aussi : Papeterie, la fin d'une époque à Roanne`,
		"bw1en.txt": `en|France fines envelope makers €212m over seven-year cartel

By Claire Hutton

PARIS, Feb 8 - France's competition authority on Thursday fined four envelope manufacturers a combined €212 million for fixing prices and carving up customers between 2014 and 2021.

Enveloppes Marlin received the biggest penalty, €96 million, followed by Courvex with €61 million, Papeteries du Ternois with €38 million and Belgium's Omniplis with €17 million. Dutch company Hazelaar, which alerted the regulator in 2022, was granted immunity under the leniency programme.

The four firms together controlled about 80% of the French envelope market, and their customers, mostly public bodies, banks and insurers, overpaid by around 9% on average, the authority said.

"This was a cartel of rare scale," authority president Elise Moranval told reporters. Marlin said it would appeal.

(Reporting by Claire Hutton; Editing by Tom Aske)`,
		"bw1nl.txt": `nl|Nederlandse envelopmaker Hazelaar ontloopt boete in Frans kartel

Bedrijven

Van onze correspondent, Parijs | 8 februari 2029

De Franse mededingingsautoriteit heeft donderdag vier envelopfabrikanten beboet voor een kartel dat zeven jaar heeft bestaan. Het Nederlandse familiebedrijf Hazelaar uit Zuidwinde, dat de afspraken in 2022 zelf aanbracht, krijgt geen boete dankzij de clementieregeling.

In totaal moeten de fabrikanten 212 miljoen euro betalen. Het zwaarst getroffen is het Franse Enveloppes Marlin, met een boete van 69 miljoen euro. Het Belgische Omniplis moet 17 miljoen euro betalen.

Volgens de toezichthouder spraken de bedrijven tussen 2014 en 2021 prijzen af en verdeelden ze klanten. Samen hadden ze zo'n 80 procent van de Franse markt in handen. Afnemers, vooral overheden, banken en verzekeraars, betaalden gemiddeld 9 procent te veel.

Hazelaar, met 260 werknemers, levert ongeveer een kwart van zijn enveloppen in Frankrijk. 'We hebben destijds de juiste keuze gemaakt', zegt directeur Bram Hazelaar (52).`,
	}, map[string][2]string{"bw1nl.txt": {"€69 million", "€96 million"}}},
	{"garden-centre-closures", map[string]string{
		"bw2nl.txt": `nl|Groenhof sluit 34 tuincentra, ruim 1100 banen weg

Economie

13 februari 2029, 11:42

Tuincentrumketen Groenhof sluit voor eind juni 34 van zijn 112 vestigingen. Daarbij verdwijnen 1150 van de 4800 banen, heeft het bedrijf dinsdag bekendgemaakt.

De keten kampt met dalende verkopen. Vorig jaar zakte de omzet met 14 procent naar 610 miljoen euro, het verlies liep op tot 38 miljoen euro. 'Mensen kopen hun planten steeds vaker bij de supermarkt of online', zegt topvrouw Marloes Verbeek.

In Nederland gaan 30 winkels dicht, in België 4. Welke vestigingen het zijn, maakt Groenhof later deze week bekend.

Het is de tweede sanering in korte tijd: in 2027 sloten al 12 tuincentra. Groenhof is sinds 2024 in handen van de Britse investeerder Kestrel Partners, die er toen 240 miljoen euro voor betaalde.`,
		"bw2nl2.txt": `nl|Ook Groenhof in Dalveen gaat dicht: 'We hoorden het via de app'

Regio | Werk

Di 13 feb 2029 - 16:20

Het tuincentrum van Groenhof aan de Zuidweg in Dalveen is een van de 34 vestigingen die de keten dit voorjaar sluit. Voor de 41 medewerkers kwam het nieuws dinsdagochtend als een klap.

'Ik werk hier negentien jaar. We hoorden het via een bericht in de personeelsapp', zegt afdelingschef Gerda Mulder (57).

Landelijk verliezen ongeveer 1150 mensen hun baan. De vakbond noemt de aanpak 'respectloos' en wil op korte termijn met de directie praten over een sociaal plan.

Het tuincentrum in Dalveen blijft open tot en met 30 juni. Tot die tijd geldt in de hele winkel 30 procent korting.

Lees ook: Bouwmarkt in Dalveen krijgt nieuwe eigenaar`,
		"bw2fr.txt": `fr|Groenhof ferme quatre jardineries en Belgique

Économie

Bruxelles, le 13 février 2029

La chaîne néerlandaise de jardineries Groenhof va fermer quatre de ses neuf magasins belges d'ici à la fin du mois de juin. Quelque 130 emplois sont menacés en Belgique, a indiqué mardi la direction.

Au total, le groupe ferme 34 jardineries sur 112 et supprime 1 150 postes sur 4 800. Son chiffre d'affaires a reculé de 14 % l'an dernier, à 610 millions d'euros.

Les magasins concernés se trouveraient en Flandre et dans le Brabant wallon, selon une source syndicale.

La directrice générale, Marloes Verbeek, a évoqué « une décision douloureuse mais nécessaire ».`,
		"bw2en.txt": `en|Dutch garden centre chain Groenhof to shut almost a third of stores

Retail | 13 February 2029

Groenhof, the Dutch garden centre chain owned by British private equity firm Kestrel Partners, will close 34 of its 112 stores by the end of June, cutting about 1,200 jobs.

Sales fell 14% last year to €610m and the chain lost €38m. Kestrel acquired the business in 2024 for €240m.

Chief executive Marloes Verbeek, 49, said shoppers were buying more plants at supermarkets and online. The remaining 78 stores will be refitted over the next two years at a cost of about €25m.`,
	}, nil},
	{"baby-food-price-study", map[string]string{
		"bw3es.txt": `es|Llenar la cesta del bebé cuesta hasta un 37 % más según el supermercado

Consumo

Madrid, 24 ene (Agencia) - Una misma cesta de productos infantiles cuesta 61,40 euros en Merkalia y 84,10 euros en Supermercados Olmedo, un 37 % más, según un estudio publicado este miércoles por la asociación Consumidores en Red (CER).

La organización comparó entre octubre y noviembre los precios de 214 productos -leches de fórmula, potitos, papillas, pañales y toallitas- en 11 cadenas de supermercados de 15 ciudades.

Desde el anterior estudio, de 2026, los precios han subido de media un 11,2 %, y los de la leche de fórmula, un 19 %. Los productos de marca blanca son un 42 % más baratos que los de marca.

"Una familia puede ahorrarse hasta 540 euros al año solo eligiendo bien dónde compra", explicó la portavoz de CER, Lucía Ferrán.`,
		"bw3es2.txt": `es|Los pañales y la leche infantil, cada vez más caros

Sociedad | Consumo

24.01.2029 | 13:10

Los precios de los productos para bebés han subido un 11,2 % en dos años, y la leche de fórmula se ha encarecido un 19 %, según el último informe de Consumidores en Red, que analizó 214 artículos en 11 cadenas.

El supermercado más barato vuelve a ser Merkalia, con una cesta de 61,40 euros, frente a los 84,10 euros de Supermercados Olmedo, el más caro. En Castellón, la diferencia entre establecimientos llega al 29 %.

El paquete de 40 pañales de la talla 3 oscila entre 7,95 y 12,30 euros, según la cadena.

La portavoz de la asociación, Lucía Ferrán, recomienda comparar el precio por unidad o por kilo. "Las marcas blancas cuestan de media un 42 % menos", recordó.`,
		"bw3fr.txt": `fr|Espagne : le panier bébé jusqu'à 37 % plus cher d'une enseigne à l'autre

International | Consommation

Madrid, 24 janvier 2029

En Espagne, un même panier de produits pour bébé coûte 61,40 euros chez Merkalia mais 84,10 euros chez Supermercados Olmedo, soit 37 % de plus, selon une étude de l'association de consommateurs Consumidores en Red publiée mercredi.

L'enquête porte sur 214 produits relevés dans 11 enseignes et 15 villes. Les produits de marque de distributeur reviennent en moyenne 42 % moins cher que les grandes marques.

Depuis la précédente étude, en 2026, les prix ont augmenté de 12,1 % en moyenne, et ceux du lait infantile de 19 %. « Une famille peut économiser jusqu'à 540 euros par an », affirme la porte-parole de l'association, Lucía Ferrán.

En France, l'association Familles Conso avait mesuré l'an dernier un écart de 24 % entre enseignes.`,
	}, map[string][2]string{"bw3fr.txt": {"12.1%", "11.2%"}}},
	{"tram-order", map[string]string{
		"bw4nl.txt": `nl|HWV bestelt 46 nieuwe trams in Spanje

Regio Hagenwoude

20 februari 2029, 14:05

Vervoerbedrijf HWV koopt 46 nieuwe trams bij de Spaanse fabrikant Ferroval. De order is 187 miljoen euro waard, maakte het bedrijf dinsdag bekend. HWV heeft een optie op nog eens 20 trams.

De nieuwe trams zijn 42 meter lang en bieden plaats aan 290 reizigers. De huidige trams, die sinds 1989 rijden, kunnen er 220 meenemen. 'Daarmee krijgen we bijna een derde meer capaciteit', zegt directeur Ruud Kamphuis.

De eerste trams worden in 2031 geleverd, in 2033 moeten ze allemaal rijden. Ferroval won de aanbesteding van twee andere gegadigden.

Omdat de trams langer zijn, moeten 23 haltes worden verlengd. Dat kost nog eens ongeveer 31 miljoen euro.`,
		"bw4nl2.txt": `nl|Nieuwe trams langer en voller: haltes moeten op de schop

Hagenwoude | Verkeer

Dinsdag 20 februari 2029

De 46 trams die vervoerbedrijf HWV in Spanje heeft besteld, zijn met 42 meter 12 meter langer dan de huidige trams van 30 meter. Daardoor moeten 23 haltes in de stad worden verlengd, voor zo'n 31 miljoen euro.

Oppositieraadslid Sanne Oudejans vindt dat bedrag 'fors'. 'Bovenop de 187 miljoen voor de trams zelf komt er zo nog een flinke rekening bij.'

De werkzaamheden aan de haltes beginnen in 2030 en duren ongeveer anderhalf jaar. Volgens HWV rijden de eerste nieuwe trams in 2031.`,
		"bw4es.txt": `es|Ferroval fabricará 46 tranvías para los Países Bajos

Economía | Industria

Zumadia, 20 feb 2029

La empresa guipuzcoana Ferroval ha ganado un contrato de 187 millones de euros para fabricar 46 tranvías para la compañía de transporte neerlandesa HWV, de la ciudad de Hagenwoude, según informó este martes la compañía. El contrato incluye una opción para otras 20 unidades.

El pedido garantiza la carga de trabajo de los 400 empleados de la planta de Zumadia durante dos años. "Es el mayor contrato de nuestra historia en el norte de Europa", señaló el consejero delegado, Jon Arregi.

Los tranvías, de piso bajo, medirán 32 metros y tendrán capacidad para 290 pasajeros. Las primeras entregas están previstas para 2031.

Ferroval, que factura unos 260 millones de euros al año, ya ha suministrado tranvías a ciudades de Francia y Portugal.`,
		"bw4en.txt": `en|Ferroval wins €187m Hagenwoude tram order

Rolling stock | 20 Feb 2029

Dutch operator HWV has ordered 46 low-floor trams from Spanish manufacturer Ferroval in a deal worth €187m, with an option for a further 20 vehicles.

The 42 m long trams will carry up to 290 passengers and replace a fleet dating from 1989. Deliveries are due to begin in 2031 and be completed by 2033.

Ferroval beat two rival bidders. HWV will also spend about €31m lengthening 23 stops.`,
	}, map[string][2]string{"bw4es.txt": {"32 m", "42 m"}}},
	{"bank-app-outage", map[string]string{
		"bw5nl.txt": `nl|Urenlange storing bij Leie-Schelde Bank: 'Onaanvaardbaar'

Economie

Dinsdag 6 maart 2029

Klanten van Leie-Schelde Bank konden maandag ruim negen uur lang niet bankieren via de app of de website. De storing begon om 7.40 uur en was pas om 16.55 uur opgelost.

Volgens de bank lag een foute software-update van het inlogsysteem, die zondagnacht werd geïnstalleerd, aan de basis. Betalen met de bankkaart en geld afhalen aan de automaat bleef wel mogelijk.

Van de 3,1 miljoen klanten gebruiken er 2,3 miljoen de app. Het klantencentrum kreeg ongeveer 14.000 klachten binnen. 'Ik moest mijn huur betalen en zat de hele dag vast', zegt Yasmina El Idrissi (29) uit Oudekerke.

Topman Koen Verhaegen bood zijn excuses aan. De bank betaalt eventuele kosten voor laattijdige betalingen terug. In november 2026 lag de app al eens drie uur plat.`,
		"bw5fr.txt": `fr|Panne géante chez Lys-Escaut : l'application bloquée toute la journée

Économie | Banques

Publié le 05/03/2029 à 18h30

Les clients de la banque Lys-Escaut n'ont pas pu accéder à leur application ni à leurs comptes en ligne ce lundi entre 7h40 et 16h55, soit plus de neuf heures de panne.

En cause : une mise à jour défectueuse du système d'identification, installée dans la nuit de dimanche à lundi. Les paiements par carte et les retraits aux distributeurs n'ont pas été perturbés.

Quelque 2,3 millions de clients utilisent l'application de la banque, qui en compte 3,1 millions au total. « Nous présentons nos excuses à tous nos clients », a déclaré le CEO Koen Verhaegen.

L'association de consommateurs Spaarwijzer réclame un dédommagement : « Une panne de cette durée est inacceptable. »

Ce n'est pas la première fois : en novembre 2026, l'application avait été inaccessible pendant trois heures.`,
		"bw5en.txt": `en|Leie-Schelde Bank app down for nine hours

Business

5 March 2029

Customers of Belgium's Leie-Schelde Bank were unable to use its mobile app or online banking for more than nine hours on Monday after a faulty software update, the bank said.

The outage began at 7.40am and was fixed shortly before 5pm. Card payments and cash machines were unaffected.

The bank, which has 3.1 million customers, 2.3 million of them app users, said its call centre had received around 14,000 complaints by the evening. Chief executive Koen Verhaegen apologised and promised to refund any late-payment charges.

It was the bank's worst outage since a three-hour failure in November 2026.`,
	}, nil},
	{"mustard-maker-takeover", map[string]string{
		"bw6fr.txt": `fr|La moutarderie Vautrin passe sous pavillon espagnol

Industrie agroalimentaire

Dijon, 10 janvier 2029

Le groupe agroalimentaire espagnol Ribagorza va racheter 85 % de la Moutarderie Vautrin, l'une des dernières moutarderies familiales de Bourgogne, pour 145 millions d'euros, ont annoncé mercredi les deux entreprises. La famille fondatrice conservera 15 % du capital.

Fondée en 1891 à Saint-Aubin-la-Roche (Côte-d'Or), Vautrin emploie 310 personnes et a réalisé en 2028 un chiffre d'affaires de 68 millions d'euros, en hausse de 6 %. L'export représente 40 % de ses ventes.

La présidente, Bernadette Vautrin, 71 ans, arrière-petite-fille du fondateur, quittera ses fonctions à la finalisation de l'opération, prévue au printemps. Son fils Julien, 44 ans, reste directeur général.

« Nous cherchions un partenaire capable de nous faire grandir sans renier nos racines », a-t-elle expliqué. Ribagorza s'engage à maintenir l'ensemble des emplois et le site de production pendant au moins cinq ans, et à investir 20 millions d'euros dans une nouvelle ligne de conditionnement.`,
		"bw6fr2.txt": `fr|Saint-Aubin-la-Roche : à la moutarderie, « on attend de voir »

Côte-d'Or | Économie

Publié le 10/01/2029 à 17h45 | Mis à jour à 20h10

À la sortie de l'usine, mercredi après-midi, la vente de la Moutarderie Vautrin au groupe espagnol Ribagorza était sur toutes les lèvres. « On nous promet que rien ne change pendant cinq ans. Et après ? », s'interroge Didier Cornu, 56 ans, conducteur de ligne depuis trente ans.

Le maire, Gérard Pautet, se veut rassurant : « La moutarderie, c'est 310 emplois et 138 ans d'histoire. Les repreneurs ont tout intérêt à garder le savoir-faire ici. »

Les graines de moutarde utilisées proviennent pour 70 % de Bourgogne, selon la direction.

Bernadette Vautrin, 71 ans, qui a dirigé l'entreprise pendant vingt-deux ans, passera la main au printemps. Son fils Julien reste aux commandes de l'usine.`,
		"bw6es.txt": `es|Ribagorza compra la francesa Moutarderie Vautrin por 145 millones

Economía | Aragón

Huesca, 10 ene 2029

El grupo alimentario oscense Ribagorza ha alcanzado un acuerdo para adquirir el 85 % de la centenaria Moutarderie Vautrin, fabricante de mostaza de Borgoña, por 145 millones de euros, su mayor compra hasta la fecha.

La firma francesa, con 310 trabajadores, facturó 68 millones de euros el año pasado. Ribagorza, que cerró 2028 con unas ventas de 1.200 millones de euros y 4.100 empleados, se compromete a mantener la plantilla y la fábrica al menos cinco años.

"Vautrin nos abre la puerta del mercado francés de salsas", afirmó el consejero delegado de Ribagorza, Íñigo Salcedo, de 58 años.

La operación, que debe recibir el visto bueno de las autoridades de competencia, se cerrará previsiblemente en primavera.`,
		"bw6en.txt": `en|Spain's Ribagorza to buy Burgundy mustard maker Vautrin

Food industry news | 10 January 2029

Spanish food group Ribagorza has agreed to buy an 85% stake in French mustard maker Moutarderie Vautrin for €145m, with the founding family keeping the remaining 15%.

Vautrin, founded in 1891, employs 310 people and had sales of €68m in 2028, up from €64m the year before. Around 40% of its sales are exports.

Chair Bernadette Vautrin, 74, a great-granddaughter of the founder, will step down when the deal closes in the spring, while her son Julien, 44, remains managing director.

Ribagorza chief executive Íñigo Salcedo said the group would invest €20m in a new packaging line.`,
	}, map[string][2]string{"bw6en.txt": {"74 years", "71 years"}}},
	{"bicycle-helmet-recall", map[string]string{
		"bw7nl.txt": `nl|Fietsplein roept 48.000 fietshelmen terug

Binnenland

1 maart 2029, 10:15

Fietsplein roept de fietshelm Velora City Pro terug. De sluiting van de kinband kan bij een val openspringen, waardoor de helm van het hoofd kan schieten. Dat bleek uit tests van de Nederlandse productveiligheidsautoriteit.

Het gaat om ongeveer 48.000 helmen die sinds maart 2027 zijn verkocht in de 140 winkels van de keten in Nederland en België en via de webwinkel. In Nederland zijn er zo'n 31.000 verkocht.

Klanten wordt gevraagd de helm niet meer te gebruiken. Ze kunnen hem in elke winkel inleveren en krijgen het aankoopbedrag van 59,95 euro terug, ook zonder kassabon.

Voor zover bekend is niemand gewond geraakt. Fietsplein kreeg wel drie meldingen van klanten bij wie de sluiting was opengegaan.`,
		"bw7fr.txt": `fr|Rappel de casques de vélo Velora : la boucle peut s'ouvrir

Société | Consommation

Bruxelles, 1er mars 2029

La chaîne néerlandaise Fietsplein rappelle son casque de vélo Velora City Pro, dont la boucle de la jugulaire risque de s'ouvrir en cas de chute. En Belgique, quelque 17 000 exemplaires ont été vendus.

Au total, près de 48 000 casques ont été écoulés depuis mars 2027 aux Pays-Bas et en Belgique. Ils étaient vendus près de 60 euros.

Les clients peuvent rapporter le casque en magasin pour être intégralement remboursés, même sans ticket de caisse. Les lots concernés portent les numéros 2703 à 2901, inscrits à l'intérieur du casque.

Aucun blessé n'a été signalé.`,
		"bw7en.txt": `en|Recall: Velora City Pro bike helmets

Product recalls | 1 March 2029

Dutch bike retailer Fietsplein is recalling about 48,000 Velora City Pro cycle helmets because the chin-strap buckle can come undone in a fall.

The helmets, which cost €59.95, were sold in the chain's 140 shops in the Netherlands and Belgium and online between March 2027 and January 2029. Batch numbers 2703 to 2901 are affected.

Owners should stop using the helmet and return it to any Fietsplein shop for a full refund. No injuries have been reported, although the company said it had received three complaints about buckles opening.`,
	}, nil},
	{"car-insurance-premium-rise", map[string]string{
		"bw8es.txt": `es|Mutua Levantina subirá un 8,5 % el seguro del coche

Economía | Seguros

Valencia, 20 feb (Agencia) - La aseguradora Mutua Levantina subirá de media un 8,5 % las primas del seguro de automóvil a partir del 1 de marzo, según informó este martes la compañía, que tiene 1,9 millones de vehículos asegurados.

La subida será mayor para los conductores menores de 25 años, que verán encarecida su póliza hasta un 12 %. La prima media anual pasará de 412 euros a unos 447 euros.

La directora general, Carmen Boix, atribuyó el aumento al encarecimiento de las reparaciones, que subieron un 14 % en 2028 por el precio de las piezas y de la mano de obra. La siniestralidad de la compañía alcanzó el 94 %.

El año pasado, la mutua ya había subido sus tarifas un 6,2 %. La patronal del sector, Unaseg, prevé un alza media del 7,1 % en el conjunto del mercado este año.`,
		"bw8es2.txt": `es|El seguro del coche, más caro: así afecta a los conductores valencianos

Valencia | Tu bolsillo

Martes, 20 de febrero de 2029

Los clientes de Mutua Levantina pagarán más por asegurar su coche. La aseguradora, líder en la Comunitat Valenciana con 1,9 millones de vehículos asegurados, aplicará una subida media del 8,5 %.

El aumento se aplicará en las renovaciones a partir del 1 de mayo, y los conductores jóvenes pueden llegar a pagar un 12 % más.

Según la compañía, reparar un coche tras un accidente es hoy un 14 % más caro que hace un año. "Un parachoques que costaba 300 euros ahora cuesta 360", explicó un portavoz.

La asociación Usuaris Units recomienda comparar ofertas antes de renovar: "Cambiar de aseguradora puede ahorrar más de 100 euros al año".`,
		"bw8en.txt": `en|Spain's Mutua Levantina lifts motor premiums 8.5%

Insurance | 20 February 2029

Spanish mutual insurer Mutua Levantina will raise motor premiums by an average of 8.5% from March 1, after repair costs jumped 14% last year.

The increase follows a 6.2% rise in 2028 and will affect the insurer's 1.9 million insured vehicles. Drivers under 25 face increases of up to 12%.

The mutual's loss ratio reached 94% in 2028. Industry body Unaseg expects motor rates across the market to rise by an average of 7.1% this year.`,
	}, map[string][2]string{"bw8es2.txt": {"1 May", "1 March"}}},
	{"warehouse-dismissal-ruling", map[string]string{
		"bw9es.txt": `es|La justicia declara improcedente el despido de 143 trabajadores de Logística Tajuña

Castilla-La Mancha | Laboral

Guadalajara, 18 ene (Agencia)

El Juzgado de lo Social número 2 de Guadalajara ha declarado improcedente el despido colectivo de 143 trabajadores del almacén que Logística Tajuña cerró en octubre en Villaflores del Henares, según la sentencia conocida este jueves.

La jueza Marta Quintanilla considera que la empresa no acreditó las causas económicas alegadas, ya que su matriz, la neerlandesa Van Dorsten Logistics, ganó 41 millones de euros en 2028.

La compañía deberá elegir en cinco días entre readmitir a los trabajadores o indemnizarles con 33 días de salario por año trabajado, frente a los 20 días que pagó. Según los sindicatos, la diferencia supone unos 3,2 millones de euros.

La sentencia puede recurrirse ante el Tribunal Superior de Justicia de Castilla-La Mancha.`,
		"bw9es2.txt": `es|"Por fin nos dan la razón": los extrabajadores del almacén celebran la sentencia

Henares | Sociedad

18/01/2029 - 19:40h

Rosa Ibáñez, de 58 años, trabajó 22 en el almacén de Villaflores del Henares hasta que Logística Tajuña lo cerró el pasado octubre. Este jueves lloró al conocer que un juzgado de Guadalajara ha declarado improcedente su despido y el de otros 142 compañeros.

"Nos echaron con 20 días por año y ahora tendrán que pagarnos 33 o volver a contratarnos", explica Andrés Molina, de 34 años, delegado sindical. La antigüedad media de la plantilla era de 11 años.

La empresa tiene cinco días hábiles para decidir, aunque fuentes de la compañía ya han avanzado que recurrirá.

Los sindicatos han convocado una concentración a las 12.00 horas del viernes ante la antigua nave.`,
		"bw9nl.txt": `nl|Spaanse rechter: ontslag bij dochter Van Dorsten onterecht

Bedrijven | Logistiek

18 januari 2029

Een Spaanse arbeidsrechter heeft het ontslag van 143 werknemers bij Logística Tajuña, een dochter van het Nederlandse Van Dorsten Logistics, onrechtmatig verklaard. Het bedrijf sloot in oktober een distributiecentrum bij Guadalajara.

Volgens de rechter heeft Van Dorsten niet aangetoond dat de sluiting economisch noodzakelijk was. Het moederbedrijf uit Maaswerd boekte in 2028 een winst van 41 miljoen euro.

Van Dorsten moet de werknemers binnen vijf werkdagen terugnemen of een hogere ontslagvergoeding betalen: 33 dagen loon per gewerkt jaar in plaats van 20. Dat kan het bedrijf ruim 3 miljoen euro extra kosten.

Een woordvoerder laat weten dat Van Dorsten in hoger beroep gaat. Het concern heeft wereldwijd 6.800 medewerkers.`,
	}, nil},
	{"ticket-resale-ruling", map[string]string{
		"bw10nl.txt": `nl|Ticketvlot moet kopers van afgelast festival terugbetalen

Binnenland | Rechtspraak

15 maart 2029, 15:20

Doorverkoopplatform Ticketvlot moet ongeveer 12.400 kopers van kaarten voor het afgelaste festival Zomerduin hun geld terugbetalen, inclusief de servicekosten van 14,50 euro per kaart. Dat heeft de rechtbank in Amsterdam donderdag bepaald.

Het festival werd in juli vorig jaar afgelast nadat een storm het terrein had verwoest. De organisator ging in september failliet. Ticketvlot weigerde tot nu toe te betalen en verwees de kopers naar de curator.

Volgens de rechter is het platform als verkoper wel degelijk verantwoordelijk. Het gaat in totaal om zo'n 2,1 miljoen euro. Ticketvlot moet binnen vier weken betalen.

De zaak was aangespannen door Stichting Kopersbelang. 'Dit is een overwinning voor elke festivalganger', zegt voorzitter Ilse Brouwer (38). Ticketvlot kan binnen drie maanden in hoger beroep gaan.`,
		"bw10en.txt": `en|Court orders ticket resale site to refund festival-goers

Netherlands | 15 March 2029

An Amsterdam court ruled on Thursday that ticket resale platform Ticketvlot must refund around 12,400 people who bought tickets for the Zomerduin festival, which was cancelled last July after a storm destroyed the site.

The platform must repay the full price, including its €14.50 booking fee per ticket, a total of some €2.1 million, within four weeks.

Ticketvlot had refused to pay after the festival's organiser went bankrupt in September, saying buyers should claim from the receiver. The case was brought by consumer foundation Kopersbelang, whose chair Ilse Brouwer called the ruling "a victory for every festival-goer".

Ticketvlot director Mark Olthof said the company would study the judgment. It has three months to appeal.`,
		"bw10fr.txt": `fr|Festival Zomerduin annulé : les acheteurs belges seront remboursés

Société

Publié le 15/03/2029 à 17h50

Le tribunal d'Amsterdam a condamné mercredi la plateforme de revente de billets Ticketvlot à rembourser quelque 12 400 acheteurs de billets du festival néerlandais Zomerduin, annulé en juillet 2028. Parmi eux figurent environ 1 900 Belges.

La plateforme devra rembourser le prix des billets ainsi que les frais de service de 14,50 euros par billet, soit au total quelque 2,1 millions d'euros, dans un délai de quatre semaines.

Le festival avait été annulé après qu'une tempête eut dévasté le site, et l'organisateur a fait faillite en septembre. Ticketvlot peut faire appel dans les trois mois.`,
	}, map[string][2]string{"bw10fr.txt": {"Wednesday", "Thursday"}}},
}
