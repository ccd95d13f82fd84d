"""Acts that are only demanded (session 34, round st67), read by ``status.event_status``.

The that-clause of a demand, a request, an order or an insistence names what is asked for, not what was done:

* ``mandated_clause``: the that-clause (or bare clause) of a verb of demanding in the mandative subjunctive
  ("Colombia *requested that* Venezuela *expel* the commanders", "the president *ordered that* troops *withdraw*",
  "the court ordered that the journalist *be released*"), also when the tagger reads the bare verb as a past
  ("expel" tagged VBD);
* ``asked_content``: the that-clause of a noun of asking that the parse hung elsewhere because a time word stands
  between the noun and "that": on the verb whose object the noun is ("repeated its *call on Friday that* Somalia
  *withdraw* its forces", the clause read as ``dep`` of "repeated") or on the noun as a relative clause ("renewed
  its *demand on Tuesday that* Azerbaijan *withdraw*", "that" read as a relative word).

A clause with a tense of its own (a past form, a tense auxiliary) is told as a fact and left alone ("demanded
that Peru explain why its troops *had crossed*" reaches "explain" only; "insisted that the troops *withdrew*").
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.parse_memo import children_of
from lapwing.extract.events.status_words import ASKING_NOUNS, _CALL_NOUNS

#: verbs whose that-clause is a demand when its verb is bare ("demanded that X withdraw")
MANDATE_VERBS = frozenset({"demand", "request", "order", "urge", "ask", "recommend", "propose", "require", "command",
                           "decree", "direct", "petition", "plead", "stipulate", "insist", "beg", "implore"})
#: of these, the verbs that also report a fact ("insisted that the troops *remain* in barracks"): only a clause that
#: is surely subjunctive (a bare verb with a singular subject, a bare "be") is a demand
_ALSO_REPORTING = frozenset({"insist"})
#: nouns of asking whose that-clause is what is asked for
DEMAND_NOUNS = frozenset(ASKING_NOUNS | _CALL_NOUNS | {"insistence", "ultimatum", "plea", "urging"})
#: the singular pronouns and nouns whose verb, when bare, can only be subjunctive
_SINGULAR_PRON = frozenset({"he", "she", "it"})
_PLURAL_PRON = frozenset({"i", "we", "you", "they"})


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _that_marked(clause: Token) -> bool:
    """The clause opens with "that" read as its mark (or as a relative word with no other role in it)."""
    return any(c.lower_ == "that" and c.dep_ == "mark" and c.i < clause.i for c in children_of(clause))


def _bare_form(v: Token) -> bool:
    """The verb is in its bare form: tagged VB, or a present or past whose form is its lemma ("withdraw" VBP,
    "expel" misread as VBD, "close" a verb with an adverb's or adjective's tag); "pays", "withdrew", "ordered" are
    not."""
    if v.pos_ not in ("VERB", "AUX"):
        return False
    if v.tag_ == "VB":
        return True
    return v.tag_ in ("VBP", "VBD", "RB", "JJ", "NN") and v.lower_ == _lemma(v) and not v.lower_.endswith(("ed", "s"))


def _own_tense(v: Token) -> bool:
    """An auxiliary other than a bare "be", or a modal: the clause has a tense or a modality of its own."""
    return any(a.dep_ in ("aux", "aux:pass", "cop") and a.lower_ != "be" for a in children_of(v))


def _subject(v: Token) -> Token | None:
    return next((c for c in children_of(v) if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None)


def _singular(subj: Token) -> bool:
    return subj.lower_ in _SINGULAR_PRON or (subj.tag_ in ("NN", "NNP") and subj.lower_ not in _PLURAL_PRON
                                              and not any(c.dep_ == "conj" for c in children_of(subj)))


def subjunctive(v: Token, *, strict: bool = False) -> bool:
    """The clause verb ``v`` reads as a mandative subjunctive: "be" bare ("that he *be* released", "that the vote *be*
    free"), or the bare form of a verb with a subject; ``strict`` (a verb that also reports): a singular subject only
    (or the tag VB: "that the talks *resume*" with a plural subject is read as a report)."""
    if _own_tense(v):
        return False
    if any(a.dep_ in ("aux", "aux:pass", "cop") and a.lower_ == "be" for a in children_of(v)) or (
            v.lower_ == "be" and v.tag_ == "VB"):
        return True
    if not _bare_form(v):
        return False
    subj = _subject(v)
    if subj is None:
        return False
    if not strict:
        return True
    return v.tag_ == "VB" or _singular(subj)


def mandated_clause(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is the subjunctive that-clause (or bare clause, "demanded Peru *expel* them") of a verb of demanding
    ``gov``: what is demanded, not done."""
    if edge not in ("ccomp", "advcl", "dep", "parataxis") or child.i < gov.i or gov.pos_ not in ("VERB", "AUX"):
        return False
    lem = _lemma(gov)
    if lem not in MANDATE_VERBS:
        return False
    if any(c.dep_ == "mark" and c.lower_ != "that" for c in children_of(child)):
        return False  # ("demanded compensation *after* troops attacked", "*as* Kenya had demanded")
    if edge != "ccomp" and not _that_marked(child):
        return False
    return subjunctive(child, strict=lem in _ALSO_REPORTING)


def asked_content(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is the that-clause of a noun of asking, hung by the parse on the noun as a relative clause or on
    the verb whose object the noun is ("repeated its call on Friday *that* Somalia *withdraw*")."""
    if child.i < gov.i or not _that_marked(child) or not subjunctive(child):
        return False
    if edge in ("acl:relcl", "acl", "dep", "advcl", "ccomp", "parataxis") and gov.pos_ == "NOUN":
        return _lemma(gov) in DEMAND_NOUNS
    if edge in ("dep", "advcl", "ccomp", "parataxis") and gov.pos_ in ("VERB", "AUX"):
        return any(c.dep_ in ("obj", "dobj") and _lemma(c) in DEMAND_NOUNS and c.i < child.i for c in children_of(gov))
    return False


def _told(v: Token) -> bool:
    """A verb told with a tense of its own: a past form ("freed", "had crossed") or a tense auxiliary."""
    if v.pos_ not in ("VERB", "AUX"):
        return False
    if any(a.dep_ in ("aux", "aux:pass") and a.lower_ in ("had", "has", "have", "was", "were", "did", "is", "are")
           for a in children_of(v)):
        return True
    return v.tag_ in ("VBD", "VBZ") and not _bare_form(v)


def told_below(anchor: Token, child: Token) -> bool:
    """Between the event's anchor and the demanded clause ``child`` (the anchor included, ``child`` not) stands a verb
    with a tense of its own: "demanded that Peru explain why its troops *had crossed*", "demanded that Mali release the
    hostages, and Mali *freed* them": told as a fact, not demanded."""
    t, seen = anchor, 0
    while t.i != child.i and t.head.i != t.i and seen < 12:
        if _told(t):
            return True
        t, seen = t.head, seen + 1
    return False


def obliged(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is the to-clause of a present "has to" / "have to" ("the Council *has to condemn* this", "Moscow has
    to withdraw its forces, the chief said"): an obligation, not an act. Not "had to" ("police had to fire tear gas"
    tells what they did)."""
    if edge != "xcomp" or _lemma(gov) != "have" or gov.tag_ not in ("VBZ", "VBP") or child.i != gov.i + 2:
        return False
    return gov.doc[gov.i + 1].lower_ == "to" and child.tag_ == "VB"


def _that_opened(clause: Token) -> bool:
    """The clause opens with "that" (read as its mark or as a relative word) and has a subject of its own."""
    return clause.left_edge.lower_ == "that" and _subject(clause) is not None


def time_that(edge: str, child: Token, gov: Token) -> bool:
    """``child`` is the that-clause of "it is (high) time" or "the time has come" ("it is high *time that* Israel
    *lifted* the blockade", "the time has come that Serbia recognize Kosovo"): asked for, not done."""
    if edge not in ("acl", "acl:relcl", "ccomp", "advcl") or child.i < gov.i or not _that_opened(child):
        return False
    if gov.pos_ == "NOUN" and _lemma(gov) == "time":
        # (not "it was *the first* time that Israel lifted the blockade": a time it did)
        return any(c.dep_ == "cop" for c in children_of(gov)) and any(
            c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in children_of(gov)) and not any(
            c.dep_ in ("det", "nummod", "nmod:poss") or c.lower_ in ("first", "last", "only", "second", "third", "next")
            for c in children_of(gov))
    return _lemma(gov) in ("come", "arrive") and any(
        c.dep_ == "nsubj" and _lemma(c) == "time" for c in children_of(gov))


#: verbs and nouns of asking whose "for X to V" names what is asked for ("called for the journalists to be freed")
_FOR_ASKING = frozenset({"call", "demand", "urge", "appeal", "press", "push", "plead", "ask", "petition", "lobby",
                         "campaign", "clamour", "clamor", "agitate", "plea", "request", "pressure"})


def asked_for_to(anchor: Token) -> bool:
    """The anchor is the to-clause of a "<verb or noun of asking> for X to V" that the parse broke up ("Rights
    groups called for the journalists *to be freed*" read with "called" as a participle and "freed" as the root,
    "demanded for the officers *to be prosecuted*" with the clause hung on "officers"): asked for, not done."""
    to = next((c for c in children_of(anchor) if c.dep_ == "mark" and c.lower_ == "to" and c.i < anchor.i), None)
    if to is None or any(c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and c.i < to.i for c in children_of(anchor)) \
            and anchor.dep_ not in ("ROOT", "root"):
        return False
    doc = anchor.doc
    for f in range(to.i - 1, max(to.i - 9, 0), -1):
        w = doc[f]
        if w.pos_ in ("VERB", "AUX") or w.lower_ in (",", ";", "that", "which", "who"):
            return False
        if w.lower_ == "for" and f > 0 and f < to.i - 1:
            return _lemma(doc[f - 1]) in _FOR_ASKING or doc[f - 1].lower_.rstrip("s") in _FOR_ASKING
    return False
