package articles

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadPaths(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "sub")
	os.MkdirAll(sub, 0o755)
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("a"), 0o644)
	os.WriteFile(filepath.Join(sub, "b.md"), []byte("b"), 0o644)
	os.WriteFile(filepath.Join(sub, "c.jpg"), []byte("c"), 0o644)
	os.MkdirAll(filepath.Join(dir, ".git"), 0o755)
	os.WriteFile(filepath.Join(dir, ".git", "d.txt"), []byte("d"), 0o644)
	// A symlink loop must not trap the walk.
	os.Symlink(dir, filepath.Join(sub, "loop"))
	explicit := filepath.Join(sub, "c.jpg")
	files, errs := ReadPaths([]string{dir, explicit, filepath.Join(dir, "missing.txt")})
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(f.Name))
	}
	if strings.Join(names, ",") != "a.txt,b.md,c.jpg" {
		t.Fatalf("files = %v", names)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "missing.txt: no such file") {
		t.Fatalf("errs = %v", errs)
	}
}

func TestReadPathsRefusesLargeFiles(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big.txt")
	os.WriteFile(p, make([]byte, MaxFileSize+10), 0o644)
	files, errs := ReadPaths([]string{p})
	if len(files) != 0 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "too large") {
		t.Fatalf("files %d errs %v", len(files), errs)
	}
}

// A folder named through a symbolic link imports like the folder, its
// files named under the link; a loop inside it still does not trap the walk.
func TestFolderThroughSymlinkReadsLikeTheFolder(t *testing.T) {
	dir := t.TempDir()
	news := filepath.Join(dir, "news")
	os.MkdirAll(filepath.Join(news, "sub"), 0o755)
	os.WriteFile(filepath.Join(news, "a.txt"), []byte("a"), 0o644)
	os.WriteFile(filepath.Join(news, "sub", "b.md"), []byte("b"), 0o644)
	os.Symlink(news, filepath.Join(news, "sub", "loop"))
	for _, name := range []string{"link", ".hidden-link"} {
		link := filepath.Join(dir, name)
		if err := os.Symlink(news, link); err != nil {
			t.Fatal(err)
		}
		files, errs := ReadPaths([]string{link})
		var names []string
		for _, f := range files {
			names = append(names, f.Name)
		}
		want := filepath.Join(link, "a.txt") + "," + filepath.Join(link, "sub", "b.md")
		if len(errs) != 0 || strings.Join(names, ",") != want {
			t.Fatalf("%s: files %v, errs %v; want %s", name, names, errs, want)
		}
	}
}
