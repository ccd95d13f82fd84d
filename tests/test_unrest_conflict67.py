"""Session 34 (round rf67): recall classes the unrest and conflict reference batches left
(tests/data/event_reference/20_unrest.tsv, 21_conflict.tsv, their README sections "Left"), each fixed in general.
Sentences written for these tests.

* a strike, walkout or protest noun with a reduced relative of a light verb and its by-agent ("a general strike
  *called by* the unions", "protests *organised by* the opposition") is the agent's act (``light_verbs._called_by``);
  a protest noun's purpose clause hung on that participle is the protest's content (``protest_content``);
* "called a nationwide *day* of strikes": the measure noun, parsed as a time, is what was called (``light_verbs``),
  as "called a strike"; "called *for* a (week of) strike(s)" stays an appeal (020), as tests/test_events.py has it;
* a warning that the one warned would bear or face the consequences, pay a price, be a legitimate target, lose or
  have suspended a licence, or that the speaker would act or respond, is a threat (13x; content class
  ``threat_words_rf67``); a forecast ("prices would rise", "serious consequences for farmers") is none;
* a political speaker who says or claims that unrest was instigated, orchestrated, stirred up or incited by
  someone accuses them (112, ``say_instigated``, ``claim_instigated``); "said the march was organised by students"
  is no accusation;
* holding people at gunpoint or knifepoint is a hostage-taking (181, ``f_hold_at_gunpoint``); "took two aid
  workers *captive*" with "captive" parsed as the object's modifier is a taking prisoner (the ``child`` condition);
* the doer of what someone is prevented, stopped or blocked from doing is the one kept from it, not the one
  preventing ("police prevented *him* from leading a march", ``syntax._subj_token``).
"""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show

PUB = "2026-12-07"


# ---------------------------------------------------------------------------------------------
# a strike or protest noun with its by-agent


@pytest.mark.parametrize("text, source, country", [
    ("ATHENS, Greece (Lapwing Wire) - A 48-hour general strike called by the country's largest unions shut down "
     "ports on Tuesday.", "unions", "GRC"),
    ("PARIS, France (Lapwing Wire) - A nationwide strike organised by the CGT union disrupted trains across the "
     "country.", "CGT", "FRA"),
    ("LAGOS, Nigeria (Lapwing Wire) - The general strike, called by the Nigeria Labour Congress, closed banks and "
     "schools.", "Nigeria Labour Congress", "NGA"),
    ("SEOUL, South Korea (Lapwing Wire) - A strike led by the metal workers' union halted car factories on Monday.",
     "union", "KOR"),
    ("NAIROBI, Kenya (Lapwing Wire) - Protests organised by the opposition paralysed the capital on Tuesday.",
     "opposition", "KEN"),
])
def test_a_strike_or_protest_with_a_by_agent_is_the_agents_act(pipe, text, source, country):
    evs = events(pipe, text, PUB)
    assert hits(evs, "14", source=source, country=country), show(evs)


def test_a_military_strike_with_a_by_agent_stays_a_military_act(pipe):
    evs = events(pipe, "KYIV, Ukraine (Lapwing Wire) - A missile strike launched by Russian forces hit a power "
                       "station.", PUB)
    assert not [e for e in evs if e.cameo.startswith("14")], show(evs)
    assert hits(evs, "19", country="RUS"), show(evs)


@pytest.mark.parametrize("text, source", [
    ("NAIROBI, Kenya (Lapwing Wire) - Opposition supporters threw stones at police during a rally called by Kenya's "
     "main opposition party to demand lower taxes.", "opposition party"),
    ("DHAKA, Bangladesh (Lapwing Wire) - Police fired tear gas at a march organised by the Bangladesh Nationalist "
     "Party to demand fresh elections.", "Bangladesh Nationalist Party"),
])
def test_a_called_rallys_purpose_clause_is_its_content(pipe, text, source):
    evs = events(pipe, text, PUB)
    assert hits(evs, "14", source=source), show(evs)
    assert not [e for e in evs if e.cameo.startswith("10")], show(evs)


# ---------------------------------------------------------------------------------------------
# a day of strikes called, a strike or protest called for


def test_a_day_of_strikes_called_is_conducted_by_the_caller(pipe):
    evs = events(pipe, "PARIS, France (Lapwing Wire) - The unions called a nationwide day of strikes and marches for "
                       "Thursday.", PUB)
    assert hits(evs, "14", source="unions", country="FRA"), show(evs)


@pytest.mark.parametrize("text", [
    "BOGOTA, Colombia (Lapwing Wire) - The teachers' union called for a week of strikes over unpaid wages.",
    "ABUJA, Nigeria (Lapwing Wire) - The Nigeria Labour Congress called for a general strike from Wednesday.",
    "PARIS, France (Lapwing Wire) - The minister called for an end to the strikes.",
    "LONDON, United Kingdom (Lapwing Wire) - The mayor called for calm after the protests.",
    "TEHRAN, Iran (Lapwing Wire) - Iran called for protests against Israel across the Muslim world.",
    "PARIS, France (Lapwing Wire) - The company called Monday a day of celebration.",
])
def test_a_call_for_a_strike_stays_an_appeal(pipe, text):
    """(as tests/test_events.py has it: "called for a general strike" is an appeal, 020)"""
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo.startswith("14")], show(evs)


# ---------------------------------------------------------------------------------------------
# threats told as warnings


@pytest.mark.parametrize("text, source, country", [
    ("KABUL, Afghanistan (Lapwing Wire) - The Taliban spokesman said five civilians had died in the raid and warned "
     "that Pakistan would pay a heavy price.", "Taliban spokesman", "AFG"),
    ("ISLAMABAD, Pakistan (Lapwing Wire) - The Afghan defence ministry warned that Pakistan would bear the "
     "consequences.", "defence ministry", "AFG"),
    ("MOSCOW, Russia (Lapwing Wire) - The Russian foreign ministry criticised the deliveries and warned that French "
     "tanks would be legitimate targets.", "foreign ministry", "RUS"),
    ("SEOUL, South Korea (Lapwing Wire) - The labour ministry ordered the drivers back to work and warned that those "
     "who refused would lose their licences.", "labour ministry", "KOR"),
    ("ANKARA, Turkey (Lapwing Wire) - The Turkish foreign minister warned that Ankara would act if the militia did "
     "not disarm.", "foreign minister", "TUR"),
])
def test_a_warning_of_what_will_befall_the_one_warned_is_a_threat(pipe, text, source, country):
    evs = events(pipe, text, PUB)
    assert hits(evs, "13", source=source, country=country), show(evs)


@pytest.mark.parametrize("text", [
    "PARIS, France (Lapwing Wire) - Economists warned that food prices would rise next year.",
    "LONDON, United Kingdom (Lapwing Wire) - The minister warned that the drought would have serious consequences "
    "for farmers.",
    "LONDON, United Kingdom (Lapwing Wire) - The governor warned that the country would miss its inflation target.",
    "PARIS, France (Lapwing Wire) - The regulator warned that new firms would need licences to operate.",
    "LONDON, United Kingdom (Lapwing Wire) - The central bank governor cut rates and warned that inflation would "
    "stay high.",
])
def test_a_forecast_is_no_threat(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo.startswith("13")], show(evs)


# ---------------------------------------------------------------------------------------------
# blame for unrest told in a reported clause


@pytest.mark.parametrize("text, source, country", [
    ("HAVANA, Cuba (Lapwing Wire) - The president said the protests had been stirred up by agents financed from "
     "abroad.", "president", "CUB"),
    ("LA PAZ, Bolivia (Lapwing Wire) - The interior minister said the riots were instigated by opposition "
     "politicians.", "interior minister", "BOL"),
    ("YEREVAN, Armenia (Lapwing Wire) - The prime minister claimed the unrest had been orchestrated by foreign "
     "intelligence services.", "prime minister", "ARM"),
    ("CARACAS, Venezuela (Lapwing Wire) - The defence minister said foreign agents had incited the violence.",
     "defence minister", "VEN"),
])
def test_unrest_said_to_be_instigated_is_an_accusation(pipe, text, source, country):
    evs = events(pipe, text, PUB)
    assert hits(evs, "112", source=source, country=country), show(evs)


def test_a_march_said_to_be_organised_is_no_accusation(pipe):
    evs = events(pipe, "PARIS, France (Lapwing Wire) - The minister said the march had been organised by "
                       "students.", PUB)
    assert not [e for e in evs if e.cameo.startswith("11")], show(evs)


# ---------------------------------------------------------------------------------------------
# hostages held at gunpoint, taken captive


@pytest.mark.parametrize("text, target", [
    ("BEIRUT, Lebanon (Lapwing Wire) - A depositor held bank employees at gunpoint for three hours on Tuesday.",
     "employees"),
    ("LIMA, Peru (Lapwing Wire) - Two robbers held a family at knifepoint inside their home.", "family"),
    ("CARACAS, Venezuela (Lapwing Wire) - Bank staff were held at gunpoint by an armed man on Friday.", "staff"),
    ("BAMAKO, Mali (Lapwing Wire) - Jihadist fighters took two aid workers captive near the border.", "aid workers"),
    ("BAMAKO, Mali (Lapwing Wire) - Gunmen took three engineers captive on Monday.", "engineers"),
])
def test_held_at_gunpoint_or_taken_captive_is_a_hostage_taking(pipe, text, target):
    evs = events(pipe, text, PUB)
    assert hits(evs, "181", target=target), show(evs)


@pytest.mark.parametrize("text", [
    "LONDON, United Kingdom (Lapwing Wire) - The police held the suspect at the station for questioning.",
    "PARIS, France (Lapwing Wire) - The museum holds a captive audience.",
])
def test_a_custody_or_a_captive_audience_is_no_hostage_taking(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo.startswith("181")], show(evs)


# ---------------------------------------------------------------------------------------------
# the doer of a prevented act


@pytest.mark.parametrize("text, preventer, kept", [
    ("KAMPALA, Uganda (Lapwing Wire) - Police surrounded the home of the opposition leader and prevented him from "
     "leading a planned march.", "Police", "him"),
    ("KAMPALA, Uganda (Lapwing Wire) - Police stopped the opposition leader from holding a rally in the capital.",
     "Police", "opposition leader"),
    ("NAIROBI, Kenya (Lapwing Wire) - Soldiers blocked students from staging a protest outside parliament.",
     "Soldiers", "students"),
])
def test_a_prevented_protest_is_not_the_preventers(pipe, text, preventer, kept):
    evs = events(pipe, text, PUB)
    protests = [e for e in evs if e.cameo.startswith("14")]
    assert not [e for e in protests if e.source is not None and preventer in e.source.text], show(evs)
    assert all(e.status == "negated" for e in protests), show(evs)
    assert [e for e in protests if e.source is not None and kept in e.source.text], show(evs)
