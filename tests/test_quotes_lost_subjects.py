"""Speakers the parser loses: a cue whose subject the parse does not give it still names who speaks, from the words
around it, by class (each class in several phrasings written for this test); where nothing names a speaker, none."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run  # noqa: F401 (fixtures)


def quote_with(quotes, fragment):
    found = [q for q in quotes if fragment in q.text]
    assert found, [q.text for q in quotes]
    return found[0]


def spoken_by(nlp, text, fragment, words):
    q = quote_with(run(nlp, text), fragment)
    assert q.speaker is not None, (fragment, q.rule)
    assert words in q.speaker.text, (q.speaker.text, q.rule)


@pytest.mark.parametrize("text, fragment, words", [
    # a day or date the parser made the subject is not who speaks
    ("The governor has freed up state funds and on Monday announced that more money was being sent to the coast.",
     "more money was being sent", "governor"),
    ("A police report filed Thursday says that the driver was not drunk at the time of the crash.",
     "the driver was not drunk", "report"),
    ("Mayor Ana Ruiz, who has run the city for a decade, on Friday declared the river was safe to swim in again.",
     "the river was safe", "Ruiz"),
])
def test_a_time_is_never_the_speaker(nlp, text, fragment, words):
    spoken_by(nlp, text, fragment, words)


@pytest.mark.parametrize("text, fragment, words", [
    ("WASHINGTON \u2014 Sen. Maria Lopez on Tuesday defended the budget deal, saying the cuts would protect schools.",
     "the cuts would protect", "Lopez"),
    ("PARIS (AFP) \u2013 Finance Minister Paul Girard has defended the new tax, saying the revenue would pay for "
     "schools.", "the revenue would pay", "Girard"),
    ("LAGOS, Nigeria (AP) \u2014 The union leader Femi Adeyemi praised the deal on Sunday, saying the strike was over.",
     "the strike was over", "Adeyemi"),
])
def test_a_dateline_is_never_the_speaker_of_a_participle(nlp, text, fragment, words):
    q = quote_with(run(nlp, text), fragment)
    assert q.speaker is not None and words in q.speaker.text and q.speaker.text not in ("WASHINGTON", "LAGOS", "PARIS")


@pytest.mark.parametrize("text, fragment, words", [
    # words modifying the subject that the parser made the verb the cue hangs on
    ("Sources close to the negotiations say the two sides are near a deal on fishing rights.",
     "the two sides are near a deal", "Sources"),
    ("By wide margins, those surveyed say the price of housing should be the first priority of the council.",
     "the price of housing", "those"),
    ("People familiar with the plan said the company would close two factories next year.",
     "the company would close", "People"),
])
def test_the_subject_before_a_misparsed_modifier(nlp, text, fragment, words):
    spoken_by(nlp, text, fragment, words)


@pytest.mark.parametrize("text, fragment, words", [
    # a name or a quantity word the tagger read as an adverb or adjective, alone before the cue
    ("Most voters were worried about prices; most said they would cut their spending this winter.",
     "they would cut their spending", "most"),
    ("Jolly said he would be careful with the school budget because the county could not borrow more.",
     "he would be careful", "Jolly"),
])
def test_a_subject_the_tagger_did_not_read_as_a_noun(nlp, text, fragment, words):
    spoken_by(nlp, text, fragment, words)


@pytest.mark.parametrize("text, fragment, words", [
    # an infinitive completing an adjective or a passive: its subject speaks
    ("Younger voters were far more likely to say they trusted the local council.", "they trusted the local council",
     "voters"),
    ("The senator is expected to argue that the bill would hurt small farmers.", "the bill would hurt", "senator"),
    ("The minister was forced to admit that the figures had been wrong for years.", "the figures had been wrong",
     "minister"),
])
def test_an_infinitive_cue_after_an_adjective_or_a_passive(nlp, text, fragment, words):
    spoken_by(nlp, text, fragment, words)


@pytest.mark.parametrize("text, fragment, words", [
    # a participle opening the sentence speaks for the subject of the clause after it
    ("Acknowledging that the rollout had been slow, Ruiz did suggest that the city would catch up by summer.",
     "the rollout had been slow", "Ruiz"),
    ("Conceding that there would be a deal eventually, the envoy warned that it would take months.",
     "there would be a deal", "envoy"),
])
def test_a_participle_opening_its_sentence(nlp, text, fragment, words):
    spoken_by(nlp, text, fragment, words)


@pytest.mark.parametrize("text, fragment", [
    ("In a blog post on Friday, the company said its rules had long banned threats. It added that it had worked "
     "with groups that counter recruitment online.", "it had worked with groups"),
])
def test_it_read_as_an_expletive_before_a_cue(nlp, text, fragment):
    spoken_by(nlp, text, fragment, "It")


@pytest.mark.parametrize("text, fragment", [
    # nothing before the cue names anyone: no speaker is made up
    ("Meanwhile said nothing about the plan would change before the vote.", "nothing about the plan"),
    ("It is important to say that the vote will go ahead.", "the vote will go ahead"),
])
def test_no_speaker_where_none_is_named(nlp, text, fragment):
    quotes = [q for q in run(nlp, text) if fragment in q.text]
    assert all(q.speaker is None for q in quotes)


@pytest.mark.parametrize("text, fragment, words", [
    # the subject before an aside between dashes or in parentheses
    ("Mr. Holm - in a speech that seemed aimed at his rivals in the party - declared that the budget must be cut.",
     "the budget must be cut", "Holm"),
    ("Sen. Ana Ruiz (a Democrat who has held the seat since 2012 and chairs the farm committee) says she was "
     "unprepared for the job.", "she was unprepared", "Ruiz"),
    ("The mayor \u2014 who was elected last spring on a promise to fix the roads \u2014 said the money had "
     "run out.", "the money had run out", "mayor"),
])
def test_the_subject_before_a_long_aside(nlp, text, fragment, words):
    spoken_by(nlp, text, fragment, words)


@pytest.mark.parametrize("text, fragment, words", [
    # a participle cue after a comma that the tagger read as a noun shares the clause's subject
    ("On Thursday, the retailer said it would not be able to pay its suppliers on time, warning that it could "
     "default on its loans.", "it could default", "retailer"),
    ("The airline said it would cut 300 jobs this year, adding that more cuts could follow.",
     "more cuts could follow", "airline"),
])
def test_a_participle_cue_read_as_a_noun(nlp, text, fragment, words):
    spoken_by(nlp, text, fragment, words)


@pytest.mark.parametrize("text, fragment, words", [
    # a participle cue speaks for the main clause's subject, not for a clause on a noun or a copula's predicate
    ("Reached by phone, Bennett denied the notion that a shakeup is coming, explaining that he had been away.",
     "he had been away", "Bennett"),
    ("For months, the governor has been on the sidelines of the fight, arguing he did not want to tip the scales.",
     "he did not want to tip", "governor"),
])
def test_a_participle_speaks_for_the_main_subject(nlp, text, fragment, words):
    spoken_by(nlp, text, fragment, words)


@pytest.mark.parametrize("text, fragment, words", [
    # the noun a long relative clause between commas is about, before a cue the parser left without a subject
    ("Talk show host Glenn Oduya, who since the appointment of a new director has thrown restraint to the winds in "
     "attacking the nominee, on Friday declared the nominee was a threat to the party.", "was a threat to the party",
     "Oduya"),
    ("Mayor Ana Ruiz, who has run the city since the floods of 2012 and who will not run again next year, on Friday "
     "declared the river was safe.", "the river was safe", "Ruiz"),
])
def test_the_noun_before_a_long_relative_clause(nlp, text, fragment, words):
    spoken_by(nlp, text, fragment, words)
