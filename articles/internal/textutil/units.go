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
		"km|length":     "km kilometre kilometres kilometer kilometers kilomètre kilomètres kilómetro kilómetros chilometri chilometro quilómetros quilômetros kilometern kilometrów kilometry kilometr kilometra kilometrů kilometri kilometru quilòmetres quilòmetre kilometriä kilométer kilométert kilométeres kilométerrel kilométerre kilométeren",
		"m|length":      "metre metres meter meters mètre mètres metro metros metri metern metrów metry metr metra metrů metru metriä méter métert méteres méterrel méterre",
		"mm|length":     "mm millimetre millimetres millimeter millimeters millimètre millimètres milímetro milímetros millimetri millimetro millimetern",
		"cm|length":     "cm centimetre centimetres centimeter centimeters centimètres centímetros zentimeter zentimetern centimetri",
		"mi|length":     "mile miles",
		"nmi|length":    "nmi seemeile seemeilen zeemijl zeemijlen",
		"ly|length":     "light-year light-years lightyear lightyears lichtjahr lichtjahre lichtjahren lichtjaar lichtjaren année-lumière années-lumière ano-luz anos-luz",
		"ft|length":     "ft foot feet",
		"in|length":     "inch inches pouce pouces pulgada pulgadas zoll pollici polegadas",
		"kg|weight":     "kg kilo kilos kilogram kilograms kilogramme kilogrammes kilogramm kilogramo kilogramos chilogrammi chilo chili quilo quilos kilogramów kilogramů kiloa",
		"g|weight":      "g gram grams gramme grammes gramm gramo gramos grammi",
		"mg|weight":     "mg milligram milligrams milligramme milligrammes",
		"t|weight":      "tonne tonnes ton tons tonnen toneladas tonnellate tony tun tuny tone tones tonnia tonna tonnát tonnás",
		"m2|area":       "m² m2 quadratmeter quadratmetern",
		"µg|weight":     "µg microgram micrograms microgramme microgrammes mikrogramm mikrogramm microgramo microgramos microgrammo microgrammi micrograma microgramas",
		"ha|area":       "ha hectare hectares hektar hectárea hectáreas ettari ettaro hektarów hektary hektarů hectàrees hehtaaria hektár hektárt hektáros hektárnyi",
		"acre|area":     "acre acres",
		"l|volume":      "litre litres liter liters litros litern litrów litry litrů litri",
		"m3|volume":     "m³ m3 kubikmeter kubikmetern",
		"mw|power":      "mw megawatt megawatts mégawatts megavatio megavatios",
		"gw|power":      "gw gigawatt gigawatts gigavatios",
		"kmh|speed":     "km/h kph stundenkilometer stundenkilometern",
		"mph|speed":     "mph",
		"deg|degrees":   "°c degrees degree degrés grad grados gradi graden graus stopni stopnie stopnia stupňů stupně grader grade astetta",
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
		"y":   "year years yr yrs an ans année années jahr jahre jahren año años anno anni ano anos jaar jaren lat lata latach let roky roků år ani anys vuotta yıl év évig évet",
		"mo":  "month months mois monat monate monaten mes meses mese mesi maand maanden miesięcy miesiące miesiąc měsíců měsíce měsíc månader månad måneder måned luni lună mesos kuukautta hónap hónapig hónapot monatig monatige monatigen monatiger monatiges",
		"w":   "week weeks semaine semaines woche wochen semana semanas settimana settimane weken tygodni tygodnie tydzień týdnů týdny týden veckor vecka uger uge uker uke săptămâni săptămână setmanes setmana viikkoa hafta hétig hetet wöchig wöchige wöchigen wöchiger wöchiges",
		"d":   "day days jour jours journée tag tage tagen día días giorno giorni dia dias dag dagen dni dzień dnia dní dny dnů dagar dage dager zile zi dies päivää gün napig napot tägig tägige tägigen tägiger tägiges",
		"h":   "hour hours hr hrs heure heures stunde stunden hora horas ora ore uur uren godzin godziny godzinę hodin hodiny hodinu timmar timme timer oră hores tuntia saat óra órán órát órás órája stündig stündige stündigen stündiger stündiges",
		"min": "minute minutes min mins minuten minuto minutos minuti minuut minut minuty minuter minutter minuts minuuttia dakika perc percig percet",
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
		// Polish, Czech, the Scandinavian languages, Romanian, Catalan, Finnish, Hungarian, Turkish
		"mln": 1e6, "milion": 1e6, "miliony": 1e6, "milionów": 1e6, "milionů": 1e6, "milioane": 1e6, "miljon": 1e6, "miljoner": 1e6,
		"millioner": 1e6, "milions": 1e6, "milió": 1e6, "miljoonaa": 1e6, "millió": 1e6, "milyon": 1e6,
		"mld": 1e9, "miliard": 1e9, "miliardy": 1e9, "miliardów": 1e9, "miliardů": 1e9, "miliarde": 1e9, "miljarder": 1e9,
		"milliarder": 1e9, "miljardia": 1e9, "milliárd": 1e9, "milyar": 1e9,
		"tys": 1e3, "tysięcy": 1e3, "tysiące": 1e3, "tisíc": 1e3, "tusen": 1e3, "tusind": 1e3, "mii": 1e3, "tuhatta": 1e3, "ezer": 1e3, "ezret": 1e3, "ezres": 1e3,
	}
})
