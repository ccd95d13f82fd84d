"""Repair 14 of ``parse_repair``: an approximate number read as a preposition.

"Rebels kidnapped *up to* 16 advisers", "Troops killed *over* 70 people", "Police detained *as many
as* 200 people": the words that qualify the number come out as the preposition of an oblique, so the
verb loses its object (and the event its target). A noun that is the oblique of a verb, whose only
"preposition" is such a qualifier standing right before its number, is the verb's object when the
verb has none; the qualifier becomes a modifier of the number.

Repair 125 (session 29) widens it to a comparative that the model made the noun's head: "Rebels killed *no
fewer than* 30 villagers", "Troops arrested *not less than* 40 men" come out with the comparative an adverb of
the verb (or its object: "arrested no *fewer*") and the noun its oblique (through "than"). The noun is then the verb's object all the same.

Repair 128 (session 23, round 31) widens it to a qualifier that ends in "of": "Bandits killed *upwards of* 20
farmers" (the of-phrase read as the verb's oblique, the qualifier its adverb).
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.lexicon_loader import form_index, phrasal_particles

#: qualifier words that stand before a number ("up to 16", "over 70", "as many as 200", "nearly 40")
QUALIFIERS = {"up", "to", "over", "about", "around", "nearly", "almost", "some", "approximately", "roughly",
              "as", "many", "much", "under", "more", "than", "least", "at"}
#: comparatives the model may make the head of the counted noun ("no *fewer* than 30 villagers"), and the words
#: that may stand before them (repair 125)
COMPARATIVES = frozenset({"fewer", "less", "more"})
_BEFORE_COMPARATIVE = frozenset({"no", "not", "far", "well", "much", "slightly", "little"})
#: qualifiers that end in "of" (repair 128), as the word sequences between the verb and the number
OF_QUALIFIERS = frozenset({("upwards", "of"), ("upward", "of"), ("well", "upwards", "of")})


def repair_number_qualifier(n: Token) -> bool:
    """Apply repair 14 to the noun ``n``; True when applied."""
    upwards = n.head.lower_ in ("upwards", "upward") and n.head.dep_ == "advmod" and n.head.head.i < n.head.i
    if not (n.dep_.startswith("obl") or (upwards and n.dep_ == "nmod")) or n.i < n.head.i:
        return False
    v = n.head
    if upwards:
        v = v.head  # 128: "executed *upwards* of 50 prisoners" with the noun hung on the qualifier
    comp = v
    comparative = v.lower_ in COMPARATIVES and v.dep_ in ("advmod", "obj") and v.head.i < v.i < n.i
    if comparative:
        v = v.head  # repair 125: "killed no *fewer* than 30 villagers", the noun hung on the comparative
    if v.pos_ != "VERB":
        return False
    if any(c.dep_ in ("obj", "dobj") and c.i != comp.i for c in v.children) or any(
            c.dep_ == "aux:pass" for c in v.children):
        return False
    subj_pass = next((c for c in v.children if c.dep_ == "nsubj:pass"), None)
    if subj_pass is not None and (n.head.i == v.i or any(c.dep_ in ("aux", "cop") for c in v.children)):
        return False  # (128: a past read as a passive, "The militia [nsubj:pass] executed upwards of")
    num = next((c for c in n.children if c.dep_ == "nummod" and c.i < n.i), None)
    if num is None:
        return False
    doc = n.doc
    words = [doc[i] for i in range(v.i + 1, num.i) if not (doc[i].dep_ == "compound:prt" and doc[i].lower_ != "up")]
    allowed = QUALIFIERS | (COMPARATIVES | _BEFORE_COMPARATIVE if comparative else frozenset())
    of_qualifier = tuple(w.lower_ for w in words) in OF_QUALIFIERS  # repair 128
    if not words or (not of_qualifier and any(w.lower_ not in allowed for w in words)):
        return False
    if [w.lower_ for w in words] in (["to"], ["at"], ["under"]):
        return False  # "sent troops to 16 towns" is a real preposition; so are "at" and "under" alone
    lemmas = {v.lemma_.lower(), v.lower_, form_index().get(("V", v.lower_), "")}
    if words[0].i == v.i + 1 and any(words[0].lower_ in phrasal_particles().get(lem, ()) for lem in lemmas):
        return False  # "handed over three hostages": the verb's particle (repair 9)
    if subj_pass is not None:
        subj_pass.dep_ = "nsubj"
        v.tag_ = "VBD" if v.tag_ == "VBN" else v.tag_
    n.head, n.dep_ = v, "obj"
    for w in words:
        w.head, w.dep_ = num, "advmod"
    return True
