package textutil

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Weekdays are the weekday names and abbreviations, and today and
// yesterday, in several languages: words a date line has and a name has not.
var Weekdays = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
		lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag
		lunes martes miércoles jueves viernes sábado domingo lunedì martedì mercoledì giovedì venerdì sabato domenica
		segunda terça quarta quinta sexta maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
		today yesterday aujourd'hui hier heute gestern hoy ayer oggi ieri hoje ontem vandaag gisteren`) {
		m[w] = true
	}
	return m
})

// Months maps month names and abbreviations in several languages.
var Months = sync.OnceValue(func() map[string]time.Month {
	names := [12]string{
		"january jan janvier janv januar jänner enero ene gennaio gen janeiro januari stycznia styczeń ledna leden ianuarie gener tammikuuta január",
		"february feb février févr fevrier februar febrero febbraio fevereiro fev februari lutego luty února únor februarie febrer helmikuuta február",
		"march mar mars märz maerz marzo março marco maart marca marzec března březen marts martie març maaliskuuta március",
		"april apr avril avr abril aprile abr kwietnia kwiecień dubna duben aprilie huhtikuuta április",
		"may mai mayo maggio maio mei maja maj května květen maig toukokuuta május",
		"june jun juin juni junio giugno junho czerwca czerwiec června červen iunie juny kesäkuuta június",
		"july jul juillet juil juli julio luglio julho lipca lipiec července červenec iulie juliol heinäkuuta július",
		"august aug août aout agosto ago augustus sierpnia sierpień srpna srpen augusti agost elokuuta augusztus",
		"september sep sept septembre septiembre settembre set setembro września wrzesień září septembrie setembre syyskuuta szeptember",
		"october oct octobre oktober okt octubre ottobre ott outubro out października październik října říjen octombrie octubre lokakuuta október",
		"november nov novembre noviembre novembro listopada listopad listopadu noiembrie marraskuuta",
		"december dec décembre decembre dezember dez diciembre dic dicembre dezembro grudnia grudzień prosince prosinec desember decembrie desembre joulukuuta",
	}
	m := map[string]time.Month{}
	for i, list := range names {
		for _, n := range strings.Fields(list) {
			m[n] = time.Month(i + 1)
		}
	}
	return m
})

var (
	isoDateRe      = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`) })
	monthDayYearRe = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\b(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	})
	dayMonthYearRe = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\b(\d{1,2})(?:\.|er|º|st|nd|rd|th)?\s+(?:de\s+)?(\p{L}{3,12})\.?,?\s+(?:de\s+)?(\d{4})\b`)
	})
)

// FindDate returns the first full date (with a year) in text.
func FindDate(text string) (time.Time, bool) {
	if !hasFourDigits(text) { // every shape below has a four-digit year
		return time.Time{}, false
	}
	if m := isoDateRe().FindStringSubmatch(text); m != nil {
		if t, err := time.Parse("2006-01-02", m[0]); err == nil {
			return t, true
		}
	}
	if m := monthDayYearRe().FindStringSubmatch(text); m != nil {
		if mon, ok := Months()[strings.ToLower(m[1])]; ok {
			if t, ok := makeDate(m[3], mon, m[2]); ok {
				return t, true
			}
		}
	}
	if m := dayMonthYearRe().FindStringSubmatch(text); m != nil {
		if mon, ok := Months()[strings.ToLower(m[2])]; ok {
			if t, ok := makeDate(m[3], mon, m[1]); ok {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

func makeDate(year string, mon time.Month, day string) (time.Time, bool) {
	y, err1 := strconv.Atoi(year)
	d, err2 := strconv.Atoi(day)
	if err1 != nil || err2 != nil || y < 1900 || y > 2200 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, mon, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

// ParsePublished reads a front-matter date.
func ParsePublished(v string) time.Time {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t
		}
	}
	if t, ok := FindDate(v); ok {
		return t
	}
	return time.Time{}
}

// hasFourDigits reports whether text holds four digits in a row: a cheap
// test that spares most lines the date expressions.
func hasFourDigits(text string) bool {
	run := 0
	for i := 0; i < len(text); i++ {
		if text[i] >= '0' && text[i] <= '9' {
			run++
			if run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}
