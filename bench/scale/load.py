#!/usr/bin/env python3
"""Closed-loop load with a record of every request, for the node-kill run of bench/two-nodes.sh.

load.py BASE_URL SECONDS WORKERS SESSION OUT.csv [KILL_AFTER_SECONDS PID]
Each worker keeps one HTTP/1.1 keep-alive connection and alternates the portal home page (anonymous) and the
signed-in /notifications page (SESSION cookie, redirects not followed: a 302 there means the session was lost).
Every request is written as: start (s since the run began), duration (ms), path, outcome (status code, or the
error's class name for a connection failure), and the upstreams nginx tried (its X-Innohub-Upstream header).
With KILL_AFTER_SECONDS and PID, the process PID is sent SIGKILL that many seconds into the run (on this clock).
"""
import csv
import http.client
import os
import signal
import sys
import threading
import time
import urllib.parse

base, seconds, workers, session, out = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
url = urllib.parse.urlparse(base)
t0 = time.monotonic()
rows = []
lock = threading.Lock()


def worker(n):
    conn = None
    i = n
    local = []
    while time.monotonic() - t0 < seconds:
        path, headers = ("/", {}) if i % 2 == 0 else ("/notifications", {"Cookie": "SESSION=" + session})
        i += 1
        started = time.monotonic()
        node = ""
        try:
            if conn is None:
                conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
            conn.request("GET", path, headers=headers)
            response = conn.getresponse()
            response.read()
            outcome = str(response.status)
            node = response.getheader("X-Innohub-Upstream", "")
            if response.getheader("Connection", "").lower() == "close":
                conn.close()
                conn = None
        except Exception as e:  # connection refused, reset, timeout: what a browser would show as an error
            outcome = type(e).__name__
            if conn is not None:
                conn.close()
            conn = None
        local.append((round(started - t0, 4), round((time.monotonic() - started) * 1000, 2), path, outcome, node))
    with lock:
        rows.extend(local)


if len(sys.argv) > 7:
    def kill():
        os.kill(int(sys.argv[7]), signal.SIGKILL)
        print(f"process {sys.argv[7]} killed {time.monotonic() - t0:.3f} s into the run", flush=True)
    threading.Timer(float(sys.argv[6]) - (time.monotonic() - t0), kill).start()
threads = [threading.Thread(target=worker, args=(n,)) for n in range(workers)]
for t in threads:
    t.start()
for t in threads:
    t.join()
rows.sort()
with open(out, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["start_s", "ms", "path", "outcome", "upstream"])
    w.writerows(rows)
print(f"{len(rows)} requests written to {out}")
