"""A clause the parser read as the cue's object with a clause on it (rule ``indirect:object-clause``): 'A spokesman
said [the secretary-general called for calm and urged ...]', 'Officials said [the convoy reached the border]' parsed
as 'said [the secretary-general]' with 'called ...' a clause on that noun. 'Say' takes a clause, not a thing: when its
object is a noun with a past-tense verb right after it (no 'by' agent, no relative word, no comma between), the noun
and the verb's clause are what was said; the speaker is the cue's subject."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import token_columns
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
    for i in [k for k, w in enumerate(cols.lower) if w in lex.verb_forms and lex.verb_forms[w] in _SAY]:
        t = doc[i]
        if i in taken or t.pos_ != "VERB" or _inside(marked_ranges, t.idx, t.idx + len(t)):
            continue
        if any(c.dep_ in ("ccomp", "xcomp", "parataxis") and c.i > t.i for c in t.children):
            continue  # the cue has a clause of its own
        obj = next((c for c in t.children if c.dep_ in ("obj", "dobj") and c.i > t.i), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN", "ADJ") or obj.lower_ in _NOT_CLAUSE:
            continue
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
                or not (spk.pos_ in ("NOUN", "PROPN") or spk.lower_ in _PERSONAL):
            continue
        lo = obj.left_edge.i
        if lo != t.i + 1:
            continue  # only the noun phrase between the cue and the verb: 'said [the U.N. chief] called ...'
        hi = max(verb.right_edge.i, obj.right_edge.i) + 1
        s, e = _strip_span(doc.text, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]), ",;:.")
        if e <= s or _overlaps(marked_ranges, s, e):
            continue
        out.append(_Found(s, e, "indirect", cue=t, cue_text=t.text, speaker=spk, rule="indirect:object-clause"))
    return out
