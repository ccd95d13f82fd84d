"""Places: detection, resolution with article context, datelines, user places, event location.

These run with whatever NLP model is installed (the shipped model or the blank
fallback): the gazetteer path does not need NER.
"""

from __future__ import annotations

import pytest

from lapwing.extract.event_place import event_place
from lapwing.extract.places import find_places, places
from lapwing.extract.registry import Context, registered
from lapwing.geo import gazetteer as gz
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


def test_registered_as_places_extractor():
    assert "places" in registered()


# ----------------------------------------------------------------- disambiguation
def test_miraflores_palace_in_a_venezuelan_article_is_the_palace_in_caracas(pipe):
    ctx = analyse(pipe, "CARACAS, April 30 (Reuters) - Venezuelan soldiers gathered outside the Miraflores palace "
                        "on Tuesday as the president addressed supporters.")
    p = next(p for p in ctx.record.places if p.text.startswith("Miraflores"))
    assert p.kind == "landmark" and p.country == "VEN"
    assert near(p, 10.5067, -66.9186, 5)
    # a demonym is no place name: listed only as an adjectival reference to its country
    assert [(q.kind, q.country) for q in ctx.record.places if q.text == "Venezuelan"] == [("adjectival", "VEN")]


def test_miraflores_alone_follows_the_article_context(pipe):
    ve = analyse(pipe, "Protesters in Caracas, Venezuela, marched to Miraflores, where the president lives.")
    assert place_for(ve, "Miraflores").country == "VEN"
    pe = analyse(pipe, "Tourists in Lima, Peru, crowded the seafront of Miraflores on Sunday.")
    p = place_for(pe, "Miraflores")
    assert p.country == "PER" and near(p, -12.12, -77.03, 15)


def test_real_places_resolve_within_tolerance(pipe):
    ctx = analyse(pipe, "Talks resumed in Nairobi, Kenya, while aid reached Mogadishu and Baghdad. "
                        "Officials in Germany and Brazil welcomed the news.")
    assert near(place_for(ctx, "Nairobi"), -1.286, 36.817, 25)
    assert place_for(ctx, "Kenya").country == "KEN" and place_for(ctx, "Kenya").kind == "country"
    assert near(place_for(ctx, "Mogadishu"), 2.04, 45.34, 25)
    assert near(place_for(ctx, "Baghdad"), 33.31, 44.37, 25)
    assert near(place_for(ctx, "Germany"), 51.2, 10.4, 300)
    assert place_for(ctx, "Brazil").country == "BRA"
    baghdad = place_for(ctx, "Baghdad")
    assert baghdad.kind == "city" and baghdad.geonames_id and baghdad.rule


def test_qualifier_and_context_pick_among_namesakes(pipe):
    tx = analyse(pipe, "A tornado damaged homes in Paris, Texas, on Sunday.")
    p = place_for(tx, "Paris")
    assert p.country == "USA" and p.admin1 == "Texas" and near(p, 33.66, -95.56, 20)
    fr = analyse(pipe, "Ministers met in Paris before flying to Lyon and Marseille, France.")
    assert near(place_for(fr, "Paris"), 48.857, 2.35, 20)
    us = analyse(pipe, "Storms hit Atlanta and Savannah, and the governor of Georgia declared an emergency.")
    g = place_for(us, "Georgia")
    assert g.kind == "admin1" and g.country == "USA"
    ge = analyse(pipe, "Russian troops moved from Tbilisi toward the border as Georgia protested.")
    assert place_for(ge, "Georgia").country == "GEO"


def test_dateline_gives_the_article_a_place(pipe):
    ctx = analyse(pipe, "GAINESVILLE, Ga. — Police arrested two men on Friday after a chase.")
    dl = ctx.data["dateline_place"]
    assert dl is not None and dl.name == "Gainesville" and dl.admin1 == "Georgia"
    assert near(dl, 34.30, -83.82, 20)
    # no place in the event's sentence: the event happened at the dateline
    trigger = next(t for t in ctx.doc if t.text == "arrested")
    assert event_place(ctx, trigger) == dl


# ----------------------------------------------------------------- false places
def test_no_place_for_persons_months_and_common_words(pipe):
    ctx = analyse(pipe, "Jackson said on Monday that Mr. Lincoln would visit in March. "
                        "Nice weather helped, and President Washington was praised in May.")
    assert ctx.record.places == []


def test_surname_seen_in_full_name_is_not_a_town(pipe):
    ctx = analyse(pipe, "Chiquita Raquel Henry, 19, was charged with arson. Detectives traced the fire to Henry.")
    assert "Henry" not in [p.text for p in ctx.record.places]


# ----------------------------------------------------------------- user places
def test_user_places_file_adds_landmarks(pipe, tmp_path, monkeypatch):
    f = tmp_path / "my_places.tsv"
    f.write_text(
        "name\taliases\tkind\tcountry\tadmin1\tlat\tlon\tgeonames_id\n"
        "Quillfeather Gate\tQuillfeather crossing\tlandmark\tKEN\tTurkana\t4.2500\t35.7500\t\n",
        encoding="utf-8",
    )
    monkeypatch.setenv(gz.ENV_PLACES, str(f))
    ctx = analyse(pipe, "Traders crossed at the Quillfeather crossing on Monday.")
    p = place_for(ctx, "Quillfeather crossing")
    assert p.name == "Quillfeather Gate" and p.country == "KEN" and p.kind == "landmark"
    assert near(p, 4.25, 35.75, 1) and "user-places" in p.rule
    monkeypatch.delenv(gz.ENV_PLACES)
    assert gz.get_gazetteer().lookup("Quillfeather Gate") == ()


def test_bad_user_places_file_says_where(tmp_path):
    f = tmp_path / "bad.tsv"
    f.write_text("Somewhere\t\tlandmark\tKEN\t\tnorth\t35.7\t\n", encoding="utf-8")
    with pytest.raises(gz.PlacesFileError, match=r"bad.tsv:1: lat/lon"):
        gz.read_places_tsv(f)


def test_builtin_landmarks_load():
    rows = gz.read_places_tsv(gz.LANDMARKS_PATH, "landmarks")
    assert 60 <= len(rows) <= 200
    names = {e.name for e, _ in rows}
    assert {"Miraflores Palace", "Tahrir Square", "Rafah crossing", "Kremlin"} <= names
    for e, _ in rows:
        assert e.cc and -90 <= e.lat <= 90 and -180 <= e.lon <= 180


# ----------------------------------------------------------------- records and event location
def test_places_reach_record_and_context_with_token_offsets(pipe):
    text = "Fighting spread from Aleppo to Idlib, Syria."
    ctx = analyse(pipe, text)
    assert [p.text for p in ctx.record.places] == ["Aleppo", "Idlib", "Syria"]
    for p, s, e in ctx.data["places"]:
        assert text[p.start:p.end] == p.text
        assert ctx.doc[s:e].start_char == p.start and ctx.doc[s:e].end_char == p.end
    assert all(p.country == "SYR" for p in ctx.record.places)


def test_event_place_is_the_location_of_the_event_not_any_place(pipe):
    ctx = analyse(pipe, "Two soldiers were killed in Kandahar on Monday, officials in Kabul said.")
    killed = next(t for t in ctx.doc if t.text == "killed")
    assert event_place(ctx, killed).text == "Kandahar"
    ctx = analyse(pipe, "A cab driver from Abidjan was shot by police.")
    shot = next(t for t in ctx.doc if t.text == "shot")
    assert event_place(ctx, shot) is None


def test_find_places_on_empty_text(pipe):
    found, dateline = find_places(pipe.nlp(""))
    assert found == [] and dateline is None


# ----------------------------------------------------------------- false places and context fixes
def test_capital_dateline_beats_small_namesakes_dragged_by_fictional_club(pipe):
    ctx = analyse(pipe, "LONDON, March 3 (Lapwing Wire) - Riverside Rovers beat Lakeside 3-1 on Saturday. "
                        "Riverside's coach praised the defence, and Riverside now lead the table.")
    p = place_for(ctx, "LONDON")
    assert p.country == "GBR" and near(p, 51.5074, -0.1278, 30)


def test_la_carlota_air_base_in_a_venezuelan_article(pipe):
    ctx = analyse(pipe, "CARACAS, July 2 (Reuters) - Opposition marchers gathered near La Carlota air base "
                        "in eastern Caracas on Friday.")
    p = next(p for p in ctx.record.places if p.text.startswith("La Carlota"))
    assert p.kind == "landmark" and p.country == "VEN" and near(p, 10.485, -66.84, 5)
    ctx = analyse(pipe, "Protesters in Caracas, Venezuela, marched toward La Carlota on Saturday.")
    assert place_for(ctx, "La Carlota").country == "VEN"


def test_altamira_in_a_caracas_article_is_the_caracas_district(pipe):
    ctx = analyse(pipe, "CARACAS, June 9 (Reuters) - Police fired tear gas at students in the Altamira district "
                        "of the Venezuelan capital.")
    p = place_for(ctx, "Altamira")
    assert p.country == "VEN" and near(p, 10.4965, -66.85, 10)
    br = analyse(pipe, "Farmers near Belem and Santarem in Para, Brazil, drove to Altamira to protest.")
    assert place_for(br, "Altamira").country == "BRA"


@pytest.mark.parametrize("text, holiday", [
    ("Workers marched on May Day in Caracas, Venezuela.", "Day"),
    ("Stores in Chicago closed early for Labor Day weekend sales.", "Labor"),
    ("Parades on Columbus Day drew crowds in New York.", "Columbus"),
    ("Polls opened on Election Day across Ohio.", "Day"),
])
def test_holiday_names_are_no_places(pipe, text, holiday):
    ctx = analyse(pipe, text)
    texts = [p.text for p in ctx.record.places]
    assert holiday not in texts and "Day" not in texts, texts


def test_organisation_acronyms_are_no_towns(pipe):
    ctx = analyse(pipe, "Thousands fled fighting in Mali this year, according to U.N. data. NATO and UN officials "
                        "met in Brussels, while U.S. envoys stayed away.")
    texts = {p.text: p for p in ctx.record.places}
    assert "U.N." not in texts and "NATO" not in texts and "UN" not in texts
    assert texts["U.S."].country == "USA" and texts["Brussels"].country == "BEL"


def test_brent_crude_is_no_place(pipe):
    ctx = analyse(pipe, "Oil prices fell on Monday. Brent crude futures lost 2 percent, and Brent oil traded "
                        "below $70 in London.")
    texts = [p.text for p in ctx.record.places]
    assert "Brent" not in texts and "London" in texts


def test_unknown_single_common_word_is_not_emitted(pipe):
    ctx = analyse(pipe, "Riverside finished four points clear of second-placed Harbour Town. The harbour was full.")
    assert not [p for p in ctx.record.places if p.name is None and p.text == "Harbour"]
