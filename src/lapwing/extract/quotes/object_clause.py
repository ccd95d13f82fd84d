"""A clause the parser read as the cue's object with a clause on it (rule ``indirect:object-clause``): 'A spokesman
said [the secretary-general called for calm and urged ...]', 'Officials said [the convoy reached the border]' parsed
as 'said [the secretary-general]' with 'called ...' a clause on that noun. 'Say' takes a clause, not a thing: when its
object is a noun with a past-tense verb right after it (no 'by' agent, no relative word, no comma between), the noun
and the verb's clause are what was said; the speaker is the cue's subject. The same for a subject with an appositive
whose verb the parser hung on the cue after a comma (rule ``indirect:object-predicate``): 'The bloc said [its mediator,
a former minister, would fly to Freetown]' (``predicate_after_object``)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import positions_of, token_columns
from lapwing.extract.quotes.cues import SpeechLexicon
from lapwing.extract.quotes.segmentation import _Found, _inside, _overlaps, _strip_span
from lapwing.extract.quotes.subjects import _subject_of

_SAY = {"say", "state", "announce", "report"}  # cues that take a clause and never a person or a thing as object
_NOT_CLAUSE = {"it", "this", "that", "something", "nothing", "anything", "everything", "so", "words", "word", "prayer",
               "goodbye", "hello", "thanks", "yes", "no"}


_PERSONAL = {"he", "she", "they", "it", "we", "i"}


def find_object_clauses(doc: Doc, lex: SpeechLexicon, marked_ranges, taken: set[int]) -> list[_Found]:
    """The contents of cues of ``_SAY`` whose clause the parser made an object with a clause on it (see the module's
    docstring); ``taken``: cue tokens that already gave reported speech."""
    out: list[_Found] = []
    cols = token_columns(doc)
    forms, lower = lex.verb_forms, cols.lower
    for i in [k for k in positions_of(doc, forms.keys()) if forms[lower[k]] in _SAY]:
        t = doc[i]
        if i in taken or t.pos_ != "VERB" or _inside(marked_ranges, t.idx, t.idx + len(t)):
            continue
        obj = next((c for c in t.children if c.dep_ in ("obj", "dobj") and c.i > t.i), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN", "ADJ") or obj.lower_ in _NOT_CLAUSE:
            continue
        verb = predicate_after_object(t, obj)
        rule = "indirect:object-predicate"
        if verb is None:
            rule = "indirect:object-clause"
            if any(c.dep_ in ("ccomp", "xcomp", "parataxis") and c.i > t.i for c in t.children):
                continue  # the cue has a clause of its own
            verb = next((c for c in obj.children if c.dep_ == "acl" and c.i == obj.i + 1 and c.tag_ in ("VBD", "VBN")
                         and c.pos_ == "VERB"), None)
            if verb is None or any(c.dep_ in ("obl:agent", "agent", "aux", "aux:pass", "mark") for c in verb.children):
                continue  # ('said the plan [backed by the party]': a clause on the noun, not the noun's own clause)
            if not any(c.dep_ in ("obl", "obj", "xcomp", "ccomp", "conj", "advmod") for c in verb.children):
                continue  # ('said a prayer called ...': a bare participle names the noun)
            if not any(x.pos_ == "PROPN" or x.lower_ == "the" for x in obj.subtree if x.i < obj.i or x.i == obj.i):
                continue  # ('critics say reckless - promise given in Rome': no one named, a noun the clause describes)
        spk = _subject_of(t)
        if spk is None or spk.i > t.i or _inside(marked_ranges, spk.idx, spk.idx + len(spk)) \
                or not (spk.pos_ in ("NOUN", "PROPN") or spk.lower_ in _PERSONAL or _acronym(spk)):
            continue
        lo = obj.left_edge.i
        if lo != t.i + 1:
            continue  # only the noun phrase between the cue and the verb: 'said [the U.N. chief] called ...'
        hi = max(verb.right_edge.i, obj.right_edge.i) + 1
        s, e = _strip_span(doc.text, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]), ",;:.")
        if e <= s or _overlaps(marked_ranges, s, e):
            continue
        out.append(_Found(s, e, "indirect", cue=t, cue_text=t.text, speaker=spk, rule=rule))
    return out


def _acronym(tok: Token) -> bool:
    """An all-capital name ('ECOWAS', 'NATO'), whatever part of speech the tagger gave it."""
    return len(tok.text) > 1 and tok.text.isalpha() and tok.text.isupper()


_FINITE_AUX = {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "has", "have", "had", "is",
               "are", "was", "were"}


def predicate_after_object(cue: Token, obj: Token) -> Token | None:
    """'The bloc said [its mediator, a former minister, would fly to Freetown]': the parser made the clause's subject
    (with its appositive) the cue's object and hung the clause's verb on the cue, or on the verb the cue is joined to,
    as a parataxis or as a conjunct with no 'and', and with no subject. The verb, when it is finite (a tense or modal
    auxiliary of its own, or a past or present tense) and nothing but the object's words and punctuation stand
    between the cue and it; None otherwise."""
    doc = cue.doc
    if obj.left_edge.i != cue.i + 1:
        return None
    # (on the cue, or on the verb the cue is joined to: 'condemned the coup and said [its mediator, X, would fly]')
    hosts = list(cue.children) + (list(cue.head.children) if cue.dep_ == "conj" else [])
    for c in hosts:
        if c.dep_ not in ("parataxis", "conj") or c.i <= obj.i or c.pos_ not in ("VERB", "AUX"):
            continue
        if c.dep_ == "conj" and (c.head.i == cue.i or any(k.dep_ == "cc" for k in c.children)):
            continue  # (a joined verb with its 'and' is a verb of the subject's own: 'said X and would fly')
        if any(k.dep_ in ("nsubj", "nsubj:pass", "csubj", "expl", "mark") for k in c.children):
            return None  # a clause with a subject (or a marker) of its own is not the object's predicate
        auxes = [k for k in c.children if k.dep_ in ("aux", "aux:pass") and k.i < c.i]
        if not (any(k.lower_ in _FINITE_AUX for k in auxes) or (not auxes and c.tag_ in ("VBD", "VBZ", "VBP"))):
            return None  # ('said its envoy, [to be named later]': no finite clause)
        own = {x.i for x in obj.subtree}
        between = [x for x in doc[cue.i + 1 : c.left_edge.i] if not x.is_punct]
        if any(x.i not in own for x in between):
            return None
        if any(not (x.is_punct or x.i in {k.i for k in auxes} or x.dep_ == "advmod") for x in doc[c.left_edge.i : c.i]):
            return None
        return c
    return None
