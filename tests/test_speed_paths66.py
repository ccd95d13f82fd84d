"""The event coder's per-sentence and per-token shortcuts of session 34 round cd66 (issues 10 and 13, speed only).

* ``offtopic_gates.offtopic``: the topic vetoes (the sport gate's police doer, ``_police_doer``; the product gate's trade
  measure, ``topics.trade_measure_sentence``) walked every sentence with a cue of any topic, though a topic with no
  cue in the sentence counts 0 whatever its veto says. They are now asked only for a topic with a cue there.
* ``frame_parts._lemma_keys`` is remembered per token of the coder's frozen parse (``parse_memo._per_token``): the
  conjuncts' look (``_conj_lemma_keys``) and a measured token's keys reuse what the trigger frames worked out.

The tests compare both with the code they replace (kept here) on sentences made up for them, and check that the
vetoes are no longer asked where their topic has no cue, and that the memo is kept for its document only.
"""

from __future__ import annotations

import pytest

from lapwing.extract.registry import Context
from lapwing.schema import Article, ArticleRecord

#: made-up articles: sport with and without a police doer, goods with and without a trade measure, history,
#: markets, and plain political news with no cue at all
TEXTS = [
    "Police arrested two fans after the cricket match at the stadium on Sunday. The referee was hurt.",
    "The goalkeeper saved two penalties and the club won the league title; the coach thanked the fans.",
    "Officers arrested four men at the cricket ground, and the tournament went on without them.",
    "Beijing imposed tariffs on imported pork, weeks after Ottawa put duties on electric vehicles made abroad.",
    "The carmaker unveiled two electric vehicle models and a new battery; sales of its smartphone app rose.",
    "Lawmakers approved sanctions on the regime, and the retailer said its customers would see a discount.",
    "Soldiers who had fought there in the Cold War returned to the valley, where rebels attacked a convoy.",
    "Shares fell as investors sold bank stocks, and the index lost two percent before the minister resigned.",
    "The foreign minister met her counterpart in Accra and both sides agreed to reopen the border.",
    "Rebels shelled the port, killing three sailors, and the navy fired back at their boats and trucks.",
]


def _ctx(pipe, text: str) -> Context:
    art = Article(id="t", text=text, published="2026-03-02")
    return Context(doc=pipe.nlp(text), article=art, record=ArticleRecord(article=art), config=pipe.config, nlp=pipe.nlp)


def _offtopic_before(coder, sent):
    """``OfftopicMixin.offtopic`` as it was before this round: each topic's veto asked before its cues are counted."""
    from lapwing.extract.events.topics import trade_measure_sentence

    cues = coder._token_cues()
    words_of = [(i, cues[i]) for i in range(sent.start, sent.end) if cues[i] is not None]
    found = coder._offtopic_phrases_in(sent.start_char, sent.end_char)
    if not words_of and not any(found.values()):
        return 0, None
    side_idx = None
    best, topic = 0, None
    weak_all = getattr(coder.lex, "offtopic_weak", {})
    for name, words in coder.lex.offtopic.items():
        history = name == "history"
        if name == "sport" and coder._police_doer(sent):
            continue
        if name == "product" and trade_measure_sentence(sent):
            continue
        if history and side_idx is None:
            side_idx = {x.i for t in sent if t.dep_ in ("acl:relcl", "relcl") for x in t.subtree} if found.get(name) or any(
                not ws.isdisjoint(words) for _i, ws in words_of) else set()
        weak = weak_all.get(name, frozenset())
        hits = [ws & words for i, ws in words_of if not (history and i in side_idx)]
        hits = [h for h in hits if h]
        strong = len(set().union(*(h - weak for h in hits)))
        n_weak = len({min(h) for h in hits if not h - weak})
        for ph, k in found.get(name, ()):
            if history and side_idx:
                tok = sent.char_span(k, k + len(ph), alignment_mode="expand")
                if tok is not None and len(tok) and all(x.i in side_idx for x in tok):
                    continue
            strong += 2
        n = strong + (n_weak if strong or n_weak > 1 else 0)
        if n > best:
            best, topic = n, name
    return best, topic


def test_offtopic_counts_as_before(pipe):
    from lapwing.extract.events.coder import Coder
    from lapwing.extract.events.parse_memo import thaw_parse

    topics = set()
    for text in TEXTS:
        try:
            coder = Coder(_ctx(pipe, text))
            for sent in coder.doc.sents:
                got = coder.offtopic(sent)
                assert got == _offtopic_before(coder, sent), sent.text
                topics.add(got[1])
        finally:
            thaw_parse()
    assert {"sport", "product", None} <= topics


def test_a_topic_veto_is_asked_only_where_its_topic_has_a_cue(pipe, monkeypatch):
    """The police doer is looked for only in sentences with a cue of a topic it vetoes (every topic but history since
    round ri70, sport before), the trade measure only in those with a product or markets cue; where the topic has a
    cue, the veto still decides (controls)."""
    from lapwing.extract.events import offtopic_gates as gates
    from lapwing.extract.events.coder import Coder
    from lapwing.extract.events.parse_memo import thaw_parse

    asked = {"sport": [], "product": []}
    police, trade = gates.OfftopicMixin._police_doer, gates.trade_measure_sentence
    monkeypatch.setattr(gates.OfftopicMixin, "_police_doer", lambda self, s: asked["sport"].append(s.text) or police(self, s))
    monkeypatch.setattr(gates, "trade_measure_sentence", lambda s: asked["product"].append(s.text) or trade(s))
    verdicts = {}
    for text in TEXTS:
        try:
            coder = Coder(_ctx(pipe, text))
            for sent in coder.doc.sents:
                verdicts[sent.text] = coder.offtopic(sent)
                cues = {w for c in coder._token_cues()[sent.start:sent.end] if c for w in c}
                found = coder._offtopic_phrases_in(sent.start_char, sent.end_char)
                # (round ri70) the police doer is a veto of every topic but history, the trade measure of product
                # and markets stories
                scopes = {"sport": [n for n in coder.lex.offtopic if n != "history"], "product": ["product", "markets"]}
                for name, topics in scopes.items():
                    if not any(cues & coder.lex.offtopic[t] or found.get(t) for t in topics):
                        assert sent.text not in asked[name], (name, sent.text)
        finally:
            thaw_parse()
    # the vetoes were asked, and decided, where their topic had cues
    assert any("Police arrested" in s for s in asked["sport"])
    assert any("tariffs" in s for s in asked["product"])
    assert verdicts[TEXTS[0].split(". ")[0] + "."][1] != "sport"  # police after the match: news of policing
    assert verdicts[TEXTS[1]][1] == "sport"  # no police doer: a sport story
    assert verdicts[TEXTS[4]][1] == "product"
    assert verdicts[TEXTS[3]][1] != "product"  # the goods of a trade measure
    # no cue of either topic: neither veto walked the sentence
    assert not any("Accra" in s for s in asked["sport"] + asked["product"])


@pytest.fixture(scope="module")
def docs(pipe):
    return [pipe.nlp(text) for text in TEXTS]


def test_lemma_keys_remembered_per_token_are_those_worked_out_afresh(docs):
    from lapwing.extract.events.frame_parts import _conj_children, _conj_lemma_keys, _lemma_keys
    from lapwing.extract.events.parse_memo import freeze_parse, thaw_parse

    slow = _lemma_keys.__wrapped__
    for doc in docs:
        fresh = [slow(t) for t in doc]
        conj = [slow(t).union(*[slow(x) for x in _conj_children(t)]) for t in doc]
        assert [_lemma_keys(t) for t in doc] == fresh  # (not frozen: worked out on each ask)
        assert not _lemma_keys.memo
        try:
            freeze_parse(doc)
            for t in doc:  # (conjuncts first for some: their keys are remembered before the head's)
                assert _conj_lemma_keys(t) == conj[t.i]
                assert _lemma_keys(t) == fresh[t.i]
                assert _lemma_keys(t) is _lemma_keys(t)  # one answer per token, handed out again
            assert set(_lemma_keys.memo) == set(range(len(doc)))
        finally:
            thaw_parse()
        assert not _lemma_keys.memo  # (not kept past its document)


def test_lemma_keys_of_another_document_are_its_own(docs):
    """While one document is frozen, a token of another (the article beside its repaired copy) is answered afresh,
    not from the frozen document's memo at the same index."""
    from lapwing.extract.events.frame_parts import _lemma_keys
    from lapwing.extract.events.parse_memo import freeze_parse, thaw_parse

    a, b = docs[1], docs[9]
    try:
        freeze_parse(a)
        for t in a:
            _lemma_keys(t)
        n = min(len(a), len(b))
        assert [_lemma_keys(b[i]) for i in range(n)] == [_lemma_keys.__wrapped__(b[i]) for i in range(n)]
        assert any(_lemma_keys(a[i]) != _lemma_keys(b[i]) for i in range(n))
    finally:
        thaw_parse()
