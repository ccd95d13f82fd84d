"""Repair 17 of ``parse_repair``: a noun root with an object, whose verb was read as the object's
modifier.

"NATO planes *repeatedly bombed* Bosnian Serb military assets": the parser made *planes* the root
with *assets* as its object and hung *bombed* on *assets* as an adjective. A noun takes no object, so
the past-tense verb standing between the two nouns is the sentence's verb: it becomes the root, the
root noun its subject and the object its object; an adverb before the verb moves with it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from lapwing.extract.events.repair_particle import _set_head


def repair_noun_root_object(root: Token, sent: Span) -> bool:
    """Apply repair 17 at the root ``root`` of a verbless sentence; True when applied."""
    if root.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("cop", "aux", "aux:pass") for c in root.children):
        return False
    # the object, or a noun the parser hung on the root with no preposition ("Russian warplanes *bombed*
    # rebel *positions* near Idlib", *positions* nmod of *warplanes*)
    obj = next((c for c in root.children if c.i > root.i and (c.dep_ in ("obj", "dobj") or (
        c.dep_ in ("nmod", "appos") and c.pos_ == "NOUN" and not any(g.dep_ == "case" for g in c.children)))), None)
    if obj is None:
        return False
    v = next((c for c in obj.children if c.i < obj.i and c.i > root.i and c.dep_ in ("amod", "acl")
              and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN", "JJ") and c.lower_.endswith("ed")), None)
    if v is None:
        return False
    between = [sent.doc[i] for i in range(root.i + 1, v.i)]
    if any(w.pos_ not in ("ADV", "PART") for w in between):
        return False  # only adverbs between the subject and the verb ("*repeatedly* bombed")
    _set_head(v, v, "ROOT")
    _set_head(root, v, "nsubj")
    _set_head(obj, v, "obj")
    for w in between:
        _set_head(w, v, "advmod" if w.pos_ == "ADV" else w.dep_)
    for c in list(root.rights):
        if c.dep_ == "punct" and c.i == sent.end - 1:
            _set_head(c, v, "punct")
        elif c.i > obj.i and c.dep_.startswith("nmod") and any(g.dep_ == "case" for g in c.children):
            _set_head(c, v, "obl")  # "... *on Monday*": the verb's, not the subject's
        elif c.i > obj.i and c.dep_ in ("acl", "advcl") and c.pos_ == "VERB":
            _set_head(c, v, "advcl")  # "Police used tear gas *to disperse* the protesters"
    return True


def repair_object_as_clause_subject(g: Token) -> bool:
    """Repair 17b: "Farmers blocked *the old bridge spanning the river*", "Rebels attacked *a
    convoy carrying aid*": the verb's object read as the subject of an -ing clause hung on the verb,
    which then has no object. When the noun phrase starts right after a verb that has no object, it is
    the verb's object and the -ing clause describes it. True when applied."""
    v = g.head
    if g.tag_ != "VBG" or g.dep_ != "advcl" or v.pos_ != "VERB" or v.i > g.i:
        return False
    if any(c.dep_ in ("obj", "dobj", "ccomp", "xcomp") for c in v.children) or any(c.dep_ == "mark" for c in g.children):
        return False
    s = next((c for c in g.children if c.dep_ == "nsubj" and c.i < g.i), None)
    if s is None or s.pos_ not in ("NOUN", "PROPN") or s.left_edge.i != v.i + 1 \
            or any(v.doc[j].is_punct for j in range(v.i + 1, g.i)):
        return False
    _set_head(s, v, "obj")
    _set_head(g, s, "acl")
    return True


#: verbs whose noun complement is a predicate, not an object ("became president", "remained leader")
_COPULAR = frozenset({"become", "remain", "stay", "seem", "appear", "turn", "prove", "look", "sound", "feel",
                      "go", "come", "get", "be", "grow", "die", "live", "return", "serve", "rank", "finish"})


def repair_noun_xcomp_object(x: Token) -> bool:
    """Repair 42: "Russia accused *Ukraine* of corruption", "Police arrested *Mr Shah* ...": a name or noun
    right after a verb that has no object, labelled ``xcomp`` (a predicate) instead of ``obj``. Only a
    verb that takes objects (not "became", "remained") and only when nothing stands between them but a
    determiner or modifiers of the noun. True when applied."""
    v = x.head
    if x.dep_ != "xcomp" or x.pos_ not in ("PROPN", "NOUN") or v.pos_ != "VERB" or v.i > x.i:
        return False
    if v.lemma_.lower() in _COPULAR or any(c.dep_ in ("obj", "dobj", "iobj", "ccomp", "cop") for c in v.children):
        return False
    if x.left_edge.i != v.i + 1 or any(c.dep_ in ("cop", "nsubj", "mark") for c in x.children):
        return False
    x.dep_ = "obj"
    return True


#: verbs of saying whose clause may follow without "that" ("said the suspect had been arrested")
_SAYING = frozenset({"say", "tell", "report", "announce", "confirm", "claim", "state", "add", "allege", "insist",
                     "deny", "believe", "think", "fear", "warn", "note", "explain", "acknowledge", "admit"})


def repair_said_subject_as_object(c: Token) -> bool:
    """Repair 47: "Police said *the suspect*, known as 'Kalu', *had been arrested*": the subject of a clause
    without "that" after a verb of saying, read as that verb's object (an apposition or a participle phrase
    between them misleads the parser). A finite clause (with an auxiliary) and no subject of its own takes the
    noun as its subject. ``c`` is the clause's verb; True when applied."""
    v = c.head
    if c.dep_ != "ccomp" or v.lemma_.lower() not in _SAYING or c.i < v.i:
        return False
    if any(x.dep_ in ("nsubj", "nsubj:pass", "expl", "csubj", "mark") for x in c.children):
        return False
    if not any(x.dep_ in ("aux", "aux:pass") for x in c.children):
        return False
    n = next((x for x in v.children if x.dep_ in ("obj", "dobj") and v.i < x.i < c.i), None)
    if n is None or n.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    n.head = c
    n.dep_ = "nsubj:pass" if any(x.dep_ == "aux:pass" for x in c.children) else "nsubj"
    return True


def repair_coordinated_name_as_apposition(r: Token) -> bool:
    """Repair 48: "French President Emmanuel Macron *and Kenyan President William Ruto* signed an agreement":
    a second titled name joined by "and", read as an apposition of the first, is its conjunct (the second side
    of a meeting, an agreement, a clash). ``r`` is the second name's head; True when applied."""
    if r.dep_ != "appos" or r.pos_ != "PROPN" or r.head.pos_ != "PROPN" or r.head.i > r.i:
        return False
    doc = r.doc
    lo = r.left_edge.i
    cc = doc[lo] if doc[lo].lower_ == "and" else (doc[lo - 1] if lo > 0 and doc[lo - 1].lower_ == "and" else None)
    if cc is None or cc.i <= r.head.i:
        return False
    r.dep_ = "conj"
    cc.head, cc.dep_ = r, "cc"
    return True


def repair_object_as_conjunct(n: Token) -> bool:
    """Repair 52: "Hamas gunmen *shot and wounded* an Israeli farmer" with *farmer* read as a third conjunct of
    *shot*: a noun is no conjunct of a verb, and after "V1 and V2" with no object of its own it is V2's object
    (and so V1's: the coder reads "shot and wounded" as one act). True when applied."""
    v1 = n.head
    if n.dep_ != "conj" or n.pos_ not in ("NOUN", "PROPN") or v1.pos_ != "VERB" or v1.i > n.i:
        return False
    v2 = next((c for c in v1.children if c.dep_ == "conj" and c.pos_ == "VERB" and v1.i < c.i < n.i), None)
    if v2 is None or any(c.dep_ in ("obj", "dobj", "ccomp", "xcomp") for c in v2.children) \
            or any(c.dep_ in ("obj", "dobj") for c in v1.children):
        return False
    if any(c.dep_ == "cc" for c in n.children):
        return False  # "seized the town and the airport": a real second conjunct (of an object elsewhere)
    _set_head(n, v2, "obj")
    return True


#: verbs that take an object and a predicate after it ("held X responsible", "declared X illegal")
_OBJECT_PREDICATE_VERBS = frozenset({"hold", "declare", "find", "consider", "deem", "brand", "label", "pronounce",
                                     "rule", "judge"})  # ("called X illegal": pattern call_judgement_amod)


def repair_postposed_predicate(a: Token) -> bool:
    """Repair 53: "The French government *held* Damascus *responsible* for the attack" with *responsible* read as
    an adjective after *Damascus*: after the object of a verb that takes a predicate, the adjective is that
    predicate (``xcomp`` of the verb). True when applied."""
    o = a.head
    v = o.head
    if a.dep_ != "amod" or a.pos_ != "ADJ" or o.i >= a.i or o.dep_ not in ("obj", "dobj") or v.pos_ != "VERB" \
            or v.lemma_.lower() not in _OBJECT_PREDICATE_VERBS or any(c.dep_ == "xcomp" for c in v.children):
        return False
    if any(o.i < x.i < a.i and x.head.i != o.i for x in o.doc[o.i + 1:a.i]):
        return False
    _set_head(a, v, "xcomp")
    return True


#: verbs that take an object and then a predicate noun or adjective: "called the arrest *a disgrace*"
_NAMING_VERBS = frozenset({"call", "declare", "brand", "label", "dub", "term", "deem", "consider", "pronounce"})
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "``", "''"})


def repair_quoted_predicate(n: Token) -> bool:
    """Repair 61: the predicate of a naming verb read as something else: "*branded* the visit *a provocation*" (a
    second object), "*called* the vote *"a farce"*" (an apposition of the object), "... *called* her arrest *"a
    disgrace"*" (behind a quotation mark, hung on "said" or read as a conjunct). Right after the object of "call",
    "brand", "label"..., a noun or adjective is that verb's predicate (``xcomp``). True when applied."""
    doc = n.doc
    if n.pos_ not in ("NOUN", "ADJ") or n.dep_ not in ("ccomp", "conj", "obj", "appos", "obl:unmarked"):
        return False
    left = min((x.i for x in n.subtree if not x.is_punct), default=None)  # (the opening mark may hang on the noun)
    if left is None:
        return False
    q = left - 1
    quoted = q >= 1 and doc[q].text in QUOTE_MARKS
    o = doc[q - 1] if quoted else (n.head if n.dep_ == "appos" else doc[q])
    if n.dep_ in ("obj", "obl:unmarked"):  # a second object: the first one ends right before
        o = next((c for c in n.head.children if c.dep_ in ("obj", "dobj") and c.i < n.i and c.right_edge.i == q), None)
        if o is None:
            return False
    elif n.dep_ == "appos":
        if o.right_edge.i >= left or o.i > n.i:
            o = doc[q - 1] if quoted else o
    elif not quoted:
        return False
    if o.dep_ not in ("obj", "dobj") or o.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    v = o.head
    if v.pos_ != "VERB" or v.lemma_.lower() not in _NAMING_VERBS or v.i > o.i or n.head.i == v.i and n.dep_ not in ("obj", "obl:unmarked") \
            or any(c.dep_ in ("xcomp", "ccomp") for c in v.children) or n.is_ancestor(v):
        return False
    _set_head(n, v, "xcomp")
    if quoted:
        _set_head(doc[q], n, "punct")
    return True
