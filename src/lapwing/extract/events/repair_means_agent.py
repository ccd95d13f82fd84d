"""Parse repair 315: a by-phrase of means read as a passive's agent (session 39, round sa79).

"President X later *spoke by telephone* with the commanders ... and told them to hold their positions": the parser
labels "by telephone" the agent of "spoke" (``obl:agent``), as if the verb were a passive, and a passive's conjunct
with an object of its own is read as done by that agent, so the call is lost. A verb with an active subject and no
passive auxiliary has no agent: a by-phrase of the means of talking (telephone, phone, video link, letter, email,
radio) on it is an oblique of means (``obl``).
"""

from __future__ import annotations

from spacy.tokens import Token

#: the means of talking or writing a by-phrase names ("by telephone", "by video link", "by letter")
MEANS_NOUNS = frozenset({"telephone", "phone", "videophone", "video", "videolink", "link", "videoconference",
                         "teleconference", "letter", "email", "e-mail", "radio", "satellite", "mail", "post",
                         "message", "text", "fax", "cable"})
_PASSIVE_MARKS = frozenset({"aux:pass", "auxpass", "nsubj:pass", "nsubjpass", "csubj:pass"})


def repair_means_agent(t: Token) -> bool:
    """Repair 315 on the by-phrase's noun ``t``; True when applied."""
    v = t.head
    if t.dep_ != "obl:agent" or t.lower_ not in MEANS_NOUNS or v.i == t.i or v.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(v.children)
    if any(c.dep_ in _PASSIVE_MARKS for c in kids) or not any(c.dep_ == "nsubj" for c in kids):
        return False  # (a real passive: "the message was delivered by radio" keeps its reading)
    t.dep_ = "obl"
    return True
