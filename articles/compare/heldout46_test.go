package compare

// heldOutChinook is a blind held-out set of ten events on disasters, the
// environment and local crime, written without reading the extraction or
// the matching: a tornado in a Dutch village, a fish kill in an Italian
// lake, an ATM blast in a Dutch shopping centre, a seizure of glass eels in
// Portugal, a wolf attack on sheep in Piedmont, a copper cable theft on a
// Portuguese railway, a storm surge on the Portuguese coast, a crystal meth
// lab in Brabant, a rockfall in Trentino and a sewage spill that closed
// beaches in the Algarve, in English, Italian, Dutch and Portuguese.
//
// Six contradictions are planted, one in each of six events, all outside
// the first paragraph and each in a report whose language has only that
// one report in its event: a count of damaged homes (the English tornado
// report's 160 against the Dutch 260, beside a Dutch "ruim 250"), a
// duration (the Dutch fish-kill report's six weeks without rain against
// the Italian four weeks, beside "un mese"), an amount (the Italian
// glass-eel report's €1.8 million against €1.3 million), a count with its
// digits swapped (the English wolf report's 32 sheep killed against 23,
// beside an Italian total of 29 dead and injured), a weekday (the Dutch
// storm report's Saturday morning capsizing against Sunday) and a distance
// (the Portuguese rockfall report's 14 km of closed road against 8 km,
// beside a 45 km detour). The traps: two or three people's ages in other
// orders (22 and 25 / 25 and 22; 31, 38 and 44 / 44, 38 and 31), a fisherman
// of 67 beside a resident of 81 and a crewman of 45, an age range 34-58,
// 8,000 kilos against 8 tonnes, €3,000 a kilo beside three thousand eels a
// kilo and 1.2 million eels beside €1.3 million, a week against seven days,
// 30 days against a month, 48 hours against two days, 90 minutes against an
// hour and a half, half a kilometre against 600 metres, miles, feet and
// mph beside km, "in 38 years" beside "since 1992", this year's 38 ATM
// blasts against last year's 71, 92 labs "up from 84" and "eight more",
// a background 1,100 Dutch sheep, 7 of 22 beaches as "almost a third", and
// E. coli of 1,800 against a limit of 500 per 100 ml.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and
// 1 false disagreement. It missed the fish-kill Dutch report's 6 weeks
// against 4 weeks (the Dutch "zes weken" and the Italian "quattro
// settimane" stayed two facts of one report each) and the storm-surge
// Dutch report's Saturday against Sunday (the Dutch "zaterdagochtend" stayed
// a fact of its own, "sloeg · Saturday", apart from "manhã · Sunday"). The
// false disagreement is the storm-surge age "Joaquim Loureiro · age": the
// fisherman's 67 years in the English and Dutch reports set against the
// resident Joaquim Loureiro's 81 years in the second Portuguese report.
// One false flag is within the table's limit, so the max stays 1.
//
// Fixed after, so the set is held out no longer: a named person's age is
// no rival of an unnamed one's unless its sentence names them, and is
// never paired as a residual (the false disagreement goes). Now 4 of 6,
// none false.
//
// Fixed after again: a source's one weekday that no other source gives
// joins the one weekday row two or more others give and it lacks, when the
// days are neighbours, in another language, and neither is the day news
// was given out nor a bound or a plan (a rule written for the Fohnwall
// set): 5/6 flagged, 0 false.
var heldOutChinook = []heldOutEvent{
	{"tornado", map[string]string{
		"c1nla.txt": `nl|Tornado trekt spoor van vernieling door Haaksveen: 260 woningen beschadigd

Regio | Lochemveld

vrijdag 30 augustus 2030, 07:45

Een tornado heeft donderdagavond rond 19.40 uur een spoor van vernieling getrokken door Haaksveen. Volgens de gemeente Lochemveld zijn 260 woningen beschadigd, waarvan 35 onbewoonbaar zijn verklaard.

Elf mensen raakten gewond, twee van hen ernstig. Een 71-jarige vrouw werd in haar tuin geraakt door vallende dakpannen en ligt in het ziekenhuis in Zutphen.

De windhoos trok over een strook van ongeveer 6 kilometer van west naar oost. Volgens het KNMI ging het om een tornado van klasse F2, met windsnelheden tot 220 kilometer per uur. Het is de zwaarste tornado in de regio sinds 1992.

"Het is hartverscheurend om te zien," zei burgemeester Anouk Verhoef, die de nacht doorbracht in de sporthal waar ruim 40 inwoners werden opgevangen. Verzekeraars schatten de schade voorlopig op 18 miljoen euro.

Lees ook: Zo help je de getroffen bewoners`,
		"c1nlb.txt": `nl|Ravage na windhoos in Gelders dorp

Binnenland

Van onze verslaggever

HAAKSVEEN - Bewoners van het Gelderse Haaksveen zijn vrijdag begonnen met opruimen nadat een tornado het dorp donderdagavond had getroffen. Ruim 250 huizen liepen schade op; 35 woningen zijn voorlopig onbewoonbaar.

Burgemeester Anouk Verhoef van Lochemveld sprak van "een ramp voor onze gemeenschap". Ruim veertig mensen brachten de nacht door in een sporthal.

Bij de tornado, die een spoor van zo'n zes kilometer trok, raakten elf mensen gewond. Twee van hen, onder wie een vrouw van 71, liggen in het ziekenhuis.

Het KNMI spreekt van de zwaarste tornado in de regio in 38 jaar. De schade wordt geschat op zo'n 18 miljoen euro.`,
		"c1en.txt": `en|Tornado rips through Dutch village, injuring 11

AMSTERDAM, Aug 30 (Wire) - A tornado tore through the village of Haaksveen in the eastern Netherlands on Thursday evening, injuring 11 people and ripping the roofs off houses, local authorities said.

Some 160 homes were damaged and 35 were declared uninhabitable, the municipality of Lochemveld said on Friday. Two of the injured, including a 71-year-old woman struck by falling roof tiles, were in hospital.

The Dutch weather service KNMI said the F2 tornado cut a path about 6 km (3.7 miles) long, with winds of up to 220 km/h (137 mph). It was the strongest tornado in the region since 1992.

Insurers put the damage at around 18 million euros ($19.6 million), Mayor Anouk Verhoef said.

(Reporting by Sanne de Wit; Editing by Mark Ellison)`,
	}, map[string][2]string{"c1en.txt": {"160", "260"}}},
	{"fish-kill", map[string]string{
		"c2ita.txt": `it|Moria di pesci nel lago di Versina: raccolte oltre 8 tonnellate

Cronaca | Castel Morone

18 luglio 2030, ore 11:20

Carpe, tinche e persici morti a centinaia lungo le rive del lago di Versina. Da lunedì i volontari della protezione civile hanno raccolto oltre 8 tonnellate di pesci su circa 3 chilometri di sponda, tra Castel Morone e la frazione di Riva Alta.

Secondo i primi rilievi dell'Arpa, la causa è la mancanza di ossigeno: dopo quattro settimane senza pioggia la temperatura dell'acqua ha raggiunto i 29 gradi e l'ossigeno disciolto è sceso a 2 milligrammi per litro, contro i 7-8 abituali. Il livello del lago è 1,4 metri sotto la media del periodo.

"Non abbiamo trovato tracce di scarichi inquinanti", ha spiegato il tecnico dell'Arpa Davide Rinaldi.

La sindaca Franca Albertini ha firmato un'ordinanza che vieta la pesca per 30 giorni. Nel 2019 una moria analoga aveva riguardato circa 3 tonnellate di pesce.

Leggi anche: Siccità, in Lombardia acqua razionata in 40 comuni`,
		"c2itb.txt": `it|Lombardia, strage di pesci nel lago di Versina

Ambiente

Bergamo, 18 luglio 2030

Più di otto tonnellate di pesci morti sono state recuperate da lunedì nel lago di Versina, in provincia di Bergamo. Secondo l'Agenzia regionale per la protezione dell'ambiente (Arpa) la moria è dovuta alla carenza di ossigeno nell'acqua, arrivata a 29 gradi dopo un mese senza precipitazioni.

"Nessuna traccia di inquinamento, è un fenomeno legato al caldo e alla siccità", ha detto Davide Rinaldi, tecnico dell'Arpa. Il lago è sceso di un metro e quaranta rispetto alla media stagionale.

Il Comune di Castel Morone ha vietato la pesca per un mese.`,
		"c2nl.txt": `nl|Duizenden dode vissen in Italiaans vakantiemeer

Buitenland

Door onze correspondent in Rome

Op de oevers van het Lago di Versina, een meer in Noord-Italië dat populair is bij Nederlandse kampeerders, is sinds maandag ruim 8000 kilo dode vis verzameld. Het gaat vooral om karpers, zeelten en baarzen.

Volgens het regionale milieuagentschap Arpa is zuurstofgebrek de oorzaak. De watertemperatuur liep op tot 29 graden en het zuurstofgehalte daalde naar 2 milligram per liter.

Het meer heeft inmiddels zes weken geen regen gehad en staat 1,4 meter lager dan normaal. Lozingen zijn volgens de onderzoekers uitgesloten.

Burgemeester Franca Albertini van Castel Morone heeft een visverbod van dertig dagen ingesteld. "De stank is soms niet te harden," zegt campinghouder Gert Jan Oosting.`,
	}, map[string][2]string{"c2nl.txt": {"6 weeks", "4 weeks"}}},
	{"atm-blast", map[string]string{
		"c3nla.txt": `nl|Plofkraak in Lindenhoek: veertien woningen ontruimd

Utrecht | 112-nieuws

woensdag 10 september 2031, 08:02 - bijgewerkt 11:30

Bij een plofkraak op een geldautomaat in winkelcentrum De Hoven in Lindenhoek zijn in de nacht van dinsdag op woensdag veertien woningen ontruimd. De explosie, rond 3.15 uur, was in de wijde omgeving te horen.

De 23 bewoners van de appartementen boven het winkelcentrum werden opgevangen in een hotel. Een constructeur moet beoordelen of het pand veilig is.

Na een achtervolging van zo'n 30 kilometer over de A2 hield de politie twee verdachten aan, mannen van 22 en 25 jaar uit Amsterdam. Ze reden met snelheden tot 200 kilometer per uur. Of er geld is buitgemaakt, is nog onduidelijk.

Burgemeester Pieter Hollander heeft het winkelcentrum voor een week gesloten. Het is dit jaar de 38e plofkraak in Nederland; vorig jaar waren het er in totaal 71.`,
		"c3nlb.txt": `nl|Twee mannen opgepakt na plofkraak bij Westbank

Binnenland

Door een redacteur

De politie heeft woensdagnacht twee mannen (25 en 22) aangehouden na een plofkraak op een geldautomaat van de Westbank in Lindenhoek. Zij werden na een wilde achtervolging bij Vianen klemgereden.

Door de klap raakte de gevel van winkelcentrum De Hoven zwaar beschadigd. Bewoners van 14 appartementen erboven moesten midden in de nacht hun huis uit.

Burgemeester Hollander sprak van "puur geweld, waarbij levens in gevaar zijn gebracht". Het winkelcentrum blijft zeven dagen dicht.

Volgens de politie zijn er sinds 1 januari al 38 plofkraken gepleegd, tegen 71 in heel 2030.`,
		"c3en.txt": `en|Two arrested after ATM blast forces residents from homes in Lindenhoek

News | Crime

September 10, 2031

Police arrested two men aged 22 and 25 after an ATM was blown up at a shopping centre in Lindenhoek, near Utrecht, in the early hours of Wednesday.

The blast at around 3.15am damaged the facade of the De Hoven shopping centre and forced 23 residents of the 14 flats above it out of their homes. They were put up in a hotel.

The suspects, both from Amsterdam, were stopped after a 30-kilometre chase along the A2 motorway, with speeds reaching 200 km/h, police said.

Mayor Pieter Hollander has closed the shopping centre for a week. It was the 38th ATM explosion in the Netherlands this year, compared with 71 in the whole of 2030.`,
	}, nil},
	{"glass-eels", map[string]string{
		"c4pta.txt": `pt|PJ apreende 420 quilos de meixão e detém cinco suspeitos

Sociedade

Aveiro, 4 fev 2031 (Lusa)

A Polícia Judiciária apreendeu 420 quilos de meixão vivo num armazém em Esteiro Grande, no concelho de Ovar, e deteve cinco pessoas suspeitas de tráfico de espécies protegidas, anunciou hoje aquela polícia.

Segundo a PJ, o meixão - enguias juvenis - destinava-se a Hong Kong, via Madrid, e teria no mercado negro um valor de cerca de 1,3 milhões de euros, ou seja, perto de 3.000 euros por quilo.

Os detidos, quatro homens e uma mulher com idades entre os 34 e os 58 anos, vão ser presentes a juiz na quarta-feira. A investigação durou oito meses.

"É uma das maiores apreensões de sempre em Portugal", disse o coordenador da PJ de Aveiro, Nuno Sarmento. Os animais foram devolvidos ao rio Vouga.`,
		"c4ptb.txt": `pt|Meixão para a Ásia: cinco detidos em Ovar

País

Nuno Reis Tavares

04/02/2031 - 13:40

Cinco pessoas foram detidas pela Polícia Judiciária na operação "Vidro", que culminou com a apreensão de 420 kg de meixão num armazém da freguesia de Esteiro Grande, em Ovar.

O meixão, que seria exportado ilegalmente para Hong Kong, estava vivo em 36 tanques com água refrigerada e foi libertado no Vouga ainda durante a noite. A PJ estima que, com cerca de três mil meixões por quilo, tenham sido salvos mais de 1,2 milhões de animais.

O negócio valeria 1,3 milhões de euros. A população de enguia-europeia caiu mais de 90% desde os anos 1980.

Os suspeitos, com idades entre 34 e 58 anos, são ouvidos amanhã no Tribunal de Aveiro.`,
		"c4en.txt": `en|Portuguese police seize 420kg of baby eels bound for Asia

Environment | Wildlife crime

February 4, 2031

Portuguese police have seized 420 kilograms of live glass eels, juvenile eels prized as a delicacy in Asia, and arrested five people in a warehouse raid near Ovar, south of Porto.

The Judicial Police said the eels, kept in 36 refrigerated tanks, were to be smuggled to Hong Kong via Madrid. It valued the haul at €1.3 million on the black market.

The suspects, four men and a woman aged between 34 and 58, were arrested at the end of an eight-month investigation. The eels were released into the Vouga river.

The European eel is critically endangered; its numbers have fallen by more than 90% since the 1980s.`,
		"c4it.txt": `it|Portogallo, sequestrati 420 chili di ceche dirette in Asia

Esteri | Ambiente

4 febbraio 2031

La polizia giudiziaria portoghese ha sequestrato 420 chilogrammi di ceche, gli avannotti dell'anguilla, in un magazzino vicino a Ovar, nel nord del Paese. Cinque persone sono state arrestate.

Le anguille, ancora vive, erano destinate a Hong Kong passando per Madrid. L'indagine è durata otto mesi.

Secondo gli investigatori il carico avrebbe fruttato sul mercato nero 1,8 milioni di euro. Le ceche sono state liberate nel fiume Vouga.

In Europa la popolazione di anguille è crollata di oltre il 90% dagli anni Ottanta.`,
	}, map[string][2]string{"c4it.txt": {"€1.8 million", "€1.3 million"}}},
	{"wolf-attack", map[string]string{
		"c5ita.txt": `it|Lupi in alpeggio, strage di pecore a Pian del Gallo

Cronaca | Valdorsera

16 giugno 2031

Ventitré pecore sbranate e altre sei ferite: è il bilancio dell'attacco avvenuto nella notte tra sabato e domenica in un alpeggio a Pian del Gallo, sopra Valdorsera, in provincia di Cuneo.

I lupi sono riusciti a superare la recinzione elettrificata, alta un metro e venti, che proteggeva il gregge di 180 capi di Mauro Bellando, 62 anni. "Ho trovato un massacro, non ho mai visto niente del genere in quarant'anni di lavoro", racconta il pastore.

I veterinari dell'Asl hanno confermato che si tratta di lupi. Secondo il monitoraggio regionale, in provincia di Cuneo vivono circa 45 branchi.

L'assessora regionale all'Agricoltura Luisa Gribaudo ha promesso indennizzi rapidi. Nel 2030 la Regione ha pagato 420.000 euro di risarcimenti per danni da lupo.`,
		"c5itb.txt": `it|Cuneo, i lupi sbranano 23 pecore: «Recinti inutili»

Piemonte

dal nostro inviato

VALDORSERA - Ventinove capi tra morti e feriti, un gregge decimato. L'attacco dei lupi, nella notte tra sabato e domenica, ha colpito l'alpeggio di Mauro Bellando, allevatore di 62 anni, a Pian del Gallo.

Delle 180 pecore del gregge, 23 sono state uccise. La recinzione elettrificata di 1,2 metri non è bastata.

Le associazioni degli allevatori chiedono un piano di contenimento. La Regione Piemonte lo scorso anno ha versato 420 mila euro di indennizzi.`,
		"c5en.txt": `en|Wolves kill sheep in Italian Alps, reviving calls for culls

World | Europe

June 16, 2031

Wolves attacked a flock of sheep at a mountain pasture in Italy's Piedmont region over the weekend, leaving a shepherd facing heavy losses and reigniting a debate over the protected predator.

A total of 32 sheep were killed and six more injured in the attack on the night of Saturday to Sunday at Pian del Gallo, above the village of Valdorsera, local media reported. The animals belonged to a flock of 180 owned by Mauro Bellando, 62.

The wolves got past an electric fence 1.2 metres high. About 45 wolf packs are estimated to live in the province of Cuneo, and the region paid €420,000 in compensation for wolf damage last year.`,
		"c5nl.txt": `nl|Wolven richten bloedbad aan onder schapen in Italiaanse Alpen

Buitenland

16 juni 2031

In de Italiaanse regio Piëmont hebben wolven in de nacht van zaterdag op zondag 23 schapen gedood. Zes andere dieren raakten gewond.

De kudde van herder Mauro Bellando (62) telde 180 schapen en stond achter een elektrisch hek van 1,20 meter hoog op een bergweide bij Valdorsera.

In de provincie Cuneo leven naar schatting 45 roedels. Ook in Nederland neemt het aantal aanvallen toe: vorig jaar werden hier ruim 1.100 schapen door wolven gedood.`,
	}, map[string][2]string{"c5en.txt": {"32", "23"}}},
	{"copper-theft", map[string]string{
		"c6pta.txt": `pt|Furto de cabos de cobre causa caos na Linha do Norte

Sociedade

Coimbra, 2 jun 2031

O furto de cerca de 600 metros de cabo de cobre entre as estações de Vale de Sarrão e Pombalinho Novo provocou esta segunda-feira atrasos e supressões em 84 comboios na Linha do Norte, afetando cerca de 23 mil passageiros.

Os ladrões atuaram durante a noite e danificaram o sistema de sinalização, que só foi reposto às 14:30. Alguns comboios chegaram a acumular atrasos de uma hora e meia.

"Estes furtos põem em risco a segurança da circulação", afirmou a porta-voz da Ferrovias de Portugal, Sandra Quintela. Em 2030 registaram-se 310 furtos de cabos na rede, com prejuízos de 4,2 milhões de euros, e nos primeiros cinco meses deste ano o número subiu 35%.

A GNR está a investigar.`,
		"c6ptb.txt": `pt|Linha do Norte: 23.000 passageiros afetados por roubo de cobre

Transportes

Por Marta Figueira

Mais de meio quilómetro de cabos de cobre foi roubado na madrugada de segunda-feira na Linha do Norte, entre Vale de Sarrão e Pombalinho Novo, deixando a sinalização inoperacional durante horas.

Segundo a CP, 84 comboios foram suprimidos ou sofreram atrasos, até 90 minutos. A circulação normalizou a meio da tarde.

A Ferrovias de Portugal contabilizou 310 furtos de cabo em 2030, que custaram 4,2 milhões de euros.`,
		"c6en.txt": `en|Copper cable theft disrupts Portugal's main rail line

Europe | Transport

LISBON, June 2 (Wire) - Thieves stole about 600 metres (1,970 feet) of copper cable from Portugal's main north-south railway overnight, delaying or cancelling 84 trains on Monday and affecting about 23,000 passengers, the network operator said.

The theft between the stations of Vale de Sarrão and Pombalinho Novo knocked out signalling until 2:30 p.m. Some trains were delayed by up to an hour and a half.

Network operator Ferrovias de Portugal recorded 310 cable thefts in 2030, costing 4.2 million euros, spokeswoman Sandra Quintela said. Thefts were up 35% in the first five months of this year, she added.`,
	}, nil},
	{"storm-surge", map[string]string{
		"c7pta.txt": `pt|Tempestade Idalina: ondas de nove metros destroem passadiço em Almarão

Sociedade

Leiria, 13 jan 2031 (Lusa)

A agitação marítima provocada pela tempestade Idalina destruiu hoje cerca de 300 metros do passadiço de madeira e quatro apoios de praia em Vila Nova de Almarão, onde as ondas chegaram aos nove metros.

Vinte e três pessoas foram retiradas de 11 habitações na marginal, indicou a proteção civil municipal.

As buscas por um pescador de 67 anos, desaparecido desde a manhã de domingo, quando a embarcação em que seguia virou à entrada do porto, foram retomadas hoje pela Autoridade Marítima. O companheiro, de 45 anos, conseguiu nadar até à praia.

O IPMA mantém o aviso vermelho para o litoral até às 18:00 de terça-feira. A presidente da câmara, Helena Carvalhais, estima os prejuízos em 3 milhões de euros.`,
		"c7ptb.txt": `pt|Mar galga marginal de Almarão e obriga a retirar 23 moradores

País | Mau tempo

13/01/2031 - 19:05

O mar invadiu esta segunda-feira a marginal de Vila Nova de Almarão. Ondas de até 9 metros arrancaram um troço de 300 metros do passadiço e destruíram quatro bares de praia.

"Nunca vi nada assim desde 2014", disse Joaquim Loureiro, 81 anos, um dos 23 moradores retirados de casa.

Continua desaparecido o pescador de 67 anos cujo barco virou no domingo de manhã. O outro tripulante, de 45 anos, salvou-se a nado.

A autarca Helena Carvalhais fala em prejuízos de "cerca de três milhões de euros". O aviso vermelho vigora até terça-feira.`,
		"c7en.txt": `en|Storm Idalina batters Portuguese coast with nine-metre waves

World

January 13, 2031

Waves of up to nine metres (30 ft) smashed into the Portuguese seaside town of Vila Nova de Almarão on Monday, tearing away 300 metres of boardwalk and wrecking four beach bars, officials said.

Twenty-three residents were evacuated from 11 seafront houses. Mayor Helena Carvalhais estimated the damage at €3 million.

Rescuers resumed the search for a 67-year-old fisherman who went missing on Sunday morning when his boat capsized at the harbour mouth. A 45-year-old crew member swam ashore.

The weather service kept a red warning in place until 6 p.m. on Tuesday.`,
		"c7nl.txt": `nl|Storm Idalina teistert Portugese kust

Buitenland

13 januari 2031

Golven van negen meter hoog hebben maandag de boulevard van het Portugese kustplaatsje Vila Nova de Almarão verwoest. Een houten wandelpad van 300 meter werd weggeslagen en vier strandtenten gingen verloren.

23 bewoners moesten hun huis verlaten. De burgemeester schat de schade op 3 miljoen euro.

Van een 67-jarige visser ontbreekt nog elk spoor. Zijn boot sloeg zaterdagochtend om bij de ingang van de haven; een 45-jarige opvarende wist zwemmend de kust te bereiken.

Het Portugese weerinstituut heeft code rood afgegeven tot dinsdagavond.`,
	}, map[string][2]string{"c7nl.txt": {"Saturday", "Sunday"}}},
	{"drug-lab", map[string]string{
		"c8nla.txt": `nl|Crystal-methlab opgerold in schuur bij Heikant-Oost

Regio | Kempen

donderdag 19 juni 2031, 06:30

De politie heeft woensdag een groot drugslab opgerold in een schuur aan de Kempenweg bij Heikant-Oost. Daarbij werden drie mannen van 31, 38 en 44 jaar aangehouden.

In de schuur stond ruim 2400 liter chemicaliën en werd 150 kilo crystal meth gevonden. Het lab wordt door een gespecialiseerd team ontmanteld; dat kan volgens de politie nog twee dagen duren.

De 67-jarige eigenaar van de boerderij, die de schuur verhuurde, is verhoord maar niet aangehouden.

Vorig jaar werden in Nederland 92 drugslabs ontmanteld, tegen 84 een jaar eerder.`,
		"c8nlb.txt": `nl|Drie arrestaties bij vondst methlab in Brabant

Binnenland

De politie heeft in een schuur bij Heikant-Oost in Noord-Brabant een laboratorium voor crystal meth ontdekt. Drie mannen, van 44, 38 en 31 jaar oud, zijn opgepakt.

Agenten troffen 150 kilo crystal meth en 2.400 liter grondstoffen aan. Volgens een woordvoerder had het lab "een enorme productiecapaciteit".

De verhuurder van de schuur, een boer van 67, wordt voorlopig niet verdacht. Het ontmantelen van het lab duurt naar verwachting tot vrijdag.

In 2030 werden 92 drugslabs opgerold, acht meer dan in 2029.`,
		"c8en.txt": `en|Dutch police dismantle crystal meth lab in farm barn, three held

Crime

June 19, 2031

Dutch police have dismantled a crystal methamphetamine laboratory in a barn near the village of Heikant-Oost in the southern province of North Brabant and arrested three men aged 31, 38 and 44.

Officers found 150 kg of crystal meth and some 2,400 litres of chemicals during the raid on Wednesday, police said. Specialists expect to need another two days to take the lab apart.

The 67-year-old farmer who rented out the barn was questioned but not detained.

Police in the Netherlands dismantled 92 drug labs last year, up from 84 in 2029.`,
	}, nil},
	{"rockfall", map[string]string{
		"c9ita.txt": `it|Frana sulla provinciale 31, isolati 1.300 abitanti

Trentino | Cronaca

14 ottobre 2031, 12:10

Circa 4.000 metri cubi di roccia si sono staccati all'alba di martedì, intorno alle 5.30, dal versante del monte Sàrcolo e sono precipitati sulla strada provinciale 31 della Val di Fermeda. Nessun ferito: un furgone del latte era passato pochi minuti prima.

La strada è chiusa per 8 chilometri tra Castelvàl e Pra' di Fermeda. I circa 1.300 abitanti di Mezzàn sono raggiungibili solo con una deviazione di 45 chilometri attraverso il passo di Lùves.

Secondo la geologa del Servizio geologico provinciale Chiara Zanoni, la frana è stata favorita dalle piogge delle ultime 48 ore, circa 180 millimetri.

I lavori di messa in sicurezza dureranno almeno tre settimane e costeranno circa 2,5 milioni di euro, ha detto l'assessore provinciale ai Lavori pubblici, Walter Dallapè.`,
		"c9itb.txt": `it|Val di Fermeda, la montagna crolla sulla strada

Cronache

Trento, 14 ottobre 2031

Una frana di circa quattromila metri cubi ha invaso la Sp 31 in Val di Fermeda martedì mattina poco prima delle sei. Non ci sono feriti.

Mezzàn e i suoi 1.300 residenti restano isolati: per raggiungere Castelvàl bisogna fare un giro di 45 km. Il tratto chiuso è lungo otto chilometri.

"Ci vorranno non meno di tre settimane", ha spiegato l'assessore Walter Dallapè. Il costo stimato è di 2,5 milioni.`,
		"c9en.txt": `en|Rockslide cuts off Alpine village in northern Italy

Europe

October 14, 2031

About 4,000 cubic metres of rock crashed onto a mountain road in Italy's Trentino region early on Tuesday, cutting off a village of some 1,300 people. No one was hurt.

Provincial road 31 in the Val di Fermeda was closed along an 8-km stretch, and residents of Mezzàn face a 45-km detour over a mountain pass.

Geologist Chiara Zanoni said around 180 millimetres of rain had fallen in the previous 48 hours. Repairs will take at least three weeks and cost some €2.5 million, provincial official Walter Dallapè said.`,
		"c9pt.txt": `pt|Derrocada isola aldeia nos Alpes italianos

Mundo

14 out 2031

Cerca de 4.000 metros cúbicos de rocha caíram na madrugada de terça-feira sobre uma estrada de montanha na região italiana do Trentino, deixando isolados cerca de 1.300 habitantes da aldeia de Mezzàn. Não houve feridos.

A estrada provincial 31 foi cortada num troço de 14 quilómetros, e os moradores têm de fazer um desvio de 45 quilómetros por um passo de montanha.

As obras de estabilização vão demorar pelo menos três semanas e custar 2,5 milhões de euros, segundo as autoridades da província de Trento. Nas 48 horas anteriores tinham caído 180 milímetros de chuva.`,
	}, map[string][2]string{"c9pt.txt": {"14 km", "8 km"}}},
	{"sewage-beaches", map[string]string{
		"c10pt.txt": `pt|Descarga de esgotos interdita sete praias em Vila do Sargaço

Algarve

11 ago 2031 - 09:40

A Câmara Municipal de Vila do Sargaço interditou a banhos sete das 22 praias do concelho, depois de uma avaria na estação elevatória do Sapal ter provocado, no sábado, uma descarga de águas residuais para o mar.

As análises feitas no domingo detetaram valores de E. coli até 1.800 unidades por 100 mililitros, mais do triplo do limite de 500.

A interdição mantém-se pelo menos durante 48 horas, até serem conhecidos os resultados de novas análises, explicou o vereador do Ambiente, Rui Palma. A empresa Águas do Sargaço atribui a avaria a um corte de energia.

No verão passado, duas praias do concelho estiveram fechadas durante cinco dias por motivo semelhante. Em agosto, o concelho recebe cerca de 60 mil turistas.`,
		"c10en.txt": `en|Sewage spill closes seven beaches on Algarve coast

Travel | Portugal

August 11, 2031

Swimming has been banned on seven beaches in the Algarve municipality of Vila do Sargaço after a pumping station failure sent raw sewage into the sea on Saturday.

Tests on Sunday found E. coli levels of up to 1,800 per 100ml, more than three times the legal limit of 500, local councillor Rui Palma said. The ban, which covers almost a third of the municipality's 22 beaches, will stay in place for at least two days.

The water company blamed a power cut. Two beaches in the area were closed for five days last summer.`,
		"c10nl.txt": `nl|Zwemverbod op zeven stranden in Algarve na rioollozing

Reizen

11 augustus 2031

Vakantiegangers in de Portugese Algarve kunnen op zeven stranden van de gemeente Vila do Sargaço voorlopig niet de zee in. Zaterdag liep door een storing in een rioolgemaal ongezuiverd afvalwater in zee.

Bij metingen werd tot 1800 E. coli-bacteriën per 100 milliliter aangetroffen, ruim drie keer de norm van 500. Het zwemverbod geldt minstens 48 uur.

De gemeente telt 22 stranden en ontvangt in augustus zo'n 60.000 toeristen, onder wie veel Nederlanders.`,
	}, nil},
}
