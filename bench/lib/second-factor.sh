# Sourced by the benchmarks that sign in through the form as a coordinator (pages, registry-import):
# such an account needs a second factor, as a person's does. second_factor COOKIES BASE completes the
# sign-in in that cookie jar: enrols on the first sign-in (keeping the secret in COOKIES.totp), enters a
# code on the next ones; each code is from a new 30-second step (a used step is refused).
second_factor() {
  local jar=$1 base=$2 page secret csrf code
  page=$(curl -s -L -b "$jar" -c "$jar" "$base/account/second-factor")
  csrf=$(printf '%s' "$page" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  secret=$(printf '%s' "$page" | grep -o 'id="enrol-secret"[^>]*>[A-Z2-7 ]*<' | sed 's/.*>\([A-Z2-7 ]*\)</\1/' | tr -d ' ')
  if [ -n "$secret" ]; then
    printf '%s' "$secret" > "$jar.totp"
    code=$(totp_code "$jar.totp")
    curl -s -o /dev/null -b "$jar" -c "$jar" -d "code=$code&_csrf=$csrf" "$base/account/second-factor/confirm"
  elif [ -f "$jar.totp" ]; then
    code=$(totp_code "$jar.totp")
    curl -s -o /dev/null -b "$jar" -c "$jar" -d "code=$code&_csrf=$csrf" "$base/login/code"
  fi
}

totp_code() { # RFC 6238 (SHA-1, 6 digits, 30 s), waiting for a step not used before
  python3 - "$1" <<'PY'
import base64, hmac, os, struct, sys, time
secret_file = sys.argv[1]
key = base64.b32decode(open(secret_file).read().strip() + "=" * (-len(open(secret_file).read().strip()) % 8))
used = secret_file + ".step"
step = int(time.time()) // 30
if os.path.exists(used) and int(open(used).read()) >= step:
    time.sleep(30 - time.time() % 30 + 0.5)
    step = int(time.time()) // 30
open(used, "w").write(str(step))
digest = hmac.new(key, struct.pack(">Q", step), "sha1").digest()
offset = digest[-1] & 0x0F
print("%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1000000))
PY
}
