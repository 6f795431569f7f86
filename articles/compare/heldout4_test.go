package compare

import (
	"strings"
	"testing"

	"reader/articles"
)

// heldOutFebruary are multi-source events (10 events, 30 reports in
// English, French, German, Spanish, Italian, Dutch and Portuguese, every
// person, company and place name invented) written blind on 1 December
// 2026, without reading the extraction, the grouping or the matching, and
// frozen before their first run. Seven events hold one planted
// contradiction each (a count of people, an amount of money, a prison
// term, a percentage, a length, a year, a person's age), three hold none;
// all hold hedges, roundings, conversions, number words, role synonyms and
// page furniture that must agree. The same reports, with six distractors,
// are the grouping set testdata/heldout-feb of package events.
//
// The first and only run flagged 3 of the 7 planted contradictions, with
// 3 disagreements not explained by a planted value. One of those 3 was a
// planted value flagged under another spelling than guessed: the French
// "64 ans" was flagged against "46"/"46 anni" but normalised "64 years",
// not "64"; only that spelling was corrected after the run (to "64 years"
// against "46 years"), so the first run scores 4 of 7 with 2 false
// disagreements, over the limit of 1 (the test skips with that reason, for
// the lead to decide).
//
// Flagged: the French "21 ans" against "12 years" (sentence), the
// Portuguese "83 milhões de euros" against "€38 million" (cement-fine), the
// Dutch "420 kilometer" against "240 Kilometer"/"240km" (power-cable), the
// French "64 ans" against "46" (conductor). Missed: the German "Rund 4100
// Bewohner" (4,100) was read but not tied to "about 1,400 residents"/
// "circa 1.400 residenti" (landslide); the Italian "L'affluenza è stata del
// 26,7%" was read (26.7%) but not tied to "La participación fue del
// 62,7 %"/"A afluência às urnas foi de 62,7%" (valdemora-vote); the Dutch
// "De 42 meter hoge dam werd in 1985 gebouwd" was read (1985) but not tied
// to "construit en 1958"/"construída em 1958" (dam). False disagreements:
// the Italian "31 seggi su 65" (31) against "31 de los 65 escaños"/"31 dos
// 65 lugares" (65, the seats of the parliament, not those won), and the
// Italian "martedì" (the day of the rescue) against the Dutch "sinds
// zondag" (the day the cavers were trapped) (cave-rescue).
//
// Fixed after, so the set is held out no longer: a weekday after "since"
// or "until" is the day a span began or ends, not of the happening; "31
// of the 65 seats" counts 31 seats; a figure or year whose subject the
// synonym table knows in every language ("Bewohner"/"residents",
// "affluenza"/"participación"/"turnout", "gebouwd"/"construit"/"built")
// answers another source's one figure for that subject; a verb of being
// gives a percentage its subject ("l'affluenza è stata del 26,7%"); a
// Dutch or German participle after the year is what the year dates ("werd
// in 1985 gebouwd"). Now 7 of 7, nothing false.
var heldOutFebruary = []heldOutEvent{
	{"landslide", map[string]string{
		"f1en.txt": "en|Landslide forces 1,400 from their homes in northern Italian valley\n\nA landslide roughly 600 metres wide came down a hillside above the village of Sorbiano in the Val Cerusca on Monday, forcing about 1,400 residents to leave their homes, the regional civil protection agency said. Two people were slightly injured.\n\nThe agency's director, Carla Mondelli, said geologists estimated that some 300,000 cubic metres of earth had moved after ten days of rain. Mayor Ottavio Fenaroli said the evacuees were being put up in schools and hotels further down the valley.",
		"f1it.txt": "it|Frana in Val Cerusca, evacuate 1.400 persone\n\nUna frana larga circa 600 metri si è staccata lunedì dal versante che sovrasta Sorbiano, in Val Cerusca: circa 1.400 residenti hanno dovuto lasciare le loro case, ha reso noto la protezione civile regionale. Due persone sono rimaste lievemente ferite.\n\nSecondo la responsabile della protezione civile, Carla Mondelli, dopo dieci giorni di pioggia si sono mossi circa 300.000 metri cubi di terra. Il sindaco Ottavio Fenaroli ha spiegato che gli sfollati sono ospitati nelle scuole e negli alberghi della bassa valle.",
		"f1de.txt": "de|Erdrutsch in Norditalien: 4100 Menschen müssen ihre Häuser verlassen\n\nFoto: Marco Zelindri/Bergland Zeitung\n\nIm norditalienischen Val Cerusca ist am Montag oberhalb des Dorfes Sorbiano ein etwa 600 Meter breiter Hang abgerutscht. Rund 4100 Bewohner mussten ihre Häuser verlassen, wie der regionale Zivilschutz mitteilte. Zwei Menschen wurden leicht verletzt.\n\nNach Angaben der Zivilschutzchefin Carla Mondelli gerieten nach zehn Tagen Dauerregen etwa 300.000 Kubikmeter Erde in Bewegung.",
	}, map[string][2]string{"f1de.txt": {"4,100", "1,400"}}},
	{"sentence", map[string]string{
		"f2nl.txt": "nl|Twaalf jaar cel voor leider van cocaïnebende\n\nDe rechtbank in Zuidermeer heeft donderdag de 52-jarige Dirk-Jan Meerveld veroordeeld tot twaalf jaar cel voor het smokkelen van 3100 kilo cocaïne, verstopt in containers met bananen. Volgens de rechters was hij de leider van de bende.\n\nTwee medeverdachten kregen zes en acht jaar cel. Het Openbaar Ministerie had veertien jaar geëist.",
		"f2en.txt": "en|Dutch court jails cocaine gang leader for 12 years\n\nA court in the Dutch city of Zuidermeer on Thursday sentenced Dirk-Jan Meerveld, 52, to 12 years in prison for smuggling 3,100kg of cocaine hidden in shipping containers of bananas, ruling that he had led the gang.\n\nTwo accomplices were jailed for six and eight years. Prosecutors had sought a 14-year term.",
		"f2fr.txt": "fr|Pays-Bas : 21 ans de prison pour le chef d'un réseau de cocaïne\n\nLe tribunal de Zuidermeer, aux Pays-Bas, a condamné jeudi Dirk-Jan Meerveld, 52 ans, à 21 ans de prison pour avoir fait entrer 3,1 tonnes de cocaïne cachées dans des conteneurs de bananes. Les juges ont estimé qu'il dirigeait le réseau.\n\nDeux complices ont écopé de six et huit ans. Le parquet avait requis quatorze ans.",
	}, map[string][2]string{"f2fr.txt": {"21 years", "12 years"}}},
	{"cement-fine", map[string]string{
		"f3es.txt": "es|Multa de 38 millones a tres cementeras por pactar precios\n\nEl Consejo Estatal de la Competencia (CEC) ha impuesto una multa total de 38 millones de euros a tres fabricantes de cemento por repartirse clientes y pactar precios entre 2018 y 2023, informó el martes el organismo. La mayor sanción, de 21,5 millones, recae sobre Cementos Albarda.\n\nLa presidenta del CEC, Inmaculada Berrocal, afirmó que el cártel encareció el cemento hasta un 15 % en el centro del país. Las empresas pueden recurrir la resolución ante los tribunales.",
		"f3pt.txt": "pt|Espanha multa três cimenteiras em 83 milhões de euros\n\nO regulador espanhol da concorrência, o CEC, aplicou na terça-feira uma coima total de 83 milhões de euros a três fabricantes de cimento, entre os quais a portuguesa Lusocal, por acordos de preços e repartição de clientes entre 2018 e 2023. A coima mais pesada, de 21,5 milhões, coube à Cementos Albarda.\n\nSegundo a presidente do CEC, Inmaculada Berrocal, o cartel fez subir o preço do cimento até 15 % no centro de Espanha.",
		"f3en.txt": "en|Spanish regulator fines cement cartel €38m\n\nMarkets | Companies | Europe\n\nSpain's competition watchdog CEC fined three cement makers a total of €38 million (about £33 million) on Tuesday for fixing prices and sharing out customers from 2018 to 2023. Cementos Albarda received the largest penalty, €21.5 million.\n\nCEC chair Inmaculada Berrocal said the cartel had pushed up cement prices by as much as 15% in central Spain. The companies can appeal.",
	}, map[string][2]string{"f3pt.txt": {"€83 million", "€38 million"}}},
	{"valdemora-vote", map[string]string{
		"f4es.txt": "es|El PRV gana en Valdemora y se queda a dos escaños de la mayoría\n\nEl Partido Regionalista Valdemorano (PRV) ganó el domingo las elecciones autonómicas de Valdemora con el 39,6 % de los votos y 31 de los 65 escaños, a dos de la mayoría absoluta. La participación fue del 62,7 %, cuatro puntos más que en 2023.\n\nSu candidato, Ramiro Estévez, de 51 años, buscará apoyos para ser investido presidente.",
		"f4pt.txt": "pt|Regionalistas vencem eleições em Valdemora com quase 40%\n\nO Partido Regionalista Valdemorano (PRV) venceu no domingo as eleições regionais de Valdemora, em Espanha, com quase 40% dos votos, conquistando 31 dos 65 lugares do parlamento regional. A afluência às urnas foi de 62,7%.\n\nO líder do PRV, Ramiro Estévez, de 51 anos, precisa do apoio de outro partido para formar governo.",
		"f4it.txt": "it|Spagna, a Valdemora vincono i regionalisti\n\nIl Partito regionalista valdemorano (PRV) ha vinto domenica le elezioni regionali di Valdemora, in Spagna, con il 39,6% dei voti e 31 seggi su 65. L'affluenza è stata del 26,7%.\n\nIl candidato Ramiro Estévez, 51 anni, dovrà cercare alleati per essere eletto presidente della regione.",
	}, map[string][2]string{"f4it.txt": {"26.7%", "62.7%"}}},
	{"power-cable", map[string]string{
		"f5de.txt": "de|Stromkabel zwischen Deutschland und den Niederlanden in Betrieb\n\n10.02.2027\n\nDas 240 Kilometer lange Hochspannungskabel zwischen Kleinmoor an der niedersächsischen Küste und dem niederländischen Eemsvliet ist am Mittwoch in Betrieb gegangen. Die Leitung kann 700 Megawatt übertragen, genug für rund 1,5 Millionen Haushalte, teilten die Netzbetreiber Hanse Netz Offshore und Deltanet mit. Das Projekt kostete 1,9 Milliarden Euro.\n\nHanse-Netz-Vorstandschef Bernd Ohlsiek sprach von einem „Meilenstein für den europäischen Strommarkt“.",
		"f5nl.txt": "nl|Stroomkabel naar Duitsland in gebruik genomen\n\nDe 420 kilometer lange hoogspanningskabel tussen het Groningse Eemsvliet en het Duitse Kleinmoor is woensdag in gebruik genomen. De verbinding kan 700 megawatt transporteren, genoeg voor zo'n anderhalf miljoen huishoudens, melden netbeheerders Deltanet en Hanse Netz Offshore. De aanleg kostte 1,9 miljard euro.\n\nDeltanet-topvrouw Marieke Olthof-Brandsma sprak van \"een belangrijke stap voor de energietransitie\".",
		"f5en.txt": "en|Germany-Netherlands undersea power link switched on\n\nA 240km high-voltage cable under the North Sea linking Kleinmoor on the German coast with Eemsvliet in the Netherlands began carrying power on Wednesday, grid operators Hanse Netz Offshore and Deltanet said. The €1.9bn link can carry 700MW, enough for about 1.5m homes.\n\nHanse Netz chief executive Bernd Ohlsiek called it \"a milestone for Europe's electricity market\".",
	}, map[string][2]string{"f5nl.txt": {"420 km", "240 km"}}},
	{"dam", map[string]string{
		"f6pt.txt": "pt|Barragem de Alvorinha vai ser demolida\n\nA elétrica Hidrolusa anunciou na quinta-feira que vai demolir a barragem de Alvorinha, no rio Ceirinho, construída em 1958 e desativada há seis anos. As obras começam em 2028 e vão custar 27 milhões de euros.\n\nA remoção da barragem, com 42 metros de altura, vai devolver cerca de 60 quilómetros de rio aos peixes migratórios, disse o administrador da Hidrolusa Vasco Tavares Reis.",
		"f6fr.txt": "fr|Portugal : un barrage de 1958 va être démoli\n\n11/02/2027 – 16h05\n\nLe producteur d'électricité Hidrolusa a annoncé jeudi la démolition du barrage d'Alvorinha, sur le Ceirinho, dans le nord du Portugal. L'ouvrage de 42 mètres de haut, construit en 1958, est à l'arrêt depuis six ans. Les travaux, d'un coût de 27 millions d'euros, débuteront en 2028.\n\nSelon Vasco Tavares Reis, administrateur de Hidrolusa, une soixantaine de kilomètres de rivière seront ainsi rendus aux poissons migrateurs.",
		"f6nl.txt": "nl|Portugese stuwdam gaat tegen de vlakte\n\nHet Portugese energiebedrijf Hidrolusa breekt de stuwdam van Alvorinha in de rivier de Ceirinho af. Dat maakte het bedrijf donderdag bekend. De 42 meter hoge dam werd in 1985 gebouwd en staat al zes jaar stil. De sloop begint in 2028 en kost 27 miljoen euro.\n\nDaardoor komt zo'n 60 kilometer rivier weer vrij voor trekvissen, zei bestuurder Vasco Tavares Reis.",
	}, map[string][2]string{"f6nl.txt": {"1985", "1958"}}},
	{"conductor", map[string]string{
		"f7en.txt": "en|Ravenzia symphony names Aino Lehtivaara chief conductor\n\nThe Orchestra Sinfonica di Ravenzia has appointed the Finnish conductor Aino Lehtivaara, 46, as its principal conductor from September 2028, the orchestra said on Friday. She has signed a five-year contract.\n\nLehtivaara succeeds Federico Arcangeli, who has led the 98-member orchestra for 17 years and will become its conductor laureate.",
		"f7it.txt": "it|Aino Lehtivaara nuova direttrice principale della Sinfonica di Ravenzia\n\nSarà la finlandese Aino Lehtivaara, 46 anni, la nuova direttrice principale dell'Orchestra Sinfonica di Ravenzia a partire da settembre 2028. Lo ha annunciato venerdì l'orchestra. Il contratto è di cinque anni.\n\nLehtivaara succede a Federico Arcangeli, che guida da diciassette anni l'orchestra, composta da 98 musicisti, e che ne diventerà direttore emerito.",
		"f7fr.txt": "fr|Une cheffe finlandaise à la tête de l'orchestre de Ravenzia\n\nLa Finlandaise Aino Lehtivaara, 64 ans, prendra en septembre 2028 la direction musicale de l'Orchestre symphonique de Ravenzia, en Italie, a annoncé vendredi la formation. Son contrat porte sur cinq ans.\n\nElle succède à Federico Arcangeli, qui dirige depuis 17 ans cet orchestre de 98 musiciens.",
	}, map[string][2]string{"f7fr.txt": {"64 years", "46 years"}}},
	{"brandau-results", map[string]string{
		"f8de.txt": "de|Brandau Pharma steigert Umsatz um 7,2 Prozent\n\nDer Arzneimittelhersteller Brandau Pharma hat 2026 dank starker Nachfrage nach Krebsmedikamenten seinen Umsatz um 7,2 Prozent auf 14,3 Milliarden Euro gesteigert. Der Nettogewinn stieg auf 1,86 Milliarden Euro, teilte das Unternehmen am Donnerstag in Kassenbrück mit. Die Aktionäre sollen eine Dividende von 2,40 Euro je Aktie erhalten.\n\nVorstandschefin Henrike Solmsdorf kündigte an, 2027 rund drei Milliarden Euro in die Forschung zu investieren. Brandau beschäftigt weltweit etwa 41.000 Mitarbeiter.",
		"f8es.txt": "es|Brandau Pharma eleva sus ventas un 7,2 %\n\nLa farmacéutica alemana Brandau Pharma aumentó sus ventas un 7,2 % en 2026, hasta 14.300 millones de euros, y su beneficio neto alcanzó los 1.860 millones, informó el jueves la compañía. Propondrá un dividendo de 2,40 euros por acción.\n\nSu consejera delegada, Henrike Solmsdorf, anunció una inversión de 3.000 millones de euros en investigación este año. El grupo emplea a unas 41.300 personas.",
		"f8en.txt": "en|Brandau Pharma sales rise 7% on cancer drugs\n\nGerman drugmaker Brandau Pharma said on Thursday its sales rose more than 7% last year to €14.3 billion ($15.5 billion), driven by its cancer medicines, while net profit reached €1.86 billion. It proposed a dividend of €2.40 a share.\n\nChief executive Henrike Solmsdorf said the company would spend about €3bn on research this year. Brandau employs some 41,000 people worldwide.\n\nPhotograph: Brandau Pharma",
	}, nil},
	{"cruise-outbreak", map[string]string{
		"f9pt.txt": "pt|Surto de norovírus em navio de cruzeiro atracado em São Brás do Mar\n\nMais de 300 passageiros do navio de cruzeiro Aurora Meridiana, atracado desde quarta-feira no porto de São Brás do Mar, adoeceram com sintomas de norovírus, informou a autoridade regional de saúde. O navio, com 290 metros de comprimento, transporta cerca de 3.000 passageiros e 1.100 tripulantes.\n\nOs doentes estão isolados nas cabines. O cruzeiro, de duas semanas, tinha começado a 10 de fevereiro.",
		"f9es.txt": "es|Brote de norovirus en un crucero: 312 pasajeros enfermos\n\nUn brote de norovirus ha afectado a 312 de los 2.950 pasajeros del crucero Aurora Meridiana, más del 10 %, informó el miércoles la naviera Meridiana Cruceros tras atracar el buque en el puerto portugués de São Brás do Mar. A bordo viajan también 1.100 tripulantes.\n\nLa naviera, con sede en Valmares, asegura que los afectados evolucionan favorablemente. El crucero, de 14 noches, zarpó el 10 de febrero.",
		"f9fr.txt": "fr|Plus de 300 malades à bord d'un paquebot au Portugal\n\nMonde | Europe\n\nPlus de 300 passagers du paquebot Aurora Meridiana, à quai depuis mercredi à São Brás do Mar, au Portugal, ont été atteints de norovirus, selon les autorités sanitaires. Le navire de 290 mètres transporte près de 3 000 passagers et 1 100 membres d'équipage.\n\nLes malades sont confinés dans leurs cabines. La croisière de deux semaines avait commencé le 10 février.\n\nLire aussi : Croisières : les épidémies à bord, un risque récurrent",
	}, nil},
	{"cave-rescue", map[string]string{
		"f10it.txt": "it|Salvati i sette speleologi olandesi bloccati nell'Abisso Cornalba\n\nSono usciti sani e salvi martedì pomeriggio i sette speleologi olandesi rimasti intrappolati per quasi 60 ore nell'Abisso Cornalba, sopra Valdigrana, dall'acqua salita dopo forti piogge. Il gruppo, di età compresa tra i 24 e i 57 anni, si trovava a circa 350 metri di profondità e a due chilometri dall'ingresso.\n\nAll'operazione hanno partecipato 140 soccorritori, ha detto il capo del soccorso speleologico regionale, Matteo Scalvini. Uno degli speleologi è stato curato per ipotermia.",
		"f10nl.txt": "nl|Zeven Nederlandse grotonderzoekers gered in Italië\n\nDinsdag 23 februari 2027, 17.12 uur\n\nDe zeven Nederlandse speleologen die sinds zondag vastzaten in de grot Abisso Cornalba in de Noord-Italiaanse Alpen, zijn dinsdagmiddag gered. Ze waren na hevige regen door stijgend water ingesloten, op zo'n 350 meter diepte en 2 kilometer van de ingang.\n\nAan de reddingsactie deden 140 hulpverleners mee. De groep is tussen de 24 en 57 jaar oud. Eén van hen werd behandeld voor onderkoeling, zei Matteo Scalvini, hoofd van de regionale grotreddingsdienst.",
		"f10de.txt": "de|Sieben Höhlenforscher nach 60 Stunden aus italienischer Höhle gerettet\n\nNach fast 60 Stunden unter der Erde sind sieben niederländische Höhlenforscher am Dienstagnachmittag aus dem Abisso Cornalba in den norditalienischen Alpen gerettet worden. Steigendes Wasser nach starken Regenfällen hatte sie in rund 350 Metern Tiefe und zwei Kilometer vom Eingang entfernt eingeschlossen.\n\nAn dem Einsatz waren 140 Retter beteiligt, sagte der Leiter der regionalen Höhlenrettung, Matteo Scalvini. Einer der Forscher im Alter zwischen 24 und 57 Jahren wurde wegen Unterkühlung behandelt.\n\nFoto: Soccorso speleologico/Handout",
	}, nil},
}

// logFacts logs, for each event, every fact of its comparison with each
// source's value as written and normalised.
func logFacts(t *testing.T, evs []heldOutEvent) {
	t.Helper()
	for _, ev := range evs {
		var arts []articles.Article
		for file, text := range ev.reports {
			lang, body, _ := cut(text)
			arts = append(arts, story(t, file, lang, body))
		}
		c := Compare(ev.id, arts)
		for _, f := range c.Facts {
			var vals []string
			for k, v := range f.Values {
				if v.Said() {
					vals = append(vals, c.Columns[k].File+"="+v.Value+" ["+v.Norm+"]")
				}
			}
			mark := " "
			if f.Disagree {
				mark = "!"
			}
			t.Logf("%s %s %s %q: %s %s", mark, ev.id, f.Kind, f.Label, strings.Join(vals, "; "), f.Note)
		}
	}
}
