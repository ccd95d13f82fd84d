"""An authority's order that an outlet, a party or a group stop, session 27 round 43 (issue 10, branch rc44).

"The government ordered the paper to suspend publication" was a demand (``order_to``, 100, REQUEST): an order by an
authority that a newspaper, station, party or association close, suspend or disband is the restriction itself (1721
restrictions on political freedoms, 1722 a ban on a party; COERCE). Sentences invented for this test (names,
countries, tenses and word orders varied), with controls where the order stays a demand.
"""

from __future__ import annotations

import pytest

from event_helpers import claimed, show


def _codes(pipe, text):
    return {e.cameo for e in claimed(pipe, text)}


@pytest.mark.parametrize("text, code", [
    ("The Zimbabwean government ordered the private radio station to close.", "1721"),
    ("The Kenyan government on Monday ordered the weekly Sentinel to cease printing.", "1721"),
    ("Iran's judiciary has ordered two reformist dailies to stop publishing.", "1721"),
    ("Police ordered the newspaper closed.", "1721"),
    ("Caracas has ordered two opposition radio stations to suspend their broadcasts.", "1721"),
    ("The Thai junta ordered the Future Forward party to disband.", "1722"),
    ("The interior ministry ordered the banned movement to dissolve itself.", "1722"),
    ("Last week the Egyptian government ordered the human rights group to close its offices.", "1721"),
    ("Moscow ordered the foreign charity to suspend its work in Chechnya.", "1721"),
])
def test_an_order_that_an_outlet_or_party_stop_is_the_restriction(pipe, text, code):
    evs = claimed(pipe, text)
    assert any(e.cameo == code and e.plover and e.plover.type == "COERCE" for e in evs), show(evs)
    assert not any(e.cameo == "100" for e in evs), show(evs)


@pytest.mark.parametrize("text", [
    "Officials ordered the shops to close during the holiday.",       # shops are no outlet
    "The ministry ordered the bank to stop lending to the firm.",
    "The editor ordered the reporter to stop writing about the case.",  # no authority, no outlet
    "The general ordered the rebels to lay down their arms.",
    "The commander ordered the militia group to halt its advance.",    # an armed group: a demand to stop fighting
])
def test_controls_the_order_is_no_restriction(pipe, text):
    codes = _codes(pipe, text)
    assert not codes & {"1721", "1722"}, show(claimed(pipe, text))
