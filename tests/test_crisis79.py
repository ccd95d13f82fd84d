"""Session 39, round sa79 (issue 10): classes of coder errors read off the crisis articles of batch 37
(tests/data/event_reference/37_crisis_articles.tsv), each fixed by a general rule. Sentences written for these tests.

* a telephone call made to say something ("X called Y to express / offer / reaffirm support"): the call is a
  telephone consultation (041) by the caller, and the to-clause is said by the caller, not by the one called (no
  object control), and said indeed (no appeal's hypothetical content);
* parse repair 314: "accused" right after an unknown name, read as the adjective of the noun after it ("Prime
  Minister X *accused* opposition leaders of ..." as "the accused leaders"), is the accusation (112);
* armoured vehicles, military trucks or tanks moved to a place are a build-up (154), as troops moved there are.
"""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show, with_root

PUB = "2026-12-09"  # a Wednesday


# ---------------------------------------------------------------------------------------------
# a call made to say something


@pytest.mark.parametrize("text, caller, country, called, root", [
    ("Canada's foreign minister, Anita Anand, called the Moldovan president to express Ottawa's full support for "
     "her government.", "foreign minister", "CAN", "Moldovan president", "05"),
    ("The Ghanaian president called Mali's interim leader on Monday to offer his support after the attack.",
     "Ghanaian president", "GHA", "Mali", "0"),
    ("The Japanese foreign minister phoned her Philippine counterpart on Friday to reaffirm Tokyo's support for "
     "Manila.", "Japanese foreign minister", "JPN", "Philippine counterpart", "05"),
    ("Chilean Foreign Minister Alberto Solari called Petro to convey Santiago's condolences after the floods.",
     "Solari", "CHL", "Petro", "01"),
])
def test_call_to_say_is_the_callers(pipe, text, caller, country, called, root):
    evs = events(pipe, text, PUB)
    assert hits(evs, "041", source=caller, country=country, target=called, statuses=("asserted",)), show(evs)
    said = hits(evs, root, source=caller, country=country, statuses=("asserted",))
    assert [e for e in said if e.cameo != "041"], show(evs)
    # nothing said by the one called, and nothing left hypothetical
    assert not [e for e in evs if e.source is not None and called in e.source.text], show(evs)
    assert not [e for e in evs if e.status == "hypothetical"], show(evs)


@pytest.mark.parametrize("text, source, target", [
    # an appeal keeps its object control and its hypothetical content
    ("The United Nations called on the warring parties to lay down their arms.", "United Nations", "parties"),
    ("The Pope called on Colombians to reject violence.", "Pope", "Colombians"),
])
def test_call_on_to_stays_an_appeal(pipe, text, source, target):
    evs = events(pipe, text, PUB)
    assert hits(evs, "02", source=source, target=target), show(evs)
    assert not with_root(evs, "04"), show(evs)


def test_call_to_a_non_speech_act_is_no_call_message(pipe):
    # "called the army to restore order" (not a message of the call): no support, no telephone call by "to express"
    evs = events(pipe, "The president called the army to restore order in the capital.", PUB)
    assert not with_root(evs, "05"), show(evs)


# ---------------------------------------------------------------------------------------------
# repair 314: "accused" after an unknown name read as an adjective


@pytest.mark.parametrize("text, source, target", [
    ("Prime Minister Irakli Kobakhidze accused opposition leaders of trying to seize power by force and said the "
     "law would pass.", "Kobakhidze", "opposition leaders"),
    ("President Wambui Kerubo accused the opposition of planning riots.", "Kerubo", "opposition"),
    ("Prime Minister Tamar Gelashvili accused the United States of funding the protests.", "Gelashvili",
     "United States"),
])
def test_accused_after_unknown_name(pipe, text, source, target):
    evs = events(pipe, text, PUB)
    assert hits(evs, "112", source=source, target=target), show(evs)


@pytest.mark.parametrize("text", [
    "The accused men appeared in court on Monday.",
    "Judge Amara Diallo heard the accused officers on Tuesday.",
])
def test_accused_adjective_control(pipe, text):
    evs = events(pipe, text, PUB)
    assert not with_root(evs, "112"), show(evs)


# ---------------------------------------------------------------------------------------------
# armoured vehicles moved to a place: a build-up (154), as troops moved there


@pytest.mark.parametrize("text, source", [
    ("Brazil moved armoured vehicles to its northern border town of Pacaraima.", "Brazil"),
    ("The Serbian army moved armored vehicles toward the boundary with Kosovo on Friday.", "army"),
    ("Ethiopia moved military trucks and tanks to the border with Eritrea.", "Ethiopia"),
])
def test_armour_moved_is_a_build_up(pipe, text, source):
    evs = events(pipe, text, PUB)
    assert hits(evs, "15", source=source), show(evs)


def test_vehicles_moved_without_armour_is_no_build_up(pipe):
    evs = events(pipe, "The logistics firm moved its delivery vehicles to a new depot in Lyon.", PUB)
    assert not with_root(evs, "15"), show(evs)


# ---------------------------------------------------------------------------------------------
# a chief of defence staff is the military (agents lexicon)


@pytest.mark.parametrize("text", [
    "FREETOWN, Dec 9 (Lapwing Wire) - Chief of Defence Staff Lieutenant General Peter Lavahun met battalion "
    "commanders at defence headquarters on Tuesday.",
    "FREETOWN, Dec 9 (Lapwing Wire) - The chief of the defence staff, Amadu Koroma, met brigade commanders on Tuesday.",
    "FREETOWN, Dec 9 (Lapwing Wire) - Chief of Army Staff Mohamed Sesay met battalion commanders in Makeni on Monday.",
])
def test_chief_of_defence_staff_is_military(pipe, text):
    evs = events(pipe, text, PUB)
    met = hits(evs, "04", country="SLE")
    assert met and all(e.source.sector == "MIL" for e in met), show(evs)


def test_chief_of_staff_alone_stays_government(pipe):
    evs = events(pipe, "WASHINGTON, Dec 9 (Lapwing Wire) - White House Chief of Staff Susie Wiles met Senate leaders "
                       "on Tuesday.", PUB)
    met = hits(evs, "04", country="USA")
    assert met and all(e.source.sector == "GOV" for e in met), show(evs)


# ---------------------------------------------------------------------------------------------
# a chamber of deputies is a legislature (agents lexicon): its impeachment removes an office holder (172)


@pytest.mark.parametrize("text, country", [
    ("ASUNCION, Dec 9 (Lapwing Wire) - The Chamber of Deputies impeached President Hernan Villalba on Monday.", "PRY"),
    ("ROME, Dec 9 (Lapwing Wire) - The Chamber of Deputies voted on Tuesday to remove Speaker Lorenzo Gatti from office.",
     "ITA"),
    ("SAN SALVADOR, Dec 9 (Lapwing Wire) - The Legislative Assembly dismissed Attorney General Rodrigo Funes on "
     "Monday.", "SLV"),
])
def test_chamber_of_deputies_is_legislature(pipe, text, country):
    evs = events(pipe, text, PUB)
    got = hits(evs, "172", country=country)
    assert got and all(e.source.sector == "LEG" for e in got), show(evs)


def test_chamber_of_commerce_is_no_legislature(pipe):
    evs = events(pipe, "ASUNCION, Dec 9 (Lapwing Wire) - The Chamber of Commerce criticised the new tax on Monday.",
                 PUB)
    assert not [e for e in evs if e.source is not None and e.source.sector == "LEG"], show(evs)


# ---------------------------------------------------------------------------------------------
# a labour federation or confederation is labour (agents lexicon)


@pytest.mark.parametrize("text, country", [
    ("LA PAZ, Dec 9 (Lapwing Wire) - The country's main labour federation launched a general strike on Tuesday, "
     "and its members blocked roads into El Alto.", "BOL"),
    ("BUENOS AIRES, Dec 9 (Lapwing Wire) - Argentina's General Confederation of Labour called a general strike on "
     "Tuesday.", "ARG"),
    ("LIMA, Dec 9 (Lapwing Wire) - Peru's largest labor confederation began a national strike on Monday.", "PER"),
])
def test_labour_federation_is_labour(pipe, text, country):
    evs = events(pipe, text, PUB)
    got = hits(evs, "14", country=country)
    assert got and all(e.source.sector == "LAB" for e in got), show(evs)


def test_sports_federation_is_no_labour(pipe):
    evs = events(pipe, "LIMA, Dec 9 (Lapwing Wire) - The football federation criticised the referee on Monday.", PUB)
    assert not [e for e in evs if e.source is not None and e.source.sector == "LAB"], show(evs)


# ---------------------------------------------------------------------------------------------
# repair 315: "spoke by telephone with X and told them ..." (the by-phrase read as a passive's agent)


@pytest.mark.parametrize("text, target", [
    ("GEORGETOWN, Dec 9 (Lapwing Wire) - Guyanese President Irfaan Ali later spoke by telephone with the commanders "
     "of the army's border units and told them to hold their positions.", "commanders"),
    ("NAIROBI, Dec 9 (Lapwing Wire) - Kenyan President William Ruto later spoke by phone with the police chiefs of "
     "the coastal counties and asked them to reopen the roads.", "police chiefs"),
    ("ACCRA, Dec 9 (Lapwing Wire) - Ghana's defence minister later talked by telephone with the commanders of the "
     "northern brigade and ordered them to stay in their barracks.", "commanders"),
])
def test_spoke_by_telephone_and_told(pipe, text, target):
    evs = events(pipe, text, PUB)
    assert hits(evs, "041", target=target, statuses=("asserted",)), show(evs)


def test_real_passive_by_radio_keeps_its_reading(pipe):
    # "was delivered by radio": a real passive, the by-phrase no doer; the message is no act of the radio
    evs = events(pipe, "KABUL, Dec 9 (Lapwing Wire) - The warning was delivered by radio to the Taliban commanders on "
                       "Monday.", PUB)
    assert not [e for e in evs if e.source is not None and "radio" in (e.source.text or "")], show(evs)
