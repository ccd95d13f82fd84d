"""The faster paths of session 26 round 41 in the quote extractor (issue 13, speed only) give exactly what the paths
they replace give: a surname-only speaker's full name (quotes/full_name.py) is looked for among the name's mentions in
the document's index of proper nouns (``DocIndex.proper_nouns``, read once per document from the shared token
columns) instead of a walk over the article's tokens per speaker, and the second-cue and next-cue rules and the
speaker's widened words cut the shared document text (``docfacts.doc_text``) instead of ``Doc.text``, which joins
every token's text on each access. Each slow path is the code it replaced, written out here; the sentences are made
up for these tests."""

from __future__ import annotations

from spacy.tokens import Doc, Token

import pytest

from lapwing.extract.docfacts import doc_text
from lapwing.extract.quotes import full_name as full_name_module
from lapwing.extract.quotes.full_name import _renamed, _run_before, _surname, full_name
from lapwing.extract.quotes.index import DocIndex, index_of, indexed
from lapwing.lexicons import lexicon
from lapwing.lexicons.base import normalize
from lapwing.schema import Actor

TEXTS = [
    "Hannah Okafor opened the new dairy in Enugu on Monday. Okafor said prices would fall by June.",
    "Peru's mining minister, Julio Quispe Mamani, said the permits were suspended. Later, Mamani told reporters "
    "nothing had changed.",
    "Tomas Berglund and Ebba Berglund both spoke at the rally. Berglund said the strike would go on.",
    "Senator Odhiambo visited the port. The harbour board met Odhiambo on Tuesday, and Odhiambo said little.",
    "Radio Chile interviewed the rescuers. Chile said it would send more divers.",
    "The spokeswoman, Anneli Korhonen, warned that fares were rising. \"We had no choice,\" Korhonen added.",
    "Prosecutors charged Dmitri Volkov last year. On Friday Volkov denied every count, his lawyer Irina Sokolova said. "
    "The hearing in the regional court lasted most of the afternoon and ended without any ruling on bail or on the "
    "seized ledgers, which the defence wants returned before the trial opens in the spring. Sokolova will appeal.",
    "Nobody named anyone here, the clerk said.",
    "",
]


def _slow_full_name(actor: Actor | None, doc: Doc, speaker: Token) -> Actor | None:
    """The code before round 41: a walk over the article's tokens (twice) for every speaker."""
    if actor is None or actor.kind == "pronoun":
        return actor
    name = _surname(doc, actor)
    if name is None:
        return actor
    for t in doc:
        if t.idx < actor.start:
            continue
        if t.idx >= actor.end:
            break
        if t.text == name and t.pos_ == "PROPN":
            lo = _run_before(doc, t.i)
            if lo < t.i and doc[lo].idx >= actor.start:
                return _renamed(actor, doc[lo : t.i + 1].text)
    if any(h.kind in ("country", "block") for h in lexicon().get(normalize(name))):
        return actor
    fulls = set()
    for t in doc[: speaker.sent.end]:
        if t.text == name and t.pos_ == "PROPN":
            lo, loose = _run_before(doc, t.i), _run_before(doc, t.i, strict=False)
            if lo != loose:
                return actor
            if lo < t.i:
                fulls.add(doc[lo : t.i + 1].text)
    if len(fulls) == 1:
        return _renamed(actor, fulls.pop())
    return actor


class _CountingDoc:
    """A document that counts the ``Token``s asked of it (``doc[i]``, ``for t in doc``) and passes all else on."""

    def __init__(self, doc: Doc) -> None:
        self._doc, self.made = doc, 0

    def __getitem__(self, key):
        got = self._doc[key]
        if isinstance(got, Token):
            self.made += 1
        else:  # a Span: its tokens are walked when its text is read
            self.made += len(got)
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


def _actors(doc: Doc):
    """Speakers to try on every capitalised word: the word alone, and the words from its sentence's start to it (a
    speaker's own words holding a full name); a pronoun and a two-word name, which are left alone."""
    for t in doc:
        if not t.text[:1].isupper() or not t.is_alpha:
            continue
        end = t.idx + len(t)
        yield t, Actor(text=t.text, name=t.text, start=t.idx, end=end, kind="person")
        s = t.sent.start
        yield t, Actor(text=doc.text[doc[s].idx:end], name=t.text, start=doc[s].idx, end=end, kind="person")
        yield t, Actor(text=t.text, name=t.text, start=t.idx, end=end, kind="pronoun")
        yield t, Actor(text=t.text, name=f"{t.text} {t.text}", start=t.idx, end=end, kind="person")


def test_proper_nouns_are_the_token_walk(docs):
    for doc in docs:
        want: dict[str, list[int]] = {}
        for t in doc:
            if t.pos_ == "PROPN":
                want.setdefault(t.text, []).append(t.i)
        assert DocIndex(doc).proper_nouns() == want, doc.text
    assert DocIndex(docs[0]).proper_nouns()["Okafor"] == [1, 11]  # (both mentions, in order)


def test_full_name_is_the_token_walk(docs):
    renamed = []
    for doc in docs:
        for current in (False, True):  # a fresh index per call, and the extraction's current index
            with indexed(doc) if current else _nothing():
                for speaker, actor in _actors(doc):
                    want = _slow_full_name(actor, doc, speaker)
                    got = full_name(actor, doc, speaker)
                    assert got == want, (doc.text, speaker.i, actor)
                    if want is not actor and want.name != actor.name:
                        renamed.append((actor.name, want.name))
    assert renamed  # some speakers do take a full name
    assert ("Okafor", "Hannah Okafor") in renamed


def test_full_name_makes_no_token_per_word_of_the_article(docs):
    doc = next(d for d in docs if d.text.startswith("Prosecutors"))
    speaker = [t for t in doc if t.text == "Sokolova"][-1]  # ("Sokolova will appeal.": two mentions before it)
    actor = Actor(text="Sokolova", name="Sokolova", start=speaker.idx, end=speaker.idx + len(speaker), kind="person")
    counting = _CountingDoc(doc)
    got = full_name(actor, counting, speaker)
    assert got.name == _slow_full_name(actor, doc, speaker).name
    assert counting.made < 25 < 50 < len(doc)  # (the slow path made a Token for each of the article's words)
    slow = _CountingDoc(doc)
    _slow_full_name(actor, slow, speaker)
    assert slow.made >= len(doc)


def test_full_name_reads_the_index_once_per_document(docs, monkeypatch):
    doc = docs[0]
    built = []
    real = DocIndex.proper_nouns

    def counted(self):
        if "proper_nouns" not in self.memo:
            built.append(self)
        return real(self)

    monkeypatch.setattr(DocIndex, "proper_nouns", counted)
    with indexed(doc) as index:
        assert index_of(doc) is index
        for speaker, actor in _actors(doc):
            full_name_module.full_name(actor, doc, speaker)
    assert built == [index]


def test_shared_text_is_doc_text(docs):
    for doc in docs:
        assert doc_text(doc) == doc.text


class _nothing:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False
