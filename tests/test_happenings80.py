"""Issue 11, round cl80: a saint's name told as a parish's ("the San Jose parish church") is a building in its town,
not the city of that name, so reports of one killing outside it are no longer placed in two countries' cities and
split (geo/detect_rules.saint_parish_end). Articles written for this test; the pipeline reads them end to end, and
the clusters must be the same in every arrival order."""

from __future__ import annotations

import itertools

import pytest

from lapwing.schema import Article, ArticleRecord
from lapwing.store.clustering import cluster_by_family
from lapwing.store.mentions import mentions_of

DAY = "2031-05-04T20:00:00"


@pytest.fixture(scope="module")
def pipe():
    from lapwing.pipeline import Pipeline

    return Pipeline.create(config={})


def _analyse(pipe, texts: dict[str, str]) -> list[ArticleRecord]:
    return [pipe.analyse(Article(id=k, text=t, published=DAY, source=k)) for k, t in texts.items()]


def _place_names(pipe, text: str) -> list[str]:
    return [p.text for p in _analyse(pipe, {"p": text})[0].places]


@pytest.mark.parametrize("text", [
    "Gunmen shot dead the mayor of Cuitzeo on Sunday outside the San Jose parish church, prosecutors said.",
    "Two men were wounded on Saturday as they left the San Jose parish chapel in Tecpan, Guatemala.",
    "Police guarded the Santa Rosa parish school in Jerez, Mexico, after a threat on Monday.",
])
def test_a_saint_named_parish_building_is_no_city(pipe, text):
    names = _place_names(pipe, text)
    assert not any(n in ("San Jose", "Santa Rosa") for n in names)
    assert any(t in n for n in names for t in ("Cuitzeo", "Tecpan", "Guatemala", "Jerez", "Mexico")), names  # its town


@pytest.mark.parametrize("text, name", [
    ("Police arrested two men in San Jose on Monday.", "San Jose"),
    ("Floods closed roads in St. Tammany parish on Monday.", "Tammany"),
    ("Thousands marched through Santa Rosa on Sunday.", "Santa Rosa"),
])
def test_the_city_and_a_parish_that_is_a_place_stay_places(pipe, text, name):
    assert any(name in n for n in _place_names(pipe, text))


KILLING = {
    "k1": "MORELIA, Mexico - Gunmen shot dead the mayor of Cuitzeo on Sunday outside the San Jose parish church, "
          "Michoacan state prosecutors said.",
    "k2": "The mayor of the Mexican town of Cuitzeo was shot dead by gunmen on Sunday, Michoacan officials said.",
    "k3": "Gunmen killed the mayor of Cuitzeo in Mexico's Michoacan state on Sunday, police said.",
    "k4": "Gunmen shot dead a town mayor in Michoacan, Mexico, on Sunday as he left the San Jose parish chapel, "
          "officials said.",
}


def _clusters(records: list[ArticleRecord]) -> set[frozenset[tuple[str, str]]]:
    ms = [m for r in records for m in mentions_of(r)]
    return {frozenset((ms[i].article_id, ms[i].cameo) for i in c.members + c.copies) for c in cluster_by_family(ms)}


def test_reports_of_a_killing_outside_a_parish_church_join_in_any_order(pipe):
    records = _analyse(pipe, KILLING)
    first = _clusters(records)
    ids = {frozenset(a for a, _c in c) for c in first}
    assert frozenset(KILLING) in ids  # one event for the four reports
    for order in itertools.permutations(records):
        assert _clusters(list(order)) == first
