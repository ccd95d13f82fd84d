"""Parse repairs 135-136 (session 39, round rv79; issue 10): misparses of the shipped model that cost the coder an act.
Sentences written for this test, each class in several phrasings, with controls whose parse must stay as it is."""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show
from lapwing.extract.events.parse_repair import repaired
from lapwing.extract.events.repair_comma_participle import comma_participle_candidates, repair_comma_participle
from lapwing.extract.events.repair_late_object import late_object_candidates, repair_late_object
from lapwing.extract.events.repair_particle_noun import particle_noun_candidates, repair_particle_noun


def _parse(pipe, text):
    doc = pipe.nlp(text)
    return doc, repaired(doc, reparse=pipe.nlp)


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def _tree(doc):
    return [(t.text, t.tag_, t.dep_, t.head.i) for t in doc]


# -- 135: a particle verb's base form read as a noun after its subject --------------------------------------------
@pytest.mark.parametrize("text, subj, particle, obj", [
    ("Kenya demanded that Belarus hand over the pilot.", "Belarus", "over", "pilot"),
    ("Ghana asked that Togo hand over the two suspects.", "Togo", "over", "suspects"),
    ("Peru insisted that Chile hand back the fugitive.", "Chile", "back", "fugitive"),
    ("The judge ordered that the company hand over its records.", "company", "over", "records"),
])
def test_particle_verb_read_as_noun_is_the_verb(pipe, text, subj, particle, obj):
    doc, out = _parse(pipe, text)
    assert _tok(doc, "hand").pos_ == "NOUN"  # (the misparse this repair is for)
    v = _tok(out, "hand")
    assert v.pos_ == "VERB", _tree(out)
    assert _tok(out, subj).head.i == v.i and _tok(out, subj).dep_ == "nsubj", _tree(out)
    assert _tok(out, particle).head.i == v.i and _tok(out, particle).dep_ == "compound:prt", _tree(out)
    assert _tok(out, obj).head.i == v.i and _tok(out, obj).dep_ == "obj", _tree(out)


@pytest.mark.parametrize("text, root, country, tcountry", [
    ("Kenya demanded that Belarus hand over the pilot.", "10", "KEN", "BLR"),
    ("Ghana asked that Togo hand over the two suspects.", "02", "GHA", "TGO"),
    ("Peru insisted that Chile hand back the fugitive.", "10", "PER", "CHL"),
])
def test_handover_demanded_has_its_target(pipe, text, root, country, tcountry):
    evs = events(pipe, text)
    assert hits(evs, root, country=country, tcountry=tcountry), show(evs)


def test_particle_verb_object_is_not_a_later_verb(pipe):
    _, out = _parse(pipe, "Rebels hand over weapons in the north, the army says.")
    v = _tok(out, "hand")
    assert v.pos_ == "VERB" and v.head.text == "says" and _tok(out, "weapons").head.i == v.i, _tree(out)
    assert _tok(out, "says").dep_ == "ROOT", _tree(out)


@pytest.mark.parametrize("text", [
    "The lawyers said that the hand over of the prisoners was delayed.",  # a nominal handover
    "Peru said the hand of the minister was visible.",  # no particle
    "The minister kept a firm hand over the party.",  # a determiner and an adjective: a noun phrase
    "Mali demanded that France pull out its troops.",  # already a verb
])
def test_particle_noun_controls_keep_their_parse(pipe, text):
    doc = pipe.nlp(text)
    for i in particle_noun_candidates(doc):
        before = _tree(doc)
        assert not repair_particle_noun(doc[i]), text
        assert _tree(doc) == before


# -- 136: a participle clause after a comma read as its object's modifier ----------------------------------------
@pytest.mark.parametrize("text, part, obj", [
    ("Farmers parked tractors on the highway, blocking traffic for hours.", "blocking", "traffic"),
    ("Protesters set up barricades on the main road, blocking traffic for hours.", "blocking", "traffic"),
    ("Students marched through the capital, burning tyres and throwing stones.", "burning", "tyres"),
])
def test_comma_participle_is_a_clause(pipe, text, part, obj):
    doc, out = _parse(pipe, text)
    assert _tok(doc, part).dep_ in ("amod", "compound")  # (the misparse this repair is for)
    v = _tok(out, part)
    assert v.dep_ == "advcl" and v.head.pos_ == "VERB" and v.head.i < v.i, _tree(out)
    assert _tok(out, obj).head.i == v.i and _tok(out, obj).dep_ == "obj", _tree(out)


def test_second_participle_is_the_first_ones_conjunct(pipe):
    _, out = _parse(pipe, "Students marched through the capital, burning tyres and throwing stones.")
    t2 = _tok(out, "throwing")
    assert t2.dep_ == "conj" and t2.head.text == "burning", _tree(out)
    assert _tok(out, "stones").head.i == t2.i and _tok(out, "and").head.i == t2.i, _tree(out)


@pytest.mark.parametrize("text", [
    "Farmers parked tractors on the highway, blocking traffic for hours.",
    "Villagers dumped rocks on the road, blocking traffic for a day.",
])
def test_blockade_by_participle_is_coded(pipe, text):
    evs = events(pipe, text)
    assert hits(evs, "14"), show(evs)


@pytest.mark.parametrize("text", [
    "The crowd threw stones, burning tyres and bottles at the police.",  # a list of things thrown
    "Police seized rifles, burning cars and ammunition.",  # a list of things seized
])
def test_comma_participle_in_a_noun_list_stays(pipe, text):
    doc = pipe.nlp(text)
    for i in comma_participle_candidates(doc):
        before = _tree(doc)
        assert not repair_comma_participle(doc[i]), text
        assert _tree(doc) == before


def test_comma_participle_already_a_clause_is_not_a_candidate(pipe):
    doc = pipe.nlp("Rebels fired rockets at the airport, killing two guards.")
    assert _tok(doc, "killing").dep_ == "advcl"
    assert comma_participle_candidates(doc) == []


# -- 13f narrowed: a past form after a name heads the sentence, not the plural noun after it ----------------------
@pytest.mark.parametrize("text, country", [
    ("Slovakia vetoed new EU sanctions on Russia.", "SVK"),
    ("Hungary vetoed fresh EU sanctions.", "HUN"),
    ("Austria vetoed new sanctions against Iran.", "AUT"),
])
def test_veto_of_new_sanctions_is_the_verb(pipe, text, country):
    _, out = _parse(pipe, text)
    v = _tok(out, "vetoed")
    assert v.pos_ == "VERB" and v.dep_ == "ROOT" and _tok(out, "sanctions").head.i == v.i, _tree(out)
    evs = events(pipe, text)
    assert hits(evs, "129", country=country), show(evs)


def test_headline_call_on_keeps_its_verb(pipe):
    _, out = _parse(pipe, "Hamas calls on Serbia to free the activists.")
    assert _tok(out, "calls").pos_ == "VERB", _tree(out)


# -- 141: a counted object after the verb's obliques read as a clause ---------------------------------------------
@pytest.mark.parametrize("text, verb, obj, day", [
    ("Thailand handed over to Malaysia on Friday three suspects.", "handed", "suspects", "Friday"),
    ("Kenya handed over to Uganda on Monday four rebels.", "handed", "rebels", "Monday"),
    ("Italy returned to Tunisia on Tuesday 40 migrants.", "returned", "migrants", "Tuesday"),
    ("Police handed over to prosecutors three suspects.", "handed", "suspects", None),
])
def test_late_counted_object_is_the_object(pipe, text, verb, obj, day):
    doc, out = _parse(pipe, text)
    assert _tok(doc, obj).dep_ != "obj"  # (the misparse this repair is for)
    v, o = _tok(out, verb), _tok(out, obj)
    assert o.head.i == v.i and o.dep_ == "obj" and o.tag_ == "NNS", _tree(out)
    assert out[o.i - 1].head.i == o.i and out[o.i - 1].dep_ == "nummod", _tree(out)
    if day:
        assert _tok(out, day).head.i == v.i and _tok(out, day).dep_ == "obl", _tree(out)


@pytest.mark.parametrize("text, root, country, tcountry", [
    ("Thailand handed over to Malaysia on Friday three suspects.", "06", "THA", "MYS"),
    ("Italy returned to Tunisia on Tuesday 40 migrants.", "08", "ITA", "TUN"),
])
def test_late_object_handover_is_coded(pipe, text, root, country, tcountry):
    evs = events(pipe, text)
    assert hits(evs, root, country=country, tcountry=tcountry), show(evs)


def _misread(pipe, text, noun, dep):
    """``text`` parsed, with ``noun`` hung on the main verb as ``dep`` (the misparse, made by hand)."""
    doc = pipe.nlp(text)
    n = _tok(doc, noun)
    n.head, n.dep_ = doc[1], dep
    return doc, n


@pytest.mark.parametrize("text, noun", [
    ("Peru handed the keys to Chile on Friday 12 hours late.", "hours"),  # a time noun; the verb has its object
    ("Ghana sent troops to Mali in 2024 300 men.", "men"),  # the verb has its object
    ("Kenya returned to Uganda, three officials.", "officials"),  # a comma between
])
def test_late_object_controls(pipe, text, noun):
    doc, n = _misread(pipe, text, noun, "parataxis")
    before = _tree(doc)
    assert not repair_late_object(n)
    assert _tree(doc) == before


def test_late_object_on_a_date_stays(pipe):
    doc = pipe.nlp("Kenya returned to Uganda on 3 March the rebels.")
    for i in late_object_candidates(doc):
        before = _tree(doc)
        assert not repair_late_object(doc[i])
        assert _tree(doc) == before


# -- 142: the second of two coordinated verbs tagged an adjective ------------------------------------------------
@pytest.mark.parametrize("text, verb, obj", [
    ("Soldiers beat and tortured dozens of villagers.", "tortured", "dozens"),
])
def test_adjective_conjunct_is_the_second_verb(pipe, text, verb, obj):
    doc, out = _parse(pipe, text)
    assert _tok(doc, verb).tag_ == "JJ"  # (the misparse this repair is for)
    f = _tok(out, verb)
    assert f.pos_ == "VERB" and f.tag_ == "VBD" and f.dep_ == "conj", _tree(out)
    assert _tok(out, obj).head.i == f.i, _tree(out)


@pytest.mark.parametrize("text", [
    "Soldiers beat and tortured dozens of villagers.",
    "Militiamen robbed and tortured three farmers.",
    "Gunmen abducted and tortured two journalists.",
])
def test_torture_after_another_act_is_coded(pipe, text):
    evs = events(pipe, text)
    assert hits(evs, "1822"), show(evs)


def _conjunct(pipe, text, word, tag="JJ"):
    """``text`` parsed, with ``word`` tagged ``tag`` and hung on the root verb as its conjunct (made by hand)."""
    doc = pipe.nlp(text)
    f = _tok(doc, word)
    f.tag_, f.head, f.dep_ = tag, doc[1], "conj"
    return doc, f


@pytest.mark.parametrize("text, word", [
    ("Soldiers beat and bruised the prisoners.", "bruised"),  # no act verb of the lexicons
    ("Soldiers beat them and tortured.", "tortured"),  # the object before the form
])
def test_adjective_conjunct_controls(pipe, text, word):
    doc, f = _conjunct(pipe, text, word)
    before = _tree(doc)
    from lapwing.extract.events.repair_adjective_conjunct import repair_adjective_conjunct
    assert not repair_adjective_conjunct(f)
    assert _tree(doc) == before


def test_adjective_after_copula_is_not_a_candidate(pipe):
    from lapwing.extract.events.repair_adjective_conjunct import adjective_conjunct_candidates
    doc = pipe.nlp("The soldiers were tired and hungry after the march.")
    assert adjective_conjunct_candidates(doc) == []


# -- 144: a verb's particle after its object hung on the object -------------------------------------------------
@pytest.mark.parametrize("text, verb, particle, place", [
    ("Uganda handed the two rebels over to Congo.", "handed", "over", "Congo"),
    ("the tanzanian police handed the suspects over to kenyan authorities.", "handed", "over", "authorities"),
    ("Kenya will send the suspects back to face charges.", "send", "back", None),
])
def test_particle_after_object_is_the_verbs(pipe, text, verb, particle, place):
    doc, out = _parse(pipe, text)
    assert _tok(doc, particle).head.dep_ == "obj"  # (the misparse this repair is for)
    v = _tok(out, verb)
    assert _tok(out, particle).head.i == v.i and _tok(out, particle).dep_ == "compound:prt", _tree(out)
    if place:
        assert _tok(out, place).head.i == v.i and _tok(out, place).dep_ == "obl", _tree(out)


@pytest.mark.parametrize("text, root, country, tcountry", [
    ("Uganda handed the two rebels over to Congo.", "08", "UGA", "COD"),
    ("the tanzanian police handed the suspects over to kenyan authorities.", "06", "TZA", "KEN"),
    ("Chad handed three deserters over to Niger on Friday.", None, "TCD", "NER"),
])
def test_handover_with_particle_after_object_is_coded(pipe, text, root, country, tcountry):
    evs = events(pipe, text)
    assert [e for e in evs if (root is None or e.cameo.startswith(root)) and e.status == "asserted"
            and e.trigger is not None and e.trigger.text == "handed" and e.source is not None
            and e.source.country == country and e.target is not None and e.target.country == tcountry], show(evs)


def test_object_particle_with_its_own_object_stays(pipe):
    from lapwing.extract.events.repair_object_particle import repair_object_particle
    doc = pipe.nlp("Rebels drove the trucks up the hill.")
    up, trucks, hill = _tok(doc, "up"), _tok(doc, "trucks"), _tok(doc, "hill")
    up.head, up.dep_ = trucks, "advmod"  # (the misparse's shape, made by hand: the word hung on the object)
    hill.head, hill.dep_ = up, "obj"  # ... with an object of its own: a preposition
    before = _tree(doc)
    assert not repair_object_particle(up)
    assert _tree(doc) == before


def test_particle_already_the_verbs_is_not_a_candidate(pipe):
    from lapwing.extract.events.repair_object_particle import object_particle_candidates
    doc = pipe.nlp("Malaysia sent the refugees back.")
    assert _tok(doc, "back").head.text == "sent"
    assert object_particle_candidates(doc) == []
