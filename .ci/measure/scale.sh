#!/usr/bin/env bash
# .ci/measure/scale.sh: the rows of the performance table that grow with the
# store, end to end through the built binary, on generated files of
# realistic event sizes (articlegen.GenerateRealistic: 1 to 300 reports an
# event, about four on average, some 400 outlets, a vocabulary of 40,000
# words a language):
#
#   import10k    reader import of 10,000 files into a new store
#   import100k   reader import of 100,000 files (five folders of 20,000, one
#                command; FOLDERS=1 imports them one command a folder)
#   new10        reader import of 10 new files into the 100k store
#   rm1          reader rm -y of one article of the 100k store
#   export10k    reader export --json of the 10,000 files
#   export100k   reader export --json of the 100k store
#   compare      reader compare ID of an event of the 100k store (4-8 reports)
#   ui           the UI open on the 100k store (tmux) while reader import
#                adds the 10,000 files (ten chunks, then one regrouping):
#                the UI's CPU beside the import's
#
#   .ci/measure/scale.sh [ROW...]     (default: every row, in that order)
#
# Wall time from /usr/bin/time -v, min and median of RUNS runs (default 3;
# HEAVY_RUNS, default 1, for import100k, export100k and ui), with the median
# peak resident memory. The generated files (about 1 GB for both sizes) are
# written once per machine to $TMPDIR/reader-measure and reused; so is the
# 100k store the last import100k left (the store rows need it: they build
# it first when it is missing). Stores a row writes into are copies.
# READER=PATH measures that binary instead of building this tree.
# Needs go, sqlite3 and (for ui) tmux.
set -euo pipefail
runs=${RUNS:-3}
heavy=${HEAVY_RUNS:-1}
cd "$(dirname "$0")/../.."
cache=${TMPDIR:-/tmp}/reader-measure
mkdir -p "$cache"
work=$(mktemp -d)
trap 'tmux kill-session -t rdr-scale-ui 2>/dev/null || true; rm -rf "$work"' EXIT
rows=("$@")
[ ${#rows[@]} -gt 0 ] || rows=(import10k import100k new10 rm1 export10k export100k compare ui)

reader=${READER:-$work/reader} # READER=path measures a binary built elsewhere (before and after)
[ -n "${READER:-}" ] || go build -o "$reader" ./cmd/reader
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data

# files N: the folder of N generated files (parts of 20,000 and new/, 2,000
# more reports of the same events), written the first time.
files() {
	local dir=$cache/files-13-$1
	if [ ! -e "$dir/done" ]; then
		rm -rf "$dir"
		echo "writing $1 generated files to $dir (once)" >&2
		go run ./articles/articlegen/cmd/genfiles -seed 13 -n "$1" -extra 2000 -out "$dir" >&2
		touch "$dir/done"
	fi
	echo "$dir"
}

# timed LOG CMD...: runs CMD under /usr/bin/time -v and appends
# "wall_s peak_MB cpu_s exit" to LOG; CMD's output goes to $work/out and
# $work/err.
timed() {
	local log=$1
	shift
	local rc=0
	/usr/bin/time -v -o "$work/time" "$@" >"$work/out" 2>"$work/err" || rc=$?
	awk -v rc="$rc" -F': ' '
		/Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = 0; for (i = 1; i <= n; i++) wall = wall * 60 + p[i] }
		/Maximum resident set size/ { rss = $2 / 1024 }
		/User time/ { cpu += $2 } /System time/ { cpu += $2 }
		END { printf "%.3f %.0f %.2f %d\n", wall, rss, cpu, rc }' "$work/time" >>"$log"
	if [ "$rc" != 0 ]; then
		echo "  exit $rc: $(tail -c 300 "$work/err" | tr '\n' ' ')" >&2
	fi
}

# median COL FILE: the median of one column.
median() { awk -v c="$1" '{ print $c }' "$2" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# summary WHAT N LOG: min and median wall time, median peak memory and CPU,
# and N/median as a rate when N > 0.
summary() {
	local wmin wmed
	wmin=$(awk '{ print $1 }' "$3" | sort -n | head -1)
	wmed=$(median 1 "$3")
	awk -v what="$1" -v n="$2" -v wmin="$wmin" -v wmed="$wmed" -v mem="$(median 2 "$3")" -v cpu="$(median 3 "$3")" '
		$4 != 0 { bad++ }
		END {
			printf "%-26s min %8.2f s   median %8.2f s   peak %5d MB   cpu %7.1f s", what, wmin, wmed, mem, cpu
			if (n > 0) printf "   %7.0f articles/s", n / wmed
			if (bad) printf "   (%d runs failed)", bad
			printf "   (%d runs)\n", NR
		}' "$3"
}

# store100k: the 100k store the last import100k left, built when missing.
store100k() {
	if [ ! -e "$cache/store-100k.db" ]; then
		echo "importing 100k files to make the 100k store (once)" >&2
		import100k 1 >/dev/null
	fi
	echo "$cache/store-100k.db"
}

# fresh100k DEST: a copy of the 100k store to write into, flushed to the
# disk as a user's store is: a copy still in the page cache would have the
# measured command's first fsync write the whole copy out.
fresh100k() {
	local src
	src=$(store100k)
	sqlite3 "$src" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
	cp "$src" "$1"
	sync "$1"
}

import10k() {
	local dir log=$work/log-import10k
	dir=$(files 10000)
	for _ in $(seq "$runs"); do
		rm -f "$work/10k.db"*
		timed "$log" "$reader" --db "$work/10k.db" import "$dir/part0"
	done
	summary "import 10k files" 10000 "$log"
}

import100k() {
	local n=${1:-$heavy} dir log=$work/log-import100k
	dir=$(files 100000)
	for _ in $(seq "$n"); do
		rm -f "$work/100k.db"*
		if [ "${FOLDERS:-0}" = 1 ]; then
			: >"$work/parts"
			for p in "$dir"/part*; do
				timed "$work/parts" "$reader" --db "$work/100k.db" import "$p"
			done
			awk '{ w += $1; c += $3; if ($2 > m) m = $2; if ($4 != 0) rc = $4 } END { printf "%.3f %.0f %.2f %d\n", w, m, c, rc }' "$work/parts" >>"$log"
		else
			timed "$log" "$reader" --db "$work/100k.db" import "$dir"/part*
		fi
		sqlite3 "$work/100k.db" 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
		mv "$work/100k.db" "$cache/store-100k.db.new" && mv "$cache/store-100k.db.new" "$cache/store-100k.db"
		rm -f "$work/100k.db"*
	done
	summary "import 100k files$([ "${FOLDERS:-0}" = 1 ] && echo ' (5 cmds)')" 100000 "$log"
}

new10() {
	local dir log=$work/log-new10
	dir=$(files 100000)
	mkdir -p "$work/new10"
	find "$dir/new" -type f | sort | awk "NR <= 10" | xargs -I{} cp {} "$work/new10/"
	for _ in $(seq "$runs"); do
		fresh100k "$work/copy.db"
		timed "$log" "$reader" --db "$work/copy.db" import "$work/new10"
		rm -f "$work/copy.db"*
	done
	summary "import 10 into 100k" 0 "$log"
}

rm1() {
	local origin log=$work/log-rm1
	for _ in $(seq "$runs"); do
		fresh100k "$work/copy.db"
		origin=$(sqlite3 "$work/copy.db" "SELECT origin FROM articles WHERE origin IS NOT NULL ORDER BY id LIMIT 1 OFFSET 500")
		timed "$log" "$reader" --db "$work/copy.db" rm -y "$origin"
		rm -f "$work/copy.db"*
	done
	summary "rm one article at 100k" 0 "$log"
}

export10k() {
	local dir log=$work/log-export10k
	dir=$(files 10000)
	for _ in $(seq "$runs"); do
		timed "$log" "$reader" --db "$work/none.db" export --json "$dir/part0"
	done
	summary "export --json 10k files" 10000 "$log"
}

export100k() {
	local db log=$work/log-export100k
	db=$(store100k)
	for _ in $(seq "$heavy"); do
		timed "$log" "$reader" --db "$db" export --json
	done
	summary "export --json 100k store" 100000 "$log"
}

compare() {
	local db id log=$work/log-compare
	db=$(store100k)
	id=$(sqlite3 "$db" "SELECT event_id FROM articles WHERE event_id IS NOT NULL GROUP BY event_id
		HAVING count(*) BETWEEN 4 AND 8 ORDER BY event_id LIMIT 1")
	[ -n "$id" ] || { echo "compare: no event of 4-8 reports in the 100k store" >&2; return 1; }
	for _ in $(seq "$runs"); do
		timed "$log" "$reader" --db "$db" compare "$id"
	done
	summary "compare ID at 100k" 0 "$log"
}

# ui: the reader open on a copy of the 100k store in tmux while another
# reader imports the 10,000 files into it (ten chunks, then the
# regrouping); the UI's CPU from its first frame until 5 s after the
# import (two polls and what they read), beside the import's own CPU.
ui() {
	local dir pid t0 t1 tick
	dir=$(files 10000)
	tick=$(getconf CLK_TCK)
	for _ in $(seq "$heavy"); do
		fresh100k "$work/ui.db"
		tmux new-session -d -s rdr-scale-ui -x 120 -y 40 "exec $reader --db $work/ui.db"
		until tmux capture-pane -p -t rdr-scale-ui 2>/dev/null | grep -q '❯'; do sleep 0.05; done
		sleep 5 # the rest of the list is read behind the first frame
		pid=$(tmux list-panes -t rdr-scale-ui -F '#{pane_pid}')
		t0=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
		timed "$work/ui-import" "$reader" --db "$work/ui.db" import "$dir/part0"
		sleep 5
		t1=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
		tmux kill-session -t rdr-scale-ui
		echo "$(((t1 - t0) * 100 / tick))" >>"$work/ui-cpu" # centiseconds
		rm -f "$work/ui.db"*
	done
	awk -v ui="$(median 1 "$work/ui-cpu")" -v imp="$(median 3 "$work/ui-import")" -v n="$(wc -l <"$work/ui-cpu")" 'END {
		printf "%-26s UI cpu median %5.1f s beside the import'"'"'s %5.1f s: %2.0f%% of the CPU   (%d runs)\n", \
			"UI during 10k into 100k", ui / 100, imp, 100 * (ui / 100) / (ui / 100 + imp), n
	}' </dev/null
}

for row in "${rows[@]}"; do
	case $row in
	import10k | import100k | new10 | rm1 | export10k | export100k | compare | ui) "$row" ;;
	*) echo "unknown row $row" >&2; exit 2 ;;
	esac
done
