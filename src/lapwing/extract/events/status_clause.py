"""Reading a clause for the status of an event (``status``): its negation, auxiliaries and marks, the clauses that
govern it, and who reports it ("according to X", "X said", "Y attacked Z, X said")."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.status_words import HYPO_AUX, NEG_MARKS, NEG_WORDS, RARE_ADVERBS, REPORT_VERBS
from lapwing.extract.events.syntax import verb_bases
from lapwing.extract.events.word_positions import positions_of
from lapwing.extract.events.parse_memo import children_of


def _dep(t: Token) -> str:
    return t.dep_


def _is_negated(t: Token, kids: list[Token] | None = None) -> bool:
    doc = t.doc
    for c in children_of(t) if kids is None else kids:
        if c.dep_ in ("neg", "advmod", "det", "aux", "mark") and c.lower_ in NEG_WORDS:
            if c.lower_ == "not" and c.i + 1 < len(doc) and doc[c.i + 1].lower_ in ("only", "just", "merely"):
                continue  # "not only attacked the town but also ...": an addition, not a denial
            return True
        if c.dep_ == "advmod" and c.lower_ == "never":
            return True
        if c.dep_ == "advmod" and c.lower_ == "longer" and c.i > 0 and doc[c.i - 1].lower_ == "no":
            return True  # "no longer detains them": not any more
        if c.dep_ == "advmod" and (c.lower_ in RARE_ADVERBS or c.lower_ == "ever" and any(
                x.lower_ in RARE_ADVERBS for x in children_of(c))):
            return True  # "seldom criticized China", "hardly ever met them": no act is claimed
    return False


def _negating_mark(t: Token, kids: list[Token] | None = None) -> str | None:
    """"(police stood by) instead of cracking down", "without arresting anyone", "rather than a crackdown"."""
    doc = t.doc
    for c in children_of(t) if kids is None else kids:
        if c.dep_ not in ("mark", "case", "advmod", "cc") or c.i > t.i:
            continue
        low = c.lower_
        for word, nxt in NEG_MARKS:
            if nxt is None and low == word:
                return word
            if nxt is not None and low == word and c.i + 1 < len(doc) and doc[c.i + 1].lower_ == nxt:
                return f"{word} {nxt}"
            if nxt is not None and low == nxt and c.i > 0 and doc[c.i - 1].lower_ == word:
                return f"{word} {nxt}"
    return None


def _aux_words(t: Token, kids: list[Token] | None = None) -> set[str]:
    return {c.lower_ for c in (children_of(t) if kids is None else kids) if c.dep_ in ("aux", "aux:pass")}


def _mark_words(t: Token, kids: list[Token] | None = None) -> set[str]:
    marks = [c for c in (children_of(t) if kids is None else kids) if c.dep_ == "mark"]
    words = {c.lower_ for c in marks}
    if "in" in words and any(c.lower_ == "in" and any(f.dep_ == "fixed" and f.lower_ == "case" for f in c.children)
                             for c in marks):
        words.add("if")  # "*in case* the rebels attack the base, ...": a condition, as "if" (round sc61)
    return words


def _not_past(v: Token) -> bool:
    """A clause that is not in a past tense: a modal, "will", an imperative or a present verb."""
    auxes = [c for c in children_of(v) if c.dep_ in ("aux", "aux:pass")]
    if any(a.lower_ in HYPO_AUX or a.lower_ in ("will", "shall", "'ll", "’ll") for a in auxes):
        return True
    if any(a.tag_ in ("VBD", "VBN") or a.lower_ in ("had", "was", "were", "did") for a in auxes):
        return False
    if v.tag_ == "VBG" and v.dep_ == "xcomp" and not auxes and v.head.i != v.i:
        return _not_past(v.head)  # "will start *pulling* its troops out once ...": the tense of the verb it completes (rm73)
    if v.tag_ in ("VB", "VBP") and v.lower_.endswith("ed") and v.lower_ != v.lemma_.lower():
        return False  # "the rebels *freed* [VBP] the hostages once ...": a past form the tagger read as a present (sc61)
    return v.tag_ in ("VB", "VBP", "VBZ") and v.pos_ in ("VERB", "AUX")


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _bases(t: Token) -> set[str]:
    return verb_bases(t)


def _verbal_governors(anchor: Token, limit: int = 6):
    """Yield (edge, governor) going up clause edges from the anchor: xcomp/ccomp/advcl/conj..."""
    t = anchor
    n = 0
    while t.head.i != t.i and n < limit:
        edge = t.dep_
        t = t.head
        n += 1
        yield edge, t


def _reported_past(anchor: Token) -> bool:
    """The anchor heads the that-clause of a reporting verb in the past tense, with no if-clause around."""
    t = anchor
    if t.dep_ in ("ccomp",) and t.head.tag_ in ("VBD", "VBN") and _bases(t.head) & REPORT_VERBS:
        return not any(_mark_words(c) & {"if", "unless"} for c in children_of(t.head) if c.dep_ == "advcl")
    return False


def _according_to(t: Token, kids: list[Token] | None = None) -> Token | None:
    for c in children_of(t) if kids is None else kids:
        if c.dep_.startswith(("obl", "nmod", "advcl", "advmod")):
            cases = {g.lower_ for g in children_of(c) if g.dep_ in ("case", "mark", "fixed")}
            if "according" in cases or c.lower_ == "according":
                # "according to X": X is c (case according) or c's pobj
                if c.lower_ == "according":
                    for g in children_of(c):
                        if g.pos_ in ("NOUN", "PROPN", "PRON"):
                            return g
                    return None
                return c
    return None


def _according_below(anchor: Token) -> Token | None:
    """", according to state media" closing the anchor's clause but hung by the parse on a noun of it ("called
    for a ceasefire in Gaza, *according to* state media"): its source, when no other verb stands between."""
    doc = anchor.doc
    at = positions_of(doc, "according")  # (the coder's frozen document: none after the anchor in its subtree's range)
    if at is not None and not any(anchor.i < k <= anchor.right_edge.i for k in at):
        return None
    for t in anchor.subtree:
        if t.lower_ == "according" and t.i > anchor.i and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to" \
                and doc[t.i - 1].text == ",":
            src = t.head if t.dep_ == "case" else next((c for c in children_of(t) if c.pos_ in ("NOUN", "PROPN", "PRON")), None)
            up = t.head
            while up.i != anchor.i and up.head.i != up.i and up.pos_ not in ("VERB", "AUX"):
                up = up.head
            return src if up.i == anchor.i else None
    return None


def _has_mark_that(t: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(t))


def _subject(t: Token, kids: list[Token] | None = None) -> Token | None:
    kids = list(children_of(t)) if kids is None else kids
    for c in kids:
        if c.dep_ in ("nsubj", "nsubj:outer", "csubj"):
            return c
    for c in kids:
        if c.dep_ in ("obl:agent",):
            return c
    return None


def _reporter_child(t: Token, kids: list[Token] | None = None) -> Token | None:
    """"Y attacked Z, X said": the reporting verb hangs off the event clause as parataxis."""
    for c in children_of(t) if kids is None else kids:
        if c.dep_ in ("parataxis", "ccomp", "advcl") and _lemma(c) in REPORT_VERBS and c.i > t.i and not (
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _TIME_MARKS for m in children_of(c))):
            # (not a clause of time or cause: "shelled the town *after the rebels announced* a ceasefire")
            if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c)):
                continue  # "demanded *that Britain explain* the incident": the verb's own content (round sa72)
            subj = _subject(c)
            if subj is not None and not any(g.dep_ == "ccomp" for g in children_of(c)):
                return subj
        elif c.dep_ == "conj" and c.i > t.i and _lemma(c) in _TRAILING_REPORT and _trailing_source(c):
            return _subject(c)  # "seized a tanker, Iranian television *reported* late on Friday" (as a conjunct)
    return None


#: subordinators of a clause that tells when or why, not who reports
_TIME_MARKS = frozenset({"after", "before", "when", "while", "as", "since", "until", "because", "once", "if"})

#: verbs of a source named after the news, read as the event's conjunct
_TRAILING_REPORT = frozenset({"say", "report", "tell", "claim", "confirm", "add", "announce", "state", "quote"})


#: whom a source tells the news: "..., the district chief *told reporters*", "..., villagers *told journalists*"
_AUDIENCE_NOUNS = frozenset({"reporter", "journalist", "newsman", "correspondent", "press", "media", "parliament",
                             "lawmaker", "legislator", "agency"})


def _audience(obj: Token) -> bool:
    """The object of a trailing "told" is the news's audience: reporters, the press, parliament, or a named outlet
    ("told *Reuters*") (session 39, round st79)."""
    return _lemma(obj) in _AUDIENCE_NOUNS or (obj.pos_ == "PROPN" and obj.ent_type_ in ("ORG", ""))


def _trailing_source(c: Token) -> bool:
    """``c`` closes its sentence as a source's verb after a comma: its own subject right before it (after the
    comma), nothing after it but when ("late on Friday"), no object and no clause of its own."""
    subj = _subject(c)
    if subj is None or subj.i > c.i or any(g.dep_ in ("ccomp", "xcomp") or (g.dep_ in ("obj", "dobj", "iobj") and not (
            _lemma(c) == "tell" and _audience(g))) for g in children_of(c)):
        return False
    first = min(x.i for x in subj.subtree if not x.is_punct)
    if first == 0 or c.doc[first - 1].text != ",":
        return False
    sent_end = c.sent.end
    return all(x.pos_ in ("ADV", "ADP", "PROPN", "NOUN", "NUM", "DET", "PUNCT") for x in c.doc[c.i + 1:sent_end])
