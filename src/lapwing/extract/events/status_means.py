"""Status cues read from unlabelled wire news (session 17, issue 10: precision), used by ``status_cues.content_status``.

* ``means_modality``: a means clause ("by V-ing") takes the modality of the verb it tells the means of: "North Korea
  *could* escalate tensions *by testing* missiles" (hypothetical), "Iran *will* respond *by attacking* bases"
  (future), "did *not* respond *by expelling* diplomats" (negated); "Iran retaliated by attacking bases" stays an
  act; so does the gerund a verb takes through a preposition (session 20): "the prisons *can focus on detaining*
  convicts", "the police *could succeed in arresting* them", "*would keep on fighting*" (hypothetical), "did *not*
  succeed *in capturing* the town" (negated); "the army succeeded in capturing the town" stays an act;
* ``unwilling``: the to-clause of an adjective of unwillingness or inability is not done ("India is *reluctant to
  join* the alliance", "the army was *unable to retake* the town", "*unwilling to send* troops");
* ``purpose_of_design``: what something is aimed at, designed or intended for is not done by it ("an accord *aimed
  at improving* ties with Russia", "talks *designed to end* the war", "a law *intended to curb* protests").
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.syntax import verb_bases

#: auxiliaries of a possibility and of a time to come
_MODAL = frozenset({"could", "would", "might", "may", "should", "must", "ought", "can"})
_WILL = frozenset({"will", "shall", "'ll", "wo", "ll"})
_NEG = frozenset({"not", "n't", "never", "nt"})

#: adjectives whose to-clause is not done: "reluctant to join", "unable to retake"
UNWILLING_ADJ = frozenset({"unable", "unwilling", "reluctant", "hesitant", "loath", "loth", "disinclined",
                           "powerless", "averse"})

#: participles of a purpose given to a thing or a plan: "aimed at", "designed to", "intended to", "meant to"
_DESIGN_VERBS = frozenset({"aim", "design", "intend", "mean", "calculate", "gear"})


def _marked(child: Token, words: frozenset[str] | set[str]) -> bool:
    return any(c.dep_ in ("mark", "case") and c.lower_ in words for c in child.children)


#: prepositions by which a verb takes a gerund as its complement ("focus *on* V-ing", "succeed *in* V-ing", "aim *at*
#: V-ing"), not a time or a reason ("after", "before", "while", "for", "despite")
_COMPLEMENT_PREPS = frozenset({"by", "on", "upon", "in", "into", "at"})


def means_modality(edge: str, child: Token, gov: Token) -> str | None:
    """The status a means clause ``child`` ("by V-ing", hung on ``gov``), or a gerund its verb takes through a
    preposition ("can focus *on detaining*"), takes from the verb's auxiliaries or negation: "hypothetical",
    "future", "negated", or None."""
    if edge != "advcl" or child.tag_ != "VBG" or not _marked(child, _COMPLEMENT_PREPS) or gov.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubj:pass") for c in child.children):
        return None  # (a gerund with a subject of its own tells its own happening)
    kids = list(gov.children)
    aux = {c.lower_ for c in kids if c.dep_ == "aux"}
    if any(c.dep_ in ("advmod", "neg") and c.lower_ in _NEG for c in kids):
        return "negated"
    if aux & _MODAL:
        return "hypothetical"
    if aux & _WILL:
        return "future"
    return None


#: verbs of striving: the gerund they take through a preposition is their goal ("focus on", "push for", "insist on")
_GOAL_VERBS = frozenset({"focus", "concentrate", "centre", "center", "aim", "push", "press", "lobby", "campaign",
                         "strive", "insist", "count", "bet", "work"})


def goal_gerund(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is the gerund a verb of striving takes through a preposition: "focusing *on strengthening* ties"."""
    return (edge == "advcl" and child.tag_ == "VBG" and gov.pos_ in ("VERB", "AUX")
            and _marked(child, {"on", "upon", "at", "for", "toward", "towards"}) and bool(verb_bases(gov) & _GOAL_VERBS)
            and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in child.children))


def unwilling(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is the to-clause of an adjective of unwillingness or inability ("reluctant *to join*")."""
    # (whatever the tag: the tagger reads "unwilling" as a gerund and "loath" as a noun)
    return (edge in ("xcomp", "advcl", "acl") and (gov.lower_ in UNWILLING_ADJ or gov.lemma_.lower() in UNWILLING_ADJ)
            and _marked(child, {"to"}))


def purpose_of_design(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is what ``gov``, a participle of design ("aimed", "designed", "intended"), is for: "aimed *at
    improving* ties", "designed *to end* the war"; the participle describes a noun or is passive ("the talks were
    aimed at ..."), so no one's intent is told (the active "Russia aims to ..." is an intent, left to the coder)."""
    if edge not in ("advcl", "xcomp", "obl", "acl") or gov.tag_ not in ("VBN", "VBD") or not verb_bases(gov) & _DESIGN_VERBS:
        return False
    if not (_marked(child, {"at"}) and child.tag_ == "VBG") and not _marked(child, {"to"}):
        return False
    # (a participle on a noun, even one tagged as a past tense: "an accord with Canada *aimed* at ...")
    return gov.dep_ in ("acl", "amod") or gov.tag_ == "VBN" and any(c.dep_ in ("aux:pass", "auxpass", "nsubj:pass") for c in gov.children)


#: verbs of a suspicion or a guess: what they hold is not asserted ("police *suspect* the gang killed him")
GUESS_VERBS = frozenset({"suspect", "guess", "presume", "surmise"})


def suspected(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is the that-clause of a suspicion or a guess ("I *suspect* the administration sees ...")."""
    return edge == "ccomp" and bool(verb_bases(gov) & GUESS_VERBS)


def moving_to(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is the to-clause of a progressive "is moving to" ("the agency *is moving to seize* the assets"): a
    step under way, not the act ("moved to ban the party", past, is left as an act)."""
    return (edge == "xcomp" and gov.lemma_.lower() == "move" and gov.tag_ == "VBG" and _marked(child, {"to"})
            and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in gov.children))


#: verbs of weighing an option: "would consider X if ..." tells the consideration
_WEIGH_VERBS = frozenset({"consider", "weigh", "study", "examine", "explore", "mull", "review", "contemplate"})


def conditional_main(anchor: Token) -> bool:
    """``anchor`` is a would / could / might clause with an if- or unless-clause of its own: "the president *would
    meet* Kim *if* there is a prospect of a deal" is a condition, not a plan (with "will", a promise or a threat,
    it is left to the coder's intent and threat rows)."""
    if verb_bases(anchor) & _WEIGH_VERBS:
        return False  # "would consider sending observers if the talks fail": the openness to an option is told (014)
    kids = list(anchor.children)
    return any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in kids) and any(
        c.dep_ == "advcl" and _marked(c, {"if", "unless"}) for c in kids)
