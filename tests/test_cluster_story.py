"""A report whose details fit several happenings joins the one its own article's story points to."""

from __future__ import annotations

import random
from datetime import date, timedelta

from lapwing.store.clustering import cluster
from lapwing.store.mentions import ActorKey, Mention, PlaceKey

NAIROBI = PlaceKey("Nairobi", "KEN", -1.286, 36.817, "city")
MOMBASA = PlaceKey("Mombasa", "KEN", -4.043, 39.668, "city")
POLICE = ActorKey("Kenyan police", "KEN", "COP", frozenset())
CROWD = ActorKey("protesters", "KEN", "CVL", frozenset())
OFFICERS = ActorKey("Officers", None, None, frozenset())  # no country, no sector: says nothing of who


def _m(aid: str, idx: int, cameo: str, src, tgt, place, sentence: str, precise: bool = True) -> Mention:
    d1 = date(2024, 3, 5)
    d0 = d1 if precise else d1 - timedelta(days=3)
    return Mention(aid, idx, cameo, None, 4, -5.0, "asserted", src, tgt, d0, d1, precise, place, sentence,
                   "2024-03-05", aid, 0.8, trigger_start=idx * 50)


def _scenario(live_city: PlaceKey | None) -> list[Mention]:
    ms = []
    for aid, city, n in (("wire", NAIROBI, 35), ("daily", NAIROBI, 35), ("coast", MOMBASA, 12),
                         ("coast2", MOMBASA, 12)):
        name = city.name
        ms += [_m(aid, 0, "173", POLICE, CROWD, city, f"Kenyan police arrested {n} protesters in {name} on Tuesday."),
               _m(aid, 1, "175", POLICE, CROWD, city, f"Police fired tear gas at the crowd in {name} on Tuesday.")]
    if live_city is not None:  # the live blog's arrests, in a city the gazetteer knows
        ms.append(_m("live", 0, "173", POLICE, CROWD, live_city,
                     f"Police have arrested dozens of protesters in {live_city.name}, our reporter says."))
    # its tear gas: no actor's country, no place, no date of its own; fits both cities' tear gas alike
    ms.append(_m("live", 1, "175", OFFICERS, None, None,
                 "Officers are firing tear gas to push the crowd back towards the avenue.", precise=False))
    return ms


def _groups(ms: list[Mention]) -> list[list[tuple[str, int]]]:
    return sorted(sorted(ms[i].key for i in c.members) for c in cluster(ms))


def _group_of(ms: list[Mention], key: tuple[str, int]) -> list[tuple[str, int]]:
    return next(g for g in _groups(ms) if key in g)


def test_the_tear_gas_of_a_live_blog_is_the_one_fired_where_its_arrests_were():
    assert _group_of(_scenario(NAIROBI), ("live", 1)) == [("daily", 1), ("live", 1), ("wire", 1)]
    assert _group_of(_scenario(MOMBASA), ("live", 1)) == [("coast", 1), ("coast2", 1), ("live", 1)]


def test_without_a_story_the_report_that_fits_two_happenings_stays_alone():
    assert _group_of(_scenario(None), ("live", 1)) == [("live", 1)]


def test_the_story_rule_does_not_depend_on_arrival_order():
    ms = _scenario(NAIROBI)
    expected = _groups(ms)
    rng = random.Random(11)
    for _ in range(6):
        rng.shuffle(ms)
        assert _groups(ms) == expected
