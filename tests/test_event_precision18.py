"""Event coder, eighteenth round (issue 10, precision on news nobody has labelled): classes of wrongly emitted
events found by judging the coder's output on a new seeded sample of unlabelled wire news (Reuters-21578 and VOA
stories, seed 1818; docs/events.md, session 18). Every sentence here was written for this test; each class is
tested in several phrasings next to uses of the same words that must stay as they are:

* status (``events/status_doubt.py``): the clause of "makes it unlikely that" is a guess; the to-clause of a noun of
  failure or refusal did not happen ("Obama's failure to sell missiles");
* an act on a thing a country owns with no doer ("the expulsions violate Kenya's obligations") is no act on the
  country (``events/owned.py``);
* a judgement by no one named: an agentless passive ("Paris was accused of aiding the rebels", "the government was
  criticized") or a generic voice ("Critics blame ...", "analysts praised ...") (``events/voices.py``).
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, show as _show, with_trigger as _with


CLAIMED = ("asserted", "attributed", "future")
DONE = ("asserted", "attributed")


# -- "makes it unlikely that" ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The missile test will make it unlikely that Washington will lift the sanctions on Ankara.", "lift"),
    ("The vote makes it unlikely Congress will approve the aid to Kyiv.", "approve"),
    ("The ruling made it likely that the army will arrest the opposition leader.", "arrest"),
    ("The new law makes it possible that police will detain journalists without charge.", "detain"),
])
def test_clause_of_likelihood_is_a_guess(pipe, text, trigger):
    evs = _events(pipe, text)
    got = _with(evs, trigger)
    assert got and not _with(evs, trigger, CLAIMED), _show(evs)


def test_made_it_clear_stays(pipe):
    evs = _events(pipe, "The minister made it clear that Egypt will expel the ambassador.")
    assert not _with(evs, "expel", ("hypothetical",)), _show(evs)


# -- the to-clause of a noun of failure or refusal -----------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Ankara is angry over Obama's failure to sell missiles to Turkey.", "sell"),
    ("The Kremlin's refusal to withdraw its troops angered NATO.", "withdraw"),
    ("The statement signals Moscow's reluctance to endorse the American proposal.", "endorse"),
    ("Analysts pointed to the army's inability to recapture the town from the rebels.", "recapture"),
])
def test_failure_to_is_negated(pipe, text, trigger):
    evs = _events(pipe, text)
    got = _with(evs, trigger)
    assert got and all(e.status == "negated" for e in got), _show(evs)


def test_decision_to_is_not_negated(pipe):
    evs = _events(pipe, "Israel's decision to expel the diplomats angered Turkey.")
    assert _with(evs, "expel") and not _with(evs, "expel", ("negated",)), _show(evs)


# -- an act on a thing a country owns, with no doer --------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The expulsions violate Kenya's obligations under international law.", "violate"),
    ("The decision threatens the sovereignty of Ukraine.", "threatens"),
    ("Such a move would threaten the sovereignty of Ukraine.", "threaten"),
    ("Rights groups say the transfers violate U.S. law.", "violate"),
    ("The deportations breach Thailand's commitments under the treaty.", "breach"),
])
def test_act_on_owned_thing_without_doer_is_dropped(pipe, text, trigger):
    evs = _events(pipe, text)
    assert not _with(evs, trigger), _show(evs)


@pytest.mark.parametrize("text, trigger, source", [
    ("Russia violated Ukraine's sovereignty by sending troops.", "violated", "RUS"),
    ("China said the patrols by Japan threatened China's sovereignty.", "threatened", None),
])
def test_act_on_owned_thing_with_doer_stays(pipe, text, trigger, source):
    evs = _events(pipe, text)
    got = _with(evs, trigger)
    if source is not None:
        assert got and got[0].source is not None and got[0].source.country == source, _show(evs)
    else:  # (the doer the parse finds, or none: not dropped for the owner alone when there is a doer)
        assert all(e.source is not None for e in got), _show(evs)


# -- a judgement by no one named --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Paris was accused of aiding the rebels.", "accused"),
    ("The minister, who is accused of taking bribes, resigned on Monday.", "accused"),
    ("Both militias have been accused of killing civilians.", "accused"),
    ("The government was criticized for its response to the floods.", "criticized"),
    ("Critics blame the government for the violence.", "blame"),
    ("Critics accused the president of ignoring the courts.", "accused"),
    ("Analysts praised the army for its restraint.", "praised"),
    ("Security analysts are praising ECOWAS for activating its standby force.", "praising"),
    ("Observers have criticized the Kenyan government over the arrests.", "criticized"),
])
def test_judgement_by_no_one_named_is_dropped(pipe, text, trigger):
    evs = _events(pipe, text)
    assert not _with(evs, trigger), _show(evs)


@pytest.mark.parametrize("text, trigger, source", [
    ("Iran was accused by Israel of arming the rebels.", "accused", "ISR"),
    ("Turkey accused Greece of violating its airspace.", "accused", "TUR"),
    ("The United Nations criticized Myanmar for the arrests.", "criticized", "UNO"),
    ("Germany praised the Kenyan army for its restraint.", "praised", "DEU"),
])
def test_judgement_with_a_judge_stays(pipe, text, trigger, source):
    evs = _events(pipe, text)
    got = _with(evs, trigger, DONE)
    assert got and got[0].source is not None and got[0].source.country == source, _show(evs)


def test_verdict_of_an_unnamed_court_stays(pipe):
    evs = _events(pipe, "The former governor was convicted of corruption on Tuesday.")
    assert _with(evs, "convicted", DONE), _show(evs)


def test_accused_content_keeps_its_status(pipe):
    evs = _events(pipe, "Paris was accused of aiding the rebels.")
    assert _with(evs, "aiding", ("attributed",)), _show(evs)
