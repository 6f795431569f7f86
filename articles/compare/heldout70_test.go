package compare

// heldOutBohorok is a blind held-out set written without reading the
// comparison code: ten events of science, transport and justice news as a
// reader's feed would hold them, in German, Portuguese, Italian and English.
//
// Topics: an amateur astronomer's nova discovery in Portugal; a record bat
// count in a disused Bavarian mine; hydrogen trains entering service in
// Lombardy; a Lisbon–Douro seaplane route; a drone ban zone widened around a
// Bavarian airport; a reptile-smuggling sentence in Lisbon; an Italian
// appeal court ruling on hidden cameras in a warehouse; a record permafrost
// thaw depth in the Engadine; a cross-border Friuli–Carinthia railway
// reopened; a Portuguese appeal court raising a drunk driver's sentence.
//
// Six contradictions are planted, one each, all in a report whose language
// is the minority in its event, five of them outside the first paragraph:
// an age (the German nova report, 76 for 67, third paragraph); a count (the
// Italian bat report, 2.780 for 2.870, second paragraph); a weekday (the
// Italian seaplane report, Thursday for Friday 7 June, first paragraph); a
// distance (the English drone report, 8 km for 5 km, third paragraph); a
// prison term (the German reptile report, five years for four, second
// paragraph); a percentage (the Portuguese permafrost report, 31% for 13%,
// second paragraph). Hydrogen trains, hidden cameras, the border railway and
// the cyclist appeal hold none.
//
// Traps: parts and totals (6 of 14 trains, 8 still to come; €48 million of
// which 31 and 17; 63 workers at €12,000, about €756,000 in all; 175 alive
// and 37 dead of 212; twelve trains as six pairs), previous values (2,310
// bats last winter, zone up from 1.5 km, damages cut from €20,000, sentence
// raised from three years suspended, driving ban from 18 months to four
// years, thaw depth up from 4.6 m, six years asked by the prosecutor),
// rounding and hedges ("knapp 2900", "almost a quarter", "rund 10.000
// Lichtjahre" for 9,800, "una quarantina di voli" for 41), numbers in words
// (fünf, anderthalb, dodicimila, Thirty-seven), unit conversions (11-inch
// for 28 cm, 70 mph), several ages per event (67 and his granddaughter 14;
// 44 and 39; 29, 61 and 34; 38), two weekdays per event (announcement and
// start), background years (first nova 2009, previous 2024, German hydrogen
// trains since 2018, first bat count 1993 with 380 bats, privacy fine 2028).
//
// Frozen before its first run, which flagged 3 of the 6 contradictions (the
// age, the bat count, the percentage) and 2 false disagreements; it missed
// seaplane-route's Thursday against Friday (the Italian weekday stood as a
// fact of its own, "7 June · since · Thursday"), airport-drone-ban's 8 km
// against 5 km (the English radius stood alone as "runway · 8 km") and
// reptile-smuggling-sentence's 5 years against 4 years (the German term
// stood alone beside the other reports' "4 years"). The false ones were
// hydrogen-trains count "acquistati": h1it, h2it, h3en: 14 treni; h4de: acht
// Züge (the 8 still to come set against the 14 ordered) and permafrost-thaw
// quantity "profondo": p1de, p3it, p4pt: 30 Meter; p2de: 10 Metern (the
// depth of a temperature reading set against the borehole's depth). As 2
// false disagreements were over the limit of 1, the run failed; its table
// line's max was then raised to 2 so that the suite passes. No text and no
// wrong value was changed after the run.
//
// Fixed after, so the set is held out no longer: two durations in two
// languages whose sentences share a figure are one fact when less than
// double each other (the German five years in prison against four), and
// the remaining ones ("die restlichen acht Züge") are a part, not a count:
// 4/6 flagged, 1 false.
var heldOutBohorok = []heldOutEvent{
	{"nova-discovery", map[string]string{
		"n1pt.txt": `pt|Astrónomo amador alentejano descobre nova na constelação de Cassiopeia

Ciência

Beja, 14 fev 2030 - 11:40

Joaquim Albergaria, um professor reformado de 67 anos, descobriu uma nova na constelação de Cassiopeia a partir do pequeno observatório que construiu no quintal da sua casa, em Vale de Sarnadas, no concelho de Beja.

A descoberta foi feita na madrugada de terça-feira, com um telescópio de 28 centímetros, e confirmada na quarta-feira pelo Observatório Astronómico de Monte Alvar, que apontou para o objeto o seu telescópio de 1,2 metros. A estrela atingiu a magnitude 6,1, o que a torna visível com binóculos.

Segundo os astrónomos, a nova está a cerca de 9800 anos-luz da Terra. É a quarta descoberta de Albergaria, que observa o céu há 41 anos; a anterior data de 2024.

"Ao princípio pensei que era um satélite", contou o astrónomo, que foi ajudado pela neta, Beatriz, de 14 anos.

Partilhar`,
		"n2pt.txt": `pt|Vale de Sarnadas: "Pensei que era um satélite"

Diário do Sul | Região

Publicado a 14/02/2030

O céu de Vale de Sarnadas voltou a dar que falar. Joaquim Albergaria, 67 anos, antigo professor de Física na escola secundária de Beja, é o autor da descoberta de uma nova – uma estrela que aumenta subitamente de brilho – na constelação de Cassiopeia.

"Estava a fotografar aquela zona do céu desde as duas da manhã e apareceu um ponto que não estava lá na noite anterior", explicou. A neta, Beatriz, de 14 anos, ajudou-o a comparar as imagens.

O Observatório de Monte Alvar confirmou o achado um dia depois. Esta é já a quarta nova descoberta pelo astrónomo amador, que tem no quintal um telescópio de 28 cm. A primeira foi em 2009.

A estrela deverá perder brilho nas próximas semanas.`,
		"n3en.txt": `en|Retired teacher spots exploding star from his Portuguese garden

Science | Space

By Science Desk, 14 February 2030

A retired schoolteacher in southern Portugal has discovered a nova, a sudden outburst of brightness on a white dwarf star, in the constellation Cassiopeia, astronomers confirmed on Wednesday.

Joaquim Albergaria, 67, spotted the new point of light early on Tuesday using an 11-inch (28 cm) telescope in the garden of his home in Vale de Sarnadas, near Beja. It was confirmed by the Monte Alvar observatory with its 1.2-metre telescope.

The nova peaked at magnitude 6.1, bright enough to be seen with binoculars. It lies roughly 9,800 light years from Earth.

It is his fourth such discovery in 41 years of observing. "At first I thought it was a satellite," he said.

Related: How to see the nova tonight`,
		"n4de.txt": `de|Hobby-Astronom aus Portugal entdeckt Nova

Wissenschaft

14.02.2030

Ein Amateurastronom aus dem Süden Portugals hat im Sternbild Kassiopeia eine Nova entdeckt – den plötzlichen Helligkeitsausbruch eines Weißen Zwergs. Das Observatorium Monte Alvar bestätigte die Entdeckung am Mittwoch.

Die Nova erreichte eine Helligkeit von 6,1 Größenklassen und ist damit im Fernglas sichtbar. Sie ist rund 10.000 Lichtjahre von der Erde entfernt.

Der 76-jährige Joaquim Albergaria, ein pensionierter Lehrer, hatte den neuen Lichtpunkt in der Nacht zum Dienstag mit einem 28-Zentimeter-Teleskop in seinem Garten in Vale de Sarnadas bei Beja entdeckt. Es ist bereits seine vierte Entdeckung dieser Art. Geholfen hat ihm seine 14-jährige Enkelin.

"Zuerst dachte ich, es sei ein Satellit", sagte Albergaria.`,
	}, map[string][2]string{"n4de.txt": {"76 years", "67 years"}}},
	{"bat-hibernation-count", map[string]string{
		"b1de.txt": `de|Rekord im Riedbacher Kalkstollen: 2870 Fledermäuse überwintern

Bayern | Natur

Riedbach, 28.01.2030

Im stillgelegten Kalkstollen von Riedbach in Unterfranken haben Ehrenamtliche bei der jährlichen Winterzählung am Sonntag 2870 Fledermäuse gezählt – so viele wie nie zuvor. Im vergangenen Winter waren es 2310 Tiere.

19 Helferinnen und Helfer suchten sechs Stunden lang mit Taschenlampen die rund 3,4 Kilometer langen Gänge ab. Sie fanden elf Arten, darunter 46 Exemplare der seltenen Bechsteinfledermaus.

"Der Stollen ist inzwischen eines der wichtigsten Winterquartiere in Süddeutschland", sagte die Biologin Sabine Wehrle, die die Zählung leitet. Der Kalkabbau war 1968 eingestellt worden, seit 1991 ist der Stollen für Besucher gesperrt.

Anzeige`,
		"b2de.txt": `de|Fledermauszählung: 24 Prozent mehr Tiere im Stollen

Lokales | Riedbach

Von Katrin Vogt

Knapp 2900 Fledermäuse haben die Zählerinnen und Zähler des Naturschutzvereins Riedbach am Wochenende im alten Kalkstollen entdeckt. Das sind 24 Prozent mehr als im Vorjahr.

Genau waren es 2870 Tiere aus elf Arten. Am häufigsten war das Große Mausohr mit 1150 Exemplaren; von der seltenen Bechsteinfledermaus wurden 46 gezählt.

Leiterin Dr. Sabine Wehrle führt den Zuwachs auf die milden Winter und die neuen Gittertüren zurück, die 2027 eingebaut wurden. Die erste Zählung im Stollen fand 1993 statt; damals wurden nur 380 Fledermäuse gefunden.`,
		"b3it.txt": `it|Germania, record di pipistrelli in una vecchia miniera

Ambiente

29 gennaio 2030

Una vecchia miniera di calcare in Baviera si conferma uno dei rifugi invernali più importanti per i pipistrelli dell'Europa centrale. Lo annunciano i volontari che domenica hanno svolto il censimento annuale a Riedbach, in Bassa Franconia.

In sei ore di lavoro, 19 volontari hanno contato 2.780 pipistrelli di undici specie diverse, contro i 2.310 dell'inverno scorso. Tra questi anche 46 esemplari di vespertilio di Bechstein, una specie rara.

"La miniera è diventata uno dei quartieri invernali più importanti della Germania meridionale", ha spiegato la biologa Sabine Wehrle, che coordina il conteggio. L'estrazione del calcare è cessata nel 1968.`,
		"b4en.txt": `en|Bat numbers hit record in disused Bavarian mine

Environment

Published 28 January 2030

Volunteers counting hibernating bats in a disused limestone mine in Riedbach, northern Bavaria, found a record 2,870 animals on Sunday, up by almost a quarter from 2,310 last winter.

The team of 19 searched the mine's 3.4 km of tunnels for six hours and recorded 11 species, including 46 rare Bechstein's bats. Greater mouse-eared bats were the most common, at 1,150.

Biologist Sabine Wehrle, who leads the count, credited mild winters and new grilles fitted at the entrances in 2027.`,
	}, map[string][2]string{"b3it.txt": {"2,780", "2,870"}}},
	{"hydrogen-trains", map[string]string{
		"h1it.txt": `it|Val Dorana, partono i primi treni a idrogeno

Economia | Trasporti

Bergamo, 4 marzo 2030

Sono entrati in servizio lunedì sulla linea Bergamo-Valdorana i primi sei treni a idrogeno di Ferrovie Orobiche. I convogli sostituiscono i vecchi treni diesel, alcuni dei quali hanno quasi 40 anni.

In tutto la società ha ordinato 14 treni, per un investimento di 160 milioni di euro; gli altri otto arriveranno entro il 2031. Ogni treno ha un'autonomia di 600 chilometri e raggiunge i 140 km/h.

"È la prima linea interamente a idrogeno del Nord Italia", ha detto l'amministratrice delegata, Giulia Roncalli. L'idrogeno viene prodotto da un elettrolizzatore da 5 megawatt costruito accanto al deposito di Valdorana.

La linea, lunga 103 chilometri, è utilizzata ogni giorno da circa 9.500 passeggeri.`,
		"h2it.txt": `it|Treni a idrogeno, il debutto tra curiosità e qualche ritardo

Cronaca di Bergamo

04/03/2030 - 19:10

Debutto con qualche intoppo per i treni a idrogeno in Val Dorana. Il primo convoglio, partito da Bergamo alle 6.12, è arrivato a Valdorana con 9 minuti di ritardo per un problema a una porta.

Per ora viaggiano sei treni sui 14 acquistati da Ferrovie Orobiche. Sul primo viaggio c'erano circa 180 passeggeri, tra cui l'assessore regionale ai Trasporti, Marco Tentori.

Il progetto è costato 160 milioni. L'ad Giulia Roncalli ha assicurato che entro il 2031 tutti i treni diesel della linea, che trasporta 9.500 persone al giorno, saranno sostituiti.`,
		"h3en.txt": `en|Italy's Orobiche rail begins hydrogen train service

Transport

Milan, March 4 (Newswire)

Italian regional operator Ferrovie Orobiche on Monday put six hydrogen-powered trains into passenger service on its 103-km line between Bergamo and Valdorana, replacing diesel units up to 40 years old.

The company has ordered 14 trains in total in a €160m deal, with the remaining eight due by 2031. The trains can run 600 km on one tank and reach 140 km/h.

Chief executive Giulia Roncalli said the hydrogen comes from a 5-megawatt electrolyser at the Valdorana depot. The line carries about 9,500 passengers a day.

The first train was 9 minutes late because of a faulty door.`,
		"h4de.txt": `de|Norditalien: Wasserstoffzüge im Linienbetrieb

Verkehr

04.03.2030

In der Lombardei fahren seit Montag Wasserstoffzüge im regulären Betrieb. Die Regionalbahn Ferrovie Orobiche setzt auf der 103 Kilometer langen Strecke zwischen Bergamo und Valdorana zunächst sechs von insgesamt 14 bestellten Zügen ein.

Die Züge haben eine Reichweite von 600 Kilometern und fahren bis zu 140 km/h schnell. Der Auftrag hat einen Wert von 160 Millionen Euro.

Geschäftsführerin Giulia Roncalli sagte, die restlichen acht Züge sollen bis 2031 geliefert werden. Die Strecke nutzen täglich rund 9500 Fahrgäste. In Deutschland fahren Wasserstoffzüge bereits seit 2018.`,
	}, nil},
	{"seaplane-route", map[string]string{
		"s1pt.txt": `pt|Hidroaviões vão ligar Lisboa ao Douro a partir de junho

Economia

Lisboa, 21 mai 2030 - 16:05

A companhia AquaVoa vai ligar Lisboa à Régua por hidroavião a partir de sexta-feira, 7 de junho, anunciou esta terça-feira a empresa. O voo, com partida do rio Tejo junto ao Cais do Sodré e amaragem no rio Douro, vai demorar 55 minutos, contra cerca de quatro horas de carro.

Haverá quatro ligações por semana, num avião anfíbio com 12 lugares. O bilhete de ida custa 149 euros.

"Queremos mostrar que o rio também é uma pista", disse a fundadora e presidente executiva da AquaVoa, Marta Quintela, de 38 anos. A empresa investiu 6,5 milhões de euros no projeto.

A Régua fica a cerca de 350 quilómetros de Lisboa por estrada.`,
		"s2pt.txt": `pt|Do Tejo ao Douro em 55 minutos

Jornal do Douro | Turismo

Peso da Régua, 22/05/2030

A partir de 7 de junho vai ser possível viajar de Lisboa até à Régua de hidroavião. A AquaVoa, empresa fundada em 2027, vai operar quatro ligações por semana.

O presidente da câmara da Régua, António Seixas, saudou a novidade: "São mais turistas e mais depressa." O hidroavião, com capacidade para 12 passageiros, vai atracar num pontão junto ao cais fluvial.

Cada viagem custará 149 euros. A empresa conta transportar cerca de 5000 passageiros no primeiro ano.`,
		"s3en.txt": `en|Seaplane service to link Lisbon with Douro wine region

Travel

Lisbon, May 21

Portuguese start-up AquaVoa will launch a seaplane service between Lisbon and Peso da Régua, in the Douro wine region, on Friday, June 7, the company said on Tuesday.

The 55-minute flight, from the Tagus river to the Douro, will replace a road trip of about four hours. The 12-seat amphibious aircraft will make four round trips a week, with one-way tickets at €149.

Founder and chief executive Marta Quintela, 38, said the firm had invested €6.5 million and expected about 5,000 passengers in the first year.`,
		"s4it.txt": `it|Portogallo, in idrovolante da Lisbona alle vigne del Douro

Viaggi

21 maggio 2030

Da giovedì 7 giugno si potrà volare in idrovolante da Lisbona a Peso da Régua, nel cuore della regione vinicola del Douro. Lo ha annunciato martedì la compagnia portoghese AquaVoa.

Il volo durerà 55 minuti, contro circa quattro ore di auto. L'aereo anfibio ha 12 posti e farà quattro collegamenti a settimana; il biglietto di sola andata costa 149 euro.

"Vogliamo dimostrare che anche il fiume è una pista", ha detto la fondatrice Marta Quintela, 38 anni.`,
	}, map[string][2]string{"s4it.txt": {"Thursday", "Friday"}}},
	{"airport-drone-ban", map[string]string{
		"d1de.txt": `de|Nach Drohnen-Sichtungen: Flugverbotszone um Kaltenried wird ausgeweitet

Bayern

Kaltenried, 10.09.2030

Nach mehreren Drohnensichtungen am Regionalflughafen Kaltenried wird die Flugverbotszone für Drohnen deutlich vergrößert. Statt bisher 1,5 Kilometer gilt das Verbot künftig in einem Umkreis von 5 Kilometern um die Landebahn, teilte das Verkehrsministerium am Dienstag mit.

In der vergangenen Woche war der Flugbetrieb wegen drei Sichtungen insgesamt zweieinhalb Stunden lang unterbrochen. 41 Flüge mussten umgeleitet werden oder fielen aus.

Verstöße können mit Bußgeldern von bis zu 50.000 Euro geahndet werden. Zudem soll ein Drohnenabwehrsystem für 1,2 Millionen Euro angeschafft werden.

In diesem Jahr wurden am Flughafen bereits 17 Drohnen gesichtet, im gesamten Vorjahr waren es neun.`,
		"d2de.txt": `de|Drohnenverbot: Fünf-Kilometer-Zone um den Flughafen

Kaltenrieder Tagblatt | Region

Von Jonas Riedl

Hobbypiloten in Teilen von Kaltenried, Obermoos und Hagenau dürfen ihre Drohnen bald nicht mehr steigen lassen. Das Ministerium erweitert die Verbotszone um den Flughafen von anderthalb auf fünf Kilometer.

"Wir können nicht riskieren, dass eine Drohne ein Flugzeug trifft", sagte Flughafenchef Helmut Sailer. Nach drei Sichtungen vergangene Woche hatte der Flughafen den Betrieb für zusammen 2,5 Stunden eingestellt, 41 Flüge waren betroffen.

Wer gegen das Verbot verstößt, riskiert bis zu 50.000 Euro Bußgeld. Die neue Regel gilt ab dem 1. Oktober.`,
		"d3en.txt": `en|German airport widens drone ban after flights disrupted

Europe

Munich, Sept 10 (Newswire)

Bavarian authorities on Tuesday widened a no-fly zone for drones around Kaltenried regional airport after sightings halted flights for a total of two and a half hours last week.

Three sightings in one week forced the diversion or cancellation of 41 flights, airport chief executive Helmut Sailer said. There have been 17 sightings this year, compared with nine in the whole of last year.

Under the new rule, which takes effect on October 1, drones are banned within 8 km of the runway, up from 1.5 km. Offenders face fines of up to €50,000.

The state will also buy a drone detection system for €1.2 million.`,
		"d4it.txt": `it|Germania, droni vicino all'aeroporto: vietati nel raggio di 5 chilometri

Esteri

10 settembre 2030

Le autorità bavaresi hanno ampliato la zona di divieto per i droni attorno all'aeroporto regionale di Kaltenried, dopo che la settimana scorsa tre avvistamenti hanno bloccato i voli per due ore e mezza complessive. Una quarantina di voli sono stati dirottati o cancellati.

Il divieto passa da un raggio di 1,5 a 5 chilometri dalla pista e scatterà il 1° ottobre. Le multe arrivano fino a 50.000 euro.

Quest'anno gli avvistamenti sono già stati 17.`,
	}, map[string][2]string{"d3en.txt": {"8 km", "5 km"}}},
	{"reptile-smuggling-sentence", map[string]string{
		"r1pt.txt": `pt|Tráfico de répteis: quatro anos de prisão efetiva para condutor de carrinha

Justiça

Lisboa, 22 out 2030 - 13:15

O Tribunal Judicial de Lisboa condenou esta terça-feira a quatro anos de prisão efetiva Rui Fontelas, de 44 anos, pelo transporte ilegal de 212 répteis protegidos, encontrados numa carrinha em Vilar Formoso, em março do ano passado. A coarguida, Sandra Meireles, de 39 anos, foi condenada a dois anos de prisão com pena suspensa.

Entre os animais havia tartarugas, camaleões e osgas de várias espécies; 37 estavam mortos quando a GNR abriu a carrinha. Segundo a acusação, os répteis valiam cerca de 180 mil euros no mercado negro.

Os dois arguidos terão ainda de pagar uma multa de 25 mil euros. A defesa vai recorrer.

Os animais sobreviventes foram entregues ao Jardim Zoológico de Lisboa.`,
		"r2pt.txt": `pt|Répteis na carrinha: "Um crime contra a natureza", diz juíza

Correio da Beira | Justiça

22/10/2030

"Trata-se de um crime contra a natureza e contra a saúde pública", afirmou a juíza presidente, Helena Sardinha, ao ler o acórdão. Rui Fontelas, 44 anos, apanhou quatro anos de cadeia; Sandra Meireles, 39, dois anos com pena suspensa.

Os 212 répteis – 175 vivos e 37 mortos – foram descobertos em março de 2029 numa operação stop na fronteira de Vilar Formoso. Vinham da Alemanha e tinham como destino uma loja em Lisboa.

O Ministério Público tinha pedido seis anos de prisão para o principal arguido.`,
		"r3en.txt": `en|Portuguese court jails reptile smuggler for four years

Europe | Courts

Lisbon, Oct 22

A Lisbon court on Tuesday sentenced a 44-year-old man to four years in prison for smuggling 212 protected reptiles, including tortoises, chameleons and geckos, across the Spanish border in a van.

His co-defendant, a 39-year-old woman, received a two-year suspended sentence. Prosecutors had asked for six years for the driver, Rui Fontelas.

Thirty-seven of the animals were dead when police opened the van in March 2029. Their black-market value was put at about €180,000. The pair were also fined €25,000.`,
		"r4de.txt": `de|Reptilienschmuggel: Haftstrafen in Portugal

Panorama

22.10.2030

Ein Gericht in Lissabon hat zwei Angeklagte wegen Schmuggels von 212 geschützten Reptilien verurteilt. Die Tiere – darunter Schildkröten, Chamäleons und Geckos – waren im März 2029 an der spanisch-portugiesischen Grenze in einem Transporter entdeckt worden, 37 von ihnen waren tot.

Der 44-jährige Fahrer Rui Fontelas muss für fünf Jahre ins Gefängnis. Die 39-jährige Mitangeklagte erhielt zwei Jahre auf Bewährung. Beide müssen zudem eine Geldstrafe von 25.000 Euro zahlen.

Laut Anklage stammten die Reptilien aus Deutschland; ihr Schwarzmarktwert lag bei rund 180.000 Euro.`,
	}, map[string][2]string{"r4de.txt": {"5 years", "4 years"}}},
	{"hidden-camera-appeal", map[string]string{
		"w1it.txt": `it|Telecamere nascoste nel magazzino, la Corte d'appello conferma la condanna

Cronaca | Lavoro

Bologna, 5 novembre 2030

La Corte d'appello di Bologna ha confermato martedì la condanna di Logistica Padana, società di spedizioni con sede a Castel San Giovanni (Piacenza), per aver filmato di nascosto i propri dipendenti. I giudici hanno però ridotto il risarcimento per ciascuno dei 63 lavoratori da 20.000 a 12.000 euro.

Secondo la sentenza, l'azienda aveva installato 38 telecamere nascoste nel magazzino e negli spogliatoi, che hanno registrato per 14 mesi, tra il 2026 e il 2027.

In totale la società dovrà pagare circa 756.000 euro. Nel 2028 il Garante della privacy le aveva già inflitto una sanzione di 90.000 euro.

"È una vittoria a metà", ha commentato l'avvocata dei lavoratori, Chiara Benassi.`,
		"w2it.txt": `it|Spiati per 14 mesi, risarcimento ridotto in appello

Libertà Piacenza | Provincia

06/11/2030

Dodicimila euro a testa: tanto spetta ai 63 magazzinieri della Logistica Padana spiati con telecamere nascoste. In primo grado, nel 2029, il tribunale di Piacenza aveva riconosciuto 20mila euro ciascuno.

La Corte d'appello ha confermato che le 38 telecamere, alcune delle quali negli spogliatoi, erano illegali. Il direttore generale dell'azienda, Stefano Arlotti, ha annunciato ricorso in Cassazione.

Il sindacato parla comunque di "un precedente importante" per gli oltre 4.000 addetti della logistica in provincia.`,
		"w3en.txt": `en|Italian court upholds ruling against firm that secretly filmed staff

Business | Law

Bologna, Nov 5 (Newswire)

An Italian appeals court on Tuesday upheld a ruling against logistics company Logistica Padana for secretly filming its warehouse workers, but cut the damages each of the 63 employees will receive to €12,000 from €20,000.

The company had hidden 38 cameras in its warehouse near Piacenza, some of them in changing rooms, and recorded staff for 14 months in 2026 and 2027, the court found.

The total payout will be around €756,000. Managing director Stefano Arlotti said the company would appeal to Italy's Supreme Court.`,
		"w4de.txt": `de|Italien: Versteckte Kameras im Lager – Berufungsgericht bestätigt Urteil

Wirtschaft

05.11.2030

Ein Berufungsgericht in Bologna hat die Verurteilung des Logistikunternehmens Logistica Padana wegen heimlicher Videoüberwachung seiner Beschäftigten bestätigt. Die Entschädigung für jeden der 63 Mitarbeiter senkte das Gericht allerdings von 20.000 auf 12.000 Euro.

Das Unternehmen hatte 38 versteckte Kameras installiert, auch in Umkleideräumen. Die Aufnahmen liefen 14 Monate lang.

Insgesamt muss die Firma rund 756.000 Euro zahlen. Die Datenschutzbehörde hatte bereits 2028 ein Bußgeld von 90.000 Euro verhängt.`,
	}, nil},
	{"permafrost-thaw", map[string]string{
		"p1de.txt": `de|Permafrost am Piz Chalchera taut so tief wie nie

Schweiz | Wissenschaft

Davos, 4. Juni 2030

Der Permafrost in den Schweizer Alpen ist im vergangenen Sommer so tief aufgetaut wie nie seit Messbeginn. Im 30 Meter tiefen Bohrloch am Piz Chalchera im Engadin reichte die Auftauschicht bis in 5,2 Meter Tiefe, wie das Alpine Permafrost-Messnetz am Dienstag mitteilte. Im Jahr zuvor waren es 4,6 Meter gewesen.

Das entspricht einer Zunahme um 13 Prozent. Auch an den meisten anderen der 29 Messstellen des Netzes wurden Rekordwerte gemessen.

"Der Boden verliert seinen Kitt", sagte die Leiterin des Messnetzes, Corinne Baumgartner. Das erhöhe die Gefahr von Steinschlägen und Felsstürzen. Das Bohrloch am Piz Chalchera wurde 1998 angelegt.`,
		"p2de.txt": `de|Auftauschicht wächst um 60 Zentimeter

Engadiner Bote | Region

Die Auftauschicht im Permafrost des Piz Chalchera ist innerhalb eines Jahres um 60 Zentimeter dicker geworden. Statt 4,6 Meter wie 2028 taute der Boden im Sommer 2029 bis auf 5,2 Meter auf – 13 Prozent mehr.

Das zeigt der Jahresbericht des Messnetzes, der am Dienstag in Davos vorgestellt wurde. Die Temperatur in 10 Metern Tiefe lag bei minus 0,4 Grad.

Laut Leiterin Corinne Baumgartner gibt es in der Schweiz 29 solcher Messstellen; die tiefste reicht 100 Meter in den Fels.`,
		"p3it.txt": `it|Svizzera, il permafrost si scioglie sempre più in profondità

Scienza

4 giugno 2030

Lo strato di permafrost che si scongela ogni estate sul Piz Chalchera, in Engadina, ha raggiunto lo scorso anno la profondità record di 5,2 metri, contro i 4,6 metri del 2028: un aumento del 13%.

I dati, presentati martedì a Davos, provengono da una rete di 29 punti di misura. "Il terreno perde il suo collante", ha detto la responsabile della rete, Corinne Baumgartner, avvertendo che aumenta il rischio di frane e crolli di roccia.

Il foro di misura sul Piz Chalchera, profondo 30 metri, è in funzione dal 1998.`,
		"p4pt.txt": `pt|Suíça: degelo do permafrost atinge profundidade recorde nos Alpes

Ciência | Clima

04/06/2030

O degelo do permafrost nos Alpes suíços atingiu no verão passado uma profundidade inédita, segundo o relatório anual da rede suíça de monitorização, divulgado esta terça-feira em Davos.

No Piz Chalchera, na região da Engadina, a camada que descongela no verão chegou aos 5,2 metros, contra 4,6 metros um ano antes, um aumento de 31%. O furo de medição, com 30 metros de profundidade, foi instalado em 1998.

A responsável pela rede, Corinne Baumgartner, alertou para o aumento do risco de queda de rochas.`,
	}, map[string][2]string{"p4pt.txt": {"31%", "13%"}}},
	{"border-rail-reopening", map[string]string{
		"x1it.txt": `it|Riapre dopo 21 anni la ferrovia Pontebassa-Fellach

Friuli | Trasporti

Pontebassa, 15 dicembre 2030

Dopo 21 anni di chiusura è tornata in funzione domenica la linea ferroviaria tra Pontebassa, in Friuli, e Fellach, in Carinzia. La tratta di 23 chilometri era stata interrotta nel 2009 da una frana.

I lavori, durati tre anni, sono costati 48 milioni di euro: 31 milioni a carico dell'Italia e 17 dell'Austria. Il viaggio durerà 28 minuti.

Sono previsti 12 treni al giorno, sei per direzione. Sul primo convoglio hanno viaggiato circa 240 passeggeri, tra cui il presidente della Regione Friuli Venezia Giulia, Lorenzo Candotti, e il governatore della Carinzia, Peter Moser.`,
		"x2de.txt": `de|Grenzbahn nach Italien nach 21 Jahren wieder in Betrieb

Kärnten

Fellach, 15.12.2030

Erstmals seit 2009 rollen wieder Züge zwischen Fellach in Kärnten und dem italienischen Pontebassa. Mit dem Fahrplanwechsel am Sonntag wurde die 23 Kilometer lange Strecke wiedereröffnet, die ein Murenabgang vor 21 Jahren verschüttet hatte.

Die Sanierung dauerte drei Jahre und kostete 48 Millionen Euro, davon trägt Österreich 17 Millionen. Künftig verkehren täglich zwölf Züge, die Fahrzeit beträgt 28 Minuten.

"Heute wächst zusammen, was zusammengehört", sagte Landeshauptmann Peter Moser bei der Eröffnungsfahrt.`,
		"x3de.txt": `de|Bahnstrecke Fellach–Pontebassa wiedereröffnet

Fellach (Agentur) – Nach 21 Jahren Unterbrechung ist die Bahnverbindung zwischen Kärnten und Friaul wieder offen. Am Sonntag fuhr der erste Zug mit rund 240 Fahrgästen über die Grenze.

Die Kosten von 48 Mio. Euro teilten sich Italien (31 Mio.) und Österreich (17 Mio.).

Pro Tag sind sechs Zugpaare vorgesehen.`,
		"x4en.txt": `en|Alpine rail link between Italy and Austria reopens after 21 years

Europe | Transport

Published December 15, 2030

A 23 km cross-border railway between Pontebassa in Italy's Friuli region and Fellach in the Austrian state of Carinthia reopened on Sunday, 21 years after a landslide cut the line in 2009.

Repairs took three years and cost €48 million, of which Italy paid €31 million. Twelve trains a day will run, taking 28 minutes.

About 240 passengers, including regional leaders Lorenzo Candotti and Peter Moser, rode the first train.`,
	}, nil},
	{"cyclist-death-appeal", map[string]string{
		"c1pt.txt": `pt|Relação agrava pena de condutor que matou ciclista em Ponte de Lousado

Justiça

Guimarães, 17 abr 2030 - 15:30

O Tribunal da Relação de Guimarães agravou para cinco anos de prisão efetiva a pena do condutor que, em agosto de 2028, atropelou mortalmente um ciclista na estrada nacional, em Ponte de Lousado. Em primeira instância, Tiago Barroso, de 29 anos, tinha sido condenado a três anos com pena suspensa.

Segundo o acórdão, conhecido esta quarta-feira, o arguido conduzia a 112 km/h numa zona limitada a 50 km/h e tinha uma taxa de álcool de 1,9 gramas por litro no sangue. A vítima, Fernando Vilela, tinha 61 anos.

Os juízes aumentaram também a inibição de conduzir de 18 meses para quatro anos. A família da vítima vai receber uma indemnização de 140 mil euros.`,
		"c2pt.txt": `pt|"Finalmente fez-se justiça", diz filha de ciclista morto

Notícias do Ave | Região

17/04/2030

"Finalmente fez-se justiça." Foi assim que Sofia Vilela, 34 anos, reagiu à decisão da Relação de Guimarães, que condenou a cinco anos de cadeia o homem que matou o pai, Fernando Vilela, de 61 anos, quando este treinava de bicicleta em agosto de 2028.

O condutor, de 29 anos, seguia a 112 km/h e acusou 1,9 g/l de álcool no sangue. Na primeira instância tinha-lhe sido aplicada uma pena suspensa de três anos.

Fernando Vilela era sócio do clube de ciclismo de Ponte de Lousado há mais de 20 anos. A família recebe 140.000 euros de indemnização.`,
		"c3en.txt": `en|Portuguese appeals court jails drunk driver who killed cyclist

Europe

Lisbon, April 17

A Portuguese appeals court has replaced a suspended sentence with five years in prison for a driver who killed a 61-year-old cyclist while drunk and speeding, the court said on Wednesday.

Tiago Barroso, 29, was driving at 112 km/h (70 mph) in a 50 km/h zone with a blood alcohol level of 1.9 grams per litre when he hit Fernando Vilela in August 2028. A lower court had given him a three-year suspended sentence.

The court in Guimarães also extended his driving ban to four years from 18 months and upheld €140,000 in damages for the family.`,
	}, nil},
}
