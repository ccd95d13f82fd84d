"""Repair 18 of ``parse_repair``: the subject after a fronted phrase, hung on that phrase.

"In a two-day campaign of reprisals, *the navy* sank three patrol boats", "In Kirkuk
Sunday, *soldiers* shot and wounded four gunmen": a phrase before the comma, and the subject after it
read as an apposition or modifier of the phrase's noun, so the finite verb has no subject. When a
root verb in the past or present tense has no subject, and the words between the last comma before it
and the verb are one bare noun phrase whose head hangs on a word before the comma, that phrase is the
verb's subject.

Repair 18c: "On Tuesday, *Italy and its allies* withdrew ...": the first conjunct of the subject hung on the
fronted phrase (as its apposition) and the coordinator left on the second, which the parser made the subject. The
first conjunct becomes the subject, the second its conjunct.

Repair 262 (session 34, round nl66): "Both the Kenyan president *and his Ugandan counterpart* condemned ...": the
second conjunct of a coordinated noun phrase, with its possessive, read as a relative clause of the first
(``acl:relcl``) though it has no verb, subject, copula, auxiliary, marker or relative pronoun of its own: it is the
first noun's conjunct, so each party has its event.

Repair 57: "*Deepening those fears*, rebel gunmen *shot* and injured a farmer": an opening participle
clause read as the root, the main clause (its verb often mistagged as a noun) hung on it as a conjunct. The
main verb becomes the root, the participle its adverbial clause.

Repair 69: "*Kila*, speaking from his home, *accused* the new government of theft": the name before the participle
aside read as the participle's vocative or subject, the participle the root and the finite verb after the aside its
conjunct. The verb becomes the root, the name its subject, the participle its adverbial clause.

Repair 65: "In a video posted on his party's page, *the outgoing prime minister called* on the army to ... and
urged ...": after a fronted prepositional phrase that holds a participle of its own, the subject was read as an
apposition of the phrase's last noun and the finite verb right after it as that subject's clause; the sentence's
root is then the fronted noun, or a later verb with no subject ("and *urged* ..."). The verb becomes the root, the
noun before it its subject, the fronted phrase its oblique and the later verb its conjunct.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_particle import _set_head

_SUBJECTLESS_OK = ("nsubj", "nsubj:pass", "nsubjpass", "expl", "csubj", "nsubj:outer")
_NP_POS = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PRON"}
_HEAD_DEPS = {"appos", "conj", "nmod", "compound", "obl", "dep", "list", "parataxis", "nmod:unmarked", "obl:unmarked"}


def repair_fronted_subject(v: Token) -> bool:
    """Apply repair 18 at the root verb ``v``; True when applied."""
    perfect = v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in v.children)
    if v.dep_ not in ("ROOT", "root") or v.pos_ != "VERB" or not (v.tag_ in ("VBD", "VBZ", "VBP") or perfect):
        return False
    if any(c.dep_ in _SUBJECTLESS_OK for c in v.children):
        return False
    doc, start = v.doc, v.sent.start
    comma = next((j for j in range(v.i - 1, start, -1) if doc[j].text == ","), None)
    if comma is None or comma - start < 2 or v.i - comma < 2 or v.i - comma > 9:
        return False
    words = [doc[j] for j in range(comma + 1, v.i)]
    verbal = ("advmod", "aux")  # ("have *repeatedly* called": the verb's own words)
    if any(w.pos_ not in _NP_POS and w.dep_ not in verbal and not (w.dep_ == "cc" and w.pos_ == "CCONJ")
           for w in words):
        return False
    span = range(comma + 1, v.i)
    outside = [w for w in words if w.head.i not in span and w.dep_ not in verbal]
    # "the U.S. *and* other Western nations": a conjunct the parse also hung outside the phrase
    conj = [w for w in outside[1:] if w.dep_ == "conj" and any(c.dep_ == "cc" for c in w.children)]
    if not outside or len(outside) != 1 + len(conj):
        return False
    h = outside[0]
    for w in conj:
        _set_head(w, h, "conj")
    if h.pos_ not in ("NOUN", "PROPN", "PRON") or h.head.i >= comma or h.dep_ not in _HEAD_DEPS \
            or h.ent_type_ in ("DATE", "TIME") or h.lower_ in ("which", "who", "that"):
        return False
    _set_head(h, v, "nsubj")
    for w in words:
        if w.dep_ in verbal and w.head.i not in span:
            _set_head(w, v, w.dep_)
    if doc[comma].head.i < comma and doc[comma].head.i != v.i:
        _set_head(doc[comma], v, "punct")
    return True


def repair_fronted_verbless(root: Token) -> bool:
    """Repair 18b: "In the northern town of Korhogo, *troops clashed* with strikers" parsed as one
    noun phrase: the fronted phrase's noun the root, the subject an apposition after the comma and the
    verb an adjective on it. The verb becomes the root, the noun after the comma its subject and the
    fronted phrase its oblique."""
    if root.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "case" and c.i < root.i for c in root.children):
        return False
    doc = root.doc
    for n in root.children:
        if n.i <= root.i or n.dep_ not in ("appos", "conj", "dep", "parataxis") or n.pos_ not in ("NOUN", "PROPN"):
            continue
        if not any(doc[j].text == "," for j in range(max(n.left_edge.i - 1, 0), n.i)):
            continue
        v = next((c for c in n.children if c.i == n.i + 1 and c.dep_ in ("amod", "acl")
                  and (c.lower_ in verb_forms() or c.tag_ in ("VBD", "VBZ"))), None)
        if v is None:
            # 18d: "On Tuesday, *Italy and its allies sold* jets ...": the subject's second conjunct, hung on the
            # fronted noun too, carries the verb
            c2 = next((c for c in root.children if c.dep_ == "conj" and c.i > n.i and c.pos_ in ("NOUN", "PROPN")
                       and any(k.dep_ == "cc" and n.i < k.i < c.i for k in c.subtree)), None)
            v = next((c for c in c2.children if c.i == c2.i + 1 and c.dep_ in ("amod", "acl")
                      and (c.lower_ in verb_forms() or c.tag_ in ("VBD", "VBZ"))), None) if c2 is not None else None
            if v is None:
                continue
            _set_head(c2, n, "conj")
        _set_head(v, v, "ROOT")
        v.pos_ = "VERB"
        if v.tag_ not in ("VBD", "VBZ", "VBP"):
            v.tag_ = "VBD"
        if v.lower_ in verb_forms():
            v.lemma_ = verb_forms()[v.lower_]
        _set_head(n, v, "nsubj")
        _set_head(root, v, "obl")
        for c in list(root.children):
            if c.dep_ == "punct" and c.i > v.i:
                _set_head(c, v, "punct")
        return True
    return False


def repair_cased_subject(s: Token) -> bool:
    """Repair 36: a fronted prepositional phrase read as the subject, the real subject hung on it after a comma.

    "Four months after the fall of former President Dane's government, interim President Lena Kovac
    *signed* a peace accord": *fall* (with its preposition "after") was made the subject of
    *signed* and the name after the comma an apposition inside it. A subject has no preposition: the noun
    phrase after the phrase's last comma, right before the verb, is the subject, and the phrase an oblique."""
    v = s.head
    if s.dep_ not in ("nsubj", "nsubj:pass") or v.i <= s.i or v.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "case" and c.pos_ == "ADP" and c.i < s.i for c in s.children):
        return False
    doc = s.doc
    end = s.right_edge.i
    if end != v.i - 1:
        return False
    commas = [k for k in range(s.i, end) if doc[k].text == ","]
    if not commas:
        return False
    span = range(commas[-1] + 1, end + 1)
    heads = [doc[k] for k in span if doc[k].head.i not in span]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN") or heads[0].i == s.i:
        return False
    subj = heads[0]
    _set_head(subj, v, s.dep_)
    _set_head(s, v, "obl")
    _set_head(doc[commas[-1]], s, "punct")
    return True


def repair_orphaned_first_conjunct(s: Token) -> bool:
    """Repair 18c (above). ``s`` is the subject that keeps the coordinator ("*and* its allies")."""
    v = s.head
    if s.dep_ not in ("nsubj", "nsubj:pass") or v.i <= s.i:
        return False
    cc = s.doc[s.left_edge.i]  # (on the subject or on a word of its phrase: "and its *member* states")
    if cc.dep_ != "cc" or cc.lower_ not in ("and", "or") or cc.i < 2 or cc.i >= s.i:
        return False
    x = s.doc[cc.i - 1]
    while x.head.i < cc.i and x.head.i > x.i:  # the head of the phrase that ends right before "and"
        x = x.head
    doc = s.doc
    left = min((w.i for w in x.subtree if not w.is_punct), default=x.i)
    if x.pos_ not in ("PROPN", "NOUN") or x.dep_ not in ("appos", "conj", "dep", "nmod", "list") or x.head.i >= x.i \
            or left < 1 or doc[left - 1].text != "," or x.head.i >= left:
        return False
    _set_head(x, v, s.dep_)
    _set_head(s, x, "conj")
    _set_head(cc, s, "cc")
    comma = doc[left - 1]
    if comma.head.i in (x.i, x.head.i):
        _set_head(comma, x.head, "punct")
    return True


#: what a real relative clause on a noun holds: its own subject, copula, auxiliary, marker or relative word
_CLAUSE_PARTS = frozenset({"nsubj", "nsubj:pass", "csubj", "cop", "aux", "aux:pass", "mark", "expl", "obj", "dobj",
                           "ccomp", "xcomp"})


def repair_noun_conjunct_as_relative(t: Token) -> bool:
    """Repair 262 (above). ``t`` is the noun read as a relative clause of the noun before it, holding the coordinator
    ("and his Ugandan *counterpart*"); True when applied."""
    h = t.head
    if t.dep_ not in ("acl:relcl", "relcl") or t.pos_ not in ("NOUN", "PROPN") or h.i >= t.i \
            or h.pos_ not in ("NOUN", "PROPN"):
        return False
    # (the coordinator on the noun or on a word before it in its phrase: "and his *Ugandan* counterpart")
    cc = next((c for c in t.doc[h.i + 1:t.i] if c.dep_ == "cc" and c.lower_ in ("and", "or", "nor")
               and (c.head.i == t.i or (c.head.head.i == t.i and c.head.i < t.i))), None)
    if cc is None or any(c.dep_ in _CLAUSE_PARTS or c.tag_ in ("WDT", "WP", "WP$", "WRB") for c in t.children):
        return False
    _set_head(t, h, "conj")
    return True


def repair_opening_participle_root(r: Token) -> bool:
    """Repair 57 (above). ``r`` is the participle read as the sentence's root."""
    doc = r.doc
    if r.dep_ not in ("ROOT", "root") or r.tag_ != "VBG" or r.i != r.sent.start \
            or any(c.dep_ in _SUBJECTLESS_OK for c in r.children):
        return False
    v = next((c for c in r.children if c.dep_ in ("conj", "parataxis", "ccomp", "dep") and c.i > r.i
              and any(s.dep_ in ("nsubj", "nsubj:pass") and s.i < c.i for s in c.children)
              and any(doc[k].text == "," for k in range(r.i + 1, c.left_edge.i + 1))), None)
    if v is None or not (v.pos_ == "VERB" or v.lower_ in verb_forms()):
        return False
    _set_head(v, v, "ROOT")
    if v.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        v.pos_, v.tag_, v.lemma_ = "VERB", "VBD", verb_forms().get(v.lower_, v.lemma_)
    for c in list(r.children):
        if c.i > v.i:
            _set_head(c, v, c.dep_)
    _set_head(r, v, "advcl")
    return True



_FRONT_HEADS = ("appos", "conj", "dep", "parataxis")


def repair_fronted_clause(v: Token) -> bool:
    """Repair 65 (above). ``v`` is the finite verb hung on the noun right before it."""
    n, doc = v.head, v.doc
    # (a past participle too, when it takes a complement: "the prime minister *called* [VBN] on the army to ...";
    # a reduced relative would leave the sentence a verb with its own subject, which is refused below)
    finite = v.tag_ in ("VBD", "VBZ", "VBP") or (v.tag_ == "VBN" and any(
        c.dep_ in ("obj", "obl", "xcomp", "ccomp") for c in v.children))
    if v.dep_ not in ("acl", "amod") or v.pos_ != "VERB" or not finite or n.i != v.i - 1 \
            or n.pos_ not in ("NOUN", "PROPN") or n.dep_ not in _FRONT_HEADS \
            or any(c.dep_ in _SUBJECTLESS_OK or c.dep_ in ("mark", "aux:pass") for c in v.children):
        return False
    start = v.sent.start
    left = min(w.i for w in n.subtree if not w.is_punct)  # (the comma before it may hang on it)
    first = doc[start]
    # the sentence opens with a preposition whose noun heads the phrase that holds the subject ("In a video ...")
    front = first.head
    if first.pos_ != "ADP" or first.dep_ != "case" or left < 3 or doc[left - 1].text != "," \
            or not (n.head.i < left - 1 and front.i < left - 1 and front.pos_ in ("NOUN", "PROPN")):
        return False
    if not any(a.i == front.i for a in n.ancestors) and not (front.head.i == front.i or front.dep_ == "obl"):
        return False
    if any(w.pos_ in ("VERB", "AUX") and w.tag_ in ("VBD", "VBZ", "VBP") and any(
            c.dep_ in ("nsubj", "nsubj:pass") for c in w.children) for w in doc[start:left - 1]):
        return False  # (a clause with its own subject before the comma: not a fronted phrase)
    root = v.sent.root
    later = None
    if root.pos_ in ("VERB", "AUX"):
        # "..., X called on the army to ... *and urged* his supporters to ...": the root verb after ``v``, with no
        # subject of its own, is ``v``'s conjunct
        if root.i < v.i or any(c.dep_ in _SUBJECTLESS_OK for c in root.children) \
                or not any(c.dep_ == "cc" and c.i < root.i for c in root.children):
            return False
        later = root
    elif root.i != front.i:
        return False
    _set_head(v, v, "ROOT")
    _set_head(n, v, "nsubj")
    if front.i != v.i:
        _set_head(front, v, "obl")
    if later is not None:
        for c in list(later.children):
            if c.dep_ == "punct" and c.i == v.sent.end - 1:
                _set_head(c, v, "punct")
        _set_head(later, v, "conj")
    else:
        for c in list(front.children):
            if c.i > v.i:
                _set_head(c, v, c.dep_)
    if doc[left - 1].head.i not in (v.i, n.i):
        _set_head(doc[left - 1], v, "punct")
    return True


def repair_named_participle_root(r: Token) -> bool:
    """Repair 69 (above). ``r`` is the participle read as the root, right after "NAME,"."""
    doc = r.doc
    start = r.sent.start
    if r.dep_ not in ("ROOT", "root") or r.tag_ != "VBG" or r.i - start < 2 or doc[r.i - 1].text != ",":
        return False
    span = range(start, r.i - 1)
    heads = [doc[j] for j in span if doc[j].head.i not in span and not doc[j].is_punct]
    if len(heads) != 1 or heads[0].head.i != r.i or heads[0].pos_ not in ("PROPN", "NOUN") \
            or heads[0].dep_ not in ("vocative", "nsubj", "dep", "appos", "compound", "obl:unmarked"):
        return False
    h = heads[0]
    v = next((c for c in r.children if c.dep_ in ("conj", "parataxis", "ccomp", "dep") and c.i > r.i
              and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBZ", "VBP") and doc[c.left_edge.i - 1].text == ","
              and not any(k.dep_ in _SUBJECTLESS_OK or k.dep_ == "mark" for k in c.children)), None)
    if v is None or v.left_edge.i != v.i:
        return False
    _set_head(v, v, "ROOT")
    for c in list(r.children):
        if c.i > v.i:
            _set_head(c, v, c.dep_)
    _set_head(r, v, "advcl")
    _set_head(h, v, "nsubj")
    return True
