"""Finding place names in a parsed document.

Three sources, merged without overlaps (longest first):

1. the NER model's place labels (``GPE``, ``LOC``, ``FAC`` or ``LOCATION``; whatever the
   loaded model has);
2. gazetteer look-up of capitalised token sequences (longest match first), with
   guards against the usual false places: person names (NER ``PERSON`` spans,
   titles, surnames seen in a longer name elsewhere in the article), months and
   weekdays, common words at the start of a sentence, demonyms (never places),
   obscure villages that are not introduced as places ("in", "at", "near" ...);
3. patterns that introduce a place even when no gazetteer knows it:
   "the Aziziyah district", "the town of Bakwa".

Also the dateline ("CARACAS, April 30 (Reuters) -") and qualifiers
("Alexandria, La.", "Paris, Texas").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from lapwing.geo.gazetteer import Gazetteer, demonyms, norm, us_states
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


def _is_cap(t: Token) -> bool:
    s = t.text
    if not s or not s[0].isalpha():
        return False
    return s[0].isupper()


def _run_breaker(t: Token) -> bool:
    """Capitalised words that never belong to a place name: "In", "At" (sentence-initial), months, weekdays."""
    low = t.lower_.rstrip(".")
    return (t.is_stop and low != "the") or low in MONTHS or low in WEEKDAYS


def find_dateline(doc: Doc, gaz: Gazetteer | None = None) -> tuple[Mention | None, Mention | None]:
    """The dateline place (and its region/country qualifier) at the start of the text."""
    text = doc.text
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
    dl = _mention(doc, ps, pe, "dateline")
    q = None
    region = m.group("region")
    if region and norm(region).split()[0] not in MONTHS:
        rs, re_ = m.span("region")
        q = _mention(doc, rs, re_, "qualifier")
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


def _strength(gaz: Gazetteer, text: str) -> tuple[float, str]:
    """How strongly a name alone suggests a place: best prior over its candidates, and that kind.

    Alternate names count a little less than main names ("Raqqa" for Ar-Raqqah is still a city
    of 200,000); abbreviations and short forms as their resolution penalty says.
    """
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
_SAINT = frozenset({"st", "st.", "saint", "ste", "ste.", "san", "santa", "sainte"})


def names_institution(doc: Doc, i: int, j: int) -> bool:
    """The saint's name at tokens ``i:j`` is part of an institution's name, not a place: "St. Mary's
    Hospital", "St. Luke Hospital", "Saint Joseph Catholic Church", "St. Jude Children's Research Hospital"
    (a city before its institution stays a place: "Baghdad's Yarmouk Hospital", "Boston Children's Hospital")."""
    if doc[i].lower_ not in _SAINT:
        return False
    k = j
    if k < len(doc) and doc[k].lower_ in ("'s", "’s", "'", "’"):
        k += 1
    for step in range(3):  # over one or two name words: "St. Mary's Regional Medical Center"
        if k + step >= len(doc) or not doc[k + step].text[:1].isupper():
            return False
        if doc[k + step].lower_.replace("’", "'") in INSTITUTION_HEADS:
            return True
    return False


def not_a_place_context(doc: Doc, i: int, j: int, kind: str = "") -> str | None:
    """Why the name at tokens ``i..j`` is no place whatever the gazetteer says, else None.

    Holidays ("May Day", "Labor Day", "Columbus Day": the name before "Day"/"Eve", or "Day"
    itself after a capitalised word), commodity benchmarks ("Brent crude", "Brent oil") and
    organisation acronyms ("U.N.", "NATO").
    """
    text = doc[i:j].text
    key = norm(strip_possessive(text))
    nxt = doc[j] if j < len(doc) else None
    prev = doc[i - 1] if i > 0 else None
    if nxt is not None and _is_cap(nxt) and nxt.lower_ in HOLIDAY_HEADS:
        return "holiday"
    last = doc[j - 1]
    if last.lower_ in HOLIDAY_HEADS and _is_cap(last) and (j - i >= 2 or prev is not None and _is_cap(prev)):
        return "holiday"
    if kind not in ("country", "admin1") and nxt is not None:
        if nxt.lower_ in COMMODITY_NEXT or key in BENCHMARK_NAMES and nxt.lower_ in BENCHMARK_NEXT:
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
    return any(t.text == low for t in doc)


class Detector:
    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        self._extra_first = {k.split(" ")[0] for k in gaz._extra}
        self._demonyms = demonyms()

    # -- helpers ------------------------------------------------------------
    def _known(self, key: str) -> bool:
        return bool(key) and self.gaz.has_key(key)

    def _person_surnames(self, doc: Doc, person_spans: list[Span],
                         runs: list[tuple[int, int]] | None = None) -> set[str]:
        """Tokens that are surnames in this article: last word of person names seen here."""
        out: set[str] = set()
        for sp in person_spans:
            toks = [t for t in sp if _is_cap(t)]
            if len(toks) >= 2:
                out.add(norm(toks[-1].text))
                out.add(norm(toks[0].text))
        # Full names without NER: "Chiquita Raquel Henry, 19," -> Henry is a surname in this article
        for rs, re_ in (runs if runs is not None else self._runs(doc)):
            toks = doc[rs:re_]
            if not 2 <= len(toks) <= 4 or not all(t.is_alpha and t.is_title for t in toks):
                continue
            words = [norm(t.text) for t in toks]
            if any(w in STOP_WORDS or w in TITLES or w in ORG_HEADS for w in words):
                continue
            if self._known(norm(toks.text)) or self._known(" ".join(words[:-1])):
                continue
            if _strength(self.gaz, toks[0].text)[0] >= 5.5:
                continue
            out.add(words[-1])
        # Title + Name ("President Maduro", "Gov. Perry"), First Last with a title before
        for i, t in enumerate(doc[:-1]):
            if norm(t.text) in TITLES and _is_cap(doc[i + 1]):
                j = i + 1
                while j < len(doc) and _is_cap(doc[j]) and j - i <= 3:
                    j += 1
                out.add(norm(doc[j - 1].text))
        return out

    # -- main --------------------------------------------------------------
    def detect(self, doc: Doc) -> Detected:
        self._text = doc.text
        # per-token values read many times below: one Token object per position, offsets of each token
        self._toks = toks = list(doc)
        self._cap = [_is_cap(t) for t in toks]
        self._tstart = [t.idx for t in toks]
        self._tend = [t.idx + len(t.text) for t in toks]
        self._ents = list(doc.ents)
        taken = [False] * len(doc)
        mentions: list[Mention] = []

        dateline, dl_region = find_dateline(doc, self.gaz)
        if dateline is not None:
            mentions.append(dateline)
            for i in range(dateline.tok_start, dateline.tok_end):
                taken[i] = True
            if dl_region is not None and self._known(norm(dl_region.text)):
                mentions.append(dl_region)
                for i in range(dl_region.tok_start, dl_region.tok_end):
                    taken[i] = True

        ents = list(doc.ents)
        person_spans = [e for e in ents if e.label_ in PERSON_LABELS]
        blocked_weak = [False] * len(doc)  # tokens inside PERSON/ORG/NORP... entities
        for e in ents:
            if e.label_ in PERSON_LABELS or e.label_ in ORG_LABELS or e.label_ in NOT_PLACE_LABELS:
                for i in range(e.start, e.end):
                    blocked_weak[i] = True
                if e.label_ == "NORP":
                    for i in range(e.start, e.end):
                        taken[i] = True
        runs = list(self._runs(doc, toks, self._cap))  # they depend on the doc only: found once
        surnames = self._person_surnames(doc, person_spans, runs)

        # 1. gazetteer scan of capitalised runs: names of several words first ("Gulf of Aden" before
        #    an NER "Aden"), then NER place spans, then one-word names
        votes = self._label_votes(doc, ents)
        for multi in (True, False):
            if not multi:
                self._ner_places(doc, ents, votes, surnames, taken, mentions)
            for run_start, run_end in runs:
                i = run_start
                while i < run_end:
                    if taken[i] or not (_is_cap(doc[i]) or self._article_start(doc, i)):
                        i += 1
                        continue
                    found = self._longest_match(doc, i, run_end, taken)
                    if doc[i].lower_ == "the" and i + 1 < run_end:
                        # "The Gulf of Aden": prefer the match without the article unless "The" belongs to it
                        alt = self._longest_match(doc, i + 1, run_end, taken)
                        if alt is not None and (found is None or alt[0] >= found[0]):
                            i += 1
                            found = alt
                    if found is None or (multi and found[0] - i < 2):
                        i += 1
                        continue
                    j, key, landmark_ext = found
                    if self._accept(doc, i, j, run_start, run_end, key, taken, blocked_weak, surnames,
                                    landmark_ext):
                        mentions.append(_span_mention(doc[i:j], "gazetteer"))
                        for k in range(i, j):
                            taken[k] = True
                        i = j
                    else:
                        i += 1

        # 3. patterns: "the X district", "the town of X"
        mentions.extend(self._patterns(doc, taken, blocked_weak))

        # qualifiers ("Alexandria, La."): they restrict the name before them and are places themselves
        for m in list(mentions):
            if m.source in ("dateline", "qualifier") or m.qualifier is not None:
                continue
            q = _qualifier_after(doc, m.end, self._text)
            if q is not None:
                m.qualifier = q
                if not any(taken[i] for i in range(q.tok_start, q.tok_end)):
                    mentions.append(q)
                    for i in range(q.tok_start, q.tok_end):
                        taken[i] = True
        mentions.sort(key=lambda m: m.start)
        return Detected(mentions, dateline)

    def _ner_places(self, doc, ents, votes, surnames, taken, mentions) -> None:
        """NER place spans, checked like gazetteer matches (NER models mistake surnames for places)."""
        for e in ents:
            if e.label_ not in PLACE_LABELS or any(taken[i] for i in range(e.start, e.end)):
                continue
            span = self._trim(doc, e)
            if span is None:
                continue
            key = norm(strip_possessive(span.text))
            if not key.strip() or key in STOP_WORDS or (key in self._demonyms and not self._known(key)):
                continue  # (an entity that normalises to nothing, e.g. U+D7FF alone: found by fuzzing)
            if key.split()[0] in TITLES and not self._known(key):
                continue
            if not_a_place_context(doc, span.start, span.end, _strength(self.gaz, span.text)[1]):
                continue
            if not self._accept_ner(doc, span, key, votes, surnames, taken):
                continue
            mentions.append(_span_mention(span, "ner", e.label_))
            for i in range(span.start, span.end):
                taken[i] = True

    def _trim(self, doc: Doc, e: Span) -> Span | None:
        s, t = e.start, e.end
        while s < t and (doc[s].lower_ in ("the", "a", "an") or doc[s].is_punct):
            s += 1
        while t > s and (doc[t - 1].is_punct or doc[t - 1].lower_ in ("'s", "’s") or doc[t - 1].lower_ in MONTHS
                         or doc[t - 1].lower_ in WEEKDAYS or doc[t - 1].lower_ in PERSON_VERBS):
            t -= 1
        if s >= t:
            return None
        return doc[s:t]

    @staticmethod
    def _article_start(doc: Doc, i: int) -> bool:
        """"al-Tijara", "el-Arish": a lowercase Arabic article hyphenated to a name."""
        return (doc[i].lower_ in ARABIC_ARTICLES and i + 2 < len(doc) and doc[i + 1].text == "-"
                and not doc[i].whitespace_ and not doc[i + 1].whitespace_ and _is_cap(doc[i + 2]))

    def _runs(self, doc: Doc, toks: list[Token] | None = None, cap: list[bool] | None = None):
        """Maximal stretches of capitalised tokens (with connectors inside)."""
        n = len(doc)
        if toks is None or cap is None:
            toks = list(doc)  # one Token object per position (doc[i] makes a new one each time)
            cap = [_is_cap(t) for t in toks]
        i = 0
        while i < n:
            if not (cap[i] or self._article_start(doc, i)) or _run_breaker(toks[i]):
                i += 1
                continue
            j = i + 1
            while j < n:
                t = toks[j]
                if cap[j] and not toks[j - 1].text in (".", "!", "?") and not _run_breaker(t):
                    j += 1
                    continue
                if t.text in ("-", "‐") and not toks[j - 1].whitespace_ and not t.whitespace_ and j + 1 < n \
                        and toks[j + 1].is_alpha:
                    j += 2  # "Mazar-e-Sharif", "Guinea-Bissau", "Al-Bayaa"
                    continue
                if t.lower_ in CONNECTORS and t.text != "-" and j + 1 < n and cap[j + 1]:
                    j += 2
                    continue
                if self._article_start(doc, j):  # "Deir ez-Zor", "Ras al-Ain"
                    j += 3
                    continue
                break
            yield i, j
            i = j

    def _longest_match(self, doc: Doc, i: int, run_end: int, taken) -> tuple[int, str, bool] | None:
        n = len(doc)
        toks, cap, text = self._toks, self._cap, self._text
        starts, ends = self._tstart, self._tend  # text[starts[i]:ends[j - 1]] == doc[i:j].text
        # landmark/user names may run past the capitalised run ("Miraflores palace")
        first = norm(toks[i].text)
        if first in self._extra_first:
            for j in range(min(n, i + MAX_TOKENS), i, -1):
                if any(taken[k] for k in range(i, j)) or not (toks[j - 1].is_alpha or toks[j - 1].like_num):
                    continue
                if any(toks[k].is_sent_start for k in range(i + 1, j)):
                    continue
                key = norm(text[starts[i]:ends[j - 1]])
                if key in self.gaz._extra:
                    return j, key, j > run_end
        horizon = i
        while horizon < min(n, i + MAX_TOKENS) and (cap[horizon] or toks[horizon].lower_ in NAME_JOINERS
                                                    or horizon < run_end):
            horizon += 1
        for j in range(horizon, i, -1):
            if any(taken[k] for k in range(i, j)):
                continue
            if not cap[j - 1] and not (j <= run_end and toks[j - 1].is_alpha):
                continue
            key = norm(strip_possessive(text[starts[i]:ends[j - 1]]))
            if self._known(key):
                return j, key, j > run_end
            if self._article_start(doc, i) and j > i + 2:
                key2 = norm(strip_possessive(text[starts[i + 2]:ends[j - 1]]))
                if self._known(key2):
                    return j, key2, j > run_end
        return None

    def _label_votes(self, doc: Doc, ents) -> dict[str, tuple[int, int]]:
        """Per name: how often NER calls it a place, how often a person or organisation."""
        out: dict[str, list[int]] = {}
        for e in ents:
            key = norm(strip_possessive(e.text))
            v = out.setdefault(key, [0, 0])
            if e.label_ in PLACE_LABELS:
                v[0] += 1
            elif e.label_ in PERSON_LABELS or e.label_ in ORG_LABELS:
                v[1] += 1
        return {k: (a, b) for k, (a, b) in out.items()}

    def _cue_before(self, doc: Doc, i: int, taken) -> bool:
        prev = doc[i - 1] if i > 0 else None
        if prev is None:
            return False
        if prev.lower_ in LOCATIVE_PREPS or prev.lower_ in PLACE_VERBS:
            return True
        if prev.lower_ in ("the",) and i >= 2 and doc[i - 2].lower_ in LOCATIVE_PREPS:
            return True
        return prev.text == "," and i >= 2 and taken[i - 2]

    def _has_qualifier(self, doc: Doc, j: int) -> bool:
        last = doc[j - 1]
        end = last.idx + len(last.text)
        return _qualifier_re().match(self._text[end:end + 40]) is not None

    def _personish(self, doc: Doc, i: int, j: int, key: str, surnames: set[str], kind: str,
                   strength: float = 0.0) -> bool:
        """Evidence that the name at tokens i..j is a person's."""
        prev = doc[i - 1] if i > 0 else None
        nxt = doc[j] if j < len(doc) else None
        if prev is not None and norm(prev.text) in TITLES and kind != "country":
            return True  # "President Washington", "Gov. Perry", "Mr. Lincoln"
        if kind in ("country", "admin1", "region"):
            return False
        if j - i == 1 and key in surnames and strength < 6.0:
            return True
        if nxt is not None and nxt.lower_ in PERSON_VERBS and strength < 6.0 \
                and not (prev is not None and prev.lower_ in LOCATIVE_PREPS):
            return True  # "Jackson said"; but "officials in Bogota said", "Washington said"
        return False

    def _accept_ner(self, doc, span: Span, key, votes, surnames, taken) -> bool:
        i, j = span.start, span.end
        if names_institution(doc, i, j):
            return False
        if j - i >= 3 and any(doc[k].lower_.rstrip(".") in TITLES for k in range(i + 1, j - 1)) \
                and not self._known(key):
            return False  # "Russian President Vladimir Putin" labelled as a place: a title inside is a person
        strength, kind = _strength(self.gaz, span.text)
        if self._personish(doc, i, j, key, surnames, kind, strength):
            return False
        loc_votes, other_votes = votes.get(key, (1, 0))
        strong = kind in ("country", "admin1", "region", "landmark") or strength >= 6.5
        if other_votes >= loc_votes and not strong:
            return False
        if strength >= 4.0 or strong or kind == "admin2":
            return True
        # obscure or unknown: only when introduced as a place
        if self._cue_before(doc, i, taken) or self._has_qualifier(doc, j):
            return True
        nxt = doc[j] if j < len(doc) else None
        return nxt is not None and nxt.lower_ in PLACE_HEADS

    def _accept(self, doc, i, j, run_start, run_end, key, taken, blocked_weak, surnames, landmark_ext) -> bool:
        single = j - i == 1
        if key in STOP_WORDS or key in self._demonyms and single:
            return False
        strength, kind = _strength(self.gaz, doc[i:j].text)
        strong = kind in ("country", "admin1", "region", "landmark", "admin2") or strength >= 5.5
        nxt = doc[j] if j < len(doc) else None
        if all(c.entry.alt == 3 for c in candidates(self.gaz, doc[i:j].text)):
            return False  # "La.", "Ga." alone are not places (as qualifiers they are read separately)
        if not_a_place_context(doc, i, j, kind):
            return False  # "May Day", "Brent crude", "U.N."
        if any(blocked_weak[k] for k in range(i, j)) and not (strong or strength >= 4.0):
            return False  # the NER model calls it a person or organisation, and it is no well-known place
        if self._personish(doc, i, j, key, surnames, kind, strength):
            return False
        # named after a place: "Memphis St.", "Texas Avenue"
        if nxt is not None and norm(nxt.text) in STREET_WORDS:
            return False
        if names_institution(doc, i, j):
            return False  # "St. Mary's Hospital": a saint's or founder's name, not a town called Saint Mary
        # part of a longer capitalised name
        if (i, j) != (run_start, run_end) and not landmark_ext:
            after = doc[run_end] if run_end < len(doc) else None
            if after is not None and after.lower_ in PERSON_VERBS:
                return False  # "Chad Smith said", "Sydney Crosby told reporters"
            if any(e.label_ in PERSON_LABELS and e.start <= i and e.end >= run_end for e in self._ents):
                return False
            at_start = i == run_start or (i == run_start + 1 and doc[run_start].lower_ == "the")
            after_of = i > run_start and doc[i - 1].lower_ in ("of", "de", "in")
            if not (at_start or after_of) or not strong:
                return False
        # a sentence-initial common word ("Nice weather", "Reading is ...")
        if single and doc[i].is_sent_start and doc[i].is_stop:
            return False
        # weak evidence (small places, alternate names): need a locative cue or a qualifier
        if not strong:
            qual = self._has_qualifier(doc, j)
            if not (self._cue_before(doc, i, taken) or qual):
                return False
            if strength < 3.2 and not qual:
                # a hamlet of a few hundred people: only right after "in", "at", "near" ... and by its main name
                prev = doc[i - 1] if i > 0 else None
                direct = prev is not None and prev.lower_ in DIRECT_CUES
                if not direct or not any(c.entry.alt == 0 for c in candidates(self.gaz, doc[i:j].text)):
                    return False
        return True

    def _patterns(self, doc: Doc, taken, blocked_weak) -> list[Mention]:
        out = []
        n = len(doc)
        for i, t in enumerate(doc):
            low = t.lower_
            # "the Aziziyah district", "Kodori Gorge" handled by runs; here lowercase head nouns
            if low in PLACE_HEADS and t.text == low and i > 0 and _is_cap(doc[i - 1]) and not taken[i - 1]:
                j = i
                s = i - 1
                while s - 1 >= 0 and _is_cap(doc[s - 1]) and not taken[s - 1] and i - s < 4:
                    s -= 1
                if doc[s].lower_ in ("the",):
                    s += 1
                span = doc[s:j]
                if self._pattern_ok(span, blocked_weak):
                    out.append(_span_mention(span, "pattern"))
                    for k in range(s, j):
                        taken[k] = True
            # "the town of Bakwa"
            if low == "of" and i > 0 and doc[i - 1].lower_ in OF_HEADS and i + 1 < n and _is_cap(doc[i + 1]):
                s = i + 1
                j = s
                while j < n and (_is_cap(doc[j]) or (doc[j].text == "-" and not doc[j - 1].whitespace_)) and j - s < 4:
                    j += 1
                if any(taken[k] for k in range(s, j)):
                    continue
                span = doc[s:j]
                if self._pattern_ok(span, blocked_weak):
                    out.append(_span_mention(span, "pattern"))
                    for k in range(s, j):
                        taken[k] = True
        return out

    def _pattern_ok(self, span: Span, blocked_weak) -> bool:
        if not len(span):
            return False
        key = norm(span.text)
        if not key or key in STOP_WORDS or key in self._demonyms:
            return False
        words = key.split()
        if words[0] in TITLES or words[0] in MONTHS or words[-1] in ("said",):
            return False
        if any(blocked_weak[k] for k in range(span.start, span.end)) and not self._known(key):
            return False
        return True
