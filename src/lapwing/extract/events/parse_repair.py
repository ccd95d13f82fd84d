"""Repairs of a few systematic misparses of the trained pipeline, for the event coder only.

The coder reads the dependency parse; the trained model sometimes gives a clause the analysis of a
noun phrase or of an adjective, and the clause's event is then lost. ``repaired(doc)`` returns a
copy of the doc (same tokens, same indices, same sentences) in which these cases are re-analysed
as clauses; the original doc, which the other extractors read, is left untouched. Each repair only
applies to a sentence that has no main verb of its own, or to a token that cannot be what it was
tagged as, so a correct parse is never changed:

1. **Past participle tagged as a predicative adjective.** "Protesters *clashed* with security forces"
   with *clashed* ADJ/JJ and an ``nsubj`` but no copula: an adjective cannot have a subject
   without a copula, so the word is a finite verb (VERB/VBD).
2. **Verbless sentence whose root noun has a verb modifier before it.** "Britain and France
   *imposed* sanctions on Iran" parsed as the noun phrase "[Britain and France imposed] sanctions"
   (*imposed* amod of the root *sanctions*): the verb becomes the root, the noun its object and the
   name(s) before the verb its subject. Only when the words before the verb are bare names or nouns
   (no determiner or possessive: "the imposed sanctions", "Iran's imposed ..." stay as they are).
3. **Verbless sentence whose root noun (at the start of the sentence) has a finite verb as
   ``acl``/``relcl``.** "Opposition leader Juan Guaido *called* on the armed forces to ..." with
   *called* acl of *leader*: the verb becomes the root and the noun its subject. Only finite verbs
   (VBD/VBZ/VBP; a past participle may well be a reduced relative: "soldiers killed in the attack")
   with no subject, relative pronoun or marker of their own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

FINITE = {"VBD", "VBZ", "VBP"}
_NOMINAL = {"PROPN", "NOUN", "ADJ", "NUM", "CCONJ", "PUNCT", "X"}
_REL = {"WDT", "WP", "WP$"}


def _has_verb_root(sent: Span) -> bool:
    r = sent.root
    return r.pos_ in ("VERB", "AUX") or r.tag_.startswith("VB")


def _adjective_verb(t: Token) -> bool:
    if t.pos_ != "ADJ" or not t.lower_.endswith("ed") or t.dep_ not in ("ROOT", "conj", "ccomp", "advcl", "parataxis"):
        return False
    deps = {c.dep_ for c in t.children}
    return "nsubj" in deps and not deps & {"cop", "aux:pass", "nsubj:pass"}


def _set_head(t: Token, head: Token, dep: str) -> None:
    t.head = head
    t.dep_ = dep


def _repair_amod(root: Token, sent: Span) -> bool:
    """Repair 2: returns True when applied."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    verbs = [c for c in root.lefts if c.dep_ in ("amod", "acl") and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN")]
    if len(verbs) != 1:
        return False
    v = verbs[0]
    before = [c for c in root.lefts if c.i < v.i]
    if not before or any(c.i >= v.i for c in v.subtree if c is not v):
        return False
    words = [sent.doc[i] for i in range(sent.start, v.i)]
    if not words or words[0].pos_ not in ("PROPN", "NOUN") or any(w.pos_ not in _NOMINAL for w in words):
        return False
    if any(w.dep_ in ("det", "nmod:poss", "poss", "case") for w in words):
        return False
    subj = before[-1]
    if subj.pos_ not in ("PROPN", "NOUN"):
        return False
    _set_head(v, v, "ROOT")
    _set_head(root, v, "obj")
    _set_head(subj, v, "nsubj")
    for c in before[:-1]:
        _set_head(c, subj, c.dep_)
    for c in list(root.rights):
        if c.dep_ == "punct" and c.i == sent.end - 1:
            _set_head(c, v, "punct")
    return True


def _repair_acl(root: Token, sent: Span) -> bool:
    """Repair 3: returns True when applied."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    first = next((t for t in sent if not t.is_punct), None)
    if first is None or root.left_edge.i != first.i:
        return False
    verbs = [c for c in root.rights if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.tag_ in FINITE]
    if len(verbs) != 1:
        return False
    v = verbs[0]
    if any(c.dep_ in ("nsubj", "nsubj:pass", "mark", "expl") or c.tag_ in _REL for c in v.children):
        return False
    _set_head(v, v, "ROOT")
    _set_head(root, v, "nsubj")
    for c in list(root.rights):
        if c.i > v.i:
            _set_head(c, v, c.dep_)
    return True


def repaired(doc: Doc) -> Doc:
    """A copy of ``doc`` with the repairs above applied, or ``doc`` itself when none applies."""
    sents = [(s.start, s.end) for s in doc.sents]
    todo_adj = [t.i for t in doc if _adjective_verb(t)]
    todo_np = [(a, b) for a, b in sents if not _has_verb_root(doc[a:b])]
    if not todo_adj and not todo_np:
        return doc
    out = doc.copy()
    for i in todo_adj:
        t = out[i]
        t.pos_ = "VERB"
        t.tag_ = "VBD"
    for a, b in todo_np:
        sent = out[a:b]
        root = sent.root
        _repair_amod(root, sent) or _repair_acl(root, sent)
    # the repairs keep every sentence a single tree; keep the original sentence boundaries regardless
    if [(s.start, s.end) for s in out.sents] != sents:
        return doc
    return out
