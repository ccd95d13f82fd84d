"""What an act did is the act: a killing told as the result of a clash in its own sentence joins the clash.

"Kyrgyz and Tajik border guards exchanged fire near the village on Saturday, killing two Kyrgyz guards" tells one
happening with two triggers: the exchange of fire (193) and, in a participle clause after it, its toll (190). The coder
gives the participle the nearest subject it can read ("Kyrgyz"), so the killing of two Kyrgyz guards reads as done by
the Kyrgyz, which no other report of the clash says; and a clash told as a violent protest ("rival supporters clashed
..., injuring five people": 145) lies in another root family from its toll. Either way the toll went to an event of
its own, or joined another town's clash. The participle says what the act did, not who did something else: the store
reads it as part of the act before it (``Mention.part_of``: the act's trigger), one unit with it, with its code, as
a raid an arrest was made in is read as part of the arrest (``custody_raids.py``).

Only an act of force (roots 18-20) told as a present participle right after a comma ("..., killing two", "...,
wounding 12") that follows an act of force or a violent protest (145) in the same sentence, with no other act
between them, is read so. A participle of another kind ("..., demanding his release", "..., arresting five") and an
act in a sentence of its own stay acts of their own.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from lapwing.schema import ArticleRecord

if TYPE_CHECKING:
    from lapwing.store.mentions import Mention

#: Roots of force: the result told as a participle, and the acts it may be the result of.
_FORCE = frozenset({"18", "19", "20"})
#: A protest turned violent ("clashed with rival supporters"): an act whose toll may be told so.
_VIOLENT_PROTEST = "145"
#: A comma, then the participle (its trigger follows at once).
_AFTER_COMMA = re.compile(r",\s*$")


def _acts_of_force(m: Mention) -> bool:
    return m.root in _FORCE or m.cameo.startswith(_VIOLENT_PROTEST)


def act_results(record: ArticleRecord, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each participle of force after a comma marked as part of the act of force just before it in its
    sentence, with that act's code."""
    out = list(mentions)
    events = record.events
    text = record.article.text
    for i, (m, e) in enumerate(zip(mentions, events)):
        word = e.trigger.text
        if m.root not in _FORCE or m.denied_by >= 0 or m.part_of >= 0 or not word.lower().endswith("ing") \
                or " " in word.strip() or not _AFTER_COMMA.search(text[e.sentence.start:e.trigger.start]):
            continue
        before = [(d, f) for d, f in zip(mentions, events) if f.sentence.start == e.sentence.start
                  and f.trigger.end <= e.trigger.start and d.unit != m.unit]
        if not before:
            continue
        d, _f = max(before, key=lambda x: x[1].trigger.start)  # the act just before: no other act between them
        if not _acts_of_force(d) or d.denied_by >= 0 or d.status != m.status:
            continue
        out[i] = dataclasses.replace(m, cameo=d.cameo, plover_type=d.plover_type, quad_class=d.quad_class,
                                     goldstein=d.goldstein, part_of=d.part_of if d.part_of >= 0 else d.trigger_start)
    return out
