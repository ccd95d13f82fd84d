"""The faster paths of session 30 round 55 (issue 13, speed only) give exactly what the paths they replace give.

- ``event_place._ancestors`` reads each head once (``t.head`` makes a new spaCy ``Token`` on every read; the old
  loop read it twice a step, once to compare and once to climb);
- ``CameoRow.root`` (the code's first two digits) is set once with the row instead of a property worked out on each
  read (the coder's ``build`` reads it some 40,000 times a pass over the benchmark stories);
- ``repair_shot_dead.shot_dead_candidates`` looks at no sentence of an article without the word "shot";
- the actor coder's ``_provenance`` imports the countries file's path once, with its module.

The slow paths are the code these had (written out); the sentences are made up for these tests."""

from __future__ import annotations

import dataclasses

import pytest

from lapwing.extract import event_place
from lapwing.extract.actors import dictionary
from lapwing.extract.docfacts import sentence_bounds, token_columns
from lapwing.extract.events.lexicon_loader import CameoRow, load_cameo
from lapwing.extract.events.repair_shot_dead import _OBJECT_START, shot_dead_candidates
from speed_helpers import tokens_made

TEXTS = [
    "Troops shot dead two gunmen near the old market of Varno on Sunday, a police spokesman told reporters.",
    "Police shot to death a man who had attacked the guards, the ministry of the interior said in a statement.",
    "The minister, who was shot in the leg last year, said the talks with the northern rebels would resume soon.",
    "Farmers blocked the main road to the capital for a third day, demanding higher prices for their grain.",
    "He was shot. Guards shot dead the intruder. A shot rang out and the crowd that had gathered ran away.",
    "Quiet.",
]


@pytest.fixture(scope="module")
def docs(pipe):
    return [pipe.nlp(text) for text in TEXTS]


def _slow_ancestors(tok, limit: int = 12) -> list:
    """The code before round 55."""
    out = [tok]
    t = tok
    while t.head != t and len(out) < limit:
        t = t.head
        out.append(t)
    return out


@pytest.mark.parametrize("limit", [1, 2, 3, 5, 12, 40])
def test_ancestors_as_before(docs, limit):
    for doc in docs:
        for t in doc:
            assert [x.i for x in event_place._ancestors(t, limit)] == [x.i for x in _slow_ancestors(t, limit)]


def test_ancestors_default_limit_and_root(docs):
    for doc in docs:
        for t in doc:
            got = event_place._ancestors(t)
            assert [x.i for x in got] == [x.i for x in _slow_ancestors(t)]
            assert got[0] is t
            if len(got) < 12:
                assert got[-1].head.i == got[-1].i  # it ends on the root


def test_ancestors_make_fewer_tokens(docs):
    toks = [t for doc in docs for t in doc]
    new = tokens_made(lambda: [event_place._ancestors(t) for t in toks])
    old = tokens_made(lambda: [_slow_ancestors(t) for t in toks])
    assert new < old


def test_cameo_root_is_the_codes_first_two_digits():
    rows = load_cameo()
    assert rows
    for code, row in rows.items():
        assert row.root == code[:2] == row.code[:2]


def test_cameo_root_stays_out_of_repr_and_equality():
    a = CameoRow("190", "Use conventional military force", -10.0, 4, "ASSAULT", None, ())
    b = CameoRow("190", "Use conventional military force", -10.0, 4, "ASSAULT", None, ())
    assert a == b and hash(a) == hash(b)
    assert "root" not in repr(a)
    assert a.root == "19"
    c = dataclasses.replace(a, code="0411")  # (a row made again from another's fields gets its own root)
    assert c.root == "04"
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.root = "20"  # type: ignore[misc]


def _slow_shot_dead_candidates(doc) -> list:
    """The code before round 55: every sentence's words looked at."""
    out = []
    cols = token_columns(doc)
    P, L = cols.pos, cols.lower
    for s, e in sentence_bounds(doc):
        for k in range(s + 1, e - 2):
            if L[k] != "shot" or P[k] in ("VERB", "AUX"):
                continue
            n = 1 if L[k + 1] == "dead" else 2 if L[k + 1] == "to" and L[k + 2] == "death" else 0
            if n and k + n + 1 < e and P[k + n + 1] in _OBJECT_START:
                out.append((s, k, n, e))
                break
    return out


def test_shot_dead_candidates_as_before(docs, pipe):
    made = list(docs) + [pipe.nlp(" ".join(TEXTS)), pipe.nlp("")]
    for doc in made:
        assert shot_dead_candidates(doc) == _slow_shot_dead_candidates(doc)


def test_shot_dead_candidates_without_the_word(pipe):
    doc = pipe.nlp("Rebels killed two soldiers near the border. The army said it would respond.")
    assert shot_dead_candidates(doc) == [] == _slow_shot_dead_candidates(doc)


def test_provenance_reads_the_countries_file_of_the_lexicons():
    from lapwing import lexicons

    assert dictionary.COUNTRIES_FILE == lexicons.COUNTRIES_FILE


def test_once_property_works_the_value_out_once_per_instance():
    from lapwing.extract.actors.lookup import once_property

    calls = []

    class Box:
        def __init__(self, n: int) -> None:
            self.n = n

        @once_property
        def double(self) -> int:
            """Twice n."""
            calls.append(self.n)
            return 2 * self.n

    a, b = Box(3), Box(5)
    assert (a.double, a.double, b.double, a.double) == (6, 6, 10, 6)
    assert calls == [3, 5]  # once per instance
    assert a.__dict__["double"] == 6  # kept where functools.cached_property keeps it
    assert isinstance(Box.double, once_property) and Box.double.__doc__ == "Twice n."
    a.n = 7
    assert a.double == 6  # (kept: as cached_property, no reading again)
    del a.double
    assert a.double == 14 and calls == [3, 5, 7]


def test_anchor_reads_as_its_hits():
    from lapwing.extract.actors.lookup import Anchor
    from lapwing.lexicons import Hit

    def hit(kind: str, payload):
        return Hit(kind=kind, surface="x", payload=payload, role="")

    empty = Anchor(0, 1, "ner")
    assert empty.agent is None and empty.country is None and empty.actors == []
    a1, a2 = object(), object()
    anchor = Anchor(0, 2, "actor", hits=[hit("actor", a1), hit("country", "C1"), hit("actor", a1), hit("actor", a2),
                                         hit("agent", "G1"), hit("country", "C2")])
    assert anchor.agent == "G1" and anchor.country == "C1"
    assert anchor.actors == [a1, a2] and anchor.actors is anchor.actors  # (each entry once; one list)


def test_optional_module_as_import_module(monkeypatch):
    import importlib
    import sys
    import types

    from lapwing.extract.registry import optional_module

    for name in ("lapwing.extract.actors", "lapwing.extract.event_place", "json"):
        assert optional_module(name) is importlib.import_module(name) is sys.modules[name]
    fake = types.ModuleType("lapwing.extract._t_fake55")
    monkeypatch.setitem(sys.modules, "lapwing.extract._t_fake55", fake)
    assert optional_module("lapwing.extract._t_fake55") is fake
    monkeypatch.setitem(sys.modules, "lapwing.extract.tone", None)  # (importing it fails as if it were absent)
    assert optional_module("lapwing.extract.tone") is None
    assert optional_module("lapwing.extract._t_absent55") is None
    monkeypatch.delitem(sys.modules, "lapwing.extract.counts.traps", raising=False)
    assert optional_module("lapwing.extract.counts.traps") is importlib.import_module("lapwing.extract.counts.traps")
