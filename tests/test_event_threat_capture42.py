"""Event precision, session 26 round 42 (issue 10): threats told as acts, captures by the state told as abductions.

* an opening participle of threatening or vowing whose to-clause the parse hung as the participle's subject
  ("*Threatening to kill* all the hostages, gunmen in Mali demanded ..."): the clause after its verb is the verb's
  complement, so the act threatened is not asserted (``status.event_status``);
* a capture coded as an abduction (181) whose doer is the state's police (or an uncoded officer), or the state's army
  taking a suspect or a fighter: an arrest or detention (173) (``custody_doer.state_custody``). A non-state armed
  group capturing soldiers or civilians stays 181.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show, with_trigger

CLAIMED = ("asserted", "attributed", "future")


@pytest.mark.parametrize("text, trigger", [
    ("Threatening to kill all the hostages, gunmen in Mali demanded the release of their leader.", "kill"),
    ("Threatening to shoot all the miners, gunmen in Peru blocked the road to the mine.", "shoot"),
    ("Threatening to execute all the captured soldiers, rebels in Tigray issued new demands.", "execute"),
    ("Threatening to shoot all the strikers, police in Harare surrounded the factory.", "shoot"),
    ("Vowing to behead all the captives, kidnappers in Sinai posted a video.", "behead"),
])
def test_act_threatened_in_an_opening_participle_is_not_asserted(pipe, text, trigger):
    evs = events(pipe, text)
    assert not with_trigger(evs, trigger, ("asserted", "attributed")), show(evs)


@pytest.mark.parametrize("text, trigger, code", [
    ("Police killed two men after threatening to shoot them in Lagos.", "killed", "19"),
    ("Threatening to shoot all the strikers, police in Harare surrounded the factory.", "surrounded", "19"),
    ("Soldiers in Niger, threatening to burn the market, arrested six traders on Sunday.", "arrested", "173"),
])
def test_act_done_beside_a_threat_stays_asserted(pipe, text, trigger, code):
    evs = events(pipe, text)
    assert [e for e in with_trigger(evs, trigger, ("asserted",)) if e.cameo.startswith(code)], show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Police in Manila grabbed a man who had stabbed a tourist.", "grabbed"),
    ("Officers grabbed the protester and pushed him into a van.", "grabbed"),
    ("Police seized a woman suspected of smuggling heroin.", "seized"),
    ("Kenyan police officers grabbed two Somali nationals at the border.", "grabbed"),
    ("Two students were grabbed by plainclothes police outside the university in Tehran.", "grabbed"),
    ("Soldiers seized two villagers accused of helping the rebels.", "seized"),
])
def test_capture_by_state_forces_is_custody_not_abduction(pipe, text, trigger):
    evs = events(pipe, text)
    hit = with_trigger(evs, trigger, CLAIMED)
    assert hit and all(e.cameo == "173" for e in hit), show(evs)
    assert not [e for e in evs if e.cameo.startswith("181")], show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Rebels captured six Malian soldiers near Gao.", "captured"),
    ("Gunmen captured three police officers in Zamfara.", "captured"),
    ("Al-Shabaab fighters seized two aid workers in Somalia.", "seized"),
    ("Gunmen on Monday grabbed two Chinese engineers in Balochistan.", "grabbed"),
    ("Gunmen stormed a school and seized 15 students.", "seized"),
])
def test_capture_by_armed_groups_stays_abduction(pipe, text, trigger):
    evs = events(pipe, text)
    hit = with_trigger(evs, trigger, CLAIMED)
    assert hit and all(e.cameo == "181" for e in hit), show(evs)
