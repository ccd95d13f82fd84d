"""Repair 14 of ``parse_repair``: an approximate number read as a preposition.

"Rebels kidnapped *up to* 16 advisers", "Troops killed *over* 70 people", "Police detained *as many
as* 200 people": the words that qualify the number come out as the preposition of an oblique, so the
verb loses its object (and the event its target). A noun that is the oblique of a verb, whose only
"preposition" is such a qualifier standing right before its number, is the verb's object when the
verb has none; the qualifier becomes a modifier of the number.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.lexicon_loader import form_index, phrasal_particles

#: qualifier words that stand before a number ("up to 16", "over 70", "as many as 200", "nearly 40")
QUALIFIERS = {"up", "to", "over", "about", "around", "nearly", "almost", "some", "approximately", "roughly",
              "as", "many", "much", "under", "more", "than", "least", "at"}


def repair_number_qualifier(n: Token) -> bool:
    """Apply repair 14 to the noun ``n``; True when applied."""
    if not n.dep_.startswith("obl") or n.head.pos_ != "VERB" or n.i < n.head.i:
        return False
    v = n.head
    if any(c.dep_ in ("obj", "dobj") for c in v.children) or any(c.dep_ in ("aux:pass", "nsubj:pass") for c in v.children):
        return False
    num = next((c for c in n.children if c.dep_ == "nummod" and c.i < n.i), None)
    if num is None:
        return False
    doc = n.doc
    words = [doc[i] for i in range(v.i + 1, num.i) if not (doc[i].dep_ == "compound:prt" and doc[i].lower_ != "up")]
    if not words or any(w.lower_ not in QUALIFIERS for w in words):
        return False
    if [w.lower_ for w in words] in (["to"], ["at"], ["under"]):
        return False  # "sent troops to 16 towns" is a real preposition; so are "at" and "under" alone
    lemmas = {v.lemma_.lower(), v.lower_, form_index().get(("V", v.lower_), "")}
    if words[0].i == v.i + 1 and any(words[0].lower_ in phrasal_particles().get(lem, ()) for lem in lemmas):
        return False  # "handed over three hostages": the verb's particle (repair 9)
    n.dep_ = "obj"
    for w in words:
        w.head, w.dep_ = num, "advmod"
    return True
