package compare

// heldOutCalima is a blind held-out set of ten events, written without
// reading the extraction or matching code, in the mix of national and
// regional news a reader's feed holds: a Portuguese club fined over racist
// chants, a sheep pox cull in the Aveyron, a fatal quarry rockfall in the
// Swabian Jura, a Burgundy charity wine auction, a Porto bus drivers' pay
// deal, hospital parking charges in Luxembourg, a German student drowned in
// the Loire, the European bridge championships in Estoril, the breakthrough
// of an Austrian rail tunnel and a cut in the Belgian mounted police. The
// reports are in French, Portuguese, German and English.
//
// Six contradictions are planted, one each in six events, none in a first
// paragraph: a count of farms in a protection zone (17 against 11, in the
// one German report of four), an age (53 against 58, in the one English
// report of three), a percentage (5.4% against 4.5%, in the second of two
// Portuguese reports), a weekday (the body found on Tuesday against Monday,
// in the one German report), a year (the championships last held in
// Portugal in 1978 against 1987, in the one French report) and a distance
// (the tunnel 16.2 km long against 12.6 km, in the one French report, whose
// parts still add up to 12.6). The other four events hold none.
//
// The traps: rounding (about 4,000 against 4,200; near 19,000 and near 10
// million euros against 18,750 and 9.84 million; more than a thousand
// against 1,150), a dollar conversion, number formats of each language,
// durations in other units (21 days against three weeks, 48 hours against
// two days, half an hour against 30 minutes), parts and totals (850 spaces
// of which 120 for staff and 730 for patients; 72 riders of whom 24 move
// and 48 stay; 7.4 and 5.2 km of a 12.6 km tunnel; three matches of which
// two behind closed doors), previous values (11.2 million a year earlier,
// 1,085 euros, 3.2%, 1.4 billion in 2019, 64 horses, 92 in 2015), years of
// background (1964 and 65 years, 2009, 2019, 2021, 2023, 2024, 2027, 2028),
// two people's ages in one report (20 and 21, 91 and 14, 58 and 34), a
// minute in the match (63) beside the stoppage (seven minutes), and titles
// by synonym (présidente du conseil d'administration / chair, directeur
// général / Generaldirektor, commissaire générale / police chief).
//
// Frozen before its first run, which flagged 3 of the 6 contradictions (the
// percentage, the year and the distance) and 1 false disagreement; it
// missed the German report's 17 farms against 11 ("sheep-pox-cull: missed
// k2de.txt's 17 against 11"), the English report's age of 53 against 58
// ("quarry-rockfall-death: missed k3en.txt's 53 years against 58 years"),
// each left in a row of its own, and the German report's Tuesday against
// Monday ("loire-student-drowning: missed k7de.txt's Tuesday against
// Monday"), left as a date of its own; and it flagged as false the new
// fine of 18,750 euros against the fine of 6,000 euros of 2027 in the other
// Portuguese report ("club-fined-racist-chants: false disagreement amount
// \"multado\": k1pt2: 18.750 euros; k1pt: 6.000 euros"). No value of wrong
// was respelled, and the table's limit of 1 false disagreement held.
//
// Fixed after, so the set is held out no longer: a weekday of one known
// happening (found, découvert, entdeckten) is compared across languages;
// German possessives are no subjects: 4/6 flagged, 1 false.
var heldOutCalima = []heldOutEvent{
	{"club-fined-racist-chants", map[string]string{
		"k1pt.txt": `pt|Vilarinho multado em 18.750 euros por cânticos racistas

Desporto | Liga 2

Publicado a 27 fev 2029, 19:40

O Conselho de Disciplina da Federação Portuguesa de Futebol aplicou ao SC Vilarinho uma multa de 18.750 euros e dois jogos à porta fechada, na sequência dos cânticos racistas dirigidos ao avançado Kwame Osei-Mensah durante o jogo com o Atlético Fornelos, a 9 de fevereiro.

O árbitro, Nuno Calheiros, interrompeu a partida durante sete minutos, aos 63 minutos, e mandou ler uma mensagem contra o racismo pelos altifalantes. O Vilarinho venceu por 2-1 perante cerca de 4.200 espectadores.

Além dos dois jogos sem público, a bancada norte do Estádio Municipal das Fontes ficará fechada num terceiro encontro. Em 2027, o clube já tinha sido multado em 6.000 euros por incidentes com petardos.

"Não nos revemos nestes comportamentos", disse o presidente do clube, Armando Seixas, de 61 anos, que admitiu recorrer da decisão no prazo de dez dias. Sete adeptos identificados pela PSP ficam proibidos de entrar em recintos desportivos durante um ano.

Comentários (38)`,
		"k1pt2.txt": `pt|Cânticos racistas: Estádio das Fontes fecha portas em dois jogos

Vila Real - O SC Vilarinho vai disputar os próximos dois jogos em casa sem público e terá de pagar quase 19 mil euros, decidiu o Conselho de Disciplina da FPF, que deu como provados os insultos racistas ao avançado ganês do Atlético Fornelos, Kwame Osei-Mensah, de 24 anos.

Os cânticos ouviram-se na segunda parte do jogo de 9 de fevereiro, que esteve interrompido sete minutos. "Chamaram-me macaco durante meia hora", contou o jogador ao nosso jornal.

Ao todo, o castigo abrange três jogos: dois à porta fechada e um com a bancada norte encerrada. A multa, de 18.750 euros, é mais do triplo da que o clube pagou em 2027.

Armando Seixas, presidente do Vilarinho, admite recorrer. O clube tem dez dias para o fazer.`,
		"k1en.txt": `en|Portuguese club fined, ordered to play behind closed doors over racist chants

LISBON, Feb 27 (Wire) - Portuguese second-tier club SC Vilarinho were fined 18,750 euros ($20,300) on Tuesday and ordered to play two home games behind closed doors after fans racially abused Ghanaian striker Kwame Osei-Mensah, the Portuguese Football Federation's disciplinary council said.

The match against Atletico Fornelos on Feb. 9 was halted for seven minutes in the second half while a message against racism was read over the public address system. About 4,000 fans were in the stadium.

The north stand of the Estadio Municipal das Fontes will also be closed for a third game, the council said. Seven supporters identified by police have been banned from stadiums for a year.

Club president Armando Seixas, 61, said Vilarinho would study an appeal. Osei-Mensah, 24, has scored 11 goals this season.

(Reporting by Ana Lobo; Editing by Mark Devlin)`,
	}, nil},
	{"sheep-pox-cull", map[string]string{
		"k2fr.txt": `fr|Clavelée : un troupeau de 1 350 brebis abattu à Lescure-de-Rance

Aveyron | Agriculture

Publié le 12/09/2029 à 18h05

La préfecture de l'Aveyron a ordonné ce mercredi l'abattage de l'ensemble du troupeau d'un élevage de Lescure-de-Rance, soit 1 350 brebis laitières, après la confirmation d'un foyer de clavelée, une maladie virale très contagieuse pour les ovins mais sans danger pour l'homme.

C'est le premier cas dans le département depuis 1964. L'éleveur, Julien Carrière, 47 ans, avait alerté son vétérinaire samedi après avoir constaté des lésions sur une trentaine de bêtes.

Une zone de protection de 3 km et une zone de surveillance de 10 km ont été mises en place autour de l'exploitation. Les 11 élevages de la zone de protection, qui comptent environ 9 000 ovins, seront visités par les services vétérinaires dans les 48 heures.

« Il faut aller vite », a souligné Claire Bousquet, directrice départementale de la protection des populations. L'éleveur sera indemnisé par l'Etat. La coopérative laitière des Causses, qui collectait son lait, soit 420 000 litres par an, n'est pas concernée par les restrictions.`,
		"k2fr2.txt": `fr|Aveyron: abattage d'un troupeau de brebis après un foyer de clavelée

RODEZ, 12 sept 2029 (AFP) - Quelque 1 350 brebis d'un élevage aveyronnais vont être abattues après la découverte d'un foyer de clavelée, une première dans le département depuis 65 ans, a annoncé mercredi la préfecture.

Onze élevages ovins sont situés dans un rayon de trois kilomètres autour de l'exploitation de Lescure-de-Rance, a précisé la préfecture. Les mouvements d'animaux sont interdits dans un rayon de 10 kilomètres pendant au moins 21 jours.

La clavelée, qui ne se transmet pas à l'homme, avait touché la Grèce et la Bulgarie en 2024, où des centaines de milliers de moutons avaient été abattus.

« C'est un coup de massue », a confié l'éleveur, âgé de 47 ans, qui avait repris l'exploitation de son père en 2009.`,
		"k2de.txt": `de|Schafpocken in Südfrankreich: 1350 Tiere werden gekeult

Rodez (dpa) - In Südfrankreich ist erstmals seit Jahrzehnten wieder die Schafpocken-Seuche aufgetreten. Die Behörden im Département Aveyron ordneten am Mittwoch die Tötung einer ganzen Herde von 1350 Milchschafen in der Gemeinde Lescure-de-Rance an.

Der Landwirt (47) hatte am Samstag Hautveränderungen bei etwa 30 Tieren bemerkt. Für Menschen ist die Krankheit ungefährlich.

Um den Hof wurde eine Schutzzone von drei Kilometern eingerichtet, in der 17 Schafhaltungen mit zusammen rund 9000 Tieren liegen. In einem Umkreis von zehn Kilometern dürfen mindestens drei Wochen lang keine Tiere transportiert werden.

Aus der Region stammt die Milch für den bekannten Roquefort-Käse. Zuletzt hatte die Seuche 2024 in Griechenland und Bulgarien gewütet.`,
		"k2en.txt": `en|French sheep pox outbreak prompts cull of 1,350 ewes

PARIS, Sept 12 - French authorities ordered the slaughter of 1,350 dairy ewes on a farm in the southern Aveyron department on Wednesday after confirming an outbreak of sheep pox, the first in the area since 1964.

A 3 km protection zone and a 10 km surveillance zone have been set up. Around 9,000 sheep are kept on 11 farms inside the protection zone, the local prefecture said, and will be inspected within two days.

Aveyron is the heartland of Roquefort cheese production. Sheep pox, which does not affect humans, led to the culling of several hundred thousand animals in Greece and Bulgaria in 2024.

Farmer Julien Carriere, 47, first noticed lesions on about 30 animals last Saturday.`,
	}, map[string][2]string{"k2de.txt": {"17", "11"}}},
	{"quarry-rockfall-death", map[string]string{
		"k3de.txt": `de|Tödlicher Unfall im Steinbruch bei Hohenstetten

Region | Alb

Freitag, 8. Juni 2029

Bei einem Felssturz im Kalksteinbruch der Firma Gerstner bei Hohenstetten (Alb-Donau-Kreis) ist am Donnerstagvormittag ein 58 Jahre alter Baggerfahrer ums Leben gekommen. Ein 34-jähriger Kollege wurde leicht verletzt.

Nach Angaben der Polizei löste sich gegen 10.40 Uhr ein Teil der rund 45 Meter hohen Abbauwand. Etwa 400 Tonnen Gestein stürzten auf den Bagger. Die Feuerwehr war mit 60 Einsatzkräften vor Ort, die Bergung des Mannes dauerte mehr als vier Stunden.

Der Betrieb im Steinbruch, in dem 120 Menschen arbeiten, ruht bis auf Weiteres. Das Landesamt für Geologie, Rohstoffe und Bergbau und die Berufsgenossenschaft ermitteln zur Unfallursache.

"Wir sind fassungslos", sagte Geschäftsführer Tobias Gerstner. Es ist der zweite tödliche Unfall in dem Werk seit 2019.`,
		"k3de2.txt": `de|Arbeiter stirbt bei Felssturz in Steinbruch

Hohenstetten (dpa/lsw) - Ein Arbeiter ist in einem Steinbruch im Alb-Donau-Kreis von herabstürzendem Gestein erschlagen worden. Der 58-Jährige saß am Donnerstag in seinem Bagger, als sich ein Teil der Felswand löste, wie die Polizei in Ulm mitteilte. Ein 34 Jahre alter Mann erlitt leichte Verletzungen.

Nach ersten Schätzungen gingen mehrere Hundert Tonnen Gestein nieder. Die Ursache ist noch unklar. Ein Gutachter soll die Wand in den kommenden Tagen untersuchen.`,
		"k3en.txt": `en|Excavator driver killed in German quarry rockfall

A worker was killed on Thursday when part of a rock face collapsed at a limestone quarry in southern Germany, police said.

The man was operating an excavator at the foot of the 45-metre face at Kalkwerk Gerstner's site near Hohenstetten, in Baden-Wurttemberg, when about 400 tonnes of rock came down shortly before 11am. Police in Ulm named him only as a 53-year-old from the area. A 34-year-old colleague was slightly hurt.

Rescue teams needed more than four hours to recover the body. Work at the quarry, which employs 120 people, has been halted while mining and safety authorities investigate.

It is the second fatal accident at the site since 2019, according to managing director Tobias Gerstner.`,
	}, map[string][2]string{"k3en.txt": {"53 years", "58 years"}}},
	{"charity-wine-auction", map[string]string{
		"k4fr.txt": `fr|Vente des vins des Hospices de Villecourt : 9,84 millions d'euros

Saône-et-Loire | Viticulture

Publié le 19/11/2029 à 07h30

La 47e vente aux enchères des vins des Hospices de Villecourt a totalisé dimanche 9,84 millions d'euros, frais inclus, pour 312 pièces de vin, contre 11,2 millions l'an dernier, soit une baisse de 12 %.

Le prix moyen d'une pièce (228 litres) s'établit à environ 31 500 euros. « Le marché est plus prudent, mais la salle a répondu présent », s'est félicitée Sophie Marchal, présidente du conseil d'administration des Hospices.

La pièce de charité, un Villecourt premier cru, a été adjugée 290 000 euros au profit de la recherche contre la maladie de Charcot. Le record, établi en 2021, reste de 800 000 euros.

Les acheteurs étrangers ont représenté 60 % des achats, les Américains en tête. Les recettes financent la rénovation de l'hôpital de la ville, qui compte 180 lits.`,
		"k4fr2.txt": `fr|Enchères des Hospices de Villecourt : recul de 12 %

CHALON-SUR-SAONE, 18 nov 2029 (AFP) - La vente aux enchères caritative des Hospices de Villecourt a rapporté près de 10 millions d'euros dimanche, en recul de 12 % sur un an dans un marché du vin en berne, a annoncé la maison de ventes.

Au total, 312 fûts ont trouvé preneur. Le lot de charité s'est vendu 290 000 euros, loin du record de 800 000 euros de 2021.

« Les grands vins de Bourgogne restent recherchés, mais les acheteurs ont fait attention aux prix », a expliqué le commissaire-priseur, Hugues Delorme, 66 ans.`,
		"k4en.txt": `en|Villecourt charity wine auction falls 12% to €9.8m

Auction | News

The 47th Hospices de Villecourt charity auction in Burgundy raised €9.84 million (including buyer's fees) on Sunday 18 November, down from €11.2 million a year earlier.

All 312 barrels were sold, at an average of roughly €31,500 a barrel. The 'president's barrel', sold for charity, went for €290,000 to a Hong Kong collector.

'It was a more cautious room, but a full one,' said Sophie Marchal, chair of the Hospices board.

Overseas buyers accounted for 60% of purchases, led by the United States.`,
		"k4de.txt": `de|Hospices de Villecourt: Weinversteigerung bringt 9,84 Millionen Euro

Wein | International

Bei der 47. Wohltätigkeitsversteigerung der Hospices de Villecourt im Burgund sind am Sonntag 312 Fässer für insgesamt 9,84 Mio. Euro (inklusive Aufgeld) versteigert worden. Im Vorjahr waren es noch 11,2 Mio. Euro gewesen, ein Minus von rund zwölf Prozent.

Im Durchschnitt kostete ein Fass mit 228 Litern etwa 31.500 Euro. Das Benefizfass ging für 290.000 Euro weg; den Rekord hält weiterhin das Jahr 2021 mit 800.000 Euro.

Ausländische Käufer stellten 60 Prozent der Käufe, allen voran Amerikaner.`,
	}, nil},
	{"bus-drivers-pay-deal", map[string]string{
		"k5pt.txt": `pt|Motoristas da TUD com aumento de 4,5% a partir de janeiro

Porto | Economia

14 nov 2029, 16:22

A administração dos Transportes Urbanos do Douro (TUD) e os três sindicatos que representam os motoristas assinaram esta quarta-feira um acordo salarial que prevê um aumento de 4,5% para 2030, pondo fim a um conflito que motivou seis dias de greve em março.

O salário base de um motorista passa de 1.085 para 1.180 euros mensais. O acordo abrange cerca de 1.340 motoristas e custará à empresa 7,8 milhões de euros por ano.

"É o maior aumento dos últimos 15 anos", disse o coordenador do Sindicato dos Trabalhadores dos Transportes do Norte, Paulo Meireles. Em 2029, os salários tinham subido 3,2%.

A presidente do conselho de administração, Helena Barros, de 52 anos, lembrou que a empresa recebeu este ano 40 novos autocarros elétricos.`,
		"k5pt2.txt": `pt|TUD e sindicatos fecham acordo salarial

Os motoristas da TUD vão ter aumentos salariais a partir de janeiro, segundo o acordo assinado na quarta-feira, 14 de novembro, entre a empresa e as estruturas sindicais.

O aumento é de 5,4% e, para os cerca de 1340 motoristas, o vencimento base sobe para 1180 euros. A TUD estima o custo anual em quase oito milhões de euros.

O acordo vigora por dois anos e inclui ainda um subsídio de refeição de 10,50 euros por dia, contra 9,60 euros atualmente. Os sindicatos suspendem o pré-aviso de greve entregue para dezembro.

Partilhar | Imprimir`,
		"k5en.txt": `en|Porto bus drivers win pay rise, ending dispute

PORTO, Nov 14 - Porto's municipal bus operator TUD signed a wage deal with its three drivers' unions on Wednesday, ending a dispute that led to six days of strikes in March.

Under the two-year agreement, about 1,340 drivers will get a 4.5% rise from January, lifting the basic monthly wage to 1,180 euros from 1,085 euros. Pay rose 3.2% this year. The company puts the annual cost at 7.8 million euros.

'This is the biggest increase in 15 years,' said union coordinator Paulo Meireles. The daily meal allowance rises to 10.50 euros from 9.60 euros.`,
	}, map[string][2]string{"k5pt2.txt": {"5.4%", "4.5%"}}},
	{"hospital-parking-charges", map[string]string{
		"k6fr.txt": `fr|Le parking de l'hôpital de Clemerbach devient payant

Luxembourg | Santé

Le Quotidien, 6 février 2029

À partir du 1er mars, les patients et visiteurs du Centre hospitalier du Nord-Est (CHNE) à Clemerbach devront payer pour se garer. Les 30 premières minutes resteront gratuites, puis l'heure coûtera 1,50 euro, avec un plafond de 12 euros par jour.

Le parking couvert compte 850 places, dont 120 réservées au personnel, qui paiera un abonnement de 25 euros par mois. Les patients en dialyse et en oncologie seront exemptés.

« Nous avons des voitures ventouses qui restent des jours entiers », explique le directeur général, Marc Weyland. L'hôpital attend environ 1,1 million d'euros de recettes par an, qui serviront à financer une navette gratuite depuis la gare.

La mesure est critiquée par l'association des patients, qui a lancé une pétition signée par plus de 3 000 personnes en une semaine.`,
		"k6de.txt": `de|Parken am CHNE wird kostenpflichtig

Ab dem 1. März müssen Patienten und Besucher am Centre hospitalier du Nord-Est in Clemerbach fürs Parken zahlen. Nach einer halben Stunde gratis kostet jede Stunde 1,50 Euro, höchstens aber zwölf Euro am Tag.

Von den 850 Stellplätzen im Parkhaus sind 730 für Patienten und Besucher vorgesehen. Für Dialyse- und Krebspatienten bleibt das Parken gratis. Mitarbeiter zahlen 25 Euro im Monat.

Generaldirektor Marc Weyland (56) rechnet mit Einnahmen von rund 1,1 Millionen Euro jährlich. Eine Petition gegen die Gebühren hat bereits mehr als 3.000 Unterschriften.`,
		"k6pt.txt": `pt|Hospital de Clemerbach vai cobrar estacionamento a partir de março

O Centro Hospitalar do Nordeste (CHNE), em Clemerbach, vai passar a cobrar o estacionamento a partir de 1 de março. A primeira meia hora é gratuita; depois, cada hora custa 1,50 euros, até um máximo de 12 euros por dia.

Os doentes em diálise e em tratamento oncológico ficam isentos. Os funcionários pagam uma assinatura mensal de 25 euros.

Segundo o diretor-geral, Marc Weyland, o hospital conta arrecadar cerca de 1,1 milhões de euros por ano. Uma petição contra a medida já reuniu mais de 3.000 assinaturas.

Muitos dos utentes do hospital são portugueses que vivem no norte do país. "Venho três vezes por semana visitar a minha mãe, vou gastar mais de 100 euros por mês", queixa-se Fernanda Pires, de 43 anos.`,
		"k6en.txt": `en|Hospital in Clemerbach to charge for parking from March

Visitors and patients at the CHNE hospital in Clemerbach will have to pay to park from 1 March, with the first 30 minutes free and €1.50 per hour after that, capped at €12 a day.

The multistorey car park has 850 spaces. Staff will pay a €25 monthly subscription, while dialysis and cancer patients will be exempt.

Director general Marc Weyland, 56, said the hospital expects around €1.1m a year from the charges, to fund a free shuttle bus from the train station. A petition against the fees has collected over 3,000 signatures.`,
	}, nil},
	{"loire-student-drowning", map[string]string{
		"k7fr.txt": `fr|Noyade dans la Loire : le corps du jeune Allemand retrouvé

Maine-et-Loire | Saint-Florent-des-Grèves

Publié le 16/07/2029 à 12h10

Le corps du jeune homme de 19 ans, porté disparu samedi après-midi alors qu'il se baignait dans la Loire à Saint-Florent-des-Grèves, a été retrouvé lundi matin, à environ 1,5 km en aval, par des kayakistes.

Étudiant allemand en échange à Angers, il avait rejoint un banc de sable à la nage avec deux camarades vers 16 h. Au retour, les trois jeunes ont été emportés par le courant. Ses deux amis, âgés de 20 et 21 ans, ont pu regagner la rive.

Une quarantaine de pompiers, des plongeurs et un hélicoptère de la gendarmerie avaient été mobilisés samedi et dimanche.

« La baignade est interdite ici, les panneaux sont partout, mais le fleuve paraît calme et c'est un piège », déplore le maire, Gérard Moreau. En 2028, six personnes se sont noyées dans la Loire en Maine-et-Loire.`,
		"k7fr2.txt": `fr|Saint-Florent-des-Grèves : le corps du baigneur disparu retrouvé

Les recherches avaient été suspendues dimanche soir. Le corps de Jonas, 19 ans, étudiant originaire de Fribourg-en-Brisgau, a été découvert lundi vers 8 h 30, coincé dans des branchages à un kilomètre et demi du lieu de la disparition.

Le jeune homme avait disparu samedi vers 16 h 15 en tentant de regagner la rive. Une autopsie doit être pratiquée à Angers.

Depuis le début de l'été, trois personnes se sont noyées dans la Loire dans le département.`,
		"k7en.txt": `en|Body of German student found in Loire two days after swim

The body of a 19-year-old German exchange student who disappeared while swimming in the Loire on Saturday was found on Monday morning about 1.5 km downstream, French authorities said.

The student, from Freiburg, had swum out to a sandbank with two friends near Saint-Florent-des-Grèves in western France. The current swept them away as they tried to return; the two friends, aged 20 and 21, reached the bank.

Around 40 firefighters, divers and a helicopter searched for two days. Swimming in the Loire is banned in most places because of strong currents and shifting sandbanks.`,
		"k7de.txt": `de|Freiburger Student in der Loire ertrunken

Freiburg/Angers - Ein 19 Jahre alter Student aus Freiburg ist beim Baden in der Loire in Westfrankreich ums Leben gekommen. Der junge Mann, der ein Austauschsemester in Angers verbrachte, war am Samstagnachmittag mit zwei Freunden zu einer Sandbank geschwommen.

Auf dem Rückweg wurden die drei von der Strömung erfasst. Die beiden Begleiter im Alter von 20 und 21 Jahren konnten sich ans Ufer retten.

Nach Angaben der französischen Behörden suchten rund 40 Feuerwehrleute, Taucher und ein Hubschrauber nach ihm. Kanufahrer entdeckten seine Leiche am Dienstagmorgen etwa anderthalb Kilometer flussabwärts.

Das Baden in der Loire ist an den meisten Stellen verboten. Im vergangenen Jahr ertranken allein im Département Maine-et-Loire sechs Menschen in dem Fluss.`,
	}, map[string][2]string{"k7de.txt": {"Tuesday", "Monday"}}},
	{"bridge-card-championship", map[string]string{
		"k8pt.txt": `pt|Estoril acolhe 1.150 jogadores no Europeu de bridge

Desporto | Modalidades

O Campeonato Europeu Open de Bridge arranca no sábado no Centro de Congressos do Estoril e vai reunir, durante 12 dias, cerca de 1.150 jogadores de 38 países, anunciou a Federação Portuguesa de Bridge.

Portugal não recebia a competição desde 1987, também no Estoril. "É o maior evento de bridge alguma vez organizado no país", disse o presidente da federação, Rui Tavares Lobo.

O jogador mais velho inscrito, um britânico, tem 91 anos, e a mais nova, uma jogadora neerlandesa, tem 14. A seleção portuguesa alinha com 46 atletas.

A organização estima um impacto económico de 6 milhões de euros na região, com cerca de 9.000 dormidas hoteleiras.`,
		"k8pt2.txt": `pt|Europeu de bridge traz mais de mil jogadores a Cascais

Cascais - Mais de mil jogadores, de 38 nacionalidades, vão disputar entre 16 e 27 de junho o Campeonato Europeu Open de Bridge, no Centro de Congressos do Estoril.

Ao longo de doze dias disputam-se quatro competições: equipas open, equipas mistas, pares open e pares mistos. A Câmara de Cascais contribui com 350 mil euros para a organização.

Rui Tavares Lobo, líder da federação, lembrou que o Estoril já tinha recebido o campeonato em 1987 e espera "mais de 6 milhões de euros" de retorno.`,
		"k8en.txt": `en|Estoril to host European Open bridge championships

Nearly 1,150 players from 38 countries are due in Estoril, on the Portuguese coast west of Lisbon, for the European Open Bridge Championships, which run from 16 to 27 June.

It is the first time Portugal has hosted the event since 1987. The oldest competitor is a 91-year-old Englishman; the youngest a 14-year-old Dutch girl.

'This is the biggest bridge event ever held in the country,' said Rui Tavares Lobo, president of the Portuguese Bridge Federation. Organisers expect some 9,000 hotel nights and an economic boost of around €6 million.`,
		"k8fr.txt": `fr|Championnats d'Europe open : cap sur Estoril

Bridge | International

Les Championnats d'Europe open de bridge se disputeront du 16 au 27 juin au Centre de congrès d'Estoril, au Portugal. Quelque 1 150 joueurs de 38 pays sont attendus.

La délégation française, forte de 112 joueurs, sera l'une des plus importantes. Elle avait remporté le titre par équipes open lors de la dernière édition, à Madère en 2027.

Le Portugal n'avait plus accueilli la compétition depuis 1978. Le doyen des participants, un Anglais, a 91 ans ; la benjamine, une Néerlandaise, 14 ans.

Programme complet et inscriptions sur le site de la Fédération.`,
	}, map[string][2]string{"k8fr.txt": {"1978", "1987"}}},
	{"rail-tunnel-breakthrough", map[string]string{
		"k9de.txt": `de|Durchschlag im Sonnbergtunnel: Nach sechs Jahren ist der Berg durchbohrt

Tirol | Verkehr

Freitag, 21. September 2029

Im Sonnbergtunnel zwischen Mitterau und Steinach am Sonnberg ist am Donnerstag der Durchschlag gefeiert worden. Die Tunnelvortriebsmaschine aus dem Norden durchbrach um 11.20 Uhr die letzten Meter Fels. Die Abweichung betrug nur vier Zentimeter.

Der Tunnel ist 12,6 Kilometer lang. 7,4 Kilometer wurden von Mitterau aus gebohrt, 5,2 Kilometer vom Südportal. An der Baustelle arbeiten derzeit rund 380 Menschen.

Die Kosten liegen laut Bauherrin Alpenbahn Infrastruktur AG bei 1,9 Milliarden Euro, ursprünglich waren 2019 1,4 Milliarden veranschlagt worden. Die Eröffnung ist für Dezember 2033 geplant.

"Das ist ein historischer Tag für das Unterland", sagte Vorstandsdirektorin Andrea Pichler. Die Fahrzeit zwischen Mitterau und Steinach verkürzt sich von 48 auf 21 Minuten.`,
		"k9de2.txt": `de|Sonnbergtunnel: Durchschlag geschafft

Wien/Innsbruck (APA) - Beim Bau des Sonnbergtunnels in Tirol ist am Donnerstag der Hauptdurchschlag erfolgt. Verkehrsminister Klaus Reindl sprach von einem "Meilenstein für die Bahn".

Die knapp 12,6 km lange Röhre soll ab Ende 2033 befahren werden. Die Baukosten sind von geplanten 1,4 auf 1,9 Mrd. Euro gestiegen, vor allem wegen höherer Materialpreise.

Die Bauarbeiten hatten im Herbst 2023 begonnen.`,
		"k9fr.txt": `fr|Autriche : percée historique dans le tunnel ferroviaire du Sonnberg

VIENNE, 20 sept 2029 (AFP) - Les ouvriers du tunnel ferroviaire du Sonnberg, dans le Tyrol autrichien, ont célébré jeudi la jonction des deux galeries, six ans après le début des travaux.

L'ouvrage, long de 16,2 kilomètres, a été creusé pour 7,4 km depuis le nord et pour 5,2 km depuis le sud. Au point de rencontre, l'écart entre les deux tronçons n'était que de 4 centimètres.

Son coût a été réévalué à 1,9 milliard d'euros, contre 1,4 milliard prévu en 2019. La mise en service est prévue fin 2033 ; le trajet entre Mitterau et Steinach passera alors de 48 à 21 minutes.`,
		"k9en.txt": `en|Breakthrough on Austria's Sonnberg rail tunnel

Tunnelling on the 12.6 km Sonnberg rail tunnel in Tyrol was completed on 20 September when the northern tunnel boring machine broke through, deviating by just 4 cm from its target.

The machine bored 7.4 km from the Mitterau portal; the remaining 5.2 km were excavated from the south. Around 380 people are employed on the project.

Client Alpenbahn Infrastruktur puts the cost at €1.9bn, up from an estimated €1.4bn in 2019. Opening is planned for December 2033, cutting Mitterau - Steinach journey times from 48 min to 21 min.`,
	}, map[string][2]string{"k9fr.txt": {"16.2 km", "12.6 km"}}},
	{"mounted-police-cut", map[string]string{
		"k10fr.txt": `fr|La police fédérale va réduire de plus d'un tiers sa cavalerie

Belgique | Police

Publié le 4/10/2029 à 06:00

La police fédérale va ramener le nombre de chevaux de sa direction de la cavalerie de 64 à 40 d'ici 2031, a confirmé mercredi sa commissaire générale, Inge Vermeulen. Cette réduction doit permettre d'économiser 2,3 millions d'euros par an.

Sur les 72 cavaliers actuels, 24 seront réaffectés à d'autres services, sans licenciements. Les chevaux réformés seront confiés à un refuge de la province de Liège.

Le syndicat SLFP Police dénonce « une erreur ». « Un cheval vaut dix policiers à pied lors d'une manifestation », estime son président, Vincent Gilson, 57 ans.

En 2015, la cavalerie comptait encore 92 chevaux. Elle est intervenue l'an dernier lors de 310 matchs de football et manifestations.`,
		"k10en.txt": `en|Federal police to cut mounted unit to 40 horses

Belgium's federal police will reduce its cavalry from 64 horses to 40 by 2031 to save €2.3 million a year, police chief Inge Vermeulen, 54, confirmed on Wednesday.

Of the unit's 72 riders, 48 will remain in the saddle; the rest will be moved to other departments. No jobs will be lost.

The SLFP police union criticised the plan, saying one horse was worth 'ten officers on foot' at a demonstration. The mounted police were deployed at 310 football matches and protests last year. In 2015 the unit had 92 horses.`,
		"k10de.txt": `de|Föderale Polizei reitet mit weniger Pferden

Eupen/Brüssel - Die föderale Polizei will die Zahl ihrer Pferde bis 2031 von 64 auf 40 senken. Das teilte Generalkommissarin Inge Vermeulen am Mittwoch mit. Einsparung: 2,3 Millionen Euro pro Jahr.

24 der 72 Reiterinnen und Reiter sollen in andere Abteilungen wechseln. Ausgemusterte Pferde kommen auf einen Gnadenhof in der Provinz Lüttich.

Auch in Ostbelgien waren die Polizeipferde regelmäßig im Einsatz, etwa beim Rosenmontagszug in Eupen.`,
	}, nil},
}
