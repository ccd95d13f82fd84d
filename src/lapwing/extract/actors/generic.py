"""Plural role words that name no one country: "governments", "many leaders", "world leaders", "foreign
diplomats", "officials from several countries"; any role phrase an adjective puts abroad ("foreign bloggers", "a
foreign journalist"); and unnamed aid and rights groups ("rights groups", "humanitarian agencies"). Such a phrase never takes the article's main country (nor, in the event coder, its sentence's
one country); its rule carries ``generic``.
"""

from __future__ import annotations

from typing import Any

#: quantifiers that make a plural of leaders or governments a spread over many countries ("many leaders")
SPREAD_WORDS = frozenset({"many", "several", "numerous", "various", "countless", "multiple", "dozens"})
#: modifiers that place a plural outside any one country ("world leaders", "foreign diplomats")
WORLD_WORDS = frozenset({"world", "foreign", "international", "global", "western", "other"})
#: heads that a spread quantifier makes generic: leaders and states, not lawmakers or soldiers of the article's
#: country ("many lawmakers criticised the bill" stays domestic)
STATE_HEADS = frozenset({"leader", "government", "nation", "country", "state", "head", "official", "minister",
                         "diplomat", "envoy", "donor", "ambassador"})
#: the "from/of" complements that spread a plural ("officials from several countries", "leaders around the world")
PLACE_NOUNS = frozenset({"country", "nation", "world", "government", "capital", "region", "continent", "globe",
                         "state"})
#: a state's representation at an organisation: "his *U.N. mission*" is his country's, not the UN's
MISSION_WORDS = frozenset({"mission", "missions", "ambassador", "ambassadors", "envoy", "envoys", "delegation",
                           "delegations", "representative", "representatives", "delegate", "delegates"})
_WORLD_ONLY_HEADS = STATE_HEADS - {"official", "minister"}  # "other officials said" stays the article's


def generic_plural(doc: Any, start: int, head_end: int) -> bool:
    """The plural role phrase from ``start`` to its head (ending at ``head_end``) names no one country."""
    tok = doc[head_end - 1]
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    lemma = tok.lemma_.lower()
    if lemma == "government":  # (a nationality word would have given the phrase a country already)
        return not any(c.dep_ in ("nmod:poss", "poss") for c in tok.children)  # not "their governments"
    words = {doc[k].lower_ for k in range(start, head_end - 1)} | {
        c.lower_ for c in tok.children if c.dep_ in ("amod", "det", "nummod", "compound", "advmod")}
    if lemma in STATE_HEADS and words & SPREAD_WORDS:
        return True
    if lemma in STATE_HEADS and words & (WORLD_WORDS - {"other"}):
        return True
    if lemma in _WORLD_ONLY_HEADS and "other" in words:
        return False
    for c in tok.children:
        if c.dep_.startswith("nmod") and c.lemma_.lower() in PLACE_NOUNS and any(
                x.dep_ == "case" and x.lower_ in ("from", "of", "around", "across") for x in c.children) and (
                c.lemma_.lower() == "world" or c.tag_ == "NNS"):
            return True  # "officials from several countries", "leaders around the world"
    return False


#: adjectives that put a person or a group outside the article's country ("foreign journalists", "a foreign fighter",
#: "international observers")
FOREIGN_WORDS = frozenset({"foreign", "overseas", "expatriate", "international"})


def foreign_phrase(doc: Any, start: int, head_start: int, head_end: int) -> bool:
    """The role phrase from ``start`` to its head (``head_start``-``head_end``) has an adjective that puts it abroad:
    "*foreign* bloggers", "an *international* observer" (not the title's own word: "foreign minister")."""
    tok = doc[head_end - 1]
    return any(c.dep_ == "amod" and c.lower_ in FOREIGN_WORDS and start <= c.i < head_start for c in tok.children)


#: sectors whose unnamed groups work across borders in wire news ("aid agencies", "rights groups"): no main country
#: unless the phrase places them at home ("local rights groups")
CROSS_BORDER_SECTORS = frozenset({"NGO", "HRI"})
LOCAL_WORDS = frozenset({"local", "domestic", "grassroots", "community", "national", "home-grown", "homegrown"})


def cross_border(doc: Any, start: int, head_start: int, head_end: int, sector: str | None) -> bool:
    """An aid or rights group the phrase does not place at home: "rights groups", "humanitarian agencies", "a
    charity" (not "local rights groups")."""
    if sector not in CROSS_BORDER_SECTORS:
        return False
    return not any(doc[k].lower_ in LOCAL_WORDS for k in range(start, head_end))



#: heads of a grouping that a count of its member states makes an organisation of states ("the 15-nation bloc")
STATES_BODY_HEADS = frozenset({"bloc", "alliance", "grouping", "organisation", "organization", "coalition",
                               "community", "union", "forum"})
#: the bodies a count of "members" makes one of states ("the 27-member bloc"; not "a 500-member union")
_MEMBER_HEADS = frozenset({"bloc", "alliance", "grouping"})
#: the counted members ("15-nation", "27-member", "ten-country")
_MEMBER_WORDS = frozenset({"nation", "member", "country", "state"})


def states_body(doc: Any, start: int, end: int) -> bool:
    """The phrase from ``start`` to ``end`` has an organisation of states counted by its members: "the 15-nation West
    African bloc", "the head of the 27-member bloc", "the ten-country grouping" (IGO, with no country of its own;
    session 25, round 38). The count is a number, a hyphen and a member word right before the body's words."""
    for k in range(start + 2, end - 1):
        if doc[k].lower_ in _MEMBER_WORDS and doc[k - 1].text == "-" and (doc[k - 2].like_num or doc[k - 2].pos_ == "NUM"):
            rest = range(k + 1, min(end, k + 4))  # ("15-nation West African bloc": the body within three words)
            heads = _MEMBER_HEADS if doc[k].lower_ == "member" else STATES_BODY_HEADS  # ("a 500-member union": workers)
            if any(doc[j].lemma_.lower() in heads or doc[j].lower_ in heads for j in rest):
                return True
    return False
