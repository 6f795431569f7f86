package facts

import (
	"maps"
	"math"
	"reader/articles/internal/textutil"
	"strconv"
	"strings"
	"sync"
)

// Hedge says how exactly a source gives a number.
type Hedge int8

// The hedges.
const (
	Exact   Hedge = iota
	About         // about, around, some, roughly, environ, etwa
	AtLeast       // more than, over, at least, plus de, mehr als
	AtMost        // less than, up to, nearly, almost, under
	Between       // between 3,000 and 4,000; 3,000 to 4,000: Number.Low to Value
)

// Number is a figure with what makes it comparable.
type Number struct {
	Value float64
	Unit  string // currency code, "%", a duration unit ("h"), a measure ("km"), "" for counts and years
	Per   string // a rate's period ("day" in "€20m a day"), or ""
	Hedge Hedge
	// Low is where a range (Hedge Between) begins, as a share of Value
	// ("between 3,000 and 4,000": 0.75), so that it scales with Value's
	// magnitude and unit; 0 for a single figure.
	Low float64
	// Digits is how the figure was written, without separators: "2",
	// "1950", "16057"; it tells how precise the figure is.
	Digits string
	// Of is the whole a count is a part of ("31 of the 65 seats": 65),
	// 0 for a count of its own: a part and a whole count two things.
	Of float64
}

// currencyWords name currencies after or before a figure.
var currencyWords = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"dollar": "USD", "dollars": "USD", "dólar": "USD", "dólares": "USD", "dollari": "USD", "usd": "USD", "us$": "USD",
		"euro": "EUR", "euros": "EUR", "eur": "EUR", "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "gbp": "GBP", "livres": "GBP", "pfund": "GBP",
		"libra": "GBP", "libras": "GBP", "sterlina": "GBP", "sterline": "GBP", "pond": "GBP", "ponden": "GBP", "funtów": "GBP",
		"dollaro": "USD", "dolar": "USD", "dolares": "USD", "dolarów": "USD", "yenes": "JPY", "yens": "JPY", "franchi": "CHF", "francos": "CHF", "frank": "CHF",
		"yen": "JPY", "jpy": "JPY", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "cny": "CNY", "franc": "CHF", "francs": "CHF", "franken": "CHF", "chf": "CHF",
		"crown": "KR", "crowns": "KR", "couronne": "KR", "couronnes": "KR", "krone": "KR", "kronen": "KR", "kronor": "KR", "kroner": "KR", "corona": "KR", "coronas": "KR", "nok": "KR", "sek": "KR", "dkk": "KR",
		"rupee": "INR", "rupees": "INR", "won": "KRW", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "krona": "KR", "forint": "HUF", "forints": "HUF", "zloty": "PLN", "zlotys": "PLN", "peso": "PESO", "pesos": "PESO",
		"złotych": "PLN", "złote": "PLN", "złoty": "PLN", "zł": "PLN", "pln": "PLN", "korun": "CZK", "koruny": "CZK", "koruna": "CZK", "kč": "CZK",
		"czk": "CZK", "kr": "KR", "lei": "RON", "ron": "RON", "huf": "HUF", "ft": "HUF", "euró": "EUR", "eurós": "EUR", "euroa": "EUR", "eura": "EUR",
	}
})

// shortCurrency: the currency words of three letters or fewer written in
// lower case after a figure ("250 zł", "120 kr", "500 lei"); other short
// words count only as codes in capitals ("EUR").
func shortCurrency(w, lang string) bool {
	switch w {
	case "zł", "kr", "kč":
		return true
	case "lei":
		return lang == "ro" // the Italian "lei" is "she"
	case "ft":
		return lang == "hu" // elsewhere feet
	case "eur":
		return true // Czech and Slovak write the euro so: "420 milionů eur"
	}
	return false
}

var currencySigns = map[string]string{"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW"}

// dollarSigns are how the dollars of dollarPrefixes (and the real) are
// written before a figure.
var dollarSigns = map[string]string{"AUD": "A$", "CAD": "C$", "HKD": "HK$", "NZD": "NZ$", "SGD": "S$", "BRL": "R$", "MXN": "MX$", "TWD": "NT$"}

// dollarPrefixes are the letters glued before "$" that name whose dollar
// (or the Brazilian real) an amount is in: "US$", "A$", "C$", "HK$", "R$".
var dollarPrefixes = sync.OnceValue(func() map[string]string {
	return map[string]string{"us": "USD", "u.s.": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "can": "CAD",
		"hk": "HKD", "nz": "NZD", "s": "SGD", "sg": "SGD", "r": "BRL", "mx": "MXN", "nt": "TWD"}
})

// numberWords are textutil.NumberWords, the hundreds written in one word
// (textutil.HundredWords) and the indefinite articles, which count one
// thing ("une hausse", "eine Million").
var numberWords = sync.OnceValue(func() map[string]int {
	m := maps.Clone(textutil.NumberWords())
	maps.Copy(m, textutil.HundredWords())
	m["une"], m["eine"], m["einen"], m["una"], m["uma"] = 1, 1, 1, 1, 1
	return m
})

// hedges before a figure, one or two words, with how they bound it.
var hedgeWords = sync.OnceValue(func() map[string]Hedge {
	return map[string]Hedge{
		"about": About, "around": About, "roughly": About, "approximately": About, "some": About, "approx": About, "estimated": About,
		"environ": About, "quelque": About, "quelques": About, "etwa": About, "rund": About, "ungefähr": About, "circa": About, "ca": About,
		"unos": About, "unas": About, "aproximadamente": About, "cerca": About, "alrededor": About, "oltre": AtLeast, "quasi": AtMost,
		"over": AtLeast, "nearly": AtMost, "almost": AtMost, "under": AtMost, "fast": AtMost, "knapp": AtMost, "gut": AtLeast, "casi": AtMost, "quase": AtMost,
		"mindestens": AtLeast, "über": AtLeast, "almeno": AtLeast, "exceeding": AtLeast, "upwards": AtLeast,
		"barely": About, "scarcely": About, "hardly": About, "kaum": About, "nauwelijks": About, "à peine": About, "apenas": About, "appena": About,
		"more than": AtLeast, "at least": AtLeast, "plus de": AtLeast, "au moins": AtLeast, "mehr als": AtLeast, "más de": AtLeast, "mais de": AtLeast,
		"al menos": AtLeast, "pelo menos": AtLeast, "as many as": AtMost, "as much as": AtMost, "up to": AtMost, "less than": AtMost, "fewer than": AtMost,
		"moins de": AtMost, "jusqu'à": AtMost, "weniger als": AtMost, "bis zu": AtMost, "menos de": AtMost, "hasta": AtMost, "fino a": AtMost,
		"close to": About, "près de": About, "cerca de": About, "alrededor de": About, "in excess of": AtLeast,
		"ongeveer": About, "zo'n": About, "rond": About, "bijna": AtMost, "ruim": AtLeast, "minstens": AtLeast, "minimaal": AtLeast, "zeker": AtLeast,
		"meer dan": AtLeast, "minder dan": AtMost, "ten minste": AtLeast,
		"dépassant": AtLeast, "dépassant les": AtLeast, "dépassé": AtLeast, "dépassé les": AtLeast, "dépasse les": AtLeast, "dépassent les": AtLeast,
		"exceeded": AtLeast, "surpassed": AtLeast, "superato i": AtLeast, "superato le": AtLeast, "superando i": AtLeast, "superaron los": AtLeast,
		"superó los": AtLeast, "superou os": AtLeast, "ultrapassou os": AtLeast, "ultrapassaram os": AtLeast, "ultrapassando os": AtLeast, "excédant": AtLeast, "supérieur à": AtLeast, "supérieure à": AtLeast, "supérieurs à": AtLeast,
		"supérieures à": AtLeast, "topping": AtLeast, "surpassing": AtLeast, "oltre i": AtLeast, "oltre le": AtLeast, "superiori a": AtLeast,
		"superiori ai": AtLeast, "superiore a": AtLeast, "superior a": AtLeast, "superiores a": AtLeast, "inferior a": AtMost, "inferiores a": AtMost,
		"inférieur à": AtMost, "inférieure à": AtMost, "inferiori a": AtMost, "inferiore a": AtMost,
		// Polish, Czech, Swedish, Danish and Norwegian, Romanian, Catalan, Finnish
		"około": About, "blisko": About, "ponad": AtLeast, "przeszło": AtLeast, "prawie": AtMost, "niemal": AtMost, "niespełna": AtMost,
		"co najmniej": AtLeast, "więcej niż": AtLeast, "mniej niż": AtMost, "asi": About, "přibližně": About, "zhruba": About,
		"kolem": About, "téměř": AtMost, "skoro": AtMost, "přes": AtLeast, "více než": AtLeast, "nejméně": AtLeast, "méně než": AtMost,
		"omkring": About, "cirka": About, "ungefär": About, "omtrent": About, "runt": About, "rundt": About, "nästan": AtMost,
		"næsten": AtMost, "nesten": AtMost, "knappt": AtMost, "knap": AtMost, "drygt": AtLeast, "över": AtLeast, "minst": AtLeast,
		"mindst": AtLeast, "mer än": AtLeast, "mere end": AtLeast, "mer enn": AtLeast, "mindre än": AtMost, "mindre end": AtMost,
		"mindre enn": AtMost, "aproximativ": About, "aproape": AtMost, "peste": AtLeast, "cel puțin": AtLeast, "mai mult de": AtLeast,
		"mai puțin de": AtMost, "în jur de": About, "unes": About, "gairebé": AtMost, "més de": AtLeast, "almenys": AtLeast,
		"prop de": About, "menys de": AtMost, "aproximadament": About, "noin": About, "lähes": AtMost, "yli": AtLeast, "vähintään": AtLeast,
		"mintegy": About, "körülbelül": About, "nagyjából": About, "csaknem": AtMost, "majdnem": AtMost, "több mint": AtLeast, "legalább": AtLeast,
		"kevesebb mint": AtMost, "alig": About,
	}
})

// rateWords after a figure make it a rate: "€20m a day", "$40 billion a year".
var ratePeriods = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"day": "day", "year": "year", "month": "month", "week": "week", "hour": "hour", "annum": "year", "jour": "day", "an": "year", "mois": "month",
		"semaine": "week", "heure": "hour", "tag": "day", "jahr": "year", "monat": "month", "woche": "week", "stunde": "hour", "día": "day", "dia": "day",
		"año": "year", "ano": "year", "mes": "month", "semana": "week", "hora": "hour", "giorno": "day", "anno": "year", "mese": "month",
		"settimana": "week", "mês": "month", "jaar": "year", "maand": "month", "dag": "day", "uur": "hour",
	}
})

// ratePeriodWords are the one-word rates after a figure: "85 millones de
// euros anuales", "85 miljoen euro jaarlijks", "€58m annually".
var ratePeriodWords = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for per, ws := range map[string]string{
		"year":  "annual annually yearly anual anuales anuais annuel annuels annuelle annuelles annuo annui annuale annuali jährlich jährliche jaarlijks",
		"month": "monthly mensual mensuales mensais mensuel mensuels mensuelle mensuelles mensile mensili monatlich monatliche maandelijks",
		"day":   "daily diario diarios diários quotidien quotidiens giornaliero giornalieri täglich tägliche dagelijks",
	} {
		for _, w := range strings.Fields(ws) {
			m[w] = per
		}
	}
	return m
})

var rateLinks = lazyWordSet("a an per each every par pro al por all'anno al día ao")

// parseNumber reads "2", "2.5", "2,5", "1,200,000", "1.200.000" and
// "4 500"; ok is false for what is no number.
func parseNumber(s string) (v float64, digits string, ok bool) {
	var b strings.Builder
	commas, dots := strings.Count(s, ","), strings.Count(s, ".")
	decimal := byte(0)
	switch {
	case commas+dots == 0:
	case commas > 0 && dots > 0:
		decimal = s[max(strings.LastIndexByte(s, ','), strings.LastIndexByte(s, '.'))] // the later one
	case commas+dots == 1:
		i := strings.IndexAny(s, ",.")
		if len(s)-i-1 != 3 || s[:i] == "0" {
			decimal = s[i] // "4.35", "2,5", "0,233"; "4,500" and "1.200" group thousands
		}
	}
	last := -1
	if decimal != 0 {
		last = strings.LastIndexByte(s, decimal)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			b.WriteByte(c)
			digits += string(c)
		case i == last:
			b.WriteByte('.')
		}
	}
	v, err := strconv.ParseFloat(b.String(), 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, "", false
	}
	return v, strings.TrimLeft(digits, "0"), true
}

// FormatNumber prints a figure as people write it: "$3 billion",
// "£120,000", "16.1%", "48 hours", "4,500".
func FormatNumber(n Number) string {
	if n.Hedge == Between && n.Low > 0 {
		low, high := n, n
		low.Value, low.Low, low.Hedge, low.Digits = n.Value*n.Low, 0, Exact, ""
		high.Low, high.Hedge = 0, Exact
		return FormatNumber(low) + "–" + FormatNumber(high)
	}
	v := n.Value
	word := ""
	switch {
	case n.Unit == "%" || strings.HasPrefix(n.Unit, "dur:"):
	case v >= 1e12 && n.Unit != "":
		v, word = v/1e12, " trillion"
	case v >= 1e9:
		v, word = v/1e9, " billion"
	case v >= 1e6:
		v, word = v/1e6, " million"
	}
	num := groupThousands(v)
	if word != "" {
		num = strconv.FormatFloat(round(v, 3), 'f', -1, 64)
	}
	sign, code := "", ""
	switch n.Unit {
	case "USD":
		sign = "$"
	case "EUR":
		sign = "€"
	case "GBP":
		sign = "£"
	case "JPY":
		sign = "¥"
	case "AUD", "CAD", "HKD", "NZD", "SGD", "BRL", "MXN", "TWD":
		sign = dollarSigns[n.Unit]
	case "", "%":
	default:
		if len(n.Unit) == 3 && strings.ToUpper(n.Unit) == n.Unit {
			code = " " + n.Unit
		}
	}
	out := sign + num + word + code
	switch {
	case n.Unit == "mag":
		out = "magnitude " + strconv.FormatFloat(round(v, 1), 'f', -1, 64)
	case n.Unit == "KR":
		out = num + word + " crowns"
	case n.Unit == "%":
		out = percentText(v) + "%" // "16.1%", "5.25%", "11.25%"
	case n.Unit == "pp":
		out = strconv.FormatFloat(v, 'g', 3, 64) + " percentage points"
	case strings.HasPrefix(n.Unit, "dur:"):
		out = durationText(strings.TrimPrefix(n.Unit, "dur:"), v)
	case measureName(n.Unit) != "":
		out = num + word + " " + measureName(n.Unit) // "298 million tonnes"
	}
	if n.Per == "hour" {
		out += " an hour"
	} else if n.Per != "" {
		out += " a " + n.Per
	}
	return out
}

// groupThousands writes v with comma groups and at most two decimals.
func groupThousands(v float64) string {
	s := strconv.FormatFloat(round(v, 2), 'f', -1, 64)
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	if len(intPart) <= 3 {
		return intPart + frac
	}
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String() + frac
}

func round(v float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(v*p) / p
}

func durationName(u string, v float64) string {
	names := map[string]string{"y": "year", "mo": "month", "w": "week", "d": "day", "h": "hour", "min": "minute", "s": "second", "dec": "decade"}
	n := names[u]
	if v != 1 {
		n += "s"
	}
	return n
}

// durationText writes a length of time as people do: whole units, or
// hours and minutes, minutes and seconds where the fraction is a whole
// number of the smaller unit ("6 hours 40 minutes", "2 minutes 48
// seconds"), else a decimal.
func durationText(u string, v float64) string {
	if smaller := map[string]string{"h": "min", "min": "s"}[u]; smaller != "" && v > 1 {
		whole := math.Floor(v)
		if part := (v - whole) * 60; part > 0.5 && math.Abs(part-math.Round(part)) < 0.01 && math.Round(part) < 60 {
			return groupThousands(whole) + " " + durationName(u, whole) + " " +
				strconv.Itoa(int(math.Round(part))) + " " + durationName(smaller, math.Round(part))
		}
	}
	return groupThousands(v) + " " + durationName(u, v)
}

// percentText writes a share as people do: with the two decimals a rate
// is given to ("11.25"), else to three significant digits ("16.057" as
// "16.1").
func percentText(v float64) string {
	if r := math.Round(v * 100); math.Abs(v*100-r) < 1e-9 {
		return strconv.FormatFloat(r/100, 'f', -1, 64)
	}
	return strconv.FormatFloat(v, 'g', 3, 64)
}

func measureName(u string) string {
	switch u {
	case "km", "m", "cm", "mm", "mi", "ft", "kg", "mg", "µg", "t", "ha", "l", "m2", "m3", "nmi", "ly":
		return map[string]string{"km": "km", "m": "m", "cm": "cm", "mm": "mm", "µg": "µg", "m2": "m²", "mi": "miles", "ft": "feet", "kg": "kg", "mg": "mg", "t": "tonnes", "ha": "hectares", "l": "litres", "m3": "m³", "nmi": "nautical miles", "ly": "light-years"}[u]
	case "acre":
		return "acres"
	case "mw", "gw":
		return strings.ToUpper(u)
	case "kmh":
		return "km/h"
	case "mph":
		return "mph"
	case "deg":
		return "degrees"
	case "degF":
		return "degrees Fahrenheit"
	case "mag":
		return "magnitude"
	case "in":
		return "inches"
	case "g":
		return "g"
	case "mah":
		return "mAh"
	}
	return ""
}
