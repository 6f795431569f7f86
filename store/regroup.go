package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// oweRegroup records, inside a writer's transaction, that the events must
// be regrouped. Each write leaves a new token, so a regrouping worked out
// before it can tell that it no longer covers the store.
func oweRegroup(ctx context.Context, tx *sql.Tx) error {
	return owe(ctx, tx, false)
}

// oweFullRegroup is oweRegroup after articles were removed: their tokens
// are in the token index, so the next grouping regroups in full and
// rebuilds it.
func oweFullRegroup(ctx context.Context, tx *sql.Tx) error {
	return owe(ctx, tx, true)
}

func owe(ctx context.Context, tx *sql.Tx, full bool) error {
	if full {
		if err := staleIndex(ctx, tx); err != nil {
			return err
		}
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO state (key, value) VALUES ('regroup', lower(hex(randomblob(8))))
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`)
	return err
}

// regroupPlanned, when set by a test, runs between working out a
// regrouping and writing it.
var regroupPlanned func()

// regroupAttempts is how many times a regrouping is worked out outside the
// write lock before one is done holding it, so it always ends.
const regroupAttempts = 3

// RegroupIfPending regroups the events, with groupers newGrouper makes,
// when articles were stored without being grouped (an import that was cut
// short, a refresh, a removal), and says whether it did. The grouping is worked out from a read snapshot,
// without the write lock, so other writers (an import in another process)
// are not held up for the seconds a large store takes; the write lock is
// taken only to write what changed, after checking that nothing was
// written meanwhile (else it starts again).
func (s *Store) RegroupIfPending(ctx context.Context, newGrouper NewGrouper) (bool, error) {
	if s.readOnly {
		return false, nil // the events stay as they were last grouped
	}
	for attempt := 1; ; attempt++ {
		token, err := s.regroupToken(ctx, s.db)
		if err != nil || token == "" {
			return false, err
		}
		if attempt == 1 {
			if done, err := s.groupPending(ctx, newGrouper); err != nil || done {
				return done, err
			}
		}
		var plan regroupPlan
		if attempt < regroupAttempts {
			if plan, err = s.planSnapshot(ctx, newGrouper); err != nil {
				return false, err
			}
			if regroupPlanned != nil {
				regroupPlanned()
			}
		}
		done, err := s.applyRegroup(ctx, token, plan, newGrouper, attempt >= regroupAttempts)
		if err != nil || done {
			return done, err
		}
	}
}

// RegroupAll regroups every stored article in full and rebuilds the token
// index that imports group new articles with: the maintenance a user can
// ask for (reader regroup), which a store also does by itself once after
// its grouping method changes.
func (s *Store) RegroupAll(ctx context.Context, newGrouper NewGrouper) error {
	if err := s.CanWrite("regroup"); err != nil {
		return err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return s.writeError("regroup", err)
	}
	defer tx.Rollback()
	if err := oweFullRegroup(ctx, tx); err != nil {
		return s.writeError("regroup", err)
	}
	if err := tx.Commit(); err != nil {
		return s.writeError("regroup", err)
	}
	_, err = s.RegroupIfPending(ctx, newGrouper)
	return err
}

// groupPending groups the articles stored since the last grouping among
// their neighbours, holding the write lock for the short time it takes;
// done is false when only a full regrouping will do.
func (s *Store) groupPending(ctx context.Context, newGrouper NewGrouper) (done bool, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, s.writeError("group events", err)
	}
	defer tx.Rollback()
	if token, err := s.regroupToken(ctx, tx); err != nil || token == "" {
		return false, err
	}
	if done, err = groupIncrementally(ctx, tx, newGrouper); err != nil || !done {
		return false, err
	}
	if err := tx.Commit(); err != nil {
		return false, s.writeError("group events", err)
	}
	return true, nil
}

// regroupToken is the token of the regrouping owed, or "" when none is.
func (s *Store) regroupToken(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (string, error) {
	var token string
	err := q.QueryRowContext(ctx, `SELECT value FROM state WHERE key = 'regroup'`).Scan(&token)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("group events: %w", err)
	}
	return token, nil
}

// planSnapshot works out a regrouping inside a read transaction, which
// sees one state of the store and takes no write lock.
func (s *Store) planSnapshot(ctx context.Context, newGrouper NewGrouper) (regroupPlan, error) {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return regroupPlan{}, fmt.Errorf("group events: %w", err)
	}
	defer tx.Rollback()
	plan, err := planRegroup(ctx, tx, newGrouper)
	if err != nil {
		return regroupPlan{}, fmt.Errorf("group events: %w", err)
	}
	return plan, nil
}

// applyRegroup writes a plan if the store is as it was planned from (the
// token unchanged); underLock works the grouping out inside the write
// transaction instead. done is false when the plan is out of date.
func (s *Store) applyRegroup(ctx context.Context, token string, plan regroupPlan, newGrouper NewGrouper, underLock bool) (done bool, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, s.writeError("group events", err)
	}
	defer tx.Rollback()
	now, err := s.regroupToken(ctx, tx)
	if err != nil || now == "" {
		return false, err // another process regrouped meanwhile
	}
	if underLock {
		if plan, err = planRegroup(ctx, tx, newGrouper); err != nil {
			return false, fmt.Errorf("group events: %w", err)
		}
	} else if now != token {
		return false, nil
	}
	if err := plan.apply(ctx, tx); err != nil {
		return false, s.writeError("group events", err)
	}
	if err := tx.Commit(); err != nil {
		return false, s.writeError("group events", err)
	}
	return true, nil
}
