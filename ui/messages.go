package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"reader/articles"
	"reader/articles/compare"
	"reader/store"
)

// eventsLoadedMsg carries the story list read from the store: the whole
// list, or (partial) its first events while the rest is read.
type eventsLoadedMsg struct {
	reqID   int
	events  []store.EventSummary
	partial bool
	marks   store.GroupingMarks // read before the whole list was
	err     error
}

// articleLoadedMsg carries one article body, loaded on demand.
type articleLoadedMsg struct {
	reqID   int
	id      int64
	article articles.Article
	err     error
}

// importProgressMsg reports that another chunk of an import is stored;
// ch delivers the next report.
type importProgressMsg struct {
	id          int
	done, total int
	ch          chan tea.Msg
}

// regroupedMsg reports the grouping an interrupted import still owed.
type regroupedMsg struct {
	did bool
	err error
}

// importDoneMsg reports a finished import.
type importDoneMsg struct {
	id     int
	result store.ImportResult
	errs   []error
	files  int
}

// comparisonMsg carries a computed comparison of one event.
type comparisonMsg struct {
	reqID   int
	eventID string
	cmp     compare.Comparison
	err     error
}

// flagSavedMsg reports that a read or star mark reached the store.
type flagSavedMsg struct{ err error }

// errMsg is any failure to show in the status bar.
type errMsg struct{ err error }
