package compare

// heldOutOctober is the October held-out set: eight events of three
// reports each, written blind to the extraction, grouping and matching
// code, and meant to be hard on false disagreements (tallies, rounding,
// hedges, °C beside °F, earlier records with their year, second days,
// roles named differently across languages). Five events hold one planted
// contradiction each; the vote, the heatwave and the satellite hold none.
//
// First run (frozen texts, commit b061037): 3/5 contradictions flagged,
// 1 false disagreement, so it passes its threshold of at most one. Flagged:
// the hostages' 122 against 212 days, the stage's 178 against 187 km and
// the recall's Friday against Wednesday. Missed: the Dutch 43 people
// treated against 34 (each a row of its own, "mensen · 43" apart from
// "menschen · 34") and the Italian €210 million of damage against
// €120 million ("danni" apart from "beziffern"). False: the vote's
// "148 contrari" set against the French and Spanish 120 nights, whose
// 148 against were not read at all. Also seen: the Portuguese and English
// temperatures (47,9 °C, 47.9C (118.2F), 47.4C) were not read, only the
// Spanish "grados"; the Italian "38 le portacontainer" and "Quasi 100.000
// container" were not read.
//
// Fixed after, so the set is held out no longer: temperatures ("47,9 °C",
// "47.9C (118.2F)", Fahrenheit its own scale) and people counted for
// being treated. Now 4 of 5 and still 1 false disagreement: 120 nights
// (a cap on rentals) against 148 votes against, two counts of unknown
// things whose sentences share names and figures.
var heldOutOctober = []heldOutEvent{
	{"solvent-fire", map[string]string{
		"o1de.txt": `de|Großbrand in Lackfabrik: Giftige Rauchwolke über Kesselbrunn

Politik | Ausland | Wirtschaft | Panorama

Aktualisiert: 06.10.2027, 16:40 Uhr

Anwohner sollten Fenster und Türen geschlossen halten.

Kesselbrunn – Bei einem Großbrand in einer Lackfabrik der Velmar Chemie GmbH sind in der Nacht zum Mittwoch 34 Menschen mit Atemwegsreizungen behandelt worden, neun von ihnen kamen ins Krankenhaus. Das Feuer war am Dienstag gegen 23 Uhr in einer rund 4000 Quadratmeter großen Lagerhalle für Lösungsmittel ausgebrochen.

Rund 160 Einsatzkräfte der Feuerwehr kämpften die ganze Nacht gegen die Flammen. Für einen Umkreis von fünf Kilometern galt eine Warnung vor der schwarzen Rauchwolke; sie wurde am Mittwoch um 14 Uhr aufgehoben.

„Messungen haben keine gefährlichen Werte mehr ergeben“, sagte Kreisbrandmeister Jörg Habicht. Auf dem Gelände hatte es bereits 2014 gebrannt.`,
		"o1nl.txt": `nl|Zware brand in Duitse verffabriek, giftige rook trekt over grensstreek

Binnenland | Buitenland | Economie | Regio

Bijgewerkt 6 oktober 2027, 17:05

Inwoners in de grensstreek werd gevraagd ramen dicht te houden.

Kesselbrunn – Bij een grote brand in een verffabriek van Velmar Chemie in het Duitse Kesselbrunn zijn 43 mensen behandeld voor ademhalingsklachten. Negen van hen werden in het ziekenhuis opgenomen. De brand brak dinsdagavond rond 23.00 uur uit in een opslaghal van ongeveer 4.000 vierkante meter waar oplosmiddelen lagen.

Ongeveer 160 brandweerlieden waren de hele nacht in touw. Binnen een straal van vijf kilometer gold een waarschuwing voor de rookwolk, die woensdagmiddag om 14.00 uur werd ingetrokken.

Volgens de regionale brandweercommandant Jörg Habicht zijn er geen schadelijke stoffen meer gemeten.`,
		"o1en.txt": `en|Toxic smoke cloud after blaze at German paint factory

World | Europe | Business | Environment

Updated 15:55

Residents within 5 km (3 miles) were told to stay indoors.

KESSELBRUNN, Germany, Oct 6 – Thirty-four people were treated for breathing problems and nine were taken to hospital after a fire at a Velmar Chemie paint factory sent a plume of black smoke over the town of Kesselbrunn overnight, authorities said on Wednesday.

The fire started at about 11 p.m. on Tuesday in a solvent store of some 4,000 square metres (43,000 sq ft). More than 150 firefighters fought the flames through the night.

District fire chief Jörg Habicht said air measurements no longer showed harmful levels and the warning was lifted at 2 p.m. on Wednesday. By Wednesday evening a further six residents had sought treatment at local clinics, a spokeswoman said.

The same site was hit by a smaller fire in 2014.`,
	}, map[string][2]string{"o1nl.txt": {"43", "34"}}},
	{"rental-law", map[string]string{
		"o2it.txt": `it|Affitti brevi, la Camera approva la legge: tetto di 120 notti nei centri storici

Politica | Economia | Cronaca | Esteri

Aggiornato alle 19:40

Il testo passa ora al Senato, il voto è atteso entro fine novembre.

Roma – La Camera dei deputati ha approvato mercoledì la legge sugli affitti brevi con 213 voti favorevoli, 148 contrari e 12 astenuti. Il provvedimento fissa un tetto di 120 notti all'anno per gli alloggi affittati ai turisti nei centri storici delle città d'arte e prevede multe fino a 20.000 euro.

«È una legge che restituisce le case ai residenti», ha detto la ministra del Turismo, Donatella Ferrante. Le opposizioni hanno protestato in aula già martedì, quando erano stati respinti 64 emendamenti.

Secondo le associazioni dei proprietari, in Italia gli alloggi in affitto breve sono circa 580.000.`,
		"o2fr.txt": `fr|Italie : les députés votent la limitation des locations touristiques

International | Europe | Économie | Société

Mis à jour le 6 octobre 2027 à 21h10

Le texte doit encore être examiné par le Sénat.

Rome – La Chambre des députés italienne a adopté mercredi, par 213 voix pour, 148 contre et 12 abstentions, une loi limitant à 120 nuits par an la location de logements aux touristes dans les centres historiques. Les contrevenants s'exposent à des amendes allant jusqu'à 20 000 euros.

La ministre italienne du Tourisme, Donatella Ferrante, a salué « une loi qui rend les logements aux habitants ». La veille, l'opposition avait dénoncé le rejet de ses 64 amendements.

Environ 580 000 logements sont proposés en location de courte durée en Italie, selon les associations de propriétaires.`,
		"o2es.txt": `es|Italia limita los pisos turísticos a 120 noches al año en los centros históricos

Internacional | Europa | Economía | Sociedad

Actualizado: 06/10/2027 20:25

La ley, aprobada por 65 votos de diferencia, pasa ahora al Senado.

Roma – La Cámara de Diputados de Italia aprobó este miércoles, con 213 votos a favor, 148 en contra y 12 abstenciones, la ley de alquileres de corta duración, que limita a 120 noches anuales el alquiler turístico en los cascos históricos y fija multas de hasta 20.000 euros.

La ministra de Turismo, Donatella Ferrante, defendió que la norma «devuelve las viviendas a los vecinos». El martes, la oposición protestó por el rechazo de sus 64 enmiendas.

En Italia hay unas 580.000 viviendas de alquiler turístico, según las asociaciones de propietarios.`,
	}, nil},
	{"hostage-sahel", map[string]string{
		"o3fr.txt": `fr|Libérée après 212 jours de captivité, Claire Vautrin est rentrée en France

International | Afrique | Société | Planète

Mis à jour le 10 octobre 2027 à 12h30

Un ingénieur portugais, enlevé avec elle, a aussi été libéré.

Paris – L'humanitaire française Claire Vautrin, 41 ans, enlevée le 11 mars dans l'ouest du Niger, a été libérée samedi après 212 jours de captivité, a annoncé l'Élysée. Elle est arrivée dimanche matin à la base aérienne de Villacoublay, où l'attendait le président.

L'ingénieur portugais Rui Meireles, 58 ans, enlevé en même temps qu'elle, a également été relâché. Leur libération a été obtenue grâce à une médiation du Qatar, selon une source diplomatique.

Claire Vautrin travaillait depuis 2022 pour une ONG d'accès à l'eau potable.`,
		"o3pt.txt": `pt|Engenheiro português libertado no Níger após sete meses de cativeiro

Mundo | África | Política | Sociedade

Atualizado às 11:15

Rui Meireles chega a Lisboa na segunda-feira.

Lisboa – O engenheiro português Rui Meireles, de 58 anos, raptado a 11 de março no oeste do Níger, foi libertado no sábado juntamente com a trabalhadora humanitária francesa Claire Vautrin, de 41 anos, após 212 dias em cativeiro, confirmou o Ministério dos Negócios Estrangeiros.

O ministro dos Negócios Estrangeiros agradeceu ao Qatar a mediação. Meireles, que trabalhava para uma empresa de construção de poços, deverá aterrar em Lisboa na segunda-feira.

A família pediu privacidade.`,
		"o3en.txt": `en|French aid worker and Portuguese engineer freed in Niger

World | Africa | Politics | Security

Updated 09:40

The two were abducted together in western Niger in March.

PARIS, Oct 10 – French aid worker Claire Vautrin, 41, and Portuguese engineer Rui Meireles, 58, were freed on Saturday after 122 days in captivity in Niger, the French presidency said. Qatar helped mediate their release, a diplomatic source said.

Vautrin landed at the Villacoublay air base near Paris on Sunday morning. Meireles is due in Lisbon on Monday.

Vautrin had worked since 2022 for a charity drilling wells and providing clean water.`,
	}, map[string][2]string{"o3en.txt": {"122 days", "212 days"}}},
	{"heat-record", map[string]string{
		"o4es.txt": `es|Portugal bate su récord de temperatura: 47,9 grados en Mora

Internacional | Europa | Sociedad | Ciencia

Actualizado: 20/10/2027 19:50

La ola de calor dura ya nueve días y se extiende a Extremadura.

Lisboa – Portugal registró el martes la temperatura más alta de su historia, 47,9 grados en la localidad de Mora, según el Instituto Portugués del Mar y la Atmósfera (IPMA). El anterior récord, de 47,4 grados, se midió en 2003.

La ola de calor, que dura ya nueve días, se extendió también a España: Badajoz alcanzó el martes 45,2 grados. Para el miércoles, el IPMA prevé todavía 46 grados en el Alentejo.

Las urgencias hospitalarias portuguesas registraron un 18 % más de ingresos que la semana anterior.`,
		"o4pt.txt": `pt|Calor: Mora regista 47,9 graus, novo máximo nacional

País | Sociedade | Mundo | Ciência

Atualizado às 18:30

Aviso vermelho mantém-se em sete distritos.

Mora – A estação meteorológica de Mora registou esta terça-feira 47,9 °C, a temperatura mais elevada alguma vez medida em Portugal, anunciou o IPMA. O anterior recorde, 47,4 °C, datava de 2003.

O país vive o nono dia consecutivo de onda de calor. Na quarta-feira, a temperatura máxima em Mora desceu para 46,1 °C, segundo dados provisórios.

Os hospitais registaram um aumento de 18% nas urgências face à semana anterior. Em Espanha, Badajoz chegou aos 45,2 °C.`,
		"o4en.txt": `en|Portugal sets national heat record of 47.9C

World | Europe | Climate | Weather

Updated 20:05

Temperatures topped 45C across the border in Spain.

LISBON, Oct 20 – Portugal recorded its highest temperature ever on Tuesday, 47.9C (118.2F), at a weather station in the town of Mora, the IPMA weather institute said. The previous record of 47.4C (117.3F) was set in 2003.

The heatwave, now in its ninth day, also gripped western Spain, where Badajoz reached 45.2C (113.4F).

Hospital emergency admissions in Portugal were up about 18% on the previous week, health officials said. Forecasters expected only slightly lower temperatures of around 46C on Wednesday.`,
	}, nil},
	{"port-strike", map[string]string{
		"o5nl.txt": `nl|Havenstaking Rotterdam: 38 schepen wachten op de rede

Binnenland | Buitenland | Economie | Regio

Bijgewerkt 14 oktober 2027, 18:20

Vakbond eist 6,5 procent loonsverhoging.

Rotterdam – Door de vijfdaagse staking van havenwerkers liggen donderdag 38 containerschepen voor de kust van Rotterdam te wachten. Ongeveer 95.000 containers konden sinds maandag niet worden overgeslagen.

De vakbond eist 6,5 procent meer loon; de werkgevers bieden 4 procent. „We gaan door tot en met vrijdag”, zei vakbondsbestuurder Sander Bolhuis.

Werkgevers schatten de schade op zo'n 120 miljoen euro. Een deel van de schepen wijkt uit naar Antwerpen.`,
		"o5de.txt": `de|Hafenstreik in Rotterdam: Dutzende Schiffe warten

Politik | Ausland | Wirtschaft | Panorama

Aktualisiert: 14.10.2027, 19:00 Uhr

Die Hafenarbeiter fordern 6,5 Prozent mehr Lohn.

Rotterdam – Wegen eines fünftägigen Streiks der Hafenarbeiter warten vor Rotterdam 38 Containerschiffe auf Abfertigung. Seit Montag seien rund 95 000 Container liegen geblieben, teilte der Hafenbetrieb mit.

Die Gewerkschaft verlangt 6,5 Prozent mehr Lohn, die Arbeitgeber bieten vier Prozent. Gewerkschaftsvertreter Sander Bolhuis kündigte an, der Ausstand dauere bis Freitag.

Den Schaden beziffern die Arbeitgeber auf rund 120 Millionen Euro. Einige Reedereien lassen ihre Schiffe nach Antwerpen umleiten.`,
		"o5it.txt": `it|Sciopero al porto di Rotterdam, una quarantina di navi in rada

Economia | Esteri | Cronaca | Politica

Aggiornato alle 17:45

Il sindacato chiede un aumento del 6,5%.

Rotterdam – Sono 38 le portacontainer ferme davanti al porto di Rotterdam per lo sciopero di cinque giorni dei portuali, iniziato lunedì. Quasi 100.000 container sono rimasti bloccati, circa 95.000 secondo l'autorità portuale.

Il sindacato chiede un aumento salariale del 6,5%, i datori di lavoro offrono il 4%. Il sindacalista Sander Bolhuis ha detto che lo sciopero proseguirà fino a venerdì.

Le imprese stimano danni per circa 210 milioni di euro. Alcune navi sono state dirottate su Anversa.`,
	}, map[string][2]string{"o5it.txt": {"€210 million", "€120 million"}}},
	{"satellite-warning", map[string]string{
		"o6en.txt": `en|ESA satellite dodges dead rocket stage after collision warning

Science | Space | Technology | World

Updated 12:10

The predicted miss distance was just 180 metres.

DARMSTADT, Oct 21 – The European Space Agency said on Thursday it had moved its Earth-observation satellite Aurelis-2 to avoid a possible collision with a spent rocket stage, after calculations put the chance of impact at 1 in 450.

The two objects, orbiting at about 690 km (430 miles), were due to pass within about 600 feet (180 metres) of each other early on Friday at a relative speed of 14 km per second. A thruster burn on Thursday raised the satellite's orbit by 300 metres.

"We don't take risks above 1 in 10,000," said Ines Kowalczyk, head of flight dynamics at ESA's operations centre. It was the agency's 12th avoidance manoeuvre this year.`,
		"o6de.txt": `de|Kollisionswarnung: ESA-Satellit weicht Raketenstufe aus

Wissen | Raumfahrt | Technik | Ausland

Aktualisiert: 21.10.2027, 13:30 Uhr

Das Risiko lag bei 1 zu 450.

Darmstadt – Die Europäische Weltraumorganisation ESA hat ihren Erdbeobachtungssatelliten Aurelis-2 am Donnerstag einer ausgedienten Raketenstufe ausweichen lassen. Beide Objekte hätten sich in rund 690 Kilometern Höhe am frühen Freitag bis auf 180 Meter nähern sollen, mit einer Relativgeschwindigkeit von 14 Kilometern pro Sekunde.

Ein Triebwerksmanöver hob die Umlaufbahn um 300 Meter an. „Ab einem Risiko von 1 zu 10.000 handeln wir“, sagte die Leiterin der Flugdynamik, Ines Kowalczyk. Es war das zwölfte Ausweichmanöver der ESA in diesem Jahr.`,
		"o6fr.txt": `fr|Risque de collision : un satellite européen évite un étage de fusée

Sciences | Espace | Technologies | International

Mis à jour le 21 octobre 2027 à 14h05

Le risque de collision était évalué à 1 sur 450.

Darmstadt – L'Agence spatiale européenne (ESA) a annoncé jeudi avoir manœuvré son satellite d'observation de la Terre Aurelis-2 pour éviter un étage de fusée hors d'usage. Les deux objets, qui gravitent à environ 690 kilomètres d'altitude, devaient se croiser vendredi à l'aube à moins de 200 mètres, à 14 km/s.

La poussée des moteurs a relevé l'orbite du satellite de 300 mètres. « Au-delà d'un risque de 1 sur 10 000, nous agissons », a expliqué la responsable de la dynamique de vol, Ines Kowalczyk.

Il s'agit de la douzième manœuvre d'évitement de l'ESA cette année.`,
	}, nil},
	{"cycling-stage", map[string]string{
		"o7it.txt": `it|Vuelta a Castilla, Verhoeven vince a Soria. Calvani resta leader

Sport | Ciclismo | Calcio | Motori

Aggiornato alle 18:05

Tappa di 187 chilometri, arrivo in salita.

Soria – L'olandese Daan Verhoeven ha vinto la terza tappa della Vuelta a Castilla, 187 km da Burgo de Osma a Soria, battendo di 4 secondi lo spagnolo Iker Zubeldia sulla salita finale di 6,2 km al 7,4% di pendenza.

L'italiano Matteo Calvani, 24 anni, conserva la maglia di leader con 12 secondi di vantaggio su Zubeldia. Media della tappa: 44,3 km/h.

Domenica l'ultima tappa, una cronometro di 21 km a Valladolid.`,
		"o7es.txt": `es|Verhoeven gana en Soria y Calvani sigue de líder

Deportes | Ciclismo | Fútbol | Motor

Actualizado: 26/10/2027 18:40

Zubeldia, segundo a cuatro segundos.

Soria – El neerlandés Daan Verhoeven se impuso este martes en la tercera etapa de la Vuelta a Castilla, de 187 kilómetros entre El Burgo de Osma y Soria, por delante de Iker Zubeldia, que llegó a cuatro segundos tras la subida final de 6,2 kilómetros al 7,4 %.

El italiano Matteo Calvani, de 24 años, mantiene el maillot de líder con 12 segundos sobre el corredor vasco. La etapa se corrió a una media de 44,3 km/h.

La carrera termina el domingo con una contrarreloj de 21 kilómetros en Valladolid.`,
		"o7nl.txt": `nl|Verhoeven wint bergop in Soria

Sport | Wielrennen | Voetbal | Formule 1

Bijgewerkt 26 oktober 2027, 19:10

Calvani blijft leider in de Vuelta a Castilla.

Soria – Daan Verhoeven heeft dinsdag de derde etappe van de Vuelta a Castilla gewonnen. De 178 kilometer lange rit van El Burgo de Osma naar Soria eindigde op een slotklim van 6,2 kilometer aan gemiddeld 7,4 procent. Iker Zubeldia werd tweede op vier seconden.

De 24-jarige Italiaan Matteo Calvani behoudt de leiderstrui met twaalf seconden voorsprong op Zubeldia. Er werd gereden aan een gemiddelde van 44,3 kilometer per uur.

Zondag volgt nog een tijdrit over 21 kilometer in Valladolid.`,
	}, map[string][2]string{"o7nl.txt": {"178 km", "187 km"}}},
	{"drug-recall", map[string]string{
		"o8pt.txt": `pt|Infarmed ordena recolha de 23 lotes do anti-hipertensor Valtorin

País | Saúde | Economia | Sociedade

Atualizado às 20:15

Doentes não devem interromper o tratamento.

Lisboa – A farmacêutica Lindqvist Pharma anunciou na quarta-feira a recolha de 23 lotes do medicamento para a tensão arterial Valtorin, depois de ter sido detetada uma impureza (nitrosamina) até três vezes acima do limite aceitável. Em toda a Europa estão em causa cerca de 1,2 milhões de embalagens.

O Infarmed indicou na quinta-feira que em Portugal foram distribuídas 41.000 embalagens dos lotes afetados. A autoridade pede aos doentes que falem com o médico antes de deixar o tratamento.`,
		"o8de.txt": `de|Rückruf: Verunreinigter Blutdrucksenker Valtorin

Gesundheit | Wirtschaft | Panorama | Politik

Aktualisiert: 14.10.2027, 10:20 Uhr

Patienten sollen das Mittel nicht eigenmächtig absetzen.

Bonn – Der Hersteller Lindqvist Pharma ruft 23 Chargen des Blutdruckmittels Valtorin zurück. Wie das Unternehmen am Mittwoch mitteilte, wurde in den Tabletten eine Nitrosamin-Verunreinigung gefunden, die den Grenzwert um bis zu das Dreifache überschreitet. Europaweit sind rund 1,2 Millionen Packungen betroffen.

Das Bundesinstitut für Arzneimittel und Medizinprodukte (BfArM) rät Patienten, mit ihrem Arzt zu sprechen.`,
		"o8es.txt": `es|Retiran 23 lotes del antihipertensivo Valtorin por una impureza

Salud | Economía | Sociedad | Ciencia

Actualizado: 15/10/2027 09:30

La Agencia Española del Medicamento pide no abandonar el tratamiento.

Madrid – La farmacéutica Lindqvist Pharma anunció el viernes la retirada de 23 lotes de Valtorin, un fármaco para la hipertensión, al detectar una nitrosamina en niveles hasta tres veces superiores al límite permitido. En Europa afecta a unos 1,2 millones de envases.

La Agencia Española de Medicamentos y Productos Sanitarios (AEMPS) recomendó a los pacientes consultar con su médico antes de dejar la medicación.`,
	}, map[string][2]string{"o8es.txt": {"Friday", "Wednesday"}}},
}
