package ui

import (
	"reader/articles"
	"reader/store"
)

// eventsLoadedMsg carries the story list read from the store.
type eventsLoadedMsg struct {
	reqID  int
	events []store.EventSummary
	err    error
}

// articleLoadedMsg carries one article body, loaded on demand.
type articleLoadedMsg struct {
	reqID   int
	id      int64
	article articles.Article
	err     error
}

// importDoneMsg reports a finished import.
type importDoneMsg struct {
	result store.ImportResult
	errs   []error
	files  int
}

// comparisonMsg carries a computed comparison of one event.
type comparisonMsg struct {
	reqID   int
	eventID string
	cmp     articles.Comparison
	err     error
}

// flagSavedMsg reports that a read or star mark reached the store.
type flagSavedMsg struct{ err error }

// errMsg is any failure to show in the status bar.
type errMsg struct{ err error }
