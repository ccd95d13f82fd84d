"""Quote boundaries and speakers on unseen text (session 30, issue 16)."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run, no_actors  # noqa: F401 (fixtures)


@pytest.mark.parametrize("text, content, speaker", [
    ("Prices will keep rising, Ms. Adeyemi said, because the harvest was poor.", "Prices will keep rising",
     "Ms. Adeyemi"),
    ("The clinic will close in June, Dr. Farah Nasser said, because the landlord has doubled the rent.",
     "The clinic will close in June", "Dr. Farah Nasser"),
    ("Exports fell sharply last quarter, the trade ministry said on Monday, since demand in Europe has weakened.",
     "Exports fell sharply last quarter", "the trade ministry"),
    ("The ferry service will stop next month, Haruto Sato says, because the company has lost its licence.",
     "The ferry service will stop next month", "Haruto Sato"),
])
def test_reason_clause_after_the_cue_clause_is_not_the_content(nlp, no_actors, text, content, speaker):
    """'A, X said, because B': the parser hangs the 'because' clause on the cue; the content is A."""
    qs = [q for q in run(nlp, text) if q.kind == "indirect"]
    assert [q.text for q in qs] == [content]
    assert qs[0].speaker is not None and qs[0].speaker.text == speaker


def test_reason_clause_inside_the_content_stays(nlp, no_actors):
    (q,) = run(nlp, "Ruiz said the budget would pass because the coalition had the votes.")
    assert q.text == "the budget would pass because the coalition had the votes"


# -- a he/she after a name whose first word the tagger gave another part of speech -------------------------------

@pytest.fixture(scope="module")
def pipe():
    from lapwing.pipeline import Pipeline

    return Pipeline.create(extractors=("actors", "quotes"))


@pytest.mark.parametrize("text, words, name", [
    ("Oyelaran Adewale runs a small shop near the port. He said the new tax would ruin him.", "ruin him",
     "Oyelaran Adewale"),
    ("Oyelaran Adewale has farmed cassava for twenty years. He says the rains came late this year.", "rains came late",
     "Oyelaran Adewale"),
])
def test_a_pronoun_after_a_name_with_a_mistagged_first_word_is_named_by_it(pipe, text, words, name):
    from lapwing.schema import Article

    q = next(q for q in pipe.analyse(Article(id="s30", text=text, language="en")).quotes if words in q.text)
    assert q.speaker is not None and q.speaker.text.lower() in ("he", "she")
    assert q.speaker.name == name, q.speaker


# -- a hearer's name after 'told' that the parser ran into the reported clause ----------------------------------

@pytest.mark.parametrize("text, content", [
    ("A hospital director told VOA nine workers were hurt when the boiler exploded.",
     "nine workers were hurt when the boiler exploded"),
    ("Mayor Ines Duarte told AFP the water supply had been restored.", "the water supply had been restored"),
    ("The commander told Al Jazeera his troops had retaken the town.", "his troops had retaken the town"),
])
def test_a_hearer_name_after_told_is_not_content(nlp, no_actors, text, content):
    q = next(q for q in run(nlp, text) if q.cue == "told")
    assert q.text == content


def test_a_name_that_is_the_clause_subject_stays(nlp, no_actors):
    q = next(q for q in run(nlp, "The aide told reporters Senator Lindqvist would vote against the bill.")
             if q.cue == "told")
    assert q.text == "Senator Lindqvist would vote against the bill"


@pytest.mark.parametrize("text, content", [
    ("Halvorsen told lawmakers Norway would not join the pact.", "Norway would not join the pact"),
    ("The spokesman told reporters the talks would resume on Monday.", "the talks would resume on Monday"),
])
def test_the_hearer_of_a_told_channel_is_not_content(nlp, no_actors, text, content):
    q = next(q for q in run(nlp, text) if q.cue == "told")
    assert q.text == content
