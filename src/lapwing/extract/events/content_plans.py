"""The planned act of a plan frame, coded at its own verb (issue 10, recall, session 22).

"Russia *plans to expel* diplomats from Ukraine", "Turkey *intends to attack* the militias": CAMEO codes the intended
act, an intent or threat code by the act's kind, with status future. The frames ``plan_to`` / ``intend_to`` take their
to-clause as content and code the intent at "plans"; when that clause's verb has a pattern of its own, and the status
rules read it as planned (future: "plan" and "intend" are verbs of a plan, status_words.py), the event is coded at the
planned act's verb, with its own actors ("from *Ukraine*", not "diplomats") and the intent code (coding.py,
``future_as_intent``). A content verb without a pattern, or one the status rules read otherwise ("plans to *try* to"),
leaves the frame's event as it was.
"""

from __future__ import annotations

#: frames of a plan whose to-clause is the planned act
PLAN_FRAMES = frozenset({"plan_to", "intend_to"})


def plan_contents(cands: list, held: list) -> dict[int, object]:
    """For each plan frame among ``cands`` (by id), the held candidate of its to-clause's verb, if there is one."""
    out: dict[int, object] = {}
    for c in cands:
        if c.pattern.id not in PLAN_FRAMES:
            continue
        for h in held:
            t = h.trigger
            if not h.nominal and t.i in c.consumed and t.dep_ == "xcomp" and t.head.i == c.trigger.i:
                out[id(c)] = h
                break
    return out
