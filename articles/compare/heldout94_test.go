package compare

// heldOutKachchan is a blind held-out set of ten events written without
// reading the extraction or matching code: an escalator that ran backwards
// in a Portuguese metro, a French optician chain buying a German one, a
// chlorine gas leak at a Swiss indoor pool, a French citizen-science count
// of glow-worms, a driverless shuttle trial in a Portuguese town, a coffee
// roaster's new plant, playgrounds closed for lead paint in Luxembourg, a
// fireball over the Channel, a cross-border cycle bridge over the Rhine and
// a Bavarian mattress maker's insolvency. Reports are in Portuguese,
// English, French and German.
//
// Six contradictions are planted, one each, none in a first paragraph and
// each in the report whose language is the minority in its event: the
// escalator's length (French report, third paragraph: 34 m against 24 m),
// the takeover price (French, third paragraph: €310 million against €280
// million), the glow-worms' fall (German, second paragraph: 31% against
// 21%), the plant's opening date (English, third paragraph: 19 September
// against 12 September), the amateur astronomer's age (French, fourth
// paragraph: 63 against 68) and how long the mattress production stood
// still (English, third paragraph: three weeks against two).
//
// The pool, the shuttle, the playgrounds and the bridge hold none. The
// traps: rounding and hedges ("près d'un demi-million" for €450,000,
// "près de 50 pompiers" for 45, "shortly after 3pm" for 15.20, "une
// quinzaine de kilomètres", "about a third" for 35%, "about 50% more" for
// 14.6 against 9.8 million, "près de 5 millions de plus"), number formats (1 850, 1850, 1,850; 4.800; 3,2 km), units
// (two miles for 3.2 km, 15 mph for 25 km/h, 38,000 mph and 61 000 km/h for
// 17 km/s, 17 miles for 28 km, $302 million for €280 million), a time given
// in BST against the French 22h17, parts and totals (4 of 23 injured
// seriously and the other 19; 212 + 640 = 852 stores; €95 million of debt
// in the price; 370 + 60 = 430 staff; 9 of 23 playgrounds closed, 14 open;
// 17 of 61 samples; the EU's half, €4.1 and €3.2 million of €14.6 million;
// 610 Breton volunteers of 4,300; €840,000 as 60% of €1.4 million; 11 of
// 15 passengers seated), previous values ("up from" 219, 12,000 tonnes,
// 310 staff, 88 million in 2026, 9.8 million in 2021, 14,900 in 2019),
// background figures of other years (nine hurt in a 2017 escalator
// accident, twelve sent to hospital by a 2011 chlorine leak), two or three
// people's ages in one event (71 and 9; 56 and 49; 79 and 44; 34 and 58;
// 61 and 52), figures in quotes (a 30-kilo roaster, ten minutes, eleven
// days), the 38% fewer glow-worms near lamps beside the 21% fall, titles
// by synonym (presidente/chairman/président, Vorstandschef/chief
// executive/présidente, Bürgermeisterin/bourgmestre/mayor), and a works
// meeting on Tuesday after the Monday filing.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and
// 2 false disagreements. It found the escalator's length, the takeover
// price, the glow-worms' fall and the opening date. It missed the
// astronomer's age (the French 63 years of "Yannick Le Goff" and the
// English 68 years of the "retired" teacher were kept as two facts, never
// set against each other) and the mattress production's stop (the English
// three weeks and the German two weeks stood as separate durations). It
// flagged falsely the place of the "people" in the fireball event (Jersey,
// where the Channel Islands report's hundreds saw it, against France in the
// two others) and the count of "Beschäftigten" in the insolvency (the local
// paper's 370 at the home plant against the group's 430, a part against
// its total). The values in wrong were already in the shapes the output
// shows; none was respelled. As the run flagged two false disagreements,
// the set's maximum in heldOutSets is 2.
//
// Fixed after, so the set is held out no longer: an age in an apposition
// after a full name ("Yannick Le Goff, a 68-year-old retired teacher"): 5/6
// flagged, 2 false.
//
// Fixed after again: a German length in one word ("zweiwöchige"), a rule
// written for the Kona set, found k10en.txt's 3 weeks against 2 weeks:
// 6/6 flagged, 2 false.
//
// Fixed after again: a figure that another source of its fact also writes
// in its own paragraph is that thing, no rival (a rule written for the
// Terral set: "11 mil habitantes" beside "4,300 of the municipality's
// 11,000 residents"): 6/6 flagged, 1 false.
var heldOutKachchan = []heldOutEvent{
	{"escalator-reverses", map[string]string{
		"k1pt.txt": `pt|Escada rolante avaria no metro de Penalta e faz 23 feridos

Penalta, 09 nov 2029 (Lusa) - Vinte e três pessoas ficaram feridas, quatro delas com gravidade, ao fim da tarde de hoje, quando uma escada rolante da estação Praça Nova do Metro de Penalta inverteu subitamente o sentido de marcha em plena hora de ponta, informou a Proteção Civil.

O acidente ocorreu cerca das 18:40. A escada, com 24 metros de comprimento, transportava dezenas de passageiros para a superfície quando começou a descer a grande velocidade, provocando uma queda em cadeia na base.

Entre os feridos graves estão uma mulher de 71 anos e uma criança de 9 anos, transportadas para o Hospital de São Teotónio. Os restantes 19 feridos sofreram escoriações e contusões ligeiras.

"A última inspeção foi feita há onze dias e não detetou qualquer anomalia", disse o presidente do conselho de administração do Metro de Penalta, Joaquim Serôdio, que anunciou um inquérito interno. As outras três escadas rolantes da estação foram desligadas por precaução.

A estação Praça Nova é utilizada por cerca de 14 mil passageiros por dia.`,
		"k1pt2.txt": `pt|Pânico na Praça Nova: escada rolante do metro "desce sozinha" e fere mais de vinte pessoas

Diário de Penalta | Local

Atualizado 10/11/2029, 08:15

Foram momentos de pânico os que se viveram sexta-feira, por volta das 18h40, na estação Praça Nova. Uma das quatro escadas rolantes da estação, instalada em 1998, inverteu o sentido e atirou dezenas de pessoas umas contra as outras.

Ao todo, 23 pessoas receberam assistência; quatro foram levadas em estado grave para o Hospital de São Teotónio, entre elas uma idosa de 71 anos e um menino de 9 anos. "Vi as pessoas a cair umas por cima das outras, foi horrível", contou ao Diário de Penalta Marta Figueiró, 34 anos, que esperava na plataforma.

O presidente do Metro de Penalta, Joaquim Serôdio, garantiu que a escada de 24 metros tinha sido inspecionada há 11 dias. Em 2017, um acidente semelhante na estação Largo do Carmo fez nove feridos ligeiros.

A estação mantém-se aberta, mas as restantes escadas rolantes estão paradas até nova ordem.

Partilhar | Comentários (12)`,
		"k1en.txt": `en|Escalator runs backwards in Penalta metro rush hour, injuring 23

By our staff reporter | 10 November 2029

Twenty-three people were hurt on Friday evening when an escalator at Praça Nova station on the Penalta metro in northern Portugal suddenly changed direction and ran backwards at rush hour, civil protection officials said.

Four were seriously injured, among them a 71-year-old woman and a boy aged nine, and were taken to São Teotónio hospital. The other 19 had cuts and bruises.

The 24-metre escalator, installed in 1998, had been inspected 11 days earlier, said Joaquim Serôdio, chairman of the metro operator. "Nothing abnormal was found," he said. The company has opened an internal inquiry and switched off the station's three other escalators.

Around 14,000 passengers use Praça Nova every day.`,
		"k1fr.txt": `fr|Portugal : un escalator du métro de Penalta fait marche arrière, 23 blessés

Penalta (Portugal), 10 nov. 2029 (AFP) - Vingt-trois personnes ont été blessées vendredi soir à Penalta, dans le nord du Portugal, lorsqu'un escalator de la station de métro Praça Nova s'est brusquement mis à descendre en pleine heure de pointe, selon la protection civile.

Quatre blessés sont dans un état grave, dont une femme de 71 ans et un garçon de neuf ans, hospitalisés à l'hôpital São Teotónio.

L'escalator, long de 34 mètres et installé en 1998, avait été inspecté onze jours plus tôt, a assuré le président du Metro de Penalta, Joaquim Serôdio, qui a ouvert une enquête interne. Les trois autres escalators de la station ont été mis à l'arrêt par précaution.

La station est fréquentée par quelque 14 000 voyageurs par jour.`,
	}, map[string][2]string{"k1fr.txt": {"34 m", "24 m"}}},
	{"optician-takeover", map[string]string{
		"k2de.txt": `de|Französische Marquand-Gruppe übernimmt Kessler Optik

Heddenhausen (dpa) - Die Optikerkette Kessler Optik aus dem ostwestfälischen Heddenhausen wird französisch. Die Pariser Lunetterie Marquand übernimmt das Familienunternehmen für 280 Millionen Euro einschließlich Schulden, wie beide Seiten am Mittwoch mitteilten.

Kessler betreibt 212 Filialen in Deutschland und beschäftigt rund 1850 Mitarbeiter. Der Umsatz stieg im vergangenen Jahr auf 236 Millionen Euro, nach 219 Millionen Euro im Jahr davor. Zusammen kommen beide Ketten auf 852 Geschäfte in drei Ländern.

"Wir bleiben eine eigenständige Marke mit Sitz in Heddenhausen", sagte Kessler-Vorstandschef Thomas Brückner (56). Betriebsbedingte Kündigungen seien bis Ende 2031 ausgeschlossen.

Das Bundeskartellamt muss der Übernahme noch zustimmen. Der Abschluss wird bis Ende September erwartet.`,
		"k2de2.txt": `de|Kessler Optik geht an Franzosen – Jobs bis 2031 sicher

Wirtschaft regional

Von Sabine Overbeck

Heddenhausen. Es ist das Ende einer Ära: Nach 71 Jahren in Familienbesitz wird Kessler Optik verkauft. Käufer ist die französische Lunetterie Marquand, Europas drittgrößte Optikerkette mit 640 Filialen in Frankreich und Belgien.

Der Kaufpreis beträgt 280 Mio. Euro, davon entfallen 95 Mio. Euro auf die Übernahme von Schulden. Die Familie Kessler, die knapp drei Viertel der Anteile hält, hatte seit dem vergangenen Herbst einen Käufer gesucht.

"Für unsere 1850 Beschäftigten ist das eine gute Nachricht", sagte Vorstandschef Thomas Brückner. Marquand-Chefin Claire Anouilh (49) kündigte an, in den kommenden drei Jahren 60 neue Kessler-Filialen zu eröffnen.

Firmengründer Heinrich Kessler hatte das erste Geschäft 1958 in der Heddenhausener Bahnhofstraße eröffnet.

Mehr zum Thema: Innenstadt – Leerstand sinkt`,
		"k2en.txt": `en|France's Marquand to buy German optician chain Kessler for 280 million euros

PARIS/BERLIN, May 16 (Reuters) - French eyewear retailer Lunetterie Marquand agreed on Wednesday to buy German family-owned optician chain Kessler Optik for 280 million euros ($302 million) including debt, creating a group with 852 stores.

Kessler, founded in 1958, runs 212 shops in Germany and employs about 1,850 people. Its sales rose 7.8% to 236 million euros last year.

Marquand, which has 640 stores in France and Belgium, plans to open 60 more Kessler shops over the next three years, chief executive Claire Anouilh, 49, told reporters. Kessler CEO Thomas Brückner, 56, will stay on.

The deal, which needs approval from Germany's Federal Cartel Office, is expected to close by the end of September.

(Reporting by Camille Dufresne; Editing by Mark Holloway)`,
		"k2fr.txt": `fr|Lunetterie Marquand s'offre l'allemand Kessler Optik

Distribution | Par Julien Rocamora

Publié le 16 mai 2029 à 19:02

Le numéro trois européen de l'optique franchit le Rhin. Lunetterie Marquand a annoncé mercredi le rachat de Kessler Optik, une chaîne familiale allemande de 212 magasins, qui emploie environ 1 850 salariés.

« C'est l'acquisition la plus importante de notre histoire », a souligné la présidente de Marquand, Claire Anouilh, 49 ans. Le groupe, qui compte 640 points de vente en France et en Belgique, prévoit d'ouvrir 60 magasins Kessler supplémentaires d'ici trois ans.

L'opération valorise Kessler à 310 millions d'euros, dette comprise. Le chiffre d'affaires de l'enseigne allemande a progressé de 7,8 % l'an dernier, à 236 millions d'euros.

La finalisation, soumise au feu vert de l'Office fédéral allemand des ententes, est attendue d'ici à la fin septembre.`,
	}, map[string][2]string{"k2fr.txt": {"€310 million", "€280 million"}}},
	{"pool-chlorine-leak", map[string]string{
		"k3de.txt": `de|Chlorgas-Austritt im Hallenbad Oberrüttenen: 31 Personen betreut

Aargau | Aktualisiert vor 2 Stunden

Im Hallenbad von Oberrüttenen AG ist am Samstagnachmittag Chlorgas ausgetreten. Rund 180 Badegäste mussten das Bad verlassen, 31 Personen wurden vor Ort von Sanitätern betreut. Sechs von ihnen, darunter vier Kinder, kamen mit Atemwegsreizungen ins Spital.

Laut Kantonspolizei war beim Nachfüllen der Dosieranlage gegen 15.20 Uhr ein Fehler passiert: Ein 34-jähriger Mitarbeiter hatte versehentlich zwei Chemikalien vermischt. Er blieb unverletzt.

"Wir hatten innerhalb von zehn Minuten alle draussen", sagte Badmeister Urs Amsler (58). Die Feuerwehr war mit 45 Einsatzkräften vor Ort und lüftete das Gebäude bis in den Abend.

Das Bad bleibt mindestens bis Mittwoch geschlossen. Es war 2016 für 12,5 Millionen Franken saniert worden. Bereits 2011 hatte ein Chlorunfall im selben Bad zwölf Personen ins Spital gebracht.`,
		"k3fr.txt": `fr|Fuite de chlore dans une piscine argovienne : 31 personnes prises en charge

Oberrüttenen (AG) (ats) - Une fuite de chlore gazeux s'est produite samedi après-midi à la piscine couverte d'Oberrüttenen, en Argovie. Quelque 180 baigneurs ont été évacués et 31 personnes ont été prises en charge par les secours, a indiqué la police cantonale.

Six personnes, dont quatre enfants, ont été transportées à l'hôpital avec des irritations des voies respiratoires. Leurs jours ne sont pas en danger.

Selon les premiers éléments, un employé de 34 ans a mélangé par erreur deux produits chimiques en remplissant l'installation de dosage, vers 15h20. Près de 50 pompiers sont intervenus.

La piscine restera fermée au moins jusqu'à mercredi.`,
		"k3en.txt": `en|Chlorine gas leak at Swiss pool sends six to hospital

Around 180 swimmers were evacuated from an indoor pool in Oberrüttenen, in the canton of Aargau, on Saturday afternoon after chlorine gas escaped from the water treatment system, police said.

Paramedics treated 31 people at the scene and six, four of them children, were taken to hospital with breathing problems.

A 34-year-old employee had mixed two chemicals by mistake while refilling the dosing unit shortly after 3pm, according to the cantonal police. "We had everyone out within ten minutes," said pool manager Urs Amsler, 58.

The pool, renovated in 2016 at a cost of 12.5 million Swiss francs, will stay closed until at least Wednesday.`,
	}, nil},
	{"glow-worm-count", map[string]string{
		"k4fr.txt": `fr|Les vers luisants ont reculé de 21 % en dix ans en France

Sciences | Biodiversité

Les vers luisants se font plus rares dans les jardins et les lisières françaises. Selon une étude de l'Institut d'écologie de Valbrune publiée mardi, le nombre d'observations de ces coléoptères lumineux a chuté de 21 % entre 2019 et 2028.

Les 4 300 bénévoles de l'« Opération Lampyre » ont recensé 11 800 vers luisants l'été dernier sur 1 160 sites, contre 14 900 lors de la première campagne, en 2019.

Le déclin est nettement plus marqué près des éclairages publics : les sites situés à moins de 500 mètres d'un lampadaire comptent 38 % d'individus en moins que les autres. « La femelle émet de la lumière pour attirer le mâle ; l'éclairage artificiel brouille ce signal », explique l'écologue Élodie Marchal, qui a coordonné l'étude.

Les chercheurs recommandent d'éteindre l'éclairage public entre 23 heures et 5 heures.`,
		"k4fr2.txt": `fr|Biodiversité. Moins de vers luisants : les bénévoles bretons mis à contribution

Les vers luisants ont perdu un cinquième de leurs effectifs depuis 2019, selon l'Opération Lampyre, un programme de sciences participatives piloté par l'Institut d'écologie de Valbrune. En Bretagne, 610 bénévoles ont participé au comptage l'été dernier.

Au niveau national, 11 800 individus ont été observés en 2028, contre 14 900 en 2019, soit une baisse de 21 %. Près des lampadaires, on compte 38 % de vers luisants en moins qu'ailleurs.

« Chacun peut agir en éteignant ses lumières extérieures la nuit », souligne Élodie Marchal, responsable du programme. La campagne 2029 débute le 15 juin.`,
		"k4en.txt": `en|Glow-worms in steep decline across France, citizen science study finds

Numbers of glow-worms seen in France have fallen by about a fifth since 2019, according to a study based on counts by thousands of volunteers, with the sharpest losses close to street lights.

Volunteers for the Opération Lampyre programme recorded 11,800 glow-worms at 1,160 sites last summer, down from 14,900 in the first survey in 2019, a fall of 21%, researchers at the Valbrune Institute of Ecology reported on Tuesday.

Sites within 500 metres of a street lamp had 38% fewer glow-worms than darker ones. "The female glows to attract a male, and artificial light drowns out that signal," said Élodie Marchal, the ecologist who led the study.

About 4,300 people took part in the 2028 count. The researchers urge towns to switch off public lighting between 11pm and 5am.`,
		"k4de.txt": `de|Frankreich: Glühwürmchen werden deutlich seltener

Wissenschaft

In Frankreich gibt es immer weniger Glühwürmchen. Das zeigt eine Auswertung von Zählungen durch Tausende Freiwillige, die das Institut für Ökologie in Valbrune am Dienstag vorgestellt hat.

Im vergangenen Sommer zählten rund 4300 Helferinnen und Helfer an 1160 Standorten 11.800 Tiere, 2019 waren es noch 14.900 gewesen – ein Rückgang um 31 Prozent. Besonders stark betroffen sind Standorte in der Nähe von Straßenlaternen: Im Umkreis von 500 Metern um eine Laterne fanden die Freiwilligen 38 Prozent weniger Glühwürmchen als anderswo.

"Das Weibchen leuchtet, um Männchen anzulocken, künstliches Licht überstrahlt dieses Signal", erklärt die Ökologin Élodie Marchal.

Die Forscher empfehlen, die Straßenbeleuchtung zwischen 23 und 5 Uhr abzuschalten.`,
	}, map[string][2]string{"k4de.txt": {"31%", "21%"}}},
	{"driverless-shuttle", map[string]string{
		"k5pt.txt": `pt|Miniautocarro sem condutor começa a circular em Serradela

Mobilidade

Serradela, 31 ago 2029 - O primeiro miniautocarro elétrico sem condutor em serviço regular em Portugal começa a transportar passageiros na segunda-feira em Serradela, no distrito de Aveiro, numa fase experimental de seis meses.

O veículo, fabricado pela empresa Rodamotiva, percorre um circuito de 3,2 quilómetros entre a estação ferroviária e o hospital, com sete paragens, a uma velocidade máxima de 25 km/h. Tem lugar para 15 passageiros, 11 dos quais sentados.

O projeto custa 1,4 milhões de euros, 60% dos quais financiados por fundos europeus. Durante os primeiros três meses viajará sempre a bordo um operador de segurança, que pode travar o veículo a qualquer momento.

"Queremos perceber se esta tecnologia serve uma cidade média como a nossa", afirmou a presidente da Câmara, Helena Calado. A viagem será gratuita durante o período de testes.`,
		"k5en.txt": `en|Portugal's first driverless bus to start carrying passengers in Serradela

A self-driving electric minibus will begin a six-month trial in the town of Serradela, in Aveiro district, on Monday, in what local officials say is the first such service open to the public in Portugal.

The shuttle, which carries up to 15 passengers, will run a two-mile (3.2 km) route between the railway station and the hospital with seven stops, at a top speed of 25 km/h (about 15 mph).

Built by Portuguese firm Rodamotiva, the vehicle will carry a safety operator for the first three months. The trial costs €1.4 million, of which about €840,000 comes from EU funds.

"We want to know whether this technology works for a mid-sized town like ours," said mayor Helena Calado. Rides will be free during the trial.`,
		"k5fr.txt": `fr|Au Portugal, une navette sans chauffeur entre en service à Serradela

Transports | Innovation

Une navette électrique autonome commencera lundi à transporter des passagers à Serradela, ville moyenne du centre du Portugal, pour une expérimentation de six mois – une première dans le pays.

D'une capacité de 15 passagers, le véhicule construit par la société portugaise Rodamotiva reliera la gare au centre hospitalier en 3,2 km et sept arrêts, sans dépasser 25 km/h. Un opérateur de sécurité restera à bord pendant les trois premiers mois.

Le projet, d'un coût de 1,4 million d'euros, est financé à 60 % par l'Union européenne. Le trajet sera gratuit pendant toute la durée de l'essai, a précisé la maire de Serradela, Helena Calado.`,
	}, nil},
	{"coffee-roaster-plant", map[string]string{
		"k6pt.txt": `pt|Cafés Brites investe 38 milhões e duplica capacidade

Empresas

Por Nuno Várzea

A torrefatora minhota Cafés Brites vai investir 38 milhões de euros numa nova fábrica em Ponte de Arcela, que permitirá duplicar a capacidade de produção para 24 mil toneladas de café por ano, anunciou ontem a empresa.

A nova unidade, que será inaugurada a 12 de setembro, vai criar 120 postos de trabalho, elevando o número de trabalhadores de 310 para 430.

A empresa faturou 96,5 milhões de euros no ano passado, mais 8,4% do que em 2027. As exportações, sobretudo para Espanha e França, representam 35% das vendas.

"Queremos estar entre os três maiores do país em 2032", disse a presidente executiva, Rita Brites, de 44 anos, filha do fundador.`,
		"k6pt2.txt": `pt|Nova fábrica da Cafés Brites abre em setembro com 120 novos empregos

Ponte de Arcela

A Cafés Brites, fundada em 1971 por Américo Brites, hoje com 79 anos, apresentou na terça-feira o projeto da nova fábrica na zona industrial de Ponte de Arcela. O investimento ascende a 38 milhões de euros.

A inauguração está marcada para 12 de setembro. Com a nova unidade, a capacidade de torrefação passa de 12 mil para 24 mil toneladas anuais e a empresa contratará 120 pessoas.

"O meu pai começou com uma torradora de 30 quilos numa garagem", recordou Rita Brites, que lidera a empresa desde 2019. O presidente da câmara, Albano Ferreira, falou num "dia histórico para o concelho".`,
		"k6en.txt": `en|Coffee roaster Brites to double capacity with €38m plant

Portuguese coffee roaster Cafés Brites will invest €38 million in a new factory in Ponte de Arcela, in the northern Minho region, doubling its annual capacity to 24,000 tonnes, the company said on Tuesday.

The plant will add 120 jobs, taking the workforce to 430. Sales rose 8.4% last year to €96.5 million, with exports, mainly to Spain and France, making up about a third.

The factory is due to open on 19 September, chief executive Rita Brites, 44, said. Her father Américo, 79, founded the company in 1971 with a single 30-kilo roaster in a garage.`,
	}, map[string][2]string{"k6en.txt": {"19 September", "12 September"}}},
	{"playground-lead-paint", map[string]string{
		"k7de.txt": `de|Bleihaltige Farbe: Kaerchdall sperrt neun Spielplätze

Lokales | Ösling

Die Gemeinde Kaerchdall hat neun ihrer 23 Spielplätze vorübergehend gesperrt. Bei Laboranalysen waren in der Farbe älterer Holzspielgeräte hohe Bleiwerte festgestellt worden, wie Bürgermeisterin Nadine Schartz am Donnerstag mitteilte.

Im März hatte die Gemeinde 61 Proben nehmen lassen, 17 davon lagen über dem Grenzwert. Der höchste gemessene Wert betrug 4800 Milligramm pro Kilogramm. Betroffen sind Geräte, die zwischen 1994 und 2003 aufgestellt worden waren.

"Die Gesundheit der Kinder geht vor", sagte Schartz. Die Spielplätze sollen mindestens sechs Wochen geschlossen bleiben. Der Austausch der Geräte kostet nach ersten Schätzungen rund 450.000 Euro.

Die Gesundheitsdirektion stuft das Risiko als gering ein. Eltern können ihre Kinder dennoch kostenlos auf Blei testen lassen.`,
		"k7fr.txt": `fr|Du plomb dans la peinture: neuf aires de jeux fermées à Kaerchdall

LUXEMBOURG – La commune de Kaerchdall a fermé jeudi neuf de ses 23 aires de jeux, après la découverte de plomb dans la peinture de vieux équipements en bois.

Sur les 61 échantillons prélevés en mars, 17 dépassaient la valeur limite, jusqu'à 4 800 mg/kg. «La santé des enfants passe avant tout», a déclaré la bourgmestre, Nadine Schartz.

Les aires resteront fermées au moins six semaines. Le remplacement des équipements, installés entre 1994 et 2003, coûtera près d'un demi-million d'euros, selon une première estimation.

Pour la Direction de la santé, le risque est faible. Les parents qui le souhaitent peuvent faire tester gratuitement leurs enfants.`,
		"k7en.txt": `en|Lead paint found on playgrounds: Kaerchdall closes nine of 23

Kaerchdall has shut nine of its 23 playgrounds after tests found high levels of lead in paint on old wooden play equipment, mayor Nadine Schartz said on Thursday.

Seventeen of 61 samples taken in March were over the legal limit, with the highest reading 4,800 milligrams per kilogram. The affected climbing frames and swings were installed between 1994 and 2003.

The playgrounds will stay closed for at least six weeks while the equipment is replaced, at an estimated cost of €450,000. Fourteen playgrounds remain open.

The health directorate said the risk to children was low but parents can have them tested for lead free of charge.`,
	}, nil},
	{"channel-fireball", map[string]string{
		"k8en.txt": `en|Bright fireball lights up Channel Islands sky

Hundreds of people in Jersey and Guernsey reported seeing a brilliant fireball streak across the sky on Tuesday night.

The object, thought to be a small piece of asteroid about 40cm across, was visible for around five seconds at about 21:17 BST.

French researchers said it broke up about 28km (17 miles) above the sea off the Brittany coast. More than 700 sightings were reported across France, the UK, Belgium and the Channel Islands.

"It was like a green flare coming down, then it just burst," said Paul Mauger, who saw it from St Ouen's Bay.

Any fragments are thought to have fallen into the sea.`,
		"k8en2.txt": `en|Fireball over the Channel was a 40cm space rock, say astronomers

Science

A fireball seen by hundreds of people in France and southern England on Tuesday night was caused by a rock about 40cm wide entering the atmosphere at more than 38,000mph, astronomers have said.

Cameras of the Météor-Ouest network in Brittany tracked the object for 5.2 seconds before it exploded about 28km above the sea, some 15km off the coast near Port-Kerlaz, said Sophie Tanguy, an astrophysicist at the Kerbrat Observatory.

"It is extremely unlikely anyone will find a meteorite from this one, because everything fell into the water," Tanguy said. More than 700 witness reports were logged within 24 hours.

Among the best footage is a video shot by Yannick Le Goff, a 68-year-old retired teacher, from his garden in Plouvenan.`,
		"k8fr.txt": `fr|Un bolide traverse le ciel breton : « C'était comme en plein jour »

Côtes-d'Armor | Publié le 13/06/2029 à 11h40

Un bolide d'une rare intensité a illuminé le ciel de l'Ouest mardi soir, vers 22h17. Plus de 700 témoignages ont été recueillis en France, au Royaume-Uni, en Belgique et dans les îles Anglo-Normandes.

Selon Sophie Tanguy, astrophysicienne à l'observatoire de Kerbrat, il s'agissait d'un fragment d'astéroïde d'environ 40 cm, entré dans l'atmosphère à 17 km/s, soit quelque 61 000 km/h. Il s'est désintégré à environ 28 km d'altitude, au-dessus de la mer, à une quinzaine de kilomètres au large de Port-Kerlaz.

Six caméras du réseau Météor-Ouest ont enregistré sa trajectoire. « Les éventuelles météorites sont tombées à l'eau », regrette la scientifique.

À Plouvenan, Yannick Le Goff, 63 ans, professeur de physique à la retraite, a filmé la scène depuis son jardin. « J'ai cru que c'était un feu d'artifice », raconte-t-il.`,
		"k8de.txt": `de|Feuerkugel über dem Ärmelkanal

Wissenschaft | Weltall

Ein heller Meteor hat am Dienstagabend um 22.17 Uhr den Himmel über Nordwestfrankreich und Südengland erleuchtet. Mehr als 700 Menschen meldeten die Sichtung.

Nach Angaben französischer Astronomen war das Objekt etwa 40 Zentimeter groß und drang mit rund 17 Kilometern pro Sekunde in die Erdatmosphäre ein. In etwa 28 Kilometern Höhe zerbrach es über dem Meer, rund 15 Kilometer vor der bretonischen Küste.

Meteoriten werden nicht erwartet: Mögliche Bruchstücke seien ins Wasser gefallen, sagte die Astrophysikerin Sophie Tanguy.`,
	}, map[string][2]string{"k8fr.txt": {"63 years", "68 years"}}},
	{"rhine-cycle-bridge", map[string]string{
		"k9de.txt": `de|Neue Radbrücke verbindet Rheinau-Süd und Ottenwihr

Ortenau | Von Michael Stölzle

Mit einem Volksfest haben am Samstag rund 3000 Menschen die neue Fuß- und Radwegbrücke über den Rhein zwischen Rheinau-Süd und dem elsässischen Ottenwihr eröffnet. Die 310 Meter lange und 4,5 Meter breite Brücke ist zwei Jahre später fertig geworden als geplant.

Auch teurer ist sie geworden: Statt der 2021 geschätzten 9,8 Millionen Euro kostete der Bau 14,6 Millionen Euro. Die Hälfte trägt die EU, 4,1 Millionen Euro übernimmt die deutsche, 3,2 Millionen Euro die französische Seite.

"Das ist ein Stück gelebtes Europa", sagte Bürgermeister Ralf Eberhardt. Bisher mussten Radfahrer einen Umweg von elf Kilometern über die Straßenbrücke bei Kappelrhein nehmen.

Die Planer rechnen mit 2500 Radfahrern pro Tag.`,
		"k9fr.txt": `fr|Ottenwihr - Rheinau-Süd : la passerelle cyclable enfin inaugurée

Alsace | Transfrontalier

Elle était attendue depuis deux ans. La passerelle cyclable et piétonne reliant Ottenwihr à Rheinau-Süd, sur la rive allemande du Rhin, a été inaugurée samedi en présence de quelque 3 000 personnes.

Longue de 310 mètres, l'ouvrage a coûté 14,6 millions d'euros, soit près de 5 millions de plus que prévu. L'Union européenne en finance 50 %, le reste étant partagé entre les partenaires allemands (4,1 millions) et français (3,2 millions).

« Nos deux communes ne sont plus qu'à quelques coups de pédale », s'est réjouie la maire d'Ottenwihr, Anne-Sophie Wurtz. Les cyclistes devaient jusqu'ici faire un détour de 11 km par le pont routier de Kappelrhein.

On attend 2 500 passages de vélos par jour.`,
		"k9en.txt": `en|New cycle bridge across the Rhine links German and French towns

A 310-metre pedestrian and cycle bridge across the Rhine between Rheinau-Süd in Germany and Ottenwihr in France opened on Saturday, two years later than planned.

The bridge cost €14.6 million, about 50% more than the €9.8 million estimated in 2021. Half was paid by the EU.

It spares cyclists an 11 km (7-mile) detour via the road bridge at Kappelrhein, and planners expect around 2,500 cyclists a day. "This is Europe you can ride across," said Rheinau-Süd mayor Ralf Eberhardt.`,
	}, nil},
	{"mattress-maker-insolvency", map[string]string{
		"k10de.txt": `de|Matratzenhersteller Schlafwerk ist insolvent

Oberwessling (dpa/lby) - Der niederbayerische Matratzenhersteller Schlafwerk hat Insolvenz angemeldet. Das Amtsgericht Landshut bestellte am Montag die Münchner Rechtsanwältin Katrin Vossberg zur vorläufigen Insolvenzverwalterin, wie das Unternehmen mitteilte.

Der Geschäftsbetrieb läuft weiter. Die Löhne und Gehälter der 430 Beschäftigten sind über das Insolvenzgeld für drei Monate gesichert. Davon arbeiten 370 am Stammsitz in Oberwessling und 60 in einem Werk im portugiesischen Paços de Ferreira.

Schlafwerk hatte zuletzt unter hohen Energiekosten und schwacher Nachfrage gelitten. Der Umsatz sank 2028 auf 71 Millionen Euro, nach 88 Millionen Euro im Jahr 2026. Im November stand die Produktion zwei Wochen still, weil ein Schaumstofflieferant ausgefallen war.

Vossberg will nun einen Investor suchen.`,
		"k10de2.txt": `de|Schlafwerk-Insolvenz: Bangen um 370 Jobs in Oberwessling

Region | Von Thomas Kargl

Oberwessling. Für die Belegschaft kam die Nachricht nicht überraschend, hart trifft sie trotzdem: Schlafwerk, seit 1936 in Oberwessling ansässig und mit 370 Beschäftigten größter Arbeitgeber der Marktgemeinde, ist zahlungsunfähig. Am Montag hat das Amtsgericht Landshut das vorläufige Insolvenzverfahren eröffnet.

"Wir haben bis zuletzt um jede Lösung gekämpft", sagte Geschäftsführer Markus Haindl (61), Enkel des Firmengründers, bei einer Betriebsversammlung am Dienstag. Die zweiwöchige Zwangspause im November nach der Pleite eines Zulieferers habe das Unternehmen "endgültig aus der Bahn geworfen".

Umsatzrückgang: von 88 Mio. Euro (2026) auf 71 Mio. Euro im vergangenen Jahr. Die vorläufige Insolvenzverwalterin Katrin Vossberg (52) sieht "gute Chancen für eine Fortführung".

Bürgermeister Anton Wimmer sprach von einem "schwarzen Tag für Oberwessling".`,
		"k10en.txt": `en|German mattress maker Schlafwerk files for insolvency

Bavarian mattress manufacturer Schlafwerk has filed for insolvency, with the district court in Landshut appointing Munich lawyer Katrin Vossberg as provisional administrator on Monday.

The family-owned company, founded in 1936, employs 430 people, including 60 at a plant in Paços de Ferreira, northern Portugal. Operations are continuing and wages are covered by Germany's state insolvency fund for three months.

Sales fell to €71 million last year from €88 million in 2026, hit by high energy costs and weak demand. Production was halted for three weeks in November when a foam supplier collapsed, managing director Markus Haindl, 61, said.

Vossberg said she would start looking for an investor immediately.`,
		"k10pt.txt": `pt|Insolvência da alemã Schlafwerk deixa em suspenso 60 postos de trabalho em Paços de Ferreira

Economia | Paços de Ferreira

O fabricante alemão de colchões Schlafwerk apresentou-se à insolvência na Alemanha, o que deixa em suspenso o futuro dos 60 trabalhadores da sua fábrica em Paços de Ferreira.

Segundo a empresa, a atividade continua normalmente em ambas as fábricas enquanto a administradora judicial provisória, Katrin Vossberg, procura um investidor. O grupo emprega 430 pessoas no total.

A Schlafwerk faturou 71 milhões de euros em 2028, contra 88 milhões dois anos antes. "Por agora não há qualquer alteração para os trabalhadores portugueses", disse ao nosso jornal o diretor da unidade portuguesa, Rui Meireles.

A fábrica de Paços de Ferreira foi inaugurada em 2011.`,
	}, map[string][2]string{"k10en.txt": {"3 weeks", "2 weeks"}}},
}
