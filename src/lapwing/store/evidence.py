"""Whether two event mentions can report one happening, and how strongly they say so.

:func:`compare_codes` answers None when something contradicts one happening:

* **type**: neither the same CAMEO root, nor the same PLOVER type, nor two roots one happening may
  be given by different outlets (appeal / demand, intent to cooperate / agreement, disapprove /
  reject, assault / fight / mass violence); within a root of material action two different
  sub-codes are two actions (an arrest and tear gas at one protest), unless one is the root's
  generic code or they differ only in the weapons named (``SAME_ACT``);
* **actors**: two coded countries, sector families (MIL/COP/SPY are one family: outlets call the
  same force police or army) or proper-name sets that differ, for the source or for the target;
  source and target swapped, except for symmetric actions (consult, fight) where "A met B" and "B
  met A" are one meeting. For protests and acts of coercion or force (roots 14-20), "the
  authorities" (GOV) may be the police or army that acted, and an unnamed crowd's sector is each
  outlet's own description (demonstrators, students, opposition supporters: ``CROWD_SECTORS``); a
  collective actor ("the warring parties") may be any sector of its country. A fight between two countries
  has two sides, each known by its country; as the target of force a politician may be an office-holder; an
  international body and its peacekeepers are one actor in force; a release's target is whom it frees or
  whom they are handed to;
* **date**: day intervals (a day, a week, a month, or "up to 3 days before publication" for an
  undated mention) more than one day apart; for a material act (a one-day event: an attack, an arrest,
  a protest), two different days that both texts name ("on Friday", "on Saturday");
* **place**: two cities, towns or landmarks more than 60 km apart (a border between them does not
  matter), or two countries; a city named like its division may be either; a country is
  compatible with its cities, a region with the cities in it (by first-order division) and with
  no other; a country none of the mention's coded actors belongs to, or a place a statement is
  about ("talks on Ukraine"), is named for something else and contradicts nothing.
  An event without its own place carries the article's setting
  (:func:`lapwing.store.mentions.article_setting`), which contradicts as a place does (except a
  place in the other party's country) but agrees more weakly (``INFERRED_PLACE``);
* **status**: negated and hypothetical mentions join only each other.

Among compatible pairs the **evidence** is a weighted sum (``WEIGHTS``) of actor agreement (a
shared proper name counts most), type, date and place agreement, and the similarity of the two
sentences (TF-IDF cosine over words and word pairs, computed by the caller).
"""

from __future__ import annotations

import dataclasses
import functools
import math
from dataclasses import dataclass

from lapwing.store.mention_counts import COUNT_AGREEMENT, same_count
from lapwing.store.mentions import CROWD_SECTORS, SECTOR_FAMILY, TRUCE, VERBAL_ROOTS, ActorKey, Mention, PlaceKey

MAX_KM = 60.0
MAX_DAY_GAP = 1
#: Without this much actor agreement (one country and sector family in common), two mentions are one
#: happening only when their sentences are (nearly) the same text: a repeated paragraph.
MIN_ACTOR_AGREEMENT = 0.4
SAME_TEXT = 0.8
#: Symmetric actions: who is source and who is target does not tell two happenings apart.
SYMMETRIC_ROOTS = {"03", "04", "05", "19"}
#: Return or release (of persons or property): its target is read two ways (see _pair_agreement).
RELEASE = "084"
#: A fight between two countries has two sides, each known by its country (see actor_agreement).
FIGHT_ROOT = "19"
#: Roots of material actions: their sub-codes are different actions, not other words for one (verbal
#: roots' sub-codes often differ between two reports of one statement: "urged a truce" / "appealed for calm").
MATERIAL_ROOTS = {"06", "07", "08", "14", "15", "16", "17", "18", "19", "20"}
#: Roots two reports of one happening may give it: an appeal or a demand, an intent to cooperate or the
#: agreement itself, disapproval or rejection, assault, fight or mass violence (a protest and its repression
#: are two happenings: 14 and 17 are not one family).
ROOT_FAMILIES = [{"02", "10"}, {"03", "05"}, {"11", "12"}, {"18", "19", "20"}]
#: Roots of protest, coercion and force: their actor may be written "the authorities" by one outlet and
#: "the police" or "the army" by another, and a crowd (protesters, victims, detainees) is described freely.
FORCE_ROOTS = {"14", "15", "16", "17", "18", "19", "20"}
#: Sectors of the state: a country named as the actor of a statement, a meeting or a deal (roots 01-13: "Chile and
#: Argentina signed", "Washington warned") is its government, army, police, courts or parliament, not its
#: businesses, media, parties or citizens ("Milei met Chilean mining executives" is not Chile meeting Milei).
STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}
#: How much a place taken from the article's setting (not the event's own) counts when it agrees.
INFERRED_PLACE = 0.7
#: A statement is known by what it says. Two reports of one statement (root 01: "said", "claimed responsibility",
#: "denied") share its words; the same speaker's other statements of the same days share only the speaker and the
#: verb. Their sentences' TF-IDF cosine must reach this to link at all (measured on the VOA stories, read without
#: gold: one claim or denial told by two outlets 0.28-1.0; a speaker's different statements 0.0-0.13).
STATEMENT_ROOT = "01"
STATEMENT_WORDS = 0.25
WEIGHTS = {"actors": 0.4, "type": 0.15, "date": 0.15, "place": 0.1, "text": 0.2}
CLUSTERABLE = {"asserted": "real", "attributed": "real", "future": "real", "negated": "unreal",
               "hypothetical": "unreal"}


# ------------------------------------------------------------------------------------ pairwise


def _family(sector: str | None) -> str | None:
    return SECTOR_FAMILY.get(sector, sector) if sector else None


def _state_and_other(a: ActorKey, b: ActorKey) -> bool:
    """A country named as the actor (its state, in a statement, a meeting or a deal) and an actor of that country
    outside the state ("Chile met ..." and "Milei met Chilean mining executives")."""
    return a.state and b.sector is not None and b.sector not in STATE_SECTORS and not b.collective


#: An acronym has this many letters at most ("EU", "TNLA", "NLC"; longer capitals are names of their own).
ACRONYM_LETTERS = 6


def _acronym_of(short: frozenset[str], long: frozenset[str]) -> bool:
    """One name is the other's initials: "EU" and "European Union", "TNLA" and "Ta'ang National Liberation
    Army". Name words are kept as a set, so the letters are compared as a multiset."""
    if len(short) != 1 or len(long) < 2:
        return False
    word = next(iter(short))
    return (word.isalpha() and len(word) <= ACRONYM_LETTERS
            and sorted(word) == sorted(w[0] for w in long if w[:1].isalpha()))


def same_name(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two proper-name sets that may name one actor: a word in common, or one the acronym of the other."""
    return bool(a & b) or _acronym_of(a, b) or _acronym_of(b, a)


#: The sector families of an opposition and of armed groups (see actor_agreement's ``truce``).
ARMED_OPPOSITION = {"OPP", "NSA"}


def _people_or_armed(a: ActorKey, b: ActorKey) -> bool:
    """Unnamed people and an unnamed armed group: whom force or coercion falls on is told by each outlet its own
    way ("six men" detained, "six suspected members of a militant group"; villagers killed, "militants" killed)."""
    return not (a.names or b.names) and {_family(a.sector), _family(b.sector)} == {"CVL", "NSA"}


#: Sectors of office-holders: the mayor, governor or lawmaker one outlet names by the office is "the politician" or
#: "the party's candidate" (PTY) in another.
OFFICE_SECTORS = {"GOV", "LEG"}


def _politician_in_office(a: ActorKey, b: ActorKey) -> bool:
    """A politician (PTY) and an office-holder (GOV, LEG), neither named or one name for both: whom a killing or an
    arrest falls on ("the mayor of Teloloapan", "the 51-year-old politician")."""
    return {a.sector, b.sector} & {"PTY"} != set() and bool({a.sector, b.sector} & OFFICE_SECTORS) \
        and not (a.names and b.names and not same_name(a.names, b.names))


#: An international body's own sector and its forces: in an act of force, "the UN mission in the Central African
#: Republic" and "United Nations peacekeepers" are one actor.
BODY_AND_FORCES = {"IGO", "MIL", "COP"}
STATE_FORCES = {"MIL", "COP"}


@functools.cache
def international_bodies() -> frozenset[str]:
    """The codes of international bodies that field forces or missions (not NGOs or companies)."""
    from lapwing.lexicons import igo_codes

    return igo_codes() - {"NGO", "MNC"}


def _serves(body: ActorKey, force: ActorKey) -> bool:
    """An international body's mission or forces and a state's soldiers or police, neither named or one name for
    both: peacekeepers are national contingents, named by their nationality by one outlet ("a Zambian
    peacekeeper"), by the body they serve by another ("the UN mission"), or by neither ("a peacekeeper")."""
    return (body.country in international_bodies() and body.sector in BODY_AND_FORCES
            and force.country not in international_bodies()
            and force.sector in STATE_FORCES and not (body.names and force.names))


def actor_agreement(a: ActorKey | None, b: ActorKey | None, force: bool = False,
                    verbal: bool = False, target: bool = False, side: bool = False,
                    truce: bool = False) -> float | None:
    v = _agreement(a, b, force, verbal, target, side, truce)
    if v is not None and a is not None and b is not None and same_count(a.count, b.count):
        return max(v, COUNT_AGREEMENT)  # "arrested 45 people", "Forty-five ... taken in" (store/mention_counts.py)
    return v


def _agreement(a: ActorKey | None, b: ActorKey | None, force: bool, verbal: bool, target: bool, side: bool,
               truce: bool) -> float | None:
    """None: they cannot be one actor; else how strongly they agree (0 = nothing known). With
    ``force`` (a protest, or an act of coercion or force), "the authorities" (GOV) may be the police
    or army that acted ("Kenyan authorities detained ..." for what others report as the police), and
    an unnamed crowd is described by each outlet its own way: the demonstrators one calls civilians
    are opposition supporters, students or workers in another report. As the ``target`` of force,
    unnamed people and an unnamed armed group may be one: the men one outlet says were detained are
    suspected members of a militant group in another. With ``side`` (a fight between two countries), one
    country's forces and its people are one side, told by each outlet its own way: "Afghan forces killed seven
    Pakistanis" and "Pakistani forces attacked Spin Boldak" are one clash, and so are "clashed with Afghan
    troops" and "seven Afghans were killed"; people of no coded country may be of either side. (Inside one
    country the army and the rebels are two sides.) With ``truce`` (one of the two acts is a truce), an opposition and
    the rebels of one country may be one party: an armed opposition is "the opposition" to one outlet and "fighters"
    to another ("the government and the SPLM-IO opposition signed a ceasefire", "SPLM-IO fighters reached a truce")."""
    if a is None or b is None:
        return 0.0
    if force and (_serves(a, b) or _serves(b, a)):
        return 0.2  # "a Zambian peacekeeper", "UN peacekeepers": a state's soldiers serving an international body
    if a.country and b.country and a.country != b.country:
        return None
    if force and a.country == b.country and a.country in international_bodies() \
            and {a.sector, b.sector} <= BODY_AND_FORCES and not (a.names and b.names and not same_name(a.names, b.names)):
        return 0.7  # "the UN mission" and "UN peacekeepers": the body and its forces
    if side and _family(a.sector) != _family(b.sector) and not (a.names and b.names and not same_name(a.names, b.names)):
        return 0.4 if a.country and a.country == b.country else 0.1  # "three civilians": of either side
    if verbal and (_state_and_other(a, b) or _state_and_other(b, a)):
        return None
    if a.sector and b.sector and _family(a.sector) != _family(b.sector):
        if (a.collective or b.collective) and not (a.names and b.names):
            return 0.4 if a.country and a.country == b.country else 0.2  # "the warring parties": army and rebels
        if truce and {_family(a.sector), _family(b.sector)} == ARMED_OPPOSITION and not (a.person or b.person) \
                and a.country and a.country == b.country and not (a.names and b.names and not same_name(a.names, b.names)):
            return 0.4
        if force and not (a.names and b.names) and not (a.person or b.person) and {a.sector, b.sector} <= CROWD_SECTORS:
            # an unnamed crowd, or the union, party or student body whose members it is ("Protesters are blocking
            # the road", "the Nigeria Labour Congress began protests"); two named bodies, and a named leader, stay apart
            return 0.4 if a.country and a.country == b.country else 0.2
        if force and target and (_people_or_armed(a, b) or _politician_in_office(a, b)):
            return 0.4 if a.country and a.country == b.country else 0.2
        if not (force and {_family(a.sector), _family(b.sector)} == {"GOV", "SEC"}):
            return None
        if a.names and b.names and not same_name(a.names, b.names):
            return None
        return 0.5 if a.country and a.country == b.country else 0.3
    if a.names and b.names:
        if not same_name(a.names, b.names):
            return None
        return 1.0
    if a.country and a.country == b.country and a.sector and _family(a.sector) == _family(b.sector):
        return 0.7
    if (a.country and a.country == b.country) or (a.sector and _family(a.sector) == _family(b.sector)):
        return 0.4  # one country, or one sector family of no known country ("gunmen" and "jihadists")
    return 0.1


def _roles(a1: ActorKey | None, b1: ActorKey | None, a2: ActorKey | None, b2: ActorKey | None,
           force: bool = False, verbal: bool = False, side: bool = False,
           truce: bool = False) -> tuple[float, float] | None:
    """Agreement of two (source, target) pairs: (mean, best) over the roles both mentions fill (a
    report that leaves the target out neither confirms nor contradicts it)."""
    s = actor_agreement(a1, b1, force, verbal, side=side, truce=truce)
    t = actor_agreement(a2, b2, force, verbal, target=True, side=side, truce=truce)
    if s is None or t is None:
        return None
    known = [v for v, x, y in ((s, a1, b1), (t, a2, b2)) if x is not None and y is not None]
    return (sum(known) / len(known), max(known)) if known else (0.0, 0.0)


def _pair_agreement(m: Mention, n: Mention) -> tuple[float, float] | None:
    force = m.root in FORCE_ROOTS and n.root in FORCE_ROOTS
    verbal = m.root in VERBAL_ROOTS and n.root in VERBAL_ROOTS
    side = force and FIGHT_ROOT in (m.root, n.root) and len(
        {a.country for a in (m.source, m.target, n.source, n.target) if a is not None and a.country}) >= 2
    if m.cameo.startswith(RELEASE) and n.cameo.startswith(RELEASE):
        # the target of a release is whom it frees ("freed six soldiers") or whom they are handed to ("handed them
        # over to a commission of the Church"): its sector tells nothing, its country and name still do
        s = actor_agreement(m.source, n.source, force, verbal)
        t = actor_agreement(m.target, n.target, force, verbal, target=True, side=True)
        if s is None or t is None:
            return None
        known = [v for v, x, y in ((s, m.source, n.source), (t, m.target, n.target)) if x is not None and y is not None]
        return (sum(known) / len(known), max(known)) if known else (0.0, 0.0)
    truce = m.cameo.startswith(TRUCE) or n.cameo.startswith(TRUCE)
    straight = _roles(m.source, n.source, m.target, n.target, force, verbal, side, truce)
    if m.root in SYMMETRIC_ROOTS or n.root in SYMMETRIC_ROOTS:
        swapped = _roles(m.source, n.target, m.target, n.source, force, verbal, side, truce)
        if straight is None or (swapped is not None and swapped > straight):
            return swapped
    return straight


def _generic(code: str) -> bool:
    """A root-level code written with three digits ("190": use conventional military force)."""
    return len(code) == 3 and code.endswith("0")


#: Sub-codes of one material root that one happening may be given: the weapons a report names (one outlet's fight
#: "with small arms", 193: "opened fire on posts", is another's "with artillery", 194: "exchanged heavy fire"; aerial
#: weapons, 195: an air strike, stay an act of their own), and the form of a protest (a demonstration, 141: "lorry
#: drivers are protesting on the highway", and a blockade, 144: "truckers blocked the highways": the crowd that
#: blocks a road is demonstrating there).
SAME_ACT = [{"193", "194"}, {"141", "144"}]


def type_agreement(m: Mention, n: Mention) -> float | None:
    if m.cameo == n.cameo:
        return 1.0
    if m.root == n.root:
        if m.cameo[:3] == n.cameo[:3]:
            return 0.8
        if any({m.cameo[:3], n.cameo[:3]} <= codes for codes in SAME_ACT):
            return 0.6
        if m.root in MATERIAL_ROOTS and not (_generic(m.cameo[:3]) or _generic(n.cameo[:3])):
            return None  # an arrest and tear gas at one protest are two events (173, 175)
        return 0.6
    if m.plover_type and m.plover_type == n.plover_type:
        return 0.6
    if _truce_and_deal(m.cameo, n.cameo) or _truce_and_deal(n.cameo, m.cameo):
        return 0.4  # "declared a ceasefire", "signed a ceasefire agreement", "agreed to a cessation of hostilities"
    if m.cameo.startswith(TRUCE) or n.cameo.startswith(TRUCE):
        return None  # a truce is no other act of the agreements' family: "welcomed the ceasefire" is praise of it
    if m.block_root == n.block_root:
        return 0.4  # a plan and the act it announces ("will visit Ankara to meet Erdogan", "met Erdogan")
    if any(m.root in f and n.root in f for f in ROOT_FAMILIES) and not _plan_to_talk_and_deal(m.cameo, n.cameo):
        return 0.4
    return None


#: An intent to meet or negotiate ("agreed to start talks") is a plan to consult, not the agreement a meeting
#: signs ("signed seven agreements"): of the intents (03), it alone is no other report's word for a deal (05).
INTENT_TO_TALK = "036"


def _plan_to_talk_and_deal(a: str, b: str) -> bool:
    return {a[:3], b[:2]} == {INTENT_TO_TALK, "05"} or {b[:3], a[:2]} == {INTENT_TO_TALK, "05"}


#: What a truce (``TRUCE``) may be in another report: an agreement signed (057) or an intent to de-escalate (0356).
#: The other acts of diplomatic cooperation (05) are about it, not it: "welcomed the ceasefire" (051) is praise.
TRUCE_AS_DEAL = ("057", "0356")


def _truce_and_deal(a: str, b: str) -> bool:
    return a.startswith(TRUCE) and b.startswith(TRUCE_AS_DEAL)


#: A date interval longer than this (days) is a month or a year: within it, agreement is weak evidence.
WIDE_DATE = 7


def _span(m: Mention) -> int:
    return (m.day_to - m.day_from).days if m.day_from and m.day_to else 0


def _live_on(m: Mention, n: Mention) -> bool:
    """``m`` is a live report ("are blocking the road") published on the one day ``n`` names (or ``n`` is another
    live report of that day): it says they happen on one day."""
    return m.live and m.day_to is not None and n.day_from == n.day_to == m.day_to and (n.precise or n.live)


def date_agreement(m: Mention, n: Mention) -> float | None:
    if m.day_from is None or n.day_from is None:
        return 0.0
    if _live_on(m, n) or _live_on(n, m):
        return 1.0  # a live report on the day another report names (its own days still up to 3 days before)
    gap = max((n.day_from - m.day_to).days, (m.day_from - n.day_to).days, 0)
    if gap > MAX_DAY_GAP or (gap and (_span(m) > WIDE_DATE or _span(n) > WIDE_DATE)):
        return None  # the day of tolerance is a day's: "last month" and "earlier this month" are two months
    if m.precise and n.precise:
        if m.day_from != n.day_from and m.root in MATERIAL_ROOTS:
            return None  # another day for a one-day act (a visit or talks may last two days; so may reports of a statement)
        return 1.0 if m.day_from == n.day_from else 0.5
    if _span(m) > WIDE_DATE or _span(n) > WIDE_DATE:
        return 0.1  # a month or a year: it contradicts nothing in it, and says little that it is the same day
    return 0.5 if gap == 0 else 0.2


def km(a: PlaceKey, b: PlaceKey) -> float:
    r = 6371.0
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(h)))


def place_agreement(a: PlaceKey | None, b: PlaceKey | None, parties: frozenset[str] = frozenset()) -> float | None:
    """None when the places contradict one happening; else how strongly they agree. ``parties``: the countries
    of the two mentions' actors (a setting in one party's country is no contradiction of a place in the other's)."""
    if a is None or b is None:
        return 0.0
    if a.aside != b.aside:
        if a.point_like and b.point_like and km(a, b) < SAME_POINT_KM:
            return _near(a, b)  # one city named by both ("signed a truce in Nairobi", "agreed ... in Nairobi")
        return 0.0  # one of them names what the sentence is about, not where it happened
    if a.point_like and b.point_like and a.country != b.country and km(a, b) <= MAX_KM:
        return _near(a, b)  # two towns facing each other across a border (Chaman and Spin Boldak)
    if a.country and b.country and a.country != b.country:
        if a.aside and not (a.point_like and b.point_like):
            return 0.0  # one of them names what the sentence is about, not where it happened
        if (a.inferred or b.inferred) and {a.country, b.country} <= parties:
            return 0.0  # a dateline in one party's capital, the event in the other party's country
        return None
    if (a.region or b.region) and a.admin1 and b.admin1:
        if a.admin1 != b.admin1:
            return None  # two regions, or a city in another region than the one the other report names
        return 0.5
    if a.point_like and b.point_like:
        if km(a, b) <= MAX_KM:
            return _near(a, b)
        if (a.divisional or b.divisional) and a.admin1 and a.admin1 == b.admin1:
            return 0.3  # "in Arauca": the province, or its capital city, a town of that province may lie in
        return None
    return 0.3 if a.country and a.country == b.country else 0.1


#: Two points this close are one place (a city and its quarters).
SAME_POINT_KM = 15.0


def _near(a: PlaceKey, b: PlaceKey) -> float:
    """Agreement of two cities, towns or landmarks within ``MAX_KM`` of each other."""
    near = 1.0 if km(a, b) < SAME_POINT_KM else 0.6
    return near * INFERRED_PLACE if (a.inferred or b.inferred) else near


def _placed(m: Mention) -> PlaceKey | None:
    """The mention's place, marked ``aside`` when it lies in a country none of its coded actors belongs
    to while both actors have a country ("sanctions on Iranian firms for shipping crude to China",
    "discussed the situation in Rafah during a meeting in Cairo": the place is what the sentence is
    about). An aside place contradicts a place in another country only when both are aside (two
    cities: the talks in Geneva and the talks in Istanbul) and the mention's own place is in an
    actor's country otherwise."""
    p = m.place
    if p is None or not p.country or p.inferred:
        return p
    cs = [a.country for a in (m.source, m.target) if a is not None]
    if len(cs) == 2 and all(cs) and p.country not in cs:
        return dataclasses.replace(p, aside=True)
    return p


@dataclass
class Pair:
    evidence: float
    parts: dict[str, float]


def _two_acts_told_together(m: Mention, n: Mention) -> bool:
    """Two triggers of one sentence coded as two acts of one verbal root ("condemned the attack and summoned the
    ambassador": 111 and 114; "conferred an honour on him, and the prime ministers signed eight pacts": 051 and 057):
    the sentence tells two acts, not one act twice. Acts of force keep their own rules (``SAME_ACT``), and so do
    encounters (04: "welcomed Lula, where the two leaders held talks": one visit told with several verbs) and
    statements (01: "pointed out ... and added": one statement told with several verbs)."""
    return (m.article_id == n.article_id and m.sentence == n.sentence and m.unit != n.unit
            and m.root == n.root and m.root not in MATERIAL_ROOTS and m.root not in ONE_ACT_MANY_VERBS
            and m.cameo[:3] != n.cameo[:3])


#: Statements and encounters: one act that a sentence may tell with several verbs (see _two_acts_told_together).
ONE_ACT_MANY_VERBS = {"01", "04"}


def compare_codes(m: Mention, n: Mention) -> tuple[dict[str, float], float] | None:
    """Everything but the sentences: the agreement parts and the best single-role actor agreement,
    or None when something contradicts one happening."""
    if CLUSTERABLE.get(m.status, "real") != CLUSTERABLE.get(n.status, "real") or _two_acts_told_together(m, n):
        return None
    t = type_agreement(m, n)
    if t is None:
        return None
    d = date_agreement(m, n)
    if d is None:
        return None
    parties = frozenset(a.country for a in (m.source, m.target, n.source, n.target) if a is not None and a.country)
    pl = place_agreement(_placed(m), _placed(n), parties)
    if pl is None:
        return None
    actors = _pair_agreement(m, n)
    if actors is None:
        return None
    return {"type": t, "actors": actors[0], "date": d, "place": pl}, actors[1]


#: Claims (015) and denials (016) of responsibility: each is about one act, which its sentence names by its place.
RESPONSIBILITY = ("015", "016")


def _about_one_act(m: Mention, n: Mention) -> bool:
    """Two claims (or two denials) of responsibility whose sentences place the act they are about in one town
    ("The TTP claimed responsibility for Monday's attack in Bannu", "Pakistani Taliban claim Bannu police attack"):
    one claim, however differently worded. (Their actors, names and days must still agree.)"""
    a, b = m.place, n.place
    return (m.cameo[:3] == n.cameo[:3] and m.cameo[:3] in RESPONSIBILITY and a is not None and b is not None
            and not (a.inferred or b.inferred or a.aside or b.aside) and a.point_like and b.point_like
            and km(a, b) <= MAX_KM)


def unsaid(m: Mention, n: Mention, text_sim: float) -> bool:
    """Two statements (root 01: said, claimed, denied) whose sentences do not share what was said: a speaker's
    other statements of the same days, never one statement (``STATEMENT_WORDS``). Claims or denials of
    responsibility for an act in one town are known by that act (:func:`_about_one_act`)."""
    return m.root == n.root == STATEMENT_ROOT and text_sim < STATEMENT_WORDS and not _about_one_act(m, n)


def weigh(parts: dict[str, float], best_actor: float, text_sim: float) -> Pair | None:
    if best_actor < MIN_ACTOR_AGREEMENT and text_sim < SAME_TEXT:
        return None  # nothing says who: only a repeated sentence makes them one happening
    parts = dict(parts, text=text_sim)
    return Pair(sum(WEIGHTS[k] * v for k, v in parts.items()), parts)


def compare(m: Mention, n: Mention, text_sim: float = 0.0) -> Pair | None:
    """The evidence that ``m`` and ``n`` report one happening, or None when something contradicts it or nothing
    links them (two statements that do not share what was said)."""
    codes = compare_codes(m, n)
    return None if codes is None or unsaid(m, n, text_sim) else weigh(codes[0], codes[1], text_sim)
