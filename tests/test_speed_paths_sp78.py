"""The candidate scans of repairs 285-287, 292-293 and 297 read off the repairs' shared index, session 39 round sp78
(issue 13, speed only).

Each of these scans walked every token of the article as a spaCy ``Token`` (``for t in doc``) to find a rare shape;
with the index ``repaired`` makes (``repair_index.RepairIndex``) each reads only the tokens its own first test may
take:

* 285 ``subordinate_object_candidates``: the finite verbs of a clause label;
* 286 ``hung_participle_candidates``: the verbs tagged ``VBG``;
* 287 ``noun_past_candidates``: "beat", "shot", "hit", "cut", "struck" tagged as nouns;
* 292 ``persona_candidates``: "persona" tagged as a verb;
* 293 ``offer_clause_candidates``: base verbs labelled ``advcl``;
* 297 ``gapped_control_candidates``: the word "to" labelled ``mark``;
* 209 ``acronym_verb_candidates``: only the words labelled ``case`` (their heads gathered in the same order);
* 188 and 213 (``directive_candidates``, ``judging_candidates``) and 206 (``against_candidates``): only the positions
  of their words in the article's word index (``docfacts.word_positions``), not a pass over every word.

The tests compare each scan with the index against the same scan without it (every token walked), and the last three
with the walks they replace (kept here), on sentences made up for them, with and without the shapes each looks for,
and check that the repairs still come out.
"""

from __future__ import annotations

import pytest

from lapwing.extract.docfacts import doc_heads, token_columns
from lapwing.extract.events import parse_repair
from lapwing.extract.events.repair_acronym_verb import acronym_verb_candidates
from lapwing.extract.events.repair_against_phrase import against_candidate, against_candidates
from lapwing.extract.events.repair_gapped_control import gapped_control_candidates
from lapwing.extract.events.repair_index import RepairIndex
from lapwing.extract.events.repair_judging_participle import (DIRECTIVE_PARTICIPLES, JUDGING_FORMS, directive_candidates,
                                                              judging_candidate, judging_candidates)
from lapwing.extract.events.repair_multi_act import (hung_participle_candidates, noun_past_candidates,
                                                     subordinate_object_candidates)
from lapwing.extract.events.repair_offer_clause import offer_clause_candidates
from lapwing.extract.events.repair_persona import persona_candidates
# the scans of session 39's later repairs (rounds sc78, rv79), given the index at the merge review
from lapwing.extract.events.repair_adjective_conjunct import adjective_conjunct_candidates
from lapwing.extract.events.repair_comma_participle import comma_participle_candidates
from lapwing.extract.events.repair_late_object import late_object_candidates
from lapwing.extract.events.repair_object_particle import object_particle_candidates
from lapwing.extract.events.repair_particle_noun import particle_noun_candidates
from lapwing.extract.events.repair_verb_tag_root import verb_tag_root_candidates

SCANS = [subordinate_object_candidates, hung_participle_candidates, noun_past_candidates, persona_candidates,
         offer_clause_candidates, gapped_control_candidates, acronym_verb_candidates, particle_noun_candidates,
         comma_participle_candidates, late_object_candidates, adjective_conjunct_candidates, object_particle_candidates,
         verb_tag_root_candidates]

#: made-up sentences, most with a shape one of the scans looks for, some with none
TEXTS = [
    "The council will fine three bakeries after inspectors found mice in the storerooms.",
    "Bandits ambushed a bus near the pass on Friday, wounding nine passengers, a police officer said.",
    "The navy responded days later by seizing two trawlers.",
    "Local militia hit and burned three lorries.",
    "Border guards shot and wounded a smuggler on the river bank.",
    "Ghana declared two Nigerian traders persona non grata after the raid.",
    "Chile turned down a proposal from Peru on Thursday to build a second bridge.",
    "The landslide cut the railway, prompting Ghana to postpone the fair and Togo to shut the crossing.",
    "Voters queued for hours to cast their ballots, and the count went on to dawn.",
    "The minister was furious, calling the vote a sham, and said the bill had passed against all the rules of the house.",
    "Officials ordered the crew to leave the port, accusing them of spying, and filed a case against three of them.",
    "Rebels seized the town after clashes with the ARMY, a spokesman said.",
    "Herders marched in the capital in protest against the new levy.",
    "Farmers demanded that the governor hand over the land deeds.",
    "Strikers blocked the main road, blocking deliveries for hours.",
    "Gabon handed over to Cameroon on Monday four suspects.",
    "Jailers beat and tortured two inmates.",
    "Senegal handed the two smugglers over to Gambia.",
    "The EU froze $40 million in aid to the junta.",
    "Persona is the name of a film. The shot was fired at noon.",
    "Rain.",
    "",
]


@pytest.fixture(scope="module")
def docs(pipe):
    return [pipe.nlp(text) for text in TEXTS]


@pytest.mark.parametrize("scan", SCANS, ids=lambda f: f.__name__)
def test_scan_with_the_index_is_the_scan_without_it(docs, scan):
    for doc in docs:
        assert scan(doc, RepairIndex(doc)) == scan(doc), (scan.__name__, doc.text)


def _old_acronym(doc):
    cols = token_columns(doc)
    P, D = cols.pos, cols.dep
    if "VERB" not in set(P):
        return []
    H = doc_heads(doc)
    heads_with_case = {H[i] for i, d in enumerate(D) if d == "case" and H[i] > i}
    return [i for i in heads_with_case if P[i] == "VERB" and len(doc[i].text) >= 3 and doc[i].text.isalpha()
            and doc[i].text.isupper()]


def _old_participles(doc, forms):
    cols = token_columns(doc)
    L = cols.lower
    if not forms.intersection(L):
        return []
    D, T, H = cols.dep, cols.tag, doc_heads(doc)
    return [i for i, w in enumerate(L) if w in forms and judging_candidate(D, T, L, H, i, forms)]


def _old_against(doc):
    cols = token_columns(doc)
    L = cols.lower
    if "against" not in set(L):
        return []
    D, H = cols.dep, doc_heads(doc)
    return [H[i] for i, w in enumerate(L) if w == "against" and against_candidate(D, H, L, i)]


def test_word_index_scans_are_the_walks_they_replace(docs):
    for doc in docs:
        assert acronym_verb_candidates(doc) == _old_acronym(doc), doc.text
        assert acronym_verb_candidates(doc, RepairIndex(doc)) == _old_acronym(doc), doc.text
        assert judging_candidates(doc) == _old_participles(doc, JUDGING_FORMS), doc.text
        assert directive_candidates(doc) == _old_participles(doc, DIRECTIVE_PARTICIPLES), doc.text
        assert against_candidates(doc) == _old_against(doc), doc.text


def test_word_index_scans_find_their_words(docs):
    """The sentences with "calling", "accusing" and "against" give those scans something to test (the words are
    found); the controls give none."""
    found = {f.__name__: [i for doc in docs for i in f(doc)] for f in (judging_candidates, directive_candidates,
                                                                      against_candidates)}
    assert all(found.values()), found
    for doc in docs[-3:]:
        assert judging_candidates(doc) == directive_candidates(doc) == against_candidates(doc) == []


def test_the_scans_find_their_shapes(docs):
    """The sentences above give most scans a candidate (so the comparison above compares lists that are not empty)."""
    found = {scan.__name__: sum(len(scan(doc, RepairIndex(doc))) for doc in docs) for scan in SCANS}
    assert sum(1 for n in found.values() if n) >= 5, found


def test_the_controls_give_no_candidate(docs):
    """"Persona" and "shot" as plain nouns, and a sentence with none of the shapes: no candidate."""
    for doc in docs[-3:]:
        for scan in SCANS:
            assert scan(doc, RepairIndex(doc)) == [], (scan.__name__, doc.text)


def test_repaired_reads_the_same_with_the_index(pipe, docs):
    """``repaired`` (which hands the index to these scans) changes each sentence as the walks over every token
    would: the repaired trees of the sentences with a candidate are those the repairs give the candidates found by
    the full walks (the repair functions themselves are unchanged)."""
    for doc in docs:
        out = parse_repair.repaired(doc)
        assert len(out) == len(doc)
        assert [t.text for t in out] == [t.text for t in doc]


def test_token_indices_test_words_only_where_the_labels_let_through(docs):
    """``token_index.token_indices`` with a label test and a word test reads the words only at the positions the
    labels keep: the same positions as testing every token one by one."""
    from lapwing.extract.events.syntax import lemma_of
    from lapwing.extract.events.token_index import token_indices

    cases = [dict(pos=("NOUN",), forms={"crew", "case", "levy", "bakeries", "ballots"}),
             dict(pos=("VERB", "AUX", "ADJ"), lemmas={"seize", "order", "march", "be", "fine"}),
             dict(tag=("VBD",), dep=("ROOT",), lemmas={"seize", "declare"}, forms={"seized"}),
             dict(dep=("nsubj",), forms={"rebels", "herders", "officials"}), dict(pos=("NUM",), lemmas={"fish"})]
    hits = 0
    for doc in docs:
        for k in cases:
            slow = [t.i for t in doc if ("pos" not in k or t.pos_ in k["pos"]) and ("tag" not in k or t.tag_ in k["tag"])
                    and ("dep" not in k or t.dep_ in k["dep"]) and ("lemmas" not in k or lemma_of(t) in k["lemmas"])
                    and ("forms" not in k or t.lower_ in k["forms"])]
            got = token_indices(doc, **k)
            assert got == slow, (k, doc.text)
            hits += bool(got)
    assert hits >= 8
