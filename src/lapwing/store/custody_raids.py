"""The raids an arrest was made in are the arrest: a raid told as the setting of a detention joins the detention.

"Police detained 52 people in Tuesday morning's raids" tells one act twice: the coder codes the detention (173) and,
where no police doer is read on the raid noun, the raid as an assault (190). The two codes lie in two root families
(17 and 18-20), which the clustering compares apart, so the detention of one report ("Turkish police detained 47
people") and the raid of another ("the suspects detained in Tuesday's raids") went to two events. The raid is where
and how the detention was made, as "in a raid" says: the store reads such a raid as part of the detention of its own
sentence (``Mention.part_of``: the detention's trigger), one unit with it, with its code, as a denied act is read as
part of its denial (``denials.py``).

Only a raid noun ("raid", "sweep", "swoop") that a detention of its own sentence governs with "in" or "during"
("detained 41 dealers in overnight raids", "the people held during the raids") is read so: a raid told as an act of
its own ("Troops raided the camp and arrested five"), a raid in another sentence, or one after a comma or a clause
break ("detained 12 people, and in raids elsewhere troops killed three") stays an act of its own.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from lapwing.schema import ArticleRecord

if TYPE_CHECKING:
    from lapwing.store.mentions import Mention

#: The CAMEO code of an arrest or detention.
CUSTODY = "173"
#: Roots a raid noun may be coded in: coercion (a police raid, 170) and force (an assault, 190).
_RAID_ROOTS = frozenset({"17", "18", "19", "20"})
#: The nouns of a raid or a sweep.
_RAID_WORDS = frozenset({"raid", "raids", "sweep", "sweeps", "swoop", "swoops"})
#: What lies between the detention's verb and the raid noun: the detention's own words (its object, up to ten words,
#: with no punctuation that ends a clause), then "in" or "during" and up to five words of the raid's own ("in
#: Tuesday morning's", "during the overnight").
_BETWEEN = re.compile(r"^(?:\s+[\w'’-]+){0,10}?\s+(?:in|during)(?:\s+[\w'’-]+){0,5}\s+$", re.IGNORECASE)


def custody_raids(record: ArticleRecord, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each raid governed by a detention of its own sentence marked as part of that detention (the
    nearest one before it), with the detention's code."""
    out = list(mentions)
    events = record.events
    text = record.article.text
    held = [(m, e) for m, e in zip(mentions, events) if m.cameo.startswith(CUSTODY) and m.denied_by < 0]
    if not held:
        return out
    for i, (m, e) in enumerate(zip(mentions, events)):
        if m.root not in _RAID_ROOTS or m.cameo.startswith(CUSTODY) or m.denied_by >= 0 \
                or e.trigger.text.lower() not in _RAID_WORDS:
            continue
        before = [(d, f) for d, f in held if f.sentence.start == e.sentence.start and f.trigger.end <= e.trigger.start
                  and _BETWEEN.match(text[f.trigger.end:e.trigger.start])]
        if before:
            d, _f = max(before, key=lambda x: x[0].trigger_start)
            out[i] = dataclasses.replace(m, cameo=d.cameo, plover_type=d.plover_type, quad_class=d.quad_class,
                                         goldstein=d.goldstein, part_of=d.trigger_start)
    return out
