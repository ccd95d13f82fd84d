"""CAMEO code shifts by status: a planned act is an intent (03x) or a threat (13x); "will not
release" is a refusal (12x)."""
from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.status_words import NT_FORMS

#: a planned action expressed by its actor is, in CAMEO, an expression of intent (03x) or a threat (13x)
_INTENT_PREFIX = [
    ("04", "036"), ("057", "030"), ("05", "032"), ("061", "0311"), ("062", "0312"), ("063", "0313"),
    ("064", "0314"), ("06", "031"), ("071", "0331"), ("072", "0332"), ("073", "0333"),
    ("074", "0334"), ("07", "033"), ("081", "0351"), ("082", "0352"), ("083", "034"), ("084", "0353"),
    ("085", "0354"), ("086", "0355"), ("087", "0356"), ("08", "035"),
    ("14", "133"), ("161", "1313"), ("162", "1311"), ("163", "1312"), ("164", "134"), ("165", "135"),
    ("166", "136"), ("16", "131"), ("1721", "1321"), ("1722", "1322"), ("1723", "1323"),
    ("1724", "1324"), ("172", "132"), ("173", "137"), ("174", "136"), ("175", "137"), ("17", "131"),
    ("191", "1381"), ("192", "1382"), ("204", "1385"), ("18", "138"), ("19", "138"), ("20", "138"),
]
# (no 15 -> 138: a patrol or a deployment announced, "U.S. soldiers *will patrol* the border", is a posture (15x,
# future), not a threat of force; a threat is coded where it is worded, "threatened to deploy troops" (session 23))


#: "X will not release Y" is, in CAMEO, a refusal (12x) rather than a negated release
_REFUSAL_PREFIX = [
    ("03", "120"), ("04", "125"), ("057", "127"), ("05", "120"), ("06", "121"), ("07", "122"),
    ("081", "1241"), ("082", "1242"), ("083", "123"), ("0841", "1243"), ("084", "1243"), ("085", "1244"),
    ("086", "1245"), ("087", "1246"), ("08", "124"),
]


#: governing verbs whose negated complement is a refusal ("refused/rejected/declined holding talks")
_REFUSING = {"refuse", "reject", "decline"}


def refusal_code(code: str) -> str | None:
    for prefix, target in _REFUSAL_PREFIX:
        if code.startswith(prefix):
            return target
    return None


def _future_negation(anchor: Token) -> bool:
    """"will not", "won't", "would not" on the anchor (or the verb that governs its to-clause)."""
    for t in (anchor, anchor.head):
        words = {c.lower_ for c in t.children if c.dep_ in ("aux", "aux:pass")}
        if words & {"will", "wo", "'ll", "’ll", "would", "shall"} and any(
                (c.lower_ in ("not", "never") or c.lower_ in NT_FORMS) for c in t.children):
            return True
    return False


def intent_code(code: str) -> str | None:
    """CAMEO code of the intent to do ``code`` (cooperation -> 03x, conflict -> 13x), or None."""
    for prefix, target in _INTENT_PREFIX:
        if code.startswith(prefix):
            return target
    return None
