#!/usr/bin/env bash
# The provincial annual report on a synthetic province of 2,000 agencies and 10,000 systems (issue 19
# "Speed": drafted and rendered to DOCX and PDF in ≤ 5 s on 2 cores). Compiles Khiên, then runs
# ProvincialReportBench.java, which starts Khiên in its own JVM on a throw-away data directory (demo
# off), writes the province, evaluates the obligations, publishes the year's ranking and times the draft
# and both renderings RUNS times after one warm-up. The last PDF and DOCX are kept in OUT (default
# target/bench-reports) with a PNG of the first and the last page.
# Needs: java 17+, pdfinfo and pdftoppm (Debian poppler-utils) for the page count and the PNGs.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-8098}
RUNS=${RUNS:-5}
SEED=${SEED:-khien}
WORK=$(mktemp -d)
OUT=${OUT:-target/bench-reports}
mkdir -p "$OUT"
trap 'rm -rf "$WORK"' EXIT

[ -n "${SKIP_BUILD:-}" ] || ./mvnw -B -q -o compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$WORK/cp.txt" > /dev/null
echo "commit $(git rev-parse --short HEAD), $(nproc) cores, $(java -version 2>&1 | head -1)"
KHIEN_DATA_DIR=$WORK/data KHIEN_DEMO=false KHIEN_ADMIN_PASSWORD=Bench-Khien-2026 PORT=$PORT \
  java -Xmx1g -cp "target/classes:$(cat "$WORK/cp.txt")" bench/reports/ProvincialReportBench.java "$OUT" "$RUNS" "$SEED" \
  > "$WORK/app.log" 2>&1 || { tail -80 "$WORK/app.log"; exit 1; }
sed -n 's/^BENCH //p' "$WORK/app.log"
if command -v pdfinfo > /dev/null; then
  PAGES=$(pdfinfo "$OUT/provincial-annual.pdf" | sed -n 's/^Pages: *//p')
  echo "PDF pages: $PAGES"
  pdftoppm -r 60 -png -f 1 -l 1 "$OUT/provincial-annual.pdf" "$OUT/page-first"
  pdftoppm -r 60 -png -f "$PAGES" -l "$PAGES" "$OUT/provincial-annual.pdf" "$OUT/page-last"
fi
echo "files in $OUT"
