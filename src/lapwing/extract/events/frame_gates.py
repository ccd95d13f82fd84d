"""A frame's word conditions read as one set test each (speed only, the same answers).

Most of the frames ``FramesMixin.match`` tries fail on a condition that needs no source (about 93 % in the VOA
stories), most often on a word list: the object's words (``obj=sanction|embargo``), a particle (``prt=down``), the
words of a modifier (``mod=...``), of the to-clause's verb (``xcomp=...``), the that-clause's auxiliaries
(``ccompaux=will|would``). For a condition that must hold (not negated) with a word list, the check is exactly
"the token's words of that kind share one with the list": those words are read once per token of the coder's
frozen parse (``parse_memo._per_token``) and the condition is one ``isdisjoint`` on them, before the other
conditions are asked. ``split_gates(pre)`` splits a pattern's conditions, once per condition tuple, into those
gates and the rest (in their order, asked by ``_hold`` as before); a frame holds when every gate and every other
condition holds, as ``_hold`` on all of them answers (no check changes what another answers: ``frame_order.py``).

What each gate reads is what ``FramesMixin._check`` tests for that kind:

* ``obj``: the object's and its conjuncts' keys (``_conj_lemma_keys``) and the keys of a collective head's
  of-complement ("a cordon *of police*"); no object, no words;
* ``ccompaux``: the lower-case forms of the that-clause's "aux" dependents (any list, the empty one never held);
* ``mod``: the keys of each modifier (``_modifiers``);
* ``prt``: the particles (``_particles``);
* ``xcomp``: the keys of the to-clause's verb;
* ``ccomp``: the keys of the that-clause's head (unless it is a bare "blame", which counts only as the predicate
  "was to blame") and the forms of its "case" dependents;
* ``prep`` with no word list (``prep=on|against``): the prepositions of the token's phrases (``_prep_args``);
* ``objprep``: the prepositions of the object's and its measured content's phrases. With a word list this is a
  first sieve only (a phrase must also have a head of the list): the condition is then asked as well.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.actor_classes import collective_content
from lapwing.extract.events.frame_parts import _aux_forms, _conj_lemma_keys, _lemma_keys
from lapwing.extract.events.lexicon_loader import Cond
from lapwing.extract.events.parse_memo import _per_token, children_of
from lapwing.extract.events.phrases import _modifiers
from lapwing.extract.events.phrases import measure_content
from lapwing.extract.events.syntax import _ccomp, _obj_token, _particles, _xcomp
from lapwing.extract.events.syntax_args import _prep_args

_NONE: frozenset[str] = frozenset()


@_per_token
def obj_words(t: Token) -> frozenset[str]:
    """The words an ``obj=...`` condition that must hold looks for: the object's and its conjuncts' keys, and those
    of a collective head's of-complement."""
    o = _obj_token(t)
    if o is None:
        return _NONE
    keys = _conj_lemma_keys(o)
    x = collective_content(o)
    return keys | _lemma_keys(x) if x is not None else keys


@_per_token
def aux_words(t: Token) -> frozenset[str]:
    """The that-clause's auxiliaries' forms (``ccompaux=...``); none without a that-clause."""
    x = _ccomp(t)
    return frozenset(_aux_forms(x)) if x is not None else _NONE


@_per_token
def mod_words(t: Token) -> frozenset[str]:
    """The keys of each modifier of ``t`` (``mod=...``)."""
    return _NONE.union(*[_lemma_keys(m) for m in _modifiers(t)])


@_per_token
def xcomp_words(t: Token) -> frozenset[str]:
    """The keys of the to-clause's verb (``xcomp=...``); none without one."""
    x = _xcomp(t)
    return _lemma_keys(x) if x is not None else _NONE


@_per_token
def ccomp_words(t: Token) -> frozenset[str]:
    """The that-clause head's keys (not a bare "blame": only "was to blame" counts) and its case words (``ccomp=``)."""
    x = _ccomp(t)
    if x is None:
        return _NONE
    kids = children_of(x)
    cases = frozenset(y.lower_ for y in kids if y.dep_ == "case")
    if x.lemma_.lower() == "blame" and not any(y.dep_ == "cop" for y in kids):
        return cases
    return _lemma_keys(x) | cases


@_per_token
def prep_cases(t: Token) -> frozenset[str]:
    """The prepositions of ``t``'s phrases (``prep=...`` with no word list)."""
    return _NONE.union(*[cs for cs, _h in _prep_args(t)])


@_per_token
def objprep_cases(t: Token) -> frozenset[str]:
    """The prepositions of the object's phrases and of its measured content's (``objprep=...``)."""
    o = _obj_token(t)
    if o is None:
        return _NONE
    return _NONE.union(*[cs for x in (o, *measure_content(o)) for cs, _h in _prep_args(x)])


#: condition kind -> the token's words it tests, for a condition that must hold; the kinds whose empty list means
#: "any" (a bare ``mod``, ``prt``, ``xcomp``, ``obj``) are no gate
READERS = {"obj": obj_words, "ccompaux": aux_words, "mod": mod_words, "prt": _particles, "xcomp": xcomp_words,
           "ccomp": ccomp_words}
_ANY_WHEN_EMPTY = frozenset({"obj", "mod", "prt", "xcomp", "ccomp"})
#: condition kind -> the prepositions it needs one of (``c.preps``): the whole test for a ``prep`` with no word list
#: (none for one with a list: a verb's loose phrase may hold it), a first sieve for an ``objprep`` (asked again when
#: it has a word list)
SIEVES = {"prep": prep_cases, "objprep": objprep_cases}

_SPLIT: dict[int, tuple] = {}


def is_gate(c: Cond) -> bool:
    """The condition is exactly its gate (and need not be asked again)."""
    if c.negated:
        return False
    if c.kind in SIEVES:
        return not c.values
    return c.kind in READERS and (bool(c.values) or c.kind not in _ANY_WHEN_EMPTY)


def _gate(c: Cond) -> tuple | None:
    if c.negated:
        return None
    if c.kind == "objprep" or c.kind == "prep" and not c.values:  # (a prep with a word list may hold on a loose
        return SIEVES[c.kind], c.preps  # phrase of a verb, ``_loose_preps``, with none of its prepositions: no sieve)
    return (READERS[c.kind], c.values) if is_gate(c) else None


def split_gates(pre: tuple[Cond, ...]) -> tuple[tuple, tuple[Cond, ...]]:
    """``((reader, values), ...)`` for the gates among ``pre`` and the other conditions in their order; once per
    condition tuple (kept by id, checked by identity: an id can be reused once a lexicon is dropped)."""
    got = _SPLIT.get(id(pre))
    if got is None or got[0] is not pre:
        if len(_SPLIT) > 50_000:
            _SPLIT.clear()
        gates = tuple(g for c in pre if (g := _gate(c)) is not None)
        got = _SPLIT[id(pre)] = (pre, gates, tuple(c for c in pre if not is_gate(c)))
    return got[1], got[2]


def gates_hold(gates: tuple, t: Token) -> bool:
    """Every gate's words of ``t`` share one with its list."""
    for reader, values in gates:
        if reader(t).isdisjoint(values):
            return False
    return True
