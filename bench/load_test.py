"""A bounded, self-stopping load test of `lapwing serve` on loopback: many concurrent clients on
GET /events and POST /articles; zero server errors expected; p50 / p99 per endpoint reported.

    .venv/bin/python bench/load_test.py                       # 50 clients for 60 s
    .venv/bin/python bench/load_test.py --clients 10 --seconds 10

The server is started here (``lapwing serve --host 127.0.0.1`` on a free port, a token set, a new
store filled with a few articles through ``POST /articles?store=true``) and stopped at the end; the
test only ever talks to 127.0.0.1. Each client loops until the time is up: GET /events with a random
filter (country, PLOVER type, CAMEO prefix, words, dates, a page) most of the time, and one time in
five POST /articles with a short article to analyse (one such POST in ten also stores it, with the
token, which closes and reopens the server's read connection while the reads go on). A request
that is not answered within ``--timeout`` seconds counts as an error. The run stops itself after
``--seconds`` (and after ``--max-requests``), waits for the requests in flight, and prints JSON.
Exit status 1 when any request got a 5xx or no answer.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TOKEN = "load-test-token-0123456789"
LOOPBACK = "127.0.0.1"

ARTICLES = [
    "Police in Nairobi arrested fifteen protesters on Monday after a march against fuel prices, officials said.",
    "The French foreign minister met his German counterpart in Berlin on Tuesday to discuss energy cooperation.",
    "Rebels attacked an army base near Goma on Wednesday, killing four soldiers, the Congolese army said.",
    "Brazil's president visited Argentina on Thursday and praised the new trade talks between the two countries.",
    "Thousands of workers marched in Lagos on Friday to demand higher wages, union leaders said.",
    "The United Nations called on both sides to halt the fighting in eastern Congo, a spokesman said.",
]
FILTERS: list[dict[str, Any]] = [
    {}, {"country": "KEN"}, {"plover": "PROTEST"}, {"cameo": "17"}, {"actor": "police"}, {"text": "march"},
    {"since": "2024-01-01", "until": "2024-12-31"}, {"quad": 4}, {"sort": "mentions"}, {"limit": 5, "offset": 2},
    {"country": "FRA", "sort": "goldstein"}, {"place": "Lagos"},
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int, log: Path) -> subprocess.Popen:
    exe = Path(sys.executable).with_name("lapwing")
    env = {**os.environ, "LAPWING_API_TOKEN": TOKEN}
    fh = open(log, "wb")
    return subprocess.Popen([str(exe), "serve", "--db", str(db), "--host", LOOPBACK, "--port", str(port)],
                            stdout=fh, stderr=subprocess.STDOUT, env=env)


async def wait_ready(client: Any, base: str, proc: subprocess.Popen, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server stopped (exit {proc.returncode}) before it answered")
        try:
            if (await client.get(base + "/health")).status_code == 200:
                return
        except Exception:
            pass
        await asyncio.sleep(0.3)
    raise RuntimeError("the server did not answer /health in time")


def _pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return round(values[0] * 1000, 1)
    return round(statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] * 1000, 1)


async def run_load(base: str, clients: int, seconds: float, max_requests: int, timeout: float,
                   seed: int = 1) -> dict[str, Any]:
    import httpx

    lat: dict[str, list[float]] = {"GET /events": [], "POST /articles": [], "POST /articles?store=true": []}
    statuses: dict[str, dict[str, int]] = {k: {} for k in lat}
    errors: list[str] = []
    sent = 0
    stop_at = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(timeout=timeout, limits=limits) as client:

        async def one_client(k: int) -> None:
            nonlocal sent
            r = random.Random(seed * 1000 + k)
            while time.monotonic() < stop_at and sent < max_requests:
                sent += 1
                roll = r.random()
                t0 = time.perf_counter()
                try:
                    if roll < 0.8:
                        key = "GET /events"
                        resp = await client.get(base + "/events", params=r.choice(FILTERS))
                    else:
                        store = roll > 0.98
                        key = "POST /articles?store=true" if store else "POST /articles"
                        art = {"id": f"load-{k}-{sent}" if store else None, "published": "2024-03-04",
                               "source": "Load Wire", "text": r.choice(ARTICLES)}
                        resp = await client.post(base + "/articles" + ("?store=true" if store else ""), json=art,
                                                 headers={"Authorization": f"Bearer {TOKEN}"} if store else {})
                except Exception as exc:  # no answer in time, connection refused or reset
                    errors.append(f"{type(exc).__name__}: {exc}"[:200])
                    continue
                lat[key].append(time.perf_counter() - t0)
                code = str(resp.status_code)
                statuses[key][code] = statuses[key].get(code, 0) + 1

        t0 = time.perf_counter()
        await asyncio.gather(*(one_client(k) for k in range(clients)))
        wall = time.perf_counter() - t0
    server_errors = sum(n for s in statuses.values() for c, n in s.items() if c.startswith("5"))
    return {
        "clients": clients, "seconds": round(wall, 1), "requests": sum(len(v) for v in lat.values()),
        "requests_per_s": round(sum(len(v) for v in lat.values()) / wall, 1) if wall else None,
        "server_errors": server_errors, "no_answer": len(errors), "first_errors": errors[:3],
        "endpoints": {k: {"n": len(v), "p50_ms": _pct(v, 50), "p99_ms": _pct(v, 99), "status": statuses[k]}
                      for k, v in lat.items()},
    }


async def _main_async(clients: int, seconds: float, max_requests: int, timeout: float, seed: int,
                      keep: Path | None = None) -> dict[str, Any]:
    import httpx

    with tempfile.TemporaryDirectory(prefix="lapwing-load-") as tmp:
        work = keep or Path(tmp)
        db, port = work / "load.duckdb", free_port()
        base = f"http://{LOOPBACK}:{port}"
        proc = start_server(db, port, work / "server.log")
        try:
            async with httpx.AsyncClient(timeout=300) as client:
                await wait_ready(client, base, proc)
                seed_articles = [{"id": f"seed-{i}", "published": "2024-03-04", "source": "Seed Wire", "text": t}
                                 for i, t in enumerate(ARTICLES)]
                r = await client.post(base + "/articles?store=true", json=seed_articles,
                                      headers={"Authorization": f"Bearer {TOKEN}"})
                if r.status_code != 200:
                    raise RuntimeError(f"filling the store failed: {r.status_code} {r.text[:300]}")
            result = await run_load(base, clients, seconds, max_requests, timeout, seed)
            result["server_alive_after"] = proc.poll() is None
            log_text = (work / "server.log").read_text(errors="replace")
            result["tracebacks_in_server_log"] = log_text.count("Traceback")
            return result
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def load_test(clients: int = 50, seconds: float = 60, max_requests: int = 1_000_000, timeout: float = 120,
              seed: int = 1) -> dict[str, Any]:
    return asyncio.run(_main_async(clients, seconds, max_requests, timeout, seed))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--max-requests", type=int, default=1_000_000, help="stop after this many requests too")
    ap.add_argument("--timeout", type=float, default=120, help="seconds a request may wait for its answer")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    result = load_test(args.clients, args.seconds, args.max_requests, args.timeout, args.seed)
    print(json.dumps(result, indent=2))
    bad = result["server_errors"] or result["no_answer"] or not result["server_alive_after"]
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
