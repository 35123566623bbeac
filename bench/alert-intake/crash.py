#!/usr/bin/env python3
"""Crash test (issue 7, "Done when"): send alerts at load, kill -9 the server, restart it on the same
data directory, then check that every alert that got a 2xx is stored and none twice; finally resend
everything (acknowledged or not) and check it is all counted as stored-or-duplicate, still once each.

usage: crash.py [SECONDS-BEFORE-KILL]   (needs the packaged jar, psql, python3)
"""
import http.client, json, os, shutil, signal, subprocess, sys, threading, time
from pathlib import Path

HERE = Path(__file__).resolve().parent
JAR = sorted((HERE.parents[1] / "target").glob("khien-*.jar"))[0]
DATA, PORT = "/tmp/khien-crash-data", 8098
# the first administrator's API token: a coordinator's password alone does not open the API
ADMIN_TOKEN = "bench-admin-token-0123456789abcdefghij"
sys.path.insert(0, str(HERE))
import loadgen  # noqa: E402


def start():
    env = dict(os.environ, KHIEN_DATA_DIR=DATA, PORT=str(PORT), KHIEN_ADMIN_TOKEN=ADMIN_TOKEN)
    log = open("/tmp/khien-crash.log", "a")
    proc = subprocess.Popen(["java", "-Xmx1g", "-jar", str(JAR)], env=env, stdout=log, stderr=log)
    while True:
        try:
            c = http.client.HTTPConnection("localhost", PORT, timeout=5)
            c.request("GET", "/actuator/health")
            if c.getresponse().status == 200:
                return proc
        except OSError:
            pass
        if proc.poll() is not None:
            sys.exit("server did not start; see /tmp/khien-crash.log")
        time.sleep(0.5)


def token():
    while True:
        c = http.client.HTTPConnection("localhost", PORT, timeout=30)
        c.request("POST", "/api/v1/api-tokens", json.dumps({"organisationCode": "H57.08", "name": "crash"}),
                  {"Authorization": "Bearer " + ADMIN_TOKEN, "Content-Type": "application/json"})
        r = c.getresponse()
        body = r.read()
        if r.status == 201:
            return json.loads(body)["token"]
        time.sleep(2)  # the demo province is still loading


def post(tok, fmt, body):
    c = http.client.HTTPConnection("localhost", PORT, timeout=60)
    c.request("POST", "/api/v1/alerts?format=" + fmt, body, {"Authorization": "Bearer " + tok})
    r = c.getresponse()
    return r.status, r.read()


def psql(sql):
    pg_port = open(DATA + "/postgres/postmaster.pid").read().split("\n")[3]
    env = dict(os.environ, PGPASSFILE=DATA + "/postgres-credentials")
    return subprocess.check_output(["psql", "-h", "127.0.0.1", "-p", pg_port, "-U", "khien", "-d", "postgres", "-qAtc", sql],
                                   env=env).decode().strip()


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 8
    shutil.rmtree(DATA, ignore_errors=True)
    server = start()
    tok = token()
    batches = loadgen.build(400_000, 2000)
    acked, lock, stop = [], threading.Lock(), threading.Event()
    queue = list(enumerate(batches))

    def sender():
        while not stop.is_set():
            with lock:
                if not queue:
                    return
                i, (fmt, body) = queue.pop(0)
            try:
                status, _ = post(tok, fmt, body)
            except OSError:
                return  # the server died mid-request: this batch is not acknowledged
            if status == 200:
                with lock:
                    acked.append(i)

    threads = [threading.Thread(target=sender) for _ in range(4)]
    for t in threads:
        t.start()
    time.sleep(seconds)
    os.kill(server.pid, signal.SIGKILL)
    stop.set()
    for t in threads:
        t.join()
    server.wait()
    acked_lines = sum(batches[i][1].count(b"\n") for i in acked)
    print(f"killed -9 after {seconds}s: {len(acked)} batches acknowledged = {acked_lines} alerts")
    server = start()
    try:
        keys = ",".join(f"'{i}'" for i in acked) or "'-1'"
        stored = int(psql("SELECT count(*) FROM monitoring.alert WHERE token_id IS NOT NULL"))
        distinct = int(psql("SELECT count(DISTINCT raw) FROM monitoring.alert WHERE token_id IS NOT NULL"))
        per_batch = psql("SELECT count(*) FROM monitoring.alert WHERE token_id IS NOT NULL AND "
                         f"(split_part(CAST(raw AS json)->>'khien_bench', '-', 2))::int / 2000 IN ({keys})")
        print(f"after restart: {stored} rows stored, {distinct} distinct, {per_batch} from acknowledged batches")
        ok = int(per_batch) == acked_lines and stored == distinct
        sent = [b for b in batches[: max(acked, default=-1) + 5]]
        dup = acc = 0
        for fmt, body in sent:
            status, data = post(tok, fmt, body)
            r = json.loads(data)
            acc, dup = acc + r["accepted"], dup + r["duplicates"]
        stored2 = int(psql("SELECT count(*) FROM monitoring.alert WHERE token_id IS NOT NULL"))
        distinct2 = int(psql("SELECT count(DISTINCT raw) FROM monitoring.alert WHERE token_id IS NOT NULL"))
        print(f"resent {len(sent)} batches: {acc} newly stored, {dup} duplicates; now {stored2} rows, {distinct2} distinct")
        ok = ok and stored2 == distinct2 and dup >= acked_lines
        print("PASS" if ok else "FAIL")
        sys.exit(0 if ok else 1)
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
