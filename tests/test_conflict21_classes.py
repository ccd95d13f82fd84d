"""Session 34 (round rg66, issue 10): classes of coder errors read off the twelfth reference batch, armed conflict
told as the wires tell it (tests/data/event_reference/21_conflict.tsv), each fixed by a general pattern. Sentences
written for these tests.

* a group that *calls* a strike, a shutdown or a stay-away with no modifier the noun patterns know ("general",
  "nationwide", "48-hour": those keep `strike_n*` / `shutdown_n`, and hartals and bandhs `hartal_n` / `bandh_n`)
  conducts it (143), also with a purpose clause ("... to protest the killings"); a strike called by a
  judgement ("called the strike unjustified", "called the Israeli strike a violation", "called the shutdown a
  failure") and an air or missile strike stay what they were (`call_strike`, `call_strike_purpose`);
* armed men who *take* people *prisoner* or *captive* take them hostage or captive (181), in the active with an
  armed or suspect subject and in the agentless passive ("were taken prisoner"; "took two aid workers *captive*",
  parsed with an adjective, is still missed); escorting a prisoner somewhere,
  "prisoner welfare" and a prisoner exchange are no abduction (`f_take_prisoner`, `f_take_prisoner_pass`).
"""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show

PUB = "2026-12-10"  # a Thursday


# ---------------------------------------------------------------------------------------------
# a strike or shutdown called


@pytest.mark.parametrize("text, source, country", [
    ("RAIPUR, India (Lapwing Wire) - Maoist rebels called a shutdown across the district on Friday.",
     "Maoist rebels", "IND"),
    ("RAIPUR, India (Lapwing Wire) - The banned Communist Party of India (Maoist) called a shutdown across the "
     "state for Saturday to protest the deaths of two villagers.", "Communist Party", "IND"),
    ("SRINAGAR, India (Lapwing Wire) - Separatist leaders called a strike in the valley on Sunday to mourn the dead.",
     "Separatist leaders", "IND"),
    ("JOHANNESBURG, South Africa (Lapwing Wire) - The union federation called a stay-away for next Monday.",
     "union federation", "ZAF"),
    ("ACCRA, Ghana (Lapwing Wire) - The opposition party called a strike in the capital for Tuesday.",
     "opposition party", "GHA"),
])
def test_a_called_strike_is_conducted_by_the_caller(pipe, text, source, country):
    evs = events(pipe, text, PUB)
    assert hits(evs, "14", source=source, country=country), show(evs)


@pytest.mark.parametrize("text", [
    "LONDON, United Kingdom (Lapwing Wire) - The transport minister called the shutdown a failure.",
    "LONDON, United Kingdom (Lapwing Wire) - The health minister called the strike unjustified.",
    "BEIRUT, Lebanon (Lapwing Wire) - The prime minister called the Israeli strike a violation of the truce.",
    "KYIV, Ukraine (Lapwing Wire) - The president called the Russian missile strike a war crime.",
    "KABUL, Afghanistan (Lapwing Wire) - The commander called off the air strike at the last minute.",
    "WASHINGTON, United States (Lapwing Wire) - The senator called the government shutdown a disaster for workers.",
])
def test_a_judged_or_military_strike_is_no_strike_called(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo.startswith("14")], show(evs)


# ---------------------------------------------------------------------------------------------
# people taken prisoner


@pytest.mark.parametrize("text, source, country", [
    ("MANILA, Philippines (Lapwing Wire) - Rebels took 40 government soldiers prisoner on Monday.",
     "Rebels", "PHL"),
    ("YANGON, Myanmar (Lapwing Wire) - Ethnic armed groups said on Monday they had overrun the base and taken more "
     "than 100 soldiers prisoner.", None, "MMR"),
    ("GOMA, DR Congo (Lapwing Wire) - Militiamen took three police officers prisoner after the raid on Sunday.",
     "Militiamen", "COD"),
])
def test_taking_people_prisoner_is_an_abduction(pipe, text, source, country):
    # 181, or 173 where the coder's custody shift reads the capture as a detention (both fit CAMEO's capture)
    evs = events(pipe, text, PUB)
    assert hits(evs, "18", source=source, country=country) or hits(evs, "173", source=source, country=country), show(evs)


def test_taken_prisoner_agentless_passive(pipe):
    evs = events(pipe, "KYIV, Ukraine (Lapwing Wire) - Two Ukrainian soldiers were taken prisoner near the river on "
                       "Tuesday.", PUB)
    assert hits(evs, "18", target="soldiers", tcountry="UKR"), show(evs)


@pytest.mark.parametrize("text", [
    "LONDON, United Kingdom (Lapwing Wire) - Guards took the prisoner to hospital on Monday.",
    "LONDON, United Kingdom (Lapwing Wire) - The charity takes prisoner welfare seriously.",
    "MOSCOW, Russia (Lapwing Wire) - Officials took part in talks on a prisoner exchange.",
    "NAIROBI, Kenya (Lapwing Wire) - Wardens took the prisoners back to their cells after lunch.",
])
def test_prisoners_moved_or_named_are_no_abduction(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo.startswith("18")], show(evs)
