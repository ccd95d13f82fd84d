"""Places (issue 17), each kind of case the issue lists in several phrasings: state offices and borders
make a name the state, institutions and buildings no table knows are places in their town, and the
phrasings that already worked stay working.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from lapwing.extract.places import find_places, places
from lapwing.extract.registry import Context
from lapwing.geo.resolve import haversine_km
from lapwing.pipeline import Pipeline
from lapwing.schema import Article, ArticleRecord


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline.create(extractors=["places"])


def place_for(pipe: Pipeline, text: str, name: str):
    """The record's place named ``name`` (adjectival references included), as the extractor lists it."""
    art = Article(id="t", text=text)
    ctx = Context(doc=pipe.nlp(text), article=art, record=ArticleRecord(article=art))
    places(ctx)
    ps = ctx.record.places
    hits = [p for p in ps if p.text == name]
    assert hits, f"no place {name!r} among {[p.text for p in ps]}"
    return hits[0]


# ----------------------------------------------------- a state's offices and borders: the state, not the town
@pytest.mark.parametrize("text, name", [
    ("New York's attorney general sued the company on Monday.", "New York"),
    ("The New York governor vetoed the bill.", "New York"),
    ("Trucks were stopped at the New York border near Pittsfield.", "New York"),
    ("The Washington legislature voted to raise the gas tax.", "Washington"),
    ("Washington's governor declared an emergency after floods near Spokane.", "Washington"),
    ("Washington state officials closed the pass near Yakima.", "Washington"),
    ("The fire spread across the Georgia line from Chattanooga.", "Georgia"),
])
def test_a_states_offices_and_borders_make_the_name_the_state(pipe, text, name):
    p = place_for(pipe, text, name)
    assert p.kind == "admin1" and p.country == "USA", (p.kind, p.country, p.rule)


@pytest.mark.parametrize("text, name, point", [
    ("He flew from New York to Los Angeles on Sunday.", "New York", (40.71, -74.01)),
    ("The president returned to Washington after a trip to Paris and Berlin.", "Washington", (38.90, -77.04)),
    ("New York police arrested two men in Brooklyn.", "New York", (40.71, -74.01)),
])
def test_the_city_stays_the_city_without_such_a_word(pipe, text, name, point):
    p = place_for(pipe, text, name)
    assert p.kind == "city" and haversine_km(p.lat, p.lon, *point) < 50, (p.kind, p.lat, p.lon, p.rule)


def test_a_country_before_border_stays_the_country(pipe):
    p = place_for(pipe, "Refugees crossed the Jordan border from Syria overnight.", "Jordan")
    assert p.kind == "country" and p.country == "JOR"


# --------------------------------------------------------------------------------- institutions, buildings
@pytest.mark.parametrize("text, name, town_point", [
    ("She was treated at Mercy General Hospital in Sacramento.", "Mercy General Hospital", (38.58, -121.49)),
    ("Worshippers gathered at Grace Baptist Church in Dayton, Ohio.", "Grace Baptist Church", (39.76, -84.19)),
    ("ROCHESTER, Minn. - Surgeons at Lakeside Memorial Hospital operated on the boy.",
     "Lakeside Memorial Hospital", (44.02, -92.47)),
    ("Doctors at St. Jude Children's Research Hospital in Memphis treated the boy.",
     "St. Jude Children's Research Hospital", (35.15, -90.05)),
    ("Fans packed Yankee Stadium in the Bronx on Sunday.", "Yankee Stadium", (40.84, -73.87)),
])
def test_an_institution_no_table_knows_is_a_place_in_its_town(pipe, text, name, town_point):
    p = place_for(pipe, text, name)
    assert p.kind == "landmark" and p.geonames_id is None and "institution-in-city" in p.rule
    assert haversine_km(p.lat, p.lon, *town_point) < 30, (p.lat, p.lon)


def test_an_institution_with_no_town_near_it_is_not_listed(pipe):
    ps = [p.text for p, _s, _e in find_places(pipe.nlp("The board of Mercy General Hospital met on Tuesday."))[0]]
    assert "Mercy General Hospital" not in ps


def test_a_town_before_its_institution_stays_the_place(pipe):
    text = "Boston Children's Hospital treated the boy, doctors in Boston said."
    ps = [p.text for p, _s, _e in find_places(pipe.nlp(text))[0]]
    assert "Boston" in ps and "Children's Hospital" not in ps


# --------------------------------------------------------------------- phrasings that already worked
@pytest.mark.parametrize("text, name, kind, country, point", [
    ("Russia and Georgia fought a war over South Ossetia in 2008.", "Georgia", "country", "GEO", None),
    ("The governor of Georgia signed the bill in Atlanta.", "Georgia", "admin1", "USA", None),
    ("LONDON, Ont. - Police in Woodstock and Kitchener joined the search.", "LONDON", "city", "CAN", (42.98, -81.23)),
    ("Students from Windsor, Sarnia and London marched to Queen's Park in Toronto.", "London", "city", "CAN",
     (42.98, -81.23)),
    ("Storms hit Paris, Tenn., and nearby towns on Friday.", "Paris", "city", "USA", (36.30, -88.33)),
    ("French police in Paris arrested three men.", "Paris", "city", "FRA", (48.85, 2.35)),
    ("Crowds in Springfield, Missouri, and Branson cheered the team.", "Springfield", "city", "USA", (37.21, -93.30)),
    ("A Jordan resident was hurt in a crash near Shakopee, Minn., police said.", "Jordan", "city", "USA",
     (44.67, -93.63)),
    ("King Abdullah said Jordan would host more refugees from Syria.", "Jordan", "country", "JOR", None),
    ("HALIFAX, N.S. - Fishermen protested quotas.", "HALIFAX", "city", "CAN", (44.65, -63.57)),
    ("A man from Red Deer, Alta., was charged.", "Red Deer", "city", "CAN", (52.27, -113.80)),
    ("Voters in Marion County, Ind., went to the polls.", "Marion County", "admin2", "USA", (39.78, -86.14)),
    ("Crime fell in Brooklyn and Queens last year.", "Brooklyn", None, "USA", (40.65, -73.95)),
    ("The Nigerian army said it killed 20 militants.", "Nigerian", "adjectival", "NGA", None),
    ("Two Afghans and a Pakistani were detained.", "Afghans", "adjectival", "AFG", None),
    ("The U.S. military said two soldiers were hurt.", "U.S.", "country", "USA", None),
])
def test_each_kind_of_case_in_other_phrasings(pipe, text, name, kind, country, point):
    p = place_for(pipe, text, name)
    assert kind is None or p.kind == kind, (p.kind, p.rule)
    assert p.country == country, (p.country, p.rule)
    if point is not None:
        assert haversine_km(p.lat, p.lon, *point) < 161, (p.lat, p.lon, p.rule)


# --------------------------------------------- a town's people or offices after a name: a town, no country
@pytest.mark.parametrize("text, name", [
    ("A Palestine man was sentenced to two years on Friday.", "Palestine"),
    ("The Jordan resident was flown to a hospital after the crash.", "Jordan"),
    ("Lebanon police said a woman was hurt when her car hit a tree.", "Lebanon"),
    ("Two Malta residents won the county fair's pie contest.", "Malta"),
])
def test_a_towns_people_or_offices_after_a_name_make_it_no_country(pipe, text, name):
    p = place_for(pipe, text, name)
    assert p.kind != "country", (p.kind, p.country, p.rule)


@pytest.mark.parametrize("text, name, iso3", [
    ("Israel and Jordan signed a water deal on Monday.", "Jordan", "JOR"),
    ("Protests spread across Lebanon as the currency fell.", "Lebanon", "LBN"),
    ("Lebanon's army deployed troops to the south.", "Lebanon", "LBN"),
])
def test_the_country_stays_the_country_without_such_words(pipe, text, name, iso3):
    p = place_for(pipe, text, name)
    assert p.kind == "country" and p.country == iso3, (p.kind, p.country, p.rule)


# ------------------------------------------------------------- a country inside one hyphenated word
@pytest.mark.parametrize("text, name, iso3", [
    ("U.S.-backed forces took the town, officials said.", "U.S.", "USA"),
    ("The U.K.-based charity sent food to Yemen.", "U.K.", "GBR"),
])
def test_a_country_before_a_hyphen_in_one_word_is_an_adjectival_place(pipe, text, name, iso3):
    p = place_for(pipe, text, name)
    assert p.kind == "adjectival" and p.country == iso3 and p.rule == "adjectival/compound"
    assert text[p.start:p.end] == name


def test_a_hyphenated_word_without_a_country_gives_no_place(pipe):
    art = Article(id="t", text="A man-made lake and a well-known road.")
    ctx = Context(doc=pipe.nlp(art.text), article=art, record=ArticleRecord(article=art))
    places(ctx)
    assert ctx.record.places == []


def test_a_compound_country_is_never_where_an_event_happened(pipe):
    text = "U.S.-backed forces took the town, officials said."
    art = Article(id="t", text=text)
    ctx = Context(doc=pipe.nlp(text), article=art, record=ArticleRecord(article=art))
    places(ctx)
    assert all(p.kind != "adjectival" for p, _s, _e in ctx.data["places"])


# ------------------------------------------------------- a name qualifying a town: the state, only there
@pytest.mark.parametrize("text, name", [
    ("She grew up in Yonkers, New York, and moved to Ohio.", "New York"),
    ("Police in Spokane, Washington, said the fire was out.", "Washington"),
    ("The company, based in Flushing, New York, will hire 20 people.", "New York"),
])
def test_a_name_qualifying_a_town_is_the_state(pipe, text, name):
    p = place_for(pipe, text, name)
    assert p.kind == "admin1" and p.country == "USA", (p.kind, p.rule)


def test_the_qualifier_reading_stays_with_the_qualifier(pipe):
    text = ("The airline, based in Forest Hills, New York, will fly from New York to Kyiv and Vilnius, "
            "its founder said.")
    art = Article(id="t", text=text)
    ctx = Context(doc=pipe.nlp(text), article=art, record=ArticleRecord(article=art))
    places(ctx)
    kinds = [p.kind for p in ctx.record.places if p.text == "New York"]
    assert kinds == ["admin1", "city"], [(p.text, p.kind, p.rule) for p in ctx.record.places]
