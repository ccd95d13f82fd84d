"""Event coder, session 28 round 48 (issue 10): target classes read on event-args and PLOVER part a (source right,
target wrong or missing). Sentences written for this test, each class in several phrasings, with uses of the same
words that must stay as they are:

- *goods in trade belong to the country they come from*: a ban, tariff or restriction on "imports *of Chinese*
  steel", "shipments *of Turkish* steel", "imports *from* Nigeria", "imports of beef *from* Argentina" is aimed at
  that country (``argspecs._noun_owner``); goods with no owner ("imports of maize") give no target;
- *a year with its era mark is a time*: "statues that date back to *A.D. 200*" is never the "to" of "returned ...
  to Greece" (``syntax._era_year``);
- *an attitude is about its that-clause's subject*: "expressed optimism *that North Korea* would return to talks",
  "voiced hope that *the new government in Somalia* will ..." (spec ``thatsubj`` of the express / voice concern and
  optimism rows): a coded subject only ("concern that the fighting could spread" has none), never a relative
  clause on another noun ("optimism about the talks that Ethiopia hosted");
- *a group named by its example*: an uncoded target noun with a coded "such as" / "like" example ("urged allies
  *such as Germany* to ...", "praised partners *like Norway*") is aimed at the example
  (``arguments.example_target``); a group the tables code keeps its own code ("European countries such as ...").
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, show, with_root


def _target_countries(evs, root):
    return [e.target.country if e.target else None for e in with_root(evs, root)]


# -- goods in trade ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, root, country", [
    ("India lifted its ban on imports of Chinese steel.", "08", "CHN"),
    ("Russia imposed a ban on imports of Polish apples.", "17", "POL"),
    ("Ghana imposed a ban on imports from Nigeria.", "17", "NGA"),
    ("Seoul agreed on Monday to scrap its ban on imports of Canadian pork.", "03", "CAN"),
    ("Vietnam banned imports of Thai rice last week.", "16", "THA"),
    ("Brazil lifted the ban on imports of beef from Argentina.", "08", "ARG"),
])
def test_traded_goods_name_their_country(pipe, text, root, country):
    evs = _events(pipe, text)
    assert country in _target_countries(evs, root), show(evs)


def test_goods_with_no_owner_give_no_target(pipe):
    evs = _events(pipe, "Kenya lifted its ban on imports of maize.")
    assert _target_countries(evs, "08") == [None], show(evs)


# -- era years ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, country", [
    ("Italy returned 40 statues that date back to A.D. 200 to Greece.", "GRC"),
    ("Germany returned bronze masks dating to AD 900 to Nigeria.", "NGA"),
])
def test_era_year_is_no_target(pipe, text, country):
    evs = _events(pipe, text)
    assert not any(e.target is not None and any(c.isdigit() for c in e.target.text) for e in evs), show(evs)
    assert country in _target_countries(evs, "08"), show(evs)


# -- an attitude's that-clause subject ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, root, country", [
    ("Japan's prime minister expressed optimism that North Korea would return to talks.", "013", "PRK"),
    ("The Kenyan foreign minister voiced hope that the new government in Somalia will restore order.", "013", "SOM"),
    ("Chile's president expressed concern that Bolivia might close the border.", "012", "BOL"),
    ("Poland's defence minister has voiced concern that Russian troops could stay in Belarus.", "012", "RUS"),
])
def test_attitude_that_clause_subject_is_the_target(pipe, text, root, country):
    evs = _events(pipe, text)
    assert country in _target_countries(evs, root), show(evs)


@pytest.mark.parametrize("text", [
    "The UN envoy expressed concern that the fighting could spread.",
    "Egypt's foreign minister expressed optimism about the talks that Ethiopia hosted.",
])
def test_attitude_without_a_coded_clause_subject_has_no_target(pipe, text):
    evs = _events(pipe, text)
    assert all(c is None for c in _target_countries(evs, "01")), show(evs)


# -- a group named by its example ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, root, country", [
    ("The French president urged allies such as Germany to spend more on defence.", "02", "DEU"),
    ("The minister praised partners like Norway for their help.", "05", "NOR"),
    ("Russia warned neighbours such as Finland and Sweden against joining NATO.", "13", "FIN"),
    ("President Lula urged trusted partners like Angola to move toward democracy.", "02", "AGO"),
])
def test_example_names_the_group_target(pipe, text, root, country):
    evs = _events(pipe, text)
    assert country in _target_countries(evs, root), show(evs)


def test_coded_group_keeps_its_code(pipe):
    evs = _events(pipe, "Turkey criticised European countries such as the Netherlands for banning rallies.")
    assert "NLD" not in _target_countries(evs, "11"), show(evs)
