"""The event a count belongs to: the one whose trigger is the count's predicate or heads its clause."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.registry import Context

CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "conj", "parataxis", "xcomp", "acl:relcl", "relcl", "acl", "csubj"}


def _clause_head(t: Token) -> Token:
    for _ in range(40):
        if t.pos_ in ("VERB", "AUX") and (t.dep_ in CLAUSE_DEPS or t.head.i == t.i):
            return t
        if t.head.i == t.i:
            return t
        t = t.head
    return t


def link_event(ctx: Context, tokens: list[Token]) -> int | None:
    """The index of the event whose trigger is the count's predicate or heads the same clause."""
    event_tokens = ctx.data.get("event_tokens")
    if not event_tokens:
        return None
    doc = ctx.doc
    anchor = tokens[0]
    sent = anchor.sent
    heads = {_clause_head(t).i for t in tokens}
    best: tuple[int, int] | None = None
    for idx, ti in enumerate(event_tokens[: len(ctx.record.events)]):
        if ti is None or not (0 <= ti < len(doc)):
            continue
        trig = doc[ti]
        if not (sent.start <= ti < sent.end):
            continue
        if ti in {t.i for t in tokens}:
            rank = 0
        elif _clause_head(trig).i in heads:
            rank = 1
        else:
            continue
        dist = min(abs(ti - t.i) for t in tokens)
        key = (rank, dist)
        if best is None or key < best[0:2]:
            best = (rank, dist, idx)  # type: ignore[assignment]
    return best[2] if best is not None else None  # type: ignore[index]
