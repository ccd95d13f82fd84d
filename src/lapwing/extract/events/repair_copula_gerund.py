"""Parse repair 238: a progressive verb after "is" / "are" / "was" / "were" read as an adjective on the noun after it.

"Tehran *is threatening* reprisals against Riyadh", "The union *is demanding* higher wages": the parser reads
the "-ing" form as an adjective of the noun after it ("[threatening] reprisals", as in "threatening letters") and
the form of "be" as that noun's copula, so the noun becomes the predicate of the subject ("Tehran is reprisals") and
the act is lost. The "-ing" form is the verb, "be" its
auxiliary, the subject its subject and the noun its object. Only when:

* the "-ing" form is one of the verbs of acts that the parser takes for adjectives (``_FORMS``: threatening,
  demanding, seeking, offering, ...; not the forms mostly used as adjectives: "promising signs", "pressing issues",
  "warning signs", "mounting pressure"), hung as ``amod`` on a later noun, right after the form of "be", which
  is that noun's ``cop``;
* nothing but adjectives and compounds stands between the form and the noun, and the noun has no article,
  possessor or number before the form ("is *a* threatening sign" stays);
* the noun's subject comes before "be" and is a name, a noun, or a personal pronoun (not "it", "this", "these":
  "it was threatening weather" stays).

Phrases after the noun stay on it ("reprisals *against Riyadh*"); a clause after it ("*if the talks fail*")
goes to the verb.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.repair_index import RepairIndex

#: "-ing" forms of verbs of acts that double as adjectives before a noun
_FORMS = frozenset({"threatening", "demanding", "seeking", "offering", "urging", "planning", "considering", "weighing",
                    "preparing", "staging", "launching", "pledging", "proposing", "imposing", "vowing"})
_BE = frozenset({"is", "are", "was", "were", "'s", "’s", "'re", "’re", "am"})
_NOT_SUBJECTS = frozenset({"it", "this", "that", "these", "those", "which", "what", "there"})


def copula_gerund_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 238 is tried on (with ``index``, only its words of ``_FORMS`` are read)."""
    toks = doc if index is None else index.tokens(index.find(words=_FORMS, dep="amod"))
    return [t.i for t in toks if t.lower_ in _FORMS and t.dep_ == "amod" and t.i > 1 and doc[t.i - 1].lower_ in _BE]


def repair_copula_gerund(w: Token) -> bool:
    """Repair 238 on the "-ing" form ``w``; True when applied."""
    n, doc = w.head, w.doc
    be = doc[w.i - 1]
    lemma = verb_forms().get(w.lower_)
    if lemma is None or n.i <= w.i or n.pos_ not in ("NOUN", "PROPN") or be.dep_ != "cop" or be.head.i != n.i:
        return False
    if any(doc[k].head.i != n.i or doc[k].dep_ not in ("amod", "compound") for k in range(w.i + 1, n.i)):
        return False
    if any(c.dep_ in ("det", "nmod:poss", "nummod") and c.i < w.i for c in n.children):
        return False
    subj = next((c for c in n.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < be.i), None)
    if subj is None or subj.lower_ in _NOT_SUBJECTS or subj.pos_ not in ("PROPN", "NOUN", "PRON"):
        return False
    if n.head.i == n.i:
        _set_head(w, w, "ROOT")
    else:
        _set_head(w, n.head, n.dep_)
    for c in list(n.children):
        if c.i < w.i:  # the subject, "be", an adverb before them: the verb's
            _set_head(c, w, "aux" if c.i == be.i else c.dep_)
        elif c.i > n.i and (c.dep_ in ("advcl", "parataxis") or (c.dep_ == "acl" and any(
                g.dep_ == "mark" for g in c.children))):
            _set_head(c, w, "advcl")  # "... *if the talks fail*": the verb's condition
        elif c.dep_ == "punct" and c.i == c.sent.end - 1:
            _set_head(c, w, "punct")  # the sentence's full stop
    _set_head(n, w, "obj")
    w.pos_, w.tag_, w.lemma_ = "VERB", "VBG", lemma
    return True
