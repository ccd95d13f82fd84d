"""A province's or state's legislature named by its place takes the place's country and the legislature's sector
(session 37, round ac74): "the Sindh Assembly", "the Lagos State House of Assembly", "the Kerala Legislative
Assembly", "the Punjab Legislature". The NER reads such a name as a place ("Sindh Assembly": LOC) or as an
organisation; either way the name is a body, not a place (:func:`body_entities` turns the place reading into an
organisation's), and the place is no country of the lexicons, so the phrase had neither country nor sector.

Narrower than round ac73's region bodies (taken out at its merge): only the name of a legislature, never a role word
("the Punjab government", "Kerala police" keep their own rules). The place is a first-level division of the
gazetteer (``lexicons/geo/admin1.tsv``, with its other names), written in capitals right before the legislature's
word ("State" or "Province" may follow it). A division's name two countries share ("Punjab": Pakistan's and India's)
is the article's main country's when that is one of them, else no country; a sentence that names another country
than the place's gives none ("the Sindh Assembly" in a sentence on Indian claims stays uncoded)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from lapwing.extract.docfacts import word_columns
from lapwing.lexicons import normalize

if TYPE_CHECKING:
    from lapwing.extract.actors.analysis import _Analysis
    from lapwing.extract.actors.coder import _Coder

#: the last words of a legislature's name ("the Punjab Assembly", "the Lagos State House of Assembly")
_LEG_NAMES = (("house", "of", "assembly"), ("legislative", "assembly"), ("legislative", "council"),
              ("provincial", "assembly"), ("state", "assembly"), ("assembly",), ("legislature",))
#: words between the place and the legislature's words
_BETWEEN = frozenset({"state", "province"})
#: the NER's place labels a legislature's name is misread as
_PLACE_LABELS = frozenset({"LOC", "GPE", "FAC"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})


def _tail(lower: list[str], start: int, end: int) -> int:
    """How many of the words ``start:end`` end a legislature's name (0 for none)."""
    for tail in _LEG_NAMES:
        n = len(tail)
        if end - start > n and tuple(lower[end - n:end]) == tail:
            return n
    return 0


def body_entities(doc: Doc, ents: list[Span]) -> list[Span]:
    """The NER's entities with a place reading of a legislature's name ("Sindh Assembly": LOC) read as an
    organisation's (ORG)."""
    if not any(e.label_ in _PLACE_LABELS for e in ents):
        return ents
    lower = word_columns(doc).lower  # (the article's shared lower-case column: no Token per word)
    return [Span(doc, e.start, e.end, label="ORG") if e.label_ in _PLACE_LABELS and doc[e.end - 1].text[:1].isupper()
            and _tail(lower, e.start, e.end) else e for e in ents]


@lru_cache(maxsize=1)
def _divisions() -> dict[str, frozenset[str]]:
    """Folded first-level division name (and its other names) -> the ISO3 codes of the countries that have one."""
    from lapwing.geo.gazetteer import iso3_of
    from lapwing.geo.tables import ADMIN1

    out: dict[str, set[str]] = {}
    for line in ADMIN1.splitlines():
        cols = line.split("\t")
        code = iso3_of(cols[0]) if len(cols) > 1 and not line.startswith("#") and cols[1].strip() else None
        if not code:
            continue
        for name in [cols[1]] + (cols[4].split("|") if len(cols) > 4 and cols[4] else []):
            key = normalize(name.strip())
            for suffix in (" state", " province"):
                key = key[: -len(suffix)] if key.endswith(suffix) else key
            if key:
                out.setdefault(key, set()).add(code)
    return {k: frozenset(v) for k, v in out.items()}


def legislature_codes(coder: "_Coder", an: "_Analysis", sent: Span) -> str | None:
    """The country of a province's or state's legislature named by its place (module doc), else None."""
    head = an.head
    if head is None or head.type != "anchor" or head.anchor is None:
        return None
    a = head.anchor
    if not (a.kind == "ner" and a.label == "ORG" or a.kind == "agent" and a.agent is not None
            and a.agent.agent.sector == "LEG"):
        return None  # (an organisation's name, or a legislature's word: "the Kerala Legislative Assembly")
    d = coder.d
    n = _tail(d.lower, an.chain.start, head.end)
    if not n or not d.text[head.end - 1][:1].isupper():
        return None
    k = head.end - n
    while k > an.chain.start and d.lower[k - 1] in _BETWEEN:
        k -= 1
    j = k
    while j > an.chain.start and k - j < 3 and d.text[j - 1][:1].isupper() and d.text[j - 1].isalpha() \
            and d.lower[j - 1] not in _DETERMINERS:
        j -= 1
    if j == k:
        return None
    found = _divisions().get(normalize(" ".join(d.text[j:k])), frozenset()) - set(coder.igos)
    if len(found) > 1:
        found = found & {coder.main} if coder.main else frozenset()
    if len(found) != 1:
        return None
    code = next(iter(found))
    here = coder.sentence_countries(sent)
    return None if here and here != {code} else code
