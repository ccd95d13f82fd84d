"""Material events in many phrasings (session 23, round 31, branch rc31, issue 10): the sweep of CAMEO 06-08 and
14-20 (``scripts/event_material_sweep31.py``) as a test, and the classes it and the wire misses found, each in
phrasings written here (other actors, places, tenses and word orders than the sweep's and the rows' examples):
a count qualified by "upwards of" (parse repair 128), a clause's subject read as its verb's auxiliary ("About 400
marched", "when smugglers opened fire": repair 129), pulling out of talks, a force put on alert in the passive,
fighting that broke out between two parties, standing firm on a demand, and military trainers sent abroad.
All sentences are written for Lapwing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from lapwing.schema import Article

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import event_material_sweep31 as sweep  # noqa: E402

CLAIMED = ("asserted", "attributed", "future")


def _all(pipe, text):
    return pipe.analyse(Article(id="t", text=text, published="2026-11-02")).events


def _events(pipe, text):
    return [e for e in _all(pipe, text) if e.status in CLAIMED]


def _find(evs, root, source=None):
    return [e for e in evs if e.cameo.startswith(root)
            and (source is None or (e.source is not None and source in e.source.text))]


@pytest.mark.parametrize("kind", sorted({k for k, _, _ in sweep.ITEMS}))
def test_material_sweep(pipe, kind):
    wrong = [(text, verdict) for k, text, checks in sweep.ITEMS if k == kind
             for verdict in [sweep.judge(k, _all(pipe, text), checks)] if verdict != "ok"]
    assert not wrong


@pytest.mark.parametrize("text,root,source,target", [
    ("Jihadists killed upwards of 15 soldiers in Tillaberi.", "1", "Jihadists", "soldiers"),
    ("Pirates abducted upwards of 12 sailors off the coast of Benin.", "181", "Pirates", "sailors"),
    ("The junta's troops executed upwards of 40 detainees last week.", "18", "troops", "detainees"),
])
def test_upwards_of_a_count_is_the_object(pipe, text, root, source, target):
    hits = _find(_events(pipe, text), root, source)
    assert hits and hits[0].target is not None and target in hits[0].target.text


@pytest.mark.parametrize("text", [
    "About 600 marched through Graz on Sunday.",       # the count read as the verb's nummod
    "Around 250 rallied in Bamako on Friday.",         # ... as its oblique, the qualifier its preposition
    "Nearly 800 protested outside the mine in Sonora.",  # ... as its auxiliary
    "Roughly 700 marched through Accra on Thursday.",
])
def test_a_bare_count_before_its_verb_is_the_crowd(pipe, text):
    hits = _find(_events(pipe, text), "14")
    assert hits and hits[0].source is not None and hits[0].source.text[0].isdigit()


@pytest.mark.parametrize("text", [
    "12 killed in Kabul blast",                      # a headline passive: the count is no doer
    "In 2004 hundreds marched in Kyiv.",
    "About 300 attended the funeral in Kigali.",
])
def test_a_count_that_is_no_crowd_doer(pipe, text):
    evs = _events(pipe, text)
    assert not any(e.source is not None and e.source.text[:1].isdigit() for e in evs)


@pytest.mark.parametrize("text,word,verb", [
    ("The shooting began when suspects opened fire on the officers.", "suspects", "opened"),
    ("About 400 marched through Hamburg on Saturday.", "400", "marched"),
])
def test_a_subject_read_as_an_auxiliary_is_the_subject(pipe, text, word, verb):
    from lapwing.extract.events.parse_repair import repaired

    doc = repaired(pipe.nlp(text))
    w = next(t for t in doc if t.text == word)
    assert w.dep_ == "nsubj" and w.head.text == verb


def test_a_plural_subject_after_when_opens_fire(pipe):
    evs = _events(pipe, "The gunfight started when smugglers opened fire on the border guards.")
    assert _find(evs, "19", "smugglers")


@pytest.mark.parametrize("text,root,source", [
    ("The Houthi delegation pulled out of the negotiations in Muscat.", "164", "delegation"),
    ("The Chadian opposition has pulled out of the national dialogue.", "16", "opposition"),
    ("The Polish army was put on alert along the Belarusian border.", "152", "army"),
    ("Jordanian troops were placed on high alert near the Syrian frontier.", "152", "troops"),
    ("The Ecuadorian police were put on alert ahead of the vote.", "151", "police"),
    ("Heavy fighting broke out between Somali troops and al-Shabaab fighters near Baidoa.", "19", "troops"),
    ("The Basque leader stood firm on her demand for a referendum.", "10", "leader"),
    ("France sent military instructors to Benin in May.", "06", "France"),
])
def test_material_classes_of_round31(pipe, text, root, source):
    assert _find(_events(pipe, text), root, source)


@pytest.mark.parametrize("text,root", [
    ("Russian troops pulled out of the village near Kupiansk.", "16"),   # a retreat, not talks
    ("The broadcaster pulled out of the song contest.", "16"),
    ("A fire broke out between two blocks of flats in Leeds.", "19"),
    ("The tennis player stood firm in the final set.", "10"),
    ("The clinic was put on alert for measles cases.", "15"),
    ("The university sent two history teachers to the camp.", "06"),
    ("Share prices rose by upwards of 10 percent.", "14"),
    ("About 300 attended the funeral in Kigali.", "14"),
])
def test_material_class_controls(pipe, text, root):
    assert not _find(_events(pipe, text), root)


@pytest.mark.parametrize("text", [
    "Officer Maria Duarte was shot in Porto.",
    "Sergeant Ivan Petrov was shot near Donetsk on Tuesday.",
    "Constable Priya Nair was stabbed outside the station in Kochi.",
])
def test_a_titled_name_struck_in_the_passive_is_the_victim(pipe, text):
    """A title the entity recogniser left out before the name it tagged ("*Officer* Maria Duarte") still names a
    person: the agentless shooting is an event on that person."""
    evs = _events(pipe, text)
    assert any(e.cameo.startswith(("18", "19")) and e.target is not None and e.target.text.split()[0] in text
               for e in evs)


@pytest.mark.parametrize("text", [
    "Officer Maria Duarte was praised in Porto.",
    "Sergeant Ivan Petrov was promoted in Donetsk.",
])
def test_a_titled_name_that_was_not_struck(pipe, text):
    assert not [e for e in _events(pipe, text) if e.cameo.startswith(("18", "19", "20"))]
