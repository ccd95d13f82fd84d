"""Whose a thing is, for the argument specs (split out of ``argspecs``, which re-exports these names): the coded
owner of a noun (possessor, nationality word, "of" / "by" phrase, a trade good's origin), the country a struck site
stands in, a noun owned by the doer's own pronoun, and an actor mention that holds its owner word."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.participants import NOT_STATES, SETTLEMENT_HEADS, SIDE_HEADS, is_coded
from lapwing.extract.events.syntax import PERSONISH, _obj_token, _subj_token, _words, lemma_of
from lapwing.extract.events.syntax_words import RELATION_NOUNS
from lapwing.extract.events.syntax_args import _maker, _prep_args
from lapwing.extract.events.parse_memo import children_of


_OWN = frozenset({"its", "their", "his", "her", "our"})
#: goods in trade, owned by the country they come from ("imports of *Chinese* steel", "exports from *Chile*")
_TRADE_NOUNS = frozenset({"import", "imports", "export", "exports", "shipment", "shipments", "good", "goods",
                          "product", "products", "produce", "purchase", "purchases", "delivery", "deliveries"})
#: nouns of a body that acts: "the Iranian *government*", "Egypt's *army*"
_BODY_NOUNS = frozenset({"government", "army", "military", "authority", "regime", "administration", "ministry",
                         "parliament", "police", "force", "troop", "navy", "cabinet", "leadership", "junta", "opposition",
                         "rebel", "militia", "delegation", "embassy", "court"})


def _self_owned(h: Token) -> bool:
    """A noun owned by a possessive pronoun ("*its* troops", "*their* weapons"): the doer's own; not a name or
    another party ("its neighbour Kyrgyzstan", "its allies")."""
    if h.pos_ == "PROPN" or lemma_of(h) in RELATION_NOUNS or any(
            c.dep_ in ("appos", "compound", "flat") and c.pos_ == "PROPN" and c.i > h.i for c in children_of(h)):
        return False
    return any(c.dep_ in ("nmod:poss", "poss") and c.lower_ in _OWN for c in children_of(h))


class OwnersMixin:
    """Coder methods that find whose a thing or a site is (a coded actor), for ``ArgSpecsMixin``."""

    def _owned_phrase(self, o: Token | None, found: list[Token], t: Token) -> Token | None:
        """A content clause's uncoded object gives way to a phrase whose noun a coded country word or possessor
        owns: "refused to lift [the ban] on *Cypriot* ships", "threatened to close [its
        borders] with *Iraqi* Kurdistan" (the phrase's noun; its owner is coded as the target's country)."""
        h = next((h for h in found if h is not o and not self._doers_own(h, t) and h.pos_ in ("NOUN", "PROPN")
                  and self._noun_owner(h) is not None), None)
        if h is None and o is not None and not self._doers_own(o, t) and self._noun_owner(o) is not None:
            return o  # "threatened to seize *British* tankers": the object's own owner (coded downstream)
        return h  # (before the object's owner: "to lower [Chinese] tariffs on *Australian* barley")


    def _doers_own(self, h: Token, t: Token) -> bool:
        """``h`` is owned by a possessive pronoun that may stand for the subject of ``t`` (``_self_owned``), not by
        one resolved to another country: "his country was ready to offer [*her* asylum]" (her: Peru's president)."""
        if not _self_owned(h):
            return False
        pron = next(c for c in children_of(h) if c.dep_ in ("nmod:poss", "poss") and c.lower_ in _OWN)
        s = _subj_token(t)
        a, sa = self.actors.get(pron, fallback=False), self.actors.get(s, fallback=False) if s is not None else None
        return not (a is not None and sa is not None and a.country and sa.country and a.country != sa.country)

    def _actor_phrase(self, o: Token, w: Token) -> bool:
        """``o`` heads an actor mention of its own that holds its owner word ``w`` ("Kenya's president", "the
        Iranian government"), not a thing or an act that an actor owns ("Israel's attack", "a US offer")."""
        a = self.actors._raw(o)
        return is_coded(a) and a.start <= w.idx < a.end and a.start <= o.idx < a.end and o.pos_ in ("NOUN", "PROPN") \
            and bool(_words(o) & PERSONISH or o.pos_ == "PROPN" or lemma_of(o) in _BODY_NOUNS)

    def _site_country(self, t: Token) -> Token | None:
        """The country a struck site stands in, named after it: "struck two oil pumping stations *in Saudi
        Arabia*", "hit a fuel depot in *Kyiv*" (the object's own "in" phrase, or the verb's after the object).
        Not for people or actors ("killed two soldiers in Mali" names where, not whose), and only a mention
        the actor extractor codes as a country (a capital stands for its country), never a sector."""
        o = _obj_token(t)
        if o is None:
            return None
        return self.site_in(o, [h for cs, h in _prep_args(t) if cs & {"in", "inside"} and h.i > o.i])

    def site_in(self, o: Token, later: list[Token] = ()) -> Token | None:
        """The country (a coded country mention) that the struck site ``o`` stands in, by its own "in" phrase or
        the ``later`` phrases: "positions *in northern Iraq*", "targets in *Kenya's* coastal counties"; None for a
        person, an actor or a site with no such phrase."""
        if o.pos_ not in ("NOUN",) or _words(o) & PERSONISH or is_coded(self.actors.get(o, fallback=False)):
            return None
        places = [h for cs, h in _prep_args(o) if cs & {"in", "inside"}] + list(later)
        for h in places:
            if lemma_of(h) in SETTLEMENT_HEADS and not is_coded(self.actors.get(h, fallback=False)):
                own = self._noun_owner(h)  # "in the Ukrainian city of Kherson"
                if own is not None and own.dep_ in ("amod", "compound", "nmod:poss", "poss"):
                    return own
                h = own or h
            a = self.actors.get(h, fallback=False)
            if is_coded(a) and a.country and not a.sector and a.country not in NOT_STATES:
                return h
        return None

    def _noun_owner(self, o: Token) -> Token | None:
        if o.lower_ in SIDE_HEADS and not any(c.dep_ in ("appos", "flat") and c.pos_ == "PROPN" for c in children_of(o)):
            return None  # "will tell *its creditors*": a relation noun's possessor is the other side (round 34)
        for c in children_of(o):
            if c.dep_ in ("nmod:poss", "poss", "compound", "amod") and c.i < o.i and self._modifier_actor(c):
                return c
        for cs, h in _prep_args(o):
            if cs & {"of", "by"} and is_coded(self.actors.get(h, fallback=False)):
                return h
        if lemma_of(o) in _TRADE_NOUNS or o.lower_ in _TRADE_NOUNS:
            # (round 48) goods in trade belong to the country they come from: "a ban on imports *of Chinese* steel",
            # "tariffs on shipments *from Nigeria*" (a coded from-phrase, or a coded modifier of the of-phrase's noun)
            for cs, h in _prep_args(o):
                if "from" in cs and is_coded(self.actors.get(h, fallback=False)):
                    return h
                if "of" in cs and h.pos_ == "NOUN":
                    m = next((c for c in children_of(h) if c.dep_ in ("nmod:poss", "poss", "compound", "amod")
                              and c.i < h.i and self._modifier_actor(c)), None) or next((
                        x for cs2, x in _prep_args(h) if "from" in cs2 and is_coded(self.actors.get(x, fallback=False))
                    ), None)  # "imports of beef *from Argentina*"
                    if m is not None:
                        return m
        return _maker(o, lambda h: is_coded(self.actors.get(h, fallback=False)))  # "laws passed *by X*"
