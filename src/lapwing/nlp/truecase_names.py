"""Truecasing, persons' names after a title: ``russian president ivan petrov`` -> ``Ivan Petrov``.

A name that no lexicon knows stays lower case in a recased copy, and the parse then breaks on it
("petrov" read as a verb, the title left without its person, the event without its source). Right
after a person's title (``president``, ``minister``, ``chancellor``, ``spokesman``, ``commander``,
``inspector``, ``sho``, ...), words that are no ordinary English are a person's name: news writes a
title before a name ("Interior Minister Peter Otieno", "SHO Vikram Singh"). They are capitalised,
and so is the title chain before them, as :func:`lapwing.nlp.truecase` does before a known person.

What counts as a name after a title (precision first):

* one to three words, separated by spaces only, each a *name word*: letters (inner hyphens and
  apostrophes allowed), not a title itself, not *ordinary* (stop words, event trigger lemmas and
  their forms, agent words, irregular verb forms, time words and adverbs: :func:`word_classes`);
* at least one of them is *unknown* English: neither ordinary nor a word the shipped model saw only
  in lower case in its treebanks nor one of the name-like words of ``truecase.COMMON`` (``grace``,
  ``mark``, ``rose``). Such *plain* words count only next to an unknown one ("grace wanjiru", "wang
  lei"): "the minister rose to speak" is left alone;
* a word ending in ``-ed``, ``-ing`` or ``-ly`` is a name only before another name word ("ahmed
  osman", not "the mayor inaugurated");
* a fourth name word in a row: not a name (left alone); nor what follows a title that directly
  follows ``the``, ``a``, ``his``... ("the chief guest", "a general manager": a noun phrase);
* between the title and the name, an office may stand: ``of`` and up to three ordinary words
  ("inspector general of police rajesh kumar", "secretary of state mary collins").

Inside such a name, a word a lexicon writes as an acronym is a name, not the acronym: "chancellor
olaf brandt" is Olaf Brandt, not the EU's anti-fraud office OLAF, "president ana robles" not the
Afghan National Army.

Also here, as they need the same word classes:

* :func:`unknown_pairs`: two or three words in a row that the shipped model's treebanks never had
  (not in its vocabulary, nor their singular, nor every part of a hyphenated word) and no lexicon
  knows are a name ("sanjay sah of pokhariya", "at maitighar mandala"); ``-ed``/``-ing``/``-ly``
  words are not;
* :func:`acronym_in_context`: ``us`` before a noun only the country takes ("us troops", "us
  dollars"), acronyms that are no English word in any case ("sho", "mla"), and the plural of an
  acronym ("mlas" -> "MLAs", "ngos" -> "NGOs").
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

#: Person titles a name may follow (the last word of a title chain).
TITLE_HEADS = frozenset("""
president minister chancellor premier governor general commander spokesman spokeswoman spokesperson
leader chief mayor sho inspector constable superintendent commissioner secretary ambassador envoy
senator sen congressman congresswoman lawmaker mp legislator judge magistrate prosecutor colonel col
captain capt lieutenant lt sergeant sgt gen admiral adm brigadier marshal king queen prince princess
sheikh emir ayatollah cleric imam chairman chairwoman director dsp ssp dgp igp asp dcp acp vice-president
secretary-general sub-inspector cm pm mla mlc si asi
""".split())

#: Irregular verb forms, time words and adverbs: never part of a name.
_NOT_NAMES = frozenset("""
met told held led sent left took gave made won lost spoke went came saw found kept fled fought sought
struck shot hit put set cut let beat began begun brought bought built caught chose drove flew forbade
forgave froze got grew hid hung knew laid lay meant paid ran rang rose sat sold shook slept slid split
spent spread stood stole stuck swore swept swam taught tore thought threw understood woke wore wrote
says said tells told bit bled bore broke dug drew drank ate fell fed felt forgot hurt lent lit rode sang
sank shut spat stung swung sprang wept withdrew overthrew undertook upheld withheld became arose awoke
gets goes does has
heard dreamt spun stank strove sworn torn worn woven burnt dwelt knelt leant leapt spelt arisen bitten blown
driven forgiven given risen shaken striven taken thrown gone seen known shown grown drawn flown withdrawn
overseen undone upset forecast broadcast
today tonight yesterday tomorrow also later earlier recently reportedly allegedly personally himself
herself themselves again too instead however meanwhile then now still already just once twice
""".split())

#: Words that end an office phrase ("secretary of state said": no name follows "said").
_STOP = frozenset("said says told the a an and or but who which that was were is are has have had".split())

_RANKED = frozenset("police army military marine marines retired".split())
_DETERMINERS = frozenset("the a an this that these those its his her their our my your every each".split())

_MODEL_STRINGS = Path(__file__).resolve().parent / "models" / "en_lapwing" / "vocab" / "strings.json"


#: words the treebanks also have capitalised that start no name before an unknown word ("near cusco", "via")
_NOT_GIVEN = frozenset({"near", "via", "north", "south", "east", "west", "central", "upper", "lower", "new", "old",
                        "greater", "outer", "inner", "port", "fort", "mount", "lake", "river", "saint"})

@lru_cache(maxsize=1)
def word_classes() -> tuple[frozenset[str], frozenset[str]]:
    """(ordinary, plain): words that are never a name after a title; words that are a name only
    next to an unknown word (the model's lower-case-only words, ``truecase.COMMON``)."""
    from lapwing.nlp.truecase import COMMON, common_words

    ordinary = (common_words() - COMMON) | _NOT_NAMES | _verb_forms() | TITLE_HEADS
    plain: set[str] = set(COMMON)
    strings = _model_strings()
    plain |= {w for w in strings if w.isalpha() and w.islower()
              and w.capitalize() not in strings and w.upper() not in strings}
    return frozenset(ordinary), frozenset(plain - ordinary)


@lru_cache(maxsize=1)
def _model_strings() -> frozenset[str]:
    """Every string of the shipped model's vocabulary (the words of its treebanks, in their cases)."""
    try:
        return frozenset(json.loads(_MODEL_STRINGS.read_text(encoding="utf-8")))
    except (OSError, ValueError):  # pragma: no cover - the shipped model always has its strings
        return frozenset()


def _verb_forms() -> frozenset[str]:
    """The verb forms of the shipped model's lemmatizer exceptions ("met", "fled")."""
    try:
        from spacy.lookups import Lookups

        lookups = Lookups().from_disk(_MODEL_STRINGS.parent.parent / "lemmatizer" / "lookups")
        return frozenset(w for w in lookups.get_table("lemma_exc").get("verb", {}) if w.isalpha())
    except Exception:  # pragma: no cover - a model without the table: the list above still holds
        return frozenset()


def _is_title(word: str) -> bool:
    return word in TITLE_HEADS or ("-" in word and word.rsplit("-", 1)[1] in TITLE_HEADS)


def _name_word(word: str, ordinary: frozenset[str]) -> bool:
    bare = word.replace("-", "").replace("'", "").replace("\u2019", "")
    return len(word) > 1 and bare.isalpha() and "." not in word and word not in ordinary


def _office_end(low: list[str], joined: list[bool], k: int, ordinary: frozenset[str]) -> int:
    """The last word of an office after the title at ``k`` ("inspector general of police", "secretary
    of state", "chief of army staff"): ``k`` itself when none follows."""
    j = k + 1
    if j >= len(low) or low[j] != "of" or not joined[k]:
        return k
    j += 1 + (j + 1 < len(low) and low[j + 1] == "the")
    end = k
    while j < len(low) and j - k <= 4 and joined[j - 1] and low[j] in ordinary and low[j] not in _STOP:
        end = j
        j += 1
    return end


def _name_after(low: list[str], joined: list[bool], k: int, dotted: list[bool] | None = None) -> list[int]:
    """The word indices of the name right after the title at ``k`` ([] when there is none).

    ``dotted[m]``: words m and m+1 are separated by ". " (a middle initial: "howard f. sachs")."""
    ordinary, plain = word_classes()
    run: list[int] = []
    k = _office_end(low, joined, k, ordinary)
    j = k + 1
    initials = 0
    # initials before the name: "mp r. selvaraj", "sho k. p. singh" (each a letter and ". ")
    lead: list[int] = []
    while dotted is not None and j + 1 < len(low) and len(lead) < 2 and (dotted[j - 1] if lead else joined[j - 1]) \
            and len(low[j]) == 1 and low[j].isalpha() and dotted[j]:
        lead.append(j)
        j += 1
    if lead and not (j < len(low) and _name_word(low[j], ordinary)):
        return []
    while j < len(low) and (joined[j - 1] or (lead and j == lead[-1] + 1)) and _name_word(low[j], ordinary):
        run.append(j)
        j += 1
        if len(run) - initials > 3:
            return []  # four name words in a row: not sure what it is
        # a middle initial between name words: "george w. bush", "mary j. okafor"
        if dotted is not None and j + 1 < len(low) and not initials and joined[j - 1] \
                and len(low[j]) == 1 and low[j].isalpha() and dotted[j] and _name_word(low[j + 1], ordinary):
            run.append(j)
            initials += 1
            run.append(j + 1)
            j += 2
    # a word like a verb form or an adverb closes the name unless another name word follows
    while run and low[run[-1]].endswith(("ed", "ing", "ly")):
        run.pop()
    if not run or (all(low[m] in plain for m in run) and not lead):  # initials before it: a name ("r. k. yadav")
        return []
    return lead + run


def names_after_titles(base: str, chars: list[str], words, low: list[str], joined: list[bool]) -> list[int]:
    """Capitalise the name after every title in ``low`` and the title chain before it (in place).
    Returns the indices of the names' words."""
    from lapwing.nlp.truecase import _cap

    names: list[int] = []
    dotted = [base[words[m].end():words[m + 1].start()] == ". " for m in range(len(words) - 1)]
    for k, word in enumerate(low):
        if word == "major" and k and low[k - 1] in _RANKED and joined[k - 1]:
            pass  # "police major jonel abapo": a rank after a force
        elif not _is_title(word) or (k and low[k - 1] in _DETERMINERS and joined[k - 1]):
            continue  # "the chief guest", "a general manager": a title alone after "the" is a noun
        run = _name_after(low, joined, k, dotted)
        for m in run:
            start, end = words[m].start(), words[m].end()
            seg = "".join(chars[start:end])
            if len(seg) > 1 and seg.isupper() and not base[start:end].isupper():
                chars[start:end] = list(base[start:end])  # a lexicon's acronym: a name here ("olaf")
            chars[start] = _cap(chars[start])
            for q in range(start + 1, end - 1):  # "al-bashir", "o'neill": each part capitalised
                if chars[q] in "-'\u2019":
                    chars[q + 1] = _cap(chars[q + 1])
        if run:
            _chain_before(base, chars, words, low, run[0])
            names.extend(run)
    return names


#: Words of a title chain, capitalised before a name as news writes them ("Home Minister", "Crown Prince");
#: descriptive titles stay lower case ("opposition leader", "army chief", "police spokesman").
CHAIN_WORDS = (TITLE_HEADS - frozenset("""leader spokesman spokeswoman spokesperson chief commander lawmaker
legislator cleric imam envoy director prosecutor judge magistrate chairman chairwoman""".split())) | frozenset("""
vice prime deputy foreign defence defense interior home finance justice economy trade health
education energy labour labor agriculture information crown acting first major
""".split())


#: Titles news writes in capitals ("SHO Vikram Singh", "DSP", "MP").
ACRONYM_TITLES = frozenset("sho dsp ssp dgp igp asp dcp acp mp cm pm mla mlc si asi".split())


def _chain_before(base: str, chars: list[str], words, low: list[str], i: int) -> None:
    """Capitalise up to three title words right before the name at ``i`` ("home minister")."""
    from lapwing.nlp.truecase import _cap

    k = i - 1
    while k >= 0 and i - k <= 3 and base[words[k].end():words[k + 1].start()] == " " and (
            low[k] in CHAIN_WORDS or ("-" in low[k] and low[k].rsplit("-", 1)[1] in CHAIN_WORDS)):
        first = words[k].start()
        for q in range(first, words[k].end() if low[k] in ACRONYM_TITLES else first + 1):
            chars[q] = _cap(chars[q])
        k -= 1


#: Nouns after which "us" is the country, not the pronoun ("us troops", "paid in us dollars").
#: Words after which ``us`` is the country: an article or determiner the pronoun never follows.
_US_AFTER = frozenset("the a".split())
US_NOUNS = frozenset("""
dollar dollars troops forces military army navy officials official president government embassy envoy
ambassador sanctions senator senators congress administration diplomats diplomat soldiers citizens
citizen department authorities intelligence drone drones warships aid court election elections
""".split())


#: Acronyms of news that are no English word in any case ("mla", "sho"): always in capitals.
NEWS_ACRONYMS = frozenset("sho dsp ssp dgp igp dcp acp mla mlc mca ngo ceo sdm".split())


def acronym_in_context(word: str, nxt: str, table: dict, common: frozenset[str], prev: str = "") -> str | None:
    """An acronym that only its context tells: ``us`` before a noun only the country takes ("us
    troops" -> "US troops") or after ``the`` (the pronoun never follows an article: "the us
    threatens tariffs"), an acronym of :data:`NEWS_ACRONYMS`, the plural of one or of an acronym a
    lexicon writes ("mlas" -> "MLAs", "ngos" -> "NGOs")."""
    if word == "us":
        return "US" if nxt in US_NOUNS or prev in _US_AFTER else None
    if word in NEWS_ACRONYMS:
        return word.upper()
    if len(word) > 2 and word.endswith("s") and word not in common:
        form = word[:-1].upper() if word[:-1] in NEWS_ACRONYMS else table.get((word[:-1],))
        if form is not None and len(form) > 1 and form.isupper():
            return form + "s"
    return None


def unknown_pairs(base: str, chars: list[str], words, low: list[str], joined: list[bool]) -> list[int]:
    """Two or three words in a row that are no English Lapwing knows ("sanjay sah", "maitighar
    mandala") are a name: capitalised; so is a word the treebanks have as a name followed by one unknown word
    ("ivan petrov"). Returns the indices of the words capitalised."""
    from lapwing.nlp.truecase import _cap

    ordinary, _ = word_classes()
    seen = _model_strings()

    def known(w: str) -> bool:  # seen in the treebanks: itself, its singular, or every part of it
        return w in seen or (w.endswith("s") and (w[:-1] in seen or (w.endswith("es") and w[:-2] in seen))) \
            or ("-" in w and all(known(p) for p in w.split("-") if p))

    def unknown(m: int) -> bool:
        w = low[m]
        return _name_word(w, ordinary) and not known(w) and not w.endswith(("ed", "ing", "ly")) \
            and not base[words[m].start():words[m].end()].isupper()

    def given_name(m: int) -> bool:  # a known word the treebanks also have as a name ("ivan", "anna")
        w = low[m]
        return _name_word(w, ordinary) and known(w) and w.capitalize() in seen and w.isalpha() \
            and not w.endswith(("ed", "ing", "ly", "s")) and w not in STOP_WORDS and w not in _NOT_GIVEN

    done: list[int] = []
    n = len(low)
    m = 0
    while m < n:
        if not unknown(m):
            if given_name(m) and m + 1 < n and joined[m] and unknown(m + 1) \
                    and not (m + 2 < n and joined[m + 1] and unknown(m + 2)) and (m == 0 or not joined[m - 1] or not unknown(m - 1)):
                # "ivan petrov", "anna voss": a name's first word the treebanks have, its last word unknown
                for q in (m, m + 1):
                    chars[words[q].start()] = _cap(chars[words[q].start()])
                    done.append(q)
                m += 2
                continue
            m += 1
            continue
        j = m
        while j + 1 < n and joined[j] and unknown(j + 1):
            j += 1
        if 1 <= j - m <= 2 and (m == 0 or not joined[m - 1] or not unknown(m - 1)):
            for q in range(m, j + 1):
                chars[words[q].start()] = _cap(chars[words[q].start()])
                done.append(q)
        m = j + 1
    return done

