package textutil

import "strings"

// moreNumberWords are the numbers under a hundred written out in Swedish,
// Danish, Norwegian, Polish, Czech, Romanian, Catalan, Finnish and
// Hungarian ("fyra timmar", "sześć godzin", "hat órán"), in the form news
// writes them before a noun: the nominative, and for Polish, Czech and
// Finnish the case forms a count of hours or people takes ("sześciu
// górników", "pěti hodin", "kuuden tunnin"). Each list holds 1 to 20,
// then 30 to 90 by tens; "-" marks a word left out of NumberWords because
// it is also a common word of a language the reader reads (Swedish "sex",
// Danish "to" and "fire", Catalan "set", Hungarian "hat"): those are in
// languageNumberWords, read as numbers only in their own language. Words
// that are a common word in their own language too are not read at all
// (Catalan "nou" and Romanian "nouă" are also "new", Hungarian "hét" also
// "week"). One is left out throughout: it is mostly an article.
var moreNumberWords = []string{
	// Swedish
	"- två tre fyra fem - sju åtta nio tio elva tolv tretton fjorton femton sexton sjutton arton nitton tjugo trettio fyrtio femtio sextio sjuttio åttio nittio",
	// Danish
	"- - tre - fem seks syv otte - - elleve tolv tretten fjorten femten seksten sytten atten nitten tyve tredive fyrre halvtreds - halvfjerds firs halvfems",
	// Norwegian
	"- - tre - fem seks sju åtte - - elleve tolv tretten fjorten femten seksten sytten atten nitten tjue tretti førti femti seksti sytti åtti nitti",
	// Polish
	"- dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt",
	"- dwóch trzech czterech pięciu sześciu siedmiu ośmiu dziewięciu dziesięciu jedenastu dwunastu trzynastu czternastu piętnastu szesnastu siedemnastu osiemnastu dziewiętnastu dwudziestu trzydziestu czterdziestu pięćdziesięciu sześćdziesięciu siedemdziesięciu osiemdziesięciu dziewięćdziesięciu",
	// Czech
	"- dva tři čtyři pět šest sedm osm devět deset jedenáct dvanáct třináct čtrnáct patnáct šestnáct sedmnáct osmnáct devatenáct dvacet třicet čtyřicet padesát šedesát sedmdesát osmdesát devadesát",
	"- dvou tří čtyř pěti šesti sedmi osmi devíti deseti jedenácti dvanácti třinácti čtrnácti patnácti šestnácti sedmnácti osmnácti devatenácti dvaceti třiceti čtyřiceti padesáti šedesáti sedmdesáti osmdesáti devadesáti",
	// Romanian, with comma and with cedilla
	"- doi trei patru cinci șase șapte - - zece unsprezece doisprezece treisprezece paisprezece cincisprezece șaisprezece șaptesprezece optsprezece nouăsprezece douăzeci treizeci patruzeci cincizeci șaizeci șaptezeci optzeci nouăzeci",
	"- două - - - şase şapte - - - - douăsprezece - - - şaisprezece şaptesprezece - - - - - - şaizeci şaptezeci - -",
	// Catalan
	"- - - quatre cinc sis - vuit - - onze dotze tretze catorze quinze setze disset divuit dinou vint trenta quaranta cinquanta seixanta setanta vuitanta noranta",
	// Finnish, and the genitive
	"- kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän kymmenen yksitoista kaksitoista kolmetoista neljätoista viisitoista kuusitoista seitsemäntoista kahdeksantoista yhdeksäntoista kaksikymmentä kolmekymmentä neljäkymmentä viisikymmentä kuusikymmentä seitsemänkymmentä kahdeksankymmentä yhdeksänkymmentä",
	"- kahden kolmen neljän viiden kuuden - - - - yhdentoista kahdentoista kolmentoista neljäntoista viidentoista kuudentoista - - - kahdenkymmenen kolmenkymmenen neljänkymmenen viidenkymmenen kuudenkymmenen - - -",
	// Hungarian, and "két", the two before a noun
	"- kettő három négy öt - - nyolc kilenc tíz tizenegy tizenkettő tizenhárom tizennégy tizenöt tizenhat tizenhét tizennyolc tizenkilenc húsz harminc negyven ötven hatvan hetven nyolcvan kilencven",
	"- két - - - - - - - - - tizenkét - - - - - - - - - - - - - - -",
}

// languageNumberWords are numbers written out that are also common words
// of another language the reader reads, with the languages where they
// are numbers: "to" and "fire" are Danish and Norwegian numbers and
// English words.
var languageNumberWords = map[string]struct {
	value int
	langs string
}{
	"sex": {6, "sv"}, "to": {2, "da nb no"}, "fire": {4, "da nb no"}, "ni": {9, "da nb no"}, "ti": {10, "da nb no"},
	"set": {7, "ca"}, "deu": {10, "ca"}, "dues": {2, "ca"}, "hat": {6, "hu"}, "opt": {8, "ro"},
}

// addMoreNumberWords adds moreNumberWords and the Hungarian compounds of
// tens and units ("huszonhárom", "harmincöt") with add, which keeps a
// word it has.
func addMoreNumberWords(add func(string, int)) {
	for _, l := range moreNumberWords {
		addNumberList(add, l)
	}
	huUnits := strings.Fields("egy kettő három négy öt hat hét nyolc kilenc")
	huTens := strings.Fields("huszon harminc negyven ötven hatvan hetven nyolcvan kilencven")
	for k, tens := range huTens {
		for u, unit := range huUnits {
			add(tens+unit, (k+2)*10+u+1)
			if u == 1 {
				add(tens+"két", (k+2)*10+2)
			}
		}
	}
}

// LanguageNumberWord is the value of a number written out that only the
// language lang reads as one ("sex" in Swedish, "hat" in Hungarian), 0
// for any other word or language.
func LanguageNumberWord(w, lang string) int {
	n, ok := languageNumberWords[w]
	if !ok || lang == "" {
		return 0
	}
	for _, l := range strings.Fields(n.langs) {
		if l == lang {
			return n.value
		}
	}
	return 0
}
