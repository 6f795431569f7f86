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

// ImportFiles parses and stores raw files. Files whose content the store
// already holds are not parsed again. Each bad file yields one error naming
// it and the others go on. New files are parsed and stored in chunks, one
// transaction each, and the events are regrouped once at the end; if the
// import is cut short, the next import (or RegroupIfPending) finishes the
// grouping. A failure to write a chunk leaves the store as it was before
// that chunk, stops the import and is returned as the last error.
// progress, when not nil, is told how many files are done after each chunk
// has been stored. The text of a file is let go once its chunk is parsed,
// so a caller that keeps no other reference to files lets a large import
// run in the memory of a few chunks.
func ImportFiles(ctx context.Context, st *store.Store, files []articles.RawFile, progress func(done, total int)) (store.ImportResult, []error) {
	var res store.ImportResult
	if err := st.CanWrite("import"); err != nil {
		return res, []error{err}
	}
	total := len(files)
	fresh, existing, err := freshFiles(ctx, st, files)
	files = nil
	if err != nil {
		return res, []error{err}
	}
	res.Existing = existing
	if progress != nil {
		progress(res.Existing, total)
	}
	var errs []error
	done := res.Existing
	parseCtx, stop := context.WithCancel(ctx)
	defer stop() // a store failure leaves no parser waiting
	for c := range parseChunks(parseCtx, fresh) {
		errs = append(errs, c.errs...)
		if c.err != nil {
			return res, append(errs, c.err)
		}
		added, err := st.WriteBatch(ctx, c.batch)
		if err != nil {
			return res, append(errs, err)
		}
		res.Added += added.Added
		res.Existing += added.Existing
		res.Replaced += added.Replaced
		done += c.files
		if progress != nil {
			progress(done, total)
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

// freshFiles keeps the files whose content is neither stored nor repeated
// earlier in the list, and counts the others.
func freshFiles(ctx context.Context, st *store.Store, files []articles.RawFile) ([]articles.RawFile, int, error) {
	hashes := make([]string, len(files))
	for i, f := range files {
		hashes[i] = contentHash(f.Data)
	}
	stored, err := st.StoredHashes(ctx, hashes)
	if err != nil {
		return nil, 0, err
	}
	var fresh []articles.RawFile
	existing := 0
	seen := make(map[string]bool, len(files))
	for i, f := range files {
		if seen[hashes[i]] || stored[hashes[i]] {
			existing++
			continue
		}
		seen[hashes[i]] = true
		fresh = append(fresh, f)
	}
	return fresh, existing, nil
}

// parsedChunk is one chunk of an import, parsed and fingerprinted.
type parsedChunk struct {
	batch store.Batch
	files int     // how many files the chunk took
	errs  []error // files that could not be parsed
	err   error   // the chunk as a whole failed; the import stops
}

// parseChunks parses and fingerprints the files a chunk at a time, one
// chunk ahead of the caller, so parsing the next chunk overlaps storing
// this one (SQLite writes on one core) while memory holds two chunks at most.
func parseChunks(ctx context.Context, files []articles.RawFile) <-chan parsedChunk {
	out := make(chan parsedChunk)
	go func() {
		defer close(out)
		for start := 0; start < len(files); start += importChunk {
			chunk := files[start:min(len(files), start+importChunk)]
			arts, errs := articles.ParseBatch(chunk)
			n := len(chunk)
			clear(chunk) // the articles keep what they need of the text
			batch, err := newBatch(arts)
			select {
			case out <- parsedChunk{batch: batch, files: n, errs: errs, err: err}:
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
