package ingest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"reader/store"
)

// TestHelperImportForever is not a test: the SIGKILL test runs the test
// binary again with READER_CRASH_DB set, and this imports until killed.
func TestHelperImportForever(t *testing.T) {
	path := os.Getenv("READER_CRASH_DB")
	if path == "" {
		t.Skip("helper process only")
	}
	s, err := store.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	for batch := 0; ; batch++ {
		if _, err := Import(context.Background(), s, batchArticles(batch, 50)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		fmt.Println("batch", batch)
	}
}

func TestSIGKILLDuringImportLeavesConsistentStore(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns a child process")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	for round := 0; round < 3; round++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperImportForever$")
		cmd.Env = append(os.Environ(), "READER_CRASH_DB="+path)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Wait until the child has committed at least one batch, then kill it
		// at a moment that is almost surely inside a transaction.
		buf := make([]byte, 64)
		if _, err := out.Read(buf); err != nil {
			t.Fatalf("child: %v", err)
		}
		time.Sleep(time.Duration(20+round*15) * time.Millisecond)
		cmd.Process.Kill()
		cmd.Wait()

		s := reopenChecked(t, path)
		// Each batch is all or nothing: count articles per batch.
		sums, err := s.Summaries(context.Background(), store.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		perBatch := map[string]int{}
		for _, sum := range sums {
			perBatch[strings.SplitN(sum.File, "-", 2)[0]]++
		}
		if len(perBatch) == 0 {
			t.Fatal("no batch survived although the child reported one committed")
		}
		for b, n := range perBatch {
			if n != 50 {
				t.Fatalf("round %d: %s has %d of 50 articles: a torn import", round, b, n)
			}
		}
		s.Close()
	}
}
