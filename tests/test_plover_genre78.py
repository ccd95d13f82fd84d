"""Session 39, round sa78 (issue 10): classes read off the PLOVER-genre reference batch 35
(tests/data/event_reference/35_plover_genre.tsv), each fixed by lexicon rows with several phrasings and controls.
Sentences written for these tests.

* people handed back (prisoners of war, soldiers, sailors, fishermen): a release of persons (0841), with or without a
  to-phrase; a thing or a territory handed back stays a return of property (0842);
* bridges built or rebuilt are figurative ties (050) only towards a party: a with-phrase or two coordinated parties;
  "rebuild roads and bridges destroyed by floods" is building work, no event;
* people in numbers who flee ("3,000 Burundians who fled fighting") are displaced, not a party that yields (080); a
  leader who flees stays 080;
* "X said that [an act] was out of the question": a rejection by X (12, the ``{reject}`` family), and the act ruled
  out (a gerund clause or an act noun under "out of the question") is negated, not reported as done.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show

PUB = "2026-12-09"  # a Wednesday


def _hits(evs, code, src=None, tgt=None):
    return [e for e in evs if e.cameo.startswith(code) and e.status in ("asserted", "attributed", "future")
            and (src is None or (e.source is not None and e.source.country == src))
            and (tgt is None or (e.target is not None and e.target.country == tgt))]


# ---- people handed back -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,src,tgt", [
    ("Ethiopia handed back 40 Eritrean soldiers on Sunday.", "ETH", "ERI"),
    ("Iran handed back the 15 British sailors it had seized in the Gulf.", "IRN", "GBR"),
    ("Georgia handed back six Russian prisoners of war on Tuesday after talks in Geneva.", "GEO", "RUS"),
    ("The Indian coast guard handed back 22 Sri Lankan fishermen at the maritime border.", "IND", "LKA"),
])
def test_people_handed_back_are_released(pipe, text, src, tgt):
    evs = events(pipe, text, PUB)
    assert _hits(evs, "0841", src, tgt), show(evs)


@pytest.mark.parametrize("text,src,tgt", [
    ("The Chinese navy handed back the seized underwater drone to the United States.", "CHN", "USA"),
    ("Britain handed back Hong Kong to China.", "GBR", "CHN"),
])
def test_things_handed_back_stay_property(pipe, text, src, tgt):
    evs = events(pipe, text, PUB)
    assert _hits(evs, "0842", src, tgt) and not _hits(evs, "0841"), show(evs)


# ---- figurative bridges -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,src,tgt", [
    ("The Egyptian president rebuilt bridges with Qatar.", "EGY", "QAT"),
    ("Serbia and Croatia rebuilt bridges after years of mistrust.", "SRB", "HRV"),
    ("The Moroccan king built bridges with the Algerian leadership.", "MAR", "DZA"),
])
def test_bridges_with_a_party_are_ties(pipe, text, src, tgt):
    evs = events(pipe, text, PUB)
    assert _hits(evs, "050", src, tgt), show(evs)


@pytest.mark.parametrize("text", [
    "The World Bank approved a 40 million dollar credit to Nepal on Monday to rebuild roads and bridges.",
    "Engineers rebuilt two bridges destroyed by the floods in the valley.",
    "The army built bridges over the river for the relief convoys.",
])
def test_bridges_as_building_work_are_no_ties(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo == "050"], show(evs)


def test_aid_credit_with_bridges_keeps_its_aid(pipe):
    evs = events(pipe, "The World Bank approved a 40 million dollar credit to Nepal on Monday to rebuild roads and "
                       "bridges.", PUB)
    assert _hits(evs, "071", "WBK", "NPL"), show(evs)


def test_relations_rebuilt_stay_ties(pipe):
    evs = events(pipe, "Australia has rebuilt relations with China.", PUB)
    assert _hits(evs, "050", "AUS", "CHN"), show(evs)


# ---- crowds who flee ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Tanzania has granted refugee status to 3,000 Burundians who fled fighting near Gitega last month.",
    "About 5,000 Congolese fled into Uganda on Tuesday after rebels attacked their villages.",
    "Hundreds of villagers fled the clashes in the district, local officials said.",
])
def test_crowds_who_flee_do_not_yield(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo == "080"], show(evs)


def test_asylum_granted_to_crowd_who_fled_is_kept(pipe):
    evs = events(pipe, "Tanzania has granted refugee status to 3,000 Burundians who fled fighting near Gitega last "
                       "month.", PUB)
    assert _hits(evs, "075", "TZA", "BDI"), show(evs)


@pytest.mark.parametrize("text,src", [
    ("The ousted Kyrgyz president fled to Kazakhstan.", "KGZ"),
    ("The deposed Malian prime minister fled to Senegal on Tuesday.", "MLI"),
])
def test_leader_who_flees_still_yields(pipe, text, src):
    evs = events(pipe, text, PUB)
    assert _hits(evs, "080", src), show(evs)


# ---- ruled out --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,src", [
    ("The Chilean government said that a new vote on the border treaty was out of the question.", "CHL"),
    ("Japanese officials said on Tuesday that lifting the ban on North Korean ships was out of the question.", "JPN"),
    ("The Serbian president said talks with the Kosovo leadership were out of the question until the attacks "
     "stopped.", "SRB"),
    ("The Indian army chief said a withdrawal from the glacier was out of the question.", "IND"),
])
def test_said_out_of_the_question_is_a_rejection(pipe, text, src):
    evs = events(pipe, text, PUB)
    assert _hits(evs, "12", src), show(evs)


def test_act_ruled_out_is_not_claimed(pipe):
    evs = events(pipe, "Japanese officials said on Tuesday that lifting the ban on North Korean ships was out of the "
                       "question.", PUB)
    assert not [e for e in evs if e.cameo.startswith("08") and e.status in ("asserted", "attributed", "future")], \
        show(evs)


@pytest.mark.parametrize("text", [
    "The coach said that a return to the team this season was out of the question.",
    "The minister said the question of pensions was out of the government's hands.",
    "The senator said the question of the border treaty would be raised again in the spring.",
])
def test_out_of_the_question_controls(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo.startswith("12")], show(evs)
