package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"reader/articles"
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
func (s *Store) ImportFiles(ctx context.Context, files []articles.RawFile, progress func(done, total int)) (ImportResult, []error) {
	var res ImportResult
	if err := s.canWrite("import"); err != nil {
		return res, []error{err}
	}
	total := len(files)
	fresh, existing, err := s.freshFiles(ctx, files)
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
		added, err := s.storeChunk(ctx, c.arts, c.fps)
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
	if _, err := s.RegroupIfPending(ctx); err != nil {
		errs = append(errs, err)
	}
	return res, errs
}

// freshFiles keeps the files whose content is neither stored nor repeated
// earlier in the list, and counts the others.
func (s *Store) freshFiles(ctx context.Context, files []articles.RawFile) ([]articles.RawFile, int, error) {
	hashes := make([]string, len(files))
	for i, f := range files {
		sum := sha256.Sum256(f.Data)
		hashes[i] = hex.EncodeToString(sum[:])
	}
	stored, err := s.storedHashes(ctx, hashes)
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

// storedHashes says which of the hashes the store holds, asking in batches
// rather than once a file.
func (s *Store) storedHashes(ctx context.Context, hashes []string) (map[string]bool, error) {
	const batch = 500 // well under SQLite's limit on bound parameters
	stored := map[string]bool{}
	for start := 0; start < len(hashes); start += batch {
		part := hashes[start:min(len(hashes), start+batch)]
		args := make([]any, len(part))
		for i, h := range part {
			args[i] = h
		}
		q := `SELECT hash FROM articles WHERE hash IN (?` + strings.Repeat(`, ?`, len(part)-1) + `)`
		rows, err := s.db.QueryContext(ctx, q, args...)
		if err != nil {
			return nil, fmt.Errorf("look up stored articles: %w", err)
		}
		for rows.Next() {
			var h string
			if err := rows.Scan(&h); err != nil {
				rows.Close()
				return nil, fmt.Errorf("look up stored articles: %w", err)
			}
			stored[h] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("look up stored articles: %w", err)
		}
	}
	return stored, nil
}

// parsedChunk is one chunk of an import, parsed and fingerprinted.
type parsedChunk struct {
	arts  []articles.Article
	fps   []string
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
			fps, err := encodeFingerprints(arts)
			select {
			case out <- parsedChunk{arts: arts, fps: fps, files: n, errs: errs, err: err}:
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

// storeChunk writes one chunk of articles in a transaction that also
// records that the events need regrouping.
func (s *Store) storeChunk(ctx context.Context, arts []articles.Article, fps []string) (ImportResult, error) {
	if len(arts) == 0 {
		return ImportResult{}, nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return ImportResult{}, fmt.Errorf("import: %w", err)
	}
	defer tx.Rollback()
	res, err := insertArticles(ctx, tx, arts, fps)
	if err != nil {
		return ImportResult{}, err
	}
	if res.Added+res.Replaced > 0 {
		if err := oweRegroup(ctx, tx); err != nil {
			return ImportResult{}, fmt.Errorf("import: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return ImportResult{}, fmt.Errorf("import: %w", err)
	}
	return res, nil
}
