"""Event status from the dependency parse: asserted, attributed, negated, future, hypothetical.

The status of an event is read off its *anchor*: the trigger verb, or for a nominal event
("talks", "a march") the verb that governs it ("held talks", "talks are planned").
Precedence when several cues apply: negated > hypothetical > future > attributed > asserted.
Whoever an event is attributed to ("CNN reported that...", "according to X", "X said Y
attacked Z") is returned as a token whatever the final status, so the reporter is kept even
for a reported future event.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from lapwing.extract.docfacts import sentence_of
from lapwing.extract.events.call_purpose import call_message
from lapwing.extract.events.status_cues import content_status, dismissed_claim
from lapwing.extract.events.status_demands import MANDATE_VERBS, asked_content, asked_for_to, mandated_clause, obliged, time_that, \
    told_below
from lapwing.extract.events.status_doubt import agreed_in_relative, asked_for_clause, caused_in_purpose, caused_result, fell_short, \
    guessed_identity, hired_for, ongoing_stop, owed_noun_clause, topic_gerund
from lapwing.extract.events.status_prevent import fact_adjective, present_conditional, presupposed, undenied
from lapwing.extract.events.status_supposition import in_supposition
from lapwing.extract.events.status_wire import anchor_cue, asked_frame, denied_claim_clause, denying_modifier, hyphened_no
from lapwing.extract.events.status_words import (  # noqa: F401  (re-exported: read from here by other modules)
    ACCUSE_GOVERNORS, APPEAL_GOVERNORS, ASKING_NOUNS, ATTEMPT_VERBS, CANCEL_VERBS, CLAIM_NOUNS, CLAUSE_UP, DENYING_VERBS,
    EFFORT_NOUNS, FORCE_MEANS, FUT_AUX, FUT_GOVERNORS, FUT_MODIFIERS, HYPO_AUX, HYPO_GOVERNORS, HYPO_MODIFIERS,
    NEG_GOVERNORS, NEG_MARKS, NEG_PHRASAL, NEG_WORDS, PLAN_NOUNS, REPORT_ADVERBS, REPORT_VERBS, RESTRICTION_NOUNS,
    UNDO_VERBS, _ASIDE_MARKS, _CALL_NOUNS, _PREP_CONTROLLERS,
)
from lapwing.extract.events.status_clause import (  # noqa: F401  (_according_below: read from here by tests)
    _TIME_MARKS, _according_below, _according_to, _aux_words, _bases, _has_mark_that, _is_negated, _lemma,
    _mark_words, _negating_mark, _not_past, _reported_past, _reporter_child, _subject, _verbal_governors,
)
from lapwing.extract.events.parse_memo import children_of


#: verbs of going whose to-clause is a purpose ("went to the village to arrest him"): for an arrest, what was set out
#: to do, like a try (an attack set out on is still an attack: the gate reads ``attempt`` for arrests only); not
#: "rush": "police rushed to arrest the suspects" tells the arrest (tests/test_event_repairs12.py)
MOTION_PURPOSE = frozenset({"go", "come", "reach", "arrive", "head", "proceed"})


@dataclass
class Status:
    status: str = "asserted"
    reporter: Token | None = None  # subject of the reporting verb / "according to" phrase
    cue: str | None = None  # the word that decided the status (for debugging and docs)
    attempt: bool = False  # "tried to flee": an attempt (also a purpose after a verb of going)
    tried: bool = False  # "tried to free them", "were attempting to reach a deal": a verb of trying only
    accuser: Token | None = None  # "Russia accused Ukraine *of shelling* ...": who makes the accusation


#: verbs that hold something back until a condition is met ("refused to pay until ...")
_WITHHOLDING = frozenset({"refuse", "decline", "reject", "vow", "pledge", "swear", "threaten"})

def _infinitival(t: Token) -> bool:
    """A to-clause without a subject of its own: "(in order) to resume talks"."""
    return t.tag_ == "VB" and any(c.dep_ == "mark" and c.lower_ == "to" for c in children_of(t)) \
        and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in children_of(t))


def _to_verb(t: Token) -> bool:
    """A verb right after "to" with no subject of its own (the "to" read as a marker or as a preposition):
    "had gone *to arrest* him"."""
    return t.pos_ == "VERB" and t.i > 0 and t.doc[t.i - 1].lower_ == "to" \
        and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in children_of(t))


def _for_infinitive(t: Token) -> bool:
    """A to-clause whose subject a "for" brings: "(essential) *for Pyongyang to return* to talks"."""
    return t.tag_ == "VB" and any(c.dep_ == "mark" and c.lower_ == "to" for c in children_of(t)) and any(
        c.dep_ in ("nsubj", "nsubj:pass") and c.i < t.i and (c.left_edge.i > 0 and t.doc[c.left_edge.i - 1].lower_ == "for"
                                                              or any(x.dep_ in ("case", "mark") and x.lower_ == "for"
                                                                     for x in children_of(c)))
        for c in children_of(t))


def _own_tense(t: Token) -> bool:
    """A conjunct verb with a tense or an auxiliary of its own, out of reach of the first conjunct's modal: "said
    the issue would be discussed and it *did object*", "Russia could attack the port but *has moved* troops"."""
    return t.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "aux:pass") for c in children_of(t))


def _cancelled(noun: Token) -> bool:
    """A plan noun called off: the object of cancel/halt/scrap... ("cancel plans to sell"), also when the
    parse hangs the verb on the noun as a modifier ("the US cancel plans" read as one noun phrase)."""
    if noun.dep_ in ("obj", "dobj", "nsubj:pass") and _bases(noun.head) & CANCEL_VERBS:
        return True
    return any(c.dep_ in ("compound", "amod") and c.i < noun.i and (_bases(c) | {c.lower_}) & CANCEL_VERBS
               for c in children_of(noun))


def _in_question(t: Token) -> bool:
    """``t.sent.text.rstrip().endswith("?")``, read from the sentence's last tokens (no ``Span`` and no
    sentence text built): the last token whose text is not all whitespace ends with "?"."""
    doc = t.doc
    start, end = sentence_of(doc, t.i)
    for j in range(end - 1, start - 1, -1):
        last = doc[j].text.rstrip()
        if last:
            return last.endswith("?")
    return False


def undone_restriction(noun: Token) -> bool:
    """A restriction noun whose verb undoes it: its object ("lifted *sanctions*"), its passive subject ("the
    *sanctions* were eased"), or a participle read as its modifier ("Germany *lifted* sanctions")."""
    if _lemma(noun) not in RESTRICTION_NOUNS:
        return False
    h = noun.head
    if noun.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass") and h.i != noun.i and _bases(h) & UNDO_VERBS:
        return True
    return any(c.dep_ in ("amod", "acl") and c.tag_ in ("VBD", "VBN") and _bases(c) & UNDO_VERBS and c.i < noun.i
               for c in children_of(noun))


def headline_plan(v: Token) -> bool:
    """A headline's plan "X to VERB ...": a base-form verb with "to" as its mark and a subject of its own before it,
    at the sentence's root or as what a present "says" reports ("Hamas to free three hostages on Saturday", "Germany
    to send air defence systems to Ukraine", "US to lift sanctions on Syria, Trump says"). Headline grammar writes a
    planned act so (repair 288 mends the parses that lose the verb): the act is to come, as with "will"."""
    if v.tag_ != "VB" or v.pos_ != "VERB" or v.i == 0 or v.doc[v.i - 1].lower_ != "to":
        return False
    kids = list(children_of(v))
    if not any(c.dep_ == "mark" and c.lower_ == "to" for c in kids) or _aux_words(v, kids):
        return False
    if not any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < v.i and not _for_infinitive(v) for c in kids):
        return False
    if v.head.i == v.i:
        return True
    return v.dep_ in ("ccomp", "parataxis") and v.head.lower_ in ("says", "say")


def event_status(anchor: Token, *, nominal: bool = False) -> Status:
    """The status of the event anchored at ``anchor`` (a verb, or a noun for a free nominal event)."""
    st = Status()
    negated = hypothetical = future = False
    cue = None

    # -- the anchor itself
    akids = list(children_of(anchor))  # (each child's Token made once)
    if _is_negated(anchor, akids):
        negated, cue = True, "not"
    neg_mark = _negating_mark(anchor, akids)
    if neg_mark:
        negated, cue = True, cue or neg_mark
    auxes = _aux_words(anchor, akids)
    if auxes & FUT_AUX:
        future, cue = True, cue or "will"
    if headline_plan(anchor):
        future, cue = True, cue or "to"  # the headline "Hamas to free three hostages" (repair 288)
    if auxes & HYPO_AUX:
        if auxes & {"would", "'d", "’d"} and _reported_past(anchor) and not (_mark_words(anchor, akids) & {"if", "unless"}):
            # "X said they would boycott ...": future in the past, not a condition
            future, cue = True, cue or "would"
        else:
            hypothetical, cue = True, cue or (auxes & HYPO_AUX).pop()
    ab = _bases(anchor)
    if nominal and (ab & {"plan", "schedule", "slate", "prepare", "propose"}
                    or (ab & {"expect", "set", "due"} and anchor.tag_ == "VBN")):
        future, cue = True, cue or "planned"  # "talks are planned for Wednesday", "X planned an attack"
    if (wc := anchor_cue(anchor)) is not None:  # "is due to visit", "the more X bullies Y, ...", "subject to X signing"
        negated, hypothetical, future = negated or wc[0] == "negated", hypothetical or wc[0] == "hypothetical", \
            future or wc[0] == "future"
        cue = cue or wc[1]  # (status_wire.py)
    if present_conditional(anchor):  # "if the appeal fails, the migrant *is deported*": a rule (status_prevent.py)
        hypothetical, cue = True, cue or "if"
    marks = _mark_words(anchor, akids)
    if marks & {"if", "unless", "whether", "lest"}:
        hypothetical, cue = True, cue or "if"
    if in_supposition(anchor, akids):
        hypothetical, cue = True, cue or "scenario"  # "In the simulation, rebels seized the capital" (status_supposition.py)
    if guessed_identity(anchor):
        hypothetical, cue = True, cue or "might"  # "they might be the group that will be deported" (status_doubt.py)
    if asked_for_to(anchor):
        hypothetical, cue = True, cue or "call"  # "called for the journalists *to be freed*" misparsed (status_demands.py)
    if fell_short(anchor, akids):
        negated, cue = True, cue or "almost"  # "was *almost* killed", "*nearly* seized the airport" (status_doubt.py)
    if anchor.pos_ in ("NOUN", "PROPN"):
        for c in akids:
            low = c.lower_
            if c.dep_ == "det" and low == "no" and not hyphened_no(c):
                negated, cue = True, "no"
            elif c.dep_ in ("amod", "compound", "nmod:tmod", "acl") and low in FUT_MODIFIERS:
                future, cue = True, cue or low
            elif c.dep_ in ("amod", "compound") and low in HYPO_MODIFIERS:
                hypothetical, cue = True, cue or low
    for c in akids:
        if c.dep_ == "advmod" and c.lower_ in REPORT_ADVERBS:
            st.status = "attributed"
    # "going to" / "about to" / "set to" / "due to" directly on the verb chain is handled below
    acc = _according_to(anchor, akids) or _according_below(anchor)
    if acc is not None:
        st.reporter = acc
    rep = _reporter_child(anchor, akids)
    if rep is not None and st.reporter is None:
        st.reporter = rep

    # -- the governors: walk up clause edges
    prev, child, own = anchor, None, None
    for edge, gov in _verbal_governors(anchor):
        glem = _lemma(gov)
        gl = _bases(gov)
        below, child, prev = child, prev, gov  # (``below``: the clause under ``child`` on the way up)
        if denied_claim_clause(child):  # "Police on Sunday denied reports that ... had been detained" (status_wire.py)
            negated, cue = True, cue or "deny"
            break
        if (edge in ("advcl", "xcomp", "ccomp", "dep") and owed_noun_clause(child)) or asked_for_clause(edge, child, gov):
            # "honour their duty *to protect*", "pushing for Uganda *to withdraw*": hung on the verb
            hypothetical, cue = True, cue or "to"
        if caused_in_purpose(edge, child, gov):
            hypothetical, cue = True, cue or "to"  # "sanctions to make the country give up its weapons"
        if topic_gerund(edge, child, gov):
            hypothetical, cue = True, cue or _lemma(gov)  # "a condition for releasing loans" (status_doubt.py)
        if agreed_in_relative(edge, child, gov):
            hypothetical, cue = True, cue or "to"  # "the pact X negotiated *to pull* troops" (status_doubt.py)
        if hired_for(edge, child, gov):
            hypothetical, cue = True, cue or glem  # "hired a gunman *to kill* the judge" (status_doubt.py)
        if ongoing_stop(edge, child, gov):  # "must stop killing civilians": the killing goes on (status_doubt.py)
            if anchor.tag_ != "VBG":  # "must stop killing *and return* to talks": what is joined to it is asked for
                hypothetical, cue = True, cue or "must"
            break
        if asked_frame(edge, child, gov):
            break  # "Asked if ..., the minister said ...": the answer is the main clause (status_wire.py)
        if own is None and edge == "advcl" and child.tag_ == "VBD" and _mark_words(child) & _ASIDE_MARKS \
                and gov.lower_ not in ("soon", "long") and any(c.dep_ in ("nsubj", "nsubj:pass") for c in children_of(child)):
            # "will continue to exert pressure, *as Tehran rejected* the offer": a past clause with its own
            # subject is told as a fact of its own; the modal, future or negation above it is not its own
            own = (negated, hypothetical, future, cue)
        gkids = list(children_of(gov))
        if edge in ("obj", "xcomp") and headline_plan(gov):
            future, cue = True, cue or "to"  # "Egypt to host ceasefire talks": the nominal act under the plan
        prt = {c.lower_ for c in gkids if c.dep_ in ("compound:prt", "prt") or (
            c.dep_ == "advmod" and c.i == gov.i + 1 and c.pos_ in ("ADV", "ADP"))}  # ("held *back* from" read as advmod)
        if edge in ("advcl", "xcomp", "ccomp") and child.i > gov.i + 1:
            # ("ruled *out* sending troops" with the particle read as the clause's own mark: round 48)
            prt |= {c.lower_ for c in children_of(child) if c.i == gov.i + 1 and c.dep_ in (
                "mark", "compound:prt", "prt", "advmod", "case")}
        if edge == "advcl" and "until" in _mark_words(child) and (gl & _WITHHOLDING or ("rule" in gl and "out" in prt) or _is_negated(
                gov, gkids) or _aux_words(gov, gkids) & (FUT_AUX | HYPO_AUX)):
            # "ruled out talks *until it withdrew* its troops", "will not negotiate until ...": a condition (session 30)
            hypothetical, cue = True, cue or "until"
        if edge in ("xcomp", "ccomp", "advcl", "obj") and any(v in gl and p in prt for v, p in NEG_PHRASAL) and not (
                edge == "advcl" and _mark_words(child, list(children_of(child))) & _TIME_MARKS):
            # ("called off the strike *after reaching* agreement": a clause of time is no part of what was called off)
            negated, cue = True, cue or f"{glem} {next(p for v, p in NEG_PHRASAL if v in gl and p in prt)}"
        if edge in ("advcl", "xcomp") and gov.pos_ in ("VERB", "AUX") and _infinitival(child) and not call_message(gov, child) and (
                (edge == "advcl" and (gl & APPEAL_GOVERNORS or _infinitival(gov) or gov.dep_ in ("xcomp", "acl")))
                or any(c.dep_ == "obj" and _lemma(c) in ASKING_NOUNS and c.i < child.i for c in gkids)):
            # ("renewed its *call* for Israel *to ease* the restrictions", "dismissed an *appeal* to *lay
            # down* their arms": the clause the parse hung on the verb belongs to the call)
            # "invited the rebels to resume talks" (object control read as a clause); the purpose of a
            # mere plan: "offered to host a summit to hammer out a deal" (but the purpose of a real act,
            # "sent experts to investigate", is left to the act's status)
            hypothetical, cue = True, cue or "to"
        if edge in ("advcl", "acl") and gov.pos_ in ("NOUN", "PROPN") and _lemma(gov) in _CALL_NOUNS \
                and _infinitival(child) and not _cancelled(gov):
            hypothetical, cue = True, cue or _lemma(gov)  # "X *calls* on Serbia to release ..." read as a noun
        if edge == "acl" and gov.pos_ == "NOUN" and _lemma(gov) in PLAN_NOUNS and _cancelled(gov):
            negated, cue = True, cue or "cancel"  # "demanded that Chile cancel plans to buy tanks"
        if gov.pos_ in ("NOUN", "PROPN") and edge not in ("nsubj", "nsubj:pass", "acl", "acl:relcl"):
            # a nominal in a PP: "during talks", "after the attack": the governing clause decides
            pass
        if edge in ("nsubj", "nsubj:pass") and gl & FUT_GOVERNORS and gov.tag_ in ("VBN",):
            # "Talks are planned for Wednesday"
            future, cue = True, cue or glem
        if edge == "advcl" and gov.pos_ == "VERB" and _infinitival(child) and (child.left_edge.i == gov.i + 1 or (
                _lemma(gov) in _PREP_CONTROLLERS and all(w.dep_.startswith("obl") or w.head.i != gov.i
                                                          for w in gov.doc[gov.i + 1:child.left_edge.i]))):
            # "conspired *to kill*": a to-clause right after its verb is its complement (also after the
            # controller of "counting on Washington *to send*")
            edge = "xcomp"
        elif edge in ("csubj", "dep") and gov.pos_ == "VERB" and _infinitival(child) and child.left_edge.i == gov.i + 1:
            # "*Threatening to kill* the hostages, gunmen demanded ...", the to-clause read as the subject of the
            # opening participle: a clause after its verb is no subject of it but its complement (round 41, pr42)
            edge = "xcomp"
        if edge in ("xcomp", "ccomp", "advcl", "csubj", "nsubj", "nsubj:pass", "obj", "conj"):
            if edge != "conj":
                if gl & NEG_GOVERNORS and edge in ("xcomp", "ccomp", "advcl", "obj") and not undenied(gov, gkids) and not (
                        edge == "advcl" and _mark_words(child) & (_ASIDE_MARKS | _TIME_MARKS)) and not (
                        edge == "advcl" and child.tag_ == "VBG" and child.doc[child.i - 1].text == ","
                        and any(c.dep_ in ("obj", "dobj", "ccomp", "xcomp") and c.i < child.i for c in gkids)):
                    # ("denied it *while criticizing* ...", "denied rumours *after* X killed ...", "denied the charge*,
                    # calling* it a lie", "denied that it hosted a base*, calling* the report a fabrication", "refused
                    # to attend*, saying* ...": a clause told aside is not what is denied; round 54)
                    negated, cue = True, cue or glem
                elif gl & ATTEMPT_VERBS and edge == "xcomp":
                    st.attempt = st.tried = True
                elif gl & MOTION_PURPOSE and edge in ("xcomp", "advcl") and _to_verb(child) and child.i > gov.i:
                    st.attempt = True  # "a police team that had *gone to arrest* him": a purpose, not yet an arrest
                elif gl & HYPO_GOVERNORS and (edge in ("xcomp", "ccomp") or (edge == "obj" and anchor.tag_ == "VBG")) and not call_message(
                        gov, child) and not (
                        edge == "ccomp" and gl & MANDATE_VERBS and told_below(anchor, child)):
                    # ("demanded that Mali release the hostages, and Mali *freed* them": told, not demanded; st67)
                    hypothetical, cue = True, cue or glem
                elif gl & FUT_GOVERNORS and edge in ("xcomp", "ccomp"):
                    future, cue = True, cue or glem
            if _is_negated(gov, gkids) and edge in ("xcomp",) and not undenied(gov, gkids):
                # ("did *not hesitate* to criticise", "*never stopped* attacking": done; status_prevent.py)
                negated, cue = True, cue or "not"
            if edge == "xcomp" and _negating_mark(gov, gkids):
                negated, cue = True, cue or _negating_mark(gov, gkids)  # "without trying to arrest them"
            gaux = _aux_words(gov, gkids)
            if edge == "xcomp" and gaux & FUT_AUX:
                future, cue = True, cue or "will"
            if edge in ("xcomp", "conj") and gaux & HYPO_AUX and not (edge == "conj" and _own_tense(child)):
                hypothetical, cue = True, cue or "modal"
            if _mark_words(gov, gkids) & {"if", "unless", "whether"} and edge in ("xcomp", "conj", "ccomp"):
                hypothetical, cue = True, cue or "if"
        if edge in ("csubj", "ccomp", "dep") and (fa := fact_adjective(edge, child, gov)) is not None:
            if fa == "negated":  # "it was *not true* that X threatened", "it is *false* that" (status_prevent.py)
                negated, cue = True, cue or gov.lower_
            continue  # ("it is *true* that Russia attacked": told as a fact; the adjective is no doubt)
        if edge == "xcomp" and (gov.tag_ == "MD" or gov.lower_ == "supposed"):
            hypothetical, cue = True, cue or gov.lower_  # "ought to have condemned" (the modal read as the root), "were
            # *supposed to* sign a deal" (expected, not done)
        if edge == "xcomp" and gl & APPEAL_GOVERNORS and not gl & {"persuade", "convince"} and _infinitival(child) and not call_message(
                gov, child) and any(
                c.dep_ in ("obj", "dobj", "iobj", "nsubj:pass", "nsubjpass") and c.i < child.i for c in gkids):
            hypothetical, cue = True, cue or "to"  # "told Russia *to end* the blockade", "ordered troops to withdraw",
            # "officers have been *directed to use* force where necessary" (the passive: the one told is its subject)
        if edge in ("xcomp", "advcl", "csubj") and gov.pos_ == "ADJ" and (
                edge != "advcl" or _infinitival(child) or _for_infinitive(child)) and not gl & {
                "ready", "willing", "prepared", "able", "determined", "committed", "set", "due", "about",
                "eager", "keen", "quick", "first", "last", "unable", "reluctant", "unwilling"} and not (
                edge == "csubj" and presupposed(child)):  # ("it is unclear *why* X attacked": it did; status_prevent.py)
            # "it is crucial for Islamabad to negotiate", "likely to attack": not (yet) an event (a finite
            # clause is: "were injured *when* security forces fired")
            hypothetical, cue = True, cue or glem
        if edge in ("acl", "xcomp") and gov.pos_ == "NOUN":
            # "the government's plans to impose restrictions", "a threat to strike"
            if gl & {"bid"} and any(c.dep_ == "case" and c.lower_ == "in" for c in gkids):
                # "raided the camp *in a bid to arrest* the leader": a purpose striven for, not a plan (round 48)
                hypothetical, cue = True, cue or glem
            elif gl & {"plan", "proposal", "intention", "bid", "scheme", "programme", "program", "decision"}:
                future, cue = True, cue or glem
            elif gl & {"threat", "call", "demand", "appeal", "request", "proposal", "offer", "attempt", "effort", "pressure"}:
                hypothetical, cue = True, cue or glem
            elif edge == "acl" and _infinitival(child) and not gl & FORCE_MEANS and not any(
                    c.lower_ in ("first", "last", "only", "second", "latest") for c in gkids) and not caused_result(gov):
                # "a summit to hammer out a deal", "troops to secure the border": what the noun is for
                # ("the first country to recognize Kosovo" did recognize it)
                hypothetical, cue = True, cue or "to"
        if edge == "advcl" and _infinitival(child) and any(
                c.dep_ in ("nsubj", "nsubj:pass") and _lemma(c) in EFFORT_NOUNS for c in gkids):
            # "efforts were on to arrest the attackers", "a manhunt is under way to trace them": striven for,
            # not done
            hypothetical, cue = True, cue or "effort"
        if (cs := content_status(edge, child, gov)) is not None and not (
                below is not None and below.dep_ == "advcl" and _mark_words(below) & (_ASIDE_MARKS | _TIME_MARKS)):
            # (status_cues.py) "no sign that they are interested in talking", "attacking aid convoys is a war
            # crime", "gave the rebels 48 hours to surrender", "does not believe the police will ..."; not for
            # the clause of time or reason of what they govern ("reluctant to return *because rebels retreated*")
            if cs == "negated":
                negated, cue = True, cue or "no sign"
            elif cs in ("when", "future"):  # "will take effect *when* both sides sign": a time to come (status_wire.py)
                future, cue = True, cue or cs
            else:
                hypothetical, cue = True, cue or cs
        if (mandated_clause(edge, child, gov) or asked_content(edge, child, gov)) and not told_below(anchor, child) and not (
                below is not None and below.dep_ == "advcl" and _mark_words(below) & (_ASIDE_MARKS | _TIME_MARKS)):
            # "requested that Venezuela *expel* ...", "ordered that troops *withdraw*", "repeated its call on Friday
            # that Somalia *withdraw* ...": what is demanded, not done (status_demands.py, round st67)
            hypothetical, cue = True, cue or "demand"
        if obliged(edge, child, gov) or time_that(edge, child, gov):
            hypothetical, cue = True, cue or "must"  # "X *has to* withdraw", "it is high *time that* X lifted ..."
        if edge == "advcl" and marks & {"if", "unless"}:
            hypothetical = True
        if edge == "advcl" and (cm := _mark_words(child) & {"until", "till", "before", "once"}) and _not_past(gov):
            # "will not disarm *until the government releases* the prisoners", "must agree to changes
            # *before they demobilize*": the condition of something not yet done has not happened either
            hypothetical, cue = True, cue or next(iter(cm))
        if edge == "advcl" and gov.lower_ in ("soon", "long") and "as" in _mark_words(child) and gov.head.i != gov.i \
                and _not_past(gov.head):
            # (round 55) "would release the aid *as soon as Malawi reached* a deal", "will keep the sanctions *as long
            # as Minsk holds* prisoners": the parse hangs the clause on "soon" / "long"; a condition of a thing to come
            hypothetical, cue = True, cue or "as soon as"
        if edge == "obj" and gl & ACCUSE_GOVERNORS and below is not None and below.dep_ == "acl" \
                and _mark_words(below) & {"of", "for"}:
            edge = "acl"  # "accused [Hezbollah *of firing* rockets]": the clause the parse hung on the accused
        if edge in ("advcl", "acl") and gl & ACCUSE_GOVERNORS and not (gov.pos_ == "NOUN" and gl & FORCE_MEANS):
            # (not "a baton *charge* to disperse the crowd": the noun is the force itself)
            # "Mali accuses the armed faction of shooting villagers": the shooting is the accuser's claim
            subj = _subject(gov, gkids)
            if subj is not None and st.reporter is None:
                st.reporter = subj
            if st.accuser is None and (_mark_words(child) & {"of", "for", "with"} or edge == "acl") and (
                    subj is not None or gov.tag_ == "VBG"):
                # "accused X *of* shelling", "blamed X *for* killing" (not "..., *saying* ..."); ", *accusing* it
                # of supporting militants" (the accuser is the subject of the verb the participle hangs on)
                st.accuser = subj if subj is not None else gov
            if st.status == "asserted":
                st.status = "attributed"  # also "Iran was accused of ...", by no one named
        if edge == "xcomp" and gl & REPORT_VERBS and any(c.dep_ in ("aux:pass", "auxpass") for c in gkids) \
                and st.status == "asserted":
            st.status = "attributed"  # "the army *is said to* have shelled the village", "is reported to have"
        if gl & REPORT_VERBS and (edge in ("ccomp", "parataxis") or (
                edge == "advcl" and child.i < gov.i and _mark_words(child) & {"while", "whereas"}
                and any(c.dep_ in ("ccomp", "parataxis") and c.i < child.i for c in gkids))):
            # ("Rebels fired rockets at a ship, *while* Saudi jets struck their bases, the military said": the contrast
            # told in the same report, hung by the parse on the saying; round st79)
            subj = _subject(gov, gkids)
            if subj is not None and st.reporter is None:
                st.reporter = subj
            if st.status == "asserted":
                st.status = "attributed"
        acc = _according_to(gov, gkids)
        if acc is not None and st.reporter is None:
            st.reporter = acc
        if st.reporter is None and edge in ("ccomp", "xcomp", "conj", "advcl"):
            rep = _reporter_child(gov, [k for k in gkids if k.i != child.i])  # (not the event's own clause)
            if rep is not None:
                st.reporter = rep
        if edge in ("acl", "ccomp") and _lemma(gov) in CLAIM_NOUNS and (_has_mark_that(child) or (
                child.left_edge.lower_ == "that" and child.left_edge.tag_ == "IN")) and dismissed_claim(gov):
            negated, cue = True, cue or _lemma(gov.head)  # "reports that its jets bombed a village were baseless"
            break  # (also a claim noun the tagger read as a verb: "*claims* that ... are not true")
        if edge in ("acl", "acl:relcl", "ccomp") and gov.pos_ == "NOUN" and gl & CLAIM_NOUNS and _has_mark_that(child):
            # "an allegation that he raped a girl", "reports that troops shelled the town": someone's claim;
            # "rejected an allegation that ...", "denied reports that ...": a claim its subject denies
            if (gov.dep_ in ("obj", "dobj", "nsubj:pass") and _bases(gov.head) & DENYING_VERBS) or denying_modifier(gov):
                negated, cue = True, cue or _lemma(gov.head)
            elif st.status == "asserted":
                st.status = "attributed"
            break
        if edge.startswith("advcl") and _has_mark_that(child) and any(
                c.dep_ in ("obj", "dobj") and _lemma(c) in CLAIM_NOUNS for c in gkids):
            # "rejected claims by activists *that it shelled* the village" with the that-clause hung on the verb:
            # the claim's content, denied by the verb's subject or reported by it
            if gl & DENYING_VERBS:
                negated, cue = True, cue or glem
            elif st.status == "asserted":
                st.status = "attributed"
            break
        if edge in ("acl:relcl", "acl") and gov.pos_ in ("NOUN", "PROPN") and not (
                edge == "acl" and gov.dep_ in ("obj", "dobj") and _bases(gov.head) & ACCUSE_GOVERNORS
                and _mark_words(child) & {"of", "for"}):  # ("accused [Hezbollah *of firing* rockets]": on to "accused")
            break  # left the clause: a relative clause's status is its own
        if gov.dep_ in ("ROOT", "root"):
            if gov.i != anchor.i:
                for c in gkids:
                    if c.dep_ == "advmod" and c.lower_ in REPORT_ADVERBS and st.status == "asserted":
                        st.status = "attributed"
            break
    if own is not None:
        negated, hypothetical, future, cue = own
    # sentence-level: a question is not an assertion
    if _in_question(anchor):
        hypothetical, cue = True, cue or "?"
    if st.reporter is not None and st.status == "asserted":
        st.status = "attributed"
    if negated:
        st.status = "negated"
    elif hypothetical:
        st.status = "hypothetical"
    elif future:
        st.status = "future"
    st.cue = cue
    return st
