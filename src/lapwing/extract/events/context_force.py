"""A bare word for a body of armed men, read through the article: *officers*, *the team*, *the
personnel*, *operatives*, *detectives* in a report that has named the police or the army before.

Regional crime reports name the force once ("A police team led by inspector ... raided the hideout")
and then act through plain nouns ("The team returned fire", "officers fired teargas into the crowd",
"two officers were seen kicking a man"). Such a word has no sector of its own, so the event would have
no coded source. Here it takes the nearest coded police or military mention before it in the same
article (its country and sector; its text and offsets are the word's own; rule suffix ``+context``).
Only these words, only a police or military antecedent, and only one that comes first in the text.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.docfacts import doc_text
from lapwing.extract.events.participants import collective_content
from lapwing.schema import Actor

#: plain nouns for members or groups of a force (lemmas); "men", "agents" and "guards" are left out:
#: they name too many other things
FORCE_WORDS = frozenset({"officer", "team", "personnel", "operative", "detective", "squad", "unit", "jawan",
                         "patrol", "contingent", "force", "command", "corporal"})
#: the sectors such a word may take from the article
FORCE_SECTORS = frozenset({"COP", "MIL"})


def force_from_context(mentions, tok: Token | None, current: Actor | None) -> Actor | None:
    """The police or military actor a plain force word ``tok`` stands for, or None (``current``, the
    word's own coding, wins when it has a sector)."""
    if tok is None or tok.pos_ not in ("NOUN",) or (current is not None and current.sector):
        return None
    head = tok
    inner = collective_content(tok)  # "*lines of* officers", "a *cordon of* troopers": the words it stands for
    if inner is not None and inner.pos_ == "NOUN":
        tok = inner
    if (tok.lemma_.lower() or tok.lower_) not in FORCE_WORDS and tok.lower_ not in FORCE_WORDS:
        return None
    if any(c.dep_ in ("nmod:poss", "poss") and c.lower_ not in ("its", "their", "our") for c in tok.children):
        return None  # "the gang's team": someone else's ("*its* officers", the force's own, stay)
    found = None
    for m in mentions or ():
        # (an actor mention's fields, read without making its Actor; the Actor only of the one kept)
        a = getattr(m, "actor_view", None) or getattr(m, "actor", None)
        if a is None or a.start >= tok.idx:
            break
        if (a.sector or "").upper() in FORCE_SECTORS:
            found = m
    if found is None:
        return None
    best = found.actor
    first = tok.doc[head.left_edge.i] if head.left_edge.i < head.i else head
    while first.i < head.i and (first.is_punct or first.dep_ == "case"):
        first = tok.doc[first.i + 1]  # ("at *lines of officers*": not the preposition)
    start, end = first.idx, tok.idx + len(tok.text)  # "*The team*", "*two officers*", "*lines of officers*"
    return best.model_copy(update={"text": doc_text(tok.doc)[start:end], "start": start, "end": end, "name": None,
                                   "rule": (best.rule or "actor") + "+context"})
