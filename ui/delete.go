package ui

import (
	"context"
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"reader/store/ingest"
)

// deletedMsg says an article was removed from the store (or why not).
type deletedMsg struct {
	title string
	err   error
}

// deletePrompt is the question d asks about an article.
func deletePrompt(title, keyName string) string {
	return fmt.Sprintf("Remove “%s” from the store? Press %s again to remove it.", title, keyName)
}

// deleteKey removes the selected article, asking first: the first press
// asks in the status line, a second press while the question is shown
// removes that article and nothing else.
func (m Model) deleteKey() (Model, tea.Cmd) {
	_, a := m.list.Selected()
	if a == nil {
		m.status.Say("No article selected.")
		return m, nil
	}
	keyName := "d"
	if ks := m.keys.Delete.Keys(); len(ks) > 0 {
		keyName = ks[0]
	}
	prompt := deletePrompt(a.Title, keyName)
	if m.status.text != prompt || m.status.err != nil {
		m.status.Say(prompt)
		return m, nil
	}
	st, id, title := m.deps.Store, a.ID, a.Title
	m.status.Say("Removing…")
	return m, func() tea.Msg {
		return deletedMsg{title: title, err: ingest.DeleteArticle(context.Background(), st, id)}
	}
}

// deleted reports a removal and reads the list again.
func (m Model) deleted(msg deletedMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		m.status.Report("", msg.err)
		return m, nil
	}
	m.status.Say(fmt.Sprintf("Removed “%s” from the store", msg.title))
	return m, m.reload()
}
