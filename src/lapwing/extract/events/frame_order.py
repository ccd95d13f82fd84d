"""The order a frame's conditions are checked in: cheapest first (speed only, the same answers).

``FramesMixin._hold`` asks a pattern's conditions one after the other and stops at the first that fails. A
frame holds only when all of them hold, and no check changes what another answers (each reads the fixed
parse and the per-token memos of the coder, which only remember answers), so the order they are asked in
changes nothing but the work done for a frame that fails. Most of the frames tried fail (about 7 tokens in
10 tried in the VOA stories have no frame that holds, 3.6 frames tried per token): a frame whose cheap
condition fails ("prt=down", "pass", "!iobj") no longer pays first for a costly one (a prepositional phrase's
head and its words, a walk over the subtree).

``cheapest_first(conds)`` is the conditions sorted by :data:`COND_COST` (stable: conditions of the same cost
keep the lexicon's order; a kind not listed costs :data:`DEFAULT_COST`). The costs are ranks from the CPU
time of a first check of each kind over the VOA stories (2026-12-06; ``docs/performance.md``), not a
promise: a rank that is wrong costs speed, never an answer. ``frame_parts._split_conds`` applies it once per
pattern.
"""

from __future__ import annotations

from lapwing.extract.events.lexicon_loader import Cond

#: condition kind -> rank of the CPU time of checking it on a token (lower: checked earlier)
COND_COST: dict[str, int] = {
    # a flag or one look at the token's own dependents
    "pass": 0, "iobj": 0, "cop": 0, "willnot": 0,
    # one memoised helper and a set test
    "prt": 1, "objprep": 1, "ccompaux": 1, "ccomptag": 1, "objdet": 1,
    "mod": 2, "obj": 2, "objmod": 2,
    # a clause's head found and its words read; an actor looked up
    "xcomp": 3, "xobj": 3, "xpart": 3, "ccomp": 3, "ccompmand": 3, "objactor": 3, "conj": 3, "subj": 3,
    "xsubjnoun": 3, "xsubjpron": 3, "xagentless": 3,
    # alternatives; the source's words and sectors
    "or": 4, "src": 4, "srcstate": 4, "srccrowd": 4, "srcbody": 4,
    # every oblique with its case words, the loose prepositional phrases; place and person tests
    "prep": 5, "advcl": 5, "fromclause": 5, "objplace": 6, "objperson": 6,
    # every dependent's words; the whole subtree
    "child": 6, "sub": 7,
}
DEFAULT_COST = 3


def cheapest_first(conds: tuple[Cond, ...]) -> tuple[Cond, ...]:
    """``conds`` in the order ``_hold`` should check them: by :data:`COND_COST`, the lexicon's order within a cost."""
    if len(conds) < 2:
        return conds
    return tuple(sorted(conds, key=lambda c: COND_COST.get(c.kind, DEFAULT_COST)))
