"""Prepositional arguments and parties of a trigger for the event coder: the oblique and nominal phrases by their
prepositions ("*on* Syria", "*with* the rebels"), the owner of a phrase, a coordinated second party, the sides named
by "of" after a plural head ("the leaders *of Japan and Indonesia*") and "between X and Y". Split from ``syntax``,
whose clause and argument helpers these read."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.conjuncts import hung_conjunct
from lapwing.extract.events.parse_memo import _per_token, children_of
from lapwing.extract.events.syntax import _cases, _is_temporal, _name_as_clause, _obj_token
from lapwing.extract.events.syntax_words import PERSONISH, _words, lemma_of


_VERB_PREPS_AFTER_NAME = frozenset({"for", "to", "with", "against", "over", "about", "on"})
_VERB_PREPS_AFTER_NOUN = frozenset({"with", "for"})
_AFTER_AGENT = frozenset({"to", "on", "against", "with", "in"})
#: prepositions of a party that the parser may hang on a time word before them ("on Saturday *with* Y")
_AFTER_TIME = frozenset({"with", "between", "against", "toward", "towards"})


@_per_token
def _prep_args(t: Token) -> list[tuple[set[str], Token]]:
    """(prepositions, head) for each oblique / nominal modifier / for-clause of ``t``."""
    out = []
    for c in (kids := children_of(t)):  # (each child's Token made once)
        d = c.dep_
        if d.startswith(("obl", "nmod")) and d != "nmod:poss" and d != "nmod:tmod":
            cs = _cases(c)
            if cs and not _is_temporal(c):  # "on Friday" is a time, not a target
                out.append((cs, c))
            elif _is_temporal(c):
                # "established ties on Saturday *with Bhutan*": a phrase the parser hung on the time word after it
                # is the head's own
                out.extend((gs, g) for g in children_of(c) if g.dep_.startswith("nmod") and g.i > c.i
                           and (gs := _cases(g) & _AFTER_TIME) and not _is_temporal(g))
        elif d == "dep" and c.pos_ == "PROPN" and c.i > t.i and (cs := _cases(c)) and not _is_temporal(c):
            # "imposed sanctions [on former President X Y and ...]": a titled name with its own preposition that
            # the parser left as an unlabelled dependent of the verb is its oblique
            out.append((cs, c))
        elif d == "advcl" and _cases(c) & {"for"}:
            out.append(({"for"}, c))
        elif ((d in ("obj", "iobj", "appos") and c.pos_ == "PROPN") or _name_as_clause(c)) \
                and c.left_edge.dep_ == "case" and c.left_edge.head.i != c.i and (cs := _cases(c)):
            # "apologised [to Chinese President Xi Jinping]" read as an object whose preposition hangs on a
            # word of the name, "sanctions [on Russian President Vladimir Putin]" read as an apposition
            out.append((cs, c))
        elif d in ("acl",) and c.lower_ in ("involving", "including", "between", "against", "targeting"):
            for g in children_of(c):
                if g.dep_ in ("obj", "dobj"):
                    out.append(({c.lower_}, g))
        if c.i > t.i and d.startswith(("obl", "nmod")) and "including" in _cases(c):
            # (session 30, round 55) "the deployment of 300 troops, including 20 officers, *to Mali*": a phrase after
            # the comma that closes an "including" aside, which the parser hangs on the aside's noun, is the head's
            out.extend((gs, g) for g in children_of(c) if g.dep_.startswith(("nmod", "obl")) and g.i > c.i
                       and any(g.doc[k].text == "," for k in range(c.i + 1, g.i))
                       and (gs := _cases(g) & _ASIDE_PREPS) and not _is_temporal(g))
    if t.pos_ == "VERB":
        # "asked [the IMF] for a loan", "thanked [Qatar] for its mediation": a phrase after a name
        # that is the verb's object belongs to the verb (a name takes no such complement)
        for o in kids:
            if o.dep_ in ("obj", "iobj") and (o.pos_ in ("PROPN", "PRON") or (
                    o.pos_ == "NOUN" and _words(o) & PERSONISH)):  # "charged [the minister] with ...
                # after a common noun only the prepositions a noun rarely takes as a complement
                preps = _VERB_PREPS_AFTER_NAME if o.pos_ != "NOUN" else _VERB_PREPS_AFTER_NOUN
                for c in children_of(o):
                    if c.dep_ == "nmod" and c.i > o.i:
                        cs = _cases(c) & preps
                        if cs and not _is_temporal(c):
                            out.append((cs, c))
    elif t.pos_ == "NOUN":
        # "a trip *by Lund* to the Élysée", "an attack by rebels on the convoy": a phrase after the
        # event noun's by-agent (a name or a person) belongs to the event noun
        for a in kids:
            if a.dep_ == "nmod" and a.i > t.i and "by" in _cases(a) and (a.pos_ == "PROPN" or _words(a) & PERSONISH):
                for c in children_of(a):
                    if c.dep_ == "nmod" and c.i > a.i and (cs := _cases(c) & _AFTER_AGENT) and not _is_temporal(c):
                        out.append((cs, c))
    prts = [c for c in kids if c.dep_ in ("compound:prt", "prt")]
    if prts:
        o = _obj_token(t)
        if o is not None:
            for p in prts:
                out.append(({p.lower_}, o))
    return out


#: prepositions of a phrase after an "including" aside that belong to the head before the aside
_ASIDE_PREPS = frozenset({"to", "into", "in", "on", "against", "from", "for", "with", "toward", "towards", "at"})

#: words that make "of" part of a preposition of their own: "out of", "because of", "ahead of", "instead of"
_OF_COMPOUNDS = frozenset({"out", "because", "ahead", "instead", "regardless", "outside", "inside"})


def _prep(t: Token, preps: set[str] | frozenset[str]) -> Token | None:
    for cs, h in _prep_args(t):
        if cs & preps and not (cs & preps == {"of"} and cs & _OF_COMPOUNDS):  # "of" is not "out of"
            return h
    return None


def _owner(t: Token) -> Token | None:
    """Whose is this noun: possessor, nationality adjective, proper-noun compound, of/by/from phrase."""
    for c in children_of(t):
        if c.dep_ in ("nmod:poss", "poss"):
            return c
    for c in children_of(t):
        if c.dep_ in ("amod", "compound") and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE", "ORG")):
            return c
    for c in children_of(t):
        if c.dep_.startswith("nmod") and (cs := _cases(c)) & {"from", "by", "of"} and not cs & _OF_COMPOUNDS:
            return c  # (not "workers *out of* Rakhine State": where they were forced from)
    return None


def _maker(t: Token, coded) -> Token | None:
    """The coded by-agent of a participle that describes the noun ``t`` as made or imposed by someone (session 30,
    round 55): "new laws *passed by the Indian government*", "the threats *made by Iran*": whose the thing is."""
    for c in children_of(t):
        if c.dep_ == "acl" and c.i > t.i and c.tag_ == "VBN":
            for g in children_of(c):
                if g.dep_.startswith("obl") and "by" in _cases(g) and coded(g):
                    return g
    return None


def _conj(t: Token) -> Token | None:
    for c in children_of(t):
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ"):
            return c
    return None


#: plural heads whose "of" / "from" phrase names the sides ("the leaders *of Japan and Indonesia*")
_SIDE_HEADS = frozenset({"leader", "president", "minister", "head", "delegation", "official", "envoy",
                         "representative", "diplomat", "negotiator", "chief", "commander", "premier"})


def _name_conj(t: Token) -> Token | None:
    """The second of two titled names whose "and" the parser hung inside the first name's title chain
    ("Secretary of State Marco Rubio *and* Chinese Foreign Minister *Wang* Yi held talks", *Wang* a conjunct
    of *Marco* in "of State Marco Rubio")."""
    c = _conj(t)
    if c is not None or t.pos_ != "PROPN":
        return c
    for x in children_of(t):
        if x.dep_ == "nmod" and x.pos_ == "PROPN" and x.i > t.i:
            y = _conj(x)
            if y is not None and y.pos_ == "PROPN":
                return y
    # the first of the two, whose whole titled name the parser hung inside the second's title ("U.S. Secretary of
    # State Mike *Pompeo* and Russian Foreign Minister Sergei *Lavrov* met", *Lavrov* the subject)
    doc = t.doc
    for k in range(t.left_edge.i + 2, t.i - 1):
        if doc[k].lower_ == "and" and doc[k].dep_ == "cc" and doc[k - 1].pos_ == "PROPN" \
                and doc[k - 2].pos_ == "PROPN" and doc[k + 1].pos_ in ("ADJ", "PROPN"):
            return doc[k - 1]
    return None


def _side_conj(t: Token) -> Token | None:
    """The second side of a subject: its own conjunct ("Japan *and Indonesia*"), or for a plural of
    leaders, ministers or delegations the conjunct of their "of" / "from" phrase ("the leaders of Japan
    *and Indonesia* met")."""
    c = _conj(t)
    if c is not None or t.tag_ not in ("NNS", "NNPS") or lemma_of(t) not in _SIDE_HEADS:
        return c
    for x in children_of(t):
        if x.dep_.startswith("nmod") and _cases(x) & {"of", "from"} and x.pos_ == "PROPN":
            return _conj(x)
    return None


def _purpose_between(t: Token) -> tuple[Token | None, Token | None]:
    """The two sides of a nominal act named in its purpose or after a time word: "a mediation effort *to resolve
    the rift between X and Y*" (also "to try to end ..."; the clause on the noun or on the verb it is the object
    of), "launched a mediation effort on Sunday *between X and Y*" (the phrase hung on the verb's time word)."""
    v = t.head if t.dep_ in ("obj", "dobj") and t.head.pos_ == "VERB" else None
    clauses = [c for c in children_of(t) if c.dep_ in ("acl", "advcl")]
    clauses += [c for c in children_of(v) if c.dep_ in ("advcl", "xcomp") and c.i > t.i] if v is not None else []
    for c in clauses:
        if c.pos_ != "VERB" or not any(m.dep_ == "mark" and m.lower_ == "to" for m in children_of(c)):
            continue
        for x in (c, *(g for g in children_of(c) if g.dep_ == "xcomp" and g.pos_ == "VERB")):  # "to try *to prevent*"
            o = _obj_token(x)
            if o is None:
                continue
            pair = _between(o)
            if pair[0] is None:  # ("to end the dispute [between X and Y]" with the phrase hung on *end*)
                pair = _between(x)
                if pair[0] is not None and pair[0].i < o.i:
                    pair = (None, None)
            if pair[0] is not None:
                return pair
    for c in children_of(v) if v is not None else ():
        if c.i > t.i and c.dep_.startswith(("obl", "nmod")) and _is_temporal(c):
            pair = _between(c)
            if pair[0] is not None:
                return pair
    return None, None


def _side_adjectives(c: Token) -> tuple[Token, Token] | None:
    """(round 35) "between *Indian and Pakistani* troops": one noun whose two coordinated modifiers are the sides."""
    a = next((m for m in children_of(c) if m.dep_ == "amod" and m.i < c.i), None)
    b = _conj(a) if a is not None else None
    return (a, b) if b is not None and {a.pos_, b.pos_} <= {"ADJ", "PROPN"} and b.i < c.i else None


def _between(t: Token, depth: int = 0) -> tuple[Token | None, Token | None]:
    for c in children_of(t):
        if c.dep_.startswith(("nmod", "obl")) and _cases(c) & {"between", "among", "amongst"}:
            other = _conj(c) or hung_conjunct(c)  # ("talks between X and Y" with Y hung on *talks*)
            if other is None and (sides := _side_adjectives(c)) is not None:
                return sides
            return c, other
        if c.dep_ == "acl" and c.lower_ in ("involving", "between"):
            for g in children_of(c):
                if g.dep_ in ("obj", "dobj"):
                    return g, _conj(g)
    if depth == 0 and t.pos_ == "NOUN":  # (round 35) "an exchange *of fire between* X and Y": the phrase on the
        for c in children_of(t):  # noun the event is made of
            if c.dep_.startswith("nmod") and _cases(c) == {"of"} and c.i > t.i:
                return _between(c, 1)
    return None, None
