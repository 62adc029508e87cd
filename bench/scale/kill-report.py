#!/usr/bin/env python3
"""Summarises load.py's record around a node kill: kill-report.py OUT.csv KILL_AT_SECONDS KILLED_UPSTREAM"""
import csv
import statistics
import sys
from collections import Counter

rows = list(csv.DictReader(open(sys.argv[1])))
kill_at, killed = float(sys.argv[2]), sys.argv[3]
ok = lambda r: (r["path"] == "/" and r["outcome"] == "200") or (r["path"] == "/notifications" and r["outcome"] == "200")
bad = [r for r in rows if not ok(r)]
ms = lambda rs: sorted(float(r["ms"]) for r in rs)


def pct(values, p):
    return values[min(len(values) - 1, int(len(values) * p / 100))] if values else float("nan")


before = ms([r for r in rows if kill_at - 5 <= float(r["start_s"]) < kill_at])
after = ms([r for r in rows if kill_at <= float(r["start_s"]) < kill_at + 5])
late = ms([r for r in rows if float(r["start_s"]) >= kill_at + 5])
print(f"requests: {len(rows)}, failed as a client sees it: {len(bad)} {dict(Counter(r['outcome'] for r in bad))}")
if bad:
    first = float(bad[0]["start_s"])
    last = max(float(r["start_s"]) + float(r["ms"]) / 1000 for r in bad)
    print(f"failed requests were sent from {first - kill_at:+.2f} s (relative to the kill) and the last one ended at"
          f" {last - kill_at:+.2f} s: a disruption of {last - first:.2f} s")
slow = [r for r in rows if float(r["start_s"]) >= kill_at - 1 and float(r["ms"]) > 1000]
print(f"requests slower than 1 s from the kill on: {len(slow)}")
print(f"latency p50/p99/max ms, 5 s before the kill: {pct(before, 50):.1f}/{pct(before, 99):.1f}/{max(before or [0]):.1f};"
      f" 5 s after: {pct(after, 50):.1f}/{pct(after, 99):.1f}/{max(after or [0]):.1f};"
      f" later: {pct(late, 50):.1f}/{pct(late, 99):.1f}/{max(late or [0]):.1f}")
served_by_killed = [r for r in rows if float(r["start_s"]) >= kill_at + 1 and killed in r["upstream"].split(", ")[-1:]]
print(f"answers from the killed node more than 1 s after the kill: {len(served_by_killed)}")
retried = [r for r in rows if "," in r["upstream"]]
print(f"requests nginx passed on to the other node (upstream list with two entries): {len(retried)}")
