"""A verb's complement after its time phrase (session 25, round 38, branch rc38, issue 10; repairs 148-149):

- a that-clause after "VERB + time phrase" ("denied on Monday that ...", "denied in a statement on Tuesday that
  ...") read as a relative clause or a loose clause: it is the verb's complement, and the verb (hung under its own
  subject) the sentence's verb;
- a noun phrase after "VERB + on DAY" read as part of the time phrase ("accused on Tuesday [Eritrea]", "expelled
  on Friday [the] ambassador", "summoned late on Tuesday the envoy") is the verb's object.

Controls: a time phrase that modifies a noun ("the attack on Monday that killed ..."), a relative clause with no
subject of its own, a that-clause after a verb that takes none. All sentences are written for Lapwing."""

from __future__ import annotations

import pytest

from event_helpers import by_root as _find, claimed as _events


@pytest.mark.parametrize("text, who", [
    ("The Zambian interior ministry denied on Monday that police had fired on the marchers.", "ministry"),
    ("Kenya's police chief denied late on Friday that officers had beaten the protesters.", "chief"),
    ("Peru's state broadcaster denied on Wednesday that the premier had been taken to hospital.", "broadcaster"),
    ("The Malian army denied in a statement on Tuesday that soldiers had burned houses in the village.", "army"),
    ("A Vietnamese government spokesman denies early on Thursday that the navy has seized two fishing boats.",
     "spokesman"),
])
def test_a_that_clause_after_the_time_phrase_is_the_denial(pipe, text, who):
    evs = _events(pipe, text)
    denials = _find(evs, "016")
    assert denials and who in (denials[0].source.text if denials[0].source else ""), text
    assert not _find(evs, "19"), text  # the denied act is not a claimed clash


@pytest.mark.parametrize("text, root, target", [
    ("Ethiopia accused on Tuesday Eritrea of arming the rebels in the north.", "112", "Eritrea"),
    ("Israel accused on Wednesday Hezbollah of firing rockets at northern towns.", "112", "Hezbollah"),
    ("Chile expelled on Friday the Bolivian ambassador.", "16", "ambassador"),
    ("India summoned late on Tuesday the Pakistani envoy over the border shooting.", "11", "envoy"),
    ("Police detained on Saturday dozens of students outside the Nairobi court.", "173", "dozens"),
])
def test_an_object_after_the_time_phrase_is_the_verbs_object(pipe, text, root, target):
    evs = _find(_events(pipe, text), root)
    assert evs and evs[0].target is not None and target in evs[0].target.text, text
    assert "day" not in evs[0].target.text.lower(), text


def test_the_object_keeps_its_source(pipe):
    text = "Police detained on Saturday dozens of students outside the Nairobi court."
    evs = _find(_events(pipe, text), "173")
    assert evs and evs[0].source is not None and evs[0].source.text == "Police"


@pytest.mark.parametrize("text", [
    # the time phrase modifies a noun, or the clause is a real relative clause
    "The ambush on Monday that killed four guards was blamed on bandits.",
    "The march on Friday that blocked the main road ended without arrests.",
])
def test_a_time_phrase_on_a_noun_is_left_alone(pipe, text):
    evs = _events(pipe, text)
    assert not _find(evs, "016") and not _find(evs, "112"), text


def test_a_relative_clause_without_its_own_subject_is_left_alone(pipe):
    from lapwing.extract.events.parse_repair import repaired
    doc = pipe.nlp("The Nigerian army denied on Monday the report that appeared in a local paper.")
    out = repaired(doc)
    appeared = next(t for t in out if t.text == "appeared")
    assert appeared.dep_ != "ccomp"


@pytest.mark.parametrize("text, verb", [
    # a participle modifier before the time phrase, and the sentence's own verb read as a bare plural noun after it
    ("The plan approved on Monday calls for new elections within a year.", "calls"),
    ("The accord reached late on Sunday sets new rules for the border crossings.", "sets"),
])
def test_a_bare_plural_after_a_participles_time_phrase_is_not_its_object(pipe, text, verb):
    from lapwing.extract.events.parse_repair import repaired
    out = repaired(pipe.nlp(text))
    assert next(t for t in out if t.text == verb).dep_ not in ("obj", "dobj"), text
