"""Sources with no country (session 30, round 56). A title with no country of its own takes the country of the
body it serves, named right after it by "for", and the person it stands beside takes it too
(``actors/serving_body.py``).

"X, the shadow finance minister for Spain's Socialist party," left X (the event's source) with no country: the
appositive gave the person the title's codes, and the title had only a sector. Counter-cases: a state after "for"
("the U.N. envoy for Syria", "the special envoy for Sudan", "the minister for Europe") is the title's brief, not
its owner; a title with a country of its own keeps it; a body with no country gives none.

A person named with a US party-state label ("Jane Roe, R-Texas,", "Mark Dale (D-Calif.)") is a US lawmaker
(``actors/us_states.py``); no state after the letter, no label. Sentences written for this test."""

from __future__ import annotations

import pytest

from lapwing import lexicons
from lapwing.extract.actors import extract_actors
from lapwing.extract.registry import Context
from lapwing.schema import Article, ArticleRecord


@pytest.fixture(scope="module")
def nlp():
    from lapwing import nlp as nlp_mod

    pipe = nlp_mod.load()
    if "parser" not in pipe.pipe_names or "ner" not in pipe.pipe_names:
        pytest.skip("the loaded spaCy pipeline has no parser or NER")
    return pipe


@pytest.fixture(autouse=True)
def _no_user_files(monkeypatch):
    monkeypatch.delenv(lexicons.ENV_ACTORS, raising=False)
    monkeypatch.delenv(lexicons.ENV_AGENTS, raising=False)
    yield


def _mention(nlp, text: str, words: str):
    art = Article(id="t", text=text, published="2024-03-05")
    ctx = Context(doc=nlp(text), article=art, record=ArticleRecord(article=art), config={})
    extract_actors(ctx)
    return next(m.actor for m in ctx.data["actors"] if m.actor.text == words)


@pytest.mark.parametrize("text, person, country", [
    ("Maria Lopez, the shadow finance minister for Spain's Socialist opposition party, criticised the budget plan.",
     "Maria Lopez", "ESP"),
    ("Peter Hall, the shadow home secretary for Britain's Labour opposition, accused the minister of lying.",
     "Peter Hall", "GBR"),
    ("Tom Weller, a spokesman for Germany's Green party, condemned the decision.", "Tom Weller", "DEU"),
    ("Lucas Moreau, the deputy leader for France's Socialist party, rejected the pension reform.",
     "Lucas Moreau", "FRA"),
    # a body named by a nationality word, a capital's possessive or a state's office holder
    ("The talks will continue next week, said Jan Novak, a spokesman for the Czech foreign ministry.",
     "Jan Novak", "CZE"),
    ("Lee Jun, a spokesman for Seoul's defence ministry, said the drills would go ahead.", "Lee Jun", "KOR"),
    ("Ahmed Ali, a spokesman for the Egyptian army, said the troops had withdrawn.", "Ahmed Ali", "EGY"),
    ("Sara Cohen, an adviser for Israel's prime minister, rejected the offer.", "Sara Cohen", "ISR"),
])
def test_a_person_takes_the_country_of_the_body_his_title_serves(nlp, text, person, country):
    assert _mention(nlp, text, person).country == country


@pytest.mark.parametrize("text, title, country", [
    ("A spokesman for Kenya's health ministry said the outbreak was under control.", "A spokesman", "KEN"),
    ("A spokeswoman for Brazil's foreign ministry declined to comment on the report.", "A spokeswoman", "BRA"),
])
def test_a_bare_title_takes_the_country_of_the_body(nlp, text, title, country):
    assert _mention(nlp, text, title).country == country


@pytest.mark.parametrize("text, person, country", [
    # a state after "for" is the title's brief, not its owner
    ("Helen Frost, the U.N. envoy for Syria, urged both sides to talk.", "Helen Frost", "UNO"),
    ("Jane Doe, the minister for Europe, visited Poland and Germany.", "Jane Doe", None),
    # a body with no country of its own gives none (a name that must stay uncoded)
    ("Carla Ruiz, a spokeswoman for the Foundation, criticised the decision.", "Carla Ruiz", None),
    # a title with its own country keeps it
    ("Anna Berg, Norway's ambassador for Sweden's Liberal party contacts, demanded an inquiry.", "Anna Berg", "NOR"),
])
def test_controls_keep_their_codes(nlp, text, person, country):
    assert _mention(nlp, text, person).country == country


# ---- a US lawmaker's party-state label ("Jane Roe, R-Texas,"): the United States (``us_states.party_state_label``)
@pytest.mark.parametrize("text, person", [
    ("Senate Banking Committee chairman Tom Baxter, D-Wis, said the decision was a mistake.",
     "Senate Banking Committee chairman Tom Baxter"),
    ("Senator Jane Roe, R-Texas, criticised the agreement.", "Senator Jane Roe"),
    ("Representative Mark Dale (D-Calif.) accused the administration of hiding the report.",
     "Representative Mark Dale"),
    ("Ann Vogel, R-N.Y., said the bill would pass.", "Ann Vogel"),
    ("Pedro Alves, I-Vt., voted against the bill.", "Pedro Alves"),
])
def test_a_party_state_label_makes_a_us_lawmaker(nlp, text, person):
    a = _mention(nlp, text, person)
    assert (a.country, a.sector) == ("USA", "LEG")


@pytest.mark.parametrize("text, person", [
    # no state after the party letter: a party's name elsewhere, or no place at all
    ("Omar Haddad, D-66, said the coalition would hold.", "Omar Haddad"),
    ("Tom Baxter, R-Mars, said the vote was rigged.", "Tom Baxter"),
    # no label: a name that must stay uncoded
    ("Tom Baxter, who lives in Ohio, condemned the ruling.", "Tom Baxter"),
])
def test_no_label_no_country(nlp, text, person):
    assert _mention(nlp, text, person).country is None
