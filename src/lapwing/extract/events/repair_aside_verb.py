"""Parse repair 87: the main verb after a fronted "in a statement ..." aside read as a clause of the aside's noun.

"Prime Minister X, *in a statement carried by state media*, called on the armed forces to respect the vote and
return to their barracks": after an aside whose noun has a participle clause of its own, the parser hung the main
verb on the aside's noun (a second clause of "statement") and made the last conjunct of the to-clause ("return")
the sentence's root, so the call lost its subject. A past-tense verb right after the aside's closing comma, hung on
the aside's noun (itself hung on the subject of a later verb, or the root of a verbless sentence), with no subject, auxiliary or marker of its own,
becomes the clause's verb: the subject is its own, and the later verb that held the subject, when it is joined by
"and" with no subject of its own, becomes a conjunct of the verb's to-clause (or of the verb when it has none).
"X, in a statement, said ..." parsed right is left alone: the candidate needs the verb on the aside's noun.

Parse repair 143 (``repair_verb_after_aside_misread``) takes the two other misreadings of the same verb: an adjective
of its object ("The army, in its weekly briefing, *accused* rebels ...") or a parataxis or conjunct of its subject
("State broadcaster X, in its evening bulletin, *denied* that ...")."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_participle import _ADJ_PARTICIPLES

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


#: the labels of the noun right after a verb read as its adjective ("X, in PP, *accused* [rebels]"): the object
#: hung on the subject as a second noun of a verbless sentence
_OBJECT_READINGS = ("conj", "appos", "dep", "parataxis", "list")
_OBJECT_WORDS = ("det", "amod", "nummod", "compound", "nmod:poss")


def _aside_before(subj: Token, v: Token) -> Token | None:
    """The prepositional aside between commas that closes right before ``v`` ("X*, in its evening bulletin,* denied"):
    a child of ``subj`` opened by a preposition after a comma that follows ``subj``'s own words."""
    doc = subj.doc
    for c in subj.children:
        if not (subj.i < c.i < v.i) or c.dep_ not in ASIDE_LABELS or c.pos_ not in ("NOUN", "PROPN"):
            continue
        words = [t for t in c.subtree if not t.is_punct]  # (the aside's commas may hang on its noun)
        first = words[0]
        if first.i < 2 or doc[first.i - 1].text != "," or words[-1].i != v.i - 2:
            continue
        if first.dep_ != "case" or first.head.i != c.i or first.pos_ != "ADP":
            continue
        if all(subj.is_ancestor(doc[k]) for k in range(subj.i + 1, first.i - 1)):
            return c
    return None


def repair_verb_after_aside_misread(v: Token) -> bool:
    """Repair 143: the main verb after a subject's "in a statement" aside read as an adjective of its object or as a
    parataxis of its subject; True when applied.

    "The army, *in its weekly briefing,* accused rebels of ...": with the subject's aside closed by a comma, the parser
    read the verb as an adjective on its object ("[accused] rebels", the object a conjunct of the subject that heads a
    verbless sentence) or hung it on the subject as a parataxis ("State radio X, in its morning news, *denied* that
    ...", the subject left as the root or as the subject of a later word read as a verb) or as a conjunct of the
    verbless sentence's noun. A verb's past form right
    after the aside's closing comma, with no subject, auxiliary or marker of its own, becomes the clause's verb: the
    subject noun before the aside is its subject, the noun it modified its object, and a later verb that held the
    subject a parataxis of it. Repair 87 takes the third reading (the verb a clause of the aside's noun)."""
    doc, forms = v.doc, verb_forms()
    if v.i < 5 or doc[v.i - 1].text != "," or v.lower_ not in forms or v.lower_ in _ADJ_PARTICIPLES:
        return False
    if v.tag_ not in ("VBD", "VBN", "JJ") or any(c.dep_ in _OWN for c in v.children):
        return False
    obj = None
    if v.dep_ == "amod":
        obj = v.head
        if obj.i <= v.i or obj.dep_ not in _OBJECT_READINGS or obj.pos_ not in ("NOUN", "PROPN") or any(
                doc[k].head.i != obj.i or doc[k].dep_ not in _OBJECT_WORDS for k in range(v.i + 1, obj.i)):
            return False
        subj = obj.head
    elif v.dep_ in ("parataxis", "conj"):
        subj = v.head
    else:
        return False
    if subj.i >= v.i or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    verbless = subj.dep_ in ("ROOT", "root")
    if v.dep_ == "conj" and (not verbless or any(c.dep_ == "cc" and c.i < v.i for c in v.children)):
        return False  # (a conjunct only of the verbless sentence's noun, with no "and" of its own)
    old = subj.head
    if not verbless and (subj.dep_ != "nsubj" or old.i <= v.i or old.pos_ not in ("VERB", "AUX")):
        return False
    if _aside_before(subj, v) is None:
        return False
    v.pos_, v.tag_, v.lemma_ = "VERB", "VBD", forms[v.lower_]
    if verbless:
        v.head, v.dep_ = v, "ROOT"
    else:
        v.head, v.dep_ = (v, "ROOT") if old.head.i == old.i else (old.head, old.dep_)
        old.head, old.dep_ = v, "parataxis"
        for c in [c for c in old.children if c.text in (".", "!", "?") and c.i > old.i]:
            c.head = v
    subj.head, subj.dep_ = v, "nsubj"
    if obj is not None:
        obj.head, obj.dep_ = v, "obj"
        for c in list(obj.children):  # (the aside's closing comma, hung on the object)
            if c.i < v.i:
                c.head = v
    for c in list(subj.children):  # (what followed the verb on the subject's reading: its last stop, its clauses)
        if c.i > v.i and c.dep_ in ("punct", "obl", "advcl", "conj", "cc", "parataxis"):
            c.head = v
    return True
