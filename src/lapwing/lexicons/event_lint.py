"""Checks for the event-coding data files (cameo.tsv, acled.tsv, event_patterns*.tsv).

``lint_events()`` returns a list of problems (empty when all is well); each names the file and,
where it applies, the line. ``python -m lapwing.lexicons.event_lint`` prints them and exits 1 when
there are any. The general lexicon linter (``lapwing.lexicons.lint``) can call ``lint_events``.
"""

from __future__ import annotations

import re
import sys

from lapwing.extract.event_lexicon import (
    ACLED_FILE,
    CAMEO_FILE,
    CODE_RE,
    CONTENT_FILE,
    FAMILIES,
    FAMILY_DEFAULT,
    OFFTOPIC_FILE,
    PLOVER_TYPES,
    ROOT_QUAD,
    LexiconError,
    load_acled,
    load_cameo,
    load_content,
    load_offtopic,
    index_by_lemma,
    load_patterns,
)

KNOWN_FLAGS = {"fallback", "agentless", "needs_target", "recip", "say", "noreport", "polsrc", "content_required", "themesrc", "poltgt"}
ARG_SPECS = re.compile(
    r"^(subj|obj|iobj|xsubj|xobj|thatsubj|helped|contacted|demanded|objowner|objposs|objsite|poss|mod|between1|between2|conj1|conj2|"
    r"prep:[a-z_]+|objprep:[a-z_]+|forprep:[a-z_]+|objforprep:[a-z_]+|prepowner:[a-z_]+|codedprep:[a-z_]+|codedobjprep:[a-z_]+|nounprep:[a-z_]+)$"
)
CONTENT_SOURCES = re.compile(r"^(xcomp|ccomp|obj|self|advcl|prep:[a-z_]+)$")


def lint_cameo(rows=None) -> list[str]:
    probs: list[str] = []
    name = CAMEO_FILE.name
    try:
        rows = rows if rows is not None else load_cameo()
    except LexiconError as exc:
        return [str(exc)]
    for root in ROOT_QUAD:
        if root not in rows:
            probs.append(f"{name}: root code {root} is missing")
    for code, r in rows.items():
        if not CODE_RE.match(code):
            probs.append(f"{name}: {code}: not a CAMEO code (01-20 followed by up to two digits)")
            continue
        want = ROOT_QUAD[code[:2]]
        if r.quad_class != want:
            probs.append(f"{name}: {code}: quad class {r.quad_class}, but root {code[:2]} is quad class {want}")
        if not -10.0 <= r.goldstein <= 10.0:
            probs.append(f"{name}: {code}: Goldstein score {r.goldstein} outside -10..10")
        if r.plover_type is not None and r.plover_type not in PLOVER_TYPES:  # None: no PLOVER type
            probs.append(f"{name}: {code}: unknown PLOVER type {r.plover_type!r}")
        if len(code) > 2:
            parent = code[:3] if len(code) == 4 else code[:2]
            if parent not in rows:
                probs.append(f"{name}: {code}: parent code {parent} is missing")
        if not r.name:
            probs.append(f"{name}: {code}: no name")
    return probs


def lint_acled(rows=None) -> list[str]:
    probs = []
    rows = rows if rows is not None else load_acled()
    types = {
        "Battles", "Protests", "Riots", "Explosions/Remote violence", "Violence against civilians",
        "Strategic developments",
    }
    for r in rows:
        where = f"{ACLED_FILE.name}:{r.line}"
        if r.plover_type not in PLOVER_TYPES:
            probs.append(f"{where}: unknown PLOVER type {r.plover_type!r}")
        if r.event_type not in types:
            probs.append(f"{where}: unknown ACLED event type {r.event_type!r}")
        if r.target not in (None, "armed", "civilian"):
            probs.append(f"{where}: target must be *, armed or civilian")
    return probs


def lint_patterns(patterns=None, cameo=None, content=None) -> list[str]:
    probs: list[str] = []
    try:
        patterns = patterns if patterns is not None else load_patterns()
        content = content if content is not None else load_content()
    except LexiconError as exc:
        return [str(exc)]
    cameo = cameo if cameo is not None else load_cameo()
    seen_frames: dict[tuple, str] = {}
    order = {id(q): k for ps in index_by_lemma(patterns).values() for k, q in enumerate(ps)}
    for p in patterns:
        where = f"{p.file or 'patterns'}:{p.line} ({p.id})"
        if p.code is not None and p.code not in cameo:
            probs.append(f"{where}: CAMEO code {p.code} is not in {CAMEO_FILE.name}")
        if p.family is not None:
            if not p.content and p.family not in ("aid", "allow"):
                pass  # a family without content takes the family default
            if p.family in ("aid", "allow") and not p.content:
                probs.append(f"{where}: family {{{p.family}}} needs content=... (it has no default code)")
        if not 0.0 < p.conf <= 1.0:
            probs.append(f"{where}: confidence {p.conf} outside (0, 1]")
        for fl in p.flags:
            if fl not in KNOWN_FLAGS:
                probs.append(f"{where}: unknown flag {fl!r}")
        for spec in p.source + p.target:
            if not ARG_SPECS.match(spec):
                probs.append(f"{where}: unknown argument spec {spec!r}")
        for c in p.content:
            if not CONTENT_SOURCES.match(c):
                probs.append(f"{where}: unknown content source {c!r}")
        if not re.match(r"^[a-z0-9][a-z0-9_+-]*$", p.id):
            probs.append(f"{where}: rule id should be lower-case letters, digits, _ - +")
        key = (p.pos, p.lemma, tuple(sorted(str(c) for c in p.conds)))
        if key in seen_frames:
            probs.append(f"{where}: never used: pattern {seen_frames[key]} has the same trigger and frame")
        else:
            seen_frames[key] = p.id
        later = [q.id for q in patterns
                 if q.pos == p.pos and q.lemma == p.lemma and order[id(q)] > order[id(p)]] if not p.conds else []
        if later:
            probs.append(f"{where}: has no frame, so the later pattern(s) {', '.join(later)} never fire")
    cname = CONTENT_FILE.name
    for cc in content:
        for fam, code in cc.codes.items():
            if code not in cameo:
                probs.append(f"{cname}:{cc.line} ({cc.name}): {fam}={code} is not in {CAMEO_FILE.name}")
    for fam in FAMILIES:
        d = FAMILY_DEFAULT.get(fam)
        if d is not None and d not in cameo:
            probs.append(f"family {fam}: default code {d} is not in {CAMEO_FILE.name}")
    return probs


def lint_offtopic() -> list[str]:
    words, phrases = load_offtopic()
    if not words:
        return [f"{OFFTOPIC_FILE.name}: no cue words"]
    return []


def lint_events() -> list[str]:
    """All event-data checks."""
    cameo = load_cameo()
    return lint_cameo(cameo) + lint_acled() + lint_patterns(cameo=cameo) + lint_offtopic()


def main() -> int:
    probs = lint_events()
    for p in probs:
        print(p)
    if not probs:
        print("event lexicons: OK")
    return 1 if probs else 0


if __name__ == "__main__":
    sys.exit(main())
