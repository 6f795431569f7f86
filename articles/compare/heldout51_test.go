package compare

// heldOutLeveche is a blind held-out set of ten court, crime and security
// events, written without reading the comparison's code: a murder verdict
// in Umbria (well-murder-verdict), an extradition from Portugal to Brazil
// (grain-fraud-extradition), a fake bank adviser scam ring
// (fake-adviser-scam-ring), an EU cartel fine (food-tray-cartel-fine),
// gold bars seized at the Swiss border (border-gold-bars), anti-mafia
// raids (clan-raids-calabria), a ransomware attack on a French airport
// (airport-ransomware), kidnapped engineers freed in Mozambique
// (engineers-freed-mozambique), a corruption sentence in Naples
// (health-contracts-bribes) and a hashish speedboat off the Algarve
// (hashish-speedboat-algarve), in English, French, Italian and Portuguese.
//
// Six contradictions are planted, one each in six events, none in the
// first paragraph and each in a report whose language is the only one of
// its kind in its event: an age (the French report makes the murdered farmer 76, not
// 67), a count (the Italian report has about 1,700 victims of the scam
// ring, not 1,400), a percentage (the Portuguese report gives Polivar a
// 50% leniency cut, not 30%), a weekday (the Portuguese report has the
// airport attack start on Wednesday, not Tuesday), a distance (the French
// report puts the kidnap camp 90 km from Montepuez, not 60 km) and an
// amount (the French report has €1.4 million of bribes, not €1.1 million).
// The extradition, the gold bars, the mafia raids and the hashish hold
// none. The traps: two or three people's ages in one event (killer 41,
// victim 67, widow 64; boss 71 and son 44; engineers 54, 33 and driver
// 41), prison terms beside ages (24 years; six years and eight months
// against eight sought and 4 years 2 months), parts and totals (17 + 6 =
// 23 arrests; 49 + 8 = 57 warrants; three fines making €412 million;
// 32 one-kilo and 12 half-kilo bars making 44 bars and 38 kg; 140 bales
// of 30 kg making 4.2 tonnes), a 30% leniency and a 10% settlement cut and
// a 10%-of-turnover ceiling in the same reports, currencies (230 million
// reais, about €41 million, $43 million; R$ 230 mi), units (38 kg / 84
// lb; 25 nautical miles / 46 km / "almost 50 km"; 60 km / 37 miles; 4.2
// tonnes / 4200 quilos), rounding and hedges ("more than 1,000" / 1,200
// carabinieri; "nearly 50 million" / 48 million; "nearly 3 million" / 2.9
// million; "more than 6 million" / 6.2 million; "3,2 mil" / 3,200), 49
// days / seven weeks, 31 hours against dates, a handover on Thursday and
// an arrival on Friday, the attack's Tuesday and the restoration's
// Wednesday, background figures of other years (fraud cost €380 million
// in 2026 against 290 million; 2.3 million passengers against 2.1
// million; 38 tonnes of hashish in 2027 against 29; 214 kg of gold in
// 2026), and titles by synonym (président du directoire / chairman /
// président; assessore / health chief / assesseur).
//
// Frozen before its first run, which flagged 4 of the 6 contradictions
// and 2 false disagreements. It missed the scam ring's count (l3it's
// "circa 1.700 anziani" stood alone under the label "anziani", apart from
// the French "1 400 victimes" and "1 400 personnes", so nothing was
// compared) and the airport's weekday (l7pt's Wednesday for the start of
// the attack was grouped with l7en's and l7fr's Wednesday, the day the
// systems came back and the airport spoke, and agreed; their Tuesday start stood apart). The
// false disagreements: grain-fraud-extradition's date "desta" put the
// Thursday of the handover in Lisbon (l2en, l2fr) against the Friday of
// the arrival in Brasília (l2ptbr "sexta-feira"), two different events;
// and border-gold-bars' count "lingotti" put the 32 one-kilo bars (l5fr,
// l5it, a part) against the 44 bars in all (l5it2, the total). As the run
// flagged two false disagreements, one more than the one allowed, the
// set's line in heldOutSets holds it to 2. No value in wrong was respelt.
//
// Fixed after, so the set is held out no longer: a count that is one
// source's figure plus another count of its sentence is their total (the
// 44 bars beside 32 and 12). Now 4 of 6 and 1 false (the handover's
// Thursday against the arrival's Friday).
var heldOutLeveche = []heldOutEvent{
	{"well-murder-verdict", map[string]string{
		"l1it.txt": `it|Omicidio di Collemoro, condannato a 24 anni il vicino di casa

PERUGIA, 21 SET - La Corte d'Assise di Perugia ha condannato a 24 anni di reclusione Loris Fabbrini, 41 anni, accusato di aver ucciso il 3 agosto 2026 il vicino Ermanno Pascucci, agricoltore di 67 anni, al culmine di una lite per l'uso di un pozzo a Collemoro, frazione di Todi. La procura aveva chiesto l'ergastolo.

I giudici sono rimasti in camera di consiglio per circa sette ore. È stata esclusa l'aggravante della premeditazione, mentre sono state riconosciute le attenuanti generiche.

Pascucci fu raggiunto da due colpi di fucile da caccia nel cortile della casa colonica in cui viveva da oltre quarant'anni. Fabbrini dovrà versare una provvisionale di 200.000 euro alla vedova e ai due figli della vittima.

La difesa, con l'avvocato Sergio Lanari, ha annunciato ricorso in appello: "Leggeremo le motivazioni, che saranno depositate entro 90 giorni". (ANSA).`,
		"l1it2.txt": `it|Todi, il killer del pozzo condannato a 24 anni. La vedova: "Giustizia a metà"

Cronaca | Todi

di Marta Cenci

Ventiquattro anni di carcere. È la pena inflitta ieri dalla Corte d'Assise di Perugia a Loris Fabbrini, il 41enne di Collemoro che la sera del 3 agosto dello scorso anno uccise a fucilate il vicino Ermanno Pascucci, 67 anni. Il pm Chiara Montesi aveva chiesto il carcere a vita.

Il processo si era aperto a febbraio e si è chiuso dopo 16 udienze. Al centro della vicenda, un vecchio pozzo al confine tra le due proprietà, conteso da anni: nel 2019 Fabbrini era già stato denunciato per minacce.

"Giustizia a metà, per chi ha ucciso mio marito ci voleva l'ergastolo", ha detto all'uscita dall'aula la vedova, Rosanna Bettini, 64 anni. Alla famiglia è stata riconosciuta una provvisionale di 200mila euro.

I difensori ricorreranno in appello dopo il deposito delle motivazioni, atteso entro tre mesi.

LEGGI ANCHE: Todi, lite per i confini finisce in tribunale`,
		"l1en.txt": `en|Italian man jailed for 24 years over killing of neighbour in row over a well

By Reuters staff

ROME, Sept 21 - A court in the central Italian city of Perugia on Tuesday sentenced a 41-year-old man to 24 years in prison for shooting dead his 67-year-old neighbour during a long-running dispute over a water well.

Loris Fabbrini killed farmer Ermanno Pascucci with two shots from a hunting rifle in the courtyard of Pascucci's farmhouse near the town of Todi in August last year. Prosecutors had sought a life sentence.

The court, made up of two professional judges and six lay judges, deliberated for about seven hours and ruled out premeditation. Fabbrini was also ordered to pay provisional damages of 200,000 euros to the victim's widow and two sons.

His lawyer said he would appeal once the court publishes its reasoning, due within 90 days.`,
		"l1fr.txt": `fr|Italie : 24 ans de prison pour le meurtre de son voisin à cause d'un puits

Monde

ROME, 21 septembre (AFP) - La cour d'assises de Pérouse, en Ombrie, a condamné mardi un homme de 41 ans à 24 ans de réclusion pour avoir tué son voisin lors d'une querelle autour d'un puits, a-t-on appris de source judiciaire.

Le parquet avait requis la réclusion à perpétuité. Les juges, qui ont délibéré environ sept heures, ont écarté la préméditation.

La victime, Ermanno Pascucci, un agriculteur de 76 ans, avait été tuée de deux coups de fusil de chasse le 3 août 2026 dans la cour de sa ferme de Collemoro, près de Todi. Le meurtrier, Loris Fabbrini, devra verser une provision de 200 000 euros à la veuve et aux deux fils de la victime.

Son avocat a annoncé qu'il ferait appel.`,
	}, map[string][2]string{"l1fr.txt": {"76 years", "67 years"}}},
	{"grain-fraud-extradition", map[string]string{
		"l2pt.txt": `pt|Empresário brasileiro acusado de burla de 230 milhões de reais extraditado para o Brasil

Lisboa, 20 jan 2028 (Lusa) - O empresário brasileiro Valdemar Queiroga Sampaio, de 58 anos, foi hoje entregue no aeroporto de Lisboa a três agentes da Polícia Federal brasileira, que o acompanharão no voo para Brasília, concluindo um processo de extradição que se arrastou durante mais de um ano.

Antigo dono da empresa de comércio de cereais Agrobrasa Comercial, Queiroga Sampaio é acusado no Brasil de ter lesado cerca de 3.200 investidores em 230 milhões de reais (cerca de 41 milhões de euros) através de um esquema em pirâmide no estado de Goiás.

O empresário foi detido em Cascais em novembro de 2026, ao abrigo de um mandado internacional da Interpol, e estava em prisão preventiva desde então. O Tribunal da Relação de Lisboa autorizou a extradição em junho e o Supremo Tribunal de Justiça rejeitou o recurso em outubro.

Um filho do empresário, de 31 anos, também acusado no processo, continua em parte incerta.`,
		"l2ptbr.txt": `pt|Empresário acusado de golpe de R$ 230 mi chega a Brasília após extradição de Portugal

Política | Goiás

21/01/2028 07h42 - Atualizado há 2 horas

O empresário Valdemar Queiroga Sampaio, acusado de aplicar um golpe de R$ 230 milhões em mais de 3,2 mil investidores, desembarcou na manhã desta sexta-feira (21) em Brasília, extraditado de Portugal.

Ele viajou escoltado por três policiais federais e foi levado para a Superintendência da PF, onde passa por exames antes de ser transferido para um presídio em Goiânia.

Segundo o Ministério Público Federal, a Agrobrasa Comercial prometia rendimentos de até 4% ao mês com a venda de contratos de soja e milho. O esquema funcionou entre 2021 e 2025.

Queiroga Sampaio, de 58 anos, estava preso em Portugal havia 14 meses. A defesa diz que ele é inocente.`,
		"l2en.txt": `en|Portugal extradites Brazilian businessman accused of $43 million pyramid scheme

LISBON, Jan 20 (Reuters) - Portugal on Thursday handed over to Brazil a businessman accused of cheating some 3,200 investors out of 230 million reais ($43 million), ending a legal battle that began with his arrest near Lisbon 14 months ago.

Valdemar Queiroga Sampaio, 58, was escorted onto a flight to Brasilia by three Brazilian federal police officers, Portugal's judicial police said.

Brazilian prosecutors say his grain trading company, Agrobrasa Comercial, promised returns of up to 4% a month on soybean and corn contracts. Portugal has extradited nine people to Brazil since 2020 under a treaty signed in 1991.`,
		"l2fr.txt": `fr|Le Portugal extrade vers le Brésil un homme d'affaires accusé d'une escroquerie géante

International

LISBONNE, 20 janvier - Le Portugal a remis jeudi au Brésil Valdemar Queiroga Sampaio, un homme d'affaires de 58 ans accusé d'avoir escroqué quelque 3 200 investisseurs, selon la police judiciaire portugaise.

Le montant de la fraude est estimé à 230 millions de reais, soit environ 41 millions d'euros. Arrêté à Cascais en novembre 2026, il avait épuisé tous ses recours devant la justice portugaise.

Il a quitté Lisbonne sous l'escorte de trois policiers fédéraux brésiliens.`,
	}, nil},
	{"fake-adviser-scam-ring", map[string]string{
		"l3fr.txt": `fr|Escroquerie aux faux conseillers bancaires : 23 interpellations en France et en Italie

Faits divers

Publié le 08/02/2028 à 11h15 - Mis à jour à 17h40

Vingt-trois personnes ont été interpellées mardi à l'aube en France et en Italie dans le cadre d'une enquête sur un vaste réseau d'escroquerie aux faux conseillers bancaires, qui aurait fait 1 400 victimes, pour un préjudice total de 6,2 millions d'euros, a annoncé le parquet de Lyon.

Dix-sept suspects ont été arrêtés dans le Rhône, l'Isère et l'Ain, et six autres dans la région de Milan, où se trouvait l'un des deux centres d'appels du réseau. L'opération a mobilisé 280 gendarmes et 60 carabiniers.

Les escrocs se faisaient passer pour des conseillers de banque et convainquaient leurs victimes, âgées en moyenne de 78 ans, de valider des virements ou de remettre leur carte à un faux coursier. La doyenne avait 94 ans.

Les enquêteurs ont saisi 410 000 euros en liquide, neuf voitures de luxe et deux appartements. Le chef présumé du réseau, âgé de 38 ans, a été arrêté à Milan et fait l'objet d'un mandat d'arrêt européen.

Selon la Banque de France, ce type de fraude a coûté 380 millions d'euros en 2026, contre 290 millions l'année précédente.`,
		"l3fr2.txt": `fr|Lyon : un réseau de faux banquiers démantelé, plus de 6 millions d'euros escroqués

LYON (Rhône) - C'est l'aboutissement de deux ans d'enquête. Mardi 8 février, 280 gendarmes ont participé à un coup de filet contre un réseau soupçonné d'avoir escroqué 1 400 personnes, pour la plupart âgées, en se faisant passer pour leur banquier.

Au total, 23 personnes âgées de 19 à 46 ans ont été interpellées, dont six en Italie avec l'aide des carabiniers. Le préjudice s'élève à 6,2 millions d'euros.

"Ce sont des gens qui s'attaquaient aux plus vulnérables, avec un scénario très rodé", a souligné le procureur de Lyon, Thierry Vasseur. Le réseau opérait depuis janvier 2026.

Les suspects devaient être présentés à un juge d'instruction à l'issue de leur garde à vue.`,
		"l3it.txt": `it|Truffe dei falsi consulenti bancari, sei arresti in Lombardia

MILANO - Sei persone sono state arrestate all'alba di martedì tra Milano e Monza dai carabinieri, su richiesta della magistratura francese, nell'ambito di un'operazione congiunta contro una rete di truffatori che si spacciavano per consulenti bancari.

In Francia gli arresti sono stati 17, per un totale di 23. Tra i fermati in Italia c'è il presunto capo dell'organizzazione, un uomo di 38 anni, raggiunto da un mandato d'arresto europeo.

Secondo gli inquirenti, la banda avrebbe raggirato circa 1.700 anziani, sottraendo complessivamente 6,2 milioni di euro. Uno dei due call center usati dal gruppo si trovava in un capannone alla periferia di Monza.

All'operazione hanno partecipato 60 carabinieri del comando provinciale di Milano.`,
	}, map[string][2]string{"l3it.txt": {"1,700", "1,400"}}},
	{"food-tray-cartel-fine", map[string]string{
		"l4en.txt": `en|EU fines food tray makers 412 million euros for price-fixing cartel

BRUSSELS, June 13 - The European Commission on Tuesday fined three makers of plastic food trays a total of 412 million euros for running a cartel that fixed prices and shared out customers in 11 EU countries for nine years.

Germany's Trexapak was fined 198 million euros, Italy's Polivar 131 million euros and France's Emballages Ducros 83 million euros. A fourth company, Dutch group Norvolen, escaped a fine of about 60 million euros because it revealed the cartel to the Commission.

Polivar received a 30% reduction for cooperating with the investigation, and all three companies had their fines cut by 10% for admitting their involvement and agreeing to a settlement.

"For nine years, shoppers paid more for meat, cheese and ready meals because these companies chose to collude instead of compete," competition commissioner Ingrid Aalto said.

The cartel ran from March 2015 to April 2024. Fines for cartels can reach 10% of a company's global turnover.`,
		"l4fr.txt": `fr|Bruxelles inflige 412 millions d'euros d'amende à un cartel des barquettes alimentaires

Économie

BRUXELLES, 13 juin 2028 - La Commission européenne a infligé mardi des amendes d'un montant total de 412 millions d'euros à trois fabricants de barquettes en plastique qui se sont entendus sur les prix pendant neuf ans.

Le français Emballages Ducros devra payer 83 millions d'euros, l'allemand Trexapak 198 millions et l'italien Polivar 131 millions. Le néerlandais Norvolen, qui a dénoncé l'entente, bénéficie d'une immunité totale.

Polivar a obtenu une réduction de 30 % au titre de la clémence. Les trois entreprises ont en outre bénéficié d'une réduction de 10 % pour avoir reconnu les faits dans le cadre d'une procédure de transaction.

Les barquettes concernées servent à conditionner la viande, le fromage et les plats préparés vendus en grande surface dans onze pays de l'UE.`,
		"l4it.txt": `it|Cartello delle vaschette per alimenti, multa Ue da 412 milioni. A Polivar 131 milioni

Economia

La Commissione europea ha multato per 412 milioni di euro complessivi tre produttori di vaschette in plastica per alimenti, tra cui l'italiana Polivar, per un cartello durato nove anni, dal 2015 al 2024.

La sanzione più pesante, 198 milioni, colpisce la tedesca Trexapak; a Polivar, con sede a Bergamo, tocca una multa di 131 milioni, già ridotta del 30% per la collaborazione prestata durante l'indagine. La francese Emballages Ducros pagherà 83 milioni.

L'olandese Norvolen, che ha denunciato il cartello, evita una multa di circa 60 milioni.

In una nota Polivar "prende atto della decisione" e valuta un ricorso al Tribunale dell'Ue.`,
		"l4pt.txt": `pt|Bruxelas multa fabricantes de embalagens alimentares em 412 milhões de euros

Economia

A Comissão Europeia aplicou esta terça-feira coimas no valor total de 412 milhões de euros a três fabricantes de embalagens de plástico para alimentos, por um cartel que durante nove anos fixou preços e repartiu clientes em 11 países da União Europeia, incluindo Portugal.

A alemã Trexapak terá de pagar 198 milhões de euros, a italiana Polivar 131 milhões e a francesa Emballages Ducros 83 milhões. A neerlandesa Norvolen, que denunciou o cartel, ficou isenta.

A Polivar beneficiou de uma redução de 50% por ter colaborado com a investigação, ao abrigo do programa de clemência, e as três empresas obtiveram ainda um desconto de 10% por terem reconhecido a infração.

As coimas por cartel podem atingir 10% do volume de negócios mundial das empresas.`,
	}, map[string][2]string{"l4pt.txt": {"50%", "30%"}}},
	{"border-gold-bars", map[string]string{
		"l5it.txt": `it|Chiasso, 38 chili di lingotti d'oro nascosti sotto i sedili: sequestro da 2,9 milioni

COMO, 5 MAR - I finanzieri del valico di Brogeda hanno sequestrato 38 chili di lingotti d'oro, per un valore di circa 2,9 milioni di euro, nascosti in un doppiofondo ricavato sotto i sedili posteriori di un'auto con targa svizzera, fermata sabato sera all'ingresso in Italia.

A bordo c'erano due uomini residenti in Canton Ticino, di 47 e 29 anni, che hanno dichiarato di essere diretti a Milano e di non avere nulla da dichiarare. Nel doppiofondo c'erano 32 lingotti da un chilo e 12 da mezzo chilo.

Per i due è scattata la sanzione per omessa dichiarazione di valuta, prevista per importi superiori a 10.000 euro, che può arrivare al 50% della somma eccedente. La procura di Como ha aperto un fascicolo per riciclaggio.

Nel 2026 al confine con la Svizzera la Guardia di finanza aveva intercettato 214 chili d'oro e 11 milioni in contanti. (ANSA).`,
		"l5it2.txt": `it|Oro in auto al valico di Brogeda, fermati due ticinesi

Como | Cronaca

Quasi tre milioni di euro in oro nascosti in un'auto. È quanto hanno scoperto sabato sera le Fiamme Gialle di Como durante un controllo al valico autostradale di Brogeda, a Chiasso: sotto i sedili posteriori di una berlina c'erano 44 lingotti, per un peso complessivo di 38 chilogrammi.

L'auto, partita da Lugano, era guidata da un 47enne, con lui un ragazzo di 29 anni. Entrambi vivono in Ticino.

I cani antivaluta hanno fiutato il nascondiglio dopo pochi minuti. L'oro è stato sequestrato in attesa degli accertamenti sulla provenienza.`,
		"l5en.txt": `en|Italian police seize nearly 3 million euros of gold bars at Swiss border

MILAN, March 5 - Italian customs police seized 38 kg (about 84 lb) of gold bars hidden under the back seats of a Swiss-registered car at the Chiasso border crossing on Saturday night, the Guardia di Finanza said.

The gold, worth about 2.9 million euros, was found in a secret compartment after sniffer dogs trained to detect cash alerted officers. The two men in the car, aged 47 and 29, said they were driving to Milan.

Travellers must declare cash and gold worth more than 10,000 euros when entering Italy. Prosecutors in Como have opened a money laundering investigation.`,
		"l5fr.txt": `fr|Près de 3 millions d'euros d'or saisis à la frontière italo-suisse

Suisse

Les douaniers italiens ont découvert samedi soir 38 kilos d'or en lingots dissimulés dans une voiture immatriculée au Tessin, au poste-frontière de Brogeda, près de Chiasso.

La cargaison, estimée à 2,9 millions d'euros, se composait de 32 lingots d'un kilo et de 12 lingots de 500 grammes. Les deux occupants, deux Tessinois de 47 et 29 ans, n'avaient rien déclaré.

Au-delà de 10 000 euros, l'or et les espèces doivent être déclarés à la frontière. Une enquête pour blanchiment a été ouverte par le parquet de Côme.`,
	}, nil},
	{"clan-raids-calabria", map[string]string{
		"l6it.txt": `it|'Ndrangheta, maxi-operazione tra Calabria e Lombardia: 57 misure cautelari

REGGIO CALABRIA, 16 NOV - Oltre mille carabinieri sono impegnati dall'alba in Calabria, Lombardia e Piemonte nell'esecuzione di 57 misure cautelari, 49 in carcere e 8 ai domiciliari, nei confronti di presunti affiliati alla cosca Ferraina di Santa Venera Calabra e di imprenditori ritenuti vicini al clan.

Le accuse, a vario titolo, sono associazione mafiosa, estorsione, traffico di droga e riciclaggio. Secondo la Dda di Reggio Calabria, il clan avrebbe imposto il pizzo a 140 imprese tra la Piana di Gioia Tauro e l'hinterland milanese.

Sequestrati beni per 48 milioni di euro: 34 società, 112 immobili e conti correnti. L'indagine, denominata "Terra bruciata", è durata tre anni.

Tra i destinatari delle misure c'è il presunto capo, Rocco Ferraina, 71 anni, già detenuto, e il figlio Domenico, 44 anni, arrestato nella sua villa di Rho.`,
		"l6it2.txt": `it|"Terra bruciata", il procuratore: "Un clan che controllava cantieri e locali da Gioia Tauro a Milano"

di Paolo Serra

Sono 1.200 i carabinieri che all'alba di martedì hanno bussato alle porte di 57 indagati. "Un'organizzazione capace di controllare cantieri, locali notturni e trasporti da Gioia Tauro fino alle porte di Milano", ha detto il procuratore Antonio Scibilia in conferenza stampa.

L'inchiesta era partita nel 2024 dalla denuncia di un imprenditore edile che si era rifiutato di pagare 5.000 euro al mese. Da lì gli investigatori hanno ricostruito estorsioni ai danni di 140 aziende.

Il valore dei beni sequestrati supera i 48 milioni. Il capocosca, 71 anni, era già in carcere dal 2019 e secondo l'accusa continuava a dare ordini attraverso i colloqui con i familiari.`,
		"l6en.txt": `en|Italian police arrest dozens in raids on Calabrian mafia clan

ROME, Nov 16 - More than 1,000 Italian police officers took part in dawn raids across three regions on Tuesday against a 'Ndrangheta clan accused of extorting businesses from Calabria to Milan, prosecutors said.

Arrest warrants were issued for 57 people, of whom 49 were ordered held in jail and eight placed under house arrest. Assets worth nearly 50 million euros, including 34 companies and 112 properties, were seized.

The alleged boss, 71, was already in prison. His 44-year-old son was arrested at his home near Milan.

The investigation, which lasted three years, found the clan had extorted 140 businesses.`,
		"l6pt.txt": `pt|Itália: dois portugueses entre os 57 visados em operação contra a 'Ndrangheta

Mundo

Dois cidadãos portugueses, de 36 e 52 anos, estão entre os 57 visados pela megaoperação contra a máfia calabresa 'Ndrangheta lançada esta terça-feira em Itália, na qual participaram 1.200 carabineiros.

Segundo a imprensa italiana, os dois homens, residentes na Lombardia, são suspeitos de ajudar a branquear dinheiro do clã através de empresas de transportes.

As autoridades italianas apreenderam bens no valor de 48 milhões de euros, incluindo 34 empresas e 112 imóveis.`,
	}, nil},
	{"airport-ransomware", map[string]string{
		"l7fr.txt": `fr|Cyberattaque à l'aéroport de Pornic-Atlantique : 86 vols annulés

Loire-Atlantique | Transports

Publié le 18 octobre 2028 à 14h02

L'aéroport de Pornic-Atlantique a retrouvé mercredi vers 12h40 l'usage de ses systèmes d'enregistrement et de tri des bagages, paralysés depuis mardi 5h40 par une attaque au rançongiciel. En 31 heures, 86 des 212 vols programmés ont été annulés et près de 14 000 passagers ont été touchés.

L'attaque a été revendiquée par le groupe NoxLock, qui réclame une rançon de 3 millions de dollars. "Il est hors de question de payer", a déclaré le président du directoire de l'aéroport, Bertrand Quéméneur.

Pendant l'interruption, l'enregistrement s'est fait à la main, avec des cartes d'embarquement en papier, et l'attente a parfois atteint trois heures. L'ANSSI a dépêché une équipe sur place et le parquet de Paris a été saisi.

L'aéroport a accueilli 2,3 millions de passagers en 2027, contre 2,1 millions un an plus tôt.`,
		"l7fr2.txt": `fr|Pornic-Atlantique : l'aéroport se remet lentement de la cyberattaque

Mardi matin, à 5h40, les écrans des comptoirs d'enregistrement se sont éteints les uns après les autres. Trente et une heures plus tard, l'aéroport de Pornic-Atlantique annonçait le retour à la normale.

Entre-temps, 86 vols sur 212 ont été supprimés, soit environ 40 % du programme. "On nous a dit d'attendre, puis qu'on ne partirait pas", raconte Sylvie, 62 ans, qui devait rejoindre Lisbonne.

Le président de l'aéroport, Bertrand Quéméneur, a refusé de payer les 3 millions de dollars exigés par les pirates.`,
		"l7en.txt": `en|Ransomware attack grounds flights at French regional airport

PARIS, Oct 18 - A ransomware attack knocked out check-in and baggage systems at France's Pornic-Atlantique airport for 31 hours, forcing the cancellation of 86 of 212 scheduled flights and affecting about 14,000 passengers, the airport said on Wednesday.

The attack began at 5:40 a.m. on Tuesday. A group calling itself NoxLock claimed responsibility and demanded $3 million, which airport chairman Bertrand Quemeneur said would not be paid.

France's national cybersecurity agency ANSSI is investigating. The airport handled 2.3 million passengers last year.`,
		"l7pt.txt": `pt|Ciberataque em aeroporto francês obriga TAP a cancelar seis voos

Transportes

Um ataque informático ao aeroporto francês de Pornic-Atlantique, na costa atlântica, levou ao cancelamento de 86 voos, seis dos quais da TAP, com ligações a Lisboa e ao Porto.

O ataque começou na madrugada de quarta-feira, por volta das 5h40, e deixou inoperacionais os sistemas de check-in e de bagagens durante 31 horas. Cerca de 14 mil passageiros foram afetados.

O grupo NoxLock reivindicou a autoria e exige um resgate de 3 milhões de dólares. A TAP diz que os passageiros afetados podem remarcar a viagem sem custos.`,
	}, map[string][2]string{"l7pt.txt": {"Wednesday", "Tuesday"}}},
	{"engineers-freed-mozambique", map[string]string{
		"l8pt.txt": `pt|Engenheiros portugueses raptados em Moçambique libertados ao fim de 49 dias

Lisboa, 30 abr 2028 (Lusa) - Os dois engenheiros portugueses raptados em 12 de março no norte de Moçambique foram hoje libertados, juntamente com o motorista moçambicano que os acompanhava, anunciou o Ministério dos Negócios Estrangeiros.

Rui Almada Pestana, de 54 anos, e Tiago Sequeira, de 33, trabalhavam para a construtora Atlântida na obra de uma estrada na província do Niassa. Foram levados por homens armados quando regressavam ao estaleiro de Nalúpia, a 60 quilómetros de Montepuez.

"Estão bem de saúde, dentro do possível", disse o ministro dos Negócios Estrangeiros, que agradeceu às autoridades moçambicanas e garantiu que o Estado português não pagou qualquer resgate.

Os três homens foram levados de helicóptero para Pemba e depois para Maputo. Os dois engenheiros deverão chegar a Lisboa na terça-feira.`,
		"l8pt2.txt": `pt|"Pensei que não voltava a ver os meus filhos": engenheiro libertado fala à família

Sociedade

Ao fim de sete semanas em cativeiro, Tiago Sequeira conseguiu finalmente falar ao telefone com a mulher, na noite de domingo. "Pensei que não voltava a ver os meus filhos", terá dito, segundo um familiar.

O engenheiro de 33 anos e o colega Rui Almada Pestana, de 54, foram raptados a 12 de março, a cerca de 60 km de Montepuez, quando regressavam ao estaleiro. O motorista, Albino Muchanga, de 41 anos, foi libertado com eles.

Segundo a imprensa moçambicana, os raptores chegaram a exigir 2 milhões de dólares. O Governo nega ter pago qualquer quantia.

A construtora Atlântida, com sede em Leiria, suspendeu os trabalhos na obra desde o rapto.`,
		"l8en.txt": `en|Two Portuguese engineers kidnapped in Mozambique freed after seven weeks

LISBON, April 30 - Two Portuguese engineers and their Mozambican driver who were kidnapped in northern Mozambique in March have been released unharmed, Portugal's foreign ministry said on Sunday.

The men were seized by armed men on March 12 near a road construction camp about 60 km (37 miles) from the town of Montepuez. Portugal's foreign minister said no ransom had been paid.

The engineers, aged 54 and 33, were flown to the provincial capital Pemba and then to Maputo, and are expected back in Lisbon on Tuesday.`,
		"l8fr.txt": `fr|Mozambique : deux ingénieurs portugais libérés après 49 jours de captivité

Afrique

Deux ingénieurs portugais et leur chauffeur mozambicain, enlevés le 12 mars dans le nord du Mozambique, ont été libérés dimanche, a annoncé le ministère portugais des Affaires étrangères.

Rui Almada Pestana, 54 ans, et Tiago Sequeira, 33 ans, travaillaient sur un chantier routier de l'entreprise Atlântida. Ils avaient été enlevés par des hommes armés alors qu'ils regagnaient leur campement de Nalúpia, à 90 kilomètres de Montepuez.

Lisbonne assure n'avoir versé aucune rançon. Les ingénieurs doivent rentrer au Portugal mardi.`,
	}, map[string][2]string{"l8fr.txt": {"90 km", "60 km"}}},
	{"health-contracts-bribes", map[string]string{
		"l9it.txt": `it|Appalti delle pulizie negli ospedali, sei anni e otto mesi all'ex assessore Vitagliano

NAPOLI, 26 OTT - Il tribunale di Napoli ha condannato a 6 anni e 8 mesi di reclusione l'ex assessore regionale alla Sanità della Campania Gennaro Vitagliano, 63 anni, accusato di aver intascato tangenti per 1,1 milioni di euro in cambio di appalti per le pulizie negli ospedali.

Secondo l'accusa, tra il 2019 e il 2022 Vitagliano avrebbe pilotato gare per 74 milioni di euro a favore della Nitor Servizi, che gli avrebbe versato in cambio l'1,5% del valore dei contratti. La procura aveva chiesto 8 anni.

Il tribunale ha disposto l'interdizione perpetua dai pubblici uffici e la confisca di 1,1 milioni. L'imprenditore Aurelio Cafiero, 57 anni, titolare della Nitor, aveva patteggiato 4 anni e 2 mesi.

I legali di Vitagliano hanno annunciato appello.`,
		"l9it2.txt": `it|Tangenti sulle pulizie, condannato Vitagliano. "Sentenza ingiusta, sono innocente"

Napoli | Giudiziaria

Sei anni e otto mesi. Il collegio della settima sezione penale ha letto la sentenza poco dopo le 18 di ieri, dopo una camera di consiglio di cinque ore. L'ex assessore Gennaro Vitagliano ha ascoltato in silenzio, poi ha lasciato l'aula: "Sentenza ingiusta, sono innocente".

Per i giudici Vitagliano ricevette dalla Nitor Servizi mazzette per un totale di 1,1 milioni, in parte in contanti e in parte attraverso consulenze fittizie affidate a un cognato. In cambio, la società di Casoria si aggiudicò appalti per 74 milioni in cinque aziende ospedaliere.

Il processo era cominciato nel gennaio del 2026. Il cognato è stato condannato a 3 anni.`,
		"l9en.txt": `en|Former Italian regional health official jailed for bribes over hospital cleaning contracts

NAPLES, Oct 26 - An Italian court on Thursday sentenced Gennaro Vitagliano, the former health chief of the southern Campania region, to six years and eight months in prison for taking 1.1 million euros in bribes to rig hospital cleaning contracts.

Prosecutors said the contracts, worth 74 million euros, were awarded to cleaning company Nitor Servizi between 2019 and 2022. They had sought an eight-year sentence.

Vitagliano, 63, was also banned from public office for life. He denies wrongdoing and plans to appeal.`,
		"l9fr.txt": `fr|Italie : un ancien responsable de la santé condamné pour corruption à Naples

Europe

NAPLES, 26 octobre - L'ancien assesseur à la Santé de la région Campanie, Gennaro Vitagliano, 63 ans, a été condamné jeudi à six ans et huit mois de prison pour corruption dans l'attribution de marchés de nettoyage des hôpitaux.

Selon le jugement, il a perçu 1,4 million d'euros de pots-de-vin de la société Nitor Servizi, qui a remporté en échange des contrats d'une valeur de 74 millions d'euros entre 2019 et 2022.

Le parquet avait requis huit ans. Il est en outre frappé d'une interdiction définitive d'exercer une fonction publique.`,
	}, map[string][2]string{"l9fr.txt": {"€1.4 million", "€1.1 million"}}},
	{"hashish-speedboat-algarve", map[string]string{
		"l10pt.txt": `pt|PJ e Marinha apreendem 4,2 toneladas de haxixe em lancha ao largo de Olhão

Faro, 11 mar 2028 (Lusa) - A Polícia Judiciária e a Marinha apreenderam 4,2 toneladas de haxixe numa lancha intercetada ao largo de Olhão, no Algarve, na madrugada de sábado, depois de uma perseguição de cerca de 25 milhas náuticas, anunciou hoje a PJ.

A droga estava acondicionada em 140 fardos de cerca de 30 quilos cada. Os quatro tripulantes, de nacionalidade espanhola e marroquina e com idades entre os 23 e os 39 anos, foram detidos.

A lancha, com 14 metros de comprimento e quatro motores de 300 cavalos, tentou fugir para águas espanholas. Segundo a PJ, a droga daria para mais de 25 milhões de euros no mercado.

Em 2027, a PJ apreendeu 38 toneladas de haxixe, contra 29 toneladas no ano anterior.`,
		"l10pt2.txt": `pt|Perseguição no mar termina com 4200 quilos de haxixe apreendidos

Algarve | Olhão

Foi uma perseguição a alta velocidade, de noite, ao longo de quase 50 quilómetros. A lancha rápida acabou por ser travada por uma corveta da Marinha a sul da ilha da Culatra, com 4200 quilos de haxixe a bordo.

Os quatro homens que seguiam na embarcação, três espanhóis e um marroquino, vão ser presentes a tribunal em Faro. O mais novo tem 23 anos.

"É uma das maiores apreensões deste tipo no Algarve nos últimos anos", disse uma fonte da PJ ao nosso jornal.`,
		"l10en.txt": `en|Portuguese police seize 4.2 tonnes of hashish after speedboat chase off Algarve

LISBON, March 11 - Portuguese police and navy sailors seized 4.2 tonnes of hashish from a speedboat off the southern Algarve coast early on Saturday after a chase of about 25 nautical miles (46 km), the judicial police said.

The drugs were packed in 140 bales. The four crew members, Spanish and Moroccan nationals aged between 23 and 39, were arrested.

Police said the hashish had a street value of more than 25 million euros. Portuguese authorities seized 38 tonnes of hashish last year.`,
	}, nil},
}
