"""Arguments, session 26 round 40 (issue 10, branch ar40): a force the doer sends is its own, not the target.

In a promise, threat, offer or refusal whose content clause sends, deploys, stations or withdraws a body of people
("ready to send *troops* to X", "refused to deploy *peacekeepers* in X", "threatened to send *troops* into X"), the
content clause's object was taken as the event's target: the doer's own troops. The place or party the force goes
to (or leaves) is the target; with none, the event has no target rather than the troops. Sentences invented for this
test (names, countries, tenses and word orders varied), with controls whose object is the one acted on.
"""

from __future__ import annotations

import pytest

from event_helpers import claimed, show


def _targets(evs):
    return {(e.target.text if e.target else None, e.target.country if e.target else None) for e in evs}


@pytest.mark.parametrize("text, source, country", [
    ("Egypt is ready to send troops to Sudan.", "EGY", "SDN"),
    ("Chad threatened on Sunday to send soldiers into Cameroon.", "TCD", "CMR"),
    ("Germany declined to send troops to Mali.", "DEU", "MLI"),
    ("Turkey has refused to deploy peacekeepers in Libya.", "TUR", "LBY"),
    ("The Kremlin vowed to station more soldiers in Belarus.", "RUS", "BLR"),
    ("Argentina was willing to dispatch warships to Uruguay.", "ARG", "URY"),
    ("Ghana is ready to contribute 400 troops to Liberia, its defence minister said.", "GHA", "LBR"),
    ("Italy pledged to deploy 800 soldiers to Niger.", "ITA", "NER"),
    ("Denmark is considering sending troops to Latvia.", "DNK", "LVA"),
    ("New Zealand promised to send police officers to Fiji.", "NZL", "FJI"),
    ("Armenia has vowed to send troops and tanks into Azerbaijan.", "ARM", "AZE"),
])
def test_the_place_a_force_is_sent_to_is_the_target(pipe, text, source, country):
    evs = claimed(pipe, text)
    mine = [e for e in evs if e.source is not None and e.source.country == source]
    assert mine, show(evs)
    assert any(e.target is not None and e.target.country == country for e in mine), show(evs)
    for e in mine:  # never the doer's own troops
        assert e.target is None or e.target.country is not None, show(evs)


@pytest.mark.parametrize("text, source", [
    ("Peru is ready to send troops if the region asks for help.", "PER"),
    ("Norway refused to deploy soldiers, the ministry said.", "NOR"),
])
def test_a_force_sent_nowhere_named_is_no_target(pipe, text, source):
    evs = claimed(pipe, text)
    mine = [e for e in evs if e.source is not None and e.source.country == source]
    assert mine, show(evs)
    assert all(e.target is None for e in mine), show(evs)


@pytest.mark.parametrize("text, target", [
    # controls: the content clause's object is the one acted on, not a force the doer sends
    ("Hamas is willing to release the hostages.", "hostages"),
    ("Turkey threatened to expel the Dutch diplomats.", "Dutch diplomats"),
    ("Kenya refused to extradite the Somali suspects.", "Somali suspects"),
    ("Israel vowed to fight Hezbollah fighters along the border.", "Hezbollah"),
])
def test_an_object_acted_on_stays_the_target(pipe, text, target):
    evs = claimed(pipe, text)
    assert any(e.target is not None and target in e.target.text for e in evs), show(evs)


def test_a_withdrawal_keeps_the_place_left(pipe):
    evs = claimed(pipe, "Spain said it was willing to pull troops out of Iraq before the summer.")
    assert ("Iraq", "IRQ") in _targets(evs) or any(e.target and e.target.country == "IRQ" for e in evs), show(evs)
