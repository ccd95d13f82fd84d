"""Truecasing, a person named once is named again: ``... interior minister ann koroma ...  koroma said``.

News gives a person's full name once (after a title, or as two words no English has) and then the
surname alone: "Interior Minister Ann Koroma announced ...", later "Koroma said", "Koroma's office
said". In a lower-cased article the first mention is recased (:mod:`lapwing.nlp.truecase_names`),
but the later bare surname stayed lower case, the parser read it as a common noun, and the
statement, its speaker and the events it reports (and the pronouns that refer back to it) were lost.

:func:`repeat_surnames` capitalises, anywhere in the article, the last word of a person's name that
an earlier step capitalised as a name of two or more words (a name after a title, an unknown pair, a
known person of the actors lexicon):

* a surname that is no English the shipped model's treebanks have in lower case ("koroma",
  "dellacroix"): every other occurrence;
* a surname that is also an English word or a name-like common word ("baker", "rice", "hunter",
  "trump", "wine"): only where a clause's subject stands, after punctuation, at a sentence start,
  after ``mr``/``mrs``/``ms``/``dr`` or a conjunction (``and``, ``that``, ``when``...; not after
  "the", "a", an adjective), and before a verb of saying, an auxiliary or a past form ("baker
  said", "and wine says", "that trump was", "trump demanded") or as a possessive ("baker's");
* never an ordinary word (stop words, trigger lemmas, agent words, titles: see
  :func:`lapwing.nlp.truecase_names.word_classes`), nor a word of one or two letters.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

#: Verbs of saying after which a bare word is a speaker's name ("baker said").
REPORTING = frozenset("""said says told tells added adds explained noted wrote writes asked warned insisted argued
stated declared announced replied testified recalled acknowledged confirmed denied""".split())

_HONORIFICS = frozenset("mr mrs ms dr prof".split())

#: Words after which a name may stand as a clause's subject ("and wine says", "that trump was").
_BEFORE_SUBJECT = _HONORIFICS | frozenset("""and but that when while because as after before if where though
although so said says""".split())

#: Auxiliaries after a subject ("baker was", "hunter has").
_AUXILIARIES = frozenset("was is has had will would could can should may might must did does".split())


def _verb_after(word: str) -> bool:
    """A finite verb that a subject's name stands before: a verb of saying, an auxiliary, a past form."""
    return word in REPORTING or word in _AUXILIARIES or (len(word) > 4 and word.endswith("ed"))


def _name_runs(words, low: list[str], joined: list[bool], name_words: set[int]) -> list[list[int]]:
    """Runs of two or more consecutive name words separated by spaces only (or after an initial)."""
    runs: list[list[int]] = []
    cur: list[int] = []
    for k in sorted(name_words):
        if cur and k == cur[-1] + 1 and (joined[cur[-1]] or len(low[cur[-1]]) == 1):  # "mary j. adeyemi"
            cur.append(k)
        else:
            if len(cur) > 1:
                runs.append(cur)
            cur = [k]
    if len(cur) > 1:
        runs.append(cur)
    return runs


def repeat_surnames(base: str, chars: list[str], words, low: list[str], joined: list[bool],
                    name_words: set[int]) -> list[int]:
    """Capitalise later (and earlier) bare mentions of the surnames of ``name_words``' names (in place).

    ``name_words`` are the indices of words an earlier step capitalised as part of a person's name
    (title chains included: only the last word of each run counts). Returns the indices capitalised."""
    from lapwing.nlp.truecase import _cap
    from lapwing.nlp.truecase_names import _model_strings, _name_word, word_classes

    ordinary, plain = word_classes()
    seen = _model_strings()
    surnames = {low[run[-1]] for run in _name_runs(words, low, joined, name_words)}
    surnames = {w for w in surnames if len(w) > 2 and w.isalpha() and w not in STOP_WORDS
                and _name_word(w, ordinary)}
    done: list[int] = []
    for k, w in enumerate(low):
        if w not in surnames or k in name_words or chars[words[k].start()].isupper():
            continue
        if w in plain or w in seen:  # also an English word: only where a name stands
            prev_free = k == 0 or not joined[k - 1] or low[k - 1] in _BEFORE_SUBJECT
            end = words[k].end()
            possessive = base[end:end + 2] in ("'s", "\u2019s")
            verb = k + 1 < len(low) and joined[k] and _verb_after(low[k + 1])
            if not (prev_free and (verb or possessive)):
                continue
        chars[words[k].start()] = _cap(chars[words[k].start()])
        done.append(k)
    return done
