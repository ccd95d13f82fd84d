"""The word lists, the dateline and qualifier patterns and the context checks that
:mod:`lapwing.geo.detect` uses to tell place names from other capitalised words.

Kept apart from the detector itself (:class:`lapwing.geo.detect.Detector`), which walks the document;
everything here looks at one span, one word or one pattern.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from lapwing.extract.docfacts import doc_text, token_columns
from lapwing.geo.gazetteer import Gazetteer, norm, us_states
from lapwing.geo.resolve import ALT_PENALTY, Mention, candidates, prior, strip_possessive

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "LOCATION", "GEO", "GPE_LOC", "PLACE"})
PERSON_LABELS = frozenset({"PERSON", "PER"})
NOT_PLACE_LABELS = frozenset({"NORP", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL",
                              "LANGUAGE", "LAW", "WORK_OF_ART"})
ORG_LABELS = frozenset({"ORG", "ORGANIZATION"})

MONTHS = ("january february march april may june july august september october november december "
          "jan feb mar apr jun jul aug sep sept oct nov dec").split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split()
#: Capitalised words that gazetteers know as places but that are almost always something else.
STOP_WORDS = set(MONTHS + WEEKDAYS) | set("""
a an the i we you he she it they this that these those there here my our his her its their
mr mrs ms dr sir president minister prime secretary gov governor sen senator rep representative judge
chief officer sgt lt capt col gen general admiral king queen prince princess pope saint st
police army navy court congress parliament senate government state city county town village district
university college school hospital church center centre airport station street road avenue highway
north south east west northern southern eastern western central upper lower new old great little
day eve
god lord allah jesus christ christian muslim islam islamic jewish catholic
january february today yesterday tomorrow tonight morning evening night week weekend year
said says added told reported according however meanwhile also but and or if when while after before
one two three four five six seven eight nine ten first second third last next
home hope liberty independence union victory justice unity friendship progress commerce industry
enterprise mobile reading nice bath split most much many more goes best mission providence concord
harmony paradise eden faith grace joy charity temple bay gulf valley lake river mountain island beach
summit market trade gold silver diamond crystal energy power ocean sun star moon rose lily
premier league cup world national international federal republic democratic people peoples
man woman men women boy girl child children family friends team member members
cnn reuters ap afp bbc nbc abc cbs fox
""".split())

#: Acronyms of organisations that gazetteers know as small towns ("U.N." = Un, India; "NATO" = Nato, Philippines).
#: Country abbreviations ("U.S.", "UK", "UAE") are separate gazetteer entries and stay places.
ORG_ACRONYMS = frozenset("""un nato eu who imf opec asean icc iaea unhcr unicef unesco wto wfp fao ilo oas osce
au ecowas sadc nafta g7 g20 brics fbi cia nsa dea ice atf nasa sec fed ecb boj pboc ifc idb afdb adb ocha
msf icrc irc hrw""".split())
#: Words that make the capitalised word before them a holiday, not a place ("May Day", "Columbus Day").
HOLIDAY_HEADS = frozenset({"day", "eve"})
#: Words after a name that make it a commodity benchmark ("Brent crude", "Dubai crude", "Urals blend").
COMMODITY_NEXT = frozenset({"crude", "blend"})
#: Benchmarks that are also town names, for the looser "Brent oil", "Brent futures", "Brent prices".
BENCHMARK_NAMES = frozenset({"brent", "wti", "urals"})
BENCHMARK_NEXT = frozenset({"oil", "futures", "prices", "price", "contract", "contracts", "benchmark"})

CONNECTORS = frozenset({"of", "de", "del", "della", "la", "le", "les", "al", "el", "du", "des", "da", "do", "dos",
                        "das", "upon", "the", "-", "'", "’", "y", "en", "am", "an", "der", "di", "sur"})
#: Joiners allowed inside a known multi-word name but not inside a run ("Trinidad and Tobago").
NAME_JOINERS = CONNECTORS | {"and", "&"}
#: Verbs whose object is typically a place ("captured Knin").
PLACE_VERBS = frozenset("""captured capture captures seized seize seizes took take takes entered enter enters attacked
attack attacks shelled shell shells bombed bomb bombs raided raid raids stormed storm storms liberated liberate
liberates recaptured recapture retook occupied occupy occupies besieged besiege besieges invaded invade invades
visited visit visits reached reach reaches left leave leaves fled flee flees toured tour tours overran overrun
surrounded surround encircled encircle controls control controlled hit hits struck strike strikes rocked
shook shakes evacuated evacuate evacuates flooded flood floods patrolled patrol patrols""".split())
LOCATIVE_PREPS = frozenset({"in", "at", "near", "from", "to", "outside", "inside", "around", "toward", "towards",
                            "into", "across", "throughout", "between", "via", "through", "within", "of", "off",
                            "along", "onto", "on", "nearby", "by", "and", "or", "visit", "visited", "visiting"})
PLACE_HEADS = ("district", "neighbourhood", "neighborhood", "village", "town", "city", "camp", "refugee camp",
               "province", "governorate", "region", "valley", "county", "parish", "area", "suburb", "quarter",
               "municipality", "prefecture", "township", "settlement", "border crossing", "crossing", "square",
               "palace", "airport", "base", "airbase", "air base", "port", "border", "gorge", "mountains",
               "oblast", "state")
OF_HEADS = ("town", "village", "city", "district", "province", "region", "area", "suburb", "neighbourhood",
            "neighborhood", "port", "island", "state", "governorate", "capital", "outskirts", "municipality",
            "settlement", "enclave", "stronghold")
TITLES = frozenset("""mr mrs ms miss dr prof president vice minister premier secretary gov governor sen senator rep
rev father sister brother judge justice chief sheriff deputy officer sgt sergeant lt lieutenant capt captain cpl
col colonel gen general maj major adm admiral cmdr commander coach king queen prince princess lord lady sir dame
pope cardinal bishop imam rabbi sheikh sheik mayor councilman councilwoman commissioner ambassador spokesman
spokeswoman detective trooper agent attorney lawyer dean principal superintendent director chairman ceo""".split())
PERSON_VERBS = frozenset({"said", "says", "told", "added", "says", "asked", "explained", "noted", "wrote", "testified",
                          "stated", "argued", "replied", "tweeted", "announced"})

MAX_TOKENS = 7
#: Last words of names of organisations and facilities (not surnames).
ORG_HEADS = frozenset("""county parish city town district province state department office police fire station
school college university academy hospital center centre church council court committee commission agency
company corporation corp inc ltd group bank party times post news herald tribune journal gazette airport park
street avenue road bridge river lake mountain valley island islands beach bay square hall house tower building
museum library stadium arena club association union institute foundation ministry army navy force forces
brigade division regiment""".split())
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh", "ez", "es", "ed",
                             "et", "er", "en", "ul", "ud", "us", "ut", "ed"})
DIRECT_CUES = frozenset({"in", "at", "near", "outside", "inside", "around", "into", "across", "throughout", "within"})
STREET_WORDS = frozenset("""street st avenue ave av road rd boulevard blvd drive dr lane ln way highway hwy
parkway pkwy court ct place pl terrace ter circle cir trail trl pike expressway freeway turnpike alley row
plaza""".split())

_DATELINE = re.compile(
    r"""^\s*
    (?P<place>[A-Z][A-Z'’.\-]+(?:[ ][A-Z][A-Z'’.\-]+){0,3}      # CARACAS / GAZA CITY / NEW DELHI
      |[A-Z][a-z'’.\-]+(?:[ ][A-Z][a-z'’.\-]+){0,2}(?=\s*,\s*[A-Z][a-z]+\.?\s+\d|\s*\())   # Caracas, April 30 / Caracas (AP)
    (?:\s*,\s*(?P<region>[A-Z][A-Za-z.'’]+(?:\s+[A-Z][A-Za-z.'’]+){0,3}))?
    (?:\s*,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?
    \s*(?:\((?P<agency>[^)\n]{1,40})\))?
    \s*(?:[-–—:]{1,2})\s""",
    re.VERBOSE,
)


@dataclass
class Detected:
    mentions: list[Mention]
    dateline: Mention | None
    text: str = ""  # the document's text, read once (spaCy rebuilds Doc.text at every access)
    tokens: list[str] | None = None  # each token's text, read once
    ents: list | None = None  # the document's entity spans (``list(doc.ents)``), read once: spaCy builds them at every read


def _cap_text(s: str) -> bool:
    """A word that starts with a capital letter."""
    if not s or not s[0].isalpha():
        return False
    return s[0].isupper()


def _is_cap(t: Token) -> bool:
    return _cap_text(t.text)


def _breaks_run(lower: str, stop: bool) -> bool:
    """:func:`_run_breaker` on a token's lower-case text and stop-word flag."""
    low = lower.rstrip(".")
    return (stop and low != "the") or low in MONTHS or low in WEEKDAYS


def _run_breaker(t: Token) -> bool:
    """Capitalised words that never belong to a place name: "In", "At" (sentence-initial), months, weekdays."""
    return _breaks_run(t.lower_, t.is_stop)


def find_dateline(doc: Doc, gaz: Gazetteer | None = None, text: str | None = None
                  ) -> tuple[Mention | None, Mention | None]:
    """The dateline place (and its region/country qualifier) at the start of the text (``text`` is
    ``doc.text`` when the caller has it already: spaCy rebuilds it at every access)."""
    text = doc.text if text is None else text
    m = _DATELINE.match(text[:200])
    if not m:
        return None, None
    place = m.group("place")
    if norm(place) in STOP_WORDS or norm(place).split()[0] in MONTHS:
        return None, None
    if not (m.group("region") or m.group("date") or m.group("agency")) and not place.isupper():
        return None, None
    ps, pe = m.span("place")
    if gaz is not None:
        # "MEXICO-POLICE KILLED MEXICO CITY": keep the longest known tail
        words = list(re.finditer(r"\S+", place))
        for w in words:
            if gaz.has_key(norm(place[w.start():])):
                ps = ps + w.start()
                break
        else:
            return None, None
    dl = _mention(doc, ps, pe, "dateline", text)
    q = None
    region = m.group("region")
    if region and norm(region).split()[0] not in MONTHS:
        rs, re_ = m.span("region")
        q = _mention(doc, rs, re_, "qualifier", text)
        if dl is not None:
            dl.qualifier = q
    return dl, q


def _mention(doc: Doc, start: int, end: int, source: str, text: str | None = None) -> Mention | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    text = doc.text if text is None else text
    return Mention(text=text[start:end], start=start, end=end, tok_start=span.start, tok_end=span.end,
                   source=source)


def _span_mention(span: Span, source: str, label: str | None = None) -> Mention:
    return Mention(text=span.text, start=span.start_char, end=span.end_char, tok_start=span.start,
                   tok_end=span.end, source=source, label=label)


_QUALIFIER_CACHE: dict[str, re.Pattern] = {}


def _qualifier_re() -> re.Pattern:
    """", La." / ", Texas" / ", Venezuela" right after a place name."""
    pat = _QUALIFIER_CACHE.get("q")
    if pat is None:
        names: set[str] = set()
        for code, (name, _lat, _lon, abbrevs) in us_states().items():
            names.add(name)
            names.update(a for a in abbrevs if a.endswith(".") or len(a) > 3)
        from lapwing.geo.gazetteer import countries
        from lapwing.geo import tables

        for c in countries().values():
            names.add(c.name)
        for row in tables.COUNTRY_POINTS.splitlines():
            parts = row.split("\t")
            if len(parts) >= 4:
                names.update(a for a in parts[3].split("|") if a and not a.startswith("the "))
        for row in tables.ADMIN1.splitlines():
            parts = row.split("\t")
            if len(parts) >= 2 and parts[0] in ("CA", "AU", "GB"):
                names.add(parts[1])
        alts = sorted((re.escape(n) for n in names if n), key=len, reverse=True)
        pat = re.compile(r"^\s*,\s*(" + "|".join(alts) + r")(?![A-Za-z])")
        _QUALIFIER_CACHE["q"] = pat
    return pat


def _qualifier_after(doc: Doc, end_char: int, text: str | None = None) -> Mention | None:
    text = doc.text if text is None else text  # Doc.text is rebuilt on every access: pass it when looping
    m = _qualifier_re().match(text[end_char:end_char + 40])
    if not m:
        return None
    s, e = end_char + m.start(1), end_char + m.end(1)
    return _mention(doc, s, e, "qualifier", text)


#: (id of the gazetteer, name) -> _strength(...): the same names come back within and across articles
_STRENGTH: dict[tuple[int, str], tuple[Gazetteer, tuple[float, str]]] = {}


def _strength(gaz: Gazetteer, text: str) -> tuple[float, str]:
    """How strongly a name alone suggests a place: best prior over its candidates, and that kind.

    Alternate names count a little less than main names ("Raqqa" for Ar-Raqqah is still a city
    of 200,000); abbreviations and short forms as their resolution penalty says. Remembered per
    gazetteer and name.
    """
    key = (id(gaz), text)
    hit = _STRENGTH.get(key)
    if hit is not None and hit[0] is gaz:
        return hit[1]
    got = _strength_of(gaz, text)
    if len(_STRENGTH) > 100_000:
        _STRENGTH.clear()
    _STRENGTH[key] = (gaz, got)
    return got


def _strength_of(gaz: Gazetteer, text: str) -> tuple[float, str]:
    best, kind = -1.0, ""
    for c in candidates(gaz, text):
        pen = c.penalty
        if c.entry.alt == 1 and c.how == "alternate":
            pen = pen - ALT_PENALTY[1] + 1.0
        p = prior(c.entry) - pen
        if p > best:
            best, kind = p, c.entry.kind
    return best, kind


def _is_acronym(text: str) -> bool:
    """"U.N.", "NATO", "EU": upper-case letters, optionally with dots."""
    letters = text.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


#: Institutions named after a saint or a founder ("St. Mary's Hospital", "St. Jude Children's Research Hospital").
INSTITUTION_HEADS = frozenset("""hospital hospitals school schools church cathedral chapel basilica college university
academy clinic infirmary seminary abbey priory convent mission home hall children's childrens medical
catholic episcopal center centre""".split())
_SAINT = SAINT_WORDS = frozenset({"st", "st.", "saint", "ste", "ste.", "san", "santa", "sainte"})


def names_institution(doc: Doc, i: int, j: int) -> bool:
    """The saint's name at tokens ``i:j`` is part of an institution's name, not a place: "St. Mary's
    Hospital", "St. Luke Hospital", "Saint Joseph Catholic Church", "St. Jude Children's Research Hospital"
    (a city before its institution stays a place: "Baghdad's Yarmouk Hospital", "Boston Children's Hospital")."""
    if doc[i].lower_ not in _SAINT:
        return False
    k = j
    if k < len(doc) and doc[k].lower_ in ("'s", "’s", "'", "’"):
        k += 1
    words = 0
    while k < len(doc) and words < 3:  # over one or two name words: "St. Mary's Regional Medical Center"
        t = doc[k]
        k += 1
        if t.lower_ in ("'s", "’s"):
            continue  # "St. Jude Children's Research Hospital"
        if not t.text[:1].isupper():
            return False
        if t.lower_.replace("’", "'") in INSTITUTION_HEADS:
            return True
        words += 1
    return False


def not_a_place_context(doc: Doc, i: int, j: int, kind: str = "") -> str | None:
    """Why the name at tokens ``i..j`` is no place whatever the gazetteer says, else None.

    Holidays ("May Day", "Labor Day", "Columbus Day": the name before "Day"/"Eve", or "Day"
    itself after a capitalised word), commodity benchmarks ("Brent crude", "Brent oil") and
    organisation acronyms ("U.N.", "NATO").
    """
    cols = token_columns(doc)  # the shared token columns: no Token built
    words, low, n = cols.text, cols.lower, len(cols.text)
    text = doc_text(doc)[cols.idx[i]:cols.idx[j - 1] + len(words[j - 1])] if i < j else ""  # doc[i:j].text
    key = norm(strip_possessive(text))
    nxt = j if j < n else None
    prev = i - 1 if i > 0 else None
    if nxt is not None and _cap_text(words[nxt]) and low[nxt] in HOLIDAY_HEADS:
        return "holiday"
    last = j - 1
    if low[last] in HOLIDAY_HEADS and _cap_text(words[last]) and (j - i >= 2 or prev is not None
                                                                  and _cap_text(words[prev])):
        return "holiday"
    if kind not in ("country", "admin1") and nxt is not None:
        if low[nxt] in COMMODITY_NEXT or key in BENCHMARK_NAMES and low[nxt] in BENCHMARK_NEXT:
            return "commodity"
    if key in ORG_ACRONYMS and _is_acronym(text.rstrip("'’s")) and kind in ("city", "admin2", ""):
        return "organisation"
    return None


def is_common_word(doc: Doc, text: str) -> bool:
    """A single word that is ordinary vocabulary ("Harbour", "Bay", "Station"), not a name.

    Used for names that no gazetteer knows: such a word is no place on its own. Common: one
    of Lapwing's lists of generic words, or written in lower case elsewhere in the article.
    """
    low = norm(strip_possessive(text))
    if not low or " " in low:
        return False
    from lapwing.geo.resolve import _GENERIC_SUFFIXES, _NATURAL

    if low in STOP_WORDS or low in ORG_HEADS or low in STREET_WORDS or low in _NATURAL or low in PLACE_HEADS \
            or low in _GENERIC_SUFFIXES or low in OF_HEADS:
        return True
    return low in token_columns(doc).text  # a token written exactly so


#: Lower-case words before a name that use it for a wide area: "eastern Washington", "upstate New York" (the
#: state, not the city). Bare "north", "east" ... are left out: "north Arlington" is a part of the town.
AREA_WORDS = frozenset("""northern southern eastern western central upstate downstate northeastern northwestern
southeastern southwestern""".split())


#: Lower-case words after a name (or its possessive) that make it a state or province, not its namesake town:
#: "Washington state", "New York's attorney general", "the Georgia legislature", "the Ohio governor".
STATE_OFFICE_WORDS = frozenset("""state governor governors legislature legislators statehouse senator senators
congressman congresswoman delegation""".split())
#: Lower-case words after a name that make it a wide area (a state, province or country): "the New York
#: border", "the Georgia line", "the Texas coast".
AREA_AFTER_WORDS = frozenset("border borders line coast coastline".split())


#: Lower-case words after a name that make it a town (or state), not a country: "a Palestine man", "the
#: Jordan resident", "Lebanon police".
LOCAL_AFTER_WORDS = frozenset("""man woman men women boy girl teen teenager resident residents couple homeowner
homeowners mayor police""".split())
#: Two words after a name, in any case, that make it a town: "Dublin City Council", "the Newark Police
#: Department", "Palestine Independent School District", "Norfolk High School".
LOCAL_AFTER_PAIRS = frozenset({("city", "council"), ("city", "hall"), ("city", "commission"), ("city", "manager"),
                               ("police", "department"), ("police", "chief"), ("fire", "department"),
                               ("fire", "chief"), ("school", "district"), ("school", "board"), ("high", "school"),
                               ("middle", "school"), ("elementary", "school"), ("public", "library"),
                               ("independent", "school"), ("town", "council"), ("village", "board")})


def area_cues(doc: Doc, tok_start: int, tok_end: int) -> tuple[bool, bool, bool]:
    """(area, state_word, local) for a name at tokens ``tok_start:tok_end``: a lower-case area word right
    before it ("eastern Washington") or after it ("the New York border"); a lower-case word of a state's
    offices right after it or its possessive ("Washington state", "New York's attorney general", "the Ohio
    governor"); a word of a town's people or offices right after it ("a Palestine man", "Dublin City
    Council": no country)."""
    if tok_start < 0 or tok_end < 0:
        return False, False, False
    cols = token_columns(doc)  # the shared token columns: no Token built
    words, low, n = cols.text, cols.lower, len(cols.text)
    local = tok_end < n and (
        words[tok_end] in LOCAL_AFTER_WORDS
        or tok_end + 1 < n and (low[tok_end], low[tok_end + 1]) in LOCAL_AFTER_PAIRS)
    area = tok_start > 0 and words[tok_start - 1] in AREA_WORDS
    k = tok_end
    if k < n and words[k] in ("'s", "’s"):
        k += 1
    nxt = words[k] if k < n else ""
    state_word = nxt in STATE_OFFICE_WORDS or (nxt == "attorney" and k + 1 < n and words[k + 1] == "general")
    area = area or k == tok_end and nxt in AREA_AFTER_WORDS
    return area, state_word, local


#: Last words of a saint-named institution's name ("St. Mary's Hospital", "St. Jude Children's Research Hospital").
_INSTITUTION_LAST = frozenset("""hospital school church cathedral chapel basilica college university academy clinic
infirmary seminary abbey priory convent mission home hall center centre""".split())


def saint_institution_end(doc: Doc, i: int) -> int | None:
    """End token of a saint-named institution starting at token ``i`` ("St. Mary's Hospital", "Saint Joseph
    Catholic Church", "St. Jude Children's Research Hospital"), else None. Such a name is a building in its
    town, not a town called Saint Mary: the resolver places it in the town named nearest to it."""
    if i >= len(doc) or doc[i].lower_ not in _SAINT:
        return None
    end = None
    k = i + 1
    while k < len(doc) and k <= i + 7:
        t = doc[k]
        if t.lower_ in ("'s", "’s", "'", "’", "."):
            k += 1
            continue
        if not t.text[:1].isupper():
            break
        if t.lower_ in _INSTITUTION_LAST:
            end = k + 1
        k += 1
    return end if end is not None and names_institution(doc, i, min(i + 2, end)) else None


#: What a parish names after its saint: "the San Jose parish church", "the Santa Rosa parish school".
_PARISH_BUILDINGS = frozenset({"church", "chapel", "school", "hall", "house"})


def saint_parish_end(doc: Doc, i: int) -> int | None:
    """End token of a saint's name told as a parish's, lower-case ("the San Jose parish church", "outside the Santa
    Rosa parish chapel"), starting at token ``i``, else None. A parish is named after its saint, even where a city has
    the saint's name: the church is a building in its town, not the city of San Jose. "St. Tammany parish" (a
    Louisiana parish, no building after it) stays a place."""
    if i >= len(doc) or doc[i].lower_ not in _SAINT:
        return None
    k = i + 1
    while k < len(doc) and k <= i + 3 and doc[k].text[:1].isupper():
        k += 1
    if k == i + 1 or k + 1 >= len(doc) or doc[k].text != "parish" or doc[k + 1].text not in _PARISH_BUILDINGS:
        return None
    return k + 2
