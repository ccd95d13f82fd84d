"""``lapwing_hyphen_names``: a hyphenated surname is one token (session 28, round 51, issue 10).

The tokenizer splits "Kanu-Bright" into "Kanu" "-" "Bright"; the parser then takes a half for the name's head
("Information Minister Fatmata Kanu-Bright said" gives the speaker "Fatmata Kanu"), the actor dictionary matches the
last half alone to a known, different person ("Joseph Kollie-Weah" read as George Weah) and an appositive name falls
apart ("The leader of X, Mariama Conteh-Bangura, denied" gives the title). This component runs first, before the
tagger and the parser, and merges a capitalised word joined by hyphens to capitalised words (one or two hyphens, no
spaces: "Sowa-Tarawally", "Mensah-Bonsu-Addo") into one token when

* it follows a capitalised given name or title in the same sentence ("Fatmata Kanu-Bright", "Minister
  Kanu-Bright") that does not itself follow an article ("the Lagos Evening-Herald" is a paper's name), or
* the same hyphenated word was merged so earlier in the document ("Kollie-Weah arrived" after "Joseph Kollie-Weah").

Never merged: a half that is a title's or an institution's word ("Judge-Executive", "Secretary-General"), a word
after a country's word ("Dominican X-Y"), a half that names a country, a nationality or a capital ("Guinea-Bissau", "Russian-Made",
"Franco-German"), a prefix word ("Anti-Corruption", "Pro-Government", "Al-Shabaab", "Ex-President"), lower-case
halves ("al-Shabaab", "pro-government", "Russian-made"), and a word whose second half ends like a participle
("Rebel-Held"). The merged name's lexeme is marked alphabetic (``is_alpha``), so that the extractors' name checks
take it as one word. The actor dictionary's keys join a hyphen's halves without spaces, so a known hyphenated name
("Nana Akufo-Addo") is matched as before."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

#: one half: a capitalised word of letters (accents and an apostrophe allowed: "O'Neill-Kamara")
_HALF = re.compile(r"^[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF']+$")
_HYPHENS = ("-", "\u2010", "\u2011")
#: the document's merged names (``Doc.user_data``), for :func:`lapwing_hyphen_name_ents`
_KEY = "lapwing_hyphen_names"

#: prefixes and joining words that are never a surname's half
PREFIX_WORDS = frozenset("""
anti pro non ex post pre trans pan neo sino indo afro franco anglo euro austro russo greco judeo mid north south
east west central new self vice co inter multi semi sub super ultra counter al el ul bin ben ibn abu abd abdel abdul
bir ould mac mc de del della di da du la le van von der st saint ste middle far near upper lower great greater
old head all cross ad hoc long short high low full part half non-stop african asian arab american european
""".split())

#: given names and titles: the word before must be capitalised, alphabetic and none of these function words
_NOT_BEFORE = frozenset("""
the a an in on at of for by to from with and or but as after before during under over into since until while when
if says said tells told new
""".split())


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Every word of a country's names, adjectives, demonyms and capitals (lower-case, split at spaces and hyphens)."""
    from lapwing.lexicons.country_agents import load_countries

    words: set[str] = set()
    for c in load_countries().values():
        for phrase in (c.name, *c.names, *c.adjectives, *c.demonyms, *c.demonyms_plural, *c.capitals):
            words.update(w for w in re.split(r"[\s\-\u2010\u2011]+", phrase.lower()) if w)
    return frozenset(words)


#: titles and institutions: a half that is one is no surname's ("Judge-Executive", "Secretary-General",
#: "Hospital-Campus")
OFFICE_WORDS = frozenset("""
attorney judge executive director officer solicitor surgeon inspector auditor comptroller lord chancellor speaker
secretary general chief commander governor minister president deputy assistant associate acting senior junior
hospital university college school church county city town village street road avenue park centre center company
bank group house court airport station district state province region department ministry office council board
""".split())


def _name_half(text: str) -> bool:
    if not _HALF.match(text) or len(text) < 2:
        return False
    low = text.lower()
    return low not in PREFIX_WORDS and low not in OFFICE_WORDS and low not in _place_words()


def _chain(doc: Doc, i: int) -> int:
    """The end of the hyphenated name that starts at ``i`` (``i`` when there is none): halves joined by a hyphen
    with no space on either side."""
    end = i + 1
    while (end + 1 < len(doc) and doc[end].text in _HYPHENS and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and _name_half(doc[end + 1].text)):
        end += 2
    return end if end > i + 1 else i


def _before_is_name(doc: Doc, i: int) -> bool:
    if i == 0:
        return False
    t = doc[i - 1]
    if i >= 2 and doc[i - 2].lower_ in ("the", "a", "an"):
        return False  # one capitalised word after an article is a name of a paper or a body ("The Kano Daily-Star")
    return (t.is_alpha and t.text[:1].isupper() and not t.is_upper and t.text.lower() not in _NOT_BEFORE
            and t.text.lower() not in _place_words()  # "Dominican Hospital-Siena": a place's word, no given name
            and "\n" not in t.whitespace_)


def _participle(text: str) -> bool:
    return text.lower().endswith(("ed", "held", "made", "born", "run", "led", "built", "owned"))


def _names(doc: Doc) -> list[tuple[int, int]]:
    """The hyphenated names to merge: every form found once after a given name or title, wherever it stands."""
    found: list[tuple[int, int]] = []
    seen: set[str] = set()
    i, n = 0, len(doc)
    while i < n:
        end = _chain(doc, i) if _name_half(doc[i].text) else i
        if end == i or _participle(doc[end - 1].text):
            i += 1
            continue
        found.append((i, end))
        if _before_is_name(doc, i):
            seen.add(doc[i:end].text)
        i = end
    return [(s, e) for s, e in found if doc[s:e].text in seen]


@Language.component("lapwing_hyphen_names")
def lapwing_hyphen_names(doc: Doc) -> Doc:
    spans = _names(doc)
    if spans:
        doc.user_data[_KEY] = frozenset(doc[s:e].text for s, e in spans)
        with doc.retokenize() as retok:
            for s, e in spans:
                retok.merge(doc[s:e], attrs={"TAG": "NNP", "POS": "PROPN"})
                # the name is a word like any other for the extractors' name checks (``Token.is_alpha``)
                doc.vocab[doc[s:e].text].is_alpha = True
    return doc


#: words of a title or rank that open a name's phrase but are not the name ("Lieutenant Colonel X Y-Z")
_RANKS = frozenset("""
lieutenant colonel general major captain sergeant brigadier admiral commander corporal private marshal minister
president chairman chairwoman chair governor judge justice bishop pastor imam sheikh dr professor mr mrs ms
information defence defense interior finance foreign health justice police army spokesman spokeswoman senator
""".split())


def _given_name(t) -> bool:
    from lapwing.lexicons.name_words import TITLE_WORDS

    low = t.lower_
    return (t.is_alpha and t.text[:1].isupper() and not t.is_upper and low not in _RANKS and low not in TITLE_WORDS
            and low not in _NOT_BEFORE and low not in _place_words() and t.ent_type_ in ("", "PERSON")
            and "\n" not in t.whitespace_)


@Language.component("lapwing_hyphen_name_ents")
def lapwing_hyphen_name_ents(doc: Doc) -> Doc:
    """After the NER: a merged hyphenated name is a person's, with the given names before it ("Osman Tejan-Kabba",
    which the NER, trained on split halves, gives as "Osman" or not at all); a name in another entity is left."""
    forms = doc.user_data.get(_KEY)
    if not forms:
        return doc
    from spacy.tokens import Span
    from spacy.util import filter_spans

    ents = list(doc.ents)
    new: list[Span] = []
    for t in doc:
        if t.text not in forms or t.ent_type_:
            continue  # (a name the NER already has, or one of an organisation's, is left as it is)
        start = t.i
        while start > 0 and t.i - start < 3 and doc[start - 1].whitespace_ and _given_name(doc[start - 1]):
            start -= 1
        new.append(Span(doc, start, t.i + 1, label="PERSON"))
    if new:
        kept = [e for e in ents if not any(e.start < s.end and s.start < e.end for s in new)]
        doc.ents = filter_spans(kept + new)
    return doc
