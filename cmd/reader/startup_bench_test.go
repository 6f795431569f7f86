package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkStartup runs the built reader as a user does, from exec to exit:
// `reader --help` is the cost of starting the process (the runtime and every
// package's initialisation), which comes before anything the reader draws.
// It reports the CPU time (user and system) of each run beside the wall time.
func BenchmarkStartup(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "reader")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		b.Fatalf("build: %v", err)
	}
	for _, args := range [][]string{{"--help"}, {"--version"}} {
		b.Run(args[0][2:], func(b *testing.B) {
			var cpu time.Duration
			for i := 0; i < b.N; i++ {
				cmd := exec.Command(bin, args...)
				if err := cmd.Run(); err != nil {
					b.Fatal(err)
				}
				cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
			}
			b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}
