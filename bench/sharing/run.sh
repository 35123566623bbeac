#!/usr/bin/env bash
# Indicator matching in the alert intake (issue 20, Speed): the HTTP NDJSON intake rate with no received
# indicators, then with 100,000 active ones, then with none again, in one run on one Khiên, so that
# the difference is the matching's cost (bar: ≤ 10 %). Reuses the alert intake benchmark's load
# generator and CPU counter (../alert-intake). Needs the packaged jar (./mvnw -DskipTests package),
# python3 and psql. Starts its own Khiên on a fresh data directory (embedded PostgreSQL, fsync on).
set -euo pipefail
cd "$(dirname "$0")"
TOTAL=${TOTAL:-300000}
BATCH=${BATCH:-5000}
WORKERS=${WORKERS:-4}
WARMUP=${WARMUP:-100000}
INDICATORS=${INDICATORS:-100000}
PORT=${PORT:-8098}
DATA=${DATA:-/tmp/khien-bench-sharing}
JAR=${JAR:-$(ls ../../target/khien-*.jar | head -1)}
LOADGEN=../alert-intake/loadgen.py
APP=
trap 'kill $APP 2>/dev/null || true' EXIT
. ../alert-intake/khien.sh
start_khien /tmp/khien-bench-sharing.log

active() { grep "Received indicators:" /tmp/khien-bench-sharing.log | tail -1 | sed 's/.*Received indicators: //'; }
count() { active | awk '{print $1 + 0}'; }

phase() { # name
  echo "== $1: $TOTAL alerts, batches of $BATCH, $WORKERS connections; in memory: $(active)"
  cpu0=$(../alert-intake/cpu.sh $APP)
  python3 $LOADGEN "http://localhost:$PORT" "$TOKEN" "$TOTAL" "$BATCH" "$WORKERS" | tee "/tmp/khien-sharing-$1.json"
  cpu1=$(../alert-intake/cpu.sh $APP)
  echo "CPU seconds per 100,000 alerts: JVM / PostgreSQL" \
    $(echo "$cpu0 $cpu1" | awk -v n="$TOTAL" '{printf "%.1f / %.1f", ($3 - $1) * 100000 / n, ($4 - $2) * 100000 / n}')
}

echo "== warm-up (not timed): $WARMUP alerts"
python3 $LOADGEN "http://localhost:$PORT" "$TOKEN" "$WARMUP" "$BATCH" "$WORKERS" | grep accepted_per_second
phase without

echo "== loading $INDICATORS received indicators"
$PSQL -v n="$INDICATORS" -f indicators.sql
# the 100,000 new rows would otherwise be vacuumed and analysed by autovacuum during the timed phase
$PSQL -c "VACUUM ANALYZE sharing.stix_object"
# one small batch lets the node see the new version and rebuild its set before the timed phase
python3 $LOADGEN "http://localhost:$PORT" "$TOKEN" 5000 "$BATCH" 1 | grep accepted_per_second
until [ "$(count)" -ge "$INDICATORS" ]; do
  python3 $LOADGEN "http://localhost:$PORT" "$TOKEN" 5000 "$BATCH" 1 > /dev/null; sleep 1
done
grep "Received indicators:" /tmp/khien-bench-sharing.log | tail -1
phase with

echo "== removing the bench indicators"
$PSQL -c "DELETE FROM sharing.stix_object WHERE collection_id = '00000000-0000-4000-8000-00000000be4c'"
$PSQL -c "UPDATE sharing.indicator_set SET version = version + 1 WHERE id = 1"
$PSQL -c "VACUUM ANALYZE sharing.stix_object"
until [ "$(count)" -lt "$INDICATORS" ]; do
  python3 $LOADGEN "http://localhost:$PORT" "$TOKEN" 5000 "$BATCH" 1 > /dev/null; sleep 1
done
phase without-again

echo "== sightings written: $($PSQL -c "SELECT count(*) FROM monitoring.indicator_sighting")"
python3 - /tmp/khien-sharing-without.json /tmp/khien-sharing-with.json /tmp/khien-sharing-without-again.json <<'PY'
import json, sys
def rate(path):
    text = open(path).read()
    return json.loads(text[text.index("{"):])["accepted_per_second"]
rates = [rate(p) for p in sys.argv[1:]]
base = (rates[0] + rates[2]) / 2
print(f"alerts/s without: {rates[0]}, with the indicators: {rates[1]}, without again: {rates[2]}")
print(f"with indicators / mean without: {rates[1] / base * 100:.1f} % (cost {100 - rates[1] / base * 100:.1f} %)")
PY
