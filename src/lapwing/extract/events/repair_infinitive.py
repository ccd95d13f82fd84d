"""Repair 15 of ``parse_repair``: an infinitive verb read as a noun modifier after "to".

Words that are both verbs and nouns ("fire", "attack", "shell", "strike", "bomb", "raid") after a
control verb are sometimes read as the first word of a noun phrase: "Hamas threatened *to fire
rockets* at Israel" comes out as "threatened [to [fire rockets]]", a place the threat goes to, and
the threat loses its content. After a verb that takes a to-infinitive (``CONTROL``), "to" + a bare
trigger-verb form read as the compound of the next noun is the verb of the to-clause, the noun its
object.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_forms import verb_forms

#: verbs whose "to" starts an infinitive clause rather than a place or a recipient
CONTROL = {"threaten", "vow", "plan", "decide", "agree", "promise", "pledge", "try", "seek", "want", "refuse",
           "prepare", "continue", "begin", "start", "intend", "aim", "hope", "vote", "resolve",
           "attempt", "offer", "need", "fail", "decline", "order", "urge", "ask", "call", "warn", "demand",
           "allow", "force", "authorize", "authorise", "expect", "choose", "scramble"}


def repair_to_infinitive(to: Token) -> bool:
    """Apply repair 15 at the word "to"; True when applied."""
    doc = to.doc
    if to.dep_ != "case" or to.i + 2 >= len(doc):
        return False
    v, n = doc[to.i + 1], to.head
    gov = n.head
    if v.dep_ != "compound" or v.head.i != n.i or v.tag_ != "NN" or n.i != v.i + 1 or n.pos_ != "NOUN":
        return False
    if not n.dep_.startswith(("obl", "nmod")) or gov.pos_ != "VERB" or gov.i > to.i:
        return False
    if gov.lemma_.lower() not in CONTROL or verb_forms().get(v.lower_) != v.lower_:
        return False
    if any(c.dep_ in ("det", "nmod:poss", "nummod", "amod") and c.i < n.i for c in n.children):
        return False  # "moved to the fire station", "appealed to fire victims' families" keep their noun
    v.pos_, v.tag_, v.lemma_ = "VERB", "VB", v.lower_
    v.head, v.dep_ = gov, "xcomp"
    to.head, to.dep_, to.pos_, to.tag_ = v, "mark", "PART", "TO"
    n.head, n.dep_ = v, "obj"
    return True
