package compare

// heldOutHarvest are ten events written blind, after the Summer set, on
// topics not used before. Seven hold one planted contradiction each, three
// hold none but carry traps (rounding, hedges, totals against parts, rates
// against totals, previous values, figures about other things in the same
// sentence shape, roles by synonym).
//
// First run (before any change made on it): 3 of 7 contradictions flagged,
// 2 false disagreements (the test fails). Flagged: marathon (age),
// supermarket-merger (amount), freight-derailment (weekday). Missed:
// chem-leak, v1fr's "41 personnes" [41] sits in a row of its own apart from
// the "menschen · 14" row (v1de, v1de2, v1en); party-leader, v3nl2's
// "53 procent van de stemmen" is read in no row, the "stimmen · 58%" row
// holds v3de, v3en, v3nl; city-cyberattack, v4it's "nove giorni" [9 days]
// sits in a row of its own apart from "down · 6 days" (v4en, v4fr);
// crane-collapse, v7en's "58-metre" [58 m] sits in row "crane · 58 m" apart
// from "hoher · 85 m" (v7de, v7it). False: marathon, duration "queniano":
// v2en: 2 hours; v2pt2: 24 anos (a race time against an age);
// freight-derailment, count "vagones": v6en, v6es: 28 wagons; v6es2, v6pt:
// Diecisiete vagones (the train's total against the derailed part).
//
// On the code it was merged into (with the rule for swapped digits of
// three or more, made on the earlier sets), the same: 3/7, 2 false. Fixed
// after, so the set is held out no longer: a count of part of a total its
// subject owns ("of the train's 28", "de sus 28"); a percentage after a
// name; sentences tied by a day and a name give rival values only of one
// size; and a lone figure whose two digits are swapped joins the fact
// (counts only when they count the same thing). Now 6/7, 0 false; still
// missed: the nine days against six, in sentences that share nothing
// but the unit.
var heldOutHarvest = []heldOutEvent{
	{"chem-leak", map[string]string{
		"v1de.txt": `de|Ammoniak-Austritt in Velmsdorf: 14 Menschen im Krankenhaus

Panorama | Unglücke

21.05.2031, 07:45 Uhr

Nach dem Austritt von Ammoniak im Werk der Rhenova Chemie in Velmsdorf sind am Dienstagabend 14 Menschen ins Krankenhaus gebracht worden. Rund 2300 Anwohner wurden aufgefordert, Fenster und Türen geschlossen zu halten.

Nach Angaben der Feuerwehr traten aus einer undichten Leitung etwa fünf Tonnen des Gases aus. Die Warnung galt in einem Umkreis von 1,5 Kilometern um das Werk und wurde nach neun Stunden aufgehoben.

"Die Leitung war erst im vergangenen Jahr geprüft worden", sagte Werksleiter Jens Albrecht. Die Staatsanwaltschaft hat Ermittlungen aufgenommen.

Mehr zum Thema: Chemieunfälle in Deutschland`,
		"v1de2.txt": `de|Gaswolke über Velmsdorf – Ermittlungen gegen Chemiewerk

Region

Velmsdorf, 21. Mai 2031

Eine Ammoniakwolke aus dem Werk der Rhenova Chemie hat am Dienstag den Abend in Velmsdorf bestimmt. Vierzehn Personen wurden mit Atemwegsreizungen in Kliniken der Umgebung gebracht, die meisten konnten sie noch in der Nacht wieder verlassen.

Die Feuerwehr schätzt, dass rund fünf Tonnen Ammoniak aus einer beschädigten Rohrleitung entwichen. Etwa 2300 Menschen im Umkreis von anderthalb Kilometern sollten in ihren Häusern bleiben.

Erst nach neun Stunden gab die Stadt Entwarnung. Der Leiter des Werks, Jens Albrecht, kündigte eine "lückenlose Aufklärung" an.`,
		"v1en.txt": `en|Ammonia leak at German chemical plant sends 14 to hospital

World | Europe

Published 21 May 2031

BERLIN (Reuters) – Fourteen people were taken to hospital after ammonia leaked from a chemical plant in the western German town of Velmsdorf on Tuesday evening, and about 2,300 residents were told to stay indoors, the fire service said.

Around five tonnes of the gas escaped from a damaged pipe at the Rhenova Chemie site, firefighters said. The warning covered an area within 1.5 km of the plant and was lifted after nine hours.

"The pipe had been inspected only last year," plant manager Jens Albrecht told reporters. Prosecutors have opened an investigation.`,
		"v1fr.txt": `fr|Fuite d'ammoniac dans une usine chimique allemande

International

Publié le 21 mai 2031 à 09h10

Une fuite d'ammoniac s'est produite mardi soir dans l'usine de Rhenova Chemie à Velmsdorf, dans l'ouest de l'Allemagne. Quelque 2 300 habitants ont reçu l'ordre de rester chez eux.

Selon les pompiers, environ cinq tonnes de gaz se sont échappées d'une canalisation endommagée. Au total, 41 personnes ont été hospitalisées, la plupart pour des irritations des voies respiratoires.

L'alerte, qui concernait un rayon de 1,5 kilomètre autour du site, a été levée au bout de neuf heures. Le directeur de l'usine, Jens Albrecht, a assuré que la canalisation avait été contrôlée l'an dernier. Le parquet a ouvert une enquête.`,
	}, map[string][2]string{"v1fr.txt": {"41", "14"}}},
	{"marathon", map[string]string{
		"v2pt.txt": `pt|Kiprotich bate recorde da Maratona de Vilarenho

Desporto | Atletismo

6 abr 2031 - 13:20

O queniano Daniel Kiprotich venceu este domingo a Maratona de Vilarenho com o tempo de 2:06:41, um novo recorde do percurso. Na prova feminina, a etíope Tigist Alemu cortou a meta em primeiro lugar.

Kiprotich, de 24 anos, disputava apenas a sua segunda maratona. "Senti-me forte a partir do quilómetro 30", disse o atleta à chegada.

Cerca de 14 mil corredores participaram na prova, que decorreu com sol e 16 graus.`,
		"v2pt2.txt": `pt|Maratona: queniano de 24 anos estabelece novo recorde

Atletismo

Vilarenho, 6 de abril de 2031

Daniel Kiprotich, um queniano de 24 anos, ganhou a Maratona de Vilarenho no domingo, com 2:06:41, melhorando o recorde da prova.

A organização contou perto de 14.000 atletas à partida. Tigist Alemu, da Etiópia, ganhou a corrida feminina.

Foi a segunda maratona da carreira de Kiprotich, que atacou a partir do quilómetro 30.`,
		"v2es.txt": `es|Un keniano gana el maratón de Vilarenho con récord

Deportes

Vilarenho (Portugal), 6 abr (Agencia)

El keniano Daniel Kiprotich ganó este domingo el maratón de Vilarenho, en el norte de Portugal, con un tiempo de 2:06:41, nuevo récord del circuito.

La etíope Tigist Alemu se impuso en la prueba femenina. Unos 14.000 corredores tomaron la salida.

Kiprotich, de 29 años, corría apenas su segundo maratón. "A partir del kilómetro 30 me sentí fuerte", declaró.`,
		"v2en.txt": `en|Kiprotich sets course record in Vilarenho marathon

Sport | Athletics

Sunday 6 April 2031

Kenya's Daniel Kiprotich won the Vilarenho marathon in Portugal on Sunday in 2 hours 6 minutes 41 seconds, a course record, while Ethiopia's Tigist Alemu took the women's race.

The 24-year-old was running only his second marathon. "I felt strong from 30 km," he said.

Around 14,000 runners started the race in sunshine.`,
	}, map[string][2]string{"v2es.txt": {"29 years", "24 years"}}},
	{"party-leader", map[string]string{
		"v3nl.txt": `nl|Marloes Verhagen nieuwe leider Groene Burgerpartij

Politiek

14 juni 2031, 18:32

Marloes Verhagen is zaterdag gekozen tot partijleider van de Groene Burgerpartij. Zij kreeg in de tweede ronde 58 procent van de stemmen van de leden, haar tegenstrever Pieter de Raaf 42 procent.

Aan de stemming deden ruim 27.000 van de 38.000 leden mee. Het partijcongres vond plaats in Hollendam.

Verhagen (46) is sinds 2027 Tweede Kamerlid. "We gaan de komende jaren winnen", zei zij na de uitslag.`,
		"v3nl2.txt": `nl|Verhagen wint leiderschapsstrijd

Binnenland

Hollendam, 14 juni 2031

De Groene Burgerpartij heeft een nieuwe leider: Marloes Verhagen. Op het congres in Hollendam werd de uitslag van de ledenraadpleging bekendgemaakt.

In de beslissende tweede ronde haalde de 46-jarige Verhagen 53 procent van de stemmen. Pieter de Raaf feliciteerde haar op het podium.

De partij telt zo'n 38.000 leden. Verhagen volgt Hans Kuipers op, die in maart opstapte.`,
		"v3de.txt": `de|Niederländische Grüne Bürgerpartei wählt Verhagen zur Chefin

Ausland

14.06.2031

Die niederländische Groene Burgerpartij hat am Samstag Marloes Verhagen zur neuen Vorsitzenden gewählt. In der Stichwahl der Mitglieder erhielt die 46-Jährige 58 Prozent der Stimmen.

Ihr Gegenkandidat Pieter de Raaf kam auf 42 Prozent. Die Partei hat rund 38.000 Mitglieder.`,
		"v3en.txt": `en|Dutch Green Citizens' Party elects Verhagen as leader

Europe

14 June 2031

Marloes Verhagen was elected leader of the Dutch Green Citizens' Party on Saturday, winning 58% of members' votes in a run-off against Pieter de Raaf.

More than 27,000 of the party's 38,000 members took part. Verhagen, 46, succeeds Hans Kuipers, who stepped down in March.`,
	}, map[string][2]string{"v3nl2.txt": {"53%", "58%"}}},
	{"city-cyberattack", map[string]string{
		"v4it.txt": `it|Castelvero, attacco hacker al Comune: servizi ancora fermi

Cronaca

3 febbraio 2031

Il Comune di Castelvero è stato colpito lunedì scorso da un attacco informatico di tipo ransomware. Gli hacker hanno chiesto un riscatto di due milioni di dollari in bitcoin.

Anagrafe, pagamenti online e posta elettronica del Comune sono stati bloccati. Secondo la sindaca Chiara Benedetti, i dati di circa 42.000 residenti potrebbero essere stati sottratti.

I sistemi sono rimasti spenti per nove giorni prima che i tecnici potessero riattivarli. "Non pagheremo", ha ribadito la sindaca.`,
		"v4fr.txt": `fr|Une ville italienne paralysée par une cyberattaque

Tech | Sécurité

Publié le 3 février 2031

Rome (AFP) – La commune italienne de Castelvero a été victime lundi 27 janvier d'une attaque par rançongiciel. Les pirates réclament une rançon de deux millions de dollars en bitcoins.

Les services d'état civil, les paiements en ligne et la messagerie de la mairie ont été coupés pendant six jours. Les données de quelque 42 000 habitants pourraient avoir été dérobées, selon la maire, Chiara Benedetti.

"Nous ne paierons pas", a-t-elle déclaré.`,
		"v4en.txt": `en|Italian town refuses ransom after cyberattack

Technology

3 February 2031

The Italian town of Castelvero said on Monday it would not pay a $2 million ransom demanded by hackers who crippled its computer systems in an attack on 27 January.

Registry services, online payments and email were down for six days. Mayor Chiara Benedetti said the data of about 42,000 residents may have been stolen.

Police cybercrime specialists are investigating.`,
	}, map[string][2]string{"v4it.txt": {"9 days", "6 days"}}},
	{"supermarket-merger", map[string]string{
		"v5fr.txt": `fr|Marché Lenoir et Van Dael fusionnent

Économie | Distribution

Publié le 4 février 2031

Les chaînes de supermarchés belges Marché Lenoir et Van Dael ont annoncé mardi leur fusion, une opération valorisée à 480 millions d'euros. Le nouveau groupe comptera 310 magasins et 14 500 salariés.

Il détiendra environ 11 % du marché belge de la distribution alimentaire. L'Autorité belge de la concurrence devra se prononcer dans un délai de 90 jours.

"Aucun magasin ne fermera", a promis la directrice générale de Marché Lenoir, Sophie Delcourt.`,
		"v5nl.txt": `nl|Van Dael en Marché Lenoir gaan samen in deal van 840 miljoen euro

Economie

4 februari 2031

De supermarktketens Van Dael en Marché Lenoir fuseren in een deal van 840 miljoen euro, zo maakten beide bedrijven dinsdag bekend.

Samen hebben de ketens 310 winkels en 14.500 werknemers. Hun marktaandeel in België komt op ongeveer 11 procent.

Topvrouw Sophie Delcourt van Marché Lenoir belooft dat er geen winkels dichtgaan. De Belgische Mededingingsautoriteit heeft 90 dagen om de fusie te beoordelen.`,
		"v5en.txt": `en|Belgian grocers Marché Lenoir and Van Dael agree merger

Business

4 February 2031

BRUSSELS (Reuters) – Belgian supermarket chains Marché Lenoir and Van Dael agreed on Tuesday to merge in a deal worth €480 million, creating a group with 310 stores and 14,500 staff.

The combined company will hold about 11% of Belgium's grocery market. The competition authority has 90 days to review the deal.

Marché Lenoir chief executive Sophie Delcourt said no stores would close.`,
		"v5de.txt": `de|Belgische Supermarktketten fusionieren

Wirtschaft

04.02.2031

Die belgischen Supermarktketten Marché Lenoir und Van Dael schließen sich zusammen. Der Deal hat einen Wert von 480 Millionen Euro, teilten die Unternehmen am Dienstag mit.

Die neue Gruppe betreibt 310 Filialen mit 14.500 Beschäftigten. Der Marktanteil liegt bei rund elf Prozent.`,
	}, map[string][2]string{"v5nl.txt": {"€840 million", "€480 million"}}},
	{"freight-derailment", map[string]string{
		"v6es.txt": `es|Descarrila un tren de mercancías cerca de Almendral del Río

España

13 mar 2031 - 19:40

Un tren de mercancías cargado de cereal descarriló el jueves cerca de Almendral del Río, en la provincia de Cáceres. Diecisiete de sus 28 vagones se salieron de la vía. No hubo heridos.

Según Adif, unos 1,2 kilómetros de vía resultaron dañados. La línea permanecerá cortada al menos cuatro días.

El maquinista, de 52 años, salió ileso.`,
		"v6es2.txt": `es|Un descarrilamiento corta la línea Madrid-Badajoz

Economía | Transporte

Cáceres, 13 de marzo de 2031

La circulación ferroviaria entre Madrid y Badajoz está interrumpida desde el jueves después de que un tren de mercancías descarrilara en las inmediaciones de Almendral del Río.

Diecisiete vagones de los veintiocho que componían el convoy, cargados de trigo, volcaron o se salieron de los raíles. Adif estima que los daños afectan a 1,2 kilómetros de vía y que la reparación durará cuatro días.

No hubo que lamentar heridos.`,
		"v6pt.txt": `pt|Comboio de mercadorias descarrila em Espanha

Mundo

13 mar 2031

Um comboio de mercadorias carregado de cereais descarrilou perto de Almendral del Río, na província espanhola de Cáceres, cortando a ligação ferroviária entre Madrid e Badajoz.

O acidente ocorreu na terça-feira. Dezassete dos 28 vagões saíram dos carris, mas não houve feridos.

A gestora da infraestrutura, Adif, calcula que 1,2 quilómetros de via ficaram danificados e que a linha estará fechada pelo menos quatro dias.`,
		"v6en.txt": `en|Freight train derails in western Spain

World

13 March 2031

MADRID (AP) – A freight train carrying grain derailed near Almendral del Río in western Spain on Thursday, closing the Madrid-Badajoz line. No one was hurt.

Seventeen of the train's 28 wagons left the tracks, and about 1.2 km of track was damaged, rail infrastructure manager Adif said. Repairs are expected to take at least four days.`,
	}, map[string][2]string{"v6pt.txt": {"Tuesday", "Thursday"}}},
	{"crane-collapse", map[string]string{
		"v7it.txt": `it|Crolla una gru nel porto di Marvena, due feriti

Cronaca | Porti

19 novembre 2031, 21:05

Una gru portuale alta 85 metri è crollata mercoledì pomeriggio nel porto di Marvena, finendo sul ponte di una nave portacontainer. Due operai sono rimasti feriti, uno in modo grave.

Al momento del crollo soffiavano raffiche di vento fino a 110 chilometri orari. Il terminal resterà chiuso per tre giorni.

Secondo l'Autorità portuale i danni ammontano a circa 30 milioni di euro. La procura ha aperto un'inchiesta.`,
		"v7de.txt": `de|Hafenkran stürzt in Italien auf Containerschiff

Panorama

19.11.2031

Im italienischen Hafen Marvena ist am Mittwoch ein 85 Meter hoher Containerkran bei Sturmböen von bis zu 110 km/h umgestürzt und auf ein Containerschiff gefallen. Zwei Arbeiter wurden verletzt.

Das Terminal bleibt drei Tage geschlossen. Die Hafenbehörde schätzt den Schaden auf rund 30 Millionen Euro.`,
		"v7en.txt": `en|Port crane topples onto container ship in Italy

World | Europe

19 November 2031

A container crane collapsed onto a ship at the Italian port of Marvena on Wednesday afternoon as gusts of up to 110 km/h swept the coast, injuring two workers, one of them seriously.

The port authority said the terminal would be closed for three days and put the damage at about €30 million.

The 58-metre crane was one of six on the quay. Prosecutors have opened an investigation.`,
	}, map[string][2]string{"v7en.txt": {"58 m", "85 m"}}},
	{"heatwave", map[string]string{
		"v8fr.txt": `fr|Canicule : la France bat son record absolu de chaleur

Société | Météo

Publié le 23 juillet 2031 à 19h30

La France a enregistré mercredi la température la plus élevée de son histoire : 44,1 °C à Saint-Aurel, dans le Gard, selon Météo-France. Le précédent record, 42,9 °C, datait de 2019.

Trente et un départements sont placés en vigilance rouge. Dans plusieurs villes du Sud, la température n'est pas descendue sous les 29 °C la nuit.

"Nous demandons à chacun de limiter ses déplacements", a déclaré la ministre de la Santé, Claire Moreau. Il s'agit de la troisième vague de chaleur de l'été.`,
		"v8es.txt": `es|Francia supera por primera vez los 44 grados

Internacional

París, 23 jul (Agencia)

Francia registró este miércoles 44,1 grados en la localidad de Saint-Aurel, en el sur del país, la temperatura más alta jamás medida en el país, que mejora en más de un grado la marca anterior.

Más de treinta departamentos están en alerta roja. La ministra de Sanidad, Claire Moreau, pidió a la población que evite desplazamientos.`,
		"v8it.txt": `it|Francia, caldo record: oltre 44 gradi nel Sud

Esteri

23 luglio 2031

Nuovo record di caldo in Francia: mercoledì a Saint-Aurel il termometro ha superato i 44 gradi, contro i 42,9 del 2019.

Allerta rossa in 31 dipartimenti. La ministra della Salute Claire Moreau ha invitato i cittadini a limitare gli spostamenti nelle ore più calde.

È la terza ondata di calore dell'estate.`,
		"v8en.txt": `en|France records hottest day ever as heatwave intensifies

World

23 July 2031

PARIS (Reuters) – France recorded its highest temperature ever on Wednesday, 44.1C in the southern village of Saint-Aurel, beating the previous record of 42.9C set in 2019, the national weather service said.

Thirty-one of the country's departments were on red alert, and in some southern cities the temperature did not fall below 29C overnight.

Health Minister Claire Moreau urged people to limit travel. It is the summer's third heatwave.`,
	}, nil},
	{"vaccine-approval", map[string]string{
		"v9de.txt": `de|EU-Arzneimittelbehörde empfiehlt RSV-Impfstoff Respivax

Gesundheit

16.10.2031

Die Europäische Arzneimittelbehörde hat am Donnerstag die Zulassung des RSV-Impfstoffs Respivax von Halvorsen Biotech für Menschen ab 60 Jahren empfohlen.

In einer Studie mit rund 31.000 Teilnehmern in 14 Ländern schützte der Impfstoff zu 87 Prozent vor einer Erkrankung. Krankenhausaufenthalte gingen sogar um 91 Prozent zurück.

Die EU hat bereits 40 Millionen Dosen zu je 19 Euro bestellt. "Das ist ein wichtiger Schritt für ältere Menschen", sagte die Direktorin der Behörde, Ana Lindqvist.`,
		"v9nl.txt": `nl|Europees groen licht voor RSV-vaccin voor ouderen

Wetenschap | Gezondheid

16 oktober 2031

Het Europees Geneesmiddelenbureau heeft donderdag een positief advies gegeven over Respivax, het RSV-vaccin van Halvorsen Biotech, voor zestigplussers.

Het vaccin bood in een studie met ruim 30.000 deelnemers 87 procent bescherming tegen de ziekte, en 91 procent tegen ziekenhuisopname.

De Europese Unie bestelde 40 miljoen doses; het contract is zo'n 760 miljoen euro waard. Bureaudirecteur Ana Lindqvist sprak van "een belangrijke stap".`,
		"v9pt.txt": `pt|Agência europeia recomenda vacina contra o VSR

Saúde

16 out 2031 - 15:12

A Agência Europeia de Medicamentos recomendou esta quinta-feira a aprovação da Respivax, vacina da Halvorsen Biotech contra o vírus sincicial respiratório, para pessoas com 60 ou mais anos.

Num ensaio com cerca de 31 mil voluntários em 14 países, a vacina teve uma eficácia de 87% contra a doença. As hospitalizações diminuíram 91%.

Cada dose custará 19 euros à União Europeia, que encomendou 40 milhões de doses. A diretora executiva da agência, Ana Lindqvist, falou num "passo importante".`,
		"v9en.txt": `en|EU regulator backs Halvorsen's RSV vaccine for over-60s

Health

16 October 2031

LONDON (Reuters) – Europe's medicines regulator on Thursday recommended approval of Halvorsen Biotech's RSV vaccine Respivax for adults aged 60 and over.

The shot was 87% effective at preventing disease in a trial of about 31,000 people in 14 countries, and cut hospital admissions by 91%.

The EU has ordered 40 million doses at €19 each, a contract worth some €760 million. "This is an important step for older people," said Ana Lindqvist, the agency's executive director. The first RSV vaccine for older adults was approved in Europe in 2023.`,
	}, nil},
	{"festival-cancel", map[string]string{
		"v10es.txt": `es|Cancelado el festival Sonora por el riesgo de tormentas

Cultura | Música

9 jul 2031 - 12:15

La organización del festival Sonora ha cancelado la edición de este año, que debía celebrarse de viernes a domingo en Valdemira, ante la previsión de fuertes tormentas. Se habían vendido unas 120.000 entradas.

De ellas, 45.000 eran abonos de tres días. El importe de todas las entradas, unos 11 millones de euros, será devuelto en un plazo de 30 días.

"La seguridad del público es lo primero", afirmó la directora del festival, Lucía Ferrer. Estaban programados más de 170 artistas.`,
		"v10it.txt": `it|Spagna, annullato il festival Sonora

Spettacoli

9 luglio 2031

Il festival musicale Sonora di Valdemira, in Spagna, è stato annullato mercoledì per il rischio di violenti temporali. Erano stati venduti 119.600 biglietti, tra cui 45.000 abbonamenti per tre giorni.

Un abbonamento costava 89 euro. I rimborsi saranno effettuati entro 30 giorni, ha spiegato l'organizzatrice Lucía Ferrer.

In cartellone c'erano 180 artisti.`,
		"v10en.txt": `en|Spain's Sonora festival cancelled over storm warnings

Music

9 July 2031

Organisers of Spain's Sonora music festival on Wednesday cancelled this year's event in Valdemira, due to run from Friday to Sunday, because of forecasts of severe thunderstorms.

Some 120,000 tickets had been sold, including 45,000 three-day passes at €89 each. All ticket holders will be refunded within 30 days, a total of about €11 million.

"The safety of the public comes first," festival director Lucía Ferrer said. The line-up included 180 acts. First held in 2012, the festival was to hold its 19th edition.`,
		"v10fr.txt": `fr|Espagne : le festival Sonora annulé à cause des orages

Culture

Publié le 9 juillet 2031

Le festival Sonora, qui devait se tenir de vendredi à dimanche à Valdemira, en Espagne, a été annulé mercredi en raison d'une alerte aux orages violents.

Près de 120 000 billets avaient été vendus, dont 45 000 pass trois jours. Les spectateurs seront remboursés sous trente jours.

"La sécurité du public passe avant tout", a déclaré Lucía Ferrer, qui dirige le festival.`,
	}, nil},
}
