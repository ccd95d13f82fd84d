"""The actor dictionary (``actors.tsv`` and user files): dated roles, loading with user files, lookup."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from lapwing.lexicons.base import (
    _warn,
    ACTOR_COLUMNS,
    ACTOR_KINDS,
    AGENTS_FILE,
    CODE_RE,
    CONFIG_ACTORS,
    CONFIG_AGENTS,
    ENV_ACTORS,
    ENV_AGENTS,
    Issue,
    LEXICON_DIR,
    normalize,
    parse_date,
    read_rows,
    shipped_actor_files,
    split_values,
)
from lapwing.lexicons.country_agents import (
    Agent,
    parse_agents,
)

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


#: sectors of armed movements: an undated article codes an organisation that was one of them as the movement
ARMED_SECTORS = frozenset({"INS", "REB", "SEP"})


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
            armed = [r for r in roles if r.sector in ARMED_SECTORS] if self.kind == "org" else []
            if undated:
                best = undated[0]
            elif armed and len(armed) < len(roles):
                # an armed movement that later governed or disarmed (the Taliban, the MILF): with no date to
                # choose by, the movement, not the government it became (a movement named a government is
                # the worse error)
                best = max(armed, key=lambda r: (r.start or date.min, r.end or date.max))
            else:
                best = max(roles, key=lambda r: (r.start or date.min, r.end or date.max))
            return Coding(self.name, best.country, best.sector, True, self.kind, lexicon_source(best.path, best.line))
        covering = [r for r in roles if r.covers(day)]
        if covering:
            best = max(covering, key=lambda r: (r.start is not None, r.start or date.min))
            return Coding(self.name, best.country, best.sector, True, self.kind, lexicon_source(best.path, best.line))
        nearest = min(roles, key=lambda r: r.distance(day))
        return Coding(self.name, nearest.country, None, False, self.kind, lexicon_source(nearest.path, nearest.line))


@lru_cache(maxsize=65536)
def lexicon_source(path: str | Path, line: int) -> str:
    """``file:line`` of a lexicon row: shipped files relative to this folder, user files by their path.

    Remembered per path and line: it resolves the file's folder on disk (system calls), and a dictionary entry's
    coding on a day (:meth:`ActorEntry.at`) asks again for every new publication day."""
    if not path:
        return ""
    p = Path(path)
    try:
        return f"{p.resolve().relative_to(LEXICON_DIR.resolve()).as_posix()}:{line}"
    except ValueError:
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


def build_actor_entries(path: Path, issues: list[Issue] | None = None,
                        entries: dict[str, ActorEntry] | None = None) -> dict[str, ActorEntry]:
    """Canonical name -> ActorEntry for the rows of ``path``, added to ``entries`` when given (the shipped
    files are read into one dictionary: rows of one name in two files are roles of one actor)."""
    entries = {} if entries is None else entries
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
    merged: dict[str, ActorEntry] = {}
    for shipped in shipped_actor_files():
        build_actor_entries(shipped, issues, merged)
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
    return _shared_coding(actors, in_term or codings, day)


def _shared_coding(actors: list[ActorEntry], codings: list[Coding], day: date | None) -> Coding | None:
    """The fallback of :func:`choose_actor` when the day does not single out one of the entries sharing a
    name (no day, several in office, or none: "President Bush" in an article dated between two presidents of
    that name): the country they all share (the sector too when they share it), else, on a day outside every
    entry's rows, the entry whose rows are clearly nearest to the day (less than half as far as any other);
    else none (session 37, round ac75)."""
    countries = {c.country for c in codings}
    if len(countries) == 1 and None not in countries:
        sectors = {c.sector for c in codings}
        first = codings[0]
        return Coding(first.name, first.country, sectors.pop() if len(sectors) == 1 else None,
                      first.in_term and len(sectors) == 1, first.kind, first.source)
    if day is None or any(c.in_term for c in codings):
        return None
    far = sorted((min(r.distance(day) for r in a.roles), i) for i, a in enumerate(actors) if a.roles)
    if len(far) >= 2 and 2 * far[0][0] < far[1][0]:
        return codings[far[0][1]]
    return None


# -- the matching index ------------------------------------------------------------------------------
