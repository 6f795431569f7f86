package compare

// heldOutMistral is a blind held-out set of ten business, transport and
// public-works events written without reading the extraction or matching
// code: a new airline route, a brewery closure, a bridge toll rise, a canal
// lock closure, a haulage merger, an eco-district housing vote, a regional
// rail timetable change, a dike reinforcement, a shoe chain's suspension of
// payments and a container terminal. Six events hold one planted
// contradiction each, none in a first paragraph: a job count (brewery, in
// the one Dutch report of three languages), a percentage (toll, in the one
// German report), an amount (merger, in the English report), a weekday
// (timetable, in the one English report), a distance (dike, in the one
// German report) and a duration in weeks (shoe chain, in the one French
// report). The lock, eco-district, airline route and terminal events hold
// none. Traps: rounding and hedges ("about 1,500" homes for 1,450, "près de
// 8 %" for 7.8%, "ruim 11 kilometer" for 11.5 km, "ruim 600" staff for 620,
// "près de 10 000" for 9,800), parts and totals (62 Dutch + 12 Belgian
// stores of 74; 4,300 + 3,100 staff of 7,400; €1.2 billion + €700 million
// of €1.9 billion; 58% and 42%; €31 million of €112 million and the other
// €81 million; 11 of 18 million francs; 510 social homes as 35%; €167
// million as 90% of €186 million; a 4 km first section of the dike; 60 of
// 230 jobs moved), previous values ("up from 940,000", "from 520,000 in
// 2019", "contre 7200 en 2019", 6.40 to 6.90 and 19.80 to 21.40 euros, a
// capacity of 3.2 to 4.7 million TEU and 2.9 million handled last year),
// differences (50 cents, eight minutes, €27 million, 1.5 million TEU), two
// people's ages in one event (47 and 52; 58 and 41; 44 and 61), background
// figures of other years (1874, 1921, 1939, 1958, 1979, 1987, 1995, 2011,
// last year's 3.2% toll rise), words for numbers (zestig, quatorze, eight),
// "8 weeks" beside "twee maanden", "14 weeks" beside "plus de trois mois",
// and the number formats of each language.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and
// 3 false disagreements. It missed the brewery's Dutch job count (m2nl's 320
// against 230: the 320 stood in a row of its own, "mensen · 320", apart
// from the 230 of the three other reports) and the toll's German percentage
// (m3de's 8.7% against 7.8%: the row held 8.7%, 7.8% and the hedged "près
// de 8 %" but was not flagged). The false ones: in the merger, Kestner's
// 4,300 employees set against Van der Vaart's 3,100 as one count (a part
// against another part); in the timetable, the canton's CHF 11 million share
// set against the 18 million francs a year in total (a part against its
// total); in the shoe chain, the €27 million fall in sales since 2022 set
// against last year's €71 million (a difference against a value). The
// planted pairs that were flagged matched the values in wrong as written,
// so no spelling there was changed. The run failed on the limit of one
// false disagreement, so this set's line in heldOutSets allows 3, the
// number seen.
//
// Fixed after, so the set is held out no longer: the echo rule between
// two sources (the employees), a paragraph's amounts with their magnitude
// among its numbers (the canton's share), an amount after "by" and a
// verb of change read as a change (the fall in sales), an estimate that
// bridges no two firm figures (8.7% against 7.8% beside "près de 8 %"),
// and swapped digits joining a count of people to a count of workers (320
// against 230). Now 6 of 6, none false, and the table holds it to at most
// one, like the other blind sets.
var heldOutMistral = []heldOutEvent{
	{"air-route", map[string]string{
		"m1nl.txt": `nl|Voltera Air vliegt vanaf maart van Brakeloo naar Vilamar

Regio | Economie

Door onze verslaggever

BRAKELOO - De Nederlandse maatschappij Voltera Air gaat vanaf zondag 29 maart drie keer per week vliegen tussen Kempen Airport Brakeloo en het Portugese Vilamar, aan de kust van de Algarve. De vluchten gaan op dinsdag, donderdag en zondag.

Voltera zet op de route een toestel met 186 stoelen in. De vliegtijd bedraagt 2 uur en 45 minuten. Enkele reizen zijn er vanaf 49 euro.

"Portugal was de meest gevraagde bestemming van onze reizigers", zegt luchthavendirecteur Sanne Hoekstra (47). Het vliegveld verwacht dit jaar 1,1 miljoen passagiers, tegen 940.000 vorig jaar.

Vilamar wordt de vijftiende bestemming vanaf Brakeloo. Voltera vervoerde in 2027 in totaal 2,3 miljoen passagiers.

Lees ook: Parkeertarieven luchthaven omhoog`,
		"m1en.txt": `en|Dutch carrier Voltera Air adds Portugal route from Brakeloo

Travel news

Voltera Air will launch a new route from Kempen Airport Brakeloo in the southern Netherlands to Vilamar on Portugal's Algarve coast on March 29, with three return flights a week.

The airline will fly a 186-seat jet on Tuesdays, Thursdays and Sundays. Flight time is just under three hours and one-way fares start at €49.

Marc Delorme, 52, Voltera's commercial director, said the airline was "confident the route will fill up quickly". Airport chief Sanne Hoekstra said Brakeloo expected 1.1 million passengers this year, up from 940,000 last year.

Vilamar will be the airport's 15th destination.`,
		"m1fr.txt": `fr|Une nouvelle ligne aérienne entre les Pays-Bas et l'Algarve

Tourisme | Aérien

Publié le 12/01 à 07h40

La compagnie néerlandaise Voltera Air ouvrira le 29 mars une liaison entre l'aéroport de Brakeloo, dans le sud des Pays-Bas, et Vilamar, en Algarve, à raison de trois vols hebdomadaires.

Les vols seront assurés les mardis, jeudis et dimanches en Airbus de 186 places. Le trajet durera 2 h 45 et les billets seront proposés à partir de 49 euros l'aller simple.

« Nous sommes convaincus que la ligne se remplira vite », affirme Marc Delorme, 52 ans, directeur commercial de Voltera. L'aéroport de Brakeloo, dirigé par Sanne Hoekstra, 47 ans, table sur 1,1 million de passagers cette année, contre 940 000 l'an dernier.`,
	}, nil},
	{"brewery-closure", map[string]string{
		"m2de1.txt": `de|Brauerei Hollerbach in Steinfurtal schließt Ende Juni

Steinfurtal (wrd) - Die traditionsreiche Brauerei Hollerbach im oberfränkischen Steinfurtal schließt zum 30. Juni kommenden Jahres. Das teilte der niederländische Mutterkonzern Van Roosmalen Brouwerijen am Mittwoch mit. Die Produktion soll in das konzerneigene Werk in Kessingen verlagert werden, rund 140 Kilometer entfernt.

Von der Schließung sind 230 Beschäftigte betroffen. Etwa 60 von ihnen soll ein Arbeitsplatz in Kessingen angeboten werden.

Der Ausstoß der 1874 gegründeten Brauerei war von 520.000 Hektolitern im Jahr 2019 auf zuletzt 380.000 Hektoliter gesunken. "Wir haben alles versucht, den Standort zu halten", sagte Deutschland-Geschäftsführer Thomas Brandl.

Betriebsratschef Klaus Reindl (58) sprach von einem "schwarzen Tag für die ganze Region".`,
		"m2de2.txt": `de|„Ein schwarzer Tag": Aus für Hollerbach-Bräu

Lokales | Steinfurtal

Von Martina Seidl

Nach rund 150 Jahren ist Schluss: Die Brauerei Hollerbach macht Ende Juni nächsten Jahres dicht. Der Mutterkonzern Van Roosmalen aus den Niederlanden verlegt die Produktion nach Kessingen.

Für die rund 230 Mitarbeiterinnen und Mitarbeiter war die Nachricht am Mittwochmorgen ein Schock. "Das ist ein schwarzer Tag für die ganze Region", sagte Betriebsratsvorsitzender Klaus Reindl, 58. Braumeisterin Anna Fichtl, 41, arbeitet seit 24 Jahren in dem Betrieb.

Der Konzern begründet den Schritt mit dem sinkenden Bierabsatz: Zuletzt verließen nur noch 380.000 Hektoliter das Werk, 2019 waren es noch 520.000.

Bürgermeister Georg Wimmer will mit dem Konzern über eine Nachnutzung des Geländes sprechen.

Mehr zum Thema`,
		"m2nl.txt": `nl|Van Roosmalen sluit Duitse brouwerij Hollerbach

Economie

Van Roosmalen Brouwerijen sluit zijn Duitse brouwerij Hollerbach in het Beierse Steinfurtal. De productie verhuist eind juni volgend jaar naar de brouwerij van het concern in Kessingen, zo'n 140 kilometer verderop, maakte het Brabantse bedrijf woensdag bekend.

Bij Hollerbach werken 320 mensen. Ongeveer zestig van hen krijgen een baan in Kessingen aangeboden.

De brouwerij, opgericht in 1874, brouwde vorig jaar nog 380.000 hectoliter bier, tegen 520.000 hectoliter in 2019. "De Duitse biermarkt krimpt al jaren", zei topman Joost van Roosmalen in een toelichting.

Van Roosmalen heeft in totaal elf brouwerijen in vijf landen en boekte vorig jaar een omzet van 1,4 miljard euro.`,
		"m2en.txt": `en|Dutch brewer to shut 150-year-old Bavarian brewery

By Laura Penning

Dutch brewing group Van Roosmalen said on Wednesday it would close its Hollerbach brewery in Steinfurtal, Bavaria, at the end of June next year and move production to its plant in Kessingen, about 140 km away.

The closure affects 230 workers, around 60 of whom will be offered jobs at Kessingen, the company said.

Output at Hollerbach, founded in 1874, has fallen to 380,000 hectolitres from 520,000 in 2019. Van Roosmalen runs 11 breweries in five countries.

(Reporting by Laura Penning; editing by Tom Ashby)`,
	}, map[string][2]string{"m2nl.txt": {"320", "230"}}},
	{"bridge-toll-rise", map[string]string{
		"m3fr1.txt": `fr|Pont de Saint-Arnel : le péage passera à 6,90 euros le 1er février

Loire-Atlantique | Transports

Par Julien Kerbrat

Publié le 9 janvier à 6h30

Mauvaise nouvelle pour les automobilistes : le péage du pont de Saint-Arnel, qui enjambe l'estuaire, passera de 6,40 à 6,90 euros pour les voitures à partir du dimanche 1er février, soit une hausse de 7,8 %.

Pour les poids lourds, le tarif grimpera de 19,80 à 21,40 euros (+8,1 %). Le prix de l'abonnement pour les usagers quotidiens, 4,10 euros par passage, reste inchangé.

« Ces 50 centimes de plus sont indispensables pour financer le remplacement des haubans », justifie Hélène Marchetti, présidente de la Société du pont de Saint-Arnel (SPSA). Le chantier est estimé à 64 millions d'euros.

L'an dernier, la hausse avait été limitée à 3,2 %. Quelque 28 000 véhicules empruntent l'ouvrage chaque jour.`,
		"m3fr2.txt": `fr|Hausse de près de 8 % du péage du pont de Saint-Arnel

NANTES, 8 janv (Agence) - Le tarif du péage du pont de Saint-Arnel augmentera de près de 8 % au 1er février pour les véhicules légers, à 6,90 euros, a annoncé jeudi la société concessionnaire SPSA.

Les poids lourds paieront 21,40 euros, contre 19,80 euros aujourd'hui. Le tarif abonné reste fixé à 4,10 euros.

La hausse doit financer le remplacement des haubans de l'ouvrage, mis en service en 1979, un chantier de 64 millions d'euros, selon la présidente de la SPSA, Hélène Marchetti.`,
		"m3en.txt": `en|Toll on Saint-Arnel bridge to rise to €6.90

The toll for cars on the Saint-Arnel bridge across the Loire estuary in western France will rise by 7.8% to €6.90 from February 1, operator SPSA said on Thursday.

Lorry drivers will pay €21.40, up from €19.80, while the discounted rate for commuters with a pass stays at €4.10 per crossing.

Chairwoman Hélène Marchetti said the extra 50 cents was needed to pay for new stay cables, a project costing €64 million. Around 28,000 vehicles cross the bridge every day.

Last year's increase was 3.2%.`,
		"m3de.txt": `de|Frankreich: Brückenmaut in Saint-Arnel steigt

Die Maut für die Brücke von Saint-Arnel über die Loire-Mündung wird zum 1. Februar teurer. Pkw-Fahrer zahlen dann 6,90 Euro statt bisher 6,40 Euro, teilte die Betreibergesellschaft SPSA mit.

Das entspricht einem Plus von 8,7 Prozent. Für Lastwagen steigt der Tarif von 19,80 auf 21,40 Euro. Pendler mit Abo zahlen weiterhin 4,10 Euro pro Fahrt.

Mit den Mehreinnahmen soll die Erneuerung der Schrägseile finanziert werden, die 64 Millionen Euro kosten soll, sagte SPSA-Chefin Hélène Marchetti. Täglich überqueren rund 28.000 Fahrzeuge die 1979 eröffnete Brücke.`,
	}, map[string][2]string{"m3de.txt": {"8.7%", "7.8%"}}},
	{"lock-closure", map[string]string{
		"m4nl.txt": `nl|Sluis van Hemelrode 14 weken dicht voor renovatie

Binnenland | Scheepvaart

HEMELRODE - De sluis van Hemelrode gaat vanaf 3 maart 14 weken volledig dicht voor de scheepvaart. Waterwegbeheerder Waterwegen Noord renoveert de sluis uit 1939 voor 112 miljoen euro.

Schippers moeten in die periode een omweg van 38 kilometer varen. Jaarlijks passeren zo'n 2.600 binnenvaartschepen de sluis.

"We hebben de werken zo gepland dat de hinder zo kort mogelijk blijft", zegt projectleider Wim De Clercq. Europa draagt 31 miljoen euro bij, de Vlaamse overheid betaalt de overige 81 miljoen.

Na de sluiting volgen nog werken aan de 250 meter lange sluiskolk, terwijl de scheepvaart doorgaat. De volledige renovatie moet in 2031 klaar zijn. De vorige grote opknapbeurt dateert van 1987.`,
		"m4fr.txt": `fr|L'écluse de Hemelrode fermée plus de trois mois

Belgique

L'écluse de Hemelrode, en Flandre, sera fermée à la navigation pendant quatorze semaines à partir du 3 mars pour une rénovation de 112 millions d'euros, a annoncé le gestionnaire des voies navigables Waterwegen Noord.

Les quelque 2 600 bateaux qui empruntent chaque année l'ouvrage, construit en 1939, devront faire un détour de 38 km.

L'Union européenne finance 31 millions d'euros des travaux. L'ensemble du chantier doit s'achever en 2031.

« Nous avons tout fait pour limiter la gêne », assure le chef de projet Wim De Clercq.`,
		"m4en.txt": `en|Flemish lock to close for 14 weeks

Shipping | Inland waterways

The Hemelrode lock in Flanders, Belgium, will close to shipping for 14 weeks from March 3 as part of a €112 million overhaul, waterways authority Waterwegen Noord said.

About 2,600 barges use the 250-metre lock each year. They will have to take a 38-kilometre detour. The EU is contributing €31 million; the rest comes from the Flemish government.

The lock opened in 1939 and was last renovated in 1987. Work is due to finish in 2031.`,
	}, nil},
	{"haulage-merger", map[string]string{
		"m5de.txt": `de|Kestner Logistik und Van der Vaart fusionieren

Wirtschaft | Unternehmen

Holtenbrück (wrd) - Der niedersächsische Spediteur Kestner Logistik und das niederländische Transportunternehmen Van der Vaart schließen sich zusammen. Der neue Konzern komme auf einen Umsatz von 1,9 Milliarden Euro und beschäftige 7.400 Menschen, teilten beide Unternehmen am Montag mit.

Die Kestner-Eigentümer halten künftig 58 Prozent, die Familie van der Vaart 42 Prozent. Van der Vaart wird bei der Transaktion mit 640 Millionen Euro bewertet.

Vorstandschefin wird Ilse van der Vaart (44), Firmenpatriarch Jörg Kestner (61) übernimmt den Vorsitz des Aufsichtsrats. Sitz der Holding bleibt Holtenbrück.

Die Unternehmen erwarten Einsparungen von 45 Millionen Euro jährlich ab 2029. Der Abschluss ist für das dritte Quartal geplant; die Kartellbehörden müssen noch zustimmen.`,
		"m5en.txt": `en|German and Dutch hauliers to merge in all-share deal

By Peter Haldane

Germany's Kestner Logistik and Dutch rival Van der Vaart Transport agreed on Monday to merge, creating a road freight group with annual sales of about €1.9 billion and 7,400 staff.

Kestner, which had sales of €1.2 billion last year, brings 4,300 employees; Van der Vaart adds 3,100 and sales of €700 million. The combined fleet will number some 3,250 trucks.

The deal values Van der Vaart at €460 million, according to a joint statement. Kestner's owners will hold 58% of the combined company.

Ilse van der Vaart, 44, will be chief executive, while Jörg Kestner, 61, becomes chairman. The firms expect annual savings of €45 million from 2029 and aim to close the deal in the third quarter, subject to antitrust approval.`,
		"m5nl.txt": `nl|Transportbedrijf Van der Vaart gaat samen met Duitse Kestner

Economie

MAASVELD - Het Limburgse transportbedrijf Van der Vaart fuseert met het Duitse Kestner Logistik. Samen hebben ze 7400 werknemers, ruim 3200 vrachtwagens en een omzet van 1,9 miljard euro.

Van der Vaart, met 3100 medewerkers en een omzet van 700 miljoen euro, wordt bij de fusie gewaardeerd op 640 miljoen euro. De familie Van der Vaart krijgt 42 procent van de aandelen.

Topvrouw Ilse van der Vaart (44) wordt bestuursvoorzitter van het nieuwe concern, dat zijn hoofdkantoor in het Duitse Holtenbrück krijgt. "Dit is geen overname maar een fusie van gelijken", zei ze maandag.

Het bedrijf werd in 1958 door haar grootvader opgericht in Maasveld.`,
	}, map[string][2]string{"m5en.txt": {"€460 million", "€640 million"}}},
	{"eco-district", map[string]string{
		"m6fr.txt": `fr|Montclaret : feu vert à l'écoquartier des Tanneries

Isère | Urbanisme

Par Sophie Garnier - 17 mars

Le conseil municipal de Montclaret a approuvé lundi soir le projet d'écoquartier des Tanneries, par 41 voix pour, 8 contre et 4 abstentions. Le futur quartier comptera 1 450 logements sur les 32 hectares de l'ancienne tannerie Ferrand.

35 % des logements seront des logements sociaux. Le projet est évalué à 380 millions d'euros, dont 42 millions d'argent public.

« C'est le plus grand projet urbain de la ville depuis un demi-siècle », s'est félicitée la maire, Claire Vautrin. L'opposition, menée par Bernard Olivier, dénonce « une densité excessive ».

Les travaux débuteront en 2027 et les premiers habitants sont attendus en 2029. La tannerie Ferrand avait fermé en 2011, supprimant 300 emplois.`,
		"m6en.txt": `en|French town approves 1,500-home eco-district on tannery site

Montclaret, a town in the foothills of the French Alps, has approved plans for about 1,500 homes on the site of a former tannery, one of the largest urban projects in the region.

Councillors voted 41 to 8, with four abstentions, on Monday for the Tanneries eco-district, which will cover 32 hectares. Some 510 of the 1,450 homes will be social housing.

The €380 million scheme will be largely privately financed; public money accounts for €42 million. Construction starts in 2027.

Mayor Claire Vautrin called it the town's biggest urban project "in half a century". The Ferrand tannery closed in 2011 with the loss of 300 jobs.`,
		"m6de.txt": `de|Neues Ökoviertel für Montclaret

Partnerstädte

Der Stadtrat der französischen Partnerstadt Montclaret hat den Bau eines Ökoviertels auf dem Gelände der früheren Gerberei Ferrand beschlossen. Auf 32 Hektar sollen 1450 Wohnungen entstehen, mehr als ein Drittel davon Sozialwohnungen.

Das Projekt kostet 380 Millionen Euro. Die ersten Bewohner sollen 2029 einziehen.

Bürgermeisterin Claire Vautrin sprach vom größten Stadtentwicklungsprojekt seit 50 Jahren. Die Gerberei hatte 2011 geschlossen; damals gingen 300 Arbeitsplätze verloren.`,
	}, nil},
	{"rail-timetable", map[string]string{
		"m7de.txt": `de|Fahrplanwechsel: Halbstundentakt zwischen Brenzwil und Saint-Aubel

Region | Verkehr

Von Urs Gerber

Mit dem Fahrplanwechsel am Sonntag, 14. Dezember, fahren die Züge der Jura-Süd-Bahn zwischen Brenzwil und Saint-Aubel neu im Halbstundentakt. Bisher verkehrte nur ein Zug pro Stunde.

Die Fahrzeit verkürzt sich von 52 auf 44 Minuten. Insgesamt verkehren täglich 34 Züge mehr. In Brenzwil-Ost wird eine neue Haltestelle eröffnet.

Das Angebot kostet jährlich 18 Millionen Franken, 11 Millionen davon übernimmt der Kanton. "Wir reagieren auf die stark gestiegene Nachfrage", sagte Bahnchefin Regula Amstutz.

Heute nutzen täglich rund 9800 Fahrgäste die Strecke, 2019 waren es noch 7200.`,
		"m7fr1.txt": `fr|Changement d'horaire : la cadence à la demi-heure entre Saint-Aubel et Brenzwil

Régions

Dès le dimanche 14 décembre, date du changement d'horaire, les trains des Chemins de fer du Jura-Sud circuleront toutes les demi-heures entre Saint-Aubel et Brenzwil, contre une fois par heure actuellement.

Le trajet durera 44 minutes au lieu de 52. La compagnie ajoute 34 trains par jour et ouvre un nouvel arrêt à Brenzwil-Est.

Cette offre supplémentaire coûtera 18 millions de francs par an, dont 11 millions à la charge du canton. « La demande a explosé », relève la directrice, Regula Amstutz.

La ligne transporte aujourd'hui quelque 9800 voyageurs par jour, contre 7200 en 2019.`,
		"m7fr2.txt": `fr|Plus de trains sur la ligne du Jura-Sud

SAINT-AUBEL - Les Chemins de fer du Jura-Sud (CJS) doubleront leur cadence entre Saint-Aubel et Brenzwil au changement d'horaire du 14 décembre. Le temps de parcours sera réduit de huit minutes, à 44 minutes.

Le coût annuel, 18 millions de francs, est partagé entre le canton (11 millions) et la Confédération.

Près de 10 000 voyageurs empruntent la ligne chaque jour.`,
		"m7en.txt": `en|Swiss regional line to double its frequency

A regional railway linking Brenzwil and Saint-Aubel in western Switzerland will run trains every 30 minutes instead of hourly from the December timetable change.

The new timetable takes effect on Saturday, December 14, operator CJS said. Journey times fall to 44 minutes from 52, and 34 extra trains will run each day, stopping at a new station, Brenzwil-Est.

The extra service costs CHF 18 million a year, of which the canton pays CHF 11 million. About 9,800 passengers use the line daily, up from 7,200 in 2019.`,
	}, map[string][2]string{"m7en.txt": {"Saturday", "Sunday"}}},
	{"dike-works", map[string]string{
		"m8nl1.txt": `nl|Dijkversterking Oosterbeemd-Hulsweerd kan beginnen

Gelderland

Door Anouk Verhoef

OOSTERBEEMD - In april begint waterschap Rivierenland-Oost aan de versterking van de Waaldijk tussen Oosterbeemd en Hulsweerd. Over een lengte van 11,5 kilometer wordt de dijk breder en gemiddeld 80 centimeter hoger.

Het project kost 186 miljoen euro. Het landelijke Hoogwaterbeschermingsprogramma betaalt 90 procent, het waterschap de rest. De werkzaamheden duren vier jaar.

"Deze dijk beschermt 95.000 mensen. Dan wil je geen risico nemen", zegt dijkgraaf Hendrik Zwart. Voor de werkzaamheden moeten 420 bomen worden gekapt; er komen er 1100 voor terug.

Bij het hoogwater van 1995 werden in het rivierengebied 250.000 mensen geëvacueerd.`,
		"m8nl2.txt": `nl|Waaldijk vier jaar op de schop

HULSWEERD - Bewoners langs de Waaldijk moeten rekening houden met vier jaar overlast. Vanaf april wordt ruim 11 kilometer dijk versterkt, het eerste deel van 4 kilometer bij Hulsweerd.

De kosten bedragen 186 miljoen euro, waarvan 167 miljoen uit het Hoogwaterbeschermingsprogramma komt. Het werk moet in 2030 klaar zijn.

Dijkgraaf Hendrik Zwart (63) wijst erop dat de dijk niet meer aan de nieuwe normen voldoet.`,
		"m8de.txt": `de|Niederländer verstärken Waaldeich nahe der Grenze

Emmerstedt/Oosterbeemd - Wenige Kilometer hinter der deutschen Grenze beginnt im April eine der größten Deichbaustellen der Niederlande. Der Wasserverband Rivierenland-Oost verstärkt den Deich an der Waal zwischen Oosterbeemd und Hulsweerd.

Die Kosten liegen bei 186 Millionen Euro. Der Deich soll im Schnitt um 80 Zentimeter erhöht werden; die Arbeiten dauern vier Jahre.

Insgesamt werden 15,1 Kilometer Deich verbreitert und erhöht. Hinter dem Deich leben rund 95.000 Menschen.

Beim Hochwasser 1995 mussten in der Region 250.000 Menschen ihre Häuser verlassen.`,
		"m8en.txt": `en|Dutch water board starts €186m dike upgrade

A Dutch water board will start work in April on strengthening an 11.5 km stretch of the Waal river dike between Oosterbeemd and Hulsweerd, a project costing €186 million.

The dike will be raised by an average of 80 cm and widened. The national flood protection programme covers 90% of the cost. Work is expected to take four years.

Dike-reeve Hendrik Zwart, 63, said the dike protects 95,000 people. Some 420 trees will be felled and 1,100 planted.`,
	}, map[string][2]string{"m8de.txt": {"15.1 km", "11.5 km"}}},
	{"shoe-chain-insolvency", map[string]string{
		"m9nl1.txt": `nl|Schoenenketen Verbeek krijgt uitstel van betaling

Economie

Door onze redactie

HOLTWIJK - De schoenenketen Verbeek heeft dinsdag uitstel van betaling gekregen van de rechtbank. De 74 winkels, 62 in Nederland en 12 in België, blijven voorlopig open.

Bij de keten werken 620 mensen. Bewindvoerder Jeroen Baaij heeft acht weken de tijd om een koper te vinden.

De omzet daalde van 98 miljoen euro in 2022 naar 71 miljoen vorig jaar. "De combinatie van hoge huren en de opmars van online schoenverkopers werd ons te veel", zegt directeur Pieter Verbeek (56), kleinzoon van de oprichter.

Verbeek werd in 1921 opgericht in Holtwijk.`,
		"m9nl2.txt": `nl|Uitstel van betaling voor Verbeek Schoenen: 'Zeker twee maanden onzekerheid'

Retail | Winkelnieuws

Voor de ruim 600 medewerkers van Verbeek Schoenen breekt een onzekere periode aan. De rechtbank verleende de ruim honderd jaar oude keten dinsdag surseance van betaling.

De bewindvoerder krijgt acht weken om een doorstart te regelen. Alle 74 filialen blijven in die periode open, aldus Jeroen Baaij.

Volgens directeur Pieter Verbeek lijdt de keten al jaren onder dalende verkopen. De omzet zakte sinds 2022 met 27 miljoen euro.`,
		"m9en.txt": `en|Dutch shoe chain Verbeek granted creditor protection

Dutch footwear retailer Verbeek, which has 74 stores in the Netherlands and Belgium, was granted a suspension of payments by a court on Tuesday, putting 620 jobs at risk.

Administrator Jeroen Baaij has eight weeks to find a buyer for the chain, which was founded in 1921. Sales dropped to €71 million last year from €98 million in 2022.

Chief executive Pieter Verbeek, 56, blamed high rents and online competition.`,
		"m9fr.txt": `fr|Le chausseur néerlandais Verbeek en difficulté, 12 magasins belges concernés

Économie | Commerce

La chaîne néerlandaise de magasins de chaussures Verbeek, qui compte 12 points de vente en Belgique, a obtenu mardi un sursis de paiement aux Pays-Bas.

Les 74 magasins du groupe, dont 62 aux Pays-Bas, restent ouverts pour l'instant. L'enseigne emploie 620 personnes, dont environ 90 en Belgique.

L'administrateur Jeroen Baaij dispose de six semaines pour trouver un repreneur. Le chiffre d'affaires est tombé à 71 millions d'euros l'an dernier, contre 98 millions en 2022.

« Les loyers élevés et la concurrence en ligne nous ont fait trop mal », explique le directeur, Pieter Verbeek, 56 ans.`,
	}, map[string][2]string{"m9fr.txt": {"6 weeks", "8 weeks"}}},
	{"container-terminal", map[string]string{
		"m10fr.txt": `fr|Port-Hérel lance son nouveau terminal à conteneurs

Normandie | Économie

Le grand port de Port-Hérel a donné vendredi le coup d'envoi de la construction du terminal de l'Estuaire, un investissement de 1,1 milliard d'euros. Le quai de 1 450 mètres pourra accueillir les plus grands porte-conteneurs du monde.

Le nouveau terminal portera la capacité du port de 3,2 à 4,7 millions d'EVP (équivalent vingt pieds) par an. Sa mise en service est prévue en 2031.

Le groupe néerlandais Van Hattem a remporté le contrat de dragage et de remblaiement de 85 hectares, d'un montant de 290 millions d'euros. « Environ 800 emplois directs » seront créés, selon le président du directoire du port, Jean-Marc Lefort.

Le port a traité 2,9 millions d'EVP l'an dernier.`,
		"m10nl.txt": `nl|Van Hattem bouwt mee aan Franse containerterminal

Economie | Bouw

SLIEDERWAARD - Baggeraar Van Hattem heeft een opdracht van 290 miljoen euro binnengehaald voor de aanleg van een nieuwe containerterminal in de Franse haven Port-Hérel.

Van Hattem gaat 85 hectare land opspuiten en de vaargeul uitdiepen. De terminal, met een kade van bijna anderhalve kilometer, kost in totaal 1,1 miljard euro en moet in 2031 in gebruik gaan.

"Dit is een van de grootste contracten in onze geschiedenis", zegt topman Maarten Kool. De capaciteit van de haven stijgt met 1,5 miljoen containers (teu) per jaar.

Het aandeel Van Hattem steeg vrijdag 2,4 procent.`,
		"m10en.txt": `en|Work starts on €1.1bn Port-Hérel container terminal

Construction began on Friday of a €1.1 billion container terminal at the French port of Port-Hérel that will raise its annual capacity to 4.7 million TEU from 3.2 million.

The 1,450-metre quay will be able to handle the world's largest container ships, port chairman Jean-Marc Lefort said, adding the project would create about 800 direct jobs. The terminal is due to open in 2031.

Dutch dredging group Van Hattem holds a €290 million contract to reclaim 85 hectares of land.`,
	}, nil},
}
