"""Parse repair 107: a bare count before a crowd verb, read as the verb's number.

"Some 30,000 *marched* in support of the plan", "About 5,000 *marched* through the capital": with no noun after the
count, the parser hangs the number on the verb as its ``nummod`` (and may tag the verb a noun), so the march has no
subject and no protest is coded. A count right before a past form of a verb of crowds (march, demonstrate, protest,
rally, riot), with the verb the head of a clause (the root, a reported or an adverbial clause) and no subject of its own, is the verb's subject: the verb becomes a
simple past and the number its ``nsubj`` (the protest rows take a bare count of a hundred or more as a crowd)."""

from __future__ import annotations

from spacy.tokens import Token

#: past forms of the crowd verbs whose bare-count subject the parser reads as the verb's number
CROWD_PAST = {"marched": "march", "demonstrated": "demonstrate", "protested": "protest", "rallied": "rally",
              "rioted": "riot"}
#: the clauses the verb may head: the root, a reported clause ("police said 2,000 marched"), an adverbial one
_CLAUSES = ("ROOT", "root", "ccomp", "advcl")


def number_subject_candidate(L: list[str], D: list[str], H: list[int], i: int) -> bool:
    """The columns' test for the count at ``i``: a ``nummod`` on the crowd verb right after it, a clause's head."""
    v = H[i]
    return D[i] == "nummod" and v == i + 1 and L[v] in CROWD_PAST and D[v] in _CLAUSES


def repair_count_as_subject(n: Token) -> bool:
    """Repair 107 on the count ``n``; True when applied."""
    v = n.head
    if n.dep_ != "nummod" or v.i != n.i + 1 or v.lower_ not in CROWD_PAST or v.dep_ not in _CLAUSES:
        return False
    if any(c.dep_ in ("nsubj", "nsubj:pass", "det", "amod", "compound", "nmod:poss", "cop", "aux:pass")
           for c in v.children):
        return False
    v.pos_, v.tag_, v.lemma_ = "VERB", "VBD", CROWD_PAST[v.lower_]
    n.dep_ = "nsubj"
    return True
