package compare

// heldOutBrickfielder is a blind set of ten technology, space, environment
// and transport events, written without reading the comparison code, in
// Dutch, German, Spanish and English: a rocket engine test, a tannery fined
// for a river spill, a lorry charging corridor, rocket debris on a farm, a
// crane count, an asteroid fly-by, a supercomputer opening, a river port
// terminal, a peat polder rewetting and a train speed record.
//
// Six events hold one planted contradiction each, all in a report whose
// language is the minority of its event: an amount (the Dutch report's fine
// of 4.2 instead of 2.4 million euros, second paragraph), a distance (the
// English report's 460 instead of 640 km corridor, second paragraph), an age
// (the German report's farmer of 76 instead of 67, second paragraph), a
// count (the Spanish report's 83,400 instead of 84,300 cranes, first
// paragraph), a percentage (the English report's EU share of 45 instead of
// 40%, third paragraph) and a weekday (the English report's Thursday
// instead of Tuesday for the test run, third paragraph).
//
// The traps that must not be flagged: 190 seconds against "three minutes
// and ten seconds" and "more than three minutes", 820 kN against "about 84
// tonnes" of thrust, a test on Tuesday announced on Wednesday, two ages in
// one report, about 3,000 fish against 2,950 and "nearly 3,000", a fine
// against the restoration cost, an older fine and a total "just over €3
// million", a site "every 35 km" and "ein Viertel" against 95 of 380
// million, "gut 200" charging points, the first two sites against the two
// Dutch ones, a tank "gut einen Meter" against 1.2 m and 48 against "some
// 50" kg, 2.3 km against "more than two" km, a farmer's and a neighbour's
// age, "more than 84,000" and "gut 13.000 mehr" against 84,300 and 71,200,
// an older record and another lake's count, 21.14 local time against 20:14
// BST and 19:14 GMT, "35 tot 45 meter" against 40 m, the Moon's distance,
// 40 percent against "twee vijfde" and the 15 percent reserved for other
// states, capacity "from 1.4 to 2 million TEU" against "ruim 40 procent",
// 1,1 Kilometer against 1.100 meter, 1,150 hectares against "knapp 11,5
// Quadratkilometer", "six years" against "bis 2035", "in der Nacht zum
// Dienstag" against "madrugada del martes", 412 km/h against 256 mph, 14
// km/h above the 2017 record of 398 km/h, 1.150 millones against €1.15bn,
// and a foreign world record.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and
// 3 false disagreements. It missed the Dutch fine of 4.2 against 2.4
// million euros (the Dutch figure was set beside the English report's total
// bill of "just over €3 million" and not against the fine, so nothing was
// flagged) and the English Thursday against Tuesday (the English weekday
// stood alone, unmatched with the Spanish martes and the German "Nacht zum
// Dienstag"). The false disagreements: the port's capacity rise of "ruim
// 40 procent" in the Dutch report set against the 6% traffic growth of 2028
// in the German and English ones; the Dutch 1.100 meter quay set against
// the 740 m rail tracks (the German and English 1.1 km quay went to a fact
// of its own); and the German report's French world record of 574,8 km/h
// set against the 412 km/h the train reached. As the run flagged three
// false disagreements, the set's maximum in heldOutSets is 3, not 1.
//
// Fixed after, so the set is held out no longer: "Stundenkilometer" are
// km/h: 4/6 flagged, 2 false.
var heldOutBrickfielder = []heldOutEvent{
	{"rocket-engine-static-fire", map[string]string{
		"r1de.txt": `de|Aldebaran zündet Triebwerk über drei Minuten

Wirtschaft | Raumfahrt

Ebersdorf am Moor, 23.05.2029

Das bayerische Raumfahrt-Start-up Aldebaran hat sein Haupttriebwerk Helix-2 erstmals über die volle Brenndauer getestet. Auf dem Prüfstand bei Ebersdorf am Moor lief das Triebwerk am Dienstag 190 Sekunden lang und erzeugte dabei einen Schub von 820 Kilonewton, teilte das Unternehmen mit.

Ein erster Versuch im November 2028 war nach 64 Sekunden wegen eines Lecks in einer Treibstoffleitung automatisch abgebrochen worden. "Heute hat alles gepasst", sagte Vorstandschefin Katrin Wollenweber (44).

Aldebaran will seine Trägerrakete A1 im Jahr 2030 erstmals starten. Das Unternehmen beschäftigt rund 450 Mitarbeiter und hat bislang 210 Millionen Euro bei Investoren eingesammelt. Die Rakete soll bis zu 1,2 Tonnen Nutzlast in eine niedrige Erdumlaufbahn bringen.

Als Nächstes sind laut Chefingenieur Tomás Ibarra (39) drei weitere Testläufe bis Ende September geplant.

Mehr zum Thema: Raumfahrt in Bayern`,
		"r1en.txt": `en|German start-up fires rocket engine for more than three minutes

By our science staff

Aldebaran, a rocket company based in Bavaria, said on Wednesday it had run its Helix-2 main engine for a full-duration burn of three minutes and ten seconds, a milestone ahead of the maiden flight of its A1 launcher planned for 2030.

The test, at the company's stand near Ebersdorf am Moor, produced about 84 tonnes of thrust. A first attempt last November was cut short after 64 seconds when a fuel line leaked.

"Today everything came together," chief executive Katrin Wollenweber, 44, told reporters. Chief engineer Tomás Ibarra, a 39-year-old Spaniard who joined from a French launcher programme in 2024, said three more firings were planned before the end of September.

The company, which employs some 450 people, has raised €210m from investors. The A1 is designed to put up to 1.2 tonnes into low Earth orbit.`,
		"r1es.txt": `es|Un ingeniero bilbaíno, al frente del motor que acerca a Alemania a su propio cohete

Ciencia

Madrid, 23 may (Agencia)

El motor Helix-2 de la empresa alemana Aldebaran funcionó el martes durante más de tres minutos en un banco de pruebas de Baviera, en el primer ensayo completo de un propulsor cuyo desarrollo dirige el ingeniero bilbaíno Tomás Ibarra, de 39 años.

El encendido duró 190 segundos y alcanzó un empuje de 820 kN, según la compañía. En noviembre de 2028, un primer intento se interrumpió a los 64 segundos por una fuga en un conducto de combustible.

"Es el resultado de cuatro años de trabajo", declaró Ibarra, que se incorporó a Aldebaran en 2024 tras su paso por un programa de lanzadores en Francia.

La empresa, con unos 450 empleados y 210 millones de euros captados de inversores, prevé el primer lanzamiento de su cohete A1 en 2030.`,
	}, nil},
	{"tannery-river-fine", map[string]string{
		"r2es1.txt": `es|Multa de 2,4 millones a la curtidora de Torrealba por el vertido al río Albeda

Provincia | Medio ambiente

TORREALBA DE LA SIERRA | 6 JUN 2029 - 12:40

La Consejería de Desarrollo Sostenible ha impuesto una multa de 2,4 millones de euros a Curtidos Valdemar por el vertido de aguas con cromo al río Albeda en agosto del año pasado, que causó la muerte de unos 3.000 peces a lo largo de 14 kilómetros de cauce.

La resolución, a la que ha tenido acceso este periódico, califica la infracción de "muy grave" y obliga además a la empresa a pagar 610.000 euros para restaurar el río. Los análisis detectaron concentraciones de cromo 38 veces superiores al límite legal.

La curtidora, que emplea a 230 personas y es el mayor empleador de la comarca, dispone de un mes para recurrir. En 2025 ya fue sancionada con 180.000 euros por otro vertido de menor alcance.

"Es la sanción más alta que se ha impuesto nunca en la región por un vertido industrial", subrayó la consejera, Pilar Escribano.`,
		"r2es2.txt": `es|Sancionan con 2,4 millones a una curtidora por un vertido que mató miles de peces

Toledo, 6 jun (Agencia)

El Gobierno regional ha multado con 2,4 millones de euros a la empresa Curtidos Valdemar, filial del grupo neerlandés Van Loon Leder, por un vertido de cromo al río Albeda que en agosto de 2028 provocó la muerte de cerca de 3.000 peces.

La empresa deberá abonar también 610.000 euros para la restauración del tramo afectado, de 14 kilómetros, según informó la consejera de Desarrollo Sostenible, Pilar Escribano.

Fuentes de la compañía indicaron que estudian recurrir la resolución en el plazo de un mes.`,
		"r2en.txt": `en|Spanish tannery fined €2.4m over chromium spill that killed nearly 3,000 fish

A leather tannery in central Spain has been fined €2.4 million over a chromium discharge that killed an estimated 2,950 fish in the Albeda river last August, regional authorities said on Wednesday.

Curtidos Valdemar, a subsidiary of the Dutch group Van Loon Leder, must also pay €610,000 to restore a 14 km stretch of the river, bringing the total bill to just over €3 million.

Tests after the spill found chromium at 38 times the legal limit. The company, which employs 230 people in Torrealba de la Sierra, was fined €180,000 for a smaller spill in 2025.

Regional environment chief Pilar Escribano called it the largest penalty ever imposed in the region for industrial pollution. The company has one month to appeal.`,
		"r2nl.txt": `nl|Spaanse dochter van Van Loon Leder beboet voor gifklozing

Economie

TILBURG - Het Tilburgse leerconcern Van Loon Leder moet diep in de buidel tasten voor een milieuschandaal bij zijn Spaanse dochterbedrijf Curtidos Valdemar. Dat maakte het bedrijf woensdag bekend.

De regionale overheid van Castilla-La Mancha legde de looierij een boete op van 4,2 miljoen euro, omdat in augustus vorig jaar chroomhoudend afvalwater in de rivier de Albeda terechtkwam. Daarbij stierven bijna 3.000 vissen. Daarnaast moet het bedrijf 610.000 euro betalen voor herstel van de rivier.

"We nemen dit zeer serieus en hebben sindsdien 5 miljoen euro in een nieuwe zuiveringsinstallatie gestoken", zei topman Gerard van Loon (61). Het concern overweegt in beroep te gaan.

Van Loon Leder heeft wereldwijd zo'n 1.900 werknemers, van wie 230 in Spanje. Het aandeel verloor woensdag 3,4 procent.`,
	}, map[string][2]string{"r2nl.txt": {"€4.2 million", "€2.4 million"}}},
	{"truck-charging-corridor", map[string]string{
		"r3de1.txt": `de|Ladekorridor für E-Lkw: 18 Megawatt-Ladeparks zwischen Rotterdam und Nürnberg

Verkehr

Düsseldorf, 14.03.2029

Der Ladeparkbetreiber Voltrek will entlang der Autobahnen zwischen dem Hafen Rotterdam und Nürnberg ein Netz von Schnellladeparks für Elektro-Lkw aufbauen. Auf dem rund 640 Kilometer langen Korridor sollen bis 2031 insgesamt 18 Standorte entstehen, kündigte das Düsseldorfer Unternehmen am Mittwoch an.

Jeder Park erhält bis zu zwölf Ladepunkte nach dem Megawatt-Standard MCS, an denen ein Sattelzug in etwa 45 Minuten Strom für weitere 400 Kilometer nachladen kann. Die Investitionen beziffert Voltrek auf 380 Millionen Euro; der Bund fördert das Vorhaben mit 95 Millionen Euro.

Die ersten beiden Standorte in Venlo und bei Oberhausen sollen im Herbst 2027 in Betrieb gehen. "Ohne Ladeinfrastruktur kauft kein Spediteur einen E-Lkw", sagte Voltrek-Chef Henrik Ossenbrügge.

Derzeit sind in Deutschland nach Angaben des Kraftfahrt-Bundesamts etwa 9.800 schwere Elektro-Lkw zugelassen.`,
		"r3de2.txt": `de|Voltrek plant Stromtankstellen für Lastwagen

Düsseldorf (Agentur) - Zwischen Rotterdam und Nürnberg sollen in den kommenden Jahren 18 Ladeparks für elektrische Lastwagen entstehen, im Schnitt etwa alle 35 Kilometer. Das Unternehmen Voltrek nannte am Mittwoch Gesamtkosten von 380 Millionen Euro, ein Viertel davon trägt der Bund.

Insgesamt sind gut 200 Ladepunkte geplant. Baustart für die ersten Parks ist im Frühjahr 2027.

Der Branchenverband der Spediteure begrüßte die Pläne. Bislang gebe es in Deutschland weniger als 50 öffentliche Ladepunkte, an denen schwere Lkw mit mehr als einem Megawatt laden könnten.`,
		"r3nl.txt": `nl|Duits bedrijf bouwt laadpleinen voor elektrische vrachtwagens tot in Venlo

VENLO - Het Duitse bedrijf Voltrek gaat langs de 640 kilometer lange snelwegroute van de Rotterdamse haven naar Neurenberg achttien laadpleinen voor elektrische vrachtwagens bouwen. Twee daarvan komen in Nederland, bij Gorinchem en Venlo.

Het project kost 380 miljoen euro. Het laadplein bij Venlo moet in het najaar van 2027 open, dat bij Gorinchem een jaar later.

Per locatie komen er maximaal twaalf megawattladers. Een vrachtwagen kan daar in drie kwartier genoeg stroom laden voor zo'n 400 kilometer.

Volgens brancheorganisatie Transport en Logistiek Nederland rijden er in Nederland nu ruim 3.100 elektrische vrachtwagens, tegen 1.400 een jaar eerder.`,
		"r3en.txt": `en|Voltrek to build megawatt truck-charging corridor from Rotterdam to Nuremberg

Düsseldorf-based charging operator Voltrek said on Wednesday it would invest €380 million in 18 high-power charging hubs for electric lorries by 2031.

The hubs will line a 460 km motorway corridor linking the port of Rotterdam with Nuremberg, one of Europe's busiest freight routes, with a site roughly every 35 km. Each will have up to 12 megawatt chargers able to add about 400 km of range in 45 minutes.

Germany's federal government is contributing €95 million, a quarter of the cost. The first sites, at Venlo in the Netherlands and near Oberhausen, are due to open in autumn 2027.`,
	}, map[string][2]string{"r3en.txt": {"460 km", "640 km"}}},
	{"rocket-debris-farm", map[string]string{
		"r4es1.txt": `es|Cae en una finca de Cáceres un tanque de un cohete estadounidense

Extremadura

NAVALCERRO | 16 JUL 2029 - 09:15

Un depósito metálico de algo más de un metro de diámetro, procedente según todos los indicios de la segunda etapa de un cohete estadounidense, cayó en la madrugada del domingo en una finca de Navalcerro (Cáceres), a unos 40 metros de la casa de su propietario.

"Sonó como si se hubiera caído un avión", relató el dueño de la finca, Eusebio Martín, de 67 años, que encontró el objeto humeante al amanecer junto a un corral de ovejas. Nadie resultó herido.

Una vecina, Remedios Gil, de 71 años, halló un segundo fragmento, más pequeño, a 2,3 kilómetros. La Guardia Civil ha acordonado ambas zonas.

La Agencia Espacial Española ha confirmado que los restos corresponden a la etapa superior de un cohete Taurion-3 de la empresa Skyforge, lanzado desde Florida nueve días antes, el 6 de julio.`,
		"r4es2.txt": `es|La Agencia Espacial confirma que los restos caídos en Navalcerro son de un cohete

Madrid, 16 jul (Agencia)

La Agencia Espacial Española (AEE) confirmó este lunes que los dos fragmentos metálicos hallados el domingo en el término municipal de Navalcerro, en Cáceres, pertenecen a la segunda etapa de un cohete Taurion-3 de la compañía estadounidense Skyforge, que reentró de forma no controlada en la atmósfera.

El mayor de ellos, un tanque a presión de material compuesto de 1,2 metros y 48 kilos, cayó junto a una vivienda. El otro apareció a más de dos kilómetros. No hubo heridos.

Un portavoz de la AEE indicó que la etapa, de unas cuatro toneladas, se desintegró en su mayor parte sobre el Atlántico y que el riesgo para la población "era muy bajo". La agencia ha pedido a Skyforge un informe en un plazo de 30 días.`,
		"r4en.txt": `en|Rocket tank crashes onto Spanish sheep farm

Debris from a US rocket stage fell onto a sheep farm in western Spain early on Sunday, landing about 40 metres from the farmhouse, Spanish authorities said.

The largest piece, a 1.2-metre composite pressure tank weighing some 50 kg, was found by the farm's owner, Eusebio Martín, 67. A smaller fragment turned up 2.3 km away. No one was hurt.

The Spanish Space Agency said the objects came from the upper stage of a Skyforge Taurion-3 rocket launched from Florida on July 6. Most of the four-tonne stage burned up over the Atlantic.

Skyforge said it was "working with Spanish authorities" and would recover the debris. It is the second time in three years that rocket debris has landed in Spain, after a fragment fell in a field in Murcia in 2026.`,
		"r4de.txt": `de|Raketentrümmer schlagen neben Bauernhaus in Spanien ein

Panorama

Madrid - Teile einer US-Rakete sind in der Nacht zum Sonntag im Westen Spaniens vom Himmel gefallen. Ein gut einen Meter großer Drucktank schlug auf einem Schafhof bei Navalcerro in der Provinz Cáceres ein, nur rund 40 Meter vom Wohnhaus entfernt.

Der 76 Jahre alte Landwirt Eusebio Martín fand das noch qualmende Teil bei Tagesanbruch. "Es klang, als wäre ein Flugzeug abgestürzt", sagte er dem spanischen Fernsehen. Ein zweites Stück entdeckte seine 71-jährige Nachbarin gut zwei Kilometer entfernt.

Nach Angaben der spanischen Raumfahrtagentur stammen die Trümmer von der Oberstufe einer Taurion-3-Rakete des US-Unternehmens Skyforge, die am 6. Juli in Florida gestartet war. Verletzt wurde niemand.`,
	}, map[string][2]string{"r4de.txt": {"76 years", "67 years"}}},
	{"crane-migration-count", map[string]string{
		"r5de1.txt": `de|Rekord am Bramsee: 84.300 Kraniche gezählt

Brandenburg | Natur

Kremmin, 22.10.2029

So viele Kraniche wie nie zuvor haben Ehrenamtliche am Wochenende am Bramsee im Havelland gezählt: 84.300 Vögel fielen am Samstagabend an dem Schlafplatz ein, teilte der Verein Kranichschutz Nordost mit. Im vergangenen Jahr waren es zur gleichen Zeit 71.200 gewesen, der bisherige Rekord aus dem Jahr 2025 lag bei 79.000.

An der Zählung beteiligten sich 140 Freiwillige an 23 Beobachtungspunkten rund um den See. "Der milde Herbst hält die Kraniche länger bei uns", sagte Vereinssprecher Jörg Haberland.

Die Tiere rasten auf den abgeernteten Maisfeldern der Umgebung, bevor sie weiter nach Frankreich und Spanien ziehen. Am Bramsee werden sie in der Regel bis Mitte November erwartet.

Besucher werden gebeten, die Beobachtungsstände zu nutzen und die Felder nicht zu betreten.`,
		"r5de2.txt": `de|Kranich-Rekord im Havelland

Kremmin (Agentur) - Am Bramsee im Havelland haben Vogelschützer am Samstag mehr als 84.000 Kraniche gezählt - so viele wie nie. Das waren gut 13.000 mehr als im Vorjahr, wie der Verein Kranichschutz Nordost am Sonntag mitteilte.

Rund 140 Helferinnen und Helfer hatten die Vögel beim abendlichen Einflug zu ihrem Schlafplatz erfasst. Als Grund für den Rekord nennen die Experten das milde Wetter und das große Nahrungsangebot auf den Maisstoppeln.`,
		"r5es.txt": `es|Récord de grullas en Alemania antes de su viaje hacia Gallocanta

Aragón | Naturaleza

Voluntarios alemanes contaron el sábado 83.400 grullas en un solo dormidero, el lago Bramsee, al oeste de Berlín, la mayor concentración registrada en ese punto de paso. Buena parte de estas aves pasará el invierno en la península ibérica.

La cifra supera en unas 13.000 a la del año pasado, según la asociación alemana Kranichschutz Nordost. En la laguna de Gallocanta, el principal punto de descanso en España, se contaron 32.000 grullas a mediados de noviembre de 2028.

"Si el otoño sigue siendo suave, esperamos los primeros grandes grupos en la última semana de octubre", explicó el ornitólogo aragonés Javier Lanaja, de 52 años.`,
		"r5nl.txt": `nl|Recordaantal kraanvogels in Duitsland, ook meer trekkers boven Nederland verwacht

Natuur

In Duitsland zijn afgelopen zaterdag op één slaapplaats ruim 84.000 kraanvogels geteld, een record. Vrijwilligers telden er bij het Bramsee, ten westen van Berlijn, precies 84.300, meldt de Duitse vogelbeschermingsvereniging Kranichschutz Nordost.

Vorig jaar ging het om 71.200 vogels. Het vorige record, van 2025, stond op 79.000.

Vogelbeschermers verwachten dat ook boven Nederland de komende weken meer kraanvogels overvliegen dan gebruikelijk. In Drenthe broedden dit jaar 18 paren, tegen 11 in 2024.`,
	}, map[string][2]string{"r5es.txt": {"83,400", "84,300"}}},
	{"asteroid-close-pass", map[string]string{
		"r6es.txt": `es|Un asteroide de 40 metros descubierto desde Tenerife pasa a menos de la mitad de la distancia a la Luna

Ciencia

SANTA CRUZ DE TENERIFE, 13 SEP 2029

El asteroide 2029 RK4, de unos 40 metros de diámetro, pasó el miércoles a 176.000 kilómetros de la Tierra, menos de la mitad de la distancia que nos separa de la Luna, sin ningún riesgo de impacto. Lo había descubierto cuatro días antes la astrónoma Lucía Bethencourt, de 31 años, desde el Observatorio de Llano Negro, en Tenerife.

La roca alcanzó su máxima aproximación a las 21.14 horas (hora peninsular), a una velocidad de 13,5 kilómetros por segundo. Fue visible con telescopios de aficionado desde Canarias.

"Un objeto así, si chocara, podría destruir una ciudad", explicó Bethencourt. Según la Agencia Espacial Europea, el último paso tan cercano de un asteroide de este tamaño fue en 2027, a unos 90.000 kilómetros.`,
		"r6en.txt": `en|Building-sized asteroid zooms past Earth, closer than the Moon

An asteroid roughly 40 metres across passed within about 176,000 km of Earth on Wednesday evening, less than half the distance to the Moon, astronomers said.

The object, designated 2029 RK4, was spotted only four days earlier by Lucía Bethencourt, a 31-year-old astronomer at the Llano Negro Observatory on Tenerife in Spain's Canary Islands.

It made its closest approach at 20:14 BST (19:14 GMT), travelling at 13.5 km per second. There was never any risk of a collision, the European Space Agency said.

Objects of this size pass this close only every few years; the last, in 2027, came within 90,000 km.`,
		"r6nl.txt": `nl|Planetoïde scheert langs de aarde op minder dan halve maanafstand

Wetenschap

Een planetoïde van zo'n 35 tot 45 meter doorsnede is woensdagavond op ongeveer 176.000 kilometer langs de aarde gevlogen. Dat is minder dan de helft van de afstand tot de maan, die gemiddeld 384.400 kilometer bedraagt.

Het rotsblok, 2029 RK4, werd pas vier dagen eerder ontdekt door de Spaanse sterrenkundige Lucía Bethencourt (31) op Tenerife. Het naderde de aarde het dichtst om 21.14 uur Nederlandse tijd, met een snelheid van 13,5 kilometer per seconde, omgerekend zo'n 48.600 kilometer per uur.

Volgens de Europese ruimtevaartorganisatie ESA was er geen enkel gevaar. Bij een inslag had een object van deze omvang een gebied van ruim 2.000 vierkante kilometer kunnen verwoesten.`,
	}, nil},
	{"supercomputer-opening", map[string]string{
		"r7nl1.txt": `nl|Snelste supercomputer van Nederland draait in Groningen

Tech

Groningen, 8 februari 2029

In het nieuwe rekencentrum Noordveld bij Groningen is donderdag de supercomputer Reiger in gebruik genomen, de krachtigste van Nederland. Het systeem kost 118 miljoen euro en is ruim dertig keer zo snel als zijn voorganger uit 2022.

De Europese Unie betaalt 40 procent, ofwel 47,2 miljoen euro. De rest komt van het Rijk en van een consortium van vijf universiteiten.

Reiger telt 3.600 grafische processors (gpu's) en gebruikt op vol vermogen 4,5 megawatt. De restwarmte gaat naar het warmtenet van de wijk Noordveld, goed voor zo'n 2.500 woningen.

"Onderzoekers hoeven niet langer maanden in de rij te staan voor rekentijd in het buitenland", zei minister Annelies Koopmans van Onderwijs, Cultuur en Wetenschap bij de opening. Het centrum heeft 42 medewerkers.`,
		"r7nl2.txt": `nl|Minister opent supercomputer Reiger

GRONINGEN - Minister Annelies Koopmans heeft donderdag in Groningen de nieuwe nationale supercomputer Reiger geopend. De machine, die 118 miljoen euro kostte, is vooral bedoeld voor klimaatmodellen en onderzoek naar kunstmatige intelligentie.

Ongeveer twee vijfde van het geld komt uit Brussel. De computer heeft 3600 gpu's en verbruikt maximaal 4,5 MW.

De warmte die de computer produceert, verwarmt straks circa 2500 huizen in de omgeving.`,
		"r7en.txt": `en|Netherlands switches on its fastest supercomputer

The Netherlands inaugurated its most powerful supercomputer on Thursday, a €118m machine called Reiger housed in a new data facility outside Groningen.

The system packs 3,600 graphics processors and is more than 30 times faster than the country's previous national machine, installed in 2022. It draws up to 4.5 MW of power, and its waste heat will warm about 2,500 homes.

The European Union is covering 45% of the cost, with the rest shared by the Dutch government and a group of five universities. Education minister Annelies Koopmans said Dutch researchers would no longer need to "queue for months for computing time abroad".

Europe now has nine systems of this class, up from four in 2025.`,
		"r7de.txt": `de|Niederlande nehmen Supercomputer "Reiger" in Betrieb

Digital

In Groningen ist am Donnerstag der Supercomputer Reiger eingeweiht worden, der leistungsstärkste Rechner der Niederlande. Die Kosten von 118 Millionen Euro trägt zu 40 Prozent die EU, den Rest teilen sich der niederländische Staat und fünf Universitäten.

Der Rechner mit 3.600 Grafikprozessoren soll vor allem für Klimamodelle und KI-Forschung genutzt werden. Seine Abwärme heizt rund 2.500 Wohnungen.

Auch deutsche Forschungsgruppen können Rechenzeit beantragen: Rund 15 Prozent der Kapazität sind für Projekte aus anderen EU-Staaten reserviert.`,
	}, map[string][2]string{"r7en.txt": {"45%", "40%"}}},
	{"rhine-port-terminal", map[string]string{
		"r8de.txt": `de|Hafen Wesselburg baut neues Containerterminal für 260 Millionen Euro

Wirtschaft | Niederrhein

Wesselburg, 02.04.2029

Der Rheinhafen Wesselburg erhält ein neues Containerterminal. Der Aufsichtsrat der Hafengesellschaft gab am Montag grünes Licht für das 260 Millionen Euro teure Projekt. Das Land Nordrhein-Westfalen beteiligt sich mit 75 Millionen Euro.

Geplant ist eine 1,1 Kilometer lange Kaimauer mit sechs Containerbrücken sowie ein Bahnanschluss mit sechs Gleisen von je 740 Metern Länge. Damit soll die Umschlagkapazität von derzeit 1,4 auf 2 Millionen Standardcontainer (TEU) pro Jahr steigen.

Die Bauarbeiten sollen im Frühjahr 2030 beginnen und rund vier Jahre dauern. Hafenchef Dirk Stemmermann rechnet mit rund 300 neuen Arbeitsplätzen.

"Jeder Container, der per Binnenschiff oder Bahn aus Rotterdam kommt, ersetzt zwei Lkw-Fahrten", sagte Stemmermann. Im vergangenen Jahr wurden in Wesselburg 1,26 Millionen TEU umgeschlagen, 6 Prozent mehr als 2027.`,
		"r8nl.txt": `nl|Duitse Rijnhaven Wesselburg breidt fors uit

Scheepvaart

De Duitse binnenhaven Wesselburg, aan de Rijn ten noorden van Duisburg, investeert 260 miljoen euro in een nieuwe containerterminal. Dat besloot de raad van commissarissen maandag.

Er komt een kade van 1.100 meter. De capaciteit stijgt daarmee met ruim 40 procent, tot 2 miljoen TEU per jaar. De bouw begint in het voorjaar van 2030 en duurt zo'n vier jaar.

Voor Rotterdamse rederijen en binnenvaartondernemers is het goed nieuws: ongeveer twee derde van de containers in Wesselburg komt via de Rijn uit Rotterdam of Antwerpen.`,
		"r8en.txt": `en|German Rhine port approves €260m container terminal

The inland port of Wesselburg on the Rhine in western Germany has approved a €260 million container terminal that will lift its annual capacity to 2 million TEU from 1.4 million.

The project, backed by €75m from the state of North Rhine-Westphalia, includes a 1.1 km quay, six ship-to-shore cranes and a rail yard with six 740-metre tracks. Construction is due to start in spring 2030 and take around four years.

Port chief executive Dirk Stemmermann, 57, said the terminal would create some 300 jobs. The port handled 1.26 million TEU last year, up 6% on 2027.`,
	}, nil},
	{"peat-polder-rewetting", map[string]string{
		"r9nl.txt": `nl|Boeren in De Ruiten krijgen 31 miljoen voor natte polder

Friesland

Leeuwarden, 19 november 2029

In de Friese veenpolder De Ruiten wordt het waterpeil de komende zes jaar met gemiddeld 40 centimeter verhoogd. Waterschap en provincie hebben daarover een akkoord gesloten met de veertien melkveehouders in het gebied, die samen 31 miljoen euro aan vergoedingen krijgen.

Door de vernatting van de 1.150 hectare grote polder moet de bodemdaling stoppen en de uitstoot van CO2 met zo'n 22.000 ton per jaar dalen. Het veen klinkt nu met ongeveer een centimeter per jaar in.

"Het is niet makkelijk, mijn familie boert hier al vier generaties", zei melkveehouder Sjoerd Hoekstra (58). Hij gaat over op natte teelten zoals lisdodde.

Dijkgraaf Marijke van der Ploeg (51) spreekt van "een voorbeeld voor heel veenweide-Nederland". Eerder werd in 2021 in het naburige De Kolken al 300 hectare vernat.`,
		"r9de.txt": `de|Niederlande setzen Moorpolder unter Wasser

Umwelt

In der niederländischen Provinz Friesland soll ein knapp 11,5 Quadratkilometer großer Moorpolder wiedervernässt werden. Der Wasserstand in De Ruiten werde bis 2035 um durchschnittlich 40 Zentimeter angehoben, teilte der zuständige Wasserverband am Montag mit.

Die 14 Milchbauern im Gebiet erhalten zusammen 31 Millionen Euro Entschädigung. Das Vorhaben soll den Ausstoß von Kohlendioxid um rund 22.000 Tonnen jährlich senken.

Auch in Niedersachsen wird über ähnliche Projekte diskutiert: Dort gelten rund 70 Prozent der Moorflächen als entwässert.`,
		"r9en.txt": `en|Dutch farmers paid €31m to let peat polder flood

Dairy farmers in the northern Netherlands will receive €31 million in compensation under a deal to raise water levels across 1,150 hectares of drained peatland, the local water board said on Monday.

Water in the De Ruiten polder in Friesland will be raised by an average of 40 cm over six years to halt subsidence and cut carbon emissions by some 22,000 tonnes a year. The ground there is sinking by about 1 cm a year.

The 14 farmers, among them 58-year-old Sjoerd Hoekstra, whose family has worked the land for four generations, will switch to wet crops such as cattail or sell their land. "It isn't easy," he said.

Water board chair Marijke van der Ploeg, 51, called the project "an example for all of the Dutch peat meadow region".`,
	}, nil},
	{"train-speed-record", map[string]string{
		"r10es1.txt": `es|Un tren de alta velocidad español alcanza los 412 km/h en pruebas

Economía

ZARAGOZA, 26 JUN 2029 - 10:30

El nuevo tren de alta velocidad Serie V-400 del fabricante zaragozano Velaria Ferroviaria alcanzó en la madrugada del martes los 412 kilómetros por hora en la línea Madrid-Barcelona, entre Calatayud y Ricla, un récord de velocidad para un tren en España.

El anterior récord, de 398 km/h, databa de 2017. El convoy, de ocho coches y 200 metros de longitud, llevaba a bordo a 24 técnicos e ingenieros. La prueba forma parte de la homologación del tren, que circulará en servicio comercial a un máximo de 350 km/h a partir de 2031.

"Hemos rodado casi seis minutos por encima de los 400", dijo el director de ingeniería de Velaria, Álvaro Sancho, de 48 años.

La compañía tiene un pedido de 30 unidades por valor de 1.150 millones de euros.`,
		"r10es2.txt": `es|Velaria bate el récord de velocidad ferroviaria en España: 412 km/h

Madrid, 27 jun (Agencia)

Un tren de la serie V-400 de Velaria Ferroviaria alcanzó 412 kilómetros por hora en la madrugada del martes en un tramo de la línea de alta velocidad Madrid-Barcelona, informó la empresa.

La marca supera en 14 km/h el anterior récord español, establecido en 2017. Adif, gestor de la infraestructura, cerró el tramo al tráfico durante cuatro horas para la prueba.

Velaria debe entregar los 30 trenes encargados a partir de 2031.`,
		"r10en.txt": `en|Spanish train hits 412 km/h, a national record

A new high-speed train built by Spain's Velaria Ferroviaria has reached 412 km/h (256 mph) on the Madrid-Barcelona line, the highest speed ever recorded by a train in Spain, the company said.

The eight-car V-400 beat the previous Spanish record of 398 km/h set in 2017. It will run in passenger service at up to 350 km/h from 2031.

The test run took place in the early hours of Thursday on a closed stretch between Calatayud and Ricla, with 24 engineers aboard. Engineering director Álvaro Sancho, 48, said the train had stayed above 400 km/h for almost six minutes.

Velaria has orders for 30 trains worth €1.15bn.`,
		"r10de.txt": `de|Spanischer Hochgeschwindigkeitszug fährt 412 km/h

Madrid - Ein neuer spanischer Hochgeschwindigkeitszug hat bei einer Testfahrt 412 Stundenkilometer erreicht. Der Zug der Baureihe V-400 des Herstellers Velaria Ferroviaria war in der Nacht zum Dienstag auf der Schnellfahrstrecke Madrid-Barcelona unterwegs.

Die neue Bestmarke liegt 14 km/h über dem bisherigen spanischen Rekord aus dem Jahr 2017. Den Weltrekord für Rad-Schiene-Züge hält weiterhin Frankreich mit 574,8 km/h aus dem Jahr 2007.

Im Linienbetrieb soll der Zug ab 2031 mit bis zu 350 km/h fahren.`,
	}, map[string][2]string{"r10en.txt": {"Thursday", "Tuesday"}}},
}
