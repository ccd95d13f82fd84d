"""Status cues read from unlabelled wire news (session 18, issue 10: precision).

* ``doubted_clause`` (read by ``status_cues.content_status``): the that-clause of an adjective of likelihood is a
  guess, not an act: "the vote *makes it unlikely that* Congress will approve the aid", "it made it *likely* the army
  will move in" (the clause the parse hangs on the adjective as its complement; "it is unlikely that ..." is read
  by the adjective rule of ``status.py``), also when the tagger reads the adjective as a modifier of the clause's
  subject ("makes it *unlikely Congress* will approve ...");
* ``failed_clause`` (read by ``status_cues.content_status``): the to-clause of a noun of failure or refusal did not
  happen: "over Obama's *failure to sell* missiles to Turkey", "the Kremlin's *refusal to withdraw*", "its
  *reluctance to endorse* the proposal" (as the adjectives of ``status_means.unwilling``: "reluctant to join").

(Tried and taken out: a nominal trigger keeping its own "possible" or "planned" when its clause is a verb above it,
"comes amid the *possible* eviction of families": PLOVER part b lost one type with it; docs/events.md, session 18.)
"""

from __future__ import annotations

from spacy.tokens import Token


#: adjectives of likelihood whose clause is a guess ("unlikely that", "likely that", "possible that")
DOUBT_ADJ = frozenset({"unlikely", "likely", "possible", "probable", "improbable", "doubtful", "uncertain", "unclear",
                       "conceivable", "questionable"})
_WILL_OR_MODAL = frozenset({"will", "would", "could", "might", "may", "can", "shall", "'ll", "wo", "ll"})


def doubted_clause(edge: str, child: Token, gov: Token) -> bool:
    """True when ``child``, hung on ``gov`` by ``edge``, is the clause of an adjective of likelihood (a guess)."""
    if edge == "ccomp" and gov.pos_ == "ADJ" and gov.lower_ in DOUBT_ADJ:
        return True  # "makes it unlikely that Washington will lift the sanctions"
    if edge == "ccomp" and gov.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "xcomp" and c.pos_ == "ADJ" and c.lower_ in DOUBT_ADJ and gov.i < c.i < child.i for c in gov.children):
        return True  # "makes it possible that police will detain ...": the clause hung on the verb beside its adjective
    if edge in ("xcomp", "ccomp") and gov.pos_ in ("VERB", "AUX") and child.pos_ in ("VERB", "AUX"):
        # "makes it unlikely Congress will approve ...": the adjective read as the subject's modifier
        subj = next((c for c in child.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subj is not None and any(m.dep_ == "amod" and m.lower_ in DOUBT_ADJ and m.i == subj.left_edge.i
                                    for m in subj.children) and any(
                a.dep_ == "aux" and a.lower_ in _WILL_OR_MODAL for a in child.children):
            return True
    return False


#: nouns whose to-clause did not happen (or is not being done)
FAILURE_NOUNS = frozenset({"failure", "refusal", "reluctance", "unwillingness", "inability", "hesitance", "hesitancy",
                           "hesitation", "neglect", "omission"})


def failed_clause(edge: str, child: Token, gov: Token) -> bool:
    """True when ``child`` is the to-clause of a noun of failure or refusal ("failure to sell", "refusal to go")."""
    return edge in ("acl", "xcomp") and gov.pos_ == "NOUN" and gov.lemma_.lower() in FAILURE_NOUNS and any(
        c.dep_ == "mark" and c.lower_ == "to" for c in child.children)
