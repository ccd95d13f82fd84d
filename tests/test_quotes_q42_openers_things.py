"""A conjunction or sentence adverb before an opening 'according to X', and a cue of handing over a thing
(session 26, round 42, issue 16).

'But according to X, A' (or 'And', 'Yet', 'However,', 'Still,') reports A as 'According to X, A' does; 'X presented
the budget', 'X tabled a bill', 'X presented the medal to Y' report no words: a verb of handing over or showing a
thing whose object is a thing, a document or a plan, with no clause, 'as' judgement or quoted words, is no quote.
Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run, no_actors  # noqa: F401 (fixtures)


def _found(quotes):
    return [(q.text, None if q.speaker is None else q.speaker.text) for q in quotes]


@pytest.mark.parametrize("text, content, speaker", [
    ("But according to the interior ministry, thirty people were detained in Harare overnight.",
     "thirty people were detained in Harare overnight", "interior ministry"),
    ("And according to Mayor Lina Osei, the old bridge will reopen in June.",
     "the old bridge will reopen in June", "Lina Osei"),
    ("Yet according to two diplomats in Nairobi, the talks had stalled over the border.",
     "the talks had stalled over the border", "two diplomats"),
    ("However, according to the Kenyan police, the protesters threw stones at a convoy.",
     "the protesters threw stones at a convoy", "Kenyan police"),
    ("Still, according to a senior official in Kabul, the convoy never left its base.",
     "the convoy never left its base", "senior official"),
    ("And yet according to the Brazilian central bank, inflation slowed sharply in March.",
     "inflation slowed sharply in March", "central bank"),
    ("The march was calm, the governor said. But according to witnesses, officers beat several students.",
     "officers beat several students", "witnesses"),
])
def test_opening_conjunction_before_according_to(nlp, no_actors, text, content, speaker):
    got = _found(run(nlp, text))
    q = next((g for g in got if g[0] == content), None)
    assert q is not None, got
    assert q[1] is not None and speaker in q[1], got


@pytest.mark.parametrize("text, content, speaker", [
    # controls: the phrase alone at the start, and a noun (not an opener) before it keeps the sentence around it
    ("According to the interior ministry, thirty people were detained in Harare overnight.",
     "thirty people were detained in Harare overnight", "interior ministry"),
    ("The colonel, according to two officers, ordered the troops to withdraw.",
     "The colonel, according to two officers, ordered the troops to withdraw", "two officers"),
])
def test_according_to_controls(nlp, no_actors, text, content, speaker):
    got = _found(run(nlp, text))
    q = next((g for g in got if g[0] == content), None)
    assert q is not None, got
    assert speaker in q[1], got


@pytest.mark.parametrize("text", [
    "Finance Minister Rosa Delgado presented the 2027 budget to lawmakers in Lima on Wednesday.",
    "The finance minister presented her budget to parliament on Tuesday.",
    "Opposition deputies presented a bill on pension reform last month.",
    "The president presented the medal to the soldier's widow.",
    "King Harald presented the prizes to the winning schoolchildren in Oslo.",
    "Haruto Sato, the trade minister, has presented a new strategy for the car industry.",
    "The committee will present its draft to the assembly next week.",
])
def test_handing_over_a_thing_is_no_quote(nlp, no_actors, text):
    got = _found(run(nlp, text))
    assert not any(g[1] is not None for g in got), got


@pytest.mark.parametrize("text, content", [
    # a thing presented as something: the speaker's judgement
    ("Okafor presented the proposal as a way to cut costs for small farms.", "the proposal as a way to cut costs"),
    ("The minister presented the budget as a plan for working families.", "the budget as a plan for working"),
    # an object that is no thing: a case, an argument
    ("The prosecutor presented her case that the mayor had taken bribes.", "her case that the mayor had taken bribes"),
    # words said alongside the thing still quote
    ("The governor presented the plan, saying it would create 5,000 jobs in the north.", "it would create 5,000 jobs"),
])
def test_handing_over_controls_still_quote(nlp, no_actors, text, content):
    got = _found(run(nlp, text))
    assert any(g[0].startswith(content) for g in got), got
