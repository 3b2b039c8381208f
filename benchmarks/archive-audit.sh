#!/usr/bin/env bash
# Audits a CMS archive export of N articles (1,000,000 by default) with the example archive audit
# (examples/src/main/java/dev/copydesk/examples/ArchiveAudit.java) and prints its summary: articles per
# second and the peak heap, in a heap capped at --heap (256m by default) to show that the audit's memory
# does not grow with the archive.
#
#   benchmarks/archive-audit.sh [--articles N] [--heap SIZE] [--threads N] [--corpus DIR] [--no-build]
#
# The export is JSON Lines, one row per article ({"id", "format": "text", "title", "body"}), BBC News
# articles copied round-robin under distinct ids; it is written once, under
# benchmarks/target/archive/, and reused while it exists. Copydesk is built from this checkout (Maven
# reactor, nothing installed) unless --no-build is given.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CORPUS=$ROOT/../shared/corpus/bbc-news-greene-cunningham/bbc
ARTICLES=1000000
HEAP=256m
THREADS=
BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) ARTICLES=$2; shift 2 ;;
    --heap) HEAP=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --corpus) CORPUS=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
    *) echo "archive-audit.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -d "$CORPUS" ] || { echo "archive-audit.sh: no corpus at $CORPUS (use --corpus DIR)" >&2; exit 2; }

OUT=$ROOT/benchmarks/target/archive
mkdir -p "$OUT"
EXPORT=$OUT/bbc-$ARTICLES.jsonl
CLASSPATH_FILE=$OUT/classpath.txt

if [ ! -s "$EXPORT" ]; then
  echo "Writing $EXPORT ..." >&2
  python3 - "$CORPUS" "$ARTICLES" "$EXPORT.tmp" <<'EOF'
import json, os, sys
corpus, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(corpus) for f in fs
               if f.endswith('.txt') and f.upper() != 'README.TXT')
texts = []
for p in paths:
    raw = open(p, 'rb').read()
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError:
        text = raw.decode('cp1252')
    texts.append((os.path.relpath(p, corpus)[:-4], text))
with open(out, 'w', encoding='utf-8') as f:
    for i in range(n):
        slug, text = texts[i % len(texts)]
        title = text.split('\n', 1)[0]
        f.write(json.dumps({'id': f'archive/{i // len(texts)}/{slug}', 'format': 'text', 'title': title,
                            'body': text}, ensure_ascii=False))
        f.write('\n')
EOF
  mv "$EXPORT.tmp" "$EXPORT"
fi

if [ "$BUILD" = 1 ] || [ ! -s "$CLASSPATH_FILE" ]; then
  (cd "$ROOT" && mvn -B -q -pl examples -am package dependency:build-classpath -DskipTests -Dinvoker.skip=true \
    -Dmdep.outputFile="$CLASSPATH_FILE" >&2)
fi
CP=$ROOT/examples/target/classes:$(cat "$CLASSPATH_FILE")

echo "Export: $EXPORT ($(du -h "$EXPORT" | cut -f1)); heap at most $HEAP; $(nproc) processors; load average $(cut -d' ' -f1 /proc/loadavg)" >&2
java -Xmx"$HEAP" -cp "$CP" dev.copydesk.examples.ArchiveAudit ${THREADS:+--threads "$THREADS"} --top 5 "$EXPORT"
