"""What the extractors remember to go faster (issue 13) gives exactly what the slow path gives: the event
coder's per-document and cross-article memories, the counts' start positions, the places' span keys
and capitalisation, the actors' gender table."""

from __future__ import annotations

import pytest

from lapwing.extract.registry import Context
from lapwing.schema import Article, ArticleRecord

TEXTS = [
    "NAIROBI, March 3 (Lapwing Wire) - Police fired tear gas at protesters in Nairobi on Tuesday and arrested "
    "42 people, a spokesman said. Kenyan opposition leader Raila Odinga condemned the arrests and called for "
    "talks with the government. Ms. Wanjiru said she would march again; he denied it.",
    "Ukrainian troops shelled Russian positions near Bakhmut, killing three soldiers, the ministry said. "
    "Moscow accused Kyiv of attacking civilians. About 1,500 residents fled to Zaporizhzhia.",
    "The football club signed a new striker for the season. The team's coach praised the midfield. Fans "
    "celebrated the goal in the stadium. The league will resume next week after the break.",
]


@pytest.fixture(scope="module")
def docs(pipe):
    return [pipe.nlp(t) for t in TEXTS]


def _ctx(pipe, doc, text):
    art = Article(id="t", text=text, published="2023-03-07")
    return Context(doc=doc, article=art, record=ArticleRecord(article=art), config=pipe.config)


def test_patterns_memo_and_once_match_the_direct_answers(pipe, docs):
    from lapwing.extract.events.coder import Coder
    from lapwing.extract.events.frames import FramesMixin
    from lapwing.extract.events.phrases import _modifiers, measure_content
    from lapwing.extract.events.syntax import _obj_token, _words
    from lapwing.extract.events.syntax_args import _prep_args

    for doc, text in zip(docs, TEXTS):
        coder = Coder(_ctx(pipe, doc, text))
        for t in coder.doc:
            # remembered across articles by the token's strings; the mixin works it out each time
            assert coder.patterns_for(t) == FramesMixin.patterns_for(coder, t)
            assert coder.patterns_for(t) == FramesMixin.patterns_for(coder, t)  # (the second time from memory)
            for fn in (_obj_token, _words, _modifiers, measure_content, _prep_args):
                assert coder._once(fn, t) == fn(t)
        assert any(coder.patterns_for(t) for t in coder.doc)  # the texts do hold triggers
        # a token of another document is never answered from this document's memory
        other = docs[(docs.index(doc) + 1) % len(docs)]
        assert coder._once(_words, other[0]) == _words(other[0])
        assert all(key[1] < len(coder.doc) for key in coder._parse_memo)


def test_maybe_triggers_and_token_cues_match_the_token_strings(pipe, docs):
    from lapwing.extract.events.coder import Coder, _trigger_words
    from lapwing.extract.events.syntax import lemma_of

    for doc, text in zip(docs, TEXTS):
        coder = Coder(_ctx(pipe, doc, text))
        words = _trigger_words(coder.lex, coder.forms)
        expect = [t.lower_ in words or (bool(t.lemma_) and t.lemma_.lower() in words) for t in coder.doc]
        assert coder._maybe_triggers() == expect
        allw = coder._offtopic_words()
        cues = []
        for t in coder.doc:
            found = frozenset(w for w in (t.lower_, lemma_of(t)) if w in allw)
            cues.append(found or None)
        assert coder._token_cues() == cues
    # the sport article's cue words are found (and make it off-topic as a whole)
    sport = Coder(_ctx(pipe, docs[2], TEXTS[2]))
    assert sum(c is not None for c in sport._token_cues()) >= 5


def test_count_start_positions_follow_the_document_asked_about(pipe, docs):
    from lapwing.extract.counts.numbers import _may_start_quantity, _start_positions, find_quantities

    for doc in docs + docs[:1]:  # the first document again after the others: not a stale answer
        expect = [t.i for t in doc if _may_start_quantity(t.lower_, t.text)]
        assert _start_positions(doc) == expect
    found = [(q.value, doc[q.start:q.end].text) for doc in docs for s in doc.sents for q in find_quantities(doc, s)]
    values = [v for v, _ in found]
    assert 42 in values and 1500 in values and 3 in values


def test_place_span_keys_and_capitals():
    from lapwing.geo.candidates import strip_possessive
    from lapwing.geo.detect import _KEYS, _span_key
    from lapwing.geo.detect_rules import _cap_text
    from lapwing.geo.detect_tokens import _cap_word
    from lapwing.geo.gazetteer import norm

    for text in ("Nairobi's", "Deir ez-Zor", "N’Djamena", "St. Louis'", "NEW YORK"):
        assert _span_key(text) == norm(strip_possessive(text))
        assert _KEYS[text] == _span_key(text)
    for w in ("Nairobi", "nairobi", "3rd", "", "Élysée", "'s"):
        assert _cap_word(w) == _cap_text(w)


def test_gender_table_matches_mention_by_mention(pipe, docs):
    from lapwing.extract.actors import extract_actors
    from lapwing.extract.actors.coref import GenderTable, _said_genders

    doc, text = docs[0], TEXTS[0]
    mentions = extract_actors(_ctx(pipe, doc, text))
    assert mentions
    words: dict = {}
    table = GenderTable(doc, mentions, words)
    plain = GenderTable(doc, mentions)  # no shared memory of the words
    for m in mentions:
        assert table.gender(m) == plain.gender(m)
        assert _said_genders(doc, m) == _said_genders(doc, m, words)
    assert any(table.gender(m) == "f" for m in mentions)  # "Ms. Wanjiru"
