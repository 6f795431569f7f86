package ui

import "github.com/charmbracelet/lipgloss"

// Palette holds the colours, each with a light- and a dark-terminal value.
// The configuration file may replace any of them by name.
type Palette map[string]lipgloss.AdaptiveColor

// DefaultPalette is the reader's own colours.
func DefaultPalette() Palette {
	return Palette{
		"accent": {Light: "#5A3FC0", Dark: "#A28BFF"},
		"subtle": {Light: "#6B6B6B", Dark: "#9A9A9A"},
		"dim":    {Light: "#A0A0A0", Dark: "#5F5F5F"},
		"text":   {Light: "#1A1A1A", Dark: "#E6E6E6"},
		"warn":   {Light: "#A15C00", Dark: "#F0B45A"},
		"error":  {Light: "#B00020", Dark: "#FF6E6E"},
		"ok":     {Light: "#1F7A3A", Dark: "#6FD08C"},
		"mark":   {Light: "#FFF2A8", Dark: "#4A4320"},
		"border": {Light: "#C8C8C8", Dark: "#3C3C3C"},
	}
}

type paletteColors struct {
	accent, subtle, dim, text, warn, err, ok, mark, border lipgloss.AdaptiveColor
}

func (p Palette) colors() paletteColors {
	d := DefaultPalette()
	get := func(name string) lipgloss.AdaptiveColor {
		if c, ok := p[name]; ok {
			return c
		}
		return d[name]
	}
	return paletteColors{accent: get("accent"), subtle: get("subtle"), dim: get("dim"), text: get("text"),
		warn: get("warn"), err: get("error"), ok: get("ok"), mark: get("mark"), border: get("border")}
}

// styles is every style the UI draws with, built once by newStyles and
// passed to the panes, so no View builds a style.
type styles struct {
	app, header, headerDim, filterOn lipgloss.Style

	listItem, listUnread, listSelected, listSelectedBlur, listMeta, listChild lipgloss.Style
	starMark, unreadMark                                                      lipgloss.Style

	paneBorder, paneBorderFocus lipgloss.Style

	title, titleDerived, meta, metaUnknown, heading, body, removed, removedReason, hint lipgloss.Style

	status, statusErr, statusOK, spinner lipgloss.Style

	tooSmall lipgloss.Style

	colHeader, colSource, gap, shared, differs, factKind, disagree, tab, tabActive lipgloss.Style

	match      lipgloss.Style // a search word in the article
	factCursor lipgloss.Style // the fact under the cursor in the facts table

	barFill string // the progress bar's colour, resolved for this terminal's background
}

// newStyles builds the styles from a palette; without colour (noColor)
// every mark is drawn with attributes alone: bold, underline, reverse.
func newStyles(p Palette, noColor bool) styles {
	palette := p.colors()
	s := styles{}
	base := lipgloss.NewStyle()
	s.app = base
	s.header = base.Bold(true).Foreground(palette.accent)
	s.headerDim = base.Foreground(palette.subtle)
	s.filterOn = base.Foreground(palette.warn).Bold(true)

	s.listItem = base.Foreground(palette.text)
	s.listUnread = base.Foreground(palette.text).Bold(true)
	s.listSelected = base.Foreground(palette.accent).Bold(true).Reverse(false)
	s.listSelectedBlur = base.Foreground(palette.subtle).Bold(true)
	s.listMeta = base.Foreground(palette.subtle)
	s.listChild = base.Foreground(palette.subtle)
	s.starMark = base.Foreground(palette.warn)
	s.unreadMark = base.Foreground(palette.accent)

	s.paneBorder = base.Foreground(palette.border)
	s.paneBorderFocus = base.Foreground(palette.accent).Bold(true)

	s.title = base.Bold(true).Foreground(palette.text)
	s.titleDerived = base.Italic(true).Foreground(palette.text)
	s.meta = base.Foreground(palette.subtle)
	s.metaUnknown = base.Foreground(palette.dim).Italic(true)
	s.heading = base.Bold(true).Foreground(palette.accent)
	s.body = base.Foreground(palette.text)
	s.removed = base.Foreground(palette.dim).Strikethrough(true)
	s.removedReason = base.Foreground(palette.dim).Italic(true)
	s.hint = base.Foreground(palette.subtle).Italic(true)

	s.status = base.Foreground(palette.subtle)
	s.statusErr = base.Foreground(palette.err).Bold(true)
	s.statusOK = base.Foreground(palette.ok)
	s.spinner = base.Foreground(palette.accent)

	s.tooSmall = base.Foreground(palette.warn).Bold(true)

	s.colHeader = base.Bold(true).Foreground(palette.accent)
	s.colSource = base.Foreground(palette.subtle)
	s.gap = base.Foreground(palette.dim).Italic(true)
	s.shared = base.Underline(true)
	s.differs = base.Foreground(palette.warn).Bold(true)
	s.factKind = base.Foreground(palette.subtle)
	s.disagree = base.Foreground(palette.err).Bold(true)
	s.tab = base.Foreground(palette.subtle).Padding(0, 1)
	s.match = base.Background(palette.mark).Foreground(palette.text).Bold(true)
	s.tabActive = base.Foreground(palette.accent).Bold(true).Underline(true).Padding(0, 1)
	s.factCursor = base.Reverse(true)
	s.barFill = palette.accent.Light
	if lipgloss.HasDarkBackground() {
		s.barFill = palette.accent.Dark
	}
	if noColor {
		s.withoutColor()
	}
	return s
}

// withoutColor drops every colour, keeping the attributes, and makes the
// marks that colour alone told apart visible: search matches reversed, the
// focused list's selected row reversed (bold alone is every unread row).
func (s *styles) withoutColor() {
	for _, st := range []*lipgloss.Style{&s.app, &s.header, &s.headerDim, &s.filterOn, &s.listItem, &s.listUnread,
		&s.listSelected, &s.listSelectedBlur, &s.listMeta, &s.listChild, &s.starMark, &s.unreadMark, &s.paneBorder,
		&s.paneBorderFocus, &s.title, &s.titleDerived, &s.meta, &s.metaUnknown, &s.heading, &s.body, &s.removed,
		&s.removedReason, &s.hint, &s.status, &s.statusErr, &s.statusOK, &s.spinner, &s.tooSmall, &s.colHeader,
		&s.colSource, &s.gap, &s.shared, &s.differs, &s.factKind, &s.disagree, &s.tab, &s.tabActive, &s.match, &s.factCursor} {
		*st = st.UnsetForeground().UnsetBackground().UnsetBorderForeground()
	}
	s.match = s.match.Reverse(true)
	s.listSelected = s.listSelected.Reverse(true)
	s.titleDerived = s.titleDerived.Underline(true)
	s.barFill = ""
}
