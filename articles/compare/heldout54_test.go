package compare

// heldOutSharav is a blind held-out set of ten sport and entertainment
// events, written without reading the comparison code: a horse race in
// Düsseldorf, a record stadium concert in Porto, a Spanish box office
// opening record, a mass crash in a German one-day cycling race, a
// goalkeeper's transfer from Germany to Lisbon, the first leg of an ocean
// sailing race to Cape Verde, a music awards gala in Seville, a golf open on
// the Baltic, a Hamburg musical's 1,000th show and a European boxing title
// fight. The reports are in German, English, Spanish and Portuguese.
//
// Six events hold one planted contradiction each, none in a first
// paragraph: a race distance (the Spanish report of the horse race, the
// only Spanish one), a count of songs (the only Spanish report of the
// concert), a rider's age (the second German report of the crash), a
// release clause amount (the second Portuguese report of the transfer), the
// weekday of the winner's finish (the only German report of the sailing
// race) and an average seat occupancy in percent (the only English report
// of the musical). The box office, the awards, the golf and the boxing
// events hold none.
//
// The traps: rounding ("about 21,000" against 21,400; "more than 600,000"
// against 612,430; "gut 20" against 23; "rund 1,4 Millionen" against "mehr
// als 1,38 Millionen"; "almost three hours" against two hours and forty
// minutes), parts and totals (a winner's share of a prize fund; a fee and
// the fee with bonuses; 410 cinemas and 1,050 screens), previous values and
// records of other years, two or three people's ages in one report, odds,
// golf scores and boxing judges' cards, a count of wins against a count of
// fights, a player's height, a distance in nautical miles, and each
// language's number formats.
//
// Frozen before its first run, which flagged 3 of the 6 contradictions
// (the release clause, the weekday of the finish and the occupancy) and 2
// false disagreements; it missed the Spanish horse race report's 2,200 m
// against 2,400 m (the 2,200 m stood alone as "disputada sobre · 2,200 m"),
// the Spanish concert report's 24 songs against 26 (the "canciones" count
// stood apart from the "canções" and "temas" counts), and the second German
// crash report's rider aged 24 against 27 ("Der 24 Jahre alte Baske" was
// read as a duration of 24 years). The false disagreements: the concert's
// length, "two hours and 40 minutes" (and the Spanish "casi tres horas")
// against the Portuguese "quarenta minutos" of "duas horas e quarenta
// minutos"; and the crash's riders, "gut 20 Fahrer" against 23, a hedge
// read as a different count. As it flagged 2 false disagreements, its line
// in heldOutSets allows 2.
//
// Fixed after, so the set is held out no longer: "duas" is two (the
// concert's two hours and forty minutes), German "gut 20" is at least 20,
// "Jahre alt" gives an age, and songs are in the synonym table. Now 4 of
// 6, none false.
//
// Fixed again, later: "a 47-year-old Spaniard" takes the noun after it as
// the person, which finds the crash's 24 years against 27.
var heldOutSharav = []heldOutEvent{
	{"altwiesen-derby", map[string]string{
		"sh1de.txt": `de|Nachtfalke gewinnt den Großen Preis von Altwiesen

Sport | Galopp

Düsseldorf, 7. Juli 2030 – 18:42 Uhr

Außenseiter Nachtfalke hat am Sonntag den mit 650.000 Euro dotierten Großen Preis von Altwiesen gewonnen. Der dreijährige Hengst setzte sich unter Jockey Lena Hartwig über 2400 Meter mit anderthalb Längen vor dem Favoriten Silberpfeil durch.

Hartwig, 26, ist erst die zweite Frau, die das Rennen gewinnt – zuletzt war das 1998 gelungen. „Ich habe ab der Zielgeraden gespürt, dass er noch Reserven hat“, sagte sie.

Für den Sieg gibt es 390.000 Euro. Trainer Konrad Behrens (61) feierte seinen dritten Erfolg in dem Rennen. Nachtfalke gehört dem spanischen Gestüt Los Alcores aus Jerez.

Rund 21.000 Zuschauer verfolgten das Rennen bei Sonnenschein. Von ursprünglich 15 gemeldeten Pferden gingen 14 an den Start.

Mehr zum Thema: Galopp-Kalender`,
		"sh1de2.txt": `de|Galopp: Nachtfalke überrascht in Altwiesen

Düsseldorf (rsp) - Der Hengst Nachtfalke hat mit Jockey Lena Hartwig den Großen Preis von Altwiesen gewonnen. Der 12:1-Außenseiter siegte am Sonntag auf der Rennbahn im Düsseldorfer Norden mit eineinhalb Längen Vorsprung vor Silberpfeil. Dritter wurde Monsun Rot.

Für die Strecke von 2.400 Metern benötigte der Sieger 2:28,61 Minuten. Die Siegprämie beträgt 390.000 Euro, insgesamt war das Rennen mit 650.000 Euro dotiert.

Die 26 Jahre alte Hartwig ist nach 1998 erst die zweite Frau mit einem Sieg in dem Traditionsrennen. Für Trainer Konrad Behrens, 61, war es der dritte Erfolg. 21.400 Zuschauer kamen auf die Rennbahn.`,
		"sh1en.txt": `en|Outsider Nachtfalke lands Altwiesen Grand Prix for Spanish owners

Racing | Europe

By Tom Reddaway

July 7, 2030

Nachtfalke, a 12-1 outsider owned by the Spanish stud Los Alcores, won the Grand Prix of Altwiesen in Düsseldorf on Sunday, beating the favourite Silberpfeil by a length and a half.

Ridden by 26-year-old Lena Hartwig, the three-year-old colt covered the 2,400-metre trip in 2 minutes 28.61 seconds. Hartwig became only the second woman to win the race, the first having done so in 1998.

The race is worth €650,000, with €390,000 going to the winner. Trainer Konrad Behrens, 61, collected his third win in the race.

About 21,000 racegoers attended. Fourteen horses ran after one withdrawal from the 15 declared.`,
		"sh1es.txt": `es|Nachtfalke, de la yeguada jerezana Los Alcores, gana el Gran Premio de Altwiesen

Deportes | Hípica

Jerez de la Frontera, 7 jul (Agencia)

El caballo Nachtfalke, propiedad de la yeguada Los Alcores de Jerez, ganó el domingo el Gran Premio de Altwiesen, en Düsseldorf (Alemania), una de las carreras más prestigiosas del galope alemán.

Montado por la jockey alemana Lena Hartwig, de 26 años, el potro de tres años se impuso por cuerpo y medio al favorito, Silberpfeil, y se pagaba 12 a 1 en las apuestas.

La carrera, disputada sobre 2.200 metros, reparte 650.000 euros en premios, de los que 390.000 euros son para el ganador. Nachtfalke completó el recorrido en 2 minutos y 28,61 segundos.

"Es el mayor triunfo de nuestra historia", dijo el gerente de la yeguada, Álvaro Pineda, de 54 años, que siguió la carrera desde las gradas junto a unos 21.000 espectadores.`,
	}, map[string][2]string{"sh1es.txt": {"2,200 m", "2,400 m"}}},
	{"porto-stadium-concert", map[string]string{
		"sh2pt.txt": `pt|Os Faróis fazem história na Quinta Nova perante 48 mil pessoas

Cultura | Música

Porto, 16 de junho de 2030, 01:12

Os Faróis encheram no sábado o Estádio da Quinta Nova, no Porto, com 48 mil espectadores, o maior público de sempre para uma banda portuguesa num concerto em nome próprio.

Durante duas horas e quarenta minutos, o grupo tocou 26 canções, incluindo seis do novo álbum, "Maré Alta". O vocalista Rui Valadares, de 52 anos, emocionou-se ao cantar "Cais", o primeiro êxito da banda, de 1996.

"Há 30 anos tocávamos para 40 pessoas num bar da Ribeira", disse Valadares ao público.

O recorde anterior pertencia à própria banda: 41 mil pessoas no Estádio Municipal de Coimbra, em 2019. Os bilhetes para o Porto esgotaram em três horas.

Leia também: Os Faróis anunciam digressão europeia`,
		"sh2pt2.txt": `pt|Os Faróis: concerto no Porto bate recorde

Lisboa, 16 jun (Agência) - A banda portuguesa Os Faróis atuou no sábado à noite no Estádio da Quinta Nova, no Porto, para cerca de 48.000 pessoas, um recorde para um grupo nacional, segundo a promotora Palco Norte.

O concerto, com 26 temas, abriu a digressão dos 30 anos da banda, que inclui 18 datas em seis países. O próximo espetáculo é a 21 de junho, em Madrid.

O guitarrista Nuno Peres, de 55 anos, e o vocalista Rui Valadares, de 52, são os únicos membros da formação original.

A promotora estima que o concerto tenha gerado cerca de 3,2 milhões de euros de receita de bilheteira.`,
		"sh2en.txt": `en|Portuguese rockers Os Faróis draw record 48,000 crowd in Porto

Music

June 16, 2030

Portuguese band Os Faróis played to a crowd of around 48,000 at the Quinta Nova stadium in Porto on Saturday, a record for a Portuguese act, promoters said.

The 26-song set lasted two hours and 40 minutes and opened an 18-date tour across six countries to mark the band's 30th anniversary. Tickets sold out within three hours.

Singer Rui Valadares, 52, told fans the band had "played to 40 people in a bar" three decades ago. The previous record for a Portuguese band, 41,000, was set by Os Faróis themselves in 2019.`,
		"sh2es.txt": `es|Os Faróis reúnen a 48.000 personas en Oporto antes de su concierto en Madrid

Música

Madrid, 16 jun (Agencia)

La banda portuguesa Os Faróis congregó el sábado a unas 48.000 personas en el estadio de la Quinta Nova, en Oporto, en el arranque de la gira con la que celebra sus 30 años.

El grupo, que actuará el 21 de junio en Madrid, batió así su propio récord de 41.000 espectadores, establecido en 2019.

Durante casi tres horas, el cantante Rui Valadares, de 52 años, y los suyos interpretaron 24 canciones, seis de ellas de su nuevo disco, "Maré Alta". La gira incluye 18 conciertos en seis países.`,
	}, map[string][2]string{"sh2es.txt": {"24", "26"}}},
	{"verbena-box-office", map[string]string{
		"sh3es.txt": `es|'La última verbena' firma el mejor estreno de una película española

Cine | Taquilla

Madrid, 2 de septiembre de 2030

La comedia 'La última verbena', de la directora Carmen Oliván, recaudó 4,27 millones de euros en su primer fin de semana en los cines españoles, el mejor estreno de la historia para una película española, según datos de la consultora Taquimetría.

La cinta, que se estrenó el viernes en 410 cines, atrajo a 612.430 espectadores entre el viernes y el domingo. El récord anterior lo tenía 'Los novios de Albacete', que ingresó 3,9 millones en 2014.

"No me lo esperaba ni en mis mejores sueños", dijo Oliván, de 38 años. Su protagonista, la veterana Pilar Arrieta, de 71 años, vuelve a la gran pantalla después de una década.

La película costó 6,5 millones de euros.`,
		"sh3es2.txt": `es|Récord de taquilla para Carmen Oliván

Cultura

02/09/2030 - 12:30

Más de 600.000 espectadores vieron este fin de semana 'La última verbena', que ha recaudado 4,3 millones de euros y supera en un 10 % el anterior récord de estreno de una película española, en manos de 'Los novios de Albacete' desde 2014.

La comedia de Carmen Oliván se proyecta en 1.050 salas de 410 cines. El precio medio de la entrada fue de siete euros.

La distribuidora, Bahía Films, prevé superar los 20 millones de euros de recaudación total.`,
		"sh3en.txt": `en|Spanish comedy breaks domestic opening record

Film | Box office

By Laura Pike, Madrid

September 2, 2030

'La última verbena', a comedy by Spanish director Carmen Oliván, took €4.3 million at the Spanish box office in its opening weekend, the best debut ever for a Spanish film, figures from Taquimetría showed on Monday.

The film sold more than 612,000 tickets from Friday to Sunday across 410 cinemas, beating the €3.9 million opening of 'Los novios de Albacete' in 2014.

Made on a budget of €6.5 million, the film stars Pilar Arrieta, 71, in her first screen role in ten years. Oliván is 38.`,
		"sh3pt.txt": `pt|Comédia espanhola 'La última verbena' chega a Portugal em setembro

Cinema

3 set 2030

Depois de uma estreia recorde em Espanha, onde faturou 4,27 milhões de euros no primeiro fim de semana, a comédia 'La última verbena', de Carmen Oliván, chega às salas portuguesas a 12 de setembro.

O filme foi visto por mais de 612 mil espetadores em três dias em Espanha, num total de 410 cinemas. A distribuidora portuguesa, Lumiar Filmes, prevê lançá-lo em 45 salas.

No elenco destaca-se Pilar Arrieta, de 71 anos, que regressa ao cinema dez anos depois.`,
	}, nil},
	{"sauerland-crash", map[string]string{
		"sh4de.txt": `de|Massensturz überschattet Großen Preis des Sauerlands

Sport | Radsport

Arnsberg, 21.04.2030

Ein Massensturz rund 18 Kilometer vor dem Ziel hat am Sonntag den Großen Preis des Sauerlands überschattet. In einer Abfahrt bei Tempo 70 kamen nach Angaben der Veranstalter 23 Fahrer zu Fall, vier von ihnen wurden ins Krankenhaus gebracht.

Am schwersten erwischte es den Spanier Iker Zubeldia (27), der sich das Schlüsselbein brach. Der Portugiese Tiago Meireles (31) erlitt eine Gehirnerschütterung.

Den Sieg holte sich nach 196 Kilometern der 24-jährige Jonas Faltermeier im Sprint einer zwölfköpfigen Gruppe. „Nach so einem Sturz kann man sich nicht richtig freuen“, sagte er.

Renndirektor Uwe Schramm kündigte an, die Abfahrt vom Kahlen Hang im nächsten Jahr aus dem Programm zu nehmen.`,
		"sh4de2.txt": `de|Radsport: Faltermeier gewinnt nach Horror-Sturz

Arnsberg (rsp) - Jonas Faltermeier hat den Großen Preis des Sauerlands gewonnen. Der Profi setzte sich am Sonntag nach 196 km im Sprint durch.

Überschattet wurde das Rennen von einem Sturz, in den gut 20 Fahrer verwickelt waren. Vier Profis mussten ins Krankenhaus.

Der 24 Jahre alte Baske Iker Zubeldia brach sich das Schlüsselbein und fällt mehrere Wochen aus. Tiago Meireles aus Portugal zog sich eine Gehirnerschütterung zu.

Die Rennleitung sprach von einem „schwarzen Tag“.`,
		"sh4es.txt": `es|Iker Zubeldia se rompe la clavícula en una caída masiva en Alemania

Ciclismo

Bilbao, 21 abr (Agencia)

El ciclista vizcaíno Iker Zubeldia, de 27 años, sufrió este domingo una fractura de clavícula en una caída masiva a unos 18 kilómetros de la meta del Gran Premio de Sauerland, en Alemania, y estará de baja entre cuatro y seis semanas, según su equipo, el Arrasate Taldea.

La caída, en un descenso a unos 70 kilómetros por hora, afectó a 23 corredores, cuatro de los cuales fueron trasladados al hospital, entre ellos el portugués Tiago Meireles, de 31 años.

La carrera, de 196 kilómetros, la ganó al esprint el alemán Jonas Faltermeier, de 24 años.`,
		"sh4pt.txt": `pt|Tiago Meireles com concussão após queda na Alemanha

Modalidades | Ciclismo

21 abr 2030, 19:40

O ciclista português Tiago Meireles, de 31 anos, sofreu uma concussão numa queda coletiva no Grande Prémio de Sauerland, na Alemanha, este domingo, a cerca de 18 quilómetros da chegada.

Meireles passou a noite no hospital de Arnsberg em observação, informou a equipa. A queda envolveu 23 corredores.

O espanhol Iker Zubeldia fraturou a clavícula. A vitória foi para o alemão Jonas Faltermeier, após 196 quilómetros.`,
	}, map[string][2]string{"sh4de2.txt": {"24 years", "27 years"}}},
	{"keeper-to-lisbon", map[string]string{
		"sh5pt.txt": `pt|Vitória Atlântico contrata guarda-redes alemão por 18 milhões

Desporto | Futebol

Lisboa, 2 de julho de 2030

O Vitória Atlântico chegou a acordo com o SV Elbtal para a contratação do guarda-redes alemão Niklas Brandstätter, de 28 anos, por 18 milhões de euros, anunciou o clube lisboeta esta terça-feira em comunicado à CMVM.

O valor pode subir até 21 milhões com objetivos. Brandstätter assina contrato por cinco temporadas, até 2035, com uma cláusula de rescisão de 60 milhões de euros.

É a contratação mais cara de sempre de um guarda-redes por um clube português; o recorde anterior era de 12 milhões, pago em 2027.

"Venho para ganhar títulos", disse o guarda-redes, que soma 142 jogos na Bundesliga e três internacionalizações pela Alemanha.`,
		"sh5pt2.txt": `pt|Brandstätter é reforço do Vitória Atlântico

Mercado

02/07/2030 — 14:05

O guarda-redes internacional alemão Niklas Brandstätter é o novo reforço do Vitória Atlântico. O clube paga ao SV Elbtal 18 milhões de euros, a que podem somar-se mais três milhões em variáveis.

O jogador, de 28 anos, mede 1,94 metros e realizou 142 jogos na Bundesliga nas últimas cinco épocas.

O contrato é válido por cinco anos e inclui uma cláusula de rescisão de 80 milhões de euros. O SV Elbtal fica com 10% de uma futura venda.

O presidente do clube, Augusto Ferraz, de 63 anos, fala num "sinal de ambição".`,
		"sh5de.txt": `de|Elbtal-Keeper Brandstätter wechselt nach Lissabon

Bundesliga

Hamburg, 2. Juli 2030

Torhüter Niklas Brandstätter verlässt den SV Elbtal und wechselt zu Vitória Atlântico nach Portugal. Die Ablöse beträgt nach Vereinsangaben 18 Millionen Euro, durch Bonuszahlungen kann sie auf bis zu 21 Millionen Euro steigen.

Der 28-Jährige unterschreibt in Lissabon einen Vertrag bis 2035. Die Ausstiegsklausel soll bei 60 Millionen Euro liegen. Elbtal ist mit zehn Prozent an einem Weiterverkauf beteiligt.

„Niklas hat uns fünf Jahre lang getragen“, sagte Sportvorstand Heiko Lindner. Brandstätter bestritt 142 Bundesligaspiele für Elbtal und drei Länderspiele.`,
		"sh5en.txt": `en|Vitória Atlântico sign Germany keeper Brandstätter for €18m

Transfers

July 2, 2030

Portuguese club Vitória Atlântico have signed Germany goalkeeper Niklas Brandstätter from SV Elbtal for €18 million, rising to €21 million with add-ons, a record for a keeper in Portugal.

The 28-year-old has agreed a five-year deal with a €60m release clause. Elbtal will also receive 10% of any future sale.

Brandstätter made 142 Bundesliga appearances and has three caps. The previous record for a goalkeeper bought by a Portuguese club was €12 million, in 2027.`,
	}, map[string][2]string{"sh5pt2.txt": {"€80 million", "€60 million"}}},
	{"atlantic-race-leg", map[string]string{
		"sh6pt.txt": `pt|Joana Casqueiro vence etapa Cascais-Mindelo da Regata Atlântica

Náutica

Mindelo, 10 de outubro de 2030

A velejadora portuguesa Joana Casqueiro, de 34 anos, venceu a primeira etapa da Regata Atlântica, entre Cascais e o Mindelo, em Cabo Verde, ao cortar a meta na quinta-feira às 10h40 locais a bordo do "Ventania".

Casqueiro precisou de 7 dias, 4 horas e 12 minutos para cobrir cerca de 1.550 milhas náuticas, um novo recorde da prova, que baixa em quase 11 horas a marca de 2026.

O alemão Malte Grewe, de 41 anos, chegou seis horas depois no "Nordlicht". Das 14 embarcações que partiram de Cascais, duas desistiram depois de uma tempestade com ventos de 50 nós ao largo da Madeira.

"Dormi pouco mais de três horas por dia", contou a velejadora.`,
		"sh6pt2.txt": `pt|Regata Atlântica: "Ventania" chega primeiro ao Mindelo

Praia, 10 out (Agência) - O veleiro português "Ventania", de Joana Casqueiro, foi o primeiro a chegar ao Mindelo, na ilha de São Vicente, na quinta-feira, no final da etapa inaugural da Regata Atlântica, com um tempo recorde de sete dias e quatro horas.

O anterior recorde, de 2026, era de 7 dias e 15 horas.

Em segundo lugar ficou o "Nordlicht", do alemão Malte Grewe. Doze dos 14 barcos continuam em prova. A segunda etapa, até Salvador da Bahia, arranca a 25 de outubro.`,
		"sh6en.txt": `en|Casqueiro smashes record on Atlantic Race opener

Sailing

October 10, 2030

Portugal's Joana Casqueiro won the first leg of the Atlantic Race from Cascais to Mindelo in Cape Verde on Thursday, setting a course record of seven days, four hours and 12 minutes aboard Ventania.

The 34-year-old sailed roughly 1,550 nautical miles, beating the 2026 record by almost 11 hours. German skipper Malte Grewe, 41, finished second, six hours behind.

Two of the 14 starters retired after a storm off Madeira with gusts of 50 knots.`,
		"sh6de.txt": `de|Segeln: Grewe Zweiter auf erster Etappe der Atlantik-Regatta

Sport

10.10.2030

Der Kieler Segler Malte Grewe hat die erste Etappe der Atlantik-Regatta von Cascais nach Mindelo auf den Kapverden als Zweiter beendet. Der 41-Jährige erreichte mit seiner „Nordlicht“ das Ziel sechs Stunden nach der Siegerin.

Die Portugiesin Joana Casqueiro (34) war am Mittwoch um 10.40 Uhr Ortszeit ins Ziel gekommen. Sie brauchte für die rund 1550 Seemeilen sieben Tage, vier Stunden und zwölf Minuten – Rekord.

Grewe sagte: „Gegen dieses Boot war heute nichts zu machen.“ Die zweite Etappe nach Salvador da Bahia beginnt am 25. Oktober.`,
	}, map[string][2]string{"sh6de.txt": {"Wednesday", "Thursday"}}},
	{"alhambra-music-awards", map[string]string{
		"sh7es.txt": `es|Valeria Quintana arrasa en los Premios Alhambra con cuatro galardones

Cultura | Música

Sevilla, 17 de noviembre de 2030

La cantante malagueña Valeria Quintana, de 29 años, fue la gran triunfadora de la XII gala de los Premios Alhambra de la Música, celebrada el sábado en Sevilla, con cuatro premios de las siete candidaturas a las que optaba, entre ellos el de álbum del año por 'Luz de feria'.

El veterano cantautor Ramón Ezcaray, de 76 años, recibió el premio de honor por una trayectoria de más de 50 años. La portuguesa Inês Vilar se llevó el de mejor álbum en lengua portuguesa.

Unas 3.200 personas asistieron a la gala en el Palacio de Congresos, que duró tres horas y media. La retransmisión televisiva reunió a 1,8 millones de espectadores, con una cuota del 14,2 %, frente al 12,9 % del año pasado.`,
		"sh7en.txt": `en|Valeria Quintana wins four at Alhambra Music Awards

Entertainment

Seville, Nov 17

Spanish singer Valeria Quintana took four awards, including album of the year for 'Luz de feria', at the 12th Alhambra Music Awards in Seville on Saturday night. The 29-year-old had seven nominations.

Singer-songwriter Ramón Ezcaray, 76, received an honorary award. Portugal's Inês Vilar, 33, won best Portuguese-language album.

The ceremony, watched by 1.8 million TV viewers (a 14.2% audience share), lasted about three and a half hours.`,
		"sh7pt.txt": `pt|Inês Vilar premiada em Sevilha

Cultura

17 nov 2030

A fadista Inês Vilar, de 33 anos, venceu no sábado o prémio de melhor álbum em língua portuguesa nos Prémios Alhambra da Música, em Sevilha, com o disco 'Rua do Sol'.

É a segunda portuguesa distinguida nesta categoria, criada em 2021. A grande vencedora da noite foi a espanhola Valeria Quintana, com quatro prémios em sete nomeações.

"Este prémio é para Alfama", disse Vilar no palco, perante cerca de 3200 pessoas.`,
	}, nil},
	{"baltic-golf-open", map[string]string{
		"sh8de.txt": `de|Urquiza gewinnt die Ostsee Open – Kranich knapp Zweiter

Sport | Golf

Lübeck, 26. Mai 2030

Der Spanier Pablo Urquiza hat die Ostsee Open in Travemünde gewonnen. Der 31-Jährige spielte am Sonntag eine 67er-Runde und kam mit insgesamt 274 Schlägen (14 unter Par) ins Ziel, einen Schlag vor dem 23 Jahre alten Lokalmatador Felix Kranich.

Für Urquiza ist es der erste Sieg auf der Europa-Tour. Er kassiert 425.000 Euro des mit 2,5 Millionen Euro dotierten Turniers.

„Ich habe am 18. Loch gezittert“, sagte Kranich. An den vier Turniertagen kamen rund 38.000 Zuschauer auf den Platz.`,
		"sh8es.txt": `es|Pablo Urquiza logra en Alemania su primer título en el circuito europeo

Golf

Madrid, 26 may (Agencia)

El golfista navarro Pablo Urquiza, de 31 años, conquistó este domingo el Open del Báltico, en Lübeck (Alemania), su primer triunfo en el circuito europeo, con un total de 274 golpes, 14 bajo par, uno menos que el alemán Felix Kranich.

Urquiza, que firmó una última vuelta de 67 golpes, se embolsa 425.000 euros de una bolsa total de 2,5 millones. El navarro, que ocupaba el puesto 212 del ranking mundial, subirá unos 120 puestos.

Es el primer español que gana el torneo desde 2011.`,
		"sh8en.txt": `en|Urquiza holds off Kranich for maiden title

Golf | European tour

Travemünde, Germany, May 26, 2030

Spain's Pablo Urquiza won the Baltic Sea Open by one stroke on Sunday, closing with a five-under-par 67 for a 14-under total of 274 and his first European tour title.

German 23-year-old Felix Kranich, playing in front of a home crowd, finished second. Urquiza, 31, collects €425,000 from a €2.5 million purse.

About 38,000 spectators attended over four days.`,
	}, nil},
	{"lighthouse-musical", map[string]string{
		"sh9de.txt": `de|„Der Leuchtturm“ feiert 1000. Vorstellung

Kultur | Hamburg

Hamburg, 4. September 2030

Das Musical „Der Leuchtturm“ ist am Mittwochabend im Theater am Sandtorkai zum 1000. Mal aufgeführt worden. Seit der Premiere im März 2027 haben rund 1,4 Millionen Menschen die Show gesehen.

Die durchschnittliche Auslastung liegt nach Angaben des Betreibers Hafenbühne bei 93 Prozent. Auf der Bühne stehen 34 Darstellerinnen und Darsteller, im Orchestergraben spielen 14 Musiker.

Hauptdarstellerin Miriam Jaschke (31) spielt die Leuchtturmwärterin Greta seit der ersten Vorstellung. Der brasilianische Komponist Caio Menezes (45) war zur Jubiläumsvorstellung angereist.

Das Musical läuft zunächst bis Ende 2031.`,
		"sh9de2.txt": `de|Tausendste Vorstellung: Leuchtturm-Musical bleibt ein Renner

Hamburg (rsp) - Mit der 1.000. Vorstellung hat das Musical „Der Leuchtturm“ am Mittwoch einen Meilenstein erreicht. Mehr als 1,38 Millionen Karten wurden seit 2027 verkauft, die Auslastung liegt bei 93 %.

Hamburgs Kultursenatorin Katrin Oldhaver sprach von einem „Glücksfall für die Stadt“. Die Produktion kostete 12 Millionen Euro.

Komponist Caio Menezes aus São Paulo sagte, er habe die Musik in nur neun Monaten geschrieben.`,
		"sh9pt.txt": `pt|Musical do brasileiro Caio Menezes chega às mil sessões em Hamburgo

Cultura

São Paulo, 5 de setembro de 2030

O musical "Der Leuchtturm" ("O Farol"), com música do compositor paulistano Caio Menezes, de 45 anos, atingiu na quarta-feira a milésima apresentação em Hamburgo, na Alemanha.

Desde a estreia, em março de 2027, cerca de 1,4 milhão de pessoas assistiram ao espetáculo, que tem taxa média de ocupação de 93%.

"Escrevi a música em nove meses, numa casa de praia em Ubatuba", lembrou Menezes, que viajou a Hamburgo para a sessão comemorativa.`,
		"sh9en.txt": `en|Hamburg lighthouse musical marks 1,000th show

Stage

September 5, 2030

'Der Leuchtturm', a German-language musical with a score by Brazilian composer Caio Menezes, played its 1,000th performance in Hamburg on Wednesday.

About 1.4 million people have seen the show since it opened in March 2027. It cost €12 million to stage.

Operator Hafenbühne said seats had been 89% full on average. Miriam Jaschke, 31, has played the lead role of lighthouse keeper Greta since the premiere.`,
	}, map[string][2]string{"sh9en.txt": {"89%", "93%"}}},
	{"middleweight-title", map[string]string{
		"sh10pt.txt": `pt|Rafael Trindade é campeão europeu de pesos médios

Desporto | Boxe

Hamburgo, 13 de outubro de 2030

O pugilista português Rafael Trindade, de 29 anos, conquistou no sábado o título europeu de pesos médios ao vencer em Hamburgo o alemão Dennis Kowalczyk, de 33, por decisão unânime, ao fim de 12 assaltos.

Os três juízes pontuaram o combate com 116-112, 117-111 e 115-113 a favor do português, que soma agora 25 vitórias, 16 delas por KO, e uma derrota.

Foi a primeira derrota de Kowalczyk em 31 combates profissionais. Cerca de 10.500 espetadores assistiram ao combate na Alsterhalle.

"Dedico isto ao meu pai, que me levou ao ginásio aos oito anos", disse Trindade.`,
		"sh10de.txt": `de|Kowalczyk verliert EM-Titel an Trindade

Sport | Boxen

Hamburg, 12.10.2030 – 23:58 Uhr

Dennis Kowalczyk hat seinen Europameistertitel im Mittelgewicht verloren. Der 33-jährige Hamburger unterlag am Samstagabend in der mit 10.500 Zuschauern ausverkauften Alsterhalle dem Portugiesen Rafael Trindade einstimmig nach Punkten.

Die Punktrichter werteten 116:112, 117:111 und 115:113 für den 29-Jährigen. Für Kowalczyk war es im 31. Profikampf die erste Niederlage.

„Ich habe ihn in der zweiten Hälfte unterschätzt“, sagte Kowalczyk, der eine Revanche ankündigte. Promoter Jens Abeling will den Rückkampf im Frühjahr 2031 organisieren.`,
		"sh10es.txt": `es|El portugués Rafael Trindade, campeón de Europa del peso medio

Boxeo

Hamburgo, 13 oct (Agencia)

El portugués Rafael Trindade, de 29 años, se proclamó el sábado campeón de Europa del peso medio al derrotar por decisión unánime al alemán Dennis Kowalczyk, de 33, ante unos 10.500 espectadores en Hamburgo.

Trindade, que suma 25 victorias y una derrota, se impuso con tarjetas de 116-112, 117-111 y 115-113 tras doce asaltos. El alemán perdió su condición de invicto tras 30 victorias.`,
	}, nil},
}
