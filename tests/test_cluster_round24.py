"""The twenty-fourth round's clustering rules (issue #11: one event per happening), on mentions built by hand (no
model), each checked both ways: mentions that join, and ones that must stay apart.

An act of force told by its victims alone ("killed when a bomb exploded") and the same act told by its perpetrator
alone ("a suicide bomber detonated explosives") on one day in one town are one act. The cluster gold set's figures
(part q, written for this round) are checked in tests/test_happenings.py."""

from __future__ import annotations

from lapwing.store.clustering import cluster
from lapwing.store.evidence import compare, compare_codes
from lapwing.store.mentions import PlaceKey
from tests.test_cluster_round19 import _actor, _m

DAY = "2027-12-06"
GAROUA = PlaceKey("Garoua", "CMR", 9.30, 13.39, "city", admin1="North")
MAROUA = PlaceKey("Maroua", "CMR", 10.59, 14.32, "city", admin1="Far North")  # 170 km away


# ------------------------------------------------------------------------------------ the two halves of one act

def _victims(place=GAROUA, day=DAY, cameo="190"):
    return _m("wire", cameo, None, _actor("seven traders", "CMR", "CVL"), day,
              "Seven traders died when a bomb went off at the cattle market on Monday, police said.", place=place)


def _attacker(place=GAROUA, day=DAY, cameo="190"):
    return _m("daily", cameo, _actor("a suicide bomber", None, "INS"), None, day,
              "A suicide bomber blew himself up at the cattle market in Garoua yesterday.", place=place)


def test_a_blast_told_by_its_victims_and_by_its_bomber_is_one_act():
    codes = compare_codes(_victims(), _attacker())
    assert codes is not None and codes[1] >= 0.4
    pair = compare(_victims(), _attacker())
    assert pair is not None and pair.evidence >= 0.45
    assert len(cluster([_victims(), _attacker()])) == 1


def test_one_sided_reports_stay_apart_in_another_town_on_another_day_or_with_a_role_in_common():
    assert compare(_victims(), _attacker(place=MAROUA)) is None  # two towns 170 km apart
    assert compare(_victims(), _attacker(day="2027-12-07")) is None  # another day
    unplaced = compare(_victims(place=None), _attacker(place=None))
    assert unplaced is None or unplaced.evidence < 0.45  # no town in common: nothing says one act
    # a protest and an attack: the rule is for acts of force only
    march = _m("march", "141", _actor("traders", "CMR", "CVL"), None, DAY, "Traders marched in Garoua on Monday.",
               place=GAROUA)
    assert compare(_victims(), march) is None
    # a report that names both sides is judged by its actors as before: a victim-only report of another kind of
    # victim does not join it through this rule
    both = _m("radio", "190", _actor("gunmen", None, "UAF"), _actor("two soldiers", "CMR", "MIL"), DAY,
              "Gunmen killed two soldiers at a checkpoint in Garoua on Monday.", place=GAROUA)
    assert compare(_victims(), both) is None
