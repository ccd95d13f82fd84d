"""A cue of handing over or showing a thing whose object is a thing, not words (session 26, round 42, issue 16):
'The finance minister presented [the budget] to parliament', 'Labour MPs tabled [a bill] on rents', 'The president
presented [the medal] to the widow'. The verb (``handverb`` in the lexicon) with a ``thing`` noun as its object and
nothing said about it reports no words: no quote. A content clause, an 'as' judgement or quoted words keep the quote
('presented his plan as a way to cut costs', 'presented the budget, "a budget for workers"')."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.quotes.cues import SpeechLexicon

_CLAUSE_DEPS = ("ccomp", "parataxis")
_QUOTE_MARKS = '"\u201c\u201d'


def hands_over_thing(verb: Token, lex: SpeechLexicon, lo: int, hi: int) -> bool:
    """``verb`` (an object cue) hands over or shows a thing and its content ``doc[lo:hi]`` is only that thing."""
    if verb.lower_ not in lex.hand_forms:
        return False
    doc = verb.doc
    obj = next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i), None)
    if obj is None or obj.pos_ != "NOUN" or not (obj.lower_ in lex.thing_nouns or obj.lemma_.lower() in lex.thing_nouns):
        return False
    if any(c.dep_ in _CLAUSE_DEPS for c in verb.children):
        return False  # 'presented the budget and said ...' / a clause of the cue's own: words
    words = doc[lo:hi]
    if any(ch in words.text for ch in _QUOTE_MARKS):
        return False  # quoted words in the object: words said
    if any(w.lower_ == "as" for w in words):
        return False  # 'presented the plan as a way to ...': a judgement of the speaker's
    # a content clause on the noun ('a plan that taxes would fall', with 'that' a marker, not the clause's subject)
    return not any(c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
                   for c in obj.children)
