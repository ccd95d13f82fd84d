"""A person's name before the role the parser made the speaker: '[Olayinka Badmus], deputy project director for
Global Health, said ...' parsed with 'director' as the subject and the name hung on it as a modifier (the tagger often
takes a name it does not know for a place or an organisation). The name, its comma and the role open the subject's
phrase, so the name is the speaker's: read on the words, only where the parser hung the name on the role."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lapwing.extract.quotes.index import index_of
from lapwing.extract.quotes.segmentation import QUOTE_CHARS

ROLE_WORDS = 5  # the longest role before its head ('deputy project director')
_ROLE_DEPS = {"compound", "amod", "nmod", "flat"}  # how the name and the role's words hang on the role's head
_OPENERS = {",", "\u2014", "\u2013", "--", ":"}  # what may stand before the name (after a phrase opening the sentence)


def name_before_role(token: Token) -> Span | None:
    """The name of two to four capitalised words before ``token``'s role phrase and its comma, hung on ``token``
    (directly or through each other), opening the sentence or following a comma or a closing quotation mark; None
    when there is no such name. ``token`` is a singular common noun with no determiner or possessor ('a spokesman',
    'the minister', 'its director' are appositions the parser reads right)."""
    if token.pos_ != "NOUN" or token.tag_ != "NN":
        return None
    if any(c.dep_ in ("det", "nmod:poss", "poss", "det:poss") and c.i < token.i for c in token.children):
        return None
    doc = token.doc
    lo = index_of(doc).sent_start(token)
    k = token.i - 1
    while k >= lo and token.i - k <= ROLE_WORDS and doc[k].pos_ in ("NOUN", "ADJ") and doc[k].is_lower \
            and _hangs_on(doc[k], token):
        k -= 1
    if k < lo or doc[k].text != ",":
        return None
    end = k
    k -= 1
    while k >= lo and doc[k].pos_ == "PROPN" and doc[k].is_alpha and doc[k].text.istitle() and end - k <= 4:
        k -= 1
    start = k + 1
    if end - start < 2 or not (k < lo or doc[k].text in _OPENERS or doc[k].text in QUOTE_CHARS or doc[k].is_space):
        return None
    run = doc[start:end]
    if not all(_hangs_on(t, token) for t in run) or any(t.ent_type_ in ("NORP",) for t in run):
        return None
    return run


def _hangs_on(t: Token, head: Token) -> bool:
    """``t`` hangs on ``head`` through modifier relations only (a compound, an adjective, a flat name ...)."""
    for _ in range(6):
        if t.i == head.i:
            return True
        if t.dep_ not in _ROLE_DEPS:
            return False
        t = t.head
    return False
