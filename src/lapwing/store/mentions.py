"""Event mentions: one coded event in one article, in the shape the cross-article clustering reads.

A :class:`Mention` keeps what decides whether two reports describe the same happening: the
event's code and type, its actors reduced to comparable keys (country, sector, proper-name
words), its date as a day interval with its precision, its place, its sentence, and who
published it. Built from an :class:`~lapwing.schema.ArticleRecord` (:func:`mentions_of`).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from functools import cached_property
from datetime import date

from lapwing.lexicons.name_words import TITLE_WORDS
from lapwing.schema import Actor, ArticleRecord, Event
from lapwing.store.aid import recipient
from lapwing.store.code_neighbourhoods import Neighbourhood, neighbourhood
from lapwing.store.dedup import normalise
from lapwing.store.decisions import decided_act, decided_days, decided_status, told_as_decision
from lapwing.store.act_results import act_results
from lapwing.store.custody_raids import custody_raids
from lapwing.store.denials import DENIAL_ROOT, denied_acts
from lapwing.store.local_names import local_names
from lapwing.store.mention_counts import head_count
from lapwing.store.mention_days import UNDATED_DAYS, day_interval, event_days, happening_now, night_of
from lapwing.store.seizures import SEIZURE_BLOCK, seized_vessel
from lapwing.store.sided_parties import sides
from lapwing.store.mention_places import (POINT_KINDS, SETTING_KM, VERBAL_ROOTS, PlaceKey, article_setting, capital_in,
                                          dateline_end, event_place_of, item_setting, own_place, place_key)

__all__ = ["PLAN_OF", "POINT_KINDS", "SETTING_KM", "UNDATED_DAYS", "VERBAL_ROOTS", "ActorKey", "Mention", "PlaceKey",
           "actor_key", "article_setting", "capital_in", "dateline_end", "day_interval", "event_days", "mention_of",
           "mentions_of", "place_key"]

#: Sectors a different outlet may use for the same force ("security forces" as police or army).
#: Armed groups outside the state are one family too: one outlet's "gunmen" (UAF) are another's
#: "jihadists" (INS), "rebels" (REB), "separatists" (SEP) or "bandits" and "pirates" (CRM: criminals); their
#: names, where given, still tell them apart.
SECTOR_FAMILY = {"MIL": "SEC", "COP": "SEC", "SPY": "SEC", "GOV": "GOV", "OPP": "OPP",
                 "REB": "NSA", "INS": "NSA", "UAF": "NSA", "SEP": "NSA", "CRM": "NSA"}


#: Plans compared with the act they announce, when reported before it happens (status future): an intent to meet
#: (036: "will visit Ankara on Tuesday to meet President Erdogan") is the meeting (04) other outlets report when it
#: happens, not one of the agreements (05) the meeting may sign. An intent reported as done ("met and agreed to
#: start talks on a trade pact") is an act of its own, the agreeing, and stays with its root.
PLAN_OF = {"036": "04"}
#: A truce declared (0871: "declared a ceasefire", "reached a truce") is the agreement other outlets report as signed
#: (057: "signed a ceasefire agreement") or as agreed (0356: "agreed to a cessation of hostilities"): one truce
#: the coder puts in two root families. It is compared with the agreements (the 03 / 05 family), not with the
#: other ways of yielding (08: a release, a retreat).
TRUCE = "0871"
TRUCE_BLOCK = "05"
#: Joint military exercises or patrols (062: "launched joint military exercises", "launched joint patrols") are the
#: drills and patrols other outlets report as a show of force (15: "staged war games", "began patrolling the waters"):
#: one act the coder puts in two roots. They are compared with force posture, not with the other ways of cooperating
#: materially (06: economic or judicial cooperation). Their partners tell joint acts apart (``Mention.partners``).
JOINT_MILITARY = "062"
JOINT_MILITARY_BLOCK = "15"


@dataclass(frozen=True)
class ActorKey:
    text: str
    country: str | None
    sector: str | None
    names: frozenset[str]
    collective: bool = False  # several parties at once ("Sudan's warring parties", "both sides"): any sector
    state: bool = False  # a country named as the actor ("Chile", "Washington"): in diplomacy, its state (STATE_SECTORS)
    person: bool = False  # a named person ("Raila Odinga"): never a crowd
    count: int | None = None  # how many people an unnamed actor is ("45 people", "Forty-five": store/mention_counts.py)
    guessed: bool = False  # its country is the coder's guess from a country its sentence names, not its own words

    @property
    def label(self) -> str:
        code = " ".join(x for x in (self.country, self.sector) if x)
        return f"{self.text} [{code}]" if code else self.text


@dataclass(frozen=True)
class Mention:
    article_id: str
    idx: int
    cameo: str
    plover_type: str | None
    quad_class: int
    goldstein: float
    status: str
    source: ActorKey | None
    target: ActorKey | None
    day_from: date | None
    day_to: date | None
    precise: bool  # the date comes from the text and names one day
    place: PlaceKey | None
    sentence: str
    published: str | None
    outlet: str | None
    confidence: float
    attributed_to: str | None = None
    trigger_start: int = -1  # two mentions of one article with one trigger are one action with two actors
    live: bool = False  # told in the present progressive: it happens on the day the report is published (day_to)
    partners: frozenset[str] = frozenset()  # the countries a joint actor names ("Indonesian and Australian warships")
    night: int = 0  # told as at night: 1 the night after its day ("on Tuesday night"), -1 the night before ("overnight")
    local: frozenset[str] = frozenset()  # villages or towns the gazetteer does not know, named as text (local_names.py)
    denied_by: int = -1  # a negated act a denial's sentence names: the denial's trigger (denials.py)
    sides: frozenset[str] = frozenset()  # the countries an act of force with no target country names (sided_parties.py)
    part_of: int = -1  # an act told as part of another of its sentence: that act's trigger (custody_raids.py,
    #                    act_results.py: "detained 52 people in Tuesday's raids", "exchanged fire ..., killing two")

    # unit, root and block_root are read for every pair of candidate mentions (a million at 10,000 articles): each is
    # computed once per mention (a frozen dataclass's cached_property writes to the instance's own __dict__, which
    # neither equality, hashing nor dataclasses.replace reads)
    @cached_property
    def unit(self) -> tuple[str, int]:
        """Mentions that share a unit come from one trigger ("urged the army and the RSF to ...")."""
        if self.denied_by >= 0:
            return (self.article_id, self.denied_by)  # "denied that the army had bombed ...": one act, the denial
        if self.part_of >= 0:
            return (self.article_id, self.part_of)  # "detained 52 people in Tuesday's raids": one act, the detention
        return (self.article_id, self.trigger_start if self.trigger_start >= 0 else -1 - self.idx)

    @property
    def key(self) -> tuple[str, int]:
        return (self.article_id, self.idx)

    @cached_property
    def root(self) -> str:
        return self.cameo[:2]

    @cached_property
    def neighbourhood(self) -> Neighbourhood | None:
        """The code neighbourhood that moves this mention to another root family (``code_neighbourhoods.py``)."""
        return neighbourhood(self)

    @cached_property
    def block_root(self) -> str:
        """The root whose happenings this mention is compared with: its own, except for a plan reported before
        it happens (status future) that announces an act of another root (``PLAN_OF``), a truce, compared with
        the agreements (``TRUCE``), joint exercises or patrols, compared with force posture (``JOINT_MILITARY``),
        and an act a denial's sentence denies, compared with the denial's statements (``denials.py``)."""
        if self.denied_by >= 0:
            return DENIAL_ROOT
        if self.cameo.startswith(TRUCE):
            return TRUCE_BLOCK
        if self.cameo.startswith(JOINT_MILITARY):
            return JOINT_MILITARY_BLOCK
        if seized_vessel(self):
            return SEIZURE_BLOCK  # "seized the tanker" is the boarding or hijacking other outlets report (seizures.py)
        if self.neighbourhood is not None:
            return self.neighbourhood.block  # "arrested 22 fishermen": the seizure of their boats (code_neighbourhoods.py)
        if self.status == "future":
            return PLAN_OF.get(self.cameo[:3], self.cameo[:2])
        return self.cameo[:2]


def _names(a: Actor, places: frozenset[str] = frozenset()) -> frozenset[str]:
    """Proper-name words of a named person or organisation ("Juan Guaido" -> {juan, guaido}). Countries,
    nationality words and agents ("Kenyan police", "Washington", "gunmen") have none: their country
    and sector codes say who they are. A person's name that is a place the article names ("Teloloapan" for
    "the mayor of Teloloapan") is the domain of an office, not a name: the person's own words are read instead."""
    if a.kind not in ("person", "org") or _named_by_seat(a):
        return frozenset()
    if a.name and a.kind == "person" and " ".join(normalise(a.name)) in places:
        a = a.model_copy(update={"name": None})
    if a.name:
        words = normalise(_before_office(a.name) if a.kind == "person" else a.name)
    else:
        # proper-name words of the mention itself: capitalised, not a title
        text = _before_office(a.text) if a.kind == "person" else a.text
        words = normalise(" ".join(w for w in re.findall(r"[\w'’.-]+", text) if w[:1].isupper()))
    return frozenset(w for w in words if w not in TITLE_WORDS and len(w) > 1 and not w.isdigit())


def _named_by_seat(a: Actor) -> bool:
    """A body named by the city it sits in ("Brussels slapped sanctions on ..." for the European Union): the city is
    one of its code's capitals (``countries.tsv``), no name of its own; its code says who it is, as a country's
    capital does for a government ("Washington", "Moscow")."""
    if not a.country:
        return False
    words = " ".join(normalise(re.sub(r"^the\s+", "", a.text.strip(), flags=re.IGNORECASE)))
    return bool(words) and words in _seats(a.country)


@functools.cache
def _seats(code: str) -> frozenset[str]:
    """The normalised capitals (seats) of a country or body code."""
    from lapwing.lexicons.country_agents import load_countries

    c = load_countries().get(code)
    return frozenset(" ".join(normalise(v)) for v in c.capitals) if c is not None else frozenset()


#: "of" in a person's words begins the domain of an office: "the mayor of Teloloapan", "Ricardo Salgado, mayor of
#: Teloloapan", "the Governor of Lagos State". The place is no part of the person's name: the town's mayor and the
#: same man named by his name are one person, and two mayors are told apart by their names, not their towns'.
_OFFICE_OF = re.compile(r"\s+of\s+.*$", re.IGNORECASE | re.DOTALL)


def _before_office(words: str) -> str:
    return _OFFICE_OF.sub("", words)


#: Words for several parties at once: an appeal to "Sudan's warring parties" is one to its army and its rebels
#: ("opposition parties" or "the parties" to a contract are not).
_COLLECTIVE = re.compile(r"\b(?:warring|rival|opposing|conflicting|both|all)\b(?:\s+\w+)?\s+(?:parties|sides|factions)\b"
                         r"|\b(?:belligerents|combatants)\b", re.IGNORECASE)
#: The actor coder's rule for a country it took from a country or place the sentence names, not from the actor's own
#: words ("Thousands of farmers" in a sentence about Ukrainian grain, "pirates" in a story filed from Aden).
SENTENCE_COUNTRY = "sentence-country"
#: The actor coder's rule for a bare agent's country taken from the article's main country ("Jihadist fighters" in a
#: story about Burkina Faso): a guess too. Only an armed group outside the state is read so: an army or police
#: force of the main country is most often that country's own.
MAIN_COUNTRY = "main-country"
_ARMED_GROUPS = frozenset({"REB", "INS", "UAF", "SEP", "CRM"})


def _guessed_country(a: Actor) -> bool:
    """Whether the actor's country is the coder's guess, not its own words (``SENTENCE_COUNTRY``, ``MAIN_COUNTRY``)."""
    rule = a.rule or ""
    return SENTENCE_COUNTRY in rule or (MAIN_COUNTRY in rule and a.sector in _ARMED_GROUPS)
#: A military government: the state and its army at once ("the junta", "Burkina Faso's military government", "the
#: regime" in another report of the same talks), so any sector of its country. Its troops, jets or soldiers are the
#: army alone ("junta troops").
_MILITARY_RULE = re.compile(r"\b(?:junta|military\s+(?:government|regime|rulers|authorities|leaders))\b"
                            r"(?!\s+(?:troops|jets|soldiers|forces|aircraft|warplanes|fighters|units))", re.IGNORECASE)


#: Words for both parties of an encounter at once: "the two leaders held talks" (Scholz and Macron), "the two
#: presidents signed". They stand for two countries, so no one country the coder read near them is theirs.
_PAIR = re.compile(r"\b(?:the\s+two|both)\s+(?:\w+\s+)?(?:leaders|presidents|ministers|countries|nations|governments|"
                   r"men|women|delegations|neighbou?rs|allies|heads\s+of\s+state)\b", re.IGNORECASE)


#: A country named by its relation to another ("its southern neighbour", "their allies", "its old rival"): not
#: the country of the possessor the coder read near it (Ethiopia's "its southern neighbour" is Kenya).
_RELATIONAL = re.compile(r"\b(?:its|their|his|her)\s+(?:[\w'’]+\s+){0,2}(?:neighbou?rs?|all(?:y|ies)|rivals?|partners?|"
                         r"foes?|enem(?:y|ies)|adversar(?:y|ies))\b", re.IGNORECASE)

#: A place the coder gave as an act's target: a border, coast or waters ("moved troops to its eastern border",
#: "Mexico's northern border") or a sea named as one ("fired a missile into the East Sea", "toward the Sea of Japan").
#: It names where the act went, not whom it was done to: no actor. ("Reporters Without Borders", "Ivory Coast" and
#: "the Black Sea Fleet" are actors.)
_PLACE_AS_TARGET = re.compile(r"^(?:(?:the|its|their|his|her)\s+|[\w.-]+(?:'s|’s)\s+)?(?:[a-z][\w-]*\s+){0,2}"
                              r"(?:borders?|frontiers?|boundary|boundaries|coasts?|coastline|waters)"
                              r"|^(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:Sea|Ocean)(?:\s+of\s+[A-Z][\w-]*)?$")

#: Words for the police the actor coder may leave without a code: "Officers used tear gas against the miners".
_POLICE_WORDS = re.compile(r"^(?:the\s+)?(?:riot\s+)?(?:police(?:\s+officers)?|policemen|policewomen|"
                           r"(?:police\s+)?officers|gendarmes|constables)$", re.IGNORECASE)


def actor_key(a: Actor | None, places: frozenset[str] = frozenset()) -> ActorKey | None:
    """The comparable key of an actor; ``places``: the names of the places its article names (normalised words,
    joined by spaces), which are no person's name."""
    if a is None:
        return None
    if _PAIR.search(a.text):
        return ActorKey(a.text, None, a.sector, frozenset(), True)
    country = None if _RELATIONAL.search(a.text) else a.country
    sector = a.sector or ("COP" if _POLICE_WORDS.match(a.text.strip()) else None)
    names = _names(a, places)
    return ActorKey(a.text, country, sector, names, bool(_COLLECTIVE.search(a.text) or _MILITARY_RULE.search(a.text)),
                    state=a.kind == "gpe" and country is not None and sector is None, person=a.kind == "person",
                    count=None if names else head_count(a.text), guessed=_guessed_country(a))


def _local_police(a: ActorKey | None, place: PlaceKey | None) -> ActorKey | None:
    """Police of no coded country are the police of the country where the event happened ("Security forces
    are battling miners near Arequipa", "Officers fired tear gas" in a story set in Nairobi): police act at
    home. (An army may fight abroad, so soldiers keep what the coder gave them.)"""
    if a is None or a.country or a.sector != "COP" or place is None or not place.country or place.aside:
        return a
    return dataclasses.replace(a, country=place.country)


#: Sectors of the people in a crowd: one outlet's "demonstrators" are another's students or opposition supporters.
CROWD_SECTORS = frozenset({"CVL", "OPP", "EDU", "LAB", "AGR", "REF", "REL", "HLH"})
PROTEST_ROOT = "14"
#: Who protests with no code, no sector and no name ("Tens of thousands marched through Belgrade", where the coder cut
#: the actor to "Tens") is an unnamed crowd: people.
CROWD = "CVL"


def _local_crowd(a: ActorKey | None, place: PlaceKey | None, root: str) -> ActorKey | None:
    """An unnamed crowd of no coded country that protests ("Hundreds of lorry drivers are protesting on the highway",
    "Protesters are blocking the Ikorodu Road") is of the country where it protests: people protest at home, and a
    crowd abroad is named by its nationality ("Kenyan exiles marched in London"). Protesters the coder gave no code,
    no sector and no name are such a crowd (``CROWD``)."""
    if a is not None and root == PROTEST_ROOT and not (a.country or a.sector or a.names or a.person):
        a = dataclasses.replace(a, sector=CROWD)  # "Tens of thousands marched", the coder's actor cut to "Tens"
    if a is None or root != PROTEST_ROOT or a.country or a.names or a.sector not in CROWD_SECTORS \
            or place is None or not place.country or place.aside:
        return a
    return dataclasses.replace(a, country=place.country)


#: A violent protest (145: riot) by soldiers, police or an armed group is no protest: it is their use of force
#: ("Armed men on motorbikes stormed the village", which other outlets report as an attack).
RIOT = "145"
ARMED_FAMILIES = frozenset({"SEC", "NSA"})


#: The expulsion of a country's diplomats: the coder codes most as a cut in diplomatic relations (161: "expelled three
#: French diplomats"), some as an expulsion of individuals (174: "ordered three officials of the French embassy to
#: leave") or as a withdrawal (166: "expelled 12 French [diplomats]").
EXPEL_DIPLOMATS = "161"
EXPULSIONS = ("166", "174")
WITHDRAWAL = "166"


def _expels_diplomats(e: Event, source: ActorKey | None, target: ActorKey | None) -> bool:
    """An expulsion (166, 174) whose target is another country's officials, or a withdrawal (166) of that country
    itself with no sector ("expelled 12 French", the diplomats cut from the actor): a journalist, a businessman or
    "150 Myanmar nationals" deported stay 174."""
    return e.cameo[:3] in EXPULSIONS and target is not None and target.country is not None and \
        (source is None or source.country != target.country) and \
        (target.sector == "GOV" or (e.cameo[:3] == WITHDRAWAL and target.sector is None and not target.names
                                    and target.count is None))


def _comparable_code(e: Event, source: ActorKey | None, target: ActorKey | None = None,
                     decided: bool = False) -> tuple[str, str | None]:
    """The code and PLOVER type the clustering compares: the coder's, except that a riot by an armed actor, or a
    riot against one ("protesters clashed with police": a fight between the crowd and the force), is read as the
    generic use of force (190), which joins any more specific report of it; and an expulsion of another country's
    diplomats, however coded, is read as the coder reads most of them (161). An act told as a decision ("Algeria's
    decision to expel ...") is the act decided, not a threat or an intent (``decisions.py``)."""
    plover = e.plover.type if e.plover is not None else None
    if decided and decided_act(e.cameo) != e.cameo:
        e = e.model_copy(update={"cameo": decided_act(e.cameo)})
        plover = None
    if e.cameo.startswith(RIOT) and any(a is not None and a.sector and SECTOR_FAMILY.get(a.sector) in ARMED_FAMILIES
                                        for a in (source, target)):
        return "190", None
    if _expels_diplomats(e, source, target):
        return EXPEL_DIPLOMATS, None
    return e.cameo, plover


#: The domain of an office named after it, a town the gazetteer may not know: "the mayor of Zapotitlan Tablas",
#: "Efren Salgado, mayor of Zapotitlan Tablas" (the actor coder gives the person the town's name).
_OFFICE_DOMAIN = re.compile(r"\b(?:[Mm]ayor|[Gg]overnor|[Pp]refect|[Ee]mir|[Ss]ultan)\s+of\s+(?:the\s+)?"
                            r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})")


def _place_names(record: ArticleRecord) -> frozenset[str]:
    """The names of the places the article names, and of the towns it names as an office's domain."""
    return frozenset(" ".join(normalise(x)) for p in record.places for x in (p.text, p.name) if x) | frozenset(
        " ".join(normalise(m.group(1))) for m in _OFFICE_DOMAIN.finditer(record.article.text))


def _for_whom(record: ArticleRecord, e: Event) -> ActorKey | None:
    """The country or place an act of aid with no coded target is for ("aid for Gaza": store/aid.py)."""
    p = recipient(record, e)
    return ActorKey(p.text, p.country, None, frozenset()) if p is not None else None


#: Kinds of place a country is named by in an actor's words: "the navies of Indonesia, Malaysia and the Philippines",
#: "Indonesian and Australian warships".
_COUNTRY_KINDS = ("country", "adjectival")


def _partners(record: ArticleRecord, e: Event) -> frozenset[str]:
    """The countries the source's own words name, when they name two or more: a joint actor ("the navies of Indonesia,
    Malaysia and the Philippines launched joint patrols", "Indonesian and Australian warships began exercises"), whom
    the coder gives one country's code. They are the act's parties (clustering.other_parties)."""
    a = e.source
    if a is None:
        return frozenset()
    named = sorted((p for p in record.places if p.kind in _COUNTRY_KINDS and p.country and p.start >= a.start),
                   key=lambda p: p.start)
    cs, end = set(), a.end
    for p in named:
        if p.end <= a.end:
            cs.add(p.country)
        elif _AND_ALSO.fullmatch(record.article.text, end, p.start):  # "of Indonesia[, Malaysia and the Philippines]"
            cs.add(p.country)
            end = p.end
        else:
            break
    return frozenset(cs) if len(cs) >= 2 else frozenset()


#: The same office in another country: "met his Japanese counterpart", "the Kenyan opposite number".
_COUNTERPART = re.compile(r"\b(?:counterparts?|opposite\s+numbers?)\b", re.IGNORECASE)


def _counterparts(source: ActorKey | None, target: ActorKey | None) -> tuple[ActorKey | None, ActorKey | None]:
    """An actor named as the other's counterpart is of another country than the other: where the other's country
    is the coder's guess from the sentence and is the counterpart's own ("The Prime Minister met his Japanese
    counterpart", the prime minister given Japan's code from "Japanese"), the guess is the counterpart's country,
    and the other is of no known country."""
    for a, b in ((source, target), (target, source)):
        if a is not None and b is not None and _COUNTERPART.search(a.text) and b.guessed and not a.guessed \
                and a.country and b.country == a.country:
            known = dataclasses.replace(b, country=None, state=False, guessed=False)
            return (known, target) if b is source else (source, known)
    return source, target


#: What joins the next country of a list to the actor's words the coder cut before it: ", ", " and ", ", and the ".
_AND_ALSO = re.compile(r"(?:\s*,|,?\s+and)\s+(?:the\s+)?")


def mention_of(record: ArticleRecord, idx: int, e: Event, setting: PlaceKey | None = None,
               places: frozenset[str] | None = None) -> Mention:
    """The mention of the record's event ``e``; ``setting`` (:func:`article_setting`) and ``places``
    (:func:`_place_names`) are the article's own, given by :func:`mentions_of` computed once for all its events."""
    text = record.article.text
    d0, d1, precise = event_days(record, e)
    decided = told_as_decision(text, e.trigger.start)
    if decided:
        d0, d1, precise = decided_days(d0, d1, precise)
    place = event_place_of(own_place(record, e), item_setting(record, e) or setting)
    if places is None:
        places = _place_names(record)
    source = _local_crowd(_local_police(actor_key(e.source, places), place), place, e.cameo[:2])
    aimed = None if e.target is not None and _PLACE_AS_TARGET.fullmatch(e.target.text.strip()) else e.target
    target = _local_police(actor_key(aimed, places), place) or _for_whom(record, e)
    source, target = _counterparts(source, target)
    cameo, plover = _comparable_code(e, source, target, decided)
    return Mention(
        article_id=record.article.id,
        idx=idx,
        cameo=cameo,
        plover_type=plover,
        quad_class=e.quad_class,
        goldstein=e.goldstein,
        status=decided_status(e.status) if decided else e.status,
        source=source,
        target=target,
        day_from=d0,
        day_to=d1,
        precise=precise,
        place=place,
        sentence=text[e.sentence.start:e.sentence.end],
        published=record.article.published,
        outlet=record.article.source,
        confidence=e.confidence if e.confidence is not None else 0.5,
        attributed_to=e.attributed_to.text if e.attributed_to is not None else None,
        trigger_start=e.trigger.start,
        live=happening_now(record, e),
        partners=_partners(record, e),
        night=night_of(record, e),
        local=local_names(record, e, dateline_end(text)),
        sides=sides(record, e, source.country if source is not None else None,
                    target.country if target is not None else None, dateline_end(text)),
    )


#: Words for the two parties an article has just named: "Erdogan met al-Sudani in Ankara, and the two governments
#: signed a deal", "... received the Iraqi prime minister. The leaders signed a water agreement."
_BOTH_PARTIES = re.compile(r"^(?:the\s+(?:two\s+)?|both\s+)(?:prime\s+|foreign\s+)?(?:leaders|presidents|ministers|"
                           r"governments|sides|delegations)$", re.IGNORECASE)


def _sentence_index(record: ArticleRecord, e: Event) -> int:
    """The order of the event's sentence among the article's event sentences."""
    return sorted({ev.sentence.start for ev in record.events}).index(e.sentence.start)


def _both_parties(record: ArticleRecord, mentions: list[Mention]) -> list[Mention]:
    """A mention whose one actor is the two parties just named ("the two governments signed", no target, or the
    same words for the target too, as the coder may give them) is the act of those parties: the source and the
    target of the nearest earlier event of the same or the previous sentence that names two countries. Its actors
    take their countries and sectors (not their names: the governments are not the persons who met). Without such
    an event the words stay as they are (no country)."""
    out = list(mentions)
    for i, (m, e) in enumerate(zip(mentions, record.events)):
        if e.source is None or not _BOTH_PARTIES.match(e.source.text.strip()) \
                or (e.target is not None and not _BOTH_PARTIES.match(e.target.text.strip())):
            continue
        here = _sentence_index(record, e)
        earlier = [n for n, f in zip(mentions, record.events)
                   if f.trigger.start < e.trigger.start and 0 <= here - _sentence_index(record, f) <= 1
                   and n.source is not None and n.target is not None and n.source.country and n.target.country
                   and n.source.country != n.target.country]
        if not earlier:
            continue
        ante = max(earlier, key=lambda n: n.trigger_start)
        words = e.source.text
        out[i] = dataclasses.replace(
            m, source=ActorKey(words, ante.source.country, ante.source.sector, frozenset()),
            target=ActorKey(words, ante.target.country, ante.target.sector, frozenset()))
    return out


def mentions_of(record: ArticleRecord) -> list[Mention]:
    """Every event of the record as a mention (``idx`` is the event's position in ``record.events``)."""
    setting = article_setting(record)
    places = _place_names(record)
    return act_results(record, custody_raids(record, denied_acts(record, _both_parties(
        record, [mention_of(record, i, e, setting, places) for i, e in enumerate(record.events)]))))
