"""Session 30 (branch wb57, issue 10): the classes of coder errors read off the sixth batch of wire briefs
(tests/data/event_reference/15_wire_briefs6.tsv), each fixed by a general rule. Sentences written for these tests.

* aid sent or dispatched in vehicles "of" goods ("sent 40 trucks of food to X") is aid (07x by its goods);
* people handed over to a state ("handed over 12 activists to Iran") are released persons (0841), not property;
* stripping someone of immunity, citizenship or a title is an administrative sanction (172);
* setting up or establishing an inquiry into something is an investigation (09x);
* a court ruling that a government's act or plan was unlawful, illegal or unconstitutional finds it liable (116);
* an appeal's content keeps its purpose infinitive: "asked India to extradite her *to stand trial*" is one appeal,
  not also a hypothetical trial (173) of the one who asked.
"""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show

PUB = "2026-12-06"  # a Sunday


# ---------------------------------------------------------------------------------------------
# aid in vehicles of goods


@pytest.mark.parametrize("text, source, target, code", [
    ("Jordan sent 30 trucks of food and medicine to Gaza on Monday.", "JOR", "PSE", "073"),
    ("Turkey sent 12 lorries of blankets and tents to Syria on Monday.", "TUR", "SYR", "07"),
    ("Egypt dispatched three planes of medical supplies to Libya on Tuesday.", "EGY", "LBY", "07"),
    ("Russia sent 20 trucks of ammunition to Belarus.", "RUS", "BLR", "072"),
])
def test_vehicles_of_aid_sent_are_aid(pipe, text, source, target, code):
    evs = events(pipe, text, PUB)
    assert hits(evs, code, country=source, tcountry=target), show(evs)


@pytest.mark.parametrize("text", [
    "The company sent 40 trucks of gravel to the construction site.",
    "The club sent two planes of fans to the final in Madrid.",
])
def test_vehicles_of_other_things_are_no_aid(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo.startswith("07")], show(evs)


# ---------------------------------------------------------------------------------------------
# people handed over


@pytest.mark.parametrize("text, source, target", [
    ("Turkey handed over 12 Kurdish activists to Iran on Monday.", "TUR", "IRN"),
    ("The rebels handed over three captured soldiers to the Red Cross on Friday.", None, None),
    ("Sudan handed over five Ethiopian refugees to Addis Ababa last week.", "SDN", "ETH"),
])
def test_people_handed_over_are_released_persons(pipe, text, source, target):
    evs = events(pipe, text, PUB)
    assert hits(evs, "084", country=source, tcountry=target), show(evs)
    assert not [e for e in evs if e.cameo == "0842"], show(evs)


def test_a_territory_handed_over_stays_property(pipe):
    evs = events(pipe, "Macau was handed over to China by Portugal.", PUB)
    assert [e for e in evs if e.cameo == "0842"], show(evs)


# ---------------------------------------------------------------------------------------------
# stripped of immunity, citizenship, a title


@pytest.mark.parametrize("text, source", [
    ("Venezuela's National Assembly on Thursday stripped three opposition lawmakers of their immunity.", "VEN"),
    ("The Bahraini government stripped 30 dissidents of their citizenship last year.", "BHR"),
    ("The former senator was stripped of his title by the Thai king.", "THA"),
])
def test_stripped_of_status_is_an_administrative_sanction(pipe, text, source):
    evs = events(pipe, text, PUB)
    assert hits(evs, "172", country=source), show(evs)


@pytest.mark.parametrize("text", [
    "Workers stripped the building of its asbestos.",
    "The storm stripped the trees of their leaves.",
])
def test_stripping_things_is_no_sanction(pipe, text):
    evs = events(pipe, text, PUB)
    assert not evs, show(evs)


# ---------------------------------------------------------------------------------------------
# set up / established an inquiry


@pytest.mark.parametrize("text, source", [
    ("The UN Human Rights Council voted on Friday to set up an inquiry into the killings of protesters.", "UNO"),
    ("The Indian government set up an inquiry into the stampede on Monday.", "IND"),
    ("Kenya's parliament established an investigation into corruption at the port authority.", "KEN"),
])
def test_setting_up_an_inquiry_is_an_investigation(pipe, text, source):
    evs = events(pipe, text, PUB)
    assert hits(evs, "09", country=source), show(evs)


@pytest.mark.parametrize("text", [
    "The villagers set up a tent near the river.",
    "The company set up a probe into the data leak.",
])
def test_setting_up_other_things_or_by_firms_is_no_investigation(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo.startswith("09")], show(evs)


# ---------------------------------------------------------------------------------------------
# an appeal's purpose infinitive


@pytest.mark.parametrize("text, source, target", [
    ("Bangladesh's interim government on Saturday asked India to extradite the former prime minister to stand "
     "trial for the killing of protesters.", "BGD", "IND"),
    ("Peru asked Japan to extradite the former president to stand trial in Lima.", "PER", "JPN"),
    ("Kenya urged Uganda to hand over the suspects to face charges in Nairobi.", "KEN", "UGA"),
])
def test_an_appeals_purpose_infinitive_is_content(pipe, text, source, target):
    evs = events(pipe, text, PUB)
    assert hits(evs, "02", country=source, tcountry=target), show(evs)
    assert not [e for e in evs if e.cameo.startswith("17")], show(evs)


def test_an_arrest_keeps_its_own_event(pipe):
    evs = events(pipe, "Police arrested the former minister on Monday.", PUB)
    assert hits(evs, "173"), show(evs)


# ---------------------------------------------------------------------------------------------
# a court rules an act unlawful


@pytest.mark.parametrize("text, source", [
    ("Britain's High Court ruled on Friday that the government's plan to deport migrants to Ghana was unlawful.", "GBR"),
    ("Pakistan's Supreme Court ruled on Monday that the detention of the former prime minister was illegal.", "PAK"),
    ("A Kenyan court ruled that the government's deployment of police abroad was unconstitutional.", "KEN"),
    ("Brazil's top court ruled on Tuesday that the president's decree was invalid.", "BRA"),
])
def test_a_court_ruling_an_act_unlawful_finds_it_liable(pipe, text, source):
    evs = events(pipe, text, PUB)
    assert hits(evs, "116", country=source), show(evs)


@pytest.mark.parametrize("text", [
    "The referee ruled that the goal was illegal.",
    "Kenya's Supreme Court ruled that the election was valid.",
    "The minister ruled that the strike was illegal.",
])
def test_other_rulings_are_no_finding_of_liability(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo == "116"], show(evs)
