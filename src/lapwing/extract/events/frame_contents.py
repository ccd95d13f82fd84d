"""Acts inside a frame that the frame's own event hides (issue 10, recall, session 22).

* ``plan_contents``: the planned act of a plan frame, coded at its own verb.
* ``unstopped_act``: the offensive that a negated halt frame did not stop, which happened.


"Russia *plans to expel* diplomats from Ukraine", "Turkey *intends to attack* the militias": CAMEO codes the intended
act, an intent or threat code by the act's kind, with status future. The frames ``plan_to`` / ``intend_to`` take their
to-clause as content and code the intent at "plans"; when that clause's verb has a pattern of its own, and the status
rules read it as planned (future: "plan" and "intend" are verbs of a plan, status_words.py), the event is coded at the
planned act's verb, with its own actors ("from *Ukraine*", not "diplomats") and the intent code (coding.py,
``future_as_intent``). A content verb without a pattern, or one the status rules read otherwise ("plans to *try* to"),
leaves the frame's event as it was.
"""

from __future__ import annotations

from lapwing.extract.events.event_record import make_event

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


def unstopped_act(coder, built, c, sent) -> list:
    """"Russia *failed to stop the attack* on Ukraine", "police did not stop the assault on the marchers", "Israel did
    not halt its offensive": the halt frames (``halt_offensive*``, 087) code the stopping, negated, and consume the
    noun of the offensive; but the offensive happened (only the stopping failed). It is coded asserted, at its noun,
    with the noun's own target and source ("*its* offensive": the frame's subject; otherwise the doer is not told and
    stays empty, since "failed to stop the attack" does not say whose attack it was). Nothing when the frame is not
    negated ("halted *its* offensive", "if Israel halts ..."), or the noun has no pattern of its own."""
    ev, _ti, conf, _c = built
    if ev.status != "negated" or not c.pattern.id.startswith("halt_offensive"):
        return []
    noun = next((x for x in c.trigger.children if x.dep_ == "obj" and x.pos_ == "NOUN"), None)
    nc = coder.match(noun) if noun is not None else None
    if nc is None or not nc.nominal or nc.code is None or nc.code[:2] not in ("18", "19", "20") \
            or nc.code not in coder.lex.cameo:
        return []
    own = any(x.dep_ == "nmod:poss" and x.lower_ in ("its", "their") for x in noun.children)
    src = ev.source if own else (coder.actors.get(nc.source_tok, fallback=False) if nc.source_tok is not None
                                 and nc.source_tok.i > noun.i else None)  # "the attack *by* rebels on ..."
    tgt = coder.actors.get(nc.target_tok, fallback=False) if nc.target_tok is not None else None
    if tgt is None and src is None:
        return []
    out = make_event(coder.lex.cameo[nc.code], coder.lex, src, tgt, "asserted", sent, noun,
                     nc.pattern.id + "+unstopped", max(0.0, conf - 0.1))
    out.lexicon = ev.lexicon
    return [(out, noun.i, conf - 0.1, nc)]
