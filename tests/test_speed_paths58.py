"""The faster paths of session 31 round 58 (issue 13, speed only) give exactly what the paths they replace give.

- ``relative_nationality.has_who``: whether an article has the word "who" or "whom" is read from the shared
  lower-case column (the old test, ``any(t.lower_ in _WHO for t in doc)``, made a spaCy ``Token`` for every word of
  every article).

The slow paths are the code these had (written out); the sentences are made up for these tests."""

from __future__ import annotations

import pytest

from lapwing.extract.actors.relative_nationality import _WHO, has_who
from speed_helpers import tokens_made

TEXTS = [
    "Lena Ostrova, who is Moldovan, said on Tuesday that the talks would go on.",
    "WHO officials warned that the outbreak could spread to the coast, the agency said in a statement.",
    "The envoy, whom the council had named in May, told reporters the ceasefire was holding.",
    "Farmers blocked the main road to the capital for a third day, demanding higher prices for their grain.",
    '"We will not back down," the union leader said, adding that the strike would go on. "Never," she went on.',
    "As the minister put it, the plan is dead. The said agreement was signed. Officials made it clear that no deal "
    "was near, and the mayor shot back that the city had no money.",
    "The claims that were filed last year were dropped. The report argues that prices will rise, analysts warned.",
    "Quiet.",
    "",
]


@pytest.fixture(scope="module")
def docs(pipe):
    return [pipe.nlp(text) for text in TEXTS]


def _slow_has_who(doc) -> bool:
    """The code before round 58."""
    return any(t.lower_ in _WHO for t in doc)


def test_has_who_as_before(docs):
    answers = [has_who(doc) for doc in docs]
    assert answers == [_slow_has_who(doc) for doc in docs]
    assert answers[:4] == [True, True, True, False]  # ("WHO" in capitals counts, as it did)


def test_has_who_on_a_span_as_before(docs):
    for doc in docs:
        for sent in doc.sents:
            assert has_who(sent) == _slow_has_who(sent)


def test_has_who_makes_no_token_per_word(docs):
    doc = docs[3]
    has_who(doc)  # (the shared columns read once)
    assert tokens_made(lambda: has_who(doc)) == 0
