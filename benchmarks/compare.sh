#!/usr/bin/env bash
# Times Copydesk and the prose linters a user would otherwise pick on the same files, and prints each
# tool's wall time and its ratio to Copydesk's.
#
#   benchmarks/compare.sh [--copies N] [--runs N] [--corpus DIR] [--only tool,tool] [--slow S] [--no-build]
#
# Tools: copydesk (the launcher cli/target/copydesk/bin/copydesk --format json, with its default JVM
# options and class-data archive, default rule pack, all cores),
# textlint with textlint-rule-write-good, write-good, alex (npm) and proselint (Debian's
# python3-proselint). The peers are installed on first use into benchmarks/target/peers (or
# $COPYDESK_PEERS): npm packages with npm, the Debian packages downloaded with apt-get and unpacked
# there (no root needed, nothing installed system-wide); if the download fails and we are root, it
# falls back to apt-get install.
#
# Files: the BBC News corpus (2,225 plain-text articles, 5 MB) from ../shared/corpus, or --corpus DIR
# (every *.txt and *.md under it), copied --copies times into a temporary folder. Each tool runs once
# to warm up (file cache, JIT and module caches), then --runs times; the median wall time counts, and
# the CPU time (user + system, all threads and child processes) of that run is shown beside it. The
# timed runs go in rounds, every tool once per round, so that a host whose speed drifts over the
# minutes this takes weighs on all tools alike; a tool's ratio to Copydesk is the median of its ratios
# within each round. Copydesk is also timed on one file of the set, which is its start-up: the rest of
# its figure is linting, the JIT's warm-up included. A tool
# whose warm-up run takes longer than --slow seconds (default 300) is not run again: that one run is
# its figure (marked "1 run"; proselint on the whole BBC corpus is one). Every
# run starts cold in its own process: Copydesk's CLI keeps no result cache (its warm-up run writes the
# launcher's class-data archive, in a cache folder of this script's own, which the timed runs map: it
# holds loaded classes, not results), and proselint gets an empty cache folder each run (it memoizes
# results by text, which would otherwise turn every run after the first into a cache look-up).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PEERS=${COPYDESK_PEERS:-$ROOT/benchmarks/target/peers}
CORPUS=$ROOT/../shared/corpus/bbc-news-greene-cunningham/bbc
COPIES=1
RUNS=3
ONLY=copydesk,textlint,write-good,alex,proselint
BUILD=1
SLOW=300
while [ $# -gt 0 ]; do
  case "$1" in
    --copies) COPIES=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --corpus) CORPUS=$2; shift 2 ;;
    --only) ONLY=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --slow) SLOW=$2; shift 2 ;;
    -h|--help) sed -n '/^set -euo/q; 2,$p' "$0"; exit 0 ;;
    *) echo "compare.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -d "$CORPUS" ] || { echo "compare.sh: no corpus at $CORPUS (use --corpus DIR)" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "compare.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/copydesk-compare.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
wants() { case ",$ONLY," in *,"$1",*) return 0 ;; *) return 1 ;; esac; }

# --- Copydesk: build the launcher ----------------------------------------------------------------
LAUNCHER=$ROOT/cli/target/copydesk/bin/copydesk
if wants copydesk; then
  if [ "$BUILD" = 1 ] || [ ! -x "$LAUNCHER" ]; then
    echo "Building Copydesk (core, rules, cli)..." >&2
    (cd "$ROOT" && mvn -B -q -pl cli -am package -DskipTests)
  fi
fi

# --- Peers ----------------------------------------------------------------------------------------
NPM_DIR=$PEERS/npm
NPM_BIN=$NPM_DIR/node_modules/.bin
DEB_DIR=$PEERS/deb
PY_PATH=$DEB_DIR/usr/lib/python3/dist-packages
if wants textlint || wants write-good || wants alex; then
  if [ ! -x "$NPM_BIN/textlint" ] || [ ! -x "$NPM_BIN/write-good" ] || [ ! -x "$NPM_BIN/alex" ] \
      || [ ! -d "$NPM_DIR/node_modules/textlint-rule-write-good" ]; then
    echo "Installing textlint, textlint-rule-write-good, write-good and alex into $NPM_DIR..." >&2
    mkdir -p "$NPM_DIR"
    npm install --no-audit --no-fund --silent --prefix "$NPM_DIR" textlint textlint-rule-write-good write-good alex >&2
  fi
fi
PROSELINT=(/usr/bin/python3 -m proselint)
if wants proselint; then
  if [ ! -d "$PY_PATH/proselint" ]; then
    echo "Installing python3-proselint (Debian) into $DEB_DIR..." >&2
    mkdir -p "$DEB_DIR" "$WORK/debs"
    if (cd "$WORK/debs" && apt-get download python3-proselint python3-click python3-future python3-six >&2); then
      for d in "$WORK"/debs/*.deb; do dpkg -x "$d" "$DEB_DIR"; done
    elif [ "$(id -u)" = 0 ]; then
      apt-get update >&2 && apt-get install -y python3-proselint >&2
      PY_PATH=
    else
      echo "compare.sh: cannot get python3-proselint; skipping proselint" >&2
      ONLY=${ONLY//proselint/}
    fi
  fi
fi

# --- Files ----------------------------------------------------------------------------------------
DATA=$WORK/data
for ((k = 0; k < COPIES; k++)); do
  dest=$DATA/copy-$(printf %03d "$k")
  mkdir -p "$dest"
  (cd "$CORPUS" && find . -type f \( -name '*.txt' -o -name '*.md' \) ! -iname 'README.TXT' -print0 \
    | xargs -0 cp --parents -t "$dest")
done
find "$DATA" -type f -print0 | sort -z > "$WORK/files"
FILES=$(tr -cd '\0' < "$WORK/files" | wc -c)
BYTES=$(xargs -0 cat < "$WORK/files" | wc -c)

# --- Timing ---------------------------------------------------------------------------------------
TXT=$(grep -zc '\.txt$' "$WORK/files" || true)
MD=$(grep -zc '\.md$' "$WORK/files" || true)
GLOBS=()
[ "$TXT" -gt 0 ] && GLOBS+=("$DATA/**/*.txt")
[ "$MD" -gt 0 ] && GLOBS+=("$DATA/**/*.md")
# One script per tool, so that /usr/bin/time measures the tool and its children and nothing else.
for tool in copydesk textlint write-good alex proselint; do
  wants "$tool" || continue
  {
    echo '#!/usr/bin/env bash'
    case "$tool" in
      copydesk) printf 'export XDG_CACHE_HOME=%q\nexec %q --format json --fail-on none %q\n' "$WORK/copydesk-cache" "$LAUNCHER" "$DATA" ;;
      textlint) printf 'exec %q --rule textlint-rule-write-good --rules-base-directory %q --format json' \
                  "$NPM_BIN/textlint" "$NPM_DIR/node_modules"; printf ' %q' "${GLOBS[@]}"; echo ;;
      # write-good exits 255 when it has suggestions, which would make xargs stop after the first batch.
      write-good) printf 'exec xargs -0 sh -c %q sh < %q\n' "\"$NPM_BIN/write-good\" --parse \"\$@\"; s=\$?; [ \$s -eq 255 ] && exit 1; exit \$s" "$WORK/files" ;;
      alex) printf 'exec %q %q\n' "$NPM_BIN/alex" "$DATA" ;;
      proselint) printf 'export HOME=$(mktemp -d %q)\nexport PYTHONPATH=%q\nexec xargs -0 /usr/bin/python3 -m proselint < %q\n' \
                   "$WORK/proselint-home.XXXXXX" "$PY_PATH" "$WORK/files" ;;
    esac
  } > "$WORK/run-$tool.sh"
  chmod +x "$WORK/run-$tool.sh"
done

# Copydesk on one file of the set: what a run costs before and beside its linting (the JVM's start, the
# rules and styles loaded, the report written), to read its figure above against.
if wants copydesk; then
  printf 'export XDG_CACHE_HOME=%q\nexec %q --format json --fail-on none %q\n' "$WORK/copydesk-cache" "$LAUNCHER" \
    "$(head -z -n 1 "$WORK/files" | tr -d '\0')" > "$WORK/run-copydesk-one.sh"
  chmod +x "$WORK/run-copydesk-one.sh"
fi

time_tool() { # name -> "wall cpu exit" of one run
  /usr/bin/time -o "$WORK/time.out" -f '%e %U %S %x' "$WORK/run-$1.sh" > /dev/null 2>&1 || true
  tail -1 "$WORK/time.out" | awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }'
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

load() { cut -d' ' -f1-3 /proc/loadavg; }

printf 'Files: %d (%d copies of %s), %.2f MB\n' "$FILES" "$COPIES" "$CORPUS" "$(awk -v b="$BYTES" 'BEGIN { print b / 1e6 }')"
printf 'Machine: %d processors; load average (1, 5, 15 min) at start: %s\n' "$(nproc)" "$(load)"
printf 'Runs per tool: 1 warm-up + %d timed, in rounds (each tool once per round, in turn); median wall\n' "$RUNS"
printf 'time; × Copydesk is the median over the rounds of the tool'"'"'s time over Copydesk'"'"'s in that round\n\n'

# Rounds: every tool runs once per round, in turn, so that a machine that speeds up or slows down
# during the minutes this takes (a shared host does) weighs on every tool alike. A tool's ratio to
# Copydesk is the median of its ratios within each round.
TOOLS=()
for tool in copydesk textlint write-good alex proselint; do
  wants "$tool" && TOOLS+=("$tool")
done
declare -A WALL CPU CODE NOTE RATIO SLOWED
for tool in "${TOOLS[@]}"; do : > "$WORK/$tool.times"; done
for ((r = 0; r <= RUNS; r++)); do
  for tool in "${TOOLS[@]}"; do
    [ -n "${SLOWED[$tool]:-}" ] && continue
    if [ "$r" = 0 ]; then
      echo "warming up $tool..." >&2
      warm=$(time_tool "$tool")
      if awk -v w="${warm%% *}" -v s="$SLOW" 'BEGIN { exit !(w > s) }'; then
        echo "0 $warm" > "$WORK/$tool.times"
        NOTE[$tool]=" (1 run)"
        SLOWED[$tool]=1
      fi
    else
      echo "round $r of $RUNS: $tool..." >&2
      echo "$r $(time_tool "$tool")" >> "$WORK/$tool.times"
    fi
  done
done
for tool in "${TOOLS[@]}"; do
  WALL[$tool]=$(cut -d' ' -f2 "$WORK/$tool.times" | median)
  CPU[$tool]=$(awk -v w="${WALL[$tool]}" '$2 == w { print $3; exit }' "$WORK/$tool.times")
  [ -n "${CPU[$tool]}" ] || CPU[$tool]=$(cut -d' ' -f3 "$WORK/$tool.times" | median)
  CODE[$tool]=$(cut -d' ' -f4 "$WORK/$tool.times" | sort -u | paste -sd, -)
  if wants copydesk; then
    if [ -n "${SLOWED[$tool]:-}" ]; then
      # One run, beside Copydesk's median.
      RATIO[$tool]=$(awk -v a="${WALL[$tool]}" -v b="${WALL[copydesk]}" 'BEGIN { printf "%.1f", a / b }')
    else
      RATIO[$tool]=$(awk 'NR == FNR { c[$1] = $2; next } ($1 in c) && c[$1] > 0 { print $2 / c[$1] }' \
        "$WORK/copydesk.times" "$WORK/$tool.times" | median | awk '{ printf "%.1f", $1 }')
    fi
  fi
done

printf '%-12s %10s %10s %12s %10s %16s %s\n' tool "wall s" "CPU s" "files/s" "MB/s" "× Copydesk wall" "exit codes"
for tool in copydesk textlint write-good alex proselint; do
  wants "$tool" || continue
  w=${WALL[$tool]}
  ratio=${RATIO[$tool]:--}
  printf '%-12s %10.2f %10.2f %12.0f %10.2f %16s %s\n' "$tool" "$w" "${CPU[$tool]}" \
    "$(awk -v f="$FILES" -v w="$w" 'BEGIN { print f / w }')" "$(awk -v b="$BYTES" -v w="$w" 'BEGIN { print b / 1e6 / w }')" \
    "$ratio" "${CODE[$tool]}${NOTE[$tool]:-}"
done
if wants copydesk; then
  time_tool copydesk-one > /dev/null
  for ((r = 0; r < RUNS; r++)); do time_tool copydesk-one; done > "$WORK/copydesk-one.times"
  printf '\nCopydesk on one file of the set (start-up: the JVM, the rules and styles loaded, the report): median %.2f s\n' \
    "$(cut -d' ' -f1 "$WORK/copydesk-one.times" | median)"
fi
printf '\nLoad average at the end: %s\n' "$(load)"
printf 'Exit codes: 0 or 1 mean the tool ran (1: it reported problems); 123 is xargs saying the same of\n'
printf 'write-good and proselint (a run exited 1-125); anything else, the tool failed.\n'
