package compare

import (
	"strings"
	"sync"

	"reader/articles/facts"
)

// The lead's day and date: a report names the day of the happening it
// reports in its first paragraphs, whatever verb it hangs it on.

// markLead marks each source's statements that give the day or date of
// its lead: the one weekday of the first lead block naming any, the one
// calendar date, or, where the lead names only the day something was
// said, that day.
func markLead(out []member) {
	// The weekdays and dates of the lead: when it names one (however
	// often), that is the day of the happening.
	// Only the first block of the lead that names any counts, so a lead
	// that gives the quake's day, and an aftershock's in the paragraph
	// after, still gives the quake's.
	days, dates, said := map[string]bool{}, map[string]bool{}, map[string]bool{}
	dayBlock, dateBlock, saidBlock := leadBlocks+1, leadBlocks+1, leadBlocks+1
	for _, m := range out {
		if isDay(m.f) && m.f.Block <= leadBlocks && m.f.Subject == "statement" {
			saidBlock = min(saidBlock, m.f.Block)
		}
		if isDay(m.f) && m.f.Block <= leadBlocks && m.f.Subject != "statement" && !datedDay(m.f) {
			dayBlock = min(dayBlock, m.f.Block) // "said on Wednesday": the day it was said
		}
		if isDate(m.f) && m.f.Block <= leadBlocks {
			dateBlock = min(dateBlock, m.f.Block)
		}
	}
	spans := false // "ships wait on Thursday, no container moved since Monday": an ongoing story, its lead's days of several happenings
	for _, m := range out {
		if isDay(m.f) && m.f.Block == dayBlock && dayBlock <= leadBlocks && m.f.Subject != "statement" && !datedDay(m.f) {
			days[m.f.Norm] = true
		}
		if m.f.Kind == facts.KindDate && (m.f.Attribute == "since" || m.f.Attribute == "until") && m.f.Block == dayBlock {
			spans = true
		}
		if isDate(m.f) && m.f.Block == dateBlock && dateBlock <= leadBlocks {
			dates[m.f.Norm] = true
		}
		if isDay(m.f) && m.f.Block == saidBlock && m.f.Subject == "statement" {
			said[m.f.Norm] = true
		}
	}
	if len(days) == 0 && len(said) == 0 {
		// A lead that names no day: the day the report says it happened
		// on, further down ("Het ongeluk gebeurde donderdagochtend"), when
		// it gives one.
		happened := -1
		for i, m := range out {
			if isDay(m.f) && happenedWords()[m.f.Key] {
				if happened >= 0 && out[happened].f.Norm != m.f.Norm {
					happened = -2
					break
				}
				if happened == -1 {
					happened = i
				}
			}
		}
		if happened >= 0 {
			days[out[happened].f.Norm], dayBlock = true, out[happened].f.Block
		}
	}
	for i := range out {
		out[i].leadDay = len(days) == 1 && !spans && isDay(out[i].f) && days[out[i].f.Norm] && out[i].f.Block == dayBlock && out[i].f.Subject != "statement" && !datedDay(out[i].f)
		out[i].leadSaid = len(days) == 0 && dayBlock > leadBlocks && len(said) == 1 && isDay(out[i].f) && out[i].f.Subject == "statement" && said[out[i].f.Norm] && out[i].f.Block == saidBlock
		out[i].leadDate = len(dates) == 1 && isDate(out[i].f) && dates[out[i].f.Norm] && out[i].f.Block == dateBlock
	}
}

// happenedWords are the verbs that say something happened, as a date's
// subject keys them: "happened", "gebeurde", "ocurrió", "s'est produit".
var happenedWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("happened occurred took gebeurde plaatsvond ocurrió sucedió ocorreu aconteceu produit produite survenu survenue ereignete geschah passierte avvenuto accaduto successo verificato") {
		m[facts.SubjectKey(w)] = true
	}
	return m
})

// isDay: a weekday statement ("on Tuesday").
func isDay(f facts.Fact) bool { return f.Kind == facts.KindDate && f.Attribute == "day" }

// datedDay: f is a weekday written beside its calendar date ("lunedì 2
// luglio", "Monday, April 16"), which the extractor makes its subject: the
// day of that date, compared through the date, not the lead's day.
func datedDay(f facts.Fact) bool {
	_, _, ok := dayMonth(f.Subject)
	return ok
}

// isDate: a calendar date statement ("on 9 April").
func isDate(f facts.Fact) bool { return f.Kind == facts.KindDate && f.Attribute == "date" }

// leadBlocks is the last block of the body that is still its lead (a
// dateline or a standfirst may come first).
const leadBlocks = 1
