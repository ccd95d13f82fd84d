"""Fuzzing analyse(): random Unicode, control characters, right-to-left text, long runs, brackets and
quotation marks give a record with a status (never an exception or an extractor's internal error),
the text as given and every span inside it. Short CI variant of bench/fuzz.py; crashing inputs found."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("hypothesis")

BENCH = Path(__file__).resolve().parent.parent / "bench" / "fuzz.py"


def _fuzz():
    spec = importlib.util.spec_from_file_location("lapwing_bench_fuzz", BENCH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


fuzz = _fuzz()


@pytest.fixture(autouse=True)
def _shared_pipeline(pipe):
    fuzz._PIPELINE = pipe  # the session's pipeline, not a second copy of the model


def test_random_text_gives_a_record():
    tried = fuzz.run_hypothesis(["analyse"], examples=25, seed=14, log=lambda *_: None)
    assert tried["analyse"] >= 25


@pytest.mark.parametrize("name", ["10,000 quotation marks", "5,000 nested brackets", "a 200,000-character token",
                                  "right-to-left text with overrides", "control characters everywhere"])
def test_adversarial_text(name):
    text = fuzz.adversarial_texts()[name]
    fuzz.t_analyse_text(text)


# -- inputs that crashed an extractor, found by fuzzing ------------------------------------------------------
@pytest.mark.parametrize("text", ["\ud7ff", "\ud7ff Police arrested twelve protesters in Lagos."])
def test_an_entity_that_normalises_to_nothing(text):
    fuzz.t_analyse_text(text)  # the places extractor raised IndexError on it


def test_control_characters_after_every_letter_still_give_the_arrest(pipe):
    # found by the adversarial run: the language detector read the raw text as Serbian and skipped it
    from lapwing.schema import Article

    text = fuzz.adversarial_texts()["control characters everywhere"]
    rec = pipe.analyse(Article(id="ctl", text=text))
    assert rec.status == "ok", rec.reason
    assert [e.cameo for e in rec.events] == ["173"]
    ev = rec.events[0]
    assert text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
