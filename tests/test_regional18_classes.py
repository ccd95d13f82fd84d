"""Session 33 (round rf63, issue 10): the classes of coder errors read off the ninth reference batch, regional and
local news (tests/data/event_reference/18_regional.tsv), each fixed by a general rule. Sentences written for these
tests.

* a regional ``City:`` dateline with each word capitalised ("Nakuru: ", "Davao City: ") gives bare domestic bodies
  ("police", "soldiers", "the court") the city's country, as the lower-cased "nakuru: " already did; a capitalised
  word before a colon that is no known city gives none; "Davao City" is looked up as "Davao" when the gazetteer
  has no "Davao City".
* a court that denies or refuses bail *to* someone ("denied bail to five men", "refused bail to the two ministers",
  "denied him bail") keeps them in custody (173), as the passive "was refused bail" already did;
* officials or policemen suspended by their superiors ("suspended an inspector and two head constables") are
  sanctioned (172);
* South Asian prohibitory orders ("imposed prohibitory orders", "imposed section 144") restrict gatherings (1721);
* a bare weekday on the event verb or on its subject ("a special court *on saturday* sentenced ... for a murder in
  2019") dates the act as news: the older year of a background phrase no longer drops it as history;
* protesters blocking an avenue, a boulevard or an expressway block a road (144), as a street or a highway;
* police using rubber bullets, pellets or stun grenades on or against people repress them (175), as tear gas (pepper
  spray, already coded, is kept as a phrasing);
* protesters occupying a state congress, an assembly, a collectorate or a city hall stage a sit-in (141), no military
  occupation (192);
* a county's or district's "security committee" is a government body (GOV), so its curfews and bans are coded.
"""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show

PUB = "2026-12-07"  # a Monday


# ---------------------------------------------------------------------------------------------
# a capitalised "City:" dateline


@pytest.mark.parametrize("text, root, source, country", [
    ("Mombasa: Police arrested six men on Saturday after a warehouse at the port was broken into.",
     "17", "Police", "KEN"),
    ("Davao City: Soldiers detained three suspected extortionists at a checkpoint on Sunday.", "17", "Soldiers", "PHL"),
    ("Ludhiana: Police lathi-charged a crowd of students outside the bus stand on Friday.", "17", "Police", "IND"),
    ("Port Harcourt: Police on Sunday arrested two men over the theft of pipeline cables.", "17", "Police", "NGA"),
    ("Kano: The state government imposed a curfew on two districts after clashes between traders.",
     "17", "government", "NGA"),
])
def test_capitalised_city_dateline_gives_country(pipe, text, root, source, country):
    evs = events(pipe, text, PUB)
    assert hits(evs, root, source=source, country=country), show(evs)


@pytest.mark.parametrize("text, root, source", [
    # no city before the colon: no country from it
    ("Update: Police arrested six men on Saturday after a warehouse was broken into.", "17", "Police"),
    ("Breaking News: Soldiers detained three men at a checkpoint on Sunday.", "17", "Soldiers"),
])
def test_capitalised_non_city_label_gives_no_country(pipe, text, root, source):
    evs = events(pipe, text, PUB)
    got = hits(evs, root, source=source)
    assert got and all(e.source.country is None for e in got), show(evs)


def test_lower_dateline_still_gives_country(pipe):
    evs = events(pipe, "mombasa: police arrested six men on saturday after a warehouse was broken into.", PUB)
    assert hits(evs, "17", source="police", country="KEN"), show(evs)


# ---------------------------------------------------------------------------------------------
# bail denied or refused to someone


@pytest.mark.parametrize("text, source, target", [
    ("A Mombasa court on Friday denied bail to five men charged with kidnapping.", "court", "five men"),
    ("The high court refused bail to the two former ministers on Thursday.", "court", "ministers"),
    ("a district court on friday denied bail to two men accused of rioting.", "court", "two men"),
    ("The magistrate denied bail to the journalist.", "magistrate", "journalist"),
])
def test_bail_denied_to_is_custody(pipe, text, source, target):
    evs = events(pipe, text, PUB)
    assert hits(evs, "173", source=source, target=target), show(evs)


@pytest.mark.parametrize("text, root", [
    ("The police denied the allegation of torture.", "016"),
    ("The court denied that it had been pressured by the government.", "016"),
    ("The court granted bail to the two students.", "0841"),
])
def test_bail_controls(pipe, text, root):
    evs = events(pipe, text, PUB)
    assert hits(evs, root) and not hits(evs, "173"), show(evs)


# ---------------------------------------------------------------------------------------------
# officials suspended


@pytest.mark.parametrize("text, target", [
    ("The superintendent of police suspended an inspector and two head constables.", "constables"),
    ("the commissioner on sunday suspended three policemen over the death of a suspect in custody.", "policemen"),
    ("The state government suspended the district official after the stampede.", "official"),
])
def test_officials_suspended(pipe, text, target):
    evs = events(pipe, text, PUB)
    assert hits(evs, "172", target=target), show(evs)


@pytest.mark.parametrize("text", [
    "The government suspended the officers' salaries for a month.",
    "The league suspended the match after heavy rain.",
])
def test_suspension_controls(pipe, text):
    evs = events(pipe, text, PUB)
    assert not hits(evs, "172"), show(evs)


# ---------------------------------------------------------------------------------------------
# prohibitory orders


@pytest.mark.parametrize("text", [
    "The district administration imposed prohibitory orders in the old city on Sunday.",
    "the police imposed prohibitory orders around the stadium ahead of the match.",
    "The upazila administration imposed section 144 in the market area.",
])
def test_prohibitory_orders(pipe, text):
    evs = events(pipe, text, PUB)
    assert hits(evs, "1721"), show(evs)


def test_prohibitory_control(pipe):
    evs = events(pipe, "The court imposed a fine on the company for breaking the order.", PUB)
    assert not hits(evs, "1721"), show(evs)


# ---------------------------------------------------------------------------------------------
# a weekday on the verb or its subject dates the act, whatever older year its clause names


@pytest.mark.parametrize("text, root", [
    ("a special court on saturday sentenced a former village headman to life imprisonment for a murder in 2019.",
     "116"),
    ("The tribunal on Friday convicted two former officers of torture committed in 2014.", "116"),
    ("The anti-corruption court on Thursday jailed a former minister over contracts awarded in 2016.", "173"),
])
def test_weekday_dates_act_over_background_year(pipe, text, root):
    evs = events(pipe, text, PUB)
    assert hits(evs, root), show(evs)


@pytest.mark.parametrize("text", [
    "Police fired on protesters in the square in 2009, killing three.",
    "On a Saturday in 2009, police fired on protesters in the square.",
    "Police arrested the former mayor in 2015 on charges of bribery.",
])
def test_old_year_still_history(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo.startswith(("17", "19"))], show(evs)


# ---------------------------------------------------------------------------------------------
# more road words, more riot-control weapons


@pytest.mark.parametrize("text", [
    "Residents blocked an avenue with burning tyres on Sunday night.",
    "Hundreds of taxi drivers blocked the main boulevard of the capital on Saturday.",
    "Farmers blocked the expressway for six hours to demand higher crop prices.",
])
def test_avenue_blocked(pipe, text):
    evs = events(pipe, text, PUB)
    assert hits(evs, "144"), show(evs)


def test_avenue_control(pipe):
    evs = events(pipe, "The city council used the avenue for a parade on Saturday.", PUB)
    assert not [e for e in evs if e.cameo.startswith("14")], show(evs)


@pytest.mark.parametrize("text", [
    "Police used pepper spray on protesters outside the city hall.",
    "Police used rubber bullets against the crowd of strikers.",
    "Riot police used stun grenades on students who had occupied the campus.",
])
def test_riot_weapons_used(pipe, text):
    evs = events(pipe, text, PUB)
    assert hits(evs, "175"), show(evs)


def test_spray_control(pipe):
    evs = events(pipe, "Workers used spray paint on the wall of the depot.", PUB)
    assert not hits(evs, "175"), show(evs)


# ---------------------------------------------------------------------------------------------
# protesters occupying public buildings; security committees


@pytest.mark.parametrize("text", [
    "Striking teachers occupied the state congress on Friday to demand the repeal of a pension law.",
    "Hundreds of farmers occupied the district collectorate for six hours.",
    "Students occupied the city hall to demand cheaper bus fares.",
])
def test_protesters_occupy_public_building(pipe, text):
    evs = events(pipe, text, PUB)
    assert hits(evs, "141") and not hits(evs, "192"), show(evs)


def test_troops_still_occupy(pipe):
    evs = events(pipe, "Russian troops occupied the town on Friday.", PUB)
    assert hits(evs, "192"), show(evs)


@pytest.mark.parametrize("text, root", [
    ("The county security committee on Saturday imposed a dusk-to-dawn curfew on three towns.", "1723"),
    ("The district security committee banned all rallies in the town until further notice.", "1721"),
])
def test_security_committee_is_government(pipe, text, root):
    evs = events(pipe, text, PUB)
    assert [e for e in hits(evs, root) if e.source is not None and e.source.sector == "GOV"], show(evs)


def test_security_committee_meeting_no_event(pipe):
    evs = events(pipe, "The Senate security committee met on Tuesday to discuss the budget.", PUB)
    assert not [e for e in evs if e.cameo.startswith("17")], show(evs)
