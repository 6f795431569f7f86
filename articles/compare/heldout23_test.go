package compare

// heldOutEmber is a held-out set written blind, after the Dusk set, on
// everyday news the comparison was never shaped on. Seven events hold one
// planted contradiction each; three hold none, only traps.
//
// First run (before any change made on it): 1 of 7 contradictions
// flagged, 2 false disagreements; the test fails (at most 1 allowed).
// Flagged: the wedding's "21 August" against "12 August". Missed: the
// Italian driver's age ("beifahrer · age · 39 years": e1de.txt=39-jähriger;
// e1it.txt=39 anni, the driver's 39 tied to the co-driver's), the English
// wind farm's distance off the coast ("brengt · 41 km", joined to the
// export cable's 41 km), the Portuguese arrests ("pessoas · 26" a row of
// its own beside "personas · 23"), the German hoard's value
// ("seinen · €1.2 billion" alone beside "estimée · €1.2 million"), the
// Spanish gas rise (20% paired with the wholesale 30% instead of 12%), and
// the second Portuguese closure ("6 weeks" alone beside "renovation · 16
// weeks"). False: gas-tariff percent "share": e5es: 20%; e5it: 30% (the
// gas rise against the wholesale price rise); toymaker-results amount
// "dividend": e10en: 85 euro; e10nl: 0,85 euro ("85 euro cents" read as
// €85).
//
// Fixed after, so the set is held out no longer: "85 euro cents" is
// €0.85; one source's odd share is paired with another's only when their
// sentences share a figure or two sources give it; an amount a thousand
// times another is a slip of magnitude. Now 2/7, 0 false.
var heldOutEmber = []heldOutEvent{
	{"cocaine-bananas", map[string]string{
		"e1de.txt": `de|Zoll findet 1,4 Tonnen Kokain in Bananenlaster

Kriminalität | Grenze

Veröffentlicht am 8. März 2034, 11:40 Uhr

Am Grenzübergang Kellbrück haben Zollfahnder am Dienstag 1,4 Tonnen Kokain in einem Lastwagen voller Bananen entdeckt. Es sei der größte Fund an einem Landgrenzübergang seit zwölf Jahren, teilte das Zollfahndungsamt Ostmark mit.

Die Drogen waren in 52 Kartons zwischen den Früchten versteckt. Ein Spürhund hatte bei einer Routinekontrolle angeschlagen.

Der Fahrer, ein 47 Jahre alter Mann aus Lindow, und sein 39-jähriger Beifahrer wurden festgenommen. Beide schweigen bislang zu den Vorwürfen.

"Der Straßenverkaufswert liegt bei rund 90 Millionen Euro", sagte Behördensprecherin Karin Oltmanns. Die Bananen stammten aus Ecuador und waren für einen Großhändler in Brenzfeld bestimmt.

Mehr zum Thema`,
		"e1de2.txt": `de|Kokain im Bananenlaster: Zwei Festnahmen in Kellbrück

Rekordfund an der Grenze

KELLBRÜCK (dpa) - Zollbeamte haben an der Grenze bei Kellbrück rund 1,4 Tonnen Kokain sichergestellt. Die Drogen waren am Dienstag in 52 Bananenkartons eines Sattelzugs entdeckt worden, wie das Zollfahndungsamt am Mittwoch mitteilte.

Festgenommen wurden der 47-jährige Fahrer und sein 39 Jahre alter Beifahrer. Gegen beide wurde Haftbefehl erlassen.

Den Schwarzmarktwert bezifferte Sprecherin Karin Oltmanns auf etwa 90 Millionen Euro.`,
		"e1it.txt": `it|Cocaina tra le banane: sequestro record al confine

Esteri

9 marzo 2034

Un carico di 1,4 tonnellate di cocaina nascosto in un camion di banane è stato scoperto martedì dalla dogana al valico di frontiera di Kellbrück.

La droga era stipata in 52 cartoni in mezzo alla frutta, ha spiegato la portavoce delle dogane Karin Oltmanns. Sul mercato avrebbe fruttato circa 90 milioni di euro.

L'autista, un uomo di 39 anni originario di Lindow, è stato arrestato insieme al suo secondo conducente. Le banane provenivano dall'Ecuador.

Leggi anche`,
	}, map[string][2]string{"e1it.txt": {"39 years", "47 years"}}},
	{"wind-farm", map[string]string{
		"e2nl.txt": `nl|Kabinet geeft groen licht voor windpark Noorderbank

Energie

12 oktober 2034, 16:05

Het kabinet heeft donderdag de bouw goedgekeurd van windpark Noorderbank, dat 23 kilometer voor de kust van Zandhoven aan Zee komt te liggen. Het park krijgt 64 windturbines met een gezamenlijk vermogen van 960 megawatt.

De investering bedraagt 3,1 miljard euro. Een exportkabel van 41 kilometer brengt de stroom naar een nieuw hoogspanningsstation in Wierveld.

"Hiermee kunnen we straks ruim een miljoen huishoudens van groene stroom voorzien", zei minister van Klimaat Joris Hendriksma.

De bouw begint in 2036; de eerste turbines moeten in 2038 stroom leveren.`,
		"e2nl2.txt": `nl|Windpark voor de kust van Zandhoven mag er komen

ZANDHOVEN AAN ZEE (ANP) - Windpark Noorderbank, op 23 kilometer uit de kust, mag worden gebouwd. Dat heeft het kabinet donderdag besloten.

Het park van 3,1 miljard euro telt 64 turbines, elk ruim 260 meter hoog, samen goed voor 960 megawatt. Volgens minister Joris Hendriksma kan daarmee ruim een miljoen huishoudens van stroom worden voorzien.

De gemeente Zandhoven is minder enthousiast. "Vanaf het strand zie je straks 64 masten aan de horizon", zei wethouder Ilse Brandsma. Ze wil dat het park verder uit de kust komt.

Netbeheerder Tenlijn legt een kabel van 41 kilometer naar Wierveld.`,
		"e2en.txt": `en|Dutch government approves 960 MW Noorderbank wind farm

Energy | Europe

Published 12 October 2034

AMSTERDAM (Reuters) - The Dutch government on Thursday approved the Noorderbank offshore wind farm, a €3.1 billion project of 64 turbines with a combined capacity of 960 megawatts.

The farm will be built 41 km off the coast of Zandhoven aan Zee, climate minister Joris Hendriksma said, and should supply power to more than a million households once it is running in 2038.

Construction is due to start in 2036. Local officials in Zandhoven have objected that the turbines will be visible from the beach.

Reporting by Anna de Vries; Editing by Mark Potter`,
	}, map[string][2]string{"e2en.txt": {"41 km", "23 km"}}},
	{"cigarette-factory", map[string]string{
		"e3es.txt": `es|Desmantelada en Valdecarro una fábrica ilegal de tabaco con 23 detenidos

La Guardia Civil se incautó de 14 millones de cigarrillos y de 9 toneladas de picadura

Sucesos

12 de mayo de 2034

La Guardia Civil ha desmantelado una fábrica clandestina de cigarrillos en una nave del polígono industrial de Valdecarro y ha detenido a 23 personas, según informó este viernes el instituto armado.

Los agentes entraron en la nave el miércoles. Dentro encontraron 14 millones de cigarrillos listos para su venta y 9 toneladas de picadura de tabaco. La mayoría de los detenidos eran trabajadores que vivían en la propia fábrica, en habitaciones sin ventanas.

Según los investigadores, la red habría defraudado a Hacienda unos 6 millones de euros en impuestos.

"Las máquinas funcionaban día y noche", explicó el capitán Andrés Villaseca, que dirigió la operación. El presunto cabecilla, un hombre de 58 años, ha pasado a disposición judicial.`,
		"e3es2.txt": `es|Golpe al contrabando: 23 detenidos en una fábrica de tabaco ilegal

VALDECARRO, 12 (EFE).- Un total de 23 personas han sido detenidas en una operación contra una fábrica ilegal de tabaco en Valdecarro, donde los agentes intervinieron el miércoles unos 14 millones de cigarrillos.

La fábrica, oculta tras una empresa de reciclaje de palés, podía producir hasta un millón de cigarrillos al día, según la Guardia Civil.

El fraude a la Hacienda Pública se calcula en 6 millones de euros.`,
		"e3pt.txt": `pt|Espanha: polícia desmantela fábrica clandestina de cigarros

Mundo

12 de maio de 2034

A Guarda Civil espanhola desmantelou uma fábrica clandestina de cigarros em Valdecarro, no nordeste de Espanha, e apreendeu 14 milhões de cigarros e 9 toneladas de tabaco.

Na operação, realizada na quarta-feira, foram detidas 26 pessoas, a maioria trabalhadores que viviam no interior do armazém. O alegado líder da rede tem 58 anos.

O prejuízo para o fisco espanhol é estimado em 6 milhões de euros, segundo as autoridades.`,
		"e3fr.txt": `fr|Espagne : une usine clandestine de cigarettes démantelée, 23 interpellations

MADRID (AFP) - La Garde civile espagnole a annoncé vendredi avoir démantelé une usine clandestine de cigarettes à Valdecarro et interpellé 23 personnes.

Les enquêteurs ont saisi mercredi 14 millions de cigarettes et 9 tonnes de tabac à rouler. Selon le capitaine Andrés Villaseca, les machines tournaient « jour et nuit ».

Le préjudice fiscal est estimé à 6 millions d'euros.`,
	}, map[string][2]string{"e3pt.txt": {"26", "23"}}},
	{"coin-hoard", map[string]string{
		"e4fr.txt": `fr|Un trésor de 1 850 pièces médiévales découvert à Vernay-sur-Oude

Un détectoriste amateur a mis au jour un pot rempli de deniers d'argent du XIIIe siècle

Patrimoine

Publié le 8 novembre 2034 à 10h15

C'est une découverte « exceptionnelle », selon le service régional d'archéologie. Samedi, un détectoriste amateur de 68 ans a mis au jour dans un champ de Vernay-sur-Oude un pot en terre contenant 1 850 pièces d'argent du XIIIe siècle.

Le trésor, qui pèse 4,6 kilos, aurait été enfoui vers 1270, sans doute pour le protéger d'un pillage. Sa valeur est estimée à 1,2 million d'euros.

« Quand j'ai vu la première pièce, j'ai cru à une capsule de bouteille », raconte Gérard Mauduit, professeur de mathématiques à la retraite, qui prospectait avec l'accord de l'agriculteur.

Les pièces seront étudiées pendant deux ans.`,
		"e4fr2.txt": `fr|Vernay-sur-Oude : un retraité trouve un trésor médiéval

Faits divers

VERNAY-SUR-OUDE. Un pot contenant 1 850 deniers d'argent frappés au XIIIe siècle a été découvert samedi dans un champ de la commune par Gérard Mauduit, 68 ans, un ancien enseignant passionné de détection.

Estimé à 1,2 million d'euros, le trésor sera partagé à parts égales entre l'inventeur et le propriétaire du terrain, une fois les études terminées.

« C'est l'un des plus grands dépôts monétaires jamais trouvés dans la région », souligne l'archéologue Claire Besnard.`,
		"e4de.txt": `de|Rentner findet Silberschatz mit 1850 Münzen

Panorama

8. November 2034

Mit seinem Metalldetektor hat ein 68-jähriger Hobby-Schatzsucher in Frankreich einen mittelalterlichen Münzschatz entdeckt. In einem Acker bei Vernay-sur-Oude stieß der pensionierte Mathematiklehrer Gérard Mauduit am Samstag auf einen Tontopf mit 1850 Silbermünzen aus dem 13. Jahrhundert.

Der Schatz wiegt 4,6 Kilogramm und wurde vermutlich um 1270 vergraben.

Archäologen schätzen seinen Wert auf 1,2 Milliarden Euro. Die Hälfte davon steht nach französischem Recht dem Finder zu, die andere Hälfte dem Eigentümer des Feldes.`,
		"e4en.txt": `en|Retired teacher unearths hoard of 1,850 medieval silver coins

Metal detectorist's find in France valued at €1.2m

PARIS (AP) — A retired maths teacher using a metal detector has found a clay pot holding 1,850 silver coins from the 13th century in a field in western France, archaeologists said Wednesday.

Gérard Mauduit, 68, made the find on Saturday near the village of Vernay-sur-Oude. The hoard weighs 4.6 kg and was probably buried around 1270.

Experts value it at about €1.2 million.`,
	}, map[string][2]string{"e4de.txt": {"€1.2 billion", "€1.2 million"}}},
	{"gas-tariff", map[string]string{
		"e5it.txt": `it|Bollette, in Valtessa il gas aumenta del 12% da aprile

Economia

2 marzo 2034

Energia Valtessa, principale fornitore della regione, ha annunciato giovedì un aumento del 12% delle tariffe del gas per le famiglie a partire dal 1° aprile. La luce salirà invece del 4%.

Per una famiglia tipo l'aggravio sarà di circa 180 euro all'anno, ha calcolato l'associazione dei consumatori Codavalt. L'aumento riguarda circa 640.000 clienti.

«Paghiamo il gas all'ingrosso il 30% in più rispetto a un anno fa», ha spiegato l'amministratore delegato Paolo Ferrandi.`,
		"e5it2.txt": `it|Energia Valtessa alza le tariffe: +12% sul gas, +4% sulla luce

VALTESSA - Dal 1° aprile le bollette del gas di Energia Valtessa costeranno il 12% in più. Lo ha comunicato giovedì l'azienda, che serve circa 640.000 famiglie. Per l'elettricità l'aumento sarà del 4%.

L'amministratore delegato Paolo Ferrandi ha attribuito i rincari al prezzo del gas all'ingrosso. Secondo Codavalt, una famiglia media spenderà circa 180 euro in più all'anno.`,
		"e5es.txt": `es|Italia: la eléctrica Energia Valtessa encarece el gas

Economía | Europa

2 de marzo de 2034

La compañía italiana Energia Valtessa subirá sus tarifas a partir del 1 de abril, anunció el jueves su consejero delegado, Paolo Ferrandi.

El precio del gas para los hogares aumentará un 20% y el de la electricidad un 4%. La medida afecta a unos 640.000 clientes, que pagarán de media unos 180 euros más al año, según la asociación de consumidores Codavalt.`,
	}, map[string][2]string{"e5es.txt": {"20%", "12%"}}},
	{"library-closure", map[string]string{
		"e6pt.txt": `pt|Biblioteca Municipal de Penaverde fecha para obras durante 16 semanas

Cultura

28 de junho de 2034

A Biblioteca Municipal de Penaverde vai fechar portas na segunda-feira, 3 de julho, para obras de remodelação que deverão durar 16 semanas, anunciou a câmara municipal.

A intervenção, orçada em 2,7 milhões de euros, inclui a substituição da cobertura, a instalação de ar condicionado e a criação de uma sala para crianças.

Durante as obras, os cerca de 180 mil livros serão guardados num armazém municipal. Os 45 funcionários serão colocados noutros serviços da autarquia.

"Era uma obra adiada há mais de dez anos", afirmou a vereadora da Cultura, Helena Sampaio.`,
		"e6pt2.txt": `pt|Penaverde: biblioteca encerra para remodelação

Obras de 2,7 milhões de euros arrancam na segunda-feira

PENAVERDE (Lusa) - A Biblioteca Municipal de Penaverde encerra na segunda-feira para obras de remodelação orçadas em 2,7 milhões de euros, informou hoje a autarquia.

Entre os trabalhos previstos estão uma nova cobertura e um espaço infantil. Os 180 mil livros do acervo vão ser transferidos para um armazém.

Segundo a vereadora Helena Sampaio, a biblioteca ficará fechada durante 6 semanas. Os leitores poderão entretanto usar a biblioteca itinerante, que passará por 12 freguesias do concelho.`,
		"e6en.txt": `en|Penaverde's main library to close for 16 weeks of repairs

Portugal News

28 June 2034

The municipal library of Penaverde, in northern Portugal, will close on Monday 3 July for a €2.7 million renovation lasting 16 weeks, the town council said.

Around 180,000 books will be moved into storage while the roof is replaced. The library is due to reopen on 23 October.

Councillor Helena Sampaio said the 45 staff would work in other council departments in the meantime.`,
	}, map[string][2]string{"e6pt2.txt": {"6 weeks", "16 weeks"}}},
	{"royal-wedding", map[string]string{
		"e7nl.txt": `nl|Kroonprins Casimir van Arvenburg trouwt in augustus

Koningshuizen

13 februari 2034

Erfprins Casimir van Arvenburg (31) trouwt op zaterdag 12 augustus met de Franse architecte Léa Vautrin (29). Dat heeft het vorstenhuis maandag bekendgemaakt.

Het huwelijk wordt voltrokken in de Sint-Blasiuskathedraal in Arvenstadt. Er worden ongeveer 1200 gasten verwacht.

Het paar leerde elkaar vier jaar geleden kennen bij de restauratie van het paleis. "We zijn ontzettend gelukkig", zei de prins in een korte verklaring.`,
		"e7fr.txt": `fr|Arvenburg : le prince héritier Casimir épousera Léa Vautrin le 12 août

Le mariage sera célébré en la cathédrale Saint-Blaise d'Arvenstadt

Royautés

Publié le 13 février 2034

La cour d'Arvenburg a annoncé lundi les fiançailles du prince héritier Casimir, 31 ans, avec l'architecte française Léa Vautrin, 29 ans. Le mariage religieux aura lieu le samedi 12 août en la cathédrale Saint-Blaise d'Arvenstadt.

Originaire de Saumières, Léa Vautrin a dirigé pendant quatre ans la restauration de l'aile nord du palais princier, où le couple s'est rencontré.

Quelque 1 200 invités sont attendus.`,
		"e7de.txt": `de|Arvenburg: Erbprinz Casimir heiratet im Sommer

ARVENSTADT (dpa) - Der Erbprinz von Arvenburg, Casimir (31), hat sich mit der französischen Architektin Léa Vautrin (29) verlobt. Die Hochzeit soll am 12. August in der Kathedrale St. Blasius in Arvenstadt stattfinden, teilte der Fürstenhof am Montag mit.

Erwartet werden rund 1200 Gäste, darunter Vertreter zahlreicher europäischer Königshäuser. "Wir freuen uns auf den Sommer", sagte Fürst Leopold III., der Vater des Bräutigams.`,
		"e7en.txt": `en|Arvenburg's heir to marry French architect

Royals

13 February 2034

Prince Casimir of Arvenburg, the 31-year-old heir to the throne of the tiny principality, is to marry French architect Léa Vautrin, the palace announced on Monday.

The wedding will take place on 21 August at St Blaise Cathedral in the capital, Arvenstadt, with about 1,200 guests expected. Ms Vautrin, 29, met the prince while leading the restoration of a wing of the palace.`,
	}, map[string][2]string{"e7en.txt": {"21 August", "12 August"}}},
	{"bee-losses", map[string]string{
		"e8de.txt": `de|Imker im Kanton Valmoor verlieren fast ein Viertel ihrer Völker

Landwirtschaft

Veröffentlicht am 19. April 2034

Die Imkerinnen und Imker im Kanton Valmoor haben im vergangenen Winter 23,4 Prozent ihrer Bienenvölker verloren. Im Vorjahr waren es 17 Prozent gewesen, wie der kantonale Imkerverband am Mittwoch mitteilte.

An der Umfrage beteiligten sich 1240 Imker, die zusammen 38.600 Völker betreuen. Besonders hoch waren die Verluste im Aulental mit 31 Prozent, im Seebezirk lagen sie bei 15 Prozent.

"Die Varroamilbe bleibt das Hauptproblem, dazu kam der milde Dezember", sagte Verbandspräsident Urs Gämperli. Ein Volk zu ersetzen koste rund 250 Franken.`,
		"e8fr.txt": `fr|Abeilles : près d'un quart des colonies perdues cet hiver à Valmoor

Publié le 19 avril 2034

Près d'un quart des colonies d'abeilles du canton de Valmoor n'ont pas survécu à l'hiver. Selon l'enquête de la fédération cantonale d'apiculture, publiée mercredi, les pertes atteignent 23 %, contre 17 % l'an dernier.

L'enquête a été menée auprès de plus de 1 200 apiculteurs. Dans l'Aulental, les pertes s'élèvent à 31 %, tandis que le district du Lac s'en sort mieux avec 15 %.

Pour le président de la fédération, Urs Gämperli, le varroa reste « l'ennemi numéro un ».`,
		"e8it.txt": `it|Valmoor, inverno nero per le api: perso il 23,4% delle colonie

Ambiente

BELLAVIA - Gli apicoltori del cantone di Valmoor hanno perso durante l'inverno il 23,4% delle loro colonie, ben più del 17% registrato l'anno precedente. Lo rileva un sondaggio dell'associazione cantonale degli apicoltori presentato mercoledì, al quale hanno risposto 1.240 apicoltori.

Le perdite sono state del 31% nell'Aulental e del 15% nel distretto del Lago. In tutto sono morte circa 9.000 colonie.

Secondo il presidente Urs Gämperli, sostituire una colonia costa circa 250 franchi.`,
		"e8en.txt": `en|Swiss canton's beekeepers lose nearly a quarter of colonies

Published 19 April 2034

ZURICH (Reuters) - Beekeepers in the Swiss canton of Valmoor lost 23.4% of their honeybee colonies last winter, up from 17% a year earlier, their association said on Wednesday.

The survey of 1,240 beekeepers covered 38,600 colonies, of which about 9,000 died. Losses ranged from 15% in the Lake district to 31% in the Aulental valley.

Replacing a colony costs around 250 Swiss francs ($280), association president Urs Gämperli said.`,
	}, nil},
	{"speed-limit", map[string]string{
		"e9pt.txt": `pt|Limite de velocidade nas autoestradas desce para 110 km/h

Governo quer reduzir emissões e acidentes

Sociedade

14 de junho de 2034

A partir de 1 de setembro, o limite de velocidade nas autoestradas portuguesas passa de 120 para 110 quilómetros por hora, anunciou esta quarta-feira a ministra das Infraestruturas, Rita Valadares.

Nas vias rápidas, o limite desce de 100 para 90 km/h. Segundo o governo, a medida deverá reduzir em 7% as emissões de CO2 do transporte rodoviário nestas vias.

No ano passado morreram 61 pessoas nas autoestradas do país, menos 9% do que em 2032. "Cada quilómetro por hora conta", disse a ministra.`,
		"e9es.txt": `es|Portugal baja a 110 km/h el límite en autopistas

LISBOA, 14 (EFE).- El Gobierno portugués rebajará el 1 de septiembre la velocidad máxima en las autopistas de 120 a 110 kilómetros por hora, anunció este miércoles la ministra de Infraestructuras, Rita Valadares.

En las vías rápidas el límite pasará de 100 a 90 km/h. El Ejecutivo espera reducir un 7% las emisiones de CO2 en esas carreteras.

En 2033 murieron 61 personas en las autopistas portuguesas.`,
		"e9en.txt": `en|Portugal cuts motorway speed limit to 110 km/h

Published 14 June 2034

LISBON (Reuters) - Portugal will lower the speed limit on its motorways to 110 km/h (68 mph) from 120 km/h (75 mph) on 1 September, infrastructure minister Rita Valadares said on Wednesday.

The limit on expressways will fall to 90 km/h from 100 km/h. The government expects the change to cut carbon dioxide emissions on those roads by about 7%.

Sixty-one people died on Portuguese motorways last year, down 9% from 2032, Valadares said.`,
	}, nil},
	{"toymaker-results", map[string]string{
		"e10nl.txt": `nl|Speelgoedmaker Klimbo boekt recordomzet

Bedrijven

22 februari 2034, 08:30

Klimbo Groep uit Harlinghuizen heeft vorig jaar een omzet van 1,24 miljard euro behaald, 6,3 procent meer dan in 2032, toen de omzet 1,17 miljard euro bedroeg. De nettowinst steeg van 96 miljoen naar 118 miljoen euro.

Het bedrijf heeft 4800 werknemers, van wie 2100 in Nederland, 1500 in Polen en 1200 in Vietnam.

"Bouwpakketten en houten speelgoed deden het bijzonder goed", zei topvrouw Marieke Dolfing. Aandeelhouders krijgen een dividend van 0,85 euro per aandeel.`,
		"e10de.txt": `de|Spielwarenhersteller Klimbo wächst kräftig

Wirtschaft

22. Februar 2034

Der niederländische Spielzeughersteller Klimbo hat 2033 seinen Umsatz um 6,3 Prozent auf 1,24 Milliarden Euro gesteigert. Unter dem Strich verdiente das Unternehmen 118 Millionen Euro nach 96 Millionen im Vorjahr.

Vorstandschefin Marieke Dolfing kündigte an, das Werk in Polen mit seinen 1500 Beschäftigten auszubauen. Weltweit beschäftigt Klimbo 4800 Menschen.`,
		"e10en.txt": `en|Klimbo sales top €1.2bn as building kits sell well

AMSTERDAM (Reuters) - Dutch toymaker Klimbo reported on Wednesday a 6.3% rise in annual sales to €1.2 billion, helped by strong demand for building kits and wooden toys.

Net profit rose to €118 million from €96 million, chief executive Marieke Dolfing said. The company, which employs about 4,800 people, will pay a dividend of 85 euro cents a share.

About 2,100 of its staff work in the Netherlands.`,
		"e10fr.txt": `fr|Jouets : le néerlandais Klimbo dépasse 1,2 milliard d'euros de ventes

Économie

Publié le 22 février 2034

Le fabricant néerlandais de jouets Klimbo a réalisé en 2033 un chiffre d'affaires de 1,24 milliard d'euros, en hausse de 6,3 %. Son bénéfice net a atteint 118 millions d'euros.

La PDG Marieke Dolfing prévoit de porter les effectifs de l'usine polonaise, qui emploie 1 500 personnes, à 1 800 d'ici 2036.`,
	}, nil},
}
