"""The speaker of a cue whose subject the parse lost altogether, read on the words of its sentence.

Used only when no rule on the parse found a subject (the parser made a noun the sentence's root, hung the cue on
an object, ...). Two readings, each only where the words leave no other candidate:

- the noun phrase right before a finite cue ('... and [researchers] hope that ...', '[executives] there indicate');
- the noun phrase that opens the sentence (past an opening phrase closed by a comma) for a cue that goes on its
  predicate: after 'and' ('[The affidavit] cited interviews and said that ...'), after the comma or dash that closes
  an aside on the subject ('[Marco Rubio], whose hometown ..., argues that ...'), or a participle after a comma
  ('[Cruz] said that A, adding that B').

Nothing is found when a personal pronoun or another noun right before a verb stands between (another clause's
subject), or when the sentence opens with no noun phrase.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.quotes.index import index_of
from lapwing.extract.quotes.segmentation import QUOTE_CHARS
from lapwing.extract.quotes.subject_words import _QUANTITY_SUBJECTS, is_time_word

_PERSONAL = {"he", "she", "they", "we", "i"}
_OTHERS = {"another", "others", "one"}  # 'tweeted another', 'Others said' (who they are is in the sentence before)
_NP_POS = {"DET", "ADJ", "PROPN", "NOUN", "NUM"}
_NP_TAGS = {"POS", "PRP$", "HYPH", "NNP", "NNPS"}
_OPENING_MOST = 16  # the longest opening phrase before the comma that closes it ('Speaking to supporters in ...,')
_NP_MOST = 8
_SKIP_WORDS = {"but", "and", "still", "now", "yet", "so", "meanwhile", "however", "also", "then"}


def _finite(t: Token) -> bool:
    return t.tag_ in ("VBD", "VBZ", "VBP")


_PAST_SAME = {"said", "told", "thought", "felt", "heard", "taught", "held", "meant", "read", "put", "found"}
_AUX_BEFORE = {"has", "have", "had", "having", "is", "are", "was", "were", "be", "been", "being"}


def _past_misread(cue: Token) -> bool:
    """A cue tagged as a past participle whose form is also the past tense ('joked', 'said'), with no auxiliary of
    its own and none right before it."""
    if cue.tag_ != "VBN" or not (cue.lower_.endswith("ed") or cue.lower_ in _PAST_SAME):
        return False
    if any(c.dep_ in ("aux", "aux:pass") for c in cue.children):
        return False
    return cue.i == 0 or cue.doc[cue.i - 1].lower_ not in _AUX_BEFORE


def _np_head(doc: Doc, start: int, stop: int) -> tuple[Token, int] | None:
    """(head, end) of the noun phrase opening at ``start`` (before ``stop``): its last noun, or a personal pronoun."""
    if start >= stop:
        return None
    if doc[start].lower_ in _PERSONAL:
        return doc[start], start + 1
    k = start
    while k < stop and k - start < _NP_MOST and (doc[k].pos_ in _NP_POS or doc[k].tag_ in _NP_TAGS
                                                  or doc[k].text == "." and doc[k - 1].tag_ == "NNP"):
        k += 1
    nouns = [t for t in doc[start:k] if t.pos_ in ("PROPN", "NOUN") and not is_time_word(t)]
    if not nouns or nouns[-1].i != k - 1 and doc[k - 1].tag_ not in ("NNP", "POS") and doc[k - 1].text != ".":
        return None
    return nouns[-1], k


def _adjacent(doc: Doc, cue: Token, lo: int) -> Token | None:
    """'... and [researchers] hope', '[executives] there indicate': a noun or personal pronoun right before a finite
    cue, past adverbs, that is no preposition's object."""
    if not _finite(cue):
        return None
    k = cue.i - 1
    while k >= lo and doc[k].pos_ == "ADV":
        k -= 1
    if k < lo:
        return None
    t = doc[k]
    if t.lower_ in _PERSONAL or t.lower_ in _OTHERS and (k == lo or doc[k - 1].is_punct):
        return t  # ('Another tweeted, "..."': a pronoun the tagger read as a determiner)
    if t.pos_ not in ("NOUN", "PROPN") and t.lower_ not in _QUANTITY_SUBJECTS or is_time_word(t):
        return None
    j = k
    while j > lo and (doc[j - 1].pos_ in _NP_POS or doc[j - 1].tag_ in _NP_TAGS):
        j -= 1
    if j > lo and doc[j - 1].pos_ in ("ADP", "VERB", "AUX"):
        return None  # 'with the researchers hope ...' / 'cited interviews hope': an object, not a subject
    return t


def _inverted_other(doc: Doc, cue: Token) -> Token | None:
    """'"...," tweeted another.' / '"...," wrote one.': a pronoun for another person right after an inverted cue,
    ending the sentence (the parser may read it as the cue's object)."""
    if cue.i + 2 >= len(doc) or not _finite(cue) or doc[cue.i - 1].text not in (",",) + tuple(QUOTE_CHARS):
        return None
    t = doc[cue.i + 1]
    return t if t.lower_ in _OTHERS and doc[cue.i + 2].text in (".", "!", ",", ";") else None


def _opening(doc: Doc, cue: Token, lo: int) -> Token | None:
    """The noun phrase that opens the sentence, for a cue on its predicate (see the module's docstring)."""
    k = cue.i - 1
    while k >= lo and doc[k].pos_ == "ADV":
        k -= 1
    if k < lo:
        return None
    prev = doc[k]
    if prev.text in QUOTE_CHARS and k > lo and doc[k - 1].text == ",":
        prev = doc[k - 1]  # '..., Cruz said that "A," adding that B'
    participle = cue.tag_ == "VBG" and prev.text == ","
    goes_on = _finite(cue) and (prev.lower_ == "and" or prev.text in (",", "\u2014", "\u2013", "--"))
    # 'Danish activist Lars Holm, a leading voice, joked on Facebook that ...': a past tense after the comma closing
    # an aside, which the tagger read as a participle on the name (only for a name: see the check below)
    misread_past = not goes_on and prev.text == "," and _past_misread(cue)
    if not (participle or goes_on or misread_past):
        return None
    start = lo
    while start < cue.i and (doc[start].lower_ in _SKIP_WORDS or doc[start].is_punct and doc[start].text != "\""):
        start += 1
    if start < cue.i and (doc[start].pos_ in ("ADP", "SCONJ") or doc[start].tag_ in ("VBG", "VBN")):
        # an opening phrase: 'Beyond the footage,', 'Speaking to supporters in Ohio,'
        comma = next((j for j in range(start, min(cue.i, start + _OPENING_MOST)) if doc[j].text == ","), None)
        if comma is None:
            return None
        start = comma + 1
    found = _np_head(doc, start, cue.i)
    if found is None:
        return None
    head, end = found
    if end >= cue.i or not (doc[end].pos_ in ("VERB", "AUX") or doc[end].text in (",", "(", "\u2014", "\u2013", "--")):
        return None
    if misread_past and (head.pos_ != "PROPN" or doc[end].text != ","):
        return None
    # another clause's subject between: a personal pronoun, or a noun right before a finite verb, outside asides
    for t in doc[end : cue.i]:
        if t.lower_ in _PERSONAL and t.dep_ != "obj":
            return None
    if goes_on and prev.lower_ == "and":
        for t in doc[end + 1 : k]:
            if t.pos_ in ("NOUN", "PROPN") and _finite(doc[t.i + 1]) and doc[t.i + 1].i != cue.i:
                return None
    return head


def _past_closed_quote(doc: Doc, lo: int, cue: int) -> int:
    """'... given back to states." [British politician X, a key figure, joked ...]': the parser ran a sentence on past
    a quote that closes with a full stop; the cue's sentence starts after the closing mark (at a capital)."""
    for k in range(cue - 2, max(lo - 1, 0), -1):  # (a mark the parser put first in the cue's sentence too)
        if doc[k].text in QUOTE_CHARS and doc[k - 1].text in (".", "?", "!") and doc[k + 1].text[:1].isupper():
            return k + 1
    return lo


def linear_subject(doc: Doc, cue: Token, content: tuple[int, int]) -> Token | None:
    """Who speaks for ``cue`` read on its sentence's words, outside the content's characters; None when unclear."""
    if cue.pos_ != "VERB":
        return None
    lo = _past_closed_quote(doc, index_of(doc).sent_start(cue), cue.i)
    for found in (_adjacent(doc, cue, lo), _inverted_other(doc, cue), _opening(doc, cue, lo)):
        if found is not None and not content[0] <= found.idx < content[1]:
            return found
    return None
