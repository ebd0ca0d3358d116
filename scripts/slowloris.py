#!/usr/bin/env python3
"""Slowloris check against a local release gateway (127.0.0.1 only).

Starts target/release/query-gateway on a free loopback port, opens N connections that send a
request line and then one header byte every few seconds (never finishing the head), and reports:
how many the server closed and when, the server's RSS growth, and the latency of normal requests
sent meanwhile.

    python3 scripts/slowloris.py [connections=2000] [trickle_seconds=3]

Gateway settings come from the environment (e.g. HEADER_READ_TIMEOUT_MS).
"""
import asyncio
import json
import os
import socket
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


async def slow_client(port, trickle, closed_at, started):
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError:
        closed_at.append(None)
        return
    writer.write(b"POST /v1/query-classify HTTP/1.1\r\nHost: x\r\n")
    await writer.drain()
    i = 0
    while True:
        try:
            data = await asyncio.wait_for(reader.read(1024), timeout=trickle)
            if not data:  # closed by the server
                closed_at.append(time.monotonic() - started)
                return
        except asyncio.TimeoutError:
            pass
        except OSError:
            closed_at.append(time.monotonic() - started)
            return
        try:
            writer.write(b"X-a%d: b\r\n" % i)
            await writer.drain()
        except OSError:
            closed_at.append(time.monotonic() - started)
            return
        i += 1
        if time.monotonic() - started > 120:
            closed_at.append(None)
            return


async def normal_client(port, n, latencies):
    for i in range(n):
        body = json.dumps({"text": f"a normal question number {i} during a slowloris"}).encode()
        t = time.monotonic()
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(
                b"POST /v1/query-classify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b"Connection: close\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
            )
            await writer.drain()
            head = await asyncio.wait_for(reader.read(12), timeout=30)
            latencies.append((time.monotonic() - t, head[9:12].decode()))
            writer.close()
        except Exception as e:  # noqa: BLE001 - reported, not hidden
            latencies.append((time.monotonic() - t, type(e).__name__))
        await asyncio.sleep(0.2)


async def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    trickle = float(sys.argv[2]) if len(sys.argv) > 2 else 3.0
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, APP_HOST="127.0.0.1", APP_PORT=str(port), LOG_LEVEL="warn")
    env.setdefault("MODEL_PATH", os.path.join(ROOT, "models/router"))
    server = subprocess.Popen([os.path.join(ROOT, "target/release/query-gateway")], env=env)
    try:
        for _ in range(600):
            try:
                socket.create_connection(("127.0.0.1", port)).close()
                break
            except OSError:
                await asyncio.sleep(0.1)
        await asyncio.sleep(1)
        rss_before = rss_mb(server.pid)
        closed_at, latencies = [], []
        started = time.monotonic()
        slow = [asyncio.create_task(slow_client(port, trickle, closed_at, started)) for _ in range(n)]
        normal = asyncio.create_task(normal_client(port, 50, latencies))
        peak = rss_before
        while not all(t.done() for t in slow):
            peak = max(peak, rss_mb(server.pid))
            await asyncio.sleep(0.5)
        await normal
        closed = sorted(t for t in closed_at if t is not None)
        print(f"slowloris connections: {n}, a header line every {trickle} s")
        print(f"closed by the server: {len(closed)} of {n}; first at {closed[0]:.1f} s, last at {closed[-1]:.1f} s"
              if closed else "closed by the server: 0")
        print(f"server RSS: {rss_before:.0f} MB before, peak {peak:.0f} MB (+{peak - rss_before:.0f} MB)")
        ok = [t for t, s in latencies if s == "200"]
        ok.sort()
        print(f"normal requests meanwhile: {len(ok)} of {len(latencies)} got 200; "
              f"p50 {ok[len(ok) // 2] * 1e3:.1f} ms, max {ok[-1] * 1e3:.1f} ms" if ok else f"normal requests: {latencies}")
    finally:
        server.terminate()
        server.wait(timeout=60)


asyncio.run(main())
