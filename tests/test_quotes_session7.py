"""Speaker classes of the seventh quotes session, read on a new sample of PolNeAR's train split (seed 1709): a
participle cue in an absolute 'with' phrase speaks for the noun right before it, and the name after a dateline dash
is the one its words hang from, not a later word of its phrase. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run, speaker_words  # noqa: F401 (fixtures)


def by_text(quotes, fragment):
    found = [q for q in quotes if fragment in q.text]
    assert found, [q.text for q in quotes]
    return found[0]


@pytest.mark.parametrize("text, fragment, speaker", [
    ("The mayor has slightly improved her standing, with 41 percent of residents saying they trust her budget.",
     "trust her budget", "residents"),
    ("Many farmers shrugged off the new tariff, with three in 10 saying it would make no difference to them.",
     "no difference", "10"),
    ("The strike ended on Friday, with the union telling its members that the pay offer was the best they would get.",
     "pay offer was", "union"),
    ("The two ministers had worked together for years, with Mr. Holm repeatedly calling the treasurer a loyal friend.",
     "loyal friend", "Holm"),
    ("With most economists predicting a recession, the bank held its rates on Thursday.",
     "a recession", "economists"),
])
def test_a_participle_in_an_absolute_with_phrase_speaks_for_its_noun(nlp, text, fragment, speaker):
    q = by_text(run(nlp, text), fragment)
    assert speaker in speaker_words(q), speaker_words(q)


@pytest.mark.parametrize("text, fragment, wrong", [
    # 'with' that is not an absolute phrase: the participle does not speak for the noun after it
    ("The council replaced the old rule with softer language calling for an appropriate response.",
     "appropriate response", "language"),
    ("The advertisement ends with footage of the mayor saying that the budget is balanced.",
     "budget is balanced", "footage"),
])
def test_a_with_phrase_that_is_not_absolute_names_no_speaker_of_its_own(nlp, text, fragment, wrong):
    quotes = [q for q in run(nlp, text) if fragment in q.text]
    assert all(wrong not in speaker_words(q) for q in quotes), [speaker_words(q) for q in quotes]


@pytest.mark.parametrize("text, fragment, speaker", [
    ("OSLO \u2014 Sen. Anna Berg (D-Ore.) on Wednesday criticised the new fuel tax and said it would hurt farmers.",
     "hurt farmers", "Berg"),
    ("BERGEN \u2014 Mayor Lars Holm of Bergen on Monday rejected the proposal and said the port would stay open.",
     "port would stay open", "Holm"),
])
def test_the_name_after_a_dateline_dash_is_the_speaker_not_a_later_word(nlp, text, fragment, speaker):
    q = by_text(run(nlp, text), fragment)
    assert speaker in speaker_words(q), speaker_words(q)


@pytest.mark.parametrize("text, fragment, speaker", [
    ("Rep. Lars Holm (R-Tex.) on Tuesday said the new fuel tax would hurt farmers across the state.",
     "hurt farmers", "Holm"),
    ("Sen. Anna Berg (D-Ore.) told reporters that the committee would meet again in March.",
     "committee would meet", "Berg"),
])
def test_a_party_label_in_brackets_is_not_the_speaker(nlp, text, fragment, speaker):
    q = by_text(run(nlp, text), fragment)
    assert speaker in speaker_words(q), speaker_words(q)


@pytest.mark.parametrize("text, content, speaker, channel", [
    # the parser hangs the clause after 'that' on the channel noun: the content still starts after 'that'
    ("Opposition leader Anna Berg said in an interview that the army's statement showed the president had lost "
     "control.", "the army's statement showed the president had lost control", "Berg", "interview"),
    ("The union said in a statement that the latest offer proved the company had never meant to negotiate.",
     "the latest offer proved the company had never meant to negotiate", "union", "statement"),
])
def test_said_in_a_channel_that_reports_the_whole_clause(nlp, text, content, speaker, channel):
    q = by_text(run(nlp, text), content.split()[-1])
    assert q.text == content and speaker in speaker_words(q) and q.channel == channel, (q.text, q.speaker, q.channel)


@pytest.mark.parametrize("text, said, called", [
    ("A spokeswoman for the agency said the army was monitoring the frontier carefully and called on all parties "
     "to avoid violence.", "the army was monitoring the frontier carefully", "all parties to avoid violence"),
    ("The mayor said the city is ready for the storm and urged residents to stay indoors.",
     "the city is ready for the storm", "residents to stay indoors"),
])
def test_a_to_clause_cue_after_the_reported_clause_is_the_speakers_own(nlp, text, said, called):
    quotes = run(nlp, text)
    first, second = by_text(quotes, said.split()[-1]), by_text(quotes, called.split()[-1])
    assert first.text == said and second.text == called, [q.text for q in quotes]
    assert speaker_words(first) == speaker_words(second) != "", (first.speaker, second.speaker)


@pytest.mark.parametrize("text, fragment, speaker", [
    ("The crisis deepened on Monday as President Mateo Arrieta refused to concede the election.",
     "concede the election", "Arrieta"),
    ("Prices rose sharply last week while Finance Minister Anna Berg refused to comment on the figures.",
     "comment on the figures", "Berg"),
])
def test_a_cue_in_a_clause_of_its_own_is_not_the_main_subjects(nlp, text, fragment, speaker):
    q = by_text(run(nlp, text), fragment)
    assert speaker in speaker_words(q), speaker_words(q)


def test_a_quote_going_on_after_a_tweet_was_tweeted(nlp):
    text = ("Foreign Minister Anna Berg tweeted that the government would not bow to pressure. "
            '"Freedom will win," she added.')
    q = by_text(run(nlp, text), "Freedom will win")
    assert q.channel == "twitter", q.channel


def test_a_quote_going_on_after_another_speakers_tweet_keeps_no_channel(nlp):
    text = ("Foreign Minister Anna Berg tweeted that the government would not bow to pressure. "
            'Her rival Lars Holm spoke to a crowd in the square. "We will win," he added.')
    q = by_text(run(nlp, text), "We will win")
    assert q.channel is None, q.channel


@pytest.mark.parametrize("text, fragment, name", [
    # the company the pronoun's clause hangs from, named or not in the coder's dictionaries
    ("Shares of Ostberg Foods dropped 8 percent, their worst day since 2015, after it cut its outlook and said it "
     "would close a dairy.", "close a dairy", "Ostberg Foods"),
    ("Nordvik Shipping lost a third of its value on Monday after it warned that freight rates would keep falling.",
     "freight rates", "Nordvik Shipping"),
])
def test_a_companys_it_is_the_company_its_clause_hangs_from(nlp, text, fragment, name):
    q = by_text(run(nlp, text), fragment)
    assert q.speaker is not None and name in (q.speaker.name or "") + " " + q.speaker.text, q.speaker


def test_it_after_no_one_in_particular_stays_unnamed(nlp):
    text = "Not every company escaped the selling. It said the market would recover by the summer."
    q = by_text(run(nlp, text), "recover")
    assert q.speaker is not None and q.speaker.text == "It" and q.speaker.name is None, q.speaker


def test_he_in_a_clause_is_the_subject_of_the_clause_above_it(nlp):
    text = ('"I have nothing to add," Mr. Lars Holm said. On the topic of the budget, Mr. Peter Berg was pressed on '
            "why he had said the plan was sound.")
    q = by_text(run(nlp, text), "plan was sound")
    assert q.speaker is not None and q.speaker.text == "he" and "Berg" in (q.speaker.name or ""), q.speaker


@pytest.mark.parametrize("text, fragment, speaker", [
    # a noun after a preposition the parser made the participle's subject
    ("She declined to take sides, however, on the row over the new ring road, only saying that she hoped both "
     "camps would meet.", "she hoped both camps", "She"),
    ("He refused to comment on the report about the mine, only saying that the company would study it.",
     "company would study it", "He"),
])
def test_a_noun_after_a_preposition_is_not_the_speaker(nlp, text, fragment, speaker):
    q = by_text(run(nlp, text), fragment)
    assert speaker_words(q) == speaker, speaker_words(q)


@pytest.mark.parametrize("text, said, warned, speaker", [
    ("On Friday, the airline said it would not be able to publish its quarterly accounts on time, warning that it could "
     "miss payments on some of its loans.", "it would not be able to publish its quarterly accounts on time",
     "it could miss payments on some of its loans", "airline"),
    ("The mayor said the bridge would stay closed until March, adding that engineers had found new cracks.",
     "the bridge would stay closed until March", "engineers had found new cracks", "mayor"),
])
def test_a_participle_cue_after_a_comma_ends_the_reported_clause_and_speaks_for_the_subject(nlp, text, said, warned,
                                                                                          speaker):
    quotes = run(nlp, text)
    first, second = by_text(quotes, said), by_text(quotes, warned)
    assert first.text == said and second.text == warned, [q.text for q in quotes]
    assert speaker in speaker_words(first) and speaker in speaker_words(second), (first.speaker, second.speaker)


@pytest.mark.parametrize("text, fragment, source", [
    ("In a poll conducted by the Daily Courier last week, just 28 percent of voters said they trusted the council.",
     "trusted the council", "poll"),
    ("In a survey of 900 farmers released on Monday, a majority said the new subsidy had come too late.",
     "subsidy had come too late", "survey"),
])
def test_those_asked_in_a_poll_speak_through_the_poll(nlp, text, fragment, source):
    q = by_text(run(nlp, text), fragment)
    assert source in speaker_words(q), speaker_words(q)


def test_a_share_of_voters_with_no_poll_named_speaks_for_itself(nlp):
    q = by_text(run(nlp, "In the capital, 60 percent of voters said they trusted the council."), "trusted the council")
    assert "percent" in speaker_words(q), speaker_words(q)


@pytest.mark.parametrize("text, inner, inner_speaker, outer_speaker", [
    ("Opposition leader Anna Berg told investigators in July she was advised by a former minister to use a private "
     "phone, the Daily Courier reported late Thursday.", "she was advised", "Berg", "Courier"),
    ("The minister told lawmakers on Monday that the army had run out of fuel, the state news agency reported.",
     "the army had run out of fuel", "minister", "agency"),
])
def test_a_report_of_a_report_is_two_attributions(nlp, text, inner, inner_speaker, outer_speaker):
    quotes = run(nlp, text)
    first = next(q for q in quotes if q.text.startswith(inner))
    outer = [q for q in quotes if q.start < first.start and q.end >= first.end]
    assert inner_speaker in speaker_words(first), speaker_words(first)
    assert outer and outer_speaker in speaker_words(outer[0]), [(q.text, speaker_words(q)) for q in quotes]


@pytest.mark.parametrize("text, fragment, speaker", [
    ('"I will not call it an error, so drop the subject," said retired surgeon Anna Berg, asked about her '
     "claims that she had been offered a post.", "call it an error", "Berg"),
    ('"Having the files and two people who understand them is valuable," said Holm, explaining he worked more '
     "closely with Berg.", "Having the files", "Holm"),
    ("Mix a storm with a mayor who is a lightning rod and residents get nervous, said Christine Link, executive "
     "director of the civil liberties union in Ohio.", "residents get nervous", "Link"),
])
def test_the_name_after_an_inverted_cue_is_the_speaker(nlp, text, fragment, speaker):
    q = by_text(run(nlp, text), fragment)
    assert speaker in speaker_words(q), speaker_words(q)


def test_the_name_after_told_is_the_hearer_not_the_speaker(nlp):
    text = ('"The labels are pushed by the media," Anna Berg, the director of the centre, told The Daily Courier.')
    q = by_text(run(nlp, text), "labels are pushed")
    assert "Courier" not in speaker_words(q), speaker_words(q)


@pytest.mark.parametrize("text, fragment, speaker", [
    # a share of people the parser hung on the cue as a phrase of its own
    ("About three in 10 said they were unhappy with the way the harbour is managed.", "unhappy with the way", "three"),
    ("Almost half said they wanted a mayor from outside politics.", "mayor from outside", "half"),
    # a double space the parser made the subject, the words before it hung on it
    ("By 58%-33%, those surveyed  said the library's funding should not be cut.", "funding should not be cut",
     "those"),
])
def test_a_share_of_people_before_its_cue_is_the_speaker(nlp, text, fragment, speaker):
    q = by_text(run(nlp, text), fragment)
    assert speaker in speaker_words(q), speaker_words(q)


@pytest.mark.parametrize("text, fragment, speaker", [
    ('During the debate, Anna Berg cracked, "I am a reformer, but a reformer who gets things done."',
     "reformer who gets things done", "Berg"),
    ('"The market has not failed the farmers," he mocks. "The farmers have failed the market."',
     "market has not failed", "he"),
])
def test_manner_of_speaking_verbs_frame_quotes(nlp, text, fragment, speaker):
    q = by_text(run(nlp, text), fragment)
    assert speaker in speaker_words(q), speaker_words(q)


def test_a_manner_verb_with_no_quote_or_clause_is_no_cue(nlp):
    assert run(nlp, "The ice cracked under the weight of the trucks, and the old bridge cracked too.") == []


@pytest.mark.parametrize("text, fragment, speaker", [
    ("The delay in the count has caused many to wonder whether the result will stand.", "result will stand", "many"),
    ("The strike forced 300 to admit that the factory could not run without them.", "factory could not run", "300"),
])
def test_a_quantity_object_before_a_to_clause_cue_speaks(nlp, text, fragment, speaker):
    q = by_text(run(nlp, text), fragment)
    assert speaker in speaker_words(q), speaker_words(q)


@pytest.mark.parametrize("text, fragment, name", [
    ("In a talk with a podcast host, Lund went on to describe how he thinks cuts to the grants left the hospitals "
     "without staff.", "cuts to the grants", "Lund"),
    ("Looking ahead to the vote, Berg explained why she backs the new mayor over her rival.", "new mayor", "Berg"),
])
def test_a_pronoun_in_the_clause_of_a_cue_is_the_cues_speaker(nlp, text, fragment, name):
    q = by_text(run(nlp, text), fragment)
    assert q.speaker is not None and name in (q.speaker.name or ""), q.speaker


def test_a_pronoun_deep_in_an_organisations_report_is_not_the_organisation(nlp):
    text = ("Judicial Watch said the finding raised questions about the mayor's statement in an affidavit that "
            "she said her aides had returned all the files.")
    quotes = [q for q in run(nlp, text) if q.speaker is not None and q.speaker.text == "she"]
    assert all("Watch" not in (q.speaker.name or "") for q in quotes), [q.speaker for q in quotes]


@pytest.mark.parametrize("text, said, participle, speaker", [
    ('The senator from Ohio said the tax system was "rigged," noting that the richest paid the least.',
     'the tax system was "rigged,"', "the richest paid the least", "senator"),
    ('"It would make things worse," Berg said, while arguing the city should hire more teachers.',
     "It would make things worse", "the city should hire more teachers", "Berg"),
    ('"Watch the video and tell me the plan works," said former mayor Anna Berg during the second debate, suggesting '
     "that she had seen the footage.", "Watch the video and tell me the plan works", "she had seen the footage",
     "Berg"),
])
def test_a_participle_cue_after_a_comma_a_quote_or_a_subordinator_speaks_for_the_cue_before(nlp, text, said,
                                                                                           participle, speaker):
    quotes = run(nlp, text)
    first, second = by_text(quotes, said), by_text(quotes, participle)
    assert first.text == said and second.text == participle, [q.text for q in quotes]
    assert speaker in speaker_words(first) and speaker in speaker_words(second), (first.speaker, second.speaker)
