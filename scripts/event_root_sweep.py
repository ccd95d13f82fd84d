"""A sweep of the event coder over plain news phrasings per CAMEO root (issue 10, session 18).

    PYTHONPATH=src .venv/bin/python scripts/event_root_sweep.py [--fresh | --third] [--root 07] [--show]

For every CAMEO root 01-20, the phrasings in ``event_root_sweep_data.py`` (written for Lapwing: verbs, light verbs
with their nouns, phrasal verbs, passives, nominal events, headlines, lower-cased copy) are coded one by one as
articles; a phrasing counts as found when some claimed event (asserted or attributed) has one of its accepted
roots. Prints the count per root and in all; ``--show`` lists the misses with the events that were emitted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from event_root_sweep_data import FRESH, SWEEP, THIRD  # noqa: E402

CLAIMED = {"asserted", "attributed"}


def _found(evs, roots):
    return any(e.status in CLAIMED and e.cameo[:2] in roots for e in evs)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fresh", action="store_true", help="the draw written after the fixes")
    ap.add_argument("--third", action="store_true", help="the draw of session 19 (headlines, misread verbs)")
    ap.add_argument("--root", help="one root only, e.g. 07")
    ap.add_argument("--show", action="store_true", help="list the misses and what was emitted")
    args = ap.parse_args(argv)

    from lapwing.pipeline import Pipeline
    from lapwing.schema import Article

    pipe = Pipeline.create()
    data = THIRD if args.third else FRESH if args.fresh else SWEEP
    total = found = 0
    for root, items in sorted(data.items()):
        if args.root and root != args.root:
            continue
        hits, misses = 0, []
        for text, accepted in items:
            evs = pipe.analyse(Article(id="s", text=text, published="2026-11-02")).events
            if _found(evs, set(accepted.split("|"))):
                hits += 1
            else:
                misses.append((text, [(e.cameo, e.status, e.rule, e.trigger.text if e.trigger else None,
                                       e.source.text if e.source else None) for e in evs]))
        total += len(items)
        found += hits
        print(f"{root}\t{hits}/{len(items)}")
        if args.show:
            for text, evs in misses:
                print(f"   MISS {text}\n        {evs}")
    print(f"all\t{found}/{total}")


if __name__ == "__main__":
    main()
