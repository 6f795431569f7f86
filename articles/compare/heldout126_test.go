package compare

// heldOutGhibli is a blind held-out set of ten events written without
// reading the comparison code: a firefighting helicopter crashing into a
// Portuguese reservoir, Lisbon's cap on tuk-tuk licences, the season of an
// open-air opera arena in Italy, Apulia's ban on sea urchin fishing, vaccine
// doses spoilt by a broken fridge in a German district, a frost on Brazilian
// coffee farms, a German district's tablets for its schools, the enlargement
// of an Italian national park, a northern Italian lake's low water and a
// Portuguese cement works' carbon capture plant, in Portuguese, Italian,
// German and English, three or four reports each.
//
// Six contradictions are planted, one an event, none in a first paragraph:
// the helicopter pilot's age in the German report (47 against 44, the only
// German one beside three that agree, which also give a rescuer of 67), the
// opera audience's growth in the English report (8.6% against 6.8%), how
// long the fridge went unnoticed in the English report (48 against 36 hours;
// one German report says a day and a half), how many co-op members reported
// frost damage in the Portuguese report (1.700 against 1,400, beside two
// English ones), the stretch of the stream added to the park in the English
// report (27 against 17 km) and the cement works' investment in the German
// report (480 against 380 million euros). The tuk-tuk, sea urchin, tablet
// and lake events hold none.
//
// Traps: local time against German summer time, 1.850 hectares against
// "about 1,900", "more than 400" against 420 firefighters, 612 licences
// against "just over 600" and a cut of 43%, the 2016 and 2019 figures of
// other years, 435.000 spectators of a record year and the director's and
// successor's ages, a ban "for three years" against "until 31 October
// 2032", density 1,2 against 4 per square metre, 14 degrees against the
// permitted 2 to 8, parts of appointments and tablets with their totals, a
// unit price of "rund 430 Euro" against €428, the district's own share of
// 620.000 Euro, 8.400 hectares against 84 square kilometres, 48 cm against
// "about 19 inches", 62 cm of 2022, "three of its 11" against "the other
// eight", 142 million of EU grant and 8% of world emissions, the rescuer's
// 80 metres, "28 mil" against 28,000, and "3,1 mil" members.
//
// Frozen before its first run, which flagged 5 of the 6 contradictions and
// no false disagreement. It missed the Portuguese report's 1.700 co-op
// members against the English reports' 1,400 ("coffee-frost-minas: missed
// g6pt.txt's 1,700 against 1,400"): the three counts were not set side by
// side but left in rows of their own, "cooperados · 1,700", "farmers ·
// 1,400" and "growers · 1,400". The age, the percentage, the hours (with
// the German "anderthalb Tage" read as 1.5 days and kept with the 36
// hours), the 27 km and the 480 million were each flagged in a row of
// their own. No value in wrong was respelled.
var heldOutGhibli = []heldOutEvent{
	{"firefighting-helicopter-reservoir", map[string]string{
		"g1pt.txt": `pt|Helicóptero de combate a incêndios cai em albufeira de Alvorinha; piloto ferido

Coimbra, 22 jul 2029 (Lusa) - Um helicóptero ligeiro que combatia o incêndio na serra de Alvorinha despenhou-se hoje à tarde na albufeira da Ribeira Funda quando se preparava para recolher água, disse à Lusa fonte da Autoridade Nacional de Emergência e Proteção Civil (ANEPC).

O piloto, de 44 anos, foi retirado da água por um pescador de 67 anos que se encontrava num barco a cerca de 80 metros do local. Sofreu ferimentos graves e foi transportado de helicóptero para os Hospitais da Universidade de Coimbra.

O aparelho, operado pela empresa Heliserra ao serviço da ANEPC, caiu por volta das 15h40. As causas do acidente vão ser investigadas pelo Gabinete de Prevenção e Investigação de Acidentes com Aeronaves (GPIAAF).

O incêndio, que deflagrou na sexta-feira, já consumiu cerca de 1.850 hectares de mato e pinhal, segundo o sistema europeu Copernicus. Às 18h00 estavam no terreno 420 operacionais, apoiados por nove meios aéreos.

Em 2017, um incêndio na mesma serra destruiu mais de 12 mil hectares.

JLC // SF`,
		"g1ptb.txt": `pt|Alvorinha: pescador salva piloto de helicóptero que caiu na albufeira

Regional | Atualizado 22.07.2029 19:12

"Vi o helicóptero a inclinar-se e a bater na água. Remei o mais depressa que pude", contou ao nosso jornal Manuel Fontinha, 67 anos, pescador de Casal do Souto, que resgatou o piloto da aeronave de combate a incêndios que caiu este domingo na albufeira da Ribeira Funda.

O piloto, um homem de 44 anos natural de Viseu, estava consciente mas com ferimentos graves quando chegou à margem. Foi estabilizado por uma equipa do INEM e levado para Coimbra.

O helicóptero, da operadora Heliserra, estava a encher o balde de água para combater o fogo que lavra desde sexta-feira na serra. As chamas já percorreram perto de 1850 hectares.

O presidente da Câmara de Alvorinha, Armando Leitão, pediu "mais meios aéreos" e lembrou o incêndio de 2017, que devastou mais de 12.000 hectares do concelho.

Comentários (14)`,
		"g1en.txt": `en|Firefighting helicopter crashes into reservoir, pilot rescued by angler

By Staff Reporter | 22 July 2029

A light firefighting helicopter crashed into the Ribeira Funda reservoir in central Portugal on Sunday afternoon while scooping water to fight a wildfire in the Alvorinha hills, the civil protection authority ANEPC said.

The 44-year-old pilot was pulled from the water by a 67-year-old angler who rowed some 80 metres to reach him. He was seriously injured and flown to Coimbra University Hospital.

The aircraft, operated by the company Heliserra under contract to ANEPC, went down at around 3.40pm. Portugal's air accident investigation office GPIAAF has opened an inquiry.

The blaze, which broke out on Friday, has burned about 1,900 hectares of scrub and pine forest, according to the EU's Copernicus service. More than 400 firefighters and nine aircraft were deployed on Sunday evening.

In 2017 a fire in the same hills burned more than 12,000 hectares.`,
		"g1de.txt": `de|Löschhubschrauber stürzt in Portugal in Stausee

Lissabon (dpa) - Bei der Bekämpfung eines Waldbrandes in Zentralportugal ist am Sonntag ein Löschhubschrauber in einen Stausee gestürzt. Die Maschine wollte nach Angaben des Zivilschutzes über dem Ribeira-Funda-Stausee Wasser aufnehmen, als sie gegen 15.40 Uhr Ortszeit (16.40 Uhr MESZ) auf die Wasseroberfläche prallte.

Ein Angler eilte mit seinem Boot zur Unglücksstelle und zog den Piloten aus dem Wasser.

Der 47 Jahre alte Pilot wurde schwer verletzt mit einem Rettungshubschrauber in die Universitätsklinik von Coimbra gebracht. Die Flugunfall-Untersuchungsstelle GPIAAF ermittelt.

Das Feuer in den Hügeln von Alvorinha war am Freitag ausgebrochen und hat nach Angaben des EU-Erdbeobachtungsdienstes Copernicus bereits rund 1850 Hektar Busch- und Kiefernwald vernichtet. Mehr als 400 Einsatzkräfte sowie neun Löschflugzeuge und -hubschrauber waren am Abend im Einsatz.

dpa jm yyzz n1`,
	}, map[string][2]string{"g1de.txt": {"47 years", "44 years"}}},
	{"tuk-tuk-licence-cap", map[string]string{
		"g2pt.txt": `pt|Lisboa aprova limite de 350 licenças para tuk-tuks

Lisboa, 16 mai 2029 (Lusa) - A Câmara Municipal de Lisboa aprovou hoje um regulamento que limita a 350 o número de licenças para veículos de animação turística, conhecidos como tuk-tuks, a atingir até 2031. Atualmente circulam na cidade 612 destes veículos.

A proposta, apresentada pela vereadora da Mobilidade, Inês Valadares, foi aprovada com 11 votos a favor e seis contra, em reunião pública do executivo municipal.

Das 350 licenças, 120 ficam reservadas para a zona histórica - Alfama, Mouraria, Castelo e Baixa -, onde a circulação passa a estar limitada entre as 09h00 e as 21h00. A partir de 1 de janeiro de 2030 só serão emitidas licenças para veículos elétricos.

Os operadores que circulem sem licença arriscam coimas entre 1.500 e 3.750 euros.

Em 2016 estavam registados na cidade cerca de 180 tuk-tuks, segundo dados da autarquia.`,
		"g2ptb.txt": `pt|Tuk-tuks: Câmara corta frota quase para metade

Por Sofia Calado | 16.05.2029

Ao fim de três anos de discussão, a Câmara de Lisboa aprovou esta quarta-feira o novo regulamento dos tuk-tuks. O número de licenças vai descer das atuais 612 para um máximo de 350 até 2031, um corte de cerca de 43%.

"A cidade não pode continuar a ser um parque de diversões", disse a vereadora Inês Valadares. A oposição votou contra; o regulamento passou por 11 votos contra 6.

Os operadores, que empregam perto de 900 motoristas, falam em "desastre". "Vamos perder centenas de postos de trabalho", afirmou Nuno Sarmento, presidente da Associação de Operadores de Animação Turística, que admite recorrer aos tribunais.

Na zona histórica, onde ficarão 120 licenças, os tuk-tuks só poderão circular das 9h às 21h. As coimas vão de 1500 a 3750 euros.

Leia também: Alojamento local: novas regras em vigor`,
		"g2en.txt": `en|Lisbon caps tuk-tuk licences at 350

LISBON, May 16 - Lisbon city council voted on Wednesday to cut the number of tuk-tuk licences from just over 600 to 350 by 2031, the latest attempt by Portugal's capital to rein in mass tourism.

The measure, proposed by mobility councillor Inês Valadares, passed by 11 votes to six. From January 2030 only electric vehicles will be licensed, and in the historic districts of Alfama, Mouraria and the Baixa, where 120 of the licences will be valid, tuk-tuks will be allowed only between 9am and 9pm.

Operators, who employ nearly 900 drivers, said they would challenge the rules in court. Fines for driving without a licence will range from €1,500 to €3,750.

The city had about 180 tuk-tuks in 2016.`,
	}, nil},
	{"opera-arena-season", map[string]string{
		"g3it.txt": `it|Arena di Valdoro, la stagione lirica chiude con 412.000 spettatori

(ANSA) - VALDORO, 10 SET - Si è chiusa ieri sera con un'Aida tutta esaurita la 96ª stagione lirica dell'Arena di Valdoro: 412.000 spettatori in 52 serate, il 6,8% in più rispetto all'anno scorso, secondo i dati diffusi oggi dalla Fondazione Arena.

Gli incassi al botteghino hanno raggiunto 31,4 milioni di euro, contro i 28,9 milioni del 2028. Il pubblico straniero ha rappresentato il 48% del totale, con tedeschi e austriaci in testa.

"È il secondo miglior risultato della nostra storia, dopo il record del 2019", ha detto la sovrintendente Carla Benedetti. Nel 2019 gli spettatori erano stati 435.000.

La prossima stagione si aprirà venerdì 14 giugno 2030 con una nuova produzione di Turandot. (ANSA).`,
		"g3itb.txt": `it|Arena, boom di pubblico. E Rulli saluta dopo 22 anni

di Paolo Zambelli

VALDORO - Quattrocentododicimila presenze, 52 spettacoli, oltre 31 milioni di incasso. I numeri della stagione 2029 dell'Arena, chiusa domenica sera, sono tra i migliori di sempre: rispetto al 2028 il pubblico è cresciuto del 6,8 per cento.

Ma la serata di domenica è stata anche quella dell'addio di Massimo Rulli, 71 anni, direttore artistico dal 2007. Gli succede Elena Ferraguti, 46 anni, finora alla guida del Teatro Comunale di Borgoreale.

Quasi la metà degli spettatori, il 48%, arriva dall'estero. La sovrintendente Carla Benedetti punta ora a superare il record del 2019, quando le presenze furono 435 mila.

Si riparte il 14 giugno 2030 con Turandot.

© Riproduzione riservata`,
		"g3en.txt": `en|Italy's Valdoro opera festival draws 412,000 as artistic chief bows out

VALDORO, Italy, Sept 10 - The open-air opera season at Valdoro's Roman arena ended on Sunday with some 412,000 spectators over 52 performances, organisers said on Monday.

Attendance rose 8.6% from last year and box-office takings climbed to €31.4 million from €28.9 million, said superintendent Carla Benedetti. Foreign visitors, mostly from Germany and Austria, made up nearly half the audience.

The season was the last for artistic director Massimo Rulli, 71, who is being succeeded by 46-year-old Elena Ferraguti.

The arena's record remains the 435,000 tickets sold in 2019. The 2030 season opens on June 14 with a new production of Turandot.`,
		"g3de.txt": `de|Opernfestspiele in Valdoro mit Besucherplus

Kultur | 10.09.2029

Valdoro (Agenturen) - Die Opernsaison in der römischen Arena im norditalienischen Valdoro hat rund 412.000 Besucher angezogen. Das seien 6,8 Prozent mehr als im Vorjahr, teilte die Intendantin Carla Benedetti am Montag mit. Die Einnahmen stiegen auf 31,4 Millionen Euro.

Knapp die Hälfte des Publikums kam aus dem Ausland, die meisten aus Deutschland und Österreich.

Mit der Saison verabschiedete sich der künstlerische Leiter Massimo Rulli (71). Seine Nachfolgerin wird die 46-jährige Elena Ferraguti.

Die nächste Saison beginnt am Freitag, 14. Juni 2030, mit einer Neuinszenierung von Puccinis „Turandot“.`,
	}, map[string][2]string{"g3en.txt": {"8.6%", "6.8%"}}},
	{"sea-urchin-ban", map[string]string{
		"g4it.txt": `it|Puglia, stop di tre anni alla pesca dei ricci di mare

(ANSA) - BARI, 16 OTT - Il Consiglio regionale della Puglia ha approvato oggi all'unanimità la legge che vieta per tre anni la pesca, la raccolta e la vendita di ricci di mare lungo tutta la costa regionale, a partire dal 1° novembre.

Secondo uno studio commissionato dalla Regione, la densità dei ricci sui fondali è calata del 70% in dieci anni: oggi si contano in media 1,2 esemplari per metro quadrato, contro i 4 del 2019.

Per i circa 140 pescatori subacquei autorizzati è previsto un indennizzo di 1.200 euro al mese. Le sanzioni per chi viola il divieto vanno da 1.000 a 6.000 euro.

"Senza questa pausa, tra pochi anni non ci sarebbe più nulla da pescare", ha detto l'assessore all'Agricoltura Donato Pellecchia. (ANSA).`,
		"g4itb.txt": `it|Ricci di mare, scatta il divieto: niente pesca fino al 2032

BRINDISI - Stop ai ricci in pescheria e sulle tavole dei ristoranti della costa. Con il via libera del Consiglio regionale, arrivato martedì, dal 1° novembre 2029 al 31 ottobre 2032 la pesca del riccio sarà vietata in tutta la Puglia.

Nei ristoranti del lungomare la notizia è stata accolta con preoccupazione. "Da noi i ricci erano il piatto più richiesto d'estate", dice Teresa Caliandro, 58 anni, titolare di una trattoria a Torre Scogliera.

I 140 sub professionisti riceveranno 1.200 euro al mese di ristoro. Chi viene sorpreso a pescare rischia multe fino a 6.000 euro e il sequestro dell'attrezzatura.

In dieci anni, secondo la Regione, la popolazione di ricci è diminuita del 70 per cento.`,
		"g4en.txt": `en|Italy's Apulia bans sea urchin fishing for three years

ROME, Oct 16 - Italy's southern region of Apulia on Tuesday banned the harvesting of sea urchins along its coastline for three years, after their numbers collapsed.

The regional council voted unanimously for the ban, which takes effect on November 1. A study commissioned by the region found that the density of urchins on the seabed had fallen by 70% in a decade, to 1.2 per square metre from 4 in 2019.

The spiny delicacy, eaten raw with bread or on spaghetti, is a summer staple of Apulian seaside restaurants. About 140 licensed divers will receive compensation of €1,200 a month, and offenders face fines of €1,000 to €6,000.`,
	}, nil},
	{"vaccine-fridge-failure", map[string]string{
		"g5de.txt": `de|Kühlschrank-Panne: 4300 Impfdosen müssen vernichtet werden

Hohenwarth. Wegen eines defekten Kühlschranks im Impfzentrum der Kreisklinik Hohenwarth müssen rund 4300 Impfdosen vernichtet werden. Das teilte das Gesundheitsamt des Landkreises Oberwerra am Montag mit.

Nach Angaben der Leiterin des Gesundheitsamts, Dr. Ulrike Marschner, war das Gerät in der Nacht zum Samstag ausgefallen. Die Temperatur im Inneren stieg auf bis zu 14 Grad; zulässig sind zwei bis acht Grad. Rund 36 Stunden lang blieb der Fehler unbemerkt, weil die Alarm-SMS an eine nicht mehr genutzte Handynummer ging.

Betroffen sind Grippe- und Gürtelrose-Impfstoffe im Wert von etwa 180.000 Euro. 620 bereits vereinbarte Impftermine - 410 gegen Grippe und 210 gegen Gürtelrose - müssen um bis zu zwei Wochen verschoben werden.

„Das ist ärgerlich, aber es gab zu keinem Zeitpunkt eine Gefahr für Patienten“, sagte Marschner. Neue Lieferungen seien bestellt.`,
		"g5deb.txt": `de|Oberwerra: Impfstoff für 180.000 Euro verdorben

Stand: 12.11.2029 14:05 Uhr

Im Landkreis Oberwerra ist ein Kühlschrank mit Impfstoffen ausgefallen. Wie das Landratsamt mitteilte, müssen etwa 4.300 Dosen gegen Grippe und Gürtelrose entsorgt werden.

Das Gerät im Impfzentrum der Kreisklinik Hohenwarth sei am Wochenende anderthalb Tage lang zu warm gewesen. Ein Alarm sei zwar ausgelöst worden, habe aber niemanden erreicht. Der Schaden wird auf rund 180.000 Euro geschätzt.

Betroffene Patienten werden vom Gesundheitsamt angerufen. Insgesamt 620 Termine fallen aus und werden nachgeholt.

Mehr zum Thema: Grippewelle - wie voll sind die Praxen?`,
		"g5en.txt": `en|German district bins 4,300 vaccine doses after fridge failure

BERLIN, Nov 12 - A German district health authority said on Monday it would have to destroy about 4,300 doses of flu and shingles vaccines after a fridge at a hospital vaccination centre broke down over the weekend.

The fridge at the district hospital in Hohenwarth, in the eastern state of Thuringia, failed during the night to Saturday, and the temperature inside rose as high as 14 degrees Celsius, well above the permitted 2 to 8 degrees, said Ulrike Marschner, head of the Oberwerra district health office.

The fault went unnoticed for about 48 hours because the alarm system sent text messages to a mobile number no longer in use, she said. The vaccines were worth around €180,000.

Some 620 vaccination appointments will be postponed by up to two weeks.`,
	}, map[string][2]string{"g5en.txt": {"48 hours", "36 hours"}}},
	{"coffee-frost-minas", map[string]string{
		"g6en.txt": `en|Frost hits coffee farms in Brazil's Minas Gerais, arabica jumps

SAO PAULO, July 10 - A severe frost hit coffee-growing areas in the south of Brazil's Minas Gerais state early on Tuesday, damaging trees on an estimated 28,000 hectares and sending arabica futures sharply higher.

Temperatures fell to minus 3.2 degrees Celsius in Campo Alegre do Sapucaí, where the Coopervale cooperative said about 1,400 of its 3,100 member farmers had reported damage. Young trees and those in low-lying areas were hardest hit, chief executive Sérgio Paranhos said.

Arabica futures in New York rose 6.1% to $2.84 a pound, their biggest one-day gain since the frost of July 2021.

Analysts said it was too early to estimate the impact on the 2030 crop. Minas Gerais grows about half of Brazil's coffee.

(Reporting by Ana Prado; Editing by Mark Heller)`,
		"g6enb.txt": `en|Coopervale: frost damage on 28,000 hectares

Coffee Trade Daily | 11 July 2029

Tuesday's frost in southern Minas Gerais damaged coffee trees on roughly 28,000 hectares in the area covered by the Coopervale cooperative, about a third of the 84,000 hectares its members farm, the co-op said in a first assessment.

Some 1,400 growers have filed damage reports so far, CEO Sérgio Paranhos told Coffee Trade Daily, adding that field inspections would take "at least three weeks".

The thermometer dropped to -3.2°C at the co-op's weather station in Campo Alegre do Sapucaí, the lowest reading there since 2021.

Arabica rose more than 6% on ICE on Tuesday.`,
		"g6pt.txt": `pt|Geada atinge cafezais do Sul de Minas; Coopervale estima 28 mil hectares afetados

Sul de Minas | 10/07/2029 - 18h45

A forte geada registrada na madrugada desta terça-feira (10) atingiu lavouras de café em toda a região de Campo Alegre do Sapucaí, onde os termômetros marcaram -3,2 °C, a menor temperatura desde 2021.

Segundo levantamento preliminar da Cooperativa dos Cafeicultores do Vale do Sapucaí (Coopervale), cerca de 28 mil hectares foram afetados. Aproximadamente 1.700 dos 3,1 mil cooperados comunicaram danos à cooperativa.

"As lavouras novas e as de baixada foram as que mais sofreram", disse o presidente da Coopervale, Sérgio Paranhos. Técnicos da cooperativa vão visitar as propriedades nas próximas três semanas.

Na bolsa de Nova York, o café arábica subiu mais de 6%.

Veja também: Frio intenso: Defesa Civil abre abrigos em Vila Serrana`,
	}, map[string][2]string{"g6pt.txt": {"1,700", "1,400"}}},
	{"school-tablets-order", map[string]string{
		"g7de.txt": `de|Kreis bestellt 14.500 Tablets für seine Schulen

Main-Selzach-Kreis. Der Kreistag hat am Dienstag den Auftrag für 14.500 Tablets für die Schulen des Kreises vergeben. Den Zuschlag erhielt die Nordkamp IT GmbH aus Kassel, die Kosten belaufen sich auf 6,2 Millionen Euro.

9000 Geräte gehen an die weiterführenden Schulen, 5500 an die Grundschulen. Insgesamt werden 64 Schulen ausgestattet. Die Auslieferung soll bis Ende Februar abgeschlossen sein.

„Damit hat künftig jede Schülerin und jeder Schüler ab Klasse 5 ein eigenes Gerät“, sagte Landrat Jochen Wielandt (CDU). 90 Prozent der Kosten übernimmt der Digitalpakt von Bund und Land.

Eine erste Ausschreibung war 2027 nach der Beschwerde eines unterlegenen Bieters gestoppt worden. Die Kreistagsfraktion der Grünen stimmte gegen die Vergabe; sie kritisierte, dass für die Wartung der Geräte nur zwei zusätzliche IT-Stellen vorgesehen seien.`,
		"g7deb.txt": `de|Tablets für alle: Auftrag über 6,2 Mio. Euro vergeben

Von Katrin Hollerbach

Bad Selzach – Im zweiten Anlauf hat es geklappt: Der Kreistag des Main-Selzach-Kreises hat den Kauf von 14 500 Tablets beschlossen. Stückpreis: rund 430 Euro, inklusive Hülle und Tastatur. Der Auftrag geht an ein Kasseler Unternehmen.

Die Geräte sind für 64 Schulen bestimmt. Den Großteil, 9.000 Stück, erhalten die weiterführenden Schulen. Bezahlt wird zu 90 Prozent aus Mitteln des Digitalpakts; der Kreis trägt rund 620.000 Euro selbst.

Landrat Jochen Wielandt sprach von einem „wichtigen Tag für die Bildung im Kreis“. Die Grünen stimmten dagegen.

Kommentar: Gut, aber spät - Seite 14`,
		"g7en.txt": `en|German district orders 14,500 tablets for pupils

Schools across the Main-Selzach district in the German state of Hesse will receive 14,500 tablets by the end of February after the district council on Tuesday awarded a €6.2 million contract to Kassel-based Nordkamp IT.

Secondary schools will receive 9,000 devices and primary schools 5,500, district administrator Jochen Wielandt said. The price works out at about €428 per device, including a case and keyboard.

Germany's federal-state "Digital Pact" programme covers 90% of the cost. A first tender, launched in 2027, had to be cancelled after a complaint by a losing bidder.`,
	}, nil},
	{"national-park-expansion", map[string]string{
		"g8it.txt": `it|Il Parco delle Valli Orsine si allarga: 8.400 ettari in più

TRENTO - Il ministero dell'Ambiente ha approvato mercoledì l'ampliamento del Parco nazionale delle Valli Orsine, che passa da 61.000 a 69.400 ettari. È il più grande allargamento di un parco nazionale italiano degli ultimi vent'anni.

Le nuove aree, nei comuni di Malsone, Pradebello e Castelrovo, comprendono l'alta valle del Rio Fosco e un tratto di 17 chilometri del torrente, uno degli ultimi corsi d'acqua alpini senza sbarramenti.

Nelle zone annesse saranno vietati nuovi impianti di risalita, mentre la caccia sarà sospesa a partire dalla prossima stagione venatoria. Lo Stato stanzierà 2,5 milioni di euro all'anno per la gestione.

"Abbiamo lavorato dieci anni per questo risultato", ha detto il direttore del parco, Marco Zanella, 58 anni. Contrari i cacciatori e alcuni albergatori di Castelrovo, che temono per il progetto di un nuovo comprensorio sciistico.`,
		"g8de.txt": `de|Nationalpark Valli Orsine wird um 8400 Hektar größer

Trient – Das italienische Umweltministerium hat die Erweiterung des Nationalparks Valli Orsine im Trentino genehmigt. Die Fläche wächst von 61.000 auf 69.400 Hektar.

Zum Park gehören künftig auch das obere Tal des Rio Fosco und ein 17 Kilometer langer Abschnitt des Wildbachs, eines der letzten nicht aufgestauten Alpengewässer. Neue Liftanlagen sind dort verboten, die Jagd ruht ab der kommenden Saison.

Parkdirektor Marco Zanella (58) sprach von einem „historischen Tag“. Für den Betrieb stellt Rom jährlich 2,5 Millionen Euro bereit.

Kritik kommt von Jägern und Hoteliers aus Castelrovo.`,
		"g8en.txt": `en|Italy expands Alpine national park by 84 square kilometres

Italy's environment ministry on Wednesday approved an expansion of the Valli Orsine National Park in the Trentino region, the largest enlargement of an Italian national park in two decades.

The park will grow to 69,400 hectares from 61,000, adding 84 square kilometres in three municipalities. New ski lifts will be banned in the added areas and hunting will be suspended from next season.

"We have worked ten years for this," park director Marco Zanella, 58, said. Rome will provide €2.5 million a year to run the park.

The new zones include the upper valley of the Rio Fosco and a 27 km stretch of the stream, one of the last undammed watercourses in the Alps. Hunters and some hoteliers oppose the move, fearing it will block plans for a new ski area.`,
	}, map[string][2]string{"g8en.txt": {"27 km", "17 km"}}},
	{"lake-low-level", map[string]string{
		"g9it.txt": `it|Lago di Moriano, livello a -48 centimetri: sospese tre fermate dei battelli

COMO, 20 AGO - Il livello del lago di Moriano è sceso a 48 centimetri sotto la media del periodo e il riempimento è al 31%. Lo ha comunicato oggi il Consorzio dell'Alto Lambrone, che regola il deflusso del lago.

Non si registrava un valore così basso dal 2022, quando il lago era arrivato a -62 centimetri. Da gennaio è caduto il 40% di pioggia in meno rispetto alla media.

La società di navigazione Navimoriano ha sospeso l'attracco in tre dei suoi 11 pontili, dove i fondali sono troppo bassi. "Se non pioverà nelle prossime due settimane dovremo ridurre ancora il servizio", ha detto il presidente del Consorzio, Giorgio Bertazzi.`,
		"g9itb.txt": `it|Siccità, il lago è in secca: spiagge di sassi e pontili chiusi

di Laura Brambati

MORIANO - Dove un anno fa si faceva il bagno oggi si cammina sui sassi. Con il livello a 48 centimetri sotto la media stagionale, il lago di Moriano mostra fondali che non si vedevano da sette anni.

Le fermate dei battelli di Caverno Lido, Ponte Vecchio e Sorgenti sono chiuse da sabato. I battelli continuano a servire le altre otto.

"Da gennaio è piovuto il 40 per cento in meno", spiega Giorgio Bertazzi, presidente del Consorzio dell'Alto Lambrone. Il riempimento del lago è sceso al 31 per cento.

Nel 2022 il livello toccò i -62 centimetri, il minimo storico.`,
		"g9de.txt": `de|Niedrigwasser am Moriano-See: Schiffe fahren drei Anlegestellen nicht mehr an

Mailand (Agenturen) - Der Wasserstand des norditalienischen Moriano-Sees ist auf 48 Zentimeter unter den für die Jahreszeit üblichen Wert gefallen. Der See sei nur noch zu 31 Prozent gefüllt, teilte das zuständige Konsortium am Montag mit.

Seit Januar fiel 40 Prozent weniger Regen als im Durchschnitt. Einen niedrigeren Pegel hatte es zuletzt 2022 gegeben, als minus 62 Zentimeter gemessen wurden.

Drei der elf Anlegestellen können von den Ausflugsschiffen nicht mehr angefahren werden. Der See ist bei deutschen Urlaubern beliebt.`,
		"g9en.txt": `en|Italian lake hits lowest level in seven years

MILAN, Aug 20 - The water level of Lake Moriano in northern Italy has fallen to 48 cm (about 19 inches) below its seasonal average, the lowest since 2022, the consortium that manages it said on Monday.

The lake is 31% full after rainfall since January came in 40% below average, consortium president Giorgio Bertazzi said. Ferries have stopped calling at three of their 11 landing stages because the water is too shallow.

In 2022 the level fell to 62 cm below average.`,
	}, nil},
	{"cement-carbon-capture", map[string]string{
		"g10pt.txt": `pt|Cimentos Atlântico investe 380 milhões para capturar CO2 em Maceirinha

Lisboa, 07 mar 2029 (Lusa) - A Cimentos Atlântico vai investir 380 milhões de euros num sistema de captura de dióxido de carbono na fábrica de Maceirinha, no distrito de Leiria, anunciou hoje a empresa.

O projeto, que deverá entrar em funcionamento em 2032, permitirá capturar 700 mil toneladas de CO2 por ano, cerca de 70% das emissões da fábrica. O gás será transportado por um gasoduto de 95 quilómetros até à costa, de onde seguirá de navio para armazenamento geológico no mar do Norte.

O investimento conta com um apoio de 142 milhões de euros do Fundo de Inovação da União Europeia. Durante a construção serão criados 250 postos de trabalho, e 40 permanentes.

"É o maior investimento industrial da nossa história", afirmou o presidente executivo, Rui Albergaria. A fábrica produziu 1,9 milhões de toneladas de cimento em 2028.`,
		"g10en.txt": `en|Portuguese cement maker to spend €380m on carbon capture

LISBON, March 7 - Cimentos Atlântico will invest €380 million in a carbon capture plant at its Maceirinha cement works in central Portugal, partly funded by a €142 million grant from the EU Innovation Fund, the company said on Wednesday.

The unit, due to start operating in 2032, will capture 700,000 tonnes of CO2 a year, or around 70% of the site's emissions. The gas will be piped 95 km to the coast and shipped to the North Sea for storage under the seabed.

Chief executive Rui Albergaria said construction would create 250 jobs, with 40 permanent posts once the plant is running. The works produced 1.9 million tonnes of cement last year.`,
		"g10de.txt": `de|Portugal: Zementhersteller setzt auf CO2-Abscheidung

Lissabon – Der portugiesische Zementhersteller Cimentos Atlântico will im Werk Maceirinha künftig einen Großteil seiner CO2-Emissionen abscheiden. Ab 2032 sollen dort jährlich 700.000 Tonnen Kohlendioxid aufgefangen werden, rund 70 Prozent des Ausstoßes.

Das Unternehmen beziffert die Investition auf 480 Millionen Euro. Die EU steuert aus ihrem Innovationsfonds 142 Millionen Euro bei.

Das Gas soll über eine 95 Kilometer lange Leitung an die Küste gepumpt und per Schiff zu einer Lagerstätte unter der Nordsee gebracht werden. Vorstandschef Rui Albergaria sprach von der „größten Investition der Firmengeschichte“.

Die Zementindustrie verursacht weltweit rund acht Prozent der CO2-Emissionen.`,
	}, map[string][2]string{"g10de.txt": {"€480 million", "€380 million"}}},
}
