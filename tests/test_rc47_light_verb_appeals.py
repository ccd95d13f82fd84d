"""A light verb + an appeal or demand noun names the party of the noun's for-phrase (round 45, rc47, issue 10):
"renewed its call for the dismissal *of the mayor*", "repeated their demand for the withdrawal *of the troops*"
take that party as the target (patterns ``*_call_ofparty``, ``make_appeal_ofparty``, ``*_demand_ofparty``, target
spec ``objforprep:of``); "suggested talks / a meeting / a truce" proposes them as "proposed ..." does
(``propose_suggest``, ``propose_peace_plan_suggest``). Sentences invented for these tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipe():
    from lapwing.pipeline import Pipeline

    return Pipeline.create()


def _events(pipe, text):
    from lapwing.schema import Article

    rec = pipe.analyse(Article(id="rc47", text=text))
    return [e for e in rec.events if e.status in ("asserted", "attributed", "future")]


def _dump(evs):
    return [(e.cameo, e.rule, e.source and e.source.text, e.target and e.target.text) for e in evs]


@pytest.mark.parametrize("text, rule, root, target_words", [
    ("The Zambian opposition renewed its call for the resignation of the energy minister.",
     "renew_call_ofparty", "02", "energy minister"),
    ("Protesters in Lanvia have renewed calls for the dismissal of the interior minister.",
     "renew_call_ofparty", "02", "interior minister"),
    ("The Bolivian opposition reiterated its call for the removal of President Hanna Osk.",
     "reiterate_call_ofparty", "02", "Hanna Osk"),
    ("Opposition parties in Veloria issued a call for the impeachment of President Marek Dolan.",
     "issue_call_ofparty", "02", "Marek Dolan"),
    ("The Armenian government made an appeal for the withdrawal of Azerbaijani forces.",
     "make_appeal_ofparty", "02", "Azerbaijani forces"),
    ("Villagers near the border made repeated appeals for the withdrawal of Moldovan troops.",
     "make_appeal_ofparty", "02", "Moldovan troops"),
    ("The Somali government reiterated its demand for the withdrawal of Ethiopian troops.",
     "reiterate_demand_ofparty", "10", "Ethiopian troops"),
    ("The miners' union repeated its demand for the resignation of the mines minister.",
     "repeat_demand_ofparty", "10", "mines minister"),
    ("The Cypriot president on Monday restated his demand for the pullout of Turkish soldiers.",
     "restate_demand_ofparty", "10", "Turkish soldiers"),
    ("Students in Dhaka renewed their demand for the sacking of the education minister.",
     "renew_demand_ofparty", "10", "education minister"),
])
def test_the_party_of_the_nouns_for_phrase_is_the_target(pipe, text, rule, root, target_words):
    evs = [e for e in _events(pipe, text) if e.rule == rule]
    assert len(evs) == 1, _dump(_events(pipe, text))
    ev = evs[0]
    assert ev.cameo.startswith(root)
    assert ev.target is not None and target_words in ev.target.text


def test_a_withdrawn_force_keeps_its_country(pipe):
    ev = next(e for e in _events(pipe, "Chad's foreign minister renewed his call for the withdrawal of Libyan troops.")
              if e.rule == "renew_call_ofparty")
    assert ev.target.country == "LBY"


@pytest.mark.parametrize("text", [
    "The Malawian opposition repeated its demand for a recount of the votes.",
    "The Ecuadorian president renewed his call for early elections.",
])
def test_other_contents_keep_their_rows(pipe, text):
    rules = {e.rule for e in _events(pipe, text)}
    assert not any(r.endswith("_ofparty") for r in rules), rules


@pytest.mark.parametrize("text", [
    # a removal of a thing: no party to name
    "The Bolivian opposition renewed its call for the dismissal of the charges against its leader.",
])
def test_a_thing_is_no_target(pipe, text):
    evs = [e for e in _events(pipe, text) if e.rule.endswith("_ofparty")]
    assert all(e.target is None for e in evs), _dump(evs)


@pytest.mark.parametrize("text, rule, code, target_words", [
    ("The Estonian foreign minister suggested separate negotiations with the rebels.",
     "propose_suggest", "036", "rebels"),
    ("The Chilean government suggested a meeting with Bolivia.", "propose_suggest", "036", "Bolivia"),
    ("The Slovak foreign minister has suggested direct talks with Hungary.", "propose_suggest", "036", "Hungary"),
    ("The Egyptian mediators suggested a three-day truce.", "propose_suggest", "0356", None),
    ("The Indonesian president suggested a peace plan for Myanmar.", "propose_peace_plan_suggest", "037", "Myanmar"),
])
def test_suggest_with_a_proposal_noun_proposes_it(pipe, text, rule, code, target_words):
    evs = [e for e in _events(pipe, text) if e.rule == rule]
    assert len(evs) == 1, _dump(_events(pipe, text))
    assert evs[0].cameo == code
    if target_words:
        assert evs[0].target is not None and target_words in evs[0].target.text


@pytest.mark.parametrize("text", [
    "He suggested that he was tired.",
    "The data suggested a meeting of minds.",
    "Analysts suggested a deal was close.",
    "The report suggested a ceasefire might hold.",
    "The family made calls for dinner.",
    "The teachers renewed their calls for dinner with the mayor.",
    "There was a renewed demand for oil in Asia.",
    "The company renewed its call for the dismissal of the lawsuit.",
])
def test_controls_give_no_new_event(pipe, text):
    rules = {e.rule for e in _events(pipe, text)}
    assert not rules & {"propose_suggest", "propose_peace_plan_suggest"}, rules
    assert not any(r.endswith("_ofparty") for r in rules), rules
    assert not any(e.cameo.startswith(("02", "03", "10")) for e in _events(pipe, text)), _dump(_events(pipe, text))


def test_a_denied_suggestion_is_negated(pipe):
    from lapwing.schema import Article

    rec = pipe.analyse(Article(id="rc47", text="The Kenyan government did not suggest talks with the rebels."))
    evs = [e for e in rec.events if e.rule == "propose_suggest"]
    assert evs and all(e.status == "negated" for e in evs)
