"""A reported clause whose subject carries an appositive and which the parser split at the comma: the subject taken as
the cue's object, the verb hung on the cue (or on the verb the cue is joined to) with no subject
(quotes/object_clause.py, rule ``indirect:object-predicate``)."""

from __future__ import annotations

import pytest

from quote_helpers import nlp, run, no_actors  # noqa: F401 (fixtures)


@pytest.mark.parametrize("text, content, speaker", [
    ("The bloc said its mediator, former Ghanaian minister Kofi Mensah, would fly to Freetown.",
     "its mediator, former Ghanaian minister Kofi Mensah, would fly to Freetown", "The bloc"),
    ("ECOWAS condemned the attempted coup \"in the strongest terms\" and said its mediator, former Liberian minister "
     "Joseph Kollie, would fly to Freetown.",
     "its mediator, former Liberian minister Joseph Kollie, would fly to Freetown", "ECOWAS"),
])
def test_subject_with_appositive_split_from_its_verb(nlp, no_actors, text, content, speaker):
    got = [q for q in run(nlp, text) if q.text == content]
    assert len(got) == 1, [(q.text, q.rule) for q in run(nlp, text)]
    assert got[0].kind == "indirect" and got[0].speaker is not None and got[0].speaker.text == speaker
    assert got[0].cue == "said"


@pytest.mark.parametrize("text, content", [
    # the same clauses parsed whole keep their own rule and content
    ("The ministry said its spokesman, Tomas Berg, had resigned on Friday.",
     "its spokesman, Tomas Berg, had resigned on Friday"),
    ("The union said its members, about 4,000 dockworkers, walked off the job at dawn.",
     "its members, about 4,000 dockworkers, walked off the job at dawn"),
    ("The African Union condemned the attack and said its envoy would travel to Bamako on Friday.",
     "its envoy would travel to Bamako on Friday"),
])
def test_whole_clauses_unchanged(nlp, no_actors, text, content):
    (q,) = [q for q in run(nlp, text) if q.cue == "said"]
    assert q.text == content


@pytest.mark.parametrize("text", [
    # no finite clause after the object: nothing said but the object
    "He said the words, then left the room.",
    "She said goodbye, smiled and walked out.",
    "The chairman said a prayer, and the meeting opened.",
])
def test_no_clause_no_quote(nlp, no_actors, text):
    assert not [q for q in run(nlp, text) if q.rule == "indirect:object-predicate"]
