package compare

// heldOutDrizzle are nine events written blind, as scrapers store real
// pages with their furniture, in seven languages; six hold one planted
// contradiction each and three hold none. Their first run, blind, flagged
// 4 of the 6 contradictions and nothing false (0 false disagreements):
//
//	bike-share: missed z1de.txt's 1,800 against 1,400
//	ultrarunner: missed z4fr.txt's 47 days against 41 days
//	held-out (Drizzle): 4/6 contradictions flagged, 0 false disagreements
//
// The German 1800 Elektrofahrräder stood as its own count row apart from
// the 1,400 electric bikes of the others, and the French 47 jours as its
// own duration apart from the 41 days.
//
// Not fixed on its misses (a count in German under another noun, 47 days
// in a report that gives two durations in days). Still 4/6, 0 false.
var heldOutDrizzle = []heldOutEvent{
	{"bike-share", map[string]string{
		"z1en.txt": `en|Kessmaar adds 1,400 e-bikes to its shared fleet

Home | News | Netherlands | Cities | Sport | Weather

CITY LIFE

By Anneke Vos, Kessmaar correspondent
9 June 2037, 11:42 CET
Updated 9 June 2037, 16:05 CET

Share on Facebook | Share on X | Email | Copy link

[Photo: A cyclist takes one of the new e-bikes from a dock on the Marktplein. Photo: Jeroen Bakels / Kessmaar Dagblad]

The Dutch city of Kessmaar on Tuesday added 1,400 electric bikes to its bike-sharing scheme, bringing the fleet to 3,900, the city council said.

The council is also building 85 new docking points, most of them in the eastern districts, at a cost of €6.5 million. A ride will still cost €1.20 for the first 30 minutes.

"People told us the bikes were always gone by eight in the morning," said alderman Pieter Hoogland. The scheme now has about 22,000 registered users, up from 15,000 a year ago.

The new bikes have a range of about 60 km on one charge.

Most read
1. Scooter firm pulls 600 e-scooters from Utrecht streets
2. Rents in Kessmaar up 7% in a year
3. Man, 84, completes his 50th Elfstedentocht ride

Sign up for our morning newsletter - the day's news in 5 minutes.

Kessmaar Post, Havenstraat 12, 8211 AB Kessmaar | Tel. +31 320 555 018 | © 2037`,
		"z1nl.txt": `nl|Kessmaar zet 1400 extra deelfietsen op straat

Nieuws | Regio | Economie | Sport | Cultuur

Stadsnieuws

Door Marloes de Wit
di 9 juni 2037, 10:15
Bijgewerkt: 9 juni 2037, 14:30

Delen: WhatsApp | Facebook | LinkedIn

De gemeente Kessmaar heeft dinsdag 1400 elektrische deelfietsen aan haar fietsdeelsysteem toegevoegd. Daarmee komt de vloot op 3900 fietsen.

Er komen ook 85 nieuwe stallingspunten, vooral in de oostelijke wijken. Die kosten samen 6,5 miljoen euro. Een rit blijft 1,20 euro kosten voor de eerste 30 minuten.

"Mensen klaagden dat de fietsen om acht uur 's ochtends al weg waren", zegt wethouder Pieter Hoogland. Het systeem telt nu zo'n 22.000 geregistreerde gebruikers, tegen 15.000 een jaar geleden.

De nieuwe fietsen rijden ongeveer 60 kilometer op een acculading.

Foto: wethouder Hoogland bij de eerste nieuwe fiets. (foto: Jeroen Bakels)

Meest gelezen
- Brand in loods aan de Ringweg: 3 gewonden
- Huurprijzen stijgen 7 procent
- Nieuwe fietsenstalling bij het centrum telt 2500 plekken

Schrijf je in voor onze nieuwsbrief

Kessmaar Dagblad - Havenstraat 12, Kessmaar - 0320 555 018`,
		"z1de.txt": `de|Niederländische Stadt Kessmaar setzt 1800 neue Leihräder ein

Startseite > Panorama > Verkehr

MOBILITÄT

Von Jan Hendriks
09.06.2037 - 13:20 Uhr
Aktualisiert: 09.06.2037 - 17:45 Uhr

Teilen: Facebook | X | E-Mail

Die niederländische Stadt Kessmaar hat am Dienstag 1800 Elektrofahrräder in ihr Leihradsystem aufgenommen. Die Flotte wächst damit auf 3900 Räder, teilte die Stadtverwaltung mit.

Zudem entstehen 85 neue Abstellstationen, vor allem in den östlichen Stadtteilen, für insgesamt 6,5 Millionen Euro. Eine Fahrt kostet weiterhin 1,20 Euro für die ersten 30 Minuten.

Das System hat inzwischen rund 22.000 registrierte Nutzer, vor einem Jahr waren es 15.000. Ein Akku reicht für etwa 60 Kilometer.

Bild: Neue E-Räder in Kessmaar (Foto: dpa/Bakels)

Meistgelesen
1. Münster: 900 neue Fahrradbügel in der Altstadt
2. Bahn erhöht Preise um 4 Prozent
3. 72-Jähriger radelt bis zum Nordkap

Newsletter abonnieren

Rheinische Abendpost GmbH, Domstraße 8, 50667 Köln, Telefon 0221 555 3100`,
	}, map[string][2]string{"z1de.txt": {"1,800", "1,400"}}},
	{"aquatic-centre", map[string]string{
		"z2it.txt": `it|Valmonte, via libera al nuovo centro natatorio da 34 milioni

Home | Cronaca | Politica | Sport | Meteo | Necrologie

CRONACA DI VALMONTE

di Giulia Ferraris
14 marzo 2037 - 12:08
Aggiornato il 14 marzo 2037 alle 18:40

Condividi su Facebook | WhatsApp | Telegram

Il consiglio comunale di Valmonte ha approvato sabato il progetto del nuovo centro natatorio, che costerà 34 milioni di euro e sostituirà la vecchia piscina comunale del 1968.

L'impianto avrà una vasca olimpionica da 50 metri con 10 corsie, una vasca per i tuffi e una tribuna da 1.200 posti. I lavori partiranno a settembre e l'apertura è prevista per il 2040.

"Da trent'anni aspettiamo una piscina degna di questo nome", ha detto il sindaco Lorenzo Bellini. Il progetto è stato approvato con 21 voti favorevoli e 4 contrari.

La Regione finanzierà 12 milioni, il resto arriverà da un mutuo.

Foto: il rendering del nuovo impianto (Studio Arcadia / Comune di Valmonte)

I più letti
1. Cuneo, il nuovo palaghiaccio costerà 18 milioni
2. Incidente sulla provinciale: due feriti
3. Valmonte, 300 alberi piantati nel parco del Rio

Iscriviti alla newsletter della Gazzetta di Valmonte

Gazzetta di Valmonte - Corso Vittorio 44, 12100 Valmonte (CN) - tel. 0171 555 220 - P.IVA 01234567890`,
		"z2pt.txt": `pt|Cidade italiana aprova piscina olímpica de 43 milhões de euros

Mundo | Europa | Desporto | Opinião

EUROPA

Por Rita Sampaio
14 de março de 2037, 15:27
Atualizado às 19:02

Partilhar: Facebook | X | WhatsApp

A câmara municipal de Valmonte, no norte de Itália, aprovou no sábado o projeto de um novo centro de natação, que vai custar 43 milhões de euros e substituir a antiga piscina municipal, construída em 1968.

O complexo terá uma piscina olímpica de 50 metros com 10 pistas, uma piscina de saltos e uma bancada com 1200 lugares. As obras começam em setembro e a abertura está prevista para 2040.

O presidente da câmara, Lorenzo Bellini, disse que a cidade esperava "há trinta anos" por uma piscina à altura. O projeto foi aprovado com 21 votos a favor e 4 contra. A região vai financiar 12 milhões.

Legenda: Imagem do futuro complexo. Foto: Studio Arcadia

Mais lidas
- Lisboa: nova piscina de Marvila custa 9 milhões
- Nadadora de 15 anos bate recorde nacional
- Preço das casas sobe 11% no Porto

Receba a nossa newsletter diária

Jornal do Atlântico, Rua do Ouro 120, 1100-063 Lisboa | Tel. 213 555 410`,
		"z2en.txt": `en|Italian town approves €34m aquatic centre

World | Europe | Sport | Travel

ITALY

Tom Hargreaves
Saturday 14 March 2037 16:50 GMT
Last modified on Saturday 14 March 2037 20:12 GMT

Share | Tweet | Email

Councillors in the northern Italian town of Valmonte have approved plans for a €34 million aquatic centre to replace a municipal pool that opened in 1968.

The centre will have a 50-metre Olympic pool with 10 lanes, a diving pool and a stand with 1,200 seats. Work is due to begin in September, with the opening planned for 2040.

Mayor Lorenzo Bellini said the town had been waiting "thirty years" for a proper pool. The plan passed by 21 votes to 4. The regional government will pay €12 million and the rest will come from a loan.

An artist's impression of the planned centre. Illustration: Studio Arcadia

Most viewed
Turin ice rink to cost €18m
Swimmer, 15, breaks Italian record
Alpine villages lose 20% of residents in a decade

Sign up to Europe Weekly

The Daily Courier, 1 Kings Place, London N1 9GU. Tel 020 7555 0199`,
	}, map[string][2]string{"z2pt.txt": {"€43 million", "€34 million"}}},
	{"second-hand-clothes", map[string]string{
		"z3es.txt": `es|El 38 % de los jóvenes compra ropa de segunda mano cada mes

Portada | Economía | Consumo | Tecnología | Vivienda

CONSUMO

Por Laura Medina
Madrid, 21 may 2037 - 09:30 CEST
Actualizado: 21 may 2037 - 13:12 CEST

Compartir en Facebook | Compartir en X | Enviar por correo

El 38 % de los jóvenes de entre 18 y 24 años compra ropa de segunda mano al menos una vez al mes, según una encuesta de la Asociación de Consumidores Alcor publicada este jueves. En 2034 la proporción era del 29 %.

El estudio, realizado a 2.400 personas, calcula que estos jóvenes gastan de media 27 euros al mes en ropa usada, sobre todo a través de aplicaciones.

"El precio es el primer motivo, pero el medio ambiente pesa cada vez más", explicó la portavoz de Alcor, Nuria Campos.

Entre los mayores de 65 años, solo el 6 % compra ropa usada.

Foto: Una tienda de ropa vintage en Lavapiés. (EFE / Carlos Ruiz)

Lo más leído
1. La fruta sube un 8 % en abril
2. El 45 % de los hogares no llega a fin de mes
3. Una app de moto compartida cierra tras 3 años

Suscríbete a nuestro boletín

Diario del Centro, S.L. - Calle de Alcalá 210, 28028 Madrid - Tel. 91 555 04 40`,
		"z3de.txt": `de|Umfrage: 36 Prozent der jungen Spanier kaufen Secondhand-Kleidung

Wirtschaft > Verbraucher > Mode

VERBRAUCHER

Von Katrin Seidel, Madrid
21. Mai 2037, 14:05 Uhr
Zuletzt aktualisiert: 21. Mai 2037, 16:40 Uhr

Artikel teilen | Drucken | Merken

In Spanien kaufen 36 Prozent der 18- bis 24-Jährigen mindestens einmal im Monat gebrauchte Kleidung. Das geht aus einer am Donnerstag veröffentlichten Umfrage der Verbraucherorganisation Alcor hervor. 2034 lag der Anteil noch bei 29 Prozent.

Befragt wurden 2400 Menschen. Im Schnitt geben die jungen Käufer demnach 27 Euro im Monat für Secondhand-Mode aus, meist über Apps.

Bei den über 65-Jährigen kaufen nur 6 Prozent gebrauchte Kleidung.

Bildunterschrift: Secondhand-Laden in Madrid. Foto: picture alliance / Ruiz

Meistgelesen
- Mieten in Berlin steigen um 9 Prozent
- Jeder dritte Deutsche spart bei Kleidung
- 26 Modeketten schließen Filialen

Jetzt den Wirtschafts-Newsletter bestellen

Frankfurter Tagesbote, Mainzer Landstraße 50, 60325 Frankfurt am Main, Tel. 069 555 7700`,
		"z3nl.txt": `nl|Spaanse jongeren massaal naar tweedehandskleding

Economie | Buitenland | Wonen

Consument

Door Sanne Visser
21 mei 2037, 15:22
Laatste update: 21 mei 2037, 18:01

Deel dit artikel: X | Facebook | Mail

In Spanje koopt 38 procent van de jongeren tussen 18 en 24 jaar minstens één keer per maand tweedehandskleding. Dat blijkt uit een donderdag gepubliceerde enquête van consumentenorganisatie Alcor onder 2400 mensen. In 2034 was dat nog 29 procent.

Jongeren geven gemiddeld 27 euro per maand uit aan gedragen kleding. Van de 65-plussers koopt 6 procent tweedehands.

Foto: Een vintagewinkel in Madrid. ANP / Carlos Ruiz

Meest gelezen
1. Kringloopwinkels zien omzet 12 procent stijgen
2. Treinkaartje 5 procent duurder
3. Webwinkel stopt na 20 jaar

Meld je aan voor de nieuwsbrief

De Dagkoerier, Postbus 1000, 1000 BA Amsterdam, tel. 020 555 1234`,
		"z3it.txt": `it|Spagna, il 38% dei giovani compra vestiti usati ogni mese

Economia | Esteri | Moda

CONSUMI

di Paolo Greco
21 maggio 2037 ore 16:10
Modificato il 21 maggio 2037 ore 17:55

Condividi | Stampa | Commenti (14)

In Spagna il 38% dei ragazzi tra i 18 e i 24 anni compra abiti di seconda mano almeno una volta al mese, secondo un sondaggio dell'associazione dei consumatori Alcor pubblicato giovedì. Nel 2034 la quota era del 29%.

L'indagine, condotta su 2.400 persone, stima una spesa media di 27 euro al mese. Tra gli over 65 la percentuale scende al 6%.

Foto: un negozio vintage a Madrid (Ansa / Carlos Ruiz)

I più letti
1. Mutui, tassi giù dello 0,5%
2. Il 60% degli italiani rinuncia alle vacanze
3. Saldi estivi dal 4 luglio

Iscriviti alla newsletter Economia

Il Corriere del Nord S.p.A. - Via Solferino 31, 20121 Milano - tel. 02 5550 1010`,
	}, map[string][2]string{"z3de.txt": {"36%", "38%"}}},
	{"ultrarunner", map[string]string{
		"z4it.txt": `it|Chiara Benvenuti ce l'ha fatta: l'Italia di corsa in 41 giorni

Sport | Atletica | Altri sport | Risultati

L'IMPRESA

di Marco Tassi
5 luglio 2037, 19:45
Aggiornato: 6 luglio 2037, 08:10

Condividi: Facebook | X | WhatsApp | Email

L'ultramaratoneta bergamasca Chiara Benvenuti, 36 anni, ha completato domenica la sua traversata a piedi dell'Italia: circa 2.900 chilometri da Punta Serrana, in Sicilia, al passo di Vallerotta, al confine con l'Austria, in 41 giorni.

Partita il 26 maggio, ha corso in media circa 70 chilometri al giorno, con un solo giorno di riposo a Napoli per un problema al tendine.

"Le ultime due settimane sono state le più dure, ma la gente lungo la strada mi ha spinto", ha detto all'arrivo. La corsa ha raccolto 180.000 euro per la ricerca sulle malattie rare.

Foto: Benvenuti all'arrivo al passo di Vallerotta (LaPresse / Ivo Rinaldi)

I più letti
1. Ciclista di 71 anni attraversa l'Europa in 19 giorni
2. Giro d'Italia, tappa di 210 km sulle Dolomiti
3. Mondiali di nuoto: 4 medaglie per gli azzurri

Ricevi ogni mattina la newsletter Sport

L'Eco di Bergamo Sera - Viale Papa Giovanni 22, 24121 Bergamo - tel. 035 555 480`,
		"z4fr.txt": `fr|Une Italienne traverse son pays en courant

Accueil | Sport | Athlétisme | Trail

ULTRA-TRAIL

Par Julien Marchand
Publié le 06/07/2037 à 10h05
Mis à jour le 06/07/2037 à 12h30

Partager sur Facebook | Partager sur X | Envoyer par e-mail

L'Italienne Chiara Benvenuti, 36 ans, a achevé dimanche sa traversée de l'Italie en courant : environ 2 900 kilomètres entre Punta Serrana, en Sicile, et le col de Vallerotta, à la frontière autrichienne, parcourus en 47 jours.

Partie le 26 mai, l'ultra-traileuse a couvert en moyenne quelque 70 kilomètres par jour, avec une seule journée de repos à Naples à cause d'une tendinite.

Son défi a permis de récolter 180 000 euros pour la recherche sur les maladies rares.

Photo : Chiara Benvenuti à l'arrivée. © LaPresse

Les plus lus
1. Un Breton de 68 ans boucle le tour de France à pied en 112 jours
2. Marathon de Lyon : 14 000 inscrits
3. Tour de France : l'étape de 198 km vers Morzine

Inscrivez-vous à notre newsletter Sports

Le Quotidien de l'Est - 8, rue de la Gare, 67000 Strasbourg - Tél. 03 88 55 50 00`,
		"z4en.txt": `en|Ultrarunner completes length of Italy on foot

Sport | Athletics | More sports

By Helen Price
Monday 6 July 2037 09:20 BST
Updated: 11:45 BST

Share this story: Facebook | X | WhatsApp

Italian ultrarunner Chiara Benvenuti, 36, has finished a run along the length of Italy, covering about 2,900 km from Punta Serrana in Sicily to the Vallerotta pass on the Austrian border in 41 days.

She set off on 26 May and averaged about 70 km a day, taking a single rest day in Naples because of a tendon problem. She reached the pass on Sunday afternoon.

The run raised €180,000 for research into rare diseases.

Image caption: Benvenuti at the finish. Photo: LaPresse

Most read
1. Cyclist, 71, crosses Europe in 19 days
2. Runner, 19, sets Welsh 10,000m record
3. Record 48,000 enter London's autumn half marathon

Get our sport newsletter

Northern Gazette Ltd, 14 Quay Street, Manchester M3 3HN. Tel: 0161 555 0142`,
	}, map[string][2]string{"z4fr.txt": {"47 days", "41 days"}}},
	{"piano-competition", map[string]string{
		"z5de.txt": `de|17-jähriger Portugiese gewinnt Lindenfelder Klavierwettbewerb

Startseite | Kultur | Musik | Bühne | Literatur

KLASSIK

Von Sabine Krämer
05.10.2037, 08:30 Uhr
Aktualisiert am 05.10.2037, 12:15 Uhr

Teilen | Twittern | Mailen | Drucken

Der 17 Jahre alte Portugiese Tomás Arruda hat den Internationalen Klavierwettbewerb Lindenfeld gewonnen. Die Jury sprach ihm am Sonntagabend nach dem Finale in der Stadthalle den ersten Preis zu, der mit 30.000 Euro dotiert ist.

Zweite wurde die 22-jährige Finnin Eva Kallio. Insgesamt hatten sich 46 Pianistinnen und Pianisten aus 19 Ländern beworben.

Arruda spielte im Finale das zweite Klavierkonzert von Rachmaninow. "Ich habe noch gar nicht realisiert, was passiert ist", sagte er.

Bild: Tomás Arruda beim Finale. Foto: Wettbewerb Lindenfeld / M. Albers

Meistgelesen
1. Stadthalle Lindenfeld: Sanierung kostet 14 Millionen
2. 12-jährige Geigerin begeistert in Wien
3. Kammerchor feiert 75. Jubiläum

Der Kultur-Newsletter – jeden Freitag in Ihrem Postfach

Lindenfelder Anzeiger, Marktplatz 3, 34117 Lindenfeld, Tel. 0561 555 2020`,
		"z5pt.txt": `pt|Pianista português de 17 anos vence concurso na Alemanha

Cultura | Música | Artes | Livros

MÚSICA

Por Joana Lacerda
5 de outubro de 2037, 10:12
Atualizado há 3 horas

Partilhar no Facebook | Partilhar no X | Enviar por email

O pianista português Tomás Arruda, de 17 anos, venceu no domingo o Concurso Internacional de Piano de Lindenfeld, na Alemanha, e recebe um prémio de 30 mil euros.

Em segundo lugar ficou a finlandesa Eva Kallio, de 22 anos. Concorreram 46 pianistas de 19 países.

Natural de Viseu, Arruda estuda no Conservatório do Porto desde os 9 anos. Na final tocou o Concerto n.º 2 de Rachmaninoff.

Legenda: Tomás Arruda na final. (Fotografia: M. Albers / Concurso de Lindenfeld)

Mais lidas
1. Orquestra de Viseu faz 40 anos
2. Fadista de 80 anos lança novo disco
3. Bilhetes para o concerto do Porto esgotam em 12 minutos

Subscreva a newsletter Cultura

Diário do Norte, Avenida da Boavista 1200, 4100-130 Porto | Tel. 22 555 0800`,
		"z5es.txt": `es|Un pianista portugués de 19 años gana el concurso de Lindenfeld

Cultura | Música | Cine | Libros

MÚSICA CLÁSICA

Por Elena Castro
Lunes, 5 de octubre de 2037, 11:40
Actualizado: 5 oct 2037, 14:02

Compartir: Facebook | X | WhatsApp

El pianista portugués Tomás Arruda, de 19 años, ganó el domingo el Concurso Internacional de Piano de Lindenfeld (Alemania), dotado con 30.000 euros.

La finlandesa Eva Kallio, de 22 años, quedó segunda. Se presentaron 46 pianistas de 19 países.

Arruda interpretó en la final el Concierto n.º 2 de Rachmaninov.

Foto: Arruda, durante la final. (EFE / M. Albers)

Lo más leído
1. La pianista de 11 años que asombra a Viena
2. El Teatro Real vende 90.000 entradas
3. Muere a los 88 años el director Julián Sanz

Recibe nuestro boletín cultural

La Voz del Sur, Avenida de la Constitución 15, 41001 Sevilla - Tel. 954 555 300`,
		"z5nl.txt": `nl|Portugese tiener wint pianoconcours in Duitsland

Cultuur | Muziek | Podium

Klassiek

Door Erik Jansen
5 oktober 2037, 13:05
Bijgewerkt 5 oktober 2037, 15:30

Delen via WhatsApp | Facebook | X

De 17-jarige Portugese pianist Tomás Arruda heeft zondag het Internationale Pianoconcours van Lindenfeld gewonnen. Hij krijgt 30.000 euro prijzengeld.

De Finse Eva Kallio (22) werd tweede. Er deden 46 pianisten uit 19 landen mee.

Foto: Tomás Arruda tijdens de finale. ANP / M. Albers

Meest gelezen
1. Concertgebouw verkoopt 20.000 abonnementen
2. Violist (14) wint Prinses Christina Concours
3. Koor bestaat 100 jaar

Ontvang onze cultuurnieuwsbrief

Het Utrechts Avondblad, Catharijnesingel 10, 3511 GB Utrecht, tel. 030 555 6600`,
	}, map[string][2]string{"z5es.txt": {"19 years", "17 years"}}},
	{"island-car-vote", map[string]string{
		"z6fr.txt": `fr|L'île d'Ormes votera le 26 septembre sur l'interdiction des voitures l'été

Accueil | Bretagne | Finistère | Faits divers | Sports | Météo

ÎLE D'ORMES

Par Gwenaëlle Le Bihan
Publié le 12 août 2037 à 07h15
Modifié le 12 août 2037 à 11h48

Partager : Facebook | X | WhatsApp | Copier le lien

Les habitants de l'île d'Ormes, au large du Finistère, se prononceront le samedi 26 septembre lors d'une consultation locale sur l'interdiction des voitures particulières pendant l'été, a annoncé mardi soir le conseil municipal.

Si le oui l'emporte, les voitures des non-résidents et des résidents seraient interdites du 1er juin au 30 septembre à partir de 2038, à l'exception des véhicules de secours et de livraison.

L'île compte 3 100 habitants à l'année, dont environ 2 400 électeurs inscrits, mais accueille près de 410 000 visiteurs par an. « En août, on ne peut plus circuler à vélo sur la route du port », explique le maire, Yann Le Goff.

Photo : Le port de l'île d'Ormes un jour d'août. © Erwan Quéré

Les plus lus
1. Brest : 2 800 places de parking supprimées d'ici 2040
2. Quimper : le marché du samedi déménage pour 6 mois
3. Un octogénaire sauvé de la noyade à Morgat

Recevez notre newsletter Bretagne chaque matin

Le Télégramme de l'Ouest - 7, voie d'Accès au Port, 29600 Morlaix - Tél. 02 98 55 50 00`,
		"z6en.txt": `en|French island to vote on summer car ban

News | World | Europe | Travel

By Claire Donnelly
12 August 2037, 14:30 BST
Updated 12 August 2037, 17:02 BST

Share: Facebook | X | Email

Residents of Ormes, an island off the coast of Brittany, will vote on Saturday 26 September on whether to ban private cars during the summer months.

If approved, cars would be banned from 1 June to 30 September from 2038, with exceptions for emergency and delivery vehicles.

The island has 3,100 permanent residents, about 2,400 of them registered to vote, but receives nearly 410,000 visitors a year. Mayor Yann Le Goff said that in August it was no longer possible to cycle safely on the harbour road.

[Caption: Ormes harbour in August. Photograph: Erwan Quéré]

Most read
1. Greek island caps cruise visitors at 8,000 a day
2. Tourist, 23, rescued from sea cave
3. Paris to close 100 streets to cars

Get the Travel Bulletin newsletter

The Morning Record, 60 Fleet Lane, London EC4A 2BE | 020 7555 0500`,
		"z6es.txt": `es|Una isla francesa votará si prohíbe los coches en verano

Internacional | Europa | Viajes

FRANCIA

Por Marta Ibáñez
París, 12 ago 2037 - 16:05 CEST
Actualizado: 12 ago 2037 - 19:30 CEST

Compartir en Facebook | X | Correo

Los vecinos de la isla de Ormes, frente a la costa de Bretaña, votarán el 29 de septiembre si prohíben los coches particulares durante el verano.

Si gana el sí, los coches quedarían prohibidos del 1 de junio al 30 de septiembre a partir de 2038, salvo los vehículos de emergencia y de reparto.

La isla tiene 3.100 habitantes, unos 2.400 de ellos con derecho a voto, y recibe cerca de 410.000 visitantes al año.

Foto: El puerto de Ormes. (AFP / Erwan Quéré)

Lo más leído
1. Ibiza limita a 20.000 los coches que entran en verano
2. Un turista de 70 años, rescatado en el Teide
3. Las reservas de hotel caen un 4 %

Suscríbete al boletín de Viajes

Diario del Centro, S.L. - Calle de Alcalá 210, 28028 Madrid - Tel. 91 555 04 40`,
		"z6it.txt": `it|Un'isola bretone vota sullo stop alle auto in estate

Esteri | Europa | Viaggi

FRANCIA

di Federica Galli
12 agosto 2037 - 17:20
Aggiornato alle 20:05

Condividi | Tweet | Email

Gli abitanti dell'isola di Ormes, al largo della Bretagna, voteranno sabato 26 settembre sul divieto delle auto private durante l'estate.

Se vincerà il sì, dal 2038 le auto saranno vietate dal 1° giugno al 30 settembre, esclusi i mezzi di soccorso e le consegne.

L'isola ha 3.100 residenti, circa 2.400 dei quali iscritti alle liste elettorali, ma riceve quasi 410.000 visitatori l'anno.

Foto: il porto di Ormes ad agosto (Afp / Erwan Quéré)

I più letti
1. Capri, ticket d'ingresso da 5 euro
2. Venezia, 30.000 turisti in un giorno
3. Sardegna, chiuse 12 spiagge

Iscriviti alla newsletter Viaggi

Il Corriere del Nord S.p.A. - Via Solferino 31, 20121 Milano - tel. 02 5550 1010`,
	}, map[string][2]string{"z6es.txt": {"29 September", "26 September"}}},
	{"city-marathon", map[string]string{
		"z7de.txt": `de|Teilnehmerrekord beim Brunstadt-Marathon – Kiprono siegt in 2:07:41

Startseite | Sport | Laufsport | Regionalsport | Ergebnisse

LAUFSPORT

Von Tobias Lenz
19.04.2037, 14:52 Uhr
Aktualisiert: 19.04.2037, 21:10 Uhr

Teilen: Facebook | X | WhatsApp | E-Mail

So viele Läuferinnen und Läufer wie nie zuvor haben am Sonntag den Brunstadt-Marathon beendet: 18.400 kamen ins Ziel am Schlossplatz, 2.100 mehr als im Vorjahr.

Bei den Männern siegte der Kenianer Joseph Kiprono in 2:07:41 Stunden, bei den Frauen die Äthiopierin Almaz Tesfaye in 2:24:05. Beide blieben unter dem Streckenrekord.

Bei 14 Grad und leichtem Wind waren die Bedingungen ideal. Die Sanitäter mussten drei Läufer ins Krankenhaus bringen, keiner wurde schwer verletzt.

Der 31 Jahre alte Kiprono sagte: "Die Strecke ist schnell, ich komme wieder."

Bild: Das Feld kurz nach dem Start an der Kaiserallee. Foto: Brunstädter Rundschau / Lea Ostermann (2037)

Meistgelesen
1. Halbmarathon in Dorfen: 12.000 Läufer am Start
2. Mieten in Brunstadt steigen um 6 Prozent
3. 85-Jährige läuft ihren 40. Marathon

Newsletter: Der Sport-Abend – jeden Tag um 20 Uhr

Brunstädter Rundschau, Bahnhofstraße 17, 38100 Brunstadt, Tel. 0531 555 4400, Leserservice 0800 555 4401`,
		"z7en.txt": `en|Kiprono wins Brunstadt marathon as record field finishes

Sport | Athletics | Results | Fixtures

By Daniel Okafor
Sunday 19 April 2037 15:40 BST
Updated Sunday 19 April 2037 18:22 BST

Share: Facebook | X | Email

Kenya's Joseph Kiprono won the Brunstadt marathon in Germany on Sunday in 2 hours 7 minutes 41 seconds, while Ethiopia's Almaz Tesfaye took the women's race in 2:24:05, both inside the course records.

A record 18,400 runners finished the race, organisers said, up by 2,100 on last year.

Conditions were close to perfect, with a temperature of 14C. Three runners were taken to hospital, none seriously hurt.

Kiprono, 31, said the course was "fast" and that he would be back.

Photo caption: Runners at the start on Kaiserallee. Photograph: Lea Ostermann

Most read
1. Record 52,000 apply for London marathon places
2. Sprinter, 19, runs 9.91 seconds
3. Boston marathon winner disqualified after 3 days

Sign up to the Running newsletter

The Daily Courier, 1 Kings Place, London N1 9GU. Tel 020 7555 0199`,
		"z7nl.txt": `nl|Recordaantal lopers in marathon van Brunstadt

Sport | Atletiek | Uitslagen

Hardlopen

Door Bram Peeters
zo 19 april 2037, 16:10
Bijgewerkt: zo 19 april 2037, 19:45

Delen: WhatsApp | Facebook | X

De Keniaan Joseph Kiprono heeft zondag de marathon van het Duitse Brunstadt gewonnen in 2:07.41. Bij de vrouwen won de Ethiopische Almaz Tesfaye in 2:24.05.

Ruim 18.000 lopers haalden de finish, een record.

Het was 14 graden met weinig wind. Drie lopers werden naar het ziekenhuis gebracht.

Kiprono (31) was blij: "Dit parcours is snel."

Foto: het deelnemersveld kort na de start. ANP / Lea Ostermann

Meest gelezen
1. Marathon Rotterdam trekt 17.500 deelnemers
2. Schaatser (24) stopt ermee
3. Halve marathon Egmond 3 weken uitgesteld

Meld je aan voor de sportnieuwsbrief

Sportkrant Zuid, Stationsweg 5, 5611 Eindhoven, tel. 040 555 9900`,
	}, nil},
	{"rural-fibre", map[string]string{
		"z8pt.txt": `pt|Fibra ótica vai chegar a 42 mil casas do Alto Serrão até 2039

País | Economia | Tecnologia | Local | Desporto

INTERIOR

Por Miguel Antunes
17 de novembro de 2037, 09:05
Atualizado em 17 de novembro de 2037, 13:40

Partilhar: Facebook | X | WhatsApp | Email

O Governo assinou esta terça-feira um contrato para levar fibra ótica a cerca de 42 mil casas em 118 aldeias do Alto Serrão até ao final de 2039. O investimento é de 96 milhões de euros, 60% dos quais financiados por fundos europeus.

Atualmente, só 31% das casas da região têm acesso a internet rápida. As novas ligações vão oferecer velocidades até 1 gigabit por segundo.

"Há aldeias onde os miúdos ainda fazem os trabalhos de casa no café, porque é o único sítio com rede", disse a secretária de Estado Helena Pires, na cerimónia em Vila Alva.

As obras arrancam em março e vão criar cerca de 350 postos de trabalho.

Foto: Técnicos instalam cabo em Vila Alva. (Lusa / Sérgio Matos)

Mais lidas
1. Operadora sobe preços 7% em janeiro
2. Aldeia de 40 habitantes ganha posto de correios
3. Portagens da A24 descem 15%

Assine a newsletter Economia

Jornal do Atlântico, Rua do Ouro 120, 1100-063 Lisboa | Tel. 213 555 410`,
		"z8es.txt": `es|Portugal llevará la fibra a 42.000 hogares rurales del Alto Serrão

Internacional | Economía | Tecnología

PORTUGAL

Por Andrés Pereira
Lisboa, 17 nov 2037 - 12:20 CET
Actualizado: 17 nov 2037 - 15:10 CET

Compartir en Facebook | X | LinkedIn

El Gobierno portugués firmó este martes un contrato para llevar la fibra óptica a unos 42.000 hogares de 118 aldeas de la región del Alto Serrão antes de que acabe 2039.

La inversión asciende a 96 millones de euros, financiados en un 60 % con fondos europeos. Hoy solo el 31 % de los hogares de la zona tiene internet rápido.

Las obras empezarán en marzo y crearán unos 350 empleos.

Foto: Operarios tienden cable en Vila Alva. (Lusa / Sérgio Matos)

Lo más leído
1. Galicia conecta 18.000 casas más a la fibra
2. La factura del móvil sube un 5 %
3. Un pueblo de 90 vecinos recupera su escuela

Recibe el boletín de Economía

La Voz del Sur, Avenida de la Constitución 15, 41001 Sevilla - Tel. 954 555 300`,
		"z8fr.txt": `fr|Le Portugal va raccorder 42 000 foyers ruraux à la fibre

Accueil | Économie | Numérique | International

NUMÉRIQUE

Par Sophie Aubert
Publié le 17/11/2037 à 14h02
Mis à jour le 17/11/2037 à 16h15

Partager : Facebook | X | LinkedIn | E-mail

Le gouvernement portugais a signé mardi un contrat pour raccorder à la fibre optique quelque 42 000 logements répartis dans 118 villages de la région de l'Alto Serrão d'ici fin 2039.

Le projet coûte 96 millions d'euros, financés à 60 % par des fonds européens. Seuls 31 % des foyers de la région disposent aujourd'hui d'un accès rapide à internet.

Les débits pourront atteindre 1 gigabit par seconde. Les travaux débuteront en mars et devraient créer environ 350 emplois.

Photo : Des techniciens dans le village de Vila Alva. © Lusa / Sérgio Matos

Les plus lus
1. Fibre : 2,4 millions de foyers encore sans accès en France
2. Les forfaits mobiles augmentent de 3 %
3. Un village de 120 habitants rouvre son café

Abonnez-vous à la newsletter Éco

Le Quotidien de l'Est - 8, rue de la Gare, 67000 Strasbourg - Tél. 03 88 55 50 00`,
	}, nil},
	{"lynx-cubs", map[string]string{
		"z9es.txt": `es|Nacen tres cachorros de lince ibérico en Sierra de Almorra

Portada | Sociedad | Medio ambiente | Andalucía | Deportes

MEDIO AMBIENTE

Por Rocío Navarro
Jaén, 23 mar 2037 - 10:25 CET
Actualizado: 23 mar 2037 - 12:50 CET

Compartir en Facebook | Compartir en X | WhatsApp

El centro de cría de Sierra de Almorra, en Jaén, anunció este lunes el nacimiento de tres cachorros de lince ibérico. Nacieron el 6 de febrero y se encuentran en buen estado, según los veterinarios.

La madre, Nieve, de 5 años, es primeriza. Los cachorros pesaron unos 200 gramos al nacer y ahora rondan 1,3 kilos. Con ellos, el centro alberga ya 27 linces.

La población silvestre de lince ibérico en España y Portugal superó el año pasado los 2.400 ejemplares.

Foto: Nieve, de 5 años, con dos de sus cachorros. (Centro de Cría Sierra de Almorra / J. Ortega)

Lo más leído
1. Avistan un oso pardo a 40 kilómetros de León
2. Los pisos turísticos crecen un 12 % en Jaén
3. Huelva abre 3 nuevas playas para perros

Suscríbete a nuestro boletín

La Voz del Sur, Avenida de la Constitución 15, 41001 Sevilla - Tel. 954 555 300`,
		"z9it.txt": `it|Spagna, nati tre cuccioli di lince iberica

Esteri | Ambiente | Animali

ANIMALI

di Sara Conti
23 marzo 2037 - 13:15
Aggiornato il 23 marzo 2037 alle 15:40

Condividi su Facebook | X | WhatsApp

Il centro di riproduzione di Sierra de Almorra, in Andalusia, ha annunciato lunedì la nascita di tre cuccioli di lince iberica, venuti alla luce il 6 febbraio.

La madre, Nieve, ha 5 anni ed è alla prima cucciolata. Alla nascita i piccoli pesavano circa 200 grammi, oggi circa 1,3 chili. Il centro ospita ora 27 linci.

In natura la lince iberica, che vent'anni fa contava meno di 100 esemplari, ha superato i 2.400 individui tra Spagna e Portogallo.

Foto: Nieve con i cuccioli (Centro di Sierra de Almorra)

I più letti
1. Abruzzo, avvistati 8 orsi marsicani in un giorno
2. Il parco del Gran Paradiso compie 115 anni
3. Stambecco di 14 anni ritrovato sul Monviso

Iscriviti alla newsletter Ambiente

Il Corriere del Nord S.p.A. - Via Solferino 31, 20121 Milano - tel. 02 5550 1010`,
		"z9en.txt": `en|Three Iberian lynx cubs born at Spanish breeding centre

News | Environment | Wildlife | Science

By Emma Lowell
Monday 23 March 2037 11:05 GMT
Updated 23 March 2037 14:30 GMT

Share: Facebook | X | Email | Pinterest

Three Iberian lynx cubs have been born at the Sierra de Almorra breeding centre in southern Spain, the centre announced on Monday.

The cubs were born on 6 February to Nieve, a 5-year-old female having her first litter. They weighed about 200g at birth and now weigh around 1.3kg. The centre now houses 27 lynx.

The wild population in Spain and Portugal passed 2,400 last year, up from fewer than 100 two decades ago.

Photograph caption: Nieve with two of her cubs. Photograph: J. Ortega/Sierra de Almorra

Most read
1. Brown bear spotted 40km from León
2. Scotland's beavers number 1,500
3. Rare white stag, 7, seen in Exmoor

Sign up to Green Light, our environment newsletter

The Morning Record, 60 Fleet Lane, London EC4A 2BE | 020 7555 0500`,
		"z9pt.txt": `pt|Nascem três crias de lince-ibérico em Espanha

Ambiente | Mundo | Natureza

NATUREZA

Por Catarina Reis
23 de março de 2037, 16:02
Atualizado às 17:30

Partilhar: Facebook | X | Email

Nasceram três crias de lince-ibérico no centro de reprodução de Sierra de Almorra, no sul de Espanha, anunciou esta segunda-feira o centro. As crias nasceram a 6 de fevereiro.

A mãe, Nieve, tem 5 anos e esta é a primeira ninhada. As crias pesavam cerca de 200 gramas à nascença e agora pesam perto de 1,3 quilos. O centro acolhe agora 27 linces.

A população selvagem de lince-ibérico em Espanha e Portugal ultrapassou os 2400 animais no ano passado.

Legenda: Nieve com duas das crias. Foto: J. Ortega / Sierra de Almorra

Mais lidas
1. Centro de Silves recebe 4 linces de Espanha
2. Lince de 3 anos atropelado no Alentejo
3. Parque da Peneda-Gerês com 20% mais visitantes

Subscreva a newsletter Ambiente

Diário do Norte, Avenida da Boavista 1200, 4100-130 Porto | Tel. 22 555 0800`,
	}, nil},
}
