"""``lapwing eval events``: score the event coder against four gold sets.

``plover``      PLOVER gold-standard records, dev half (``../shared/data/events/plover_gsr``): event recall
                (gold events in whose sentence Lapwing codes an event), event-type accuracy on those, and
                source / target country accuracy.
``conflibert``  ConfliBERT CAMEO sentences (``../shared/data/events/conflibert_cameo``, train file, 1,349
                sentences): macro-F1 over the CAMEO "penta-class" labels. That data set labels each sentence
                0 = make a statement *or appeal* (CAMEO 01-02), 1 = verbal cooperation (03-05), 2 = material
                cooperation (06-08), 3 = verbal conflict (09-13), 4 = material conflict (14-20). A sentence's
                predicted class is that of its highest-confidence event ("none" when there is none).
``petrarch2``   PETRARCH2's unit-test records (``../shared/data/events/petrarch2_unittest``): CAMEO code
                agreement, with PETRARCH2's fictional-actor dictionary converted at run time into a Lapwing
                actor file (a temporary file, never stored). With ``lexicons=DIR`` (``--lexicons``), the
                files ``lapwing lexicons import`` wrote there are used instead: ``actors.tsv``,
                ``agents.tsv`` and ``patterns.tsv``, the patterns added to the shipped ones or replacing
                them (``lexicon_mode`` add | replace), and the share of untranslated PETRARCH patterns
                (from DIR's import report) is reported beside the agreement.
``precision``   Lapwing's own no-event set (``lapwing/eval/data/no_event.jsonl``): the share of sentences in
                which no political event happens that still produce an event.

Negated and hypothetical events are never counted as predictions: they say an event did *not* happen.
"""

from __future__ import annotations

from lapwing.eval.shared import DATA_ENV, prf, ratio, shared_data_dir  # noqa: F401
from lapwing.eval.petrarch import (  # noqa: F401  (the petrarch2 gold set: records, dictionaries, scorer)
    LITERAL_CODES, imported_lexicons, load_petrarch, petrarch_actor_file, score_petrarch,
)

import json
import re
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

GOLDS = ("plover", "conflibert", "petrarch2", "precision")
COUNTED = {"asserted", "attributed", "future"}
NO_EVENT_FILE = Path(__file__).parent / "data" / "no_event.jsonl"

#: PLOVER 0.5 type names in the gold records -> the PLOVER 2 type names Lapwing writes
PLOVER_RENAME = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}




def events_dir() -> Path:
    return shared_data_dir() / "events"


class GoldMissing(FileNotFoundError):
    pass


def _need(path: Path) -> Path:
    if not path.exists():
        raise GoldMissing(f"gold data not found: {path} (set ${DATA_ENV} to the shared data folder)")
    return path


# ---------------------------------------------------------------------------------------------
# running the coder


def _pipeline(config: dict | None = None, model: str | None = None):
    from lapwing.pipeline import Pipeline

    return Pipeline.create(model=model, config=config or {})


def _code(pipe, texts: list[str], ids: list[str] | None = None, published: list[str | None] | None = None):
    from lapwing.schema import Article

    ids = ids or [str(i) for i in range(len(texts))]
    published = published or [None] * len(texts)
    arts = [Article(id=i, text=t, language="en", published=p) for i, t, p in zip(ids, texts, published)]
    return list(pipe.analyse_many(arts, batch_size=16))


def _counted(record) -> list:
    return [e for e in record.events if e.status in COUNTED]


def _best(events):
    return max(events, key=lambda e: (e.confidence or 0.0)) if events else None


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


# ---------------------------------------------------------------------------------------------
# PLOVER gold standard records


def _igo_codes() -> set[str]:
    """Codes of IGOs and other non-country codes in Lapwing's countries lexicon (for gold 'IGO')."""
    from lapwing.extract.event_lexicon import LEXICON_DIR

    out = set()
    path = LEXICON_DIR / "countries.tsv"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            f = line.split("\t")
            if len(f) > 1 and f[1] in ("igo", "generic"):
                out.add(f[0])
    return out | {"IGO", "UNO", "EUR", "NGO", "IMG", "NAT"}


def _country_ok(pred: str | None, gold: list[str], igos: set[str]) -> bool:
    if not pred:
        return False
    for g in gold:
        if pred == g:
            return True
        if g in ("IGO", "NGO", "IMG") and pred in igos:
            return True
        # PLOVER records use a few older codes
        if {pred, g} in ({"JPN", "JAP"}, {"ROU", "ROM"}, {"VNM", "VTN"}, {"ITA", "ITL"}, {"NIC", "NIC"}):
            return True
    return False


def _gold_codes(actors) -> list[str]:
    if not isinstance(actors, list):
        return []
    return [a.get("code", "").strip().upper() for a in actors if a.get("code", "").strip() not in ("", "***")]


_EVT = re.compile(r"\(EVT:\s*([^)]*)\)")


def load_plover() -> list[dict]:
    path = _need(events_dir() / "plover_gsr" / "PLOVER_GSR_CAMEO.dev.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return [d for d in data if d.get("event") not in (None, "DOCUMENT") and d.get("text")]


def score_plover(gold: list[dict], records) -> dict[str, Any]:
    igos = _igo_codes()
    n = len(gold)
    found = type_ok = 0
    # per role: gold events with a gold country (n), predicted with a country (has), right (ok)
    roles = {role: Counter() for role in ("source", "target")}
    per_type: dict[str, Counter] = defaultdict(Counter)
    confusion: Counter = Counter()
    misses = []
    for g, rec in zip(gold, records):
        gtype = PLOVER_RENAME.get(g["event"], g["event"])
        evs = _counted(rec)
        per_type[gtype]["gold"] += 1
        if not evs:
            misses.append({"id": g["id"], "type": gtype, "text": g["text"][:160]})
            continue
        found += 1
        per_type[gtype]["found"] += 1
        # the predicted event whose trigger is one of the gold event words, else the most confident one
        words = set()
        info = g.get("textInfo")
        markup = info.get("markup", "") if isinstance(info, dict) else str(info or "")
        for m in _EVT.findall(markup):
            words |= {w.lower() for w in m.split()}
        cands = [e for e in evs if e.trigger.text.lower() in words]
        ev = _best(cands) or _best(evs)
        ptype = ev.plover.type if ev.plover else None
        if ptype == gtype:
            type_ok += 1
            per_type[gtype]["type_ok"] += 1
        else:
            confusion[f"{gtype}->{ptype}"] += 1
        for role, c in roles.items():
            gold_codes = _gold_codes(g.get(role))
            if gold_codes:
                c["n"] += 1
                actor = getattr(ev, role)
                if actor is not None and actor.country:
                    c["has"] += 1
                    c["ok"] += _country_ok(actor.country, gold_codes, igos)
    return {
        "gold_events": n,
        "event_recall": ratio(found, n),
        "event_type_accuracy": ratio(type_ok, found),
        **{f"{role}_country_{k}": v for role, c in roles.items()
           for k, v in (("accuracy", ratio(c["ok"], c["has"])), ("coverage", ratio(c["has"], c["n"])))},
        "actor_country_accuracy": ratio(sum(c["ok"] for c in roles.values()), sum(c["has"] for c in roles.values())),
        "per_type": {k: dict(v) for k, v in sorted(per_type.items())},
        "type_confusions": dict(confusion.most_common(15)),
        "missed": misses,
    }


# ---------------------------------------------------------------------------------------------
# ConfliBERT CAMEO penta-class sentences

PENTA = ("0", "1", "2", "3", "4")


def penta_class(cameo: str) -> str:
    """ConfliBERT's penta-class of a CAMEO code. Unlike GDELT's quad classes, that data set files
    CAMEO 16 (reduce relations: sanctions, aid cuts, expulsions) under verbal conflict (checked on the
    train file: 38 of 41 sentences Lapwing codes 16x are labelled 3)."""
    root = int(cameo[:2])
    if root <= 2:
        return "0"
    if root <= 5:
        return "1"
    if root <= 8:
        return "2"
    if root <= 13 or root == 16:
        return "3"
    return "4"


def load_conflibert() -> list[tuple[str, str]]:
    path = _need(events_dir() / "conflibert_cameo" / "cameo_class" / "train.tsv")
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            text, _, label = line.rpartition("\t")
            out.append((text.strip(), label.strip()))
    return out


def score_conflibert(gold: list[tuple[str, str]], records) -> dict[str, Any]:
    pred = []
    for rec in records:
        ev = _best(_counted(rec))
        pred.append(penta_class(ev.cameo) if ev is not None else "none")
    labels = list(PENTA)
    per = {}
    f1s = []
    for lab in labels + ["none"]:
        tp = sum(1 for (_, g), p in zip(gold, pred) if g == lab and p == lab)
        fp = sum(1 for (_, g), p in zip(gold, pred) if g != lab and p == lab)
        fn = sum(1 for (_, g), p in zip(gold, pred) if g == lab and p != lab)
        p_ = tp / (tp + fp) if tp + fp else 0.0
        r_ = tp / (tp + fn) if tp + fn else 0.0
        per[lab] = {"precision": round(p_, 4), "recall": round(r_, 4), "f1": round(_f1(p_, r_), 4),
                    "gold": tp + fn, "predicted": tp + fp}
        if lab != "none":
            f1s.append(_f1(p_, r_))
    n = len(gold)
    answered = sum(1 for p in pred if p != "none")
    correct = sum(1 for (_, g), p in zip(gold, pred) if g == p)
    answered_ok = sum(1 for (_, g), p in zip(gold, pred) if g == p and p != "none")
    conf = Counter(f"{g}->{p}" for (_, g), p in zip(gold, pred))
    macro5 = sum(f1s) / len(f1s)
    return {
        "sentences": n,
        "macro_f1": round(macro5, 4),
        "macro_f1_with_none": round((sum(f1s) + 0.0) / 6, 4),
        "accuracy": ratio(correct, n),
        "coverage": ratio(answered, n),
        "accuracy_when_coded": ratio(answered_ok, answered),
        "macro_f1_when_coded": _macro_when_coded(gold, pred),
        "per_class": per,
        "confusion": dict(sorted(conf.items())),
    }


def _macro_when_coded(gold, pred) -> float:
    pairs = [(g, p) for (_, g), p in zip(gold, pred) if p != "none"]
    f1s = []
    for lab in PENTA:
        tp = sum(1 for g, p in pairs if g == lab and p == lab)
        fp = sum(1 for g, p in pairs if g != lab and p == lab)
        fn = sum(1 for g, p in pairs if g == lab and p != lab)
        p_ = tp / (tp + fp) if tp + fp else 0.0
        r_ = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(_f1(p_, r_))
    return round(sum(f1s) / len(f1s), 4)


# ---------------------------------------------------------------------------------------------
# precision set


def load_no_event(path: Path = NO_EVENT_FILE) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def score_precision(gold: list[dict], records) -> dict[str, Any]:
    n = len(gold)
    fired = []
    any_fired = 0
    by_topic: dict[str, Counter] = defaultdict(Counter)
    for g, rec in zip(gold, records):
        by_topic[g.get("topic", "?")]["sentences"] += 1
        if rec.events:
            any_fired += 1
        evs = _counted(rec)
        if evs:
            by_topic[g.get("topic", "?")]["with_event"] += 1
            fired.append({"id": g["id"], "text": g["text"],
                          "events": [f"{e.cameo} {e.status} {e.trigger.text} ({e.rule})" for e in evs]})
    return {
        "sentences": n,
        "with_event": len(fired),
        "false_event_rate": ratio(len(fired), n),
        "any_status_rate": ratio(any_fired, n),
        "by_topic": {k: dict(v) for k, v in sorted(by_topic.items())},
        "fired": fired,
    }


# ---------------------------------------------------------------------------------------------
# entry point


def run(gold: str = "plover", json_out: bool = False, model: str | None = None,
        limit: int | None = None, lexicons: Path | None = None, lexicon_mode: str = "add") -> dict[str, Any]:
    """Code the gold set's sentences and score them; returns a JSON-able dict. ``lexicons`` (petrarch2
    only): a folder written by ``lapwing lexicons import``, used in ``lexicon_mode`` add or replace."""
    if gold not in GOLDS:
        raise ValueError(f"unknown events gold set {gold!r}; available: {', '.join(GOLDS)}")
    if lexicons is not None and gold != "petrarch2":
        raise ValueError("--lexicons applies to --gold petrarch2 only")
    if lexicon_mode not in ("add", "replace"):
        raise ValueError(f"--lexicon-mode {lexicon_mode!r}: use add or replace")
    t0 = time.perf_counter()
    tmpdir = None
    config: dict[str, Any] = {}
    imported: dict[str, Any] = {}
    dates: list[str | None] | None = None
    if gold == "plover":
        data = load_plover()[: limit or None]
        texts = [d["text"] for d in data]
    elif gold == "conflibert":
        data = load_conflibert()[: limit or None]
        texts = [t for t, _ in data]
    elif gold == "petrarch2":
        data = load_petrarch()[: limit or None]
        texts = [d["text"] for d in data]
        if lexicons is None:
            tmpdir = tempfile.TemporaryDirectory(prefix="lapwing-petr-")
            actor_file = petrarch_actor_file(Path(tmpdir.name) / "petrarch_actors.tsv")
            config["actor_files"] = [str(actor_file)]
        else:
            imported = imported_lexicons(Path(lexicons))
            dates = [d.get("date") for d in data]
            # PETRARCH codes a pattern's code whatever the verb's modality ("will restore ties" is 064);
            # Lapwing's default re-codes future events as intents (03x) and negated futures as refusals.
            # With imported dictionaries the imported codes are kept as written (printed in the report).
            config.update(LITERAL_CODES)
            if "actors" in imported:
                config["actor_files"] = [str(imported["actors"])]
            if "agents" in imported:
                config["agent_files"] = [str(imported["agents"])]
            if "patterns" in imported:
                config["pattern_files"] = [str(imported["patterns"])]
            config["patterns_mode"] = lexicon_mode
    else:
        data = load_no_event()[: limit or None]
        texts = [d["text"] for d in data]
    try:
        pipe = _pipeline(config, model)
        records = _code(pipe, texts, published=dates)
    finally:
        if tmpdir is not None:
            tmpdir.cleanup()
    scorer = {"plover": score_plover, "conflibert": score_conflibert, "petrarch2": score_petrarch,
              "precision": score_precision}[gold]
    result = {"gold": gold, "model": pipe.provenance["model"], "extractors": pipe.provenance["extractors"],
              "has_parser": "parser" in pipe.nlp.pipe_names}
    result.update(scorer(data, records))
    if gold == "petrarch2":
        result["lexicons"] = str(lexicons) if lexicons is not None else None
        result["lexicon_mode"] = lexicon_mode if lexicons is not None else None
        result["coder_settings"] = dict(LITERAL_CODES) if lexicons is not None else {}
        for k in ("patterns", "translated", "untranslated", "untranslated_share"):
            if "report_" + k in imported:
                result[f"imported_{k}"] = imported["report_" + k]
    result["failed"] = sum(1 for r in records if r.status != "ok")
    result["seconds"] = round(time.perf_counter() - t0, 1)
    return result


def report(result: dict[str, Any]) -> str:
    g = result["gold"]
    head = f"events vs {g}  (model {result['model']}; extractors {result['extractors']}; {result['seconds']} s)"
    lines = [head]
    if g == "plover":
        lines += [
            f"  gold events            {result['gold_events']}",
            f"  event recall           {result['event_recall']:.3f}",
            f"  event-type accuracy    {result['event_type_accuracy']:.3f}  (on gold events with a coded event)",
            f"  source country acc.    {result['source_country_accuracy']:.3f}  (coverage {result['source_country_coverage']:.3f})",
            f"  target country acc.    {result['target_country_accuracy']:.3f}  (coverage {result['target_country_coverage']:.3f})",
            f"  actor country acc.     {result['actor_country_accuracy']:.3f}",
        ]
    elif g == "conflibert":
        lines += [
            f"  sentences              {result['sentences']}",
            f"  macro-F1 (classes 0-4) {result['macro_f1']:.3f}   (6 labels incl. 'no event': {result['macro_f1_with_none']:.3f})",
            f"  accuracy               {result['accuracy']:.3f}   coverage {result['coverage']:.3f}",
            f"  when coded: accuracy   {result['accuracy_when_coded']:.3f}   macro-F1 {result['macro_f1_when_coded']:.3f}",
        ]
        for lab, m in result["per_class"].items():
            lines.append(f"    class {lab:<5} P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f}  gold {m['gold']} pred {m['predicted']}")
    elif g == "petrarch2":
        lines += [
            f"  gold codings           {result['gold_codings']}",
            f"  coded share            {result['coded_share']:.3f}",
            f"  exact code agreement   {result['code_agreement']:.3f}",
            f"  root (2-digit) agr.    {result['root_agreement']:.3f}  ({result['root_agreement_when_coded']:.3f} when coded)",
            f"  quad-class agreement   {result['quad_agreement']:.3f}",
            f"  no-event records with an event: {result['noevent_records_with_event']} of {result['noevent_records']}",
        ]
        if result.get("lexicons"):
            lines.append(f"  lexicons               {result['lexicons']} (mode {result['lexicon_mode']}; coder "
                         + ", ".join(f"{k}={str(v).lower()}" for k, v in result["coder_settings"].items()) + ")")
        if "imported_patterns" in result:
            lines.append(f"  untranslated patterns  {result['imported_untranslated']} of {result['imported_patterns']} "
                         f"({result['imported_untranslated_share']:.3f}; reasons in the import report)")
    else:
        lines += [
            f"  sentences              {result['sentences']}",
            f"  false event rate       {result['false_event_rate']:.3f}  ({result['with_event']} sentences)",
            f"  any-status event rate  {result['any_status_rate']:.3f}  (incl. negated/hypothetical)",
        ]
        for f in result["fired"][:20]:
            lines.append(f"    {f['id']}: {f['events']}  | {f['text'][:90]}")
    if not result.get("has_parser"):
        lines.append("  note: the NLP pipeline has no parser; the event coder needs one")
    return "\n".join(lines)
