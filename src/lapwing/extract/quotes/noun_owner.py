"""Quoted words inside the clause of a speech noun with an owner: 'her remark that "there is a special place in hell
..."', 'the senator's claim that the port "will be open again"', 'the warning by the board that "..."'. The clause is
what the owner said (as for reported speech on a speech noun, rule `indirect:noun`), so the owner speaks the quoted
words in it; a noun with no owner ('the claim that "..."') names nobody."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.quotes.cues import SUBJ_DEPS, SpeechLexicon
from lapwing.extract.quotes.framing import quoted_head

_CLAUSE_DEPS = ("acl", "ccomp", "acl:relcl", "relcl")


def speech_noun_owner(doc: Doc, start: int, end: int, lex: SpeechLexicon) -> tuple[Token, Token] | None:
    """(the speech noun, its owner) whose that-clause holds the quoted words [start, end); None otherwise."""
    found = quoted_head(doc, start, end)
    if found is None:
        return None
    a, inside = found
    for _ in range(6):
        up = a.head
        if up.i == a.i or up.i in inside:
            return None
        if up.pos_ == "NOUN" and up.lower_ in lex.nouns and a.dep_ in _CLAUSE_DEPS and a.i > up.i:
            if not _that_clause(a, up):
                return None
            owner = _owner(up)
            return (up, owner) if owner is not None else None
        if a.dep_ == "ccomp" and up.pos_ in ("VERB", "AUX"):
            noun = _noun_before(a, up, lex)  # ('caused a stir with her remark that ...': the parser hung the clause
            if noun is not None:             # on the verb)
                owner = _owner(noun)
                return (noun, owner) if owner is not None else None
        if a.dep_ in ("acl:relcl", "relcl", "parataxis", "appos", "list"):
            return None  # a clause of its own on the way up: not the noun's content
        a = up
    return None


def _noun_before(clause: Token, verb: Token, lex: SpeechLexicon) -> Token | None:
    """A speech noun of ``verb`` right before the 'that' opening ``clause`` (past a phrase on the noun, no verb
    between): 'came under fire over her assertion during the debate [that ...]'."""
    doc = clause.doc
    that = next((c for c in clause.children if c.lower_ == "that" and c.dep_ == "mark" and c.i < clause.i), None)
    if that is None:
        return None
    for k in range(that.i - 1, max(verb.i, that.i - 8), -1):
        t = doc[k]
        if t.pos_ in ("VERB", "AUX") or t.is_punct:
            return None
        if t.pos_ == "NOUN" and t.lower_ in lex.nouns and verb.i in (t.head.i, t.head.head.i):
            return t
    return None


def _that_clause(clause: Token, noun: Token) -> bool:
    """The clause is the noun's content ('her remark that ...'), not a relative clause about it ('the remark that
    she made'): a 'that' opens it and is not its subject or object."""
    doc = clause.doc
    that = next((doc[k] for k in range(noun.i + 1, min(clause.i + 1, noun.i + 8)) if doc[k].lower_ == "that"), None)
    return that is not None and not (that.head.i == clause.i and (that.dep_ in SUBJ_DEPS or that.dep_ == "obj"))


def _owner(noun: Token) -> Token | None:
    """'her remark', 'the senator's claim', 'the warning by the board'."""
    poss = next((c for c in noun.children if c.dep_ in ("nmod:poss", "poss") and c.lower_ != "its"), None)
    if poss is not None:
        return poss
    return next((c for c in noun.children if c.dep_ == "nmod" and any(x.dep_ == "case" and x.lower_ == "by"
                                                                         for x in c.children)), None)
