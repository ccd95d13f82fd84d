"""Parse repair 245: an adverb or a short adverbial phrase between a verbless sentence's subject and its verb.

"Trump *at first* imposed tariffs on ...", "The ministry *in turn* expelled two envoys", "China *then* banned imports
of ...": the parser reads the words after the subject as a phrase on the noun after the verb ("at [first imposed
tariffs]") or the verb as an adjective of its object, and the sentence has no verb. Repair 21
(``repair_verbless``) already took "-ly" adverbs there ("police *allegedly* tortured"); it now also takes the plain
adverbs of order, time and manner of ``ADVERBS`` and the two- and three-word phrases of ``PHRASES`` right before the
verb, and hangs them on the verb. The rest of repair 21's checks (a bare noun phrase subject, an object after the
verb, no other verb) are unchanged.
"""

from __future__ import annotations

from spacy.tokens import Doc

#: single adverbs that stand between a subject and its verb in news copy
ADVERBS = frozenset({"again", "also", "then", "first", "once", "soon", "now", "already", "still", "even", "further",
                     "subsequently", "eventually", "meanwhile", "instead", "too", "twice", "thereafter", "promptly"})
#: short adverbial phrases, as tuples of lower-cased words
PHRASES = frozenset({("at", "first"), ("at", "once"), ("in", "turn"), ("in", "response"), ("in", "return"),
                     ("at", "last"), ("once", "again"), ("once", "more"), ("in", "retaliation"),
                     ("at", "the", "time"), ("in", "the", "end")})
_LONGEST = max(len(p) for p in PHRASES)


def adverbs_before(doc: Doc, i: int, lo: int) -> int:
    """The first index of the run of adverbs (``-ly`` ones, those of ``ADVERBS``) and phrases of ``PHRASES`` that
    ends right before token ``i``, not going below ``lo + 1`` (a subject word must stay before them); ``i`` when
    there is none."""
    a = i
    while a - 1 > lo:
        prev = doc[a - 1]
        if prev.pos_ == "ADV" and (prev.lower_.endswith("ly") or prev.lower_ in ADVERBS):
            a -= 1
            continue
        for n in range(_LONGEST, 1, -1):
            if a - n > lo and tuple(t.lower_ for t in doc[a - n:a]) in PHRASES:
                a -= n
                break
        else:
            return a
    return a
