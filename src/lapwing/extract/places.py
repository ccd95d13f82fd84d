"""Places: find place names, resolve each to a point, and say where an event happened.

The ``places`` extractor writes ``record.places`` and leaves for later extractors

- ``ctx.data["places"]``: list of ``(Place, token_start, token_end)`` (token end exclusive);
- ``ctx.data["dateline_place"]``: the dateline's Place ("CARACAS, April 30 -") or None.

:func:`event_place` gives the place where the event of a trigger token happened.

Detection (NER place labels plus gazetteer matches of capitalised spans, with
guards against persons, months, common words and demonyms) lives in
:mod:`lapwing.geo.detect`; disambiguation with the article as context in
:mod:`lapwing.geo.resolve`; the offline gazetteer in :mod:`lapwing.geo.gazetteer`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import doc_text, sentence_of, token_columns, word_columns
from lapwing.extract.places_compound import find_compounds
from lapwing.extract.places_target import building_of_event, in_other_event
from lapwing.extract.registry import Context, extractor
from lapwing.geo.detect import PLACE_HEADS, TITLES, Detector, is_common_word
from lapwing.geo.gazetteer import Entry, Gazetteer, demonyms, get_gazetteer, iso3_of, norm, us_states
from lapwing.geo.precision import demonym_countries
from lapwing.geo.resolve import Mention, Resolution, Resolver, _add_demonym, prior
from lapwing.geo.tables import ADJECTIVAL_IDIOMS
from lapwing.schema import Place

_DETECTORS: dict[int, Detector] = {}
#: Entity labels of names that an adjective inside them does not make a place reference ("British Airways").
NAMED_THINGS = frozenset({"ORG", "ORGANIZATION", "PERSON", "PER", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW",
                          "FAC"})


def _detector(gaz: Gazetteer) -> Detector:
    d = _DETECTORS.get(id(gaz))
    if d is None or d.gaz is not gaz:
        _DETECTORS.clear()
        d = _DETECTORS[id(gaz)] = Detector(gaz)
    return d


def _admin1_name(e: Entry) -> str | None:
    if e.kind == "country" or e.kind == "region" and not e.admin1:
        return None
    if e.cc == "US" and e.admin1 and len(e.admin1) == 2:
        st = us_states().get(e.admin1)
        return st[0] if st else e.admin1
    if e.kind == "admin1":
        return e.name
    if e.admin1 and not e.admin1.isdigit() and e.source != "geonames":
        return e.admin1
    if e.admin1 and e.cc:  # a GeoNames town's admin1 code ("08" in Canada): its division's name (Ontario)
        return get_gazetteer().admin1_name(e.cc, e.admin1)
    return None


def to_place(m: Mention, r: Resolution | None) -> Place:
    """The record's Place for a mention and its resolution (unresolved: name and point are None)."""
    if r is None or r.entry is None:
        return Place(text=m.text, start=m.start, end=m.end, rule=f"{m.source}:unresolved")
    e = r.entry
    return Place(
        text=m.text, start=m.start, end=m.end,
        name=e.name, country=iso3_of(e.cc), lat=round(r.lat, 5) if r.lat is not None else None,
        lon=round(r.lon, 5) if r.lon is not None else None,
        kind=e.kind, admin1=_admin1_name(e), geonames_id=e.gid,
        rule=f"{m.source}/{r.rule}",
    )


#: Longest demonym looked up, in tokens ("South Ossetian", "Latin American").
_ADJ_MAX = 3
_ADJ_CACHE: dict[str, Entry | None] = {}
#: Capitalised words after a demonym that still make it a reference to the country ("Syrian Army").
_STATE_WORDS = frozenset("""foreign defense defence interior prime army navy government embassy consulate ministry
parliament armed air national state special coast border federal supreme central military police""".split())


def _adjectival_entry(gaz: Gazetteer, target: str) -> Entry | None:
    e = _ADJ_CACHE.get(target, False)
    if e is False:
        cands: list = []
        _add_demonym(gaz, target, cands)
        best = max(cands, key=lambda c: prior(c.entry), default=None)
        e = _ADJ_CACHE[target] = best.entry if best is not None and best.entry.lat is not None else None
    return e


#: Last words of organisation names that a demonym may lead ("Nigerian Labour Congress", "British Airways").
_ADJ_ORG_HEADS = frozenset("""congress party council union company corporation corp inc ltd group bank airlines
airways airline association institute foundation observatory league federation club network broadcasting
corporation times post news herald journal society orchestra museum university college school academy
channel railways railway""".split())


def _org_follows(doc: Doc, j: int) -> bool:
    """An organisation's last word within the next three nouns after a demonym ending at token ``j``."""
    for k in range(j, min(j + 3, len(doc))):
        t = doc[k]
        if t.lower_ in _ADJ_ORG_HEADS:
            return True
        if not t.is_alpha or t.lower_ in _STATE_WORDS or t.pos_ in ("VERB", "AUX", "ADP", "DET", "CCONJ"):
            return False
    return False


def find_adjectivals(doc: Doc, gaz: Gazetteer, taken: list[bool], words: list[str] | None = None
                     ) -> list[tuple[Place, int, int]]:
    """Adjectival place references ("Russian", "Syrian troops", "South Ossetian"): ``kind`` ``adjectival``,
    resolved to their country (or region / division), outside the tokens already taken by place names.

    Not: lower-case words ("french fries"), fixed phrases that name no place (``ADJECTIVAL_IDIOMS``:
    "Russian roulette", "Swiss cheese"), words inside a longer organisation, person or work name
    ("American Airlines", "British Airways", "the Syrian Observatory for Human Rights").
    """
    dem = demonyms()
    blocked = list(taken)
    for ent in doc.ents:
        if ent.label_ in NAMED_THINGS and len(ent) > 1 and not (
                norm(ent[0].text) in dem and (ent[1].lower_ in _STATE_WORDS or ent[1].lower_ in TITLES)):
            for i in range(ent.start, ent.end):
                blocked[i] = True
    out = []
    n = len(doc)
    cols = token_columns(doc)
    words = cols.text if words is None else words  # each token's text (``doc[i]`` makes a Token)
    upper = [w[:1].isupper() for w in words]
    text, idx = doc_text(doc), cols.idx

    def span_text(i: int, j: int) -> str:  # doc[i:j].text, cut from the text (no Span built)
        return text[idx[i]:idx[j - 1] + len(words[j - 1])]

    nxt_i = 0  # the next position to look at (a reference found ends where the next may start)
    # only capitalised tokens outside the blocked ones start a reference (``blocked`` stays as it is below)
    for i in [k for k in range(n) if upper[k] and not blocked[k]]:
        if i < nxt_i:
            continue
        free = 1  # the capitalised, unblocked tokens from i on (at most _ADJ_MAX)
        while free < _ADJ_MAX and i + free < n and upper[i + free] and not blocked[i + free]:
            free += 1
        hit = None
        for size in range(min(_ADJ_MAX, n - i, free), 0, -1):
            target = dem.get(norm(words[i] if size == 1 else span_text(i, i + size)))
            if target:
                hit = (size, target)
                break
        if hit is None:
            continue
        size, target = hit
        j = i + size
        nxt_i = j
        nxt = doc[j].lower_ if j < n else ""
        if f"{norm(doc[i:j].text)} {nxt}" in ADJECTIVAL_IDIOMS:
            continue
        if j < n and doc[j].text[:1].isupper() and doc[j].is_alpha and nxt not in TITLES and nxt not in _STATE_WORDS:
            # "British Airways", "American Airlines", "the Syrian Observatory": part of a proper name
            # (but "Russian President Vladimir Putin", "Syrian Foreign Minister" are references to the country)
            continue
        if _org_follows(doc, j):
            continue  # "the Nigerian labour congress", "american airlines": also when the case is lost
        e = _adjectival_entry(gaz, target)
        if e is not None:
            span = doc[i:j]
            out.append((Place(text=span.text, start=span.start_char, end=span.end_char, name=e.name,
                              country=iso3_of(e.cc), lat=round(e.lat, 5), lon=round(e.lon, 5), kind="adjectival",
                              admin1=e.name if e.kind == "admin1" else None, geonames_id=e.gid,
                              rule="adjectival/demonym"), i, j))
    return out


def find_places(doc: Doc, gaz: Gazetteer | None = None, adjectival: bool = False
                ) -> tuple[list[tuple[Place, int, int]], Place | None]:
    """Places of a parsed document: ``[(Place, token_start, token_end)]`` and the dateline place.

    With ``adjectival``, adjectival references ("Syrian") are listed too (:func:`find_adjectivals`).
    """
    gaz = gaz or get_gazetteer()
    det = _detector(gaz).detect(doc)
    res = Resolver(gaz).resolve(det.mentions, demonym_countries(det.text))
    out: list[tuple[Place, int, int]] = []
    dateline: Place | None = None
    for m, r in zip(det.mentions, res):
        if (r is None or r.entry is None) and m.tok_end - m.tok_start == 1 and is_common_word(doc, m.text):
            continue  # "Harbour", "Station": an unknown single common word is no place
        if (r is None or r.entry is None) and m.source == "institution":
            continue  # a saint-named institution with no town named near it: nothing to place it by
        p = to_place(m, r)
        out.append((p, m.tok_start, m.tok_end))
        if m is det.dateline and p.name is not None:
            dateline = p
    if adjectival:
        taken = [False] * len(doc)
        for m in det.mentions:
            for k in range(max(m.tok_start, 0), max(m.tok_end, 0)):
                taken[k] = True
        out.extend(find_adjectivals(doc, gaz, taken, det.tokens))
        out.extend(find_compounds(doc, gaz, taken, det.text))  # "U.S.-backed", "U.K.-based"
    out.sort(key=lambda t: (t[0].start, t[0].end))
    return out, dateline


@extractor("places", description="Place names resolved to points (gazetteer + NER + article context)")
def places(ctx: Context) -> None:
    found, dateline = find_places(ctx.doc, adjectival=True)
    # adjectival references are listed in the record; where an event happened is only ever a place name
    ctx.data["places"] = [t for t in found if t[0].kind != "adjectival"]
    ctx.data["dateline_place"] = dateline
    ctx.record.places = [p for p, _s, _e in found]


# --------------------------------------------------------------------------- event location
#: Prepositions that put an event at a place.
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around", "on", "into",
                      "within", "off", "along", "over", "onto", "nearby", "beside", "amid", "among", "through",
                      "towards", "toward", "between", "inside", "outside", "upon"})
#: Nouns whose "from X" / "of X" says who someone is, not where something happened.
PERSON_NOUNS = frozenset("""driver photographer journalist reporter correspondent official officials minister governor
mayor president leader leaders spokesman spokeswoman ambassador envoy native natives resident citizen citizens
member members man woman men women student students worker workers fan fans supporter supporters delegate
delegation lawmaker senator representative chief commander head king queen prince people refugee refugees
immigrant immigrants team player players company firm newspaper paper agency group judge source sources
station television radio channel network organiser organizer champion owner director manager""".split())
_VERBAL = {"VERB", "AUX"}
#: People and bodies that a place merely qualifies ("a judge in Madrid", "sources in Nineveh").
ROLE_NOUNS = frozenset("""judge source sources station television radio newspaper agency official officials spokesman
spokeswoman minister ambassador correspondent reporter embassy consulate ministry director owner organiser organizer
court""".split())


def _span_root(doc: Doc, s: int, e: int) -> Token:
    return doc[s:e].root


def _case(tok: Token) -> str | None:
    """The preposition introducing a nominal (UD ``case``; ClearNLP ``prep`` + ``pobj``)."""
    for c in tok.children:
        if c.dep_ in ("case", "prep", "mark") and c.i < tok.i:
            return c.lower_
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        return tok.head.lower_
    return None


_NOMINAL_DEPS = ("compound", "nmod", "flat", "obl", "appos", "conj", "obj", "nsubj", "pobj", "dobj", "npadvmod")
#: Words that may stand between a locative preposition (or the event verb) and the place:
#: "in the south Baghdad neighbourhood of", "captured the southwestern town of", "much of".
_BRIDGE = frozenset("""the a an this that its their his her of - 's ’s ' nearby central northern southern eastern
western north south east west downtown northeastern northwestern southeastern southwestern rural coastal remote
besieged embattled restive volatile tense capital city town village province district region area areas suburb
suburbs outskirts streets street centre center heart vicinity edge countryside part parts much half most large
swathes swaths control border neighbourhood neighborhood camp refugee commercial holy main key strategic major
northwest northeast southwest southeast""".split())
ORG_NOUNS = frozenset("""army military police forces troops government authorities regime administration ministry
embassy consulate team club newspaper agency company firm bank parliament court officials soldiers navy""".split())
_STOP_POS = ("VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PRON")


def _ancestors(tok: Token, limit: int = 12) -> list[Token]:
    out = [tok]
    t = tok
    while t.head != t and len(out) < limit:
        t = t.head
        out.append(t)
    return out


def _walk_back(doc: Doc, s: int, stop: int, limit: int = 8) -> tuple[Token | None, int]:
    """From the place leftwards over noun-phrase material; the first other word and the steps taken."""
    k = s - 1
    steps = 0
    while k >= stop and steps < limit:
        w = doc[k]
        if w.lower_ in _BRIDGE or w.is_space or w.lower_ == "s" or w.pos_ in ("ADJ", "DET", "NUM", "PROPN", "NOUN") \
                and not w.is_punct:
            if w.lower_ in LOCATIVE:
                return w, steps
            k -= 1
            steps += 1
            continue
        return w, steps
    return (doc[k] if k >= stop else None), steps


def _locative_cue(doc: Doc, s: int, root: Token, parsed: bool) -> float:
    """About +2 when a locative preposition introduces the place or the noun phrase around it."""
    w, steps = _walk_back(doc, s, 0)
    if w is not None and w.lower_ in LOCATIVE:
        return 2.0 - 0.1 * steps
    if w is not None and w.lower_ == "to":
        return 1.2 - 0.1 * steps  # "marched to the Sydney offices": a destination, weaker
    if parsed:
        t = root
        for hop in range(4):
            case = _case(t)
            if case in LOCATIVE:
                return 2.0 - 0.2 * hop
            if case in ("from", "by", "for"):
                return 0.0
            if t.dep_.split(":")[0] not in _NOMINAL_DEPS or t.head == t:
                break
            t = t.head
    return 0.0


def _object_cue(doc: Doc, trigger: Token, s: int) -> float:
    """+2 when the place is (in) the object of the event: "captured Knin", "patrolled the streets of Reynosa"."""
    if s <= trigger.i:
        return 0.0
    k = trigger.i + 1
    steps = 0
    while k < s:
        w = doc[k]
        if w.lower_ in _BRIDGE or w.pos_ in ("ADJ", "DET", "NUM", "NOUN"):
            k += 1
            steps += 1
            if steps > 8:
                return 0.0
            continue
        return 0.0
    return 2.0 - 0.1 * steps


def _excluded(doc: Doc, s: int, e: int, root: Token, kind: str | None, places_at: set[int],
              parsed: bool, cue: float = 0.0, trigger: Token | None = None) -> bool:
    """A place that describes a participant or a thing, not where the event happened."""
    k = e
    while k < len(doc) and doc[k].is_space:
        k += 1
    nxt = doc[k] if k < len(doc) else None
    if nxt is not None and nxt.lower_ in ("'s", "’s", "'", "’", "s") and k + 1 < len(doc):
        # "Mexico's army", "Caracas' Diario newspaper", "Patten's hotel";
        # "Syria's Aleppo province", "Baghdad's southern district of Saiydiah": the inner place, not this one
        k += 1
        while k < len(doc) and k - e < 8:
            if k in places_at:
                return True
            w = doc[k]
            if w.pos_ == "PROPN" and w.ent_type_ in ("PERSON", "ORG"):
                return True
            if w.lower_ in ORG_NOUNS or w.lower_ in PERSON_NOUNS or w.lemma_.lower() in PERSON_NOUNS:
                return True
            if w.pos_ not in ("ADJ", "DET", "NUM", "PROPN", "NOUN", "SPACE") and w.lower_ != "of":
                break
            k += 1
    if kind in ("country", "region") and cue < 1.0 and nxt is not None and nxt.pos_ == "NOUN" \
            and nxt.lower_ not in PLACE_HEADS:
        return True  # "a U.S. airstrike", "a US convoy": an attribute of a participant
    prev = doc[s - 1] if s > 0 else None
    if prev is not None and prev.lower_ in ("from", "by") and s >= 2:
        before = doc[s - 2]
        if before.pos_ in ("NOUN", "PROPN") or prev.lower_ == "by":
            return True  # "a cab driver from Abidjan", "Krajina Serbs from Croatia", "by Israel"
    # "according to local media sources in Nineveh" (the words read from the shared columns: no Token each)
    low = word_columns(doc).lower
    for k in range(max(0, s - 10), s - 1):
        if low[k] == "according" and low[k + 1] == "to":
            return True
    if not parsed:
        return False
    case = _case(root)
    if case == "by" or in_other_event(root, trigger):  # "angered by the burning of a Koran in Copenhagen"
        return True
    # "a judge in Madrid", "the head of ISIS security forces in Tabqa town": describes a participant
    t = root
    for _hop in range(4):
        h = t.head
        if h == t or t.dep_.split(":")[0] not in ("nmod", "compound", "flat", "appos", "amod", "nummod") \
                or h.pos_ not in ("NOUN", "PROPN"):
            break
        if (h.lemma_.lower() in ROLE_NOUNS or h.lower_ in ROLE_NOUNS) and not building_of_event(h, trigger, root):
            return True  # but "stormed the embassy in Islamabad": the building is where it happened
        t = h
    if case in ("from", "of", "for") and root.head.pos_ in ("NOUN", "PROPN") and (
            root.head.lemma_.lower() in PERSON_NOUNS or root.head.lower_ in PERSON_NOUNS
            or root.head.lower_ in ORG_NOUNS):
        return True
    if root.dep_ in ("nsubj", "csubj") and root.head.pos_ in _VERBAL and case is None:
        return True  # an actor: "Hosts Canada captured the silver"
    return False


def _tree_distance(a: Token, b: Token) -> tuple[int, int]:
    """Edges between two tokens through their lowest common ancestor, and clause boundaries crossed."""
    up_a = _ancestors(a)
    up_b = _ancestors(b)
    pos_b = {t.i: n for n, t in enumerate(up_b)}
    for n, t in enumerate(up_a):
        if t.i in pos_b:
            m = pos_b[t.i]
            clauses = sum(1 for x in up_a[:n] + up_b[:m] if x.dep_.split(":")[0] in
                          ("acl", "advcl", "ccomp", "parataxis", "csubj", "relcl", "appos"))
            return n + m, clauses
    return 12, 3


def _place_score(trigger: Token, doc: Doc, s: int, e: int, kind: str | None, places_at: set[int],
                 parsed: bool) -> float | None:
    """How plausibly the place at tokens s..e is where ``trigger``'s event happened; None if it is not."""
    root = _span_root(doc, s, e)
    if s <= trigger.i < e:
        return None
    score = max(_locative_cue(doc, s, root, parsed), _object_cue(doc, trigger, s))
    if _excluded(doc, s, e, root, kind, places_at, parsed, score, trigger):
        return None
    if parsed:
        if root.head == trigger and root.dep_.split(":")[0] in ("obj", "dobj", "obl") and score < 2.0:
            score = 2.0
        if root.dep_.startswith("nmod:poss") and root.head.dep_ == "nsubj:pass" and root.head.head == trigger:
            score = max(score, 1.8)  # "Grozny's streets are patrolled"
        dist, clauses = _tree_distance(trigger, root)
        score -= 0.1 * max(0, dist - 1) + 0.3 * clauses
    if score < MIN_EVENT_PLACE_SCORE:
        return None
    score -= 0.02 * min(abs(trigger.i - s), abs(trigger.i - (e - 1)))
    return score


_SPECIFICITY = {"landmark": 0.6, "city": 0.5, "admin2": 0.4, "admin1": 0.3, "region": 0.0, "country": 0.0}
#: Below this a place is not taken as the event's location.
MIN_EVENT_PLACE_SCORE = 0.6
_CONTAINER_GAP = frozenset("""in near of , the a outside north south east west northern southern eastern western
central northeast northwest southeast southwest km kilometers kilometres miles mi some about around just from
province district neighbourhood neighborhood town village city area camp refugee region governorate
countryside suburb outskirts part""".split())


def _containers(doc: Doc, spans: list[tuple[int, int]]) -> set[int]:
    """Indices of places that only locate the place before them: "Sadr City in eastern Baghdad"."""
    out = set()
    for n in range(1, len(spans)):
        ps, pe = spans[n - 1]
        s, _e = spans[n]
        gap = doc[pe:s]
        if 0 < len(gap) <= 8 and all(t.lower_ in _CONTAINER_GAP or t.like_num or t.is_space or t.lower_ == "and"
                                     or t.is_title or t.text in "()" for t in gap):
            out.add(n)
    return out


_SENT_PLACES: list = [None, None, {}]  # the last places list and parse asked about, and per sentence the answer


def _sentence_places(places: list, doc: Doc, lo: int, hi: int) -> tuple[list, set[int], set[int]]:
    """A sentence's places that may be an event's, the tokens they cover, and those only locating the place before
    them: once per sentence of the same places and parse (its events ask again). Read-only."""
    if _SENT_PLACES[0] is not places or _SENT_PLACES[1] is not doc:
        _SENT_PLACES[:] = [places, doc, {}]
    if (got := _SENT_PLACES[2].get(key := (lo, hi, len(places), len(doc)))) is None:
        here = [(place, s, e) for place, s, e in places if lo <= s and e <= hi and s >= 0
                and not (place.name is None and place.rule and not place.rule.startswith(("ner", "pattern")))]
        got = _SENT_PLACES[2][key] = (here, {i for _p, s, e in here for i in range(s, e)},
                                      _containers(doc, [(s, e) for _p, s, e in here]))
    return got


def event_place(ctx: Context, token: Token) -> Place | None:
    """The place where the event of ``token`` (its trigger) happened.

    A place of the trigger's clause introduced as a location ("in X", "at X", "near X",
    "captured X", "X's streets were patrolled"), preferring the closest in the parse
    and the most specific; not a place that only describes a participant ("a driver
    from Abidjan") or belongs to another clause. Otherwise the dateline place, else None.
    """
    places = ctx.data.get("places")
    if places is None:
        places, dateline = find_places(ctx.doc)
        ctx.data["places"], ctx.data["dateline_place"] = places, dateline
    doc = token.doc
    try:
        lo, hi = sentence_of(doc, token.i)  # token.sent, without building the Span
    except ValueError:  # no sentence boundaries
        lo, hi = 0, len(doc)
    parsed = doc.has_annotation("DEP")
    here, places_at, containers = _sentence_places(places, doc, lo, hi)
    best: tuple[float, Place] | None = None
    for n, (place, s, e) in enumerate(here):
        score = _place_score(token, doc, s, e, place.kind, places_at - set(range(s, e)), parsed)
        if score is None:
            continue
        score += _SPECIFICITY.get(place.kind or "", 0.0)
        if n in containers:
            score -= 0.8
        if best is None or score > best[0]:
            best = (score, place)
    if best is not None:
        return best[1]
    return ctx.data.get("dateline_place")


__all__ = ["places", "event_place", "find_places", "to_place"]
