"""Event coder, round 39 (issue 10, precision on news nobody has labelled): the owner of a plan or decision is the
doer of its act (docs/events.md, session 25, round 39). Every sentence here was written for this test:

* "X's plan / decision / bid / offer to VERB ..." and "the decision by X to VERB ...": X does the act, not the
  one who criticised, welcomed or backed the plan (``plan_owner`` in ``syntax_words.py``; parse repair 140,
  ``repair_plan_clause.py``, when the parser hung the to-clause on the outer verb);
* controls: "urged X's government to VERB" keeps its object control, "announced a plan to VERB" and "decided to
  VERB" keep their subject, and a plan nobody owns gives the critic no claimed planned act.
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, show as _show, with_trigger

_CLAIMED = ("asserted", "attributed", "future")


def _countries(evs, trigger):
    """The source countries of the events at ``trigger``, whatever their status (an offer's act is hypothetical)."""
    return {e.source.country if e.source else None for e in with_trigger(evs, trigger)}


# -- the owner of the plan, with an outer verb of judging or backing -----------------------------------------------------
@pytest.mark.parametrize("text, trigger, owner, outsider", [
    ("Russia criticised Poland's plan to militarise the border.", "militarise", "POL", "RUS"),
    ("China condemned the decision by Japan to deploy troops on the island.", "deploy", "JPN", "CHN"),
    ("Turkey welcomed the Iraqi government's decision to expel the militants.", "expel", "IRQ", "TUR"),
    ("Germany backed Kenya's bid to host the summit.", "host", "KEN", "DEU"),
    ("Britain welcomed Iran's offer to release the sailors.", "release", "IRN", "GBR"),
    ("Moscow denounced Latvia's move to expel Russian diplomats.", "expel", "LVA", "RUS"),
    ("Beijing has sharply criticised the decision by Australia to send warships to the strait.", "send", "AUS", "CHN"),
])
def test_the_owner_of_a_plan_does_its_act(pipe, text, trigger, owner, outsider):
    evs = _events(pipe, text)
    got = _countries(evs, trigger)
    assert outsider not in got, _show(evs)
    assert owner in got, _show(evs)


@pytest.mark.parametrize("text, trigger, owner", [
    ("Poland's plan to militarise the border angered Belarus.", "militarise", "POL"),
    ("The decision by Germany to send tanks to Ukraine was welcomed by Kiev.", "send", "DEU"),
    ("President Maduro's decision to deploy troops along the frontier alarmed Colombia.", "deploy", "VEN"),
])
def test_a_plan_as_subject_is_done_by_its_owner(pipe, text, trigger, owner):
    evs = _events(pipe, text)
    hit = with_trigger(evs, trigger, _CLAIMED)
    assert hit and all(e.source is not None and e.source.country == owner for e in hit), _show(evs)
    # the doer is the owner itself, not the plan ("Poland's plan" is no actor)
    assert not any(w in e.source.text for e in hit for w in ("plan", "decision")), _show(evs)


# -- controls: the right doer stays ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger, doer", [
    ("Russia announced a plan to deploy troops on the border.", "deploy", "RUS"),
    ("Russia urged Poland's government to withdraw its troops from the border.", "urged", "RUS"),
    ("Egypt decided to expel the Turkish ambassador.", "expel", "EGY"),
    ("Police used tear gas to disperse the crowd in Lagos.", "used", None),
])
def test_other_to_clauses_keep_their_doer(pipe, text, trigger, doer):
    evs = _events(pipe, text)
    hit = with_trigger(evs, trigger, _CLAIMED)
    assert hit, _show(evs)
    if doer is not None:
        assert all(e.source is not None and e.source.country == doer for e in hit), _show(evs)


def test_an_unowned_plan_gives_the_critic_no_act(pipe):
    evs = _events(pipe, "The Serbian opposition criticised the plan to militarise the border.")
    assert with_trigger(evs, "criticised", _CLAIMED), _show(evs)
    assert not with_trigger(evs, "militarise", _CLAIMED), _show(evs)


def test_the_repair_rehangs_only_an_owned_plan(pipe):
    from lapwing.extract.events.repair_plan_clause import repair_plan_clause

    doc = pipe.nlp("Russia criticised Poland's plan to militarise the border.")
    v = next(t for t in doc if t.lower_ == "militarise")
    if v.dep_ == "xcomp":  # (the parse this repair is for)
        c = doc.copy()
        assert repair_plan_clause(c[v.i]) and c[v.i].head.lower_ == "plan" and c[v.i].dep_ == "acl"
    doc = pipe.nlp("Russia urged Poland's government to withdraw its troops.")
    v = next(t for t in doc if t.lower_ == "withdraw")
    assert not repair_plan_clause(doc.copy()[v.i])
