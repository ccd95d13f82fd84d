"""``lapwing lexicons export``: Lapwing's actor and agent lexicons written out for other tools.

``petrarch-actors``  a PETRARCH actor dictionary: ``NAME [CODE]``, ``+VARIANT`` lines and one
                     indented ``[CODE <DATE]`` / ``[CODE DATE-DATE]`` / ``[CODE >DATE]`` block per dated
                     role (the code is country + sector; ``---`` for none), then the agents as a PETRARCH
                     agent dictionary when ``agents`` is given
``csv``, ``jsonl``   one row per actor role and per agent row: ``type`` (actor / agent), name, variants,
                     country, sector, start, end, kind, flags and ``source`` (the lexicon file and line)

What is exported is what Lapwing loads: the shipped files plus the user files named by
``LAPWING_ACTORS`` / ``LAPWING_AGENTS`` (a user entry hiding a shipped one, as in coding).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from lapwing.lexicons import ActorEntry, Agent, LEXICON_DIR

FORMATS = ("petrarch-actors", "csv", "jsonl")
COLUMNS = ("type", "name", "variants", "country", "sector", "start", "end", "kind", "flags", "source")


def _source(path: str, line: int) -> str:
    p = Path(path)
    try:
        rel = p.resolve().relative_to(LEXICON_DIR.resolve())
        return f"{rel.as_posix()}:{line}"
    except (ValueError, OSError):
        return f"{path}:{line}"


def records(actors: Iterable[ActorEntry], agents: Iterable[Agent]) -> list[dict]:
    """One dict per actor role and per agent row (the csv / jsonl rows)."""
    out = []
    for a in actors:
        for r in a.roles:
            out.append({"type": "actor", "name": a.name, "variants": [v for v in a.variants if v != a.name],
                        "country": r.country, "sector": r.sector,
                        "start": r.start.isoformat() if r.start else None,
                        "end": r.end.isoformat() if r.end else None, "kind": a.kind, "flags": [],
                        "source": _source(r.path or a.path, r.line)})
    for g in agents:
        out.append({"type": "agent", "name": g.phrase, "variants": list(g.forms[1:]), "country": None,
                    "sector": g.sector, "start": None, "end": None, "kind": "agent", "flags": sorted(g.flags),
                    "source": _source(g.path, g.line)})
    return out


def _petr_name(name: str) -> str:
    return "_".join(name.upper().split())


def _petr_code(country: str | None, sector: str | None) -> str:
    return (country or "---") + (sector or "")


def _ymd(d: date) -> str:
    return d.strftime("%Y%m%d")


def petrarch_actors(actors: Iterable[ActorEntry]) -> str:
    """The actors as a PETRARCH actor dictionary."""
    lines = ["<!-- Lapwing actor dictionary, exported by 'lapwing lexicons export --format petrarch-actors' -->", ""]
    for a in sorted(actors, key=lambda e: e.name.upper()):
        if not a.roles:
            continue
        undated = [r for r in a.roles if r.start is None and r.end is None]
        dated = [r for r in a.roles if r.start is not None or r.end is not None]
        head = _petr_name(a.name)
        if len(a.roles) == 1 and undated:
            r = undated[0]
            lines.append(f"{head} [{_petr_code(r.country, r.sector)}]  # {_source(r.path or a.path, r.line)}")
        else:
            lines.append(f"{head}  # {_source(a.path, a.roles[0].line)}")
        for v in a.variants:
            if v != a.name:
                lines.append(f"+{_petr_name(v)}")
        if not (len(a.roles) == 1 and undated):
            for r in dated:
                code = _petr_code(r.country, r.sector)
                if r.start and r.end:
                    when = f"{_ymd(r.start)}-{_ymd(r.end)}"
                elif r.end:
                    when = f"<{_ymd(r.end)}"  # PETRARCH's limits include the date
                else:
                    when = f">{_ymd(r.start)}"
                lines.append(f"\t[{code} {when}]  # {_source(r.path or a.path, r.line)}")
            for r in undated:
                lines.append(f"\t[{_petr_code(r.country, r.sector)}]  # {_source(r.path or a.path, r.line)}")
        lines.append("")
    return "\n".join(lines) + "\n"


def petrarch_agents(agents: Iterable[Agent]) -> str:
    """The agent rows as a PETRARCH agent dictionary (one line per spelling, ``{}`` when Lapwing makes no
    plural of it)."""
    lines = ["<!-- Lapwing agent dictionary, exported by 'lapwing lexicons export' -->", ""]
    for g in agents:
        if g.sector is None:
            continue
        noplural = " {}" if g.flags & {"plural", "mass", "cue", "honorific"} else ""
        for form in g.forms:
            lines.append(f"{_petr_name(form)}{noplural} [~{g.sector}]  # {_source(g.path, g.line)}")
    return "\n".join(lines) + "\n"


def render(fmt: str, actors: list[ActorEntry], agents: list[Agent]) -> str:
    """The text of one export."""
    if fmt == "petrarch-actors":
        return petrarch_actors(actors)
    rows = records(actors, agents)
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([("|".join(r[c]) if isinstance(r[c], list) else ("" if r[c] is None else r[c])) for c in COLUMNS])
        return buf.getvalue()
    raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
