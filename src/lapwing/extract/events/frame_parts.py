"""The pieces pattern matching works with: a :class:`Candidate` match, a pattern's conditions split by
whether they need the source, and the word keys a token offers to ``FramesMixin._lemma_in``."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from lapwing.extract.events.frame_order import cheapest_first
from lapwing.extract.events.parse_memo import _per_token, children_of
from lapwing.extract.events.lexicon_loader import Cond, Pattern
from lapwing.extract.events.phrases import _modifiers, measure_content
from lapwing.extract.events.syntax import _words, lemma_of
from lapwing.extract.events.verb_classes import _COMPOUND_PEOPLE


@dataclass
class Candidate:
    pattern: Pattern
    trigger: Token
    anchor: Token
    code: str
    source_tok: Token | None
    target_tok: Token | None
    nominal: bool = False
    consumed: set[int] = field(default_factory=set)
    content_class: str | None = None
    light: bool = False


_SRC_KINDS = frozenset({"src", "xsubjpron", "srcstate", "srccrowd", "srcbody"})
_COND_SPLIT: dict[int, tuple[tuple[Cond, ...], tuple[Cond, ...], tuple[Cond, ...]]] = {}


def _split_conds(p: Pattern) -> tuple[tuple[Cond, ...], tuple[Cond, ...]]:
    """A pattern's conditions that do not look at the source, and those that do (checked once the
    source is found), each cheapest first (``frame_order.py``: the same answers); worked out once per
    pattern's condition tuple."""
    got = _COND_SPLIT.get(id(p.conds))
    if got is None or got[0] is not p.conds:  # (an id can be reused once a lexicon is dropped)
        def needs_src(c: Cond) -> bool:
            return c.kind in _SRC_KINDS or any(needs_src(a) for a in c.alts)
        got = (p.conds, cheapest_first(tuple(c for c in p.conds if not needs_src(c))),
               cheapest_first(tuple(c for c in p.conds if needs_src(c))))
        _COND_SPLIT[id(p.conds)] = got
    return got[1], got[2]


def _lemma_view(t: Token) -> tuple[set[str], tuple[tuple[str, set[str] | None], ...], list[Token]]:
    """What ``FramesMixin._lemma_in`` tests of ``t``, whatever the word list: its words; for each modifier, the
    joined lemmas "modifier_head" and, for a noun compound (unless ``t`` is a people word), the modifier's
    words; the measured content tokens other than ``t``."""
    ws = _words(t)
    head = lemma_of(t)
    people = bool(ws & _COMPOUND_PEOPLE)
    mods = tuple((f"{lemma_of(m)}_{head}", _words(m) if m.dep_ == "compound" and m.pos_ == "NOUN" and not people else None)
                 for m in _modifiers(t))
    # (and a noun hung right after it with no preposition, the head of a compound the parse turned round:
    # "an opposition *sit-in*" read as "opposition" with a modifier "sit-in")
    return ws, mods, [x for x in measure_content(t) if x.i != t.i] + [
        c for c in children_of(t) if c.dep_ == "nmod" and c.i == t.i + 1 and c.pos_ == "NOUN"
        and not any(x.dep_ == "case" for x in children_of(c))] + _name_class_nouns(t)


def _name_class_nouns(t: Token) -> list[Token]:
    """For a name heading its phrase, the common nouns that say what it is, looked through like measured content:
    a noun compound before it ("the French *aid group* Action Relief": "group" with its own "aid") and a noun in
    apposition after it ("Hope Without Borders, a Swiss *charity*"). Not for a common noun ("the aid group
    director"), an apposition before the name, nor a noun inside the name ("the Counter *Terrorism* Department":
    the compound must stand before the name's own capitalised words)."""
    if not (t.pos_ == "PROPN" or (t.ent_type_ == "ORG" and t.text[:1].isupper())):
        return []
    doc = t.doc
    return [c for c in children_of(t) if c.pos_ == "NOUN" and (
        (c.dep_ == "compound" and c.i < t.i - 1 and c.text[:1].islower()
         and all(x.text[:1].isupper() for x in doc[c.i + 1:t.i])) or (c.dep_ == "appos" and c.i > t.i))]


@_per_token
def _lemma_keys(t: Token) -> frozenset[str]:
    """Every word ``FramesMixin._lemma_in(t, values)`` looks for in ``values`` (it holds when they share one): the
    words of ``t``'s lemma view, each modifier's joined lemmas and, where counted, its words, and those of each
    measured content token, in turn. Once per token of the coder's frozen parse (``parse_memo._per_token``): the
    conjuncts' look (``_conj_lemma_keys``) and a measured token's own keys reuse what the trigger frames found."""
    ws, mods, measured = _lemma_view(t)
    out = set(ws)
    for joined, compound_words in mods:
        out.add(joined)
        if compound_words is not None:
            out |= compound_words
    for x in measured:
        out |= _lemma_keys(x)
    return frozenset(out)


def _conj_children(t: Token) -> list[Token]:
    return [x for x in children_of(t) if x.dep_ == "conj"]


def _conj_lemma_keys(t: Token) -> frozenset[str]:
    """``_lemma_keys`` of ``t`` and of each of its conjuncts: ``_lemma_in(t, v) or any(_lemma_in(x, v) for x in its
    conjuncts)`` holds, for a non-empty ``v``, when ``v`` shares a word with these."""
    return _lemma_keys(t).union(*[_lemma_keys(x) for x in _conj_children(t)])


def _aux_forms(t: Token) -> list[str]:
    """The lower-case forms of ``t``'s "aux" dependents."""
    return [a.lower_ for a in children_of(t) if a.dep_ == "aux"]


def _below(t: Token) -> list[Token]:
    """``t``'s subtree without ``t``, in order."""
    return [x for x in t.subtree if x.i != t.i]


_THIRD_PLURAL = frozenset({"i", "we", "you", "they"})


def _mandative(x: Token) -> bool:
    """A that-clause in the mandative subjunctive, a demand rather than a report: "insisted that Russia *pay*
    reparations", "that the president *step* down" (a singular subject with the verb's bare form), "that he *be*
    released", "that the vote *be* free" (a bare "be" with any subject). Not "insisted that Russia *pays*", "that
    the troops *remain*" (a plural subject: the indicative looks the same), nor a clause with a modal or a tense."""
    bes = [a for a in children_of(x) if a.dep_ in ("aux", "aux:pass", "cop")]
    if any(a.lower_ != "be" for a in bes):
        return False
    if bes or x.lower_ == "be":
        return True
    if x.tag_ not in ("VB", "VBP") or (x.lower_ != x.lemma_.lower() and x.lower_.endswith(("s", "ed"))):
        return False  # (the lemmatiser's slips aside: "adopt" read as "adoep")
    subj = next((c for c in children_of(x) if c.dep_ in ("nsubj", "nsubj:pass")), None)
    return subj is not None and subj.lower_ not in _THIRD_PLURAL and (
        subj.tag_ in ("NN", "NNP") or subj.lower_ in ("he", "she", "it") or (subj.tag_ == "NNPS" and subj.ent_type_ in (
            "GPE", "LOC", "ORG"))) and not any(  # ("the United *States* impose")
        c.dep_ == "conj" for c in children_of(subj))

