"""Several speakers of one cue: 'Kenya, Japan and the World Bank said ...', 'M and T said ...', '..., Polish and
Czech officials said.'. The parser makes one of the conjuncts the cue's subject (often the last, sometimes the
first); the speaker is the whole coordination, read on the words between the sentence's start (or the comma
closing the words reported before it) and the cue. A content that ran on into the first conjuncts ('..., U.S. and
Argentine') ends where the speakers start."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import token_columns

from lapwing.schema import Actor
from lapwing.extract.quotes.index import index_of

_AND = {"and", "&"}
_COMPANY_ENDS = {"Co", "Corp", "Inc", "Ltd", "Plc", "PLC", "LLC", "LLP", "AG", "SA", "NV", "Group", "Company", "Sons"}
_OPENERS = {"but", "and", "yet", "also", "meanwhile", "however", "both"}  # may stand before the first conjunct
_INNER = {"the", "of", "de", "du", "'s", "\u2019s", ".", "-", "&"}  # inside a name or before it, in lower case


def _name_word(t: Token, first: bool) -> bool:
    """A word of a conjunct: capitalised (not a cue), or a small word inside a name ('Bank [of] Japan', '[the] EU')."""
    if t.is_space or t.text in (",", ";", ":") or t.pos_ in ("VERB", "AUX") and not t.text[:1].isupper():
        return False
    if t.text[:1].isupper():
        return t.pos_ in ("PROPN", "NOUN", "ADJ", "X") or t.ent_type_ != "" or t.text.isupper()
    return t.lower_ in _INNER and not (first and t.lower_ in (".", "-", "'s", "\u2019s"))


def _conjunct_before(doc, k: int, lo: int) -> int | None:
    """Start of the conjunct ending at token ``k`` (inclusive), read leftwards over name words; None if empty."""
    j = k
    while j >= lo and _name_word(doc[j], False):
        j -= 1
    start = j + 1
    while start <= k and doc[start].lower_ in ("of", "de", "du", "'s", "\u2019s", ".", "-", "&"):
        start += 1  # (a conjunct opens with a word of its own)
    if start > k or not any(doc[x].text[:1].isupper() for x in range(start, k + 1)):
        return None
    return start


def _conjuncts_left(doc, first: int, lo: int) -> list[tuple[int, int]]:
    """Conjuncts standing before token ``first`` (the speaker's first word) joined to it by 'and' or commas, left to
    right as (start, end) token ranges; empty when 'and' does not stand right before ``first``. The list starts at
    the sentence's start (or an opening conjunction) or after a comma (closing the words reported before it)."""
    k = first - 1
    if k < lo or doc[k].lower_ not in _AND:
        return []
    out: list[tuple[int, int]] = []
    good: list[tuple[int, int]] = []  # the longest list found that starts at a boundary
    k -= 1
    while k >= lo:
        s = _conjunct_before(doc, k, lo)
        if s is None:
            break
        out.insert(0, (s, k + 1))
        k = s - 1
        if k < lo or doc[k].lower_ in _OPENERS and (k == lo or doc[k - 1].is_punct):
            good = list(out)
            break
        if doc[k].text != ",":
            break
        good = list(out)  # ('..., Dutch and Belgian officials said': the comma closes the reported words)
        if k - 1 >= lo and _name_word(doc[k - 1], False) and doc[k - 1].lower_ not in _INNER:
            k -= 1  # a list: 'Kenya, Japan and ...'
            continue
        break
    return good


def _conjuncts_right(gap: list) -> list[tuple[int, int]]:
    """Conjuncts in ``gap`` (the words between the speaker's and its cue): ', Chile and the African Union', 'and P';
    empty unless the gap is only such a list, its last separator 'and'."""
    out: list[tuple[int, int]] = []
    k, last_sep = 0, None
    while k < len(gap):
        sep = gap[k]
        if sep.text != "," and sep.lower_ not in _AND:
            return []
        k += 1
        if sep.text == "," and k < len(gap) and gap[k].lower_ in _AND:
            sep = gap[k]  # (an Oxford comma)
            k += 1
        j = k
        while j < len(gap) and _name_word(gap[j], j == k) and gap[j].text != ",":
            j += 1
        if j == k or not any(t.text[:1].isupper() for t in gap[k:j]):
            return []
        out.append((gap[k].i, gap[j - 1].i + 1))
        last_sep, k = sep, j
    return out if last_sep is not None and last_sep.lower_ in _AND else []


def speaker_tokens(doc: Doc, lo: int, cue: int, start: int, end: int) -> tuple[int | None, int | None]:
    """The first token of ``doc[lo:cue + 1]`` that starts at or after character ``start``, and the last token of
    ``doc[lo:cue]`` that ends at or before character ``end`` (None where there is none), read from the shared token
    columns (no ``Token`` made): token starts increase, so the first is found by bisection."""
    cols = token_columns(doc)
    starts, texts = cols.idx, cols.text
    k = bisect_left(starts, start, lo, cue + 1)
    first = k if k <= cue else None
    last = next((j for j in range(cue - 1, lo - 1, -1) if starts[j] + len(texts[j]) <= end), None)
    return first, last


def several_speakers(actor: Actor, head: Token, cue: Token, content: tuple[int, int]) -> Actor:
    """The speaker ``actor`` (its subject head ``head``, of cue ``cue``) widened over the coordination it stands in,
    when its words stand right before the cue: 'M [and T] said', '[Kenya, Japan and] the World Bank said'.
    ``content``: the reported words' characters (the speakers never reach into them from the right)."""
    doc = head.doc
    if cue.i <= head.i or actor.kind == "pronoun" or head.pos_ == "PRON":
        return actor
    index = index_of(doc)
    lo = index.sent_start(cue)
    first, last = speaker_tokens(doc, lo, cue.i, actor.start, actor.end)
    if first is None or last is None or first > last:
        return actor
    start, end = first, last + 1
    conj = [(first, last + 1)]
    # conjuncts after the speaker's words, up to the cue: 'M and T said', 'Both Peru and Ecuador reject'
    gap = [t for t in doc[end : cue.i] if not t.is_space]
    right = _conjuncts_right(gap) if all(_name_word(t, False) or t.pos_ == "DET" or t.lower_ in _OPENERS
                                                for t in doc[first:last + 1]) else []
    if right:
        end = right[-1][1]
        conj += right
    elif gap and not all(t.pos_ == "ADV" for t in gap):
        return actor  # the speaker's words do not end at its cue
    left = _conjuncts_left(doc, start, lo)
    if left:
        start = left[0][0]
        conj = left + conj
    if (start, end) == (first, last + 1):
        return actor
    s_char, e_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
    c_lo, c_hi = content
    if c_lo < e_char and c_hi > s_char and not c_lo < s_char:
        return actor  # the reported words hold them
    if c_lo < s_char < c_hi and c_hi > e_char:
        return actor  # (a cue clause inside its content is read elsewhere)
    text = index.text  # (the document's text, read once per document)
    words = text[s_char:e_char]
    name = actor.name
    if doc[end - 1].text.rstrip(".") in _COMPANY_ENDS and len(conj) == 2:
        # 'Johnson and Lowe Co said': one company's name
        name = text[doc[conj[0][0]].idx : e_char]
    elif name:
        in_last = name in text[doc[conj[-1][0]].idx : e_char]
        titled = in_last and all(b - a == 1 for a, b in conj[:-1]) and any(
            doc[x].text[:1].isupper() and doc[x].lower_ not in _INNER and not doc[x].text in name.split()
            for x in range(conj[-1][0], conj[-1][1]))
        if not titled:  # ('Energy and Mines Minister Ana Ruiz': one person with a title of two parts)
            name = None
    return actor.model_copy(update={"text": words, "start": s_char, "end": e_char, "name": name,
                                    "rule": "quotes:several-speakers"})


def content_before_speakers(start: int, end: int, actor: Actor | None, text: str) -> int:
    """End of reported words that ran on into their speakers' first conjuncts ('A, Dutch and Belgian officials
    said': the words end before 'U.S.'), else ``end``."""
    if actor is None or not start < actor.start < end <= actor.end:
        return end
    k = actor.start
    while k > start and text[k - 1] in " \t":
        k -= 1
    if text[k - 1] not in ",;\"\u201d":
        return end  # (speakers set off from their words by a comma, or a closing quotation mark)
    while k > start and text[k - 1] in " \t,;":
        k -= 1
    return k if k > start else end
