"""Lapwing's boundary fixer: paragraph breaks and datelines end sentences, whatever model is loaded."""

import pytest

from lapwing import nlp as nlp_mod


@pytest.fixture(scope="module")
def blank():
    return nlp_mod.load("blank")


def sentences(nlp, text):
    return [s.text for s in nlp(text).sents if s.text.strip()]


def test_blank_pipeline_has_the_fixer(blank):
    assert blank.pipe_names[0] == "lapwing_boundaries"


def test_paragraph_break_is_a_sentence_boundary(blank):
    text = "Troops fired tear gas\n\nOpposition leader Juan Guaido said the army backed him."
    assert sentences(blank, text) == ["Troops fired tear gas", "Opposition leader Juan Guaido said the army backed him."]
    doc = blank(text)
    space = [t for t in doc if t.is_space]
    assert space and all(t.is_sent_start for t in space)


@pytest.mark.parametrize(
    "dateline",
    ["CARACAS, April 30 (Lapwing Wire) - ", "WASHINGTON -- ", "GAZA CITY (Lapwing Wire) \u2014 ", "KHARTOUM, Sudan - ",
     "KANO: ", "NEW DELHI, Feb 8: "],
)
def test_dateline_ends_before_the_lead(blank, dateline):
    sents = sentences(blank, dateline + "Police arrested 40 people on Tuesday.")
    assert sents[-1] == "Police arrested 40 people on Tuesday."


def test_ordinary_lead_is_not_a_dateline(blank):
    text = "The UN said on Monday that aid - food and water - would arrive."
    assert sentences(blank, text) == [text]
    text = "Officials said: the aid would arrive on Monday."
    assert sentences(blank, text) == [text]


def test_shipped_model_parses_paragraph_break_as_its_own_sentence():
    nlp = nlp_mod.load()  # the shipped model; raises ModelNotFound when it is missing, never skips
    assert "parser" in nlp.pipe_names
    doc = nlp("Troops fired tear gas.\n\nOpposition leader Juan Guaido said the army backed him.")
    space = [t for t in doc if t.is_space][0]
    assert space.dep_ == "ROOT" or space.head == space
    said = [t for t in doc if t.text == "said"][0]
    assert all(not c.is_space for c in said.children)
