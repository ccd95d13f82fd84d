"""Classes of the ninth quotes session, read on a new sample of PolNeAR's train split (seed 2718) and on part a.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run  # noqa: F401 (fixtures)


def speaker_words(q) -> str:
    return "" if q.speaker is None else q.speaker.text


def quote_with(quotes, words: str):
    found = [q for q in quotes if words in q.text]
    assert found, f"no quote holds {words!r}: {[q.text for q in quotes]}"
    return found[0]


# -- a clause that introduces a quote with a colon: its own subject speaks, not the subject of a clause inside it --

@pytest.mark.parametrize("text, words, speaker", [
    ('The harbour board was conclusive in its findings: "No further dredging is needed."', "dredging",
     "The harbour board"),
    ('The mayor was pleased: "This is a good day for the city."', "good day", "The mayor"),
    ('After the vote, Ana Ruiz was sure that the port would reopen: "We will be back at work by May."', "back at work",
     "Ana Ruiz"),
    ('The union was furious: "Nobody asked the dockers."', "Nobody asked", "The union"),
])
def test_a_copular_clause_before_a_colon_gives_its_subject(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert q.kind == "direct" and speaker_words(q) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ('Tom Berg imagined his rival was thinking: "What have I done?"', "What have I done", "Tom Berg"),
    ('Tom Berg pictured how his rival was feeling: "Alone, and very tired."', "very tired", "Tom Berg"),
])
def test_a_clause_inside_the_colon_clause_does_not_give_the_speaker(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker in speaker_words(q)


@pytest.mark.parametrize("text, words", [
    ('It gets worse: "The pumps failed twice."', "pumps"),
    ('Here is what happened next: "The pumps failed twice."', "pumps"),
])
def test_a_colon_clause_with_an_empty_subject_names_no_speaker(nlp, text, words):
    for q in run(nlp, text):
        if words in q.text:
            assert speaker_words(q).lower() not in ("it", "what", "here")


# -- a cue clause reported by someone else: the reporter is the source (PolNeAR's convention) --

@pytest.mark.parametrize("text, words, reporter", [
    ('"Delegates should vote the way they see fit," Tom Berg said, according to Radio Lyon.', "see fit", "Radio Lyon"),
    ('"We know how the vote will go," the mayor told reporters, according to the Courier, during a visit to the port.',
     "vote will go", "Courier"),
    ('"Nothing prepares you for the job," said Ana Ruiz, according to a transcript of the interview.',
     "prepares you", "transcript"),
    ('"The pumps failed twice," the engineer said, Radio Lyon reported.', "pumps failed", "Radio Lyon"),
    ('"The pumps failed twice," the engineer said, reports the Daily Courier.', "pumps failed", "Courier"),
    ('The campaign said the candidate will visit Lyon on Saturday, the Daily Courier reported.', "visit Lyon",
     "Courier"),
])
def test_a_reported_cue_clause_gives_the_reporter(nlp, text, words, reporter):
    # every quote of these words (the inner cue's, or one quote with the cue clause in it) is the reporter's
    found = [q for q in run(nlp, text) if words in q.text]
    assert found and all(reporter in speaker_words(q) for q in found)


@pytest.mark.parametrize("text, words, speaker", [
    # a verb between the cue and the reporter: the reporter reports something else
    ('"The pumps failed twice," the engineer said, after the Daily Courier reported a leak.', "pumps failed",
     "the engineer"),
    # 'according to' inside reported content (not on the cue clause) stays a quote of its own
    ('Ana Ruiz said the port lost money last year, according to the audit.', "port lost money", "Ana Ruiz"),
])
def test_a_reporter_not_on_the_cue_clause_leaves_the_speaker(nlp, text, words, speaker):
    found = [q for q in run(nlp, text) if words in q.text and speaker in speaker_words(q)]
    assert found


# -- 'according to' a document names its author when the phrase does --

@pytest.mark.parametrize("text, words, author", [
    ('Sales of electric lorries are growing fast, according to a recent report from Harbour Energy Finance.',
     "growing fast", "Harbour Energy Finance"),
    ('Berg is believed to have been on the ship, according to an interview his brother Tom Berg gave to Radio Lyon.',
     "on the ship", "Tom Berg"),
    ('The plan would curb short-term trading, according to a speech Ana Ruiz gave in Lyon.', "short-term trading",
     "Ana Ruiz"),
    ('"There was probable cause," according to a court document filed by state attorney Maria Okafor.',
     "probable cause", "Maria Okafor"),
])
def test_according_to_a_document_gives_its_author(nlp, text, words, author):
    q = quote_with(run(nlp, text), words)
    assert author in speaker_words(q)


@pytest.mark.parametrize("text, words, source", [
    ('The port lost money, according to a transcript of the interview.', "lost money", "transcript"),
    ('The port lost money, according to the audit.', "lost money", "audit"),
    ('The port lost money, according to the Daily Courier.', "lost money", "Daily Courier"),
])
def test_according_to_without_an_author_keeps_its_object(nlp, text, words, source):
    q = quote_with(run(nlp, text), words)
    assert source in speaker_words(q)
