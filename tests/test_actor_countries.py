"""Actor countries from nationality words on nouns that belong to an actor (issue 10, arguments):
armed units and weapons, people, and acts with a doer; never prices, markets or sport; contested
offices ("self-styled leader", "interim leader") in agents.tsv."""

from __future__ import annotations

import pytest

from lapwing import lexicons
from lapwing.extract.actors import extract_actors, owner_country
from lapwing.extract.events import code_text
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
    lexicons.clear_caches()


def run(nlp, text: str) -> Context:
    art = Article(id="t", text=text, published="2019-02-15")
    ctx = Context(doc=nlp(text), article=art, record=ArticleRecord(article=art), config={})
    extract_actors(ctx)
    return ctx


def tok(ctx: Context, word: str):
    return next(t for t in ctx.doc if t.text == word)


@pytest.mark.parametrize("text, word, country, sector", [
    ("Israeli tanks shelled the outskirts of the town on Tuesday.", "tanks", "ISR", "MIL"),
    ("Saudi warplanes struck a convoy near the border.", "warplanes", "SAU", "MIL"),
    ("French and Egyptian warships began joint exercises.", "warships", "FRA", "MIL"),
    ("Syrian officers ended their mediation in the port.", "officers", "SYR", None),
    ("Arafat turned down a US offer of talks.", "offer", "USA", None),
    ("The Russian invasion displaced millions of people.", "invasion", "RUS", None),
    ("A Turkish proposal for a ceasefire was on the table.", "proposal", "TUR", None),
])
def test_nationality_on_owned_noun(nlp, text, word, country, sector):
    ctx = run(nlp, text)
    a = owner_country(ctx, tok(ctx, word))
    assert a is not None and a.country == country and a.sector == sector


@pytest.mark.parametrize("text, word", [
    ("Turkish prices climbed above resistance levels.", "prices"),
    ("Brazilian markets rallied on Monday.", "markets"),
    ("The Venezuelan crisis deepened.", "crisis"),
    ("Italian wines won three prizes.", "wines"),
    ("Israeli tanks shelled the town.", "town"),  # a noun without a nationality word
])
def test_nationality_on_other_nouns_gives_nothing(nlp, text, word):
    ctx = run(nlp, text)
    assert owner_country(ctx, tok(ctx, word)) is None


def events(text):
    return [e for e in code_text(text).events if e.status not in ("negated", "hypothetical")]


def test_armed_noun_gives_the_source_country():
    evs = [e for e in events("Israeli tanks fired shells at houses in Rafah on Sunday.") if e.cameo.startswith("19")]
    assert evs and evs[0].source is not None and evs[0].source.country == "ISR"


def test_person_noun_gives_the_source_country():
    evs = [e for e in events("Syrian officers ended mediation efforts between rival militias in the city.")
           if e.cameo.startswith("16")]
    assert evs and evs[0].source.country == "SYR"


def test_offer_gives_the_target_of_a_rejection():
    evs = [e for e in events("The Kurdish leader rejected a US offer to host a meeting.")
           if e.cameo.startswith("12")]
    assert evs and evs[0].target is not None and evs[0].target.country == "USA"


def test_nominal_invasion_takes_its_nationality_as_source():
    evs = [e for e in events("The Russian invasion of Ukraine killed thousands of civilians.")
           if e.cameo.startswith(("18", "19", "20"))]
    assert evs and evs[0].source.country == "RUS" and evs[0].target.country == "UKR"


@pytest.mark.parametrize("text", [
    "Turkish prices attacked resistance levels on Monday.",
    "The Brazilian striker shot wide in the second half.",
    "Japanese shares fell sharply after the report.",
])
def test_figurative_uses_code_nothing(text):
    assert events(text) == []


def test_adjective_agent_on_event_noun_is_no_doer(nlp):
    ctx = run(nlp, "Britain promised to continue military aid to Mozambique.")
    assert all(m.actor.text.lower() != "military" for m in ctx.data["actors"])


@pytest.mark.parametrize("text, sector", [
    ("Self-styled interim leader of Moldova Anna Voss on Monday called on the army to defect.", "OPP"),
    ("Self-declared leader Ion Rusu visited Paris on Friday.", "OPP"),
    ("The self-proclaimed leader of the rebels, Ion Rusu, rejected the talks.", "REB"),
])
def test_contested_offices(nlp, text, sector):
    ctx = run(nlp, text)
    m = next(m for m in ctx.data["actors"] if m.kind == "person")
    assert m.actor.sector == sector


def test_interim_leader_alone_is_not_government(nlp):
    ctx = run(nlp, "Interim leader Anna Voss met the envoy in Geneva.")
    m = next(m for m in ctx.data["actors"] if "Voss" in m.actor.text)
    assert m.actor.sector != "GOV"
