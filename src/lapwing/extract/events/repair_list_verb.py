"""Parse repair 92: the first verb of a list of states' finite pair, read as a participle on the list's last name,
when a "while" clause follows.

"The United States, Britain and the European Union *called* for his release *and urged* the government to ...,
while the African Union said it was concerned" is parsed with *called* a reduced relative on *Union* and the whole
list the subject of the while-clause's *said*, which has a subject of its own: the list's own verbs are lost. A verb
with two subjects, the second after a subordinator, keeps the second; the participle on the first subject's last
name, followed by a past tense joined to it with no subject of its own ("called ... and urged"), is a finite verb:
it heads the sentence, takes the first subject, and the while-clause becomes its adverbial clause."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.repair_root_noun import _past_conjunct

#: subordinators of a contrasting or simultaneous clause after the main one
_SUBORDINATORS = frozenset({"while", "whereas", "although", "though", "as"})


def repair_list_verb_before_while(v: Token) -> bool:
    """Repair 92 on a participle ``v`` hung as ``acl`` on a name of a subject list; True when applied."""
    if v.dep_ != "acl" or v.tag_ != "VBN" or v.head.i >= v.i or not _past_conjunct(v):
        return False
    if any(c.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:pass", "obl:agent", "mark") for c in v.children):
        return False
    s = v.head
    while s.dep_ == "conj" and s.head.i < s.i:
        s = s.head
    r = s.head
    if s.dep_ != "nsubj" or r.i <= v.right_edge.i or r.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    second = next((c for c in r.children if c.dep_ in ("nsubj", "nsubj:pass") and v.right_edge.i < c.i < r.i), None)
    mark = next((c for c in r.children if c.dep_ == "mark" and c.lower_ in _SUBORDINATORS
                 and v.right_edge.i < c.i < r.i), None)
    if second is None or mark is None or mark.i > second.i:
        return False
    if r.head.i == r.i:
        _set_head(v, v, "ROOT")
    else:
        _set_head(v, r.head, r.dep_)
    v.tag_ = "VBD"
    _set_head(s, v, "nsubj")
    _set_head(r, v, "advcl")
    for c in list(r.children):
        if c.dep_ == "punct" and (c.i < mark.i or c.i == c.sent.end - 1):
            _set_head(c, v, "punct")
    return True
