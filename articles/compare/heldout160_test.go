package compare

// heldOutLodos is a blind held-out set written without reading the
// extraction, matching or grouping code: ten events of mixed national and
// regional news, each reported three or four times in German, Dutch,
// English and Portuguese (two Dutch reports of the faster Amsterdam-Berlin
// train, two Portuguese of the mayor's bribery sentence). The topics: 85
// skiers stranded for about three hours in a broken-down gondola at
// Sölden, Lisbon's metro ordering 24 trains from a Kassel maker for €310
// million, a malaria vaccine cutting cases by 77% in a Mozambique trial, a
// wildfire in the Monchique hills that destroyed 37 houses, a Portuguese
// runner of 29 winning the Rotterdam Marathon, a Düsseldorf court sending
// the Dutch former head of a collapsed solar firm to trial from 14
// January, storm Oona over the northern Netherlands and north-west
// Germany, a lost Portuguese modernist painting bought by Portugal at a
// Cologne auction, the Amsterdam-Berlin train made 40 minutes faster, and
// a former mayor of Figueira da Foz jailed for bribes from a Dutch
// dredging firm.
//
// Six contradictions are planted, one in each of the first six events and
// all outside the first paragraph: a duration (ld1nl: "vijf uur" before
// everyone was freed, 5 hours against "rund drei Stunden" and "about
// three hours", in the only Dutch report); an amount (ld2de: the contract
// "über rund 370 Millionen Euro" against €310 million, in the only German
// report); a percentage (ld3pt: the vaccine "reduziu em 67% os casos"
// against 77%, "77 Prozent" and "77 procent", in the only Portuguese
// report); a count (ld4en: "73 houses" destroyed against 37, in the only
// English report); an age (ld5de: the winner Tiago Esteves "Der
// 34-Jährige" against 29, in the only German report); a date (ld6nl: the
// trial beginning "op 14 juni" against 14 January, in the only Dutch
// report). The last four events hold none.
//
// Traps that are no contradiction: 85 passengers as "Eighty-five",
// 10.20 Uhr and "half elf", 40 metres, "zo'n veertig meter" and 130 feet,
// about 60 rescuers as "zo'n zestig", two helicopters, minus twelve
// degrees as "min twaalf graden" and minus 12 Celsius (10 Fahrenheit), a
// Bavarian of 67 beside a Dutch pupil of 16, a 10-seater gondola of 2019.
// €310 million and $336 million, 24 trains of three cars for about 750
// passengers, 2029 and first deliveries at the end of 2027, 40% from EU
// funds, ten years of maintenance, 182 million passengers, trains over 30
// years old, 1,400 staff in Kassel against 5,200 in all, 200 jobs cut,
// shares up 3.1%. 77% as the headline's figure, about 4,800 children of
// five to 17 months as "zeventien maanden", three doses, twelve months as
// "een jaar" and "um ano", under three euros ($3.50) a dose, 11 million
// cases in Mozambique and 600,000 deaths in 2024, two vaccines already
// recommended, two years to a WHO recommendation. 8,400 hectares and
// 20,750 acres, 14 of the 37 houses first homes, about 450 evacuated
// from 16 villages ("zestien dorpen"), eleven hurt of whom seven
// firefighters, more than 1,100 firefighters, 320 vehicles and 14 aircraft
// ("veertien"), two Canadairs, above 40 degrees, a tourist of 41,
// 27,000 hectares in 2018 as "27 mil hectares", "presidente da Câmara"
// and "mayor". The winner's 2:05:48 in four spellings ("2.05.48",
// "2:05.48 horas", "two hours, five minutes and 48 seconds"), 14 seconds
// as "veertien seconden", about 35 km and "the final seven kilometres",
// his old best of 2:06:51, a German ninth of 27 in 2:09:31, the women's
// 2:19:50, 17,000 runners, 14 degrees and 57 Fahrenheit, his third
// marathon, the first Portuguese winner since 1999. The trial's 14
// January as "January 14" and "14 de janeiro" beside the court's Tuesday
// 27 October, 40 hearing days to the end of June, about €280 million, a
// defendant of 58 and a finance chief of 51, 21,000 investors and 340
// Dutch bondholders, at most 15% recovered, up to ten years (10 years),
// seven plants of 420 megawatts, an insolvency in December 2023 as "knapp
// drei Jahre". Storm Oona's two dead as one in the Netherlands ("één
// dode") and one in Germany, a cyclist of 64 and a driver of 52,
// Thursday as "gestern" in a Friday paper, gusts of 132 km/h (82 mph) as
// "ruim 130 kilometer per uur" at Lauwersoog beside 141 km/h on Borkum,
// about 400 flights as "zo'n 400", "fast 400" and "nearly 400", 900 calls
// in Groningen against 1,500 in East Frisia, 120,000 households without
// power, code red for three provinces, Eunice in 2022, "meteoroloog" and
// "meteorologist". €3.4 million with the premium beside the €2.8 million
// hammer price in one sentence, $3.7 million, an estimate of €1.2 to
// €1.5 million, a record of €1.1 million in 2019, 92 by 73 centimetres
// and 36 by 29 inches, twelve minutes of bidding, 1915, the 1930s and
// almost 90 years, a painter dead at 29 in 1918, about 150 paintings,
// "ab Herbst" and "a partir de outubro", "ministra da Cultura" and
// "culture minister", "Ministério da Cultura". The trip of 5
// hours 40 minutes, "5:40 Stunden" and "five hours and 40 minutes",
// 40 minutes shorter in the same sentence and "ruim een halfuur sneller",
// 6:20 before, "iets meer dan vier uur" from Hengelo, 13 December as
// "December 13", every two hours and eight trains a day, 2028's hourly
// trains at 230 km/h and 143 mph, about 650 km and 404 miles, €24.99 and
// $27, 1.2 million passengers, 350 a day at Hengelo, 80 minutes by air,
// Thursday as "vandaag", "NS-topvrouw" and "chief executive". Five years
// and six months as "cinco anos e meio", "vijfenhalf jaar" and "five and
// a half years" beside seven sought, €380,000 in bribes and a €12 million
// contract in one sentence, a mayor of 63 and a manager of 55, three
// years suspended as "drie jaar voorwaardelijk", a €450,000 fine, 2013 to
// 2021 as "oito anos", 240 berths, a shopkeeper of 70, about 900 staff in
// more than twenty countries, Thursday as "ontem" in a Friday paper, and
// "presidente da Câmara", "ex-autarca", "oud-burgemeester" and "former
// mayor".
//
// Frozen before its first run, which flagged 3 of the 6 contradictions
// and 1 false disagreement. It flagged the train order's amount (amount
// "contrato": ld2de's "rund 370 Millionen Euro" against €310 million of
// ld2en and ld2pt), the vaccine's percentage (percent "kwam": ld3pt's 67%
// against "77 Prozent", 77% and "77 procent") and the burnt houses (count
// "casas": ld4en's "73 houses" against "37 Häuser", "37 huizen" and "37
// casas"). It missed three: "missed ld1nl.txt's 5 hours against 3 hours"
// (the Dutch "vijf uur" in the gondola), "missed ld5de.txt's 34 years
// against 29 years" (the German "Der 34-Jährige" for the winner) and
// "missed ld6nl.txt's 14 June against 14 January" (the Dutch "op 14 juni"
// start of the trial). None of the three shows in the run's flagged rows
// under another spelling, so they are values left uncompared, not the
// planted pair in another form, and the wrong values are as written
// before the run. The false one was a trap: 'duration "length": ld10en,
// ld10pt: seven years; ld10pt2: oito anos', the seven years the
// prosecutors sought set against the eight years the mayor governed,
// in the Figueira da Foz paper's report. One is within the limit of one
// the table held when the texts were frozen, so the table line keeps 1.
// Grouped with the other sets, its 36 reports of 10 events fell into 15
// events found, B-cubed precision 1.000, recall 0.801. The prescribed
// commands were run once each; nothing changed after the run but this
// comment.
var heldOutLodos = []heldOutEvent{
	{"soelden-gondola-breakdown", map[string]string{
		"ld1de.txt": `de|Gondel-Panne in Sölden: 85 Wintersportler stundenlang in der Luft gefangen

Tirol | Chronik

Sölden, Samstag, 14. Februar

Wegen eines technischen Defekts ist am Samstagvormittag die Wildgratbahn im Skigebiet Sölden stehengeblieben. 85 Wintersportler saßen in den Kabinen fest, viele von ihnen Urlauber aus den Niederlanden und aus Deutschland.

Die Bahn stand gegen 10.20 Uhr still, nachdem der Hauptantrieb ausgefallen war. Auch der Notantrieb ließ sich nicht starten. Rund drei Stunden dauerte es, bis der letzte Fahrgast wieder festen Boden unter den Füßen hatte. Die Bergrettung seilte die Menschen aus bis zu 40 Metern Höhe ab, einige wurden mit einem Hubschrauber geborgen.

Im Einsatz standen rund 60 Bergretter aus dem ganzen Ötztal sowie zwei Hubschrauber. Bei minus zwölf Grad wurden mehrere Personen leicht unterkühlt, ein 67-jähriger Mann aus Bayern kam zur Kontrolle ins Krankenhaus nach Zams.

"Alle Fahrgäste sind wohlauf, das ist das Wichtigste", sagte Bergbahnen-Geschäftsführer Florian Gstrein. Die 2019 eröffnete Zehner-Kabinenbahn bleibt bis auf Weiteres geschlossen; Techniker des Herstellers sollen die Ursache klären.`,
		"ld1nl.txt": `nl|Nederlandse scholieren urenlang vast in gondel in Oostenrijk

Buitenland

14 februari

Tientallen wintersporters, onder wie een groep Nederlandse scholieren uit Amersfoort, hebben zaterdag urenlang vastgezeten in een stilgevallen gondelbaan in het Oostenrijkse Sölden.

De Wildgratbahn viel rond half elf 's ochtends stil door een defect aan de aandrijving. In totaal zaten 85 mensen in de cabines, op sommige plekken zo'n veertig meter boven de piste. Het duurde uiteindelijk vijf uur voordat iedereen was bevrijd. Reddingswerkers lieten de skiërs een voor een aan touwen zakken.

"Het was ijskoud en we wisten niet hoe lang het zou duren", vertelt de 16-jarige Lotte van Dijk, die met haar klas op skireis is. Het was min twaalf graden. De leerlingen kregen na afloop warme thee en dekens in het dalstation.

Bij de reddingsactie waren zo'n zestig bergredders en twee helikopters betrokken. Volgens de directeur van de liftmaatschappij is niemand ernstig gewond geraakt. De oorzaak van de storing wordt onderzocht.`,
		"ld1en.txt": `en|Skiers rescued after Austrian gondola breaks down

Europe

VIENNA, Feb 14 - Eighty-five skiers and snowboarders were rescued on Saturday after spending hours stranded in a broken-down gondola lift at the Austrian resort of Sölden, police said.

The Wildgrat lift stopped at about 10:20 a.m. when its main drive failed and a backup motor could not be started. Mountain rescuers lowered passengers on ropes from cabins hanging up to 130 feet above the slope, and a helicopter lifted others out. It took about three hours to bring everyone down.

Around 60 rescuers took part, in temperatures of minus 12 Celsius (10 Fahrenheit). A 67-year-old German man was taken to hospital as a precaution. Many of those stranded were Dutch and German tourists on half-term holidays.

"All the passengers are well, which is what matters most," said Florian Gstrein, managing director of the lift company. The 10-seater gondola, which opened in 2019, will remain closed while the manufacturer investigates.`,
	}, map[string][2]string{"ld1nl.txt": {"5 hours", "3 hours"}}},
	{"lisbon-metro-train-order", map[string]string{
		"ld2pt.txt": `pt|Metro de Lisboa compra 24 novos comboios à alemã Vossberg por 310 milhões de euros

Economia | Transportes

Lisboa, 20 jan (Agência)

O Metropolitano de Lisboa assinou hoje um contrato de 310 milhões de euros com a fabricante alemã Vossberg Rail para a compra de 24 novos comboios, que vão começar a circular em 2029, anunciou a empresa.

Cada composição terá três carruagens e capacidade para cerca de 750 passageiros. Os comboios serão construídos na fábrica da Vossberg em Kassel, na Alemanha, e destinam-se sobretudo à Linha Vermelha, que vai ser prolongada até Alcântara.

Cerca de 40% do investimento é financiado por fundos europeus do Plano de Recuperação e Resiliência. O contrato inclui ainda a manutenção dos comboios durante os primeiros dez anos.

"É a maior encomenda de material circulante da história do Metro", afirmou o presidente do conselho de administração, Vítor Domingues, na cerimónia de assinatura, que contou com a presença do ministro das Infraestruturas.

O Metro de Lisboa transportou 182 milhões de passageiros no ano passado, um recorde. Parte da frota atual tem mais de 30 anos.`,
		"ld2de.txt": `de|Großauftrag aus Lissabon sichert Arbeit im Kasseler Vossberg-Werk

Wirtschaft | Nordhessen

Kassel, Dienstag, 20. Januar

Der Schienenfahrzeughersteller Vossberg Rail hat einen der größten Aufträge seiner Firmengeschichte an Land gezogen: Die U-Bahn von Lissabon bestellt 24 neue Züge, die komplett im Werk in Kassel-Rothenditmold gebaut werden.

Der Vertrag über rund 370 Millionen Euro wurde am Dienstag in der portugiesischen Hauptstadt unterzeichnet. Die dreiteiligen Züge sollen ab 2029 fahren, die ersten Fahrzeuge bereits Ende 2027 ausgeliefert werden. Zum Auftrag gehört auch die Wartung für zehn Jahre.

Für die rund 1400 Beschäftigten am Standort Kassel sei das eine gute Nachricht, sagte Betriebsratschefin Sabine Hellwig. "Damit ist die Auslastung bis 2029 gesichert." Vossberg hatte im vergangenen Jahr 200 Stellen in Kassel abgebaut.

Vossberg-Chef Thomas Reuter sprach von einem "Türöffner für weitere Aufträge in Südeuropa". Das Unternehmen bewirbt sich derzeit auch um neue Straßenbahnen für Porto.`,
		"ld2en.txt": `en|Germany's Vossberg wins €310m Lisbon metro train order

Business | Rail

LISBON, Jan 20 - Lisbon's metro has ordered 24 new trains from German manufacturer Vossberg Rail for €310 million ($336 million), the operator said on Tuesday, the largest rolling-stock contract in its history.

The three-car trains, each able to carry about 750 passengers, will be built at Vossberg's plant in Kassel, central Germany, and enter service in 2029, mainly on the Red Line, which is being extended west to Alcântara.

About 40% of the cost will be covered by European Union recovery funds. The deal includes ten years of maintenance.

Metro chairman Vítor Domingues said the network carried a record 182 million passengers last year. Some of its current trains are more than 30 years old.

Vossberg, which employs about 5,200 people, beat two rival bidders from Spain and France for the contract, according to a person familiar with the tender. Its shares rose 3.1% in Frankfurt.`,
	}, map[string][2]string{"ld2de.txt": {"€370 million", "€310 million"}}},
	{"mozambique-malaria-vaccine-trial", map[string]string{
		"ld3de.txt": `de|Neuer Malaria-Impfstoff aus Tübingen schützt Kleinkinder in Mosambik

Wissenschaft

Tübingen, Donnerstag, 24. September

Ein am Universitätsklinikum Tübingen mitentwickelter Malaria-Impfstoff hat in einer großen Studie in Mosambik gut abgeschnitten. Wie die Forscher am Donnerstag in der Fachzeitschrift "The Lancet" berichten, senkte er die Zahl der Malaria-Erkrankungen bei Kleinkindern um 77 Prozent.

An der Studie nahmen rund 4800 Kinder im Alter von fünf bis 17 Monaten in den Provinzen Nampula und Cabo Delgado teil. Sie erhielten drei Impfdosen und wurden danach zwölf Monate lang beobachtet.

"Das ist ein wichtiger Schritt, aber noch kein Durchbruch, der die Malaria beendet", sagte Studienleiter Prof. Matthias Kerner vom Institut für Tropenmedizin. Schwere Nebenwirkungen seien nicht häufiger aufgetreten als in der Kontrollgruppe.

Der Impfstoff mit dem Namen PfRX-2 wurde gemeinsam mit dem Leidener Universitätsklinikum LUMC und dem mosambikanischen Forschungszentrum in Manhiça entwickelt. Eine Dosis soll weniger als drei Euro kosten.`,
		"ld3nl.txt": `nl|Malariavaccin van Leidse en Duitse onderzoekers beschermt jonge kinderen

Wetenschap

24 september

Een nieuw malariavaccin, ontwikkeld door onderzoekers van het LUMC in Leiden en het universiteitsziekenhuis in Tübingen, beschermt jonge kinderen goed tegen de ziekte. Dat blijkt uit een grote proef in Mozambique, waarvan de resultaten donderdag zijn gepubliceerd in The Lancet.

Bij kinderen die het vaccin kregen, kwam 77 procent minder malaria voor dan bij kinderen uit de controlegroep. Aan de studie deden ongeveer 4800 kinderen van vijf tot zeventien maanden mee, die een jaar lang werden gevolgd.

"Malaria doodt nog altijd elke minuut een kind onder de vijf", zegt hoogleraar parasitologie Ingrid Bakels van het LUMC, een van de leiders van het onderzoek. "Elk extra middel telt."

Het vaccin, PfRX-2, wordt in drie doses gegeven en zou voor minder dan drie euro per dosis kunnen worden gemaakt. De onderzoekers hopen dat de Wereldgezondheidsorganisatie het binnen twee jaar aanbeveelt. Eerst volgt nog een studie in Ghana en Malawi.`,
		"ld3pt.txt": `pt|Vacina contra a malária testada em Moçambique protege crianças pequenas

Saúde | Moçambique

Maputo, 24 set (Agência)

Uma nova vacina contra a malária, testada em cerca de 4.800 crianças moçambicanas, mostrou ser eficaz e segura, segundo um estudo publicado hoje na revista científica The Lancet.

De acordo com os investigadores, a vacina reduziu em 67% os casos de malária nas crianças entre os cinco e os 17 meses que receberam as três doses, durante um ano de acompanhamento. O ensaio decorreu nas províncias de Nampula e Cabo Delgado.

"É uma grande esperança para as nossas famílias", afirmou a diretora do Centro de Investigação em Saúde da Manhiça, Celeste Mabunda, que coordenou o ensaio no terreno com equipas da Alemanha e dos Países Baixos.

A malária continua a ser a principal causa de morte de crianças em Moçambique. Segundo o Ministério da Saúde, o país registou mais de 11 milhões de casos no ano passado.

A vacina, denominada PfRX-2, poderá custar menos de três euros por dose.`,
		"ld3en.txt": `en|Malaria vaccine cuts cases by 77% in Mozambique trial

Health | Science

LONDON, Sept 24 - An experimental malaria vaccine developed by German, Dutch and Mozambican researchers cut cases of the disease in young children by 77% in a large trial, according to results published in The Lancet on Thursday.

The vaccine, called PfRX-2, was given in three doses to about 4,800 children aged five to 17 months in northern Mozambique, who were then followed for a year. Serious side effects were no more common than among children given a placebo.

"This is an important step, but it is not the end of malaria," said Matthias Kerner of Tübingen University Hospital, one of the study's leaders.

Malaria killed about 600,000 people in 2024, most of them African children under five, according to the World Health Organization. Two vaccines are already recommended by the WHO.

The researchers said the vaccine could be made for less than €3 ($3.50) a dose and hope for a WHO recommendation within two years.`,
	}, map[string][2]string{"ld3pt.txt": {"67%", "77%"}}},
	{"monchique-wildfire", map[string]string{
		"ld4pt.txt": `pt|Incêndio de Monchique destruiu 37 casas e obrigou a retirar centenas de pessoas

País | Algarve

Monchique, 12 ago (Agência)

O incêndio que deflagrou na segunda-feira na serra de Monchique foi dado como dominado esta quarta-feira de manhã, depois de ter consumido cerca de 8.400 hectares de mato e floresta, segundo a Autoridade Nacional de Emergência e Proteção Civil.

O fogo destruiu 37 casas, das quais 14 eram de primeira habitação, e obrigou à retirada de cerca de 450 pessoas de 16 aldeias. Onze pessoas sofreram ferimentos ligeiros, entre elas sete bombeiros.

No combate às chamas estiveram envolvidos mais de 1.100 operacionais, apoiados por 320 veículos e 14 meios aéreos, incluindo dois aviões Canadair enviados por Espanha.

"Agora é tempo de apoiar quem perdeu tudo", disse o presidente da Câmara Municipal de Monchique, Paulo Alves Mendonça, que pediu ao Governo a declaração de situação de calamidade.

A Polícia Judiciária está a investigar as causas do incêndio. Em 2018, um fogo na mesma serra queimou 27 mil hectares.`,
		"ld4en.txt": `en|Portugal brings Algarve wildfire under control

World | Europe

LISBON, Aug 12 - Firefighters in Portugal brought a wildfire in the hills of Monchique in the southern Algarve under control on Wednesday, two days after it broke out, the civil protection agency said.

The blaze destroyed 73 houses and burned some 8,400 hectares (20,750 acres) of scrub and forest. About 450 people were evacuated from 16 villages, among them foreign tourists staying in rural guesthouses.

More than 1,100 firefighters, backed by 14 aircraft including two Canadair water bombers sent by Spain, fought the flames in temperatures above 40 Celsius. Eleven people, seven of them firefighters, suffered minor injuries.

Monchique's mayor, Paulo Alves Mendonça, asked the government to declare a state of calamity so that residents who lost their homes can receive emergency aid.

Police are investigating the cause. A fire in the same hills in 2018 burned 27,000 hectares and destroyed dozens of homes.`,
		"ld4de.txt": `de|Waldbrand an der Algarve unter Kontrolle – 37 Häuser zerstört

Panorama

Lissabon, Mittwoch, 12. August

Nach zwei Tagen haben Feuerwehrleute den Waldbrand im Monchique-Gebirge an der portugiesischen Algarve unter Kontrolle gebracht. Das teilte der Zivilschutz am Mittwoch mit. Die Flammen vernichteten rund 8400 Hektar Wald und Buschland.

37 Häuser brannten nieder, etwa 450 Menschen aus 16 Dörfern mussten in Sicherheit gebracht werden. Unter ihnen waren auch einige deutsche Urlauber, die Ferienhäuser in den Bergen gemietet hatten.

Mehr als 1100 Einsatzkräfte sowie 14 Löschflugzeuge und Hubschrauber kämpften gegen die Flammen. Elf Menschen wurden leicht verletzt, darunter sieben Feuerwehrleute.

Bei Temperaturen von über 40 Grad und starkem Wind hatte sich das Feuer am Montag rasch ausgebreitet. Die Kriminalpolizei ermittelt zur Ursache; Brandstiftung wird nicht ausgeschlossen.`,
		"ld4nl.txt": `nl|Bosbrand in Algarve onder controle, Nederlandse vakantiegangers geëvacueerd

Buitenland

12 augustus

De bosbrand in het Monchique-gebergte in de Portugese Algarve is onder controle. Dat meldt de Portugese civiele bescherming woensdag. Het vuur woedde sinds maandag en verwoestte zo'n 8400 hectare natuur.

Volgens de autoriteiten zijn 37 huizen afgebrand. Ongeveer 450 bewoners en toeristen uit zestien dorpen moesten hun huis of vakantieadres verlaten, onder wie enkele Nederlandse gezinnen.

"We zagen de vlammen op de heuvel tegenover ons, binnen een uur moesten we weg", vertelt Marieke Hoekstra (41) uit Zwolle, die met haar gezin in een vakantiehuis bij Caldas de Monchique verbleef. Ze bracht de nacht door in een sporthal in Portimão.

Ruim 1100 brandweerlieden waren ingezet, met steun van veertien vliegtuigen en helikopters. Elf mensen raakten lichtgewond. In 2018 brandde in hetzelfde gebied 27.000 hectare af.`,
	}, map[string][2]string{"ld4en.txt": {"73", "37"}}},
	{"rotterdam-marathon-esteves", map[string]string{
		"ld5nl.txt": `nl|Portugees Esteves wint marathon van Rotterdam

Sport

Zondag 19 april

De Portugees Tiago Esteves heeft zondag de marathon van Rotterdam gewonnen. De 29-jarige atleet uit Braga finishte op de Coolsingel in 2.05.48, een Portugees record.

Esteves liep na ongeveer 35 kilometer weg bij de Keniaan Daniel Kiprop, die veertien seconden later binnenkwam. De Ethiopiër Getachew Bekele werd derde. Beste Nederlander was Thijs Oosterhuis op de elfde plaats.

Bij de vrouwen won de Ethiopische Tigist Alemu in 2.19.50. Ze hield de Nederlandse Fenna Kuiper ruim twee minuten voor zich.

"Ik heb hier jaren van gedroomd", zei Esteves na afloop. Het was pas zijn derde marathon. Ongeveer 17.000 lopers deden mee aan de hele afstand; met 14 graden en weinig wind was het ideaal loopweer.`,
		"ld5de.txt": `de|Rotterdam-Marathon: Portugiese Esteves siegt mit Landesrekord

Sport | Leichtathletik

Rotterdam, 19. April

Tiago Esteves aus Portugal hat den Marathon in Rotterdam gewonnen. In 2:05:48 Stunden stellte er am Sonntag einen portugiesischen Rekord auf und verwies den Kenianer Daniel Kiprop auf Rang zwei.

Der 34-Jährige, der beim SC Braga trainiert, setzte sich nach etwa 35 Kilometern ab und hatte im Ziel 14 Sekunden Vorsprung. Für Esteves war es erst der dritte Marathon seiner Karriere, zugleich ist er der erste portugiesische Sieger in Rotterdam seit 1999.

Bester Deutscher wurde Lukas Brandner aus Regensburg als Neunter in 2:09:31. Der 27-Jährige erfüllte damit die Norm für die Europameisterschaften in Birmingham im August.

Bei den Frauen gewann die Äthiopierin Tigist Alemu in 2:19:50. Rund 17.000 Läuferinnen und Läufer waren bei 14 Grad am Start.`,
		"ld5pt.txt": `pt|Tiago Esteves vence maratona de Roterdão com recorde nacional

Desporto | Atletismo

Roterdão, 19 abr (Agência)

O atleta português Tiago Esteves venceu hoje a maratona de Roterdão, nos Países Baixos, com o tempo de 2:05.48 horas, novo recorde nacional da distância.

Esteves, de 29 anos, atleta do Sporting de Braga, isolou-se por volta do quilómetro 35 e cortou a meta com 14 segundos de vantagem sobre o queniano Daniel Kiprop. O anterior recorde nacional, 2:06.51, pertencia-lhe desde dezembro, em Valência.

"Sonhei com isto durante anos. Nos últimos quilómetros só pensava na minha filha", disse o atleta, emocionado, à chegada.

Esteves é o primeiro português a vencer em Roterdão desde 1999. "É um dia histórico para o atletismo nacional", reagiu o presidente da federação. Com esta marca, o bracarense garante lugar no Europeu de Birmingham, em agosto.`,
		"ld5en.txt": `en|Portugal's Esteves wins Rotterdam Marathon in national record

Sport | Athletics

ROTTERDAM, April 19 - Portugal's Tiago Esteves won the Rotterdam Marathon on Sunday in two hours, five minutes and 48 seconds, a national record, pulling away from Kenya's Daniel Kiprop in the final seven kilometres.

The 29-year-old, running only his third marathon, crossed the line 14 seconds ahead of Kiprop, with Ethiopia's Getachew Bekele third in 2:06:20.

Ethiopia's Tigist Alemu won the women's race in 2:19:50, more than two minutes clear of the Netherlands' Fenna Kuiper. Around 17,000 runners took part in the full marathon in cool, calm conditions, with temperatures of about 14 Celsius (57 Fahrenheit).

"I dreamed of this for years," Esteves said. His previous best of 2:06:51 was set in Valencia last December. He is the first Portuguese man to win in Rotterdam since 1999.`,
	}, map[string][2]string{"ld5de.txt": {"34 years", "29 years"}}},
	{"duesseldorf-sonnwerk-fraud-trial", map[string]string{
		"ld6de.txt": `de|SonnWerk-Pleite: Anklage gegen Ex-Chef zugelassen

Wirtschaft | Düsseldorf

Düsseldorf, Dienstag, 27. Oktober

Knapp drei Jahre nach der Insolvenz des Solarparkbetreibers SonnWerk AG muss sich dessen früherer Vorstandschef vor Gericht verantworten. Das Landgericht Düsseldorf hat die Anklage der Staatsanwaltschaft gegen den 58-jährigen Niederländer Pieter van Gool wegen Betrugs, Bilanzfälschung und Insolvenzverschleppung zugelassen.

Der Prozess beginnt am 14. Januar, das Gericht hat zunächst 40 Verhandlungstage bis Ende Juni angesetzt. Van Gool soll laut Anklage Anleger um rund 280 Millionen Euro gebracht haben, indem er den Wert von Solarparks in Portugal und Spanien künstlich aufblähte.

Rund 21.000 Kleinanleger hatten SonnWerk-Anleihen gekauft. Sie können nach Einschätzung des Insolvenzverwalters mit höchstens 15 Prozent ihres Geldes rechnen.

Van Gools Verteidiger Markus Ehrlich kündigte an, sein Mandant werde sich "umfassend zu den Vorwürfen äußern" und bestreite sie. Ihm drohen bis zu zehn Jahre Haft. Mit ihm angeklagt ist der frühere Finanzvorstand, ein 51-jähriger Deutscher.`,
		"ld6nl.txt": `nl|Oud-topman zonnebedrijf SonnWerk moet in Duitsland voor de rechter

Economie

27 oktober

De Nederlandse oud-topman van het failliete Duitse zonne-energiebedrijf SonnWerk komt voor de rechter. De rechtbank in Düsseldorf heeft dinsdag besloten dat de strafzaak tegen Pieter van Gool (58) uit Wassenaar doorgaat.

Het proces begint op 14 juni. Justitie verwijt Van Gool dat hij beleggers voor zo'n 280 miljoen euro heeft opgelicht door de waarde van zonneparken in Portugal en Spanje veel te hoog voor te stellen. Ook zou hij het faillissement te laat hebben aangevraagd.

Onder de ongeveer 21.000 gedupeerde beleggers zijn ook honderden Nederlanders. De Vereniging van Effectenbezitters spreekt van "een van de grootste beleggingsschandalen van het decennium" en steunt een groep van 340 Nederlandse obligatiehouders.

Van Gool, die voor zijn overstap naar SonnWerk bij een Nederlandse netbeheerder werkte, ontkent alle beschuldigingen. Hij riskeert maximaal tien jaar cel.`,
		"ld6en.txt": `en|German court sends ex-CEO of collapsed solar firm SonnWerk to trial

Business | Europe

FRANKFURT, Oct 27 - A Düsseldorf court on Tuesday ordered the former chief executive of collapsed German solar park operator SonnWerk, Dutch national Pieter van Gool, to stand trial on fraud and accounting charges, setting the start of proceedings for January 14.

Prosecutors accuse van Gool, 58, of inflating the value of solar parks in Portugal and Spain to lure investors, who lost around €280 million when the company filed for insolvency in December 2023.

About 21,000 mostly retail investors bought SonnWerk bonds. The insolvency administrator has said they may recover no more than 15% of their money.

Van Gool denies wrongdoing, his lawyer Markus Ehrlich said. He faces up to 10 years in prison if convicted. The company's former finance chief, 51, is also charged.`,
		"ld6pt.txt": `pt|Ex-presidente da SonnWerk, dona de centrais solares no Alentejo, vai a julgamento na Alemanha

Economia

Lisboa, 27 out (Agência)

O antigo presidente executivo da empresa alemã SonnWerk, que construiu várias centrais solares no Alentejo, vai ser julgado por fraude num tribunal de Düsseldorf a partir de 14 de janeiro, decidiu hoje o tribunal.

Segundo a acusação, o neerlandês Pieter van Gool, de 58 anos, inflacionou o valor dos parques solares em Portugal e Espanha para atrair investidores, que terão perdido cerca de 280 milhões de euros.

A SonnWerk chegou a ter sete centrais em Portugal, nos concelhos de Moura, Serpa e Ourique, com uma potência total de 420 megawatts. Após a insolvência, as centrais foram vendidas a um fundo espanhol e continuam a produzir eletricidade.

Van Gool nega as acusações e arrisca até dez anos de prisão.`,
	}, map[string][2]string{"ld6nl.txt": {"14 June", "14 January"}}},
	{"storm-oona-north-sea", map[string]string{
		"ld7nl.txt": `nl|Storm Oona legt noorden lam: één dode, honderden vluchten geschrapt

Binnenland

Donderdag 5 november, 21.40 uur

Zware storm Oona heeft donderdag in het noorden van het land voor grote schade gezorgd. In de provincie Groningen kwam een 64-jarige fietser om het leven toen hij door een omvallende boom werd geraakt. Het KNMI had code rood afgegeven voor Groningen, Friesland en het Waddengebied.

Op Lauwersoog werd een windstoot van ruim 130 kilometer per uur gemeten. Op Schiphol werden zo'n 400 vluchten geschrapt, ongeveer een derde van het totaal. NS reed de hele middag geen treinen ten noorden van Zwolle.

"Dit is de zwaarste storm sinds Eunice in 2022", zegt meteoroloog Sanne Bijlsma van het KNMI. De brandweer kreeg alleen al in Groningen ruim 900 meldingen, vooral van omgewaaide bomen en losgeslagen dakpannen.

Ook in Duitsland eiste de storm een dodelijk slachtoffer: een vrachtwagenchauffeur verongelukte op de A31 bij Leer. Rijkswaterstaat sloot de Oosterscheldekering. Vrijdag neemt de wind af, maar het blijft onstuimig.`,
		"ld7de.txt": `de|Sturmtief "Oona": Zwei Tote in Norddeutschland und den Niederlanden

Niedersachsen

Emden, Freitag, 6. November

Das Sturmtief "Oona" hat gestern im Nordwesten schwere Schäden angerichtet. Auf der A31 bei Leer kam ein 52-jähriger Lkw-Fahrer ums Leben, als sein Sattelzug von einer Böe erfasst wurde und umkippte. In den Niederlanden starb ein Radfahrer.

Der Deutsche Wetterdienst maß auf Borkum Orkanböen von bis zu 141 km/h. Die Feuerwehren in Ostfriesland rückten zu mehr als 1500 Einsätzen aus, meist wegen umgestürzter Bäume. Zeitweise waren rund 120.000 Haushalte ohne Strom.

Die Deutsche Bahn stellte den Fernverkehr in Niedersachsen und Schleswig-Holstein am Nachmittag ein, erst heute Morgen rollten die ersten Züge wieder. Am Amsterdamer Flughafen Schiphol fielen fast 400 Flüge aus, auch in Bremen und Hamburg wurden Verbindungen gestrichen.

"Solche Windgeschwindigkeiten sind selbst für November an der Küste ungewöhnlich", sagte DWD-Meteorologe Jens Hollmann. Die Fähren zu den Ostfriesischen Inseln sollen ab Samstag wieder fahren.`,
		"ld7en.txt": `en|Storm Oona kills two in Netherlands and Germany, grounds flights

World | Europe

AMSTERDAM, Nov 5 - A powerful storm swept across the northern Netherlands and north-west Germany on Thursday, killing two people, uprooting trees and forcing Amsterdam's Schiphol airport to cancel nearly 400 flights.

A 64-year-old cyclist was killed by a falling tree in the Dutch province of Groningen, and a 52-year-old truck driver died when his lorry was blown over on a motorway near Leer in Germany, police said.

Storm Oona brought gusts of 132 km/h (82 mph) at Lauwersoog on the Dutch coast and 141 km/h on the German island of Borkum. The Dutch weather office KNMI issued its highest, code red warning for three northern provinces.

Dutch rail operator NS halted trains north of Zwolle, and Deutsche Bahn suspended long-distance services in Lower Saxony and Schleswig-Holstein. "This is the strongest storm since Eunice in 2022," said KNMI meteorologist Sanne Bijlsma.

Winds were expected to ease on Friday.`,
	}, nil},
	{"cologne-auction-valadares-painting", map[string]string{
		"ld8de.txt": `de|Kölner Auktion: Gemälde von Portugals Modernisten Valadares erzielt 3,4 Millionen Euro

Kultur

Köln, Freitag, 5. Juni

Ein lange verschollen geglaubtes Gemälde des portugiesischen Malers Henrique Valadares ist am Freitag im Kölner Auktionshaus Reinholt für 3,4 Millionen Euro versteigert worden. Den Zuschlag erhielt der portugiesische Staat.

Der Hammer fiel bei 2,8 Millionen Euro, mit Aufgeld kostete das Bild 3,4 Millionen Euro – mehr als doppelt so viel wie die Schätzung von 1,2 bis 1,5 Millionen Euro. Nach zwölf Minuten Bietgefecht setzte sich ein Telefonbieter gegen einen Sammler aus New York durch.

Das 92 mal 73 Zentimeter große Bild "Feira de Amarante" von 1915 zeigt einen Markt in Nordportugal in kubistisch zerlegten Farbflächen. Es befand sich seit den 1930er-Jahren im Besitz einer Hamburger Kaufmannsfamilie und war seit fast 90 Jahren nicht öffentlich zu sehen.

Valadares starb 1918 mit nur 29 Jahren an der Spanischen Grippe. Von ihm sind nur rund 150 Gemälde bekannt. Das Werk soll ab Herbst im Museu do Chiado in Lissabon hängen.`,
		"ld8pt.txt": `pt|Estado compra em Colónia quadro perdido de Henrique Valadares por 3,4 milhões de euros

Cultura

Lisboa, 5 jun (Agência)

O Estado português comprou hoje num leilão em Colónia, na Alemanha, a pintura "Feira de Amarante", de Henrique Valadares, por 3,4 milhões de euros, incluindo comissões, anunciou o Ministério da Cultura.

A obra, pintada em 1915, estava afastada do olhar público há quase 90 anos, na coleção de uma família de Hamburgo. A estimativa da leiloeira Reinholt apontava para um valor entre 1,2 e 1,5 milhões de euros.

"É um regresso a casa. Este quadro pertence ao património de todos os portugueses", afirmou a ministra da Cultura, Inês Barreto Gaspar.

Natural de Amarante, Valadares morreu em 1918, aos 29 anos, vítima da gripe pneumónica. O anterior recorde para uma obra do pintor era de 1,1 milhões de euros, alcançado em 2019 em Paris. O quadro vai ser exposto no Museu Nacional de Arte Contemporânea, no Chiado, a partir de outubro.`,
		"ld8en.txt": `en|Portugal buys lost modernist painting at German auction for €3.4m

Arts

BERLIN, June 5 - Portugal's government paid €3.4 million ($3.7 million) at an auction in Cologne on Friday for a long-lost painting by the modernist Henrique Valadares, more than twice the top estimate, the Reinholt auction house said.

The hammer price was €2.8 million; the total includes the buyer's premium. "Feira de Amarante" (1915), a 36-by-29-inch canvas of a country market broken into cubist planes, had been estimated at €1.2 million to €1.5 million.

The painting had belonged to a Hamburg merchant family since the 1930s and had not been exhibited for almost 90 years. Valadares, who left only about 150 known paintings, died in the 1918 flu pandemic at 29.

Portugal's culture minister, Inês Barreto Gaspar, called it "a homecoming". The work will go on show at Lisbon's national museum of contemporary art in October.`,
	}, nil},
	{"amsterdam-berlin-faster-trains", map[string]string{
		"ld9nl.txt": `nl|Trein Amsterdam-Berlijn vanaf december 40 minuten sneller

Binnenland | Spoor

Donderdag 18 juni

Reizigers tussen Amsterdam en Berlijn zijn vanaf december fors minder lang onderweg. Vanaf de nieuwe dienstregeling op 13 december duurt de treinreis 5 uur en 40 minuten, 40 minuten korter dan nu. Dat hebben NS en Deutsche Bahn vandaag bekendgemaakt.

De tijdwinst komt vooral door een nieuwe spoorboog bij Bad Bentheim en het schrappen van de locwissel aan de grens. Ook stopt de trein niet meer in Bad Oeynhausen. De intercity rijdt zoals nu elke twee uur, acht keer per dag in beide richtingen.

"Hiermee wordt de trein echt een alternatief voor het vliegtuig", zegt NS-topvrouw Karin van Dalen.

Vanaf 2028 moet er elk uur een trein rijden, met nieuwe treinstellen die 230 kilometer per uur kunnen halen. Een enkeltje kost vanaf 24,99 euro. Vorig jaar reisden ruim 1,2 miljoen mensen met de trein tussen beide hoofdsteden.`,
		"ld9nl2.txt": `nl|Snellere trein naar Berlijn blijft in Hengelo stoppen

Twente

18-06, 14:05

De internationale trein tussen Amsterdam en Berlijn blijft ook na de versnelling in december stoppen in Hengelo. Dat is goed nieuws voor Twente, zegt gedeputeerde Erik Hulshof van de provincie Overijssel.

Vanaf 13 december is de trein ruim een halfuur sneller in Berlijn. Vanaf Hengelo duurt de reis dan iets meer dan vier uur. Vooral het wegvallen van de locwissel in Bad Bentheim scheelt tijd.

"Twente ligt hiermee echt aan de lijn Amsterdam-Berlijn, en niet alleen op papier", zegt Hulshof. Provincie en regio hadden jarenlang gelobbyd om de stop te behouden. Ook Deventer en Almelo blijven stations op de route.

Op het station in Hengelo stappen dagelijks zo'n 350 reizigers in of uit de Berlijntrein. Vanaf 2028 moet er elk uur een trein rijden.`,
		"ld9de.txt": `de|Schneller nach Amsterdam: IC aus Berlin spart ab Dezember 40 Minuten

Verkehr

Berlin, 18. Juni

Die Fahrt mit dem Intercity von Berlin nach Amsterdam wird deutlich kürzer. Ab dem Fahrplanwechsel am 13. Dezember sind Reisende nur noch 5:40 Stunden unterwegs statt bisher 6:20 Stunden, wie die Deutsche Bahn und die Niederländische Eisenbahn NS am Donnerstag mitteilten.

Möglich macht das vor allem eine neue Verbindungskurve bei Bad Bentheim. Außerdem entfällt der Lokwechsel an der Grenze, und der Halt in Bad Oeynhausen wird gestrichen. Die Züge fahren weiterhin alle zwei Stunden.

"Wir wollen, dass zwischen Berlin und Amsterdam niemand mehr ans Fliegen denkt", sagte die Fernverkehrschefin der Bahn, Claudia Brenner.

Ab 2028 soll ein Stundentakt gelten, dann mit neuen Zügen für Tempo 230. Die rund 650 Kilometer lange Strecke gehört zu den wichtigsten internationalen Verbindungen der Bahn. Tickets gibt es ab 24,99 Euro.`,
		"ld9en.txt": `en|Amsterdam-Berlin train to be 40 minutes faster from December

Travel

AMSTERDAM, June 18 - Trains between Amsterdam and Berlin will cover the 404-mile route in five hours and 40 minutes from December, 40 minutes faster than now, Dutch railway NS and Deutsche Bahn said on Thursday.

The time savings come from a new connecting curve at Bad Bentheim on the border, the end of a locomotive change there, and one fewer stop. The service will still run every two hours, with eight trains a day in each direction, until an hourly timetable starts in 2028 with new trains capable of 143 mph.

"The train is becoming a real alternative to flying," said NS chief executive Karin van Dalen. More than 1.2 million passengers used the route last year.

The new timetable begins on December 13. Fares start at €24.99 ($27). Rail campaigners said the trip is still far slower than flying, which takes about 80 minutes.`,
	}, nil},
	{"figueira-da-foz-mayor-bribery", map[string]string{
		"ld10pt.txt": `pt|Ex-autarca da Figueira da Foz condenado a cinco anos e meio de prisão por corrupção

Justiça

Coimbra, 7 mai (Agência)

O antigo presidente da Câmara Municipal da Figueira da Foz Joaquim Serrano Lima foi hoje condenado pelo Tribunal de Coimbra a cinco anos e seis meses de prisão efetiva por corrupção passiva e branqueamento de capitais.

O coletivo de juízes deu como provado que o ex-autarca, de 63 anos, recebeu 380 mil euros da empresa neerlandesa Van Roon Baggerwerken em troca da adjudicação da ampliação da marina, uma obra de 12 milhões de euros, em 2019.

O antigo diretor da empresa em Portugal, um cidadão neerlandês de 55 anos, foi condenado a três anos de prisão com pena suspensa. A empresa terá de pagar uma multa de 450 mil euros. O Ministério Público tinha pedido sete anos de prisão para o ex-autarca.

A defesa de Serrano Lima, que liderou a autarquia entre 2013 e 2021, anunciou que vai recorrer para o Tribunal da Relação de Coimbra. "O meu cliente está inocente", afirmou o advogado, Nuno Pestana.`,
		"ld10pt2.txt": `pt|Serrano Lima condenado: "Uma mancha na história da Figueira"

Região | Figueira da Foz

Sexta-feira, 8 de maio

A condenação de Joaquim Serrano Lima a cinco anos e meio de cadeia, ontem, no Tribunal de Coimbra, caiu como uma bomba na Figueira da Foz, onde o antigo presidente da câmara governou durante oito anos.

"É uma mancha na história da Figueira", reagiu a atual presidente da autarquia, Carla Monteiro Dias. A câmara vai constituir-se assistente no processo para tentar recuperar os 380 mil euros que o ex-autarca recebeu em luvas.

Na rua, as opiniões dividem-se. "Fez muito pela cidade, a marina está aí", dizia ontem um comerciante do Bairro Novo, de 70 anos. A ampliação da marina, inaugurada em 2021, acrescentou 240 lugares de amarração.

Serrano Lima, de 63 anos, saiu do tribunal sem prestar declarações. O advogado já anunciou recurso, pelo que a pena não transitou em julgado. Até lá, o ex-autarca aguarda em liberdade.`,
		"ld10nl.txt": `nl|Nederlands baggerbedrijf betaalde steekpenningen aan Portugese burgemeester

Economie

7 mei

Een Portugese rechtbank heeft donderdag de oud-burgemeester van de kustplaats Figueira da Foz veroordeeld tot vijfenhalf jaar cel, omdat hij steekpenningen aannam van het Nederlandse baggerbedrijf Van Roon uit Sliedrecht.

Volgens de rechtbank in Coimbra ontving Joaquim Serrano Lima (63) in totaal 380.000 euro. In ruil daarvoor kreeg Van Roon in 2019 de opdracht voor de uitbreiding van de jachthaven, een project van 12 miljoen euro.

De voormalige directeur van de Portugese vestiging van Van Roon, een 55-jarige Nederlander, kreeg drie jaar voorwaardelijk. Het bedrijf moet een boete van 450.000 euro betalen.

Van Roon laat in een verklaring weten dat het "de uitspraak respecteert" en na het onderzoek in 2022 zijn regels voor buitenlandse projecten heeft aangescherpt. De betrokken directeur werkt niet meer bij het bedrijf. Het familiebedrijf heeft zo'n 900 medewerkers en werkt in meer dan twintig landen.`,
		"ld10en.txt": `en|Former Portuguese mayor jailed for taking bribes from Dutch dredger

Europe | Courts

LISBON, May 7 - A Portuguese court on Thursday sentenced a former mayor of the seaside town of Figueira da Foz to five and a half years in prison for taking €380,000 in bribes from Dutch dredging company Van Roon Baggerwerken in exchange for a €12 million marina contract.

Joaquim Serrano Lima, 63, who led the town council from 2013 to 2021, was also convicted of money laundering. Prosecutors had sought seven years. His lawyer said he would appeal.

The company's former country manager, a 55-year-old Dutch national, received a three-year suspended sentence, and the company was fined €450,000.

"Public office is not for sale," presiding judge Ana Ribeiro Falcão said as she read the verdict in Coimbra. The court ordered the former mayor to hand over the €380,000 to the state.`,
	}, nil},
}
