"""Status cues of session 23, round 31 (issue 10: acts only named, found on unlabelled news): what someone was hired or
paid to do, what a charge names, a clause opened by an inverted "nor", and what an intention is to.

* ``hired_purpose``: "the cartel *paid* two gunmen *to murder* the reporter", "was *hired to kill* the
  journalist": the to-clause of a verb of hiring is what the hired were to do, not a deed told (hypothetical);
* ``charge_content``: "was *charged with* kidnapping *and killing* two journalists", "*indicted for* the murder of
  the mayor": the acts a charge names (the conjuncts too) are the charge's claim (attributed);
* ``nor_clause``: "*Nor had* any official been charged", "did not protest, *nor did* it *threaten* them": a clause
  opened by "nor" with its auxiliary before the subject is denied (negated);
* ``intended_act``: "the program shows *the intention to renegotiate* its debts", "expressed its *commitment to
  supporting* the talks", "signalled *readiness to withdraw*": what an intention, a will or a commitment is to is
  not done (hypothetical), also when the parse hung the to-clause on the verb whose object the noun is.
"""

from __future__ import annotations

from spacy.tokens import Token

#: verbs of hiring or paying somebody: their to-clause is the task, not a deed ("hired gunmen to kill him")
HIRE_GOVERNORS = frozenset({"hire", "pay", "recruit", "bribe", "commission", "contract", "enlist", "employ"})
#: verbs of charging: the acts in their with/of/for phrase are what is charged ("charged with killing")
CHARGE_GOVERNORS = frozenset({"charge", "accuse", "indict", "suspect", "convict", "prosecute"})
_CHARGE_CASES = frozenset({"with", "of", "for"})
_INVERTING = frozenset({"AUX", "VERB"})
#: nouns of intending: their to-clause (or to + gerund) is only intended
INTENT_NOUNS = frozenset({"intention", "intent", "commitment", "readiness", "willingness", "determination", "desire",
                          "wish", "resolve", "resolution", "aspiration", "ambition", "eagerness", "preparedness"})


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _infinitive(t: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "to" for c in t.children)


def hired_purpose(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is the to-clause of a verb of hiring ``gov`` whose hired party (object, or the passive's subject)
    stands before it: "paid two gunmen *to murder* the reporter", "he was hired *to kill* her"."""
    if edge not in ("xcomp", "advcl") or _lemma(gov) not in HIRE_GOVERNORS or not _infinitive(child):
        return False
    if child.i < gov.i:
        return False
    return any(c.dep_ in ("obj", "dobj", "iobj", "nsubj:pass", "nsubjpass") and c.i < child.i for c in gov.children)


def charge_content(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is the with/of/for phrase of a verb of charging ``gov``: "charged *with* kidnapping", "was
    convicted *of* the murder" (the walk from a conjunct reaches it through the first conjunct)."""
    if edge != "obl" or gov.pos_ not in ("VERB", "AUX") or _lemma(gov) not in CHARGE_GOVERNORS:
        return False
    return any(c.dep_ in ("case", "mark") and c.lower_ in _CHARGE_CASES for c in child.children)


def nor_clause(anchor: Token) -> bool:
    """The anchor's clause opens with "nor" followed by its auxiliary or verb, the subject after it: "Nor had X
    been charged", "..., nor did it threaten them" (the anchor, or the verb it hangs on as a parataxis)."""
    heads = [anchor]
    if anchor.dep_ in ("parataxis", "xcomp") and anchor.head.i != anchor.i:
        heads.append(anchor.head)
    doc = anchor.doc
    for h in heads:
        for c in h.children:
            if c.lower_ == "nor" and c.dep_ in ("cc", "advmod") and c.i < h.i and c.i + 1 < len(doc) \
                    and doc[c.i + 1].pos_ in _INVERTING:
                return True
    return False



def intended_act(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is what a noun of intending is to: its to-clause or to-gerund ("the intention *to renegotiate*",
    "commitment *to supporting*"), or a to-clause the parse hung on the verb after such an object ("demonstrates
    the intention [to renegotiate]")."""
    if gov.pos_ == "NOUN" and _lemma(gov) in INTENT_NOUNS and edge in ("acl", "nmod", "xcomp", "advcl"):
        return _infinitive(child) or any(c.dep_ in ("case", "mark") and c.lower_ == "to" for c in child.children)
    if edge in ("xcomp", "advcl") and gov.pos_ in ("VERB", "AUX") and _infinitive(child) and child.i > gov.i:
        return any(c.dep_ in ("obj", "dobj") and _lemma(c) in INTENT_NOUNS and c.i < child.i for c in gov.children)
    return False
