package articles

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"reader/articles/internal/parallel"
)

// MaxFiles caps how many files one import takes, so a mistaken path such
// as the root folder ends with a clear message instead of crawling for
// hours. Imports stream their files, so the cap is no memory limit: it is
// set far above any real folder of articles.
const MaxFiles = 1_000_000

// fileLimit is MaxFiles, lowered by tests.
var fileLimit = MaxFiles

// importExts are the file endings a folder import picks up, also with
// ".gz" after them (a saved page kept compressed). A file named explicitly
// is read whatever its ending.
var importExts = map[string]bool{".txt": true, ".md": true, ".markdown": true, ".html": true, ".htm": true}

// ReadPaths reads the files named and, recursively, the article files inside
// the folders named (see ListPaths), all into memory. Each path that cannot
// be read yields one *FileError and the rest go on. An import of any size
// lists the paths with ListPaths and reads them a few at a time with
// ReadFile instead.
func ReadPaths(paths []string) ([]RawFile, []error) {
	names, errs := ListPaths(paths)
	read := make([]RawFile, len(names))
	readErrs := make([]error, len(names))
	parallel.ForEach(len(names), func(i int) { // on every core: parsing waits for all of them
		read[i], readErrs[i] = ReadFile(names[i])
	})
	files := make([]RawFile, 0, len(names))
	for i := range names {
		if readErrs[i] != nil {
			errs = append(errs, readErrs[i])
			continue
		}
		files = append(files, read[i])
	}
	return files, errs
}

// ListPaths names the files named and, recursively, the article files
// inside the folders named, each folder's in name order, without reading
// them; at most MaxFiles in all (more is one *FileError naming the folder).
// Each path that cannot be read yields one *FileError and the rest go on.
// A folder named through a symbolic link is read like the folder; links to
// folders inside it are not followed, so link loops cannot trap the walk.
func ListPaths(paths []string) ([]string, []error) {
	var names []string
	var errs []error
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &FileError{File: p, Reason: reason(err)})
			continue
		}
		if !info.IsDir() {
			if len(names) >= fileLimit {
				errs = append(errs, &FileError{File: p, Reason: fmt.Sprintf("more than %d files in one import; not read", fileLimit)})
				continue
			}
			names = append(names, p)
			continue
		}
		found, walkErrs := listFolder(p, fileLimit-len(names))
		names = append(names, found...)
		errs = append(errs, walkErrs...)
	}
	return names, errs
}

// ReadFile reads one article file, refusing what is no regular file or
// larger than MaxFileSize with a *FileError.
func ReadFile(path string) (RawFile, error) {
	info, err := os.Stat(path)
	if err != nil {
		return RawFile{}, &FileError{File: path, Reason: reason(err)}
	}
	return readOne(path, info)
}

func listFolder(root string, budget int) ([]string, []error) {
	var names []string
	var errs []error
	tooMany := false
	// A folder named through a symbolic link is walked like the folder
	// (links met inside it are still not followed).
	walkRoot := root
	if info, err := os.Lstat(root); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		walkRoot = root + string(filepath.Separator)
	}
	err := filepath.WalkDir(walkRoot, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, &FileError{File: path, Reason: reason(err)})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if path != walkRoot && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || !importExts[strings.ToLower(filepath.Ext(contentName(path)))] {
			return nil
		}
		if len(names) >= budget {
			tooMany = true
			return fs.SkipAll
		}
		names = append(names, path)
		return nil
	})
	if err != nil {
		errs = append(errs, &FileError{File: root, Reason: reason(err)})
	}
	if tooMany {
		errs = append(errs, &FileError{File: root, Reason: fmt.Sprintf("more than %d files in one import; the first %d were read", fileLimit, len(names))})
	}
	sort.Strings(names)
	return names, errs
}

func readOne(path string, info fs.FileInfo) (RawFile, error) {
	if !info.Mode().IsRegular() {
		return RawFile{}, &FileError{File: path, Reason: "not a regular file"}
	}
	if info.Size() > MaxFileSize {
		return RawFile{}, &FileError{File: path, Reason: fmt.Sprintf("file too large (%d bytes, limit %d)", info.Size(), MaxFileSize)}
	}
	f, err := os.Open(path)
	if err != nil {
		return RawFile{}, &FileError{File: path, Reason: reason(err)}
	}
	defer f.Close()
	// Read one byte past the limit: the file may have grown since Stat.
	// The buffer takes the size Stat gave (and what a read asks for
	// beyond it), so a file is read without growing it.
	buf := bytes.NewBuffer(make([]byte, 0, min(info.Size(), MaxFileSize)+bytes.MinRead+1))
	_, err = buf.ReadFrom(io.LimitReader(f, MaxFileSize+1))
	data := buf.Bytes()
	if err != nil {
		return RawFile{}, &FileError{File: path, Reason: reason(err)}
	}
	if len(data) > MaxFileSize {
		return RawFile{}, &FileError{File: path, Reason: fmt.Sprintf("file too large (over %d bytes)", MaxFileSize)}
	}
	if isGzip(data) {
		if data, err = gunzip(data); err != nil {
			return RawFile{}, &FileError{File: path, Reason: err.Error()}
		}
	}
	return RawFile{Name: path, Data: data}, nil
}

// reason turns an OS error into the short phrase a user needs.
func reason(err error) string {
	switch {
	case os.IsNotExist(err):
		return "no such file or folder"
	case os.IsPermission(err):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
