"""Judgements by nobody in particular (session 18, issue 10: precision on unlabelled news).

A criticism, an accusation, a rejection or a praise needs someone who makes it. Two ways the news tells one without:

* a passive with no agent: "Paris *was accused of* aiding the rebels", "the minister, *who is accused of* taking
  bribes", "the government *was criticized* for its response", "both militias *have been accused of* killing
  civilians" (with an agent it stays: "was accused *by Israel* of ...");
* a generic voice that no actor table codes: "*Critics* blame the government for ...", "*analysts* praised the army",
  "*observers* criticized the vote" (a coded one stays: "UN *experts* accused ...", "*Berisha's critics*" when the
  actor tables give them a country).

``voiceless_judgement`` tells the coder to drop such a candidate: it names no source a coder could record, and the
article's own actors are the target, not the judge. (What the accused is said to have done keeps its own status:
"Paris was accused of aiding the rebels" still gives an attributed aid by Paris.)

``state_voice`` (session 25, round 37): the other way round, a voice the coder dropped though it is political. A
state-owned outlet ("*State television* denied that anyone had been killed", "state broadcaster TGB blamed drug
traffickers", "the state-run news agency rejected the report") speaks for its government when it denies, blames,
criticises or rejects: its denial or accusation is a political event (the media sector alone is not political: a
private broadcaster's accusation stays out). Its plain reports ("state media said ...") are untouched.
"""

from __future__ import annotations

from spacy.tokens import Token

#: CAMEO codes of judgements in words: praise (051), criticism (111), accusation (112x); not a court's verdict
#: (116 "was convicted", by an unnamed court, is an act) nor a rejection of a thing (12: "the bill was rejected")
JUDGEMENT_CODES = ("051", "111", "112")
#: people who judge in the news without being an actor of it
GENERIC_VOICES = frozenset({"critic", "analyst", "observer", "expert", "commentator", "pundit", "skeptic", "sceptic",
                            "detractor", "scholar", "academic", "researcher", "watcher"})


def _passive_without_agent(t: Token) -> bool:
    kids = list(t.children)
    passive = t.tag_ == "VBN" and (any(c.dep_ in ("aux:pass", "auxpass", "nsubj:pass") for c in kids) or (
        t.dep_ in ("acl", "acl:relcl") and any(g.dep_ in ("case", "mark") and g.lower_ in ("of", "for")
                                               for c in kids for g in c.children)))
    # (a bare participle on a noun only with what it is for: "the minister, *accused of* bribery"; "an attack
    # officials blamed on X" may be the officials' act)
    if not passive or any(c.dep_ in ("nsubj", "csubj") for c in kids):  # ("an attack *officials blamed* on X")
        return False
    # (the agent's "by" wherever the parse hung it: "by *rights* groups" gives "by" to the compound; not the "by" of
    # a means clause, "by V-ing")
    return not any(d.lower_ == "by" and d.i > t.i and d.dep_ in ("case", "agent", "prep") and d.head.tag_ != "VBG"
                   for d in t.subtree)


def voiceless_judgement(code: str, trigger: Token, source_tok: Token | None, src, nominal: bool) -> bool:
    """True for a judgement (``code`` 051, 111, 112x) whose source is missing from a passive with no agent, or is a
    generic voice (critics, analysts) that no table codes (``src`` has no country)."""
    if not code.startswith(JUDGEMENT_CODES):
        return False
    if src is None and not nominal and _passive_without_agent(trigger):
        return True
    if source_tok is None or (src is not None and (getattr(src, "country", None) or getattr(src, "sector", None))):
        return False
    return source_tok.lemma_.lower() in GENERIC_VOICES


#: (round 37) words that make a media outlet the state's own
_STATE_OWNED = frozenset({"state", "state-run", "state-owned", "state-controlled", "government-run",
                          "government-owned", "government-controlled", "official"})
#: the verbal codes a state outlet's word counts for: denial (016), disapproval and accusation (11), rejection (12)
_STATE_VOICE_CODES = ("016", "11", "12")


def state_voice(a, code: str) -> bool:
    """Is ``a`` a state-owned media outlet ("State television", "the state-run news agency") speaking a denial, a
    criticism, an accusation or a rejection (``code``)?"""
    if a is None or (a.sector or "").upper() != "MED" or not code.startswith(_STATE_VOICE_CODES):
        return False
    words = (a.text or "").lower().replace("\u2019", "'").split()
    if "islamic" in words:
        return False  # "Islamic State media": an armed group's outlet, coded as the group where known
    return any(w.strip("'s") in _STATE_OWNED or w in _STATE_OWNED for w in words)
