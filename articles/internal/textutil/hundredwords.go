package textutil

import (
	"strings"
	"sync"
)

// HundredWords are the hundreds written out in one word, as Spanish,
// Portuguese, Italian, German and Dutch write them ("trescientas",
// "quinhentos", "duecento", "dreihundert", "driehonderd"): the word,
// lower-cased, and its value. The extraction reads the tens and units
// after them ("trescientas cuarenta", "trezentas e quarenta") and the
// hundreds of several words ("trois cent quarante", "three hundred and
// forty") from these and NumberWords. Hundreds fused with their tens
// ("dreihundertvierzig", "trecentoquaranta") are rare in news, which
// writes such figures in digits, and are left out.
var HundredWords = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for _, l := range []string{
		"ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos",
		"- doscientas trescientas cuatrocientas quinientas seiscientas setecientas ochocientas novecientas",
		"cento duzentos trezentos quatrocentos quinhentos seiscentos setecentos oitocentos novecentos",
		"- duzentas trezentas quatrocentas quinhentas seiscentas setecentas oitocentas novecentas",
		"- duecento trecento quattrocento cinquecento seicento settecento ottocento novecento",
		"hundert zweihundert dreihundert vierhundert fünfhundert sechshundert siebenhundert achthundert neunhundert",
		"honderd tweehonderd driehonderd vierhonderd vijfhonderd zeshonderd zevenhonderd achthonderd negenhonderd",
	} {
		for k, w := range strings.Fields(l) {
			if w != "-" {
				m[w] = (k + 1) * 100
			}
		}
	}
	m["cien"], m["cem"], m["einhundert"] = 100, 100, 100
	return m
})
