"""The one a contact reached, as the target of an act in its purpose clause (target spec ``contacted``, session 28
round 50, issue 10): "Malawi's president telephoned *Mutemba* to express his support", "rang *X* to assure him of his
backing", "visited *Colombo* to express his full support"."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.parse_memo import children_of
from lapwing.extract.events.syntax import _obj_token, lemma_of
from lapwing.extract.events.syntax_args import _prep_args

#: verbs of contact whose purpose clause is said to the one contacted: "telephoned X *to express his support*"
_CONTACT_VERBS = {"telephone", "phone", "call", "ring", "visit", "meet", "receive", "host"}
_AIMED_PREPS = {"for", "to", "behind", "with", "toward", "towards"}


def _contacted(t: Token) -> Token | None:
    """The one a contact verb reached, for an act in its purpose clause that names no one of its own: "Ghana's
    president telephoned *Kamara* to express his support", "visited *Kyiv* to pledge backing" (a "to" infinitive
    hung on the call, the call's direct object a name or noun, not a pronoun left unresolved)."""
    h = t.head
    if t.dep_ not in ("advcl", "xcomp") or h is t or h.i > t.i or lemma_of(h) not in _CONTACT_VERBS:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "to" for c in children_of(t)):
        return None
    own = [x for x in (t, _obj_token(t)) if x is not None]
    if any(cs & _AIMED_PREPS for x in own for cs, _ in _prep_args(x)):
        return None  # "phoned her lawyer to express support *for the strike*": the act names what it is about
    o = _obj_token(h)
    return o if o is not None and o.i < t.i and o.pos_ in ("PROPN", "NOUN") else None


#: nouns of a written message whose participle clause is said to its addressee: "sent a *letter* to X urging ..."
_MESSAGE_NOUNS = frozenset({"letter", "message", "note", "cable", "memo", "memorandum", "missive", "communique",
                            "communiqué", "telegram", "email", "e-mail", "petition"})
#: verbs of writing or sending whose "to" phrase or indirect object names a message's addressee
_WRITE_VERBS = frozenset({"send", "write", "address", "deliver", "hand", "dispatch", "submit", "forward", "pen"})


def _to_phrase(x: Token, before: int) -> Token | None:
    """The noun of ``x``'s "to" phrase (or its indirect object) before the token index ``before``."""
    for c in children_of(x):
        if c.i < before and c.pos_ in ("PROPN", "NOUN") and (
                c.dep_ == "iobj" or (c.dep_ in ("obl", "nmod") and any(
                    k.dep_ == "case" and k.lower_ == "to" for k in children_of(c)))):
            return c
    return None


def message_addressee(t: Token) -> Token | None:
    """The one a written message is addressed to, as the target of the act its participle clause tells (session 30,
    round 55, issue 10): "sent a letter *to the Indian government* threatening to cut aid", "wrote to *the Iranian
    president* urging restraint", "sent *the council* a message asking it to ...": the participle (``-ing``) hung on
    the message noun or on the verb of writing, the addressee in the message's or the verb's "to" phrase or the
    verb's indirect object, before the participle. None otherwise (and for a participle with its own subject)."""
    if t.tag_ != "VBG" or t.dep_ not in ("acl", "advcl", "xcomp") or t.head.i > t.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubj:pass") for c in children_of(t)):
        return None
    h = t.head
    if h.pos_ == "NOUN" and lemma_of(h) in _MESSAGE_NOUNS:
        found = _to_phrase(h, t.i)
        v = h.head if h.dep_ in ("obj", "dobj") else None
        if found is None and v is not None and lemma_of(v) in _WRITE_VERBS:
            found = _to_phrase(v, t.i)
        return found
    if h.pos_ == "VERB" and lemma_of(h) in _WRITE_VERBS:
        o = _obj_token(h)
        if lemma_of(h) != "write" and (o is None or lemma_of(o) not in _MESSAGE_NOUNS):
            return None  # ("sent troops to X, saying ...": only a message carries the words)
        return _to_phrase(h, t.i)
    return None


def addressed_pronoun(o: Token | None, t: Token) -> bool:
    """``o`` is a person pronoun object of the participle ``t`` ("sent a letter to X urging *him* to ..."): it is the
    message's addressee, whatever the pronoun resolver made of it."""
    return o is not None and o.lower_ in ("him", "her", "them") and o.dep_ in ("obj", "dobj", "iobj") and o.head.i == t.i


def _for_subject(t: Token, x: Token) -> Token | None:
    """The subject of an appeal's to-clause ``x`` written as the noun of its for-phrase (session 30, round 55): "called
    for *the government* to resign", "is pushing for *the Kenyan government* to hold elections": a for-phrase noun of
    the trigger just before the clause's "to", the clause a to-infinitive of the trigger with no subject of its own."""
    if x.head.i != t.i or x.dep_ not in ("xcomp", "advcl") or x.i < t.i:
        return None
    to = next((m for m in children_of(x) if m.dep_ == "mark" and m.lower_ == "to"), None)
    if to is None:
        return None
    for cs, h in _prep_args(t):
        if "for" in cs and h.pos_ in ("NOUN", "PROPN") and h.i < to.i and max(w.i for w in h.subtree) == to.i - 1:
            return h
    return None
