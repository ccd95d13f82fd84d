"""``lapwing eval events --gold petrarch2``: PETRARCH2's unit-test records and dictionaries.

The records (``../shared/data/events/petrarch2_unittest/PETR.UnitTest.records.xml``) give CAMEO codes
that PETRARCH2's own validation dictionaries produce. Without imported lexicons the fictional actors are
converted at run time into a temporary Lapwing actor file; with ``--lexicons DIR`` the files that
``lapwing lexicons import`` wrote into DIR are used (docs/lexicons.md).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from lapwing.eval.shared import ratio

#: coder settings for the petrarch2 eval with imported dictionaries: codes kept as the dictionary wrote them
LITERAL_CODES = {"future_as_intent": False, "negated_future_as_refusal": False}
COUNTED = {"asserted", "attributed", "future"}


def _need(path: Path) -> Path:
    from lapwing.eval.events import _need as need

    return need(path)


def _unittest_dir() -> Path:
    from lapwing.eval.events import events_dir

    return events_dir() / "petrarch2_unittest"


def _counted(record) -> list:
    return [e for e in record.events if e.status in COUNTED]


_SENT = re.compile(r"<Sentence\b([^>]*)>(.*?)</Sentence>", re.S)
_CODING = re.compile(r"<EventCoding\b([^>]*)>", re.S)
_ATTR = re.compile(r"(\w+)\s*=\s*[\"']([^\"']*)[\"']")


def load_petrarch() -> list[dict]:
    path = _need(_unittest_dir() / "PETR.UnitTest.records.xml")
    raw = path.read_text(encoding="utf-8", errors="replace")
    raw = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
    out = []
    for attrs, body in _SENT.findall(raw):
        a = dict(_ATTR.findall(attrs))
        m = re.search(r"<Text>(.*?)</Text>", body, re.S)
        if not m:
            continue
        text = " ".join(m.group(1).split())
        codings = []
        noevents = False
        for c in _CODING.findall(body):
            ca = dict(_ATTR.findall(c))
            if ca.get("noevents", "").lower() == "true" or "noevents" in c:
                noevents = True
                continue
            if ca.get("eventcode"):
                codings.append({"source": ca.get("sourcecode", ""), "target": ca.get("targetcode", ""),
                                "code": ca["eventcode"]})
        out.append({"id": a.get("id", ""), "category": a.get("category", ""), "text": text,
                    "codings": codings, "noevents": noevents, "date": _petr_date(a.get("date", ""))})
    return out


def _petr_date(value: str) -> str | None:
    m = re.match(r"^(\d{4})(\d{2})(\d{2})$", value.strip())
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def imported_lexicons(folder: Path) -> dict[str, Any]:
    """What ``lapwing lexicons import`` left in ``folder``: the files and the verb import's summary."""
    if not folder.is_dir():
        raise FileNotFoundError(f"--lexicons {folder}: no such folder (write one with 'lapwing lexicons import "
                                f"--format petrarch-verbs FILE --out {folder}')")
    out: dict[str, Any] = {k: (folder / f) for k, f in (("actors", "actors.tsv"), ("agents", "agents.tsv"),
                                                          ("patterns", "patterns.tsv")) if (folder / f).is_file()}
    if not out:
        raise FileNotFoundError(f"--lexicons {folder}: no actors.tsv, agents.tsv or patterns.tsv in it")
    report = folder / "import-report.petrarch-verbs.tsv"
    if report.is_file():
        for line in report.read_text(encoding="utf-8").splitlines():
            m = re.match(r"^# (patterns|translated|untranslated|untranslated_share): (\S+)$", line)
            if m:
                out["report_" + m.group(1)] = float(m.group(2)) if "." in m.group(2) else int(m.group(2))
    return out


def petrarch_actor_file(dest: Path) -> Path:
    """Convert PETRARCH2's validation actor dictionary into a Lapwing actor file (docs/actors.md format).

    Each entry ``NAME [CODE]`` (with ``+SYNONYM`` lines and date-restricted code blocks, of which the
    last is kept) becomes one row: name, variants, country = the code's first three letters, sector =
    the next three letters when present. Underscores join words; a trailing underscore is dropped.
    """
    src = _need(_unittest_dir() / "dictionaries" / "PETR.Validate.actors.txt")
    entries: list[dict] = []
    cur: dict | None = None
    for raw in src.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.strip().startswith("<!--"):
            continue
        codes = re.findall(r"\[([^\]]*)\]", line)
        head = re.sub(r"\[[^\]]*\]", "", line).strip()
        if line.startswith("+"):
            if cur is not None:
                cur["variants"].append(_petr_name(line[1:]))
            continue
        if head and not line[0].isspace():
            cur = {"name": _petr_name(head), "variants": [], "code": None}
            entries.append(cur)
        if codes and cur is not None:
            code = codes[-1].strip().split()[0] if codes[-1].strip() else ""
            code = code.lstrip("~<>")
            if code and code[0] not in "<>":
                cur["code"] = code
    rows = ["name\tvariants\tcountry\tsector\tstart\tend\tkind\tnote"]
    for e in entries:
        code = (e["code"] or "").upper()
        if not re.match(r"^[A-Z]{3}", code) or code.startswith(("---", "+++", "###")):
            continue
        country, sector = code[:3], code[3:6]
        if not re.match(r"^[A-Z]{3}$", sector):
            sector = "-"
        if not e["name"]:
            continue
        variants = "|".join(v for v in e["variants"] if v)
        rows.append(f"{e['name']}\t{variants}\t{country}\t{sector}\t\t\torg\tPETRARCH2 validation actor")
    dest.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return dest


def _petr_name(s: str) -> str:
    s = s.strip().strip("_").replace("_", " ")
    s = " ".join(s.split())
    return s.title() if s.isupper() else s


def score_petrarch(gold: list[dict], records) -> dict[str, Any]:
    n = exact = root = quad = coded = 0
    src_n = src_ok = 0
    misses = []
    noev_n = noev_fp = 0
    for g, rec in zip(gold, records):
        evs = _counted(rec)
        if g["noevents"] and not g["codings"]:
            noev_n += 1
            noev_fp += bool(evs)
            continue
        for c in g["codings"]:
            code = c["code"].strip()
            if not re.match(r"^\d{2,4}$", code):
                continue
            n += 1
            if evs:
                coded += 1
            codes = [e.cameo for e in evs]
            if code in codes:
                exact += 1
            if any(x[:2] == code[:2] for x in codes):
                root += 1
            gq = _quad(code)
            if any(e.quad_class == gq for e in evs):
                quad += 1
            else:
                misses.append({"id": g["id"], "gold": code, "pred": codes, "text": g["text"][:140]})
            gsrc = c["source"][:3].upper()
            if evs and gsrc:
                src_n += 1
                src_ok += any((e.source is not None and (e.source.country or "") == gsrc) for e in evs)
    return {
        "gold_codings": n,
        "coded_share": ratio(coded, n),
        "code_agreement": ratio(exact, n),
        "root_agreement": ratio(root, n),
        "quad_agreement": ratio(quad, n),
        "root_agreement_when_coded": ratio(root, coded),
        "source_country_agreement_when_coded": ratio(src_ok, src_n),
        "noevent_records": noev_n,
        "noevent_records_with_event": noev_fp,
        "missed": misses[:40],
    }


def _quad(code: str) -> int:
    r = int(code[:2])
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


# ---------------------------------------------------------------------------------------------
