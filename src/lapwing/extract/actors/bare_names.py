"""Actor names that stand for one body only when written bare: "the Security Council" is the United Nations' (a
variant of its row in ``actors.tsv``), but "Russia's Security Council", "the Kazakh Security Council", "the Security
Council of Armenia" and "the National Security Council" are a state's own. Such a variant is matched only after a
bare "the" (or at the start of a sentence), written with capitals as the name is, and with no "of" phrase after it;
anywhere else the words are left to the other rules (a country word or possessor codes a state's council there).

Also: a country word that is the second half of a "Pan-" word ("the Pan-American Highway") is no country."""

from __future__ import annotations

from spacy.tokens import Doc

#: variants (folded, as the lexicon keys them) that are matched only when bare
BARE_ONLY = frozenset({"security council"})


def bare_only_refused(doc: Doc, key: str, i: int, j: int, lower_doc: bool) -> bool:
    """True when the match of words ``i..j-1`` (lexicon key ``key``) is a bare-only variant that is not bare here."""
    if key not in BARE_ONLY:
        return False
    words = doc[i:j]
    if not lower_doc and not all(t.text[:1].isupper() for t in words):
        return True  # "the university's security council": not the name
    if i > 0 and doc[i - 1].lower_ != "the" and not doc[i].is_sent_start:
        return True  # "Russia's Security Council", "the Kazakh Security Council", "a Security Council"
    return j < len(doc) and doc[j].lower_ == "of"  # "the Security Council of Armenia"


#: prefixes that make a country's adjective part of a wider word: "the *Pan-American* Highway", "a *Pan-Arab* channel"
PAN_PREFIXES = frozenset({"pan"})


def pan_prefixed(doc: Doc, i: int) -> bool:
    """Is the country word at ``i`` the second half of a "Pan-" word ("the Pan-American Highway", "Pan-Arab", written
    as one word with a hyphen)? It names no country (session 32, rf61: a Panama City report's "Pan-American Highway"
    made the sentence name the United States, so the dateline country was not given to its protesters)."""
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return False
    return doc[i - 2].lower_ in PAN_PREFIXES
