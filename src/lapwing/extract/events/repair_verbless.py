"""Repair 21 of ``parse_repair``: a verbless sentence rebuilt around the past form of a trigger verb
(or a headline's present form, 21p).

"A sniper *shot* a soldier at the checkpoint", "Police *shot* dead two robbers", "Gunmen on Saturday
*shot* dead a policeman", "On Saturday night, gunmen *shot* and killed a policeman": the model reads
"shot" (also a noun: "a shot") as a noun, and each sentence comes out as a different noun phrase,
so the repairs that look for one misparse shape each miss most of them. This repair does not look
at the wrong tree: when a sentence still has no verb at its root after the other repairs, and one
word in it is the past form of a trigger verb standing between a bare noun phrase (its subject) and
an object, a result word ("dead") or a coordinated verb ("and killed"), the sentence is re-read as

    [fronted phrase ,] subject [time phrase] [-ly adverbs] VERB [dead | and VERB2] object [and object] [rest]

Every phrase keeps the links the parser made inside it; each phrase's head is hung on the verb
(subject ``nsubj``, object ``obj``, the time and fronted phrases and the rest ``obl``). The sentence
is left alone when any part does not fit (a determiner or number right before the word, "a shot";
another verb; no object), and when the new links would not form a tree.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from lapwing.extract.events.lexicon_loader import single_word_agents
from lapwing.extract.events.repair_adverb_phrase import adverbs_before
from lapwing.extract.events.repair_forms import _RESULTS, verb_forms
from lapwing.extract.events.repair_time import _time_word as _time

_TIME_LEAD = {"on", "late", "early", "earlier", "last", "this", "overnight", "later"}
_NP = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "PRON"}
_SUBJ_PRONOUNS = {"he", "she", "they", "we", "i"}
_OBJ_PRONOUNS = {"him", "her", "them", "us", "me"}
_NP_PUNCT = {"-", "'", "’"}
_CURRENCY = {"$", "€", "£", "¥"}


def _past_form(form: str, lemma: str) -> bool:
    """A past form ("shot", "bombed", "seized"), not the base, -s or -ing form of the verb."""
    if form == lemma or form.endswith("ing"):
        return False
    return not (form.endswith("s") and form[:-1].rstrip("e") in (lemma, lemma.rstrip("e")))


def _headline_present(v: Token, lemma: str) -> bool:
    """A headline's present tense ("Japan's defence ministry *deports* hundreds of migrants", "Germany
    *boycotts* the summit"): the -s form of the verb right after a noun or a name (never after a
    determiner, number or adjective: "the attacks", "Israeli strikes")."""
    low = v.lower_
    prev = v.doc[v.i - 1]
    if low == lemma:  # the base form after a plural subject: "Bucharest and Chisinau *sign* gas deal"
        return _coordinated_subject(v) is not None or (prev.tag_ in ("NNS", "NNPS") and prev.pos_ in ("NOUN", "PROPN"))
    if not low.endswith("s") or low.endswith("ss") or low[:-1].rstrip("e") not in (lemma, lemma.rstrip("e")):
        return False
    return prev.pos_ in ("NOUN", "PROPN") and prev.tag_ not in ("NNS", "NNPS") and prev.lower_ not in ("police", "people") \
        or (prev.pos_ == "ADJ" and _agent_word(prev.lower_))  # "the Sudanese *military* bombs ..."


def _coordinated_subject(v: Token) -> tuple[int, int] | None:
    """``(start, joiner)`` of two names joined by "and" or a comma right before ``v`` and opening the sentence
    ("Bucharest and Chisinau sign ...", "DRC, M23 resume ..."), or None."""
    doc, start = v.doc, v.sent.start
    k = v.i - 1
    while k > start and doc[k].pos_ == "PROPN":
        k -= 1
    if k == v.i - 1 or k <= start or doc[k].lower_ not in ("and", ","):
        return None
    j = k - 1
    while j >= start and doc[j].pos_ == "PROPN":
        j -= 1
    return (j + 1, k) if j + 1 == start and j + 1 < k else None


def _agent_word(lower: str) -> bool:
    return lower in single_word_agents()  # the actors lexicon's agent words


def _np_word(t: Token) -> bool:
    if t.pos_ == "VERB" and t.dep_ in ("amod", "compound") and t.tag_ in ("VBN", "VBG", "JJ"):
        return True  # "a *suspected* robber", "the *wanted* man", "*ruling* party chief"
    return (t.pos_ in _NP and t.tag_ != "WP" and not (t.pos_ == "PRON" and t.lower_ in ("that", "which", "who"))) \
        or t.text in _NP_PUNCT or (t.lower_ == "of" and t.pos_ == "ADP") or _place_of_noun(t) \
        or (t.pos_ == "SYM" and t.text in _CURRENCY)  # "pledges *$*50 million"


def _place_of_noun(t: Token) -> bool:
    """"Police *in* Nairobi", "farmers *in* Cusco": a place name's "in" right after a noun is part of its phrase."""
    doc = t.doc
    return t.lower_ == "in" and t.pos_ == "ADP" and 0 < t.i < len(doc) - 1 and doc[t.i - 1].pos_ == "NOUN" \
        and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].head.i != t.i - 2


def _np_end(sent: Span, j: int) -> int:
    """End (exclusive) of the bare noun phrase starting at ``j``, or ``j`` when none starts there."""
    k = j
    while k < sent.end and _np_word(sent.doc[k]) and not (k > j and sent.doc[k].lower_ in _RESULTS):
        k += 1
    while k > j and sent.doc[k - 1].lower_ == "of":
        k -= 1
    return k


def _head_of(doc, lo: int, hi: int) -> Token | None:
    """The head of the phrase ``doc[lo:hi]``: the parser's own head of it when the phrase hangs
    together, else the last noun before "of"."""
    span = range(lo, hi)
    tops = [doc[i] for i in span if doc[i].head.i not in span or doc[i].head.i == i]
    tops = [t for t in tops if not t.is_punct and t.pos_ not in ("DET", "ADP", "PART")]
    if len(tops) == 1 and (tops[0].pos_ in ("NOUN", "PROPN", "PRON", "NUM") or tops[0].text in _CURRENCY
                           or _age_noun(tops[0])):
        return tops[0]  # ("*$*50 million": the sum's head is its currency; "a 14-year-*old*": a person)
    end = next((i for i in span if doc[i].lower_ == "of" and i > lo), hi)
    nouns = [doc[i] for i in range(lo, end) if doc[i].pos_ in ("NOUN", "PROPN", "PRON")]
    return nouns[-1] if nouns else None


def _age_noun(t: Token) -> bool:
    """"a 14-year-*old*", "two 15-year-*olds*": an age read as an adjective names a person."""
    return t.lower_ in ("old", "olds") and any(c.lower_ in ("year", "month") for c in t.children)


def _dep_for(t: Token) -> str:
    return {"DET": "det", "ADJ": "amod", "NUM": "nummod", "ADP": "case", "PART": "case", "PUNCT": "punct",
            "CCONJ": "cc"}.get(t.pos_, "compound" if t.pos_ in ("NOUN", "PROPN") else "dep")


def repair_verbless(sent: Span) -> bool:
    """Apply repair 21 to the verbless sentence ``sent``; True when applied."""
    doc, forms = sent.doc, verb_forms()
    if any(t.pos_ == "AUX" for t in sent):
        return False
    for v in sent:
        lemma = forms.get(v.lower_)
        if lemma is None or v.pos_ in ("AUX", "DET", "PUNCT", "PRON", "NUM", "CCONJ") \
                or (v.pos_ == "VERB" and v.dep_ not in ("acl", "amod", "compound", "appos", "nmod")) \
                or v.i == sent.start or v.i + 1 >= sent.end:
            continue
        if not _past_form(v.lower_, lemma) and not _headline_present(v, lemma):
            continue
        plan = _plan(sent, v, lemma)
        if plan is not None:
            _apply(v, lemma, plan)
            if not _past_form(v.lower_, lemma):
                v.tag_ = "VBZ"
            return True
    return False


def _plan(sent: Span, v: Token, lemma: str) -> dict[int, tuple[int, str]] | None:
    """The new (head, dep) of every token of ``sent``, with ``v`` the root; None when the sentence
    does not have the shape described above."""
    doc, forms = sent.doc, verb_forms()
    # adverbs in -ly right before the verb: "police *allegedly* tortured ...", "troops *reportedly* shelled ..."
    # (245: also "again", "then", "at first", "in turn": repair_adverb_phrase)
    a_lo = adverbs_before(doc, v.i, sent.start)
    # the time phrase right before the verb (or its adverbs): "on Saturday", "late on Friday", "today"
    j = a_lo - 1
    while j >= sent.start and (_time(doc[j]) or doc[j].lower_ in _TIME_LEAD) and not (
            doc[j].lower_ in _TIME_LEAD and j + 1 == a_lo):
        j -= 1
    t_lo = j + 1
    if t_lo < a_lo and not any(_time(doc[k]) for k in range(t_lo, a_lo)):
        t_lo = a_lo
    # the subject: a bare noun phrase ending right before the time phrase (or the verb)
    s_hi = t_lo
    last = doc[s_hi - 1] if s_hi - 1 >= sent.start else None
    if last is None or (last.pos_ == "PRON" and last.lower_ not in _SUBJ_PRONOUNS):
        return None
    if last.pos_ not in ("NOUN", "PROPN", "PRON") and not (last.pos_ == "ADJ" and _agent_word(last.lower_)):
        return None  # an agent noun tagged as an adjective ("A *gunman* shot ...") is still the subject
    s_lo = s_hi - 1
    while s_lo - 1 >= sent.start and _np_word(doc[s_lo - 1]):
        s_lo -= 1
    pair = _coordinated_subject(v) if s_hi == v.i else None
    if pair is not None:
        return _plan_pair(sent, v, pair)
    while s_lo < s_hi and doc[s_lo].lower_ == "of":
        s_lo += 1
    if s_lo > sent.start and doc[s_lo - 1].text != ",":
        return None  # the phrase before the subject must end with a comma: "On Saturday night, gunmen shot ..."
    subj = _head_of(doc, s_lo, s_hi) or (last if last.pos_ == "ADJ" else None)
    if subj is None or subj.pos_ == "NUM" or _time(subj):
        return None
    # after the verb: a result word, a coordinated verb, then the object
    k = v.i + 1
    res = coord = cc = None
    if doc[k].lower_ in _RESULTS:
        res, k = doc[k], k + 1
    elif doc[k].lower_ in ("and", "or") and k + 1 < sent.end and doc[k + 1].lower_ in forms \
            and doc[k + 1].pos_ not in ("DET", "NOUN", "PROPN"):
        cc, coord, k = doc[k], doc[k + 1], k + 2
    if k >= sent.end:
        return None
    first = doc[k]
    if first.pos_ == "PRON" and first.lower_ not in _OBJ_PRONOUNS:
        return None
    o_hi = _np_end(sent, k)
    if o_hi == k:
        return None
    obj = _head_of(doc, k, o_hi)
    if obj is None or _time(obj):
        return None
    objs = [(k, o_hi, obj)]
    # "policeman Haouch Mouhous and his daughter": a coordinated object
    while o_hi + 1 < sent.end and doc[o_hi].lower_ == "and" and _np_end(sent, o_hi + 1) > o_hi + 1:
        lo, hi = o_hi + 1, _np_end(sent, o_hi + 1)
        h = _head_of(doc, lo, hi)
        if h is None:
            break
        objs.append((lo, hi, h))
        o_hi = hi
    # no other verb in the sentence, bar participles inside noun phrases
    taken = {v.i} | ({coord.i} if coord is not None else set())  # (a verb the parser hung as a modifier: v itself)
    for t in sent:
        if t.i not in taken and t.pos_ == "VERB" and not (
                t.dep_ in ("amod", "compound") or (t.tag_ in ("VBN", "VBG") and t.dep_ == "acl")):
            return None
    plan: dict[int, tuple[int, str]] = {v.i: (v.i, "ROOT")}
    pred = coord if coord is not None else v

    def phrase(lo: int, hi: int, h: Token, head: int, dep: str) -> None:
        for i in range(lo, hi):
            t = doc[i]
            if i == h.i:
                plan[i] = (head, dep)
            elif lo <= t.head.i < hi and t.head.i != i and t.head.i != v.i:
                plan[i] = (t.head.i, t.dep_)
            else:
                plan[i] = (h.i, _dep_for(t))

    phrase(s_lo, s_hi, subj, v.i, "nsubj")
    if t_lo < a_lo:
        when = [doc[i] for i in range(t_lo, a_lo) if _time(doc[i])][-1]
        phrase(t_lo, a_lo, when, v.i, "obl:tmod")
    for i in range(a_lo, v.i):
        plan[i] = (v.i, "advmod")
    if res is not None:
        plan[res.i] = (v.i, "xcomp")
    if coord is not None:
        plan[cc.i] = (coord.i, "cc")
        plan[coord.i] = (v.i, "conj")
    phrase(objs[0][0], objs[0][1], objs[0][2], pred.i, "obj")
    for lo, hi, h in objs[1:]:
        plan[lo - 1] = (h.i, "cc")
        phrase(lo, hi, h, objs[0][2].i, "conj")
    # the fronted phrase and the rest keep their own links and hang on the verb
    for lo, hi in ((sent.start, s_lo), (o_hi, sent.end)):
        for i in range(lo, hi):
            t = doc[i]
            if lo <= t.head.i < hi and t.head.i != i:
                plan[i] = (t.head.i, t.dep_)
            elif t.is_punct:
                plan[i] = (v.i, "punct")
            else:
                plan[i] = (v.i, "obl" if any(c.dep_ == "case" for c in t.children) else "advmod"
                           if t.pos_ == "ADV" else "dep")
    if len(plan) != len(sent) or not _is_tree(plan, v.i):
        return None
    return plan


def _plan_pair(sent: Span, v: Token, pair: tuple[int, int]) -> dict[int, tuple[int, str]] | None:
    """21c: a headline whose subject is two names joined ("Lula, Ramaphosa *hold* talks in Pretoria"): the
    first name heads the subject, the second is its conjunct, the noun phrase after the verb its object."""
    doc = sent.doc
    lo, mid = pair
    first, second = doc[mid - 1], doc[v.i - 1]  # the last word of each name heads it
    k = v.i + 1
    o_hi = _np_end(sent, k)
    obj = _head_of(doc, k, o_hi) if o_hi > k else None
    if obj is None or _time(obj) or any(t.pos_ == "VERB" and t.i != v.i and t.dep_ not in ("amod", "compound")
                                        for t in sent):
        return None
    plan: dict[int, tuple[int, str]] = {v.i: (v.i, "ROOT")}
    for i in range(lo, mid - 1):
        plan[i] = (first.i, "flat" if doc[i].pos_ == "PROPN" else _dep_for(doc[i]))
    plan[first.i] = (v.i, "nsubj")
    plan[mid] = (second.i, "cc" if doc[mid].lower_ == "and" else "punct")
    for i in range(mid + 1, v.i - 1):
        plan[i] = (second.i, "flat")
    plan[second.i] = (first.i, "conj")
    for i in range(k, o_hi):
        t = doc[i]
        plan[i] = (v.i, "obj") if i == obj.i else (t.head.i, t.dep_) if k <= t.head.i < o_hi and t.head.i != i \
            else (obj.i, _dep_for(t))
    for i in range(o_hi, sent.end):
        t = doc[i]
        if o_hi <= t.head.i < sent.end and t.head.i != i:
            plan[i] = (t.head.i, t.dep_)
        else:
            plan[i] = (v.i, "punct" if t.is_punct else "obl" if any(c.dep_ == "case" for c in t.children) else "dep")
    if len(plan) != len(sent) or not _is_tree(plan, v.i):
        return None
    return plan


def _is_tree(plan: dict[int, tuple[int, str]], root: int) -> bool:
    for i in plan:
        seen, j = set(), i
        while j != root:
            if j in seen or j not in plan:
                return False
            seen.add(j)
            j = plan[j][0]
    return True


def _apply(v: Token, lemma: str, plan: dict[int, tuple[int, str]]) -> None:
    doc = v.doc
    v.pos_, v.tag_, v.lemma_ = "VERB", "VBD", lemma
    for i, (h, dep) in plan.items():
        t = doc[i]
        t.head = doc[h]
        t.dep_ = dep
        if t.i != v.i and t.pos_ == "VERB" and dep == "conj":
            t.pos_, t.tag_ = "VERB", "VBD"
            t.lemma_ = verb_forms().get(t.lower_, t.lemma_)
        if dep in ("obj", "nsubj") and t.pos_ == "ADJ":
            t.pos_, t.tag_ = "NOUN", "NN"


def repair_name_pair_subject(t: Token) -> bool:
    """Repair 21d: the headline "Ghana, Togo sign border deal" parsed with a verb, the first name left as a
    modifier of it ("obl:unmarked", "vocative") and the second its subject: the two names are the subject,
    the first heading it and the second its conjunct."""
    doc = t.doc
    if t.i != t.sent.start or t.pos_ != "PROPN" or t.i + 3 >= len(doc) or doc[t.i + 1].text != ",":
        return False
    second, v = doc[t.i + 2], t.head
    if second.pos_ != "PROPN" or second.dep_ != "nsubj" or second.head.i != v.i or v.pos_ != "VERB" or v.i <= second.i:
        return False
    if t.dep_ not in ("obl:unmarked", "vocative", "dep", "appos", "nmod:unmarked") or second.right_edge.i != v.i - 1:
        return False
    t.head, t.dep_ = v, "nsubj"
    second.head, second.dep_ = t, "conj"
    doc[t.i + 1].head, doc[t.i + 1].dep_ = second, "punct"
    return True


def repair_noun_with_subject(t: Token) -> bool:
    """Repair 13f: a noun has no subject: the headline "Hamas *calls* on Serbia to ..." read as a plural noun
    with a subject (or as the subject of the "to" clause it governs) is a verb; its "on" phrase is an oblique,
    its "to" clause its complement, and a name or agent word hung on it as a compound its subject. Not when a past
    form of an act verb right after a name comes first in the noun's phrase ("Slovakia *vetoed* new EU sanctions on
    Russia", round rv79): that form is the verb (repair 21's adjective reading), the noun its object."""
    forms = verb_forms()
    doc = t.doc
    if any(w.lower_ in forms and _past_form(w.lower_, forms[w.lower_]) and doc[w.i - 1].pos_ == "PROPN"
           for w in doc[max(t.left_edge.i, 1):t.i]):
        return False
    if t.dep_ == "nsubj":  # "X *calls* on Peru to free ...": the clause is the verb's complement
        inf = t.head
        t.head, t.dep_ = t, "ROOT"
        inf.head, inf.dep_ = t, "xcomp"
        for c in list(inf.children):
            if c.dep_ == "punct" and c.i == inf.sent.end - 1:
                c.head = t
    t.pos_, t.tag_, t.lemma_ = "VERB", "VBZ", verb_forms()[t.lower_]
    for c in list(t.children):
        if c.dep_ == "nmod" and c.i > t.i:
            c.dep_ = "obl"
        elif c.dep_ in ("acl", "advcl") and c.i > t.i and any(m.lower_ == "to" and m.dep_ == "mark" for m in c.children):
            c.dep_ = "xcomp"  # ("calls on Serbia *to release* ...": what the call asks for)
        elif c.dep_ == "compound" and c.right_edge.i == t.i - 1:
            c.dep_ = "nsubj"  # ("*Hezbollah* calls on ...", "Marek *Dal* calls on ...", "The Indian *army* calls")
            for d in list(t.children):
                if d.i < c.left_edge.i and d.dep_ in ("det", "amod", "compound", "nmod:poss"):
                    d.head = c
    return True


#: verbs that take no object, whose past form after a subject phrase is the sentence's verb, not a passive headline
_INTRANSITIVE_EVENTS = frozenset({"clash", "fight", "protest", "march", "rally", "riot", "demonstrate", "meet", "agree",
                                  "negotiate", "talk", "withdraw", "retreat", "flee", "mutiny", "rebel", "revolt",
                                  "gather", "strike", "skirmish", "collide", "quarrel", "disagree"})


def repair_verb_after_subject_phrase(root: Token, sent: Span) -> bool:
    """Repair 64: "The Houthi rebels and their allies *clashed* with government forces": a sentence left with no
    verb, its root the subject phrase and the verb (a past form, read as an adjective or a modifier) hung on that
    phrase's last noun. The verb becomes the root, the phrase its subject. Only a verb that has an object, or one
    that takes none ("clash", "march"): "Two soldiers killed in attack" stays a passive headline. True when
    applied."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    forms = verb_forms()
    heads = [root] + [c for c in root.children if c.dep_ == "conj"]
    cands = [c for h in heads for c in h.children if c.dep_ in ("amod", "acl") and c.i > h.i
             and c.pos_ in ("VERB", "ADJ") and c.tag_ != "VBN" and c.lower_ in forms
             and _past_form(c.lower_, forms[c.lower_])]
    if len(cands) != 1:
        return False
    v = cands[0]
    lemma = forms[v.lower_]
    kids = list(v.children)
    if any(c.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:pass", "cop") for c in kids):
        return False
    has_obj = any(c.dep_ in ("obj", "dobj") and c.i > v.i for c in kids)
    if not (has_obj or (lemma in _INTRANSITIVE_EVENTS and any(c.dep_.startswith("obl") and c.i > v.i for c in kids))):
        return False
    if any(t.i > v.i and not t.is_punct and not v.is_ancestor(t) for t in root.subtree):
        return False  # the subject phrase ends before the verb
    if any(t.pos_ in ("VERB", "AUX") and t.i != v.i and t.dep_ not in ("amod", "compound") and not v.is_ancestor(t)
           for t in sent):
        return False
    v.pos_, v.tag_, v.lemma_ = "VERB", "VBD", lemma
    v.head, v.dep_ = v, "ROOT"
    for c in [c for c in root.children if c.is_punct and c.i > v.i]:
        c.head = v
    root.head, root.dep_ = v, "nsubj"
    return True


# -- sentence checks the candidate pass (``repair_candidates``) reads -------------------------------------------

def _has_verb_root(sent: Span) -> bool:
    r = sent.root
    return r.pos_ in ("VERB", "AUX") or r.tag_.startswith("VB")


def _verbless(doc: Doc, sents: list[tuple[int, int]], P: list[str], T: list[str], H: list[int]) -> list[tuple[int, int]]:
    """The sentences ``(a, b)`` of ``sents`` for which ``_has_verb_root(doc[a:b])`` fails, read from the columns (the
    root of a sentence is, as ``Span.root`` finds it, its first token that is its own head; no Span or Token made)."""
    out = []
    hooked = "root" in doc.user_span_hooks
    for a, b in sents:
        r = None if hooked else next((k for k in range(a, b) if H[k] == k), None)
        if r is None:  # (no token of its own head: ``Span.root`` looks further)
            verb = _has_verb_root(doc[a:b])
        else:
            verb = P[r] in ("VERB", "AUX") or T[r].startswith("VB")
        if not verb:
            out.append((a, b))
    return out


def _adjective_verb(t: Token) -> bool:
    if t.pos_ != "ADJ" or not t.lower_.endswith("ed") or t.dep_ not in ("ROOT", "conj", "ccomp", "advcl", "parataxis",
                                                                         "acl:relcl"):
        return False
    deps = {c.dep_ for c in t.children}
    return "nsubj" in deps and not deps & {"cop", "aux:pass", "nsubj:pass"}
