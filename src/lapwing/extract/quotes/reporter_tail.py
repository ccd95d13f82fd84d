"""A reporter clause closing the sentence of a nested attribution: 'X sought to revive the deal, the Courier reported.'
/ 'The witness said the order was to "keep quiet," according to the report.'

The cue clause (X's) is what the reporter reports: its content ends before the comma that opens the reporter's clause,
never running over it (the reporter's words are not X's). Which speaker the trimmed quote gets is decided later
(``nested.reporter_of``): the outer reporter for the outer content, the inner cue's subject only for the inner content.

A reporter clause here is, after a comma (a closing quotation mark may stand before or after it) and up to the end of
the sentence, either 'according to <noun phrase>' or '<noun phrase> [adverbs] [has] reported / reports' ('Politico
recently reported', 'the Associated Press has reported'), or 'reports <noun phrase>'.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import char_range, token_columns
from lapwing.extract.quotes.index import index_of
from lapwing.extract.quotes.segmentation import CLOSERS, _Found

# the reported-speech rules whose content may run over a reporter's clause at the end of the sentence
TAIL_RULES = {"indirect:complement", "indirect:linear", "indirect:to-clause", "indirect:object", "indirect:cue-after",
              "indirect:as-reported"}
REPORT_FORMS = {"reported", "reports", "reporting"}
_NP_TAGS = {"NNP", "NNPS", "NN", "NNS", "DT", "POS", "JJ", "HYPH", "CD", "PRP$"}
TAIL_ADVERBS = {"recently", "also", "first", "later", "earlier", "previously", "originally", "initially", "has",
                 "have", "had"}
_MOST_WORDS = 8  # the most words of the reporter's noun phrase


def _is_reporter(words: list) -> bool:
    """``words`` (after the comma, up to the sentence's end, closing punctuation left off) are a reporter's clause."""
    if len(words) >= 3 and words[0].lower_ == "according" and words[1].lower_ == "to":
        # the noun phrase alone up to the sentence's end ('according to the audit, and that ...' goes on)
        return len(words) <= _MOST_WORDS + 2 + 6 and any(u.pos_ in ("PROPN", "NOUN") for u in words[2:]) and not any(
            u.text in (",", ";", ":") or u.tag_ in ("VBD", "VBZ", "VBP", "MD") for u in words[2:])
    if len(words) < 2 or len(words) > _MOST_WORDS + 3:
        return False
    if words[0].lower_ in REPORT_FORMS:  # '..., reports USA Today.'
        rest = words[1:]
        return all(u.tag_ in _NP_TAGS for u in rest) and any(u.tag_ in ("NNP", "NNPS") for u in rest)
    if words[-1].lower_ not in REPORT_FORMS:
        return False
    head = words[:-1]
    while head and head[-1].lower_ in TAIL_ADVERBS:
        head = head[:-1]
    return bool(head) and all(u.tag_ in _NP_TAGS for u in head) and any(u.tag_ in ("NNP", "NNPS") for u in head) \
        and head[0].tag_ not in ("POS",)


def tail_start(doc: Doc, start: int, end: int) -> int | None:
    """Where [start, end) (characters) should end when a reporter's clause closes its sentence inside it: the end of
    the last word (or closing quotation mark) before the comma; None when there is no such clause."""
    bounds = char_range(doc, start, end)
    if bounds is None or bounds[1] - bounds[0] < 4:
        return None
    first, stop = bounds
    _, sent_hi = index_of(doc).sent_range(stop - 1)
    cols = token_columns(doc)  # the words' text, offsets and flags as lists: no Token per position read
    text, idx, punct, space = cols.text, cols.idx, cols.punct, cols.space
    last = min(stop, sent_hi)
    while last > first and (punct[last - 1] and text[last - 1] in (".", "!", "?")
                                 or space[last - 1] or text[last - 1] in CLOSERS):
        last -= 1
    for k in range(last - 2, first + 1, -1):
        if text[k] != ",":
            continue
        lo = k + 1
        while lo < last and text[lo] in CLOSERS:
            lo += 1  # ',” according to ...': the comma inside the quotation marks
        if not _is_reporter(list(doc[lo:last])):
            continue
        cut = k
        while cut > first and space[cut - 1]:
            cut -= 1
        if cut - first < 2:
            return None
        # a quotation mark closing right after the comma belongs to the words before it
        if text[k + 1] in CLOSERS:
            return idx[k + 1] + len(text[k + 1])
        return idx[cut - 1] + len(text[cut - 1])
    return None


def trim_reporter_tails(doc: Doc, found: list[_Found]) -> None:
    """End each reported-speech quote of ``found`` before a reporter's clause closing its sentence (see the module's
    docstring); the cue must stand before that clause."""
    for f in found:
        if f.kind != "indirect" or f.rule not in TAIL_RULES or not isinstance(f.cue, Token):
            continue
        new_end = tail_start(doc, f.start, f.end)
        if new_end is None or new_end <= f.start or new_end >= f.end or f.cue.idx >= new_end:
            continue
        f.end = new_end
