"""A frame's word conditions read as one set test each, session 36 round sp72 (issue 13, speed only).

``events/frame_gates.py``: before ``FramesMixin._hold`` asks a frame's conditions that need no source, each word
condition that must hold (``obj=``, ``ccompaux=``, ``mod=``, ``prt=``, ``xcomp=``, ``ccomp=``, a ``prep=`` with no word
list) is one ``isdisjoint`` on the token's words of that kind, read once per token of the frozen parse; an ``objprep``
is sieved by its prepositions first and asked as well when it has a word list. The tests check, on sentences made up
for them, that a gate answers as the check it stands for (exactly, or as a sieve that never drops a condition that
holds), that a frame holds with the gates as ``_hold`` on all its conditions says, frozen parse or not, and what is
no gate.
"""

from __future__ import annotations

import pytest

from lapwing.extract.registry import Context
from lapwing.schema import Article, ArticleRecord

TEXTS = [
    "The rebels warned of a harsh reply to any raid on their camps, and the army warned the villagers to leave.",
    "Ministers agreed to lift the embargo on grain and called off the strike that had shut the ports.",
    "The court said the mayor was to blame for the fire; critics blamed the police for the delay.",
    "Police fired tear gas and rubber bullets at a column of marchers near the harbour on Friday.",
    "She insisted that the council would step down, and the union threatened a general strike over wages.",
    "The envoy sent 40 tonnes of food to the border town and handed over dozens of trucks to the aid agency.",
    "Government troops were ordered to pull back from the disputed ridge after talks with the separatists.",
]


@pytest.fixture(scope="module")
def coders(pipe):
    from lapwing.extract.events.coder import Coder

    out = []
    for text in TEXTS:
        art = Article(id="t", text=text, published="2026-05-02")
        ctx = Context(doc=pipe.nlp(text), article=art, record=ArticleRecord(article=art), config=pipe.config)
        out.append(Coder(ctx))
    return out


def _lexicon_conds(coder) -> list:
    """The distinct conditions of every pattern of the lexicon that needs no source."""
    from lapwing.extract.events.frame_parts import _split_conds

    seen, out = set(), []
    for pats in coder.lex.by_lemma.values():
        for p in pats:
            for c in _split_conds(p)[0]:
                key = (c.kind, c.negated, c.values, c.preps, c.alts)
                if key not in seen:
                    seen.add(key)
                    out.append(c)
    return out


def _check_gates(coder) -> int:
    from lapwing.extract.events.frame_gates import _gate, is_gate

    conds = [c for c in _lexicon_conds(coder) if _gate(c) is not None]
    assert any(is_gate(c) for c in conds) and any(not is_gate(c) for c in conds)
    n = 0
    for t in coder.doc:
        for kind in ("V", "N", "A"):
            for c in conds:
                reader, values = _gate(c)
                passes = not reader(t).isdisjoint(values)
                held = coder.check(c, t, kind, None)
                if is_gate(c):
                    assert passes == held, (str(c), t.text, kind)
                else:  # a sieve: it never drops a condition that holds
                    assert passes or not held, (str(c), t.text, kind)
                n += 1
    return n


def test_each_gate_answers_as_the_check_on_the_frozen_parse(coders):
    from lapwing.extract.events.parse_memo import freeze_parse, thaw_parse

    n = 0
    for coder in coders:
        freeze_parse(coder.doc)
        try:
            n += _check_gates(coder)
        finally:
            thaw_parse()
    assert n > 1000


def test_each_gate_answers_as_the_check_off_the_frozen_parse(coders):
    from lapwing.extract.events.parse_memo import thaw_parse

    thaw_parse()
    for coder in coders[:3]:
        coder._parse_memo.clear()
        _check_gates(coder)


def test_a_frame_holds_with_its_gates_as_hold_says(coders):
    from lapwing.extract.events.frame_gates import gates_hold, split_gates
    from lapwing.extract.events.parse_memo import freeze_parse, thaw_parse

    tried = held = 0
    for coder in coders:
        freeze_parse(coder.doc)
        try:
            for t in coder.doc:
                for kind, _p, pre, _with_src in coder.frames_for(t):
                    if not pre:
                        continue
                    gates, rest = split_gates(pre)
                    assert len(rest) <= len(pre) and all(c in pre for c in rest)
                    mine = gates_hold(gates, t) and coder._hold(rest, t, kind, None)
                    assert mine == coder._hold(pre, t, kind, None), (t.text, str(_p.id))
                    tried += 1
                    held += mine
        finally:
            thaw_parse()
    assert tried > 20 and 0 < held < tried


def test_what_is_no_gate():
    from lapwing.extract.events.frame_gates import _gate, is_gate, split_gates
    from lapwing.extract.events.lexicon_loader import Cond

    words = frozenset({"threat", "attack"})
    # a prep with a word list may hold on a verb's loose phrase with none of its prepositions: no gate, no sieve
    assert _gate(Cond("prep", preps=frozenset({"of"}), values=words)) is None
    # with no word list it is its prepositions; an objprep is always sieved, asked again when it has a list
    assert is_gate(Cond("prep", preps=frozenset({"of"})))
    assert not is_gate(Cond("objprep", preps=frozenset({"at"}), values=words))
    assert _gate(Cond("objprep", preps=frozenset({"at"}), values=words)) is not None
    # a negated condition, a bare "any" one and a kind with no reader are asked as before
    for c in (Cond("obj", negated=True, values=words), Cond("obj"), Cond("mod"), Cond("prt"), Cond("xcomp"),
              Cond("ccomp"), Cond("pass"), Cond("src", values=words), Cond("objactor")):
        assert _gate(c) is None and not is_gate(c)
    # a ccompaux with no list never holds: its gate answers so
    assert is_gate(Cond("ccompaux"))
    pre = (Cond("pass", negated=True), Cond("obj", values=words), Cond("objprep", preps=frozenset({"at"}), values=words))
    gates, rest = split_gates(pre)
    assert len(gates) == 2 and rest == (pre[0], pre[2])
    assert split_gates(pre)[0] is gates  # once per condition tuple
    again = tuple(pre)
    assert split_gates(again) == (gates, rest)


def test_readers_are_kept_for_the_frozen_document_only(pipe):
    from lapwing.extract.events import frame_gates as fg
    from lapwing.extract.events.parse_memo import freeze_parse, thaw_parse

    doc, other = pipe.nlp(TEXTS[3]), pipe.nlp(TEXTS[5])
    readers = (fg.obj_words, fg.aux_words, fg.mod_words, fg.xcomp_words, fg.ccomp_words, fg.prep_cases, fg.objprep_cases)
    afresh = {(r, t.i): r(t) for r in readers for t in doc}
    freeze_parse(doc)
    try:
        for r in readers:
            for t in doc:
                assert r(t) == afresh[(r, t.i)]
                assert r(t) is r(t)  # remembered
            assert r.memo  # kept for the frozen document ...
            for t in other:
                assert r(t) == r.__wrapped__(t)  # ... never for another
    finally:
        thaw_parse()
    assert all(not r.memo for r in readers)
    # "fired tear gas and rubber bullets at a column": the object's and its conjunct's words; the phrase's preposition
    assert fg.obj_words(doc[1]) >= {"gas", "bullet"} and "at" in fg.prep_cases(doc[1]) | fg.objprep_cases(doc[1])
