"""Session 33, round dt64: event dates that split reports of one happening.

* A weekday named with a part of the day that had not begun when the story was printed ("on Sunday night"
  in a weekly round-up printed at 7 a.m. that Sunday) is the one a week before; so is a clock time later
  than the printing time. Only a printed time of day can say so: a bare date, or midnight, changes nothing.
* One moment told in two time zones ("on Wednesday evening, Thursday morning local time"): the local
  expression is placed within a day of the other and dates the act; the other is the writer's clock.

Every sentence and publication date below is written for these tests.
"""

from __future__ import annotations

import pytest

from lapwing.extract.dates import event_date, resolve_all
from lapwing.extract.registry import Context
from lapwing.pipeline import Pipeline
from lapwing.schema import Article, ArticleRecord
from lapwing.timeparse import anchor as A

SUN_7AM = "2031-06-15T07:00:00"  # a Sunday, early
SUN_11PM = "2031-06-15T23:10:00"
SUN = "2031-06-15"


def values(text: str, published: str) -> dict[str, str | None]:
    return {t.text: t.value for t in resolve_all(text, published)[0]}


@pytest.mark.parametrize("text, expr, expected", [
    ("Gunmen raided a farming village on Sunday night, residents said.", "Sunday night", "2031-06-08TNI"),
    ("Looters broke into two shops late on Sunday.", "late on Sunday", "2031-06-08"),
    ("A fire swept through the market on Sunday evening.", "Sunday evening", "2031-06-08TEV"),
    ("The militia shelled the port at 10 p.m. on Sunday.", "10 p.m. on Sunday", "2031-06-08T22:00"),
])
def test_part_of_day_not_yet_begun_is_last_week(text, expr, expected):
    assert values(text, SUN_7AM)[expr] == expected


@pytest.mark.parametrize("text, expr, expected", [
    # printed late that Sunday: the evening has happened
    ("Gunmen raided a farming village on Sunday night, residents said.", "Sunday night", "2031-06-15TNI"),
    ("The militia shelled the port at 10 p.m. on Sunday.", "10 p.m. on Sunday", "2031-06-15T22:00"),
])
def test_printed_after_the_act_keeps_the_day(text, expr, expected):
    assert values(text, SUN_11PM)[expr] == expected


@pytest.mark.parametrize("text, expr, published, expected", [
    # no printed time: unchanged (wire copy names its own day)
    ("Gunmen raided a farming village on Sunday night, residents said.", "Sunday night", SUN, "2031-06-15TNI"),
    ("Gunmen raided a farming village on Sunday night, residents said.", "Sunday night", "2031-06-15T00:00:00",
     "2031-06-15TNI"),
    # the morning has begun before any morning paper
    ("Police cleared the square on Sunday morning.", "Sunday morning", SUN_7AM, "2031-06-15TMO"),
    # an afternoon five hours after printing: within the margin left for time zones
    ("The ferry sank on Sunday afternoon with 40 people on board.", "Sunday afternoon", SUN_7AM, "2031-06-15TAF"),
    ("The ferry sank on Sunday afternoon with 40 people on board.", "Sunday afternoon", "2031-06-15T05:30:00",
     "2031-06-08TAF"),
    # a plain weekday: unchanged
    ("Police cleared the square on Sunday.", "Sunday", SUN_7AM, "2031-06-15"),
    # a future act tonight stays today
    ("The council will vote on Sunday evening.", "Sunday evening", SUN_7AM, "2031-06-15TEV"),
    # another weekday's evening: unchanged
    ("The talks collapsed on Friday evening.", "Friday evening", SUN_7AM, "2031-06-13TEV"),
])
def test_controls_unchanged(text, expr, published, expected):
    assert values(text, published)[expr] == expected


def test_parse_hour():
    assert A.parse_hour("2031-06-15T07:30:00") == 7.5
    assert A.parse_hour("2031-06-15T07:30:00+02:00") == 7.5
    assert A.parse_hour("2031-06-15") is None
    assert A.parse_hour("2031-06-15T00:00:00") is None
    assert A.parse_hour(None) is None


WED_8PM = "2031-06-11T20:00:00"  # a Wednesday evening in the writer's zone


@pytest.mark.parametrize("text, local, other, expected", [
    ("The rebels fired rockets at the airfield on Wednesday evening, Thursday morning local time, officials said.",
     "Thursday morning", "Wednesday evening", "2031-06-12TMO"),
    ("The satellite was launched at 11 p.m. on Wednesday (Thursday morning local time), the agency said.",
     "Thursday morning", "11 p.m. on Wednesday", "2031-06-12TMO"),
    ("The quake struck on Thursday morning local time, Wednesday evening in Washington.",
     "Thursday morning", "Wednesday evening", "2031-06-12TMO"),
])
def test_local_time_beside_the_writers_clock(text, local, other, expected):
    found = {t.text: t for t in resolve_all(text, WED_8PM)[0]}
    assert found[local].value == expected
    assert "zone_alias" in found[other].flags
    assert "zone_alias" not in found[local].flags


@pytest.mark.parametrize("text", [
    "Talks ended on Wednesday, and resumed on Thursday morning.",  # two days, no local time
    "The attack began on Wednesday, at 5 a.m. local time.",  # the clock time belongs to the day named
])
def test_local_time_controls(text):
    assert not any("zone_alias" in t.flags for t in resolve_all(text, WED_8PM)[0])


@pytest.fixture(scope="module")
def blank() -> Pipeline:
    return Pipeline.create(model="blank", extractors=["dates"])


def _date(pipeline: Pipeline, text: str, published: str, word: str) -> tuple[str | None, str]:
    art = Article(id="d64", text=text, published=published)
    ctx = Context(doc=pipeline.nlp(text), article=art, record=ArticleRecord(article=art))
    for spec in pipeline.extractors:
        spec.fn(ctx)
    return event_date(ctx, next(t for t in ctx.doc if t.text == word))


def test_event_takes_the_local_day(blank):
    text = "The rebels fired rockets at the airfield on Wednesday evening, Thursday morning local time, officials said."
    assert _date(blank, text, WED_8PM, "fired") == ("2031-06-12", "text")


def test_event_of_a_sunday_roundup(blank):
    text = ("On Friday, the regulator fined two banks. In the north, gunmen raided a farming village on Sunday "
            "night. Elsewhere, the two leaders met on Saturday.")
    assert _date(blank, text, SUN_7AM, "raided") == ("2031-06-08", "text")
    assert _date(blank, text, SUN_7AM, "fined") == ("2031-06-13", "text")
    assert _date(blank, text, SUN_11PM, "raided") == ("2031-06-15", "text")


MON = "2031-06-16"  # a Monday


@pytest.mark.parametrize("text, expr, expected", [
    ("kanpur: police arrested two men at a railway crossing on sunday, officials said.", "sunday", "2031-06-15"),
    ("a crowd blocked the highway near the bus stand on saturday night.", "saturday night", "2031-06-14TNI"),
    ("the shops have stayed shut since friday.", "friday", "2031-06-13"),
    ("villagers said the water supply was cut last thursday.", "last thursday", "2031-06-12"),
])
def test_lower_case_weekday_after_a_preposition(text, expr, expected):
    assert values(text, MON)[expr] == expected


@pytest.mark.parametrize("text", [
    "He wore his sunday best to the hearing.",
    "The sunday market reopened.",
    "The crowd sat on the steps.",
])
def test_lower_case_weekday_controls(text):
    assert not any(t.rule == "weekday" for t in resolve_all(text, MON)[0])


@pytest.mark.parametrize("text, word, expected", [
    ("The challenger rejected the results of Sunday's runoff on Friday.", "rejected", "2031-06-13"),
    ("On Thursday the party disowned the wording of Tuesday's statement.", "disowned", "2031-06-12"),
    ("Sunday's vote was annulled by the court.", "annulled", "2031-06-15"),  # the only date: kept
])
def test_possessive_weekday_yields_to_the_acts_own(blank, text, word, expected):
    assert _date(blank, text, MON, word) == (expected, "text")


@pytest.mark.parametrize("text, word, expected", [
    # the happening the possessive qualifies keeps its day
    ("The death toll from Saturday's bus bombing rose to nine on Monday.", "bombing", "2031-06-14"),
    ("A court freed 30 people held during Friday's march, lawyers said on Sunday.", "march", "2031-06-13"),
])
def test_possessive_weekday_dates_its_own_noun(blank, text, word, expected):
    assert _date(blank, text, MON, word) == (expected, "text")


def _shipped():
    from lapwing.nlp import shipped_model_path

    return shipped_model_path()


@pytest.fixture(scope="module")
def parsed() -> Pipeline:
    if _shipped() is None:
        pytest.skip("no shipped model")
    return Pipeline.create(extractors=["dates"])


@pytest.mark.parametrize("text, word, expected", [
    ("Customs officers seized a shipment of rifles and arrested two drivers at the border on Saturday.", "seized",
     "2031-06-14"),
    ("The rebels ambushed a convoy and burned four trucks near the river on Friday, the army said.", "ambushed",
     "2031-06-13"),
    # each act its own date: unchanged
    ("Troops shelled the village on Thursday and withdrew on Saturday.", "shelled", "2031-06-12"),
])
def test_conjoined_acts_share_the_date_told_after_them(parsed, text, word, expected):
    assert _date(parsed, text, MON, word) == (expected, "text")



def test_possessive_weekday_in_the_acts_own_phrase_dates_it(blank):
    text = "Nine inmates killed in Saturday's riot were buried, the prisons service said on Monday."
    assert _date(blank, text, MON, "killed") == ("2031-06-14", "text")
