"""The body a person works for, named by a "for" phrase on the person's role noun, as the party acted on (session 35,
round ar70, issue 10): "expelled two inspectors *for the IAEA*", "two reporters *for the BBC* were detained", "a
spokesman *for the Taliban*".

A role noun (an inspector, a reporter, a worker, a monitor) with no code of its own stands for the body its "for"
phrase names, when that body is coded and is not a country or a place: "envoy for Syria" and "observers for the
election" name what the person is sent to or about, not whom the person serves (the caller checks the code).
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.parse_memo import children_of
from lapwing.extract.events.syntax import _cases, _words

#: role nouns whose "for" phrase names their employer (never "envoy", "representative", "negotiator": sent *for* a
#: place or a task)
_ROLE_NOUNS = frozenset({"inspector", "monitor", "reporter", "journalist", "correspondent", "photographer",
                         "worker", "employee", "staffer", "official", "spokesman", "spokeswoman", "spokesperson",
                         "investigator", "contractor", "consultant", "officer", "analyst", "volunteer", "researcher"})


def employer(t: Token | None) -> Token | None:
    """The noun of a role noun's "for" phrase ("inspectors *for the IAEA*"), a proper name or an organisation entity;
    None otherwise (the caller asks that its actor be coded and not a country)."""
    if t is None or t.pos_ != "NOUN" or not (_words(t) & _ROLE_NOUNS):
        return None
    for c in children_of(t):
        if c.dep_.startswith("nmod") and c.i > t.i and "for" in _cases(c) and (
                c.pos_ == "PROPN" or c.ent_type_ == "ORG"
                or any(g.pos_ == "PROPN" and g.dep_ in ("compound", "amod") for g in children_of(c))):
            return c
    return None
