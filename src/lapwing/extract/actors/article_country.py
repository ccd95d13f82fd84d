"""The article's own country for a domestic body named only by its role ("police said", "the interior ministry",
"troops", "protesters") when the article has no main country (no capitals dateline, no clearly leading mentions):
from a lower-cased ``city:`` dateline of regional news ("lagos: police arrested ...") whose city the gazetteer knows,
or from a lead whose only country is one the article names at least twice, and over twice as often as all others
together.

Precision first (a wrong country is worse than none): only bare role words of domestic institutions and civilians
(and people named with such a title, as the main country gives them), only in a sentence that names no country, after
a sentence that names none other, and never when the article names other countries half as often. The country is written as the ``main-country`` guess, so every rule that lets a body's own
word beat the article's guess still does (session 31, ac58). A helper of :class:`lapwing.extract.actors.coder._Coder`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from typing import Any

from spacy.tokens import Span, Token

from lapwing.extract.actors.common import Codes
from lapwing.extract.actors.context import _city_index, _place_code, _sentences
from lapwing.lexicons import normalize

#: the sectors of a country's own institutions and people ("police", "the government", "a court", "troops",
#: "the opposition"; civilians in the plural only: "protesters", "residents")
DOMESTIC = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD", "OPP", "PTY", "CVL"})
#: a regional-news ``city:`` dateline: "lagos: ", "new delhi: " lower-cased as a scraped archive gives it, or
#: "Nakuru: ", "Davao City: " with each word capitalised (one to three words, then a colon; session 33, rf63)
LOWER_DATELINE = re.compile(r"^\s*(?P<city>[a-z][a-z'\-]+(?: [a-z][a-z'\-]+){0,2}"
                            r"|[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+){0,2})\s*:\s")
#: the lead: its first sentences, up to this many
LEAD_SENTENCES = 2


def _counts(coder: Any) -> Counter:
    """How often the article names each country (country and capital words, not the dateline's)."""
    return Counter(a.country.code for a in coder.anchors if a.kind == "country" and a.country
                   and not a.country.is_igo and coder.d.idx[a.start] >= coder.dateline_end)


def _lower_dateline(coder: Any, counts: Counter) -> str | None:
    """The country of a lower-cased ``city:`` dateline, when the body names no other country as often; "" when the
    dateline names a known city but the body does not confirm it (then no lead decides either)."""
    m = LOWER_DATELINE.match(coder.ctx.article.text[:60])
    if m is None or len(m.group("city")) < 4:
        return None
    city = m.group("city")
    code = _place_code(coder.lex, city, cities=True)
    if not code and city.lower().endswith(" city"):  # ("Davao City: ", "cebu city: ": the gazetteer's "Davao")
        code = _place_code(coder.lex, city[:-5], cities=True)
    if not code or code in coder.igos:
        return None
    if any(n >= max(counts.get(code, 0), 1) for c, n in counts.items() if c != code):
        return ""  # the body is about another country as much ("delhi: Nepal's prime minister ... Nepal")
    return code


def _lead(coder: Any, sents: list[Span], counts: Counter) -> str | None:
    """The one country of the article's lead, when the article names it at least twice and over twice as often as all
    the others together."""
    lead = set()
    d = coder.d  # (the shared text and offsets: ``doc.text`` joins every token of the article at each read)
    for s in sents[:LEAD_SENTENCES]:
        lead |= coder.sentence_countries(s)
        after = d.doc_text[s.start_char:d.idx[s.end]] if s.end < d.n else ""
        if "\n" in d.doc_text[s.start_char:s.end_char] or "\n" in after:  # (``s.text``)
            break  # (a paragraph ends the lead)
    if len(lead) != 1:
        return None
    code = next(iter(lead))
    top = counts.get(code, 0)
    if code in coder.igos or top < 2 or 2 * (sum(counts.values()) - top) >= top:  # (more than twice all others)
        return None
    return code


def article_country(coder: Any) -> str | None:
    """The article's country for bare domestic bodies when it has no main country (worked out once)."""
    got = getattr(coder, "_article_country", False)
    if got is not False:
        return got
    sents = coder._ac_sents = getattr(coder, "sentences", None) or _sentences(coder.doc)  # (the coder's pass's)
    coder._ac_starts = [s.start for s in sents]
    counts = _counts(coder)
    code = None
    if not coder.main:
        code = _lower_dateline(coder, counts)
        code = _lead(coder, sents, counts) if code is None else code or None
    coder._article_country = code
    return code


def role_word_country(coder: Any, codes: Codes, sent: Span) -> None:
    """Give a bare domestic role word ("police", "the ministry", "troops"), or a person named with such a title
    ("Judge Ana Ruiz"), of a sentence that names no country the article's country (:func:`article_country`), when
    the sentence before names no other country either."""
    if codes.country is not None or codes.sector not in DOMESTIC or coder.main:
        return
    if codes.sector == "CVL" and not codes.plural:
        return  # ("his wife", "a mother": one person's home is not told by the story's)
    code = article_country(coder)
    if code is None or coder.sentence_countries(sent):
        return
    k = bisect_right(coder._ac_starts, sent.start) - 1
    if k > 0 and coder.sentence_countries(coder._ac_sents[k - 1]) - {code}:
        return  # ("Kenya's police ... Troops said": the sentence before names another country)
    codes.country, codes.sources["country"] = code, "main-country"


#: the sectors of a country's own politics only: an opposition or a party acts at home (session 37, round ac74)
HOME_POLITICS = frozenset({"OPP", "PTY"})
#: the roles of a country's own word (its name, adjective, demonym), not its capital's
_COUNTRY_WORDS = frozenset({"name", "adjective", "demonym", "demonym-plural"})


def home_politics_country(coder: Any, codes: Codes, sent: Span) -> None:
    """Give an opposition or party role word, or a person named with such a title ("the detained opposition
    leaders", "Opposition leader Ana Ruiz"), of an article with no main country the one country its sentence
    names, when the article names no other ("Opposition leader Ana Ruiz called on Peru's president to resign",
    "Opposition lawmakers walked out of Ghana's parliament"). Only the country's own word counts: a capital or a
    city may be where an exiled opposition speaks from ("The opposition leader, speaking from Paris, ..."). A
    government's or an army's office is not so read: a state acts abroad ("President Ruiz threatened Chile"), an
    opposition does not."""
    if codes.country is not None or codes.sector not in HOME_POLITICS or coder.main:
        return
    here = coder.sentence_countries(sent)
    named = {a.country.code for a in coder._sentence_anchors(sent.start, sent.end)
             if a.kind == "country" and a.country is not None and a.country.code in here
             and a.country_roles() & _COUNTRY_WORDS and _home_word(coder.doc[a.end - 1])}
    if len(here) != 1 or here != named or set(_counts(coder)) - here:
        return  # (a capital or a city is no country word: "speaking from Paris", an exile's base)
    codes.country, codes.sources["country"] = next(iter(here)), "home-politics"


#: how a country's word names the country a sentence's politics happen in: an owner ("Peru's president"), a
#: modifier ("the Kenyan parliament"), or where ("in Peru")
_HOME_DEPS = frozenset({"nmod:poss", "poss", "amod", "compound"})


def _home_word(t: Token) -> bool:
    """The country word owns or modifies a noun, is where things happen, or acts ("demanded that *Bangladesh* free
    the opposition leaders"); a country acted on or dealt with ("denounced the arms deal *with Israel*",
    "criticised *Israel*") may be whom the opposition acts on, and tells nothing of its own country (session 37, at
    the merge of round ac74)."""
    if t.dep_ in _HOME_DEPS or t.dep_.startswith("nsubj"):
        return True
    return any(c.dep_ == "case" and c.lower_ in _PLACE_PREPS for c in t.children)


#: words before a place name that make it where something happens ("in", "from", "across")
_PLACE_PREPS = frozenset({"in", "into", "from", "across", "throughout", "inside", "near"})
#: the sectors of a country's own bodies and armed movements a province names the country of (session 37, ac74)
PROVINCE_SECTORS = DOMESTIC | {"REB", "INS"}


def province_country(coder: Any, codes: Codes, sent: Span) -> None:
    """Give a bare domestic role word or armed movement ("rebel fighters", "the army", "police") of an article that
    names no country and has no main country the country of the one first-level division its sentence names
    ("surrendered to the army in Ituri province": the DR Congo's; the gazetteer's ``admin1.tsv``), or of the one city
    of over 100,000 people it names after "in" ("Police arrest 14 after clashes in Katsina": a headline's only place;
    round sb76). A division two
    states share a name with ("Punjab") or that is also a country's name ("Georgia") gives none."""
    if codes.country is not None or codes.sector not in PROVINCE_SECTORS or coder.main or _counts(coder):
        return
    if codes.sector == "CVL" and not codes.plural:
        return
    from lapwing.extract.actors.legislatures import _divisions

    found: set[str] = set()
    doc = sent.doc
    for e in sent.ents:
        after_in = e.start > 0 and doc[e.start - 1].lower_ in _PLACE_PREPS
        if not (e.label_ in ("GPE", "LOC") or after_in):
            continue  # (the NER's other readings of a division's name only after "in": "in Amhara" read as a person)
        key = normalize(e.text)
        for suffix in (" province", " state", " region"):
            key = key[: -len(suffix)] if key.endswith(suffix) else key
        codes_of = _divisions().get(key, frozenset())
        if not codes_of and after_in and e.label_ in ("GPE", "LOC") and not _place_code(coder.lex, e.text, False):
            # a city after "in" / "near" / "from" in a text with no dateline and no country named (a headline:
            # "Police arrest 14 after market clashes in Kano"): the country of the gazetteer's city of that name
            # (over 100,000 people, its most populous holder; session 38, round sb76)
            city = _city_index().get(key)
            codes_of = frozenset({city}) if city else frozenset()
        if not codes_of and not after_in and e.label_ == "LOC":
            continue  # ("the Rhine", "the Sahel": a region of no state)
        if len(codes_of) != 1 or _place_code(coder.lex, e.text, False):
            return  # (a shared name, or a country's own name: no guess)
        found |= codes_of
    if len(found) == 1 and not found & set(coder.igos):
        codes.country, codes.sources["country"] = next(iter(found)), "main-country"
