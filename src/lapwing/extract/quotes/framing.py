"""Framing: who speaks in quoted words that go on the writer's own sentence with no cue ('Dalton attacked "the cruel
logic of austerity"', 'Varga has gone after Holm as a "greedy parasite who ..."'): the subject of the sentence's
main verb, when the words hang below that verb with no other subject on the way (not in a relative clause, a clause
of their own or a clause on a noun: 'his prediction that Trump would be "the healthiest ..."' names nobody)."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import char_span
from lapwing.extract.quotes.cues import SUBJ_DEPS, is_cue_verb
from lapwing.extract.quotes.index import DocIndex
from lapwing.extract.quotes.segmentation import QUOTE_CHARS
from lapwing.extract.quotes.subject_words import is_time_word
from lapwing.extract.quotes.subjects import _subject_of

# relations that open a clause with a speaker, or words, of its own (or an apposition describing a noun)
_OWN_CLAUSE = {"acl:relcl", "relcl", "ccomp", "csubj", "parataxis", "acl", "list", "dep", "appos"}
# subjects that stand for nobody who could have said the words
_NOBODY = {"it", "there", "this", "that", "which", "what", "i", "we", "you", "who"}


def quoted_head(doc: Doc, start: int, end: int) -> tuple[Token, range] | None:
    """The one token of the quoted words [start, end) whose head lies outside them (or is itself), with the
    words' token range; None when the words are no single phrase of the parse."""
    span = char_span(doc, start, end)
    if span is None or not len(span):
        return None
    inside = range(span.start, span.end)
    heads = [t for t in span if not (t.is_punct or t.is_space) and (t.head.i not in inside or t.head.i == t.i)]
    return (heads[0], inside) if len(heads) == 1 else None


def framing_verb(doc: Doc, index: DocIndex, start: int, end: int) -> tuple[Token, Token] | None:
    """(the main verb, its subject) of the sentence holding the quoted words [start, end) when the words hang below
    that verb through objects, phrases and subjectless participles only; None otherwise."""
    found = quoted_head(doc, start, end)
    if found is None:
        return None
    head, inside = found
    noun_list = head.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN") and head.head.pos_ in ("NOUN", "PROPN")
    if any(c.dep_ in SUBJ_DEPS for c in head.children) or head.dep_ == "conj" and not noun_list:
        # a quoted clause with a subject of its own is a sentence of someone's, not a phrase the verb acts on (a noun
        # in a list of the verb's objects is: 'Holm cites the union's support, "the placards ..." and the strike')
        return None
    root = index.sent(head).root
    if not _below_root(head, root, inside):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    if subj is None or subj.lower_ in _NOBODY or is_time_word(subj) or subj.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    if any(c.dep_ in ("aux:pass", "auxpass") for c in root.children):
        return None
    return root, subj


def _below_root(head: Token, root: Token, inside: range) -> bool:
    """The quoted words headed by ``head`` hang below their sentence's main verb ``root`` through objects, phrases and
    subjectless participles only."""
    if root.i in inside or root.pos_ != "VERB" or root.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return False
    a = head
    for _ in range(8):
        if a.i == root.i:
            break
        if a.dep_ in _OWN_CLAUSE or a.dep_ == "advcl" and a.tag_ != "VBG":
            return False
        up = a.head
        if up.i != root.i and any(c.dep_ in SUBJ_DEPS for c in up.children):
            return False
        a = up
    return a.i == root.i


def passive_judge(doc: Doc, index: DocIndex, start: int, end: int) -> tuple[Token, Token] | None:
    """(the passive main verb, its agent) when the quoted words [start, end) are the agent's judgement: 'The arrest
    was condemned by the party as "political revenge"', 'The plan was dismissed by critics as "a gimmick"' (the agent
    before the words, 'as' right before their opening mark); None for any other words ('was described in court as
    "..."': no agent, no one whose words they are)."""
    found = quoted_head(doc, start, end)
    if found is None:
        return None
    head, inside = found
    root = index.sent(head).root
    if any(c.dep_ in SUBJ_DEPS for c in head.children) or not _below_root(head, root, inside) \
            or not any(c.dep_ in ("aux:pass", "auxpass") for c in root.children):
        return None
    agent = next((c for c in root.children if c.dep_ in ("obl:agent", "agent") and c.pos_ in ("PROPN", "NOUN")
                  and c.i < inside.start), None)
    k = inside.start - 1
    while k > root.i and doc[k].text in QUOTE_CHARS:
        k -= 1
    if agent is None or k <= agent.i or doc[k].lower_ != "as":
        return None
    return root, agent


_NAMING = {"call", "dub", "term", "label", "brand", "describe"}


def names_next_quote(cue: Token, after: int) -> bool:
    """``cue`` (after a quote ending at character ``after``) is a naming verb whose own quoted words follow it ('"A", a
    decision the ministry called "premature"', '"A", what the party described as "a farce"'): those words are its
    judgement; the quote before it is no words of its speaker."""
    doc = cue.doc
    if cue.lemma_ not in _NAMING or cue.idx < after:
        return False
    k = cue.i + 1
    if k < len(doc) and doc[k].lower_ in ("as", "it", "them", "this"):
        k += 1
    return k < len(doc) and doc[k].text in QUOTE_CHARS and not doc[k].whitespace_


def around_cue_start(doc: Doc, index: DocIndex, cue: Token, speaker: Token, start: int, end: int) -> int | None:
    """'So when the deal fell through, Mr. Barrett said, "we were floored."': quoted words in lower case after a cue
    clause set off by commas go on the writer's words before that clause; the character where those words start (the
    sentence's first word), or None when the cue clause opens its sentence or holds more than a subject and its cue."""
    text = index.text
    if speaker.i >= cue.i or text[cue.idx + len(cue) : start].strip().strip("\"'\u201c\u2018`") != ",":
        return None
    lo = speaker.left_edge.i
    while lo < speaker.i and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    if cue.i - lo > 5 or any(t.is_punct or t.is_space for t in doc[lo : cue.i]):
        return None
    k = lo - 1
    if k < 1 or doc[k].text != ",":
        return None
    s0 = index.sent_start(doc[k])
    while s0 < k and doc[s0].is_space:
        s0 += 1
    words = [t for t in doc[s0:k] if not t.is_punct]
    if not words or "\n" in text[doc[s0].idx : doc[k].idx] or any(
            t.text in "\"\u201c\u201d\u2018\u2019''" or t.text == "''" for t in doc[s0:k]):
        return None
    return doc[s0].idx


# relations from a channel's or a hearer's noun up to its cue ('said on [the radio show "Morning Call"] that ...')
_UP_TO_CUE = {"appos", "obl", "nmod", "obj", "iobj", "compound", "flat"}


def that_clause_cue(doc: Doc, index: DocIndex, open_at: int) -> tuple[Token, Token] | None:
    """(cue, its subject) for quoted words opening the that-clause of a cue before them, which the frame of the quote
    did not reach because other quoted words stand between ('Ruiz said on the radio show "Morning Call" that "the
    port ..."'); None when the 'that' hangs on no cue verb before it or the cue has no subject."""
    j = bisect_left(index.tok_starts, open_at) - 1
    while j >= 0 and (doc[j].is_punct or doc[j].is_space):
        j -= 1
    if j < 0 or doc[j].lower_ != "that":
        return None
    linear = _cue_before_title(doc, j)
    if linear is not None:
        subj = _subject_of(linear)
        return (linear, subj) if subj is not None and subj.i < linear.i else None
    if doc[j].dep_ != "mark":
        return None
    clause = doc[j].head
    verb = clause.head
    if clause.dep_ in ("acl", "acl:relcl", "relcl"):
        # (the parser hung the clause on the quoted title's noun: up through the cue's channel or hearer to the cue;
        # not a noun's own clause, 'rejected the claim that "..."', whose words are the claim's)
        if j < 1 or doc[j - 1].text not in QUOTE_CHARS or not clause.head.i < j:
            return None
        steps = 0
        while verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in _UP_TO_CUE and steps < 4:
            verb, steps = verb.head, steps + 1
    elif clause.dep_ != "ccomp":
        return None
    if verb.i >= j or verb.pos_ != "VERB" or not is_cue_verb(verb):
        return None
    subj = _subject_of(verb)
    return (verb, subj) if subj is not None and subj.i < j else None


def _cue_before_title(doc: Doc, j: int) -> Token | None:
    """The cue verb before a quoted title that the 'that' at ``j`` follows, with only a channel's or a hearer's noun
    phrase between them ('said on the radio show "Morning Call" that', 'told the weekly "City Voice" that'), read on
    the words; None otherwise."""
    if j < 3 or doc[j - 1].text not in QUOTE_CHARS:
        return None
    k = next((x for x in range(j - 2, max(j - 10, 0), -1) if doc[x].text in QUOTE_CHARS), None)
    if k is None or k == j - 2:
        return None
    x = k - 1
    while x >= 0 and k - x <= 8 and (doc[x].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "ADP", "NUM") or doc[x].tag_ == "POS"):
        x -= 1
    if x < 0 or x == k - 1 or doc[x].pos_ != "VERB" or not is_cue_verb(doc[x]):
        return None
    return doc[x]


def sentence_subject(doc: Doc, index: DocIndex, start: int, end: int) -> tuple[Token, Token] | None:
    """(the main verb, its subject) of the sentence holding quoted words [start, end) that no cue, no framing verb
    and no speech noun claims, when the main verb comes before the words and its subject names someone: PolNeAR
    credits such words to whoever the sentence is about ('Ruiz said, per an interpreter, that A, and he had access
    to a system that "was like an open door"', 'Holm referenced an audit that "less than one percent" was spent',
    'Berg welcomed "the recognition that ..."'). None for a subject that names nobody ('it', 'there', 'this', a
    time), a passive main verb, or words before the main verb."""
    span = char_span(doc, start, end)
    if span is None or not len(span):
        return None
    root = index.sent(span[0]).root
    if root.i >= span.start or root.pos_ != "VERB" or root.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    found = quoted_head(doc, start, end)
    if found is not None and _coordinated_clause(doc, root, *found):
        return None  # a quoted clause of its own conjoined to the main clause ('Holm left and "the room went quiet"')
    if any(c.dep_ in ("aux:pass", "auxpass") for c in root.children):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    if subj is None or subj.lower_ in _NOBODY or is_time_word(subj) or subj.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    if any(t.text in QUOTE_CHARS for t in doc[subj.i : root.i]):
        return None  # (a quote before the main verb: the sentence's words are someone's already)
    return root, subj


def _coordinated_clause(doc: Doc, root: Token, head: Token, inside: range) -> bool:
    """True when the quoted words are a clause with its own subject joined to the main clause by a conjunction
    ('Holm arrived late and "the whole room went quiet"': an event, not Holm's words); a clause the parse hangs on
    the main verb with no conjunction between (a title after 'entitled,', words after 'as X put it,') is not one."""
    if head.dep_ not in ("conj", "parataxis") or head.head.i != root.i:
        return False
    if not any(c.dep_ in SUBJ_DEPS and c.i in inside for c in head.children):
        return False
    return any(t.pos_ == "CCONJ" for t in doc[root.i + 1 : inside.start])
