"""Session 35 (round ri70, issue 10): classes of coder errors read off the fourteenth reference batch, news that uses
conflict words but is not political conflict, with real acts hidden in it (tests/data/event_reference/23_lookalikes.tsv),
each fixed by a general rule. Sentences written for these tests.

* a named storm whose kind the parse tags an adjective ("*Typhoon* Mawar killed 14 people") is a disaster, no attack
  (``hazard_cause.disaster_doer``); so is a blast or fire that rips *through* a works ("a blast ripped through a cement
  factory, killing nine labourers"); a bomb blast stays an attack;
* animals killed or hurt with no actor as the doer ("the drought has killed half their cattle") are no victims of
  violence (``hazard_cause.ANIMALS``);
* "forced to" with no coercer named: an agentless passive ("was forced to withdraw with a broken collarbone") or a
  bare participle telling an effect ("hackers attacked ..., forcing surgeons to postpone operations") is no 170;
  "were forced by soldiers to ..." and "Soldiers forced villagers to ..." stay (``hazard_cause.unforced``);
* a bare "appeal" with no for-phrase, to-phrase or to-clause is a court appeal, no 02 ("said he would appeal");
  "appealed for calm", "appealed to donors" stay (``appeal_for`` needs a for-phrase, ``appeal_for_clause`` a clause);
* vehicles sent carrying relief goods ("sent two transport planes carrying food and tents") are aid (073), not a
  deployment (154); warships sent to a coast stay 154 (pattern ``send_aid_vehicles_carrying``);
* a police doer keeps a sentence of a concert or a market story on topic, as it did a match ("was arrested by Thai
  police after a concert"); a state's trade measure keeps a markets sentence on topic ("oil surged after the US
  imposed sanctions on tankers"), and in a markets article a state named alone may impose it (16x).
"""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show

PUB = "2026-12-08"  # a Tuesday


def _violent(evs):
    return [e for e in evs if e.cameo[:2] in ("18", "19", "20")]


# ---------------------------------------------------------------------------------------------
# storms, mishaps and animals are no attackers or victims


@pytest.mark.parametrize("text", [
    "MANILA, Philippines (Lapwing Wire) - Typhoon Mawar killed at least 14 people as it crossed the islands on Monday.",
    "HAVANA, Cuba (Lapwing Wire) - Hurricane Lena killed six people as it crossed the west of the island.",
    "DHAKA, Bangladesh (Lapwing Wire) - Cyclone Remal killed 12 villagers along the coast overnight.",
    "LAHORE, Pakistan (Lapwing Wire) - A blast ripped through a cement factory near Lahore, killing nine labourers.",
])
def test_a_named_storm_or_a_works_blast_is_no_attack(pipe, text):
    evs = events(pipe, text, PUB)
    assert not _violent(evs), show(evs)


@pytest.mark.parametrize("text", [
    "MEXICO CITY, Mexico (Lapwing Wire) - Farmers in Chihuahua said on Monday that the dry spell had killed half "
    "their cattle.",
    "HERMOSILLO, Mexico (Lapwing Wire) - Ranchers in Sonora said on Monday that the dry spell had killed a third of "
    "their sheep.",
    "NAIROBI, Kenya (Lapwing Wire) - Herders said the dry spell had killed thousands of their goats.",
    "HANOI, Vietnam (Lapwing Wire) - The outbreak has killed 20,000 chickens on farms near Hanoi, officials said.",
])
def test_animals_killed_by_no_actor_are_no_victims(pipe, text):
    evs = events(pipe, text, PUB)
    assert not _violent(evs), show(evs)


@pytest.mark.parametrize("text, root", [
    ("KABUL, Afghanistan (Lapwing Wire) - A bomb blast tore through a factory in Kabul, killing nine workers.", "1"),
    ("MOGADISHU, Somalia (Lapwing Wire) - Al-Shabaab gunmen killed four soldiers at a checkpoint on Monday.", "1"),
    ("KHARTOUM, Sudan (Lapwing Wire) - RSF fighters killed 30 villagers and looted their cattle on Sunday.", "1"),
])
def test_attacks_still_code(pipe, text, root):
    evs = events(pipe, text, PUB)
    assert _violent(evs), show(evs)


# ---------------------------------------------------------------------------------------------
# "forced to" with no coercer


@pytest.mark.parametrize("text", [
    "PAU, France (Lapwing Wire) - Britain's Sam Hollis, who crashed on Sunday, was forced to withdraw with a broken "
    "collarbone.",
    "LONDON, Britain (Lapwing Wire) - The Irish crew were forced to abandon the race after their mast broke.",
    "TALLINN, Estonia (Lapwing Wire) - Hackers attacked the computer systems of a hospital group on Sunday, forcing "
    "surgeons to postpone operations.",
])
def test_forced_to_with_no_coercer_is_no_coercion(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo.startswith("17") and e.trigger.text.startswith("forc")], show(evs)


@pytest.mark.parametrize("text", [
    "BAMAKO, Mali (Lapwing Wire) - Soldiers forced villagers to dig trenches around the base.",
    "YANGON, Myanmar (Lapwing Wire) - Residents said they were forced by soldiers to carry ammunition.",
])
def test_a_named_coercer_still_forces(pipe, text):
    evs = events(pipe, text, PUB)
    assert [e for e in evs if e.cameo.startswith(("17", "18", "20"))], show(evs)


# ---------------------------------------------------------------------------------------------
# a court appeal is no appeal for anything


@pytest.mark.parametrize("text", [
    "PARIS, France (Lapwing Wire) - The former minister, who has fought the charges for a decade, said he would appeal.",
    "JAKARTA, Indonesia (Lapwing Wire) - The trade minister said Jakarta rejected the decision and would appeal.",
    "SEOUL, South Korea (Lapwing Wire) - The company said on Monday that it would appeal.",
])
def test_a_bare_appeal_is_no_02(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo.startswith("02")], show(evs)


@pytest.mark.parametrize("text", [
    "BEIRUT, Lebanon (Lapwing Wire) - The Lebanese government appealed for international aid on Monday.",
    "KINSHASA, DR Congo (Lapwing Wire) - Congo's health minister appealed to donors for $20 million.",
    "VATICAN CITY (Lapwing Wire) - The Pope appealed to the Sudanese army to stop the fighting.",
])
def test_an_appeal_for_or_to_still_codes(pipe, text):
    evs = events(pipe, text, PUB)
    assert [e for e in evs if e.cameo.startswith("02")], show(evs)


# ---------------------------------------------------------------------------------------------
# relief goods carried in military vehicles


@pytest.mark.parametrize("text, country", [
    ("DHAKA, Bangladesh (Lapwing Wire) - India sent two air force transport planes carrying food and tents to "
     "Bangladesh.", "IND"),
    ("AMMAN, Jordan (Lapwing Wire) - Jordan sent 20 army trucks carrying medicine and blankets to Gaza on Sunday.", "JOR"),
])
def test_vehicles_carrying_relief_are_aid(pipe, text, country):
    evs = events(pipe, text, PUB)
    assert hits(evs, "07", country=country) and not hits(evs, "15"), show(evs)


def test_warships_sent_stay_a_deployment(pipe):
    evs = events(pipe, "MOSCOW, Russia (Lapwing Wire) - Russia sent two warships to the Syrian coast on Monday.", PUB)
    assert hits(evs, "15", country="RUS"), show(evs)


# ---------------------------------------------------------------------------------------------
# political acts inside a concert or a markets story


@pytest.mark.parametrize("text, root, country", [
    ("BANGKOK, Thailand (Lapwing Wire) - British rapper Kid Morrow, whose debut album topped the charts this summer, "
     "was arrested by Thai police on Saturday after he mocked the monarchy during a concert in Bangkok.", "17", "THA"),
    ("NEW YORK, United States (Lapwing Wire) - Oil prices surged more than 4 percent on Monday after the United "
     "States imposed sanctions on 12 tankers carrying Iranian crude, and traders braced for a supply squeeze.\n\n"
     "Brent crude hit $84 a barrel, its highest since April, while shares in airlines were hammered.\n\n"
     "Analysts said the market had been caught short after weeks of betting on lower prices.", "16", "USA"),
])
def test_a_political_act_inside_a_lookalike_story_codes(pipe, text, root, country):
    evs = events(pipe, text, PUB)
    assert hits(evs, root, country=country), show(evs)


@pytest.mark.parametrize("text", [
    "TOKYO, Japan (Lapwing Wire) - Japanese shares slumped on Monday and the yen slid to a 34-year low as investors "
    "fled technology stocks.\n\nThe Nikkei index lost 3.2 percent, while bond traders attacked the 1 percent level.\n\n"
    "Gold struck a record high in Asian trading.",
    "LONDON, Britain (Lapwing Wire) - The singer's new album was attacked by critics on Monday, and fans stormed "
    "the ticket sites for her tour.",
])
def test_markets_and_culture_stay_without_events(pipe, text):
    evs = events(pipe, text, PUB)
    assert not evs, show(evs)
