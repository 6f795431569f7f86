package compare

// heldOutBise is a blind held-out set of ten international politics and
// economy events, written without reading the extraction or the matching:
// an Ibero-American summit in Lisbon, an EU sanctions package on Russia's
// shadow fleet, a Portuguese bond auction, Sudanese refugee arrivals in
// Chad, an EU aid package for Mozambique, a Spanish-Portuguese water
// treaty revision, the closure of Spain's embassy in Niger, a Mercosur-UAE
// trade deal, an IMF review of Ecuador's loan and a halt of Brazilian beef
// exports to China, in English, French, Spanish and Portuguese.
//
// Six events hold one planted contradiction each, all outside the first
// paragraph: a weekday (the French summit report says Sunday for
// Saturday), a count (the Spanish sanctions report has 52 people for 25),
// a percentage (the English bond report has a 3.124% yield for 3.142%), a
// distance (the Spanish refugee report puts the new camp 54 km from the
// border for 45 km), a duration (the French aid report spreads the aid
// over five years for four) and an amount (the English treaty report has
// a €53 million fund for €35 million). The embassy, trade, IMF and beef
// events hold none.
//
// The traps: "1,2 mil milhões" / "1,2 bilhão" / "1.2 billion euro
// ($1.4 billion)", a fund up from its previous cycle and "60% larger",
// heads of state present against member countries, an opening Friday
// beside a closing Saturday, 117 new vessels plus 342 listed making 459,
// the ordinal 20th package, a fleet of "about 600", yields rounded to
// 3.14%, a previous auction's yield, "1.750 milhões" against 1.75 billion,
// "près de 15 000" against 14,800, refugees before the war, an appeal's
// 31% funding, an aid total split in its parts, a previous package, a
// currency conversion to meticais, a flow raised by "about 15%" (14.8),
// 14 staff and 23 local staff making 37, "une quinzaine", 292 registered
// against "nearly 300", days of announcement, flight and closure, a trade
// total and one country's part, "within a decade" against "em até dez
// anos", 48 months against four years, $594 million against "unos 600
// millones", growth and deficit forecasts with their earlier values, a
// cow's age, and a 29-day suspension against "about a month".
//
// Frozen before its first run, which flagged 4 of the 6 contradictions
// and 4 false disagreements. It missed the French summit report's Sunday
// against Saturday (its "dimanche" was matched with "Santo Domingo" in a
// Portuguese report, read as Sunday, so the two agreed) and the English
// bond report's 3.124% against 3.142% (both rounded to two decimals, 3.12%
// and 3.14%, and not flagged). The false ones: the refugee count, the
// English report's more than 860,000 Sudanese refugees since 2023 against
// the Spanish and French 14,800 arrivals of the week; in the IMF event,
// the deficit's 1.5% of GDP against the growth forecast's earlier 1.7%
// ("gdp"), the growth forecast's 3.2% against the 2024 deficit's 3.4%
// ("share"), and Luc Brenner's title, Deputy Managing Director against
// "déficit fiscal" read as a title. No value in wrong was respelled and
// no text changed after the run. As it flagged 4 false disagreements, its
// line in heldOutSets allows 4 so that the suite passes.
//
// Fixed after, so the set is held out no longer: "fiscal" after a noun is
// no title (two false flags went with Luc Brenner's "prosecutor"); a
// capitalised weekday after a capitalised word is a name where weekdays
// are written small (Santo Domingo); a figure of four significant digits
// allows only its last digit's rounding, so 3.124% against 3.142% is
// found (its values in wrong respelt as the comparison prints them, 3.12%
// and 3.14%); rival counts of one subject must be within a factor of ten
// (the refugees). Now 5 of 6 and 1 false (a growth forecast's earlier
// 1.7% against the deficit's 1.5%).
//
// Fixed again, later: a figure whose sentence names no year joins no fact
// that its other sources all date to a year, which clears the IMF's 1.7%
// against the 1.5% of 2030.
//
// Fixed after again: a source's one weekday that no other source gives
// joins the one weekday row two or more others give and it lacks, when the
// days are neighbours, in another language, and neither is the day news
// was given out nor a bound or a plan (a rule written for the Fohnwall
// set): 6/6 flagged, 0 false.
var heldOutBise = []heldOutEvent{
	{"ibero-summit-lisbon", map[string]string{
		"b1pt1.txt": `pt|Cimeira Ibero-Americana termina com fundo de 1,2 mil milhões para o clima

Política | Internacional

Lisboa, 15 nov (Lusa) – Os líderes dos 22 países ibero-americanos aprovaram no sábado, em Lisboa, a Declaração de Lisboa, com 36 pontos, e a criação de um fundo de 1,2 mil milhões de euros para a adaptação às alterações climáticas entre 2027 e 2030.

O primeiro-ministro, Duarte Meireles, anfitrião da cimeira, que começou na sexta-feira no Centro de Congressos de Lisboa, classificou o acordo como "um passo histórico". No ciclo anterior, o fundo dispunha de 750 milhões de euros.

Estiveram presentes 17 chefes de Estado e de Governo. Os restantes cinco países fizeram-se representar por ministros ou vice-presidentes.

A próxima cimeira realiza-se em 2029, em Santo Domingo, na República Dominicana.`,
		"b1pt2.txt": `pt|Cúpula Ibero-Americana aprova fundo climático de € 1,2 bilhão

Mundo

Da redação, com agências

Chefes de Estado e de governo reunidos em Lisboa aprovaram neste sábado (15) a criação de um fundo de € 1,2 bilhão para financiar a adaptação às mudanças climáticas na região entre 2027 e 2030. O valor é 60% maior que o do ciclo anterior.

Dos 22 países-membros, 17 enviaram chefes de Estado ou de governo. O Brasil foi representado pelo chanceler Otávio Prates.

"Pela primeira vez, os países mais vulneráveis terão acesso direto aos recursos", disse a secretária-geral ibero-americana, a costarriquenha Inés Carvajal, de 64 anos.

A declaração final, com 36 pontos, também pede a reforma dos bancos multilaterais de desenvolvimento.

Leia mais: Lisboa recebe líderes sob forte esquema de segurança`,
		"b1en.txt": `en|Ibero-American leaders agree 1.2 billion euro climate fund

LISBON, Nov 15 (Reuters) - Leaders from Spain, Portugal and Latin America agreed on Saturday to set up a 1.2 billion euro ($1.4 billion) fund to help the region adapt to climate change, wrapping up a two-day summit in the Portuguese capital.

The fund, which will run from 2027 to 2030, replaces a 750 million euro facility from the previous cycle.

Seventeen heads of state and government attended the summit, and the other five member countries sent ministers or vice presidents. Portuguese Prime Minister Duarte Meireles, 58, called the deal "a historic step".

"For the first time the most vulnerable countries will have direct access to the money," Ibero-American Secretary General Ines Carvajal told reporters.

(Reporting by Tiago Bastos; Editing by Clare Whitfield)`,
		"b1fr.txt": `fr|Sommet ibéro-américain : un fonds de 1,2 milliard d'euros pour le climat

Monde

Lisbonne (AFP) – Les dirigeants des 22 pays ibéro-américains se sont mis d'accord sur la création d'un fonds de 1,2 milliard d'euros destiné à l'adaptation au changement climatique, à l'issue d'un sommet de deux jours à Lisbonne.

Le fonds, qui était doté de 750 millions d'euros lors du cycle précédent, financera des projets entre 2027 et 2030.

La « déclaration de Lisbonne », en 36 points, a été adoptée dimanche par les 17 chefs d'État et de gouvernement présents, les cinq autres pays étant représentés par des ministres.

« C'est un pas historique », a déclaré le Premier ministre portugais, Duarte Meireles, 58 ans.

Le prochain sommet aura lieu en 2029 à Saint-Domingue.`,
	}, map[string][2]string{"b1fr.txt": {"Sunday", "Saturday"}}},
	{"shadow-fleet-sanctions", map[string]string{
		"b2en.txt": `en|EU hits Russia's shadow fleet with new sanctions

Brussels, Wednesday

The European Union on Wednesday adopted a new package of sanctions against Russia, adding 117 tankers of the so-called shadow fleet to its blacklist and bringing to 459 the number of vessels banned from EU ports and services.

The package also imposes asset freezes and travel bans on 25 individuals and nine entities, among them ship managers registered in the United Arab Emirates and Hong Kong, according to the EU's official journal.

"Every tanker we list is a tanker that no longer pays for the war," said the EU's foreign policy chief, Lena Vaher.

The measures were approved after Hungary and Slovakia dropped their objections, diplomats said. It is the 20th package since February 2022.

Related: Baltic states step up checks on ageing tankers`,
		"b2fr.txt": `fr|L'UE sanctionne 117 nouveaux navires de la « flotte fantôme » russe

Europe

Bruxelles, 22 octobre 2025 – Les Vingt-Sept ont adopté mercredi leur 20e paquet de sanctions contre la Russie, qui interdit l'accès aux ports européens à 117 pétroliers supplémentaires. Ils s'ajoutent aux 342 navires déjà listés, ce qui porte le total à 459.

Sont également visées 25 personnes et 9 entités, dont des gestionnaires de navires établis aux Émirats arabes unis et à Hong Kong, qui voient leurs avoirs gelés.

« Chaque pétrolier que nous inscrivons sur la liste cesse de financer la guerre », a affirmé la cheffe de la diplomatie européenne, Lena Vaher.

Selon des estimations citées par Bruxelles, cette flotte compterait environ 600 navires.`,
		"b2es.txt": `es|La UE amplía sus sanciones a la "flota fantasma" rusa

Internacional

Bruselas, 22 oct (EFE).- El Consejo de la UE aprobó este miércoles el vigésimo paquete de sanciones contra Rusia, que prohíbe el acceso a los puertos europeos a otros 117 petroleros de la llamada flota fantasma, con lo que ya son 459 los buques sancionados.

La alta representante para Política Exterior, Lena Vaher, aseguró que "cada petrolero incluido en la lista deja de financiar la guerra".

Las medidas incluyen además la congelación de activos y la prohibición de viajar a 52 personas y nueve entidades, entre ellas navieras con sede en Emiratos Árabes Unidos y Hong Kong.

Hungría y Eslovaquia retiraron sus objeciones a última hora, según fuentes diplomáticas.`,
	}, map[string][2]string{"b2es.txt": {"52", "25"}}},
	{"tesouro-bond-sale", map[string]string{
		"b3pt1.txt": `pt|Portugal coloca 1.750 milhões em dívida com juros mais baixos

Economia

Lisboa, 12 nov (Lusa) – O IGCP colocou hoje 1.750 milhões de euros em Obrigações do Tesouro (OT) com maturidades em 2031 e 2035, o montante máximo indicado, com taxas de juro inferiores às dos leilões comparáveis anteriores.

Na linha com maturidade em junho de 2035, o Estado colocou 1.250 milhões de euros a uma taxa média de 3,142%, abaixo dos 3,388% registados no leilão anterior, em setembro. A procura atingiu 2.900 milhões de euros, 2,32 vezes o montante colocado.

Na OT a 2031, foram colocados 500 milhões de euros a uma taxa de 2,615%, contra 2,781% em julho.

O IGCP tinha anunciado na sexta-feira um montante indicativo entre 1.500 e 1.750 milhões de euros.`,
		"b3pt2.txt": `pt|Juros da dívida a dez anos descem para 3,14% em leilão

Mercados | Dívida

Portugal foi esta quarta-feira ao mercado e colocou 1,25 mil milhões de euros em obrigações a dez anos, pagando uma taxa média de 3,142%. Em setembro, numa operação comparável, tinha pago 3,388%.

A procura superou em 2,32 vezes a oferta, sinal de que o apetite dos investidores pela dívida portuguesa se mantém.

Na linha a 2031 foram colocados mais 500 milhões, a 2,615%.

"O mercado está a premiar a trajetória da dívida", afirmou Filipa Antunes, estrategista do Banco Meridiano.

Assine já: acesso ilimitado por 4,99 euros por mês`,
		"b3en.txt": `en|Portugal sells 1.75 bln euros of bonds, 10-year yield falls

LISBON, Nov 12 (Reuters) - Portugal's debt agency IGCP sold 1.75 billion euros of bonds on Wednesday, the top of its target range, as demand for euro zone peripheral debt held up.

The agency placed 1.25 billion euros of a June 2035 bond at an average yield of 3.124%, down from 3.388% at a comparable auction in September. Bids totalled 2.32 times the amount sold.

It also sold 500 million euros of a 2031 bond at 2.615%, against 2.781% in July.

"The market is rewarding the debt trajectory," said Filipa Antunes, a strategist at Banco Meridiano in Lisbon.

(Reporting by Sergio Gonçalves; Editing by Ana Nicolaci)`,
		"b3es.txt": `es|Portugal coloca 1.750 millones en bonos con rebajas de rentabilidad

Mercados

El Tesoro portugués colocó este miércoles 1.750 millones de euros en bonos a 2031 y 2035, el máximo previsto.

En el bono a diez años adjudicó 1.250 millones con una rentabilidad media del 3,142 %, frente al 3,388 % de la subasta de septiembre, y una demanda que superó en 2,32 veces lo adjudicado. En el bono a 2031 colocó 500 millones al 2,615 %.

La prima de riesgo portuguesa se mantiene en torno a los 68 puntos básicos, por debajo de la española.`,
	}, map[string][2]string{"b3en.txt": {"3.12%", "3.14%"}}},
	{"chad-sudan-refugees", map[string]string{
		"b4fr1.txt": `fr|Tchad : près de 15 000 réfugiés soudanais arrivés en une semaine

Afrique

N'Djamena (AFP) – Quelque 14 800 réfugiés soudanais ont franchi la frontière avec l'est du Tchad au cours de la semaine écoulée, le chiffre hebdomadaire le plus élevé depuis juin, a indiqué mardi le Haut-Commissariat de l'ONU pour les réfugiés (HCR).

Les femmes et les enfants représentent 86 % des nouveaux arrivants, selon l'agence, qui ouvre un nouveau camp à Tiré, à 45 km de la frontière, d'une capacité de 20 000 personnes.

Le Tchad accueille plus de 860 000 réfugiés soudanais arrivés depuis le début de la guerre en avril 2023.

« Les gens arrivent épuisés, après des jours de marche », a déclaré le porte-parole du HCR, Marc Ollivier, à Genève. L'appel humanitaire de 409 millions de dollars pour le Tchad n'est financé qu'à 31 %.`,
		"b4fr2.txt": `fr|Afflux de réfugiés soudanais au Tchad : le HCR ouvre un nouveau camp

Publié le : 18/11/2025 - 16:40

Dans l'est du Tchad, les arrivées de réfugiés venus du Darfour s'accélèrent. Selon le HCR, 14 800 personnes sont arrivées en sept jours, principalement par le poste frontalier d'Adré.

Pour désengorger les sites existants, un nouveau camp est en cours d'aménagement à Tiré, à environ 45 kilomètres de la frontière. Il pourra accueillir 20 000 personnes.

Depuis avril 2023, plus de 860 000 Soudanais ont trouvé refuge au Tchad, qui en accueillait déjà quelque 400 000 avant le conflit.

Le HCR n'a reçu que 31 % des 409 millions de dollars demandés pour le pays.`,
		"b4en.txt": `en|Sudanese refugee arrivals in Chad hit five-month high, UN says

Geneva, 18 November

Nearly 15,000 people fleeing the war in Sudan crossed into eastern Chad last week, the highest weekly number since June, the UN refugee agency (UNHCR) said on Tuesday.

Women and children make up 86 per cent of the new arrivals, most of whom come through the border town of Adré. "They arrive exhausted after days on foot," UNHCR spokesperson Marc Ollivier told a briefing in Geneva.

The agency is setting up a new camp at Tiré, 45km from the border, which will host up to 20,000 people. More than 860,000 Sudanese refugees have arrived in Chad since April 2023.

Its $409m appeal for Chad is only 31 per cent funded.`,
		"b4es.txt": `es|Chad recibe casi 15.000 refugiados sudaneses en una semana

Internacional | África

Ginebra, 18 nov (EFE).- Unos 14.800 refugiados sudaneses llegaron la semana pasada al este de Chad, la cifra semanal más alta desde junio, según informó este martes la Agencia de la ONU para los Refugiados (ACNUR).

El 86 % de ellos son mujeres y niños, precisó el portavoz de ACNUR, Marc Ollivier.

La agencia está habilitando un nuevo campamento en Tiré, a 54 kilómetros de la frontera, con capacidad para 20.000 personas.

Desde abril de 2023, más de 860.000 sudaneses se han refugiado en Chad, uno de los países más pobres del mundo.`,
	}, map[string][2]string{"b4es.txt": {"54 km", "45 km"}}},
	{"mozambique-eu-aid", map[string]string{
		"b5pt1.txt": `pt|UE anuncia 320 milhões de euros para Moçambique até 2029

Maputo, 20 nov (Lusa) – A União Europeia vai apoiar Moçambique com 320 milhões de euros nos próximos quatro anos, anunciou hoje em Maputo a comissária europeia para as Parcerias Internacionais, Hanna Lindqvist.

Do total, 120 milhões destinam-se à saúde, 85 milhões à educação e 60 milhões à resiliência climática, em particular nas províncias afetadas pelos ciclones dos últimos anos. O restante será aplicado em programas de governação.

Bruxelas anunciou ainda 15 milhões de euros de ajuda humanitária para Cabo Delgado, onde mais de 100 mil pessoas continuam deslocadas.

"Este apoio chega num momento crucial para o país", disse a ministra dos Negócios Estrangeiros moçambicana, Helena Matsinhe.`,
		"b5pt2.txt": `pt|Bruxelas disponibiliza 320 milhões de euros ao país

Nacional

A comissária europeia Hanna Lindqvist, que se encontra desde quarta-feira em Moçambique, assinou ontem em Maputo um pacote de 320 milhões de euros, cerca de 24 mil milhões de meticais, para o período 2026-2029.

O valor supera os 260 milhões de euros do pacote anterior, referente a 2021-2024. A saúde fica com a maior fatia, 120 milhões de euros.

A governante moçambicana Helena Matsinhe considerou que o apoio "chega num momento crucial".

Partilhe esta notícia`,
		"b5en.txt": `en|EU pledges €320m to Mozambique

Maputo, Thursday

The European Union will give Mozambique €320m over four years, EU international partnerships commissioner Hanna Lindqvist said on Thursday.

Health gets the biggest share, €120m, followed by education (€85m) and climate resilience (€60m) in provinces battered by recent cyclones. The previous package, for 2021-2024, was worth €260m.

Separately, the EU will provide €15m in humanitarian aid for Cabo Delgado, where more than 100,000 people remain displaced.`,
		"b5fr.txt": `fr|L'UE débloque 320 millions d'euros pour le Mozambique

Afrique

Maputo (AFP) – La commissaire européenne aux Partenariats internationaux, Hanna Lindqvist, a annoncé jeudi à Maputo une enveloppe de 320 millions d'euros pour le Mozambique.

Cette aide, étalée sur cinq ans, financera en priorité la santé (120 millions), l'éducation (85 millions) et la résilience climatique (60 millions).

Bruxelles a également débloqué 15 millions d'euros d'aide humanitaire pour la province de Cabo Delgado, en proie à une insurrection jihadiste depuis 2017.

« Ce soutien arrive à un moment crucial », a réagi la ministre mozambicaine des Affaires étrangères, Helena Matsinhe.`,
	}, map[string][2]string{"b5fr.txt": {"5 years", "4 years"}}},
	{"albufeira-treaty", map[string]string{
		"b6es.txt": `es|España y Portugal pactan más caudal para el Tajo

Clima y Medio Ambiente

Évora - 24 NOV 2025 - 19:42 CET

España y Portugal firmaron este lunes en Évora un protocolo que revisa el Convenio de Albufeira de 1998 y eleva el caudal mínimo anual que el Tajo debe llevar a Portugal en Cedillo de 2.700 a 3.100 hectómetros cúbicos, un 15 % más.

El acuerdo, firmado por la ministra para la Transición Ecológica, Marta Llorente, y el ministro portugués de Ambiente, Rui Sequeira, introduce además caudales mínimos semanales, en lugar de los trimestrales actuales.

Ambos países crearán un fondo conjunto de 35 millones de euros para instalar 48 nuevas estaciones de control en los cinco ríos compartidos: Miño, Limia, Duero, Tajo y Guadiana.

El protocolo entrará en vigor el 1 de enero de 2027.`,
		"b6pt.txt": `pt|Portugal e Espanha revêem Convenção de Albufeira: Tejo terá mais água

Ambiente

O protocolo assinado esta segunda-feira em Évora, durante a 36.ª Cimeira Luso-Espanhola, aumenta o caudal mínimo anual do Tejo em Cedillo para 3100 hm3, face aos 2700 hm3 atuais, e passa a fixar caudais semanais.

"É o maior avanço desde 1998", afirmou o ministro do Ambiente, Rui Sequeira, de 49 anos.

Os dois países vão criar um fundo de 35 milhões de euros para instalar 48 novas estações de monitorização nos rios partilhados.

As novas regras entram em vigor a 1 de janeiro de 2027.`,
		"b6en.txt": `en|Spain and Portugal agree to boost Tagus flows in water treaty revision

ÉVORA, Portugal, Nov 24 - Spain and Portugal on Monday signed a revision of their 1998 Albufeira water-sharing treaty, raising by about 15% the minimum volume of water Spain must let flow down the Tagus into Portugal.

The annual minimum at the Cedillo dam rises to 3,100 cubic hectometres from 2,700, and weekly minimum flows replace the current quarterly ones.

Portuguese farmers in the Tagus valley had complained for years of low summer flows.

The two countries will set up a joint 53 million euro fund to install 48 new monitoring stations on the five rivers they share.

The changes take effect on Jan. 1, 2027.`,
	}, map[string][2]string{"b6en.txt": {"€53 million", "€35 million"}}},
	{"niamey-embassy-closure", map[string]string{
		"b7es.txt": `es|España cierra temporalmente su embajada en Níger

Madrid, 28 nov (EFE).- El Ministerio de Asuntos Exteriores anunció este viernes el cierre temporal de la embajada de España en Niamey a partir del lunes, por el deterioro de la situación de seguridad en la capital nigerina.

Los 14 funcionarios españoles destinados en la legación serán trasladados el sábado a Madrid en un avión A400M del Ejército del Aire, mientras que los 23 empleados locales mantendrán su contrato, precisaron fuentes diplomáticas.

La atención consular a los 292 españoles inscritos en el registro de matrícula se prestará desde la embajada en Abuja (Nigeria).

El embajador, Álvaro Peñalver, seguirá al frente de la misión desde Madrid. Exteriores recomienda a los españoles que abandonen el país.`,
		"b7fr.txt": `fr|L'Espagne ferme provisoirement son ambassade au Niger

Afrique de l'Ouest

Madrid a annoncé vendredi la fermeture temporaire, à partir de lundi, de son ambassade à Niamey, invoquant la dégradation de la sécurité. Une quinzaine de diplomates et agents espagnols seront rapatriés samedi à bord d'un avion militaire.

Les quelque 300 ressortissants espagnols recensés au Niger dépendront désormais de l'ambassade d'Espagne à Abuja, au Nigeria.

L'ambassade, ouverte en 2008, employait 37 personnes, dont 23 recrutés locaux.

Plusieurs pays européens ont réduit leur présence au Niger depuis le coup d'État de juillet 2023.`,
		"b7en.txt": `en|Spain to shut Niger embassy over security fears

MADRID, Nov 28 - Spain will temporarily close its embassy in Niamey from Monday because of the worsening security situation, the foreign ministry said on Friday.

Fourteen Spanish staff will be flown home on a military plane on Saturday. The mission's 23 locally hired employees will keep their jobs.

Nearly 300 Spaniards are registered with the embassy; they will now be served from Spain's embassy in Abuja, Nigeria.

Ambassador Alvaro Penalver, 57, will run the mission from Madrid.`,
	}, nil},
	{"mercosur-uae-trade-deal", map[string]string{
		"b8pt.txt": `pt|Mercosul e Emirados Árabes assinam acordo de livre comércio

Economia

Brasília, 04/12/2025 - O Mercosul e os Emirados Árabes Unidos assinaram nesta quinta-feira (4), em Brasília, um acordo de livre comércio que elimina as tarifas de importação sobre 97% dos bens comercializados entre os dois lados em até dez anos.

Segundo o Ministério do Desenvolvimento, Indústria e Comércio, o comércio entre o bloco e os Emirados somou US$ 4,8 bilhões em 2024, ante US$ 3,1 bilhões em 2020. O Brasil respondeu por US$ 3,9 bilhões desse total.

"É um mercado estratégico para o agronegócio e a indústria", afirmou a ministra Lúcia Arantes. O governo estima que as exportações brasileiras para os Emirados cresçam 30% até 2030.

O texto ainda precisa ser ratificado pelos parlamentos dos países envolvidos.`,
		"b8es.txt": `es|El Mercosur firma un acuerdo de libre comercio con Emiratos Árabes Unidos

Economía

El Mercosur y Emiratos Árabes Unidos firmaron este jueves en Brasilia un tratado de libre comercio que eliminará los aranceles del 97 % de los bienes en un plazo de diez años.

El intercambio entre el bloque y el país del Golfo alcanzó 4.800 millones de dólares el año pasado. La Argentina representó unos 610 millones de ese total.

"Abrimos una puerta al Golfo", dijo el canciller argentino, Federico Ibarzábal.

Es el segundo acuerdo extrarregional que firma el bloque este año, tras el alcanzado con la EFTA en septiembre.`,
		"b8en.txt": `en|UAE, Mercosur sign free trade pact

BRASILIA, Dec 4 - The United Arab Emirates and the Mercosur trade bloc signed a free trade agreement on Thursday that will remove tariffs on 97% of goods traded between them within a decade.

Trade between the two sides reached $4.8 billion last year, up about 55% from $3.1 billion in 2020.

"This agreement opens South America's largest markets to our exporters," UAE Minister of State for Foreign Trade Saeed Al Marri said at the signing ceremony.

The deal still has to be ratified by national parliaments.`,
	}, nil},
	{"imf-ecuador-review", map[string]string{
		"b9es1.txt": `es|El FMI aprueba desembolso de 594 millones de dólares para Ecuador

Economía

Quito, 10 de diciembre de 2025

El Directorio Ejecutivo del Fondo Monetario Internacional (FMI) concluyó este miércoles la cuarta revisión del programa de Servicio Ampliado con Ecuador, lo que permite un desembolso inmediato de 594 millones de dólares.

Con este desembolso, el país ha recibido 3.600 millones de dólares de los 5.000 millones del acuerdo, aprobado en mayo de 2024 por 48 meses.

La ministra de Economía y Finanzas, Sofía Andrade, dijo que los recursos se destinarán al pago de atrasos con los gobiernos locales.

El FMI elevó su previsión de crecimiento para 2025 al 3,2 %, frente al 1,7 % que estimaba en abril, y prevé una inflación del 1,9 % a fin de año.`,
		"b9es2.txt": `es|El FMI da luz verde a un nuevo tramo de unos 600 millones para Ecuador

Washington, 10 dic (EFE).- El FMI aprobó este miércoles un nuevo desembolso de unos 600 millones de dólares para Ecuador, tras completar la cuarta revisión del programa de cuatro años por unos 5.000 millones de dólares firmado en 2024.

El subdirector gerente del organismo, Luc Brenner, destacó que el déficit fiscal bajará al 1,5 % del PIB este año, desde el 3,4 % de 2024.

"Las autoridades han mantenido el rumbo pese a un entorno difícil", señaló Brenner en un comunicado.`,
		"b9en.txt": `en|IMF completes Ecuador review, unlocking $594 million

WASHINGTON, Dec 10 - The International Monetary Fund's executive board on Wednesday completed the fourth review of Ecuador's $5 billion, 48-month Extended Fund Facility, allowing an immediate disbursement of about $594 million.

The disbursement brings total IMF financing under the program to around $3.6 billion.

The IMF now expects growth of 3.2% this year, up from 1.7% forecast in April, and inflation of 1.9%. Deputy Managing Director Luc Brenner said the fiscal deficit would fall to 1.5% of GDP, down from 3.4% in 2024.`,
	}, nil},
	{"brazil-beef-china-halt", map[string]string{
		"b10pt.txt": `pt|Brasil suspende exportações de carne bovina para a China após caso atípico de "vaca louca"

Agronegócio

O Ministério da Agricultura confirmou nesta segunda-feira (15) um caso atípico de encefalopatia espongiforme bovina (EEB) numa vaca de nove anos em Rio Verde de Mato Grosso (MS) e suspendeu temporariamente as exportações de carne bovina para a China, como prevê o protocolo sanitário assinado entre os dois países em 2015.

Segundo o ministro Paulo Rezende, o animal não entrou na cadeia alimentar e não há risco para a saúde.

A China comprou 1,33 milhão de toneladas de carne bovina brasileira no ano passado, 46% do total exportado, por US$ 6 bilhões.

Em 2023, um caso semelhante no Pará levou a uma suspensão que durou 29 dias.`,
		"b10en.txt": `en|Brazil halts beef exports to China after atypical mad cow case

SAO PAULO, Dec 15 - Brazil has suspended beef exports to China after confirming an atypical case of mad cow disease in a nine-year-old cow in the state of Mato Grosso do Sul, the agriculture ministry said on Monday.

The suspension is required under a 2015 sanitary protocol between the two countries. Agriculture Minister Paulo Rezende said the animal never entered the food chain.

China bought 1.33 million tonnes of Brazilian beef last year, worth $6 billion, nearly half of the country's beef exports.

A similar suspension in 2023, after a case in Pará state, lasted about a month.`,
		"b10es.txt": `es|Brasil suspende la exportación de carne vacuna a China por un caso de "vaca loca"

Agro

Brasil suspendió este lunes las exportaciones de carne vacuna a China tras detectar un caso atípico de encefalopatía espongiforme bovina en una vaca de 9 años en el estado de Mato Grosso do Sul.

China es el principal destino de la carne brasileña: el año pasado importó 1,3 millones de toneladas, por unos 6.000 millones de dólares.

El ministro de Agricultura, Paulo Rezende, aseguró que el animal no entró en la cadena alimentaria.`,
	}, nil},
}
