"""Round pr61: verbs the shipped parser reads as nouns or adjectives. Sentences written for these tests.

* repair 247 (``repair_subject_form``): a verb form spelt like a noun read as a modifier of its object ("The European
  Union *cut* funding to Niger", "Troops *shell* town near border", "said rebels *fire* rockets");
* repair 248: the same form read as a noun heading its clause, its subject a compound ("Troops *shell* the town
  every night, residents say");
* repairs 249-250 (``repair_by_gerund``): the "-ing" form after by / after / before read as an adjective or a noun
  ("responded *by imposing* tariffs", "*After bombing* rebel camps");
* repair 251: repair 243 on a verb of saying that the verbless sentences' repairs made.
"""

from __future__ import annotations

import pytest

from event_helpers import events, show, with_trigger


def _found(evs, trigger, root, source=None, target=None):
    return [e for e in with_trigger(evs, trigger, root=root)
            if (source is None or (e.source is not None and source in e.source.text))
            and (target is None or (e.target is not None and target in e.target.text))]


# ---------------------------------------------------------------------------------------------
# repair 247: the form read as the object's modifier


@pytest.mark.parametrize("text, trigger, root, source, target", [
    ("The European Union cut funding to Niger after the coup.", "cut", "162", "European Union", "Niger"),
    ("The EU cut budget support to Mali.", "cut", "162", "EU", "Mali"),
    ("Britain cut funding to the United Nations agency.", "cut", "162", "Britain", None),
    ("The minister said the EU cut funding to the agency.", "cut", "162", "EU", None),
    ("Officials said Washington cut military aid to Egypt.", "cut", "162", "Washington", "Egypt"),
    ("The World Bank cut loans to Ethiopia.", "cut", "162", "World Bank", "Ethiopia"),
    ("Troops shell town near border", "shell", "19", "Troops", None),
    ("Rebels shell town, residents flee", "shell", "19", "Rebels", None),
    ("Police said rebels fire rockets at villages every night.", "fire", "19", "rebels", None),
])
def test_form_read_as_object_modifier_is_the_verb(pipe, text, trigger, root, source, target):
    evs = events(pipe, text)
    assert _found(evs, trigger, root, source, target), show(evs)


# ---------------------------------------------------------------------------------------------
# repair 248: the form read as a noun heading its clause


@pytest.mark.parametrize("text, trigger, root, source", [
    ("Troops shell the town every night, residents say.", "shell", "19", "Troops"),
    ("Witnesses said soldiers fire at protesters every day.", "fire", "19", "soldiers"),
])
def test_form_read_as_clause_noun_is_the_verb(pipe, text, trigger, root, source):
    evs = events(pipe, text)
    assert _found(evs, trigger, root, source), show(evs)


# ---------------------------------------------------------------------------------------------
# repairs 249-250: "-ing" after by / after / before


@pytest.mark.parametrize("text, trigger, root, source", [
    ("Beijing responded by imposing tariffs on American goods.", "imposing", "16", "Beijing"),
    ("Beijing retaliated by imposing sanctions on three US firms.", "imposing", "16", "Beijing"),
    ("The EU answered by imposing duties on Chinese cars.", "imposing", "16", "EU"),
    ("Israel responded by bombing targets in Gaza.", "bombing", "18", "Israel"),
    ("The army reacted by bombing rebel positions.", "bombing", "18", "army"),
    ("The rebels responded by attacking army posts.", "attacking", "19", "rebels"),
    ("After imposing tariffs on steel, Washington threatened more.", "imposing", "16", "Washington"),
    ("After bombing rebel camps, the jets returned to base.", "bombing", "19", "jets"),
    ("The government was criticised for imposing curfews.", "imposing", "17", "government"),
])
def test_gerund_after_preposition_is_the_verb(pipe, text, trigger, root, source):
    evs = events(pipe, text)
    assert _found(evs, trigger, root, source), show(evs)


# ---------------------------------------------------------------------------------------------
# repair 251


def test_reported_clause_after_said_read_as_adjective(pipe):
    evs = events(pipe, "The ministry said gunmen shot a pilgrim near the shrine.")
    assert _found(evs, "shot", "19", "gunmen", "pilgrim"), show(evs)


# ---------------------------------------------------------------------------------------------
# controls: the noun or adjective reading is right, or another verb is the clause's


@pytest.mark.parametrize("text, word", [
    ("The shot killed him instantly.", "shot"),
    ("A cut in funding angered the charities.", "cut"),
    ("The government announced a cut in fuel subsidies.", "cut"),
    ("Imposing buildings line the avenue.", "Imposing"),
    ("Police fire kills two protesters", "fire"),
    ("Budget cuts hit hospitals hard.", "cuts"),
    ("The shut border caused long queues.", "shut"),
    ("Government troops shell fragments wounded two.", "shell"),
    ("The tariffs came after imposing talks failed.", "imposing"),
    ("The fighting stopped after striking workers returned.", "striking"),
    ("The port was blocked by striking dockers.", "striking"),
    ("The union raised money for striking miners.", "striking"),
    ("Iran executed two men by firing squad.", "firing"),
    ("The town was quiet after bombing raids ended.", "bombing"),
    ("The US trade deficit widened.", "trade"),
    ("A UN aid convoy reached the town.", "aid"),
])
def test_controls_keep_the_noun_or_adjective(pipe, text, word):
    from lapwing.extract.events.parse_repair import repaired
    doc = pipe.nlp(text)
    out = repaired(doc, reparse=pipe.nlp)
    before = next(t for t in doc if t.text == word)
    after = out[before.i]
    assert (after.pos_, after.dep_) == (before.pos_, before.dep_), [(t.text, t.pos_, t.dep_, t.head.i) for t in out]


@pytest.mark.parametrize("text", [
    "The shot killed him instantly.",
    "A cut in funding angered the charities.",
    "Imposing buildings line the avenue.",
    "Budget cuts hit hospitals hard.",
])
def test_controls_code_no_act_of_the_word(pipe, text):
    evs = events(pipe, text)
    assert not any(e.trigger is not None and e.trigger.text.lower() in ("shot", "cut", "imposing", "cuts") for e in evs), show(evs)


def test_repair_functions_refuse_shapes_outside_their_class(pipe):
    from lapwing.extract.events.repair_by_gerund import by_gerund_candidates, repair_by_gerund
    from lapwing.extract.events.repair_subject_form import repair_subject_form, subject_form_candidates
    doc = pipe.nlp("The shot killed him instantly.")
    assert not any(repair_subject_form(doc[i]) for i in subject_form_candidates(doc))
    doc = pipe.nlp("The port was blocked by striking dockers.")
    assert not any(repair_by_gerund(doc[i]) for i in by_gerund_candidates(doc))


# ---------------------------------------------------------------------------------------------
# repairs 252-253: the second of two past verbs


@pytest.mark.parametrize("text, word, head_word", [
    ("The army shelled and bombed rebel positions.", "bombed", "shelled"),
    ("The jets circled and bombed rebel bases.", "bombed", "circled"),
    ("Israel closed the crossing and cut fuel supplies to Gaza.", "cut", "closed"),
])
def test_second_verb_read_as_modifier_is_a_conjunct(pipe, text, word, head_word):
    from lapwing.extract.events.parse_repair import repaired
    out = repaired(pipe.nlp(text), reparse=pipe.nlp)
    tok = next(t for t in out if t.text == word)
    assert (tok.pos_, tok.dep_, tok.head.text) == ("VERB", "conj", head_word), [(t.text, t.dep_, t.head.i) for t in out]
    assert any(c.dep_ == "obj" for c in tok.children)


def test_second_verb_gives_its_doer_and_target(pipe):
    evs = events(pipe, "The jets circled and bombed rebel bases.")
    assert _found(evs, "bombed", "19", "jets", "rebel bases"), show(evs)


@pytest.mark.parametrize("text, word", [
    ("Doctors treated the injured and wounded civilians.", "wounded"),
    ("The army evacuated the sick and wounded soldiers.", "wounded"),
    ("The shop sold fresh and cut flowers.", "cut"),
    ("Workers cleared the fallen and cut trees.", "cut"),
    ("Rescuers pulled out dead and wounded passengers.", "wounded"),
])
def test_conjunct_controls_keep_the_adjective(pipe, text, word):
    from lapwing.extract.events.repair_conjunct_form import conjunct_form_candidates, repair_conjunct_form
    doc = pipe.nlp(text)
    assert not any(repair_conjunct_form(doc[i]) for i in conjunct_form_candidates(doc)), \
        [(t.text, t.pos_, t.dep_, t.head.i) for t in doc]
