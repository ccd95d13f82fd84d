"""The words framing a direct quote: where its sentence really ends, nicknames and titles in marks, whose noun
phrase opens the frame after a quote, whether a cue belongs to this quote or introduces the next one."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.quotes.fragments import is_fragment
from lapwing.extract.quotes.index import index_of
from lapwing.extract.quotes.segmentation import QUOTE_CHARS, Marked, _word_count
from lapwing.extract.quotes.subjects import _subject_of


NICKNAME_MAX_WORDS = 3


def _ends_on_a_word(doc: Doc, start: int, end: int) -> bool:
    """The sentence [start, end) ends on a word, with no full stop, and the next one starts with a word on the same
    line: the parser cut a clause in two ('... that is settled," Holm campaign chief | Dana Reyes said.')."""
    last, nxt = doc[end - 1], doc[end]
    return end - start > 1 and last.is_alpha and not nxt.is_space and nxt.is_alpha and bool(last.whitespace_)


def _closes_verbless(doc: Doc, lo: int, phrase: tuple[int, Token]) -> bool:
    """The phrase (its first word's index, its owner) ends its sentence after a comma, with no verb from ``lo`` to it."""
    i = phrase[0]
    end = next((t.i for t in doc[i : i + 10] if t.is_punct and t.text not in ("'s", "\u2019s", "'")), None)
    return i > lo and doc[i - 1].text == "," and end is not None and doc[end].text in (".", "!", "?") \
        and not any(t.pos_ in ("VERB", "AUX") for t in doc[lo:i])


def _opening_passive(t: Token) -> bool:
    """'Asked about the vote, ...': a passive participle opening its sentence, on a main verb with a subject of its
    own; the one asked answers in the main clause, and the asker is not named."""
    return t.tag_ in ("VBN", "VBD") and t.dep_ == "advcl" and t.i == index_of(t.doc).sent_start(t) \
        and t.head.i > t.i and any(c.dep_ == "nsubj" and c.i > t.i for c in t.head.children)


def noun_infinitive(t: Token) -> bool:
    """'an attempt [to find] "a way out"', 'a bid [to declare] "..."': a to-infinitive hung on a noun that is not
    a speaker (no subject of its own, nobody to say it): not the quoted words' cue."""
    return t.tag_ == "VB" and t.dep_ == "acl" and t.head.pos_ == "NOUN" and t.head.i < t.i \
        and any(m.dep_ == "mark" and m.lower_ == "to" for m in t.children) \
        and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in t.children)


def _own_cue_clause(cue: Token) -> bool:
    """'"A," Ruiz said. "B" to cut costs, she said.': the quote's sentence goes on in the writer's words to a cue
    clause of its own set off by a comma, whose subject stands right before its cue; the quote is that cue's."""
    subj = _subject_of(cue)
    return subj is not None and subj.i < cue.i and cue.i - subj.i <= 3 and subj.left_edge.i > 0 \
        and cue.doc[subj.left_edge.i - 1].text == ","


def _is_nickname(doc: Doc, m: Marked, lex) -> bool:
    """A word or three in quotation marks inside a name or a phrase of the writer's ('Maria "Mia" Lopez'): a
    fragment that starts with a capital letter."""
    text = index_of(doc).text
    return m.close_at is not None and _word_count(text[m.start:m.end]) <= NICKNAME_MAX_WORDS \
        and text[m.start:m.start + 1].isupper() and is_fragment(doc, m, lex)


def _lead_speaker(frame: list[Token], cue: Token) -> Token | None:
    """The head of the noun phrase opening ``frame`` before ``cue`` ('Berg's niece, Delegate ..., shouted' -> niece),
    None when the frame does not open with one."""
    head = None
    for t in frame:
        if t.i >= cue.i:
            break
        if t.is_punct:
            if t.text == "-" and not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_:
                continue  # 'the 43-year-old asked'
            break
        if t.pos_ in ("PROPN", "NOUN") or (t.pos_ == "PRON" and t.lower_ in ("he", "she", "they", "we", "i")):
            head = t
        elif t.is_title and t.is_alpha and t.i + 1 == cue.i and t.lower_ not in _NOT_NAMES:
            head = t  # a name the tagger read as another word ('"...," Ware added')
        elif head is None and t.pos_ == "ADJ" and t.i + 1 == cue.i and t.is_lower and frame[0].pos_ == "DET":
            head = t  # a noun the tagger read as an adjective ('"...," the presumptive nominee told')
        elif not (t.pos_ in ("DET", "ADJ", "NUM") or t.tag_ == "POS"):
            break
    return head


# capitalised words that may stand right before a cue after a quote without being its speaker
_NOT_NAMES = {"he", "she", "it", "they", "we", "i", "you", "also", "then", "later", "once", "again", "finally", "still"}


def _introduces(doc: Doc, cue: Token, comma_quote: bool = False) -> bool:
    """The cue is followed by 'that', a colon, or a comma and a quotation mark ('"A." She adds, "B."'): it
    introduces what comes after it, not a quote before it."""
    nxt = [t for t in doc[cue.i + 1 : cue.i + 4] if not t.is_space]
    if nxt and (nxt[0].lower_ == "that" or nxt[0].text == ":"):
        return True
    if not comma_quote:
        return False
    if len(nxt) >= 2 and nxt[0].text == "," and nxt[1].text in QUOTE_CHARS:
        return True
    # '"A." She says it shows that ...': after a quote that ends its sentence, a cue with a clause of its own after
    # it reports that clause
    # (a parataxis only when it is a clause with a subject of its own: 'He says not enacting A is a mistake')
    return any((c.dep_ == "ccomp" or c.dep_ == "parataxis" and any(k.dep_ in ("nsubj", "csubj") for k in c.children))
               and c.i > cue.i and c.right_edge.i - cue.i >= 3 and not any(
        x.text in QUOTE_CHARS for x in doc[cue.i + 1 : c.left_edge.i + 1]) for c in cue.children)


_FAR_CUE_WORDS = 30  # how far back a cue may stand before a quote past asides
_FINITE = {"VBD", "VBZ", "VBP", "MD"}


def far_cue_before(before_words: list[Token], lex) -> Token | None:
    """The finite cue furthest in before a quote that opens after a comma, past more than a few words that hold no
    finite verb (only phrases and asides: 'said on Instagram on Friday, in reference to his second child, a boy born in
    2019, "..."'); None when another finite verb, or a weak cue, stands in between."""
    from lapwing.extract.quotes.cues import is_cue_verb

    for t in reversed(before_words[-_FAR_CUE_WORDS:]):
        if t.tag_ in _FINITE or t.pos_ == "AUX":
            if is_cue_verb(t, lex) and lex.lemma(t) not in lex.weak and t.tag_ != "MD":
                return t
            return None
    return None
