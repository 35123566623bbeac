#!/usr/bin/env python3
"""N syslog lines (RFC 3164 header, CEF payload from the fixture samples), each made unique, to stdout."""
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"
cef = [l for l in (FIXTURES / "syslog/cef.log").read_text().splitlines() if l.startswith("CEF:0|") and l.count("|") >= 7]
n = int(sys.argv[1])
out = sys.stdout
for i in range(n):
    line = cef[i % len(cef)]
    out.write("<134>Nov 25 22:%02d:%02d sensor-%02d %s cs9=bench%d\n" % (i // 60 % 60, i % 60, i % 7, line, i))
