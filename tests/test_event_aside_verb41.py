"""Event coder, parse repair 143 (session 26, round 41, issue 10): the main verb after a subject's prepositional aside
("X, *in its evening bulletin,* denied ...") read as an adjective of its object or as a parataxis of its subject.

With the aside closed by a comma, the trained parser read "The army, in its weekly briefing, *accused* rebels of ..."
as one noun phrase (the verb an adjective on "rebels", the object a conjunct of the subject), or hung the verb on the
subject as a parataxis ("State radio X, in its morning news, *denied* that ...", the subject left as the root or as
the subject of a later word read as a verb): the event had no subject, or no event was coded at all. Repair 143
(``repair_aside_verb.repair_verb_after_aside_misread``) makes the verb the clause's, with the subject before the
aside its subject. Sentences here are written for this test; the controls are the uses that must stay as they are.
"""

from __future__ import annotations

import pytest

from event_helpers import by_root, events, show


@pytest.mark.parametrize("text,root,src,tgt", [
    # the verb read as an adjective of its object
    ("The army, in its weekly briefing, accused rebels of killing civilians.", "112", "army", "rebels"),
    ("Nigeria's information minister, in a televised address, blamed separatists for the attacks.", "112",
     "minister", "separatists"),
    ("The Chilean navy, in a short statement on Sunday, accused fishermen of entering a closed zone.", "112",
     "navy", "fishermen"),
    # the verb read as a parataxis of its subject
    ("State radio Voice of Kenya, in its morning news, denied that anyone had died and blamed \"foreign agents\" for "
     "the unrest.", "016", "Voice", None),
    ("Egypt's state broadcaster, in its late news, denied that soldiers had fired at the crowd and blamed \"hired "
     "thugs\" for the looting.", "016", "state broadcaster", None),
    ("The interior ministry, in its late bulletin, denied that soldiers had fired at the crowd and blamed \"hired "
     "thugs\" for the looting.", "016", "interior ministry", None),
])
def test_verb_after_a_prepositional_aside_keeps_its_subject(pipe, text, root, src, tgt):
    evs = events(pipe, text)
    got = [e for e in by_root(evs, root[:3]) if e.cameo.startswith(root) and e.source is not None
           and src in e.source.text and e.status in ("asserted", "attributed")
           and (tgt is None or (e.target is not None and e.target.text.endswith(tgt)))]
    assert got, show(evs)


@pytest.mark.parametrize("text,root,src", [
    # a verb the parser already gives its subject after the aside: coded as before
    ("President Ruto, in his speech to parliament, condemned the attack.", "111", "Ruto"),
    ("Russia's foreign ministry, in a statement, condemned the strikes.", "111", "foreign ministry"),
    ("The government, in a statement on Monday, denied that soldiers had fired on the crowd.", "016", "government"),
])
def test_a_well_parsed_aside_keeps_its_event(pipe, text, root, src):
    evs = events(pipe, text)
    assert [e for e in by_root(evs, root) if e.source is not None and src in e.source.text], show(evs)


def test_the_repair_needs_the_aside_and_a_verb_form(pipe):
    from lapwing.extract.events.repair_aside_verb import repair_verb_after_aside_misread

    nlp = pipe.nlp
    # the parse the repair is for: the verb an adjective on its object, after the aside's comma
    doc = nlp("The army, in its weekly briefing, accused rebels of killing civilians.")
    verb = next(t for t in doc if t.text == "accused")
    if verb.dep_ == "amod":
        assert repair_verb_after_aside_misread(verb)
        assert verb.dep_ == "ROOT"
        assert {(c.dep_, c.text) for c in verb.children} >= {("nsubj", "army"), ("obj", "rebels")}
    # an adjective participle after a comma stays an adjective ("armed", not a verb of the subject)
    doc = nlp("Villagers, in the hills above the town, armed men and boys stood guard.")
    for t in doc:
        if t.lower_ == "armed":
            assert not repair_verb_after_aside_misread(t)
    # no aside between commas (an apposition, not a prepositional phrase): repair 43's case, not this one
    doc = nlp("Ivan Petrov, Russia's president, imposed sanctions on the bank.")
    verb = next(t for t in doc if t.text == "imposed")
    assert not repair_verb_after_aside_misread(verb)


def test_a_list_of_nouns_with_a_place_is_not_a_clause(pipe):
    # a past form after a comma inside a list of nouns, with no aside opened by a preposition before it
    evs = events(pipe, "Relief workers, doctors from the capital, detained migrants and their children waited at "
                       "the border post.")
    assert not [e for e in evs if e.trigger is not None and e.trigger.text == "detained"
                and e.source is not None and "workers" in e.source.text], show(evs)
