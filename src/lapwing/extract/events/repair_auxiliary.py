"""Repairs 22-24: a verb's own words hung on the wrong token.

22. **The subject hung on the auxiliary** ("Police *have* so far arrested 14 persons", "Troops *had*
    earlier shelled the town": *Police* the ``nsubj`` of *have*, itself an ``aux`` of *arrested*, after an
    adverb between them): an auxiliary has no subject of its own, so the subject is the main verb's.
    Only when the main verb has no subject.
23. **A nominalised participle read as a verb** ("Police will arrest *the accused*", "They freed *the
    detained*": *accused* VERB ``xcomp`` with *the* as its determiner): a word with a determiner and no
    subject, object or auxiliary of its own is a noun; it becomes its verb's object when that verb has
    none (a noun, NN, its lemma its own form). 23b: "the absconding *accused*" read as the noun
    *absconding* with *accused* its clause: *accused* is the head noun.
24. **"shot dead X" with the victim read as a second complement** ("Police shot dead a wanted criminal
    on Wednesday": *dead* and *criminal* both ``xcomp``, *Wednesday* the ``obj``): the noun after the
    result word is the object, and a time word read as the object is the time of the clause.
25. **A verb read as an adjective with an object** (the headline "Cops *nab* two chain snatchers",
    *nab* ADJ with a subject and an object): an adjective takes no object, so the word is a finite verb
    (no copula; the tag from its ending).
26. **"by" hung on the first name of a long agent** ("shot dead by General Service Unit (GSU) *officers*"
    with *by* on *Unit*, a compound of *officers*, and *officers* an unlabelled ``dep`` of the verb): the
    preposition belongs to the head noun, which is the verb's by-agent.
27. **An object read as a modifier of the next phrase** ("Municipal police detained *five men* after the
    robbery", *men* an ``nmod:unmarked`` of *robbery*): a noun phrase right after a verb with no object,
    hung without a preposition on the verb's next oblique, is the verb's object.
28. **A noun after a preposition read as a verb** ("died in *crossfire* with police", *crossfire* VERB
    ``advcl`` with *in* as its marker): a base-form verb cannot follow "in", so the word is a noun, the
    oblique of its head, and the preposition its case marker.
29. **The last verb of a sentence joined to a relative clause** ("Police beat up supporters of an MP *who*
    had gathered ... *and detained* at least eight of *them*", *detained* a conjunct of *gathered*): a
    verb whose object is "them" / "him" / "her" (or "eight of them") cannot share the relative pronoun's
    subject, which that pronoun names; it is the main verb's conjunct.
30. (``repair_subordinator``) **A subordinator read as its clause subject's preposition** ("died after *policemen* on patrol caned
    him", *after* the case of *policemen* and *caned* a conjunct of *died*): a preposition cannot govern
    the subject of a verb, so it marks that verb's clause, an adverbial clause of the verb before. 30b: the
    same with the subject an oblique and its verb, a simple past, an ``acl`` of it ("injured *as policemen
    resorted* to a lathi-charge").
31. **A reduced relative read as the subject, its noun as the participle's dependent** ("Two youths *shot*
    dead by officers ... were buried", *shot* the ``nsubj:pass`` of *buried* and *youths* an
    ``obl:unmarked`` of *shot*): a participle right after its noun, with no auxiliary or subject of its own,
    describes that noun, which is the subject of the verb after it.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.syntax import _active_kids
from lapwing.extract.events.lexicon_loader import lexicon, single_word_agents
from lapwing.extract.events.repair_forms import _RESULTS, verb_forms
from lapwing.extract.events.repair_subordinator import repair_subordinator_on_subject  # noqa: F401 (repair 30, re-exported)
from lapwing.extract.events.repair_time import _SUBJ_DEPS, _time_word

_AUX_LEMMAS = frozenset({"have", "be", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do"})
_NOMINAL_HEADS = ("xcomp", "ccomp", "obj", "dobj", "advcl", "acl", "conj", "dep", "nsubj", "nsubj:pass")


def repair_subject_on_aux(s: Token) -> bool:
    """Repair 22 on a subject ``s`` whose head is an auxiliary; True when applied."""
    aux = s.head
    v = aux.head
    if s.dep_ not in _SUBJ_DEPS or aux.dep_ not in ("aux", "aux:pass") or aux.lemma_.lower() not in _AUX_LEMMAS:
        return False
    if v.i == aux.i or v.pos_ not in ("VERB", "AUX") or not (s.i < aux.i < v.i):
        return False
    if any(c.dep_ in _SUBJ_DEPS for c in v.children):
        return False
    s.head = v
    # (157: also "Nine men *have* so far *been* arrested", the passive auxiliary another word than the subject's)
    if s.dep_ == "nsubj" and (aux.dep_ == "aux:pass" or any(c.dep_ == "aux:pass" and c.i > aux.i for c in v.children)):
        s.dep_ = "nsubj:pass"
    return True


def repair_participle_noun(t: Token) -> bool:
    """Repair 23 on a participle ``t`` with a determiner; True when applied."""
    if t.pos_ != "VERB" or t.tag_ not in ("VBN", "VBD") or t.dep_ not in _NOMINAL_HEADS:
        return False
    kids = list(t.children)
    if not any(c.dep_ == "det" and c.i < t.i and c.lower_ in ("the", "a", "an", "this", "that", "these", "those")
               for c in kids):
        return False
    if any(c.dep_ in _SUBJ_DEPS or c.dep_ in ("obj", "dobj", "aux", "aux:pass", "cop", "mark") for c in kids):
        return False
    v = t.head
    if v.i == t.i or v.pos_ not in ("VERB", "AUX"):
        return False
    if t.dep_ in _SUBJ_DEPS:  # "*the accused* had been booked": already in its noun's place
        if v.i < t.i:
            return False
        t.pos_, t.tag_, t.lemma_ = "NOUN", "NN", t.lower_
        return True
    if v.i > t.i:
        return False
    t.pos_, t.tag_, t.lemma_ = "NOUN", "NN", t.lower_
    if not any(c.dep_ in ("obj", "dobj") for c in v.children):
        t.dep_ = "obj"
    return True


#: participles used as nouns after a modifier ("the *absconding* accused", "the *main* deceased")
_NOUN_PARTICIPLES = frozenset({"accused", "deceased"})


def repair_modified_participle_noun(t: Token) -> bool:
    """Repair 23b: "the absconding *accused*" read as the noun *absconding* with *accused* its ``acl``: a
    word that is used as a noun ("accused", "deceased"), right after an -ing word with the determiner, is
    the head of the phrase and the -ing word its modifier; True when applied."""
    m = t.head
    if t.lower_ not in _NOUN_PARTICIPLES or t.dep_ not in ("acl", "amod") or m.i != t.i - 1 or not m.lower_.endswith("ing"):
        return False
    if any(c.dep_ not in ("punct",) for c in t.children) or not any(c.dep_ == "det" for c in m.children):
        return False
    t.head, t.dep_ = (t if m.head.i == m.i else m.head), (m.dep_ if m.head.i != m.i else "ROOT")
    t.pos_, t.tag_, t.lemma_ = "NOUN", "NN", t.lower_
    for c in list(m.children):
        if c.i != t.i:
            c.head = t
    m.head, m.dep_, m.pos_ = t, "amod", "ADJ"
    return True


def repair_result_object(r: Token) -> bool:
    """Repair 24 on a result word ``r`` ("dead") that is a verb's ``xcomp``; True when applied."""
    v = r.head
    if r.lower_ not in _RESULTS or r.dep_ != "xcomp" or v.pos_ != "VERB" or v.i != r.i - 1:
        return False
    kids = list(v.children)
    if any(c.dep_ in ("obj", "dobj") and not _time_word(c) for c in kids):
        return False
    victim = next((c for c in kids if c.i > r.i and c.dep_ in ("xcomp", "obl") and c.pos_ in ("NOUN", "PROPN", "PRON")
                   and not _time_word(c) and not any(g.dep_ == "case" for g in c.children)), None)
    if victim is None:
        return False
    victim.dep_ = "obj"
    for c in kids:
        if c.dep_ in ("obj", "dobj") and c.i != victim.i and _time_word(c):
            c.dep_ = "obl:tmod"
    return True


def repair_adjective_with_object(o: Token) -> bool:
    """Repair 25 on an object ``o`` whose head is an adjective; True when applied."""
    a = o.head
    if o.dep_ not in ("obj", "dobj") or a.pos_ != "ADJ" or a.i > o.i or not a.is_alpha:
        return False
    kids = list(a.children)
    if not any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < a.i for c in kids) or any(c.dep_ == "cop" for c in kids):
        return False
    low = a.lower_
    a.pos_ = "VERB"
    a.tag_ = "VBD" if low.endswith("ed") else "VBZ" if low.endswith("s") and not low.endswith("ss") else "VBP"
    return True


def repair_by_on_compound(b: Token) -> bool:
    """Repair 26 on a "by" whose head is a compound; True when applied."""
    n = b.head
    while n.dep_ == "compound" and n.head.i != n.i and n.head.i > n.i:
        n = n.head
    v = n.head
    if b.lower_ != "by" or n.i == b.head.i or n.dep_ not in ("dep", "obl", "nmod") or v.pos_ != "VERB" or v.i > b.i:
        return False
    if any(c.dep_ == "case" for c in n.children):
        return False
    b.head = n
    passive = v.tag_ == "VBN" or any(c.dep_ in ("aux:pass", "auxpass") for c in v.children)
    n.dep_ = "obl:agent" if passive else "obl"
    return True


def _people_word(n: Token) -> bool:
    """An agent word of the actors lexicon or a people word of the patterns' sets ("diplomats", "students")."""
    sets = lexicon().sets
    lemma = n.lemma_.lower()
    return lemma in single_word_agents() or n.lower_ in single_word_agents() or any(
        lemma in sets.get(name, frozenset()) for name in ("@lx_person", "@lx_suspect", "@prisoner"))


def repair_unmarked_object(n: Token) -> bool:
    """Repair 27 on a noun read as an unmarked modifier of a later phrase; True when applied. 27b: "it had
    expelled *two diplomats*", with the people right after the verb read as an unmarked oblique (of a
    measure, "two hours"), or "detained *five men* on Monday" read as an apposition of the verb: people, or a
    named actor, right after a verb with no object are its object (and so is a verb's "apposition" or
    "vocative": "German defence minister visits *Kyiv*")."""
    h = n.head
    if n.dep_ in ("obl:unmarked", "appos", "vocative") and h.pos_ == "VERB" and h.i < n.i and n.left_edge.i == h.i + 1 \
            and not _time_word(n) and not any(c.dep_ in ("obj", "dobj", "ccomp", "xcomp") for c in h.children) \
            and (n.dep_ != "obl:unmarked" or _people_word(n) or (n.pos_ == "PROPN" and n.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"))):
        n.dep_ = "obj"  # (a verb has no apposition: "detained *five men* on Monday")
        return True
    v = h.head
    if n.dep_ != "nmod:unmarked" or not (n.i < h.i) or not h.dep_.startswith("obl") or v.pos_ != "VERB" or v.i > n.i:
        return False
    if n.left_edge.i != v.i + 1 or any(c.dep_ in ("obj", "dobj", "ccomp", "xcomp") for c in v.children):
        return False
    if _time_word(n) or n.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    n.head, n.dep_ = v, "obj"
    return True


_NOUN_PREPS = frozenset({"in", "during", "amid", "amidst"})


def repair_noun_after_preposition(t: Token) -> bool:
    """Repair 28 on a base-form verb marked by a preposition; True when applied."""
    if t.pos_ != "VERB" or t.tag_ not in ("VB", "VBP", "NN") or t.dep_ not in ("advcl", "obl"):
        return False
    # the marker right before it, or before a quotation mark ("died in *'crossfire'*", with *in* its case)
    marks = [c for c in t.children if c.dep_ in ("mark", "case")]
    if len(marks) != 1 or marks[0].lower_ not in _NOUN_PREPS or not (
            marks[0].i == t.i - 1 or (marks[0].i == t.i - 2 and t.doc[t.i - 1].is_quote)):
        return False
    if any(c.dep_ in _SUBJ_DEPS or c.dep_ in ("obj", "dobj", "aux", "aux:pass") for c in t.children):
        return False
    t.pos_, t.tag_, t.lemma_, t.dep_ = "NOUN", "NN", t.lower_, "obl"
    marks[0].dep_, marks[0].pos_ = "case", "ADP"
    return True


_BACK_PRONOUNS = frozenset({"them", "him", "her"})


def repair_conjunct_out_of_relative(v2: Token) -> bool:
    """Repair 29 on a verb conjoined to a relative clause's verb; True when applied."""
    v1 = v2.head
    if v2.dep_ != "conj" or v2.pos_ != "VERB" or v1.dep_ not in ("acl:relcl", "relcl") or v1.i > v2.i:
        return False
    if any(c.dep_ in _SUBJ_DEPS for c in v2.children):
        return False
    if not any(c.lower_ in ("who", "which", "that") and c.dep_ in _SUBJ_DEPS for c in v1.children):
        return False
    obj = next((c for c in v2.children if c.dep_ in ("obj", "dobj") or (  # ("eight of them" may be read as an oblique)
        c.dep_.startswith("obl") and c.pos_ in ("NUM", "PRON") and not any(g.dep_ == "case" for g in c.children))), None)
    if obj is None or not (obj.lower_ in _BACK_PRONOUNS or any(
            g.lower_ in _BACK_PRONOUNS and g.dep_.startswith("nmod") for g in obj.children)):
        return False
    main = v1.head
    while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
        main = main.head
    if main.pos_ not in ("VERB", "AUX") or main.i > v1.i or not any(c.dep_ in _SUBJ_DEPS for c in main.children):
        return False
    v2.head = main
    return True


_PARTICIPLE_NOUN_DEPS = frozenset({"obl:unmarked", "nmod:unmarked", "obj", "dobj", "nsubj", "nsubj:pass", "dep"})


def repair_participle_as_subject(v: Token) -> bool:
    """Repair 31 on a participle ``v`` read as the subject of a later verb; True when applied."""
    head = v.head
    if v.tag_ != "VBN" or v.dep_ not in _SUBJ_DEPS or head.i <= v.i or head.pos_ not in ("VERB", "AUX", "ADJ"):
        return False
    kids = list(v.children)
    if any(c.dep_ in ("aux", "aux:pass", "nsubj", "nsubj:pass", "mark") for c in kids):
        return False
    noun = next((c for c in kids if c.i == v.i - 1 or (c.i < v.i and c.right_edge.i == v.i - 1)), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in _PARTICIPLE_NOUN_DEPS:
        return False
    noun.head, noun.dep_ = head, v.dep_
    v.head, v.dep_ = noun, "acl"
    return True


def repair_headline_verb(a: Token) -> bool:
    """Repair 35: a headline's present-tense verb read as a noun or an adjective at the root.

    "Britain *summons* Iranian envoy over tanker seizure" (*summons* an adjective with *Britain* its
    compound), "Rebels and the government *sign* truce in Doha" (*sign* a noun with a subject and a
    complement): a root with a subject (or a bare name before it) and a bare noun after it, whose form
    is a present form of a trigger verb and which has no determiner, is that verb. ``a`` is the root."""
    if a.dep_ not in ("ROOT", "root") or a.pos_ not in ("NOUN", "ADJ") or a.tag_ in ("NNS", "NNPS") and \
            not a.lower_.endswith("s"):
        return False
    low = a.lower_
    if low.endswith("ed") or not verb_forms().get(low):
        return False
    kids = list(a.children)
    lefts = [c for c in kids if c.i < a.i and c.dep_ != "punct"]
    if lefts and a.i >= 2 and a.doc[a.i - 1].pos_ in ("NOUN", "PROPN") and a.doc[a.i - 1].head.i == a.i \
            and all(c.dep_ in ("det", "amod", "compound", "nmod:poss", "nummod") for c in lefts) \
            and any(c.dep_ in ("det", "nmod:poss") or c.pos_ == "PROPN" or c.ent_type_ for c in lefts) \
            and not any(c.dep_ in ("det", "cop", "case", "nmod:poss", "amod", "nummod") and c.i > a.i for c in kids) \
            and a.i + 1 < len(a.doc) and a.doc[a.i + 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM") \
            and any(c.i > a.i and c.dep_ in ("obj", "dobj", "xcomp", "compound", "dep", "flat", "nummod")
                    and c.pos_ in ("NOUN", "PROPN", "NUM") and c.i <= a.i + 3 for c in kids):
        # 35b: "The Indian army *imposes* sanctions on Belarus" with *The*, *Indian* and *army* all hung on
        # the root: the words before it are its subject phrase, headed by the last of them
        head = a.doc[a.i - 1]
        for c in lefts:
            if c.i != head.i:
                c.head = head
        head.dep_ = "nsubj"
        kids = list(a.children)
    if any(c.dep_ in ("det", "cop", "case", "nmod:poss", "amod", "nummod") for c in kids):
        return False
    subj = [c for c in kids if c.i < a.i and (c.dep_ in ("nsubj", "nsubj:pass") or (
        c.dep_ == "compound" and c.pos_ in ("PROPN", "NOUN") and c.i == a.i - 1
        and not any(x.dep_ == "det" for x in c.children)))]  # ("*Police* arrest 12 after clashes")
    obj = [c for c in kids if c.i > a.i and c.dep_ in ("obj", "dobj", "xcomp", "compound", "dep", "flat", "nummod")
           and c.pos_ in ("NOUN", "PROPN", "NUM") and c.i <= a.i + 3]
    if len(subj) != 1 or not obj or a.i + 1 >= len(a.doc) or a.doc[a.i + 1].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False
    s, o = subj[0], obj[0]
    s.dep_ = "nsubj"
    o.dep_ = "obj"
    a.pos_ = "VERB"
    a.tag_ = "VBZ" if low.endswith("s") and not low.endswith("ss") else "VBP"
    a.lemma_ = verb_forms()[low]
    return True


#: verbs of saying and committing that share the subject of the statement verb they follow
_SPEECH_CONJ = frozenset({"say", "add", "promise", "vow", "pledge", "warn", "threaten", "urge", "call", "insist",
                          "accuse", "deny", "announce", "demand", "appeal", "ask", "tell", "declare", "claim"})


def repair_statement_conjunct(t: Token) -> bool:
    """Repair 38: a second statement verb hung on the last verb of the first one's content.

    "Maduro said the coup had been crushed *and promised* that those behind it would be punished": the
    parser joined *promised* to *crushed* (inside what Maduro said), so it lost its subject. A verb of
    saying or committing with no subject of its own, joined by "and" to a verb of a that-clause, is joined
    to the statement verb that governs the clause. ``t`` is the joined verb."""
    h = t.head
    if t.dep_ != "conj" or t.pos_ != "VERB" or t.tag_ not in ("VBD", "VBZ", "VBN") or h.i >= t.i or h.dep_ != "ccomp":
        return False
    lem = verb_forms().get(t.lower_, t.lemma_)
    r = h.head
    rlem = verb_forms().get(r.lower_, r.lemma_)
    if r.i >= h.i or any(c.dep_ in ("nsubj", "nsubj:pass", "mark") for c in t.children):
        return False
    if not any(c.dep_ in ("aux", "aux:pass") for c in t.children) and (
            _tense_apart(t, h, r) or any(c.dep_ == "expl" for c in h.children)):
        t.head = r  # (also "said *there was* no target ... *and called* on Japan": "there" does nothing)
        return True
    if lem not in _SPEECH_CONJ or rlem not in _SPEECH_CONJ:
        return False
    if t.tag_ == "VBN":  # "said 23 people had been detained *and accused* 'agitators' of ...": not passive, so
        # not the passive clause's second verb (the participle form of a past verb with an object of its own)
        if any(c.dep_ == "aux:pass" for c in h.children) and _active_kids(t, list(t.children)):
            t.head, t.tag_ = r, "VBD"
            return True
        return False
    if t.tag_ != r.tag_ or h.tag_ == r.tag_ and not any(c.dep_ in ("aux", "aux:pass") for c in h.children):
        return False  # the same tense as the statement verb, and the clause's verb marked apart by its auxiliary
    t.head = r
    return True


def _tense_apart(t: Token, h: Token, r: Token) -> bool:
    """Is the joined verb ``t`` in a tense the clause's predicate ``h`` cannot share, but the governing
    verb ``r`` has? "The group *has determined* that the detention *is* arbitrary *and called* for his
    release" (a participle joined to a present clause after a perfect); "She *said* the country *is*
    ready *and urged* talks" (a past verb joined to a present clause after a past one)."""
    present = h.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("cop", "aux", "aux:pass") and c.tag_ in ("VBZ", "VBP") and c.lower_ not in ("has", "have")
        for c in h.children)
    if not present:
        return False
    if t.tag_ not in ("VBD", "VBN"):
        return False
    return r.tag_ == "VBD" or (r.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in r.children))


def repair_adjective_phrase_subject(a: Token) -> bool:
    """Repair 39: "Gunmen *loyal* to a militia leader *tried* to assassinate the governor": an adjective
    after its noun read as the root with the noun its subject, the real verb its clause. An adjective
    with a subject and no copula is no predicate: the finite verb after its phrase is the root, the noun
    its subject, the adjective the noun's modifier. ``a`` is the adjective."""
    if a.dep_ not in ("ROOT", "root") or a.pos_ != "ADJ" or any(c.dep_ in ("cop", "aux") for c in a.children):
        return False
    s = next((c for c in a.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i == a.i - 1 and c.pos_ in ("NOUN", "PROPN")), None)
    v = next((c for c in a.children if c.dep_ in ("advcl", "conj", "parataxis", "ccomp", "dep") and c.i > a.i
              and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBZ", "VBP")), None)
    if s is None or v is None or any(c.dep_ in ("nsubj", "nsubj:pass", "mark", "cc") for c in v.children) \
            or any(a.doc[k].is_punct for k in range(a.i + 1, v.i)):
        return False
    v.head, v.dep_ = v, "ROOT"
    s.head, s.dep_ = v, "nsubj"
    a.head, a.dep_ = s, "amod"
    for c in list(a.children):
        if c.i > v.i or (c.dep_ == "punct" and c.i == len(a.doc) - 1):
            c.head = v
    return True
