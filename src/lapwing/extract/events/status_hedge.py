"""Hedged and discussed nominal events (round pr29, issue 10: precision on unseen news).

Two classes of nominal event that the text names without telling that it happened, found by judging the coder's
output on unlabelled wire news (seed 2929; docs/events.md, round pr29):

* ``hedged_nominal``: an adjective of possibility on the event noun makes it a prospect, not a happening: "amid the
  *possible eviction* of families", "fears of a *potential attack* on the capital", "a *threatened strike*"
  (hypothetical); "the *planned withdrawal* of troops", "an *imminent offensive*" (future, as a plan noun's
  complement is);
* ``agreed_purpose``: the to-clause of an agreement that the parser hung on the verb that made it, away from the
  agreement noun ("Ghana and Togo *signed an agreement on Monday to withdraw* troops", "*struck a deal* with Somalia
  *in March to expel* ..."): what the parties committed to (hypothetical, as the noun's own to-clause already is);
* ``discussed_topic``: the event noun is what a discussion or a disagreement is about: "the two leaders *disagreed
  over* U.S. *aid* to Kyiv", "*talks on* the *withdrawal* of troops", "ministers *discussed* the *deployment* of
  peacekeepers" (hypothetical: a topic, not an act the sentence reports). Violence, arrests and expulsions are left
  (roots 17-20: "debated the killing of the protesters" tells of a killing that happened).

Tried and taken out: a verb of appearance as a hedge ("Pyongyang *appears to be preparing* a launch" made
hypothetical through ``status_words.HYPO_GOVERNORS``): on a blind sample it turned a ministry's own "appears ready to
allow ..." (an intent its official reported) into no claim, and the lockbox figure fell by one right event (branch
pr29-candidates keeps it).
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.syntax_words import verb_bases

#: adjectives that make an event noun a mere possibility ("the *possible* eviction of ...")
POSSIBLE_ADJ = frozenset({
    "possible", "potential", "threatened", "feared", "looming", "mooted", "prospective", "hypothetical",
    "would-be", "conceivable", "eventual", "rumoured", "rumored", "contemplated", "envisaged", "putative",
})
#: adjectives that make it a plan or a prospect of the near future ("the *planned* withdrawal of ...")
PLANNED_ADJ = frozenset({
    "planned", "proposed", "intended", "imminent", "impending", "upcoming", "forthcoming", "expected",
    "anticipated", "scheduled",
})
#: verbs and nouns whose "over / about / on" phrase (or whose object, for the verbs) is a topic
TOPIC_VERBS = frozenset({"discuss", "debate", "disagree", "quarrel", "argue", "wrangle", "bicker", "negotiate",
                         "deliberate", "haggle", "squabble", "clash"})
TOPIC_NOUNS = frozenset({
    "talk", "talks", "discussion", "negotiation", "debate", "disagreement", "dispute", "row", "spat", "quarrel",
    "wrangle", "argument", "deliberation", "consultation", "rift", "feud", "standoff", "stand-off", "squabble",
    "difference", "differences", "question", "vote", "referendum", "dialogue",
})
#: the prepositions that bring a topic
TOPIC_PREPS = frozenset({"over", "about", "on", "regarding", "concerning", "surrounding", "of"})
#: verbs whose direct object is a topic
_OBJECT_TOPIC_VERBS = frozenset({"discuss", "debate", "negotiate"})
#: roots whose acts are told as done even as a topic (violence, arrests, expulsions)
KEEP_ROOTS = frozenset({"17", "18", "19", "20"})


def hedged_nominal(trigger: Token) -> str | None:
    """"hypothetical" or "future" when the event noun ``trigger`` has an adjective of possibility or of plan
    ("the *possible* eviction", "the *planned* withdrawal"), else None."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return None
    words = {c.lower_ for c in trigger.children if c.dep_ in ("amod", "compound", "advmod") and c.i < trigger.i}
    if words & POSSIBLE_ADJ:
        return "hypothetical"
    if words & PLANNED_ADJ:
        return "future"
    return None


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def discussed_topic(trigger: Token, root: str) -> bool:
    """The event noun ``trigger`` is the topic of a discussion or a disagreement ("disagreed *over* U.S. aid",
    "talks *on* the withdrawal", "discussed the deployment"), and its code is no act of force (``KEEP_ROOTS``)."""
    if trigger.pos_ not in ("NOUN", "PROPN") or root in KEEP_ROOTS or trigger.head.i == trigger.i:
        return False
    h = trigger.head
    if trigger.dep_ in ("obj", "dobj") and h.pos_ == "VERB" and _lemma(h) in _OBJECT_TOPIC_VERBS:
        return True
    if trigger.dep_ not in ("obl", "nmod", "pobj"):
        return False
    preps = {c.lower_ for c in trigger.children if c.dep_ == "case"}
    if not preps & TOPIC_PREPS:
        return False
    if "of" in preps and not preps - {"of"}:
        # "of" brings a topic only after a question ("the question of aid"), not after a talk ("talks of ...")
        return h.pos_ == "NOUN" and _lemma(h) == "question"
    if h.pos_ == "VERB":
        return _lemma(h) in TOPIC_VERBS
    return h.pos_ == "NOUN" and (_lemma(h) in TOPIC_NOUNS or h.lower_ in TOPIC_NOUNS)


#: nouns of an agreement whose to-clause is what the parties commit to ("signed *an accord* ... to reopen")
AGREEMENT_NOUNS = frozenset({
    "agreement", "deal", "accord", "pact", "treaty", "memorandum", "arrangement", "understanding", "protocol",
    "compact", "truce", "ceasefire", "cease-fire", "settlement", "bargain", "framework", "roadmap", "plan",
})
#: verbs that make or announce an agreement ("*signed* an accord", "*reached* a deal", "*struck* a pact")
AGREEMENT_VERBS = frozenset({
    "sign", "reach", "strike", "struck", "negotiate", "conclude", "ink", "seal", "broker", "clinch", "finalize",
    "finalise", "announce", "approve", "ratify", "hammer", "agree", "endorse", "unveil", "adopt",
})


def agreed_purpose(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is a to-clause the parser hung on a verb that made an agreement, away from the agreement noun
    ("Ghana and Togo *signed an agreement on Monday to withdraw* troops", "*reached a deal* last week *to release*
    prisoners", "*negotiated a pact with* the Taliban *to pull* its troops"): what the parties committed to, not
    done yet (an agreement noun's own to-clause is already a prospect in ``status.event_status``)."""
    if edge != "advcl" or gov.pos_ not in ("VERB", "AUX"):
        return False
    if not (verb_bases(gov) | {_lemma(gov), gov.lower_}) & AGREEMENT_VERBS:  # ("struck": no base found)
        return False
    if child.i < gov.i or not any(c.dep_ == "mark" and c.lower_ == "to" for c in child.children):
        return False
    return any(c.dep_ in ("obj", "dobj") and _lemma(c) in AGREEMENT_NOUNS and c.i < child.i for c in gov.children)
