package ui

import (
	"context"
	"fmt"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"reader/articles"
	"reader/store"
	"reader/store/ingest"
)

// Importing: the start-up import runs in the background and reports each
// stored chunk, so the list fills in and a bar shows how far it is.

// fillEvery is how often a running import refreshes the list.
const fillEvery = time.Second

// importFiles reads and imports the start-up files in the background,
// reporting each stored chunk (files on disk are read a chunk at a time,
// however many there are); New has already counted it as busy work.
func (m Model) importFiles(id int) tea.Cmd {
	st, paths, builtin := m.deps.Store, m.deps.Paths, m.deps.ImportBuiltin
	ch := make(chan tea.Msg, 1)
	work := func() {
		progress := func(done, total int) {
			select {
			case ch <- importProgressMsg{id: id, done: done, total: total, ch: ch}:
			default: // the UI is behind; it will see the next one
			}
		}
		var res store.ImportResult
		var errs []error
		n := 0
		if builtin {
			files := articles.Builtin()
			n = len(files)
			res, errs = ingest.ImportFiles(context.Background(), st, files, progress)
		}
		if len(paths) > 0 {
			counted := func(done, total int) { n = total; progress(done, total) }
			more, moreErrs := ingest.ImportPaths(context.Background(), st, paths, "", counted)
			res.Added += more.Added
			res.Existing += more.Existing
			res.Replaced += more.Replaced
			errs = append(errs, moreErrs...)
		}
		ch <- importDoneMsg{id: id, result: res, errs: errs, files: n}
	}
	return func() tea.Msg { // nothing runs until the program runs the command
		go work()
		return <-ch
	}
}

// regroupIfPending finishes the grouping an interrupted import owed.
func (m Model) regroupIfPending() tea.Cmd {
	st := m.deps.Store
	return func() tea.Msg {
		did, err := ingest.RegroupIfPending(context.Background(), st)
		return regroupedMsg{did: did, err: err}
	}
}

// handleImportResult routes the messages of an import; ok is false for
// any other message.
func (m Model) handleImportResult(msg tea.Msg) (Model, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case importProgressMsg:
		m.status.Progress(jobImport, msg.id, "Importing…", msg.done, msg.total)
		next := waitFor(msg.ch)
		if msg.done == 0 || m.list.Counts().articles > 0 && time.Since(m.lastFill) < fillEvery {
			return m, next, true // the first chunk to land shows at once, then once a second
		}
		m.lastFill = time.Now() // the list fills in as chunks land, taking the new articles
		follow := m.followChanges(true)
		return m, tea.Batch(next, follow), true
	case regroupedMsg:
		m.status.Fail(msg.err)
		if !msg.did {
			return m, nil, true
		}
		return m, m.reload(), true
	case importDoneMsg:
		m.status.Finish(jobImport, msg.id)
		m.status.Report(importSummary(msg))
		m.failures = append(m.failures, msg.errs...)
		cmd := m.followChanges(true)
		return m, cmd, true
	}
	return m, nil, false
}

// importSummary turns an import result into the status line and error.
func importSummary(msg importDoneMsg) (string, error) {
	status := fmt.Sprintf("Imported %d new, %d already stored", msg.result.Added, msg.result.Existing)
	switch len(msg.errs) {
	case 0:
		return status, nil
	case 1:
		return status, msg.errs[0]
	}
	return status, fmt.Errorf("%w (and %d more files failed)", msg.errs[0], len(msg.errs)-1)
}
