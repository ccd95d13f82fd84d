"""Classes of the ninth quotes session, read on a new sample of PolNeAR's train split (seed 2718) and on part a.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, quote_with, run, speaker_words  # noqa: F401 (fixtures)


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
    ('"There was enough evidence," according to a court filing lodged by county attorney Maria Okafor.',
     "enough evidence", "Maria Okafor"),
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


# -- a cue whose subject the parse lost: the sentence's words give it where they leave no other candidate --

@pytest.mark.parametrize("text, words, speaker", [
    ('Beyond the harbour camera footage, the inspection report cited interviews with Berg and said that the pilot '
     'had ignored the signal.', "ignored the signal", "report"),
    ('Tom Berg, a spokesman for the port authority, called on the union to take back its words and said it had '
     'reached a new low.', "reached a new low", "Berg"),
    ('Ana Ruiz, whose village is expected to be largely under water within a decade as the glaciers melt and the '
     'river rises, argues that the dam will destroy the valley.', "destroy the valley", "Ana Ruiz"),
    ('Speaking to dockers in Lyon after the strike vote, Ruiz said that there is "only one way to win this," adding '
     'that the port "cannot wait for the ministry."', "cannot wait", "Ruiz"),
])
def test_a_lost_subject_is_read_on_the_sentence(nlp, text, words, speaker):
    q = quote_with([q for q in run(nlp, text) if q.cue in ("said", "argues", "adding")], words)
    assert speaker in speaker_words(q)


@pytest.mark.parametrize("text, words", [
    # a pronoun subject of another clause stands between: no reading on the words
    ('Ana Ruiz, who says she was never told of the leak, and the engineers at the plant, said that the pumps failed.',
     "pumps failed"),
])
def test_a_lost_subject_is_not_guessed_past_another_clause(nlp, text, words):
    for q in run(nlp, text):
        if words in q.text and q.speaker is not None:
            assert q.speaker.text.lower() not in ("she",)


def _cue_subject(nlp, text: str, cue: str, content_from: str):
    from lapwing.extract.quotes.linear_subject import linear_subject

    doc = nlp(text)
    verb = next(t for t in doc if t.text == cue)
    found = linear_subject(doc, verb, (text.index(content_from), len(text)))
    return None if found is None else found.text


@pytest.mark.parametrize("text, cue, content_from, head", [
    ('Lorries are waiting at the gate and drivers say they have not been paid.', "say", "they have", "drivers"),
    ('The inspection report cited interviews with Berg and said that the pilot had ignored the signal.', "said",
     "that the pilot", "report"),
    ('Ana Ruiz, whose village may be under water within a decade, argues that the dam will destroy it.', "argues",
     "that the dam", "Ruiz"),
    ('Tom Berg blasted the plan for its cost, telling reporters that it would never pass.', "telling", "that it",
     "Berg"),
    ('After the vote in Lyon, the union leader thanked the members and warned that the strike could last.', "warned",
     "that the strike", "leader"),
])
def test_the_sentence_words_give_a_cue_subject(nlp, text, cue, content_from, head):
    assert _cue_subject(nlp, text, cue, content_from) == head


@pytest.mark.parametrize("text, cue, content_from", [
    # the subject of 'said' is 'it', which names no one: no reading
    ('The company cut its forecast after it said that sales fell.', "said", "that sales"),
    # a pronoun subject of another clause stands between the sentence's opening noun and the cue
    ('The mayor left early because she was tired, and said that the vote could wait.', "said", "that the vote"),
    # an infinitive cue is no predicate of the opening noun phrase
    ('There is little in the record to suggest that he could win.', "suggest", "that he"),
])
def test_the_sentence_words_give_no_subject_where_unclear(nlp, text, cue, content_from):
    assert _cue_subject(nlp, text, cue, content_from) is None


# -- a round-up's 'summary - Name: "..."': the name between the dash and the colon speaks --

@pytest.mark.parametrize("text, words, speaker", [
    ('Analysts agree - Carl Moreau: "One of the clearest lessons was a plain one about money."', "clearest lessons",
     "Moreau"),
    ('Second round count ends - Harbour Weekly: "The count matched the last survey within a point."',
     "count matched", "Harbour Weekly"),
    ('Ferry fares rise again \u2013 Anna Lindqvist: "The third rise this year will empty the boats."', "third rise",
     "Lindqvist"),
])
def test_a_name_between_a_dash_and_a_colon_speaks(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker in speaker_words(q)


def test_a_clause_after_a_dash_is_no_name(nlp):
    q = quote_with(run(nlp, 'The ferry was late again - and the crowd grew: "We have waited since dawn for this '
                            'boat."'), "since dawn")
    assert speaker_words(q) == "the crowd"


# -- 'in X's view': what X thinks, as reported speech whose content is the sentence without the phrase --

@pytest.mark.parametrize("text, words, speaker", [
    ("The only other necessary step, in Professor Lindqvist's view, would be more support for research on new "
     "engines.", "more support", "Lindqvist"),
    ("In the view of the harbour master, the channel is too shallow for the new ships.", "too shallow",
     "harbour master"),
    ("In her opinion, the vote should wait until May.", "should wait", "her"),
    ("The ferry line will close within a year, in Tom Berg's estimation.", "will close", "Berg"),
])
def test_in_someones_view_is_their_reported_view(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert q.kind == "indirect" and speaker in speaker_words(q)
    assert "view" not in q.text.split()[:1]  # the content opens past an opening phrase


@pytest.mark.parametrize("text", [
    "The view from the hill is lovely in spring.",
    "In view of the storm, the ferry stayed in port.",
])
def test_a_view_that_is_no_ones_is_no_quote(nlp, text):
    assert not [q for q in run(nlp, text) if q.rule == "indirect:in-view"]


# -- a quote with no cue goes on the speaker of its paragraph's last attributed quote --

@pytest.mark.parametrize("text, words, speaker", [
    ('"You cannot blame the mayor for what her brother did," said Sara Walker, 44, a nurse from Lyon who came to the '
     'rally. Born in Uganda, she will vote for the first time in May. "All she went through, and they make her a '
     'villain -- it is not fair."', "not fair", "Sara Walker"),
    ('"Look at what happened in Lyon," Ruiz told supporters in Nantes, while 400 members were casting their '
     'ballots. "Look at what is happening in Brest, where people never got a vote."', "happening in Brest", "Ruiz"),
    ('"The pumps are old," said Tom Berg, 61, who has run the station since 1990. He took it over from his father '
     'after the flood. "We patch them every winter and hope for the best."', "patch them", "Tom Berg"),
    ('"The strike will hold," union leader Maria Okafor told the crowd outside the docks on Monday, as the first '
     'ferries left the harbour for the islands. "Nobody goes back until the pay is fixed."', "Nobody goes back",
     "Okafor"),
])
def test_a_quote_with_no_cue_goes_on_its_paragraphs_speaker(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert q.kind == "direct" and speaker in speaker_words(q)


def test_another_cue_between_stops_the_paragraphs_speaker(nlp):
    text = ('"The ferry is late again," said Tom Berg. The harbour master said the engines had failed. '
            '"We will need a week."')
    q = quote_with(run(nlp, text), "need a week")
    assert "Berg" not in speaker_words(q)


# -- 'another' / 'one' / 'others' as the subject of a cue the parser read as a determiner or an object --

@pytest.mark.parametrize("text, words, speaker", [
    ('Ana Ruiz, a nurse from Lyon, criticised the plan. "It will close the clinic," tweeted another.', "close the clinic",
     "another"),
    ('Some residents backed the mayor. Another wrote, "The bridge should have been fixed years ago."', "bridge should",
     "Another"),
    ('Two dockers spoke to the radio. "We will not go back," said one.', "not go back", "one"),
])
def test_another_person_is_the_speaker(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker
