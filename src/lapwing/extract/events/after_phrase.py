"""A nominal event told in a time phrase of another clause (session 25, round 37, branch rc37, issue 10).

"*After talks with* Egyptian officials, the Israeli envoy returned home", "the Kenyan president spoke *during
talks with* the Ethiopian prime minister", "protests erupted *following the arrest of* an opposition leader": the
noun names an event that took place, and the clause it hangs on gives its time and status. Such a noun was a bare
mention (dropped unless both its actors were coded). Two kinds are taken:

- a meeting or negotiation (CAMEO 04) after "after / following / during / at": its doer, when the noun names none
  of its own (or only a pronoun, "after *his* talks with"), is the subject of the clause ("*the envoy* returned
  after talks with ...": he took part); only with a "with", "between" or "to" party of its own ("told reporters *after
  the meeting*" tells nothing new);
- an arrest or other coercion (CAMEO 17) after "after / following": its own phrases give its parties ("the arrest
  *of* an opposition leader *by* police"); the clause's subject is no party to it;
- a fight or an attack (CAMEO 18-20) after "after / following / amid" whose own phrase names its doer ("residents fled
  *after clashes between* Somali troops and militants", "*amid fighting between* ..."); one that names none ("after
  an attack on the base") stays a bare mention, as most are told again as background.

A meeting or visit one *is on* is told the same way: "the Turkish foreign minister *is on a visit to* Cairo", "..., who
was on a three-day visit to Hanoi": the noun is the predicate of a copula with "on", its doer the predicate's
subject, its time and status read off the noun with its copula ("will be on a visit" is future, "was not on a
visit" negated); it is no bare mention. So is a protest one *is on* (session 37, round sb74): "twelve graduates *have
been on hunger strike* for nine days", "two jailed activists *are on* an indefinite *fast*" (142, the strike or fast
nouns of ``_ON_STATE_NOUNS`` only: "the ban *is on* protests" tells no protest).

The time phrase must hang on a verb; a noun in the subject ("the talks after the war") or inside another noun
phrase is not taken."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.syntax import _cases

#: the time words before the noun, by CAMEO root
_TIME_CASES = {"04": frozenset({"after", "following", "during", "at"}), "17": frozenset({"after", "following"}),
               **{r: frozenset({"after", "following", "amid", "amidst"}) for r in ("18", "19", "20")}}
#: how the noun may hang on the clause's verb (a noun with "after" is at times labelled a clause or left loose)
_DEPS = ("obl", "obl:tmod", "advcl", "dep")
#: protest nouns (CAMEO 14) one can be "on", a state that lasts: "on hunger strike", "on a fast"
_ON_STATE_NOUNS = frozenset({"strike", "fast"})


def after_phrase(n: Token, code: str | None) -> tuple[Token, str, None] | None:
    """(the clause's verb, "after", None) when the nominal trigger ``n`` of a CAMEO ``code`` is in a time phrase
    of that verb, else None."""
    cases = _TIME_CASES.get((code or "")[:2])
    h = n.head
    if cases is None or n.dep_ not in _DEPS or h.i == n.i or h.pos_ not in ("VERB", "AUX"):
        return None
    if not _cases(n) & cases:
        return None
    if takes_clause_subject(code) and not any(c.dep_.startswith("nmod") and _cases(c) & {"with", "between", "to"} for c in n.children):
        return None  # ("told reporters *after the meeting*": a meeting with no one named tells nothing new)
    return h, "after", None


def takes_clause_subject(code: str | None) -> bool:
    """A meeting's doer is the subject of the clause whose time phrase tells it."""
    return (code or "").startswith("04")


def needs_own_doer(code: str | None) -> bool:
    """A fight or an attack in a time phrase is kept only with a doer named in its own phrase."""
    return (code or "")[:2] in ("18", "19", "20")


def on_predicate(n: Token, code: str | None) -> tuple[Token, str, None] | None:
    """(the noun itself, "oncop", None) when the meeting or visit noun ``n`` is the predicate "is on a visit to ..." of a
    subject (or the strike noun of "are on hunger strike"), else None."""
    root = (code or "")[:2]
    if not (root == "04" or root == "14" and n.lemma_.lower() in _ON_STATE_NOUNS) or "on" not in _cases(n):
        return None
    cop = next((c for c in n.children if c.dep_ == "cop"), None)
    subj = next((c for c in n.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if cop is None or subj is None:
        return None
    if root == "14" and any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in subj.children):
        return None  # ("denied that *any inmate* was on hunger strike": no one's protest)
    return n, "oncop", None  # (the noun is the anchor: its copula, auxiliary and negation tell the status)


def predicate_subject(n: Token) -> Token | None:
    """The subject of the predicate noun; for "X, *who* was on a visit to ...", the noun the relative clause is on."""
    s = next((c for c in n.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if s is not None and s.lower_ in ("who", "which", "that") and n.dep_ in ("acl:relcl", "relcl") and n.head.i < n.i:
        # only the noun right before ", who" (or the head of that name): "Speaking with X, *Y*, who is on a visit ..."
        # with the clause hung on X is Y's visit, whom the parse leaves out; no one is taken
        last = s.doc[s.i - 2] if s.i >= 2 and s.doc[s.i - 1].text == "," else None
        if last is not None and (last.i == n.head.i or (last.head.i == n.head.i and last.dep_ in ("flat", "flat:name", "compound"))):
            return n.head
        return None
    return s
