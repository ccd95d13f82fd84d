"""Event coder, session 30 (issue 10): classes found on the Montenegro crisis report (examples/), each in several
phrasings written for this test, with the uses of the same words that must stay as they are next to them."""

from __future__ import annotations

import pytest

from lapwing.schema import Article


def _events(pipe, text):
    return [(e.cameo, e.source.text if e.source else None, e.target.text if e.target else None, e.status,
             e.source.sector if e.source else None)
            for e in pipe.analyse(Article(id="t", text=text)).events]


def _has(got, root, src=None, tgt=None, status=None):
    return any(c.startswith(root) and (src is None or (s and src in s)) and (tgt is None or (t and tgt in t))
               and (status is None or st == status) for c, s, t, st, _ in got)


# -- repair 164: a second verb joined to a word inside the quotation closed before its "and" --------------------
@pytest.mark.parametrize("text, src, tgt", [
    ('Opposition leader Marko Vuković, addressing the crowd from a truck outside the building late on Friday, urged '
     'his supporters to stay "until the coup-makers step down" and called on police officers "not to raise their '
     'batons against their own people".', "Vuković", "police officers"),
    ('Kenyan opposition leader Amos Wekesa urged his followers to march "until the regime falls" and called on '
     'soldiers to stay in their barracks.', "Wekesa", "soldiers"),
])
def test_second_verb_after_a_closed_quotation_keeps_the_subject(pipe, text, src, tgt):
    got = _events(pipe, text)
    assert _has(got, "02", src, tgt, "asserted"), got
    assert not any(c.startswith("02") and t and tgt in t and not (s and src in s) for c, s, t, _, _ in got), got


@pytest.mark.parametrize("text, root, src", [
    # a second verb after a quoted object (no clause inside the quotation): as it was
    ('Former president Joaquim Mendes, speaking at a rally in Bissau on Sunday, promised his voters "a clean count" '
     'and urged the army to remain neutral.', "02", "Joaquim Mendes"),
])
def test_quotations_the_repair_leaves(pipe, text, root, src):
    got = _events(pipe, text)
    assert _has(got, root, src), got


# -- a session or a vote "held", told in a reduced relative with a verb of saying, is no detention ---------------
@pytest.mark.parametrize("text", [
    "Parliament on Tuesday voted out Speaker Dritan Hoxha, a member of the opposition Union for Albania, in a session "
    "the opposition says was held without a quorum.",
    "The council dismissed the mayor of Osh, Bakyt Omurov, a critic of the government, at a meeting his lawyers say "
    "was held behind closed doors.",
])
def test_a_happening_held_is_no_detention(pipe, text):
    got = _events(pipe, text)
    # (no detention, 173; since session 32 the council's dismissal of the mayor is itself a removal from office, 172,
    # as "removed" was: f_dismiss_office_holder)
    assert not any(c.startswith("173") for c, *_ in got), got


@pytest.mark.parametrize("text, tgt", [
    ("Three opposition activists were held by police in Dakar on Tuesday, their lawyer said.", "activists"),
    ("Police detained three students in Tbilisi on Monday.", "students"),
])
def test_people_held_are_still_detained(pipe, text, tgt):
    got = _events(pipe, text)
    assert _has(got, "17", None, tgt), got


# -- a ruling coalition or alliance is the government, as its leaders are (tests/test_actor_codes26.py) ----------
@pytest.mark.parametrize("text, root, src", [
    ("Georgia's ruling coalition accused the opposition of sabotage on Monday.", "11", "ruling coalition"),
    ("The governing alliance in Nepal has organised its own march in Kathmandu for Saturday.", "14", "governing alliance"),
    ("The ruling coalition has called its own rally outside the government building on Sunday.", "14", None),
])
def test_ruling_coalition_is_the_government(pipe, text, root, src):
    got = _events(pipe, text)
    assert any(c.startswith(root) and (src is None or (s and src in s)) and sec == "GOV"
               for c, s, t, st, sec in got), got


# -- a crowd's purpose of support is its aim, not an endorsement of its own --------------------------------------
@pytest.mark.parametrize("text", [
    "Thousands of Colorado supporters gathered in front of the palace on Sunday to support the president.",
    "The party urged its members to rally outside parliament to support the prime minister.",
])
def test_support_as_a_crowds_purpose_is_no_endorsement(pipe, text):
    got = _events(pipe, text)
    assert not any(c.startswith("05") for c, *_ in got), got


def test_support_of_one_who_travels_is_kept(pipe):
    got = _events(pipe, "Brazil's foreign minister travelled to Asunción to back the government.")
    assert _has(got, "05", "foreign minister"), got


# -- a clinical or medical centre giving a count is no political speaker -----------------------------------------
@pytest.mark.parametrize("text", [
    "At least 23 people were injured, nine of them police officers, the Clinical Centre of Montenegro said.",
    "Georgia's National Medical Centre said 17 demonstrators had been admitted overnight.",
])
def test_medical_centre_count_is_no_statement(pipe, text):
    got = _events(pipe, text)
    assert not any(c.startswith("01") for c, *_ in got), got


def test_ministry_beside_a_clinical_centre_still_reports(pipe):
    got = _events(pipe, "The Clinical Center of Serbia said 14 protesters had been admitted with injuries, and the "
                        "interior ministry said it had detained 30 people.")
    assert _has(got, "17", None, "30 people"), got
