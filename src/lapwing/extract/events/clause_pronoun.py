"""The antecedent of an object pronoun in a clause that shares its doer with the clause before it, as the target of
the act that clause tells (session 35, round ar70, issue 10): "the lawyer sued *the company*, accusing *it* of
fraud", "the minister called *President X* and urged *him* to show restraint", "filed a suit against *the envoy*,
accusing *him* of spying".

A participle clause ("..., accusing him of ...") or a second verb joined by "and" with no subject of its own has the
first clause's doer as its own; a personal object pronoun there cannot be that doer (it would be "himself"), so it is
the one the first clause acted on: its direct object, or the noun of an aimed phrase ("against / on / with / to /
at / toward X") of the first verb or of its object ("filed a lawsuit *against X*"). The antecedent must agree with
the pronoun ("him / her" a person, "it" a singular non-person, "them" a plural or a pair) and be the only such noun;
a pronoun the actor tables already coded is left as it is (:meth:`EventSidesMixin._event_target`).
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.parse_memo import children_of
from lapwing.extract.events.syntax import PERSONISH, _obj_token, _words
from lapwing.extract.events.syntax_args import _prep_args

_PRONOUNS = frozenset({"him", "her", "it", "them"})
#: phrases that name the one an act was aimed at ("accused *by* X" and "in a court" name no such one)
_AIMED = frozenset({"against", "on", "with", "to", "at", "toward", "towards", "upon"})
_SUBJECTS = ("nsubj", "nsubj:pass", "nsubjpass", "csubj", "expl")
#: titles that make a name a person even where the entity tagger missed it
_TITLES = frozenset({"president", "minister", "premier", "king", "queen", "prince", "general", "senator", "governor",
                     "chancellor", "leader", "chief", "ambassador", "envoy", "mayor", "secretary", "spokesman",
                     "spokeswoman", "commander", "judge", "sheikh", "emir", "dr.", "mr.", "mrs.", "ms."})


#: person-like words that name a body, which "it" or "them" stands for, never "him" or "her"
_BODIES = frozenset({"government", "group", "party", "opposition", "army", "force", "police", "crowd", "authority",
                     "delegation", "side", "faction", "militia", "people", "troop", "council", "ministry", "company"})

#: bodies "it" stands for besides the person-like collectives
_INSTITUTIONS = frozenset({"firm", "country", "state", "regime", "administration", "agency", "organisation",
                           "organization", "embassy", "bank", "court", "parliament", "junta", "cabinet", "union",
                           "alliance", "coalition", "movement", "network", "club", "league", "committee",
                           "commission", "newspaper", "broadcaster", "channel", "station", "university"})


def _is_person(h: Token) -> bool:
    """One person: a name the entity tagger calls a person, or a person's word or title ("the envoy", "the mayor")."""
    words = _words(h)
    if words & _BODIES or h.ent_type_ in ("GPE", "ORG", "NORP"):
        return False
    return (h.ent_type_ == "PERSON" and h.pos_ == "PROPN") or bool(words & (PERSONISH | _TITLES))


def _agrees(pron: str, h: Token) -> bool:
    if h.pos_ not in ("NOUN", "PROPN"):
        return False
    person = _is_person(h)
    plural = h.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in children_of(h))
    if pron in ("him", "her"):
        return person and not plural
    if pron == "it":  # a body or a named state or firm, not a thing ("lodged *a protest* with Togo, accusing it")
        return not person and not plural and (h.pos_ == "PROPN" or bool(_words(h) & (_BODIES | _INSTITUTIONS)))
    return plural  # "them"


def _candidates(h: Token, before: int) -> list[Token]:
    """The nouns the verb ``h`` acted on, before the index ``before``: its object, and its own and its object's
    aimed phrases."""
    out: list[Token] = []
    o = _obj_token(h)
    if o is not None and o.i < before and o.dep_ in ("obj", "dobj", "iobj"):
        out.append(o)
    for x in (h, o):
        if x is None:
            continue
        for cs, n in _prep_args(x):
            if cs & _AIMED and n.i < before and n not in out:
                out.append(n)
    return out


def clause_antecedent(pron: Token | None) -> Token | None:
    """The noun an object pronoun of a subjectless participle or "and" clause stands for (see the module's note), or
    None."""
    if pron is None or pron.lower_ not in _PRONOUNS or pron.dep_ not in ("obj", "dobj", "iobj"):
        return None
    v = pron.head
    h = v.head
    if h is v or h.i > v.i or h.pos_ not in ("VERB", "AUX"):
        return None
    if not ((v.tag_ == "VBG" and v.dep_ in ("advcl", "xcomp")) or (v.dep_ == "conj" and v.pos_ == "VERB")):
        return None
    if any(c.dep_ in _SUBJECTS for c in children_of(v)):
        return None  # "..., and he urged her": a clause with its own doer
    if not any(c.dep_ in _SUBJECTS for c in children_of(h)):
        return None  # the first verb's doer unknown: nothing says who the pronoun cannot be
    found = [n for n in _candidates(h, v.i) if _agrees(pron.lower_, n)]
    return found[0] if len(found) == 1 else None
