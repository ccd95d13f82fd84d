"""The event coder's faster paths of session 13 (issue 13, speed only) give exactly what the paths they replace
give: the repaired copy's word columns read from the article, each token's patterns with their conditions split
once, the police-unit test asked once per token, a force word's and an owner's text cut from the shared document
text, and the article-topic gate's phrases read from the article-wide search. Each slow path is written out here as
it was."""

from __future__ import annotations

import pytest

from lapwing.extract.registry import Context
from lapwing.schema import Actor, Article, ArticleRecord

TEXTS = [
    "MOMBASA, June 9 (Lapwing) - Officers of the Anti-Narcotics Unit of the Coast Police detained four men at "
    "the ferry on Sunday, a police spokesman said. The team later released two of them.",
    "Protesters clashed with riot police outside parliament after lawmakers rejected the budget; the interior "
    "ministry said 30 people were arrested and would be charged.",
    "The Railway Protection Force and the district reserve guard searched the train. Officers found no weapons, "
    "and the crime branch opened an inquiry into the attack.",
    "Should the talks fail, the rebels will resume shelling the city, their commander warned on Tuesday. "
    "Did the army try to arrest the mayor? The government denied it had planned any raid.",
    "Venezuelan troops did not fire on the crowd, according to witnesses, while Brazil's president urged calm "
    "and offered to mediate between the two sides.",
    "Security personnel fired tear gas at students in Dhaka. Two detectives were suspended, and the squad "
    "was withdrawn from the campus.",
    "A week after the vote, the opposition held talks with the ruling party in Lusaka but refused to sign "
    "the deal.",
]


@pytest.fixture(scope="module")
def coders(pipe):
    from lapwing.extract.events.coder import Coder

    out = []
    for text in TEXTS:
        art = Article(id="t", text=text, published="2025-06-10")
        doc = pipe.nlp(text)
        ctx = Context(doc=doc, article=art, record=ArticleRecord(article=art), config=pipe.config)
        for spec in pipe.extractors:  # the extractors the coder reads (actors, places, dates...)
            if spec.name == "events":
                break
            spec.fn(ctx)
        out.append(Coder(ctx))
    return out


# -- docfacts: the repaired copy's words --------------------------------------------------------------------
def test_a_copy_told_of_its_original_reads_the_original_words_and_its_own_parse(pipe):
    from lapwing.extract import docfacts

    for text in TEXTS:
        doc = pipe.nlp(text)
        copy = doc.copy()
        for t in copy:  # another parse of the same words, as the coder's repairs make
            if t.pos_ == "NOUN":
                t.pos_, t.tag_ = "VERB", "VBD"
        docfacts.share_words(copy, doc)
        words = docfacts.word_columns(copy)
        assert words.text == [t.text for t in copy] and words.lower == [t.lower_ for t in copy]
        assert words.idx == [t.idx for t in copy] and words.ws == [bool(t.whitespace_) for t in copy]
        assert words.punct == [t.is_punct for t in copy] and words.space == [t.is_space for t in copy]
        assert words.alpha == [t.is_alpha for t in copy]
        assert docfacts.doc_text(copy) == copy.text
        own = docfacts.token_columns(copy)  # the copy's own parse, still read when asked for
        assert own.pos == [t.pos_ for t in copy] and own.tag == [t.tag_ for t in copy]
        assert docfacts.word_columns(copy) is own  # once read, its own columns
        other = pipe.nlp("Talks resumed in Geneva.")
        docfacts.share_words(other, doc)  # other words (another length): left alone
        assert docfacts.word_columns(other).text == [t.text for t in other]
        assert docfacts.doc_text(other) == other.text


def test_repaired_copy_sentence_texts_are_the_slices_of_its_own_text(coders):
    from lapwing.extract.date_shift import _sentence_text
    from lapwing.extract.docfacts import sentence_bounds

    repaired = 0
    for coder in coders:
        doc = coder.doc
        repaired += doc is not coder.ctx.doc
        for a, b in sentence_bounds(doc) + [(0, len(doc)), (1, len(doc) + 3)]:
            if a >= len(doc):
                continue
            span = doc[a:b]
            assert _sentence_text(doc, a, b) == (doc[a].idx, span.text)
    assert repaired >= 1


# -- frames: each token's patterns, conditions split ---------------------------------------------------------
def test_frames_for_is_patterns_for_with_the_conditions_split(coders):
    from lapwing.extract.events.frames import FramesMixin, _split_conds

    tried = 0
    for coder in coders:
        for t in coder.doc:
            slow = [(k, p) + _split_conds(p) for k, p in FramesMixin.patterns_for(coder, t)]
            assert list(coder.frames_for(t)) == slow  # remembered across articles
            assert list(FramesMixin.frames_for(coder, t)) == slow  # worked out
            assert list(coder.frames_for(t)) == slow  # asked again
            tried += bool(slow)
            for _k, p, pre, with_src in coder.frames_for(t):
                assert set(pre) | set(with_src) == set(p.conds) and not set(pre) & set(with_src)
    assert tried >= 20


# -- participants: the police-unit test, the mention finder ---------------------------------------------------
def test_law_unit_asked_once_per_token_is_the_unit_worked_out(coders):
    from lapwing.extract.docfacts import doc_text
    from lapwing.extract.events.phrases import np_span
    from lapwing.extract.events.units import is_law_unit

    units = 0
    for coder in coders:
        for doc in {id(coder.doc): coder.doc, id(coder.ctx.doc): coder.ctx.doc}.values():
            for t in doc:
                if is_law_unit(t):
                    s, e = np_span(t)
                    slow = Actor(text=doc_text(coder.ctx.doc)[s:e], sector="COP", start=s, end=e, kind="agent",
                                 rule="events:police-unit")
                    units += 1
                else:
                    slow = None
                for _ in range(2):  # worked out, then remembered
                    got = coder.actors._law_unit(t)
                    assert (got.model_dump() if got else None) == (slow.model_dump() if slow else None)
    assert units >= 3


def test_mention_finder_is_the_actor_extractor_s(coders):
    from lapwing.extract.actors import mention_for_token

    coder = coders[0]
    assert coder.actors.mention_fn is mention_for_token
    for t in coder.doc:
        assert coder.actors._mention(t) == mention_for_token(coder.ctx, t.i)


def test_force_word_text_is_cut_from_the_document_text(pipe):
    from types import SimpleNamespace

    from lapwing.extract.events.context_force import force_from_context

    found = 0
    for text in ["Police raided a hideout in Nakuru. The team returned fire and two officers were hurt.",
                 "  Army units moved in.\n\nLater,  the  contingent withdrew and the personnel left.",
                 "The army said its squad had fired first; our patrol was ambushed, the command said."]:
        doc = pipe.nlp(text)
        force = Actor(text=doc[0:2].text, sector="COP" if "Police" in text else "MIL", start=0, end=len(doc[0:2].text),
                      kind="agent")
        mentions = [SimpleNamespace(actor=force)]
        for t in doc:
            got = force_from_context(mentions, t, None)
            if got is None:
                continue
            first = doc[t.left_edge.i] if t.left_edge.i < t.i else t
            start, end = first.idx, t.idx + len(t.text)
            assert got.text == doc.text[start:end] and (got.start, got.end) == (start, end)
            found += 1
    assert found >= 3


# -- gates: the article's topic -------------------------------------------------------------------------------
def _article_topic_slow(coder):
    """``OfftopicMixin._article_topic`` as it was: each phrase searched in each sentence's lower-cased text."""
    from lapwing.extract.docfacts import doc_text, sentence_bounds, token_columns
    from lapwing.extract.events.offtopic_gates import ARTICLE_OFFTOPIC, ARTICLE_OFFTOPIC_MIN_CUES, ARTICLE_OFFTOPIC_MIN_SHARE

    sents = sentence_bounds(coder.ctx.doc)
    if len(sents) < 3:
        return None
    best, best_n = None, 0
    cues_of = coder._token_cues()
    cols = token_columns(coder.ctx.doc)
    text = doc_text(coder.ctx.doc)
    sent_words = [(frozenset().union(*(c for c in cues_of[a:b] if c is not None)),
                   text[cols.idx[a]:cols.idx[b - 1] + len(cols.text[b - 1])].lower()) for a, b in sents]
    for name in ARTICLE_OFFTOPIC:
        words = coder.lex.offtopic.get(name, frozenset())
        phrases = coder.lex.offtopic_phrases.get(name, ())
        cues: set[str] = set()
        hit = 0
        for sw, low in sent_words:
            found = sw & words
            found |= {ph for ph in phrases if ph in low}
            if found:
                hit += 1
                cues |= found
        if len(cues) >= ARTICLE_OFFTOPIC_MIN_CUES and hit / len(sents) >= ARTICLE_OFFTOPIC_MIN_SHARE:
            if len(cues) > best_n:
                best, best_n = name, len(cues)
    return best


def test_article_topic_from_the_article_wide_phrase_search_is_the_one_per_sentence(pipe, coders):
    from lapwing.extract.events.coder import Coder

    topics = set()
    texts = [
        "The striker scored twice as the home team won the league. Fans cheered the goalkeeper. The coach praised "
        "the midfield. The club's supporters celebrated the championship title in the stadium.",
        "Stock markets rallied and the stock market closed higher. Investors bought shares as bond yields fell. "
        "The central bank kept interest rates. Oil prices rose and the dollar weakened against the euro.",
        "Heavy rain and strong winds hit the coast. The storm flooded roads and the weather service warned of "
        "more rain. Temperatures fell. Forecasters expect snow in the hills by the weekend.",
        "ΣΤΑΔΙΟ: the İstanbul derby ended in a draw. The striker scored. The team lost the league title. Fans "
        "left the stadium.",
    ]
    for coder in coders:
        assert coder._article_topic() == _article_topic_slow(coder)
    for text in texts:
        art = Article(id="t", text=text, published="2025-06-10")
        coder = Coder(Context(doc=pipe.nlp(text), article=art, record=ArticleRecord(article=art), config=pipe.config))
        got = coder._article_topic()
        assert got == _article_topic_slow(coder)
        topics.add(got)
    assert len(topics - {None}) >= 2


def test_owner_country_text_is_cut_from_the_document_text(pipe):
    from lapwing.extract.actors import owner_country

    found = 0
    for text in ["Israeli tanks shelled the town while Syrian officers watched.",
                 "The  Russian  troops crossed the river; a Turkish warship sailed past.",
                 "Iraqi soldiers and Iranian drones were seen near the border."]:
        art = Article(id="t", text=text)
        ctx = Context(doc=pipe.nlp(text), article=art, record=ArticleRecord(article=art), config=pipe.config)
        for t in ctx.doc:
            a = owner_country(ctx, t)
            if a is not None:
                assert a.text == ctx.doc.text[a.start:a.end]
                found += 1
    assert found >= 3


# -- the per-article scans of context_death: the tokens they look at -----------------------
SCAN_TEXTS = [
    "Police opened fire on the protesters in Kisumu on Monday. A student died on the way to hospital, his family said.",
    "A man picked up by police in Meerut on Friday died in custody two days later. He was beaten in the lock-up, "
    "relatives alleged.",
    "The team returned fire. Two suspects were hit and died at the scene, while a constable was injured.",
    "A youth who was hit by a police bullet during the clashes succumbed to his injuries on Sunday.",
    "Three robbers arrested by the police in Lagos were paraded before journalists. A trader held at the station "
    "was tortured during interrogation, his lawyer said.",
    "The farmer died after a heart attack at his home. Soldiers fired in the air; nobody was hurt.",
    "",
    "A suspect nabbed by the Special Task Force was found dead in his cell the next morning.",
]


class _Every:
    def __contains__(self, _x) -> bool:
        return True


def test_token_indices_are_the_tokens_tested_one_by_one(pipe):
    from lapwing.extract.events.syntax import lemma_of
    from lapwing.extract.events.token_index import in_span, token_indices

    tried = 0
    for text in TEXTS + SCAN_TEXTS:
        doc = pipe.nlp(text)
        cases = [dict(pos=("VERB", "AUX", "ADJ"), lemmas={"die", "kill", "shoot", "say", "hit"}),
                 dict(lemmas={"beat", "torture", "police"}), dict(pos=("VERB",), tag=("VBN",), dep=("acl", "conj")),
                 dict(pos=("NOUN", "PROPN")), dict(dep=("nsubj",), lemmas={"police", "he"}), dict(), dict(tag=())]
        for k in cases:
            slow = [t.i for t in doc if ("pos" not in k or t.pos_ in k["pos"]) and ("tag" not in k or t.tag_ in k["tag"])
                    and ("dep" not in k or t.dep_ in k["dep"]) and ("lemmas" not in k or lemma_of(t) in k["lemmas"])]
            got = token_indices(doc, **k)
            assert got == slow, k
            tried += bool(got)
            for sent in doc.sents:
                assert [t.i for t in in_span(got, sent)] == [i for i in slow if sent.start <= i < sent.end]
    assert tried >= 30
    doc = pipe.nlp("Police said it.")
    doc[1].lemma_ = ""  # no lemma: the lower-case form
    assert token_indices(doc, lemmas={"said"}) == [1] == [t.i for t in doc if lemma_of(t) == "said"]


def test_context_scans_over_the_indexed_tokens_give_the_events_of_the_full_scan(pipe, monkeypatch):
    from lapwing.extract.events import context_death
    from lapwing.extract.events.coder import Coder

    def run_all():
        out = []
        for text in SCAN_TEXTS:
            art = Article(id="t", text=text, published="2025-06-10")
            ctx = Context(doc=pipe.nlp(text), article=art, record=ArticleRecord(article=art), config=pipe.config)
            for spec in pipe.extractors:
                if spec.name == "events":
                    break
                spec.fn(ctx)
            coder = Coder(ctx)
            coder.trace = []
            evs, idx = coder.run()
            out.append(([e.model_dump() for e in evs], idx))
        return out

    fast = run_all()
    # as it was: every token of every sentence tried, death_victim asked of every lemma
    every = lambda doc, **_k: list(range(len(doc)))  # noqa: E731
    monkeypatch.setattr(context_death, "token_indices", every)
    monkeypatch.setattr(context_death, "DEATH_LEMMAS", _Every())
    slow = run_all()
    assert fast == slow
    rules = [e["rule"] for evs, _i in fast for e in evs]
    assert sum("+context" in r or r == "arrest_in_modifier" for r in rules) >= 3
