"""The training recipe's model variants (training/train.py --joint and the shape options): the
configs it writes build pipelines of the asked shape. Runs without ../shared (no training)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import load_config, load_model_from_config

TRAINING = Path(__file__).resolve().parents[1] / "training"


@pytest.fixture(scope="module")
def train():
    sys.path.insert(0, str(TRAINING))
    try:
        import train as mod
    finally:
        sys.path.remove(str(TRAINING))
    return mod


def build(path: Path):
    return load_model_from_config(load_config(path, interpolate=True), auto_fill=True, validate=True)


def test_joint_pipeline_runs_one_encoder_for_every_component(train, tmp_path):
    cfg_path = train.joint_config(train.Shapes(), tmp_path / "joint.cfg")
    nlp = build(cfg_path)
    assert nlp.pipe_names == ["tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "parser", "ner"]
    cfg = load_config(cfg_path, interpolate=True)
    for name in nlp.pipe_names[1:]:
        assert cfg["components"][name]["model"]["tok2vec"]["@architectures"] == "spacy.Tok2VecListener.v1", name
    # the lemmatizer and the NER listen to the shared encoder: no second tok2vec to run
    assert set(nlp.get_pipe("tok2vec").listening_components) == set(nlp.pipe_names[1:])
    weights = cfg["training"]["score_weights"]
    assert weights["ents_f"] > 0 and weights["dep_las"] > 0


def test_shapes_reach_the_encoder_the_listeners_and_the_heads(train, tmp_path):
    shapes = train.Shapes(tok2vec_width=64, tok2vec_depth=2, parser_hidden=48, parser_maxout=2, ner_hidden=32)
    cfg = load_config(train.joint_config(shapes, tmp_path / "joint.cfg"), interpolate=True)
    comps = cfg["components"]
    assert comps["tok2vec"]["model"]["encode"]["width"] == 64
    assert comps["tok2vec"]["model"]["encode"]["depth"] == 2
    assert comps["tok2vec"]["model"]["embed"]["width"] == 64
    assert {comps[n]["model"]["tok2vec"]["width"] for n in ("tagger", "parser", "ner")} == {64}
    assert (comps["parser"]["model"]["hidden_width"], comps["parser"]["model"]["maxout_pieces"]) == (48, 2)
    assert comps["ner"]["model"]["hidden_width"] == 32
    nlp = build(tmp_path / "joint.cfg")
    gold = Doc(nlp.vocab, words=["Rebels", "attacked", "Kano", "."], tags=["NNS", "VBD", "NNP", "."],
               pos=["NOUN", "VERB", "PROPN", "PUNCT"], morphs=["Number=Plur", "Tense=Past", "Number=Sing", ""],
               lemmas=["rebel", "attack", "Kano", "."], heads=[1, 1, 1, 1],
               deps=["nsubj", "ROOT", "obj", "punct"], ents=["O", "O", "B-LOC", "O"])
    # three copies: the lemmatizer keeps only edit trees seen at least min_tree_freq (3) times
    nlp.initialize(lambda: [Example(Doc(nlp.vocab, words=[t.text for t in gold]), gold)] * 3)
    doc = nlp("Soldiers attacked Kano.")  # the shapes fit together: a doc goes through every component
    assert doc.tensor.shape == (len(doc), 64)
    assert doc.has_annotation("DEP") and doc.has_annotation("LEMMA") and doc.has_annotation("TAG")


def test_the_two_halves_keep_their_configs_unless_a_shape_changes(train, tmp_path):
    assert train.shaped_config("syntax.cfg", train.Shapes(), tmp_path / "s.cfg") == TRAINING / "syntax.cfg"
    assert not (tmp_path / "s.cfg").exists()
    path = train.shaped_config("ner.cfg", train.Shapes(ner_hidden=64, parser_hidden=32), tmp_path / "n.cfg")
    cfg = load_config(path, interpolate=True)
    assert cfg["components"]["ner"]["model"]["hidden_width"] == 64
    assert "parser" not in cfg["components"]  # a shape of a component the half lacks is ignored


def test_joint_training_reads_the_joint_corpus(train, tmp_path):
    cmd = train.spacy_train(tmp_path / "joint.cfg", tmp_path / "out", tmp_path / "corpus", None, 500)
    assert cmd[cmd.index("--paths.train") + 1] == str(tmp_path / "corpus" / "train.spacy")
    assert cmd[cmd.index("--paths.dev") + 1] == str(tmp_path / "corpus" / "dev.spacy")
    half = train.spacy_train("syntax.cfg", tmp_path / "out", tmp_path / "corpus", "syntax", 500)
    assert half[4] == str(TRAINING / "syntax.cfg")
    assert half[half.index("--paths.train") + 1] == str(tmp_path / "corpus" / "syntax-train.spacy")


def test_a_lemmatizer_retrained_on_the_shared_encoder_replaces_the_private_one(train, tmp_path):
    from spacy.training.initialize import init_nlp

    sys.path.insert(0, str(TRAINING))
    try:
        import assemble
    finally:
        sys.path.remove(str(TRAINING))
    base_nlp = build(train.joint_config(train.Shapes(tok2vec_width=32, parser_hidden=16, ner_hidden=16),
                                        tmp_path / "joint.cfg"))
    gold = Doc(base_nlp.vocab, words=["Rebels", "attacked", "Kano", "."], tags=["NNS", "VBD", "NNP", "."],
               pos=["NOUN", "VERB", "PROPN", "PUNCT"], morphs=["Number=Plur", "Tense=Past", "Number=Sing", ""],
               lemmas=["rebel", "attack", "Kano", "."], heads=[1, 1, 1, 1],
               deps=["nsubj", "ROOT", "obj", "punct"], ents=["O", "O", "B-LOC", "O"])
    base_nlp.initialize(lambda: [Example(Doc(base_nlp.vocab, words=[t.text for t in gold]), gold)] * 3)
    base_nlp.replace_listeners("tok2vec", "trainable_lemmatizer", ["model.tok2vec"])  # a private encoder, as shipped
    base = tmp_path / "base"
    base_nlp.to_disk(base)

    cfg = load_config(train.lemmatizer_config(base, tmp_path / "lemm.cfg"), interpolate=False)
    assert cfg["training"]["frozen_components"] == ["tok2vec"] == cfg["training"]["annotating_components"]
    cfg["corpora"]["train"] = cfg["corpora"]["dev"] = {"@readers": "spacy.Corpus.v1", "path": str(tmp_path / "c.spacy")}
    from spacy.tokens import DocBin

    DocBin(docs=[gold] * 3, store_user_data=False).to_disk(tmp_path / "c.spacy")
    trained_nlp = init_nlp(cfg)
    trained_nlp.to_disk(tmp_path / "trained")

    out = assemble.relisten_lemmatizer(base, tmp_path / "trained", tmp_path / "out")
    import spacy

    nlp = spacy.load(out)
    assert nlp.pipe_names == base_nlp.pipe_names
    assert "trainable_lemmatizer" in nlp.get_pipe("tok2vec").listening_components
    doc = nlp("Rebels attacked Kano.")
    assert doc.has_annotation("LEMMA") and doc.has_annotation("DEP")
