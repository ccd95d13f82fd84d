"""Quote classes of the sixth quotes session, read on a fresh sample of PolNeAR's train split: speakers the tagger or
the parser loses (a noun read as an adjective, a subject made the root, 'to' read as a preposition, a belief
participle, a cue after ', then'), split quotes whose cue clause says when they were spoken or goes on in lower
case, and 'fumed' as a cue. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run  # noqa: F401 (fixtures)


def by_text(quotes, fragment):
    found = [q for q in quotes if fragment in q.text]
    assert found, [q.text for q in quotes]
    return found[0]


@pytest.mark.parametrize("text, fragment, speaker", [
    # a noun the tagger read as an adjective on its cue, after a determiner opening the sentence
    ("The nominee explained that the senator was wrong about the budget.", "senator was wrong", "nominee"),
    ("The party's nominee explained that the senator was referring only to the interviews.", "referring only",
     "The party's nominee"),
    ("The Democratic presidential nominee explained that the senator was referring only to the interviews.",
     "referring only", "nominee"),
    # the subject and its cue read as a noun with a reduced relative clause
    ("The Labour leadership front-runner predicted in June that the mayor would lose her post.",
     "would lose her post", "front-runner"),
])
def test_a_noun_the_tagger_misread_before_its_cue_speaks(nlp, text, fragment, speaker):
    q = by_text(run(nlp, text), fragment)
    assert q.speaker is not None and speaker in q.speaker.text


@pytest.mark.parametrize("text, fragment, speaker", [
    # 'to' read as a preposition and the infinitive as its object
    ("She appeared to imply that the plan would lead to upheaval.", "lead to upheaval", "She"),
    ("He went on to endorse Moreno, calling her a true reformer.", "Moreno", "He"),
    # a belief participle: the subject holds the belief
    ("Her advisers are not convinced that the plan will work with voters.", "plan will work", "advisers"),
    ("But they are convinced that the governor could have acted much sooner.", "governor could have acted", "they"),
    # a cue after ', then' that the parser made a parataxis shares the first verb's subject
    ("Holm jokingly offered the man a job, then says he will welcome advice from anyone.", "welcome advice", "Holm"),
])
def test_a_cue_the_parser_hung_away_from_its_subject(nlp, text, fragment, speaker):
    q = by_text(run(nlp, text), fragment)
    assert q.speaker is not None and speaker in q.speaker.text


@pytest.mark.parametrize("text, first, second, speaker", [
    # the cue clause says when the words were spoken: a verb in it starts no attribution of its own
    ('"I am satisfied with the answer on crime," Holm said after the mayor spoke. "My biggest worry is the budget."',
     "satisfied with the answer", "biggest worry", "Holm"),
    ('"I would hope so," Okafor said after braving the rain to hear the mayor speak in a church hall. "I am not sure."',
     "hope so", "not sure", "Okafor"),
    # the next part opens in lower case after a comma: the first part's sentence goes on
    ('"These people know how to use words," said Berg, speaking of politicians, "and they leave themselves room."',
     "use words", "leave themselves room", "Berg"),
    # 'fumed' frames a quote
    ('"That would have been a sign of good faith," Berg fumed on Tuesday. "We will not forget it."',
     "good faith", "not forget it", "Berg"),
])
def test_a_split_quote_is_one_quote(nlp, text, first, second, speaker):
    quotes = run(nlp, text)
    q = by_text(quotes, first)
    assert second in q.text and q.kind == "direct"
    assert q.speaker is not None and speaker in q.speaker.text
    assert not [x for x in quotes if x is not q and x.kind == "direct"]


@pytest.mark.parametrize("text, first, other", [
    # a verb in the clause of time with a clause of its own reports it: the next quote may be the other speaker's
    ('"We will win," Holm said as the mayor warned that the count was slow. "The rest is noise."', "We will win",
     "rest is noise"),
    # a participle after a comma, when the next part opens a sentence of its own, is its own attribution
    ('"We will win," said Berg, adding that the count was slow, "The rest is noise."', "We will win", "rest is noise"),
])
def test_what_stays_apart(nlp, text, first, other):
    q = by_text(run(nlp, text), first)
    assert other not in q.text


@pytest.mark.parametrize("text, fragment, speaker, cue", [
    # quoted words the main verb acts on, with no cue: the words of that verb's subject
    ('In a May speech, Dalton attacked "the cruel logic of austerity and its contempt for the poor."',
     "cruel logic", "Dalton", "attacked"),
    ('In recent days, Varga has gone after Holm as a "greedy parasite who will drain the treasury."', "greedy parasite",
     "Varga", "gone"),
    ('The senator criticized people trying to draw attention to the epidemic, hitting "their misdirected compassion '
     'for the people who do this."', "misdirected compassion", "senator", "criticized"),
])
def test_quoted_words_the_main_verb_acts_on(nlp, text, fragment, speaker, cue):
    q = by_text(run(nlp, text), fragment)
    assert q.kind == "indirect" and q.rule == "partial:framing-verb" and q.cue == cue
    assert q.speaker is not None and speaker in q.speaker.text


@pytest.mark.parametrize("text, fragment", [
    # inside a clause on a noun, a relative clause or an apposition: the words are not the subject's
    ('His earlier letter was ridiculed for its prediction that Holm would be "the healthiest individual ever elected '
     'to office."', "healthiest individual"),
    ('The complaint is based on standards that prohibit lawyers from acting if they "participated personally and '
     'substantially as an officer."', "participated personally"),
    ("Mr. Holm has hired Anna Berg of Morning Ledger, a blog that has printed columns with titles such as ''Would you "
     "rather your town had taxes or floods?''", "Would you rather"),
])
def test_quoted_words_in_a_clause_of_their_own_name_nobody(nlp, text, fragment):
    found = [q for q in run(nlp, text) if fragment in q.text]
    assert all(q.speaker is None for q in found)


@pytest.mark.parametrize("text, fragment, speaker", [
    # a paragraph that only credits the quote before it, after a dash
    ('Voters were angry.\n\n"We were promised a bridge and we got nothing at all."\n\n- Anna Berg, a farmer.',
     "promised a bridge", "Berg"),
    ('The fact check follows.\n\n"The idea that I would cut health care is just not accurate."\n\n- Holm.\n\n'
     "Holm exaggerates when he says so.", "cut health care", "Holm"),
    ('Quotable.\n\n"The whole scheme is a thing we complain about every week, and it has to end."\n\n'
     "-Ruth Marks, Leeds.", "has to end", "Marks"),
    ('The night ended.\n\n"Tonight we made history and the country will remember it."\n\n'
     "\u2014 President Obama, tweeting after the speech.", "made history", "Obama"),
    # the sentence before names who issued the words, or says it with a participle on its main verb
    ("The ministry issued a statement on Monday apologising to the families.\n\n\"We regret the loss of life and we "
     'will investigate what went wrong at the camp."', "regret the loss", "ministry"),
    ("Holm distanced himself from the movement by saying he would help the government if asked.  \"I am going to "
     'support them, not because I agree with them on everything, but because they can do the job."',
     "going to support them", "Holm"),
])
def test_a_quote_standing_alone_credited_next_to_it(nlp, text, fragment, speaker):
    q = by_text(run(nlp, text), fragment)
    assert q.kind == "direct" and q.speaker is not None and speaker in q.speaker.text


@pytest.mark.parametrize("text, fragment", [
    # a dash paragraph that is no name, or a sentence with no speaker before the quote
    ('The list is below.\n\n"We will win this race and then we will win the next one too."\n\n'
     "- 2016 campaign slogan of the party.", "win this race"),
    ('The storm hit the coast on Monday.\n\n"We have never seen anything like this in forty years of living here by '
     'the sea."', "never seen anything"),
])
def test_a_quote_standing_alone_with_no_credit_keeps_no_speaker(nlp, text, fragment):
    q = by_text(run(nlp, text), fragment)
    assert q.speaker is None and q.cue is None


@pytest.mark.parametrize("text, opening, quoted", [
    # quoted words in lower case after a cue clause set off by commas go on the writer's words before that clause
    ('So when the company signaled last summer that it would make a deal with Mr. Holm, Mr. Berg said, "we were '
     'floored."', "So when the company", "we were floored"),
    ('It is time for the city to be run, she said, "not only by a tough manager, but by a kind and honest '
     'neighbour."', "It is time", "not only by a tough manager"),
    ('In cases of fraud, the report said, "the customer is a victim."', "In cases of fraud", "customer is a victim"),
])
def test_quoted_words_going_on_the_sentence_round_the_cue_clause(nlp, text, opening, quoted):
    q = by_text(run(nlp, text), quoted)
    assert q.kind == "indirect" and q.rule == "partial:around-cue" and q.text.startswith(opening)
    assert q.speaker is not None


@pytest.mark.parametrize("text, quoted", [
    # the cue clause opens the sentence, or the quote opens a sentence of its own: a direct quote
    ('Mr. Berg said, "we were floored by the deal and the way it was done."', "we were floored"),
    ('But, she added, "We are, in effect, at sea, and at sea, idle hands sink boats."', "We are, in effect"),
])
def test_a_quote_after_its_cue_clause_stays_direct(nlp, text, quoted):
    q = by_text(run(nlp, text), quoted)
    assert q.kind == "direct" and q.text.startswith(quoted)


@pytest.mark.parametrize("text, fragment, speaker, not_in", [
    # a participle opening the sentence that the parser made the subject is not who speaks
    ("Alarmed by the flooding in the north, Senator Peter Holm, the opposition whip, said that he had called the "
     "premier on Tuesday.", "called the premier", "Holm", "Alarmed"),
    ("Angered by the vote, Anna Berg, the party's whip, said that the count had been rigged.", "count had been rigged",
     "Berg", "Angered"),
    # a pronoun speaker's words are the pronoun, not a name standing before it
    ("On the show, Sen. Anna Berg told host Peter Holm she believed that the senator would release the transcript.",
     "release the transcript", "she", "Holm"),
])
def test_the_speakers_words(nlp, text, fragment, speaker, not_in):
    q = by_text(run(nlp, text), fragment)
    assert q.speaker is not None and speaker in q.speaker.text and not_in not in q.speaker.text


@pytest.mark.parametrize("text, first, second, joined", [
    # a clause with another subject named between two quotes: the second is not the first speaker's going on
    ('"Tell her I promised you a picture," Berg said, and her husband cut in. "Do not forget me, I have been her '
     'friend since high school."', "promised you a picture", "Do not forget me", False),
    # the same speaker's pronoun in that clause goes on with the speaker
    ('"We will rebuild the bridge," the mayor said, and she smiled. "It will take two years."', "rebuild the bridge",
     "two years", True),
])
def test_a_clause_between_two_quotes(nlp, text, first, second, joined):
    q = by_text(run(nlp, text), first)
    assert (second in q.text) == joined


@pytest.mark.parametrize("text, cue, speaker", [
    ('"Drivers should leave their cars at home this week," the editor opined.', "opined", "editor"),
    ('"Drivers should leave their cars at home this week," opined the city\'s newspaper.', "opined", "newspaper"),
    ('"That is why we need her back in the Senate," the governor riffed at the rally.', "riffed", "governor"),
    ('"This is a disgrace and everyone in this town knows it," Holm fumed.', "fumed", "Holm"),
])
def test_manner_of_speaking_cues(nlp, text, cue, speaker):
    q = run(nlp, text)[0]
    assert q.cue == cue and q.speaker is not None and speaker in q.speaker.text


@pytest.mark.parametrize("text, fragment, speaker", [
    # a share of those asked is who says it
    ("On moral questions, 29% say they are liberal and 47% say they are conservative.", "they are liberal", "29%"),
    ("On moral questions, 29% say they are liberal and 47% say they are conservative.", "they are conservative",
     "47%"),
    # a participle with its to-clause on the subject, which the parser made the root
    ("Liberals hoping to win back the council in May say they have a clever new strategy.", "new strategy",
     "Liberals"),
    # words modifying the subject that the parser made a verb, with the cue as its complement
    ("Other leaked emails combed through by reporters suggest that the mayor put business first.", "business first",
     "emails"),
])
def test_subjects_of_shares_and_modified_groups(nlp, text, fragment, speaker):
    q = by_text(run(nlp, text), fragment)
    assert q.speaker is not None and speaker in q.speaker.text
