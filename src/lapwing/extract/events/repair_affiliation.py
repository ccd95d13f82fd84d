"""Repair 234 of ``parse_repair``: a word of affiliation after its subject noun read as the clause's verb.

"Hackers *linked to* X breached ...", "Fighters *allied with* Y shelled ...", "Militants *affiliated with* Z abducted
...": the parser reads the participle (or adjective) of affiliation as the finite verb of the noun before it, and the
real verb after the to / with / by phrase as its complement (``ccomp`` / ``advcl`` / ``parataxis``) with no subject,
so the act loses its doer (and "allied" even becomes an alliance of its own). When a noun is the subject of such a
word (``AFFILIATION``) that has no object, auxiliary or copula of its own, the word has a to / with / by phrase
right after it, and right after that phrase comes a finite verb (VBD / VBZ / VBP) with no subject, marker or
auxiliary of its own, then the finite verb is the clause's verb: it takes the word's place in the tree, the noun
becomes its subject and the word the noun's modifier (``acl``; ``amod`` for an adjective), the phrase staying the
word's. Also when the parser read "to" as a marker and the phrase's noun as the verb's subject ("Militias allied
*to Iran fired* ..."). Not "The report linked the attack to X" (an object), "Police said the hackers were linked
to X" (a copula or auxiliary), nor a verb after a comma or a conjunction ("linked to X, and attacked ...").

Only the parse is mended: the affiliation gives the doer no country (``docs/events.md``: a force "linked to" or
"backed by" a state is not that state's; CAMEO codes "Turkish-backed fighters" apart from the Turkish military).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import token_columns, word_columns
from lapwing.extract.events.repair_forms import verb_forms

#: words of affiliation a doer noun's phrase may carry before its verb ("hackers *linked to* X")
AFFILIATION = frozenset({
    "linked", "tied", "connected", "allied", "affiliated", "aligned", "loyal", "associated", "attached", "close",
    "backed", "sympathetic", "beholden", "related",
})
#: the words of a sponsor or proxy tie, whose state is not the doer's (``affiliate_of``); "loyal to", "close to",
#: "attached to" a leader or a body are said of its own people ("soldiers loyal to the president")
_PROXY = frozenset({"linked", "tied", "connected", "allied", "affiliated", "aligned", "associated", "backed"})
_PREPS = frozenset({"to", "with", "by"})
_OWN = ("nsubj", "nsubj:pass", "csubj", "mark", "aux", "aux:pass", "cop", "expl")
_CLAUSE = ("ccomp", "advcl", "parataxis", "xcomp", "dep")


def affiliation_candidates(doc: Doc) -> list[int]:
    """The words of affiliation of ``doc`` that repair 234 is tried on."""
    cols = token_columns(doc)
    return [i for i, w in enumerate(cols.lower) if w in AFFILIATION and cols.tag[i] in ("VBD", "VBN", "JJ")
            and i + 1 < len(doc) and cols.lower[i + 1] in _PREPS]


def affiliate_of(doc: Doc, end: int, start: int) -> bool:
    """The mention at character ``start`` is in the affiliation phrase right after the actor ending at character
    ``end`` ("gunmen *linked to Venezuela* attacked ...", up to the next verb or comma): the actor is not of its
    country by that alone."""
    k = bisect_left(word_columns(doc).idx, end)  # (the first word at or after ``end``, found on the offset column)
    t = doc[k] if k < len(doc) else None
    if t is None or t.lower_ not in _PROXY or t.i + 1 >= len(doc) or doc[t.i + 1].lower_ not in _PREPS:
        return False
    stop = next((w.idx for w in doc[t.i + 2:] if w.text in (",", ";") or w.sent.start != t.sent.start
                 or w.tag_ in ("VBD", "VBZ", "VBP", "MD") or (w.pos_ in ("VERB", "AUX") and w.tag_ != "VBN")),
                len(doc.text))
    return doc[t.i + 1].idx < start < stop


def _finite(v: Token) -> bool:
    """A finite verb, or a perfect's participle ("have attacked")."""
    return v.pos_ in ("VERB", "AUX") and (v.tag_ in ("VBD", "VBZ", "VBP") or (v.tag_ == "VBN" and any(
        _perfect(c, v) for c in v.children)))


def _perfect(c: Token, v: Token) -> bool:
    """``c`` is the auxiliary of ``v``'s perfect right before it."""
    return c.dep_ == "aux" and c.lower_ in ("has", "have", "had") and c.i == v.i - 1


def _phrase(p: Token, v: Token) -> Token | None:
    """The to / with / by phrase of ``p`` between ``p`` and ``v`` (mending "to" read as ``v``'s subject's marker)."""
    nxt = p.doc[p.i + 1]
    for x in p.children:
        if x.i > p.i and (x.dep_.startswith("obl") or x.dep_.startswith("nmod")) and x.i < v.i \
                and any(c.i == p.i + 1 for c in x.children) and x.right_edge.i == v.left_edge.i - 1:
            return x
    s = next((c for c in v.children if c.dep_ == "nsubj"), None)  # "allied *to Iran* fired": "to" a marker
    if s is not None and nxt.head.i in (s.i, v.i) and nxt.dep_ in ("mark", "case") and s.left_edge.i == p.i + 2 \
            and s.right_edge.i == v.i - 1 and s.pos_ in ("PROPN", "NOUN") and v.tag_ != "VBN":
        return s
    return None


def _phrase_back(p: Token, x: Token) -> None:
    """The phrase's noun ``x``, hung on the verb, back on the affiliation word ``p``, with "to" its preposition."""
    x.head, x.dep_ = p, "obl"
    to = p.doc[p.i + 1]
    to.head, to.dep_ = x, "case"


def _word_to_modifier(p: Token, subj: Token) -> None:
    """The affiliation word ``p`` becomes the subject's modifier: an adjective ("loyal to") or a participle ("linked to")."""
    p.head = subj
    if p.tag_ == "JJ" or p.lower_ in ("loyal", "close", "sympathetic", "beholden"):
        p.dep_ = "amod"
    else:
        p.pos_, p.tag_, p.dep_ = "VERB", "VBN", "acl"


def repair_affiliation(p: Token) -> bool:
    """Apply repair 234 at the affiliation word ``p``; True when applied."""
    doc = p.doc
    subj = next((c for c in p.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < p.i), None)
    if subj is None and p.dep_ in ("acl", "amod") and p.head.i == p.i - 1 and p.head.dep_ == "ROOT":
        return _root_noun(p)  # "[Gunmen [connected to X attacked ...]]": a verbless sentence
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.right_edge.i != p.i - 1:
        return False
    if any(c.dep_ in ("obj", "dobj", "iobj", "aux", "aux:pass", "cop", "expl") for c in p.children):
        return False
    v = next((c for c in p.children if c.i > p.i and (c.dep_ in _CLAUSE and _finite(c) or c.dep_ == "conj" and (
        c.tag_ in ("VBD", "VBN") and not any(x.dep_ in ("cc", "aux:pass") for x in c.children)))), None)
    sibling = v is None and p.head.i != p.i and p.dep_ in ("ccomp", "parataxis")
    if sibling:  # "Police said [hackers linked to X] [attacked ...]": both clauses of "said"
        v = next((c for c in p.head.children if c.dep_ == p.dep_ and c.i > p.i and _finite(c)), None)
    if v is None:
        return _verb_read_as_adjective(p, subj)
    if v.left_edge.i < p.i:
        return False
    x = _phrase(p, v)
    if x is None:
        return False
    if any(c.dep_ in _OWN and c.i not in (x.i, p.i + 1) and not _perfect(c, v) for c in v.children):
        return False
    head, dep = (v.head, v.dep_) if sibling else (p.head, p.dep_) if p.head.i != p.i else (None, "ROOT")
    if x.head.i == v.i:  # "allied [to] Iran fired": the noun back to the word, "to" its preposition
        _phrase_back(p, x)
    for c in list(p.children):  # what the word carried outside its phrase is the verb's ("On Monday", ".")
        if c.i != x.i and c.i != subj.i and c.i != v.i and not (p.i < c.i < v.i):
            c.head = v
    v.head, v.dep_ = (head, dep) if head is not None else (v, "ROOT")
    subj.head, subj.dep_ = v, "nsubj"
    _word_to_modifier(p, subj)
    return True


def _root_noun(p: Token) -> bool:
    """Repair 234 in a verbless sentence whose root is the noun before the affiliation word."""
    n = p.head
    v = next((c for c in p.children if c.dep_ in _CLAUSE and c.i > p.i and _finite(c)), None)
    if v is None or v.left_edge.i < p.i or any(c.dep_ in ("obj", "aux", "cop") for c in p.children):
        return False
    x = _phrase(p, v)
    if x is None or any(c.dep_ in _OWN and c.i not in (x.i, p.i + 1) and not _perfect(c, v) for c in v.children):
        return False
    if x.head.i == v.i:
        _phrase_back(p, x)
    for c in list(n.children):
        if c.i > v.i:
            c.head = v
    v.head, v.dep_ = v, "ROOT"
    n.head, n.dep_ = v, "nsubj"
    return True


def _verb_read_as_adjective(p: Token, subj: Token) -> bool:
    """Repair 234b: "Militants affiliated with X *abducted* twelve farmers" with the verb read as an adjective on its
    object and the object hung on the affiliation word (the phrase's words shared out among them)."""
    doc = p.doc
    a = next((t for t in doc[p.i + 2:p.sent.end] if t.dep_ == "amod" and t.head.i > t.i), None)
    if a is None or a.i < p.i + 3 or a.tag_ not in ("VBD", "VBN", "JJ"):
        return False
    lemma = verb_forms().get(a.lower_)
    n = a.head
    if lemma is None or lemma == a.lower_ or not a.lower_.endswith(("ed", "ole", "ook", "ot", "ew", "ung")):
        return False
    if n.head.i != p.i or n.dep_ not in ("obl", "obj", "nmod") or n.pos_ not in ("NOUN", "PROPN"):
        return False
    span = doc[p.i + 2:a.i]
    if any(t.pos_ not in ("DET", "PROPN", "NOUN", "ADJ", "PUNCT") or t.text == "," for t in span) \
            or not any(t.pos_ in ("PROPN", "NOUN") for t in span) or any(not (p.i <= t.head.i <= n.i) for t in span):
        return False
    tops = [t for t in span if t.pos_ in ("PROPN", "NOUN") and not (span.start <= t.head.i < span.end)]
    if not tops:
        return False
    h = tops[-1]
    h.head, h.dep_ = p, "obl"
    for t in span:
        if t.i != h.i and not (t.i < t.head.i < h.i or (t.head.i == h.i)):
            t.head = h
            if t.dep_ not in ("flat", "punct"):
                t.dep_ = {"DET": "det", "ADJ": "amod"}.get(t.pos_, "compound")
    to = doc[p.i + 1]
    to.head, to.dep_ = h, "case"
    for c in list(p.children):
        if c.i > n.i:
            c.head = a
    a.head, a.dep_ = (p.head, p.dep_) if p.head.i != p.i else (a, "ROOT")
    a.pos_, a.tag_, a.lemma_ = "VERB", "VBD", lemma
    n.head, n.dep_ = a, "obj"
    subj.head, subj.dep_ = a, "nsubj"
    _word_to_modifier(p, subj)
    return True
