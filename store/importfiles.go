package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"reader/articles"
)

// ImportFiles parses and stores raw files. Files whose content the store
// already holds are not parsed again. Each bad file yields one error naming
// it and the others go on; the store write itself is one transaction, so a
// failure there leaves the store as it was and is returned as the last error.
// progress, when not nil, is told how many files are done.
func (s *Store) ImportFiles(ctx context.Context, files []articles.RawFile, progress func(done, total int)) (ImportResult, []error) {
	var res ImportResult
	var fresh []articles.RawFile
	seen := map[string]bool{}
	for _, f := range files {
		sum := sha256.Sum256(f.Data)
		hash := hex.EncodeToString(sum[:])
		if seen[hash] {
			res.Existing++
			continue
		}
		seen[hash] = true
		known, err := s.Has(ctx, hash)
		if err != nil {
			return res, []error{fmt.Errorf("import %s: %w", f.Name, err)}
		}
		if known {
			res.Existing++
			continue
		}
		fresh = append(fresh, f)
	}
	if progress != nil {
		progress(res.Existing, len(files))
	}
	arts, errs := articles.ParseBatch(fresh)
	if progress != nil {
		progress(len(files), len(files))
	}
	if len(arts) == 0 {
		return res, errs
	}
	added, err := s.Import(ctx, arts)
	if err != nil {
		return res, append(errs, err)
	}
	res.Added = added.Added
	res.Existing += added.Existing
	return res, errs
}
