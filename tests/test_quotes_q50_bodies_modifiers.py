"""Quote speakers and cues from the example reports' known misses (session 28, round 50, branch q50, issue 16): a
foreign body's place phrase read as the speaker when the parse lost the cue's subject ('..., and the Dutch embassy in
Harare said'); an attributive '-ing' word the parser made part of its noun read as a cue ("Chad's ruling party
thanked ..."); the pronoun of 'what it called X' standing for the subject of its clause; 'appealed to X to do Y' as
an appeal with a to-clause. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run, no_actors, quote_starting, speaker_words  # noqa: F401 (fixtures)


# -- a body's place phrase is where it sits, not who speaks (quotes/subjects_before.py) ----------------------------

@pytest.mark.parametrize("text, content, city", [
    ('Sweden condemned the violence, and the United States embassy in Harare said it was "deeply troubled" by '
     'reports of torture.', "it was", "Harare"),
    ("Belgium deplored the deaths, and the United Arab Emirates embassy in Khartoum said it was alarmed by the "
     "fighting.", "it was alarmed", "Khartoum"),
    ('Portugal criticised the raids, and the United States embassy in Luanda said it was "deeply concerned" by '
     'reports of beatings.', "it was", "Luanda"),
])
def test_a_body_in_a_city_speaks_not_the_city(nlp, no_actors, text, content, city):
    q = quote_starting(run(nlp, text), content)
    assert "embassy" in speaker_words(q) and city not in speaker_words(q), speaker_words(q)


@pytest.mark.parametrize("text, content, speaker", [
    # controls: the parse found the subject, or the place says whose government it is
    ("Spain condemned the raid, and the French embassy in Dakar said it was following the case.",
     "it was following", "French embassy"),
    ("Brazil denounced the arrests, and the British consulate in Lagos said two of its citizens were held.",
     "two of its citizens", "British consulate"),
    ("Officials in Kabul said the road would reopen on Friday.", "the road would reopen", "Officials"),
    ("Residents in Goma said the shelling had stopped overnight.", "the shelling had stopped", "Residents"),
])
def test_bodies_and_places_the_parse_already_reads(nlp, no_actors, text, content, speaker):
    q = quote_starting(run(nlp, text), content)
    assert speaker in speaker_words(q), speaker_words(q)


@pytest.mark.parametrize("text, content, place", [
    # a body with no name or nationality before it: the place says whose it is, and stays in the speaker
    ('Moreno left for Havana, a trip the government in Quito called "a betrayal".', "a betrayal", "Quito"),
    ('Ruiz flew to Minsk, a visit the authorities in Vilnius called "a provocation".', "a provocation", "Vilnius"),
])
def test_a_government_in_its_capital_keeps_the_capital(nlp, no_actors, text, content, place):
    quotes = run(nlp, text)
    q = next((x for x in quotes if content in x.text), None)
    assert q is not None, [x.text for x in quotes]
    assert place in speaker_words(q), speaker_words(q)


# -- an attributive '-ing' word on its noun is no cue (quotes/cues.py) -----------------------------------------------

@pytest.mark.parametrize("text, head", [
    ("Zambia's ruling party congratulated the winner on what it called a clean vote.", "party"),
    ("The ruling coalition praised the court for what it called a fair decision.", "coalition"),
    ("Kenya's ruling alliance thanked the observers for what it called their patience.", "alliance"),
])
def test_a_ruling_party_is_not_a_ruling(nlp, no_actors, text, head):
    quotes = run(nlp, text)
    assert not [q for q in quotes if q.cue == "ruling"], [(q.text, q.cue) for q in quotes]
    assert not [q for q in quotes if q.text.startswith(head)], [q.text for q in quotes]


@pytest.mark.parametrize("text, content", [
    ("The judge is ruling that the evidence cannot be used.", "the evidence cannot be used"),
    ("Officials are warning residents that the river could flood.", "the river could flood"),
])
def test_an_ing_cue_as_a_verb_still_reports(nlp, no_actors, text, content):
    assert quote_starting(run(nlp, text), content).text == content


# -- 'what it called X': the pronoun is the clause's subject (quotes/objects.py) ------------------------------------

@pytest.mark.parametrize("text, content, speaker", [
    ("Zambia's ruling party congratulated the winner on what it called a clean vote.", "a clean vote",
     "ruling party"),
    ("The governing party congratulated the president on what it called a landslide.", "a landslide",
     "governing party"),
    ("Peru's foreign ministry welcomed the release of the sailors, in what it called a gesture of goodwill.",
     "a gesture of goodwill", "foreign ministry"),
])
def test_what_it_called_is_the_subjects_name(nlp, no_actors, text, content, speaker):
    q = quote_starting(run(nlp, text), content)
    assert speaker in speaker_words(q), speaker_words(q)


# -- 'appealed to X to do Y': an appeal with a to-clause (lexicons/speech_verbs.tsv) ---------------------------------

@pytest.mark.parametrize("text, content, speaker", [
    ("The archbishop appealed to both sides to lay down their arms.", "both sides to lay down", "archbishop"),
    ("The family appealed to the kidnappers to release the boy unharmed.", "the kidnappers to release", "family"),
    ('Ms. Odera appealed to the police "to show restraint" during the protest.', "the police", "Odera"),
    ("The general, who says the election was fair, appealed to the troops to stay in their barracks.",
     "the troops to stay", "general"),
])
def test_an_appeal_to_do_something_is_reported(nlp, no_actors, text, content, speaker):
    q = quote_starting(run(nlp, text), content)
    assert speaker in speaker_words(q), speaker_words(q)


@pytest.mark.parametrize("text", [
    "The company appealed the ruling to the supreme court.",
    "Lawyers for the journalist appealed against the sentence on Monday.",
    "The film appealed to younger viewers.",
])
def test_an_appeal_with_no_to_clause_reports_nothing(nlp, no_actors, text):
    assert not [q for q in run(nlp, text) if q.cue and q.cue.startswith("appeal")]
