"""An appeal for a party's removal, withdrawal or recall names that party in the of-phrase of its
content noun (round 44, rc45, issue 10): "called for the resignation *of the interior minister*",
"appealed for the withdrawal *of the French troops*". The party is the appeal's target; an appeal
between firms, clubs or shareholders stays no event. Sentences invented for these tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipe():
    from lapwing.pipeline import Pipeline

    return Pipeline.create()


def _events(pipe, text):
    from lapwing.schema import Article

    rec = pipe.analyse(Article(id="rc45", text=text))
    return [e for e in rec.events if e.status in ("asserted", "attributed", "future")]


def _one(pipe, text, root):
    evs = [e for e in _events(pipe, text) if e.cameo.startswith(root)]
    assert len(evs) == 1, [(e.cameo, e.rule, e.source and e.source.text, e.target and e.target.text)
                           for e in _events(pipe, text)]
    return evs[0]


@pytest.mark.parametrize("text, rule, target_words, target_cs", [
    # a leader's removal: the leader is the target (before: no target)
    ("The opposition in Ruritania called for the resignation of Prime Minister Anton Vasko.",
     "call_for_ofparty", "Anton Vasko", (None, "GOV")),
    ("Protesters in the capital called for the ouster of President Mara Tellen.",
     "call_for_ofparty", "Mara Tellen", (None, "GOV")),
    # a withdrawal: the force that is to leave is the target
    ("The Chadian foreign minister has called for the withdrawal of Libyan troops from the north.",
     "call_for_ofparty", "Libyan troops", ("LBY", "MIL")),
    ("The Malian president appealed on Sunday for the withdrawal of the French soldiers.",
     "appeal_for_ofparty", "French soldiers", ("FRA", "MIL")),
    ("Estonia pushed for the expulsion of the Russian ambassador.",
     "push_for_ofparty", "Russian ambassador", ("RUS", "GOV")),
    ("The Georgian opposition pressed for the dismissal of the foreign minister.",
     "press_for_ofparty", "foreign minister", (None, "GOV")),
    ("Lawmakers of the ruling party are seeking the impeachment of the Colombian president.",
     "seek_ofparty", "Colombian president", ("COL", "GOV")),
])
def test_the_party_of_the_of_phrase_is_the_target(pipe, text, rule, target_words, target_cs):
    ev = _one(pipe, text, "02")
    assert ev.rule == rule
    assert ev.target is not None and target_words in ev.target.text
    if target_cs[0] is not None:
        assert ev.target.country == target_cs[0]
    assert ev.target.sector == target_cs[1]


@pytest.mark.parametrize("text, source_sector", [
    # a union leader or workers calling for a minister's removal: the minister makes it a political event
    ("The Peruvian union leader called for the resignation of the labour minister.", "LAB"),
    ("Striking Bolivian miners called on Friday for the removal of the mining minister.", "LAB"),
])
def test_a_labour_appeal_against_a_minister_is_coded(pipe, text, source_sector):
    ev = _one(pipe, text, "02")
    assert ev.source is not None and ev.source.sector == source_sector
    assert ev.target is not None and ev.target.sector == "GOV"


def test_a_leader_removal_keeps_its_leadership_code(pipe):
    ev = _one(pipe, "The Kenyan opposition called for the resignation of the interior minister.", "02")
    assert ev.cameo == "0241" and ev.source.country == "KEN" and ev.source.sector == "OPP"


@pytest.mark.parametrize("text", [
    "The company called for the resignation of its chief executive.",
    "Angry shareholders called for the removal of the board of directors.",
    "The coach called for the dismissal of the referee after the match.",
    "The club pressed for the departure of its manager.",
])
def test_no_event_between_firms_clubs_or_shareholders(pipe, text):
    assert not [e for e in _events(pipe, text) if e.cameo.startswith("02")]


def test_a_release_keeps_its_target_rules(pipe):
    # the of-phrase of a release names the captives, not the party appealed to: not taken as the target
    ev = _one(pipe, "The Italian government called for the release of the aid workers.", "02")
    assert ev.rule == "call_for" and ev.cameo == "0253"
    assert ev.target is None or "aid workers" not in ev.target.text


@pytest.mark.parametrize("text, code", [
    # the removal of a trade measure is an appeal to ease it (0254), not for a leader's removal (0241)
    ("The European Union called for the removal of Chinese tariffs on wine.", "0254"),
    ("Canberra is seeking the removal of Indonesian import quotas on live cattle.", "0254"),
    ("The Cuban foreign minister called for the withdrawal of the American sanctions.", "0254"),
    # the withdrawal of a law or a tax is an appeal for a change of policy (0242), not a retreat of forces
    ("The Indian opposition called for the withdrawal of the new tax on fuel.", "0242"),
    ("The Punjab state government pressed for the repeal of the farm laws.", "0242"),
])
def test_the_removal_of_a_measure_or_law_keeps_its_own_code(pipe, text, code):
    ev = _one(pipe, text, "02")
    assert ev.cameo == code
