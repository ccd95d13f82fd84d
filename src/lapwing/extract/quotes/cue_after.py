"""A cue clause after (or inside) its content: 'Y, X said.', 'Y, said X, the ...', 'Too often, Mr. Clarke said, the
debate ...' (rule ``indirect:cue-after``)."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.docfacts import token_columns
from lapwing.extract.quotes.cue_inside import not_own_clause
from lapwing.extract.quotes.cues import SpeechLexicon, _TELL_LIKE, is_cue_verb
from lapwing.extract.quotes.index import index_of
from lapwing.extract.quotes.reported_bounds import _mostly_quoted
from lapwing.extract.quotes.segmentation import QUOTE_CHARS, _Found, _inside, _overlaps, _strip_span
from lapwing.extract.quotes.subjects import _subject_of

_FINITE = {"VBD", "VBZ", "VBP", "MD"}
# words opening a clause that is not what a cue clause after it reports ('When asked why ..., Ruiz said, adding, "..."')
_OPENING_SUBORDINATORS = {"when", "while", "if", "after", "before", "as", "because", "although", "though", "since",
                          "asked", "unless", "until", "once", "whether"}


def find_cue_after(t: Token, lex: SpeechLexicon, marked_ranges: list[tuple[int, int]], inv_i: int) -> _Found | None:
    """The content a cue clause after (or inside) it reports, for a cue ``t`` with no complement of its own; ``inv_i``
    is -2 when the cue's later clauses are a participle cue's and a quote's, not its own."""
    doc = t.doc
    index = index_of(doc)
    text = index.text
    cols = token_columns(doc)
    lower, pos, texts, idx, punct = cols.lower, cols.pos, cols.text, cols.idx, cols.punct
    # 'Y, said X, the ...': a cue after a comma with its speaker after it, however the parser hung the two
    speaker_after = _speaker_after_comma(t)
    if speaker_after is not None:
        sent = index.sent(t)
        lo, hi = sent.start, t.i - 1
        while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
            lo += 1
        span = doc[lo:hi]
        # (not a noun phrase whose one finite verb is a relative clause's: 'The company, which runs the mine,
        # denied any responsibility' says nothing before its cue, whose subject the parser lost)
        finite = [x for x in span if x.tag_ in _FINITE]
        if len([x for x in span if not x.is_punct]) >= 3 and finite \
                and not (len(finite) == 1 and _in_relative(finite[0], lo)):
            s, e = _strip_span(text, span.start_char, span.end_char, ",;:.")
            if e > s and not _mostly_quoted(text, marked_ranges, s, e) and not _overlaps(marked_ranges, s, e):
                return _Found(s, e, "indirect", cue=t, cue_text=t.text, speaker=speaker_after,
                              rule="indirect:cue-after")
    # 'Y, X said.' : a cue clause after (or inside) its content
    own_subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
    set_off = t.dep_ in ("advcl", "ccomp") and own_subj is not None and own_subj.left_edge.i > 0 \
        and doc[own_subj.left_edge.i - 1].text == "," and t.i + 1 < len(doc) and doc[t.i + 1].text == "," \
        and not any(c.i > t.i and c.dep_ not in ("punct",) for c in t.children)
    # ('..., the Daily Courier reported late Thursday.': the comma before the cue clause may be its first word)
    after_comma = t.i > 0 and (texts[t.left_edge.i - 1] == "," or texts[t.left_edge.i] == ",")
    if t.dep_ in ("parataxis",) or set_off or (t.dep_ in ("ccomp",) and t.head.i < t.i and after_comma):
        if t.tag_ == "VBG" and t.head.i < t.i and is_cue_verb(t.head, lex) and t.head.dep_ != "ROOT":
            return None  # 'A, Ruiz said, adding, "B"': the cue clause before the participle reports A
        subj = _subject_of(t)
        if any(c.dep_ == "mark" and c.i < t.i and c.lower_ in _OPENING_SUBORDINATORS for c in t.children):
            return None  # '..., even as the union warned of a strike': a clause of the writer's, not a cue clause
        hearer_ok = lex.lemma(t) in _TELL_LIKE  # '..., the senator told reporters.': the object is the hearer
        if subj is None or any(c.dep_ in ("obj", "ccomp") and c.i != subj.i and not (hearer_ok and c.dep_ == "obj")
                               and not (inv_i == -2 and not_own_clause(c, lex, marked_ranges))
                               and not _reason_after_cue(t, c) and not _what_phrase_after(t, c) for c in t.children):
            return None
        sent_start, sent_end = index.sent_range(t.i)
        cue_lo, cue_hi = t.left_edge.i, t.right_edge.i + 1
        if set_off and subj.i < t.i:  # 'Too often, Mr. Clarke said, the debate ...': the cue clause is subject + verb
            cue_lo = subj.left_edge.i
        while cue_hi - 1 > t.i and punct[cue_hi - 1]:  # its trailing comma is not the cue clause's
            cue_hi -= 1
        if cue_lo > sent_start and cue_hi >= sent_end - 1:
            lo, hi = sent_start, cue_lo
        elif cue_lo <= sent_start:
            return None
        elif (texts[cue_lo] == "," or texts[cue_lo - 1] == ",") and any(cols.tag[k] in ("VBD", "VBZ", "VBP", "MD") for k in range(sent_start, cue_lo)):
            # 'A woman was shot dead on Wednesday, rights groups said, a day after ...': the clause before
            lo, hi = sent_start, cue_lo
        else:
            # 'Too often, Mr. Clarke said, the debate is ...': the content runs round its cue clause (one span,
            # in two parts; the speaker is in neither)
            lo, hi = sent_start, sent_end
        if sum(1 for k in range(lo, hi) if not punct[k]) < 3 or not any(pos[k] in ("VERB", "AUX") for k in range(lo, hi)):
            return None
        s, e = _strip_span(text, idx[lo], idx[hi - 1] + len(texts[hi - 1]), ",;:.")
        if _mostly_quoted(text, marked_ranges, s, e):
            return None  # direct quotes are handled on their own (a quoted word or two stays in the content)
        if inv_i == -2 and (text[s] in QUOTE_CHARS or _inside(marked_ranges, s, s + 1)
                            or doc[lo].tag_ in ("VBG", "VBN") or lower[lo] in _OPENING_SUBORDINATORS
                            or not any(cols.tag[k] in _FINITE for k in range(lo, hi))):
            return None  # ('Holding up a map, Ruiz said, adding, "..."': no clause reported before the cue)
        found = _Found(s, e, "indirect", cue=t, cue_text=t.text, speaker=subj, rule="indirect:cue-after")
        if lo < cue_lo and cue_hi < hi:
            found.extra["parts"] = [(s, _strip_span(text, s, doc[cue_lo].idx, ",;:")[1]),
                                    (_strip_span(text, doc[cue_hi - 1].idx + len(doc[cue_hi - 1]), e, ",;:")[0], e)]
        return found
    return None


def _speaker_after_comma(cue: Token) -> Token | None:
    """'..., said Anna Berg, a senior official ...': a finite cue right after a comma with no content of its own after
    it, followed by a noun phrase (a name, or a determiner and a noun): the head of that noun phrase."""
    doc = cue.doc
    if cue.i < 2 or doc[cue.i - 1].text != "," or cue.tag_ not in ("VBD", "VBZ") or cue.i + 1 >= len(doc):
        return None
    # (a clause after the cue is its own content; the speaker's noun phrase the parser made one is not)
    if any(c.dep_ in ("ccomp", "xcomp") and c.i > cue.i and not (c.left_edge.i == cue.i + 1 and c.pos_ in ("NOUN", "PROPN"))
           for c in cue.children):
        return None
    head = None
    for t in doc[cue.i + 1 : cue.i + 8]:
        if t.pos_ in ("PROPN", "NOUN"):
            head = t
        elif t.pos_ in ("DET", "ADJ", "NUM") and head is None:
            continue
        elif t.tag_ == "POS" and head is not None:  # 'said the company's chief executive'
            head = None
            continue
        else:
            break
    if head is None or not (head.pos_ == "PROPN" or doc[cue.i + 1].pos_ == "DET"):
        return None
    if head.dep_ == "obj" and head.head.i == cue.i and any(
            c.dep_ in ("nsubj", "nsubj:pass") and c.i < cue.i and c.pos_ in ("NOUN", "PROPN", "PRON")
            for c in cue.children):
        # 'Zuma, who faces fraud charges, denies any wrongdoing': the cue's subject stands before it, set off by a
        # relative clause or an apposition, and the noun phrase after the cue is its object, not a speaker
        return None
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    return head if nxt is None or nxt.is_punct or nxt.is_space else None


def _in_relative(word: Token, lo: int) -> bool:
    """``word`` stands in a relative clause (its own or one of its heads, down to token ``lo``, is one)."""
    node, seen = word, 0
    while node.i >= lo and seen < 12:
        if node.dep_ in ("acl:relcl", "relcl"):
            return True
        if node.head.i == node.i:
            return False
        node, seen = node.head, seen + 1
    return False


_REASON_MARKS = ("because", "since", "although", "though", "whereas", "unless")


def _reason_after_cue(cue: Token, comp: Token) -> bool:
    """'Prices will rise, Ruiz said, [because the harvest was poor]': a clause of reason or concession after a cue
    clause set off by commas, which the parser hung on the cue as its complement, is the writer's (or the speaker's
    reason for the words before), not what the cue reports; the content is the clause before the cue."""
    if comp.i < cue.i:
        return False
    doc = cue.doc
    first = next((x for x in doc[comp.left_edge.i : comp.i + 1] if not x.is_punct and not x.is_space), comp)
    return first.lower_ in _REASON_MARKS and first.i > 0 and doc[first.i - 1].text == "," \
        and any(m.dep_ == "mark" and m.i == first.i for m in comp.children)


def _what_phrase_after(cue: Token, comp: Token) -> bool:
    """What the parser took for the cue's complement is a phrase after a comma opened by a preposition and 'what'
    ('A, the ministry said, [in what it called a goodwill gesture]', '[, in what he described as ...]'): the writer's
    account of how the words were framed, never a reported clause (a that-clause opens with no preposition)."""
    cols = token_columns(cue.doc)  # (the shared columns: no Token made per word between the cue and the phrase)
    punct, space = cols.punct, cols.space
    k = comp.left_edge.i
    while k < comp.i and (punct[k] or space[k]):
        k += 1
    return k > cue.i and k + 1 < len(punct) and cols.pos[k] == "ADP" and cols.lower[k + 1] == "what" \
        and "," in cols.text[cue.i + 1 : k]
