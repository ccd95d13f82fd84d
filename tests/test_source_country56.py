"""A title with no country of its own takes the country of the body it serves, named right after it by "for", and
the person it stands beside takes it too (session 30, round 56; ``actors/serving_body.py``).

"X, the shadow finance minister for Spain's Socialist party," left X (the event's source) with no country: the
appositive gave the person the title's codes, and the title had only a sector. Counter-cases: a state after "for"
("the U.N. envoy for Syria", "the special envoy for Sudan", "the minister for Europe") is the title's brief, not
its owner; a title with a country of its own keeps it; a body with no country gives none. Sentences written for
this test."""

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
