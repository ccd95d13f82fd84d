"""Event coder, round 31 (issue 10, precision on news nobody has labelled): classes of wrongly emitted events found by
judging the coder's output on a seeded sample of unlabelled stories (seed 3135; docs/events.md, session 23, round
31). Every sentence here was written for this test; each class is tested in several phrasings next to uses of the
same words that must stay as they are:

* what somebody was hired or paid to do is a task, not a deed ("the cartel *paid* two gunmen *to murder* the
  reporter"): hypothetical (``events/status_named``);
* the acts a charge names, conjuncts included ("was *charged with* kidnapping *and killing* two journalists"): the
  charge's claim, attributed;
* a clause opened by an inverted "nor" ("*Nor had* any official been charged", ", *nor did* it attack the camp"):
  negated;
* a clash of politicians ("the ministers *clashed over* the budget", "a clash between the French president and the
  Italian prime minister") is a quarrel (111), not fighting (190);
* "fought an insurgency / a war *against* X": the target is X, not the insurgency;
* what an intention, a commitment or a readiness is to ("demonstrates *the intention to renegotiate* its debts",
  "expressed its *commitment to supporting*"): hypothetical.
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, show as _show, with_trigger as _with


# -- what somebody was hired or paid to do -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The cartel paid two gunmen to murder the reporter in Puebla.", "murder"),
    ("Police say the gang hired a teenager to shoot the judge.", "shoot"),
    ("The assassin was paid to kill the opposition leader in Caracas.", "kill"),
    ("A businessman in Dhaka recruited three men to attack the editor.", "attack"),
    ("The smugglers bribed two prison guards to free their leader in Quito.", "free"),
])
def test_what_the_hired_were_to_do_is_not_done(pipe, text, trigger):
    evs = _events(pipe, text)
    got = _with(evs, trigger)
    assert got and all(e.status == "hypothetical" for e in got), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("The cartel hired two gunmen and they murdered the reporter in Puebla.", "murdered"),
    ("Police arrested two men in Lagos who were paid by a rival gang.", "arrested"),
    ("Gunmen killed the mayor of Tlaxcala on Sunday.", "killed"),
])
def test_a_deed_beside_a_hiring_stays(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _with(evs, trigger, statuses=("asserted",)), _show(evs)


# -- what a charge names ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The former mayor was charged with kidnapping and killing two journalists in Tijuana.", "killing"),
    ("The governor was indicted for bribing and threatening three judges in Lima.", "threatening"),
    ("The two officers were charged with beating and torturing a student in Harare.", "torturing"),
])
def test_the_acts_a_charge_names_are_its_claim(pipe, text, trigger):
    evs = _events(pipe, text)
    got = _with(evs, trigger)
    assert got and all(e.status == "attributed" for e in got), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Police charged the protesters with batons in Dhaka.", "charged"),
    ("The court charged the former minister on Monday and police arrested him in Nairobi.", "arrested"),
])
def test_a_charge_and_the_acts_beside_it_stay(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _with(evs, trigger, statuses=("asserted",)), _show(evs)


# -- an inverted "nor" -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Nor had any official at the ministry been charged with corruption while in office.", "charged"),
    ("The army did not shell the town, nor did it attack the camp near Goma.", "attack"),
    ("Nor did Moscow criticize the Turkish strikes on Kurdish fighters.", "criticize"),
    ("Nor has the junta released the detained journalists in Yangon.", "released"),
])
def test_a_clause_opened_by_nor_is_denied(pipe, text, trigger):
    evs = _events(pipe, text)
    got = _with(evs, trigger)
    assert got and all(e.status == "negated" for e in got), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Turkey criticized the strikes, and so did Iran, but Russia attacked the town of Idlib.", "attacked"),
    ("Neither side gave details, but police arrested the two suspects in Accra.", "arrested"),
])
def test_no_nor_no_denial(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _with(evs, trigger, statuses=("asserted", "attributed")), _show(evs)


# -- a clash of politicians ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The two leaders clashed over tariffs during the meeting in the Oval Office.", "clashed"),
    ("The deal was called off after the clash between the French president and the Italian prime minister.", "clash"),
    ("The ministers clashed over the budget on Tuesday.", "clashed"),
    ("The German chancellor clashed with the Polish president over migration at the summit.", "clashed"),
    ("Opposition lawmakers clashed with the speaker over the new election law in Nairobi.", "clashed"),
])
def test_a_clash_of_politicians_is_a_quarrel(pipe, text, trigger):
    evs = _events(pipe, text)
    got = _with(evs, trigger)
    assert got and all(e.cameo.startswith("11") for e in got), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Police clashed with protesters in Nairobi on Tuesday.", "clashed"),
    ("Indian troops clashed with Chinese soldiers over a disputed ridge in Ladakh.", "clashed"),
    ("Clashes between Israeli troops and Hamas fighters killed ten people in Gaza.", "Clashes"),
])
def test_a_clash_of_armed_men_is_fighting(pipe, text, trigger):
    evs = _events(pipe, text)
    got = _with(evs, trigger)
    assert got and all(e.cameo.startswith(("14", "19")) for e in got), _show(evs)


# -- fighting an insurgency against X ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, country", [
    ("The separatist group has been fighting a deadly insurgency against the Pakistani state.", "PAK"),
    ("Tuareg rebels have fought an insurgency against the Malian state since 2012.", "MLI"),
    ("A nationalist movement fought a war against the Sri Lankan state for decades.", "LKA"),
])
def test_the_target_of_an_insurgency_is_whom_it_is_against(pipe, text, country):
    evs = _events(pipe, text)
    got = [e for e in evs if e.cameo.startswith("19")]
    assert got and all(e.target is not None and e.target.country == country
                       and "insurgency" not in e.target.text and "war" not in e.target.text for e in got), _show(evs)


def test_an_army_fighting_an_insurgency_still_fights(pipe):
    evs = _events(pipe, "Nigerian troops have been fighting an insurgency in the northeast for years.")
    assert [e for e in evs if e.cameo.startswith("19") and e.status == "asserted"], _show(evs)


# -- what an intention is to -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Brazil's economic program clearly demonstrates the intention to renegotiate its debts.", "renegotiate"),
    ("The statement expressed Washington's commitment to supporting Israel's security.", "supporting"),
    ("Pakistan reaffirmed its determination to fight the militants in Waziristan.", "fight"),
    ("The junta showed no willingness to release the detained journalists in Yangon.", "release"),
])
def test_what_an_intention_is_to_is_not_done(pipe, text, trigger):
    evs = _events(pipe, text)
    got = _with(evs, trigger)
    assert not [e for e in got if e.status in ("asserted", "attributed")], _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Washington supported Israel's security with new funding.", "supported"),
    ("Pakistani troops fought the militants in Waziristan on Sunday.", "fought"),
    ("In a show of its determination, the junta released ten journalists in Yangon.", "released"),
])
def test_an_act_beside_an_intention_stays(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _with(evs, trigger, statuses=("asserted",)), _show(evs)
