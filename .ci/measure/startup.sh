#!/usr/bin/env bash
# .ci/measure/startup.sh: the start-up rows of the performance table, end to end
# through the built binary: `reader --help`, and the first frame of a 10k
# store from exec until the list is on screen in a real terminal (tmux).
#
#   .ci/measure/startup.sh [RUNS]      (default 11 runs of each)
#
# Prints min and median of each, and tmux's own cost (a shell printing one
# line) to read the first frame against. Needs go, tmux 3.2 or later and
# bash 5. The 10k store is the generated one the benchmarks use
# (built once per machine, a minute or so, in $TMPDIR/reader-storetest); it
# is copied, never written.
#
# Two ways of timing the first frame are printed:
#   - "exec to list": the command is started in a tmux pane that already
#     exists, and the time runs from its exec until the list's cursor (❯)
#     passes through tmux (pipe-pane), waited for without polling. This is
#     the reader's own cost in a real terminal; "tmux alone, exec to one
#     line" is the same for a shell printing ❯ (tmux and the fifos).
#   - "polled": the earlier method, kept to compare with older figures:
#     from `tmux new-session` until capture-pane shows the cursor, polled
#     as fast as tmux answers. It adds tmux starting a session (the polled
#     "tmux alone" row), and the polling keeps a core busy with tmux
#     clients while the reader starts, which on two cores slows the reader.
# The timings read the clock from $EPOCHREALTIME, so no process is started
# to read it, and run on a tmux server of their own.
set -euo pipefail
runs=${1:-11}
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
sock="reader-measure-$$" # a tmux server of our own, not the user's
tm() { tmux -L "$sock" "$@"; }
trap 'tm kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

go build -o "$work/reader" ./cmd/reader
now() { echo "${EPOCHREALTIME/./}"; } # microseconds, without starting a process
summary() { sort -n | awk -v what="$1" '{a[NR]=$1} END {printf "%-44s min %6.1f ms   median %6.1f ms   (%d runs)\n", what, a[1]/1e3, a[int((NR+1)/2)]/1e3, NR}'; }

# reader --help: exec to exit.
for _ in $(seq "$runs"); do
	s=$(now)
	"$work/reader" --help >/dev/null 2>&1
	e=$(now)
	echo $((e - s))
done | summary "reader --help"

# The 10k store, as BenchmarkFirstFrame builds it.
go test ./ui -run '^$' -bench 'FirstFrame/10k' -benchtime 1x >/dev/null
db=$(ls -t "${TMPDIR:-/tmp}"/reader-storetest/gen-*-10000-v*.db | head -1)
cp "$db" "$work/10k.db"

tm new-session -d -s keep -x 80 -y 24 "sleep 100000" # the server runs before the first timing

# exec → list in the pane's output: the pane's shell waits on a fifo
# (go), the pane's output goes through pipe-pane into another (out), and a
# grep already waiting on that one ends at the first ❯. out is opened for
# reading and writing so that neither grep nor pipe-pane's cat waits to
# open it: only the command runs between the two readings of the clock.
piped() { # command, run with exec in the pane's shell
	for i in $(seq "$runs"); do
		mkfifo "$work/go$i" "$work/out$i"
		tm new-session -d -s "ff$i" -x 120 -y 40 -e "XDG_CONFIG_HOME=$work/config" "read -r _ <'$work/go$i'; $1"
		LC_ALL=C grep -q -m1 $'\xe2\x9d\xaf' <>"$work/out$i" &
		seen=$!
		tm pipe-pane -O -t "ff$i" "exec cat >'$work/out$i'"
		exec 7>"$work/go$i"
		sleep 0.3 # the session settles; nothing runs while timing but the command
		s=$(now)
		echo >&7
		exec 7>&-
		wait "$seen"
		e=$(now)
		echo $((e - s))
		sleep 0.3
		tm kill-session -t "ff$i"
		rm -f "$work/go$i" "$work/out$i"
	done
}
piped "printf '\\342\\235\\257\\n'; exec sleep 60" | summary "tmux alone, exec to one line"
piped "exec $work/reader --db $work/10k.db" | summary "first frame, 10k, 120x40, exec to list"

# The earlier method: new session → list on the screen, polled.
polled() { # command
	for _ in $(seq "$runs"); do
		s=$(now)
		tm new-session -d -s ff -x 120 -y 40 "$1"
		until tm capture-pane -p -t ff 2>/dev/null | grep -q '❯'; do :; done
		e=$(now)
		echo $((e - s))
		tm kill-session -t ff
		sleep 0.2
	done
}
polled "printf '\\342\\235\\257\\n'; sleep 60" | summary "polled: tmux alone (one line drawn)"
polled "XDG_CONFIG_HOME=$work/config $work/reader --db $work/10k.db" | summary "polled: first frame, 10k store, 120x40"
