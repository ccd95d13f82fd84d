"""How many of the event verbs that annotators marked in wire sentences get an event from the coder.

Halterman's event-location data (``../shared/data/events/event_location``) marks, in single sentences of
AP, AFP and Xinhua wire copy, the verb of a political or violent event ("Gunmen *captured* two
Germans ...", "Thousands *demonstrated* in ..."). The sentences were picked for their events, not for
Lapwing, and nobody here wrote them, so they measure how far the coder reaches on real wire phrasing.
It is a recall measure only: the annotations say where an event verb is, not its CAMEO code, and many
marked verbs are no event a coder should emit (a car bomb that "detonated" with no doer, an old war's
"captured"). Use the figure to compare one version of the coder with another on the same
half, never as an absolute score.

Sentences come from the wire sources only (``APW_RA``, ``AFP_RA``, ``Xinhua_RA``, ``AP``, ``Xinhua`` and
the re-annotated ``RELABEL`` set), one item per distinct sentence with all its marked verbs, read
through their token offsets. Part ``a`` is items 0, 2, 4, ... (read errors there), part ``b`` items 1,
3, 5, ... (held back). A verb counts as found when an asserted, attributed or future event's trigger
overlaps it, or follows it joined only by "and" or a comma ("shot and killed" is one event, coded on
"killed"). Articles are dated 2004-01-15 (the data's years run from the 1990s to the 2010s, so
events in sentences that name an old year are left out as history, as they would be in a live feed).
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lapwing.eval.event_location import _char_range, _read_records, data_file
from lapwing.eval.places import shared_data_dir

WIRE_SOURCES = frozenset({"APW_RA", "AFP_RA", "Xinhua_RA", "AP", "Xinhua", "RELABEL"})
PUBLISHED = "2004-01-15"
CLAIMED = ("asserted", "attributed", "future")


@dataclass
class WireSentence:
    id: str
    text: str
    verbs: list[tuple[int, int]] = field(default_factory=list)


def wire_sentences(records: list[dict]) -> list[WireSentence]:
    """One item per distinct wire sentence, with every verb marked on it (token offsets)."""
    by_text: dict[str, WireSentence] = {}
    for r in records:
        if r.get("source") not in WIRE_SOURCES or not r.get("text"):
            continue
        toks = r.get("tokens") or []
        for s in r.get("spans") or []:
            if s.get("label") != "VERB" or "token_start" not in s or "token_end" not in s or not toks:
                continue
            item = by_text.setdefault(r["text"], WireSentence(f"wire{len(by_text)}", r["text"]))
            rng = _char_range(toks, s["token_start"], s["token_end"])
            if rng not in item.verbs:
                item.verbs.append(rng)
    return list(by_text.values())


def load_gold(path: str | Path | None = None, part: str | None = None) -> list[WireSentence]:
    p = data_file(path)
    if not p.exists():
        raise FileNotFoundError(f"event-location data not found at {p}")
    items = wire_sentences(_read_records(p))
    if part == "a":
        return items[0::2]
    if part == "b":
        return items[1::2]
    if part:
        raise ValueError(f"unknown part {part!r}: use a or b")
    return items


#: what may stand between a marked verb and the trigger of the one event that covers both
_JOINS = frozenset({"and", ",", ", and", "and then", "or"})


def _joined(text: str, verb_end: int, trigger_start: int) -> bool:
    """"shot *and* killed", "stormed, looted and burned": coordinated verbs of one act are one event,
    coded on the last of them, which covers the verb marked before it."""
    return verb_end <= trigger_start and " ".join(text[verb_end:trigger_start].split()) in _JOINS


def score(pipeline, items: list[WireSentence]) -> dict[str, Any]:
    from lapwing.schema import Article

    n = hit = 0
    per_verb: Counter[str] = Counter()
    per_verb_hit: Counter[str] = Counter()
    for it in items:
        rec = pipeline.analyse(Article(id=it.id, text=it.text, published=PUBLISHED))
        triggers = [(e.trigger.start, e.trigger.end) for e in rec.events if e.status in CLAIMED]
        for s, e in it.verbs:
            word = it.text[s:e].lower()
            n += 1
            per_verb[word] += 1
            if any((ts < e and s < te) or _joined(it.text, e, ts) for ts, te in triggers):
                hit += 1
                per_verb_hit[word] += 1
    return {
        "sentences": len(items), "verbs": n, "found": hit, "coverage": round(hit / n, 4) if n else 0.0,
        "per_verb": [{"verb": v, "n": c, "found": per_verb_hit[v]} for v, c in per_verb.most_common(25)],
    }


def run(gold: str = "", part: str | None = None, model: str | None = None, limit: int | None = None) -> dict:
    """Trigger coverage on the wire sentences (``gold``: a path, or empty for the shared data)."""
    from lapwing import nlp as nlp_mod
    from lapwing.pipeline import Pipeline

    t0 = time.perf_counter()
    items = load_gold(gold or None, part)
    if limit:
        items = items[:limit]
    pipe = Pipeline.create(model=model)
    res = score(pipe, items)
    return {"gold": gold or "event_location (wire sentences)", "part": part or "whole",
            "model": nlp_mod.describe(pipe.nlp), **res, "seconds": round(time.perf_counter() - t0, 1)}


def report(result: dict) -> str:
    lines = [
        f"event-triggers / {result['gold']}, {result['part']}: {result['sentences']} sentences, "
        f"{result['verbs']} marked event verbs (model {result['model']}, {result['seconds']} s)",
        f"  coverage  {result['coverage']:.3f}  ({result['found']} verbs with an event on them)",
        "  by verb:  " + ", ".join(f"{r['verb']} {r['found']}/{r['n']}" for r in result["per_verb"][:15]),
    ]
    return "\n".join(lines)
