"""Event precision, session 27 round 44, branch pr45 (issue 10): a protest's own demand is its content.

A demand or appeal (CAMEO 10, 02) told as the purpose (to-clause) or manner (participle) of a protest, strike, march,
sit-in or blockade by the same people is what the protest is for, not an event of its own
(``protest_content.fold_protest_demands``, called in ``coder.py`` after the sentence's merge). The protest keeps its
code, or takes the sub-code the demand names (leadership 1, policy 2, rights 3, institutions 4) when it has none. Two
events stay when the demand has a subject of its own, is told in another clause or sentence, or is coordinated.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from event_helpers import claimed, show, with_root


@pytest.mark.parametrize("text, protest", [
    # purpose clauses
    ("Jailed Tibetan monks are continuing their hunger strike in Lhasa to demand the return of their abbot.", "142"),
    ("Hundreds of Bolivian miners began a hunger strike on Friday to demand the reinstatement of sacked colleagues.",
     "142"),
    ("Thousands of Kenyans took to the streets of Nairobi to demand the release of the detained activist.", "141"),
    ("Armenian protesters will march on the capital next week to demand new elections.", "133"),
    # participles
    ("Thousands of students marched through the capital demanding the resignation of the education minister.", "1411"),
    ("Opposition supporters rallied outside parliament calling for early elections.", "141"),
    ("Dock workers went on strike over pay, urging the government to raise the minimum wage.", "143"),
    ("Protesters blocked the main highway, demanding that the mayor step down.", "144"),
    ("Thousands of Georgian opposition supporters took to the streets of Tbilisi demanding the president's "
     "resignation.", "1411"),
    ("Demonstrators gathered outside the Thai parliament, calling on the prime minister to step down.", "141"),
])
def test_a_protests_purpose_or_manner_is_no_demand_of_its_own(pipe, text, protest):
    evs = claimed(pipe, text)
    assert with_root(evs, protest), show(evs)
    assert not with_root(evs, "10") and not with_root(evs, "02"), show(evs)


@pytest.mark.parametrize("text, code", [
    # the protest takes the sub-code of what is demanded
    ("Kurdish lawmakers in Ankara started a hunger strike on Monday to demand the resignation of the Turkish interior "
     "minister.", "1421"),
    ("Protesters in Lima blocked the highway on Tuesday, demanding that the Peruvian president step down.", "1441"),
    ("Students marched through Dhaka on Sunday demanding the resignation of the home minister.", "1411"),
])
def test_the_protest_takes_the_sub_code_its_demand_names(pipe, text, code):
    evs = claimed(pipe, text)
    assert [e for e in evs if e.cameo == code and e.plover and e.plover.type == "PROTEST"], show(evs)
    assert not with_root(evs, "10"), show(evs)


@pytest.mark.parametrize("text, tcountry", [
    # whom the demand for a change is made of is the protest's target, when the protest has none
    ("Kurdish lawmakers in Ankara started a hunger strike on Monday to demand the resignation of the Turkish interior "
     "minister.", "TUR"),
    ("Hundreds of students marched through La Paz on Friday demanding the resignation of the Bolivian president.", "BOL"),
])
def test_the_protest_takes_the_target_of_its_demand(pipe, text, tcountry):
    evs = claimed(pipe, text)
    assert [e for e in with_root(evs, "14") if e.target is not None and e.target.country == tcountry], show(evs)


@pytest.mark.parametrize("text, demand", [
    # the demand is someone else's: a subject of its own
    ("Students marched through Dhaka as the United Nations demanded an inquiry into the killings.", "demanded"),
    ("Activists staged a protest in Manila while the Philippine senate demanded an investigation.", "demanded"),
    # another clause or sentence
    ("Protesters marched on Monday; on Tuesday their leaders demanded talks with the government.", "demanded"),
    ("Thousands demonstrated in Seoul on Saturday. The opposition party demanded the resignation of the prime "
     "minister.", "demanded"),
    ("Thousands rallied in Caracas, and the opposition leader demanded new elections.", "demanded"),
    ("Students marched to the ministry after the minister demanded that the strike end.", "demanded"),
])
def test_a_demand_by_others_or_told_apart_stays(pipe, text, demand):
    evs = claimed(pipe, text)
    assert with_root(evs, "14"), show(evs)
    assert [e for e in with_root(evs, "10") if e.trigger.text == demand], show(evs)
