"""Status cues read from unlabelled wire news (session 15, issue 10: precision), used by ``status.event_status``.

* ``dismissed_claim``: a claim noun whose that-clause holds the event is said to be false ("*reports* that its
  jets had bombed a village *were baseless*", "*claims* that the army shelled the village *are not true*"): negated;
* ``generic_gerund``: a gerund clause with no subject of its own, the subject of a present or modal
  predicate, names a kind of act, not an act ("*attacking* aid convoys is a war crime",
  "*arresting* journalists would damage the country's image"); "*attacking* the convoy was a mistake"
  (past) still tells of an act;
* ``time_allowance``: the to-clause of a time given to someone is what they must do by then, not done
  ("the army gave the rebels 48 hours *to surrender*").
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.status_doubt import doubted_clause, failed_clause, time_for
from lapwing.extract.events.status_means import (consequence_gerund, goal_gerund, means_modality,
                                                misread_subject_predicate, moving_to, prospect, purpose_of_design,
                                                suspected, unwilling)
from lapwing.extract.events.status_prevent import doubted, event_condition, prevented
from lapwing.extract.events.status_supposition import supposed_clause, supposed_scene
from lapwing.extract.events.status_wire import future_when, no_plan, permitted
from lapwing.extract.events.status_words import NT_FORMS
from lapwing.extract.events.syntax import verb_bases

#: predicates that call a claim false ("the reports were *baseless*", "were *misleading propaganda*")
DISMISSIVE = frozenset({
    "baseless", "false", "untrue", "unfounded", "groundless", "fabricated", "fabrication", "fabrications", "lie",
    "lies", "propaganda", "nonsense", "rubbish", "wrong", "incorrect", "inaccurate", "misleading", "fake",
    "absurd", "ridiculous", "fiction", "fantasy", "slander", "smear", "hoax", "myth", "invention",
    "unsubstantiated", "unfounded", "bogus", "spurious", "libellous", "libelous", "defamatory",
})
#: predicates that, negated, call a claim false ("are *not true*")
_TRUE = frozenset({"true", "correct", "accurate", "right", "founded", "fact"})
_DENYING = frozenset({"deny", "reject", "dismiss", "refute", "rebut", "disprove", "dispute", "discount", "debunk"})
_NEG = frozenset({"not", "never"}) | NT_FORMS
#: time spans given to someone to do something ("gave them 48 *hours* to leave")
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "deadline", "time", "ultimatum",
                        "until"})
_GIVING = frozenset({"give", "grant", "allow", "set", "extend", "have"})


def dismissed_claim(noun: Token) -> bool:
    """The claim noun is the subject of a predicate that calls it false, or the passive subject of a denial
    ("reports ... were denied")."""
    if noun.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass"):
        return False
    h = noun.head
    if h.i == noun.i:
        return False
    low = h.lemma_.lower()
    words = {low, h.lower_} | {c.lemma_.lower() for c in h.children if c.dep_ in ("amod", "compound") and c.i < h.i}
    if words & DISMISSIVE:
        return True
    if low in _TRUE and any(c.lower_ in _NEG for c in h.children if c.dep_ in ("advmod", "neg", "aux", "cop")):
        return True
    return noun.dep_ != "nsubj" and bool(verb_bases(h) & _DENYING)


def _present_or_modal(v: Token) -> bool:
    """The predicate is in the present tense or under a modal ("is considered", "would damage", "may be")."""
    kids = [c for c in v.children if c.dep_ in ("aux", "aux:pass", "cop")]
    if any(c.tag_ == "MD" for c in kids):
        return True
    if any(c.tag_ in ("VBD", "VBN") or c.lower_ in ("was", "were", "had", "did") for c in kids) or v.tag_ == "VBD":
        return False
    return any(c.tag_ in ("VBZ", "VBP") for c in kids) or v.tag_ in ("VBZ", "VBP")


def generic_gerund(edge: str, child: Token, gov: Token) -> bool:
    """``child`` (reached from the event's anchor) is a subjectless gerund clause that is the subject of a
    present or modal predicate ``gov``: a kind of act, not an act (also when the parser hung the gerund and its
    predicate side by side on the verb above them: "said *negotiating* with rebel groups *is considered* a crime")."""
    if edge in ("ccomp", "xcomp") and (pred := misread_subject_predicate(child, gov)) is not None:
        edge, gov = "csubj", pred
    if edge not in ("csubj", "csubj:pass", "csubjpass") or child.tag_ != "VBG":
        return False
    if any(c.dep_ in ("nsubj", "nsubj:pass", "nmod:poss", "poss") for c in child.children):
        return False  # "his attacking the convoy", "Russia's bombing of ..."
    return _present_or_modal(gov)


def ruled_out(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is the subject of "out of the question" ("*lifting* the ban was out of the question", "a *withdrawal*
    ... is out of the question"): an act the speaker rules out, not one done (the refusal is the ``say`` pattern's)."""
    if edge not in ("csubj", "csubj:pass", "csubjpass", "nsubj") or gov.lemma_.lower() != "question":
        return False
    return {c.lower_ for c in gov.children if c.dep_ == "case"} >= {"out", "of"}


def time_allowance(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is the to-clause of a time given ("gave the rebels 48 hours *to surrender*", "granted them a
    week to leave")."""
    if edge not in ("advcl", "xcomp", "acl") or not any(c.dep_ == "mark" and c.lower_ == "to" for c in child.children):
        return False
    if gov.pos_ in ("NOUN", "PROPN"):
        return edge == "acl" and gov.lemma_.lower() in TIME_UNITS and gov.head.i != gov.i \
            and bool(verb_bases(gov.head) & _GIVING)
    if not verb_bases(gov) & _GIVING:
        return False
    if gov.i < child.i and any(t.lower_ in ("until", "till") for t in gov.doc[gov.i + 1:child.i]):
        return True  # "the commission has until March 9 to appeal the verdict"
    return any(c.dep_ in ("obj", "dobj", "obl", "obl:unmarked", "obl:tmod", "obl:npmod", "npadvmod", "iobj")
               and c.lemma_.lower() in TIME_UNITS and c.i < child.i for c in gov.children)


def no_determiner(noun: Token) -> bool:
    """A nominal event with the determiner "no": "there were *no* clashes", "there has been *no* consultation"."""
    return any(c.dep_ in ("det", "advmod", "amod") and c.lower_ == "no" and c.i < noun.i for c in noun.children)


def time_given(trigger: Token) -> bool:
    """"gave the aid groups ten *days* to submit new papers", "granted them a week to leave": time given to do
    something (an ultimatum), not a gift."""
    if not verb_bases(trigger) & {"give", "grant"}:
        return False
    for c in trigger.children:
        if c.dep_ in ("obj", "dobj", "obl:unmarked", "obl:tmod", "obl:npmod", "npadvmod", "iobj") \
                and c.lemma_.lower() in TIME_UNITS:
            to_clauses = [x for x in (*c.children, *trigger.children) if x.dep_ in ("acl", "advcl", "xcomp")]
            if any(any(m.dep_ == "mark" and m.lower_ == "to" for m in x.children) for x in to_clauses):
                return True
    return False


#: nouns of a sign whose that-clause, with "no", is said not to be so ("no *sign* that the junta is
#: interested in talking", "saw no *evidence* that troops shelled the town")
SIGN_NOUNS = frozenset({"sign", "signs", "evidence", "indication", "indications", "proof", "hint", "suggestion",
                        "trace", "likelihood", "chance", "prospect", "possibility", "question",
                        "assurance", "assurances", "guarantee", "guarantees", "certainty"})
#: adjectives of an interest whose in-gerund is only wished ("interested *in talking* to the opposition")
INTEREST_ADJ = frozenset({"interested", "keen", "eager", "intent", "bent", "hopeful", "desperate", "anxious",
                          # (pr26) attitudes to an act and abilities: "*wary of attacking*", "*capable of striking*",
                          # "*serious about negotiating*", "*close to reaching* a deal", "*open to talking*"
                          "capable", "incapable", "wary", "afraid", "fearful", "scared", "frightened", "serious",
                          "cautious", "careful", "confident", "optimistic", "pessimistic", "worried", "nervous",
                          "concerned", "open", "committed", "dedicated", "insistent", "averse", "close", "near"})
#: the words that bring such an adjective's act ("interested *in*", "bent *on*", "wary *of*", "serious *about*")
_INTEREST_MARKS = frozenset({"in", "on", "of", "about", "to", "toward", "towards"})
#: verbs of a forecast whose object's to-clause is only foreseen ("expects Iran *to test* a missile")
FORECAST_VERBS = frozenset({"expect", "predict", "anticipate", "forecast"})
#: verbs of belief whose negated that-clause is not asserted ("we do not believe the police will arrest him")
BELIEF_VERBS = frozenset({"believe", "think", "expect", "anticipate", "foresee", "imagine", "suppose", "see", "envisage"})


def content_status(edge: str, child: Token, gov: Token) -> str | None:
    """The status the governor ``gov`` gives to the clause ``child`` below it, for the cues of this module:
    "negated" (no sign that ...), "generic" (a gerund subject, a time given), "interest" (interested in V-ing),
    "belief" (does not believe that ...), "permitted" (a law that allows firing), "when" (will take effect when
    they sign), "future" or "hypothetical" (a means clause under "will" or a modal), "designed" (aimed at
    improving ties), or None."""
    if no_plan(edge, child, gov):
        return "negated"  # "has no plans to withdraw" (status_wire.py)
    if prevented(edge, child, gov):
        return "negated"  # "blocked the supporters from holding a rally" (status_prevent.py)
    if doubted(edge, child, gov):
        return "doubt"  # "analysts doubt that Russia will invade" (status_prevent.py)
    if event_condition(edge, child, gov):
        return "if"  # "in the event that X fires" (status_prevent.py)
    if unwilling(edge, child, gov):
        return "negated"  # "reluctant to join", "unable to retake" (status_means.py)
    if (mm := means_modality(edge, child, gov)) is not None:
        return mm  # "could escalate tensions by testing missiles" (status_means.py)
    if purpose_of_design(edge, child, gov):
        return "designed"  # "an accord aimed at improving ties" (status_means.py)
    if goal_gerund(edge, child, gov):
        return "goal"  # "the agenda, focusing on strengthening defence ties" (status_means.py)
    if prospect(edge, child, gov):
        return "prospect"  # "paving the way for deepening their cooperation" (status_means.py)
    if consequence_gerund(edge, child, gov):
        return "consequence"  # "being in the opposition means speaking out" (status_means.py)
    if suspected(edge, child, gov):
        return "guess"  # "police suspect the gang killed him" (status_means.py)
    if supposed_clause(edge, child, gov) or supposed_scene(edge, child, gov):
        return "supposed"  # "the simulation assumes that rebels seize", "in a scenario where" (status_supposition.py)
    if moving_to(edge, child, gov):
        return "future"  # "the agency is moving to seize the assets" (status_means.py)
    if edge in ("acl", "ccomp", "acl:relcl") and gov.lemma_.lower() in SIGN_NOUNS and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in child.children) and any(
            c.dep_ == "det" and c.lower_ == "no" for c in gov.children):
        return "negated"
    if generic_gerund(edge, child, gov) or time_allowance(edge, child, gov):
        return "generic"
    if ruled_out(edge, child, gov):
        return "negated"  # "said that lifting the ban was out of the question" (round sa78)
    if edge in ("advcl", "obl", "acl") and child.tag_ == "VBG" and (
            gov.pos_ == "ADJ" or gov.lower_ in ("intent", "bent")) and gov.lemma_.lower() in INTEREST_ADJ \
            and any(c.dep_ in ("mark", "case") and c.lower_ in _INTEREST_MARKS for c in child.children):
        return "interest"
    if edge == "xcomp" and verb_bases(gov) & FORECAST_VERBS and any(
            c.dep_ in ("obj", "dobj") and c.i < child.i for c in gov.children):
        return "forecast"  # "he expects Iran to test a missile": someone else's act, foreseen
    if edge == "ccomp" and verb_bases(gov) & BELIEF_VERBS and any(
            c.lower_ in _NEG and c.dep_ in ("advmod", "neg") for c in gov.children):
        return "belief"
    if permitted(edge, child, gov):
        return "permitted"  # (status_wire.py)
    if future_when(edge, child, gov):
        return "when"
    if failed_clause(edge, child, gov):
        return "negated"  # "Obama's failure to sell missiles", "the refusal to withdraw" (status_doubt.py)
    if doubted_clause(edge, child, gov):
        return "likelihood"  # "makes it unlikely that X will V" (status_doubt.py)
    if time_for(edge, child, gov):
        return "time"  # "it is time for the EU to impose sanctions" (status_doubt.py)
    return None


#: verbs that judge their object as something ("considers the treaty a vital safeguard", "regards the vote as illegal")
JUDGING_VERBS = frozenset({"consider", "regard", "deem", "view", "see"})


#: what a government weighs ("considers Iran sanctions"): an option, not a judgement of its compound
OPTION_NOUNS = frozenset({"sanction", "plan", "option", "proposal", "measure", "step", "offer", "request", "bid", "move",
                          "deal", "ban", "tariff", "embargo", "strike", "action", "response", "deployment", "visit"})


def judgement(trigger: Token) -> bool:
    """"India *considers* the treaty a vital safeguard", "we consider the ceasefire a positive step": the verb judges its
    object (an object and, after it, a nominal or adjectival predicate, or "as" and a noun), it weighs no option
    ("would consider granting a delay" does)."""
    if not verb_bases(trigger) & JUDGING_VERBS:
        return False
    kids = list(trigger.children)
    objs = [c for c in kids if c.dep_ in ("obj", "dobj") and c.pos_ in ("NOUN", "PROPN") and not c.lower_.endswith("ing")]
    if len(objs) >= 2:
        return True  # (the predicate read as a second object: "consider the ceasefire a positive step")
    if objs and trigger.dep_ in ("acl", "acl:relcl") and trigger.head.pos_ in ("NOUN", "PROPN") and any(
            c.lower_ in ("that", "which", "whom") and c.i < trigger.i for c in kids):
        return True  # "the island *that* Beijing considers its own territory": the antecedent is the object
    if objs and not any(c.dep_ == "det" for c in objs[0].children) and objs[0].lemma_ not in OPTION_NOUNS and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < objs[0].i for c in objs[0].children):
        return True  # "China considers [Taiwan part] of its territory": the object read as the predicate's compound
    return bool(objs) and any(
        c.i > objs[0].i and c.pos_ in ("NOUN", "PROPN", "ADJ") and (
            (c.dep_ == "xcomp" and not any(m.dep_ in ("mark", "case") for m in c.children))
            or (c.dep_.startswith("obl") and any(m.dep_ == "case" and m.lower_ == "as" for m in c.children)))
        for c in kids)
