"""The faster paths of session 29 round 53 (issue 13, speed only) give exactly what the paths they replace give.

Six quote rules of rounds 44-52 walked the words around a cue one spaCy ``Token`` at a time; they now read the shared
token columns (``docfacts.token_columns``: text, lower case, part of speech, tag, label) and make a ``Token`` only for
a word that passes those tests:

- ``relative_speaker.after_aside_relative`` ('Ana Ruiz, who ..., [called] on ...') and
  ``relative_speaker.embedded_relative_subject`` ('the engineers, who she said had warned ...');
- ``cue_after._what_phrase_after`` ('..., the ministry said, in what it called ...');
- ``reported._misread_past`` (a past verb the tagger read as a noun: 'said shelling [echoed] for hours');
- ``closing_cue._np_cue_tail`` ('..., the city's health officer told reporters.');
- ``second_cue._second_cue`` ('said the army would stay neutral and [urged] ...');
- ``reported_bounds._aside_start`` (a writer's aside after a comma: the way up from the word after it read from the
  heads' column);
- ``speakers.speaker_span`` (a speaker's words: the run of proper nouns around its head, the words before a noun
  the tagger read as an adjective, the punctuation and 'to' / 'of' before it).

Each slow path is the code it replaced, written out here; the sentences are made up for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from spacy.tokens import Doc, Token

from lapwing.extract.quotes import relative_speaker as rs
from lapwing.extract.quotes.closing_cue import _ANSWERS, _FINITE, _MAX_NP, _MAX_TAIL, _NOT_SUBJECT, _NP_POS, \
    _TAIL_STOP, _TELL_LIKE, _apposed_name, _np_cue_tail
from lapwing.extract.quotes.cue_after import _what_phrase_after
from lapwing.extract.quotes.cues import is_cue_verb, lexicon
from lapwing.extract.quotes.reported import _misread_past
from lapwing.extract.quotes.reported_bounds import _aside_start
from lapwing.extract.quotes.second_cue import _AFTER, _OWN, _PAST, _not_past_group, _second_cue
from lapwing.extract.quotes import speakers as speakers_module
from lapwing.extract.quotes.index import index_of
from lapwing.extract.quotes.segmentation import QUOTE_CHARS
from lapwing.extract.quotes.speakers import speaker_span
from lapwing.schema import Article
from speed_helpers import tokens_made

TEXTS = [
    "Governor Lena Marsh, who toured the dam and whose office has said it is safe, called on residents to stay calm "
    "and urged farmers to wait. The engineers, who she said had warned her that the wall was cracked, left.",
    "Senator Paulo Amaral, who chairs the panel, told reporters the vote would wait, and asked members to return.",
    "The water is safe to drink, the city's chief health officer told reporters on Tuesday. Prices will rise, the "
    "bank's governor warned, adding that fuel was scarce.",
    "The town was calm, the army said, in what it described as a pause. Villagers said shelling echoed for hours and "
    "heavy fire raged near Tessit.",
    "The minister said the troops would stay neutral and urged both parties to talk. The mayor asked drivers to keep "
    "off the bridge and called on the province to help.",
    "The inspectors, who officials believe were misled, said the tanks, which the company claims were emptied, had "
    "leaked. Rangers reported that poachers had crossed, which the warden denied.",
    "Aid workers in Bunia, the agency's director said, were owed wages. Hikers, a spokesman said, vanished, which "
    "the police confirmed, and the search ended.",
]


@pytest.fixture(scope="module")
def docs(pipe):
    return [pipe.nlp(text) for text in TEXTS]


# -- the code before round 53, written out ---------------------------------------------------------------------------

def _slow_embedded_relative_subject(verb: Token) -> Token | None:
    doc = verb.doc
    k = verb.i - 1
    while k > 0 and doc[k].lower_ in rs._AUX_WORDS:
        k -= 1
    if k < 2 or doc[k].lower_ not in rs._ASIDE_VERBS or doc[k].pos_ not in ("VERB", "AUX"):
        return None
    j = k - 1
    while j > 0 and k - j <= 4 and (doc[j].pos_ in rs._SUBJECT_POS and doc[j].lower_ not in rs.RELATIVE_SUBJECTS
                                    or doc[j].tag_ == "POS"):
        j -= 1
    if j == k - 1 or doc[j].lower_ not in rs.RELATIVE_SUBJECTS or doc[j].i == 0:
        return None
    rel = doc[j]
    before = doc[rel.i - 1]
    if not (before.text == "," or before.pos_ in ("NOUN", "PROPN")):
        return None
    if rel.lower_ == "that" and before.text == ",":
        return None
    if rel.head.dep_ in rs._RELCL:
        return rel
    if verb.dep_ in rs._RELCL and verb.head.i < rel.i and verb.head.pos_ in ("NOUN", "PROPN"):
        return rs.nearest_conjunct(verb.head, rel)
    return None


def _slow_after_aside_relative(verb: Token) -> Token | None:
    doc = verb.doc
    if verb.tag_ not in rs._MAIN_TAGS or verb.i < 4:
        return None
    if doc[verb.i - 1].lower_ in ("and", "but"):
        k = verb.i - 2
        while k > 0 and doc[k].text != "," and not doc[k].is_sent_start and verb.i - k <= 30:
            if doc[k].tag_ in rs._MAIN_TAGS and doc[k - 1].text == ",":
                return _slow_after_aside_relative(doc[k])
            k -= 1
        return None
    if doc[verb.i - 1].text != ",":
        return None
    start = verb.sent.start
    k = verb.i - 2
    while k > start and doc[k].text != ",":
        if doc[k].is_space and "\n" in doc[k].text:
            return None
        k -= 1
    if k <= start + 1 or k + 1 >= verb.i - 1 or doc[k + 1].lower_ not in ("who", "whose", "which"):
        return None
    opening = doc[start:k]
    if len(opening) > 8 or not all(x.pos_ in rs._NP_POS or x.tag_ == "POS" for x in opening):
        return None
    if not any(x.pos_ in ("VERB", "AUX") for x in doc[k + 2 : verb.i - 1]):
        return None
    ante = doc[k - 1]
    while ante.dep_ in ("flat", "flat:name", "compound") and start <= ante.head.i < k:
        ante = ante.head
    return ante if ante.pos_ in ("NOUN", "PROPN") else None


def _slow_what_phrase_after(cue: Token, comp: Token) -> bool:
    doc = cue.doc
    k = comp.left_edge.i
    while k < comp.i and (doc[k].is_punct or doc[k].is_space):
        k += 1
    return k > cue.i and k + 1 < len(doc) and doc[k].pos_ == "ADP" and doc[k + 1].lower_ == "what" \
        and any(x.text == "," for x in doc[cue.i + 1 : k])


def _slow_misread_past(doc: Doc, k: int, cue: Token) -> bool:
    w = doc[k]
    return w.pos_ == "NOUN" and w.dep_ == "ccomp" and w.head.i == cue.i and w.lower_.endswith("ed") and len(w) > 4 \
        and not any(c.dep_ in ("det", "case", "nmod:poss") for c in w.children)


def _slow_np_cue_tail(doc: Doc, lo: int, hi: int, lex):
    cue_k = next((k for k in range(lo + 1, min(hi, lo + _MAX_NP + 1)) if doc[k].tag_ in _FINITE), None)
    if cue_k is None or doc[cue_k].lower_ not in lex.verb_forms or hi - cue_k - 1 > _MAX_TAIL:
        return None
    np = doc[lo:cue_k]
    if cue_k + 1 < hi and doc[cue_k + 1].lower_ in _ANSWERS:
        return None
    name = _apposed_name(np)
    if name is not None:
        np = doc[lo : name[0].i - 1]
        if not np or np[-1].pos_ not in ("NOUN", "PROPN") or np[0].lower_ in _NOT_SUBJECT:
            return None
    if np[0].lower_ in _NOT_SUBJECT or not all(t.pos_ in _NP_POS or t.text in ("'s", "\u2019s", "-")
                                               or t.tag_ == "PRP$" and t.i == np.start for t in np):
        return None
    if np[-1].pos_ not in ("NOUN", "PROPN") or np[0].pos_ in ("ADP", "CCONJ"):
        return None
    if any(t.tag_ in _FINITE or t.tag_ in _TAIL_STOP or t.text in (",", ";", ":") or t.lower_ in ("that", "if", "whether")
           for t in doc[cue_k + 1 : hi]):
        return None
    cue = doc[cue_k]
    if lex.lemma(cue) not in _TELL_LIKE and any(t.head.i == cue_k and t.dep_ in ("obj", "dobj", "ccomp", "xcomp")
                                                for t in doc[cue_k + 1 : hi]):
        return None
    if name is not None:
        return name[0], doc[cue_k]
    heads = [t for t in np if t.pos_ in ("NOUN", "PROPN") and not (lo <= t.head.i < cue_k)]
    return (heads[0] if heads else np[-1]), doc[cue_k]


def _slow_second_cue(doc: Doc, q, lex):
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return None
    sent = span[0].sent
    cue = next((t for t in doc[sent.start : span.start] if t.text == q.cue and t.tag_ == "VBD"), None)
    if cue is None:
        return None
    for v in doc[span.start + 1 : sent.end]:
        if v.dep_ != "conj" or v.tag_ not in _PAST or doc[v.i - 1].lower_ != "and":
            continue
        head = v.head
        if not span.start <= head.i < min(v.i, span.end) or not _not_past_group(head):
            continue
        kids = list(v.children)
        if any(c.dep_.startswith(_OWN) for c in kids) or not any(c.i > v.i and c.dep_ in _AFTER for c in kids):
            continue
        if is_cue_verb(v, lex):
            return v
    return None


def _slow_speaker_span(token: Token) -> tuple[int, int]:
    """``speaker_span`` before round 53 (its 'of' phrases asked of this same slow path)."""
    sm = speakers_module
    start = end = token.i
    frontier = [token]
    while frontier:
        t = frontier.pop()
        for c in t.children:
            if c.i < token.i and c.dep_ in sm.NP_LEFT:
                start = min(start, c.left_edge.i if c.dep_ in ("nmod:poss", "poss") else c.i)
                frontier.append(c)
            elif c.i > token.i and c.dep_ in sm.NP_RIGHT and c.i == end + 1:
                end = c.i
                frontier.append(c)
    doc = token.doc
    sent_lo = index_of(doc).sent_start(token)
    while start > sent_lo and doc[start - 1].pos_ == "PROPN" and token.lower_ not in sm._PRONOUNS \
            and not sm._is_cue_token(doc[start - 1]):
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and token.pos_ == "PROPN" \
            and not sm._is_cue_token(doc[end + 1]):
        end += 1
    if token.pos_ == "ADJ" and token.head.pos_ == "VERB":
        while start > sent_lo and doc[start - 1].tag_ in ("DT", "PRP$", "POS", "NNP", "NNPS", "NN", "NNS", "JJ", "HYPH"):
            start -= 1
    while start < token.i and (doc[start].is_punct or doc[start].is_space or doc[start].lower_ in {"to", "of", "according"}):
        start += 1
    if token.lower_ in sm._QUANTITY_HEADS:
        of = next((c for c in token.children if c.dep_.startswith("nmod") and c.i > end and doc[end + 1].lower_ == "of"
                   and any(k.dep_ == "case" and k.lower_ == "of" for k in c.children)), None)
        if of is not None:
            end = _slow_speaker_span(of)[1] - 1
            if any(t.text in QUOTE_CHARS for t in doc[token.i : end + 1]) and end + 1 < len(doc) \
                    and doc[end + 1].text in QUOTE_CHARS:
                end += 1
    elif token.pos_ == "NOUN" and end + 1 < len(doc) and doc[end + 1].lower_ == "of":
        of = next((c for c in token.children if c.dep_ == "nmod" and c.i > end + 1 and c.pos_ in ("NOUN", "PROPN")
                   and c.left_edge.i == end + 1), None)
        last = _slow_speaker_span(of)[1] - 1 if of is not None else end
        if of is not None and not any(t.text in QUOTE_CHARS or t.text in (",", ";", ":", "(", ")", "\u2014", "\u2013")
                                      or t.like_num or t.tag_ == "$" for t in doc[end + 1 : last + 1]):
            end = last
    elif (after_for := sm.for_phrase_end(token)) is not None and end == token.i:
        end = after_for - 1
    return start, end + 1


SPEAKER_TEXTS = [
    "Thousands of striking \"Red Vests\" marched, and dozens of nurses said pay was late. The clerk of the assembly, "
    "Judge Amara Osei, told the court the file was lost.",
    "The ruling party's nominee explained the plan to reporters. Tens of thousands of farmers in Punjab protested.",
    "A spokesman for the navy said the ship, the Santa Rita, had docked. Minister of State Yuki Tanabe denied it.",
]


def test_speaker_span_is_the_token_walk(pipe, docs):
    moved = 0
    for doc in docs + [pipe.nlp(text) for text in SPEAKER_TEXTS]:
        for t in doc:
            want = _slow_speaker_span(t)
            assert speaker_span(t) == want, (doc.text, t.i)
            moved += want != (t.i, t.i + 1)
    assert moved  # heads whose words run past themselves


def _slow_aside_start(doc: Doc, lo: int, hi: int) -> int:
    for k in range(lo + 1, hi - 1):
        if doc[k].text != ",":
            continue
        x = doc[k + 1]
        while x.head.i != x.i and lo <= x.head.i < hi and x.head.i > k:
            x = x.head
        if x.dep_ in ("appos", "parataxis") and x.pos_ == "NOUN" and any(c.dep_ in ("acl:relcl", "relcl", "acl") for c in x.children):
            return k
    return hi


ASIDE_TEXTS = [
    "Rangers reported that the rhino had been shot, a claim the ministry called a fabrication. Aid groups said "
    "the road was open, a decision that surprised drivers.",
    "The envoy said talks had stalled, an account which the rebels rejected, and left Doha.",
]


def test_aside_start_is_the_token_walk(pipe, docs):
    cut = 0
    for doc in docs + [pipe.nlp(text) for text in ASIDE_TEXTS]:
        for lo in range(len(doc)):
            for hi in range(lo, len(doc) + 1):
                want = _slow_aside_start(doc, lo, hi)
                assert _aside_start(doc, lo, hi) == want, (doc.text, lo, hi)
                cut += want != hi
    assert cut  # ('..., a claim the ministry called a fabrication')


# -- each new path against the old one -------------------------------------------------------------------------------

def test_relative_speaker_rules_are_the_token_walks(docs):
    found = 0
    for doc in docs:
        for t in doc:
            want = _slow_embedded_relative_subject(t)
            assert rs.embedded_relative_subject(t) == want, (doc.text, t.i)
            found += want is not None
            want = _slow_after_aside_relative(t)
            assert rs.after_aside_relative(t) == want, (doc.text, t.i)
            found += want is not None
    assert found  # the sentences do have such speakers


def test_relative_speaker_rules_name_the_speakers(docs):
    """What the rules answer on the sentences written for them (the answer of the replaced code too)."""
    doc = docs[0]
    urged = next(t for t in doc if t.lower_ == "urged")
    owner = rs.after_aside_relative(urged)  # (the name's head: the parser's choice of its words)
    assert owner is not None and owner.text in ("Lena", "Marsh")
    warned = next(t for t in doc if t.lower_ == "warned")
    assert _slow_embedded_relative_subject(warned) == rs.embedded_relative_subject(warned)


def test_what_phrase_and_misread_past_are_the_token_walks(docs):
    phrase = misread = 0
    for doc in docs:
        for cue in doc:
            for comp in doc:
                want = _slow_what_phrase_after(cue, comp)
                assert _what_phrase_after(cue, comp) == want, (doc.text, cue.i, comp.i)
                phrase += want
            for k in range(len(doc)):
                want = _slow_misread_past(doc, k, cue)
                assert _misread_past(doc, k, cue) == want, (doc.text, k, cue.i)
                misread += want
    assert phrase  # ('..., the army said, in what it described as ...')


def test_np_cue_tail_is_the_token_walk(docs):
    lex = lexicon()
    found = 0
    for doc in docs:
        for lo in range(len(doc)):
            for hi in range(lo + 1, min(len(doc), lo + 24) + 1):
                want = _slow_np_cue_tail(doc, lo, hi, lex)
                assert _np_cue_tail(doc, lo, hi, lex) == want, (doc.text, lo, hi)
                found += want is not None
    assert found  # ('..., the city's chief health officer told reporters on Tuesday.')


def _quote_spans(doc: Doc):
    """Stand-ins for quotes (``_second_cue`` reads their start, end and cue): every span of words starting after a
    past verb, each with that verb as its cue."""
    for t in doc:
        if t.tag_ != "VBD":
            continue
        for a in range(t.i + 1, len(doc)):
            for b in range(a + 2, len(doc)):
                yield SimpleNamespace(start=doc[a].idx, end=doc[b].idx + len(doc[b]), cue=t.text)


def test_second_cue_is_the_token_walk(docs):
    lex = lexicon()
    found = 0
    for doc in docs:
        for q in _quote_spans(doc):
            want = _slow_second_cue(doc, q, lex)
            assert _second_cue(doc, q, lex) == want, (doc.text, q)
            found += want is not None
    assert found  # ('said the troops would stay neutral and [urged] ...')


def test_the_new_paths_make_few_tokens(docs):
    """The new paths make a ``Token`` only for a word that passed the column tests: fewer than the walks made (the
    Tokens the calls are given are made the same way for both)."""
    lex = lexicon()
    pairs = [
        (lambda d: [rs.after_aside_relative(t) for t in d], lambda d: [_slow_after_aside_relative(t) for t in d]),
        (lambda d: [rs.embedded_relative_subject(t) for t in d],
         lambda d: [_slow_embedded_relative_subject(t) for t in d]),
        (lambda d: [_misread_past(d, k, d[0]) for k in range(len(d))],
         lambda d: [_slow_misread_past(d, k, d[0]) for k in range(len(d))]),
        (lambda d: [_np_cue_tail(d, lo, min(len(d), lo + 12), lex) for lo in range(len(d))],
         lambda d: [_slow_np_cue_tail(d, lo, min(len(d), lo + 12), lex) for lo in range(len(d))]),
        (lambda d: [_aside_start(d, lo, len(d)) for lo in range(0, len(d), 3)],
         lambda d: [_slow_aside_start(d, lo, len(d)) for lo in range(0, len(d), 3)]),
        (lambda d: [speaker_span(t) for t in d], lambda d: [_slow_speaker_span(t) for t in d]),
        (lambda d: [_what_phrase_after(t, c) for t in d for c in t.children],
         lambda d: [_slow_what_phrase_after(t, c) for t in d for c in t.children]),
        (lambda d: [_second_cue(d, q, lex) for q in list(_quote_spans(d))[:300]],
         lambda d: [_slow_second_cue(d, q, lex) for q in list(_quote_spans(d))[:300]]),
    ]
    for fast, slow in pairs:
        for doc in docs:
            fast(doc)  # (the columns read once, as in an extraction)
        new = sum(tokens_made(lambda: fast(doc)) for doc in docs)
        old = sum(tokens_made(lambda: slow(doc)) for doc in docs)
        assert new < old, (new, old)  # (the same with the replaced code: it made a Token per word)


def test_quotes_of_the_rules_sentences(pipe):
    """The records themselves: speakers past a relative clause and a second cue after 'and'."""
    text = ("Governor Ilse Vandam, who visited the flooded towns and whose cabinet has said it will pay, called on "
            "insurers to act quickly. The minister said the border would stay shut and urged traders to wait.")
    rec = pipe.analyse(Article(id="sp53-rules", text=text, language="en"))
    speakers = {(q.speaker.text if q.speaker else None) for q in rec.quotes}
    assert any(s and "Vandam" in s for s in speakers), [(q.text, q.speaker) for q in rec.quotes]
