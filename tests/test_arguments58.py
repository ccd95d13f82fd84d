"""Session 31 (round rp58, issue 10 item 2): arguments that reported speech and coordination lose. Sentences written
for these tests.

* repair 241: "X said the talks went well *and urged* Y to ...": an accusing or appealing verb joined to an active
  reported clause about a state of things (a situation noun, or a verb of state or course) is the speaker's own act;
  what the parse left on the reported verb after it ("called *on his supporters* to ...") is its own;
* repair 242: "Troops *deployed* to the border *clashed* with protesters": a participle of sending or placing read as
  the main verb, with the real verb hung under it, is a participle on the subject.
"""

from __future__ import annotations

import pytest

from event_helpers import by_root, events, hits, show, with_trigger

# ---------------------------------------------------------------------------------------------
# repair 241


@pytest.mark.parametrize("text, trigger, source", [
    ("The ministry said the talks went well and urged the rebels to lay down their arms.", "urged", "ministry"),
    ("The foreign ministry said the meeting ended without a deal and warned Ethiopia against any attack.", "warned",
     "ministry"),
    ("The envoy said the situation remained tense and called for restraint.", "called", "envoy"),
    ("The spokesman said the negotiations had stalled and blamed Israel for the delay.", "blamed", "spokesman"),
    ("The party said the vote went smoothly and condemned the arrest of its observers.", "condemned", "party"),
])
def test_appeal_after_a_state_of_things_is_the_speakers(pipe, text, trigger, source):
    evs = events(pipe, text)
    found = [e for e in with_trigger(evs, trigger, ("asserted", "attributed"))
             if e.source is not None and source in e.source.text]
    assert found, show(evs)


@pytest.mark.parametrize("text, target", [
    ("The opposition leader said the election was rigged and called on his supporters to protest.", "supporters"),
    ("The rights group said three activists were detained and called on the authorities to free them.", "authorities"),
])
def test_phrase_after_the_appeal_is_its_own(pipe, text, target):
    evs = events(pipe, text)
    found = [e for e in with_trigger(evs, "called", ("asserted", "attributed"))
             if e.target is not None and target in e.target.text and e.source is not None]
    assert found, show(evs)


@pytest.mark.parametrize("text, trigger, source", [
    # an actor as the reported clause's subject: left as the parse has it (the rebels may well have urged)
    ("The ministry said the rebels attacked the town and urged civilians to leave.", "urged", "rebels"),
    # a clause with its own subject after "and"
    ("The ministry said the situation remained tense and the army urged residents to stay home.", "urged", "army"),
])
def test_state_of_things_controls(pipe, text, trigger, source):
    evs = events(pipe, text)
    found = [e for e in with_trigger(evs, trigger) if e.source is not None and source in e.source.text]
    assert found, show(evs)
    assert not [e for e in with_trigger(evs, trigger) if e.source is not None and "ministry" in e.source.text], show(evs)


def test_passive_conjunct_with_an_agent_is_no_appeal(pipe):
    evs = events(pipe, "The official said the prisoners were released and welcomed by their families.")
    assert not [e for e in evs if e.source is not None and "official" in e.source.text
                and e.trigger is not None and e.trigger.text == "welcomed"], show(evs)


# ---------------------------------------------------------------------------------------------
# repair 242


@pytest.mark.parametrize("text, root, source, target", [
    ("Troops deployed to the border clashed with protesters.", "19", "Troops", "protesters"),
    ("Police sent to the scene fired tear gas at the crowd.", "17", "Police", "crowd"),
    ("Soldiers stationed in the north attacked a rebel camp.", "19", "Soldiers", "camp"),
    ("Police officers dispatched to the village arrested three men.", "17", "Police", "men"),
    ("Commandos flown to the island stormed the hijacked ship.", "19", "Commandos", None),
])
def test_placed_participle_is_no_main_verb(pipe, text, root, source, target):
    evs = events(pipe, text)
    assert hits(evs, root, source=source, target=target), show(evs)


@pytest.mark.parametrize("text, root, source", [
    ("Police sent reinforcements to the scene.", "15", "Police"),
    ("Kenya sent troops to Somalia.", "15", "Kenya"),
    ("The army deployed troops to the border and attacked the rebels.", "19", "army"),
])
def test_placing_verb_controls(pipe, text, root, source):
    evs = events(pipe, text)
    assert hits(evs, root, source=source), show(evs)


def test_placed_repair_parse(pipe):
    from lapwing.extract.events.parse_repair import repaired

    doc = repaired(pipe.nlp("Troops deployed to the border clashed with protesters."))
    assert doc[5].dep_ == "ROOT" and doc[0].head.i == 5 and doc[1].dep_ == "acl", [(t.text, t.dep_, t.head.i) for t in doc]
    same = pipe.nlp("Troops deployed to the border on Monday.")
    assert [(t.dep_, t.head.i) for t in repaired(same)] == [(t.dep_, t.head.i) for t in same]


# ---------------------------------------------------------------------------------------------
# repair 243


@pytest.mark.parametrize("text, root, source", [
    ("The army said rebels seized the town and killed five soldiers.", "19", "rebels"),
    ("The governor said bandits stormed the village and abducted twenty women.", "18", "bandits"),
    ("Local officials said gunmen ambushed a convoy and killed three guards.", "19", "gunmen"),
])
def test_reported_subject_read_as_object(pipe, text, root, source):
    evs = events(pipe, text)
    assert hits(evs, root, source=source, statuses=("attributed", "asserted")), show(evs)
    assert not [e for e in by_root(evs, root) if e.source is None and e.status == "asserted"], show(evs)


def test_said_object_repair_parse(pipe):
    from lapwing.extract.events.parse_repair import repaired

    doc = repaired(pipe.nlp("The army said rebels seized the town and killed five soldiers."))
    assert doc[3].dep_ == "nsubj" and doc[3].head.i == 4 and doc[4].head.i == 2, [(t.text, t.dep_, t.head.i) for t in doc]


@pytest.mark.parametrize("text", [
    "The ministry reported cases linked to the outbreak.",
    "The minister told reporters gathered outside the court that he would appeal.",
    "The agency confirmed reports published on Monday.",
    # read as participles on the object and left so: an agent, no object of their own
    "The ministry announced measures adopted by the cabinet.",
    "The company announced job cuts planned for next year.",
    "The ministry reported two cases detected in the capital.",
    "Officials admitted mistakes made during the evacuation.",
    "Police reported three bodies found near the river.",
])
def test_said_object_controls(pipe, text):
    from lapwing.extract.events.repair_said_conjunct import repair_said_object_clause, said_object_candidates

    doc = pipe.nlp(text)
    assert not [i for i in said_object_candidates(doc) if repair_said_object_clause(doc[i])]
