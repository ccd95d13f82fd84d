"""Parse repair 106: a passive verb's by-agent hung on a noun of its other phrase, or its "by" on another word.

"Its polling agents were driven out of dozens of polling stations *by ruling-party activists*", "Three men were
taken from their homes *by soldiers*", "the ballot boxes were carried away from the schools *by armed men*": the
parser hangs "by X" on the last noun before it ("stations by activists", "homes by soldiers"), or reads "by" as the
marker of a word inside X ("by ruling-party"), so the passive verb has no agent and the event no source. A place
or a thing has no by-phrase of people: when a passive verb with no agent of its own has, inside one of its
prepositional phrases (or as such a phrase), a "by" phrase whose noun is people or a named group, the phrase is the
verb's agent. A nominal act keeps its by-phrase ("the attack on the office *by militants* was condemned": *attack*
is no passive verb's phrase; "arrested in *a raid by police*": the raid is an act of its own, a trigger noun of the
lexicon), and so does a by-phrase of no people ("killed in a blast *by the roadside*").
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.lexicon_loader import lexicon
from lapwing.extract.events.repair_auxiliary import _people_word
from lapwing.extract.events.repair_particle import _set_head

_PHRASE_DEPS = ("obl", "nmod")


def _passive_without_agent(v: Token) -> bool:
    kids = list(v.children)
    return v.pos_ == "VERB" and any(c.dep_ in ("aux:pass", "auxpass") for c in kids) \
        and not any(c.dep_ in ("obl:agent", "agent") for c in kids)


def by_noun(b: Token) -> Token | None:
    """The noun that the "by" ``b`` introduces: the first noun after it whose phrase starts right after it."""
    doc = b.doc
    for k in range(b.i + 1, min(b.i + 6, len(doc))):
        t = doc[k]
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ in _PHRASE_DEPS + ("obj",) and t.left_edge.i in (b.i, b.i + 1):
            return t
        if t.pos_ in ("VERB", "AUX", "ADP", "PUNCT") and t.dep_ not in ("amod", "compound", "punct"):
            return None
    return None


def repair_agent_on_phrase_noun(b: Token) -> bool:
    """Repair 106 on a "by" ``b`` (case or mark); True when applied."""
    n = by_noun(b)
    if n is None or not _people_word(n):
        return False
    h = n
    steps = 0
    while h.dep_ in _PHRASE_DEPS and h.head.pos_ in ("NOUN", "PROPN") and h.head.i < h.i and steps < 4:
        h = h.head
        steps += 1
    v = h.head
    if h.dep_ != "obl" or v.i > b.i or not _passive_without_agent(v):
        return False
    if steps and ("N", n.head.lemma_.lower()) in lexicon().by_lemma:
        return False  # "arrested in *a raid by police*": an act named by a noun keeps its own doer
    if steps == 0 and b.head.i == n.i and b.dep_ == "case":
        return False  # already the verb's own phrase, "by" and all (a mislabel other repairs handle)
    _set_head(b, n, "case")
    _set_head(n, v, "obl:agent")
    return True
