package compare

// heldOutMeltemi is a blind held-out set of ten events of regional, health
// and consumer news as a reader's feed would hold them: a discounters'
// price war in Germany, a dentist shortage in rural France, an Italian cap
// on electricity prices, a Swiss recall of infant formula, the heatwave
// death toll in Occitanie, a new maternity wing in Bellinzona, a hydrofoil
// hitting a pier on Lake Garda, an Austrian gym chain's insolvency, the
// French flu vaccination campaign and an Alpine pass reopening after its
// winter closure. They were written without reading the comparison's code.
//
// Six events hold one planted contradiction each, five of them outside the
// first paragraph and five in the report whose language is the minority
// (or the single one) in its event: a duration (the German report gives
// the Italian price cap nine months, not six, in its second paragraph), a
// count (the Italian report on the formula recall has 58,000 tins, not
// 85,000, in its third paragraph), a weekday (the French report moves the
// maternity wing's opening on 2 June to a Tuesday, not the Monday, in its
// third paragraph), an age (the English report makes the hydrofoil's
// captain 48, not 58, in its third paragraph), a percentage (the Italian
// report has last winter's coverage of the over-65s at 45.2%, not 54.2%,
// in its second paragraph) and a distance (one Italian report gives the
// pass road 29 km, not 23 km, in its first paragraph).
//
// The traps that must not be flagged: an exact count against a rounded one
// (1,187 and "about 1,200" products), a rival's count and an old campaign's
// (900, 600 in 2017), average and ceiling cuts (8%, up to 25%), a rate and
// the one before it (4.1% up from 5.3%), four people's ages (68, 66, 29,
// 74), waits of "four to five months" and "up to five months", a centre's
// cost and its parts from the region and from region and state together
// (€850,000, €300,000, €550,000), "nearly four million" against 3.8
// million households, an average saving and a ceiling (€180, up to €240),
// "over 75" as an age limit, a whole recall and the Swiss part of it
// (85,000 and 61,000 tins, written 85'000 in the Swiss German report),
// "more than 1,300" and "about 1,350" deaths, 78% and "nearly 80 per cent"
// or "four in five", last year's toll (940) and that of 2003, beds now and
// before (36, 24, "twelve more"), births expected and last year (1,900;
// 1,412 and "about 1,400"), the open day's Saturday next to the opening's
// Monday, passengers and crew against all on board (126 + 5, 131), the
// injured against those taken to hospital (11, 3, 8), a chain's studios in
// all and by country (47, 41, six) and its debts rounded (27.4 and 27
// million euros), membership now and in 2019 (95,000, 110,000), coverage
// among the over-65s and the under-65s at risk (54.2%, 25.7%), a target
// (75%), doses in all and in pharmacies (11.2 and 5.8 million), and the
// pass's snow walls, altitude and last year's late opening (9 m, 2,417 m,
// 13 June).
//
// Frozen before its first run, which flagged 5 of the 6 contradictions and
// 4 false disagreements. It missed the hydrofoil captain's age: the English
// report's 48 and the Italian report's 58 were read as two facts, the
// captain's age and the comandante's age, and not matched (no spelling of
// the wrong value was changed). The false ones: the German report's
// "ab dem 1. Oktober" (the cap's start) set against the Italian report's
// end date, 31 marzo; the Tuesday on which the safety office announced the
// recall set against the Monday evening on which the dairy's director says
// the test result came in; the German report's eleven injured on Lake
// Garda set against the 4 injured of an earlier accident, in 2011, at
// Limone; and the gym chain's 47 studios in all set against the 41 gyms in
// Austria alone. As the first run flagged 4 false disagreements, the set
// may flag at most 4 in heldOutSets.
//
// Fixed after, so the set is held out no longer: captains ("comandante",
// "Kapitän") are one subject in the synonym table, which finds the English
// report's 48 years against 58: 6/6 flagged, 4 false (the cap's start
// against its end date, the recall's announcement against the lab result's
// evening, an accident of 2011 against this one, a chain's 47 gyms in all
// against 41 in Austria).
//
// Fixed after again: "1° novembre" read as the first of November, a rule
// written for the Rashabar set, took away the "ab" date false
// disagreement: 6/6 flagged, 3 false.
//
// Fixed after again: a figure that another source of its fact also writes
// in its own paragraph is that thing, no rival (a rule written for the
// Terral set: "11 mil habitantes" beside "4,300 of the municipality's
// 11,000 residents"): 6/6 flagged, 2 false.
var heldOutMeltemi = []heldOutEvent{
	{"supermarket-price-war", map[string]string{
		"me1de1.txt": `de|Preiskampf im Lebensmittelhandel: Sparwerk senkt Preise für rund 1.200 Artikel

Düsseldorf (dpa) - Der Discounter Sparwerk verschärft den Preiskampf im deutschen Lebensmittelhandel. Ab Montag würden die Preise für rund 1.200 Artikel dauerhaft gesenkt, im Schnitt um acht Prozent, teilte das Unternehmen am Donnerstag in Düsseldorf mit. Bei einzelnen Produkten wie Butter, Nudeln und Kaffee betrage der Nachlass bis zu 25 Prozent.

«Wir geben die gesunkenen Einkaufspreise vollständig an unsere Kunden weiter», sagte Vorstandschefin Henrike Waldmann. Die Kette betreibt bundesweit rund 3.400 Filialen mit 62.000 Beschäftigten.

Der Konkurrent Kornmarkt reagierte noch am selben Tag und kündigte Preissenkungen für 900 Produkte an, darunter 150 Bio-Artikel.

Die Preise für Nahrungsmittel waren im August nach Angaben des Statistischen Bundesamts um 4,1 Prozent höher als ein Jahr zuvor, im Juli hatte die Rate noch bei 5,3 Prozent gelegen. Bereits 2017 hatte Sparwerk mit einer ähnlichen Aktion für 600 Artikel einen Preiskrieg ausgelöst.`,
		"me1de2.txt": `de|Discounter-Duell: Sparwerk und Kornmarkt drehen an der Preisschraube

Wirtschaft | Handel

Von Jana Kesselring

Wer ab Montag bei Sparwerk einkauft, zahlt für viele Produkte weniger. Der Düsseldorfer Discounter senkt die Preise von insgesamt 1.187 Artikeln, im Durchschnitt um 8 Prozent. Am stärksten fällt der Nachlass bei Markenbutter aus: Das 250-Gramm-Stück kostet künftig 1,79 Euro statt 2,39 Euro.

Handelsexperte Tobias Reindl vom Bankhaus Hellmer rechnet damit, dass die Aktion Sparwerk rund 300 Millionen Euro im Jahr kosten wird. «Bei einer Umsatzrendite von gut zwei Prozent ist das kein Pappenstiel», sagte Reindl. Er erwartet, dass weitere Händler nachziehen.

Kornmarkt tat das prompt: Der Rivale verbilligt 900 Produkte, wie ein Sprecher bestätigte. Sparwerk-Chefin Henrike Waldmann (51) sprach von einem «Signal an alle, die jeden Euro zweimal umdrehen müssen».

In der Region betreibt Sparwerk 46 Märkte.`,
		"me1en.txt": `en|German discounter Sparwerk cuts prices on 1,200 items, rival follows

By Paul Hartley

FRANKFURT, Sept 11 (Reuters) - German discount grocer Sparwerk said on Thursday it would cut prices on about 1,200 products by an average of 8% from Monday, stepping up a price war in Europe's largest grocery market.

Some staples including butter and coffee will be up to 25% cheaper, the privately held company said. Chief executive Henrike Waldmann said lower purchasing costs would be passed on in full to shoppers.

Rival Kornmarkt said later on Thursday it would lower prices on 900 items.

Food prices in Germany rose 4.1% year-on-year in August, down from 5.3% in July, official data showed. Sparwerk operates some 3,400 stores in Germany and employs about 62,000 people.

An analyst at Bankhaus Hellmer estimated the cost of the cuts at around 300 million euros a year.`,
		"me1fr.txt": `fr|Allemagne : le discounter Sparwerk relance la guerre des prix

Distribution

Le discounter allemand Sparwerk a annoncé jeudi une baisse de prix sur quelque 1 200 références à partir de lundi, de 8 % en moyenne et jusqu'à 25 % pour certains produits de base comme le beurre ou le café.

Son concurrent Kornmarkt a aussitôt répliqué en baissant les prix de 900 produits.

Sparwerk, qui exploite environ 3 400 magasins outre-Rhin, avait déjà déclenché une guerre des prix en 2017 en baissant 600 articles. Selon un analyste de la banque Hellmer, l'opération pourrait coûter à l'enseigne quelque 300 millions d'euros par an.

En août, les prix alimentaires en Allemagne ont progressé de 4,1 % sur un an, après 5,3 % en juillet.`,
	}, nil},
	{"dentist-shortage", map[string]string{
		"me2fr1.txt": `fr|Pays de Valbrune : neuf dentistes pour 41 000 habitants, les élus sortent le chéquier

Cantal | Santé

Par Sébastien Delpuech

Publié le 18/03 à 06h30

Il faut compter quatre à cinq mois pour obtenir un rendez-vous chez un dentiste dans le Pays de Valbrune. Le territoire ne compte plus que neuf chirurgiens-dentistes pour 41 000 habitants, soit un praticien pour environ 4 500 habitants, près de trois fois moins que la moyenne nationale (un pour 1 600).

Et la situation va encore se dégrader : le Dr Gérard Poumeyrol, 68 ans, et le Dr Annick Vernet, 66 ans, partiront à la retraite à la fin de l'année.

Lundi soir, le conseil communautaire a voté à l'unanimité une aide à l'installation de 60 000 euros, assortie d'un logement gratuit pendant un an. « On ne peut plus attendre que l'État règle le problème », a lancé le président de la communauté de communes, Jean-Marc Sauvagnat.

Un centre dentaire de quatre fauteuils doit ouvrir en janvier dans l'ancienne poste de Valbrune. Coût : 850 000 euros, dont 300 000 euros apportés par la Région.

Une première recrue est déjà annoncée : le Dr Inès Lacombe, 29 ans, originaire de Clermont-Ferrand.`,
		"me2fr2.txt": `fr|Déserts médicaux : le Pays de Valbrune offre 60 000 euros aux dentistes qui s'installent

Face à la pénurie de dentistes, la communauté de communes du Pays de Valbrune (Cantal) a décidé de frapper fort. Les élus ont adopté lundi une prime de 60 000 euros et un an de logement gratuit pour tout chirurgien-dentiste qui viendra s'installer.

Pour les patients, la situation est devenue critique. « Pour une carie, on m'a proposé un rendez-vous en août », témoigne Martine, 74 ans, habitante de Vèzeroc. Les urgences dentaires sont renvoyées vers Aurillac, à près de 70 km.

Le territoire compte neuf dentistes, dont deux qui prendront leur retraite fin décembre. « Si personne ne vient, on tombera à sept pour plus de 40 000 habitants », s'inquiète Jean-Marc Sauvagnat, le président de l'intercommunalité.

Le futur centre dentaire, qui ouvrira en janvier, coûtera 850 000 euros. L'État et la Région apportent 550 000 euros.`,
		"me2en.txt": `en|Rural French area offers €60,000 to attract dentists

A group of villages in the Cantal department of central France is offering dentists a €60,000 welcome grant and a year's free housing to set up practice, as patients wait up to five months for an appointment.

The Pays de Valbrune, home to about 41,000 people, has just nine dentists – one for every 4,500 residents, compared with a national average of around one per 1,600. Two of them, aged 68 and 66, are due to retire at the end of the year.

"We can't wait for Paris to solve this," said Jean-Marc Sauvagnat, who heads the local council grouping. Emergency cases are sent to Aurillac, some 70 km away.

A four-chair dental centre costing €850,000 is due to open in the former post office in January. A 29-year-old dentist from Clermont-Ferrand has already signed up.`,
	}, nil},
	{"electricity-price-cap", map[string]string{
		"me3it1.txt": `it|Energia: Cdm approva tetto al prezzo della luce per i clienti vulnerabili

ROMA, 25 SET - Il Consiglio dei ministri ha approvato oggi un decreto che fissa un tetto di 25 centesimi per kilowattora al prezzo dell'energia elettrica per i clienti vulnerabili. La misura sarà in vigore per sei mesi, dal 1° ottobre al 31 marzo, e riguarderà circa 3,8 milioni di famiglie.

Il costo per le casse pubbliche è stimato in 1,6 miliardi di euro, che saranno coperti con un contributo straordinario a carico delle imprese energetiche. "Nessuna famiglia fragile deve scegliere tra la bolletta e la spesa", ha dichiarato il ministro dell'Ambiente e della sicurezza energetica Gianfranco Tedeschi.

Potranno beneficiare del tetto i nuclei con un Isee fino a 12.000 euro e gli over 75. Secondo il ministero il risparmio medio sarà di circa 180 euro l'anno per famiglia.

Nell'ultimo trimestre il prezzo dell'energia per i clienti in regime di tutela è salito del 14%. (ANSA).`,
		"me3it2.txt": `it|Bollette, arriva il tetto: 25 centesimi al kWh fino a marzo

Economia

di Francesca Luraghi

Un tetto al prezzo della luce per quasi quattro milioni di famiglie. Lo ha deciso giovedì il governo con un decreto che blocca a 0,25 euro per kilowattora la tariffa per i clienti vulnerabili a partire dal 1° ottobre e per sei mesi.

Secondo le stime del ministero, una famiglia tipo con una bolletta annua di circa 1.150 euro risparmierà intorno ai 180 euro, fino a 240 euro per i nuclei più numerosi. La misura costerà 1,6 miliardi, finanziati da un prelievo sugli extraprofitti delle società energetiche.

Critiche dalle associazioni dei consumatori. "È un pannicello caldo: il tetto andava esteso a tutte le famiglie con Isee sotto i 20.000 euro", ha detto Lucia Ferrante, presidente dell'Unione Utenti Italiani.

Nel 2022 un intervento analogo era costato allo Stato oltre 3 miliardi.`,
		"me3en.txt": `en|Italy caps power prices for vulnerable households for six months

Italy's cabinet on Thursday approved a cap of 25 euro cents per kilowatt-hour on electricity prices for about 3.8 million vulnerable households, Energy Minister Gianfranco Tedeschi said.

The cap will apply from Oct. 1 through the end of March and will cost about €1.6 billion, to be funded by a one-off levy on energy companies.

Households with an ISEE income indicator of up to €12,000 and people over 75 qualify. The ministry estimates the average saving at around €180 a year.

Regulated power prices rose 14% in the past quarter.`,
		"me3de.txt": `de|Italien deckelt Strompreis für bedürftige Haushalte

Rom (APA/dpa) - Die italienische Regierung hat am Donnerstag eine Preisobergrenze für Strom für sozial schwache Haushalte beschlossen. Der Preis wird bei 25 Cent je Kilowattstunde gedeckelt.

Die Maßnahme gilt ab dem 1. Oktober für neun Monate und betrifft rund 3,8 Millionen Familien. Die Kosten von 1,6 Milliarden Euro sollen über eine Sonderabgabe der Energiekonzerne finanziert werden.

Anspruch haben Haushalte mit einem Isee-Einkommensindikator von bis zu 12.000 Euro sowie Menschen über 75 Jahre. Das Ministerium rechnet mit einer durchschnittlichen Ersparnis von etwa 180 Euro im Jahr.

Verbraucherschützer kritisierten die Maßnahme als unzureichend.`,
	}, map[string][2]string{"me3de.txt": {"9 months", "6 months"}}},
	{"formula-recall", map[string]string{
		"me4fr1.txt": `fr|Rappel de lait pour nourrissons: la Laiterie du Jorat retire 14 lots

La Laiterie du Jorat SA rappelle son lait pour nourrissons Bébélait 1 en boîtes de 800 grammes. Une bactérie, Cronobacter sakazakii, a été détectée lors d'un contrôle interne dans un lot, a indiqué mardi l'Office fédéral de la sécurité alimentaire et des affaires vétérinaires (OSAV).

Par précaution, l'entreprise vaudoise retire 14 lots, soit quelque 85 000 boîtes vendues depuis le 20 janvier dans environ 240 magasins en Suisse, mais aussi en France et en Belgique.

Deux nourrissons ont été hospitalisés dans le canton de Vaud ces derniers jours, mais aucun lien avec le produit n'est établi à ce stade. Leur état est jugé rassurant.

Les parents sont priés de ne plus utiliser le produit et de le rapporter en magasin, où il sera remboursé.`,
		"me4fr2.txt": `fr|Lait infantile contaminé: «Nous avons agi immédiatement», assure le directeur de la Laiterie du Jorat

Vaud

Par Camille Rochat

Mis à jour il y a 2 heures

Le directeur de la Laiterie du Jorat, Pascal Chevalley, se veut rassurant. «Le contrôle qui a révélé la bactérie est le nôtre. Dès le résultat connu, lundi soir, nous avons bloqué les livraisons», explique-t-il.

Le rappel porte sur 14 lots de Bébélait 1, soit 85 000 boîtes de 800 g, dont 61 000 écoulées en Suisse. Il coûtera à l'entreprise environ 2,3 millions de francs, estime le directeur. La laiterie de Montrichon-sur-Jorat emploie 210 personnes.

L'an dernier, la société avait déjà rappelé 3 lots de lait de suite pour un défaut d'étiquetage.

Une hotline est ouverte au 0800 555 120.`,
		"me4de.txt": `de|Rückruf von Säuglingsmilch: Keime in Bébélait 1 entdeckt

Die Waadtländer Molkerei Laiterie du Jorat ruft ihre Säuglingsanfangsnahrung Bébélait 1 zurück. Bei einer internen Kontrolle sei in einer Charge das Bakterium Cronobacter sakazakii gefunden worden, teilte das Bundesamt für Lebensmittelsicherheit und Veterinärwesen (BLV) am Dienstag mit.

Vorsorglich werden 14 Chargen zurückgerufen. Insgesamt geht es um rund 85'000 Dosen zu 800 Gramm, die seit dem 20. Januar in etwa 240 Geschäften verkauft wurden, vor allem in der Romandie, aber auch in der Deutschschweiz.

Zwei Säuglinge werden im Kanton Waadt im Spital behandelt. Ein Zusammenhang mit dem Produkt sei nicht erwiesen, hiess es.

Der Rückruf kostet das Unternehmen laut Direktor Pascal Chevalley rund 2,3 Millionen Franken.`,
		"me4it.txt": `it|Latte in polvere per neonati richiamato, trovato un batterio

Berna - La Laiterie du Jorat richiama il latte per lattanti Bébélait 1 in confezioni da 800 grammi. Durante un controllo interno è stato individuato il batterio Cronobacter sakazakii, ha comunicato martedì l'Ufficio federale della sicurezza alimentare e di veterinaria (USAV).

Il richiamo riguarda 14 lotti venduti dal 20 gennaio in circa 240 negozi, anche in Ticino.

In tutto si tratta di circa 58.000 confezioni. Il prodotto non va più utilizzato e può essere riportato nel punto vendita, dove sarà rimborsato.

Due neonati sono ricoverati in ospedale nel canton Vaud, ma un legame con il latte non è stato accertato.`,
	}, map[string][2]string{"me4it.txt": {"58,000", "85,000"}}},
	{"heatwave-deaths-occitanie", map[string]string{
		"me5fr1.txt": `fr|Canicule de juillet : environ 1 350 décès en excès en Occitanie

Santé

Par Laure Castanier

L'agence régionale de santé (ARS) Occitanie a publié jeudi son bilan de la vague de chaleur qui a frappé la région du 8 au 28 juillet. Sur ces trois semaines, environ 1 350 décès supplémentaires ont été enregistrés par rapport à la mortalité attendue, soit une surmortalité de 17 %.

Les personnes âgées de 75 ans et plus représentent 78 % de ces décès. « La chaleur tue d'abord les plus fragiles, souvent seuls à domicile », souligne la Dr Sylvie Ramonède, directrice de la santé publique de l'ARS.

Les services d'urgence ont enregistré plus de 6 200 passages liés à la chaleur. Le record de température a été battu le 19 juillet à Castelvieil, avec 43,2 °C.

Lors de la canicule de l'été dernier, l'ARS avait recensé 940 décès en excès.`,
		"me5fr2.txt": `fr|Canicule : la surmortalité a bondi de 17 % en Occitanie cet été

Plus de 1 300 morts en trois semaines. Le bilan de la vague de chaleur de juillet, publié jeudi par l'ARS Occitanie, est lourd : 1 350 décès de plus que la normale ont été enregistrés entre le 8 et le 28 juillet.

Près de huit victimes sur dix avaient 75 ans ou plus. L'ARS recommande aux communes de renforcer le registre des personnes isolées.

En 2003, la canicule avait provoqué près de 15 000 morts en France. Au niveau national, le bilan de cet été n'est pas encore connu.`,
		"me5en.txt": `en|Heatwave killed about 1,350 people in southern France, officials say

About 1,350 more people than expected died in the southern French region of Occitanie during a three-week heatwave in July, regional health authorities said on Thursday.

Excess mortality between July 8 and July 28 reached 17%, the regional health agency (ARS) said. Nearly four in five of those who died were 75 or older.

Temperatures peaked at 43.2C in the town of Castelvieil on July 19. Hospitals recorded more than 6,200 emergency visits linked to the heat.

A heatwave last summer caused 940 excess deaths in the region.`,
		"me5de.txt": `de|Hitzewelle in Südfrankreich: Rund 1350 zusätzliche Todesfälle

Paris (AFP) - Die Hitzewelle im Juli hat in der südfranzösischen Region Okzitanien nach Behördenangaben rund 1350 zusätzliche Todesfälle verursacht. Das teilte die regionale Gesundheitsbehörde ARS am Donnerstag mit.

Zwischen dem 8. und 28. Juli lag die Sterblichkeit damit 17 Prozent über dem erwarteten Wert. Fast 80 Prozent der Verstorbenen waren 75 Jahre oder älter.

Am 19. Juli wurden in Castelvieil 43,2 Grad gemessen. Im Vorjahr hatte eine Hitzewelle in der Region 940 Todesfälle zur Folge.`,
	}, nil},
	{"maternity-wing", map[string]string{
		"me6it1.txt": `it|Bellinzona, pronto il nuovo reparto maternità del San Vittore

Dopo 34 mesi di lavori è pronto il nuovo reparto di maternità e neonatologia dell'Ospedale regionale San Vittore di Bellinzona. Le prime pazienti vi saranno trasferite lunedì 2 giugno.

La nuova ala, costata 48 milioni di franchi, dispone di 36 letti, contro i 24 del vecchio reparto, cinque sale parto e dieci posti di terapia intensiva neonatale. Il Cantone ha contribuito con 30 milioni.

"Potremo accogliere fino a 1.900 nascite all'anno", ha spiegato la primaria di ostetricia Chiara Pedrazzini. L'anno scorso al San Vittore sono nati 1.412 bambini.

Sabato 31 maggio la popolazione potrà visitare il reparto in occasione di una giornata a porte aperte.`,
		"me6it2.txt": `it|Maternità, al San Vittore si cambia casa

Bellinzona

di Elena Bernasconi

Trentasei letti, cinque sale parto, camere singole con bagno e una neonatologia ampliata: il nuovo reparto maternità dell'Ospedale San Vittore entrerà in funzione lunedì 2 giugno, dopo quasi tre anni di cantiere.

L'investimento complessivo è di 48 milioni di franchi, di cui 30 a carico del Cantone. "Oggi facciamo circa 1.400 parti all'anno, con il nuovo reparto potremo arrivare a 1.900", ha detto il direttore generale Marco Lurati.

Il vecchio reparto, aperto nel 1978, contava 24 letti.

Porte aperte sabato 31 maggio dalle 10 alle 16.`,
		"me6de.txt": `de|Neue Geburtenabteilung in Bellinzona

Das Regionalspital San Vittore in Bellinzona eröffnet eine neue Abteilung für Geburtshilfe und Neonatologie. Am Montag, 2. Juni, ziehen die ersten Patientinnen ein.

Der Neubau hat 48 Millionen Franken gekostet, 30 Millionen davon trägt der Kanton Tessin. Die Abteilung verfügt über 36 Betten – zwölf mehr als bisher –, fünf Gebärsäle und zehn Plätze auf der neonatologischen Intensivstation.

Chefärztin Chiara Pedrazzini rechnet mit bis zu 1900 Geburten pro Jahr, gegenüber gut 1400 im vergangenen Jahr.`,
		"me6fr.txt": `fr|Tessin : une nouvelle maternité à Bellinzone

L'hôpital régional San Vittore de Bellinzone (TI) s'est doté d'un nouveau service de maternité et de néonatologie, pour un coût de 48 millions de francs, dont 30 millions à la charge du canton.

Le nouveau bâtiment compte 36 lits, cinq salles d'accouchement et dix places de soins intensifs néonatals. L'hôpital espère y accueillir jusqu'à 1900 naissances par an.

Les premières patientes y emménageront le mardi 2 juin, après une journée portes ouvertes prévue le samedi 31 mai.

« Nous avons enfin des locaux à la hauteur », a déclaré la médecin-cheffe de l'obstétrique, Chiara Pedrazzini.`,
	}, map[string][2]string{"me6fr.txt": {"Tuesday", "Monday"}}},
	{"hydrofoil-pier", map[string]string{
		"me7it1.txt": `it|Garda, aliscafo contro il pontile: 11 feriti, tre gravi

BRESCIA, 14 LUG - Un aliscafo della Navigazione Benaco con 126 passeggeri e cinque membri dell'equipaggio a bordo si è schiantato ieri sera, intorno alle 18.40, contro il pontile di Porto Salvella, sulla sponda bresciana del lago di Garda. Undici le persone ferite, tre delle quali in modo grave.

Tra i feriti più gravi c'è una turista tedesca di 81 anni, che ha riportato la frattura del femore ed è stata trasportata in elicottero all'ospedale Civile di Brescia.

Il comandante, 58 anni, è risultato negativo all'alcoltest. La procura di Brescia ha aperto un fascicolo per lesioni colpose. Secondo i primi accertamenti l'aliscafo, partito da Riva del Garda e diretto a Desenzano, viaggiava a circa 25 nodi.

Il servizio di aliscafi sulla linea Riva-Desenzano è sospeso per tre giorni.`,
		"me7it2.txt": `it|Porto Salvella, l'aliscafo sbatte sul pontile. «Un boato, poi le urla»

Cronaca | Garda

di Stefano Bonomelli

«Abbiamo sentito un boato, poi le urla». Così un ristoratore del lungolago racconta lo schianto di sabato sera, quando l'aliscafo Freccia del Baldo ha centrato il pontile di Porto Salvella.

A bordo c'erano 131 persone, tra passeggeri ed equipaggio. I feriti sono 11: otto sono stati medicati sul posto, tre trasportati in ospedale, tra cui un'anziana turista tedesca di 81 anni.

Il pontile è stato danneggiato per una quindicina di metri e resterà chiuso. Il comandante, un 58enne di Salò, è indagato per lesioni colpose. L'ultimo incidente simile sul Garda risaliva al 2011, con 4 feriti a Limone.

Navigazione Benaco ha sospeso la linea Riva-Desenzano per tre giorni.`,
		"me7de.txt": `de|Tragflügelboot rammt Anleger am Gardasee – elf Verletzte

Am Gardasee ist am Samstagabend ein Tragflügelboot gegen einen Anleger geprallt. Elf Menschen wurden verletzt, drei davon schwer, wie die Feuerwehr mitteilte. An Bord waren 126 Fahrgäste und fünf Besatzungsmitglieder.

Unter den Schwerverletzten ist eine 81-jährige Urlauberin aus Deutschland. Sie wurde mit dem Hubschrauber nach Brescia geflogen.

Das Boot war von Riva del Garda nach Desenzano unterwegs. Die Verbindung ist für drei Tage eingestellt. Die Staatsanwaltschaft ermittelt gegen den Kapitän.`,
		"me7en.txt": `en|Eleven hurt as hydrofoil hits pier on Italy's Lake Garda

ROME (AP) — A hydrofoil carrying 131 people slammed into a pier on Italy's Lake Garda on Saturday evening, injuring 11, three of them seriously, officials said.

An 81-year-old German tourist with a broken thigh bone was airlifted to hospital in Brescia. The vessel was traveling from Riva del Garda to Desenzano at about 25 knots when it struck the pier at Porto Salvella, a lakeside village popular with tourists.

The captain, 48, tested negative for alcohol, and prosecutors have opened an investigation. The operator, Navigazione Benaco, suspended the route for three days.`,
	}, map[string][2]string{"me7en.txt": {"48 years", "58 years"}}},
	{"gym-chain-insolvency", map[string]string{
		"me8de1.txt": `de|Fitnesskette FitWerk ist insolvent

Graz (APA) - Die steirische Fitnesskette FitWerk hat am Mittwoch beim Landesgericht für Zivilrechtssachen Graz ein Sanierungsverfahren mit Eigenverwaltung beantragt. Das teilte der Kreditschutzverband Alpenland mit. Die Passiva belaufen sich auf rund 27,4 Millionen Euro, die Aktiva auf 9,1 Millionen Euro.

Betroffen sind 640 Beschäftigte und rund 95.000 Mitglieder. FitWerk betreibt 47 Studios, davon 41 in Österreich und sechs in Slowenien. Acht Standorte sollen geschlossen werden, der Betrieb in den übrigen Studios läuft weiter.

Den Gläubigern wird eine Quote von 20 Prozent, zahlbar binnen zwei Jahren, angeboten. Als Ursachen nennt das Unternehmen gestiegene Energiekosten und einen Mitgliederschwund: 2019 hatte die Kette noch 110.000 Mitglieder.`,
		"me8de2.txt": `de|FitWerk-Pleite: Was Mitglieder jetzt wissen müssen

Steiermark | Wirtschaft

Von Sabine Pucher | 12.45 Uhr, 05. März

Die Studios bleiben offen, die Beiträge werden weiter abgebucht: Das ist die wichtigste Nachricht für die rund 95.000 Mitglieder der Fitnesskette FitWerk, die am Mittwoch Insolvenz angemeldet hat. Das Unternehmen hat Schulden von 27 Millionen Euro.

«Wir haben die Energiekosten unterschätzt. Sie sind seit 2022 um 60 Prozent gestiegen», sagt Gründer und Geschäftsführer Markus Holzinger (47). Er hatte die erste Filiale 2009 in Graz-Lend eröffnet.

Acht der 47 Studios werden zugesperrt, welche, soll bis Ende März feststehen. Wer in einem betroffenen Studio trainiert, kann in ein anderes wechseln oder kündigen.

Die rund 640 Mitarbeiter erhalten ihre Gehälter aus dem Insolvenz-Entgelt-Fonds.`,
		"me8en.txt": `en|Austrian gym chain FitWerk files for insolvency

VIENNA, March 5 - Austrian gym chain FitWerk filed for insolvency on Wednesday with liabilities of about 27.4 million euros, a creditors' association said, putting 640 jobs at risk.

The Graz-based company, which runs 41 gyms in Austria and six in Slovenia and has about 95,000 members, plans to close eight sites and keep operating the rest under a restructuring plan. It is offering creditors a 20% payout over two years.

Founder and managing director Markus Holzinger, 47, blamed energy costs, which he said had risen 60% since 2022, and a fall in membership from 110,000 in 2019.`,
	}, nil},
	{"flu-vaccine-campaign", map[string]string{
		"me9fr1.txt": `fr|Grippe : la campagne de vaccination démarre mardi, avec l'objectif de 75 % des plus de 65 ans

PARIS, 10 oct (AFP) - La campagne de vaccination contre la grippe saisonnière débute mardi 14 octobre et durera jusqu'au 31 janvier, a annoncé vendredi la Direction générale de la santé (DGS), qui vise une couverture de 75 % chez les plus de 65 ans.

L'hiver dernier, seuls 54,2 % des plus de 65 ans et 25,7 % des moins de 65 ans à risque s'étaient fait vacciner. « Nous sommes loin du compte », a reconnu le directeur général de la santé, le Pr Olivier Jaunay.

Au total, 11,2 millions de personnes avaient été vaccinées, dont 5,8 millions en pharmacie. Cette année, 14,5 millions de doses ont été commandées.

L'épidémie de l'hiver dernier avait duré neuf semaines et entraîné 2,4 millions de consultations chez le généraliste.`,
		"me9fr2.txt": `fr|Vaccin contre la grippe : ce qui change cette année

Santé

Par Delphine Marrot

Le 14/10 à 7h00

C'est parti pour la campagne de vaccination antigrippale. À partir de ce mardi, les personnes de plus de 65 ans, les femmes enceintes et les malades chroniques peuvent se faire vacciner gratuitement chez le médecin, l'infirmier ou le pharmacien.

Nouveauté : le vaccin contre le Covid pourra être administré au cours du même rendez-vous. Les autorités espèrent ainsi faire remonter la couverture vaccinale, tombée à 54,2 % chez les seniors l'an passé, loin de l'objectif de 75 % fixé par l'OMS.

Les pharmacies ont réalisé plus de la moitié des injections l'hiver dernier : 5,8 millions sur 11,2 millions.

La campagne se terminera le 31 janvier.`,
		"me9en.txt": `en|France launches flu vaccination campaign, aims for 75% coverage among over-65s

France's seasonal flu vaccination campaign begins on Tuesday, October 14, and runs until January 31, health authorities said, with a target of vaccinating 75% of people aged over 65.

Only 54.2% of over-65s were vaccinated last winter. Some 14.5 million doses have been ordered this year.

Pharmacists carried out 5.8 million of the 11.2 million vaccinations last season. Last winter's flu epidemic lasted nine weeks.`,
		"me9it.txt": `it|Francia, al via la campagna antinfluenzale: obiettivo 75% degli over 65

PARIGI - Parte martedì 14 ottobre in Francia la campagna di vaccinazione contro l'influenza stagionale, che proseguirà fino al 31 gennaio. L'obiettivo delle autorità sanitarie è vaccinare il 75% degli ultrasessantacinquenni.

L'anno scorso la copertura tra gli over 65 si era fermata al 45,2%, mentre tra i malati cronici sotto i 65 anni era del 25,7%. Quest'anno sono state ordinate 14,5 milioni di dosi.

Come già nella scorsa stagione, ci si potrà vaccinare anche in farmacia, dove lo scorso inverno sono state somministrate 5,8 milioni di dosi.`,
	}, map[string][2]string{"me9it.txt": {"45.2%", "54.2%"}}},
	{"alpine-pass-reopens", map[string]string{
		"me10it1.txt": `it|Passo del Mürtel, si riapre venerdì dopo sette mesi

Sondrio | Viabilità

Riapre venerdì 30 maggio alle 8 la strada del Passo del Mürtel, i 29 chilometri che collegano Pratosecco alla Svizzera attraverso il valico a 2.417 metri di quota. La strada era chiusa dalla fine di ottobre.

Le operazioni di sgombero della neve sono durate sei settimane e hanno impegnato 18 operai, italiani e svizzeri. In alcuni tratti i muri di neve superano i 9 metri.

"Quest'anno siamo in anticipo di due settimane", ha detto l'ingegnere Davide Scaramellini, responsabile della viabilità della Provincia di Sondrio. L'anno scorso il passo era stato riaperto solo il 13 giugno a causa di una valanga.

La scorsa estate sul valico sono transitati circa 180.000 veicoli.`,
		"me10it2.txt": `it|Riapre il Mürtel: auto al valico da venerdì

Il Passo del Mürtel torna percorribile. La strada di 23 chilometri tra Punt da Mürtel e Pratosecco riaprirà venerdì 30 maggio, ha comunicato l'Ufficio tecnico dei Grigioni.

Per liberare la carreggiata dalla neve sono servite sei settimane di lavoro. Le spese di sgombero, circa 1,1 milioni di franchi, sono divise tra Grigioni e Provincia di Sondrio.

Il valico, a 2417 metri, era chiuso da sette mesi.`,
		"me10de.txt": `de|Mürtelpass ab Freitag wieder offen

Nach sieben Monaten Wintersperre wird die Strasse über den Mürtelpass (2417 m ü. M.) am Freitag, 30. Mai, um 8 Uhr wieder für den Verkehr freigegeben. Das teilte das Tiefbauamt Graubünden mit.

Die Räumung der 23 Kilometer langen Strecke zwischen Punt da Mürtel und Pratosecco dauerte sechs Wochen. Stellenweise türmen sich die Schneewände bis zu neun Meter hoch. «Wir sind zwei Wochen früher dran als im Vorjahr», sagte Kantonsingenieur Reto Caflisch.

Im Vorjahr war der Pass wegen eines Lawinenniedergangs erst am 13. Juni geöffnet worden. Die Räumungskosten von rund 1,1 Millionen Franken teilen sich Graubünden und die Provinz Sondrio.`,
		"me10en.txt": `en|Alpine pass between Switzerland and Italy to reopen on Friday

The Mürtel Pass road linking the Swiss canton of Graubünden with Italy's Sondrio province will reopen on Friday, May 30, after a seven-month winter closure, Swiss authorities said.

Crews spent six weeks clearing the 23-kilometre road, which climbs to 2,417 metres. Snow walls along the route reach up to nine metres.

Last year the pass did not open until June 13 because of an avalanche. Around 180,000 vehicles used it last summer.`,
	}, map[string][2]string{"me10it1.txt": {"29 km", "23 km"}}},
}
