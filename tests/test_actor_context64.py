"""A state's body named earlier only inside a person's title (session 33, round ac64; ``actors/body_titles.py``).

"A Pakistani army spokesperson said ... *The military* said": a bare "the army", "the military" or "the government"
with no country of its own takes the one country of the earlier titled people whose title holds the body's word
("army" and "military" read as one), when their sector is the body's own. Controls: titles of two states' bodies
before it, a sentence that names only another country, no earlier title with a country, and articles whose dateline
already gives the body its country (a visiting or quoted foreign officer changes nothing). Sentences written for
this test."""

from __future__ import annotations

import pytest

from lapwing.schema import Article


def _speakers_and_actors(pipe, text: str, head: str) -> set[tuple]:
    rec = pipe.analyse(Article(id="t", text=text, published="2024-03-05"))
    out = [a for e in rec.events for a in (e.source, e.target) if a is not None]
    out += [q.speaker for q in rec.quotes if q.speaker is not None]
    return {(a.country, a.sector) for a in out if a.text == head}


@pytest.mark.parametrize("text, head, country", [
    ("Islamabad accused Kabul of sheltering gunmen. A Pakistani army spokesperson said the attackers had phoned "
     "handlers abroad. The military said troops killed 20 militants.", "The military", "PAK"),
    ("Kabul rejected the charge on Friday. Pakistan's army spokesman said the gunmen were trained abroad. Later "
     "the army said soldiers arrested 12 suspects.", "the army", "PAK"),
    ("Peru's military spokesman said the rebels had fled. The army said soldiers captured four camps.",
     "The army", "PER"),
    ("The Bolivian army commander said the border was calm. Hours later the military said troops had arrested "
     "five smugglers.", "the military", "BOL"),
])
def test_bare_body_takes_country_of_earlier_title(pipe, text, head, country):
    assert (country, "MIL") in _speakers_and_actors(pipe, text, head)


def test_bare_government_after_government_spokesman(pipe):
    text = ("Kenya and Uganda held talks. A Kenyan government spokesman said the meeting was useful. The government "
            "said it would expel two diplomats.")
    assert ("KEN", "GOV") in _speakers_and_actors(pipe, text, "The government")


@pytest.mark.parametrize("text, head, expected", [
    # two states' titles with the body's word: no guess
    ("Kenya and Uganda held talks. A Kenyan government spokesman said the meeting was useful. A Ugandan government "
     "spokesman said it was not. The government said it would expel two diplomats.", "The government", None),
    ("A Kenyan army spokesman said the raid was over. A Ugandan army officer said troops were ready. The army said "
     "it arrested nine men.", "The army", None),
    # the sentence names another country only
    ("A Kenyan army spokesman said the raid was over. The Ugandan president visited Nairobi. The army said it "
     "arrested nine men in Uganda.", "The army", None),
    # no title with a country before
    ("The army spokesman said the rebels had fled. The army said soldiers captured four camps.", "The army", None),
    ("The military said troops killed 20 militants.", "The military", None),
    # the dateline gives the body its country: a visiting or quoted foreign officer changes nothing
    ("NAIROBI, March 4 (Reuters) - A visiting Ugandan army spokesman said the talks went well. The army said "
     "soldiers arrested nine men.", "The army", "KEN"),
    ("BAMAKO, March 4 (Reuters) - \"We will stay,\" a French army officer told reporters. The army said soldiers "
     "killed six militants.", "The army", "MLI"),
])
def test_controls_keep_their_answer(pipe, text, head, expected):
    assert {c for c, _ in _speakers_and_actors(pipe, text, head)} == {expected}


def test_person_not_merged_with_body(pipe):
    """The body gets the country only: it is not the spokesperson (no shared name, its own sector)."""
    rec = pipe.analyse(Article(id="t", text="Peru's military spokesman said the rebels had fled. The army said "
                               "soldiers captured four camps.", published="2024-03-05"))
    army = [q.speaker for q in rec.quotes if q.speaker is not None and q.speaker.text == "The army"]
    assert army and army[0].name is None and army[0].rule == "title+coref:body"


# -- a bare surname shared by two of the article's people is not the dictionary's third person ------------------
def _codes_of(pipe, text: str, head: str) -> set[tuple]:
    return _speakers_and_actors(pipe, text, head)


@pytest.mark.parametrize("text, head", [
    ("Jailed publisher Jimmy Lai faces trial in Hong Kong. His son Sebastien Lai met lawmakers in Washington. "
     "\"We are hopeful,\" the younger Lai said.", "the younger Lai"),
    ("Jailed publisher Jimmy Lai faces trial in Hong Kong. His son Sebastien Lai met lawmakers in Washington. "
     "Lai urged officials to press Beijing.", "Lai"),
    ("Media owner Jimmy Lai was sentenced on Monday, and his daughter Claudia Lai wept in court. Later Lai said "
     "the ruling was unjust.", "Lai"),
])
def test_two_namesakes_no_dictionary_guess(pipe, text, head):
    got = _codes_of(pipe, text, head)
    assert got and ("TWN", "GOV") not in got


@pytest.mark.parametrize("text, head, expected", [
    # one earlier person of that name: that person
    ("Jailed publisher Jimmy Lai faces trial in Hong Kong. Lai urged officials to press Beijing.", "Lai",
     ("HKG", "MED")),
    # the dictionary's person is among the article's people: unchanged
    ("President Lai Ching-te visited a base in Taiwan. His aide Marco Lai met lawmakers. Lai urged officials to "
     "buy more missiles.", "Lai", ("TWN", "GOV")),
    # no other person of that name: the dictionary
    ("Taiwan's president met troops on Monday. Lai urged officials to buy more missiles.", "Lai", ("TWN", "GOV")),
    ("Eric Trump and Lara Trump visited Florida. President Donald Trump said he would attend. Trump urged voters "
     "to turn out.", "Trump", ("USA", "PTY")),
])
def test_namesake_controls(pipe, text, head, expected):
    assert expected in _codes_of(pipe, text, head)
