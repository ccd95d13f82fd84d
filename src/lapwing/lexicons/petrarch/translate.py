"""PETRARCH verb patterns -> Lapwing event patterns (``event_patterns/README.md`` format).

A PETRARCH pattern ``- PRE * POST [CODE]`` lists words around the verb (``*``). What Lapwing can
say faithfully with its UD frames, and how:

- the verb itself: the pattern's ``lemma``; the other words of a multiword verb (``CORDON_OFF``,
  ``WIRE_+TAP``) and every word after ``*`` become ``sub=word`` conditions (the word is somewhere in
  the verb's dependency subtree, which holds its objects, particles and prepositional phrases);
- ``&SET`` synonym sets: one Lapwing pattern per member (members that are sets are expanded in turn);
- ``+`` / ``%`` after ``*``: the target is the object, or the phrase of the preposition before the
  marker (``* FROM +`` -> ``prep:from``); ``$`` the same for the source; ``+`` before ``*`` makes the
  subject the target; ``%`` before ``*`` a compound subject acting on each other (``conj1``/``conj2``);
- ``^`` (skip a phrase) needs no condition;
- ``[A:B]`` (A from source to target, B back): A is kept, B is reported.

Not translated, each with its reason in the report: patterns with words *before* the verb (``SAID *``,
``WILL NOT *``, ``HAS *``: a governing verb, an auxiliary or a negation, which Lapwing reads with its
status rules, not with frames), the null code ``[---]`` (a pattern that blocks coding), codes that
are not in Lapwing's CAMEO table (``cameo.tsv``), and patterns that become identical to an earlier
one once word order and ``_`` joins are dropped. Word order after the verb and ``_`` adjacency are
not kept: the report says so for every pattern that used them.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from lapwing.lexicons.petrarch.reader import words_of
from lapwing.lexicons.petrarch.verbs import Synset, Verb, VerbDictionary, VerbPattern

PATTERN_HEADER = "id\tlemma\tpos\tframe\tcode\tsource\ttarget\tconf\tflags\tnote"
MARKERS = frozenset({"$", "+", "%", "^"})
PREPOSITIONS = frozenset({"with", "to", "against", "on", "for", "at", "in", "from", "over", "about", "of", "into",
                          "by", "toward", "towards", "upon", "between", "among", "near", "across", "through"})
DEFAULT_SOURCE = ("subj",)
DEFAULT_TARGET = ("obj", "prep:with", "objprep:with", "prep:to", "objprep:to", "prep:against", "prep:on",
                  "prep:for", "prep:from", "prep:over", "prep:about", "prep:at", "prep:in", "prep:of")
CONF = 0.7
MAX_ALTERNATIVES = 200


@dataclass
class Untranslated:
    path: str
    line: int
    text: str
    reason: str
    severity: str = "untranslated"  # or "partial": translated with a loss


@dataclass
class Translation:
    rows: list[str] = field(default_factory=list)
    notes: list[Untranslated] = field(default_factory=list)
    patterns: int = 0  # PETRARCH pattern lines
    translated: int = 0  # of which at least one Lapwing row came out
    verbs: int = 0
    verb_rows: int = 0

    @property
    def untranslated_share(self) -> float:
        return round(1 - self.translated / self.patterns, 4) if self.patterns else 0.0


def expand_member(text: str, synsets: dict[str, Synset], seen: tuple[str, ...] = ()) -> list[list[str]]:
    """A synset member (``AUSTRIAN FLORIN``, ``&TIETYPES``) -> its word lists."""
    out: list[list[str]] = []
    parts = words_of(text)
    options: list[list[list[str]]] = []
    for w in parts:
        if w.startswith("&"):
            options.append(expand_set(w[1:], synsets, seen))
        else:
            options.append([[w]])
    for combo in itertools.product(*options):
        out.append([w for piece in combo for w in piece])
    return out


def expand_set(name: str, synsets: dict[str, Synset], seen: tuple[str, ...] = ()) -> list[list[str]]:
    key = name.rstrip("_").upper()
    if key in seen:
        raise ValueError(f"synonym set &{key} contains itself")
    s = synsets.get(key)
    if s is None:
        raise ValueError(f"unknown synonym set &{key}")
    out: list[list[str]] = []
    for member, _line in s.members:
        out += expand_member(member, synsets, seen + (key,))
    return out


@dataclass
class _Frame:
    words: list[str]
    source: tuple[str, ...]
    target: tuple[str, ...]
    flags: tuple[str, ...]
    conds: tuple[str, ...] = ()


def pattern_frames(p: VerbPattern, synsets: dict[str, Synset]) -> tuple[list[_Frame], str | None, list[str]]:
    """(frames, reason when untranslatable, losses) of one PETRARCH pattern."""
    star = p.star
    pre, post = p.tokens[:star], p.tokens[star + 1:]
    pre_words = [t for t in pre if t not in MARKERS]
    if pre_words:
        return [], (f"words before the verb ({' '.join(pre_words)}): Lapwing frames test the verb's own "
                    "dependents; a governing verb, auxiliary or negation is read by its status rules"), []
    losses = []
    source: tuple[str, ...] = DEFAULT_SOURCE
    target: tuple[str, ...] = DEFAULT_TARGET
    flags: tuple[str, ...] = ()
    conds: list[str] = []
    if "%" in pre:
        source, target, flags = ("conj1",), ("conj2",), ("recip",)
        conds.append("conj")
    elif "+" in pre:
        target = ("subj",)
        source = ()
    prep = None
    options: list[list[list[str]]] = []
    for tok in post:
        low = tok.lower()
        if tok in ("+", "%"):
            target = (f"prep:{prep}",) if prep else ("obj",)
        elif tok == "$":
            source = (f"prep:{prep}",) if prep else ("obj",)
        elif tok == "^":
            continue
        elif tok.startswith("&"):
            try:
                options.append(expand_set(tok[1:], synsets))
            except ValueError as exc:
                return [], str(exc), []
        else:
            if not re.match(r"^[a-z0-9][a-z0-9'.-]*$", low):
                return [], f"word {tok!r} is not a plain word", []
            options.append([[low]])
            prep = low if low in PREPOSITIONS else prep
    if "+" in pre and source == ():
        source = ("prep:by",)
    words_after = sum(1 for t in post if t not in MARKERS)
    if words_after > 1:
        losses.append("the order of the words after the verb is not kept")
    if p.joined:
        losses.append("'_' (adjacent words) is read as 'both words present'")
    n = 1
    for o in options:
        n *= max(1, len(o))
    if n > MAX_ALTERNATIVES:
        return [], f"the synonym sets expand to {n} alternatives (more than {MAX_ALTERNATIVES})", []
    frames = []
    for combo in itertools.product(*options) if options else [()]:
        words = []
        for piece in combo:
            for w in piece:
                w = w.lower()
                if w not in words:
                    words.append(w)
        frames.append(_Frame(words, source, target, flags, tuple(conds)))
    return frames, None, losses


def _code_of(raw: str | None) -> tuple[str | None, str | None]:
    """PETRARCH code -> (Lapwing code, the dropped second code of 'A:B')."""
    if raw is None:
        return None, None
    raw = raw.strip()
    if ":" in raw:
        a, _, b = raw.partition(":")
        return a.strip(), b.strip() or None
    return raw, None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def translate_verbs(vd: VerbDictionary, cameo: set[str], prefix: str = "petr",
                    seen_frames: dict[tuple[str, str], int] | None = None) -> Translation:
    """Lapwing pattern rows (without header) for a PETRARCH verb dictionary. ``prefix`` starts every
    pattern id (one per input file, so that ids stay unique); ``seen_frames`` carries the (lemma, frame)
    pairs of earlier files, whose first pattern wins."""
    out = Translation()
    name = vd.path.rsplit("/", 1)[-1]
    seen_frames = seen_frames if seen_frames is not None else {}
    for block in vd.blocks:
        # each pattern line once: translated (for every verb of the block) or not
        per_pattern: list[tuple[VerbPattern, list[_Frame], str]] = []
        for p in block.patterns:
            out.patterns += 1
            code, second = _code_of(p.code)
            frames, reason, losses = pattern_frames(p, vd.synsets)
            if reason is None:
                if code == "---":
                    reason = "null code [---]: a pattern that stops coding has no Lapwing equivalent"
                elif code not in cameo:
                    reason = f"code {p.code!r} is not in Lapwing's CAMEO table (lexicons/cameo.tsv)"
            if reason is not None:
                out.notes.append(Untranslated(vd.path, p.line, p.raw, reason))
                continue
            if second:
                losses.append(f"the reverse code {second} of [{p.code}] is not kept")
            for loss in losses:
                out.notes.append(Untranslated(vd.path, p.line, p.raw, loss, "partial"))
            per_pattern.append((p, frames, code))
        used_lines: set[int] = set()
        for verb in block.verbs:
            out.verbs += 1
            lemmas = [verb.words[verb.head].lower()]
            for f in verb.forms:
                fw = words_of(f)
                form = (fw[verb.head] if len(fw) > verb.head else fw[0]).lower() if fw else ""
                if form and form not in lemmas:
                    lemmas.append(form)
            extra = [w.lower() for i, w in enumerate(verb.words) if i != verb.head]
            rows: list[tuple[int, int, str]] = []  # (specificity, order, row)
            order = 0
            for p, frames, code in per_pattern:
                for k, fr in enumerate(frames):
                    words = list(dict.fromkeys(extra + fr.words))
                    for lemma in lemmas:
                        frame = " ".join([*fr.conds, *(f"sub={w}" for w in words)]) or "-"
                        key = (lemma, frame)
                        if key in seen_frames and seen_frames[key] != (name, p.line):
                            first = seen_frames[key]
                            out.notes.append(Untranslated(vd.path, p.line, p.raw,
                                                          f"same frame as {first[0]}:{first[1]} once word order "
                                                          f"and joins are dropped ({lemma}: {frame})"))
                            continue
                        seen_frames[key] = (name, p.line)
                        pid = f"{prefix}_{_slug(lemma)}_{p.line}" + (f"_{k + 1}" if len(frames) > 1 else "")
                        if lemma != lemmas[0] or len(block.verbs) > 1:
                            pid += f"_v{verb.line}"
                        note = f"PETRARCH {name}:{p.line} {p.raw}"
                        rows.append((len(words) + len(fr.conds), order, "\t".join((
                            pid, lemma, "V", frame, code, "|".join(fr.source) or "-", "|".join(fr.target) or "-",
                            str(CONF), ",".join(fr.flags) or "-", note))))
                        order += 1
                        used_lines.add(p.line)
            vcode, second = _code_of(verb.code or block.code)
            if vcode and vcode != "---" and vcode not in cameo:
                out.notes.append(Untranslated(vd.path, verb.line, verb.raw,
                                              f"verb code {vcode!r} is not in Lapwing's CAMEO table: the verb "
                                              "codes only through its patterns"))
            elif vcode and vcode != "---":
                for lemma in lemmas:
                    frame = " ".join(f"sub={w}" for w in extra) or "-"
                    if (lemma, frame) in seen_frames:
                        continue
                    seen_frames[(lemma, frame)] = (name, verb.line)
                    pid = f"{prefix}_{_slug(lemma)}_{verb.line}"
                    note = f"PETRARCH {name}:{verb.line} {verb.raw} (the verb's own code)"
                    rows.append((-1, order, "\t".join((pid, lemma, "V", frame, vcode, "subj", "|".join(DEFAULT_TARGET),
                                                       str(CONF), "-", note))))
                    order += 1
                    out.verb_rows += 1
                if second:
                    out.notes.append(Untranslated(vd.path, verb.line, verb.raw,
                                                  f"the reverse code {second} of [{verb.code or block.code}] is not kept",
                                                  "partial"))
            rows.sort(key=lambda r: (-r[0], r[1]))
            out.rows += [r for _s, _o, r in rows]
        out.translated += sum(1 for p, _f, _c in per_pattern if p.line in used_lines)
    return out


def verb_lemma(v: Verb) -> str:
    return v.words[v.head].lower()
