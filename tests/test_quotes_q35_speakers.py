"""Speakers and contents of round 35 (issue 16): a past form the tagger read as a participle right after the cue's
object ('said the recall covered 9,000 trucks': the parser made 'the recall' the object of 'said'), and what a study or
figures show read as what the cue's speaker said, also when the parser hung the cue inside the studies' phrase
('X Co said health studies showed ...'). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, HEAD

from lapwing.extract import quotes as Q
from lapwing.extract.registry import Context
from lapwing.schema import Article, ArticleRecord
from quote_helpers import nlp, quote_with, run, speaker_words  # noqa: F401 (fixtures)


@pytest.mark.parametrize("text, content, speaker", [
    ("A Renault spokeswoman said the recall covered 9,000 trucks.", "the recall covered 9,000 trucks",
     "A Renault spokeswoman"),
    ("A Saab spokesman said the defect affected 3,100 cars.", "the defect affected 3,100 cars", "A Saab spokesman"),
    ("An Opel official said the stoppage reduced output by a tenth.", "the stoppage reduced output by a tenth",
     "An Opel official"),
    ("Smith and Wesson Corp said new orders lifted sales by 12 pct.", "new orders lifted sales by 12 pct",
     "Smith and Wesson Corp"),
])
def test_a_past_form_after_the_cues_object_is_the_reported_clause(nlp, text, content, speaker):
    q = quote_with(run(nlp, text), content)
    assert q.text == content
    assert speaker_words(q) == speaker


@pytest.mark.parametrize("text", [
    "The senator said the prayer printed in the program.",
    "The coach said the words written on the wall.",
])
def test_a_participle_after_its_noun_is_no_clause(nlp, text):
    assert run(nlp, text) == []


@pytest.mark.parametrize("text, content, speaker", [
    ("Fenn and Wright Inc said field trials showed the seed resisted drought.",
     "field trials showed the seed resisted drought", "Fenn and Wright Inc"),
    ("The governor said the figures showed a sharp fall in crime.", "the figures showed a sharp fall in crime",
     "The governor"),
])
def test_what_studies_show_is_what_the_speaker_said(nlp, text, content, speaker):
    quotes = run(nlp, text)
    q = quote_with(quotes, content)
    assert q.text == content and speaker_words(q) == speaker
    assert len(quotes) == 1


def _run_with_cue_hung_on_the_studies(nlp, text: str):
    """The quotes of ``text`` parsed as the parser sometimes parses 'A and B Co said N studies showed X': the cue an
    adjective of 'studies', the company's first name the subject of 'showed'."""
    doc = nlp(text)
    words = [t.lower_ for t in doc]
    said, studies, show = words.index("said"), words.index("studies"), words.index("showed")
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    heads[0], deps[0] = show, "nsubj"
    heads[said], deps[said] = studies, "amod"
    heads[said + 1], deps[said + 1] = studies, "compound"
    heads[studies], deps[studies] = show, "nsubj"
    heads[show], deps[show] = show, "ROOT"
    for k in range(show + 1, len(doc)):
        if heads[k] == said:
            heads[k] = show
    arr = doc.to_array([HEAD, DEP])
    for k in range(len(doc)):
        arr[k, 0] = (heads[k] - k) % (2 ** 64)
        arr[k, 1] = doc.vocab.strings.add(deps[k])
    doc.from_array([HEAD, DEP], arr)
    assert doc[said].dep_ == "amod" and doc[show].dep_ == "ROOT"
    art = Article(id="t", text=text)
    ctx = Context(doc=doc, article=art, record=ArticleRecord(article=art))
    Q.quotes(ctx)
    return ctx.record.quotes


@pytest.mark.parametrize("text, content, speaker", [
    ("Dow and Ross Co said safety studies showed no harm to workers.", "safety studies showed no harm to workers",
     "Dow and Ross Co"),
    ("Moss and Kent Inc said animal studies showed no damage to the liver.",
     "animal studies showed no damage to the liver", "Moss and Kent Inc"),
])
def test_a_cue_hung_inside_what_shows_keeps_its_speaker(nlp, text, content, speaker):
    quotes = _run_with_cue_hung_on_the_studies(nlp, text)
    assert [q.text for q in quotes] == [content]
    assert speaker_words(quotes[0]) == speaker
