package textutil

import (
	"strings"
	"sync"
)

// Unit is a unit of measure as the reader compares figures: one symbol for
// every word and sign it is written with ("15 km", "15 kilomètres" and
// "15 Kilometer" are one measure), and what it measures.
type Unit struct {
	Symbol, Measures string
}

// Units maps the words and signs of units of measure, lower-cased, in the
// languages the reader knows, to their Unit. Grouping and facts read
// figures with the same table, so a measure that ties two reports is the
// one their facts compare.
var Units = sync.OnceValue(func() map[string]Unit {
	table := map[string]string{
		"km|length":     "km kilometre kilometres kilometer kilometers kilomètre kilomètres kilómetro kilómetros chilometri chilometro quilómetros quilômetros kilometern",
		"m|length":      "metre metres meter meters mètre mètres metro metros metri metern",
		"mm|length":     "mm millimetre millimetres millimeter millimeters millimètre millimètres milímetro milímetros millimetri millimetro millimetern",
		"cm|length":     "cm centimetre centimetres centimeter centimeters centimètres centímetros zentimeter zentimetern centimetri",
		"mi|length":     "mile miles",
		"nmi|length":    "nmi seemeile seemeilen zeemijl zeemijlen",
		"ly|length":     "light-year light-years lightyear lightyears lichtjahr lichtjahre lichtjahren lichtjaar lichtjaren année-lumière années-lumière ano-luz anos-luz",
		"ft|length":     "ft foot feet",
		"in|length":     "inch inches pouce pouces pulgada pulgadas zoll pollici polegadas",
		"kg|weight":     "kg kilo kilos kilogram kilograms kilogramme kilogrammes kilogramm kilogramo kilogramos chilogrammi chilo chili quilo quilos",
		"g|weight":      "g gram grams gramme grammes gramm gramo gramos grammi",
		"mg|weight":     "mg milligram milligrams milligramme milligrammes",
		"t|weight":      "tonne tonnes ton tons tonnen toneladas tonnellate",
		"m2|area":       "m² m2 quadratmeter quadratmetern",
		"µg|weight":     "µg microgram micrograms microgramme microgrammes mikrogramm mikrogramm microgramo microgramos microgrammo microgrammi micrograma microgramas",
		"ha|area":       "ha hectare hectares hektar hectárea hectáreas ettari ettaro",
		"acre|area":     "acre acres",
		"l|volume":      "litre litres liter liters litros litern",
		"m3|volume":     "m³ m3 kubikmeter kubikmetern",
		"mw|power":      "mw megawatt megawatts mégawatts megavatio megavatios",
		"gw|power":      "gw gigawatt gigawatts gigavatios",
		"kmh|speed":     "km/h kph stundenkilometer stundenkilometern",
		"mph|speed":     "mph",
		"deg|degrees":   "°c degrees degree degrés grad grados gradi graden graus",
		"degF|degrees":  "°f fahrenheit",
		"mah|charge":    "mah",
		"mag|magnitude": "magnitude magnitud stärke magnitudo",
	}
	return invert(table, func(k string) Unit {
		sym, measures, _ := strings.Cut(k, "|")
		return Unit{sym, measures}
	})
})

// DurationUnits maps the words of units of time, lower-cased, to one
// symbol each: "y", "mo", "w", "d", "h", "min", "dec". German adjectives of
// length ("36-stündigen Streik", "dreitägige") count as their unit; the
// "-jährig" ones are left out, as they more often give an age.
var DurationUnits = sync.OnceValue(func() map[string]string {
	table := map[string]string{
		"y":   "year years yr yrs an ans année années jahr jahre jahren año años anno anni ano anos jaar jaren",
		"mo":  "month months mois monat monate monaten mes meses mese mesi maand maanden monatig monatige monatigen monatiger monatiges",
		"w":   "week weeks semaine semaines woche wochen semana semanas settimana settimane weken wöchig wöchige wöchigen wöchiger wöchiges",
		"d":   "day days jour jours journée tag tage tagen día días giorno giorni dia dias dag dagen tägig tägige tägigen tägiger tägiges",
		"h":   "hour hours hr hrs heure heures stunde stunden hora horas ora ore uur uren stündig stündige stündigen stündiger stündiges",
		"min": "minute minutes min mins minuten minuto minutos minuti minuut",
		"dec": "decade decades décennie décennies jahrzehnt jahrzehnte década décadas decennio decenni",
	}
	return invert(table, func(u string) string { return u })
})

// invert maps each word of table's values to what value(key) makes of
// its key.
func invert[V any](table map[string]string, value func(string) V) map[string]V {
	m := map[string]V{}
	for k, words := range table {
		v := value(k)
		for _, w := range strings.Fields(words) {
			m[w] = v
		}
	}
	return m
}

// Magnitudes maps the words of magnitudes written after a figure ("2
// billion", "4 Millionen", "1,5 milliard"), lower-cased, to their power of
// ten. Abbreviations that are also units or letters ("m", "k") are left to
// the callers that read them glued to a figure ("€20m").
var Magnitudes = sync.OnceValue(func() map[string]float64 {
	return map[string]float64{
		"bn": 1e9, "billion": 1e9, "billions": 1e9, "milliard": 1e9, "milliards": 1e9, "milliarde": 1e9, "milliarden": 1e9,
		"mrd": 1e9, "miliardi": 1e9, "miliardo": 1e9, "bilhões": 1e9, "bilhão": 1e9, "bil": 1e9,
		"mn": 1e6, "million": 1e6, "millions": 1e6, "millionen": 1e6, "millón": 1e6, "millones": 1e6, "milioni": 1e6, "milione": 1e6,
		"milhões": 1e6, "milhão": 1e6, "mio": 1e6,
		"thousand": 1e3, "thousands": 1e3, "tausend": 1e3, "mille": 1e3, "mila": 1e3,
		"trillion": 1e12, "billones": 1e12,
		"miljoen": 1e6, "miljoenen": 1e6, "miljard": 1e9, "miljarden": 1e9, "duizend": 1e3,
	}
})
