"""A quote whose cue clause is itself reported: '"...," Ruiz said, according to Radio Lyon.' / '"...," Ruiz said,
Radio Lyon reported.' / 'The campaign said ..., the Courier reported.'

Who speaks is then the one who reports the cue clause: the attribution's content is the quote with its cue clause,
and its source the reporter (PolNeAR's convention, followed by the outside checks' scorer). The person quoted stays
in the quote's text only through its cue clause; the quote's cue is still the inner verb.

Only a reporter hung on the cue clause itself counts: 'according to' or '<name> reported' after a comma, with no
other verb between the cue and it ('"...," Ruiz told reporters in Lyon, according to Reuters'); an 'according to'
inside the content ('Ruiz said the port lost money, according to the audit') is a quote of its own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import token_columns
from lapwing.extract.quotes.cues import _according_to
from lapwing.extract.quotes.index import index_of
from lapwing.extract.quotes.reporter_tail import TAIL_ADVERBS
from lapwing.extract.quotes.segmentation import QUOTE_CHARS, _Found

# rules whose cue clause comes after the quote's content (the reporter follows the cue clause)
NESTED_RULES = {"direct:cue-after", "direct:split", "direct:continuation", "partial:cue-after", "indirect:complement",
                "indirect:cue-after", "indirect:to-clause", "indirect:object", "indirect:linear"}
# verbs by which a news outlet or a writer reports the cue clause ('..., CNN reported.', '..., reports USA Today.')
_REPORT_FORMS = {"reported", "reports", "reporting"}
_NP_TAGS = {"NNP", "NNPS", "NN", "NNS", "DT", "POS", "JJ", "HYPH", "CD"}
_MOST_WORDS = 8  # the most words of the reporter's noun phrase ('the Associated Press', 'The New York Times')


def _clause_words(doc: Doc, cue: Token) -> list[Token]:
    """The tokens after the cue up to the end of its sentence or the next quotation mark."""
    _, hi = index_of(doc).sent_range(cue.i)
    out = []
    for t in doc[cue.i + 1 : hi]:
        if t.text in QUOTE_CHARS:
            break
        out.append(t)
    return out


def _no_verb(words: list[Token]) -> bool:
    return not any(t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBN",) for t in words)


def reporter_of(doc: Doc, f: _Found) -> Token | None:
    """The head of who reports ``f``'s cue clause, or None (see the module's docstring)."""
    cue = f.cue
    if cue is None or f.rule not in NESTED_RULES or not isinstance(cue, Token):
        return None
    if cue.idx < f.start:
        # 'X said [content], the Courier reported.': the words past the content, which follows its cue
        _, hi = index_of(doc).sent_range(cue.i)
        idx = token_columns(doc).idx  # a Token only for the words kept
        words = [doc[k] for k in range(cue.i + 1, hi) if idx[k] >= f.end]
        if not words or words[0].text != "," or any(t.text in QUOTE_CHARS for t in words):
            return None
    else:
        words = _clause_words(doc, cue)
    for k, t in enumerate(words):
        if t.text != ",":
            continue
        before, rest = words[:k], words[k + 1 :]
        if not _no_verb(before):
            return None
        if len(rest) >= 3 and rest[0].lower_ == "according" and rest[1].lower_ == "to":
            if cue.idx < f.start:
                return None  # 'X said [content], according to Y': a quote of Y's of its own holds X's
            found = _according_to(doc, rest[0].i, rest[-1].i + 1)
            return found[0][1] if found else None
        # '..., CNN reported.' / '..., reports USA Today.'
        upto = next((j for j, u in enumerate(rest) if u.is_punct and u.text not in (".", "&", "'", "\u2019", "-")
                     or u.text == "." and j == len(rest) - 1), len(rest))
        phrase = rest[:upto]
        while len(phrase) > 2 and phrase[-1].lower_ in _REPORT_FORMS and phrase[-2].lower_ in TAIL_ADVERBS:
            phrase = phrase[:-2] + phrase[-1:]  # 'Politico recently reported', 'the Courier has reported'
        if not phrase or len(phrase) > _MOST_WORDS + 1:
            continue
        if phrase[-1].lower_ in _REPORT_FORMS and all(u.tag_ in _NP_TAGS for u in phrase[:-1]) and len(phrase) >= 2:
            nouns = [u for u in phrase[:-1] if u.tag_ in ("NNP", "NNPS", "NN", "NNS")]
            return nouns[-1] if nouns else None
        if phrase[0].lower_ in _REPORT_FORMS and len(phrase) >= 2 and all(u.tag_ in _NP_TAGS for u in phrase[1:]):
            nouns = [u for u in phrase[1:] if u.tag_ in ("NNP", "NNPS", "NN", "NNS")]
            return nouns[-1] if nouns else None
    return None


def outer_reaches_inner(quotes: list, cue_pos: dict[int, int], cue_at: dict[int, int], text: str) -> list:
    """``quotes`` sorted by start; ``cue_pos`` maps id(quote) to its cue's character (-1: none), ``cue_at`` likewise
    for the cues that nest (kept in step for the extended quotes). A report
    inside a report ('Bloomberg says [its reporting has found that [A -- and B]]'): the outer cue owns the whole inner
    attribution, so the outer content runs at least to the end of the inner content when the inner cue stands inside
    it and the parser ended the outer clause early (at a dash, a second clause); within one sentence only."""
    out = list(quotes)
    for k, q in enumerate(out):
        at = cue_pos.get(id(q), -1)
        if at < 0 or q.kind != "indirect":
            continue
        for j in range(k - 1, -1, -1):
            o = out[j]
            if o.kind != "indirect" or not (o.start <= at < o.end and o.start < q.start < o.end < q.end):
                continue
            gap = text[o.end : q.end]
            if "\n" in gap or any(gap[m] in ".!?" and gap[m + 1 : m + 2] == " " for m in range(len(gap) - 1)):
                continue
            if o.speaker is None or q.speaker is None or (o.speaker.start, o.speaker.end) == (q.speaker.start, q.speaker.end):
                continue
            out[j] = o.model_copy(update={"end": q.end, "text": text[o.start : q.end]})
            cue_at[id(out[j])], cue_pos[id(out[j])] = cue_at.get(id(o), -1), cue_pos.get(id(o), -1)
            break
    return out
