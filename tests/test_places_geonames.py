"""Places (issue 17): GeoNames ids, adjectival references, context for ambiguous names, detection of
postal abbreviations, initialisms and institutions; the split of the place gold sets into halves.

All sentences are written for these tests (fictional or well-known public actors).
"""

from __future__ import annotations

import pytest

from lapwing.eval import places as ev_places
from lapwing.extract.places import places
from lapwing.extract.registry import Context
from lapwing.geo.resolve import haversine_km
from lapwing.pipeline import Pipeline
from lapwing.schema import Article, ArticleRecord


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline.create(extractors=["places"])


def analyse(pipe: Pipeline, text: str) -> Context:
    doc = pipe.nlp(text)
    art = Article(id="t", text=text)
    ctx = Context(doc=doc, article=art, record=ArticleRecord(article=art))
    places(ctx)
    return ctx


def place_for(ctx: Context, text: str):
    hits = [p for p in ctx.record.places if p.text == text]
    assert hits, f"no place {text!r} among {[p.text for p in ctx.record.places]}"
    return hits[0]


def near(p, lat: float, lon: float, km: float) -> bool:
    return p.lat is not None and haversine_km(p.lat, p.lon, lat, lon) <= km


# ----------------------------------------------------------------- GeoNames ids
@pytest.mark.parametrize("text, name, gid", [
    ("Flooding closed roads across Vermont and in Burlington on Sunday.", "Vermont", 5242283),
    ("Trade between Canada and Mexico rose last year, officials said.", "Canada", 6251999),
    ("Leaders from Africa and Europe met in Lisbon to discuss migration.", "Europe", 6255148),
    ("The mayor of Los Angeles visited Chicago on Friday.", "Chicago", 4887398),
])
def test_resolved_places_carry_their_geonames_id(pipe, text, name, gid):
    ctx = analyse(pipe, text)
    p = place_for(ctx, name)
    assert p.geonames_id == gid


def test_us_state_carries_its_geonames_id_although_its_point_comes_from_the_tables(pipe):
    ctx = analyse(pipe, "Storms swept through Kansas and Oklahoma overnight, cutting power to thousands.")
    assert place_for(ctx, "Kansas").geonames_id == 4273857
    assert place_for(ctx, "Oklahoma").geonames_id == 4544379


# ----------------------------------------------------------------- adjectival references
@pytest.mark.parametrize("text, adj, iso3", [
    ("Russian troops shelled the outskirts of the town on Monday.", "Russian", "RUS"),
    ("The talks were hosted by Syrian officials in a hotel.", "Syrian", "SYR"),
    ("A Kenyan runner won the race in record time.", "Kenyan", "KEN"),
    ("Several Brazilians were among the passengers, the airline said.", "Brazilians", "BRA"),
    ("South Ossetian militias blocked the road to the capital.", "South Ossetian", "GEO"),
    ("The Russian President Vladimir Putin spoke by phone with his counterpart.", "Russian", "RUS"),
    ("The Syrian Army said it had retaken the hill.", "Syrian", "SYR"),
])
def test_adjectival_references_are_places_of_kind_adjectival(pipe, text, adj, iso3):
    ctx = analyse(pipe, text)
    p = place_for(ctx, adj)
    assert p.kind == "adjectival" and p.country == iso3 and p.lat is not None
    assert p.rule == "adjectival/demonym"
    # where an event happened is never an adjective
    assert all(q.kind != "adjectival" for q, _s, _e in ctx.data["places"])


def test_adjectival_of_a_division_resolves_to_the_division(pipe):
    ctx = analyse(pipe, "Ontarians will vote in June, and Albertans a year later.")
    assert place_for(ctx, "Ontarians").name == "Ontario"
    assert place_for(ctx, "Albertans").name == "Alberta"


@pytest.mark.parametrize("text", [
    "The diner served French fries, Swiss cheese and a Danish pastry with coffee.",
    "He called the bet a game of Russian roulette with the company's savings.",
    "American Airlines and British Airways cancelled dozens of flights because of the fog.",
    "The french doors of the old house opened onto a garden of swiss chard.",
    "The crowd did a Mexican wave while the German shepherd slept under the bench.",
    "The Kenyan Medical Association and the british broadcasting corporation issued statements.",
])
def test_things_named_after_a_country_are_no_adjectival_place(pipe, text):
    ctx = analyse(pipe, text)
    assert [p.text for p in ctx.record.places if p.kind == "adjectival"] == []


# ----------------------------------------------------------------- detection
def test_us_before_a_noun_is_the_country(pipe):
    ctx = analyse(pipe, "A U.S. drone strike killed two men, and U.S. officials declined to comment.")
    us = [p for p in ctx.record.places if p.text == "U.S."]
    assert len(us) == 2 and all(p.country == "USA" and p.kind == "country" for p in us)


def test_all_capital_dateline_with_a_postal_abbreviation(pipe):
    ctx = analyse(pipe, "SPRINGFIELD, Ill. - The governor signed the budget on Tuesday after a long night.")
    p = place_for(ctx, "SPRINGFIELD")
    assert p.country == "USA" and p.admin1 == "Illinois"
    assert ctx.data["dateline_place"] is not None and ctx.data["dateline_place"].name == "Springfield"


@pytest.mark.parametrize("text, town, province", [
    ("Protesters marched in Sherbrooke, Que., on Saturday.", "Sherbrooke", "Quebec"),
    ("The plant in Kingston, Ont., will close next spring.", "Kingston", "Ontario"),
    ("Farmers near Red Deer, Alta., lost their crops to hail.", "Red Deer", "Alberta"),
])
def test_canadian_province_abbreviations_qualify_the_town(pipe, text, town, province):
    ctx = analyse(pipe, text)
    p = place_for(ctx, town)
    assert p.country == "CAN"
    assert any(q.name == province and q.kind == "admin1" for q in ctx.record.places)


def test_la_initialism_is_los_angeles_and_la_abbreviation_is_louisiana(pipe):
    ctx = analyse(pipe, "The band flew from L.A. to New York for the show.")
    assert place_for(ctx, "L.A.").name == "Los Angeles"
    ctx = analyse(pipe, "A levee failed near Alexandria, La., on Sunday.")
    assert place_for(ctx, "Alexandria").admin1 == "Louisiana"


@pytest.mark.parametrize("text, saint", [
    ("She was treated at St. Mary's Hospital in Rochester after the crash.", "St. Mary"),
    ("The choir sang at St. Luke Catholic Church on Sunday morning.", "St. Luke"),
    ("He taught for years at St. Joseph's Academy before retiring.", "St. Joseph"),
])
def test_a_saint_named_institution_is_no_town_called_saint(pipe, text, saint):
    ctx = analyse(pipe, text)
    assert not any(p.text.startswith(saint) and p.kind in ("city", "admin2", "admin1") for p in ctx.record.places)


def test_a_city_before_its_hospital_stays_a_place(pipe):
    ctx = analyse(pipe, "Wounded men were taken to Baghdad's Yarmouk Hospital, a doctor said.")
    assert place_for(ctx, "Baghdad").country == "IRQ"


def test_an_unknown_institution_is_placed_in_the_town_named_with_it(pipe):
    ctx = analyse(pipe, "ROCHESTER, Minn. - She was treated at Lakeside Memorial Hospital after the crash.")
    p = place_for(ctx, "Lakeside Memorial Hospital")
    assert p.kind == "landmark" and p.rule.endswith("institution-in-city")
    assert near(p, 44.02, -92.47, 10)  # Rochester, Minnesota, not a town called Lakeside


def test_an_institution_without_a_town_nearby_is_not_placed_by_the_institution_rule(pipe):
    ctx = analyse(pipe, "She was treated at Lakeside Memorial Hospital after the crash, her brother said.")
    assert not any((p.rule or "").endswith("institution-in-city") for p in ctx.record.places)


# ----------------------------------------------------------------- ambiguous names by context
def test_london_among_ontario_towns_is_london_ontario(pipe):
    ctx = analyse(pipe, "The factory in London will hire 200 workers, the company said. Its other plants are in "
                        "Windsor and Kitchener, and the Ontario government is paying for training.")
    assert near(place_for(ctx, "London"), 42.98, -81.23, 50)


def test_london_alone_is_london_england(pipe):
    ctx = analyse(pipe, "The minister flew to London for talks on trade, and then to Berlin.")
    assert near(place_for(ctx, "London"), 51.51, -0.13, 50)


def test_perth_among_australian_places_is_western_australia(pipe):
    ctx = analyse(pipe, "Bushfires near Perth forced families to flee, and the Western Australia premier "
                        "visited Bunbury and Mandurah on Tuesday.")
    assert place_for(ctx, "Perth").country == "AUS"


def test_perth_among_scottish_places_is_scotland(pipe):
    ctx = analyse(pipe, "Heavy snow closed the road between Perth and Dundee, and schools in Stirling shut, "
                        "the Scotland transport agency said.")
    assert place_for(ctx, "Perth").country == "GBR"


# ----------------------------------------------------------------- gold halves
def test_gold_sets_split_into_even_and_odd_halves():
    docs = list(range(7))
    assert ev_places.split_part(docs, "a") == [0, 2, 4, 6]
    assert ev_places.split_part(docs, "b") == [1, 3, 5]
    assert ev_places.split_part(docs, None) == docs
    with pytest.raises(ValueError):
        ev_places.split_part(docs, "c")
