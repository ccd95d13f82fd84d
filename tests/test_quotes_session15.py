"""Classes of the fifteenth session's quotes work (issue 16: speaker accuracy), read on new samples of PolNeAR's
train split (seeds 1515 and 1517, then the 240 articles in no sample; the seed-1516 sample scored only, its errors
never read). Sentences written for these tests."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, quote_with, run, speaker_words  # noqa: F401 (fixtures)


# -- 'as X put it': an apposition between commas, a hearer, a time or a written thing after 'it' --

@pytest.mark.parametrize("text, words, speaker", [
    ('As Ana Ruiz, a professor of law at the state college, put it, "The board should take a deal today rather '
     'than wait for a better one."', "take a deal today", "Ana Ruiz"),
    ('As Ana Ruiz, a historian and author of "The Long Road," put it, "Nobody in this town has forgotten the flood."',
     "Nobody in this town", "Ana Ruiz"),
    ('As one farmer put it to me, "We are tired of waiting for the rain and for the money."', "tired of waiting",
     "one farmer"),
    ("As the chief executive, Jan Holm, put it in his memo to staff, the firm must change or close.",
     "firm must change", "Jan Holm"),
    ("As the mayor put it on Monday, the city has lost its way.", "lost its way", "the mayor"),
])
def test_as_x_put_it_names_the_speaker(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker


def test_as_x_put_it_before_a_whole_sentence_in_marks_is_a_direct_quote(nlp):
    q = quote_with(run(nlp, 'As Ana Ruiz, a lawyer for the union, put it, "The strike is the last thing anyone '
                            'wants."'), "last thing anyone")
    assert q.kind == "direct"


@pytest.mark.parametrize("text", [
    "Just as the crew put it off, the rain came.",
    "As the workers, tired and angry, finally put it in the box, the boss arrived.",
    "As the clerk put it on hold, the phone rang again.",
])
def test_putting_a_thing_somewhere_is_no_cue(nlp, text):
    assert [q for q in run(nlp, text) if q.cue == "put"] == []


# -- a quote after a comma closing a clause that puts out a statement --

@pytest.mark.parametrize("text, words, speaker", [
    ('The mayor issued a statement, "Last night our city was hit by a storm. Our thoughts are with the families."',
     "hit by a storm", "The mayor"),
    ('The union released a short message on Sunday, "We will not sign this deal. The strike goes on."',
     "not sign this deal", "The union"),
])
def test_a_quote_after_a_statement_is_its_issuers(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker
    assert q.kind == "direct"


def test_a_quote_after_a_clause_with_no_statement_gets_no_speaker_from_it(nlp):
    quotes = [q for q in run(nlp, 'The mayor looked at the crowd for a while, "We will win this one."')
              if "win this one" in q.text]
    assert all(q.speaker is None for q in quotes)


# -- a participle hung on a time speaks for the main clause's subject, never for the time --

@pytest.mark.parametrize("text, words, speaker", [
    ("After months of refusing to apologize for the emails, Ruiz has gotten better at it.", "apologize", "Ruiz"),
    ("After weeks of promising to cut the fares, the council finally raised them.", "cut the fares", "the council"),
    ("After years of vowing to close the plant, the company has kept it open.", "close the plant", "the company"),
])
def test_a_participle_on_a_time_speaks_for_the_main_subject(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker


def test_a_time_is_never_the_speaker_of_a_participle(nlp):
    for q in run(nlp, "After years of refusing to discuss the deal in a way the auditor called reckless, the "
                      "board has changed course."):
        assert speaker_words(q).lower() not in ("years", "after years")


# -- a participle opening its sentence: its content ends before the main clause, whose subject speaks --

@pytest.mark.parametrize("text, words, speaker", [
    ("Noting that both leaders battled the press, Ruiz put her finger on one facet of the campaign.",
     "both leaders battled the press", "Ruiz"),
    ("Adding that the fund was empty, Ruiz, the treasurer, resigned.", "the fund was empty", "Ruiz"),
])
def test_an_opening_participle_speaks_for_the_main_subject(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker
    assert "resigned" not in q.text and "finger" not in q.text


# -- 'according to' a post, a tweet or a message from or by X names X --

@pytest.mark.parametrize("text, words, speaker", [
    ("According to a post from Ana Ruiz on her blog, the mayor was never told about the plan.", "never told",
     "Ana Ruiz"),
    ("The mayor was never told about the plan, according to a tweet by Ana Ruiz.", "never told", "Ana Ruiz"),
    ("According to a message from the union, the strike will go on.", "strike will go on", "the union"),
])
def test_according_to_a_post_names_its_author(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker


def test_according_to_a_notice_with_no_author_is_the_notice(nlp):
    q = quote_with(run(nlp, "According to the notice, the school will close."), "school will close")
    assert speaker_words(q) == "the notice"


# -- an opening curly mark typed where the closing one goes --

@pytest.mark.parametrize("text, words, speaker", [
    ("\u201cThe reality is, if the mayor loses the vote, that could create new problems for her here,\u201c said "
     "Karl Berg, a councillor from the east side.", "create new problems", "Karl Berg"),
    ("Ana Ruiz was shocked. \u201cDo you want to be seen with a crook?\u201c she asked.", "seen with a crook", "she"),
])
def test_an_opening_mark_after_the_last_comma_closes_the_quote(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert q.kind == "direct"
    assert speaker_words(q) == speaker
    assert "said" not in q.text and "asked" not in q.text


def test_an_opening_mark_after_a_comma_and_a_space_still_opens_a_quote(nlp):
    quotes = run(nlp, "\u201cWe will stay,\u201d she said, \u201cand we will win the vote.\u201d")
    q = quote_with(quotes, "We will stay")
    assert speaker_words(q) == "she"
    assert "win the vote" in q.text  # the quote split by its cue is one quote


# -- a quantity speaker keeps its 'of' phrase --

@pytest.mark.parametrize("text, words, speaker", [
    ("As tens of thousands marched to demand that the council hand power to civilians, the police withdrew.",
     "hand power", "tens of thousands"),
    ('Thousands of self-described "Berners" said they would vote for a third party.', "third party",
     'Thousands of self-described "Berners"'),
])
def test_a_quantity_speaker_keeps_its_of_phrase(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker
