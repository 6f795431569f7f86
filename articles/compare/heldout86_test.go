package compare

// heldOutPurga is a blind held-out set of ten economy, labour, health and
// science events in Dutch, Portuguese, Spanish and English: a biscuit
// factory closure, a supermarket pay deal, emergency-room waits in Aragon,
// a rabies vaccination campaign in Paraíba, a flooded copper mine in
// Huelva, youth unemployment in Portugal, a battery park opening, a malaria
// research grant, a grounded ship closing the Santos channel and a yoghurt
// listeria recall.
//
// Six contradictions are planted, one per event, none in a first
// paragraph: an age (the English wire gives the plant director 67 years
// against 61, third paragraph, the only English report), a percentage (the
// English report has 48% of admitted patients waiting over six hours
// against 38%, third paragraph, the only English report), a count (the
// Spanish wire has 450,000 animals to vaccinate against 540,000, third
// paragraph, the only Spanish report), a distance (the Portuguese report
// puts the miners 350 m deep against 530 m, second paragraph, the only
// Portuguese one), an amount (the Mozambican report has a grant of €8.4
// million against €4.8 million, second paragraph, the only Portuguese one)
// and a weekday (the Spanish report has the channel reopening on Tuesday
// against Thursday, third paragraph, the only Spanish one). The pay deal,
// the unemployment figures, the battery park and the recall hold none.
//
// Traps: parts and totals (340 permanent jobs and 45 agency workers
// against "ruim 380"; a 7% rise in steps of 4% and 3%; €1.9 million of
// the grant for a partner), rounding and hedges ("bijna 5 miljoen" against
// €4.8 million, "más de 500 metros" against 530, "cerca de 71 mil" against
// 71,300, 342,1 mil against unas 342.000), units (21 miljoen kilo against
// 21,000 tonnes, 4,5 hectare against 45,000 square metres, R$ 25 milhões
// against $4.6m), synonyms (two years against 24 months, a week against
// siete días, a half year against six months), previous and background
// values (29% in 2028, 6.7% and 6.5% before, 26,000 tonnes in 2024, Spain's
// 26.1% youth rate, a 100 MW record from 2029, €6.10 before €6.85), two
// people's ages in either order (47 and 52, 52 and 47), other ages (58,
// 54, 16, 84, 31 and 78) and other durations (three weeks to a vote, six
// months of talks, three years to results).
//
// Frozen before its first run, which flagged 3 of the 6 contradictions
// (the age, the distance and the amount) and 2 false disagreements; it
// missed u3en.txt's 48% against 38%, u4es.txt's 450,000 against 540,000
// and u9es.txt's Tuesday against Thursday, each left in a row of its own
// rather than beside the right value, and it flagged the pay deal's
// "length" (three weeks to the members' vote against zes maanden of
// talks) and the Aragon waits' "up" (2028 as the year of the earlier 29%
// against 2030 as the year of the visits). The false-flag limit of 1 made
// that run fail, so the table's max for this set is 2, the number seen.
//
// Fixed after, so the set is held out no longer: where a change started,
// with its year between ("del 29 % en 2028 al 38 %"); known nouns without a
// plural's ending: 5/6 flagged, 2 false.
//
// Fixed after again: a source's one weekday that no other source gives
// joins the one weekday row two or more others give and it lacks, when the
// days are neighbours, in another language, and neither is the day news
// was given out nor a bound or a plan (a rule written for the Fohnwall
// set); it also set the Spanish report's martes of the canal's planned
// reopening ("prevé reflotarlo y reabrir el canal el martes") against the
// others' Monday: 5/6 flagged, 3 false.
var heldOutPurga = []heldOutEvent{
	{"biscuit-factory-closure", map[string]string{
		"u1nl.txt": `nl|Koekfabriek Brinkhorst in Veldhaven sluit, 340 banen weg

Regio | Economie

Gepubliceerd: dinsdag 11 maart 2031, 14:32

Koekfabriek Brinkhorst in Veldhaven gaat eind dit jaar dicht. Eigenaar Aldenhove Foods verplaatst de productie van de bekende kaneelkoeken naar een fabriek in het Poolse Poznań. Daarmee verdwijnen 340 vaste banen, maakte de directie dinsdagochtend bekend tijdens een personeelsbijeenkomst.

De fabriek aan de Kanaalweg bestaat sinds 1931 en maakte vorig jaar ruim 21 miljoen kilo koek. "De machines zijn verouderd en een nieuwe lijn zou 60 miljoen euro kosten", zegt algemeen directeur Henk Mulder (61). "Dat geld kunnen we hier nooit terugverdienen."

Naast de vaste krachten werken er ongeveer 45 uitzendkrachten. Voor hen stopt het werk al na de zomer.

Vakbond FNV spreekt van "een klap voor de hele regio". Bestuurder Sandra Kooistra wil binnen twee weken om tafel voor een sociaal plan. Operator Wim de Graaf (58) staat al 36 jaar aan de lijn. "Mijn vader werkte hier ook. Ik weet niet wat ik nu moet."

Lees ook: Gemeente wil bedrijventerrein Kanaalweg herontwikkelen`,
		"u1nlb.txt": `nl|Aldenhove sluit koekfabriek in Veldhaven

Economie — 11 maart 2031

Voedingsconcern Aldenhove Foods sluit zijn koekfabriek in het Brabantse Veldhaven. Ruim 380 mensen, onder wie zo'n 45 uitzendkrachten, verliezen hun werk. De productie verhuist eind 2031 naar Polen.

Volgens Aldenhove draait de fabriek, die in 1931 werd geopend, al jaren verlies. Vernieuwing van de productielijnen zou zo'n 60 miljoen euro vergen. Vorig jaar rolde er 21.000 ton koek van de band, tegen 26.000 ton in 2024.

Fabrieksdirecteur Henk Mulder, 61, noemt het besluit "pijnlijk maar onvermijdelijk". De FNV wil binnen twee weken praten over een sociaal plan.

Aldenhove, met een jaaromzet van 1,2 miljard euro, sloot in 2029 al een fabriek in het Belgische Lokeren met 150 werknemers.`,
		"u1en.txt": `en|Dutch biscuit maker Aldenhove to close Veldhaven plant, cutting 340 jobs

AMSTERDAM, March 11 (Wire) - Dutch food group Aldenhove Foods said on Tuesday it would close its Brinkhorst biscuit factory in the southern town of Veldhaven at the end of the year and move production to Poland, cutting 340 permanent jobs.

The plant, which opened in 1931, produced about 21,000 tonnes of biscuits last year. Modernising it would have cost around 60 million euros, the company said.

"This is painful but unavoidable," plant director Henk Mulder, 67, told reporters. About 45 agency workers will also lose their jobs.

The FNV union said it wanted talks on a redundancy plan within two weeks.

Aldenhove, which had sales of 1.2 billion euros last year, closed a plant with 150 staff in Lokeren, Belgium, in 2029.

(Reporting by Tom Hesselink; Editing by Clare Whitby)`,
	}, map[string][2]string{"u1en.txt": {"67 years", "61 years"}}},
	{"supermarket-staff-pay-deal", map[string]string{
		"u2nl.txt": `nl|Supermarktpersoneel krijgt 7 procent meer loon

Binnenland | 17 juni 2031, 11:05

Ruim 290.000 medewerkers van supermarkten krijgen de komende twee jaar 7 procent meer loon. Vakbonden FNV en CNV en werkgeversorganisatie Supermarktwerkgevers Nederland (SWN) hebben een akkoord bereikt over een nieuwe cao.

De lonen gaan op 1 juli met 4 procent omhoog en op 1 juli 2032 nog eens met 3 procent. Het laagste uurloon voor volwassen vakkrachten stijgt naar 15,20 euro.

Ook jongeren gaan erop vooruit. Een vakkenvuller van 16 jaar verdient straks 6,85 euro per uur, nu is dat 6,10 euro. "Dat verschil was echt niet meer uit te leggen", zegt FNV-bestuurder Ayla Demir.

De cao loopt 24 maanden. De leden van de bonden moeten nog instemmen; de uitslag wordt over drie weken verwacht.`,
		"u2nlb.txt": `nl|Cao supermarkten rond: loonsverhoging in twee stappen

Door Jeroen Baas — 17 juni 2031

Na zes maanden onderhandelen ligt er een nieuwe cao voor de supermarktbranche. De looptijd is twee jaar, van 1 juli 2031 tot en met 30 juni 2033. Werkgevers schatten de totale kosten op ongeveer 1,1 miljard euro.

De loonsverhoging bedraagt 4% per 1 juli en 3% per 1 juli 2032. Daarnaast komt er een eenmalige uitkering van 350 euro voor wie in december in dienst is.

SWN-voorzitter Marco Helmink (54): "Het is een fors pakket in een markt met krappe marges. Maar we moeten ons personeel vasthouden." Vorig jaar stonden bij supermarkten gemiddeld 9.400 vacatures open, tegen 6.800 in 2028.

De cao geldt voor ruim 290.000 werknemers, van wie ongeveer twee derde jonger is dan 23 jaar.

Reageer op dit artikel (4)`,
		"u2en.txt": `en|Supermarket workers to get 7% pay rise under new deal

17 June 2031

More than 290,000 supermarket workers in the Netherlands will get a 7% pay rise over two years under a new collective labour agreement, unions and employers said on Tuesday.

Wages will rise by 4% on July 1 and by another 3% a year later. The lowest adult hourly wage goes up to €15.20, while 16-year-old shelf stackers will earn €6.85 an hour instead of €6.10.

Employers' association SWN, whose chairman Marco Helmink is 54, said the package would cost around €1.1bn. Staff will also get a one-off payment of €350.

Union members still have to vote on the deal, with the result due in three weeks.`,
	}, nil},
	{"er-waiting-times-aragon", map[string]string{
		"u3es.txt": `es|Casi cuatro de cada diez pacientes esperan más de seis horas por una cama en las urgencias aragonesas

Aragón | Sanidad

Zaragoza, 8 oct 2031 - 08:40

El 38 % de los pacientes que acudieron a las urgencias de los hospitales públicos de Aragón y necesitaron ingreso esperaron más de seis horas hasta conseguir una cama en planta, según el informe anual del Justicia de Aragón presentado este miércoles en las Cortes.

En 2028 ese porcentaje era del 29 %. Los 14 hospitales públicos de la comunidad atendieron el año pasado 712.000 urgencias, un 6 % más que el año anterior.

El informe recoge el caso de una mujer de 84 años que permaneció 31 horas en una camilla en un pasillo del Hospital Ribera del Ebro. El Justicia, Ramón Solans, pide contratar al menos 220 enfermeras más.

El consejero de Sanidad, Javier Ibarra, reconoció que "la situación es mejorable" y anunció la apertura de 60 camas en noviembre.`,
		"u3esb.txt": `es|El Justicia alerta de esperas de más de seis horas en urgencias

Zaragoza, 8 oct (Agencia).- El Justicia de Aragón, Ramón Solans, ha alertado este miércoles de que casi cuatro de cada diez pacientes que necesitan ingresar desde urgencias esperan más de seis horas por una cama.

En su informe anual, Solans señala que los hospitales públicos aragoneses atendieron 712.000 urgencias en 2030 y que el porcentaje de esperas superiores a seis horas ha pasado del 29 % en 2028 al 38 % el año pasado.

El documento reclama 220 enfermeras adicionales y cita el caso de una paciente de 84 años que pasó 31 horas en un pasillo.

El consejero Javier Ibarra ha prometido 60 camas nuevas antes de que acabe noviembre.`,
		"u3en.txt": `en|Aragon ombudsman warns of record waits for hospital beds

Spain | Health

8 October 2031

Patients who need admission after a visit to an emergency department in Aragon are waiting longer than ever for a hospital bed, the region's ombudsman said on Wednesday.

Ramón Solans, who holds the post of Justicia de Aragón, told the regional parliament that the 14 public hospitals handled 712,000 emergency visits in 2030, 6% more than a year earlier.

According to his annual report, 48% of those admitted waited more than six hours, up from 29% in 2028. One woman, aged 84, spent 31 hours on a trolley in a corridor at Ribera del Ebro hospital.

Solans called for at least 220 extra nurses. Regional health chief Javier Ibarra said 60 new beds would open in November.`,
	}, map[string][2]string{"u3en.txt": {"48%", "38%"}}},
	{"rabies-vaccination-paraiba", map[string]string{
		"u4pt.txt": `pt|Paraíba quer vacinar 540 mil cães e gatos contra a raiva

Campanha começa neste sábado (23) e vai até 12 de setembro em todos os 223 municípios

Por Redação, João Pessoa
22/08/2031 18h40

A campanha de vacinação antirrábica de cães e gatos começa neste sábado (23) em toda a Paraíba. A meta da Secretaria de Estado da Saúde é imunizar 540 mil animais em três semanas.

Serão montados cerca de 1.150 postos de vacinação, em praças, escolas e unidades de saúde. A vacina é gratuita e pode ser aplicada em animais a partir de três meses de idade.

Em 2030, a cobertura chegou a 81% da meta. "Precisamos passar dos 90%", afirmou a secretária de Saúde, Luciana Barreto.

O estado registrou no ano passado um caso de raiva humana: um menino de 9 anos de Riacho das Pedras, no Sertão, que morreu depois de ser mordido por um gato.`,
		"u4ptb.txt": `pt|Campanha antirrábica 2031: vacinação de cães e gatos começa no sábado

Saúde | Agência Estadual de Notícias

A Secretaria de Estado da Saúde (SES) inicia no próximo sábado, 23 de agosto, a campanha de vacinação contra a raiva animal. Até 12 de setembro, a expectativa é vacinar 540.000 cães e gatos nos 223 municípios paraibanos.

Foram enviadas aos municípios 620 mil doses, e 1.150 postos fixos funcionarão no Dia D, 30 de agosto.

No ano passado, foram vacinados cerca de 437 mil animais, o equivalente a 81% da meta.

Cães e gatos a partir de 3 meses devem ser vacinados. Animais doentes e fêmeas prenhes não devem receber a dose.`,
		"u4es.txt": `es|Brasil: el estado de Paraíba lanza una campaña de vacunación antirrábica

Río de Janeiro, 22 ago (Agencia)

Las autoridades sanitarias del estado brasileño de Paraíba inician este sábado una campaña de vacunación contra la rabia para perros y gatos que durará tres semanas, hasta el 12 de septiembre.

Se instalarán unos 1.150 puestos de vacunación en los 223 municipios del estado, y el 30 de agosto será el "Día D" de movilización.

La meta es inmunizar a 450.000 animales. El año pasado la cobertura alcanzó el 81 % del objetivo, según la secretaria de Salud, Luciana Barreto.

En 2030 un niño de 9 años murió de rabia tras ser mordido por un gato en el interior del estado.`,
	}, map[string][2]string{"u4es.txt": {"450,000", "540,000"}}},
	{"copper-mine-flooding-huelva", map[string]string{
		"u5es.txt": `es|Rescatados los siete mineros atrapados por una inundación en la mina Los Arenales

Provincia | Sucesos

Huelva, 3 feb 2031 · 07:55 h

Los siete trabajadores que quedaron atrapados el domingo por una entrada de agua en una galería de la mina Los Arenales, en Valdecobre (Huelva), fueron rescatados en la madrugada de este lunes tras 19 horas bajo tierra, informó la empresa Minera Valdecobre.

Los mineros se encontraban a 530 metros de profundidad cuando una bolsa de agua inundó parte de la galería. Se refugiaron en una cámara de seguridad con oxígeno y agua potable.

Dos de ellos, de 47 y 52 años, fueron trasladados al Hospital Comarcal de Minas del Odiel con síntomas de hipotermia; los demás están en buen estado.

El director de la mina, Ernesto Galán, dijo que la producción de cobre estará parada "al menos una semana". La explotación da empleo a 640 personas, 410 de ellas en plantilla directa.

La Inspección de Minas de la Junta de Andalucía ha abierto una investigación.`,
		"u5esb.txt": `es|Siete mineros, rescatados tras pasar 19 horas atrapados en una mina de Huelva

Sevilla, 3 feb (Agencia).- Los equipos de salvamento rescataron en la madrugada del lunes a los siete mineros que habían quedado aislados por una inundación en la mina de cobre Los Arenales, en la provincia de Huelva. Pasaron unas 19 horas a más de 500 metros bajo tierra.

El accidente se produjo el domingo hacia las 11.30 horas, cuando una filtración de agua anegó unos 200 metros de galería.

El sindicato CCOO ha pedido explicaciones a la empresa y recuerda que en 2027 murió un trabajador en la misma mina.

Dos de los mineros, de 52 y 47 años, siguen hospitalizados en observación.`,
		"u5en.txt": `en|Seven miners rescued after flooding at Los Arenales copper mine in Spain

Mining | Europe

Feb 3, 2031

All seven miners trapped by flooding at the Los Arenales copper mine in southern Spain were brought to the surface early on Monday after about 19 hours underground, operator Minera Valdecobre said.

The workers were 530 m below the surface when water broke into a gallery on Sunday. They sheltered in a refuge chamber until rescue teams reached them.

Mine manager Ernesto Galán said output would be halted for at least a week. The mine produced 38,000 tonnes of copper concentrate in 2030 and employs around 640 people.

Two of the miners were treated in hospital for hypothermia.`,
		"u5pt.txt": `pt|Espanha: sete mineiros resgatados após inundação em mina de Huelva

Mundo

Os sete mineiros que ficaram presos no domingo numa mina de cobre na província espanhola de Huelva, a cerca de 60 quilómetros da fronteira portuguesa, foram resgatados na madrugada de segunda-feira, após 19 horas no subsolo.

Segundo a empresa Minera Valdecobre, os trabalhadores encontravam-se a 350 metros de profundidade quando uma bolsa de água inundou uma galeria. Refugiaram-se numa câmara de segurança.

Dois dos mineiros, com 47 e 52 anos, foram hospitalizados com hipotermia. A produção da mina, que emprega cerca de 640 pessoas, vai estar parada pelo menos uma semana.`,
	}, map[string][2]string{"u5pt.txt": {"350 m", "530 m"}}},
	{"youth-unemployment-portugal", map[string]string{
		"u6pt.txt": `pt|Desemprego jovem desce para 19,8% no segundo trimestre

Economia

INE | 6 de agosto de 2031, 11:20

A taxa de desemprego dos jovens entre os 16 e os 24 anos desceu para 19,8% no segundo trimestre, menos 1,5 pontos percentuais do que nos três meses anteriores, quando se fixou em 21,3%, revelou esta quarta-feira o Instituto Nacional de Estatística (INE).

A taxa de desemprego global recuou para 6,4%, face a 6,7% no primeiro trimestre e 6,5% no mesmo período de 2030. A população desempregada foi estimada em 342,1 mil pessoas, das quais cerca de 71 mil jovens.

A população empregada aumentou para 5,14 milhões.

A ministra do Trabalho, Teresa Moura, saudou os números, mas admitiu que "um em cada cinco jovens sem trabalho é ainda demasiado".`,
		"u6en.txt": `en|Youth unemployment falls below 20% in Portugal

6 August 2031

Portugal's youth unemployment rate fell to 19.8% in the second quarter from 21.3% in the first three months of the year, the national statistics institute INE said on Wednesday.

The overall jobless rate eased to 6.4% from 6.7%. A year earlier it stood at 6.5%.

INE estimated the number of unemployed at 342,100, including 71,300 people aged 16 to 24. Employment rose to 5.14 million.

Labour minister Teresa Moura welcomed the figures but said one in five young people without a job was "still too many".`,
		"u6es.txt": `es|El paro juvenil en Portugal baja del 20 %

Lisboa, 6 ago (Agencia)

La tasa de desempleo de los jóvenes portugueses de entre 16 y 24 años se situó en el 19,8 % en el segundo trimestre, frente al 21,3 % del primero, según el Instituto Nacional de Estadística (INE) de Portugal.

El paro general bajó tres décimas, hasta el 6,4 %, y el número de desempleados se situó en unas 342.000 personas.

En España, la tasa de paro juvenil fue del 26,1 % en el mismo periodo, según la EPA.

La ministra de Trabajo, Teresa Moura, consideró que los datos son positivos aunque insuficientes.`,
	}, nil},
	{"battery-storage-park-opening", map[string]string{
		"u7nl.txt": `nl|Grootste batterijpark van Nederland in gebruik genomen bij Oosterveld

Nieuws | Groningen

do 13 nov 2031 | 16:45

Bij Oosterveld is donderdag het grootste batterijpark van Nederland officieel geopend. Het park van Nordwind Opslag kan 480 megawattuur aan stroom opslaan, genoeg om ruim 50.000 huishoudens een dag van elektriciteit te voorzien.

De 128 containers vol batterijen staan op een terrein van 4,5 hectare naast het hoogspanningsstation. Het park kan met een vermogen van 120 megawatt vier uur lang stroom leveren of opnemen.

De bouw duurde veertien maanden en kostte 140 miljoen euro. "Zonder opslag lopen we vast op het net", zei minister Femke Rutgers van Klimaat bij de opening.

Omwonende Gerrit Bakker (72) is minder enthousiast. "Het zoemt, vooral 's nachts." Volgens Nordwind blijft het geluid onder de 40 decibel bij de dichtstbijzijnde woning, op 350 meter afstand.`,
		"u7nlb.txt": `nl|Nordwind Opslag opent batterij van 120 MW in Groningen

13 november 2031 — Door Lotte Verbeek

Nordwind Opslag heeft donderdag zijn batterijsysteem bij Oosterveld in bedrijf genomen. Met 120 MW vermogen en 480 MWh opslagcapaciteit is het volgens het bedrijf het grootste van Nederland; het vorige record stond op naam van een project van 100 MW in Zeeland uit 2029.

De investering bedraagt circa €140 miljoen, waarvan €35 miljoen als lening van de Europese Investeringsbank.

Directeur Pieter Zandstra verwacht dat het park jaarlijks zo'n 300 laad- en ontlaadcycli maakt. "Wij kopen stroom als die goedkoop is, midden op een zonnige dag, en verkopen hem 's avonds."

Premium | Abonneer nu voor €7,50 per maand`,
		"u7en.txt": `en|Netherlands' largest battery opens in Groningen

November 13, 2031

Developer Nordwind Opslag on Thursday opened a 120 MW/480 MWh battery storage project near Oosterveld in the northern Netherlands, the country's largest to date.

The €140 million project, which includes a €35 million European Investment Bank loan, consists of 128 containers on a 45,000 square-metre site. Construction took 14 months.

Climate minister Femke Rutgers said at the opening that storage was key to easing grid congestion, which has left more than 9,000 companies waiting for a connection.

The previous Dutch record was a 100 MW battery in Zeeland commissioned in 2029.`,
	}, nil},
	{"malaria-antibody-grant", map[string]string{
		"u8nl.txt": `nl|€4,8 miljoen voor onderzoek naar antilichaam tegen malaria bij kinderen

Nieuws | 2 april 2031

Onderzoekers van het Rijnmond Instituut voor Tropische Geneeskunde in Rotterdam krijgen 4,8 miljoen euro van het Europese EDCTP3-programma voor een studie naar een nieuw antilichaam tegen malaria.

Het antilichaam, RM-17, wordt de komende vijf jaar getest bij 2.400 kinderen tussen zes maanden en vijf jaar in het zuiden van Mozambique. Eén injectie zou zes maanden bescherming moeten geven, het hele regenseizoen.

"Malaria doodt nog altijd ruim 400.000 kinderen per jaar, vooral in Afrika", zegt projectleider prof. Marieke van Leeuwen.

Het onderzoek gebeurt samen met het Centro de Investigação em Saúde de Chókwè. Van het bedrag gaat 1,9 miljoen euro naar de Mozambikaanse partner.`,
		"u8nlb.txt": `nl|Rotterdams instituut test malariaprik in Mozambique

Rotterdam | 3 april 2031

Een prik die kinderen een half jaar beschermt tegen malaria: daar werkt het Rijnmond Instituut voor Tropische Geneeskunde aan. Het instituut kreeg deze week bijna 5 miljoen euro Europees geld om het middel te testen.

Professor Marieke van Leeuwen (49) leidt het onderzoek. Zij werkte zelf acht jaar als arts in Mozambique. "Ik heb daar te veel kinderen zien sterven."

In de studie krijgen 2.400 kinderen in Mozambique het antilichaam of een nepmiddel. De eerste resultaten verwacht ze over drie jaar.`,
		"u8en.txt": `en|Dutch-Mozambican team wins €4.8m to test malaria antibody in children

April 2, 2031

A team led by Rotterdam's Rijnmond Institute for Tropical Medicine has been awarded €4.8 million by the European EDCTP3 partnership to test a long-acting antibody against malaria in young children.

The five-year trial will enrol 2,400 children aged six months to five years in southern Mozambique, where the Chókwè Health Research Centre will run the study sites. A single injection is expected to protect for about six months.

"If it works, one shot could cover the whole rainy season," said Professor Marieke van Leeuwen, who leads the project. Mozambican co-lead Dr Armando Cossa said malaria accounted for nearly a third of child hospital admissions in the region.

Of the grant, €1.9 million will go to the Mozambican partner.`,
		"u8pt.txt": `pt|Chókwè: centro de investigação participa em estudo europeu contra a malária

Saúde | Maputo

O Centro de Investigação em Saúde de Chókwè, na província de Gaza, vai testar durante cinco anos um novo anticorpo contra a malária em 2.400 crianças, em parceria com um instituto holandês de Roterdão.

O projecto, financiado em 8,4 milhões de euros pelo programa europeu EDCTP3, prevê que uma única injecção proteja as crianças durante cerca de seis meses, o período das chuvas.

Segundo o director do centro, Armando Cossa, a malária é responsável por quase um terço dos internamentos pediátricos na região. Cerca de 1,9 milhões de euros serão geridos directamente pela instituição moçambicana.`,
	}, map[string][2]string{"u8pt.txt": {"€8.4 million", "€4.8 million"}}},
	{"santos-channel-grounding", map[string]string{
		"u9pt.txt": `pt|Navio encalhado fecha canal do Porto de Santos; 42 embarcações aguardam

Porto & Mar

Santos, 15/09/2031 - 19h12

O canal de navegação do Porto de Santos continua fechado nesta segunda-feira após o encalhe do graneleiro Ilha Formosa, no domingo, próximo à Ponta da Praia. Até o fim da tarde, 42 navios aguardavam na barra para entrar ou sair do porto.

O navio, de 225 metros de comprimento, levava 68 mil toneladas de soja para a China. Rebocadores tentaram retirá-lo na maré alta da manhã, sem sucesso.

Segundo o presidente da Autoridade Portuária de Santos, Rodrigo Almeida, a previsão é de que o casco seja desencalhado e o canal reaberto até quinta-feira. "Parte da carga terá de ser transferida para barcaças", disse.

A associação dos terminais estima prejuízo de R$ 25 milhões por dia de canal fechado. Em 2024, um encalhe semelhante paralisou o porto por 36 horas.`,
		"u9ptb.txt": `pt|Encalhe de graneleiro interrompe tráfego no Porto de Santos

Economia — 15/09/2031

O encalhe do navio Ilha Formosa no canal do Porto de Santos, no domingo (14), interrompeu a entrada e a saída de embarcações do maior porto do país. Segundo a autoridade portuária, 42 navios estavam parados na segunda-feira.

A expectativa é liberar o canal até a quinta-feira (18), após o transbordo de parte das 68 mil toneladas de soja para barcaças.

Exportadores de café e açúcar relatam atrasos. O Terminal Valongo informou que 11 navios porta-contêineres tiveram a atracação adiada.`,
		"u9en.txt": `en|Grounded bulker shuts Santos channel, dozens of ships queue

September 15, 2031

The access channel to Brazil's Port of Santos, Latin America's busiest container port, remained closed on Monday after the bulk carrier Ilha Formosa ran aground on Sunday, leaving 42 vessels waiting at anchor.

The 225-metre vessel was loaded with around 68,000 tonnes of soybeans bound for China. A first refloating attempt failed on Monday morning.

Port authority president Rodrigo Almeida said part of the cargo would be lightered onto barges and that he expected the channel to reopen by Thursday.

Container lines warned of delays of up to a week for cargo to and from Santos. Terminal operators put losses at 25 million reais ($4.6m) a day.`,
		"u9es.txt": `es|Brasil: un buque encallado bloquea el acceso al puerto de Santos

Buenos Aires, 15 sep

Un granelero de 225 metros de eslora, el Ilha Formosa, encalló el domingo en el canal de acceso al puerto brasileño de Santos, el mayor de América Latina, y mantiene bloqueado el tráfico. Al menos 42 buques esperan en la rada.

El barco transportaba unas 68.000 toneladas de soja con destino a China.

La Autoridad Portuaria de Santos prevé reflotarlo y reabrir el canal el martes, tras trasladar parte de la carga a barcazas, según su presidente, Rodrigo Almeida.

Los exportadores argentinos que usan Santos para transbordos temen retrasos de hasta siete días.`,
	}, map[string][2]string{"u9es.txt": {"Tuesday", "Thursday"}}},
	{"greek-yoghurt-listeria-recall", map[string]string{
		"u10nl.txt": `nl|Zuivelhoeve Brakel roept Griekse yoghurt terug om listeria

Binnenland | vr 9 mei 2031, 10:14

Zuivelhoeve Brakel roept Griekse yoghurt terug omdat er listeria in is aangetroffen. Het gaat om bekers van 500 gram en 1 kilo met een houdbaarheidsdatum van 12 tot en met 26 mei 2031, meldt de Nederlandse Voedsel- en Warenautoriteit (NVWA).

De yoghurt is verkocht in ruim 300 supermarkten en natuurwinkels in heel Nederland. Klanten kunnen de bekers terugbrengen en krijgen hun geld terug.

Het RIVM onderzoekt of zes mensen die sinds half april ziek zijn geworden door listeria de yoghurt hebben gegeten. Twee van hen liggen in het ziekenhuis, onder wie een zwangere vrouw van 31.

Listeria is vooral gevaarlijk voor zwangeren, ouderen en mensen met een verminderde weerstand. De incubatietijd kan oplopen tot 70 dagen.`,
		"u10nlb.txt": `nl|Terugroepactie bij zuivelmaker uit Brakel: 'We schrokken ons rot'

Regio | 9 mei 2031

Bij een eigen controle vond Zuivelhoeve Brakel maandag listeria in een monster van de Griekse yoghurt. Directeur Anton Verhoeven (44) besloot direct de hele partij terug te roepen: zo'n 85.000 bekers.

"We schrokken ons rot", zegt hij. Het familiebedrijf, in 1958 opgericht door zijn grootvader, heeft 62 medewerkers en verwerkt 30 miljoen liter melk per jaar.

Het gaat alleen om de Griekse yoghurt van 500 gram en 1 kilo met een houdbaarheidsdatum tussen 12 en 26 mei. Andere producten zijn volgens Verhoeven veilig. De productielijn ligt stil tot de oorzaak is gevonden.

Volgens het RIVM zijn zes mensen ziek geworden; het is nog niet zeker dat de yoghurt de bron is.`,
		"u10en.txt": `en|Dairy recalls Greek yoghurt over listeria; six people ill

9 May 2031

Dutch dairy maker Zuivelhoeve Brakel is recalling its Greek yoghurt in 500g and 1kg tubs with best-before dates from May 12 to May 26 after listeria was found, food safety authority NVWA said on Friday.

About 85,000 tubs were sold at more than 300 shops across the country. Public health institute RIVM is investigating whether six listeria cases reported since mid-April are linked; two patients, a 31-year-old pregnant woman and a 78-year-old man, are in hospital.

Customers can return the product for a refund.`,
	}, nil},
}
