#!/usr/bin/env bash
# Full and incremental evaluation of every obligation on the synthetic national data set
# (DESIGN.md §6: full ≤ 2 s, one changed system ≤ 50 ms p95 on 2 cores). Starts its own Khiên on a
# throw-away data directory (the demo is off), writes the data set with NationalDataSet.java, then
# asks the server to evaluate: durations are measured by the server around the evaluation itself.
# Needs: java 17+, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-8096}
SEED=${SEED:-khien}
WORK=$(mktemp -d)
BASE=http://localhost:$PORT
AUTH=admin:Bench-Khien-2026
ADMIN_TOKEN=bench-admin-token-0123456789abcdefghij  # KHIEN_ADMIN_TOKEN: the admin's password alone does not open the API
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT

./mvnw -B -q -DskipTests package
LOGGING_LEVEL_VN_KHIEN_COMPLIANCE=DEBUG KHIEN_DATA_DIR=$WORK KHIEN_DEMO=false KHIEN_ADMIN_PASSWORD=${AUTH#admin:} KHIEN_ADMIN_TOKEN=$ADMIN_TOKEN PORT=$PORT \
  java -Xmx1g -jar target/khien-0.1.0-SNAPSHOT.jar > "$WORK/app.log" 2>&1 &
APP=$!
until curl -sf "$BASE/actuator/health" > /dev/null; do sleep 1; kill -0 "$APP" || { cat "$WORK/app.log"; exit 1; }; done

PGPORT=$(sed -n 4p "$WORK/postgres/postmaster.pid")
DRIVER=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | tail -1)
java -cp "$DRIVER" bench/compliance/NationalDataSet.java "jdbc:postgresql://localhost:$PGPORT/postgres?user=khien&password=$(sed -n 's/^\*:\*:\*:khien://p' "$WORK/postgres-credentials")" "$SEED"

echo "full evaluation (${FULL_RUNS:-5} runs):"
for i in $(seq 1 "${FULL_RUNS:-5}"); do
  curl -sf -H "Authorization: Bearer $ADMIN_TOKEN" -X POST "$BASE/api/v1/obligations/recompute" | tee -a "$WORK/full.json"; echo
done
echo "one changed system (200 random systems, after 20 warm-up runs):"
python3 - "$BASE" "$ADMIN_TOKEN" <<'PY'
import base64, json, random, statistics, sys, urllib.request
base, token = sys.argv[1], sys.argv[2]
def run(code):
    req = urllib.request.Request(f"{base}/api/v1/obligations/recompute?subject={code}", method="POST",
                                 headers={"Authorization": "Bearer " + token})
    return json.load(urllib.request.urlopen(req))["durationMicros"] / 1000
rnd = random.Random(7)
for _ in range(20):
    run(f"NS{rnd.randint(1, 100000)}")
ms = sorted(run(f"NS{rnd.randint(1, 100000)}") for _ in range(200))
print(f"p50 {statistics.median(ms):.1f} ms  p95 {ms[int(len(ms) * 0.95) - 1]:.1f} ms  max {ms[-1]:.1f} ms")
PY
echo "time per rule in the last full evaluation:"
# the rule lines logged just before the last full run's summary
awk '/ObligationEvaluator.*obligations in/ {buf = buf $0 "\n"} /Obligations evaluated for/ {last = buf; buf = ""} END {printf "%s", last}' \
  "$WORK/app.log" | sed 's/.*ObligationEvaluator *: //'
if [ -n "${KEEP:-}" ]; then echo "Khiên keeps running on $BASE (data in $WORK); Ctrl-C stops it"; wait "$APP"; fi
