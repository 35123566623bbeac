#!/usr/bin/env bash
# Scoring on the synthetic national data set (issue 18 "Speed"): scoring and publishing a campaign of
# ~19,000 agencies with every automatic criterion ≤ 10 s on 2 cores; the public ranking page p99 ≤ 50 ms
# at 50 connections. Starts its own Khiên on a throw-away data directory (demo off), writes the data set
# with bench/compliance/NationalDataSet.java, evaluates the obligations once, stores automatic-set.yaml,
# then runs one campaign per year for YEARS past years (open, provisional board, close, publish; each
# timed by curl around the whole HTTP call) and measures the public pages with wrk.
# Needs: java 17+, curl, python3, wrk (apt-get install -y wrk).
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-8097}
SEED=${SEED:-khien}
YEARS=${YEARS:-5}
DURATION=${DURATION:-30s}
WORK=$(mktemp -d)
BASE=http://localhost:$PORT
AUTH=admin:Bench-Khien-2026
ADMIN_TOKEN=bench-admin-token-0123456789abcdefghij  # KHIEN_ADMIN_TOKEN: the admin's password alone does not open the API
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT

[ -n "${SKIP_BUILD:-}" ] || ./mvnw -B -q -DskipTests package
KHIEN_DATA_DIR=$WORK KHIEN_DEMO=false KHIEN_ADMIN_PASSWORD=${AUTH#admin:} KHIEN_ADMIN_TOKEN=$ADMIN_TOKEN PORT=$PORT \
  java -Xmx1g -jar target/khien-0.1.0-SNAPSHOT.jar > "$WORK/app.log" 2>&1 &
APP=$!
until curl -sf "$BASE/actuator/health" > /dev/null; do sleep 1; kill -0 "$APP" || { cat "$WORK/app.log"; exit 1; }; done

PGPORT=$(sed -n 4p "$WORK/postgres/postmaster.pid")
DRIVER=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | tail -1)
java -cp "$DRIVER" bench/compliance/NationalDataSet.java "jdbc:postgresql://localhost:$PGPORT/postgres?user=khien&password=$(sed -n 's/^\*:\*:\*:khien://p' "$WORK/postgres-credentials")" "$SEED"
echo "obligations: $(curl -sf -H "Authorization: Bearer $ADMIN_TOKEN" -X POST "$BASE/api/v1/obligations/recompute")"

api() { # method path [json] → body; the time of the call goes to $WORK/time
  curl -sf -H "Authorization: Bearer $ADMIN_TOKEN" -X "$1" -H 'Content-Type: application/json' ${3:+-d "$3"} -o "$WORK/body" \
    -w '%{time_total}' "$BASE$2" > "$WORK/time"
  cat "$WORK/body"
}
curl -sf -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/yaml' --data-binary @bench/scoring/automatic-set.yaml \
  "$BASE/api/v1/scoring/criteria-sets" > /dev/null
TODAY=$(date +%F)
LAST=$(( $(date +%Y) - 1 ))
echo "year  agencies  board (provisional, s)  publish (s)"
for YEAR in $(seq $((LAST - YEARS + 1)) "$LAST"); do
  ID=$(api POST /api/v1/scoring/campaigns "{\"year\":$YEAR,\"setCode\":\"BENCH-AUTO\",\"title\":\"Đánh giá $YEAR\"}" \
       | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  api POST "/api/v1/scoring/campaigns/$ID/open" "{\"closesOn\":\"$TODAY\"}" > /dev/null
  AGENCIES=$(api GET "/api/v1/scoring/campaigns/$ID/board" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["lines"]))')
  BOARD=$(cat "$WORK/time")
  api POST "/api/v1/scoring/campaigns/$ID/close" > /dev/null
  api POST "/api/v1/scoring/campaigns/$ID/publish" > /dev/null
  echo "$YEAR  $AGENCIES  $BOARD  $(cat "$WORK/time")"
done
grep -o "Scoring: campaign.*" "$WORK/app.log" || true

CODE=$(curl -sf "$BASE/api/public/v1/rankings/$LAST" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["agencyCode"])')
echo "== calibration: a static file (/assets/favicon.svg) through the same server, 50 connections, $DURATION"
wrk -t2 -c50 -d"$DURATION" --latency "$BASE/assets/favicon.svg"
for PAGE in "/xep-hang/$LAST" "/xep-hang/$LAST?kind=COMMUNE_COMMITTEE&page=3" "/xep-hang/$LAST/$CODE"; do
  for i in $(seq 1 200); do curl -sf -o /dev/null "$BASE$PAGE"; done
  echo "== $PAGE: $(curl -sf -o /dev/null -w '%{size_download} bytes' "$BASE$PAGE"), 50 connections, $DURATION"
  wrk -t2 -c50 -d"$DURATION" --latency "$BASE$PAGE"
done
TAG=$(curl -sf -D - -o /dev/null "$BASE/xep-hang/$LAST" | sed -n 's/^[Ee][Tt][Aa][Gg]: *//p' | tr -d '\r')
echo "== /xep-hang/$LAST revalidated by the browser (If-None-Match: $TAG → 304), 50 connections, $DURATION"
wrk -t2 -c50 -d"$DURATION" --latency -H "If-None-Match: $TAG" "$BASE/xep-hang/$LAST"
echo "== /api/public/v1/rankings/$LAST (JSON, every agency): $(curl -sf -o /dev/null -w '%{size_download} bytes' "$BASE/api/public/v1/rankings/$LAST"), 10 connections, $DURATION"
wrk -t2 -c10 -d"$DURATION" --latency "$BASE/api/public/v1/rankings/$LAST"
if [ -n "${KEEP:-}" ]; then echo "Khiên keeps running on $BASE (data in $WORK); Ctrl-C stops it"; wait "$APP"; fi
