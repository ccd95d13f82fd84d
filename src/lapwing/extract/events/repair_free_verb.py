"""Parse repair 113: "urged the soldiers *to free President Moussa Kader*", "called on the army to free former minister
X": the verb "free" before a titled name read by the parser as an adjective of the name ("free President"), and "to"
as the name's preposition, so the appeal had no content clause and the release asked for was not coded.

"free" becomes the to-infinitive the appeal verb controls (its object the name phrase, "to" its marker), and a
hearer the parser made the appeal verb's indirect object becomes its object ("urged *the soldiers* to ..."). Only
when "to" stands right before "free", the phrase they open is a name or a titled noun hung on the verb, and the verb
has no content clause of its own."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_particle import _set_head


def free_verb_candidate(D: list[str], L: list[str], i: int) -> bool:
    """The candidate test on the columns: "free" as a modifier right after a "to" read as a preposition."""
    return L[i] == "free" and D[i] == "amod" and i >= 1 and L[i - 1] == "to" and D[i - 1] == "case"


def repair_free_before_name(t: Token) -> bool:
    """Repair 113 on "free" ``t``; True when applied."""
    doc = t.doc
    to = doc[t.i - 1]
    phrase = to.head
    v = phrase.head
    if not (phrase.i > t.i and phrase.left_edge.i == to.i and phrase.dep_.startswith("obl") and v.pos_ == "VERB"
            and v.i < to.i):
        return False
    if phrase.pos_ != "PROPN":
        return False  # ("was moved to free trade zones", "agreed to free trade with Kenya": no name)
    if any(c.dep_ in ("xcomp", "ccomp") for c in v.children):
        return False
    _set_head(t, v, "xcomp")
    t.pos_, t.tag_, t.lemma_ = "VERB", "VB", "free"
    _set_head(to, t, "mark")
    to.pos_, to.tag_ = "PART", "TO"
    _set_head(phrase, t, "obj")
    if not any(c.dep_ in ("obj", "dobj") for c in v.children):
        for c in v.children:
            if c.dep_ == "iobj" and c.i < to.i:
                c.dep_ = "obj"
    return True
