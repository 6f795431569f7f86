package compare

// heldOutWinter is a blind held-out set written without reading the
// extraction, grouping or matching code: eight events in seven languages,
// six with one planted contradiction each, two with none.
//
// First run (commit 5c9255f, texts unchanged since): 3/6 contradictions
// flagged, 1 false disagreement, so the test passes its threshold. Flagged:
// ferry (Freitag against Thursday), zoo (11 years against 9), hail (35%
// against 25%). Missed: pipeline, w1fr's "sept morts" [7] stands alone, as
// "vijf mensen om het leven gekomen", "killed five people" and "fünf
// Menschen getötet" give no dead count; jackpot, w3es's "dotado con 187
// millones de euros" [€187 million] sits in a row of its own ("dotado")
// apart from the "record" row of €178 million; club, w6de's "den 1908
// gegründeten Verein" gives no year at all. The false disagreement:
// pipeline count "blessés", w1en's "killed five people" [5] against "Drei
// Verletzte" and "Trois blessés" [3]. Other wrong readings in the -v log:
// "22 chili", "22 quilos" as a count [22] apart from "22 kilos" [22 kg];
// w2pt's "mais de 1900 instituições" read as the year 1900; "viticoltore di
// 61 anni" as a duration [61 years]; "Managing director" normalised [chief
// executive] beside "directeur" [director]; "Prime Minister" [prime
// minister] beside "Regierungschefin" [head]; w3en's quote after
// "Tobacconist Luca Ferrandi, 44, said:" kept without its speaker.
//
// Fixed after, so the set is held out no longer: a count after a verb of
// killing is of the dead, and what happened to people stops at "and"
// ("killed five people and injured 17 others", the false flag); "mais de
// 1900" is no year; "chili" and "quilos" are kilograms. Now 4 of 6 and 1
// false disagreement: three of the injured in a critical state against
// the 17 injured.
var heldOutWinter = []heldOutEvent{
	{"pipeline", map[string]string{
		"w1en.txt": `en|Gas pipeline blast kills five near Zelhem, injures 17

World | Europe | Energy

Published 3 February 2028, 16:40 GMT

ZELHEM, Belgium (Reuters) - An explosion on a high-pressure gas pipeline killed five people and injured 17 others on the outskirts of the Belgian town of Zelhem on Thursday, the regional governor said.

The blast, shortly after 6.15 a.m., left a crater about 12 metres (39 feet) wide and set fire to two farm buildings. Some 240 residents living within a radius of 800 metres were evacuated.

"The pressure in the line dropped in a few seconds, then we saw the fireball," said Koen Vermaelen, a spokesman for the grid operator Flandrigas. The 36-year-old pipeline carries gas from the port of Zeebrugge to the south of the country.

Governor Liesbeth Aerts said three of the injured were in a critical condition. Prosecutors have opened an investigation.`,
		"w1nl.txt": `nl|Vijf doden bij ontploffing gasleiding in Zelhem

Binnenland | 03/02/2028 | 17:02

Bij een ontploffing van een hogedrukgasleiding aan de rand van Zelhem zijn donderdagochtend vijf mensen om het leven gekomen. Zeventien mensen raakten gewond, drie van hen verkeren in kritieke toestand, zei gouverneur Liesbeth Aerts.

De explosie gebeurde even na kwart over zes. Er ontstond een krater van ongeveer twaalf meter breed, twee landbouwschuren brandden uit. Zo'n 240 buurtbewoners binnen een straal van 800 meter werden geëvacueerd.

"De druk in de leiding viel in enkele seconden weg, daarna zagen we de vuurbal", aldus woordvoerder Koen Vermaelen van netbeheerder Flandrigas. De leiding is 36 jaar oud.

Het parket heeft een onderzoek geopend.`,
		"w1fr.txt": `fr|Explosion d'un gazoduc en Belgique : sept morts à Zelhem

Monde | Belgique | Publié le 3 février 2028 à 17h20

L'explosion d'une conduite de gaz à haute pression a fait sept morts et 17 blessés jeudi matin en périphérie de Zelhem, a annoncé la gouverneure de la province, Liesbeth Aerts.

La déflagration, survenue peu après 6h15, a creusé un cratère d'environ 12 mètres de large et incendié deux hangars agricoles. Quelque 240 habitants vivant dans un rayon de 800 mètres ont été évacués.

« La pression dans la conduite a chuté en quelques secondes, puis nous avons vu la boule de feu », a expliqué Koen Vermaelen, porte-parole du gestionnaire de réseau Flandrigas. Trois blessés sont dans un état critique.`,
		"w1de.txt": `de|Gasleitung in Belgien explodiert – fünf Tote

Ausland | Belgien

Stand: 03.02.2028, 18:05 Uhr

Zelhem – Bei der Explosion einer Hochdruck-Gasleitung am Stadtrand des belgischen Zelhem sind am Donnerstag fünf Menschen getötet und 17 verletzt worden. Drei Verletzte schweben nach Angaben von Gouverneurin Liesbeth Aerts in Lebensgefahr.

Die Explosion ereignete sich kurz nach 6.15 Uhr. Sie riss einen etwa zwölf Meter breiten Krater, zwei Scheunen gerieten in Brand. Rund 240 Anwohner im Umkreis von 800 Metern mussten ihre Häuser verlassen.

Ein Sprecher des Netzbetreibers Flandrigas, Koen Vermaelen, sagte, der Druck in der 36 Jahre alten Leitung sei binnen Sekunden abgefallen. Die Staatsanwaltschaft ermittelt.`,
	}, map[string][2]string{"w1fr.txt": {"7", "5"}}},
	{"ranking", map[string]string{
		"w2en.txt": `en|Lisbon's Tagus Polytechnic climbs into global top 100

Education | Universities

By staff reporter | 14 February 2028

The Tagus Polytechnic in Lisbon has entered the top 100 of the Meridian World University Rankings for the first time, rising 23 places to 94th in the table published on Monday.

The ranking, compiled by the London-based research firm Meridian Analytics, assessed more than 1,900 institutions in 104 countries. Teaching, research income and international staff each carry a quarter of the weight.

"This is the result of ten years of work," said rector Helena Moutinho, 57. The polytechnic now has about 21,000 students, nearly half of them in engineering.

Spain's University of Valbuena fell six places to 131st.`,
		"w2pt.txt": `pt|Politécnico do Tejo entra pela primeira vez no top 100 mundial

Sociedade | Ensino Superior | 14/02/2028

O Politécnico do Tejo, em Lisboa, subiu 23 posições e ocupa agora o 94.º lugar do ranking mundial Meridian, divulgado esta segunda-feira. É a primeira vez que uma instituição portuguesa do género entra no top 100.

A classificação, elaborada pela Meridian Analytics, avaliou mais de 1900 instituições de 104 países. O ensino, o financiamento da investigação e a internacionalização do corpo docente valem, cada um, um quarto da nota.

"É o resultado de dez anos de trabalho", afirmou a reitora, Helena Moutinho, de 57 anos. O politécnico tem cerca de 21 mil estudantes, quase metade em engenharia.`,
		"w2es.txt": `es|La Universidad de Valbuena cae al puesto 131 en la clasificación Meridian

Educación | Universidades

Madrid, 14 feb (EFE).- La Universidad de Valbuena ha perdido seis posiciones y ocupa el puesto 131 de la clasificación mundial Meridian publicada este lunes, que evalúa a más de 1.900 centros de 104 países.

El Politécnico del Tajo, de Lisboa, entra por primera vez entre los cien primeros, en el puesto 94, tras escalar 23 posiciones. Su rectora, Helena Moutinho, de 57 años, lo atribuyó a "diez años de trabajo".

La docencia, los ingresos por investigación y el personal internacional pesan cada uno una cuarta parte de la nota final, según la consultora británica Meridian Analytics.`,
	}, nil},
	{"jackpot", map[string]string{
		"w3it.txt": `it|SuperStella, vinti 178 milioni a Cremona: è il jackpot più alto d'Italia

Cronaca | Lotterie

Cremona, 9 gennaio 2028 – Un unico biglietto giocato in una tabaccheria di Cremona ha centrato il "6" al SuperStella nell'estrazione di martedì sera, vincendo 178 milioni di euro. È la vincita più alta mai registrata in Italia.

La schedina, una giocata da 2 euro, è stata convalidata nella tabaccheria di via Manin. "Siamo emozionati, speriamo sia qualcuno del quartiere", ha detto il titolare, Luca Ferrandi, 44 anni.

Il jackpot non veniva vinto da 97 concorsi, circa otto mesi. La probabilità di indovinare la sestina è di una su oltre 622 milioni.`,
		"w3es.txt": `es|Un acertante en Italia se lleva 187 millones de euros

Sociedad | Loterías

Roma, 10 ene (Europa Press).- Un solo boleto sellado en un estanco de la ciudad italiana de Cremona ha acertado el premio máximo del SuperStella, dotado con 187 millones de euros, en el sorteo del martes, el mayor de la historia del país.

El apostante jugó apenas 2 euros. El bote llevaba 97 sorteos sin ganador, unos ocho meses.

"Estamos emocionados", declaró el dueño del estanco, Luca Ferrandi, de 44 años.`,
		"w3fr.txt": `fr|Italie : un joueur remporte 178 millions d'euros au SuperStella

Insolite | Publié le 10/01/2028

Un seul ticket, validé dans un bureau de tabac de Crémone, a remporté mardi soir le jackpot record de 178 millions d'euros au SuperStella, la loterie nationale italienne.

Le gagnant avait misé 2 euros. Le jackpot n'était pas tombé depuis 97 tirages, soit environ huit mois. La probabilité de trouver la bonne combinaison est d'une sur plus de 622 millions.

« Nous sommes émus », a réagi Luca Ferrandi, 44 ans, le propriétaire du tabac.`,
		"w3en.txt": `en|Single ticket in Cremona wins record €178m Italian jackpot

Lottery | Europe

A single ticket bought at a tobacconist's in the northern Italian city of Cremona has won a record 178 million euros ($194 million) in Tuesday's SuperStella draw, the operator said.

The winner staked just €2. The jackpot had rolled over 97 times, or about eight months. Odds of matching all six numbers are more than 622 million to one.

Tobacconist Luca Ferrandi, 44, said: "We're thrilled, we hope it's someone from the neighbourhood."`,
	}, map[string][2]string{"w3es.txt": {"€187 million", "€178 million"}}},
	{"ferry", map[string]string{
		"w4nl.txt": `nl|Veerdienst Harlingen–Oostmare stopt na 61 jaar

Regio | Friesland

Door onze verslaggever | 20/01/2028, 11:30

De veerverbinding tussen Harlingen en het eiland Oostmare wordt per 1 april opgeheven. Dat maakte rederij Waddenlijn donderdag bekend. De dienst, die 61 jaar bestond, vervoerde vorig jaar nog ruim 180.000 passagiers.

Volgens directeur Marten Hoekstra (52) lijdt de rederij op de lijn jaarlijks een verlies van zo'n 3,4 miljoen euro. ,,We hebben alles geprobeerd, maar de cijfers kloppen niet meer", zei hij.

De overtocht duurt ongeveer vijf kwartier. Ongeveer 40 medewerkers verliezen hun baan; de rederij zoekt voor hen ander werk.`,
		"w4de.txt": `de|Niederländische Fähre nach Oostmare wird eingestellt

Reise | Niederlande

Harlingen – Die Fährverbindung zwischen Harlingen und der Wattenmeerinsel Oostmare wird zum 1. April eingestellt. Das gab die Reederei Waddenlijn am Freitag bekannt. Die Linie bestand seit 61 Jahren und beförderte im vergangenen Jahr mehr als 180.000 Passagiere.

Reederei-Direktor Marten Hoekstra, 52, bezifferte den jährlichen Verlust auf rund 3,4 Millionen Euro. „Die Zahlen stimmen einfach nicht mehr“, sagte er.

Rund 40 Beschäftigte verlieren ihre Stelle.`,
		"w4en.txt": `en|Dutch ferry to Oostmare island to close after 61 years

Travel | Netherlands

The ferry between the Dutch port of Harlingen and the island of Oostmare will stop running on 1 April, operator Waddenlijn said on Thursday, ending a service that carried more than 180,000 passengers last year.

Managing director Marten Hoekstra, 52, said the route was losing about €3.4 million a year. "We've tried everything, but the numbers no longer add up," he said.

The crossing takes about an hour and a quarter. Some 40 staff will lose their jobs.`,
	}, map[string][2]string{"w4de.txt": {"Friday", "Thursday"}}},
	{"zoo", map[string]string{
		"w5pt.txt": `pt|Jardim Zoológico do Porto celebra nascimento de raro okapi

Sociedade | Ambiente | 27/01/2028

Nasceu no Jardim Zoológico do Porto uma cria de okapi, uma das espécies mais raras de girafídeos, anunciou esta quinta-feira a instituição. A cria, uma fêmea, nasceu no dia 19 de janeiro e pesava cerca de 22 quilos.

A mãe, Zuri, de 11 anos, chegou ao Porto em 2023 vinda de um zoo belga. É a primeira cria de okapi nascida em Portugal.

"Mãe e filha estão bem e a cria já mama sem ajuda", disse a veterinária Inês Cordeiro. Existem menos de 100 okapis em zoos europeus. O público só poderá ver a cria dentro de cerca de dois meses.`,
		"w5es.txt": `es|Nace en Oporto una cría de okapi, la primera en Portugal

Ciencia | Animales

Oporto, 27 ene (EFE).- El zoológico de Oporto ha anunciado este jueves el nacimiento de una cría hembra de okapi, una especie emparentada con la jirafa y muy escasa en cautividad. Nació el 19 de enero con unos 22 kilos.

La madre, Zuri, de 9 años, llegó desde Bélgica en 2023. En los zoológicos europeos viven menos de un centenar de okapis.

"Madre e hija están bien", aseguró la veterinaria del parque, Inês Cordeiro.`,
		"w5it.txt": `it|Porto, nato un raro okapi allo zoo: è il primo in Portogallo

Ambiente | Animali

Lo zoo di Porto ha annunciato giovedì la nascita di un cucciolo di okapi, una femmina, venuta alla luce il 19 gennaio. Pesava circa 22 chili.

La madre, Zuri, 9 anni, era arrivata nel 2023 da uno zoo in Belgio. Negli zoo europei vivono meno di cento okapi.

"Madre e figlia stanno bene", ha detto la veterinaria Inês Cordeiro. Il pubblico potrà vedere la piccola tra circa due mesi.`,
		"w5fr.txt": `fr|Naissance rare d'un okapi au zoo de Porto

Planète | Animaux | Le 27 janvier 2028

Le zoo de Porto, au Portugal, a annoncé jeudi la naissance d'un bébé okapi femelle, le 19 janvier. Le petit pesait environ 22 kilos à la naissance.

Sa mère, Zuri, âgée de 9 ans, était arrivée d'un zoo belge en 2023. C'est le premier okapi né au Portugal. On compte moins de 100 okapis dans les zoos européens.

« La mère et sa fille se portent bien », a indiqué la vétérinaire Inês Cordeiro.`,
	}, map[string][2]string{"w5pt.txt": {"11 years", "9 years"}}},
	{"club", map[string]string{
		"w6it.txt": `it|Fallisce la Pro Vercellina, il club fondato nel 1906

Sport | Calcio | Serie C

Vercelli, 16 febbraio 2028 – Il tribunale di Vercelli ha dichiarato mercoledì il fallimento della Pro Vercellina, storica società calcistica fondata nel 1906 e vincitrice di tre scudetti negli anni Dieci.

Il club aveva debiti per circa 14 milioni di euro. "È una giornata triste per la città", ha commentato il sindaco Franco Giordano.

La squadra, penultima nel girone A di Serie C, è esclusa dal campionato. I circa 30 giocatori sono liberi di firmare con altre società.`,
		"w6de.txt": `de|Italienischer Traditionsklub Pro Vercellina ist pleite

Sport | Fußball

Vercelli – Der italienische Drittligist Pro Vercellina ist insolvent. Ein Gericht in Vercelli erklärte den 1908 gegründeten Verein am Mittwoch für bankrott. Die Schulden belaufen sich auf etwa 14 Millionen Euro.

Der Klub hatte drei italienische Meistertitel gewonnen. „Ein trauriger Tag für die Stadt“, sagte Bürgermeister Franco Giordano.

Die rund 30 Spieler können ablösefrei wechseln.`,
		"w6nl.txt": `nl|Italiaanse traditieclub Pro Vercellina failliet

Sport | Voetbal | 16-02-2028

De Italiaanse voetbalclub Pro Vercellina is woensdag failliet verklaard door de rechtbank van Vercelli. De club, opgericht in 1906, had een schuld van ongeveer 14 miljoen euro.

Pro Vercellina werd drie keer landskampioen. "Een trieste dag voor de stad," zei burgemeester Franco Giordano. De ongeveer 30 spelers mogen transfervrij vertrekken.`,
		"w6pt.txt": `pt|Histórico Pro Vercellina declarado falido

Desporto | Futebol Internacional

O tribunal de Vercelli declarou na quarta-feira a falência do Pro Vercellina, clube italiano fundado em 1906 e três vezes campeão nacional. As dívidas rondam os 14 milhões de euros.

"É um dia triste para a cidade", lamentou o presidente da câmara, Franco Giordano. Os cerca de 30 jogadores ficam livres.`,
	}, map[string][2]string{"w6de.txt": {"1908", "1906"}}},
	{"hail", map[string]string{
		"w7fr.txt": `fr|Grêle dans le Gers : jusqu'à 25 % des vignes détruites

Régions | Occitanie | Agriculture

Publié le 8 juin 2028 à 12h30

Un violent orage de grêle s'est abattu mardi soir sur le nord du Gers, détruisant jusqu'à 25 % des vignes dans une vingtaine de communes, selon la chambre d'agriculture. Les grêlons, gros comme des balles de golf, atteignaient 4 centimètres de diamètre.

L'épisode a duré une vingtaine de minutes. Environ 3 000 hectares de vignes, de maïs et de tournesol ont été touchés.

« En quinze minutes, une année de travail est partie », a témoigné Bernard Lacoste, 61 ans, viticulteur à Eauze. Le président de la chambre d'agriculture, Jean-Marc Dupuy, demande la reconnaissance de l'état de calamité agricole.`,
		"w7es.txt": `es|El granizo arrasa viñedos en el sur de Francia

Internacional | Agricultura

París, 8 jun (EFE).- Una fuerte granizada caída el martes por la noche en el departamento francés del Gers destruyó hasta el 25 % de los viñedos en una veintena de municipios, según la cámara agrícola local.

Los granizos alcanzaron 4 centímetros de diámetro. Unas 3.000 hectáreas de viña, maíz y girasol resultaron afectadas por la tormenta, que duró unos veinte minutos.

El presidente de la cámara, Jean-Marc Dupuy, pidió que se declare el estado de calamidad agrícola.`,
		"w7it.txt": `it|Grandinata nel sud-ovest della Francia, distrutto il 35% dei vigneti

Esteri | Agricoltura

Una violenta grandinata si è abbattuta martedì sera sul dipartimento del Gers, nel sud-ovest della Francia, distruggendo fino al 35% dei vigneti in una ventina di comuni, secondo la camera dell'agricoltura.

I chicchi di grandine avevano un diametro di 4 centimetri. Circa 3.000 ettari di vigne, mais e girasoli sono stati colpiti.

"In quindici minuti se n'è andato un anno di lavoro", ha raccontato Bernard Lacoste, viticoltore di 61 anni di Eauze.`,
	}, map[string][2]string{"w7it.txt": {"35%", "25%"}}},
	{"minister", map[string]string{
		"w8en.txt": `en|Portuguese infrastructure minister resigns over rail contract

Politics | Europe

LISBON, 22 February 2028 (AFP) - Portugal's infrastructure minister, Rui Valadares, resigned on Tuesday, two weeks after newspapers reported that a company once run by his brother-in-law had won a €420 million rail signalling contract.

Valadares, 49, said he was leaving "to protect the government" and denied any wrongdoing. He had held the post for 19 months.

Prime Minister Sofia Barreto accepted the resignation and said state secretary Tiago Mendes would take over the ministry on an interim basis. Opposition leader Carlos Nunes called for a parliamentary inquiry.`,
		"w8pt.txt": `pt|Ministro das Infraestruturas Rui Valadares demite-se

Política | 22/02/2028 | 19h14

O ministro das Infraestruturas, Rui Valadares, apresentou esta terça-feira a demissão, duas semanas depois de ter sido noticiado que uma empresa gerida no passado pelo seu cunhado ganhou um contrato de sinalização ferroviária de 420 milhões de euros.

"Saio para proteger o Governo", afirmou Valadares, de 49 anos, que negou qualquer irregularidade. Estava no cargo há 19 meses.

A primeira-ministra, Sofia Barreto, aceitou o pedido e indicou que o secretário de Estado Tiago Mendes assume interinamente a pasta. O líder da oposição, Carlos Nunes, exige uma comissão parlamentar de inquérito.`,
		"w8de.txt": `de|Portugals Infrastrukturminister tritt zurück

Politik | Ausland

Stand: 22.02.2028, 20:40 Uhr

Lissabon – Portugals Infrastrukturminister Rui Valadares ist am Dienstag zurückgetreten. Zwei Wochen zuvor war bekannt geworden, dass eine früher von seinem Schwager geführte Firma einen Auftrag über 420 Millionen Euro für Bahnsignaltechnik erhalten hatte.

Der 49-Jährige wies jedes Fehlverhalten zurück. Er sei gegangen, „um die Regierung zu schützen“. Valadares war seit 19 Monaten im Amt.

Regierungschefin Sofia Barreto nahm den Rücktritt an. Staatssekretär Tiago Mendes übernimmt das Ministerium kommissarisch.`,
	}, nil},
}
