"""Parse repair 206: an against-phrase hung on the place of the act. "Ecuador filed a suit *in a New York court against
Chevron*", "Argentina filed a complaint at the tribunal *in The Hague against Uruguay*", "Ukraine brought a case at the
International Court *of Justice against Russia*": the parser hangs "against X" on the nearest noun, the court or the
city where the case was brought, so the lawsuit, the complaint or the protest loses whom it is against.

The against-phrase is moved up over the place phrases it hangs on (a court or tribunal noun, a place name, a proper
name, each introduced by "in", "at", "before" or, inside a name, "of") to the word they modify: the verb (as its
oblique) or its object, subject or the sentence's root noun (as its nominal modifier). Only when at least one such
place phrase is climbed and the word reached is a verb or one of those nouns."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import doc_heads, token_columns, word_positions

#: nouns of courts and bodies where a case is brought
COURT_NOUNS = frozenset({"court", "tribunal", "courthouse", "chamber", "commission", "council", "arbitration", "panel",
                         "judge", "magistrate", "ombudsman", "prosecutor", "parliament", "assembly", "icj", "icc",
                         "wto", "body", "forum"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_CLIMB_CASES = frozenset({"in", "at", "before", "inside", "outside"})
_HOSTS = frozenset({"obj", "dobj", "nsubj", "nsubj:pass", "ROOT", "root"})


def against_candidate(D: list[str], H: list[int], L: list[str], i: int) -> bool:
    """The candidate test on the columns: "against" heading a nominal modifier of a noun that is itself a modifier."""
    h = H[i]
    return L[i] == "against" and D[i] == "case" and h > i and D[h] == "nmod" and H[h] < h and D[H[h]] in ("nmod", "obl")


def against_candidates(doc: Doc) -> list[int]:
    """The heads of the against-phrases of ``doc`` that repair 206 is tried on, read off the word and label columns."""
    at = word_positions(doc).get("against")  # (the article's word index: where "against" stands, in order)
    if not at:
        return []
    cols = token_columns(doc)
    L, D, H = cols.lower, cols.dep, doc_heads(doc)
    return [H[i] for i in at if against_candidate(D, H, L, i)]


def _case(t: Token) -> str | None:
    return next((c.lower_ for c in t.children if c.dep_ == "case"), None)


def _place(t: Token, case: str | None) -> bool:
    """``t`` is a court, a place or a name that an act may be done in or at (only a name after "of")."""
    if case == "of":
        return t.pos_ == "PROPN"
    if case not in _CLIMB_CASES:
        return False
    return t.lemma_.lower() in COURT_NOUNS or t.pos_ == "PROPN" or t.ent_type_ in _PLACE_ENTS


def repair_against_on_place(x: Token) -> bool:
    """Repair 206 on the head ``x`` of the against-phrase; True when applied."""
    m, climbed = x.head, 0
    while m.dep_ in ("nmod", "obl") and m.head.i < m.i and _place(m, _case(m)) and climbed < 4:
        m, climbed = m.head, climbed + 1
    if not climbed or m.i == x.head.i:
        return False
    if m.pos_ == "VERB":
        dep = "obl"
    elif m.pos_ == "NOUN" and m.dep_ in _HOSTS:
        dep = "nmod"
    else:
        return False
    x.head = m
    x.dep_ = dep
    return True
