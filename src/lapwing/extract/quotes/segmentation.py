"""Segmentation: quotation marks paired into stretches of text, and where reported speech starts and ends."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import char_range, token_columns
from lapwing.extract.quotes.cues import (SUBJ_DEPS, SpeechLexicon, _FINITE_TAGS, _NO_CLAUSE, _TELL_LIKE, cue_words,
                                        is_cue_verb, lexicon)
from lapwing.extract.quotes.index import Ranges, index_of
from lapwing.extract.quotes.made_clear import clause_start
from lapwing.extract.quotes.next_cue import speakers_next_cue

# ---------------------------------------------------------------------------
# quotation marks

OPENERS = {"\u201c": "\u201d", "\u00ab": "\u00bb", '"': '"', "\u201e": "\u201c", "``": "''", "''": "''"}
CLOSERS = {"\u201d", "\u00bb", '"', "''"}
QUOTE_CHARS = set(OPENERS) | CLOSERS  # marks, including the doubled apostrophes some wires use ('' ... '')
_MARK_RE = re.compile(r"''|``|[\"\u201c\u201d\u00ab\u00bb\u201e]")
_WORD_RE = re.compile(r"\w+", re.UNICODE)


@dataclass
class Marked:
    """A stretch of text between quotation marks."""

    start: int  # content start (after the opening mark)
    end: int  # content end (before the closing mark, or end of paragraph)
    open_at: int  # index of the opening mark
    close_at: int | None  # index of the closing mark (None: runs to the end of the paragraph)
    para: int  # paragraph number
    close_len: int = 1

    @property
    def outer_end(self) -> int:
        return self.close_at + self.close_len if self.close_at is not None else self.end


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"\n", text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def _is_open_context(text: str, i: int, n: int, lo: int) -> bool:
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + n] if i + n < len(text) else " "
    return (prev.isspace() or prev in "([{\u2014\u2013-/:;,") and not nxt.isspace()


def _is_close_context(text: str, i: int, n: int, hi: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + n] if i + n < hi else " "
    return not prev.isspace() and (nxt.isspace() or not nxt.isalnum())


def _glued_close(text: str, i: int, lo: int) -> bool:
    """A straight mark right after a word's comma or end mark, with a word glued after it, closes an open quote:
    '"We stay,"said Ruiz.'"""
    return i - 2 >= lo and text[i - 1] in ",.!?" and not text[i - 2].isspace()


def find_marked(text: str) -> list[Marked]:
    """Pair quotation marks paragraph by paragraph (straight, curly, guillemets, doubled apostrophes)."""
    found: list[Marked] = []
    for pno, (lo, hi) in enumerate(_paragraphs(text)):
        open_at: int | None = None
        opener = ""
        for mk in _MARK_RE.finditer(text, lo, hi):
            i, g = mk.start(), mk.group()
            n = len(g)
            if open_at is None:
                # an opening mark; a closing glyph in opening position (bad typography) opens too
                if (g in OPENERS and g not in ('"', "''")) or _is_open_context(text, i, n, lo):
                    open_at, opener = i, g
                continue
            expected = OPENERS.get(opener, '"')
            closes = g == expected and (g not in ('"', "''") or _is_close_context(text, i, n, hi) or
                                        not _is_open_context(text, i, n, lo) or _glued_close(text, i, lo))
            closes = closes or (g in CLOSERS and _is_close_context(text, i, n, hi))
            # an opening curly mark typed where the closing one goes, right after the quote's last comma or end mark
            # ('..., for her here,“ said Ruiz.'): it closes the quote
            closes = closes or (g == "\u201c" and opener in ("\u201c", '"') and _is_close_context(text, i, n, hi)
                                and i - 2 >= lo and text[i - 1] in ",.!?" and not text[i - 2].isspace())
            if g in ("\u201c", "``") and opener == g and not _is_close_context(text, i, n, hi):
                # a second opening mark before any close: the first quote was never closed (typo)
                open_at = i
            elif closes:
                found.append(Marked(open_at + len(opener), i, open_at, i, pno, n))
                open_at = None
        if open_at is not None and hi - open_at > len(opener):
            found.append(Marked(open_at + len(opener), hi, open_at, None, pno))
    # trim spaces inside the marks
    out = []
    for m in found:
        s, e = m.start, m.end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            m.start, m.end = s, e
            out.append(m)
    return out


_DATELINE_DASHES = ("-", "--", "\u2013", "\u2014", "\u2015")


def _after_dateline(doc: Doc, s: int, e: int) -> int:
    """Reported speech never starts with the dateline: 'SANAA, May 16 (Reuters) - Air strikes ...'."""
    bounds = char_range(doc, s, e)
    if bounds is None:
        return s
    first, end = bounds
    cols = token_columns(doc)
    texts = cols.text
    head = [k for k in range(first, min(end, first + 14)) if not cols.space[k]]  # the span's first 14 tokens
    for n, k in enumerate(head):
        if texts[k] in _DATELINE_DASHES and n > 0 and not _in_word(doc, k) and (texts[head[n - 1]] == ")" or any(
                len(texts[x]) > 2 and doc[x].is_upper for x in head[:n])):
            if n + 1 < len(head):
                return cols.idx[head[n + 1]]
    return s


def _in_word(doc: Doc, k: int) -> bool:
    """The dash doc[k] joins two words with no space ('Secretary-General' after 'The U.N.'): a hyphen, no dateline's."""
    return 0 < k < len(doc) - 1 and not doc[k - 1].whitespace_ and not doc[k].whitespace_ \
        and doc[k - 1].is_alpha and doc[k + 1].is_alpha and not doc[k - 1].is_upper  # ('BISSAU-The ...': a dateline)


# conjunctions opening a clause that says when the cue was spoken
_TIME_MARKS = {"after", "before", "while", "when", "as", "until", "since", "once"}


def _in_time_clause(t: Token, cue: Token) -> bool:
    """``t`` lies in a clause on the cue that says when it was spoken, whoever its subject: '"A," Holm said [after the
    mayor spoke]. "B."', '"A," Berg said [after braving the cold to see the senator speak]. "B."'."""
    if any(c.dep_ == "ccomp" for c in t.children):
        return False  # a verb with a clause of its own reports it ('as the mayor warned that ...')
    a = t
    for _ in range(6):
        if a.head.i == a.i or a.i <= cue.i:
            return False
        if a.head.i == cue.i:
            return a.dep_ in ("advcl", "obl", "ccomp") and any(
                c.dep_ in ("mark", "case") and c.lower_ in _TIME_MARKS and c.i < a.i for c in a.children)
        a = a.head
    return False


def _about_the_speaker(t: Token, cue: Token) -> bool:
    """A verb after the cue inside a clause about the speaker or the occasion, not an attribution of its own:
    '"A," said a member, [who, like all respondents, responded anonymously]. "B."', '"A," Holm told the radio on
    Monday after [hinting that ...]. "B."' (a relative clause, or a clause hung below the cue with no subject of
    its own)."""
    if _in_time_clause(t, cue):
        return True
    own = [c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")]
    if t.dep_ in ("acl:relcl", "relcl"):
        return all(c.lower_ in ("who", "that", "which", "whom") for c in own)
    if own:
        return False
    return t.dep_ in ("advcl", "acl", "xcomp") and any(a.i == cue.i for a in t.ancestors)


def _only_cue_clause(gap: list[Token], cue: Token, lex: SpeechLexicon, goes_on: bool = False) -> bool:
    """Between two quotes only the first one's cue clause: '"A," the senator said during the debate. "B."'.
    ``goes_on``: the gap ends with a comma and the next quote opens in lower case, going on with the first one's
    sentence, so a participle about the occasion in the cue clause starts no attribution of its own ('"A," said Berg,
    speaking of politicians, "and B."')."""
    words = [t for t in gap if not t.is_punct]
    if not words or cue.i not in {t.i for t in words} or len(words) > 45:
        return False
    if goes_on:
        gap = [t for t in gap if not (t.i > cue.i and t.tag_ == "VBG" and lex.lemma(t) not in ("add",)
                                      and t.doc[t.i - 1].text == ",")]
        words = [t for t in gap if not t.is_punct]
    # a participle on the cue with its own words, in a sentence that ends before the next quote ('"A," DuVernay said,
    # emphasizing why the past matters. "B."') reports the same speaker; one that opens the next quote ('adding that
    # "B"', 'adding, "B"') is another attribution
    if any(t.i > cue.i and t.pos_ == "VERB" and t.dep_ in ("conj", "parataxis") and any(
            c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ in ("NOUN", "PROPN") for c in t.children) for t in words):
        # '"A," Ebeling said, and her husband cut in. "B."': a clause with another subject named ('and she smiled'
        # goes on with the speaker)
        return False
    closed = any(t.text in (".", "!", "?") for t in gap[-3:])
    if any(is_cue_verb(t, lex) and lex.lemma(t) not in lex.weak and t.tag_ != "VBN"
           and not (closed and (t.tag_ == "VBG" or t.lower_.endswith("ing")) and t.i > cue.i and (t.head.i == cue.i or t.doc[t.i - 1].text == ",")
                    and sum(1 for w in words if w.i > t.i) >= 3)
           and not (closed and t.i > cue.i and _about_the_speaker(t, cue))
           for t in words if t.i != cue.i):
        return False
    return sum(1 for t in gap if t.text in (".", "!", "?", ";")) <= 1


@dataclass
class _Found:
    start: int
    end: int
    kind: str
    cue: Token | None = None
    cue_text: str | None = None
    speaker: Token | None = None
    rule: str = ""
    marked: Marked | None = None
    extra: dict = field(default_factory=dict)


def _strip_span(text: str, s: int, e: int, trailing: str = ",;:") -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;:"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in trailing):
        e -= 1
    return s, e


def _inside(ranges: list[tuple[int, int]] | Ranges, a: int, b: int) -> bool:
    """[a, b) lies within one of ``ranges`` (by bisection when they are a :class:`Ranges`)."""
    if isinstance(ranges, Ranges):
        return ranges.holds(a, b)
    return any(s <= a and b <= e for s, e in ranges)


def _overlaps(ranges: list[tuple[int, int]] | Ranges, a: int, b: int) -> bool:
    """[a, b) overlaps one of ``ranges`` (by bisection when they are a :class:`Ranges`)."""
    if isinstance(ranges, Ranges):
        return ranges.overlaps(a, b)
    return any(a < e and s < b for s, e in ranges)


def _word_count(text: str) -> int:
    return len(_WORD_RE.findall(text))


EXTEND_TO_SENTENCE_END = True


def _complement_end(doc: Doc, cue: Token, lo: int, hi: int) -> int:
    """Where reported speech to the right of its cue ends: the end of the sentence, unless the cue's own clause
    goes on ('... and urged lawmakers to ...') or another attribution starts ('..., according to X')."""
    if not EXTEND_TO_SENTENCE_END:
        return hi
    # (not a clause the parser hung beside the cue right after an inner cue with no complement of its own: 'said on
    # Monday that she had promised [the salaries would be paid]')
    stops = [x.left_edge.i for x in cue.rights if x.dep_ in ("conj", "parataxis") and x.i >= hi
             and not (x.dep_ == "parataxis" and x.left_edge.i == hi and is_cue_verb(doc[hi - 1])
                      and not any(c.dep_ in ("ccomp", "obj") for c in doc[hi - 1].children))]
    end = min([index_of(doc).sent_end(cue)] + stops)
    last = cue.head.right_edge.i
    if cue.dep_ in ("acl:relcl", "relcl") and cue.head.i < cue.i and last >= hi and (
            doc[last].text == "," or last + 1 < len(doc) and doc[last + 1].text == ","):
        # 'The talks, which officials said [would resume on Monday], were suspended': a claim in a relative clause
        # ends with the relative clause set off by commas, not with the sentence
        end = min(end, last if doc[last].text == "," else last + 1)
    cols = token_columns(doc)
    lower, words = cols.lower, cue_words()  # (a Token only for 'according' and the words that may be cues)
    for k in range(lo + 3, hi):  # (the parser may have hung that clause inside the reported one)
        own = _own_cue_clause_start(doc, doc[k]) if lower[k] in words and k != cue.i and is_cue_verb(doc[k]) else None
        if own is not None and own > lo + 1:
            return own
    for k in range(hi, end):
        w = lower[k]
        if w == "according":
            end = k
            break
        if w not in words:
            continue
        x = doc[k]
        if x.i != cue.i and is_cue_verb(x) and any(c.dep_ in SUBJ_DEPS for c in x.children) and x.head.i == x.i \
                and not (x.lower_ in _SHOW_FORMS and cue.head.dep_ in SUBJ_DEPS and cue.head.head.i == x.i):
            # ('Acme Co said [health studies showed A]': the parser hung the cue on what shows, inside the content)
            end = k
            break
        # 'X said that A, although [she] tweeted that B', '..., but [she] urged ...': a clause of its own with a subject
        # and a cue, after a comma and a conjunction, starts another attribution however the parser hung it
        own = _own_cue_clause_start(doc, x) if x.i != cue.i and is_cue_verb(x) else None
        if own is not None and own >= hi:
            end = own
            break
    # the speaker's next cue, sharing the subject: 'X argued that the tax was unfair, and warned that ...'
    for k in range(lo + 2, end):
        comma = lower[k - 1] == "," or lower[k - 1] in QUOTE_CHARS and k >= 2 and lower[k - 2] == ","
        if comma and lower[k].endswith("ing") and lower[k] in words and k + 1 < end \
                and lower[k + 1] == "that" and k != cue.i and is_cue_verb(doc[k]):
            # 'X said A, [warning that] B', 'X said A was "rigged,[" noting that] B': the speaker's next cue, a
            # participle after a comma
            return k - 1 if lower[k - 1] == "," else k
        if lower[k - 1] not in ("and", "but") or lower[k] not in words:
            continue
        x = doc[k]
        if is_cue_verb(x) and x.tag_ in ("VBD", "VBZ") \
                and not any(c.dep_ in SUBJ_DEPS for c in x.children) and x.i != cue.i \
                and (any(c.dep_ == "ccomp" for c in x.children) or (k + 1 < end and doc[k + 1].lower_ == "that")):
            return k - 1
        # ('X said the bloc was following events and [called on] all sides to avoid violence', 'X said 23 people had
        # been detained and [accused] agitators of ...': a to-clause or object cue in the simple past after a clause
        # in another tense is the speaker's own, ``next_cue``)
        if x.i != cue.i and k + 1 < end and speakers_next_cue(doc, lo, x):
            return k - 1
    # do not run past the end of the paragraph
    space, texts = cols.space, cols.text
    for k in range(hi, end):
        if space[k] and "\n" in texts[k]:
            end = k
            break
    return max(hi, end)


_CLAUSE_CONJ = {"but", "although", "though", "while", "whereas", "yet", "and"}


def _own_cue_clause_start(doc: Doc, x: Token) -> int | None:
    """The comma opening '..., but she urged' / '..., although he tweeted' for the cue ``x`` with a subject of its own
    right before it; None otherwise."""
    subj = next((c for c in x.children if c.dep_ in ("nsubj",) and c.i < x.i), None)
    if subj is None or subj.lower_ in ("that", "which", "who", "it", "there"):
        return None
    if x.i - subj.i > 3 and not (subj.right_edge.i < x.i and x.i - subj.right_edge.i <= 3):
        return None  # (past the subject's apposition: '..., and Ek, the union leader, warned')
    j = subj.left_edge.i - 1
    if j >= 2 and doc[j].lower_ in ("as", "after") and doc[j - 1].lower_ == "even":
        j -= 1  # '..., even as the union warned that ...'
    if j >= 1 and (doc[j].lower_ in _CLAUSE_CONJ or doc[j].lower_ in ("even", "after")) and doc[j - 1].text == ",":
        return j - 1
    return None


_CHANNEL_PREPS = {"in", "on", "at", "during", "via", "through", "over", "after", "from", "by"}


def _linear_complement(doc: Doc, cue: Token) -> int | None:
    """Start of the reported clause when the parse missed it: 'X said (that) Y ...', 'X told a crowd in Z that Y'."""
    sent_end = index_of(doc).sent_end(cue)
    j = cue.i + 1
    lemma = lexicon().lemma(cue)
    if lemma in _NO_CLAUSE:
        return None  # 'He accused Washington of ...' takes an object, not a clause
    plain = clause_start(cue)  # 'made it clear they ...'
    if plain is not None:
        return plain
    if j < sent_end and doc[j].pos_ == "ADP" and doc[j].lower_ in _CHANNEL_PREPS and lemma not in _TELL_LIKE:
        # the channel before the content: 'said in a statement that ...', 'said on state television that ...',
        # 'wrote in a post on X that ...': up to 'that' opening a clause (not 'a statement that was issued')
        for k in range(j + 1, min(sent_end - 1, j + 12)):
            x = doc[k]
            if x.lower_ == "that":
                nxt = doc[k + 1]
                if nxt.pos_ in ("PRON", "DET", "PROPN", "NOUN", "NUM", "ADJ", "ADP", "ADV") and nxt.lower_ not in ("which", "who"):
                    return k + 1
                return None
            if x.tag_ in _FINITE_TAGS or x.is_punct or x.is_space:
                return None
        return None
    if lemma in _TELL_LIKE:
        # skip the hearer: up to 'that' with no finite verb or full stop in between
        for k in range(j, min(sent_end, j + 25)):
            x = doc[k]
            if x.lower_ == "that":
                return k + 1
            if x.tag_ in _FINITE_TAGS or x.text in (".", ";", ":") or x.is_space:
                break
        return None
    if j < sent_end and doc[j].lower_ == "that" and doc[j].pos_ in ("SCONJ", "PRON", "DET") and \
            j + 1 < sent_end and doc[j + 1].pos_ in ("PRON", "DET", "PROPN", "NOUN", "NUM", "ADJ"):
        return j + 1
    # ('said [new orders] lifted sales': an adjective opens the clause after a finite cue, right before its noun)
    adj = j + 1 < sent_end and doc[j].pos_ == "ADJ" and cue.tag_ in ("VBD", "VBZ", "VBP") and doc[j + 1].pos_ == "NOUN"
    if j < sent_end and (doc[j].pos_ in ("PRON", "DET", "PROPN", "NOUN", "NUM") or adj) \
            and doc[j].lower_ not in ("it", "so", "this", "that"):
        for k in range(j + 1, min(sent_end, j + 25)):
            x = doc[k]
            if x.tag_ in _FINITE_TAGS or _past_verb_with_object(doc, k, sent_end):
                if x.dep_ == "conj" and x.head.i == cue.i:
                    return None
                # 'said [the figures showed a fall]': what a study or figures show is what the cue's speaker said
                shown = x.lower_ in _SHOW_FORMS and doc[k - 1].pos_ in ("NOUN", "PROPN")  # not 'polls that showed' 
                return None if is_cue_verb(x) and not shown else j
            if x.is_punct and x.text not in QUOTE_CHARS and x.text not in ("-", "'", "\u2019"):
                break
    return None


_SHOW_FORMS = {"show", "shows", "showed"}
_OBJECT_START = ("DET", "NUM", "NOUN", "PRON", "ADJ", "PROPN")


def _past_verb_with_object(doc: Doc, k: int, sent_end: int) -> bool:
    """'said the recall [covered] 9,000 trucks': a past form the tagger read as a participle, right after a noun and
    right before its own object, is the clause's verb (a participle after its noun goes on with 'by', a place, a
    time)."""
    from lapwing.extract.quotes.subject_words import is_time_word  # (subject_words reads this module)

    x = doc[k]
    if x.tag_ != "VBN" or k + 1 >= sent_end or doc[k - 1].pos_ not in ("NOUN", "PROPN"):
        return False
    nxt = doc[k + 1]
    return nxt.pos_ in _OBJECT_START and not is_time_word(nxt) and nxt.lower_ not in ("which", "who", "that")


RUN_ON_MAX_WORDS = 12


def runs_on(doc: Doc, close_end: int, lex: SpeechLexicon) -> int | None:
    """Where the writer's words going on a quote after its closing mark end: '"The only way ... is jail time" [for
    criminal behavior], she said.' - lower-case words with no cue among them, up to a comma or the sentence's end.
    None when the quote's sentence does not go on that way."""
    index = index_of(doc)
    text = index.text
    if close_end < 1 or not (text[close_end - 1].isalnum() or text[close_end - 1] in "'\u2019"):
        return None  # '"We will not back down," the senator said': a quote closed by its punctuation ends there
    k = close_end
    while k < len(text) and text[k] in "'\"\u2019\u201d\u00bb":  # the closing mark
        k += 1
    if k == close_end:
        return None
    while k < len(text) and text[k] in " \t":
        k += 1
    if k >= len(text) or not text[k].islower():
        return None
    e = k
    while e < len(text) and text[e] not in ",.;:!?\n" and text[e] not in QUOTE_CHARS and text[e] not in OPENERS:
        e += 1
    if e >= len(text) or text[e] in QUOTE_CHARS or text[e] in OPENERS or text[e] == "\n" or "''" in text[k:e]:
        return None
    lo, hi = bisect_left(index.tok_starts, k), bisect_left(index.tok_starts, e)
    words = [t for t in doc[lo:hi] if not t.is_punct and not t.is_space]
    if not words or len(words) > RUN_ON_MAX_WORDS or any(is_cue_verb(t, lex) for t in words):
        return None
    if words[0].lower_ in _WRITERS_CLAUSE or words[0].pos_ in ("SCONJ", "CCONJ") or words[0].tag_ in ("WDT", "WP", "WRB"):
        return None  # '"That makes me smart," [when Clinton ...]': a clause of the writer's, not the quote going on
    return e


_WRITERS_CLAUSE = {"when", "as", "after", "before", "because", "while", "if", "since", "until", "and", "but", "or"}


JOIN_GAP_WORDS = 8


# partial quotes whose own cue, if any, is only the sentence's frame: they go with a quote before them that has a cue
_LOOSE_PARTIALS = ("partial:no-cue", "partial:framing-verb", "partial:sentence-subject")


def join_partials(quotes: list, cue_at: dict[int, int], text: str) -> list:
    """Partial quotes of one cue in one sentence are one attribution: 'asked them to "walk to the hall and wait" and
    then "stay put"', 'called the critics "losers and cheats" and "sad"' - one content from the first to the
    last, when only a few words of the writer's (no sentence end) stand between them; a partial quote with no cue
    of its own right after one with a cue goes with it."""
    out: list = []
    last_of: dict[int, int] = {}  # cue offset -> index in out of its latest partial quote
    for q in sorted(quotes, key=lambda q: (q.start, q.end)):
        cue = cue_at.get(id(q), -1)
        if q.rule in _LOOSE_PARTIALS and out and (out[-1].rule or "").startswith("partial:cue"):
            cue = cue_at.get(id(out[-1]), -1)
        k = last_of.get(cue) if cue >= 0 and (q.rule or "").startswith("partial:") else None
        if k is not None:
            prev = out[k]
            gap = text[prev.end : q.start]
            if prev.end <= q.start and _word_count(gap) <= JOIN_GAP_WORDS and not re.search(r"[.!?;]\s", gap):
                out[k] = prev.model_copy(update={"end": q.end, "text": text[prev.start : q.end]})
                cue_at[id(out[k])] = cue
                continue
        out.append(q)
        if cue >= 0 and (q.rule or "").startswith("partial:cue"):
            last_of[cue] = len(out) - 1
    return out
