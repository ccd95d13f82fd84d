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
