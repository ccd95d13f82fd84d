"""A frame's conditions are checked cheapest first (``events/frame_order.py``, issue 13, speed only): the split
conditions are the pattern's own, each part sorted by cost with the lexicon's order kept within a cost, and the
answers of ``_hold`` and the events coded are those of the lexicon's order."""

from __future__ import annotations

import pytest

from lapwing.extract.registry import Context
from lapwing.schema import Article, ArticleRecord

# (invented for these tests)
TEXTS = [
    "Border guards in Tarnova turned back two hundred migrants on Sunday, and the interior minister called off "
    "talks with the neighbouring government.",
    "The rebels have handed over forty hostages to a Red Cross team, a spokesman for the army of Velmora said.",
    "Estonia will not send troops to the mission unless parliament approves it, the defence minister warned.",
    "Farmers blocked the motorway outside Lyon for a third day, demanding that Paris cut fuel taxes; riot police "
    "dispersed them with water cannon.",
    "Qatar offered to mediate between the two factions, whose leaders met in Doha in secret last month.",
    "Militiamen were accused of burning down a market in the north, and the governor pledged to rebuild it.",
    "The Chilean navy seized a fishing boat off Arica and detained its crew of nine, officials said on Thursday.",
    "Ministers from Ghana and Togo signed an accord on shared water rights after years of dispute.",
]


def _ctx(pipe, text: str) -> Context:
    art = Article(id="fo", text=text, published="2026-03-02")
    return Context(doc=pipe.nlp(text), article=art, record=ArticleRecord(article=art), config=pipe.config, nlp=pipe.nlp)


def _lexicon(pipe):
    from lapwing.lexicons.user_patterns import lexicon_for

    return lexicon_for(pipe.config)


def test_split_conditions_are_the_patterns_own_cheapest_first(pipe):
    from lapwing.extract.events.frame_order import COND_COST, DEFAULT_COST
    from lapwing.extract.events.frame_parts import _SRC_KINDS, _split_conds

    def cost(c):
        return COND_COST.get(c.kind, DEFAULT_COST)

    def needs_src(c):
        return c.kind in _SRC_KINDS or any(needs_src(a) for a in c.alts)

    moved = 0
    for patterns in _lexicon(pipe).by_lemma.values():
        for p in patterns:
            pre, with_src = _split_conds(p)
            for part, want in ((pre, [c for c in p.conds if not needs_src(c)]),
                               (with_src, [c for c in p.conds if needs_src(c)])):
                assert sorted(part, key=id) == sorted(want, key=id)  # the same condition objects
                assert [cost(c) for c in part] == sorted(cost(c) for c in part)  # cheapest first
                for k in set(cost(c) for c in part):  # the lexicon's order within a cost
                    assert [c for c in part if cost(c) == k] == [c for c in want if cost(c) == k]
                moved += list(part) != want
    assert moved >= 10  # (the shipped lexicon has patterns whose costly condition is written first)


def test_hold_answers_as_in_the_lexicons_order(pipe):
    from lapwing.extract.events.coder import Coder
    from lapwing.extract.events.frame_parts import _SRC_KINDS
    from lapwing.extract.events.parse_memo import thaw_parse

    def needs_src(c):
        return c.kind in _SRC_KINDS or any(needs_src(a) for a in c.alts)

    asked = held = reordered = 0
    for text in TEXTS:
        try:
            coder = Coder(_ctx(pipe, text))
            for t in coder.doc:
                src = next((c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
                for kind, p, pre, with_src in coder.frames_for(t):
                    written = tuple(c for c in p.conds if not needs_src(c))  # (the lexicon's order)
                    for fast, slow, s in ((pre, written, None), (with_src, tuple(c for c in p.conds if needs_src(c)), src)):
                        got = coder._hold(fast, t, kind, s)
                        assert got == coder._hold(slow, t, kind, s), (t.text, [str(c) for c in p.conds])
                        assert got == all(coder.check(c, t, kind, s) for c in slow)
                        asked += 1
                        held += got
                        reordered += fast != slow
        finally:
            thaw_parse()
    assert asked > 50 and 0 < held < asked and reordered > 0


def test_events_are_those_of_the_lexicons_order(pipe, monkeypatch):
    from lapwing.extract.events import coder as coder_mod
    from lapwing.extract.events import frame_parts
    from lapwing.extract.events.coder import code_text

    def events():
        frame_parts._COND_SPLIT.clear()  # (the split and each token's frames are remembered across articles)
        coder_mod._PatternsMemo.memo.clear()
        return [[e.model_dump() for e in code_text(text, nlp=pipe.nlp).events] for text in TEXTS]

    try:
        fast = events()
        with monkeypatch.context() as m:
            m.setattr(frame_parts, "cheapest_first", lambda conds: conds)
            slow = events()
    finally:
        frame_parts._COND_SPLIT.clear()
        coder_mod._PatternsMemo.memo.clear()
    assert fast == slow
    assert sum(map(len, fast)) >= 6
