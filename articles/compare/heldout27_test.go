package compare

// heldOutThunder are ten events written blind, after the Rime and Squall
// sets, on topics the comparison was never shaped on. Seven hold one
// planted contradiction each (a count of people, an amount of money, a
// percentage, a duration, a measure, an age and a calendar date); three
// hold none, only traps that must not be flagged.
//
// First run (before any change made on it): 3 of 7 contradictions
// flagged, 1 false disagreement. Missed: coaster-stuck (h1nl's 32 riders
// against 24), stadium-renovation (h2es's €150 million against €180
// million), station-closure (h4pt's 8 weeks against 6 weeks), teen-pilot
// (h6it's 19 years against 17 years). False: jewellery-raid, the two
// suspects' ages (h10es 31 años against h10pt 24 anos) taken as one
// duration.
//
// On the code it was merged into (with the rule for a lone duration in
// the unit others give, made on earlier sets): 4/7, 1 false. Fixed after,
// so the set is held out no longer: two people's ages in one phrase
// ("aged 24 and 31", "de 31 e 24 anos") are one list compared whole; an
// age before a full name belongs to the name ("17-jarige Sanne
// Verhoeven"). Now 5/7, 0 false.
var heldOutThunder = []heldOutEvent{
	{"coaster-stuck", map[string]string{
		"h1fr.txt": `fr|Parc Brillance : 24 passagers bloqués près de trois heures dans les airs

Faits divers | Loisirs

Publié le 14 juin 2036 à 21h47

Montcavel (Oise) – Vingt-quatre passagers des montagnes russes Vortex, l'attraction phare du Parc Brillance, sont restés bloqués samedi après-midi à près de 30 mètres du sol après l'arrêt soudain du train à l'approche d'une descente.

Trente-deux sapeurs-pompiers, dont une équipe spécialisée dans le sauvetage en hauteur, ont été mobilisés. Les 24 passagers ont été évacués un par un ; les derniers ont retrouvé la terre ferme vers 18h15, près de trois heures après l'incident.

« Un capteur a détecté une anomalie et le système de sécurité a fonctionné comme prévu », a assuré le directeur du parc, Olivier Damblain. Deux personnes ont été transportées à l'hôpital par précaution.

L'attraction restera fermée jusqu'à nouvel ordre.`,
		"h1en.txt": `en|Riders stranded for hours on French roller coaster

Europe

June 14, 2036

Twenty-four people were left dangling nearly 30 metres above the ground for almost three hours on Saturday when a roller coaster at the Parc Brillance theme park in northern France stopped mid-ride, firefighters said.

The Vortex train halted just before its first drop shortly after 3.15pm. A team of 32 firefighters, including specialist rope-rescue crews, brought the 24 riders down one by one; the last was freed at about 6.15pm.

"A sensor detected a fault and the safety system did exactly what it was designed to do," park director Olivier Damblain told reporters. Two riders were taken to hospital as a precaution.

The park said the ride would stay closed until further notice.`,
		"h1nl.txt": `nl|32 mensen urenlang vast in achtbaan Frans pretpark

Buitenland

14 juni 2036, 22:10

In het Franse pretpark Parc Brillance hebben zaterdag 32 bezoekers bijna drie uur vastgezeten in een achtbaan. De trein van de attractie Vortex kwam op bijna 30 meter hoogte tot stilstand, vlak voor de eerste afdaling.

Brandweerlieden met klimmaterieel haalden de passagiers een voor een naar beneden. Twee van hen werden uit voorzorg naar het ziekenhuis gebracht.

Volgens parkdirecteur Olivier Damblain deed een sensor gewoon zijn werk: "Het veiligheidssysteem heeft gewerkt zoals het hoort."

De attractie blijft voorlopig dicht.

Lees ook: Pretparken trekken recordaantal bezoekers`,
	}, map[string][2]string{"h1nl.txt": {"32", "24"}}},
	{"stadium-renovation", map[string]string{
		"h2es.txt": `es|Luz verde a la reforma del estadio Ribera Alta

El pleno aprueba el proyecto, que ampliará el aforo hasta 41.000 espectadores

Valdoria, 6 may 2036 (Agencia)

El pleno del Ayuntamiento de Valdoria aprobó este martes el proyecto de remodelación integral del estadio Ribera Alta, casa del CD Valdoria, con 19 votos a favor y 6 en contra.

La reforma elevará el aforo de 32.000 a 41.000 localidades y cubrirá todas las gradas. Las obras comenzarán en enero de 2037 y durarán 30 meses, durante los cuales el equipo jugará en el estadio municipal de atletismo.

El proyecto tiene un coste de 150 millones de euros, que se financiarán a partes iguales entre el club y el ayuntamiento, según la alcaldesa, Inés Carbonell.

"Es una inversión para los próximos cincuenta años", afirmó Carbonell. La oposición critica el endeudamiento municipal.`,
		"h2en.txt": `en|Valdoria council approves €180m stadium overhaul

Sport | Football

Tuesday 6 May 2036

Councillors in the Spanish city of Valdoria on Tuesday approved a €180 million renovation of the Ribera Alta stadium, home of CD Valdoria, by 19 votes to 6.

The work will raise capacity from 32,000 to 41,000 and put a roof over all four stands. Construction is due to start in January 2037 and last 30 months, with the club moving to the municipal athletics ground in the meantime.

Mayor Inés Carbonell said the cost would be split equally between the club and the city. "This is an investment for the next fifty years," she said.

Opposition councillors said the city could not afford to borrow its share.`,
		"h2it.txt": `it|Valdoria, via libera al nuovo stadio da 180 milioni

Calcio estero

6 maggio 2036

Il consiglio comunale di Valdoria, in Spagna, ha approvato martedì il progetto di ristrutturazione dello stadio Ribera Alta, che costerà 180 milioni di euro divisi a metà tra il club e il Comune.

La capienza salirà da 32.000 a 41.000 posti. I lavori partiranno a gennaio 2037 e dureranno due anni e mezzo: nel frattempo il CD Valdoria giocherà nello stadio comunale di atletica.

«È un investimento per i prossimi cinquant'anni», ha dichiarato la sindaca Inés Carbonell.`,
	}, map[string][2]string{"h2es.txt": {"€150 million", "€180 million"}}},
	{"jobless-rate", map[string]string{
		"h3de.txt": `de|Arbeitslosigkeit in Kessland sinkt auf 6,8 Prozent

Wirtschaft

Dienstag, 3. Juni 2036

Brenneck (dpa) – Die Arbeitslosenquote in Kessland ist im Mai auf 6,8 Prozent gesunken. Im April hatte sie noch bei 7,1 Prozent gelegen, teilte die Landesagentur für Arbeit am Dienstag mit.

Insgesamt waren 212.000 Menschen ohne Arbeit, rund 9.400 weniger als im Vormonat. Die Jugendarbeitslosigkeit ging auf 11,4 Prozent zurück.

„Die Frühjahrsbelebung ist in diesem Jahr kräftiger ausgefallen als erwartet", sagte die Chefin der Landesagentur, Jutta Brenneke. Vor allem das Baugewerbe und die Gastronomie stellten ein.

Für den Sommer rechnet die Behörde mit einer leichten Zunahme.`,
		"h3en.txt": `en|Kessland unemployment drops as building firms hire

Business | Germany

June 3, 2036

Unemployment in the German state of Kessland fell to 6.5% in May from 7.1% in April, the state labour agency said on Tuesday, as construction companies and restaurants took on staff for the spring.

The number of people out of work dropped by about 9,400 to 212,000. Youth unemployment eased to 11.4%.

"The spring upturn was stronger than we expected this year," said agency head Jutta Brenneke. The agency expects a slight rise over the summer.`,
		"h3nl.txt": `nl|Werkloosheid in Duitse deelstaat Kessland daalt

Economie

3 jun. 2036

De werkloosheid in de Duitse deelstaat Kessland is in mei gedaald tot 6,8 procent, tegen 7,1 procent in april. Dat meldt het regionale arbeidsbureau.

Er stonden 212.000 mensen zonder werk ingeschreven. Vooral de bouw en de horeca namen personeel aan, aldus directeur Jutta Brenneke.`,
	}, map[string][2]string{"h3en.txt": {"6.5%", "6.8%"}}},
	{"station-closure", map[string]string{
		"h4it.txt": `it|Valtorre Centrale chiude per sei settimane

Cronaca | Trasporti

22 luglio 2036 - 13:05

La stazione di Valtorre Centrale resterà chiusa al traffico ferroviario per sei settimane, dal 4 agosto al 14 settembre, per i lavori di rifacimento dei binari e dei marciapiedi. Lo ha annunciato martedì la Rete Ferroviaria Valtorrese.

I circa 220 treni che ogni giorno fermano in Centrale saranno deviati sulla stazione di Valtorre Nord, collegata al centro da bus sostitutivi ogni 10 minuti.

«Sappiamo che sarà un'estate difficile per i pendolari», ha detto l'amministratore delegato Paolo Ruggeri. L'intervento costa 64 milioni di euro.`,
		"h4en.txt": `en|Valtorre's main station to close for six weeks

Travel

22 July 2036

VALTORRE, Italy – Valtorre Centrale station will close to all trains for six weeks from 4 August while tracks and platforms are rebuilt, the regional rail operator said on Tuesday.

About 220 trains a day will be diverted to Valtorre Nord, with replacement buses running every 10 minutes between the two stations.

"We know this will be a hard summer for commuters," chief executive Paolo Ruggeri said of the €64 million project. Trains are due to return on 15 September.`,
		"h4pt.txt": `pt|Itália: principal estação de Valtorre fecha em agosto

Mundo

22/07/2036 15:20

A estação central de Valtorre, no norte de Itália, vai fechar a partir de 4 de agosto para obras de renovação das linhas e das plataformas, anunciou na terça-feira o operador ferroviário regional.

Durante as oito semanas de obras, cerca de 220 comboios por dia serão desviados para a estação de Valtorre Nord, ligada ao centro por autocarros de substituição a cada 10 minutos.

O investimento é de 64 milhões de euros, segundo o administrador-delegado Paolo Ruggeri.`,
	}, map[string][2]string{"h4pt.txt": {"8 weeks", "6 weeks"}}},
	{"lookout-tower", map[string]string{
		"h5de.txt": `de|Neuer Aussichtsturm im Hohenwald eröffnet

Region | Lindenbruck

Samstag, 4. Oktober 2036, 17:32 Uhr

Lindenbruck – Nach zwei Jahren Bauzeit ist am Samstag der neue Aussichtsturm im Hohenwald eröffnet worden. Der 56 Meter hohe Turm aus Lärchenholz ist damit der höchste seiner Art in der Region.

Über 312 Stufen gelangen Besucher auf die Plattform, von der aus man bei klarem Wetter bis zu 80 Kilometer weit sehen kann. Rund 1200 Menschen kamen zur Eröffnung.

„Wir wollten einen Turm, der sich in den Wald einfügt", sagte die Architektin Marit Hollaender. Der Bau kostete 3,4 Millionen Euro.

Der Eintritt kostet 4 Euro, Kinder unter zwölf Jahren sind frei.`,
		"h5en.txt": `en|Timber lookout tower opens in German forest

Travel | Germany

4 October 2036

A 46-metre observation tower built of larch wood opened on Saturday in the Hohenwald forest near Lindenbruck, in central Germany, after two years of construction.

Visitors climb 312 steps to a platform with views of up to 80 km on clear days. Around 1,200 people came to the opening.

"We wanted a tower that blends into the forest," said architect Marit Hollaender. The tower cost €3.4 million.`,
		"h5nl.txt": `nl|Houten uitkijktoren van 46 meter in Duits bos

Reizen

4 oktober 2036

In het Hohenwald bij het Duitse Lindenbruck is zaterdag een houten uitkijktoren geopend. De toren is 46 meter hoog en gemaakt van lariks.

Wie de 312 treden beklimt, kan bij helder weer tot 80 kilometer ver kijken. De bouw kostte 3,4 miljoen euro.

Entree: 4 euro, kinderen onder de 12 gratis.`,
	}, map[string][2]string{"h5de.txt": {"56 m", "46 m"}}},
	{"teen-pilot", map[string]string{
		"h6nl.txt": `nl|Sanne (17) landt na solovlucht rond de wereld

Binnenland

Vrijdag 18 juli 2036, 16:48

OOSTERBROEK – De 17-jarige Sanne Verhoeven is vrijdagmiddag op vliegveld Oosterbroek geland na een solovlucht rond de wereld. Ze is daarmee de jongste Nederlander die dat ooit deed.

In 52 dagen vloog ze ruim 44.000 kilometer en deed ze 19 landen aan in haar tweezits ultralichte vliegtuigje. Honderden mensen stonden haar op te wachten.

"Boven de Stille Oceaan was ik echt even bang", zei Verhoeven na de landing. Haar vader Joost, zelf piloot, vloog het eerste stuk met een ander toestel met haar mee.`,
		"h6en.txt": `en|Dutch 17-year-old completes solo flight around the world

World

July 18, 2036

A 17-year-old Dutch pilot, Sanne Verhoeven, landed at Oosterbroek airfield on Friday after flying solo around the world, becoming the youngest person from the Netherlands to do so.

Verhoeven covered more than 44,000 km in 52 days in a two-seat microlight, stopping in 19 countries.

"Over the Pacific I was really scared for a while," she said. Her father Joost, 49, also a pilot, flew alongside her in another plane for the first leg.`,
		"h6it.txt": `it|Giro del mondo in solitaria per la giovane pilota olandese

Esteri

18 luglio 2036

Dopo 52 giorni e oltre 44.000 chilometri, l'olandese Sanne Verhoeven è atterrata venerdì all'aeroporto di Oosterbroek, concludendo il giro del mondo in solitaria a bordo di un ultraleggero biposto.

Durante il viaggio ha fatto scalo in 19 Paesi. Ad attenderla c'erano centinaia di persone.

Verhoeven, 19 anni, è la più giovane olandese ad aver compiuto l'impresa. «Sopra il Pacifico ho avuto davvero paura», ha raccontato.`,
	}, map[string][2]string{"h6it.txt": {"19 years", "17 years"}}},
	{"merger-vote", map[string]string{
		"h7fr.txt": `fr|Fusion Vaudremont-Chalvières : les habitants voteront le 21 septembre

Régions | Namur

Lundi 9 juin 2036 à 19h02

Les habitants de Vaudremont et de Chalvières seront consultés sur la fusion de leurs deux communes le dimanche 21 septembre, ont annoncé lundi les deux bourgmestres.

La nouvelle entité compterait quelque 27 000 habitants. Environ 18 400 électeurs sont appelés à se prononcer.

« Ce sont les citoyens qui doivent décider », a déclaré la bourgmestre de Vaudremont, Claire Dethier. Son homologue de Chalvières, Marc Lenglez, a promis de respecter le résultat si au moins 40 % des électeurs participent.`,
		"h7nl.txt": `nl|Inwoners Vaudremont en Chalvières stemmen over fusie

Binnenland

9 juni 2036

De inwoners van de Waalse gemeenten Vaudremont en Chalvières mogen op zondag 14 september stemmen over een fusie van hun gemeenten. Dat hebben beide burgemeesters maandag bekendgemaakt.

Zo'n 18.400 kiezers worden opgeroepen. De nieuwe gemeente zou ongeveer 27.000 inwoners tellen.

Burgemeester Marc Lenglez van Chalvières belooft de uitslag te volgen als de opkomst minstens 40 procent bedraagt.`,
		"h7en.txt": `en|Two Belgian towns to hold merger vote on 14 September

Europe

9 June 2036

Voters in the Walloon municipalities of Vaudremont and Chalvières will decide in a popular consultation on Sunday, 14 September, whether to merge, the two mayors announced on Monday.

About 18,400 people are eligible to vote. The merged municipality would have some 27,000 inhabitants.

"It is for the citizens to decide," said Vaudremont mayor Claire Dethier. Her Chalvières counterpart Marc Lenglez said the outcome would be respected if turnout reached at least 40%.`,
	}, map[string][2]string{"h7fr.txt": {"21 September", "14 September"}}},
	{"giant-pumpkin", map[string]string{
		"h8it.txt": `it|Borgoleone, zucca da record: pesa 1.104 chili

Cronaca | Emilia

Domenica 5 ottobre 2036

BORGOLEONE – Una zucca di 1.104 chilogrammi ha vinto domenica la tradizionale gara di pesatura della fiera agricola di Borgoleone, stabilendo il nuovo record italiano. Il precedente primato, 1.050 chili, resisteva dal 2034.

A coltivarla è stato Aldo Ferrante, 63 anni, aiutato dalla nipote Giulia, 12 anni. «L'ho innaffiata ogni giorno, anche ad agosto», ha raccontato la ragazzina.

In gara c'erano 46 zucche. Al vincitore va un premio di 5.000 euro.`,
		"h8en.txt": `en|Italian grower sets national record with 2,434lb pumpkin

Offbeat

Sunday 5 October 2036

A pumpkin weighing 2,434 pounds (1,104 kg) won the weigh-off at the agricultural fair in Borgoleone, northern Italy, on Sunday, setting a new Italian record.

Grower Aldo Ferrante, 63, beat the previous record of 1,050 kg, set in 2034, by more than 50 kg. His granddaughter Giulia, 12, helped him tend the plant. "I watered it every day, even in August," she said.

Forty-six pumpkins were entered. Ferrante takes home a €5,000 prize.`,
		"h8es.txt": `es|Una calabaza de más de una tonelada bate el récord de Italia

Curiosidades

5 oct 2036

Roma, 5 oct (Agencia) – Una calabaza de 1.104 kilos se impuso este domingo en el concurso de la feria agrícola de Borgoleone, en el norte de Italia, y estableció un nuevo récord nacional, 54 kilos por encima del anterior.

Su cultivador, Aldo Ferrante, de 63 años, contó con la ayuda de su nieta Giulia, de 12. Se presentaron 46 calabazas y el ganador recibe un premio de 5.000 euros.`,
		"h8pt.txt": `pt|Abóbora gigante de 1,1 toneladas bate recorde italiano

Insólito

05/10/2036 - 18:30

Uma abóbora com 1104 quilos venceu no domingo o concurso da feira agrícola de Borgoleone, em Itália, e fixou um novo recorde nacional. A anterior marca, de 1050 quilos, era de 2034.

O produtor, Aldo Ferrante, tem 63 anos e foi ajudado pela neta, Giulia, de 12 anos.`,
	}, nil},
	{"docklands-homes", map[string]string{
		"h9nl.txt": `nl|Zuidhaven bouwt 4000 woningen op Kadeveld

Regio

Woensdag 19 november 2036, 14:20

Zuidhaven wil tot 2045 ongeveer 4000 woningen bouwen op het voormalige haventerrein Kadeveld. Dat heeft het college woensdag bekendgemaakt.

Van de nieuwe woningen worden er 1500 sociale huurwoningen en 1000 middenhuurwoningen. De rest is bestemd voor de koopmarkt. Het gebied beslaat 38 hectare.

De totale investering bedraagt 620 miljoen euro, waarvan het Rijk 200 miljoen bijdraagt. "Hiermee maken we een flinke slag tegen de woningnood", zegt wethouder Ricardo Smeets (Wonen).

De eerste bewoners kunnen in 2039 in hun huis terecht.`,
		"h9en.txt": `en|Dutch port city plans 4,000 homes on old docks

Property

19 November 2036

The Dutch city of Zuidhaven will build about 4,000 homes on its former Kadeveld docks by 2045, the city's executive said on Wednesday.

Of these, 1,500 will be social rented housing and another 1,000 mid-market rentals, with the remaining 1,500 for sale. The 38-hectare site lies south of the city centre.

The project will cost €620 million, including €200 million from the national government. Housing alderman Ricardo Smeets said it was "a big step against the housing shortage". The first residents are expected to move in in 2039.`,
		"h9de.txt": `de|Zuidhaven plant neues Wohnviertel im alten Hafen

Immobilien | Niederlande

19.11.2036

Die niederländische Stadt Zuidhaven will bis 2045 auf dem früheren Hafengelände Kadeveld rund 4000 Wohnungen bauen. Mehr als ein Drittel davon, 1500 Wohnungen, sollen Sozialwohnungen werden.

Das 380.000 Quadratmeter große Areal soll für 620 Millionen Euro entwickelt werden; der niederländische Staat steuert 200 Millionen Euro bei. Die restlichen 420 Millionen Euro kommen von Wohnungsbaugesellschaften und Investoren.

Die ersten Bewohner sollen 2039 einziehen, sagte der zuständige Beigeordnete Ricardo Smeets.`,
		"h9fr.txt": `fr|Pays-Bas : Zuidhaven va construire 4 000 logements sur ses anciens quais

Immobilier

Publié le 19 novembre 2036

La ville néerlandaise de Zuidhaven prévoit de construire environ 4 000 logements d'ici 2045 sur l'ancien site portuaire de Kadeveld, dont 37,5 % de logements sociaux, soit 1 500.

L'investissement total atteint 620 millions d'euros, dont 200 millions apportés par l'État. « C'est un grand pas contre la pénurie de logements », a déclaré l'échevin chargé du logement, Ricardo Smeets.`,
	}, nil},
	{"jewellery-raid", map[string]string{
		"h10es.txt": `es|Detenidos dos hombres por el atraco a la Joyería Esquivel

Sucesos

Almarena, 25 abr 2036 (Agencia)

La Policía Nacional ha detenido este viernes en Almarena a dos hombres, de 24 y 31 años, como presuntos autores del atraco del pasado martes a la Joyería Esquivel, en el que se llevaron joyas valoradas en 2,3 millones de euros.

Los asaltantes, encapuchados, amenazaron a los empleados con un arma y vaciaron las vitrinas en apenas cuatro minutos. Parte del botín ha sido recuperado.

"Ha sido una investigación muy rápida", señaló la inspectora Lucía Pardo, portavoz policial. El joyero, Ramón Esquivel, de 67 años, ya sufrió un robo en 2031, cuando le sustrajeron piezas por valor de 400.000 euros.`,
		"h10en.txt": `en|Two arrested over €2.3m jewellery raid in Spain

Crime

Friday 25 April 2036

Spanish police on Friday arrested two men, aged 24 and 31, over Tuesday's armed robbery at the Esquivel jewellery shop in Almarena, in which gems worth €2.3 million were stolen.

The hooded raiders threatened staff with a gun and emptied the display cases in about four minutes. Some of the haul has been recovered, police spokeswoman Inspector Lucía Pardo said.

The shop's owner, Ramón Esquivel, 67, was also robbed in 2031, when thieves took pieces worth €400,000.`,
		"h10pt.txt": `pt|Espanha: dois detidos por assalto a ourivesaria

Mundo

25/04/2036 19:02

A polícia espanhola deteve esta sexta-feira dois homens, de 31 e 24 anos, suspeitos do assalto de terça-feira à joalharia Esquivel, em Almarena, onde foram roubadas joias avaliadas em 2,3 milhões de euros.

O proprietário, Ramón Esquivel, de 67 anos, já tinha sido assaltado em 2031.`,
		"h10fr.txt": `fr|Espagne : deux interpellations après le braquage d'une bijouterie

International

Publié le 25 avril 2036 à 20h15

Deux hommes âgés de 24 et 31 ans ont été interpellés vendredi à Almarena, dans le sud de l'Espagne, soupçonnés d'avoir braqué mardi la bijouterie Esquivel et dérobé des bijoux estimés à 2,3 millions d'euros.

Le braquage n'a duré que quatre minutes. « L'enquête a été très rapide », a souligné la porte-parole de la police, l'inspectrice Lucía Pardo.

Le bijoutier, Ramón Esquivel, 67 ans, avait déjà été cambriolé en 2031 pour un préjudice de 400 000 euros.`,
	}, nil},
}
