"""Session 36 (round sb72, issue 10): classes of coder errors read off the reference batch 26, single wire sentences on
material and cooperative acts (tests/data/event_reference/26_wire_material.tsv), each fixed by a general rule.
Sentences written for these tests.

* forces ordered *to* or *into* a place are deployed (154, ``order_forces_to`` / ``order_forces_to_obj``), before
  ``order_to`` would read a purpose clause after the place as a demand on the forces; an order to do something
  stays a demand, and forces sent back to barracks or home are no deployment;
* forces, ships or convoys declared "legitimate targets" (``regard / treat / view / consider ... as``) are a threat
  of force (138); a firm's target market or a game treated "as any other" is no event;
* two parties that set up, establish, form or create a *joint* commission, committee, panel or working group
  cooperate (060, ``*_joint_body``); firms or universities doing so are no event;
* aid *announced* as a sum of money is aid (``announce_aid``, as ``approve_aid``; aid nouns announced keep their
  nominal patterns); profits announced are no event;
* control of a place, or the place itself, handed to another party with no particle is territory yielded (080,
  ``hand_control`` / ``hand_control_of``, as ``cede_territory``); a ball handed to a player is no event;
* "fans" is a weak sport cue (``event_patterns.offtopic.tsv``): with one other sport word ("rugby", "hockey") the
  sentence is a game's ("launched a fierce assault on the English line ... in front of 40,000 fans"); police firing
  on fans stays repression (the police doer keeps the sentence);
* sites (airports, stations, border crossings, embassies) put or placed on alert by a state's bodies are a police
  alert (151, ``place_sites_on_alert`` / ``put_sites_on_alert``); forces on alert stay 152, staff or flights on
  standby no event.
"""

from __future__ import annotations

import pytest

from event_helpers import by_root, events, show

PUB = "2026-12-07"  # a Monday


# ---------------------------------------------------------------------------------------------
# forces ordered to a place


@pytest.mark.parametrize("text, src", [
    ("The Nigerian president ordered 3,000 soldiers to the northeast on Monday.", "NGA"),
    ("LAGOS, Nigeria (Lapwing Wire) - Chad's president ordered reinforcements to the border town after the raid.", "TCD"),
    ("The Pentagon ordered an aircraft carrier and four destroyers to the eastern Mediterranean.", "USA"),
    ("Moscow ordered two frigates into the Black Sea on Thursday.", "RUS"),
    ("The prime minister ordered fighter jets and paratroopers to the island on Sunday to help defend it.", None),
])
def test_forces_ordered_to_a_place_are_deployed(pipe, text, src):
    evs = events(pipe, text, PUB)
    dep = [e for e in evs if e.cameo == "154"]
    assert dep, show(evs)
    assert not by_root(evs, "10"), show(evs)  # no demand on one's own forces
    if src:
        assert dep[0].source is not None and dep[0].source.country == src, show(dep)


@pytest.mark.parametrize("text", [
    "The president ordered the soldiers back to their barracks.",
    "The minister ordered the soldiers home after the parade.",
    "The coach ordered the players to the dressing room at half-time.",
])
def test_forces_sent_back_or_players_sent_off_are_no_deployment(pipe, text):
    assert not by_root(events(pipe, text, PUB), "15"), show(events(pipe, text, PUB))


def test_an_order_to_do_something_stays_a_demand(pipe):
    evs = events(pipe, "The army chief ordered the troops to open fire on the crowd.", PUB)
    assert by_root(evs, "10") and not by_root(evs, "15"), show(evs)


# ---------------------------------------------------------------------------------------------
# legitimate targets


@pytest.mark.parametrize("text, src", [
    ("Russia said on Monday it would regard any European troops in Ukraine as legitimate targets.", "RUS"),
    ("The Iranian army said it would regard any foreign warship in its waters as a legitimate target.", "IRN"),
    ("The Houthis said they would view American ships as legitimate military targets.", "YEM"),
    ("Hezbollah said it would consider Israeli troops in the border villages as legitimate targets.", "LBN"),
])
def test_forces_declared_legitimate_targets_are_a_threat(pipe, text, src):
    evs = events(pipe, text, PUB)
    thr = [e for e in evs if e.cameo == "138"]
    assert thr, show(evs)
    assert thr[0].source is not None and thr[0].source.country == src, show(thr)


@pytest.mark.parametrize("text", [
    "The marketing director said the firm regards young drivers as its main target.",
    "The coach said he would treat the final as any other game.",
])
def test_a_target_market_or_a_game_is_no_threat(pipe, text):
    assert not by_root(events(pipe, text, PUB), "13"), show(events(pipe, text, PUB))


# ---------------------------------------------------------------------------------------------
# a joint body


@pytest.mark.parametrize("text, src, tgt", [
    ("JUBA, South Sudan (Lapwing Wire) - South Sudan and Uganda set up a joint commission on Tuesday to mark their "
     "border.", "SSD", "UGA"),
    ("Kenya and Ethiopia set up a joint commission on Monday to manage water from the shared river.", "KEN", "ETH"),
    ("Chile and Peru established a joint border committee on Tuesday.", "CHL", "PER"),
    ("Iraq formed a joint security committee with Turkey to fight smuggling.", "IRQ", "TUR"),
    ("Ghana and Togo created a joint working group on trade.", "GHA", "TGO"),
])
def test_a_joint_body_set_up_is_cooperation(pipe, text, src, tgt):
    evs = [e for e in events(pipe, text, PUB) if e.cameo == "060"]
    assert evs, show(events(pipe, text, PUB))
    assert evs[0].source.country == src and evs[0].target is not None and evs[0].target.country == tgt, show(evs)


@pytest.mark.parametrize("text", [
    "The two carmakers set up a joint committee on batteries.",
    "Two universities created a joint research centre.",
])
def test_a_joint_body_of_firms_or_universities_is_no_event(pipe, text):
    assert not events(pipe, text, PUB), show(events(pipe, text, PUB))


# ---------------------------------------------------------------------------------------------
# aid announced


@pytest.mark.parametrize("text, src, tgt", [
    ("The European Union announced 50 million euros in humanitarian aid for Sudan on Friday.", "EUR", "SDN"),
    ("Britain announced 40 million pounds in humanitarian aid for Yemen on Monday.", "GBR", "YEM"),
    ("Washington announced $85 million in emergency assistance for Turkey on Wednesday.", "USA", "TUR"),
])
def test_aid_announced_is_aid(pipe, text, src, tgt):
    evs = by_root(events(pipe, text, PUB), "07")
    assert evs, show(events(pipe, text, PUB))
    assert evs[0].source.country == src and evs[0].target is not None and evs[0].target.country == tgt, show(evs)


def test_profits_announced_are_no_event(pipe):
    text = "The company announced $50 million in profits for the quarter."
    assert not events(pipe, text, PUB), show(events(pipe, text, PUB))


# ---------------------------------------------------------------------------------------------
# control of a place handed over


@pytest.mark.parametrize("text, src, tgt", [
    ("Armenia handed control of four villages to Azerbaijan on Friday.", "ARM", "AZE"),
    ("YEREVAN, Armenia (Lapwing Wire) - Armenia handed control of four abandoned border villages to Azerbaijan on "
     "Friday under a demarcation deal.", "ARM", "AZE"),
    ("Syria's army handed two border posts to Russian military police.", "SYR", "RUS"),
])
def test_control_of_a_place_handed_over_is_yielded(pipe, text, src, tgt):
    evs = [e for e in events(pipe, text, PUB) if e.cameo == "080"]
    assert evs, show(events(pipe, text, PUB))
    assert evs[0].source.country == src and evs[0].target is not None and evs[0].target.country == tgt, show(evs)


@pytest.mark.parametrize("text", [
    "The referee handed the ball to the captain.",
    "The company handed control of the airport to a private operator.",
])
def test_a_ball_or_a_firms_asset_handed_over_is_no_event(pipe, text):
    assert not events(pipe, text, PUB), show(events(pipe, text, PUB))


# ---------------------------------------------------------------------------------------------
# "fans" is a weak sport cue: with one sport word, a game's "assault" or "attack" is no event


@pytest.mark.parametrize("text", [
    "Argentina's rugby team launched a fierce assault on the English line on Sunday in front of 40,000 fans.",
    "The visitors' attack wore down the hockey defence as 12,000 fans sang in the stands.",
])
def test_a_game_watched_by_fans_is_no_event(pipe, text):
    assert not events(pipe, text, PUB), show(events(pipe, text, PUB))


def test_police_firing_on_fans_stays_repression(pipe):
    evs = events(pipe, "Police fired tear gas at football fans outside the stadium on Saturday.", PUB)
    assert by_root(evs, "17"), show(evs)


# ---------------------------------------------------------------------------------------------
# sites put on alert


@pytest.mark.parametrize("text, src", [
    ("NEW DELHI, India (Lapwing Wire) - Indian security agencies placed airports, railway stations and border "
     "crossings in Punjab on high alert on Tuesday.", "IND"),
    ("The Kenyan government put all border crossings on high alert after the attack.", "KEN"),
    ("The Egyptian interior ministry placed all airports on high alert ahead of the holiday.", "EGY"),
    ("Turkey put its embassies in Europe on high alert on Monday.", "TUR"),
])
def test_sites_put_on_alert_are_a_police_alert(pipe, text, src):
    evs = [e for e in events(pipe, text, PUB) if e.cameo == "151"]
    assert evs, show(events(pipe, text, PUB))
    assert evs[0].source is not None and evs[0].source.country == src, show(evs)


@pytest.mark.parametrize("text", [
    "The hospital put its staff on alert for the flu season.",
    "The airline put its flights on standby.",
])
def test_staff_or_flights_on_standby_are_no_event(pipe, text):
    assert not events(pipe, text, PUB), show(events(pipe, text, PUB))


def test_forces_put_on_alert_stay_a_military_alert(pipe):
    evs = events(pipe, "Pakistan put its forces on alert.", PUB)
    assert [e for e in evs if e.cameo == "152"], show(evs)
