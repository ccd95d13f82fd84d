"""Event coder, round 58 (issue 10, precision first): classes of wrongly sourced events found by judging, by hand,
every event the coder emitted on a seeded random sample of unlabelled wire and VOA news (``scripts/corpus_sample.py
--seed 5801 --reuters 20 --voa 25``; docs/events.md, round 58). Every sentence here was written for this test; each
class is tested in several phrasings next to uses of the same words that must stay as they are:

* a conjunct with its own active auxiliary and no subject, after a passive with a by-agent, is the passive subject's
  act, not the agent's: "The minister was questioned by prosecutors *and is cooperating* with the inquiry", "was
  indicted by a grand jury *and has denied* the charges" (``events/syntax._subj_token``); not after a passive of
  leading or running ("an inquiry *led by* the ministry *will investigate*": the body acts for its leader);
* the participle on the object of a verb that judges that object ("The UN condemned an attack *killing* five
  civilians", "Lawyers challenged a decree *expelling* foreign journalists", "The court struck down an order
  *deporting* ...") is no act of the judge: nobody is named as its doer; a verb that makes or carries out the thing
  ("The parliament passed a bill *banning* protests") keeps its subject as the doer;
* what a law, order or ruling "requires" or "obliges" someone to do is not done yet: hypothetical (``events/status``);
* a noun "conjunct" with its own subject and copula is a clause the parser joined to the noun ("agree with the plan
  *and the focus now is on Moscow's answer*"): no second target (``events/conjuncts.argument_conjuncts``);
* "defending its integrity / its country / itself" is no verbal defence (052) of another (event pattern "defend");
* parse repair 238 (``events/repair_copula_gerund``): "Tehran *is threatening* reprisals against Riyadh" with
  the "-ing" form read as an adjective of the noun (the noun the predicate of "is"): the form is the verb.
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, hits as _hits, show as _show, with_trigger as _with


# -- the active conjunct of a passive with a by-agent: the passive's subject does it ---------------------------
@pytest.mark.parametrize("text, trigger, root, doer, agent", [
    ("The minister was questioned by prosecutors and is cooperating with the investigation.", "cooperating", "06",
     "minister", "prosecutors"),
    ("The former governor was indicted by a federal grand jury and has denied the charges.", "denied", "01",
     "governor", "jury"),
    ("The minister was summoned by parliament and has denied any wrongdoing.", "denied", "01", "minister",
     "parliament"),
    ("The senator was interviewed by federal agents and was cooperating with the inquiry.", "cooperating", "06",
     "senator", "agents"),
])
def test_active_conjunct_after_passive_is_the_subjects_act(pipe, text, trigger, root, doer, agent):
    evs = _events(pipe, text)
    found = _with(evs, trigger, root=root)
    assert found, _show(evs)
    assert all(e.source is None or agent not in e.source.text for e in found), _show(evs)
    assert any(e.source is not None and doer in e.source.text for e in found), _show(evs)


@pytest.mark.parametrize("text, trigger, root, source", [
    # the passive participles themselves keep the by-agent as their doer
    ("The former governor was indicted by a federal grand jury and has denied the charges.", "indicted", "17",
     "jury"),
    ("The journalist was arrested by police and charged with treason.", "arrested", "17", "police"),
    ("Two soldiers were ambushed by rebels on the main road.", "ambushed", "19", "rebels"),
    # an active conjunct with no auxiliary keeps its reading
    ("The envoy was received by the king and held talks with him.", "held", "04", "envoy"),
    # a body led or run by someone acts for them
    ("A new inquiry will be led by the interior ministry and will investigate the prison riot.", "investigate", "09",
     "ministry"),
])
def test_passive_agents_and_plain_conjuncts_stay(pipe, text, trigger, root, source):
    evs = _events(pipe, text)
    assert any(e.source is not None and source in e.source.text for e in _with(evs, trigger, root=root)), _show(evs)


# -- a participle on the object of a judging verb: not the judge's act -----------------------------------------
@pytest.mark.parametrize("text, trigger, judge", [
    ("The UN condemned an attack killing five civilians.", "killing", "UN"),
    ("The bishops denounced a raid killing three farmers near the border.", "killing", "bishops"),
    ("Lawyers challenged a decree expelling foreign journalists.", "expelling", "Lawyers"),
    ("The court struck down an order deporting the refugees.", "deporting", "court"),
    ("The opposition rejected a decree expelling two foreign diplomats.", "expelling", "opposition"),
])
def test_participle_on_a_judged_object_is_not_the_judges_act(pipe, text, trigger, judge):
    evs = _events(pipe, text)
    assert not any(e.source is not None and judge in e.source.text for e in _with(evs, trigger)), _show(evs)


@pytest.mark.parametrize("text, trigger, doer", [
    ("The parliament passed a bill banning protests in the capital.", "banning", "parliament"),
    ("The government adopted a decree expelling foreign journalists.", "expelling", "government"),
])
def test_participle_on_a_made_object_keeps_the_maker(pipe, text, trigger, doer):
    evs = _events(pipe, text)
    assert any(e.source is not None and doer in e.source.text for e in _with(evs, trigger)), _show(evs)


def test_judging_verb_itself_stays(pipe):
    evs = _events(pipe, "The UN condemned an attack killing five civilians.")
    assert _hits(evs, "11", source="UN"), _show(evs)


# -- what a law, order or deal requires someone to do is not done (yet) ----------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("A new law requires the army to release all political prisoners within a month.", "release"),
    ("The court order requires the firm to disclose its accounts and hand the cash back to the state lawyers.",
     "hand"),
    ("The law requires the police to arrest anyone who burns the flag.", "arrest"),
    ("The ruling obliges the government to release the detained activists.", "release"),
])
def test_what_is_required_is_not_asserted(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _with(evs, trigger), _show(evs)
    assert not _with(evs, trigger, statuses=("asserted",)), _show(evs)


@pytest.mark.parametrize("text, trigger, root", [
    ("The army released all political prisoners within a month.", "released", "08"),
    ("Police forced the protesters to leave the square.", "forced", "17"),
    ("The firm handed the cash back to the state lawyers.", "handed", "08"),
])
def test_done_acts_stay_asserted(pipe, text, trigger, root):
    evs = _events(pipe, text)
    assert _with(evs, trigger, statuses=("asserted",), root=root), _show(evs)


# -- repair 238: "X is threatening retaliation" read as "X is [threatening retaliation]" ------------------------
@pytest.mark.parametrize("text, trigger, root, country, tcountry", [
    ("Turkey is threatening retaliation against the United States if Congress votes for sanctions.", "threatening", "13", "TUR", "USA"),
    ("Moscow is threatening retaliation against Kyiv.", "threatening", "13", "RUS", "UKR"),
    ("Iran was threatening legal action against the company.", "threatening", "13", "IRN", None),
    ("Beijing is threatening reprisals against Tokyo over the visit.", "threatening", "13", "CHN", None),
])
def test_progressive_verb_read_as_adjective_is_the_verb(pipe, text, trigger, root, country, tcountry):
    evs = _events(pipe, text)
    assert _hits(evs, root, country=country, tcountry=tcountry), _show(evs)
    assert _with(evs, trigger, root=root), _show(evs)


@pytest.mark.parametrize("text", [
    "These are threatening letters.",
    "It was threatening weather all week.",
    "The government is a demanding employer.",
    "The results are promising signs for the economy.",
])
def test_adjectives_after_be_stay_adjectives(pipe, text):
    assert not _events(pipe, text), _show(_events(pipe, text))


def test_verbs_the_parser_reads_right_stay(pipe):
    evs = _events(pipe, "Iran threatened retaliation against Israel.")
    assert _hits(evs, "13", country="IRN", tcountry="ISR"), _show(evs)
    evs = _events(pipe, "The protesters are demanding justice for the victims.")
    assert _with(evs, "demanding", root="10"), _show(evs)


# -- "defending its integrity / its country / itself" is no verbal defence of another (052) -------------------
@pytest.mark.parametrize("text", [
    "The ministers restated their backing for Georgia in defending its territorial integrity.",
    "The army defended the country against the invasion.",
    "Ukraine has the right to defend itself, the ministers said.",
    "Georgia is defending its independence against its neighbour.",
])
def test_defending_ones_own_land_is_no_verbal_defence(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e.cameo == "052"], _show(evs)


@pytest.mark.parametrize("text, source", [
    ("The Chinese foreign ministry has defended Russia.", "ministry"),
    ("France defended its record on human rights.", "France"),
    ("The minister defended the government's decision to expel the diplomats.", "minister"),
])
def test_verbal_defence_stays(pipe, text, source):
    evs = _events(pipe, text)
    assert _hits(evs, "052", source=source), _show(evs)


# -- a clause with its own subject and copula, joined to a noun by the parser, is no second party -------------
@pytest.mark.parametrize("text, trigger, wrong", [
    ("The minister said all EU members agree with the French plan and the focus now is on Moscow's answer.",
     "agree", "Moscow"),
    ("Germany backed the Dutch proposal, and the question now is about Beijing's response.", "backed", "Beijing"),
])
def test_clause_joined_to_a_noun_is_no_second_party(pipe, text, trigger, wrong):
    evs = _events(pipe, text)
    assert _with(evs, trigger), _show(evs)
    assert not any(e.target is not None and wrong in e.target.text for e in _with(evs, trigger)), _show(evs)


@pytest.mark.parametrize("text, root, targets", [
    ("The UN urged Israel and Hamas to agree to a truce.", "02", {"ISR", "PSE"}),
    ("Iran and Syria condemned the strike on the convoy.", "11", None),
])
def test_noun_conjuncts_stay(pipe, text, root, targets):
    evs = _events(pipe, text)
    found = [e for e in evs if e.cameo.startswith(root)]
    assert len(found) == 2, _show(evs)
    if targets:
        assert {e.target.country for e in found if e.target} == targets, _show(evs)
