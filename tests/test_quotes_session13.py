"""Classes of the thirteenth session's quotes work (issue 16: speaker accuracy), read on part a and samples of
PolNeAR's train split (seeds 1204 and 5151, and from midway 777). Sentences written for these tests."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, quote_with, run, speaker_words  # noqa: F401 (fixtures)


# -- a finite cue conjoined to a noun the parser made the sentence's root: that noun phrase speaks --

@pytest.mark.parametrize("text, words, speaker", [
    ("Several former officers with no knowledge of the case chafed at the criticism and said sending more troops "
     "was the right course.", "right course", "Several former officers"),
    ("Two retired judges with long careers on the bench bristled at the attacks and said the ruling was sound.",
     "ruling was sound", "Two retired judges"),
    ("Many local farmers with land along the river balked at the plan and said the dam would flood their fields.",
     "flood their fields", "Many local farmers"),
])
def test_a_cue_conjoined_to_a_subject_read_as_the_root(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker


def test_a_conjoined_verb_that_is_no_cue_gives_the_root_nothing(nlp):
    # the second verb of a clause on the subject: 'embrace' reports nothing said by 'The running commentary'
    text = ("The running commentary from the adviser who helped defeat the mayor in 2008, but then went on to "
            "embrace her as part of the council, manages to annoy the campaign.")
    assert all(speaker_words(q) != "The running commentary" for q in run(nlp, text))


# -- an infinitive cue the parser hung on a time: it speaks for the verb above the time --

@pytest.mark.parametrize("text, words, speaker", [
    ("Karl Berg, the union lawyer, answered early Sunday to suggest the row is a plain mix-up.",
     "plain mix-up", "Karl Berg"),
    ("Ana Holm, the club's treasurer, wrote late Monday to argue the accounts had been audited twice.",
     "audited twice", "Ana Holm"),
])
def test_an_infinitive_cue_hung_on_a_time(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker


# -- a cue after a comma, hung on a participle of the subject's apposition the parser made the main verb --

@pytest.mark.parametrize("text, words, speaker", [
    ("Karl Lund, a columnist considered one of the sharpest in the region, recalled in 2011 that the governor "
     "was not treated seriously.", "not treated seriously", "Karl Lund"),
    ("Ana Berg, a lawyer known for her work on housing cases, said the ruling was wrong.", "ruling was wrong",
     "Ana Berg"),
])
def test_a_cue_after_a_participle_of_the_apposition(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker


# -- 'Yet another said', 'About one in five say': the quantity the parser did not make the subject --

@pytest.mark.parametrize("text, words, speaker", [
    ("Yet another said, \u201cThe mayor is in a five-way race for second place.\u201d", "five-way race", "another"),
    ("About one in six say they would either stay home or are unsure which party they would back.", "stay home", "one"),
])
def test_a_quantity_the_parser_hung_elsewhere(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker


# -- a stand-alone quote after a sentence that says its subject spoke --

@pytest.mark.parametrize("text, words, speaker, cue", [
    # an object cue with a person as its subject
    ('Lund touted her record as an author of the law. "We need to find ways to help tenants who want a repair in '
     'their building."', "find ways", "Lund", "touted"),
    ('Mayor Ana Ruiz praised the firefighters for their work through the night. "They saved the old town, every '
     'single house of it."', "saved the old town", "Mayor Ana Ruiz", "praised"),
    # a question, a warning or a plea as the main verb's object
    ('"We are going to build a bridge," Ek added. He then had a plea for the audience.\n\n"Who is going to pay '
     'for it?"', "Who is going to pay", "He", "had"),
    ('The governor issued a stark warning to the towns on the coast. "Leave now, while the roads are still open."',
     "Leave now", "The governor", "issued"),
    # a weak speech cue with its clause
    ('The ferry company reported on Monday that two boats had been damaged.\n\n"Both boats will be back in service '
     'before the summer season starts."', "back in service", "The ferry company", "reported"),
])
def test_the_sentence_before_says_who_speaks(nlp, text, words, speaker, cue):
    q = quote_with(run(nlp, text), words)
    assert q.kind == "direct" and q.rule == "direct:after-cue-sentence"
    assert speaker_words(q) == speaker and q.cue == cue


def test_the_object_cue_keeps_its_own_quote(nlp):
    quotes = run(nlp, 'Lund touted her record as an author of the law. "We need to find ways to help tenants who '
                      'want a repair in their building."')
    assert quote_with(quotes, "her record").rule == "indirect:object"


@pytest.mark.parametrize("text, words", [
    # a verb of thinking is no sign that its subject spoke the pull quote after it
    ('They think the progress on the climate is real and likely to bring more.\n\n"Behind this quarrel about the '
     'future lies a dispute that is really about the past."', "Behind this quarrel"),
    ('Many residents hope that the bridge will be rebuilt soon.\n\n"Behind this quarrel about the future lies a '
     'dispute that is really about the past."', "Behind this quarrel"),
    # an object cue whose subject is not a person
    ('The report praised the council for its openness. "Behind this quarrel about the future lies a dispute that is '
     'really about the past."', "Behind this quarrel"),
])
def test_no_speaker_from_a_sentence_that_says_nobody_spoke(nlp, text, words):
    q = quote_with(run(nlp, text), words)
    assert q.speaker is None


# -- the lexicon: 'affirm' and 'elaborate' --

@pytest.mark.parametrize("text, words, speaker", [
    ("While the mayor wrongly claimed that the tapes exist, outside experts affirm that the tapes were never made.",
     "never made", "outside experts"),
    ("The minister reaffirmed that the border would stay open through the winter.", "stay open", "The minister"),
])
def test_affirm_is_a_cue(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker


def test_elaborate_alone_reports_nothing(nlp):
    assert run(nlp, "The mayor elaborated on the plan over a long lunch with the council.") == []


# -- 'in X's view' closing the quote's sentence past a few words of the writer's with no verb --

@pytest.mark.parametrize("text, words, speaker", [
    ("\u201cThis is not a problem you can fix with one or two laws; it is a failure across the board\u201d from the "
     "schools to the police, in Berg's view.", "failure across the board", "Berg"),
    ('"The old harbour is finished as a place of work and it will never come back" - not in this decade, in the '
     'view of the harbour master.', "never come back", "the harbour master"),
])
def test_in_view_closing_the_sentence(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert q.speaker is not None and speaker in (q.speaker.name or q.speaker.text)


def test_in_view_after_another_clause_is_not_the_quote_speaker(nlp):
    # a clause with a verb of its own stands between: the view is about that clause, the quote keeps its cue
    quotes = run(nlp, '"The budget will not balance on its own," the mayor told us, and the deficit is growing, in '
                      "Berg's view.")
    assert speaker_words(quote_with(quotes, "balance on its own")) == "the mayor"


# -- a name between commas after an opening phrase: the parser hung it on the phrase's noun, and the cue lost it --

@pytest.mark.parametrize("text, words, speaker", [
    ("After the vote, Gov. Jan Ek (R-Ohio), said the result was fair.", "result was fair", "Gov. Jan Ek"),
    ("Tuesday at the college in Berea, after winning the state in the primary, Gov. Jan Ek (R-Ohio), said, \u201cI am "
     "getting ready to rent a covered wagon and ride west.\u201d", "covered wagon", "Gov. Jan Ek"),
])
def test_a_name_after_an_opening_phrase(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    # the noun before the commas is the subject itself: the words between them describe it
    ("Jeff Lund, a supporter of the mayor, said the result was fair.", "result was fair", "Jeff Lund"),
    ("Mr. Lund, now 81 and retired in Lyon, France, said by telephone that he was tired.", "he was tired", "Mr. Lund"),
])
def test_the_subject_before_an_apposition_stays(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker


# -- quoted words in the that-clause of a speech noun with an owner: the owner's words --

@pytest.mark.parametrize("text, words, speaker", [
    ('The union is unlikely to back Ruiz after her March comment that, "We are going to put a lot of mills and mill '
     'workers out of business."', "mill workers", "her"),
    ("Ana Lund, a Ruiz supporter, caused a stir this year with her remark that \u201cthere is a special place in hell "
     "for voters who stay at home.\u201d", "special place in hell", "her"),
])
def test_quoted_words_in_a_speech_nouns_clause(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert q.rule == "partial:noun" and speaker_words(q) == speaker


@pytest.mark.parametrize("text, words", [
    # a speech noun with no owner names nobody; a relative clause on the noun is no content of it
    ('The claim that the port "will be open again by the end of the summer, whatever the cost" was false.',
     "whatever the cost"),
    ('The remark that she made about the "special place in hell for voters who stay at home" drew boos.',
     "special place in hell"),
])
def test_no_owner_no_speaker(nlp, text, words):
    q = quote_with(run(nlp, text), words)
    assert q.speaker is None


# -- 'Asked about X, Y shrugged: "..."': the one asked answers; the participle names no speaker --

@pytest.mark.parametrize("text, words, speaker", [
    ('Asked about the vote, Berg shrugged: "It is up to the voters now, not to me."', "up to the voters", "Berg"),
    ('Asked about the vote, Berg said: "It is up to the voters now, not to me."', "up to the voters", "Berg"),
    ('Pressed on the cuts, the mayor sighed: "We will find the money somewhere, I promise you that."',
     "find the money", "the mayor"),
])
def test_an_opening_passive_participle_is_not_the_cue(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker


# -- reported speech stops before a clause of its own with a subject and a cue after ', but' / ', although' ... --

@pytest.mark.parametrize("text, first, second, speaker", [
    ('Berg said late Wednesday that she would go ahead with the meeting, although she tweeted that she "rejects the '
     "mayor's latest comments about the port.\"", "go ahead with the meeting", "latest comments", "she"),
    ("Berg said that she considers the matter closed, but she urged the board to review all its files.",
     "matter closed", "review all its files", "she"),
    ("Ek said the plan would cut costs, while his deputy insisted that it would cost jobs.",
     "cut costs", "cost jobs", "his deputy"),
    ("Berg said the port would reopen in May, though union leaders have said a strike is likely.",
     "reopen in May", "strike is likely", "union leaders"),
    ("Most said they would vote for the mayor, while 17 percent said they could still switch sides.",
     "vote for the mayor", "switch sides", "17 percent"),
])
def test_reported_speech_stops_before_another_cue_clause(nlp, text, first, second, speaker):
    quotes = run(nlp, text)
    a, b = quote_with(quotes, first), quote_with(quotes, second)
    assert a is not b and second not in a.text
    assert speaker_words(b) == speaker


def test_a_clause_without_a_cue_stays_in_the_reported_speech(nlp):
    q = quote_with(run(nlp, "Berg said the port would reopen, but the ferries would not run until May."), "reopen")
    assert "ferries would not run" in q.text


@pytest.mark.parametrize("text, first, second, speaker", [
    ("Berg said the port would reopen in May, after Ek claimed that it would stay shut.", "reopen in May",
     "stay shut", "Ek"),
])
def test_reported_speech_stops_before_an_after_clause_with_a_cue(nlp, text, first, second, speaker):
    quotes = run(nlp, text)
    assert second not in quote_with(quotes, first).text and speaker_words(quote_with(quotes, second)) == speaker


def test_a_cue_in_a_subordinate_clause_reports_nothing_before_it(nlp):
    # 'even as the union warned': the writer's clause, not a cue clause after its content
    quotes = run(nlp, "The port will reopen in May, Berg said, even as the union warned of a strike.")
    assert [speaker_words(q) for q in quotes] == ["Berg"]


# -- a written thing that someone put out, with a relative 'that' / 'which' as its cue's subject: the releaser's --

@pytest.mark.parametrize("text, words, speaker", [
    ('Ruiz released a campaign video that said, "We are going to build the best port this coast has ever seen."',
     "best port", "Ruiz"),
    ("The Courier recently ran a piece that noted her plan would help rich households more than poor ones.",
     "rich households", "The Courier"),
    ("The mayor issued a statement that said the port would reopen in May.", "reopen in May", "The mayor"),
    ("The council published a report which found that the bridge was unsafe.", "bridge was unsafe", "The council"),
])
def test_a_released_thing_speaks_for_its_releaser(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker


def test_a_thing_nobody_put_out_keeps_its_relative(nlp):
    # the headline is where the message was posted, not what someone released
    quotes = run(nlp, 'Holm posted his note under a banner that said, "The city declares war on the old '
                      'harbour and its people."')
    assert speaker_words(quote_with(quotes, "declares war")) == "that"


@pytest.mark.parametrize("text, speaker", [
    ("A living wage in the county is about $15 an hour, according to calculations by Ana Berg of the city university.",
     "Ana Berg"),
    ("The river will rise by a metre this century, according to projections by the harbour board.", "the harbour board"),
])
def test_according_to_figures_by_their_author(nlp, text, speaker):
    q = run(nlp, text)[0]
    assert q.rule == "indirect:according-to" and speaker_words(q).startswith(speaker)
