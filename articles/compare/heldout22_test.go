package compare

// heldOutDusk are seven events of long reports (wire and newspaper
// stories of seven to ten paragraphs), written blind for a held-out test.
// Five hold one planted contradiction each, deep in the report; two hold
// none but many figures that must not be flagged.
//
// First run (before any change made on it): 3 of 5 contradictions
// flagged, 2 false disagreements, so the test fails (at most 1 allowed).
// Missed: the technicians' count ("blackout: missed k1de.txt's 320
// against 230"; the rows "techniker · 320" and "monteurs · 230" stay
// apart) and the year the site was first known ("roman-villa: missed
// k3en.txt's 1985 against 1958"; rows "known · 1985" and "conoce · 1958").
// False, both in olive-harvest: Italy's previous harvest against
// Portugal's ("quantity \"dello\": k7es, k7pt: 197.000 toneladas; k7it:
// 287.000 tonnellate") and Greece's harvest against Portugal's exports
// ("quantity \"exportou\": k7it: 240.000 tonnellate; k7pt: 160 mil
// toneladas"). Flagged: €830 million against €380 million (net debt),
// 36% against 38% (nests on pylons), 26 against 23 years (rider's age).
//
// The run on the code it merged into was the same (3/5, 2 false). Fixed
// after, so the set is held out no longer: a sentence naming two or more
// places or people the other does not ties no rival figures through the
// figures they share; years and counts of subjects the table does not
// know, in two languages, join the fact whose digits they swap. Now 5/5,
// 0 false.
var heldOutDusk = []heldOutEvent{
	{"blackout", map[string]string{
		"k1en.txt": `en|Power restored after blackout leaves 410,000 households in the dark

Business | Energy

Published 8 November 2033, 21:40 GMT

Electricity was restored on Tuesday evening to the last of about 410,000 households in the Dutch province of Gelderwaard that lost power when a transformer failed at the Oostvoren substation, the grid operator Nordnet said.

The fault, at 06:40, cut power to the cities of Brekelveen and Amersloot and to dozens of villages at the start of the morning rush hour. Traffic lights went dark at about 300 junctions and rail services across the province were halted for almost five hours.

Most customers were back on the grid by early afternoon, but about 18,000 households in the north of the province waited up to nine hours.

"A transformer of this kind should not fail like that, and we want to know exactly why it did," said Ilse Vandermeer, Nordnet's chief executive, at a news conference in Brekelveen. The transformer had been in service since 1987 and was due to be replaced in 2035.

Nordnet said it had sent 230 technicians to the substation and to the worst-hit districts, and had brought in 40 mobile generators, some of them from neighbouring Germany.

Economy minister Ruud Kalverda called the outage "unacceptable" and asked the national energy regulator to report on its causes within six weeks. Opposition MPs demanded a debate in parliament.

It was the worst blackout in the province since March 2019, when a storm left about 120,000 households without power for four hours. Nordnet plans to invest €1.8 billion in the regional grid by 2037, including 14 new substations.

Customers who were without electricity for more than eight hours will receive compensation of €35 each, the company said.

Read more: How fragile is Europe's power grid?`,
		"k1nl.txt": `nl|Stroom overal terug na grote storing in Gelderwaard

Binnenland

8 nov. 2033, 22:05

Alle ongeveer 410.000 huishoudens in Gelderwaard die dinsdag zonder stroom kwamen te zitten, zijn weer aangesloten. Dat meldt netbeheerder Nordnet. De storing ontstond door een defecte transformator in het schakelstation Oostvoren.

Om 06.40 uur viel de stroom uit in Brekelveen, Amersloot en tientallen dorpen, net toen de ochtendspits op gang kwam. Op zo'n 300 kruispunten vielen de verkeerslichten uit en het treinverkeer in de hele provincie lag bijna vijf uur stil.

De meeste klanten hadden in de loop van de vroege middag weer stroom. Ongeveer 18.000 huishoudens in het noorden van de provincie zaten tot negen uur lang zonder stroom.

"Een transformator van dit type hoort niet zo te bezwijken. We willen precies weten wat er is gebeurd", zei Nordnet-topvrouw Ilse Vandermeer op een persconferentie in Brekelveen. De transformator was sinds 1987 in gebruik en zou in 2035 worden vervangen.

Nordnet zette 230 monteurs in bij het station en in de zwaarst getroffen wijken. Ook werden 40 mobiele aggregaten ingezet, een deel daarvan uit Duitsland.

Minister van Economische Zaken Ruud Kalverda noemde de storing "onaanvaardbaar". Hij heeft de toezichthouder gevraagd binnen zes weken met een rapport over de oorzaak te komen. De oppositie wil een debat.

Het is de zwaarste stroomstoring in de provincie sinds maart 2019. Toen zaten na een storm zo'n 120.000 huishoudens vier uur zonder stroom. Nordnet wil tot 2037 1,8 miljard euro in het regionale net investeren, onder meer in 14 nieuwe stations.

Klanten die langer dan acht uur zonder stroom zaten, krijgen een vergoeding van 35 euro.

Lees ook: Hoe kwetsbaar is ons stroomnet?`,
		"k1de.txt": `de|Stromausfall in den Niederlanden: 410.000 Haushalte ohne Strom

Ausland

08.11.2033, 22:30 Uhr

In der niederländischen Provinz Gelderwaard haben am Dienstag rund 410.000 Haushalte stundenlang ohne Strom auskommen müssen. Ursache war nach Angaben des Netzbetreibers Nordnet ein defekter Transformator im Umspannwerk Oostvoren. Am Abend waren alle Kunden wieder versorgt.

Der Strom fiel um 6.40 Uhr aus, kurz nach Beginn des Berufsverkehrs. Betroffen waren die Städte Brekelveen und Amersloot sowie Dutzende Dörfer. An etwa 300 Kreuzungen fielen die Ampeln aus, der Bahnverkehr in der Provinz stand fast fünf Stunden still.

Die meisten Kunden hatten am frühen Nachmittag wieder Strom. Rund 18.000 Haushalte im Norden der Provinz mussten jedoch bis zu neun Stunden warten.

"Ein Transformator dieser Art darf so nicht versagen. Wir wollen genau wissen, warum es passiert ist", sagte Nordnet-Chefin Ilse Vandermeer auf einer Pressekonferenz in Brekelveen. Der Transformator war seit 1987 in Betrieb und sollte 2035 ersetzt werden.

Nordnet schickte nach eigenen Angaben 320 Techniker in das Umspannwerk und in die am stärksten betroffenen Viertel. Zudem wurden 40 mobile Generatoren eingesetzt, einige davon aus Deutschland.

Wirtschaftsminister Ruud Kalverda nannte den Ausfall "inakzeptabel" und forderte die Regulierungsbehörde auf, binnen sechs Wochen einen Bericht über die Ursachen vorzulegen. Die Opposition verlangt eine Debatte im Parlament.

Es war der schwerste Stromausfall in der Provinz seit März 2019. Damals waren nach einem Sturm rund 120.000 Haushalte vier Stunden lang ohne Strom. Nordnet will bis 2037 rund 1,8 Milliarden Euro in das regionale Netz investieren, darunter in 14 neue Umspannwerke.

Kunden, die länger als acht Stunden ohne Strom waren, erhalten eine Entschädigung von 35 Euro.`,
	}, map[string][2]string{"k1de.txt": {"320", "230"}}},
	{"chocolate-takeover", map[string]string{
		"k2en.txt": `en|Hessmann agrees to buy Italian chocolate maker Valbruna for €2.4 billion

Markets | Deals

Milan, March 14 (Wire) -

Swiss food group Hessmann agreed on Monday to buy Valbruna, the family-controlled Italian chocolate maker, for €2.4 billion, or €38 a share, in one of the largest food deals in Europe this year.

The offer is a premium of 27% over Valbruna's closing price of €29.90 on Friday. Valbruna shares jumped 22% to €36.48 in Milan on Monday, while Hessmann shares slipped 1.5% in Zurich.

The Ferrandi family, which founded the company in Corvasco, Piedmont, in 1921 and holds 54% of it, has agreed to sell its stake. Hessmann tried to buy Valbruna in 2029 but its offer of €31 a share was rejected by the family.

"Valbruna is the brand we have wanted for a long time, and we will keep it Italian," Hessmann chief executive Martin Kälin told analysts. Hessmann had sales of 9.7 billion Swiss francs last year.

Valbruna employs 4,600 people in 11 factories, seven of them in Italy, and had sales of €1.3 billion in 2032, with a net profit of €96 million.

The company had net debt of €380 million at the end of December, which Hessmann will take over as part of the deal.

Hessmann has pledged to keep all Italian factories open and to maintain jobs for at least five years. The headquarters will stay in Corvasco, said Paola Ricci, Valbruna's chief executive, who will stay on to run the business.

Giorgio Sala, secretary of the food workers' union ULA, said the union wanted the pledges "in writing, factory by factory".

The deal is expected to close in the first half of 2034 and needs the approval of the European Commission.`,
		"k2fr.txt": `fr|Le suisse Hessmann s'offre le chocolatier italien Valbruna pour 2,4 milliards d'euros

Économie

Publié le 14 mars 2033 à 18h20

Le groupe agroalimentaire suisse Hessmann a annoncé lundi le rachat du chocolatier italien Valbruna, contrôlé par la famille Ferrandi, pour 2,4 milliards d'euros, soit 38 euros par action.

L'offre représente une prime de 27 % par rapport au cours de clôture de vendredi, qui était de 29,90 euros. L'action Valbruna a bondi de 22 %, à 36,48 euros, à la Bourse de Milan, tandis que le titre Hessmann a reculé de 1,5 % à Zurich.

La famille Ferrandi, qui a fondé l'entreprise en 1921 à Corvasco, dans le Piémont, et en détient 54 %, a accepté de céder sa participation. En 2029, elle avait rejeté une première offre de Hessmann, à 31 euros par action.

Valbruna emploie 4 600 personnes dans 11 usines, dont sept en Italie. Elle a réalisé en 2032 un chiffre d'affaires de 1,3 milliard d'euros, pour un bénéfice net de 96 millions d'euros.

« Valbruna est une marque que nous convoitons depuis longtemps, et elle restera italienne », a déclaré Martin Kälin, le directeur général de Hessmann, dont les ventes ont atteint 9,7 milliards de francs suisses l'an dernier.

Hessmann reprendra la dette nette du chocolatier, qui s'élevait à 830 millions d'euros fin décembre.

Le groupe suisse s'est engagé à maintenir toutes les usines italiennes et les emplois pendant au moins cinq ans. Le siège restera à Corvasco, a précisé Paola Ricci, la directrice générale de Valbruna, qui restera à son poste.

La finalisation de l'opération est attendue au premier semestre 2034. Elle doit encore recevoir le feu vert de la Commission européenne.

À lire aussi : Le cacao au plus haut depuis dix ans`,
		"k2it.txt": `it|Valbruna passa agli svizzeri di Hessmann per 2,4 miliardi

Economia

Milano, 14 marzo 2033

Il gruppo alimentare svizzero Hessmann ha raggiunto lunedì un accordo per acquistare Valbruna, lo storico produttore di cioccolato di Corvasco controllato dalla famiglia Ferrandi, per 2,4 miliardi di euro, pari a 38 euro per azione.

Il prezzo incorpora un premio del 27% rispetto alla chiusura di venerdì, pari a 29,90 euro. A Piazza Affari il titolo Valbruna è balzato del 22% a 36,48 euro, mentre a Zurigo Hessmann ha ceduto l'1,5%.

La famiglia Ferrandi, che ha fondato l'azienda nel 1921 e ne detiene il 54%, ha accettato di vendere la propria quota. Già nel 2029 Hessmann aveva tentato la scalata, ma l'offerta di 31 euro per azione era stata respinta.

Valbruna conta 4.600 dipendenti in 11 stabilimenti, di cui sette in Italia. Nel 2032 ha registrato ricavi per 1,3 miliardi di euro e un utile netto di 96 milioni.

Alla fine di dicembre l'azienda aveva un indebitamento netto di 380 milioni di euro, che sarà rilevato da Hessmann.

"Valbruna è un marchio che desideravamo da tempo e resterà italiano", ha detto l'amministratore delegato di Hessmann, Martin Kälin. Il gruppo svizzero ha chiuso l'anno scorso con un fatturato di 9,7 miliardi di franchi.

Hessmann si è impegnata a mantenere aperti tutti gli stabilimenti italiani e a garantire l'occupazione per almeno cinque anni. La sede resterà a Corvasco, ha assicurato l'amministratrice delegata Paola Ricci, che resterà alla guida del gruppo.

"Vogliamo questi impegni per iscritto, stabilimento per stabilimento", ha commentato Giorgio Sala, segretario del sindacato alimentaristi ULA.

Il closing è previsto entro il primo semestre del 2034 e richiede il via libera della Commissione europea.

Iscriviti alla newsletter di Economia`,
	}, map[string][2]string{"k2fr.txt": {"€830 million", "€380 million"}}},
	{"roman-villa", map[string]string{
		"k3es.txt": `es|Hallan en Castrillo del Vado un mosaico romano de 60 metros cuadrados con las cuatro estaciones

Cultura

Valdemora, 14 jul (Agencia)

Un equipo de arqueólogos de la Universidad de Valdemora ha sacado a la luz en una villa romana de Castrillo del Vado un mosaico de unos 60 metros cuadrados que representa las cuatro estaciones, según informó este jueves la universidad.

La villa, construida en el siglo II después de Cristo, cuenta con al menos 14 estancias excavadas hasta ahora, además de un complejo termal con tres salas.

"Es uno de los mosaicos mejor conservados que se han encontrado en el norte de la península en los últimos cincuenta años", afirmó la directora de la excavación, Lucía Serrat, catedrática de Arqueología de la Universidad de Valdemora.

El yacimiento se conoce desde 1958, cuando un agricultor encontró varias monedas romanas mientras araba una finca. Sin embargo, las excavaciones sistemáticas no comenzaron hasta 2031.

Cada verano trabajan en el lugar durante seis semanas ocho arqueólogos y 35 estudiantes. Hasta ahora han recuperado 212 monedas, la mayoría de la época del emperador Adriano.

El Gobierno regional ha concedido una ayuda de 450.000 euros para los próximos tres años. El mosaico volverá a cubrirse en septiembre para protegerlo durante el invierno.

El alcalde de Castrillo del Vado, un municipio de 640 habitantes, Tomás Rebollo, confía en que el hallazgo atraiga visitantes. La villa podría abrirse al público en 2035.

Más información en nuestra sección de Cultura`,
		"k3it.txt": `it|Spagna, scoperto un mosaico romano di 60 metri quadrati con le quattro stagioni

Cultura

14 luglio 2033

Un mosaico di circa 60 metri quadrati che raffigura le quattro stagioni è stato portato alla luce in una villa romana a Castrillo del Vado, nel nord della Spagna, dagli archeologi dell'Università di Valdemora, che ne hanno dato notizia giovedì.

La villa risale al II secolo dopo Cristo. Finora sono stati scavati almeno 14 ambienti, oltre a un complesso termale con tre sale.

"È uno dei mosaici meglio conservati trovati nel nord della penisola negli ultimi cinquant'anni", ha detto Lucía Serrat, docente di archeologia all'Università di Valdemora e direttrice degli scavi.

Il sito è noto dal 1958, quando un contadino trovò alcune monete romane arando un campo, ma gli scavi sistematici sono cominciati soltanto nel 2031.

Ogni estate otto archeologi e 35 studenti lavorano sul sito per sei settimane. Sono state recuperate finora 212 monete, in gran parte dell'epoca dell'imperatore Adriano.

Il governo regionale ha stanziato 450.000 euro per i prossimi tre anni. A settembre il mosaico sarà di nuovo ricoperto per proteggerlo durante l'inverno.

Il sindaco di Castrillo del Vado, paese di 640 abitanti, spera che la scoperta porti turisti. La villa potrebbe aprire al pubblico nel 2035.`,
		"k3en.txt": `en|Four Seasons mosaic found at Roman villa in northern Spain

Science | Archaeology

Published 14 July 2033

Archaeologists in northern Spain have uncovered a Roman mosaic of about 60 square metres depicting the four seasons at a villa near the village of Castrillo del Vado, the University of Valdemora said on Thursday.

The villa was built in the second century AD. The team has so far excavated at least 14 rooms as well as a bath complex with three halls.

"This is one of the best-preserved mosaics found in the north of the peninsula in the last fifty years," said Lucía Serrat, a professor of archaeology at the University of Valdemora who leads the dig.

Mosaics of this size are rare in the region, where most Roman villas were built over or ploughed up over the centuries.

The site has been known since 1985, when a farmer found several Roman coins while ploughing a field, but systematic excavation began only in 2031.

Eight archaeologists and 35 students work at the site for six weeks every summer. They have recovered 212 coins so far, most of them from the reign of the emperor Hadrian.

The regional government has granted €450,000 for the next three years. The mosaic will be covered again in September to protect it over the winter.

Tomás Rebollo, the mayor of Castrillo del Vado, which has 640 inhabitants, said he hoped the find would bring visitors. The villa could open to the public in 2035.

Sign up for our Science newsletter`,
	}, map[string][2]string{"k3en.txt": {"1985", "1958"}}},
	{"stork-census", map[string]string{
		"k4pt.txt": `pt|Cegonha-branca bate recorde em Portugal: 14 200 casais

Ambiente

20 mai 2033 - 11:42

O número de casais reprodutores de cegonha-branca em Portugal atingiu um recorde de 14 200, mais 17% do que no último censo, realizado em 2028, que contou 12 140 casais, segundo os resultados apresentados esta sexta-feira pela Sociedade Ibérica de Ornitologia (SIO).

O censo, feito de cinco em cinco anos, mobilizou 420 voluntários durante seis semanas, em abril e maio. No primeiro censo nacional, em 1984, tinham sido contados apenas 1530 casais.

"A recuperação da cegonha é uma das grandes histórias de sucesso da conservação em Portugal", afirmou Marta Pinheiro, bióloga e coordenadora do censo na SIO.

O Alentejo continua a concentrar mais de metade da população, com 7900 casais.

Segundo o censo, 38% dos ninhos estão construídos em postes de eletricidade. Desde 2015, a Rede Elétrica Lusa instalou 2300 plataformas para afastar os ninhos dos cabos.

Cada vez mais aves deixaram de migrar para África: cerca de 9000 cegonhas passaram o último inverno em Portugal, muitas delas a alimentar-se em aterros sanitários.

"Os aterros vão fechar nos próximos anos e teremos de ver como as cegonhas se adaptam", alertou Marta Pinheiro.

Leia também: Abutres regressam ao Douro Internacional`,
		"k4es.txt": `es|Récord de cigüeñas blancas en Portugal: 14.200 parejas

Sociedad

Lisboa, 20 may (Agencia)

La población de cigüeña blanca en Portugal ha alcanzado un récord de 14.200 parejas reproductoras, un 17 % más que en el último censo, de 2028, cuando se contaron 12.140 parejas, según los datos presentados este viernes por la Sociedad Ibérica de Ornitología (SIO).

En el censo, que se realiza cada cinco años, participaron 420 voluntarios durante seis semanas, en abril y mayo. En el primer censo nacional, en 1984, se contabilizaron solo 1.530 parejas.

"La recuperación de la cigüeña es uno de los grandes éxitos de la conservación en Portugal", declaró la bióloga Marta Pinheiro, coordinadora del censo.

Más de la mitad de las parejas, 7.900, se concentran en el Alentejo, la región fronteriza con Extremadura.

Según el censo, el 36 % de los nidos están en postes del tendido eléctrico. Desde 2015, la compañía Rede Elétrica Lusa ha instalado 2.300 plataformas para alejar los nidos de los cables.

Cada vez más aves dejan de migrar a África. Unas 9.000 cigüeñas pasaron el último invierno en Portugal, muchas de ellas alimentándose en vertederos.

En España, el último censo nacional, de 2024, contó unas 40.000 parejas.`,
		"k4fr.txt": `fr|Portugal : record pour la cigogne blanche, avec 14 200 couples

Planète

Publié le 20 mai 2033 à 14h05

Le Portugal compte désormais 14 200 couples nicheurs de cigognes blanches, un record, soit 17 % de plus que lors du précédent recensement, en 2028, qui en avait dénombré 12 140, selon les résultats présentés vendredi par la Société ibérique d'ornithologie (SIO).

Le recensement, organisé tous les cinq ans, a mobilisé 420 bénévoles pendant six semaines, en avril et en mai. Lors du premier recensement national, en 1984, seuls 1 530 couples avaient été comptés.

« Le retour de la cigogne est l'une des grandes réussites de la protection de la nature au Portugal », a déclaré Marta Pinheiro, biologiste et coordinatrice du recensement.

L'Alentejo, dans le sud du pays, abrite plus de la moitié des couples, avec 7 900 couples.

Selon le recensement, 38 % des nids sont construits sur des pylônes électriques. Depuis 2015, le gestionnaire du réseau, Rede Elétrica Lusa, a installé 2 300 plateformes pour éloigner les nids des câbles.

De plus en plus d'oiseaux ne migrent plus vers l'Afrique : environ 9 000 cigognes ont passé l'hiver dernier au Portugal, souvent en se nourrissant dans des décharges.

« Les décharges vont fermer dans les prochaines années, et il faudra voir comment les cigognes s'adaptent », a averti Marta Pinheiro.

Recevez notre newsletter Planète`,
	}, map[string][2]string{"k4es.txt": {"36%", "38%"}}},
	{"stage-race", map[string]string{
		"k5nl.txt": `nl|Verhaeghe wint Ronde van Velderland met 14 seconden voorsprong

Sport | Wielrennen

19 juni 2033, 18:10

De Belg Jonas Verhaeghe heeft zondag de Ronde van Velderland gewonnen. De renner van Team Valkor hield in de slotrit de Fransman Lucas Mareuil op 14 seconden. Sem Oudejans werd op 31 seconden derde en was daarmee de beste Nederlander.

De laatste etappe, over 178 kilometer van Harlingerveen naar Oostmaar, werd gewonnen door de Italiaan Davide Berto, die de massasprint won. Volgens de organisatie stonden er zo'n 85.000 toeschouwers langs het parcours.

Verhaeghe pakte de leiderstrui vrijdag in de tijdrit over 24 kilometer, de derde etappe, en gaf die in het weekend niet meer af.

"Ik heb de hele dag op mijn tanden gebeten. Veertien seconden is niets, maar het is genoeg", zei Verhaeghe na de finish.

De 23-jarige renner uit Tielt werd in 2030 prof en won vorig jaar zijn eerste etappe in een rittenkoers. Hij is de eerste Belgische eindwinnaar sinds 2011.

"Hij is pas aan het begin van zijn loopbaan. We hebben hem voor nog drie jaar vastgelegd", zei ploegleider Bart Lenaerts.

De ronde telde vijf etappes en 812 kilometer. Van de 147 renners die woensdag vertrokken, haalden er 121 de finish in Oostmaar.

Titelverdediger Anders Kjeldsen uit Denemarken eindigde als negende.

Lees ook: Oudejans: 'Volgend jaar ga ik voor de winst'`,
		"k5fr.txt": `fr|Cyclisme : Jonas Verhaeghe remporte le Tour du Velderland, Mareuil deuxième

Sport

Publié le 19 juin 2033 à 19h02

Le Belge Jonas Verhaeghe (Team Valkor) a remporté dimanche le Tour du Velderland, aux Pays-Bas, avec 14 secondes d'avance sur le Français Lucas Mareuil. Le Néerlandais Sem Oudejans complète le podium, à 31 secondes.

La dernière étape, longue de 178 km entre Harlingerveen et Oostmaar, est revenue à l'Italien Davide Berto, vainqueur au sprint. Quelque 85 000 spectateurs étaient massés le long du parcours, selon les organisateurs.

Verhaeghe s'était emparé du maillot de leader vendredi lors du contre-la-montre de 24 km, la troisième étape.

« J'ai serré les dents toute la journée. Quatorze secondes, ce n'est rien, mais ça suffit », a déclaré le vainqueur.

Passé professionnel en 2030, le coureur de 23 ans est le premier Belge à s'imposer sur l'épreuve depuis 2011.

« Il a fait une course parfaite. Je n'ai rien à regretter », a réagi Mareuil, deuxième pour la deuxième fois après 2031.

L'épreuve comptait cinq étapes pour un total de 812 km. Sur les 147 coureurs au départ mercredi, 121 ont rallié l'arrivée.

Le tenant du titre, le Danois Anders Kjeldsen, a terminé neuvième.`,
		"k5de.txt": `de|Verhaeghe gewinnt Velderland-Rundfahrt

Sport | Radsport

19.06.2033

Der Belgier Jonas Verhaeghe hat die Velderland-Rundfahrt in den Niederlanden gewonnen. Der Fahrer von Team Valkor verteidigte am Sonntag auf der Schlussetappe einen Vorsprung von 14 Sekunden auf den Franzosen Lucas Mareuil. Dritter wurde der Niederländer Sem Oudejans mit 31 Sekunden Rückstand.

Die letzte Etappe über 178 Kilometer von Harlingerveen nach Oostmaar gewann der Italiener Davide Berto im Massensprint. Nach Angaben der Veranstalter verfolgten rund 85.000 Zuschauer das Rennen an der Strecke.

Verhaeghe hatte das Führungstrikot am Freitag im Einzelzeitfahren über 24 Kilometer, der dritten Etappe, übernommen.

"Ich habe den ganzen Tag auf die Zähne gebissen. 14 Sekunden sind nichts, aber sie reichen", sagte Verhaeghe im Ziel.

Der 26-Jährige aus Tielt ist seit 2030 Profi. Er ist der erste belgische Gesamtsieger der Rundfahrt seit 2011.

"Er steht erst am Anfang seiner Karriere", sagte sein Sportlicher Leiter Bart Lenaerts. Das Team hat den Vertrag mit Verhaeghe um drei Jahre verlängert.

Die Rundfahrt führte über fünf Etappen und 812 Kilometer. Von den 147 Fahrern, die am Mittwoch gestartet waren, erreichten 121 das Ziel in Oostmaar.

Titelverteidiger Anders Kjeldsen aus Dänemark wurde Neunter.`,
	}, map[string][2]string{"k5de.txt": {"26 years", "23 years"}}},
	{"university-merger", map[string]string{
		"k6de.txt": `de|TU Rennberg und Universität Altmark fusionieren

Bildung

26.10.2033, 17:45 Uhr

Die Technische Universität Rennberg und die Universität Altmark schließen sich zusammen. Die Senate beider Hochschulen stimmten am Mittwoch der Fusion zu. Zum 1. Oktober 2034 entsteht die Universität Rennberg-Altmark mit rund 41.000 Studierenden.

Im Senat der TU Rennberg fiel die Entscheidung mit 34 zu 9 Stimmen, in Altmark mit 22 zu 13 Stimmen. Ein erster Anlauf war 2027 gescheitert, als der Altmarker Senat die Pläne mit 19 zu 14 Stimmen abgelehnt hatte.

Die 1872 gegründete TU Rennberg hat derzeit 26.500 Studierende, die 1965 gegründete Universität Altmark 14.500. Vor zehn Jahren kamen beide Hochschulen zusammen auf rund 35.000 Studierende.

"Wir werden zu den zehn größten Universitäten Deutschlands gehören", sagte die Präsidentin der TU Rennberg, Hanna Leitner. Altmark-Präsident Klaus Wendt sagte: "Vor sechs Jahren war die Zeit noch nicht reif. Heute ist sie es."

Die neue Universität wird rund 6200 Beschäftigte haben, davon 4100 in Rennberg und 2100 in Altmark. Die Zahl der Fakultäten sinkt von 17 auf 12. Betriebsbedingte Kündigungen sind für fünf Jahre ausgeschlossen.

Das Budget liegt bei rund 780 Millionen Euro im Jahr. Das Land Ostfalen gibt in den kommenden fünf Jahren zusätzlich 120 Millionen Euro. "Das ist gut angelegtes Geld", sagte Wissenschaftsministerin Petra Hollmann.

Die Übergangsphase soll drei Jahre dauern. Bis zum Frühjahr 2034 soll ein gemeinsamer Präsident oder eine Präsidentin gewählt werden.

Kritik kommt vom Allgemeinen Studierendenausschuss. Mehr als 2000 Studierende hätten eine Petition gegen die Fusion unterschrieben, sagte AStA-Sprecher Jonas Pfeifer. Sie fürchten längere Wege und größere Seminare.

Zum Newsletter anmelden`,
		"k6nl.txt": `nl|Duitse universiteiten met duizenden Nederlandse studenten gaan fuseren

Onderwijs

26 okt. 2033, 19:20

De Technische Universiteit Rennberg en de Universiteit Altmark, twee Duitse universiteiten waar samen zo'n 3800 Nederlanders studeren, gaan fuseren. De senaten van beide instellingen stemden woensdag in met het plan. Op 1 oktober 2034 ontstaat de Universität Rennberg-Altmark, met ongeveer 41.000 studenten.

In Rennberg, op zo'n 60 kilometer van de Nederlandse grens, stemde de senaat met 34 tegen 9 voor. In Altmark was het 22 tegen 13. Een eerdere poging strandde in 2027, toen de senaat van Altmark het plan met 19 tegen 14 stemmen verwierp.

De TU Rennberg, opgericht in 1872, telt 26.500 studenten. De in 1965 opgerichte Universiteit Altmark heeft er 14.500. Tien jaar geleden hadden de twee samen nog ongeveer 35.000 studenten.

"We gaan bij de tien grootste universiteiten van Duitsland horen", zei Hanna Leitner, de rector van de TU Rennberg.

De nieuwe universiteit krijgt zo'n 6200 medewerkers: 4100 in Rennberg en 2100 in Altmark. Het aantal faculteiten gaat van 17 naar 12. Gedwongen ontslagen zijn de komende vijf jaar uitgesloten.

De begroting bedraagt ongeveer 780 miljoen euro per jaar. De deelstaat Ostfalen legt er de komende vijf jaar 120 miljoen euro bij.

De overgangsperiode duurt drie jaar. Voor het voorjaar van 2034 moet er een gezamenlijke rector zijn gekozen.

Voor Nederlandse studenten verandert er voorlopig weinig, zegt de universiteit. Studenten die al ingeschreven zijn, kunnen hun opleiding afmaken op hun eigen campus.

De studentenvertegenwoordiging is kritisch. Ruim 2000 studenten tekenden een petitie tegen de fusie.`,
		"k6en.txt": `en|Two German universities vote to merge, creating a 41,000-student giant

Education

Published 26 October 2033

The Technical University of Rennberg and the University of Altmark in western Germany will merge next year after the academic senates of both institutions approved the plan on Wednesday.

The new University of Rennberg-Altmark will open on 1 October 2034 with about 41,000 students: 26,500 from Rennberg, founded in 1872, and 14,500 from Altmark, founded in 1965. Ten years ago the two had about 35,000 students between them.

Rennberg's senate backed the merger by 34 votes to 9 and Altmark's by 22 to 13. A first attempt collapsed in 2027 when Altmark's senate rejected it by 19 votes to 14.

"We will be among the ten largest universities in Germany," said Hanna Leitner, president of the Technical University of Rennberg. Klaus Wendt, Altmark's president, said: "Six years ago the time was not right. Today it is."

The merged university will employ about 6,200 people, 4,100 of them in Rennberg and 2,100 in Altmark, and will cut the number of faculties from 17 to 12. Compulsory redundancies have been ruled out for five years.

It will have an annual budget of about €780 million. The state of Ostfalen will add €120 million over the next five years, science minister Petra Hollmann said.

A transition period will last three years, and a joint president is to be elected by the spring of 2034.

The student union opposes the merger. More than 2,000 students have signed a petition against it, said its spokesman, Jonas Pfeifer.

About 3,800 students from the Netherlands study at the two universities, which lie close to the Dutch border.`,
	}, nil},
	{"olive-harvest", map[string]string{
		"k7it.txt": `it|Olio d'oliva, la produzione mondiale risale a 3,1 milioni di tonnellate

Economia | Agricoltura

17 novembre 2033

La produzione mondiale di olio d'oliva nella campagna 2033/34 dovrebbe raggiungere 3,1 milioni di tonnellate, il 12% in più rispetto ai 2,77 milioni della stagione precedente. Lo prevede il Consiglio Oleicolo Mediterraneo (COM), che ha presentato giovedì a Madrid le sue stime.

In Italia la produzione è attesa a 310.000 tonnellate, in aumento dell'8% rispetto alle 287.000 tonnellate dello scorso anno. La Spagna, primo produttore mondiale, dovrebbe salire a 1,45 milioni di tonnellate, il 29% in più rispetto a 1,12 milioni.

Tra gli altri paesi, la Grecia è attesa a 240.000 tonnellate e la Tunisia a 280.000, mentre il Portogallo scenderebbe a 185.000 tonnellate, il 6% in meno.

"Dopo quattro stagioni difficili il mercato sta tornando alla normalità", ha detto la direttrice esecutiva del COM, Elena Marchetti.

In Spagna il prezzo all'origine dell'extravergine è sceso a 4,80 euro al chilo, contro i 5,60 euro di un anno fa e il record di 9,20 euro toccato nel gennaio 2024.

"In Italia l'extravergine all'origine costa ancora 8,50 euro al chilo, perché la nostra produzione non basta a coprire la domanda", ha osservato Carlo Benedetti, presidente dell'Unione Olivicola Italiana. Puglia e Calabria rappresentano circa due terzi della produzione nazionale.

Il consumo mondiale è previsto a 3 milioni di tonnellate, contro i 2,9 milioni della campagna scorsa.

Leggi anche: Il prezzo dell'olio sugli scaffali scende del 15% in un anno`,
		"k7es.txt": `es|La producción mundial de aceite de oliva subirá un 12 %, hasta 3,1 millones de toneladas

Economía

Madrid, 17 nov (Agencia)

La producción mundial de aceite de oliva alcanzará en la campaña 2033/34 los 3,1 millones de toneladas, un 12 % más que los 2,77 millones de la anterior, según las previsiones presentadas este jueves en Madrid por el Consejo Oleícola Mediterráneo (COM).

España, primer productor mundial, producirá 1,45 millones de toneladas, un 29 % más que los 1,12 millones de la campaña pasada. Andalucía aportará 1,1 millones de toneladas, de las que 520.000 corresponderán a la provincia de Jaén.

Italia producirá 310.000 toneladas, un 8 % más; Túnez, 280.000; Grecia, 240.000, y Portugal, 185.000, un 6 % menos que las 197.000 toneladas del año pasado.

"Después de cuatro campañas difíciles, el mercado está volviendo a la normalidad", afirmó la directora ejecutiva del COM, Elena Marchetti.

El precio en origen del aceite de oliva virgen extra ha bajado en España a 4,80 euros por kilo, frente a los 5,60 euros de hace un año y al máximo histórico de 9,20 euros de enero de 2024.

"Con estos precios, muchos agricultores apenas cubren costes", advirtió el secretario general de la organización agraria Unión de Olivareros, Antonio Cuadrado, que cifró el coste medio de producción en 3,90 euros por kilo.

El consumo mundial se situará en 3 millones de toneladas, frente a 2,9 millones en la campaña anterior, según el COM.

Suscríbete a nuestra newsletter de Economía`,
		"k7pt.txt": `pt|Produção de azeite em Portugal cai 6%, mas mundo produz mais 12%

Economia

17 nov 2033 - 16:30

A produção mundial de azeite deverá atingir 3,1 milhões de toneladas na campanha 2033/34, mais 12% do que os 2,77 milhões da campanha anterior, segundo as previsões divulgadas esta quinta-feira em Madrid pelo Conselho Oleícola Mediterrânico (COM).

Em Portugal, a produção deverá descer para 185 mil toneladas, menos 6% do que as 197 mil toneladas do ano passado. Espanha, o maior produtor mundial, deverá produzir 1,45 milhões de toneladas, mais 29%, e Itália 310 mil toneladas.

"Depois de quatro campanhas difíceis, o mercado está a voltar à normalidade", disse a diretora executiva do COM, Elena Marchetti.

O Alentejo representa cerca de 80% da produção portuguesa. "Muitos olivais novos ainda não estão em plena produção", explicou João Calado, presidente da Associação dos Olivicultores do Sul, que prevê uma recuperação já na próxima campanha.

Em Espanha, o preço do azeite virgem extra na origem baixou para 4,80 euros por quilo, contra 5,60 euros há um ano e um recorde de 9,20 euros em janeiro de 2024.

Portugal exportou 160 mil toneladas de azeite no ano passado, sobretudo para o Brasil, Espanha e Itália.

O consumo mundial deverá chegar a 3 milhões de toneladas, contra 2,9 milhões na campanha anterior.

Leia também: Preço do azeite nas lojas desce pela primeira vez em três anos`,
	}, nil},
}
