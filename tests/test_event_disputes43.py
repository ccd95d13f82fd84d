"""Event precision, session 26 round 41, branch pr43 (issue 10): fighting words in disputes that are not fighting.

A clash, fight, battle or attack over trade, prices, a law, an election or a court case, in a forum of words, or with
firms, unions or courts as a side, is a verbal disagreement (110 / 111) or no event, never material conflict
(``disputes.dispute_reason``, called in ``coding.py``). Real fighting stays: an armed side or a street crowd, a
sentence telling of violence, a topic that is a place. Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from event_helpers import claimed, show

FORCE = ("18", "19", "20", "145", "138")


def _force(evs):
    return [e for e in evs if e.cameo.startswith(FORCE)]


@pytest.mark.parametrize("text, pair", [
    ("Brazil and Argentina clashed over beef quotas during the trade talks.", ("BRA", "ARG")),
    ("Ministers from Spain and Portugal clashed over fishing rights in Brussels.", ("ESP", "PRT")),
    ("The Greek prime minister clashed with Turkish leaders over the refugee deal.", ("GRC", "TUR")),
    ("Chile clashed with Peru at the World Trade Organization over copper prices.", ("CHL", "PER")),
    ("Clashes between France and Italy over migration policy marred the summit.", ("FRA", "ITA")),
    ("A clash between Washington and Beijing over tariffs unsettled markets.", ("USA", "CHN")),
    ("Poland fought the European Commission over the judicial reform.", ("POL", None)),
    ("The Kenyan president is battling the central bank over interest rates.", ("KEN", None)),
    ("Italy and Austria clashed on Tuesday over Austrian demands for border checks on lorries.", ("ITA", "AUT")),
])
def test_a_quarrel_over_a_matter_is_a_disapproval_not_a_fight(pipe, text, pair):
    _disapproval(pipe, text, pair)


@pytest.mark.parametrize("text, pair", [
    ("A diplomatic clash between Spain and Morocco followed the visit.", ("ESP", "MAR")),
    ("The verbal clash between Ecuador and Colombia continued on Friday.", ("ECU", "COL")),
    ("Ghana and Togo publicly clashed at the regional meeting.", ("GHA", "TGO")),
    ("The Bolivian minister clashed with Chilean officials in parliament.", ("BOL", "CHL")),
])
def test_a_quarrel_by_its_manner_or_forum_is_a_disapproval(pipe, text, pair):
    _disapproval(pipe, text, pair)


def _disapproval(pipe, text, pair):
    evs = claimed(pipe, text)
    assert not _force(evs), show(evs)
    assert any(e.cameo.startswith("11") and e.source and e.source.country == pair[0]
               and (pair[1] is None or (e.target and e.target.country == pair[1])) for e in evs), show(evs)


@pytest.mark.parametrize("text", [
    "The two candidates clashed over taxes in a televised debate.",
    "The ruling party clashed with the opposition over the election results.",
    "The senator clashed with the governor about the pension reform.",
    "Nigeria is fighting the oil companies over unpaid royalties.",
    "The Australian government is battling the unions over wages.",
    "The two airlines clashed in court over the landing slots.",
    "The premier agreed to put off her fight with the teachers' unions.",
    "The opposition vowed to fight the new election law in court.",
    "The Mexican government threatened to fight the tariffs at the trade body.",
])
def test_no_force_in_a_quarrel(pipe, text):
    evs = claimed(pipe, text)
    assert not _force(evs), show(evs)


@pytest.mark.parametrize("text, root", [
    ("Mexican troops clashed with cartel gunmen over control of the highway.", "19"),
    ("Indian and Chinese soldiers clashed over the disputed border post.", "19"),
    ("Syrian forces clashed with Kurdish fighters over the oil fields.", "19"),
    ("Rebels fought government troops over the mining town.", "19"),
    ("Protesters clashed with riot police over the election results in Kinshasa.", "14"),
    ("Police clashed with striking dockers in Mombasa.", "19"),
    ("Israeli jets struck Hamas targets over the weekend.", "19"),
    ("Iran threatened to strike American bases in the Gulf.", "13"),
    ("Nurses in Lagos threatened to strike over unpaid wages.", "13"),
    ("The Zambian miners' union threatened to strike over the pay cut.", "13"),
    ("Iranian gunboats attacked two oil tankers off the coast of Oman.", "19"),
    ("Jihadists attacked the court in Gao on Sunday.", "19"),
    ("Nigerian troops clashed with Boko Haram fighters near Maiduguri.", "19"),
])
def test_real_fighting_stays(pipe, text, root):
    evs = claimed(pipe, text)
    assert any(e.cameo.startswith(root) for e in evs), show(evs)


@pytest.mark.parametrize("text", [
    "Rival party supporters clashed over the vote count in Lagos, leaving three people dead.",
    "Villagers and herders clashed over water rights near the river, and twelve were injured.",
])
def test_a_quarrel_word_with_violence_told_stays_a_fight(pipe, text):
    evs = claimed(pipe, text)
    assert not any(e.cameo.startswith("11") and e.trigger and e.trigger.text == "clashed" for e in evs), show(evs)
