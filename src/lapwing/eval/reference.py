"""``lapwing eval events --gold reference``: score the pipeline against Lapwing's frozen reference set.

The reference set (``tests/data/event_reference/*.tsv`` in the repository) holds sentences and short
articles written for Lapwing, each coded by hand in CAMEO as full event tuples: code, source and target
actor (text, country, sector), status, date and place. Items with no event line are no-event items
(sport, markets, weather, history, figurative uses): any event emitted on them is a false event.

File format (tab-separated, ``#`` starts a comment line)::

    S  <id>  <published>  <text>                       an item; "\\n" in the text is a line break
    E  <code>  <source>  <target>  <status>  <date>  <place>  <anchor>

``code``: a CAMEO code, or ``A|B`` where the CAMEO definitions leave a careful coder the choice;
``?code`` marks an optional event (a background mention a coder may code or not): it is never a
miss, and an emitted event it matches is neither counted nor false.

``source`` / ``target``: ``text=CCC SSS`` (country code, sector code; ``-`` for none; ``A|B`` for
either; ``*`` for any, where the text leaves the actor open), or empty when the event has no such actor. ``date`` (ISO, as precise as the text) and
``place`` (a place name) are given only where the text gives them, else empty. ``anchor`` (optional)
is a piece of the sentence the event is in; in an article it picks the sentence.

Three levels, each a one-to-one greedy matching of emitted to gold events within an item:

``root``   CAMEO root code + source country.
``full``   full CAMEO code + source country and sector + target country and sector.
``attrs``  on the events matched at the root level: status, date and place where the gold gives them.

Precision counts every emitted event (any status) on every item; recall every gold event.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lapwing.eval.shared import prf, ratio

STATUSES = ("asserted", "attributed", "negated", "future", "hypothetical")


def reference_dir() -> Path:
    """``tests/data/event_reference`` in the repository this module runs from."""
    for parent in Path(__file__).resolve().parents:
        if (parent / "pyproject.toml").exists():
            return parent / "tests" / "data" / "event_reference"
    return Path.cwd() / "tests" / "data" / "event_reference"


@dataclass
class GoldActor:
    text: str
    countries: frozenset[str]  # "-" is "no country"
    sectors: frozenset[str]  # "-" is "no sector"

    def fits(self, actor) -> bool:
        c = (getattr(actor, "country", None) or "-") if actor is not None else "-"
        s = (getattr(actor, "sector", None) or "-") if actor is not None else "-"
        return ("*" in self.countries or c in self.countries) and ("*" in self.sectors or s in self.sectors)

    def country_fits(self, actor) -> bool:
        c = (getattr(actor, "country", None) or "-") if actor is not None else "-"
        return "*" in self.countries or c in self.countries

    def show(self) -> str:
        return f"{self.text}={'|'.join(sorted(self.countries))} {'|'.join(sorted(self.sectors))}"


NO_ACTOR = GoldActor("", frozenset({"-"}), frozenset({"-"}))


@dataclass
class GoldEvent:
    code: str  # one CAMEO code, or several separated by "|" where CAMEO allows either
    source: GoldActor
    target: GoldActor
    status: str
    date: str | None
    place: str | None
    anchor: str | None
    line: int
    optional: bool = False  # "?code": a coder may emit it or not; never a miss, never a false event

    @property
    def codes(self) -> list[str]:
        return self.code.split("|")

    @property
    def root(self) -> str:
        """The root of the first code (per-root figures count a gold event under this root)."""
        return self.code[:2]

    @property
    def roots(self) -> set[str]:
        return {c[:2] for c in self.codes}

    def show(self) -> str:
        bits = [self.code, self.source.show() or "-", "->", self.target.show() or "-", self.status]
        if self.date:
            bits.append(self.date)
        if self.place:
            bits.append("@" + self.place)
        return " ".join(bits)


@dataclass
class Item:
    id: str
    published: str | None
    text: str
    line: int
    file: str
    events: list[GoldEvent] = field(default_factory=list)


def _actor(field_text: str, where: str) -> GoldActor:
    field_text = field_text.strip()
    if not field_text:
        return NO_ACTOR
    if "=" not in field_text:
        raise ValueError(f"{where}: actor {field_text!r} has no '=CCC SSS' codes")
    text, codes = field_text.rsplit("=", 1)
    parts = codes.split()
    if len(parts) != 2:
        raise ValueError(f"{where}: actor codes {codes!r} must be 'COUNTRY SECTOR' ('-' for none)")
    return GoldActor(text.strip(), frozenset(parts[0].split("|")), frozenset(parts[1].split("|")))


def load(path: Path | str | None = None) -> list[Item]:
    """Read every ``*.tsv`` file of the reference folder (or one file) into items, checking the format."""
    path = Path(path) if path else reference_dir()
    files = sorted(path.glob("*.tsv")) if path.is_dir() else [path]
    if not files:
        raise FileNotFoundError(f"no reference files (*.tsv) in {path}")
    items: list[Item] = []
    seen: set[str] = set()
    for f in files:
        cur: Item | None = None
        for n, raw in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            where = f"{f.name}:{n}"
            cols = line.split("\t")
            if cols[0] == "S":
                if len(cols) != 4:
                    raise ValueError(f"{where}: an S line has 4 tab-separated columns, not {len(cols)}")
                _, iid, pub, text = cols
                if iid in seen:
                    raise ValueError(f"{where}: duplicate item id {iid}")
                seen.add(iid)
                cur = Item(iid, pub.strip() or None, text.replace("\\n", "\n"), n, f.name)
                items.append(cur)
            elif cols[0] == "E":
                if cur is None:
                    raise ValueError(f"{where}: an E line before any S line")
                cols += [""] * (8 - len(cols))
                if len(cols) != 8:
                    raise ValueError(f"{where}: an E line has at most 8 columns, not {len(cols)}")
                _, code, src, tgt, status, date, place, anchor = (c.strip() for c in cols)
                optional = code.startswith("?")
                code = code.lstrip("?")
                if not all(c.isdigit() and 2 <= len(c) <= 4 for c in code.split("|")):
                    raise ValueError(f"{where}: bad CAMEO code {code!r}")
                if status not in STATUSES:
                    raise ValueError(f"{where}: bad status {status!r}")
                if anchor and anchor not in cur.text:
                    raise ValueError(f"{where}: anchor {anchor!r} is not in the item's text")
                cur.events.append(GoldEvent(code, _actor(src, where), _actor(tgt, where), status,
                                            date or None, place or None, anchor or None, n, optional))
            else:
                raise ValueError(f"{where}: a line starts with S, E or #, not {cols[0]!r}")
    return items


# ---------------------------------------------------------------------------------------------
# matching


def _sentence(record, ev) -> str:
    return record.article.text[ev.sentence.start:ev.sentence.end]


def _in_anchor(record, g: GoldEvent, ev) -> bool:
    return g.anchor is None or g.anchor in _sentence(record, ev)


def _root_ok(record, g: GoldEvent, ev) -> bool:
    return ev.cameo[:2] in g.roots and _in_anchor(record, g, ev) and g.source.country_fits(ev.source)


def _full_ok(record, g: GoldEvent, ev) -> bool:
    return (ev.cameo in g.codes and _in_anchor(record, g, ev)
            and g.source.fits(ev.source) and g.target.fits(ev.target))


def _match(record, gold: list[GoldEvent], pred: list, ok) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, gold in order, each taking the first fitting unused prediction."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for pi, ev in enumerate(pred):
            if pi not in used and ok(record, g, ev):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def _date_ok(gold: str, pred: str | None) -> bool:
    return bool(pred) and (pred == gold or pred.startswith(gold + "T"))


def _place_ok(gold: str, place) -> bool:
    if place is None:
        return False
    g = gold.casefold()
    names = {(place.name or "").casefold(), (place.text or "").casefold()}
    return any(n and (n == g or g in n or n in g) for n in names)


def _show_pred(ev) -> str:
    def a(x):
        if x is None:
            return "-"
        return f"{x.text}={x.country or '-'} {x.sector or '-'}"

    bits = [ev.cameo, a(ev.source), "->", a(ev.target), ev.status]
    if ev.date:
        bits.append(ev.date)
    if ev.place is not None:
        bits.append("@" + (ev.place.name or ev.place.text))
    bits.append(f"[{ev.trigger.text}/{ev.rule}]")
    return " ".join(bits)


def _tally(counts: Counter, bad: list[str], ok: bool, wrong: str) -> None:
    """One attribute of a matched event checked: counted in ``counts`` (``n``, and ``ok`` when right), ``wrong`` added
    to ``bad`` when not."""
    counts["n"] += 1
    if ok:
        counts["ok"] += 1
    else:
        bad.append(wrong)


def score(items: list[Item], records) -> dict[str, Any]:
    by_id = {r.article.id: r for r in records}
    levels = {"root": Counter(), "full": Counter()}
    per_root: dict[str, Counter] = defaultdict(Counter)
    per_file: dict[str, Counter] = defaultdict(Counter)
    attrs = {k: Counter() for k in ("status", "date", "place")}
    misses, false_events, wrong_attrs, noevent_hits = [], [], [], []
    failed = [{"id": r.article.id, "status": r.status, "reason": r.reason} for r in records if r.status != "ok"]
    n_gold = n_pred = n_optional = 0
    n_noevent = 0
    for it in items:
        rec = by_id.get(it.id)
        emitted = list(rec.events) if rec is not None and rec.status == "ok" else []
        gold = [g for g in it.events if not g.optional]
        optional = [g for g in it.events if g.optional]
        n_optional += len(optional)
        if not it.events:
            n_noevent += 1
            if emitted:
                noevent_hits.append({"id": it.id, "text": it.text[:200],
                                     "events": [_show_pred(e) for e in emitted]})
        root_pairs = _match(rec, gold, emitted, _root_ok) if emitted else []
        used = {pi for _, pi in root_pairs}
        # optional events absorb what they match among the rest: neither counted nor false
        rest = [i for i in range(len(emitted)) if i not in used]
        absorbed = {rest[pi] for _, pi in _match(rec, optional, [emitted[i] for i in rest], _root_ok)} if rest else set()
        pred = [e for i, e in enumerate(emitted) if i not in absorbed]
        keep = [i for i in range(len(emitted)) if i not in absorbed]
        root_pairs = [(gi, keep.index(pi)) for gi, pi in root_pairs]
        full_pairs = _match(rec, gold, pred, _full_ok) if pred else []
        n_gold += len(gold)
        n_pred += len(pred)
        per_file[it.file]["gold"] += len(gold)
        per_file[it.file]["pred"] += len(pred)
        per_file[it.file]["tp"] += len(root_pairs)
        levels["root"]["tp"] += len(root_pairs)
        levels["full"]["tp"] += len(full_pairs)
        for g in gold:
            per_root[g.root]["gold"] += 1
        got = {gi for gi, _ in root_pairs}
        used = {pi for _, pi in root_pairs}
        for pi, ev in enumerate(pred):
            if pi not in used:
                per_root[ev.cameo[:2]]["pred"] += 1
        for gi, pi in root_pairs:
            g, ev = gold[gi], pred[pi]
            per_root[g.root]["tp"] += 1
            per_root[g.root]["pred"] += 1  # a match counts under the gold root (alternative codes may differ)
            bad: list[str] = []
            _tally(attrs["status"], bad, ev.status == g.status, f"status {ev.status} (gold {g.status})")
            if g.date:
                _tally(attrs["date"], bad, _date_ok(g.date, ev.date), f"date {ev.date} (gold {g.date})")
            if g.place:
                name = None if ev.place is None else (ev.place.name or ev.place.text)
                _tally(attrs["place"], bad, _place_ok(g.place, ev.place), f"place {name} (gold {g.place})")
            if bad:
                wrong_attrs.append({"id": it.id, "gold": g.show(), "pred": _show_pred(ev), "wrong": bad})
        for gi, g in enumerate(gold):
            if gi not in got:
                misses.append({"id": it.id, "gold": g.show(), "text": it.text[:200] if g.anchor is None else g.anchor,
                               "emitted": [_show_pred(e) for e in pred]})
        if it.events:
            for pi, ev in enumerate(pred):
                if pi not in used:
                    false_events.append({"id": it.id, "pred": _show_pred(ev), "sentence": _sentence(rec, ev)[:200]})
    out: dict[str, Any] = {
        "gold": "reference",
        "items": len(items),
        "event_items": len(items) - n_noevent,
        "noevent_items": n_noevent,
        "gold_events": n_gold,
        "optional_events": n_optional,
        "emitted_events": n_pred,
        "failed_items": failed,
    }
    for lev, c in levels.items():
        out[lev] = {"tp": c["tp"], **prf(c["tp"], n_pred, n_gold)}
    out["attrs"] = {k: {"n": c["n"], "accuracy": ratio(c["ok"], c["n"])} for k, c in attrs.items()}
    out["per_root"] = {r: {"gold": c["gold"], "pred": c["pred"], "tp": c["tp"], **prf(c["tp"], c["pred"], c["gold"])}
                       for r, c in sorted(per_root.items())}
    out["per_file"] = {f: {"gold": c["gold"], "pred": c["pred"], "tp": c["tp"], **prf(c["tp"], c["pred"], c["gold"])}
                       for f, c in sorted(per_file.items())}
    out["noevent_items_with_event"] = len(noevent_hits)
    out["noevent_false"] = noevent_hits
    out["misses"] = misses
    out["false_events"] = false_events
    out["wrong_attrs"] = wrong_attrs
    return out


def code_items(items: list[Item], pipe=None) -> list:
    """Run the pipeline (default: all default extractors) over the items."""
    from lapwing.schema import Article

    if pipe is None:
        from lapwing.pipeline import Pipeline

        pipe = Pipeline.create()
    arts = [Article(id=it.id, text=it.text, published=it.published, language="en") for it in items]
    return list(pipe.analyse_many(arts, batch_size=16))


def run(path: str | None = None, as_json: bool = False, pipe=None) -> dict[str, Any]:
    t0 = time.time()
    items = load(path)
    records = code_items(items, pipe)
    out = score(items, records)
    out["seconds"] = round(time.time() - t0, 1)
    return out


def report(result: dict[str, Any], errors: int = 25) -> str:
    r = result
    lines = [
        f"events vs reference  ({r['items']} items: {r['event_items']} with events, {r['noevent_items']} without; "
        f"{r['gold_events']} gold events (+{r['optional_events']} optional), {r['emitted_events']} emitted; {r.get('seconds', '?')} s)",
    ]
    if r.get("failed_items"):
        f = r["failed_items"]
        lines.append(f"  !! {len(f)} items not analysed (no events counted for them), e.g. {f[0]['id']}: {f[0]['reason']}")
    for lev, what in (("root", "root + source country"), ("full", "full code + source/target country+sector")):
        m = r[lev]
        lines.append(f"  {what:<42} P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f}  (tp {m['tp']})")
    for k, m in r["attrs"].items():
        lines.append(f"  {k + ' on root-matched events':<42} {m['accuracy']:.3f}  (n {m['n']})")
    lines.append(f"  no-event items with an event             {r['noevent_items_with_event']} of {r['noevent_items']}")
    lines.append("  per root:   gold  pred    tp     P     R")
    for root, m in r["per_root"].items():
        lines.append(f"    {root}      {m['gold']:5d} {m['pred']:5d} {m['tp']:5d} {m['precision']:.3f} {m['recall']:.3f}")
    lines.append("  per file (root level):  gold  pred    tp     P     R")
    for f, m in r.get("per_file", {}).items():
        lines.append(f"    {f:<26} {m['gold']:5d} {m['pred']:5d} {m['tp']:5d} {m['precision']:.3f} {m['recall']:.3f}")
    if errors:
        for title, key, fmt in (
            ("no-event items with an event", "noevent_false", lambda x: f"{x['id']}: {x['events']}  | {x['text']}"),
            ("false events", "false_events", lambda x: f"{x['id']}: {x['pred']}  | {x['sentence']}"),
            ("misses", "misses", lambda x: f"{x['id']}: {x['gold']}  | emitted {x['emitted']} | {x['text']}"),
            ("wrong status/date/place", "wrong_attrs", lambda x: f"{x['id']}: {x['wrong']}  | {x['pred']}"),
        ):
            rows = r[key]
            lines.append(f"  {title} ({len(rows)}; first {min(errors, len(rows))}):")
            lines += ["    " + fmt(x) for x in rows[:errors]]
    return "\n".join(lines)
