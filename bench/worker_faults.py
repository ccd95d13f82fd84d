"""Page faults and CPU time of the ``--jobs N`` workers, pass by pass (the workers' allocator, session 17).

Starts the local runner's worker pool (``runners.pool.Workers``: each worker builds and warms its pipeline), then
feeds it the 89 VOA benchmark stories ``--repeat`` times in chunks of 8, as ``lapwing run --jobs N`` does, and
prints, per article, the workers' minor page faults and user and system CPU time from ``/proc/PID/stat`` (Linux):
what a worker pays for memory it touches for the first time, or again after giving it back to the system.

    python bench/worker_faults.py [--src DIR] [--jobs 2] [--repeat 1]

Not a timed test: the figures depend on the machine and on what else runs on it; compare two trees (``--src``)
in turn, within minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
VOA = REPO.parent / "shared" / "data" / "corpora" / "voa_benchmark" / "voa_stories.jsonl"


def _stat(pid: int) -> tuple[int, float, float]:
    """(minor faults, user s, system s) of a process so far."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
        f = fh.read().rsplit(")", 1)[1].split()
    tick = os.sysconf("SC_CLK_TCK")
    return int(f[7]), int(f[11]) / tick, int(f[12]) / tick


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", default=str(REPO / "src"))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--chunk", type=int, default=8)
    args = ap.parse_args()
    sys.path.insert(0, str(Path(args.src).resolve()))
    from lapwing.runners.pool import PipelineOptions, Workers
    from lapwing.schema import Article

    rows = [json.loads(x) for x in VOA.read_text(encoding="utf-8").splitlines() if x.strip()]
    arts = [Article(id=r["id"], text=r["text"], published=(r.get("published") or "")[:10] or None, language="en")
            for r in rows]
    pool = Workers(PipelineOptions(), args.jobs, args.chunk)
    try:
        pool.submit([]).result()  # every worker started, its pipeline built and warmed
        pids = pool.pids()
        before = [_stat(p) for p in pids]
        for _ in range(args.repeat):
            futures = [pool.submit(arts[i:i + args.chunk]) for i in range(0, len(arts), args.chunk)]
            for fut in futures:
                fut.result()
        after = [_stat(p) for p in pids]
    finally:
        pool.close()
    n = len(arts) * args.repeat
    faults, user, system = (sum(b[k] - a[k] for a, b in zip(before, after)) for k in range(3))
    out = {"src": str(Path(args.src).resolve()), "jobs": args.jobs, "articles": n,
           "load_avg_at_start": [round(x, 2) for x in os.getloadavg()],
           "minor_faults_per_article": round(faults / n), "user_ms_per_article": round(1000 * user / n, 1),
           "sys_ms_per_article": round(1000 * system / n, 1), "cpu_ms_per_article": round(1000 * (user + system) / n, 1)}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
