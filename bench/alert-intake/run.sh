#!/usr/bin/env bash
# Alert intake benchmark (DESIGN.md §6): Khiên's HTTP NDJSON intake against a raw COPY of the same
# normalised rows into the same table and against rsyslog's ompgsql on the same events as syslog, all
# on this machine in one run. Needs the packaged jar (./mvnw -DskipTests package), python3, psql and
# rsyslog with rsyslog-pgsql. Starts its own Khiên on a fresh data directory (embedded PostgreSQL,
# fsync and synchronous_commit on) with the demo province.
set -euo pipefail
cd "$(dirname "$0")"
TOTAL=${TOTAL:-500000}
BATCH=${BATCH:-5000}
WORKERS=${WORKERS:-4}
WARMUP=${WARMUP:-100000} # untimed alerts first: the rate is then the JIT-compiled server's sustained one
PORT=${PORT:-8099}
DATA=${DATA:-/tmp/khien-bench-data}
JAR=${JAR:-$(ls ../../target/khien-*.jar | head -1)}
APP=
RSS=
trap 'kill $APP $RSS 2>/dev/null || true' EXIT
. ./khien.sh
start_khien /tmp/khien-bench.log
if [ "$WARMUP" -gt 0 ]; then
  echo "== warm-up (not timed): $WARMUP alerts"
  python3 loadgen.py "http://localhost:$PORT" "$TOKEN" "$WARMUP" "$BATCH" "$WORKERS" | grep accepted_per_second
fi
before=$($PSQL -c "SELECT count(*) FROM monitoring.alert")
since=$($PSQL -c "SELECT now()")

echo "== Khiên HTTP NDJSON intake: $TOTAL alerts, batches of $BATCH, $WORKERS connections"
( while kill -0 $APP 2>/dev/null; do ps -o rss= -p $APP; sleep 1; done ) > /tmp/khien-rss.txt &
RSS=$!
cpu0=$(./cpu.sh $APP)
./jvm_threads.py $APP > /tmp/khien-threads.txt
python3 loadgen.py "http://localhost:$PORT" "$TOKEN" "$TOTAL" "$BATCH" "$WORKERS" | tee /tmp/khien-http.json
cpu1=$(./cpu.sh $APP)
./jvm_threads.py $APP /tmp/khien-threads.txt
echo "CPU seconds per 100,000 alerts: JVM / PostgreSQL" \
  $(echo "$cpu0 $cpu1" | awk -v n="$TOTAL" '{printf "%.1f / %.1f", ($3 - $1) * 100000 / n, ($4 - $2) * 100000 / n}')
echo "peak RSS of the JVM (MiB): $(sort -n /tmp/khien-rss.txt | tail -1 | awk '{print int($1/1024)}')"
echo "rows stored: $(( $($PSQL -c "SELECT count(*) FROM monitoring.alert") - before ))"

echo "== Raw COPY of the same normalised rows into the same table (same indexes)"
$PSQL -c "\copy (SELECT day, gen_random_uuid(), received_at, event_time, organisation_code, token_id, format, sensor, tool, rule_id, rule_name, severity, src_ip, src_port, dst_ip, dst_port, protocol, hostname, username, system_code, owner_code, system_level, fingerprint, window_start, raw FROM monitoring.alert WHERE token_id IS NOT NULL AND received_at >= '$since') TO '/tmp/khien-rows.copy'"
ROWS=$(wc -l < /tmp/khien-rows.copy)
COLS="day, event_hash, received_at, event_time, organisation_code, token_id, format, sensor, tool, rule_id, rule_name, severity, src_ip, src_port, dst_ip, dst_port, protocol, hostname, username, system_code, owner_code, system_level, fingerprint, window_start, raw"
cpu0=$(./cpu.sh $APP)
t0=$(date +%s.%N)
$PSQL -c "\copy monitoring.alert ($COLS) FROM '/tmp/khien-rows.copy'"
t1=$(date +%s.%N)
cpu1=$(./cpu.sh $APP)
echo "PostgreSQL CPU seconds per 100,000 rows:" $(echo "$cpu0 $cpu1" | awk -v n="$ROWS" '{printf "%.1f", ($4 - $2) * 100000 / n}')
echo "one stream: $ROWS rows in $(echo "$t1 - $t0" | bc) s = $(echo "$ROWS / ($t1 - $t0)" | bc) rows/s"
split -n l/2 /tmp/khien-rows.copy /tmp/khien-rows.part.
for part in /tmp/khien-rows.part.*; do
  python3 - "$part" <<'PY'
import sys, uuid
p = sys.argv[1]
lines = open(p, encoding="utf-8").read().split("\n")
out = []
for l in lines:
    if not l:
        continue
    f = l.split("\t", 2)
    f[1] = str(uuid.uuid4())
    out.append("\t".join(f))
open(p, "w", encoding="utf-8").write("\n".join(out) + "\n")
PY
done
t0=$(date +%s.%N)
pids=()
for part in /tmp/khien-rows.part.*; do $PSQL -c "\copy monitoring.alert ($COLS) FROM '$part'" & pids+=($!); done
wait "${pids[@]}"
t1=$(date +%s.%N)
echo "two streams: $ROWS rows in $(echo "$t1 - $t0" | bc) s = $(echo "$ROWS / ($t1 - $t0)" | bc) rows/s"
rm -f /tmp/khien-rows.copy /tmp/khien-rows.part.*

echo "== rsyslog ompgsql on the same events as syslog lines (TCP, LF framing)"
PGPORT=$PGPORT ./rsyslog.sh "$TOTAL"

echo "== Khiên HTTP intake of the same syslog lines (format=syslog, CEF inside)"
python3 loadgen.py "http://localhost:$PORT" "$TOKEN" "$TOTAL" "$BATCH" "$WORKERS" /tmp/khien-syslog-lines.log
rm -f /tmp/khien-syslog-lines.log
