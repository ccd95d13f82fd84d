"""A cue after an aside set off by commas (session 25, round 39, issue 16): 'X, in a statement carried by Y, called
on A to ...', 'X, speaking from Y, called on A to ...'. The parser hangs the cue on a noun of the aside (or on the
name) as a participle and gives it no subject; the noun phrase opening the sentence is the speaker, never the agent
or the place inside the aside. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run, no_actors  # noqa: F401 (fixtures)


def _found(quotes):
    return [(q.text, None if q.speaker is None else q.speaker.text) for q in quotes]


@pytest.mark.parametrize("text, content, speaker", [
    ('Caretaker Prime Minister Arunee Sirisombat, in a statement carried by state media, called on the armed forces '
     'to "respect the will of the people" and return to their barracks.', "the armed forces to", "Arunee Sirisombat"),
    ('Acting President Tomas Varga, in a message read on public television, called on the border guards to '
     '"stay at their posts".', "the border guards to", "Tomas Varga"),
    ("The country's opposition leader, in an interview published on Sunday, called on voters to boycott the "
     "referendum.", "voters to boycott the referendum", "opposition leader"),
    ("Former minister Lena Vogt, writing in a newspaper column, called on the government to resign.",
     "the government to resign", "Lena Vogt"),
    ("Union chief Hamid Benali, speaking by telephone from Oran, called on dock workers to stop work at noon.",
     "dock workers to stop work at noon", "Hamid Benali"),
])
def test_cue_after_an_aside_speaks_for_the_opening_name(nlp, no_actors, text, content, speaker):
    got = _found(run(nlp, text))
    q = next((g for g in got if g[0].startswith(content)), None)
    assert q is not None, got
    assert q[1] is not None and speaker in q[1], got
    # the agent or the place inside the aside never speaks
    assert not any(g[1] is not None and g[1].lower() in ("state media", "public television", "oran") for g in got), got


@pytest.mark.parametrize("text", [
    # a clause opening the sentence, not a noun phrase: no reading on the words
    "When the ministers met, after the talks in Geneva, called on both sides to hold fire.",
    # the cue is a passive with its auxiliary: the name is not the speaker of an appeal
    "Opposition leader Marta Ilic, in a ruling issued on Monday, was called on to testify.",
])
def test_no_speaker_read_past_a_clause_or_a_passive(nlp, no_actors, text):
    got = _found(run(nlp, text))
    assert not any(g[1] is not None and ("ministers" in g[1] or "Marta Ilic" in g[1]) for g in got), got
