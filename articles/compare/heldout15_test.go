package compare

// heldOutSpring are eight events written blind, after the Winter set, on
// topics not used before. Six hold one planted contradiction each, two
// hold none.
//
// First run (before any change made on it): 5 of the 6 contradictions
// flagged, no false disagreement. Missed: auction, s7es's "vendido ... por
// 64,2 millones de dólares" [$64.2 million] sits in a row of its own apart
// from the "sold" row of $46.2 million (s7en, s7it). Other wrong readings
// in the -v log: quake-drill, "el mayor organizado hasta ahora" (the
// largest) read as a role, mayor, of "Región de Murcia"; auction, "estimated
// at $20 million to $30 million" gives [$20 million] and "tra i 20 e i 30
// milioni di dollari" [$30 million] in one row with the Spanish range
// [$20 million–$30 million], and a second row "$30 million" for s7en; the
// year 1652 is read in no report and "del 2019" not in s7it; dam-spill,
// "quase três metros" and "casi tres metros" give no quantity beside
// "almost 3 metres"; places "Asie" and "Paese" are left unresolved.
var heldOutSpring = []heldOutEvent{
	{"dam-spill", map[string]string{
		"s1en.txt": `en|Dam spill floods Varesca valley, about 1,600 forced from homes

News | Europe | Weather

Published 14 April 2029, 09:12 GMT

Engineers opened the spillway of the Alto Lindoso dam in northern Portugal on Saturday after days of heavy rain, sending a surge of water down the Varesca valley and forcing about 1,600 people from their homes, civil protection officials said.

The river rose by almost 3 metres in six hours at the village of Pontelha, where the water reached the first floors of houses near the old bridge. Two people were rescued from the roof of a car.

"We had no choice, the reservoir was at 98% of its capacity," said Rui Ferraz, the head of the regional water authority. He said the spillway would stay open until at least Monday.

About 40 km of roads were closed. Schools in the valley will remain shut on Monday.

Share this article`,
		"s1pt.txt": `pt|Descarga da barragem inunda vale da Varesca: 1600 desalojados

Sociedade

14 abr 2029 - 10:05

A abertura das comportas da barragem do Alto Lindoso, no sábado, depois de vários dias de chuva intensa, provocou a subida do rio ao longo do vale da Varesca e obrigou cerca de 1600 pessoas a abandonar as suas casas, segundo a Proteção Civil.

Em Pontelha, o caudal subiu quase três metros em seis horas e a água chegou ao primeiro andar das casas junto à ponte velha. Duas pessoas foram resgatadas do tejadilho de um carro.

"Não tínhamos alternativa, a albufeira estava a 98% da capacidade", afirmou Rui Ferraz, responsável da autoridade regional da água, acrescentando que as descargas se vão manter pelo menos até segunda-feira.

Cerca de 40 quilómetros de estradas estão cortados e as escolas do vale continuam fechadas na segunda-feira.

Leia também: Chuva forte no Minho`,
		"s1es.txt": `es|La apertura de una presa en Portugal inunda el valle de Varesca

Internacional

Lisboa, 14 abr (Agencia)

La apertura el sábado de los aliviaderos de la presa de Alto Lindoso, en el norte de Portugal, tras varios días de lluvias torrenciales, inundó el valle de Varesca y obligó a unas 2.100 personas a abandonar sus viviendas, según Protección Civil.

En la localidad de Pontelha el río subió casi tres metros en seis horas. Dos personas fueron rescatadas del techo de un coche.

El responsable de la autoridad regional del agua, Rui Ferraz, explicó que el embalse estaba al 98 % de su capacidad y que los aliviaderos seguirán abiertos al menos hasta el lunes.

Unos 40 kilómetros de carreteras permanecen cortados.`,
	}, map[string][2]string{"s1es.txt": {"2,100", "1,600"}}},
	{"orchestra-tour", map[string]string{
		"s2fr.txt": `fr|L'Orchestre philharmonique de Valmont annule sa tournée en Asie

Culture | Musique

Publié le 3 mars 2029 à 18h20

L'Orchestre philharmonique de Valmont a annoncé lundi l'annulation de sa tournée en Asie, prévue en mai, en raison de difficultés de financement. Les 96 musiciens devaient donner 11 concerts dans quatre pays en trois semaines.

« C'est une décision douloureuse », a déclaré la directrice générale de l'orchestre, Hélène Castagnet, qui évalue le manque à gagner à environ 1,8 million d'euros.

Le chef principal, Anders Lyngvik, 58 ans, dirigera à la place deux concerts supplémentaires à Valmont. Le premier aura lieu le vendredi 16 mai.

Les billets seront remboursés.`,
		"s2de.txt": `de|Valmonter Philharmoniker sagen Asien-Tournee ab

Kultur

03.03.2029

Das Philharmonische Orchester Valmont hat am Dienstag seine für Mai geplante Asien-Tournee abgesagt. Als Grund nannte das Orchester Probleme bei der Finanzierung. Die 96 Musikerinnen und Musiker sollten binnen drei Wochen elf Konzerte in vier Ländern geben.

"Das ist eine schmerzhafte Entscheidung", sagte Intendantin Hélène Castagnet. Der Einnahmeausfall liege bei rund 1,8 Millionen Euro.

Chefdirigent Anders Lyngvik (58) wird stattdessen zwei zusätzliche Konzerte in Valmont leiten, das erste am Freitag, 16. Mai.`,
		"s2nl.txt": `nl|Filharmonisch orkest Valmont schrapt tournee door Azië

Cultuur

3 maart 2029, 17:55

Het Filharmonisch Orkest van Valmont heeft maandag zijn tournee door Azië in mei afgeblazen vanwege financiële problemen. De 96 musici zouden in drie weken elf concerten geven in vier landen.

"Het is een pijnlijk besluit", zei algemeen directeur Hélène Castagnet. Het orkest loopt volgens haar ongeveer 1,8 miljoen euro aan inkomsten mis.

Chef-dirigent Anders Lyngvik (58) leidt in plaats daarvan twee extra concerten in Valmont, het eerste op vrijdag 16 mei.

Kaartjes worden terugbetaald.`,
	}, map[string][2]string{"s2de.txt": {"Tuesday", "Monday"}}},
	{"tunnel", map[string]string{
		"s3it.txt": `it|Galleria del Monte Corvo, abbattuto l'ultimo diaframma

Cronaca | Infrastrutture

Torino, 22 marzo 2029

È caduto giovedì l'ultimo diaframma della galleria ferroviaria del Monte Corvo, lunga 27,4 chilometri, tra Italia e Francia. La fresa ha lavorato per quasi sei anni e i lavori sono costati finora circa 4,1 miliardi di euro.

Alla cerimonia erano presenti circa 300 operai e tecnici. "È un giorno storico", ha detto il ministro dei Trasporti, Paolo Serventi.

I primi treni passeranno nel 2033. Il viaggio tra Torino e Lione durerà due ore, contro le quattro attuali.`,
		"s3de.txt": `de|Durchbruch im Monte-Corvo-Eisenbahntunnel

Wirtschaft

22.03.2029, 15:30 Uhr

Im Eisenbahntunnel unter dem Monte Corvo zwischen Italien und Frankreich ist am Donnerstag der Durchbruch gelungen. Der Tunnel ist 24,7 Kilometer lang. Die Bohrmaschine war fast sechs Jahre im Einsatz, die Kosten liegen bislang bei rund 4,1 Milliarden Euro.

Rund 300 Arbeiter und Techniker feierten den Durchbruch. Der italienische Verkehrsminister Paolo Serventi sprach von einem "historischen Tag".

Die ersten Züge sollen 2033 fahren. Die Fahrt von Turin nach Lyon soll dann zwei statt vier Stunden dauern.`,
		"s3fr.txt": `fr|Tunnel du Monte Corvo : la dernière paroi est tombée

Économie

22/03/2029

La dernière paroi du tunnel ferroviaire du Monte Corvo, long de 27,4 km, entre la France et l'Italie, est tombée jeudi. Le tunnelier a travaillé pendant près de six ans et le chantier a coûté jusqu'ici environ 4,1 milliards d'euros.

Quelque 300 ouvriers et techniciens ont assisté à la percée. « C'est un jour historique », a déclaré le ministre italien des Transports, Paolo Serventi.

Les premiers trains circuleront en 2033 ; le trajet Turin-Lyon prendra alors deux heures, contre quatre aujourd'hui.`,
	}, map[string][2]string{"s3de.txt": {"24.7 km", "27.4 km"}}},
	{"fishing-quota", map[string]string{
		"s4nl.txt": `nl|Akkoord over vangstquota: kabeljauw 18 procent omlaag

Economie | Visserij

Brussel, 12 december 2028

De Europese visserijministers hebben na twee dagen onderhandelen een akkoord bereikt over de vangstquota voor volgend jaar. Het quotum voor kabeljauw in de Noordzee gaat met 18 procent omlaag, dat voor schol stijgt met 6 procent.

Minister Joke van Dalen sprak woensdagnacht van "een moeilijk maar eerlijk compromis". De onderhandelingen duurden ruim 30 uur.

Vissers krijgen compensatie uit een fonds van 120 miljoen euro.`,
		"s4pt.txt": `pt|UE chega a acordo sobre quotas de pesca

Economia

Bruxelas, 12 dez 2028

Os ministros europeus das Pescas chegaram a acordo, após dois dias de negociações, sobre as quotas de captura para o próximo ano. A quota de bacalhau no Mar do Norte desce 15%, enquanto a da solha aumenta 6%.

A ministra neerlandesa Joke van Dalen falou de "um compromisso difícil mas justo". As negociações duraram mais de 30 horas.

Os pescadores serão compensados por um fundo de 120 milhões de euros.`,
		"s4en.txt": `en|EU ministers agree fishing quotas after all-night talks

Business | Fisheries

By our Brussels correspondent

EU fisheries ministers agreed next year's catch limits early on Wednesday after two days of talks, cutting the North Sea cod quota by 15% while raising the plaice quota by 6%.

Dutch minister Joke van Dalen called it "a hard but fair compromise". The talks lasted more than 30 hours.

Fishermen will be compensated from a €120m fund.

Related: Herring stocks recover`,
	}, map[string][2]string{"s4nl.txt": {"18%", "15%"}}},
	{"quake-drill", map[string]string{
		"s5es.txt": `es|Más de 40.000 personas participan en un simulacro de terremoto en Murcia

Sociedad

Murcia, 7 may (Agencia)

Más de 40.000 personas, entre ellas alumnos de 120 colegios, participaron este jueves en un simulacro de terremoto de magnitud 6,2 en la Región de Murcia, el mayor organizado hasta ahora en España.

La evacuación de los edificios públicos duró una media de ocho minutos, según la directora de Emergencias, Carmen Ibarra. Participaron también unos 600 bomberos y sanitarios.

El próximo simulacro está previsto para octubre.`,
		"s5it.txt": `it|Spagna, 40mila persone in un'esercitazione antisismica a Murcia

Esteri

7 maggio 2029

Oltre 40mila persone, tra cui gli studenti di 120 scuole, hanno partecipato giovedì in Spagna a un'esercitazione che simulava un terremoto di magnitudo 6.2 nella regione di Murcia. È la più grande mai organizzata nel Paese.

Secondo la responsabile della protezione civile regionale, Carmen Ibarra, l'evacuazione degli edifici pubblici ha richiesto in media otto minuti. Coinvolti anche circa 600 vigili del fuoco e soccorritori.`,
		"s5pt.txt": `pt|Espanha: mais de 40 mil pessoas num simulacro de sismo

Mundo

07/05/2029 - 14:20

Mais de 40 mil pessoas, incluindo alunos de 120 escolas, participaram na quinta-feira num simulacro de um sismo de magnitude 6,2 na região espanhola de Múrcia, o maior alguma vez realizado em Espanha.

A evacuação dos edifícios públicos demorou em média oito minutos, disse a diretora de Emergências, Carmen Ibarra. Cerca de 600 bombeiros e socorristas participaram também.

O próximo exercício está marcado para outubro.`,
	}, nil},
	{"insurer-leak", map[string]string{
		"s6de.txt": `de|Datenleck bei Versicherer Helvora: Daten von 430.000 Kunden betroffen

Wirtschaft | Digital

Köln, 19.02.2029

Beim Versicherer Helvora sind Daten von rund 430.000 Kunden in die Hände Unbekannter gelangt. Die Angreifer hätten 21 Tage lang unbemerkt Zugriff auf ein Kundenportal gehabt, teilte das Unternehmen am Montag mit.

Betroffen seien Namen, Adressen und Vertragsdaten, nicht aber Kontodaten, sagte Vorstandschef Matthias Kerbl. Helvora hat Anzeige erstattet und die Datenschutzbehörde informiert.

Das Unternehmen hat insgesamt 2,3 Millionen Kunden.`,
		"s6nl.txt": `nl|Hackers drie weken binnen bij verzekeraar Helvora

Tech

19 februari 2029

Bij de Duitse verzekeraar Helvora zijn gegevens van zo'n 430.000 klanten buitgemaakt. Hackers hadden 21 dagen lang ongemerkt toegang tot een klantenportaal, meldde het bedrijf maandag.

Het gaat om namen, adressen en polisgegevens, aldus topman Matthias Kerbl. Bankgegevens zijn niet gestolen. Helvora heeft in totaal 2,3 miljoen klanten.`,
		"s6fr.txt": `fr|Fuite de données chez l'assureur Helvora

Économie

Publié le 19/02/2029

Les données d'environ 430 000 clients de l'assureur allemand Helvora ont été dérobées. Les pirates ont eu accès pendant 12 jours à un portail client sans être repérés, a indiqué lundi l'entreprise.

Noms, adresses et contrats sont concernés, mais pas les coordonnées bancaires, selon le président du directoire, Matthias Kerbl. L'assureur compte 2,3 millions de clients au total.`,
	}, map[string][2]string{"s6fr.txt": {"12 days", "21 days"}}},
	{"auction", map[string]string{
		"s7en.txt": `en|Lost Ravelli portrait sells for record $46.2 million

Arts | Auctions

New York, May 17

A portrait by the Venetian painter Lucia Ravelli, missing for more than a century, sold for $46.2 million at an auction in New York on Thursday, a record for the artist.

The painting, dated 1652, had been estimated at $20 million to $30 million. Bidding lasted 14 minutes, the auction house said. The buyer was not named.

Ravelli's previous record, set in 2019, was $11.5 million.`,
		"s7it.txt": `it|Ritratto di Lucia Ravelli venduto per 46,2 milioni di dollari

Cultura

17 maggio 2029

Un ritratto della pittrice veneziana Lucia Ravelli, scomparso da oltre un secolo, è stato venduto giovedì a New York per 46,2 milioni di dollari, un record per l'artista.

L'opera, datata 1652, era stimata tra i 20 e i 30 milioni di dollari. L'asta è durata 14 minuti. L'acquirente è rimasto anonimo.

Il precedente record della Ravelli, del 2019, era di 11,5 milioni di dollari.`,
		"s7es.txt": `es|Un retrato de Lucia Ravelli, vendido por 64,2 millones de dólares

Cultura

Nueva York, 17 may

Un retrato de la pintora veneciana Lucia Ravelli, desaparecido desde hace más de un siglo, fue vendido el jueves en una subasta en Nueva York por 64,2 millones de dólares, un récord para la artista.

La obra, fechada en 1652, tenía un precio estimado de entre 20 y 30 millones de dólares. La puja duró 14 minutos. El comprador no ha sido identificado.`,
	}, map[string][2]string{"s7es.txt": {"$64.2 million", "$46.2 million"}}},
	{"recount", map[string]string{
		"s8pt.txt": `pt|Recontagem confirma vitória de Inês Morgado em Vila Seca por 37 votos

Política | Autárquicas

Vila Seca, 9 de outubro de 2029

A recontagem dos votos confirmou na terça-feira a vitória de Inês Morgado na eleição para presidente da câmara de Vila Seca, com uma vantagem de 37 votos sobre o rival, Henrique Lobo.

Foram recontados à mão mais de 18 mil boletins durante dois dias. A participação foi de 61%.

Lobo, de 49 anos, disse que aceita o resultado. Morgado, de 44 anos, toma posse na próxima semana.`,
		"s8nl.txt": `nl|Hertelling in Portugese stad: burgemeester wint met 37 stemmen

Buitenland

10 oktober 2029

Bij een hertelling in het Portugese Vila Seca is de zege van Inês Morgado dinsdag bevestigd. Zij versloeg haar rivaal Henrique Lobo met een verschil van 37 stemmen.

Ruim 18.000 stembiljetten werden in twee dagen met de hand opnieuw geteld. De opkomst was 61 procent.

Lobo (49) legt zich bij de uitslag neer. Morgado (44) wordt volgende week geïnstalleerd.`,
		"s8de.txt": `de|Nachzählung bestätigt Wahlsieg in Vila Seca

Ausland

09.10.2029

In der portugiesischen Stadt Vila Seca hat eine Nachzählung am Dienstag den Sieg von Inês Morgado bei der Bürgermeisterwahl bestätigt. Sie liegt 37 Stimmen vor ihrem Rivalen Henrique Lobo.

Mehr als 18.000 Stimmzettel wurden in zwei Tagen von Hand neu gezählt. Die Wahlbeteiligung lag bei 61 Prozent.

Der 49-jährige Lobo akzeptiert das Ergebnis. Die 44-jährige Morgado tritt ihr Amt kommende Woche an.`,
	}, nil},
}
