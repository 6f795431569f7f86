package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"reader/articles"
	"reader/store"
)

// importChunk is how many new files one import transaction takes. Chunks
// keep memory bounded on large imports, let readers see articles land as
// they are stored, and make an interrupted import lose at most one chunk.
const importChunk = 1000

// importChunkBytes caps a chunk's files by size as well: a thousand saved
// web pages hold a hundred megabytes or more, and three chunks are in
// memory at once (read ahead, parsing, storing), so pages come in chunks
// of a few hundred where short texts come a thousand at a time.
const importChunkBytes = 24 << 20

// ImportFiles parses and stores raw files held in memory, as ImportPaths
// does files on disk. The text of a file is let go once its chunk is
// parsed, so a caller that keeps no other reference to files lets a large
// import run in the memory of a few chunks.
func ImportFiles(ctx context.Context, st *store.Store, files []articles.RawFile, progress func(done, total int)) (store.ImportResult, []error) {
	total := len(files)
	next := func() ([]articles.RawFile, []error) {
		n, size := 0, 0
		for n < min(importChunk, len(files)) && (n == 0 || size+len(files[n].Data) <= importChunkBytes) {
			size += len(files[n].Data)
			n++
		}
		chunk := make([]articles.RawFile, n)
		copy(chunk, files)
		files = files[n:]
		return chunk, nil
	}
	return importChunks(ctx, st, total, next, nil, progress)
}

// ImportPaths imports the files named and the article files inside the
// folders named (articles.ListPaths), reading them from disk a chunk at a
// time, so an import of any size runs in the memory of a few chunks.
// source, when not empty, names the outlet of every article whose front
// matter names none. A file that cannot be read or parsed yields one error
// naming it, and the others go on. progress counts files, read or not.
func ImportPaths(ctx context.Context, st *store.Store, paths []string, source string, progress func(done, total int)) (store.ImportResult, []error) {
	if err := st.CanWrite("import"); err != nil {
		return store.ImportResult{}, []error{err}
	}
	names, listErrs := articles.ListPaths(paths)
	next := func() ([]articles.RawFile, []error) {
		var files []articles.RawFile
		var errs []error
		size := 0
		for len(names) > 0 && len(files)+len(errs) < importChunk && size < importChunkBytes {
			f, err := articles.ReadFile(names[0])
			names = names[1:]
			if err != nil {
				errs = append(errs, err)
				continue
			}
			f.Source = source
			files = append(files, f)
			size += len(f.Data)
		}
		return files, errs
	}
	var earlier []articles.RawFile
	if source != "" {
		// The outlet's stored pages, read beside the new ones, show the
		// lines it repeats on every page even when few files come.
		var err error
		if earlier, err = st.RecentSourcePages(ctx, source, earlierPages); err != nil {
			return store.ImportResult{}, append(listErrs, err)
		}
	}
	res, errs := importChunks(ctx, st, len(names), next, earlier, progress)
	return res, append(listErrs, errs...)
}

// importChunks stores the files next hands over, a chunk of at most
// importChunk at a time, until it hands over none. Files whose content
// the store already holds, or this import has met before, are not parsed
// again. Each bad file yields one error naming it and the others go on.
// New files are parsed and stored in chunks, one transaction each, and the
// events are regrouped once at the end; if the import is cut short, the
// next import (or RegroupIfPending) finishes the grouping. A failure to
// write a chunk leaves the store as it was before that chunk, stops the
// import and is returned as the last error. progress, when not nil, is
// told how many of total files are done, at the start and after each chunk
// has been stored.
func importChunks(ctx context.Context, st *store.Store, total int, next func() ([]articles.RawFile, []error), earlier []articles.RawFile, progress func(done, total int)) (store.ImportResult, []error) {
	var res store.ImportResult
	if err := st.CanWrite("import"); err != nil {
		return res, []error{err}
	}
	if progress != nil {
		progress(0, total)
	}
	var errs []error
	done := 0
	parseCtx, stop := context.WithCancel(ctx)
	defer stop() // a store failure leaves no parser waiting
	for c := range parseChunks(parseCtx, st, next, earlier) {
		errs = append(errs, c.errs...)
		if c.err != nil {
			return res, append(errs, c.err)
		}
		res.Existing += c.existing
		added, err := st.WriteBatch(ctx, c.batch)
		if err != nil {
			return res, append(errs, err)
		}
		res.Added += added.Added
		res.Existing += added.Existing
		res.Replaced += added.Replaced
		done += c.files
		if progress != nil {
			progress(min(done, total), total)
		}
	}
	if _, err := RegroupIfPending(ctx, st); err != nil {
		errs = append(errs, err)
	}
	return res, errs
}

// contentHash is the hash the store knows an article's content by.
func contentHash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// parsedChunk is one chunk of an import, parsed and fingerprinted.
type parsedChunk struct {
	batch    store.Batch
	files    int     // how many files the chunk took, read or not
	existing int     // files whose content is stored or came earlier in the import
	errs     []error // files that could not be read or parsed
	err      error   // the chunk as a whole failed; the import stops
}

// parseChunks reads, parses and fingerprints the files a chunk at a time,
// one chunk ahead of the caller, so parsing the next chunk overlaps storing
// this one (SQLite writes on one core), and the files of the chunk after
// are read meanwhile (readAhead), while memory holds three chunks at most.
// Only the content hashes of the whole import are kept, to pass
// over a file met twice.
func parseChunks(ctx context.Context, st *store.Store, next func() ([]articles.RawFile, []error), earlier []articles.RawFile) <-chan parsedChunk {
	out := make(chan parsedChunk)
	reads := readAhead(ctx, next)
	go func() {
		defer close(out)
		seen := map[[sha256.Size]byte]bool{}
		for r := range reads {
			chunk, readErrs := r.files, r.errs
			c := parsedChunk{files: len(chunk) + len(readErrs), errs: readErrs}
			fresh, existing, err := freshFiles(ctx, st, chunk, seen)
			clear(chunk) // fresh keeps what is parsed
			c.existing = existing
			if err == nil {
				arts, errs := articles.ParseBatchBeside(fresh, earlier)
				clear(fresh) // the articles keep what they need of the text
				c.errs = append(c.errs, errs...)
				c.batch, err = newBatch(arts)
			}
			c.err = err
			select {
			case out <- c:
			case <-ctx.Done():
				return
			}
			if err != nil {
				return
			}
		}
	}()
	return out
}

// readChunk is one chunk of files as next handed it over.
type readChunk struct {
	files []articles.RawFile
	errs  []error
}

// readAhead calls next on a goroutine of its own, one chunk ahead of the
// parsing, until it hands over nothing: reading a chunk's files from disk
// is done on one core, and the parsing, when it waited for it, left the
// other idle.
func readAhead(ctx context.Context, next func() ([]articles.RawFile, []error)) <-chan readChunk {
	reads := make(chan readChunk)
	go func() {
		defer close(reads)
		for {
			files, errs := next()
			if len(files) == 0 && len(errs) == 0 {
				return
			}
			select {
			case reads <- readChunk{files, errs}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return reads
}

// freshFiles keeps the files of a chunk whose content is neither stored nor
// met earlier in the import (seen, which it adds to), and counts the others.
func freshFiles(ctx context.Context, st *store.Store, files []articles.RawFile, seen map[[sha256.Size]byte]bool) ([]articles.RawFile, int, error) {
	sums := make([][sha256.Size]byte, len(files))
	hashes := make([]string, len(files))
	for i, f := range files {
		sums[i] = sha256.Sum256(f.Data)
		hashes[i] = hex.EncodeToString(sums[i][:])
	}
	stored, err := st.StoredHashes(ctx, hashes)
	if err != nil {
		return nil, 0, err
	}
	var fresh []articles.RawFile
	existing := 0
	for i, f := range files {
		if seen[sums[i]] || stored[hashes[i]] {
			existing++
			continue
		}
		seen[sums[i]] = true
		fresh = append(fresh, f)
	}
	return fresh, existing, nil
}
