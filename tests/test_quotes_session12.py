"""Classes of the twelfth session's quotes work (issue 16: speaker accuracy), read on two new samples of PolNeAR's
train split (seeds 1204 and 5151) and on part a. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run  # noqa: F401 (fixtures)


def speaker_words(q) -> str:
    return "" if q.speaker is None else q.speaker.text


def quote_with(quotes, words: str):
    found = [q for q in quotes if words in q.text]
    assert found, f"no quote holds {words!r}: {[q.text for q in quotes]}"
    return found[0]


# -- a phrase between the subject (and a 'have' the parser read as the main verb) and the cue is not the speaker --

@pytest.mark.parametrize("text, words, speaker", [
    ("The harbour pilots have in the past said the channel was too shallow.", "too shallow", "The harbour pilots"),
    ("Local officials have in recent weeks argued that the road is unsafe.", "road is unsafe", "Local officials"),
    ("Members of the board have for years insisted that the budget is balanced.", "budget is balanced", "Members"),
    ("Her closest friends and allies have in the past said she would never run.", "never run", "Her closest friends"),
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
    ('Berg and Ruiz will meet sometime next week, Okafor said, adding, "They need to sit down and talk."',
     "will meet sometime next week", "sit down and talk", "Okafor"),
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
    ("Now, after arguing that the vote was rigged, his team is suggesting that the count be repeated.",
     "vote was rigged", "his team"),
    ("Yet, after insisting that the budget was balanced, the council raised taxes.", "budget was balanced",
     "the council"),
    ("But, after claiming that the bridge was safe, the ministry has closed it.", "bridge was safe", "the ministry"),
])
def test_an_opening_adverb_does_not_hide_the_main_subject(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker and "," not in q.text


# -- a relative 'who' reached through an adjective, a passive or a participle keeps its own words (with the name) --

@pytest.mark.parametrize("text, words, name", [
    ("Speaker Ana Ruiz, who was reluctant to endorse Mr. Berg, spoke on Monday.", "Mr. Berg", "Ana Ruiz"),
    ("The governor sat down with Senator Ana Ruiz, who just a week ago surprised her party by declaring she could "
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
    ("Any fair reading of the minister's plan, said Tom Berg, an economist at the state university, would see it as a "
     "retreat.", "Any fair reading", "see it as a retreat", "Tom Berg"),
    ("The paradox of the port, said Ruiz, is that it grew while the town shrank.", "The paradox", "it grew", "Ruiz"),
    ("The trouble with the 'new' bridge, says the county engineer, is that it was never finished.", "The trouble",
     "never finished", "the county engineer"),
])
def test_an_inverted_cue_inside_its_sentence(nlp, text, before, after, speaker):
    q = quote_with(run(nlp, text), after)
    assert q.text.startswith(before) and speaker_words(q) == speaker and q.rule == "indirect:cue-inside"


@pytest.mark.parametrize("text", [
    "The tentative deal, announced Friday, would last four years.",
    "His charity, called the Harbour Trust, will still own the land until the loan is repaid.",
    "The port will reopen in May, said Ruiz, the harbour master.",
])
def test_no_inverted_cue_inside_a_sentence_without_one(nlp, text):
    assert not [q for q in run(nlp, text) if q.rule == "indirect:cue-inside"]


# -- a clause before a colon whose verb says what someone felt: who felt it speaks the quote after the colon --

@pytest.mark.parametrize("text, words, speaker", [
    ('The timing of the vote surprised Ana Ruiz, a pollster at the state university: "Nobody expected it this early."',
     "Nobody expected", "Ana Ruiz"),
    ('The result worried the mayor: "We will need a second count."', "second count", "the mayor"),
    ('The figures troubled Senator Holm: "These are not the numbers we were promised."', "numbers we were promised",
     "Senator Holm"),
    ('The timing of the surge does not surprise the pollster Ana Ruiz: "Outsiders often gain after early wins."',
     "Outsiders often gain", "the pollster Ana Ruiz"),
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
    ('"Keep the tax at the current level," it recommended.', "Keep the tax", "it", "recommended"),
    ('"The paper says you met them in January," Berg started.', "met them in January", "Berg", "started"),
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
    ('"If she wants to win, she should come to Ohio," the editorial read.', "come to Ohio", "editorial"),
    ('"Friend, let me be blunt," the email read.', "let me be blunt", "email"),
    ('"Who is he talking about?" reacted Ana Ruiz.', "talking about", "Ana Ruiz"),
])
def test_read_and_an_inverted_unlisted_verb_after_a_quote(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert q.kind == "direct" and speaker_words(q).endswith(speaker) and q.rule == "direct:cue-after"


# -- 'last year', 'this month' between the subject and its cue are times, never the speaker --

@pytest.mark.parametrize("text, words, speaker", [
    ("Ruiz, whose views have upset many in her party, last year proposed a ban on trawlers.", "ban on trawlers", "Ruiz"),
    ("The harbour board, which runs the port, this month rejected a request from the ferry company.", "request from",
     "The harbour board"),
])
def test_a_time_with_its_determiner_is_not_the_speaker(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker


# -- a participle after a comma hung on a noun of the clause, where the parser made the subject the root --

def test_a_participle_after_a_comma_speaks_for_the_subject_made_the_root(nlp):
    text = "The chairman called for a voice vote, and then a show of hands, declaring after both that the motion had failed."
    q = quote_with(run(nlp, text), "motion had failed")
    assert speaker_words(q) == "The chairman"


# -- 'said the 46-year-old': an age standing for a person after an inverted cue --

@pytest.mark.parametrize("text, words, speaker", [
    ('"Donald is a great leader," said the 46-year-old.', "great leader", "the 46-year-old"),
    ('"It was a long day at the harbour," said the 81-year-old, who lives nearby.', "long day", "the 81-year-old"),
])
def test_an_age_after_an_inverted_cue_is_the_speaker(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ('"What was the massive pivot point to make him change?" Berg questioned.', "pivot point", "Berg"),
    ('"You seem to have picked a new standard out of thin air," the two write.', "new standard", "two"),
])
def test_a_listed_verb_the_tagger_misread_after_a_quote(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert q.kind == "direct" and speaker_words(q).endswith(speaker)


# -- a participle after a comma: the cue clause right before it, not a subordinate clause's subject --

@pytest.mark.parametrize("text, words, speaker", [
    ("Washington did not complain when the spending helped growth, a Chinese official said, adding that the impact was "
     "hard to estimate.", "impact was hard", "a Chinese official"),
    ("Ana Ruiz apologized for the columns after they came out, saying they were old.", "they were old", "Ana Ruiz"),
    ("The admiral stayed silent about how the navy planned to fund the fleet, saying only that talks went on.",
     "talks went on", "The admiral"),
])
def test_a_participle_speaks_for_the_main_clause(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker


def test_a_participle_after_a_while_clause_can_speak_for_its_subject(nlp):
    text = "Some firms have been around for decades, while others are just setting up shop, seeking to win new clients."
    q = quote_with(run(nlp, text), "win new clients")
    assert speaker_words(q) == "others"


# -- 'an opening for the mayor to highlight ...': the noun phrase between 'for' and an infinitive cue speaks --

@pytest.mark.parametrize("text, words, speaker", [
    ("The storm has created a natural opening for the mayor to highlight her record on flood defences.",
     "her record on flood defences", "the mayor"),
    ("It is time for the council to admit that the port is failing.", "port is failing", "the council"),
])
def test_the_noun_phrase_after_for_speaks_for_the_infinitive(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("Mr. Berg reached for a metaphor to describe the hopes of voters.", "hopes of voters", "Mr. Berg"),
])
def test_a_for_phrase_on_a_verb_is_not_the_infinitive_speaker(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker_words(q) == speaker


def test_a_capitalised_word_opening_a_name_is_no_cue(nlp):
    quotes = run(nlp, "Rules Committee Chairman Ana Ruiz sent an angry email, accusing them of bad faith.")
    assert not [q for q in quotes if q.cue == "Rules"]
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
    text = "Some seek to be removed from the lists, fearing exposure, and argue that their wealth is far lower."
    q = quote_with(run(nlp, text), "wealth is far lower")
    assert speaker_words(q) == "Some"
