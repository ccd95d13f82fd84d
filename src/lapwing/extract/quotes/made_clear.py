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


# words of a bare time between 'clear' and 'that' ('made clear Tuesday night that', 'made it plain last week that')
_TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
               "tonight", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "last",
               "this", "earlier", "on"}


def clause_after_time(token: Token) -> int | None:  # noqa: C901
    """Where the reported clause starts after 'made clear' and a bare time before 'that' ('made clear Tuesday night
    that [the army ...]'), which the parser hangs on the time as a relative clause; None when no time stands between
    the plain word and 'that' (the parse then gives the clause, or the plain word is followed by it)."""
    if token.lower_ not in MAKE_FORMS or not made_clear(token):
        return None
    doc = token.doc
    k = next(k for k in range(token.i + 1, token.i + 4) if doc[k].lower_ in _PLAIN_WORDS)
    j = k + 1
    while j < len(doc) and j - k <= 3 and doc[j].lower_ in _TIME_WORDS:
        j += 1
    if j + 1 >= len(doc) or doc[j - 1].lower_ in ("on", "this"):
        return None
    if doc[j].lower_ != "that":
        # 'has made clear [she] will seek ...': a clause with no 'that', opened by its own subject
        x = doc[j]
        own = x.dep_ in ("nsubj", "nsubj:pass") and x.head.i > x.i and x.head.pos_ in ("VERB", "AUX") \
            and (x.lower_ in _SUBJECT_PRONOUNS or x.pos_ == "PROPN")
        return j if own else None
    nxt = doc[j + 1]
    return j + 1 if nxt.pos_ in ("PRON", "DET", "PROPN", "NOUN", "NUM", "ADJ") and nxt.lower_ not in ("which", "who") else None


_SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i", "it"}


def plain_clause(token: Token) -> list[Token]:
    """The clause 'make ... clear' reports where the parser hung it on the plain word ('made it clear [that he would
    stay]') or beside the verb with a subject of its own and no 'that' ('has made clear [she will not sign]')."""
    if not made_clear(token):
        return []
    plain = next((c for c in token.children if c.dep_ == "xcomp" and c.lower_ in _PLAIN_WORDS), None)
    if plain is not None:
        on_plain = [c for c in plain.children if c.dep_ == "ccomp" and c.i > plain.i]
        if on_plain:
            return on_plain[:1]
    return [c for c in token.children if c.dep_ == "parataxis" and c.i > token.i and c.pos_ in ("VERB", "AUX")
            and any(k.dep_ in ("nsubj", "nsubj:pass") and (k.lower_ in _SUBJECT_PRONOUNS or k.pos_ == "PROPN")
                    and k.i < c.i for k in c.children)][:1]
