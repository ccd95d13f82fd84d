"""Quote segmentation: one quote per attribution (split quotes, quotes going on over sentences and paragraphs),
partial quotes, and quoted words that are not quotes (scare quotes, titles, nicknames, slogans)."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run, no_actors  # noqa: F401 (fixtures)


def directs(quotes):
    return [q for q in quotes if q.kind == "direct"]


@pytest.mark.parametrize("text, first, last, speaker", [
    ('"The harbour will reopen on Monday," the mayor said. "The fishermen have waited long enough."',
     "The harbour will reopen", "waited long enough.", "the mayor"),
    ('\u201cWe have no quarrel with our neighbours,\u201d Angela Merkel told reporters, \u201cbut we will defend '
     'our borders.\u201d', "We have no quarrel", "defend our borders.", "Angela Merkel"),
    ('"Nobody expected the vote to be this close," said the party chairman. "We will ask for a recount. '
     'Every ballot matters."', "Nobody expected", "Every ballot matters.", "the party chairman"),
    ("\u201cThe talks were frank,\u201d the envoy said on Tuesday.\n\n\u201cBoth sides know what is at stake.\u201d",
     "The talks were frank", "what is at stake.", "the envoy"),
])
def test_a_quote_split_by_its_cue_or_going_on_is_one_quote(nlp, no_actors, text, first, last, speaker):
    ds = directs(run(nlp, text))
    assert len(ds) == 1, [q.text for q in ds]
    q = ds[0]
    assert q.text.startswith(first) and q.text.endswith(last)
    assert q.speaker is not None and q.speaker.text == speaker


def test_two_speakers_stay_two_quotes(nlp, no_actors):
    text = ('"The strike will go on," the union leader said. "We cannot pay more," the factory owner replied.')
    ds = directs(run(nlp, text))
    assert len(ds) == 2
    assert {q.speaker.text for q in ds if q.speaker} == {"the union leader", "the factory owner"}


@pytest.mark.parametrize("text", [
    'The senator appeared on "Face the Nation" on Sunday morning.',
    'Critics of the plan call it the "Buffett rule" and say it raises little money.',
    'The army denied that the "coup" had been planned for months.',
    'Fans of the band still sing "Yellow Submarine" at every match.',
    'The protesters carried banners reading "No to war" through the old town.',
    'The company launched its "smart" kettle in March.',
    'He was known to his friends as "the professor" long before he entered politics.',
])
def test_titles_slogans_and_scare_quotes_are_not_quotes(nlp, no_actors, text):
    quoted = text.split('"')[1]
    assert not [q for q in run(nlp, text) if q.text.strip(".") == quoted]


@pytest.mark.parametrize("text, content, speaker", [
    ('The prime minister called the budget "a disaster for working families" in a speech on Monday.',
     'the budget "a disaster for working families"', "The prime minister"),
    ('Boris Johnson described the talks as "constructive" but gave no details.', 'the talks as "constructive"',
     "Boris Johnson"),
    ('Officials in the capital dismissed a report the government called "a crude lie".', "a crude lie",
     "the government"),
])
def test_partial_quote_is_what_its_cue_reports(nlp, no_actors, text, content, speaker):
    # a few quoted words inside the writer's sentence, part of what the cue reports: the cue's words after it
    # (the officials' dismissal of the report is an attribution of its own, of the report)
    (q,) = [q for q in run(nlp, text) if q.rule.startswith("partial:")]
    assert q.text == content
    assert q.kind == "indirect" and q.rule.startswith("partial:")
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize("text, content", [
    ('"Stay calm!" he posted.', "Stay calm!"),
    ('The minister said "we will win."', "we will win."),
])
def test_short_quotes_with_their_cue_stay_direct(nlp, no_actors, text, content):
    ds = directs(run(nlp, text))
    assert [q.text for q in ds] == [content]


@pytest.mark.parametrize("text, speaker", [
    ('The senator said losing the seat "would be a disaster for the party and for the whole state."', "The senator"),
    ('Critics of the mayor said the new tram line was "a waste of money that nobody in this city asked for."',
     "Critics"),
])
def test_a_long_quote_going_on_the_writers_sentence_is_partial(nlp, no_actors, text, speaker):
    quotes = run(nlp, text)
    assert not directs(quotes)
    q = next(q for q in quotes if q.speaker is not None and q.speaker.text.startswith(speaker))
    assert q.kind == "indirect"


def test_a_quote_in_its_own_sentence_stays_direct(nlp, no_actors):
    text = 'The senator spoke for an hour. "Losing the seat would be a disaster for the party," she said.'
    (q,) = directs(run(nlp, text))
    assert q.text == "Losing the seat would be a disaster for the party"


@pytest.mark.parametrize("text, quoted", [
    ('The senator has long called the treasurer a "man who would sell the country for a good lunch."',
     "man who would sell the country for a good lunch."),
    ('Since the vote, Reid has gone after the leader as a "tired old man who has run out of ideas."',
     "tired old man who has run out of ideas."),
])
def test_quoted_words_going_on_the_writers_sentence_without_a_cue_are_not_direct(nlp, no_actors, text, quoted):
    assert not [q for q in run(nlp, text) if q.kind == "direct"]


def test_a_quote_opening_its_own_sentence_without_a_cue_stays_direct(nlp, no_actors):
    text = 'The hall fell silent. "We will rebuild every house that was lost in the flood."'
    ds = [q for q in run(nlp, text) if q.kind == "direct"]
    assert [q.text for q in ds] == ["We will rebuild every house that was lost in the flood."]


def test_a_quote_opened_after_that_is_reported_speech_and_the_next_cue_is_not_its_cue(nlp, no_actors):
    text = ('The board says on its blog that "there were problems with the lighting in the stadium." '
            'The mayor tweeted that, "For those mocking me, at least you know I will show up!"')
    quotes = run(nlp, text)
    assert [q.kind for q in quotes] == ["indirect", "indirect"]
    assert [q.cue for q in quotes] == ["says", "tweeted"]
    assert quotes[0].text == "there were problems with the lighting in the stadium"
    assert quotes[1].speaker is not None and quotes[1].speaker.text == "The mayor"
