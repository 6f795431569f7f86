package compare

// heldOutHaze are ten events of everyday news (a meteorite, a bank
// robbery, a glassworks closing, a minimum wage, a stolen violin, a
// football coach, a snowfall, a speed limit, a renaming referendum and a
// giant pumpkin), written blind for this set in all seven languages and
// frozen before their first run. Seven hold one planted contradiction
// each (a measure, an amount, a count, a percentage, an age, a duration
// and a weekday); the speed limit, the referendum and the pumpkin hold
// none, only traps: unit conversions, rounding and hedges, parts against
// totals, rates against totals, previous values, figures about other
// things in the same sentence shape and roles by synonym. Their first
// run flagged 7 of the 7 contradictions and 0 false disagreements.
var heldOutHaze = []heldOutEvent{
	{"meteorite", map[string]string{
		"w1en.txt": `en|Farmer finds meteorite after fireball lights up northern sky

Science | Space

Published 9 March 2039, 16:45 GMT

A farmer in northern Germany has found a 3.4 kg fragment of the meteorite that streaked across the night sky on Tuesday, researchers said on Wednesday.

Jannik Oltmanns, 29, spotted the dark stone in a shallow pit about 40 cm deep in a potato field outside the village of Wittenhagen, about 1.5 km from his farmhouse. "At first I thought it was a lump of coal," he said.

The fireball, which appeared shortly before 9.40pm, was seen over an area some 480 km across, from southern Denmark to the Dutch coast. Police said they had received more than 300 calls from worried residents.

Katrin Melber, a scientist at the Institute for Planetary Research in Brunnstadt, said the rock was a stony chondrite probably about 4.5 billion years old. "It is one of the freshest finds we have ever had in Germany," she said. Her team expects to find further fragments within a radius of 2 km.

Related: What to do if you find a meteorite`,
		"w1de.txt": `de|Bauer findet Meteoriten bei Wittenhagen

Wissenschaft

09.03.2039, 14:20 Uhr

Wittenhagen (dpa) - Ein Landwirt hat auf einem Kartoffelacker bei Wittenhagen ein 3,4 Kilogramm schweres Bruchstück des Meteoriten gefunden, der am Dienstagabend über Norddeutschland niedergegangen war.

Der 29-jährige Jannik Oltmanns entdeckte den dunklen Stein am Mittwochmorgen in einer rund 40 Zentimeter tiefen Mulde, etwa anderthalb Kilometer von seinem Hof entfernt. „Zuerst dachte ich, das sei ein Brikett", sagte er.

Der Feuerball war kurz vor 21.40 Uhr in einem rund 480 Kilometer breiten Gebiet zwischen Süddänemark und der niederländischen Küste zu sehen. Bei der Polizei gingen mehr als 300 Anrufe ein.

Nach Angaben der Forscherin Katrin Melber vom Institut für Planetenforschung in Brunnstadt handelt es sich um einen Steinmeteoriten, der vermutlich rund 4,5 Milliarden Jahre alt ist. Ihr Team sucht im Umkreis von zwei Kilometern nach weiteren Bruchstücken.

Mehr zum Thema: Sternschnuppen im März`,
		"w1nl.txt": `nl|Duitse boer vindt meteoriet na vuurbal boven Noord-Europa

Wetenschap

9 maart 2039, 18:02

Een boer in Noord-Duitsland heeft een brokstuk van 3,4 kilo gevonden van de meteoriet die dinsdagavond als vuurbal langs de hemel schoot. Ook in Groningen en Friesland zagen honderden mensen het licht.

De 29-jarige Jannik Oltmanns vond de steen woensdagochtend in een aardappelveld bij het dorp Wittenhagen, in een kuil van ongeveer 40 centimeter diep.

De vuurbal was kort voor 21.40 uur te zien in een gebied van zo'n 840 kilometer breed, van Zuid-Denemarken tot aan de Nederlandse kust. De Duitse politie kreeg meer dan 300 telefoontjes.

Volgens onderzoeker Katrin Melber van het Instituut voor Planetair Onderzoek in Brunnstadt gaat het om een steenmeteoriet van vermoedelijk zo'n 4,5 miljard jaar oud.

Lees ook: Zo herken je een meteoriet`,
		"w1fr.txt": `fr|Allemagne : un agriculteur retrouve une météorite de 3,4 kg

Sciences

Publié le 9 mars 2039 à 19h10

Un agriculteur du nord de l'Allemagne a découvert mercredi un fragment de 3,4 kilos de la météorite dont la boule de feu avait illuminé le ciel mardi soir, du Danemark aux Pays-Bas.

Jannik Oltmanns, 29 ans, a trouvé la pierre sombre dans un champ de pommes de terre près du village de Wittenhagen, au fond d'un trou d'environ 40 cm.

« Il s'agit d'une chondrite, vieille d'environ 4,5 milliards d'années », a expliqué Katrin Melber, de l'Institut de recherche planétaire de Brunnstadt. Son équipe espère retrouver d'autres fragments dans un rayon de deux kilomètres.

La police allemande dit avoir reçu plus de 300 appels.`,
	}, map[string][2]string{"w1nl.txt": {"840 km", "480 km"}}},
	{"bank-robbery", map[string]string{
		"w2fr.txt": `fr|Braquage à Saint-Aurèle : 1,3 million d'euros dérobés dans une banque

Faits divers | Savoie

Publié le 19/04/2039 à 17h32, mis à jour à 18h05

Trois hommes armés et cagoulés ont dérobé mardi matin 1,3 million d'euros en espèces dans la salle des coffres de l'agence principale de la Banque Delvaux, à Saint-Aurèle (Savoie), a indiqué le parquet.

Les malfaiteurs sont entrés peu après l'ouverture, à 8h45, alors que 14 employés et six clients se trouvaient dans l'agence. Ils ont retenu le directeur et une caissière pendant 45 minutes, le temps de vider le coffre. Personne n'a été blessé.

Leur voiture a été retrouvée incendiée à 12 km de là, près de la frontière italienne.

« Il s'agit d'une équipe organisée, qui connaissait les lieux », a déclaré la procureure d'Albertville, Claire Montagnon. Une soixantaine de gendarmes participent aux recherches.

À lire aussi : Les braquages de banques en net recul depuis dix ans`,
		"w2it.txt": `it|Rapina in banca in Savoia, bottino da 1,3 milioni

Esteri

Chambéry, 19 aprile 2039

Tre uomini armati e incappucciati hanno rapinato martedì mattina la sede principale della Banque Delvaux a Saint-Aurèle, in Savoia, portando via 1,3 milioni di euro in contanti dal caveau.

I rapinatori sono entrati poco dopo l'apertura, alle 8.45, quando nella filiale si trovavano 14 dipendenti e sei clienti. Il direttore e una cassiera sono stati tenuti in ostaggio per tre quarti d'ora. Nessun ferito.

L'auto usata per la fuga è stata trovata bruciata a una dozzina di chilometri, vicino al confine italiano. Le ricerche si sono estese anche alla Valle d'Aosta.

«Una banda organizzata, che conosceva bene i luoghi», ha detto la procuratrice Claire Montagnon.`,
		"w2es.txt": `es|Roban 1,8 millones de euros de un banco en los Alpes franceses

Internacional

París, 19 abr (Agencia)

Tres hombres armados y encapuchados robaron este martes 1,8 millones de euros en efectivo de la cámara acorazada de la sucursal principal de la Banque Delvaux en Saint-Aurèle, en la región francesa de Saboya, informó la Fiscalía.

Los asaltantes entraron poco después de la apertura, a las 8.45, y retuvieron durante 45 minutos al director y a una cajera. En la sucursal había 14 empleados y seis clientes. Nadie resultó herido.

El coche de la huida apareció calcinado a 12 kilómetros, cerca de la frontera con Italia. Unos 60 gendarmes participan en la búsqueda.`,
	}, map[string][2]string{"w2es.txt": {"€1.8 million", "€1.3 million"}}},
	{"glassworks", map[string]string{
		"w3de.txt": `de|Glashütte in Steinbrück schließt – 640 Jobs fallen weg

Wirtschaft | Regionales

12.05.2039, 11:48 Uhr

Der portugiesische Glashersteller Vidreira Almeida schließt sein Werk im thüringischen Steinbrück. Das teilte das Unternehmen am Donnerstag mit.

Betroffen sind alle 640 Beschäftigten. Die Produktion soll bis Ende März 2040 schrittweise eingestellt und in das Stammwerk in Vale do Lírio verlagert werden, wo 120 neue Stellen entstehen.

Als Grund nannte Konzernchef Duarte Almeida die Energiekosten, die seit 2036 um 70 Prozent gestiegen seien. „Wir haben alles versucht", sagte der 52-Jährige.

Die Betriebsratsvorsitzende Sabine Kuhlmann sprach von einem „schwarzen Tag für die Region". Die Hütte besteht seit 1962; zu ihren besten Zeiten arbeiteten dort mehr als 2000 Menschen.

Lesen Sie auch: Energiepreise belasten den Mittelstand`,
		"w3pt.txt": `pt|Vidreira Almeida fecha fábrica na Alemanha e traz produção para Portugal

Economia

12 mai 2039 - 13:20

A Vidreira Almeida anunciou esta quinta-feira o encerramento da sua fábrica de Steinbrück, na Alemanha, onde trabalham 640 pessoas, e a transferência da produção para Vale do Lírio, no distrito de Leiria.

O encerramento será gradual e ficará concluído até ao fim de março de 2040. Em Vale do Lírio serão criados 120 postos de trabalho.

O presidente executivo, Duarte Almeida, de 52 anos, justificou a decisão com a subida de 70% dos custos da energia na Alemanha desde 2036.

A fábrica alemã, que funciona desde 1962, foi comprada pelo grupo em 2018.`,
		"w3en.txt": `en|Portuguese glassmaker to shut German plant, cutting 640 jobs

Business

Published 12 May 2039

Vidreira Almeida, the Portuguese glassmaker, said on Thursday it would close its factory in Steinbrück in eastern Germany, putting all 640 staff out of work, and move production to its home plant in Vale do Lírio.

The plant will wind down by the end of March 2040. Chief executive Duarte Almeida blamed energy costs, which he said had risen 70% since 2036.

The move will create 120 jobs in Portugal. Sabine Kuhlmann, who heads the works council in Steinbrück, called it "a black day for the region".

Shares in the company rose 3.2% in Lisbon.`,
		"w3es.txt": `es|Vidreira Almeida cerrará su fábrica alemana

Economía

Madrid, 12 may (Agencia)

El fabricante portugués de vidrio Vidreira Almeida anunció este jueves el cierre de su planta de Steinbrück, en el este de Alemania, y el traslado de la producción a Portugal.

El cierre afectará a los 540 empleados de la planta y se completará a finales de marzo de 2040, según la compañía, que creará 120 empleos en su fábrica de Vale do Lírio.

El consejero delegado, Duarte Almeida, atribuyó la decisión a los costes energéticos, que han subido un 70 % desde 2036.`,
	}, map[string][2]string{"w3es.txt": {"540", "640"}}},
	{"minimum-wage", map[string]string{
		"w4pt.txt": `pt|Salário mínimo sobe 6,5% para 1180 euros em 2040

Economia | Trabalho

15 set 2039 - 19:47

O salário mínimo nacional vai subir 6,5% em janeiro, de 1108 para 1180 euros brutos por mês, ao abrigo do acordo assinado esta quinta-feira em concertação social entre o Governo, três confederações patronais e a UGT.

A medida abrange cerca de 850 mil trabalhadores, indicou a ministra do Trabalho, Inês Sarmento. «É o maior aumento em cinco anos», afirmou.

A CGTP, que exigia 1250 euros, não assinou o acordo.

Como o salário é pago 14 vezes por ano, o aumento representa mais 1008 euros por ano para cada trabalhador.`,
		"w4es.txt": `es|Portugal sube el salario mínimo un 8,5 %

Economía

Lisboa, 15 sep (Agencia)

El Gobierno portugués acordó este jueves con la patronal y el sindicato UGT subir el salario mínimo un 8,5 % en enero, hasta 1.180 euros brutos mensuales, desde los 1.108 actuales.

La subida beneficiará a unos 850.000 trabajadores, según la ministra de Trabajo, Inês Sarmento. En Portugal, el salario mínimo se cobra en catorce pagas.

La central sindical CGTP, que reclamaba 1.250 euros, no firmó el acuerdo.`,
		"w4fr.txt": `fr|Le Portugal augmente son salaire minimum de 6,5 %

Économie

Publié le 15 septembre 2039 à 21h03

Le gouvernement portugais, le patronat et le syndicat UGT se sont mis d'accord jeudi sur une hausse de 6,5 % du salaire minimum au 1er janvier, à 1 180 euros bruts par mois, contre 1 108 euros actuellement.

Quelque 850 000 salariés sont concernés, selon la ministre du Travail, Inês Sarmento, qui a salué « la plus forte hausse depuis cinq ans ».

Le salaire minimum portugais est versé quatorze fois par an. La CGTP, qui réclamait 1 250 euros, n'a pas signé.`,
	}, map[string][2]string{"w4es.txt": {"8.5%", "6.5%"}}},
	{"violin", map[string]string{
		"w5it.txt": `it|Ritrovato il violino Ravelli rubato a Valdera

Cronaca | Milano

6 ottobre 2039

È stato ritrovato giovedì in un appartamento alla periferia di Milano il violino Ravelli del 1716, del valore di circa 4,5 milioni di euro, rubato il 15 settembre dall'auto della violinista olandese Femke Dijkstra dopo un concerto a Valdera.

Nell'appartamento i carabinieri hanno arrestato un uomo di 34 anni, già noto alle forze dell'ordine, che secondo gli investigatori stava cercando un acquirente all'estero.

Lo strumento era avvolto in una coperta dentro un armadio. «È in buone condizioni, ha solo un graffio sul fondo», ha detto il comandante provinciale, colonnello Marco Ferretti.

La Dijkstra, 31 anni, suona il violino, prestato da una fondazione, da sette anni.`,
		"w5en.txt": `en|Stolen 1716 violin found in Milan flat

Arts | Music

6 October 2039, 20:15 BST

Italian police have recovered a 1716 violin by Giovanni Battista Ravelli, valued at about €4.5 million, three weeks after it was stolen from the car of the Dutch violinist Femke Dijkstra.

Officers found the instrument on Thursday wrapped in a blanket in a wardrobe in a flat on the outskirts of Milan and arrested a 34-year-old man, who they believe was trying to sell it abroad.

Dijkstra, 31, who has played the violin on loan from a foundation for seven years, had left it in her car after a concert in Valdera on 15 September.

"It has only a small scratch on the back," said Colonel Marco Ferretti of the Carabinieri.`,
		"w5de.txt": `de|Gestohlene Ravelli-Geige in Mailand aufgetaucht

Kultur

06.10.2039

Mailand (KNA) - Die italienische Polizei hat eine drei Wochen zuvor gestohlene Geige des Geigenbauers Giovanni Battista Ravelli aus dem Jahr 1716 wiedergefunden. Das Instrument hat einen Wert von rund 4,5 Millionen Euro.

Die Carabinieri entdeckten die Geige am Donnerstag in einem Kleiderschrank einer Wohnung am Stadtrand von Mailand. Ein 36-Jähriger wurde festgenommen. Er soll versucht haben, das Instrument im Ausland zu verkaufen.

Die Geige war der niederländischen Geigerin Femke Dijkstra (31) am 15. September nach einem Konzert in Valdera aus dem Auto gestohlen worden. Sie spielt sie seit sieben Jahren als Leihgabe einer Stiftung.`,
		"w5nl.txt": `nl|Gestolen viool van Femke Dijkstra terecht

Cultuur

6 oktober 2039, 21:40

De viool van violiste Femke Dijkstra is terecht. De Italiaanse politie vond het instrument uit 1716, gemaakt door Giovanni Battista Ravelli en naar schatting 4,5 miljoen euro waard, donderdag in een flat aan de rand van Milaan.

Een 34-jarige man is opgepakt. Hij probeerde de viool volgens de politie in het buitenland te verkopen.

De 31-jarige Dijkstra raakte de viool op 15 september kwijt toen die na een concert in het Italiaanse Valdera uit haar auto werd gestolen. "Ik heb van blijdschap een nacht niet geslapen," liet ze weten.`,
	}, map[string][2]string{"w5de.txt": {"36 years", "34 years"}}},
	{"football-coach", map[string]string{
		"w6es.txt": `es|Davide Sartori, nuevo entrenador del Almenara

Deportes | Fútbol

Almenara, 3 jun 2039

El CD Almenara anunció este viernes el fichaje del técnico italiano Davide Sartori, de 47 años, que firma un contrato de tres años, hasta junio de 2042.

Sartori sustituye a Jorge Ibarra, destituido en abril tras 14 meses en el cargo, con el equipo duodécimo en la clasificación. El club pagará unos dos millones de euros a la Castelverde.

«Vengo a un club con ambición», dijo Sartori en su presentación ante unos 3.000 aficionados.`,
		"w6it.txt": `it|Sartori vola in Spagna: allenerà l'Almenara

Sport | Calcio

Roma, 3 giugno 2039

Davide Sartori è il nuovo allenatore del CD Almenara. Il tecnico, 47 anni, ha firmato venerdì un contratto di due anni con il club spagnolo, dopo aver lasciato la Castelverde.

Prende il posto di Jorge Ibarra, esonerato ad aprile dopo 14 mesi. L'Almenara verserà alla Castelverde circa 2 milioni di euro.

«Vengo in un club ambizioso», ha detto Sartori, presentato davanti a circa 3mila tifosi.`,
		"w6pt.txt": `pt|Davide Sartori é o novo treinador do Almenara

Desporto

3 jun 2039 - 18:30

O treinador italiano Davide Sartori, de 47 anos, assinou esta sexta-feira um contrato de três anos com o CD Almenara, do campeonato espanhol.

Sartori substitui Jorge Ibarra, despedido em abril ao fim de 14 meses. O Almenara pagará cerca de dois milhões de euros de indemnização à Castelverde.`,
		"w6en.txt": `en|Almenara hire Sartori on three-year deal

Sport | Football

Published 3 June 2039

Spanish side CD Almenara have appointed Davide Sartori as head coach on a three-year contract, the club said on Friday.

The 47-year-old Italian, who leaves Castelverde, replaces Jorge Ibarra, who was sacked in April after 14 months in charge with the team 12th in the table. Almenara will pay Castelverde about €2 million in compensation.

Around 3,000 fans watched his presentation.`,
	}, map[string][2]string{"w6it.txt": {"2 years", "3 years"}}},
	{"snowfall", map[string]string{
		"w7fr.txt": `fr|Hasselmont paralysée par 35 cm de neige

Belgique | Météo

Publié le 07/12/2039 à 22h10

Il est tombé jusqu'à 35 centimètres de neige jeudi sur Hasselmont et ses environs, du jamais vu depuis l'hiver 1987, selon l'Institut royal météorologique.

Les écoles de la ville resteront fermées jusqu'à la fin de la semaine et rouvriront lundi 12 décembre. Les bus ne circulent plus.

« Nous avons 80 chasse-neige sur les routes, mais la neige tombe plus vite qu'on ne la dégage », a reconnu l'échevin de la Mobilité, Luc Vandamme.

Le thermomètre devrait descendre à -9 °C dans la nuit de vendredi à samedi.`,
		"w7nl.txt": `nl|Hasselmont onder 35 centimeter sneeuw

Binnenland

7 december 2039, 19:30

In Hasselmont en omgeving is woensdag tot 35 centimeter sneeuw gevallen, het meest sinds de winter van 1987, meldt het KMI.

De scholen in de stad blijven dicht tot en met vrijdag en gaan maandag 12 december weer open. De stadsbussen rijden niet.

"We hebben 80 sneeuwruimers op pad, maar het sneeuwt sneller dan we kunnen ruimen," zegt schepen van Mobiliteit Luc Vandamme.

In de nacht van vrijdag op zaterdag kan het tot -9 graden vriezen.`,
		"w7de.txt": `de|Schneechaos in Belgien: 35 Zentimeter in Hasselmont

Panorama

07.12.2039, 17:05 Uhr

Brüssel (dpa) - Heftige Schneefälle haben am Mittwoch das öffentliche Leben in der belgischen Stadt Hasselmont lahmgelegt. Bis zu 35 Zentimeter Neuschnee fielen, so viel wie seit 1987 nicht mehr.

Die Schulen bleiben bis Freitag geschlossen und öffnen erst am Montag wieder. Busse fahren nicht.

Für die Nacht zum Samstag sagen Meteorologen bis zu minus neun Grad voraus.`,
		"w7en.txt": `en|Snow brings Belgian city to a standstill

World | Europe

7 December 2039

Up to 35cm of snow fell on the Belgian city of Hasselmont on Wednesday, the heaviest fall since 1987, the Royal Meteorological Institute said.

Schools will stay shut until Monday 12 December and city buses have stopped running. "We have 80 snowploughs out, but it is falling faster than we can clear it," said Luc Vandamme, the city councillor for transport.

Forecasters expect temperatures to drop to -9C on Friday night.`,
	}, map[string][2]string{"w7fr.txt": {"Thursday", "Wednesday"}}},
	{"speed-limit", map[string]string{
		"w8nl.txt": `nl|Hollewijk gaat bijna overal 30 rijden

Binnenland | Verkeer

22 november 2039, 23:14

De gemeenteraad van Hollewijk heeft dinsdagavond ingestemd met een maximumsnelheid van 30 kilometer per uur op 80 procent van de straten. De nieuwe limiet geldt vanaf 1 juli 2040; nu is 50 de norm.

Het voorstel werd aangenomen met 29 tegen 16 stemmen. Op de hoofdwegen blijft 50 kilometer per uur gelden.

In het Oosterkwartier, waar twee jaar lang proef werd gedraaid, daalde het aantal ongelukken met gewonden met 23 procent, van 104 naar 80.

"Dit gaat levens redden," zei wethouder Noor Bakker (Verkeer). De borden en aanpassingen aan de weg kosten ruim 3,5 miljoen euro.`,
		"w8en.txt": `en|Dutch city votes for 30km/h limit on most streets

World | Europe

Published 23 November 2039

Councillors in the Dutch city of Hollewijk voted on Tuesday to cut the speed limit from 50km/h (31mph) to 30km/h (about 19mph) on four out of five streets from 1 July next year.

The measure passed by 29 votes to 16. Main roads will keep the 50km/h limit.

In a two-year trial in the Oosterkwartier district, crashes causing injuries fell by 23%, from 104 to 80, the city said. New signs and road changes will cost €3.6 million.

"This will save lives," said Noor Bakker, the deputy mayor responsible for transport.`,
		"w8it.txt": `it|Hollewijk, limite a 30 all'ora sull'80% delle strade

Esteri | Mobilità

23 novembre 2039

Il consiglio comunale di Hollewijk, nei Paesi Bassi, ha approvato martedì sera il limite di 30 km/h sull'80% delle strade cittadine a partire dal 1° luglio 2040. Sulle arterie principali resterà il limite di 50 km/h.

Il voto è passato con 29 sì e 16 no. Nel quartiere Oosterkwartier, dove il limite è stato sperimentato per due anni, gli incidenti con feriti sono scesi del 23%: 24 in meno.

«Salverà vite», ha detto l'assessora alla mobilità Noor Bakker. L'intervento costerà 3,6 milioni di euro.`,
		"w8fr.txt": `fr|Hollewijk passe à 30 km/h dans quatre rues sur cinq

Monde

Publié le 23/11/2039

Le conseil municipal de Hollewijk, aux Pays-Bas, a voté mardi soir l'abaissement de la vitesse maximale de 50 à 30 km/h dans quatre rues sur cinq, à partir du 1er juillet 2040, par 29 voix contre 16.

Dans l'Oosterkwartier, où le dispositif a été testé pendant deux ans, le nombre d'accidents avec blessés a baissé de 23 %, passant de 104 à 80.

« Cela va sauver des vies », a assuré l'adjointe chargée de la mobilité, Noor Bakker. Les travaux et la signalisation coûteront environ 3,6 millions d'euros.`,
	}, nil},
	{"renaming-referendum", map[string]string{
		"w9pt.txt": `pt|Vila Fria vai chamar-se Vila Clara

País | Autarquias

23 out 2039 - 23:50

Os eleitores de Vila Fria aprovaram este domingo, em referendo local, a mudança do nome da vila para Vila Clara, com 58,4% dos votos.

Votaram 12.480 dos 20.390 eleitores inscritos, uma participação de 61,2%. O «sim» teve 7288 votos e o «não» 5192.

Num primeiro referendo, em 2031, a proposta tinha sido rejeitada, com apenas 46% de votos favoráveis.

«A vila escolheu o seu futuro», disse a presidente da câmara, Helena Quintas, de 44 anos. O novo nome entra em vigor a 1 de janeiro de 2041; a mudança de placas e documentos custará cerca de 250 mil euros.`,
		"w9es.txt": `es|Un pueblo portugués vota cambiar de nombre: Vila Fria será Vila Clara

Internacional

Lisboa, 24 oct (Agencia)

Casi seis de cada diez votantes de Vila Fria, en el centro de Portugal, aprobaron el domingo en referéndum cambiar el nombre del municipio por el de Vila Clara. El «sí» obtuvo el 58 % de los votos.

La participación fue del 61 %. En 2031, una consulta similar fracasó con un 46 % de apoyo.

La alcaldesa, Helena Quintas, de 44 años, dijo que el cambio, que costará unos 250.000 euros, entrará en vigor el 1 de enero de 2041.`,
		"w9it.txt": `it|Vila Fria diventa Vila Clara: il sì vince al referendum

Esteri | Curiosità

24 ottobre 2039

Addio a Vila Fria. Gli abitanti del comune portoghese hanno votato domenica per cambiare nome in Vila Clara: i sì sono stati 7.288, i no 5.192, su 12.480 votanti.

L'affluenza è stata del 61,2%. Otto anni fa una proposta simile era stata bocciata.

«Il paese ha scelto il suo futuro», ha commentato la sindaca Helena Quintas, 44 anni. Il nuovo nome sarà in vigore dal primo gennaio 2041. La spesa prevista è di circa 250mila euro.`,
	}, nil},
	{"giant-pumpkin", map[string]string{
		"w10en.txt": `en|Dutch grower smashes European giant pumpkin record

Offbeat

Published October 1, 2039

HARLINGSDORF, Germany — A Dutch grower won Europe's biggest giant pumpkin contest on Saturday with a fruit weighing 1,108 kilograms (2,443 pounds), a European record.

Gerrit Hulshof, 61, a retired teacher from Dalfsterveen, beat the previous record of 1,062 kg (2,341 pounds), set in 2037 by a Belgian grower. Second place went to a German entry weighing 1,041 kg.

Hulshof said the pumpkin had grown for 110 days and drank up to 400 liters of water a day. "Some days it put on 20 kilos," he said.

He takes home €5,000 in prize money. Organizers said about 14,000 visitors came to watch the weigh-in.`,
		"w10de.txt": `de|Rekordkürbis aus den Niederlanden

Panorama

01.10.2039, 18:40 Uhr

Harlingsdorf (dpa) - Ein Riesenkürbis von 1108 Kilogramm hat am Samstag die Kürbis-Meisterschaft in Harlingsdorf gewonnen und einen Europarekord aufgestellt. Der bisherige Rekord lag bei 1062 Kilogramm.

Gezüchtet hat ihn der 61-jährige Niederländer Gerrit Hulshof, ein pensionierter Lehrer. Platz zwei ging an einen Kürbis aus Sachsen mit 1041 Kilogramm.

Der Kürbis sei in 110 Tagen gewachsen und habe täglich bis zu 400 Liter Wasser bekommen, sagte Hulshof. Er erhält ein Preisgeld von 5000 Euro. Rund 14 000 Besucher verfolgten das Wiegen.`,
		"w10nl.txt": `nl|Gepensioneerde leraar kweekt zwaarste pompoen van Europa

Binnenland

1 oktober 2039, 20:12

Gerrit Hulshof (61) uit Dalfsterveen heeft zaterdag in het Duitse Harlingsdorf het Europees record pompoenkweken verbroken. Zijn reuzenpompoen woog ruim 1100 kilo: 1108 kilo om precies te zijn.

Het oude record, van een Belgische kweker uit 2037, stond op 1062 kilo. "Op sommige dagen kwam hij er twintig kilo bij," vertelt Hulshof.

Hij verdient er 5000 euro mee. Ruim 14.000 mensen kwamen kijken.`,
		"w10fr.txt": `fr|Une citrouille géante de plus d'une tonne bat le record d'Europe

Insolite

Publié le 01/10/2039 à 21h30

Un jardinier néerlandais de 61 ans, Gerrit Hulshof, a remporté samedi le concours de citrouilles géantes de Harlingsdorf, en Allemagne, avec un spécimen de 1 108 kg, nouveau record d'Europe.

L'ancien record, 1 062 kg, datait de 2037. La citrouille a poussé en 110 jours, soit moins de quatre mois, et a reçu jusqu'à 400 litres d'eau par jour.

Le lauréat, un enseignant à la retraite, empoche 5 000 euros.`,
	}, nil},
}
