"""The status gates of ``coding.build``: a candidate's status, and the gates that read it or go with it (an attempted
arrest or outcome, an accusation's content, time given to act or a judgement; "no" before a nominal event, an inverted
conditional). ``build`` works them out once the gates that read no status have let the candidate through (speed: most
candidates stop there), or, with the coder's trace kept, where they stood before those gates, so that the reasons keep
that order. A gate placed before them that reads the status finds ``_LATER``, which fails when read.
"""

from __future__ import annotations

from spacy.tokens import Span

from lapwing.extract.events.frames import Candidate
from lapwing.extract.events.clause_gates import _inverted_conditional
from lapwing.extract.events.lexicon_loader import CameoRow
from lapwing.extract.events.status import Status, event_status
from lapwing.extract.events.status_alleged import suspected_act
from lapwing.extract.events.status_cues import judgement, no_determiner, time_given
from lapwing.extract.events.status_wire import excluded_conjunct, none_object
from lapwing.extract.events.syntax import lemma_of


class _Later:
    """``build``'s status before ``status_gates`` has worked it out: read, it fails (a gate that reads the status
    goes after that call)."""

    def __getattr__(self, name: str):
        raise AttributeError(f"the status is worked out after the actor gates of build(): move the gate reading .{name} below")


_LATER = _Later()

#: codes whose act is an outcome that a try does not reach: meetings and visits (040-044), recognition (054), a
#: signed agreement (057), material cooperation (06), aid (07), easing, acceding, releasing, allowing in and
#: de-escalating (081-087); not the bare yield 080 ("tried to flee": the flight tried is itself an act, and stays)
OUTCOME_CODES = ("040", "041", "042", "043", "044", "054", "057", "06", "07",
                 "081", "082", "083", "084", "085", "086", "087")


def status_gates(coder, c: Candidate, sent: Span, row: CameoRow) -> Status | None:
    """The status of ``coder``'s candidate ``c``, or None (after ``coder._no``) when it, or a gate kept with it, rules
    the candidate out."""
    st = event_status(c.anchor, nominal=c.nominal and c.anchor.i != c.trigger.i)
    if c.nominal and c.anchor.i != c.trigger.i and no_determiner(c.trigger):
        st.status = "negated"  # "there were no clashes" (the anchor is the verb "were")
    elif not c.nominal and c.anchor.i == c.trigger.i and none_object(c.anchor):
        st.status = "negated"  # "made *no comment*", "signed *no agreement*", "arrested *nobody*" (status_wire.py)
    if row.code == "139" and lemma_of(c.trigger) in ("give", "grant") and not time_given(c.trigger) and not any(
            lemma_of(x) in ("ultimatum", "deadline") for x in c.trigger.children):
        return coder._no(c, "time given with nothing to do in it ('two days off'): no ultimatum")
    if (time_given(c.trigger) and row.code != "139") or (row.root == "01" and judgement(c.trigger)):
        # (time given to do something is the ultimatum itself, coded so by its own pattern: 139)
        # (also "India considers the treaty a vital safeguard": a judgement, not an option weighed)
        return coder._no(c, "time given to do something (an ultimatum), not a gift; or a judgement")
    if st.attempt and c.code.startswith(("173", "174")):
        # "when the operatives *tried to arrest* him": an arrest tried is no arrest (a try at violence
        # is still an attack on someone, and stays)
        return coder._no(c, "an attempted arrest")
    if st.tried and c.code.startswith(OUTCOME_CODES):
        # "were *trying to reach* agreement", "tried to free the hostages", "attempted to meet the envoy": a
        # meeting, deal, aid or release tried for is not one had (as "an attempt to free them" is no release);
        # an effort that is itself the act stays (mediating, negotiating, urging), and so does a try at force
        return coder._no(c, "an attempted outcome (a meeting, a deal, aid, a release)")
    if c.anchor.i == c.trigger.i and suspected_act(c.anchor):
        # "arrested two men *for attacking* a driver", "detained over their role *in protesting*": a suspicion
        return coder._no(c, "what someone is arrested or investigated for (status_alleged.py)")
    if st.accuser is not None:
        # "Russia accused Ukraine of shelling the plant": the event is the accusation (coded at its
        # own verb); what the accused is said to have done is an allegation, not clearly there
        return coder._no(c, "the content of an accusation")
    if st.status in ("asserted", "attributed", "future") and _inverted_conditional(sent, c.anchor):
        st.status = "hypothetical"
    if st.status != "negated" and excluded_conjunct(c.source_tok):
        st.status = "negated"  # "Tanaka, *but not* Mori, is due to attend" (status_wire.py)
    if st.status == "hypothetical" and condition_clause(c):
        # "would not lift sanctions *until all detainees were freed*", "would ease sanctions *if Maduro agreed* to a
        # date", "would decide *whether to send* ships": the condition or the open question of another clause is no
        # act of its own (session 36, round sa72)
        return coder._no(c, "the condition (if / unless / until) or open question (whether) of another clause")
    return st


#: the marks of a clause that states a condition or an open question, not an act
_CONDITION_MARKS = frozenset({"if", "unless", "until", "till", "whether"})


def condition_clause(c: Candidate) -> bool:
    """The verbal candidate ``c`` heads a subordinate clause marked "if / unless / until / whether" that follows the
    clause it hangs on, or is joined to one by "and" / "or" or is its infinitive or that-clause ("until the government
    promised *to vote* against it"): its act is a condition or a question another clause hangs on."""
    if c.nominal or c.anchor.i != c.trigger.i:
        return False
    v = c.anchor
    for _ in range(4):
        if v.dep_ in ("advcl", "ccomp", "xcomp", "csubj") and v.i > v.head.i and any(
                m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in v.children):
            return True  # (a fronted "If Russia invades Ukraine, ..." sets the scenario: its act stays hypothetical)
        if v.dep_ not in ("conj", "xcomp", "ccomp") or v.head.i == v.i:
            return False
        v = v.head
    return False
