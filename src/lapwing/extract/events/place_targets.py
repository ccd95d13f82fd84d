"""The country an act is done *in* or *for*, as its target when the clause names no other: "imposed a curfew *in*
parts of Kandy", "declared a state of emergency *across* Ethiopia", "lifted martial law *in* Mindanao", "laid a
blockade around towns *in* Idlib", "deployed peacekeepers *in* Iraq", "approved aid *for* Haiti".

A curfew, a state of emergency, martial law, a blockade and their easing bear on the people of the place where
they are imposed; peacekeeping and aid are given to the place they go to. For these kinds of act only (the CAMEO
codes below), when neither the pattern's specs nor the other fallbacks found a coded target, a country mention
(a coded country, never a sector, never an organisation of states; or a place the places extractor resolved in a
country, never a nationality word) in the act's "in / across / throughout / over" phrase (for aid also "for /
to / into"; on the trigger, its light verb, its object or the clause it threatens) is the target, directly or as
the owner of a part of it ("in parts *of Kandy*", "in the Indian city *of* Pune"). Posture ("troops on alert in X"),
ceasefires, talks and force are left alone: there the place says where, not at whom. An act with no source
takes no place target ("a curfew *was imposed* in Kandy" names no doer, and stays uncoded as before).

Since session 27 (round 43): a promise of aid or peacekeeping (033-0334: "is ready to provide aid *in Yemen*",
"agreed to an expansion of its peacekeeping force *in Bosnia*") takes its place as given aid does, when the promise is
a party's with a country and the place is named as such (a proper noun, not "support for *Egypt's reform*"); and aid
or troops given to a peacekeeping force or mission *in* a country go to that country, even when the force is coded
("deploying troops to the UN mission *in Mali*": ``force_host``), never the doer's own.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.participants import NOT_STATES, SETTLEMENT_HEADS, is_coded
from lapwing.extract.events.site_targets import site_phrases
from lapwing.extract.events.syntax import PERSONISH, _is_temporal, _obj_token, _words, lemma_of
from lapwing.extract.events.syntax_args import _prep_args
from lapwing.schema import Actor

#: kinds of resolved place that stand for their country's people (a nationality word is the actor coder's)
_PLACE_KINDS = frozenset({"country", "admin1", "city", "region"})

#: restrictions imposed on or eased for the people of a place: 1721-1724 (restrictions, curfew, emergency),
#: 191 blockade, 0811-0814 and 0872 their easing, 1321-1324 the threat of them
_RESTRICTION_CODES = frozenset({"172", "1721", "1723", "1724", "191", "081", "0811", "0813", "0814", "0872",
                                "132", "1321", "1323", "1324"})
#: aid and its suspension, given to the place it goes to; and the promise of aid or peacekeeping (033-0334: "is ready
#: to send aid to X", "pledged troops for a force in X"), which goes to the same place (session 27, round 43)
_INTENT_AID_CODES = frozenset({"033", "0331", "0332", "0333", "0334"})
_AID_CODES = frozenset({"07", "070", "071", "072", "073", "074", "162", "1621", "1622", "1623"}) | _INTENT_AID_CODES
#: a force or mission sent to keep the peace in a place: aid and troops given to it are given to the place it serves
#: ("troops to the UN mission *in Mali*", "helicopters for the African Union force *in Somalia*")
_FORCE_HEADS = frozenset({"mission", "force", "operation", "contingent"})

#: words of what is given that the model may tag as a verb after "and" ("sent teams and *aid* to Haiti")
_AID_NOUNS = frozenset({"aid", "relief", "assistance", "supplies", "food", "medicine", "medicines", "equipment"})

_WHERE_PREPS = frozenset({"in", "across", "throughout", "over", "inside"})
_AID_PREPS = _WHERE_PREPS | {"for", "to", "into"}

#: parts of a place named by their "of" phrase: "in *parts* of Kandy", "in the *north* of Mali"
_PART_HEADS = frozenset({"part", "area", "section", "portion", "zone", "north", "south", "east", "west", "centre",
                         "center", "rest", "much", "most", "all", "swathe", "swath", "stretch"}) | SETTLEMENT_HEADS


def _place_actor(coder, h: Token) -> Actor | None:
    """The actor a place word stands for: a coded country mention (never a sector or an organisation of states),
    or a place the places extractor resolved in a country ("Kandy", "Tigray region", "Peshawar"; never a
    nationality word), as a country-coded place actor."""
    if _is_temporal(h):
        return None
    a = coder.actors.get(h, fallback=False)
    if is_coded(a):
        return a if a.country and not a.sector and a.country not in NOT_STATES else None
    if h.pos_ != "PROPN":
        return None
    for place, _s, _e in coder.ctx.data.get("places") or ():
        if place.start <= h.idx < place.end and place.country and place.kind in _PLACE_KINDS:
            return Actor(text=place.text, name=place.name, country=place.country, start=place.start,
                         end=place.end, kind="gpe", rule="events:place-target")
    return None


def _country_of_place(coder, h: Token, depth: int = 2) -> Actor | None:
    """The place ``h`` names as an actor, or the one its part or settlement head belongs to ("parts *of
    Kandy*", "the northern city *of Peshawar*", "the *Indian* city of Pune", "parts of the city *of*
    Ahmedabad": two such heads at most); None otherwise."""
    found = _place_actor(coder, h)
    if found is not None or depth == 0 or lemma_of(h) not in _PART_HEADS:
        return found
    for x in [c for c in h.children if c.dep_ in ("amod", "compound", "nmod:poss") and c.i < h.i] + \
            [x for cs, x in _prep_args(h) if "of" in cs]:
        found = _country_of_place(coder, x, depth - 1)
        if found is not None:
            return found
    return None


def _sent_people(trigger: Token, anchor: Token | None, code: str, tgt_tok: Token) -> bool:
    """Are the people the pattern took for the target of aid the ones sent ("sent *medical teams* and aid to
    Haiti", "flew *doctors* to Nepal"): the direct object of the trigger or its light verb? They are what is given,
    not whom it is given to, so the "to" phrase still names the target (session 24, round 34)."""
    return code in _AID_CODES and tgt_tok.dep_ in ("obj", "dobj") and tgt_tok.head.i in (
        trigger.i, anchor.i if anchor is not None else trigger.i)


def force_host(coder, code: str | None, tgt_tok: Token | None, src: Actor | None) -> Actor | None:
    """The country a peacekeeping force or mission the aid goes to serves in, as the aid's target: "deploying troops to
    the UN peacekeeping mission *in Mali*", "ready to contribute helicopters to an African Union force *in Somalia*".
    The force is the channel, the place its people the ones helped (the same reading as "peacekeepers sent to Mali").
    Only for aid, peacekeeping and their promise (``_AID_CODES``) by a coded doer, only for a force or mission noun
    with its own "in" phrase naming a country or a place resolved in one, never the doer's own country; None otherwise."""
    if code not in _AID_CODES or not is_coded(src) or tgt_tok is None or tgt_tok.pos_ != "NOUN" \
            or lemma_of(tgt_tok) not in _FORCE_HEADS:
        return None
    for cs, h in _prep_args(tgt_tok):
        if cs & {"in", "inside"}:
            place = _country_of_place(coder, h)
            if place is not None and (src is None or place.country != src.country):
                return place
    return None


def place_target(coder, trigger: Token, anchor: Token, code: str | None, src_tok: Token | None,
                 tgt_tok: Token | None = None, src_coded: bool = True) -> Actor | None:
    """The coded country an act of restriction or aid is done in (or, for aid, given for), named in a phrase of
    its trigger, its light verb or its object noun; None for other acts or when no such phrase names one. An
    uncoded target the pattern found ("in *parts* of Kandy") is looked through; a person is no place."""
    if not code or (tgt_tok is not None and (tgt_tok.pos_ not in ("NOUN", "PROPN") or _words(tgt_tok) & PERSONISH)
                    and not _sent_people(trigger, anchor, code, tgt_tok)):
        return None
    if code in _RESTRICTION_CODES:
        preps = _WHERE_PREPS
    elif code in _INTENT_AID_CODES and not src_coded:
        # a promise of aid is a party's with a country: "*he* planned to move to X", "*reporters* want to ..." are none
        return None
    elif code in _AID_CODES:
        preps = _AID_PREPS
    else:
        return None
    heads = [trigger] + ([anchor] if anchor is not None and anchor.i != trigger.i else [])
    # ("threatened *to impose* a curfew in Algiers": the act threatened or promised is the trigger's clause)
    heads += [x for x in trigger.children if x.dep_ == "xcomp" and x.pos_ == "VERB"]
    objs = [o for v in heads if (o := _obj_token(v)) is not None and o.pos_ == "NOUN"]
    if code in _INTENT_AID_CODES:
        # ("agreed *to an expansion* of its peacekeeping force in Bosnia": what is promised, in the promise's phrase)
        objs += [x for cs, x in _prep_args(trigger) if cs & {"to", "on"} and x.pos_ == "NOUN" and x not in objs]
    if code in _AID_CODES:
        # ("sent medical teams and *aid* to Haiti": a noun conjunct of the object, which the parser often hangs on
        # the verb, carries the "to" phrase of the whole list; session 24, round 34)
        # the model tags "aid" there a verb of its own, with no subject or object: still the noun of the list
        objs += [c for x in heads + objs for c in x.children
                 if c.dep_ == "conj" and c.i > x.i and c not in objs and (c.pos_ == "NOUN" or (
                     c.lower_ in _AID_NOUNS and not any(g.dep_ in ("nsubj", "obj") for g in c.children)))]
    # ("a state *of emergency* in Tigray": the phrase may hang on the object's own "of" noun)
    heads += objs + [x for o in objs for cs, x in _prep_args(o) if "of" in cs and x.pos_ == "NOUN"]
    if tgt_tok is not None and tgt_tok.dep_ in ("obl", "nmod") and (place := _country_of_place(coder, tgt_tok)):
        return place
    for v in heads:
        for cs, h in _prep_args(v):
            if not cs & preps or (src_tok is not None and h.i == src_tok.i):
                continue
            if code in _INTENT_AID_CODES and h.pos_ != "PROPN":
                continue  # a promise names the place itself ("aid *in Yemen*"), not a thing a country owns ("support
                # for *Egypt's reform*")
            place = _country_of_place(coder, h)
            if place is not None:
                return place
    return None


def struck_town_country(coder, target_tok: Token | None, trigger: Token, root: str) -> Actor | None:
    """(session 37, round ar75) The country of the town or province a struck site stands in, as the target of an
    act of force whose prepositional target is an uncoded site: "shelled depots *in Kandahar*", "launched
    raids on depots *in Mosul*", "air strikes against bases *in Idlib province*" (the places extractor resolves the
    town; the country mention itself is ``site_targets``'s). Never for people ("shot at protesters in Hebron" names
    where they stood, not whose they are) nor for a coded site; the caller asks only for an act with a source, as
    for ``place_target``; None otherwise."""
    later = site_phrases(target_tok, trigger, root)
    if later is None or target_tok.pos_ != "NOUN" or _words(target_tok) & PERSONISH \
            or is_coded(coder.actors.get(target_tok, fallback=False)):
        return None
    for h in [h for cs, h in _prep_args(target_tok) if cs & {"in", "inside"}] + later:
        place = _country_of_place(coder, h)
        if place is not None:
            return place
    return None
