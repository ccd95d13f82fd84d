"""The faster paths of session 29 outside the event coder (issue 13, speed only) give exactly what the paths they
replace give: the quote extractor's reporter-tail and 'as'-clause scans read the shared token columns instead of one
Token per position, the document tone rates only the words the lexicon holds, and a lexicon row's ``file:line`` is
remembered. Each slow path is the code it replaced, written out here; the sentences are made up for these tests."""

from __future__ import annotations

import random

import pytest

from lapwing.extract.quotes.as_reported import (_CLAUSE_WORDS, _ENDS, _OTHER_FRAMES, _OWN_CONTENT, _TELL_LIKE,
                                                _TOPIC_PREPS, _WHILE_CUES, SUBJ_DEPS, as_clause, is_time_word, lexicon)
from lapwing.extract.quotes.index import index_of
from lapwing.extract.quotes.reporter_tail import CLOSERS, _is_reporter, tail_start
from lapwing.extract.tone import NEGATION_WINDOW, Tone, _tone_of_lower, _vader
from lapwing.lexicons import actor_dictionary
from lapwing.lexicons.actor_dictionary import lexicon_source

TEXTS = [
    "Mayor Lena Ostrova wanted to reopen the Tarn bridge by June, the Harbour Gazette reported on Sunday.",
    "The envoy said the truce in Kelvale would hold, according to a statement from the foreign ministry.",
    "As the Valley Courier first reported, the smelter near Bray will close next spring and 300 jobs will go.",
    "Fuel taxes will rise again in October, as Finance Minister Omar Haddad warned reporters on Monday.",
    "The council, as its chairwoman explained, did not have the money; it never had, she added.",
    "\u201cWe will not sign this,\u201d the union's leader said, according to two people at the meeting.",
    "Protesters in Dunmere don't plan to leave, Radio Aster reports, and police haven't tried to move them.",
    "Such as it was, the deal failed. As expected, nobody came. As the day went on, the rain stopped.",
    "Prices fell sharply, analysts at Corvid Bank have reported , \u201cand will fall further.\u201d",
    "",
]


def _slow_tail_start(doc: Doc, start: int, end: int) -> int | None:
    """Where [start, end) (characters) should end when a reporter's clause closes its sentence inside it: the end of
    the last word (or closing quotation mark) before the comma; None when there is no such clause."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 4:
        return None
    _, sent_hi = index_of(doc).sent_range(span[-1].i)
    last = min(span.end, sent_hi)
    while last > span.start and (doc[last - 1].is_punct and doc[last - 1].text in (".", "!", "?")
                                 or doc[last - 1].is_space or doc[last - 1].text in CLOSERS):
        last -= 1
    for k in range(last - 2, span.start + 1, -1):
        if doc[k].text != ",":
            continue
        lo = k + 1
        while lo < last and doc[lo].text in CLOSERS:
            lo += 1  # ',” according to ...': the comma inside the quotation marks
        if not _is_reporter(list(doc[lo:last])):
            continue
        cut = k
        while cut > span.start and doc[cut - 1].is_space:
            cut -= 1
        if cut - span.start < 2:
            return None
        # a quotation mark closing right after the comma belongs to the words before it
        if doc[k + 1].text in CLOSERS:
            return doc[k + 1].idx + len(doc[k + 1])
        return doc[cut - 1].idx + len(doc[cut - 1])
    return None


def _slow_as_clause(cue: Token) -> tuple[int, int, Token] | None:
    """(first token, token after, speaker) of the 'as' clause ``cue`` closes, when the cue has no content of its own
    and the clause is set off from the rest of its sentence; else None."""
    doc = cue.doc
    if cue.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or cue.lower_ in _OTHER_FRAMES:
        return None  # ('as the day went on', 'as X put it': read elsewhere)
    index = index_of(doc)
    lo, hi = index.sent_start(cue), index.sent_end(cue)
    a = next((k for k in range(cue.i - 1, max(lo - 1, cue.i - _CLAUSE_WORDS - 2), -1)
              if doc[k].lower_ == "as" or doc[k].text in _ENDS or doc[k].is_space), None)
    if a is None or doc[a].lower_ != "as":
        return None
    if a > lo and doc[a - 1].text not in _ENDS and not doc[a - 1].is_space and doc[a - 1].text not in ("\"", "\u201d"):
        return None  # 'such as', 'as well as', 'the same as': only an 'as' opening its clause after a break
    lex = lexicon()
    lemma = lex.lemma(cue) or lex.object_forms.get(cue.lower_) or lex.to_forms.get(cue.lower_)
    if lemma in _WHILE_CUES:
        return None
    tell = lemma in _TELL_LIKE
    for c in cue.children:
        if c.i > cue.i and c.dep_ in _OWN_CONTENT and not (tell and c.dep_ == "obj" and c.pos_ in ("PROPN", "NOUN", "PRON")):
            return None  # 'as she announced the plan', 'as he said that ...' (a hearer after 'told' is no content)
        if c.i > cue.i and c.dep_ == "obl" and not is_time_word(c) and any(k.dep_ == "case" and k.lower_ in _TOPIC_PREPS for k in c.children):
            return None  # 'As Ruiz talked about A, ...': a topic of its own ('as X wrote on Twitter' is a channel)
        if c.i > cue.i and c.dep_ in ("advcl", "acl", "obl") and any(x.pos_ == "VERB" for x in c.subtree):
            return None  # 'as the mayor noted while cutting the ribbon', 'as X warned about raising taxes'
    subj = next((c for c in cue.children if c.dep_ in SUBJ_DEPS and a < c.i < cue.i), None)
    if subj is None and any(c.dep_ in ("aux:pass", "auxpass") for c in cue.children) or subj is None and cue.tag_ == "VBN":
        # 'As first reported by the Courier, ...'
        subj = next((c for c in cue.children if c.i > cue.i and c.pos_ in ("PROPN", "NOUN")
                     and any(k.dep_ == "case" and k.lower_ == "by" for k in c.children)), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN", "PRON") or is_time_word(subj) \
            or subj.lower_ in ("it", "that", "this", "there", "what", "day", "night", "week", "year", "evening", "time"):
        return None
    end = next((k for k in range(cue.i + 1, hi) if doc[k].text in _ENDS or doc[k].is_space), hi)
    if end - cue.i > 6:
        return None  # the clause goes on past its time or channel words: something else
    return a, end, subj


def _slow_tone_of_lower(words: Iterable[str]) -> Tone:
    """:func:`tone_of_words` of words already in lower case."""
    lex, negations = _vader()
    pos = neg = n = 0
    recent: list[str] = []
    for w in words:
        if w == "n't":  # the tokenizer's half of "don't": a negation, not a word of its own
            recent.append(w)
            continue
        n += 1
        v = lex.get(w, 0.0)
        if v:
            if any(x in negations or x.endswith("n't") for x in recent[-NEGATION_WINDOW:]):
                v = -v
            if v > 0:
                pos += 1
            elif v < 0:
                neg += 1
        recent.append(w)
    if n == 0:
        return Tone(tone=0.0, positive=0.0, negative=0.0, polarity=0.0, word_count=0)
    p = 100.0 * pos / n
    q = 100.0 * neg / n
    return Tone(tone=round(p - q, 4), positive=round(p, 4), negative=round(q, 4), polarity=round(p + q, 4), word_count=n)


@pytest.fixture(scope="module")
def docs(pipe):
    return [pipe.nlp(text) for text in TEXTS]


def test_tail_start_is_the_token_path(docs):
    seen = 0
    for doc in docs:
        for s in doc.sents:
            for a in range(s.start, s.end):
                for b in range(a + 1, s.end + 1):
                    start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1])
                    want = _slow_tail_start(doc, start, end)
                    assert tail_start(doc, start, end) == want, (doc.text, start, end)
                    seen += want is not None
    assert seen  # some spans do end before a reporter's clause


def test_as_clause_is_the_token_path(docs):
    found = 0
    for doc in docs:
        for t in doc:
            want = _slow_as_clause(t)
            assert as_clause(t) == want, (doc.text, t.i)
            found += want is not None
    assert found


def test_tone_rates_only_lexicon_words_as_the_word_loop_did():
    lex, negations = _vader()
    rated = sorted(w for w in ("good", "happy", "terrible", "failure", "win", "kill", "peaceful", "hate") if w in lex)
    pool = rated + sorted(negations)[:6] + ["n't", "the", "vote", "didn't", "ca", "town", "isn't"]
    rnd = random.Random(29)
    for _ in range(400):
        words = [rnd.choice(pool) for _ in range(rnd.randint(0, 25))]
        assert _tone_of_lower(words) == _slow_tone_of_lower(words)
        assert _tone_of_lower(iter(words)) == _slow_tone_of_lower(words)


def test_lexicon_source_is_remembered_and_unchanged():
    path = actor_dictionary.LEXICON_DIR / "agents.tsv"
    want = lexicon_source.__wrapped__(path, 12)
    assert want == "agents.tsv:12"
    before = lexicon_source.cache_info().hits
    assert lexicon_source(path, 12) == want and lexicon_source(path, 12) == want
    assert lexicon_source.cache_info().hits > before
    assert lexicon_source("/somewhere/else/my_actors.tsv", 3) == "/somewhere/else/my_actors.tsv:3"
