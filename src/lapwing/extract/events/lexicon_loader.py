"""Loading Lapwing's event-coding data files.

Four tab-separated files in ``lapwing/lexicons`` drive the event coder:

``cameo.tsv``
    One row per CAMEO code: name, Goldstein score, quad class and the PLOVER
    type / mode / context the code maps to.
``acled.tsv``
    PLOVER type (+ optional mode, + optional target kind) -> ACLED event type and
    sub-event type.
``event_patterns/*.tsv``
    The pattern lexicon, one file per group of CAMEO roots plus ``00_sets.tsv`` (named word
    sets): a trigger lemma, a frame (conditions on its dependents), a CAMEO code or a code
    *family*, where source and target come from, a base confidence and flags. Files load in
    name order. Syntax: ``event_patterns/README.md`` and ``docs/events.md``.
``event_patterns.content.tsv``
    Content classes for families: "called on X to *release* Y" -> class ``release`` ->
    code 0253 in the ``appeal`` family, 1053 in ``demand``, 0353 in ``intent``...
``event_patterns.offtopic.tsv``
    Words that mark a sentence as sport, weather, markets, history, culture...: events
    are not coded from such sentences.

Everything here is plain data loading and validation; the matching lives in
:mod:`lapwing.extract.events.frames` (and the rest of the package).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from lapwing.extract.events.inflect import _VOWELS, IRREGULAR, inflections  # noqa: F401  (re-exported)

LEXICON_DIR = Path(__file__).resolve().parent.parent.parent / "lexicons"
CAMEO_FILE = LEXICON_DIR / "cameo.tsv"
ACLED_FILE = LEXICON_DIR / "acled.tsv"
PATTERN_DIR = LEXICON_DIR / "event_patterns"
CONTENT_FILE = LEXICON_DIR / "event_patterns.content.tsv"
OFFTOPIC_FILE = LEXICON_DIR / "event_patterns.offtopic.tsv"

#: quad class implied by each CAMEO root code (01-20)
ROOT_QUAD = {f"{i:02d}": (1 if i <= 5 else 2 if i <= 8 else 3 if i <= 13 else 4) for i in range(1, 21)}
#: the code families a pattern may name instead of a code ("{appeal}")
FAMILIES = ("appeal", "demand", "intent", "reject", "threaten", "aid", "accuse", "investigate", "allow", "prepare")
#: default code of each family when no content class matches
FAMILY_DEFAULT = {
    "appeal": "020",
    "demand": "100",
    "intent": "030",
    "reject": "120",
    "threaten": "130",
    "aid": None,  # aid needs content: "gave a speech" is not aid
    "accuse": "112",
    "investigate": "090",
    "allow": None,
    "prepare": None,  # only preparations for force are events: "prepared for the visit" is none
}
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
CODE_RE = re.compile(r"^(0[1-9]|1[0-9]|20)\d{0,2}$")


class LexiconError(ValueError):
    """A data file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class CameoRow:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None  # None: CAMEO code without a PLOVER equivalent (01 statements)
    plover_mode: str | None
    plover_context: tuple[str, ...]
    #: the code's first two digits (its CAMEO root), set once with the row: the coder reads it some 40,000 times a
    #: pass over the benchmark stories, a property's call each time
    root: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "root", self.code[:2])


@dataclass(frozen=True)
class AcledRow:
    plover_type: str
    plover_mode: str | None  # None: any mode
    target: str | None  # None: any; "armed" / "civilian"
    event_type: str
    sub_event_type: str | None
    line: int = 0


@dataclass(frozen=True)
class Cond:
    """One frame condition, e.g. ``obj=sanction|embargo`` or ``!obj`` or ``prep=on``."""

    kind: str  # obj, iobj, prep, prt, xcomp, ccomp, pass, src, srcstate, srccrowd, objmod, mod, cop, objactor, objplace, objperson, conj
    negated: bool = False
    values: frozenset[str] = frozenset()  # lemma set (empty = any)
    preps: frozenset[str] = frozenset()  # for prep=on|against[:lemmas]
    alts: tuple["Cond", ...] = ()  # kind == "or": any of these (written ccomp|xcomp)

    def __str__(self) -> str:  # for messages
        if self.kind == "or":
            return ("!" if self.negated else "") + "|".join(str(a) for a in self.alts)
        s = ("!" if self.negated else "") + self.kind
        if self.preps:
            s += "=" + "|".join(sorted(self.preps))
            if self.values:
                s += ":" + "|".join(sorted(self.values))
        elif self.values:
            s += "=" + "|".join(sorted(self.values))
        return s


@dataclass(frozen=True)
class Pattern:
    id: str
    lemma: str
    pos: str  # V (verb), N (noun), A (adjective predicate: "ready to")
    conds: tuple[Cond, ...]
    code: str | None  # a CAMEO code, or None when family is set
    family: str | None
    source: tuple[str, ...]  # argument specs, first found wins
    target: tuple[str, ...]
    conf: float
    flags: frozenset[str]
    content: tuple[str, ...]  # where content words come from (xcomp, obj, prep:for, ccomp...)
    note: str = ""
    line: int = 0
    file: str = ""  # the lexicon file the pattern comes from (provenance, lint messages)

    def has(self, flag: str) -> bool:
        return flag in self.flags


@dataclass(frozen=True)
class ContentClass:
    name: str
    keys: frozenset[str]  # lemmas; verb+particle as "step_down"
    codes: dict = field(default_factory=dict)  # family -> code
    line: int = 0


@dataclass
class Lexicon:
    cameo: dict[str, CameoRow]
    acled: list[AcledRow]
    patterns: list[Pattern]
    by_lemma: dict[tuple[str, str], list[Pattern]]
    content: list[ContentClass]
    offtopic: dict[str, frozenset[str]]  # topic -> words
    offtopic_phrases: dict[str, tuple[str, ...]]  # topic -> multiword phrases (lower-case)
    sets: dict[str, frozenset[str]] = field(default_factory=dict)  # @name -> words
    offtopic_weak: dict[str, frozenset[str]] = field(default_factory=dict)  # topic -> ambiguous cues (~word)


def _rows(path: Path):
    """Yield (line_number, fields) for the data lines of a TSV file (comments and blanks skipped)."""
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            yield n, line.split("\t")


def _body_rows(path: Path, header: str):
    """``_rows(path)`` without the first row when it is the header (its first field ``header``)."""
    header_seen = False
    for n, f in _rows(path):
        if not header_seen:
            header_seen = True
            if f[0] == header:
                continue
        yield n, f


def load_cameo(path: Path = CAMEO_FILE) -> dict[str, CameoRow]:
    out: dict[str, CameoRow] = {}
    for n, f in _body_rows(path, "code"):
        if len(f) < 7:
            f = f + [""] * (7 - len(f))
        code, name, gold, quad, ptype, pmode, pctx = (x.strip() for x in f[:7])
        try:
            row = CameoRow(code, name, float(gold), int(quad), ptype or None, pmode or None,
                           tuple(c.strip() for c in pctx.split(";") if c.strip()))
        except ValueError as exc:
            raise LexiconError(f"{path.name}:{n}: bad number ({exc})") from exc
        if code in out:
            raise LexiconError(f"{path.name}:{n}: duplicate CAMEO code {code}")
        out[code] = row
    return out


def load_acled(path: Path = ACLED_FILE) -> list[AcledRow]:
    out = []
    for n, f in _body_rows(path, "plover_type"):
        f = [x.strip() for x in f] + [""] * (5 - len(f))
        ptype, pmode, target, etype, sub = f[:5]
        out.append(AcledRow(ptype, None if pmode in ("", "*") else pmode,
                            None if target in ("", "*") else target, etype, sub or None, n))
    return out


_SPLIT = re.compile(r"\s+")


def parse_cond(text: str, where: str, sets: dict[str, frozenset[str]] | None = None) -> Cond:
    neg = text.startswith("!")
    body = text[1:] if neg else text
    if "|" in body and "=" not in body:  # alternation of bare conditions: ccomp|xcomp
        return Cond("or", neg, alts=tuple(parse_cond(b, where, sets) for b in body.split("|")))
    kind, _, rest = body.partition("=")
    known = {"obj", "iobj", "prep", "prt", "xcomp", "xobj", "ccomp", "pass", "src", "objmod", "mod",
             "cop", "objactor", "objdet", "objplace", "objperson", "conj", "subj", "compound", "det", "objprep", "ccompaux", "ccomptag", "advcl", "sub", "xsubjpron", "xsubjnoun", "xagentless", "srcstate", "srccrowd", "srcbody", "ccompmand",
             "child", "xpart", "fromclause", "willnot", "participle"}
    if kind not in known:
        raise LexiconError(f"{where}: unknown frame condition {text!r}")
    if kind in ("prep", "objprep"):
        if not rest and not neg:
            raise LexiconError(f"{where}: {text!r} needs a preposition, e.g. prep=on")
        preps, _, lem = rest.partition(":")
        return Cond(kind, neg, expand_sets(frozenset(x for x in lem.split("|") if x), sets or {}, where),
                    frozenset(x for x in preps.split("|") if x))
    return Cond(kind, neg, expand_sets(frozenset(x for x in rest.split("|") if x), sets or {}, where))


def pattern_files(path: Path = PATTERN_DIR) -> list[Path]:
    """The pattern files under ``path`` (a folder: its ``*.tsv`` in name order; or one file)."""
    if path.is_dir():
        files = sorted(path.glob("*.tsv"))
        if not files:
            raise LexiconError(f"{path}: no *.tsv pattern files in this folder")
        return files
    if not path.exists():
        raise LexiconError(f"{path}: no such pattern file or folder")
    return [path]


def load_patterns(path: Path = PATTERN_DIR) -> list[Pattern]:
    """Every pattern of the lexicon, in load order (files in name order, then line order)."""
    out: list[Pattern] = []
    seen: dict[str, str] = {}
    sets = load_word_sets(path)
    for fpath in pattern_files(path):
        out.extend(_load_pattern_file(fpath, sets, seen))
    return out


def _load_pattern_file(path: Path, sets: dict[str, frozenset[str]], seen: dict[str, str]) -> list[Pattern]:
    out: list[Pattern] = []
    header_seen = False
    for n, f in _rows(path):
        where = f"{path.name}:{n}"
        if f[0].startswith("@"):
            continue  # named word sets: see load_word_sets
        if not header_seen:
            header_seen = True
            if f[0] == "id":
                continue
        f = [x.strip() for x in f]
        if len(f) < 8:
            raise LexiconError(f"{where}: expected at least 8 tab-separated columns, got {len(f)}")
        f += [""] * (10 - len(f))
        pid, lemma, pos, frame, code, source, target, conf, flags, note = f[:10]
        if pid in seen:
            raise LexiconError(f"{where}: duplicate pattern id {pid!r} (first at {seen[pid]})")
        seen[pid] = where
        if pos not in ("V", "N", "A"):
            raise LexiconError(f"{where}: pos must be V, N or A, not {pos!r}")
        conds = tuple(parse_cond(c, where, sets) for c in _SPLIT.split(frame) if c and c != "-")
        family = None
        if code.startswith("{") and code.endswith("}"):
            family = code[1:-1]
            if family not in FAMILIES:
                raise LexiconError(f"{where}: unknown code family {family!r}")
            code_v = None
        else:
            code_v = code
        flagset = set()
        content: tuple[str, ...] = ()
        for fl in (x for x in flags.split(",") if x and x != "-"):
            if fl.startswith("content="):
                content = tuple(x for x in fl[len("content="):].split("|") if x)
            else:
                flagset.add(fl)
        try:
            conf_v = float(conf)
        except ValueError as exc:
            raise LexiconError(f"{where}: confidence {conf!r} is not a number") from exc
        out.append(Pattern(
            id=pid, lemma=lemma.lower(), pos=pos, conds=conds, code=code_v, family=family,
            source=tuple(x for x in source.split("|") if x and x != "-"),
            target=tuple(x for x in target.split("|") if x and x != "-"),
            conf=conf_v, flags=frozenset(flagset), content=content, note=note, line=n, file=path.name,
        ))
    return out


def load_word_sets(path: Path = PATTERN_DIR) -> dict[str, frozenset[str]]:
    """The ``@name<TAB>w1|w2`` lines of the pattern files (one namespace for all files)."""
    out: dict[str, frozenset[str]] = {}
    where_of: dict[str, str] = {}
    for fpath in pattern_files(path):
        for n, f in _rows(fpath):
            if f[0].startswith("@"):
                where = f"{fpath.name}:{n}"
                if len(f) < 2:
                    raise LexiconError(f"{where}: word set {f[0]} has no words")
                if f[0] in out:
                    raise LexiconError(f"{where}: word set {f[0]} is already defined at {where_of[f[0]]}")
                out[f[0]] = frozenset(w.strip().lower() for w in f[1].split("|") if w.strip())
                where_of[f[0]] = where
    return out


def expand_sets(values: frozenset[str], sets: dict[str, frozenset[str]], where: str = "") -> frozenset[str]:
    out: set[str] = set()
    for v in values:
        if v.startswith("@"):
            if v not in sets:
                raise LexiconError(f"{where}: unknown word set {v}")
            out |= sets[v]
        else:
            out.add(v)
    return frozenset(out)


def load_content(path: Path = CONTENT_FILE) -> list[ContentClass]:
    out = []
    for n, f in _rows(path):
        f = [x.strip() for x in f]
        if f[0] == "class":
            continue
        if len(f) < 3:
            raise LexiconError(f"{path.name}:{n}: expected class, keys, family=code pairs")
        codes = {}
        for pair in _SPLIT.split(f[2]):
            if not pair:
                continue
            fam, _, code = pair.partition("=")
            if fam not in FAMILIES or not code:
                raise LexiconError(f"{path.name}:{n}: bad family=code pair {pair!r}")
            codes[fam] = code
        out.append(ContentClass(f[0], frozenset(k.lower() for k in f[1].split("|") if k), codes, n))
    return out


def load_offtopic(path: Path = OFFTOPIC_FILE, weak: bool = False):
    """Topic -> cue words and topic -> multiword cues; with ``weak``, topic -> the ambiguous cues
    (``~word``: "product", "rally", "goal" have a political use; they count only in pairs)."""
    words: dict[str, set[str]] = {}
    phrases: dict[str, list[str]] = {}
    ambiguous: dict[str, set[str]] = {}
    for _n, f in _rows(path):
        f = [x.strip() for x in f]
        if f[0] == "topic" or len(f) < 2:
            continue
        for item in (x.strip().lower() for x in f[1].split("|")):
            if item.startswith("~"):
                item = item[1:]
                ambiguous.setdefault(f[0], set()).add(item)
            if item:
                (phrases.setdefault(f[0], []).append if " " in item else words.setdefault(f[0], set()).add)(item)
    if weak:
        return {k: frozenset(v) for k, v in ambiguous.items()}
    return ({k: frozenset(v) for k, v in words.items()}, {k: tuple(v) for k, v in phrases.items()})


# -- inflection index: inflect.py ----------------------------------------------------------------


def index_by_lemma(patterns: list[Pattern]) -> dict[tuple[str, str], list[Pattern]]:
    """(pos, lemma) -> the patterns of that trigger in the order they are tried: load order, except
    that a pattern flagged ``fallback`` comes after every other pattern of its lemma, from any file
    ("deny" + that-clause is tried only when no "deny entry", "deny responsibility"... frame holds)."""
    by_lemma: dict[tuple[str, str], list[Pattern]] = {}
    for p in patterns:
        by_lemma.setdefault((p.pos, p.lemma), []).append(p)
    for key, ps in by_lemma.items():
        by_lemma[key] = sorted(ps, key=lambda p: p.has("fallback"))
    return by_lemma


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The event lexicon (loaded once per process), with the user files of ``LAPWING_PATTERNS``."""
    from lapwing.lexicons.user_patterns import with_user_patterns  # user pattern files and their precedence
    patterns = with_user_patterns(load_patterns())
    by_lemma = index_by_lemma(patterns)
    words, phrases = load_offtopic()
    return Lexicon(load_cameo(), load_acled(), patterns, by_lemma, load_content(), words, phrases,
                   load_word_sets(), load_offtopic(weak=True))


@lru_cache(maxsize=1)
def form_lemmas() -> dict[tuple[str, str], tuple[str, ...]]:
    """(pos, surface form) -> every trigger lemma with that inflection, surest first: the base form
    itself, then a regular or irregular form, last the undoubled form of a short verb that doubles
    its consonant ("raped" -> ("rape", "rap"): *rap* makes "rapped")."""
    idx: dict[tuple[str, str], list[str]] = {}
    for pos, lemma in lexicon().by_lemma:
        for form in inflections(lemma, pos):
            idx.setdefault((pos, form), []).append(lemma)
    return {k: tuple(sorted(v, key=lambda lem: _form_rank(lem, k[1]))) for k, v in idx.items()}


def _form_rank(w: str, form: str) -> int:
    cvc = len(w) >= 3 and w[-1] not in _VOWELS and w[-1] not in "wxy" and w[-2] in _VOWELS and w[-3] not in _VOWELS
    return 0 if form == w else 2 if cvc and form in (w + "ed", w + "ing") else 1


@lru_cache(maxsize=1)
def form_index() -> dict[tuple[str, str], str]:
    """(pos, surface form) -> the surest trigger lemma of ``form_lemmas`` ("raped" -> *rape*)."""
    return {k: v[0] for k, v in form_lemmas().items()}


@lru_cache(maxsize=1)
def phrasal_particles() -> dict[str, frozenset[str]]:
    """Verb lemma -> the particles of its ``prt=`` frames ("hand" -> over, back, down, in): the parse
    repair reads a preposition right after such a verb as its particle ("handed *over* the suspects")."""
    out: dict[str, set[str]] = {}
    for (pos, lemma), ps in lexicon().by_lemma.items():
        for c in (a for p in ps if pos == "V" for c in p.conds for a in (c.alts or (c,))):
            if c.kind == "prt" and not c.negated and c.values:
                out.setdefault(lemma, set()).update(c.values)
    return {k: frozenset(v) for k, v in out.items()}


def _one_word_agents(skip: tuple[str, ...]) -> dict[str, str]:
    """One-word forms of the actors lexicon's agents with a sector and none of the flags ``skip`` -> sector."""
    from lapwing.lexicons import agent_forms, load_agents

    out: dict[str, str] = {}
    for agent in load_agents():
        if agent.sector is None or any(agent.has(flag) for flag in skip):
            continue
        for f in agent_forms(agent):
            if " " not in f.surface and "." not in f.surface:
                out.setdefault(f.surface.lower(), agent.sector)
    return out


@lru_cache(maxsize=1)
def agent_word_sectors() -> dict[str, str]:
    """One-word agent forms of the actors lexicon, the weak ones too ("rioters", "lawmakers", "supporters") ->
    sector: what a lone subject or object word is when nothing else in its phrase says more."""
    return _one_word_agents(("cue", "honorific", "contested"))


@lru_cache(maxsize=1)
def single_word_agents() -> dict[str, str]:
    """One-word agent forms of the actors lexicon ("police", "soldiers", "constable") -> sector."""
    return _one_word_agents(("weak", "cue", "honorific"))
