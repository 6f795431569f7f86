package facts

import (
	"reader/articles/internal/textutil"
	"strings"
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
