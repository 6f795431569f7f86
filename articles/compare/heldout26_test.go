package compare

// heldOutSquall are nine events written blind as wire copy and regional
// paper reports (datelines, agency credits, bylines, editing lines,
// captions, "Related:" lines), in seven languages. Six hold exactly one
// planted contradiction; three hold none but carry traps: a dateline dated
// the day after the happening, an earlier event's figure, a previous value,
// parts against totals, hedges and rounding, figures in captions.
// Frozen before its first run (commit 01932a9). Its first run flagged 5
// of the 6 contradictions with 1 false disagreement, so it passed:
//
//	marathon: missed q1es.txt's 17,200 against 16,200
//	cycling-stage: false disagreement quantity "Bellandi · age": q8es: 24 años; q8pt: 27 anos
//	held-out (Squall): 5/6 contradictions flagged, 1 false disagreements
//
// The miss kept q1es's "17.200 corredores" apart from the others'
// "16,200 runners" / "16 200 coureurs"; the false one gave Valente's age
// in q8pt to Bellandi.
//
// Fixed after, so the set is held out no longer: two surnames are two
// people, whose ages never rival. Now 5/6, 0 false.
var heldOutSquall = []heldOutEvent{
	{"marathon", map[string]string{
		"q1en.txt": `en|Kiptanui breaks course record in Valderra marathon

VALDERRA, Spain, April 8 (Reuters) - Kenya's Daniel Kiptanui won the Valderra marathon on Sunday in a course record of 2 hours 6 minutes 41 seconds, beating the mark of 2:07:15 set in 2031.

Ethiopia's Meseret Alemu took the women's race in 2:21:09. Organisers said 16,200 runners finished, out of 18,000 who started in cool, dry weather.

Kiptanui, 26, collects a prize of 50,000 euros.

Reporting by Pablo Ferrer; Editing by Ed Osmond`,
		"q1fr.txt": `fr|Marathon de Valderra : Kiptanui pulvérise le record

VALDERRA (Espagne), 8 avr 2035 (AFP) - Le Kényan Daniel Kiptanui a remporté dimanche le marathon de Valderra en 2 h 06 min 41 s, nouveau record de l'épreuve, qui était de 2 h 07 min 15 s depuis 2031.

Chez les femmes, l'Éthiopienne Meseret Alemu s'est imposée en 2 h 21 min 09 s. Selon les organisateurs, 16 200 coureurs ont franchi la ligne d'arrivée sur les 18 000 partants.

Kiptanui, 26 ans, empoche une prime de 50 000 euros.

pab/ag/ode`,
		"q1es.txt": `es|Kiptanui bate el récord del maratón de Valderra

Valderra, 8 abr (EFE).- El keniano Daniel Kiptanui ganó este domingo el maratón de Valderra con un tiempo de 2 horas, 6 minutos y 41 segundos, nuevo récord de la prueba, que estaba en 2:07:15 desde 2031.

En categoría femenina venció la etíope Meseret Alemu, con 2:21:09. Según la organización, 17.200 corredores llegaron a la meta, de los 18.000 que tomaron la salida.

Kiptanui, de 26 años, se lleva un premio de 50.000 euros.

(Foto) El keniano Daniel Kiptanui cruza la meta en Valderra. EFE/Marta Ruiz`,
		"q1it.txt": `it|Maratona di Valderra, record per Kiptanui

VALDERRA (ANSA) - Il keniano Daniel Kiptanui ha vinto domenica la maratona di Valderra, in Spagna, in 2h06'41", nuovo primato della corsa. Tra le donne successo dell'etiope Meseret Alemu in 2h21'09".

Al traguardo sono arrivati 16.200 dei 18.000 partenti.`,
	}, map[string][2]string{"q1es.txt": {"17,200", "16,200"}}},
	{"payments-deal", map[string]string{
		"q2de.txt": `de|Kessler kauft niederländischen Zahlungsdienstleister Payvlo

Walldorf (dpa) - Der Softwarekonzern Kessler Systeme übernimmt für 420 Millionen Euro den Amsterdamer Zahlungsdienstleister Payvlo. Das teilte das Unternehmen am Dienstag mit. Payvlo wurde 2027 gegründet und beschäftigt 310 Mitarbeiter.

Der Abschluss der Transaktion wird im dritten Quartal erwartet. Die Kessler-Aktie legte im Frankfurter Handel um 3,2 Prozent zu.

dpa-AFX/kro/bek`,
		"q2en.txt": `en|Germany's Kessler to buy Dutch payments firm Payvlo for 420 mln euros

FRANKFURT, March 6 (Reuters) - German software group Kessler Systeme said on Tuesday it had agreed to buy Amsterdam-based payments start-up Payvlo for 420 million euros, its biggest acquisition in a decade.

Payvlo, founded in 2027, has 310 staff. The deal is expected to close in the third quarter.

Kessler shares were up 3.2% at 1015 GMT.

Reporting by Anna Kowal; Editing by Rachel More`,
		"q2nl.txt": `nl|Duitse Kessler neemt Amsterdamse betaalstart-up Payvlo over

AMSTERDAM (ANP) - Het Duitse softwareconcern Kessler Systeme neemt het Amsterdamse betaalbedrijf Payvlo over voor 480 miljoen euro. Dat maakte Kessler dinsdag bekend.

Payvlo werd in 2027 opgericht en heeft 310 medewerkers. De overname moet in het derde kwartaal rond zijn.

Gerelateerd: Betaalbedrijven halen recordbedrag aan durfkapitaal op`,
	}, map[string][2]string{"q2nl.txt": {"€480 million", "€420 million"}}},
	{"inflation", map[string]string{
		"q3it.txt": `it|Istat, a maggio inflazione al 2,4%

ROMA (ANSA) - A maggio l'inflazione in Italia è salita al 2,4% su base annua, dal 2,1% di aprile, secondo la stima preliminare diffusa oggi dall'Istat. A spingere i prezzi sono stati soprattutto i beni energetici, in aumento del 6,8%.

L'inflazione di fondo, al netto di energetici e alimentari freschi, è stabile all'1,9%.`,
		"q3en.txt": `en|Italian inflation picks up to 2.4% in May

ROME, May 31 (Reuters) - Italy's annual inflation rate rose to 2.4% in May from 2.1% in April, driven by energy prices, preliminary data from statistics bureau ISTAT showed on Thursday.

Energy costs were up 6.8% year-on-year. Core inflation, stripping out energy and fresh food, held steady at 1.9%.

Reporting by Giulia Sorrentino; Editing by Keith Weir`,
		"q3fr.txt": `fr|Italie : l'inflation grimpe à 2,7 % en mai

ROME, 31 mai 2035 (AFP) - L'inflation en Italie a accéléré en mai pour atteindre 2,7 % sur un an, contre 2,1 % en avril, selon une première estimation publiée jeudi par l'institut national de la statistique Istat.

Les prix de l'énergie ont bondi de 6,8 % sur un an. L'inflation sous-jacente est restée stable à 1,9 %.`,
	}, map[string][2]string{"q3fr.txt": {"2.7%", "2.4%"}}},
	{"tortoise", map[string]string{
		"q4pt.txt": `pt|Morreu Jonas, a tartaruga-gigante do Zoo de Vilar, aos 118 anos

Vilar, 15 mai 2035 (Lusa) - A tartaruga-gigante Jonas, a mais antiga residente do Jardim Zoológico de Vilar, morreu hoje aos 118 anos, anunciou a instituição.

O animal, originário do atol de Aldabra, nas Seicheles, chegou ao zoo em 1961 e pesava cerca de 250 quilos. Segundo o veterinário Tiago Mendes, morreu de causas naturais.

Leia também: Zoo de Vilar recebe dois linces-ibéricos`,
		"q4es.txt": `es|Muere a los 113 años Jonas, la tortuga gigante del zoo portugués de Vilar

Lisboa, 15 may (EFE).- La tortuga gigante Jonas, la residente más longeva del zoológico de Vilar, en el centro de Portugal, murió este martes a los 113 años, informó la institución.

El animal, procedente del atolón de Aldabra (Seychelles), llegó al zoo en 1961 y pesaba unos 250 kilos. Según el veterinario Tiago Mendes, murió por causas naturales.`,
		"q4en.txt": `en|Jonas the giant tortoise dies at 118

By Sarah Whitfield

LISBON (AP) — Jonas, a giant tortoise that had lived at the Vilar Zoo in central Portugal since 1961, died Tuesday at the age of 118, the zoo said.

The tortoise, which came from the Aldabra atoll in the Seychelles, weighed about 250 kilograms. Veterinarian Tiago Mendes said it died of natural causes.

Photo caption: Jonas the tortoise at Vilar Zoo in 2030. (AP Photo/Rui Pinto)`,
	}, map[string][2]string{"q4es.txt": {"113 years", "118 years"}}},
	{"car-free-centre", map[string]string{
		"q5nl.txt": `nl|Binnenstad Maastal vanaf maart autovrij

Door Eva de Graaf

MAASTAL - De gemeenteraad van Maastal heeft dinsdagavond ingestemd met een autovrije binnenstad. Het voorstel werd aangenomen met 27 tegen 12 stemmen.

Vanaf 1 maart 2036 mogen auto's niet meer in een gebied van 1,4 vierkante kilometer rond de Markt komen. De gemeente trekt 18 miljoen euro uit voor nieuwe fietsroutes en twee transferia.

Wethouder Sander Kools: "Dit is een historische avond."

Foto: De Markt in Maastal. Foto ANP / Rob Engels`,
		"q5de.txt": `de|Maastal sperrt Innenstadt für Autos

Maastal/Aachen (dpa/lnw) - Die niederländische Grenzstadt Maastal verbannt die Autos aus ihrer Innenstadt. Der Gemeinderat stimmte am Donnerstagabend mit 27 zu 12 Stimmen für den Plan, wie die Stadt mitteilte.

Ab dem 1. März 2036 dürfen Autos ein 1,4 Quadratkilometer großes Gebiet rund um den Markt nicht mehr befahren. Die Stadt investiert 18 Millionen Euro in neue Radwege und zwei Park-and-Ride-Plätze.

Auch Pendler aus Deutschland sind betroffen.`,
		"q5fr.txt": `fr|Maastal interdit les voitures dans son centre-ville

MAASTAL, 7 novembre 2035 (Belga) - Le conseil communal de la ville néerlandaise de Maastal a approuvé mardi soir, par 27 voix contre 12, la fermeture de son centre-ville aux voitures.

À partir du 1er mars 2036, les automobiles seront interdites sur une zone de 1,4 km² autour de la place du Marché. La ville consacrera 18 millions d'euros à de nouvelles pistes cyclables et à deux parkings relais.`,
	}, map[string][2]string{"q5de.txt": {"Thursday", "Tuesday"}}},
	{"skyscraper", map[string]string{
		"q6es.txt": `es|Inaugurada en Castellor la Torre Aldana, el rascacielos más alto de la UE

Castellor, 20 sep (EUROPA PRESS) - La Torre Aldana, de 312 metros de altura y 74 plantas, fue inaugurada este jueves en Castellor y se convierte en el edificio más alto de la Unión Europea.

La obra, diseñada por el estudio de la arquitecta Lucía Ordóñez, ha costado 640 millones de euros y ha tardado seis años en construirse. Albergará oficinas, un hotel de 220 habitaciones y un mirador en la planta 72.

Relacionado: Los rascacielos más altos de Europa`,
		"q6it.txt": `it|Spagna, inaugurata la Torre Aldana: è il grattacielo più alto dell'Ue

CASTELLOR (ANSA) - È stata inaugurata giovedì a Castellor, in Spagna, la Torre Aldana: con i suoi 302 metri e 74 piani è l'edificio più alto dell'Unione europea.

Il progetto, firmato dall'architetta Lucía Ordóñez, è costato 640 milioni di euro e ha richiesto sei anni di lavori. Ospiterà uffici, un albergo da 220 camere e una terrazza panoramica al 72/o piano.`,
		"q6en.txt": `en|Spain opens EU's tallest skyscraper

CASTELLOR, Spain, Sept 20 (Reuters) - Spain on Thursday inaugurated the 312-metre Torre Aldana in the city of Castellor, making the 74-storey tower the tallest building in the European Union.

The tower, designed by architect Lucía Ordóñez, cost 640 million euros and took six years to build. It will house offices, a 220-room hotel and an observation deck on the 72nd floor.

Reporting by Elena Marsh; Editing by Alison Williams`,
	}, map[string][2]string{"q6it.txt": {"302 m", "312 m"}}},
	{"canton-census", map[string]string{
		"q7fr.txt": `fr|Le canton de Valmorel compte 412 380 habitants

VALMOREL (ATS) - La population du canton de Valmorel a atteint 412 380 habitants à la fin de 2034, soit une hausse de 1,8 % en un an, a annoncé lundi l'office cantonal de la statistique. Elle était de 405 090 personnes un an plus tôt.

Les étrangers représentent 31,5 % de la population, soit 129 900 personnes. La croissance est due pour l'essentiel à l'immigration : le solde naturel n'a été que de 410 personnes.

Le canton avait franchi la barre des 400 000 habitants en 2031.`,
		"q7de.txt": `de|Kanton Valmorel wächst auf über 412'000 Einwohner

Von Reto Brunner

Valmorel, 6. März 2035 – Der Kanton Valmorel zählte Ende 2034 rund 412'400 Einwohnerinnen und Einwohner, 1,8 Prozent mehr als im Vorjahr. Dies geht aus den am Montag veröffentlichten Zahlen des kantonalen Statistikamts hervor.

Knapp ein Drittel der Bevölkerung, 31,5 Prozent, besitzt keinen Schweizer Pass. Das Wachstum geht fast ausschliesslich auf die Zuwanderung zurück.

Bildlegende: In der Altstadt von Valmorel leben rund 38'000 Menschen. (Bild: Keystone)`,
		"q7en.txt": `en|Valmorel canton population tops 412,000

GENEVA, March 6 (Reuters) - The population of the Swiss canton of Valmorel rose 1.8% last year to 412,380, the cantonal statistics office said on Monday, with immigration accounting for nearly all of the growth.

Foreign nationals made up 31.5% of residents. Births exceeded deaths by just 410.

Related: Swiss population passes 9.5 million`,
	}, nil},
	{"cycling-stage", map[string]string{
		"q8it.txt": `it|Vuelta a Levante: Bellandi vince in salita, Valente nuovo leader

ALTO DE LA SIERRA (ANSA) - Marco Bellandi ha vinto sabato la nona tappa della Vuelta a Levante, 187 chilometri da Orcera all'Alto de la Sierra, staccando di 38 secondi il portoghese João Valente, che conquista la maglia di leader.

Il 24enne corridore toscano ha attaccato a 5 chilometri dall'arrivo, sulla salita finale di 14,2 km con una pendenza media del 7,1%. Lo scorso anno aveva chiuso la corsa al quinto posto.

Valente ha ora 12 secondi di vantaggio in classifica generale sullo spagnolo Iker Aranburu.`,
		"q8es.txt": `es|Bellandi gana en el Alto de la Sierra y Valente se viste de líder

Madrid, 15 jul (EFE).- El italiano Marco Bellandi ganó este sábado en solitario la novena etapa de la Vuelta a Levante, de 187 kilómetros entre Orcera y el Alto de la Sierra, con 38 segundos de ventaja sobre el portugués João Valente, nuevo líder de la carrera.

Bellandi, de 24 años, atacó a cinco kilómetros de la meta en la subida final, de 14,2 kilómetros al 7,1 % de pendiente media. El español Iker Aranburu, que llegó a la etapa como líder, perdió casi un minuto y es segundo en la general, a 12 segundos.

(Foto) Marco Bellandi celebra la victoria en el Alto de la Sierra, a 1.980 metros de altitud. EFE/Javier Lizón`,
		"q8pt.txt": `pt|João Valente é o novo líder da Volta a Levante

Lisboa, 14 jul 2035 (Lusa) - O ciclista português João Valente assumiu hoje a liderança da Volta a Levante, em Espanha, ao terminar no segundo lugar a nona etapa, a 38 segundos do vencedor, o italiano Marco Bellandi.

Na subida final para o Alto de la Sierra, com 14,2 quilómetros, Valente, de 27 anos, não conseguiu responder ao ataque de Bellandi, mas chega à 10.ª etapa com 12 segundos de vantagem sobre o espanhol Iker Aranburu.

Em 2033, Valente tinha terminado a prova em terceiro lugar, a 1m04s do vencedor.

Leia também: Portugueses em destaque no Tour`,
	}, nil},
	{"eruption", map[string]string{
		"q9en.txt": `en|Volcano erupts on Iceland's Reykjanes peninsula, town evacuated

REYKJAVIK, Jan 31 (Reuters) - A volcano erupted late on Tuesday near the fishing town of Sandvík in southwest Iceland, spewing lava from a 3.4-km (2.1-mile) fissure, the Icelandic Meteorological Office said.

Authorities evacuated about 3,100 people, including 2,600 residents of Sandvík and some 500 guests and staff of a nearby spa resort. There were no reports of injuries.

The previous eruption in the area, in 2032, lasted 19 days.

Reporting by Jón Ólafsson; Editing by Nick Macfie`,
		"q9nl.txt": `nl|Vulkaanuitbarsting op IJsland, vissersdorp ontruimd

REYKJAVIK (ANP/Reuters) - Op het schiereiland Reykjanes in het zuidwesten van IJsland is dinsdagavond laat een vulkaan uitgebarsten. Uit een ruim 3 kilometer lange spleet spuit lava tot 80 meter hoog, meldt het IJslandse meteorologische instituut.

Het vissersdorp Sandvík, met 2600 inwoners, is ontruimd. Ook de gasten en het personeel van een nabijgelegen kuuroord moesten weg, in totaal ruim drieduizend mensen.

Bij de vorige uitbarsting in de regio, in 2032, stroomde 19 dagen lang lava.

Foto: Lava bij Sandvík. Beeld AFP`,
		"q9de.txt": `de|Vulkanausbruch auf Island - Ort evakuiert

Reykjavík (dpa) - Auf der isländischen Halbinsel Reykjanes ist am späten Dienstagabend ein Vulkan ausgebrochen. Aus einer 3,4 Kilometer langen Erdspalte schießt Lava bis zu 80 Meter in die Höhe, wie der isländische Wetterdienst mitteilte.

Rund 3100 Menschen mussten in Sicherheit gebracht werden, die meisten davon aus dem Fischerort Sandvík. Verletzt wurde niemand.

Es ist der erste Ausbruch in der Region seit drei Jahren. 2032 war dort 19 Tage lang Lava ausgetreten.

Bildunterschrift: Der Lavastrom bei Sandvík am Mittwochmorgen, rund 1,5 Kilometer vom Ortsrand entfernt.`,
		"q9fr.txt": `fr|Islande : éruption volcanique près de Sandvík, 3 100 personnes évacuées

REYKJAVIK, 31 jan 2035 (AFP) - Un volcan est entré en éruption mardi en fin de soirée sur la péninsule de Reykjanes, dans le sud-ouest de l'Islande, près du village de pêcheurs de Sandvík, dont les 2 600 habitants ont été évacués, a indiqué l'Office météorologique islandais.

La lave jaillit d'une fissure longue de 3,4 km, avec des fontaines atteignant 80 mètres. Au total, environ 3 100 personnes ont dû quitter les lieux, dont les clients d'une station thermale voisine.

jh/ib/ode`,
	}, nil},
}
