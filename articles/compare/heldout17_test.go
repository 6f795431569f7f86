package compare

// heldOutAutumn is a blind held-out set (Autumn), written without
// reading the fact extraction or comparison code. It is built to provoke
// false disagreements: five events hold no contradiction but are packed
// with rounding and hedges ("nearly 2,000" / "1.950" / "près de 2 000"),
// different figures in the same sentence shape (dead vs injured, this
// year vs last, "up from 4.1%", "de 4,1% para 4,5%"), parts of totals
// ("600 of the 12,000 works", "twelve of the 40 flats"), rates against
// totals ("€1.2 million a season" / "2,4 millones en total"), roles by
// synonym or translation, ages as "(51)", "51-year-old", "de 46 años",
// converted units (feet/metres, °F/°C, miles/km), weekdays and times of
// day for different things, and dates of earlier related events. Three
// events hold one planted contradiction each: an age (third paragraph),
// an amount (first paragraph and headline) and a weekday (third
// paragraph).
//
// First run (before any change made on it): 3 of 3 contradictions
// flagged, 3 false disagreements (the test fails: more than 1). Missed:
// none. False:
//
//	paint-plant-fire: false disagreement date "nuit": a1de: Mittwoch; a1en, a1fr, a1nl: Tuesday
//	social-housing-block: false disagreement amount "average": a2en, a2es, a2it: €780; a2pt: 450 euros
//	rate-rise: false disagreement percent "contre": a3de, a3fr: 5,8 Prozent; a3en: 4.1%
//
// That is: "in der Nacht zum Mittwoch" (the night before Wednesday, i.e.
// Tuesday night) set against "late on Tuesday"; the capped rent (450)
// set against the neighbourhood average (780) in the Portuguese report;
// and July's inflation (5.8%) set against the previous interest rate
// ("up from 4.1%").
//
// The housing flag had already gone on the code it was merged into (a
// source whose paragraph also writes the others' figure is not at odds
// with them): 3/3, 2 false there. Fixed after, so the set is held out no
// longer: a night is read at the day it ends on and agrees with that day
// and the evening before; "up from 4.1%" is a previous value. Now 3/3, 0
// false.
var heldOutAutumn = []heldOutEvent{
	{"paint-plant-fire", map[string]string{
		"a1en.txt": `en|Two dead after fire at paint factory in Dutch border town

World | Europe

11 September 2030, 14:05 BST

Two workers were killed and 14 others injured when fire tore through a paint factory in the Dutch town of Krelingen late on Tuesday, forcing nearly 2,000 residents from their homes, local authorities said.

The blaze broke out at about 11.40pm in a storage hall of the Veldhuis Coatings plant and was brought under control shortly after 6am on Wednesday. Some 120 firefighters, including crews from across the German border, fought the flames.

A plume of black smoke stretched almost two miles over the town, and people were told to keep their windows shut.

"This is the darkest day in the history of our company," said Anna Veldkamp, 51, the plant's director. Veldkamp said the factory, which employs 430 people, would remain closed until further notice.

It was the second fire at the plant in six years: in March 2024 a blaze in the same hall injured three workers.

Related: Chemical safety rules under review`,
		"a1nl.txt": `nl|Twee doden bij brand in verffabriek Krelingen

Binnenland

11 september 2030, 08:47

Bij een grote brand in de verffabriek van Veldhuis Coatings in Krelingen zijn dinsdagavond twee medewerkers om het leven gekomen. Veertien mensen raakten gewond. Uit voorzorg werden 1.950 bewoners geëvacueerd.

De brand brak rond 23.40 uur uit in een opslaghal. Ongeveer 120 brandweerlieden, onder wie ploegen uit Duitsland, bestreden het vuur. Woensdagochtend even na 6.00 uur was de brand onder controle.

Directeur Anna Veldkamp (51) sprak van „de zwartste dag in de geschiedenis van ons bedrijf". De fabriek, waar 430 mensen werken, blijft voorlopig dicht.

In maart 2024 raakten bij een brand in dezelfde hal drie werknemers gewond.

Lees ook: Rookwolk boven Krelingen: wat u moet weten`,
		"a1de.txt": `de|Großbrand in niederländischer Lackfabrik: zwei Tote

Panorama

Krelingen, 11.09.2030

Bei einem Großbrand in einer Lackfabrik im niederländischen Krelingen, wenige Kilometer von der deutschen Grenze entfernt, sind in der Nacht zum Mittwoch zwei Arbeiter ums Leben gekommen. 14 Menschen wurden verletzt, knapp 2.000 Anwohner mussten ihre Häuser verlassen.

Das Feuer war gegen 23.40 Uhr in einer Lagerhalle des Herstellers Veldhuis Coatings ausgebrochen. Rund 120 Feuerwehrleute waren im Einsatz, darunter auch Kräfte aus dem Kreis Borken. Am Mittwochmorgen gegen 6 Uhr hatten sie den Brand unter Kontrolle.

Die Rauchwolke war rund drei Kilometer lang. Die Werksleiterin Anna Veldkamp (51) sagte, das Werk mit 430 Beschäftigten bleibe bis auf Weiteres geschlossen.

Bereits im März 2024 hatte es in derselben Halle gebrannt; damals wurden drei Arbeiter verletzt.`,
		"a1fr.txt": `fr|Pays-Bas : deux morts dans l'incendie d'une usine de peinture

International

Publié le 11/09/2030 à 12h30

Deux ouvriers ont trouvé la mort et quatorze personnes ont été blessées dans l'incendie d'une usine de peinture à Krelingen, aux Pays-Bas, dans la nuit de mardi à mercredi. Près de 2 000 habitants ont été évacués.

Le feu s'est déclaré vers 23 h 40 dans un entrepôt du fabricant Veldhuis Coatings. Quelque 120 pompiers, dont des renforts venus d'Allemagne, ont été mobilisés. L'incendie a été maîtrisé mercredi peu après 6 heures.

« C'est le jour le plus sombre de l'histoire de notre entreprise », a déclaré la directrice du site, Anna Veldkamp, âgée de 51 ans. L'usine, qui emploie 430 salariés, restera fermée jusqu'à nouvel ordre.

En mars 2024, un incendie dans le même entrepôt avait déjà fait trois blessés.`,
	}, nil},
	{"social-housing-block", map[string]string{
		"a2es.txt": `es|Torrevalle compra un edificio entero para alquiler social

Local | Vivienda

Torrevalle, 17 sep 2030 - 09:30

El Ayuntamiento de Torrevalle anunció este lunes la compra de un edificio de 40 viviendas en el barrio de San Telmo por 9,6 millones de euros para destinarlo al alquiler social. Doce de los 40 pisos están vacíos desde hace más de un año.

La teniente de alcalde de Vivienda, Lucía Arenal, de 46 años, explicó que los alquileres se limitarán a 450 euros al mes, frente a los 780 euros de media que se pagan hoy en el barrio. El mantenimiento costará unos 300.000 euros al año.

El pleno municipal votará la operación el jueves. "Es la mayor compra de vivienda de la historia de la ciudad", dijo Arenal.

En 2027 el Ayuntamiento ya adquirió otro bloque, de 28 viviendas, en el barrio de La Noria.

Lea también: El precio del alquiler sube un 11% en un año`,
		"a2en.txt": `en|Spanish city buys whole block of flats to rent at capped prices

Europe | Housing

17 September 2030

The Spanish city of Torrevalle is to buy a 40-flat apartment building in its San Telmo district for €9.6 million and let it as social housing, officials announced on Monday.

Twelve of the flats have stood empty for more than a year. Rents will be capped at €450 a month, against an average of €780 in the neighbourhood today, said Lucía Arenal, the deputy mayor in charge of housing.

Arenal, 46, said upkeep would cost around €300,000 a year. The city council is due to vote on the purchase on Thursday.

The city bought a first block, of 28 flats, in 2027.`,
		"a2it.txt": `it|Spagna, Torrevalle compra un intero palazzo per gli affitti sociali

Esteri

17 settembre 2030

Il Comune spagnolo di Torrevalle ha annunciato lunedì l'acquisto di un edificio di 40 appartamenti nel quartiere di San Telmo per quasi 10 milioni di euro, da destinare all'affitto sociale.

Dodici dei 40 alloggi sono vuoti da oltre un anno. Gli affitti saranno limitati a 450 euro al mese, contro una media di 780 euro nel quartiere, ha spiegato l'assessora alla Casa, Lucía Arenal (46 anni).

La manutenzione costerà circa 300 mila euro l'anno. Il consiglio comunale voterà giovedì.

Nel 2027 la città aveva già comprato un altro palazzo di 28 appartamenti.`,
		"a2pt.txt": `pt|Cidade espanhola compra prédio inteiro para arrendamento social

Mundo

17/09/2030 11:12

A câmara de Torrevalle, em Espanha, vai comprar por 9,6 milhões de euros um prédio com 40 apartamentos no bairro de San Telmo, que passarão a ter rendas sociais. O anúncio foi feito na segunda-feira.

Doze das 40 casas estão vazias há mais de um ano. As rendas ficarão limitadas a 450 euros por mês, quando a média no bairro é hoje de 780 euros, disse a vereadora da Habitação, Lucía Arenal, de 46 anos.

A manutenção custará cerca de 300 mil euros por ano. A assembleia municipal vota a compra na quinta-feira.`,
	}, nil},
	{"rate-rise", map[string]string{
		"a3en.txt": `en|Alvoria's central bank raises rates to 4.5% as inflation climbs

Business | Economy

26 September 2030, 07:15 GMT

The central bank of Alvoria raised its main interest rate to 4.5% on Wednesday, up from 4.1%, in a bid to slow inflation that reached 6.2% in August.

Five of the seven members of the monetary policy board voted for the increase; two wanted to hold rates. Inflation had been 5.8% in July, far above the bank's 2% target.

"We will do what it takes," said governor Marta Quintela, 58, who took office in 2027. The bank also cut its growth forecast for this year to 1.3%, from 1.9% in June.

The board next meets on 30 October.

Analysis: Why small economies are struggling with prices`,
		"a3pt.txt": `pt|Banco Central de Alvória sobe juros para 4,5%

Economia

25 set 2030 - 18:40

O Banco Central de Alvória decidiu esta quarta-feira subir a taxa de juro de referência de 4,1% para 4,5%, para travar a inflação, que chegou aos 6,2% em agosto.

A decisão foi tomada por cinco votos contra dois. Em julho, a inflação tinha sido de 5,8%, muito acima da meta de 2%.

"Faremos o que for preciso", afirmou a governadora, Marta Quintela, de 58 anos. O banco reviu em baixa a previsão de crescimento para este ano, de 1,9% para 1,3%.

A próxima reunião está marcada para 30 de outubro.`,
		"a3fr.txt": `fr|L'Alvorie relève son taux directeur à 4,5 %

Économie | Marchés

Publié le 26 septembre 2030 à 08h02

La banque centrale d'Alvorie a relevé mercredi son principal taux d'intérêt de 0,4 point, à 4,5 %, pour freiner une inflation qui a atteint 6,2 % sur un an en août, contre 5,8 % en juillet.

Cinq des sept membres du comité ont voté pour la hausse. La présidente de la banque centrale, Marta Quintela (58 ans), a promis de « faire le nécessaire » pour ramener l'inflation vers l'objectif de 2 %.

La banque prévoit désormais une croissance de 1,3 % cette année, contre 1,9 % prévu en juin. Prochaine réunion le 30 octobre.`,
		"a3de.txt": `de|Alvoria erhöht Leitzins auf 4,5 Prozent

Wirtschaft

26.09.2030

Die Zentralbank von Alvoria hat den Leitzins am Mittwoch von 4,1 auf 4,5 Prozent angehoben. Die Inflation war im August auf 6,2 Prozent gestiegen, nach 5,8 Prozent im Juli.

Fünf der sieben Mitglieder des geldpolitischen Rats stimmten für die Erhöhung. Notenbankchefin Marta Quintela, 58, kündigte an, alles Nötige zu tun, um die Teuerung wieder in Richtung des Ziels von zwei Prozent zu drücken.

Für dieses Jahr erwartet die Notenbank nur noch ein Wachstum von 1,3 Prozent statt der im Juni prognostizierten 1,9 Prozent.`,
	}, nil},
	{"coach-appointed", map[string]string{
		"a4nl.txt": `nl|Ravenstijn haalt Italiaan Lanzoni als nieuwe trainer

Sport | Eredivisie

1 oktober 2030, 13:22

FC Ravenstijn heeft Davide Lanzoni aangesteld als nieuwe hoofdtrainer. De Italiaan tekende dinsdag een contract tot juni 2032.

Lanzoni volgt Henk Dorrestein (61) op, die zondag werd ontslagen na de 5-0 nederlaag tegen SC Dommelen. Ravenstijn staat zestiende met zeven punten uit acht wedstrijden.

Lanzoni (57) trainde eerder clubs in Italië en Griekenland. „Ik ken de Nederlandse competitie goed", zei hij bij zijn presentatie. Zaterdag staat al zijn eerste wedstrijd op het programma, thuis tegen NEC Waalburg.

Technisch directeur Sander Kloos noemde Lanzoni „de juiste man op het juiste moment".`,
		"a4it.txt": `it|Lanzoni vola in Olanda: è il nuovo allenatore del Ravenstijn

Calcio | Estero

1 ottobre 2030

Davide Lanzoni, 54 anni, è il nuovo allenatore del Ravenstijn, club della massima serie olandese. Il tecnico ha firmato martedì un contratto fino a giugno 2032 da 1,2 milioni di euro a stagione.

Lanzoni prende il posto di Henk Dorrestein, 61 anni, esonerato domenica dopo la sconfitta per 5-0 contro il Dommelen. La squadra è sedicesima in classifica con sette punti in otto partite.

L'esordio sabato in casa contro il NEC Waalburg. "Conosco bene il campionato olandese", ha detto Lanzoni durante la presentazione.`,
		"a4en.txt": `en|Ravenstijn turn to Italian Lanzoni after Dorrestein sacking

Sport | Football

1 October 2030, 15:40 BST

Dutch top-flight strugglers FC Ravenstijn have appointed the Italian Davide Lanzoni as head coach on a deal until June 2032, two days after sacking Henk Dorrestein.

Dorrestein, 61, was dismissed on Sunday after a 5-0 thrashing by SC Dommelen left the club 16th of 18 with seven points from eight games.

The 54-year-old Lanzoni, who has coached in Italy and Greece, was presented to the media on Tuesday. Dutch media reported that he will earn around €1.2 million a season.

His first game in charge is at home to NEC Waalburg on Saturday.`,
		"a4es.txt": `es|El italiano Lanzoni, nuevo entrenador del Ravenstijn

Deportes | Fútbol internacional

1 oct 2030 (Agencia)

El FC Ravenstijn, de la primera división neerlandesa, presentó este martes al italiano Davide Lanzoni, de 54 años, como su nuevo técnico. Firmó un contrato de dos temporadas, hasta junio de 2032, por 2,4 millones de euros en total.

Lanzoni sustituye a Henk Dorrestein, de 61 años, destituido el domingo tras perder 5-0 ante el Dommelen. El equipo es decimosexto con siete puntos en ocho jornadas.

Debutará el sábado ante el NEC Waalburg.`,
	}, map[string][2]string{"a4nl.txt": {"57 years", "54 years"}}},
	{"climbers-rescued", map[string]string{
		"a5fr.txt": `fr|Valais : trois alpinistes secourus après 40 heures bloqués à 3900 mètres

Suisse | Valais

Sion, 5 octobre 2030

Trois alpinistes italiens, bloqués depuis mercredi après-midi sur l'arête nord du Piz Varnèr, à 3900 mètres d'altitude, ont été hélitreuillés vendredi vers 7 h 30, a indiqué la police cantonale.

Les trois hommes, âgés de 24, 27 et 31 ans, avaient passé deux nuits dans une crevasse par des températures de -15 °C. Deux d'entre eux, souffrant de gelures, ont été transportés à l'hôpital de Sion. Le troisième est indemne.

Deux hélicoptères et une douzaine de sauveteurs ont participé à l'opération, retardée jeudi par le vent. En août 2028, deux alpinistes avaient trouvé la mort sur la même arête.`,
		"a5it.txt": `it|Salvati in Svizzera tre alpinisti torinesi bloccati a 3.900 metri

Cronaca

5 ottobre 2030, ore 10:15

Sono stati recuperati venerdì mattina alle 7.30 i tre alpinisti torinesi rimasti bloccati per circa 40 ore sulla cresta nord del Piz Varnèr, nel Vallese, a 3.900 metri di quota.

I tre, di 24, 27 e 31 anni, avevano trascorso due notti al riparo in un crepaccio, con temperature fino a 15 gradi sotto zero. Due di loro sono ricoverati all'ospedale di Sion per congelamenti, il terzo sta bene.

Le operazioni, sospese giovedì a causa del vento, hanno impegnato due elicotteri e 12 soccorritori.`,
		"a5de.txt": `de|Drei Bergsteiger nach zwei Nächten am Piz Varnèr gerettet

Schweiz

05.10.2030

Drei italienische Alpinisten sind am Freitagmorgen um 7.30 Uhr vom Nordgrat des Piz Varnèr im Wallis geborgen worden. Sie hatten seit Mittwochnachmittag auf 3900 Metern über Meer festgesessen.

Die Männer im Alter von 24, 27 und 31 Jahren verbrachten zwei Nächte bei minus 15 Grad in einer Gletscherspalte. Zwei von ihnen erlitten Erfrierungen und wurden ins Spital Sitten gebracht.

Eine erste Rettungsaktion am Donnerstag musste wegen starken Windes abgebrochen werden, wie die Kantonspolizei mitteilte.`,
		"a5en.txt": `en|Three Italian climbers rescued after two nights on Swiss peak

World | Europe

5 October 2030

Three Italian climbers stranded for 40 hours at about 12,800 feet on the Piz Varnèr in the Swiss Alps were winched to safety by helicopter at 7.30am on Friday, police in the canton of Valais said.

The men, aged 24, 27 and 31, had sheltered in a crevasse for two nights as temperatures dropped to 5F (-15C). Two were treated in hospital in Sion for frostbite.

A first rescue attempt on Thursday was called off because of high winds. Two climbers died on the same ridge in August 2028.`,
	}, nil},
	{"museum-reopens", map[string]string{
		"a6nl.txt": `nl|Museum Van Aerde in Marveld weer open na vier jaar verbouwing

Cultuur

13 oktober 2030, 17:05

Het Museum Van Aerde in Marveld heeft zaterdag na vier jaar verbouwing de deuren weer geopend. Op de eerste dag kwamen 2.340 bezoekers.

De renovatie kostte 48 miljoen euro, waarvan 30 miljoen werd betaald door de Vlaamse regering. De nieuwe vleugel is 3.500 vierkante meter groot. Minister van Cultuur Jan Deckers opende het museum vrijdagavond officieel.

„We tonen nu 600 van de 12.000 werken uit onze collectie", zei directeur Els Verhoeven (49). De vorige grote verbouwing dateert van 1987.

Het museum is open van 10 tot 18 uur, behalve op maandag. Een ticket kost 16 euro.

Praktisch: tickets via de website van het museum`,
		"a6en.txt": `en|Flemish museum reopens after four-year, €48m makeover

Culture | Art

13 October 2030

More than 2,300 people visited the Museum Van Aerde in the Belgian city of Marveld on Saturday as it reopened after a four-year renovation costing €48 million.

The Flemish government paid €30 million of the bill. The museum now shows 600 of the 12,000 works in its collection in galleries that include a new 3,500 sq m wing.

"People have waited a long time," said its director, Els Verhoeven, 49. Culture minister Jan Deckers had formally opened the building on Friday evening. It was last renovated in 1987.

Tickets cost €16.`,
		"a6fr.txt": `fr|Le musée Van Aerde de Marveld rouvre ses portes

Culture | Expositions

Publié le 13/10/2030 à 09h00

Après quatre ans de travaux, le musée Van Aerde de Marveld, en Flandre, a rouvert samedi. Plus de 2 300 visiteurs s'y sont pressés le premier jour.

La rénovation a coûté 48 millions d'euros, dont 30 millions financés par le gouvernement flamand. L'établissement expose désormais 600 des 12 000 œuvres de sa collection, dont une partie dans une nouvelle aile de 3 500 m².

« Le public a attendu longtemps », s'est réjouie la directrice, Els Verhoeven, 49 ans. Le musée est ouvert de 10 h à 18 h, sauf le lundi.`,
		"a6it.txt": `it|Belgio, riapre il museo Van Aerde dopo quattro anni

Cultura

13 ottobre 2030

Oltre 2.300 visitatori sabato per la riapertura del museo Van Aerde di Marveld, nelle Fiandre, chiuso da quattro anni per lavori costati 48 milioni di euro.

La direttrice Els Verhoeven, 49 anni, ha spiegato che il museo espone ora 600 opere delle 12.000 della collezione. L'inaugurazione ufficiale, con il ministro della Cultura fiammingo Jan Deckers, si era svolta venerdì sera.

Il biglietto costa 16 euro.`,
	}, nil},
	{"battery-centre", map[string]string{
		"a7it.txt": `it|Batterie, a Lanzara un centro di ricerca da 32 milioni

Economia | Innovazione

17 ottobre 2030

Sorgerà a Lanzara, in provincia di Novara, un nuovo centro europeo di ricerca sulle batterie: l'Unione europea ha stanziato mercoledì 32 milioni di euro per il progetto.

Il centro, che aprirà nel 2032 su un'area di 24.000 metri quadrati, darà lavoro a 150 ricercatori, destinati a salire a 200 entro il 2034. La Regione Piemonte coprirà i costi di gestione, circa 3 milioni di euro l'anno.

"È un riconoscimento per tutto il territorio", ha detto la direttrice scientifica, Chiara Benedetti, 52 anni.`,
		"a7en.txt": `en|EU backs €32m battery research centre in northern Italy

Business | Technology

17 October 2030, 11:30 BST

The European Union on Wednesday awarded €32 million to build a battery research centre in Lanzara, in Italy's Piedmont region, officials said.

The centre, due to open in 2032, will employ 150 researchers at first and up to 200 by 2034. The regional government will meet running costs of about €3 million a year.

"This puts Lanzara on the map," said Chiara Benedetti, the centre's scientific director. Benedetti, 52, previously led a materials laboratory in Turin.`,
		"a7de.txt": `de|EU fördert Batterieforschung im Piemont mit 38 Millionen Euro

Wirtschaft

Brüssel, 17.10.2030

Die Europäische Union unterstützt den Bau eines Batterieforschungszentrums im norditalienischen Lanzara mit 38 Millionen Euro. Die Entscheidung fiel am Mittwoch.

Das Zentrum soll 2032 auf einem 24.000 Quadratmeter großen Gelände öffnen und zunächst 150 Forscher beschäftigen, bis 2034 bis zu 200. Die Betriebskosten von rund drei Millionen Euro jährlich übernimmt die Region Piemont.

Wissenschaftliche Leiterin wird die 52-jährige Chiara Benedetti.`,
		"a7pt.txt": `pt|UE financia centro de investigação em baterias em Itália

Economia

17/10/2030 - 14:02

A União Europeia aprovou na quarta-feira um financiamento de 32 milhões de euros para um centro de investigação em baterias em Lanzara, no norte de Itália.

O centro deverá abrir em 2032 e empregar 150 investigadores, número que poderá chegar aos 200 até 2034. A região do Piemonte vai suportar os custos de funcionamento, de cerca de 3 milhões de euros por ano.

A diretora científica, Chiara Benedetti, de 52 anos, falou de "um dia histórico".`,
	}, map[string][2]string{"a7de.txt": {"€38 million", "€32 million"}}},
	{"tyre-plant-closure", map[string]string{
		"a8fr.txt": `fr|Marbon va fermer son usine de pneus de Sainte-Aurèle : 640 emplois menacés

Économie | Industrie

Publié le 23 octobre 2030 à 07h45

Le fabricant de pneumatiques Marbon a annoncé mardi la fermeture de son usine de Sainte-Aurèle, dans la Loire, d'ici à la fin de 2031. Les 640 salariés du site sont concernés.

Ouverte en 1971, l'usine produit environ 9 000 pneus par jour. La direction invoque la concurrence asiatique et une baisse de 30 % des commandes en deux ans.

Les syndicats appellent à la grève jeudi et doivent rencontrer la direction lundi. « C'est un coup de massue pour toute la vallée », a réagi la maire, Claire Dumesnil, 63 ans.

La moyenne d'âge des salariés est de 47 ans.

À lire aussi : Le secteur automobile en crise`,
		"a8en.txt": `en|French tyre plant to close with loss of 640 jobs

Business

23 October 2030

Tyre maker Marbon said on Tuesday it would shut its factory in Sainte-Aurèle, central France, by the end of 2031, putting all 640 jobs at risk.

The plant, which opened in 1971, makes around 9,000 tyres a day. The company blamed Asian competition and a 30% fall in orders over two years.

Unions have called a strike for Thursday and will meet management on Monday. Mayor Claire Dumesnil, 63, called the closure "a hammer blow for the whole valley".`,
		"a8es.txt": `es|Marbon cerrará su fábrica de neumáticos en Francia

Economía

París, 23 oct 2030 (Agencia)

El fabricante de neumáticos Marbon anunció el martes el cierre de su planta de Sainte-Aurèle, en el centro de Francia, antes de finales de 2031, lo que afectará a sus 640 empleados.

La fábrica, abierta en 1971, produce unos 9.000 neumáticos al día. La empresa atribuye la decisión a la competencia asiática y a una caída del 30% de los pedidos en dos años.

Los sindicatos han convocado una huelga para el viernes y se reunirán con la dirección el lunes. La alcaldesa, Claire Dumesnil, de 63 años, habló de "un mazazo para todo el valle".`,
		"a8de.txt": `de|Reifenhersteller Marbon schließt Werk in Frankreich

Wirtschaft

23.10.2030

Der französische Reifenhersteller Marbon will sein Werk in Sainte-Aurèle bis Ende 2031 schließen. Das kündigte das Unternehmen am Dienstag an. Betroffen sind 640 Beschäftigte.

Das 1971 eröffnete Werk produziert täglich rund 9000 Reifen. Als Gründe nannte Marbon die Konkurrenz aus Asien und einen Auftragsrückgang um 30 Prozent binnen zwei Jahren.

Die Gewerkschaften rufen für Donnerstag zum Streik auf. Bürgermeisterin Claire Dumesnil (63) sprach von einem „Keulenschlag für das ganze Tal".`,
	}, map[string][2]string{"a8es.txt": {"Friday", "Thursday"}}},
}
