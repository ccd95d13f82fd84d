"""The act named by a measure that someone reacts to is not the reactor's act (issue 10, round 33).

"The EU *welcomed* the decision to release the prisoners", "Amnesty *criticised* the move to deport refugees",
"Rights groups *denounced* the bill to ban protests", "Washington *backed* the plan to send peacekeepers": the
to-clause belongs to the measure noun (a decision, move, bill, plan ...), and the measure is someone else's; the
verb's subject only judges it. Read as it stands, the to-clause inherits the reactor as its doer and is coded as
done ("Amnesty deported the refugees") or planned by the reactor. The act is only named: hypothetical.

Both parses are met: the to-clause hung on the noun (``acl``) and hung on the reacting verb (``advcl`` or
``xcomp``, which a verb of judging does not take) with the noun as the verb's object. The measure may be the reactor's own ("defended *his* decision to expel the diplomats",
"welcomed *its own* plan"): a possessive pronoun or "own" keeps the act for the status rules above it.
"""

from __future__ import annotations

from spacy.tokens import Token

#: verbs that judge an act someone else decided or proposed
REACTION_VERBS = frozenset({
    "welcome", "hail", "praise", "applaud", "commend", "laud", "salute", "cheer", "celebrate", "greet",
    "back", "support", "endorse", "oppose", "condemn", "denounce", "criticize", "criticise", "slam", "blast",
    "decry", "deplore", "lambaste", "protest", "question", "challenge", "reject", "dismiss", "rebuff", "fault",
    "censure", "assail", "castigate", "berate", "bemoan", "lament", "regret", "fear", "resist", "fight",
})

#: nouns of a measure, a decision or a proposal whose to-clause names the act decided or proposed
MEASURE_NOUNS = frozenset({
    "decision", "move", "plan", "proposal", "bill", "law", "legislation", "measure", "step", "initiative",
    "push", "bid", "order", "scheme", "policy", "resolution", "motion", "campaign", "drive", "effort", "attempt",
    "offer", "call", "demand", "request", "appeal", "idea", "programme", "program", "threat", "ruling", "vote",
    "deal", "agreement", "pledge", "promise", "announcement", "directive", "decree", "ultimatum", "intention",
})

_OWN = frozenset({"his", "her", "its", "their", "our", "my", "your", "own"})


def _lemma(t: Token) -> str:
    return (t.lemma_ or t.text).lower()


def _to_clause(child: Token) -> bool:
    return any(c.dep_ in ("mark", "aux") and c.lower_ == "to" and c.i < child.i for c in child.children)


def _own_measure(noun: Token) -> bool:
    """The measure is the reactor's own: "*his* decision", "*their own* plan"."""
    return any(c.lower_ in _OWN and c.dep_ in ("nmod:poss", "poss", "amod", "det") for c in noun.children)


def _judged_measure(noun: Token) -> bool:
    return (noun.pos_ == "NOUN" and _lemma(noun) in MEASURE_NOUNS and noun.dep_ in ("obj", "dobj")
            and _lemma(noun.head) in REACTION_VERBS and not _own_measure(noun))


def judged_measure_clause(edge: str, child: Token, gov: Token) -> bool:
    """``child`` (reached from the event by ``edge`` under ``gov``) is the to-clause of a measure that the
    governing verb's subject only judges: "welcomed [the decision *to release* ...]" (acl of the noun) or
    "criticised the move [*to deport* ...]" (the clause hung on the verb, the noun its object)."""
    if not _to_clause(child):
        return False
    if edge == "acl":
        return _judged_measure(gov)
    if edge in ("advcl", "xcomp") and gov.pos_ in ("VERB", "AUX") and _lemma(gov) in REACTION_VERBS:
        return any(_judged_measure(c) and c.i < child.i for c in gov.children)
    return False
