#!/usr/bin/env python3
"""Open-loop load: sends requests at a fixed rate whatever the server does, and measures each
response time from when the request was *due*, not from when it was sent, so a slow server
cannot hide its queue (no coordinated omission). Stands in for wrk2, which is not packaged here.

usage: openloop.py URL RATE SECONDS [COOKIE]
prints: PERF requests=.. seconds=.. rps=.. p50=.. p95=.. p99=.. max=.. errors=.. bad=..
"""
import http.client
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

url, rate, seconds = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
cookie = sys.argv[4] if len(sys.argv) > 4 else ""
parts = urllib.parse.urlsplit(url)
path = parts.path + ("?" + parts.query if parts.query else "")
local = threading.local()
latencies, errors, bad = [], [0], [0]
lock = threading.Lock()


def connection():
    if getattr(local, "conn", None) is None:
        local.conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    return local.conn


def fire(due):
    while time.perf_counter() < due:
        time.sleep(max(0.0, due - time.perf_counter()))
    try:
        conn = connection()
        conn.request("GET", path, headers={"Cookie": cookie, "Accept": "text/html"})
        response = conn.getresponse()
        response.read()
        status = response.status
    except Exception:
        local.conn = None
        with lock:
            errors[0] += 1
        return
    elapsed = (time.perf_counter() - due) * 1000.0
    with lock:
        latencies.append(elapsed)
        if status >= 300:
            bad[0] += 1


count = int(rate * seconds)
start = time.perf_counter() + 0.2
with ThreadPoolExecutor(max_workers=64) as pool:
    for i in range(count):
        pool.submit(fire, start + i / rate)
took = time.perf_counter() - start
latencies.sort()


def pct(p):
    if not latencies:
        return float("nan")
    return latencies[min(len(latencies) - 1, int(round(p / 100.0 * len(latencies) + 0.5)) - 1)]


print("PERF requests=%d seconds=%.3f rps=%.1f p50=%.2f p95=%.2f p99=%.2f max=%.2f errors=%d bad=%d" % (
    len(latencies), took, len(latencies) / took, pct(50), pct(95), pct(99), latencies[-1] if latencies else 0,
    errors[0], bad[0]))
