"""Event coder, round 33 (issue 10, precision on news nobody has labelled): a class of wrong statuses found by judging
the coder's output on a seeded sample of unlabelled stories (seed 3335; docs/events.md, session 24, round 33). Every
sentence here was written for this test:

* a negation or an auxiliary written with a typographic apostrophe ("didn’t", "won’t", "they’ll", "’d"), as
  typeset news writes it, is read as the plain one: before, "n’t" matched none of the coder's sets of "n't", and
  every such denial was coded as done.

The round's other two classes (the act of a measure that someone only welcomes or criticises; a death whose when / as /
after clause names a disaster or a failing machine) changed no event on the blind samples nor on part b; they are on
branch pr33-candidates with their tests.
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, show as _show

CLAIMED = ("asserted", "attributed", "future")


# -- negation and auxiliaries written with a typographic apostrophe ----------------------------------------------------
# ("didn’t", "won’t", "hasn’t": the tokenizer splits off "n’t", which the coder's sets of "n't" never matched, so
# every such denial was coded as done)
@pytest.mark.parametrize("text, trigger", [
    ("The Ghanaian foreign ministry didn\u2019t condemn the raid on the border post.", "condemn"),
    ("Venezuela hasn\u2019t withdrawn its soldiers from the disputed island, the Guyanese minister said.", "withdrawn"),
    ("Police in Nairobi won\u2019t arrest the striking teachers, the governor promised.", "arrest"),
    ("\u201cWe didn\u2019t ask the Serbian government for money,\u201d said the Kosovo mayor.", "ask"),
    ("The Bolivian army doesn\u2019t support the new president, a spokesman claimed.", "support"),
])
def test_a_typeset_negation_is_a_negation(pipe, text, trigger):
    evs = _events(pipe, text)
    assert [e for e in evs if e.trigger and e.trigger.text == trigger and e.status == "negated"], _show(evs)
    assert not [e for e in evs if e.trigger and e.trigger.text == trigger and e.status in CLAIMED], _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("The Ghanaian foreign ministry condemned the raid on the border post.", "condemned"),
    ("Venezuela\u2019s army has withdrawn its soldiers from the disputed island.", "withdrawn"),
    ("Police in Nairobi arrested the striking teachers on Tuesday.", "arrested"),
])
def test_the_same_acts_without_a_negation_stay(pipe, text, trigger):
    evs = _events(pipe, text)
    assert [e for e in evs if e.trigger and e.trigger.text == trigger and e.status in CLAIMED], _show(evs)


def test_a_typeset_wont_is_a_negated_future_as_with_a_plain_apostrophe(pipe):
    curly = _events(pipe, "Iran\u2019s foreign minister said Tehran won\u2019t negotiate with Washington.")
    plain = _events(pipe, "Iran's foreign minister said Tehran won't negotiate with Washington.")
    assert [(e.cameo, e.status) for e in curly] == [(e.cameo, e.status) for e in plain], (_show(curly), _show(plain))


@pytest.mark.parametrize("plain", [
    "Iran's foreign minister said Tehran won't negotiate with Washington.",
    "\"We'll attack the convoy at dawn,\" the Malian rebel commander said.",
    "The Chadian rebels said they'd release the hostages on Friday.",
    "The Croatian envoy said Zagreb hadn't expelled any Serbian diplomats.",
])
def test_a_typeset_apostrophe_codes_as_a_plain_one(pipe, plain):
    curly = plain.replace("'", "\u2019")
    got = _events(pipe, curly)
    want = _events(pipe, plain)
    assert [(e.cameo, e.status) for e in got] == [(e.cameo, e.status) for e in want], (_show(got), _show(want))
