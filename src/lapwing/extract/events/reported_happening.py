"""Bare sayings that state nothing of their own (session 37, round rv75; issue 10: precision).

Read from the false events of the reference set: a bare plain statement (010, no target) was coded for sayings the
folder never codes ("X said Y did Z": the event is Z, the saying is not coded apart):

* ``reported_happening``: a trailing reporting clause after a clause in the past ("Two guards were hurt, the prison
  service said", "About 800 villagers fled the valley, the relief agency said", "Soldiers sealed off the square but
  did not enter, an army spokesman said"). A trailing attribution keeps the tense of what was said, so a past verb
  there is a past happening. A leading saying over a past perfect ("The army said it had launched an operation",
  "said the vote had been rigged") stays a statement, as the tests of sessions 34-36 keep it
  (``tests/test_statements72.py``): in reported speech the tense does not tell a report from a position;
* ``doerless_plan``: every content clause a passive under a modal with no by-agent ("The ministry said the vote
  would be postponed", "said the funds would be released once ..."). The plan has no doer for an intent to be coded
  on, and the folder codes neither an intent nor the saying ("talks would be held with union leaders"); a negated
  one is a refusal (12), coded elsewhere.

Kept by both: content in the present, an active future or modal ("said that the new budget would cut the deficit",
"the deal is fair, the minister said"), quotations ("'We stood firm,' the mayor said": words quoted are the
speaker's own), and any saying with a target.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.parse_memo import children_of

_QUOTES = frozenset({'"', "\u201c", "\u201d", "''", "``", "'", "\u2018", "\u2019"})
_MODALS = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might", "must", "wo", "ca", "'ll",
                     "\u2019ll", "'d", "\u2019d"})
_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})


def _auxes(v: Token) -> list[Token]:
    return [x for x in children_of(v) if x.dep_ in ("aux", "aux:pass", "auxpass")]


def _modal(v: Token) -> bool:
    return any(a.lower_ in _MODALS or a.tag_ == "MD" for a in _auxes(v))


def _past_perfect(v: Token) -> bool:
    """"had been stopped", "had launched": a perfect with a past "had"."""
    return v.tag_ == "VBN" and any(a.lower_ in ("had", "'d", "\u2019d") and a.lemma_ == "have" for a in _auxes(v))


def _simple_past(v: Token) -> bool:
    """"fled", "were injured", "did not try": a finite past verb, a passive or a negation with a past auxiliary, or a
    past participle with a subject of its own and no auxiliary (a finite past the tagger read as a participle)."""
    if _modal(v):
        return False
    auxes = _auxes(v)
    if v.tag_ == "VBD" or (v.tag_ in ("VBN", "VB") and any(a.tag_ == "VBD" for a in auxes)):
        return True
    return v.tag_ == "VBN" and not auxes and any(x.dep_ == "nsubj" for x in children_of(v))


def _quoted(t: Token) -> bool:
    return any(x.text in _QUOTES for x in t.sent)


def _content_verbs(t: Token) -> tuple[list[Token], bool]:
    """The heads of the saying's content clauses and whether they precede it (a trailing "..., X said", parsed with
    the saying as the root over a content clause before it, or as a clause hung on the content's verb)."""
    own = [x for x in children_of(t) if x.dep_ == "ccomp" and x.pos_ in ("VERB", "AUX")]
    # ("said X had failed and *that* Y needed ...": a second that-clause the parser hung on the saying)
    own += [x for x in children_of(t) if x.dep_ == "conj" and x.i > t.i and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in children_of(x))] if own else []
    if own:
        return own, all(x.i < t.i for x in own)
    if t.dep_ in _CLAUSE_DEPS and t.head.i < t.i and t.head.pos_ in ("VERB", "AUX"):
        return [t.head], True
    return [], False


def reported_happening(t: Token) -> bool:
    """A saying (the trigger ``t`` of a bare 010) closing a sentence whose every content clause reports a past
    happening ("Two guards were hurt, the prison service said"). Quotations keep their statement."""
    if _quoted(t):
        return False
    heads, trailing = _content_verbs(t)
    if not heads or not trailing:
        return False
    # (a conjunct with no auxiliary or subject of its own shares its head's tense: "sealed off the square and left")
    # (one with its own "that" or subject is a clause whatever its tag)
    verbs = [v for h in heads for v in (h, *[c for c in h.conjuncts if c.i > h.i and any(
        x.dep_ in ("aux", "aux:pass", "auxpass", "nsubj", "nsubj:pass", "nsubjpass", "mark") for x in children_of(c))])]
    return all(_simple_past(v) or _past_perfect(v) for v in verbs)


def _agentless_passive(v: Token) -> bool:
    """"would be postponed", "will be released": a passive under a modal with no by-agent (not negated: "would not
    be amended" is a refusal, coded elsewhere)."""
    kids = children_of(v)
    if v.tag_ != "VBN" or not _modal(v) or not any(x.dep_ in ("aux:pass", "auxpass") for x in kids):
        return False
    if any(x.dep_ == "neg" or x.lower_ in ("not", "n't", "never") for x in kids):
        return False
    return not any(x.dep_ in ("obl:agent", "agent") or (x.dep_ == "obl" and any(c.lower_ == "by" for c in children_of(x)))
                   for x in kids)


def doerless_plan(t: Token) -> bool:
    """A saying (the trigger ``t`` of a bare 010) whose every content clause is an agentless passive under a modal:
    a plan told with no doer. Quotations keep their statement."""
    if _quoted(t):
        return False
    heads, _trailing = _content_verbs(t)
    return bool(heads) and all(_agentless_passive(v) for v in heads)


def told_not_stated(t: Token) -> bool:
    """A bare saying that tells a past happening or a plan with no doer (``reported_happening`` or ``doerless_plan``)."""
    return reported_happening(t) or doerless_plan(t)
