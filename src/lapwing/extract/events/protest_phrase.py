"""What an act is done *in protest* of, as the noun of its aimed phrase (session 35, round ar70, issue 10): "began a
hunger strike *in protest of the government's refusal*", "walked off the job in protest *at the company's pay
offer*", "recalled its envoy in protest *against the vote*".

The phrase hangs on the act's verb (for a noun trigger, on the verb that takes it as object) as "in protest", with
the aimed noun either in the phrase's own "of / against / at / over" phrase or in the very next phrase of the verb
(the parser often hangs it there). The coder asks this only when the pattern's "against" phrase found nothing; the
noun's owner ("the government's refusal" -> the government) is then its target as for any noun target.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.syntax import lemma_of
from lapwing.extract.events.syntax_args import _prep, _prep_args

_AIMED = frozenset({"of", "against", "at", "over"})


def protested_phrase(t: Token) -> Token | None:
    """The noun an act is done in protest of (see the module's note), or None."""
    places = [t]
    if t.pos_ == "NOUN" and t.dep_ in ("obj", "dobj") and t.head.pos_ in ("VERB", "AUX"):
        places.append(t.head)  # "began a hunger strike in protest of ...": the phrase on the verb
    for x in places:
        args = _prep_args(x)
        for cs, p in args:
            if "in" not in cs or lemma_of(p) != "protest" or p.i < t.i:
                continue
            n = _prep(p, _AIMED)
            if n is None:  # "in protest [at the offer]" hung on the verb right after
                n = next((h for cs2, h in args if cs2 & _AIMED and h.left_edge.i == p.i + 1), None)
            if n is not None and n.pos_ in ("NOUN", "PROPN"):
                return n
    return None
