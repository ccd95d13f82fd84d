"""The shipped English pipeline loads offline and annotates news English."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from lapwing import nlp as nlp_mod
from lapwing.nlp import MODEL_DIR, ModelNotFound, shipped_model_path

# No skip when the model is absent: a checkout without its model must fail here, loudly.

TEXT = (
    "Venezuelan opposition leader Juan Guaido called on the armed forces to abandon President "
    "Nicolas Maduro in Caracas on Tuesday. "
    "The European Union said it was ready to impose new sanctions. "
    '"We will not back down," Guaido told reporters outside the National Assembly. '
    "Officials in the U.S. said the talks in Washington were postponed."
)


@pytest.fixture(scope="module")
def nlp():
    import spacy

    # Offline: any attempt to open a network connection fails the load.
    real = socket.socket.connect

    def no_network(*args, **kwargs):  # pragma: no cover - only hit on a regression
        raise AssertionError("model load tried to use the network")

    socket.socket.connect = no_network
    try:
        from lapwing.nlp import load

        load.cache_clear()
        pipeline = load()
    finally:
        socket.socket.connect = real
    assert isinstance(pipeline, spacy.language.Language)
    return pipeline


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_meta_and_components(nlp):
    assert shipped_model_path() == MODEL_DIR
    meta = json.loads((Path(MODEL_DIR) / "meta.json").read_text())
    assert meta["name"] == "lapwing"
    for pipe in ("tagger", "morphologizer", "lemmatizer", "lapwing_base_lemmas", "parser", "ner", "entity_ruler"):
        assert pipe in nlp.pipe_names
    assert set(nlp_mod.REQUIRED_COMPONENTS) <= set(nlp.pipe_names)
    assert {"PERSON", "ORG", "LOC"} <= set(nlp.get_pipe("ner").labels)
    assert nlp.pipe_names.index("lapwing_boundaries") < nlp.pipe_names.index("parser")
    assert nlp.meta["name"] == "lapwing" and nlp_mod.describe(nlp) == f"en_lapwing-{meta['version']}"


# -- failing loudly: a missing or incomplete shipped model is an error, never a blank pipeline --------


@pytest.fixture
def no_env(monkeypatch):
    monkeypatch.delenv(nlp_mod.ENV_VAR, raising=False)


def test_missing_meta_json_is_an_error_naming_the_file(tmp_path, monkeypatch, no_env):
    fake = tmp_path / "en_lapwing"
    (fake / "parser").mkdir(parents=True)  # the folder is there, its meta.json is not
    monkeypatch.setattr(nlp_mod, "MODEL_DIR", fake)
    with pytest.raises(ModelNotFound) as err:
        nlp_mod._load(None)
    msg = str(err.value)
    assert str(fake / "meta.json") in msg and "meta.json is missing" in msg
    assert "setup.sh" in msg and "--model" in msg and nlp_mod.ENV_VAR in msg  # what to do
    assert nlp_mod.shipped_model_path() is None


def test_missing_model_folder_is_an_error(tmp_path, monkeypatch, no_env):
    monkeypatch.setattr(nlp_mod, "MODEL_DIR", tmp_path / "nowhere")
    with pytest.raises(ModelNotFound, match="model folder is missing"):
        nlp_mod._load(None)


def test_a_model_without_parser_and_ner_is_an_error_naming_them(tmp_path, monkeypatch, no_env):
    import spacy

    fake = tmp_path / "en_lapwing"
    spacy.blank("en").to_disk(fake)  # loadable, meta.json present, but no components
    monkeypatch.setattr(nlp_mod, "MODEL_DIR", fake)
    with pytest.raises(ModelNotFound) as err:
        nlp_mod._load(None)
    for comp in ("tagger", "lemmatizer", "parser", "ner"):
        assert comp in str(err.value)


def test_a_corrupt_model_is_an_error_naming_the_folder(tmp_path, monkeypatch, no_env):
    fake = tmp_path / "en_lapwing"
    fake.mkdir()
    (fake / "meta.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(nlp_mod, "MODEL_DIR", fake)
    with pytest.raises(ModelNotFound, match=str(fake).replace("\\", "\\\\")):
        nlp_mod._load(None)


def test_blank_and_named_models_stay_explicit_choices(monkeypatch):
    monkeypatch.setenv(nlp_mod.ENV_VAR, "blank")
    assert nlp_mod._load(None).meta["name"] == "blank_sentencizer"
    monkeypatch.setenv(nlp_mod.ENV_VAR, "no_such_pipeline_xyz")
    with pytest.raises(ModelNotFound, match="no_such_pipeline_xyz"):
        nlp_mod._load(None)
    assert nlp_mod._load("blank").pipe_names == ["sentencizer"]  # the argument (--model) wins


def test_size_on_disk():
    size = sum(p.stat().st_size for p in Path(MODEL_DIR).rglob("*") if p.is_file())
    assert size < 40_000_000


def test_tags_and_lemmas(doc):
    by_text = {t.text: t for t in doc}
    assert by_text["called"].pos_ == "VERB"
    assert by_text["called"].lemma_ == "call"
    assert by_text["forces"].pos_ == "NOUN"
    assert by_text["Caracas"].pos_ == "PROPN"
    assert by_text["the"].pos_ == "DET"


def test_ud_dependencies(nlp):
    d = nlp(
        "Police arrested two men in Nairobi after protests against the government of Kenya."
    )
    tok = {t.text: t for t in d}
    assert tok["arrested"].dep_ == "ROOT"
    assert (tok["Police"].dep_, tok["Police"].head.text) == ("nsubj", "arrested")
    assert (tok["men"].dep_, tok["men"].head.text) == ("obj", "arrested")
    assert tok["two"].head.text == "men"
    assert (tok["Nairobi"].dep_, tok["Nairobi"].head.text) in {
        ("obl", "arrested"),
        ("nmod", "men"),
    }
    assert all(t.dep_ != "nsubjpass" for t in d)  # UD labels, not ClearNLP ones


def test_ud_names_and_control(doc):
    first = next(iter(doc.sents))
    tok = {t.text: t for t in first}
    assert (tok["Juan"].dep_, tok["Juan"].head.text) == ("nsubj", "called")
    # UD: a multi-word name is headed by its first word, the rest attach as flat
    assert (tok["Guaido"].head.text, tok["Guaido"].dep_) == ("Juan", "flat")
    assert (tok["Maduro"].head.text, tok["Maduro"].dep_) == ("Nicolas", "flat")
    assert (tok["Nicolas"].dep_, tok["Nicolas"].head.text) == ("obj", "abandon")


def test_passive_subtype(nlp):
    d = nlp("The talks were postponed by the government.")
    labels = {t.text: t.dep_ for t in d}
    assert labels["talks"] == "nsubj:pass"
    assert labels["government"] in {"obl:agent", "obl"}


def test_sentences_with_quotes_and_abbreviations(nlp, doc):
    sents = [s.text.strip() for s in doc.sents]
    assert len(sents) == 4, sents
    assert sents[2].startswith('"We will not back down')
    assert sents[3].startswith("Officials in the U.S.")
    d = nlp('He said: "The war is over." Then he left for the U.K. on Monday.')
    assert [s.text.strip() for s in d.sents] == [
        'He said: "The war is over."',
        "Then he left for the U.K. on Monday.",
    ]


def test_entities(nlp, doc):
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Juan Guaido", "PERSON") in ents
    assert ("Nicolas Maduro", "PERSON") in ents
    assert ("European Union", "ORG") in ents  # one name, not NORP + "Union"
    assert ("National Assembly", "ORG") in ents
    assert ("Venezuelan", "NORP") in ents  # from the NORP entity ruler
    assert ("Washington", "LOC") in ents and ("U.S.", "LOC") in ents
    d = nlp(
        "Police arrested two men in Nairobi after protests against the government of Kenya."
    )
    assert {(e.text, e.label_) for e in d.ents} == {
        ("Nairobi", "LOC"),
        ("Kenya", "LOC"),
    }
