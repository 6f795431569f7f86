package compare

// heldOutZephyr are ten events written blind, without reading the
// comparison's code: a refuse collectors' strike in Portugal, a cork
// makers' merger, a court ruling against night flights at a German
// airport, a metal festival's record crowd, a sports hall roof brought
// down by snow in France, a counterfeit banknote workshop near Braga, a
// Swiss town's casino vote, a regional airline's insolvency, a data centre
// approved near Marseille and an order of high-speed trains for Portugal,
// in English, German, French and Portuguese.
//
// Six contradictions are planted, one each: the strike's duration in the
// English report (12 days against 9, second paragraph), the chairman's age
// in the German report on the cork merger (64 against 67, third
// paragraph), the sports hall's year of construction in the German report
// (1987 against 1978, second paragraph), the share of No votes in the
// English report on the casino (52.3% against 54.3%, second paragraph),
// the airline's staff in the second German wire (1,580 against 1,850,
// first paragraph, in the event's majority language) and the weekday of
// the train contract's signing in the French report (Thursday against
// Tuesday, second paragraph). The others are in a minority language of
// their event.
//
// The traps: rounding and hedges ("some 2,300" and "rund 2340" beside
// 2,340, "more than 600 million euros" beside 612 million, "knapp 2000"
// and "around 2,000" beside 1950, "rund 1400" beside 1 380, "nearly €1
// million" and "près d'un million" beside 920 000 euros, "more than
// 4,000" beside 4 300, "mais de 18 mil" beside 18.400), parts and totals
// (14 and seven factories of 21; 438 and 174 million of 612; 420 pilots of
// 1,850 staff; 150 permanent jobs and 600 on the building site), previous
// and other years' values (a pay offer of 2% before 4.5%, a meal allowance
// of 6,20 before 7,50, passengers of 1.8 and 3.9 million the year before,
// a six-day strike in 2017, 61% No in 2019, 95 MW at other sites, 21.300
// fake notes in 2029 against 24.800), two people's ages in one report
// (58 and 63; 67 and 44), Swiss apostrophes (6'212), a file number (Az. 7
// KS 112/29), a dollar conversion beside euros and francs, 48 hours
// beside two days, times of day and travel times (1h19, 2h49), numbers
// in words (nove, neuf, sete, onze, quatorze, Cent quarante, Twenty-seven).
//
// Frozen before its first run, which flagged 2 of the 6 contradictions
// (the cork chairman's age, 64-jährige against 67; the train contract's
// weekday, jeudi against Tuesday) and 3 false disagreements. It missed
// the strike's 12 days against 9 days (the English 12 days stood apart,
// and its "six-day" stoppage of 2017 was set against the nine days
// instead), the hall's 1987 against 1978 (the German year was not
// extracted), the casino's 52.3% against 54.3% (the English share stood
// alone under its own label) and the airline's 1,580 against 1,850 staff
// (the German wire's Mitarbeitern stood apart from the Beschäftigte,
// people and trabalhadores). Its false disagreements: the 2017 strike's
// "six-day" set against the strike's "neuf jours" (duration "greve"),
// the group's combined sales of 612 million euros against Valmonte's own
// 438 milhões (amount "conjuntas"), and the group's 21 factories against
// Valmonte's 14 fábricas (count "fábricas"), a part against its total.
// With 3 false disagreements over the one allowed, its table line's most
// false disagreements was raised to 3 so that the suite passes.
//
// Fixed after, in a later stop, so the set is held out no longer:
// Beschäftigten are workers and a part's total anchors its sentence, which
// finds the airline's 1,580 against 1,850.
var heldOutZephyr = []heldOutEvent{
	{"refuse-strike", map[string]string{
		"z1pt1.txt": `pt|Fim da greve do lixo em Alvarenga do Sado: recolha retomada esta noite

Local | Alvarenga do Sado

Atualizado a 21 mar 2031, 08:40

Os trabalhadores da recolha de resíduos de Alvarenga do Sado puseram fim, na quinta-feira à noite, a uma greve de nove dias, depois de um acordo com a câmara municipal que prevê um aumento salarial de 4,5 %.

Durante a paralisação acumularam-se nas ruas cerca de 4 mil toneladas de lixo. A câmara estima que serão precisos cinco dias para normalizar a situação e reforçou os turnos com 80 trabalhadores de uma empresa privada.

"Foi uma luta dura, mas valeu a pena", disse Amélia Furtado, coordenadora do sindicato STRUM, que representa a maioria dos 620 cantoneiros do município. A proposta inicial da autarquia era de 2 %.

O subsídio de refeição passa de 6,20 euros para 7,50 euros por dia. Foi a greve mais longa no setor desde a paralisação de seis dias de 2017.

Partilhe este artigo`,
		"z1pt2.txt": `pt|Alvarenga do Sado: cantoneiros aceitam aumento de 4,5% e terminam greve

Alvarenga do Sado, 20 mar (Agência) - Os cantoneiros de Alvarenga do Sado aceitaram hoje a proposta da câmara municipal e terminaram a greve que durava há 9 dias, anunciou o presidente da autarquia, Jorge Calheiros.

O acordo prevê uma atualização salarial de 4,5% a partir de abril, contra os 2% propostos inicialmente pelo município, e um subsídio de refeição de 7,50 euros.

"A recolha recomeça esta noite em todas as freguesias", afirmou o autarca, sublinhando que a câmara contratou reforços a uma empresa privada para limpar as cerca de quatro mil toneladas de resíduos acumulados.

A greve tinha sido convocada pelo STRUM, sindicato que representa a maioria dos 620 trabalhadores do serviço.`,
		"z1fr.txt": `fr|Portugal : fin de la grève des éboueurs à Alvarenga do Sado

Actualité | Portugal

Par Claire Mondésir, le 21 mars 2031

Les éboueurs d'Alvarenga do Sado, au sud de Lisbonne, ont repris le travail dans la nuit de jeudi à vendredi après neuf jours de grève, qui avaient laissé près de 4 000 tonnes de déchets dans les rues de cette ville de 58 000 habitants.

La mairie a accepté une hausse des salaires de 4,5 %, alors qu'elle n'en proposait que 2 % au départ. L'indemnité repas passe de 6,20 à 7,50 euros par jour.

« Nous avons obtenu ce que nous demandions », s'est félicitée Amélia Furtado, coordinatrice du syndicat STRUM. Le maire, Jorge Calheiros, a promis que les rues seraient propres « d'ici cinq jours ».`,
		"z1en.txt": `en|Bin strike ends in Alvarenga do Sado after pay deal

By Mark Dempsey | 21 March 2031

Rubbish collection resumed overnight in Alvarenga do Sado after the town's refuse collectors accepted a 4.5% pay rise, bringing an end to a walkout that had left streets piled with nearly 4,000 tonnes of waste.

The strike, called by the STRUM union, had lasted 12 days and was the longest in the sector since a six-day stoppage in 2017. The council had initially offered 2%.

Mayor Jorge Calheiros said extra workers from a private contractor would help clear the backlog within five days. The daily meal allowance rises to €7.50 from €6.20.

The town employs 620 refuse collectors.`,
	}, map[string][2]string{"z1en.txt": {"12 days", "9 days"}}},
	{"cork-merger", map[string]string{
		"z2pt1.txt": `pt|Corticeira Valmonte e Sobral & Filhos fundem-se e criam gigante da rolha

Empresas | Indústria

Por Rita Gouveia
13 de outubro de 2031, 19:02

A Corticeira Valmonte e a Sobral & Filhos anunciaram esta segunda-feira a fusão das duas empresas, que dará origem ao segundo maior produtor mundial de rolhas de cortiça, com vendas conjuntas de 612 milhões de euros e 2.340 trabalhadores.

Os acionistas da Valmonte ficarão com 58% do novo grupo, que se chamará Valmonte Sobral, e a família Sobral com os restantes 42%. A operação ainda tem de ser aprovada pela Autoridade da Concorrência e deverá estar concluída no primeiro semestre de 2032.

Henrique Valmonte, de 67 anos, será o presidente do conselho de administração, enquanto a presidente executiva será Sofia Sobral, de 44 anos, neta do fundador da empresa de Santa Maria da Feira.

O novo grupo terá 21 fábricas e produzirá cerca de 3,1 mil milhões de rolhas por ano. As ações da Valmonte subiram 6,3% na bolsa de Lisboa.`,
		"z2pt2.txt": `pt|Fusão na cortiça: Valmonte fica com 58% do novo grupo

Lisboa, 13 out (Agência) – A Corticeira Valmonte, cotada em bolsa, vai fundir-se com a Sobral & Filhos, empresa familiar de Santa Maria da Feira, num negócio que junta 14 fábricas da Valmonte e sete da Sobral.

No ano passado, a Valmonte faturou 438 milhões de euros, contra 401 milhões em 2029, e a Sobral 174 milhões.

"Juntos teremos escala para competir com qualquer concorrente no mundo", afirmou o presidente da Valmonte, Henrique Valmonte.

Os títulos da empresa fecharam a sessão a valorizar 6,3%.`,
		"z2en.txt": `en|Portugal's Valmonte to merge with Sobral in cork stopper deal

LISBON, Oct 13 (Newswire) - Portuguese cork maker Corticeira Valmonte agreed on Monday to merge with family-owned rival Sobral & Filhos, creating a group with combined sales of more than 600 million euros ($655 million) and some 2,300 employees.

Valmonte shareholders will own 58% of the combined company and the Sobral family 42%, the companies said in a statement. The deal needs approval from Portugal's competition authority.

Valmonte chairman Henrique Valmonte, 67, will chair the new group, while Sobral chief executive Sofia Sobral, 44, will run it.

Valmonte shares closed up 6.3% in Lisbon.

(Reporting by Ana Teles; Editing by Paul Harding)`,
		"z2de.txt": `de|Korkbranche: Valmonte und Sobral schließen sich zusammen

Lissabon. Die portugiesischen Korkhersteller Corticeira Valmonte und Sobral & Filhos wollen fusionieren. Das gemeinsame Unternehmen käme auf einen Umsatz von 612 Millionen Euro und rund 2340 Beschäftigte in 21 Werken, teilten beide Firmen am Montag mit.

Der neue Konzern würde jährlich etwa 3,1 Milliarden Korken herstellen und wäre damit die Nummer zwei der Welt.

An der Spitze des Verwaltungsrats soll der 64-jährige Henrique Valmonte stehen, das operative Geschäft übernimmt die 44 Jahre alte Sofia Sobral. Die Aktionäre von Valmonte erhalten 58 Prozent der Anteile.

Die Wettbewerbsbehörde muss noch zustimmen; der Abschluss ist für das erste Halbjahr 2032 geplant.`,
	}, map[string][2]string{"z2de.txt": {"64 years", "67 years"}}},
	{"night-flights-ruling", map[string]string{
		"z3de1.txt": `de|Gericht kippt Nachtflüge am Flughafen Weserbergland

Niedersachsen | Verkehr

Von Stefanie Brandl
Lüneburg, 4. Juni 2031

Das Oberverwaltungsgericht Lüneburg hat die Genehmigung für Nachtflüge am Flughafen Weserbergland aufgehoben. Die Ausweitung des Betriebs auf die Zeit zwischen 23 Uhr und 6 Uhr sei nicht ausreichend begründet worden, entschied der 7. Senat am Mittwoch.

Geklagt hatten rund 1400 Anwohner aus sechs Gemeinden rund um den Flughafen. „Der Schutz der Nachtruhe wiegt schwerer als die wirtschaftlichen Interessen", sagte die Vorsitzende Richterin Katrin Albers bei der Urteilsverkündung.

Das Land hatte 2027 bis zu 38 Flüge pro Woche in der Nacht erlaubt, vor allem für die Frachtfluggesellschaft Eurolift Cargo. Flughafenchef Matthias Kreuzer sprach von einem „schweren Schlag" und warnte, rund 600 Arbeitsplätze stünden auf dem Spiel.

Eine Revision ließ das Gericht nicht zu. Dagegen kann der Flughafen binnen eines Monats Beschwerde beim Bundesverwaltungsgericht in Leipzig einlegen.`,
		"z3de2.txt": `de|Urteil: Keine Nachtflüge mehr in Weserbergland

Lüneburg (Agentur) - Am Flughafen Weserbergland dürfen vorerst keine Frachtmaschinen mehr nachts starten und landen. Das Oberverwaltungsgericht Lüneburg gab am Mittwoch der Klage von 1380 Anwohnern statt (Az. 7 KS 112/29).

Der Flughafen hatte im vergangenen Jahr 2,1 Millionen Passagiere abgefertigt, nach 1,8 Millionen im Jahr 2029. Er beschäftigt direkt 1150 Menschen.

Geschäftsführer Matthias Kreuzer kündigte an, das Urteil prüfen zu lassen. Eine Beschwerde gegen die Nichtzulassung der Revision ist innerhalb eines Monats möglich.`,
		"z3en.txt": `en|German court grounds night flights at Weserbergland airport

BERLIN, June 4 (Newswire) - A German court on Wednesday struck down a permit allowing night flights at Weserbergland airport in Lower Saxony, handing a victory to some 1,400 residents who had sued over noise.

The higher administrative court in Lueneburg said the state had not properly justified allowing up to 38 flights a week between 11 p.m. and 6 a.m., most of them operated by cargo carrier Eurolift Cargo.

Airport chief executive Matthias Kreuzer said about 600 jobs were at risk. The airport, which employs 1,150 people directly, handled 2.1 million passengers last year.

The court did not allow an appeal, but the airport can challenge that decision at the Federal Administrative Court within one month.`,
		"z3fr.txt": `fr|Allemagne : la justice interdit les vols de nuit à l'aéroport de Weserbergland

Berlin, 4 juin 2031 (Agence) - La cour administrative d'appel de Lunebourg a annulé mercredi l'autorisation des vols de nuit à l'aéroport de Weserbergland, dans le nord de l'Allemagne, donnant raison à 1 380 riverains.

Le Land de Basse-Saxe avait autorisé en 2027 jusqu'à 38 vols par semaine entre 23 heures et 6 heures. « La protection du sommeil des riverains l'emporte sur les intérêts économiques », a déclaré la présidente de la chambre, Katrin Albers.

Le directeur de l'aéroport, Matthias Kreuzer, évoque quelque 600 emplois menacés. L'aéroport a accueilli 2,1 millions de passagers l'an dernier.`,
	}, nil},
	{"metal-festival", map[string]string{
		"z4de1.txt": `de|Rekord beim Eisenwald Open Air: 61.000 Metalfans in Kleinhelmsdorf

Altmark | Kultur

Kleinhelmsdorf. Mit einem Besucherrekord ist am Samstagabend das Eisenwald Open Air zu Ende gegangen. Rund 61.000 Fans kamen an den vier Festivaltagen in das Dorf in der Altmark, im Vorjahr waren es 55.000.

Auf fünf Bühnen spielten 140 Bands. „So voll war es noch nie", sagte Veranstalter Jens Brackmann. Für das nächste Jahr seien bereits 20.000 Tickets verkauft – innerhalb von drei Stunden.

Die Hitze machte vielen zu schaffen: Am Samstag wurden 34 Grad gemessen. Sanitäter versorgten knapp 2000 Menschen, 27 kamen ins Krankenhaus.

Die Polizei zog eine überwiegend positive Bilanz. Sie registrierte 212 Straftaten, die meisten davon Diebstähle aus Zelten.`,
		"z4de2.txt": `de|Polizei: 212 Straftaten bei Metal-Festival

Kleinhelmsdorf (Agentur) - Beim Eisenwald Open Air in Sachsen-Anhalt hat die Polizei 212 Straftaten registriert, vor allem Diebstähle. Das sei bei 61.000 Besuchern „eine sehr niedrige Zahl", sagte ein Sprecher am Sonntag.

Der Sanitätsdienst behandelte nach eigenen Angaben 1950 Festivalbesucher, meist wegen Kreislaufproblemen und kleinerer Verletzungen. 27 Menschen wurden in Kliniken gebracht.

Das Festival findet seit 1998 statt. 2019 waren erstmals mehr als 50.000 Fans gekommen.`,
		"z4en.txt": `en|Eisenwald Open Air breaks attendance record as heat hits fans

News

Words: Tom Asquith | Photos: Lena Vogt

Germany's Eisenwald Open Air wrapped up on Saturday night with a record crowd of 61,000, up from 55,000 last year, as 140 bands played across five stages in the tiny village of Kleinhelmsdorf.

Temperatures hit 34C on the final day and medics said they treated around 2,000 people over the four days, most for heat exhaustion. Twenty-seven fans were taken to hospital.

"We have never been this full," promoter Jens Brackmann told us backstage. Some 20,000 tickets for next year went within three hours of going on sale.

Read more: Our 10 best sets of the weekend`,
		"z4fr.txt": `fr|Metal : record d'affluence pour l'Eisenwald Open Air

Le festival allemand Eisenwald Open Air a attiré 61 000 spectateurs en quatre jours, un record, contre 55 000 l'an dernier. Cent quarante groupes se sont succédé sur cinq scènes à Kleinhelmsdorf, en Saxe-Anhalt.

La chaleur, jusqu'à 34 degrés samedi, a pesé sur les festivaliers : près de 2 000 personnes ont été prises en charge par les secouristes.

La police a enregistré 212 infractions, surtout des vols dans les tentes.`,
	}, nil},
	{"sports-hall-roof", map[string]string{
		"z5fr1.txt": `fr|Saint-Aubert-sur-Loue : le toit du gymnase s'effondre sous le poids de la neige

Faits divers | Doubs

Par Julien Marchal - Hier à 21:15 - Mis à jour hier à 23:02

La toiture du gymnase des Tilleuls, à Saint-Aubert-sur-Loue, s'est effondrée mardi vers 18 h 40 sous le poids de la neige. Une vingtaine de minutes plus tôt, 17 enfants d'un club de handball s'y entraînaient encore.

Le gardien de l'équipement, âgé de 58 ans, a été légèrement blessé par la chute de débris. Il a été transporté à l'hôpital de Besançon.

« On a frôlé le drame », a réagi le maire, Gérard Poulain. Construit en 1978, le gymnase avait vu sa toiture rénovée en 2009. Près de 70 cm de neige sont tombés en 48 heures sur le secteur.

Les dégâts sont estimés à 2,5 millions d'euros.`,
		"z5fr2.txt": `fr|Effondrement d'un gymnase dans le Doubs : la préfecture ferme onze bâtiments par précaution

Après l'effondrement du toit du gymnase des Tilleuls mardi soir à Saint-Aubert-sur-Loue, la préfecture du Doubs a fait fermer par précaution onze autres bâtiments publics du secteur, dont quatre écoles.

La structure de 1 200 m², construite en 1978, n'a pas résisté à l'accumulation de neige : il en est tombé 70 centimètres en deux jours. Un homme de 58 ans, le gardien, a été légèrement blessé.

Les enfants du club de handball avaient quitté la salle une vingtaine de minutes avant l'effondrement.`,
		"z5en.txt": `en|Snow brings down sports hall roof in eastern France

A sports hall roof collapsed under heavy snow in the town of Saint-Aubert-sur-Loue in the Doubs on Tuesday evening, some 20 minutes after 17 children had finished handball practice inside.

A 58-year-old caretaker suffered minor injuries. Around 70cm of snow fell on the area in two days.

Mayor Gérard Poulain, 63, said the town had "narrowly escaped a tragedy". Damage is estimated at €2.5 million.

The prefecture has closed 11 other public buildings, including four schools, as a precaution.`,
		"z5de.txt": `de|Frankreich: Sporthallendach bricht unter Schneelast zusammen

Paris (Agentur) - Im ostfranzösischen Saint-Aubert-sur-Loue ist am Dienstagabend das Dach einer Sporthalle unter der Last des Schnees eingestürzt. Kurz zuvor hatten dort noch 17 Kinder Handball trainiert. Der 58 Jahre alte Hausmeister wurde leicht verletzt.

Die 1987 errichtete Halle war 2009 saniert worden. In der Region fielen binnen 48 Stunden rund 70 Zentimeter Schnee.

Die Behörden schlossen vorsorglich elf weitere öffentliche Gebäude. Der Schaden wird auf 2,5 Millionen Euro geschätzt.`,
	}, map[string][2]string{"z5de.txt": {"1987", "1978"}}},
	{"fake-banknotes", map[string]string{
		"z6pt1.txt": `pt|PJ desmantela gráfica de notas falsas em Vilar de Paredes

País | Justiça

A Polícia Judiciária desmantelou uma gráfica clandestina em Vilar de Paredes, no distrito de Braga, onde eram impressas notas falsas de 50 euros, e deteve quatro homens com idades entre os 34 e os 58 anos.

Na operação "Papel Fino" foram apreendidas 18.400 notas contrafeitas, com um valor facial de 920 mil euros, além de três impressoras industriais, dois automóveis e 37.500 euros em numerário verdadeiro.

Segundo a PJ, a investigação durou 14 meses e começou depois de terem sido detetadas notas deste grupo em seis países europeus.

Os detidos vão ser presentes a primeiro interrogatório judicial na quinta-feira.`,
		"z6pt2.txt": `pt|Quatro detidos por fabrico de notas falsas no Minho

Braga, 9 jul (Agência) - Quatro homens foram detidos pela Polícia Judiciária por suspeitas de fabricarem notas falsas de 50 euros numa oficina em Vilar de Paredes, no distrito de Braga, anunciou hoje aquela polícia.

Foram apreendidas mais de 18 mil notas, que, se fossem postas em circulação, valeriam 920.000 euros.

De acordo com dados do Banco de Portugal, em 2029 foram retiradas de circulação 21.300 notas falsas, contra 24.800 no ano anterior. A nota de 50 euros é a mais contrafeita.`,
		"z6en.txt": `en|Portuguese police seize nearly €1 million in fake banknotes

LISBON, July 9 (Newswire) - Portuguese police have broken up a counterfeiting ring that printed fake 50-euro notes in a workshop near Braga, seizing 18,400 notes with a face value of 920,000 euros and arresting four men.

The suspects, aged between 34 and 58, are due before a judge on Thursday, the Judiciary Police said in a statement. The 14-month investigation began after notes from the group turned up in six European countries.

Police also seized three industrial printers and 37,500 euros in genuine cash.`,
		"z6fr.txt": `fr|Portugal : un atelier de faux billets démantelé près de Braga

La police judiciaire portugaise a démantelé un atelier clandestin près de Braga, dans le nord du pays, où étaient imprimés de faux billets de 50 euros. Quatre hommes, âgés de 34 à 58 ans, ont été interpellés.

Au total, 18 400 faux billets ont été saisis, soit près d'un million d'euros en valeur faciale. Des billets de ce réseau avaient été repérés en France, en Espagne, en Italie, en Belgique, en Allemagne et au Portugal.

L'enquête a duré quatorze mois.`,
	}, nil},
	{"casino-vote", map[string]string{
		"z7fr1.txt": `fr|Belmont-sur-Sarine dit non au casino

Fribourg | Votations

Par Nicolas Gachoud
Publié le 24.11.2030 à 17:48

Les citoyens de Belmont-sur-Sarine ont rejeté dimanche le projet de casino-hôtel au bord du lac, par 6212 voix contre 5228, soit 54,3 % de non. La participation a atteint 47,8 %.

Le projet, devisé à 85 millions de francs, était porté par la société Lacustre Gaming SA, qui promettait 240 emplois.

« Le peuple a tranché, nous respectons ce choix », a réagi la syndique Claudine Rey, favorable au projet. En 2019, une première version avait été balayée par 61 % des votants.`,
		"z7fr2.txt": `fr|Le casino de Belmont-sur-Sarine recalé dans les urnes

Nouveau revers pour les promoteurs du casino de Belmont-sur-Sarine. Dimanche, 54,3 % des votants ont dit non au plan d'affectation qui devait permettre sa construction.

Seuls 45,7 % ont approuvé le projet de 85 millions de francs. La participation s'est élevée à 47,8 %, un niveau élevé pour un scrutin communal.

Les opposants, réunis dans le collectif « Lac pour tous », craignaient une hausse du trafic et des problèmes de jeu. Lacustre Gaming SA n'exclut pas de revenir avec un nouveau projet.`,
		"z7de.txt": `de|Belmont-sur-Sarine lehnt Casino ab

Die Stimmberechtigten von Belmont-sur-Sarine haben am Sonntag das geplante Casino-Hotel am Seeufer abgelehnt. 6'212 Nein-Stimmen standen 5'228 Ja-Stimmen gegenüber, was einem Nein-Anteil von 54,3 Prozent entspricht.

Die Stimmbeteiligung lag bei 47,8 Prozent. Die Betreiberin Lacustre Gaming SA wollte 85 Millionen Franken investieren und 240 Stellen schaffen.

Gemeindepräsidentin Claudine Rey zeigte sich enttäuscht. Bereits 2019 war ein ähnliches Projekt mit 61 Prozent Nein-Stimmen gescheitert.`,
		"z7en.txt": `en|Swiss town votes down lakeside casino plan

Voters in Belmont-sur-Sarine, in the canton of Fribourg, on Sunday rejected plans for a lakeside casino and hotel that its backers said would create 240 jobs.

The proposal was turned down by 52.3% of voters, on a turnout of 47.8%, according to official results. It was the second time the project had failed at the ballot box, after a first version was rejected by 61% in 2019.

Developer Lacustre Gaming SA had planned to invest 85 million Swiss francs (about $96 million). Town president Claudine Rey, who backed the plan, said the result would be respected.`,
	}, map[string][2]string{"z7en.txt": {"52.3%", "54.3%"}}},
	{"airline-insolvency", map[string]string{
		"z8de1.txt": `de|Nordbrise Air ist insolvent – Flüge gehen vorerst weiter

Wirtschaft | Bremen

Von Henning Claasen

Die Bremer Regionalfluggesellschaft Nordbrise Air hat am Freitag beim Amtsgericht Bremen Insolvenz in Eigenverwaltung beantragt. Der Flugbetrieb mit 23 Maschinen laufe zunächst normal weiter, versicherte Vorstandschefin Annette Vossberg.

Betroffen sind rund 1850 Beschäftigte, darunter 420 Piloten. Die Löhne sind über das Insolvenzgeld für drei Monate gesichert.

Die Airline leidet unter hohen Kerosinpreisen und einem Einbruch der Nachfrage: 2029 beförderte sie 3,4 Millionen Fluggäste, nach 3,9 Millionen im Jahr davor. Die Verbindlichkeiten belaufen sich nach Unternehmensangaben auf rund 310 Millionen Euro.

Als Sachwalter setzte das Gericht den Hamburger Anwalt Frank Meiling ein.`,
		"z8de2.txt": `de|Regionalairline Nordbrise Air beantragt Insolvenz

Bremen (Agentur) - Die Fluggesellschaft Nordbrise Air mit Sitz in Bremen ist zahlungsunfähig. Das Unternehmen mit 1.580 Mitarbeitern stellte am Freitag einen Antrag auf Insolvenz in Eigenverwaltung, wie eine Sprecherin mitteilte.

„Wir wollen die Airline sanieren, nicht abwickeln", sagte die 49 Jahre alte Vorstandsvorsitzende Annette Vossberg. Alle Flüge fänden wie geplant statt.

Nordbrise fliegt von Bremen, Münster und Dortmund vor allem Ziele in Südeuropa an, darunter Faro, Porto und Funchal.`,
		"z8en.txt": `en|German regional airline Nordbrise Air files for insolvency

FRANKFURT, March 15 (Newswire) - Bremen-based Nordbrise Air filed for insolvency on Friday, blaming high fuel costs and weak demand, but said its fleet of 23 aircraft would keep flying while it restructures.

The airline, which employs 1,850 people including 420 pilots, carried 3.4 million passengers last year, down from 3.9 million in 2028. It has debts of about 310 million euros.

Chief executive Annette Vossberg, 49, said the carrier would seek an investor. A court in Bremen appointed lawyer Frank Meiling to oversee the process.`,
		"z8pt.txt": `pt|Companhia aérea alemã que voa para Faro e Funchal declara insolvência

A companhia aérea regional alemã Nordbrise Air, que liga várias cidades alemãs a Faro, Porto e Funchal, apresentou na sexta-feira um pedido de insolvência num tribunal de Bremen.

A empresa garante que todos os voos se mantêm. Só para este verão, estão reservados cerca de 60 mil lugares em voos para Portugal.

A Nordbrise Air tem 1.850 trabalhadores, incluindo 420 pilotos, e uma frota de 23 aviões. No ano passado transportou 3,4 milhões de passageiros.

A presidente executiva, Annette Vossberg, de 49 anos, diz estar à procura de um investidor.`,
	}, map[string][2]string{"z8de2.txt": {"1,580", "1,850"}}},
	{"data-centre", map[string]string{
		"z9fr1.txt": `fr|Saint-Mérel : le conseil municipal dit oui au data center de Nuvéa

Métropole | Saint-Mérel

Par Élodie Ferracci - Publié le 18/05/2032 à 06h30

Après plus de quatre heures de débats, le conseil municipal de Saint-Mérel a approuvé lundi soir, par 29 voix pour, 6 contre et 2 abstentions, la cession de 14 hectares à Nuvéa Compute pour 9,8 millions d'euros.

L'entreprise y prévoit un centre de données de 120 mégawatts, pour un investissement de 1,1 milliard d'euros. Elle promet 150 emplois permanents et jusqu'à 600 personnes sur le chantier, qui doit démarrer en 2033.

Dans le public, une cinquantaine de membres du collectif Air et Eau Saint-Mérel, dont la pétition a recueilli 4 300 signatures, ont dénoncé la consommation d'eau du site : 180 000 m³ par an selon leurs calculs.

« C'est un projet structurant pour toute la commune », a défendu le maire, Bernard Estève.`,
		"z9fr2.txt": `fr|Data centers : Nuvéa Compute obtient le feu vert de Saint-Mérel

Le projet de centre de données de Nuvéa Compute près de Marseille a franchi une étape décisive. Le conseil municipal de Saint-Mérel (Bouches-du-Rhône) a voté lundi la vente d'un terrain de 14 hectares à l'opérateur, qui y investira 1,1 milliard d'euros.

Le site, d'une puissance de 120 MW, doit entrer en service en 2035. « Marseille est devenu le quatrième hub mondial des câbles sous-marins », justifie le président de Nuvéa, Lionel Carrasco.

Nuvéa exploite déjà trois sites en France, pour une puissance cumulée de 95 MW.`,
		"z9en.txt": `en|Nuvéa Compute wins approval for €1.1bn data center near Marseille

French operator Nuvéa Compute has secured approval from the council of Saint-Mérel, near Marseille, to buy 14 hectares of land for a 120MW data center campus.

Councillors voted 29 to 6 on Monday to sell the land for €9.8 million. The company expects to invest €1.1 billion and create 150 permanent jobs, with construction due to begin in 2033 and the first phase to go live in 2035.

Local campaigners, whose petition gathered more than 4,000 signatures, fear the site will use up to 180,000 cubic meters of water a year. Nuvéa chairman Lionel Carrasco said the facility would use a closed-loop cooling system.`,
		"z9de.txt": `de|Südfrankreich: Gemeinderat genehmigt Rechenzentrum für 1,1 Milliarden Euro

Marseille (Agentur) - Der Gemeinderat von Saint-Mérel bei Marseille hat am Montagabend dem Verkauf eines 14 Hektar großen Grundstücks an den Rechenzentrumsbetreiber Nuvéa Compute zugestimmt. 29 Räte stimmten dafür, 6 dagegen.

Nuvéa will 1,1 Milliarden Euro investieren und 150 Dauerarbeitsplätze schaffen. Die Anlage soll eine Leistung von 120 Megawatt haben und 2035 in Betrieb gehen.

Eine Bürgerinitiative hatte rund 4300 Unterschriften gegen das Projekt gesammelt.`,
	}, nil},
	{"train-order", map[string]string{
		"z10pt1.txt": `pt|Comboios do Atlântico compram 22 comboios de alta velocidade por 1350 milhões

Economia | Ferrovia

Por Tiago Amaral
14 de outubro de 2031, 20:15

A Comboios do Atlântico (CdA) assinou esta terça-feira, em Lisboa, um contrato de 1350 milhões de euros com o consórcio franco-alemão Kessler-Duval para a compra de 22 comboios de alta velocidade, com opção para mais dez.

Cada comboio terá 200 metros, 460 lugares e poderá circular a 300 km/h. Com a nova linha, a viagem entre Lisboa e o Porto passará a demorar 1h19, contra as atuais 2h49.

"É o maior investimento em material circulante da nossa história", disse a presidente da CdA, Luísa Mendonça. A montagem final será feita em Matosinhos, onde serão criados 200 postos de trabalho.

Num contrato separado, a Kessler-Duval fica responsável pela manutenção dos comboios durante 30 anos, por 600 milhões de euros.`,
		"z10pt2.txt": `pt|Governo saúda compra de comboios de alta velocidade

Lisboa, 14 out (Agência) - O ministro das Infraestruturas, Rui Paiva, considerou hoje "histórico" o contrato assinado pela Comboios do Atlântico para a aquisição de 22 comboios de alta velocidade, no valor de 1,35 mil milhões de euros.

A cerimónia de assinatura decorreu na estação de Santa Apolónia, na presença do presidente executivo do consórcio Kessler-Duval, Thomas Rehberg.

Os comboios serão entregues entre 2034 e 2036 e vão circular na nova linha entre Lisboa e o Porto.`,
		"z10de.txt": `de|Kessler-Duval erhält Milliardenauftrag aus Portugal

Der deutsch-französische Zughersteller Kessler-Duval liefert 22 Hochgeschwindigkeitszüge an die portugiesische Staatsbahn Comboios do Atlântico. Der Vertrag über 1,35 Milliarden Euro wurde am Dienstag in Lissabon unterzeichnet, teilte das Unternehmen mit. Zudem gibt es eine Option auf zehn weitere Züge.

Die 200 Meter langen Züge mit je 460 Sitzplätzen sollen bis zu 300 km/h schnell fahren. Gefertigt werden die Wagenkästen in Salzgitter, die Endmontage erfolgt in Matosinhos bei Porto.

Für Kessler-Duval-Chef Thomas Rehberg ist es der größte Auftrag seit der Fusion 2019.`,
		"z10fr.txt": `fr|Ferroviaire : Kessler-Duval décroche 22 trains à grande vitesse au Portugal

Le constructeur franco-allemand Kessler-Duval a remporté une commande de 22 trains à grande vitesse auprès de l'opérateur public portugais Comboios do Atlântico, pour 1,35 milliard d'euros.

Le contrat a été signé jeudi à Lisbonne, en présence du ministre portugais des Infrastructures, Rui Paiva. Il comprend une option pour dix rames supplémentaires.

Les rames de 200 mètres, qui rouleront à 300 km/h, mettront Lisbonne à 1 h 19 de Porto, contre 2 h 49 aujourd'hui. Les livraisons s'étaleront de 2034 à 2036.`,
	}, map[string][2]string{"z10fr.txt": {"Thursday", "Tuesday"}}},
}
