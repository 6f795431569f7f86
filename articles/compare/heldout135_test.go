package compare

// heldOutKaus is a blind held-out set of ten events written without reading
// the extraction or matching code, in Italian, German, Portuguese and English:
// a fire at a recycling plant in Lower Saxony, a rescue helicopter crash in
// Trentino, the attendance of a Bavarian autumn fair, a jaguar census in a
// Pantanal park, the resignation of a Tyrolean transport councillor, a bomb
// hoax at a shopping centre in Almada, a world pizza championship, wildcat
// kittens taken for strays, a series of pharmacy robberies near Lugano and
// Swiss cheese exports.
//
// Six contradictions are planted, one in each of the first six events, all
// but one outside the first paragraph and five in the report whose language
// is the minority of its event: the Italian report gives the fire 16 hours
// instead of 14 (third paragraph); the German report makes the dead pilot 51
// instead of 54 (third paragraph); the second German wire puts the rise of
// the beer price at 5.9% instead of 4.9% (second paragraph, German being the
// majority there); the German report counts 78 jaguars instead of 87 (second
// paragraph); the English wire has the councillor resign on Tuesday instead
// of Monday (first paragraph); the English report gives the police cordon
// 500 metres instead of 300 (third paragraph).
//
// The traps that must not be flagged: rounded and hedged counts (176 against
// about 180 firefighters, "more than 120" against 126 cameras, "nearly 750"
// and "oltre 700" against 742 pizza makers, "quasi 2'000" against 1'850
// francs), parts and totals (one robbery's loot against the series' total, the
// German pizza makers against all of them, Germany's share of cheese exports,
// the cubs among the jaguars), previous values (1.15 million visitors and 468
// police call-outs last year, 64 jaguars in 2021, 655 pizza makers, 77,750
// tonnes of cheese), background figures of other years (a 2019 fire's €3
// million, a 2011 crash's three dead, the 2020 Pantanal fires, a Brazilian
// fair's 610,000 visitors, 80,100 tonnes in 2021, Emmental in the 1990s),
// several people's ages in one report (pilot, doctor, technician, hiker;
// councillor, governor, a likely successor; pharmacist and assistant; forester
// and vet), conversions (£, R$, $, feet, square miles, ounces), hectolitres
// against litres, 72 hours of dough against a three-day contest and
// three-day dough, "up a third" against 36%, "rund ein Drittel" against 30%,
// 1,80 Meter against 180 centimetri, Swiss apostrophes and spaces in numbers.
//
// Frozen before its first run, which flagged 4 of the 6 contradictions and 1
// false disagreement, within the one this set may flag. It found the fire's
// 16 hours, the pilot's age, the beer price's 5.9% and the Tuesday. It missed
// the German report's 78 jaguars against 87: "78 Tiere" stood in a row of its
// own ("tiere · 78"), apart from the 87 of the other three reports; and the
// English report's 500 m cordon against 300 m: "500 metres" ("building") and
// the Portuguese "300 metros" ("segurança") stood in two rows of one value
// each. The false disagreement was the fair's count "besucher": the German
// wire's 1.15 million visitors of last year set against the 610,000 visitors
// of the Brazilian twin fair, a background figure of another event in the
// Portuguese report. No value in wrong was respelled.
//
// Fixed after, so the set is held out no longer: a clause opening on a
// time gone by with a past copula before its figure ("2024 waren es 1,15
// Millionen") gives an earlier value: 4/6 flagged, 0 false.
var heldOutKaus = []heldOutEvent{
	{"recycling-plant-fire", map[string]string{
		"k1de1.txt": `de|Großbrand in Recyclinghalle: Feuerwehr 14 Stunden im Einsatz

Brakenfeld · Region

Von Jana Wiesmann

Ein Großbrand hat in der Nacht zu Mittwoch eine Lagerhalle der Firma Grevenkamp Recycling im Gewerbegebiet Brakenfeld-Süd zerstört. Rund 180 Einsatzkräfte von Feuerwehr, Technischem Hilfswerk und Rettungsdienst waren vor Ort. Das Feuer war am Dienstag gegen 19.30 Uhr ausgebrochen, erst nach 14 Stunden meldete die Feuerwehr am Mittwochvormittag „Feuer aus“.

In der 6500 Quadratmeter großen Halle lagerten nach Angaben des Unternehmens rund 4000 Tonnen Kunststoffabfälle. Die Rauchsäule war kilometerweit zu sehen. Über die Warn-App wurden Anwohner in einem Umkreis von fünf Kilometern aufgefordert, Fenster und Türen geschlossen zu halten.

Zwei Feuerwehrleute erlitten leichte Verletzungen, sie wurden ambulant behandelt. Den Schaden schätzt die Polizei auf rund zwölf Millionen Euro. Die Brandursache ist noch unklar; ein Brandermittler soll die Halle untersuchen, sobald sie einsturzsicher ist.

Grevenkamp beschäftigt in Brakenfeld 85 Mitarbeiter. Geschäftsführer Holger Grevenkamp sagte, der Betrieb in der benachbarten Sortieranlage solle „so schnell wie möglich“ wieder anlaufen.`,
		"k1de2.txt": `de|Brand bei Entsorger in Niedersachsen – Schaden in Millionenhöhe

Brakenfeld (dpa/lni) - Bei einem Feuer in einem Recyclingbetrieb im niedersächsischen Brakenfeld (Landkreis Osnabrück) ist ein Schaden von etwa zwölf Millionen Euro entstanden. Die Halle mit Kunststoffabfällen brannte am Dienstagabend vollständig nieder, wie ein Polizeisprecher am Mittwoch sagte. Insgesamt waren 176 Einsatzkräfte aus 23 Ortsfeuerwehren im Einsatz.

Zwei Feuerwehrleute wurden leicht verletzt. Weil bei dem Brand dichter, schwarzer Rauch entstand, warnten die Behörden die Bevölkerung im Umkreis von 5 Kilometern. Messungen ergaben nach Angaben des Landkreises keine erhöhten Schadstoffwerte.

Die Löscharbeiten dauerten bis zum Mittwochvormittag. Auf dem Gelände hatte es bereits 2019 gebrannt, damals lag der Schaden bei rund drei Millionen Euro.`,
		"k1en.txt": `en|Fire destroys German recycling hall holding 4,000 tonnes of plastic

By Staff Reporter | Waste & Recycling News

A fire at a recycling plant in Brakenfeld, in the German state of Lower Saxony, destroyed a 6,500 square-metre storage hall on Tuesday night, causing damage estimated at €12m (£10.4m).

Nearly 180 firefighters and rescue workers fought the blaze, which took 14 hours to bring under control. About 4,000 tonnes of plastic waste were stored in the hall, according to the operator, Grevenkamp Recycling, which employs 85 people at the site.

Residents within a 5km radius were told to keep windows and doors closed. Two firefighters suffered minor injuries.

Managing director Holger Grevenkamp said the neighbouring sorting plant was undamaged. The site had a smaller fire in 2019 that caused about €3m of damage.

Related: Battery fires in waste plants up 30% in two years`,
		"k1it.txt": `it|Germania, incendio distrugge impianto di riciclo: danni per 12 milioni

Bassa Sassonia

Un vasto incendio ha distrutto martedì sera un capannone della Grevenkamp Recycling a Brakenfeld, nella Bassa Sassonia, dove erano stoccate circa 4.000 tonnellate di rifiuti plastici. Sul posto sono intervenuti circa 180 tra vigili del fuoco e soccorritori.

Due vigili del fuoco sono rimasti lievemente feriti. Le autorità hanno invitato i residenti in un raggio di 5 chilometri a tenere chiuse porte e finestre a causa del fumo nero.

Le fiamme sono state spente soltanto mercoledì mattina, dopo 16 ore di lavoro. I danni sono stimati in circa 12 milioni di euro.

L'azienda, che nello stabilimento impiega 85 persone, opera nel settore del riciclo delle materie plastiche dal 1994.`,
	}, map[string][2]string{"k1it.txt": {"16 hours", "14 hours"}}},
	{"rescue-helicopter-crash", map[string]string{
		"k2it1.txt": `it|Precipita l'elicottero del soccorso in Val di Rèvole: morto il pilota

Trento | Cronaca

di Marco Dallapè

Tragedia sabato pomeriggio in Val di Rèvole. Un elicottero dell'elisoccorso provinciale è precipitato poco dopo le 15.40 a circa 2.400 metri di quota, nei pressi del rifugio Pradèl, mentre si avvicinava per recuperare un escursionista ferito. Il pilota, Stefano Gottardi, 54 anni, di Rovereto, è morto sul colpo.

Il medico di bordo, una donna di 38 anni, e il tecnico di elisoccorso, 45 anni, sono rimasti gravemente feriti e sono stati trasportati all'ospedale Santa Chiara di Trento da un secondo elicottero giunto da Bolzano. Non sarebbero in pericolo di vita.

L'escursionista, un turista tedesco di 67 anni che si era fratturato una caviglia, è stato raggiunto a piedi dai volontari del Soccorso alpino e portato a valle in serata.

La procura ha aperto un fascicolo e l'Agenzia nazionale per la sicurezza del volo ha inviato due investigatori. L'elisoccorso trentino ha effettuato l'anno scorso oltre 1.100 interventi. Era dal 2011 che un suo velivolo non era coinvolto in un incidente mortale; allora morirono tre persone.`,
		"k2it2.txt": `it|Elicottero soccorso precipita in Trentino, un morto e due feriti

(ANSA) - TRENTO, 14 SET - Un elicottero del 118 è precipitato oggi pomeriggio in Val di Rèvole, in Trentino, durante una missione di soccorso a un escursionista. Nell'incidente è morto il pilota, Stefano Gottardi, 54 anni. Feriti in modo grave il medico, 38 anni, e il tecnico, 45.

Il velivolo, un AW169, si trovava a quota 2.400 metri nei pressi del rifugio Pradèl quando, per cause ancora da accertare, ha perso quota ed è precipitato su un ghiaione. I due feriti sono stati trasferiti a Trento con un secondo elicottero.

"È un giorno di lutto per tutto il sistema della protezione civile", ha detto il presidente della Provincia, Luca Benedetti. (ANSA).`,
		"k2de.txt": `de|Rettungshubschrauber im Trentino abgestürzt – Pilot tot

Bozen/Trient – Beim Absturz eines Rettungshubschraubers im benachbarten Trentino ist am Samstagnachmittag ein Pilot ums Leben gekommen. Zwei weitere Besatzungsmitglieder wurden schwer verletzt.

Der Hubschrauber der Trentiner Flugrettung war im Val di Rèvole unterwegs, um einen verletzten Wanderer zu bergen, einen 67-jährigen Urlauber aus Bayern. In rund 2400 Metern Höhe, unweit der Pradèl-Hütte, stürzte die Maschine aus noch ungeklärter Ursache ab.

Der 51-jährige Pilot Stefano Gottardi aus Rovereto war sofort tot. Die Notärztin (38) und der Flugretter (45) wurden mit einem Hubschrauber aus Bozen ins Krankenhaus nach Trient geflogen.

Den Wanderer brachten Bergretter zu Fuß ins Tal. Die Staatsanwaltschaft Trient ermittelt.`,
		"k2en.txt": `en|Mountain rescue pilot killed in Italian Alps helicopter crash

A rescue helicopter crashed in the mountains of Trentino, northern Italy, on Saturday afternoon, killing its pilot and seriously injuring the two other crew members, local authorities said.

The aircraft went down at an altitude of about 2,400 metres (7,900 feet) near the Pradèl mountain hut in the Val di Rèvole as it approached to pick up an injured hiker, a 67-year-old German tourist.

The pilot, 54-year-old Stefano Gottardi, died at the scene. A 38-year-old doctor and a 45-year-old winch operator were flown to hospital in Trento.

Trentino's air rescue service flew more than 1,100 missions last year. Its last fatal accident was in 2011, when three people died.`,
	}, map[string][2]string{"k2de.txt": {"51 years", "54 years"}}},
	{"autumn-fair-attendance", map[string]string{
		"k3de1.txt": `de|Herbstfest-Bilanz: 1,3 Millionen Besucher und weniger Polizeieinsätze

Isarau · Lokales

Elf Tage, 1,3 Millionen Gäste: Das Isarauer Herbstfest ist am Sonntagabend mit einem neuen Besucherrekord zu Ende gegangen. Im vergangenen Jahr waren es 1,15 Millionen gewesen, ein Plus von 13 Prozent, wie Festreferent Andreas Pichlmaier bei der Abschlussbilanz sagte.

In den sieben Festzelten wurden 8420 Hektoliter Bier ausgeschenkt. Die Maß kostete heuer bis zu 13,90 Euro, im Vorjahr waren es 13,25 Euro.

Die Polizei zählte 412 Einsätze, nach 468 im Vorjahr. „Es war ein friedliches Fest“, sagte Inspektionsleiter Florian Huber. Das Rote Kreuz versorgte 1860 Patienten.

Im Fundbüro wurden 2140 Gegenstände abgegeben, darunter 310 Handys, ein Gebiss und ein Kinderwagen.`,
		"k3de2.txt": `de|Isarauer Herbstfest mit Besucherrekord

Isarau (dpa/lby) - Das Herbstfest in Isarau hat in diesem Jahr rund 1,3 Millionen Menschen angelockt und damit so viele wie nie zuvor. Das teilte die Stadt am Montag mit. 2024 waren es 1,15 Millionen Besucher.

Die Festwirte schenkten 842.000 Liter Bier aus. Die Maß war mit bis zu 13,90 Euro so teuer wie nie, das waren 5,9 Prozent mehr als im Vorjahr.

Die Polizei sprach von einem weitgehend friedlichen Fest mit 412 Einsätzen. Größere Zwischenfälle habe es nicht gegeben.`,
		"k3en.txt": `en|Isarau autumn fair draws record 1.3 million visitors

Bavaria's Isarau autumn fair closed on Sunday after 11 days with a record attendance of about 1.3 million, up 13% from 1.15 million last year, organisers said.

Visitors drank 842,000 litres of beer, served in one-litre steins known as Mass. The price of a stein rose 4.9% to as much as €13.90.

Police said they had been called out 412 times, down from 468, and described the festival as peaceful. The lost property office collected 2,140 items, among them 310 mobile phones and a set of false teeth.`,
		"k3pt.txt": `pt|Festa da cerveja de Isarau, na Alemanha, recebe 1,3 milhão de visitantes

Internacional | Turismo

O Herbstfest de Isarau, na Baviera, terminou no domingo com um público recorde de cerca de 1,3 milhão de pessoas em 11 dias, 13% a mais que no ano passado, informaram os organizadores.

Foram servidos 842 mil litros de cerveja. O preço da caneca de um litro subiu 4,9%, para até 13,90 euros (cerca de R$ 85).

A polícia registrou 412 ocorrências, contra 468 no ano anterior. A festa de Isarau é geminada com a Oktoberfest de Rio Alto, em Santa Catarina, que no ano passado recebeu 610 mil visitantes.`,
	}, map[string][2]string{"k3de2.txt": {"5.9%", "4.9%"}}},
	{"jaguar-census-pantanal", map[string]string{
		"k4pt1.txt": `pt|Censo com armadilhas fotográficas identifica 87 onças-pintadas em parque do Pantanal

Mato Grosso do Sul

Um levantamento feito com armadilhas fotográficas identificou 87 onças-pintadas no Parque Estadual do Rio Cambará, no Pantanal de Mato Grosso do Sul. No censo anterior, de 2021, haviam sido contabilizados 64 animais — um aumento de 36%.

As 126 câmeras ficaram instaladas durante 14 meses em uma área de 2.350 km². Entre os animais identificados estão 19 filhotes.

"Cada onça tem um padrão de manchas único, como uma impressão digital", explica a bióloga Luana Tavares, coordenadora do estudo pelo Instituto Onça Viva. Segundo ela, a recuperação ocorre mesmo após os incêndios de 2020, que atingiram cerca de 30% do Pantanal.

O estudo foi financiado pelo governo estadual e por uma fundação privada, com orçamento de R$ 2,1 milhões.`,
		"k4pt2.txt": `pt|População de onças cresce 36% no Rio Cambará

Campo Grande (MS) – A população de onças-pintadas do Parque Estadual do Rio Cambará passou de 64 para 87 indivíduos entre 2021 e 2024, segundo censo divulgado nesta terça-feira pelo Instituto Onça Viva e pela secretaria estadual de Meio Ambiente.

Foram usadas mais de 120 câmeras, que registraram cerca de 410 mil imagens ao longo de 14 meses. A coordenadora da pesquisa, Luana Tavares, de 41 anos, disse que o resultado mostra que a fiscalização contra a caça está funcionando.`,
		"k4en.txt": `en|Camera traps count 87 jaguars in Brazilian Pantanal park, up a third since 2021

Conservation researchers in Brazil have identified 87 individual jaguars in the Rio Cambará State Park in the Pantanal wetlands, up from 64 in the last census in 2021.

The survey, released on Tuesday by the Onça Viva Institute, used 126 camera traps spread over 2,350 square kilometres (about 907 square miles) for 14 months. Nineteen of the animals were cubs.

"Every jaguar has a unique pattern of rosettes, like a fingerprint," said biologist Luana Tavares, who led the study. The Pantanal lost about 30% of its area to fires in 2020.`,
		"k4de.txt": `de|Mehr Jaguare im Pantanal

Kamerafallen zeigen Erholung in brasilianischem Schutzgebiet

Im Parque Estadual do Rio Cambará im brasilianischen Pantanal leben wieder mehr Jaguare. Das ergab eine Zählung mit Kamerafallen, die das Instituto Onça Viva am Dienstag vorgestellt hat.

Insgesamt wurden 78 Tiere anhand ihres Fellmusters identifiziert, darunter 19 Jungtiere. Bei der letzten Zählung 2021 waren es 64 gewesen. Die 126 Kameras waren 14 Monate lang auf einer Fläche von 2350 Quadratkilometern verteilt.

Die Biologin Luana Tavares führt die Erholung auf strengere Kontrollen gegen Wilderei zurück. Bei den Bränden 2020 war rund ein Drittel des Pantanal verbrannt.`,
	}, map[string][2]string{"k4de.txt": {"78", "87"}}},
	{"tyrol-councillor-resigns", map[string]string{
		"k5de1.txt": `de|Vergabe-Affäre: Verkehrslandesrat Ebenhofer tritt zurück

Innsbruck – Tirols Verkehrslandesrat Matthias Ebenhofer (49) hat am Montag seinen Rücktritt erklärt. Der Druck war zu groß geworden, nachdem bekannt geworden war, dass seine Abteilung einen Planungsauftrag über 2,4 Millionen Euro ohne Ausschreibung an ein Ingenieurbüro vergeben hatte, an dem sein Schwager zu 30 Prozent beteiligt ist.

„Ich habe mir nichts vorzuwerfen, aber ich will Schaden von der Landesregierung abwenden“, sagte Ebenhofer bei einer kurzfristig einberufenen Pressekonferenz. Er gehört der Landesregierung seit 2018 an.

Landeshauptfrau Carina Moosbrugger (56) kündigte an, am Donnerstag einen Nachfolger zu präsentieren. Der Landesrechnungshof prüft inzwischen 14 Vergaben der Abteilung seit 2020 mit einem Gesamtvolumen von 9,8 Millionen Euro.

Die Opposition hatte den Rücktritt seit zwei Wochen gefordert.`,
		"k5de2.txt": `de|Ebenhofer legt Amt nieder

Tirol

Nach wochenlanger Kritik an einer Auftragsvergabe ist der Tiroler Verkehrslandesrat Matthias Ebenhofer zurückgetreten. Er zog am Montag die Konsequenzen aus der Affäre um einen 2,4-Millionen-Euro-Auftrag an ein Büro, an dem ein Verwandter beteiligt ist.

Sein Nachfolger soll am Donnerstag feststehen. Als Favorit gilt der 41-jährige Landtagsabgeordnete Jakob Strasser aus Imst.

Die Grünen verlangen einen Untersuchungsausschuss im Landtag. Der Rechnungshof will seinen Bericht bis Ende Mai vorlegen.`,
		"k5it.txt": `it|Tirolo, si dimette l'assessore ai trasporti Ebenhofer

Innsbruck

L'assessore ai trasporti del Land Tirolo, Matthias Ebenhofer, 49 anni, si è dimesso lunedì dopo le polemiche per un incarico di progettazione da 2,4 milioni di euro assegnato senza gara a uno studio di ingegneria partecipato al 30% dal cognato.

"Non ho nulla da rimproverarmi", ha dichiarato Ebenhofer, in giunta dal 2018. La governatrice Carina Moosbrugger presenterà il successore giovedì.

La Corte dei conti regionale sta esaminando 14 appalti assegnati dal 2020, per un valore complessivo di 9,8 milioni di euro.`,
		"k5en.txt": `en|Tyrol transport chief quits over contract row

VIENNA (APN) - The transport minister of Austria's Tyrol province, Matthias Ebenhofer, resigned on Tuesday over a 2.4 million euro contract that his department awarded without a tender to an engineering firm part-owned by his brother-in-law.

Ebenhofer, 49, a member of the provincial government since 2018, said he had done nothing wrong but wanted to spare the government further damage.

Provincial governor Carina Moosbrugger will name his successor on Thursday, her office said. Auditors are reviewing 14 contracts worth a total of 9.8 million euros awarded by the department since 2020.`,
	}, map[string][2]string{"k5en.txt": {"Tuesday", "Monday"}}},
	{"bomb-hoax-shopping-centre", map[string]string{
		"k6pt1.txt": `pt|Ameaça de bomba obriga a evacuar centro comercial em Almada

Sociedade

Cerca de seis mil pessoas foram retiradas no sábado à tarde do Centro Comercial Alvorada, em Almada, depois de uma chamada anónima a anunciar a existência de um engenho explosivo. A PSP montou um perímetro de segurança de 300 metros.

A chamada foi recebida às 15h10. As 210 lojas foram encerradas e elementos do Centro de Inativação de Explosivos, com cães, revistaram o edifício durante quatro horas. Nada de suspeito foi encontrado e o centro reabriu pouco depois das 19h30.

No domingo, a PSP deteve no Seixal um jovem de 19 anos suspeito de ter feito a chamada. Vai ser presente a tribunal na segunda-feira.

Trata-se da segunda ameaça do género em três semanas: a 22 de fevereiro, um centro comercial de Setúbal foi evacuado, com cerca de 2.500 pessoas no interior.`,
		"k6pt2.txt": `pt|PSP deteve suspeito de falsa ameaça de bomba no Alvorada

Almada, 16 mar (Lusa) - A PSP deteve um homem de 19 anos suspeito de ter feito a falsa ameaça de bomba que levou no sábado à evacuação de aproximadamente 6.000 pessoas do Centro Comercial Alvorada, em Almada, disse hoje fonte policial.

O centro esteve fechado durante cerca de quatro horas. O suspeito, residente no Seixal, foi detido em casa e vai ser presente a primeiro interrogatório judicial na segunda-feira.

Segundo a mesma fonte, a chamada terá sido feita a partir de um telemóvel pré-pago. O crime de ameaça agravada é punível com pena de prisão até três anos.`,
		"k6en.txt": `en|Bomb hoax forces evacuation of Almada shopping centre

Around 6,000 shoppers and staff were evacuated from the Alvorada shopping centre in Almada on Saturday afternoon after an anonymous caller claimed a bomb had been planted, police said.

All 210 shops were closed while PSP explosives experts and sniffer dogs searched the building. Nothing was found and the centre reopened about four hours later.

Police cordoned off the area within 500 metres of the building, closing several roads and a bus station. On Sunday officers arrested a 19-year-old man in Seixal.

It was the second such hoax in the region in three weeks, after a shopping centre in Setúbal was evacuated on 22 February.`,
	}, map[string][2]string{"k6en.txt": {"500 m", "300 m"}}},
	{"pizza-world-championship", map[string]string{
		"k7it1.txt": `it|Mondiale dei pizzaioli, vince il casertano Gennaro Improta

Pontemarino

È Gennaro Improta, 27 anni, di Caserta, il nuovo campione del mondo della pizza classica. Il verdetto è arrivato mercoledì sera, al termine dei tre giorni della quindicesima edizione del Campionato mondiale dei pizzaioli di Pontemarino, nel Parmense.

Alla gara hanno partecipato 742 pizzaioli provenienti da 38 Paesi, contro i 655 dello scorso anno. La giuria, composta da 60 giudici, ha premiato la sua margherita con mozzarella di bufala e pomodorini gialli, con un impasto a lunga maturazione di 72 ore.

Al secondo posto il giapponese Kenji Morita, 33 anni, di Osaka; terza l'argentina Lucía Ferraro. Al vincitore va un premio di 10.000 euro.

"Dedico la vittoria a mio nonno, che mi ha insegnato tutto", ha detto Improta, che lavora nella pizzeria di famiglia dal 2014.`,
		"k7it2.txt": `it|Pizza, il titolo mondiale resta in Campania

Food | Eventi

Oltre 700 concorrenti, quasi 40 nazioni, 12 categorie in gara: numeri da record per il Campionato mondiale dei pizzaioli, che si è chiuso a Pontemarino. Nella categoria regina, la pizza classica, si è imposto Gennaro Improta, 27enne di Caserta.

Il giovane pizzaiolo ha battuto il giapponese Kenji Morita e l'argentina Lucía Ferraro, 29 anni, prima donna sul podio dal 2019.

Improta porta a casa 10 mila euro e un contratto di consulenza con un'azienda di farine.`,
		"k7en.txt": `en|Caserta pizzaiolo crowned world pizza champion

A 27-year-old pizza maker from Caserta, Gennaro Improta, won the classic pizza title at the World Pizza Championship in Pontemarino, northern Italy, on Wednesday, beating nearly 750 competitors from 38 countries.

His margherita, made with buffalo mozzarella and yellow cherry tomatoes on a dough left to rise for three days, won over a jury of 60 judges. Japan's Kenji Morita, 33, came second and Argentina's Lucía Ferraro third.

Improta takes home a prize of €10,000 (£8,600). Last year's championship drew 655 entrants.`,
		"k7de.txt": `de|Pizza-WM: Italiener Improta holt den Titel

Pontemarino – Die Weltmeisterschaft der Pizzabäcker im norditalienischen Pontemarino hat einen neuen Champion: Der 27-jährige Gennaro Improta aus Caserta setzte sich am Mittwoch in der klassischen Kategorie durch. Drei Tage lang hatten 742 Teilnehmer aus 38 Ländern um die Titel gekämpft.

Zweiter wurde der Japaner Kenji Morita (33), Dritte die Argentinierin Lucía Ferraro (29). Unter den Teilnehmern waren auch 14 Pizzabäcker aus Deutschland, der beste landete auf Platz 23.

Der Sieger erhält ein Preisgeld von 10 000 Euro.`,
	}, nil},
	{"wildcat-kittens", map[string]string{
		"k8de1.txt": `de|Vermeintliche Hauskatzen entpuppen sich als Wildkatzen

Kirnbach · Hunsrück

Von Peter Lahm

Als Revierförster Walter Brück (58) Ende Mai in einem Holzstapel im Hohenwald vier Kätzchen fand, glaubte er an ausgesetzte Hauskatzen. Er brachte die Tiere zur Wildtierhilfe Lauterhof. Ein Gentest hat nun ergeben: Es sind Europäische Wildkatzen.

Die Jungtiere waren damals etwa sechs Wochen alt und wogen jeweils rund 400 Gramm. Inzwischen haben sie ihr Gewicht fast verdoppelt. „Sie fauchen jeden an, der ans Gehege kommt – ein gutes Zeichen“, sagt die Tierärztin Miriam Kessler (34).

Die vier sollen möglichst wenig Kontakt zu Menschen haben und im Herbst, nach rund fünf Monaten in der Station, im Hohenwald ausgewildert werden.

In Deutschland leben nach Schätzungen des Naturschutzbundes 6000 bis 8000 Wildkatzen, etwa die Hälfte davon in Rheinland-Pfalz. Jedes Jahr werden der Station rund 30 Jungtiere gebracht, die eigentlich nicht gerettet werden müssten: Die Mutter sei oft nur auf der Jagd, so Kessler.`,
		"k8de2.txt": `de|Wildkatzen-Nachwuchs in Auffangstation

Vier junge Wildkatzen werden derzeit in der Wildtierhilfe Lauterhof im Hunsrück aufgepäppelt. Ein Förster hatte die Tiere im Mai gefunden und für Hauskatzen gehalten. Erst eine genetische Untersuchung brachte Klarheit.

Die Station bittet Spaziergänger, junge Katzen im Wald nicht mitzunehmen. Die Mutter kehre meist nach einigen Stunden zurück. Im Herbst sollen die vier in die Freiheit.`,
		"k8en.txt": `en|Forester's 'stray kittens' turn out to be rare European wildcats

Four kittens found by a forester in a woodpile in western Germany, and assumed to be abandoned pets, have been confirmed as European wildcats by a DNA test.

Walter Brück, 58, discovered the kittens in late May in the Hohenwald forest in Rhineland-Palatinate. They were about six weeks old and weighed about 400g (14oz) each. They are now being raised at the Lauterhof wildlife rescue centre, with as little human contact as possible, and will be released in the autumn.

Germany has an estimated 6,000 to 8,000 wildcats, about half of them in Rhineland-Palatinate. The centre says it receives dozens of kittens every year that did not need rescuing.`,
	}, nil},
	{"pharmacy-robberies-lugano", map[string]string{
		"k9it1.txt": `it|Terza rapina in farmacia in due settimane, caccia all'uomo nel Luganese

Lugano

Nuova rapina in farmacia nel Luganese, la terza in due settimane. Giovedì verso le 18.45 un uomo armato di coltello è entrato nella Farmacia del Parco a Sorvino e si è fatto consegnare il contenuto della cassa, circa 1'850 franchi, prima di fuggire a piedi. Nessuno è rimasto ferito.

In negozio si trovavano la titolare, Graziella Pedrazzini, 61 anni, e un'assistente di 24 anni. "Ha urlato di sbrigarci, poi è sparito verso la stazione", racconta la farmacista.

Secondo la Polizia cantonale, il modus operandi è lo stesso delle rapine del 3 e dell'11 del mese a Pregnolo e Vezzarone. Complessivamente il bottino ammonta a circa 4'300 franchi.

L'uomo è alto circa 1,80 metri, ha tra i 30 e i 40 anni e parla italiano con accento straniero. Chiunque abbia informazioni è pregato di contattare la polizia.`,
		"k9it2.txt": `it|Rapina alla Farmacia del Parco di Sorvino

Un uomo armato di coltello ha rapinato giovedì sera la Farmacia del Parco di Sorvino, a Lugano, impossessandosi di quasi 2'000 franchi. È il terzo colpo in una farmacia del Luganese dall'inizio del mese.

La polizia non esclude che dietro le tre rapine, che hanno fruttato in totale poco più di 4'000 franchi, ci sia la stessa persona. Il rapinatore è descritto come un uomo di 30-40 anni, alto circa 180 centimetri.`,
		"k9de.txt": `de|Lugano: Messer-Räuber überfällt dritte Apotheke

Ein Unbekannter hat am Donnerstagabend in Lugano-Sorvino eine Apotheke ausgeraubt. Mit einem Messer bedrohte er die 61-jährige Inhaberin und ihre 24-jährige Angestellte und erbeutete rund 1850 Franken.

Es ist bereits der dritte Überfall auf eine Apotheke im Raum Lugano innert zwei Wochen. Die Tessiner Kantonspolizei geht davon aus, dass derselbe Täter hinter allen drei Taten steckt. Die Beute beträgt insgesamt etwa 4300 Franken.

Der Mann ist etwa 1,80 Meter gross, zwischen 30 und 40 Jahre alt und spricht Italienisch mit Akzent.`,
	}, nil},
	{"swiss-cheese-exports", map[string]string{
		"k10de1.txt": `de|Käseexporte legen leicht zu

Bern (sda) - Die Schweiz hat im vergangenen Jahr mehr Käse ins Ausland verkauft. Die Exporte stiegen um 2,1 Prozent auf 79'400 Tonnen, wie der Schweizer Käse-Exportverband (SKEV) am Dienstag mitteilte. Der Exportwert erhöhte sich um 3,4 Prozent auf 742 Millionen Franken.

Wichtigster Abnehmer blieb Deutschland mit 31'200 Tonnen, gefolgt von Italien mit 9800 Tonnen. Beim Emmentaler setzte sich der Rückgang hingegen fort: Die Ausfuhren sanken um 6 Prozent auf 11'300 Tonnen.

Gleichzeitig importierte die Schweiz 72'100 Tonnen Käse, 5,3 Prozent mehr als im Vorjahr. «Der starke Franken macht uns weiterhin zu schaffen», sagte Direktor Beat Zürcher.`,
		"k10de2.txt": `de|Käse: Exportmenge so hoch wie seit 2021 nicht mehr

Markt | Milch

Mit rund 79 400 Tonnen hat die Schweiz 2025 so viel Käse exportiert wie seit vier Jahren nicht mehr. 2021 waren es 80'100 Tonnen gewesen, im Vorjahr 77'750 Tonnen.

Verbandspräsidentin Anna Lötscher sprach von einem «soliden Jahr». Sorgen bereitet der Branche der Import: Ausländischer Käse macht inzwischen mehr als 40 Prozent des Inlandkonsums aus.

Deutschland nahm knapp 40 Prozent der Exporte ab.`,
		"k10it.txt": `it|Formaggio svizzero, export in crescita del 2,1%

Berna

Le esportazioni di formaggio svizzero sono aumentate l'anno scorso del 2,1%, a 79.400 tonnellate, per un valore di 742 milioni di franchi (+3,4%). Lo ha comunicato martedì l'Associazione svizzera esportatori di formaggio.

La Germania resta il primo mercato con 31.200 tonnellate, davanti all'Italia con 9.800. In calo invece l'Emmentaler (-6%).

Le importazioni sono salite del 5,3% a 72.100 tonnellate. Il direttore Beat Zürcher ha citato il franco forte come principale difficoltà.`,
		"k10en.txt": `en|Swiss cheese exports edge up despite strong franc

Switzerland exported 79,400 tonnes of cheese last year, 2.1% more than in 2024, the Swiss Cheese Exporters' Association said on Tuesday. Export revenue rose 3.4% to CHF742 million ($930 million).

Germany remained the largest buyer, taking 31,200 tonnes, or nearly two-fifths of the total. Exports of Emmental, once the flagship variety, fell 6% to 11,300 tonnes; in the early 1990s they topped 40,000 tonnes.

Cheese imports rose 5.3% to 72,100 tonnes, the association said.`,
	}, nil},
}
