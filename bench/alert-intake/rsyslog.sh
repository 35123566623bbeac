#!/usr/bin/env bash
# rsyslog → PostgreSQL (ompgsql, batched in transactions) on N syslog lines over TCP, into a table of
# the same PostgreSQL; prints lines/s from the first byte sent to the last row visible.
# Tuned to be rsyslog's best here: without queue.workerThreadMinimumMessages a second worker starts only
# once queue.size / workerThreads messages wait, so one connection did all the inserts (10k lines/s
# against 27k with two; four workers or batches of 10,000 gave no more).
set -euo pipefail
N=${1:-500000}
WORK=$(mktemp -d)
# PGPASSWORD: the password of the role khien, set by run.sh from the credentials file
PSQL="psql -h 127.0.0.1 -p $PGPORT -U khien -d postgres -qAt"
$PSQL -c "DROP TABLE IF EXISTS public.rsyslog_bench; CREATE TABLE public.rsyslog_bench (received timestamptz, host text, tag text, msg text)"
cat > "$WORK/rsyslog.conf" <<CONF
global(workDirectory="$WORK")
module(load="imtcp")
module(load="ompgsql")
template(name="sql" type="list" option.stdsql="on") {
  constant(value="INSERT INTO public.rsyslog_bench (received, host, tag, msg) VALUES ('")
  property(name="timegenerated" dateFormat="pgsql") constant(value="','")
  property(name="hostname") constant(value="','")
  property(name="syslogtag") constant(value="','")
  property(name="msg") constant(value="')")
}
ruleset(name="bench") {
  action(type="ompgsql" server="127.0.0.1" port="$PGPORT" db="postgres" user="khien" pass="$PGPASSWORD" template="sql"
         queue.type="LinkedList" queue.size="1000000" queue.dequeueBatchSize="1000" queue.workerThreads="2"
         queue.workerThreadMinimumMessages="1000")
}
input(type="imtcp" port="10514" ruleset="bench")
CONF
python3 "$(dirname "$0")/syslog_lines.py" "$N" > "$WORK/lines.log"
rsyslogd -n -f "$WORK/rsyslog.conf" -i "$WORK/rsyslog.pid" &
RS=$!
sleep 2
t0=$(date +%s.%N)
python3 -c "
import socket,sys
s=socket.create_connection(('127.0.0.1',10514)); s.sendall(open(sys.argv[1],'rb').read()); s.close()" "$WORK/lines.log"
while [ "$($PSQL -c 'SELECT count(*) FROM public.rsyslog_bench')" -lt "$N" ]; do
  sleep 0.2
  now=$(date +%s.%N); if (( $(echo "$now - $t0 > 600" | bc) )); then echo "timeout"; break; fi
done
t1=$(date +%s.%N)
rows=$($PSQL -c 'SELECT count(*) FROM public.rsyslog_bench')
echo "rsyslog ompgsql: $rows rows in $(echo "$t1 - $t0" | bc) s = $(echo "$rows / ($t1 - $t0)" | bc) lines/s"
kill $RS; wait $RS 2>/dev/null || true
cp "$WORK/lines.log" /tmp/khien-syslog-lines.log
rm -rf "$WORK"
