"""Build the ``Event`` record of a coded lexicon row (PLOVER, ACLED, spans, rule, confidence)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from lapwing.extract.events.lexicon_loader import CameoRow, Lexicon
from lapwing.extract.events.participants import ARMED_SECTORS
from lapwing.schema import Acled, Actor, Event, Plover, Span as SSpan, Trigger

def acled_for(lex: Lexicon, ptype: str, pmode: str | None, target: Actor | None) -> Acled | None:
    armed = bool(target is not None and target.sector and target.sector.upper() in ARMED_SECTORS)
    for r in lex.acled:
        if r.plover_type != ptype:
            continue
        if r.plover_mode is not None and r.plover_mode != pmode:
            continue
        if r.target == "armed" and not armed:
            continue
        if r.target == "civilian" and armed:
            continue
        return Acled(event_type=r.event_type, sub_event_type=r.sub_event_type)
    return None


def make_event(row: CameoRow, lex: Lexicon, src: Actor | None, tgt: Actor | None, status: str,
               sent: Span, trigger: Token, rule: str, conf: float) -> Event:
    ptype = row.plover_type  # None for codes without a PLOVER type (CAMEO 01 statements)
    return Event(
        source=src, target=tgt, cameo=row.code, quad_class=row.quad_class, goldstein=row.goldstein,
        plover=Plover(type=ptype, mode=row.plover_mode, context=list(row.plover_context)) if ptype else None,
        status=status,
        sentence=SSpan(start=sent.start_char, end=sent.end_char),
        trigger=Trigger(text=trigger.text, start=trigger.idx, end=trigger.idx + len(trigger.text)),
        acled=acled_for(lex, ptype, row.plover_mode, tgt) if ptype and status in ("asserted", "attributed") else None,
        rule=rule, confidence=round(conf, 3),
    )
