"""The quote extractor's work grows with the number of quotes, not with quotes x tokens (issue 14: an article of
2,500 short quotes took minutes). The work is counted (function calls under cProfile, lookups built), never timed;
the times are in bench/quotes_speed.py."""

from __future__ import annotations

import cProfile
import pstats
import random

import pytest

from lapwing.extract.actors.coref import GenderTable, PRONOUN_GENDER, TITLE_GENDER
from lapwing.extract.quotes import index as index_mod
from lapwing.extract.quotes.index import DocIndex, Ranges, index_of
from lapwing.extract.registry import Context
from lapwing.schema import Article, ArticleRecord

from quote_helpers import nlp  # noqa: F401  (fixture)

# made-up paragraphs, about one quote each, cycling through the extractor's paths
_PARAS = (
    '"The harbour will stay open for ship number {k}," Port Director Elena Sousa said on Monday.',
    '"The cranes are old," she said. "We replace crane {k} next spring."',
    "Union leader Marko Horvat told reporters that dock {k} had been closed without warning.",
    '"Nobody here is afraid of hard work," he added.',
    "According to the harbour office, {k} ships waited outside the port.",
)


def article(n: int) -> str:
    return "\n\n".join(_PARAS[k % len(_PARAS)].format(k=k) for k in range(n))


def _context(nlp, text: str) -> Context:
    from lapwing.pipeline import Pipeline

    pipe = Pipeline.create()
    doc = nlp(text)
    art = Article(id="t", text=text, language="en")
    ctx = Context(doc=doc, article=art, record=ArticleRecord(article=art), config=pipe.config)
    for spec in pipe.extractors:  # what runs before the quotes in 'lapwing extract' (actors for the speakers)
        if spec.name == "quotes":
            return ctx
        spec.fn(ctx)
    pytest.fail("the default pipeline has no quotes extractor")


def _calls(ctx: Context) -> int:
    from lapwing.extract.quotes import quotes

    prof = cProfile.Profile()
    prof.runcall(quotes, ctx)
    return pstats.Stats(prof).total_calls  # type: ignore[attr-defined]


def test_work_grows_linearly_with_the_quotes(nlp):  # noqa: F811
    small, large = _context(nlp, article(40)), _context(nlp, article(160))
    calls_small, calls_large = _calls(small), _calls(large)
    assert len(large.record.quotes) >= 4 * len(small.record.quotes) - 4
    assert len(small.record.quotes) >= 30  # the articles are full of quotes
    # four times the quotes: about four times the calls (per-quote rescans of the document made it about 16)
    assert calls_large < 6 * calls_small, (calls_small, calls_large)


def test_many_quotation_marks_in_one_sentence(nlp):  # noqa: F811
    # the input of docs/reliability.md: '"he said" ' over and over, a few sentences of thousands of tokens
    small, large = _context(nlp, '"he said" ' * 100), _context(nlp, '"he said" ' * 400)
    assert _calls(large) < 6 * _calls(small)


def test_one_index_per_extraction(nlp, monkeypatch):  # noqa: F811
    built = []
    real_init = DocIndex.__init__

    def counting(self, doc):
        built.append(doc)
        real_init(self, doc)

    monkeypatch.setattr(index_mod.DocIndex, "__init__", counting)
    ctx = _context(nlp, article(12))
    from lapwing.extract.quotes import quotes

    quotes(ctx)
    assert len(ctx.record.quotes) >= 8
    assert built == [ctx.doc]


def test_the_index_answers_as_the_doc(nlp):  # noqa: F811
    doc = nlp('Ms. Sousa spoke first. "We stay open," she said.\n\nHe left. Then the board met on Friday.')
    idx = index_of(doc)
    assert idx.text == doc.text
    assert idx.tok_starts == [t.idx for t in doc]
    for t in doc:
        assert idx.sent(t) == t.sent
        assert idx.sent_range(t.i) == (t.sent.start, t.sent.end)


def test_ranges_agree_with_scanning_every_range():
    rng = random.Random(7)
    for _ in range(200):
        given = []
        for _ in range(rng.randint(0, 8)):
            s = rng.randint(0, 60)
            given.append((s, s + rng.randint(1, 25)))
        ranges = Ranges(given)
        assert list(ranges) == given
        for _ in range(40):
            a = rng.randint(0, 90)
            b = a + rng.randint(1, 20)
            assert ranges.holds(a, b) == any(s <= a and b <= e for s, e in given), (given, a, b)
            assert ranges.overlaps(a, b) == any(a < e and s < b for s, e in given), (given, a, b)


def _gender_by_scanning(doc, mentions, m, exclude=None):
    """The definition, one mention at a time: the genders the entity's mentions say, when they say one."""
    entity = getattr(m, "entity", -1)
    seen = set()
    for x in mentions:
        if x is exclude or (x is not m and (entity < 0 or x.entity != entity)):
            continue
        if x.kind == "pronoun" and not x.resolved:
            continue
        table = PRONOUN_GENDER if x.kind == "pronoun" else TITLE_GENDER
        seen.update(g for g in (table.get(w.lower_) for w in doc[x.start:x.end]) if g)
    return next(iter(seen)) if len(seen) == 1 else None


def test_gender_table_agrees_with_the_definition(nlp):  # noqa: F811
    text = ("Ms. Elena Sousa met Mr. Marko Horvat in Split on Monday. She said the port would stay open. "
            "He told reporters the union would strike. The spokeswoman for the port, Ana Kos, said she "
            "disagreed. Horvat said he would wait. Sousa said her board had agreed.")
    ctx = _context(nlp, text)
    mentions = ctx.data.get("actors") or []
    if not mentions:
        pytest.skip("the actors extractor left no mentions in ctx.data['actors']: nothing to compare")
    table = GenderTable(ctx.doc, mentions)
    said = {table.gender(m) for m in mentions}
    assert {"m", "f"} <= said  # the article says both
    for m in mentions:
        for ex in [None] + mentions:
            assert table.gender(m, ex) == _gender_by_scanning(ctx.doc, mentions, m, ex)
