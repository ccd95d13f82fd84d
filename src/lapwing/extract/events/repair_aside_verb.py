"""Parse repair 87: the main verb after a fronted "in a statement ..." aside read as a clause of the aside's noun.

"Prime Minister X, *in a statement carried by state media*, called on the armed forces to respect the vote and
return to their barracks": after an aside whose noun has a participle clause of its own, the parser hung the main
verb on the aside's noun (a second clause of "statement") and made the last conjunct of the to-clause ("return")
the sentence's root, so the call lost its subject. A past-tense verb right after the aside's closing comma, hung on
the aside's noun (itself hung on the subject of a later verb, or the root of a verbless sentence), with no subject, auxiliary or marker of its own,
becomes the clause's verb: the subject is its own, and the later verb that held the subject, when it is joined by
"and" with no subject of its own, becomes a conjunct of the verb's to-clause (or of the verb when it has none).
"X, in a statement, said ..." parsed right is left alone: the candidate needs the verb on the aside's noun."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_forms import verb_forms

_OWN = ("nsubj", "nsubj:pass", "csubj", "aux", "aux:pass", "obl:agent", "mark", "cop", "expl")
_SUBJECTS = ("nsubj", "nsubj:pass")
#: the labels of an aside's noun on the subject ("X, *in a statement* ..., called")
ASIDE_LABELS = ("nmod", "obl", "acl")


def repair_verb_after_aside(v: Token) -> bool:
    """Repair 87 on candidate verb ``v`` (an ``acl`` after a comma); True when applied."""
    doc = v.doc
    aside, forms = v.head, verb_forms()
    subj = aside.head
    if v.i < 1 or doc[v.i - 1].text != "," or aside.i >= v.i or aside.pos_ not in ("NOUN", "PROPN"):
        return False
    verbless = subj.dep_ in ("ROOT", "root") and subj.pos_ in ("NOUN", "PROPN")  # (no verb root at all)
    if aside.dep_ not in ASIDE_LABELS or not (subj.dep_ in _SUBJECTS or verbless) or subj.i >= aside.i:
        return False
    if not any(c.dep_ == "case" and c.i < aside.i for c in aside.children):
        return False  # (an aside is a prepositional phrase: "in a statement", "in a video")
    if v.tag_ not in ("VBD", "VBN") or v.lower_ not in forms:
        return False
    if verbless:
        if any(c.dep_ in ("obj", "iobj") or c.dep_.startswith("obl") for c in v.children) \
                and not any(c.dep_ in _OWN for c in v.children):
            v.pos_, v.tag_, v.lemma_ = "VERB", "VBD", forms[v.lower_]
            v.head, v.dep_ = v, "ROOT"
            for c in [c for c in subj.children if c.text in (".", "!", "?") and c.i > v.i]:
                c.head = v
            subj.head, subj.dep_ = v, "nsubj"
            return True
        return False
    old = subj.head
    if old.i <= v.i or old.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in _OWN for c in v.children) or not any(
            c.dep_ in ("obj", "iobj", "ccomp", "xcomp", "advcl") or c.dep_.startswith("obl") for c in v.children):
        return False  # (a bare participle is an aside of its own: "..., *dated* Monday, ...")
    forms_of = forms[v.lower_]
    v.pos_, v.tag_, v.lemma_ = "VERB", "VBD", forms_of
    v.head, v.dep_ = (v, "ROOT") if old.head.i == old.i else (old.head, old.dep_)
    subj.head, subj.dep_ = v, "nsubj"
    if any(c.dep_ == "cc" and c.i < old.i for c in old.children) and not any(c.dep_ in _SUBJECTS for c in old.children):
        to_clause = next((c for c in v.children if c.dep_ in ("xcomp", "advcl") and v.i < c.i < old.i
                          and any(g.lower_ == "to" and g.dep_ == "mark" for g in c.children)), None)
        old.head, old.dep_ = (to_clause if to_clause is not None else v), "conj"
    else:
        old.head, old.dep_ = v, "parataxis"
    for c in [c for c in old.children if c.text in (".", "!", "?") and c.i > old.i]:
        c.head = v
    return True
