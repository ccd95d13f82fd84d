"""A name the model left untagged opening its sentence as the subject of an event verb (session 30, round 57).

"*Wako* urged Uganda to reopen the border", "*Chaudhry* warned that ...": a capitalised proper noun heading the
sentence, which the named-entity model tagged as nothing, is the event's doer all the same; the uncoded fallback of
:mod:`lapwing.extract.events.participants` used to refuse every sentence-initial name without an entity type (a
headline word or a capitalised common noun may open a sentence), so the act was left with no source (and, while round 55's rule that dropped
an act in words by no one was in, not emitted at all). ``named_subject`` accepts it as a
person only when every sign says name: tagged NNP and PROPN, title-case letters, the subject of a verb, no country
name or nationality word, no role or agent word of the lexicons, and the same word never written in lower case in
the article (a common noun capitalised by its position would be).
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.docfacts import word_columns
from lapwing.extract.events.lexicon_loader import agent_word_sectors, single_word_agents
from lapwing.extract.events.syntax import PERSONISH


def named_subject(t: Token, nat: dict | None = None) -> bool:
    """Is ``t`` an untagged name opening its sentence as a verb's subject ("*Wako* urged ...")? (round 57)"""
    if t.pos_ != "PROPN" or t.tag_ != "NNP" or t.ent_type_ or t.dep_ not in ("nsubj",) or t.head.pos_ not in ("VERB",):
        return False
    w = t.text
    flat = any(c.dep_ == "flat" for c in t.children)  # ("*Fu* Cong blamed ...": a short word heads a full name)
    if len(w) < (2 if flat else 3) or not w.isalpha() or not w.istitle() or (nat and t.i in nat):
        return False
    low = w.lower()
    if low in PERSONISH or low in single_word_agents() or low in agent_word_sectors():
        return False
    if any(c.dep_ not in ("flat", "compound", "punct") or c.pos_ not in ("PROPN", "PUNCT") for c in t.children):
        return False  # a phrase with a determiner, an adjective or a clause is no bare name
    return low not in word_columns(t.doc).text  # (the article's words as written, read once per article)
