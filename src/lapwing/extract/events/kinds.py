"""What kind of thing an argument is, for the frame conditions ``objplace`` and ``objperson``: a
place (a place name, a place noun, a portion of a place) or people (a name, a nationality in the
plural, a noun of a person or group), so that "captured *Kunduz*", "captured *two commanders*" and
"captured *the gold medal*" are told apart."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.syntax import PERSONISH, _prep_args, _words, lemma_of

#: portion words whose "of" phrase names what was taken: "much of Liberia", "a third of Croatia"
_PORTIONS = frozenset({"much", "part", "parts", "third", "half", "most", "percent", "quarter", "rest", "swath",
                       "swathe", "chunk", "section", "area", "areas", "stretch", "control"})
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "centre", "center", "interior", "outskirts", "heartland"})
#: person nouns outside the event sets: "a drug *lord*", "the *six*"-style heads are not guessed
_PERSON_NOUNS = frozenset({"lord", "kingpin", "boss", "chief", "commander", "leader", "founder", "head", "planner",
                           "mastermind", "ringleader", "brother", "son", "daughter", "wife", "husband", "mistress",
                           "family", "member", "aide", "associate", "deputy", "henchman", "bodyguard", "guerrilla",
                           "fighter", "militant", "rebel", "insurgent", "gunman", "soldier", "officer", "pilot", "airman"})


class KindsMixin:
    """Coder methods that tell places from people (``self.lex`` and ``self.actors`` come from the coder)."""

    def _place_like(self, o: Token | None) -> bool:
        """A place: a place name ("captured *Kunduz*"), a place noun of ``@place`` ("the *town*"), or a
        portion of one ("*much* of Liberia", "a *third* of Croatia", "70 *percent* of Bosnia")."""
        if o is None or o.ent_type_ in ("PERSON", "NORP"):
            return False
        if o.ent_type_ in ("LOC", "GPE", "FAC") or self._lemma_in(o, self.lex.sets.get("@place", frozenset())):
            return True
        if lemma_of(o) in _PORTIONS:
            return any(self._place_like(h) for cs, h in _prep_args(o) if "of" in cs)
        if lemma_of(o) in _COMPASS:  # "Yemen's *north*", "the east of the country"
            return any(self._place_like(c) for c in o.children if c.dep_ in ("nmod:poss", "poss", "nmod"))
        if o.pos_ == "PROPN" and o.ent_type_ not in ("ORG",):
            a = self.actors.get(o, fallback=False)  # a country or a city the actor tables place
            return a is not None and bool(a.country) and not a.sector
        return False

    def _person_like(self, o: Token | None) -> bool:
        """People: a person's name, a nationality in the plural ("18 *Palestinians*"), a noun of a person
        or group of people ("two *suspects*", "a drug *lord*", "the *crew*"); never a place."""
        if o is None or self._place_like(o):
            return False
        if o.ent_type_ == "PERSON" or (o.ent_type_ == "NORP" and o.tag_ in ("NNS", "NNPS")):
            return True
        sets = self.lex.sets
        people = sets.get("@prisoner", frozenset()) | sets.get("@lx_person", frozenset()) | sets.get("@lx_suspect", frozenset())
        return self._lemma_in(o, people) or bool(_words(o) & (PERSONISH | _PERSON_NOUNS))
