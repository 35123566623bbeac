#!/usr/bin/env bash
# Times the import of an XLSX of N information systems through the import page, as a coordinator
# does it: sign in, upload, wait for the report. The first run registers the systems, the following
# runs update them (re-import by code). Needs a running Khiên (./mvnw spring-boot:run) with the demo
# province, python3 with openpyxl, curl and hyperfine.
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
ROWS=${ROWS:-2000}
USER_NAME=${USER_NAME:-dieuphoi}
PASSWORD=${PASSWORD:-Khien-Demo-2026}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$(dirname "$0")"

python3 generate_systems.py "$ROWS" "$WORK/systems.xlsx" "BENCH$(date +%s)"
csrf() { curl -s -b "$WORK/cookies" -c "$WORK/cookies" "$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
token=$(csrf "$BASE/login")
curl -s -o /dev/null -b "$WORK/cookies" -c "$WORK/cookies" -d "username=$USER_NAME&password=$PASSWORD&_csrf=$token" "$BASE/login"
. ../lib/second-factor.sh
second_factor "$WORK/cookies" "$BASE"
token=$(csrf "$BASE/systems/import")
[ -n "$token" ] || { echo "could not sign in as $USER_NAME" >&2; exit 1; }

cat > "$WORK/upload.sh" <<UPLOAD
#!/usr/bin/env bash
out=\$(curl -s -b "$WORK/cookies" -F "_csrf=$token" -F "file=@$WORK/systems.xlsx" "$BASE/systems/import")
echo "\$out" | grep -q 'import-report' && ! echo "\$out" | grep -q 'alert-danger' || { echo "import refused" >&2; exit 1; }
UPLOAD
chmod +x "$WORK/upload.sh"
hyperfine --runs "${RUNS:-5}" --export-markdown "$WORK/result.md" "$WORK/upload.sh"
cat "$WORK/result.md"
