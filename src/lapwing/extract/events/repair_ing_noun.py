"""Parse repairs 264 and 265: words of a noun phrase read as clauses (session 34, round pa67).

264. **An "-ing" noun after a place name read as a verb.** "Pakistan closed *the Torkham crossing* with
   Afghanistan", "Turkey sealed the Kapikule crossing", "Russia denounced *the Donetsk shelling*": the parser reads
   the "-ing" word as a gerund (``VBG``) clause of the main verb (``xcomp``) and the name as the verb's object (or
   the gerund's compound), so the closed crossing or the condemned shelling is no object and its event is lost. A
   gerund clause has no article of its own: with "the" (or "this", "that", a possessive) before the name and the name
   right before the "-ing" word, the word is the phrase's head noun, the name its compound and the phrase the verb's
   object (its prepositional phrases the noun's). Only when the "-ing" word has no object, subject, auxiliary, marker
   or clause of its own, the words between the article and the "-ing" word are capitalised names, and the "-ing"
   word hangs on the verb the name or the article hangs on ("the Taliban *crossing the river*" has an object and
   stays). 291 (session 38, round sc76): also with one common noun between the names and an "-ing" noun of a place
   or a happening ("Israel shut *the Kerem Shalom goods crossing*", "Chad closed the Adre border crossing"), and with
   the name read as the verb's indirect object ("Russia closed the Upper Lars crossing to Georgian trucks").

265. **The main verb after a participle phrase on its subject read as the participle's complement.** "Troops
   *pursuing the rebels* clashed with fighters", "Soldiers chasing the gunmen attacked a camp", "Militants fleeing
   the offensive withdrew from the town", "Police pursuing the suspects fought with villagers": the parser makes the
   "-ing" word the root (or a clause on the noun), the past verb its complement (``xcomp``, read as an adjective) or
   the object of the "-ing" word the verb's passive auxiliary, and the act loses its doer. The past verb is the root,
   the noun before the "-ing" word its subject, the "-ing" word a clause (``acl``) on the noun with the words up to the
   verb as its object. Only when the noun opens the sentence (after an article, adjectives, numbers or compounds),
   the "-ing" word follows it, the words between the "-ing" word and the verb are one plain noun phrase (article,
   adjectives, numbers, nouns, names), the verb is a known past form with no subject, auxiliary or marker of its own
   (an object read as its passive auxiliary excepted), and the verb is not followed by "by" ("Troops guarding the
   prisoners held by the rebels ..." stays). When the parse already has the verb as the root with the noun as its
   active subject nothing changes.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_index import RepairIndex
from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.repair_time import _time_word

#: "-ing" nouns of a place or a happening that a common noun may stand before, after the names (repair 291)
_ING_NOUNS = frozenset({"crossing", "shelling", "bombing", "killing", "shooting", "fighting", "uprising", "landing"})
_ARTICLES = frozenset({"the", "this", "that", "its", "their", "his", "her", "our"})
_OWN = frozenset({"obj", "dobj", "nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "ccomp", "xcomp", "iobj", "csubj",
                  "compound:prt", "expl", "cop"})
_NP_TAGS = frozenset({"DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "POS", "HYPH", "VBN"})


def ing_noun_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 264 is tried on: an "-ing" word tagged ``VBG`` right after a capitalised
    word (with ``index``, only the "-ing" words tagged ``VBG`` are read)."""
    toks = doc if index is None else index.tokens(index.find(tag="VBG"))
    return [t.i for t in toks if t.tag_ == "VBG" and t.lower_.endswith("ing") and t.i > 1
            and (_name(doc[t.i - 1]) or _noun_after_name(t) is not None)]


def _name(w: Token) -> bool:
    return w.text[:1].isupper() and w.pos_ == "PROPN"


def _noun_after_name(t: Token) -> Token | None:
    """Repair 291 (round sc76): the common noun between the names and an "-ing" noun of a place or a happening
    ("the Kerem Shalom *goods* crossing", "the Adre *border* crossing"), or None."""
    doc = t.doc
    if t.lower_ not in _ING_NOUNS or t.i < 3:
        return None
    w = doc[t.i - 1]
    if w.tag_ not in ("NN", "NNS") or w.text[:1].isupper() or not _name(doc[t.i - 2]):
        return None
    return w


def repair_ing_noun(t: Token) -> bool:
    """Repair 264 on the "-ing" word ``t``; True when applied."""
    doc = t.doc
    if t.dep_ not in ("xcomp", "ccomp", "advcl", "acl", "dep", "conj") or any(c.dep_ in _OWN for c in t.children):
        return False
    k = t.i - 1
    if _noun_after_name(t) is not None:
        k -= 1  # 291: "the Kerem Shalom *goods* crossing"
    while k > t.sent.start and (doc[k].pos_ == "PROPN" or doc[k].tag_ in ("NNP", "NNPS")) \
            and doc[k].text[:1].isupper() and t.i - k <= 4:  # (291: a name tagged NNP read as an adjective, "Upper")
        k -= 1
    art = doc[k]
    if art.lower_ not in _ARTICLES or k == t.i - 1:
        return False
    names = [doc[j] for j in range(k + 1, t.i)]
    head_name = next((w for w in names if w.head.i not in range(k + 1, t.i + 1)), names[-1])
    if any(w.head.i not in range(k + 1, t.i + 1) and w is not head_name for w in names):
        return False
    verb = t.head
    if head_name.head.i == t.i:  # "the [Kapikule] [crossing]": the name is already the gerund's compound
        if art.head.i != t.i or verb.pos_ not in ("VERB", "AUX") or verb.i > art.i:
            return False
        dep = "obj"
    elif head_name.head.i == verb.i and verb.i < art.i and art.head.i == head_name.i:
        dep = head_name.dep_ if head_name.dep_ in ("obj", "dobj", "nsubj", "obl", "nmod") else None
        if head_name.dep_ == "iobj":
            dep = "obj"  # 291: "closed the Upper [Lars] crossing to ..." with the name read as an indirect object
        if dep is None:
            return False
    else:
        return False
    _set_head(t, verb, dep)
    _set_head(art, t, "nmod:poss" if art.tag_ == "PRP$" else "det")
    for w in names:
        if w.head.i not in range(k + 1, t.i) or w.i == head_name.i:
            _set_head(w, t, "compound")
    for c in list(head_name.children):
        if c.i > t.i:  # "with Afghanistan" hung on the name: the noun's
            _set_head(c, t, "nmod" if c.dep_ in ("obl", "nmod") else c.dep_)
    for c in list(t.children):
        if c.dep_ in ("obl", "obl:tmod", "nmod:tmod", "nmod") and _time_word(c):
            _set_head(c, verb, c.dep_)  # "on Sunday": the verb's time
        elif c.dep_ in ("obl", "advcl") and any(g.dep_ == "case" for g in c.children):
            c.dep_ = "nmod"
    t.pos_, t.tag_, t.lemma_ = "NOUN", "NN", t.lower_
    return True


def phrase_subject_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 265 is tried on: an "-ing" word tagged ``VBG`` right after a noun (with
    ``index``, only the words tagged ``VBG`` are read)."""
    toks = doc if index is None else index.tokens(index.find(tag="VBG"))
    return [t.i for t in toks if t.tag_ == "VBG" and t.i > 0 and doc[t.i - 1].pos_ in ("NOUN", "PROPN")
            and doc[t.i - 1].tag_ in ("NNS", "NNPS", "NN", "NNP")]


def repair_phrase_subject(p: Token) -> bool:
    """Repair 265 on the "-ing" word ``p``; True when applied."""
    doc, sent = p.doc, p.sent
    n = doc[p.i - 1]
    if any(doc[k].tag_ not in ("DT", "JJ", "CD", "NN", "NNP", "NNS", "NNPS") for k in range(sent.start, n.i)):
        return False  # the noun opens the sentence
    forms = verb_forms()
    v = None
    for k in range(p.i + 1, min(sent.end, p.i + 8)):
        w = doc[k]
        if k > p.i + 1 and w.lower_ in forms and w.tag_ in ("VBD", "VBN", "JJ") and (
                w.lower_.endswith("ed") or w.tag_ in ("VBD", "VBN")) and not (w.dep_ == "amod" and w.head.i > k):
            v = w
            break
        if w.tag_ not in _NP_TAGS or w.tag_ == "VBN":
            return False
    if v is None or v.i + 1 >= sent.end or doc[v.i + 1].lower_ == "by":
        return False
    obj = doc[v.i - 1]
    if obj.pos_ not in ("NOUN", "PROPN", "PRON") and not (obj.dep_ in ("obj", "dobj") and obj.head.i == p.i):
        return False
    root = sent.root
    if root.i not in (n.i, p.i, v.i):
        return False
    if v.dep_ in ("ROOT", "root") and n.head.i == v.i and n.dep_ == "nsubj":
        return False  # already the verb's active subject
    if any(c.dep_ in ("nsubj", "mark", "cop") and c.i != n.i or c.dep_ in ("aux", "aux:pass") and not (
            p.i < c.i < v.i) for c in v.children):
        return False
    np = range(p.i + 1, v.i)
    # the verb takes the root's place
    _set_head(v, v, "ROOT")
    for c in list(root.children) if root.i != v.i else []:
        if c.i > v.i or c.dep_ == "punct" and c.i == sent.end - 1:
            _set_head(c, v, c.dep_)
    for c in list(p.children):
        if c.i > v.i:
            _set_head(c, v, c.dep_)
    _set_head(n, v, "nsubj")
    _set_head(p, n, "acl")
    _set_head(obj, p, "obj")
    for k in np:
        w = doc[k]
        if k != obj.i and (w.head.i not in np or w.dep_ in ("aux", "aux:pass", "nsubj", "nsubj:pass")):
            _set_head(w, obj, "det" if w.tag_ == "DT" else ("nummod" if w.tag_ == "CD" else (
                "nmod:poss" if w.tag_ == "PRP$" else ("amod" if w.tag_ == "JJ" else "compound"))))
    for c in list(v.children):
        if c.dep_ == "xcomp" and c.pos_ in ("NOUN", "PROPN"):
            c.dep_ = "obj"
    if v.tag_ != "VBD":
        v.pos_, v.tag_, v.lemma_ = "VERB", "VBD", forms[v.lower_]
    return True
