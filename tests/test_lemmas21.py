"""The shipped model's lemmas of verbs with a doubled final consonant (-lled, -tted, -pped, -rred, ...)
and of their controls (verbs that do not double, or whose lemma keeps the double letter), plus the
table builder's verb index (training/lemma_tables.py, training/lemma_known.py). Sentences written for
this test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from lapwing.nlp import load

TRAINING = Path(__file__).resolve().parents[1] / "training"

# (sentence, the verb as written, its lemma)
DOUBLED = [
    ("Government forces shelled the rebel town overnight.", "shelled", "shell"),
    ("Artillery units were shelling villages near the border on Tuesday.", "shelling", "shell"),
    ("Riot police quelled the unrest within hours.", "quelled", "quell"),
    ("Troops patrolled the streets of the capital after the curfew.", "patrolled", "patrol"),
    ("Coast guard vessels have been patrolling the disputed waters.", "patrolling", "patrol"),
    ("The supreme court annulled the election result last week.", "annulled", "annul"),
    ("The ministry expelled two diplomats on Friday.", "expelled", "expel"),
    ("The rebels committed atrocities, the report said.", "committed", "commit"),
    ("The opposition submitted a petition to the electoral board.", "submitted", "submit"),
    ("A court in Lagos acquitted the former governor.", "acquitted", "acquit"),
    ("The navy stopped a cargo ship off the coast.", "stopped", "stop"),
    ("Gunmen kidnapped three aid workers in the north.", "kidnapped", "kidnap"),
    ("Police were kidnapping suspects, relatives alleged.", "kidnapping", "kidnap"),
    ("The army scrapped its plans for a new offensive.", "scrapped", "scrap"),
    ("The regulator stripped the company of its licence.", "stripped", "strip"),
    ("The clashes occurred near the main market.", "occurred", "occur"),
    ("The minister referred the case to prosecutors.", "referred", "refer"),
    ("The authorities barred foreign journalists from the region.", "barred", "bar"),
    ("Rumours spurred a run on the banks.", "spurred", "spur"),
    ("Masked men robbed a bank in the city centre.", "robbed", "rob"),
    ("The council banned all public gatherings.", "banned", "ban"),
    ("Activists planned a march for Sunday.", "planned", "plan"),
    ("Protesters dragged the statue through the square.", "dragged", "drag"),
]

CONTROLS = [
    ("The president travelled to Brussels for the summit.", "travelled", "travel"),
    ("The airline cancelled all flights to the island.", "cancelled", "cancel"),
    ("Rebels controlled the airport for two days.", "controlled", "control"),
    ("Militants killed four soldiers in an ambush.", "killed", "kill"),
    ("The opposition called for fresh elections.", "called", "call"),
    ("The army pulled its troops out of the valley.", "pulled", "pull"),
    ("The envoy visited the refugee camp on Monday.", "visited", "visit"),
    ("Drones targeted an arms depot near the city.", "targeted", "target"),
    ("The government limited access to the internet.", "limited", "limit"),
    ("The two countries developed closer ties.", "developed", "develop"),
    ("Donors helped the flood victims.", "helped", "help"),
    ("Thousands of people escaped the fighting.", "escaped", "escape"),
    ("Troops entered the town at dawn.", "entered", "enter"),
    ("The prime minister offered his resignation.", "offered", "offer"),
    ("The general ordered a retreat.", "ordered", "order"),
    ("Soldiers fired on the crowd.", "fired", "fire"),
    ("Two policemen were injured in the blast.", "injured", "injure"),
    ("The rebels opened a new front.", "opened", "open"),
    ("The leaders threatened sanctions.", "threatened", "threaten"),
    ("The bill passed the senate on Thursday.", "passed", "pass"),
    ("The government added ten names to the list.", "added", "add"),
    ("The minister dismissed the allegations.", "dismissed", "dismiss"),
    ("Rebels vowed to keep fighting the army.", "fighting", "fight"),
    ("Both sides were shooting at each other across the river.", "shooting", "shoot"),
    ("The unions are training new members.", "training", "train"),
]


def _lemma(nlp, sentence: str, word: str) -> tuple[str, str]:
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == word)
    return token.lemma_, token.pos_


@pytest.fixture(scope="module")
def nlp():
    return load()


@pytest.mark.parametrize("sentence,word,lemma", DOUBLED, ids=[w for _s, w, _l in DOUBLED])
def test_doubled_consonant_verbs_get_their_lemma(nlp, sentence, word, lemma):
    got, pos = _lemma(nlp, sentence, word)
    assert pos == "VERB"
    assert got == lemma


@pytest.mark.parametrize("sentence,word,lemma", CONTROLS, ids=[w for _s, w, _l in CONTROLS])
def test_controls_keep_their_lemma(nlp, sentence, word, lemma):
    got, pos = _lemma(nlp, sentence, word)
    assert pos == "VERB"
    assert got == lemma


def test_the_shipped_lemmatizer_has_a_verb_index_and_a_new_version(nlp):
    assert nlp.meta["version"] == "0.1.2"  # records name the model: its lemmas differ from 0.1.1's
    lookups = nlp.get_pipe("lemmatizer").lookups
    index = lookups.get_table("lemma_index")
    assert {"shell", "patrol", "quell", "annul", "control", "kill"} <= set(index["verb"])
    assert "noun" not in index  # nouns keep the 0.1.1 behaviour
    assert ["lled", "l"] in lookups.get_table("lemma_rules")["verb"]


def test_every_verb_exception_of_the_shipped_tables_takes_effect(nlp):
    """spaCy puts an exception first only when it is not already among the rule outputs that are known
    lemmas: a known lemma spelt like an inflected form ("fighting") would hide the exception."""
    from spacy.tokens import Doc

    lemmatizer = nlp.get_pipe("lemmatizer")
    exc = lemmatizer.lookups.get_table("lemma_exc")["verb"]
    words = sorted(exc)
    doc = Doc(nlp.vocab, words=words, pos=["VERB"] * len(words),
              morphs=["Mood=Ind|Tense=Past|VerbForm=Fin"] * len(words))
    wrong = [(t.text, lemmatizer.rule_lemmatize(t)[0], exc[t.text][0]) for t in doc
             if lemmatizer.rule_lemmatize(t)[0] != exc[t.text][0]]
    assert len(words) > 200 and wrong == []


# ---------------------------------------------------------------------------- the table builder


@pytest.fixture(scope="module")
def lt():
    sys.path.insert(0, str(TRAINING))
    try:
        import lemma_known
        import lemma_tables
    finally:
        sys.path.remove(str(TRAINING))
    return lemma_tables, lemma_known


PAST = {"Mood": "Ind", "Tense": "Past", "VerbForm": "Fin"}
INF = {"VerbForm": "Inf"}


def _tokens(lt_mod, pairs, feats):
    return [lt_mod.Token(form, "VERB", feats, lemma) for form, lemma in pairs]


def test_a_known_verb_beats_the_first_rule_and_an_unknown_one_does_not(lt):
    lt_mod, _known = lt
    # "-elled" -> "-el" is learnt from three types; "shell" is a known verb only through `known`
    past = _tokens(lt_mod, [("labelled", "label"), ("travelled", "travel"), ("modelled", "model"),
                            ("walked", "walk"), ("jumped", "jump"), ("talked", "talk")], PAST)
    inf = _tokens(lt_mod, [("walk", "walk"), ("walk", "walk")], INF)
    plain = lt_mod.build(past + inf)
    indexed = lt_mod.build(past + inf, use_index=True, known={"VERB": {"shell", "patrol"}})
    rules, index = indexed.rules["verb"], set(indexed.index["verb"])
    assert lt_mod.apply_rules("shelled", plain.rules["verb"]) == "shel"  # the 0.1.1 behaviour
    assert lt_mod.apply_rules("shelled", rules, index) == "shell"
    assert lt_mod.apply_rules("patrolled", rules, index) == "patrol"  # a doubling rule, known output
    assert lt_mod.apply_rules("labelled", rules, index) == "label"
    # unknown verbs keep the first rule's output: the doubling rules never decide for them
    assert lt_mod.apply_rules("grabbed", rules, index) == "grabb"
    assert lt_mod.apply_rules("fitted", rules, index) == "fitt"
    assert lt_mod.apply_rules("grabbed", rules, index | {"grab"}) == "grab"
    # a treebank lemma of one token only is not trusted as known; two tokens are
    assert "walk" in index and "talk" not in index


def test_only_lemmas_spelt_as_a_base_form_are_known(lt):
    lt_mod, _known = lt
    ger = {"VerbForm": "Ger"}
    # a title's gerund annotated as its own lemma, twice: not a known verb, so "fighting" is not
    # lemmatised as itself
    tokens = [lt_mod.Token("Fighting", "VERB", ger, "Fighting")] * 2 + _tokens(
        lt_mod, [("fight", "fight"), ("fight", "fight")], INF) + _tokens(
        lt_mod, [("shouting", "shout"), ("walking", "walk"), ("talking", "talk")], ger)
    tables = lt_mod.build(tokens, use_index=True)
    assert "fighting" not in tables.index["verb"] and "fight" in tables.index["verb"]
    assert lt_mod.apply_rules("fighting", tables.rules["verb"], set(tables.index["verb"])) == "fight"


def test_lexicon_lemmas_are_single_words_by_upos(lt):
    _lt_mod, known = lt
    lemmas = known.lexicon_lemmas()
    assert {"shell", "quell", "patrol", "annul", "say"} <= lemmas["VERB"]
    assert all(w.isalpha() and w == w.lower() for words in lemmas.values() for w in words)
    assert "arrest" in lemmas["NOUN"]
