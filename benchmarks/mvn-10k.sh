#!/usr/bin/env bash
# Times `mvn verify` with the Copydesk plugin on a generated content repository of N articles (BBC News
# written as Markdown with front matter, copied round-robin; 10,000 by default), three ways:
#   empty   the same project with an empty content folder: Maven, the plugin and the rules loading;
#   cold    every article, target/ deleted first (no result cache);
#   again   every article again with nothing changed (target/ kept: the result cache, if the plugin
#           uses one, is warm).
# The target is again <= 1.5 x empty.
#
#   benchmarks/mvn-10k.sh [--articles N] [--runs N] [--corpus DIR] [--jvm-config OPTIONS] [--keep]
#
# Copydesk (parent, core, rules, maven-plugin) is built from this checkout and installed into a local
# repository of the script's own, under a temporary folder, so that the user's ~/.m2 is read (as a
# remote) but never written. The three ways take turns, a round of warm-up then --runs rounds (3 by
# default), so that each meets about the same load from the rest of the machine. Printed: median wall
# and CPU time (user + system, all threads: steadier than wall time on a shared machine), peak resident
# memory of Maven's JVM, and again / empty taken within each round. --jvm-config writes OPTIONS to both
# projects' .mvn/jvm.config, the options Maven's JVM starts with, as a content repository would set them
# (for example "-XX:TieredStopAtLevel=1", which the README recommends). --keep leaves the folder (printed)
# for a look at the reports.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CORPUS=$ROOT/../shared/corpus/bbc-news-greene-cunningham/bbc
ARTICLES=10000
RUNS=3
KEEP=0
JVM_CONFIG=
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) ARTICLES=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --corpus) CORPUS=$2; shift 2 ;;
    --jvm-config) JVM_CONFIG=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
    *) echo "mvn-10k.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
[ -d "$CORPUS" ] || { echo "mvn-10k.sh: no corpus at $CORPUS (use --corpus DIR)" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/copydesk-mvn10k.XXXXXX")
if [ "$KEEP" = 1 ]; then echo "Working folder: $WORK" >&2; else trap 'rm -rf "$WORK"' EXIT; fi
LOCAL=$WORK/m2
SETTINGS=$WORK/settings.xml
VERSION=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$ROOT/pom.xml" | head -1)

# The user's repository serves as a read-only remote for what was downloaded already; Central for the rest.
cat > "$SETTINGS" <<EOF
<settings>
  <profiles>
    <profile>
      <id>bench</id>
      <activation><activeByDefault>true</activeByDefault></activation>
      <repositories>
        <repository><id>user.local</id><url>file://$HOME/.m2/repository</url>
          <snapshots><enabled>false</enabled></snapshots></repository>
      </repositories>
      <pluginRepositories>
        <pluginRepository><id>user.local</id><url>file://$HOME/.m2/repository</url>
          <snapshots><enabled>false</enabled></snapshots></pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
</settings>
EOF
MVN=(mvn -B -s "$SETTINGS" -Dmaven.repo.local="$LOCAL")

echo "Building and installing Copydesk $VERSION into $LOCAL..." >&2
(cd "$ROOT" && "${MVN[@]}" -q -pl maven-plugin -am install -DskipTests -Dinvoker.skip=true >&2)

# --- The content repository -------------------------------------------------------------------------
pom() { # artifactId
  cat <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>$1</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <build>
    <plugins>
      <plugin>
        <groupId>dev.copydesk</groupId>
        <artifactId>copydesk-maven-plugin</artifactId>
        <version>$VERSION</version>
        <executions>
          <execution>
            <goals><goal>check</goal></goals>
          </execution>
        </executions>
        <configuration>
          <!-- Measure, never fail: BBC copy has findings. -->
          <failOnSeverity>none</failOnSeverity>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
EOF
}
mkdir -p "$WORK/newsroom/content" "$WORK/empty/content"
pom newsroom > "$WORK/newsroom/pom.xml"
pom empty > "$WORK/empty/pom.xml"
if [ -n "$JVM_CONFIG" ]; then
  for project in newsroom empty; do mkdir -p "$WORK/$project/.mvn"; echo "$JVM_CONFIG" > "$WORK/$project/.mvn/jvm.config"; done
fi
find "$CORPUS" -type f -name '*.txt' ! -iname 'README.TXT' | sort > "$WORK/sources"
SOURCES=$(wc -l < "$WORK/sources")
[ "$SOURCES" -gt 0 ] || { echo "mvn-10k.sh: no .txt articles under $CORPUS" >&2; exit 2; }
# Each article as Markdown: the headline becomes the front matter title, the rest stays as paragraphs.
awk -v n="$ARTICLES" -v corpus="$CORPUS/" -v out="$WORK/newsroom/content/" '
  { src[NR] = $0 }
  END { for (i = 0; i < n; i++) {
          s = src[i % NR + 1]; rel = substr(s, length(corpus) + 1); sub(/\.txt$/, ".md", rel)
          printf "%s\t%scopy-%03d/%s\n", s, out, int(i / NR), rel } }' "$WORK/sources" > "$WORK/list"
cut -f2 "$WORK/list" | xargs -n 200 dirname | sort -u | xargs mkdir -p
awk -F'\t' '
  { src = $1; dst = $2; first = 1
    while ((getline line < src) > 0) {
      if (first) { gsub(/\\/, "\\\\", line); gsub(/"/, "\\\"", line); print "---\ntitle: \"" line "\"\n---" > dst; first = 0 }
      else print line > dst
    }
    close(src); close(dst) }' "$WORK/list"
BYTES=$(find "$WORK/newsroom/content" -type f -name '*.md' -print0 | xargs -0 cat | wc -c)

# --- Timing -----------------------------------------------------------------------------------------
run() { # project, then extra Maven arguments; prints "wall peak-rss-KiB exit cpu"
  local project=$1
  shift
  /usr/bin/time -o "$WORK/time.out" -f '%e %M %x %U %S' "${MVN[@]}" -o -f "$WORK/$project/pom.xml" "$@" verify \
    > "$WORK/$project.log" 2>&1 || true
  tail -1 "$WORK/time.out" | awk '{ printf "%s %s %s %.2f\n", $1, $2, $3, $4 + $5 }'
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "Resolving the build's plugins once..." >&2
(cd "$WORK/empty" && "${MVN[@]}" -q verify > "$WORK/resolve.log" 2>&1) || { cat "$WORK/resolve.log" >&2; exit 1; }

printf 'Articles: %d (BBC News as Markdown, %d copies of %d), %.2f MB\n' "$ARTICLES" \
  $(( (ARTICLES + SOURCES - 1) / SOURCES )) "$SOURCES" "$(awk -v b="$BYTES" 'BEGIN { print b / 1e6 }')"
printf 'Machine: %d processors; load average (1, 5, 15 min) at start: %s\n' "$(nproc)" "$(load)"
printf 'Maven: %s; MAVEN_OPTS=%s; .mvn/jvm.config: %s\n' "$(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')" \
  "${MAVEN_OPTS:-}" "${JVM_CONFIG:-none}"
printf 'Rounds: 1 warm-up + %d timed, the three ways taking turns in each\n\n' "$RUNS"

declare -A WALL RSS CPU
for way in empty cold again; do : > "$WORK/$way.times"; done
: > "$WORK/paired.times"
for ((r = 0; r <= RUNS; r++)); do
  echo "round $r of $RUNS$( [ "$r" = 0 ] && echo ' (warm-up)')..." >&2
  for way in empty cold again; do
    case "$way" in
      empty) line=$(run empty) ;;
      cold) rm -rf "$WORK/newsroom/target"; line=$(run newsroom) ;;
      again) line=$(run newsroom) ;;
    esac
    [ "$(echo "$line" | cut -d' ' -f3)" = 0 ] || { echo "mvn-10k.sh: the $way build failed; its log:" >&2; tail -40 "$WORK/$( [ $way = empty ] && echo empty || echo newsroom ).log" >&2; exit 1; }
    [ "$r" -gt 0 ] && echo "$line" >> "$WORK/$way.times"
    eval "line_$way=\$line"
  done
  [ "$r" -gt 0 ] && echo "$line_empty $line_again" | awk '{ printf "%.4f %.4f\n", $5 / $1, $8 / $4 }' >> "$WORK/paired.times"
done
for way in empty cold again; do
  WALL[$way]=$(cut -d' ' -f1 "$WORK/$way.times" | median)
  RSS[$way]=$(cut -d' ' -f2 "$WORK/$way.times" | median)
  CPU[$way]=$(cut -d' ' -f4 "$WORK/$way.times" | median)
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
printf '%-8s %10s %10s %10s %10s %14s\n' way "wall s" "× empty" "CPU s" "× empty" "peak RSS MiB"
for way in empty cold again; do
  printf '%-8s %10.2f %10s %10.2f %10s %14.0f\n' "$way" "${WALL[$way]}" "$(ratio "${WALL[$way]}" "${WALL[empty]}")" \
    "${CPU[$way]}" "$(ratio "${CPU[$way]}" "${CPU[empty]}")" "$(awk -v k="${RSS[$way]}" 'BEGIN { print k / 1024 }')"
done
printf '\nagain / empty within each round, median: wall %.2f, CPU %.2f (target: at most 1.5)\n' \
  "$(cut -d' ' -f1 "$WORK/paired.times" | median)" "$(cut -d' ' -f2 "$WORK/paired.times" | median)"
printf 'Load average at the end: %s\n' "$(load)"
grep -h "Copydesk" "$WORK/newsroom.log" | grep -iv "warning\|error" | tail -3 || true
