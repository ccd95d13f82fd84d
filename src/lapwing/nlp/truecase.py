"""Truecasing: a recased copy of an all-lower-case (or all-caps) article, for the parser only.

The shipped model learnt from normally cased English: in "police arrested twelve protesters in
lagos on friday" it finds no names, no sentence starts and often a different parse, so events lose
their place, their actors' countries or themselves. Wire feeds and scraped archives deliver such
text. The pipeline therefore parses a recased copy of an article whose letters are (nearly) all one
case; everything it records (text, offsets, spans) refers to the original text.

The copy differs from the original **only in the case of single characters**, so it has the same
length and every offset is valid in both (:func:`recase` checks this). What is recased:

* for all-caps text, first every letter is lowered (a letter whose lower case is longer is kept);
* the first letter of the text, of every paragraph, after a sentence end (``.``, ``!``, ``?``
  followed by space; not after an abbreviation such as ``u.s.``, ``gen.``, a single initial), and
  after a dateline at the start of a paragraph (``lagos:``, ``kano -``);
* a place name that opens the text before ``:`` or a dash is written in capitals, as wire datelines
  are (``kano: police said`` -> ``KANO: Police said``), so the extractors read it as the dateline
  (where the story was filed: the place of its events, the country of its actors);
* ``i`` as a word (``i``, ``i'm``, ``i've``); ``ad``/``bc`` next to a year (``43 ad``); a currency
  before an amount (``rs 60 crore`` -> ``Rs 60 crore``, ``usd 20``);
* words and phrases whose capitalised form Lapwing's own lexicons know, written as the lexicon
  writes them: country names, adjectives, demonyms and capitals (``lexicons/countries.tsv``), the
  demonym table of the gazetteer, actor names and variants (``lexicons/actors.tsv``), agent
  phrases written in capitals (``ngo`` -> ``NGO``), gazetteer places (countries, first-level
  divisions, regions, landmarks; cities of 1,000,000 people or more as a single word, 100,000 or
  more as a single word after ``in``/``near``/``from``/``at``..., 200,000 or more as a name of
  several words, a town of any size beside a word of division: ``pulwama district``, ``province of
  bamiyan``), weekdays, and months (``may`` and ``march`` only next to a day
  number or year, or after ``in``/``since``/``until``/``early``/``late``/``last``/``next``...;
  abbreviations such as ``feb`` only next to a number); the plural of an acronym (``mlas`` ->
  ``MLAs``) and ``us`` before a noun only the country takes (``us troops``, ``us dollars``);

A person's name after a title ("russian president ivan petrov", "sho vikram singh"), two or three
words in a row that no treebank word or lexicon knows ("sanjay sah"), and acronyms told by their
context ("us troops", "mlas"): :mod:`lapwing.nlp.truecase_names`.

Precision first: a single word that is also ordinary English is never capitalised from a lexicon
(stop words, the words of the event patterns, agent words, the gazetteer's list of capitalised
common words, and :data:`COMMON` here: ``turkey`` after ``a``/``the`` is the bird, ``polish`` is a
verb, ``bush``, ``rice``, ``who`` and ``may`` are words before they are names). A lexicon name of
several words is capitalised as written; a gazetteer name only when its first and last words are
not common.

When is an article recased: it has at least :data:`MIN_LETTERS` cased letters and at most
:data:`LOWER_MAX_UPPER` of them upper case (lower-cased text), or at least :data:`CAPS_MIN_UPPER`
(all caps). Normal English has 2-6 % capitals, so normally cased articles are never touched. A
shorter text (a headline) is lower-cased when it has no capital at all outside its acronyms and at
least :data:`MIN_SHORT_LETTERS` letters in :data:`MIN_SHORT_WORDS` words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from lapwing.nlp.truecase_names import acronym_in_context, names_after_titles, unknown_pairs
from lapwing.nlp.truecase_repeat import repeat_surnames

#: Fewest cased letters for an article to be judged lower-cased or all caps.
MIN_LETTERS = 40
#: A shorter text (a headline, a one-line item) with no capital at all outside acronyms is lower-cased
#: when it has at least this many letters and :data:`MIN_SHORT_WORDS` words: English never starts a
#: sentence with a small letter, so none of them is normally cased text.
MIN_SHORT_LETTERS = 12
MIN_SHORT_WORDS = 3
#: At most this share of upper-case letters: the article is lower-cased.
LOWER_MAX_UPPER = 0.01
#: At least this share of upper-case letters: the article is all caps.
CAPS_MIN_UPPER = 0.97
#: Gazetteer cities: smallest population for a one-word name, for a name of several words.
CITY_MIN_POP_ONE_WORD = 1_000_000
CITY_MIN_POP_PHRASE = 200_000
#: A one-word city right after in/near/from/at/outside/into/across/around: 100,000 people or more.
CITY_MIN_POP_AFTER_IN = 100_000
_LOCATIVE = frozenset("in near from at outside into across around".split())
#: words of administrative division: a gazetteer town right before one ("pulwama district") or after "<word> of"
#: ("the province of bamiyan") is that place whatever its size (session 38, round sb76)
_DIVISION_WORDS = frozenset("district districts province provinces division county tehsil taluk taluka governorate "
                            "prefecture municipality oblast".split())
MAX_PHRASE_WORDS = 5

#: Single words that are ordinary English as well as names in some lexicon (written for Lapwing).
COMMON = frozenset("""
may march will mark bill rose hope faith grace joy dawn summer autumn winter spring sun moon star
rice bush brown white black green gray grey young old hill ford carter price cook baker hunt king
long grant major rich little wood stone frank love law power ban pence trump truss sharp gold golden
win wolf fox lamb hawk dove crane swift rob rod bob pat sue penny chance case page rule sterling
cash guy hall lord lane field fields marsh moss rock rocks bell ball banks burns cross dean dale
polish
turkey china chad jordan georgia guinea niger
nice mobile reading bath split sale tours orange hull derby phoenix independence liberty
victoria mercy chase park parks wells worth best good well west east north south
general interim acting deputy vice senior former late chief head leader party front council
order peace unity justice freedom change future progress reform alliance movement union
van barn bin bride chin deli delis dining dual falcon lime maritime oriental pest pet plunge pun rim soul
store tub afar cos est
""".split())

#: Country-like words that, after one of these, are ordinary nouns ("a turkey", "the china").
_NOUN_CONTEXT = frozenset("a an the this that his her their our my your its some roast fine".split())
_AMBIGUOUS_COUNTRIES = frozenset("turkey china chad jordan georgia guinea niger".split())

_MONTHS = ("January February April June July August September October November December").split()
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
#: Titles capitalised when a person name from the actor dictionary follows ("president Nicolas Maduro").
_TITLES = frozenset("""president vice prime minister chancellor premier gen general lt col colonel maj major capt
sgt adm admiral sen senator rep representative gov governor mayor king queen prince princess pope sheikh emir
ayatollah secretary foreign defence defense interior finance justice deputy""".split())
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_MONTH_CONTEXT = frozenset("in since until till early late mid last next during from".split())
_ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen col lt sgt capt maj cpl adm gov sen rep rev st no nos vs etc inc ltd co corp
jr sr jan feb mar apr aug sep sept oct nov dec approx fig al dept est govt univ
""".split())

# a word: letters, with inner dots or hyphens ("u.s", "al-shabab"); digits are separate words
_WORD = re.compile(r"[^\W\d_]+(?:[.\-][^\W\d_]+)*")
_SENT_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+[\"'\u201c\u2018(\[]*(?=[^\W\d_])")
_PARA_START = re.compile(r"(?:^|\n)[ \t\"'\u201c\u2018(\[]*(?=[^\W\d_])")
_DATELINE = re.compile(r"(?:^|\n)[ \t]*[^\W\d_][^\W\d_ .'\-]*(?:[ .'\-]+[^\W\d_]+){0,3}"
                       r"(?:,[^:\n]{1,40})?(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?::|--|[-\u2013\u2014])[ \t]+"
                       r"[\"'\u201c\u2018(\[]*(?=[^\W\d_])")
_LAST_WORD = re.compile(r"([^\W\d_]+(?:\.[^\W\d_]+)*)$")
_ERA = re.compile(r"(?<=\d )(?:ad|bc|bce)\b|\b(?:ad)(?= \d)")
#: Currency signs written before an amount: "rs 60 crore", "ksh 5,000", "usd 20".
_CURRENCY = re.compile(r"(?<![\w.])(rs|ksh|kshs|usd|inr|pkr|npr|bdt|ngn|ugx|tzs|zar|ghs)\.?(?=\s?\d)", re.I)
_CURRENCY_FORMS = {"rs": "Rs", "ksh": "KSh", "kshs": "KShs"}
_I = re.compile(r"(?<![\w.'\u2019\-])i(?![\w.\-])|(?<![\w.'\u2019\-])i(?=['\u2019](?:m|ve|ll|d)\b)")


_ACRONYM = re.compile(r"(?<![^\W\d_])[A-Z]{2,5}s?(?![^\W\d_])")


def case_of(text: str) -> str | None:
    """``"lower"`` for a (nearly) all lower-case text, ``"upper"`` for all caps, else None.

    Short all-caps words (acronyms such as NGO, UN, NATO) do not count against a lower-cased text.
    """
    # (no character is both: counted in two passes of C, not one of Python)
    upper = sum(map(str.isupper, text))
    lower = sum(map(str.islower, text))
    letters = upper + lower
    if letters < MIN_LETTERS:
        return _short_lower(text, upper, letters)
    if upper / letters >= CAPS_MIN_UPPER:
        return "upper"
    acronyms = sum(len(m.group()) for m in _ACRONYM.finditer(text)) if upper else 0
    if letters - acronyms >= MIN_LETTERS and (upper - acronyms) / (letters - acronyms) <= LOWER_MAX_UPPER:
        return "lower"
    return None


def _short_lower(text: str, upper: int, letters: int) -> str | None:
    """``"lower"`` for a short text with no capital outside its acronyms ("the un calls for calm in
    new caledonia", "UN demands ceasefire in gaza"), else None."""
    acronyms = sum(len(m.group()) for m in _ACRONYM.finditer(text)) if upper else 0
    if upper != acronyms or letters - acronyms < MIN_SHORT_LETTERS:
        return None
    return "lower" if len(_WORD.findall(text)) >= MIN_SHORT_WORDS else None


def _lower_same_length(text: str) -> str:
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _cap(ch: str) -> str:
    up = ch.upper()
    return up if len(up) == 1 else ch


# -- the lexicon of capitalised forms --------------------------------------------------------------
def _key(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(text))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Single words that are ordinary English (never capitalised from a lexicon on their own)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from lapwing.geo import detect
    from lapwing.lexicons import load_agents

    words: set[str] = set(COMMON) | {w.lower() for w in STOP_WORDS} | set(detect.STOP_WORDS)
    words |= {w for phrase in detect.ORG_HEADS for w in phrase.split()}
    for agent in load_agents():
        for form in agent.forms:
            if not form.isupper():
                words.update(w.lower() for w in _WORD.findall(form))
    patterns = Path(__file__).resolve().parent.parent / "lexicons" / "event_patterns"
    for path in sorted(patterns.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 2 or cols[0] == "id" or cols[0].startswith("@"):
                continue  # word sets hold group names too ("hamas"): only trigger lemmas are common words
            for w in re.split(r"[_\s|]+", cols[1].lower()):
                if w.isalpha():
                    words.update({w, w + "s", w + "es", w + "ed", w + "d", w + "ing"})
    return frozenset(words)


_PERSON_KEYS: set[tuple[str, ...]] = set()


@lru_cache(maxsize=1)
def phrase_table() -> dict[tuple[str, ...], str]:
    """Lower-case word tuple -> the capitalised form Lapwing's lexicons write (gazetteer not included)."""
    from lapwing.geo import tables
    from lapwing.lexicons import load_actors, load_agents, load_countries

    common = common_words()
    table: dict[tuple[str, ...], str] = {}

    def add(form: str) -> None:
        form = form.strip()
        key = _key(form)
        if not key or len(key) > MAX_PHRASE_WORDS or form.islower():
            return
        if len(key) == 1 and key[0] in common:
            return  # "Bush", "Rice", "Turkey", "WHO": only in a phrase or by the rules for countries
        table.setdefault(key, form)

    for country in load_countries().values():
        for form in (country.name, *country.names, *country.adjectives, *country.demonyms,
                     *country.demonyms_plural, *country.capitals):
            add(form)
    for line in tables.DEMONYMS.splitlines():
        cols = line.split("\t")
        if len(cols) == 2 and not line.startswith("#"):
            for form in cols[1].split("|"):
                add(form)
    for entry in load_actors().values():
        for form in entry.names():
            add(form)
            if entry.kind == "person" and _key(form) in table:
                _PERSON_KEYS.add(_key(form))
    for agent in load_agents():
        for form in agent.forms:
            if form.isupper() and len(form) > 1:  # NGO, MP: matched by the actor coder as written
                add(form)
    for name in _MONTHS + _WEEKDAYS:
        table[(name.lower(),)] = name
    return table


@lru_cache(maxsize=1)
def _countries_ambiguous() -> dict[str, str]:
    from lapwing.lexicons import load_countries

    out = {}
    for country in load_countries().values():
        for form in (country.name, *country.names):
            if form.lower() in _AMBIGUOUS_COUNTRIES:
                out[form.lower()] = form
    return out


@lru_cache(maxsize=65536)
def _gazetteer_form(key: tuple[str, ...], after_in: bool = False, division: bool = False) -> str | None:
    """The capitalised form of a place name the gazetteer knows well enough, else None. ``division``: the name is
    told as a place by a word of administrative division beside it ("pulwama district", "the province of bamiyan"),
    so a town of any size is one."""
    from lapwing.geo.gazetteer import ALT_NAME, get_gazetteer, norm

    phrase = " ".join(key)
    best = None
    for e in get_gazetteer().lookup_key(norm(phrase)):
        if e.alt > ALT_NAME:
            continue  # abbreviations and short forms are too loose for lower-case text
        if e.kind == "city":
            floor = 0 if division else CITY_MIN_POP_PHRASE if len(key) > 1 else CITY_MIN_POP_AFTER_IN if after_in \
                else CITY_MIN_POP_ONE_WORD
            if (e.pop or 0) < floor:
                continue
        elif e.kind not in ("country", "admin1", "region", "landmark"):
            continue
        if best is None or (e.pop or 0) > (best.pop or 0):
            best = e
    if best is None:
        return None
    if norm(best.name) == norm(phrase):
        return best.name
    return " ".join(w if w in ("de", "da", "do", "del", "of", "the", "and", "la", "le", "al", "el") and i
                    else w[:1].upper() + w[1:] for i, w in enumerate(phrase.split()))


# -- recasing ----------------------------------------------------------------------------------------
def _apply(chars: list[str], start: int, end: int, form: str) -> None:
    """Give chars[start:end] the capitals of ``form`` (same letters, maybe other spacing or accents)."""
    seg = chars[start:end]
    if len(form) == len(seg):
        for i, (c, f) in enumerate(zip(seg, form)):
            if f.isupper():
                chars[start + i] = _cap(c)
        return
    # different length (accents, spacing): capitals at the same word positions
    seg_words = list(_WORD.finditer("".join(seg)))
    form_words = _WORD.findall(form)
    for m, fw in zip(seg_words, form_words):
        for i, f in enumerate(fw[: m.end() - m.start()]):
            if f.isupper():
                chars[start + m.start() + i] = _cap(chars[start + m.start() + i])


def _sentence_starts(text: str) -> list[int]:
    starts = []
    for m in _PARA_START.finditer(text):
        starts.append(m.end())
    for m in _DATELINE.finditer(text):
        starts.append(m.end())
    for m in _SENT_END.finditer(text):
        before = text[max(0, m.start() - 40): m.start()]  # a window: no copy of the whole prefix
        w = _LAST_WORD.search(before)
        if text[m.start()] == "." and w is not None:
            word = w.group(1).lower()
            if len(word) == 1 or "." in word or word in _ABBREVIATIONS:
                continue  # "u.s. officials", "gen. smith", "j. smith"
        starts.append(m.end())
    return starts


def recase(text: str, mode: str | None = None) -> str | None:
    """A copy of ``text`` with capitals restored (same length), or None when the text needs none.

    ``mode`` is ``"lower"`` or ``"upper"`` (what :func:`case_of` says of the text); by default it is
    found from the text itself.
    """
    mode = mode or case_of(text)
    if mode is None:
        return None
    base = _lower_same_length(text) if mode == "upper" else text
    chars = list(base)
    table = phrase_table()
    common = common_words()
    ambiguous = _countries_ambiguous()

    # words; a word right after an apostrophe is a clitic ("i'm", "kenya's"), never a name
    words = [m for m in _WORD.finditer(base) if not (m.start() and base[m.start() - 1] in "'\u2019")]
    low = [m.group().lower() for m in words]
    # joined[k]: words k and k+1 are separated by spaces only (no line break, no punctuation)
    joined = [(lambda gap: gap.isspace() and "\n" not in gap)(base[words[k].end():words[k + 1].start()])
              for k in range(len(words) - 1)]
    i = 0
    n = len(words)
    person_words: set[int] = set()  # words of persons' names, for their surnames' later mentions
    while i < n:
        done = False
        for size in range(min(MAX_PHRASE_WORDS, n - i), 0, -1):
            j = i + size
            # the words of a phrase are separated by spaces only
            if size > 1 and not all(joined[i:j - 1]):
                continue
            key = tuple(low[i:j])
            form = table.get(key) if size > 1 or len(key[0]) > 1 else None
            if form is None and size == 1 and key[0] in ambiguous:
                prev = low[i - 1] if i else ""
                if prev not in _NOUN_CONTEXT:
                    form = ambiguous[key[0]]
            if form is None and size == 1 and key[0] in ("may", "march"):
                form = _month_in_context(base, words, low, i)
            if form is None and size == 1 and key[0] in _MONTH_ABBREVIATIONS:
                form = _month_in_context(base, words, low, i, digits_only=True)
            if form is None and size == 1:
                form = acronym_in_context(key[0], low[i + 1] if i + 1 < n and joined[i] else "", table, common,
                                          low[i - 1] if i and joined[i - 1] else "")
            if form is None and key[0] not in common and key[-1] not in common \
                    and all(w.replace("-", "").replace(".", "").isalpha() for w in key):
                if size > 1 or len(key[0]) > 2:
                    after_in = size == 1 and i > 0 and low[i - 1] in _LOCATIVE
                    division = size <= 2 and (j < n and joined[j - 1] and low[j] in _DIVISION_WORDS or (
                        i > 1 and low[i - 1] == "of" and low[i - 2] in _DIVISION_WORDS and all(joined[i - 2:i])))
                    form = _gazetteer_form(key, after_in, division)
            if form is not None:
                _apply(chars, words[i].start(), words[j - 1].end(), form)
                if key in _PERSON_KEYS:
                    _titles_before(base, chars, words, low, i)
                    person_words.update(range(i, j))
                i = j
                done = True
                break
        if not done:
            # a hyphenated word whose parts are names: "pro-russian", "anti-kenyan"
            if "-" in low[i]:
                off = words[i].start()
                for part in re.finditer(r"[^\W\d_]+", low[i]):
                    form = table.get((part.group(),))
                    if form is not None:
                        _apply(chars, off + part.start(), off + part.end(), form)
            i += 1

    person_words.update(names_after_titles(base, chars, words, low, joined))
    person_words.update(unknown_pairs(base, chars, words, low, joined))
    repeat_surnames(base, chars, words, low, joined, person_words)
    _dateline_in_capitals(base, chars)
    for pos in _sentence_starts(base):
        if pos < len(chars):
            chars[pos] = _cap(chars[pos])
    for m in _I.finditer(base):
        chars[m.start()] = "I"
    for m in _CURRENCY.finditer(base):  # "rs 60 crore" -> "Rs 60 crore": an amount, not a word
        form = _CURRENCY_FORMS.get(m.group(1).lower(), m.group(1).upper())
        _apply(chars, m.start(1), m.end(1), form)
    for m in _ERA.finditer(base):  # "43 ad", "500 bc": the history gate reads the era
        for k in range(m.start(), m.end()):
            chars[k] = _cap(chars[k])
    out = "".join(chars)
    if len(out) != len(text):  # pragma: no cover - every step above keeps the length
        raise AssertionError("truecasing changed the text length")
    return out


_LEAD_DATELINE = re.compile(r"^\s*([^\W\d_]+(?:[ .'\-]+[^\W\d_]+){0,3})"
                            r"(?=[ \t]*(?:,[^:\n]{1,40})?(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*"
                            r"(?::|--|[-\u2013\u2014])[ \t])")


def _dateline_in_capitals(text: str, chars: list[str]) -> None:
    """A known place opening the text before ``:`` or a dash ("kano: police said...") is written in
    capitals, as wire datelines are ("KANO: Police said..."), so the dateline is read as one."""
    m = _LEAD_DATELINE.match(text)
    if m is None:
        return
    place = m.group(1)
    key = _key(place)
    if not key or (key not in phrase_table() and _gazetteer_form(key, True) is None
                   and not _gazetteer_known(" ".join(key))):
        return
    for k in range(m.start(1), m.end(1)):
        chars[k] = _cap(chars[k])


@lru_cache(maxsize=4096)
def _gazetteer_known(phrase: str) -> bool:
    """Any populated place of that name (a dateline names the town the story was filed from)."""
    from lapwing.geo.gazetteer import ALT_NAME, get_gazetteer, norm

    return any(e.alt <= ALT_NAME and e.kind in ("city", "admin1", "admin2", "country", "region")
               for e in get_gazetteer().lookup_key(norm(phrase)))


def _titles_before(text: str, chars: list[str], words, low: list[str], i: int) -> None:
    """Capitalise up to three title words right before a person's name ("prime minister X")."""
    k = i - 1
    while k >= 0 and i - k <= 3 and low[k] in _TITLES and text[words[k].end():words[k + 1].start()] == " ":
        chars[words[k].start()] = _cap(chars[words[k].start()])
        k -= 1


def _month_in_context(text: str, words, low: list[str], i: int, digits_only: bool = False) -> str | None:
    """"may" / "march" as a month: next to a day or year, or after in/since/until/last/next..."""
    m = words[i]
    after = text[m.end(): m.end() + 6]
    before = text[max(0, m.start() - 6): m.start()]
    prev = low[i - 1] if i else ""
    if re.match(r"\s+\d", after) or re.search(r"\d(?:st|nd|rd|th)?\s+(?:of\s+)?$", before) \
            or (not digits_only and prev in _MONTH_CONTEXT and words[i - 1].end() + 1 == m.start()):
        return low[i].capitalize()
    return None
