"""An act on a thing owned, with no doer (session 18, issue 10: precision on unlabelled news).

"The expulsions *violate Kenya's obligations*", "the decision *threatens the sovereignty of Ukraine*", "the moves
violate *U.S. law*", "..., *threatening the territorial integrity of the country*": a thing (a move, a law, an
expulsion) or nobody said to harm what a country owns (its obligations, its sovereignty, its law) is a judgement of
that thing, not an act of anyone's on the owner; the coder found no source and took the owner for the target.
``owned_abstract_target`` tells the coder to drop such a candidate. With a doer it stays ("Russia violated Ukraine's
sovereignty" is Russia's act on Ukraine).

``site_as_doer`` (session 20): a building or a site named as the doer of violence is the place the violence was done
to, hung there by a relative clause ("the 1998 bombing of *the U.S. embassy that killed* 200 people", "the attack on
*an army camp that killed* 40 soldiers"): the coder keeps the killing with no source rather than make the embassy,
a government's, or the camp, an army's, the killer. A name stays ("the Pentagon", "the Kremlin"), and so do
the offices that order force ("the ministry", "headquarters": not in the list).
``own_country_thing`` (session 20): "Trump threatened to pull *US* funding", "France will cut *French* aid", "Japan
pledged to raise *Japanese* investment": a thing whose only country is a country word naming the doer's own is the
doer's own thing, no target (as "its funding" is not).
``distinct_body`` (session 20, the Bangladesh report): "The government backed *the Election Commission's* decision",
"the ministry praised *the Supreme Court*", "the president met *the central bank governor*": two bodies of one state
and sector named by different words are two actors, and a word of cooperation between them keeps both (the coder
dropped the target of such a dyad as an actor acting on itself).
``neighbour_is_main`` (session 25, round 37): a state's own "its neighbour" in a report about another country is that
country.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from lapwing.extract.events.argspecs import _BODY_NOUNS
from lapwing.extract.events.syntax import PERSONISH, _words
from lapwing.extract.events.syntax_words import RELATION_NOUNS

#: things a country or a people owns that an act can harm but that are no actor
OWNED_ABSTRACT = frozenset({
    "obligation", "commitment", "law", "sovereignty", "integrity", "independence", "unity", "stability", "interest",
    "right", "constitution", "norm", "principle", "neutrality", "autonomy",
})
_OWNER_DEPS = frozenset({"nmod:poss", "poss", "compound", "amod", "nmod"})


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def owned_abstract_target(trigger: Token, target: Token | None) -> bool:
    """True when ``target`` is an owned thing (OWNED_ABSTRACT) that ``trigger`` acts on, or that thing's owner
    ("Kenya's obligations", "the sovereignty of Ukraine", "U.S. law")."""
    if target is None:
        return False
    thing = target
    if _lemma(target) not in OWNED_ABSTRACT:
        if target.dep_ not in _OWNER_DEPS or target.head.i == target.i:
            return False
        thing = target.head
        if _lemma(thing) not in OWNED_ABSTRACT:
            return False
    # the owned thing is what the trigger acts on: its object, or the object of its preposition
    t, hops = thing, 0
    while t.head.i != t.i and hops < 2 and t.i != trigger.i:
        t, hops = t.head, hops + 1
        if t.i == trigger.i:
            return thing.dep_ in ("obj", "dobj", "nsubj:pass", "obl", "nmod")
    return False


#: buildings and sites: what violence is done to or in, never a doer of it
SITES = frozenset({
    "embassy", "consulate", "base", "airbase", "camp", "barracks", "station", "post", "building", "compound",
    "hospital", "school", "hotel", "church", "mosque", "temple", "market", "airport", "prison", "jail", "facility",
    "plant", "bridge", "port", "residence", "house", "home", "mall", "restaurant", "university", "college", "village",
    "town", "city",
})


def site_as_doer(source: Token | None) -> bool:
    """True when ``source`` is a common noun of a building or a site (``SITES``): "the embassy that killed ..."."""
    return source is not None and source.pos_ == "NOUN" and _lemma(source) in SITES
#: nouns of a body that acts, whose country word names it ("the *Iranian* government"), not an owner
_BODIES = _BODY_NOUNS | {"firm", "company", "bank", "state", "side", "team", "agency"}


def own_country_thing(target: Token | None, src_country: str | None, tgt_country: str | None, tgt_sector: str | None,
                      country_of: Callable[[Token], str | None]) -> bool:
    """True when ``target`` is a thing (no person, body or name) whose coded country is the source's own, given by a
    country word or possessor before it (``country_of`` a word's coded country), and names no sector: "pulled *US*
    funding" said of the United States; not "lifted the emergency in [northern] parts of South Sudan"."""
    if target is None or not src_country or tgt_country != src_country or tgt_sector:
        return False
    if target.pos_ != "NOUN" or _words(target) & PERSONISH or _lemma(target) in _BODIES:
        return False
    return any(c.dep_ in ("amod", "compound", "nmod:poss", "poss") and c.i < target.i and c.pos_ in ("ADJ", "PROPN")
               and country_of(c) == src_country for c in target.children)


def related_party(target: Token | None) -> Token | None:
    """The name in apposition to a relation noun that a possessive pronoun owns: *Laos* in "sent rice to [its
    impoverished neighbour], Laos" (the noun alone would take the pronoun's, that is the doer's, country)."""
    if target is None or _lemma(target) not in RELATION_NOUNS or not any(
            c.dep_ in ("nmod:poss", "poss") and c.tag_ == "PRP$" for c in target.children):
        return None
    return next((c for c in target.children if c.dep_ in ("appos", "flat", "compound") and c.pos_ == "PROPN"
                 and c.i > target.i), None)


#: the singular words for a bordering state ("its neighbour"; the plural names several states)
_NEIGHBOUR = frozenset({"neighbour", "neighbor"})


def neighbour_is_main(target: Token | None, src_country: str | None, main: str | None) -> bool:
    """"Senegal said it supported *its neighbour*", "Uganda stood by its northern neighbor": a state's own
    neighbour, named by a possessive pronoun and no name of its own, in a report whose main country is another
    state, is that country (session 25, round 37). The plural ("its neighbours"), a possessor named ("Kenya's
    neighbour"), a name in apposition ("its neighbour, Laos": ``related_party``) and a report about the doer's own
    country are left as they are."""
    if target is None or target.lower_ not in _NEIGHBOUR or not src_country or not main or main == src_country:
        return False
    kids = list(target.children)
    if not any(c.dep_ in ("nmod:poss", "poss") and c.tag_ == "PRP$" for c in kids):
        return False
    return not any(c.pos_ == "PROPN" or c.dep_ in ("appos", "flat", "conj", "nmod") for c in kids)


#: the cooperation roots whose dyads of one state's bodies keep both sides (``distinct_body``)
_COOPERATION_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
#: (round ag76) the roots of blame and refusal whose dyads of one state's bodies keep both sides too: "Prime Minister X
#: accused *the president* of ...", "the interior minister rejected *the prime minister's* plan"
_WORDS_OF_CONFLICT = frozenset({"11", "12"})
#: possessives that make a target the doer's own ("summoned *its* ambassador home")
_OWN_WORDS = frozenset({"its", "their", "his", "her", "our"})


def _words_of(a) -> list[str]:
    return (a.text or "").lower().replace("\u2019", "'").replace("'s", "").split()


def distinct_body(root: str, src, tgt) -> bool:
    """``src`` and ``tgt`` (one country and sector) are two bodies named by different words ("the government", "the
    Election Commission"), not one actor named twice ("the government's own efforts"), in an event of cooperation
    (root 03-08) or of blame and refusal (11-12), where the doer's own ("its ambassador") is no other body."""
    if root not in _COOPERATION_ROOTS | _WORDS_OF_CONFLICT or src.kind == "pronoun" or tgt.kind == "pronoun":
        return False
    b = _words_of(tgt)
    if root in _WORDS_OF_CONFLICT and b and b[0] in _OWN_WORDS:
        return False  # the doer's own ("summoned *its* ambassador home"): no other side to blame or refuse
    if src.name and tgt.name:
        return src.name != tgt.name
    a = _words_of(src)
    return bool(a and b) and a[-1] not in b and b[-1] not in a
