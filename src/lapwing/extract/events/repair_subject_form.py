"""Parse repairs 247-248 (session 32, round pr61): a verb form that is also a noun, read as a noun between its
subject and its object.

Short past forms that are spelt like nouns ("cut", "shot", "hit", "set") and the present of plural subjects in
headlines ("Troops *shell* town", "rebels *fire* rockets") are tagged nouns or adjectives by the parser, which then
reads the whole clause as one noun phrase and the act is lost:

247. **The form read as a modifier of the object noun.** "The European Union *cut* funding to Niger" (*cut* a compound
     of *funding*, the sentence's root), "Officials said Washington *cut* military aid to Egypt" (*cut* an adjective of
     *aid*, the object of *said*), "Troops *shell* town near border", "Police said rebels *fire* rockets at villages":
     the form becomes the verb, the words before it its subject, the noun its object.
248. **The form read as a noun that heads the clause.** "Troops *shell* the town every night, residents say",
     "Witnesses said soldiers *fire* at protesters every day" (*shell*, *fire* a noun with the subject as its
     compound, and an object or a phrase of its own): the noun is the verb, its compound the subject.

Only when:

* the word is a form of a trigger verb (``verb_forms``) that is a past tense ("cut", "shot", "shelled"), or a
  plain present after a plural subject ("troops", "rebels", "police"); a singular subject with a present form stays
  ("The US *trade* deficit", "a UN *aid* convoy");
* the subject is a bare noun phrase of names and nouns (an article only at its start: "The European Union"), ending
  in a noun or a name right before the form, opening the sentence or coming right after "said" (or "said that");
* only adjectives and nouns stand between the form and its object, and the object has no article, possessor or
  number of its own before the form ("a cut in funding", "the shot killed him" stay);
* the clause has no finite verb of its own ("Police *fire* kills two", "*Budget* cuts hit hospitals" and "Government
  troops *shell* fragments wounded two" stay: another verb is the clause's); a relative clause, a parataxis or a
  conjunct after the object does not count ("Rebels *shell* town, residents flee").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.events.lexicon_loader import single_word_agents
from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.repair_index import RepairIndex

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: past tenses spelt like the plain verb
_SAME_PAST = frozenset({"cut", "hit", "set", "shut", "put", "beat", "hurt", "cast", "quit", "split", "spread", "burst",
                        "let", "bid", "upset", "thrust"})
#: plural nouns the tagger often gives a singular tag ("police", "troops" as NN)
_PLURALS = frozenset({"police", "troops", "people", "militia", "forces", "rebels", "youths", "crowds", "military"})
_ALLOWED_AFTER = frozenset({"acl:relcl", "parataxis", "conj", "advcl"})
_NOT_SUBJECTS = frozenset({"it", "this", "that", "these", "those", "there", "which", "what", "who"})


def _past_like(form: str, lemma: str) -> bool:
    return form in _SAME_PAST or (form != lemma and not form.endswith(("s", "ing")))


def _plural(t: Token) -> bool:
    return t.tag_ in ("NNS", "NNPS") or t.lower_ in _PLURALS or (t.lower_.endswith("s") and not t.lower_.endswith("ss")
                                                                 and t.lower_ in single_word_agents())


def _saying(v: Token) -> bool:
    return v.pos_ in ("VERB", "AUX") and v.lemma_.lower() == "say" and v.tag_ in ("VBD", "VBZ", "VBP", "VBN")


def _clause_start(f: Token, top: Token) -> int | None:
    """Where the clause of the form ``f`` begins: the sentence start for a root, the word after "said" (or "said
    that") for a reported clause. None when ``top`` is neither."""
    if top.dep_ in ("ROOT", "root"):
        return f.sent.start
    say = top.head
    if top.dep_ in ("ccomp", "parataxis") and _saying(say) and say.i > top.i and top.left_edge.i == f.sent.start:
        return f.sent.start  # "Troops shell the town every night, residents say"
    if top.dep_ in ("obj", "dobj", "ccomp") and _saying(say) and say.i < f.i:
        nxt = f.doc[say.i + 1]
        return say.i + 2 if nxt.lower_ == "that" else say.i + 1
    return None


def _subject(f: Token, start: int, allowed: set[int]) -> Token | None:
    """The head of the bare noun phrase from ``start`` to the word before ``f``, or None."""
    doc = f.doc
    if start >= f.i:
        return None
    words = [doc[k] for k in range(start, f.i)]
    if words[0].lower_ == "the" and len(words) > 1:
        words = words[1:]
    subj = doc[f.i - 1]
    if subj.pos_ not in ("NOUN", "PROPN") or subj.lower_ in _NOT_SUBJECTS or subj.ent_type_ in ("DATE", "TIME"):
        return None
    for w in words:
        if w.pos_ not in ("NOUN", "PROPN", "ADJ") and not (w.pos_ == "PUNCT" and w.text in (".", "-")):
            return None
        if w.head.i not in allowed and not start <= w.head.i < f.i:
            return None
    return subj


def _no_other_verb(f: Token, top: Token) -> bool:
    """No finite verb in ``top``'s clause but ``f`` (a relative clause, parataxis or conjunct after it aside)."""
    span = f.sent if top.dep_ in ("ROOT", "root") else list(top.subtree)
    for x in span:
        if x.i == f.i or not (x.tag_ in _FINITE or x.pos_ == "AUX"):
            continue
        if top.dep_ not in ("ROOT", "root") and x.i == top.head.i:
            continue
        if x.i > top.i and x.dep_ in _ALLOWED_AFTER:
            continue
        return False
    return True


def _tag(f: Token, lemma: str, subj: Token) -> str | None:
    if _past_like(f.lower_, lemma):
        return "VBD"
    if f.lower_ == lemma and _plural(subj):
        return "VBP"
    return None


def subject_form_candidates(doc: Doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repairs 247-248 are tried on (with ``index``, only its verb forms of those labels
    and parts of speech are read)."""
    forms = verb_forms()
    toks = doc if index is None else index.tokens(index.find(
        dep=("compound", "amod", "ROOT", "root", "ccomp", "obj", "dobj"), pos=("NOUN", "ADJ", "VERB", "PROPN"), words=forms))
    return [t.i for t in toks if t.i > 0 and t.pos_ in ("NOUN", "ADJ", "VERB", "PROPN") and t.lower_ in forms
            and not t.lower_.endswith("ing") and (
                (t.dep_ in ("compound", "amod") and t.head.i > t.i)
                or (t.pos_ == "NOUN" and t.dep_ in ("ROOT", "root", "ccomp", "obj", "dobj")))]


def repair_subject_form(f: Token) -> bool:
    """Repair 247 or 248 on the form ``f``; True when applied."""
    if f.pos_ == "VERB" and f.dep_ not in ("compound", "amod"):
        return False
    lemma = verb_forms().get(f.lower_)
    if lemma is None:
        return False
    if f.dep_ in ("compound", "amod"):
        return _repair_modifier(f, lemma)
    return _repair_head(f, lemma)


def _repair_modifier(f: Token, lemma: str) -> bool:
    """Repair 247: ``f`` a modifier of its object noun."""
    n, doc = f.head, f.doc
    if n.pos_ not in ("NOUN", "PROPN") or n.i <= f.i or any(c.dep_ in ("cop", "aux", "aux:pass", "mark", "case")
                                                             for c in n.children):
        return False
    if any(doc[k].head.i != n.i or doc[k].dep_ not in ("amod", "compound") or doc[k].pos_ not in ("ADJ", "NOUN", "PROPN")
           for k in range(f.i + 1, n.i)):
        return False
    top, lead = n, doc[f.i - 1]
    if n.head.i == lead.i and n.dep_ in ("obj", "dobj") and lead.dep_ in ("obj", "dobj") and _saying(lead.head):
        top = lead  # "Police said rebels fire rockets": the object hung on the subject, itself the object of "said"
    start = _clause_start(f, top)
    if start is None:
        return False
    if any(c.dep_ in ("det", "nmod:poss", "nummod") and start < c.i < n.i and c.i > f.i - 1 for c in n.children):
        return False
    say = top.head if top.dep_ not in ("ROOT", "root") else top
    subj = _subject(f, start, {n.i, f.i, say.i})
    if subj is None or not _no_other_verb(f, top):
        return False
    if say.i != n.i and subj.head.i == say.i and subj.dep_ not in ("obj", "dobj", "nsubj"):
        return False
    tag = _tag(f, lemma, subj)
    if tag is None:
        return False
    if top.dep_ in ("ROOT", "root"):
        _set_head(f, f, "ROOT")
    else:
        _set_head(f, say, "ccomp" if top.dep_ in ("obj", "dobj") else top.dep_)
    if top.i != n.i:
        for c in list(top.children):
            if c.i > n.i:  # "... rockets *at villages every night*": the verb's
                _set_head(c, f, "obl" if c.dep_.startswith("nmod") else c.dep_)
    for k in range(start, f.i - 1):  # the subject's own words hang on it
        w = doc[k]
        if w.head.i in (n.i, f.i, say.i) or w.head.i >= f.i:
            _set_head(w, subj, w.dep_ if w.dep_ in ("det", "amod", "compound", "flat", "punct") else "compound")
    _set_head(subj, f, "nsubj")
    _set_head(n, f, "obj")
    for c in list(n.children):
        if c.i > n.i and (c.dep_ in ("advcl", "parataxis") or (c.dep_ == "punct" and c.i == c.sent.end - 1)):
            _set_head(c, f, c.dep_)
    f.pos_, f.tag_, f.lemma_ = "VERB", tag, lemma
    return True


def _repair_head(f: Token, lemma: str) -> bool:
    """Repair 248: ``f`` a noun heading the clause, its subject a compound."""
    doc = f.doc
    kids = list(f.children)
    if any(c.dep_ in ("det", "nmod:poss", "nummod", "amod", "cop", "aux", "aux:pass", "case") and c.i < f.i
           for c in kids):
        return False
    subj = doc[f.i - 1]
    if subj.head.i != f.i or subj.dep_ not in ("compound", "nsubj") or any(
            c.dep_ == "nsubj" and c.i != subj.i for c in kids):
        return False
    if not any((c.dep_ in ("obj", "dobj") or (c.dep_.startswith(("obl", "nmod")) and any(
            g.dep_ == "case" and g.i == c.left_edge.i for g in c.children))) and c.i > f.i for c in kids):
        return False
    start = _clause_start(f, f)
    if start is None or _subject(f, start, {f.i, f.head.i}) is None or not _no_other_verb(f, f):
        return False
    tag = _tag(f, lemma, subj)
    if tag is None:
        return False
    if f.dep_ in ("obj", "dobj"):
        f.dep_ = "ccomp"
    for k in range(start, f.i - 1):
        w = doc[k]
        if w.head.i == f.i:
            _set_head(w, subj, w.dep_)
    _set_head(subj, f, "nsubj")
    for c in kids:
        if c.i > f.i and c.dep_.startswith("nmod"):
            c.dep_ = "obl" if any(g.dep_ == "case" for g in c.children) else "obl:unmarked"
    f.pos_, f.tag_, f.lemma_ = "VERB", tag, lemma
    return True
