package facts

import (
	"reader/articles/internal/textutil"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quotes: the words a source puts between quote marks, with the person
// said to speak them.

// quotes finds quoted statements of six words or more and their speakers.
func (x *extractor) quotes(text string) {
	blockSpeaker := ""
	for i := 0; i < len(text); {
		open, size := quoteOpenAt(text, i)
		if size == 0 {
			i++
			continue
		}
		end := quoteClose(text, i+size, open)
		if end < 0 {
			return
		}
		q := strings.TrimSpace(text[i+size : end])
		closeSize := len(string(closeOf(open, text[end:])))
		next := end + closeSize
		toks := tokenize(q, nil)
		nw := 0
		for _, t := range toks {
			if t.kind == tWord {
				nw++
			}
		}
		if nw >= 6 && len(q) <= 600 {
			speaker := x.speakerNear(text, i, next)
			if speaker == "" && (blockSpeaker != "" || i == 0 && len(x.blockPeople) == 0) {
				speaker = blockSpeaker // the same voice goes on, or a block of quote alone
				if speaker == "" {
					speaker = x.lastSpeaker
				}
			}
			blockSpeaker = speaker
			stems := map[string]bool{}
			for _, t := range toks {
				if t.kind == tWord && len(t.lower) > 2 && !textutil.Stopwords()[t.lower] {
					stems[textutil.Stem(textutil.FoldLower(t.lower))] = true
				}
			}
			x.out = append(x.out, Fact{Kind: KindQuote, Subject: speaker, Attribute: "quote", Value: q, Norm: q, Wording: q,
				Block: x.block, Quote: stems, Lang: x.lang})
			if speaker != "" {
				x.lastSpeaker = speaker
			}
		}
		i = next
	}
}

func quoteOpenAt(text string, i int) (string, int) {
	if c := text[i]; c != '"' && c != 0xE2 && c != 0xC2 {
		return "", 0
	}
	for _, q := range []string{"“", "«", "„", "\""} {
		if strings.HasPrefix(text[i:], q) {
			return q, len(q)
		}
	}
	return "", 0
}

func quoteClose(text string, from int, open string) int {
	closers := map[string][]string{"“": {"”", "\""}, "«": {"»"}, "„": {"“", "”"}, "\"": {"\"", "”"}}[open]
	best := -1
	for _, c := range closers {
		if j := strings.Index(text[from:], c); j >= 0 && (best < 0 || from+j < best) {
			best = from + j
		}
	}
	return best
}

func closeOf(open, rest string) string {
	for _, c := range []string{"”", "\"", "»", "“"} {
		if strings.HasPrefix(rest, c) {
			return c
		}
	}
	return ""
}

// speakerNear is the person named nearest after a quote, or else before
// it; "he said" after it stands for the last speaker.
func (x *extractor) speakerNear(text string, start, end int) string {
	best, bestDist := "", 1<<30
	after := strings.ToLower(text[end:min(len(text), end+30)])
	for _, pron := range []string{" he ", " she ", " il ", " elle ", " er ", " sie ", " ha "} {
		if strings.HasPrefix(strings.TrimLeft(after, ",.;:!? "), strings.TrimSpace(pron)+" ") || strings.Contains(" "+after, pron+"said") || strings.Contains(" "+after, pron+"told") {
			if x.lastSpeaker != "" {
				return x.lastSpeaker
			}
		}
	}
	if name := x.namedSpeakerAfter(text[end:min(len(text), end+80)]); name != "" {
		return name
	}
	for _, p := range x.blockPeople {
		if p.start >= end && p.start-end < 120 && p.start-end < bestDist {
			best, bestDist = p.name, p.start-end
		}
	}
	if best != "" {
		return best
	}
	for _, p := range x.blockPeople {
		if p.end <= start && start-p.end < 200 && start-p.end < bestDist {
			best, bestDist = p.name, start-p.end
		}
	}
	return best
}

// namedSpeakerAfter reads the speaker a quote's sentence names right after
// it: a capitalised name of up to three words, maybe an age, then a verb
// of saying ('," Sarrión, 46, told supporters'). A surname alone stands
// for the person the article named in full.
func (x *extractor) namedSpeakerAfter(after string) string {
	ws := strings.Fields(strings.TrimLeft(after, ",.;:!? \u00a0"))
	var name []string
	i := 0
	for ; i < len(ws) && i < 3; i++ {
		w := strings.TrimRight(ws[i], ",")
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || textutil.Stopwords()[strings.ToLower(w)] || roleGroups()[strings.ToLower(w)] != "" {
			break
		}
		name = append(name, w)
		if strings.HasSuffix(ws[i], ",") {
			i++
			break
		}
	}
	if len(name) == 0 {
		return x.speakerAfterVerb(ws)
	}
	if i < len(ws) && strings.HasSuffix(ws[i], ",") && isAge(strings.TrimSuffix(ws[i], ",")) {
		i++ // "Sarrión, 46, told"
	}
	if i >= len(ws) || !speechVerbs()[strings.ToLower(strings.Trim(ws[i], ",.;:"))] {
		return ""
	}
	full := strings.Join(name, " ")
	if len(name) == 1 {
		match := ""
		for folded, n := range x.people {
			if strings.HasSuffix(folded, " "+textutil.Fold(full)) {
				if match != "" && match != n {
					return full // two people of that name: the surname alone
				}
				match = n
			}
		}
		if match != "" {
			return match
		}
	}
	return full
}

// capitalisedName reads up to three capitalised words from ws[i], ending
// at punctuation: the name and where it ends.
func capitalisedName(ws []string, i int) ([]string, int) {
	var name []string
	for ; i < len(ws) && len(name) < 3; i++ {
		w := strings.Trim(ws[i], ",.;:")
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) {
			break
		}
		name = append(name, w)
		if w != ws[i] {
			i++
			break // the name ends at punctuation
		}
	}
	return name, i
}

// speakerAfterVerb reads a speaker named after the verb of saying that
// follows a quote: '», a déclaré la préfète Hélène Marquier', '", dijo
// el alcalde Juan Pérez', '«, ha detto il sindaco Marco Rossi', '", zei
// burgemeester Jan de Vries': within six words, a verb, then titles and
// articles, then a capitalised name of up to three words.
func (x *extractor) speakerAfterVerb(ws []string) string {
	i := 0
	for i < len(ws) && i < 3 && !speechVerbs()[strings.ToLower(strings.Trim(ws[i], ",.;:"))] {
		i++
	}
	if i >= len(ws) || i >= 3 {
		return ""
	}
	for i++; i < len(ws) && i < 8; i++ {
		w := strings.Trim(ws[i], ",.;:")
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) && roleGroups()[strings.ToLower(w)] == "" && !textutil.Stopwords()[strings.ToLower(w)] {
			break
		}
		if strings.HasSuffix(ws[i], ".") {
			return ""
		}
	}
	name, i := capitalisedName(ws, i)
	if len(name) == 1 && i < len(ws) && i < 10 && strings.HasSuffix(ws[i-1], ",") {
		// "afirmó la consejera de Hacienda, Katrin Albrecht": the
		// office's capitalised word, then the name in apposition
		name, _ = capitalisedName(ws, i)
	}
	if len(name) < 2 {
		return ""
	}
	for k := 0; k < len(name)-1; k++ {
		if n := x.people[textutil.Fold(strings.Join(name[k:], " "))]; n != "" {
			return n // "der Passagier Tobias Wrangel": the person the article knows
		}
	}
	if x.lang == "de" && len(name) == 3 {
		name = name[1:] // a German noun before the name
	}
	return strings.Join(name, " ")
}

// isAge: one or two digits, as an age is written after a name.
func isAge(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
