"""Session 39, round st79 (issue 10): event statuses by the reference set's conventions.

* A threat made is asserted (``threat_conditions.threat_made``): a hostile act (13x) its own side announces under an
  "if" / "unless" condition, or against *any* party that does something, with the condition hung on the act or on the
  saying put after it ("Ghana will close its border unless ..., the president warned"). Controls: a plain announced
  plan ("Norway will join the sanctions") stays future, another's forecast (an analyst's) stays future, and a
  condition with no one announcing it ("If the militias attack, the government will ...") is no threat made.
* A party's own account (``self_report.self_reported``): a state told of its own forces ("Peru said ... pushed back by
  Peruvian soldiers"), a force's own machines ("French warplanes struck ..., the French military said"), and a
  state force's report put after the act of a force of its state ("Kenyan security forces killed ..., the army
  said", "..., the defence ministry said"), and a party's voice named with it ("..., a spokesman *for the group* /
  *for the rebels* said"). Controls: the same countryless ministry opening the sentence about another country's
  forces, another body's account ("the interior ministry said security forces ..."), a bare "a spokesman", and "a
  spokesman for the group" of a police act (the police are no "group").
* A source put after the act with "told reporters" / "told journalists" reports it (``status_clause._audience``):
  attributed, not asserted. Control: a clause of telling that is an act of its own ("police told the crowd to go
  home") leaves the first act asserted. A "while" clause of contrast hung by the parse on the saying is part of
  the report ("..., while insurgents abducted 12 farmers, the air force said"); control: with no saying it stays
  asserted.
* What a cause told as done brought about is claimed (``status_doubt.caused_result``): "arrested the leader,
  *prompting his supporters to block* roads" with the to-clause read as the object's own modifier. Controls: an
  appeal ("urged dock workers to block") and a purpose ("imposed to force the generals to release") stay
  hypothetical.

All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from event_helpers import by_root, events, show

THREATS_MADE = [
    ("Ghana will close its border with Togo unless Lome hands over the smugglers, President John Mensah warned on "
     "Friday.", "close"),
    ("Peru will suspend gas exports to Chile if the dispute goes to court, Energy Minister Rosa Vidal warned on "
     "Thursday.", "suspend"),
    ("Algeria said on Tuesday it would expel the French envoy if Paris refused to return the archives.", "expel"),
    ("Norway's navy said its ships would sink any boat that crossed into the fishing zone.", "sink"),
    ("The junta's spokesman said any newspaper that printed the claims would be closed.", "closed"),
    ("The rebel command said its fighters would attack any army convoy entering the valley.", "attack"),
]


@pytest.mark.parametrize("text,trigger", THREATS_MADE)
def test_threat_made_is_asserted(pipe, text, trigger):
    evs = [e for e in by_root(events(pipe, text), "13") if e.trigger.text == trigger]
    assert evs and all(e.status == "asserted" for e in evs), show(events(pipe, text))


PLANS_AND_FORECASTS = [
    ("Norway will join the European sanctions against Belarus, Prime Minister Erik Lund said on Friday.", "sanctions"),
    ("Sweden will cut aid to Zambia if the vote is rigged, an American analyst said.", "cut"),
    ("If the militias attack the port, the government will impose a curfew.", "impose"),
]


@pytest.mark.parametrize("text,trigger", PLANS_AND_FORECASTS)
def test_plan_or_forecast_stays_future(pipe, text, trigger):
    evs = [e for e in events(pipe, text) if e.trigger.text == trigger]
    assert evs and all(e.status == "future" for e in evs), show(evs)


OWN_ACCOUNTS = [
    ("Peru said on Monday that Bolivian troops had tried to cross the border and had been pushed back by Peruvian "
     "soldiers.", "17", "PER"),
    ("French warplanes struck jihadist camps near Gao, the French military said.", "19", "FRA"),
    ("Kenyan security forces killed nine militants in a raid near the coast, the army said on Monday.", "19", "KEN"),
    ("Guatemalan soldiers pushed back three boats carrying migrants on Friday, a navy commander said.", "17", "GTM"),
    ("Algerian warplanes struck rebel positions in the south, the defence ministry said.", "19", "DZA"),
    ("TALIBAN FIGHTERS ON SUNDAY DETAINED THREE FOREIGN JOURNALISTS IN KANDAHAR, A SPOKESMAN FOR THE GROUP SAID.", "17",
     "AFG"),
    ("Sudanese rebel leaders agreed on Friday to attend peace talks with the government in Juba, a spokesman for the "
     "rebels said.", "03", "SDN"),
]


@pytest.mark.parametrize("text,root,country", OWN_ACCOUNTS)
def test_own_account_is_asserted(pipe, text, root, country):
    evs = [e for e in by_root(events(pipe, text), root) if e.source is not None and e.source.country == country]
    assert evs and all(e.status == "asserted" for e in evs), show(events(pipe, text))
    assert all(e.attributed_to is not None for e in evs)  # the sayer is kept


OTHERS_ACCOUNTS = [
    ("The defence ministry said Russian forces had shelled the village overnight.", "19"),
    ("The interior ministry said security forces had arrested 40 protesters.", "17"),
    ("Syrian forces shelled the town of Saraqib overnight, killing three civilians, the provincial governor said on "
     "Sunday.", "19"),
    ("Sudanese rebels shelled the army base on Friday, a spokesman for the army said.", "19"),
    ("Police arrested two rebel commanders in Kassala, a spokesman for the group said.", "17"),
    ("Sudanese rebel leaders agreed on Friday to attend peace talks with the government in Juba, a spokesman said.",
     "03"),
]


@pytest.mark.parametrize("text,root", OTHERS_ACCOUNTS)
def test_another_partys_account_stays_attributed(pipe, text, root):
    evs = by_root(events(pipe, text), root)
    assert evs and all(e.status == "attributed" for e in evs), show(evs)


TOLD_AUDIENCE = [
    ("Myanmar soldiers burned down dozens of houses in a village in Sagaing, villagers told reporters.", "17"),
    ("Ugandan police arrested six opposition activists in Gulu on Monday, their lawyer told journalists.", "17"),
    ("Nigerian troops killed five gunmen near Zaria, a local chief told Reuters on Sunday.", "19"),
]


@pytest.mark.parametrize("text,root", TOLD_AUDIENCE)
def test_told_reporters_is_attributed(pipe, text, root):
    evs = by_root(events(pipe, text), root)
    assert evs and all(e.status == "attributed" and e.attributed_to is not None for e in evs), show(evs)


def test_telling_as_an_act_leaves_the_act_asserted(pipe):
    evs = by_root(events(pipe, "Protesters blocked the main road into Kisumu on Monday, and police told the crowd "
                               "to go home."), "14")
    assert evs and all(e.status == "asserted" for e in evs), show(evs)


def test_named_coalition_is_no_state_force(pipe):
    # a party whose name has "Forces" in it is not the army: its account of a police shooting is another's
    text = ("Police shot dead a protester in Bamako on Friday, a coalition of opposition parties, the Forces "
            "Patriotiques du Mali, said.")
    evs = [e for e in events(pipe, text) if e.trigger.text == "shot"]
    assert evs and all(e.status == "attributed" for e in evs), show(evs)


CAUSED_RESULTS = [
    ("Police arrested the opposition leader on Monday, prompting his supporters to block roads in the north.", "14"),
    ("The court sentenced the union leader to six years, prompting dock workers to block the port entrance.", "14"),
    ("The junta dissolved the electoral commission on Monday, prompting opposition parties to boycott the vote.", "14"),
]


@pytest.mark.parametrize("text,root", CAUSED_RESULTS)
def test_what_a_told_cause_brought_about_is_claimed(pipe, text, root):
    # "prompting X to VERB" with the to-clause read as the object's own modifier: what the cause brought about
    # (status_doubt.caused_result), not what X is for
    evs = by_root(events(pipe, text), root)
    assert evs and all(e.status == "asserted" for e in evs), show(evs)


ASKED_OR_PURPOSED = [
    ("The union leader urged dock workers to block the port entrance.", "block"),
    ("The sanctions were imposed to force the generals to release the prisoners.", "release"),
]


@pytest.mark.parametrize("text,trigger", ASKED_OR_PURPOSED)
def test_asked_or_purposed_act_stays_hypothetical(pipe, text, trigger):
    evs = [e for e in events(pipe, text) if e.trigger.text == trigger]
    assert evs and all(e.status == "hypothetical" for e in evs), show(evs)


WHILE_REPORTED = [
    ("Nigerian jets bombed an insurgent camp on Sunday, killing dozens of fighters, while insurgents abducted 12 "
     "farmers near Dikwa, the air force said.", "abducted"),
    ("Protesters blocked roads in the capital on Monday, while police arrested 30 people in the port city, witnesses "
     "said.", "arrested"),
]


@pytest.mark.parametrize("text,trigger", WHILE_REPORTED)
def test_while_clause_in_a_report_is_attributed(pipe, text, trigger):
    # the contrast told in the same report, hung by the parse on the saying (status.event_status)
    evs = [e for e in events(pipe, text) if e.trigger.text == trigger]
    assert evs and all(e.status == "attributed" and e.attributed_to is not None for e in evs), show(evs)


def test_while_clause_with_no_saying_stays_asserted(pipe):
    evs = [e for e in events(pipe, "Police arrested 30 protesters in the capital while others blocked the main road.")
           if e.trigger.text == "arrested"]
    assert evs and all(e.status == "asserted" for e in evs), show(evs)
