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
from lapwing.extract.events.repair_participle import _ADJ_PARTICIPLES, REPORTING_VERBS
from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.repair_time import _time_before, _time_word

#: what police and troops use on people ("police *used* tear gas after ...")
_FORCE_MEANS = frozenset({"gas", "teargas", "cannon", "force", "baton", "truncheon", "bullet", "ammunition",
                          "pellet", "grenade", "stick", "whip", "spray", "weapon", "firearm", "rifle"})

_SUBORDINATORS = {"after", "before", "as", "when", "while", "until", "since", "because", "once"}


def _take_place(v: Token, r: Token) -> None:
    """``v`` takes ``r``'s place in the tree: the root, or ``r``'s head and relation."""
    r_dep, r_head = r.dep_, (r.head if r.head.i != r.i else None)
    _set_head(v, r_head or v, r_dep if r_head is not None else "ROOT")


def _final_punct_to(v: Token, r: Token) -> None:
    """The sentence's closing punctuation, hung on ``r``, goes to the new main verb ``v``."""
    for c in list(r.children):
        if c.dep_ == "punct" and c.i == v.sent.end - 1:
            _set_head(c, v, "punct")


def repair_clause_as_subject(v: Token) -> bool:
    """Apply repair 19 at the verb ``v`` read as an adjective with a subject; True when applied."""
    if v.dep_ != "amod" or v.pos_ != "VERB" or v.tag_ not in ("VBD", "VBN"):
        return False
    subj = next((c for c in v.children if c.dep_ == "nsubj" and c.i < v.i), None)
    n = v.head
    if subj is None and n.i > v.i:  # "*Germany* lifted sanctions ...": the subject read as the noun's compound
        subj = next((c for c in n.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.right_edge.i == v.i - 1
                     and c.left_edge.i == n.left_edge.i and c.ent_type_ in ("GPE", "LOC", "ORG", "NORP", "PERSON")), None)
    if subj is None or n.i < v.i or n.pos_ not in ("NOUN", "PROPN") or n.dep_ not in ("nsubj", "nsubj:pass"):
        return False
    v2 = n.head
    if v2.i < n.i or v2.pos_ not in ("VERB", "AUX"):
        return False
    m = next((c for c in n.children if c.dep_.startswith("nmod") and n.i < c.i < v2.i
              and any(x.dep_ == "case" and x.lower_ in _SUBORDINATORS for x in c.children)), None)
    if m is None:
        return _contact_relative(v, n, v2)
    if m.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    mark = next(x for x in m.children if x.dep_ == "case" and x.lower_ in _SUBORDINATORS)
    root_dep = v2.dep_
    root_head = v2.head if v2.head.i != v2.i else None
    # the main clause: the verb takes the old clause's place in the tree
    if root_head is None:
        _set_head(v, v, "ROOT")
    else:
        _set_head(v, root_head, root_dep)
    if subj.head.i != v.i:
        _set_head(subj, v, "nsubj")
    _set_head(n, v, "obj")
    _set_head(m, v2, n.dep_)  # the later clause's own subject
    _set_head(mark, v2, "mark")
    _set_head(v2, v, "advcl")
    v.tag_ = "VBD"
    for c in list(v2.children):
        if c.dep_ == "punct" and c.i == v2.sent.end - 1:
            _set_head(c, v, "punct")
    return True


def _contact_relative(v: Token, n: Token, v2: Token) -> bool:
    """Repair 19b: "Britain *imposed* sanctions on five officials *it accused* of torture": the later verb
    has a subject of its own right before it, so it is a relative clause without "that" on the noun before
    that subject, not the clause whose subject is *sanctions*; the verb read as an adjective is the main
    verb and the noun its object."""
    s2 = next((c for c in v2.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i != n.i), None)
    if s2 is None or s2.i != v2.i - 1 or s2.pos_ not in ("PRON", "PROPN", "NOUN") or s2.i < 2:
        return False
    rh = v.doc[s2.i - 1]
    if rh.pos_ not in ("NOUN", "PROPN") or not (n.left_edge.i <= rh.i <= n.right_edge.i) or rh.i <= n.i:
        return False
    _take_place(v, v2)
    _set_head(n, v, "obj")
    _set_head(v2, rh, "acl:relcl")
    _final_punct_to(v, v2)
    v.tag_ = "VBD"
    return True


def repair_subject_taken_by_later_clause(v: Token) -> bool:
    """Repair 32: a main clause whose subject the parser gave to a later clause, its verb read as an
    adjective on its own object.

    "Georgian police *detained* scores of marchers in Tbilisi *as* rallies continued ...",
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
    if (v.lower_ in _ADJ_PARTICIPLES and not (v.lower_ == "used" and n.lemma_.lower() in _FORCE_MEANS)) \
            or not verb_forms().get(v.lower_):
        return False  # ("used cars" is an adjective; "police *used* tear gas" is not)
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
    _take_place(v, r)
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
    _final_punct_to(v, r)
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
    _take_place(v, r)
    _set_head(p, v, "nsubj")
    _set_head(m, r, "nsubj")
    _set_head(mark, r, "mark")
    _set_head(r, v, "advcl")
    _final_punct_to(v, r)
    v.tag_ = "VBD"
    return True


def repair_conjunct_out_of_subordinate(v: Token) -> bool:
    """Repair 46: "Police fired tear gas *when* some protesters tried to pull down the gate, *and detained*
    87 people": a verb after ", and" with no subject of its own, hung by the parser on the verb of a
    subordinate clause (when, as, after ...), continues the main clause: its subject is the main
    clause's, not the subordinate clause's. ``v`` is the conjunct verb; True when applied."""
    h = v.head
    if v.dep_ != "conj" or v.pos_ != "VERB" or h.dep_ != "advcl" or h.i > v.i:
        return False
    # 46b: "are praising ECOWAS *for activating* its force *but remain* doubtful": a finite verb cannot continue a
    # gerund, so it continues the clause the gerund hangs on (no comma needed)
    gerund = h.tag_ == "VBG" and v.tag_ in ("VBP", "VBZ", "VBD", "VB") and any(
        c.dep_ == "mark" and c.lower_ in ("for", "by") and c.i < h.i for c in h.children)
    if not gerund and not any(c.dep_ in ("mark", "advmod") and c.lower_ in _SUBORDINATORS and c.i < h.i for c in h.children):
        return False  # ("*when*" is often an adverb of its verb)
    if any(c.dep_ in ("nsubj", "nsubj:pass", "mark") for c in v.children):
        return False
    cc = next((c for c in v.children if c.dep_ == "cc" and c.i < v.i), None)
    if cc is None or cc.i == 0 or (v.doc[cc.i - 1].text != "," and not gerund):
        return False
    main = h.head
    if main.pos_ not in ("VERB", "AUX") or main.i > h.i or not any(c.dep_ in ("nsubj", "nsubj:pass") for c in main.children):
        return False
    _set_head(v, main, "conj")
    return True


def repair_subject_hung_before_its_verb(v: Token) -> bool:
    """Repair 49: "Bolivia's crisis deepened on Monday *as President Mateo Arrieta refused* to concede": the
    subject of a subordinate clause read as an "as" phrase of the main verb, and its verb, with no subject and
    no "and", as a second verb of the main clause (so the crisis refused). The phrase right before the verb,
    marked by a subordinator, is its subject; the verb is a clause of the main one. ``v`` is the verb."""
    h = v.head
    if v.dep_ not in ("conj", "advcl") or v.pos_ != "VERB" or v.tag_ not in ("VBD", "VBZ", "VBP") or h.i > v.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubj:pass", "cc", "mark") for c in v.children):
        return False
    n = next((c for c in h.children if c.dep_ in ("advcl", "obl", "nmod") and c.right_edge.i == v.i - 1
              and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
    if n is None:
        return False
    mark = next((c for c in n.children if c.dep_ == "case" and c.lower_ in _SUBORDINATORS and c.i == n.left_edge.i), None)
    if mark is None:
        return False
    _set_head(n, v, "nsubj")
    _set_head(mark, v, "mark")
    mark.pos_ = "SCONJ"
    _set_head(v, h, "advcl")  # ("after *Russia* bombed ...", the verb already a clause: 49b)
    return True


#: time nouns that measure a span before a subordinator: "*hours* after", "two *days* before", "*minutes* after"
_SPAN_NOUNS = frozenset({"hour", "day", "week", "month", "year", "minute", "moment", "second", "night"})


def repair_span_noun_as_subject(m: Token) -> bool:
    """Repair 58: "*Hours after* loyalist troops and the mutineers *fought* a gun battle ...", "*Two days before*
    police *raided* the camp ...": the parser takes the time noun for the verb's subject and hangs the real subject
    on it as a nominal modifier introduced by the subordinator. The noun phrase after the subordinator becomes the
    verb's subject, the subordinator its marker and the time noun a modifier of the verb. Only when the time noun
    is the verb's only subject, comes before the subordinator, and the verb is finite and after the noun phrase."""
    n = m.head
    t = n.head
    if m.lower_ not in ("after", "before", "since", "until") or m.dep_ != "case" or n.dep_ != "nmod" or m.i > n.i:
        return False
    if t.lemma_.lower() not in _SPAN_NOUNS or t.dep_ not in ("nsubj", "nsubj:pass") or t.i > m.i:
        return False
    v = t.head
    if v.pos_ not in ("VERB", "AUX") or v.tag_ not in ("VBD", "VBZ", "VBP") or v.i < n.right_edge.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubj:pass") and c.i != t.i for c in v.children):
        return False
    _set_head(n, v, "nsubj")
    _set_head(m, v, "mark")
    m.pos_ = "SCONJ"
    _set_head(t, v, "obl:npmod")
    return True


def _time_clause(c: Token) -> bool:
    return any(x.dep_ == "mark" and x.lower_ in ("after", "before", "since", "until", "when") for x in c.children)


#: verbs whose object is the person told, so that a that-clause after it is the verb's ("told *the troops* that ...")
_TELLING = frozenset({"tell", "inform", "assure", "remind", "warn", "notify", "convince", "persuade", "brief"})


def repair_that_clause_as_relative(v: Token) -> bool:
    """Repair 59: "The president told army commanders *that the rebels had been defeated*", with the that-clause read
    as a relative clause on the addressee: a relative clause has no subordinating "that" (its "that" is a pronoun with
    a role in it), so a clause marked by "that" with a subject of its own, on the object of a verb of telling (whose
    object is the person told, not a noun with a content of its own), is that verb's complement clause."""
    n = v.head
    verb = n.head
    if v.dep_ not in ("acl:relcl", "acl") or n.dep_ not in ("iobj", "obj") or verb.pos_ != "VERB" \
            or not (verb.i < n.i < v.i) or verb.lemma_.lower() not in _TELLING:
        return False  # (a noun's own that-clause stays: "repeated its demand that ...", "saw no evidence that ...")
    kids = list(v.children)
    passive = any(c.dep_ in ("aux:pass", "auxpass") for c in kids)
    # "that" as a marker, or as the object of a passive verb (which has none): no relative pronoun either way
    mark = next((c for c in kids if c.lower_ == "that" and c.i > n.i and (
        c.dep_ == "mark" or (c.dep_ == "obj" and passive))), None)
    if mark is None or not any(c.dep_ in ("nsubj", "nsubj:pass") and c.i > mark.i for c in kids):
        return False
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    if any(not _time_clause(c) for c in clauses):
        return False
    for c in clauses:  # "..., hours *after* loyalist troops fought ...": a clause of time, read as the complement
        c.dep_ = "advcl"
    _set_head(v, verb, "ccomp")
    _set_head(mark, v, "mark")
    mark.pos_, mark.tag_ = "SCONJ", "IN"
    return True


def repair_past_conjunct_of_infinitive(v: Token) -> bool:
    """Repair 56: "Okafor *said* the plan aims *to train* nurses *and urged* donors to ...": a
    past verb with no subject of its own, joined by "and" / "but" to an infinitive or a gerund, cannot share its
    form; it continues the nearest past verb above with a subject (here "said"). ``v`` is the joined verb."""
    h = v.head
    if v.dep_ != "conj" or v.pos_ != "VERB" or v.tag_ != "VBD" or h.i > v.i or h.tag_ not in ("VB", "VBG"):
        return False
    if any(c.dep_ in ("nsubj", "nsubj:pass", "mark", "aux", "aux:pass") for c in v.children) \
            or not any(c.dep_ == "cc" and c.lower_ in ("and", "but") for c in v.children):
        return False
    up, hops = h, 0
    # (also up through a that-clause read as a noun's clause: "said *in a statement* that it would not follow ...")
    while up.dep_ in ("xcomp", "ccomp", "advcl", "conj", "acl", "obl") and up.head.i != up.i and hops < 4:
        up, hops = up.head, hops + 1
        # (rf64) also a root tagged as a participle with a subject and no auxiliary, a simple past all the same: "The
        # African Union *called* [VBN] on both countries to show restraint and offered to mediate"
        if (up.tag_ == "VBD" or up.tag_ == "VBN" and up.dep_ in ("ROOT", "root") and not any(
                c.dep_ in ("aux", "aux:pass", "cop") for c in up.children)) \
                and up.i < v.i and any(c.dep_ in ("nsubj", "nsubj:pass") for c in up.children):
            _set_head(v, up, "conj")
            return True
    return False


def past_read_as_adjective(m: Token, n: Token) -> bool:
    """Repair 30c: "a day *after police clashed with* miners", with *clashed* read as an adjective after
    *police* (its ``amod``) and the clause's phrases hung on the noun: a simple past that has a phrase of its
    own right after the noun is the clause's verb, the noun its subject, the subordinator its marker, and the
    noun's later phrases are the verb's."""
    v = next((c for c in n.children if c.dep_ == "amod" and c.i == n.i + 1 and c.tag_ in ("JJ", "VBN", "VBD")), None)
    lemma = verb_forms().get(v.lower_) if v is not None else None
    if lemma is None or m.lower_ not in ("after", "before", "until", "since") or not v.lower_.endswith("ed"):
        return False  # (a past form of a trigger verb only)
    if not any(c.dep_ in ("obl", "obj", "advmod") and c.i > v.i for c in v.children):
        return False  # ("after police *armed* arrived": no phrase of its own, no clause)
    if any(c.i < n.i and c.pos_ in ("ADP", "VERB", "PUNCT") and c.i > m.i for c in n.subtree):
        return False
    head = n.head
    for c in list(n.children):
        if c.i > v.i:
            c.head = v
            if c.dep_ == "nmod":
                c.dep_ = "obl"
    v.head, v.dep_, v.pos_, v.tag_, v.lemma_ = head, "advcl", "VERB", "VBD", lemma
    n.head, n.dep_ = v, "nsubj"
    m.head, m.dep_, m.pos_ = v, "mark", "SCONJ"
    return True
