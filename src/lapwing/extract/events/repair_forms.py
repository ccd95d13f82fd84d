"""Repair 13 of ``parse_repair``: a past-tense verb the model does not know, read as a noun.

The model learnt its words from the treebanks; a verb form it never saw ("Rebels *overran* a
military base", "Boko Haram jihadists *overran* a base") can come out as a noun, and then the
sentence has no verb and its event is lost. The event lexicon knows the inflections of every
trigger verb (``form_lemmas``): a word that is a past form of a trigger verb and no form of any noun
of the lexicon, standing between a noun phrase and another noun phrase, is a verb. Two shapes:

a. the word already heads the sentence with a subject before it: only its tag and lemma change;
b. the word is hung as an object under the noun before it, which the parser made the root
   ("[jihadists] overran": *jihadists* a "verb"): the word becomes the root, that noun its subject,
   and the noun's later dependents (places, times, the final stop) move to the verb.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from lapwing.extract.events.lexicon_loader import form_lemmas, single_word_agents

#: irregular past forms that are also common nouns or adjectives ("a shot", "the left", "a saw")
_AMBIGUOUS = {"shot", "left", "saw", "rose", "found", "had", "made", "kept", "laid", "paid", "fell", "sunk",
              "hung", "stuck", "drawn", "broken", "frozen", "stricken", "sworn", "given", "gone", "seen",
              "shown", "written", "taken", "held", "told", "said", "came", "went", "ran", "stood", "built"}
_NOMINAL_DEPS = {"obj", "obl", "nmod", "compound", "appos", "dep"}


@lru_cache(maxsize=1)
def past_forms() -> dict[str, str]:
    """Past forms of trigger verbs that are no noun form of the lexicon -> the verb's lemma."""
    idx = form_lemmas()
    nouns = {form for (pos, form) in idx if pos == "N"}
    out: dict[str, str] = {}
    for (pos, form), lemmas in idx.items():
        if pos != "V" or form in nouns or form in _AMBIGUOUS or form == lemmas[0]:
            continue
        if form.endswith("ed") or not form.endswith(("s", "ing")):
            out[form] = lemmas[0]
    return out


@lru_cache(maxsize=1)
def verb_forms() -> dict[str, str]:
    """Every inflected form of a trigger verb (also those that can be nouns: "shot") -> its lemma."""
    return {form: lemmas[0] for (pos, form), lemmas in form_lemmas().items() if pos == "V"}


def repair_noun_root_with_object(t: Token) -> bool:
    """Repair 13c: a sentence root read as a noun that has an object after it and a noun before
    it ("Police *shot* two protesters", *shot* NOUN with *Police* its compound): a noun takes no
    object, so it is the verb and the noun before it its subject. True when applied."""
    lemma = verb_forms().get(t.lower_)
    if lemma is None or t.pos_ not in ("NOUN", "PROPN") or t.dep_ not in ("ROOT", "root"):
        return False
    kids = list(t.children)
    doc = t.doc
    # "Gunmen *shot and killed* two guards": the object belongs to the verb coordinated right after it
    coord = next((c for c in kids if c.dep_ == "conj" and c.i == t.i + 2 and c.pos_ == "VERB"
                  and doc[t.i + 1].lower_ in ("and", "or")), None)
    if coord is None and t.i + 2 < len(doc) and doc[t.i + 1].lower_ in ("and", "or"):
        # "Soldiers shot and *wounded* three villagers" with *wounded* read as an adjective of the
        # victims, who hang on the noun reading: the word is the coordinated verb, the victims its object
        w = doc[t.i + 2]
        n = w.head
        if w.lower_ in verb_forms() and w.tag_ in ("VBD", "VBN", "JJ") and w.dep_ == "amod" and n.i > w.i \
                and n.head.i == t.i and n.pos_ in ("NOUN", "PROPN"):
            w.head, w.dep_, w.pos_, w.tag_ = t, "conj", "VERB", "VBD"
            w.lemma_ = verb_forms()[w.lower_]
            n.head, n.dep_ = w, "obj"
            doc[t.i + 1].head = w
            coord = w
    if coord is None and not any(c.dep_ == "obj" and c.i > t.i for c in kids):
        return False
    left = [c for c in kids if c.i < t.i and c.dep_ in ("compound", "nsubj", "amod", "nmod")]
    if not left or left[-1].pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "det" and c.head.i == t.i for c in kids):
        return False
    _as_verb(t, lemma)
    if t.lower_.endswith("s") and not t.lower_.endswith("ss"):
        t.tag_ = "VBZ"
    subj = left[-1]
    subj.dep_ = "nsubj"
    for c in left[:-1]:
        c.head, c.dep_ = subj, "compound" if c.pos_ in ("NOUN", "PROPN") else c.dep_
    for c in kids:  # "*Ethiopia's* prime minister shot down ...": a possessor or number is the subject's
        if c.i < subj.i and c.dep_ in ("nmod:poss", "poss", "nummod"):
            c.head = subj
    if coord is not None and not any(c.dep_ in ("obj", "dobj") for c in coord.children):
        # the victim the parser hung on the noun reading ("shot and killed six Palestinian *rioters*",
        # "shot and wounded an Israeli *civilian*") is the coordinated verb's object
        victim = next((c for c in kids if c.i > coord.i and c.pos_ in ("NOUN", "PROPN", "ADJ")
                       and c.dep_ in ("conj", "amod", "obj", "appos", "compound", "dep")
                       and not any(x.dep_ == "case" for x in c.children)), None)
        if victim is not None:
            victim.head, victim.dep_ = coord, "obj"
            if victim.pos_ == "ADJ":
                victim.pos_, victim.tag_ = "NOUN", "NN"
            for c in kids:  # the victim's words the parser spread over the noun reading
                if victim.i > c.i > coord.i and c.dep_ in ("det", "nummod", "amod", "compound"):
                    c.head = victim
    return True


def _as_verb(t: Token, lemma: str) -> None:
    t.pos_, t.tag_, t.lemma_ = "VERB", "VBD", lemma


def repair_past_form(t: Token) -> bool:
    """Apply repair 13 to ``t`` if it is a trigger verb's past form read as a noun; True when applied."""
    lemma = past_forms().get(t.lower_)
    if lemma is None or t.pos_ not in ("NOUN", "PROPN"):
        return False
    kids = list(t.children)
    right_noun = any(c.i > t.i and c.pos_ in ("NOUN", "PROPN", "PRON") for c in kids)
    if not right_noun:
        return False
    # a. "Rebels overran a military base": the word heads a subject and an object already
    if any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < t.i for c in kids) and t.dep_ in ("ROOT", "root"):
        _as_verb(t, lemma)
        first = True
        for c in kids:
            if c.i > t.i and c.dep_.startswith("nmod") or (c.i > t.i and c.dep_ == "compound"):
                if any(x.dep_ == "case" for x in c.children):
                    c.dep_ = "obl"  # "concurred [with the United States]"
                elif first and c.pos_ in ("NOUN", "PROPN", "PRON"):
                    c.dep_, first = "obj", False
        return True
    # b. "Boko Haram jihadists overran a base": the word hangs under the noun before it, made the root
    h = t.head
    if t.dep_ not in _NOMINAL_DEPS or h.i != t.i - 1 or h.dep_ not in ("ROOT", "root", "ccomp", "parataxis") \
            or h.pos_ not in ("VERB", "NOUN", "PROPN") or h.lower_ in past_forms() \
            or any(c.dep_ in ("aux", "aux:pass", "cop", "mark") for c in h.children):
        return False
    if h.pos_ == "VERB" and not h.lower_.endswith("s"):
        return False  # a real verb before it ("troops *stormed* [a] compound"): not this shape
    moved = [c for c in h.children if c.i > t.i]
    if h.dep_ in ("ROOT", "root"):
        t.head, t.dep_ = t, "ROOT"
    else:  # "[Boko Haram jihadists overran a base ...], sources said": the clause keeps its place
        t.head, t.dep_ = h.head, h.dep_
    _as_verb(t, lemma)
    h.head, h.dep_ = t, "nsubj"
    if h.pos_ == "VERB":
        h.pos_, h.tag_ = "NOUN", "NNS"
    for c in moved:
        c.head = t
        if c.dep_.startswith("nmod"):
            c.dep_ = "obl"
    for c in list(h.children):
        if c.dep_ in ("nsubj", "obj") and c.i < h.i:
            c.dep_ = "compound"
    return True


#: result words after a verb of violence: "shot *dead*", "gunned *down*", "beaten *unconscious*"
_RESULTS = {"dead", "down", "unconscious", "senseless"}


def repair_resultative(t: Token) -> bool:
    """Repair 13d: "Police *shot dead* a suspect", "A constable *shot dead* a man": a trigger verb's
    form read as the root noun, followed by a result word ("dead", "down") that the parser hung on the
    victim. The word is the verb, the noun (or word taken for an adjective) before it its subject, the
    result word its complement and the noun after it its object. True when applied."""
    lemma = verb_forms().get(t.lower_)
    doc = t.doc
    if lemma is None or t.pos_ not in ("NOUN", "PROPN", "ADJ") or t.dep_ not in ("ROOT", "root") \
            or t.i + 1 >= len(doc) or doc[t.i + 1].lower_ not in _RESULTS:
        return False
    left = [c for c in t.children if c.i < t.i and c.dep_ in ("compound", "nsubj", "amod", "nmod")]
    if not left or left[-1].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    res = doc[t.i + 1]
    victim = next((c for c in t.children if c.i > res.i and c.pos_ in ("NOUN", "PROPN", "PRON")
                   and c.dep_ in _NOMINAL_DEPS | {"appos"}), None)
    if victim is None:
        return False
    _as_verb(t, lemma)
    subj = left[-1]
    subj.dep_ = "nsubj"
    if subj.pos_ == "ADJ":
        subj.pos_, subj.tag_ = "NOUN", "NN"
    for c in left[:-1]:
        c.head = subj
    for c in t.children:
        if c.dep_ == "det" and c.i < subj.i:
            c.head = subj  # "*A* constable shot dead ..."
    res.head, res.dep_ = t, "xcomp"
    victim.dep_ = "obj"
    return True


def repair_noun_clause(n: Token) -> bool:
    """Repair 13e: "Cabello urged [government supporters] to gather ...", parsed as the clause
    "government supporters" (*supporters* a ``ccomp`` with *government* its subject): a noun with a
    subject right before it and no copula or auxiliary is a noun phrase, the verb's object, and its
    to-clause is the verb's. True when applied."""
    if n.pos_ != "NOUN" or n.dep_ not in ("ccomp", "xcomp") or n.head.pos_ != "VERB" or n.i < n.head.i:
        return False
    subj = next((c for c in n.children if c.dep_ == "nsubj" and c.i == n.i - 1 and c.pos_ in ("NOUN", "PROPN")), None)
    if subj is None or any(c.dep_ in ("cop", "aux", "aux:pass", "mark") for c in n.children):
        return False
    if any(c.dep_ in ("obj", "dobj") for c in n.children):  # (244: "said gunmen *shot* two guards": a noun with an
        return False  # object of its own is the reported clause's verb, not a noun phrase; see repair_reported_noun)
    v = n.head
    if any(c.dep_ in ("obj", "dobj") for c in v.children):
        return False
    subj.dep_ = "compound"
    n.dep_ = "obj"
    for c in list(n.children):
        if c.dep_ == "xcomp" and c.i > n.i:
            c.head = v
    return True


def repair_headline_present(root: Token, sent) -> bool:
    """Repair 13d: a headline's present-tense verb read as a noun modifier of its object ("Saudi Arabia
    *lifts* blockade of Qatar", "U.S. *Lifts* Travel Ban to Lebanon": *lifts* a ``compound`` of the
    root noun): in a sentence with no verb, an -s form of a trigger verb between a name and a noun it
    modifies is the verb, the words before it its subject and the root noun its object. True when applied."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    forms = verb_forms()
    for t in sent:
        if t.i >= root.i or t.head.i != root.i or t.dep_ not in ("compound", "amod") or not t.lower_.endswith("s") \
                or t.lower_ not in forms or t.lower_.endswith("ss"):
            continue
        before = [c for c in (*root.children, *t.children) if c.i < t.i
                  and c.dep_ in ("compound", "amod", "nmod:poss", "nsubj", "det", "flat")]
        subj = max((c for c in before if c.pos_ in ("PROPN", "NOUN", "PRON") or c.ent_type_ in ("GPE", "ORG", "NORP")),
                   key=lambda c: c.i, default=None)
        if subj is None or any(c.i > t.i and c.i < root.i and c.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "PUNCT")
                               for c in sent) or any(c.pos_ in ("VERB", "AUX") for c in sent if c.i < t.i):
            return False
        t.pos_, t.tag_, t.lemma_ = "VERB", "VBZ", forms[t.lower_]
        t.head, t.dep_ = t, "ROOT"
        for c in before:
            if c.i != subj.i:
                c.head = subj
        subj.head, subj.dep_ = t, "nsubj"
        if subj.pos_ not in ("PROPN", "NOUN", "PRON"):
            subj.pos_ = "PROPN"
        root.head, root.dep_ = t, "obj"
        return True
    return False


def repair_that_clause_verb(root: Token) -> bool:
    """Repair 13e: a that-clause whose verb was read as a noun modifier of its object ("its demand that
    Israel *ease* restrictions", *ease* a ``compound`` of *restrictions*, which heads the clause): a
    clause has a verb, so a trigger verb's form between the clause's subject and its head noun is the
    verb, the noun before it its subject and the head noun its object. True when applied."""
    mark = next((c for c in root.children if c.dep_ == "mark" and c.lower_ == "that" and c.i < root.i), None)
    if mark is None or root.pos_ not in ("NOUN", "PROPN") or root.dep_ not in ("acl", "ccomp", "acl:relcl"):
        return False
    forms = verb_forms()
    kids = [c for c in root.children if mark.i < c.i < root.i]
    t = next((c for c in reversed(kids) if c.dep_ == "compound" and c.lower_ in forms), None)
    if t is None:
        # "demanded that the government *resign*": the clause's head itself is the verb (a subjunctive base form
        # read as a noun), the noun before it its subject; only with no verb anywhere in the clause
        subj = kids[-1] if kids else None
        if subj is None or subj.dep_ != "compound" or subj.pos_ not in ("NOUN", "PROPN") or root.tag_ not in ("NN", "VB") \
                or root.lower_ not in forms or forms[root.lower_] != root.lower_ \
                or any(x.pos_ in ("VERB", "AUX") for x in root.subtree if x.i != root.i):
            return False
        root.pos_, root.tag_, root.lemma_ = "VERB", "VB", forms[root.lower_]
        subj.dep_ = "nsubj"
        return True
    subj = max((c for c in kids if c.i < t.i and c.pos_ in ("PROPN", "NOUN", "PRON")), key=lambda c: c.i, default=None)
    if subj is None or any(c.i < t.i and c.pos_ in ("VERB", "AUX") for c in kids):
        return False
    t.pos_, t.tag_, t.lemma_ = "VERB", ("VBZ" if t.lower_.endswith("s") else "VBP"), forms[t.lower_]
    t.head, t.dep_ = root.head, root.dep_
    mark.head = t
    for c in kids:
        if c.i < t.i and c.i != subj.i:
            c.head = subj
    subj.head, subj.dep_ = t, "nsubj"
    root.head, root.dep_ = t, "obj"
    return True


#: words right after a past form that is also a noun ("shot") that show it is the verb: where it was aimed, or "dead"
AIMED_NEXT = frozenset({"at", "toward", "towards", "into", "dead", "on"})


def repair_ambiguous_past_root(t: Token) -> bool:
    """Repair 13h: "Israeli troops *shot* toward two Palestinians", with *shot* read as a noun, the root, and the
    troops its (passive) subject: a past form that is also a noun ("shot") is the verb when it heads a subject
    before it, has no determiner of its own ("the shot") and is followed by where it was aimed ("at", "toward",
    "into", "on") or by "dead". True when applied."""
    lemma = verb_forms().get(t.lower_)
    if lemma is None or lemma == t.lower_ or t.lower_.endswith(("s", "ing")):
        return False  # a past form only ("shot"), not "sanctions on" or "fire at"
    if t.pos_ not in ("NOUN", "PROPN") or t.dep_ not in ("ROOT", "root") or t.i + 1 >= len(t.doc) \
            or t.doc[t.i + 1].lower_ not in AIMED_NEXT:
        return False
    kids = list(t.children)
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubj:pass") and c.i < t.i), None)
    if subj is None:  # "Police *shot* at the crowd" with *Police* the noun's compound
        subj = next((c for c in kids if c.dep_ == "compound" and c.i == t.i - 1 and (
            c.tag_ in ("NNS", "NNP", "NNPS") or c.lower_ in single_word_agents())), None)
    if subj is None or any(c.dep_ in ("nmod:poss", "poss", "cop", "aux", "aux:pass", "nummod") or (
            c.dep_ == "det" and c.i > subj.i) for c in kids):
        return False
    _as_verb(t, lemma)
    for c in kids:
        if c.i < subj.i and c.dep_ in ("det", "amod", "compound"):
            c.head = subj  # "The riot police shot ...": the subject's own words
    subj.head, subj.dep_ = t, "nsubj"
    for c in kids:
        if c.i > t.i and c.dep_.startswith("nmod") and any(x.dep_ == "case" for x in c.children):
            c.dep_ = "obl"  # "toward two Palestinians"
    return True
