"""A judgement on a noun in a relative clause whose gap is the cue's object (rule ``indirect:relative-object``):
'..., a version [the ministry denied] "categorically".', '..., a claim [that the company rejected].', 'an account
[police dispute]'. The cue's subject is the speaker; the content is the noun phrase the clause hangs on (what was
denied), as for 'Moscow denied [the claim]'. Only when nothing but adverbs (quoted or not) follows the cue up to a
comma, a semicolon, a dash or the sentence's end, and the noun phrase follows a comma or opens the sentence."""

from __future__ import annotations

from spacy.tokens import Doc

from lapwing.extract.docfacts import positions_of, token_columns
from lapwing.extract.quotes.cues import SpeechLexicon
from lapwing.extract.quotes.index import index_of
from lapwing.extract.quotes.segmentation import QUOTE_CHARS, _Found, _inside

#: judgements whose object is a claim someone made (lemmas of the lexicon's ``objverb`` cues)
_JUDGEMENTS = frozenset({"deny", "reject", "dismiss", "dispute", "confirm", "acknowledge", "admit"})
_ENDS = (",", ";", ".", ":", "\u2014", "--", "!", "?")
_AUX = ("has", "have", "had", "was", "were", "would", "later", "also", "flatly", "strongly", "quickly")
_NAME_POS = ("PROPN", "NOUN", "ADJ", "DET", "NUM")
_SUBJECT_PRONOUNS = ("he", "she", "they", "it", "we")


def _subject_span(doc: Doc, k: int) -> int | None:
    """Start of the cue's subject ending at ``k`` (a pronoun, or a short noun phrase opening with a determiner, a
    possessive or a name: 'the Ministry of Information', 'police', 'Acme's lawyers'), or None."""
    if doc[k].lower_ in _SUBJECT_PRONOUNS:
        return k
    j = k
    while j > 0 and k - j < 6 and (doc[j].pos_ in _NAME_POS or doc[j].tag_ == "POS"
                                   or doc[j].lower_ == "of" and doc[j + 1].pos_ == "PROPN"):
        if doc[j].pos_ == "DET" or doc[j].pos_ == "PROPN" and doc[j - 1].pos_ not in ("PROPN", "ADP", "DET"):
            return j
        j -= 1
    return None


def find_relative_objects(doc: Doc, lex: SpeechLexicon, marked_ranges) -> list[_Found]:
    index = index_of(doc)
    out: list[_Found] = []
    lower = token_columns(doc).lower
    forms = lex.object_forms  # (the article's object cues from its word index, kept for a verb of judgement)
    for i in [k for k in positions_of(doc, forms.keys()) if forms[lower[k]] in _JUDGEMENTS]:
        t = doc[i]
        if t.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or _inside(marked_ranges, t.idx, t.idx + len(t)):
            continue
        # nothing but adverbs (a quoted one too) after the cue, up to the clause's end
        end = index.sent_end(t)
        k = i + 1
        while k < end and (doc[k].pos_ == "ADV" or doc[k].text in QUOTE_CHARS):
            k += 1
        if k < end and doc[k].text not in _ENDS:
            continue
        k = i - 1
        while k > 0 and lower[k] in _AUX:
            k -= 1
        s0 = _subject_span(doc, k)
        if s0 is None or s0 < 2:
            continue
        subj = next((doc[j - 1] for j in range(s0 + 1, k) if lower[j] == "of"), doc[k])  # ('the Ministry of ...')
        n = s0 - 1
        if lower[n] in ("that", "which"):
            n -= 1
        noun = doc[n]
        if noun.pos_ != "NOUN" or not noun.is_lower:
            continue
        a = n
        while a > 0 and n - a < 5 and doc[a - 1].pos_ in ("DET", "ADJ", "NOUN", "NUM"):
            a -= 1
        if doc[a].pos_ != "DET" or not (a == index.sent_start(t) or doc[a - 1].text in (",", "\u2014", "--")):
            continue
        s, e = doc[a].idx, noun.idx + len(noun)
        if _inside(marked_ranges, s, e):
            continue
        out.append(_Found(s, e, "indirect", cue=t, cue_text=t.text, speaker=subj, rule="indirect:relative-object"))
    return out


def end_before_judged(reported: list[_Found], judged: list[_Found], text: str) -> None:
    """'X reported that A[, a version the ministry denied]': a reported content that runs on over the noun phrase a
    judgement's relative clause hangs on ends at the comma before it (the apposition is the writer's, on the whole
    report). In place."""
    for j in judged:
        for r in reported:
            if r is j or not r.start < j.start < r.end:
                continue
            cut = text.rfind(",", r.start, j.start)
            if cut > r.start and not text[cut + 1 : j.start].strip():
                r.end = len(text[:cut].rstrip())
