"""Whether two mentions' actors can be one, and how strongly they agree (:func:`actor_agreement`), for
:func:`lapwing.store.evidence.compare_codes`: the actor half of the pairwise evidence.

Two coded countries, sector families (MIL/COP/SPY are one family: outlets call the same force police or army) or
proper-name sets that differ contradict one actor, for the source or for the target; source and target swapped
contradict, except for symmetric actions (consult, cooperate, fight) where "A met B" and "B met A" are one meeting.
The readings that soften this (the authorities and the police in force, a crowd described freely, a collective
actor, the two sides of a fight between countries, a politician in office, an international body and its forces,
a release's target) are documented on :func:`_agreement` and in docs/events-across-articles.md.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from lapwing.store.mention_counts import COUNT_AGREEMENT, same_count
from lapwing.store.mentions import CROWD_SECTORS, SECTOR_FAMILY, TRUCE, VERBAL_ROOTS, ActorKey, Mention

#: Symmetric actions: who is source and who is target does not tell two happenings apart.
SYMMETRIC_ROOTS = {"03", "04", "05", "19"}
#: Return or release (of persons or property): its target is read two ways (see _pair_agreement).
RELEASE = "084"
#: A fight between two countries has two sides, each known by its country (see actor_agreement).
FIGHT_ROOT = "19"
#: Roots of protest, coercion and force: their actor may be written "the authorities" by one outlet and
#: "the police" or "the army" by another, and a crowd (protesters, victims, detainees) is described freely.
FORCE_ROOTS = {"14", "15", "16", "17", "18", "19", "20"}
#: Sectors of the state: a country named as the actor of a statement, a meeting or a deal (roots 01-13: "Chile and
#: Argentina signed", "Washington warned") is its government, army, police, courts or parliament, not its
#: businesses, media, parties or citizens ("Milei met Chilean mining executives" is not Chile meeting Milei).
STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG"}


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


#: The words of an international body's own name (by its code): "the UN" and "the World Food Programme" (coded the
#: UN's) are the body and one of its organs, as "the EU" and "the European Commission" are.
BODY_NAMES = {"UNO": frozenset({"un", "united", "nations"}), "EUR": frozenset({"eu", "european", "union"}),
              "AFR": frozenset({"au", "african", "union"})}
#: Bodies whose agencies carry names of their own (the WFP, UNICEF, the UNHCR, all coded the UN's); the organs of the
#: others carry a word of the body's name ("the European Commission", "the African Union Commission"), and another
#: body the coder gave their code ("the Association of Southeast Asian Nations" coded the EU's) stays another actor.
AGENCIES_OF_THEIR_OWN = {"UNO"}


def _body_and_organ(body: ActorKey, organ: ActorKey) -> bool:
    """``body`` is named by its bare name alone ("UN delivers food aid") and ``organ`` is a named actor coded as that
    body ("The World Food Programme brought food aid"): its agency, council or mission, acting for it."""
    own = BODY_NAMES.get(body.country or "")
    if own is None or organ.country != body.country or not body.names <= own or organ.names <= own:
        return False
    return body.country in AGENCIES_OF_THEIR_OWN or bool(organ.names & own)


def same_name(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two proper-name sets that may name one actor: a word in common, or one the acronym of the other."""
    return bool(a & b) or _acronym_of(a, b) or _acronym_of(b, a)


#: Whom a crowd is made of, in a protest or an act of coercion or force: an unnamed crowd (``CROWD_SECTORS``) and
#: a party's supporters (PTY: "party supporters", "the party's workers"), whom another outlet calls "opposition
#: supporters" (OPP) or "demonstrators". A named party leader stays apart (``ActorKey.person``).
PARTY_CROWD = CROWD_SECTORS | {"PTY"}
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
#: An international body and its members' ministers ("EU foreign ministers", "AU heads of state", coded GOV of the
#: body): the body acts through them, in a statement, a decision or a sanction.
BODY_AND_MINISTERS = {"IGO", "GOV"}
#: Reduce relations (sanctions, embargoes, expulsions of aid): whom it falls on is a state's officials, judges,
#: security officers or the state itself, each outlet naming them its own way.
SANCTION_ROOT = "16"
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
    return (body.country in international_bodies() and (body.sector in BODY_AND_FORCES or body.sector is None)
            and force.country not in international_bodies()
            and force.sector in STATE_FORCES and not (body.names and force.names))


def actor_agreement(a: ActorKey | None, b: ActorKey | None, force: bool = False,
                    verbal: bool = False, target: bool = False, side: bool = False,
                    truce: bool = False, sanction: bool = False) -> float | None:
    v = _agreement(a, b, force, verbal, target, side, truce, sanction)
    if v is not None and a is not None and b is not None and same_count(a.count, b.count):
        return max(v, COUNT_AGREEMENT)  # "arrested 45 people", "Forty-five ... taken in" (store/mention_counts.py)
    return v


def _agreement(a: ActorKey | None, b: ActorKey | None, force: bool, verbal: bool, target: bool, side: bool,
               truce: bool, sanction: bool = False) -> float | None:
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
    to another ("the government and the SPLM-IO opposition signed a ceasefire", "SPLM-IO fighters reached a truce");
    an opposition of no coded country ("the government and the armed opposition agreed to a cessation of
    hostilities") may be the rebels of either report's country, more weakly."""
    if a is None or b is None:
        return 0.0
    if force and (_serves(a, b) or _serves(b, a)):
        return 0.2  # "a Zambian peacekeeper", "UN peacekeepers": a state's soldiers serving an international body
    if a.country and b.country and a.country != b.country:
        if not (force and (a.guessed or b.guessed)):
            return None
        # in a protest or an act of force, a country the coder guessed from the sentence ("14 Rameswaram fishermen"
        # given Sri Lanka's, "pirates" in a story from Aden) does not contradict another: the actor is of no known
        # country. (In diplomacy the guess is what tells "the head of the alliance" from a minister the same day.)
        a, b = (dataclasses.replace(a, country=None) if a.guessed else a), (dataclasses.replace(b, country=None) if b.guessed else b)
    if force and a.country == b.country and a.country in international_bodies() \
            and {a.sector, b.sector} <= BODY_AND_FORCES and not (a.names and b.names and not same_name(a.names, b.names)):
        return 0.7  # "the UN mission" and "UN peacekeepers": the body and its forces
    if a.country and a.country == b.country and a.country in international_bodies() and {a.sector, b.sector} == BODY_AND_MINISTERS \
            and not (a.names and b.names and not same_name(a.names, b.names)):
        return 0.7  # "the European Union" and "EU foreign ministers": the body acts through its members' ministers
    if sanction and target and a.country and a.country == b.country and {a.sector, b.sector} <= STATE_SECTORS \
            and not (a.names and b.names and not same_name(a.names, b.names)):
        return 0.4  # sanctions on "25 Belarusian officials", on "judges and security officers": one state's people
    if side and _family(a.sector) != _family(b.sector) and not (a.names and b.names and not same_name(a.names, b.names)):
        return 0.4 if a.country and a.country == b.country else 0.1  # "three civilians": of either side
    if verbal and (_state_and_other(a, b) or _state_and_other(b, a)):
        return None
    if a.sector and b.sector and _family(a.sector) != _family(b.sector):
        if (a.collective or b.collective) and not (a.names and b.names):
            return 0.4 if a.country and a.country == b.country else 0.2  # "the warring parties": army and rebels
        if truce and {_family(a.sector), _family(b.sector)} == ARMED_OPPOSITION and not (a.person or b.person) \
                and not (a.names and b.names and not same_name(a.names, b.names)):
            if a.country and a.country == b.country:
                return 0.4
            if not (a.country and b.country):
                return 0.2  # "the armed opposition" of no coded country: the rebels of either report's country
        if force and not (a.names and b.names) and not (a.person or b.person) and {a.sector, b.sector} <= PARTY_CROWD:
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
            return 0.7 if _body_and_organ(a, b) or _body_and_organ(b, a) else None
        return 1.0
    if a.country and a.country == b.country and a.sector and _family(a.sector) == _family(b.sector):
        return 0.7
    if (a.country and a.country == b.country) or (a.sector and _family(a.sector) == _family(b.sector)):
        return 0.4  # one country, or one sector family of no known country ("gunmen" and "jihadists")
    return 0.1


def _roles(a1: ActorKey | None, b1: ActorKey | None, a2: ActorKey | None, b2: ActorKey | None,
           force: bool = False, verbal: bool = False, side: bool = False,
           truce: bool = False, sanction: bool = False) -> tuple[float, float] | None:
    """Agreement of two (source, target) pairs: (mean, best) over the roles both mentions fill (a
    report that leaves the target out neither confirms nor contradicts it)."""
    s = actor_agreement(a1, b1, force, verbal, side=side, truce=truce)
    t = actor_agreement(a2, b2, force, verbal, target=True, side=side, truce=truce, sanction=sanction)
    if s is None or t is None:
        return None
    known = [v for v, x, y in ((s, a1, b1), (t, a2, b2)) if x is not None and y is not None]
    return (sum(known) / len(known), max(known)) if known else (0.0, 0.0)


def _release_roles(a1: ActorKey | None, b1: ActorKey | None, a2: ActorKey | None, b2: ActorKey | None,
                   force: bool, verbal: bool) -> tuple[float, float] | None:
    """The target of a release is whom it frees ("freed six soldiers") or whom they are handed to ("handed them
    over to a commission of the Church"): its sector tells nothing, its country and name still do."""
    s = actor_agreement(a1, b1, force, verbal)
    t = actor_agreement(a2, b2, force, verbal, target=True, side=True)
    if s is None or t is None:
        return None
    known = [v for v, x, y in ((s, a1, b1), (t, a2, b2)) if x is not None and y is not None]
    return (sum(known) / len(known), max(known)) if known else (0.0, 0.0)


#: Words for an exchange of prisoners, captives or bodies: each side releases the other's people.
_EXCHANGE = re.compile(r"\b(?:exchang|swap|trade[sd]?\b|traded)", re.IGNORECASE)


def exchange(m: Mention, n: Mention) -> bool:
    """Two releases whose sentences both tell an exchange ("Russia and Ukraine exchanged 150 prisoners", "Kyiv and
    Moscow swapped 150 prisoners each"): the coder makes whichever party it reads first the source, and an
    exchange is symmetric, as a meeting is."""
    return bool(_EXCHANGE.search(m.sentence)) and bool(_EXCHANGE.search(n.sentence))


#: "the militia", "militiamen", "a local militia": an armed group the coder codes as soldiers (MIL).
_MILITIA = re.compile(r"\bmilitia(?:s|men|man)?\b", re.IGNORECASE)
#: What an unnamed militia of no coded country is read as, beside the state's forces: an armed group outside the state.
MILITIA_AS = "UAF"


def _unnamed_militia(a: ActorKey | None) -> bool:
    return a is not None and a.sector == "MIL" and not a.country and not a.names and bool(_MILITIA.search(a.text))


def militia_as_armed_group(m: Mention) -> Mention | None:
    """The mention with its unnamed militia of no coded country ("killed by the militia", coded MIL as an army is)
    read as an armed group outside the state (``MILITIA_AS``), as other outlets report the same men ("Armed men",
    "ADF rebels"); None when it names no such militia. Used only where the place and the day agree
    (``evidence.compare_codes``): a militia may also fight beside the army."""
    if not (_unnamed_militia(m.source) or _unnamed_militia(m.target)):
        return None
    return dataclasses.replace(m, **{r: dataclasses.replace(a, sector=MILITIA_AS)
                                     for r, a in (("source", m.source), ("target", m.target)) if _unnamed_militia(a)})


#: "armed dissidents", "opposition fighters", "rebel dissidents": an opposition the coder codes OPP that the words call
#: armed.
_ARMED_WORDS = re.compile(r"\b(?:armed|fighters?|guerrill?as?|militants?|gunmen|rebels?|insurgents?)\b", re.IGNORECASE)
#: Roots of assault, fight and mass violence, where an armed opposition is an armed group.
_VIOLENCE = {"18", "19", "20"}
#: What an armed opposition is read as in an act of violence: rebels.
ARMED_OPPOSITION_AS = "REB"


def _armed_opposition(a: ActorKey | None) -> bool:
    return a is not None and a.sector == "OPP" and not a.names and bool(_ARMED_WORDS.search(a.text))


def armed_opposition_as_rebels(m: Mention) -> Mention:
    """The mention with an unnamed opposition the words call armed ("troops repelled a drone attack by armed
    dissidents", coded OPP) read as rebels (``ARMED_OPPOSITION_AS``) in an act of violence (roots 18-20): what
    the army calls "armed dissidents" another outlet calls "FARC dissidents" or the group by its name. A named
    opposition party, and protesters, keep their code."""
    if m.root not in _VIOLENCE or not (_armed_opposition(m.source) or _armed_opposition(m.target)):
        return m
    return dataclasses.replace(m, **{r: dataclasses.replace(a, sector=ARMED_OPPOSITION_AS)
                                     for r, a in (("source", m.source), ("target", m.target)) if _armed_opposition(a)})


def _pair_agreement(m: Mention, n: Mention) -> tuple[float, float] | None:
    if m.root in _VIOLENCE and n.root in _VIOLENCE:
        m, n = armed_opposition_as_rebels(m), armed_opposition_as_rebels(n)
    force = m.root in FORCE_ROOTS and n.root in FORCE_ROOTS
    verbal = m.root in VERBAL_ROOTS and n.root in VERBAL_ROOTS
    side = force and FIGHT_ROOT in (m.root, n.root) and len(
        {a.country for a in (m.source, m.target, n.source, n.target) if a is not None and a.country}) >= 2
    if m.cameo.startswith(RELEASE) and n.cameo.startswith(RELEASE):
        # the target of a release is whom it frees ("freed six soldiers") or whom they are handed to ("handed them
        # over to a commission of the Church"): its sector tells nothing, its country and name still do
        best = _release_roles(m.source, n.source, m.target, n.target, force, verbal)
        if exchange(m, n):  # "Russia and Ukraine exchanged", "Kyiv and Moscow swapped": either side gives
            swapped = _release_roles(m.source, n.target, m.target, n.source, force, verbal)
            if best is None or (swapped is not None and swapped > best):
                return swapped
        return best
    truce = m.cameo.startswith(TRUCE) or n.cameo.startswith(TRUCE)
    sanction = m.root == n.root == SANCTION_ROOT
    straight = _roles(m.source, n.source, m.target, n.target, force, verbal, side, truce, sanction)
    if m.root in SYMMETRIC_ROOTS or n.root in SYMMETRIC_ROOTS:
        swapped = _roles(m.source, n.target, m.target, n.source, force, verbal, side, truce)
        if straight is None or (swapped is not None and swapped > straight):
            return swapped
    return straight
