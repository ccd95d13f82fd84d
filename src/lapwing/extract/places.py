"""Places: find place names and resolve each to a point (where an event happened: :mod:`lapwing.extract.event_place`).

The ``places`` extractor writes ``record.places`` and leaves for later extractors

- ``ctx.data["places"]``: list of ``(Place, token_start, token_end)`` (token end exclusive);
- ``ctx.data["dateline_place"]``: the dateline's Place ("CARACAS, April 30 -") or None.

Detection (NER place labels plus gazetteer matches of capitalised spans, with
guards against persons, months, common words and demonyms) lives in
:mod:`lapwing.geo.detect`; disambiguation with the article as context in
:mod:`lapwing.geo.resolve`; the offline gazetteer in :mod:`lapwing.geo.gazetteer`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from lapwing.extract.docfacts import doc_text, token_columns
from lapwing.extract.places_compound import find_compounds
from lapwing.extract.registry import Context, extractor
from lapwing.geo.detect import TITLES, Detector, is_common_word
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
    """An organisation's last word within the next three nouns after a demonym ending at token ``j`` (read from the
    shared token columns: no ``Token`` per word)."""
    cols = token_columns(doc)
    lower, alpha, pos = cols.lower, cols.alpha, cols.pos
    for k in range(j, min(j + 3, len(doc))):
        low = lower[k]
        if low in _ADJ_ORG_HEADS:
            return True
        if not alpha[k] or low in _STATE_WORDS or pos[k] in ("VERB", "AUX", "ADP", "DET", "CCONJ"):
            return False
    return False


def find_adjectivals(doc: Doc, gaz: Gazetteer, taken: list[bool], words: list[str] | None = None,
                     ents: list | None = None) -> list[tuple[Place, int, int]]:
    """Adjectival place references ("Russian", "Syrian troops", "South Ossetian"): ``kind`` ``adjectival``,
    resolved to their country (or region / division), outside the tokens already taken by place names.

    Not: lower-case words ("french fries"), fixed phrases that name no place (``ADJECTIVAL_IDIOMS``:
    "Russian roulette", "Swiss cheese"), words inside a longer organisation, person or work name
    ("American Airlines", "British Airways", "the Syrian Observatory for Human Rights").
    """
    dem = demonyms()
    blocked = list(taken)
    cols = token_columns(doc)
    lower = cols.lower
    for ent in doc.ents if ents is None else ents:  # (the detector's read of ``doc.ents``, when given)
        a = ent.start  # (its first two words read from the columns: no Token)
        if ent.label_ in NAMED_THINGS and ent.end - a > 1 and not (
                norm(cols.text[a]) in dem and (lower[a + 1] in _STATE_WORDS or lower[a + 1] in TITLES)):
            for i in range(a, ent.end):
                blocked[i] = True
    out = []
    n = len(doc)
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
        nxt = lower[j] if j < n else ""
        if f"{norm(span_text(i, j))} {nxt}" in ADJECTIVAL_IDIOMS:
            continue
        if j < n and cols.text[j][:1].isupper() and cols.alpha[j] and nxt not in TITLES and nxt not in _STATE_WORDS:
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
        out.extend(find_adjectivals(doc, gaz, taken, det.tokens, det.ents))
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


__all__ = ["places", "find_places", "to_place"]
