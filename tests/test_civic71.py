"""Session 35 (round un71, issue 10): unions, firms and civic bodies as doers of political acts. Sentences written for
these tests.

A verbal act (CAMEO 02-13) whose doer is no political actor (a union, an employers' federation, a firm, a farmers'
group) is dropped unless its target is political; an act aimed at a state's policy is political all the same: the
verb's own object or an oblique of it is a law, a bill, a reform, a tax, a budget, a tariff... owned by no one or by a
state (``act_checks.state_policy_act``). Acts already kept by their target (a union condemning a minister, a firm
suing the state, an NGO urging a ministry) stay; dealings between a union and its employer or between firms (a pay
offer, a rival's prices, a company's policy) stay out.
"""

from __future__ import annotations

import pytest

from event_helpers import claimed, show

PUB = "2026-12-08"  # a Tuesday


def _acts(evs, root=None):
    return [e for e in evs if e.cameo[:2] != "01" and (root is None or e.cameo.startswith(root))]


# ---------------------------------------------------------------------------------------------
# acts on a state's policy: gained


@pytest.mark.parametrize("text, root", [
    ("LYON, France (Lapwing Wire) - The rail union denounced the new labour law on Monday.", "11"),
    ("LYON, France (Lapwing Wire) - Union leaders condemned the pension reform on Monday.", "11"),
    ("LYON, France (Lapwing Wire) - Farmers' groups condemned the fuel tax hike on Monday.", "11"),
    ("LYON, France (Lapwing Wire) - The employers' federation welcomed the tax cut announced by the finance ministry.",
     "05"),
    ("LYON, France (Lapwing Wire) - Union leaders said on Monday they opposed the labour bill.", "1"),
])
def test_a_union_or_federation_acting_on_a_state_policy_is_political(pipe, text, root):
    evs = claimed(pipe, text, PUB)
    assert _acts(evs, root), show(evs)


# ---------------------------------------------------------------------------------------------
# acts already kept by a political target: unchanged


@pytest.mark.parametrize("text, root, target", [
    ("PARIS, France (Lapwing Wire) - Union leaders condemned the labour minister on Monday over the overtime rules.",
     "11", "minister"),
    ("PARIS, France (Lapwing Wire) - The mining company sued the government of Peru over the cancelled licence.",
     "11", "government"),
    ("PARIS, France (Lapwing Wire) - A coalition of charities called on the health ministry to reverse the cuts.",
     "02", "ministry"),
    ("PARIS, France (Lapwing Wire) - The country's largest union accused the government of breaking its promises.",
     "11", "government"),
])
def test_an_act_aimed_at_a_state_body_stays(pipe, text, root, target):
    evs = claimed(pipe, text, PUB)
    assert any(e.cameo.startswith(root) and e.target is not None and target in e.target.text for e in evs), show(evs)


# ---------------------------------------------------------------------------------------------
# controls: dealings between a union and a firm, or between firms; a court's act is not the union's


@pytest.mark.parametrize("text", [
    "OSLO, Norway (Lapwing Wire) - The union criticised the company's management over the layoffs.",
    "OSLO, Norway (Lapwing Wire) - The union rejected the pay offer made by the carmaker.",
    "OSLO, Norway (Lapwing Wire) - The union rejected the company's plan to cut 2,000 jobs.",
    "OSLO, Norway (Lapwing Wire) - The airline criticised its rival's fare cuts.",
    "OSLO, Norway (Lapwing Wire) - The firm criticised the company's new pricing policy.",
    "OSLO, Norway (Lapwing Wire) - The union criticised its own leadership over the strike.",
    "OSLO, Norway (Lapwing Wire) - The union demanded a 10 percent pay rise from the company.",
])
def test_dealings_between_unions_and_firms_stay_out(pipe, text):
    evs = claimed(pipe, text, PUB)
    assert not _acts(evs), show(evs)


def test_a_court_ruling_welcomed_by_a_union_is_not_the_union_s_ruling(pipe):
    evs = claimed(pipe, "OSLO, Norway (Lapwing Wire) - The union welcomed the court ruling against the privatisation "
                        "plan.", PUB)
    assert not [e for e in evs if e.cameo.startswith("11") and e.source is not None and "union" in e.source.text], \
        show(evs)


# ---------------------------------------------------------------------------------------------
# the rule itself, on parses


@pytest.mark.parametrize("text, verb, expected", [
    ("The union denounced the new labour law.", "denounced", True),
    ("The union condemned the budget cuts.", "condemned", True),
    ("The federation welcomed the government's tax reform.", "welcomed", True),
    ("The union criticised the company's new policy.", "criticised", False),
    ("The union rejected its own budget.", "rejected", False),
    ("The union rejected the pay offer.", "rejected", False),
])
def test_state_policy_act_reads_the_object(pipe, text, verb, expected):
    from lapwing.extract.events.act_checks import state_policy_act

    doc = pipe.nlp(text)
    t = next(x for x in doc if x.text == verb)
    subj = next((x for x in t.children if x.dep_ == "nsubj"), None)
    assert state_policy_act(t, subj, None) is expected
