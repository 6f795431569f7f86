package compare

// heldOutJanuary are multi-source events (8 events, 24 reports in English,
// French, German, Spanish, Italian, Dutch and Portuguese, every name
// invented) written blind on 1 December 2026, after everything they test
// was built, without reading the extraction or the matching, and run once.
// Six events hold one planted contradiction each (a count, an amount, a
// duration, a percentage, a length, a weekday), two hold none. The texts
// were frozen before any run; only the normalised form of a planted value
// was looked up after: the Spanish "510 millones de libras" normalises to
// "510 million", its currency unread.
//
// The first and only run flagged 4 of the 6 planted contradictions and
// nothing false (0 false disagreements). Missed: the Spanish "510 millones
// de libras" against "£410 million" (takeover), and the German "am
// Donnerstag" against "on Tuesday"/"el martes" for the same launch
// (launch). Both were fixed after, so the set is held out no longer:
// "libras" (and the pound, dollar and franc in more languages) are read as
// currencies, and each report's one weekday in its lead is compared across
// languages: 6 of 6, nothing false.
var heldOutJanuary = []heldOutEvent{
	{"ferry", map[string]string{
		"j1en.txt": "en|Ferry runs aground off Varnholm with 317 passengers aboard\n\nThe ferry Stella Brevik ran aground on a sandbank off the island of Varnholm early on Friday with 317 passengers and 23 crew aboard, the coastguard said. No one was seriously hurt.\n\nLifeboats brought all the passengers ashore within five hours, coastguard spokesman Henrik Maalstad said.",
		"j1nl.txt": "nl|Veerboot vastgelopen bij Varnholm\n\nDe veerboot Stella Brevik is vrijdagochtend vroeg voor de kust van Varnholm op een zandbank gelopen. Aan boord waren 317 passagiers en 23 bemanningsleden, aldus de kustwacht. Niemand raakte ernstig gewond.\n\nReddingsboten brachten alle passagiers binnen vijf uur aan wal, zei woordvoerder Henrik Maalstad van de kustwacht.",
		"j1fr.txt": "fr|Un ferry s'échoue au large de Varnholm\n\nLe ferry Stella Brevik s'est échoué vendredi à l'aube sur un banc de sable au large de l'île de Varnholm, avec 371 passagers et 23 membres d'équipage à bord, selon les garde-côtes. Aucun blessé grave n'est à déplorer.\n\nLes passagers ont été ramenés à terre en cinq heures par des canots de sauvetage. Le parquet de Sandeby a ouvert une enquête sur la route suivie par le navire.",
	}, map[string][2]string{"j1fr.txt": {"371", "317"}}},
	{"takeover", map[string]string{
		"j2en.txt": "en|Kestrava to buy Dunmore Pumps for £410m\n\nKestrava Industrial has agreed to buy British pump maker Dunmore Pumps for £410 million (about €475 million), the two companies said on Wednesday. Dunmore employs nearly 1,900 people at four sites in the Midlands.\n\nKestrava chief executive Ilse Moravec said she expected the deal to close in the spring, subject to regulatory approval.",
		"j2de.txt": "de|Kestrava kauft britischen Pumpenhersteller\n\nDer Industriekonzern Kestrava übernimmt für 410 Millionen Pfund den britischen Pumpenhersteller Dunmore Pumps. Das teilten beide Unternehmen am Mittwoch mit. Dunmore beschäftigt an vier Standorten 1870 Mitarbeiter.\n\nKestrava-Chefin Ilse Moravec rechnet mit einem Abschluss im Frühjahr, sofern die Behörden zustimmen.",
		"j2es.txt": "es|Kestrava comprará Dunmore Pumps\n\nEl grupo industrial Kestrava ha acordado la compra del fabricante británico de bombas Dunmore Pumps por 510 millones de libras, anunciaron el miércoles ambas compañías. Dunmore da empleo a unas 1.900 personas en cuatro plantas.\n\nLa consejera delegada de Kestrava, Ilse Moravec, prevé cerrar la operación en primavera.",
	}, map[string][2]string{"j2es.txt": {"£510 million", "£410 million"}}},
	{"tunnel", map[string]string{
		"j3en.txt":  "en|Brenna rail tunnel to close for 72 hours\n\nThe Brenna rail tunnel will close for 72 hours from 10pm on Friday for repairs to its drainage, the regional rail network said on Monday. Trains between Lurano and Castelvero will be replaced by buses.\n\n\"We know this is a burden for commuters,\" said the network's chief, Morwenna Tallis.",
		"j3en2.txt": "en|Tunnel shutdown: buses replace trains this weekend\n\nNo trains will run through the Brenna tunnel from Friday night until Monday night while engineers carry out a 72-hour repair of its drainage. Replacement buses will run between Lurano and Castelvero every quarter of an hour.\n\nThe head of the regional network, Morwenna Tallis, apologised to commuters.",
		"j3it.txt":  "it|Galleria di Brenna chiusa per 96 ore\n\nLa galleria ferroviaria di Brenna resterà chiusa per 96 ore a partire dalle 22 di venerdì per lavori al sistema di drenaggio, ha comunicato lunedì la rete ferroviaria regionale. Tra Lurano e Castelvero i treni saranno sostituiti da autobus.\n\n«Sappiamo che è un peso per i pendolari», ha detto la direttrice della rete, Morwenna Tallis.",
	}, map[string][2]string{"j3it.txt": {"96 hours", "72 hours"}}},
	{"water", map[string]string{
		"j4es.txt": "es|El agua subirá un 8,5 % en Castellar de Ombría\n\nEl ayuntamiento de Castellar de Ombría aprobó el jueves una subida del 8,5 % en la tarifa del agua a partir de marzo, la primera en seis años. La factura media de un hogar aumentará unos 5 euros al mes.\n\nLa oposición votó en contra.",
		"j4pt.txt": "pt|Castellar de Ombría aumenta a água em 5,8 %\n\nA câmara municipal de Castellar de Ombría aprovou na quinta-feira um aumento de 5,8 % na tarifa da água a partir de março, o primeiro em seis anos. A fatura média de uma família subirá cerca de 5 euros por mês.",
		"j4en.txt": "en|Water bills to rise 8.5% in Castellar de Ombría\n\nCouncillors in the Spanish town of Castellar de Ombría voted on Thursday to raise water charges by 8.5% from March, the first increase in six years. The average household will pay roughly €5 more a month.\n\nMayor Teodora Llanes said the money would pay for a new treatment plant.",
	}, map[string][2]string{"j4pt.txt": {"5.8%", "8.5%"}}},
	{"tram", map[string]string{
		"j5de.txt": "de|Neue Straßenbahnlinie in Ostersand eröffnet\n\nIn Ostersand ist am Samstag die neue Straßenbahnlinie 7 in Betrieb gegangen. Die 9,4 Kilometer lange Strecke verbindet den Hauptbahnhof mit dem Klinikum und hat 17 Haltestellen. Der Bau kostete rund 190 Millionen Euro.\n\nOberbürgermeister Falk Renstedt sprach von einem „großen Tag für die Stadt“.",
		"j5nl.txt": "nl|Nieuwe tramlijn in Ostersand\n\nIn de Duitse stad Ostersand is zaterdag de nieuwe tramlijn 7 geopend. De lijn is 4,9 kilometer lang, verbindt het centraal station met het ziekenhuis en telt 17 haltes. De aanleg kostte zo'n 190 miljoen euro.",
		"j5en.txt": "en|Ostersand opens new tram line\n\nThe German city of Ostersand opened its new tram line 7 on Saturday, a 9.4km route linking the main station with the university hospital via 17 stops. It cost about €186 million to build.\n\nMayor Falk Renstedt called it \"a great day for the city\".",
	}, map[string][2]string{"j5nl.txt": {"4.9 km", "9.4 km"}}},
	{"launch", map[string]string{
		"j6en.txt": "en|Orbitra launches its first weather satellite\n\nThe Spanish-Portuguese start-up Orbitra put its first weather satellite into orbit on Tuesday, lifting off from the Santa Ilha base at 06:42 local time. The 310-kilogram satellite will circle the Earth at an altitude of 540 kilometres.\n\nThe launch had been delayed twice by high winds.",
		"j6es.txt": "es|Orbitra lanza su primer satélite meteorológico\n\nLa empresa emergente hispano-lusa Orbitra puso en órbita el martes su primer satélite meteorológico desde la base de Santa Ilha, a las 06.42 hora local. El aparato, de 310 kilos, orbitará a 540 kilómetros de altura.",
		"j6de.txt": "de|Orbitra bringt ersten Wettersatelliten ins All\n\nDas spanisch-portugiesische Start-up Orbitra hat am Donnerstag seinen ersten Wettersatelliten ins All gebracht. Die Rakete hob um 6.42 Uhr Ortszeit vom Stützpunkt Santa Ilha ab. Der 310 Kilogramm schwere Satellit soll die Erde in rund 540 Kilometern Höhe umkreisen.\n\nDer Start war zweimal wegen starken Windes verschoben worden.",
	}, map[string][2]string{"j6de.txt": {"Thursday", "Tuesday"}}},
	{"bank-chair", map[string]string{
		"j7en.txt": "en|Valdane bank chairman resigns\n\nLuc Ferrandin, chairman of the Valdane cooperative bank, resigned on Monday after 13 years in the post. \"It is time to hand over to a new generation,\" he told staff in a letter. The bank, which has some 340,000 members in the region, did not name a successor.\n\nFerrandin, 67, will stay on the board until the annual meeting in June.",
		"j7fr.txt": "fr|Le président de la banque Valdane démissionne\n\nLuc Ferrandin, président de la banque coopérative Valdane, a démissionné lundi après treize ans à la tête de l'établissement. « Il est temps de passer la main à une nouvelle génération », a-t-il écrit aux salariés. La banque, qui compte près de 337 000 sociétaires dans la région, n'a pas désigné de successeur.",
		"j7it.txt": "it|Si dimette il presidente della banca Valdane\n\nLuc Ferrandin, presidente della banca cooperativa Valdane, ha lasciato lunedì l'incarico dopo tredici anni. La banca, che conta circa 340.000 soci nella regione, non ha ancora indicato un successore.\n\nFerrandin, 67 anni, resterà nel consiglio fino all'assemblea di giugno.",
	}, nil},
	{"quake", map[string]string{
		"j8en.txt": "en|Magnitude 5.1 quake shakes Sorvena valley\n\nWorld | Europe | Italy\n\nUpdated Wednesday 13 January 2027, 08:40 GMT\n\nAn earthquake of magnitude 5.1 struck the Sorvena valley in northern Italy early on Wednesday, damaging dozens of old buildings and injuring at least nine people, none of them seriously, the civil protection agency said. The quake was centred near the village of Pietracava at a depth of about 12 kilometres.\n\nSchools in the valley will stay closed until Friday.",
		"j8pt.txt": "pt|Sismo de magnitude 5,1 abala vale de Sorvena\n\nUm sismo de magnitude 5,1 atingiu na madrugada de quarta-feira o vale de Sorvena, no norte de Itália, danificando dezenas de edifícios antigos e ferindo nove pessoas, nenhuma com gravidade, segundo a proteção civil. O epicentro situou-se perto da aldeia de Pietracava, a cerca de 12 quilómetros de profundidade.",
		"j8nl.txt": "nl|Aardbeving van 5,1 in Noord-Italië\n\nWoensdag 13 januari 2027, 09.40 uur\n\nEen aardbeving met een kracht van 5,1 heeft woensdagochtend vroeg het Sorvena-dal in Noord-Italië getroffen. Tientallen oude gebouwen raakten beschadigd en negen mensen liepen lichte verwondingen op, meldt de civiele bescherming. Het epicentrum lag bij het dorp Pietracava, op ongeveer twaalf kilometer diepte.\n\nScholen in het dal blijven tot vrijdag dicht.",
	}, nil},
}
