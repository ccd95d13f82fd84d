"""Repair 4 of ``parse_repair``: a time phrase between a subject and its verb.

"Ruling party chief Marek Dal *on Tuesday* called on supporters to ...", "Russian police *on Saturday*
detained dozens of protesters as demonstrations began": wire copy puts the day between the subject and
the verb, a word order the treebanks the model learnt from rarely show, and the parser then hangs the
verb under the subject (or reads it as an adjective on the next noun). The repair makes the verb the
root, the noun phrase before the time phrase its subject and the time phrase its oblique.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from lapwing.extract.events.syntax import TEMPORAL_WORDS

FINITE = {"VBD", "VBZ", "VBP"}
_REL = {"WDT", "WP", "WP$"}


def _set_head(t: Token, head: Token, dep: str) -> None:
    t.head = head
    t.dep_ = dep


_TIME_LEAD = {"on", "late", "early", "earlier", "last", "this", "next", "overnight", "later", ","}
_SUBJ_DEPS = ("nsubj", "nsubj:pass", "nsubjpass", "csubj")


def is_time_word(lower: str, pos: str, ent_type: str) -> bool:
    """A word of a time phrase ("Monday", "today", a DATE/TIME entity; "May" the month), from its
    lower-case form, UPOS and entity type."""
    return ent_type in ("DATE", "TIME") or lower in TEMPORAL_WORDS or (lower == "may" and pos == "PROPN")


def _time_word(t: Token) -> bool:
    return is_time_word(t.lower_, t.pos_, t.ent_type_)


def _time_before(v: Token) -> int | None:
    """Start of the time phrase that ends right before ``v`` ("on Monday", "late on Tuesday",
    "today", "last week", "on March 3"), or None."""
    doc, j, seen = v.doc, v.i - 1, False
    while j >= v.sent.start:
        x = doc[j]
        if _time_word(x):
            seen = True
        elif not (x.lower_ in _TIME_LEAD or x.like_num):
            break
        j -= 1
    start = j + 1
    while start < v.i and doc[start].text == ",":
        start += 1
    return start if seen and start < v.i else None


def _finite_clause(h: Token) -> bool:
    if h.tag_ in FINITE and h.pos_ in ("VERB", "AUX"):
        return True
    return any(c.dep_ in ("aux", "aux:pass", "cop") for c in h.children) and not any(
        c.dep_ == "mark" and c.lower_ == "to" for c in h.children)


def _repair_time_subject(v: Token, sent: Span) -> bool:
    """Repair 4: a time phrase between the subject and its verb ("Ruling party chief Marek Dal on
    Tuesday called on supporters to ...", "Former president X on Friday urged voters to ...") made the
    parser hang the verb under the subject as a modifier. Returns True when applied."""
    if v.pos_ != "VERB" or v.tag_ not in ("VBD", "VBN", "VBZ") or v.dep_ in ("ROOT", "root"):
        return False
    if any(c.dep_ in _SUBJ_DEPS or c.dep_ in ("aux", "aux:pass", "mark", "cop") for c in v.children):
        return False
    ts = _time_before(v)
    if ts is None or ts - 1 < sent.start:
        return False
    doc = sent.doc
    j = ts - 1
    while j > sent.start and doc[j].text == ",":
        j -= 1  # "The opposition leader, Juan Guaido, on Monday called ..."
    last = doc[j]
    if last.pos_ not in ("PROPN", "NOUN"):
        return False
    subj_range = range(sent.start, ts)
    s = last
    while s.head.i != s.i and s.head.i in subj_range:
        s = s.head
    words = [doc[i] for i in subj_range]
    if s.pos_ not in ("PROPN", "NOUN") or any(
            w.pos_ in ("SCONJ", "AUX") or w.dep_ == "mark" or w.tag_ in _REL
            or (w.pos_ == "VERB" and w.dep_ not in ("amod", "compound")) for w in words):
        return False
    later = None
    if s.dep_ in _SUBJ_DEPS and s.head.i != s.i and _finite_clause(s.head):
        later = _later_clause(v, s.head)
        if later is None:
            return False  # the subject already has a finite verb of its own: v is a real modifier
    old_root, old_head = sent.root, v.head
    hung = [t for t in sent if t.i > v.i and t.head.i in subj_range]  # "." or "voters" under the subject
    span = [doc[i] for i in range(ts, v.i)]
    when = [t for t in span if _time_word(t)][-1]
    _set_head(v, v, "ROOT")
    if v.tag_ == "VBN":
        v.tag_ = "VBD"
    _set_head(s, v, "nsubj")
    _set_head(when, v, "obl")
    for t in span:
        if t.i != when.i and not (ts <= t.head.i < v.i and t.head.i != t.i):
            _set_head(t, when, "case" if t.pos_ == "ADP" else "punct" if t.is_punct else "advmod")
    for t in hung:
        _set_head(t, v, "obl" if t.dep_.startswith("nmod") else t.dep_)
    if old_head.i > v.i and old_head.pos_ in ("NOUN", "PROPN") and v.dep_ != "obj" \
            and not any(c.dep_ in ("obj", "dobj") for c in v.children if c.i != old_head.i):
        _set_head(old_head, v, "obj")  # "urged [voters]": the verb was read as an adjective on the noun
    if later is not None:
        h, sub = later
        _set_head(sub, h, "mark")
        subj = doc[h.i - 1] if h.i - 1 > sub.i else None
        while subj is not None and subj.head.i != subj.i and sub.i < subj.head.i < h.i:
            subj = subj.head
        if subj is not None and subj.pos_ in ("NOUN", "PROPN", "PRON"):
            _set_head(subj, h, "nsubj")
        if h.i != v.i and h.head.i != v.i:
            _set_head(h, v, "advcl")
    if old_root.i > v.i and old_root.head.i != v.i:
        to = any(c.dep_ == "mark" and c.lower_ == "to" for c in old_root.children)
        if not to and _object_root(v, old_root):
            # repair 216: "police on monday detained *42 members* of the union", the object noun read as the
            # root of a verbless sentence, the verb a modifier of the subject: the noun is the verb's object
            _set_head(old_root, v, "obj")
            for c in list(old_root.children):
                if c.is_punct and c.i == sent.end - 1:
                    _set_head(c, v, "punct")
        else:
            _set_head(old_root, v, "xcomp" if to else "parataxis")
    return True


def _object_root(v: Token, n: Token) -> bool:
    """Repair 216: the old root ``n`` is a noun phrase starting right after the verb ``v`` (every word between them
    inside its phrase) and ``v`` has no object yet."""
    if n.pos_ not in ("NOUN", "PROPN", "NUM") or any(c.dep_ in ("obj", "dobj", "ccomp", "xcomp") for c in v.children):
        return False
    for k in range(v.i + 1, n.i):
        t = v.doc[k]
        while t.i != n.i and t.head.i != t.i:
            t = t.head
        if t.i != n.i:
            return False
    return True


_SUBORDINATORS = {"as", "after", "while", "when", "before", "because", "since", "until", "once", "although",
                  "though", "whereas"}


def _later_clause(v: Token, h: Token) -> tuple[Token, Token] | None:
    """The subject was given to a finite verb ``h`` after ``v`` that opens a subordinate clause of its
    own ("police on Saturday detained dozens *as* protests *kicked* off"): ``(h, subordinator)``, or
    None when ``h`` is a real verb of the subject."""
    if h.i <= v.i:
        return None
    subs = [t for t in v.doc[v.i + 1:h.i] if t.lower_ in _SUBORDINATORS and t.pos_ in ("ADP", "SCONJ")]
    if not subs:
        return None
    sub = subs[-1]
    # the subordinate clause has a noun subject of its own right before its verb
    between = v.doc[sub.i + 1:h.i]
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in between) or any(t.pos_ == "VERB" for t in between):
        return None
    return h, sub


def repair_time_as_subject(t: Token) -> bool:
    """Repair 4b: "The UN Security Council *today* agreed to ...": the time word read as the subject,
    with the name before it as its compound. The name heads the subject and the time word is the
    verb's time oblique. True when applied."""
    v = t.head
    # (repair 101, session 23: the time word read as the verb's unmarked time phrase, the subject its compound,
    # "The Security Council [today] agreed ...", with the verb left without a subject)
    oblique = t.dep_ in ("obl:unmarked", "obl:tmod", "obl") and v.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in _SUBJ_DEPS for c in v.children)
    if (t.dep_ not in _SUBJ_DEPS and not oblique) or v.i <= t.i or not _time_word(t):
        return False
    names = [c for c in t.children if c.dep_ == "compound" and c.i < t.i and not _time_word(c)]
    if not names or names[-1].i != t.i - 1 or names[-1].pos_ not in ("PROPN", "NOUN"):
        return False
    subj = names[-1]
    dep = t.dep_ if not oblique else "nsubj"
    _set_head(subj, v, dep)
    for c in list(t.children):
        if c.i < subj.i:
            _set_head(c, subj, c.dep_)
    _set_head(t, v, "obl:tmod")
    return True


def repair_initial_participle(p: Token) -> bool:
    """Repair 60: "*Defeated* opposition candidate X on Saturday *called* on ...", "*Jailed* opposition leader X on
    Friday urged ...": a participle that opens the sentence and describes the title was read as the main verb with
    the titled phrase as its object, the real verb hung under the phrase. The participle becomes an adjective on
    the phrase, and repair 4 then makes the later verb the root with the phrase as its subject. Only when the
    participle has nothing but that object (no subject, auxiliary or clause) and the later verb is a past form
    after a time phrase."""
    sent = p.sent
    if p.dep_ not in ("ROOT", "root") or p.tag_ != "VBN" or any(not doc_t.is_space for doc_t in p.doc[sent.start:p.i]):
        return False
    objs = [c for c in p.children if c.dep_ in ("obj", "dobj")]
    if len(objs) != 1 or any(c.dep_ in _SUBJ_DEPS or c.dep_ in ("aux", "aux:pass", "ccomp", "xcomp", "advcl")
                             for c in p.children):
        return False
    n = objs[0]
    if n.i != p.i + 1 and not all(p.doc[k].dep_ in ("compound", "amod") and p.doc[k].head.i == n.i for k in range(p.i + 1, n.i)):
        return False
    v = next((t for t in p.doc[n.i:sent.end] if t.dep_ in ("acl", "acl:relcl") and t.pos_ == "VERB"
              and t.tag_ in ("VBD", "VBN") and n.i <= t.head.i < t.i and _time_before(t) is not None), None)
    if v is None:
        return False
    old = (p.head, p.dep_, p.pos_, p.tag_, n.head, n.dep_)
    rest = [c for c in p.children if c.i != n.i]
    _set_head(n, n, "ROOT")
    for c in rest:
        _set_head(c, n, c.dep_)
    _set_head(p, n, "amod")
    p.pos_, p.tag_ = "ADJ", "JJ"
    if _repair_time_subject(v, sent):
        return True
    p.head, p.dep_, p.pos_, p.tag_, n.head, n.dep_ = old  # (put back: the later verb stays where it was)
    for c in rest:
        c.head = p
    return False
