"""Classes of the twelfth session's quotes work (issue 16: speaker accuracy), read on two new samples of PolNeAR's
train split (seeds 1204 and 5151) and on part a. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, quote_with, run, speaker_words  # noqa: F401 (fixtures)


# -- a phrase between the subject (and a 'have' the parser read as the main verb) and the cue is not the speaker --

@pytest.mark.parametrize("text, words, speaker", [
    ("The harbour pilots have in the past said the channel was too shallow.", "too shallow", "The harbour pilots"),
    ("Local officials have in recent weeks argued that the road is unsafe.", "road is unsafe", "Local officials"),
    ("Members of the board have for years insisted that the budget is balanced.", "budget is balanced", "Members"),
    ("Her oldest colleagues and rivals have in the past claimed she would never stand for mayor.", "never stand",
     "Her oldest colleagues"),
    ("Ana Ruiz had at the summit claimed that the port would reopen.", "port would reopen", "Ana Ruiz"),
])
def test_a_phrase_before_the_cue_is_not_the_speaker(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q).startswith(speaker)


# -- 'As the Courier reported, A' / 'A, as Ruiz noted': the 'as' clause's subject reports the sentence around it --

@pytest.mark.parametrize("text, words, speaker", [
    ("As the Daily Courier reported on Monday, the mayor approved the new budget in secret.", "approved the new budget",
     "the Daily Courier"),
    ("The mayor approved the new budget in secret, as the Daily Courier reported on Monday.", "approved the new budget",
     "the Daily Courier"),
    ("As Ana Ruiz noted, the port has lost half its traffic since 2019.", "lost half its traffic", "Ana Ruiz"),
    ("The ferry company, as its chairman explained last week, plans to cut three routes.", "cut three routes",
     "its chairman"),
    ("As first reported by the Courier, the harbour board approved the dredging plan.", "dredging plan", "the Courier"),
    ("Fuel prices rose sharply in March, as analysts had predicted.", "Fuel prices rose", "analysts"),
    ("The fleet will sail on Monday, as the navy told reporters.", "fleet will sail", "the navy"),
    ("Ticket sales doubled, as Ana Ruiz wrote on Twitter.", "Ticket sales doubled", "Ana Ruiz"),
])
def test_an_as_clause_reports_the_sentence_around_it(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert q.rule == "indirect:as-reported" and speaker_words(q) == speaker
    assert not q.text.lower().startswith("as ") and not q.text.rstrip(".").endswith(q.cue)


@pytest.mark.parametrize("text", [
    "As expected, the mayor approved the new budget.",
    "As Ruiz spoke, the crowd in the square cheered loudly.",
    "As the day went on, the crowd in the square grew restless.",
    "Ports such as Rotterdam reported record traffic this year.",
    "As she announced the plan, the crowd in the square cheered.",
    "As the mayor warned about raising taxes, the crowd in the square grew quiet.",
])
def test_an_as_clause_that_reports_nothing_gives_no_as_reported_quote(nlp, text):
    assert not [q for q in run(nlp, text) if q.rule == "indirect:as-reported"]


# -- a name before its verb the parser read as a vocative is the verb's subject (for the participle cue after it) --

def test_a_vocative_name_before_the_verb_is_its_subject(nlp):
    from spacy.tokens import Doc

    from lapwing.extract.quotes.subjects import _subject_of

    # 'Holm, who ..., offered a welcome, stressing that ...' with the parse the shipped model gave a sentence like it
    words = ["Holm", ",", "who", "voted", ",", "offered", "a", "welcome", ",", "stressing", "that", "it", "works", "."]
    heads = [5, 3, 3, 0, 0, 5, 7, 5, 9, 5, 12, 12, 9, 5]
    deps = ["vocative", "punct", "nsubj", "acl:relcl", "punct", "ROOT", "det", "obj", "punct", "advcl", "mark",
            "nsubj", "ccomp", "punct"]
    pos = ["PROPN", "PUNCT", "PRON", "VERB", "PUNCT", "VERB", "DET", "NOUN", "PUNCT", "VERB", "SCONJ", "PRON", "VERB",
           "PUNCT"]
    tags = ["NNP", ",", "WP", "VBD", ",", "VBD", "DT", "NN", ",", "VBG", "IN", "PRP", "VBZ", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, sent_starts=[True] + [False] * 13)
    assert _subject_of(doc[5]).text == "Holm"
    assert _subject_of(doc[9]).text == "Holm"


# -- 'A, Ruiz said, adding, "B"': the cue clause reports A (its speaker outside it), the participle reports B --

@pytest.mark.parametrize("text, first, second, speaker", [
    ('The two ferry firms will merge by the spring, Okafor said, adding, "Neither can survive alone."',
     "will merge by the spring", "survive alone", "Okafor"),
    ('The ferry will run again in April, the harbour master said, adding, "We have fixed the ramp."',
     "ferry will run again", "fixed the ramp", "the harbour master"),
    ('The vote was postponed until June, Senator Holm said on Tuesday, adding, "Nobody wants this fight."',
     "vote was postponed", "Nobody wants", "Senator Holm"),
])
def test_a_cue_clause_before_a_participle_reports_the_clause_before_it(nlp, text, first, second, speaker):
    quotes = run(nlp, text)
    a, b = quote_with(quotes, first), quote_with(quotes, second)
    assert a is not b
    assert speaker_words(a) == speaker and speaker not in a.text and " said" not in a.text
    assert speaker_words(b) == speaker and b.kind == "direct"


# -- an opening adverb before an adverbial clause with a cue: the main clause's subject still speaks for it --

@pytest.mark.parametrize("text, words, speaker", [
    ("Now, after claiming that the count was flawed, her campaign is asking that the ballots be checked again.",
     "count was flawed", "her campaign"),
    ("Yet, after insisting that the budget was balanced, the council raised taxes.", "budget was balanced",
     "the council"),
    ("But, after claiming that the bridge was safe, the ministry has closed it.", "bridge was safe", "the ministry"),
])
def test_an_opening_adverb_does_not_hide_the_main_subject(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker and "," not in q.text


# -- a relative 'who' reached through an adjective, a passive or a participle keeps its own words (with the name) --

@pytest.mark.parametrize("text, words, name", [
    ("Deputy mayor Ana Ruiz, who was reluctant to praise the harbour plan, spoke on Monday.", "harbour plan",
     "Ana Ruiz"),
    ("The governor sat down with Senator Ana Ruiz, who days earlier had startled her allies by announcing she could "
     "not support the bill.", "could not support the bill", "Ana Ruiz"),
    ("The council met Tom Berg, who was asked about the harbour and said the dredging would stop.",
     "dredging would stop", "Tom Berg"),
])
def test_a_relative_who_speaker_keeps_its_words(nlp, text, words, name):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == "who" and q.speaker.name == name


# -- an inverted cue clause between commas inside the sentence it reports: the name after the cue speaks --

@pytest.mark.parametrize("text, before, after, speaker", [
    ("The real problem with the harbour, says Ana Ruiz, a historian at the maritime museum, is that nobody dredged it.",
     "The real problem", "nobody dredged it", "Ana Ruiz"),
    ("Every honest count of the harbour's losses, said Tom Berg, an economist at the state university, would show a "
     "decline.", "Every honest count", "show a decline", "Tom Berg"),
    ("The paradox of the port, said Ruiz, is that it grew while the town shrank.", "The paradox", "it grew", "Ruiz"),
    ("The trouble with the 'new' bridge, says the county engineer, is that it was never finished.", "The trouble",
     "never finished", "the county engineer"),
])
def test_an_inverted_cue_inside_its_sentence(nlp, text, before, after, speaker):
    q = quote_with(run(nlp, text), after)
    assert q.text.startswith(before) and speaker_words(q) == speaker and q.rule == "indirect:cue-inside"


@pytest.mark.parametrize("text", [
    "The new timetable, announced Monday, will cut two evening sailings.",
    "Her foundation, called the Quay Fund, will keep the warehouse until the mortgage ends.",
    "The port will reopen in May, said Ruiz, the harbour master.",
])
def test_no_inverted_cue_inside_a_sentence_without_one(nlp, text):
    assert not [q for q in run(nlp, text) if q.rule == "indirect:cue-inside"]


# -- a clause before a colon whose verb says what someone felt: who felt it speaks the quote after the colon --

@pytest.mark.parametrize("text, words, speaker", [
    ('The size of the turnout surprised Ana Ruiz, a statistician at the state university: "Nobody expected queues."',
     "Nobody expected", "Ana Ruiz"),
    ('The result worried the mayor: "We will need a second count."', "second count", "the mayor"),
    ('The figures troubled Senator Holm: "These are not the numbers we were promised."', "numbers we were promised",
     "Senator Holm"),
    ('The swing to the greens does not surprise the statistician Ana Ruiz: "Harbour towns always vote late."',
     "Harbour towns always", "the statistician Ana Ruiz"),
    ('The decision angered local fishermen: "They never asked us."', "never asked us", "local fishermen"),
])
def test_who_felt_it_speaks_after_the_colon(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert q.kind == "direct" and speaker_words(q) == speaker


def test_the_subject_of_a_feeling_verb_with_no_one_after_it_still_speaks(nlp):
    q = quote_with(run(nlp, 'The mayor surprised everyone: "I will not run again."'), "not run again")
    assert speaker_words(q) == "The mayor"


# -- '"...," an angry mayor retaliated.': a verb the lexicon does not list, after a quote closing with a comma --

@pytest.mark.parametrize("text, words, speaker, cue", [
    ('"The port will stay open," an angry mayor retaliated.', "stay open", "an angry mayor", "retaliated"),
    ('"Raise the harbour dues by a tenth next year," it recommended.', "Raise the harbour dues", "it", "recommended"),
    ('"The minutes show you voted twice on the quay," Berg started.', "voted twice on the quay", "Berg", "started"),
    ('"We are ready for the storm," the captain smiled on Monday.', "ready for the storm", "the captain", "smiled"),
])
def test_a_verb_after_a_comma_quote_is_its_cue(nlp, text, words, speaker, cue):
    q = quote_with(run(nlp, text), words)
    assert q.kind == "direct" and speaker_words(q) == speaker and q.cue == cue


@pytest.mark.parametrize("text, words", [
    ('"We are ready for the storm," the captain closed the gate.', "ready for the storm"),
    ('"We are ready for the storm," the captain was tired.', "ready for the storm"),
])
def test_a_verb_with_its_own_object_or_a_copula_is_no_cue(nlp, text, words):
    for q in run(nlp, text):
        if words in q.text:
            assert q.cue is None or q.cue not in ("closed", "was")


@pytest.mark.parametrize("text, words, speaker", [
    ('"The council should sell the quay before winter," the editorial read.', "sell the quay", "editorial"),
    ('"Neighbours, the ferry needs your help," the email read.', "ferry needs your help", "email"),
    ('"Which harbour does he mean?" reacted Ana Ruiz.', "Which harbour", "Ana Ruiz"),
])
def test_read_and_an_inverted_unlisted_verb_after_a_quote(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert q.kind == "direct" and speaker_words(q).endswith(speaker) and q.rule == "direct:cue-after"


# -- 'last year', 'this month' between the subject and its cue are times, never the speaker --

@pytest.mark.parametrize("text, words, speaker", [
    ("Ana Ruiz, whose party lost the harbour seat, last year proposed a tax on cruise ships.", "a tax on cruise ships",
     "Ana Ruiz"),
    ("The harbour board, which runs the port, this week rejected an offer from the ferry company.", "offer from",
     "The harbour board"),
])
def test_a_time_with_its_determiner_is_not_the_speaker(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker


# -- a participle after a comma hung on a noun of the clause, where the parser made the subject the root --

def test_a_participle_after_a_comma_speaks_for_the_subject_made_the_root(nlp):
    text = "The convenor called for a voice count, and then a show of cards, announcing after the second that the " \
        "proposal was lost."
    q = quote_with(run(nlp, text), "proposal was lost")
    assert speaker_words(q) == "The convenor"


# -- 'said the 46-year-old': an age standing for a person after an inverted cue --

@pytest.mark.parametrize("text, words, speaker", [
    ('"The ferry saved this island," said the 46-year-old.', "ferry saved this island", "the 46-year-old"),
    ('"It was a long day at the harbour," said the 81-year-old, who lives nearby.', "long day", "the 81-year-old"),
])
def test_an_age_after_an_inverted_cue_is_the_speaker(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ('"Why did the harbour board wait three years?" Berg questioned.', "harbour board wait", "Berg"),
    ('"The dredging contract was never put out to tender," the two write.', "never put out to tender", "two"),
])
def test_a_listed_verb_the_tagger_misread_after_a_quote(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert q.kind == "direct" and speaker_words(q).endswith(speaker)


# -- a participle after a comma: the cue clause right before it, not a subordinate clause's subject --

@pytest.mark.parametrize("text, words, speaker", [
    ("The council did not object when the dredging helped trade, a port official said, adding that the cost was hard "
     "to estimate.", "cost was hard to estimate", "a port official"),
    ("Ana Ruiz withdrew the posters after they were printed, saying they were out of date.", "out of date", "Ana Ruiz"),
    ("The admiral stayed silent about how the navy planned to fund the fleet, saying only that talks went on.",
     "talks went on", "The admiral"),
])
def test_a_participle_speaks_for_the_main_clause(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker


def test_a_participle_after_a_while_clause_can_speak_for_its_subject(nlp):
    text = "A few yards have built ships for a century, while others have only just opened, hoping to win navy orders."
    q = quote_with(run(nlp, text), "win navy orders")
    assert speaker_words(q) == "others"


# -- 'an opening for the mayor to highlight ...': the noun phrase between 'for' and an infinitive cue speaks --

@pytest.mark.parametrize("text, words, speaker", [
    ("The flood gave the council a chance for the mayor to praise her new sea wall in public.",
     "her new sea wall", "the mayor"),
    ("It is time for the council to admit that the port is failing.", "port is failing", "the council"),
])
def test_the_noun_phrase_after_for_speaks_for_the_infinitive(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("Ms. Ruiz reached for a parable to describe the fears of the fishermen.", "fears of the fishermen", "Ms. Ruiz"),
])
def test_a_for_phrase_on_a_verb_is_not_the_infinitive_speaker(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker


def test_a_capitalised_word_opening_a_name_is_no_cue(nlp):
    quotes = run(nlp, "Claims Court Judge Ana Ruiz sent a sharp letter, accusing the port of bad faith.")
    assert not [q for q in quotes if q.cue == "Claims"]
    assert quote_with(quotes, "bad faith").speaker is not None


# -- colon intros without a cue: a written thing's owner, 'Here is X in 1998:' --

@pytest.mark.parametrize("text, words, speaker", [
    ('From the harbour master\'s Facebook post: "The ferries will run on Sunday after all."', "ferries will run",
     "the harbour master"),
    ('From Ana Ruiz\'s letter to the board: "I cannot support the sale of the quay."', "support the sale", "Ana Ruiz"),
    ('Here is Tom Berg in 1998: "The port will outlive us all."', "outlive us all", "Tom Berg"),
    ("Here's Senator Ana Ruiz in March 2004: \"No town can live without its harbour.\"", "without its harbour",
     "Senator Ana Ruiz"),
])
def test_a_colon_intro_without_a_cue_names_its_speaker(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert q.kind == "direct" and speaker_words(q) in (speaker, speaker + "'s")


def test_here_is_without_a_name_gives_no_speaker(nlp):
    for q in run(nlp, 'Here is the problem: "Nobody reads the harbour reports."'):
        assert q.speaker is None or q.speaker.text.lower() not in ("here", "the problem")


def test_a_quantity_word_the_parser_made_a_determiner_is_the_subject(nlp):
    text = "Some hope to be left out of the census, citing privacy, and claim that their farms are tiny."
    q = quote_with(run(nlp, text), "farms are tiny")
    assert speaker_words(q) == "Some"
