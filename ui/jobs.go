package ui

import (
	"github.com/charmbracelet/bubbles/progress"
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"reader/articles"
)

// jobKind names a kind of background work. One job of each kind runs at a
// time: starting another supersedes the first, whose result is then stale.
type jobKind int

const (
	jobImport jobKind = iota
	jobRefresh
	jobCompare
	jobSearch
	jobList    // reading the story list (quiet: no spinner)
	jobArticle // reading one article's body (quiet)
)

// job is one piece of background work under way.
type job struct {
	id       int
	label    string
	progress float64 // share done, < 0 when the job does not say
	quiet    bool    // tracked for its request ID, not shown
}

// statusBar is the status line and the one place background work is
// tracked: each job is started with a request ID and finished with it, so
// a stale result is recognised here and cannot leave the spinner running.
// The spinner ticks only while a shown job runs; reading the list or an
// article is tracked quietly, as quick work the screen need not announce.
type statusBar struct {
	st      *styles
	spinner spinner.Model
	bar     progress.Model
	running map[jobKind]job
	lastID  int
	text    string // the outcome of the last job, or a note
	err     error
}

func newStatusBar(st *styles, bar progress.Model) statusBar {
	sp := spinner.New(spinner.WithSpinner(spinner.Dot), spinner.WithStyle(st.spinner))
	return statusBar{st: st, spinner: sp, bar: bar, running: map[jobKind]job{}}
}

// Start begins a job of a kind, superseding any job of that kind, and
// returns its request ID and the command that starts the spinner when
// nothing was running.
func (s *statusBar) Start(kind jobKind, label string) (int, tea.Cmd) {
	idle := !s.Busy()
	s.lastID++
	s.running[kind] = job{id: s.lastID, label: label, progress: -1}
	s.err = nil
	if idle {
		return s.lastID, s.spinner.Tick
	}
	return s.lastID, nil
}

// Track begins a quiet job of a kind, superseding any job of that kind,
// and returns its request ID.
func (s *statusBar) Track(kind jobKind) int {
	s.lastID++
	s.running[kind] = job{id: s.lastID, progress: -1, quiet: true}
	return s.lastID
}

// Current reports whether id is the running job of its kind; results of
// any other request are stale and dropped.
func (s statusBar) Current(kind jobKind, id int) bool {
	j, ok := s.running[kind]
	return ok && j.id == id
}

// ID is the request ID of the running job of a kind, 0 for none.
func (s statusBar) ID(kind jobKind) int { return s.running[kind].id }

// Running reports whether a job of the kind is under way.
func (s statusBar) Running(kind jobKind) bool {
	_, ok := s.running[kind]
	return ok
}

// Busy reports whether any shown job is under way.
func (s statusBar) Busy() bool {
	for _, j := range s.running {
		if !j.quiet {
			return true
		}
	}
	return false
}

// Progress records how far a running job is; a stale id is ignored.
func (s *statusBar) Progress(kind jobKind, id int, label string, done, total int) {
	if !s.Current(kind, id) {
		return
	}
	s.running[kind] = job{id: id, label: label + " " + itoa(done) + "/" + itoa(total), progress: float64(done) / float64(max(1, total)), quiet: s.running[kind].quiet}
}

// Finish ends the job with this id and reports whether it was current;
// a false return means the result is stale and must be dropped.
func (s *statusBar) Finish(kind jobKind, id int) bool {
	if !s.Current(kind, id) {
		return false
	}
	delete(s.running, kind)
	return true
}

// Cancel forgets the job of a kind; its result will be stale.
func (s *statusBar) Cancel(kind jobKind) { delete(s.running, kind) }

// Say shows a note (and clears the last error).
func (s *statusBar) Say(text string) { s.text, s.err = text, nil }

// Report shows the outcome of a job: a note and an error, either may be empty.
func (s *statusBar) Report(text string, err error) { s.text, s.err = text, err }

// Fail shows an error, keeping the last note.
func (s *statusBar) Fail(err error) {
	if err != nil {
		s.err = err
	}
}

// Update ticks the spinner, and keeps it ticking only while a job runs.
func (s statusBar) Update(msg tea.Msg) (statusBar, tea.Cmd) {
	var cmd tea.Cmd
	s.spinner, cmd = s.spinner.Update(msg)
	if !s.Busy() {
		return s, nil
	}
	return s, cmd
}

// current is the job the status line shows: the one with progress, else
// the latest started.
func (s statusBar) current() (job, bool) {
	var best job
	found := false
	for _, j := range s.running {
		if j.quiet {
			continue
		}
		if !found || j.progress >= 0 && best.progress < 0 || (j.progress >= 0) == (best.progress >= 0) && j.id > best.id {
			best, found = j, true
		}
	}
	return best, found
}

// View draws the status line, cut to width.
func (s statusBar) View(width int) string {
	var out string
	j, busy := s.current()
	switch {
	case s.err != nil:
		out = s.st.statusErr.Render("✗ " + articles.Sanitize(s.err.Error(), false))
		if s.text != "" && !busy {
			out = s.st.statusOK.Render(s.text) + s.st.status.Render(" · ") + out
		}
	case busy && j.progress >= 0:
		out = s.bar.ViewAs(j.progress) + " " + s.st.status.Render(j.label)
	case busy:
		out = s.spinner.View() + " " + s.st.status.Render(j.label)
	case s.text != "":
		out = s.st.statusOK.Render(s.text)
	}
	return ansi.Truncate(out, width, "…")
}
