"""Inverted cues: the speaker after a cue that follows its content ('"...," said Mr. Barrett, the lawyer for the
agency'), however the parser hung the name."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.quotes.cues import _TELL_LIKE, SUBJ_DEPS, lexicon, right_after_quote
from lapwing.extract.quotes.segmentation import QUOTE_CHARS
from lapwing.extract.quotes.subject_words import is_time_word


def inverted_subject(verb: Token) -> Token | None:
    """'..., said Mr. Barrett, the lawyer for the agency.': a cue after its content with the speaker after it, which
    the parser may hang on the cue as an object or a clause. The cue follows a comma (or a closing quotation mark)
    and the name comes right after it."""
    doc = verb.doc
    # (a cue right after its quote the tagger read as a participle: '"...," opined [Cleveland's Plain Dealer].')
    if verb.i == 0 or verb.i + 1 >= len(doc) or verb.tag_ not in ("VBD", "VBZ", "VBP") \
            and not (verb.tag_ == "VBN" and right_after_quote(verb)):
        return None
    if doc[verb.i - 1].text not in (",",) and doc[verb.i - 1].text not in QUOTE_CHARS:
        return None
    if any(c.dep_ in SUBJ_DEPS for c in verb.children):
        return None
    nxt = doc[verb.i + 1]
    if nxt.pos_ not in ("PROPN", "NOUN", "DET", "ADJ", "NUM") and not (nxt.pos_ == "PRON" and nxt.tag_ == "PRP$"):
        # ('added his campaign manager Jeff Weaver': a possessive opens the speaker's noun phrase)
        return _name_after(verb)
    found = next((c for c in verb.children if c.i > verb.i and c.pos_ in ("PROPN", "NOUN")
                  and c.dep_ in ("nsubj", "ccomp", "obj", "dep", "appos", "xcomp") and c.left_edge.i == verb.i + 1), None)
    name = _name_after(verb)
    if found is not None and name is not None and name.i < found.i:
        return name  # '..., said [Christine Link], executive director of the union': the parser hung the name low
    return found or name


def _inverted_after(verb: Token, subjects: list[Token]) -> Token | None:
    """An inverted cue right after a comma or a closing quotation mark whose speaker comes after it, when the parser
    gave it another subject ('"...," like the recent turmoil of markets, said [Ruth Lind]', '"...," said [Jon Berg],
    the author of "A Life," a biography'): the subject right after the cue, else the name right after it."""
    doc = verb.doc
    if verb.i == 0 or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if doc[verb.i - 1].text != "," and doc[verb.i - 1].text not in QUOTE_CHARS:
        return None
    after = next((c for c in subjects if c.i > verb.i and c.left_edge.i == verb.i + 1), None)
    name = _name_after(verb)
    if name is not None and (is_time_word(name) or after is not None and name.i > after.i):
        name = None
    return name or after  # (a name the parser hung low under a later subject is the speaker)


_NAME_AFTER_WORDS = 6  # longest speaker phrase read linearly after an inverted cue ('said retired surgeon Ben Carson')


def _name_after(verb: Token) -> Token | None:
    """'..., said Skelly, explaining ...', '..., said retired neurosurgeon Ben Carson, asked about ...': when the
    parse lost the name after an inverted cue, the last capitalised word of the words right after the cue, up to a
    comma or the sentence's end, when they are only a name with its title or role words."""
    doc = verb.doc
    if lexicon().lemma(verb) in _TELL_LIKE:
        return None  # '..., Ana Ruiz told The Daily Courier.': the name after 'told' is the hearer
    words: list[Token] = []  # (past a sentence break the parser put right after the cue: '..., said | Christine Link,')
    for t in doc[verb.i + 1 : min(len(doc), verb.i + 2 + _NAME_AFTER_WORDS)]:
        if t.text in (",", ".", ";") or t.is_space:
            break
        words.append(t)
    else:
        return None
    if not words or len(words) > _NAME_AFTER_WORDS:
        return None
    caps = [t for t in words if t.text[:1].isupper() and t.is_alpha]
    if not caps or not all(t.text[:1].isupper() or t.pos_ in ("DET", "ADJ", "NOUN") or t.dep_ in ("amod", "compound")
                           or t.text == "." for t in words):
        return None
    return caps[-1]
