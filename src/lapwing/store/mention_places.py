"""Where an event mention happened, in the shape the cross-article clustering compares: a place key (a city, a
region, a country; a name the text calls a region; a city named like its division), the capital a sentence names
by its country, the wire dateline, the article's setting, and the event's own place (the place a statement is
about set aside). Used by :mod:`lapwing.store.mentions`."""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from lapwing.schema import ArticleRecord, Event, Place
from lapwing.store.dedup import normalise
from lapwing.store.stray_places import stray

__all__ = ["POINT_KINDS", "SETTING_KM", "VERBAL_ROOTS", "PlaceKey", "article_setting", "capital_in", "dateline_end",
           "event_place_of", "own_place", "place_key"]

@dataclass(frozen=True)
class PlaceKey:
    name: str | None
    country: str | None
    lat: float | None
    lon: float | None
    kind: str | None
    aside: bool = False  # a country named for something else in the sentence (see evidence._placed)
    inferred: bool = False  # not the event's own place: where the article is set (see article_setting)
    admin1: str | None = None  # the first-order division the place is, or lies in
    divisional: bool = False  # a city named like its division ("in Arauca"): the name may mean either

    @property
    def region(self) -> bool:
        """A first-order division (a state, province or region), known by its name."""
        return self.kind == "admin1" and self.admin1 is not None

    @property
    def point_like(self) -> bool:
        """A city, town, landmark or district: a place two different ones of which cannot both hold one event."""
        return self.lat is not None and (self.kind or "city") not in ("country", "admin1", "region", "continent")


#: A word after a place name that makes it a region, whatever the gazetteer resolved the name to ("in the
#: Sagaing region": Sagaing is also a city, 150 km from villages of that region).
_REGION_AFTER = re.compile(r"\s+(?:region|province|state|department|governorate|oblast|prefecture)\b", re.IGNORECASE)
#: The same words before the name: "the eastern province of Arauca", "the state of Guerrero" (Arauca is also a
#: city, 110 km from Saravena in that province).
_REGION_BEFORE = re.compile(r"\b(?:region|province|state|department|governorate|oblast|prefecture)\s+of\s+(?:the\s+)?$",
                            re.IGNORECASE)


#: Words that make a name shared by a city and its division the city: "Sagaing town", "the city of Kaduna".
_TOWN_AFTER = re.compile(r"\s+(?:town|city)\b", re.IGNORECASE)
_TOWN_BEFORE = re.compile(r"\b(?:town|city) of\s+$", re.IGNORECASE)


#: Words before a place name that make it an area holding villages, not a town: "a village in Sagaing",
#: "Kanbalu township of Sagaing" (a city that shares its name with its division: see _named_like_its_division).
#: ("the village of Jangebe" names the village itself; "Kanbalu township of Sagaing" the area holding it.)
_AREA_BEFORE = re.compile(r"(?:\b(?:[Vv]illages?|[Hh]amlets?|[Tt]ownships?|[Cc]ountryside|[Rr]ural areas?)\s+in"
                          r"|\b[A-Z][\w-]+\s+townships?\s+of)\s+(?:the\s+)?$")


def _named_like_its_division(p: Place) -> bool:
    """A city named like the first-order division it lies in (Sagaing in Sagaing region, Kaduna in Kaduna
    state): its name may mean either."""
    name, div = normalise(p.name or p.text), normalise(p.admin1 or "")
    return bool(name) and div[:len(name)] == name


#: The last word of a building's name: "the Alvorada Palace", "Hyderabad House". A building named after a place
#: lies elsewhere (the Alvorada Palace is in Brasilia, Hyderabad House in New Delhi). So does a square or a street
#: named after one, its word first or last ("the Plaza San Martin in Lima", "Piazza Venezia", "Dam Square" is not
#: Dam): the gazetteer resolves the name inside it (San Martin, a town of Piura 1,000 km from Lima's square).
_BUILDING = re.compile(r"\s(?:Palace|House|Square|Avenue|Street|Boulevard)$|^(?:Plaza|Piazza|Place|Avenida|Rue|Calle)\s")


def _building_named_like_a_city(p: Place) -> bool:
    """A building's name the gazetteer resolved to the city whose name it starts with ("Alvorada Palace" to
    Alvorada, 1,600 km from the palace): the name tells its country, not its city."""
    return (p.kind or "city") == "city" and bool(p.text) and _BUILDING.search(p.text) is not None \
        and normalise(p.text) != normalise(p.name or "")


#: The last word of a facility's or a venue's name: "the Grand Pacific Hotel", "Atlantic University", "the Indian
#: Ocean Conference Centre".
_FACILITY = re.compile(r"\s(?:Hotel|Hospital|Stadium|University|College|School|Airport|Hall|Cent(?:re|er)|Mall|Market|"
                       r"Club|Tower|Building|Bank|Theat(?:re|er)|Arena|Resort|Lodge|Inn)$")


def _facility_named_after_a_sea(p: Place) -> bool:
    """A facility's name in which the gazetteer found a sea, an ocean, a continent or another area of no country
    ("the Grand Pacific Hotel": the Pacific Ocean): a hotel named after an ocean may stand anywhere, and the area
    says nothing of where the event happened (nor keeps the article's setting from it)."""
    return not p.country and (p.kind or "city") not in POINT_KINDS and bool(p.text) \
        and _FACILITY.search(p.text) is not None and normalise(p.text) != normalise(p.name or "")


#: A word in capitals: an acronym ("ELN", "BLA", "PISA") the gazetteer may take for a town (Elne, Bla, Pisa).
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _acronym_as_town(p: Place, text: str | None) -> bool:
    """A city, town or landmark named by a word in capitals in running text ("Guerrillas of the ELN", "the BLA
    said"): an acronym of a group or a programme, not the town the gazetteer found (Elne in France, Bla in Mali).
    A dateline's city in capitals ("KARLSRUHE, Jan 22") is a town, and so is any name in an all-capitals text."""
    return (p.kind or "city") in POINT_KINDS and _ACRONYM.fullmatch(p.text or "") is not None \
        and text is not None and p.start >= dateline_end(text) and not text.isupper()


def place_key(p: Place | None, text: str | None = None) -> PlaceKey | None:
    """The comparable key of a place. With the article ``text``, a name the text calls a region ("the
    Sagaing region") is a region, not the city of that name, and so is a city named like its division
    that the text says holds villages ("a village in Sagaing"). A building named like a city ("the
    Alvorada Palace") is its country only; an acronym the gazetteer took for a town ("the ELN") is no place."""
    if p is None or _acronym_as_town(p, text) or _facility_named_after_a_sea(p):
        return None
    if _building_named_like_a_city(p):
        return PlaceKey(p.text, p.country, None, None, "country") if p.country else None  # named as the text does
    kind, admin1 = p.kind, p.admin1
    if kind == "admin1" and not admin1:
        admin1 = p.name
    if text is not None and (kind or "city") in POINT_KINDS and (
            _REGION_AFTER.match(text, p.end) or _REGION_BEFORE.search(text, max(0, p.start - 40), p.start)
            or (_AREA_BEFORE.search(text, max(0, p.start - 40), p.start)
                                                 and _named_like_its_division(p))):
        kind = "admin1"
    divisional = (kind or "city") in POINT_KINDS and _named_like_its_division(p) and not (
        text is not None and (_TOWN_AFTER.match(text, p.end) or _TOWN_BEFORE.search(text, max(0, p.start - 20), p.start)))
    # a second-order division (a province, a county) is an area: a town of its first-order division may lie in it
    # however far from its point ("Bukidnon province" and a town of Northern Mindanao 70 km from the province's middle)
    divisional = divisional or kind == "admin2"
    return PlaceKey(p.name or p.text, p.country, p.lat, p.lon, kind, admin1=admin1, divisional=divisional)


#: "the Georgian capital", "Poland's capital": the capital city of the country the word before names. So are the
#: seats of a country's parliament and presidency named by the country ("outside Indonesia's parliament", "the
#: Georgian parliament", "stormed Peru's presidential palace"): they are in its capital.
_CAPITAL_AFTER = re.compile(r"(?:'s|’s)?\s+(?:capital|parliament|national\s+assembly|presidential\s+palace)\b",
                            re.IGNORECASE)


def _capital_city(iso3: str) -> PlaceKey | None:
    from lapwing.geo.gazetteer import countries, get_gazetteer, iso2_of

    cc = iso2_of(iso3)
    info = countries().get(cc) if cc else None
    if info is None or not info.capital:
        return None
    gaz = get_gazetteer()
    for e in gaz.lookup(info.capital):
        if e.cc == cc and e.kind == "city" and e.lat is not None:
            # the division's name, as places carry it (GeoNames gives a code: "51" is Tbilisi's)
            admin1 = gaz.admin1_name(cc, e.admin1) if e.admin1 else None
            return PlaceKey(e.name, iso3, e.lat, e.lon, "city", admin1=admin1)
    return None


#: "in the capital", "the capital's main square": a capital the sentence names by no country ("the state capital",
#: "the capital of Borno state", "capital markets" are not it).
_BARE_CAPITAL = re.compile(r"(?<![\w'’-])the\s+capital\b(?!\s+(?:of|city\s+of|markets?|gains|flight|expenditure)\b)",
                           re.IGNORECASE)


def bare_capital(record: ArticleRecord, e: Event, country: str | None) -> PlaceKey | None:
    """The capital a sentence names without its country ("Farmers demonstrated in the centre of the capital today",
    "Zelensky held talks with the NATO chief in the capital"): the capital of the country the event's place names,
    else of its source's, else of its target's country, else of the one country the sentence names ("Chilean
    pensioners rallied in the capital"). For coercion and force (roots 15-20) only the target's tells: "Russian
    missiles struck the capital" is not Moscow."""
    if not _BARE_CAPITAL.search(record.article.text, e.sentence.start, e.sentence.end):
        return None
    actors = (e.target,) if e.cameo[:2] in COERCION_ROOTS else (e.source, e.target)
    for c in (country, *(a.country for a in actors if a is not None)):
        if c:
            return _capital_city(c)
    if e.cameo[:2] not in COERCION_ROOTS:
        # "Chilean pensioners rallied in the capital", the crowd coded with no country: the one country the sentence
        # names (never for force: "Russian missiles struck the capital" is not Moscow)
        named = {p.country for p in record.places if e.sentence.start <= p.start and p.end <= e.sentence.end
                 and p.country and p.kind in ("adjectival", "country")}
        if len(named) == 1:
            return _capital_city(next(iter(named)))
    return None


def capital_in(record: ArticleRecord, start: int, end: int) -> PlaceKey | None:
    """The capital a sentence names by its country ("protested in the Georgian capital", "met in the Indian
    capital", "outside Indonesia's parliament"): outlets write it so for readers abroad, and the place extractor
    leaves it at the country."""
    text = record.article.text
    for p in record.places:
        if start <= p.start and p.end <= end and p.country and p.kind in ("adjectival", "country") \
                and _CAPITAL_AFTER.match(text, p.end):
            return _capital_city(p.country)
    return None


def dateline_end(text: str) -> int:
    """Where the text's wire dateline ends ("KARLSRUHE, Jan 22 (CW) - ", "BOGOTA -- "), 0 without one."""
    return _dateline_end(text[:200])


@functools.lru_cache(maxsize=1024)
def _dateline_end(head: str) -> int:
    """:func:`dateline_end` of a text's first 200 characters (all it reads; the clustering asks for each event)."""
    from lapwing.extract.actors.context import DATELINE_RE

    m = DATELINE_RE.match(head)
    if m is None:
        return 0
    letters = [c for c in m.group("city") if c.isalpha()]
    return m.end() if m.group("agency") or (len(letters) >= 3 and all(c.isupper() for c in letters)) else 0


def _filed_from(p: Place, end: int) -> PlaceKey | None:
    """A place named only by the dateline: where the story was filed, which tells the country, not the city
    (prosecutors announce raids in Berlin from Karlsruhe, agencies report Sudan from Port Sudan, a visit is
    announced from the visitor's capital). The country, marked as no place of the event's own."""
    if p.end > end or not p.country:
        return None
    return PlaceKey(None, p.country, None, None, "country", inferred=True)


#: The places of an article within this many km of its first city or landmark make one setting.
SETTING_KM = 60.0
POINT_KINDS = ("city", "landmark", "district")


def article_setting(record: ArticleRecord) -> PlaceKey | None:
    """Where the article is set: its first city, town or landmark when every city, town or landmark it
    names lies within ``SETTING_KM`` of it (a story told from one place); None for an article that
    names places far apart (a round-up) or none. An event the coder gave no place, or only a country,
    most likely happened there: "Riot police used tear gas to disperse the crowd" in a story from Nairobi."""
    from lapwing.store.evidence import km  # the distance, in one place (evidence imports this module)

    filed = dateline_end(record.article.text)  # the dateline is where the story was filed (_filed_from)
    points = [k for k in (place_key(p, record.article.text) for p in record.places
                          if p.lat is not None and p.lon is not None and (p.kind or "city") in POINT_KINDS
                          and p.start >= filed and not stray(record, p))
              if k is not None and (k.kind or "city") in POINT_KINDS]
    if not points:  # a story that names no city but its dateline is set in the dateline's country
        filed_in = next((k for k in (_filed_from(p, filed) for p in record.places if p.end <= filed) if k), None)
        if filed_in is None and not any(p.country for p in record.places):
            return outlet_city(record.article.source)
        return filed_in
    first = points[0]
    if any(km(first, q) > SETTING_KM for q in points[1:]):
        return None
    return dataclasses.replace(first, inferred=True)


#: A city this populous (or a capital) names a local outlet ("Tbilisi Today", "Mombasa Mirror"); smaller towns'
#: names are too often a word of another kind ("Plateau Daily", "Samar News").
OUTLET_CITY_POP = 200_000
_OUTLET_WORDS = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")


@functools.lru_cache(maxsize=4096)
def outlet_city(source: str | None) -> PlaceKey | None:
    """The city a local outlet is named after, its first word or two ("Tbilisi Today" -> Tbilisi), for an article
    that names no place at all ("Protesters rallied outside parliament on Rustaveli Avenue last night"): where it is
    most likely set. Marked ``inferred`` and ``aside``: it agrees with that city named by another report and
    contradicts no other place (an outlet reports from abroad too)."""
    from lapwing.geo.gazetteer import get_gazetteer, iso3_of

    m = _OUTLET_WORDS.match(source or "")
    if m is None:
        return None
    gaz = get_gazetteer()
    words = m.group(0).split()
    for n in (len(words), 1) if len(words) > 1 else (1,):
        name = " ".join(normalise(" ".join(words[:n])))
        for e in gaz.lookup(" ".join(words[:n])):
            full = " ".join(normalise(e.name))
            if full != name and full[:len(name)] == name:
                continue  # "Samar News" is not Samara: a name cut short is another word
            if e.kind == "city" and e.lat is not None and (e.capital or (e.pop or 0) >= OUTLET_CITY_POP):
                admin1 = gaz.admin1_name(e.cc, e.admin1) if e.admin1 else None
                return PlaceKey(e.name, iso3_of(e.cc), e.lat, e.lon, "city", aside=True, inferred=True, admin1=admin1)
    return None


def event_place_of(p: PlaceKey | None, setting: PlaceKey | None) -> PlaceKey | None:
    """The event's place, or the article's setting where the event has none or only the setting's
    country named (a region is kept: the setting, often a dateline, may lie outside it)."""
    if setting is None or (p is not None and (p.point_like or p.region)):
        return p
    if p is None or (p.country and p.country == setting.country):
        return setting
    return p


#: Words before a place that make it the topic of what was said, not where it was said: "held talks on
#: Ukraine", "discussed the situation in Rafah during a meeting in Cairo".
_TOPIC_BEFORE = re.compile(r"(?:\b(?:on|about|over|regarding|concerning)|\b(?:situation|war|crisis|conflict|"
                           r"fighting|violence|ceasefire|truce) in)\s+(?:the\s+)?$", re.IGNORECASE)
#: Roots of saying and diplomacy (statements, appeals, consultations, cooperation, disapproval, rejection,
#: threats): their sentences name places they are about. Material acts (14-20) happen where the sentence says.
VERBAL_ROOTS = frozenset(f"{r:02d}" for r in range(1, 14))
#: Roots of coercion and force: their source may act from abroad.
COERCION_ROOTS = frozenset(f"{r:02d}" for r in range(15, 21))


#: What lies between a place the gazetteer does not know and the place that holds it: "Sidakan district of the
#: Kurdistan Region", "near Qamishli in north-east Syria", "Malam Fatori, in Borno state".
_HELD_BY = re.compile(r"^,?\s+(?:(?:district|county|village|town|area|municipality|township)\s+)?(?:of|in)\s+(?:the\s+)?"
                      r"(?:(?:far\s+)?(?:north|south|east|west|central)[\w-]*\s+)?$", re.IGNORECASE)


def _holder(record: ArticleRecord, e: Event, comma: bool = False, known: bool = False) -> PlaceKey | None:
    """The place that holds the event's place when the gazetteer does not know it, named right after it in the
    sentence ("struck villages in Sidakan district of the Kurdistan Region", "near Qamishli in north-east Syria"):
    the unknown village says nothing, the region or country that holds it does. With ``comma``, also the place
    named after a comma when it is a province or state ("El Plateado, Cauca"; "Pretoria, Brasilia" is a list). With
    ``known``, never a namesake abroad itself ("near the Palais de Justice in the Plateau district": two towns abroad)."""
    text, own = record.article.text, e.place
    for p in sorted(record.places, key=lambda p: p.start):
        if own.end <= p.start <= own.end + 40 and p.end <= e.sentence.end and p.country \
                and (_HELD_BY.match(text[own.end:p.start]) or comma and p.kind in ("admin1", "admin2")
                     and _COMMA.fullmatch(text[own.end:p.start])) and not (known and stray(record, p)):
            return place_key(p, text)
    return None


_COMMA = re.compile(r",\s*")


def _lies_in(own: PlaceKey, holder: PlaceKey) -> bool:
    """Whether a town the gazetteer resolved can lie in the place the sentence names as holding it: not when the
    gazetteer found it in another country than the holder ("the military base of El Plateado, Cauca", resolved to El
    Plateado in Zacatecas, Mexico; "a hospital in Tawila, North Darfur", resolved to a town of Yemen): another town of
    that name. (Within one country a wrong town is left: the other reports that name it alone resolve it alike.)"""
    return not (holder.country and own.country and holder.country != own.country)


#: Sectors of officials, police, courts and assemblies that a city or a state may name as its own ("Lagos State
#: officials", "Bauchi state authorities", "the Kano police", "the Nairobi County Assembly").
LOCAL_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG"})


def _is_capital(p: Place) -> bool:
    from lapwing.geo.gazetteer import countries, iso2_of

    info = countries().get(iso2_of(p.country) or "") if p.country else None
    return info is not None and info.capital is not None and normalise(info.capital) == normalise(p.name or p.text)


def _jurisdiction(record: ArticleRecord, e: Event) -> PlaceKey | None:
    """Where local officials act: the state or city that names them ("Lagos State officials demolished hundreds of
    homes", "Bauchi state authorities imposed a curfew"). An act of coercion or force by a local authority is in its
    jurisdiction, where the coder gave it no place, only a country or the dateline's. A capital in the name is the
    state it stands for ("Beijing authorities"), not a city, and says nothing."""
    a = e.source
    if a is None or e.cameo[:2] not in COERCION_ROOTS or a.sector not in LOCAL_SECTORS:
        return None
    for p in record.places:
        if a.start <= p.start and p.end <= a.end and p.country and (p.kind or "city") in ("admin1", *POINT_KINDS) \
                and not _is_capital(p):
            return place_key(p, record.article.text)
    return None


def _this_place(record: ArticleRecord, e: Event) -> PlaceKey | None:
    """The dateline's place where the event's sentence calls its place "this town", "this village" ("CATANAUAN,
    Quezon - ... exchanged fire in a village of this town", "IMPASUG-ONG, Bukidnon - ... in a remote village of this
    town") and the coder gave it no place of its own, or only the dateline's or a country: a local paper's dateline
    is where it happened, not where a wire filed from. The dateline's town where the gazetteer knows it, else the
    province or state the dateline names after it; None where the dateline names no known place."""
    from lapwing.store.local_names import THIS_PLACE

    text = record.article.text
    end = dateline_end(text)
    if not end or not THIS_PLACE.search(text, e.sentence.start, e.sentence.end):
        return None
    if e.place is not None and e.place.end > end and (e.place.kind or "city") not in ("country", "adjectival"):
        return None
    keys = [k for k in (place_key(p, text) for p in sorted(record.places, key=lambda p: p.start)
                        if p.end <= end and p.country and p.lat is not None) if k is not None]
    return next((k for k in keys if (k.kind or "city") in POINT_KINDS),
                next((k for k in keys if k.kind in ("admin1", "admin2")), None))


#: Roots of what is said (statements, appeals, investigations, demands, disapproval, rejection, threats), whose
#: actor may be a capital standing for its state (:func:`_capital_as_actor`). Visits, talks and deals (03-05: "a
#: visit to Ankara", "arrived in Kyiv") happen in the capital the target names.
SAYING_ROOTS = frozenset({"01", "02", "09", "10", "11", "12", "13"})


def _capital_as_actor(e: Event) -> bool:
    """The event's place is a capital named inside its source's or target's own words ("urged Washington to lift
    the tariffs", "Moscow warned", "Beijing authorities said", "Lima's decision"): the capital stands for its state,
    and what the state says (``SAYING_ROOTS``) is not placed by it. (A place named apart from the actors keeps its
    point: "told reporters in Washington".)"""
    p = e.place
    return any(a is not None and a.start <= p.start and p.end <= a.end for a in (e.source, e.target)) \
        and _is_capital(p)


#: A place named in a compound adjective is what it says of a thing: "a Panama-flagged freighter" (its registry).
_COMPOUND = re.compile(r"\s*-\s*[a-z]")


def _past_a_compound(record: ArticleRecord, e: Event) -> Event:
    """An event the coder placed in a compound adjective ("seized a Panama-flagged freighter in the Gulf of Aden",
    "an Aden-based group attacked ...") is placed at the next place its sentence names that is not one, or
    nowhere: the compound says what the thing is (its flag, its base), not where the act happened."""
    text = record.article.text
    if e.place is None or not _COMPOUND.match(text, e.place.end):
        return e
    nxt = [q for q in record.places if e.place.end <= q.start < e.sentence.end and q.kind != "adjectival"
           and not _COMPOUND.match(text, q.end)]
    return e.model_copy(update={"place": nxt[0] if nxt else None})


def own_place(record: ArticleRecord, e: Event) -> PlaceKey | None:
    """The event's own place; a capital its sentence names by the country ("the Polish capital") where the
    coder gave it no place or only a country; the jurisdiction of local officials ("Lagos State officials") where
    it gave none, a country or the dateline. The place a statement or meeting is about ("talks on
    Ukraine") is marked ``aside``: it contradicts no place where the event happened."""
    e = _past_a_compound(record, e)
    local = _jurisdiction(record, e)
    here = _this_place(record, e)
    if here is not None:
        return here
    if e.place is not None and e.place.end <= dateline_end(record.article.text):
        filed = _filed_from(e.place, dateline_end(record.article.text))
        if local is not None and (filed is None or filed.country == local.country):
            return local
        capital = capital_in(record, e.sentence.start, e.sentence.end)  # "JAKARTA - ... outside Indonesia's parliament"
        return capital if capital is not None and (filed is None or filed.country == capital.country) else filed
    if stray(record, e.place):
        own = _holder(record, e, comma=True, known=True)  # a namesake abroad: the place named as holding it, if any
    else:
        own = place_key(e.place, record.article.text)
    if own is not None and not own.country:
        own = _holder(record, e) or own
    elif own is not None and own.point_like:
        holder = _holder(record, e, comma=True)
        if holder is not None and not _lies_in(own, holder):
            own = holder  # "El Plateado, Cauca" resolved to a town of Mexico: the department tells the place
    if own is not None and e.cameo[:2] in SAYING_ROOTS and e.place is not None and _capital_as_actor(e):
        return dataclasses.replace(own, aside=True)  # "urged Washington", "Moscow warned": the state, not the city
    if own is not None and e.cameo[:2] in VERBAL_ROOTS and e.place is not None and \
            _TOPIC_BEFORE.search(record.article.text[max(e.sentence.start, e.place.start - 40):e.place.start]):
        return dataclasses.replace(own, aside=True)
    if own is None or not own.point_like:
        capital = capital_in(record, e.sentence.start, e.sentence.end) or bare_capital(record, e, own and own.country)
        if capital is not None and (own is None or own.country in (None, capital.country)):
            return capital
        if local is not None and (own is None or (not own.region and own.country in (None, local.country))):
            return local
    return own


#: A round-up's item labelled by its country: "Jordan: Border guards shot dead five smugglers ...", "Iraq: Turkish
#: drones struck ...", "MALI: Bamako revoked ...". Before the label, only the line's start or a bullet.
_BULLET = re.compile(r"[ \t]*(?:[-*\u2022][ \t]*)?")


def item_setting(record: ArticleRecord, e: Event) -> PlaceKey | None:
    """The country that labels the event's item in a round-up (a country the gazetteer found, at the start of a line
    or of the event's sentence and followed by a colon, the item's sentence right after it): where the item happened,
    as a setting of that country. A round-up names places far apart and has no setting of its own
    (:func:`article_setting`)."""
    text = record.article.text
    for p in record.places:
        if p.kind != "country" or not p.country or not text.startswith(":", p.end):
            continue
        starts = (text.rfind("\n", 0, p.start) + 1, e.sentence.start)
        if not any(s0 <= p.start and _BULLET.fullmatch(text, s0, p.start) for s0 in starts):
            continue
        if p.end <= e.sentence.start and text[p.end + 1:e.sentence.start].strip() == "" \
                or e.sentence.start <= p.start < e.sentence.end:
            return PlaceKey(None, p.country, None, None, "country", inferred=True)
    return None
