"""The faster paths of session 32 round 61 (issue 13, speed only) give exactly what the paths they replace give.

- ``article_country._lead`` reads the lead's paragraph breaks from the shared document text and offsets (it read
  ``doc.text``, which joins a new ``Token`` per word of the article, twice per lead sentence), and
  ``article_country`` takes the sentences of the coder's own pass (it cut them again);
- ``coref._in_office`` and ``titles._company_rank`` read the shared text (``doc.text`` once per article each).

The slow paths are the code these had (written out); the articles are made up for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from lapwing.extract.actors import article_country as ac
from lapwing.extract.actors.coder import _Coder
from lapwing.extract.actors.context import _sentences
from lapwing.extract.registry import Context
from lapwing.schema import Article, ArticleRecord
from speed_helpers import tokens_made

ARTICLES = [
    # a lead of one sentence, then a paragraph break
    "Floods have swept through northern Ghana, destroying hundreds of homes.\n\nGhana has asked donors for tents "
    "and food.\n\nThe army said it had rescued forty people from rooftops.",
    # a lead of two sentences in one paragraph
    "A bus plunged into a ravine in Peru on Friday. It was the worst road accident in Peru this year, officials "
    "said.\n\nPolice said the driver had lost control on a bend.",
    # a line break inside the first sentence
    "Talks between Chad and Sudan\non the border resumed on Monday. Chad and Sudan each blame the other.\n\n"
    "Troops were seen moving north, residents said.",
    # one paragraph only
    "Officials in Kenya said fuel prices would rise. The government said it would not back down. Kenya imports "
    "most of its fuel.",
    "Quiet day.",
]


def _coder(pipe, text: str) -> _Coder:
    art = Article(id="t", text=text, language="en")
    ctx = Context(doc=pipe.nlp(text), article=art, record=ArticleRecord(article=art), config=pipe.config)
    return _Coder(ctx)


def _slow_lead(coder, sents, counts):
    """``_lead`` before round 61."""
    lead = set()
    for s in sents[:ac.LEAD_SENTENCES]:
        lead |= coder.sentence_countries(s)
        after = coder.doc.text[s.start_char:coder.doc[s.end].idx] if s.end < len(coder.doc) else ""
        if "\n" in s.text or "\n" in after:
            break
    if len(lead) != 1:
        return None
    code = next(iter(lead))
    top = counts.get(code, 0)
    if code in coder.igos or top < 2 or 2 * (sum(counts.values()) - top) >= top:
        return None
    return code


@pytest.mark.parametrize("text", ARTICLES)
def test_lead_as_before(pipe, text):
    coder = _coder(pipe, text)
    sents = _sentences(coder.doc)
    counts = ac._counts(coder)
    for k in range(len(sents) + 1):  # (each later start of the lead too: the breaks after every sentence)
        assert ac._lead(coder, sents[k:], counts) == _slow_lead(coder, sents[k:], counts)
        coder._sentence_countries.clear()


def test_lead_finds_the_country_and_makes_no_token_per_word(pipe):
    coder = _coder(pipe, ARTICLES[0])
    sents = _sentences(coder.doc)
    counts = ac._counts(coder)
    assert ac._lead(coder, sents, counts) == "GHA"
    assert tokens_made(lambda: ac._lead(coder, sents, counts)) < len(coder.doc) / 4
    assert tokens_made(lambda: _slow_lead(coder, sents, counts)) > len(coder.doc)


@pytest.mark.parametrize("text", ARTICLES)
def test_article_country_takes_the_coders_sentences(pipe, text):
    ran = _coder(pipe, text)
    ran.run()  # (its sentences kept as ``sentences``)
    assert [(s.start, s.end) for s in ran.sentences] == [(s.start, s.end) for s in _sentences(ran.doc)]
    fresh = _coder(pipe, text)  # (no pass run: the sentences cut here)
    assert not hasattr(fresh, "sentences")
    assert ac.article_country(fresh) == ac.article_country(ran)
    assert [(s.start, s.end) for s in fresh._ac_sents] == [(s.start, s.end) for s in ran._ac_sents]
    assert ran._ac_sents is ran.sentences


def test_shared_text_is_the_documents(pipe):
    for text in ARTICLES:
        coder = _coder(pipe, text)
        assert coder.d.doc_text == coder.doc.text == text
