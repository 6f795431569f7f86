package compare

// heldOutNovember are eight events written blind, after the October set's
// rules, without reading the extraction, grouping or matching code. Six
// hold one planted contradiction each, two hold none.
//
// First run (commit c59232d, texts frozen): 4/6 contradictions flagged,
// 1 false disagreement, so within the threshold. Missed: the avalanche's
// death toll (n1it "uccidendo cinque persone" against "vier von ihnen
// getötet" / "Quatre skieurs ... ont été tués": no death count was drawn
// from any of the three), and the chess winner's age (n5en "Daan Verhoef,
// aged 21" against "Daan Verhoef, de 19 años" / "De 19-jarige ... Daan
// Verhoef": none drawn for Verhoef). False: "Armenia's Hovik Manukyan ·
// age", n5es's "Daan Verhoef, de 19 años" taken as Manukyan's age (19
// against his 34 in n5en, n5nl). Other wrong readings in the -v log: "vers
// 11h30 à 2 800 mètres" as the range 30 m–2,800 m; "guida alpina di 58
// anni" as a duration; "april 2026 gesloten" as the count 2,026; the
// person "Paolo Sarni van Infrastructuur"; "16 Gigawattstunden" a count
// apart from "16 GW".
//
// Fixed after, so the set is held out no longer: "Name, aged 21", Dutch
// and German ages glued by a hyphen ("19-jarige", "58-jähriger"), people
// counted after a verb of killing ("uccidendo cinque persone"), and two
// people's ages never compared across languages (the false flag). Now 5
// of 6, nothing false. Still missed: the avalanche's dead, counted in the
// other two reports as "vier von ihnen" and "Quatre skieurs … ont été
// tués", which no rule reads.
var heldOutNovember = []heldOutEvent{
	{"avalanche", map[string]string{
		"n1de.txt": `de|Lawine im Ferwalltal: Vier Skitourengeher tot

Panorama | Österreich | Sport | Wetter

Aktualisiert: 13.11.2027, 18:25 Uhr

Die Lawinenwarnstufe lag am Samstag bei 4 von 5.

Galtür – Eine Lawine hat am Samstag im Tiroler Ferwalltal eine Gruppe von sieben Skitourengehern mitgerissen und vier von ihnen getötet. Zwei Menschen wurden schwer verletzt, ein Mann konnte sich selbst befreien. Das Schneebrett war gegen 11.30 Uhr auf rund 2.800 Metern Seehöhe abgegangen und etwa 300 Meter breit.

Unter den Toten ist ein 58-jähriger Bergführer aus Landeck. „Die Verschütteten lagen bis zu zwei Meter tief“, sagte Einsatzleiter Matthias Grabner von der Bergrettung. Mehr als 60 Helfer und drei Hubschrauber waren im Einsatz.

Grabner zufolge hatte es in den drei Tagen zuvor fast einen Meter Neuschnee gegeben.`,
		"n1it.txt": `it|Valanga in Tirolo, cinque morti tra gli scialpinisti

Cronaca | Esteri | Meteo | Montagna

Aggiornato alle 19:10

Il pericolo valanghe era di grado 4 su una scala di 5.

Innsbruck – Una valanga si è staccata sabato nella valle del Ferwall, in Tirolo, travolgendo un gruppo di sette scialpinisti e uccidendo cinque persone. Due feriti gravi sono stati trasportati in elicottero all'ospedale di Innsbruck. La slavina, larga circa 300 metri, si è staccata verso le 11.30 a 2.800 metri di quota.

Tra le vittime c'è una guida alpina di 58 anni di Landeck. Secondo il capo dei soccorsi, Matthias Grabner, gli sciatori erano sepolti fino a due metri di profondità. Sul posto sono intervenuti oltre 60 soccorritori e tre elicotteri.`,
		"n1fr.txt": `fr|Autriche : une avalanche fait quatre morts dans le Tyrol

International | Europe | Montagne | Faits divers

Mis à jour le 13 novembre 2027 à 20h05

Le risque d'avalanche était de niveau 4 sur une échelle de 5.

Vienne (AFP) – Quatre skieurs de randonnée ont été tués samedi par une avalanche dans la vallée de Ferwall, dans le Tyrol autrichien, a annoncé le secours en montagne. Le groupe comptait sept personnes : deux ont été grièvement blessées et un homme a pu se dégager seul.

La coulée, large d'environ 300 mètres, est partie vers 11h30 à 2 800 mètres d'altitude. Parmi les morts figure un guide de haute montagne âgé de 58 ans, originaire de Landeck.

Plus de 60 sauveteurs et trois hélicoptères ont été mobilisés, a précisé Matthias Grabner, qui dirigeait les secours. Selon lui, près d'un mètre de neige fraîche était tombé en trois jours.`,
	}, map[string][2]string{"n1it.txt": {"5", "4"}}},
	{"hospital-ransomware", map[string]string{
		"n2nl.txt": `nl|Hackers eisen 2,5 miljoen euro van Deventer ziekenhuis

Binnenland | Tech | Gezondheid | Regio

Bijgewerkt 10 november 2027, 14:20

Patiënten worden gevraagd niet zonder afspraak naar het ziekenhuis te komen.

Deventer – Het Zuiderhaven Medisch Centrum in Deventer is maandag getroffen door een ransomware-aanval. De criminelen, die zich BlackLantern noemen, eisen 2,5 miljoen euro losgeld in bitcoin. Het ziekenhuis gaat daar niet op in, zei bestuursvoorzitter Ingrid Hoekstra woensdag.

Door de aanval zijn 140 operaties uitgesteld. De spoedeisende hulp was 72 uur dicht; ambulances reden naar ziekenhuizen in Zwolle en Apeldoorn. Mogelijk zijn gegevens van zo'n 1.900 patiënten buitgemaakt.

Hoekstra verwacht dat de systemen pas volgende week weer volledig werken. De politie onderzoekt de zaak.`,
		"n2en.txt": `en|Dutch hospital hit by ransomware, refuses €2.5 million demand

World | Europe | Technology | Health

Updated 13:45

Emergency patients were diverted to other cities for three days.

DEVENTER, Netherlands, Nov 10 – A hospital in the eastern Dutch city of Deventer said on Wednesday it would not pay a ransom of 2.5 million euros ($2.7 million) demanded by hackers who crippled its computer systems on Monday.

The attack on Zuiderhaven Medical Centre, claimed by a group calling itself BlackLantern, forced the postponement of 140 operations and shut the emergency department for 72 hours. Data on some 1,900 patients may have been stolen.

"We will not reward criminals," chair Ingrid Hoekstra told reporters. Ambulances were sent to hospitals in Zwolle and Apeldoorn while the department was closed.`,
		"n2pt.txt": `pt|Ataque informático paralisa hospital nos Países Baixos

Mundo | Europa | Tecnologia | Saúde

Atualizado: 10/11/2027 15:05

O hospital garante que não vai pagar.

Haia – Um grupo de piratas informáticos que se apresenta como BlackLantern exige 3,5 milhões de euros ao Centro Médico Zuiderhaven, em Deventer, no leste dos Países Baixos, depois de um ataque de "ransomware" na segunda-feira.

Segundo a presidente do conselho de administração, Ingrid Hoekstra, foram adiadas 140 cirurgias e as urgências estiveram encerradas durante 72 horas. Os dados de cerca de 1.900 doentes poderão ter sido roubados.

Hoekstra disse na quarta-feira que o hospital não cederá à chantagem.`,
	}, map[string][2]string{"n2pt.txt": {"€3.5 million", "€2.5 million"}}},
	{"airline-passengers", map[string]string{
		"n3es.txt": `es|Aerovela transporta 41,2 millones de pasajeros, un 8,4 % más

Economía | Empresas | Turismo | Mercados

Actualizado: 09/11/2027 10:15

La aerolínea prevé abrir 18 rutas nuevas el próximo verano.

Madrid – La aerolínea de bajo coste Aerovela transportó 41,2 millones de pasajeros en su ejercicio fiscal cerrado en septiembre, un 8,4 % más que el año anterior, según informó este martes la compañía. El beneficio neto alcanzó los 612 millones de euros y la ocupación media de sus aviones fue del 91,3 %.

La consejera delegada, Lucía Arrieta, atribuyó el crecimiento a la llegada de 22 aviones nuevos. La flota suma ya 164 aparatos.

Las acciones de Aerovela subían un 3,1 % a media sesión en la Bolsa de Madrid.`,
		"n3en.txt": `en|Aerovela passenger numbers climb to record 41.2 million

Business | Markets | Travel | Companies

Updated 11:02

Shares rose 3.1 per cent in Madrid trading.

MADRID, Nov 9 – Spanish low-cost carrier Aerovela said on Tuesday it flew 41.2 million passengers in the year to September, up 8.4 per cent, helped by 22 new aircraft.

Net profit reached 612 million euros ($660 million) and its planes were on average 91.3 per cent full. The fleet now stands at 164 aircraft.

Chief executive Lucia Arrieta said Aerovela would open 18 new routes next summer.`,
		"n3pt.txt": `pt|Aerovela transportou 41,2 milhões de passageiros

Economia | Empresas | Turismo | Bolsa

Atualizado: 09/11/2027 12:40

A companhia espanhola reforça as ligações a Lisboa e ao Porto.

Madrid – A companhia aérea de baixo custo Aerovela transportou 41,2 milhões de passageiros no exercício terminado em setembro, mais 6,4% do que no ano anterior, anunciou na terça-feira a empresa.

O lucro líquido chegou aos 612 milhões de euros e a taxa de ocupação média foi de 91,3%. A presidente executiva, Lucía Arrieta, anunciou 18 novas rotas para o próximo verão.`,
	}, map[string][2]string{"n3pt.txt": {"6.4%", "8.4%"}}},
	{"bridge-reopens", map[string]string{
		"n4it.txt": `it|Riapre il viadotto del Varlone dopo 19 mesi di lavori

Cronaca | Liguria | Trasporti | Economia

Aggiornato alle 17:30

Il traffico pesante potrà transitare da lunedì.

Ventimiglia – Dopo 19 mesi di chiusura è stato riaperto venerdì il viadotto del Varlone, sulla statale che collega la Liguria alla Francia. I lavori di consolidamento dei piloni sono costati 46 milioni di euro. Il viadotto, lungo 620 metri, era stato chiuso nell'aprile 2026 dopo la scoperta di crepe in due piloni.

«È un giorno atteso da migliaia di pendolari», ha detto il ministro delle Infrastrutture, Paolo Sarni, al taglio del nastro. Prima della chiusura ci passavano circa 24.000 veicoli al giorno.`,
		"n4fr.txt": `fr|Le viaduc du Varlone rouvert entre la France et l'Italie

Régions | Provence-Alpes-Côte d'Azur | Transports | Économie

Mis à jour le 12 novembre 2027 à 18h45

Les poids lourds devront attendre lundi.

Menton – Fermé depuis avril 2026, le viaduc du Varlone, situé côté italien à quelques kilomètres de la frontière, a rouvert à la circulation le 12. Long de 620 mètres, l'ouvrage avait été fermé après la découverte de fissures dans deux piles.

Les travaux, qui ont duré dix-neuf mois, ont coûté 46 millions d'euros. Quelque 24 000 véhicules l'empruntaient chaque jour, dont de nombreux frontaliers travaillant à Monaco.

Le ministre italien des Infrastructures, Paolo Sarni, a coupé le ruban vendredi matin.`,
		"n4nl.txt": `nl|Belangrijke viaduct naar Italiaanse Rivièra weer open

Buitenland | Reizen | Verkeer | Europa

Bijgewerkt 12 november 2027, 19:10

Vrachtverkeer mag vanaf maandag weer over de brug.

Ventimiglia – Het Varlone-viaduct bij de Frans-Italiaanse grens is vrijdag na negentien maanden weer opengegaan. Het 620 meter lange viaduct werd in april 2026 gesloten nadat scheuren in twee pijlers waren ontdekt.

De herstelling kostte 46 miljoen euro. Voor de sluiting reden er dagelijks zo'n 24.000 voertuigen overheen, ook veel vakantiegangers op weg naar de Rivièra. Minister Paolo Sarni van Infrastructuur knipte het lint door.`,
	}, nil},
	{"chess-open", map[string]string{
		"n5es.txt": `es|El neerlandés Daan Verhoef, de 19 años, gana el Open de Granada

Deportes | Ajedrez | Andalucía | Cultura

Actualizado: 14/11/2027 21:30

El torneo reunió a 212 jugadores de 31 países.

Granada – El gran maestro neerlandés Daan Verhoef, de 19 años, se proclamó este domingo campeón del Open Internacional de Granada con 7,5 puntos de 9 posibles, medio punto por delante del armenio Hovik Manukyan, de 34.

Verhoef, que no perdió ninguna partida, se lleva un premio de 25.000 euros. En la última ronda firmó tablas con Manukyan en 41 jugadas. El mejor español fue el madrileño Álvaro Cienfuegos, sexto con 6,5 puntos.`,
		"n5nl.txt": `nl|Verhoef (19) wint sterk schaaktoernooi in Granada

Sport | Schaken | Buitenland | Cultuur

Bijgewerkt 14 november 2027, 22:05

Het is zijn grootste toernooizege tot nu toe.

Granada – De 19-jarige Nederlandse grootmeester Daan Verhoef heeft zondag het internationale open toernooi van Granada gewonnen. Hij scoorde 7,5 punten uit 9 partijen en bleef ongeslagen. De Armeniër Hovik Manukyan (34) werd tweede met een half punt minder.

In de slotronde speelde Verhoef in 41 zetten remise tegen Manukyan. Aan het toernooi deden 212 schakers uit 31 landen mee. De winnaar krijgt 25.000 euro.`,
		"n5en.txt": `en|Dutch prodigy Verhoef takes Granada Open title

Sport | Chess | Europe | More sports

Updated 21:50

Verhoef finished the nine rounds unbeaten.

GRANADA, Spain, Nov 14 – Dutch grandmaster Daan Verhoef, aged 21, won the Granada International Open on Sunday with 7.5 points from nine games, half a point clear of Armenia's Hovik Manukyan, 34.

Verhoef drew with Manukyan in 41 moves in the final round to secure the 25,000-euro first prize. The event drew 212 players from 31 countries.`,
	}, map[string][2]string{"n5en.txt": {"21 years", "19 years"}}},
	{"tax-fraud-trial", map[string]string{
		"n6fr.txt": `fr|Fraude fiscale : quatre ans de prison, dont deux avec sursis, pour l'homme d'affaires Gérard Lambrecht

Justice | Économie | Grand Est | France

Mis à jour le 9 novembre 2027 à 17h20

Ses avocats ont annoncé qu'il ferait appel.

Strasbourg – Le tribunal correctionnel de Strasbourg a condamné mardi l'homme d'affaires Gérard Lambrecht, 61 ans, à quatre ans d'emprisonnement dont deux avec sursis et à 1,5 million d'euros d'amende pour fraude fiscale aggravée. Le parquet avait requis cinq ans.

Le fondateur du groupe de transport Lambrecht Logistique était accusé d'avoir dissimulé 27 millions d'euros au fisc entre 2016 et 2022, via des comptes en Suisse et au Luxembourg.

« Le tribunal a été sévère mais juste », a réagi le procureur Yann Deroche.`,
		"n6de.txt": `de|Steuerbetrug: Straßburger Unternehmer zu vier Jahren Haft verurteilt

Wirtschaft | Ausland | Recht | Frankreich

Aktualisiert: 09.11.2027, 18:05 Uhr

Das Urteil ist noch nicht rechtskräftig.

Straßburg – Ein Gericht in Straßburg hat den Transportunternehmer Gérard Lambrecht am Dienstag wegen schweren Steuerbetrugs zu vier Jahren Haft verurteilt, zwei davon auf Bewährung. Zudem muss der 61-Jährige eine Geldstrafe von 1,5 Millionen Euro zahlen. Die Staatsanwaltschaft hatte fünf Jahre gefordert.

Lambrecht soll zwischen 2016 und 2022 rund 27 Millionen Euro über Konten in der Schweiz und in Luxemburg vor dem Fiskus versteckt haben. Seine Firma Lambrecht Logistique beschäftigt auch in Baden-Württemberg Hunderte Fahrer.`,
		"n6it.txt": `it|Frode fiscale, condannato a quattro anni l'imprenditore Lambrecht

Esteri | Economia | Giustizia | Francia

Aggiornato alle 18:50

La difesa ricorrerà in appello.

Parigi – Il tribunale di Strasburgo ha condannato giovedì l'imprenditore francese Gérard Lambrecht, 61 anni, a quattro anni di reclusione, due dei quali con la condizionale, e a una multa di 1,5 milioni di euro per frode fiscale aggravata.

Secondo l'accusa, il fondatore del gruppo di trasporti Lambrecht Logistique ha nascosto al fisco 27 milioni di euro tra il 2016 e il 2022 su conti in Svizzera e in Lussemburgo. Il pubblico ministero aveva chiesto cinque anni.`,
	}, map[string][2]string{"n6it.txt": {"Thursday", "Tuesday"}}},
	{"snowstorm-flights", map[string]string{
		"n7de.txt": `de|Schneesturm legt Madrider Flughafen lahm

Panorama | Reise | Ausland | Wetter

Aktualisiert: 11.11.2027, 20:30 Uhr

Auch Flüge von und nach Frankfurt und München fielen aus.

Madrid – Ein heftiger Schneesturm hat am Donnerstag den Flughafen Madrid-Barajas weitgehend lahmgelegt. Der Betreiber Aena strich 312 Flüge, rund 2.000 Passagiere mussten die Nacht im Terminal verbringen. In der Innenstadt fielen binnen zwölf Stunden 30 Zentimeter Schnee.

Das Sturmtief „Quirino“ brachte auch Böen von bis zu 90 Kilometern pro Stunde. Der Wetterdienst Aemet rief für die Region Madrid die höchste Warnstufe Rot aus. Mehrere Autobahnen Richtung Norden waren gesperrt.`,
		"n7pt.txt": `pt|Tempestade de neve cancela 312 voos em Madrid

Mundo | Espanha | Transportes | Meteorologia

Atualizado: 11/11/2027 21:15

Há voos de Lisboa e do Porto afetados.

Madrid – A tempestade "Quirino" obrigou na quinta-feira ao cancelamento de 312 voos no aeroporto de Madrid-Barajas, segundo o gestor aeroportuário Aena. Cerca de 2.000 passageiros passaram a noite no terminal.

Caíram 30 centímetros de neve no centro da capital espanhola em 12 horas e as rajadas de vento chegaram aos 90 km/h. A agência meteorológica Aemet decretou o aviso vermelho para a região de Madrid.`,
		"n7es.txt": `es|La borrasca Quirino obliga a cancelar 312 vuelos en Barajas

España | Madrid | Tiempo | Transportes

Actualizado: 11/11/2027 19:55

La Aemet mantiene el aviso rojo hasta el viernes por la mañana.

Madrid – La borrasca Quirino descargó este jueves 30 centímetros de nieve en el centro de Madrid en apenas doce horas y obligó a Aena a cancelar 312 vuelos en el aeropuerto Adolfo Suárez Madrid-Barajas. Unos 2.000 pasajeros pasaron la noche en las terminales.

Las rachas de viento alcanzaron los 90 kilómetros por hora. «Pedimos a los ciudadanos que no cojan el coche», dijo la delegada del Gobierno en Madrid, Carmen Olivares. La A-1 permaneció cortada durante varias horas.`,
	}, nil},
	{"factory-investment", map[string]string{
		"n8en.txt": `en|Nordvik to build €1.8 billion battery plant in Saxony

Business | Energy | Europe | Companies

Updated 16:10

The plant is due to start production in 2030.

BERLIN, Nov 10 – Swedish battery maker Nordvik Cells will invest 1.8 billion euros ($2.1 billion) in a cell factory near Leipzig, creating 1,400 jobs, the company said on Wednesday.

The plant will cover 85,000 square metres (915,000 sq ft) and have an annual capacity of 16 gigawatt hours, enough for about 200,000 electric cars. Chief executive Henrik Sjöberg said Germany had offered about 240 million euros in state aid.

Construction is due to begin next spring.`,
		"n8de.txt": `de|Nordvik baut Batteriefabrik bei Leipzig

Wirtschaft | Sachsen | Energie | Unternehmen

Aktualisiert: 10.11.2027, 17:45 Uhr

Der Freistaat spricht von der größten Ansiedlung seit Jahren.

Leipzig – Der schwedische Batteriehersteller Nordvik Cells investiert 1,8 Milliarden Euro in eine Zellfabrik im Landkreis Leipzig. Auf 85.000 Quadratmetern sollen ab 2030 Zellen mit einer Jahreskapazität von 16 Gigawattstunden entstehen, teilte das Unternehmen am Mittwoch mit. Geplant sind 1.400 Arbeitsplätze.

Vorstandschef Henrik Sjöberg bestätigte Staatshilfen von rund 240 Millionen Euro. Baubeginn soll im Frühjahr sein.`,
		"n8es.txt": `es|La sueca Nordvik invertirá 1.800 millones en una fábrica de baterías en Alemania

Economía | Empresas | Internacional | Energía

Actualizado: 10/11/2027 18:20

La planta dará empleo a 1.400 personas.

Berlín – El fabricante sueco de baterías Nordvik Cells invertirá 1.800 millones de euros en una fábrica de celdas cerca de Leipzig, anunció el miércoles la empresa. La planta ocupará 58.000 metros cuadrados y tendrá una capacidad anual de 16 gigavatios hora.

Su consejero delegado, Henrik Sjöberg, confirmó ayudas públicas de unos 240 millones de euros. La producción arrancará en 2030.`,
	}, map[string][2]string{"n8es.txt": {"58,000 m²", "85,000 m²"}}},
}
