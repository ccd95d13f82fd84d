"""Event status, second round (issue 10): refusing and ruling out negate the complement, appeals make
it hypothetical, a plan's purpose is no fact, a cancelled plan is negated; the UN names no country of
the other actors of its sentence."""

from __future__ import annotations

import pytest

from lapwing.extract.events import code_text

CLAIMED = ("asserted", "attributed", "future")


def evs(text):
    return code_text(text).events


def claimed(text, prefix):
    return [e for e in evs(text) if e.cameo.startswith(prefix) and e.status in CLAIMED]


@pytest.mark.parametrize("text", [
    "Iran rejected holding talks with the rebels.",
    "The minister ruled out holding talks with the rebels.",
    "Ruritania refused to hold talks with the separatists.",
    "The junta declined to meet the envoy of the African Union.",
    "Pakistan rejected sending peacekeepers to Iraq.",
    "The minister ruled out sending troops to Mali.",
])
def test_refusing_negates_the_complement(text):
    assert not claimed(text, "04") and not claimed(text, "15")


@pytest.mark.parametrize("text, prefix", [
    ("The UN invited the rebels to resume talks with the government.", "04"),
    ("Germany encouraged Iran to resume talks with the agency.", "04"),
    ("Washington pressed Moscow to release the journalist.", "08"),
    ("The EU advised Serbia to withdraw its troops from the border.", "08"),
    ("The families begged the rebels to free the hostages.", "08"),
])
def test_appeals_make_their_content_hypothetical(text, prefix):
    assert not claimed(text, prefix)


def test_the_appeal_itself_is_coded():
    assert [e for e in evs("Germany encouraged Iran to resume talks with the agency.")
            if e.cameo.startswith("02") and e.status == "asserted"]


@pytest.mark.parametrize("text", [
    "Kenya offered to host a summit to hammer out a peace deal.",
    "Abbas rejected a French offer to host a meeting in May to work out a peace framework.",
    "Norway proposed a meeting to sign a peace agreement with the rebels.",
])
def test_purpose_of_a_plan_is_not_a_fact(text):
    assert not [e for e in evs(text) if e.cameo in ("057", "043") and e.status in CLAIMED]


def test_purpose_of_a_real_act_follows_the_act():
    # the dispersal is what the police fired for; the firing itself happened
    out = evs("Egyptian police fired tear gas to disperse protesters in Cairo.")
    assert any(e.cameo.startswith("17") and e.status in CLAIMED for e in out)


@pytest.mark.parametrize("text", [
    "Russia demanded that France cancel plans to sell missiles to Georgia.",
    "Berlin scrapped plans to sell tanks to Ankara.",
    "The government halted plans to deploy troops to the border.",
])
def test_cancelled_plans_are_negated(text):
    assert not claimed(text, "07") and not claimed(text, "033") and not claimed(text, "15")


@pytest.mark.parametrize("text, prefix", [
    ("Iran held talks with the rebels on Monday.", "04"),
    ("Pakistan sent peacekeepers to Sudan on Monday.", "07"),
    ("Russia released the journalist on Friday.", "08"),
])
def test_plain_events_stay_claimed(text, prefix):
    assert claimed(text, prefix)


def test_un_is_no_country_of_the_rebels():
    for e in evs("The UN invited the rebels to resume talks with the government."):
        for a in (e.source, e.target):
            if a is not None and a.sector in ("REB", "GOV"):
                assert a.country != "UNO"


# ---- content classes (issue 10 item 1): compound keys first, then the more specific class of a family
@pytest.mark.parametrize("text, code", [
    ("The UN called for humanitarian aid to Yemen.", "0233"),
    ("Aid agencies appealed to donors for humanitarian assistance for Sudan.", "0233"),
    ("Kyiv asked Washington for military assistance.", "0232"),
    ("Britain provided economic aid to Kenya.", "071"),
    ("Japan sent humanitarian aid to the Philippines after the typhoon.", "073"),
    ("The ICC will investigate war crimes in Darfur.", "094"),
    ("Prosecutors in Kenya opened an investigation into corruption in the ministry.", "091"),
    ("The rebels demanded the release of prisoners held by the army.", "1053"),
])
def test_content_class_specific_before_generic(text, code):
    assert any(e.cameo == code for e in evs(text)), [(e.cameo, e.rule) for e in evs(text)]


def test_aid_without_a_kind_stays_generic():
    assert any(e.cameo == "070" for e in evs("Britain provided aid to Kenya."))


# ---- nested targets (issue 10 item 5): the complement of a relation noun in an oblique or object
@pytest.mark.parametrize("text, code, target", [
    ("Turkey tweeted in support of Azerbaijan on Monday.", "051", "AZE"),
    ("Modi tweeted in solidarity with Israel.", "051", "ISR"),
    ("Britain sent troops to the defence of Kuwait.", "154", "KWT"),
])
def test_nested_target(text, code, target):
    out = [e for e in evs(text) if e.cameo == code]
    assert out and out[0].target is not None and out[0].target.country == target


def test_nested_target_needs_a_coded_actor():
    out = [e for e in evs("Turkey tweeted in support of the team on Monday.") if e.target is not None]
    assert not out
