package compare

// heldOutJugo is a blind held-out set of ten events of mixed national and
// regional news, written without reading the comparison's code: a propane
// leak evacuating a school near Viseu (pt, pt, en, fr), a district
// hospital's new cancer centre (de, de, en), a French court's fine on a
// supermarket chain for fake discounts (fr, fr, en, de), a radon survey of
// Fribourg's school buildings (fr, de, en), a wind turbine's blade breaking
// off in a storm (de, de, en), a northern Portuguese bus operator's
// insolvency (pt, pt, en), a Lyon chef's third Michelin star (fr, fr, en,
// pt), a fire at an East Belgian recycling plant (de, de, fr, en), a
// crowdfunding that saves a Vaud village cinema (fr, de, en) and a runaway
// wallaby caught after days on the run (de, de, en).
//
// Six events hold one planted contradiction each, none in a first
// paragraph and all in a report whose language is the minority of its
// event: a count of pupils in the French school report (860 for 620), an
// amount in the German fine report (€2.4 million for €2.1 million), a
// distance in the English turbine report (600 m for 400 m), a count of
// staff in the English bus report (430 for 340), a year in the French fire
// report (2009 for 2006) and a duration in the English wallaby report (6
// days for 9 days). The hospital, radon, chef and cinema events hold none.
//
// Traps: totals and their parts (about 680 people = 620 pupils + 58
// staff; 15 taken to hospital = 14 pupils + a cook; €29 million of €48
// million; 40 of the 180 firefighters; CHF 200,000 of the CHF 1.9 million
// price), rounding and hedges ("about 1,340" beside "plus de 1 300"; "über
// 410'000 Franken" for 412 000; "rund 400 Meter"), previous values (22 beds
// before 36; 1,700 patients a year before 2,400, "rund 700 mehr"; 9 % in
// 2012 before 12 %; 31 three-star restaurants before 32, with two new and
// one lost), conversions ($2.3 million beside €2.1 million; "14km (nine
// miles)"), "more than two years" for 26 months, "one in eight" for 12 %,
// a 58 m blade and a 98 m hub beside the debris distance, two people's
// ages in most events (54 and 61; 44 and 41; 78 and 47 beside a
// three-year-old animal; a 57-year-old cook), a chef who emigrated at
// three, Swiss apostrophe thousands, a plant "gegründet" in 2006 beside
// one "seit 2006 am Standort", and titles by synonym (président du
// directoire / Vorstandsvorsitzender / chairman; Chefärztin / centre's
// head; Amtsvorsteher / chef du service; diretora / head teacher).
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and
// 1 false disagreement; it missed the English turbine report's debris
// distance (600 m against 400 m: the reader kept "found · 600 m" and
// "entfernt · 400 m" as two facts apart) and the French fire report's year
// (2009 against 2006: "ouverte · 2009" stood apart from "gegründet · 2006"
// and "site · since · 2006"), and flagged falsely a count of "pessoas" in
// the school event, the about 680 people evacuated (English, Lusa) against
// the "Quinze pessoas" taken to hospital (Portuguese local site). Within
// the table's one false disagreement, so its maximum stays 1; no value in
// wrong was respelled.
var heldOutJugo = []heldOutEvent{
	{"school-gas-leak-viseu", map[string]string{
		"j1pt.txt": `pt|Fuga de gás obriga a evacuar escola em Vale de Pereiras

Região | Viseu

14 out. – 13:40

Uma fuga de gás propano na cozinha da cantina obrigou esta terça-feira de manhã à evacuação da Escola Básica e Secundária de Vale de Pereiras, no distrito de Viseu. Os 620 alunos e 58 funcionários foram retirados do edifício pouco depois das 10h15.

Quinze pessoas – 14 alunos e uma cozinheira de 57 anos – sentiram náuseas e dores de cabeça e foram transportadas para o Hospital de São Teotónio, em Viseu. Ao final da tarde, todas já tinham tido alta.

"A fuga teve origem numa conduta que liga o depósito de 2000 litros à cozinha", explicou Joaquim Serôdio, comandante dos Bombeiros Voluntários de Vale de Pereiras. No local estiveram 32 operacionais, apoiados por 11 viaturas.

A diretora do agrupamento, Ana Lúcia Pimentel, decidiu manter a escola fechada na quarta-feira. As aulas deverão ser retomadas na quinta-feira, depois de uma inspeção técnica à instalação.

O edifício foi requalificado em 2017, numa obra de 3,2 milhões de euros.

Partilhar | Comentar`,
		"j1pt2.txt": `pt|Viseu: Fuga de gás leva 15 pessoas ao hospital

Vale de Pereiras, Viseu, 14 out (Lusa) – Catorze alunos e uma funcionária da escola de Vale de Pereiras, no distrito de Viseu, foram hoje assistidos no hospital depois de uma fuga de gás na cantina, que obrigou à retirada de cerca de 680 pessoas, disse à Lusa fonte dos bombeiros.

Segundo o comandante Joaquim Serôdio, o alerta foi dado às 10h07 e a fuga, numa conduta do depósito de propano, ficou controlada cerca de uma hora depois.

Os feridos, com sintomas ligeiros de intoxicação, foram levados para o Hospital de São Teotónio. A escola, com 620 alunos, fica encerrada na quarta-feira.

ACM // JLG`,
		"j1en.txt": `en|Gas leak forces evacuation of school near Viseu

By our staff reporter

About 680 people were evacuated from a school in central Portugal on Tuesday morning after propane gas leaked from a pipe in its canteen kitchen.

All 620 pupils and 58 staff at the Vale de Pereiras primary and secondary school left the building shortly after 10.15am. Fourteen children and a 57-year-old cook were taken to São Teotónio hospital in Viseu with nausea and headaches; all had been discharged by the evening.

Fire chief Joaquim Serôdio said the leak came from a pipe connecting a 2,000-litre tank to the kitchen. Thirty-two firefighters with 11 vehicles attended.

Head teacher Ana Lúcia Pimentel said the school would stay closed on Wednesday and reopen on Thursday after a safety inspection.`,
		"j1fr.txt": `fr|Portugal : une fuite de gaz provoque l'évacuation d'une école dans la région de Viseu

Une fuite de gaz propane dans la cuisine de la cantine a entraîné mardi matin l'évacuation d'une école de Vale de Pereiras, dans le centre du Portugal.

Les 860 élèves et 58 membres du personnel ont été évacués peu après 10 h 15. Quatorze élèves et une cuisinière de 57 ans, pris de nausées et de maux de tête, ont été transportés à l'hôpital São Teotónio de Viseu. Tous sont sortis dans la soirée.

Selon le commandant des pompiers, Joaquim Serôdio, la fuite provenait d'une canalisation reliant une citerne de 2 000 litres à la cuisine. Trente-deux pompiers et onze véhicules ont été mobilisés.

L'établissement restera fermé mercredi. Les cours devraient reprendre jeudi, après une inspection de l'installation.`,
	}, map[string][2]string{"j1fr.txt": {"860", "620"}}},
	{"cancer-centre-haldenau", map[string]string{
		"j2de.txt": `de|Neues Onkologisches Zentrum am Kreisklinikum Haldenau eröffnet

Haldenau. Nach 26 Monaten Bauzeit ist am Freitag das neue Onkologische Zentrum des Kreisklinikums Haldenau eröffnet worden. Der dreigeschossige Anbau bietet 36 Betten – bisher standen für Krebspatienten auf der alten Station 22 Betten zur Verfügung – sowie eine Tagesklinik mit zwölf Behandlungsplätzen.

Die Kosten beziffert das Klinikum auf 48 Millionen Euro. Das Land Baden-Württemberg übernimmt davon 29 Millionen Euro, den Rest tragen der Landkreis und das Klinikum selbst.

„Wir können Chemotherapie, Bestrahlungsplanung und psychoonkologische Betreuung jetzt unter einem Dach anbieten", sagte Chefärztin Prof. Dr. Katrin Obermaier (54). Im vergangenen Jahr wurden im Klinikum rund 1.700 Krebspatientinnen und -patienten behandelt; künftig rechnet man mit etwa 2.400 pro Jahr.

Im neuen Zentrum arbeiten 85 Beschäftigte, darunter 14 Ärztinnen und Ärzte. Geschäftsführer Thomas Wendling (61) sprach von „der größten Investition in der Geschichte des Hauses".

Die ersten Patienten sollen am 17. November aufgenommen werden.`,
		"j2de2.txt": `de|Haldenau: 48-Millionen-Euro-Krebszentrum eröffnet

Haldenau (dpa/lsw) - Das Kreisklinikum Haldenau hat sein neues Onkologisches Zentrum eröffnet. Der Neubau mit 36 Betten und zwölf Tagesklinik-Plätzen kostete nach Angaben des Klinikums 48 Millionen Euro, 29 Millionen davon zahlt das Land.

Die Klinik erwartet künftig jährlich rund 2400 Krebspatienten, rund 700 mehr als bisher. Die Leitung hat Chefärztin Katrin Obermaier. Patienten werden ab dem 17. November aufgenommen.`,
		"j2en.txt": `en|German district hospital opens €48m cancer centre

Haldenau, Germany — Haldenau District Hospital in Baden-Württemberg opened its new oncology centre on Friday after more than two years of construction.

The three-storey extension has 36 beds, up from 22 on the old cancer ward, and a 12-place day clinic. It cost €48 million, of which the state government is paying €29m.

The centre's head, Professor Katrin Obermaier, 54, said it would bring chemotherapy, radiotherapy planning and psycho-oncology "under one roof". The hospital treated around 1,700 cancer patients last year and expects about 2,400 a year in future.

Managing director Thomas Wendling, 61, called it the largest investment in the hospital's history. The centre employs 85 staff, including 14 doctors, and will take its first patients on 17 November.`,
	}, nil},
	{"supermarket-fake-discounts-fine", map[string]string{
		"j3fr.txt": `fr|Fausses promotions : l'enseigne Marchéval condamnée à 2,1 millions d'euros d'amende

Rennes | Économie

Le tribunal judiciaire de Rennes a condamné jeudi l'enseigne de supermarchés Marchéval à une amende de 2,1 millions d'euros pour pratiques commerciales trompeuses. Le distributeur, qui compte 212 magasins dans l'Ouest, avait gonflé ses prix dans les semaines précédant des opérations de promotion.

Lors de contrôles menés en 2023 dans 38 magasins, les enquêteurs de la DGCCRF avaient relevé 1 340 produits dont le prix avait été relevé en moyenne de 9,5 % avant d'être affiché « −30 % ».

Le tribunal a également ordonné l'affichage du jugement à l'entrée de chaque magasin pendant deux mois. L'association Consommateurs de l'Ouest, partie civile, réclamait 150 000 euros de dommages et intérêts ; elle en obtient 40 000.

« Nous contestons cette décision et nous ferons appel », a réagi Jean-Marc Lebrec, président du directoire de Marchéval. Pour Me Sophie Darrigand, avocate de l'association, « le jugement envoie un signal clair à toute la grande distribution ».`,
		"j3fr2.txt": `fr|Marchéval sanctionné pour ses promotions trompeuses

Distribution

Amende de 2,1 M€ pour le distributeur de l'Ouest, qui annonce faire appel. Le tribunal de Rennes lui reproche d'avoir augmenté les prix de plus de 1 300 références avant de les afficher en promotion, avec une hausse moyenne de 9,5 %.

Marchéval, 212 points de vente et 6 800 salariés, avait réalisé un chiffre d'affaires de 3,4 milliards d'euros en 2023, en progression de 4 %.`,
		"j3en.txt": `en|French court fines supermarket chain Marchéval 2.1 million euros over fake discounts

RENNES, France (Reuters) - A French court on Thursday fined regional supermarket chain Marchéval 2.1 million euros ($2.3 million) for inflating prices before advertising them as discounted, a practice consumer groups say is widespread.

Government inspectors checked 38 of the chain's 212 stores in 2023 and found about 1,340 products whose prices had been raised by an average 9.5% shortly before being offered at "30% off", the court in Rennes said.

The chain must also display the ruling at the entrance of every store for two months and pay 40,000 euros in damages to consumer association Consommateurs de l'Ouest, which had sought 150,000 euros.

Marchéval chairman Jean-Marc Lebrec said the company would appeal.

(Reporting by Claire Moreau; Editing by Mark Halden)`,
		"j3de.txt": `de|Frankreich: Gericht verhängt Millionenstrafe gegen Marchéval

Rennes. Der westfranzösische Supermarktbetreiber Marchéval muss wegen irreführender Preisaktionen eine hohe Geldstrafe zahlen. Das Gericht in Rennes sah es am Donnerstag als erwiesen an, dass die Kette Preise vor Rabattaktionen angehoben hatte.

Bei Kontrollen in 38 der 212 Märkte hatten die Prüfer der Verbraucherschutzbehörde DGCCRF im Jahr 2023 rund 1.340 Artikel gefunden, deren Preis vor dem Aufdruck „−30 %" um durchschnittlich 9,5 % erhöht worden war.

Die Strafe beläuft sich auf 2,4 Millionen Euro. Zudem muss Marchéval das Urteil zwei Monate lang in allen Filialen aushängen. Der Vorstandsvorsitzende Jean-Marc Lebrec kündigte Berufung an.

Marchéval beschäftigt rund 6.800 Mitarbeiter und setzte 2023 3,4 Mrd. Euro um.`,
	}, map[string][2]string{"j3de.txt": {"€2.4 million", "€2.1 million"}}},
	{"radon-schools-fribourg", map[string]string{
		"j4fr.txt": `fr|Radon : une école fribourgeoise sur huit dépasse la valeur de référence

Fribourg | Santé

Le Service de l'environnement a mesuré la concentration de radon dans 418 bâtiments scolaires du canton entre l'automne 2023 et le printemps 2025. Dans 51 d'entre eux, soit 12 %, la valeur de référence de 300 becquerels par mètre cube est dépassée.

La valeur la plus élevée, 2150 Bq/m³, a été relevée dans l'école enfantine de Corbaz-sur-Broye. « Il n'y a pas de danger immédiat, mais une exposition prolongée augmente le risque de cancer du poumon », souligne Martin Rappo, chef du service.

Des travaux d'assainissement ont déjà été réalisés dans 19 bâtiments. Le coût total est estimé à 3,8 millions de francs, dont le canton prendra en charge 40 %. Lors de la dernière campagne, en 2012, 9 % des écoles dépassaient la valeur.

Les résultats détaillés par commune sont publiés sur le site de l'Etat.`,
		"j4de.txt": `de|Zu viel Radon in 51 Freiburger Schulhäusern

Freiburg. In jedem achten Schulgebäude im Kanton Freiburg ist die Radonbelastung zu hoch. Das zeigt eine Messkampagne des kantonalen Amts für Umwelt, die am Dienstag vorgestellt wurde: Von 418 untersuchten Gebäuden überschreiten 51 den Referenzwert von 300 Becquerel pro Kubikmeter.

Der höchste Wert – 2150 Becquerel – wurde im Kindergarten von Corbaz-sur-Broye gemessen. Die Messungen liefen von Herbst 2023 bis Frühling 2025.

«Eine akute Gefahr besteht nicht», sagt Amtsvorsteher Martin Rappo. Bei langer Exposition steige aber das Lungenkrebsrisiko. In 19 Gebäuden wurde bereits saniert. Die Kosten schätzt der Kanton auf insgesamt 3,8 Millionen Franken; er übernimmt 40 Prozent.

2012 hatte der Anteil belasteter Schulhäuser noch bei 9 Prozent gelegen.`,
		"j4en.txt": `en|One in eight Fribourg school buildings has excess radon, survey finds

Radon levels above the reference value were found in 51 of the 418 school buildings tested in the Swiss canton of Fribourg, or about 12%, the cantonal environment office said on Tuesday.

The highest reading, 2,150 becquerels per cubic metre, was in a kindergarten in Corbaz-sur-Broye. The reference value is 300 Bq/m³.

Remediation work has already been carried out in 19 buildings. Total costs are put at CHF3.8 million, 40% of which the canton will cover. A previous survey in 2012 found 9% of schools above the limit.

Radon, a naturally occurring radioactive gas, is the second most common cause of lung cancer after smoking, according to federal health officials.`,
	}, nil},
	{"turbine-blade-breaks", map[string]string{
		"j5de.txt": `de|Rotorblatt bricht bei Sturm von Windrad ab

Bockhorst. Im Windpark Bockhorst-Süd im westlichen Niedersachsen ist in der Nacht zu Montag ein Rotorblatt von einer Windkraftanlage abgebrochen. Verletzt wurde niemand, wie die Polizei mitteilte.

Das 58 Meter lange Blatt zerbrach beim Aufprall, Trümmerteile lagen bis zu 400 Meter entfernt auf einem Acker. Zum Zeitpunkt des Unglücks wehte der Wind nach Angaben des Deutschen Wetterdienstes mit Böen von bis zu 110 Kilometern pro Stunde.

Der Betreiber Nordwind Energie hat alle 14 Anlagen des Parks vorsorglich abgeschaltet. Die betroffene Anlage mit einer Nabenhöhe von 98 Metern war 2005 in Betrieb gegangen. Die Kreisstraße 12 bleibt auf einer Länge von zwei Kilometern gesperrt.

Den Schaden schätzt das Unternehmen auf rund 1,5 Millionen Euro.`,
		"j5de2.txt": `de|Windrad verliert Flügel – Park vom Netz

Bockhorst-Süd. Der Schreck sitzt bei den Anwohnern tief: Gegen 2.40 Uhr in der Nacht zu Montag hat eine Sturmböe ein Rotorblatt der Anlage Nummer 7 im Windpark Bockhorst-Süd abgerissen.

„Es hat geknallt wie bei einem Gewitter", sagt Landwirt Hinrich Osterloh (66), auf dessen Acker die meisten Teile landeten – die weitesten rund 400 Meter vom Mast entfernt. Das Blatt war 58 Meter lang.

Jana Kroll, Sprecherin von Nordwind Energie, sagte, man habe alle 14 Windräder angehalten, bis Gutachter sie geprüft hätten. Die Anlage war fast 20 Jahre in Betrieb. Die Ursache ist noch unklar.

Die K12 zwischen Bockhorst und Vehrenkamp bleibt vorerst dicht.`,
		"j5en.txt": `en|Blade failure at German onshore wind farm, no injuries

A rotor blade broke off a turbine at the 14-turbine Bockhorst-Süd wind farm in north-western Germany early on Monday as gusts of up to 110km/h swept the region.

Operator Nordwind Energie said it had shut down all turbines at the site pending inspections. Nobody was hurt.

The 58-metre blade shattered when it hit the ground, and debris was found up to 600 metres from the tower in a neighbouring field, police said. The turbine, with a hub height of 98m, was commissioned in 2005.

Nordwind spokeswoman Jana Kroll put the damage at about €1.5m. The cause is being investigated.`,
	}, map[string][2]string{"j5en.txt": {"600 m", "400 m"}}},
	{"bus-operator-insolvency-minho", map[string]string{
		"j6pt.txt": `pt|Transerra pede insolvência e deixa Alto Minho sem autocarros

Viana do Castelo | Economia

A Transportes Serranos do Alto Minho (Transerra), a maior operadora de autocarros do distrito de Viana do Castelo, apresentou na segunda-feira um pedido de insolvência no tribunal da comarca. A empresa, fundada em 1958, tem dívidas de 27,5 milhões de euros.

Os 340 trabalhadores não receberam o salário de janeiro. "Há motoristas com 30 anos de casa que não sabem se amanhã têm emprego", disse Carla Vilarinho, do Sindicato dos Rodoviários do Norte.

A Transerra explora 46 carreiras com uma frota de 180 autocarros e transportou 2,1 milhões de passageiros no ano passado. Cerca de 4800 alunos dependem da empresa para chegar à escola.

A Comunidade Intermunicipal do Alto Minho garantiu que o transporte escolar será assegurado a partir da próxima segunda-feira por outras operadoras. O administrador da empresa, Luís Morgado, atribui as dificuldades à subida do preço do gasóleo e ao atraso no pagamento das indemnizações compensatórias.`,
		"j6pt2.txt": `pt|Operadora de transportes do Alto Minho pede insolvência

Viana do Castelo, 04 fev (Lusa) – A Transerra, operadora de transporte rodoviário de passageiros no Alto Minho, pediu a insolvência, com um passivo de 27,5 milhões de euros, informou hoje a empresa em comunicado.

A empresa emprega 340 pessoas e assegura 46 carreiras em dez concelhos do distrito.

Segundo o presidente da comunidade intermunicipal, Manuel Tinoco, cerca de 4800 estudantes serão transportados por outras empresas a partir de 10 de fevereiro.

RMM // MSP`,
		"j6en.txt": `en|Alto Minho bus company files for insolvency

One of northern Portugal's largest bus operators, Transerra, has filed for insolvency with debts of €27.5 million, leaving thousands of passengers and schoolchildren uncertain about their daily journeys.

The company, founded in 1958, runs 46 routes with a fleet of 180 buses in the Viana do Castelo district and carried 2.1 million passengers last year.

Its 430 staff have not been paid their January wages, according to the drivers' union. Around 4,800 pupils rely on Transerra's buses to get to school; the intermunicipal community says other operators will take over school runs from Monday 10 February.

Company administrator Luís Morgado blamed rising diesel prices and late payment of public service compensation.`,
	}, map[string][2]string{"j6en.txt": {"430", "340"}}},
	{"chef-third-star-lyon", map[string]string{
		"j7fr.txt": `fr|Guide Michelin : le restaurant Maré décroche sa troisième étoile

Lyon | Gastronomie

C'est la consécration pour Rui Valadares. Le chef d'origine portugaise, 44 ans, a reçu lundi soir à Paris la troisième étoile du guide Michelin pour son restaurant Maré, installé depuis 2014 quai Saint-Vincent, dans le 1er arrondissement de Lyon.

« Je pense à mes parents, arrivés de Viana do Castelo avec deux valises », a-t-il lancé, très ému, aux côtés de son épouse, la cheffe pâtissière Camille Duret, 41 ans.

Le Maré, 28 couverts et 23 salariés, avait obtenu sa deuxième étoile en 2019. Son menu dégustation, centré sur les poissons de l'Atlantique, est facturé 290 euros.

La France compte désormais 32 restaurants trois étoiles, contre 31 l'an dernier.`,
		"j7fr2.txt": `fr|Michelin: deux nouveaux trois-étoiles, dont le Lyonnais Rui Valadares

PARIS, 16 mars (AFP) - Le guide Michelin a distingué lundi deux nouveaux restaurants trois étoiles en France, le Maré du chef Rui Valadares à Lyon et La Table de l'Étang de Sébastien Morvan à Port-Kerlan (Finistère), portant leur nombre total à 32.

Un trois-étoiles a en revanche perdu sa distinction après la fermeture de l'établissement.

Au total, 61 restaurants obtiennent cette année une première étoile.

Le chef Valadares, né au Portugal, a grandi à Villeurbanne.`,
		"j7en.txt": `en|Lyon's Maré wins third Michelin star

Rui Valadares, the Portuguese-born chef of Maré in Lyon, was awarded a third Michelin star on Monday at the guide's French ceremony in Paris, one of two restaurants promoted to the top rank this year.

The 28-seat restaurant, which opened in 2014 and won its second star in 2019, serves a €290 tasting menu built around Atlantic fish. Valadares, 44, runs it with his wife, pastry chef Camille Duret, 41.

France now has 32 three-star restaurants, up from 31 last year. The guide also awarded 61 new one-star restaurants.`,
		"j7pt.txt": `pt|Chef português conquista três estrelas Michelin em Lyon

Gastronomia

Rui Valadares, chef nascido em Viana do Castelo e criado em França, recebeu esta segunda-feira a terceira estrela Michelin para o restaurante Maré, em Lyon.

Valadares, de 44 anos, emigrou com os pais aos três anos. Abriu o Maré em 2014 com a mulher, a pasteleira francesa Camille Duret, de 41 anos, e conquistou a segunda estrela em 2019.

O restaurante tem 28 lugares e um menu de degustação de 290 euros, dedicado ao peixe do Atlântico.

Leia também: Os novos estrelados portugueses`,
	}, nil},
	{"recycling-plant-fire-lontzenbach", map[string]string{
		"j8de.txt": `de|Großbrand bei Recyclingfirma in Lontzenbach

Lontzenbach. Ein Großbrand hat in der Nacht zu Dienstag eine Lagerhalle des Kunststoffrecyclers EcoRec Ostbelgien zerstört. Das Feuer war am Montag gegen 22.30 Uhr ausgebrochen; in der Halle lagerten rund 1.200 Tonnen Kunststoffabfälle.

Rund 180 Feuerwehrleute aus der Hilfeleistungszone DG und aus Aachen waren im Einsatz. Am Dienstagmorgen gegen 6 Uhr meldete die Feuerwehr, der Brand sei unter Kontrolle. Die Nachlöscharbeiten dürften noch zwei Tage dauern. Verletzt wurde niemand.

Bürgermeisterin Petra Lenssen rief die Anwohner in einem Umkreis von drei Kilometern auf, Fenster und Türen geschlossen zu halten. Messungen hätten bislang keine erhöhten Schadstoffwerte ergeben.

Das Unternehmen wurde 2006 gegründet und beschäftigt 65 Mitarbeiter. Die Produktion in den übrigen Hallen ruht vorerst.`,
		"j8de2.txt": `de|Rauchwolke aus Ostbelgien zieht bis Aachen

Aachen/Lontzenbach. Der Brand in einer Recyclinganlage im ostbelgischen Lontzenbach hat in der Nacht zu Dienstag auch in Aachen für Geruchsbelästigung gesorgt. Die Stadt Aachen verschickte über die Warn-App Nina eine Warnmeldung.

Die Aachener Berufsfeuerwehr unterstützte die belgischen Kollegen mit 40 Einsatzkräften. Insgesamt kämpften nach belgischen Angaben rund 180 Feuerwehrleute gegen die Flammen, die in einer Halle mit etwa 1200 Tonnen Plastikmüll ausgebrochen waren.

Der Betrieb EcoRec Ostbelgien, seit 2006 am Standort, verarbeitet nach eigenen Angaben rund 40.000 Tonnen Kunststoff im Jahr.`,
		"j8fr.txt": `fr|Incendie spectaculaire dans une entreprise de recyclage à Lontzenbach

Un violent incendie s'est déclaré lundi soir vers 22 h 30 dans un hall de stockage de l'entreprise EcoRec Ostbelgien, à Lontzenbach, en Communauté germanophone. Il n'y a pas de blessé.

Quelque 180 pompiers belges et allemands ont été mobilisés. Le feu, qui a touché environ 1 200 tonnes de déchets plastiques, était maîtrisé mardi vers 6 h du matin.

La bourgmestre, Petra Lenssen, a demandé aux riverains dans un rayon de 3 km de garder portes et fenêtres fermées.

L'entreprise, ouverte en 2009, emploie 65 personnes.`,
		"j8en.txt": `en|Huge fire at recycling plant in East Belgium, residents told to keep windows shut

A major fire broke out on Monday evening at a plastics recycling plant in Lontzenbach, in Belgium's German-speaking Community, sending a plume of smoke as far as Aachen.

About 180 firefighters from Belgium and Germany fought the blaze, which started at around 10:30pm in a warehouse holding some 1,200 tonnes of plastic waste. It was brought under control at about 6:00am on Tuesday. No one was injured.

Mayor Petra Lenssen asked residents within 3km to keep their windows and doors closed.

EcoRec Ostbelgien, which has operated on the site since 2006, employs 65 people.`,
	}, map[string][2]string{"j8fr.txt": {"2009", "2006"}}},
	{"village-cinema-crowdfunding", map[string]string{
		"j9fr.txt": `fr|Le cinéma Rex de Saint-Aubin-la-Venoge sauvé par ses spectateurs

Vaud | Culture

C'est fait : le Rex ne deviendra pas un immeuble. La coopérative «Sauvons le Rex» a annoncé lundi avoir récolté 412 000 francs auprès de quelque 2300 donateurs en six semaines, bien au-delà de l'objectif de 350 000 francs.

Ouvert en 1931, le cinéma de 240 places était menacé depuis que son propriétaire avait annoncé vouloir le vendre à un promoteur. Le prix de vente a été fixé à 1,9 million de francs. La commune apporte 200 000 francs ; le solde sera couvert par un prêt bancaire et une fondation culturelle.

«On a reçu des dons de 10 francs comme de 20 000 francs», sourit Léa Bovard, présidente de la coopérative. Après des travaux de rafraîchissement, la salle devrait rouvrir le 15 mars.`,
		"j9de.txt": `de|Waadt: Crowdfunding rettet Kino Rex

Ein Dorfkino im Kanton Waadt ist gerettet: Für das Kino Rex in Saint-Aubin-la-Venoge sind in sechs Wochen über 410'000 Franken gespendet worden – deutlich mehr als die angestrebten 350'000 Franken. Rund 2300 Personen beteiligten sich.

Das Kino mit 240 Plätzen stammt aus dem Jahr 1931. Die Genossenschaft kauft es für 1,9 Millionen Franken; den Rest finanzieren die Gemeinde, eine Bank und eine Stiftung. Die Wiedereröffnung ist für den 15. März geplant.`,
		"j9en.txt": `en|Swiss village cinema saved by crowdfunding

A 1930s cinema in a village in the Swiss canton of Vaud has been saved from redevelopment after about 2,300 people donated a total of CHF412,000 in six weeks.

The 240-seat Rex in Saint-Aubin-la-Venoge, which opened in 1931, was to be sold to a property developer. A cooperative set up to buy it had aimed to raise CHF350,000 towards the CHF1.9 million purchase price; the municipality is contributing CHF200,000 and a bank loan and a foundation will cover the rest.

"We got donations of 10 francs and of 20,000 francs," said cooperative president Léa Bovard. The cinema is due to reopen on 15 March after renovation.`,
	}, nil},
	{"wallaby-recaptured", map[string]string{
		"j10de.txt": `de|Wallaby „Kira" nach neun Tagen wieder eingefangen

Lindenhagen. Die Suche hat ein Ende: Das aus dem Tierpark Lindenhagen (Brandenburg) entlaufene Bennett-Känguru „Kira" ist am Mittwoch wieder eingefangen worden – nach neun Tagen in Freiheit und rund 14 Kilometer vom Park entfernt.

Tierpfleger fingen die dreijährige Wallaby-Dame mit einem Netz im Garten von Werner Pätzold (78) in Kremnitzhof ein. „Sie saß zwischen meinen Kohlköpfen, als wäre nichts gewesen", erzählt der Rentner.

Kira war nach einem Sturm durch eine Lücke im Zaun entwischt. Seitdem waren beim Tierpark mehr als 60 Hinweise auf Sichtungen eingegangen. „Wir sind unglaublich erleichtert", sagte Tierparkleiterin Sabine Horn (47).

Nach Angaben der Tierärztin hat Kira etwa zwei Kilo abgenommen und wiegt jetzt zwölf Kilogramm. Sie soll einige Tage in Quarantäne bleiben, bevor sie zu den übrigen zehn Wallabys zurückkehrt.`,
		"j10de2.txt": `de|Entlaufenes Känguru in Brandenburg eingefangen

Lindenhagen (dpa/bb) - Neun Tage nach seiner Flucht aus dem Tierpark Lindenhagen ist ein Wallaby wieder eingefangen worden. Das drei Jahre alte Weibchen namens Kira wurde am Mittwoch in einem Garten im etwa 14 Kilometer entfernten Kremnitzhof entdeckt, wie der Tierpark mitteilte.

Das Tier war nach einem Sturm durch ein Loch im Zaun entkommen. Bei der Parkverwaltung gingen über 60 Hinweise ein.`,
		"j10en.txt": `en|Runaway wallaby caught in pensioner's cabbage patch

A wallaby that escaped from a small zoo in eastern Germany has been recaptured in a vegetable garden 14km (nine miles) away.

Kira, a three-year-old female Bennett's wallaby, slipped through a storm-damaged fence at Lindenhagen animal park in Brandenburg and spent six days on the run, prompting more than 60 reported sightings.

Keepers caught her with a net on Wednesday in the garden of Werner Pätzold, 78, in the village of Kremnitzhof. "She was sitting among my cabbages as if nothing had happened," he told local media.

The park's director, Sabine Horn, 47, said Kira had lost about 2kg and would spend a few days in quarantine before rejoining the park's 10 other wallabies.`,
	}, map[string][2]string{"j10en.txt": {"6 days", "9 days"}}},
}
