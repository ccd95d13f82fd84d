"""The loop the sentence sweeps in scripts/ share: read ``--kind`` and ``--show``, run each written sentence through
the pipeline, count each sentence's verdict by kind and print the first ``--show`` sentences whose verdict is not the
right one with their events. Each sweep keeps its own sentences, its own judge and its own summary."""

from __future__ import annotations

import argparse
import collections
from typing import Callable, Iterable

#: the publication date every sweep sentence is read against
PUBLISHED = "2026-11-02"


def sweep_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kind", default=None, help="only the sentences of this kind")
    ap.add_argument("--show", type=int, default=0, help="print this many sentences judged wrong, with their events")
    return ap.parse_args()


def with_actors(e) -> str:
    """An event as the argument sweeps print it: code, status, trigger, source and target with their countries."""
    return " ".join(str(x) for x in (e.cameo, e.status, e.trigger.text if e.trigger else None, "|",
                                       e.source and (e.source.text, e.source.country), "->",
                                       e.target and (e.target.text, e.target.country)))


def run(items: Iterable[tuple], judge: Callable[..., str], show: int, ok: str = "ok",
        label: Callable[..., str] | None = None,
        describe: Callable = with_actors) -> dict[str, collections.Counter]:
    """``items`` are ``(kind, text, *facts)``; ``judge(kind, events, *facts)`` gives a verdict; a verdict other than
    ``ok`` is printed (``label(kind, verdict, *facts)`` heads it) up to ``show`` times. Returns the verdicts by kind."""
    from lapwing.pipeline import Pipeline
    from lapwing.schema import Article

    pipe = Pipeline.create()
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    shown = 0
    for kind, text, *facts in items:
        evs = pipe.analyse(Article(id="s", text=text, published=PUBLISHED)).events
        verdict = judge(kind, evs, *facts)
        counts[kind][verdict] += 1
        if verdict != ok and shown < show:
            shown += 1
            head = label(kind, verdict, *facts) if label else f"{kind}: {verdict}"
            print(f"[{head}] {text}")
            for e in evs:
                print("   ", describe(e))
    return counts


def print_failures(counts: dict[str, collections.Counter], ok: str = "ok") -> None:
    """One line per kind: how many of its sentences fail, by verdict."""
    for kind, c in counts.items():
        total = sum(c.values())
        print(f"{kind}: {total - c[ok]} of {total} fail: " + ", ".join(f"{k} {v}" for k, v in c.most_common() if k != ok))
