"""Parse repairs and gates of the event coder, second round (issue 10, items 1-2).

Every sentence here is written for this test (well-known public actors or invented ones). Each repair
is tried in several phrasings, with the non-political or figurative uses that must not code next to it."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp(pipe):
    return pipe.nlp


def events(pipe, text):
    from lapwing.schema import Article

    return pipe.analyse(Article(id="t", text=text)).events


def codes(pipe, text):
    return sorted(e.cameo for e in events(pipe, text))


# -- phrasal particles read as prepositions -----------------------------------------------------------
def test_phrasal_particles_come_from_the_lexicon():
    from lapwing.extract.events.lexicon_loader import phrasal_particles

    pp = phrasal_particles()
    assert "over" in pp["hand"] and "off" in pp["write"] and "aside" in pp["brush"]
    assert "in" not in pp.get("walk", frozenset())


@pytest.mark.parametrize("text", [
    "Kenyan police handed over the suspects to Uganda.",
    "The Ruritanian army handed over the fugitive to Borduria on Tuesday.",
    "France wrote off the debt of Mali.",
    "The minister brushed aside the criticism.",
])
def test_particle_becomes_compound_prt(nlp, text):
    from lapwing.extract.events.parse_repair import repaired

    d = repaired(nlp(text))
    prts = [t for t in d if t.dep_ == "compound:prt"]
    assert prts, [(t.text, t.dep_) for t in d]
    v = prts[0].head
    assert any(c.dep_ == "obj" for c in v.children), [(t.text, t.dep_, t.head.text) for t in d]


@pytest.mark.parametrize("text,code", [
    ("Kenyan police handed over the suspects to Uganda.", "063"),
    ("The Ruritanian junta handed over power to a civilian government.", "0831"),
    ("Hamas handed over three hostages to the Red Cross.", "0841"),
    ("The rebels handed over their rifles to the United Nations peacekeepers.", "0873"),
    ("Russian forces pulled out of the city of Kherson.", "087"),
])
def test_phrasal_triggers_code(pipe, text, code):
    assert any(c.startswith(code) for c in codes(pipe, text)), codes(pipe, text)


@pytest.mark.parametrize("text", [
    "The striker handed over the ball to the goalkeeper.",
    "He walked out of the restaurant after lunch.",
    "The police called in the morning.",
    "She pulled out of the driveway.",
    "The coach brushed aside the rain.",
    "The farmers handed over their harvest to the market.",
    "The company wrote off the bad loans.",
])
def test_phrasal_negatives_do_not_code(pipe, text):
    assert codes(pipe, text) == []


def test_particle_repair_keeps_the_time_noun_an_oblique(nlp):
    from lapwing.extract.events.parse_repair import repaired

    d = repaired(nlp("The police called in the morning."))
    assert not any(t.dep_ == "obj" and t.lower_ == "morning" for t in d)


def test_noun_root_with_particle_and_subject_is_a_verb(nlp):
    from lapwing.extract.events.parse_repair import _repair_noun_with_particle

    d = nlp("The president tore up the treaty.")
    r = d.copy()
    root = [t for t in r if t.dep_ == "ROOT"][0]
    if root.pos_ == "NOUN":  # the shipped model's parse; a better model needs no repair
        assert _repair_noun_with_particle(root)
        assert root.pos_ == "VERB"


# -- word forms shared by two triggers --------------------------------------------------------------
def test_shared_form_keeps_every_trigger_surest_first():
    from lapwing.extract.events.lexicon_loader import _form_rank, form_index, form_lemmas

    assert _form_rank("rape", "raped") < _form_rank("rap", "raped")
    assert _form_rank("ban", "ban") == 0 and _form_rank("ban", "banned") == 1
    lems = form_lemmas()
    for (pos, form), cands in lems.items():
        assert form_index()[(pos, form)] == cands[0]
    if ("V", "raped") in lems and len(lems[("V", "raped")]) > 1:
        assert lems[("V", "raped")][0] == "rape"


@pytest.mark.parametrize("text", [
    "Soldiers raped women in the village.",
    "Government troops raped civilians in Darfur, the United Nations said.",
])
def test_rape_codes_as_sexual_violence(pipe, text):
    assert any(c.startswith("182") for c in codes(pipe, text)), codes(pipe, text)


def test_rap_music_does_not_code(pipe):
    assert codes(pipe, "The rapper rapped about the city at the concert.") == []


# -- off-topic cues: ambiguous ones need a second cue -------------------------------------------------
def test_offtopic_weak_cues_are_loaded():
    from lapwing.extract.events.lexicon_loader import lexicon

    lex = lexicon()
    assert "product" in lex.offtopic_weak["product"] and "product" in lex.offtopic["product"]
    assert "rally" in lex.offtopic_weak["markets"]
    assert "smartphone" not in lex.offtopic_weak["product"]
    assert not any(w.startswith("~") for ws in lex.offtopic.values() for w in ws)


@pytest.mark.parametrize("text,root", [
    ("India banned imports of Chinese products.", "16"),
    ("Japan pledged aid to Nepal after the earthquake.", "03"),
    ("The minister praised the police after the match.", "05"),
    ("The United States imposed a ban on Chinese chips.", "1"),
])
def test_one_ambiguous_cue_does_not_block_a_political_event(pipe, text, root):
    assert any(c.startswith(root) for c in codes(pipe, text)), codes(pipe, text)


@pytest.mark.parametrize("text", [
    "Apple unveiled new products at its launch event.",
    "The striker scored a late goal in the derby.",
    "Shares rallied as investors cheered strong earnings.",
    "The company recalled thousands of devices after customers complained.",
    "Fans attacked the referee after the final whistle.",
    "The band attacked the song with energy at the festival.",
    "The coach blasted the referee after his team lost the match.",
    "Samsung launched a new smartphone with a better camera.",
])
def test_paired_or_strong_cues_still_block(pipe, text):
    assert codes(pipe, text) == []


# -- a plural noun tagged as an auxiliary -------------------------------------------------------------
@pytest.mark.parametrize("text,noun", [
    ("Two suspects were picked up on Monday.", "suspects"),
    ("Three suspects were arrested in Mombasa.", "suspects"),
])
def test_noun_tagged_aux_heads_the_subject(nlp, text, noun):
    from lapwing.extract.events.parse_repair import repaired

    d = repaired(nlp(text))
    n = [t for t in d if t.text == noun][0]
    assert n.dep_.startswith("nsubj") and n.pos_ == "NOUN", [(t.text, t.dep_, t.tag_) for t in d]
    assert not any(t.dep_ == "aux" and t.lower_ not in ("were", "was", "have", "has") for t in d)


# -- arrests with no named doer (arrest_gates.unnamed_authority_arrest; the violence gate in coding.py asks it)
def _arrest_case(nlp, text):
    from lapwing.extract.events.lexicon_loader import lexicon
    from lapwing.extract.events.parse_repair import repaired

    d = repaired(nlp(text))
    v = [t for t in d if t.dep_ == "ROOT"][0]
    subj = next((c for c in v.children if c.dep_.startswith("nsubj")), None)
    return v, subj, lexicon().sets


@pytest.mark.parametrize("text", [
    "The accused was taken into custody.",
    "Two suspects were picked up on Monday.",
    "Several arrests were made after the clashes.",
    "The suspect was arrested in Nairobi.",
    "Three men were detained overnight.",
    "Dozens of protesters were rounded up near the parliament.",
])
def test_passive_arrest_without_doer_is_an_event(nlp, text):
    from lapwing.extract.events.arrest_gates import unnamed_authority_arrest

    v, subj, sets = _arrest_case(nlp, text)
    assert unnamed_authority_arrest("173", v, subj, sets), [(t.text, t.dep_, t.head.text) for t in v.sent]


@pytest.mark.parametrize("text,code", [
    ("The suspect was held up in traffic.", "173"),
    ("The suspect was held back by his friends.", "173"),
    ("No arrests were made.", "173"),
    ("The man was arrested by the police in Lagos.", "173"),  # a named doer: the ordinary gates decide
    ("An Italian national was put under investigation in Rome.", "173"),
    ("Police arrested the suspect in Nairobi.", "173"),  # active: not this rule's business
    ("The suspect was killed in Nairobi.", "18"),
])
def test_not_an_unnamed_arrest(nlp, text, code):
    from lapwing.extract.events.arrest_gates import unnamed_authority_arrest

    v, subj, sets = _arrest_case(nlp, text)
    assert not unnamed_authority_arrest(code, v, subj, sets)


@pytest.mark.parametrize("text", [
    "The suspect was held up in traffic.",
    "The flight was held up by fog.",
    "The children were picked up from school.",
    "The package was picked up on Monday.",
    "The patient was taken into intensive care.",
])
def test_everyday_passives_do_not_code(pipe, text):
    assert codes(pipe, text) == []


# -- short clauses parsed as noun phrases; "have" + participle ---------------------------------------
@pytest.mark.parametrize("text,root", [
    ("The EU imposed sanctions on Iran.", "16"),
    ("The EU imposed sanctions on Russian steel.", "16"),
    ("Militants have abducted schoolgirls.", "18"),
    ("Security forces have tortured detainees.", "18"),
    ("Soldiers have raped women in the region.", "18"),
])
def test_participle_clauses_code(pipe, text, root):
    assert any(c.startswith(root) for c in codes(pipe, text)), codes(pipe, text)


def test_have_participle_becomes_the_main_verb(nlp):
    from lapwing.extract.events.parse_repair import repaired

    d = repaired(nlp("Militants have abducted schoolgirls."))
    v = [t for t in d if t.lower_ == "abducted"][0]
    assert v.dep_ == "ROOT" and any(c.dep_ == "obj" and c.lower_ == "schoolgirls" for c in v.children)
    assert [t for t in d if t.lower_ == "have"][0].dep_ == "aux"


@pytest.mark.parametrize("text", [
    "Residents have mixed feelings about the plan.",
    "The rebels have armed guards at the checkpoint.",
    "The museum has restored paintings from the war.",
    "The village has paved roads.",
    "The firm has licensed products in Europe.",
    "Farmers have stored grain for the winter.",
    "The hospital has wounded soldiers in its care.",
    "The prison has convicted murderers.",
])
def test_have_with_an_adjectival_participle_does_not_code(pipe, text):
    assert codes(pipe, text) == []


@pytest.mark.parametrize("text", [
    "Two suspects were picked up in Kano on Friday.",
    "The accused was taken into custody.",
    "Arrests were made after the riot.",
])
def test_an_arrest_by_unnamed_authorities_is_an_event_with_no_source(text):
    from lapwing.extract.events import code_text

    evs = [e for e in code_text(text).events if e.cameo == "173"]
    assert evs and evs[0].source is None and evs[0].status == "asserted"


@pytest.mark.parametrize("text", ["The suspect was held up in traffic.", "No arrests were made."])
def test_no_arrest_without_one(text):
    from lapwing.extract.events import code_text

    assert not [e for e in code_text(text).events if e.cameo.startswith("17")]
