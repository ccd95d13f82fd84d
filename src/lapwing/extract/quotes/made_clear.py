"""'make it clear that ...': 'make' with 'clear', 'plain' or 'known' after it (and perhaps 'it' and an adverb between)
reports the clause after it, as a speech verb does ('Holm made it clear that the port would stay shut', 'The
ministry has made plain that ...'). 'make' alone is no cue ('made sure that', 'made it possible')."""

from __future__ import annotations

from spacy.tokens import Token

MAKE_FORMS = {"make", "makes", "made", "making"}
_PLAIN_WORDS = {"clear", "plain", "known", "explicit", "abundantly"}
_BETWEEN = {"it", "very", "quite", "perfectly", "crystal", "absolutely", "abundantly", "all", "too", "so", "also"}


def made_clear(token: Token) -> bool:
    """True for 'make' followed by 'clear' / 'plain' / 'known' / 'explicit' within three words, past only 'it' and
    adverbs of degree, with words after it to report."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    doc = token.doc
    for k in range(token.i + 1, min(len(doc), token.i + 4)):
        low = doc[k].lower_
        if low in _PLAIN_WORDS and low != "abundantly":
            return k + 1 < len(doc) and not doc[k + 1].is_punct or k + 1 < len(doc) and doc[k + 1].text == ":"
        if low not in _BETWEEN:
            return False
    return False


_SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i", "it"}


def clause_start(token: Token) -> int | None:
    """Where the clause 'make ... clear' reports starts when the parse gives it no clause: right after the plain word,
    past a 'that' ('made it clear [that] ...') or at the clause's own subject ('made it plain [he] wants ...');
    None otherwise ('made clear the need for ...')."""
    if token.lower_ not in MAKE_FORMS or not made_clear(token):
        return None
    doc = token.doc
    j = next(k for k in range(token.i + 1, token.i + 4) if doc[k].lower_ in _PLAIN_WORDS) + 1
    if j + 1 >= len(doc):
        return None
    x = doc[j]
    if x.lower_ == "that":
        nxt = doc[j + 1]
        opens = nxt.pos_ in ("PRON", "DET", "PROPN", "NOUN", "NUM", "ADJ") and nxt.lower_ not in ("which", "who")
        return j + 1 if opens else None
    own = x.dep_ in ("nsubj", "nsubj:pass") and x.head.i > x.i and x.head.pos_ in ("VERB", "AUX") \
        and (x.lower_ in _SUBJECT_PRONOUNS or x.pos_ == "PROPN")
    return j if own else None
