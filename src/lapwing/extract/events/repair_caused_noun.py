"""Parse repair 98: "The ruling *sparked clashes* between protesters and police", "the raid *provoked fighting*
between rival militias", "his arrest *unleashed clashes* with security forces": a noun of fighting right after a
verb of causing, read by the parser as a verb ("clashes" tagged VBZ, the root or a clause of the causing verb, or
"fighting" its to-less complement), or as the root noun with the causing verb its modifier ("The vote [set off]
clashes" with *set* a clause of *vote*).

The fighting is the causing verb's object, a noun, and its "between" / "with" phrases are the noun's own: the noun's
lexicon row (``clashes_n``, ``fighting_n``, ``f_skirmish_n``: 190 with the two sides as source and target) then codes
it as "There were clashes between ..." is coded. When the noun was the root and the causing verb hung on the noun
before it (its subject) or on the noun itself, the causing verb becomes the root, that noun its subject. The cause
itself is no event; a cause that may come ("could trigger clashes") stays unclaimed by the status rules of the
causing verb's clause."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_particle import _set_head

#: the forms of the nouns of fighting that the parser reads as verbs, with their noun lemma
CAUSED_NOUNS = {"clashes": "clash", "clash": "clash", "fighting": "fighting", "skirmishes": "skirmish",
                "gunfights": "gunfight", "gunbattles": "gunbattle", "firefights": "firefight"}
#: the forms of the verbs of causing (and the particle of "set off", "touched off", "sparked off")
CAUSING = frozenset({
    "trigger", "triggers", "triggered", "triggering", "spark", "sparks", "sparked", "sparking", "provoke", "provokes",
    "provoked", "provoking", "ignite", "ignites", "ignited", "igniting", "cause", "causes", "caused", "causing",
    "unleash", "unleashes", "unleashed", "unleashing", "prompt", "prompts", "prompted", "prompting", "fuel", "fuels",
    "fuelled", "fueled", "fuelling", "fueling", "off", "renewed", "reignited", "stoked", "incited"})
#: words that may stand between the causing verb and the noun ("sparked *fresh / violent / deadly* clashes")
_BETWEEN = frozenset({"fresh", "new", "renewed", "violent", "deadly", "heavy", "fierce", "bloody", "sporadic",
                      "armed", "bitter", "intense", "further"})
_NOUN_PARTS = frozenset({"det", "amod", "nummod", "compound", "nmod:poss"})


def caused_noun_candidate(L: list[str], i: int) -> bool:
    """The candidate test on the lower-case column: a noun of fighting right after a verb of causing (one
    adjective between at most)."""
    if L[i] not in CAUSED_NOUNS or i == 0:
        return False
    p = i - 1
    if L[p] in _BETWEEN and p >= 1:
        p -= 1
    return L[p] in CAUSING


def _cause_of(x: Token) -> Token | None:
    doc = x.doc
    p = x.i - 1
    if doc[p].lower_ in _BETWEEN and p >= 1:
        p -= 1
    v = doc[p]
    if v.lower_ == "off" and p >= 1:
        v = doc[p - 1] if doc[p].head.i == p - 1 or doc[p].head.i == x.i else doc[p].head
    return v if v.pos_ in ("VERB", "ADJ", "NOUN") and v.i < x.i else None


def repair_caused_event_noun(x: Token) -> bool:
    """Repair 98 on ``x`` (a noun of fighting after a verb of causing); True when applied."""
    v = _cause_of(x)
    if v is None or x.dep_ in ("compound", "amod") or v.dep_ == "compound":
        return False
    if x.pos_ == "NOUN" and not x.tag_.startswith("VB") and x.head.i == v.i and x.dep_ in ("obj", "obl"):
        return False  # (read right already)
    if x.dep_ in ("ROOT", "root"):
        if v.head.i == x.i and v.dep_ in ("amod", "acl"):  # "The ruling [sparked] clashes": *ruling* on *clashes*
            subj = next((c for c in x.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < v.i), None)
        elif v.dep_ in ("acl", "amod") and v.head.i < v.i and v.head.head.i == x.i:  # "The vote [set off] clashes"
            subj = v.head
        else:
            return False
        if subj is None:
            return False
        _set_head(v, v, x.dep_)
        _set_head(subj, v, "nsubj")
        for c in list(x.children):
            if c.i > x.i and c.dep_ == "punct":
                _set_head(c, v, "punct")
        _set_head(x, v, "obj")
    elif x.head.i == v.i and x.dep_ in ("obj", "xcomp", "ccomp", "advcl", "obl"):
        if x.dep_ != "obl":
            x.dep_ = "obj"
    elif v.head.i == x.i and x.dep_ in ("obj", "obl", "ccomp", "xcomp"):  # "caused" read as a clause on the noun
        return False
    else:
        return False
    if v.pos_ != "VERB":
        v.pos_, v.tag_ = "VERB", "VBD"
    elif v.tag_ == "VBN" and not any(c.dep_ in ("aux", "aux:pass") for c in v.children):
        v.tag_ = "VBD"  # "The vote *set* off clashes": a past tense, not "is set to"
    x.pos_, x.lemma_ = "NOUN", CAUSED_NOUNS[x.lower_]
    x.tag_ = "NN" if x.lower_.endswith("ing") or not x.lower_.endswith("s") else "NNS"
    for c in x.children:
        if c.i > x.i and (c.dep_.startswith("obl") or c.dep_ in ("nmod:unmarked",)):
            c.dep_ = "nmod"  # "between X and Y", "with police": the noun's own
    return True
