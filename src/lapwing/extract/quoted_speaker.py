"""Who a pronoun of reported speech stands for: the reporting clause's subject ("Kenya said *it* would ..."),
whether the pronoun sits inside a direct quote, the speaker of a quote that continues the previous sentence's
quote, and whether a pronoun agrees with its speaker in person and number. Used by
:meth:`lapwing.extract.events.actor_context.ParticipantsMixin.speaker_pronoun` (kept outside the events package, which
only reads it).
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.schema import Actor

SUBJ = ("nsubj", "nsubj:outer", "csubj")
_FORMS = {"said": "say", "says": "say", "told": "tell", "tells": "tell", "added": "add", "adds": "add",
          "warned": "warn", "warns": "warn", "stated": "state", "states": "state", "declared": "declare",
          "declares": "declare", "insisted": "insist", "insists": "insist", "announced": "announce",
          "announces": "announce", "confirmed": "confirm", "confirms": "confirm"}


def verb_bases(t: Token) -> set[str]:
    """The lemma of a verb, and the lemma its form gives when the lemmatiser missed it."""
    return {t.lemma_.lower(), _FORMS.get(t.lower_, t.lower_)}

#: the verbs of a reporting clause
SAY_VERBS = frozenset({"say", "announce", "state", "declare", "insist", "warn", "tell", "add", "confirm"})
#: acts done together: their "we" is the speaker and the other side ("we agreed to keep talking")
INCLUSIVE_WE_VERBS = frozenset({"agree", "meet", "talk", "discuss", "negotiate", "sign", "cooperate", "consult",
                                "disagree"})
_OPEN = frozenset({"\u201c", "\u2018"})
_CLOSE = frozenset({"\u201d", "\u2019"})


def reported_speaker(t: Token) -> Token | None:
    """The subject of the reporting verb whose complement (or parataxis) holds the clause of ``t``, through
    at most three xcomp/conj links; None without one."""
    clause = t.head
    for _ in range(3):
        if (clause.dep_ in ("ccomp", "parataxis") or (clause.dep_ == "advcl" and _quote_closes_between(clause)))\
                and verb_bases(clause.head) & SAY_VERBS:
            spk = next((c for c in clause.head.children if c.dep_ in SUBJ), None)
            return spk
        if clause.dep_ not in ("xcomp", "conj"):
            return None
        clause = clause.head
    return None


def _quote_closes_between(clause: Token) -> bool:
    """A quote closes between the clause and the reporting verb after it ('"We condemn this," X told ...', the quote
    misparsed as an adverbial clause of the verb)."""
    head = clause.head
    return clause.i < head.i and any(x.text in _CLOSE or x.text in ('"', "''") for x in clause.doc[clause.i:head.i]) \
        and _quote_depth(clause.doc[clause.sent.start:clause.i]) > 0


def _quote_depth(tokens) -> int:
    depth = 0
    for x in tokens:
        if x.text in _OPEN:
            depth = 1
        elif x.text in _CLOSE:
            depth = 0
        elif x.text == '"' or x.text in ("``", "''"):
            depth = 0 if depth else 1
    return depth


def in_direct_quote(t: Token) -> bool:
    """``t`` stands between an opening quotation mark earlier in its sentence and its closing mark."""
    sent = t.sent
    return _quote_depth(t.doc[sent.start:t.i]) > 0


def continued_quote_speaker(t: Token) -> Token | None:
    """The speaker of a quote that opens ``t``'s sentence and has no reporting verb of its own, when the
    sentence before ends with a quote and its cue (`"...," Hassan said.`): that cue's subject."""
    sent = t.sent
    first = next((x for x in sent if not x.is_space), None)
    if first is None or first.i >= t.i or not (first.text in _OPEN or first.text in ('"', "``")):
        return None
    if any(x.dep_ in ("ccomp", "parataxis") and verb_bases(x.head) & SAY_VERBS and x.head.i > t.i
           for x in sent if x.i > t.i):
        return None  # a cue later in this sentence: not a continuation
    if sent.start == 0:
        return None
    prev = t.doc[sent.start - 1].sent
    root = prev.root
    if not verb_bases(root) & SAY_VERBS:
        return None
    quoted_before = [x for x in prev if x.i < root.i and (x.text in _CLOSE or x.text in ('"', "''"))]
    if not quoted_before:
        return None
    spk = next((c for c in root.children if c.dep_ in SUBJ and c.i > quoted_before[-1].i), None)
    return spk


def pronoun_agrees(t: Token, a: Actor, spk: Token) -> bool:
    """The pronoun ``t`` can stand for the speaker ``a`` (spoken of by the token ``spk``): "he"/"she"/"I" a person,
    "it" and "they" no named person; "we" anyone."""
    p = t.lower_
    kind = a.kind
    if kind == "pronoun":
        kind = "person" if spk.lower_ in ("he", "she", "i") else "group"
    person = kind == "person"
    if p in ("he", "she", "i"):
        return kind in ("person", "agent")
    if p in ("it", "they"):
        return not person
    return True
