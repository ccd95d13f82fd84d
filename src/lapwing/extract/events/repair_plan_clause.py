"""Parse repair 140 (session 25, round 39, branch pr39, issue 10): the to-clause of an owned plan read as the verb's.

"Russia criticised *Poland's plan to militarise* the border", "China condemned *the decision by Japan to deploy*
troops" come out with the to-clause an ``xcomp`` of the verb (as in "urged Japan to deploy") or its purpose clause
("backed *Kenya's bid to host* the summit"), so the critic becomes
the doer of the planned act. When the verb's object, right before "to", is a noun of a plan or choice
(``PLAN_NOUNS``) with an owner of its own (a named possessor or a by-phrase) and the verb is no verb of asking or
ordering ("urged Poland's government to ..." keeps its object control), the clause is the noun's ``acl``: the
owner does the act (``plan_owner``)."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.syntax_words import OBJ_CONTROL, PLAN_NOUNS, plan_noun_owner

#: the plan nouns as written (singular and plural), for the candidate test on the columns
PLAN_FORMS = frozenset(PLAN_NOUNS | {w + "s" for w in PLAN_NOUNS} | {"pushes"})


def plan_clause_candidate(D: list[str], H: list[int], L: list[str], i: int) -> bool:
    """The candidate test on the columns: an infinitive ``xcomp`` or ``advcl`` right after "to", its verb's object a plan noun."""
    return D[i] in ("xcomp", "advcl") and H[i] < i - 2 and L[i - 1] == "to" and any(
        D[k] in ("obj", "dobj") and H[k] == H[i] and L[k] in PLAN_FORMS for k in range(H[i] + 1, i - 1))


def repair_plan_clause(v: Token) -> bool:
    """Repair 140 on a to-infinitive ``v`` hung on its verb as ``xcomp`` (or as a purpose ``advcl``: "backed *Kenya's
    bid to host* the summit"); True when applied."""
    h = v.head
    if v.dep_ not in ("xcomp", "advcl") or v.tag_ != "VB" or h.i >= v.i or h.lemma_.lower() in OBJ_CONTROL:
        return False
    to = v.doc[v.i - 1] if v.i >= 1 else None
    if to is None or to.lower_ != "to" or to.head.i != v.i:
        return False
    o = next((c for c in h.children if c.dep_ in ("obj", "dobj") and c.i < v.i and c.right_edge.i == to.i - 1), None)
    if o is None or plan_noun_owner(o, v.i) is None:  # (a plan nobody here owns: "criticised the plan to ..." stays)
        return False
    v.head, v.dep_ = o, "acl"
    return True
