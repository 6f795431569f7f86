package compare

// heldOutDawn are ten events written blind, on wording the comparison was
// never shaped on: seven hold one planted contradiction each, three hold
// none but carry traps that must not be flagged.
//
// First run (before any change made on it): 4 of 7 contradictions flagged,
// 0 false disagreements. Missed: the software deal's price in the Spanish
// report (410 millones, the target's revenue, against €640 million) was
// joined with the revenue row ("d'affaires · €410 million": d2es.txt=410
// millones de euros); the English tunnel closure's 12 weeks stood in a row
// of its own ("closure · 12 weeks") beside the German "14 weeks"; the Dutch
// "Het verbod gaat in op 3 juli" stood alone ("gaat · 3 July") beside
// "centre · 3 June". False: none (the blackout's night from Friday to
// Saturday, six hours and 40 minutes against nearly seven, "bijna 2,5
// miljard" against 2,47 and "plus de 14 000" against 14.300 all agreed or
// stayed apart).
//
// Not fixed on its misses, but seen: a duration in two units is now one
// ("six hours and 40 minutes", from this set's log). Still 4/7, 0 false.
var heldOutDawn = []heldOutEvent{
	{"cycle-path", map[string]string{
		"d1nl.txt": `nl|Fietssnelweg tussen Harlinge en Dorvoort na vier jaar open

Regio | Verkeer

zaterdag 14 mei 2033, 16:40

Na vier jaar bouwen is zaterdag de fietssnelweg F62 tussen Harlinge en Dorvoort geopend. De route is 42 kilometer lang en kostte 31 miljoen euro, waarvan de provincie twee derde betaalde.

Het fietspad is over de hele lengte vier meter breed en heeft 1.900 lantaarnpalen met ledverlichting die alleen oplichten als er een fietser nadert. Onderweg zijn er drie nieuwe fietstunnels.

"Voor forenzen wordt de fiets nu echt een alternatief voor de auto," zei gedeputeerde Marieke van Doorn bij de opening. Volgens de provincie zullen dagelijks zo'n 6.500 fietsers van de route gebruikmaken.

Eerder dit jaar werd al een deel van 9 kilometer bij Dorvoort opengesteld.

Lees ook: Meer fietsers dan ooit op provinciale wegen`,
		"d1nl2.txt": `nl|Provincie opent fietssnelweg van 42 kilometer

Binnenland

HARLINGE (ANP) - Gedeputeerde Marieke van Doorn heeft zaterdag de fietssnelweg F62 geopend, die Harlinge over 42 kilometer met Dorvoort verbindt.

De bouw duurde vier jaar en kostte 31 miljoen euro. Het pad is vier meter breed en kruist via drie tunnels de provinciale wegen.

De provincie verwacht dat er per dag ongeveer 6500 fietsers over de route rijden.`,
		"d1de.txt": `de|Niederlande: Radschnellweg zwischen Harlinge und Dorvoort eröffnet

Panorama

14.05.2033

In den Niederlanden ist am Samstag ein neuer Radschnellweg zwischen den Städten Harlinge und Dorvoort eröffnet worden. Die Bauarbeiten dauerten vier Jahre.

Die Strecke ist 24 Kilometer lang und durchgehend vier Meter breit. Sie kostete 31 Millionen Euro; die Provinz trug zwei Drittel der Kosten.

Täglich sollen rund 6500 Radfahrer die Strecke nutzen, sagte die Provinzpolitikerin Marieke van Doorn bei der Eröffnung.`,
	}, map[string][2]string{"d1de.txt": {"24 km", "42 km"}}},
	{"software-deal", map[string]string{
		"d2en.txt": `en|Nordvik Systems to buy Spain's Calvera for €640 million

Business | Technology

March 9, 2033 · 11:02 AM

STOCKHOLM, March 9 (Reuters) - Swedish software maker Nordvik Systems said on Wednesday it had agreed to buy Spanish payroll software firm Calvera for €640 million in cash, its largest acquisition to date.

Calvera, founded in Valencia in 2011, had revenue of €410 million last year and employs about 2,300 people. Nordvik said the deal would add to its earnings per share from 2034.

"Calvera gives us the scale we lacked in southern Europe," chief executive Ingrid Sandvall told reporters.

Nordvik shares rose 4.2% in Stockholm. The deal is expected to close in the third quarter, subject to regulatory approval.

Reporting by Anna Lindqvist; Editing by Mark Potter`,
		"d2fr.txt": `fr|Le suédois Nordvik s'offre l'espagnol Calvera pour 640 millions d'euros

Économie

Publié le 09/03/2033 à 12h15

L'éditeur de logiciels suédois Nordvik Systems a annoncé mercredi le rachat de Calvera, spécialiste espagnol des logiciels de paie, pour 640 millions d'euros en numéraire.

Fondée à Valence en 2011, Calvera a réalisé l'an dernier un chiffre d'affaires de 410 millions d'euros et compte quelque 2 300 salariés.

« Calvera nous apporte la taille qui nous manquait en Europe du Sud », a déclaré la directrice générale de Nordvik, Ingrid Sandvall. L'opération doit être finalisée au troisième trimestre.`,
		"d2es.txt": `es|La sueca Nordvik compra la valenciana Calvera por 410 millones

Economía

Valencia, 9 mar (EFE).- La empresa sueca de software Nordvik Systems ha acordado la compra de la valenciana Calvera, especializada en programas de nóminas, por 410 millones de euros en efectivo, según ha informado este miércoles la compañía.

Calvera, fundada en Valencia en 2011, tiene unos 2.300 empleados.

La consejera delegada de Nordvik, Ingrid Sandvall, ha asegurado que Calvera le aporta "la escala que faltaba en el sur de Europa". La operación se cerrará previsiblemente en el tercer trimestre, a la espera de las autorizaciones.`,
		"d2pt.txt": `pt|Sueca Nordvik compra espanhola Calvera por 640 milhões de euros

Economia

09 mar 2033 - 13:30

A tecnológica sueca Nordvik Systems anunciou esta quarta-feira a compra da espanhola Calvera, especialista em software de processamento salarial, por 640 milhões de euros.

A Calvera faturou 410 milhões de euros no ano passado e emprega cerca de 2300 pessoas. As ações da Nordvik subiram 4,2% na bolsa de Estocolmo.

A conclusão do negócio está prevista para o terceiro trimestre.`,
	}, map[string][2]string{"d2es.txt": {"€410 million", "€640 million"}}},
	{"jobless-rate", map[string]string{
		"d3it.txt": `it|Alta Serva, la disoccupazione scende al 6,4%

Economia

27 aprile 2033

Nel primo trimestre il tasso di disoccupazione in Alta Serva è sceso al 6,4%, dal 7,1% di un anno prima. Lo ha comunicato mercoledì l'ufficio regionale di statistica.

Gli occupati sono 512.000, circa 9.000 in più rispetto al primo trimestre del 2032. Resta alta invece la disoccupazione giovanile, al 16,4%.

«È il dato più basso dal 2008», ha commentato l'assessore al Lavoro Paolo Ferrandi.`,
		"d3it2.txt": `it|Lavoro: in Alta Serva disoccupazione al 6,4% nel primo trimestre

(ANSA) - BORGOLANA, 27 APR - Il tasso di disoccupazione in Alta Serva è sceso al 6,4% nel primo trimestre, contro il 7,1% dello stesso periodo del 2032, secondo i dati diffusi oggi dall'ufficio statistico regionale.

Il numero degli occupati sale a 512 mila. La disoccupazione giovanile si attesta al 16,4%.

L'assessore regionale al Lavoro, Paolo Ferrandi, parla di «un risultato che non si vedeva dal 2008». (ANSA).`,
		"d3fr.txt": `fr|Italie : le chômage recule dans la région frontalière d'Alta Serva

Économie | Frontaliers

Mercredi 27 avril 2033

Bonne nouvelle pour le marché du travail de l'autre côté des Alpes : le chômage a nettement reculé au premier trimestre dans la région italienne d'Alta Serva, selon l'office régional de statistique.

Le taux de chômage y est tombé à 6,8 %, contre 7,1 % un an plus tôt. La région compte désormais 512 000 actifs occupés.

Le chômage des jeunes reste toutefois élevé, à 16,4 %. « C'est le niveau le plus bas depuis 2008 », s'est félicité Paolo Ferrandi, chargé de l'emploi à la région.`,
	}, map[string][2]string{"d3fr.txt": {"6.8%", "6.4%"}}},
	{"tunnel-closure", map[string]string{
		"d4de.txt": `de|Kalmbergtunnel wird 14 Wochen lang gesperrt

Salzburg | Verkehr

20. Jänner 2033, 17:45

Der Kalmbergtunnel auf der Tauernstraße B 99 wird ab 7. Februar für 14 Wochen komplett gesperrt. Das kündigte die Landesstraßenverwaltung am Donnerstag an. Der 3,2 Kilometer lange Tunnel aus dem Jahr 1975 wird um 48 Millionen Euro saniert.

Täglich fahren rund 28.000 Fahrzeuge durch den Tunnel. Die Umleitung über Sankt Veith verlängert die Fahrt um etwa 25 Minuten.

„Wir wissen, dass das für die Pendler hart wird", sagte Landesbaudirektor Georg Pichler. Die Arbeiten laufen rund um die Uhr in drei Schichten.`,
		"d4de2.txt": `de|Sanierung: Kalmbergtunnel ab Februar gesperrt

SALZBURG (APA) - Autofahrer auf der B 99 müssen sich auf lange Umwege einstellen: Der Kalmbergtunnel wird ab Montag, 7. Februar, für 14 Wochen gesperrt, teilte das Land Salzburg am Donnerstag mit.

Die Sanierung des 3,2 Kilometer langen Bauwerks kostet 48 Millionen Euro. Neben neuen Fluchtwegen werden Belüftung und Beleuchtung erneuert.

Pro Tag passieren derzeit etwa 28.000 Fahrzeuge den Tunnel. Die Wiedereröffnung ist für Mitte Mai geplant.`,
		"d4en.txt": `en|Austria's Kalmberg tunnel to close for repairs

Travel news

Published 20 January 2033

Drivers heading for the ski resorts south of Salzburg face long detours this spring: the Kalmberg tunnel on the B99 road will close from Monday 7 February for a full renovation, regional authorities said on Thursday.

The 3.2 km tunnel, which opened in 1975, will get new ventilation, lighting and emergency exits at a cost of €48 million.

The closure will last 12 weeks, with work continuing around the clock. The signposted detour via Sankt Veith adds about 25 minutes to the journey.

"We know this will be hard for commuters," said Georg Pichler, the region's director of roads.`,
	}, map[string][2]string{"d4en.txt": {"12 weeks", "14 weeks"}}},
	{"lost-hiker", map[string]string{
		"d5es.txt": `es|Hallan con vida a un senderista de 71 años tras cuatro días perdido en la sierra

Sucesos

Ourense, 10 sep 2033

Los equipos de rescate encontraron este sábado con vida a un senderista de 71 años que llevaba cuatro días desaparecido en la Serra do Lousedo, en la frontera entre Galicia y Portugal.

El hombre, vecino de Ourense, fue localizado por un dron de la Guardia Civil en un barranco a unos 900 metros de altitud, a 6 kilómetros del sendero que había tomado el martes. Estaba deshidratado pero consciente.

En la búsqueda participaron más de 120 personas, entre ellas voluntarios y agentes de la protección civil portuguesa. "Sobrevivió bebiendo agua de un arroyo", explicó el capitán Luis Otero.`,
		"d5pt.txt": `pt|Idoso espanhol de 77 anos encontrado com vida na Serra do Lousedo

País

10 set 2033 - 14:20

Um homem espanhol de 77 anos, desaparecido desde terça-feira na Serra do Lousedo, junto à fronteira com a Galiza, foi encontrado com vida este sábado, ao fim de quatro dias de buscas.

O caminhante foi detetado por um drone da Guardia Civil numa ravina, a cerca de 900 metros de altitude. Estava desidratado, mas consciente.

Nas buscas participaram mais de 120 pessoas, incluindo operacionais da Proteção Civil portuguesa.`,
		"d5en.txt": `en|Spanish hiker, 71, found alive after four days lost near Portuguese border

World | Europe

September 10, 2033

A 71-year-old hiker who had been missing for four days in the Lousedo hills on the Spanish-Portuguese border was found alive on Saturday, Spain's Guardia Civil said.

A police drone spotted the man, from the city of Ourense, in a ravine at about 900 metres, some 6 km from the trail he set out on on Tuesday. He was dehydrated but conscious.

More than 120 people took part in the search. "He survived by drinking water from a stream," said Captain Luis Otero.`,
	}, map[string][2]string{"d5pt.txt": {"77 years", "71 years"}}},
	{"car-free-centre", map[string]string{
		"d6it.txt": `it|Sorbiano, dal 3 giugno stop alle auto nel centro storico

Cronaca

9 marzo 2033

Dal 3 giugno le auto non potranno più entrare nel centro storico di Sorbiano. Lo ha deciso martedì sera il consiglio comunale, che ha approvato il provvedimento con 29 voti favorevoli e 11 contrari.

La nuova zona pedonale copre 1,4 chilometri quadrati. Ai varchi saranno installate 22 telecamere; potranno entrare solo residenti, mezzi di soccorso e fornitori dalle 6 alle 10.

«Restituiamo il centro ai cittadini», ha detto la sindaca Giulia Parisi. I commercianti temono un calo degli affari.`,
		"d6en.txt": `en|Italian city of Sorbiano bans cars from its historic centre

Europe

9 March 2033

SORBIANO, Italy — Cars will be banned from the medieval centre of Sorbiano from June 3 after the city council voted 29 to 11 in favour of the measure on Tuesday evening.

The car-free zone covers 140 hectares. Residents, emergency vehicles and delivery vans between 6 and 10 a.m. will be exempt, with 22 cameras monitoring the entrances.

"We are giving the centre back to its people," said mayor Giulia Parisi.`,
		"d6nl.txt": `nl|Italiaanse stad Sorbiano weert auto's uit oude centrum

Buitenland

woensdag 9 maart 2033

De gemeenteraad van het Italiaanse Sorbiano heeft dinsdagavond besloten auto's te weren uit de middeleeuwse binnenstad. Er stemden 29 raadsleden voor en 11 tegen.

Het autovrije gebied is 1,4 vierkante kilometer groot. Alleen bewoners, hulpdiensten en leveranciers tussen 6 en 10 uur mogen er nog in.

Het verbod gaat in op 3 juli. Bij de toegangspoorten komen 22 camera's.

Burgemeester Giulia Parisi sprak van "een centrum dat we teruggeven aan de inwoners".`,
	}, map[string][2]string{"d6nl.txt": {"3 July", "3 June"}}},
	{"cable-car", map[string]string{
		"d7fr.txt": `fr|Valais : 46 passagers bloqués cinq heures dans un téléphérique

Suisse

PRAZ-SORIN (ATS) - Quarante-six passagers sont restés bloqués vendredi pendant près de cinq heures dans deux cabines du téléphérique de Praz-Sorin, en Valais, après une panne technique, a indiqué la police cantonale.

Les cabines se trouvaient à environ 180 mètres au-dessus du sol. Les passagers, dont onze enfants, ont été évacués un à un par hélicoptère et à l'aide de cordes. Personne n'a été blessé.

« Un défaut du système de freinage est en cause », a expliqué le directeur des remontées mécaniques, Pierre-Alain Bonvin. L'installation restera fermée jusqu'à nouvel ordre.

Publié le 5 août 2033 à 21h10`,
		"d7de.txt": `de|Wallis: 46 Fahrgäste stundenlang in Seilbahn gefangen

Schweiz

05.08.2033

In Praz-Sorin im Kanton Wallis sind am Freitag 46 Fahrgäste fast fünf Stunden lang in zwei Kabinen einer Seilbahn festgesessen. Grund war eine technische Panne, wie die Kantonspolizei mitteilte.

Die Kabinen hingen rund 180 Meter über dem Boden. Die Eingeschlossenen, darunter elf Kinder, wurden per Helikopter und an Seilen geborgen. Verletzt wurde niemand.

Ursache sei ein Defekt an der Bremsanlage, sagte Bergbahnen-Direktor Pierre-Alain Bonvin.`,
		"d7it.txt": `it|Vallese, 56 passeggeri bloccati per ore in funivia

Esteri

5 agosto 2033

Paura venerdì in Vallese, dove 56 passeggeri sono rimasti bloccati per quasi cinque ore a bordo di due cabine della funivia di Praz-Sorin a causa di un guasto tecnico.

Le cabine erano sospese a circa 180 metri d'altezza. Tutti i passeggeri, tra cui undici bambini, sono stati evacuati con l'elicottero e con le corde. Nessun ferito.

Secondo il direttore degli impianti, Pierre-Alain Bonvin, il guasto ha riguardato l'impianto frenante.`,
		"d7en.txt": `en|Dozens stranded for hours in Swiss cable car

World

August 5, 2033

Forty-six people were trapped for nearly five hours on Friday when a cable car broke down in the Swiss resort of Praz-Sorin, police in the canton of Valais said.

The two cabins were hanging about 180 metres (590 feet) above the ground. Rescuers lowered the passengers, including 11 children, on ropes or lifted them out by helicopter. No one was hurt.

Pierre-Alain Bonvin, director of the lift company, blamed a fault in the braking system.`,
	}, map[string][2]string{"d7it.txt": {"56", "46"}}},
	{"blackout", map[string]string{
		"d8es.txt": `es|Un apagón deja sin luz a 120.000 hogares de Valderas durante casi siete horas

Sociedad

Valderas, 19 nov 2033

Un apagón dejó sin suministro eléctrico a unos 120.000 hogares de Valderas en la noche del viernes al sábado. El corte comenzó a las 23.40 horas del viernes y la luz no volvió del todo hasta las 6.20 del sábado.

Según la compañía distribuidora, la avería se produjo en una subestación del norte de la ciudad. "Un transformador falló y arrastró a otros dos", explicó su portavoz, Carmen Ibarra.

Es el mayor apagón en la ciudad desde 2029, cuando un corte afectó a 40.000 hogares.`,
		"d8en.txt": `en|Power cut plunges Spanish city of Valderas into darkness

Europe

19 November 2033

About 280,000 people in the Spanish city of Valderas were left without electricity overnight after a fault at a substation, the local grid operator said on Saturday.

The blackout began shortly before midnight on Friday and lasted six hours and 40 minutes, hitting some 120,000 homes. Traffic lights failed across the city and dozens of people had to be freed from lifts.

"One transformer failed and took two others down with it," said Carmen Ibarra, a spokeswoman for the operator. It was the city's worst outage since 2029, when 40,000 homes lost power.`,
		"d8nl.txt": `nl|Stroomstoring legt Spaanse stad Valderas urenlang plat

Buitenland

zaterdag 19 november 2033

In de Spaanse stad Valderas hebben in de nacht van vrijdag op zaterdag ongeveer 120.000 huishoudens bijna zeven uur zonder stroom gezeten. Oorzaak was een defect in een onderstation.

Een woordvoerster van de netbeheerder, Carmen Ibarra, zei dat één transformator uitviel en twee andere meesleepte. Het was de grootste storing in de stad sinds 2029.`,
		"d8pt.txt": `pt|Apagão deixa 280 mil pessoas sem luz em Valderas

Mundo

19 nov 2033 - 11:05

Cerca de 280 mil habitantes da cidade espanhola de Valderas ficaram sem eletricidade durante a madrugada de sábado, devido a uma avaria numa subestação.

O corte, que afetou cerca de 120 mil casas, durou quase sete horas. Em 2029, uma falha semelhante tinha deixado 40 mil casas às escuras.

"Um transformador falhou e arrastou outros dois", disse Carmen Ibarra, porta-voz da distribuidora.`,
	}, nil},
	{"elephant-calf", map[string]string{
		"d9de.txt": `de|Elefantenbaby im Tierpark Lindenau geboren

Lokales

Lindenau, 09.10.2033

Im Tierpark Lindenau ist am Samstagmorgen ein Elefantenbaby zur Welt gekommen. Das Bullenkalb wog bei der Geburt 112 Kilogramm und ist 95 Zentimeter groß.

Mutter Kala ist 23 Jahre alt, Vater Bongo 31. Es ist die erste Elefantengeburt im Tierpark seit 14 Jahren; die Herde zählt nun sieben Tiere.

„Mutter und Kind sind wohlauf, das Kleine trinkt schon kräftig", sagte Revierleiterin Anja Brenner. Besucher können das Jungtier voraussichtlich ab nächster Woche sehen. Der Tierpark zählt jährlich rund 1,2 Millionen Gäste.`,
		"d9en.txt": `en|Baby elephant born at German zoo

Odd news

October 9, 2033

A male elephant calf was born on Saturday morning at Lindenau Zoo in eastern Germany, the first elephant birth there in 14 years.

The calf weighed 112 kg (nearly 250 lb) and stands 95 cm tall. His mother, Kala, is 23; his father, Bongo, 31. The zoo's herd now numbers seven.

"Mother and baby are doing well," said head keeper Anja Brenner. The zoo, which draws about 3,300 visitors a day, expects to show the calf to the public next week.`,
		"d9fr.txt": `fr|Allemagne : naissance d'un éléphanteau au zoo de Lindenau

Insolite

Publié le 09/10/2033

Un éléphanteau mâle de 112 kilos est né samedi matin au zoo de Lindenau, dans l'est de l'Allemagne. C'est la première naissance d'un éléphant dans ce parc depuis quatorze ans.

Sa mère, Kala, a 23 ans. Le petit mesure 95 centimètres au garrot.

« La mère et le petit se portent bien », a assuré Anja Brenner, responsable des soigneurs. Le zoo, qui accueille 1,2 million de visiteurs par an, compte désormais sept éléphants.`,
		"d9it.txt": `it|Germania, nato un elefantino allo zoo di Lindenau

Animali

9 ottobre 2033

È nato sabato mattina allo zoo di Lindenau, in Germania, un elefantino maschio di 112 chili. È il primo parto di un elefante nello zoo da 14 anni.

La madre Kala ha 23 anni, il padre Bongo 31. Con il piccolo il branco sale a sette esemplari.

«Mamma e cucciolo stanno bene», ha detto la capo guardiana Anja Brenner.`,
	}, nil},
	{"bakery-results", map[string]string{
		"d10de.txt": `de|Kornhaus steigert Gewinn um acht Prozent

Wirtschaft

KÖLN (dpa) - Die Bäckereikette Kornhaus hat 2032 dank höherer Preise und neuer Filialen mehr verdient. Der Überschuss stieg um 8 Prozent auf 212 Millionen Euro, wie das Unternehmen am Mittwoch in Köln mitteilte. Der Umsatz wuchs um 6 Prozent auf 2,47 Milliarden Euro.

Kornhaus betreibt 1860 Filialen in fünf Ländern und beschäftigt 14.300 Menschen. Im laufenden Jahr sollen 120 neue Geschäfte hinzukommen.

Die Aktionäre sollen eine Dividende von 1,40 Euro je Aktie erhalten, nach 1,25 Euro im Vorjahr. „Brot bleibt ein krisenfestes Geschäft", sagte Vorstandschef Matthias Kehl.

16.02.2033 11:32`,
		"d10nl.txt": `nl|Duitse bakkersketen Kornhaus opent ook in Nederland meer winkels

Economie

woensdag 16 februari 2033

De Duitse bakkersketen Kornhaus heeft vorig jaar een omzet van bijna 2,5 miljard euro behaald. De nettowinst steeg met 16 miljoen euro naar 212 miljoen euro, maakte het bedrijf woensdag bekend.

Kornhaus telt ruim 1800 vestigingen in vijf landen, waarvan 140 in Nederland. Dit jaar komen er 120 winkels bij.

Topman Matthias Kehl sprak van ,,een crisisbestendig bedrijf''.`,
		"d10fr.txt": `fr|La chaîne de boulangeries Kornhaus affiche un bénéfice en hausse de 8 %

Économie | Entreprises

16/02/2033

Le groupe allemand de boulangerie Kornhaus a annoncé mercredi un bénéfice net de 212 millions d'euros pour 2032, en hausse de 8 %, contre 196 millions un an plus tôt.

Son chiffre d'affaires a progressé de 6 % à 2,47 milliards d'euros. Le groupe, qui emploie plus de 14 000 salariés, compte ouvrir 120 nouvelles boutiques cette année.

Le dividende passera de 1,25 à 1,40 euro par action, a précisé le président du directoire, Matthias Kehl.`,
		"d10es.txt": `es|La cadena alemana Kornhaus gana 212 millones, un 8 % más

Empresas

Berlín, 16 feb (EFE).- La cadena de panaderías alemana Kornhaus obtuvo en 2032 un beneficio neto de 212 millones de euros, un 8 % más que el año anterior, y elevó su facturación un 6 %, hasta 2.470 millones.

La empresa, con 1.860 tiendas y 14.300 empleados, prevé abrir 120 establecimientos más este año, y repartirá un dividendo de 1,40 euros por acción.

Su presidente ejecutivo, Matthias Kehl, aseguró que el pan "sigue siendo un negocio a prueba de crisis".`,
	}, nil},
}
