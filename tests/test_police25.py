"""Police action, session 25 (issue 10, the gap between parts a and b): police agents the lexicons lacked, read on
the development parts c-f (never part b). Pakistan's Rangers in the words news uses for their men ("Rangers
personnel", "rangers officials"; a bare "Rangers" stays a name, as sports teams use it), the special operations group
spelled out (Kashmir's police unit, known before only as "SOG"), and Uganda's local defence units ("LDU personnel").
Each in several phrasings written for this test, with the uses that must stay as they are next to them."""

from __future__ import annotations

import pytest

from event_helpers import police_labels, police_rules


_labels, _rules = police_labels, police_rules


# -- police agents the lexicons lacked -----------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("Karachi: Rangers personnel killed an alleged extortionist during a raid in Lyari on Wednesday.",
     {"kill", "force"}),
    ("hyderabad: one bank robber died when rangers personnel fired on a getaway car near the bypass.",
     {"kill", "force"}),
    ("Sukkur: Rangers officials arrested three suspected extortionists in a raid on Tuesday.", {"arrest"}),
    ("Shopian: the special operations group killed a militant in an encounter on Sunday.", {"kill", "force"}),
    ("Kupwara: The Special Operations Group arrested two men in Handwara on Monday.", {"arrest"}),
    ("Gulu: LDU personnel beat traders with sticks at the market on Friday.", {"force"}),
])
def test_police_agents_give_the_label(pipe, text, want):
    got = _labels(pipe, text)
    assert want <= got, (got, _rules(pipe, text))


@pytest.mark.parametrize("text", [
    "Glasgow: Rangers beat Celtic 2-0 at Ibrox on Sunday.",
    "Arlington: The Texas Rangers fired their manager on Monday after a losing season.",
    "Nairobi: Park rangers rescued two hikers stranded on the mountain on Sunday.",
])
def test_bare_rangers_stay_a_name(pipe, text):
    got = _labels(pipe, text)
    assert not got, (got, _rules(pipe, text))


# -- a denied claim is not done, whatever the parse made of "denied reports that" ----------------------------------
@pytest.mark.parametrize("text", [
    "Baramulla: Police on Monday denied reports that two Hurriyat leaders had been detained before the rally.",
    "Kano: Police in Kano on Friday denied reports that two students were arrested.",
    "Nairobi: Police yesterday denied claims that officers beat protesters in Kibera.",
    "Sopore: Police have denied reports that three traders had been detained during the shutdown.",
    "Abuja: Police denied media reports that officers had shot dead two protesters.",
    "Police deny reports that opposition activists were arrested in Harare",
    "Lagos: Police issued a statement denying claims that officers beat a vendor in Ikeja.",
    "Lahore: Police on Tuesday rejected reports that the rally had been baton-charged.",
])
def test_denied_report_gives_no_label(pipe, text):
    got = _labels(pipe, text)
    assert not got, (got, _rules(pipe, text))


@pytest.mark.parametrize("text, want", [
    ("Dhaka: The police on Sunday confirmed reports that three activists had been detained.", {"arrest"}),
    ("Srinagar: Police on Sunday detained two separatist leaders ahead of the prayers and denied that they had been "
     "beaten.", {"arrest"}),
    ("Lagos: Police arrested a trader who denied reports that he had hoarded fuel.", {"arrest"}),
])
def test_claims_not_denied_keep_the_label(pipe, text, want):
    got = _labels(pipe, text)
    assert want <= got and "force" not in got, (got, _rules(pipe, text))
