"""Quote contents and speakers, round qx27 (issue 16): three classes the example articles showed.

- a complementiser 'that' the parser read as a pronoun or a determiner after an adjunct of the cue is no word of the
  content ('said on Sunday [that] calm had returned', 'wrote on X [that] ...', 'adding [that] police had fired ...',
  'tweeted [that] Oslo "stands ..."': reported_bounds._past_complementiser, also in keeping._partial_span); a 'that'
  that is the clause's subject stays ('said on Friday that was wrong').
- 'told reporters that A, "B"': the parser hung the that-clause on the hearer as a relative clause and took the
  quoted words after it for the cue's complement; the content is the clause running on over the quoted words, one
  quote (reported._hearer_that_clause).
- a role named by the organisation of its phrase gets the person's name in apposition after it, past a short name in
  brackets ('The head of the World Food Programme (WFP), Anna Lindqvist, said': speakers._with_role_name,
  role_name._abbreviation_end).

Sentences written for the tests.
"""

from __future__ import annotations

import pytest

from quote_helpers import nlp  # noqa: F401 (fixture)


@pytest.fixture(scope="module")
def pipe():
    from lapwing.pipeline import Pipeline

    return Pipeline.create(extractors=("actors", "quotes"))


def _quotes(pipe, text):
    from lapwing.schema import Article

    return pipe.analyse(Article(id="qx27", text=text, language="en")).quotes


def _with(quotes, words):
    found = [q for q in quotes if words in q.text]
    assert found, [q.text for q in quotes]
    return found[0]


# -- a complementiser the parser misread ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, start, speaker", [
    ("State radio said on Sunday that calm had returned to the northern districts.", "calm had returned", "State radio"),
    ("Foreign Minister Lena Kraus wrote on X that Vienna stood by the elected government.", "Vienna stood by",
     "Lena Kraus"),
    ("The clinic said 12 people were hurt, adding that police had fired tear gas at the crowd.", "police had fired",
     "clinic"),
    ('Deputy Minister Ola Brekke tweeted that Oslo "stands with the people of the island".', "Oslo", "Ola Brekke"),
])
def test_misread_complementiser_is_no_word_of_the_content(pipe, text, start, speaker):
    q = _with(_quotes(pipe, text), start)
    assert q.text.startswith(start), q.text
    assert speaker in (q.speaker.name or q.speaker.text), q.speaker


def test_that_as_the_clause_subject_stays(pipe):
    q = _with(_quotes(pipe, "The mayor said on Friday that was wrong."), "was wrong")
    assert q.text.startswith("that was wrong"), q.text


# -- 'told reporters that A, "B"' ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, start, tail, speaker", [
    ('Interior Minister Carla Mendes told reporters that 40 people had been detained, "most of them for looting shops".',
     "40 people had been detained", "most of them for looting", "Carla Mendes"),
    ('The police chief told journalists that nine officers were hurt, "two of them seriously".',
     "nine officers were hurt", "two of them seriously", "police chief"),
])
def test_told_that_clause_runs_over_the_quoted_words_after_it(pipe, text, start, tail, speaker):
    quotes = _quotes(pipe, text)
    assert len(quotes) == 1, [q.text for q in quotes]
    q = quotes[0]
    assert q.text.startswith(start) and tail in q.text, q.text
    assert speaker in (q.speaker.name or q.speaker.text), q.speaker


def test_told_that_clause_with_no_quoted_words_is_unchanged(pipe):
    quotes = _quotes(pipe, "The minister told reporters that the talks had failed.")
    assert [q.text for q in quotes] == ["the talks had failed"]


# -- a role's name past a short name in brackets ---------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The head of the World Food Programme (WFP), Anna Lindqvist, said aid convoys had been stopped at the border.",
     "Anna Lindqvist"),
    ("The spokeswoman of the National Electoral Council (CNE), Rosa Vidal, told reporters the count would resume "
     "on Monday.", "Rosa Vidal"),
    ("The head of the World Food Programme, Anna Lindqvist, said aid convoys had been stopped at the border.",
     "Anna Lindqvist"),
])
def test_role_of_an_organisation_is_named_by_the_person_after_it(pipe, text, name):
    q = _with(_quotes(pipe, text), "would resume" if "count" in text else "had been stopped")
    assert q.speaker is not None and q.speaker.name == name, q.speaker


@pytest.mark.parametrize("text, words, name", [
    ("The leader of the Democratic Party (DP), a former judge, said the vote was unfair.", "vote was unfair",
     "Democratic Party"),
    ("The head of the World Food Programme said aid convoys had been stopped at the border.", "had been stopped",
     None),
])
def test_role_with_no_person_after_it_keeps_its_name(pipe, text, words, name):
    q = _with(_quotes(pipe, text), words)
    assert q.speaker is not None and q.speaker.name == name, q.speaker



@pytest.mark.parametrize("text", [
    "The report came out in May.\n\nThat criticism was often fair, Mr. Holm said.",
    "The plan was dropped in June.\n\nThat decision was a mistake, the mayor said on Friday.",
])
def test_a_sentence_opening_that_stays(pipe, text):
    quotes = _quotes(pipe, text)
    assert any(q.text.startswith("That ") for q in quotes), [q.text for q in quotes]


def test_a_role_with_its_own_name_keeps_it(pipe):
    q = _with(_quotes(pipe, "Former House speaker Ana Ruiz, a Holm ally, said in an interview that the governor should "
                            "ignore the critics."), "should")
    assert q.speaker is not None and q.speaker.name == "Ana Ruiz", q.speaker
