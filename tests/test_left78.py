"""Classes left open by earlier rounds (session 39, round sc78; issue 10).

* "declared an emergency in three provinces", with no "state of" and no national or martial modifier, is the
  imposition of a state of emergency (1724); a health or climate emergency, or one a pilot or a hospital declares, is
  none.
* Heavy arms pledged, promised, vowed or asked for ("pledged armoured vehicles to X", "will send air defence systems
  to X") are military aid (intent 0332, appeal 0232), not the bare intent (030) nor nothing; "air defence *systems*"
  counts as a weapon the way "air defence" does. Buying them ("agreed to buy submarines from X") is the buyer's
  intent of material cooperation with the seller (031), not military aid the buyer gives.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show


@pytest.mark.parametrize("text, country", [
    ("Peru declared an emergency in three provinces after the floods.", "PER"),
    ("Ecuador declares emergency in two coastal regions.", "ECU"),
    ("The Bolivian government declared an emergency in four departments.", "BOL"),
    ("The Kenyan president declared an emergency across the north after the riots.", "KEN"),
])
def test_emergency_declared_without_state_of(pipe, text, country):
    evs = events(pipe, text)
    assert hits(evs, "1724", country=country), show(evs)


@pytest.mark.parametrize("text", [
    "The mayor declared a health emergency over the outbreak.",
    "The city council declared a climate emergency on Tuesday.",
    "The pilot declared an emergency shortly after take-off.",
    "The hospital declared an emergency on its cardiac ward.",
])
def test_emergency_of_a_field_or_a_nonpolitical_source_is_no_state_of_emergency(pipe, text):
    evs = events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("172")], show(evs)


@pytest.mark.parametrize("text, root, country, tcountry", [
    ("Norway will send air defence systems to Lithuania.", "0332", "NOR", "LTU"),
    ("Canada pledged armoured vehicles to Moldova.", "0332", "CAN", "MDA"),
    ("The Dutch government promised howitzers to Kyiv.", "0332", "NLD", "UKR"),
    ("Britain vowed to send air defence systems to Poland.", "0332", "GBR", "POL"),
    ("Kyiv asked Berlin for more air defence systems.", "0232", "UKR", "DEU"),
    ("Denmark delivered two missile systems to Ukraine.", "072", "DNK", "UKR"),
])
def test_heavy_arms_pledged_or_sent_are_military_aid(pipe, text, root, country, tcountry):
    evs = events(pipe, text)
    assert hits(evs, root, country=country, tcountry=tcountry), show(evs)
    assert not [e for e in evs if e.cameo == "030"], show(evs)


@pytest.mark.parametrize("text, country, tcountry", [
    ("Egypt agreed to buy submarines from Germany.", "EGY", "DEU"),
    ("Vietnam agreed to purchase frigates from India.", "VNM", "IND"),
])
def test_agreeing_to_buy_arms_is_cooperation_not_aid_by_the_buyer(pipe, text, country, tcountry):
    evs = events(pipe, text)
    assert hits(evs, "031", country=country, tcountry=tcountry), show(evs)
    assert not [e for e in evs if e.cameo.startswith(("033", "072")) and e.source is not None
                and e.source.country == country and e.status != "hypothetical"], show(evs)


@pytest.mark.parametrize("text, root", [
    ("Norway will send medical teams to Lithuania.", "0333"),
    ("The militia agreed to hand over its weapons.", "0356"),
])
def test_other_sendings_and_pledges_keep_their_class(pipe, text, root):
    evs = events(pipe, text)
    assert hits(evs, root), show(evs)
    assert not [e for e in evs if e.cameo in ("0332", "072")], show(evs)
