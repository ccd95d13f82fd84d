"""Status cues of the session 21 status sweep (issue 10: precision; ``scripts/event_status_sweep21.py``).

* ``prevented``: what someone is blocked, barred or kept from doing is not done: "police *blocked* the supporters
  *from holding* a rally", "a court *barred* the police *from deporting* them" (the from-gerund hung on the verb, or
  on its object as the parse often does), "*banned* X from travelling" (read by ``status_cues.content_status``);
* ``doubted``: the that-clause of a verb of doubt is not asserted: "analysts *doubt* that Russia will invade",
  "officials *questioned* whether the army had fired";
* ``event_condition``: "*in the event that* X fires", "*in case* X attacks": a condition, not an act;
* ``undenied``: a verb of stopping, failing or hesitating that is itself negated leaves its complement done ("did
  *not hesitate* to criticise", "*never stopped* attacking", "did not fail to respond"): no negation of the
  complement (read by ``status.event_status``);
* ``presupposed``: a clause asked about with why / how / where under an adjective of doubt tells an act that
  happened ("it is unclear *why* Russia attacked"; "unclear *whether* it attacked" is still a doubt).
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.status_words import NT_FORMS
from lapwing.extract.events.syntax import verb_bases
from lapwing.extract.events.syntax_words import PREVENT_VERBS  # noqa: F401  (moved there, round rf67)
from lapwing.extract.events.parse_memo import children_of

#: verbs of doubt: their that / whether clause is not asserted
DOUBT_VERBS = frozenset({"doubt", "question", "wonder"})
#: verbs whose negation leaves their complement done: "did not hesitate to", "never stopped V-ing"
LITOTES_VERBS = frozenset({"stop", "cease", "quit", "fail", "refrain", "hesitate", "halt"})
_NEG = frozenset({"not", "never"}) | NT_FORMS
#: wh-words of a question about an act that happened: "unclear why it attacked", "not known how they died"
PRESUPPOSING = frozenset({"why", "how", "where"})


def _from_gerund(child: Token) -> bool:
    return child.tag_ == "VBG" and any(c.dep_ in ("mark", "case") and c.lower_ == "from" for c in children_of(child))


def prevented(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is the from-gerund of a verb of prevention ``gov``, or of that verb's object (the parse's reading of
    "barred [the police from deporting]")."""
    if edge not in ("advcl", "acl", "xcomp", "obl") or not _from_gerund(child):
        return False
    if gov.pos_ in ("VERB", "AUX"):
        return bool(verb_bases(gov) & PREVENT_VERBS)
    return edge == "acl" and gov.dep_ in ("obj", "dobj", "nsubj:pass") and gov.head.i != gov.i \
        and bool(verb_bases(gov.head) & PREVENT_VERBS)


def doubted(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is the clause of a verb of doubt: "doubt that Russia will invade", "questioned whether X fired"."""
    return edge == "ccomp" and gov.pos_ in ("VERB", "AUX") and bool(verb_bases(gov) & DOUBT_VERBS)


def event_condition(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is the clause of "in the event (that)" or "in case": a condition ("in the event that X fires")."""
    if edge not in ("acl", "acl:relcl", "ccomp") or gov.pos_ != "NOUN" or gov.lemma_.lower() not in ("event", "case"):
        return False
    if not any(c.dep_ == "case" and c.lower_ == "in" for c in children_of(gov)):
        return False
    return gov.lemma_.lower() == "event" or gov.i + 1 == child.left_edge.i


def undenied(gov: Token, kids: list[Token]) -> bool:
    """``gov`` is a verb of stopping, failing or hesitating that is itself negated ("did not hesitate", "never
    stopped"): its complement is done."""
    return bool(verb_bases(gov) & LITOTES_VERBS) and any(
        c.dep_ in ("advmod", "neg") and c.lower_ in _NEG for c in kids)


def presupposed(child: Token) -> bool:
    """``child`` is a clause asked about with why / how / where and no modal or "will": its act happened."""
    if not any(c.dep_ in ("advmod", "mark") and c.lower_ in PRESUPPOSING and c.i < child.i for c in children_of(child)):
        return False
    return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(child))


#: adjectives that state their that-clause as a fact ("it is *true* that", "it is *clear* that")
FACT_ADJ = frozenset({"true", "clear", "evident", "obvious", "certain", "undeniable", "indisputable", "plain",
                      "apparent", "correct", "accurate", "undisputed", "incontestable"})
#: of those, the ones that, negated, call the clause false ("it was *not true* that")
_TRUTH_ADJ = frozenset({"true", "correct", "accurate"})
#: adjectives that call the clause false ("it is *false* that", "it is *untrue* that")
FALSE_ADJ = frozenset({"false", "untrue", "baseless", "groundless", "unfounded", "incorrect", "inaccurate", "wrong"})


def fact_adjective(edge: str, child: Token, gov: Token) -> str | None:
    """The status an adjective of truth gives its that-clause ("it is true that X attacked"): "asserted" (true, clear,
    evident), "negated" ("it was *not true* that", "it is *false* that"), or None (another adjective, or "not clear":
    a doubt, left to the adjective rule of ``status.py``)."""
    if edge not in ("csubj", "ccomp", "dep") or gov.pos_ != "ADJ" or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in children_of(child)):
        return None
    low = gov.lemma_.lower()
    negated = any(c.dep_ in ("advmod", "neg") and c.lower_ in _NEG for c in children_of(gov))
    if low in FALSE_ADJ and not negated:
        return "negated"
    if low in _TRUTH_ADJ and negated:
        return "negated"
    if low in FACT_ADJ and not negated:
        return "asserted"
    return None


_PRESENT = frozenset({"VBZ", "VBP"})


def present_conditional(anchor: Token) -> bool:
    """``anchor`` is a present-tense main clause with an if / unless / whenever clause of its own: a rule or a habit,
    not an act ("if the appeal fails, the migrant *is deported*", "if a ship enters the zone, the navy *fires* on
    it"). A past tense ("if they refused, they were shot") tells what happened and is left alone."""
    if anchor.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(children_of(anchor))
    auxes = [c for c in kids if c.dep_ in ("aux", "aux:pass")]
    # (a present plural must be the base form: "troops *shot* them" read as a present is a past)
    present = anchor.tag_ in _PRESENT and not auxes and (anchor.tag_ == "VBZ" or anchor.lower_ == anchor.lemma_.lower()) or (
        anchor.tag_ == "VBN" and bool(auxes) and all(a.tag_ in _PRESENT for a in auxes)
        and not any(a.lower_ in ("has", "have") for a in auxes))
    if not present:
        return False
    return any(c.dep_ == "advcl" and c.tag_ != "VBD" and any(  # (a past if-clause tells a past case: "if they refused")
        m.dep_ in ("mark", "advmod") and m.lower_ in ("if", "unless", "whenever") for m in children_of(c)) for c in kids)
