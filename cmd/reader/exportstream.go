package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"runtime"
	"sync"

	"reader/articles"
	"reader/articles/compare"
	"reader/articles/events"
	"reader/store/ingest"
)

// exportStore prints the whole store as it goes: the articles one at a
// time in list order, then the stored events in the order of their newest
// article, each compared on its own (several at once, on every core), so
// memory holds a few events' articles, not the store. A regrouping the
// store owes is done first (a read-only store exports its events as they
// were last grouped, like the reader shows them).
func exportStore(dbPath string, stdout io.Writer) error {
	st, err := openStore(dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := context.Background()
	if _, err := ingest.RegroupIfPending(ctx, st); err != nil {
		return err
	}
	out := newDocStream(stdout)
	out.open("articles")
	// The store hands its articles over one at a time; they are pulled
	// from it as the workers turning them into JSON are ready for more.
	var readErr error
	nextArticle, stop := iter.Pull(func(yield func(articles.Article) bool) {
		readErr = st.EachArticle(ctx, func(a articles.Article) error {
			if !yield(a) {
				return errStopped
			}
			return nil
		})
	})
	defer stop()
	pull := func() (articles.Article, bool, error) {
		a, ok := nextArticle()
		if !ok && readErr != nil && !errors.Is(readErr, errStopped) {
			return a, false, readErr
		}
		return a, ok, nil
	}
	if err := inOrder(exportWorkers(), articleWindow, pull, marshalArticle, out.raw); err != nil {
		return err
	}
	stop()
	ids, err := st.EventIDs(ctx)
	if err != nil {
		return err
	}
	out.open("events")
	next := func() (eventInput, bool, error) {
		if len(ids) == 0 {
			return eventInput{}, false, nil
		}
		id := ids[0]
		ids = ids[1:]
		ev, err := st.Event(ctx, id)
		if err != nil {
			return eventInput{}, false, err
		}
		members, err := st.EventArticles(ctx, id)
		if err != nil {
			return eventInput{}, false, err
		}
		return eventInput{id: ev.ID, title: ev.Title, related: ev.Related, members: members}, true, nil
	}
	if err := inOrder(exportWorkers(), eventWindow, next, marshalEvent, out.raw); err != nil {
		return err
	}
	return out.end()
}

// exportPaths parses the given files and folders and prints them as it
// goes: the articles, then the events they form, compared several at once.
// Files that cannot be read are named on stderr, one line each.
func exportPaths(paths []string, stdout, stderr io.Writer) error {
	files, errs := articles.ReadPaths(paths)
	arts, parseErrs := articles.ParseBatch(files)
	files = nil
	for _, err := range append(errs, parseErrs...) {
		fmt.Fprintln(stderr, "reader:", clean(err.Error()))
	}
	failed := len(errs) + len(parseErrs)
	if len(arts) == 0 && failed > 0 {
		return fmt.Errorf("export: no article could be read")
	}
	// The fingerprints are made on every core; then the events, which
	// take one, are worked out while the articles are printed on the
	// others.
	fps := events.Fingerprints(arts)
	grouped := make(chan []articles.Event, 1)
	go func() { grouped <- events.GroupEvents(fps) }()
	out := newDocStream(stdout)
	out.open("articles")
	rest := arts
	pull := func() (articles.Article, bool, error) {
		if len(rest) == 0 {
			return articles.Article{}, false, nil
		}
		a := rest[0]
		rest = rest[1:]
		return a, true, nil
	}
	err := inOrder(exportWorkers(), articleWindow, pull, marshalArticle, out.raw)
	evs := <-grouped
	if err != nil {
		return err
	}
	byHash := make(map[string]articles.Article, len(arts))
	for _, a := range arts {
		byHash[a.Hash] = a
	}
	out.open("events")
	next := func() (eventInput, bool, error) {
		if len(evs) == 0 {
			return eventInput{}, false, nil
		}
		ev := evs[0]
		evs = evs[1:]
		in := eventInput{id: ev.ID, title: ev.Title, related: ev.Related}
		for _, h := range ev.Members {
			if a, ok := byHash[h]; ok {
				in.members = append(in.members, a)
			}
		}
		return in, true, nil
	}
	if err := inOrder(exportWorkers(), eventWindow, next, marshalEvent, out.raw); err != nil {
		return err
	}
	if err := out.end(); err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("export: %d files could not be read (the others were printed)", failed)
	}
	return nil
}

// eventInput is what exporting an event needs: its stored or grouped
// headline and related events, and its members' whole articles.
type eventInput struct {
	id, title string
	related   []string
	members   []articles.Article
}

// eventExport compares the members of an event and says it as JSON reads it.
func eventExport(in eventInput) exportEvent {
	cmp := compare.Compare(in.id, in.members)
	names := sourceKeys(cmp)
	byFile := make(map[string]string, len(names))
	for k, col := range cmp.Columns {
		byFile[col.File] = names[k]
	}
	e := exportEvent{ID: in.id, Title: clean(in.title), Articles: make([]string, 0, len(in.members)),
		Sources: make([]string, 0, len(in.members)), Related: in.related, Facts: exportFacts(cmp, names)}
	for _, a := range in.members {
		e.Articles = append(e.Articles, clean(a.File))
		e.Sources = append(e.Sources, byFile[a.File])
	}
	if e.Related == nil {
		e.Related = []string{}
	}
	return e
}

// marshalEvent is an event's element of the events array, ready to print.
func marshalEvent(in eventInput) marshalled {
	data, err := json.MarshalIndent(eventExport(in), docIndent, "  ")
	return marshalled{data: data, err: err}
}

// marshalArticle is an article's element of the articles array.
func marshalArticle(a articles.Article) marshalled {
	data, err := json.MarshalIndent(toExport(a), docIndent, "  ")
	return marshalled{data: data, err: err}
}

// errStopped ends a read of the store that nobody takes more of.
var errStopped = errors.New("stopped")

// exportWorkers is how many events are compared at once: one a core.
func exportWorkers() int { return max(1, runtime.GOMAXPROCS(0)) }

const (
	// articleWindow is how many articles are marshalled ahead of the one
	// being written: each takes about as long as the next.
	articleWindow = 8
	// eventWindow is how many events are compared ahead of the one being
	// written. Events of hundreds of reports take a hundred times longer
	// than a lone report's: with four in flight, the other core waited a
	// fifth of the comparing time behind them (10k generated files).
	eventWindow = 64
)

// marshalled is one element of the document, or why it could not be made.
type marshalled struct {
	data []byte
	err  error
}

// inOrder runs work on the items next yields, on workers goroutines, and
// hands the results to emit in the order of the items. At most window
// items are read ahead of emit, so memory stays bounded however many
// items there are; a window of several items a worker keeps the workers
// busy while one long item holds up the order. It stops at the first
// error of next or emit.
func inOrder[T, R any](workers, window int, next func() (T, bool, error), work func(T) R, emit func(R) error) error {
	type job struct {
		item T
		out  chan R
	}
	jobs := make(chan job)
	pending := make(chan chan R, max(window, workers)) // results in item order
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- work(j.item)
			}
		}()
	}
	var readErr error
	go func() {
		defer close(pending)
		defer close(jobs)
		for {
			item, ok, err := next()
			if err != nil {
				readErr = err
				return
			}
			if !ok {
				return
			}
			out := make(chan R, 1)
			select {
			case pending <- out:
			case <-stop:
				return
			}
			select {
			case jobs <- job{item: item, out: out}:
			case <-stop:
				return
			}
		}
	}()
	var err error
	for out := range pending {
		if err != nil {
			continue // draining: the reader has been told to stop
		}
		if err = emit(<-out); err != nil {
			close(stop)
		}
	}
	wg.Wait()
	if err != nil {
		return err
	}
	return readErr
}

// docIndent is the indentation of an element of the document's arrays.
const docIndent = "    "

// docStream writes the export document {"articles": [...], "events": [...]}
// an element at a time, byte for byte as json.Encoder with two spaces of
// indentation writes the whole document.
type docStream struct {
	w       *bufio.Writer
	items   int  // elements in the array being written
	inArray bool // an array is being written
	arrays  int  // arrays begun
	err     error
}

func newDocStream(w io.Writer) *docStream {
	return &docStream{w: bufio.NewWriterSize(w, 64<<10)}
}

// open ends the array being written, if any, and begins the next one.
func (d *docStream) open(name string) {
	d.closeArray()
	if d.arrays == 0 {
		d.write("{\n")
	} else {
		d.write(",\n")
	}
	d.arrays++
	d.write(`  "` + name + `": [`)
	d.inArray, d.items = true, 0
}

// item writes one element of the open array.
func (d *docStream) item(v any) error {
	data, err := json.MarshalIndent(v, docIndent, "  ")
	if err != nil {
		return err
	}
	return d.raw(marshalled{data: data})
}

// raw writes one element of the open array, marshalled with docIndent.
func (d *docStream) raw(m marshalled) error {
	if m.err != nil {
		return m.err
	}
	if d.items > 0 {
		d.write(",")
	}
	d.items++
	d.write("\n" + docIndent)
	if d.err == nil {
		_, d.err = d.w.Write(m.data)
	}
	return d.err
}

func (d *docStream) closeArray() {
	if !d.inArray {
		return
	}
	if d.items > 0 {
		d.write("\n  ")
	}
	d.write("]")
	d.inArray = false
}

// end closes the document and flushes it.
func (d *docStream) end() error {
	d.closeArray()
	if d.arrays == 0 {
		d.write("{")
	}
	d.write("\n}\n")
	if d.err == nil {
		d.err = d.w.Flush()
	}
	return d.err
}

func (d *docStream) write(s string) {
	if d.err == nil {
		_, d.err = d.w.WriteString(s)
	}
}
