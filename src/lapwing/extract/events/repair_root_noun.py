"""Repairs 2, 3 and 6 of ``parse_repair``: a sentence whose root is a noun with the verb hung under it. 2: a past
form read as a modifier (``amod`` / ``acl``) of the root noun before it; 3: a verb read as a clause (``acl``) on the
root noun; 6: "Saudi warplanes *bombed* Sanaa on Friday" read as a verbless noun phrase with the verb inside it. The
verb becomes the root and the noun its subject or object (the module docstring of ``parse_repair`` describes each).
Repair 235 (session 31, ``_subject_place``): repair 2 past a subject's own place phrase ("Police *in Bangladesh* fired").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from lapwing.extract.events.repair_candidates import FINITE
from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_participle import _ADJ_PARTICIPLES
from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.syntax import _cases

_NOMINAL = {"PROPN", "NOUN", "ADJ", "NUM", "CCONJ", "PUNCT", "X"}
_REL = {"WDT", "WP", "WP$"}


def _verb_over_noun(v: Token, root: Token, sent: Span, dep: str) -> bool:
    """Make ``v`` the root of ``sent``, the old root noun its ``dep`` and the final stop its own."""
    _set_head(v, v, "ROOT")
    _set_head(root, v, dep)
    for c in list(root.rights):
        if c.dep_ == "punct" and c.i == sent.end - 1:
            _set_head(c, v, "punct")
    return True


def _repair_amod(root: Token, sent: Span) -> bool:
    """Repair 2: returns True when applied."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    verbs = [c for c in root.lefts if c.dep_ in ("amod", "acl") and c.pos_ == "VERB" and c.tag_ in ("VBD", "VBN")]
    if len(verbs) != 1:
        return False
    v = verbs[0]
    has_subj = any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < v.i for c in v.children)
    if has_subj and not any(c.i > v.i for c in v.children):
        # "The US *reduced* military aid": the parser gave the verb its subject already
        return _verb_over_noun(v, root, sent, "obj")
    if has_subj and any(c.dep_ in ("obj", "dobj") and c.i > v.i for c in v.children) \
            and max(c.i for c in v.subtree) < root.i:
        # "The U.S. military *launched* air strikes on [Syrian government-backed] troops": a whole
        # clause (subject, verb, object) hung as a modifier on the last noun of its own oblique;
        # the verb heads the sentence and the stranded noun is left as an unlabelled dependent
        return _verb_over_noun(v, root, sent, "dep")
    nsubj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < v.i), None)
    if nsubj is not None and not any(c.dep_ in ("cop", "aux") for c in root.children) and v.lower_ not in _ADJ_PARTICIPLES \
            and sent.doc[v.i - 1].lower_ not in ("have", "has", "had"):
        # "A court in Ankara *issued* arrest warrants for ...": a noun root has no subject without a
        # copula, so the subject the parser gave it is the verb's
        _set_head(nsubj, v, "nsubj")
        return _verb_over_noun(v, root, sent, "obj")
    before = [c for c in root.lefts if c.i < v.i]
    if not before and v.tag_ == "VBN":
        # repair 151: "VARANASI: [Police] [lathi-charged] students ...": the subject hung on the participle itself
        # as its compound; a lone bare noun right before the verb, with nothing else before it in the sentence
        hung = [c for c in v.lefts]
        if len(hung) == 1 and hung[0].dep_ == "compound" and hung[0].pos_ in ("NOUN", "PROPN") \
                and hung[0].i == v.i - 1 and hung[0].i == sent.start and not list(hung[0].children):
            before = hung
    if not before or any(c.i >= v.i for c in v.subtree if c is not v):
        return False
    place = _subject_place(before[-1], v)  # repair 235: "Police *in Bangladesh* fired ..."
    words = [sent.doc[i] for i in range(sent.start, v.i) if i not in place]
    if len(words) >= 2 and words[0].lower_ == "the" and words[1].pos_ == "PROPN":
        words = words[1:]  # "*The* U.S. lifted sanctions": the article of a name, not of the noun phrase
    if not words or (words[0].pos_ not in ("PROPN", "NOUN") and not (words[0].pos_ == "ADJ" and words[0].ent_type_ == "NORP")) \
            or any(w.pos_ not in _NOMINAL for w in words):  # ("*French* fighter jets bombed ...": a nationality first)
        return False
    if any(w.dep_ in ("det", "nmod:poss", "poss", "case") for w in words):
        return False
    subj = before[-1]
    if subj.pos_ not in ("PROPN", "NOUN"):
        return False
    _set_head(v, v, "ROOT")
    _set_head(root, v, "obj")
    _set_head(subj, v, "nsubj")
    for c in before[:-1]:
        _set_head(c, subj, c.dep_)
    for c in list(root.rights):
        if c.dep_ == "punct" and c.i == sent.end - 1:
            _set_head(c, v, "punct")
    return True


#: the prepositions of a place phrase on a subject noun ("police *in* Bangladesh", "troops *from* Chad")
_PLACE_CASES = frozenset({"in", "from", "at"})


def _subject_place(subj: Token, v: Token) -> set[int]:
    """Repair 235: the words of a place name hung on the subject noun right before the past form ("Police *in
    Bangladesh* fired rubber bullets ...", "Troops *in northern Mali* shelled ..."), read with the verb as a modifier
    of its own object. A subject's place phrase does not make the phrase before the verb a noun phrase of its own (a
    determiner or possessor there still does: "the police's fired ..."); its words are left out of that test and stay
    on the subject. Empty when there is none."""
    for c in subj.children:
        if c.dep_ != "nmod" or c.i < subj.i or c.pos_ != "PROPN" or c.right_edge.i != v.i - 1:
            continue
        case = [x for x in c.children if x.dep_ == "case"]
        if len(case) == 1 and case[0].lower_ in _PLACE_CASES and case[0].i == subj.i + 1 \
                and c.ent_type_ in ("GPE", "LOC", ""):
            return {t.i for t in c.subtree}
    return set()


def _takes_complement(v: Token) -> bool:
    """An object or a to-clause: "A spokesman for the government *called* on Serbia *to release* ..." is
    a verb with its own complements, not a participle describing the noun before it."""
    return any(c.dep_ in ("obj", "dobj") or (c.dep_ in ("advcl", "xcomp") and any(
        x.dep_ == "mark" and x.lower_ == "to" for x in c.children)) for c in v.children)


#: verbs that take a gerund as their object ("denied using force", "admitted beating him")
_GERUND_GOVERNORS = frozenset({"denied", "admitted", "avoided", "stopped", "resumed"})


def _repair_gerund_governor(root: Token, sent: Span) -> bool:
    """Repair 152: "CITY: The police *denied using* force against ...", read as the noun phrase "the police" with
    two reduced relatives ("denied", "using") hung on it. A participle of a verb that takes a gerund, with nothing
    of its own and the -ing form right after it hung on the same noun, is the sentence's verb: the noun its subject,
    the -ing form its complement (so that the denial governs what is denied). True when applied."""
    doc = sent.doc
    for v in root.rights:
        if v.dep_ != "acl" or v.lower_ not in _GERUND_GOVERNORS or list(v.children) or v.i + 1 >= sent.end:
            continue
        g = doc[v.i + 1]
        if g.tag_ != "VBG" or g.head.i != root.i or g.dep_ not in ("acl", "amod"):
            continue
        if any(t.pos_ in ("VERB", "AUX") and t.i < v.i for t in sent) or root.i != v.i - 1:
            return False
        v.pos_, v.tag_ = "VERB", "VBD"
        _verb_over_noun(v, root, sent, "nsubj")
        _set_head(g, v, "xcomp")
        return True
    return False


def _repair_acl(root: Token, sent: Span) -> bool:
    """Repair 3: returns True when applied (first repair 152, above)."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    if _repair_gerund_governor(root, sent):
        return True
    first = next((t for t in sent if not t.is_punct), None)
    if first is None or root.left_edge.i != first.i:
        return False
    # a past participle with a direct object is no reduced passive relative ("The minister brushed
    # aside the criticism", once the particle is repaired)
    # ... nor is the only verb of a full sentence ("Sri Lanka's opposition called for early elections.")
    # (verbs of a relative clause aside: "Italy called for a ceasefire, *a move that angered* its neighbours")
    # (217, round 55: a name word read as a verb, "The *United* Nations called on ...", is no verb of its own)
    lone = sent[-1].text in (".", "!") and sum(t.pos_ in ("VERB", "AUX") and not _in_relative(t) and not (
        t.dep_ == "amod" and t.tag_ == "NNP") for t in sent) == 1
    # ("Osmonov, speaking by telephone, *urged* soldiers to ...": the verb after a participle aside hung on the name
    # as a parataxis)
    verbs = [c for c in root.rights if c.pos_ == "VERB" and c.tag_ in FINITE and (c.dep_ == "advcl" or (
        c.dep_ == "parataxis" and _after_aside(root, c)))] or [
        c for c in root.rights if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and (
        c.tag_ in FINITE or (c.tag_ == "VBN" and c.left_edge.i == _name_end(root) + 1 and (
            lone or any(x.dep_ == "obj" for x in c.children) or _only_clause(c, sent) or _noun_past_conjunct(root, c))
        or (c.tag_ == "VBN" and _takes_complement(c) and _after_aside(root, c))))]  # ("rebels loyal
    # to the former vice president *freed* prisoners": a verbless sentence's finite verb read as its clause)
    if not verbs and root.i + 1 < sent.end:
        # "Demonstrators *clashed* with riot police.", "Thousands of rock-throwing rioters *clashed* with
        # troops": a trigger verb's past form read as an adjective after the noun phrase, in a full
        # sentence without any other verb (an -ing or -ed modifier inside the noun phrase aside)
        c = next((x for x in root.rights if x.dep_ in ("amod", "acl") and x.lower_.endswith("ed")), None)
        lemma = verb_forms().get(c.lower_) if c is not None else None
        if c is not None and lemma and sent[-1].text == ".":
            below = {x.i for x in c.subtree}
            phrase = set(range(root.left_edge.i, c.i))
            inside = all(_under(sent.doc[j], root, c) for j in range(root.i + 1, c.i))
            others = [t for t in sent if t.pos_ in ("VERB", "AUX") and t.i not in below
                      and not (t.i in phrase and t.dep_ in ("amod", "acl") and t.tag_ in ("VBG", "VBN"))
                      and not _second_clause(t, root)]
            if inside and not others:
                c.pos_, c.tag_, c.lemma_ = "VERB", "VBD", lemma
                verbs = [c]
    if not verbs:
        # "Fighters loyal to the government *seized* the town": the finite verb hung on the last noun of
        # the subject's own phrase, the only verb of the sentence
        nested = [c for c in sent if c.dep_ == "acl" and c.pos_ == "VERB" and (c.tag_ == "VBD" or (c.tag_ == "VBN" and (
                      lone or (sent[-1].text == "." and (_takes_complement(c) or _past_conjunct(c))))))
                  and (c.head.i > root.i or (c.head.i == root.i and _past_conjunct(c))) and _under(c.head, root, c)
                  and not any(x.dep_ in ("aux", "aux:pass", "obl:agent") for x in c.children)]
        if len(nested) == 1:
            below = {x.i for x in nested[0].subtree}
            # (a name word read as a verb, "The *United* States", is no clause of its own)
            if not any(t.pos_ in ("VERB", "AUX") and t.i not in below and not (t.dep_ == "amod" and t.tag_ == "NNP")
                       for t in sent):
                verbs = nested
    if len(verbs) != 1:
        return False
    v = verbs[0]
    if any(c.dep_ in ("nsubj", "nsubj:pass", "mark", "expl") or c.tag_ in _REL for c in v.children):
        return False
    _set_head(v, v, "ROOT")
    if v.tag_ == "VBN":
        v.tag_ = "VBD"
    _set_head(root, v, "nsubj")
    for c in list(root.rights):
        if c.i > v.i:
            _set_head(c, v, c.dep_)
    return True


def _past_conjunct(v: Token) -> bool:
    """A past tense joined to ``v`` with no subject of its own ("The US, Britain and the EU *called* for his release
    *and urged* the government to ..."): ``v`` is the first verb of a finite pair, not a participle on the last name."""
    return any(c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ == "VBD" and c.i > v.i
               and not any(x.dep_ in ("nsubj", "nsubj:pass", "expl") for x in c.children) for c in v.children)


def _noun_past_conjunct(root: Token, v: Token) -> bool:
    """Repair 120: "Troops *surrounded* and then attacked the camp" read as the noun "Troops" with a participle
    (*surrounded*) and a conjunct verb (*attacked*): a past tense joined by "and" to the noun after ``v``, with no
    subject of its own, makes ``v`` the first verb of a finite pair (the noun their subject)."""
    return any(c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ == "VBD" and c.i > v.i
               and any(x.dep_ == "cc" and x.lower_ == "and" and v.i < x.i for x in c.children)
               and not any(x.dep_ in ("nsubj", "nsubj:pass", "expl", "aux", "aux:pass") for x in c.children)
               for c in root.children)


def _after_aside(root: Token, v: Token) -> bool:
    """Only a participle phrase set off by commas stands between the name and ``v`` ("Opposition leader X,
    *speaking by telephone from hiding,* called on soldiers to ..."): the verb follows the name as in repair 3."""
    doc, e = root.doc, _name_end(root)
    if e + 1 < v.i and doc[e + 1].dep_ == "appos" and doc[e + 1].head.i == root.i and doc[e + 1].pos_ == "PROPN":
        e = doc[e + 1].right_edge.i  # "Opposition leader *Maria Lenz*" with the name an apposition
    aside = next((x for x in (*root.rights, *v.lefts) if x.dep_ in ("acl", "parataxis", "dep", "advcl")
                  and x.tag_ in ("VBG", "VBN") and e + 1 < x.i < v.i), None)
    if aside is None or doc[e + 1].text != "," or doc[v.i - 1].text != ",":
        return False
    inside = {x.i for x in aside.subtree}
    return all(j in inside or doc[j].text == "," for j in range(e + 1, v.i))


def _in_relative(t: Token) -> bool:
    """Is ``t`` in a relative clause introduced by a relative word ("a move *that* angered ...")?"""
    return any(a.dep_ in ("acl", "acl:relcl", "relcl") and any(
        c.dep_ in ("nsubj", "nsubj:pass", "obj", "mark") and c.lower_ in ("that", "which", "who", "whom") and c.i < a.i
        for c in a.children) for a in (t, *t.ancestors))


def _second_clause(t: Token, root: Token) -> bool:
    """A clause of its own joined to the sentence after a comma and "and" ("..., and three people were
    injured"), or one of its auxiliaries: it does not make the first part a full sentence."""
    v = t.head if t.pos_ == "AUX" and t.dep_ in ("aux", "aux:pass") else t
    return v.dep_ == "conj" and v.head.i == root.i and any(c.dep_ in ("nsubj", "nsubj:pass") for c in v.children) \
        and any(c.dep_ == "cc" for c in v.children)


def _under(t: Token, root: Token, stop: Token) -> bool:
    """``t`` belongs to ``root``'s own phrase: its heads lead to ``root`` without passing ``stop``."""
    for _ in range(12):
        if t.i == root.i:
            return True
        if t.i == stop.i or t.head.i == t.i:
            return False
        t = t.head
    return False


def _name_end(root: Token) -> int:
    """The last token of ``root`` and the name words right after it ("Opposition figure *Karl
    Brandt*")."""
    end = root.i
    doc = root.doc
    while end + 1 < len(doc) and doc[end + 1].head.i == root.i and doc[end + 1].dep_ in ("flat", "flat:name"):
        end += 1
    if end + 1 < len(doc) and doc[end + 1].lower_ == "and":
        # "German Chancellor Olaf Scholz *and Chinese President Xi Jinping* met": a second name joined to the
        # first (its last name words may hang on the first name: "Jinping" as a dependent of "Scholz")
        conj = next((c for c in root.children if c.dep_ == "conj" and c.i > end + 1 and c.pos_ == "PROPN"), None)
        if conj is not None:
            end = conj.right_edge.i
            while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].head.i in (root.i, conj.i) \
                    and doc[end + 1].dep_ in ("dep", "flat", "flat:name", "compound", "appos"):
                doc[end + 1].head, doc[end + 1].dep_ = conj, "flat"
                end += 1
    return end


def _only_clause(v: Token, sent: Span) -> bool:
    """``v`` holds every other verb of the sentence below it and has no by-agent ("The party chief
    *called* on supporters to gather at the palace"): no reduced relative, which would leave the
    sentence without a verb of its own ("soldiers killed in the attack *were buried*")."""
    below = {t.i for t in v.subtree}
    return all(t.i in below for t in sent if t.pos_ in ("VERB", "AUX")) and not any(
        c.dep_.startswith("obl") and "by" in _cases(c) for c in v.children)


def _repair_verb_on_object(root: Token, sent: Span) -> bool:
    """Repair 6: "Saudi warplanes *bombed* Sanaa on Friday" parsed as a verbless noun phrase with the
    verb as an adjective on the next noun ("[bombed] Sanaa"). In a sentence without a main verb, a
    past-tense verb (VBD; or VBN right after a comma that closes a relative clause of the subject)
    that modifies the noun right after it, and follows the subject noun phrase, becomes the root:
    the sentence's root noun its subject, the modified noun its object. Returns True when applied."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    doc = sent.doc
    for v in sent:
        if v.pos_ != "VERB" or v.dep_ != "amod" or v.i <= root.i or v.head.i != v.i + 1:
            continue
        prev = doc[v.i - 1]
        if not (v.tag_ == "VBD" or (v.tag_ == "VBN" and prev.text == ","
                                   and any(c.dep_ in ("acl:relcl", "relcl") for c in root.children))):
            continue
        if prev.text != "," and prev.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(c.i < v.i for c in v.children):
            continue
        obj = v.head
        if obj.pos_ not in ("NOUN", "PROPN"):
            continue
        _set_head(v, v, "ROOT")
        _set_head(root, v, "nsubj")
        _set_head(obj, v, "obj")
        for c in list(root.children):
            if c.i > obj.i and c.dep_ != "acl:relcl":
                _set_head(c, v, "obl" if c.dep_.startswith("nmod") else c.dep_)
        return True
    return False
