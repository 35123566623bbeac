#!/usr/bin/env python3
"""Alert intake load generator: NDJSON batches built from the real fixture samples.

Each line is a fixture event (Suricata EVE alerts and context events, Wazuh alerts) made unique with a
sequence number, re-timed to now and, for half of them, re-targeted into the demo province's network
ranges (10.57.x.0/24) so that correlation maps them to systems. All batches are built before timing;
then WORKERS threads post them over keep-alive connections. A batch counts as accepted on 2xx; the
time from sending a batch to its 2xx is the time to queryable (the answer comes after the commit).

usage: loadgen.py BASE TOKEN TOTAL [BATCH] [WORKERS] [SYSLOG-LINES-FILE]
"""
import datetime
import http.client
import json
import random
import sys
import threading
import time
import urllib.parse
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"


def samples():
    eve = [json.loads(l) for l in (FIXTURES / "suricata/eve.ndjson").read_text().splitlines() if l.strip()]
    wazuh = [json.loads(l) for l in (FIXTURES / "wazuh/alerts.ndjson").read_text().splitlines() if l.strip()]
    return eve, wazuh


def build(total, batch):
    eve, wazuh = samples()
    rnd = random.Random(7)
    now = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=7))).isoformat(timespec="microseconds")
    run = int(time.time())
    batches = []
    for start in range(0, total, batch):
        fmt = "suricata-eve" if (start // batch) % 4 else "wazuh"
        lines = []
        for i in range(start, min(start + batch, total)):
            if fmt == "suricata-eve":
                e = dict(rnd.choice(eve))
                e["timestamp"] = now
                if i % 2 == 0:
                    e["dest_ip"] = "10.57.%d.%d" % (rnd.randint(1, 40), rnd.randint(2, 250))
            else:
                e = dict(rnd.choice(wazuh))
                e["timestamp"] = now.replace("+07:00", "+0700")
            e["khien_bench"] = "%d-%d" % (run, i)
            lines.append(json.dumps(e, separators=(",", ":")))
        batches.append((fmt, ("\n".join(lines) + "\n").encode()))
    return batches


def from_file(path, batch):
    lines = Path(path).read_bytes().splitlines(keepends=True)
    return [("syslog", b"".join(lines[i:i + batch])) for i in range(0, len(lines), batch)]


def main():
    base, token, total = sys.argv[1], sys.argv[2], int(sys.argv[3])
    batch = int(sys.argv[4]) if len(sys.argv) > 4 else 5000
    workers = int(sys.argv[5]) if len(sys.argv) > 5 else 4
    batches = from_file(sys.argv[6], batch) if len(sys.argv) > 6 else build(total, batch)
    size = sum(len(b) for _, b in batches)
    print(f"built {len(batches)} batches, {total} alerts, {size / total:.0f} bytes/alert", flush=True)
    url = urllib.parse.urlparse(base)
    lock = threading.Lock()
    queue = list(reversed(batches))
    stats = {"accepted": 0, "duplicates": 0, "rejected": 0, "busy": 0, "lat": []}

    def worker():
        conn = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
        while True:
            with lock:
                if not queue:
                    break
                fmt, body = queue.pop()
            while True:
                t0 = time.perf_counter()
                conn.request("POST", "/api/v1/alerts?format=" + fmt, body,
                             {"Authorization": "Bearer " + token, "Content-Type": "application/x-ndjson"})
                resp = conn.getresponse()
                data = resp.read()
                dt = time.perf_counter() - t0
                if resp.status in (429, 503):
                    with lock:
                        stats["busy"] += 1
                    time.sleep(float(resp.getheader("Retry-After", "1")))
                    continue
                if resp.status != 200:
                    print("HTTP", resp.status, data[:300], flush=True)
                    break
                r = json.loads(data)
                with lock:
                    stats["accepted"] += r["accepted"]
                    stats["duplicates"] += r["duplicates"]
                    stats["rejected"] += len(r["rejected"])
                    stats["lat"].append(dt)
                break

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    lat = sorted(stats["lat"])
    p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))] * 1000 if lat else 0
    print(json.dumps({
        "alerts": total, "batch": batch, "workers": workers, "seconds": round(elapsed, 2),
        "accepted": stats["accepted"], "duplicates": stats["duplicates"], "rejected": stats["rejected"],
        "busy_answers": stats["busy"], "accepted_per_second": round(stats["accepted"] / elapsed),
        "batch_to_queryable_ms": {"p50": round(p(0.5)), "p99": round(p(0.99)), "max": round(p(1.0))},
    }, indent=1))


if __name__ == "__main__":
    main()
