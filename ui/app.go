// Package ui is the reader's terminal interface: a story list, the cleaned
// article and the side-by-side comparison of sources, as Bubble Tea models
// that read the store. It does no parsing.
package ui

import (
	"io"
	"os"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/progress"
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"reader/articles/feeds"
	"reader/store"
)

// progressWidth is the width of the progress bar in the status line.
const progressWidth = 16

// separatorWidth is the rule between list and article: a space and a line.
const separatorWidth = 2

// Minimum window size; below it the reader says so instead of drawing.
const (
	minWidth  = 40
	minHeight = 12
)

// Deps is what the UI needs from the outside world.
type Deps struct {
	Store         *store.Store
	Paths         []string // files and folders to import at start
	ImportBuiltin bool     // import the built-in sample articles at start
	Fetcher       feeds.Fetcher
	Clipboard     io.Writer           // where OSC 52 copies go; the terminal when nil
	Keys          map[string][]string // action -> keys, from the configuration (checked with CheckKeys)
	Palette       Palette             // colours replacing the defaults, by name
	StartFocus    string              // "list" (default) or "article"
}

type focusArea int

const (
	focusList focusArea = iota
	focusArticle
	focusCompare
)

// Model is the root of the UI: it lays out the panes, routes keys and
// messages, and runs the store work as commands.
type Model struct {
	deps    Deps
	keys    keyMap
	st      *styles
	list    listPane
	article articlePane
	compare comparePane
	help    help.Model
	prompt  promptBar // the filter and search inputs, and the search shown
	views   listViews // unread only, starred only, one outlet
	status  statusBar // background jobs, their spinner and outcome

	focus     focusArea
	comparing bool // the compare view replaces the split view
	listOnly  bool // one pane at a time, the focused one, at full width
	listShift int  // columns the user added to (or took from) the list
	lastFill  time.Time
	failures  []error    // every file an import could not take, for ImportErrors
	feeds     *feedPanel // the subscriptions and failures, in place of the panes; nil when closed
	watch     *store.Watcher
	// marks are the store's grouping marks when the whole list was last
	// read or brought up to date: the list takes what groupings since then
	// wrote.
	marks store.GroupingMarks
	// firstPage is the list's first page, read since ReadFirstPage; Init
	// takes it instead of reading the page itself. nil otherwise.
	firstPage <-chan tea.Msg

	width, height int
}

// terminalProfile is what the terminal can draw, whatever NO_COLOR says
// (termenv reads NO_COLOR as "no attributes either"); a variable for tests.
var terminalProfile = func() termenv.Profile { return termenv.NewOutput(os.Stdout).ColorProfile() }

// New builds the root model.
func New(deps Deps) Model {
	_, noColor := os.LookupEnv("NO_COLOR")
	if noColor && terminalProfile() != termenv.Ascii {
		lipgloss.SetColorProfile(termenv.ANSI) // attributes (bold, underline, reverse) but no colour
	}
	st := newStyles(deps.Palette, noColor)
	keys, err := defaultKeyMap().withOverrides(deps.Keys)
	if err != nil {
		keys = defaultKeyMap() // cmd checks first; a bad table here keeps the defaults
	}
	h := help.New()
	bar := progress.New(progress.WithSolidFill(st.barFill), progress.WithoutPercentage(),
		progress.WithWidth(progressWidth), progress.WithColorProfile(lipgloss.ColorProfile()))
	m := Model{
		deps: deps, keys: keys, st: &st,
		list: newListPane(keys, &st), article: newArticlePane(keys, &st), compare: newComparePane(keys, &st),
		help: h, prompt: newPromptBar(), status: newStatusBar(&st, bar),
	}
	if noColor { // the bubbles' own styles carry colours too
		m.help.Styles = help.Styles{Ellipsis: st.hint, ShortKey: st.listUnread, ShortDesc: st.hint, ShortSeparator: st.hint,
			FullKey: st.listUnread, FullDesc: st.hint, FullSeparator: st.hint}
		m.status.bar.EmptyColor = ""
		m.prompt.withoutColor(st.hint)
	}
	m.status.Track(jobList) // Init reads the list
	m.setFocus(focusList)
	if deps.StartFocus == "article" {
		m.setFocus(focusArticle)
	}
	if deps.ImportBuiltin || len(deps.Paths) > 0 {
		m.status.Start(jobImport, "Importing…")
	}
	return m
}

// ReadFirstPage starts reading the list's first page at once, in the
// background, for Init to take: the read, most of a large store's first
// frame, then runs while the program sets up the terminal and draws its
// first empty frame instead of after. For a model that is about to run.
func (m Model) ReadFirstPage() Model {
	page := make(chan tea.Msg, 1)
	load := m.loadEvents(m.status.ID(jobList))
	go func() { page <- load() }()
	m.firstPage = page
	return m
}

// Init loads the list and starts any import.
func (m Model) Init() tea.Cmd {
	load := m.loadEvents(m.status.ID(jobList))
	if page := m.firstPage; page != nil {
		load = func() tea.Msg { return <-page }
	}
	cmds := []tea.Cmd{load, m.pollAfterStart()}
	if m.status.Busy() {
		cmds = append(cmds, m.status.spinner.Tick)
	}
	if m.status.Running(jobImport) {
		cmds = append(cmds, m.importFiles(m.status.ID(jobImport)))
	} else {
		cmds = append(cmds, m.regroupIfPending())
	}
	return tea.Batch(cmds...)
}

// Update routes a message: window size to the layout, keys through the
// filter, the global keys and the focused pane, results to their owner.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
		return m, nil
	case tea.KeyMsg:
		return m.handleKey(msg)
	case tea.MouseMsg:
		return m.handleMouse(msg)
	case spinner.TickMsg:
		var cmd tea.Cmd
		m.status, cmd = m.status.Update(msg)
		return m, cmd
	}
	return m.handleResult(msg)
}

// layout sizes every pane from the window size; it runs on resize and
// when the help height changes, never per keystroke otherwise.
func (m *Model) layout() {
	if m.width < minWidth || m.height < minHeight {
		return
	}
	m.help.Width = m.width
	bodyH := m.height - 2 - m.helpHeight()
	listW, articleW := m.listWidth(), m.width-m.listWidth()-separatorWidth
	if m.listOnly {
		listW, articleW = m.width, m.width
	}
	m.list.SetSize(listW, bodyH)
	m.article.SetSize(articleW, bodyH)
	m.compare.SetSize(m.width, bodyH)
	m.prompt.SetWidth(m.width)
}

// readingRoom is what the article pane wants on a wide terminal: a
// reading width of text plus its margins.
const readingRoom = readingWidth + 4

// listWidth is the list's share of the split: half the screen up to 120
// columns, beyond that whatever the article's reading width leaves (at
// most two thirds), moved by the user's widen and narrow keys.
func (m Model) listWidth() int {
	w := m.width / 2
	if m.width >= 120 {
		w = min(max(w, m.width-readingRoom), m.width*2/3)
	}
	return max(20, min(m.width-20-separatorWidth, w+m.listShift))
}

func (m Model) helpHeight() int {
	if m.help.ShowAll {
		return lipglossHeight(m.help.View(m.helpKeys()))
	}
	return 1
}

func (m Model) handleMouse(msg tea.MouseMsg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch {
	case m.comparing:
		m.compare, cmd = m.compare.Update(msg)
	case m.listOnly && m.focus == focusArticle:
		m.article, cmd = m.article.Update(msg)
	case m.listOnly || msg.X < m.listWidth():
		before := m.selectedID()
		m.list, cmd = m.list.Update(msg)
		return m, tea.Batch(cmd, m.selectionChanged(before))
	default:
		m.article, cmd = m.article.Update(msg)
	}
	return m, cmd
}

func (m *Model) setFocus(f focusArea) {
	m.focus = f
	m.list.Blur()
	m.article.Blur()
	m.compare.Blur()
	switch f {
	case focusList:
		m.list.Focus()
	case focusArticle:
		m.article.Focus()
	case focusCompare:
		m.compare.Focus()
	}
}

// ImportErrors lists the files the imports of this session could not take,
// one error each naming the file and the reason, for printing after exit.
func (m Model) ImportErrors() []error { return m.failures }

func (m Model) selectedID() int64 {
	if _, a := m.list.Selected(); a != nil {
		return a.ID
	}
	return 0
}
