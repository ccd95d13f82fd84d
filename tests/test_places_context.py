"""Places (issue 17): ambiguous names decided by the article's context, detection of datelines,
abbreviations, counties, neighbourhoods and institutions, and division names of towns.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from lapwing.extract.places import find_places
from lapwing.geo.resolve import haversine_km
from lapwing.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline.create(extractors=["places"])


def found(pipe: Pipeline, text: str) -> list:
    return [p for p, _s, _e in find_places(pipe.nlp(text))[0]]


def place_for(pipe: Pipeline, text: str, name: str):
    ps = found(pipe, text)
    hits = [p for p in ps if p.text == name]
    assert hits, f"no place {name!r} among {[p.text for p in ps]}"
    return hits[0]


DC = (38.90, -77.04)
WA_STATE = (47.5, -120.5)
NY_STATE = (43.0, -75.5)
NYC = (40.71, -74.01)


# ------------------------------------------------------------- ambiguous names
@pytest.mark.parametrize("text, name, kind, country, point", [
    # Washington: the city by default and in a dateline; the state as a wide area, before "state", with a
    # qualifier or among the state's towns
    ("WASHINGTON (AP) - The Senate voted on Tuesday to extend the program.", "WASHINGTON", "city", "USA", DC),
    ("Officials in Washington and Moscow traded accusations over the expulsions.", "Washington", "city", "USA",
     DC),
    ("Wildfires burned across eastern Washington and Oregon on Monday, forcing hundreds to flee.", "Washington",
     "admin1", "USA", WA_STATE),
    ("Washington state lawmakers passed the bill on Friday.", "Washington", "admin1", "USA", WA_STATE),
    ("A teacher from Spokane, Washington, won the national award.", "Washington", "admin1", "USA", WA_STATE),
    ("The governor of Washington signed the budget in Olympia on Friday.", "Washington", "admin1", "USA",
     WA_STATE),
    # New York: the city, except as a wide area
    ("She took a flight from New York to London on Monday.", "New York", "city", "USA", NYC),
    ("ALBANY, N.Y. - Snow fell across upstate New York overnight.", "New York", "admin1", "USA", NY_STATE),
    # Georgia: the country near its own places, the US state near American ones
    ("Russian troops moved deeper into Georgia, beyond South Ossetia, on Tuesday.", "Georgia", "country", "GEO",
     (42.0, 43.5)),
    ("Protesters marched in Tbilisi, the capital of Georgia, on Saturday.", "Georgia", "country", "GEO",
     (42.0, 43.5)),
    ("Voters in Georgia and Alabama went to the polls on Tuesday.", "Georgia", "admin1", "USA", (32.75, -83.5)),
    ("SAVANNAH, Ga. - Heavy rain flooded streets across Georgia on Sunday.", "Georgia", "admin1", "USA",
     (32.75, -83.5)),
    # London and Paris: qualifiers and datelines
    ("The mayor of London, Ontario, opened the new bridge.", "London", "city", "CAN", (42.98, -81.23)),
    ("A judge in London, Ky., set bail at $50,000.", "London", "city", "USA", (37.13, -84.08)),
    ("LONDON (Reuters) - British lawmakers voted on Tuesday to delay the deadline.", "LONDON", "city", "GBR",
     (51.51, -0.13)),
    ("PARIS, Texas - A fire destroyed a warehouse on Tuesday night, the fire chief said.", "PARIS", "city", "USA",
     (33.66, -95.56)),
    ("Trains between Paris and Lyon were cancelled because of the strike.", "Paris", "city", "FRA",
     (48.85, 2.35)),
    # Springfield: the dateline's state, or the one whose towns the article names
    ("SPRINGFIELD, Ill. - Illinois lawmakers approved the budget on Friday.", "SPRINGFIELD", "city", "USA",
     (39.80, -89.64)),
    ("Springfield police said the suspect fled toward Branson and Joplin.", "Springfield", "city", "USA",
     (37.22, -93.30)),
    ("Springfield police said the suspect fled toward Holyoke and Chicopee.", "Springfield", "city", "USA",
     (42.10, -72.59)),
    ("Springfield police said the suspect fled toward Decatur and Peoria.", "Springfield", "city", "USA",
     (39.80, -89.64)),
])
def test_an_ambiguous_name_follows_the_context(pipe, text, name, kind, country, point):
    p = place_for(pipe, text, name)
    assert (p.kind, p.country) == (kind, country), (p.name, p.kind, p.country, p.rule)
    assert haversine_km(p.lat, p.lon, *point) < 161, (p.name, p.lat, p.lon)


# ------------------------------------------------------------- detection
@pytest.mark.parametrize("text, name, kind, country", [
    ("A U.S. drone strike killed three militants.", "U.S.", "country", "USA"),
    ("MONTREAL, Que. - The strike ended on Monday.", "MONTREAL", "city", "CAN"),
    ("Deputies in Jefferson County, Ky., arrested a man on Sunday.", "Jefferson County", "admin2", "USA"),
    ("A fire broke out in a building in Harlem on Sunday, fire officials said.", "Harlem", "city", "USA"),
    ("Heavy rain fell in Kerala and Tamil Nadu.", "Kerala", "admin1", "IND"),
])
def test_names_are_found_and_resolved(pipe, text, name, kind, country):
    p = place_for(pipe, text, name)
    assert (p.kind, p.country) == (kind, country)


def test_a_saint_named_hospital_is_a_place_in_its_town(pipe):
    text = "The victim was taken to St. Mary's Hospital in Rochester, Minn., police said."
    p = place_for(pipe, text, "St. Mary's Hospital")
    assert p.kind == "landmark" and p.rule.endswith("institution-in-city")
    assert haversine_km(p.lat, p.lon, 44.02, -92.47) < 10  # Rochester, Minnesota


def test_a_saint_named_church_with_no_town_nearby_is_no_place(pipe):
    assert found(pipe, "The choir sang at St. Luke Catholic Church on Sunday morning.") == []


def test_a_big_city_before_its_hospital_stays_the_city(pipe):
    p = place_for(pipe, "Doctors at San Francisco General Hospital treated the driver.", "San Francisco")
    assert p.kind == "city" and p.admin1 == "California"


# ------------------------------------------------------------- division names
def test_a_town_outside_the_us_names_its_first_order_division(pipe):
    p = place_for(pipe, "Police in Hamilton, Ontario, and in Kitchener arrested three men.", "Kitchener")
    assert p.admin1 == "Ontario" and p.country == "CAN"
    p = place_for(pipe, "Floods hit Lyon and Grenoble on Sunday.", "Grenoble")
    assert p.country == "FRA" and p.admin1  # GeoNames' name of its region


def test_a_county_and_its_town_support_each_other(pipe):
    # twenty states have a Madison County and several a Richmond: the pair that lies together is Kentucky's
    text = ("A Richmond man was charged on Sunday after a crash on the interstate, Madison County deputies said. "
            "The Richmond police chief said no one was hurt.")
    town = place_for(pipe, text, "Richmond")
    county = place_for(pipe, text, "Madison County")
    assert town.admin1 == "Kentucky" and county.admin1 == "Kentucky"
    assert haversine_km(town.lat, town.lon, county.lat, county.lon) < 40
