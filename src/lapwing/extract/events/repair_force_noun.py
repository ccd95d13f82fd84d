"""Repair 147 of ``parse_repair``: a force verb's past form read as a noun root between its subject and its object.

"The raiders *shot* Tomas Varga in the leg as he was leaving ...", "Kovacs, a former guard, *shot* Petrov twice
...": the model reads "shot" (also a noun: "a shot") as the root noun of the sentence, its subject a ``compound``
hung on it and its object an apposition, a flat name or an unmarked modifier. Repair 21 rebuilds only sentences
with no other verb or auxiliary in them; this repair reads the parser's own tree instead, so a sentence with a later
clause ("as he was leaving") is mended too:

    [det ...] SUBJECT(compound of the root) FORM [dead | down] OBJECT(appos / flat / compound / obj of the root) ...

``FORM`` is the past form of a force verb of the event lexicon (CAMEO 18-20: "shot", "fired", "shelled", "bombed",
"raided", "attacked", "struck" ...). Real nouns stay nouns: the subject must be a plural noun, a name or an agent
word ("the gunmen", "Kovacs", "a sniper"), never a singular thing noun ("a bomb attack", "a warning shot", "the gun
shot"), with nothing but its own modifiers before it; the form has no determiner, number or possessor right before
it; the object starts right after the form (or after "dead" / "down") and is not a time word ("a mortar attack
Tuesday"). The form becomes a past verb (VBD), the compound its ``nsubj`` (taking the determiners and modifiers
the parser hung on the form), the object its ``obj``, its nominal modifiers obliques.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from lapwing.extract.events.lexicon_loader import lexicon, single_word_agents
from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_time import _time_word

_FORCE_ROOTS = ("18", "19", "20")
_SUBJ_MODS = frozenset({"det", "amod", "nummod", "compound", "nmod:poss", "punct"})
_OBJ_DEPS = frozenset({"appos", "flat", "compound", "obj", "nmod:unmarked", "dobj", "npadvmod"})
_OBJ_POS = frozenset({"PROPN", "NOUN", "DET", "NUM", "ADJ", "PRON"})
_OBJ_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "himself", "herself", "themselves"})
_RESULT = {"dead": "xcomp", "down": "compound:prt"}


@lru_cache(maxsize=1)
def force_lemmas() -> frozenset[str]:
    """Lemmas of the event lexicon's verb patterns coded as force (CAMEO 18-20)."""
    return frozenset(p.lemma for p in lexicon().patterns
                     if p.pos == "V" and p.code and p.code[:2] in _FORCE_ROOTS)


def _past_form(low: str) -> bool:
    lemma = verb_forms().get(low)
    if lemma is None or lemma not in force_lemmas() or low == lemma or low.endswith(("ing", "s")):
        return False
    return True


def _subject(v: Token, sent: Span) -> Token | None:
    """The compound before ``v`` that names a doer, when everything before ``v`` is its phrase."""
    lefts = list(v.lefts)
    comps = [c for c in lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
    if not comps:
        return None
    s = comps[-1]
    if s.right_edge.i != v.i - 1 and not (s.right_edge.i == v.i - 2 and v.doc[v.i - 1].text == ","):
        return None  # the subject ends right before the form ("Kovacs, a former guard, shot")
    if any(c.dep_ not in _SUBJ_MODS or (c.i > s.i and not c.is_punct) for c in lefts if c is not s):
        return None  # nothing after the subject but the form; before it only its own modifiers
    if any(c.i > s.left_edge.i and c.i < s.i for c in lefts):
        return None
    if sent.start != min([s.left_edge.i] + [c.left_edge.i for c in lefts]):
        return None
    doer = s.pos_ == "PROPN" or s.tag_ in ("NNS", "NNPS") or s.lower_ in single_word_agents()
    return s if doer and not _time_word(s) else None


def _object(v: Token) -> tuple[Token | None, Token | None]:
    """(result word, object head) right after ``v``, or (None, None)."""
    doc, k = v.doc, v.i + 1
    if k >= v.sent.end:
        return None, None
    res = None
    if doc[k].lower_ in _RESULT:
        res, k = doc[k], k + 1
        if k >= v.sent.end:
            return None, None
    first = doc[k]
    if first.pos_ not in _OBJ_POS or (first.pos_ == "PRON" and first.lower_ not in _OBJ_PRONOUNS):
        return None, None
    # the object's head: a word of the root's right side whose phrase starts at ``k`` (or at the result word)
    for c in v.rights:
        lo = c.left_edge.i
        if c.dep_ in _OBJ_DEPS | {"nmod"} and lo in (k, v.i + 1) and c.i >= k and c.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            if c.dep_ == "nmod" and any(g.dep_ == "case" for g in c.children):
                return None, None
            if _time_word(c):
                return None, None
            return res, c
    return None, None


_MOVED = frozenset({"nmod", "advcl", "obl", "obl:unmarked", "nmod:unmarked", "parataxis", "advmod", "punct"})


def repair_force_noun_modifier(root: Token, sent: Span) -> bool:
    """159: the form read as a modifier of its own object, the object the root ("The gunmen *shot* [Pedro Alves]
    in the chest as ...", "shot" a ``compound`` / ``nmod:desc`` of the name): the form is the root, the name its
    object, the object's clauses and prepositional phrases the verb's."""
    if root.pos_ not in ("NOUN", "PROPN") or root.dep_ != "ROOT" or _time_word(root):
        return False
    v = next((c for c in root.lefts if c.dep_ in ("compound", "nmod:desc", "amod") and c.pos_ == "NOUN"
              and _past_form(c.lower_)), None)
    if v is None or v.i == sent.start or v.right_edge.i != v.i:
        return False
    doc = root.doc
    if doc[v.i - 1].pos_ in ("DET", "NUM") or doc[v.i - 1].dep_ == "nmod:poss":
        return False
    if any(c.i > v.i and c.dep_ not in ("det", "amod", "compound", "nummod", "flat") for c in root.lefts):
        return False  # between the form and the object's head only the object's own modifiers
    if any(c.i < v.i for c in root.lefts):
        return False
    subj = _subject(v, sent)
    if subj is None:
        return False
    nxt = doc[v.i + 1]
    if nxt.pos_ not in _OBJ_POS or (nxt.pos_ == "PRON" and nxt.lower_ not in _OBJ_PRONOUNS):
        return False
    mods = [c for c in v.lefts if c is not subj]
    v.pos_, v.tag_, v.lemma_ = "VERB", "VBD", verb_forms()[v.lower_]
    for c in list(root.rights):
        if c.dep_ in _MOVED and not (c.dep_ == "nmod" and any(g.lower_ == "of" for g in c.children)):
            c.head = v
            c.dep_ = {"nmod": "obl", "nmod:unmarked": "obl:unmarked"}.get(c.dep_, c.dep_)
    v.head, v.dep_ = v, "ROOT"
    root.head, root.dep_ = v, "obj"
    for c in mods:
        if c.i < subj.i:
            c.head = subj
    subj.dep_ = "nsubj"
    return True


def repair_force_noun_root(root: Token, sent: Span) -> bool:
    """Apply repair 147 (or 159) to the verbless sentence ``sent`` with root ``root``; True when applied."""
    if repair_force_noun_modifier(root, sent):
        return True
    if root.pos_ != "NOUN" or root.dep_ != "ROOT" or not _past_form(root.lower_) or root.i == sent.start:
        return False
    doc = root.doc
    prev = doc[root.i - 1]
    if prev.pos_ in ("DET", "NUM") or prev.dep_ == "nmod:poss" or any(c.dep_ in ("cop", "aux", "aux:pass") for c in root.children):
        return False
    subj = _subject(root, sent)
    if subj is None:
        return False
    res, obj = _object(root)
    if obj is None:
        return False
    mods = [c for c in root.lefts if c is not subj]
    root.pos_, root.tag_, root.lemma_ = "VERB", "VBD", verb_forms()[root.lower_]
    for c in mods:
        if c.i < subj.i:
            c.head = subj
    subj.dep_ = "nsubj"
    if res is not None:
        res.head, res.dep_ = root, _RESULT[res.lower_]
        if res.pos_ == "ADJ" and res.lower_ == "down":
            res.pos_ = "ADP"
    obj.head, obj.dep_ = root, "obj"
    for c in list(root.rights):
        if c.dep_ == "nmod":
            c.dep_ = "obl"
        elif c.dep_ == "nmod:unmarked":
            c.dep_ = "obl:unmarked"
    return True
