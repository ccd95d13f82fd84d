"""Parse repair 141 (session 39, round rv79): a counted object after the verb's obliques read as a clause.

141. **"Thailand handed over to Malaysia on Friday *three suspects*", "Kenya handed over to Uganda on Monday *four
   rebels*", "Police handed over to prosecutors *three suspects*", "Italy returned to Tunisia on Tuesday *40
   migrants*".** When a verb's object comes after its to-phrase or its time phrase, the model reads the counted noun
   as a clause of its own (a present verb "suspects" as an adverbial clause or a relative clause of the noun before
   it, the noun as a ``parataxis``) or as the head of the time phrase (the day the figure's modifier): the verb is
   left with no object and its act with no target. A noun with a figure right before it and no subject, object or
   preposition of its own, after a verb that has no object, with only the verb's particle and prepositional and
   time phrases between them, is the verb's object; the figure counts it, and a day read as its modifier (with the
   preposition of the time phrase on the noun) is the verb's oblique again.

   Not when only a particle stands between the verb and the figure ("handed over two suspects to X": another
   repair's), when the verb already has an object or a clause ("handed the keys to X on Friday, three days late"), for a
   passive verb, for a figure that is a date's day ("on 3 March", "in 2024"), nor when anything but
   prepositional, time and particle words stands between the verb and the figure.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_index import RepairIndex

from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_time import is_time_word as _is_time_word

#: the labels the counted noun is given when read as a clause or as a phrase's part
_MISREAD = ("advcl", "parataxis", "acl:relcl", "acl", "dep", "obl", "nmod", "appos", "ccomp")
#: a verb with one of these already has its object or its clause
_FILLED = ("obj", "dobj", "ccomp", "xcomp", "aux:pass", "nsubj:pass", "iobj")
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                     "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                     "nov", "dec"})


def is_time_word(t: Token) -> bool:
    """A word of time ("Friday", "hours", "week")."""
    return _is_time_word(t.lower_, t.pos_, t.ent_type_)


def late_object_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens repair 141 is tried on: a noun (or a plural read as a present verb) labelled as a clause or a
    phrase, with a figure right before it (with ``index``, only nouns so labelled are read)."""
    toks = doc if index is None else index.tokens(index.find(tag=("NNS", "NN", "VBZ"), dep=_MISREAD))
    return [t.i for t in toks if t.i > 2 and t.tag_ in ("NNS", "NN", "VBZ") and t.dep_ in _MISREAD
            and doc[t.i - 1].tag_ == "CD" and doc[t.i - 1].like_num]


def _verb_of(n: Token) -> Token | None:
    """The verb the noun ``n`` hangs on, directly or through one of the verb's obliques."""
    for h in (n.head, n.head.head):
        if h.pos_ == "VERB" and h.i < n.i:
            return h
    return None


def repair_late_object(n: Token) -> bool:
    """Repair 141 on the noun ``n``; True when applied."""
    doc = n.doc
    fig = doc[n.i - 1]
    v = _verb_of(n)
    if v is None or v.lower_ not in verb_forms() or v.tag_ not in ("VBD", "VBP", "VBZ", "VB") \
            or any(c.dep_ in _FILLED for c in v.children):
        return False
    if is_time_word(n) or any(c.dep_ in ("nsubj", "nsubj:pass", "obj", "dobj", "mark", "aux", "cop") for c in n.children) \
            or doc[fig.i - 1].lower_ in _MONTHS or (fig.i + 1 < len(doc) and doc[fig.i + 1].lower_ in _MONTHS) \
            or (len(fig.text) == 4 and fig.text.isdigit()):
        return False
    between = doc[v.i + 1:fig.i]
    if not between or any(w.pos_ not in ("ADP", "PART", "DET", "PROPN", "NOUN", "ADJ", "ADV") and w.dep_ != "punct"
                          for w in between) or any(w.text == "," for w in between):
        return False
    if not any(w.pos_ == "ADP" or is_time_word(w) for w in between):
        return False
    if not any(w.pos_ in ("PROPN", "NOUN") or is_time_word(w) for w in between):
        return False  # only a particle between ("handed over *two* suspects to X"): no oblique before the object
    case = [c for c in n.children if c.dep_ == "case" and c.i < fig.i]
    day = next((c for c in fig.children if c.dep_ in ("nmod:unmarked", "nmod", "compound", "obl") and c.i < fig.i),
               None) or next((c for c in n.children if c.i < fig.i and is_time_word(c)), None)
    if case and day is None:
        return False
    if day is not None:
        day.head, day.dep_ = v, "obl"
        for c in case:
            c.head = day
    n.head, n.dep_ = v, "obj"
    if n.tag_ == "VBZ":
        n.tag_, n.pos_, n.lemma_ = "NNS", "NOUN", n.lower_
    fig.head, fig.dep_ = n, "nummod"
    return True
