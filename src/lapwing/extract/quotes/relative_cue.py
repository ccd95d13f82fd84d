"""A claim in a relative clause on a noun (rule ``indirect:relative``): 'a speech [that his party says] was taken out
of context', 'a sitting [the opposition says] was held without a quorum', 'a fourth term [that the opposition says]
the charter forbids'. The cue's subject is the speaker; the content is the rest of the relative clause after the cue,
whose gap is the noun (it is the writer's noun, not the speaker's words), up to a comma, a semicolon, a dash or the
sentence's end. Only when the words after the cue are a clause: a finite verb right after it (the gap is the
subject), or a short noun phrase and a finite verb with nothing after it (the gap is the object)."""

from __future__ import annotations

from spacy.tokens import Doc

from lapwing.extract.docfacts import positions_of, token_columns
from lapwing.extract.quotes.cues import SpeechLexicon, is_cue_verb
from lapwing.extract.quotes.index import index_of
from lapwing.extract.quotes.segmentation import _Found, _inside, _strip_span

_RELATIVE_WORDS = ("that", "which", "who", "whom")
_FINITE = ("VBD", "VBZ", "VBP", "MD")
_STOPS = (",", ";", ":", "\u2014", "--", "(", ")")
_NP_WORDS = ("DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM")
_LINKS = ("and", "or", "but", "that", "which", "who", "whom", "whose", "where", "when", "if", "because", "as")
#: the cue's label, tag and word (a relative clause's finite speech verb)
_RELCL_DEPS = frozenset({"acl:relcl", "relcl"})
_FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP"})
_RELATIVE_CUES = frozenset({"says", "say", "said", "claims", "claimed", "believes", "believe", "believed", "insists",
                            "insisted", "argues", "argued", "alleges", "alleged"})


def find_relative_cues(doc: Doc, lex: SpeechLexicon, marked_ranges, taken: set[int]) -> list[_Found]:
    index = index_of(doc)
    out: list[_Found] = []
    cols = token_columns(doc)
    dep, tag = cols.dep, cols.tag
    # a Token only for the words that pass the word and label tests (the words from the article's word index)
    for i in [i for i in positions_of(doc, _RELATIVE_CUES) if dep[i] in _RELCL_DEPS]:
        if i in taken or tag[i] not in _FINITE_TAGS:
            continue
        t = doc[i]
        if not is_cue_verb(t, lex) or _inside(marked_ranges, t.idx, t.idx + len(t)):
            continue
        noun = t.head
        subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
        if subj is None:
            continue
        if noun.i >= subj.left_edge.i or noun.i < subj.left_edge.i - 2:
            # the parser may hang the relative clause on an earlier noun ('the arrest of X over a speech [that his
            # party says] was ...'): the noun right before the relative word is the one it is about
            lo = subj.left_edge.i - 1
            lo -= 1 if lo >= 0 and doc[lo].lower_ in _RELATIVE_WORDS else 0
            noun = doc[lo] if lo >= 0 else noun
        if noun.i >= subj.left_edge.i or not (noun.pos_ in ("NOUN", "PROPN") or noun.tag_.startswith("NN")):
            continue
        # between the noun and the cue's subject only a relative word (or nothing: 'a sitting the opposition says')
        gap = [x for x in doc[noun.i + 1 : subj.left_edge.i]]
        if len(gap) > 1 or gap and gap[0].lower_ not in _RELATIVE_WORDS:
            continue
        if any(x.pos_ in ("VERB", "AUX") for x in doc[subj.i + 1 : t.i]):
            continue
        end = index.sent_end(t)
        hi = t.i + 1
        while hi < end and doc[hi].text not in _STOPS and not (doc[hi].is_space and "\n" in doc[hi].text):
            hi += 1
        while hi > t.i + 1 and doc[hi - 1].is_punct and doc[hi - 1].text not in ('"', "\u201d"):
            hi -= 1
        words = doc[t.i + 1 : hi]
        if len(words) < 2 or doc[t.i + 1].lower_ == "that":
            continue
        if words[0].tag_ in _FINITE or words[0].pos_ == "AUX":
            # 'says [was held without a quorum]': the gap is the subject; the clause ends before a second finite verb
            # with no conjunction or relative word before it, the verb of the sentence the noun is the subject of
            # ('The photos he claimed [were heirlooms] turned out to be ...')
            for k in range(1, len(words)):
                if words[k].tag_ in ("VBD", "VBZ", "VBP") and words[k].pos_ == "VERB" and not any(
                        x.lower_ in _LINKS for x in words[1:k]):
                    words = words[:k]
                    break
            if len(words) < 2:
                continue
        else:
            # 'says [the charter forbids]': a short noun phrase, then a finite verb ending the clause
            last = words[-1]
            np = words[:-1]
            if not 1 <= len(np) <= 5 or not all(x.pos_ in _NP_WORDS and x.tag_ not in _FINITE for x in np):
                continue
            # the verb ends the clause (its object is the gap); the tagger may read a verb in -s as a plural noun
            # after the noun phrase ('the charter [forbids]')
            if not (last.tag_ in ("VBZ", "VBD", "VBP") or last.tag_ == "NNS" and last.is_lower
                    and np[-1].pos_ in ("NOUN", "PROPN")):
                continue
        s, e = _strip_span(index.text, words[0].idx, words[-1].idx + len(words[-1]), ",;:.")
        if e <= s or _inside(marked_ranges, s, e):
            continue
        out.append(_Found(s, e, "indirect", cue=t, cue_text=t.text, speaker=subj, rule="indirect:relative"))
    return out
