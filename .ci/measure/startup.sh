#!/usr/bin/env bash
# .ci/measure/startup.sh: the start-up rows of the performance table, end to end
# through the built binary: `reader --help`, and the first frame of a 10k
# store from exec until the list is on screen in a real terminal (tmux).
#
#   .ci/measure/startup.sh [RUNS]      (default 11 runs of each)
#
# Prints min and median of each, and tmux's own cost (a shell printing one
# line) to read the first frame against. Needs go and tmux. The 10k store is
# the generated one the benchmarks use (built once per machine, a minute or
# so, in $TMPDIR/reader-storetest); it is copied, never written.
set -euo pipefail
runs=${1:-11}
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'tmux kill-session -t rdr-ff 2>/dev/null || true; tmux kill-session -t rdr-keep 2>/dev/null || true; rm -rf "$work"' EXIT

go build -o "$work/reader" ./cmd/reader
now() { date +%s%N; }
summary() { sort -n | awk -v what="$1" '{a[NR]=$1} END {printf "%-34s min %6.1f ms   median %6.1f ms   (%d runs)\n", what, a[1]/1e6, a[int((NR+1)/2)]/1e6, NR}'; }

# reader --help: exec to exit.
for _ in $(seq "$runs"); do
	s=$(now); "$work/reader" --help >/dev/null 2>&1; e=$(now); echo $((e - s))
done | summary "reader --help"

# The 10k store, as BenchmarkFirstFrame builds it.
go test ./ui -run '^$' -bench 'FirstFrame/10k' -benchtime 1x >/dev/null
db=$(ls -t "${TMPDIR:-/tmp}"/reader-storetest/gen-*-10000-v*.db | head -1)
cp "$db" "$work/10k.db"

# First frame: exec (tmux starting the command) until the cursor's row (❯)
# is on the screen tmux keeps, polled as fast as tmux answers.
tmux new-session -d -s rdr-keep -x 80 -y 24 "sleep 100000" # the server runs before the first timing
frame() { # command
	for _ in $(seq "$runs"); do
		s=$(now)
		tmux new-session -d -s rdr-ff -x 120 -y 40 "$1"
		until tmux capture-pane -p -t rdr-ff 2>/dev/null | grep -q '❯'; do :; done
		e=$(now); echo $((e - s))
		tmux kill-session -t rdr-ff
		sleep 0.2
	done
}
frame "printf '\\342\\235\\257\\n'; sleep 60" | summary "tmux alone (one line drawn)"
frame "XDG_CONFIG_HOME=$work/config $work/reader --db $work/10k.db" | summary "first frame, 10k store, 120x40"
