"""Quote classes of the fifth quotes session: speakers after or around the cue that the parser loses, and a
programme's title in quotation marks after 'told', which is no quote. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run  # noqa: F401 (fixtures)


def by_text(quotes, fragment):
    found = [q for q in quotes if fragment in q.text]
    assert found, [q.text for q in quotes]
    return found[0]


@pytest.mark.parametrize("text, fragment, speaker", [
    # a possessive opening the speaker's noun phrase after an inverted cue
    ('Voters lined up early.\n\n"We are going to start chipping away at the lead," added his campaign manager '
     'Jeff Weaver, speaking to reporters after the rally.', "chipping away", "campaign manager"),
    ('Turnout was high.\n\n"The numbers look good for us tonight," said her press secretary Anna Berg, standing '
     'outside the hall.', "numbers look good", "press secretary"),
    ('The count went on.\n\n"We expect a result by midnight," says their election agent, Tom Price.',
     "result by midnight", "election agent"),
])
def test_inverted_cue_with_a_possessive_speaker(nlp, text, fragment, speaker):
    q = by_text(run(nlp, text), fragment)
    assert q.speaker is not None and speaker in q.speaker.text


@pytest.mark.parametrize("text, fragment, speaker", [
    # a conjoined cue after a verb the tagger read as a name
    ('Asked later whether the mayor would hold a new vote, Mrs. Clinton shook her head and said, "No."',
     "No", "Clinton"),
    ('Asked about the strike, Mr. Holm shrugged and said, "We will see what happens."', "We will see", "Holm"),
])
def test_conjoined_cue_shares_the_first_verbs_subject(nlp, text, fragment, speaker):
    q = by_text(run(nlp, text), fragment)
    assert q.speaker is not None and speaker in q.speaker.text


@pytest.mark.parametrize("text, fragment, speaker", [
    # a noun the tagger may read as an adjective before the cue after the quote
    ('Voters lined up early.\n\n"We have to really raise the stakes," the presumptive Green nominee told '
     '"Breakfast Hour" after he was asked about the strike.', "raise the stakes", "nominee"),
    ('The vote was close.\n\n"This result changes nothing for the party," the outgoing chairman told '
     '"Morning Report" on Sunday.', "changes nothing", "chairman"),
])
def test_speaker_before_a_cue_after_the_quote(nlp, text, fragment, speaker):
    q = by_text(run(nlp, text), fragment)
    assert q.speaker is not None and speaker in q.speaker.text


@pytest.mark.parametrize("text", [
    'The nominee told "Fox and Friends" on Sunday that the bill was dead.',
    'The mayor told "Meet the Press" that the city would not back down.',
])
def test_programme_told_is_no_direct_quote(nlp, text):
    quotes = run(nlp, text)
    assert not [q for q in quotes if q.kind == "direct"]


@pytest.mark.parametrize("text, fragment, speaker, cue", [
    # manner-of-speaking verbs frame a quote
    ('The hearing went on.\n\n"The plan is dead," the judge exclaimed, "and it will stay dead."', "plan is dead",
     "judge", "exclaimed"),
    ('The crowd waited.\n\n"Everyone out of the building now," the officer barked.', "Everyone out", "officer",
     "barked"),
    ('The count went on.\n\n"Our voters are not going anywhere," Anna Berg points out.', "not going anywhere",
     "Anna Berg", "points"),
    ('Mr. Holm confessed: "I never read the report before the vote."', "never read the report", "Holm", "confessed"),
    ('She lamented that the talks had failed again.', "talks had failed", "She", "lamented"),
])
def test_manner_of_speaking_cues(nlp, text, fragment, speaker, cue):
    q = by_text(run(nlp, text), fragment)
    assert q.cue == cue
    assert q.speaker is not None and speaker in q.speaker.text


@pytest.mark.parametrize("text", [
    "Shares of the company boomed on Monday, and prices snapped back after a week of losses.",
    "The dog barked all night and the neighbours wondered about the noise.",
    "The needle pointed north and the dog barked.",
])
def test_manner_verbs_without_a_quote_or_clause_report_nothing(nlp, text):
    assert not [q for q in run(nlp, text) if q.cue in ("boomed", "snapped", "barked", "wondered", "pointed")]


@pytest.mark.parametrize("text, content, speaker", [
    # a cue in the adverbial clause opening the sentence speaks for the main clause's subject; its content ends at
    # the comma before that subject
    ("After arguing that the results narrowed the race, his team is now suggesting a two-man contest.",
     "the results narrowed the race", "his team"),
    ("While insisting that the talks would go on, the minister left the capital on Friday.",
     "the talks would go on", "the minister"),
    ("Having announced that he would not send the man to prison, Judge Alan Berg proceeded to hand down his "
     "sentence.", "he would not send the man to prison", "Alan Berg"),
    ("In addition to stating that the plan had no legal basis, the governor has vowed to repeal the law.",
     "the plan had no legal basis", "the governor"),
])
def test_cue_in_an_opening_clause_speaks_for_the_main_subject(nlp, text, content, speaker):
    q = by_text(run(nlp, text), content)
    assert q.text == content
    assert q.speaker is not None and speaker in q.speaker.text


@pytest.mark.parametrize("text, fragment, speaker", [
    # a participle after a comma speaks for the sentence's subject, also where the parser made that subject the root
    ("The party's far-right leader, Anna Berg, voiced support for the candidate on Wednesday, saying his rival "
     "would bring war to the region.", "would bring war", "leader"),
    ("The union's chief negotiator, Tom Price, rejected the offer on Friday, saying the pay rise was far too small.",
     "pay rise was far too small", "Price"),
])
def test_participle_speaks_for_the_sentence_subject(nlp, text, fragment, speaker):
    q = by_text(run(nlp, text), fragment)
    assert q.speaker is not None and speaker in q.speaker.text


@pytest.mark.parametrize("text, content, speaker", [
    # a cue in an aside right after the subject speaks for that subject; the content ends at the aside's comma
    ("Mr. Holm, after first saying he would not campaign on radio in the county, has now bought slots "
     "on every station.", "he would not campaign on radio in the county", "Holm"),
    ("The governor, while insisting that the budget was balanced, asked for more money.",
     "the budget was balanced", "governor"),
])
def test_cue_in_an_aside_after_the_subject(nlp, text, content, speaker):
    q = by_text(run(nlp, text), content)
    assert q.text == content
    assert q.speaker is not None and speaker in q.speaker.text


@pytest.mark.parametrize("text, speaker", [
    # a name and its cue the tagger read as one compound noun
    ("To that, Holm joked that he appreciates a good protest every once in a while.", "Holm"),
    ("In reply, Berg quipped that the budget had more holes than a fishing net.", "Berg"),
])
def test_name_and_cue_read_as_a_compound(nlp, text, speaker):
    (q,) = [q for q in run(nlp, text) if q.kind == "indirect"]
    assert q.speaker is not None and speaker in q.speaker.text


@pytest.mark.parametrize("text, content, speaker, kind", [
    # 'as X put it' before or after the words, quoted or not
    ('The vote was close. As the senator put it, "This is a fight for the soul of the party."',
     "This is a fight for the soul of the party", "senator", "direct"),
    ('The vote was close. "This is a fight for the soul of the party," as the senator put it.',
     "This is a fight for the soul of the party", "senator", "direct"),
    ("As Holm puts it, the party has lost its way on trade.", "the party has lost its way on trade", "Holm",
     "indirect"),
    ("The party has lost its way on trade, as Holm put it in a speech on Monday.",
     "The party has lost its way on trade", "Holm", "indirect"),
    ("As one voter in Ohio put it, nobody here trusts the candidates anymore.",
     "nobody here trusts the candidates anymore", "voter", "indirect"),
])
def test_as_x_put_it(nlp, text, content, speaker, kind):
    q = by_text(run(nlp, text), content)
    assert q.kind == kind and q.cue in ("put", "puts")
    assert q.text.rstrip(".") == content
    assert q.speaker is not None and speaker in q.speaker.text


@pytest.mark.parametrize("text", [
    "She put it on the table as soon as the meeting began.",
    "As the storm grew worse, the crew put it off until Monday.",
    "Just as the crew put it back in the shed, the rain began.",
])
def test_put_it_without_as_clause_is_no_cue(nlp, text):
    assert not [q for q in run(nlp, text) if q.cue in ("put", "puts")]


@pytest.mark.parametrize("text, fragment, speaker, cue", [
    # a retort ('shot back', 'fired back', 'hit back') and a follow-up question ('pressed') frame a quote
    ('Voters lined up early.\n\n"They are all here for the free food," Bennett shot back with a laugh.',
     "free food", "Bennett", "shot"),
    ("The mayor fired back that the figures were wrong.", "figures were wrong", "mayor", "fired"),
    ('"Would the wall be negotiable?" the host pressed.', "wall be negotiable", "host", "pressed"),
])
def test_retorts_and_follow_up_questions(nlp, text, fragment, speaker, cue):
    q = by_text(run(nlp, text), fragment)
    assert q.cue == cue
    assert q.speaker is not None and speaker in q.speaker.text


def test_firing_back_without_words_is_no_quote(nlp):
    assert not run(nlp, "The police fired back at the gunmen and the crowd hit back with stones.")


@pytest.mark.parametrize("text, title", [
    # the title of a work in quotation marks right after the word for it is no quote
    ("His parents stayed, Mr. Holm wrote in his 2019 memoir, ''A Northern Boy.'' So they stayed.", "A Northern Boy"),
    ("In his memoir, ''A Season of Rain,'' published in 2018, Mr. Berg told how he changed his name.",
     "A Season of Rain"),
    ('The Ledger spoke with Okafor on the newest episode of its city podcast, "Well, Here We Are." Listen below.',
     "Well, Here We Are"),
    ('The comedian has written a children\'s book titled "A First Book of Politics for Small Voters."',
     "A First Book of Politics"),
])
def test_title_of_a_work_is_no_quote(nlp, text, title):
    assert not [q for q in run(nlp, text) if title in q.text]


def test_title_of_a_programme_between_two_parts_of_a_quote(nlp):
    text = ("Crowds filled the square on Sunday.\n\n''We are not leaving,'' the organiser, Ana Ruiz, told the radio "
            "program ''Morning Edition'' after the march. ''Next week, we will be back.''")
    quotes = run(nlp, text)
    (q,) = [q for q in quotes if q.kind == "direct"]  # one quote of one speaker, from the first part to the last
    assert q.text.startswith("We are not leaving") and q.text.endswith("we will be back.")
    assert q.speaker is not None and "Ruiz" in (q.speaker.name or "")


@pytest.mark.parametrize("text, fragment", [
    # a quote after such a word that is not title-cased stays a quote
    ('Asked about the film, the director said: "It was the hardest thing I have ever made."', "hardest thing"),
    ('In the book, she writes, "we were never told the truth about the war and we never asked."', "never told"),
])
def test_quote_after_a_work_noun_that_is_no_title(nlp, text, fragment):
    assert [q for q in run(nlp, text) if fragment in q.text]


@pytest.mark.parametrize("text, content, speaker", [
    # a cue after its content with a possessive speaker after it
    ("The talks will resume in May, said the union's lead negotiator.", "The talks will resume in May",
     "negotiator"),
    ("Prices will fall before the winter, said the ministry's chief economist.", "Prices will fall before the winter",
     "economist"),
])
def test_cue_after_content_with_a_possessive_speaker(nlp, text, content, speaker):
    q = by_text(run(nlp, text), content)
    assert q.text == content
    assert q.speaker is not None and speaker in q.speaker.text


@pytest.mark.parametrize("text, content, speaker", [
    # what a source reports as its object is its claim ('report' as an object cue)
    ("The bank reported its biggest annual loss in 12 years.", "its biggest annual loss in 12 years",
     "bank"),
    ("Police reported 906 attacks on shelters last year.", "906 attacks on shelters last year", "Police"),
])
def test_reported_object(nlp, text, content, speaker):
    q = by_text(run(nlp, text), content)
    assert q.text == content and q.rule == "indirect:object"
    assert q.speaker is not None and speaker in q.speaker.text


def test_passive_report_without_its_reporter_as_subject_is_no_object_quote(nlp):
    assert not [q for q in run(nlp, "The attack was reported by a local newspaper.") if q.rule == "indirect:object"]
