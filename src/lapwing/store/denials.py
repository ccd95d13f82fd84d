"""A denied act is told by its denial: the negated act a denial's sentence names joins the denial.

"A military spokesman denied that the army had bombed civilians in Sagaing" is one happening, the denial (016): the
coder also emits the act it denies ("bombed", 183), negated. Left to itself the negated act goes nowhere: negated
mentions join only each other, and the denial is a statement (root 01) while the act lies in another root family
(18-20), which is never compared with it. The act is the denial's content, as what is said is a statement's: the
store reads it as part of the denial, one unit with it (``Mention.denied_by``: the denial's trigger), compared and
clustered with the statements, so that the denial's other reports ("The junta rejected reports that its jets hit a
village") and the act it denies go to one event.

Only a negated mention after a denial's trigger in the same sentence of the same article is read so: an act denied
in another sentence ("Witnesses said jets bombed the village. The army denied it.") is asserted there and stays an
act of its own, and a negated act with no denial before it ("Police did not arrest anyone") is untouched.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from lapwing.schema import ArticleRecord

if TYPE_CHECKING:
    from lapwing.store.mentions import Mention

#: The CAMEO code of a denial of responsibility ("denied that the army had bombed ...").
DENIAL = "016"
#: The root the denied act is compared in: the denial's, statements.
DENIAL_ROOT = DENIAL[:2]


def denied_acts(record: ArticleRecord, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each negated act that follows a denial's trigger in the denial's own sentence marked as told
    by that denial (the nearest such denial before it)."""
    out = list(mentions)
    events = record.events
    denials = [(m, e) for m, e in zip(mentions, events) if m.cameo.startswith(DENIAL) and m.status != "negated"]
    if not denials:
        return out
    for i, (m, e) in enumerate(zip(mentions, events)):
        if m.status != "negated" or m.cameo.startswith(DENIAL):
            continue
        before = [d for d, f in denials if f.sentence.start == e.sentence.start and d.trigger_start < m.trigger_start]
        if before:
            out[i] = dataclasses.replace(m, denied_by=max(d.trigger_start for d in before))
    return out
