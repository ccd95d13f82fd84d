"""Quote speakers, twenty-ninth session (issue 16): names the tagger does not know.

- a he/she speaker whose antecedent is the subject of an earlier sentence, a name of two or three capitalised words
  that the tagger took for an organisation or a place and no dictionary codes ('Marta Oyelaran led a team ... She
  says ...': pronouns._uncoded_name); a name with an organisation's or a place's word in it is not a person.
- a person's name before a role the parser made the subject, with the name hung on the role ('Olayinka Badmus,
  deputy director for ..., said': quotes/name_before_role.py); the speaker's words run from the name, and a he/she
  the actor coder resolved to that role takes the name too.
- a main verb after a relative 'whose' clause that the parser hung on the relative clause's verb speaks for the noun
  'whose' stands for, not for the relative clause's subject ('Opposition leader X, whose party holds 41 seats, called
  on ... and asked ...': subject_fixes.past_whose_clause).

Sentences written for the tests.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipe():
    from lapwing.pipeline import Pipeline

    return Pipeline.create(extractors=("actors", "quotes"))


def _quotes(pipe, text):
    from lapwing.schema import Article

    return pipe.analyse(Article(id="q29", text=text, language="en")).quotes


def _quote(pipe, text, words):
    return next(q for q in _quotes(pipe, text) if words in q.text)


# -- a he/she after a name the tagger did not take for a person ------------------------------------------------

@pytest.mark.parametrize("text, words, name", [
    ("Marta Oyelaran led a team of doctors to the villages. She says about 500 people are hiding in the forest.",
     "500 people", "Marta Oyelaran"),
    ("Glwadys Siopathis led a delegation of aid workers to the valley on Sunday. She says the wells have run dry.",
     "wells have run dry", "Glwadys Siopathis"),
    ("Zhang Wei blamed the new tariffs for the slump, but at the same time he said exports would recover.",
     "exports would recover", "Zhang Wei"),
    ("Fu Ming criticised the council for the delay. \"Nobody asked us,\" he added.", "Nobody asked us", "Fu Ming"),
])
def test_a_pronoun_after_an_unknown_name_is_named_by_it(pipe, text, words, name):
    q = _quote(pipe, text, words)
    assert q.speaker is not None and q.speaker.text.lower() in ("he", "she")
    assert q.speaker.name == name, q.speaker


@pytest.mark.parametrize("text, words", [
    ("Ostberg Foods Group cut 300 jobs on Monday. She says the cuts were expected.", "cuts were expected"),
    ("Sea Watch International sent a ship to the coast. He says the crossing was calm.", "crossing was calm"),
])
def test_an_organisation_is_not_a_pronoun_s_person(pipe, text, words):
    q = _quote(pipe, text, words)
    assert q.speaker is None or not q.speaker.name or "Ostberg" not in q.speaker.name and "Watch" not in q.speaker.name


# -- a name before a role the parser made the subject -----------------------------------------------------------

@pytest.mark.parametrize("text, words, name", [
    ("Olayinka Badmus, deputy director for Global Health, said the new strain poses a higher risk.",
     "higher risk", "Olayinka Badmus"),
    ("Adaeze Nwachukwu, deputy program manager for Clean Water, said the pumps would be repaired.",
     "pumps would be", "Adaeze Nwachukwu"),
])
def test_a_name_before_the_role_the_parser_made_the_subject_is_the_speaker(pipe, text, words, name):
    q = _quote(pipe, text, words)
    assert q.speaker is not None and q.speaker.name == name, q.speaker
    assert q.speaker.text.startswith(name)


def test_a_pronoun_resolved_to_that_role_takes_the_name(pipe):
    text = ("Olayinka Badmus, deputy director for Global Health, said the new strain poses a higher risk. "
            "\"This particular strain is new,\" she said.")
    q = _quote(pipe, text, "strain is new")
    assert q.speaker is not None and q.speaker.text == "she" and q.speaker.name == "Olayinka Badmus", q.speaker


@pytest.mark.parametrize("text, words, name", [
    ("The minister, Ana Ruiz, said the border would stay shut.", "border would stay", "Ana Ruiz"),
    ("Kwame Osei-Bonsu, chief economist at the bank, said inflation would fall.", "inflation would", "Osei-Bonsu"),
])
def test_names_the_parser_reads_right_keep_their_speaker(pipe, text, words, name):
    q = _quote(pipe, text, words)
    assert q.speaker is not None and name in (q.speaker.name or ""), q.speaker
    assert q.speaker.rule != "quotes:name-before-role"


def test_a_role_with_a_determiner_is_no_name_s_role():
    from lapwing.nlp import load

    from lapwing.extract.quotes.name_before_role import name_before_role

    doc = load()("Ruiz, the deputy director of the port, said the ships would wait.")
    head = next(t for t in doc if t.text == "director")
    assert name_before_role(head) is None


# -- a relative 'whose' clause the parser made the main clause ---------------------------------------------------

@pytest.mark.parametrize("text, words, name", [
    ("Opposition leader Ana Ruiz, whose party holds 40 seats, rejected the ruling as \"a farce\".", "farce", "Ana Ruiz"),
    ("Opposition leader Fatima Bello, whose party holds 41 of the 102 seats in parliament, called on the police to "
     "stay neutral and asked the governor to explain why the guards had not been paid.", "governor to explain",
     "Fatima Bello"),
])
def test_the_main_verb_after_a_whose_clause_speaks_for_its_antecedent(pipe, text, words, name):
    q = _quote(pipe, text, words)
    assert q.speaker is not None and q.speaker.name == name, q.speaker


@pytest.mark.parametrize("text, words, name", [
    ("Union chief Mirela Stan, whose members run most of the depots, told reporters the strike would go on.",
     "strike would go on", "Mirela Stan"),
    ("Farm leader Jonas Ek, whose group holds 12 seats on the board, said the vote had been rigged.",
     "vote had been rigged", "Jonas Ek"),
])
def test_a_whose_clause_the_parser_reads_right_keeps_its_speaker(pipe, text, words, name):
    q = _quote(pipe, text, words)
    assert q.speaker is not None and q.speaker.name == name, q.speaker


def test_the_antecedent_is_the_name_right_before_whose():
    from lapwing.nlp import load

    from lapwing.extract.quotes.subject_fixes import past_whose_clause

    doc = load()("Old allies Norway's former finance minister, Per Lund, whose party lost the 2019 vote, seldom "
                 "criticized the bank and instead praised its governor.")
    verb = next(t for t in doc if t.text == "criticized")
    owner = past_whose_clause(verb)
    assert owner is None or owner.text in ("Per", "Lund"), owner  # never the words hung in front of the name


def test_a_whose_clause_opening_no_main_verb_gives_nothing():
    from lapwing.nlp import load

    from lapwing.extract.quotes.subject_fixes import past_whose_clause

    doc = load()("The mayor thanked the firm whose crews cleared the road and said the bridge would reopen.")
    said = next(t for t in doc if t.text == "said")
    assert past_whose_clause(said) is None  # no comma closes a relative clause before the cue
