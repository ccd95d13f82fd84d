"""Quote speakers, twenty-fifth session (issue 16): a quoted clause with its own subject joined to the main clause
by a conjunction names no one ('Holm arrived late and "the whole room went quiet"': an event someone saw, not Holm's
words), but a quoted clause the parse hangs on the main verb with no conjunction between (a title after 'entitled,')
still speaks for the main verb's subject (quotes/framing._coordinated_clause). Sentences written for the tests."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, quote_with, run, speaker_words  # noqa: F401 (fixtures)


@pytest.mark.parametrize("text, words, speaker", [
    ('Ana Ruiz published an essay in the Tribune, entitled, "Why the river matters more than the road this year."',
     "river matters", "Ana Ruiz"),
])
def test_a_quoted_clause_with_no_conjunction_before_it_speaks_for_the_main_subject(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker in speaker_words(q), (q.rule, speaker_words(q))


@pytest.mark.parametrize("text, words, name", [
    ('Holm arrived late and "the whole room went quiet for a long minute."', "room went quiet", "Holm"),
    ('Ruiz left the stage and "the crowd began to chant her name over and over."', "crowd began", "Ruiz"),
    ('The mayor walked out, but "the meeting went on without him for another hour."', "meeting went on", "mayor"),
])
def test_a_quoted_clause_joined_by_a_conjunction_names_no_one(nlp, text, words, name):
    quotes = [q for q in run(nlp, text) if words in q.text]
    assert all(name not in speaker_words(q) for q in quotes)


# -- 'make it clear that ...': 'make' with 'clear' / 'plain' after it reports the clause (quotes/made_clear.py) --

@pytest.mark.parametrize("text, words, speaker", [
    ("Holm made it clear that the port would stay shut until spring.", "stay shut", "Holm"),
    ("The union has made plain that its members will not accept the offer.", "will not accept", "union"),
    ("Ana Ruiz made it very clear on Monday that she would not sign the bill.", "would not sign", "Ana Ruiz"),
])
def test_made_it_clear_reports_its_clause(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker in speaker_words(q), (q.rule, speaker_words(q))


@pytest.mark.parametrize("text", [
    "The crews made sure that the port would stay shut.",
    "The storm made it possible for the port to stay shut.",
    "The river made the road impassable for a week.",
    "They made a clear choice and stuck to it.",
])
def test_make_without_clear_reports_nothing(nlp, text):
    assert run(nlp, text) == []
