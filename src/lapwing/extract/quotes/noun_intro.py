"""A quote after a comma closing a clause whose verb puts out a statement, a message or a post ('The mayor issued a
statement, "..."', 'Ruiz posted a message on Facebook, "..."'): the clause's subject speaks, with that verb as the
cue. A clause with no such noun ('The mayor looked at the crowd, "..."') gives nothing."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.quotes.colon_intro import _usable
from lapwing.extract.quotes.cues import lexicon
from lapwing.extract.quotes.subjects import _subject_of

# what is put out in words, beyond the speech nouns of the lexicon
_PUT_OUT = {"statement", "statements", "message", "messages", "post", "tweet", "note", "letter", "email", "memo",
            "release", "video", "ad", "advertisement", "plea", "appeal", "ultimatum", "challenge", "rebuke", "retort"}
# how many words the statement noun may stand from the comma ('issued a statement [on Monday night]')
_TAIL_WORDS = 5


def statement_intro(words: list[Token]) -> tuple[Token, Token] | None:
    """(verb, speaker) for the words before a quote (no punctuation, in text order, the text before the quote ending
    with a comma) when they end in a clause whose verb takes a statement noun as its object and whose subject can
    speak; None otherwise."""
    if not words:
        return None
    nouns = lexicon().nouns
    tail = words[-(_TAIL_WORDS + 1):]
    for k in range(len(tail) - 1, -1, -1):
        t = tail[k]
        if t.lower_ not in _PUT_OUT and t.lower_ not in nouns:
            continue
        verb = t.head
        if t.dep_ not in ("obj", "dobj") or verb.pos_ != "VERB" or verb.i > t.i:
            return None
        after = tail[k + 1:]
        if any(u.pos_ in ("VERB", "AUX") or not (verb.left_edge.i <= u.i <= verb.right_edge.i) for u in after):
            return None  # ('issued a statement that was read out, "..."': another clause after the noun)
        who = _subject_of(verb)
        return (verb, who) if _usable(who) else None
    return None
