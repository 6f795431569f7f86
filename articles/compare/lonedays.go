package compare

import (
	"reader/articles/facts"
	"strings"
	"sync"
	"time"
)

// joinLoneDays pairs a source's one weekday that no other source gives
// with the one weekday that two or more other sources give and it does
// not: "donderdag" beside "Wednesday" three times for the talks' next
// round, in a report whose other days the others give too. A wrong
// weekday is most often the day before or after (a "yesterday" counted
// from another day); a day further off pairs only where its sentence
// shares a word, a name or two figures with one of theirs ("vrijdag"
// beside the talks' Wednesday), since it is more often another happening
// ("cancelled on Tuesday" beside the strike's end on Thursday). The day
// news was given out is no slip for the day it happened, nor is a bound
// or an aim, nor a day in a language of the others, where the synonym
// table would have told a slip from another happening.
func joinLoneDays(bucket []*cluster) {
	for _, c := range bucket {
		if len(c.members) != 1 || c.kind != facts.KindDate || !isDay(c.members[0].f) || datedDay(c.members[0].f) {
			continue
		}
		m := c.members[0]
		target, n, lone := othersOnly(bucket, m, isDay)
		if lone != 1 || n != 1 || (m.f.Key == "statement") != (target.members[0].f.Key == "statement") || !neighbourDays(m.f.Norm, target.members[0].f.Norm) && !tiedToAny(m.f, target.members) || boundDay(m.f) || sameLanguage(m, target) {
			continue // the day news was given out is no slip for the day it happened, nor a bound or an aim
		}
		target.members = append(target.members, m)
		target.cols[m.col] = true
		c.members, c.cols = nil, nil
	}
}

// neighbourDays: a and b are weekdays one day apart ("Tuesday",
// "Wednesday"; "Sunday", "Monday").
func neighbourDays(a, b string) bool {
	i, j := weekdayIndex(a), weekdayIndex(b)
	if i < 0 || j < 0 {
		return false
	}
	d := (i - j + 7) % 7
	return d == 1 || d == 6
}

func weekdayIndex(s string) int {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if d.String() == s {
			return int(d)
		}
	}
	return -1
}

// boundDay: the weekday is a bound or an aim, not when something
// happened: "before Saturday", "até às 18:00 de terça-feira", "una festa
// per domenica sera", "marcada para sábado".
func boundDay(f facts.Fact) bool {
	i := strings.Index(strings.ToLower(f.Wording), strings.ToLower(f.Value))
	if i < 0 {
		return false
	}
	before := strings.Fields(strings.ToLower(f.Wording[max(0, i-60):i]))
	for k := len(before) - 1; k >= 0 && k >= len(before)-6; k-- {
		w := strings.Trim(before[k], ",.;:")
		if boundWords()[w] && k >= len(before)-4 || planWords()[w] {
			return true
		}
	}
	return false
}

// planWords say a day is expected or planned ("deverá aterrar em Lisboa
// na segunda-feira", "prevé reabrir el canal el martes").
var planWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("expected expects plans planned should shall soll sollen devrait devraient prévoit prévu debería deberá prevé previsto deverá deve prevê previsto dovrebbe dovrà prevede previsto zou moet verwacht gepland") {
		m[w] = true
	}
	return m
})

// boundWords before a weekday make it a bound or an aim.
var boundWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("before until till by bis vor até antes hasta jusqu'à avant fino entro prima tot voor per para für pour for next prochain próximo prossimo nächsten volgende") {
		m[w] = true
	}
	return m
})

// sameLanguage: a member of t writes in m's language; there another
// weekday is more often another happening the synonym table could have
// told apart.
func sameLanguage(m member, t *cluster) bool {
	for _, o := range t.members {
		if o.f.Lang == m.f.Lang {
			return true
		}
	}
	return false
}
