#!/usr/bin/env bash
# Two Khiên nodes (separate JVMs) on one external PostgreSQL (a separately started server), alerts sent
# to both in turn by several senders, one node kill -9'ed under load: the session signed in on the
# killed node goes on on the other, and every acknowledged alert is stored exactly once. It is the build's
# TwoNodeClusterTests with more load; the raw Maven/JUnit output is kept in results-<time>.txt.
# Needs: the Maven wrapper (it compiles what it needs). Takes 2–4 minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
SENDERS=${SENDERS:-4}
BATCH=${BATCH:-1000}
BEFORE_KILL=${BEFORE_KILL:-20000}
OUT=${OUT:-bench/cluster/results-$(date -u +%Y-%m-%dT%H%M).txt}
{
  echo "# bench/cluster/run.sh $(date -u +%FT%TZ) senders=$SENDERS batch=$BATCH before-kill=$BEFORE_KILL"
  echo "# $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
  ./mvnw -B -o -Dtest=TwoNodeClusterTests -Dsurefire.failIfNoSpecifiedTests=false \
    -Dkhien.cluster.senders="$SENDERS" -Dkhien.cluster.batch="$BATCH" -Dkhien.cluster.before-kill="$BEFORE_KILL" \
    test 2>&1 | grep -E "two-node run|Tests run|FAIL|BUILD|ERROR" || true
  echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT"
