"""Repairs 21b and after of ``parse_repair``: verbs the model read inside a noun phrase or as a noun, mended on
the clause around them ("gunmen *shot* and killed", a verb hung on its object noun, "held *about 30* of them", a
counted noun read as a verb, an -ing root, a result word, a reported verbless clause). Repair 21 itself, the
verbless sentence rebuilt around a trigger verb, is in :mod:`lapwing.extract.events.repair_verbless`."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_forms import _RESULTS, verb_forms
from lapwing.extract.events.repair_participle import REPORTING_VERBS
from lapwing.extract.events.repair_time import _time_word as _time
from lapwing.extract.events.repair_verbless import _apply, _past_form, _plan
from lapwing.extract.events.syntax import lemma_of


def repair_coordinated_form(w: Token) -> bool:
    """Repair 21b: "On Saturday, gunmen *shot* and killed a policeman", "Masked men *shot* and wounded a
    journalist": the past form read as a noun (with the noun before it as its compound) right before
    "and" + a verb that has no subject. The word is the first verb of the pair: it takes the second
    verb's place in the tree, the noun before it is their subject, and the second verb its conjunct.
    True when applied."""
    doc, forms = w.doc, verb_forms()
    lemma = forms.get(w.lower_)
    if lemma is None or not _past_form(w.lower_, lemma) or w.pos_ not in ("NOUN", "PROPN", "ADJ") \
            or w.i + 2 >= len(doc) or doc[w.i + 1].lower_ not in ("and", "or"):
        return False
    v2 = doc[w.i + 2]
    if v2.pos_ == "VERB" and v2.head.i == w.i and v2.dep_ == "conj" and (w.dep_ in ("ROOT", "root") or _reported(w)) \
            and not any(c.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:pass", "mark") for c in v2.children):
        # the noun is already the root with the verb its conjunct ("a police officer accidentally *shot* and
        # killed ..."): it is the first verb, and the noun compound before it their subject
        # (the last compound: "A police *officer* shot and wounded ...", the words before it its own)
        subj = max((c for c in w.children if c.dep_ == "compound" and c.i < w.i and c.pos_ in ("NOUN", "PROPN")
                    and not _time(c)), key=lambda c: c.i, default=None)
        if subj is None or any(c.dep_ in ("det", "nmod:poss", "nummod") and c.i > subj.i for c in w.children if c.i < w.i):
            return False
        w.pos_, w.tag_, w.lemma_ = "VERB", "VBD", lemma
        subj.dep_ = "nsubj"
        for c in [c for c in w.children if c.dep_ in ("amod", "compound", "det", "nummod") and c.i < subj.i]:
            c.head = subj  # "[Afghan] soldiers shot and ...", "[A police] officer shot and ..."
        if w.dep_ == "nsubj":  # (the clause before "..., the army said" read as the sayer)
            w.dep_ = "ccomp"
        return True
    if v2.pos_ != "VERB" or v2.tag_ not in ("VBD", "VBN") or v2.head.i == w.i or any(
            c.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:pass", "mark") for c in v2.children):
        return False
    k = w.i - 1  # an adverb of the word may stand between ("a police officer *accidentally* shot and killed ...")
    while k > w.sent.start and doc[k].pos_ == "ADV" and doc[k].head.i == w.i:
        k -= 1
    subj = doc[k] if k >= w.sent.start and k < w.i else None
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or _time(subj) \
            or any(c.dep_ in ("det", "nmod:poss", "nummod") and c.i < w.i for c in w.children):
        return False  # "the shot and ...", "his shot and ..."
    # the noun before the word is the root the pair hangs on ("[Masked men] shot and wounded ...")
    noun_root = subj.dep_ in ("ROOT", "root") and w.head.i == subj.i and v2.head.i == subj.i
    if not noun_root and (subj.head.i not in (w.i, v2.i) or subj.dep_ not in ("compound", "nsubj", "amod", "nmod")):
        return False
    below_w = {x.i for x in w.subtree}
    if not noun_root and v2.dep_ not in ("ROOT", "root") and v2.head.i in below_w:
        return False
    root = noun_root or v2.dep_ in ("ROOT", "root")
    moved = [c for c in v2.children if c.i < w.i]  # "On Saturday" hung on the second verb
    if noun_root:
        moved += [c for c in subj.children if c.i > w.i and c.i != v2.i]  # the final stop
    head, dep = (w, "ROOT") if root else (v2.head, v2.dep_)
    w.pos_, w.tag_, w.lemma_ = "VERB", "VBD", lemma
    w.head, w.dep_ = head, dep
    v2.head, v2.dep_ = w, "conj"
    doc[w.i + 1].head, doc[w.i + 1].dep_ = v2, "cc"
    subj.head, subj.dep_ = w, "nsubj"
    for c in moved:
        c.head = w
    for c in list(w.children):
        if c.i > w.i + 2 and c.dep_ not in ("punct",):
            c.head = v2
    return True


def _reported(w: Token) -> bool:
    """Repair 88: "Iraqi insurgents *shot* and killed three policemen ..., officials said": the pair's noun reading
    is the complement of a reporting verb after it (or read as its subject, the sayer being a later subject)."""
    say = w.head
    if say.i <= w.i or lemma_of(say) not in REPORTING_VERBS:
        return False
    return w.dep_ in ("ccomp", "parataxis") or (w.dep_ == "nsubj" and any(
        c.dep_ == "nsubj" and c.i > w.i for c in say.children))


def _verb_above(n: Token) -> Token | None:
    h = n
    while h.head.i != h.i:
        h = h.head
        if h.pos_ == "VERB":
            return h
    return None


def repair_verb_on_noun(v: Token) -> bool:
    """Repair 21c: the second verb of "X verb1 Y and verb2 Z" hung on a noun. "Police used mild force *and
    detained* dozens of workers" (*detained* read as an adjective on *dozens*), "Police baton-charged the
    marchers on Sunday *and held* about 30 of them" (*held* a conjunct of *marchers*): a verb is no
    conjunct or modifier of a noun, so it is the conjunct of the verb above that noun, and the noun it
    modified (or a bare number after it) its object. True when applied."""
    doc, forms = v.doc, verb_forms()
    if v.i < 2 or doc[v.i - 1].lower_ not in ("and", "or") or v.lower_ not in forms:
        return False
    if v.pos_ not in ("VERB", "ADJ") or any(c.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:pass", "mark") for c in v.children):
        return False
    n = v.head
    if n.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") or n.i == v.i:
        return False
    v1 = _verb_above(n)
    if v1 is None or v1.i > v.i or v1.i in {x.i for x in v.subtree}:
        return False
    if v.dep_ == "amod" and n.i > v.i and n.dep_ == "obj" and n.head.i == v1.i:
        obj = n  # "and detained [dozens of workers]"
    elif v.dep_ == "amod" and n.i > v.i and n.dep_ == "conj" and n.head.dep_ in ("obj", "dobj") and n.head.head.i == v1.i:
        obj = n  # "broke up a demonstration ... and detained [six of their leaders]", *six* a conjunct of the object
    elif v.dep_ == "conj" and n.i < v.i and n.dep_ == "obj" and n.head.i == v1.i:
        obj = None  # "held" hangs on the first verb's object
    else:
        return False
    v.pos_, v.tag_, v.lemma_ = "VERB", "VBD", forms[v.lower_]
    v.head, v.dep_ = v1, "conj"
    doc[v.i - 1].head, doc[v.i - 1].dep_ = v, "cc"
    if obj is not None:
        obj.head, obj.dep_ = v, "obj"
    elif not any(c.dep_ in ("obj", "dobj") for c in v.children):
        num = next((c for c in v.children if c.i > v.i and c.pos_ == "NUM" and c.dep_.startswith("obl")
                    and not any(x.dep_ == "case" for x in c.children)), None)
        if num is not None:
            num.dep_ = "obj"  # "held about 30 of them"
    return True


def repair_number_object(n: Token) -> bool:
    """Repair 21d: "held *about 30* of them", "rounded up *more than 60* of them": a bare number right after a
    verb that has no object, read as an oblique (it has no preposition), is the verb's object. True when
    applied."""
    v = n.head
    if n.pos_ != "NUM" or not n.dep_.startswith("obl") or v.pos_ != "VERB" or n.i < v.i or n.i - v.i > 4:
        return False
    if any(c.dep_ == "case" for c in n.children) or any(c.dep_ in ("obj", "dobj") for c in v.children):
        return False
    if any(not (t.pos_ in ("ADV", "ADP", "ADJ") or t.dep_ in ("compound:prt", "advmod")) for t in v.doc[v.i + 1:n.i]):
        return False
    n.dep_ = "obj"
    return True


#: children that make a word a verb of its own clause (its subject, auxiliary, marker or copula)
_OWN_CLAUSE = frozenset({"nsubj", "nsubj:pass", "csubj", "aux", "aux:pass", "mark", "cop", "expl"})


def repair_counted_noun_as_verb(t: Token) -> bool:
    """Repair 21e: "arrested two *suspects*" with the plural noun tagged a verb (VBZ) under its number: a verb
    takes no number, so it is a noun, the object of the verb above it when that verb has none. True when
    applied."""
    nums = [c for c in t.children if c.i < t.i and (c.dep_ == "nummod" or (
        c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ == "NUM" and c.i == t.i - 1))]  # ("two" read as its subject)
    if t.pos_ != "VERB" or t.tag_ != "VBZ":
        return False
    before = t.doc[t.i - 1] if t.i else None
    if not nums and before is not None and before.pos_ == "NUM" and before.dep_ == "obj" and before.head.i == t.head.i < before.i \
            and t.dep_ in ("xcomp", "ccomp", "advcl", "dep", "conj", "parataxis") \
            and not any(c.dep_ in _OWN_CLAUSE for c in t.children):
        # repair 126: "shot dead *two* suspects" with the number the verb's object and the noun a clause of its own
        nums = [before]
        before.head = t
        for c in t.children:
            if c.i > t.i and c.dep_ in ("obl", "obl:tmod", "obl:npmod"):
                c.dep_ = "nmod"
    if t.pos_ != "VERB" or t.tag_ != "VBZ" or not nums:
        return False
    for c in nums:
        c.dep_ = "nummod"
    t.pos_, t.tag_ = "NOUN", "NNS"
    h = t.head
    if t.dep_ in ("xcomp", "ccomp", "advcl", "dep") and h.pos_ == "VERB" and h.i < t.i \
            and not any(c.dep_ in ("obj", "dobj") for c in h.children):
        t.dep_ = "obj"
    return True


def repair_participle_root(g: Token) -> bool:
    """Repair 21f: "A criminal *carrying* a reward on his head *was shot* dead ...": an -ing participle that
    describes the subject read as the main verb, and the real main verb (with its own auxiliary and no
    subject) hung on it as a conjunct. The later verb is the root, the noun its subject, the participle
    the noun's modifier. True when applied."""
    if g.tag_ != "VBG" or g.dep_ not in ("ROOT", "root") or any(c.dep_ in ("aux", "aux:pass", "cop", "mark") for c in g.children):
        return False
    subj = next((c for c in g.children if c.dep_ == "nsubj" and c.i < g.i and c.pos_ in ("NOUN", "PROPN")), None)
    if subj is None or subj.i != g.i - 1:
        return False
    main = next((c for c in g.children if c.dep_ in ("conj", "ccomp", "parataxis") and c.pos_ == "VERB" and c.i > g.i
                 and any(x.dep_ in ("aux", "aux:pass") for x in c.children)
                 and not any(x.dep_ in ("nsubj", "nsubj:pass", "cc", "mark") for x in c.children)), None)
    if main is None:
        return False
    passive = any(x.dep_ == "aux:pass" for x in main.children)
    later = [c for c in g.children if c.i > main.i]
    main.head, main.dep_ = main, "ROOT"
    subj.head, subj.dep_ = main, "nsubj:pass" if passive else "nsubj"
    g.head, g.dep_ = subj, "acl"
    for c in later:  # the final stop
        c.head = main
    return True


def repair_result_word(r: Token) -> bool:
    """Repair 21g: "Police shot *dead* a robber" with *dead* hung on the verb as a modifier (or on the victim):
    the result word right after a verb of violence is the verb's complement (``xcomp``), which the
    "shot dead" frames read. True when applied."""
    v = r.doc[r.i - 1] if r.i > 0 else None
    if v is None or r.lower_ not in _RESULTS or v.pos_ != "VERB" or r.dep_ == "xcomp" or r.lower_ == "down":
        return False
    if r.head.i != v.i and not (r.head.i > r.i and r.head.head.i == v.i):
        return False
    r.head, r.dep_ = v, "xcomp"
    return True




def repair_reported_verbless(say: Token) -> bool:
    """Repair 21h: repair 21 on a reported clause ("A Metropolitan Police officer *shot* dead a street vendor
    during a raid, the directorate said", "Police *shot* dead two robbers in Lagos, a spokesman said"): the
    clause before the comma of a closing "..., X said" has no verb of its own, its past form read as a noun.
    The clause is rebuilt as in repair 21 and becomes the reporting verb's complement. ``say`` is the
    reporting verb at the root. True when applied."""
    doc, forms = say.doc, verb_forms()
    sent = say.sent
    if lemma_of(say) not in REPORTING_VERBS or say.dep_ not in ("ROOT", "root"):
        return False
    own = max((c for c in say.children if c.dep_ == "nsubj"), key=lambda c: c.i, default=None)  # the sayer
    if own is None or own.i > say.i:
        return False
    comma = own.left_edge.i - 1
    if comma <= sent.start + 2 or doc[comma].text != ",":
        return False
    clause = doc[sent.start:comma]
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound", "acl") for t in clause):
        return False
    for w in clause:
        lemma = forms.get(w.lower_)
        if lemma is None or (w.pos_ not in ("NOUN", "PROPN", "ADJ") and not (w.pos_ == "VERB" and w.dep_ in ("amod", "acl"))) \
                or not _past_form(w.lower_, lemma) \
                or w.i == clause.start or w.i + 1 >= clause.end:
            continue
        plan = _plan(clause, w, lemma)
        if plan is None:
            continue
        _apply(w, lemma, plan)
        w.head, w.dep_ = say, "ccomp"
        doc[comma].head, doc[comma].dep_ = say, "punct"
        return True
    return False


def repair_swapped_headline_verb(r: Token) -> bool:
    """Repair 54: the headline "Italy *launches* airstrikes on Houthi positions" read with *launches* a plural noun,
    the subject of *airstrikes* tagged as the verb: a root tagged as a present verb that is no verb's form, whose
    subject right before it is a verb's -s form with the name before it: the two swap (the -s form is the verb,
    the name its subject, the root its object). True when applied."""
    forms = verb_forms()
    doc = r.doc
    if r.dep_ not in ("ROOT", "root") or r.tag_ != "VBZ" or r.lower_ in forms or r.i < 2:
        return False
    n = doc[r.i - 1]
    if n.head.i != r.i or n.dep_ not in ("nsubj", "nsubj:pass") or n.tag_ != "NNS" or forms.get(n.lower_) is None \
            or not n.lower_.endswith("s"):
        return False
    subj = next((c for c in n.children if c.i == n.i - 1 and c.dep_ in ("compound", "nmod:poss", "amod")
                 and c.pos_ in ("PROPN", "NOUN")), None)
    if subj is None:
        return False
    n.head, n.dep_, n.pos_, n.tag_, n.lemma_ = n, "ROOT", "VERB", "VBZ", forms[n.lower_]
    for c in list(n.children):
        if c.i < subj.i and c.dep_ in ("det", "amod", "compound", "nmod:poss"):
            c.head = subj
    subj.head, subj.dep_ = n, "nsubj"
    kids = [c for c in r.children if c.i > r.i]
    r.head, r.dep_, r.pos_, r.tag_ = n, "obj", "NOUN", "NNS"
    r.lemma_ = r.lower_[:-1] if r.lower_.endswith("s") else r.lower_
    for c in kids:
        if c.dep_.startswith("obl"):
            c.dep_ = "nmod"  # "airstrikes *on Houthi positions*"
    for c in doc[r.i + 1:r.sent.end]:
        if c.head.i == r.i and c.dep_ == "punct":
            c.head = n
    return True


def repair_past_form_conjunct(w: Token) -> bool:
    """Repair 63: "Supporters ... blocked roads near Juliaca and Puno *and clashed* with riot police": a past form
    read as an adjective or noun joined by "and" to the last noun of the verb before it (or to that verb), with an
    oblique or an object of its own, is that verb's conjunct (a past verb sharing its subject). True when
    applied."""
    forms = verb_forms()
    lemma = forms.get(w.lower_)
    if lemma is None or not _past_form(w.lower_, lemma) or w.pos_ not in ("ADJ", "NOUN") or w.dep_ != "conj" \
            or w.head.pos_ not in ("NOUN", "PROPN", "VERB") or w.head.i > w.i:
        return False
    kids = list(w.children)
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "but") for c in kids) or any(
            c.dep_ in ("nsubj", "nsubj:pass", "det", "amod", "nummod", "nmod:poss", "case") for c in kids):
        return False
    if not any(c.i > w.i and (c.dep_.startswith("obl") or c.dep_ in ("obj", "dobj")) for c in kids):
        return False
    v = w.head
    while v.dep_ not in ("ROOT", "root") and v.pos_ != "VERB" and v.head.i != v.i:
        v = v.head
    if v.pos_ != "VERB" or v.tag_ not in ("VBD", "VBZ", "VBP") or v.i > w.i \
            or not any(c.dep_ in ("nsubj", "nsubj:pass") for c in v.children):
        return False
    w.pos_, w.tag_, w.lemma_ = "VERB", "VBD", lemma
    w.head, w.dep_ = v, "conj"
    return True
