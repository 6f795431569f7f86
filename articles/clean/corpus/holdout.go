package corpus

// Folds is how many parts HoldoutFold cuts a set into, and DefaultFold
// the part the cleaner's tuning leaves out unless told another.
const (
	Folds       = 5
	DefaultFold = 2
)

// Holdout returns the fifth of pages (every fifth by position) that the
// cleaner's training leaves out when asked, so that changes can be tuned on
// dev pages the models have not seen without ever looking at test.
func Holdout(pages []Page) []Page {
	return HoldoutFold(pages, DefaultFold)
}

// HoldoutFold returns the fold-th fifth of pages (those at positions fold,
// fold+5, ...): the five folds part the pages, so models trained without
// each in turn measure every page on models that never saw it.
func HoldoutFold(pages []Page, fold int) []Page {
	var out []Page
	for i, p := range pages {
		if i%Folds == fold {
			out = append(out, p)
		}
	}
	return out
}
