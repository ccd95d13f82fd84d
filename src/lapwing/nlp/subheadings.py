"""Subheadings run into the next sentence: a flattened web page loses the line break after a subheading, and
the parser reads the heading as part of the next sentence's subject ("... reserves. *Fresh concerns* The Kenyan
opposition accused ...": the accuser was lost; "*Regional support vital* Lula, speaking Monday, thanked ...").

Run by ``lapwing_boundaries`` (after the tagger, before the parser). A heading is recognised only when all hold:

* it follows a sentence's end (".", "!", "?", or a closing quotation mark after one) and opens with a capital
  (or with "The" and a lower-case word: "The escape The prison break began ...");
* it is one to six words that are nouns, adjectives, numbers, "and", a possessive, or a participle (a heading has
  no finite verb, no determiner, no preposition), every word after the first in lower case or an acronym;
* the next word opens a sentence in a way no sentence goes on: a capitalised determiner, pronoun, preposition or
  sentence adverb (:data:`OPENERS`: "The", "In", "Since", "According", ...; never "I"), or -- after a heading that
  ends in a predicative adjective after a noun ("support crucial") -- a capitalised name followed by a comma;
* the words after it contain a finite verb (or a participle, which the tagger often makes of a main verb after a
  name) before the next full stop.

"Israeli newspaper The Times said" (a medium's name after its kind) and "to The Hague" (a preposition) stay whole.
"""

from __future__ import annotations

from spacy.tokens import Doc

#: capitalised words that open a sentence and never stand capitalised inside one (in news prose)
OPENERS = frozenset(
    "The A An In On At Since After When While Although Though Despite During Under With This These Those It He She "
    "They We Last According As For But However Meanwhile Earlier Later Many Some Most Several Until Before If "
    "Following Amid".split())

#: tags a heading's words may have
_HEADING_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "CC", "POS", "VBG", "VBN", "HYPH"))
_FINITE = frozenset(("VBD", "VBZ", "VBP", "MD"))
#: after "NAME, speaking ...," the tagger often reads the main verb as a participle ("..., dismissed concerns")
_FINITE_OR_PARTICIPLE = _FINITE | {"VBN"}
_ENDS = frozenset((".", "!", "?"))
_CLOSING = frozenset(("\"", "\u201d", "'", "\u2019"))
#: a medium, work or vessel named after its kind ("the daily The Hindu", "newspaper The Times")
_NAMED_KINDS = frozenset(
    "newspaper newspapers daily paper magazine weekly tabloid broadcaster channel network website outlet newsletter "
    "journal film movie book novel song album show series band ship vessel ferry hotel".split())
MAX_WORDS = 6
#: the sentence after a heading keeps at least its first words together
LEAD_WORDS = 4
#: how far (in tokens) the sentence after the heading is searched for its finite verb
VERB_REACH = 40


def _word(t) -> bool:
    s = t.text
    return any(c.isalpha() for c in s) and all(c.isalpha() or c in "-'\u2019" for c in s)


def _after_end(doc: Doc, i: int) -> bool:
    prev = doc[i - 1].text
    if prev in _ENDS:
        return True
    return prev in _CLOSING and i >= 2 and doc[i - 2].text in _ENDS


def _finite_after(doc: Doc, k: int, n: int, tags: frozenset[str] = _FINITE) -> bool:
    for j in range(k, min(n, k + VERB_REACH)):
        t = doc[j]
        if t.tag_ in tags:
            return True
        if t.text in _ENDS:
            return False
    return False


def _heading_end(doc: Doc, s: int, n: int, after_the: bool = False) -> int | None:
    """The index of the word that opens the sentence after a heading starting at ``s``, or None (``after_the``: the
    heading's first word follows its article "The" and is in lower case)."""
    first = doc[s]
    if first.text == "The" and s + 2 < n and not after_the:  # "The escape The prison break began ...": the heading's own article
        if doc[s + 1].text in OPENERS:
            return None
        k = _heading_end(doc, s + 1, n, after_the=True)
        return k if k is not None and doc[k].text in OPENERS else None
    if not ((first.text.islower() if after_the else first.text[:1].isupper()) and _word(first)
            and first.tag_ in _HEADING_TAGS) or first.text in OPENERS:
        return None
    for k in range(s + 1, min(n - 1, s + MAX_WORDS + 1)):
        t = doc[k]
        last = doc[k - 1]
        if t.text[:1].isupper() and _word(t):
            if last.tag_ in ("CC", "POS", "HYPH"):
                return None
            if t.text in OPENERS:
                if t.text in ("The", "A", "An") and last.lower_ in _NAMED_KINDS:
                    return None
                return k if _finite_after(doc, k, n, _FINITE_OR_PARTICIPLE) else None
            # "Regional support vital Lula, speaking ...": a predicative adjective after a noun, then a name and a comma
            if (last.tag_ == "JJ" and last.text.islower() and k - s >= 2
                    and any(doc[j].tag_ in ("NN", "NNS", "NNP", "NNPS") for j in range(s, k - 1))
                    and doc[k + 1].text == "," and _finite_after(doc, k, n, _FINITE_OR_PARTICIPLE)):
                return k
            if not (t.text.isupper() and len(t.text) >= 2):  # an acronym may stand inside a heading ("Key EU vote")
                return None
        if not (_word(t) or t.tag_ in ("POS", "HYPH")) or t.tag_ not in _HEADING_TAGS:
            return None
        if t.text[:1].isupper() and not t.text.isupper():
            return None
    return None


def split_subheadings(doc: Doc) -> None:
    """Make each run-together subheading of ``doc`` a sentence of its own (needs the tagger's tags; a doc without
    them is left as it is)."""
    n = len(doc)
    if n < 4 or not doc.has_annotation("TAG"):
        return
    for i in range(1, n - 2):
        if not _after_end(doc, i):
            continue
        k = _heading_end(doc, i, n)
        if k is None:
            continue
        doc[i].is_sent_start = True
        for j in range(i + 1, k):
            doc[j].is_sent_start = False
        doc[k].is_sent_start = True
        # the sentence after the heading keeps its first words together (the parser cut "He | 's missed ..." so)
        for j in range(k + 1, min(k + LEAD_WORDS, n)):
            if doc[j].is_space or doc[j].text in _ENDS:
                break
            doc[j].is_sent_start = False
