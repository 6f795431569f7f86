package compare

// heldOutSantana is a blind held-out set of ten events written in Spanish,
// German, Portuguese and English without reading the extraction or the
// matching: a town selling its bullring, an insulin pump recall, a fire at
// an abattoir, a record tuna auction, a tax audit of a marble firm, a
// cross-border zip line, a nuclear reactor's automatic shutdown, a horse
// fair's attendance, a tax office backlog and a snooker final.
//
// Six contradictions are planted, one in each of six events, all outside
// the first paragraph: a mayor's age (58 for 53, in the lone English
// report), how long firefighters fought the abattoir fire (six hours for
// nine, in the lone English report), the tuna caught this season (1,640 for
// 1,460, in the lone Portuguese report), the tax owed by the marble firm
// (1.2 for 2.1 million euros, in the lone Spanish report), the length of
// the zip line (920 for 720 metres, in the lone German report) and the
// weekday the reactor tripped (Monday for Tuesday, in the English report).
// The pump recall, the horse fair, the tax backlog and the snooker final
// hold none. Traps: parts and totals (pumps in Germany and Portugal against
// those worldwide, Spanish horses among all, one tax office's returns),
// rounding ("knapp 50.000" pumps, "quase 290 mil" visitors, "perto de 8
// milhões", "acht Wochen" for 58 days, "jede zehnte Stelle"), previous
// values (the tuna record of 2027, 240,000 visitors in 2028, 46 days),
// votes and scores (11 to 6, 10-7, 3:6), a one-hour time difference and
// clock times, fractions ("drei Viertel" for 75 %), ages of two people,
// the years 1881, 1987 and 2019, and number formats of each language.
//
// Frozen before its first run, which flagged 6 of the 6 contradictions and
// 0 false disagreements; it missed none. Each planted pair came out as
// written in wrong, so no value was respelt. Seen in that run though not
// scored: the English abattoir report's "no less than €15 million" was read
// as "less than €15 million", and "up from 46 days a year earlier" as
// "46 days a year"; neither was flagged. The 35 reports were grouped into
// 12 events rather than 10 (B-cubed precision 1.000, recall 0.905).
var heldOutSantana = []heldOutEvent{
	{"bullring-sale", map[string]string{
		"sa1es.txt": `es|Villafranca del Arenal vende su plaza de toros por 2,4 millones de euros

Provincia | Campiña

Villafranca del Arenal, 20 de septiembre de 2029

El pleno del Ayuntamiento de Villafranca del Arenal (Sevilla) aprobó este jueves la venta de la plaza de toros municipal, construida en 1881, a la promotora de conciertos Ondara Eventos por 2,4 millones de euros. La votación terminó con 11 votos a favor y 6 en contra.

La alcaldesa, Rocío Palma, de 53 años, defendió que el Ayuntamiento no puede asumir los 900.000 euros que costaría reparar las gradas, cerradas desde 2026 por riesgo de derrumbe. "No vendemos la historia del pueblo, la salvamos", dijo.

La plaza, con capacidad para 6.200 espectadores, no acoge una corrida desde 2019. Ondara se compromete a mantener la fachada y prevé celebrar unos 25 conciertos al año a partir de 2031.

El portavoz de la oposición, Manuel Cortés, de 61 años, anunció que recurrirá la venta ante los tribunales.`,
		"sa1esb.txt": `es|Un pueblo sevillano vende su plaza de toros a una promotora de conciertos

Andalucía

Sevilla, 20 sep (Agencia)

El Ayuntamiento de Villafranca del Arenal ha vendido su coso taurino del siglo XIX a la empresa Ondara Eventos por 2,4 millones, tras una votación de 11 a 6 en el pleno celebrado el jueves.

Según la regidora, Rocío Palma (53), reparar las gradas costaría unos 900.000 euros, una cifra inasumible para un municipio de 14.300 habitantes.

El recinto, de 1881 y con un aforo de 6.200 localidades, acogerá conciertos desde 2031. La oposición estudia llevar el caso a los tribunales.`,
		"sa1en.txt": `en|Spanish town sells its 148-year-old bullring to concert promoter

Europe | Spain

By our correspondent in Seville

Published 20 September 2029

Councillors in Villafranca del Arenal, a town of about 14,000 people near Seville, voted on Thursday to sell the municipal bullring to the concert promoter Ondara Eventos for €2.4 million.

The ring, built in 1881 and able to seat 6,200 spectators, has not staged a bullfight since 2019, and its stands have been closed since 2026 because they were at risk of collapse.

Mayor Rocío Palma, 58, said the town could not afford the roughly €900,000 needed to repair them. "We are not selling the town's history, we are saving it," she said. The motion passed by 11 votes to 6.

Ondara plans to keep the façade and stage about 25 concerts a year from 2031. The opposition leader, Manuel Cortés, 61, said he would challenge the sale in court.

Share this story`,
	}, map[string][2]string{"sa1en.txt": {"58 years", "53 years"}}},
	{"insulin-pump-recall", map[string]string{
		"sa2de.txt": `de|Kellbach ruft Insulinpumpen zurück

Gesundheit

Tuttlingen, 05.11.2029

Der Medizintechnikhersteller Kellbach ruft weltweit rund 48.000 Insulinpumpen des Modells Dosa 3 zurück. Wegen eines Softwarefehlers könne die Pumpe die Insulinabgabe stoppen, ohne Alarm zu geben, teilte das Unternehmen am Montag mit. In Deutschland sind 6300 Geräte betroffen.

Bislang seien 17 Vorfälle gemeldet worden, zwei Patienten hätten im Krankenhaus behandelt werden müssen, sagte Geschäftsführerin Sabine Kellner. Todesfälle seien nicht bekannt.

Die Pumpen müssen nicht ausgetauscht werden. Ein Software-Update soll binnen sechs Wochen auf allen Geräten aufgespielt werden, bis dahin sollen Patienten alle vier Stunden kontrollieren, ob die Pumpe arbeitet.

Das Modell ist seit März 2027 auf dem Markt.`,
		"sa2deb.txt": `de|Rückruf: Software-Fehler bei Insulinpumpe aus Tuttlingen

Region | Wirtschaft

Von Jana Ostertag

Tuttlingen. Knapp 50.000 Insulinpumpen hat die Tuttlinger Firma Kellbach Medizintechnik ausgeliefert – nun müssen alle nachgebessert werden. Bei dem Modell Dosa 3 kann ein Fehler in der Steuerungssoftware dazu führen, dass die Pumpe unbemerkt kein Insulin mehr abgibt.

Das Bundesinstitut für Arzneimittel und Medizinprodukte ist informiert. Dem Unternehmen wurden 17 Fälle gemeldet, in zwei davon kamen Patienten ins Krankenhaus.

„Die Sicherheit der Patienten hat für uns oberste Priorität", sagte Kellbach-Chefin Sabine Kellner (49). Das Update werde in den nächsten sechs Wochen über die Diabetes-Praxen verteilt. Bis dahin sollen Betroffene ihre Pumpe alle vier Stunden prüfen.

Kellbach beschäftigt in Tuttlingen 820 Mitarbeiter.

Mehr zum Thema: Medizintechnik im Landkreis`,
		"sa2en.txt": `en|German maker recalls 48,000 insulin pumps over software fault

Health

Frankfurt, Nov 5 (Wire)

Kellbach Medizintechnik is recalling about 48,000 Dosa 3 insulin pumps worldwide after finding a software fault that can halt insulin delivery without triggering an alarm, the German company said on Monday.

The company has received 17 reports of the fault, two of which led to hospital treatment. No deaths have been reported. Around 6,300 of the pumps are used in Germany; most of the rest are in France, Italy and Spain.

Chief executive Sabine Kellner said a software update would be installed on all pumps within six weeks. Until then, patients are advised to check their device every four hours.

The Dosa 3 was launched in March 2027.`,
		"sa2pt.txt": `pt|Fabricante alemão recolhe bombas de insulina por falha de software

Saúde

05/11/2029 - 16:40

A empresa alemã Kellbach Medizintechnik anunciou na segunda-feira a recolha de cerca de 48 mil bombas de insulina do modelo Dosa 3 em todo o mundo, devido a uma falha de software que pode interromper a administração de insulina sem disparar qualquer alarme.

Foram comunicados 17 incidentes, dois dos quais obrigaram a internamento hospitalar. Não há registo de mortes.

Em Portugal, segundo a autoridade do medicamento, cerca de 1.100 doentes usam este modelo. A atualização do software deverá estar concluída em seis semanas; até lá, os doentes devem verificar a bomba de quatro em quatro horas.`,
	}, nil},
	{"abattoir-fire", map[string]string{
		"sa3de.txt": `de|Großbrand in Schlachthof in Wendeloh – 250 Schweine verendet

Niedersachsen

Wendeloh (Agentur) – Bei einem Großbrand in einem Schlachthof im Landkreis Cloppenburg sind in der Nacht zum Sonntag rund 250 Schweine verendet. Das Feuer war gegen 23.30 Uhr in einer Kühlhalle der Wendeloher Fleischwerke ausgebrochen, wie die Polizei mitteilte.

Rund 180 Einsatzkräfte kämpften neun Stunden lang gegen die Flammen. Drei Feuerwehrleute wurden leicht verletzt. Mehr als 1000 Tiere konnten aus den Wartebuchten ins Freie getrieben werden.

Den Schaden schätzt die Polizei auf mindestens 15 Millionen Euro. Die Brandursache ist noch unklar, die Kriminalpolizei ermittelt.

In dem Betrieb arbeiten etwa 640 Menschen, pro Woche werden dort bis zu 12.000 Schweine geschlachtet.`,
		"sa3deb.txt": `de|Feuer im Schlachthof: Wendeloh steht unter Schock

Lokales | Wendeloh

Von Hauke Brüning

Aktualisiert: 12.08.2029, 14:05 Uhr

Noch am Sonntagmittag stieg dunkler Rauch über dem Gewerbegebiet an der B 213 auf. In der Nacht hatte ein Feuer große Teile der Wendeloher Fleischwerke zerstört. Erst gegen 8.30 Uhr meldete die Feuerwehr: Feuer aus – nach neun Stunden.

„So etwas haben wir hier noch nicht erlebt", sagte Kreisbrandmeister Jürgen Tepe. 180 Kräfte aus 14 Ortswehren waren im Einsatz, drei von ihnen erlitten leichte Rauchvergiftungen.

Für etwa 250 Schweine kam jede Hilfe zu spät. Über 1000 Tiere trieben Feuerwehrleute und Mitarbeiter aus den Ställen. Die Polizei beziffert den Schaden auf 15 Millionen Euro oder mehr.

Wie es für die rund 640 Beschäftigten weitergeht, ist offen. Geschäftsführer Bernd Lammers kündigte an, die Löhne „vorerst weiterzuzahlen".`,
		"sa3en.txt": `en|Fire at German abattoir kills 250 pigs

World | Europe

Berlin, 12 August

About 250 pigs died when fire tore through an abattoir in the north-western German village of Wendeloh overnight into Sunday, police said.

Some 180 firefighters fought the blaze for six hours. Three of them suffered minor injuries, and more than 1,000 animals were driven out of holding pens to safety.

Police put the damage at no less than €15 million and said the cause was not yet known. The plant, run by Wendeloher Fleischwerke, employs about 640 people and slaughters up to 12,000 pigs a week.`,
	}, map[string][2]string{"sa3en.txt": {"6 hours", "9 hours"}}},
	{"tuna-auction-record", map[string]string{
		"sa4es.txt": `es|Un atún rojo de 342 kilos bate el récord de la lonja de Cabo Alcor: 41.000 euros

Provincia | Mar

Cabo Alcor, 16 de mayo de 2029

Un atún rojo de 342 kilos capturado en la almadraba de Cabo Alcor se vendió este miércoles en la lonja del puerto por 41.000 euros, unos 120 euros por kilo, la cifra más alta pagada nunca en esta subasta.

El ejemplar fue adquirido por el grupo de restauración madrileño Casa Arbide tras una puja de apenas cuatro minutos. El anterior récord, de 2027, estaba en 31.500 euros por un atún de 290 kilos.

"Es un pescado excepcional, con una grasa perfecta", explicó el patrón de la almadraba, Andrés Galindo, de 57 años. En lo que va de campaña la almadraba ha capturado 1.460 atunes, de una cuota de 1.900.

La campaña se prolongará hasta mediados de junio.`,
		"sa4esb.txt": `es|Pagan 41.000 euros por un atún en Cádiz

Economía

Cádiz, 16 may (Agencia)

La lonja de Cabo Alcor (Cádiz) subastó el miércoles un atún rojo de almadraba de 342 kilogramos por 41.000 euros, un récord para este puerto, según la cofradía de pescadores.

El comprador, la cadena Casa Arbide, pagó alrededor de 120 euros el kilo. En 2027 el récord se fijó en 31.500 euros.

La almadraba lleva 1.460 ejemplares capturados esta temporada, que terminará a mediados de junio.`,
		"sa4pt.txt": `pt|Atum-rabilho de 342 quilos vendido por 41 mil euros em Espanha

Economia | Pescas

16/05/2029 - 18:12

Um atum-rabilho com 342 quilos, capturado numa armação de Cabo Alcor, na província espanhola de Cádis, foi vendido na quarta-feira em lota por 41 mil euros, um recorde para aquele porto andaluz.

O peixe foi comprado pelo grupo de restauração Casa Arbide, de Madrid, por cerca de 120 euros o quilo. O anterior recorde, de 2027, era de 31.500 euros.

Nesta campanha, a armação já capturou 1.640 atuns, para uma quota de 1.900, segundo o mestre Andrés Galindo, de 57 anos. No Algarve, o maior exemplar vendido este ano pela armação da Ilha do Cerro rendeu 18 mil euros.`,
		"sa4en.txt": `en|Bluefin tuna fetches record €41,000 at Spanish auction

Business | Food

By Sarah Whitcombe

A 342kg bluefin tuna caught off southern Spain sold for €41,000 at the Cabo Alcor fish auction on Wednesday, a record for the port, the local fishermen's guild said.

The Madrid restaurant group Casa Arbide paid about €120 a kilo after bidding that lasted about four minutes. The previous record, set in 2027, was €31,500 for a 290kg fish.

The Cabo Alcor trap net, or almadraba, one of the last in Europe, has landed 1,460 tuna so far this season against a quota of 1,900. Fishing ends in mid-June.`,
	}, map[string][2]string{"sa4pt.txt": {"1,640", "1,460"}}},
	{"marble-tax-audit", map[string]string{
		"sa5pt.txt": `pt|Fisco exige 2,1 milhões de euros à Mármores do Sor

Economia | Alentejo

Évora, 22 de março de 2029

Uma inspeção da Autoridade Tributária (AT) à Mármores do Sor, uma das maiores empresas de extração e transformação de mármore do Alentejo, detetou 7,8 milhões de euros em vendas não declaradas entre 2024 e 2027, segundo o relatório a que tivemos acesso.

O fisco exige à empresa de Alvarrão o pagamento de 2,1 milhões de euros de IVA e IRC em falta, a que se somam coimas de 640 mil euros. Grande parte das vendas omitidas diz respeito a exportações de blocos para a China e a Arábia Saudita.

O presidente do conselho de administração, Joaquim Serrão, de 66 anos, nega qualquer irregularidade e garante que a empresa vai contestar as liquidações em tribunal. "Todas as nossas exportações estão documentadas", afirmou.

A Mármores do Sor emprega 230 pessoas e faturou 34 milhões de euros em 2027.`,
		"sa5ptb.txt": `pt|Mármores do Sor vai contestar inspeção das Finanças

Região

Alvarrão

A Mármores do Sor vai recorrer para os tribunais depois de a Autoridade Tributária lhe ter exigido cerca de 2,1 milhões de euros de impostos, mais 640 mil euros em coimas. A inspeção, que durou 14 meses, concluiu que a empresa omitiu perto de 8 milhões de euros de vendas em quatro anos.

"Vamos provar que não devemos nada ao Estado", disse ao nosso jornal o líder da empresa, Joaquim Serrão, 66 anos, que fundou a pedreira com o pai em 1987.

A empresa tem 30 dias para pagar ou apresentar reclamação. Com 230 trabalhadores, é o maior empregador privado do concelho.

Publicidade`,
		"sa5es.txt": `es|Hacienda portuguesa reclama impuestos a una marmolera del Alentejo por ventas ocultas

Internacional | Economía

Lisboa, 22 mar (Agencia)

La Autoridad Tributaria de Portugal ha detectado 7,8 millones de euros en ventas no declaradas entre 2024 y 2027 en la empresa Mármores do Sor, una de las mayores productoras de mármol del Alentejo, informó este jueves la prensa portuguesa.

Según la inspección, la compañía debe 1,2 millones de euros en IVA e impuesto de sociedades, además de multas por valor de 640.000 euros. Buena parte de las ventas ocultas corresponden a exportaciones a China y Arabia Saudí.

Su presidente, Joaquim Serrão, de 66 años, niega las acusaciones y recurrirá. La empresa da empleo a 230 personas.`,
	}, map[string][2]string{"sa5es.txt": {"€1.2 million", "€2.1 million"}}},
	{"zip-line-minho", map[string]string{
		"sa6es.txt": `es|Abre la tirolina transfronteriza sobre el Miño: 720 metros de Galicia a Portugal

Galicia | Baixo Miño

Soutelo de Miño, 7 de julio de 2029

La tirolina que une Soutelo de Miño con la localidad portuguesa de Ribeira de Sabriz abrió este sábado al público. El recorrido, de 720 metros, cruza el río Miño a unos 60 metros de altura y se completa en unos 45 segundos, con velocidades de hasta 80 km/h.

Como Portugal tiene una hora menos, los usuarios "llegan antes de salir", bromeó el alcalde de Soutelo, Xosé Manuel Barreiro. El billete cuesta 25 euros e incluye el regreso en barca.

La obra costó 1,3 millones de euros, financiados en un 75 % con fondos europeos. Para el primer fin de semana ya había unas 600 reservas.`,
		"sa6pt.txt": `pt|Slide transfronteiriço sobre o Minho já está aberto

Alto Minho

07 jul 2029 - 19:30

Já é possível atravessar o rio Minho de Espanha para Portugal "pelo ar". O slide entre Soutelo de Miño, na Galiza, e Ribeira de Sabriz foi inaugurado no sábado e tem 720 metros de comprimento.

A descida demora cerca de 45 segundos e pode atingir os 80 quilómetros por hora. Devido à diferença horária, quem parte às 11h00 de Espanha chega a Portugal pouco depois das 10h00.

O investimento, de 1,3 milhões de euros, foi financiado em 75% por fundos comunitários. Cada viagem custa 25 euros, com regresso de barco incluído.

"É um projeto que une as duas margens", disse a presidente da junta de freguesia de Ribeira de Sabriz, Helena Calheiros.`,
		"sa6ptb.txt": `pt|Inaugurado slide de 720 metros entre a Galiza e o Alto Minho

Valença, 07 jul (Agência)

Um slide com 720 metros que atravessa o rio Minho entre Soutelo de Miño (Galiza) e Ribeira de Sabriz foi inaugurado hoje, num investimento de cerca de 1,3 milhões de euros, comparticipado a 75% por fundos europeus.

Os utilizadores atingem até 80 km/h e fazem a travessia em aproximadamente 45 segundos, a cerca de 60 metros acima do rio. Já há perto de 600 reservas para o primeiro fim de semana.`,
		"sa6de.txt": `de|Mit der Seilrutsche von Spanien nach Portugal

Reise

07.07.2029

Eine neue Seilrutsche führt seit Samstag über den Grenzfluss Minho von Galicien nach Portugal. Wer in Soutelo de Miño startet, landet nach etwa 45 Sekunden im portugiesischen Ribeira de Sabriz – und wegen der Zeitverschiebung eine Stunde früher, als er losgefahren ist.

Die Fahrgäste erreichen bis zu 80 Stundenkilometer und schweben rund 60 Meter über dem Wasser. Ein Ticket kostet 25 Euro, die Rückfahrt im Boot ist inbegriffen.

Die 920 Meter lange Anlage hat 1,3 Millionen Euro gekostet, drei Viertel davon zahlt die EU.`,
	}, map[string][2]string{"sa6de.txt": {"920 m", "720 m"}}},
	{"reactor-shutdown", map[string]string{
		"sa7es.txt": `es|Parada automática del reactor de la central nuclear de Peñarrubia

Sociedad | Energía

Madrid, 17 de octubre de 2029

El reactor de la central nuclear de Peñarrubia (Guadalajara) se detuvo de forma automática el martes a las 4.12 horas por un fallo en una de las bombas de agua de alimentación, según informó el Consejo de Seguridad Nuclear (CSN).

El suceso no tuvo impacto en los trabajadores, la población ni el medio ambiente, y se ha clasificado como de nivel 0 en la escala internacional INES, que va de 0 a 7.

La propietaria, Centrales Nucleares del Tajo, prevé volver a conectar la planta a la red en unos diez días. Es la segunda parada no programada del año, tras la de marzo.

Peñarrubia, en funcionamiento desde 1987, tiene una potencia de 1.050 megavatios y aporta alrededor del 5 % de la electricidad que se consume en España.`,
		"sa7esb.txt": `es|El CSN informa de una parada no programada en Peñarrubia

Economía

Guadalajara, 17 oct (Agencia)

La central nuclear de Peñarrubia permanece desconectada desde la madrugada del martes, cuando su reactor se paró automáticamente tras la avería de una bomba del sistema de agua de alimentación.

El Consejo de Seguridad Nuclear ha calificado el incidente con nivel 0, sin relevancia para la seguridad. La empresa calcula que la reparación llevará diez días.

La planta, de 1.050 MW, ya tuvo que parar en marzo por un problema en el alternador.`,
		"sa7en.txt": `en|Spanish nuclear reactor shuts down automatically after pump fault

Energy

Madrid, Oct 17

A reactor at the Peñarrubia nuclear plant in central Spain has been offline since early this week after an automatic shutdown triggered by a faulty feedwater pump, Spain's nuclear safety council (CSN) said.

The reactor tripped at 4:12 a.m. on Monday, the regulator said, adding that there had been no impact on workers, the public or the environment. It rated the event at level 0 on the international INES scale, which runs from 0 to 7.

Operator Centrales Nucleares del Tajo expects to reconnect the 1,050-megawatt unit to the grid in about 10 days. It was the plant's second unplanned outage this year.

Peñarrubia, which began operating in 1987, generates about 5% of Spain's electricity.`,
		"sa7pt.txt": `pt|Central nuclear espanhola de Peñarrubia parada por avaria

Economia

17/10/2029 - 12:05

O reator da central nuclear de Peñarrubia, em Espanha, parou automaticamente na terça-feira de madrugada devido a uma avaria numa bomba de água de alimentação, informou o regulador espanhol, o CSN.

O incidente foi classificado no nível 0 da escala INES e não teve consequências para as pessoas nem para o ambiente. A central, com 1050 megawatts, deverá voltar à rede dentro de cerca de dez dias.

Peñarrubia fica a cerca de 250 quilómetros da fronteira portuguesa.`,
	}, map[string][2]string{"sa7en.txt": {"Monday", "Tuesday"}}},
	{"horse-fair-attendance", map[string]string{
		"sa8pt.txt": `pt|Feira do Cavalo de Vale de Lírios bate recorde com 285 mil visitantes

Região | Ribatejo

Vale de Lírios, 12 de novembro de 2029

A Feira do Cavalo de Vale de Lírios recebeu 285 mil visitantes nos dez dias do certame, que terminou no domingo, mais 19% do que no ano passado, quando foram contabilizadas 240 mil entradas. O anterior máximo, de 2019, era de 262 mil.

Passaram pelo recinto cerca de 1400 cavalos, vindos de nove países, entre os quais Espanha, França, Alemanha e Brasil.

O presidente da câmara, Carlos Pinto Leal, estima que a feira tenha gerado nove milhões de euros na economia local. "Os hotéis estiveram cheios num raio de 50 quilómetros", disse.`,
		"sa8ptb.txt": `pt|Quase 290 mil pessoas na Feira do Cavalo

Sociedade

12/11/2029

Foram quase 290 mil os visitantes da edição deste ano da Feira do Cavalo de Vale de Lírios, um novo recorde, segundo a organização. A feira decorreu ao longo de dez dias e encerrou no domingo com o tradicional desfile de 300 cavaleiros.

Em 2028 a feira tinha recebido 240 mil pessoas. O autarca Carlos Pinto Leal fala num impacto económico de 9 milhões de euros.

No total, estiveram em exposição e concurso 1.400 cavalos.`,
		"sa8es.txt": `es|La Feria del Caballo de Vale de Lírios, en Portugal, bate su récord de visitantes

Viajes

Lisboa, 12 nov (Agencia)

La Feria del Caballo de Vale de Lírios, en la región portuguesa del Ribatejo, cerró el domingo con 285.000 visitantes, un 19 % más que en 2028, según el ayuntamiento.

Durante diez días se exhibieron unos 1.400 caballos de nueve países, España entre ellos con más de 200 ejemplares.`,
		"sa8en.txt": `en|Record 285,000 visit Portuguese horse fair

Travel | News

Published 12 November 2029

Portugal's Vale de Lírios Horse Fair drew a record 285,000 visitors over ten days, up from 240,000 last year, organisers said after it closed on Sunday.

Some 1,400 horses from nine countries took part. Mayor Carlos Pinto Leal estimated the fair had brought €9m into the local economy.`,
	}, nil},
	{"tax-return-backlog", map[string]string{
		"sa9de.txt": `de|Steuererklärung: Wartezeit in Rheinland-Pfalz steigt auf 58 Tage

Rheinland-Pfalz

Mainz, 25.07.2029

Wer in Rheinland-Pfalz seine Steuererklärung abgibt, muss im Schnitt 58 Tage auf den Bescheid warten – zwölf Tage länger als im Vorjahr. Ende Juni lagen in den 24 Finanzämtern des Landes rund 410.000 unbearbeitete Einkommensteuererklärungen, wie Finanzministerin Katrin Weyand am Mittwoch mitteilte.

Als Hauptgrund nannte sie fehlendes Personal: Von 11.500 Stellen in der Steuerverwaltung seien rund 1200 unbesetzt. Zum 1. September sollen 300 Nachwuchskräfte ihre Ausbildung beginnen.

In sechs Finanzämtern wird zudem eine Software getestet, die einfache Erklärungen automatisch prüft. Der Bund der Steuerzahler kritisierte, in einzelnen Ämtern warteten Bürger schon mehr als zehn Wochen.`,
		"sa9deb.txt": `de|Finanzämter kommen nicht hinterher

Region | Trier

Von Markus Feilen

Trier. Acht Wochen und mehr: So lange warten Steuerzahler in Rheinland-Pfalz inzwischen im Durchschnitt auf ihren Steuerbescheid. Genau sind es 58 Tage, 2028 waren es noch 46.

Landesweit stapeln sich rund 410.000 Erklärungen, allein im Finanzamt Trier sind es nach Angaben des Ministeriums gut 21.000. Jede zehnte Stelle in den Finanzämtern ist unbesetzt.

Finanzministerin Katrin Weyand setzt auf Nachwuchs – 300 Anwärter starten im September – und auf ein Pilotprojekt mit automatischer Prüfung in sechs Ämtern, darunter Trier.`,
		"sa9en.txt": `en|German state's tax refunds delayed as offices struggle with staff shortage

Germany | Money

Taxpayers in the German state of Rhineland-Palatinate now wait an average of 58 days for their tax assessment, up from 46 days a year earlier, the state finance ministry said on Wednesday.

About 410,000 income tax returns were waiting to be processed at the end of June. Finance minister Katrin Weyand blamed a lack of staff, with roughly 1,200 of 11,500 posts unfilled, and said 300 trainees would start in September.

Six of the state's 24 tax offices are testing software that checks simple returns automatically.`,
	}, nil},
	{"snooker-berlin-final", map[string]string{
		"sa10en.txt": `en|Mesquita makes history with Berlin Masters title

Sport | Snooker

Berlin, 4 February

Tiago Mesquita became the first Portuguese player to win a ranking snooker title when he beat England's Callum Ridley 10-7 in the final of the Berlin Masters on Sunday.

The 26-year-old trailed 6-3 after the afternoon session but won seven of the last eight frames, including a break of 141 in the 15th, the highest of the tournament.

Mesquita collects €100,000 from a total prize fund of €500,000 and will rise from 31st to 18th in the world rankings. Ridley, 34, was playing in his third ranking final.

A crowd of about 2,400 watched at the Spreehalle.`,
		"sa10de.txt": `de|Snooker: Mesquita gewinnt Berlin Masters

Sport

04.02.2029

Der Portugiese Tiago Mesquita hat die Berlin Masters gewonnen. Der 26-Jährige setzte sich am Sonntagabend im Finale gegen den Engländer Callum Ridley (34) mit 10:7 durch – nach einem 3:6-Rückstand nach der ersten Session.

Vor 2400 Zuschauern in der ausverkauften Spreehalle gelang Mesquita im 15. Frame mit 141 Punkten das höchste Break des Turniers. Für den Sieg erhält er 100.000 Euro.

Es ist der erste Weltranglistentitel für einen Spieler aus Portugal.`,
		"sa10pt.txt": `pt|Tiago Mesquita vence Masters de Berlim e faz história no snooker

Desporto | Modalidades

Tiago Mesquita tornou-se no domingo o primeiro português a vencer um torneio do ranking mundial de snooker, ao derrotar na final do Masters de Berlim o inglês Callum Ridley por 10-7.

O jogador de 26 anos, natural de Leiria, esteve a perder por 3-6 no final da primeira sessão, mas venceu sete das últimas oito partidas.

O prémio é de 100 mil euros. Mesquita vai subir do 31.º para o 18.º lugar do ranking mundial.`,
	}, nil},
}
