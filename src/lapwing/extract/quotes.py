"""Quotes: direct and indirect speech with speaker, cue and channel.

Direct quotes are found on the characters (quotation marks, straight or curly,
paired within a paragraph; an unclosed quote runs to the end of its paragraph,
the news convention for quotes that continue into the next paragraph). Each is
attributed to a cue verb in the text around it ("...," he said / X said: "...")
or, for a quote standing on its own, to the sentence before (ending in a colon,
or naming a speaker with nothing else said), the sentence after ("X said."), or
the quote just before it (continuation paragraphs).

Indirect speech comes from the parse: a cue verb with a clausal complement
("Maduro tweeted he had spoken to the commanders", "X said that Y"), a cue
clause after its content ("Y, X said"), and "according to X".

The speaker is the subject of the cue (the object of "according to"), resolved
by the actor extractor's ``actor_for_token`` when it exists, else an Actor made
from the subject's words, without codes. No cue, no speaker: ``speaker`` is null.

Cue verbs, cue phrases and channel phrases are data: ``lexicons/speech_verbs.tsv``.
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from lapwing.lexicons import tsv
from lapwing.extract.registry import Context, extractor
from lapwing.schema import Actor, Quote

LEXICON_PATH = Path(__file__).resolve().parent.parent / "lexicons" / "speech_verbs.tsv"

# ---------------------------------------------------------------------------
# lexicon


@dataclass(frozen=True)
class SpeechLexicon:
    verb_forms: dict[str, str]  # inflected form -> lemma
    weak: frozenset[str]  # lemmas that report speech only with a quote or a clause
    verb_channel: dict[str, str]  # lemma -> implied channel
    phrases: tuple[tuple[str, ...], ...]  # multi-word cues whose object is the speaker
    nouns: dict[str, str]  # speech noun form -> lemma
    noun_channel: dict[str, str]
    channels: tuple[tuple[str, str], ...]  # (phrase, channel), longest phrase first

    def is_cue(self, token: Token) -> bool:
        return token.lower_ in self.verb_forms

    def lemma(self, token: Token) -> str | None:
        return self.verb_forms.get(token.lower_)


def load_speech_lexicon(path: str | Path = LEXICON_PATH) -> SpeechLexicon:
    """Read ``speech_verbs.tsv`` (type, entry, forms, channel)."""
    verb_forms: dict[str, str] = {}
    weak: set[str] = set()
    verb_channel: dict[str, str] = {}
    phrases: list[tuple[str, ...]] = []
    nouns: dict[str, str] = {}
    noun_channel: dict[str, str] = {}
    channels: list[tuple[str, str]] = []
    for lineno, (kind, entry, forms, channel) in tsv.rows(path, 4):
        chan = None if channel in ("", "-") else channel
        if kind in ("verb", "weakverb"):
            for form in forms.split():
                verb_forms[form.lower()] = entry
            if kind == "weakverb":
                weak.add(entry)
            if chan:
                verb_channel[entry] = chan
        elif kind == "phrase":
            phrases.append(tuple(entry.lower().split()))
        elif kind == "noun":
            for form in forms.split():
                nouns[form.lower()] = entry
            if chan:
                noun_channel[entry] = chan
        elif kind == "channel":
            if not chan:
                raise ValueError(f"{path}:{lineno}: channel phrase {entry!r} has no channel label")
            channels.append((entry.lower(), chan))
        else:
            raise ValueError(f"{path}:{lineno}: unknown entry type {kind!r}")
    channels.sort(key=lambda pc: -len(pc[0]))
    return SpeechLexicon(verb_forms, frozenset(weak), verb_channel, tuple(phrases), nouns, noun_channel, tuple(channels))


@lru_cache(maxsize=1)
def lexicon() -> SpeechLexicon:
    return load_speech_lexicon()


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
                                        not _is_open_context(text, i, n, lo))
            closes = closes or (g in CLOSERS and _is_close_context(text, i, n, hi))
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


# ---------------------------------------------------------------------------
# actors


def _actors_module():
    name = "lapwing.extract.actors"
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            return None
        raise


SUBJ_DEPS = {"nsubj", "nsubj:pass", "csubj", "nsubjpass"}
# Parts of a noun phrase kept in a speaker's words (appositions and relative clauses are left out).
NP_LEFT = {"compound", "flat", "flat:name", "amod", "det", "nmod:poss", "poss", "nummod", "det:poss", "nn"}
NP_RIGHT = {"compound", "flat", "flat:name", "case"}


def speaker_span(token: Token) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by ``token`` (without appositions, clauses)."""
    start = end = token.i
    frontier = [token]
    while frontier:
        t = frontier.pop()
        for c in t.children:
            if c.i < token.i and c.dep_ in NP_LEFT:
                start = min(start, c.left_edge.i if c.dep_ in ("nmod:poss", "poss") else c.i)
                frontier.append(c)
            elif c.i > token.i and c.dep_ in NP_RIGHT and c.i == end + 1:
                end = c.i
                frontier.append(c)
    doc = token.doc
    # titles and names written as a run of proper nouns the parser split oddly
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].sent == token.sent and not _is_cue_token(doc[start - 1]):
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and token.pos_ == "PROPN" and not _is_cue_token(doc[end + 1]):
        end += 1
    while start < token.i and (doc[start].is_punct or doc[start].is_space or doc[start].lower_ in {"to", "of", "according"}):
        start += 1
    return start, end + 1


def _is_cue_token(t: Token) -> bool:
    return is_cue_verb(t)


def make_speaker(ctx: Context, token: Token) -> Actor:
    """The Actor for a speaker head token: actor_for_token when available, else the subject's words."""
    token = _real(token)
    mod = _actors_module()
    fn = getattr(mod, "actor_for_token", None) if mod is not None else None
    if fn is not None:
        actor = fn(ctx, token)
        if actor is not None:
            stripped = actor.text.strip()
            if stripped != actor.text and stripped:  # keep offsets and words in step
                lead = len(actor.text) - len(actor.text.lstrip())
                actor = actor.model_copy(update={"text": stripped, "start": actor.start + lead,
                                                 "end": actor.start + lead + len(stripped)})
            return actor
    s, e = speaker_span(token)
    span = token.doc[s:e]
    kind = None
    if token.pos_ == "PRON":
        kind = "pronoun"
    elif token.ent_type_ in ("PERSON",):
        kind = "person"
    elif token.ent_type_ in ("ORG",):
        kind = "org"
    elif token.ent_type_ in ("GPE", "LOC"):
        kind = "gpe"
    elif token.ent_type_ == "NORP":
        kind = "norp"
    name = None
    if kind not in ("pronoun",) and token.pos_ == "PROPN":
        name = " ".join(t.text for t in span if t.pos_ == "PROPN" or t.dep_ in ("flat", "flat:name", "compound"))
        name = name or span.text
    return Actor(text=span.text, name=name, start=span.start_char, end=span.end_char, kind=kind, rule="quotes:subject")


# ---------------------------------------------------------------------------
# cues


@dataclass
class Cue:
    token: Token  # the cue verb (or the first word of a cue phrase)
    text: str
    speaker: Token | None
    end_token: int  # index after the cue phrase


def _real(token: Token) -> Token:
    """A paragraph break the parser used as a noun stands for the name hanging from it."""
    if token.is_space:
        return next((x for x in token.rights if not x.is_space and not x.is_punct), token)
    return token


def _subject_of(verb: Token, depth: int = 0) -> Token | None:
    subj = None
    for c in verb.children:
        if c.dep_ not in SUBJ_DEPS or c.dep_ == "csubj":
            continue
        c = _real(c)
        if c.is_space or c.is_punct:
            continue
        if c.head.dep_ == "nsubj:pass" or c.dep_ == "nsubj:pass":
            if verb.lower_ not in ("quoted",):
                return None  # "it was said that ..." - an impersonal passive names no speaker
        if c.lower_ in ("it", "there", "that", "what"):
            return None
        subj = c
        break
    if subj is not None:
        return _past_dateline(subj, verb)
    if depth >= 3:
        return None
    if verb.tag_ in ("VBD", "VBZ", "VBP") or verb.pos_ == "VERB" and verb.head.i == verb.i:
        near = _subject_before(verb)
        if near is not None:
            return near
    # a subject shared with the verb this one hangs from: "X went on stage and said ...",
    # "X pointed to ..., noting that ...", "X emailed supporters, telling them ...", "X celebrated, declaring ..."
    head = verb.head
    if head.i < verb.i and head.pos_ in ("VERB", "AUX", "ADJ", "NOUN") and (
        verb.dep_ == "conj" or (verb.dep_ in ("advcl", "xcomp") and verb.lower_.endswith("ing"))
    ):
        return _subject_of(head, depth + 1)
    return None


def _subject_before(verb: Token) -> Token | None:
    """When the parse gives a finite cue no subject (often a sentence break put too early, as in
    'Alabama Sen.' | 'Jeff Sessions, a Trump supporter,' | 'said ...'): the name right before it,
    over an apposition between commas."""
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and (doc[k].is_space and "\n" not in doc[k].text or doc[k].pos_ in ("ADV", "AUX") and doc[k].lower_ not in ("not",)):
        k -= 1
    if k < 0 or doc[k].is_space:
        return None
    if doc[k].text == ",":
        j = k - 1
        while j >= 0 and k - j <= 15 and doc[j].text != "," and not doc[j].is_space \
                and doc[j].text not in (".", "!", "?", ";", ":") and not _inside_quote_token(doc[j]):
            j -= 1
        if j < 1 or doc[j].text != ",":
            return None
        k = j - 1
    t = doc[k]
    if t.pos_ in ("PROPN", "NOUN") or (t.pos_ == "PRON" and t.lower_ in ("he", "she", "they", "we", "i", "who")):
        if t.lower_ in ("it", "that", "this", "there"):
            return None
        return _relative_who(t)
    return None


_DATELINE_DASHES = ("-", "--", "\u2013", "\u2014", "\u2015")


def _after_dateline(doc: Doc, s: int, e: int) -> int:
    """Reported speech never starts with the dateline: 'SANAA, May 16 (Reuters) - Air strikes ...'."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return s
    head = [t for t in span[:14] if not t.is_space]
    for k, t in enumerate(head):
        if t.text in _DATELINE_DASHES and k > 0 and (head[k - 1].text == ")" or any(x.is_upper and len(x) > 2 for x in head[:k])):
            if k + 1 < len(head):
                return head[k + 1].idx
    return s


def _only_cue_clause(gap: list[Token], cue: Token, lex: SpeechLexicon) -> bool:
    """Between two quotes only the first one's cue clause: '"A," the senator said during the debate. "B."'"""
    words = [t for t in gap if not t.is_punct]
    if not words or cue.i not in {t.i for t in words} or len(words) > 30:
        return False
    if any(is_cue_verb(t, lex) and lex.lemma(t) not in lex.weak and t.tag_ != "VBN" for t in words if t.i != cue.i):
        return False
    return sum(1 for t in gap if t.text in (".", "!", "?", ";")) <= 1


def _colon_intro(words: list[Token]) -> tuple[Token, Token] | None:
    """(cue, speaker) for a clause that introduces a quote with a colon: the last verb with a subject,
    else the last name ('More from Jones:')."""
    for t in reversed(words):
        if t.pos_ in ("VERB",):
            subj = _subject_of(t)
            if subj is not None and subj.i < t.i:
                return t, _relative_who(subj)
    names = [t for t in words if t.pos_ == "PROPN"]
    if names and words[-1].pos_ == "PROPN":
        return words[-1], words[-1]
    return None


def _inside_quote_token(t: Token) -> bool:
    return t.text in QUOTE_CHARS


_DASHES = {"\u2014", "\u2013", "--", "-"}


def _past_dateline(subj: Token, verb: Token) -> Token:
    """'RENO, Nev. (AP) — Donald Trump says': the subject is the name after the dateline dash."""
    between = subj.doc[subj.i + 1 : verb.i]
    dash = [t for t in between if t.text in _DASHES]
    if not dash or not (subj.is_upper or subj.i == subj.sent.start or subj.doc[subj.i - 1].is_space):
        return subj
    after = [t for t in subj.doc[dash[-1].i + 1 : verb.i] if not t.is_space]
    heads = [t for t in after if t.pos_ in ("PROPN", "NOUN", "PRON") and (t.head.i == verb.i or t.head.i >= verb.i)]
    cands = heads or [t for t in after if t.pos_ in ("PROPN", "NOUN", "PRON")]
    return cands[-1] if cands else subj


def _relative_who(token: Token) -> Token:
    """'who' in 'the minister, who said ...' -> the minister."""
    if token.lower_ in ("who", "which", "that") and token.head.dep_ in ("acl:relcl", "relcl"):
        return _real(token.head.head)
    return token


def _cue_text(verb: Token) -> str:
    """The cue words: the verb with its auxiliaries and particles ('has said', 'was quoted as saying')."""
    return verb.text


def _fallback_speaker(tokens: list[Token], verb: Token) -> Token | None:
    """Without a usable parse: the noun or pronoun next to the verb in the frame text."""
    before = [t for t in tokens if t.i < verb.i and not t.is_space]
    after = [t for t in tokens if t.i > verb.i and not t.is_space]
    # "..., he said" / "..., Smith said" / "her adviser, Jake Sullivan, said"
    # 'Guaido, 35, said': an age in commas
    if len(before) >= 4 and before[-1].text == "," and before[-2].like_num and before[-3].text == ",":
        before = before[:-3]
    for k, t in enumerate(reversed(before)):
        if t.is_punct:
            if k == 0 and t.text == "," and len(before) > 1 and before[-2].pos_ in ("PROPN", "NOUN"):
                continue
            break
        if t.pos_ in ("PRON", "PROPN", "NOUN") and t.lower_ not in ("it",):
            return t
        if t.pos_ not in ("ADV", "AUX", "PART", "DET", "ADJ"):
            break
    # "said Smith" / "said the minister"
    head = None
    for t in after:
        if t.is_punct:
            break
        if t.pos_ in ("PROPN", "NOUN") or (t.pos_ == "PRON" and t.lower_ in ("he", "she", "they", "we", "i")):
            head = t
            continue
        if head is not None or t.pos_ not in ("DET", "ADJ", "PROPN", "NOUN"):
            break
    return head


# ---------------------------------------------------------------------------
# the extractor


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


def _inside(ranges: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(s <= a and b <= e for s, e in ranges)


def _overlaps(ranges: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(a < e and s < b for s, e in ranges)


def _word_count(text: str) -> int:
    return len(_WORD_RE.findall(text))


def _find_channel(text: str, lo: int, hi: int, lex: SpeechLexicon, lemma: str | None) -> str | None:
    window = " " + re.sub(r"\s+", " ", text[lo:hi].lower()) + " "
    window = re.sub(r"[,;:.!?()\u201c\u201d\"]", " ", window)
    window = re.sub(r" +", " ", window)
    for phrase, chan in lex.channels:
        if f" {phrase} " in window:
            return chan
    if lemma and lemma in lex.verb_channel:
        return lex.verb_channel[lemma]
    return None


_VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}


def is_cue_verb(token: Token, lex: SpeechLexicon | None = None) -> bool:
    """A speech verb used as a verb (not 'the said agreement', 'a blog post', a headline in capitals)."""
    lex = lex or lexicon()
    if not lex.is_cue(token) or (token.is_upper and len(token) > 2):
        return False
    if token.tag_ == "VBN" and token.dep_ == "amod":
        return False
    if token.pos_ in ("VERB", "AUX") or token.tag_ in _VERB_TAGS:
        return True
    # the tagger may call an inflected cue a noun ('..., adding, "..."'); a base form tagged as a noun is a noun
    lemma = lex.lemma(token)
    if token.lower_ == lemma or token.pos_ in ("PROPN", "ADJ"):
        return False
    return not any(c.dep_ in ("det", "amod", "nmod:poss", "poss") for c in token.children)


def _cue_in_frame(frame: list[Token], lex: SpeechLexicon) -> Token | None:
    """The first cue verb among frame tokens."""
    return next((t for t in frame if is_cue_verb(t, lex)), None)


def _according_to(doc: Doc, start: int, end: int) -> list[tuple[int, Token, int]]:
    """(index of 'according', head of its object, end of the phrase) for each 'according to X' in [start, end)."""
    out = []
    for t in doc[start:end]:
        if t.lower_ != "according" or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "to":
            continue
        # the object: the noun phrase after 'to', up to a comma, a full stop or a finite verb
        lo = hi = t.i + 2
        while hi < len(doc) and not (doc[hi].is_punct and doc[hi].text not in ("-", "'", "\u2019", "&", ".")) \
                and not (doc[hi].pos_ in ("VERB", "AUX") and doc[hi].tag_ not in ("VBN", "VBG")) and hi - lo < 25:
            if doc[hi].text == "." and hi + 1 < len(doc) and (doc[hi + 1].is_space or doc[hi + 1].is_title):
                break
            hi += 1
        nouns = [u for u in doc[lo:hi] if u.pos_ in ("PROPN", "NOUN", "PRON")]
        if not nouns:
            continue
        heads = [u for u in nouns if not (lo <= u.head.i < hi) or u.head.i == u.i]
        obj = heads[0] if heads else nouns[0]
        out.append((t.i, obj, hi))
    return out


def extract_quotes(ctx: Context) -> list[Quote]:
    doc, text = ctx.doc, ctx.doc.text
    lex = lexicon()
    has_parse = doc.has_annotation("DEP")
    marked = find_marked(text)
    marked_ranges = [(m.open_at, m.outer_end) for m in marked]
    found: list[_Found] = []

    # -- direct quotes -------------------------------------------------------
    para_bounds = _paragraphs(text)
    by_para: dict[int, list[Marked]] = {}
    for m in marked:
        by_para.setdefault(m.para, []).append(m)

    tok_starts = [t.idx for t in doc]

    def frame_tokens(lo: int, hi: int) -> list[Token]:
        """Tokens wholly inside [lo, hi), outside quotation marks, without spaces."""
        i, j = bisect_left(tok_starts, lo), bisect_left(tok_starts, hi)
        return [t for t in doc[i:j] if t.idx + len(t) <= hi and not t.is_space
                and not _inside(marked_ranges, t.idx, t.idx + len(t))]

    def sent_bounds(char: int) -> tuple[int, int]:
        """The sentence around a character, clipped to its paragraph."""
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None or not len(span):
            return char, char
        s = span[0].sent
        plo, phi = next(((a, b) for a, b in para_bounds if a <= char < b), (0, len(text)))
        return max(s.start_char, plo), min(s.end_char, phi)

    def para_of(char: int) -> tuple[int, int]:
        return next(((a, b) for a, b in para_bounds if a <= char < b), (0, len(text)))

    def sentence_before(char: int) -> list[Token]:
        """Tokens of the sentence that ends before ``char`` (within its paragraph), without spaces."""
        j = bisect_left(tok_starts, char) - 1
        while j >= 0 and (doc[j].is_space or doc[j].text in QUOTE_CHARS):
            j -= 1
        if j < 0:
            return []
        plo, _ = para_of(doc[j].idx)
        lo = max(doc[j].sent.start, bisect_left(tok_starts, plo))
        return [t for t in doc[lo : j + 1] if not t.is_space]

    def sentence_after(char: int) -> list[Token]:
        """Tokens of the sentence that starts after ``char`` (within its paragraph), without spaces."""
        j = bisect_left(tok_starts, char)
        while j < len(doc) and (doc[j].is_space or doc[j].text in QUOTE_CHARS):
            j += 1
        if j >= len(doc):
            return []
        _, phi = para_of(doc[j].idx)
        hi = min(doc[j].sent.end, bisect_left(tok_starts, phi))
        return [t for t in doc[j:hi] if not t.is_space]

    def attribute(f: _Found, cue: Token, frame: list[Token], rule: str) -> None:
        spk = _subject_of(cue) if has_parse else None
        if spk is None or _inside(marked_ranges, spk.idx, spk.idx + len(spk)):
            spk = _fallback_speaker(frame, cue)
        f.cue, f.cue_text, f.rule = cue, _cue_text(cue), rule
        f.speaker = _relative_who(spk) if spk is not None else None

    def inherit(f: _Found, prev: _Found, rule: str) -> None:
        f.cue, f.cue_text, f.speaker, f.rule = prev.cue, prev.cue_text, prev.speaker, rule

    directs: list[_Found] = []
    for pno, ms in sorted(by_para.items()):
        plo, phi = para_bounds[pno]
        for k, m in enumerate(ms):
            prev_end = ms[k - 1].outer_end if k else plo
            next_start = ms[k + 1].open_at if k + 1 < len(ms) else phi
            # the frame: text between this quote and its neighbours, within the sentences it touches
            s_lo, _ = sent_bounds(m.open_at)
            _, s_hi = sent_bounds(max(m.outer_end - 1, m.open_at))
            after_hi = min(next_start, max(s_hi, m.outer_end))
            if after_hi <= m.outer_end + 1 and m.outer_end < next_start:
                # the quote's sentence ends with it: the frame after is the next sentence ('"..." / he said.')
                _, s2 = sent_bounds(min(m.outer_end + 1, len(text) - 1))
                after_hi = min(next_start, s2)
            before_lo = max(prev_end, s_lo, plo)
            after = frame_tokens(m.outer_end, after_hi)
            before = frame_tokens(before_lo, m.open_at)
            after_words = [t for t in after if not t.is_punct]
            before_words = [t for t in before if not t.is_punct]
            f = _Found(m.start, m.end, "direct", marked=m)
            f.extra["standalone"] = not after_words and not before_words
            prev = directs[-1] if directs and directs[-1].marked is not None and directs[-1].marked.para == pno else None
            directs.append(f)
            found.append(f)
            closes_with_comma = text[m.start : m.end].rstrip().endswith(",") or (
                m.close_at is not None and text[m.outer_end : m.outer_end + 1] == ","
            )
            cand_after = _cue_in_frame(after_words[:12], lex) if after_words else None
            cand_before = _cue_in_frame(list(reversed(before_words[-12:])), lex) if before_words else None
            if prev is not None and prev.cue is not None and prev.marked is not None and (cand_after is None or not closes_with_comma):
                # '"A," he said, "B."' (split quote) / '"A," she said. "B."' (next sentence, same speaker):
                # between the two quotes only the first one's cue clause
                gap_all = frame_tokens(prev.marked.outer_end, m.open_at)
                gap = [t for t in gap_all if not t.is_punct]
                if _only_cue_clause(gap_all, prev.cue, lex):
                    split = text[prev.marked.outer_end : m.open_at].rstrip().endswith(",")
                    inherit(f, prev, "direct:split" if split else "direct:continuation")
                    continue
            if cand_after is not None and (closes_with_comma or cand_before is None or after_words.index(cand_after) <= 2):
                attribute(f, cand_after, after, "direct:cue-after")
            elif cand_before is not None:
                # the subject may sit before a sentence break the model put too early
                attribute(f, cand_before, frame_tokens(max(prev_end, plo), m.open_at), "direct:cue-before")
            elif cand_after is not None:
                attribute(f, cand_after, after, "direct:cue-after")
            elif before_words and before[-1].text == ":":
                # 'Trump went even further: "..."' / 'More from Jones: "..."': the clause before the colon
                intro = _colon_intro(before_words)
                if intro is not None:
                    f.cue, f.cue_text, f.speaker, f.rule = intro[0], intro[0].text, intro[1], "direct:colon-intro"
            else:
                # according to X, "..."
                for toks in (before, after):
                    acc = _according_to(doc, toks[0].i, toks[-1].i + 1) if toks else []
                    if acc:
                        i, obj, _ = acc[0]
                        f.cue, f.cue_text, f.speaker, f.rule = doc[i], "according to", obj, "direct:according-to"
                        break

    # quotes standing alone: the sentence before / after, or the quote before them
    for k, f in enumerate(directs):
        if f.cue is not None or not f.extra.get("standalone"):
            continue
        m = f.marked
        assert m is not None
        prev_f = directs[k - 1] if k else None
        # 1. the sentence before ends with a colon and has a cue ('The minister said:', 'X released a statement:')
        prev_sent = sentence_before(m.open_at)
        if prev_sent and prev_sent[-1].text == ":":
            toks = [t for t in prev_sent if not _inside(marked_ranges, t.idx, t.idx + len(t))]
            words = [t for t in reversed(toks) if not t.is_punct]
            cue = _cue_in_frame(words, lex)
            if cue is None:  # 'X released the following statement:'
                noun = next((t for t in words if t.lower_ in lex.nouns), None)
                if noun is not None and noun.head.pos_ in ("VERB", "AUX") and noun.head.i != noun.i:
                    cue = noun.head
            if cue is not None:
                attribute(f, cue, toks, "direct:colon-before")
                continue
            intro = _colon_intro(words[::-1])
            if intro is not None:
                f.cue, f.cue_text, f.speaker, f.rule = intro[0], intro[0].text, intro[1], "direct:colon-before"
                continue
        # 2. the quote continues the one before (the next paragraph), with nothing in between but the
        #    first quote's own cue clause ('"...," the mediator told reporters. / "..."')
        if prev_f is not None and prev_f.cue is not None and prev_f.marked is not None:
            pm = prev_f.marked
            gap_all = frame_tokens(pm.outer_end, m.open_at)
            gap = [t for t in gap_all if not t.is_punct]
            if m.para - pm.para <= 1 and (not gap or _only_cue_clause(gap_all, prev_f.cue, lex)):
                inherit(f, prev_f, "direct:continuation")
                continue
        # 3. a sentence just after or before that only says who spoke ('Smith said.', 'So said the minister.')
        for sent in (sentence_after(m.outer_end), prev_sent):
            if not sent or _overlaps(marked_ranges, sent[0].idx, sent[-1].idx + len(sent[-1])):
                continue
            cue = _bare_cue(sent, lex)
            if cue is not None:
                attribute(f, cue, sent, "direct:bare-cue-sentence")
                if f.speaker is not None:
                    break
                f.cue = f.cue_text = None
                f.rule = ""

    # -- indirect speech -------------------------------------------------------
    if has_parse:
        found.extend(_indirect(doc, lex, marked_ranges))
    found.extend(_colon_speakers(doc, para_bounds, tok_starts, [(f.start, f.end) for f in found]))

    # -- keep what is worth keeping ------------------------------------------------
    quotes: list[Quote] = []
    indirect_ranges = [(f.start, f.end) for f in found if f.kind == "indirect"]
    for f in found:
        if f.kind == "direct":
            words = _word_count(text[f.start : f.end])
            if _inside(indirect_ranges, f.start, f.end):
                continue  # a quoted fragment inside reported speech: the indirect quote covers it
            if f.cue is None and words < 6:
                continue  # scare quotes, titles, nicknames
            if f.cue is not None and words < 2 and f.rule != "direct:cue-before":
                continue
            if words < 1:
                continue
        s, e = _strip_span(text, f.start, f.end, ",;:" if f.kind == "direct" else ",;:.")
        if f.kind == "indirect":
            s = _after_dateline(doc, s, e)
        if e <= s:
            continue
        speaker = None
        if f.speaker is not None and not (f.start <= f.speaker.idx < f.end):
            speaker = make_speaker(ctx, f.speaker)
        cue_tok = f.cue
        lemma = lex.lemma(cue_tok) if cue_tok is not None else None
        channel = None
        if cue_tok is not None:
            sent = cue_tok.sent
            lo, hi = sent.start_char, sent.end_char
            # channel phrases in the cue's sentence outside the content
            outside = text[lo:hi]
            if s >= lo and e <= hi:
                outside = text[lo:s] + " | " + text[e:hi]
            channel = _find_channel(outside, 0, len(outside), lex, lemma)
        quotes.append(Quote(text=text[s:e], start=s, end=e, kind=f.kind, speaker=speaker,
                            cue=f.cue_text, channel=channel, rule=f.rule))
    quotes.sort(key=lambda q: (q.start, q.end))
    # drop exact duplicates and quotes nested inside another quote of the same kind
    out: list[Quote] = []
    for q in quotes:
        if any(o.start <= q.start and q.end <= o.end and (o.kind == q.kind or o.kind == "indirect") for o in out):
            continue
        out.append(q)
    return out


def _bare_cue(sent: list[Token], lex: SpeechLexicon) -> Token | None:
    """A sentence that only says who spoke: 'Smith said.', 'said the minister, speaking in Kyiv.'"""
    words = [t for t in sent if not t.is_punct]
    if not words or len(words) > 14:
        return None
    cue = _cue_in_frame(words, lex)
    if cue is None or lex.lemma(cue) in lex.weak:
        return None
    if any(c.dep_ in ("ccomp", "obj", "xcomp", "parataxis") and c.pos_ in ("VERB", "AUX") for c in cue.children):
        return None
    if any(t.lower_ in ("that",) and t.dep_ == "mark" for t in words):
        return None
    return cue


COMPLEMENT_DEPS = {"ccomp"}


_TELL_LIKE = {"tell", "inform", "assure", "warn", "remind", "advise", "promise", "notify", "convince", "persuade"}
_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
EXTEND_TO_SENTENCE_END = True


def _complement_end(doc: Doc, cue: Token, lo: int, hi: int) -> int:
    """Where reported speech to the right of its cue ends: the end of the sentence, unless the cue's own clause
    goes on ('... and urged lawmakers to ...') or another attribution starts ('..., according to X')."""
    sent = cue.sent
    if not EXTEND_TO_SENTENCE_END:
        return hi
    stops = [x.left_edge.i for x in cue.rights if x.dep_ in ("conj", "parataxis") and x.i >= hi]
    end = min([sent.end] + stops)
    for k in range(hi, end):
        x = doc[k]
        if x.lower_ == "according" or (x.i != cue.i and is_cue_verb(x) and any(c.dep_ in SUBJ_DEPS for c in x.children)
                                       and x.head.i == x.i):
            end = k
            break
    # do not run past the end of the paragraph
    for k in range(hi, end):
        if doc[k].is_space and "\n" in doc[k].text:
            end = k
            break
    return max(hi, end)


_NO_CLAUSE = {"accuse", "call", "describe", "charge", "ask", "urge", "demand", "speak", "answer", "threaten",
              "quote", "post", "comment", "continue", "counter"}


def _linear_complement(doc: Doc, cue: Token) -> int | None:
    """Start of the reported clause when the parse missed it: 'X said (that) Y ...', 'X told a crowd in Z that Y'."""
    sent_end = cue.sent.end
    j = cue.i + 1
    lemma = lexicon().lemma(cue)
    if lemma in _NO_CLAUSE:
        return None  # 'He accused Washington of ...' takes an object, not a clause
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
    if j < sent_end and doc[j].pos_ in ("PRON", "DET", "PROPN", "NOUN", "NUM") and doc[j].lower_ not in ("it", "so", "this", "that"):
        for k in range(j + 1, min(sent_end, j + 10)):
            x = doc[k]
            if x.tag_ in _FINITE_TAGS:
                return None if is_cue_verb(x) or x.dep_ == "conj" and x.head.i == cue.i else j
            if x.is_punct and x.text not in QUOTE_CHARS and x.text not in ("-", "'", "\u2019"):
                break
    return None


def _indirect(doc: Doc, lex: SpeechLexicon, marked_ranges: list[tuple[int, int]]) -> list[_Found]:
    text = doc.text
    out: list[_Found] = []
    for t in doc:
        if _inside(marked_ranges, t.idx, t.idx + len(t)):
            continue
        if not is_cue_verb(t, lex):
            continue
        comps = [c for c in t.children if c.dep_ in COMPLEMENT_DEPS]
        if not comps and lex.lemma(t) in _TELL_LIKE:
            # 'told reporters he had ...': some parsers hang the clause on the object
            comps = [c for o in t.children if o.dep_ in ("obj", "iobj") for c in o.children
                     if c.dep_ == "ccomp" and c.i > o.i]
        lo = hi = None
        rule = "indirect:complement"
        if comps:
            c = comps[0]
            lo, hi = c.left_edge.i, c.right_edge.i + 1
            if lo > t.i:
                hi = _complement_end(doc, t, lo, hi)
        elif t.dep_ not in ("parataxis",) and not (t.dep_ == "ccomp" and t.head.i < t.i):
            start = _linear_complement(doc, t)
            if start is not None:
                lo, hi = start, _complement_end(doc, t, start, start + 1)
                rule = "indirect:linear"
        if lo is not None and hi is not None:
            # leave out a leading complementiser and punctuation
            while lo < hi and (doc[lo].is_punct or doc[lo].is_space or (doc[lo].lower_ == "that" and doc[lo].dep_ in ("mark",))):
                lo += 1
            if hi - lo < 2:
                continue
            span = doc[lo:hi]
            if not any(x.pos_ in ("VERB", "AUX") for x in span):
                continue
            s, e = span.start_char, span.end_char
            # the complement is a direct quote ('He said, "..."'): that quote is attributed on its own
            own_words = [x for x in span if not x.is_punct and not x.is_space
                         and not _inside(marked_ranges, x.idx, x.idx + len(x))]
            if len(own_words) < 2:
                continue
            first = next((x for x in span if not x.is_space), span[0])
            if lo < t.i and (first.text in QUOTE_CHARS or _inside(marked_ranges, first.idx, first.idx + len(first))):
                continue  # '"...," a neighbour told reporters': the direct quote is attributed on its own
            spk = _subject_of(t)
            if spk is not None:
                spk = _relative_who(spk)
                if _inside(marked_ranges, spk.idx, spk.idx + len(spk)):
                    spk = None  # a word of a quote is not its speaker
            out.append(_Found(s, e, "indirect", cue=t, cue_text=t.text, speaker=spk, rule=rule))
            continue
        # 'Y, X said.' : a cue clause after (or inside) its content
        if t.dep_ in ("parataxis",) or (t.dep_ in ("ccomp",) and t.head.i < t.i and t.i > 0 and doc[t.left_edge.i - 1].text in (",",)):
            subj = _subject_of(t)
            if subj is None or any(c.dep_ in ("obj", "ccomp") for c in t.children):
                continue
            sent = t.sent
            cue_lo, cue_hi = t.left_edge.i, t.right_edge.i + 1
            if cue_lo > sent.start and cue_hi >= sent.end - 1:
                lo, hi = sent.start, cue_lo
            elif cue_lo <= sent.start:
                continue
            else:
                lo, hi = sent.start, sent.end
            span = doc[lo:hi]
            if len([x for x in span if not x.is_punct]) < 3 or not any(x.pos_ in ("VERB", "AUX") for x in span):
                continue
            s, e = _strip_span(text, span.start_char, span.end_char, ",;:.")
            if _overlaps(marked_ranges, s, e):
                continue  # direct quotes are handled on their own
            out.append(_Found(s, e, "indirect", cue=t, cue_text=t.text, speaker=_relative_who(subj), rule="indirect:cue-after"))
    # according to X
    for sent in doc.sents:
        for i, obj, phrase_hi in _according_to(doc, sent.start, sent.end):
            phrase_lo = i
            if phrase_lo == sent.start or (phrase_lo == sent.start + 1 and doc[sent.start].is_punct):
                lo, hi = phrase_hi, sent.end
            else:  # '..., according to X.' / 'X did this, according to Y, but ...': the clause before
                lo, hi = sent.start, phrase_lo
            span = doc[lo:hi]
            if len([x for x in span if not x.is_punct]) < 3:
                continue
            s, e = _strip_span(text, span.start_char, span.end_char, ",;:.")
            if _inside(marked_ranges, s, e) or _overlaps(marked_ranges, s, e):
                continue
            out.append(_Found(s, e, "indirect", cue=doc[i], cue_text="according to", speaker=obj, rule="indirect:according-to"))
    return out


COLON_LABELS = {
    "update", "updated", "updates", "watch", "exclusive", "breaking", "analysis", "opinion", "editorial", "photos",
    "photo", "video", "videos", "live", "note", "source", "sources", "related", "read", "correction", "corrections",
    "q", "a", "transcript", "text", "warning", "question", "answer", "subscribe", "image", "images", "credit",
    "topics", "tags", "time", "date", "by", "location", "listen", "editor", "editors", "disclosure", "clarification",
    "background", "context", "bottom", "line", "why", "what", "how", "who", "when", "where", "here", "this", "the",
    "first", "second", "third", "last", "next", "more", "also", "plus", "full", "partial", "part", "chapter",
    "episode", "map", "chart", "graphic", "poll", "polls", "results", "timeline", "factbox", "explainer", "fact",
    "check", "sign", "follow", "share", "email", "contact", "reporting", "additional", "writing", "editing",
}


def _colon_speakers(doc: Doc, para_bounds: list[tuple[int, int]], tok_starts: list[int],
                    taken: list[tuple[int, int]]) -> list[_Found]:
    """'Roger Stone: Don't trust the voting machines' (headline) / 'MATTHEWS: Well, speculation is bad.' (transcript):
    a paragraph opening with a name and a colon."""
    text = doc.text
    out: list[_Found] = []
    for lo, hi in para_bounds:
        i = bisect_left(tok_starts, lo)
        toks = []
        while i < len(doc) and doc[i].idx < hi and len(toks) < 12:
            if not doc[i].is_space:
                toks.append(doc[i])
            i += 1
        colon = next((k for k, t in enumerate(toks) if t.text == ":"), None)
        if colon is None or colon == 0:
            continue
        # an optional label before a dash: 'EXCLUSIVE – Roger Stone: ...'
        name = toks[:colon]
        dash = [k for k, t in enumerate(name) if t.text in ("\u2013", "\u2014", "-", "--")]
        if dash:
            name = name[dash[-1] + 1 :]
        if not 1 <= len(name) <= 4:
            continue
        if not all((t.text[:1].isupper() and t.is_alpha) or t.text in (".", "'s", "\u2019s") for t in name):
            continue
        if any(t.lower_ in COLON_LABELS for t in name) or name[-1].lower_ in ("says", "said"):
            continue
        if not any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or t.is_upper for t in name):
            continue
        s, e = _strip_span(text, toks[colon].idx + 1, hi, ",;:")
        if _word_count(text[s:e]) < 2 or _overlaps(taken, s, e):
            continue
        if text[s:s + 1] in QUOTE_CHARS:
            continue  # 'Name: "..."' is a direct quote, attributed on its own
        head = max(name, key=lambda t: (t.pos_ == "PROPN", t.i))
        out.append(_Found(s, e, "indirect", cue=toks[colon], cue_text=":", speaker=head, rule="colon:speaker"))
    return out


@extractor("quotes", description="Direct and indirect quotes with speaker, cue and channel")
def quotes(ctx: Context) -> None:
    ctx.record.quotes = extract_quotes(ctx)
