"""The extractors' faster paths of session 12 (issue 13, speed only) give exactly what the slow paths they replace
give: the token columns and flags, the actors' lexicon scan, the counts' start positions, the channel phrases, the
off-topic phrases per sentence, the places' adjectival references and the longest gazetteer match
remembered within a detection. Each slow path is written out here as it was."""

from __future__ import annotations

import random
import re

import pytest

from lapwing.extract.registry import Context
from lapwing.schema import Article, ArticleRecord

TEXTS = [
    "NAIROBI, March 3 (Lapwing) - Kenyan police arrested 12 protesters in the port city of Mombasa on Tuesday, "
    "a police spokeswoman said in a statement. \"We will not allow violence,\" Interior Minister Grace Otieno "
    "told a news conference in Nairobi. The opposition leader said he would meet President William Ruto.",
    "Russian and Syrian troops shelled the town of Saraqib near Idlib, the Syrian Observatory for Human Rights "
    "said. Two to three hundred people fled toward the Turkish border; about 40 were wounded and dozens killed. "
    "The British Embassy and American Airlines said nothing. Turkey's defence ministry didn't comment.",
    "Stock markets fell sharply as investors sold shares; the central bank held interest rates. In a post on "
    "social media, the finance minister said the economy wasn't in recession.  \n\nThe match ended in a draw "
    "after the striker scored twice, and fans celebrated in the streets of Buenos Aires.",
    "UN Secretary-General Antonio Guterres urged calm. Former Moldovan defence minister and opposition figure "
    "Piotr Kowal called for talks with the European Union, the U.S. State Department and NATO in Brussels.",
    "South Korean and North Korean officials met a South Sudanese envoy and New Zealand's Pacific Islander "
    "leaders in Seoul.",
    "ΣΩΚΡΑΤΗΣ and İstanbul: the Governor of İstanbul said markets were closed. \u00a0Nothing    else happened.",
]


@pytest.fixture(scope="module")
def docs(pipe):
    return [pipe.nlp(t) for t in TEXTS]


# -- docfacts -------------------------------------------------------------------------------------------------
def test_token_flags_are_the_tokens_flags(docs):
    from lapwing.extract.docfacts import forget, token_flags

    for d in docs:
        forget(d)
        f = token_flags(d)
        assert f.stop == [t.is_stop for t in d] and f.like_num == [t.like_num for t in d]
        assert f.title == [t.is_title for t in d]
        assert f.sent_start == [1 if t.is_sent_start else (-1 if t.is_sent_start is False else 0) for t in d]
        assert all(type(x) is bool for x in f.stop + f.like_num + f.title)


def test_token_columns_with_strings_unknown_and_known_are_the_same(docs, monkeypatch):
    from lapwing.extract import docfacts

    for d in docs:
        docfacts.forget(d)
        monkeypatch.setattr(docfacts, "_STRINGS", {})  # every string unknown: the slow path
        slow = docfacts.token_columns(d)
        docfacts.forget(d)
        fast = docfacts.token_columns(d)  # every string known now: the fast path
        assert fast == slow
        assert fast.text == [t.text for t in d] and fast.dep == [t.dep_ for t in d]
        assert fast.ws == [bool(t.whitespace_) for t in d] and fast.idx == [t.idx for t in d]
        assert all(type(x) is bool for x in fast.ws + fast.space + fast.punct + fast.alpha)
        assert all(type(x) is int for x in fast.idx)


def test_a_copy_with_another_parse_shares_the_word_columns_and_reads_its_own_parse(docs):
    from lapwing.extract import docfacts

    for d in docs:
        docfacts.forget(d)
        cols = docfacts.token_columns(d)
        copy = d.copy()
        for t in copy:  # another parse of the same words, as the event coder's repairs make
            if t.pos_ == "NOUN":
                t.pos_, t.tag_, t.dep_ = "VERB", "VBD", "ccomp"
        got = docfacts.token_columns(copy)
        assert got.text is cols.text and docfacts.doc_text(copy) == copy.text == d.text
        assert got.pos == [t.pos_ for t in copy] and got.tag == [t.tag_ for t in copy] and got.dep == [t.dep_ for t in copy]
        assert got.pos != cols.pos or "NOUN" not in cols.pos
        other = docs[0] if d is not docs[0] else docs[1]  # other words: read in full
        docfacts.forget(other)
        assert docfacts.token_columns(other).text == [t.text for t in other]


# -- actors: the lexicon scan ---------------------------------------------------------------------------------
def _scan_slow(doc, lex):
    """``lookup._scan`` as it was: every reading's ``accepts`` asked each time, a range per start."""
    from lapwing.extract.actors.lookup import _KIND_PRIORITY, Anchor
    from lapwing.extract.docfacts import doc_text, sentence_bounds, token_columns
    from lapwing.lexicons import fold_token

    anchors = []
    n = len(doc)
    sent_end = [0] * n
    for s_start, s_end in sentence_bounds(doc):
        sent_end[s_start:s_end] = [s_end] * (s_end - s_start)
    cols = token_columns(doc)
    texts, space, punct, ws, idx = cols.text, cols.space, cols.punct, cols.ws, cols.idx
    folded = list(map(fold_token, texts))
    keys, prefixes = lex.keys, lex.prefixes
    text = doc_text(doc)
    lower_doc = len(text) > 40 and not any(ch.isupper() for ch in text)
    limit = lex.max_words + 3
    starts = [k for k, f in enumerate(folded)
              if f in prefixes and not space[k] and not (punct[k] and texts[k] not in ("'", "\u2019"))]
    done = 0
    for i in starts:
        if i < done:
            continue
        best = None
        key = ""
        for j in range(i, min(n, i + limit, sent_end[i])):
            if space[j]:
                break
            if j > i:
                joined = folded[j] == "-" or folded[j - 1] == "-" or not ws[j - 1]
                key += "" if joined else " "
            key += folded[j]
            hits = keys.get(key)
            if hits:
                span_text = text[idx[i]:idx[j] + len(texts[j])]
                ok = [h for h in hits if h.accepts(span_text, lower_doc)]
                if ok:
                    best = (j + 1, ok)
            if key not in prefixes:
                break
        if best is None:
            continue
        j, hits = best
        kind = min((h.kind for h in hits), key=_KIND_PRIORITY.__getitem__)
        keep = [h for h in hits if h.kind == kind or (kind == "country" and h.kind == "agent")]
        anchors.append(Anchor(i, j, kind, keep))
        done = j
    return anchors


def test_lexicon_scan_is_the_slow_scan(pipe, docs):
    from lapwing.extract.actors.lookup import _scan
    from lapwing.lexicons import actor_paths, agent_paths, lexicon

    lex = lexicon(actor_paths({}), agent_paths({}))
    lowered = [pipe.nlp(t.lower()) for t in TEXTS[:2]]  # a lower-case text: readings accepted otherwise
    for d in docs + lowered:
        for _ in range(2):  # the second time from the remembered readings
            fast, slow = _scan(d, lex), _scan_slow(d, lex)
            assert [(a.start, a.end, a.kind, [id(h) for h in a.hits]) for a in fast] == \
                [(a.start, a.end, a.kind, [id(h) for h in a.hits]) for a in slow]
    assert any(a.kind == "agent" for a in _scan(docs[0], lex)) and any(a.kind == "country" for a in _scan(docs[1], lex))


# -- counts ---------------------------------------------------------------------------------------------------
def test_quantity_start_positions_are_the_tokens_tested_one_by_one(docs):
    from lapwing.extract.counts import numbers

    for d in docs:
        numbers._LAST_STARTS[0] = None
        got = numbers._start_positions(d)
        assert got == [t.i for t in d if numbers._may_start_quantity(t.lower_, t.text)]
    assert any(d[k].text in ("12", "40") for d in docs for k in numbers._start_positions(d))


def _match_before_slow(doc, i, lo, person=True):
    from lapwing.extract.counts.lexicon import lexicon

    lex = lexicon()
    k = i - 1
    while k >= lo and doc[k].lower_ in ("a", "further", "another", "an", "additional", "at", "least", "some", "also"):
        k -= 1
    if k < lo:
        return None
    t = doc[k]
    for words, cat in lex.phrases["trans"].items():
        n = len(words)
        if k - n + 1 >= lo and tuple(x.lower_ for x in doc[k - n + 1 : k + 1]) == words:
            return cat, "trans", doc[k - n + 1]
    cat = lex.word("trans", t.lower_) or (lex.word("trans_person", t.lower_) if person else None)
    if cat and t.tag_ not in ("NN", "NNS", "NNP"):
        return cat, "trans", t
    if t.lower_ == "of" and k - 1 >= lo:
        ofcat = lex.word("of", doc[k - 1].lower_)
        if ofcat:
            return ofcat, "of", doc[k - 1]
    return None


def _approx_before_slow(doc, i, lo):
    from lapwing.extract.counts.numbers import APPROX

    words = [t.lower_ for t in doc[max(lo, i - 3) : i]]
    for phrase in APPROX:
        n = len(phrase)
        if len(words) >= n and tuple(words[-n:]) == phrase:
            return i - n, " ".join(phrase)
    return i, None


def test_counts_word_reads_from_the_column_are_the_tokens_reads(pipe, docs):
    from lapwing.extract.counts.attach import _lower_words, _match_before
    from lapwing.extract.counts.numbers import _approx_before

    extra = [pipe.nlp("Gunmen claimed the lives of 12 villagers and took into custody about 40 others; police "
                      "arrested at least 20 and killed an estimated 300, fatally wounding some 15 more.")]
    found = 0
    for d in docs + extra:
        for i in range(len(d) + 1):
            for lo in (0, max(0, i - 2)):
                for person in (True, False):
                    fast, slow = _match_before(d, i, lo, person), _match_before_slow(d, i, lo, person)
                    assert (fast and (fast[0], fast[1], fast[2].i)) == (slow and (slow[0], slow[1], slow[2].i))
                    found += fast is not None
                assert _approx_before(d, i, lo) == _approx_before_slow(d, i, lo)
            for n in (1, 4, 6):
                assert _lower_words(d, i, n, len(d)) == [t.lower_ for t in d[i : min(len(d), i + n)]]
    assert found >= 4


# -- quotes: channel phrases ----------------------------------------------------------------------------------
def _channel_slow(text, lo, hi, lex, lemma):
    window = re.sub(r"\s+", " ", " " + text[lo:hi].lower().translate(
        str.maketrans({c: " " for c in ",;:.!?()\u201c\u201d\""})) + " ")
    for phrase, chan in lex.channels:
        if f" {phrase} " in window:
            return chan
    return lex.verb_channel.get(lemma) if lemma else None


def test_channels_tried_by_last_word_are_those_found_trying_every_phrase():
    from dataclasses import replace

    from lapwing.extract.quotes.channels import _find_channel
    from lapwing.extract.quotes.cues import lexicon

    base = lexicon()
    # odd phrases too: one ending in a space, one with two spaces inside (never found), a one-word one
    odd = replace(base, channels=base.channels + (("via ", "odd"), ("in  a  memo", "memo"), ("tweeted", "twitter")))
    rng = random.Random(12)
    pieces = [p for p, _ in base.channels[:30]] + ["via", "memo", "tweeted", "said", "in", "a", "\u201c", ",", ".",
                                                   "\n\n", "\t", "  ", "\u00a0", "\u2003", "STATEMENT", "Radio", ""]
    for lex in (base, odd):
        for _ in range(500):
            text = "".join(rng.choice(pieces) + rng.choice(["", " ", "\n", ", "]) for _ in range(rng.randint(0, 10)))
            lemma = rng.choice([None, "say", "tweet"])
            lo = rng.randint(0, len(text))
            assert _find_channel(text, lo, len(text), lex, lemma) == _channel_slow(text, lo, len(text), lex, lemma)
    assert _find_channel("He said, in a statement.", 0, 24, base, None) == "statement"
    assert _find_channel(" \t ", 0, 3, odd, None) is None


# -- events: the off-topic phrases of a sentence --------------------------------------------------------------
def test_offtopic_phrases_found_once_per_article_are_those_found_per_sentence(pipe, docs):
    from lapwing.extract.docfacts import doc_text, sentence_bounds
    from lapwing.extract.events.coder import Coder

    texts = TEXTS + ["The rally drew fans of the national team; stock markets rallied and the stock market fell."]
    for text in texts:
        art = Article(id="t", text=text, published="2024-05-02")
        doc = pipe.nlp(text)
        coder = Coder(Context(doc=doc, article=art, record=ArticleRecord(article=art), config=pipe.config))
        full = doc_text(doc)
        for a, b in sentence_bounds(doc) + [(0, len(doc))]:
            s, e = doc[a:b].start_char, doc[a:b].end_char
            low = full[s:e].lower()
            slow = {name: [(ph, k) for ph in phrases if (k := low.find(ph)) >= 0]
                    for name, phrases in coder.lex.offtopic_phrases.items()}
            assert coder._offtopic_phrases_in(s, e) == slow
    from lapwing.extract.events.offtopic_gates import _phrase_places

    phrases = {"x": ("stock market", "rallied")}
    assert _phrase_places("ΣTOCK MARKET", phrases) is None  # a capital sigma: each part on its own
    assert _phrase_places("İstanbul stock market", phrases) is None  # a lower case two characters long
    assert _phrase_places("the stock market, the Stock Market", phrases) == {"x": [("stock market", [4, 22])]}


def test_token_cue_words_are_those_read_token_by_token(pipe):
    from lapwing.extract.events.coder import Coder
    from lapwing.extract.events.syntax import lemma_of

    texts = TEXTS + ["Investors sold shares as the striker scored; markets rallied, the team won the league and "
                     "stock prices rose before the storm hit."]
    cued = 0
    for text in texts:
        art = Article(id="t", text=text, published="2024-05-02")
        coder = Coder(Context(doc=pipe.nlp(text), article=art, record=ArticleRecord(article=art), config=pipe.config))
        allw = coder._offtopic_words()
        slow = []
        for t in coder.doc:
            words = {t.lower_, lemma_of(t)}
            slow.append(frozenset(w for w in words if w in allw) or None)
        assert coder._token_cues() == slow
        cued += sum(c is not None for c in slow)
    assert cued >= 5


def test_date_intervals_with_the_direction_search_first_are_those_of_the_full_search(pipe):
    from lapwing.extract import date_shift
    from lapwing.extract.docfacts import sentence_bounds

    texts = TEXTS + ["Police arrested him two days after the attack, a week before the vote. Hours after the blast, "
                     "troops moved in. He left the day before. AFTER midnight nothing happened; BEFORE dawn it did."]
    seen = 0
    for text in texts:
        doc = pipe.nlp(text)
        for a, b in sentence_bounds(doc):
            fast = date_shift.intervals(doc, a, b)
            full = _intervals_without_search(doc, a, b)
            assert fast == full
            seen += len(fast)
        # an end past the document is its end, as in a slice of the document
        assert date_shift.intervals(doc, 0, len(doc) + 5) == _intervals_without_search(doc, 0, len(doc))
        assert date_shift.day_anaphors(doc, 0, len(doc) + 5) == date_shift.day_anaphors(doc, 0, len(doc))
    assert seen >= 3


def _intervals_without_search(doc, s0, s1):
    from lapwing.extract import date_shift

    class _Always:
        @staticmethod
        def search(_text):
            return True

    saved, date_shift._DIRECTION = date_shift._DIRECTION, _Always
    try:
        return date_shift.intervals(doc, s0, s1)
    finally:
        date_shift._DIRECTION = saved


# -- places ---------------------------------------------------------------------------------------------------
def _adjectivals_slow(doc, gaz, taken):
    """``places.find_adjectivals`` as it was, trying every position (Place objects as tuples)."""
    from lapwing.extract import places as P
    from lapwing.extract.docfacts import doc_text, token_columns
    from lapwing.geo.gazetteer import demonyms, norm

    dem = demonyms()
    blocked = list(taken)
    for ent in doc.ents:
        if ent.label_ in P.NAMED_THINGS and len(ent) > 1 and not (
                norm(ent[0].text) in dem and (ent[1].lower_ in P._STATE_WORDS or ent[1].lower_ in P.TITLES)):
            for i in range(ent.start, ent.end):
                blocked[i] = True
    out = []
    n = len(doc)
    cols = token_columns(doc)
    words = cols.text
    upper = [w[:1].isupper() for w in words]
    text, idx = doc_text(doc), cols.idx
    i = 0
    while i < n:
        if blocked[i] or not upper[i]:
            i += 1
            continue
        hit = None
        for size in range(min(P._ADJ_MAX, n - i), 0, -1):
            if any(blocked[k] or not upper[k] for k in range(i, i + size)):
                continue
            target = dem.get(norm(words[i] if size == 1 else text[idx[i]:idx[i + size - 1] + len(words[i + size - 1])]))
            if target:
                hit = (size, target)
                break
        if hit is None:
            i += 1
            continue
        size, target = hit
        j = i + size
        nxt = doc[j].lower_ if j < n else ""
        if f"{norm(doc[i:j].text)} {nxt}" in P.ADJECTIVAL_IDIOMS or (
                j < n and doc[j].text[:1].isupper() and doc[j].is_alpha and nxt not in P.TITLES
                and nxt not in P._STATE_WORDS) or P._org_follows(doc, j):
            i = j
            continue
        e = P._adjectival_entry(gaz, target)
        if e is not None:
            out.append((doc[i:j].text, i, j, e.name))
        i = j
    return out


def test_adjectival_references_are_those_of_the_slow_scan(docs):
    from lapwing.extract.places import find_adjectivals
    from lapwing.geo.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    seen = 0
    for d in docs:
        for taken in ([False] * len(d), [k % 5 == 0 for k in range(len(d))], [k % 2 == 1 for k in range(len(d))]):
            fast = [(p.text, i, j, p.name) for p, i, j in find_adjectivals(d, gaz, taken)]
            assert fast == _adjectivals_slow(d, gaz, taken)
            seen += len(fast)
    assert seen >= 3


def test_longest_match_remembered_within_a_detection_is_the_one_worked_out(docs, monkeypatch):
    from lapwing.extract.places import _detector
    from lapwing.geo.detect_match import _LongestMatch
    from lapwing.geo.gazetteer import get_gazetteer

    det = _detector(get_gazetteer())

    def mentions(d):
        return [(m.text, m.start, m.end, m.source, m.tok_start, m.tok_end) for m in det.detect(d).mentions]

    fast = [mentions(d) for d in docs]
    remembered = _LongestMatch._longest_match

    def afresh(self, doc, i, run_end, taken):  # the memo emptied before every question
        self._lm_memo = (None, {})
        return remembered(self, doc, i, run_end, taken)

    monkeypatch.setattr(_LongestMatch, "_longest_match", afresh)
    assert [mentions(d) for d in docs] == fast
    assert any(src == "gazetteer" for ms in fast for *_x, src, _a, _b in ms)
