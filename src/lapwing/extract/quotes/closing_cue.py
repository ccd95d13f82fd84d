"""A cue clause closing its sentence after a comma, read on the words when the parse lost it (rule
``indirect:closing-cue``): 'Forty people were held, among them a colonel, the ministry said.', 'Prices will rise until
the harvest comes in, trade minister Ana Ruiz said on Monday.', 'Of the 30 hurt, nine are children, the hospital
reported.' The parser hangs such a clause anywhere (a relative clause on the last noun, a verb conjoined to the main
one, a second subject of the root), so the cue finders on the parse miss it. The clause after the last comma must be
only a noun phrase, a finite speech verb and a tail with no verb of its own ('on Thursday', 'in a statement carried
by the state broadcaster', 'our reporter'); the content is the sentence before that comma."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import sentence_bounds, token_columns
from lapwing.extract.quotes.cues import _TELL_LIKE, SpeechLexicon
from lapwing.extract.quotes.index import Ranges, index_of
from lapwing.extract.quotes.segmentation import QUOTE_CHARS, _Found, _overlaps, _strip_span

_FINITE = {"VBD", "VBZ", "VBP"}
_NP_POS = {"DET", "PROPN", "NOUN", "ADJ", "NUM", "PART", "ADP", "CCONJ"}
_NOT_SUBJECT = {"which", "who", "whom", "where", "that", "what", "it", "there", "he", "she", "they", "we", "i", "you"}
_TAIL_STOP = {"MD"}
_ENDS = {".", "!", "?"}
_MAX_NP, _MAX_TAIL = 9, 10
_SUBORDINATORS = {"when", "if", "because", "as", "while", "although", "though", "after", "before", "since", "unless",
                  "until", "once", "whether", "whenever"}
_PARTICIPLES = {"adding", "saying"}  # '..., X told reporters, adding that ...'
_ANSWERS = {"enough", "no", "yes", "so", "nothing", "otherwise", "little", "much"}  # 'X said no': the answer is the object


def find_closing_cues(doc: Doc, lex: SpeechLexicon, marked_ranges: Ranges, taken: set[int],
                      covered: Ranges) -> list[_Found]:
    """Quotes whose cue clause closes the sentence after a comma and that no other rule found (``taken``: cue tokens
    already used; ``covered``: spans of the quotes already found)."""
    index = index_of(doc)
    out: list[_Found] = []
    for start, stop in sentence_bounds(doc):  # (the bounds of ``doc.sents``: no Span per sentence)
        got = _closing_clause(doc, start, stop, lex)
        if got is None:
            continue
        comma, subj, cue, participle = got
        if cue.i in taken and not participle:
            continue  # (a cue taken for the participle's content after it still closes the clause before it)
        lo = start
        while lo < comma and (doc[lo].is_space or doc[lo].is_punct and doc[lo].text not in QUOTE_CHARS):
            lo += 1
        words = [t for t in doc[lo:comma] if t.is_alpha or t.like_num]
        first = next((t for t in words if t.lower_ not in ("but", "and", "yet", "so")), None)
        if first is None or first.lower_ in _SUBORDINATORS or first.tag_ == "VBG":
            continue  # ('But when Congress cut the funds, Mexico said no.'): a clause of time, not what was said
        if len(words) < 4 or not any(t.tag_ in _FINITE or t.tag_ in ("MD", "VBN", "VBG") or t.pos_ == "VERB"
                                     for t in doc[lo:comma]) and not _heading(doc, start, stop, cue):
            continue  # a clause with a verb of its own (or a heading's, 'rebels hand over arms, army says'), not a list
        if any(t.is_space and "\n" in t.text for t in doc[lo:comma]):
            continue
        s, e = _strip_span(index.text, doc[lo].idx, doc[comma - 1].idx + len(doc[comma - 1]), ",;:.")
        if e <= s or _overlaps(marked_ranges, s, e) or _overlaps(covered, s, e):
            continue
        out.append(_Found(s, e, "indirect", cue=cue, cue_text=cue.text, speaker=subj, rule="indirect:closing-cue"))
    return out


def _heading(doc: Doc, lo: int, hi: int, cue: Token) -> bool:
    """doc[lo:hi] is a heading closed by a present-tense cue ('rebels hand over arms at dawn, army says'): a paragraph
    of its own, one line with no full stop (the tagger often reads a heading's verb as a noun)."""
    words = [t for t in doc[lo:hi] if not t.is_space]
    if cue.tag_ not in ("VBZ", "VBP") or not words or words[-1].text in _ENDS or words[-1].i != cue.i and any(
            t.i > cue.i and not (t.pos_ in ("ADP", "NOUN", "PROPN", "DET", "NUM")) for t in words):
        return False
    before = doc[lo - 1] if lo > 0 else None
    after = doc[hi] if hi < len(doc) else None
    return (before is None or before.is_space and "\n" in before.text) and (after is None or after.is_space
                                                                             and "\n" in after.text)


def _closing_clause(doc: Doc, lo: int, hi: int, lex: SpeechLexicon) -> tuple[int, Token, Token, bool] | None:
    """(the comma, the subject's head, the cue, whether a participle of the cue's follows) of a clause 'NP said
    [tail]' closing the sentence [lo, hi), or of one followed by ', and ...' ('..., the union said, and in Y ...') or by
    a speech participle of its own ('..., his spokesman, Y, told reporters, adding that ...'); None otherwise. Reads the
    shared token columns (no ``Token`` per word of the sentence: a sentence with no comma before its end costs no
    ``Token`` at all)."""
    cols = token_columns(doc)
    texts, space = cols.text, cols.space
    end = hi
    while end > lo and (space[end - 1] or texts[end - 1] in _ENDS or texts[end - 1] in QUOTE_CHARS):
        end -= 1
    commas = [k for k in range(lo + 1, end) if texts[k] == ","]
    for c in reversed(commas[-3:]):
        got = _np_cue_tail(doc, c + 1, end, lex)
        if got is not None:
            return (c,) + got + (False,)
        # ('..., the union said, [and] in Y ...': the cue clause before a second clause of the writer's)
        nxt = next((k for k in commas if k > c), None)
        if nxt is not None and nxt + 1 < end and doc[nxt + 1].lower_ in ("and", "but"):
            got = _np_cue_tail(doc, c + 1, nxt, lex)
            if got is not None:
                return (c,) + got + (False,)
    # ('..., the minister's spokesman told reporters, adding that ...': the participle's content is its own; the cue
    # clause before it closes the clause before its comma)
    if commas and commas[-1] + 1 < end and texts[commas[-1] + 1].lower() in _PARTICIPLES and lex.verb_forms.get(texts[commas[-1] + 1].lower()):
        stop = commas[-1]
        for c in reversed([k for k in commas if k < stop][-3:]):
            got = _np_cue_tail(doc, c + 1, stop, lex)
            if got is not None and lex.lemma(got[1]) in _TELL_LIKE | {"say"}:
                return (c,) + got + (True,)
    return None


def _np_cue_tail(doc: Doc, lo: int, hi: int, lex: SpeechLexicon) -> tuple[Token, Token] | None:
    """(subject head, cue) when doc[lo:hi] is a noun phrase, a finite cue verb and a tail with no verb of its own."""
    cols = token_columns(doc)  # (the shared columns: no Token made per word of the phrase and its tail)
    text, lower, pos, tag = cols.text, cols.lower, cols.pos, cols.tag
    cue_k = next((k for k in range(lo + 1, min(hi, lo + _MAX_NP + 1)) if tag[k] in _FINITE), None)
    if cue_k is None or lower[cue_k] not in lex.verb_forms or hi - cue_k - 1 > _MAX_TAIL:
        return None
    np = doc[lo:cue_k]
    if cue_k + 1 < hi and lower[cue_k + 1] in _ANSWERS:
        return None
    name = _apposed_name(np)
    if name is not None:  # '..., his spokesman, Ana Ruiz, told reporters': the name apposed to the role speaks
        np = doc[lo : name[0].i - 1]
        if not np or np[-1].pos_ not in ("NOUN", "PROPN") or np[0].lower_ in _NOT_SUBJECT:
            return None
    a, b = np.start, np.end
    if lower[a] in _NOT_SUBJECT or not all(pos[k] in _NP_POS or text[k] in ("'s", "\u2019s", "-")
                                           or tag[k] == "PRP$" and k == a for k in range(a, b)):
        return None
    if pos[b - 1] not in ("NOUN", "PROPN") or pos[a] in ("ADP", "CCONJ"):
        return None
    if any(tag[k] in _FINITE or tag[k] in _TAIL_STOP or text[k] in (",", ";", ":") or lower[k] in ("that", "if", "whether")
           for k in range(cue_k + 1, hi)):
        return None  # the cue's own clause goes on ('..., X said, adding that ...'; 'X said that ...')
    cue = doc[cue_k]
    if lex.lemma(cue) not in _TELL_LIKE and any(t.head.i == cue_k and t.dep_ in ("obj", "dobj", "ccomp", "xcomp")
                                                for t in doc[cue_k + 1 : hi]):
        return None  # ('..., the minister stressed [the urgency of ...]': the cue's own object, not a tail)
    if name is not None:
        return name[0], doc[cue_k]
    heads = [t for t in np if t.pos_ in ("NOUN", "PROPN") and not (lo <= t.head.i < cue_k)]
    return (heads[0] if heads else np[-1]), doc[cue_k]


def _apposed_name(np) -> list[Token] | None:
    """The name of 'his spokesman, Ana Ruiz,' (a noun phrase, a comma, a name of one to four capitalised words and a
    comma closing the words before the cue); None for any other words."""
    if len(np) < 4 or np[-1].text != "," or sum(1 for t in np if t.text == ",") != 2:
        return None
    first = next(k for k in range(len(np)) if np[k].text == ",")
    name = list(np[first + 1 : len(np) - 1])
    if not 1 <= len(name) <= 4 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in name):
        return None
    return name


def judged_objects(closing: list[_Found], objects: list[_Found]) -> list[_Found]:
    """The object quotes of ``objects`` ('regretted [the decision]') whose cue stands inside the content of a cue clause
    of ``closing`` ('X deeply regretted the decision, his spokesman told reporters'), each ended before that clause's
    comma (the judgement is X's, reported by the spokesman: its object is not the spokesman's words)."""
    out = []
    for o in objects:
        if not isinstance(o.cue, Token):
            continue
        for c in closing:
            if c.start <= o.cue.idx < c.end and o.start < c.end:
                o.end = min(o.end, c.end)
                out.append(o)
                break
    return out


def cut_short_by_the_parse(doc: Doc, lex: SpeechLexicon, reported: list[_Found]) -> list[_Found]:
    """The complements in ``reported`` of a cue clause closing its sentence that start after the sentence's first
    words: 'A broke through ..., hours after B, and C were injured, the ministry said in a statement carried by ...'
    with only 'hours after B ...' the parse's complement of 'said'; or that run on over the clause's comma into the
    speaker's words ('A regretted B, his spokesman, Y, told reporters'). The closing clause reports the whole sentence
    before its comma; these are read again by :func:`find_closing_cues`."""
    out = []
    for f in reported:
        cue = f.cue
        if f.rule != "indirect:complement" or not isinstance(cue, Token) or f.end > cue.idx:
            continue
        lo, hi = index_of(doc).sent_range(cue.i)
        got = _closing_clause(doc, lo, hi, lex)
        if got is None or got[2].i != cue.i:
            continue
        if f.end > doc[got[0]].idx + 1:
            # ('A regretted B, his spokesman, Y, told reporters': the complement ran on into the speaker's words)
            if f.end <= cue.idx and f.start < doc[got[0]].idx:
                out.append(f)
            continue
        first = next((t for t in doc[lo : got[0]] if not (t.is_space or t.is_punct)), None)
        if first is not None and f.start > first.idx:
            out.append(f)
    return out
