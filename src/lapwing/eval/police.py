"""Did the police kill, arrest, use force? Per-article labels from Lapwing's records, scored against
a gold set of regional news written for Lapwing (``lapwing eval police``).

The outside checks ask three yes/no questions of each regional news article (lower-cased text,
"city:" datelines) and score macro-F1 over them. This module asks the same questions of Lapwing's
records, with the rule below, on ``data/police/police_gold.jsonl``: short regional-news articles
written by the Lapwing team (never copied from any corpus), each with its three labels. Part ``a`` is
articles 0, 2, 4, ... (develop there and read its errors), part ``b`` articles 1, 3, 5, ... (held
back; its errors are never printed). Part ``c`` is a second development set in its own file,
``data/police/police_gold_c.jsonl``, written later in other outlets' styles and phrasings (its errors
are printed, as part a's), and part ``d`` a third, ``data/police/police_gold_d.jsonl``: articles of a real
article's length (8-20 sentences) in which the police action is one sentence among many; part ``e``
(``data/police/police_gold_e.jsonl``) a fourth, short articles written in session 13, kill-heavy; part ``f``
(``data/police/police_gold_f.jsonl``) a fifth, short articles written in session 24 in styles the others lack
(wire copy, ALL-CAPS headlines over lower-cased bodies, arrests by forces that are not police); part ``g``
(``data/police/police_gold_g.jsonl``) a sixth, short articles written in session 26, arrest-heavy; part ``h``
(``data/police/police_gold_h.jsonl``) a seventh, short articles written in session 27 in US, UK, Kenyan, Nigerian,
Ghanaian and Australian outlets' styles; part ``i`` (``data/police/police_gold_i.jsonl``) an eighth, short articles
written in session 29, mostly lower-cased South Asian regional press with "city:" datelines, and Latin American,
Philippine and South African wire copy, with negatives (police as victims, sport, history, court, denied). ``--lower`` lower-cases title and text before the analysis.

**The rule** (an article gets a label when one of its events does):

* only events whose ``status`` is ``asserted`` or ``attributed`` count ("did the police ...": a
  future, planned, negated or hypothetical event is no answer);
* *police*: the event's source actor has sector ``COP`` (police, cops, constables, security forces,
  the police agents of ``lexicons/agents.tsv``);
* **kill**: a police event with a CAMEO code of 18, 19 or 20 that reports a death: its code is a
  killing (1823, 186, 202), its rule id names one (``KILL_RULE``: kill, shot dead, gun down, murder,
  execute, lynch, ...), or a ``killed`` count is linked to it or stands in its sentence ("two youths
  were killed in police firing" is 193 with a killed count);
* a death in police custody (CAMEO 173 from a ``death_in_custody`` rule: "died in police custody", "a man
  held at the police station died") is a **kill** and **force** by the custody's holder, as the definitions
  say (a death in police custody is a killing by the police; every killing by the police is force);
* **arrest**: CAMEO 173 by the police or by an unnamed authority (no source, or a ``GOV`` role or
  group word such as "the authorities"); CAMEO 173 also covers legal action, so the 173 rules that
  charge, indict, prosecute, summon, register a case or issue a warrant (``LEGAL_RULE``) are no arrest;
* **force**: a police event with CAMEO 175 (repression: lathi-charge, tear gas, firing in the air),
  145, or 18/19/20 except abduction and human shields (181, 184), blockades and occupation (191, 192)
  and ceasefire violations (196).

The baseline (``police_baseline.py``) is run on the same articles and the same text.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import typer

from lapwing.eval.police_baseline import LABELS, article_labels
from lapwing.eval.shared import prf
from lapwing.termsafe import terminal_safe

DEFAULT_GOLD = Path(__file__).resolve().parent / "data" / "police" / "police_gold.jsonl"
PART_C_NAME = "police_gold_c.jsonl"
PART_FILES = {"c": PART_C_NAME, "d": "police_gold_d.jsonl", "e": "police_gold_e.jsonl",
              "f": "police_gold_f.jsonl", "g": "police_gold_g.jsonl",
              "h": "police_gold_h.jsonl", "i": "police_gold_i.jsonl"}  # files of their own
DEV_PARTS = frozenset({"a", "c", "d", "e", "f", "g", "h", "i"})  # the parts whose errors may be read
PUBLISHED_DEFAULT = "2026-01-15"

CLAIMED = frozenset({"asserted", "attributed"})
POLICE_SECTORS = frozenset({"COP"})
AUTHORITY_SECTORS = frozenset({"GOV"})
KILL_CODES = frozenset({"1823", "186", "202"})
KILL_RULE = re.compile(r"kill|murder|dead|death|slay|slaughter|massacre|lynch|execut|assassinat|behead|neutrali[sz]|"
                       r"gun_down|(?:^|_)hang|strangl|liquidat|exterminat|annihilat")  # (not exc*hang*e)
LEGAL_RULE = re.compile(r"warrant|register_case|indict|prosecut|trial|summon|charge|arraign")
#: the coder's rules for a death in police custody (coded 173, the custody it ended): by the definitions, a
#: killing by the police (and, like every killing by the police in the gold sets, a use of force)
CUSTODY_DEATH_RULE = re.compile(r"death_in_custody")
NOT_FORCE = frozenset({"181", "184", "191", "192", "196"})
NO_EVENT = {"cameo": "-", "rule": "no event", "status": "", "source": None, "trigger": ""}


class GoldError(ValueError):
    """The gold file is malformed (the message names the line and what to fix)."""


@dataclass(frozen=True)
class GoldArticle:
    id: str
    title: str
    text: str
    published: str
    labels: dict[str, bool]
    tags: tuple[str, ...] = ()


def gold_file(path: str | Path | None = None, part: str | None = None) -> Path:
    """The gold JSONL: ``path`` itself, ``police_gold.jsonl`` inside ``path`` when it is a folder, or the
    shipped file; for parts ``c`` to ``f``, their own file (``police_gold_c.jsonl`` ...) in that folder
    (or the shipped one)."""
    name = PART_FILES.get(part or "", DEFAULT_GOLD.name)
    p = Path(path) if path else DEFAULT_GOLD.parent
    return p / name if p.is_dir() else p


def load_gold(path: str | Path | None = None, part: str | None = None) -> list[GoldArticle]:
    """Every article of the gold file (``gold_file(path, part)``), in file order."""
    p = gold_file(path, part)
    if not p.exists():
        raise FileNotFoundError(f"police gold set not found at {p}: pass --gold with a folder holding "
                                f"{p.name} or a JSONL file")
    out: list[GoldArticle] = []
    seen: set[str] = set()
    for lineno, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            labels = {label: row["labels"][label] for label in LABELS}
            art = GoldArticle(id=row["id"], title=row.get("title") or "", text=row["text"],
                              published=row.get("published") or PUBLISHED_DEFAULT, labels=labels,
                              tags=tuple(row.get("tags") or ()))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise GoldError(f"{p}:{lineno}: not a gold article ({exc!r}); each line needs id, text and "
                            f"labels with {', '.join(LABELS)} (true/false)") from exc
        if not all(isinstance(v, bool) for v in labels.values()):
            raise GoldError(f"{p}:{lineno}: labels must be true or false, got {labels}")
        if art.id in seen:
            raise GoldError(f"{p}:{lineno}: id {art.id!r} is used twice; give each article its own id")
        seen.add(art.id)
        out.append(art)
    return out


def select_part(items: list[GoldArticle], part: str | None) -> list[GoldArticle]:
    """Part a: items 0, 2, 4, ...; part b: items 1, 3, 5, ...; ``all`` or None: every item."""
    if part in (None, "", "all"):
        return list(items)
    if part in PART_FILES:
        raise ValueError(f"part {part} is a file of its own ({PART_FILES[part]}): load it with load_part(gold, {part!r})")
    if part not in ("a", "b"):
        raise ValueError(f"unknown part {part!r}: use a, b, c, d, e, f, g, h, i or all")
    return items[0 if part == "a" else 1::2]


def load_part(gold: str | Path | None, part: str | None) -> list[GoldArticle]:
    """The articles of one part: a, b or all of ``police_gold.jsonl``, or every article of part c's to f's file."""
    if part in PART_FILES:
        return load_gold(gold, part)
    if part not in (None, "", "all", "a", "b"):
        raise ValueError(f"unknown part {part!r}: use a, b, c, d, e, f, g, h, i or all")
    return select_part(load_gold(gold), part)


# ------------------------------------------------------------------ the rule
def _sector(actor: dict | None) -> str | None:
    return actor.get("sector") if isinstance(actor, dict) else None


def is_police(actor: dict | None) -> bool:
    return _sector(actor) in POLICE_SECTORS


def is_unnamed_authority(actor: dict | None) -> bool:
    """No source at all, or a government role or group word ("the authorities", "officials")."""
    if actor is None:
        return True
    return _sector(actor) in AUTHORITY_SECTORS and actor.get("kind") == "agent"


def _violent(code: str) -> bool:
    return code[:2] in ("18", "19", "20")


def _inside(span: dict, start: int, end: int) -> bool:
    return span["start"] <= start and end <= span["end"]


def event_labels(event: dict, index: int, counts: list[dict]) -> set[str]:
    """The labels one event gives (empty when it is not claimed)."""
    if event.get("status") not in CLAIMED:
        return set()
    code, rule = str(event.get("cameo") or ""), str(event.get("rule") or "")
    source = event.get("source")
    out: set[str] = set()
    if code.startswith("173") and not LEGAL_RULE.search(rule) and (is_police(source) or is_unnamed_authority(source)):
        out.add("arrest")
    if not is_police(source):
        return out
    if code.startswith("173") and CUSTODY_DEATH_RULE.search(rule):
        out |= {"kill", "force"}
    if code.startswith(("175", "145")) or (_violent(code) and code[:3] not in NOT_FORCE):
        out.add("force")
    if _violent(code):
        sentence = event.get("sentence") or {}
        killed = any(c.get("category") == "killed" and (
            c.get("event") == index or (sentence and _inside(sentence, c["start"], c["end"]))) for c in counts)
        if code in KILL_CODES or KILL_RULE.search(rule) or killed:
            out.add("kill")
    return out


def record_labels(record: dict) -> tuple[dict[str, bool], dict[str, list[dict]]]:
    """An article's three labels from its record (a ``lapwing extract`` JSON object), and for each label
    the events that gave it."""
    counts = [c for c in record.get("counts") or [] if isinstance(c, dict)]
    text = (record.get("article") or {}).get("text") or ""
    evidence: dict[str, list[dict]] = {label: [] for label in LABELS}
    for i, ev in enumerate(record.get("events") or []):
        for label in event_labels(ev, i, counts):
            evidence[label].append(describe_event(ev, text))
    return {label: bool(evidence[label]) for label in LABELS}, evidence


def describe_event(ev: dict, text: str) -> dict[str, Any]:
    src = ev.get("source") or {}
    sent = ev.get("sentence") or {}
    return {"cameo": ev.get("cameo"), "status": ev.get("status"), "rule": ev.get("rule"),
            "trigger": (ev.get("trigger") or {}).get("text"),
            "source": f"{src.get('text')} [{src.get('sector')}]" if src else None,
            "sentence": text[sent.get("start", 0):sent.get("end", 0)]}


# ------------------------------------------------------------------ scoring
def score(gold: list[dict[str, bool]], predicted: list[dict[str, bool]]) -> dict[str, Any]:
    """Per-label precision / recall / F1 (with tp, fp, fn) and their macro-F1 (the mean of the three F1)."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold articles but {len(predicted)} predictions")
    per: dict[str, dict[str, Any]] = {}
    for label in LABELS:
        tp = sum(g[label] and p[label] for g, p in zip(gold, predicted))
        npred = sum(p[label] for p in predicted)
        ngold = sum(g[label] for g in gold)
        per[label] = {**prf(tp, npred, ngold), "tp": tp, "fp": npred - tp, "fn": ngold - tp, "gold": ngold}
    macro = round(sum(per[label]["f1"] for label in LABELS) / len(LABELS), 4)
    return {"labels": per, "macro_f1": macro}


def errors(items: list[GoldArticle], predicted: list[dict[str, bool]], evidence: list[dict[str, list[dict]]],
           records: list[dict] | None = None) -> list[dict[str, Any]]:
    """One row per wrong label: the article, the label, ``missed`` or ``false``, and the events behind it: for a
    false label the events that gave it, for a missed one every event of the article (from ``records``)."""
    rows = []
    for i, (art, pred, ev) in enumerate(zip(items, predicted, evidence)):
        rec = records[i] if records else {}
        text = (rec.get("article") or {}).get("text") or art.text
        for label in LABELS:
            if pred[label] != art.labels[label]:
                missed = art.labels[label]
                events = [describe_event(e, text) for e in rec.get("events") or []] if missed else ev[label]
                rows.append({"id": art.id, "label": label, "kind": "missed" if missed else "false",
                             "tags": list(art.tags), "text": text, "events": events})
    return rows


# ------------------------------------------------------------------ running
def _articles(items: Iterable[GoldArticle], lower: bool):
    from lapwing.schema import Article

    for a in items:
        title, text = (a.title.lower(), a.text.lower()) if lower else (a.title, a.text)
        yield Article(id=a.id, title=title or None, text=text, published=a.published, language="en")


def analyse(items: list[GoldArticle], lower: bool = False, model: str | None = None,
            pipeline: Any = None) -> list[dict]:
    """Lapwing's records (as JSON objects) for the gold articles, in order (with ``pipeline``, or a new one)."""
    from lapwing.pipeline import Pipeline

    pipe = pipeline or Pipeline.create(model=model)
    return [rec.model_dump(mode="json") for rec in pipe.analyse_many(_articles(items, lower), batch_size=16)]


def read_records(path: str | Path, items: list[GoldArticle]) -> list[dict]:
    """Records written by ``lapwing extract`` for the gold articles, matched by article id."""
    by_id: dict[str, dict] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            by_id[str((rec.get("article") or {}).get("id"))] = rec
    missing = [a.id for a in items if a.id not in by_id]
    if missing:
        raise ValueError(f"{path} has no record for {len(missing)} gold article(s) ({', '.join(missing[:3])}, ...): "
                         "run `lapwing extract` on the gold articles (`lapwing eval police --write-articles`)")
    return [by_id[a.id] for a in items]


def write_articles(path: str | Path, items: list[GoldArticle], lower: bool = False) -> int:
    """The gold articles as JSONL input for ``lapwing extract`` (lower-cased with ``lower``)."""
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for art in _articles(items, lower):
            fh.write(art.model_dump_json(exclude_none=True) + "\n")
            n += 1
    return n


def run(gold: str | Path | None = None, part: str | None = "a", lower: bool = False,
        records: str | Path | None = None, model: str | None = None, pipeline: Any = None) -> dict[str, Any]:
    """Score Lapwing and the keyword baseline on one part of the gold set."""
    items = load_part(gold, part)
    t0 = time.perf_counter()
    recs = read_records(records, items) if records else analyse(items, lower=lower, model=model, pipeline=pipeline)
    seconds = round(time.perf_counter() - t0, 1)
    derived = [record_labels(r) for r in recs]
    predicted = [d[0] for d in derived]
    baseline = [article_labels((a.text.lower() if lower else a.text)) for a in items]
    golds = [a.labels for a in items]
    result: dict[str, Any] = {
        "gold": str(gold_file(gold, part)), "part": part or "all", "lower": lower, "articles": len(items),
        "with_a_label": sum(any(g.values()) for g in golds),
        "lapwing": score(golds, predicted), "baseline": score(golds, baseline),
        "seconds": seconds,
    }
    if recs:
        result["model"] = (recs[0].get("pipeline") or {}).get("model")
    # part b is the lockbox: its errors are never reported
    if part in DEV_PARTS:
        result["errors"] = errors(items, predicted, [d[1] for d in derived], recs)
    return result


def report(result: dict[str, Any], show_errors: int = 0) -> str:
    case = "lower-cased" if result["lower"] else "as written"
    lines = [f"Police action, part {result['part']} of {result['gold']}: {result['articles']} articles "
             f"({result['with_a_label']} with a label), text {case}",
             f"  {'label':<8}{'Lapwing P / R / F1':<28}{'baseline P / R / F1':<28}gold"]
    for label in LABELS:
        lw, bl = result["lapwing"]["labels"][label], result["baseline"]["labels"][label]
        lines.append(f"  {label:<8}{lw['precision']:.3f} / {lw['recall']:.3f} / {lw['f1']:.3f}"
                     f"{'':<7}{bl['precision']:.3f} / {bl['recall']:.3f} / {bl['f1']:.3f}{'':<7}{lw['gold']}")
    lines.append(f"  macro-F1  Lapwing {result['lapwing']['macro_f1']:.3f}   "
                 f"baseline {result['baseline']['macro_f1']:.3f}")
    errs = result.get("errors")
    if errs is not None:
        missed = sum(e["kind"] == "missed" for e in errs)
        lines.append(f"  part {result['part']} errors: {missed} missed labels, {len(errs) - missed} false ones "
                     "(--errors N or --json lists them)")
        for e in errs[:show_errors]:
            tags = " ".join(e["tags"])
            lines.append(terminal_safe(f"  {e['id']} {e['label']} {e['kind']} [{tags}]: {e['text'][:150]}"))
            for d in e["events"] or [NO_EVENT]:
                lines.append(terminal_safe(f"      {d['cameo']:<5} {d['status']:<12} {d['rule']:<22} "
                                           f"trigger {d['trigger']!r:<14} source {d['source']}"))
    return "\n".join(lines)


def command(
    gold: str = typer.Option("", help="Gold folder or JSONL file (default: Lapwing's own police gold set)"),
    part: str = typer.Option("a", help="a (even articles: develop and read errors) | b (odd: held back) | all | "
                             "c, d, e, f, g, h, i (more development sets, files of their own)"),
    lower: bool = typer.Option(False, "--lower", help="Lower-case title and text first (as the outside data is)"),
    records: str = typer.Option("", help="Score these `lapwing extract` records (JSONL) instead of analysing afresh"),
    write_articles_to: str = typer.Option("", "--write-articles", help="Only write the part's articles as JSONL "
                                          "for `lapwing extract` (lower-cased with --lower), then stop"),
    show_errors: int = typer.Option(0, "--errors", help="Parts a, c, d, e and f only: also list the first N wrong labels with the "
                                    "article's events"),
    as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON (parts a, c-f: with errors)"),
) -> None:
    """Police action: did the police kill, arrest, use force? Per-article P/R/F1 and macro-F1 of Lapwing
    and of a keyword baseline on regional news written for Lapwing."""
    import orjson

    try:
        if write_articles_to:
            n = write_articles(write_articles_to, load_part(gold or None, part), lower=lower)
            typer.echo(f"wrote {n} articles to {write_articles_to}")
            return
        result = run(gold or None, part=part, lower=lower, records=records or None)
        if show_errors and part not in DEV_PARTS:
            typer.echo("lapwing eval police: errors are listed for parts a, c, d, e and f only (part b is held back)", err=True)
    except (OSError, ValueError) as exc:
        typer.echo(f"lapwing eval police: {exc}", err=True)
        raise typer.Exit(2)
    typer.echo(orjson.dumps(result, option=orjson.OPT_INDENT_2).decode() if as_json else report(result, show_errors))
