package compare

// heldOutPetrichor are nine events written blind, without reading the
// extraction or the matching, on topics no earlier set used: a kettle
// recall, a heat-pump subsidy, a honey harvest, the relaying of a
// cobbled square, a stolen bronze goat, a snail race, a pumpkin
// weigh-off, a census of stray cats and a night of carrying toads across
// a road. Six hold exactly one planted contradiction each (a count, an
// amount, a percentage, a duration, an age and a weekday), five of them
// outside the first paragraph and five in a report in a language fewer of
// the event's reports are written in than another; three hold none but traps (two people's ages, a
// previous record, rounding, parts and their total, hedges, titles by
// synonym, a figure in a quote, a night over two days, page furniture).
// Frozen before its first run, which flagged 4 of the 6 contradictions
// and nothing false; it missed the Dutch report's 27 meldingen against 37
// reports of the kettle (each read as a count, under nouns not matched)
// and the Portuguese programme "dotado de 360 milhões" against 380
// million (read under another anchor than the Spanish and English).
var heldOutPetrichor = []heldOutEvent{
	{"kettle-recall", map[string]string{
		"pe1en.txt": `en|Brevanto recalls 64,000 kettles after overheating reports

AMSTERDAM, Sept 22 (Wire) - Dutch appliance maker Brevanto is recalling 64,000 electric kettles sold in the Netherlands, Germany and Belgium after customers reported that the base of the appliance could overheat, the company said on Tuesday.

The recall covers the Aurea 1.7 model sold since March 2042. Brevanto said it had received 37 reports of overheating bases and that four people had suffered minor burns.

Customers can return the kettle, which retailed at 49.99 euros, to any store for a refund or a replacement, the company said. Shares in Brevanto closed 2.3% lower in Amsterdam.

(Reporting by Pieter Lammers; Editing by Ruth Adair)`,
		"pe1de.txt": `de|Überhitzungsgefahr: Brevanto ruft 64.000 Wasserkocher zurück

Der niederländische Haushaltsgerätehersteller Brevanto ruft 64.000 elektrische Wasserkocher zurück. Betroffen ist das Modell Aurea 1.7, das seit März 2042 in den Niederlanden, in Deutschland und in Belgien verkauft wurde, wie das Unternehmen am Dienstag mitteilte.

Nach Angaben von Brevanto kann sich der Sockel des Geräts überhitzen. Dem Hersteller liegen 37 Meldungen vor, vier Menschen erlitten leichte Verbrennungen. Ursache sei ein fehlerhaftes Thermostat eines Zulieferers, sagte Firmensprecherin Ilse Vermeulen.

Kunden können das Gerät, das 49,99 Euro kostete, in jedem Geschäft zurückgeben und erhalten entweder den Kaufpreis zurück oder ein Ersatzgerät. In Deutschland wurden nach Unternehmensangaben rund 30.000 der Geräte verkauft.

„Die Sicherheit unserer Kunden hat Vorrang", sagte Vermeulen. Wer unsicher sei, welches Modell er besitze, finde die Typenbezeichnung auf der Unterseite des Sockels.`,
		"pe1nl.txt": `nl|Brevanto roept 64.000 waterkokers terug

Economie | Consument

22 september 2043, 14:37 · Aangepast 15:02

Leestijd 2 minuten

Het Amsterdamse bedrijf Brevanto haalt 64.000 waterkokers van het type Aurea 1.7 terug. Het gaat om apparaten die sinds maart 2042 in Nederland, Duitsland en België zijn verkocht.

De voet van de waterkoker kan oververhit raken. Brevanto kreeg 27 meldingen binnen; vier mensen liepen lichte brandwonden op, zegt woordvoerster Ilse Vermeulen.

Klanten kunnen de waterkoker, die 49,99 euro kostte, in elke winkel terugbrengen en krijgen hun geld terug of een nieuw exemplaar.

Lees ook: Vijf tips voor een zuinige keuken

12 reacties`,
		"pe1en2.txt": `en|Brevanto kettle recall: what you need to know

Home > Money > Consumer

Updated 3 hours ago

By Hannah Okafor, consumer affairs correspondent

If you bought an electric kettle in the past eighteen months, check the label. Brevanto has recalled 64,000 of its Aurea 1.7 kettles because the base can overheat.

The firm says it has had 37 reports of the problem, and four people were left with minor burns. The kettle cost 49.99 euros and was sold in the Netherlands, Germany and Belgium from March 2042.

You can take it back to any shop for your money back or a new kettle. You do not need a receipt.

Most read
1. Ten ways to cut your energy bill
2. Why are eggs so expensive?

Share on Facebook | Share on X | Email`,
	}, map[string][2]string{"pe1nl.txt": {"27", "37"}}},
	{"heat-pump-aid", map[string]string{
		"pe2es.txt": `es|El Gobierno aprueba 380 millones de euros para bombas de calor

Madrid, 19 feb (Agencia)

El Consejo de Ministros aprobó este jueves un programa de ayudas de 380 millones de euros para la instalación de bombas de calor en viviendas, que cubrirá hasta el 40 % del coste de cada equipo, con un máximo de 3.000 euros por hogar.

La ministra para la Transición Ecológica, Nuria Salcedo, explicó que el objetivo es llegar a 120.000 viviendas antes de 2045. Las solicitudes podrán presentarse a partir del 1 de abril.`,
		"pe2es2.txt": `es|Bombas de calor: hasta 3.000 euros por vivienda

Economía

Por Javier Montalbán

Madrid, 19 de febrero de 2043

Los hogares que sustituyan su vieja caldera de gas o gasóleo por una bomba de calor podrán recibir una ayuda de hasta 3.000 euros. El Consejo de Ministros dio luz verde este jueves a un plan dotado con 380 millones de euros, que financiará hasta el 40 % del coste de la instalación.

Se trata del segundo programa de este tipo. El primero, lanzado en 2041 con 250 millones de euros, se agotó en apenas cinco meses y benefició a unas 80.000 viviendas, según datos del ministerio.

"Queremos que el cambio llegue también a los pisos de los barrios obreros, no solo a los chalés", afirmó la ministra para la Transición Ecológica, Nuria Salcedo, en la rueda de prensa posterior al Consejo. El Gobierno espera alcanzar 120.000 viviendas antes de 2045.

Las comunidades autónomas gestionarán las solicitudes, que podrán presentarse desde el 1 de abril. Las asociaciones de instaladores advierten de que faltan técnicos cualificados.

Comentarios (48)`,
		"pe2pt.txt": `pt|Espanha aprova apoios para bombas de calor

Madrid, 19 fev 2043 (Lusa)

O Governo espanhol aprovou na quinta-feira um novo programa de apoio à instalação de bombas de calor nas habitações, que cobrirá até 40% do custo de cada equipamento, com um limite de 3.000 euros por casa.

O programa, dotado de 360 milhões de euros, pretende chegar a 120.000 habitações até 2045, segundo a ministra da Transição Ecológica, Nuria Salcedo.

As candidaturas abrem a 1 de abril e serão geridas pelas comunidades autónomas.`,
		"pe2en.txt": `en|Spain approves 380 million euro heat pump subsidy

MADRID, Feb 19 (Wire) - Spain's cabinet on Thursday approved a 380 million euro scheme to help households install heat pumps, covering up to 40% of the cost with a cap of 3,000 euros per home, Ecological Transition Minister Nuria Salcedo said.

The government aims to reach 120,000 homes by 2045. Applications open on April 1.`,
	}, map[string][2]string{"pe2pt.txt": {"€360 million", "€380 million"}}},
	{"honey-harvest", map[string]string{
		"pe3it.txt": `it|Miele, raccolto crollato del 44% in Valdarca

Firenze, 3 ottobre 2043 (Agenzia)

La produzione di miele in Valdarca è crollata quest'anno del 44%, scendendo a 1.150 tonnellate dalle 2.050 del 2042. Lo ha comunicato sabato l'associazione degli apicoltori Apivalle, che riunisce 3.200 apicoltori e circa 61.000 alveari.

A pesare sono state la gelata tardiva di aprile e l'estate più secca degli ultimi vent'anni. Il miele di acacia è il più colpito, con un calo del 70%.

La presidente di Apivalle, Carla Benvenuti, chiede alla Regione un fondo di emergenza di 12 milioni di euro.`,
		"pe3it2.txt": `it|"Le api non trovavano fiori": il miele dimezzato in Valdarca

Cronaca | Ambiente

di Lorenzo Sarti

sabato 3 ottobre 2043 - 16:45

Condividi

Nelle arnie di Giuseppe Lodi, 40 alveari sulle colline sopra Pontecava, quest'anno è rimasto poco più di un terzo del miele. "Le api non trovavano fiori. Ad aprile la gelata ha bruciato l'acacia, poi da giugno non è piovuto", racconta.

Non è un caso isolato. Secondo i dati presentati sabato da Apivalle, la produzione complessiva della Valdarca è scesa a 1.150 tonnellate, contro le 2.050 dell'anno scorso: un calo del 44%. Per il miele di acacia la perdita arriva al 70%.

"Molti giovani apicoltori rischiano di chiudere", avverte la presidente dell'associazione, Carla Benvenuti, che chiede 12 milioni di euro di aiuti alla Regione. L'associazione conta 3.200 soci.

Articoli correlati: Vendemmia, le previsioni | Siccità, i dati di settembre`,
		"pe3fr.txt": `fr|Italie : la récolte de miel presque divisée par deux en Valdarca

Florence, 3 octobre 2043 (Agence)

Les apiculteurs de la Valdarca, en Toscane, ont récolté cette année à peine 1 150 tonnes de miel, contre 2 050 tonnes en 2042, a annoncé samedi l'association Apivalle.

Le gel tardif d'avril puis un été exceptionnellement sec expliquent cette chute de 41 %, selon l'association, qui regroupe 3 200 apiculteurs. Le miel d'acacia est le plus touché, avec une baisse de 70 %.

La présidente d'Apivalle, Carla Benvenuti, réclame un fonds d'urgence de 12 millions d'euros à la région.`,
		"pe3en.txt": `en|Tuscan honey harvest slumps after frost and drought

FLORENCE, Oct 3 (Wire) - Honey production in Italy's Valdarca area fell 44% this year to 1,150 tonnes, from 2,050 tonnes in 2042, after a late April frost and a dry summer, beekeepers' association Apivalle said on Saturday.

Acacia honey was the worst hit, down 70%. The association, which has 3,200 members, asked the regional government for a 12 million euro emergency fund.`,
	}, map[string][2]string{"pe3fr.txt": {"41%", "44%"}}},
	{"square-cobbles", map[string]string{
		"pe4pt.txt": `pt|Praça da Amoreira fecha para obras na calçada

Castro Alvar, 8 mai 2043

A Praça da Amoreira, no centro de Castro Alvar, vai estar fechada durante 45 dias a partir de segunda-feira, 11 de maio, para a substituição integral da calçada portuguesa, anunciou a câmara municipal.

A obra, orçada em 1,2 milhões de euros, abrange 4.800 metros quadrados de pavimento. Nove calceteiros vão assentar a pedra, que vem de uma pedreira a 30 quilómetros da vila.

"A calçada tem mais de 60 anos e está a soltar-se em vários pontos", explicou a presidente da câmara, Helena Quaresma. O mercado semanal muda-se para o largo da estação.`,
		"pe4pt2.txt": `pt|Calceteiros voltam à Amoreira

Região | Castro Alvar

Por Rui Vidigal

Publicado a 8 de maio de 2043 às 11h20

Ouvir este artigo

São nove e trabalham de joelhos. A partir de segunda-feira, os calceteiros contratados pela câmara de Castro Alvar vão levantar e voltar a assentar, pedra a pedra, os 4.800 metros quadrados da Praça da Amoreira.

A obra custa 1,2 milhões de euros e a praça fica fechada ao público durante 45 dias. "É um ofício que está a desaparecer. Dos nove homens, o mais novo tem 34 anos", diz o mestre calceteiro Alcino Barros.

A presidente da câmara, Helena Quaresma, garante que o desenho original, com ondas a preto e branco, será mantido. A pedra calcária chega de uma pedreira a 30 quilómetros.

O mercado de sábado passa, durante as obras, para o largo da estação.

Newsletter | Assine já`,
		"pe4es.txt": `es|Un pueblo portugués rehace su plaza piedra a piedra

Castro Alvar (Portugal), 8 may (Agencia)

La localidad portuguesa de Castro Alvar cerrará durante 45 días su plaza principal, la Praça da Amoreira, para sustituir por completo el tradicional empedrado blanco y negro, informó el ayuntamiento.

Nueve empedradores colocarán a mano 4.800 metros cuadrados de piedra en una obra que costará 1,2 millones de euros.`,
		"pe4en.txt": `en|Portuguese town relays its cobbled square by hand

CASTRO ALVAR, Portugal, May 8 (Wire) - The Portuguese town of Castro Alvar will relay the black-and-white cobbles of its main square by hand, with nine pavers setting 4,800 square metres of stone in a project costing 1.2 million euros, the town council said.

Mayor Helena Quaresma said the pavement, laid more than 60 years ago, was coming loose in several places.

The Praça da Amoreira will be closed for 40 days from Monday, May 11, and the weekly market will move to the station square.`,
	}, map[string][2]string{"pe4en.txt": {"40 days", "45 days"}}},
	{"goat-statue", map[string]string{
		"pe5it.txt": `it|Ritrovata la capra di bronzo di Roncaval, arrestato un 29enne

Aosta, 12 giugno 2043

È stata ritrovata in un garage di Chambéry la capra di bronzo rubata la settimana scorsa dalla fontana della piazza di Roncaval. I carabinieri, in collaborazione con la gendarmeria francese, hanno arrestato un uomo di 29 anni, residente a Grenoble.

La statua, alta 1,1 metri e del peso di 85 chili, era stata fusa nel 1931 dallo scultore Ettore Bianchin ed è il simbolo del paese. "Tutto il paese è sollevato", ha detto il sindaco Paolo Jorioz.

La capra tornerà sulla fontana entro la fine del mese, dopo un controllo dei restauratori.`,
		"pe5fr.txt": `fr|La chèvre de bronze de Roncaval retrouvée à Chambéry

Faits divers

Publié le 12/06/2043 à 17h05

La statue de chèvre en bronze volée la semaine dernière dans un village du val d'Aoste a été retrouvée dans un garage de Chambéry, en Savoie. Un homme de 29 ans, domicilié à Grenoble, a été interpellé par les gendarmes en lien avec les carabiniers italiens.

Haute de 1,1 mètre et pesant 85 kilos, la chèvre trônait depuis 1931 sur la fontaine de Roncaval. Elle est l'œuvre du sculpteur Ettore Bianchin.

Selon les enquêteurs, le suspect comptait la revendre à un collectionneur.

Vous aimerez aussi : Savoie, les sentiers rouverts`,
		"pe5en.txt": `en|Stolen bronze goat found in French garage

ROME, June 12 (Wire) - A bronze goat stolen last week from a village fountain in Italy's Aosta Valley has been found in a garage in Chambery, France, and a 29-year-old man from Grenoble has been arrested, Italian police said on Friday.

The 85 kg statue, 1.1 metres tall, was cast in 1931 by sculptor Ettore Bianchin and is the emblem of the village of Roncaval.`,
		"pe5de.txt": `de|Gestohlene Bronzeziege im Aostatal ist wieder da

Die Bronzeziege von Roncaval ist wiederaufgetaucht. Die 85 Kilogramm schwere Statue, die vergangene Woche vom Dorfbrunnen des kleinen Ortes im italienischen Aostatal gestohlen worden war, wurde in einer Garage im französischen Chambéry gefunden, wie die Carabinieri am Freitag mitteilten.

Festgenommen wurde ein 27-jähriger Mann aus Grenoble. Er soll die Figur an einen Sammler verkaufen wollen haben, berichteten französische Medien.

Die 1,1 Meter hohe Ziege war 1931 von dem Bildhauer Ettore Bianchin gegossen worden und gilt als Wahrzeichen des Dorfes. „Das ganze Dorf ist erleichtert", sagte Bürgermeister Paolo Jorioz.`,
	}, map[string][2]string{"pe5de.txt": {"27 years", "29 years"}}},
	{"snail-race", map[string]string{
		"pe6fr.txt": `fr|Championnat du monde de course d'escargots : Turbo l'emporte à Hérinnes

Hérinnes-la-Mouillée, 15 juin 2043

C'est un escargot baptisé Turbo qui a remporté dimanche le championnat du monde de course d'escargots à Hérinnes-la-Mouillée, dans le Hainaut. Il a parcouru les 33 centimètres du parcours en 2 minutes et 41 secondes.

Sa propriétaire, Lotte Claes, 9 ans, est venue de Gand avec ses parents. Cette année, 212 escargots venus de 11 pays étaient inscrits.

« On le nourrit à la laitue, rien d'autre », a expliqué la fillette. Le record de l'épreuve, 2 minutes et 20 secondes, date de 2039.`,
		"pe6fr2.txt": `fr|Hérinnes : Turbo, champion du monde des escargots

Accueil > Régions > Hainaut

Mis à jour le lundi 15 juin 2043 à 07h12

Temps de lecture : 2 min

Ils étaient 212 sur la ligne de départ, venus de 11 pays. Dimanche, sur la place communale d'Hérinnes-la-Mouillée, c'est Turbo qui a franchi le premier le cercle extérieur, à 33 centimètres du centre, en 2 minutes et 41 secondes.

L'escargot appartient à Lotte Claes, une Gantoise de 9 ans. « Il est un peu paresseux le matin », a-t-elle confié.

L'organisateur, Marcel Dufrasne, 74 ans, organise la course depuis 1998.

Publicité

Commentaires (7)`,
		"pe6nl.txt": `nl|Gentse slak Turbo wereldkampioen slakkenrace

Binnenland | 15-06-2043

Een slak uit Gent is zondag wereldkampioen slakkenrace geworden in het Henegouwse Hérinnes-la-Mouillée. Turbo legde de 33 centimeter af in 2 minuten en 41 seconden.

De slak is van de negenjarige Lotte Claes. Aan de wedstrijd deden 212 slakken uit 11 landen mee.`,
		"pe6en.txt": `en|Belgian snail named Turbo wins world title

BRUSSELS, June 15 (Wire) - A snail called Turbo won the world snail racing championship in the Belgian village of Herinnes-la-Mouillee on Saturday, covering the 33 cm course in 2 minutes 41 seconds.

Turbo belongs to nine-year-old Lotte Claes from Ghent. A total of 212 snails from 11 countries took part.`,
	}, map[string][2]string{"pe6en.txt": {"Saturday", "Sunday"}}},
	{"pumpkin-weighoff", map[string]string{
		"pe7de.txt": `de|Neuer deutscher Rekord: Riesenkürbis wiegt 1212 Kilogramm

Lindenbrück (dpa) - Ein Riesenkürbis aus Brandenburg hat einen neuen deutschen Rekord aufgestellt. Die Frucht von Hobbygärtner Hartmut Oelze brachte beim Wiegewettbewerb in Lindenbrück am Samstag 1212 Kilogramm auf die Waage, wie die Veranstalter mitteilten.

Der bisherige Rekord lag bei 1087 Kilogramm und stammte aus dem Jahr 2041. Oelze, 61, erhält ein Preisgeld von 2500 Euro. Zweite wurde Anja Kowalski, 47, mit 1096 Kilogramm.

Insgesamt wurden 58 Kürbisse gewogen.`,
		"pe7de2.txt": `de|Gut 1,2 Tonnen: Oelzes Kürbis bricht den Rekord

Region | Lindenbrück

Sonntag, 04.10.2043, 09:30 Uhr

Lesezeit 3 Min.

Foto: Archiv

Als der Gabelstapler den Kürbis auf die Waage setzte, wurde es still auf dem Festplatz. Dann leuchtete die Zahl auf: 1.212 Kilogramm. Hartmut Oelze, 61 Jahre alt und Rentner aus Lindenbrück, hat am Samstag den deutschen Rekord geknackt – um 125 Kilogramm.

„Im August habe ich an heißen Tagen bis zu 600 Liter Wasser gegossen", erzählt Oelze. Der Kürbis hat einen Umfang von 5,4 Metern.

Platz zwei ging an Anja Kowalski aus Cottbus, deren Kürbis 1.096 Kilogramm wog. Die 47-Jährige war im vergangenen Jahr Siegerin. Von den 58 gewogenen Kürbissen wogen 14 mehr als eine halbe Tonne.

Die 2500 Euro Preisgeld will Oelze in ein neues Gewächshaus stecken.

4 Kommentare | Artikel teilen`,
		"pe7en.txt": `en|German gardener grows record 1.2-tonne pumpkin

BERLIN, Oct 4 (Wire) - A retired gardener in eastern Germany has grown a pumpkin weighing more than 1.2 tonnes, setting a national record, organisers of a weigh-off in the town of Lindenbrueck said.

Hartmut Oelze's pumpkin weighed 1,212 kg on Saturday, beating the previous German record of 1,087 kg set in 2041. The 61-year-old won 2,500 euros. Anja Kowalski, 47, was second with 1,096 kg.

"Some days in August I gave it up to 600 litres of water," Oelze said.`,
		"pe7nl.txt": `nl|Duitse reuzenpompoen weegt ruim 1200 kilo

Buitenland | Opmerkelijk

4 oktober 2043 · 10:14

Een pompoen van de 61-jarige Duitser Hartmut Oelze heeft zaterdag in Lindenbrück een Duits record gevestigd: de reus woog 1.212 kilo. Het oude record stond op 1.087 kilo.

Oelze verdient er 2500 euro mee. Het wereldrecord ligt nog een stuk hoger.

Meer Opmerkelijk`,
	}, nil},
	{"cat-census", map[string]string{
		"pe8it.txt": `it|Marinella di Sorbo conta i suoi gatti: sono 1.412

Marinella di Sorbo, 22 aprile 2043

Sono 1.412 i gatti randagi censiti a Marinella di Sorbo, distribuiti in 96 colonie feline. Lo ha reso noto mercoledì l'assessora al benessere animale, Giulia Ferrante, presentando i risultati del censimento condotto da 60 volontari.

Le femmine sono 830, i maschi 582. Nel censimento del 2038 i gatti erano circa 1.050.

Il Comune ha stanziato 180.000 euro per una campagna di sterilizzazione che punta a sterilizzare 1.000 gatti entro 18 mesi. "Una gatta può avere fino a tre cucciolate all'anno: se non interveniamo ora, fra cinque anni saranno il doppio", ha detto Ferrante.`,
		"pe8it2.txt": `it|Gatti randagi, più di 1.400 nelle colonie del paese

Cronaca | Marinella di Sorbo

mercoledì 22 aprile 2043, ore 18:02

Ascolta l'articolo

Più di 1.400 gatti in 96 colonie: è il risultato del censimento felino presentato oggi in municipio. L'assessora Giulia Ferrante ha annunciato un piano di sterilizzazione da 180.000 euro.

I volontari, una sessantina, hanno contato i gatti colonia per colonia tra gennaio e marzo. Rispetto al 2038 l'aumento supera un terzo.

"L'obiettivo è arrivare a mille sterilizzazioni in un anno e mezzo", ha spiegato Ferrante.

Leggi anche: Le spiagge libere della costa | Meteo del weekend

Tag: animali, comune, volontariato`,
		"pe8es.txt": `es|Un pueblo italiano censa 1.412 gatos callejeros

Roma, 22 abr (Agencia)

La localidad italiana de Marinella di Sorbo ha censado 1.412 gatos callejeros en 96 colonias, informó el miércoles la concejala de Bienestar Animal, Giulia Ferrante.

El ayuntamiento destinará 180.000 euros a esterilizar a 1.000 gatos en los próximos 18 meses. En el anterior censo, de 2038, se contaron unos 1.050 animales.`,
		"pe8en.txt": `en|Italian seaside town counts its stray cats: 1,412

ROME, April 22 (Wire) - The Italian seaside town of Marinella di Sorbo has counted 1,412 stray cats living in 96 colonies, up from about 1,050 in 2038, the town's animal welfare chief Giulia Ferrante said on Wednesday.

Of those, 830 were female. The council has set aside 180,000 euros to neuter 1,000 cats within 18 months.

"A female can have up to three litters a year," Ferrante said.`,
	}, nil},
	{"toad-crossing", map[string]string{
		"pe9nl.txt": `nl|Vrijwilligers dragen 2300 padden over de Dijkweg

Veldhuizen aan de Lei, 7 maart 2043

In de nacht van vrijdag op zaterdag hebben 45 vrijwilligers in Veldhuizen aan de Lei 2300 padden in emmers over de Dijkweg gedragen. De gemeente had de weg over een lengte van 800 meter afgesloten van vrijdagavond 19.00 uur tot zaterdagochtend 07.00 uur.

"Vorig jaar telden we er 1900, nu 2300. Dat is een mooi teken", zegt coördinator Femke de Rooij van de paddenwerkgroep.

De padden trekken elk voorjaar van het bos naar de vijver aan de overkant van de weg om te paaien.`,
		"pe9nl2.txt": `nl|Paddentrek: Dijkweg weer een nacht dicht

Regio | Natuur

za 7 mrt 2043, 09:41

Deel dit artikel

Met zaklampen en emmers stonden ze klaar: 45 vrijwilligers die de hele nacht padden overzetten op de Dijkweg. Tussen vrijdag 19.00 uur en zaterdag 07.00 uur was de weg twaalf uur lang dicht voor verkeer.

Het resultaat: 2300 padden veilig aan de overkant, 400 meer dan vorig jaar. Ook werden 35 kikkers en 12 salamanders meegenomen.

Volgend weekend gaat de weg mogelijk opnieuw dicht, afhankelijk van het weer.

Meer nieuws uit de regio`,
		"pe9de.txt": `de|Niederlande: Freiwillige tragen 2300 Kröten über die Straße

In der Nacht zum Samstag haben 45 Freiwillige im niederländischen Veldhuizen aan de Lei 2300 Kröten in Eimern über eine Straße getragen. Die Dijkweg war dafür auf 800 Metern zwölf Stunden lang gesperrt.

Im Vorjahr waren es 1900 Tiere gewesen, sagte Koordinatorin Femke de Rooij.`,
		"pe9en.txt": `en|Dutch volunteers carry 2,300 toads across a road overnight

AMSTERDAM, March 7 (Wire) - Forty-five volunteers in the Dutch village of Veldhuizen aan de Lei spent Friday night carrying 2,300 toads in buckets across a road closed to traffic for 12 hours, organisers said on Saturday.

"Last year we counted 1,900, now 2,300," said coordinator Femke de Rooij. An 800-metre stretch of the Dijkweg was closed from 7 p.m. on Friday until 7 a.m. on Saturday.`,
	}, nil},
}
