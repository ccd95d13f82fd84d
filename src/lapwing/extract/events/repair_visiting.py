"""Parse repair 130: "held talks *with visiting* German Chancellor X", "met *visiting* Indian Prime Minister Y",
"filed a lawsuit *against visiting* Saudi Crown Prince Z": the adjective "visiting" (the guest, who is the one
visiting) read by the parser as a gerund clause whose object is the guest ("[visiting] [Chancellor X]"), and the
preposition before it as its marker. The guest then became the *target* of a visit by the main clause's subject
(the host visiting the guest: the roles turned round), and the talks or the meeting lost their partner.

"visiting" becomes an adjective of the guest's phrase, and that phrase takes its place: the object of the
preposition before it (an oblique of the verb, or a modifier of a noun) or the object of a verb of meeting
("met", "received", "welcomed"). Only when "visiting" stands right after such a preposition or verb (not after
"after", "before", "by", "for", "from", "while": "arrested *for visiting* Minister X" is a visit), the guest's phrase
starts right after it, is headed by a name or a noun (not a place: "with visiting Kabul" is not a guest) and
"visiting" has no subject of its own."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_particle import _set_head

#: prepositions after which "visiting" + a person is the guest ("talks *with* visiting ...")
_GUEST_PREPS = frozenset({"with", "against", "toward", "towards", "among", "alongside", "between", "and"})
#: verbs of meeting whose object "visiting" + a person is the guest ("*met* visiting ...")
_MEET_VERBS = frozenset({"meet", "receive", "welcome", "host", "greet", "tell", "brief", "assure", "thank",
                         "accompany", "escort", "entertain", "honour", "honor", "fete", "congratulate", "invite",
                         "hug", "embrace", "urge", "press", "ask", "lobby"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def visiting_candidate(L: list[str], P: list[str], i: int) -> bool:
    """The candidate test on the columns: "visiting" read as a verb."""
    return L[i] == "visiting" and P[i] == "VERB" and i >= 1


def repair_visiting_guest(t: Token) -> bool:
    """Repair 130 on "visiting" ``t``; True when applied."""
    doc = t.doc
    prev = doc[t.i - 1]
    guest = next((c for c in t.children if c.dep_ in ("obj", "dobj") and c.i > t.i), None)
    if guest is None or guest.left_edge.i != t.i + 1 or guest.pos_ not in ("PROPN", "NOUN"):
        return False
    if guest.ent_type_ in _PLACE_ENTS or any(c.dep_.startswith("nsubj") for c in t.children):
        return False
    head = t.head
    if head.i == t.i:
        return False
    if prev.lower_ in _GUEST_PREPS and prev.head.i == t.i and prev.dep_ in ("mark", "case", "cc"):
        dep = "conj" if prev.lower_ == "and" else ("obl" if head.pos_ in ("VERB", "AUX", "ADJ") else "nmod")
        if prev.lower_ == "and":
            return False  # ("A and visiting B": left as it is, the coordination is parsed elsewhere)
        _set_head(guest, head, dep)
        _set_head(prev, guest, "case")
        prev.pos_, prev.tag_ = "ADP", "IN"
    elif prev.i == head.i and head.pos_ == "VERB" and head.lemma_.lower() in _MEET_VERBS and not any(
            c.dep_ in ("obj", "dobj") for c in head.children if c.i != t.i):
        _set_head(guest, head, "obj")
    else:
        return False
    for c in list(t.children):
        if c.i != guest.i and c.i > guest.right_edge.i:
            _set_head(c, head, c.dep_)  # "... visiting X *in Moscow*": the verb's place, not the guest's
    _set_head(t, guest, "amod")
    t.pos_, t.tag_, t.lemma_ = "ADJ", "JJ", "visiting"
    return True
