"""A second cue of the same speaker that the parser hung inside the first cue's content (rule
``indirect:second-cue``): 'The minister said the army would stay neutral and urged the parties to talk', 'The mayor
urged residents to stay home and called on drivers "not to ..."', 'X said Chile cannot stand aside and warned Lima
against ...'. The parser made the second verb a conjunct of a verb inside the first content; but a past verb after
'and' cannot be coordinated with a verb group that is not past (a modal, a present or base form: 'would stay ... and
urged', 'to stay ... and called'), so it is a conjunct of the first cue, past like it, and its subject speaks.

The first content stops before the 'and'; the second cue's content is what follows it (past 'on' / 'for' / 'that')
to where the first content ended. Only for a conjunct with no subject, auxiliary or marker of its own, with a
dependent after it, right after 'and'; when the first content's verb group is past ('said the envoy called for calm
and urged ...'), the second verb may be the envoy's, and nothing is changed."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import char_range, doc_text, token_columns
from lapwing.extract.quotes.cues import SpeechLexicon, is_cue_verb
from lapwing.extract.quotes.index import index_of
from lapwing.extract.quotes.segmentation import _strip_span
from lapwing.schema import Quote

_PAST = frozenset({"VBD", "VBN"})
_NOT_PAST = frozenset({"VB", "VBP", "VBZ"})
_OWN = ("nsubj", "aux", "expl", "mark")
_AFTER = frozenset({"obj", "obl", "iobj", "xcomp", "ccomp", "advcl"})
_SKIP = frozenset({"on", "upon", "for", "that"})
_MODALS = frozenset({"MD"})


def _not_past_group(verb: Token) -> bool:
    """The verb group headed by ``verb`` is not past: a modal or 'to' on it, or a present or base form alone."""
    kids = list(verb.children)
    if any(c.tag_ in _MODALS or (c.dep_ == "mark" and c.lower_ == "to") for c in kids):
        return True
    if any(c.dep_.startswith("aux") for c in kids):
        return False  # ('had withdrawn', 'was killed'): past or unknown
    return verb.tag_ in _NOT_PAST or (verb.pos_ == "VERB" and verb.tag_.startswith("NN"))


def _second_cue(doc: Doc, q: Quote, lex: SpeechLexicon) -> Token | None:
    """The second cue hung under a verb of ``q``'s content (inside the content or just after its end), or None."""
    bounds = char_range(doc, q.start, q.end)
    if bounds is None or bounds[1] - bounds[0] < 3:
        return None
    first, end = bounds
    sent_start, sent_end = index_of(doc).sent_range(first)  # (the first token's sentence: no Span made)
    cols = token_columns(doc)  # (the shared columns: a Token made only for a verb that may be the second cue)
    text, lower, tag, dep = cols.text, cols.lower, cols.tag, cols.dep
    if not any(text[k] == q.cue and tag[k] == "VBD" for k in range(sent_start, first)):
        return None
    for k in range(first + 1, sent_end):
        if dep[k] != "conj" or tag[k] not in _PAST or lower[k - 1] != "and":
            continue
        v = doc[k]
        head = v.head
        if not first <= head.i < min(v.i, end) or not _not_past_group(head):
            continue
        kids = list(v.children)
        if any(c.dep_.startswith(_OWN) for c in kids) or not any(c.i > v.i and c.dep_ in _AFTER for c in kids):
            continue
        if is_cue_verb(v, lex):
            return v
    return None


def split_second_cues(doc: Doc, quotes: list[Quote], lex: SpeechLexicon) -> list[Quote]:
    """``quotes`` with each second cue read inside (or just after) a first content made the first one's speaker's: the
    first content cut before it, its content a quote of its own, or the quote already read on it given that speaker."""
    text = doc_text(doc)  # (the shared text: ``Doc.text`` walks every token)
    out = list(quotes)
    for k in range(len(quotes)):
        q = out[k]
        if q.kind != "indirect" or q.speaker is None or not q.cue:
            continue
        v = _second_cue(doc, q, lex)
        if v is None:
            continue
        first = doc[v.i + 1]
        if first.lower_ in _SKIP and first.i + 1 < len(doc):
            first = doc[first.i + 1]
        end = q.end if v.idx < q.end else doc[v.sent.end - 1].idx + len(doc[v.sent.end - 1])
        s2, e2 = _strip_span(text, first.idx, end, ",;:.")
        if e2 <= s2:
            continue
        if v.idx < q.end:  # the first content runs on over the second cue: cut it before the 'and'
            s1, e1 = _strip_span(text, q.start, doc[v.i - 1].idx, ",;:.")
            if e1 <= s1:
                continue
            out[k] = q.model_copy(update={"text": text[s1:e1], "start": s1, "end": e1})
        read = [o for o in out if o.cue == v.text and v.idx < o.start <= first.idx + len(first)]
        if read:  # the second cue's content was read with another subject: it is the first cue's speaker's
            for j, o in enumerate(out):
                if any(o is r for r in read):
                    out[j] = o.model_copy(update={"speaker": q.speaker})
        elif not any(o.start <= s2 < o.end or s2 <= o.start < e2 for o in out if o is not out[k]):
            out.append(Quote(text=text[s2:e2], start=s2, end=e2, kind="indirect", speaker=q.speaker, cue=v.text,
                             channel=None, rule="indirect:second-cue"))
    return sorted(out, key=lambda x: (x.start, x.end))
