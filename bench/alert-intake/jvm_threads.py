#!/usr/bin/env python3
"""CPU seconds of a JVM's threads, grouped by name with numbers blanked (http-nio-#-exec-#, C# CompilerThread#).

usage: jvm_threads.py PID > before.txt; …; jvm_threads.py PID before.txt   (prints the busiest groups since)
"""
import collections
import os
import re
import sys


def now(pid):
    hz = os.sysconf("SC_CLK_TCK")
    groups = collections.Counter()
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            stat = open(f"/proc/{pid}/task/{task}/stat").read()
        except OSError:
            continue
        name = re.sub(r"\d+", "#", stat[stat.index("(") + 1:stat.rindex(")")])
        fields = stat[stat.rindex(")") + 2:].split()
        groups[name] += (int(fields[11]) + int(fields[12])) / hz
    return groups


def main():
    current = now(sys.argv[1])
    if len(sys.argv) < 3:
        for name, seconds in current.items():
            print(f"{seconds}\t{name}")
        return
    before = collections.Counter()
    for line in open(sys.argv[2]):
        seconds, name = line.rstrip("\n").split("\t", 1)
        before[name] = float(seconds)
    spent = {name: seconds - before[name] for name, seconds in current.items()}
    busiest = sorted(spent.items(), key=lambda item: -item[1])[:5]
    print("JVM threads' CPU seconds in the phase: " + ", ".join(f"{n} {s:.1f}" for n, s in busiest))


if __name__ == "__main__":
    main()
