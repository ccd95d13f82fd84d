"""Parse repair 165: "the government *of neighbouring* Mauritius said ..." with "neighbouring" read as a verb.

Wire copy names a bordering state's body as "the government of neighbouring X", "the president of neighboring Y".
The parser reads "neighbouring" as a participle: "of" becomes its marker, the country its object or the subject
of the next verb, and the body noun before "of" is left hanging (a conjunct of the previous clause's object or
verb). The statement verb that follows then has no subject, or has the bare country as its subject, and an "it"
or "he" in its clause takes the country without the body's sector ("it=MUS" for "the government of Mauritius").

The repair makes "neighbouring" an adjective of the country, "of" its preposition, and the country a modifier of
the body noun; when the verb right after the country has no subject of its own (or had the country as its
subject), the body noun becomes its subject. "of" never marks a clause of "neighbouring", so the shape cannot be a
correct parse."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import doc_heads, positions_of, token_columns
from lapwing.extract.events.repair_particle import _set_head

_NEIGHBOURING = frozenset({"neighbouring", "neighboring"})
_SUBJ = ("nsubj", "nsubj:pass")


def _ancestors(t: Token) -> set[int]:
    seen: set[int] = set()
    while t.head.i != t.i and t.i not in seen:
        seen.add(t.i)
        t = t.head
    return seen | {t.i}


def repair_neighbouring_of(of: Token) -> bool:
    """Repair 165 on ``of`` in "NOUN of neighbouring NAME"; True when applied."""
    doc = of.doc
    if of.lower_ != "of" or of.i == 0 or of.i + 2 >= len(doc):
        return False
    body, nb = doc[of.i - 1], doc[of.i + 1]
    if nb.lower_ not in _NEIGHBOURING or body.pos_ != "NOUN":
        return False
    found = _name_run(doc, nb)
    if found is None:
        return False  # "of neighbouring villages": no name, or a name of two heads
    name, run = found
    run_end = run.stop
    old_dep, old_head = name.dep_, name.head
    _set_head(of, name, "case")
    _set_head(nb, name, "amod")
    nb.pos_, nb.tag_ = "ADJ", "JJ"
    if name.i in _ancestors(body):
        return True  # (the body hangs below the name: leave the rest as it is)
    _set_head(name, body, "nmod")
    if body.dep_ in _SUBJ or run_end >= len(doc):
        return True
    v = doc[run_end]
    if v.pos_ != "VERB" or v.tag_ not in ("VBD", "VBZ", "VBP"):
        return True
    if any(c.dep_ in _SUBJ for c in v.children) and not (old_dep in _SUBJ and old_head.i == v.i):
        return True
    if body.i in _ancestors(v):
        return True  # no cycle
    was_conj = body.dep_ == "conj"
    for c in list(body.children):
        if was_conj and c.dep_ == "cc" and c.i < body.i and v.dep_ == "conj":
            _set_head(c, v, "cc")
    _set_head(body, v, "nsubj")
    return True


#: prepositions the parser makes the marker of a "neighbouring" participle ("police *into neighbouring* Chad")
_PHRASE_PREPS = frozenset({"from", "to", "into", "in", "inside", "with", "against", "on", "across", "toward", "towards",
                           "at", "over", "along"})
_CLAUSE_HEADS = ("VERB", "AUX", "ADJ")


def neighbouring_phrase_candidates(doc: Doc) -> list[int]:
    """The prepositions of ``doc`` that repair 210 is tried on: a preposition right before "neighbouring" that the
    parser made that word's marker. Read off the article's word index and the label and head columns: only the
    words before a "neighbouring" are looked at (most articles have none)."""
    at = positions_of(doc, _NEIGHBOURING)
    if not at:
        return []
    cols, heads, n = token_columns(doc), doc_heads(doc), len(doc)
    lower, dep = cols.lower, cols.dep
    return [j - 1 for j in at if 1 <= j <= n - 2 and lower[j - 1] in _PHRASE_PREPS and dep[j - 1] == "mark"
            and heads[j - 1] == j]


def repair_neighbouring_phrase(prep: Token) -> bool:
    """Parse repair 210 (session 37, round ar75): "moved its police *into neighbouring* Chad", "raided
    depots *in neighbouring* Niger", "talks *with neighboring* Eritrea" with "neighbouring" read as a participle
    clause that takes the preposition as its marker and the name as its object. A preposition does not mark a
    participle with no subject of its own, so "neighbouring" is an adjective of the name, the preposition its case,
    and the name the phrase of the word the participle hung on (``obl`` on a verb or adjective, ``nmod`` on a noun).
    Only for a single capitalised name right after "neighbouring"; True when applied."""
    doc = prep.doc
    nb = doc[prep.i + 1]
    if nb.lower_ not in _NEIGHBOURING or prep.head.i != nb.i or nb.head.i == nb.i or nb.i + 1 >= len(doc):
        return False
    if any(c.dep_ in _SUBJ for c in nb.children):
        return False
    found = _name_run(doc, nb)
    if found is None or found[0].head.i != nb.i:
        return False  # "from neighbouring villages": no name
    (name, run), host = found, nb.head
    if host.i in run:
        return False
    _set_head(name, host, "obl" if host.pos_ in _CLAUSE_HEADS else "nmod")
    _set_head(prep, name, "case")
    for c in list(nb.children):
        if c.i > nb.i and c.i not in run:
            _set_head(c, host, c.dep_)  # (a later clause or phrase of the participle's is its head's: "in
            # neighbouring Niger *after blaming it for ...*")
    _set_head(nb, name, "amod")
    nb.pos_, nb.tag_, nb.lemma_ = "ADJ", "JJ", nb.lower_
    return True


def _name_run(doc: Doc, nb: Token) -> tuple[Token, range] | None:
    """The proper names right after "neighbouring" and the one of them whose head lies outside the run, or None
    when no name follows or the run has several such heads."""
    run_end = nb.i + 1
    while run_end < len(doc) and doc[run_end].pos_ == "PROPN":
        run_end += 1
    run = range(nb.i + 1, run_end)
    heads_out = [k for k in run if doc[k].head.i not in run or doc[k].head.i == k]
    return (doc[heads_out[0]], run) if len(heads_out) == 1 else None
