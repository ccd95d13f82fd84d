"""Counts: how many were killed, injured, arrested, missing, displaced; how many protesters, troops.

A count is a number (digits or words: "1,500", "twenty-five", "two dozen", "hundreds of",
"tens of thousands") with what it counts. The category comes, in this order, from

1. the predicate said of the counted group: "70 people were injured", "killing 12",
   "detained 40 people", "17 dead", "left 80,000 homeless", "five died";
2. the counted noun itself: "3,000 troops", "thousands of protesters", "8 deaths", "the bodies of 14";
3. a protest predicate: "tens of thousands took to the streets";
4. a toll: "the death toll rose to 143";
5. "other" for a number of people or physical things that an event acts on ("fired over 70 rockets",
   "released 27 prisoners"), never for standing quantities ("employs 4,000 people").

Numbers that are not counts are left out: ages, years, dates, times, money, percentages,
scores, measures, identifiers ("Flight 370", "Resolution 2231"), numbers in compound
adjectives ("72-hour", "10-point"), and definite groups already known ("the two leaders").

Vague quantities take their least plural value: dozens 24, scores 40, hundreds 200,
thousands 2,000, tens of thousands 20,000, a few / several hundred 300; the wording is kept
in ``approximation`` (with "over", "about", "at least", "nearly", ...).

Each count is linked to an event (``Count.event``) when the trigger of an event in
``ctx.data["event_tokens"]`` is its predicate or heads the same clause.

Category words are data: ``lexicons/count_categories.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from lapwing.extract.docfacts import doc_text, token_columns
from lapwing.extract.registry import Context, extractor
from lapwing.lexicons import tsv
from lapwing.schema import Count

LEXICON_PATH = Path(__file__).resolve().parent.parent / "lexicons" / "count_categories.tsv"
KINDS = ("trans", "trans_person", "intrans", "adj", "noun", "of", "toll", "person", "thing", "stative")
CASUALTY = ("killed", "injured", "arrested", "missing", "displaced")

# ---------------------------------------------------------------------------
# lexicon


@dataclass
class CountLexicon:
    words: dict[str, dict[str, str]] = field(default_factory=lambda: {k: {} for k in KINDS})  # kind -> word -> category
    phrases: dict[str, dict[tuple[str, ...], str]] = field(default_factory=lambda: {k: {} for k in KINDS})

    def word(self, kind: str, text: str) -> str | None:
        return self.words[kind].get(text.lower())

    def phrase_at(self, kind: str, tokens: list[str]) -> tuple[str, int] | None:
        """The longest phrase of ``kind`` at the start of ``tokens``: (category, length)."""
        best = None
        for words, cat in self.phrases[kind].items():
            n = len(words)
            if tuple(tokens[:n]) == words and (best is None or n > best[1]):
                best = (cat, n)
        return best


def load_count_lexicon(path: str | Path = LEXICON_PATH) -> CountLexicon:
    lex = CountLexicon()
    for lineno, (cat, kind, forms) in tsv.rows(path, 3):
        if kind not in KINDS:
            raise ValueError(f"{path}:{lineno}: unknown kind {kind!r} (known: {', '.join(KINDS)})")
        for form in forms.split():
            words = tuple(form.lower().split("_"))
            if len(words) == 1:
                lex.words[kind][words[0]] = cat
            else:
                lex.phrases[kind][words] = cat
    return lex


@lru_cache(maxsize=1)
def lexicon() -> CountLexicon:
    return load_count_lexicon()


# ---------------------------------------------------------------------------
# numbers

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
# vague plurals: least plural value
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2_000_000}
APPROX = [
    ("no", "fewer", "than"), ("no", "less", "than"), ("more", "than"), ("fewer", "than"), ("less", "than"),
    ("at", "least"), ("at", "most"), ("up", "to"), ("as", "many", "as"), ("close", "to"), ("upwards", "of"),
    ("in", "excess", "of"), ("well", "over"), ("just", "over"), ("just", "under"), ("an", "estimated"),
    ("nearly",), ("almost",), ("about",), ("around",), ("roughly",), ("approximately",), ("some",), ("over",),
    ("under",), ("estimated",), ("perhaps",), ("possibly",),
]
_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+$|^\d+\.\d+$")
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
CURRENCY_BEFORE = {"$", "€", "£", "¥", "us$", "usd", "eur", "gbp", "rs", "rs.", "ksh", "n", "€", "a$", "c$", "hk$"}
NOT_COUNTED_AFTER = {
    # money
    "dollars", "dollar", "euros", "euro", "pounds", "yuan", "rupees", "naira", "shillings", "francs", "yen", "rubles",
    "roubles", "cents", "pesos", "rand", "dinars", "riyals", "lira", "usd", "eur",
    # percentages, shares
    "%", "percent", "per", "percentage", "pct", "basis",
    # times and dates
    "a.m.", "p.m.", "am", "pm", "gmt", "utc", "o'clock", "hrs", "bc", "ad",
    # measures
    "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters", "m", "feet",
    "ft", "tonnes", "tons", "tonne", "kg", "kilograms", "grams", "degrees", "mph", "kph", "hectares", "acres",
    "square", "barrels", "litres", "liters", "gallons", "magnitude", "km/h",
    # durations
    "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries", "nights",
    # scores, votes, results
    "votes", "seats", "points", "goals", "runs", "wins", "losses", "times", "terms", "rounds",
}
ID_BEFORE = {
    "flight", "route", "highway", "resolution", "article", "section", "chapter", "no", "no.", "number", "room",
    "apollo", "g", "call", "precinct", "division", "brigade", "battalion", "regiment", "squadron", "unit", "level",
    "phase", "stage", "day", "season", "episode", "page", "line", "bus", "gate", "platform", "terminal", "paragraph",
    "clause", "item", "version", "channel", "district", "ward", "block", "street", "avenue", "road", "interstate",
    "code", "model", "type", "series", "group", "act", "bill", "law", "decree", "amendment", "year", "class", "grade",
    "mark", "covid", "covid-", "world",
}
AGE_BEFORE = {"aged", "age", "ages"}
DEFINITE = {"the", "these", "those", "its", "their", "his", "her", "our", "your", "my", "all"}
AUX_WORDS = {"were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "remain", "remained", "remains",
             "still", "later", "also", "reportedly", "all", "allegedly", "then", "reported", "believed", "feared",
             "thought", "presumed", "said", "to", "being", "now", "already", "subsequently", "eventually", "each",
             "either", "both", "will", "would", "could", "may", "might", "had", "not", "left", "are", "get", "got"}


@dataclass
class Quantity:
    start: int  # first token (approximation included)
    end: int  # token after the number ("of" not included)
    value: float | int
    approximation: str | None
    of_end: int  # token after a trailing "of" ("hundreds of"), else == end
    vague: bool = False


def _num_value(tok: str) -> float | int | None:
    t = tok.replace(",", "")
    try:
        v = float(t)
    except ValueError:
        return None
    return int(v) if v.is_integer() else v


def _word_number(doc: Doc, i: int, end: int) -> tuple[float | int, int] | None:
    """A spelled-out number starting at token i: (value, index after it)."""
    total, current, j, seen = 0, 0, i, False
    while j < end:
        w = doc[j].lower_
        parts = w.split("-")
        if len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS:  # 'twenty-five' kept as one token
            current += TENS[parts[0]] + UNITS[parts[1]]
        elif w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
            # 'twenty - five' split by the tokenizer
            if j + 2 < end and doc[j + 1].text == "-" and doc[j + 2].lower_ in UNITS:
                current += UNITS[doc[j + 2].lower_]
                j += 2
        elif w in SCALES and seen:
            if SCALES[w] == 100:
                current *= 100
            else:
                total += current * SCALES[w]
                current = 0
        elif w == "and" and seen and j + 1 < end and (doc[j + 1].lower_ in UNITS or doc[j + 1].lower_ in TENS) \
                and (current >= 100 or total):
            pass
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None
    return total + current, j


def _quantity_at(doc: Doc, i: int, end: int) -> Quantity | None:
    """A number expression whose number starts at token i (approximation found separately)."""
    w = doc[i].lower_
    value: float | int | None = None
    j = i + 1
    approx = None
    vague = False
    if _DIGITS.match(doc[i].text):
        value = _num_value(doc[i].text)
        if j < end and doc[j].lower_ in SCALES and doc[j].lower_ != "hundred":
            value = value * SCALES[doc[j].lower_]
            value = int(value) if float(value).is_integer() else value
            j += 1
        elif "." in doc[i].text:
            return None  # a decimal without a scale is a measure, not a count
    elif w in ("a", "an") and i + 1 < end and doc[i + 1].lower_ in ("dozen", "hundred", "thousand", "million", "score"):
        value = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000, "score": 20}[doc[i + 1].lower_]
        j = i + 2
    elif w == "half" and i + 2 < end and doc[i + 1].lower_ == "a" and doc[i + 2].lower_ in ("million", "dozen"):
        value = 500_000 if doc[i + 2].lower_ == "million" else 6
        j = i + 3
    elif w in ("several", "few") and i + 1 < end and doc[i + 1].lower_ in ("hundred", "thousand", "dozen", "million"):
        base = {"hundred": 100, "thousand": 1000, "dozen": 12, "million": 1_000_000}[doc[i + 1].lower_]
        value = 3 * base
        lead = "a few" if (w == "few" and i > 0 and doc[i - 1].lower_ == "a") else w
        approx = f"{lead} {doc[i + 1].lower_}"
        j = i + 2
    elif w == "tens" and i + 2 < end and doc[i + 1].lower_ == "of" and doc[i + 2].lower_ in ("thousands", "millions"):
        value = 20_000 if doc[i + 2].lower_ == "thousands" else 20_000_000
        approx, vague, j = f"tens of {doc[i + 2].lower_}", True, i + 3
    elif w == "hundreds" and i + 2 < end and doc[i + 1].lower_ == "of" and doc[i + 2].lower_ in ("thousands", "millions"):
        value = 200_000 if doc[i + 2].lower_ == "thousands" else 200_000_000
        approx, vague, j = f"hundreds of {doc[i + 2].lower_}", True, i + 3
    elif w in VAGUE:
        value, approx, vague = VAGUE[w], w, True
    else:
        wn = _word_number(doc, i, end)
        if wn is None:
            return None
        value, j = wn
    if value is None:
        return None
    # 'two dozen'
    if j < end and doc[j].lower_ == "dozen" and not vague:
        value, j = value * 12, j + 1
    of_end = j
    if j < end and doc[j].lower_ == "of" and (vague or w in ("dozens", "scores")):
        of_end = j + 1
        if approx and not approx.endswith(" of"):
            approx = f"{approx} of"
    return Quantity(i, j, value, approx, of_end, vague)


def _approx_before(doc: Doc, i: int, lo: int) -> tuple[int, str | None]:
    words = [t.lower_ for t in doc[max(lo, i - 3) : i]]
    for phrase in APPROX:
        n = len(phrase)
        if len(words) >= n and tuple(words[-n:]) == phrase:
            start = i - n
            # 'an estimated' / 'some' / 'about' ... ; 'a further' is no approximation
            return start, " ".join(phrase)
    return i, None


#: first words of a quantity other than digits and number words (see :func:`_quantity_at`)
_QUANTITY_STARTS = frozenset({"a", "an", "half", "several", "few", "tens", "hundreds"})


def _may_start_quantity(lower: str, text: str) -> bool:
    """False when :func:`_quantity_at` surely finds nothing at a token (most tokens): checked first,
    on the token's strings, so that the full test runs at number-like tokens only."""
    if lower in _QUANTITY_STARTS or lower in VAGUE or lower in UNITS or lower in TENS or _DIGITS.match(text):
        return True
    parts = lower.split("-")
    return len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS


def find_quantities(doc: Doc, sent: Span) -> list[Quantity]:
    out: list[Quantity] = []
    cols = token_columns(doc)
    lower, text = cols.lower, cols.text
    i = sent.start
    while i < sent.end:
        if not _may_start_quantity(lower[i], text[i]):
            i += 1
            continue
        q = _quantity_at(doc, i, sent.end)
        if q is None:
            i += 1
            continue
        start, approx = _approx_before(doc, i, sent.start)
        if i > sent.start and doc[i - 1].lower_ in ("a",) and doc[i].lower_ == "few":
            start = i - 1
        if approx:
            q.approximation = approx if q.approximation is None else f"{approx} {q.approximation}"
        # a range: 'three to four', '10 or 12', '20-30' is counted by its lower bound
        between = i > sent.start and doc[i - 1].lower_ == "between"
        if q.end + 1 < sent.end and (doc[q.end].lower_ in ("to", "or") or between and doc[q.end].lower_ == "and") \
                and not q.vague:
            q2 = _quantity_at(doc, q.end + 1, sent.end)
            if q2 is not None and not q2.vague and q2.value > q.value:
                rng = f"{doc[i].text} {doc[q.end].lower_} {doc[q.end + 1 : q2.end].text}".lower()
                if between:
                    rng, q.start = f"between {rng}", min(q.start, i - 1)
                q.approximation = f"{q.approximation} {rng}" if q.approximation else rng
                q.end = q.of_end = q2.end
        q.start = min(start, q.start if doc[i].lower_ != "few" else i - 1)
        out.append(q)
        i = q.of_end
    return out


# ---------------------------------------------------------------------------
# traps: numbers that are not counts


def _is_trap(doc: Doc, q: Quantity, sent: Span) -> bool:
    first = doc[q.start]
    numtok = doc[q.start if q.approximation is None else q.end - 1]
    prev = doc[q.start - 1] if q.start > sent.start else None
    nxt = doc[q.end] if q.end < sent.end else None
    nxt2 = doc[q.end + 1] if q.end + 1 < sent.end else None
    if q.value == 0:
        return True
    # money before, unit after
    if prev is not None and (prev.lower_ in CURRENCY_BEFORE or prev.text in ("$", "€", "£", "¥") or prev.is_currency):
        return True
    if nxt is not None and (nxt.lower_ in NOT_COUNTED_AFTER or nxt.is_currency):
        return True
    # compound adjectives and scores: '25-year-old', '72-hour', '3-1', '2,000-year-old'
    if nxt is not None and nxt.text in ("-", "\u2013") and nxt.whitespace_ == "" and nxt2 is not None \
            and (nxt2.lower_ not in UNITS or nxt2.is_digit):
        return True
    if re.search(r"\d[-\u2013/:]\d|\d[-\u2013][a-z]", doc[q.end - 1].text.lower()):
        return True
    # times '7:00', ordinals '82nd', decades '1990s' are not numbers to _quantity_at; ages:
    if prev is not None and (prev.lower_ in AGE_BEFORE or (prev.lower_ == "of" and q.start - 2 >= sent.start
                                                          and doc[q.start - 2].lower_ in AGE_BEFORE)):
        return True
    if prev is not None and prev.lower_ in ("between", "and") and q.start - 2 >= sent.start and \
            any(t.lower_ in AGE_BEFORE for t in doc[max(sent.start, q.start - 4) : q.start]):
        return True
    if nxt is not None and nxt.lower_ in ("year", "years", "-year", "month", "months") and nxt2 is not None and nxt2.lower_ in ("old", "-old"):
        return True
    # 'The suspect, 19, was charged': a bare small number between commas after a noun
    if prev is not None and prev.text == "," and nxt is not None and nxt.text == "," and isinstance(q.value, int) \
            and q.value < 120 and q.approximation is None and q.start - 2 >= sent.start \
            and doc[q.start - 2].pos_ in ("PROPN", "NOUN"):
        return True
    # identifiers 'Flight 370', 'Resolution 2231', 'Article 5', 'Call 911'
    if prev is not None and prev.lower_ in ID_BEFORE and q.approximation is None:
        return True
    # years and dates
    if _DIGITS.match(numtok.text) and "," not in numtok.text and len(numtok.text) == 4 and 1800 <= q.value <= 2100:
        lex = lexicon()
        if nxt is None or not (lex.word("person", nxt.lower_) or lex.word("noun", nxt.lower_) or lex.word("thing", nxt.lower_)):
            return True
    if (prev is not None and prev.lower_ in MONTHS) or (nxt is not None and nxt.lower_ in MONTHS):
        return True
    # 'one of the organisers', 'no one', 'the one who'
    if first.lower_ == "one" and (nxt is None or nxt.lower_ in ("of", "another", "who", "that", "which", ",")):
        return True
    if first.lower_ == "one" and prev is not None and prev.lower_ in ("no", "the", "any", "every", "each", "someone"):
        return True
    return False


# ---------------------------------------------------------------------------
# what the number counts


@dataclass
class Attach:
    category: str | None = None
    rule: str | None = None
    predicate: Token | None = None


def _lower_words(doc: Doc, i: int, n: int, hi: int) -> list[str]:
    return [t.lower_ for t in doc[i : min(hi, i + n)]]


def _counted_noun(doc: Doc, q: Quantity, sent: Span) -> Token | None:
    """The noun the number counts: '1,500 civilians', 'two police officers', 'dozens of injured people'."""
    j = q.of_end
    lex = lexicon()
    skipped = 0
    head = None
    while j < sent.end and skipped < 5:
        t = doc[j]
        lw = t.lower_
        is_nounish = t.pos_ in ("NOUN", "PROPN") or lex.word("person", lw) or lex.word("noun", lw) \
            or lex.word("thing", lw)
        if lw in ("the", "of") and head is None and q.vague:
            j += 1
            skipped += 1
            continue
        next_is_noun = j + 1 < sent.end and (doc[j + 1].pos_ in ("NOUN", "PROPN") or bool(lex.word("person", doc[j + 1].lower_)))
        if lw in lex.words["adj"] and head is None and not next_is_noun:
            break  # '17 dead', '2,000 homeless': a predicate, not the counted noun
        if is_nounish and not (lw in lex.words["adj"] and head is None):
            head = t
            j += 1
            # compounds: 'police officers', 'aid workers', 'crew members'
            continue
        if head is not None:
            break
        if t.pos_ in ("ADJ", "VERB") and t.tag_ in ("JJ", "VBN", "VBG", "JJR", "JJS") or lw in lex.words["adj"] \
                or t.text == "-" or lw in ("more", "other", "others"):
            if lw == "others":
                return t
            j += 1
            skipped += 1
            continue
        break
    return head


def _noun_category(doc: Doc, noun: Token, q: Quantity) -> tuple[str | None, str]:
    """Category from the noun and its modifiers: 'troops', 'displaced families', 'police officers'."""
    lex = lexicon()
    lw = noun.lower_
    # multi-word nouns ('service members', 'military personnel')
    for kind in ("noun", "person"):
        for k in (2, 3):
            words = tuple(t.lower_ for t in doc[max(0, noun.i - k + 1) : noun.i + 1])
            cat = lex.phrases[kind].get(words)
            if cat:
                return (cat if kind == "noun" else "other"), kind
    # adjectives between the number and the noun: '5,000 displaced families', 'hundreds of injured people'
    for t in doc[q.of_end : noun.i]:
        cat = lex.word("adj", t.lower_)
        if cat:
            return cat, "adj"
    cat = lex.word("noun", lw)
    if cat:
        return cat, "noun"
    if lex.word("person", lw) or noun.ent_type_ == "NORP" or noun.tag_ == "NNPS":
        return "other", "person"
    if lex.word("thing", lw):
        return "other", "thing"
    return None, "unknown"


def _match_after(doc: Doc, j: int, hi: int, kinds: tuple[str, ...], passive_ok: bool) -> tuple[str, str, Token] | None:
    """A category predicate just after the group: 'were killed', 'died', 'remain missing', 'took to the streets'."""
    lex = lexicon()
    k = j
    # a coordinated group shares the predicate: '21 passengers and four paramilitary troops died'
    if k + 1 < hi and doc[k].lower_ in ("and", "or") and (doc[k + 1].like_num or doc[k + 1].lower_ in VAGUE):
        m = k + 2
        while m < hi and m - k < 6 and (doc[m].pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or doc[m].like_num
                                        or lex.word("person", doc[m].lower_) or lex.word("noun", doc[m].lower_)):
            m += 1
        k = m
    seen_aux = False
    while k < hi and (doc[k].lower_ in AUX_WORDS or doc[k].pos_ in ("ADV",) and doc[k].lower_ not in ("not", "never")
                      or (doc[k].text == "," and k + 1 < hi and doc[k + 1].pos_ == "ADV")):
        if doc[k].lower_ in ("not", "never"):
            return None
        words = _lower_words(doc, k, 6, hi)
        for kind in kinds:  # phrases that start with an auxiliary: 'remain in detention', 'were treated in hospital'
            if kind != "trans":
                ph = lex.phrase_at(kind, words)
                if ph:
                    return ph[0], kind, doc[k]
        seen_aux = seen_aux or doc[k].lower_ in ("were", "was", "are", "is", "been", "be", "being", "remain", "remained", "remains", "left", "get", "got")
        k += 1
    if k >= hi:
        return None
    words = _lower_words(doc, k, 6, hi)
    for kind in kinds:
        ph = lex.phrase_at(kind, words)
        if ph:
            return ph[0], kind, doc[k]
        cat = lex.word(kind, words[0])
        if cat:
            if kind == "trans":
                # transitive: only passive ('were killed'), never active ('20 gunmen killed ...')
                if not (seen_aux and doc[k].tag_ in ("VBN", "") or (doc[k].tag_ == "VBN" and passive_ok)):
                    continue
            return cat, kind, doc[k]
    return None


def _match_before(doc: Doc, i: int, lo: int, person: bool = True) -> tuple[str, str, Token] | None:
    """An active transitive predicate just before the number: 'killing 12', 'detained at least 40'."""
    lex = lexicon()
    k = i - 1
    while k >= lo and doc[k].lower_ in ("a", "further", "another", "an", "additional", "at", "least", "some", "also"):
        k -= 1
    if k < lo:
        return None
    t = doc[k]
    cat = lex.word("trans", t.lower_) or (lex.word("trans_person", t.lower_) if person else None)
    if cat and t.tag_ not in ("NN", "NNS", "NNP"):
        return cat, "trans", t
    # phrases ending just before the number: 'claimed the lives of', 'took into custody'
    for words, cat in lex.phrases["trans"].items():
        n = len(words)
        if k - n + 1 >= lo and tuple(x.lower_ for x in doc[k - n + 1 : k + 1]) == words:
            return cat, "trans", doc[k - n + 1]
    # 'left 17,000 people homeless' is handled after the group; 'the bodies of 14 migrants'
    if t.lower_ == "of" and k - 1 >= lo:
        ofcat = lex.word("of", doc[k - 1].lower_)
        if ofcat:
            return ofcat, "of", doc[k - 1]
    return None


def _predicate_via_parse(doc: Doc, group: Token) -> Token | None:
    """The verb (or adjective) the group is an argument of, following conjunctions to the first conjunct."""
    h = group
    for _ in range(3):
        if h.dep_ == "conj" and h.head.i != h.i:
            h = h.head
            continue
        break
    if h.dep_ in ("nsubj", "nsubj:pass", "obj", "iobj", "nsubjpass", "dobj") and h.head.i != h.i:
        return h.head
    return None


def _predicate(doc: Doc, q: Quantity, sent: Span, noun: Token | None, group_end: int) -> tuple[str, str, Token] | None:
    """A category predicate said of the group: (category, kind, predicate token)."""
    lex = lexicon()
    group = noun if noun is not None else doc[q.end - 1]
    is_person = noun is None or bool(lex.word("person", noun.lower_) or lex.word("noun", noun.lower_)
                                     or noun.ent_type_ == "NORP" or noun.tag_ == "NNPS")
    before = _match_before(doc, q.start, sent.start, is_person)
    if before is not None:
        return before
    after = _match_after(doc, group_end, sent.end, ("trans", "intrans", "adj"), passive_ok=noun is not None)
    if after is not None:
        return after
    if doc.has_annotation("DEP"):
        # the parse: '70 people, most of them students, were injured'; 'the army lost 14 soldiers in the ambush'
        p = _predicate_via_parse(doc, group)
        if p is not None:
            first = _first_conjunct(group)
            active_subj = first.dep_ in ("nsubj",)
            passive = first.dep_ in ("nsubj:pass", "nsubjpass") or any(c.dep_ in ("aux:pass", "auxpass") for c in p.children)
            cat_t = lex.word("trans", p.lower_) or (lex.word("trans_person", p.lower_) if is_person else None)
            cat_i = lex.word("intrans", p.lower_)
            cat_a = lex.word("adj", p.lower_)
            if cat_t and (not active_subj or passive):
                return cat_t, "trans", p
            if cat_i and active_subj:
                return cat_i, "intrans", p
            if cat_a and (active_subj or passive):
                return cat_a, "adj", p
            # 'Around 300 farmers blocked the highway in protest': a protest adverbial on the group's verb
            if active_subj and any(c.lower_ == "protest" and c.dep_ in ("obl", "nmod", "advcl") for c in p.children):
                return "protesters", "intrans", p
    # 'left 17 dead', 'left 80,000 people homeless', '40 injured', '300 people injured'
    if group_end < sent.end:
        cat = lex.word("adj", doc[group_end].lower_)
        if cat:
            return cat, "adj", doc[group_end]
        ph = lex.phrase_at("adj", _lower_words(doc, group_end, 4, sent.end))
        if ph:
            return ph[0], "adj", doc[group_end]
    return None


def _is_stative(doc: Doc, q: Quantity, sent: Span, group: Token) -> bool:
    """'The company employs about 4,000 people', 'the camp houses 25,000': how many there are, not an event."""
    lex = lexicon()
    k = q.start - 1
    if k >= sent.start and (lex.word("stative", doc[k].lower_) or doc[k].lemma_ in ("employ", "have", "include")):
        return True
    if doc.has_annotation("DEP"):
        p = _predicate_via_parse(doc, group) or (group.head if group.dep_ in ("obl",) else None)
        if p is not None and (lex.word("stative", p.lower_) or p.lemma_ in ("be", "have", "employ", "include")):
            return True
    return False


def attach(doc: Doc, q: Quantity, sent: Span) -> Attach:
    lex = lexicon()
    noun = _counted_noun(doc, q, sent)
    group_end = (noun.i + 1) if noun is not None else q.of_end
    group = noun if noun is not None else doc[q.end - 1]
    prev = doc[q.start - 1] if q.start > sent.start else None
    noun_cat, noun_kind = _noun_category(doc, noun, q) if noun is not None else (None, "none")
    # definite groups already known: 'the two leaders', 'the 80 passengers' (not 'the 5,000 displaced families')
    definite = prev is not None and prev.lower_ in DEFINITE
    parse_pred = _predicate_via_parse(doc, group) if doc.has_annotation("DEP") else None

    pred = _predicate(doc, q, sent, noun, group_end)
    if noun is not None and noun_kind == "unknown":
        # the number counts something else ('three days', '45 seats') unless a casualty predicate says the
        # group are people or beings: '250 fishermen have disappeared', 'killed 4 guards'
        plural = noun.tag_ in ("NNS", "NNPS") or (noun.tag_ == "" and noun.lower_.endswith("s"))
        if pred is not None and pred[0] in CASUALTY and plural:
            return Attach(pred[0], f"predicate:{pred[1]}", pred[2])
        return Attach()

    # 1. the predicate
    if pred is not None:
        cat, kind, ptok = pred
        if cat == "protesters" and noun_cat in ("troops",) + CASUALTY:
            return Attach(noun_cat, "noun", ptok)  # '3,000 troops marched'
        return Attach(cat, f"predicate:{kind}", ptok)

    # 2. the noun itself ('3,000 troops', '8 deaths', '25,000 displaced people')
    if noun_cat is not None and noun_kind in ("noun", "adj"):
        return Attach(noun_cat, f"noun:{noun_kind}", parse_pred)
    # 'Nine of the wounded', 'two of the dead'
    if q.of_end == q.end and q.end + 2 < sent.end and doc[q.end].lower_ == "of" and doc[q.end + 1].lower_ in ("the", "those"):
        cat = lex.word("noun", doc[q.end + 2].lower_) or lex.word("adj", doc[q.end + 2].lower_)
        if cat:
            return Attach(cat, "of-the")
    # 'among those killed', 'were among the dead'
    window = _lower_words(doc, group_end, 6, sent.end)
    if "among" in window:
        k = window.index("among")
        for w in window[k + 1 : k + 4]:
            cat = lex.word("adj", w) or lex.word("noun", w) or lex.word("trans", w)
            if cat and cat in CASUALTY:
                return Attach(cat, "among")
    # 3. a crowd at a protest: 'a crowd of 2,000 ... the march', 'estimated the crowd at 8,000' (not a football crowd)
    protest_context = any(lex.word("intrans", t.lower_) == "protesters" or lex.word("noun", t.lower_) == "protesters"
                          for t in sent)
    for k in range(max(sent.start, q.start - 4), q.start):
        cat = lex.word("of", doc[k].lower_)
        if cat == "protesters" and protest_context and prev is not None and prev.lower_ in ("of", "at"):
            return Attach(cat, "crowd")
    if prev is not None and prev.lower_ == "of" and q.start - 2 >= sent.start:
        cat = lex.word("of", doc[q.start - 2].lower_)
        if cat and cat != "protesters":
            return Attach(cat, "of")
    # 4. a toll: 'the death toll rose to 143', 'the number of fatalities has climbed to 212'
    if noun is None and prev is not None and prev.lower_ in ("to", "at", "reached", "hit", "of", "is", "was", "stands", "stood"):
        before_words = [t.lower_ for t in doc[sent.start : q.start]]
        if "toll" in before_words:
            k = len(before_words) - 1 - before_words[::-1].index("toll")
            mod = before_words[k - 1] if k > 0 else ""
            cat = {"injury": "injured", "casualty": None}.get(mod, "killed")
            if cat:
                return Attach(cat, "toll")
        if "number" in before_words:
            k = len(before_words) - 1 - before_words[::-1].index("number")
            if k + 2 < len(before_words) and before_words[k + 1] == "of":
                w = before_words[k + 2]
                cat = lex.word("noun", w) or lex.word("adj", w)
                if cat:
                    return Attach(cat, "toll")
    # 5. other: people or things an event acts on
    if noun is not None and noun_kind in ("person", "thing") and not definite:
        if _is_stative(doc, q, sent, group):
            return Attach()
        if doc.has_annotation("DEP") and parse_pred is None and noun.dep_ in ("nmod", "appos", "compound", "obl", "nmod:poss") \
                and noun.head.pos_ in ("NOUN", "PROPN"):
            return Attach()  # 'a city of 2 million people', 'in front of 45,000 fans': no event acts on the group
        return Attach("other", f"other:{noun_kind}", parse_pred)
    return Attach()


def _first_conjunct(t: Token) -> Token:
    for _ in range(4):
        if t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        else:
            break
    return t


# ---------------------------------------------------------------------------
# events


CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "conj", "parataxis", "xcomp", "acl:relcl", "relcl", "acl", "csubj"}


def _clause_head(t: Token) -> Token:
    for _ in range(40):
        if t.pos_ in ("VERB", "AUX") and (t.dep_ in CLAUSE_DEPS or t.head.i == t.i):
            return t
        if t.head.i == t.i:
            return t
        t = t.head
    return t


def link_event(ctx: Context, tokens: list[Token]) -> int | None:
    """The index of the event whose trigger is the count's predicate or heads the same clause."""
    event_tokens = ctx.data.get("event_tokens")
    if not event_tokens:
        return None
    doc = ctx.doc
    anchor = tokens[0]
    sent = anchor.sent
    heads = {_clause_head(t).i for t in tokens}
    best: tuple[int, int] | None = None
    for idx, ti in enumerate(event_tokens[: len(ctx.record.events)]):
        if ti is None or not (0 <= ti < len(doc)):
            continue
        trig = doc[ti]
        if not (sent.start <= ti < sent.end):
            continue
        if ti in {t.i for t in tokens}:
            rank = 0
        elif _clause_head(trig).i in heads:
            rank = 1
        else:
            continue
        dist = min(abs(ti - t.i) for t in tokens)
        key = (rank, dist)
        if best is None or key < best[0:2]:
            best = (rank, dist, idx)  # type: ignore[assignment]
    return best[2] if best is not None else None  # type: ignore[index]


# ---------------------------------------------------------------------------
# the extractor


def sentences(doc: Doc) -> list[Span]:
    """The parser's sentences, with fragments it split off mid-sentence joined back
    ('Roughly 60,000' | 'people have fled ...'): a sentence ends at final punctuation or a line break."""
    out: list[Span] = []
    start = None
    sents = list(doc.sents)
    for k, s in enumerate(sents):
        if start is None:
            start = s.start
        last = next((t for t in reversed(s) if not t.is_space), None)
        nxt = sents[k + 1] if k + 1 < len(sents) else None
        ends = last is None or last.text in (".", "!", "?", ":", ";", "\u201d", '"', ")", "\u2019") or last.text.endswith(".") \
            or any("\n" in t.text for t in s if t.is_space) or nxt is None or "\n" in doc[s.end - 1].whitespace_ \
            or (nxt is not None and nxt[0].is_space)
        if ends:
            out.append(doc[start : s.end])
            start = None
    if start is not None:
        out.append(doc[start : len(doc)])
    return out


def extract_counts(ctx: Context) -> list[Count]:
    doc = ctx.doc
    text = doc_text(doc)
    out: list[Count] = []
    for sent in sentences(doc):
        prev_cat: str | None = None
        for q in find_quantities(doc, sent):
            if _is_trap(doc, q, sent):
                continue
            a = attach(doc, q, sent)
            cat = a.category
            # 'Eleven people were killed, including two police officers': the included group shares the category
            if q.start > sent.start and doc[q.start - 1].lower_ in ("including", "includes", "include") and prev_cat:
                cat, a.rule = prev_cat, "including"
            if cat is None:
                continue
            prev_cat = cat
            span = doc[q.start : q.end]
            s, e = span.start_char, span.end_char
            value = q.value
            anchor = [doc[q.end - 1]] + ([a.predicate] if a.predicate is not None else [])
            out.append(Count(value=value, category=cat, text=text[s:e], start=s, end=e,
                             approximation=q.approximation, event=link_event(ctx, anchor), rule=f"counts:{a.rule}"))
    return out


@extractor("counts", description="Numbers of people killed, injured, arrested, missing, displaced; protesters, troops")
def counts(ctx: Context) -> None:
    ctx.record.counts = extract_counts(ctx)
