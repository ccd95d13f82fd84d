"""Lapwing's lexicons: countries, agent (role) words and the actor dictionary.

Three tab-separated files ship in this folder (formats in ``docs/actors.md``):

- ``countries.tsv``: countries, territories, IGOs and generic codes with names, adjectives,
  demonyms and capitals;
- ``agents.tsv``: role and group words (``president``, ``riot police``, ``protesters``) with a
  sector code and flags;
- ``actors.tsv``: people and organisations with country and sector over time.

Users add their own actor (and agent) files in the same format, named by the environment variables
``LAPWING_ACTORS`` / ``LAPWING_AGENTS`` (``os.pathsep``-separated paths) or the config keys
``actor_files`` / ``agent_files``. A name defined in a user file hides the shipped entries for that name.

Loading never fails on a bad row: the row is skipped with a logged warning; ``lapwing lexicons lint``
reports it. Everything is cached per process.
"""

from __future__ import annotations

import logging
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

LEXICON_DIR = Path(__file__).parent
COUNTRIES_FILE = LEXICON_DIR / "countries.tsv"
AGENTS_FILE = LEXICON_DIR / "agents.tsv"
ACTORS_FILE = LEXICON_DIR / "actors.tsv"

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
@dataclass(frozen=True)
class Country:
    code: str  # "-" for block rows
    kind: str
    name: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    demonyms: tuple[str, ...]
    demonyms_plural: tuple[str, ...]
    capitals: tuple[str, ...]
    line: int = 0

    @property
    def is_igo(self) -> bool:
        return self.kind in ("igo", "generic")


def parse_countries(path: Path, issues: list[Issue] | None = None) -> list[Country]:
    out = []
    for lineno, f in read_rows(path, COUNTRY_COLUMNS, 3, issues):
        code, kind, name = f[0], f[1], f[2]
        problems = []
        if kind not in COUNTRY_KINDS:
            problems.append(("unknown-kind", f"kind {kind!r} is not one of {', '.join(sorted(COUNTRY_KINDS))}"))
        if kind == "block" and code != "-":
            problems.append(("bad-code", f"block rows have code '-', not {code!r}"))
        if kind != "block" and not CODE_RE.match(code):
            problems.append(("bad-code", f"code {code!r} is not three capital letters"))
        if not name:
            problems.append(("malformed-row", "empty name"))
        if problems:
            if issues is not None:
                issues.extend(Issue(str(path), lineno, "error", c, m) for c, m in problems)
            continue
        out.append(Country(code, kind, name, tuple(split_values(f[3])), tuple(split_values(f[4])),
                           tuple(split_values(f[5])), tuple(split_values(f[6])), tuple(split_values(f[7])),
                           lineno))
    return out


@lru_cache(maxsize=1)
def load_countries() -> dict[str, Country]:
    """Code -> Country for every country, territory, IGO and generic code (block rows left out)."""
    issues: list[Issue] = []
    rows = parse_countries(COUNTRIES_FILE, issues)
    _warn(issues)
    return {c.code: c for c in rows if c.kind != "block"}


@lru_cache(maxsize=1)
def block_phrases() -> tuple[str, ...]:
    """Phrases that contain a country word but denote no country (Latin America, New Mexico)."""
    rows = parse_countries(COUNTRIES_FILE)
    return tuple(v for c in rows if c.kind == "block" for v in (c.name, *c.names))


def country_codes() -> frozenset[str]:
    return frozenset(load_countries())


def igo_codes() -> frozenset[str]:
    return frozenset(c.code for c in load_countries().values() if c.is_igo)


# -- agents --------------------------------------------------------------------------------
_IRREGULAR = {"man": "men", "woman": "women", "child": "children", "person": "people", "passerby": "passersby",
              "chief": "chiefs", "staff": "staff", "police": "police", "clergy": "clergy"}


def pluralize_word(word: str) -> str:
    lower = word.lower()
    for sing, plur in _IRREGULAR.items():
        if lower == sing:
            return plur
    if lower.endswith("man") and not lower.endswith("human"):
        return word[:-3] + "men"
    if lower.endswith("person"):
        return word[:-6] + "people"
    if word.isupper():
        return word + "s"
    if re.search(r"[^aeiou]y$", lower):
        return word[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", lower):
        return word + "es"
    return word + "s"


def pluralize_phrase(phrase: str) -> str:
    words = phrase.split(" ")
    idx = len(words) - 1
    if "of" in words[1:]:
        idx = words.index("of", 1) - 1
    words[idx] = pluralize_word(words[idx])
    return " ".join(words)


@dataclass(frozen=True)
class Agent:
    """One row of agents.tsv."""

    phrase: str  # the first spelling, for display
    forms: tuple[str, ...]  # the spellings as written (before plural generation)
    sector: str | None
    flags: frozenset[str]
    note: str = ""
    path: str = ""
    line: int = 0

    def has(self, flag: str) -> bool:
        return flag in self.flags


@dataclass(frozen=True)
class AgentForm:
    """One surface form of an agent: ``plural`` tells whether it names several (soldiers) or one (soldier)."""

    surface: str
    agent: Agent
    plural: bool

    @property
    def person(self) -> bool:
        """A single individual (for he/she)."""
        return self.agent.has("person") and not self.plural and not self.agent.has("plural")


def parse_agents(path: Path, issues: list[Issue] | None = None) -> list[Agent]:
    out = []
    for lineno, f in read_rows(path, AGENT_COLUMNS, 2, issues):
        forms = split_values(f[0])
        sector = f[1]
        flags = frozenset(x.strip() for x in f[2].split(",") if x.strip())
        problems = []
        if not forms:
            problems.append(("malformed-row", "empty phrase"))
        if sector != "-" and sector not in SECTORS:
            problems.append(("unknown-sector", f"sector {sector!r} is not a known sector code"))
        unknown = sorted(flags - AGENT_FLAGS)
        if unknown:
            problems.append(("unknown-flag", f"unknown flag(s) {', '.join(unknown)}; known: "
                                             f"{', '.join(sorted(AGENT_FLAGS))}"))
        if problems:
            if issues is not None:
                issues.extend(Issue(str(path), lineno, "error", c, m) for c, m in problems)
            continue
        out.append(Agent(forms[0], tuple(forms), None if sector == "-" else sector, flags, f[3], str(path), lineno))
    return out


def agent_forms(agent: Agent) -> list[AgentForm]:
    """Every surface form of an agent row, generated plurals included."""
    explicit = list(agent.forms)
    out: dict[str, AgentForm] = {}
    no_plural = agent.has("plural") or agent.has("mass") or agent.has("cue") or agent.has("honorific")
    generated = {} if no_plural else {pluralize_phrase(f): f for f in explicit if not f.endswith(".")}
    for f in explicit:
        low = f.lower()
        plural = (agent.has("plural") or f in generated
                  or re.search(r"(men|people|children)$", low) is not None)
        out.setdefault(f, AgentForm(f, agent, plural))
    for p in generated:
        out.setdefault(p, AgentForm(p, agent, True))
    return list(out.values())


# -- actors ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Role:
    """One row of an actor file: the actor's country and sector between two dates."""

    country: str | None
    sector: str | None
    start: date | None
    end: date | None
    note: str = ""
    path: str = ""
    line: int = 0

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def distance(self, day: date) -> int:
        if self.start is not None and day < self.start:
            return (self.start - day).days
        if self.end is not None and day > self.end:
            return (day - self.end).days
        return 0


@dataclass(frozen=True)
class Coding:
    """What the dictionary says about an actor on a given day. ``in_term`` is false when the day
    falls outside every row (then the sector is unknown and only the country is kept)."""

    name: str
    country: str | None
    sector: str | None
    in_term: bool
    kind: str
    source: str = ""  # the actor file and line of the role used (provenance), see lexicon_source()


@dataclass
class ActorEntry:
    name: str
    kind: str
    variants: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    path: str = ""

    def names(self) -> list[str]:
        return [self.name, *[v for v in self.variants if v != self.name]]

    def at(self, day: date | None) -> Coding:
        roles = self.roles
        if not roles:
            return Coding(self.name, None, None, False, self.kind)
        if day is None:
            undated = [r for r in roles if r.start is None and r.end is None]
            best = undated[0] if undated else max(roles, key=lambda r: (r.start or date.min, r.end or date.max))
            return Coding(self.name, best.country, best.sector, True, self.kind, lexicon_source(best.path, best.line))
        covering = [r for r in roles if r.covers(day)]
        if covering:
            best = max(covering, key=lambda r: (r.start is not None, r.start or date.min))
            return Coding(self.name, best.country, best.sector, True, self.kind, lexicon_source(best.path, best.line))
        nearest = min(roles, key=lambda r: r.distance(day))
        return Coding(self.name, nearest.country, None, False, self.kind, lexicon_source(nearest.path, nearest.line))


def lexicon_source(path: str | Path, line: int) -> str:
    """``file:line`` of a lexicon row: shipped files relative to this folder, user files by their path."""
    if not path:
        return ""
    p = Path(path)
    if p.parent.resolve() == LEXICON_DIR.resolve():
        return f"{p.name}:{line}"
    return f"{p}:{line}"


def _declared_codes(path: Path) -> set[str]:
    """Extra country codes a user file declares with a comment line ``# codes: ARN GON``."""
    codes: set[str] = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = re.match(r"\s*#\s*codes\s*:\s*(.*)$", line)
            if m:
                codes.update(c for c in re.split(r"[\s,]+", m.group(1)) if c)
    return codes


def parse_actors(path: Path, issues: list[Issue] | None = None) -> list[tuple[int, str, list[str], Role, str]]:
    """Rows of an actor file as (line, name, variants, role, kind)."""
    out = []
    for lineno, f in read_rows(path, ACTOR_COLUMNS, 4, issues):
        name, variants, country, sector, start, end, kind, note = f
        kind = kind or "person"
        problems = []
        if not name:
            problems.append(("malformed-row", "empty name"))
        if country != "-" and not CODE_RE.match(country):
            problems.append(("bad-code", f"country {country!r} is not three capital letters or '-'"))
        if sector != "-" and not CODE_RE.match(sector):
            problems.append(("bad-code", f"sector {sector!r} is not three capital letters or '-'"))
        if kind not in ACTOR_KINDS:
            problems.append(("unknown-kind", f"kind {kind!r} is not one of {', '.join(sorted(ACTOR_KINDS))}"))
        d0 = d1 = None
        try:
            d0 = parse_date(start) if start else None
        except ValueError as exc:
            problems.append(("bad-date", f"start: {exc}"))
        try:
            d1 = parse_date(end, end=True) if end else None
        except ValueError as exc:
            problems.append(("bad-date", f"end: {exc}"))
        if d0 and d1 and d0 > d1:
            problems.append(("bad-date", f"start {start} is after end {end}"))
        if problems:
            if issues is not None:
                issues.extend(Issue(str(path), lineno, "error", c, m) for c, m in problems)
            continue
        role = Role(None if country == "-" else country, None if sector == "-" else sector, d0, d1, note,
                    str(path), lineno)
        out.append((lineno, name, split_values(variants), role, kind))
    return out


def build_actor_entries(path: Path, issues: list[Issue] | None = None) -> dict[str, ActorEntry]:
    entries: dict[str, ActorEntry] = {}
    for _lineno, name, variants, role, kind in parse_actors(path, issues):
        e = entries.get(name)
        if e is None:
            e = entries[name] = ActorEntry(name, kind, [], [], str(path))
        for v in variants:
            if v not in e.variants:
                e.variants.append(v)
        e.roles.append(role)
    return entries


# -- user files ---------------------------------------------------------------------------------
def _paths_from(value: Any) -> list[Path]:
    if not value:
        return []
    if isinstance(value, (str, os.PathLike)):
        parts = str(value).split(os.pathsep)
    else:
        parts = [str(v) for v in value]
    return [Path(p).expanduser() for p in parts if str(p).strip()]


def actor_paths(config: dict[str, Any] | None = None) -> tuple[Path, ...]:
    """User actor files: ``LAPWING_ACTORS`` then the config key ``actor_files``."""
    paths = _paths_from(os.environ.get(ENV_ACTORS)) + _paths_from((config or {}).get(CONFIG_ACTORS))
    return tuple(dict.fromkeys(paths))


def agent_paths(config: dict[str, Any] | None = None) -> tuple[Path, ...]:
    """User agent files: ``LAPWING_AGENTS`` then the config key ``agent_files``."""
    paths = _paths_from(os.environ.get(ENV_AGENTS)) + _paths_from((config or {}).get(CONFIG_AGENTS))
    return tuple(dict.fromkeys(paths))


def _stamp(paths: Iterable[Path]) -> tuple[tuple[str, float], ...]:
    out = []
    for p in paths:
        try:
            out.append((str(p.resolve()), p.stat().st_mtime))
        except OSError:
            out.append((str(p), -1.0))
    return tuple(out)


def _warn(issues: list[Issue]) -> None:
    for i in issues:
        log.warning("lexicon: %s", i)


# -- public loaders --------------------------------------------------------------------------------
def load_agents(extra_paths: Iterable[str | Path] = ()) -> list[Agent]:
    """The shipped agent rows plus those of ``extra_paths`` (user rows first, so they win on a shared form)."""
    return list(_load_agents(_stamp(Path(p) for p in extra_paths)))


@lru_cache(maxsize=8)
def _load_agents(stamp: tuple[tuple[str, float], ...]) -> tuple[Agent, ...]:
    issues: list[Issue] = []
    rows: list[Agent] = []
    for p, mtime in stamp:
        if mtime < 0:
            issues.append(Issue(p, 0, "error", "missing-file", "agent file not found"))
            continue
        rows += parse_agents(Path(p), issues)
    rows += parse_agents(AGENTS_FILE, issues)
    _warn(issues)
    return tuple(rows)


def load_actors(extra_paths: Iterable[str | Path] = ()) -> dict[str, ActorEntry]:
    """Canonical name -> ActorEntry for the shipped dictionary plus ``extra_paths``.

    An entry from a user file replaces a shipped entry with the same name, and hides shipped entries that
    share one of its names or variants."""
    return _load_actors(_stamp(Path(p) for p in extra_paths))


@lru_cache(maxsize=8)
def _load_actors(stamp: tuple[tuple[str, float], ...]) -> dict[str, ActorEntry]:
    issues: list[Issue] = []
    merged = build_actor_entries(ACTORS_FILE, issues)
    for p, mtime in stamp:
        if mtime < 0:
            issues.append(Issue(p, 0, "error", "missing-file", "actor file not found"))
            continue
        user = build_actor_entries(Path(p), issues)
        user_keys = {normalize(n) for e in user.values() for n in e.names()}
        for name in list(merged):
            if name in user or any(normalize(n) in user_keys for n in merged[name].names()):
                del merged[name]
        merged.update(user)
    _warn(issues)
    return merged


def lookup_actor(name: str, day: date | str | None = None,
                 extra_paths: Iterable[str | Path] = ()) -> Coding | None:
    """The dictionary coding of ``name`` (any variant) on ``day``; None when unknown or ambiguous."""
    if isinstance(day, str):
        day = article_day(day)
    hits = lexicon(tuple(Path(p) for p in extra_paths)).get(normalize(name))
    actors = [h.payload for h in hits if h.kind == "actor"]
    return choose_actor(actors, day)


def choose_actor(actors: list[ActorEntry], day: date | None) -> Coding | None:
    """Pick among the actors sharing a name: the one in office on ``day`` if exactly one is."""
    actors = list({id(a): a for a in actors}.values())
    if not actors:
        return None
    if len(actors) == 1:
        return actors[0].at(day)
    codings = [a.at(day) for a in actors]
    in_term = [c for c in codings if c.in_term]
    if day is not None and len(in_term) == 1:
        return in_term[0]
    return None


# -- the matching index ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Hit:
    """One lexicon reading of a phrase.

    kind: ``actor`` (payload ActorEntry), ``country`` (payload Country; ``role`` is name, adjective,
    demonym, demonym-plural or capital), ``block``, or ``agent`` (payload AgentForm).
    """

    kind: str
    surface: str
    payload: Any
    role: str = ""

    def accepts(self, text: str) -> bool:
        """Does the text as written satisfy this reading's capitalisation rule?"""
        if is_acronym(self.surface):
            return " ".join(text.translate(_DASHES).split()) == self.surface.translate(_DASHES)
        first = next((c for c in self.surface if c.isalpha()), "")
        if self.kind == "agent" or not first.isupper():
            return True
        tfirst = next((c for c in text if c.isalpha()), "")
        return tfirst.isupper()


@dataclass
class Lexicon:
    keys: dict[str, list[Hit]]
    max_words: int
    actors: dict[str, ActorEntry]
    countries: dict[str, Country]
    prefixes: frozenset[str] = frozenset()  # every prefix of every key, for early stopping

    def get(self, key: str) -> list[Hit]:
        return self.keys.get(key, [])


_WORD_RE = re.compile(r"\w+|[^\w\s]")


def lexicon(actor_files: tuple[Path, ...] = (), agent_files: tuple[Path, ...] = ()) -> Lexicon:
    """The compiled phrase index over all lexicons (cached per set of user files)."""
    return _lexicon(_stamp(actor_files), _stamp(agent_files))


@lru_cache(maxsize=8)
def _lexicon(actor_stamp, agent_stamp) -> Lexicon:
    keys: dict[str, list[Hit]] = {}

    def add(surface: str, hit: Hit) -> None:
        variants = {surface}
        if surface.endswith(".") and is_acronym(surface):
            variants.add(surface[:-1])  # "U.S." at the end of a sentence is split as "U.S" + "."
        for s in variants:
            k = normalize(s)
            if k:
                keys.setdefault(k, []).append(Hit(hit.kind, s, hit.payload, hit.role))

    countries = load_countries()
    for c in parse_countries(COUNTRIES_FILE):
        if c.kind == "block":
            for v in (c.name, *c.names):
                add(v, Hit("block", v, c, "block"))
            continue
        for role, values in (("name", (c.name, *c.names)), ("adjective", c.adjectives), ("demonym", c.demonyms),
                             ("demonym-plural", c.demonyms_plural), ("capital", c.capitals)):
            if c.kind == "generic":
                continue
            for v in values:
                add(v, Hit("country", v, c, role))
    actors = _load_actors(actor_stamp)
    for e in actors.values():
        for n in e.names():
            if e.kind == "country":
                add(n, Hit("actor", n, e, "country"))
            else:
                add(n, Hit("actor", n, e, e.kind))
    seen_forms: set[str] = set()
    for a in _load_agents(agent_stamp):
        for form in agent_forms(a):
            k = normalize(form.surface)
            if (k, is_acronym(form.surface)) in seen_forms:
                continue  # user rows come first and win
            seen_forms.add((k, is_acronym(form.surface)))
            add(form.surface, Hit("agent", form.surface, form, "agent"))
    max_words = max((len(_WORD_RE.findall(k)) for k in keys), default=1)
    prefixes = frozenset(k[:n] for k in keys for n in range(1, len(k) + 1))
    return Lexicon(keys, max_words, actors, countries, prefixes)


def clear_caches() -> None:
    """Forget loaded lexicons (after editing a file in a running process)."""
    load_countries.cache_clear()
    block_phrases.cache_clear()
    _load_agents.cache_clear()
    _load_actors.cache_clear()
    _lexicon.cache_clear()


def sizes() -> dict[str, int]:
    """How many entries each shipped lexicon holds."""
    rows = parse_countries(COUNTRIES_FILE)
    actors = load_actors()
    agents = load_agents()
    return {
        "countries": sum(1 for c in rows if c.kind in ("country", "territory")),
        "igos": sum(1 for c in rows if c.kind == "igo"),
        "country_phrases": sum(len((c.name, *c.names, *c.adjectives, *c.demonyms, *c.demonyms_plural,
                                    *c.capitals)) for c in rows if c.kind != "block"),
        "agent_rows": len(agents),
        "agent_forms": sum(len(agent_forms(a)) for a in agents),
        "actors": len(actors),
        "actor_people": sum(1 for a in actors.values() if a.kind == "person"),
        "actor_orgs": sum(1 for a in actors.values() if a.kind == "org"),
        "actor_roles": sum(len(a.roles) for a in actors.values()),
        "actor_names": sum(len(a.names()) for a in actors.values()),
    }
