"""A direct quote standing alone after another quote or after an attribution names the same speaker: a quote going
on after its cue clause past a clause about the speaker, past a title in marks, or after a sentence that is the
speaker's own attribution (sentences written for this test, several phrasings per class)."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run  # noqa: F401 (fixtures)


def quote_with(quotes, fragment):
    found = [q for q in quotes if fragment in q.text]
    assert found, [q.text for q in quotes]
    return found[0]


@pytest.mark.parametrize("text, fragment, words", [
    # the cue clause between the two quotes holds a clause about the speaker with a speech verb of its own
    ('"We will not give up on the valley," said a farmer from the north, who, like the others, spoke on condition '
     'of anonymity. "The water belongs to everyone here and they know it."', "The water belongs", "farmer"),
    ('"Everything is on the table," Mayor Holm told the radio on Monday after hinting that "changes" could come. '
     '"Every single office will be looked at carefully this year."', "Every single office", "Holm"),
    ('"This is a long fight," said Ana Ruiz, a union organiser who argued for the strike last spring. "It will '
     'take months before anyone sits down with us."', "It will take months", "Ruiz"),
])
def test_a_quote_goes_on_past_a_clause_about_the_speaker(nlp, text, fragment, words):
    q = quote_with(run(nlp, text), fragment)
    assert q.speaker is not None and words in q.speaker.text, (q.speaker, q.rule)


@pytest.mark.parametrize("text, fragment, words", [
    # a sentence that is the speaker's own attribution, then a quote standing alone in the same paragraph
    ('Greene added that the bank wants to finish before the election. "They do not like to talk about it, but I '
     'think they will move for political reasons."', "They do not like to talk", "Greene"),
    ('Senator Okafor tweeted a warning to the governor. "Remember in November who voted against the schools in '
     'this state."', "Remember in November", "Okafor"),
])
def test_a_quote_after_the_speakers_attribution(nlp, text, fragment, words):
    q = quote_with(run(nlp, text), fragment)
    assert q.speaker is not None and words in q.speaker.text, (q.speaker, q.rule)


@pytest.mark.parametrize("text, fragment", [
    # the sentence before reports no speech, or reports another quote of its own: no speaker is made up
    ('Greene quit the firm in June after eight years. "They do not like to talk about it, but I expect they will '
     'act for tactical reasons."', "They do not like to talk"),
    ('The storm hit the coast on Monday and the mayor ordered schools closed. "Nobody should be on the roads '
     'tonight unless they really must be."', "Nobody should be on the roads"),
])
def test_no_speaker_after_a_sentence_that_reports_no_speech(nlp, text, fragment):
    quotes = [q for q in run(nlp, text) if fragment in q.text]
    assert all(q.speaker is None for q in quotes), [(q.speaker, q.rule) for q in quotes]


@pytest.mark.parametrize("text, fragment, words", [
    # the words between a quote and its cue after it are the speaker, whatever the tagger made of them
    ("\u201cThe committee did not and does not exclude or punish anyone based on union membership or any other "
     "improper ground,\u201d Ware added.", "The committee did not", "Ware"),
    ("\u201cWhat if the mayor had taken singing lessons?\u201d the 51-year-old asked in the clip\u2019s "
     "caption.", "What if the mayor", "51"),
])
def test_the_speaker_between_a_quote_and_its_cue(nlp, text, fragment, words):
    q = quote_with(run(nlp, text), fragment)
    assert q.speaker is not None and words in q.speaker.text, (q.speaker, q.rule)
