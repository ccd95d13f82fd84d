"""The speaker of a clause that introduces a quote with a colon ('The mayor was pleased: "..."').

The clause's own subject speaks: the subject of its main verb, or of the adjective or participle its copula carries,
not the subject of a clause inside it ('Another voter said he hoped Ruiz wins: "..."' is the voter's, and 'The
minister warned residents who live near the river: "..."' the minister's). A clause whose main subject says nothing
about who speaks ('It gets worse:', 'The answer is simple:') falls back to the last verb with a subject, a speech noun
with its owner ('The senator's response was blunt:') or a name ending the clause ('More from Jones:').
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.quotes.cues import SUBJ_DEPS, is_cue_verb, lexicon
from lapwing.extract.quotes.subject_words import _relative_who
from lapwing.extract.quotes.subjects import _subject_of

# subjects that never name a speaker ('It gets worse:', 'Here is what she said:')
_EMPTY_SUBJECTS = {"it", "there", "this", "that", "what", "which", "these", "those", "here"}


def _usable(subj: Token | None) -> bool:
    """A subject that can name who speaks: a name, a personal pronoun or a noun that is not a speech noun."""
    if subj is None or subj.lower_ in _EMPTY_SUBJECTS:
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ in ("he", "she", "they", "we", "i", "you", "who", "another", "others", "one")
    return subj.pos_ in ("PROPN", "NOUN") and subj.lower_ not in lexicon().nouns


def _main_clause_speaker(words: list[Token]) -> tuple[Token, Token] | None:
    """(cue, speaker) from the top of the clause: the highest verb, adjective or participle among ``words`` whose
    subject can name a speaker ('[Ana Ruiz] said she hoped Berg wins:', '[The board] was conclusive in its
    findings:', '"...," said [Ruiz], explaining she had worked with Berg, who ...:')."""
    ids = {t.i for t in words}
    tops = [t for t in words if t.head.i == t.i or t.head.i not in ids]
    for top in reversed(tops):
        if top.pos_ == "VERB":
            subj = _subject_of(top)
            if _usable(subj) and (subj.i < top.i or is_cue_verb(top)):
                return top, _relative_who(subj)
        if top.pos_ in ("ADJ", "AUX", "VERB"):
            # 'The mayor was pleased:', 'She is sure that ...:', "Here's Ruiz in 1992:"
            copula = top.pos_ == "AUX" or any(c.dep_ in ("cop",) for c in top.children)
            subj = next((c for c in top.children if c.dep_ in SUBJ_DEPS and c.dep_ != "csubj" and c.i != top.i), None)
            if copula and _usable(subj):
                return top, _relative_who(subj)
    return None


def _colon_intro(words: list[Token]) -> tuple[Token, Token] | None:
    """(cue, speaker) for a clause that introduces a quote with a colon: the main clause's subject (see
    :func:`_main_clause_speaker`), else the last verb with a subject, a speech noun with its owner, or the last name
    ('More from Jones:')."""
    main = _main_clause_speaker(words)
    if main is not None:
        return main
    for t in reversed(words):
        if t.pos_ in ("VERB",):
            subj = _subject_of(t)
            if subj is not None and subj.i < t.i:
                return t, _relative_who(subj)
    # 'The senator's response was blunt:' / 'His answer:': a speech noun with its owner
    nouns = lexicon().nouns
    for t in reversed(words):
        if t.lower_ in nouns and t.pos_ == "NOUN":
            owner = next((c for c in t.children if c.dep_ in ("nmod:poss", "poss") and c.lower_ not in ("its",)), None)
            if owner is not None:
                return t, owner
    names = [t for t in words if t.pos_ == "PROPN"]
    if names and words[-1].pos_ == "PROPN":
        return words[-1], words[-1]
    return None
