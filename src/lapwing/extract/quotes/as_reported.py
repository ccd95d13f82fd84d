"""'As the Courier reported, A' / 'A, as Ruiz noted last week' / 'X, as his aide explained, did A': a cue in an 'as'
clause with no content of its own reports the sentence around the clause (rule ``indirect:as-reported``; PolNeAR
gives the clause's subject as the source and the rest of the sentence as the content). The speaker is the clause's
subject, or the 'by' phrase of a passive ('As first reported by the Courier, A').

'As X put it' (the frame: :func:`lapwing.extract.quotes.cues.as_put_it`) reports the sentence around it too
(``_as_put_it_content``, rule ``indirect:as-put-it``); 'as expected', 'as planned' have no cue; a cue with
an object or a clause of its own ('as she announced the plan', 'as he said that ...') reports that, not the sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import token_columns
from lapwing.extract.quotes.cues import SUBJ_DEPS, _TELL_LIKE, lexicon
from lapwing.extract.quotes.index import Ranges, index_of
from lapwing.extract.quotes.segmentation import _Found, _overlaps, _strip_span
from lapwing.extract.quotes.subject_words import is_time_word
from lapwing.extract.quotes.subjects import _subject_of

# cue words whose frame is read elsewhere ('as X put it', 'went on', 'shot back'), never an 'as' clause's report
_OTHER_FRAMES = {"put", "puts", "went", "goes", "shot", "shoots", "fired", "fires", "hit", "hits"}
_CLAUSE_WORDS = 8  # the most words between 'as' and its cue ('as the Harbour Gazette's night editor first reported')
_MIN_WORDS = 3  # the fewest words of content outside the clause
_OWN_CONTENT = ("ccomp", "xcomp", "csubj", "obj")
_ENDS = (",", ";", "(", ")", "\u2014", "\u2013", "--")
# cues that in an 'as' clause tell when, not who reports ('As Ruiz spoke, the crowd cheered')
_WHILE_CUES = {"speak", "talk", "chat", "shout", "yell", "scream", "joke", "testify", "laugh", "cheer", "chant",
               "address", "argue", "debate", "listen", "sing", "plead", "pray"}
# a phrase with one of these on the cue is its own content ('As Ruiz talked about A, ...')
_TOPIC_PREPS = {"about", "of", "over", "for", "with", "against", "into"}


def as_clause(cue: Token) -> tuple[int, int, Token] | None:
    """(first token, token after, speaker) of the 'as' clause ``cue`` closes, when the cue has no content of its own
    and the clause is set off from the rest of its sentence; else None."""
    doc = cue.doc
    if cue.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or cue.lower_ in _OTHER_FRAMES:
        return None  # ('as the day went on', 'as X put it': read elsewhere)
    index = index_of(doc)
    lo, hi = index.sent_start(cue), index.sent_end(cue)
    cols = token_columns(doc)  # the words as lists: no Token per position read
    low, text, space = cols.lower, cols.text, cols.space
    a = next((k for k in range(cue.i - 1, max(lo - 1, cue.i - _CLAUSE_WORDS - 2), -1)
              if low[k] == "as" or text[k] in _ENDS or space[k]), None)
    if a is None or low[a] != "as":
        return None
    if a > lo and text[a - 1] not in _ENDS and not space[a - 1] and text[a - 1] not in ("\"", "\u201d"):
        return None  # 'such as', 'as well as', 'the same as': only an 'as' opening its clause after a break
    lex = lexicon()
    lemma = lex.lemma(cue) or lex.object_forms.get(cue.lower_) or lex.to_forms.get(cue.lower_)
    if lemma in _WHILE_CUES:
        return None
    tell = lemma in _TELL_LIKE
    for c in cue.children:
        if c.i > cue.i and c.dep_ in _OWN_CONTENT and not (tell and c.dep_ == "obj" and c.pos_ in ("PROPN", "NOUN", "PRON")):
            return None  # 'as she announced the plan', 'as he said that ...' (a hearer after 'told' is no content)
        if c.i > cue.i and c.dep_ == "obl" and not is_time_word(c) and any(k.dep_ == "case" and k.lower_ in _TOPIC_PREPS for k in c.children):
            return None  # 'As Ruiz talked about A, ...': a topic of its own ('as X wrote on Twitter' is a channel)
        if c.i > cue.i and c.dep_ in ("advcl", "acl", "obl") and any(x.pos_ == "VERB" for x in c.subtree):
            return None  # 'as the mayor noted while cutting the ribbon', 'as X warned about raising taxes'
    subj = next((c for c in cue.children if c.dep_ in SUBJ_DEPS and a < c.i < cue.i), None)
    if subj is None and any(c.dep_ in ("aux:pass", "auxpass") for c in cue.children) or subj is None and cue.tag_ == "VBN":
        # 'As first reported by the Courier, ...'
        subj = next((c for c in cue.children if c.i > cue.i and c.pos_ in ("PROPN", "NOUN")
                     and any(k.dep_ == "case" and k.lower_ == "by" for k in c.children)), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN", "PRON") or is_time_word(subj) \
            or subj.lower_ in ("it", "that", "this", "there", "what", "day", "night", "week", "year", "evening", "time"):
        return None
    end = next((k for k in range(cue.i + 1, hi) if text[k] in _ENDS or space[k]), hi)
    if end - cue.i > 6:
        return None  # the clause goes on past its time or channel words: something else
    return a, end, subj


def find_as_reported(doc: Doc, cue: Token, marked_ranges) -> _Found | None:
    """The sentence around the 'as' clause of ``cue`` as reported speech, or None (see :func:`as_clause`)."""
    clause = as_clause(cue)
    if clause is None:
        return None
    a, end, subj = clause
    index = index_of(doc)
    lo, hi = index.sent_start(cue), index.sent_end(cue)
    text = index.text
    parts = []
    for p, q in ((lo, a), (end, hi)):
        words = [t for t in doc[p:q] if not t.is_punct and not t.is_space]
        if words:
            s, e = _strip_span(text, words[0].idx, words[-1].idx + len(words[-1]), ",;:.()")
            if e > s:
                parts.append((s, e))
    words = [t for t in doc[lo:hi] if not (a <= t.i < end) and not t.is_punct and not t.is_space]
    if not parts or len(words) < _MIN_WORDS or not any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    if _overlaps(marked_ranges, parts[0][0], parts[-1][1]):
        return None  # a quote there is attributed on its own
    f = _Found(parts[0][0], parts[-1][1], "indirect", cue=cue, cue_text=cue.text, speaker=subj, rule="indirect:as-reported")
    if len(parts) > 1:
        f.extra["parts"] = parts
    return f


def _as_put_it_content(doc: Doc, cue: Token, marked_ranges: list[tuple[int, int]] | Ranges) -> _Found | None:
    """'As Holm puts it, [the party has lost its way]' / '[The party has lost its way], as Holm put it in a speech':
    the sentence around the 'as' clause is the content, outside quotation marks (a quote there is attributed on its
    own); the speaker is the subject of 'put'."""
    index = index_of(doc)
    lo, hi = index.sent_start(cue), index.sent_end(cue)
    a = next(k for k in range(cue.i - 1, lo - 1, -1) if doc[k].lower_ == "as")
    close = next((k for k in range(cue.i + 2, hi) if doc[k].text in (",", ";")), hi)
    first = next((k for k in range(lo, a) if not (doc[k].is_space or doc[k].is_punct)), a)
    if first == a:  # the 'as' clause opens the sentence: the content follows its comma
        s_tok, e_tok = close + 1, hi
    else:
        s_tok, e_tok = lo, a
    words = [t for t in doc[s_tok:e_tok] if not t.is_punct and not t.is_space]
    if len(words) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    s, e = _strip_span(index.text, words[0].idx, words[-1].idx + len(words[-1]), ",;:.")
    if _overlaps(marked_ranges, s, e):
        return None
    return _Found(s, e, "indirect", cue=cue, cue_text=cue.text, speaker=_subject_of(cue), rule="indirect:as-put-it")
