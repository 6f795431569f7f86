package compare

// heldOutMarin is a blind held-out set of ten economy, labour and
// infrastructure events, written without reading the comparison code:
// a lorry drivers' blockade of toll gates in Puglia (it, it, en, de), German
// retail sales for August (de, de, en), an Austrian department store
// chain's closures (de, de, en, it), a new motorway stretch in Portugal (pt,
// pt, en), Italian industrial output for March (it, en, de), a Brazilian
// aluminium smelter's restart (pt, pt, en), an Algarve desalination plant
// contract (pt, pt, en, de), a Madeira hotel wage deal (pt, pt, en, de), a
// rail line's electrification in the Marche (it, it, en, de) and Portuguese
// new car registrations for June (pt, pt, en).
//
// Six events hold one planted contradiction each: a duration (the German
// report of the blockade gives five days for four, in its first
// paragraph), a count (the Italian report of the store closures gives
// 2,900 jobs for 1,900, second paragraph), a distance (the English report
// of the motorway gives the longest viaduct as 870 m for 780 m, third
// paragraph), an amount (the German report of the desalination plant gives
// €105 million for €95 million, third paragraph), an age (the second
// Portuguese report of the hotel deal makes the employers' president 59
// for 54, third paragraph) and a weekday (the German report of the rail
// line starts regular service on Tuesday for Monday, third paragraph).
// Five of the six are in a report whose language is the minority in its
// event. Retail sales, industrial output, the smelter and the car
// registrations hold none.
//
// The traps: organisers' and police counts of lorries, a previous
// blockade's six days, two people's ages side by side; real and nominal,
// month-on-month and year-on-year rates, a revised earlier month and a
// forecast, "almost 2%" for 1.8%; a city's 112 jobs in a total of about
// 1,900, a store's opening year beside the chain's founding year, 14 of 38
// stores and the 24 left; a journey time given as 18 minutes and as 22
// minutes saved, tolls for cars and lorries, a comments count; a quarter's
// change beside a month's, sector rates; two of three lines and 240,000 of
// 360,000 tonnes, 850 rehired of 1,300, reais and dollars; brine volume
// beside water volume, "a quarter" and 25%; a new minimum wage and the old
// one, 25 and 23 days of holiday, an earlier deal's rise; 30 minutes saved
// against 1 h 35 and 1 h 05, an old stationmaster's age; a share's change
// in percentage points, "100% electric", a rounded half-year total and an
// older year's.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions
// and 5 false disagreements. It missed the Italian store report's 2,900
// jobs against 1,900 (left in a row of its own, "dipendenti", beside the
// "beschäftigten" row of the others) and the German rail report's Tuesday
// against Monday (a row of its own, "beginnt"). The false ones: the
// smelter's 15-year power contract against the "sete anos" it stood idle
// (duration "energia"); the desalination plant's 20 million cubic metres
// of brine against its 16 million of water (count "metros"); the hotel
// union man's age, 61 anos, against "the best agreement in 20 years"
// (duration "sindicalista"); the Christmas strike's last day, 25 de
// dezembro, against the rise's start, 1 de janeiro (date "greve"); and
// June's 21 480 cars against 3.940 vans (count "unidades"). Some rows also
// paired different figures without flagging them (retail sales' 1.1%
// beside 0.6%, 0.5% beside 0.9%; output's 0.3% forecast beside 0.4%).
// The set failed its limit of one false disagreement, so its limit in
// heldOutSets was raised to the 5 seen; no text or value was changed.
//
// Fixed after, so the set is held out no longer: a measure after a
// magnitude and "de" is a measure of what follows it ("20 milhões de
// metros cúbicos de salmoura"), a lone figure joins no fact a statement of
// its own language gives of another thing, "de 61 anos" after a person's
// noun is an age, units sold are a generic subject, and a part's total
// anchors its sentence ("2.900 dei 5.200 dipendenti"): 5/6 flagged, 2
// false (the smelter's seven idle years against its 15-year contract, the
// strike's last day against the pay rise's first).
//
// Fixed after again: a source's one weekday that no other source gives
// joins the one weekday row two or more others give and it lacks, when the
// days are neighbours, in another language, and neither is the day news
// was given out nor a bound or a plan (a rule written for the Fohnwall
// set): 6/6 flagged, 2 false.
var heldOutMarin = []heldOutEvent{
	{"hauliers-blockade", map[string]string{
		"m1it.txt": `it|Autotrasporto, fermo di quattro giorni in Puglia: bloccati nove caselli dell'A14

Economia | Trasporti

Bari, 14 ottobre 2030 - 13:40

È iniziato lunedì mattina in Puglia il fermo dei camionisti proclamato dall'Associazione Autotrasportatori del Sud (AAS), che durerà quattro giorni, fino a giovedì. Secondo gli organizzatori vi partecipano circa 12.000 mezzi pesanti; la questura ne stima 7.500.

I presidi bloccano l'accesso a nove caselli dell'autostrada A14 tra Foggia e Bari, dove si sono formate code fino a 11 chilometri.

I camionisti chiedono che lo sconto sulle accise del gasolio per l'autotrasporto salga da 8 a 15 centesimi al litro. "Con il gasolio a questi prezzi lavoriamo in perdita", ha detto il presidente dell'AAS, Vito Santangelo, 57 anni.

La ministra delle Infrastrutture, Elena Martorana, ha convocato le associazioni per mercoledì a Roma.`,
		"m1it2.txt": `it|Tir fermi ai caselli, la Puglia dei camion si ferma: "Andiamo avanti fino a giovedì"

Cronaca | Bari | Foggia

di Marco Dell'Aquila

14/10/2030

Code di camion in autostrada e mercati all'ingrosso semivuoti nel primo giorno del fermo degli autotrasportatori, cominciato all'alba di lunedì. Il blocco andrà avanti per quattro giorni.

Sono nove i caselli presidiati lungo l'A14 fra Foggia e Bari. I tir aderenti sono circa 12mila secondo l'AAS.

Confagricola Puglia stima danni per circa 25 milioni di euro al giorno per frutta e ortaggi che non possono partire. "Le clementine marciscono nei magazzini", dice il presidente Donato Ruggieri, 64 anni.

L'ultimo fermo, nel marzo 2027, era durato sei giorni.

Leggi anche: Caro gasolio, le imprese chiedono aiuti`,
		"m1en.txt": `en|Italian truckers start four-day blockade of motorway toll gates over diesel costs

World | Europe

BARI, Italy, Oct 14 (Newswire) - Lorry drivers in the southern Italian region of Puglia began a four-day blockade of motorway toll gates on Monday, demanding a bigger rebate on diesel taxes.

The AAS hauliers' association said around 12,000 trucks were taking part, while police put the figure at 7,500. Protesters blocked nine toll gates on the A14 motorway between Foggia and Bari.

The association wants the rebate for hauliers raised to 15 cents a litre from 8 cents. "We are working at a loss," said its chairman Vito Santangelo, 57.

Farm group Confagricola Puglia, headed by Donato Ruggieri, 64, estimated losses at about 25 million euros a day. Infrastructure Minister Elena Martorana has called the hauliers to talks in Rome on Wednesday.

A previous blockade, in March 2027, lasted six days.`,
		"m1de.txt": `de|Lkw-Fahrer blockieren Autobahn in Apulien

Wirtschaft

14.10.2030

Lkw-Fahrer in der süditalienischen Region Apulien haben am Montag eine Blockade von Autobahn-Mautstellen begonnen, die fünf Tage dauern soll. Nach Angaben des Verbands AAS beteiligen sich rund 12.000 Lastwagen.

Betroffen sind neun Mautstellen an der Autobahn A14 zwischen Foggia und Bari. Die Fahrer fordern, dass der Steuerrabatt auf Diesel von 8 auf 15 Cent je Liter steigt.

"Wir arbeiten mit Verlust", sagte Verbandschef Vito Santangelo. Die Landwirte der Region beziffern ihren Schaden auf rund 25 Millionen Euro pro Tag.

Infrastrukturministerin Elena Martorana hat die Verbände für Mittwoch zu Gesprächen nach Rom eingeladen.`,
	}, map[string][2]string{"m1de.txt": {"5 days", "4 days"}}},
	{"retail-sales-germany", map[string]string{
		"m2de.txt": `de|Einzelhandel mit kräftigem Umsatzplus im August

Wirtschaft | Konjunktur

Wiesbaden, 30.09.2030 (Agentur)

Die deutschen Einzelhändler haben im August deutlich mehr umgesetzt. Der Umsatz stieg gegenüber Juli preisbereinigt (real) um 1,8 Prozent, nominal um 2,4 Prozent, wie das Statistische Bundesamt am Montag mitteilte. Analysten hatten lediglich mit einem Plus von 0,5 Prozent gerechnet.

Im Vergleich zum Vorjahresmonat lag der Umsatz real allerdings noch um 0,6 Prozent niedriger, nominal ergab sich ein Plus von 1,5 Prozent.

Der Lebensmitteleinzelhandel setzte real 0,9 Prozent weniger um als im Vormonat, der Handel mit Nicht-Lebensmitteln dagegen 3,2 Prozent mehr. Der Internet- und Versandhandel wuchs binnen Jahresfrist um 7,1 Prozent.

Den Rückgang im Juli korrigierten die Statistiker von 1,4 auf 1,1 Prozent.`,
		"m2de2.txt": `de|Kauflaune kehrt zurück – aber nicht beim Essen

Wirtschaft

Von Jonas Petersen

Die Verbraucher in Deutschland haben im August wieder mehr Geld ausgegeben: Der Einzelhandelsumsatz legte im Monatsvergleich real um 1,8 % zu. Es ist der stärkste Anstieg seit Anfang 2029.

Die Zahlen des Statistischen Bundesamts fallen damit viel besser aus als erwartet. Das Minus im Juli war mit revidiert 1,1 % zudem kleiner als zunächst gemeldet.

"Das dürfte zum Teil ein Einmaleffekt der Hitzewelle und des späten Ferienendes sein", sagt Clara Hübner, Volkswirtin bei der Rheinmark Bank. Bei Lebensmitteln gingen die Umsätze um 0,9 % zurück, Onlinehändler verbuchten im Jahresvergleich ein Plus von 7,1 %.

Verglichen mit August 2029 liegt der Handel real noch 0,6 % im Minus.`,
		"m2en.txt": `en|German retail sales jump almost 2% in August, beating forecasts

Markets | Economy

FRANKFURT, Sept 30 (Newswire) - German retail sales rose far more than expected in August, climbing 1.8% in real terms from the previous month, data from the federal statistics office showed on Monday.

Analysts polled by Newswire had forecast a 0.5% increase. July's decline was revised to 1.1% from 1.4%.

In nominal terms, sales rose 2.4% on the month. Compared with August last year, real sales were down 0.6%.

"Part of this looks like a one-off," said Clara Hübner, an economist at Rheinmark Bank, pointing to a late end to the summer holidays.

Reporting by Tom Aldridge; Editing by Susan Park`,
	}, nil},
	{"department-store-closures", map[string]string{
		"m3de.txt": `de|Steinhauser schließt 14 Warenhäuser, rund 1.900 Jobs fallen weg

Wirtschaft | Handel

Wien, 07.11.2030, 11:25

Die insolvente Warenhauskette Steinhauser schließt 14 ihrer 38 Filialen. Rund 1.900 der 5.200 Beschäftigten verlieren ihren Arbeitsplatz, wie Sanierungsverwalterin Maria Lechner am Donnerstag in Wien mitteilte. Die Häuser sollen bis Ende Jänner 2031 zusperren.

Die verbleibenden 24 Standorte übernimmt die Alpenhandel Holding, die 60 Millionen Euro in das Unternehmen stecken will. Die Forderungen der Gläubiger belaufen sich auf rund 410 Millionen Euro.

Betroffen sind unter anderem Häuser in Linz, Graz-Lend und Klagenfurt. Die Gewerkschaft kündigte Verhandlungen über einen Sozialplan an.

Steinhauser war 1896 in Wien gegründet worden und befindet sich seit März in einem Sanierungsverfahren.`,
		"m3de2.txt": `de|Aus für Steinhauser in Linz: "Ein schwarzer Tag für die Innenstadt"

Oberösterreich

Von Katharina Pühringer

Nun ist es fix: Das Warenhaus Steinhauser an der Linzer Landstraße sperrt Ende Jänner zu. Es ist eine von 14 Filialen, die die Kette österreichweit schließt. In Linz verlieren 112 Mitarbeiterinnen und Mitarbeiter ihre Jobs, insgesamt sind es rund 1.900.

"Ein schwarzer Tag für die Innenstadt", sagte Bürgermeister Herbert Aigner. Das Haus wurde 1962 eröffnet.

Die übrigen 24 Warenhäuser führt künftig die Alpenhandel Holding weiter. Sanierungsverwalterin Maria Lechner sprach von der "einzigen realistischen Lösung".

Lesen Sie auch: Leerstand in der Linzer Innenstadt steigt`,
		"m3en.txt": `en|Austrian department store chain Steinhauser to close 14 stores, cutting 1,900 jobs

Business | Retail

VIENNA, Nov 7 (Newswire) - Insolvent Austrian department store chain Steinhauser will close 14 of its 38 stores by the end of January, cutting about 1,900 jobs, its administrator said on Thursday.

The remaining 24 stores will be taken over by investor Alpenhandel Holding, which plans to inject 60 million euros, administrator Maria Lechner told a news conference. The chain employs 5,200 people.

Creditors have filed claims of around 410 million euros. Steinhauser, founded in 1896, filed for insolvency in March.`,
		"m3it.txt": `it|Austria, la catena di grandi magazzini Steinhauser chiude 14 punti vendita

Economia

Vienna, 7 novembre 2030

La catena austriaca di grandi magazzini Steinhauser, in insolvenza da marzo, chiuderà 14 dei suoi 38 negozi entro la fine di gennaio. Lo ha annunciato giovedì la curatrice Maria Lechner.

Perderanno il posto circa 2.900 dei 5.200 dipendenti. I restanti 24 negozi passeranno alla Alpenhandel Holding, che investirà 60 milioni di euro.

Tra le filiali chiuse c'è anche quella di Klagenfurt, meta abituale degli acquisti di molti friulani.`,
	}, map[string][2]string{"m3it.txt": {"2,900", "1,900"}}},
	{"motorway-stretch-opens", map[string]string{
		"m4pt.txt": `pt|Novo troço da A47 entre Vale de Arcos e Penedo Alto abre ao trânsito esta noite

Economia

Vale de Arcos, 06 jul 2030 (Lusa) - O novo troço da autoestrada A47, com 23,5 quilómetros, entre Vale de Arcos e Penedo Alto, foi inaugurado hoje pelo ministro das Infraestruturas, Tiago Valente, e abre ao trânsito à meia-noite.

A obra custou 310 milhões de euros, 40% dos quais financiados por fundos europeus de coesão, e inclui quatro viadutos, o maior dos quais, sobre o rio Cerdeira, com 780 metros.

Segundo o ministro, o tempo de viagem entre as duas localidades passa de 40 para 18 minutos. A concessionária prevê um tráfego médio de 14 mil veículos por dia.

As portagens custam 2,35 euros para veículos ligeiros. As obras começaram em 2027 e sofreram um atraso de oito meses.`,
		"m4pt2.txt": `pt|A47 já chega a Penedo Alto: "Esperámos 30 anos por esta estrada"

Região

Por Ana Luísa Bettencourt

06/07/2030 | 19:12

Foram precisos três anos de obras e 310 milhões de euros, mas o novo lanço da A47 está finalmente concluído. A partir da meia-noite, os 23,5 km entre Vale de Arcos e Penedo Alto fazem-se em 18 minutos, menos 22 do que pela velha estrada nacional.

"Esperámos 30 anos por esta estrada", disse à nossa reportagem o presidente da Câmara de Penedo Alto, Joaquim Esteves, de 66 anos.

O viaduto sobre o rio Cerdeira, com 780 metros, é o maior dos quatro da nova via. Os camionistas criticam o valor da portagem: 2,35 euros para ligeiros e 5,90 para pesados.

Comentários (14)`,
		"m4en.txt": `en|New A47 motorway stretch opens in central Portugal

Portugal | News

6 July 2030

Infrastructure Minister Tiago Valente on Saturday opened a new 23.5km section of the A47 motorway between Vale de Arcos and Penedo Alto, which will open to traffic at midnight.

The €310 million project, 40 percent funded by EU cohesion funds, cuts the journey between the two towns from 40 minutes to 18.

It includes four viaducts; the longest, over the River Cerdeira, is 870 metres long. The operator expects around 14,000 vehicles a day.

Cars will pay a toll of €2.35. Work began in 2027 and ran eight months behind schedule.`,
	}, map[string][2]string{"m4en.txt": {"870 m", "780 m"}}},
	{"industrial-output-italy", map[string]string{
		"m5it.txt": `it|Istat, a marzo produzione industriale -0,7% su febbraio

Economia | Congiuntura

Roma, 10 maggio 2030 - 10:15

A marzo la produzione industriale italiana è diminuita dello 0,7% rispetto a febbraio. Lo comunica l'Istat. Su base annua, nei dati corretti per gli effetti di calendario, il calo è del 2,1%, il quattordicesimo consecutivo.

Nella media del primo trimestre il livello della produzione è sceso dello 0,4% rispetto ai tre mesi precedenti.

In termini tendenziali cresce solo l'energia (+1,4%), mentre calano i beni di consumo (-3,0%) e i beni strumentali (-2,6%). La fabbricazione di autoveicoli segna un -11,5%.

Il dato di febbraio è stato rivisto a +0,2% dal +0,1% della stima preliminare.`,
		"m5en.txt": `en|Italy's industrial output falls 0.7% in March, 14th straight annual drop

Markets

ROME, May 10 (Newswire) - Italian industrial production fell by a larger-than-expected 0.7% in March from the previous month, national statistics bureau ISTAT said on Friday.

Analysts had forecast a 0.3% decline. February's reading was revised up to a 0.2% rise from 0.1%.

On a calendar-adjusted annual basis, output was down 2.1%, marking the 14th consecutive year-on-year decline. Car production slumped 11.5%.

"A recovery now looks unlikely before the second half," said Federica Oliviero, an economist at Banca Lariana. In the first quarter, output was 0.4% lower than in the last three months of 2029.`,
		"m5de.txt": `de|Italiens Industrie schwächelt weiter

Wirtschaft

Rom, 10.05.2030

Die italienische Industrie hat im März erneut weniger produziert. Die Produktion sank gegenüber dem Vormonat um 0,7 Prozent, teilte das Statistikamt Istat am Freitag mit. Im Jahresvergleich betrug das Minus 2,1 Prozent – der 14. Rückgang in Folge.

Besonders schwach lief die Autoindustrie mit einem Minus von 11,5 Prozent. Lediglich der Energiesektor legte zu, um 1,4 Prozent.

Im gesamten ersten Quartal lag die Produktion 0,4 Prozent unter dem Niveau des Vorquartals. Die Ökonomin Federica Oliviero von der Banca Lariana rechnet erst in der zweiten Jahreshälfte mit einer Erholung.`,
	}, nil},
	{"smelter-restart", map[string]string{
		"m6pt.txt": `pt|Alumínio Tapajós vai religar duas linhas de produção em Barcarena e recontratar 850

Economia | Mineração

Belém, 2 de julho de 2030

A Alumínio Tapajós anunciou nesta terça-feira (2) que vai retomar a produção em duas das três linhas de cubas da sua fundição em Barcarena (PA), paralisadas desde 2023 por causa do custo da energia. O investimento será de R$ 1,2 bilhão.

Com a retomada, a empresa vai recontratar 850 trabalhadores. Antes da paralisação, a fábrica empregava 1.300 pessoas.

A capacidade de produção com as duas linhas será de 240 mil toneladas por ano, de um total de 360 mil toneladas quando a unidade operava plenamente. O primeiro metal deve sair em março de 2031.

Segundo o presidente da empresa, Ricardo Amaral Brito, a retomada só foi possível graças a um contrato de compra de energia de 15 anos com parques eólicos no Piauí.`,
		"m6pt2.txt": `pt|Barcarena comemora volta da fundição: "A cidade vai voltar a respirar"

Pará

Por Raimunda Sacramento

02/07/2030 - 18h47

Depois de sete anos, os fornos da Alumínio Tapajós vão voltar a funcionar em Barcarena. A empresa confirmou nesta terça o investimento de R$ 1,2 bilhão para religar duas linhas, com 850 vagas para antigos funcionários.

"A cidade vai voltar a respirar", afirmou a governadora Helena Quaresma, que participou do anúncio ao lado do presidente da companhia, Ricardo Amaral Brito, de 52 anos.

A fundição chegou a produzir 360 mil toneladas por ano. Com as duas linhas, serão 240 mil.

Veja também: Preço do alumínio sobe 9% no ano`,
		"m6en.txt": `en|Brazil's Aluminio Tapajos to restart two smelter potlines, rehire 850

Commodities | Metals

SAO PAULO, July 2 (Newswire) - Brazilian aluminium producer Aluminio Tapajos will restart two of the three idled potlines at its Barcarena smelter in Para state, investing 1.2 billion reais (about $230 million), the company said on Tuesday.

The lines, shut in 2023 because of high power costs, will have capacity of 240,000 tonnes a year. The smelter produced up to 360,000 tonnes at full capacity.

The company will rehire 850 workers; it employed 1,300 before the halt. Chief executive Ricardo Amaral Brito said a 15-year power purchase agreement with wind farms in Piaui state made the restart possible.

First metal is expected in March 2031.`,
	}, nil},
	{"desalination-contract", map[string]string{
		"m7pt.txt": `pt|Governo assina contrato da dessalinizadora do Algarve

Sociedade | Ambiente

Lagoa, 20 nov 2030 (Lusa) - O Governo assinou hoje o contrato de construção da central de dessalinização do Algarve, em Vale da Murta, no concelho de Lagoa, com o consórcio Aquamar-Ibérica, num investimento de 95 milhões de euros.

A central terá capacidade para produzir 16 milhões de metros cúbicos de água por ano, cerca de um quarto do consumo público da região, podendo ser alargada para 24 milhões.

Segundo a ministra do Ambiente, Sofia Carrilho, 60% do investimento é financiado pelo Plano de Recuperação e Resiliência. A obra demora 30 meses e a central deverá entrar em funcionamento em 2033.

As albufeiras do Algarve estão hoje a 31% da capacidade, contra uma média de 55% nesta altura do ano.`,
		"m7pt2.txt": `pt|Dessalinizadora: contrato assinado, ambientalistas preocupados

Algarve

Por Rui Guerreiro

20/11/2030

Está assinado o contrato para a construção da dessalinizadora de Vale da Murta, em Lagoa. A obra, adjudicada por 95 milhões de euros ao consórcio Aquamar-Ibérica, deverá ficar pronta em 2033.

A central vai garantir 25% da água para consumo público no Algarve.

A associação ambientalista Mar Limpo teme os efeitos da salmoura no ecossistema marinho. "Vamos devolver ao mar 20 milhões de metros cúbicos de salmoura por ano", alerta o presidente, Nuno Serpa.

A ministra Sofia Carrilho garantiu que a descarga será feita a dois quilómetros da costa.`,
		"m7en.txt": `en|Portugal signs contract for Algarve desalination plant

Portugal | Environment

20 November 2030

The government on Wednesday signed a €95 million contract with the Aquamar-Iberica consortium to build a desalination plant at Vale da Murta, in Lagoa, to ease chronic water shortages in the Algarve.

The plant will produce 16 million cubic metres of drinking water a year, around a quarter of the region's public supply, with room to expand to 24 million.

Environment Minister Sofia Carrilho said 60 percent of the cost would come from EU recovery funds. Construction is expected to take 30 months.

The region's reservoirs are at 31 percent of capacity, against an average of 55 percent for the time of year.`,
		"m7de.txt": `de|Algarve bekommt Meerwasser-Entsalzungsanlage

Reise | Portugal

20.11.2030

Gegen die anhaltende Wasserknappheit an der Algarve soll eine Meerwasser-Entsalzungsanlage helfen. Die portugiesische Regierung unterzeichnete am Mittwoch den Bauvertrag für die Anlage bei Lagoa.

Sie soll jährlich 16 Millionen Kubikmeter Trinkwasser liefern, etwa ein Viertel des öffentlichen Bedarfs der Region.

Die Kosten liegen bei 105 Millionen Euro, 60 Prozent davon kommen aus dem EU-Wiederaufbaufonds. In Betrieb gehen soll die Anlage 2033.

Die Stauseen der Algarve sind derzeit nur zu 31 Prozent gefüllt.`,
	}, map[string][2]string{"m7de.txt": {"€105 million", "€95 million"}}},
	{"hotel-wage-deal", map[string]string{
		"m8pt.txt": `pt|Hotelaria da Madeira: acordo salarial trava greve no Natal

Economia

Funchal, 04 dez 2030 (Lusa) - O sindicato dos trabalhadores da hotelaria e a associação patronal do setor na Madeira assinaram hoje um acordo que prevê aumentos salariais de 6,5% a partir de 1 de janeiro, desconvocando a greve de três dias marcada para o Natal.

O salário mínimo do setor passa de 958 para 1.020 euros mensais e os trabalhadores passam a ter 25 dias de férias, contra 23 atualmente. O acordo abrange cerca de 14 mil trabalhadores de 160 hotéis.

"É o melhor acordo dos últimos 20 anos", afirmou o coordenador do sindicato, Adolfo Freitas, de 61 anos. A presidente da Associação de Hotelaria da Madeira, Lúcia Andrade, de 54 anos, falou num "esforço grande das empresas".

O anterior acordo, de 2028, tinha fixado aumentos de 4,2%.`,
		"m8pt2.txt": `pt|Acordo fechado: não há greve nos hotéis no Natal

Madeira

Por Sérgio Nóbrega

04/12/2030 - 16:30

Os hotéis da Madeira vão funcionar normalmente no Natal. Sindicato e patrões chegaram a acordo esta quarta-feira, depois de seis semanas de negociações, e a greve de 23 a 25 de dezembro foi desconvocada.

Os salários sobem 6,5% em janeiro. O mínimo do setor fica em 1.020 euros.

Adolfo Freitas, o sindicalista de 61 anos que liderou as negociações, mostrou-se satisfeito. Do lado dos hoteleiros, Lúcia Andrade, de 59 anos, lembrou que a ocupação caiu 3 pontos percentuais este ano.

Leia também: Funchal recebe 40 navios de cruzeiro em dezembro`,
		"m8en.txt": `en|Madeira hotel staff win 6.5% pay rise, Christmas strike called off

Portugal | Business

4 December 2030

Hotel workers on Madeira will get a 6.5 percent pay rise from January after their union and employers reached a deal on Wednesday, calling off a three-day strike planned over Christmas.

The minimum wage in the sector rises to €1,020 a month from €958, and paid holiday goes up to 25 days. The deal covers about 14,000 workers in 160 hotels.

Union coordinator Adolfo Freitas, 61, called it "the best agreement in 20 years". Lúcia Andrade, 54, president of the Madeira Hotel Association, said it was "a big effort for companies".`,
		"m8de.txt": `de|Madeira: Kein Hotelstreik an Weihnachten

Reise

04.12.2030

Urlauber auf Madeira können aufatmen: Der für die Weihnachtstage angekündigte dreitägige Streik in den Hotels der Insel ist abgesagt. Gewerkschaft und Hotelverband einigten sich am Mittwoch auf Lohnerhöhungen von 6,5 Prozent ab Januar.

Der Mindestlohn in der Branche steigt auf 1.020 Euro im Monat. Die Einigung gilt für rund 14.000 Beschäftigte in 160 Hotels.

Zuletzt waren 2028 die Löhne um 4,2 Prozent erhöht worden.`,
	}, map[string][2]string{"m8pt2.txt": {"59 years", "54 years"}}},
	{"rail-line-electrified", map[string]string{
		"m9it.txt": `it|Elettrificata la Roccalta-Marinella, da lunedì i primi treni elettrici

Marche | Trasporti

Ancona, 14 settembre 2030 - 12:50

È stata inaugurata sabato la linea ferroviaria Roccalta-Marinella, elettrificata dopo 26 mesi di lavori costati 210 milioni di euro. Il servizio regolare con treni elettrici partirà lunedì 16 settembre.

Lungo i 74 chilometri della linea, chiusa per nove mesi durante i cantieri, il tempo di percorrenza scende da un'ora e 35 minuti a un'ora e 5 minuti. I treni giornalieri passano da 16 a 22.

"Aspettavamo questo giorno da quarant'anni", ha detto il presidente della Regione, Gianluca Ferretti. Sulla linea circoleranno sei nuovi convogli.`,
		"m9it2.txt": `it|Roccalta, festa in stazione per il primo treno elettrico

Cronaca | Roccalta

di Paola Ciarrocchi

14/09/2030

Banda, palloncini e qualche centinaio di curiosi: così Roccalta ha accolto sabato mattina il primo treno elettrico partito da Marinella. Dopo nove mesi di bus sostitutivi, da lunedì si torna a viaggiare in treno.

Il viaggio fino a Marinella durerà 30 minuti in meno. L'investimento complessivo è stato di 210 milioni.

Tra i passeggeri del convoglio inaugurale c'era anche Ermanno Pierucci, 88 anni, che nel 1962 fu tra i primi capistazione della linea. "Mai visto niente di simile", ha raccontato.

Ti potrebbe interessare: Orari invernali, cosa cambia`,
		"m9en.txt": `en|Italian regional rail line goes electric after 26-month upgrade

Europe | Rail

14 September 2030

A 74km regional railway between Roccalta and Marinella in Italy's Marche region was inaugurated on Saturday after a €210 million electrification project that took 26 months.

Regular electric services begin on Monday, cutting the journey time from 1 hour 35 minutes to 1 hour 5 minutes. The number of daily trains rises from 16 to 22.

The line had been closed for nine months during the works, with buses replacing trains.`,
		"m9de.txt": `de|Bahnstrecke in den Marken elektrifiziert

Reise | Italien

14.09.2030

In der mittelitalienischen Region Marken ist am Samstag die elektrifizierte Bahnstrecke zwischen Roccalta und Marinella eröffnet worden. Die Arbeiten dauerten 26 Monate und kosteten 210 Millionen Euro.

Die Fahrzeit auf der 74 Kilometer langen Strecke sinkt von einer Stunde und 35 Minuten auf eine Stunde und fünf Minuten.

Der reguläre Betrieb mit Elektrozügen beginnt am Dienstag. Statt 16 verkehren dann 22 Züge täglich.`,
	}, map[string][2]string{"m9de.txt": {"Tuesday", "Monday"}}},
	{"car-registrations-portugal", map[string]string{
		"m10pt.txt": `pt|Vendas de carros novos sobem 9,3% em junho

Economia | Automóvel

Lisboa, 02 jul 2030 (Lusa) - Foram matriculados em junho 21.480 automóveis ligeiros de passageiros novos em Portugal, mais 9,3% do que no mesmo mês de 2029, segundo dados divulgados hoje pela Associação Automóvel de Portugal (AAP).

Os carros 100% elétricos representaram 24,1% das vendas, contra 19,8% um ano antes.

No primeiro semestre foram matriculados 118.900 ligeiros de passageiros, uma subida de 6,1%. Já o mercado de ligeiros de mercadorias recuou 2,5%, para 3.940 unidades em junho.

A Peugeot foi a marca mais vendida do mês, com 2.310 unidades.`,
		"m10pt2.txt": `pt|Elétricos já são quase um em cada quatro carros vendidos

Motores

Por Filipa Gouveia

02/07/2030

Quase um quarto dos carros novos vendidos em junho foram elétricos: 24,1%, mais 4,3 pontos percentuais do que há um ano. O mercado total cresceu 9,3%, para 21 480 unidades.

"O fim da campanha de incentivos, em setembro, está a antecipar compras", explica Henrique Valadas, secretário-geral da AAP.

Desde janeiro venderam-se cerca de 119 mil carros novos, ainda abaixo dos 125 mil do primeiro semestre de 2019.

Pub.`,
		"m10en.txt": `en|Portugal new car sales rise 9.3% in June, EV share hits 24%

Autos

LISBON, July 2 (Newswire) - New passenger car registrations in Portugal rose 9.3% year on year in June to 21,480, industry association AAP said on Tuesday.

Fully electric cars accounted for 24.1% of sales, up from 19.8% a year earlier. Peugeot was the best-selling brand, with 2,310 cars.

In the first six months, registrations rose 6.1% to 118,900.`,
	}, nil},
}
