"""Parse repair 74: a passive verb's second phrase hung on its by-agent.

"The tanker attack, blamed *by the Americans on Iran*, ..." is parsed with "on Iran" a modifier of *Americans*, so the
blame has no target. For verbs that take the phrase themselves (blamed / pinned *on*, attributed *to*, imposed *on*,
fired *at*, sent / given *to*), a phrase with that preposition right after the agent, on the agent, is the verb's."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.syntax_words import lemma_of

#: verb lemma -> the prepositions of the phrase it takes after its by-agent
VERB_PHRASES: dict[str, frozenset[str]] = {
    "blame": frozenset({"on", "for"}), "pin": frozenset({"on"}), "attribute": frozenset({"to"}),
    "ascribe": frozenset({"to"}), "impose": frozenset({"on", "against"}), "level": frozenset({"against", "at"}),
    "levy": frozenset({"on", "against"}), "fire": frozenset({"at", "on"}), "launch": frozenset({"against", "on"}),
    "send": frozenset({"to"}), "give": frozenset({"to"}), "hand": frozenset({"to"}), "award": frozenset({"to"}),
    "grant": frozenset({"to"}), "deliver": frozenset({"to"}), "provide": frozenset({"to"}),
    "extend": frozenset({"to"}), "direct": frozenset({"at", "against"}), "aim": frozenset({"at"}),
}


def repair_phrase_on_agent(agent: Token) -> bool:
    """Repair 74 on a by-agent ``agent``; True when applied."""
    v = agent.head
    preps = VERB_PHRASES.get(lemma_of(v))
    if agent.dep_ != "obl:agent" or preps is None or v.i > agent.i:
        return False
    c = next((c for c in agent.children if c.dep_ == "nmod" and c.i > agent.i), None)
    if c is None or c.ent_type_ in ("DATE", "TIME"):
        return False  # (only the first phrase after the agent's own words)
    case = c.left_edge
    if case.dep_ != "case" or case.head.i != c.i or case.lower_ not in preps:
        return False
    _set_head(c, v, "obl")
    return True
