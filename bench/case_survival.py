"""Do a corpus's events survive lower-casing (or capitals)? No gold: the text as written is the reference.

Each article of a Lapwing JSONL file (``scripts/corpus_sample.py`` writes them) is analysed as written
and again with its title and text lower-cased (``--mode lower``) or in capitals (``--mode caps``). The
changed copy has the same length, so an event of the text as written is matched to the changed run's
event on the same trigger offsets. Per CAMEO root it prints how many as-written events are

* kept: same CAMEO code, source and target (country, sector), status;
* changed: an event on the same trigger with another code, source, target or status (which of them is
  counted per field);
* lost: no event on that trigger;

and how many events the changed run has on triggers the text as written has none on (new).

    PYTHONPATH=src .venv/bin/python bench/case_survival.py /tmp/sample/dev.jsonl [--mode lower|caps] [--show]

``--show`` prints every lost, changed and new event with its sentence (for reading development
samples only). ``--json FILE`` writes the per-event comparison for before/after diffs.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path


def _actor(a) -> tuple[str, str] | None:
    """(country, sector); an actor with neither is no coded actor (None)."""
    if a is None or not (a.country or a.sector):
        return None
    return (a.country or "", a.sector or "")


def _tuple(e) -> dict:
    return {"code": e.cameo, "source": _actor(e.source), "target": _actor(e.target), "status": e.status}


def _recase(text: str | None, mode: str) -> str | None:
    if text is None:
        return None
    return text.lower() if mode == "lower" else text.upper()


def compare(cased_events, changed_events) -> tuple[list, list]:
    """Pair the as-written events with the changed run's by trigger offsets.

    Returns ``(pairs, new)``: ``pairs`` holds ``(event, match_or_None, verdict, fields)`` where
    verdict is kept / changed / lost; ``new`` the changed run's events on other triggers."""
    by_trigger = defaultdict(list)
    for e in changed_events:
        by_trigger[(e.trigger.start, e.trigger.end)].append(e)
    used: set[int] = set()
    pairs = []
    for e in cased_events:
        cands = [c for c in by_trigger.get((e.trigger.start, e.trigger.end), []) if id(c) not in used]
        if not cands:
            pairs.append((e, None, "lost", []))
            continue
        want = _tuple(e)
        best = min(cands, key=lambda c: sum(_tuple(c)[k] != v for k, v in want.items()))
        used.add(id(best))
        fields = [k for k, v in want.items() if _tuple(best)[k] != v]
        pairs.append((e, best, "changed" if fields else "kept", fields))
    cased_triggers = {(e.trigger.start, e.trigger.end) for e in cased_events}
    new = [c for c in changed_events if (c.trigger.start, c.trigger.end) not in cased_triggers]
    return pairs, new


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("jsonl")
    ap.add_argument("--mode", default="lower", choices=["lower", "caps"])
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--json", default=None, help="write the per-event comparison here")
    args = ap.parse_args()

    from lapwing.pipeline import Pipeline
    from lapwing.schema import Article

    pipe = Pipeline.create()
    counts: dict[str, Counter] = defaultdict(Counter)
    field_counts: Counter = Counter()
    dump = []
    for line in Path(args.jsonl).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        art = Article(**{k: item.get(k) for k in ("id", "title", "text", "published", "source")})
        cased = pipe.analyse(art)
        changed = pipe.analyse(art.model_copy(update={"title": _recase(art.title, args.mode),
                                                      "text": _recase(art.text, args.mode)}))
        pairs, new = compare(cased.events, changed.events)
        for e, m, verdict, fields in pairs:
            counts[e.cameo[:2]][verdict] += 1
            field_counts.update(fields)
            row = {"id": art.id, "verdict": verdict, "fields": fields, "trigger": e.trigger.text,
                   "start": e.trigger.start, "cased": _tuple(e), "changed": _tuple(m) if m else None}
            dump.append(row)
            if args.show and verdict != "kept":
                print(f"{verdict.upper()} {art.id} {e.cameo} [{e.trigger.text}] {_tuple(e)} -> "
                      f"{_tuple(m) if m else None}\n    {art.text[e.sentence.start:e.sentence.end][:300]}")
        for c in new:
            counts[c.cameo[:2]]["new"] += 1
            dump.append({"id": art.id, "verdict": "new", "trigger": c.trigger.text,
                         "start": c.trigger.start, "changed": _tuple(c)})
            if args.show:
                print(f"NEW {art.id} {c.cameo} [{c.trigger.text}] {_tuple(c)}\n    {art.text[c.sentence.start:c.sentence.end][:300]}")
    print(f"{'root':<6}{'as written':>11}{'kept':>7}{'changed':>9}{'lost':>7}{'new':>6}")
    total: Counter = Counter()
    for root in sorted(counts):
        c = counts[root]
        n = c["kept"] + c["changed"] + c["lost"]
        total.update(c)
        print(f"{root:<6}{n:>11}{c['kept']:>7}{c['changed']:>9}{c['lost']:>7}{c['new']:>6}")
    n = total["kept"] + total["changed"] + total["lost"]
    print(f"{'all':<6}{n:>11}{total['kept']:>7}{total['changed']:>9}{total['lost']:>7}{total['new']:>6}")
    print(f"{args.mode}: {total['kept']} of {n} as-written events kept ({total['kept'] / max(n, 1):.3f}), "
          f"{total['changed']} changed ({', '.join(f'{k} {v}' for k, v in field_counts.most_common())}), "
          f"{total['lost']} lost, {total['new']} new")
    if args.json:
        Path(args.json).write_text(json.dumps(dump, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
