"""Parse repair 215: a closing aside "..., a charge X denied" read as the sentence's main clause.

Wire copy closes an accusation or a claim with the other side's answer in a bare relative clause on a noun of
claiming: "Azerbaijan accused Armenian forces of firing on its positions, *a charge Yerevan denied*", "Police said
the rebels had fired first, *a claim the rebels rejected*". The parser may read the aside's verb ("denied") as the
sentence's root, with the main clause its complement (``ccomp``): the accusation is then told under a denial
(negated) and the denial takes the noun phrase "a charge Yerevan" as its subject.

The main clause's verb becomes the root again, the claim noun its aside (``parataxis``) and the answering verb a
relative clause on the noun (``acl:relcl``). Only when:

* the answering verb (``ANSWER_VERBS``: deny, reject, dismiss, dispute, ...) is the root, right at the sentence's
  end (nothing but punctuation after it), with a subject of its own right before it;
* right before that subject stand a comma, an article or determiner and a noun of claiming (``CLAIM_NOUNS``:
  charge, claim, accusation, allegation, ...), with nothing but adjectives between (a plural noun may go bare);
* the root has a verb before the comma as its complement or loose clause: the main clause.

The same when the parser made the claim noun the root, with the main clause's subject its subject and the main verb
a reduced relative on that subject ("The ministry accused Uganda of ..., allegations Kampala rejected"): the main
verb (a past form with no auxiliary) becomes the root, with its subject back.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import token_columns
from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.repair_index import RepairIndex

#: verbs of answering a claim
ANSWER_VERBS = frozenset({"deny", "reject", "dismiss", "dispute", "refute", "contest", "rebut", "confirm", "acknowledge",
                          "admit", "challenge", "question"})

#: nouns of a claim or a charge that an aside answers
CLAIM_NOUNS = frozenset({"charge", "claim", "accusation", "allegation", "assertion", "account", "version", "report",
                         "contention", "characterisation", "characterization", "charges", "claims", "accusations",
                         "allegations", "reports"})

_DETS = frozenset({"a", "an", "the", "this", "that", "these", "those", "an"})
_MAIN_EDGES = frozenset({"ccomp", "parataxis", "advcl", "dep", "conj", "csubj"})


def claim_aside_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 215 is tried on: a root verb of answering (with ``index``, only its root
    verbs and nouns are read)."""
    cols = token_columns(doc)
    if not CLAIM_NOUNS.intersection(cols.lower):
        return []
    toks = doc if index is None else index.tokens(index.find(dep=("ROOT", "root"), pos=("VERB", "NOUN")))
    return [t.i for t in toks if t.dep_ in ("ROOT", "root") and (t.pos_ == "VERB" and t.lemma_.lower() in ANSWER_VERBS
                                                                  or t.pos_ == "NOUN" and t.lower_ in CLAIM_NOUNS)]


def _noun_root(noun: Token) -> bool:
    """The second shape: the claim noun read as the root, the main clause's subject its subject and the main verb a
    reduced relative on that subject ("[The ministry accused Uganda ...], allegations Kampala rejected")."""
    doc = noun.doc
    ans = next((c for c in noun.children if c.dep_ == "acl:relcl" and c.lemma_.lower() in ANSWER_VERBS and c.i > noun.i), None)
    if ans is None or any(not doc[j].is_punct for j in range(ans.i + 1, noun.sent.end)):
        return False
    k = noun.i - 1
    while k > 0 and doc[k].pos_ == "ADJ":
        k -= 1
    if not (doc[k].text == "," and noun.tag_ == "NNS") and not (doc[k].lower_ in _DETS and doc[k - 1].text == ","):
        return False
    comma = doc[k] if doc[k].text == "," else doc[k - 1]
    subj = next((c for c in noun.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < comma.i), None)
    main = None if subj is None else next((c for c in subj.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.i > subj.i
                                           and c.tag_ in ("VBD", "VBN") and not any(
                                               x.dep_ in ("aux", "aux:pass", "mark") for x in c.children)), None)
    if main is None:
        return False
    for t in [t for t in noun.children if t.i != subj.i and t.i != ans.i and (t.i < comma.i or t.is_punct and t.i > ans.i)]:
        _set_head(t, main, t.dep_)
    _set_head(main, main, "ROOT")
    main.tag_ = "VBD"
    _set_head(subj, main, "nsubj")
    _set_head(noun, main, "parataxis")
    _set_head(comma, noun, "punct")
    return True


def repair_claim_aside(v: Token) -> bool:
    """Repair 215 on a root verb of answering ``v``; True when applied."""
    doc = v.doc
    if v.pos_ == "NOUN":
        return v.dep_ in ("ROOT", "root") and v.lower_ in CLAIM_NOUNS and _noun_root(v)
    if v.dep_ not in ("ROOT", "root") or v.lemma_.lower() not in ANSWER_VERBS:
        return False
    if any(not doc[j].is_punct for j in range(v.i + 1, v.sent.end)):
        return False
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass") and c.right_edge.i == v.i - 1), None)
    if subj is None:
        return False
    # the claim noun right before the subject's own words (the parser may hang it on the subject: "[a charge Yerevan]")
    j = subj.i - 1
    while j > v.sent.start and doc[j].lower_ not in CLAIM_NOUNS and doc[j].pos_ in ("DET", "PROPN", "NOUN", "ADJ", "PRON") \
            and doc[j].dep_ in ("det", "compound", "amod", "flat", "nmod:poss", "case", "nmod:desc"):
        j -= 1
    if j < 2 or doc[j].lower_ not in CLAIM_NOUNS or doc[j].pos_ != "NOUN" or doc[j + 1].pos_ == "ADP":
        return False
    noun = doc[j]
    k = j - 1
    while k > 0 and doc[k].pos_ == "ADJ":
        k -= 1
    if doc[k].text == "," and noun.tag_ == "NNS":
        k += 1  # a bare plural: ", allegations Kampala rejected"
    elif doc[k].lower_ not in _DETS or doc[k - 1].text != ",":
        return False
    comma = doc[k - 1]
    main = next((c for c in v.children if c.i < comma.i and c.dep_ in _MAIN_EDGES and c.pos_ in ("VERB", "AUX")), None)
    if main is None:
        return False
    if subj.head.i != v.i:
        _set_head(subj, v, "nsubj")
    for t in [t for t in v.children if t.i != subj.i and t.i != main.i and (t.i < comma.i or t.is_punct and t.i > v.i)]:
        _set_head(t, main, t.dep_)
    _set_head(main, main, "ROOT")
    _set_head(noun, main, "parataxis")
    _set_head(comma, noun, "punct")
    for t in doc[k:j]:
        _set_head(t, noun, "det" if t.lower_ in _DETS else "amod")
    _set_head(v, noun, "acl:relcl")
    return True
