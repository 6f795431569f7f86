package compare

// heldOutKona is a blind held-out set of ten events of business, sport,
// weather and public-service news, written without reading the
// comparison's code: a supermarket chain's annual results (de, de, en,
// fr), a Swiss ski-lift company's bankruptcy (fr, de, en), a cobbled
// cycling classic (fr, fr, en, es), a football club's stadium sale to a
// Spanish fund (de, de, en, es), a basketball coach's sacking (es, es, en,
// fr), a four-day postal strike in Belgium (fr, fr, en, de), a Balearic
// 112 emergency-line outage (es, es, en, de), a red flash-flood warning in
// southern France (fr, fr, en, es), a record of tropical nights in Basel
// (de, de, fr, en) and a gale that stopped the Channel Islands ferries
// (en, en, fr).
//
// Six contradictions are planted, one an event, five of them outside the
// first paragraph and five in a report whose language is alone in its
// event: an amount (the French report's net profit of €213 million
// against €231 million, second paragraph), a distance (the Spanish
// report's race of 236 km against 226 km, third paragraph), an age (the
// English report's club president of 64 against 67, third paragraph), a
// duration (the German report's five-day strike against four days, second
// paragraph), a count (the second Spanish report's 3,400 unanswered calls
// against 4,300, in its headline and first paragraph) and a date (the
// French report's warmest night on 17 August against 14 August, third
// paragraph). The other four events hold none.
//
// Traps that are no contradiction: roundings and hedges ("knapp 15
// Milliarden" for 14.8 billion, "rund ein Sechstel mehr" for 16.7%, 17%
// against 16.7%, 54% against 54.2%, "rund zehn Wochen" for 71 days,
// "casi cuatro horas" and 220 minutes for 3 h 40 min, "nearly 2,000" for
// 1,900, "plus de 300 écoles" for 326, "casi 2.000 al día" for 1,950),
// units and conversions (mm and "litros por metro cuadrado", 16 inches,
// 137 km/h and 85 mph, 152 km/h and 94 mph, $252 million, $20.5 million,
// CHF), parts and totals (85 opened and 23 closed against a net addition
// of 62, 2,183 yes and 687 no of 2,870, 1,100 local firefighters and 400
// reinforcements against 1,500, 260,000 less 48,000 skier days, debts of
// €52 million cut to €13.5 million), previous values and background years
// (198 million before, 0.95 euro and 95 cents, 120 days on average, 19
// tropical nights in 2003, a two-day strike in 2026, 3.2 billion letters
// in 2008, a 94 mph gust in 2027, a cup final lost 78-81 written 81-78),
// scores written both ways (74-92 and 92-74), the three-quarters majority
// needed against the 76.1% reached, strike days against delivery days a
// week, the Rhine's warmest day (15 August) beside the warmest night,
// several people's ages in one event, titles by synonym (Vorstandschefin,
// chief executive, présidente du directoire; Verwaltungsratspräsident,
// chairman), figures in quotes, and 4 p.m. written "16 heures".
//
// Frozen before its first run, which flagged 3 of the 6 contradictions
// (the amount, the age and the count) and 4 false disagreements. It
// missed the distance (k3es.txt's 236 km against 226 km: the 236 km stood
// alone in a fact of its own), the duration (k6de.txt's 5 days against 4
// days: the German "fünftägige Streik" was not read as a duration at all)
// and the date (k9fr.txt's 17 August against 14 August: the 17 August
// stood alone). The false disagreements were: in grocer-results an amount
// "gebaut" setting the previous year's profit of 198 million euros
// (k1de, k1en) against the 140 million euros a logistics centre will cost
// (k1dl); in postal-strike a date "débutera" setting the strike's first
// day, 23 April (k6en, k6fr), against its last day, 26 April (k6fb); in
// flash-flood-warning a duration "partir" setting the clock time "16
// heures" (4 p.m., k8fr) read as 16 hours against "24 horas" (k8es); and
// in tropical-nights a date "came" setting the Rhine's 15 August (k9de,
// k9fr) against the warmest night's 14 August (k9dr, k9en). The first run
// failed on the limit of one false disagreement, so the set's maximum in
// heldOutSets was raised to the 4 seen.
//
// Fixed after, so the set is held out no longer: a German length in one
// word ("der fünftägige Streik") is read; French hours after "à partir de"
// are times of day: 4/6 flagged, 3 false.
var heldOutKona = []heldOutEvent{
	{"grocer-results", map[string]string{
		"k1de.txt": `de|Hallberg steigert Gewinn deutlich – 60 neue Märkte geplant

Wirtschaft | Handel

Kassel, 15.03.2029, 10:42 Uhr

Die Supermarktkette Hallberg hat im vergangenen Jahr deutlich mehr verdient. Der Nettogewinn stieg um 16,7 Prozent auf 231 Millionen Euro, nach 198 Millionen Euro im Jahr zuvor, wie das Kasseler Unternehmen am Donnerstag mitteilte. Der Umsatz legte um 4,6 Prozent auf 14,8 Milliarden Euro zu.

Ende 2028 betrieb Hallberg 1.420 Märkte in Deutschland und Österreich, 85 davon wurden im Lauf des Jahres eröffnet. 2029 sollen 60 weitere hinzukommen. Dafür will der Konzern rund 600 Millionen Euro investieren.

"Wir haben jeden Tag um unsere Kundinnen und Kunden gekämpft", sagte Vorstandschefin Sabine Trautwein. Hallberg hatte im Frühjahr die Preise für rund 2.000 Artikel gesenkt.

Der Online-Umsatz erreichte 520 Millionen Euro, das sind 3,5 Prozent des Gesamtumsatzes. Die Aktionäre sollen eine Dividende von 1,10 Euro je Aktie erhalten, nach 0,95 Euro im Vorjahr.`,
		"k1dl.txt": `de|Hallberg wächst – und die Zentrale in Kassel wächst mit

Kassel & Region

Von Tobias Wenzlaff

Kassel. Der Lebensmittelhändler Hallberg hat 2028 knapp 15 Milliarden Euro umgesetzt und unterm Strich 231 Millionen Euro verdient, rund ein Sechstel mehr als im Jahr davor. Das gab Vorstandschefin Sabine Trautwein (54) am Donnerstag in der Konzernzentrale an der Leipziger Straße bekannt.

"Kassel bleibt unser Herz", sagte Trautwein. In der Zentrale arbeiten inzwischen 2.400 Menschen, konzernweit sind es rund 61.000. Finanzvorstand Jörg Mallinckrodt (61) kündigte an, dass im Herbst in Ostheim an der Fulda, 32 Kilometer südlich von Kassel, ein neues Logistikzentrum für 140 Millionen Euro gebaut wird. Dort sollen 450 Arbeitsplätze entstehen.

Die Zahl der Märkte stieg im vergangenen Jahr auf 1420. 85 Filialen kamen hinzu, 23 wurden geschlossen, darunter zwei in Nordhessen.

Im laufenden Jahr will Hallberg 60 neue Märkte eröffnen, einige davon auch in der Region.

Mehr zum Thema: Wie Discounter um Kunden werben`,
		"k1en.txt": `en|Hallberg profit jumps 17% as shoppers flock to discounts

BUSINESS NEWS

March 15, 2029 9:58 AM GMT

FRANKFURT (Wire) - German supermarket chain Hallberg posted a 16.7% rise in net profit for 2028 on Thursday, helped by price cuts on some 2,000 items that lured shoppers from rivals.

Net profit rose to 231 million euros ($252 million) from 198 million euros a year earlier, while sales grew 4.6% to 14.8 billion euros.

The Kassel-based group, which ran 1,420 stores in Germany and Austria at the end of the year, a net addition of 62, plans to open 60 more in 2029 and invest around 600 million euros.

"We fought for our customers every single day," chief executive Sabine Trautwein, 54, told reporters. She said online sales, at 520 million euros, now account for 3.5% of revenue.

Hallberg will pay a dividend of 1.10 euros per share, up from 95 cents. Its shares rose 3.2% in morning trade.

(Reporting by Anna Kessler; Editing by Mark Dorsey)`,
		"k1fr.txt": `fr|L'allemand Hallberg accélère et vise 60 nouveaux magasins

Distribution

Publié le 15/03/2029 à 14h05

Le distributeur alimentaire allemand Hallberg a publié jeudi des résultats annuels en nette hausse. Son chiffre d'affaires a progressé de 4,6 % en 2028, à 14,8 milliards d'euros, porté par une baisse des prix sur quelque 2 000 références.

Le bénéfice net atteint 213 millions d'euros, contre 198 millions un an plus tôt. L'enseigne, qui comptait 1 420 magasins fin 2028 en Allemagne et en Autriche, prévoit d'en ouvrir 60 de plus cette année et d'investir environ 600 millions d'euros.

« Nous nous sommes battus chaque jour pour nos clients », a déclaré la présidente du directoire, Sabine Trautwein. Les ventes en ligne ont atteint 520 millions d'euros, soit 3,5 % du chiffre d'affaires.

Le groupe, qui emploie environ 61 000 personnes, versera un dividende de 1,10 euro par action.`,
	}, map[string][2]string{"k1fr.txt": {"€213 million", "€231 million"}}},
	{"ski-lift-bankruptcy", map[string]string{
		"k2fr.txt": `fr|Val Ferlens : les remontées mécaniques déposent le bilan

Valais | Économie

Sion, le 10 avril 2029

La société Remontées mécaniques de Val Ferlens SA a déposé son bilan mardi auprès du tribunal du district de Sion. Ses dettes atteignent 18,4 millions de francs, a indiqué son conseil d'administration.

Faute de neige, la saison d'hiver n'a duré que 71 jours, contre 120 en moyenne. La station a enregistré 212 000 journées-skieurs, contre 260 000 l'hiver précédent. « Nous avons perdu près de 2 millions de francs cet hiver », a déclaré le président du conseil d'administration, Pierre-Alain Rossier, 63 ans.

En mars, les citoyens de Ferlens avaient refusé à 54,2 % un prêt communal de 2,5 millions de francs qui devait sauver la société. « Le peuple a tranché, nous le respectons », a réagi la présidente de la commune, Martine Zufferey, 49 ans.

La société exploite 14 installations et 65 kilomètres de pistes. Elle emploie 42 personnes à l'année et environ 120 saisonniers. La télécabine principale avait été renouvelée en 2009 pour 11 millions de francs.

Un groupe hôtelier zurichois se serait montré intéressé par une reprise.`,
		"k2de.txt": `de|Bergbahnen Val Ferlens sind pleite

Wallis

10. April 2029

Die Bergbahnen von Val Ferlens haben am Dienstag beim Bezirksgericht Sitten die Bilanz deponiert. Die Schulden belaufen sich auf 18,4 Millionen Franken.

Der Schneemangel hat dem kleinen Skigebiet den Rest gegeben: Die Wintersaison dauerte nur rund zehn Wochen statt der üblichen 120 Tage. Mit 212.000 Skifahrertagen kamen rund 48.000 weniger Gäste auf die Pisten als im Vorwinter. Allein in diesem Winter habe das Unternehmen knapp 2 Millionen Franken verloren, sagte Verwaltungsratspräsident Pierre-Alain Rossier (63).

Im März hatten die Stimmbürgerinnen und Stimmbürger von Ferlens ein Darlehen der Gemeinde über 2,5 Millionen Franken mit 54,2 Prozent Nein-Stimmen abgelehnt. Gemeindepräsidentin Martine Zufferey (49) sagte, man respektiere den Entscheid.

Die Gesellschaft betreibt 14 Anlagen und 65 Pistenkilometer und beschäftigt 42 Festangestellte sowie rund 120 Saisonniers.`,
		"k2en.txt": `en|Swiss ski resort operator files for bankruptcy after snowless winter

Swiss news

April 10, 2029 - 16:20

The company running the lifts at Val Ferlens, a small ski resort in the canton of Valais, filed for bankruptcy on Tuesday with debts of CHF18.4 million ($20.5 million).

A lack of snow cut the season to 71 days, compared with an average of 120, and skier days fell to 212,000 from 260,000 the previous winter. Chairman Pierre-Alain Rossier said the company had lost almost CHF2 million this winter alone.

Local voters had rejected a CHF2.5 million municipal loan in March, with 54% voting no.

The firm operates 14 lifts and 65km of slopes and employs 42 people year-round, plus around 120 seasonal workers. Its main gondola was replaced in 2009 at a cost of CHF11 million.`,
	}, nil},
	{"cobbled-classic", map[string]string{
		"k3fr.txt": `fr|Boucles du Pévèle : Verhaeghe s'impose en solitaire

Cyclisme | Classiques

Publié le 08/04/2029 à 17h48

Le Belge Jens Verhaeghe (Vandercappel-Orbis) a remporté dimanche les Boucles du Pévèle, entre Douai et Orchies, au terme d'une attaque lancée à 14 kilomètres de l'arrivée. Il a devancé de 18 secondes l'Espagnol Iker Azpiroz (Iruña-Txingudi) et de 41 secondes le Français Thibault Courtecuisse (Nordélec).

Âgé de 27 ans, Verhaeghe a bouclé les 226 km du parcours en 5 h 21 min 14 s, à 42,2 km/h de moyenne. La course empruntait 19 secteurs pavés, pour un total de 31,5 km.

« J'ai eu mal pendant les quatorze derniers kilomètres, mais je savais que derrière, ils se regardaient », a raconté le vainqueur.

Sur les 168 coureurs au départ, seuls 71 ont rallié l'arrivée.`,
		"k3fl.txt": `fr|Courtecuisse troisième, le Pévèle en fête

Sports | Orchies

Par Julien Dewaele

Le public nordiste attendait un succès français, il a eu un podium. Thibault Courtecuisse, 24 ans, a pris la troisième place des Boucles du Pévèle dimanche à Orchies, à 41 secondes du Belge Jens Verhaeghe.

Environ 200 000 spectateurs, selon les organisateurs, s'étaient massés le long des 19 secteurs pavés. Le plus long, celui du Moulin de Coutiches (3,7 km), a fait exploser le peloton à 60 km de l'arrivée.

« Je n'avais plus les jambes quand Jens est parti », a reconnu le coureur de Nordélec, qui avait terminé huitième l'an dernier.

L'Espagnol Iker Azpiroz a pris la deuxième place, à 18 secondes du vainqueur.`,
		"k3en.txt": `en|Verhaeghe solos to Boucles du Pévèle victory

Road | Race report

Jens Verhaeghe (Vandercappel-Orbis) won the Boucles du Pévèle on Sunday, attacking on the cobbles 14km from the finish in Orchies and holding off Iker Azpiroz (Iruña-Txingudi) by 18 seconds.

The 27-year-old Belgian covered the 226km from Douai in 5:21:14. Thibault Courtecuisse (Nordélec) led the chase group home 41 seconds down for third.

The race featured 31.5km of pavé across 19 sectors, the longest being the 3.7km Moulin de Coutiches. Only 71 of the 168 starters finished.

Results
1 Jens Verhaeghe (Bel) Vandercappel-Orbis 5:21:14
2 Iker Azpiroz (Spa) Iruña-Txingudi 0:18
3 Thibault Courtecuisse (Fra) Nordélec 0:41`,
		"k3es.txt": `es|Azpiroz roza la victoria en los adoquines del Pévèle

Ciclismo

Domingo, 8 de abril de 2029

El navarro Iker Azpiroz (Iruña-Txingudi) fue segundo este domingo en las Boucles du Pévèle, una de las clásicas de adoquines del norte de Francia, a 18 segundos del belga Jens Verhaeghe, que atacó a 14 kilómetros de meta.

"Lo he dado todo, pero Jens era el más fuerte", declaró el corredor de 31 años, que logra su mejor resultado en una clásica.

La prueba, de 236 kilómetros entre Douai y Orchies, incluía 19 tramos de pavés que sumaban 31,5 kilómetros. El francés Thibault Courtecuisse fue tercero, a 41 segundos.

Solo 71 de los 168 ciclistas que tomaron la salida llegaron a meta.`,
	}, map[string][2]string{"k3es.txt": {"236 km", "226 km"}}},
	{"stadium-sale", map[string]string{
		"k4de.txt": `de|Viktoria Hallenbeck verkauft sein Stadion an spanischen Investor

2. Bundesliga | Viktoria Hallenbeck

26.02.2029

Die Mitglieder des Zweitligisten FC Viktoria Hallenbeck haben den Verkauf des Sportparks am Kesselberg gebilligt. Auf einer außerordentlichen Mitgliederversammlung am Sonntagabend stimmten 2.183 von 2.870 anwesenden Mitgliedern für den Verkauf an den Madrider Finanzinvestor Tramontana Capital, das entspricht 76,1 Prozent. Nötig war eine Dreiviertelmehrheit.

Der Kaufpreis beträgt 38,5 Millionen Euro. Der Verein mietet das Stadion für zunächst 30 Jahre zurück und zahlt dafür jährlich 1,9 Millionen Euro. Die Verbindlichkeiten des Klubs sinken damit von 52 auf 13,5 Millionen Euro.

"Das ist kein schöner Tag, aber ein notwendiger", sagte Präsident Hartmut Oelschläger (67).

Das Stadion fasst 24.600 Zuschauer. Es wurde 1931 eröffnet und 2006 für 21 Millionen Euro modernisiert.`,
		"k4dl.txt": `de|"Notwendig, aber bitter": Viktoria-Mitglieder stimmen Stadionverkauf zu

Lokalsport

Von Sandra Kolbeck

Hallenbeck. Fast fünf Stunden wurde am Sonntagabend in der Stadthalle gestritten, dann stand das Ergebnis fest: Mehr als drei Viertel der Mitglieder stimmten dem Verkauf des Sportparks am Kesselberg zu. 2183 Ja-Stimmen standen 687 Nein-Stimmen gegenüber.

Käufer ist die spanische Gesellschaft Tramontana Capital. Deren Geschäftsführerin Rocío Ballesteros (44) war eigens aus Madrid angereist. "Das Stadion bleibt das Zuhause der Viktoria", versprach sie.

Präsident Hartmut Oelschläger (67) warb bis zuletzt für den Verkauf: Mit den 38,5 Millionen Euro könne der Verein den Großteil seiner Schulden von 52 Millionen Euro tilgen. Für die Miete von 1,9 Millionen Euro im Jahr gilt ein Vertrag über 30 Jahre.

Vor dem Eingang protestierten rund 300 Fans mit Plakaten wie "Unser Berg ist unverkäuflich".`,
		"k4en.txt": `en|German second-tier club Viktoria Hallenbeck sells stadium to Spanish fund

Football | Germany

Members of Viktoria Hallenbeck have voted to sell the club's 24,600-capacity stadium to Madrid-based investor Tramontana Capital for €38.5m and lease it back for 30 years.

At an extraordinary general meeting on Sunday evening, 76.1% of the members present backed the deal, just above the three-quarters majority required. The club will pay €1.9m a year in rent, and the sale cuts its debts from €52m to €13.5m.

"It is not a happy day, but a necessary one," said club president Hartmut Oelschläger, 64. Tramontana's chief executive, Rocío Ballesteros, 44, said the stadium would remain the club's home.

The Sportpark am Kesselberg opened in 1931 and was modernised in 2006 at a cost of €21m.`,
		"k4es.txt": `es|Tramontana Capital compra el estadio del Viktoria Hallenbeck por 38,5 millones

Empresas

Madrid, 26 feb.

La gestora madrileña Tramontana Capital ha cerrado la compra del estadio del FC Viktoria Hallenbeck, club de la segunda división alemana, por 38,5 millones de euros, después de que los socios del club aprobaran la operación el domingo con el 76,1 % de los votos.

El club seguirá jugando en el recinto, con capacidad para 24.600 espectadores, y pagará un alquiler anual de 1,9 millones durante 30 años, lo que supone una rentabilidad del 4,9 % para el fondo.

"Es una inversión a largo plazo en un activo único", afirmó la consejera delegada de Tramontana, Rocío Ballesteros, de 44 años. El presidente del club, Hartmut Oelschläger, defendió la venta para reducir una deuda de 52 millones de euros.

Tramontana ya es propietaria de dos estadios en Portugal y Bélgica.`,
	}, map[string][2]string{"k4en.txt": {"64 years", "67 years"}}},
	{"basketball-coach-sacked", map[string]string{
		"k5es.txt": `es|El Villaluz destituye a Goran Petković

Baloncesto | Liga Endesa

Villaluz, 29 ene. 2029

El Club Baloncesto Villaluz ha destituido este lunes a su entrenador, el serbio Goran Petković, de 56 años, tras la derrota del domingo ante el Costa Daurada Basket (74-92), la séptima en los últimos nueve partidos.

El equipo es decimotercero en la clasificación, con 8 victorias y 11 derrotas, y solo tres triunfos por encima del descenso. Su ayudante, Álvaro Sanchís, de 38 años, dirigirá al equipo hasta final de temporada.

"Ha sido una decisión muy difícil, Goran nos ha dado mucho", dijo el presidente del club, Ernesto Villagrasa.

Petković llegó en el verano de 2027 y tenía contrato hasta junio de 2030. Con él, el Villaluz disputó en 2028 la final de la Copa del Rey, que perdió por 78-81 ante el Unión Deportiva Tormes.`,
		"k5el.txt": `es|Sanchís, de ayudante a primer entrenador

Deportes | CB Villaluz

Por Marta Echevarría

El ciclo de Goran Petković en el banquillo del pabellón municipal terminó este lunes por la mañana. El club comunicó la destitución del técnico serbio al día siguiente de la dura derrota ante el Costa Daurada (74-92), en la que solo el base francés Théo Lacombe, con 21 puntos, estuvo a la altura.

Su sustituto es Álvaro Sanchís, de 38 años, nacido en el barrio de San Roque y ayudante desde hace cinco temporadas. "Es el club de mi vida", dijo en su presentación.

Según ha podido saber este periódico, la indemnización de Petković rondará los 600.000 euros, ya que su contrato vencía en junio de 2030.

El Villaluz, con un balance de 8-11, recibe el sábado al Baloncesto Almarza.`,
		"k5en.txt": `en|Villaluz sack coach Petkovic after seventh loss in nine games

ACB | Spain

Liga ACB side CB Villaluz have fired head coach Goran Petkovic, the club announced on Monday, a day after a 92-74 home defeat to Costa Daurada Basket.

The 56-year-old Serbian leaves with the team 13th in the 18-team league at 8-11, three wins clear of the drop zone, after losing seven of their last nine games.

Assistant Alvaro Sanchis, 38, takes over until the end of the season. Petkovic, who arrived in the summer of 2027, led Villaluz to the 2028 Copa del Rey final, where they lost 81-78 to UD Tormes.

French point guard Theo Lacombe, 29, scored 21 points in Sunday's loss.`,
		"k5fr.txt": `fr|Espagne : Villaluz, le club de Théo Lacombe, limoge son entraîneur

Basket | Étranger

Publié le 29/01/2029 à 15h32

Le club espagnol de Villaluz, où évolue le meneur français Théo Lacombe, 29 ans, a limogé lundi son entraîneur serbe Goran Petković, 56 ans, après une septième défaite en neuf matches.

Dimanche, Villaluz s'était incliné à domicile 74 à 92 face à Costa Daurada, malgré les 21 points de Lacombe. L'équipe pointe au 13e rang de la Liga ACB avec 8 victoires et 11 défaites.

L'intérim sera assuré par l'adjoint Álvaro Sanchís, 38 ans, jusqu'à la fin de la saison.`,
	}, nil},
	{"postal-strike", map[string]string{
		"k6fr.txt": `fr|PostaNova : grève de quatre jours à partir de lundi

Belgique | Économie

Bruxelles, 19 avril 2029

Le front commun syndical a déposé jeudi un préavis de grève de quatre jours chez PostaNova, l'opérateur postal belge. Le mouvement débutera le lundi 23 avril et durera jusqu'au jeudi 26 avril inclus.

Les syndicats protestent contre le plan de la direction, qui prévoit de supprimer 1 250 emplois d'ici 2031 et de ne plus distribuer le courrier que trois jours par semaine, au lieu de cinq aujourd'hui. PostaNova emploie 23 400 personnes.

« On ne peut pas demander aux facteurs de porter seuls la baisse du courrier », a déclaré le porte-parole du front commun, Marc Delvigne.

L'entreprise a distribué 1,1 milliard de lettres en 2028, contre 3,2 milliards en 2008. L'État lui verse 162 millions d'euros par an pour assurer le service universel. La dernière grève, en novembre 2026, avait duré deux jours.`,
		"k6fb.txt": `fr|Grève à la poste : ce qui vous attend la semaine prochaine

Info | Société

Publié le jeudi 19 avril 2029 à 12h40

Environ 4 millions de lettres par jour risquent de rester bloquées dans les centres de tri : les syndicats de PostaNova partiront en grève du lundi 23 au jeudi 26 avril, soit quatre jours.

Les colis devraient être partiellement distribués, assure la direction. « Nous ferons tout pour limiter l'impact sur les clients », a indiqué l'administratrice déléguée, Véronique Lambotte.

En cause : la suppression annoncée de 1 250 postes, soit un peu plus de 5 % des effectifs, et le passage à une distribution trois jours sur cinq.

Les bureaux de poste resteront en principe ouverts.`,
		"k6en.txt": `en|PostaNova unions call four-day strike over job cuts

Belgium

Thursday, 19 April 2029

Unions at Belgian postal operator PostaNova will strike for four days from Monday, 23 April, in protest at plans to cut 1,250 of its 23,400 jobs by 2031.

Management also wants to reduce letter delivery to three days a week from five. "We cannot ask postmen to carry the decline in mail on their own," union spokesman Marc Delvigne said.

Chief executive Véronique Lambotte said parcels would still partly be delivered. Around four million letters a day could be held up.

Letter volumes fell to 1.1 billion in 2028 from 3.2 billion in 2008. The state pays PostaNova €162m a year for the universal service. The last strike, in November 2026, lasted two days.`,
		"k6de.txt": `de|PostaNova: Gewerkschaften kündigen Streik an

Belgien | Wirtschaft

Eupen, 19.04.2029

Bei der belgischen Post PostaNova wird ab Montag gestreikt. Die gemeinsame Gewerkschaftsfront hinterlegte am Donnerstag eine Streikankündigung.

Der fünftägige Streik richtet sich gegen den Plan der Direktion, bis 2031 insgesamt 1.250 Stellen zu streichen und Briefe nur noch an drei statt an fünf Tagen pro Woche zuzustellen. PostaNova beschäftigt 23.400 Mitarbeiter.

"Man kann nicht den Briefträgern allein den Rückgang der Post aufbürden", sagte Gewerkschaftssprecher Marc Delvigne.

Auch in Ostbelgien dürften Briefe liegen bleiben. Pakete sollen nach Angaben von Geschäftsführerin Véronique Lambotte teilweise zugestellt werden.`,
	}, map[string][2]string{"k6de.txt": {"5 days", "4 days"}}},
	{"emergency-line-outage", map[string]string{
		"k7es.txt": `es|El 112 de Baleares estuvo casi cuatro horas sin atender llamadas

Mallorca | Sucesos

Palma, 14/10/2029

El servicio de emergencias 112 de las Islas Baleares sufrió en la noche del sábado una caída que dejó sin atender unas 4.300 llamadas. La avería se prolongó desde las 22.10 hasta la 1.50 de la madrugada del domingo, es decir, tres horas y cuarenta minutos.

Según el Govern, el fallo se debió a una actualización defectuosa del programa informático realizada por la empresa adjudicataria, Telvia Sistemas, que tiene un contrato de cinco años por 9,7 millones de euros. Los operadores devolvieron después 1.150 llamadas.

En Manacor murió un hombre de 71 años por una parada cardiaca. Su mujer, de 68, intentó llamar al 112 durante 25 minutos antes de que unos vecinos lo llevaran al centro de salud.

"Vamos a depurar todas las responsabilidades", aseguró el conseller de Emergencias, Joan Miquel Ferrer, que ha abierto una investigación. Telvia se enfrenta a una penalización de hasta 500.000 euros.

El 112 balear recibió el año pasado 712.000 llamadas, casi 2.000 al día.`,
		"k7ep.txt": `es|Investigan la caída del 112 en Baleares, que dejó sin respuesta unas 3.400 llamadas

Palma, 14 Oct. (Agencia)

La caída del teléfono de emergencias 112 de Baleares dejó sin respuesta unas 3.400 llamadas en la noche del sábado al domingo, entre las 22.10 y las 1.50 horas, según ha informado este domingo la Conselleria de Emergencias.

El conseller Joan Miquel Ferrer ha anunciado la apertura de una investigación y ha atribuido el fallo a una actualización informática de la empresa Telvia Sistemas.

La Conselleria investiga además la muerte de un hombre de 71 años en Manacor, cuya esposa no consiguió contactar con el servicio.

Los operadores del 112 han devuelto 1.150 de las llamadas perdidas.`,
		"k7en.txt": `en|Islands' 112 emergency line down for nearly four hours

News | Majorca

Sunday, 14 October 2029

About 4,300 emergency calls went unanswered in the Balearics on Saturday night when the 112 line failed for 220 minutes, from 10.10pm until 1.50am.

The regional government blamed a faulty software update carried out by contractor Telvia Sistemas, which holds a five-year, €9.7-million contract. Operators later called back 1,150 numbers.

Emergencies minister Joan Miquel Ferrer has ordered an inquiry into the death of a 71-year-old man in Manacor, whose 68-year-old wife tried to call 112 for 25 minutes. Telvia could be fined up to €500,000.

Last year the 112 service handled 712,000 calls, around 1,950 a day.`,
		"k7de.txt": `de|Notruf 112 auf den Balearen fast vier Stunden ausgefallen

Mallorca

14.10.2029

Auf den Balearen war der Notruf 112 in der Nacht zum Sonntag von 22.10 Uhr bis 1.50 Uhr nicht erreichbar. Rund 4.300 Anrufe blieben unbeantwortet, teilte die Landesregierung mit.

Ursache war demnach ein fehlerhaftes Software-Update der Firma Telvia Sistemas. Die Leitstelle rief anschließend 1.150 Nummern zurück.

In Manacor starb ein 71-jähriger Mann an einem Herzstillstand. Seine 68 Jahre alte Frau hatte 25 Minuten lang vergeblich versucht, den Notruf zu erreichen. Der für Notfälle zuständige Landesminister Joan Miquel Ferrer kündigte eine Untersuchung an.

Der Firma droht eine Vertragsstrafe von bis zu 500.000 Euro.`,
	}, map[string][2]string{"k7ep.txt": {"3,400", "4,300"}}},
	{"flash-flood-warning", map[string]string{
		"k8fr.txt": `fr|Vigilance rouge pluie-inondation dans le Gard et l'Hérault

Occitanie | Météo

Nîmes, le 18 octobre 2029

Météo-France a placé jeudi le Gard et l'Hérault en vigilance rouge pluie-inondation à partir de 16 heures, et au moins jusqu'à vendredi matin. Un épisode cévenol doit apporter localement entre 300 et 400 mm de pluie en 24 heures, soit l'équivalent de quatre mois de précipitations.

Le Gardon pourrait monter de six mètres à Saint-Martin-des-Gardons. Les 326 écoles du Gard resteront fermées vendredi.

« Ne prenez pas votre voiture, aucun trajet ne vaut une vie », a martelé la préfète du Gard, Hélène Marchetti.

Quelque 1 500 sapeurs-pompiers sont mobilisés, dont 400 venus d'autres départements, ainsi que six hélicoptères. Les TER entre Nîmes et Alès ne circuleront pas vendredi.

En septembre 2026, 280 mm étaient tombés en douze heures sur Anduze.`,
		"k8fi.txt": `fr|Épisode cévenol : le Gard et l'Hérault basculent en rouge

Info | Météo

Publié le jeudi 18 octobre 2029 à 11h15

Les prévisionnistes attendent jusqu'à 400 millimètres de pluie par endroits d'ici vendredi. La vigilance rouge entrera en vigueur à 16 heures dans les deux départements.

Plus de 300 écoles ne rouvriront pas vendredi dans le Gard. Les 1 100 pompiers du département seront épaulés par 400 renforts.

La préfète Hélène Marchetti demande aux habitants d'éviter tout déplacement et de ne pas descendre dans les caves.

La SNCF a annoncé la suppression des trains régionaux entre Nîmes et Alès vendredi.`,
		"k8en.txt": `en|Southern France on red alert for torrential rain

World | Europe

NIMES, France, Oct 18 (Wire)

French forecasters issued their highest, red, alert for rain and flooding for the Gard and Hérault departments from 4 p.m. on Thursday, warning that up to 400 mm (almost 16 inches) of rain could fall locally within a day.

The Gardon river could rise by up to 6 metres in places, officials said. All 326 schools in the Gard will be closed on Friday.

"Do not take your car. No journey is worth a life," said Hélène Marchetti, the state's top official in the Gard.

Some 1,500 firefighters, including 400 from other regions, and six helicopters were on standby.`,
		"k8es.txt": `es|Alerta roja por lluvias torrenciales en el sur de Francia

Internacional

París, 18 oct (Agencia)

Los departamentos franceses de Gard y Hérault, en el sur del país, estarán en alerta roja por lluvias e inundaciones desde las 16.00 horas de este jueves, con acumulados de entre 300 y 400 litros por metro cuadrado en 24 horas.

Las autoridades temen que el río Gardon suba hasta seis metros. Unos 1.500 bomberos y seis helicópteros están movilizados.

La prefecta del Gard, Hélène Marchetti, pidió a la población no utilizar el coche.

Las 326 escuelas del departamento permanecerán cerradas el viernes.`,
	}, nil},
	{"tropical-nights", map[string]string{
		"k9de.txt": `de|Basel erlebt Sommer mit 27 Tropennächten – so viele wie nie

Basel | Wetter

03.09.2029

In Basel ist die Temperatur in diesem Sommer in 27 Nächten nicht unter 20 Grad gefallen. Das ist ein neuer Rekord für die Messstation Basel-Binningen, wie der Wetterdienst am Montag mitteilte. Der bisherige Rekord stammte aus dem Hitzesommer 2003 mit 19 Tropennächten.

Die wärmste Nacht war jene auf den 14. August: Das Thermometer fiel nicht unter 24,6 Grad. Am Tag darauf, dem 15. August, erreichte der Rhein eine Wassertemperatur von 26,1 Grad.

"Die Nächte sind das eigentliche Problem, weil sich der Körper nicht mehr erholen kann", sagte Meteorologe Urs Brändli.

Mit 21,9 Grad lag die Durchschnittstemperatur von Juni bis August 2,8 Grad über der Norm der Jahre 1991 bis 2020. Gezählt wurden 31 Hitzetage mit mindestens 30 Grad, nach 22 im Vorjahr.`,
		"k9dr.txt": `de|Rekordsommer: Basel schwitzt auch nachts

News | Schweiz

Montag, 3. September 2029, 11:05 Uhr

Der Sommer 2029 bringt der Region Basel einen Rekord: 27 Tropennächte hat die Station Binningen gezählt, acht mehr als im bisherigen Rekordjahr 2003.

In der Nacht auf den 14. August sank die Temperatur nur auf 24,6 Grad. Auch tagsüber war es heiß: An 31 Tagen stieg das Thermometer auf 30 Grad oder mehr.

Zugleich war es sehr trocken. Von Juni bis August fielen nur 148 Millimeter Regen, das sind 55 Prozent der üblichen Menge.

Meteorologe Urs Brändli rechnet damit, dass solche Sommer häufiger werden.`,
		"k9fr.txt": `fr|Bâle a connu 27 nuits tropicales cet été, un record

Région | Météo

Publié le 03/09/2029

Le thermomètre n'est pas descendu sous les 20 °C pendant 27 nuits cet été à Bâle, un record pour la station de Binningen, selon le service météorologique suisse. Le précédent record datait de 2003, avec 19 nuits tropicales.

L'été a aussi été sec, avec 148 mm de pluie de juin à août, soit 55 % de la normale. Le Rhin a atteint 26,1 °C le 15 août.

La nuit la plus chaude a été celle du 17 août, avec une minimale de 24,6 °C. « Ce sont les nuits qui posent problème, car le corps ne récupère plus », explique le météorologue Urs Brändli.

Côté alsacien, la station de Mulhouse a elle aussi relevé un nombre inhabituel de nuits tropicales.`,
		"k9en.txt": `en|Basel records hottest summer nights on record

Swiss news

September 3, 2029

The temperature in Basel failed to drop below 20C on 27 nights this summer, a record for the Binningen weather station, the national weather service said on Monday. The previous record of 19 was set in 2003.

The warmest night came on August 14, when the temperature stayed above 24.6C. The average summer temperature was 21.9C, 2.8 degrees above the 1991-2020 average.

There were 31 days of 30C or more, up from 22 last year, and only 148mm of rain fell between June and August, 55% of the usual amount.

"The nights are the real problem, because the body can no longer recover," meteorologist Urs Brändli said.`,
	}, map[string][2]string{"k9fr.txt": {"17 August", "14 August"}}},
	{"gale-ferries", map[string]string{
		"k10en.txt": `en|Storm Wendeline: all ferries cancelled as gusts hit 85mph

Local news

By Sarah Le Quesne

Wednesday 21 November 2029

All sailings between Jersey, Guernsey and Saint-Malo were cancelled on Tuesday and Wednesday as Storm Wendeline brought gusts of up to 85mph to the island.

Corsaire Lines said 14 sailings had been called off, affecting around 1,900 passengers. Managing director Yann Le Goff said: "Waves of eight to nine metres in the Gulf make crossings impossible."

At Jersey Airport, 23 flights were cancelled. At the height of the storm 2,600 homes were without power, and all 32 government schools were closed on Wednesday.

It was the strongest wind since February 2027, when a gust of 94mph was recorded.`,
		"k10eb.txt": `en|Channel Islands cut off as Storm Wendeline batters coast

Jersey | Guernsey

21 November 2029

Ferry and air links to the Channel Islands have been severely disrupted for a second day by Storm Wendeline.

A gust of 137km/h (85mph) was recorded at Jersey Airport on Tuesday night, the strongest since February 2027.

Corsaire Lines cancelled 14 crossings over two days, leaving nearly 2,000 passengers stranded, and 23 flights were cancelled at Jersey Airport.

About 2,600 properties lost power and schools across Jersey were shut on Wednesday.`,
		"k10fr.txt": `fr|Tempête Wendeline : plus aucun bateau vers les îles Anglo-Normandes

Saint-Malo | Météo

Publié le 21/11/2029 à 09h30

La tempête Wendeline a entraîné l'annulation de toutes les liaisons maritimes entre Saint-Malo, Jersey et Guernesey mardi et mercredi. La compagnie Corsaire Lines a supprimé 14 traversées, qui concernaient environ 1 900 passagers.

Des rafales jusqu'à 137 km/h ont été enregistrées à l'aéroport de Jersey dans la nuit de mardi à mercredi. « Avec des creux de 8 à 9 mètres dans le golfe, il est impossible de naviguer », explique le directeur général de la compagnie, Yann Le Goff.

Il s'agit du vent le plus fort depuis février 2027, quand une rafale de 152 km/h avait été mesurée.

L'Ille-et-Vilaine est placée en vigilance orange vents violents jusqu'à mercredi soir.`,
	}, nil},
}
