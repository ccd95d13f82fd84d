"""Event coder, session 39, round pr78 (issue 10: precision, the false events across the reference folder).

Every text here was written for this file.

* A plain statement (010) in a paragraph after an article's lead is a voice in the story, not an event of it
  (``events/later_sayings.py``): "The ministry said it was applying the rules to everyone." as a third paragraph gives
  no event. Controls: the lead's own statement stays, a one-paragraph text keeps its statement, and a later saying
  that denies or opposes stays (the folder codes it as a denial or a rejection), as does any other code in a later
  paragraph.
* A hypothetical act inside the content of a verbal act told as done (an appeal's, a threat's, a rejection's: "urged
  its supporters to stage a week of *strikes*", "threatened to impose a *curfew* if ...") is no event of its own
  (``events/background.said_content``): the appeal or threat is the event. Controls: a fronted condition keeps its
  hypothetical act, a verb joined to the verbal act keeps its own event.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show, with_trigger

from lapwing.extract.events.later_sayings import lead_end

_LEAD = ("OSLO, Norway (Lapwing Wire) - Norway expelled two Belarusian diplomats on Tuesday over an espionage case "
         "involving a defence contractor.\n\n")


# -- plain statements after the lead give no event ---------------------------------------------------------------------
@pytest.mark.parametrize("later, trigger", [
    ("The foreign ministry said the two men had been given a week to leave the country.", "said"),
    ('"We will not tolerate this kind of activity," the minister told reporters.', "told"),
    ("A police spokeswoman said the contractor's offices had been searched on Monday.", "said"),
    ("The company said it was cooperating fully with the investigators.", "said"),
])
def test_a_plain_saying_after_the_lead_is_no_event(pipe, later, trigger):
    evs = events(pipe, _LEAD + "The case began in March.\n\n" + later)
    assert not with_trigger(evs, trigger, root="010"), show(evs)
    assert with_trigger(evs, "expelled"), show(evs)  # the lead's act stays


def test_the_leads_own_act_stays_beside_a_dropped_later_saying(pipe):
    evs = events(pipe, _LEAD + "The foreign ministry said the two men had been given a week to leave the country.")
    assert any(e.trigger is not None and e.trigger.text == "expelled" for e in evs), show(evs)
    assert not with_trigger(evs, "said", root="010"), show(evs)


# -- controls: statements that stay ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Peru's finance minister said on Monday that the budget would reach Congress next week.",
    "LIMA, Peru (Lapwing Wire) - Peru's finance minister said on Monday that inflation had slowed in November.",
    "The mayor of Porto told reporters that the metro would run all night during the festival.",
])
def test_a_one_paragraph_statement_stays(pipe, text):
    evs = events(pipe, text)
    assert [e for e in evs if e.cameo == "010"], show(evs)


def test_the_lead_statement_stays_in_an_article(pipe):
    text = ("QUITO, Ecuador (Lapwing Wire) - Ecuador's energy minister said on Monday that power cuts would end by "
            "Friday.\n\nThe cuts began three weeks ago.\n\nEngineers were working at two plants, she added.")
    evs = events(pipe, text)
    assert [e for e in evs if e.cameo == "010" and e.trigger.text == "said"], show(evs)


@pytest.mark.parametrize("later", [
    "The Belarusian embassy said there was no proof that its diplomats had done anything wrong.",
    "A spokesman for Minsk said its diplomats had never worked against Norway.",
    "The Belarusian foreign ministry said the diplomats were not spies.",
])
def test_a_later_saying_that_denies_stays(pipe, later):
    evs = events(pipe, _LEAD + later)
    assert with_trigger(evs, "said", root="01"), show(evs)
    # the near saying that denies nothing is dropped
    evs = events(pipe, _LEAD + "The Belarusian foreign ministry said the diplomats were ordinary consular staff.")
    assert not with_trigger(evs, "said", root="010"), show(evs)


def test_a_later_act_other_than_a_plain_statement_stays(pipe):
    evs = events(pipe, _LEAD + "Belarus accused Norway of staging a provocation.")
    assert [e for e in evs if e.cameo.startswith("112") or e.cameo.startswith("11")], show(evs)


# -- the lead paragraph ------------------------------------------------------------------------------------------------
def test_lead_end_skips_a_headline_line():
    text = "Norway expels two diplomats\n\nOSLO - Norway expelled two diplomats on Tuesday.\n\nThe ministry said more."
    cut = lead_end(text)
    assert cut is not None and text[:cut].endswith("on Tuesday.")


@pytest.mark.parametrize("text", [
    "Norway expelled two diplomats on Tuesday. The ministry said more.",
    "Norway expelled two diplomats on Tuesday.\n\n",
    "Norway expels two diplomats\n\nOSLO - Norway expelled two diplomats on Tuesday.",
])
def test_lead_end_is_none_without_a_later_paragraph(text):
    assert lead_end(text) is None


# -- a hypothetical act inside a verbal act's content is no event of its own (background.said_content) -----------------
@pytest.mark.parametrize("text, act, content", [
    ("The Kenyan army threatened to impose a curfew if the riots went on.", "threatened", "curfew"),
    ("The army threatened to impose a curfew in the capital if the protests continued.", "threatened", "curfew"),
    ("Peru's main opposition party urged its supporters to stage three days of strikes.", "urged", "strikes"),
    ("Chad's opposition coalition urged its supporters to stage a week of strikes.", "urged", "strikes"),
])
def test_the_content_of_a_verbal_act_is_no_event(pipe, text, act, content):
    evs = events(pipe, text)
    assert with_trigger(evs, act, ("asserted",)), show(evs)  # the threat, appeal or agreement stays
    assert not with_trigger(evs, content, ("hypothetical",)), show(evs)


def test_a_fronted_condition_keeps_its_hypothetical_act(pipe):
    evs = events(pipe, "If the rebels attack the port, the navy will blockade the coast.")
    assert with_trigger(evs, "attack", ("hypothetical",)), show(evs)
    assert with_trigger(evs, "blockade"), show(evs)


def test_a_verb_joined_to_the_verbal_act_stays(pipe):
    evs = events(pipe, "The party called on the prime minister to resign and demanded a snap election.")
    assert with_trigger(evs, "called"), show(evs)
    assert with_trigger(evs, "demanded", root="10"), show(evs)


def test_a_later_saying_addressed_to_a_party_stays(pipe):
    evs = events(pipe, _LEAD + "The Norwegian prime minister told Lithuania's president that the case was closed.")
    got = with_trigger(evs, "told", root="010")
    assert got and all(e.target is not None for e in got), show(evs)
