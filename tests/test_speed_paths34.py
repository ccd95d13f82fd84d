"""The faster paths of session 24 round 34 outside the event coder (issue 13, speed only) give exactly what the paths
they replace give: the quote extractor's closing-cue scan reads the shared sentence bounds and token columns, and its
relative-clause cue scan hands a ``Token`` only to the words whose label, tag and word can be such a cue. Each slow
path is the code it replaced, written out here; the sentences are made up for these tests."""

from __future__ import annotations

from spacy.tokens import Doc, Token

import pytest

from lapwing.extract.quotes import closing_cue, relative_cue
from lapwing.extract.quotes.closing_cue import _ENDS, _closing_clause, _np_cue_tail, find_closing_cues
from lapwing.extract.quotes.cues import lexicon
from lapwing.extract.quotes.index import Ranges
from lapwing.extract.quotes.relative_cue import find_relative_cues
from lapwing.extract.quotes.segmentation import QUOTE_CHARS

TEXTS = [
    "Nine miners were rescued from the flooded pit near Obrava, the regional governor said on Tuesday.",
    "The ferry to Sandvik will not sail before March, harbour master Ines Kallio told reporters, and fares will rise.",
    "It rained all week. Roads into Merrow were shut, the county police reported in a statement.",
    "The levy that the farmers' union says breaks the treaty was passed by a single vote.",
    "A reservoir the engineers claimed was safe burst its banks overnight, flooding three villages.",
    "The court threw out a ruling that the defence argued ignored the evidence, a clerk confirmed.",
    "\u201cWe are not leaving,\u201d the strikers said. Talks resume on Friday, the union's spokesman added.",
    "Exports from Calvera fell, grain traders say, though nobody knows by how much.",
    "A bridge, a school and two clinics will be built.\n\nThe mayor, Olu Bankole, said nothing.",
    "",
]


def _slow_closing_clause(doc: Doc, lo: int, hi: int, lex) -> tuple[int, Token, Token] | None:
    """The code before round 34: a ``Token`` per word of the sentence."""
    end = hi
    while end > lo and (doc[end - 1].is_space or doc[end - 1].text in _ENDS or doc[end - 1].text in QUOTE_CHARS):
        end -= 1
    commas = [k for k in range(lo + 1, end) if doc[k].text == ","]
    for c in reversed(commas[-3:]):
        got = _np_cue_tail(doc, c + 1, end, lex)
        if got is not None:
            return (c,) + got
        nxt = next((k for k in commas if k > c), None)
        if nxt is not None and nxt + 1 < end and doc[nxt + 1].lower_ in ("and", "but"):
            got = _np_cue_tail(doc, c + 1, nxt, lex)
            if got is not None:
                return (c,) + got
    return None


def _slow_relative_candidates(doc: Doc, taken: set[int]) -> list[int]:
    """The words the loop before round 34 went on to test with ``is_cue_verb`` (a ``Token`` per word of the doc)."""
    out = []
    for t in doc:
        if t.i in taken or t.dep_ not in ("acl:relcl", "relcl") or t.tag_ not in ("VBZ", "VBD", "VBP"):
            continue
        if t.lower_ not in ("says", "say", "said", "claims", "claimed", "believes", "believe", "believed", "insists",
                            "insisted", "argues", "argued", "alleges", "alleged"):
            continue
        out.append(t.i)
    return out


class _CountingDoc:
    """A document that counts the ``Token``s asked of it (``doc[i]``, ``for t in doc``) and passes all else on."""

    def __init__(self, doc: Doc) -> None:
        self._doc, self.made = doc, 0

    def __getitem__(self, key):
        got = self._doc[key]
        self.made += 1 if isinstance(got, Token) else 0
        return got

    def __iter__(self):
        for t in self._doc:
            self.made += 1
            yield t

    def __len__(self) -> int:
        return len(self._doc)

    def __getattr__(self, name):
        return getattr(self._doc, name)


@pytest.fixture(scope="module")
def docs(pipe):
    return [pipe.nlp(text) for text in TEXTS]


def test_closing_clause_is_the_token_path(docs):
    lex, found = lexicon(), 0
    for doc in docs:
        for s in doc.sents:
            for lo in range(s.start, s.end):
                for hi in range(lo + 1, s.end + 1):
                    want = _slow_closing_clause(doc, lo, hi, lex)
                    got = _closing_clause(doc, lo, hi, lex)
                    assert (got and (got[0], got[1].i, got[2].i)) == (want and (want[0], want[1].i, want[2].i)), \
                        (doc.text, lo, hi)
                    found += want is not None
    assert found  # some sentences do close with a cue clause


def test_closing_cues_read_the_sentences_of_doc_sents(docs, monkeypatch):
    lex = lexicon()
    seen: list[tuple[int, int]] = []
    real = closing_cue._closing_clause
    monkeypatch.setattr(closing_cue, "_closing_clause", lambda d, lo, hi, x: seen.append((lo, hi)) or real(d, lo, hi, x))
    for doc in docs:
        if not len(doc):
            continue
        seen.clear()
        got = find_closing_cues(doc, lex, Ranges(), set(), Ranges())
        assert seen == [(s.start, s.end) for s in doc.sents]
        if "regional governor said" in doc.text:
            assert [(doc.text[f.start:f.end], f.cue_text) for f in got] == [
                ("Nine miners were rescued from the flooded pit near Obrava", "said")]


def test_closing_clause_makes_no_token_for_a_sentence_without_a_cue(docs):
    lex = lexicon()
    doc = next(d for d in docs if d.text.startswith("It rained"))
    counting = _CountingDoc(doc)
    first = next(iter(doc.sents))  # 'It rained all week.': no comma, no cue clause
    assert _closing_clause(counting, first.start, first.end, lex) is None
    assert counting.made == 0


def test_relative_cues_test_the_same_words(docs, monkeypatch):
    lex = lexicon()
    asked: list[int] = []
    real = relative_cue.is_cue_verb
    monkeypatch.setattr(relative_cue, "is_cue_verb", lambda t, x=None: asked.append(t.i) or real(t, x))
    found, tested = [], 0
    for doc in docs:
        for taken in (set(), set(range(0, len(doc), 2))):
            asked.clear()
            got = find_relative_cues(doc, lex, Ranges(), taken)
            assert asked == _slow_relative_candidates(doc, taken), doc.text
            tested += len(asked)
            found += [(doc.text[f.start:f.end], f.cue_text, f.speaker.text) for f in got if not taken]
    assert tested >= 3  # (the levy, the reservoir and the ruling sentences have a relative-clause cue)
    assert ("was safe burst its banks overnight", "claimed", "engineers") in found


def test_relative_cues_make_no_token_without_a_relative_cue(docs):
    doc = next(d for d in docs if d.text.startswith("Nine miners"))
    counting = _CountingDoc(doc)
    assert find_relative_cues(counting, lexicon(), Ranges(), set()) == []
    assert counting.made == 0
