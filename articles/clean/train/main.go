// Command train learns the cleaner's models from labelled real pages and
// writes them where the cleaner embeds them. It is deterministic: the same
// corpus gives the same files, byte for byte.
//
//	go generate ./articles/clean         # or: go run ./articles/clean/train -out articles/clean/models
//	go run ./articles/clean/train -holdout -fold 0 -out /tmp/m0   # for tuning: leave the first of five fifths out
//	go run ./articles/clean/train -holdout -byhost -fold 0 -out /tmp/h0   # the same, the fifths cut by site
//
// It reads WCXB's dev split, the readability test pages and trafilatura's
// evaluation pages from the corpus (the shared corpus folder beside the
// repository, or $READER_CORPUS), turns each page into the text a naive
// scraper stores (with varying habits), labels each line by aligning it to
// the page's true text (or, on the trafilatura pages, which have only
// snippets, the lines holding a snippet), and trains gradient-boosted trees:
// the line model's two passes and the headline ranker. It then reads the
// same pages as `reader import` reads a saved page (its text without the
// chrome the page marks, with the markup's evidence for each line) and
// trains the saved pages' line model (line1h, line2h) on them. WCXB's test split is
// read only to leave out the dev and trafilatura pages that are the same
// page as one of its own; nothing is learned from it.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"reader/articles/clean"
	"reader/articles/clean/corpus"
	"reader/articles/clean/gbdt"
)

func main() {
	out := flag.String("out", "models", "folder to write line1.json, line2.json, title.json, line1h.json and line2h.json into")
	root := flag.String("corpus", "", "corpus folder (default: $READER_CORPUS, else the shared corpus folder beside the repository)")
	trees := flag.Int("trees", 100, "trees per model")
	depth := flag.Int("depth", 5, "depth of the line model's trees")
	minLeaf := flag.Int("minleaf", 20, "fewest rows in a leaf of the line model's trees")
	rate := flag.Float64("rate", 0.1, "learning rate of the line model")
	holdout := flag.Bool("holdout", false, "leave a fifth of dev and of the trafilatura pages out, for `eval -set dev|trafilatura -holdout` to measure (tuning)")
	storyWeight := flag.Float64("snippetstory", defaultWeights.story, "weight of a trafilatura page's line labelled story by a `with` snippet, against a line labelled by a true text")
	furnitureWeight := flag.Float64("snippetfurniture", defaultWeights.furniture, "weight of a trafilatura page's line labelled furniture by a `without` snippet")
	htmlOnly := flag.Bool("htmlonly", false, "train only the saved pages' line model (line1h.json, line2h.json)")
	textOnly := flag.Bool("textonly", false, "train only the plain-text models (line1.json, line2.json, title.json)")
	subsample := flag.Float64("subsample", 0.6, "share of rows each tree of the line model is grown on")
	colsample := flag.Float64("colsample", 0, "share of features each tree of the line model may split on (0: all)")
	lambda := flag.Float64("lambda", 1, "L2 regularisation of the line model's leaf values")
	seed := flag.Int64("seed", 0, "added to every seed the line model is trained with (to measure a seed's noise)")
	flag.BoolVar(&byHost, "byhost", false, "with -holdout: cut the fifths by site (corpus.HostFold), so the held-out pages' sites are never trained on")
	flag.IntVar(&heldFold, "fold", corpus.DefaultFold, "with -holdout: which fifth (0-4) to leave out, for `eval -holdout -fold` to measure")
	flag.Float64Var(&textWeights.pagePow, "pagepow", 0, "plain-text model: weigh each page's lines by (mean page weight / page weight)^pagepow (1: every page weighs the same)")
	flag.Float64Var(&textWeights.furniture, "furniture", 1, "plain-text model: weight of every furniture line against a story line")
	flag.Float64Var(&textWeights.maxLine, "maxline", 0, "plain-text model: cap a line's weight (0: no cap)")
	flag.IntVar(&textWeights.variants, "variants", 1, "plain-text model: converter variants per WCXB dev and readability page")
	flag.Parse()
	if heldFold < 0 || heldFold >= corpus.Folds {
		fmt.Fprintln(os.Stderr, "train: -fold is 0 to 4")
		os.Exit(2)
	}
	if *htmlOnly && *textOnly {
		fmt.Fprintln(os.Stderr, "train: -htmlonly and -textonly exclude each other")
		os.Exit(2)
	}
	p := gbdt.DefaultParams()
	p.Trees, p.Depth, p.MinLeaf, p.Rate = *trees, *depth, *minLeaf, *rate
	p.Subsample, p.Colsample, p.Lambda, p.Seed = *subsample, *colsample, *lambda, p.Seed+*seed
	seedOffset = *seed
	if err := run(*out, *root, p, *holdout, *htmlOnly, *textOnly, snippetWeights{*storyWeight, *furnitureWeight}); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

// seedOffset is added to every seed of the line model's training.
var seedOffset int64

// heldFold is the fifth of dev and of the trafilatura pages -holdout
// leaves out.
var heldFold = corpus.DefaultFold

// byHost cuts the fifths by site rather than by position.
var byHost bool

func run(out, root string, p gbdt.Params, holdout, htmlOnly, textOnly bool, sw snippetWeights) error {
	if root == "" {
		r, ok := corpus.Root()
		if !ok {
			return fmt.Errorf("no corpus: set $READER_CORPUS or -corpus")
		}
		root = r
	}
	start := time.Now()
	trained := map[string]*gbdt.Model{}
	if !htmlOnly {
		set, err := loadTraining(root, holdout, sw)
		if err != nil {
			return err
		}
		textWeights.apply(set)
		fmt.Printf("%d pages, %d lines (%d labelled, %d story) in %.1fs; %d trafilatura pages left out as WCXB test pages\n",
			len(set.pages), len(set.rows), set.labelled(), set.positives(), time.Since(start).Seconds(), set.droppedForTest)
		line1, line2, oof := trainLineModel(set, p)
		fmt.Printf("line model trained (%.1fs)\n", time.Since(start).Seconds())
		title := trainTitle(set, oof, line2)
		fmt.Printf("headline ranker trained (%.1fs)\n", time.Since(start).Seconds())
		trained["line1.json"], trained["line2.json"], trained["title.json"] = line1, line2, title
	}
	if !textOnly {
		// The saved pages' line model: the same pages as `reader import`
		// reads them, with their markup's evidence.
		hset, err := loadHTMLTraining(root, holdout, sw)
		if err != nil {
			return err
		}
		fmt.Printf("saved pages: %d pages, %d lines (%d labelled, %d story) in %.1fs\n",
			len(hset.pages), len(hset.rows), hset.labelled(), hset.positives(), time.Since(start).Seconds())
		line1h, line2h, _ := trainLineModel(hset, p)
		fmt.Printf("saved pages' line model trained (%.1fs)\n", time.Since(start).Seconds())
		trained["line1h.json"], trained["line2h.json"] = line1h, line2h
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("write models: %w", err)
	}
	for name, m := range trained {
		data, err := m.Marshal()
		if err != nil {
			return fmt.Errorf("write %s: %w", name, err)
		}
		if err := os.WriteFile(filepath.Join(out, name), data, 0o644); err != nil {
			return fmt.Errorf("write %s: %w", name, err)
		}
	}
	return nil
}

// trainLineModel trains the line model's two passes on set, and returns
// with them each line's out-of-fold first-pass probability.
func trainLineModel(set *trainingSet, p gbdt.Params) (line1, line2 *gbdt.Model, oof []float64) {
	names1, names2 := clean.FeatureNames(), clean.SecondFeatureNames()
	if set.html {
		names1, names2 = clean.HTMLFeatureNames(), clean.HTMLSecondFeatureNames()
	}
	line1, oof = trainFirstPass(set, p, names1)
	X2, y2, w2 := set.fit(set.secondRows(oof), nil)
	p.Seed = 2 + seedOffset
	line2 = gbdt.Train(X2, y2, w2, names2, p)
	return line1, line2, oof
}

// trainFirstPass trains the first pass on all pages, and returns with it
// each line's out-of-fold probability (from models that did not see the
// line's page), which is what the second pass learns from: in-sample scores
// would teach it to trust the first pass more than it deserves.
func trainFirstPass(set *trainingSet, p gbdt.Params, names []string) (*gbdt.Model, []float64) {
	const folds = 3
	oof := make([]float64, len(set.rows))
	features := set.features()
	for f := 0; f < folds; f++ {
		X, y, w := set.fit(features, func(page int) bool { return set.pages[page].group%folds != f })
		fp := p
		fp.Seed = int64(10+f) + seedOffset
		m := gbdt.Train(X, y, w, names, fp)
		for i, r := range set.rows {
			if set.pages[r.page].group%folds == f {
				oof[i] = m.Prob(r.x)
			}
		}
	}
	X, y, w := set.fit(features, nil)
	all := gbdt.Train(X, y, w, names, p)
	return all, oof
}
