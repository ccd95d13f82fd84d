"""Phrases whose actor the article gives elsewhere: "the bloc" or "the alliance" after the one bloc or
alliance it named, an acronym after the name it was given for in brackets ("the Kenya Human Rights
Commission (KHRC) ... KHRC said"), "the two sides" / "both countries" after the two parties just named,
and "his counterpart", whose country is never his.

Each rule codes only what the article shows clearly: one bloc, one acronym's bracket, exactly two parties
in the nearest sentences; otherwise the phrase keeps its own codes (see ``docs/actors.md``).
"""

from __future__ import annotations

from typing import Any

from lapwing.extract.actors.analysis import _Analysis
from lapwing.extract.actors.body_titles import titled_body_country
from lapwing.extract.actors.common import OBJECT_DEPS, SUBJECT_DEPS, ActorMention, Codes
from lapwing.extract.actors.court_refs import COURT_WORDS, court_reference, possessor_court
from lapwing.schema import Actor

#: intergovernmental blocs (regional and economic unions) and military alliances, by the word that
#: refers back to them
BLOCS = frozenset({"EUR", "AFR", "ARL", "ASN", "OAS", "GCC", "ECW", "SAD", "IGD", "EAC", "MER", "CIS",
                   "SCO", "OIC", "CWN", "CST", "PIF"})
ALLIANCES = frozenset({"NAT", "CST"})
ORG_WORDS = {"bloc": BLOCS, "alliance": ALLIANCES}
#: "the General Assembly" (an agents.tsv legislature, LEG) is the UN's after the article named the UN (session 37,
#: round ac75); a state's ("the Virginia General Assembly") has a name of its own and keeps LEG
UN_ASSEMBLY = frozenset({"UNO"})
#: "the two sides", "both countries": plural words that name the two parties of what was just told
PAIR_WORDS = frozenset({"side", "sides", "country", "countries", "nation", "nations", "government",
                        "governments", "leader", "leaders", "party", "parties"})
PAIR_DETERMINERS = (("the", "two"), ("both",), ("each",))
#: sectors of a party that the article names with no country ("the regime", "government troops")
PARTY_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "REB", "INS", "SEP", "UAF", "OPP", "PTY", "IGO"})
NON_STATE = frozenset({"REB", "INS", "SEP", "UAF", "OPP", "PTY"})
#: a place named after these prepositions is where something happened, not a party to it
LOCATIVE_CASES = frozenset({"in", "at", "near", "from", "to", "into", "across", "around", "outside", "inside",
                            "toward", "towards", "through", "over", "on", "off", "via", "within", "throughout"})
COUNTERPART_WORDS = frozenset({"counterpart", "counterparts"})


def is_counterpart(coder: Any, an: _Analysis) -> bool:
    """"his counterpart", "Kenya's counterpart": the head word says the person is of another country
    than the possessor (so the possessor gives the sector only)."""
    h = an.head_agent
    return h is not None and coder.d.lower[h.end - 1] in COUNTERPART_WORDS


def org_reference(coder: Any, m: ActorMention, an: _Analysis) -> ActorMention | None:
    """"the bloc", "the alliance": the one bloc or alliance the article named before (rule ``coref:org``).

    Only a definite, singular phrase with no name, country, possessor or complement of its own; when the
    article named two blocs (or none), the phrase keeps its own codes. Returns the bloc's first mention
    (None when there is none, or the article named it only inside another phrase)."""
    d = coder.d
    codes = coder.codes[id(m)]
    if d.lower[m.start] != "the" or an.head_agent is None or an.name_item is not None or an.affiliations \
            or an.quant is not None or an.complement_agents:
        return None
    if not codes.country and m.end - m.start == 2 and d.lower[an.head_agent.end - 1] in STATE_BODY_WORDS:
        return state_body_reference(coder, m, d.lower[an.head_agent.end - 1])  # ("the authorities" is plural)
    if codes.plural:
        return None
    if codes.country and codes.sources.get("country") != "main-country":
        return None
    head = d.lower[an.head_agent.end - 1]
    if head in LED_WORDS:
        led = _same_head_reference(coder, m, head)
        if led is not None:
            return led
    if head in GROUP_WORDS:
        return _armed_group_reference(coder, m)
    if head in COURT_WORDS:
        return court_reference(coder, m)
    allowed = ORG_WORDS.get(head)
    assembly = head == "assembly" and an.head_agent.end - an.head_agent.start == 2 \
        and d.lower[an.head_agent.start] == "general"
    if assembly:
        allowed = UN_ASSEMBLY  # "the General Assembly" of an article that names the UN: the UN's
    if allowed is None:
        return None
    found = [x for x in coder.mentions if x.start < m.start and x.kind != "pronoun" and x.actor_view.country in allowed]
    if len({x.actor_view.country for x in found}) != 1:
        return None
    orgs = [x for x in found if x.kind in ("org", "gpe")]
    first = orgs[0] if orgs else None
    code = found[0].actor_view.country
    name = first.actor_view.name if first is not None else None
    new = Codes(name, code, "IGO", {"country": "coref:org", "sector": "coref:org"}, codes.kind, codes.person,
                codes.plural)
    coder.codes[id(m)] = new
    m.update_actor({"name": name, "country": code, "sector": "IGO", "rule": "coref:org"})
    m.antecedent = first
    return first


def possessor_bloc(coder: Any, start: int, end: int) -> Codes | None:
    """"*the bloc's* envoys", "*the alliance's* secretary general": a possessor "the bloc" stands for the one bloc the
    article named before, as "the bloc" does as an actor (``org_reference``), or the one its own sentence names before
    it when the article named several; None otherwise."""
    d = coder.d
    if d.lower[end - 1] in COURT_WORDS:
        return possessor_court(coder, start, end)
    allowed = ORG_WORDS.get(d.lower[end - 1])
    if allowed is None or end - start > 2 or end < 2 or d.lower[end - 2] != "the":
        return None
    found = [x for x in coder.mentions if x.start < start and x.kind != "pronoun" and x.actor_view.country in allowed]
    if len({x.actor_view.country for x in found}) > 1:  # several named: the one its own sentence names before it
        first = coder.doc[start].sent.start
        found = [x for x in found if x.start >= first]
    if len({x.actor_view.country for x in found}) != 1:
        return None
    return Codes(found[0].actor_view.name, found[0].actor_view.country, "IGO", kind="org")


#: "the coalition" after "the Saudi-led coalition": the one earlier phrase with that head word and a country
LED_WORDS = frozenset({"coalition", "alliance"})


def _refer(coder: Any, m: ActorMention, first: ActorMention, rule: str) -> ActorMention:
    """``m`` takes the name, country and sector of its antecedent ``first`` (rule ``rule``)."""
    codes = coder.codes[id(m)]
    coder.codes[id(m)] = Codes(first.actor_view.name, first.actor_view.country, first.actor_view.sector,
                               {"country": rule, "sector": rule}, codes.kind, codes.person, codes.plural)
    m.update_actor({"name": first.actor_view.name, "country": first.actor_view.country,
                    "sector": first.actor_view.sector, "rule": rule})
    m.antecedent = first
    return first


def _same_head_reference(coder: Any, m: ActorMention, head: str) -> ActorMention | None:
    """"the coalition" after "the Saudi-led coalition" (rule ``coref:org``): that coalition's country and
    sector, when the article named coalitions of one country only before."""
    d = coder.d
    found = [x for x in coder.mentions if x.start < m.start and x.kind != "pronoun" and not x.nested
             and x.actor_view.country and d.lower[x.head] == head and x.end - x.start > 2]
    if len({x.actor_view.country for x in found}) != 1:
        return None
    return _refer(coder, m, found[0], "coref:org")


#: a state's own bodies: "the government" after "the Ghanaian government" is Ghana's (session 24, round 34)
STATE_BODY_WORDS = frozenset({"government", "administration", "cabinet", "regime", "junta", "authorities",
                              "army", "military", "police", "parliament"})


def state_body_reference(coder: Any, m: ActorMention, head: str) -> ActorMention | None:
    """"the government", "the army", "the authorities" with no country of their own (no dateline or main country gave
    one) after the article named that body of exactly one country ("the Ghanaian government", "Peru's army",
    "the government of Chile"): that country's body (rule ``coref:body``). Not when the article named the body of two
    countries, nor in a sentence that names another country and not that one ("the government" there may be
    theirs); the phrase's own sector must match. Never a guess from a country named alone ("officials in Kenya")."""
    d = coder.d
    codes = coder.codes[id(m)]
    found = [x for x in coder.mentions if x.start < m.start and x.kind != "pronoun" and not x.nested
             and x.actor_view.country and x.actor_view.sector == codes.sector and d.lower[x.head] == head
             and coder.codes[id(x)].sources.get("country") != "main-country"]
    if not found:
        titled_body_country(coder, m, head)  # "the Pakistani army spokesperson ... the military" (body_titles.py)
        return None
    if len({x.actor_view.country for x in found}) != 1:
        return None
    here = coder.sentence_countries(coder.doc[m.start].sent)
    if here and found[0].actor_view.country not in here:
        return None
    return _refer(coder, m, found[0], "coref:body")


#: "the group", "the movement", "the militia" after the one armed group the article named
GROUP_WORDS = frozenset({"group", "movement", "militia", "outfit"})
ARMED_GROUPS = frozenset({"REB", "INS", "SEP"})
_OTHER_GROUP_WORDS = GROUP_WORDS | {"faction", "organisation", "organization", "outfit", "militias", "groups"}


def _armed_group_reference(coder: Any, m: ActorMention) -> ActorMention | None:
    """"drones launched by *the group*" after "the Iran-aligned Houthi movement" (rule ``coref:group``): the
    one rebel, insurgent or separatist group the article named before, by name; none when it named two."""
    found = [x for x in coder.mentions if x.start < m.start and x.kind != "pronoun" and not x.nested
             and x.actor_view.sector in ARMED_GROUPS and (x.actor_view.name or x.actor_view.country)]
    d = coder.d
    if any(x.start < m.start and not x.actor_view.name and not x.nested and d.lower[x.start] in ("a", "an", "another")
           and d.lower[x.head] in _OTHER_GROUP_WORDS for x in coder.mentions):
        return None  # "a rival militia", "another group": the group may be that one
    if len({(x.actor_view.name, x.actor_view.country) for x in found}) != 1:
        # unnamed plurals ("one of the top militant groups") and definite descriptions ("the separatist group")
        # name no other group: one named group is still one
        found = [x for x in found if x.actor_view.name]
        if len({(x.actor_view.name, x.actor_view.country) for x in found}) != 1:
            return None
    return _refer(coder, m, found[0], "coref:group")


# -- acronyms ----------------------------------------------------------------------------------------------------
def _acronym(text: str) -> bool:
    letters = text.replace("-", "").replace("&", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def acronym_antecedent(coder: Any, start: int, end: int) -> ActorMention | None:
    """The coded mention an acronym stands for: the one written right before the same acronym in brackets
    earlier in the article ("the Kenya Human Rights Commission (KHRC)"); None for any other phrase."""
    d = coder.d
    words = [k for k in range(start, end) if d.alpha[k] or "-" in d.text[k]]
    if len(words) != 1 or not _acronym(d.text[words[0]]):
        return None
    acr = d.text[words[0]]
    table = getattr(coder, "_acronyms", None)
    if table is None:
        table = coder._acronyms = {}
        for k in range(1, d.n - 2):
            if d.text[k] == "(" and d.text[k + 2] == ")" and _acronym(d.text[k + 1]):
                table.setdefault(d.text[k + 1], k)
    paren = table.get(acr)
    if paren is None or paren >= start:
        return None
    for x in coder.mentions:
        if x.end == paren and x.kind in ("org", "agent") and x.coded and x.kind != "pronoun":
            return x
    return None


# -- the two parties -----------------------------------------------------------------------------------------------
def _party(coder: Any, x: ActorMention) -> bool:
    """A mention that can be a party to what a sentence tells: a country, or a political or armed actor
    (with its country, or none), not inside another mention, and (for a place name) no place where it
    happened ("in Ankara")."""
    if x.nested or x.kind == "pronoun" or not x.resolved:
        return False
    if x.actor_view.sector and x.actor_view.sector not in PARTY_SECTORS:
        return False  # victims, witnesses, reporters: not the sides of a talk or a fight
    if not x.actor_view.country:  # "the regime", "government troops": a political or armed party with no country
        return x.kind in ("agent", "org", "person") and x.actor_view.sector is not None
    if "main-country" in (x.actor_view.rule or ""):
        return False  # a country the article gives it, not one it names here
    if x.kind != "gpe":
        return True
    t = coder.doc[x.head]
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if any(c.dep_ == "case" and c.lower_ in LOCATIVE_CASES for c in t.children):
        return False
    return t.dep_ in SUBJECT_DEPS or t.dep_ in OBJECT_DEPS and t.dep_ != "obl" or t.dep_ in ("nmod:poss", "poss")


def _addresser_span(coder: Any, m: ActorMention) -> tuple[int, int] | None:
    """The token range of the subject of the verb the phrase ``m`` is the object or oblique of ("*The UN
    envoy, Martin Griffiths,* called on both sides ..."), or None."""
    t = coder.doc[m.head]
    for _ in range(3):
        if t.dep_.split(":")[0] not in ("obj", "iobj", "obl", "nmod", "dobj") or t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            break
    else:
        return None
    if t.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in t.children if c.dep_ in SUBJECT_DEPS), None)
    return None if subj is None else (subj.left_edge.i, subj.right_edge.i)


def _parties(coder: Any, m: ActorMention, sents: range) -> dict[Any, ActorMention]:
    """The parties named in sentences ``sents`` before ``m``, one per country and side (state or a
    non-state group), or per entity for a party with no country; the best coded kept."""
    out: dict[Any, ActorMention] = {}
    addresser = _addresser_span(coder, m)
    for x in coder.mentions:
        if addresser is not None and addresser[0] <= x.head <= addresser[1]:
            continue  # "the UN envoy called on both sides to ...": who speaks to the two sides is neither
        if x.sent in sents and x.start < m.start and x is not m and _party(coder, x):
            sector = x.actor_view.sector or ""
            # one side per country, but a state and a rebel group of one country are two sides
            key = (x.actor_view.country, sector if sector in NON_STATE else "state") if x.actor_view.country \
                else ("entity", x.entity)
            if key not in out or (x.actor_view.sector and not out[key].actor_view.sector):
                out[key] = x
    return out


def pair_members(coder: Any, m: ActorMention, an: _Analysis) -> list[Actor] | None:
    """"the two sides", "both sides", "each side", "the two leaders": the two parties named in the sentence so far,
    else with the one or two sentences before it, when exactly two (by country) are named there
    (rule ``coref:pair``). Codes the mention as the first party and stores both in ``m.members``."""
    d = coder.d
    if an.name_item is not None or an.affiliations or an.complement_agents or an.head_agent is None:
        return None
    head = d.lower[an.head_agent.end - 1]
    if head not in PAIR_WORDS or not any(
            tuple(d.lower[m.start:m.start + len(det)]) == det and m.start + len(det) == an.head_agent.start
            for det in PAIR_DETERMINERS):
        return None
    codes = coder.codes[id(m)]
    if codes.country and codes.sources.get("country") != "main-country":
        return None
    found: dict[Any, ActorMention] = {}
    for back in range(3):
        found = _parties(coder, m, range(m.sent - back, m.sent + 1))
        if len(found) >= 2:
            break
    if len(found) != 2:
        return None
    members = []
    own_sector = codes.sector if codes.sources.get("sector") == "title" and head.startswith(("leader", "govern")) \
        else None
    for x in sorted(found.values(), key=lambda x: x.start):
        members.append(m.actor.model_copy(update={"name": x.actor_view.name, "country": x.actor_view.country,
                                                  "sector": x.actor_view.sector or own_sector, "rule": "coref:pair"}))
    m.actor = members[0]
    first = coder.codes[id(min(found.values(), key=lambda x: x.start))]
    coder.codes[id(m)] = Codes(first.name, members[0].country, members[0].sector, {"country": "coref:pair"},
                               codes.kind, codes.person, codes.plural)
    m.members = members
    return members


def coordinated_antecedent(coder: Any, i: int, si: int) -> list[ActorMention] | None:
    """"Ramaphosa and Lula signed four agreements after *their* meeting": the coordinated subject
    ("X and Y") that a they/them/their refers to when no group or organisation could be meant; the
    nearest sentence first (this one, else the previous and this one), and only when it holds exactly one
    such subject."""
    doc = coder.doc

    def party(y: ActorMention, sents: tuple[int, ...]) -> bool:
        return y.sent in sents and y.end <= i and not y.nested and y.kind in ("person", "org", "gpe") \
            and y.coded and y.resolved

    for sents in ((si,), (si - 1, si)):
        groups = []
        near = [y for y in coder.index.in_sentences(sents[0], si) if party(y, sents)]  # (mention_index.py)
        for x in near:
            if doc[x.head].dep_ not in SUBJECT_DEPS:
                continue
            group = [x] + [y for y in near if y is not x and doc[y.head].dep_ == "conj" and doc[y.head].head.i == x.head]
            if len(group) >= 2:
                groups.append(group)
        if len(groups) == 1:
            return groups[0][:3]
        if groups:
            return None
    return None


def of_pair_members(coder: Any) -> None:
    """"The leaders of Japan and Indonesia", "the foreign ministers of Armenia and Azerbaijan": a plural
    role whose ``of`` complement coordinates countries names one party per country; the mention keeps
    the first country and lists them all in ``members`` (rule suffix ``+coref:pair``)."""
    d, doc = coder.d, coder.doc
    gpes = [x for x in coder.mentions if x.kind == "gpe" and x.actor_view.country]
    for m in coder.mentions:
        if m.kind != "agent" or not m.plural or m.nested or m.members or not m.actor_view.country:
            continue
        country = m.actor_view.country
        inner = next((x for x in gpes if x.end == m.end and x.start > m.start and x.actor_view.country == country
                      and "of" in d.lower[max(m.start, x.start - 2):x.start]), None)
        if inner is None or m.end >= d.n or d.lower[m.end] not in ("and", ","):
            continue
        # the parse's conjunct of the country, or (a parse that hung it elsewhere) the country right after "and"
        others = [y for y in gpes if y.start > m.end and y.actor_view.country != m.actor_view.country and (
            doc[y.head].dep_ == "conj" and doc[y.head].head.i == inner.head
            or y.start == m.end + 1 and d.lower[m.end] == "and" and not y.nested)]
        if not others:
            continue
        rule = (m.actor_view.rule or "nationality") + "+coref:pair"
        m.members = [m.actor.model_copy(update={"rule": rule})] + [
            m.actor.model_copy(update={"country": y.actor_view.country, "rule": rule}) for y in others[:2]]


# -- a group's leader by the group's word ----------------------------------------------------------------------
#: words naming a group that a title can be "of" ("*Alliance* leader X", "the *coalition*'s chief")
LED_GROUP_WORDS = frozenset({"alliance", "coalition", "bloc", "front", "movement", "union", "league", "party"})
#: weak titles that take the sector of the group they lead
LEADER_WORDS = frozenset({"leader", "chief", "head", "chairman", "chairwoman", "spokesman", "spokeswoman",
                          "spokesperson", "secretary-general", "official",
                          # plurals: "People's Front *leaders*" after "the opposition People's Front" (session 26)
                          "leaders", "chiefs", "heads", "chairmen", "spokesmen", "spokeswomen", "spokespersons",
                          "spokespeople", "officials"})


def title_body_index(coder: Any, m: ActorMention, an: _Analysis, words: frozenset[str]) -> int | None:
    """The position of the body word before a weak title ("*Alliance* leader X", "the *ministry's* spokesman", "a
    *ministry* spokeswoman"), when it is one of ``words`` and the title has no sector but GOV and no country but the
    article's main-country guess; else None. Shared by ``coref:led`` and ``coref:office`` (article_people.py)."""
    d, codes = coder.d, coder.codes[id(m)]
    h = an.head_agent
    if h is None or d.lower[h.end - 1] not in LEADER_WORDS or codes.sector not in (None, "GOV") \
            or (codes.country and codes.sources.get("country") != "main-country"):
        return None
    k = h.start - 1
    if k >= m.start and d.lower[k] in ("'s", "\u2019s"):
        k -= 1
    return k if k >= m.start and d.lower[k] in words else None


def led_group_reference(coder: Any, m: ActorMention, an: _Analysis) -> ActorMention | None:
    """"*Alliance leader* Kanybek Osmonov", "the *alliance's* leader" after "the opposition Ata-Jurt alliance": a
    weak title whose group word names the one group of that word the article coded before takes that group's
    sector and country (rule ``coref:led``); the person keeps their name. None when the article coded no such
    group, or groups of that word with other codes."""
    d, codes = coder.d, coder.codes[id(m)]
    k = title_body_index(coder, m, an, LED_GROUP_WORDS)
    if k is None:
        return None
    found = [x for x in coder.mentions if x.start < m.start and x.kind != "pronoun" and not x.nested
             and x.actor_view.sector and x.actor_view.sector != "GOV" and x.end - x.start > 1
             and d.lower[k] in (d.lower[x.head], d.lower[x.end - 1])]  # ("the opposition Progressive *Alliance*")
    if not found or len({(x.actor_view.country, x.actor_view.sector) for x in found}) != 1:
        return None
    first = found[0]
    country = codes.country or first.actor_view.country
    coder.codes[id(m)] = Codes(codes.name, country, first.actor_view.sector,
                               {"country": codes.sources.get("country") or "coref:led", "sector": "coref:led"},
                               codes.kind, codes.person, codes.plural)
    m.update_actor({"country": country, "sector": first.actor_view.sector, "rule": "coref:led"})
    return first


# -- a sheriff's deputies -------------------------------------------------------------------------------------------
#: the bare words for a sheriff's deputies ("deputy" alone is also a deputy minister's or a parliament's deputy)
DEPUTY_WORDS = frozenset({"deputy", "deputies"})


def sheriff_deputies(coder: Any, m: ActorMention, an: _Analysis) -> bool:
    """"*Deputies* tased an inmate ..., the sheriff's office said": a bare "deputy" / "deputies" with no sector of
    its own, in an article that names a sheriff (a sheriff's office, deputy sheriffs), is the sheriff's: police
    (sector ``COP``, rule ``coref:sheriff``). In an article with no sheriff the word stays weak (a parliament's
    deputies, a minister's deputy)."""
    d, codes = coder.d, coder.codes[id(m)]
    h = an.head_agent
    if h is None or h.end - h.start != 1 or d.lower[h.start] not in DEPUTY_WORDS or codes.sector is not None:
        return False
    if not any(w == "sheriff" or w.startswith("sheriff'") or w.startswith("sheriff\u2019") for w in d.lower):
        return False
    coder.codes[id(m)] = Codes(codes.name, codes.country, "COP", {**codes.sources, "sector": "coref:sheriff"},
                               codes.kind, codes.person, codes.plural)
    m.update_actor({"sector": "COP", "rule": m.actor_view.rule or "coref:sheriff"})
    return True
