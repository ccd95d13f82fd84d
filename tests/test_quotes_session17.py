"""Quote speakers, seventeenth session (issue 16): classes read on a seeded sample of PolNeAR train articles, each
tested here on sentences written for the tests, in several phrasings, with guards against over-reach."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, quote_with, run, speaker_words  # noqa: F401 (fixtures)


@pytest.mark.parametrize("text, words, speaker", [
    ("A Gallup poll of likely voters has, however, found that the governor has lost most of his support.",
     "the governor has lost", "poll"),
])
def test_a_subject_the_parser_hung_on_a_separated_auxiliary_still_speaks(nlp, text, words, speaker):
    assert speaker in speaker_words(quote_with(run(nlp, text), words))


@pytest.mark.parametrize("text, words, speaker", [
    ("The council has, in recent weeks, insisted that the bridge will open on time.", "the bridge will open", "council"),
    ("The mayor has, for the first time, admitted that the city cannot pay its debts.", "cannot pay", "mayor"),
    ("The report, however, found that the port was badly run.", "the port was badly run", "report"),
])
def test_a_subject_before_an_aside_keeps_speaking(nlp, text, words, speaker):
    assert speaker in speaker_words(quote_with(run(nlp, text), words))


@pytest.mark.parametrize("text, words, speaker", [
    ('The senator also praised the plan \u2014 "It is the best idea this town has had in years."', "best idea",
     "senator"),
    ('Ms. Ruiz defended the budget -- "We cannot cut another cent from the schools."', "another cent", "Ruiz"),
    ('The mayor rejected the offer outright \u2013 "We will not sell the park to anyone."', "sell the park", "mayor"),
])
def test_a_clause_introducing_a_whole_quoted_sentence_with_a_dash_names_its_speaker(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert q.kind == "direct" and speaker in speaker_words(q)


def test_quoted_words_inside_the_writers_sentence_after_a_dash_are_no_quote_of_the_clause(nlp):
    # lower case after the dash: a phrase going on the writer's sentence, not a sentence the clause introduces
    text = "She has praised her husband's record\u2014\u201cthe longest boom in our history\u201d\u2014and vowed to hire him."
    q = quote_with(run(nlp, text), "longest boom")
    assert q.rule != "direct:colon-intro"


@pytest.mark.parametrize("text", [
    'It gets worse -- "The mine will close next year and nobody knows what comes after."',
    'There is more bad news \u2014 "The mine will close next year and nobody knows what comes after."',
])
def test_a_clause_before_a_dash_whose_subject_names_nobody_gives_no_speaker(nlp, text):
    assert quote_with(run(nlp, text), "mine will close").speaker is None


@pytest.mark.parametrize("text, words, speaker", [
    ("Ana Ruiz, who visited the port after the storm, said on the radio show \u201cMorning Call\u201d that \u201cthe "
     "harbour needs a new wall before winter.\u201d", "new wall", "Ruiz"),
    ('The mayor told the weekly paper "City Voice" that "nobody at the council had read the contract before it was '
     'signed."', "read the contract", "mayor"),
    ("Holm, the union's leader, wrote in his book \"Hard Times\" that \"the strike was the worst mistake of my life "
     "and I regret it.\"", "worst mistake", "Holm"),
    ("First there was the paper's deputy editor Ana Ruiz, who, after trading insults with Mr. Holm over the port, said "
     "on the radio show ''Morning Call'' that ''too much of the council became an echo chamber of itself.''",
     "echo chamber", "who"),
])
def test_a_that_clause_quote_after_a_quoted_title_keeps_the_cue_before_the_title(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert q.cue is not None and speaker in speaker_words(q)


@pytest.mark.parametrize("text, words", [
    ('The senator dismissed the idea that "the budget can be balanced without cutting the army or raising taxes."',
     "budget can be balanced"),
])
def test_a_nouns_own_that_clause_in_quotes_is_not_the_verbs_subjects(nlp, text, words):
    q = quote_with(run(nlp, text), words)
    assert "senator" not in speaker_words(q)


@pytest.mark.parametrize("text, words, speaker", [
    ("Holm told reporters she believed that Ruiz would release the transcripts.", "she believed", "Holm"),
    ("The mayor told the council he expected the bridge to open by June.", "he expected", "mayor"),
])
def test_a_clause_after_the_hearer_of_tell_is_what_was_told(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert q.cue == "told" and speaker in speaker_words(q)


def test_a_relative_clause_with_a_gap_on_the_hearer_is_no_content(nlp):
    quotes = run(nlp, "Holm told the reporters she met at the rally that the port would close.")
    assert not any(q.text.startswith("she met") for q in quotes)


@pytest.mark.parametrize("text, words, speaker", [
    ('Outside the town hall in the old quarter, about 300 farmers gathered in two groups, holding banners and '
     'chanting "No more taxes."', "No more taxes", "farmers"),
    ('Outside the sports stadium in downtown Lisbon, about 200 fans congregated in three clusters, holding signs and '
     'chanting "Lower the prices."', "Lower the prices", "fans"),
])
def test_an_opening_place_phrase_the_parser_made_the_root_is_not_the_speaker(nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert speaker in speaker_words(q) and "stadium" not in speaker_words(q) and "hall" not in speaker_words(q)


@pytest.mark.parametrize("text, words, speaker", [
    ('Inside the packed hall, hundreds of nurses stood for an hour, waving flags and chanting "Fair pay now."',
     "Fair pay now", "nurses"),
    ("Outside the court, a crowd of relatives waited, holding photos and saying they wanted justice for the dead.",
     "justice for the dead", "crowd"),
])
def test_a_participle_after_an_opening_place_phrase_keeps_the_main_subject(nlp, text, words, speaker):
    assert speaker in speaker_words(quote_with(run(nlp, text), words))


@pytest.mark.parametrize("text, words, speaker", [
    ("Ruiz took the chance to tell reporters she had never met the businessman.", "never met", "Ruiz"),
    ("The mayor gave the council a chance to say whether it backed the plan.", "backed the plan", "council"),
])
def test_an_infinitive_on_an_occasion_noun_speaks_for_who_has_the_occasion(nlp, text, words, speaker):
    assert speaker in speaker_words(quote_with(run(nlp, text), words))


@pytest.mark.parametrize("text, words, speaker", [
    ("The columnist George Will praised the governor on Sunday. In particular, Will wrote, the governor can challenge "
     "the senator on security.", "challenge the senator", "Will"),
    ("The columnist George Will praised the governor. Will believes the governor has a real chance to win the "
     "nomination.", "real chance", "Will"),
])
def test_a_surname_the_tagger_read_as_a_modal_before_a_past_or_s_verb_is_the_subject(nlp, text, words, speaker):
    assert speaker in speaker_words(quote_with(run(nlp, text), words))


def test_a_modal_before_a_base_verb_stays_a_modal(nlp):
    q = quote_with(run(nlp, "Will voters say that the plan has failed? The mayor said the answer is no."), "answer is no")
    assert "mayor" in speaker_words(q)


@pytest.mark.parametrize("text, words, speaker", [
    ('As the crowd began to chant, Ruiz was joined on stage by the mayor and joked, "You people are being '
     'ridiculous," drawing loud jeers and "RUIZ!" chants.', "being ridiculous", "Ruiz"),
    ('Ruiz was joined on stage by the mayor and joked, "You people are being ridiculous."', "being ridiculous",
     "Ruiz"),
])
def test_a_noun_named_by_quoted_words_after_a_quote_is_no_cue_and_a_cue_on_a_passives_agent_is_the_subjects(
        nlp, text, words, speaker):
    q = quote_with(run(nlp, text), words)
    assert q.cue == "joked" and speaker in speaker_words(q)
