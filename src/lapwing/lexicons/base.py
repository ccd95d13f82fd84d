"""Shared parts of the lexicon loaders: codes and flags, text folding, dates, TSV rows and issues."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

log = logging.getLogger("lapwing.lexicons")

LEXICON_DIR = Path(__file__).parent
COUNTRIES_FILE = LEXICON_DIR / "countries.tsv"
AGENTS_FILE = LEXICON_DIR / "agents.tsv"
ACTORS_FILE = LEXICON_DIR / "actors.tsv"
#: More shipped actor files, split by kind (agencies, armed groups, parties, office-holders by region...),
#: read after ``actors.tsv`` in name order.
ACTORS_DIR = LEXICON_DIR / "actors"


def shipped_actor_files() -> tuple[Path, ...]:
    """The shipped actor files: ``actors.tsv`` then ``actors/*.tsv`` in name order."""
    return (ACTORS_FILE, *sorted(ACTORS_DIR.glob("*.tsv")))

ENV_ACTORS = "LAPWING_ACTORS"
ENV_AGENTS = "LAPWING_AGENTS"
CONFIG_ACTORS = "actor_files"
CONFIG_AGENTS = "agent_files"

#: Sector codes (CAMEO-style three-letter role codes) used in agents.tsv and actors.tsv.
SECTORS: dict[str, str] = {
    "GOV": "government: executive, ministries, diplomats, local government",
    "MIL": "military, defence ministries and ministers",
    "COP": "police and security forces",
    "SPY": "intelligence services",
    "LEG": "legislature and legislators",
    "JUD": "judiciary, prosecutors, lawyers",
    "OPP": "political opposition",
    "PTY": "political parties and politicians",
    "REB": "rebels and guerrillas",
    "INS": "insurgents, militants, jihadists",
    "SEP": "separatists",
    "UAF": "unidentified or irregular armed forces: gunmen, militias",
    "CVL": "civilians: residents, protesters, supporters",
    "LAB": "labour: workers and unions",
    "BUS": "business",
    "AGR": "agriculture: farmers, herders, fishermen",
    "EDU": "education: students, teachers, universities",
    "HLH": "health: doctors, hospitals, health agencies",
    "MED": "media: journalists, broadcasters, news agencies",
    "REL": "religion: clergy, churches",
    "REF": "refugees, migrants, displaced people",
    "NGO": "non-governmental (aid) organisations",
    "HRI": "human rights groups and activists",
    "ENV": "environmental groups and activists",
    "CRM": "criminals and criminal groups",
    "ELI": "elites: former office holders, royals, oligarchs",
    "IGO": "intergovernmental organisations",
}

AGENT_FLAGS = frozenset({"person", "plural", "mass", "weak", "mod", "stance", "contested", "honorific", "cue"})
COUNTRY_KINDS = frozenset({"country", "territory", "igo", "generic", "block"})
ACTOR_KINDS = frozenset({"person", "org", "country"})

COUNTRY_COLUMNS = ("code", "kind", "name", "names", "adjectives", "demonyms", "demonyms_plural", "capitals")
AGENT_COLUMNS = ("phrase", "sector", "flags", "note")
ACTOR_COLUMNS = ("name", "variants", "country", "sector", "start", "end", "kind", "note")

CODE_RE = re.compile(r"^[A-Z]{3}$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class LexiconError(ValueError):
    pass


# -- text normalisation -----------------------------------------------------------
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
                         "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'"})
_SPACE_RE = re.compile(r"\s+")
_HYPHEN_SPACE_RE = re.compile(r"\s*-\s*")


def fold(text: str) -> str:
    """Lower-case, strip accents, unify dashes and apostrophes (one character in, one out where possible)."""
    text = text.translate(_DASHES)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=65536)
def fold_token(text: str) -> str:
    """:func:`fold` for one token (cached: tokens repeat)."""
    return fold(text)


def normalize(text: str) -> str:
    """The matching key of a phrase: folded, single spaces, no spaces around hyphens."""
    key = _SPACE_RE.sub(" ", fold(text)).strip()
    return _HYPHEN_SPACE_RE.sub("-", key)


def is_acronym(surface: str) -> bool:
    """Written in capitals only (US, U.S., UAE, MP): such phrases are matched exactly as written."""
    letters = [c for c in surface if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# -- dates ------------------------------------------------------------------------------
def parse_date(value: str, end: bool = False) -> date:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; partial dates are widened to their first day, or their
    last day when ``end`` is true. Raises ValueError on anything else."""
    m = DATE_RE.match(value.strip())
    if not m:
        raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else (12 if end else 1)
    if m.group(3):
        d = int(m.group(3))
    elif end:
        nxt = date(y + (mo == 12), mo % 12 + 1, 1)
        d = (nxt - date.resolution).day
    else:
        d = 1
    return date(y, mo, d)


def article_day(published: str | None) -> date | None:
    """The publication day of an article (``published`` is ISO 8601 date or date-time), or None."""
    if not published:
        return None
    m = re.match(r"\s*(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", published)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


# -- reading TSV --------------------------------------------------------------------------
@dataclass(frozen=True)
class Issue:
    """A problem found in a lexicon file."""

    path: str
    line: int
    severity: str  # "error" | "warning"
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: [{self.code}] {self.message}"


def read_rows(path: Path, columns: tuple[str, ...], required: int,
              issues: list[Issue] | None = None) -> Iterator[tuple[int, list[str]]]:
    """Yield (line number, fields) for each data row; skips comments, blank lines and the header.

    Rows with fewer than ``required`` or more than ``len(columns)`` fields are reported and skipped;
    missing optional fields are filled with "".
    """
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = line.split("\t")
            if fields[0] == columns[0] and fields[1:2] == [columns[1]]:
                continue  # header
            while len(fields) > len(columns) and fields[-1] == "":
                fields.pop()
            if len(fields) < required or len(fields) > len(columns):
                if issues is not None:
                    issues.append(Issue(str(path), lineno, "error", "malformed-row",
                                        f"expected {required}-{len(columns)} tab-separated columns "
                                        f"({', '.join(columns)}), found {len(fields)}"))
                continue
            bad = [f for f in fields if f != f.strip()]
            if bad:
                if issues is not None:
                    issues.append(Issue(str(path), lineno, "error", "malformed-row",
                                        f"field has leading or trailing spaces: {bad[0]!r}"))
                continue
            fields += [""] * (len(columns) - len(fields))
            yield lineno, fields


def split_values(field_value: str) -> list[str]:
    return [v.strip() for v in field_value.split("|") if v.strip()]


# -- countries ------------------------------------------------------------------------------


def _warn(issues: list[Issue]) -> None:
    for i in issues:
        log.warning("lexicon: %s", i)
