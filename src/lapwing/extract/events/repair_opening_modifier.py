"""Repair 124 of ``parse_repair``: a participle that opens the sentence and describes the title after it.

"*Ruling* Unity Party chief Ana Morel on Friday called on members to ...", "*Outgoing* prime minister X urged
...", "*Jailed* opposition leader X on Monday appealed to ...": the word is an adjective of the titled phrase
(the ruling party's chief), but the parser reads it as a verb. Two shapes come of it:

- the participle is a clausal subject of the real verb with the titled phrase as its object ("[Ruling [chief
  Ana Morel]] called ..."): the phrase loses its place as the subject and the call has no source. The phrase
  becomes the verb's subject, the participle an adjective on it, a time phrase it carried the verb's oblique;
- the participle sits inside the phrase as a verb ("Ruling" a compound of "party") and, counted as the sentence's
  other verb, keeps repair 3 from making the real verb ("called", read as a participle on the name) the root: the
  word becomes an adjective, and repair 3 then does its work.

Only for a closed list of words used this way in titles, only at the start of a sentence (the second shape also
after a determiner: "*The ruling* party chief called on ..."), only when the phrase up
to the verb (or to a time phrase before it) is nouns, names and adjectives, and only when the verb has no subject
of its own. "Ruling the country proved hard" (the object has a determiner), "Leading the march, X said ..." (no
clausal subject) stay.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_time import _SUBJ_DEPS, _set_head, _time_before

#: participles and -ing words that open a titled phrase as its adjective
OPENING_MODIFIERS = frozenset({
    "ruling", "governing", "outgoing", "acting", "incoming", "leading", "sitting", "reigning", "presiding",
    "jailed", "exiled", "ousted", "deposed", "detained", "imprisoned", "embattled", "defeated", "disgraced",
    "impeached", "suspended", "sacked", "dismissed", "styled", "fugitive", "retired", "elected"})
_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _opens_sentence(p: Token) -> bool:
    """``p`` is the sentence's first word ("Self-styled" counts as one: its first two tokens before it)."""
    start = p.sent.start
    before = [t for t in p.doc[start:p.i] if not t.is_space]
    return not before or (p.lower_ == "styled" and [t.lower_ for t in before] == ["self", "-"])


def repair_opening_modifier(p: Token) -> bool:
    """Repair 124 (see the module's docstring); True when applied."""
    if p.pos_ != "VERB" or p.lower_ not in OPENING_MODIFIERS:
        return False
    h = p.head
    opens = _opens_sentence(p)
    if h.i > p.i and h.pos_ in ("NOUN", "PROPN") and p.dep_ in ("compound", "amod", "nmod", "nmod:desc", "dep") \
            and (opens or p.doc[p.i - 1].pos_ == "DET" or p.doc[p.i - 1].tag_ == "PRP$") \
            and not any(c.dep_ in ("obj", "dobj", "nsubj", "aux", "mark") for c in p.children):
        # the second shape: the word is already inside the phrase, only its part of speech is wrong (also after a
        # determiner: "*The ruling* party chief called on ...")
        p.pos_, p.tag_, p.dep_ = "ADJ", "JJ", "amod"
        return True
    if not opens:
        return False
    if p.dep_ in ("ROOT", "root") and p.tag_ == "VBG":
        return _root_shape(p)
    if p.dep_ not in ("csubj", "nsubj") or p.tag_ != "VBG" and p.dep_ == "nsubj":
        return False
    v = h
    if v.i <= p.i or v.pos_ != "VERB" or v.tag_ not in _FINITE \
            or any(c.dep_ in _SUBJ_DEPS and c.i != p.i for c in v.children):
        return False
    objs = [c for c in p.children if c.dep_ in ("obj", "dobj")]
    if len(objs) != 1 or any(c.dep_ in ("aux", "mark", "nsubj", "ccomp", "xcomp") for c in p.children):
        return False
    n = objs[0]
    ts = _time_before(v)
    end = (ts if ts is not None else v.i) - 1  # the phrase's last word
    if not p.i < n.i <= end or any(p.doc[k].pos_ not in _PHRASE_POS for k in range(p.i + 1, end + 1)) \
            or any(c.dep_ == "det" for c in n.children):
        return False
    below_p = {t.i for t in p.subtree}
    if any(k not in below_p for k in range(p.i + 1, v.i)):
        return False  # words of another clause between them
    span = set(range(p.i + 1, end + 1))
    for k in sorted(span):
        t = p.doc[k]
        if k != n.i and t.head.i not in span:
            _set_head(t, n, "flat" if t.pos_ == "PROPN" and k > n.i and p.doc[k - 1].pos_ == "PROPN" else "compound")
    for c in list(p.children):
        if c.i not in span and c.i != n.i:
            _set_head(c, v, c.dep_ if c.dep_.startswith("obl") else "obl")
    _set_head(n, v, "nsubj")
    _set_head(p, n, "amod")
    p.pos_, p.tag_ = "ADJ", "JJ"
    return True


def _root_shape(p: Token) -> bool:
    """The third shape: the participle is the root, the phrase its object, the real verb hung under the phrase
    ("[Leading [opposition figure X] [called on ...]]"): the verb becomes the root, the phrase its subject."""
    objs = [c for c in p.children if c.dep_ in ("obj", "dobj")]
    if len(objs) != 1 or any(c.dep_ in _SUBJ_DEPS or c.dep_ in ("aux", "mark", "ccomp", "xcomp", "advcl")
                             for c in p.children):
        return False
    n = objs[0]
    if any(c.dep_ == "det" for c in n.children) or any(p.doc[k].pos_ not in _PHRASE_POS for k in range(p.i + 1, n.i)):
        return False
    v = next((c for c in n.children if c.dep_ in ("acl", "acl:relcl") and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBZ")
              and c.i > n.i), None)
    if v is None or any(c.dep_ in _SUBJ_DEPS or c.dep_ in ("aux", "aux:pass", "mark") for c in v.children) \
            or any(p.doc[k].pos_ not in _PHRASE_POS and k not in {t.i for t in v.subtree}
                   for k in range(n.i + 1, v.i)):
        return False
    rest = [c for c in p.children if c.i != n.i]
    _set_head(v, v, "ROOT")
    _set_head(n, v, "nsubj")
    _set_head(p, n, "amod")
    p.pos_, p.tag_ = "ADJ", "JJ"
    for c in rest:
        _set_head(c, v, c.dep_)
    return True
