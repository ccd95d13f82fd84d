"""Appeals joined to another verb of the same speaker: each to-clause cue gives its own quote (session 23, round 31,
issue 16): 'X called on A to B and urged C to D' is two appeals of X, 'X urged restraint and called on A to B' one."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run, no_actors  # noqa: F401 (fixtures)


def _by_cue(quotes):
    return {q.cue: (q.text, None if q.speaker is None else q.speaker.text) for q in quotes}


@pytest.mark.parametrize("text, first, second, speaker", [
    ("The senator called on the army to respect the vote and urged voters to stay home.",
     "the army to respect the vote", "voters to stay home", "The senator"),
    ("Mayor Ines Okoro called on the police to protect the market and urged traders to reopen their stalls on Monday.",
     "the police to protect the market", "traders to reopen their stalls on Monday", "Ines Okoro"),
    ("The archbishop calls on the rebels to lay down their arms and urges the government to open talks.",
     "the rebels to lay down their arms", "the government to open talks", "The archbishop"),
])
def test_second_appeal_is_its_own_quote(nlp, no_actors, text, first, second, speaker):
    """The first appeal's content stops before 'and urged': the next appeal is a quote of its own, same speaker."""
    got = _by_cue([q for q in run(nlp, text) if q.kind == "indirect"])
    called = next(v for k, v in got.items() if k.startswith("call"))
    urged = next(v for k, v in got.items() if k.startswith("urge"))
    assert called[0] == first and urged[0] == second
    assert speaker in called[1] and speaker in urged[1]


@pytest.mark.parametrize("text, content, speaker", [
    ("Britain and Japan urged restraint and called on all parties to wait for the results.",
     "all parties to wait for the results", "Britain"),
    ("Norway, Chile and the African Union urged calm and called on both camps to accept the count.",
     "both camps to accept the count", "Norway"),
])
def test_appeal_whose_infinitive_hangs_on_the_hearer(nlp, no_actors, text, content, speaker):
    """'called on [all parties] to wait': the parser hangs the infinitive on the hearer; it is still the appeal."""
    qs = [q for q in run(nlp, text) if q.kind == "indirect" and q.cue.startswith("call")]
    assert [q.text for q in qs] == [content]
    assert qs[0].speaker is not None and speaker in qs[0].speaker.text


@pytest.mark.parametrize("text, cues, speaker", [
    ("Party leader Marta Vidal, speaking from her home in Porto, called on members to vote against the deal and "
     "urged voters to stay calm.", ["called", "urged"], "Vidal"),
    ("Coalition leader Petra Novak, speaking by video from an unnamed location, called on troops to ignore the order.",
     ["called"], "Novak"),
])
def test_appeals_of_a_subject_with_a_participle_aside(nlp, text, cues, speaker):
    """A subject followed by a participle aside, its verb read as a passive with no auxiliary ('called' VBN): both
    appeals are the subject's."""
    qs = [q for q in run(nlp, text) if q.kind == "indirect" and q.cue in ("called", "urged")]
    assert sorted(q.cue for q in qs) == cues
    assert all(q.speaker is not None and speaker in f"{q.speaker.text} {q.speaker.name}" for q in qs)


def test_a_real_passive_appeal_has_no_hearer_and_stays_so(nlp, no_actors):
    """'X was called on by Y to ...' and a headline 'Minister urged to quit' do not make the passive's subject
    the speaker of an appeal with a hearer."""
    qs = run(nlp, "The mayor was called on by residents to resign.")
    assert not any(q.speaker is not None and q.speaker.text == "The mayor" for q in qs)


@pytest.mark.parametrize("text, content, speaker", [
    ("Mr. Okafor, who knew the vote would fail, told his aides to draft a new bill before the recess.",
     "his aides to draft a new bill before the recess", "Okafor"),
    ("Last week, the coast guard warned fishermen to stay in port.", "fishermen to stay in port", "the coast guard"),
    ("The head of the agency tells staff to work from home on Fridays.", "staff to work from home on Fridays",
     "The head"),
])
def test_tell_and_warn_with_a_to_clause_are_advice(nlp, text, content, speaker):
    """'told X to V', 'warned X to V': the advice is a quote of the teller, as 'urged X to V' is."""
    qs = [q for q in run(nlp, text) if q.kind == "indirect"]
    assert [q.text for q in qs] == [content]
    assert qs[0].speaker is not None and speaker in f"{qs[0].speaker.text} {qs[0].speaker.name}"


@pytest.mark.parametrize("text, content", [
    ("Last month, the FBI warned county officials to check their voting machines after hackers breached two servers.",
     "county officials to check their voting machines"),
    ("The mayor asked residents to save water after the reservoir fell to a record low.", "residents to save water"),
])
def test_the_writers_after_clause_is_not_the_appeal(nlp, text, content):
    """'warned X to V after Y happened': the 'after' clause with a subject of its own says when, in the writer's
    words; the advice ends before it. 'to rest after the match' (no clause) stays whole."""
    qs = [q for q in run(nlp, text) if q.kind == "indirect"]
    assert [q.text for q in qs] == [content]
