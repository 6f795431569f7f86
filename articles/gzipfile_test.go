package articles

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func gz(t *testing.T, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

// Compressed saved pages and texts import like the files they pack: a
// folder import picks up "page.html.gz", the page is read as a page, and a
// file that unpacks past the size limit or is broken gets its one line.
func TestCompressedFilesImportLikeTheirContent(t *testing.T) {
	dir := t.TempDir()
	page := "<html><head><title>Storm closes the harbour | Coast Daily</title></head><body><nav>Home News</nav><article><h1>Storm closes the harbour</h1>" +
		"<p>The harbour closed on Monday as the storm arrived, the port authority said in a statement.</p>" +
		"<p>Ferries to the islands were cancelled until Wednesday, and fishing boats stayed in port.</p></article></body></html>"
	os.WriteFile(filepath.Join(dir, "page.html.gz"), gz(t, []byte(page)), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.md.GZ"), gz(t, []byte("# Council votes\n\nThe council voted **yes** on the budget on Tuesday evening.")), 0o644)
	os.WriteFile(filepath.Join(dir, "photo.jpg.gz"), gz(t, []byte("not picked up")), 0o644)
	bomb := filepath.Join(dir, "bomb.txt.gz")
	os.WriteFile(bomb, gz(t, bytes.Repeat([]byte("a"), MaxFileSize+1)), 0o644)
	broken := filepath.Join(dir, "broken.txt.gz")
	os.WriteFile(broken, gz(t, []byte("some text"))[:15], 0o644)

	files, errs := ReadPaths([]string{dir})
	if len(files) != 2 || len(errs) != 2 {
		t.Fatalf("files %d, errs %v", len(files), errs)
	}
	for _, e := range errs {
		if msg := e.Error(); !strings.Contains(msg, "bomb.txt.gz: file too large unpacked") && !strings.Contains(msg, "broken.txt.gz: broken gzip data") {
			t.Errorf("unexpected error %q", msg)
		}
	}
	arts, perrs := ParseBatch(files)
	if len(perrs) != 0 || len(arts) != 2 {
		t.Fatalf("parsed %d, errors %v", len(arts), perrs)
	}
	byName := map[string]Article{}
	for _, a := range arts {
		byName[filepath.Base(a.File)] = a
	}
	if a := byName["page.html.gz"]; a.Title != "Storm closes the harbour" || strings.Contains(strings.Join(a.Paragraphs(), " "), "<p>") {
		t.Errorf("page: title %q, body %q", a.Title, a.Paragraphs())
	}
	if a := byName["notes.md.GZ"]; strings.Contains(strings.Join(a.Paragraphs(), " "), "**") {
		t.Errorf("markdown read as text: %q", a.Paragraphs())
	}
}
