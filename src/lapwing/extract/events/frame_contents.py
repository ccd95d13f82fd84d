"""Acts inside a frame that the frame's own event hides (issue 10, recall, session 22).

* ``plan_contents``: the planned act of a plan frame, coded at its own verb.
* ``unstopped_act``: the offensive that a negated halt frame did not stop, which happened.
* ``second_party_acts``: the second party of an appeal or demand with two to-clauses ("urged A to X and B to Y").


"Russia *plans to expel* diplomats from Ukraine", "Turkey *intends to attack* the militias": CAMEO codes the intended
act, an intent or threat code by the act's kind, with status future. The frames ``plan_to`` / ``intend_to`` take their
to-clause as content and code the intent at "plans"; when that clause's verb has a pattern of its own, and the status
rules read it as planned (future: "plan" and "intend" are verbs of a plan, status_words.py), the event is coded at the
planned act's verb, with its own actors ("from *Ukraine*", not "diplomats") and the intent code (coding.py,
``future_as_intent``). A content verb without a pattern, or one the status rules read otherwise ("plans to *try* to"),
leaves the frame's event as it was.
"""

from __future__ import annotations

from lapwing.extract.events.content import second_party_clause
from lapwing.extract.events.event_record import make_event
from lapwing.extract.events.parse_memo import children_of
from lapwing.extract.events.syntax import _xcomp

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


#: families whose to-clause content may name a second party with a to-clause of its own
_TWO_PARTY_FAMILIES = frozenset({"appeal", "demand"})


def second_party_acts(coder, built, c, sent) -> list:
    """"The UN urged Israel to halt the strikes *and Hamas to free the hostages*", "pressed Kyiv to hold talks and
    Moscow to withdraw its troops": an appeal or demand whose to-clause has a joined to-clause with a subject of its
    own (``content.second_party_clause``) asks that second party too, for what its own clause says. One more event
    of the family, from the same source with the same status, the second party its target and its code that of its
    own clause's content; the first event keeps only the first clause's content (``ContentMixin._bag_np``). Nothing
    when the second party is no actor or its clause names no code (session 39, round sc78; issue 10)."""
    ev, _ti, conf, _c = built
    p = c.pattern
    if p.family not in _TWO_PARTY_FAMILIES or "xcomp" not in (p.content or ()) or c.nominal:
        return []
    x = _xcomp(c.trigger)
    if x is None:
        return []
    out = []
    for y in children_of(x):
        if not second_party_clause(y):
            continue
        party = next(k for k in children_of(y) if k.dep_ == "nsubj" and k.i < y.i)
        tgt = coder.actors.get(party)
        if tgt is None or (ev.source is not None and (tgt.start, tgt.end) == (ev.source.start, ev.source.end)):
            continue
        bag: list[str] = []
        coder._bag_np(y, bag)
        code = coder.content_code(p.family, bag)[0]
        if code is None or code not in coder.lex.cameo:
            continue
        e2 = make_event(coder.lex.cameo[code], coder.lex, ev.source, tgt, ev.status, sent, c.trigger,
                        p.id + "+second", max(0.0, conf - 0.05))
        e2.lexicon = ev.lexicon
        out.append((e2, c.trigger.i, conf - 0.05, c))
    return out[:2]
