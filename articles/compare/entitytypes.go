package compare

import (
	"reader/articles/facts"
	"reader/articles/internal/textutil"
)

// agreeOnEntityTypes settles, across the sources of one event, whether a
// name is a person or a place. Each source types a name by its own cues
// ("said X" a person, "in X" a place), and one source's cue can mislead
// it; when two or more other sources type the name the other way and none
// types it this way, that source's reading is dropped: its person fact
// goes, or its quote loses its speaker, or its place fact goes.
func agreeOnEntityTypes(stated [][]facts.Fact) {
	persons := map[string]map[int]bool{} // folded name -> sources typing it a person
	places := map[string]map[int]bool{}
	note := func(m map[string]map[int]bool, name string, src int) {
		if name == "" {
			return
		}
		if m[name] == nil {
			m[name] = map[int]bool{}
		}
		m[name][src] = true
	}
	for src, fs := range stated {
		for _, f := range fs {
			switch f.Kind {
			case facts.KindPerson, facts.KindQuote:
				note(persons, textutil.Fold(f.Subject), src)
			case facts.KindPlace:
				note(places, textutil.Fold(f.Value), src)
			}
		}
	}
	// outvoted: others type name the other way in two sources or more,
	// and none of them types it as src does.
	outvoted := func(mine, theirs map[string]map[int]bool, name string, src int) bool {
		others := 0
		for s := range theirs[name] {
			if s != src {
				others++
			}
		}
		for s := range mine[name] {
			if s != src {
				return false
			}
		}
		return others >= 2
	}
	for src, fs := range stated {
		kept := fs[:0]
		for _, f := range fs {
			switch f.Kind {
			case facts.KindPerson:
				if outvoted(persons, places, textutil.Fold(f.Subject), src) {
					continue
				}
			case facts.KindQuote:
				if outvoted(persons, places, textutil.Fold(f.Subject), src) {
					f.Subject = ""
					f.Key = ""
				}
			case facts.KindPlace:
				if outvoted(places, persons, textutil.Fold(f.Value), src) {
					continue
				}
			}
			kept = append(kept, f)
		}
		stated[src] = kept
	}
}
