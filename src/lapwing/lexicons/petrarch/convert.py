"""PETRARCH actor and agent entries -> rows of Lapwing's actor and agent files (docs/actors.md).

Actors: a PETRARCH code is a run of three-letter parts; the first is the country (or IGO / group
code), the second the sector; further parts are kept in the note. Each ``[CODE]`` block becomes one
role row; a date restriction becomes the row's start / end. The null code ``---`` becomes a role
with no country and no sector (the name is known, and not coded, over those dates). Codes that
Lapwing's country table lacks are declared in the file's ``# codes:`` line, so that the file lints.

Agents: ``[~GOV]`` and ``[GOV~]`` both give the sector (Lapwing joins an agent's sector to the
actor's country itself); a CAMEO religion code (MUS, CHR, JEW, ...) becomes the sector REL; other
codes that are not Lapwing sectors are reported, not guessed. ``{}`` (no plural) becomes the flag
``mass`` (Lapwing then makes no plural), ``{PLURALS}`` become more spellings of the row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from lapwing.lexicons import SECTORS, normalize
from lapwing.lexicons.petrarch.reader import ActorEntry, AgentEntry, CodeBlock, words_of

ACTOR_HEADER = "name\tvariants\tcountry\tsector\tstart\tend\tkind\tnote"
AGENT_HEADER = "phrase\tsector\tflags\tnote"
#: CAMEO religion codes (the first part of a religious actor's code) -> Lapwing's sector
RELIGION_CODES = frozenset({"REL", "MUS", "CHR", "JEW", "BUD", "HIN", "MOS", "SHI", "SUN", "CTH", "ORT", "PRO",
                            "CPT", "ATH", "BAH", "CON", "DOX", "ITP", "JAN", "SHN", "SIK", "TAO", "ZRO"})
NULL_CODES = frozenset({"---"})


@dataclass
class Skipped:
    """An entry (or part of one) that was not converted, with the reason."""

    path: str
    line: int
    text: str
    reason: str


@dataclass
class Converted:
    rows: list[str] = field(default_factory=list)
    declared: set[str] = field(default_factory=set)  # codes to declare with '# codes:'
    skipped: list[Skipped] = field(default_factory=list)
    entries: int = 0


def display_name(phrase: str) -> str:
    """``ARNOR_`` -> ``Arnor``; a one-word acronym (``IMF``, ``U.N.``, ``USSR``: three letters or fewer,
    no vowel, or dots) stays in capitals so that Lapwing matches it as written; other names are
    title-cased, which Lapwing matches in any case; a leading ``THE`` is written ``the``."""
    words = words_of(phrase)
    if len(words) == 1:
        w = words[0]
        letters = [c for c in w if c.isalpha()]
        if "." in w or len(letters) <= 3 or not any(c.lower() in "aeiouy" for c in letters) or not w.isupper():
            return w
    out = []
    for i, w in enumerate(words):
        if "." in w or not w.isupper():
            out.append(w)
        elif i == 0 and w == "THE":
            out.append("the")
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def partition(blocks: list[CodeBlock]) -> list[tuple[CodeBlock, date | None, date | None]]:
    """PETRARCH reads an actor's date-restricted blocks in order, the first that covers the day wins,
    and an undated block is the default for the other days. Lapwing roles must not overlap, so the
    timeline is cut into pieces, each given the block PETRARCH would use: (block, start, end)."""
    dated = [b for b in blocks if b.start is not None or b.end is not None]
    default = next((b for b in blocks if b.start is None and b.end is None), None)
    if not dated:
        return [(default, None, None)] if default is not None else []
    cuts = sorted({d for b in dated for d in (b.start, b.end + timedelta(days=1) if b.end else None) if d})
    spans: list[tuple[date | None, date | None]] = []
    prev: date | None = None
    for c in cuts:
        spans.append((prev, c - timedelta(days=1)))
        prev = c
    spans.append((prev, None))
    out: list[tuple[CodeBlock, date | None, date | None]] = []
    for s0, s1 in spans:
        probe = s0 or (s1 if s1 else date.min)
        owner = next((b for b in dated if (b.start is None or b.start <= probe) and (b.end is None or probe <= b.end)),
                     default)
        if owner is None:
            continue
        if out and out[-1][0] is owner and out[-1][2] is not None and s0 is not None \
                and out[-1][2] + timedelta(days=1) == s0:
            out[-1] = (owner, out[-1][1], s1)
        else:
            out.append((owner, s0, s1))
    return out


def _code_parts(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3)]


def convert_actors(entries: list[ActorEntry], path: str, known_countries: set[str],
                   owner: dict[str, str] | None = None) -> Converted:
    """Lapwing actor rows (without header) for the entries of one PETRARCH actor file. ``owner``
    (normalized name -> "file:line" of the entry that has it) carries names across files: the first
    entry with a name keeps it."""
    out = Converted()
    owner = owner if owner is not None else {}
    fname = path.rsplit("/", 1)[-1]
    for e in entries:
        name = display_name(e.name)
        if normalize(name) in owner:
            out.skipped.append(Skipped(path, e.line, e.name, f"the name is already an actor ({owner[normalize(name)]}); "
                                                            "the first entry is kept"))
            continue
        variants = []
        for syn, line in e.synonyms:
            v = display_name(syn)
            if normalize(v) in owner:
                out.skipped.append(Skipped(path, line, syn, f"synonym already names the actor of "
                                                            f"{owner[normalize(v)]}; the first is kept"))
                continue
            if v and v != name and v not in variants:
                variants.append(v)
        if not name or any("\t" in x or "|" in x for x in (name, *variants)):
            out.skipped.append(Skipped(path, e.line, e.name, "name holds a tab or '|'"))
            continue
        rows = []
        for b, start_d, end_d in partition(e.blocks):
            codes = list(b.codes)
            if len(codes) > 1:
                out.skipped.append(Skipped(path, b.line, b.raw, f"several codes {'/'.join(codes)}: a Lapwing actor "
                                                               f"has one country and sector; kept {codes[0]}"))
            code = codes[0]
            if code != code.upper():
                out.skipped.append(Skipped(path, b.line, b.raw, f"lower-case code {code!r} read as {code.upper()}"))
                code = code.upper()
            if code in NULL_CODES:
                country = sector = "-"
            elif not re.match(r"^[A-Z]{3}([A-Z]{3})*[A-Z]{0,2}$", code):
                out.skipped.append(Skipped(path, b.line, b.raw, f"code {code!r} is not made of three-letter parts"))
                continue
            else:
                parts = _code_parts(code)
                country = parts[0]
                sector = parts[1] if len(parts) > 1 and len(parts[1]) == 3 else "-"
                if country not in known_countries:
                    out.declared.add(country)
                if sector != "-" and sector not in SECTORS:
                    out.declared.add(sector)
            start = start_d.isoformat() if start_d else ""
            end = end_d.isoformat() if end_d else ""
            note = f"PETRARCH {path.rsplit('/', 1)[-1]}:{b.line} {b.raw}"
            rows.append(f"{name}\t{'|'.join(variants)}\t{country}\t{sector}\t{start}\t{end}\torg\t{note}")
        if rows:
            out.entries += 1
            out.rows += rows
            for n in (name, *variants):
                owner.setdefault(normalize(n), f"{fname}:{e.line}")
    return out


def convert_agents(entries: list[AgentEntry], path: str, seen: set[str] | None = None) -> Converted:
    """Lapwing agent rows (without header) for the entries of one PETRARCH agent file (``seen``: the
    spellings of earlier files, which keep them)."""
    out = Converted()
    seen = seen if seen is not None else set()
    for e in entries:
        code = e.code.upper()
        first = code[:3]
        if first in SECTORS:
            sector = first
        elif first in RELIGION_CODES:
            sector = "REL"
        else:
            out.skipped.append(Skipped(path, e.line, " / ".join(e.phrases), f"code {code!r}: {first} is not one of "
                                                                           "Lapwing's sectors (docs/actors.md)"))
            continue
        forms = []
        for ph in e.phrases + (e.plurals or []):
            f = " ".join(w.lower() for w in words_of(ph))
            if f and f not in forms and f not in seen:
                forms.append(f)
        if not forms:
            out.skipped.append(Skipped(path, e.line, " / ".join(e.phrases), "every spelling is already an agent "
                                                                           "of an earlier line"))
            continue
        seen.update(forms)
        flags = "mass" if e.plurals == [] else ""
        extra = f" (code {code}: only the sector {sector} is kept)" if code != sector else ""
        note = f"PETRARCH {path.rsplit('/', 1)[-1]}:{e.line} [{'~' if e.suffix else ''}{e.code}{'' if e.suffix else '~'}]{extra}"
        out.rows.append(f"{'|'.join(forms)}\t{sector}\t{flags}\t{note}")
        out.entries += 1
    return out
