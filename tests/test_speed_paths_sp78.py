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
* 297 ``gapped_control_candidates``: the word "to" labelled ``mark``.

The tests compare each scan with the index against the same scan without it (every token walked) on sentences made
up for them, with and without the shapes each looks for, and check that the repairs still come out.
"""

from __future__ import annotations

import pytest

from lapwing.extract.events import parse_repair
from lapwing.extract.events.repair_gapped_control import gapped_control_candidates
from lapwing.extract.events.repair_index import RepairIndex
from lapwing.extract.events.repair_multi_act import (hung_participle_candidates, noun_past_candidates,
                                                     subordinate_object_candidates)
from lapwing.extract.events.repair_offer_clause import offer_clause_candidates
from lapwing.extract.events.repair_persona import persona_candidates

SCANS = [subordinate_object_candidates, hung_participle_candidates, noun_past_candidates, persona_candidates,
         offer_clause_candidates, gapped_control_candidates]

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
