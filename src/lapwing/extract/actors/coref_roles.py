"""A pronoun between several entities, resolved by the role its antecedent had (session 20, issue 10: the
Bangladesh report).

``coref._pick`` resolves a pronoun when one entity is in reach; with two or more it gave up. Two roles settle it:

* a subject "he" or "she" is the one named person in reach, when that person was a subject ("Home Minister X
  accused *the opposition* of ... *He* has ordered police ...", "Prime Minister Y has spoken to the chiefs ...
  According to *the press secretary*, *she* told ..."): a collective ("the opposition") or one named only in a
  phrase ("according to the press secretary") is not the next "he"; with two named persons in reach ("X and Y met
  ... He") it stays unresolved;
* an object pronoun of the second of two joined verbs is the object of the first ("she told *the service chiefs*
  that ... and ordered *them* to ...", "the minister summoned the envoys and expelled *them*"), when the first verb has
  one such object in reach;
* a subject "he" or "she" is the one named person in reach when that person was sent, named or appointed by a
  state or a body: the object (or the object's apposed name) of a verb whose subject is a country or an
  organisation ("Kenya sent its foreign minister, X, to Addis Ababa. *He* met ...", "The African Union appointed a
  mediator, Y. *She* held talks ..."): a state or a body acts through the person it sends (session 29 round 52,
  the Cambodia-Laos report: the ASEAN chair's envoy's talks had no source). See :func:`envoy_subject`.
"""

from __future__ import annotations

from typing import Any

#: the roles of an object of the first verb that a pronoun object of the second one continues
_OBJECTS = frozenset({"obj", "iobj", "dobj"})


def role_antecedent(coref: Any, cands: list, t: Any, cls: str, as_object: bool):
    """The antecedent of the pronoun ``t`` among ``cands`` (mentions of several entities) by role; None when the
    role does not settle it."""
    doc = coref.doc
    if as_object and cls in ("group", "person") and t.dep_ in _OBJECTS and t.head.dep_ == "conj":
        first = t.head.head
        picked = [m for m in cands if doc[m.head].head.i == first.i and doc[m.head].dep_ in _OBJECTS]
    elif cls == "person" and t.dep_ == "nsubj" and t.lower_ in ("he", "she"):
        picked = [m for m in cands if coref.root(m).kind == "person"]
        if not any(doc[m.head].dep_ == "nsubj" for m in picked):
            return None
    else:
        return None
    if len({coref.root(m).entity for m in picked}) != 1:
        return None  # "President X and Prime Minister Y met ... He": either of the two
    return coref.root(picked[-1])


#: the kinds of mention that send, name or appoint a person who then acts for them
_SENDERS = frozenset({"gpe", "org"})


def envoy_subject(coref: Any, group: list, t: Any) -> list:
    """The mentions of ``group`` (one entity's mentions in reach of the subject he/she ``t``) that name a person
    a state or a body acted upon as the object of its verb: the object itself ("sent *Foreign Minister X*") or
    the object's apposed or compounded name ("sent *its foreign minister, X,*"); [] when there is none, when
    the pronoun is no subject he/she, or when the entity is no named person. The sender's country is kept in
    ``coref.envoy_country`` for a person who has none of their own (see :func:`sent_by`)."""
    doc = coref.doc
    if t.dep_ != "nsubj" or t.lower_ not in ("he", "she"):
        return []
    if not any(coref.root(m).kind == "person" for m in group):
        return []
    senders = {x.head: x for x in coref.index.in_sentences(min(m.sent for m in group), max(m.sent for m in group))
               if x.kind in _SENDERS}
    out = []
    for m in group:
        h = doc[m.head]
        if h.dep_ in ("appos", "compound", "flat") and h.head.dep_ in _OBJECTS:
            h = h.head
        if h.dep_ not in _OBJECTS or h.head.pos_ != "VERB":
            continue
        subj = [c for c in h.head.children if c.dep_ == "nsubj"]
        if subj and subj[0].i in senders:
            out.append(m)
            sender = coref.codes.get(id(senders[subj[0].i]))
            if sender is not None and sender.country:
                coref.envoy_country[id(coref.root(m))] = sender.country
    return out


def sent_by(coref: Any, antecedent: Any, country: str | None) -> str | None:
    """The country of the person ``antecedent`` (``country``), else that of the state or body that sent or
    appointed them (:func:`envoy_subject`): "Norway dispatched a special envoy, X. *She* ..." is Norway's."""
    return country or coref.envoy_country.get(id(antecedent))
