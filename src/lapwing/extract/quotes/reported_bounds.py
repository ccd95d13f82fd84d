"""Where a reported clause starts and ends: past a channel or a time the parser put at its head, before an aside of
the writer's, before a cue inside it that opens a direct quote or a cue clause after a comma; whether a span is mostly
quoted."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import doc_heads, token_columns
from lapwing.extract.quotes.cues import SUBJ_DEPS, SpeechLexicon, cue_words, is_cue_verb
from lapwing.extract.quotes.index import Ranges
from lapwing.extract.quotes.segmentation import QUOTE_CHARS, _inside

def _past_channel(doc: Doc, lex: SpeechLexicon, clause: Token, lo: int) -> int:
    """'said [in a statement] they would ...': a channel phrase the parser put at the head of the clause is the cue's:
    the content starts at the clause's subject. The phrase opens with a preposition and names a channel of the lexicon
    or holds a speech noun."""
    if lo >= len(doc) or doc[lo].pos_ != "ADP":
        return lo
    subj = next((x for x in clause.children if x.dep_ in SUBJ_DEPS and x.left_edge.i > lo), None)
    if subj is None or subj.left_edge.i - lo > 8:
        return lo
    phrase = doc[lo : subj.left_edge.i]
    words = " ".join(x.lower_ for x in phrase if not x.is_punct)
    if any(words == p or words.startswith(p + " ") for p, _ in lex.channels) or any(
            x.lower_ in lex.nouns for x in phrase if x.pos_ == "NOUN"):
        return subj.left_edge.i
    return lo



_TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
               "tonight", "morning", "afternoon", "evening", "night", "week", "month", "year", "last", "this", "earlier",
               "later", "late", "early", "on"}


def _past_time(doc: Doc, lo: int, hi: int) -> int:
    """Start of a content after a time and 'that' opening it ('Friday that ...', 'on Monday that ...'), else ``lo``."""
    lower = token_columns(doc).lower
    k = lo
    while k < hi and k - lo < 4 and lower[k] in _TIME_WORDS:
        k += 1
    if lo < k < hi - 1 and lower[k] == "that":
        return k + 1
    return lo


def _past_complementiser(doc: Doc, lo: int, hi: int) -> int:
    """Start of a content past a complementiser 'that' the parser read as a pronoun or a determiner after an adjunct
    of the cue ('said on Sunday [that] calm had returned', 'wrote on X [that] Lisbon stood by ...'): the clause after
    it has a subject of its own, so the 'that' is no word of the content. A 'that' that is the subject ('said that was
    wrong') stays, and so does a capitalised or sentence-opening 'That' and one on a noun a comma follows ('say that
    account, and ...'); otherwise after a cue a 'that' before a noun is taken for the complementiser ('adding [that]
    police had fired ...'), not a demonstrative."""
    if hi - lo < 3 or doc[lo].text != "that" or doc[lo].dep_ == "mark" or lo < 1 or doc[lo - 1].is_punct \
            or doc[lo - 1].is_space:
        return lo  # (a 'That' opening its sentence, or after a comma or a break, is a demonstrative: 'That plan failed')
    nxt = doc[lo + 1]
    if nxt.pos_ in ("VERB", "AUX") and _noun_read_as_verb(doc, nxt, hi):
        return lo + 1  # 'warned that [attempts] to stage a coup would fail': a plural subject tagged as a verb
    if nxt.pos_ in ("VERB", "AUX", "PUNCT") or nxt.is_space:
        return lo
    if nxt.pos_ in ("NOUN", "PROPN") and lo + 2 < hi and doc[lo + 2].text == ",":
        return lo  # 'say that account, and hundreds like it, show ...': a demonstrative on a noun set off by a comma
    own = [t for t in doc[lo + 1 : hi] if t.dep_ in ("nsubj", "nsubj:pass", "expl") and t.head.pos_ in ("VERB", "AUX")
           and lo < t.head.i < hi and t.i < t.head.i]
    return lo + 1 if own else lo


def _mostly_quoted(text: str, marked_ranges: list[tuple[int, int]] | Ranges, s: int, e: int) -> bool:
    """Half or more of the words of [s, e) stand within quotation marks."""
    words = [(m.start(), m.end()) for m in _WORDS.finditer(text, s, e)]
    inside = sum(1 for a, b in words if _inside(marked_ranges, a, b))
    return bool(words) and 2 * inside >= len(words)



_WORDS = re.compile(r"\w+")
def _aside_start(doc: Doc, lo: int, hi: int) -> int:
    """Reported speech ends before an aside of the writer's after a comma, an apposition to the whole report:
    'X reported that Maduro had tried to flee[, a report the government called "a crude lie"]'."""
    cols = token_columns(doc)
    texts = cols.text
    heads = None
    for k in range(lo + 1, hi - 1):
        if texts[k] != ",":
            continue
        if heads is None:
            heads = doc_heads(doc)  # (the heads' column: no Token made on the way up from the word after the comma)
        x = k + 1
        while heads[x] != x and lo <= heads[x] < hi and heads[x] > k:
            x = heads[x]
        if cols.dep[x] in ("appos", "parataxis") and cols.pos[x] == "NOUN" \
                and any(c.dep_ in ("acl:relcl", "relcl", "acl") for c in doc[x].children):
            return k
    return hi


def _before_quote_cue(doc: Doc, lex: SpeechLexicon, cue: Token, lo: int, hi: int) -> int:
    """A content stops before a cue inside it that opens a direct quote with a comma or a colon: 'said he was not
    paid, [saying, "..."]', 'noted that A - [Trump boasted, "..."]' (the quote is that cue's own attribution)."""
    # a Token only for the words that may be cues (is_cue_verb is False for every other word)
    lower, words = token_columns(doc).lower, cue_words(lex)
    for x in [doc[k] for k in range(lo, min(hi, len(doc))) if lower[k] in words]:
        if x.i == cue.i or x.i <= lo or not is_cue_verb(x, lex):
            continue
        after = [y for y in doc[x.i + 1 : min(x.i + 4, len(doc))] if not y.is_space]
        if len(after) < 2 or after[0].text not in (",", ":") or after[1].text not in QUOTE_CHARS:
            continue
        k = x.i
        if x.tag_ != "VBG":  # its subject goes with it ('Trump boasted')
            subj = next((c for c in x.children if c.dep_ in SUBJ_DEPS and c.i < x.i), None)
            if subj is None:
                continue
            k = subj.left_edge.i
        while k > lo and (doc[k - 1].is_punct or doc[k - 1].is_space or doc[k - 1].lower_ in ("and", "but")):
            k -= 1
        if k - lo >= 2:
            return k
    # '... it is a good deal, Sen. Ana Ruiz told reporters on Thursday': a cue clause after a comma, with its own
    # subject and nothing reported after it, ends the content the parser ran into it
    for x in [doc[k] for k in range(lo + 2, min(hi, len(doc))) if lower[k] in words]:
        if x.i == cue.i or x.tag_ not in ("VBD", "VBZ", "VBP") or not is_cue_verb(x, lex) \
                or any(c.dep_ in ("ccomp", "xcomp") and c.i > x.i for c in x.children):
            continue
        subj = next((c for c in x.children if c.dep_ in SUBJ_DEPS and c.i < x.i), None)
        k = subj.left_edge.i if subj is not None else -1
        while 0 <= k < x.i and doc[k].is_punct:
            k += 1
        if k - 1 > lo + 1 and doc[k - 1].text == "," and subj.pos_ in ("PROPN", "NOUN"):
            return k - 1
    return hi


_NEW_PHRASE_POS = ("DET", "NUM", "PRON", "ADJ", "NOUN")


def past_hearer_name(doc: Doc, lex: SpeechLexicon, cue: Token, lo: int, hi: int) -> int:
    """'told [VOA] nine workers were hurt', 'told [Al Jazeera] his troops had ...': a hearer's name right after a
    telling cue that the parser ran into the clause's subject is the hearer, not the content; the content starts
    after it, where a new noun phrase opens (a determiner, a number, a possessive, an adjective or a common noun).
    The hearer of a 'told ...' channel of the lexicon too ('told [reporters] Senator X would ...'). 'told AFP Ruiz
    would resign' (no new phrase after the name) keeps the name."""
    if lo != cue.i + 1:
        return lo
    after = [x.lower_ for x in doc[lo : min(hi, lo + 4)]]
    heard = max((len(p.split()) - 1 for p, _ in lex.channels if p.split()[0] == "told"
                 and after[: len(p.split()) - 1] == p.split()[1:]), default=0)
    if heard and lo + heard < hi - 2 and (doc[lo + heard].pos_ in _NEW_PHRASE_POS + ("PROPN",)) \
            and any(x.pos_ in ("VERB", "AUX") for x in doc[lo + heard + 1 : hi]):
        return lo + heard  # (the parser may make the hearer the clause's subject and the subject its apposition)
    k = lo
    while k < hi and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        k += 1
    if k == lo or k - lo > 3 or k >= hi - 2 or doc[k].pos_ not in _NEW_PHRASE_POS or doc[k].tag_ == "POS":
        return lo
    # the words after the name hold the clause's subject and its verb
    if not any(x.dep_ in SUBJ_DEPS and x.i >= k and x.head.i > x.i and x.head.i < hi for x in doc[k:hi]):
        return lo
    return k


def _noun_read_as_verb(doc, word, hi: int) -> bool:
    """``word``, right after a cue's 'that', is a plural noun the tagger read as a present-tense verb: the parser made
    it the subject of a finite verb later in the clause ('said that rumours of a curfew were false'), or made it a
    clause of the cue's with 'that' its subject and the clause's own finite verb a second clause of the same cue
    ('warned that [attempts] to stage a coup [would fail]', the cue taking two clauses with nothing joining them). The
    'that' before it is then the complementiser. A 'that' followed by a verb of its own ('said that helps', 'warned
    that seems to suggest the plan will fail', 'said that was a mistake') is the subject and stays."""
    if word.tag_ != "VBZ" or not word.lower_.endswith("s") or word.lower_ in ("is", "has", "was", "does", "says"):
        return False
    head = word.head
    if word.dep_ in ("nsubj", "nsubj:pass"):
        return word.i < head.i < hi and any(t.tag_ in ("MD", "VBD", "VBZ", "VBP") for t in doc[word.i + 1 : head.i + 1])
    if word.dep_ != "ccomp" or head.i > word.i:
        return False
    for v in doc[word.i + 1 : hi]:
        if v.text in (",", ";", ":") or v.lower_ in ("and", "but", "or", "that", "which", "who"):
            return False
        if v.head.i == head.i and v.dep_ in ("ccomp", "conj", "parataxis") and (
                v.tag_ in ("MD", "VBD", "VBP") or any(a.tag_ == "MD" for a in v.children if a.dep_.startswith("aux"))):
            return True
    return False
