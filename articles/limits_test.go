package articles

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestMoreThanMaxFilesIsOneClearError fills a folder with one file more than
// an import takes (the limit lowered for the test; MaxFiles is a million):
// the import reads the first ones and says so once, naming the folder, and
// a file named after the limit is refused by name.
func TestMoreThanMaxFilesIsOneClearError(t *testing.T) {
	defer func(n int) { fileLimit = n }(fileLimit)
	fileLimit = 300
	if MaxFiles < 500000 {
		t.Fatalf("MaxFiles = %d: an import of 100,000 files and more must be one import", MaxFiles)
	}
	dir := filepath.Join(t.TempDir(), "home")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	first := filepath.Join(dir, "0.txt")
	if err := os.WriteFile(first, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= fileLimit; i++ { // hard links: one inode, quick to make
		if err := os.Link(first, filepath.Join(dir, strconv.Itoa(i)+".txt")); err != nil {
			t.Fatal(err)
		}
	}
	files, errs := ReadPaths([]string{dir, first})
	if len(files) != fileLimit {
		t.Fatalf("read %d files, want the first %d", len(files), fileLimit)
	}
	if len(errs) != 2 {
		t.Fatalf("%d errors, want two: %v", len(errs), errs[:min(3, len(errs))])
	}
	var fe *FileError
	if !errors.As(errs[0], &fe) || fe.File != dir || !strings.Contains(errs[0].Error(), "more than "+strconv.Itoa(fileLimit)+" files") {
		t.Fatalf("error = %v, want one naming %s and the limit", errs[0], dir)
	}
	if !errors.As(errs[1], &fe) || fe.File != first {
		t.Fatalf("error = %v, want one naming %s", errs[1], first)
	}
}

// TestSymlinkLoopsEndWithAClearResult links two folders into each other and
// a file to itself: the walk ends, reads each article once, and the looping
// file named on its own is a clear error.
func TestSymlinkLoopsEndWithAClearResult(t *testing.T) {
	root := t.TempDir()
	a, b := filepath.Join(root, "a"), filepath.Join(root, "b")
	os.Mkdir(a, 0o755)
	os.Mkdir(b, 0o755)
	os.WriteFile(filepath.Join(a, "one.txt"), []byte("one"), 0o644)
	os.WriteFile(filepath.Join(b, "two.txt"), []byte("two"), 0o644)
	for _, l := range [][2]string{{b, filepath.Join(a, "to-b")}, {a, filepath.Join(b, "to-a")}, {root, filepath.Join(a, "up")},
		{filepath.Join(a, "self.txt"), filepath.Join(a, "self.txt")}} {
		if err := os.Symlink(l[0], l[1]); err != nil {
			t.Skipf("no symlinks here: %v", err)
		}
	}
	files, errs := ReadPaths([]string{root})
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(f.Name))
	}
	if strings.Join(names, ",") != "one.txt,two.txt" || len(errs) != 0 {
		t.Fatalf("walk through loops: files %v, errors %v", names, errs)
	}
	_, errs = ReadPaths([]string{filepath.Join(a, "self.txt")})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "self.txt: too many levels of symbolic links") {
		t.Fatalf("a file linked to itself: %v", errs)
	}
}

// TestOversizedFileInAFolderIsReportedAndTheRestRead: a sparse file over the
// size limit is refused by its size without being read; its neighbour is read.
func TestOversizedFileInAFolderIsReportedAndTheRestRead(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, MaxFileSize+1); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "small.txt"), []byte("small"), 0o644)
	files, errs := ReadPaths([]string{dir})
	if len(files) != 1 || filepath.Base(files[0].Name) != "small.txt" {
		t.Fatalf("files = %v", files)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), big+": file too large") || !strings.Contains(errs[0].Error(), strconv.Itoa(MaxFileSize)) {
		t.Fatalf("errs = %v", errs)
	}
}
