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

The actors' checks and agreement are in :mod:`lapwing.store.evidence_actors` (re-exported here).

Among compatible pairs the **evidence** is a weighted sum (``WEIGHTS``) of actor agreement (a
shared proper name counts most), type, date and place agreement, and the similarity of the two
sentences (TF-IDF cosine over words and word pairs, computed by the caller).
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass
from datetime import timedelta

# the actor half of the evidence lives in evidence_actors.py; its names are re-exported here, where callers and
# tests have always found them
from lapwing.store.evidence_actors import (FIGHT_ROOT, FORCE_ROOTS, RELEASE, STATE_SECTORS, SYMMETRIC_ROOTS,
                                           _pair_agreement, actor_agreement, international_bodies, militia_as_armed_group,
                                           same_name)
from lapwing.store.mentions import TRUCE, Mention, PlaceKey
from lapwing.store.body_seats import with_seats
from lapwing.store.wide_regions import HELD_AGREEMENT, one_area
from lapwing.store.local_names import same_local_name
from lapwing.store.mention_counts import COUNT_AGREEMENT
from lapwing.store.mention_sums import same_sum
from lapwing.store.code_neighbourhoods import UNRELATED
from lapwing.store.code_neighbourhoods import agreement as neighbour_agreement
from lapwing.store.seizures import ABDUCTION, SEIZURE_AGREEMENT, at_sea, one_seizure, sea_and_shore, seized_vessel

__all__ = ["FIGHT_ROOT", "FORCE_ROOTS", "RELEASE", "STATE_SECTORS", "SYMMETRIC_ROOTS", "actor_agreement",
           "international_bodies", "same_name", "compare", "compare_codes", "coarse_against_days", "coarse_unplaced", "date_agreement", "place_agreement",
           "type_agreement", "unsaid", "weigh", "km", "Pair"]

MAX_KM = 60.0
MAX_DAY_GAP = 1
#: Without this much actor agreement (one country and sector family in common), two mentions are one
#: happening only when their sentences are (nearly) the same text: a repeated paragraph.
MIN_ACTOR_AGREEMENT = 0.4
SAME_TEXT = 0.8
#: Roots of material actions: their sub-codes are different actions, not other words for one (verbal
#: roots' sub-codes often differ between two reports of one statement: "urged a truce" / "appealed for calm").
MATERIAL_ROOTS = {"06", "07", "08", "14", "15", "16", "17", "18", "19", "20"}
#: Roots two reports of one happening may give it: an appeal or a demand, an intent to cooperate or the
#: agreement itself, disapproval or rejection, assault, fight or mass violence (a protest and its repression
#: are two happenings: 14 and 17 are not one family).
ROOT_FAMILIES = [{"02", "10"}, {"03", "05"}, {"11", "12"}, {"18", "19", "20"}]
#: How much a place taken from the article's setting (not the event's own) counts when it agrees.
INFERRED_PLACE = 0.7
#: A statement is known by what it says. Two reports of one statement (root 01: "said", "claimed responsibility",
#: "denied") share its words; the same speaker's other statements of the same days share only the speaker and the
#: verb. Their sentences' TF-IDF cosine must reach this to link at all (measured on the VOA stories, read without
#: gold: one claim or denial told by two outlets 0.28-1.0; a speaker's different statements 0.0-0.13).
STATEMENT_ROOT = "01"
STATEMENT_WORDS = 0.25
#: A village or town the gazetteer does not know, named as text by both reports of one day (``local_names.py``):
#: one place, as two towns a few kilometres apart are.
LOCAL_NAME_AGREEMENT = 1.0
SAME_DAY = 0.5
#: An unnamed militia is read as an armed group outside the state only where the places agree this much (a region
#: and its country, one town, a village named by both: evidence_actors.militia_as_armed_group).
MILITIA_PLACE = 0.3
#: Roots of assault, fight and mass violence: they happen in the town their sentence names, whatever country the
#: coder gave the actors ("JNIM said its fighters attacked an army base in Diapaga": JNIM and the base coded Mali).
FORCE_ACTS = frozenset({"18", "19", "20"})


def _two_towns_of_one_country(m: Mention, n: Mention) -> bool:
    """Two acts of force whose sentences place them in two towns of one country farther apart than ``MAX_KM``: two
    attacks, even where the coder's country for the actors made a town look like what the sentence is about
    (:func:`_placed`: "JNIM said its fighters attacked an army base in Diapaga", JNIM coded Mali, and "JNIM fighters
    ambushed a supply convoy near Fada N'Gourma" the same day, 150 km away)."""
    a, b = m.place, n.place
    return (m.root in FORCE_ACTS and n.root in FORCE_ACTS and a is not None and b is not None
            and not (a.inferred or b.inferred) and a.point_like and b.point_like and a.country is not None
            and a.country == b.country and km(a, b) > MAX_KM and not (a.divisional or b.divisional))
WEIGHTS = {"actors": 0.4, "type": 0.15, "date": 0.15, "place": 0.1, "text": 0.2}
CLUSTERABLE = {"asserted": "real", "attributed": "real", "future": "real", "negated": "unreal",
               "hypothetical": "unreal"}


# ------------------------------------------------------------------------------------ pairwise


def _generic(code: str) -> bool:
    """A root-level code written with three digits ("190": use conventional military force)."""
    return len(code) == 3 and code.endswith("0")


#: Sub-codes of one material root that one happening may be given: the weapons a report names (one outlet's fight
#: "with small arms", 193: "opened fire on posts", is another's "with artillery", 194: "exchanged heavy fire"; aerial
#: weapons, 195: an air strike, stay an act of their own), and the form of a protest (a demonstration, 141: "lorry
#: drivers are protesting on the highway", and a blockade, 144: "truckers blocked the highways": the crowd that
#: blocks a road is demonstrating there).
SAME_ACT = [{"193", "194"}, {"141", "144"}]


#: Codes of force by weapon: with artillery (194: "launched a missile attack") or from the air (195: "a missile
#: strike"). Which the coder gives a missile, a rocket or a drone depends on the verb; the weapon both reports name
#: is one.
WEAPON_CODES = frozenset({"194", "195"})
_WEAPON = re.compile(r"\b(missile|rocket|drone|shell)s?\b", re.IGNORECASE)


def _one_weapon(m: Mention, n: Mention) -> bool:
    """An attack with artillery (194) and one from the air (195) whose sentences name one weapon ("Russia launched a
    missile attack on Kharkiv", "a Russian missile strike killed six people in Kharkiv"): one attack."""
    if {m.cameo[:3], n.cameo[:3]} != WEAPON_CODES:
        return False
    return bool({w.lower() for w in _WEAPON.findall(m.sentence)} & {w.lower() for w in _WEAPON.findall(n.sentence)})


def type_agreement(m: Mention, n: Mention) -> float | None:
    if sea_and_shore(m, n):
        return None  # a ship hijacked and pupils kidnapped: two abductions (seizures.py)
    if m.cameo == n.cameo:
        return 1.0
    near = neighbour_agreement(m, n)
    if near is not None:
        return near if near != UNRELATED else None  # "arrested 22 fishermen", "detained 22 fishermen and 3 trawlers"
    if m.root == n.root:
        if m.cameo[:3] == n.cameo[:3]:
            return 0.8
        if any({m.cameo[:3], n.cameo[:3]} <= codes for codes in SAME_ACT) or _one_weapon(m, n):
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
    if seized_vessel(m) or seized_vessel(n):
        return SEIZURE_AGREEMENT if one_seizure(m, n) else None  # "seized the tanker", "boarded the tanker"
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


def coarse_against_days(m: Mention, n: Mention) -> bool:
    """One mention is dated only by a month or a year ("earlier this month", "in 2024") and the other to its days
    (a day, or a week at most): that the day falls in the month says nothing that they are one happening. A report
    recalls a month's act as background ("Earlier this month, a suicide bomber hit a checkpoint in Turbat"), and such a
    pair's weak evidence (the partial reports, the stories: cluster_attach.py) does not join it to that month's other
    act of the same actors; a link (``LINK_THRESHOLD``: actors, type, place and words agreeing) still does."""
    if m.day_from is None or n.day_from is None:
        return False
    return (_span(m) > WIDE_DATE) != (_span(n) > WIDE_DATE)


#: What a link of two articles' mentions, one dated by a month or a year and the other to its days, needs besides
#: agreeing actors and type: one town (its place agreement) or shared words (the TF-IDF cosine of the sentences).
COARSE_PLACE = 0.6
COARSE_WORDS = 0.25


def coarse_unplaced(m: Mention, n: Mention, pair: "Pair") -> bool:
    """Two articles' mentions, one dated only by a month or a year and the other to its days
    (:func:`coarse_against_days`), that agree on nothing but actors and type: neither one town nor shared words.
    A background act ("Last month, insurgents ambushed a convoy") is not another outlet's attack of that month by
    the same kind of actors elsewhere in the country; "Earlier this month, gunmen seized 30 pupils in Kaduna" is the
    one that named Kaduna."""
    return (m.article_id != n.article_id and coarse_against_days(m, n)
            and pair.parts.get("place", 0.0) < COARSE_PLACE and pair.parts.get("text", 0.0) < COARSE_WORDS)


def _live_on(m: Mention, n: Mention) -> bool:
    """``m`` is a live report ("are blocking the road") published on the one day ``n`` names (or ``n`` is another
    live report of that day): it says they happen on one day."""
    return m.live and m.day_to is not None and n.day_from == n.day_to == m.day_to and (n.precise or n.live)


def _one_night(m: Mention, n: Mention) -> bool:
    """``m`` is told as at night, and the night it names holds ``n``'s day: the night after ``m``'s day ("on Tuesday
    night", "last night") or the night before it ("overnight", "before dawn"). Outlets date a night by either day."""
    return m.night != 0 and m.day_from is not None and n.day_from == m.day_from + timedelta(days=m.night)


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
            if _one_night(m, n) or _one_night(n, m):
                return 0.5  # "on Tuesday night" and "overnight ..., the ministry said on Wednesday": one night
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
    if _across_border(a, b, parties) or _across_border(b, a, parties):
        return 0.3  # "near Kok-Tash in Kyrgyzstan's Batken region", "near the Vorukh exclave": one border clash
    if a.country and b.country and a.country != b.country:
        if a.aside and not (a.point_like and b.point_like):
            return 0.0  # one of them names what the sentence is about, not where it happened
        if (a.inferred or b.inferred) and {a.country, b.country} <= parties:
            return 0.0  # a dateline in one party's capital, the event in the other party's country
        return None
    if (a.region or b.region) and a.admin1 and b.admin1:
        if a.admin1 != b.admin1:
            if one_area(a.country, a.admin1, b.country, b.admin1):
                return HELD_AGREEMENT  # "off Puntland" and "east of Eyl" (Nugaal): wide_regions.py
            return None  # two regions, or a city in another region than the one the other report names
        return 0.5
    if a.point_like and b.point_like:
        if km(a, b) <= MAX_KM:
            return _near(a, b)
        if (a.divisional or b.divisional) and a.admin1 and a.admin1 == b.admin1:
            return 0.3  # "in Arauca": the province, or its capital city, a town of that province may lie in
        return None
    return 0.3 if a.country and a.country == b.country else 0.1


def _across_border(a: PlaceKey, b: PlaceKey, parties: frozenset[str]) -> bool:
    """A region of one party's country and a town of the other's within ``MAX_KM`` of the region's centre, across
    their border: each side names the clash by its own side of it ("in Kyrgyzstan's Batken region", "near the Vorukh
    exclave" of Tajikistan). Only for two places in the countries of the two mentions' actors."""
    return (a.region and b.point_like and a.lat is not None and a.country != b.country
            and {a.country, b.country} <= parties and km(a, b) <= MAX_KM)


#: Two points this close are one place (a city and its quarters).
SAME_POINT_KM = 15.0


def _near(a: PlaceKey, b: PlaceKey) -> float:
    """Agreement of two cities, towns or landmarks within ``MAX_KM`` of each other."""
    near = 1.0 if km(a, b) < SAME_POINT_KM else 0.6
    return near * INFERRED_PLACE if (a.inferred or b.inferred) else near


def _placed(m: Mention) -> PlaceKey | None:
    """:func:`_place_read`, computed once per mention: the clustering compares each mention with hundreds of others.
    (Kept in the frozen mention's own ``__dict__``, as ``functools.cached_property`` keeps its values: equality,
    hashing and ``dataclasses.replace`` read only the fields.)"""
    try:
        return m.__dict__["_placed"]
    except KeyError:
        p = m.__dict__["_placed"] = _place_read(m)
        return p


def _place_read(m: Mention) -> PlaceKey | None:
    """The mention's place, marked ``aside`` when it lies in a country none of its coded actors belongs
    to while both actors have a country ("sanctions on Iranian firms for shipping crude to China",
    "discussed the situation in Rafah during a meeting in Cairo": the place is what the sentence is
    about). An aside place contradicts a place in another country only when both are aside (two
    cities: the talks in Geneva and the talks in Istanbul) and the mention's own place is in an
    actor's country otherwise."""
    p = m.place
    if p is not None and p.inferred and (seized_vessel(m) or (m.cameo.startswith(ABDUCTION) and at_sea(m.sentence))):
        return dataclasses.replace(p, aside=True)  # a dateline ashore is not where a ship was seized at sea
    if p is None or not p.country or p.inferred:
        return p
    cs = [a.country for a in (m.source, m.target) if a is not None]
    if len(cs) == 2 and all(cs) and p.country not in cs:
        return dataclasses.replace(p, aside=True)
    if m.root in STATEMENTS_ABOUT and any(cs) and p.country not in cs:
        return dataclasses.replace(p, aside=True)  # "Russia vetoed a resolution on the killings near Mopti, Mali"
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
    parties = with_seats(frozenset(a.country for a in (m.source, m.target, n.source, n.target) if a is not None and a.country))
    pl = place_agreement(_placed(m), _placed(n), parties)
    if pl is None and (_partners_country(m, n, parties) or _partners_country(n, m, parties)):
        pl = 0.0  # "the agreement the government signed with Romania" and "signed ... in Chisinau"
    if pl is None or _two_towns_of_one_country(m, n):
        return None
    if pl < LOCAL_NAME_AGREEMENT and d >= SAME_DAY and (m.local or n.local) \
            and same_local_name(m.local, m.sentence, n.local, n.sentence):
        pl = LOCAL_NAME_AGREEMENT  # one village the gazetteer does not know, named by both ("Tungan Maje")
    actors = _pair_agreement(m, n)
    if pl >= MILITIA_PLACE and d >= SAME_DAY and m.root in FORCE_ROOTS and n.root in FORCE_ROOTS:
        # "killed by the militia" (MIL) and "Armed men raided the village": one armed group, where place and day agree
        m2, n2 = militia_as_armed_group(m), militia_as_armed_group(n)
        if m2 is not None or n2 is not None:
            armed = _pair_agreement(m2 or m, n2 or n)
            if actors is None or (armed is not None and armed > actors):
                actors = armed
    if actors is not None and actors[1] < ONE_SIDED_BEST and d >= 1.0 and pl >= ONE_TOWN \
            and _two_halves_of_one_act(m, n):
        actors = (max(actors[0], ONE_SIDED_MEAN), ONE_SIDED_BEST)
    if actors is None:
        return None
    if actors[1] < COUNT_AGREEMENT and m.article_id != n.article_id and same_sum(m.sentence, n.sentence):
        actors = (max(actors[0], COUNT_AGREEMENT), COUNT_AGREEMENT)  # "$25m", "$25 million" (mention_sums.py)
    return {"type": t, "actors": actors[0], "date": d, "place": pl}, actors[1]


#: Roots whose country is where they happen, never the partner: material acts (a strike in one party's country is
#: not one in the other's) and encounters (04: "a state visit to Uzbekistan" is in Uzbekistan).
NAMED_AS_PLACE = MATERIAL_ROOTS | {"04"}


#: Roots of what is said about something (statements, appeals, investigations, demands, disapproval, rejection,
#: threats): a place the sentence names in a country none of the coded actors belongs to is what it is about, even
#: where only one actor is coded ("Russia vetoed a resolution on the killings near Mopti, Mali"). Deals and talks
#: (03-05) keep their venue in a third country ("signed a truce in Havana").
STATEMENTS_ABOUT = {"01", "02", "09", "10", "11", "12", "13"}


def _partners_country(m: Mention, n: Mention, parties: frozenset[str]) -> bool:
    """In talk or cooperation (no material root, no encounter), ``m``'s place is only a country, that of one of its own coded
    actors, and ``n``'s place lies in another party's country: the country is named as the partner ("the agreement
    the government signed with Romania"), not as where the act took place ("signed ... in Chisinau"). Acts of force
    and visits keep their places (``NAMED_AS_PLACE``)."""
    p, q = m.place, n.place
    if p is None or q is None or p.inferred or p.kind != "country" or {m.root, n.root} & NAMED_AS_PLACE:
        return False
    own = {a.country for a in (m.source, m.target) if a is not None and a.country}
    return p.country in own and q.country is not None and q.country != p.country and q.country in parties


#: Two one-sided reports of one act of force on one day in one town (:func:`_two_halves_of_one_act`): their actors
#: count this much (mean, best), as one country in common would; ``ONE_TOWN``: the least place agreement of one town
#: (two points within ``MAX_KM``, or a village both name).
ONE_SIDED_MEAN, ONE_SIDED_BEST = 0.2, 0.4
ONE_TOWN = 0.6


def _two_halves_of_one_act(m: Mention, n: Mention) -> bool:
    """Two acts of force (roots 18-20), one told by its victims alone (no source: "Five people were killed when a
    bomb exploded in a market in Maiduguri", "An explosion ... killing five") and the other by its perpetrator alone
    (no target: "A suicide bomber detonated explosives at the market in Maiduguri"): neither report holds a role the
    other fills, so nothing in their actors tells one act from two; the day and the town do (``compare_codes``)."""
    if not (m.root in FORCE_ACTS and n.root in FORCE_ACTS):
        return False
    one = (m.source is None) != (m.target is None)
    other = (n.source is None) != (n.target is None)
    return one and other and (m.source is None) != (n.source is None)


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
