"""Precision audit by rule: which rules, lexicon rows and CAMEO->PLOVER mappings produce wrong events.

    python scripts/event_rule_audit.py plover DIR          # DIR from ../shared/eval/run plover-dev --keep DIR
    python scripts/event_rule_audit.py conflibert DIR      # DIR from ../shared/eval/run conflibert-dev --keep DIR
    python scripts/event_rule_audit.py judged OUT.jsonl JUDGED.tsv   # an unlabelled sample judged by hand
    python scripts/event_rule_audit.py mapping CAMEO2PLOVER.txt      # cameo.tsv's PLOVER types against a table

Each claimed event (status not negated / hypothetical, as the shared scorers count) is joined to the gold of
its item and counted right or wrong under its rule, its lexicon row and its (CAMEO root -> PLOVER type):

* plover: right when the event's PLOVER type is among the item's accepted types (score_events.py's test);
* conflibert: right when the event's class (CAMEO root -> the five classes) is the item's label; the event
  that decides the item (the most confident claimed one) is also counted on its own ("deciding" columns);
* judged: a TSV written by hand, one row per event (``article_id<TAB>event_index<TAB>right|wrong``);
  ``judged OUT.jsonl`` with no TSV writes a blank one to fill in (to stdout) with each event's rule, code and
  trigger, so the judging happens outside the project.

The tables give rule names and counts only; ``--show`` also prints each wrong event's sentence for reading
on the terminal (development parts only: never for the lockbox, never into the project).
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

NOT_CLAIMED = {"negated", "hypothetical"}
PENTA = {r: c for c, roots in enumerate([(1, 2), (3, 4, 5), (6, 7, 8), (9, 10, 11, 12, 13, 16),
                                         (14, 15, 17, 18, 19, 20)]) for r in (f"{x:02d}" for x in roots)}
CAMEO_TSV = Path(__file__).resolve().parents[1] / "src" / "lapwing" / "lexicons" / "cameo.tsv"


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def claims(rec):
    return [e for e in rec.get("events") or [] if str(e.get("status") or "").lower() not in NOT_CLAIMED]


def ptype(ev):
    return ((ev.get("plover") or {}).get("type") or "").upper() or None


def keys(ev):
    """The groups an event is counted under."""
    root = (ev.get("cameo") or "")[:2]
    return {"rule": ev.get("rule") or "?", "row": ev.get("lexicon") or "?",
            "mapping": f"{root}->{ptype(ev) or '-'}", "code": ev.get("cameo") or "?"}


def sentence(rec, ev):
    text = (rec.get("article") or {}).get("text") or ""
    sp = ev.get("sentence") or {}
    return text[sp.get("start", 0):sp.get("end", 0)]


class Table:
    """Right / wrong counts per group, for each kind of key."""

    def __init__(self):
        self.n = collections.defaultdict(lambda: collections.Counter())

    def add(self, ev, right, extra=""):
        for kind, k in keys(ev).items():
            self.n[(kind, k)]["right" + extra if right else "wrong" + extra] += 1

    def rows(self, kind, col="", min_wrong=1):
        out = [(k, c["right" + col], c["wrong" + col]) for (kd, k), c in self.n.items() if kd == kind]
        out = [r for r in out if r[2] >= min_wrong and r[1] + r[2]]
        return sorted(out, key=lambda r: (-(r[2] - r[1]), -r[2], r[0]))

    def print(self, kinds=("rule", "mapping", "row"), col="", top=25, out=sys.stdout):
        for kind in kinds:
            rows = self.rows(kind, col)
            print(f"\n{kind}{' (' + col.strip('_') + ')' if col else ''}: wrong / right, worst first "
                  f"({len(rows)} with a wrong event)", file=out)
            for k, right, wrong in rows[:top]:
                flag = "  <- wrong more often than right" if wrong > right else ""
                print(f"  {k:<58} wrong {wrong:>3}  right {right:>3}{flag}", file=out)


def audit_plover(d, show):
    golds, outs = load_jsonl(Path(d) / "plover-dev.gold.jsonl"), load_jsonl(Path(d) / "plover-dev.out.jsonl")
    t, right_n, n = Table(), 0, 0
    for g, rec in zip(golds, outs):
        accept = set(g.get("accept") or [g["event"]])
        for ev in claims(rec):
            ok = ptype(ev) in accept
            t.add(ev, ok)
            right_n, n = right_n + ok, n + 1
            if show and not ok:
                print(f"[wrong] {g['id']} gold {sorted(accept)} got {ev.get('cameo')} {ptype(ev)} "
                      f"rule {ev.get('rule')} ({ev.get('lexicon')}) trigger {(ev.get('trigger') or {}).get('text')!r}"
                      f"\n    {sentence(rec, ev)}")
    print(f"plover: {n} claimed events, {right_n} right, {n - right_n} wrong (precision {right_n / max(n, 1):.3f})")
    t.print()
    return t


def audit_conflibert(d, show):
    golds = load_jsonl(Path(d) / "conflibert-dev.gold.jsonl")
    outs = load_jsonl(Path(d) / "conflibert-dev.out.jsonl")
    t, n, right_n = Table(), 0, 0
    for g, rec in zip(golds, outs):
        label = int(g["label"])
        evs = [e for e in claims(rec) if (e.get("cameo") or "")[:2] in PENTA]
        decide = max(evs, key=lambda e: (e.get("confidence") or -1, PENTA[e["cameo"][:2]]), default=None)
        for ev in evs:
            ok = PENTA[ev["cameo"][:2]] == label
            t.add(ev, ok)
            n, right_n = n + 1, right_n + ok
            if ev is decide:
                t.add(ev, ok, "_deciding")
            if show and not ok:
                print(f"[wrong{'*' if ev is decide else ''}] item label {label} got {ev.get('cameo')} class {PENTA[ev['cameo'][:2]]} rule "
                      f"{ev.get('rule')} ({ev.get('lexicon')}) trigger {(ev.get('trigger') or {}).get('text')!r}"
                      f"\n    {sentence(rec, ev)}")
    print(f"conflibert: {n} claimed events, {right_n} of the item's class, {n - right_n} of another")
    t.print(kinds=("rule", "mapping"))
    t.print(kinds=("rule",), col="_deciding")
    return t


def audit_judged(out_path, judged_path, show):
    recs = {r["article"]["id"] if "article" in r else r.get("id"): r for r in load_jsonl(out_path)}
    if judged_path is None:   # a blank sheet to judge
        for aid, rec in recs.items():
            for i, ev in enumerate(rec.get("events") or []):
                if str(ev.get("status") or "").lower() in NOT_CLAIMED:
                    continue
                src = (ev.get("source") or {}).get("text")
                print(f"{aid}\t{i}\t?\t{ev.get('cameo')}\t{ev.get('status')}\t{ev.get('rule')}\t"
                      f"{(ev.get('trigger') or {}).get('text')}\t{src}")
        return None
    t, n, right_n = Table(), 0, 0
    for line in Path(judged_path).read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3 or parts[2] not in ("right", "wrong"):
            continue
        ev = recs[parts[0]]["events"][int(parts[1])]
        ok = parts[2] == "right"
        t.add(ev, ok)
        n, right_n = n + 1, right_n + ok
        if show and not ok:
            print(f"[wrong] {parts[0]}#{parts[1]} {ev.get('cameo')} rule {ev.get('rule')}"
                  f"\n    {sentence(recs[parts[0]], ev)}")
    print(f"judged: {n} claimed events, {right_n} right, {n - right_n} wrong (precision {right_n / max(n, 1):.3f})")
    t.print(kinds=("rule", "mapping"))
    return t


def read_mapping(path):
    """CAMEO code -> PLOVER type from a 'code: TYPE, mode, context # name' table."""
    out = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if ":" not in line:
            continue
        code, rest = line.split(":", 1)
        if code.strip().isdigit():
            out[code.strip()] = rest.split(",")[0].strip().upper()
    return out


def audit_mapping(path):
    theirs, diffs = read_mapping(path), []
    for line in CAMEO_TSV.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("code\t") or not line.strip():
            continue
        cols = line.split("\t")
        code, ours = cols[0], (cols[4] if len(cols) > 4 else "").strip().upper()
        if code in theirs and theirs[code] != ours:
            diffs.append((code, ours or "-", theirs[code] or "-"))
    print(f"mapping: {len(diffs)} codes where cameo.tsv's PLOVER type differs from {Path(path).name}")
    for code, ours, t in diffs:
        print(f"  {code:<6} ours {ours:<10} table {t}")
    return diffs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=["plover", "conflibert", "judged", "mapping"])
    ap.add_argument("path")
    ap.add_argument("judged", nargs="?")
    ap.add_argument("--show", action="store_true", help="print wrong events' sentences (development parts only)")
    a = ap.parse_args(argv)
    if a.what == "plover":
        audit_plover(a.path, a.show)
    elif a.what == "conflibert":
        audit_conflibert(a.path, a.show)
    elif a.what == "judged":
        audit_judged(a.path, a.judged, a.show)
    else:
        audit_mapping(a.path)


if __name__ == "__main__":
    main()
