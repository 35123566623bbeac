#!/usr/bin/env bash
# Pages per second and latency of two link-heavy pages (the province compliance dashboard, the systems
# list) for a signed-in coordinator, with static files under their own prefix (Khiên today) and, in the
# same run on the same data, with the old catch-all static path (/**) that made every link a classpath
# look-up. Starts Khiên from the built jar on a fresh data directory with the demo province.
# Needs: a built jar (./mvnw -B -DskipTests package), curl, wrk.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=$(ls target/khien-*.jar | grep -v original | head -1)
PORT=${PORT:-18180}
BASE="http://127.0.0.1:$PORT"
DURATION=${DURATION:-20s}
OUT=${OUT:-bench/pages/results-$(date -u +%Y-%m-%dT%H%M).txt}
WORK=$(mktemp -d)
PID=""

start() { # $1: label, rest: extra arguments
  local label=$1; shift
  java -Xmx1g -jar "$JAR" --server.port="$PORT" --khien.data-dir="$WORK/data" "$@" > "$WORK/$label.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 240); do
    grep -q "Khiên is ready" "$WORK/$label.log" && return 0
    sleep 1
  done
  echo "Khiên did not start ($label)" >&2; tail -50 "$WORK/$label.log" >&2; exit 1
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }
. bench/lib/second-factor.sh
signin() {
  rm -f "$WORK/cookies" # the second factor's secret (cookies.totp) stays: the same data serves both runs
  local token
  token=$(curl -s -b "$WORK/cookies" -c "$WORK/cookies" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -b "$WORK/cookies" -c "$WORK/cookies" -d "username=dieuphoi&password=Khien-Demo-2026&_csrf=$token" "$BASE/login"
  second_factor "$WORK/cookies" "$BASE"
  SESSION=$(awk '$6 == "JSESSIONID" {print $7}' "$WORK/cookies")
  [ -n "$SESSION" ] || { echo "could not sign in" >&2; exit 1; }
}
measure() { # $1: label
  for page in /compliance /systems; do
    curl -s -o /dev/null -w "%{http_code}" -b "JSESSIONID=$SESSION" "$BASE$page" | grep -q 200 || { echo "$page not 200" >&2; exit 1; }
    for _ in 1 2 3 4 5; do curl -s -o /dev/null -b "JSESSIONID=$SESSION" "$BASE$page"; done # warm-up
    echo "=== $1 $page single request (curl, 5 runs, seconds)"
    for _ in 1 2 3 4 5; do curl -s -o /dev/null -w "%{time_total}\n" -b "JSESSIONID=$SESSION" "$BASE$page"; done
    echo "=== $1 $page wrk -t2 -c10 -d$DURATION"
    wrk -t2 -c10 -d"$DURATION" --latency -H "Cookie: JSESSIONID=$SESSION" "$BASE$page"
  done
}

main() {
  # in the pipeline's subshell, where the server runs: stop it however the run ends
  trap 'if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT
  echo "# bench/pages $(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -1)"
  start prefixed
  signin
  measure "static files under /assets/** (Khiên today)"
  stop
  start catch-all --spring.mvc.static-path-pattern=/**
  signin
  measure "static files under /** (before the fix; links to /assets break, measurement only)"
  stop
}
main | tee "$OUT"
echo "raw output: $OUT"
