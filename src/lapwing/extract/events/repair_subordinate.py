"""Repair 19 of ``parse_repair``: a main clause read as the subject of the clause after it.

"Japan *lifted* sanctions on Iran *after the agency confirmed* that ...": the parser made "sanctions
on Iran after the agency" the subject of *confirmed*, with *lifted* an adjective on *sanctions* that
has *Japan* as its subject. An adjective takes no subject: the word is the main verb, the noun it
modifies its object, and the noun phrase after the subordinating word ("after", "before", "as",
"when", "while", "until", "since") the subject of the later verb, which becomes a clause of the main one.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_participle import _ADJ_PARTICIPLES
from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.repair_time import _time_before, _time_word

_SUBORDINATORS = {"after", "before", "as", "when", "while", "until", "since", "because", "once"}


def repair_clause_as_subject(v: Token) -> bool:
    """Apply repair 19 at the verb ``v`` read as an adjective with a subject; True when applied."""
    if v.dep_ != "amod" or v.pos_ != "VERB" or v.tag_ not in ("VBD", "VBN"):
        return False
    subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
    n = v.head
    if subj is None or n.i < v.i or n.pos_ not in ("NOUN", "PROPN") or n.dep_ not in ("nsubj", "nsubj:pass"):
        return False
    v2 = n.head
    if v2.i < n.i or v2.pos_ not in ("VERB", "AUX"):
        return False
    m = next((c for c in n.children if c.dep_.startswith("nmod") and n.i < c.i < v2.i
              and any(x.dep_ == "case" and x.lower_ in _SUBORDINATORS for x in c.children)), None)
    if m is None or m.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    mark = next(x for x in m.children if x.dep_ == "case" and x.lower_ in _SUBORDINATORS)
    root_dep = v2.dep_
    root_head = v2.head if v2.head.i != v2.i else None
    # the main clause: the verb takes the old clause's place in the tree
    if root_head is None:
        _set_head(v, v, "ROOT")
    else:
        _set_head(v, root_head, root_dep)
    _set_head(n, v, "obj")
    _set_head(m, v2, n.dep_)  # the later clause's own subject
    _set_head(mark, v2, "mark")
    _set_head(v2, v, "advcl")
    v.tag_ = "VBD"
    for c in list(v2.children):
        if c.dep_ == "punct" and c.i == v2.sent.end - 1:
            _set_head(c, v, "punct")
    return True


def repair_subject_taken_by_later_clause(v: Token) -> bool:
    """Repair 32: a main clause whose subject the parser gave to a later clause, its verb read as an
    adjective on its own object.

    "Armenian police *detained* dozens of demonstrators in Yerevan *as* protests continued ...",
    "Japan on Friday *lifted* sanctions on Iran, ... *after* the agency confirmed ...": *police* and
    *Japan* are parsed as the subject of the later verb, with *detained dozens* / *lifted sanctions*
    as a noun phrase hung on them. A past form right after a bare noun (or after a time phrase that
    follows one) cannot be an adjective of the noun after it ("the detained dozens" would need the
    determiner), so the verb is the main one: the noun before it its subject, the noun after it its
    object, a time phrase between them its oblique, and the later verb a clause of it (whose own
    subject, if the parser hung it on a subordinating "after" / "as" phrase, is given back).
    """
    if v.dep_ != "amod" or v.tag_ not in ("VBD", "VBN") or v.pos_ not in ("VERB", "ADJ"):
        return False
    n = v.head
    if n.i <= v.i or n.pos_ not in ("NOUN", "PROPN", "NUM"):
        return False
    if any(v.doc[k].dep_ not in ("det", "amod", "nummod", "compound") or v.doc[k].head.i != n.i
           for k in range(v.i + 1, n.i)):
        return False  # the verb is the first word of its object's phrase
    if v.lower_ in _ADJ_PARTICIPLES or not verb_forms().get(v.lower_):
        return False
    doc = v.doc
    ts = _time_before(v)
    if any(c.i < (ts if ts is not None else v.i) or c.i > v.i for c in v.children):
        return False  # only the time phrase may hang on the verb
    j = (ts if ts is not None else v.i) - 1
    while j >= 0 and doc[j].text == ",":
        j -= 1
    if j < v.sent.start:
        return False
    p = doc[j]
    while p.dep_ in ("flat", "flat:name", "compound") and p.head.i < p.i:
        p = p.head  # "President Esteban *Lazo*": the name's head
    if p.dep_ == "compound" and p.head.i == n.i and p.pos_ == "PROPN" and n.pos_ == "PROPN" \
            and n.dep_ in ("nsubj", "nsubj:pass") and p.ent_type_ and n.ent_type_:
        # 32b: "*Brazil* blamed *Armenia* for ... after talks broke down", the two names read as one
        # ("Brazil Armenia", the verb an adjective inside it) and that name as the later verb's subject
        r = n.head
        if r.i <= n.i or r.pos_ not in ("VERB", "AUX") or p.lower_ in _COMPOUND_LEFT:
            return False
    else:
        if not (p.pos_ in ("NOUN", "PROPN") or p.tag_ in ("NNP", "NNPS")) or p.dep_ not in ("nsubj", "nsubj:pass") \
                or p.lower_ in _COMPOUND_LEFT:
            return False
        r = p.head
        if r.i <= n.i or r.pos_ not in ("VERB", "AUX") or not _within(n, p):
            return False
    if ts is not None and any(doc[k].head.i not in range(ts, v.i + 1) and doc[k].head.i != n.i
                              for k in range(ts, v.i) if doc[k].text != ","):
        return False  # the time phrase is a phrase of its own, or on the object
    r_dep, r_head = r.dep_, (r.head if r.head.i != r.i else None)
    _set_head(v, r_head or v, r_dep if r_head is not None else "ROOT")
    _set_head(p, v, "nsubj")
    _set_head(n, v, "obj")
    if ts is not None:
        th = next((doc[k] for k in range(v.i - 1, ts - 1, -1) if _time_word(doc[k])), None)
        if th is not None:
            for k in range(ts, v.i):
                if k != th.i and doc[k].text != ",":
                    _set_head(doc[k], th, "case" if doc[k].lower_ == "on" else doc[k].dep_)
            _set_head(th, v, "obl:tmod")
    _set_head(r, v, "advcl")
    if not any(c.dep_ in ("nsubj", "nsubj:pass", "csubj") for c in r.children):
        m = next((t for t in doc[n.i + 1:r.i] if t.pos_ in ("NOUN", "PROPN", "PRON") and any(
            x.dep_ == "case" and x.lower_ in _SUBORDINATORS and x.i < t.i for x in t.children)), None)
        if m is not None:
            mark = next(x for x in m.children if x.dep_ == "case" and x.lower_ in _SUBORDINATORS)
            _set_head(m, r, "nsubj")
            _set_head(mark, r, "mark")
    for c in list(r.children):
        if c.dep_ == "punct" and c.i == v.sent.end - 1:
            _set_head(c, v, "punct")
    v.pos_, v.tag_ = "VERB", "VBD"
    v.lemma_ = verb_forms()[v.lower_]
    return True


#: first words of compound adjectives with a past form ("Iran backed militias", "state owned firms"),
#: which are written without their hyphen often enough
_COMPOUND_LEFT = frozenset({"state", "government", "rebel", "opposition", "army", "militia", "locally", "u.s.",
                            "us", "iran", "saudi", "russia", "china", "nato", "un", "family", "privately"})


def _within(n: Token, p: Token) -> bool:
    t = n
    for _ in range(10):
        if t.i == p.i:
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def repair_clause_hung_on_subject(v: Token) -> bool:
    """Repair 37: a main verb read as a participle on its own subject, the subordinate clause after it
    taken for the main one.

    "Bolivia's political crisis *deepened* on Monday *as* President Arrieta *refused* to concede": the
    parser made *crisis* the subject of *refused*, hung *deepened* on *crisis* and read "as President
    Arrieta" as a prepositional phrase. The verb right after its subject noun is the main verb; the name
    after the subordinator ("as", "after", "when" ...) is the later verb's subject. ``v`` is the verb."""
    if v.dep_ != "acl" or v.pos_ != "VERB" or v.tag_ not in ("VBD", "VBN"):
        return False
    p = v.head
    if p.dep_ not in ("nsubj", "nsubj:pass") or v.i != p.i + 1 or any(
            c.dep_ in ("aux", "aux:pass", "nsubj", "nsubj:pass", "mark", "obl:agent") for c in v.children):
        return False
    r = p.head
    if r.i <= v.i or r.pos_ not in ("VERB", "AUX"):
        return False

    def marked(t: Token) -> bool:
        return v.i < t.i < r.i and t.right_edge.i == r.i - 1 and t.pos_ in ("PROPN", "NOUN", "PRON") \
            and any(x.dep_ in ("case", "mark") and x.lower_ in _SUBORDINATORS and x.i < t.i for x in t.children)

    # the later verb's own subject: in the participle's phrase, or (37b: "Germany's foreign minister
    # *detained* a journalist *after talks* broke down") a second subject of the later verb itself
    others = [c for c in r.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i != p.i]
    if len(others) > 1 or (others and not (marked(others[0]) and others[0].left_edge.i == v.right_edge.i + 1)):
        return False
    m = others[0] if others else next((t for t in v.subtree if marked(t)), None)
    if m is None:
        return False
    mark = next(x for x in m.children if x.dep_ in ("case", "mark") and x.lower_ in _SUBORDINATORS)
    r_dep, r_head = r.dep_, (r.head if r.head.i != r.i else None)
    _set_head(v, r_head or v, r_dep if r_head is not None else "ROOT")
    _set_head(p, v, "nsubj")
    _set_head(m, r, "nsubj")
    _set_head(mark, r, "mark")
    _set_head(r, v, "advcl")
    for c in list(r.children):
        if c.dep_ == "punct" and c.i == v.sent.end - 1:
            _set_head(c, v, "punct")
    v.tag_ = "VBD"
    return True
