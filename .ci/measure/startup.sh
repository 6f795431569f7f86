#!/usr/bin/env bash
# .ci/measure/startup.sh: the start-up rows of the performance table, end to end
# through the built binary: `reader --help`, and the first frame of a 10k
# store from exec until the list is on screen in a real terminal (tmux).
#
#   .ci/measure/startup.sh [RUNS [REV]]   (default 11 runs of each)
#
# Prints min and median of each, and tmux's own cost (a shell printing one
# line) to read the first frame against. With REV (a git revision), the
# reader built from REV is timed too, each of its runs right after one of
# the work tree's: on a shared machine the load moves within a minute, so
# only runs taken side by side compare. Needs go, tmux 3.2 or later and
# bash 5. The 10k store is the generated one the benchmarks use (built once
# per machine, a minute or so, in $TMPDIR/reader-storetest); it is copied,
# never written.
#
# `reader --help` is timed with bash's time keyword: wall time, and the
# CPU time (user and system) the process used, which the machine's load
# moves far less.
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
rev=${2:-}
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
sock="reader-measure-$$" # a tmux server of our own, not the user's
tm() { tmux -L "$sock" "$@"; }
trap 'tm kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

go build -o "$work/reader" ./cmd/reader
names=(tree)
bins=("$work/reader")
if [ -n "$rev" ]; then
	mkdir "$work/rev"
	git archive "$rev" | tar -x -C "$work/rev"
	(cd "$work/rev" && go build -o "$work/reader-rev" ./cmd/reader)
	names+=("$rev")
	bins+=("$work/reader-rev")
fi
now() { echo "${EPOCHREALTIME/./}"; } # microseconds, without starting a process

# summary prints min and median of each build's lines "NAME VALUE" (µs).
summary() { # what
	local lines
	lines=$(cat)
	for name in "${names[@]}"; do
		awk -v name="$name" '$1 == name {print $2}' <<<"$lines" | sort -n |
			awk -v what="$1" -v name="$name" '{a[NR]=$1} END {if (NR) printf "%-40s %-8.8s min %6.1f ms   median %6.1f ms   (%d runs)\n", what, name, a[1]/1e3, a[int((NR+1)/2)]/1e3, NR}'
	done
}

# reader --help: exec to exit, and the CPU time it used.
TIMEFORMAT='%3R %3U %3S'
for _ in $(seq "$runs"); do
	for i in "${!bins[@]}"; do
		t=$({ time "${bins[$i]}" --help >/dev/null 2>&1; } 2>&1)
		read -r real user sys <<<"$t"
		echo "${names[$i]} $real $user $sys"
	done
done >"$work/help"
awk '{printf "%s %d\n", $1, $2*1e6}' "$work/help" | summary "reader --help"
awk '{printf "%s %d\n", $1, ($3+$4)*1e6}' "$work/help" | summary "reader --help, CPU time"

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
piped() { # NAME COMMAND: one run, the command run by the pane's shell
	mkfifo "$work/go" "$work/out"
	tm new-session -d -s ff -x 120 -y 40 -e "XDG_CONFIG_HOME=$work/config" "read -r _ <'$work/go'; $2"
	LC_ALL=C grep -q -m1 $'\xe2\x9d\xaf' <>"$work/out" &
	seen=$!
	tm pipe-pane -O -t ff "exec cat >'$work/out'"
	exec 7>"$work/go"
	sleep 0.3 # the session settles; nothing runs while timing but the command
	s=$(now)
	echo >&7
	exec 7>&-
	wait "$seen"
	e=$(now)
	echo "$1 $((e - s))"
	sleep 0.3
	tm kill-session -t ff
	rm -f "$work/go" "$work/out"
}
for _ in $(seq "$runs"); do
	piped "${names[0]}" "printf '\\342\\235\\257\\n'; exec sleep 60"
done | summary "tmux alone, exec to one line"
for _ in $(seq "$runs"); do
	for i in "${!bins[@]}"; do
		piped "${names[$i]}" "exec ${bins[$i]} --db $work/10k.db"
	done
done | summary "first frame, 10k, 120x40, exec to list"

# The earlier method: new session → list on the screen, polled.
polled() { # NAME COMMAND
	s=$(now)
	tm new-session -d -s ff -x 120 -y 40 "$2"
	until tm capture-pane -p -t ff 2>/dev/null | grep -q '❯'; do :; done
	e=$(now)
	echo "$1 $((e - s))"
	tm kill-session -t ff
	sleep 0.2
}
for _ in $(seq "$runs"); do
	polled "${names[0]}" "printf '\\342\\235\\257\\n'; sleep 60"
done | summary "polled: tmux alone (one line drawn)"
for _ in $(seq "$runs"); do
	for i in "${!bins[@]}"; do
		polled "${names[$i]}" "XDG_CONFIG_HOME=$work/config ${bins[$i]} --db $work/10k.db"
	done
done | summary "polled: first frame, 10k store, 120x40"
