"""A saying whose content reports a past happening is no statement (session 37, round rv75; issue 10: precision).

Read from the false events of the reference set: a bare plain statement (010, no target) was coded for sayings that
only *report* something that happened, where the folder's convention codes the happening (when it has a code) and
never the saying ("X said Y did Z": the event is Z, the saying is not coded apart):

* a trailing reporting clause after a clause in the past: "Two guards were hurt, the prison service said", "About 800
  villagers fled the valley, the relief agency said", "Soldiers sealed off the square, an army spokesman said". A
  trailing attribution keeps the tense of what was said, so a past verb there is a past happening;
* a leading saying whose content is in the past perfect: "The ministry said a convoy had been stopped at the bridge",
  "The navy said it had launched a search for the crew". In reported speech the present shifts to the past ("said
  the talks still had a chance" says "the talks still have a chance": a position), but the past perfect is a report
  of a thing done before.

``reported_happening`` tells such a saying. ``doerless_plan`` tells a saying whose every content clause is a
passive under a modal with no by-agent: "The ministry said the vote would be postponed", "said the funds would be
released once ...", "said aid would be let in only through the port". The plan has no doer for an intent to be
coded on, and the folder codes neither an intent nor the saying ("talks would be held with union leaders"). Kept by both: content in the present, an active future or modal ("said that
the new budget would cut the deficit", "the deal is fair, the minister said"), quotations ("'We stood firm,' the
mayor said": words quoted are the speaker's own), and any saying with a target.
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
    """A saying (the trigger ``t`` of a bare 010) whose every content clause reports a past happening: a trailing
    attribution after past verbs, or a leading saying over a past perfect. Quotations keep their statement."""
    if _quoted(t):
        return False
    heads, trailing = _content_verbs(t)
    if not heads:
        return False
    # (a conjunct with no auxiliary or subject of its own shares its head's tense: "had been stopped and turned back")
    # (one with its own "that" or subject is a clause whatever its tag: "and that Beijing *opposed* [JJ] ...")
    verbs = [v for h in heads for v in (h, *[c for c in h.conjuncts if c.i > h.i and any(
        x.dep_ in ("aux", "aux:pass", "auxpass", "nsubj", "nsubj:pass", "nsubjpass", "mark") for x in children_of(c))])]
    if trailing:
        return all(_simple_past(v) or _past_perfect(v) for v in verbs)
    return all(_past_perfect(v) for v in verbs)


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
