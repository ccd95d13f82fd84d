"""The subject pronoun of a reported clause is its reporter (issue 10, session 28 round 49).

"Lithuania and Latvia said *they* had recalled their ambassadors", "The ministry announced *it* would ...": a
they/it that is the subject of the clause a reporting verb takes is the reporting verb's own subject (every party of
a coordinated one), before any entity of an earlier sentence, when the number and the kind agree:

- "they": two or three coordinated parties (each a person, organisation or country), or one plural group ("the
  rebels", "Western governments");
- "it": one organisation, country or singular group, never a person nor a pair.

Left to the usual choice: a pronoun in apposition ("said *they*, the rebels, had ..."), a singular reporter of a
"they", a pronoun inside a direct quote, a verb whose clause is about the one spoken to ("told / urged / asked the
envoys *they* ..."), a reporter that follows the clause ("They had left, Latvia said")."""

from __future__ import annotations

from typing import Any

from lapwing.extract.actors.common import SUBJECT_DEPS, ActorMention

#: reporting verbs whose clause is about the one spoken to or asked, not about the speaker
_ABOUT_ADDRESSEE = frozenset({"ask", "urge", "tell", "inform", "advise", "assure", "warn", "caution"})
#: dependency labels of a reported clause on its verb
_CLAUSE_DEPS = frozenset({"ccomp"})
_QUOTES = frozenset({"\u201c", "\u201d", '"', "``", "''"})
_PERSON_OBJECT_DEPS = frozenset({"obj", "iobj", "dobj", "dative"})


def _report_lemmas() -> frozenset[str]:
    from lapwing.extract.quotes.cues import lexicon  # (the speech lexicon: lexicons/speech_verbs.tsv)

    return frozenset(lexicon().verb_forms.values()) - _ABOUT_ADDRESSEE


_LEMMAS: frozenset[str] | None = None


def _reporting_verb(t: Any) -> Any | None:
    """The reporting verb whose clause ``t`` is the subject of ("X said *they* had ..."), else None."""
    global _LEMMAS
    clause = t.head
    if t.dep_ not in ("nsubj", "nsubj:pass", "nsubjpass") or clause.dep_ not in _CLAUSE_DEPS:
        return None
    v = clause.head
    if v.pos_ not in ("VERB", "AUX") or v.i > t.i:
        return None
    if _LEMMAS is None:
        _LEMMAS = _report_lemmas()
    if v.lemma_.lower() not in _LEMMAS:
        return None
    if any(c.dep_ in _PERSON_OBJECT_DEPS for c in v.children):
        return None  # "X told the envoys they must leave": they may be the envoys
    doc = t.doc
    if any(doc[k].text in _QUOTES for k in range(v.i + 1, t.i)):
        return None  # 'X said: "They have ..."': a quoted they is not the speaker
    return v


def _reporter(v: Any) -> Any | None:
    """The reporting verb's subject token; for a verb that shares its subject with the verb before ("X condemned
    ... and said ..."), that verb's subject."""
    for _ in range(3):
        subj = next((c for c in v.children if c.dep_ in ("nsubj",)), None)
        if subj is not None:
            return subj
        if v.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in v.children) or _lost_subject(v):
            return None
        v = v.head
    return None


def _lost_subject(v: Any) -> bool:
    """A noun between the conjunct's "and" and the conjunct: the parse lost the conjunct's own subject ("Spain's
    embassy praised the cabinet, and *the government of Portugal* said it ..."), so it shares no subject."""
    doc = v.doc
    start = next((j for j in range(v.i - 1, v.head.i, -1) if doc[j].dep_ == "cc" or doc[j].lower_ in ("and", "but")),
                 v.head.i)
    return any(doc[j].pos_ in ("NOUN", "PROPN", "PRON") for j in range(start + 1, v.i))


def reporter_antecedent(coder: Any, t: Any, si: int, cls: str) -> list[ActorMention] | None:
    """The mention(s) a subject they/it of a reported clause refers to: [one] mention, or the two or three
    coordinated parties of a "they"; None when the rule does not apply (the usual choice is made)."""
    if cls not in ("group", "thing") or not coder.d.parsed:
        return None
    doc = coder.doc
    i = t.i
    if any(c.dep_ == "appos" for c in t.children) or (i + 1 < len(doc) and doc[i + 1].text in (",", "\u2014", "-")):
        return None  # "said they, the rebels, had ...": the apposition says who
    v = _reporting_verb(t)
    if v is None:
        return None
    subj = _reporter(v)
    if subj is None or subj.i > i:
        return None
    near = [m for m in coder.index.in_sentences(si, si) if m.end <= i and not m.nested]
    first = next((m for m in near if m.head == subj.i), None)
    if first is None:
        return None
    conj = [m for m in near if m is not first and doc[m.head].dep_ == "conj" and doc[m.head].head.i == subj.i]
    if conj:
        if cls != "group":
            return None  # "Lithuania and Latvia said it ...": the number disagrees
        group = [first] + conj
        if len(group) > 3 or not all(_party(m) for m in group):
            return None
        return group
    root = coder.root(first)
    if first.kind == "pronoun" and (not first.resolved or root is first):
        return None
    if not coder.compatible(cls, first):
        return None
    codes = coder.codes.get(id(root))
    if codes is None:
        return None
    if cls == "group" and not (codes.plural and root.kind in ("agent", "norp")):
        return None  # a plural pronoun after a singular reporter: not forced
    if cls == "thing" and (codes.person or codes.plural):
        return None
    return [root]


def _party(m: ActorMention) -> bool:
    return m.kind in ("person", "org", "gpe") and m.coded and m.resolved
