"""Repair 21 of ``parse_repair``: a verbless sentence rebuilt around the past form of a trigger verb
(or a headline's present form, 21p).

"A sniper *shot* a soldier at the checkpoint", "Police *shot* dead two robbers", "Gunmen on Saturday
*shot* dead a policeman", "On Saturday night, gunmen *shot* and killed a policeman": the model reads
"shot" (also a noun: "a shot") as a noun, and each sentence comes out as a different noun phrase,
so the repairs that look for one misparse shape each miss most of them. This repair does not look
at the wrong tree: when a sentence still has no verb at its root after the other repairs, and one
word in it is the past form of a trigger verb standing between a bare noun phrase (its subject) and
an object, a result word ("dead") or a coordinated verb ("and killed"), the sentence is re-read as

    [fronted phrase ,] subject [time phrase] VERB [dead | and VERB2] object [and object] [rest]

Every phrase keeps the links the parser made inside it; each phrase's head is hung on the verb
(subject ``nsubj``, object ``obj``, the time and fronted phrases and the rest ``obl``). The sentence
is left alone when any part does not fit (a determiner or number right before the word, "a shot";
another verb; no object), and when the new links would not form a tree.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from lapwing.extract.events.lexicon_loader import single_word_agents
from lapwing.extract.events.repair_forms import _RESULTS, verb_forms
from lapwing.extract.events.repair_participle import REPORTING_VERBS
from lapwing.extract.events.syntax import lemma_of
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
    if not low.endswith("s") or low.endswith("ss") or low[:-1].rstrip("e") not in (lemma, lemma.rstrip("e")):
        return False
    prev = v.doc[v.i - 1]
    return prev.pos_ in ("NOUN", "PROPN") and prev.tag_ not in ("NNS", "NNPS") and prev.lower_ not in ("police", "people") \
        or (prev.pos_ == "ADJ" and _agent_word(prev.lower_))  # "the Sudanese *military* bombs ..."


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
    if len(tops) == 1 and (tops[0].pos_ in ("NOUN", "PROPN", "PRON", "NUM") or tops[0].text in _CURRENCY):
        return tops[0]  # ("*$*50 million": the sum's head is its currency)
    end = next((i for i in span if doc[i].lower_ == "of" and i > lo), hi)
    nouns = [doc[i] for i in range(lo, end) if doc[i].pos_ in ("NOUN", "PROPN", "PRON")]
    return nouns[-1] if nouns else None


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
    # the time phrase right before the verb: "on Saturday", "late on Friday", "today"
    j = v.i - 1
    while j >= sent.start and (_time(doc[j]) or doc[j].lower_ in _TIME_LEAD) and not (
            doc[j].lower_ in _TIME_LEAD and j + 1 == v.i):
        j -= 1
    t_lo = j + 1
    if t_lo < v.i and not any(_time(doc[k]) for k in range(t_lo, v.i)):
        t_lo = v.i
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
    if t_lo < v.i:
        when = [doc[i] for i in range(t_lo, v.i) if _time(doc[i])][-1]
        phrase(t_lo, v.i, when, v.i, "obl:tmod")
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
    if v2.pos_ == "VERB" and v2.head.i == w.i and v2.dep_ == "conj" and w.dep_ in ("ROOT", "root") \
            and not any(c.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:pass", "mark") for c in v2.children):
        # the noun is already the root with the verb its conjunct ("a police officer accidentally *shot* and
        # killed ..."): it is the first verb, and the noun compound before it their subject
        subj = next((c for c in w.children if c.dep_ == "compound" and c.i < w.i and c.pos_ in ("NOUN", "PROPN")
                     and not _time(c)), None)
        if subj is None or any(c.dep_ in ("det", "nmod:poss", "nummod") and c.i > subj.i for c in w.children if c.i < w.i):
            return False
        w.pos_, w.tag_, w.lemma_ = "VERB", "VBD", lemma
        subj.dep_ = "nsubj"
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


def repair_counted_noun_as_verb(t: Token) -> bool:
    """Repair 21e: "arrested two *suspects*" with the plural noun tagged a verb (VBZ) under its number: a verb
    takes no number, so it is a noun, the object of the verb above it when that verb has none. True when
    applied."""
    nums = [c for c in t.children if c.i < t.i and (c.dep_ == "nummod" or (
        c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ == "NUM" and c.i == t.i - 1))]  # ("two" read as its subject)
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
