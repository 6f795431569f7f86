package compare

// heldOutSimoom is a blind held-out set of ten events written without
// reading the comparison code: a sawmill fire in Styria, a strike at a
// Chilean copper mine, a cyclone on Réunion, an EU court ruling on
// rail-and-fly delays, a Swiss ice hockey final, a dengue alert in
// Argentina, a ring selling forged paintings in Spain, water vapour found
// on a super-Earth, an insurer's profit warning after storms and the count
// of a Dutch provincial election. Languages are en, fr, de, es, it and nl.
//
// Six events hold one planted contradiction each, all outside the first
// paragraph and all in the event's only report in its language: a count
// (the French sawmill report's 280 firefighters against 180, third
// paragraph), a percentage (the French strike report's 7.5% wage demand
// against 9.5%, third), a duration (the Spanish cyclone report's power
// back within 15 days against 10, third), a weekday (the English hockey
// report's title celebration on Monday against Sunday, last), an age (the
// German forgery report's 76-year-old ringleader against 67, third) and an
// amount (the Italian insurer report's €840 million of storm claims
// against €480 million, third). The court ruling, the dengue alert, the
// exoplanet and the provincial count hold none.
//
// Traps: rounding ("about 1,200" against 1,240 ballots, 310,000 against
// 312,000 tonnes, "more than 3 million" against 3.2 million, "knapp eine
// halbe Milliarde" against 480 million, "fast acht Prozent" against 7.8%,
// "six times" against 6.1 times the Earth's mass), ranges ("fünf bis sechs
// Millionen" against 6 million, a profit of 1.1 to 1.3 billion against a
// previous 1.6 billion, ages 15 to 39, payouts of 250 to 600 euros),
// currency and unit conversions ($6.9 million, $3.7 million, 19,000
// dollars, 130 mph, 320 kelvin against 47 degrees, 30 parsecs against 97
// light years), parts and totals (600 euros each, 2,400 in all; nine
// arrests, six and three; 11 seats, five more than six), previous values
// (93.1% against 104.6%, 55.9% against 58.4%, 12,300 cases against 48,600,
// 11 deaths against 37, "295 % más" against "almost four times", seats
// from 9 to 7), two or more people's ages in one event (58 and 47; 67 and
// 38; 52, 34, 29 and 45), the overtime winner at "67:42", "7 minutes 42
// seconds into overtime" and "in der 68. Minute", scores 3:2 / 3-2 and
// series 4:3, background years (1923, 1998, 2004, 2007, 2024, 2027,
// 2028, 2029), "une quinzaine" of injured next to the planted 15 days,
// "plus de trois heures" against "three hours or more", the night from
// Tuesday to Wednesday against "on Wednesday", and numbers in words
// ("dix jours", "Thirty-seven", "sieben Stunden").
//
// Frozen before its first run, which flagged 5 of the 6 contradictions and
// 0 false disagreements; it missed the weekday: "ice-hockey-final: missed
// sm5en.txt's Monday against Sunday" (the English "on Monday afternoon"
// and the German "heute Sonntag" were kept as two single-report facts,
// "town · Monday" and "heute · Sunday", never compared; the German
// "Sonntagnachmittag" was not taken as a weekday at all).
var heldOutSimoom = []heldOutEvent{
	{"sawmill-fire", map[string]string{
		"sm1de1.txt": `de|Großbrand in Sägewerk in Kremsegg: Halle völlig zerstört

Steiermark | Murtal

Mittwoch, 12. November 2031, 07:45 Uhr

In der Nacht auf Mittwoch ist in einem Sägewerk in Kremsegg (Bezirk Murtal) ein Großbrand ausgebrochen. Das Feuer wurde gegen 23.40 Uhr von einem Anrainer bemerkt, der sofort die Feuerwehr alarmierte.

Als die ersten Kräfte eintrafen, stand die rund 4000 Quadratmeter große Produktionshalle bereits in Vollbrand. Insgesamt 14 Feuerwehren mit etwa 180 Mitgliedern kämpften die ganze Nacht gegen die Flammen. Zwei Feuerwehrmänner erlitten leichte Rauchgasvergiftungen und wurden ins LKH Judenburg gebracht.

"Wir konnten verhindern, dass das Feuer auf das Holzlager übergreift", sagte Bezirksfeuerwehrkommandant Gernot Hasler (47). Dort lagern rund 12.000 Festmeter Rundholz.

Firmenchef Johann Pölzl (58) schätzt den Schaden auf rund sechs Millionen Euro. Der Betrieb, den sein Großvater 1923 gegründet hat, beschäftigt 65 Mitarbeiter. Die Brandursache ist noch unklar, Ermittler des Landeskriminalamts sind vor Ort.

Mehr zum Thema`,
		"sm1de2.txt": `de|Sägewerk in der Steiermark abgebrannt - Schaden in Millionenhöhe

Kremsegg (APA) - Ein Großbrand hat in der Nacht auf Mittwoch ein Sägewerk im obersteirischen Kremsegg weitgehend zerstört. Rund 180 Feuerwehrleute aus 14 Wehren standen im Einsatz, teilte der Landesfeuerwehrverband mit. "Brand aus" konnte erst am Mittwochvormittag gegeben werden, nach knapp neun Stunden.

Die Produktionshalle mit einer Fläche von etwa 4.000 Quadratmetern brannte völlig nieder. Das angrenzende Rundholzlager blieb verschont. Zwei Feuerwehrleute wurden leicht verletzt.

Den Schaden bezifferte Eigentümer Johann Pölzl mit "mindestens fünf bis sechs Millionen Euro". Das Unternehmen hat 65 Beschäftigte; für sie soll Kurzarbeit beantragt werden.

Die Ermittlungen zur Brandursache laufen. (Schluss)`,
		"sm1en.txt": `en|Fire destroys Austrian sawmill, two firefighters hurt

VIENNA, Nov 12 (Newswire) - A fire tore through a sawmill in the southern Austrian province of Styria overnight, destroying its main production hall and injuring two firefighters, local officials said on Wednesday.

About 180 firefighters from 14 volunteer brigades fought the blaze at the Pölzl sawmill in the village of Kremsegg, which broke out shortly before midnight on Tuesday. It was brought under control at around 8.30 a.m.

Owner Johann Pölzl, 58, put the damage at around 6 million euros ($6.9 million). The family firm, founded in 1923, employs 65 people.

Regional fire chief Gernot Hasler said crews had managed to stop the flames reaching a yard holding about 12,000 cubic metres of logs. The cause of the fire was not yet known.

(Reporting by Lena Brandstetter; Editing by Paul Ashford)`,
		"sm1fr.txt": `fr|Autriche : une scierie ravagée par un incendie en Styrie

Un violent incendie a détruit dans la nuit de mardi à mercredi le principal hall de production d'une scierie de Kremsegg, en Styrie (sud de l'Autriche), a-t-on appris auprès des pompiers.

Le feu, repéré vers 23 h 40 par un voisin, a été maîtrisé mercredi matin après près de neuf heures de lutte. Le bâtiment, d'une surface d'environ 4 000 m², est entièrement détruit.

Quelque 280 pompiers issus de 14 corps de sapeurs-pompiers volontaires ont été mobilisés. Deux d'entre eux, légèrement intoxiqués par les fumées, ont été hospitalisés à Judenburg.

Le propriétaire, Johann Pölzl, 58 ans, estime les dégâts à environ 6 millions d'euros. L'entreprise familiale, fondée en 1923, emploie 65 salariés. L'origine du sinistre reste inconnue.`,
	}, map[string][2]string{"sm1fr.txt": {"280", "180"}}},
	{"copper-mine-strike", map[string]string{
		"sm2es1.txt": `es|Trabajadores de Cerro Alcaparra inician huelga tras rechazar oferta de Minera Tocorpuri

Economía | Minería

Antofagasta, lunes 3 de marzo de 2031

Unos 2.300 trabajadores de la mina de cobre Cerro Alcaparra, en la Región de Antofagasta, iniciaron este lunes una huelga legal, luego de que fracasara la mediación de la Dirección del Trabajo.

El Sindicato N°1 exige un reajuste salarial del 9,5 % y un bono de término de conflicto de 18 millones de pesos por trabajador. La empresa ofreció un alza del 4,2 % y un bono de 12 millones.

"La compañía tuvo utilidades récord y no quiere compartirlas", afirmó el presidente del sindicato, Héctor Ulloa. La gerenta general de Minera Tocorpuri, Verónica Saavedra, dijo que la oferta era "responsable y competitiva".

Cerro Alcaparra produjo el año pasado 312.000 toneladas de cobre fino, cerca del 5 % de la producción nacional. La última huelga en el yacimiento, en 2028, se prolongó durante 23 días.`,
		"sm2es2.txt": `es|Huelga en mina chilena de cobre Cerro Alcaparra

Santiago de Chile, 3 mar (EFE).- Los 2.300 trabajadores del sindicato principal de la mina Cerro Alcaparra, en el norte de Chile, comenzaron este lunes una huelga indefinida para exigir mejores salarios, informó la organización sindical.

Según el dirigente Héctor Ulloa, el sindicato pide un aumento real de sueldos del 9,5 % y un bono de 18 millones de pesos (unos 19.000 dólares), frente al 4,2 % ofrecido por la empresa.

La mina, operada por Minera Tocorpuri, produce alrededor de 310.000 toneladas de cobre al año.

El precio del cobre subió un 2,1 % en la Bolsa de Metales de Londres tras conocerse la noticia.`,
		"sm2en.txt": `en|Workers at Chile's Cerro Alcaparra copper mine go on strike

SANTIAGO, March 3 (Newswire) - About 2,300 workers at the Cerro Alcaparra copper mine in northern Chile walked out on Monday after talks with operator Minera Tocorpuri broke down, union leaders said, sending copper prices higher.

Benchmark copper on the London Metal Exchange rose 2.1% to $10,480 a tonne.

The union is seeking a 9.5% wage increase and a one-off bonus of 18 million pesos per worker, compared with the company's offer of 4.2% and 12 million pesos.

Cerro Alcaparra produced 312,000 tonnes of copper last year, about 5% of Chile's total output. A 2028 strike at the mine lasted 23 days.`,
		"sm2fr.txt": `fr|Chili : grève dans la mine de cuivre de Cerro Alcaparra

SANTIAGO, 3 mars - Quelque 2 300 mineurs de Cerro Alcaparra, dans le nord du Chili, ont entamé lundi une grève illimitée après l'échec d'une médiation avec l'exploitant, Minera Tocorpuri.

La mine a produit l'an dernier 312 000 tonnes de cuivre, soit environ 5 % de la production chilienne, premier producteur mondial.

Le syndicat réclame une hausse des salaires de 7,5 % et une prime de 18 millions de pesos par salarié. La direction propose 4,2 % et une prime de 12 millions de pesos.

Le cours du cuivre a gagné 2,1 % à Londres. Une précédente grève, en 2028, avait duré 23 jours.`,
	}, map[string][2]string{"sm2fr.txt": {"7.5%", "9.5%"}}},
	{"cyclone-reunion", map[string]string{
		"sm3fr1.txt": `fr|Cyclone Ilona : un mort, 140 000 foyers privés d'électricité

La Réunion | Actualités

Publié le lundi 9 février 2032 à 06h15

Le cyclone Ilona a frappé La Réunion dans la nuit de dimanche à lundi, avec des rafales mesurées jusqu'à 210 km/h à Sainte-Rose. Un homme de 71 ans est mort à Saint-Benoît, écrasé par la chute d'un arbre sur sa voiture.

Selon EDF, environ 140 000 foyers, soit près de 40 % des abonnés de l'île, étaient privés de courant lundi matin. Le préfet Laurent Quérard a prévenu que le rétablissement complet pourrait prendre « jusqu'à 10 jours ».

Quelque 1 200 personnes ont passé la nuit dans les centres d'hébergement ouverts par les communes. Il est tombé jusqu'à 650 mm de pluie en 24 heures sur les hauts de l'Est.

L'alerte rouge, déclenchée dimanche à 6 heures, devait être levée lundi en fin de matinée. Météo-France décrit Ilona comme le cyclone le plus intense à toucher l'île depuis 2007.`,
		"sm3fr2.txt": `fr|La Réunion balayée par le cyclone Ilona, un mort

SAINT-DENIS DE LA RÉUNION, 9 fév (AFP) - Le cyclone Ilona a balayé La Réunion dans la nuit de dimanche à lundi, faisant un mort et privant d'électricité quelque 140 000 foyers, a annoncé la préfecture.

La victime, un septuagénaire, a été tuée à Saint-Benoît par la chute d'un arbre. Une quinzaine de personnes ont été légèrement blessées.

Des rafales de 210 km/h ont été relevées à Sainte-Rose. "Le rétablissement complet du réseau pourrait prendre jusqu'à dix jours", a indiqué le préfet, Laurent Quérard.

Environ 1 200 personnes avaient trouvé refuge dans des centres d'hébergement. L'aéroport Roland-Garros reste fermé au moins jusqu'à mardi.`,
		"sm3en.txt": `en|Cyclone Ilona kills one on Réunion, cuts power to 140,000 homes

SAINT-DENIS, Réunion, Feb 9 (Newswire) - Cyclone Ilona battered the French Indian Ocean island of Réunion overnight, killing a 71-year-old man and leaving around 140,000 households without electricity, authorities said on Monday.

Gusts reached 210 km/h (130 mph) in the east of the island, and up to 650 millimetres of rain fell in 24 hours. About 1,200 people spent the night in emergency shelters.

Prefect Laurent Quérard, the French state's top official on the island, said restoring power fully could take up to 10 days. The airport will stay closed until at least Tuesday.

The island, home to some 880,000 people, had not been hit so hard by a cyclone since 2007, the weather service said.`,
		"sm3es.txt": `es|El ciclón Ilona deja un muerto en la isla francesa de La Reunión

París, 9 feb (Agencia) - El ciclón Ilona azotó durante la noche del domingo al lunes la isla francesa de La Reunión, en el océano Índico, donde causó la muerte de un hombre de 71 años y dejó sin electricidad a unos 140.000 hogares.

Las ráfagas de viento alcanzaron los 210 kilómetros por hora en Sainte-Rose, en el este de la isla, según Météo-France.

El prefecto, Laurent Quérard, advirtió de que el restablecimiento total del suministro eléctrico podría tardar hasta 15 días. Unas 1.200 personas pasaron la noche en albergues.

Es el ciclón más violento que golpea la isla desde 2007.`,
	}, map[string][2]string{"sm3es.txt": {"15 days", "10 days"}}},
	{"rail-and-fly-ruling", map[string]string{
		"sm4en.txt": `en|EU court: airlines must pay for delays on rail-and-fly tickets

LUXEMBOURG, June 12 (Newswire) - Airlines must compensate passengers who arrive at their final destination three hours or more late even when the delay began on a train journey booked as part of the same ticket, the European Union's top court ruled on Thursday.

The Court of Justice of the EU was ruling in a case brought by a family of four from Stuttgart against Danish carrier Nordhavn Air. Their train to Frankfurt airport ran 50 minutes late, they missed their connection and reached Bangkok seven hours and 20 minutes behind schedule.

The family had claimed 600 euros each, or 2,400 euros in total, the maximum under the 2004 EU rules on passenger rights. Payouts range from 250 euros for flights of up to 1,500 km to 600 euros for journeys of more than 3,500 km.

Nordhavn Air said it would study the ruling. A court in Frankfurt will now decide the case.`,
		"sm4fr.txt": `fr|Retards : la justice européenne étend l'indemnisation aux billets train + avion

Europe | Consommation

Luxembourg, 12 juin. La Cour de justice de l'Union européenne (CJUE) a jugé jeudi qu'un passager arrivé à destination avec plus de trois heures de retard a droit à une indemnisation, y compris lorsque le retard trouve son origine dans un trajet en train réservé avec le vol.

L'affaire concernait une famille de Stuttgart - deux adultes et deux enfants - qui avait réservé auprès de la compagnie danoise Nordhavn Air un billet combinant un train jusqu'à l'aéroport de Francfort et un vol pour Bangkok. Le train ayant eu 50 minutes de retard, la famille avait raté son vol et était arrivée en Thaïlande avec plus de sept heures de retard.

Elle réclamait 600 euros par personne, soit 2 400 euros au total. Le règlement européen de 2004 prévoit une indemnité de 250 à 600 euros selon la distance du vol.

C'est désormais au tribunal de Francfort de trancher le litige.`,
		"sm4de.txt": `de|EuGH stärkt Rechte von Bahn-Flug-Kunden

Reise | Verbraucher

Donnerstag, 12.06.2031

Fluggesellschaften müssen auch dann eine Entschädigung zahlen, wenn ein Zubringerzug verspätet ist und Passagiere deshalb ihren Flug verpassen – sofern Zug und Flug gemeinsam gebucht wurden. Das hat der Europäische Gerichtshof (EuGH) in Luxemburg am Donnerstag entschieden.

Geklagt hatte eine vierköpfige Familie aus Stuttgart. Ihr Zug zum Frankfurter Flughafen hatte 50 Minuten Verspätung, die Familie verpasste den Anschluss nach Bangkok und kam mit gut sieben Stunden Verspätung an. Sie verlangt von der dänischen Airline Nordhavn Air je 600 Euro, insgesamt also 2400 Euro.

Nach der EU-Fluggastrechteverordnung von 2004 stehen Reisenden ab drei Stunden Verspätung je nach Flugstrecke 250, 400 oder 600 Euro zu. Die Höchstsumme gilt für Flüge über 3500 Kilometer.

Das Amtsgericht Frankfurt muss nun abschließend entscheiden. Verbraucherschützer begrüßten das Urteil.`,
	}, nil},
	{"ice-hockey-final", map[string]string{
		"sm5de1.txt": `de|Meister! Lärchenfeld krönt sich im siebten Spiel

Sport | Eishockey

Sonntag, 27. April 2031

Der HC Lärchenfeld ist Schweizer Eishockeymeister. Im entscheidenden siebten Finalspiel besiegte die Mannschaft von Trainer Reto Caduff am Samstagabend den HC Val-de-Joux vor 7100 Zuschauern in der ausverkauften Arena Lärchenfeld mit 3:2 nach Verlängerung.

Das goldene Tor erzielte der Finne Eero Lindqvist nach 67:42 Minuten. Für Lärchenfeld ist es der erste Titel seit 1998 und der dritte der Clubgeschichte.

"Ich habe keine Worte", sagte der 52-jährige Caduff. Captain Nando Casutt (34) stemmte den Pokal zum letzten Mal: Er beendet seine Karriere.

Die Meisterfeier findet heute Sonntag ab 15 Uhr auf dem Postplatz statt. Die Polizei rechnet mit bis zu 15.000 Fans.`,
		"sm5de2.txt": `de|Lärchenfeld ist Meister

Lärchenfeld (sda) - Der HC Lärchenfeld hat sich zum dritten Mal den Schweizer Meistertitel geholt. Die Bündner gewannen die Finalserie gegen den HC Val-de-Joux mit 4:3 Siegen; das siebte Spiel entschieden sie am Samstag mit 3:2 nach Verlängerung für sich.

Matchwinner war Eero Lindqvist, der in der 68. Minute traf. Val-de-Joux hatte nach zwei Dritteln noch mit 2:1 geführt.

Der letzte Titel der Lärchenfelder datiert aus dem Jahr 1998. Die Feier mit den Fans ist für Sonntagnachmittag geplant.`,
		"sm5fr.txt": `fr|Hockey sur glace : Lärchenfeld sacré au bout du suspense, Val-de-Joux en larmes

Sport | Hockey

Le HC Val-de-Joux a échoué tout près du but. Samedi soir, à Lärchenfeld, les Vaudois ont perdu le septième et dernier match de la finale des play-off 3-2 après prolongation, devant 7100 spectateurs.

Menés 2-1 après deux tiers, les Grisons ont égalisé en début de troisième période avant que le Finlandais Eero Lindqvist, 29 ans, ne délivre les siens à la 68e minute.

« On a tout donné, il nous a manqué un rien », a confié l'entraîneur de Val-de-Joux, Patrice Monnier, 45 ans. Le HC Lärchenfeld remporte la série 4 victoires à 3 et décroche son troisième titre national, le premier depuis 1998.`,
		"sm5en.txt": `en|Lärchenfeld win Swiss ice hockey title in overtime thriller

GENEVA, April 27 (Newswire) - HC Lärchenfeld won the Swiss ice hockey championship on Saturday, beating HC Val-de-Joux 3-2 in overtime in the seventh and deciding game of the final to take the series 4-3.

Finnish forward Eero Lindqvist, 29, scored the winner 7 minutes 42 seconds into overtime in front of a sell-out crowd of 7,100.

It is the club's third title and its first since 1998. Captain Nando Casutt, 34, is retiring after the season.

The club will celebrate with fans in the town's Postplatz on Monday afternoon, where police expect up to 15,000 people.`,
	}, map[string][2]string{"sm5en.txt": {"Monday", "Sunday"}}},
	{"dengue-alert", map[string]string{
		"sm6es.txt": `es|Dengue: Salud emitió una alerta epidemiológica por el fuerte aumento de casos

Sociedad

Buenos Aires, 13 de febrero de 2032

El Ministerio de Salud de la Nación emitió este viernes una alerta epidemiológica ante el crecimiento sostenido de los casos de dengue, que ya suman 48.600 confirmados en lo que va de la temporada, un 295 % más que en el mismo período del año anterior.

Según el Boletín Epidemiológico Nacional, se registraron 37 muertes, frente a 11 en la temporada pasada. Las provincias más afectadas son Chaco, Misiones y Corrientes, donde la incidencia supera los 400 casos cada 100.000 habitantes.

"Estamos ante un brote que llegó antes y con más fuerza", advirtió la ministra Graciela Pereyra. La cartera anunció el envío de 250.000 dosis de vacuna a las provincias del norte, destinadas a personas de 15 a 39 años.

El ministerio recomendó eliminar recipientes con agua estancada y usar repelente.`,
		"sm6en.txt": `en|Argentina issues dengue alert as cases nearly quadruple

BUENOS AIRES, Feb 13 (Newswire) - Argentina's health ministry issued an epidemiological alert on Friday after confirmed dengue cases rose to 48,600 so far this season, almost four times the 12,300 recorded in the same period a year earlier.

Thirty-seven people have died, compared with 11 last season. The northern provinces of Chaco, Misiones and Corrientes are the worst hit, with more than 400 cases per 100,000 inhabitants.

Health Minister Graciela Pereyra said 250,000 vaccine doses would be sent to the north, for people aged 15 to 39.

Argentina's worst dengue season on record, in 2024, saw more than 500,000 cases.`,
		"sm6fr.txt": `fr|Argentine : alerte sanitaire face à l'envolée des cas de dengue

BUENOS AIRES, 13 février - Le ministère argentin de la Santé a déclenché vendredi une alerte épidémiologique face à la progression de la dengue : 48 600 cas confirmés depuis le début de la saison, contre 12 300 un an plus tôt à la même période.

L'épidémie a fait 37 morts, contre 11 la saison précédente. Les provinces du nord - Chaco, Misiones et Corrientes - sont les plus touchées.

La ministre de la Santé, Graciela Pereyra, a annoncé l'envoi de 250 000 doses de vaccin dans le nord du pays pour les 15-39 ans.`,
	}, nil},
	{"forged-paintings", map[string]string{
		"sm7es1.txt": `es|Desarticulada una red que vendía cuadros falsos de Sorolla y Miró

Valencia | Sucesos

Valencia, 21 de octubre de 2031. 13:02

La Guardia Civil ha desarticulado una organización dedicada a falsificar y vender obras atribuidas a pintores como Joaquín Sorolla, Joan Miró o Antoni Tàpies, y ha detenido a nueve personas en Valencia y Barcelona, según informó este martes el instituto armado.

Los agentes intervinieron 214 obras falsas en registros realizados en una galería del barrio de Ruzafa, dos naves y cuatro domicilios. El fraude se estima en unos 3,2 millones de euros.

El presunto cabecilla es un marchante de 67 años, propietario de la galería, que actuaba con ayuda de su hijo, de 38. Seis de los detenidos fueron arrestados en Valencia y tres en Barcelona.

La investigación, bautizada como operación Lienzo, comenzó en 2029 tras la denuncia de un coleccionista alemán que había pagado 410.000 euros por un supuesto Sorolla.`,
		"sm7es2.txt": `es|Nueve detenidos por vender obras de arte falsificadas por 3,2 millones

Madrid, 21 oct (EFE).- Nueve personas han sido detenidas en Valencia y Barcelona acusadas de falsificar y vender cuadros atribuidos a grandes maestros españoles, con los que habrían obtenido más de 3 millones de euros, informó la Guardia Civil.

En la operación se han intervenido 214 obras, además de pigmentos, lienzos antiguos y certificados de autenticidad falsos.

Entre los arrestados figuran un galerista valenciano de 67 años, considerado el líder de la red, y su hijo.`,
		"sm7en.txt": `en|Spanish police smash ring selling fake Sorolla and Miró paintings

MADRID, Oct 21 (Newswire) - Spain's Guardia Civil said on Tuesday it had broken up a gang that forged and sold paintings attributed to Joaquín Sorolla, Joan Miró and other Spanish masters, arresting nine people and seizing 214 works.

The fraud is estimated at 3.2 million euros ($3.7 million). The alleged ringleader, a 67-year-old gallery owner from Valencia, and his 38-year-old son were among those arrested.

The investigation began in 2029, when a German collector complained that a Sorolla he had bought for 410,000 euros was a fake.`,
		"sm7de.txt": `de|Spanische Polizei hebt Fälscherring aus

Kunst | Panorama

21.10.2031

Die spanische Guardia Civil hat einen Ring von Kunstfälschern zerschlagen, der gefälschte Gemälde von Joaquín Sorolla, Joan Miró und anderen spanischen Malern verkauft haben soll. Neun Verdächtige wurden in Valencia und Barcelona festgenommen, 214 Werke beschlagnahmt.

Ins Rollen gebracht hatte die Ermittlungen ein Sammler aus München: Er hatte für einen vermeintlichen Sorolla 410.000 Euro bezahlt und 2029 Anzeige erstattet.

Als Kopf der Bande gilt ein 76 Jahre alter Galerist aus Valencia, der gemeinsam mit seinem 38-jährigen Sohn gehandelt haben soll. Der Schaden wird auf rund 3,2 Millionen Euro geschätzt.`,
	}, map[string][2]string{"sm7de.txt": {"76 years", "67 years"}}},
	{"exoplanet-water", map[string]string{
		"sm8en.txt": `en|Astronomers detect water vapour on nearby 'super-Earth'

Science

Published 3 September 2031

Astronomers have detected water vapour in the atmosphere of a rocky planet orbiting a small star 97 light years from Earth, the strongest evidence yet of water on a world of its kind, according to a study published on Wednesday in Nature Astronomy.

The planet, known as Kessler-41 b, is about 2.3 times the size of Earth and 6.1 times as massive. It circles its red dwarf star every 18 days, and its temperature is estimated at around 47C.

"This is not a second Earth, but it is a step," said Camila Fuentes of the University of Concepción in Chile, who led the team. They observed 14 passages of the planet in front of its star between 2029 and 2031 with a new spectrograph at the La Silla observatory.

The signal has a statistical significance of 4.2 sigma, short of the 5 sigma physicists usually require for a discovery.`,
		"sm8es.txt": `es|Detectan vapor de agua en una "supertierra" a 97 años luz

Ciencia

Santiago de Chile, 3 de septiembre de 2031

Un equipo internacional dirigido por la astrónoma chilena Camila Fuentes, de la Universidad de Concepción, detectó vapor de agua en la atmósfera de Kessler-41 b, un planeta rocoso que orbita una enana roja a unos 97 años luz de la Tierra.

El planeta tiene un radio 2,3 veces mayor que el terrestre y una masa unas seis veces superior. Completa una órbita cada 18 días y su temperatura ronda los 320 kelvin, unos 47 grados Celsius.

Los investigadores analizaron 14 tránsitos del planeta frente a su estrella, observados desde el observatorio de La Silla entre 2029 y 2031. Los resultados se publicaron este miércoles en la revista Nature Astronomy.`,
		"sm8de.txt": `de|Wasserdampf auf Supererde entdeckt

Wissen | Astronomie

Auf einem rund 30 Parsec (97 Lichtjahre) entfernten Gesteinsplaneten haben Astronomen Wasserdampf nachgewiesen. Kessler-41 b ist etwa 2,3-mal so groß wie die Erde und kreist in nur 18 Tagen um einen Roten Zwerg, wie das Team um die chilenische Astronomin Camila Fuentes im Fachblatt "Nature Astronomy" berichtet.

Die Temperatur auf dem Planeten liegt den Berechnungen zufolge bei etwa 47 Grad Celsius. Ob es dort flüssiges Wasser gibt, ist offen.

Die Signifikanz des Signals liegt bei 4,2 Sigma – für eine gesicherte Entdeckung verlangen Physiker in der Regel 5 Sigma. Die Forscher wollen den Planeten deshalb ab 2032 mit weiteren Instrumenten beobachten.`,
	}, nil},
	{"insurer-profit-warning", map[string]string{
		"sm9de1.txt": `de|Unwetterschäden: Rheinwacht senkt Gewinnprognose

Finanzen | Versicherungen

Köln, 17.10.2031, 08:14 Uhr

Der Kölner Versicherer Rheinwacht hat wegen hoher Unwetterschäden seine Gewinnprognose für das laufende Jahr gesenkt. Der Konzern erwartet nun einen Nettogewinn zwischen 1,1 und 1,3 Milliarden Euro, nachdem er bisher 1,6 Milliarden Euro in Aussicht gestellt hatte.

Allein das Sturmtief "Xandra" und die Hagelserie im August haben im dritten Quartal Schäden von rund 480 Millionen Euro verursacht, teilte das Unternehmen am Donnerstagabend mit. Die kombinierte Schaden-Kosten-Quote stieg auf 104,6 Prozent, nach 93,1 Prozent im Vorjahresquartal.

"Das Ausmaß der Naturkatastrophen in diesem Sommer war außergewöhnlich", sagte Vorstandschefin Friederike Almstedt. An der Dividende von 7,40 Euro je Aktie will sie festhalten.

Die Aktie verlor am Freitagmorgen im Xetra-Handel 7,8 Prozent auf 142,50 Euro.`,
		"sm9de2.txt": `de|Versicherer Rheinwacht kappt Prognose - Aktie bricht ein

Köln (dpa) - Schwere Unwetter haben dem Versicherer Rheinwacht das Geschäft verhagelt. Der Dax-Konzern rechnet für 2031 nur noch mit einem Überschuss von 1,1 bis 1,3 Milliarden Euro statt wie bisher 1,6 Milliarden.

Die Belastungen aus Großschäden im dritten Quartal bezifferte Rheinwacht auf knapp eine halbe Milliarde Euro. Anleger reagierten verschreckt: Die Aktie fiel zeitweise um fast acht Prozent.

Rheinwacht beschäftigt weltweit rund 21.000 Menschen. Die vollständigen Zahlen zum dritten Quartal legt der Konzern am 7. November vor.`,
		"sm9en.txt": `en|German insurer Rheinwacht cuts profit forecast after storms

FRANKFURT, Oct 17 (Newswire) - Rheinwacht cut its full-year profit forecast late on Thursday, saying a summer of storms and hail had cost it about 480 million euros in the third quarter, sending its shares down 7.8% on Friday.

The Cologne-based insurer now expects net profit of 1.1 billion to 1.3 billion euros in 2031, down from a previous forecast of 1.6 billion.

Its combined ratio, a key measure of underwriting profitability, rose to 104.6% in the quarter from 93.1% a year earlier. A ratio above 100% means an insurer is paying out more in claims and costs than it takes in premiums.

Chief Executive Friederike Almstedt said the dividend of 7.40 euros per share would be maintained. Rheinwacht will publish full quarterly results on Nov. 7.`,
		"sm9it.txt": `it|Rheinwacht taglia le stime sull'utile dopo le tempeste

Economia

Francoforte, 17 ottobre 2031

Il gruppo assicurativo tedesco Rheinwacht ha rivisto al ribasso le previsioni di utile per il 2031, ora atteso tra 1,1 e 1,3 miliardi di euro, contro gli 1,6 miliardi indicati in precedenza.

In Borsa il titolo ha perso il 7,8 %, scendendo a 142,50 euro.

A pesare sono soprattutto i danni causati dalla tempesta Xandra e dalle grandinate di agosto, che nel terzo trimestre sono costati alla compagnia circa 840 milioni di euro. L'amministratrice delegata Friederike Almstedt ha definito "eccezionale" l'entità delle catastrofi naturali dell'estate.`,
	}, map[string][2]string{"sm9it.txt": {"€840 million", "€480 million"}}},
	{"drenthe-provincial-count", map[string]string{
		"sm10nl.txt": `nl|Drentse Volkspartij grote winnaar Statenverkiezingen

Provincie | Politiek

Donderdag 20 maart 2031, 22:10

De Drentse Volkspartij (DVP) is de grote winnaar van de Provinciale Statenverkiezingen in Drenthe. Na de definitieve telling komt de partij op 11 van de 41 zetels, vijf meer dan in 2027.

De Partij voor het Platteland zakt van 9 naar 7 zetels. De opkomst lag met 58,4 procent hoger dan vier jaar geleden (55,9 procent).

De uitslag liet langer op zich wachten omdat in de gemeente Westerbroek 1.240 stembiljetten opnieuw moesten worden geteld na een verschil tussen het aantal kiezers en het aantal uitgebrachte stemmen. De hertelling veranderde niets aan de zetelverdeling.

"Drenthe heeft gekozen voor verandering", zei lijsttrekker Anneke Huisman (49). Voor een meerderheid zijn 21 zetels nodig.`,
		"sm10en.txt": `en|Regional party tops Dutch provincial vote in Drenthe

THE HAGUE, March 20 (Newswire) - The Drenthe People's Party (DVP) won 11 of the 41 seats in the northern Dutch province of Drenthe, nearly doubling its previous six, according to final results published on Thursday after a partial recount.

Turnout was 58.4%, up from 55.9% in 2027. The Party for the Countryside fell to seven seats from nine.

About 1,200 ballots were recounted in the municipality of Westerbroek, where officials had found a discrepancy. The recount did not change the result.

A majority in the provincial assembly requires 21 seats.`,
		"sm10de.txt": `de|Regionalpartei gewinnt Provinzwahl in Drenthe

Niederlande | Grenzregion

Die Drentse Volkspartij (DVP) hat die Wahl zum Provinzparlament im niederländischen Drenthe klar gewonnen. Nach dem amtlichen Endergebnis vom Donnerstag erhält sie 11 der 41 Sitze, bisher waren es 6.

Die Wahlbeteiligung stieg von 55,9 auf 58,4 Prozent. In der Gemeinde Westerbroek waren 1240 Stimmzettel neu ausgezählt worden.

Spitzenkandidatin Anneke Huisman, 49, will nun Gespräche über eine Koalition führen. Für eine Mehrheit sind 21 Sitze nötig.`,
	}, nil},
}
