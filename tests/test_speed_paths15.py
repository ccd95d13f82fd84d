"""The event coder's faster paths of session 15 (issues 13 and 10, speed only) give exactly what the paths they
replace give: the status worked out after the actor gates of ``build`` (the trace keeps the old order), the police-unit
test's early answer, the article-topic bound, the frame conditions checked without a generator and the syntax helpers
called directly, the history side clauses only for a sentence with a history cue, the verbless sentences and the
sentence bounds read from the columns, and the shared facts of the two documents asked about last. Each slow path is
written out here, or is the same code with the shortcut turned off."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from lapwing.extract.registry import Context
from lapwing.schema import Article, ArticleRecord

TEXTS = [
    "Riot police tried to arrest the opposition leader in Lusaka on Monday, but his supporters blocked the road; "
    "officers of the anti-narcotics cell of the Kitwe police later detained eleven of them.",
    "Moldova accused Russia of shelling a border post, and the foreign ministry summoned the Russian ambassador. "
    "Should the talks fail, Chisinau would expel two diplomats, a spokeswoman said.",
    "The Railway Protection Force and a team from the crime branch raided a warehouse in Pune, a police officer "
    "said. The traders, who had settled there in 1998, protested outside the station.",
    "Japan and South Korea agreed to resume security talks after a meeting in Seoul, officials from both "
    "governments said on Friday. The two sides signed a fisheries accord.",
    "Rebels attacked an army convoy near Goma, killing four soldiers, the military said. Who ordered the ambush "
    "remains unclear, and the governor, whose house was looted in March, called on the army to pursue them.",
    "The striker scored twice as Dynamo beat Rapid 3-1 in the cup final. The coach praised the midfield, and "
    "the club's fans celebrated the league title in the stadium; the goalkeeper saved a penalty before half-time.",
    "Shares fell on Tuesday as investors sold bank stocks; the index lost two percent and bond yields rose. "
    "Analysts said the central bank would raise interest rates, and traders expected the currency to weaken.",
    "Protesters who had marched through the capital during the Cold War returned to the square. Police fired "
    "tear gas at the crowd and arrested the organisers, the interior ministry said.",
    "Flooding displaced thousands in Malawi; the president sent relief to the victims and thanked donors.",
    "Kenyan police blamed Armenia for the clashes after talks broke down. The president did not sign the bill.",
]


def _ctx(pipe, text: str) -> Context:
    art = Article(id="t", text=text, published="2025-06-10")
    return Context(doc=pipe.nlp(text), article=art, record=ArticleRecord(article=art), config=pipe.config, nlp=pipe.nlp)


@pytest.fixture(scope="module")
def docs(pipe):
    return [pipe.nlp(text) for text in TEXTS]


# -- build: the status after the actor gates ----------------------------------------------------------------
def _events(pipe, texts, config=None):
    from lapwing.extract.events.coder import code_text

    out = []
    for text in texts:
        rec = code_text(text, nlp=pipe.nlp, config=config)
        out.append([e.model_dump() for e in rec.events])
    return out


def test_events_are_the_same_with_the_status_worked_out_first_or_last(pipe):
    """With the trace kept, ``build`` works the status out where it always did (before the actor gates); without, once
    they let the candidate through. The events are the same either way."""
    late = _events(pipe, TEXTS)
    early = _events(pipe, TEXTS, config={"event_trace": True})
    assert late == early
    assert sum(len(x) for x in late) >= 10


def test_the_status_rules_still_drop_an_attempted_arrest_and_an_accusations_content(pipe):
    from lapwing.extract.events.coder import Coder
    from lapwing.extract.events.parse_memo import thaw_parse

    reasons: list[str] = []
    for text in TEXTS[:2]:
        ctx = _ctx(pipe, text)
        ctx.config = dict(ctx.config or {}, event_trace=True)
        try:
            coder = Coder(ctx)
            coder.run()
        finally:
            thaw_parse()
        reasons += [r for _i, _p, r, _s, _t in coder.trace]
    assert "the content of an accusation" in reasons or "an attempted arrest" in reasons


def test_a_gate_that_reads_the_status_before_it_is_worked_out_fails_loudly():
    from lapwing.extract.events.coding import _LATER

    with pytest.raises(AttributeError, match="after the actor gates"):
        _LATER.status  # noqa: B018


# -- the police-unit test's early answer ---------------------------------------------------------------------
class _Everything(frozenset):
    """A word set that meets every set and holds every word: the early answer never taken."""

    def isdisjoint(self, other) -> bool:
        return False

    def __contains__(self, word) -> bool:
        return True


def test_the_police_unit_test_answers_early_as_it_would_late(docs, monkeypatch):
    from lapwing.extract.events import units

    fast = [[units.is_law_unit(t) for t in doc] for doc in docs]
    with monkeypatch.context() as m:
        m.setattr(units, "_HEAD_WORDS", _Everything())
        m.setattr(units, "_ROLE_WORDS", _Everything())
        slow = [[units.is_law_unit(t) for t in doc] for doc in docs]
    assert fast == slow
    assert sum(map(sum, fast)) >= 3  # (police, the cell of the police, the Railway Protection Force...)


# -- the article-topic bound ---------------------------------------------------------------------------------
def test_the_article_topic_is_the_same_with_and_without_its_bound(pipe, monkeypatch):
    from lapwing.extract.events import offtopic_gates as gates
    from lapwing.extract.events.coder import Coder
    from lapwing.extract.events.parse_memo import thaw_parse

    articles = [" ".join(TEXTS[k:k + 3]) for k in range(len(TEXTS) - 2)] + [TEXTS[5] * 2, TEXTS[6] * 2, TEXTS[5] + " " + TEXTS[6]]

    def topics():
        out = []
        for text in articles:
            try:
                out.append(Coder(_ctx(pipe, text)).article_topic)
            finally:
                thaw_parse()
        return out

    found = set()
    for least in (2, 3, 4, 5, 6, 8, 10):  # (the bound moved across the articles' numbers of cues)
        monkeypatch.setattr(gates, "ARTICLE_OFFTOPIC_MIN_CUES", least)
        fast = topics()
        with monkeypatch.context() as m:
            m.setattr(gates.OfftopicMixin, "_topic_possible", lambda self, cues: True)
            slow = topics()
        assert fast == slow, least
        found |= set(fast)
    assert {"sport", "markets", None} <= found


# -- the frame conditions ----------------------------------------------------------------------------------
def test_conditions_hold_as_all_of_their_checks(pipe):
    from lapwing.extract.events.coder import Coder
    from lapwing.extract.events.parse_memo import thaw_parse

    asked = held = 0
    for text in TEXTS:
        try:
            coder = Coder(_ctx(pipe, text))
            for t in coder.doc:
                src = next((c for c in t.children if c.dep_ == "nsubj"), None)
                for kind, _p, pre, with_src in coder.frames_for(t):
                    for conds, s in ((pre, None), (with_src, src), (pre + with_src, src)):
                        got = coder._hold(conds, t, kind, s)
                        assert got == all(coder.check(c, t, kind, s) for c in conds), (t.text, [str(c) for c in conds])
                        asked += 1
                        held += got
        finally:
            thaw_parse()
    assert asked > 100 and 0 < held < asked


def test_the_conditions_answer_the_same_with_the_helpers_asked_afresh(pipe, monkeypatch):
    """``_check`` calls the per-token syntax helpers directly (they remember their answers for the coder's parse); with
    each helper replaced by its unremembered body the events are the same."""
    from lapwing.extract.events import argspecs, frames

    fast = _events(pipe, TEXTS)
    with monkeypatch.context() as m:
        for mod in (frames, argspecs):
            for name in ("_obj_token", "_prep_args", "_particles", "_xcomp", "_ccomp"):
                if hasattr(mod, name):
                    m.setattr(mod, name, getattr(mod, name).__wrapped__)
        slow = _events(pipe, TEXTS)
    assert fast == slow


# -- the off-topic test: history side clauses only where there is a history cue ---------------------------------
def _offtopic_slow(coder, sent):
    """``OfftopicMixin.offtopic`` as it was: the side clauses of every sentence with a cue."""
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
        if history and side_idx is None:
            side_idx = {x.i for t in sent if t.dep_ in ("acl:relcl", "relcl") for x in t.subtree}
        weak = weak_all.get(name, frozenset())
        hits = [h for h in (ws & words for i, ws in words_of if not (history and i in side_idx)) if h]
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


def test_offtopic_counts_as_it_did(pipe):
    from lapwing.extract.events.coder import Coder
    from lapwing.extract.events.parse_memo import thaw_parse

    extra = ["Veterans of the war, who were decorated in the 1950s, laid wreaths at the memorial two decades ago.",
             "The rebels, who took the town centuries ago, were defeated by the colonial army in the last century."]
    topics = set()
    for text in TEXTS + extra:
        try:
            coder = Coder(_ctx(pipe, text))
            for sent in coder.doc.sents:
                got = coder.offtopic(sent)
                assert got == _offtopic_slow(coder, sent), sent.text
                topics.add(got[1])
        finally:
            thaw_parse()
    assert {"sport", "markets"} <= topics


# -- the verbless sentences and the sentence bounds from the columns ---------------------------------------------
def test_verbless_sentences_are_those_whose_root_is_no_verb(docs, pipe):
    from lapwing.extract.docfacts import doc_heads, sentence_bounds, token_columns
    from lapwing.extract.events.repair_verbless import _has_verb_root, _verbless

    headlines = pipe.nlp("Floods in Malawi. Thousands displaced as rivers burst banks. The president in Blantyre. "
                         "Aid agencies warn of cholera.")
    found = 0
    for doc in list(docs) + [headlines]:
        sents = sentence_bounds(doc)
        cols = token_columns(doc)
        got = _verbless(doc, sents, cols.pos, cols.tag, doc_heads(doc))
        assert got == [(a, b) for a, b in sents if not _has_verb_root(doc[a:b])]
        found += len(got)
    assert found >= 1


def test_sentence_bounds_are_those_of_doc_sents(docs, pipe):
    from lapwing.extract.docfacts import forget, sentence_bounds

    vocab = pipe.nlp.vocab
    made = Doc(vocab, words=["One", "two", ".", "Three", "four", "five", ".", "Six"],
               sent_starts=[True, False, False, True, False, False, False, True])
    single = Doc(vocab, words=["Alone"], sent_starts=[True])
    unmarked = Doc(vocab, words=["no", "boundaries", "here"])
    for doc in list(docs) + [made, single, pipe.nlp("Police fired."), pipe.nlp("")]:
        forget(doc)
        assert sentence_bounds(doc) == [(s.start, s.end) for s in doc.sents], doc.text
    assert sentence_bounds(made) == [(0, 3), (3, 7), (7, 8)]
    with pytest.raises(ValueError):
        sentence_bounds(unmarked)
    hooked = pipe.nlp("First part here. Second part there.")
    hooked.user_hooks["sents"] = lambda d: iter([d[0:len(d)]])
    forget(hooked)
    assert sentence_bounds(hooked) == [(0, len(hooked))]


# -- the shared facts of the two documents asked about last -------------------------------------------------
def test_facts_of_two_documents_asked_in_turn_stay_their_own(pipe):
    from lapwing.extract.docfacts import doc_heads, forget, sentence_bounds, token_columns

    a = pipe.nlp("Police arrested five traders in Accra on Monday. They were freed later.")
    b = a.copy()
    b[1].head = b[0]  # (the copy's parse differs: its own heads)
    c = pipe.nlp("Soldiers shelled the town.")
    for _ in range(3):
        for d in (a, b, c, a, b):
            assert doc_heads(d) == [t.head.i for t in d]
            assert token_columns(d).dep == [t.dep_ for t in d]
            assert sentence_bounds(d) == [(s.start, s.end) for s in d.sents]
    before = doc_heads(b)
    b[2].head = b[0]
    forget(b)  # (its parse changed in place: asked afresh)
    assert doc_heads(b) == [t.head.i for t in b] != before
    assert doc_heads(a) == [t.head.i for t in a]


# -- the event's place: "according to" read from the shared columns -------------------------------------------
def test_event_places_are_the_same_with_the_words_read_from_tokens(pipe, monkeypatch):
    from types import SimpleNamespace

    from lapwing.extract import event_place as places

    texts = TEXTS + ["Gunmen killed six villagers in Zamfara, according to local media sources in Gusau.",
                     "According to witnesses in Herat, police detained two journalists in the city on Sunday."]

    def places_of(evs):
        return [[(e["cameo"], e["place"]["name"] if e["place"] else None) for e in x] for x in evs]

    fast = _events(pipe, texts)
    with monkeypatch.context() as m:
        # (round sp70: the place's walks read the space and punctuation columns too)
        m.setattr(places, "word_columns", lambda doc: SimpleNamespace(
            lower=[t.lower_ for t in doc], space=[t.is_space for t in doc], punct=[t.is_punct for t in doc]))
        slow = _events(pipe, texts)
    assert fast == slow
    assert sum(p is not None for x in places_of(fast) for _c, p in x) >= 5
