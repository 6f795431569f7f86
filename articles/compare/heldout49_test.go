package compare

// heldOutKhamsin are ten events on energy, industry and labour, written
// blind (without reading the comparison's code) and frozen before their
// first run: a refinery fire in Sicily, a French reactor back on the grid,
// steelworks job cuts in Germany, a Swiss pension fund's result, an
// Austrian metalworkers' wage deal, an Italian car plant's output, the
// closure of a German coal plant, a cut in France's regulated power
// tariff, a hydrogen electrolyser in a German port and a Spanish solar
// farm, in English, German, French, Italian and Spanish, three or four
// reports each.
//
// Six hold one planted contradiction each, five of them outside the first
// paragraph and each in a report whose language no other report of its
// event shares (five events have two reports in one language, the solar
// farm four languages): a count (180 firefighters in the German report of
// the fire, 120 elsewhere, third paragraph), a duration (the reactor offline 18
// months in the English report, 14 elsewhere, second paragraph), a
// percentage (a funding ratio of 114.2% in the Italian report of the
// pension fund, 112.4% elsewhere, third paragraph), a weekday (the wage
// deal agreed on Saturday in the English report's lead, Friday elsewhere),
// an age (the coal plant's manager 64 in the French report, 61 elsewhere,
// third paragraph) and a distance (a 32 km grid line in the German report
// of the solar farm, 23 km elsewhere, third paragraph). The other four
// (steelworks, car plant, power tariff, electrolyser) hold none.
//
// The traps: number formats of each language (18.000 / 18,000; 1 300;
// 186'000 in Swiss German; 6,8 %; 41,3 Mrd. Fr.); numbers in words
// (undici/elf hours, quatorze mois, quatorze semaines, zwölf Monate, une
// dizaine de jours); rounding and
// hedges (7,380 staff vs rund 7.400 and quelque 7 400; 186mila vs 186.400;
// près de 10 % vs 9,6 %; just over two years vs 26 months); parts and
// totals (800 + 500 of 1,300 jobs; 1,100 staff plus 600 contractors vs
// about 1,700 in all; 410 of 640 moving, 230 retiring; €220 million of
// €380 million against 160 million of subsidies); previous values and
// other years (4.1% and 108.9% the year before, 7.2% last year's deal,
// 242,000 cars in 2024, 390,000 in 2017, 15% and 10% rises in 2023,
// 12.4 against 17.9 TWh); two people's ages in one event (61 and 48; 58
// and 46; 52 and 63; a 17-year-old apprentice in 1981); "in der Nacht zum
// Mittwoch" for a fire on Tuesday night; a wire's Wednesday dateline
// against a site's Thursday publication date; titles by synonym
// (Vorstandschef, chief executive, président; directrice, plant director,
// Kraftwerksleiter).
//
// Frozen before its first run, which flagged 6 of the 6 contradictions
// and 1 false disagreement; it missed none, and the false one is Henrik
// Salberg's title in the steelworks cuts: Vorstandschef in the German
// and the English report against président in the French one. Within
// the one false disagreement allowed, so the table's max stays 1.
//
// Fixed after, so the set is held out no longer: a bare "président" is an
// office that agrees with a chief executive. Now 6 of 6, none false.
var heldOutKhamsin = []heldOutEvent{
	{"refinery-fire", map[string]string{
		"k1it.txt": `it|Incendio nella raffineria di Capo Sorbo, tre operai feriti

Cronaca | Sicilia

Marzana (Siracusa), 12 novembre 2025 - 09:47

Un vasto incendio è divampato martedì sera, poco prima della mezzanotte, in un serbatoio di greggio della raffineria Sorbo Petroli di Capo Sorbo, vicino a Marzana. Tre operai sono rimasti feriti in modo lieve; uno di loro, un tecnico di 34 anni, è stato trasportato all'ospedale di Siracusa per un principio di intossicazione.

Sul posto sono intervenuti 120 vigili del fuoco con 40 mezzi, arrivati anche da Catania e Ragusa. Le fiamme sono state spente dopo 11 ore, nella mattinata di mercoledì. Il serbatoio conteneva circa 18.000 metri cubi di greggio.

«Gli impianti di sicurezza hanno funzionato e l'incendio non si è esteso ad altri serbatoi», ha detto il direttore dello stabilimento, Giorgio Landolfi, 57 anni. La Procura di Siracusa ha aperto un'inchiesta.

La sindaca di Marzana, Serena Cutrò, ha invitato i residenti nel raggio di 2 chilometri a tenere chiuse le finestre fino a nuovo avviso. Le scuole resteranno chiuse anche giovedì.

La raffineria lavora circa 9 milioni di tonnellate di greggio all'anno e dà lavoro a 1.100 dipendenti diretti. Nel 2017 un altro incendio aveva ferito due operai.`,
		"k1it2.txt": `it|Capo Sorbo, notte di paura: fiamme nel serbatoio 7

MarzanaNotizie.it | Cronaca locale

di Davide Pappalardo

Una colonna di fumo nero visibile fino ad Augusta. È l'immagine che molti marzanesi hanno visto affacciandosi alla finestra martedì intorno alle 23.40, quando ha preso fuoco il serbatoio numero 7 della raffineria di Capo Sorbo.

Per domare il rogo sono serviti circa 120 pompieri e 40 automezzi. L'incendio è stato dichiarato spento solo mercoledì mattina, dopo undici ore di lavoro. Tre i feriti, nessuno grave: il più serio, un 34enne di Marzana, è ricoverato per accertamenti.

La sindaca Serena Cutrò ha firmato un'ordinanza: nel raggio di due chilometri dallo stabilimento finestre chiuse e niente attività all'aperto. Scuole chiuse mercoledì e giovedì.

Per il paese la raffineria è vitale: tra dipendenti e lavoratori dell'indotto ci lavorano circa 1.700 persone.

LEGGI ANCHE: Capo Sorbo, l'incendio del 2017`,
		"k1en.txt": `en|Fire at Sicilian refinery injures three, burns for 11 hours

Energy | Europe

ROME, Nov 12 (Wire) - A fire broke out in a crude oil storage tank at the Capo Sorbo refinery in eastern Sicily late on Tuesday, injuring three workers and sending a plume of black smoke over the nearby town of Marzana, officials said.

About 120 firefighters fought the blaze, which burned for about 11 hours before it was put out on Wednesday morning. The tank held some 18,000 cubic metres of crude.

One of the injured, a 34-year-old technician, was taken to hospital in Syracuse with smoke inhalation. The others were treated at the scene.

Refinery manager Giorgio Landolfi, 57, said safety systems had prevented the fire from spreading to other tanks. Prosecutors have opened an investigation.

The refinery, owned by Sorbo Petroli, processes around 9 million tonnes of crude a year and employs 1,100 staff plus about 600 contractors. Operations at the rest of the site were continuing at reduced rates, the company said.

(Reporting by Anna Whitcombe; editing by Mark Dyer)`,
		"k1de.txt": `de|Großbrand in sizilianischer Raffinerie

Panorama

Rom/Marzana – In einer Raffinerie auf Sizilien hat in der Nacht zum Mittwoch ein Tank mit Rohöl gebrannt. Drei Arbeiter wurden leicht verletzt, wie die Behörden mitteilten. Über dem Ort Marzana stand stundenlang eine schwarze Rauchwolke.

Das Feuer in der Anlage von Capo Sorbo an der Ostküste der Insel brach kurz vor Mitternacht aus. Erst am Mittwochvormittag war es nach rund elf Stunden gelöscht.

Rund 180 Feuerwehrleute mit 40 Fahrzeugen waren im Einsatz. Der Tank fasste etwa 18.000 Kubikmeter Rohöl. Ein 34-jähriger Techniker kam mit einer Rauchvergiftung ins Krankenhaus.

Anwohner im Umkreis von zwei Kilometern sollen die Fenster geschlossen halten. Die Staatsanwaltschaft ermittelt.`,
	}, map[string][2]string{"k1de.txt": {"180", "120"}}},
	{"reactor-restart", map[string]string{
		"k2fr.txt": `fr|Nucléaire : le réacteur n° 2 de Vernoux redémarre après quatorze mois d'arrêt

Économie | Énergie

Publié le 9 février 2026 à 11h32

Le réacteur n° 2 de la centrale nucléaire de Vernoux-sur-Loire (Loiret) a été reconnecté au réseau électrique dimanche, après un arrêt de 14 mois lié à la réparation de fissures de corrosion sous contrainte sur des tuyauteries du circuit de refroidissement, a annoncé l'exploitant.

L'Autorité de sûreté nucléaire avait donné son feu vert jeudi. Le réacteur, d'une puissance de 1 300 mégawatts, doit atteindre sa pleine puissance d'ici une dizaine de jours.

Les réparations ont coûté environ 210 millions d'euros, selon la directrice de la centrale, Claire Bonnefoy. « Nos équipes ont remplacé près de 400 mètres de tuyauteries », a-t-elle précisé.

Le réacteur n° 1, à l'arrêt depuis septembre pour sa visite décennale, ne redémarrera pas avant la fin du mois de mai.

La centrale, mise en service en 1986, emploie 1 450 salariés et environ 800 prestataires permanents. En 2024, elle a produit 12,4 TWh, contre 17,9 TWh en 2021.`,
		"k2fr2.txt": `fr|Vernoux : le réacteur 2 de nouveau sur le réseau

La République du Centre-Loire | Loiret | Vernoux-sur-Loire

Par Julien Marchand

C'est un soulagement pour les équipes de la centrale. Dimanche, à 6 h 14, le réacteur n° 2 a de nouveau injecté des électrons sur le réseau. Il était arrêté depuis décembre 2024, soit quatorze mois.

Pendant le chantier, jusqu'à 2 000 intervenants ont travaillé simultanément sur le site. Les soudeurs ont remplacé quelque 400 mètres de tuyaux fissurés. Facture : 210 millions d'euros.

« On a tenu le calendrier fixé avec l'ASN », se félicite Claire Bonnefoy, 49 ans, à la tête de la centrale depuis 2022.

Le réacteur 1 reste à l'arrêt jusqu'à fin mai. Pour les 1 450 agents du site, l'activité ne faiblit pas.

À lire aussi : Visite décennale, mode d'emploi`,
		"k2en.txt": `en|French nuclear reactor back online after pipe repairs

PARIS, Feb 9 (Wire) - A 1,300-megawatt reactor at France's Vernoux-sur-Loire nuclear plant was reconnected to the grid on Sunday, operator data showed, easing pressure on supplies as a cold spell lifts demand.

The nuclear safety regulator cleared the restart of unit 2 on Thursday. The unit had been offline for 18 months while workers replaced about 400 metres of cracked piping in its cooling system at a cost of some €210m, plant director Claire Bonnefoy said.

Output is expected to ramp up to full power over roughly ten days.

Unit 1 has been shut since September for a ten-yearly inspection and is not due back before the end of May.

(Reporting by Paul Hennessy; editing by Jane Holt)`,
		"k2de.txt": `de|Französischer Atomreaktor wieder am Netz

Wirtschaft

Paris – Nach mehr als einem Jahr Stillstand ist in Frankreich ein weiterer Atomreaktor wieder ans Netz gegangen. Block 2 des Kraftwerks Vernoux-sur-Loire südlich von Orléans liefere seit Sonntag wieder Strom, teilte der Betreiber mit.

Der Reaktor mit einer Leistung von 1300 Megawatt war 14 Monate lang abgeschaltet. An Rohrleitungen des Kühlsystems waren Risse durch Spannungsrisskorrosion entdeckt worden. Die Reparatur kostete rund 210 Millionen Euro.

Die Atomaufsicht hatte den Neustart am Donnerstag genehmigt. Volle Leistung soll der Block in etwa zehn Tagen erreichen.

Frankreich bezieht rund 65 Prozent seines Stroms aus Atomkraft.`,
	}, map[string][2]string{"k2en.txt": {"18 months", "14 months"}}},
	{"steelworks-cuts", map[string]string{
		"k3de.txt": `de|Hallwerk Stahl streicht 1.300 Stellen und legt Hochofen still

Unternehmen | Industrie

Düsseldorf, 14.10.2025

Der Stahlhersteller Hallwerk Stahl will bis Ende 2027 rund 1.300 Arbeitsplätze abbauen. Davon entfallen 800 auf das Stammwerk in Brackenheide und 500 auf den Standort Oberkamm, teilte das Unternehmen am Dienstag mit. Derzeit beschäftigt Hallwerk rund 7.400 Menschen.

Zudem soll einer der beiden Hochöfen in Brackenheide stillgelegt werden. Die Produktionskapazität sinkt damit von 5,2 auf 3,8 Millionen Tonnen Rohstahl im Jahr.

„Wir kämpfen gegen Billigimporte und die höchsten Energiepreise Europas“, sagte Vorstandschef Henrik Salberg. Im ersten Halbjahr hatte Hallwerk einen Verlust von 340 Millionen Euro geschrieben, nach einem Gewinn von 95 Millionen Euro im Vorjahreszeitraum.

Die IG Metall kündigte Widerstand an. Betriebsbedingte Kündigungen will das Unternehmen nach eigenen Angaben vermeiden.`,
		"k3de2.txt": `de|800 Jobs weg: Schock im Stahlwerk Brackenheide

Brackenheider Anzeiger | Lokales

Von Tobias Renner

Die Nachricht kam am Dienstagmorgen bei einer Betriebsversammlung: 800 Stellen fallen im Brackenheider Werk von Hallwerk Stahl weg, konzernweit sind es 1300. Hochofen 4 geht vom Netz.

„Das ist ein rabenschwarzer Tag für unsere Stadt“, sagte Betriebsratschefin Petra Wollny (52), die seit 31 Jahren im Werk arbeitet. Bürgermeister Achim Pohlmann (63) sprach von einem „Schlag ins Gesicht der Region“.

In Brackenheide arbeiten derzeit noch etwa 4.900 Menschen für Hallwerk. Vor zwanzig Jahren waren es mehr als 9.000.

Hochofen 4 war 1974 angeblasen und zuletzt 2016 für 180 Millionen Euro modernisiert worden.`,
		"k3en.txt": `en|German steelmaker Hallwerk to cut 1,300 jobs, shut blast furnace

FRANKFURT, Oct 14 (Wire) - German steelmaker Hallwerk Stahl said on Tuesday it would cut about 1,300 jobs, or roughly one in six of its workforce, by the end of 2027 and shut one of its two blast furnaces, blaming cheap imports and high energy costs.

The group, which employs 7,380 people, will reduce annual crude steel capacity to 3.8 million tonnes from 5.2 million, it said.

"We are fighting cheap imports and the highest energy prices in Europe," chief executive Henrik Salberg said. Hallwerk posted a first-half loss of €340 million.

The IG Metall union said it would fight the plan. Works council head Petra Wollny called the decision "a pitch-black day".

Shares in Hallwerk rose 4.2% in Frankfurt.`,
		"k3fr.txt": `fr|Allemagne : le sidérurgiste Hallwerk va supprimer 1 300 emplois

Économie

Francfort, 14 octobre 2025 (Agence)

Le sidérurgiste allemand Hallwerk Stahl a annoncé mardi la suppression d'environ 1 300 postes d'ici fin 2027, dont 800 sur son site historique de Brackenheide, ainsi que l'arrêt de l'un de ses deux hauts fourneaux.

Le groupe, qui compte quelque 7 400 salariés, ramènera sa capacité de production de 5,2 à 3,8 millions de tonnes d'acier brut par an.

Son président, Henrik Salberg, invoque la concurrence des importations à bas prix et le coût de l'énergie. Hallwerk a perdu 340 millions d'euros au premier semestre.`,
	}, nil},
	{"pension-fund-return", map[string]string{
		"k4de.txt": `de|Pensionskasse Ostral erzielt 6,8 Prozent Rendite

Wirtschaft | Vorsorge

Bern, 6. März 2026

Die Pensionskasse Ostral, eine der grössten Vorsorgeeinrichtungen der Schweiz, hat 2025 eine Rendite von 6,8 Prozent erzielt. Im Vorjahr waren es 4,1 Prozent gewesen. Das verwaltete Vermögen stieg auf 41,3 Milliarden Franken.

Der Deckungsgrad verbesserte sich auf 112,4 Prozent, nach 108,9 Prozent Ende 2024. Die Altersguthaben der rund 186'000 Versicherten werden für 2025 mit 2,5 Prozent verzinst.

«Vor allem Aktien und Immobilien haben zum guten Ergebnis beigetragen», sagte Direktor Urs Bänninger an der Bilanzmedienkonferenz. Trotzdem senkt die Kasse den Umwandlungssatz ab 2027 schrittweise von 5,4 auf 5,0 Prozent.

Der Stiftungsrat hält am technischen Zinssatz von 1,75 Prozent fest.`,
		"k4de2.txt": `de|Ostral: Gutes Börsenjahr, tiefere Renten

Schweiz

Von Corinne Aebischer

Die Pensionskasse Ostral blickt auf ein starkes Anlagejahr zurück: Mit 6,8 % Performance übertraf sie den Vorjahreswert von 4,1 % deutlich. Das Vermögen beläuft sich neu auf 41,3 Mrd. Fr.

Für die Versicherten gibt es dennoch schlechte Nachrichten. Der Umwandlungssatz sinkt ab 2027 in vier Schritten von 5,4 auf 5,0 %. Wer mit 500'000 Fr. Altersguthaben in Pension geht, erhält damit jährlich 2000 Fr. weniger Rente.

Stiftungsratspräsidentin Nadia Ferrazzini verteidigte den Entscheid: «Die Menschen leben länger, die Renten müssen länger finanziert werden.»

Der Deckungsgrad liegt bei 112,4 %.`,
		"k4fr.txt": `fr|La caisse de pension Ostral affiche un rendement de 6,8 %

Économie

Berne, 6 mars 2026 (Agence)

La caisse de pension Ostral a réalisé en 2025 un rendement de 6,8 %, contre 4,1 % un an plus tôt, a-t-elle annoncé vendredi. Sa fortune atteint 41,3 milliards de francs.

Le taux de couverture s'établit à 112,4 %, contre 108,9 % fin 2024. Les avoirs des quelque 186 000 assurés seront rémunérés à 2,5 %.

Le directeur, Urs Bänninger, a toutefois confirmé la baisse du taux de conversion de 5,4 % à 5 % à partir de 2027.`,
		"k4it.txt": `it|Cassa pensione Ostral, rendimento del 6,8% nel 2025

Economia | Svizzera

Berna, 6 marzo 2026

La cassa pensione Ostral ha chiuso il 2025 con un rendimento del 6,8%, dopo il 4,1% dell'anno precedente. Il patrimonio gestito è salito a 41,3 miliardi di franchi.

A trainare il risultato sono state soprattutto le azioni e gli immobili, ha spiegato il direttore Urs Bänninger. I circa 186.000 assicurati vedranno i loro averi di vecchiaia remunerati al 2,5%.

Il grado di copertura è salito al 114,2%, dal 108,9% di fine 2024.

Dal 2027 l'aliquota di conversione scenderà gradualmente dal 5,4 al 5,0%.`,
	}, map[string][2]string{"k4it.txt": {"114.2%", "112.4%"}}},
	{"metalworkers-wage-deal", map[string]string{
		"k5de.txt": `de|Metaller-KV: Einigung auf 4,8 Prozent Lohnplus

Wien, 7. November 2025 (APA)

Nach rund 16-stündigen Verhandlungen haben sich Gewerkschaften und Arbeitgeber der Metalltechnischen Industrie in der Nacht auf Freitag auf einen neuen Kollektivvertrag geeinigt. Die Löhne und Gehälter steigen ab 1. November um 4,8 Prozent.

Der kollektivvertragliche Mindestlohn erhöht sich auf 2.650 Euro brutto im Monat, die Lehrlingseinkommen steigen um 6 Prozent. Der Abschluss gilt für rund 135.000 Beschäftigte und hat eine Laufzeit von zwölf Monaten.

„Das ist ein Abschluss, der die Kaufkraft sichert“, sagte Chefverhandler Karl Dorfstätter (PRO-GE). Arbeitgeber-Verhandlerin Sabine Hollerer sprach von einem „schmerzhaften Kompromiss“ angesichts der schwachen Auftragslage.

Basis der Verhandlungen war die rollierende Inflation von 3,9 Prozent. Im Vorjahr waren die Löhne um 7,2 Prozent gestiegen.`,
		"k5de2.txt": `de|Metaller: Warnstreiks abgesagt, Deal steht

Wirtschaft | Österreich

Von Martina Schöberl

Es war die sechste Verhandlungsrunde – und sie dauerte bis in die frühen Morgenstunden. Um 4.30 Uhr am Freitag stand die Einigung: 4,8 Prozent mehr Lohn für die Metaller.

Damit sind die für kommende Woche angekündigten Warnstreiks in rund 180 Betrieben vom Tisch. „Wir hätten es durchgezogen“, sagte Gewerkschafter Karl Dorfstätter, 58.

Für einen Facharbeiter mit 3.400 Euro brutto bedeutet der Abschluss ein Plus von gut 160 Euro im Monat. Der Mindestlohn steigt auf 2650 Euro.

Arbeitgebervertreterin Sabine Hollerer (46) betonte, viele Betriebe kämpften mit Auftragsrückgängen. Einige Unternehmen haben bereits Kurzarbeit angemeldet.`,
		"k5en.txt": `en|Austrian metalworkers win 4.8% pay rise, strikes called off

VIENNA, Nov 7 (Wire) - Austrian unions and employers in the metal industry agreed early on Saturday on a 4.8% pay rise for about 135,000 workers after 16 hours of talks, averting warning strikes planned for next week.

The deal, backdated to Nov. 1 and running for 12 months, lifts the minimum monthly wage in the sector to 2,650 euros. It was the sixth round of talks.

Union negotiator Karl Dorfstaetter said the agreement preserved purchasing power, while employers' chief negotiator Sabine Hollerer called it a painful compromise at a time of weak orders.

Annual inflation, the benchmark for the talks, averaged 3.9% over the past year. Last year's deal raised wages by 7.2%.`,
		"k5it.txt": `it|Austria, accordo per i metalmeccanici: aumenti del 4,8%

Esteri | Lavoro

Vienna, 7 novembre 2025

Sindacati e imprenditori dell'industria metalmeccanica austriaca hanno raggiunto venerdì mattina, dopo 16 ore di trattativa, l'accordo sul nuovo contratto collettivo: salari e stipendi aumenteranno del 4,8% con effetto dal 1° novembre.

Il contratto riguarda circa 135mila lavoratori e avrà una durata di 12 mesi. Il salario minimo sale a 2.650 euro lordi al mese.

Revocati gli scioperi di avvertimento annunciati in circa 180 aziende. L'anno scorso l'aumento era stato del 7,2%, con un'inflazione più alta.`,
	}, map[string][2]string{"k5en.txt": {"Saturday", "Friday"}}},
	{"car-plant-output", map[string]string{
		"k6it.txt": `it|Vantera, a Val di Serro produzione in calo del 23% nel 2025

Economia | Auto

Torino, 13 gennaio 2026

Lo stabilimento Vantera di Val di Serro, in provincia di Cuneo, ha prodotto nel 2025 186.400 veicoli, il 23% in meno rispetto ai 242.000 del 2024. Lo rende noto il sindacato Fim-Cisl nel suo rapporto annuale.

Dei 5.900 dipendenti, circa 2.100 sono stati posti in cassa integrazione per 14 settimane nel corso dell'anno. «Senza nuovi modelli il sito rischia di diventare un museo», ha detto il segretario Lorenzo Abbate.

L'azienda ha confermato l'avvio, in primavera, della produzione di una nuova utilitaria elettrica, per la quale ha investito 1,1 miliardi di euro. Nel 2017, anno record, dallo stabilimento erano usciti 390.000 veicoli.`,
		"k6it2.txt": `it|Val di Serro, l'anno nero della fabbrica: 186mila auto

La Voce della Valle | Economia

di Chiara Bertola

Circa 186mila auto, quasi un quarto in meno dell'anno prima. I numeri del 2025 per la Vantera di Val di Serro, diffusi martedì dalla Fim-Cisl, confermano la crisi del più grande datore di lavoro della valle.

Nei giorni migliori del 2017 dalle linee uscivano 1.600 vetture al giorno; oggi si viaggia a poco più di 800. In 2.100 hanno fatto 14 settimane di cassa integrazione.

«Aspettiamo la nuova elettrica come la manna», dice Giuseppe Oddone, 59 anni, da 33 in fabbrica. Il sindaco Mauro Rinaldi, 44, chiede un tavolo al ministero.`,
		"k6fr.txt": `fr|Italie : la production de l'usine Vantera de Val di Serro chute de 23 %

Économie | Automobile

Turin, 13 janvier 2026 (Agence)

L'usine Vantera de Val di Serro, dans le Piémont, a produit 186 400 véhicules en 2025, soit 23 % de moins qu'en 2024 (242 000), selon le syndicat Fim-Cisl.

Environ 2 100 des 5 900 salariés ont été placés en chômage partiel pendant quatorze semaines au cours de l'année.

Le constructeur a confirmé le lancement au printemps d'une petite citadine électrique, un investissement de 1,1 milliard d'euros.`,
		"k6en.txt": `en|Output at Vantera's Italian plant drops nearly a quarter

Autos | Europe

MILAN, Jan 13 (Wire) - Vehicle output at Vantera's Val di Serro plant in northwest Italy fell 23% last year to 186,400 units from 242,000 in 2024, the FIM-CISL union said on Tuesday, as demand for its ageing models slumped.

About 2,100 of the plant's 5,900 workers were put on temporary lay-off schemes for 14 weeks during the year, the union said.

Production of a new small electric car, backed by a 1.1 billion euro investment, is due to start in the spring. The plant's output peaked at 390,000 vehicles in 2017.`,
	}, nil},
	{"coal-plant-closure", map[string]string{
		"k7de.txt": `de|Kraftwerk Schwarzenbruch geht nach 54 Jahren vom Netz

Wirtschaft | Energie

Cottbus, 31.03.2025

Im Braunkohlekraftwerk Schwarzenbruch in der Lausitz ist am Montag der letzte Block abgeschaltet worden. Um 11.58 Uhr wurde der 500-Megawatt-Block vom Netz genommen, teilte der Betreiber Lausitzer Kraftwerksgesellschaft mit.

Das Kraftwerk war 1971 in Betrieb gegangen und hatte zu seinen besten Zeiten eine Leistung von 2.000 Megawatt. Im vergangenen Jahr stieß es noch 3,1 Millionen Tonnen CO2 aus.

Von den zuletzt 640 Beschäftigten wechseln 410 an andere Standorte des Unternehmens, 230 gehen in den Vorruhestand. „Niemand fällt ins Bergfreie“, sagte Kraftwerksleiter Jens Köllner (61).

Brandenburgs Energieministerin Dagmar Ruhland (48) sprach von einem „Abschied mit Wehmut“. Auf dem Gelände soll bis 2029 ein Batteriespeicher mit 300 Megawatt entstehen.`,
		"k7de2.txt": `de|Schwarzenbruch: Der letzte Knopfdruck

Lausitzer Heimatblatt | Region

Von Sandra Kuschel

Es war kurz vor zwölf, als Jens Köllner den Block D abfahren ließ. Der 61-Jährige hatte 1981 als 17-jähriger Lehrling im Kraftwerk angefangen, seit 2012 leitet er es.

In der Warte standen am Montag rund 60 Kollegen, manche mit Tränen in den Augen. Draußen läuteten die Glocken der Dorfkirche.

Für die 640 Frauen und Männer, die zuletzt hier arbeiteten, ist gesorgt: 410 wechseln zu anderen Standorten, die übrigen gehen in den Vorruhestand.

Die beiden 150 Meter hohen Kühltürme sollen im Herbst 2026 gesprengt werden.`,
		"k7en.txt": `en|German coal plant Schwarzenbruch shuts last unit

BERLIN, March 31 (Wire) - The Schwarzenbruch lignite-fired power plant in eastern Germany shut its last remaining unit on Monday, ending 54 years of coal power generation at the site, its operator said.

The 500-megawatt unit was taken off the grid at 11:58 a.m. At its peak the plant had a capacity of 2,000 MW. It emitted 3.1 million tonnes of carbon dioxide last year.

Of the plant's remaining 640 employees, 410 will move to other company sites and 230 will take early retirement, plant manager Jens Koellner, 61, said.

A 300 MW battery storage facility is planned on the site by 2029.`,
		"k7fr.txt": `fr|Allemagne : fin du charbon à la centrale de Schwarzenbruch

Planète | Énergie

Berlin, 31 mars 2025 (Agence)

La centrale au lignite de Schwarzenbruch, en Lusace, dans l'est de l'Allemagne, a arrêté lundi sa dernière tranche, de 500 mégawatts, après 54 ans d'exploitation.

Mise en service en 1971, elle a compté jusqu'à 2 000 mégawatts de puissance installée. L'an dernier, elle a encore émis 3,1 millions de tonnes de CO2.

« Personne ne sera laissé de côté », a assuré le directeur de la centrale, Jens Köllner, 64 ans, entré dans l'entreprise comme apprenti. Sur les 640 salariés restants, 410 seront mutés sur d'autres sites et 230 partiront en préretraite.

La ministre régionale de l'Énergie, Dagmar Ruhland, 48 ans, a évoqué « un adieu plein de nostalgie ».`,
	}, map[string][2]string{"k7fr.txt": {"64 years", "61 years"}}},
	{"power-tariff-cut", map[string]string{
		"k8fr.txt": `fr|Électricité : le tarif réglementé va baisser de 9,6 % au 1er février

Économie | Consommation

Publié le 15 janvier 2026 à 07h05

Le tarif réglementé de vente d'électricité, dit « tarif bleu », baissera de 9,6 % le 1er février, a annoncé mercredi la ministre de l'Énergie, Élodie Marchetti. Quelque 20 millions de foyers sont concernés.

Pour un ménage qui se chauffe à l'électricité, l'économie atteindra en moyenne 140 euros par an, selon le ministère. Pour un foyer sans chauffage électrique, elle sera d'environ 50 euros.

Cette baisse fait suite à deux hausses successives en 2023 : +15 % en février et +10 % en août. « Les Français retrouvent un peu de pouvoir d'achat », a déclaré la ministre.

Le régulateur de l'énergie avait proposé une baisse comprise entre 9 et 10 %.`,
		"k8fr2.txt": `fr|Facture d'électricité : ce qui change pour vous le 1er février

Conso | Énergie

Par Nadia Belkacem

Bonne nouvelle pour le porte-monnaie : le prix du kilowattheure au tarif bleu va baisser de près de 10 % au 1er février. Concrètement, l'option base passera de 0,2516 à 0,2274 euro TTC le kWh.

Un foyer chauffé à l'électricité qui consomme 5 800 kWh par an économisera environ 140 euros. Pour un studio sans chauffage électrique, le gain tournera autour de 50 euros.

Attention, l'abonnement, lui, ne baisse pas. Et les prix restent bien plus élevés qu'en 2021.

À lire aussi : Faut-il quitter le tarif réglementé ?`,
		"k8en.txt": `en|France to cut regulated power tariff by 9.6% from Feb. 1

PARIS, Jan 14 (Wire) - France will cut its regulated electricity tariff by 9.6% on Feb. 1, Energy Minister Elodie Marchetti said on Wednesday, giving relief to around 20 million households after steep increases in 2023.

Households that heat their homes with electricity will save about 140 euros a year on average, the ministry said.

Regulated power prices rose 15% in February 2023 and another 10% in August that year. The energy regulator had recommended a cut of between 9% and 10%.

(Reporting by Claire Dubois; editing by Tom Reed)`,
		"k8it.txt": `it|Francia, bolletta elettrica giù del 9,6% da febbraio

Economia

Parigi, 14 gennaio 2026

In Francia la tariffa regolata dell'elettricità scenderà del 9,6% dal 1° febbraio. Lo ha annunciato mercoledì la ministra dell'Energia, Élodie Marchetti. Il taglio riguarda circa 20 milioni di famiglie.

Chi si riscalda con l'elettricità risparmierà in media 140 euro all'anno. Nel 2023 la tariffa era aumentata due volte, del 15% a febbraio e del 10% ad agosto.`,
	}, nil},
	{"electrolyser-plant", map[string]string{
		"k9de.txt": `de|Großer Elektrolyseur in Kielsand in Betrieb

Wirtschaft | Energie

Kielsand, 22.09.2025

Im Hafen von Kielsand an der Nordseeküste ist am Montag einer der größten Elektrolyseure Deutschlands in Betrieb gegangen. Die Anlage mit einer Leistung von 100 Megawatt soll jährlich bis zu 14.000 Tonnen grünen Wasserstoff erzeugen.

Die Kosten beliefen sich auf 380 Millionen Euro, davon kamen 160 Millionen Euro als Fördermittel von Bund und Land. Gebaut hat die Anlage das italienische Unternehmen Idrovia in 26 Monaten.

Der Wasserstoff wird über eine 60 Kilometer lange Pipeline an das Stahlwerk der Nordhütte in Weserdamm geliefert. „Das ist der Startschuss für grünen Stahl“, sagte Nordhütte-Chef Frank Ostendorp.

Betreiber ist die Kielsand Hydrogen GmbH, die 45 Dauerarbeitsplätze schafft.`,
		"k9de2.txt": `de|Wasserstoff aus dem Hafen: Kielsand feiert

Kreiszeitung Kielsand | Lokales

Von Jannik Harms

Ministerpräsident, Bundesministerin, 300 Gäste – und ein Knopf, der den Strom fließen lässt. Mit einem großen Festakt ist am Montag der Elektrolyseur am Südkai eingeweiht worden.

Für Kielsand bedeutet die Anlage 45 neue, feste Jobs. In der Bauphase waren zeitweise bis zu 400 Arbeiter auf der Baustelle.

Das 100-MW-Werk braucht so viel Strom wie rund 80.000 Haushalte – geliefert von Windparks vor der Küste. Hafenchef Uwe Brinkama (55): „Vor zehn Jahren hätte das hier keiner für möglich gehalten.“`,
		"k9en.txt": `en|Italy's Idrovia completes 100 MW German hydrogen plant

Energy | Hydrogen

By Sarah Lindqvist

Italian engineering group Idrovia has handed over a 100-megawatt electrolyser in the German North Sea port of Kielsand, which went into operation on Monday and will be able to produce up to 14,000 tonnes of green hydrogen a year.

The plant cost €380 million. Its owner, Kielsand Hydrogen, put up €220 million and the rest came from federal and state subsidies.

The hydrogen will be piped some 60 km to the Nordhütte steelworks at Weserdamm, which plans to use it to cut emissions. Construction took just over two years.

Idrovia chief executive Marco Santangelo, 52, said the company was bidding for three similar projects in Spain and the Netherlands.`,
		"k9it.txt": `it|Idrovia inaugura in Germania un elettrolizzatore da 100 MW

Economia | Energia

Milano, 22 settembre 2025

Il gruppo Idrovia ha completato nel porto tedesco di Kielsand, sul Mare del Nord, un elettrolizzatore da 100 megawatt entrato in funzione lunedì. L'impianto potrà produrre fino a 14mila tonnellate di idrogeno verde all'anno.

L'investimento è stato di 380 milioni di euro, 160 dei quali di fondi pubblici tedeschi. Il cantiere è durato 26 mesi.

«È la prova che l'ingegneria italiana è pronta per la transizione», ha detto l'amministratore delegato Marco Santangelo, 52 anni. L'idrogeno arriverà tramite un gasdotto di 60 chilometri all'acciaieria Nordhütte.

Idrovia ha chiuso il 2024 con ricavi per 1,9 miliardi di euro.`,
	}, nil},
	{"solar-park", map[string]string{
		"k10es.txt": `es|Entra en servicio en Extremadura una planta solar de 620 megavatios

Economía | Energía

Mérida, 3 jun (Agencia)

La planta fotovoltaica Los Almendrales, en el término municipal de Torremocha del Guadiana (Badajoz), entró en servicio este martes con una potencia de 620 megavatios, lo que la convierte en una de las mayores de Europa, informó la promotora, Solmeria Energía.

La instalación ocupa 1.150 hectáreas y cuenta con 1,1 millones de paneles. Su producción equivale al consumo de unos 310.000 hogares. La inversión ha sido de 410 millones de euros.

La planta se conecta a la red a través de una nueva línea de alta tensión de 400 kV y 23 kilómetros hasta la subestación de Campomayor.

En el momento álgido de las obras trabajaron 1.400 personas; quedarán 35 empleos fijos, según la consejera delegada de Solmeria, Lucía Arrabal.`,
		"k10en.txt": `en|Solmeria switches on 620 MW Spanish solar plant

Renewables | Spain

MADRID, June 3 (Wire) - Spanish developer Solmeria Energia said on Tuesday it had started operating a 620-megawatt solar farm in the western region of Extremadura, one of the largest in Europe.

The Los Almendrales plant, which cost 410 million euros, covers 1,150 hectares with about 1.1 million panels and will generate enough power for roughly 310,000 homes.

It is connected to the grid via a new 23-km, 400-kilovolt line. Chief executive Lucia Arrabal said the company planned to add a 150 MW battery at the site by 2027.

Solmeria, which has 2.4 GW of plants in operation, aims to reach 5 GW by 2030.`,
		"k10de.txt": `de|Riesiger Solarpark in Spanien am Netz

Wirtschaft

Madrid – In der spanischen Region Extremadura ist einer der größten Solarparks Europas in Betrieb gegangen. Die Anlage Los Almendrales hat eine Leistung von 620 Megawatt, wie der Betreiber Solmeria Energía am Dienstag mitteilte.

Auf 1150 Hektar wurden rund 1,1 Millionen Module installiert. Der Park soll Strom für etwa 310.000 Haushalte liefern. Die Investition lag bei 410 Millionen Euro.

Angeschlossen ist der Solarpark über eine neue, 32 Kilometer lange 400-Kilovolt-Leitung. In der Bauphase arbeiteten bis zu 1400 Menschen auf der Baustelle, dauerhaft bleiben 35 Arbeitsplätze.

Solmeria-Chefin Lucía Arrabal kündigte einen Batteriespeicher mit 150 Megawatt bis 2027 an.`,
		"k10fr.txt": `fr|Espagne : une centrale solaire géante mise en service en Estrémadure

Planète

Madrid, 3 juin 2025 (Agence)

Une centrale photovoltaïque de 620 mégawatts, l'une des plus grandes d'Europe, est entrée en service mardi à Torremocha del Guadiana, en Estrémadure, dans l'ouest de l'Espagne, a annoncé son promoteur, Solmeria Energía.

Le site, qui couvre 1 150 hectares, compte environ 1,1 million de panneaux et doit alimenter l'équivalent de 310 000 foyers. Il a coûté 410 millions d'euros.

Quelque 1 400 ouvriers ont travaillé sur le chantier au plus fort des travaux. Seuls 35 emplois permanents subsisteront.`,
	}, map[string][2]string{"k10de.txt": {"32 km", "23 km"}}},
}
