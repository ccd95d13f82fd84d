"""Quote cues: the channel before the content, 'according to', transcripts, a second cue in the same clause."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run, no_actors  # noqa: F401 (fixtures)


@pytest.mark.parametrize("text, content, speaker, channel", [
    ("The ministry said in a statement that 12 soldiers were killed.", "12 soldiers were killed",
     "The ministry", "statement"),
    ("Angela Merkel said in an interview that the border would stay open.", "the border would stay open",
     "Angela Merkel", "interview"),
    ("The governor said at a press conference that the schools would reopen on Monday.",
     "the schools would reopen on Monday", "The governor", "press"),
    ("The army said on state television that the curfew had been lifted.", "the curfew had been lifted",
     "The army", "state tv"),
    ("Ana Ruiz said by phone that the talks had failed.", "the talks had failed", "Ana Ruiz", "phone"),
    ("Amnesty International said in a report that at least 40 protesters had been shot.",
     "at least 40 protesters had been shot", "Amnesty International", "report"),
    ("The ministry said in an emailed statement that the port would reopen.", "the port would reopen",
     "The ministry", "statement"),
])
def test_channel_before_the_content(nlp, no_actors, text, content, speaker, channel):
    (q,) = run(nlp, text)
    assert q.kind == "indirect" and q.text == content
    assert q.speaker is not None and q.speaker.text == speaker
    assert q.channel == channel


@pytest.mark.parametrize("text", [
    "The ministry said in a statement that was posted online on Monday.",
    "The coach said in training that morning.",
])
def test_a_relative_that_after_the_channel_is_not_content(nlp, no_actors, text):
    assert not [q for q in run(nlp, text) if q.rule == "indirect:linear"]


@pytest.mark.parametrize("text, content, speaker", [
    ("According to the United Nations, more than 700 families were uprooted.",
     "more than 700 families were uprooted", "United Nations"),
    ("More than 200 people were displaced, according to the Red Cross.",
     "More than 200 people were displaced", "Red Cross"),
])
def test_according_to_a_capitalised_name(nlp, no_actors, text, content, speaker):
    (q,) = run(nlp, text)
    assert q.text == content and q.cue == "according to"
    assert q.speaker is not None and speaker in q.speaker.text


@pytest.mark.parametrize("text, name", [
    ("MADDOW: Well, I think the vote will be close.", "MADDOW"),
    ("PELOSI: We believe the bill will pass this week.", "PELOSI"),
])
def test_transcript_lines_are_the_named_speaker(nlp, no_actors, text, name):
    quotes = run(nlp, text)
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and quotes[0].speaker.text == name
    assert quotes[0].rule == "colon:speaker"


def test_a_second_cue_of_the_same_subject_ends_the_first_content(nlp, no_actors):
    quotes = run(nlp, "Mayor Sadiq Khan argued that the tax was unfair, and warned that fares would rise.")
    first = next(q for q in quotes if q.cue == "argued")
    assert first.text == "the tax was unfair"


def test_a_verb_of_the_content_is_not_a_second_cue(nlp, no_actors):
    quotes = run(nlp, "The general said that the rebels attacked and claimed the town before dawn.")
    first = next(q for q in quotes if q.cue == "said")
    assert first.text == "the rebels attacked and claimed the town before dawn"


@pytest.mark.parametrize("text, content, speaker", [
    ("The senator's claim that the election was rigged has been rejected by the courts.",
     "the election was rigged", "senator"),
    ("Nobody took seriously his warning that the dam would break.", "the dam would break", "his"),
])
def test_a_speech_noun_with_its_speaker(nlp, no_actors, text, content, speaker):
    (q,) = [q for q in run(nlp, text) if q.rule == "indirect:noun"]
    assert q.text == content
    assert q.speaker is not None and speaker in q.speaker.text


@pytest.mark.parametrize("text", [
    "The claim that the earth is flat is false.",
    "The promise that spring brings is a short one.",
    "The museum will show the paintings until June.",
    "The show ended with a song about the sea.",
])
def test_speech_nouns_and_show_without_a_speaker_or_clause_are_not_quotes(nlp, no_actors, text):
    assert run(nlp, text) == []


def test_polls_show(nlp, no_actors):
    (q,) = run(nlp, "Polls show most voters oppose the new airport.")
    assert q.text == "most voters oppose the new airport"
    assert q.speaker is not None and q.speaker.text == "Polls"


def test_a_relative_clause_on_a_speech_noun_is_not_content(nlp, no_actors):
    assert not [q for q in run(nlp, "The governor's promise that he made in May was broken within a year.")
                if q.rule == "indirect:noun"]


def test_a_quoted_transcript_line_names_its_speaker(nlp, no_actors):
    text = "\u201cBARTLETT: Well, I think the bill will pass before the summer recess.\u201d"
    (q,) = run(nlp, text)
    assert q.text.startswith("Well, I think the bill will pass")
    assert q.speaker is not None and q.speaker.text == "BARTLETT" and q.rule == "transcript"
    assert q.kind == "indirect"  # the mark opens before the name: a transcript turn, not words within the marks


def test_a_quoted_label_is_no_transcript_speaker(nlp, no_actors):
    text = "\u201cUPDATE: the bridge over the river is closed until further notice.\u201d"
    assert all(q.speaker is None for q in run(nlp, text))


def test_the_main_cue_not_a_verb_of_a_relative_clause(nlp, no_actors):
    text = ("Senator Warren tweeted that the country, which has backed Ukraine since the war began, fully supports "
            "the new package.")
    (q,) = run(nlp, text)
    assert q.cue == "tweeted" and q.channel == "twitter"
    assert q.text.startswith("the country") and q.text.endswith("supports the new package")


@pytest.mark.parametrize("text, content, source", [
    ("In a national poll last month, the senator held a 24-point lead among young voters.",
     "the senator held a 24-point lead among young voters", "a national poll"),
    ("The governor has a comfortable lead in the polls ahead of the runoff.", "The governor has a comfortable lead",
     "the polls"),
])
def test_a_poll_or_survey_reports_the_clause_it_is_set_in(nlp, no_actors, text, content, source):
    (q,) = run(nlp, text)
    assert q.rule == "indirect:in-source" and q.text == content
    assert q.speaker is not None and q.speaker.text == source


def test_a_survey_named_as_the_channel_of_a_cue_is_no_source(nlp, no_actors):
    assert not [q for q in run(nlp, "The mayor said in a survey that rents were rising.") if q.rule == "indirect:in-source"]


@pytest.mark.parametrize("text, content", [
    ("The adviser said the fading attention on the race this time helped the governor.",
     "the fading attention on the race this time helped the governor"),
])
def test_the_content_starts_right_after_a_say_verb(nlp, no_actors, text, content):
    (q,) = run(nlp, text)
    assert q.text == content


def test_a_headline_opening_with_a_poll_and_a_colon_is_the_polls(nlp, no_actors):
    text = "Poll: Senator and governor in dead heat before the debate.\n\nThe two are virtually tied."
    (q,) = run(nlp, text)
    assert q.rule == "colon:speaker" and q.text.startswith("Senator and governor in dead heat")
    assert q.speaker is not None and q.speaker.text == "Poll"


@pytest.mark.parametrize("text, channel", [
    ("The general told state television that the troops had repelled the rebels.", "state tv"),
    ('"There is no crisis," the chairman told state radio on Monday.', "state radio"),
    ("The minister wrote via email that the border would stay shut.", "email"),
    ("The mayor wrote in a post on Facebook that the bridge would reopen.", "facebook"),
    ("The senator said during a news conference that she would vote against the bill.", "press"),
])
def test_channel_named_by_the_cue_clause(nlp, no_actors, text, channel):
    (q,) = run(nlp, text)
    assert q.channel == channel


def test_a_time_between_the_cue_and_that_is_not_content(nlp, no_actors):
    text = ("Interior Secretary Ana Ruiz said Friday that hackers have targeted the tax filing systems of more "
            "than 14 provinces in recent weeks.")
    (q,) = run(nlp, text)
    assert q.text.startswith("hackers have targeted")


@pytest.mark.parametrize("text, content, speaker", [
    ("Complaints about the state-run bus lines led to their withdrawal from all but two of the roughly 60 rural "
     "routes on which they were running as of 2012, said Anna Berg, a senior official with the board.",
     "Complaints about the state-run bus lines led to their withdrawal", "Anna Berg"),
    ("The bridge will reopen in May, said the minister.", "The bridge will reopen in May", "the minister"),
])
def test_a_cue_after_a_comma_with_its_speaker_after_it(nlp, no_actors, text, content, speaker):
    (q,) = run(nlp, text)
    assert q.rule == "indirect:cue-after" and q.text.startswith(content)
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize("text, content, channel", [
    ("The rebels, who control the north, said in a statement they would hold the ceasefire.",
     "they would hold the ceasefire", "statement"),
    ("The minister said on state television the curfew would be lifted.", "the curfew would be lifted", "state tv"),
])
def test_a_channel_before_a_clause_without_that(nlp, no_actors, text, content, channel):
    (q,) = run(nlp, text)
    assert q.text == content and q.channel == channel


@pytest.mark.parametrize("text, content, speaker", [
    ('The "reform" was, in Ruiz\'s words, "a giveaway to the banks."', "a giveaway to the banks.", "Ruiz"),
    ('In the words of Senator Ana Ruiz, "this bill is a giveaway to the banks."',
     "this bill is a giveaway to the banks.", "Senator Ana Ruiz"),
])
def test_in_the_words_of(nlp, no_actors, text, content, speaker):
    (q,) = run(nlp, text)
    assert q.kind == "direct" and q.text == content and q.rule == "direct:in-words"
    assert q.speaker is not None and q.speaker.text.startswith(speaker)


def test_a_show_title_in_marks_is_no_partial_quote(nlp, no_actors):
    (q,) = run(nlp, 'Ruiz told CNN\'s "State of the Union" that the deal was dead.')
    assert q.text == "the deal was dead"
