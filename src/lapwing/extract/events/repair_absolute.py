"""Parse repair 112: "Hundreds of students *rallied* outside parliament, some chanting slogans", "In Niamey, thousands
of supporters *rallied* outside the compound, some waving flags, witnesses said": a crowd's act, the sentence's only
finite verb, read by the parser as a reduced relative on the crowd noun (a verbless sentence with the noun its root)
because an absolute phrase ("some waving flags", "many carrying banners") and a closing attribution follow it.

The verb becomes the sentence's root and the noun its subject; a place or time phrase fronted before the noun
("In Niamey,") and what follows the verb's own words (the absolute phrase, the attribution, the commas) are hung on
the verb. Only for a verb of a crowd's own act that takes no object (rally, march, demonstrate, gather, clash ...),
with no auxiliary, subject, marker or by-agent of its own, when every other verb of the sentence stands after it,
after a comma, and is a participle of the absolute phrase or a verb of saying ("Thousands of people *killed* in the
fighting, most of them civilians" is no act of theirs: "kill" is not such a verb)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_particle import _set_head

#: the acts of a crowd that take no object
_CROWD_ACTS = frozenset({"rally", "march", "demonstrate", "protest", "gather", "clash", "riot", "assemble", "converge",
                         "parade", "picket", "congregate", "rampage", "mass", "flock", "chant", "strike", "walk"})
_SAYING = frozenset({"say", "tell", "report", "add", "claim", "allege", "state"})
_OWN = frozenset({"aux", "aux:pass", "nsubj", "nsubj:pass", "obl:agent", "mark", "obj", "dobj", "expl"})


def _crowd_act(t: Token) -> bool:
    return t.dep_ == "acl" and t.pos_ == "VERB" and t.tag_ in ("VBD", "VBN") \
        and verb_forms().get(t.lower_) in _CROWD_ACTS and not any(c.dep_ in _OWN for c in t.children)


def repair_crowd_act_before_absolute(root: Token, sent: Span) -> bool:
    """Repair 112 on the root noun ``root`` of the verbless sentence ``sent``; True when applied."""
    space = None
    if root.is_space or any(c.dep_ == "case" for c in root.children):
        # a paragraph's opening line break, or a fronted place ("*In Niamey*, thousands ..."), read as the root, the
        # crowd noun its parataxis or apposition
        space, root = root, next((c for c in root.children if c.i > root.i and c.pos_ in ("NOUN", "PROPN") and any(
            _crowd_act(x) for x in c.rights)), None)
        if root is None:
            return False
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    v = next((c for c in root.rights if _crowd_act(c)), None)
    if v is None:
        return False
    below = {x.i for x in v.subtree}
    end = max(below)
    others = [t for t in sent if t.i not in below and (t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB"))]
    if not others or any(t.i < end or not (t.tag_ == "VBG" or t.lemma_.lower() in _SAYING) for t in others):
        return False
    doc = sent.doc
    if end + 1 >= sent.end or doc[end + 1].text != ",":
        return False
    if not any(t.tag_ == "VBG" for t in others) and not any(t.dep_ == "nsubj" for o in others for t in o.children):
        return False
    _set_head(v, v, "ROOT")
    v.tag_ = "VBD"
    _set_head(root, v, "nsubj")
    if space is not None:
        _set_head(space, v, "dep" if space.is_space else "obl")
    for c in list(root.children) + (list(space.children) if space is not None else []):
        if c.i > end:  # the absolute phrase, the commas
            _set_head(c, v, "punct" if c.dep_ == "punct" else "dep")
        elif c.i < root.i and c.dep_ in ("nmod", "obl") and c.left_edge.i <= root.left_edge.i:
            _set_head(c, v, "obl")  # "In Niamey," fronted
    for t in others:  # the attribution hung on the absolute phrase: the verb's own
        if t.lemma_.lower() in _SAYING and t.head.i not in below and t.head.i != v.i and t.head.i != t.i:
            _set_head(t, v, "parataxis")
    return True
