"""Session 37, round sb74 (issue 10): the classes of coder errors read off the reference batch on protest and rupture
(tests/data/event_reference/29_protest_rupture.tsv), each fixed by a general rule. Sentences written for these tests.

* one protest told with its manner: "rallied outside parliament, *waving* flags and *chanting* against the
  government" is one rally, not three (the -ing clauses of a protest verb, ``sentence_dedupe._manner_of``);
* the aim of a protest act told by a light verb's noun: "*began a hunger strike* ... *to protest* against her
  detention" is one hunger strike (the purpose clause hangs on the light verb, ``sentence_dedupe._aim_head``), and
  "*refused food* to protest" is a hunger strike (142), not a refused protest (the food frame before the refusal's);
* a protest one *is on*: "have been on hunger strike", "are on hunger strike" (142; ``after_phrase.on_predicate``);
  graduates who protest are civilians (``agents.tsv``) and a crowd of protesters (``@protester``);
* parse repair 188: "ordered the aid group to leave the country within 48 hours, *accusing* it of ..." with the
  participle hung on the to-clause (the ordered party accused, a planned accusation): it hangs on the verb of
  ordering, whose subject accuses (``repair_judging_participle.repair_directive_participle``).
"""

from __future__ import annotations

import pytest

from event_helpers import events, show

PUB = "2026-12-07"  # a Monday


def _codes(evs, prefix):
    return [e for e in evs if e.cameo.startswith(prefix)]


# ---- one protest told with its manner -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Students rallied outside the parliament in Yerevan on Sunday, waving national flags and chanting against the government.",
    "Thousands of teachers marched through Lisbon on Saturday, waving banners and chanting against the pay freeze.",
    "Hundreds of farmers protested outside the agriculture ministry in Warsaw, waving placards against cheap imports.",
    "Opposition supporters demonstrated in central Dhaka on Friday, chanting against the election commission.",
])
def test_protest_with_its_manner_is_one_event(pipe, text):
    evs = events(pipe, text, PUB)
    protests = _codes(evs, "14")
    assert len(protests) == 1, show(evs)


def test_manner_control_police_force_kept(pipe):
    # force with a participle of harm is no protest manner: the repression stays
    evs = events(pipe, "Police fired tear gas at students marching in Nairobi, injuring a dozen of them.", PUB)
    assert [e for e in evs if e.cameo.startswith("175")], show(evs)


def test_manner_control_two_crowds_keep_their_protests(pipe):
    evs = events(pipe, "Thousands of nurses marched to the health ministry in Accra on Monday, and hundreds of doctors "
                       "went on strike in Kumasi.", PUB)
    assert [e for e in evs if e.cameo.startswith("141")] and [e for e in evs if e.cameo.startswith("143")], show(evs)


def test_manner_control_rally_keeps_its_demand(pipe):
    evs = events(pipe, "Thousands of students rallied in Yerevan on Sunday, demanding the resignation of the interior minister.", PUB)
    assert [e for e in evs if e.cameo == "1411" and e.target is not None], show(evs)


# ---- the aim of a protest act told by a light verb's noun --------------------------------------------------------


@pytest.mark.parametrize("text,code", [
    ("Jailed journalist Omar Haddad began a hunger strike in prison on Saturday to protest against his detention.", "142"),
    ("Two detained bloggers started a hunger strike on Monday to protest against their trial.", "142"),
    ("Dock workers staged a walkout in Mombasa on Tuesday to protest against unpaid wages.", "143"),
])
def test_aim_of_light_verb_protest_is_one_event(pipe, text, code):
    evs = events(pipe, text, PUB)
    assert [e for e in evs if e.cameo.startswith(code)], show(evs)
    assert not [e for e in evs if e.cameo.startswith("141")], show(evs)


def test_aim_target_passes_to_the_act(pipe):
    # the dropped aim's target is whom the hunger strike is against
    evs = events(pipe, "Jailed Belarusian activist Ales Koval has started a hunger strike to protest against the "
                       "Belarusian authorities, his wife said.", PUB)
    hs = [e for e in evs if e.cameo.startswith("142")]
    assert hs and hs[0].target is not None and hs[0].target.country == "BLR", show(evs)
    assert not [e for e in evs if e.cameo.startswith("141")], show(evs)


@pytest.mark.parametrize("text", [
    "Detained activist Rami Nassar has refused food for 30 days to protest against his detention, his lawyer said.",
    "Three jailed student leaders refused food on Sunday to protest against their transfer to a remote prison.",
])
def test_refused_food_is_a_hunger_strike(pipe, text):
    evs = events(pipe, text, PUB)
    assert [e for e in evs if e.cameo.startswith("142") and e.status in ("asserted", "attributed")], show(evs)
    assert not [e for e in evs if e.cameo.startswith("141")], show(evs)


def test_refusal_control_refused_to_protest(pipe):
    # a refusal whose content is a protest stays a refusal, not a hunger strike
    evs = events(pipe, "The union refused to join the protest called by the opposition.", PUB)
    assert not [e for e in evs if e.cameo.startswith("142")], show(evs)


def test_aim_control_separate_protest_of_another_crowd(pipe):
    # a second crowd's march is no aim of the first act
    evs = events(pipe, "Jailed activist Omar Haddad began a hunger strike on Saturday, and thousands of students marched in Rabat.", PUB)
    assert [e for e in evs if e.cameo.startswith("142")], show(evs)
    assert [e for e in evs if e.cameo.startswith("141")], show(evs)


# ---- a protest one is on --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,status", [
    ("Twelve jobless graduates have been on hunger strike outside the parliament in Tunis for a week.", "asserted"),
    ("Two jailed activists in Baku are on hunger strike, their lawyers said.", "attributed"),
    ("Forty detained migrants have been on hunger strike since Monday, a rights group said.", "attributed"),
])
def test_on_hunger_strike_is_142(pipe, text, status):
    evs = events(pipe, text, PUB)
    got = [e for e in evs if e.cameo.startswith("142")]
    assert got and got[0].status == status and got[0].source is not None, show(evs)


@pytest.mark.parametrize("text", [
    "The ban is on protests near the parliament building.",
    "The talks were on hold after the strike at the port.",
    "The focus of the meeting was on a fast recovery of exports.",
])
def test_on_predicate_controls(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo.startswith("142") or e.cameo.startswith("141")], show(evs)


def test_on_predicate_control_no_one_on_strike(pipe):
    # a denial that anyone is on hunger strike tells no one's hunger strike
    evs = events(pipe, "The prison service denied that any inmate was on hunger strike.", PUB)
    assert not [e for e in evs if e.cameo.startswith("142")], show(evs)


@pytest.mark.parametrize("text,country", [
    ("RABAT, Morocco (Lapwing Wire) - Twelve unemployed graduates have been on hunger strike outside the parliament "
     "for nine days, a rights group said.", "MAR"),
    ("TUNIS, Tunisia (Lapwing Wire) - Hundreds of unemployed graduates marched in Gafsa on Monday to demand jobs.", "TUN"),
])
def test_graduates_are_civilians_of_the_dateline(pipe, text, country):
    evs = events(pipe, text, PUB)
    got = [e for e in evs if e.cameo.startswith("14")]
    assert got and got[0].source is not None and got[0].source.country == country, show(evs)
    assert got[0].source.sector == "CVL", show(evs)


# ---- repair 188: the participle after an order's to-clause ----------------------------------------------------------


@pytest.mark.parametrize("text,src", [
    ("Niger's military government on Monday ordered the Danish Refugee Council to leave the country within 72 hours, "
     "accusing the aid group of spreading false reports.", "NER"),
    ("Nicaragua's government ordered the Red Cross to close its offices within a week, accusing the group of "
     "supporting protesters.", "NIC"),
])
def test_accusing_after_an_order_is_the_orderers(pipe, text, src):
    evs = events(pipe, text, PUB)
    acc = [e for e in evs if e.cameo.startswith("112")]
    assert acc and acc[0].source is not None and acc[0].source.country == src, show(evs)
    assert acc[0].status == "asserted", show(evs)


def test_repair_188_control_participle_of_the_ordered_act(pipe):
    # the participle of force after the order stays the doers' act, and the order is kept
    evs = events(pipe, "Police ordered the crowd to disperse, firing tear gas at hundreds of protesters.", PUB)
    assert [e for e in evs if e.cameo.startswith("175") and e.source is not None and e.source.sector == "COP"], show(evs)
    assert [e for e in evs if e.cameo.startswith("10")], show(evs)


def test_repair_188_control_no_order(pipe):
    # an accusing participle after a plain to-clause of intent is not moved onto a verb of ordering
    evs = events(pipe, "Russia decided to expel two Estonian diplomats, accusing them of spying.", PUB)
    assert [e for e in evs if e.cameo.startswith("112") and e.source is not None and e.source.country == "RUS"], show(evs)
    assert [e for e in evs if e.cameo.startswith("161")], show(evs)
