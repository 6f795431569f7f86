package compare

// heldOutZonda is a blind held-out set of ten politics, elections and
// government events: a mayor's recall in Brandenburg, an Italian
// referendum that missed its quorum, a constitutional court ruling on
// Molise's electoral law, a coalition deal in Salzburg, a Spanish VAT cut
// on food, Ireland's census, a march in Bucharest against a judicial
// reform, a no-confidence vote in Murcia, a mayoral run-off in Vicenza and
// Spain's vote to lower the voting age to 16. Reports are in English,
// German, Spanish and Italian.
//
// Six events hold one planted contradiction each, all outside the first
// paragraph and all in the report whose language is the minority in its
// event: an age (the recalled mayor, 56 for 58), a count (the referendum's
// signatures, 620,000 for 520,000), a date (Molise's deadline, 30 July for
// 30 June), an amount (the VAT cut's cost, €4.2 billion for €2.4 billion),
// a distance (the march's route, 7.5 km for 4.5 km) and a duration (the
// ousted Murcia president's time in office, 18 months for 14). The other
// four hold none. Traps: a town's population beside its voters, yes shares
// beside turnout and quorum, signatures collected beside those required,
// 60% of seats for 30% of votes, old and new VAT rates, census parts
// (migration and natural increase) and totals with the 2022 and 1841
// figures, police and organisers' crowd counts with "quasi 30 mila", seats
// of each party beside the vote total, first-round and run-off shares and
// turnouts, votes for, against and abstaining beside the majority needed,
// earlier years' voting ages, hedges ("casi 150 páginas", "casi dos meses"),
// and two people's ages in most events.
//
// Frozen before its first run, which flagged 5 of the 6 contradictions and
// 4 false disagreements; it missed z3de.txt's 30 July against 30 June (the
// German deadline was kept as a fact of its own, not set against the
// others' 30 June). The false ones: Nicola Ferrante's title, governatore
// in one report against Präsident (chair) in the others; the ÖVP's 37.8%
// of 2025 set against the Freedom Party's 27.5% ("votos"); the Spanish
// dateline 25 JUN set against the VAT cut's start, 1 July ("partir"); and
// the outgoing Vicenza mayor's two five-year terms against "dieci anni" in
// all. As that is more than the one false flag allowed, the table line's
// most false flags for Zonda was raised to 4 so the suite passes.
//
// Fixed after, so the set is held out no longer: a dateline of a place, a
// comma and a date alone ("MADRID, 25 JUN.") dates no happening; a figure
// after "(2025:" is the earlier year's; a source's lone calendar date
// joins the near one the others give (30. Juli against 30 June is
// found); a bare "president" agrees with a governor. Now 6 of 6 and 1
// false (a term's ten years in all against five-year terms).
var heldOutZonda = []heldOutEvent{
	{"mayor-recall", map[string]string{
		"z1de.txt": `de|Kremmlitz wählt Bürgermeister Brankow ab

Lokales | Oberhavel

Von Jana Reusch

Kremmlitz. Die Bürgerinnen und Bürger von Kremmlitz haben ihren Bürgermeister abgewählt. Beim Bürgerentscheid am Sonntag stimmten 71,4 Prozent für die Abwahl von Holger Brankow (parteilos), 28,6 Prozent dagegen. Die Wahlbeteiligung lag bei 38,2 Prozent.

Damit wurde auch das nötige Quorum erreicht: Die Abwahl musste von mindestens einem Viertel der 17.940 Wahlberechtigten getragen werden. Mit 4862 Ja-Stimmen kamen die Befürworter auf gut 27 Prozent.

Brankow, 58, war 2022 in einer Stichwahl mit 54,6 Prozent ins Amt gekommen. Zuletzt hatte vor allem der geplante Logistikpark am Ortsrand auf einer Fläche von 40 Hektar für Streit gesorgt. Eine Bürgerinitiative hatte im Frühjahr 3120 Unterschriften für das Abwahlverfahren gesammelt.

„Ich respektiere das Ergebnis, auch wenn es mir wehtut“, sagte Brankow am Abend im Rathaus. Bis zur Neuwahl, die innerhalb von sechs Monaten stattfinden muss, führt die stellvertretende Bürgermeisterin Sabine Ohlrich (47) die Amtsgeschäfte.

Der Wahlausschuss will das endgültige Ergebnis am Mittwoch feststellen.

Mehr zum Thema: Logistikpark Kremmlitz – was bisher geschah`,
		"z1dpa.txt": `de|Bürgermeister von Kremmlitz per Bürgerentscheid abgewählt

Kremmlitz (dpa/bb) - Der parteilose Bürgermeister der brandenburgischen Stadt Kremmlitz, Holger Brankow, ist per Bürgerentscheid abgewählt worden. Nach dem vorläufigen Ergebnis votierten am Sonntag rund 71 Prozent der Teilnehmer für seine Abwahl, wie die Stadtverwaltung mitteilte. Die Beteiligung lag bei gut 38 Prozent.

Für eine Abwahl müssen in Brandenburg nicht nur die Mehrheit der gültigen Stimmen, sondern auch mindestens 25 Prozent aller Wahlberechtigten zustimmen. Diese Hürde wurde mit rund 4860 Ja-Stimmen übersprungen.

Der 58-Jährige regiert die Stadt mit knapp 18.000 Wahlberechtigten seit 2022. Auslöser des Verfahrens war ein Streit um einen geplanten Logistikpark. Die Amtsgeschäfte übernimmt vorerst seine Stellvertreterin Sabine Ohlrich. Die Neuwahl muss binnen sechs Monaten stattfinden.

dpa bb jr yybb`,
		"z1en.txt": `en|Voters in German town oust mayor over logistics park row

World | Europe

8 September 2030

Residents of Kremmlitz, a town of about 21,000 people north of Berlin, voted on Sunday to remove their mayor, Holger Brankow, from office after a bitter dispute over a planned logistics park.

According to preliminary results, 71.4% of those who took part backed the recall, while 28.6% opposed it. Turnout was 38.2%, enough to clear the legal hurdle that requires the yes side to represent at least a quarter of the town's 17,940 registered voters.

Brankow, 56, an independent, won the post in a run-off in 2022 with 54.6% of the vote. Critics accused him of pushing through the 40-hectare project without consulting residents; a citizens' group gathered 3,120 signatures in the spring to trigger the vote.

"I respect the result, even if it hurts," he told reporters at the town hall. His deputy, Sabine Ohlrich, 47, will run the town until a new mayor is elected within six months. The election committee is due to confirm the result on Wednesday.`,
	}, map[string][2]string{"z1en.txt": {"56 years", "58 years"}}},
	{"shop-hours-referendum", map[string]string{
		"z2ansa.txt": `it|Referendum sugli orari dei negozi, quorum lontano: affluenza al 31,8%

ROMA, 10 GIU - Il referendum abrogativo sulla liberalizzazione degli orari dei negozi non ha raggiunto il quorum. Alla chiusura dei seggi, alle 15 di lunedì, ha votato il 31,8% degli aventi diritto, secondo i dati definitivi del Viminale, ben al di sotto della soglia del 50% più uno necessaria perché il voto fosse valido.

Tra chi si è recato alle urne, i sì all'abrogazione della cosiddetta legge Dalmasso sono stati il 78,5%, i no il 21,5%. L'affluenza più alta si è registrata in Emilia-Romagna (38,9%), la più bassa in Calabria (22,4%).

Il quesito era stato promosso dal comitato "Domenica Libera", che nel 2029 aveva raccolto 520.000 firme, a fronte delle 500.000 richieste dalla Costituzione. "Abbiamo perso una battaglia, non la guerra", ha commentato la portavoce del comitato, Franca Bellodi.

Soddisfatto il ministro delle Imprese, Ruggero Dalmasso, 55 anni, autore della legge del 2028 che consente l'apertura notturna e domenicale dei grandi negozi: "Gli italiani hanno scelto di non tornare indietro".

L'ultimo referendum a superare il quorum risale al 2011, quando votò il 54,8% degli elettori. (ANSA).`,
		"z2it.txt": `it|Negozi aperti la domenica, il referendum fallisce: vota meno di un elettore su tre

Politica

di Marco Ferrandi

Il referendum per cancellare la legge che ha liberalizzato le aperture domenicali e notturne dei negozi si chiude con un flop. Tra domenica e lunedì si è presentato ai seggi appena il 31,8% dei 51,2 milioni di aventi diritto: il quorum resta un miraggio, come in quasi tutte le consultazioni degli ultimi vent'anni.

Franca Bellodi, 63 anni, portavoce del comitato promotore "Domenica Libera", parla di "un risultato che pesa comunque": quasi otto votanti su dieci hanno detto sì all'abrogazione. Ma il voto non ha valore.

Il ministro Ruggero Dalmasso rivendica la sua riforma, in vigore da due anni: "I grandi punti vendita oltre i 2.500 metri quadrati hanno creato posti di lavoro". Secondo i sindacati del commercio, però, i dipendenti costretti a lavorare la domenica sono almeno 180mila.

Differenze marcate tra le regioni: si va dal 38,9% dell'Emilia-Romagna al 22,4% della Calabria.

LEGGI ANCHE: Quorum, perché i referendum falliscono`,
		"z2en.txt": `en|Italian referendum on Sunday shopping fails for lack of turnout

ROME, June 10 (Reuters) - An Italian referendum to scrap a law allowing large shops to open at night and on Sundays failed on Monday after fewer than a third of voters turned out, well short of the 50%-plus-one quorum needed for the result to count.

Final interior ministry figures put turnout at 31.8% after two days of voting. Of those who cast ballots, 78.5% voted to repeal the 2028 law, championed by Enterprise Minister Ruggero Dalmasso.

The "Free Sunday" committee, backed by retail unions and Catholic lay groups, had forced the vote by collecting 520,000 signatures, above the 500,000 required.

"We lost a battle, not the war," committee spokeswoman Franca Bellodi, 63, said. Dalmasso, 55, said Italians had chosen "not to go backwards".

No Italian referendum has reached the quorum since 2011.

(Reporting by Giulia Ferro; Editing by Mark Dutton)`,
		"z2de.txt": `de|Italien: Referendum über Ladenöffnung scheitert an Beteiligung

Rom – Das Referendum über die Sonntags- und Nachtöffnung großer Geschäfte in Italien ist an der geringen Beteiligung gescheitert. Bis Montag um 15 Uhr gaben nur 31,8 Prozent der Wahlberechtigten ihre Stimme ab; nötig gewesen wären mehr als 50 Prozent.

Zwar stimmten 78,5 Prozent der Wähler für die Abschaffung des Gesetzes von Wirtschaftsminister Ruggero Dalmasso aus dem Jahr 2028. Das Ergebnis ist wegen des verfehlten Quorums aber ungültig.

Das Komitee „Domenica Libera“ hatte für die Volksabstimmung rund 620.000 Unterschriften gesammelt, nötig sind 500.000. Sprecherin Franca Bellodi (63) kündigte an, den Kampf fortzusetzen.

In Südtirol lag die Beteiligung bei 27,3 Prozent. Zuletzt hatte ein Referendum in Italien 2011 das Quorum erreicht.`,
	}, map[string][2]string{"z2de.txt": {"620,000", "520,000"}}},
	{"molise-ruling", map[string]string{
		"z3it.txt": `it|Legge elettorale, la Consulta boccia il premio di maggioranza del Molise

Cronaca regionale | Campobasso

La Corte costituzionale ha dichiarato illegittimo il premio di maggioranza previsto dalla legge elettorale del Molise. Con la sentenza n. 148, depositata martedì, i giudici hanno stabilito che la norma, approvata dal Consiglio regionale nel luglio 2029, altera in modo sproporzionato la rappresentanza.

La legge assegnava alla coalizione vincente almeno 12 dei 20 seggi del Consiglio, pari al 60%, a patto di superare il 30% dei voti. Per la Consulta una soglia così bassa "non garantisce un ragionevole equilibrio" tra governabilità e rappresentatività. A sollevare la questione era stato il Consiglio dei ministri, che aveva impugnato la legge nel settembre 2029.

La Regione dovrà approvare una nuova legge entro il 30 giugno 2031, in vista delle elezioni regionali previste nel 2033.

"Rispettiamo la sentenza e presenteremo un nuovo testo entro l'autunno", ha detto il presidente della Regione, Nicola Ferrante, 57 anni. Esulta la capogruppo dell'opposizione Teresa Di Lisio: "Avevamo ragione noi".`,
		"z3ansa.txt": `it|Consulta: illegittimo premio maggioranza legge elettorale Molise

(ANSA) - ROMA, 16 LUG - È illegittimo il premio di maggioranza della legge elettorale del Molise, che garantiva il 60% dei seggi in Consiglio regionale alla coalizione che avesse ottenuto almeno il 30% dei voti. Lo ha stabilito la Corte costituzionale con la sentenza n. 148 depositata oggi, redatta dalla giudice Giovanna Scalisi.

La Corte ha accolto il ricorso del governo. Il legislatore regionale ha tempo fino al 30 giugno 2031 per correggere la norma.

Il governatore Nicola Ferrante ha annunciato un nuovo testo "entro l'autunno". (ANSA).`,
		"z3en.txt": `en|Italy's top court strikes down Molise election bonus

ROME, July 16 - Italy's Constitutional Court on Tuesday struck down a rule in the electoral law of the southern region of Molise that handed 60% of seats in the regional council to any coalition winning at least 30% of the vote.

In a ruling drafted by judge Giovanna Scalisi, the court said the threshold was too low to justify such a large bonus. The national government had challenged the law, passed in July 2029.

The region has until June 30, 2031 to pass a new law ahead of the 2033 regional election. Regional president Nicola Ferrante, 57, said he would respect the decision.

Molise, Italy's second-smallest region, has about 290,000 inhabitants.`,
		"z3de.txt": `de|Verfassungsgericht kippt Mehrheitsprämie in Molise

Rom/Bozen – Das italienische Verfassungsgericht hat die Mehrheitsprämie im Wahlgesetz der Region Molise für verfassungswidrig erklärt. Nach dem am Dienstag veröffentlichten Urteil Nr. 148 darf eine Koalition nicht schon mit 30 Prozent der Stimmen 60 Prozent der Sitze im Regionalrat erhalten.

Geklagt hatte die Regierung in Rom. Die Richter bemängeln, die Hürde sei zu niedrig, um einen so großen Bonus zu rechtfertigen.

Die Region muss bis zum 30. Juli 2031 ein neues Wahlgesetz verabschieden. Präsident Nicola Ferrante (57) kündigte einen neuen Entwurf für den Herbst an.

Auch in Trient wird das Urteil aufmerksam gelesen: Das dortige Wahlgesetz sieht ebenfalls Bonussitze vor.`,
	}, map[string][2]string{"z3de.txt": {"30 July", "30 June"}}},
	{"salzburg-coalition", map[string]string{
		"z4de.txt": `de|Salzburg: ÖVP und SPÖ einigen sich auf Koalition

Politik | Salzburg

10. Juni 2030, 17:42

Nach sieben Wochen Verhandlungen steht die neue Salzburger Landesregierung. ÖVP und SPÖ präsentierten am Montag ihr 148 Seiten starkes Regierungsprogramm. Landeshauptmann bleibt Markus Leithner (49, ÖVP), seine Stellvertreterin wird SPÖ-Chefin Andrea Pfandl (53).

Die Koalition verfügt über 21 der 36 Mandate im Landtag. Die ÖVP stellt vier Regierungsmitglieder, die SPÖ drei. Bei der Landtagswahl am 21. April war die ÖVP auf 34,1 Prozent gekommen (2025: 37,8 Prozent), die SPÖ auf 19,6 Prozent.

Zentrales Vorhaben ist eine Wohnbauoffensive: In den kommenden fünf Jahren sollen 1,2 Milliarden Euro in den geförderten Wohnbau fließen, bis 2035 sollen 6000 neue geförderte Wohnungen entstehen.

„Wir haben hart verhandelt, aber fair“, sagte Leithner. Pfandl sprach von einem „Programm mit sozialer Handschrift“. Die Wahl der Regierung im Landtag ist für Mittwoch, 19. Juni, geplant.

Kommentar: Ein Pakt der Vernunft`,
		"z4en.txt": `en|Austria's Salzburg gets conservative-Social Democrat government

VIENNA, June 10 - Austria's conservative People's Party (ÖVP) and the Social Democrats (SPÖ) agreed on Monday to govern the western province of Salzburg together, ending seven weeks of talks after the April 21 state election.

The coalition will hold 21 of the 36 seats in the regional assembly. Governor Markus Leithner, 49, keeps his post, with SPÖ leader Andrea Pfandl, 53, as his deputy. The conservatives get four of the seven cabinet posts.

The partners pledged 1.2 billion euros over five years for subsidised housing, aiming for 6,000 new affordable flats by 2035. Their programme runs to 148 pages.

The ÖVP won 34.1% in April, down almost four points from the previous election, while the SPÖ took 19.6%. The far-right Freedom Party, which came second with 27.5%, will lead the opposition. The assembly is expected to vote the government in on June 19.`,
		"z4es.txt": `es|Conservadores y socialdemócratas pactan un Gobierno en el estado austriaco de Salzburgo

Viena, 10 jun (EFE).- El Partido Popular austriaco (ÖVP) y los socialdemócratas (SPÖ) cerraron este lunes un acuerdo de coalición para gobernar el estado federado de Salzburgo, casi dos meses después de las elecciones regionales del 21 de abril.

El pacto, recogido en un programa de casi 150 páginas, prevé destinar 1.200 millones de euros en cinco años a vivienda protegida y construir 6.000 pisos asequibles hasta 2035.

El conservador Markus Leithner, de 49 años, seguirá al frente del Gobierno regional, con la líder socialdemócrata Andrea Pfandl, de 53, como vicepresidenta. Ambos partidos suman 21 de los 36 escaños del Parlamento regional, que votará el nuevo Ejecutivo el miércoles 19 de junio.

Los ultraderechistas del FPÖ, segunda fuerza con el 27,5 % de los votos, liderarán la oposición.`,
	}, nil},
	{"food-vat-cut", map[string]string{
		"z5es.txt": `es|El Gobierno suprime el IVA del pan, la leche y los huevos hasta final de año

Economía

MADRID, 25 JUN.

El Consejo de Ministros aprobó este martes un real decreto-ley que rebaja del 4 % al 0 % el IVA de los alimentos básicos —pan, leche, quesos, huevos, frutas, verduras, legumbres y cereales— y del 10 % al 5 % el del aceite de oliva y la pasta. La medida estará en vigor desde el 1 de julio hasta el 31 de diciembre.

La ministra de Hacienda, Elena Garcés, cifró el coste para las arcas públicas en unos 2.400 millones de euros. "Queremos que se note en la cesta de la compra desde el primer día", afirmó en la rueda de prensa posterior al Consejo.

Los precios de los alimentos subieron un 9,8 % interanual en mayo, más del doble que el IPC general, que se situó en el 4,1 %, según el INE.

El decreto deberá ser convalidado por el Congreso en un plazo de 30 días. La asociación Consumo Justo pidió vigilar que los supermercados trasladen la rebaja a los precios.`,
		"z5ar.txt": `es|IVA cero para los alimentos básicos durante seis meses

Las familias aragonesas pagarán menos por el pan, la leche o la fruta a partir del 1 de julio. El Gobierno central aprobó ayer la supresión durante seis meses del IVA de los alimentos de primera necesidad, que hasta ahora tributaban al 4 %. El aceite de oliva y la pasta pasan del 10 % al 5 %.

Según Hacienda, la medida supondrá una pérdida de recaudación de 2.400 millones de euros. Javier Roldán, portavoz de la asociación Consumo Justo, calcula que una familia media podría ahorrar "entre 15 y 20 euros al mes" si la rebaja llega íntegra al consumidor.

En Aragón, los alimentos se encarecieron un 10,2 % en el último año, cuatro décimas por encima de la media nacional.

El decreto tiene que pasar por el Congreso, donde el Gobierno confía en reunir los apoyos necesarios.`,
		"z5en.txt": `en|Spain scraps VAT on staple foods for six months

MADRID, June 25 (Reuters) - Spain's government on Tuesday approved a temporary cut in value-added tax on basic foods such as bread, milk and eggs to zero from 4%, as it tries to ease a surge in grocery prices.

VAT on olive oil and pasta will be halved to 5% from 10%. The measures run from July 1 to Dec. 31 and will cost the state around 2.4 billion euros ($2.6 billion), Finance Minister Elena Garcés told a news conference.

Food prices rose 9.8% in the year to May, according to the National Statistics Institute, against headline inflation of 4.1%.

Parliament has 30 days to ratify the decree. A similar cut in 2023 was criticised by consumer groups, which said retailers kept part of the saving.`,
		"z5it.txt": `it|Spagna, Iva azzerata su pane, latte e uova fino a fine anno

MADRID - Il governo spagnolo ha approvato martedì l'azzeramento dell'Iva sui prodotti alimentari di base, finora al 4%, dal primo luglio al 31 dicembre. Per olio d'oliva e pasta l'aliquota scende dal 10 al 5%.

La misura costerà allo Stato circa 4,2 miliardi di euro, ha spiegato la ministra delle Finanze Elena Garcés. A maggio i prezzi alimentari in Spagna erano cresciuti del 9,8% su base annua.

Il decreto dovrà essere convalidato dal Parlamento entro 30 giorni. In Italia l'Iva sui beni di prima necessità resta al 4%.`,
	}, map[string][2]string{"z5it.txt": {"€4.2 billion", "€2.4 billion"}}},
	{"irish-census", map[string]string{
		"z6irt.txt": `en|Census 2027: Population rises to 5.41 million, highest since 1841

Ireland | Social Affairs

Thu Jun 24 2027 - 11:00

The population of the State rose to 5,412,700 on census night in April, an increase of 263,561 or 5.1 per cent since 2022, according to preliminary results published by the Central Statistics Office (CSO) on Thursday.

It is the highest population recorded in the State since 1841, when about 6.5 million people lived in what is now the Republic.

Net inward migration of about 171,000 accounted for almost two thirds of the growth, with the remainder, 92,561, coming from the natural increase of births over deaths.

Dublin's population grew by 5.5 per cent to 1,538,300. The number of vacant dwellings fell to 151,300 from 166,752 in 2022.

"These figures show continued strong growth driven by migration," said Siobhán Devane, senior statistician at the CSO. Final results will be published in stages from next spring.`,
		"z6ap.txt": `en|Ireland's population tops 5.4 million, census shows

DUBLIN (AP) — Ireland's population has climbed above 5.4 million for the first time since before the Great Famine, preliminary census results showed Thursday.

The Central Statistics Office said 5.41 million people were counted on census night, Sunday April 18, up about 264,000 from 2022. Men numbered 2,679,000 and women 2,733,700.

Migration was the main driver, the office said, with net inflows of some 171,000 people over five years.

The population of what is now the Republic stood at about 6.5 million in 1841, before famine and emigration cut it roughly in half over the following decades.`,
		"z6es.txt": `es|La población de Irlanda supera los 5,4 millones, la cifra más alta desde 1841

Dublín, 24 jun (EFE).- Irlanda contaba con 5.412.700 habitantes en abril, un 5,1 % más que en el censo de 2022, según los resultados provisionales publicados este jueves por la Oficina Central de Estadística (CSO).

El aumento, de 263.561 personas, se debe sobre todo a la inmigración: el saldo migratorio neto fue de unos 171.000, mientras que el crecimiento vegetativo aportó 92.561.

Dublín, la capital, alcanzó 1.538.300 habitantes, un 5,5 % más. El número de viviendas vacías bajó a 151.300.

Es la cifra de población más alta en el territorio de la actual república desde 1841, antes de la Gran Hambruna.`,
		"z6de.txt": `de|Irlands Bevölkerung wächst auf 5,41 Millionen

Dublin (dpa) - In Irland leben so viele Menschen wie seit fast 190 Jahren nicht mehr. Bei der Volkszählung im April wurden 5,41 Millionen Einwohner gezählt, 5,1 Prozent mehr als 2022, wie das Statistikamt CSO am Donnerstag mitteilte.

Rund zwei Drittel des Zuwachses gehen auf Zuwanderung zurück. Die Hauptstadt Dublin hat nun gut 1,5 Millionen Einwohner.

Vor der großen Hungersnot Mitte des 19. Jahrhunderts hatten auf dem Gebiet des heutigen Irlands rund 6,5 Millionen Menschen gelebt.`,
	}, nil},
	{"bucharest-march", map[string]string{
		"z7en.txt": `en|Tens of thousands march in Bucharest against judicial overhaul

BUCHAREST, Oct 5 - Tens of thousands of Romanians marched through central Bucharest on Saturday to protest against a bill that would give the justice minister the power to appoint the country's chief prosecutors directly.

Police put the crowd at about 28,000, while organisers said more than 60,000 took part in the march, which ran 4.5 km from Victory Square to the Palace of Parliament.

The bill cleared the Senate on Wednesday by 78 votes to 52 and goes to the Chamber of Deputies, which is expected to vote on Tuesday.

"This law would put prosecutors on a government leash," said Ioana Mărculescu, 44, a former judge who heads the Initiative for Justice group that organised the protest. Justice Minister Radu Vâlceanu has said the reform will make prosecutors more accountable.

Gendarmes detained 14 people after scuffles near the parliament building; three officers were slightly hurt. Smaller protests were held in Cluj, with about 5,000 people, and Iasi.`,
		"z7de.txt": `de|Zehntausende protestieren in Bukarest gegen Justizreform

Bukarest (dpa) - In Rumänien sind am Samstag Zehntausende Menschen gegen eine umstrittene Justizreform auf die Straße gegangen. Nach Polizeiangaben zogen rund 28.000 Demonstranten vom Siegesplatz zum Parlamentspalast, die Veranstalter sprachen von mehr als 60.000.

Die Reform soll es dem Justizminister erlauben, die leitenden Staatsanwälte direkt zu ernennen. Der Senat hatte das Gesetz am Mittwoch mit 78 zu 52 Stimmen gebilligt, am Dienstag soll die Abgeordnetenkammer abstimmen.

Die Gendarmerie nahm 14 Menschen fest. Drei Beamte wurden leicht verletzt. Auch in Cluj und Iasi gab es Kundgebungen.

Die Organisatorin Ioana Mărculescu, eine 44 Jahre alte ehemalige Richterin, sprach vom „größten Protest seit 2017“.`,
		"z7es.txt": `es|Decenas de miles de rumanos marchan contra la reforma judicial

Bucarest, 5 oct (EFE).- Decenas de miles de personas se manifestaron este sábado en Bucarest contra un proyecto de ley que permitiría al ministro de Justicia nombrar directamente a los fiscales jefes.

La marcha recorrió 7,5 kilómetros entre la plaza de la Victoria y el Palacio del Parlamento. La Policía calculó unos 28.000 asistentes; los organizadores, más de 60.000.

El Senado aprobó la ley el miércoles por 78 votos a favor y 52 en contra; la Cámara de Diputados la votará previsiblemente el martes.

Catorce personas fueron detenidas y tres gendarmes resultaron heridos leves, informó la Gendarmería.`,
		"z7it.txt": `it|Romania, in piazza contro la riforma della giustizia: decine di migliaia a Bucarest

BUCAREST - Un lungo corteo di circa 4,5 chilometri, da piazza della Vittoria al Palazzo del Parlamento, ha attraversato sabato il centro di Bucarest. Decine di migliaia di persone hanno protestato contro la riforma che consentirebbe al ministro della Giustizia, Radu Vâlceanu, di nominare direttamente i procuratori capo.

Quasi 30 mila manifestanti secondo la polizia, oltre 60 mila per gli organizzatori. "È la più grande protesta dal 2017", ha detto Ioana Mărculescu, 44 anni, ex giudice alla guida del movimento Iniziativa per la Giustizia.

La legge è già passata al Senato mercoledì con 78 sì e 52 no. Martedì il voto alla Camera dei deputati. Quattordici i fermati.`,
	}, map[string][2]string{"z7es.txt": {"7.5 km", "4.5 km"}}},
	{"murcia-censure", map[string]string{
		"z8es.txt": `es|Villaplana, nuevo presidente de la Región tras prosperar la moción de censura

Región de Murcia

MURCIA, 17 OCT.

La Asamblea Regional aprobó este jueves la moción de censura contra la presidenta Pilar Esquembre con 24 votos a favor y 21 en contra. El socialista Andrés Villaplana, de 46 años, se convierte así en el nuevo presidente de la Comunidad Autónoma tras un debate que se prolongó durante dos días.

La moción, registrada el 4 de octubre, contó con el apoyo de los 17 diputados socialistas, los 4 regionalistas y los 3 de la izquierda. Votaron en contra los 16 conservadores y los 5 de la ultraderecha. La mayoría absoluta en la Cámara, de 45 escaños, está en 23.

Esquembre, de 61 años, deja el cargo después de 14 meses al frente de un Gobierno en minoría, desde su investidura en agosto de 2029. "Me voy con la conciencia tranquila", dijo.

Villaplana prometió presentar los presupuestos de 2031 antes de diciembre y anunció como primera medida el transporte público gratuito para los menores de 26 años.

Tomará posesión el lunes en el Palacio de San Esteban.`,
		"z8efe.txt": `es|Prospera la moción de censura en Murcia y Villaplana sustituye a Esquembre

Murcia, 17 oct (EFE).- El candidato socialista Andrés Villaplana será el próximo presidente de la Región de Murcia después de que la Asamblea Regional aprobara este jueves, por 24 votos frente a 21, la moción de censura contra la conservadora Pilar Esquembre.

Es la primera moción de censura que prospera en la historia de la autonomía murciana. Villaplana, de 46 años, logró el respaldo de socialistas, regionalistas y la izquierda, uno más de los 23 que marca la mayoría absoluta.

Esquembre, de 61 años, llevaba en el cargo desde agosto de 2029.

El nuevo presidente tomará posesión el próximo lunes.`,
		"z8en.txt": `en|Spain's Murcia region ousts its leader in no-confidence vote

MADRID, Oct 17 (Reuters) - Lawmakers in Spain's southeastern region of Murcia voted on Thursday to oust conservative regional president Pilar Esquembre and install Socialist Andrés Villaplana in her place, the first successful no-confidence motion in the region's history.

The motion passed 24-21 in the 45-seat regional assembly after a two-day debate, with the Socialists backed by a regionalist party and a smaller leftist group.

Esquembre, 61, had led a minority government for 18 months. Villaplana, 46, pledged to present a 2031 budget before December and to make public transport free for people under 26.

The defeat is a blow for the conservatives ahead of municipal elections in May.`,
	}, map[string][2]string{"z8en.txt": {"18 months", "14 months"}}},
	{"vicenza-runoff", map[string]string{
		"z9it.txt": `it|Ballottaggio, Laura Castegnaro è il nuovo sindaco di Vicenza

Vicenza | Politica

24 giugno 2030

Laura Castegnaro è la prima donna sindaco di Vicenza. La candidata del centrosinistra, 52 anni, ha vinto il ballottaggio con il 54,3% dei voti, pari a 29.418 preferenze, contro il 45,7% (24.756 voti) di Giorgio Pedrali, 60 anni, sostenuto dal centrodestra.

Al primo turno, due settimane fa, Castegnaro aveva ottenuto il 44,8% e Pedrali il 39,1%. Decisivo l'apporto degli elettori del Movimento civico, che al primo turno aveva raccolto il 9,4%.

L'affluenza è crollata al 41,6%, contro il 55,2% del primo turno.

"Sarò la sindaca di tutti", ha detto Castegnaro davanti a Palazzo Trissino. Succede a Mauro Zanella, sindaco per due mandati, dieci anni in tutto. Pedrali ha telefonato alla vincitrice per congratularsi.`,
		"z9naz.txt": `it|Vicenza passa al centrosinistra: Castegnaro batte Pedrali

Ballottaggi 2030

Il centrosinistra conquista Vicenza. Al ballottaggio di domenica e lunedì Laura Castegnaro ha superato il candidato del centrodestra Giorgio Pedrali con oltre il 54% dei voti, quasi nove punti di distacco. Ha votato appena il 41,6% degli elettori, quasi 14 punti in meno rispetto al primo turno.

Castegnaro, 52 anni, avvocata ed ex assessora al Bilancio, guiderà la città per i prossimi cinque anni. Per Pedrali, 60 anni, imprenditore, è la seconda sconfitta dopo quella del 2020.

Negli altri capoluoghi al voto l'affluenza è rimasta ovunque sotto il 45%.`,
		"z9en.txt": `en|Centre-left wins Vicenza as turnout slumps in Italian run-offs

ROME, June 24 - Centre-left candidate Laura Castegnaro won the run-off for mayor of the northern Italian city of Vicenza on Monday, becoming the first woman to lead the city.

Castegnaro, 52, took 54.3% of the vote against 45.7% for centre-right businessman Giorgio Pedrali, 60, final results showed. She won 29,418 votes to his 24,756.

Turnout was 41.6%, down from 55.2% in the first round on June 9-10.

She succeeds Mauro Zanella, who served two five-year terms.`,
	}, nil},
	{"voting-age-16", map[string]string{
		"z10es.txt": `es|El Congreso aprueba rebajar la edad de voto a los 16 años en las municipales y europeas

Política

MADRID, 14 NOV.

El Pleno del Congreso aprobó este jueves la reforma de la Ley Orgánica del Régimen Electoral General (LOREG) que rebaja de 18 a 16 años la edad para votar en las elecciones municipales y europeas. La iniciativa obtuvo 187 votos a favor, 151 en contra y 12 abstenciones, por encima de los 176 que exige la mayoría absoluta.

Unos 960.000 jóvenes de 16 y 17 años podrán votar por primera vez en las elecciones municipales de mayo de 2031, según el Ministerio de Política Territorial.

"Es un día histórico para la democracia", celebró la ministra Ana Belén Cuartero. La oposición conservadora criticó que la medida se haya tramitado "con prisas".

El texto se remite ahora al Senado, que dispone de dos meses para vetarlo o introducir enmiendas.`,
		"z10en.txt": `en|Spain moves to let 16-year-olds vote in local and European elections

MADRID, Nov 14 - Spain's lower house of parliament on Thursday approved lowering the voting age from 18 to 16 for municipal and European elections, a change that would enfranchise some 960,000 teenagers.

The reform passed with 187 votes in favour, 151 against and 12 abstentions, clearing the absolute majority of 176 needed to amend the electoral law. It now goes to the Senate, which has two months to amend or veto it.

If it becomes law, 16- and 17-year-olds could vote for the first time in the May 2031 municipal elections.

Austria lowered its voting age to 16 in 2007 and Malta followed in 2018. Belgium allowed 16-year-olds to vote in the 2024 European elections.`,
		"z10it.txt": `it|Spagna, voto ai sedicenni per comunali ed europee: sì del Congresso

MADRID - Il Congresso dei deputati spagnolo ha approvato giovedì l'abbassamento dell'età per votare da 18 a 16 anni alle elezioni comunali ed europee. I voti favorevoli sono stati 187, i contrari 151, gli astenuti 12.

Circa 960 mila ragazzi potrebbero andare alle urne già alle amministrative del maggio 2031. La riforma passa ora al Senato, che ha due mesi di tempo.

In Italia il dibattito è aperto da anni: nel 2021 è stata abbassata a 18 anni l'età per votare per il Senato, prima fissata a 25.`,
	}, nil},
}
