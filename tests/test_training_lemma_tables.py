"""training/lemma_tables.py: the rule lemmatizer's tables built from CoNLL-U text (a few sentences
written for this test, no treebank needed), and spaCy's own lemmatizer reading them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

TRAINING = Path(__file__).resolve().parents[1] / "training"

# ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC (only FORM, LEMMA, UPOS and FEATS are read)
PAST = "Mood=Ind|Tense=Past|VerbForm=Fin"
CONLLU = f"""# newdoc id = test_news_1
# text = Rebels attacked the town and soldiers guarded it.
1\tRebels\trebel\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t_\t_
2\tattacked\tattack\tVERB\tVBD\t{PAST}\t0\troot\t_\t_
3\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t4\tdet\t_\t_
4\ttown\ttown\tNOUN\tNN\tNumber=Sing\t2\tobj\t_\t_
5\tand\tand\tCCONJ\tCC\t_\t7\tcc\t_\t_
6\tsoldiers\tsoldier\tNOUN\tNNS\tNumber=Plur\t7\tnsubj\t_\t_
7\tguarded\tguard\tVERB\tVBD\t{PAST}\t2\tconj\t_\t_
8\tit\tit\tPRON\tPRP\tCase=Acc|Number=Sing|Person=3|PronType=Prs\t7\tobj\t_\t_
9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

# text = Police arrested protesters, who marched and went home; I shouted.
1\tPolice\tpolice\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t_\t_
2\tarrested\tarrest\tVERB\tVBD\t{PAST}\t0\troot\t_\t_
3\tprotesters\tprotester\tNOUN\tNNS\tNumber=Plur\t2\tobj\t_\t_
4\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_
5\twho\twho\tPRON\tWP\tPronType=Rel\t6\tnsubj\t_\t_
6\tmarched\tmarch\tVERB\tVBD\t{PAST}\t3\tacl:relcl\t_\t_
7\tand\tand\tCCONJ\tCC\t_\t8\tcc\t_\t_
8\twent\tgo\tVERB\tVBD\t{PAST}\t6\tconj\t_\t_
9\thome\thome\tADV\tRB\t_\t8\tadvmod\t_\t_
10\t;\t;\tPUNCT\t:\t_\t12\tpunct\t_\t_
11\tI\tI\tPRON\tPRP\tCase=Nom|Number=Sing|Person=1|PronType=Prs\t12\tnsubj\t_\t_
12\tshouted\tshout\tVERB\tVBD\t{PAST}\t2\tparataxis\t_\t_

# newdoc id = test_news_2
# text = Kano's cities grew; leaders studied the Americans' plans and teh talks.
1\tKano\tKano\tPROPN\tNNP\tNumber=Sing\t3\tnmod:poss\t_\t_
2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_
3\tcities\tcity\tNOUN\tNNS\tNumber=Plur\t4\tnsubj\t_\t_
4\tgrew\tgrow\tVERB\tVBD\t{PAST}\t0\troot\t_\t_
5\tleaders\tleader\tNOUN\tNNS\tNumber=Plur\t6\tnsubj\t_\t_
6\tstudied\tstudy\tVERB\tVBD\t{PAST}\t4\tparataxis\t_\t_
7\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t8\tdet\t_\t_
8\tAmericans\tAmerican\tPROPN\tNNPS\tNumber=Plur\t10\tnmod:poss\t_\t_
9\t'\t's\tPART\tPOS\t_\t8\tcase\t_\t_
10\tplans\tplan\tNOUN\tNNS\tNumber=Plur\t6\tobj\t_\t_
11\tand\tand\tCCONJ\tCC\t_\t13\tcc\t_\t_
12\tteh\tthe\tDET\tDT\tDefinite=Def|PronType=Art|Typo=Yes\t13\tdet\t_\t_
13\ttalks\ttalk\tNOUN\tNNS\tNumber=Plur\t10\tconj\t_\t_
14\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

# text = There are American plans; there leaders said so.
1\tThere\tthere\tPRON\tEX\t_\t2\texpl\t_\t_
2\tare\tbe\tAUX\tVBP\tMood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin\t0\troot\t_\t_
3\tAmerican\tAmerican\tADJ\tJJ\tDegree=Pos\t4\tamod\t_\t_
4\tplans\tplan\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t_\t_
5\t;\t;\tPUNCT\t:\t_\t8\tpunct\t_\t_
6\tthere\tthey\tPRON\tPRP$\tTypo=Yes\t7\tnmod:poss\t_\t_
7\tleaders\tleader\tNOUN\tNNS\tNumber=Plur\t8\tnsubj\t_\t_
8\tsaid\tsay\tVERB\tVBD\t{PAST}\t2\tparataxis\t_\t_
9\tso\tso\tADV\tRB\t_\t8\tadvmod\t_\t_
10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

# text = Students go to the city to study and grow.
1\tStudents\tstudent\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t_\t_
2\tgo\tgo\tVERB\tVBP\tMood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin\t0\troot\t_\t_
3\tto\tto\tADP\tIN\t_\t5\tcase\t_\t_
4\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t5\tdet\t_\t_
5\tcity\tcity\tNOUN\tNN\tNumber=Sing\t2\tobl\t_\t_
6\tto\tto\tPART\tTO\t_\t7\tmark\t_\t_
7\tstudy\tstudy\tVERB\tVB\tVerbForm=Inf\t2\tadvcl\t_\t_
8\tand\tand\tCCONJ\tCC\t_\t9\tcc\t_\t_
9\tgrow\tgrow\tVERB\tVB\tVerbForm=Inf\t7\tconj\t_\t_
10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

# newdoc id = test_fiction_1
# text = Dragons flew.
1\tDragons\tdragon\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t_\t_
2\tflew\tfly\tVERB\tVBD\t{PAST}\t0\troot\t_\t_

"""


@pytest.fixture(scope="module")
def lt():
    sys.path.insert(0, str(TRAINING))
    try:
        import lemma_tables as mod
    finally:
        sys.path.remove(str(TRAINING))
    return mod


@pytest.fixture(scope="module")
def tables(lt):
    tokens = list(lt.read_tokens(CONLLU.splitlines(), skip_doc=lambda d: "fiction" in d))
    return lt.build(tokens, context=3, min_types=2)


def test_reading_skips_excluded_documents_and_keeps_features(lt):
    tokens = list(lt.read_tokens(CONLLU.splitlines(), skip_doc=lambda d: "fiction" in d))
    forms = [t.form for t in tokens]
    assert "Dragons" not in forms and "flew" not in forms
    assert len(tokens) == 9 + 12 + 14 + 10 + 10
    attacked = tokens[1]
    assert (attacked.form, attacked.lemma, attacked.upos) == ("attacked", "attack", "VERB")
    assert attacked.feats == {"Mood": "Ind", "Tense": "Past", "VerbForm": "Fin"}


def test_suffix_rules_generalise_and_irregular_words_become_exceptions(lt, tables):
    verb_rules = tables.rules["verb"]
    # six regular past forms agree on dropping "-ed"; "studied" alone is too rare for its own rule
    assert ["ed", ""] in verb_rules
    assert verb_rules[-1] == ["", ""]  # the last rule only lower-cases
    assert all(len(a[0]) >= len(b[0]) for a, b in zip(verb_rules, verb_rules[1:]))  # longest suffix first
    assert ["s", ""] in tables.rules["noun"]
    assert tables.exc["verb"]["went"] == ["go"]
    assert tables.exc["verb"]["grew"] == ["grow"]
    assert tables.exc["verb"]["studied"] == ["study"]  # the rules give "studi"
    assert tables.exc["noun"]["cities"] == ["city"]
    assert tables.exc["pron"]["i"] == ["I"]  # the gold lemma keeps its case
    assert tables.exc["propn"]["americans"] == ["American"]
    assert "propn" not in tables.rules  # a proper noun keeps its spelling
    assert "attacked" not in tables.exc["verb"]  # the rules get it right: no exception needed
    assert tables.exc["det"]["teh"] == ["the"]  # a misspelling that is no word of its own: its correction
    assert tables.exc["pron"].get("there") != ["they"]  # one that is a real word ("there") teaches nothing
    assert tables.base == {"ADJ": {"American": "American"}}  # a base form whose lemma is not its lower case
    assert "town" not in tables.exc.get("noun", {})  # a singular noun is a base form: never looked up
    assert tables.stats["exceptions"] == sum(len(v) for v in tables.exc.values())


def test_apply_rules_follows_spacy_order(lt):
    rules = [["ies", "y"], ["ed", ""], ["s", ""], ["", ""]]
    assert lt.apply_rules("Studies", rules) == "study"  # the first (longest) matching rule
    assert lt.apply_rules("bombed", rules) == "bomb"
    assert lt.apply_rules("F-16s", rules) == "f-16"  # non-alphabetic output
    assert lt.apply_rules("Kano", []) == "Kano"  # no rule: the word as written
    # an output in the index wins over rule order
    assert lt.apply_rules("hoped", [["ed", ""], ["d", ""], ["", ""]], index={"hope"}) == "hope"


def test_spacy_rule_lemmatizer_reads_the_tables(lt, tables):
    from lapwing.nlp.lemmas import COMPONENT, add_base_lemmas

    nlp = spacy.blank("en")
    lt.add_rule_lemmatizer(nlp, tables)
    assert nlp.get_pipe("lemmatizer").mode == "rule"
    add_base_lemmas(nlp)
    add_base_lemmas(nlp)  # once
    assert nlp.pipe_names == ["lemmatizer", COMPONENT]
    words = ["Militants", "bombed", "Kano", "and", "went", "home", ";", "I", "studied", "the", "cities", ",",
             "American", "and", "Iraqi", "."]
    pos = ["NOUN", "VERB", "PROPN", "CCONJ", "VERB", "ADV", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT",
           "ADJ", "CCONJ", "ADJ", "PUNCT"]
    morphs = ["Number=Plur", PAST, "Number=Sing", "", PAST, "", "", "Case=Nom|Number=Sing|Person=1|PronType=Prs",
              PAST, "Definite=Def|PronType=Art", "Number=Plur", "", "Degree=Pos", "", "Degree=Pos", ""]
    doc = nlp(Doc(nlp.vocab, words=words, pos=pos, morphs=morphs))
    # "Militants" and "bombed" were never seen: the suffix rules lemmatise them; "American" keeps the
    # capital the treebank gives it (the base-form table), the unseen "Iraqi" is lower-cased by spaCy
    assert [t.lemma_ for t in doc] == ["militant", "bomb", "Kano", "and", "go", "home", ";", "I", "study", "the",
                                       "city", ",", "American", "and", "iraqi", "."]
    # the builder's own model of the rules gives what spaCy gives
    for t in doc:
        if t.pos_ == "VERB" and t.lower_ not in tables.exc["verb"]:
            assert lt.apply_rules(t.text, tables.rules["verb"]) == t.lemma_


def test_pipeline_lemmatizer_is_replaced_and_saved(lt, tables, tmp_path):
    nlp = spacy.blank("en")
    nlp.add_pipe("morphologizer")
    nlp.add_pipe("trainable_lemmatizer")
    lt.add_rule_lemmatizer(nlp, tables)
    assert nlp.pipe_names == ["morphologizer", "lemmatizer"]
    lt.add_rule_lemmatizer(nlp, tables)  # again: replaced, not added twice
    assert nlp.pipe_names == ["morphologizer", "lemmatizer"]
    assert nlp.get_pipe("lemmatizer").mode == "rule"
    nlp.to_disk(tmp_path / "p")
    back = spacy.load(tmp_path / "p")  # plain spaCy loads it: only built-in components
    lemm = back.get_pipe("lemmatizer")
    assert lemm.lookups.get_table("lemma_exc")["verb"]["went"] == ["go"]
    from lapwing.nlp.components import add_to
    from lapwing.nlp.lemmas import COMPONENT, base_table

    assert base_table(back) == {"ADJ": {"American": "American"}}
    add_to(back)  # what lapwing.nlp.load() does
    assert back.pipe_names.index(COMPONENT) == back.pipe_names.index("lemmatizer") + 1


def test_extra_rows_are_checked_and_override(lt, tables, tmp_path):
    bad = tmp_path / "extra.tsv"
    bad.write_text("# UPOS form lemma\nVERB\tlent\n", encoding="utf8")
    with pytest.raises(ValueError, match=r"extra.tsv:2: expected UPOS<TAB>form<TAB>lemma"):
        lt.read_extra(bad)
    good = tmp_path / "good.tsv"
    good.write_text("VERB\tLent\tlend  # comment\n", encoding="utf8")
    rows = lt.read_extra(good)
    assert rows == [("VERB", "Lent", "lend")]
    t = lt.Tables()
    lt.add_extra(t, rows)
    assert t.exc == {"verb": {"lent": ["lend"]}}


def test_missing_treebank_says_what_to_do(lt, tmp_path):
    with pytest.raises(FileNotFoundError, match="--data"):
        list(lt.treebank_tokens(tmp_path))


def test_a_lemma_no_text_spells_is_not_an_exception(lt):
    past = {"Mood": "Ind", "Tense": "Past", "VerbForm": "Fin"}
    slip = [lt.Token("fled", "VERB", past, "flead")] * 3  # an annotation slip, three times
    right = [lt.Token("fled", "VERB", past, "flee"), lt.Token("flee", "VERB", {"VerbForm": "Inf"}, "flee")]
    assert lt.build(slip + right).exc["verb"]["fled"] == ["flee"]
    assert "fled" not in lt.build(slip).exc.get("verb", {})  # nothing attested: the rules decide


def test_assemble_puts_the_rule_lemmatizer_in_a_copy(lt, tables, tmp_path):
    sys.path.insert(0, str(TRAINING))
    try:
        import assemble
    finally:
        sys.path.remove(str(TRAINING))
    base = spacy.blank("en")
    base.add_pipe("sentencizer")
    base.meta["version"] = "0.1.0"
    base.meta["performance"] = {"lemma_acc": 0.75, "trainable_lemmatizer_loss": 13.8, "dep_las": 0.82}
    base.to_disk(tmp_path / "base")
    out = assemble.with_rule_lemmatizer(tmp_path / "base", tables, tmp_path / "out")
    nlp = spacy.load(out)
    assert nlp.pipe_names == ["sentencizer", "lemmatizer"]
    assert nlp.meta["version"] == "0.1.1"  # records name the model: its lemmas differ
    # a stale lemma score of the replaced lemmatizer is dropped, the others are kept
    assert set(nlp.meta["performance"]) == {"dep_las"}
    assert "rule lemmatizer" in nlp.meta["description"] and "lapwing_lemmatizer" in nlp.meta
    assert spacy.load(tmp_path / "base").pipe_names == ["sentencizer"]  # the base is not changed
