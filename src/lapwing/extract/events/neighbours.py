"""Countries named beside a bare state body's clause (issue 10, session 28, round 51).

"The government imposed a curfew and closed the land borders *with Guinea and Liberia*": the neighbours are the
partners of the closure, not the owners of "the government", which is the article's main country's. A country
mention is *beside the clause* of a bare body when it hangs below the body's verb (or a verb joined to it by "and",
or one the verb controls: "decided to close ...") as an object, a partner or a destination ("with", "to", "from",
"near", "against", "on"), through no subject ("Liberia said the government would ...", "the government said
Liberia had ...") and no place it is in ("the army fought rebels *in Mali*": the army may well be Mali's)."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.syntax import SUBJ, _cases

#: the links a country may climb on its way up to the body's verb (a subject or a clause with one stops it)
_CLIMB = frozenset({"obj", "iobj", "obl", "nmod", "nmod:poss", "poss", "conj", "appos", "compound", "amod", "flat",
                    "obl:npmod", "nmod:npmod", "acl", "acl:relcl", "xcomp", "advcl"})
#: the cases of a place an actor may be in: "in Mali", "across Niger", "inside Syria"
_INSIDE = frozenset({"in", "inside", "within", "across", "throughout", "at"})
#: the body's own links to its verb: subject, object, agent of a passive
_BODY = frozenset(SUBJ) | {"obj", "nsubj", "nsubj:pass"}


def _clause_verbs(verb: Token) -> set[int]:
    """The body's verb and the verbs joined to it by "and" or controlled by it (``xcomp``)."""
    top = verb
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    out, todo = set(), [top]
    while todo:
        v = todo.pop()
        if v.i in out:
            continue
        out.add(v.i)
        todo.extend(c for c in v.children if c.dep_ in ("conj", "xcomp") and c.pos_ in ("VERB", "AUX"))
    return out


def beside_the_clause(body: Token, country: Token) -> bool:
    """``country`` (a mention's root) is an object, partner or destination in the clause of which ``body`` (a bare
    "the government") is the subject or object, and no subject, possessor of the body or place the body is in."""
    if body.dep_ not in _BODY or body.head.i == body.i:
        return False
    verbs = _clause_verbs(body.head)
    top = country
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    if _cases(top) & _INSIDE and top.dep_ in ("obl", "nmod"):
        return False
    cur, seen = top, 0
    while cur.i not in verbs:
        if cur.dep_ not in _CLIMB or cur.head.i == cur.i or cur.i == body.i or seen > 12:
            return False
        if cur.dep_ in ("poss", "nmod:poss") and cur.head.i == body.i:
            return False
        cur, seen = cur.head, seen + 1
        if cur.i == body.i:
            return False
    return True
