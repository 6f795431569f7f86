// Package articlegen writes realistic synthetic news articles for tests and
// benchmarks: N articles spread over M events, in several languages and
// outlets, with page furniture, deterministic for a seed.
package articlegen

import (
	"fmt"
	"math/rand"
	"strings"

	"reader/articles"
)

// Truth says which generated event each file reports, for scoring grouping.
type Truth map[string]int

// Generate returns n articles over the given number of events, and which
// event each one reports. Every fourth event is a follow-up of the one
// before it: the same company or place, a different happening.
func Generate(seed int64, n, events int) ([]articles.RawFile, Truth) {
	r := rand.New(rand.NewSource(seed))
	evs := make([]event, events)
	for i := range evs {
		evs[i] = newEvent(r, i)
		if i%4 == 3 {
			evs[i].entity = evs[i-1].entity // related: same actor, another happening
		}
	}
	files := make([]articles.RawFile, 0, n)
	truth := Truth{}
	for i := 0; i < n; i++ {
		e := i % events
		if i >= events {
			e = r.Intn(events)
		}
		name := fmt.Sprintf("gen/%s/%06d.txt", outlets[r.Intn(len(outlets))], i)
		files = append(files, articles.RawFile{Name: name, Data: []byte(evs[e].write(r))})
		truth[name] = e
	}
	return files, truth
}

// event is one generated happening: who, what, where, how much, when.
type event struct {
	entity, place, person, role, verb, object string
	amount                                    int
	unit                                      string
	years                                     int
	day                                       int
	month                                     int
	quote                                     []string
}

func newEvent(r *rand.Rand, i int) event {
	return event{
		entity: properName(r, 2) + " " + pick(r, entityKinds),
		place:  properName(r, 3),
		person: properName(r, 2) + " " + properName(r, 3),
		role:   pick(r, roles),
		verb:   pick(r, verbs),
		object: pick(r, objects),
		amount: 2 + r.Intn(900),
		unit:   pick(r, []string{"million", "billion"}),
		years:  2 + r.Intn(9),
		day:    1 + r.Intn(28),
		month:  1 + r.Intn(12),
		quote:  []string{pick(r, quoteStarts), properName(r, 2), pick(r, quoteEnds)},
	}
}

// write renders one outlet's report of the event in one of four languages.
func (e event) write(r *rand.Rand) string { return e.writeWith(r, filler) }

// writeWith is write with the background prose made by filler.
func (e event) writeWith(r *rand.Rand, filler func(*rand.Rand, string) string) string {
	lang := pick(r, []string{"en", "en", "en", "fr", "de", "es"})
	t := templates[lang]
	var b strings.Builder
	if r.Intn(5) == 0 {
		b.WriteString(pick(r, furnitureTop) + "\n\n")
	}
	b.WriteString(fill(t.headline[r.Intn(len(t.headline))], e) + "\n\n")
	b.WriteString(fill(t.lead[r.Intn(len(t.lead))], e) + "\n\n")
	paragraphs := 2 + r.Intn(8)
	for p := 0; p < paragraphs; p++ {
		switch r.Intn(4) {
		case 0:
			b.WriteString(fill(t.quote, e) + "\n\n")
		case 1:
			b.WriteString(fill(t.detail[r.Intn(len(t.detail))], e) + "\n\n")
		default:
			b.WriteString(filler(r, lang) + "\n\n")
		}
	}
	if r.Intn(2) == 0 {
		b.WriteString(pick(r, furnitureBottom) + "\n")
	}
	return b.String()
}

func fill(tmpl string, e event) string {
	q := strings.Join(e.quote, " ")
	return strings.NewReplacer(
		"{entity}", e.entity, "{place}", e.place, "{person}", e.person, "{role}", e.role,
		"{verb}", e.verb, "{object}", e.object, "{amount}", fmt.Sprint(e.amount), "{unit}", e.unit,
		"{years}", fmt.Sprint(e.years), "{day}", fmt.Sprint(e.day), "{month}", monthNames[e.month-1], "{quote}", q,
	).Replace(tmpl)
}

// filler is a sentence or three of background prose in the language.
func filler(r *rand.Rand, lang string) string {
	words := fillerWords[lang]
	var sentences []string
	for s := 0; s < 1+r.Intn(3); s++ {
		n := 10 + r.Intn(15)
		ws := make([]string, n)
		for i := range ws {
			ws[i] = words[r.Intn(len(words))]
		}
		ws[0] = strings.ToUpper(ws[0][:1]) + ws[0][1:]
		sentences = append(sentences, strings.Join(ws, " ")+".")
	}
	return strings.Join(sentences, " ")
}

// properName makes a pronounceable capitalised name from syllables, so
// every event has rare names of its own, as real news does.
func properName(r *rand.Rand, syllables int) string {
	var b strings.Builder
	for i := 0; i < syllables; i++ {
		b.WriteString(pick(r, syllableList))
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

func pick(r *rand.Rand, list []string) string { return list[r.Intn(len(list))] }

// Size is the bytes of files together, which benchmarks report their
// throughput against.
func Size(files []articles.RawFile) int {
	n := 0
	for _, f := range files {
		n += len(f.Data)
	}
	return n
}
