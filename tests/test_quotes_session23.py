"""Quote speakers, twenty-third session (issue 16): which cue owns which content when cues nest. A reporter's clause
closing the sentence ('..., according to the complaint', '..., the Daily Star has reported') is not the inner cue's
content, and an inner to-clause so reported speaks for the reporter (quotes/reporter_tail.py, quotes/nested.py); the
outer content of a report inside a report runs to the end of the inner one (nested.outer_reaches_inner); a time is
not what an object cue reports ('reported on Monday'). Sentences written for the tests."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, quote_with, run, speaker_words  # noqa: F401 (fixtures)


@pytest.mark.parametrize("text, inner_speaker, reporter", [
    ('The guard said the captain ordered them to "stay inside until dawn," according to the lawsuit.', "guard",
     "lawsuit"),
    ('A nurse said the doctor wanted to "wait for the family," according to the hospital\'s review.', "nurse",
     "review"),
    ('The aide said the senator planned to "vote against the bill," according to two people in the room.', "aide",
     "people"),
    ('The clerk said the memo told staff to "shred the files before the audit," according to the complaint.', "clerk",
     "complaint"),
])
def test_an_according_to_clause_closing_the_sentence_is_not_the_inner_content(nlp, text, inner_speaker, reporter):
    quotes = run(nlp, text)
    inner = [q for q in quotes if inner_speaker in speaker_words(q)]
    assert inner and all("according to" not in q.text for q in inner)
    outer = [q for q in quotes if reporter in speaker_words(q)]
    assert outer and outer[0].cue == "according to" and inner_speaker in outer[0].text.lower()


@pytest.mark.parametrize("text, words, reporter", [
    ("The union wants to reopen the talks before the strike, the Daily Star has reported.", "reopen the talks",
     "Daily Star"),
])
def test_a_to_clause_reported_by_an_outlet_speaks_for_the_outlet(nlp, text, words, reporter):
    q = quote_with(run(nlp, text), words)
    assert reporter in speaker_words(q) and "reported" not in q.text


@pytest.mark.parametrize("text, outer_speaker, inner_words, inner_speaker", [
    ("The ministry says its review has found that the dam, which was built in 1960, is weak -- and so must be "
     "rebuilt.", "ministry", "must be rebuilt", "review"),
    ("Doctors say their study has shown that the drug, which costs little, works well -- and so should be used more "
     "widely.", "Doctors", "used more widely", "study"),
    ("Ruiz says her own survey has found that the river, which runs past two mills, is dirtier than ever -- and so "
     "still unsafe for swimming.", "Ruiz", "unsafe for swimming", "survey"),
])
def test_the_outer_cue_owns_the_inner_report_to_its_end(nlp, text, outer_speaker, inner_words, inner_speaker):
    quotes = run(nlp, text)
    owners = [speaker_words(q) for q in quotes if inner_words in q.text]
    assert owners and outer_speaker in owners[0]
    assert not any(inner_speaker in w for w in owners)


def test_an_inner_report_within_its_outer_clause_keeps_both_speakers(nlp):
    # the guard: a nested report the parser ended in time is left as it was (two attributions)
    quotes = run(nlp, "The mayor said that the chief had told him the budget was gone.")
    assert "mayor" in speaker_words(quote_with(quotes, "chief had told him"))
    inner = [q for q in quotes if q.text.startswith("the budget was gone")]
    assert inner and "chief" in speaker_words(inner[0])


@pytest.mark.parametrize("text", [
    "The army plans to withdraw two brigades, the Tribune reported on Monday.",
    "The council voted to close the pool, the Gazette reported on Friday.",
])
def test_a_time_after_reported_on_is_no_quote(nlp, text):
    assert not any(q.text in ("Monday", "Friday") for q in run(nlp, text))


def test_reported_on_a_topic_still_reports_it(nlp):
    q = quote_with(run(nlp, "The paper reported on the vote in detail."), "the vote")
    assert "paper" in speaker_words(q)


@pytest.mark.parametrize("text, end_words", [
    ("The witness said the fund was empty, according to the audit.", "fund was empty"),
    ("Mr. Ortiz wanted to sell the farm, the Herald recently reported.", "sell the farm"),
    ('The aide said the order was to "keep quiet," according to the report.', 'keep quiet,"'),
    ("The witness said the fund was empty, Ruiz reported.", "fund was empty"),
])
def test_the_reporter_tail_ends_the_content_before_its_comma(nlp, text, end_words):
    from lapwing.extract.quotes.reporter_tail import tail_start
    doc = nlp(text)
    start = text.index(" ") + 1
    end = tail_start(doc, start, len(text))
    assert end is not None and text[:end].endswith(end_words)


@pytest.mark.parametrize("text", [
    "The witness said the fund was empty, according to the audit, and that the bank knew.",  # not the sentence's end
    "The witness said the fund was empty, the bank reported to the board.",  # a clause of its own, not a reporter's
    "The witness said the fund was empty, the bank reported.",  # no name: not a reporter the rule reads
])
def test_the_reporter_tail_is_only_a_reporters_clause_closing_the_sentence(nlp, text):
    from lapwing.extract.quotes.reporter_tail import tail_start
    assert tail_start(nlp(text), text.index(" ") + 1, len(text)) is None


@pytest.mark.parametrize("text, words, speaker", [
    ("The governor thanked voters who said the plan was fair, adding that the vote would come in May.",
     "vote would come in May", "governor"),
    ("The minister attacked lawmakers who claim the budget is too small, arguing that taxes would have to rise.",
     "taxes would have to rise", "minister"),
    ("The coach praised fans who stayed until the end, saying they had lifted the team.", "lifted the team", "coach"),
])
def test_a_participle_after_a_relative_clause_on_an_object_speaks_for_the_main_subject(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker in speaker_words(q)


@pytest.mark.parametrize("text, words", [
    ("The governor thanked voters who said the plan was fair, adding that the vote would come in May.", "the plan was fair"),
    ("The minister attacked lawmakers who claim the budget is too small, arguing that taxes would have to rise.",
     "the budget is too small"),
])
def test_the_relative_clause_keeps_its_own_cue_and_speaker(nlp, text, words):
    q = [q for q in run(nlp, text) if q.text.startswith(words)]
    assert q and speaker_words(q[0]) == "who"


@pytest.mark.parametrize("text, opening, speaker", [
    ("The nominee, he said, watched the games to see how fast the runners were.", "The nominee", "he"),
    ("Most evenings, former staffers said, she would remain at her desk past ten.", "Most evenings", "staffers"),
    ("In a merger, she said, the bank would keep its name.", "In a merger", "she"),
    ("The port, the mayor said, will reopen in May.", "The port", "mayor"),
    ("The old plant, the workers say, has been closed for years.", "The old plant", "workers"),
])
def test_a_cue_clause_between_commas_reports_the_sentence_around_it(nlp, text, opening, speaker):
    quotes = run(nlp, text)
    outer = [q for q in quotes if q.text.startswith(opening)]
    assert outer and speaker in speaker_words(outer[0])
    assert text.rstrip(".").endswith(outer[0].text.split(", ")[-1])  # to the sentence's end


def test_a_cue_clause_after_a_clause_of_its_own_keeps_the_clause_before(nlp):
    # the guard: 'A did B, X said, and ...' is the ordinary reading, the clause before the cue
    q = quote_with(run(nlp, "The port will reopen in May, the mayor said, and the ships will return."), "reopen")
    assert q.text == "The port will reopen in May" and "mayor" in speaker_words(q)


@pytest.mark.parametrize("text, opening, source", [
    ("The general, according to two officers, ordered the troops to leave.", "The general", "officers"),
    ("The mayor, according to the minutes, voted against the plan.", "The mayor", "minutes"),
    ("In 2010, according to the report, the bank lost half its money.", "In 2010", "report"),
])
def test_an_according_to_phrase_between_commas_reports_the_sentence_around_it(nlp, text, opening, source):
    q = [q for q in run(nlp, text) if q.cue == "according to"]
    assert q and q[0].text.startswith(opening) and source in speaker_words(q[0])
    assert text.rstrip(".").endswith(q[0].text.split(", ")[-1])


@pytest.mark.parametrize("text, content", [
    ("According to the report, the bank lost half its money.", "the bank lost half its money"),
    ("The bank lost half its money, according to the report.", "The bank lost half its money"),
])
def test_an_according_to_phrase_at_either_end_keeps_its_clause(nlp, text, content):
    q = [q for q in run(nlp, text) if q.cue == "according to"]
    assert q and q[0].text == content
