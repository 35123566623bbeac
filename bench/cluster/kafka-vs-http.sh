#!/usr/bin/env bash
# Alerts per second through the HTTP intake and through Kafka (an in-process KRaft broker), side by
# side in one run, one JVM, one embedded PostgreSQL: KafkaHttpRateBench (not part of the build). The raw
# lines go to kafka-vs-http-<time>.txt. Takes 3–5 minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
ALERTS=${ALERTS:-100000}
OUT=${OUT:-bench/cluster/kafka-vs-http-$(date -u +%Y-%m-%dT%H%M).txt}
{
  echo "# bench/cluster/kafka-vs-http.sh $(date -u +%FT%TZ) alerts=$ALERTS"
  echo "# $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
  ./mvnw -B -o -Dtest=KafkaHttpRateBench -Dsurefire.failIfNoSpecifiedTests=false -Dkhien.bench.alerts="$ALERTS" \
    test 2>&1 | grep -E "^bench |Tests run|FAIL|BUILD|ERROR" || true
  echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT"
