"""Parse repair 295 (session 38, round pr76): a plural noun that ends a prepositional phrase read as a clause's verb.

295. **"Seoul lifted the ban on pork *imports* from Chile", "Taipei lifted its ban on beef *exports*".** A plural
   noun spelt like a verb's present ("imports", "exports", "sales") at the end of a phrase on the verb's object
   may be read as a verb, or as a noun heading a clause, whose subject is that object ("the ban ... imports"): the
   main verb is left with no object and the act on it is lost ("lifted" coded nothing). A word with a preposition
   before it inside the phrase of its "subject" cannot be that subject's verb: it is the noun of the phrase. The
   subject noun becomes the main verb's object again, the plural noun the head of its phrase (with the preposition
   as its case and the noun before it as its compound), and the phrases after it stay its own. Only when the main
   verb has no object of its own and the plural noun has no object, auxiliary or marker of a clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_index import RepairIndex

_CLAUSAL = ("ccomp", "obl", "advcl", "xcomp")
_PREPS = ("on", "of", "for", "against")


def phrase_plural_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 295 is tried on: words ending in "s" tagged as a present verb or a plural
    noun, hung as a clause or oblique on a verb (with ``index``, only the words ending in "s" are read)."""
    toks = doc if index is None else index.tokens(index.ending("s"))
    return [t.i for t in toks if t.tag_ in ("VBZ", "NNS") and t.dep_ in _CLAUSAL and t.head.pos_ == "VERB"
            and t.lower_.endswith("s")]


def _subject(x: Token) -> Token | None:
    return next((c for c in x.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < x.i), None)


def repair_phrase_plural(x: Token) -> bool:
    """Repair 295 on the plural word ``x``; True when applied."""
    doc = x.doc
    verb, subj = x.head, _subject(x)
    if subj is None or subj.pos_ != "NOUN" or verb.pos_ != "VERB" or verb.i > subj.i:
        return False
    if any(c.dep_ in ("obj", "ccomp") and c.i != x.i for c in verb.children):
        return False  # (the verb has an object of its own: "X said the ban on imports *hurts* farmers" has none)
    if any(c.dep_ in ("obj", "aux", "aux:pass", "mark", "cop", "det", "nmod:poss") for c in x.children):
        return False  # (a clause of its own, or a noun phrase with its own determiner)
    between = doc[subj.i + 1:x.i]
    prep = next((t for t in between if t.dep_ == "case" and t.lower_ in _PREPS), None)
    if prep is None or any(t.pos_ in ("VERB", "AUX", "PUNCT", "CCONJ") for t in between):
        return False
    if not (prep.head.i == x.i or (prep.head.i == x.i - 1 and prep.head.head.i == subj.i)):
        return False  # (the preposition introduces the phrase that ends with the plural word)
    before = doc[x.i - 1] if x.i - 1 > prep.i else None
    subj.head, subj.dep_ = verb, "obj"
    x.head, x.dep_, x.pos_, x.tag_ = subj, "nmod", "NOUN", "NNS"
    prep.head = x
    if before is not None and before.pos_ in ("NOUN", "PROPN", "ADJ") and before.head.i in (x.i, subj.i):
        before.head, before.dep_ = x, ("amod" if before.pos_ == "ADJ" else "compound")
    for c in list(x.children):
        if c.dep_ == "obl":
            c.dep_ = "nmod"
    return True
