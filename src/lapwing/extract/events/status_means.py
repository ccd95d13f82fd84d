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
* ``prospect`` (round 23): what a step *paves the way for* is a prospect, not an act: "signed a treaty, *paving the
  way for deepening* their military cooperation", "the ceasefire *paved the way for the release* of the hostages",
  "*opens the door to deploying* troops", "*laid the groundwork for expanding* trade" (hypothetical);
* ``consequence_gerund`` (round 23): the gerund a verb of consequence or requirement takes is what something would
  mean or need, not a happening: "being in the opposition *means speaking out*", "peace *requires disarming* the
  militias" (hypothetical); ``misread_subject_predicate``: a gerund the parser hung beside its own predicate under a
  verb of saying ("ministers said *negotiating* with rebel groups *is considered* a crime") is that predicate's
  subject, read by ``status_cues.generic_gerund``.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.status_words import NT_FORMS
from lapwing.extract.events.syntax import verb_bases
from lapwing.extract.events.parse_memo import children_of

#: auxiliaries of a possibility and of a time to come
_MODAL = frozenset({"could", "would", "might", "may", "should", "must", "ought", "can"})
_WILL = frozenset({"will", "shall", "'ll", "’ll", "wo", "ll"})
_NEG = frozenset({"not", "never"}) | NT_FORMS

#: adjectives whose to-clause is not done: "reluctant to join", "unable to retake"
UNWILLING_ADJ = frozenset({"unable", "unwilling", "reluctant", "hesitant", "loath", "loth", "disinclined",
                           "powerless", "averse"})

#: participles of a purpose given to a thing or a plan: "aimed at", "designed to", "intended to", "meant to"
_DESIGN_VERBS = frozenset({"aim", "design", "intend", "mean", "calculate", "gear"})


def _marked(child: Token, words: frozenset[str] | set[str]) -> bool:
    return any(c.dep_ in ("mark", "case") and c.lower_ in words for c in children_of(child))


#: prepositions by which a verb takes a gerund as its complement ("focus *on* V-ing", "succeed *in* V-ing", "aim *at*
#: V-ing"), not a time or a reason ("after", "before", "while", "for", "despite")
_COMPLEMENT_PREPS = frozenset({"by", "on", "upon", "in", "into", "at"})


def means_modality(edge: str, child: Token, gov: Token) -> str | None:
    """The status a means clause ``child`` ("by V-ing", hung on ``gov``), or a gerund its verb takes through a
    preposition ("can focus *on detaining*"), takes from the verb's auxiliaries or negation: "hypothetical",
    "future", "negated", or None."""
    if edge != "advcl" or child.tag_ != "VBG" or not _marked(child, _COMPLEMENT_PREPS) or gov.pos_ not in (
            "VERB", "AUX", "ADJ"):
        return None
    if any(c.dep_ in ("nsubj", "nsubj:pass") for c in children_of(child)):
        return None  # (a gerund with a subject of its own tells its own happening)
    kids = list(children_of(gov))
    aux = {c.lower_ for c in kids if c.dep_ == "aux"}
    if gov.pos_ == "ADJ":
        # (round st67) an adjective's modal: "the Council *must be unanimous in condemning* the coup", "should be
        # firm in condemning": asked for, not done ("was *not slow* in condemning" did condemn: no negation read)
        if not any(c.dep_ == "cop" for c in kids):
            return None
        return "hypothetical" if aux & _MODAL else None  # (a "will" left to the adjective's own rules: "will be
        # *interested in* encouraging" stays an interest, status_cues.INTEREST_ADJ)
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
            and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in children_of(child)))


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
    return gov.dep_ in ("acl", "amod") or gov.tag_ == "VBN" and any(c.dep_ in ("aux:pass", "auxpass", "nsubj:pass") for c in children_of(gov))


#: verbs of a suspicion or a guess: what they hold is not asserted ("police *suspect* the gang killed him")
GUESS_VERBS = frozenset({"suspect", "guess", "presume", "surmise"})


def suspected(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is the that-clause of a suspicion or a guess ("I *suspect* the administration sees ...")."""
    return edge == "ccomp" and bool(verb_bases(gov) & GUESS_VERBS)


def moving_to(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is the to-clause of a progressive "is moving to" ("the agency *is moving to seize* the assets"): a
    step under way, not the act ("moved to ban the party", past, is left as an act)."""
    return (edge == "xcomp" and gov.lemma_.lower() == "move" and gov.tag_ == "VBG" and _marked(child, {"to"})
            and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in children_of(gov)))


#: verbs of weighing an option: "would consider X if ..." tells the consideration
_WEIGH_VERBS = frozenset({"consider", "weigh", "study", "examine", "explore", "mull", "review", "contemplate"})


def conditional_main(anchor: Token) -> bool:
    """``anchor`` is a would / could / might clause with an if- or unless-clause of its own: "the president *would
    meet* Kim *if* there is a prospect of a deal" is a condition, not a plan (with "will", a promise or a threat,
    it is left to the coder's intent and threat rows)."""
    if verb_bases(anchor) & _WEIGH_VERBS:
        return False  # "would consider sending observers if the talks fail": the openness to an option is told (014)
    kids = list(children_of(anchor))
    return any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in kids) and any(
        c.dep_ == "advcl" and _marked(c, {"if", "unless"}) for c in kids)


#: the nouns of a way opened for something ("pave the *way* for", "open the *door* to", "lay the *groundwork* for")
PATH_NOUNS = frozenset({"way", "door", "path", "road", "groundwork", "ground", "stage", "foundation", "foundations",
                        "basis"})
#: the verbs that open such a way ("*pave* the way", "*open* the door", "*set* the stage", "*lay* the groundwork")
OPENING_VERBS = frozenset({"pave", "open", "clear", "lay", "set", "prepare", "smooth"})
#: verbs whose gerund is what something means or needs ("*means* speaking out", "*requires* disarming the militias")
CONSEQUENCE_VERBS = frozenset({"mean", "involve", "entail", "require", "necessitate"})


def _opening(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and bool(verb_bases(verb) & OPENING_VERBS)


def prospect(edge: str, child: Token, gov: Token) -> bool:
    """``child`` (a gerund or a noun, marked "for" or "to") is what the path noun ``gov`` opened by an opening verb
    leads to, or what such a verb ``gov`` with a path noun as its object opens the way for."""
    if not _marked(child, {"for", "to", "toward", "towards"}):
        return False
    if edge in ("acl", "nmod", "acl:relcl") and gov.pos_ == "NOUN":
        return gov.lemma_.lower() in PATH_NOUNS and gov.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass") \
            and gov.head.i != gov.i and _opening(gov.head)
    if edge in ("obl", "advcl") and _opening(gov):
        return any(c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass") and c.lemma_.lower() in PATH_NOUNS
                   and c.i < child.i for c in children_of(gov))
    return False


def consequence_gerund(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is a subjectless gerund taken by a verb of consequence or requirement ("means *speaking out*")."""
    if edge not in ("xcomp", "ccomp", "obj", "dobj") or child.tag_ != "VBG" or gov.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubj:pass", "nmod:poss", "poss", "mark") for c in children_of(child)):
        return False  # ("means *that* the army is leaving", "means his leaving the party": told as they are)
    return bool(verb_bases(gov) & CONSEQUENCE_VERBS)


def misread_subject_predicate(child: Token, gov: Token) -> Token | None:
    """The predicate whose subject the gerund ``child`` is, when the parser hung both on the verb ``gov`` above them:
    "ministers said [*negotiating* with rebel groups] [*is considered* a crime]", "analysts believe [*negotiating*
    with the Taliban] [*is* the only way]": a clause of ``gov`` that starts right after the gerund's phrase and has a
    copula or an auxiliary but no subject of its own (``status_cues.generic_gerund`` then reads it as the gerund's
    predicate); None when there is none."""
    if child.tag_ != "VBG" or child.i >= gov.i and gov.dep_ != "ROOT" or any(
            c.dep_ in ("nsubj", "nsubj:pass", "nmod:poss", "poss", "mark") for c in children_of(child)):
        return None
    nxt = child.right_edge.i + 1
    for p in children_of(gov):
        if p.i <= child.i or p.dep_ not in ("ccomp", "xcomp") or p.left_edge.i != nxt:
            continue
        kids = list(children_of(p))
        if any(c.dep_ in ("nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl") for c in kids):
            return None
        if any(c.dep_ in ("cop", "aux", "aux:pass") and c.i < p.i for c in kids):
            return p
    return None
