package clean

import (
	"strings"

	"reader/articles/htmltext"
)

// LineVectors gives the line model's first-pass input for text, with the
// lines as the cleaner splits them and each line's word count. It is for
// training and evaluating the model (see train/), not for cleaning.
func LineVectors(text string) (lines []string, vecs [][]float32, words []float64) {
	c := newCleaning(splitUnits(text))
	c.readVocabulary()
	vecs = pageVectors(c)
	for _, u := range c.units {
		lines = append(lines, u.text)
		words = append(words, float64(len(strings.Fields(u.text))))
	}
	return lines, vecs, words
}

// LineVectorsWithEvidence is LineVectors for the text of a saved web page
// with its markup's evidence (see PrepareWithEvidence): the input of the
// saved pages' first pass. Evidence that does not match the text's lines
// gives the plain-text vectors.
func LineVectorsWithEvidence(text string, ev []htmltext.Evidence) (lines []string, vecs [][]float32, words []float64) {
	p := PrepareWithEvidence(text, ev)
	c := p.c
	vecs = pageVectors(c)
	if c.dom != nil {
		vecs = withDOM(vecs, c.dom)
	}
	for _, u := range c.units {
		lines = append(lines, u.text)
		words = append(words, float64(len(strings.Fields(u.text))))
	}
	return lines, vecs, words
}

// HTMLFeatureNames names the saved pages' first-pass inputs;
// HTMLSecondFeatureNames their second pass's.
func HTMLFeatureNames() []string { return htmlFeatureNames() }

// HTMLSecondFeatureNames names the saved pages' second-pass inputs.
func HTMLSecondFeatureNames() []string { return append(htmlFeatureNames(), secondNames...) }

// SecondVectors gives the second pass's input from the first pass's
// probabilities, for training.
func SecondVectors(base [][]float32, p1, words []float64, lines []string) [][]float32 {
	own := make([]wordSet, len(lines))
	for i, l := range lines {
		own[i] = ownWords(l)
	}
	return secondVectors(base, p1, words, own)
}

// FeatureNames names the first pass's inputs; SecondFeatureNames the second's.
func FeatureNames() []string { return append([]string(nil), featureNames()...) }

// SecondFeatureNames names the second pass's inputs.
func SecondFeatureNames() []string {
	return append(append([]string(nil), featureNames()...), secondNames...)
}
