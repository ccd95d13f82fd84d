"""The lexicons' verbs are known lemmas of the loaded pipeline's lemmatizer (lapwing.nlp.lexicon_verbs),
so a verb added to the lexicons after the model was built lemmatises as one the model knew."""

from __future__ import annotations

import pytest

from lapwing.nlp import _load_shipped, load
from lapwing.nlp.lexicon_verbs import know_lexicon_verbs, lexicon_lemmas


def _lemma(nlp, sentence: str, word: str) -> str:
    return next(t.lemma_ for t in nlp(sentence) if t.text == word)


def test_every_lexicon_verb_is_in_the_loaded_verb_index():
    index = load().get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"]
    verbs = lexicon_lemmas()["VERB"]
    assert len(verbs) > 1000
    assert sorted(v for v in verbs if v not in index) == []


@pytest.fixture()
def fresh():
    """A pipeline of its own (the cached one is shared by the suite), without the load-time join."""
    from lapwing.nlp.rule_lemmatizer import use_column_lemmatizer

    return use_column_lemmatizer(_load_shipped())


def _lexicon_with(tmp_path, verbs: list[str]):
    (tmp_path / "event_patterns").mkdir()
    rows = [f"010\t{v}\tV\t\t" for v in verbs] + ["# a comment\tignored\tV", "010\tset up\tV"]
    (tmp_path / "event_patterns" / "made_up.tsv").write_text("\n".join(rows) + "\n", encoding="utf8")
    (tmp_path / "speech_verbs.tsv").write_text("verb\tgrumble\nnoun\tgrumbling\n", encoding="utf8")
    return tmp_path


@pytest.mark.parametrize("verb,sentence,form", [
    ("shell", "Troops shelled the town overnight.", "shelled"),
    ("quell", "Police quelled the riot.", "quelled"),
    ("patrol", "Soldiers patrolled the border.", "patrolled"),
])
def test_a_verb_new_to_the_index_lemmatises_once_the_lexicons_name_it(fresh, tmp_path, verb, sentence, form):
    index = fresh.get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"]
    index.pop(verb, None)  # as if the lexicons had gained the verb after the model was built
    assert _lemma(fresh, sentence, form) != verb
    added = know_lexicon_verbs(fresh, _lexicon_with(tmp_path, [verb]))
    assert added == [verb]  # only the missing one; "set up" is no single word, "grumble" already known
    assert _lemma(fresh, sentence, form) == verb  # no lemma remembered from before the join


def test_the_join_adds_nothing_twice_and_reads_speech_verbs(fresh, tmp_path):
    index = fresh.get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"]
    index.pop("grumble", None)
    lex = _lexicon_with(tmp_path, ["kill"])
    assert know_lexicon_verbs(fresh, lex) == ["grumble"]
    assert know_lexicon_verbs(fresh, lex) == []
    assert lexicon_lemmas(lex) == {"VERB": {"kill", "grumble"}}
