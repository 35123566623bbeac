# Sourced by the intake benchmarks (alert-intake, sharing): start_khien LOG starts the packaged Khiên
# ($JAR) on a fresh data directory ($DATA, embedded PostgreSQL, demo province) on $PORT, waits until the
# demo province's own alerts are in, and sets APP (its pid), PGPORT, PGPASSWORD, PSQL (psql as the
# application's role) and TOKEN (an API token of the coordinator's own sensor, organisation H57.08).
# KHIEN_CMD replaces `java -jar $JAR` (e.g. a classpath run where the jar cannot be repackaged).
# the first administrator's API token: a coordinator's password alone does not open the API
ADMIN_TOKEN=bench-admin-token-0123456789abcdefghij
start_khien() {
  local log=$1
  rm -rf "$DATA"
  KHIEN_DATA_DIR="$DATA" KHIEN_ADMIN_TOKEN=$ADMIN_TOKEN PORT=$PORT ${KHIEN_CMD:-java ${JAVA_OPTS:--Xmx1g} -jar "$JAR"} > "$log" 2>&1 &
  APP=$!
  until curl -sf "http://localhost:$PORT/actuator/health" >/dev/null; do sleep 1; done
  until grep -q "Started KhienApplication" "$log"; do sleep 1; done
  sleep 3
  PGPORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
  # the application's role (owner of every schema) with its password from the credentials file
  PGPASSWORD=$(sed -n 's/^\*:\*:\*:khien://p' "$DATA/postgres-credentials")
  export PGPASSWORD
  PSQL="psql -h 127.0.0.1 -p $PGPORT -U khien -d postgres -qAt"
  TOKEN=$(issue_token)
  while [ -z "$TOKEN" ]; do sleep 2; TOKEN=$(issue_token); done # the demo province loads after the start
  # the demo's own alerts are the last of the demo province; load only once they are in
  until [ "$($PSQL -c "SELECT EXISTS (SELECT 1 FROM monitoring.alert_rollup)")" = t ]; do sleep 2; done
  sleep 5
}

issue_token() {
  curl -s -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' \
    -d '{"organisationCode":"H57.08","name":"bench"}' "http://localhost:$PORT/api/v1/api-tokens" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin).get("token",""))' 2>/dev/null || true
}
