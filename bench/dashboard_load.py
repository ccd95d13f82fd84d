"""First load of the web dashboard in headless Chromium (Debian's, via Playwright), on the example data.

Builds a store from examples/ (or uses --db), serves it on a loopback port in this process, and
opens the dashboard N times, each in a fresh browser context (empty cache): the time from the start
of navigation until every view (timeline, map, network, table) is drawn, read from the page's own
performance mark ``lapwing-ready``. Also a warm load (reload in the same context). Not a test: a
figure for docs/service.md (target of issue 12: first load under 2 s).

    .venv/bin/python bench/dashboard_load.py [--repeat 10] [--db PATH] [--screenshots docs/img]

--screenshots DIR also saves the pictures the README shows: the dashboard, an actor filter, and an
event's mentions with the highlighted spans.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("LAPWING_CHROMIUM", "/usr/bin/chromium")
READY = "body[data-state=ready]"
VIEWPORT = {"width": 1400, "height": 1000}


def build_store(path: Path) -> None:
    from lapwing.runners.local import run_into_store
    from lapwing.store import open_store

    with open_store(path) as st:
        run_into_store([ROOT / "examples"], st)


def one_load(browser, url: str) -> dict[str, float]:
    ctx = browser.new_context(viewport=VIEWPORT)
    page = ctx.new_page()
    sizes: list[int] = []
    page.on("requestfinished", lambda r: sizes.append((r.sizes() or {}).get("responseBodySize", 0)))
    page.goto(url)
    page.wait_for_selector(READY, timeout=30_000)
    cold = page.evaluate("() => performance.getEntriesByName('lapwing-ready')[0].startTime")
    dcl = page.evaluate("() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")
    n_requests, n_bytes = len(sizes), sum(sizes)
    page.reload()
    page.wait_for_selector(READY, timeout=30_000)
    warm = page.evaluate("() => performance.getEntriesByName('lapwing-ready')[0].startTime")
    ctx.close()
    return {"cold": cold, "dcl": dcl, "warm": warm, "requests": n_requests, "bytes": n_bytes}


def screenshots(browser, url: str, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    ctx = browser.new_context(viewport=VIEWPORT, device_scale_factor=1)
    page = ctx.new_page()
    page.goto(url)
    page.wait_for_selector(READY)
    page.wait_for_timeout(300)
    shots = [out / "dashboard.png"]
    page.screenshot(path=shots[-1])
    gen = page.get_attribute("body", "data-generation")
    page.fill("input[name=actor]", "Guaidó")
    page.press("input[name=actor]", "Enter")
    page.wait_for_function("(g) => document.body.dataset.state === 'ready' && document.body.dataset.generation !== g",
                           arg=gen)
    page.wait_for_timeout(300)
    shots.append(out / "dashboard-actor-filter.png")
    page.screenshot(path=shots[-1])
    # an event whose sentence has source, target and trigger spans
    for row in page.locator("#table tbody tr").all():
        row.click()
        page.wait_for_selector("#detail[data-state=ready]")
        if all(page.locator(f"#detail mark.span-{r}").count() > 1 for r in ("source", "target", "trigger")):
            break
    page.evaluate("() => window.scrollTo(0, 0)")
    shots.append(out / "dashboard-event.png")
    page.screenshot(path=shots[-1])
    ctx.close()
    return shots


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=10, help="cold loads to time (default 10)")
    ap.add_argument("--db", type=Path, help="an existing store (default: build one from examples/)")
    ap.add_argument("--screenshots", type=Path, metavar="DIR", help="also save the README's screenshots here")
    args = ap.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"no Chromium at {CHROMIUM}: install Debian's chromium (scripts/system-deps.sh) or set LAPWING_CHROMIUM",
              file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    from lapwing.web.local import serve_in_thread

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "examples.duckdb"
            t0 = time.perf_counter()
            build_store(db)
            print(f"store from examples/ built in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        with serve_in_thread(db) as base, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM)
            one_load(browser, base + "/")  # warm-up: the server's first queries, Chromium's first start
            runs = [one_load(browser, base + "/") for _ in range(args.repeat)]
            if args.screenshots:
                for s in screenshots(browser, base + "/", args.screenshots):
                    print(f"saved {s}", file=sys.stderr)
            version = browser.version
            browser.close()

    def row(name: str, key: str) -> str:
        v = sorted(r[key] for r in runs)
        p95 = v[min(len(v) - 1, round(0.95 * (len(v) - 1)))]
        return f"| {name} | {statistics.median(v):.0f} | {p95:.0f} | {v[-1]:.0f} |"

    print(f"dashboard load, headless Chromium {version}, {args.repeat} loads on {db if args.db else 'examples/'}")
    print(f"{runs[0]['requests']} requests, {runs[0]['bytes'] / 1024:.0f} KiB transferred on a cold load\n")
    print("| load | p50 ms | p95 ms | max ms |")
    print("|---|---:|---:|---:|")
    print(row("first load (cold cache): navigation to every view drawn", "cold"))
    print(row("DOMContentLoaded (cold cache)", "dcl"))
    print(row("reload (warm cache): navigation to every view drawn", "warm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
