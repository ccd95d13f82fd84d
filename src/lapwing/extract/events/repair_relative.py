"""Repairs 20 and 43 of ``parse_repair``: a phrase between commas that misleads the parse.

**Repair 20**: a relative clause between commas read as the main clause.

"The journalist, *whose reports angered the government*, was detained at the airport", "The French
soldier, *whose identity was not made public*, was shot in the neck", "The opposition leader, *whose
party won the most seats*, called on supporters to march": the model makes the relative clause's verb
the root, hangs the noun before the comma on it as a subject, and the real main verb after the
second comma on it as a conjunct or an adverbial clause. The main verb, which has no subject of its
own, gets the noun as its subject and becomes the root; the relative clause hangs on the noun.

**Repair 43**: the main verb after an apposition read as an adjective. "Ivan Petrov, *Russia's
president*, imposed sanctions on Belarus": the model keeps the name as the root and reads "imposed
sanctions" as a second apposition, *imposed* its adjective. A past form right after the comma that closes
an apposition, on a noun that is itself hung on the name, is the main verb: the name its subject, the
noun its object.

**Repair 55**: a claim noun closing a sentence with its own relative clause read as the main clause.
"Pakistan blamed India for the attack, accusing it of supporting militants, *a charge New Delhi
rejected*": the model makes *rejected* the root, *charge* its subject or an apposition of the last noun
(the name after it an apposition of *charge*), and the real main clause the root's complement, which
then reads as something denied. The first clause is the
root again; the claim noun hangs on it; *rejected* is a relative clause on the noun, the name its subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_participle import _ADJ_PARTICIPLES

_RELATIVES = {"whose", "who", "which"}
_SUBJ = ("nsubj", "nsubj:pass", "dislocated")


def _set(t: Token, head: Token, dep: str) -> None:
    t.head = head
    t.dep_ = dep


def repair_relative_as_main(w: Token) -> bool:
    """Apply repair 20 at the relative word ``w`` (right after a comma); True when applied."""
    doc = w.doc
    if w.lower_ not in _RELATIVES or w.i < 2 or doc[w.i - 1].text != ",":
        return False
    # the verb of the relative clause: "whose *reports* angered" -> angered; "who *was* appointed" -> appointed
    r = w.head.head if w.lower_ == "whose" else w.head
    if r.dep_ not in ("ROOT", "root") or r.pos_ not in ("VERB", "AUX") or r.i < w.i:
        return False
    noun = next((c for c in r.children if c.dep_ in _SUBJ and c.i < w.i - 1 and c.pos_ in ("NOUN", "PROPN")), None)
    if noun is None:
        return False
    # the main verb: after a later comma, with no subject of its own
    main = next((c for c in r.children if c.dep_ in ("conj", "advcl", "parataxis") and c.i > r.i
                 and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN", "VBZ", "VBP")
                 and not any(g.dep_ in ("nsubj", "nsubj:pass", "csubj", "mark", "cc") for g in c.children)
                 and any(doc[k].text == "," for k in range(r.i + 1, c.i))), None)
    if main is None:
        return False
    passive = any(c.dep_ in ("aux:pass", "auxpass") for c in main.children)
    later = [c for c in r.children if c.i > main.i]
    _set(main, main, "ROOT")
    _set(noun, main, "nsubj:pass" if passive else "nsubj")
    _set(r, noun, "acl:relcl")
    for c in later:  # the final stop and anything after the main verb belong to it
        _set(c, main, c.dep_)
    return True


_AUX_FORMS = {"has", "have", "had", "was", "were", "is", "are", "will", "would", "been"}


def repair_participle_between_commas(r: Token) -> bool:
    """Repair 33: a participle phrase between commas read as the main clause.

    "Eighteen fishermen, *held captive in Libya for 100 days*, have been freed by Libyan forces", "The
    minister, *accused of taking bribes*, has resigned": the parser makes the participle the root with
    the noun before the comma as its subject, and the verb after the second comma (which has an
    auxiliary of its own but no subject) its conjunct. That verb is the main one and the noun its
    subject; the participle phrase describes the noun. ``r`` is the root participle.
    """
    if r.dep_ not in ("ROOT", "root") or r.tag_ not in ("VBN", "VBD") or r.i < 2:
        return False
    doc = r.doc
    if doc[r.i - 1].text != ",":
        return False
    s = next((c for c in r.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < r.i - 1), None)
    if s is None or s.pos_ not in ("NOUN", "PROPN", "NUM") or any(
            c.dep_ in ("aux", "aux:pass", "cop") for c in r.children):
        return False
    v = next((c for c in r.children if c.dep_ in ("conj", "parataxis", "advcl") and c.i > r.i
              and c.pos_ in ("VERB", "AUX") and doc[c.left_edge.i - 1].text == ","), None)
    if v is None or any(c.dep_ in _SUBJ or c.dep_ == "mark" for c in v.children):
        return False
    auxes = [c for c in v.children if c.dep_ in ("aux", "aux:pass") and c.i < v.i]
    if not auxes or auxes[0].lower_ not in _AUX_FORMS or any(c.dep_ == "cc" for c in v.children):
        return False
    _set(v, v, "ROOT")
    _set(s, v, "nsubj:pass" if any(c.dep_ == "aux:pass" for c in auxes) else "nsubj")
    _set(r, s, "acl")
    r.tag_ = "VBN"
    for c in list(r.children):
        if c.i > v.i or (c.dep_ == "punct" and c.i == v.left_edge.i - 1):
            _set(c, v, c.dep_)
    return True


def repair_verb_after_apposition(v: Token) -> bool:
    """Apply repair 43 at the past form ``v``; True when applied."""
    doc = v.doc
    if v.dep_ != "amod" or v.tag_ not in ("VBD", "VBN") or v.i < 4 or doc[v.i - 1].text != ",":
        return False
    if v.lower_ in _ADJ_PARTICIPLES or not verb_forms().get(v.lower_):
        return False
    n = v.head
    if n.i <= v.i or n.dep_ not in ("appos", "conj", "list", "dep", "parataxis") or any(
            doc[k].head.i != n.i or doc[k].dep_ not in ("det", "amod", "nummod", "compound") for k in range(v.i + 1, n.i)):
        return False
    p = n.head
    if p.i >= v.i or p.dep_ not in ("ROOT", "root") or p.pos_ not in ("PROPN", "NOUN"):
        return False
    if not any(c.dep_ == "appos" and p.i < c.i < v.i for c in p.children):
        return False  # only after an apposition closed by the comma
    _set(v, v, "ROOT")
    _set(p, v, "nsubj")
    _set(n, v, "obj")
    v.pos_, v.tag_, v.lemma_ = "VERB", "VBD", verb_forms()[v.lower_]
    for c in list(p.children):
        if c.i > v.i and c.dep_ in ("punct", "obl", "advcl", "conj", "cc"):
            _set(c, v, c.dep_)
    return True


#: nouns that sum up what the sentence before them says ("..., *a charge* X denied")
CLAIM_SUMS = frozenset({"charge", "claim", "accusation", "allegation", "assertion", "suggestion", "contention"})
#: nouns of what is reported or claimed, whose that-clause is their content (repair 134)
REPORT_NOUNS = frozenset({"report", "reports", "claim", "claims", "allegation", "allegations", "accusation",
                          "accusations", "charge", "charges", "rumour", "rumours", "rumor", "rumors", "suggestion",
                          "suggestions", "assertion", "assertions", "speculation", "suspicion", "suspicions"})


def repair_claim_relative(n: Token) -> bool:
    """Repair 55 (above). ``n`` is the claim noun, read as the subject of the sentence's root."""
    r = n.sent.root
    if r.i <= n.i or r.pos_ != "VERB" or not (n.head.i == r.i or n.dep_ == "appos"):
        return False
    main = next((c for c in r.children if c.dep_ in ("ccomp", "parataxis", "advcl") and c.i < n.i
                 and c.pos_ in ("VERB", "AUX")), None)
    who = next((c for c in n.children if c.dep_ in ("appos", "flat", "compound", "nmod") and n.i < c.i < r.i
                and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
    if main is None or who is None or any(c.dep_ in _SUBJ and c.i != n.i for c in r.children):
        return False
    last = n.doc[r.sent.end - 1]
    _set(main, main, r.dep_)
    _set(n, main, "parataxis")
    _set(r, n, "acl:relcl")
    _set(who, r, "nsubj")
    for c in list(r.children):
        if c.i < n.i or (c.i == last.i and c.is_punct):
            c.head = main
    return True

