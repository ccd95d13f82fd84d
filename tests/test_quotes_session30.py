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


# -- a quoted transcript turn going on into the next paragraph --------------------------------------------------

TRANSCRIPT_A = ('The interview went on for an hour.\n\n'
                '"HOLLOWAY: Well, the budget is a mess and everyone in this town knows it.\n\n'
                '"But the real question is who will pay for the new bridge over the river, and nobody has an answer.\n\n'
                '"MARSH: Let me stop you there, Governor.\n\n'
                '"Nobody on my side of the aisle ever voted for that bridge in the first place.')
TRANSCRIPT_B = ('"OKONJO: We shipped the vaccines to every district on time, and the records show it.\n\n'
                '"The delays people talk about happened later, at the clinics themselves, not in the capital.\n\n'
                '"And I would add that the clinics were short of nurses all year.')


@pytest.mark.parametrize("text, words, speaker", [
    (TRANSCRIPT_A, "who will pay for the new bridge", "HOLLOWAY"),
    (TRANSCRIPT_A, "Nobody on my side of the aisle", "MARSH"),
    (TRANSCRIPT_B, "The delays people talk about", "OKONJO"),
    (TRANSCRIPT_B, "short of nurses all year", "OKONJO"),
])
def test_a_transcript_turn_goes_on_in_the_next_paragraph(nlp, no_actors, text, words, speaker):
    q = next(q for q in run(nlp, text) if words in q.text)
    assert q.rule == "transcript:continuation"
    assert q.speaker is not None and q.speaker.text == speaker


def test_a_quote_after_a_narrative_paragraph_is_no_turn(nlp, no_actors):
    text = ('"PARK: The port will reopen next week.\n\n'
            'Park then left the studio without taking questions from the reporters outside.\n\n'
            '"We have heard that promise many times before and nothing ever changes here," a dock worker said.')
    q = next(q for q in run(nlp, text) if "promise many times" in q.text)
    assert q.rule != "transcript:continuation" and q.speaker is not None and q.speaker.text == "a dock worker"


# -- a concessive clause about the speaker after the reported clause ----------------------------------------------

@pytest.mark.parametrize("text, content", [
    ("Ruiz claimed that the tax cut had paid for itself, although he again refused to publish the figures.",
     "the tax cut had paid for itself"),
    ("The minister said the dam was safe, though she declined to release the engineers' report.",
     "the dam was safe"),
    ("Union leaders insisted the strike was legal, although they had not held a ballot.",
     "the strike was legal"),
])
def test_a_concession_about_the_speaker_ends_the_content(nlp, no_actors, text, content):
    q = next(q for q in run(nlp, text) if q.rule == "indirect:complement")
    assert q.text == content


@pytest.mark.parametrize("text, content", [
    ("The governor said the economy would grow, although more slowly than last year.",
     "the economy would grow, although more slowly than last year"),
    ("Okafor said the town was calm, although gunfire could be heard near the market.",
     "the town was calm, although gunfire could be heard near the market"),
])
def test_a_concession_about_something_else_stays(nlp, no_actors, text, content):
    q = next(q for q in run(nlp, text) if q.rule == "indirect:complement")
    assert q.text == content


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
