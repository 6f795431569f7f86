package textutil

import (
	"strings"
	"sync"
)

// NumberWords are numbers under a hundred written out, in the major
// European languages (and in moreNumberWords those of the north and the
// east), as news writes counts and durations ("five years",
// "Fourteen dead", "vingt-trois blessés", "dreiundzwanzig Menschen"):
// the word, lower-cased, and its value. Compounds are the one-word forms
// (hyphenated in English and French, joined in German, Dutch, Italian and
// Spanish); those written as several words ("treinta y dos") are not
// here. Words that are also common words of another language are left
// out: French "seize" (an English verb), Italian "venti" (winds) and
// Dutch "een" (the article).
var NumberWords = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	add := func(w string, v int) {
		if _, ok := m[w]; !ok {
			m[w] = v
		}
	}
	// Each list holds the words for 1 to 20, then 30 to 90 by tens; "-"
	// marks a word left out.
	lists := []string{
		"one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety",
		"un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze - dix-sept dix-huit dix-neuf vingt trente quarante cinquante soixante septante huitante nonante",
		"ein zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
		"uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
		"uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove - trenta quaranta cinquanta sessanta settanta ottanta novanta",
		"um dois três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
		"- twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig",
	}
	words := make([][]string, len(lists))
	for i, l := range lists {
		words[i] = addNumberList(add, l)
	}
	// Other spellings: feminine forms, European Portuguese, Spanish before a
	// noun, Italian without its accent, the French eighty.
	for w, v := range map[string]int{"duas": 2, "dezasseis": 16, "dezassete": 17, "dezanove": 19, "veintiún": 21, "veintiuna": 21, "ventitre": 23, "quatre-vingts": 80} {
		add(w, v)
	}
	en, fr, de, it, nl := words[0], words[1], words[2], words[4], words[6]
	for tens := 2; tens <= 9; tens++ {
		for unit := 1; unit <= 9; unit++ {
			v := tens*10 + unit
			add(en[tens+17]+"-"+en[unit-1], v)
			add(de[unit-1]+"und"+de[tens+17], v)
			if tens >= 3 {
				// Italian drops the tens' vowel before "uno" and "otto".
				t, u := it[tens+17], it[unit-1]
				if unit == 1 || unit == 8 {
					t = t[:len(t)-1]
				}
				if unit == 3 {
					u = "tré"
				}
				add(t+u, v)
			}
			// Dutch joins with "en", "ën" after a word ending in e.
			if unit > 1 {
				link := "en"
				if strings.HasSuffix(nl[unit-1], "e") {
					link = "ën"
				}
				add(nl[unit-1]+link+nl[tens+17], v)
			} else {
				add("eenen"+nl[tens+17], v)
			}
			// French: "vingt-et-un", "vingt-deux", and in Belgium and
			// Switzerland "septante-deux".
			if unit == 1 {
				add(fr[tens+17]+"-et-un", v)
			} else {
				add(fr[tens+17]+"-"+fr[unit-1], v)
			}
		}
	}
	// Italian and Spanish twenties.
	for unit := 1; unit <= 9; unit++ {
		u := it[unit-1]
		switch unit {
		case 1, 8:
			add("vent"+u, 20+unit)
		case 3:
			add("ventitré", 23)
		default:
			add("venti"+u, 20+unit)
		}
	}
	for unit, w := range strings.Fields("veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve") {
		add(w, 21+unit)
	}
	// French seventy to ninety-nine: sixty and eighty and ten to nineteen.
	frTeens := []string{"dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"}
	for k, t := range frTeens {
		if k == 1 {
			add("soixante-et-onze", 71)
		} else {
			add("soixante-"+t, 70+k)
		}
		add("quatre-vingt-"+t, 90+k)
	}
	for unit := 1; unit <= 9; unit++ {
		add("quatre-vingt-"+fr[unit-1], 80+unit)
	}
	addMoreNumberWords(add)
	return m
})

// addNumberList adds the words of one list of numbers written out (1 to
// 20, then 30 to 90 by tens; "-" for a word left out) with add, and
// returns the list's words.
func addNumberList(add func(string, int), list string) []string {
	words := strings.Fields(list)
	for j, w := range words {
		if w == "-" {
			continue
		}
		if j < 20 {
			add(w, j+1)
		} else {
			add(w, (j-17)*10)
		}
	}
	return words
}
