"""Parse repair 93: "Israeli troops *patrol* in the streets of Bangui", "Some 1,500 UN soldiers *patrol*", "Rebel
fighters *capture*": a plural noun right before the base form of a verb read as that verb's compound, the sentence a
noun phrase ("[Israeli troops patrol]") with no subject, or with the verb as its root and the plural its modifier
(or the plural the subject of the word read as a noun).

The base form of a verb after a plural noun is the present tense of a caption, a brief or a wire item cut short
("French troops patrol near the border", "U.S. and British planes patrol"). When the root of a sentence is such a
word (a trigger verb of the lexicon in its base form), the word right before it is its compound and a plural noun
(tagged so: "police" is not, nor "arms", "drugs", "talks", which name no group acting), and the root has no subject, no determiner or number
after that noun, no "of" right after it ("Rebel troops' capture of the town") and no possessor, the root is the verb,
the plural noun its subject, the words before that noun the noun's own (determiner, number, adjective), and the
prepositional phrases after the verb its obliques. "Police raid" stays a noun phrase (a headline's "raid on ..."), and
so do "arms deal" or "drugs raid"; a verb made here codes only when a pattern finds its own source in the subject."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.lexicon_loader import form_index
from lapwing.extract.events.repair_particle import _set_head

#: the words the parser may tag as plural nouns that name no group acting ("news", "series", "means")
_NOT_AGENTS = frozenset({"news", "series", "means", "species", "arms", "goods", "sales", "sports", "drugs", "jobs",
                         "rights", "talks", "relations", "affairs", "customs", "savings", "earnings", "funds", "costs"})
#: the labels of the root's children that make it a noun ("the patrol", "its capture", "two raids")
_NOUN_KIDS = frozenset({"nmod:poss", "case", "cop", "nsubj", "nsubj:pass", "aux", "aux:pass", "mark"})


def plural_before_base(low: str, plural_tag: str, plural_low: str) -> bool:
    """The candidate test on the columns: a root word that is a verb's base form after a plural noun."""
    return plural_tag in ("NNS", "NNPS") and plural_low not in _NOT_AGENTS and ("V", low) in form_index() \
        and form_index()[("V", low)] == low and not low.endswith("s")


def repair_plural_compound_subject(v: Token) -> bool:
    """Repair 93 on the root ``v`` (a verb's base form with a plural noun right before it as its compound); True when
    applied."""
    doc = v.doc
    if v.i == 0 or v.dep_ not in ("ROOT", "root"):
        return False
    subj = doc[v.i - 1]
    if subj.head.i != v.i or not (subj.dep_ == "compound" or subj.dep_ == "nsubj" and v.pos_ == "NOUN") \
            or not plural_before_base(v.lower_, subj.tag_, subj.lower_):
        return False
    if v.i + 1 < len(doc) and doc[v.i + 1].lower_ in ("of", "'s", "’s"):
        return False
    if any(c.dep_ in _NOUN_KIDS and c.i != subj.i for c in v.children):
        return False
    for c in list(v.children):
        if c.i < subj.i:  # "Some 1,500 Israeli [soldiers]": the noun's own determiner, number and modifiers
            _set_head(c, subj, c.dep_ if c.dep_ != "goeswith" else "nummod")
        elif c.i > v.i and c.dep_ in ("nmod", "nmod:tmod", "nmod:unmarked"):
            c.dep_ = "obl"
    _set_head(subj, v, "nsubj")
    v.pos_, v.tag_, v.lemma_ = "VERB", "VBP", form_index()[("V", v.lower_)]
    return True


#: the verbs of plan and promise that a plural subject's noun phrase swallows ("[Kenyan police vow] to arrest ...")
PLAN_WORDS = {"plan": "plan", "vow": "vow", "pledge": "pledge", "promise": "promise", "threaten": "threaten",
              "intend": "intend", "want": "want", "aim": "aim", "hope": "hope", "seek": "seek", "vows": "vow",
              "plans": "plan", "pledges": "pledge", "threatens": "threaten", "promises": "promise"}
#: collective nouns tagged singular that name a group acting ("Kenyan *police* vow ...")
_GROUPS = frozenset({"police", "military", "army", "navy", "militia", "junta", "government", "opposition"})


def plan_root_candidate(low: str, next_low: str) -> bool:
    """The candidate test on the columns: a root word of plan or promise right before "to"."""
    return low in PLAN_WORDS and next_low == "to"


def repair_plural_subject_plan(v: Token) -> bool:
    """Repair 99: "Kenyan police *vow* to arrest ...", "Sudanese rebels *vow* to attack ...", "Pakistani police
    *plan* to question ...": the root, a verb of plan or promise right before "to" with a plural noun (or a group
    noun, "police") right before it as its compound or subject, is that noun's verb in the present (a headline's or a
    brief's), the noun its subject, the words before the noun the noun's own, and the to-clause hung on the root its
    complement (``xcomp``, not a clause of a noun), so that the frames of plan, vow and threat read it. True when
    applied."""
    doc = v.doc
    if v.i == 0 or v.dep_ not in ("ROOT", "root") or v.i + 2 >= len(doc) or doc[v.i + 1].lower_ != "to":
        return False
    subj = doc[v.i - 1]
    if subj.head.i != v.i or subj.dep_ not in ("compound", "nsubj") or subj.lower_ in _NOT_AGENTS \
            or not (subj.tag_ in ("NNS", "NNPS") or subj.lower_ in _GROUPS):
        return False
    clause = next((c for c in v.children if c.i == v.i + 2 and c.pos_ == "VERB" and c.dep_ in ("acl", "xcomp", "advcl")
                   and any(m.i == v.i + 1 and m.dep_ == "mark" for m in c.children)), None)
    if clause is None or any(c.dep_ in _NOUN_KIDS and c.i != subj.i for c in v.children) \
            or any(c.dep_ == "det" for c in v.children):
        return False
    if v.pos_ == "VERB" and subj.dep_ == "nsubj" and clause.dep_ == "xcomp":
        return False  # (read right already)
    for c in list(v.children):
        if c.i < subj.i:  # "Kenyan [police]": the noun's own modifiers
            _set_head(c, subj, c.dep_)
    _set_head(subj, v, "nsubj")
    clause.dep_ = "xcomp"
    v.pos_, v.lemma_ = "VERB", PLAN_WORDS[v.lower_]
    v.tag_ = "VBZ" if v.lower_.endswith("s") else "VBP"
    return True
