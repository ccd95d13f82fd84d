"""The event coder's parse read as lists, session 35 round sp70 (issue 13, speed only).

* ``events/parse_columns.py``: the coder's document's part of speech, label and head index as lists, read once per
  article for the frozen document (``parse_memo.freeze_parse``), afresh for any other; ``frozen_columns`` is ``None``
  off the frozen document.
* ``event_place``: the walk left of a place, the object cue and the tree distance read the columns on the frozen parse;
  a nominal's preposition (``_case``) reads the children remembered per token (``parse_memo.children_of``).

The tests compare each with the ``Token`` reading it replaces (kept here) on sentences made up for them, and check that
the kept lists belong to their document alone.
"""

from __future__ import annotations

from lapwing.extract.registry import Context
from lapwing.schema import Article, ArticleRecord

TEXTS = [
    "Rebels shelled the northern port town of Kismayo on Tuesday, killing three sailors, officials said.",
    "The foreign minister met her counterpart in Accra and both sides agreed to reopen the border by 2027.",
    "Police in the capital arrested 14 protesters outside the parliament, a spokesman for the ministry said.",
    "Two hundred workers marched through central Lagos demanding higher wages; none were hurt.",
    "A court in Madrid sentenced the former mayor to six years in prison for taking bribes.",
    "Troops patrolled the streets of the eastern city after the attack near the market, and the army vowed to respond.",
]


def _ctx(pipe, text: str) -> Context:
    art = Article(id="t", text=text, published="2026-03-02")
    return Context(doc=pipe.nlp(text), article=art, record=ArticleRecord(article=art), config=pipe.config, nlp=pipe.nlp)


def _as_tokens(doc) -> tuple:
    return [t.pos_ for t in doc], [t.dep_ for t in doc], [t.head.i for t in doc]


def _as_lists(cols) -> tuple:
    return cols.pos, cols.dep, cols.head


def test_columns_equal_the_tokens_frozen_or_not(pipe):
    from lapwing.extract.events.parse_columns import frozen_columns, parse_columns
    from lapwing.extract.events.parse_memo import freeze_parse, thaw_parse

    for text in TEXTS:
        doc = pipe.nlp(text)
        assert frozen_columns(doc) is None
        assert _as_lists(parse_columns(doc)) == _as_tokens(doc)
        freeze_parse(doc)
        try:
            cols = frozen_columns(doc)
            assert cols is not None and _as_lists(cols) == _as_tokens(doc)
            assert parse_columns(doc) is cols and frozen_columns(doc) is cols  # read once for the frozen document
        finally:
            thaw_parse()
        assert frozen_columns(doc) is None


def test_columns_are_kept_for_their_document_only(pipe):
    from lapwing.extract.events.parse_columns import frozen_columns, parse_columns
    from lapwing.extract.events.parse_memo import freeze_parse, thaw_parse

    doc = pipe.nlp(TEXTS[0])
    other = pipe.nlp(TEXTS[1])
    freeze_parse(doc)
    try:
        first = frozen_columns(doc)
        assert frozen_columns(other) is None
        assert _as_lists(parse_columns(other)) == _as_tokens(other)  # another document: read afresh
        assert parse_columns(other) is not parse_columns(other)
        freeze_parse(doc)  # frozen again (a new article): the lists are read again
        assert frozen_columns(doc) is not first
    finally:
        thaw_parse()
    # an unfrozen document whose parse changes is read as it is now
    doc[1].dep_ = "dep"
    doc[1].head = doc[0]
    assert parse_columns(doc).dep[1] == "dep" and parse_columns(doc).head[1] == 0
    assert _as_lists(parse_columns(doc)) == _as_tokens(doc)


def _walk_back_tokens(doc, s, stop, limit=8):
    from lapwing.extract.event_place import _BRIDGE, LOCATIVE

    k, steps = s - 1, 0
    while k >= stop and steps < limit:
        w = doc[k]
        if w.lower_ in _BRIDGE or w.is_space or w.lower_ == "s" or w.pos_ in ("ADJ", "DET", "NUM", "PROPN", "NOUN") \
                and not w.is_punct:
            if w.lower_ in LOCATIVE:
                return w, steps
            k -= 1
            steps += 1
            continue
        return w, steps
    return (doc[k] if k >= stop else None), steps


def test_event_place_helpers_on_the_columns_equal_the_token_walks(pipe):
    from lapwing.extract import event_place as ep
    from lapwing.extract.events.parse_memo import freeze_parse, thaw_parse

    for text in TEXTS:
        doc = pipe.nlp(text)
        n = len(doc)
        unfrozen = {("walk", s): (lambda r: (r[0].i if r[0] is not None else None, r[1]))(ep._walk_back(doc, s, 0))
                    for s in range(n)}
        unfrozen.update({("obj", a, s): ep._object_cue(doc, doc[a], s) for a in range(n) for s in range(n)})
        unfrozen.update({("dist", a, b): ep._tree_distance(doc[a], doc[b]) for a in range(n) for b in range(n)})
        unfrozen.update({("case", a): ep._case(doc[a]) for a in range(n)})
        for a in range(n):  # the preposition of a nominal: the first such child, as ``Token.children`` gives them
            t = doc[a]
            first = next((c.lower_ for c in t.children if c.dep_ in ("case", "prep", "mark") and c.i < t.i), None)
            if first is None and t.dep_ == "pobj" and t.head.dep_ == "prep":
                first = t.head.lower_
            assert unfrozen[("case", a)] == first
        for s in range(n):  # the unfrozen path is the old code
            w, steps = _walk_back_tokens(doc, s, 0)
            assert unfrozen[("walk", s)] == (w.i if w is not None else None, steps)
        freeze_parse(doc)
        try:
            for s in range(n):
                w, steps = ep._walk_back(doc, s, 0)
                assert (w.i if w is not None else None, steps) == unfrozen[("walk", s)]
                assert w is None or w.doc is doc
            for a in range(n):
                for s in range(n):
                    assert ep._object_cue(doc, doc[a], s) == unfrozen[("obj", a, s)]
                for b in range(n):
                    assert ep._tree_distance(doc[a], doc[b]) == unfrozen[("dist", a, b)]
                assert ep._case(doc[a]) == unfrozen[("case", a)]
        finally:
            thaw_parse()


def test_the_coder_codes_the_same_events_with_the_token_readings(pipe, monkeypatch):
    """The coder with ``frozen_columns`` switched off in ``event_place`` (the old ``Token`` walks) codes the same
    events, places included."""
    from lapwing.extract import event_place as ep
    from lapwing.extract.events.coder import Coder

    def events(text):
        coder = Coder(_ctx(pipe, text))
        return [e.model_dump_json() for sent in coder.doc.sents for e, _ in coder.code_sentence(sent)]

    now = [events(t) for t in TEXTS]
    assert any(now)
    monkeypatch.setattr(ep, "frozen_columns", lambda doc: None)
    assert [events(t) for t in TEXTS] == now
