#!/usr/bin/env bash
# Issue 22 item 7: sqlmap (Debian package) against the API's filtered lists and the login form of a
# throw-away Khiên with the demo province. Raw output in results/<date>-<sha>/, summary in summary.txt.
# Usage: bench/security/sqlmap.sh   (needs: apt-get install -y sqlmap; builds the jar of this commit first)
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v sqlmap >/dev/null || { echo "sqlmap is not installed (apt-get install -y sqlmap)"; exit 1; }
COMMIT=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo "-modified")
OUT="bench/security/results/$(date -u +%Y-%m-%d)-$COMMIT"
mkdir -p "$OUT"
./mvnw -B -q -DskipTests package
JAR=$(ls target/khien-*.jar | grep -v original | head -1)
PORT=${PORT:-18090}
DATA=$(mktemp -d)
KHIEN_DATA_DIR="$DATA" KHIEN_ADMIN_PASSWORD='Quet-Lo-Hong-2026' java -jar "$JAR" --server.port="$PORT" \
  > "$OUT/khien.log" 2>&1 &
KHIEN=$!
trap 'kill $KHIEN 2>/dev/null; wait $KHIEN 2>/dev/null || true; rm -rf "$DATA"' EXIT
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 900); do
  curl -fsS "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done
curl -fsS "$BASE/actuator/health/readiness" >/dev/null

# an agency officer: the lists then carry the scope condition's parameters as well as the filters
AUTH="Authorization: Basic $(printf '%s' 'canbo.syt:Khien-Demo-2026' | base64 -w0)"
COMMON=(--batch --flush-session --dbms=PostgreSQL --level=2 --risk=1 --time-sec=2 --threads=1 --output-dir="$DATA/sqlmap")
scan() { # name url [extra sqlmap options]
  local name=$1 url=$2; shift 2
  echo "== $name: $url" | tee -a "$OUT/summary.txt"
  sqlmap -u "$url" "${COMMON[@]}" "$@" > "$OUT/sqlmap-$name.log" 2>&1 || true
  grep -E "is vulnerable|might be injectable|appears to be|do not appear to be injectable|not injectable|CRITICAL" \
    "$OUT/sqlmap-$name.log" | sed 's/^/   /' | sort -u | tee -a "$OUT/summary.txt" || true
}
scan systems "$BASE/api/v1/systems?q=benh&type=INTERNAL&level=3&status=ACTIVE&owner=H57.10&sort=name&page=0&size=20" -H "$AUTH"
scan agencies "$BASE/api/v1/agencies?q=so&parent=H57.10&sort=NAME&page=0&size=20" -H "$AUTH"
scan incidents "$BASE/api/v1/incidents?q=ma&agency=H57.10&system=SYT.HSSK&type=MALWARE&page=0&size=20" -H "$AUTH"
scan findings "$BASE/api/v1/assessments/findings?agency=H57.10&system=SYT.HSSK&page=0&size=20" -H "$AUTH"
# the login form: a name that does not exist, the CSRF token fetched anew for every request
scan login "$BASE/login" --data="username=khongco&password=sai-mat-khau&_csrf=x" -p "username,password" \
  --csrf-token=_csrf --csrf-url="$BASE/login"
echo "Khiên $COMMIT, sqlmap $(dpkg-query -W -f='${Version}' sqlmap 2>/dev/null), $(date -u +%FT%TZ)" >> "$OUT/summary.txt"
cat "$OUT/summary.txt"
