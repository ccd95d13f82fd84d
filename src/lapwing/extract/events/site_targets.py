"""Where an attack named by its site lands: "launched air strikes against Kurdish positions *in northern Iraq*",
"carried out attacks on security targets *in Kenya's* coastal counties".

The prepositional target of an act of force (a nominal event's "on / against" phrase, or a verb's "at / on /
against" phrase) is often a site, not an actor: positions, targets, bases, depots. When neither the site nor a word
that owns it is coded ("rebel-held", "*Kurdish*" are tried first, by the coder), the country the site stands in,
named in its own "in" phrase, is the target, as the verbs' ``objsite`` spec already does for a struck object ("hit a
fuel depot in Kyiv"). Only a coded country mention, never a sector; never for people ("killed two soldiers in Mali"
names where, not whose) nor for a direct object (the pattern's own ``objsite`` decides those)."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.coding_checks import VIOLENT_ROOTS
from lapwing.extract.events.syntax_args import _prep_args

#: the labels of a prepositional target: a noun's complement or a verb's oblique
_PREP_LABELS = frozenset({"nmod", "obl"})

#: what a campaign is waged on that is no site: "a war on *drugs* in Manila", "a crackdown on *corruption* in Lagos"
_NO_SITE = frozenset({"drug", "drugs", "narcotic", "narcotics", "crime", "corruption", "poverty", "terror", "terrorism",
                      "extremism", "inflation", "disease", "hunger", "graft", "smuggling", "trafficking", "piracy",
                      "dissent", "misinformation", "disinformation", "fraud", "vice", "gang", "gangs"})


def struck_site_country(coder, target_tok: Token | None, trigger: Token, root: str) -> Token | None:
    """The country mention a struck site's "in" phrase names (its own, or the act's after it: "air strikes on
    weapons depots *in Syria*" with the phrase on *strikes*), for an act of force whose prepositional target is an
    uncoded site; None otherwise."""
    phrases = site_phrases(target_tok, trigger, root)
    return coder.site_in(target_tok, phrases) if phrases is not None else None


def site_phrases(target_tok: Token | None, trigger: Token, root: str) -> list[Token] | None:
    """The "in" phrases of the act after a struck site ``target_tok`` (its own are the caller's), or None when
    ``target_tok`` is no prepositional site of an act of force."""
    if target_tok is None or root not in VIOLENT_ROOTS or target_tok.dep_ not in _PREP_LABELS \
            or target_tok.lower_ in _NO_SITE or target_tok.lemma_.lower() in _NO_SITE:
        return None
    return [h for cs, h in _prep_args(trigger) if cs & {"in", "inside"} and h.i > target_tok.i]
