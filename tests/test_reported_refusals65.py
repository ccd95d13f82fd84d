"""Session 33, round vt65: a refusal told as a negated future inside reported speech ("X said it would not
accept / allow / permit / tolerate Y", "would never bow") is the speaker's rejection, 12x by content, asserted
(frame condition ``willnot``; patterns accept_refused, allow_refused, permit_refused, tolerate_refused,
bow_refused). Sentences written for these tests; controls: a negated past, a plain acceptance, an intent to
accept, and a negated act of force stay as they were.
"""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show

PUB = "2026-12-07"


@pytest.mark.parametrize("text, source, country", [
    ("Peru's foreign minister said Lima would not allow foreign troops on its soil.", None, "PER"),
    ("The Kenyan government said it would not accept the new border rules.", None, "KEN"),
    ("Ghana said it would not accept any foreign military bases.", None, "GHA"),
    ("The Estonian defence minister said Tallinn would not allow Russian aircraft into its airspace.", None, "EST"),
    ("The Latvian president said Riga would never allow Russian warships into its ports.", None, "LVA"),
    ("The Greek government said it would not permit Turkish survey ships near its islands.", None, "GRC"),
    ("The Algerian government said it would not tolerate French interference.", None, "DZA"),
    ("Colombia will not tolerate any interference in its affairs, the foreign minister said.", "Colombia", "COL"),
    ("Mexico's president said Mexico would not accept US troops on its soil.", None, "MEX"),
    ("The Thai government will not allow the protest to go ahead, the minister said.", None, "THA"),
    ("The Venezuelan president said Caracas would never bow to foreign pressure.", None, "VEN"),
    ("The Nigerian president said Abuja would not bow.", None, "NGA"),
    ("The Kenyan president said Nairobi would not allow the release of the prisoners.", None, "KEN"),
])
def test_negated_future_acceptance_is_a_refusal(pipe, text, source, country):
    evs = events(pipe, text, PUB)
    assert hits(evs, "12", source=source, country=country, statuses=("asserted",)), show(evs)


@pytest.mark.parametrize("text, target", [
    ("Mexico's president said Mexico would not accept US troops on its soil.", "USA"),
    ("The Estonian defence minister said Tallinn would not allow Russian aircraft into its airspace.", "RUS"),
    ("The Algerian government said it would not tolerate French interference.", "FRA"),
])
def test_refused_party_is_the_target(pipe, text, target):
    evs = events(pipe, text, PUB)
    assert hits(evs, "12", tcountry=target), show(evs)


@pytest.mark.parametrize("text", [
    "The Kenyan government did not accept the new border rules.",
    "Mali accepted the new border rules.",
    "Uganda allowed foreign troops on its soil.",
    "The Kenyan government did not allow the opposition rally.",
    "The Greek coast guard has not permitted the ship to dock.",
    "The minister said the ministry could not accept late applications.",
])
def test_no_refusal_without_a_negated_future(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo.startswith("12") and e.status == "asserted"
                and e.rule and "_refused" in e.rule], show(evs)


@pytest.mark.parametrize("text, root, status", [
    ("The Indian army did not attack the post.", "19", "negated"),
    ("Iran said it would accept the peace plan.", "03", "future"),
    ("Turkey said it would not accept the proposal.", "12", "asserted"),
    ("Ecuador said it would not bow to the demands of the mining firms.", "12", "asserted"),
    ("The Serbian president said Belgrade would not recognise the independence of Kosovo.", "12", "asserted"),
    ("The United Nations called for calm in Kashmir.", "02", "asserted"),
])
def test_controls_keep_their_codes(pipe, text, root, status):
    evs = events(pipe, text, PUB)
    assert hits(evs, root, statuses=(status,)), show(evs)


# ---------------------------------------------------------------------------------------------
# "called the decision a setback": a judged act named a harm is criticism (111, call_judgement_harm)


@pytest.mark.parametrize("text, country", [
    ("The Danish foreign minister called the decision a serious setback for the region.", "DNK"),
    ("Germany's chancellor called the decision a serious setback.", "DEU"),
    ("Nigeria's president called the sanctions a blow to the people of Niger.", "NGA"),
    ("The Indian foreign ministry called the resolution a failure of diplomacy.", "IND"),
])
def test_judged_act_called_a_harm_is_criticism(pipe, text, country):
    evs = events(pipe, text, PUB)
    assert hits(evs, "111", country=country), show(evs)


@pytest.mark.parametrize("text", [
    "The Brazilian president called his Argentine counterpart a friend.",
    "The mayor called the flood a disaster for the town.",
    "The Polish president called the summit a success.",
])
def test_no_criticism_for_a_person_a_disaster_or_praise(pipe, text):
    evs = events(pipe, text, PUB)
    assert not hits(evs, "11"), show(evs)
