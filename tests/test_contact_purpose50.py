"""A support told in the purpose clause of a call or visit, session 28 round 50 (issue 10): "Malawi's president
telephoned Mutemba *to express his support*", "Ghana's president telephoned X *to assure him of his support*". The one
called is the one supported (target spec ``contacted``, ``events/argspecs.py``; pattern ``assure_support_iobj``). And
parse repair 200 (``events/repair_hyphen_name.py``): a hyphenated surname object ("telephoned *Tejan-Kabba*") that the
tokenizer cut at its hyphen is one name again, so the call keeps its target.

Controls: a support with its own "for"/"to" phrase keeps it ("to express support *for the strike*"); a purpose clause
of a verb that is no contact ("called a meeting to express support for Ukraine") takes nothing from it; a call on a
pronoun ("telephoned him to ...") gives no name; a spaced dash ("Gaza - Hamas said") is no hyphenated name.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show, with_trigger

CLAIMED = ("asserted", "attributed", "future")


def _one(evs, trigger, root):
    found = with_trigger(evs, trigger, CLAIMED, root)
    assert len(found) == 1, show(evs)
    return found[0]


@pytest.mark.parametrize("text, trigger, root, source, target", [
    ("Malawi's president telephoned Mutemba on Sunday to express his support, his office said.",
     "express", "05", "MWI", "Mutemba"),
    ("Senegal's foreign minister phoned President Kamara on Friday to express his country's full support.",
     "express", "05", "SEN", "President Kamara"),
    ("The Estonian prime minister telephoned Ukraine's president to offer condolences after the strike.",
     "offer", "01", "EST", "Ukraine's president"),
    ("Kenya's president rang President Museveni late on Monday to voice his backing.",
     "voice", "05", "KEN", "President Museveni"),
    ("The Indian premier visited Colombo on Monday to express his full support.",
     "express", "05", "IND", "Colombo"),
])
def test_support_in_a_calls_purpose_clause_takes_the_one_called(pipe, text, trigger, root, source, target):
    ev = _one(events(pipe, text), trigger, root)
    assert ev.source is not None and ev.source.country == source, show([ev])
    assert ev.target is not None and ev.target.text == target, show([ev])


@pytest.mark.parametrize("text, source, target", [
    ("Ghana's president telephoned President Mensah to assure him of his support.", "GHA", "President Mensah"),
    ("The French foreign minister rang Tinubu on Thursday to assure him of France's backing.", "FRA", "Tinubu"),
    ("Brazil's president phoned Arce to assure him of his solidarity.", "BRA", "Arce"),
])
def test_assure_him_of_support_after_a_call(pipe, text, source, target):
    ev = _one(events(pipe, text), "assure", "05")
    assert ev.source.country == source and ev.target is not None and ev.target.text == target, show([ev])


def test_assure_with_a_direct_object_stays_as_it_was(pipe):
    ev = _one(events(pipe, "The army chiefs assured the interim president of their full loyalty."), "assured", "05")
    assert ev.target is not None and "interim president" in ev.target.text, show([ev])


@pytest.mark.parametrize("text, trigger, target", [
    # the act's own "for" phrase names what it backs: the one called is not taken
    ("She telephoned her lawyer to express support for the strike.", "express", None),
    ("The Indian premier rang the Sri Lankan president to pledge support for the recovery.", "pledge", None),
    # no contact verb: the purpose clause's act keeps its own target
    ("The German chancellor called a meeting to express support for Ukraine.", "express", "Ukraine"),
    # the support is no purpose of the meeting
    ("The French president met Ghana's leader to discuss trade, and later expressed his support for the reforms.",
     "expressed", None),
])
def test_controls_keep_their_own_target(pipe, text, trigger, target):
    evs = events(pipe, text)
    for ev in with_trigger(evs, trigger):
        got = ev.target.text if ev.target is not None else None
        assert got == target or (target is None and got != "her lawyer" and got != "the Sri Lankan president"
                                 and got != "Ghana's leader"), show(evs)


@pytest.mark.parametrize("text, verb, name, country", [
    ("Ghana's president telephoned Tejan-Kabba on Sunday.", "telephoned", "Tejan-Kabba", "GHA"),
    ("Nigeria's foreign minister phoned Diallo-Sow on Friday to express his country's full support.", "phoned",
     "Diallo-Sow", "NGA"),
    ("The Kenyan envoy met Odhiambo-Wafula in Nairobi.", "met", "Odhiambo-Wafula", "KEN"),
])
def test_hyphenated_surname_object_is_one_name(pipe, text, verb, name, country):
    evs = events(pipe, text)
    ev = _one(evs, verb, "04")
    assert ev.source.country == country and ev.target is not None and ev.target.text == name, show(evs)


def test_the_support_of_a_call_to_a_hyphenated_name(pipe):
    evs = events(pipe, "President Osman Tejan-Kabba met his army chiefs on Friday. Ghana's president telephoned "
                       "Tejan-Kabba to assure him of his support.")
    ev = _one(evs, "assure", "05")
    assert ev.source.country == "GHA" and ev.target is not None and ev.target.text in ("Kabba", "Tejan-Kabba"), show(evs)


def test_a_spaced_dash_is_no_hyphenated_name(pipe):
    from lapwing.extract.events.parse_repair import repaired

    doc = pipe.nlp("Ministers met Odinga - the talks lasted an hour.")
    out = repaired(doc)
    odinga = next(t for t in out if t.text == "Odinga")
    assert odinga.dep_ != "compound", [(t.text, t.dep_, t.head.text) for t in out]
