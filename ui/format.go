package ui

import (
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

type lipglossStyle = lipgloss.Style

// padRight pads or cuts s to exactly w cells.
func padRight(s string, w int) string {
	n := ansi.StringWidth(s)
	if n > w {
		return ansi.Truncate(s, w, "")
	}
	return s + strings.Repeat(" ", w-n)
}

// dateRange prints a day, or a range of days, compactly.
func dateRange(from, to time.Time) string {
	switch {
	case from.IsZero() && to.IsZero():
		return ""
	case from.IsZero():
		return to.Format("2 Jan 2006")
	case to.IsZero() || sameDay(from, to):
		return from.Format("2 Jan 2006")
	case from.Year() == to.Year():
		return from.Format("2 Jan") + "–" + to.Format("2 Jan 2006")
	}
	return from.Format("Jan 2006") + "–" + to.Format("Jan 2006")
}

func sameDay(a, b time.Time) bool {
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}

// fitLines makes text exactly h lines of exactly w cells.
func fitLines(text string, w, h int) string {
	lines := strings.Split(text, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	for i, l := range lines {
		lines[i] = padRight(l, w)
	}
	return strings.Join(lines, "\n")
}
