"""Article -> ArticleRecord: the one function every runner (the CLI through the local runner) calls."""

from __future__ import annotations

import gc
import importlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language

from lapwing import __version__
from lapwing.extract.docfacts import doc_text
from lapwing.extract.registry import Context, ExtractorSpec, registered, resolve_order
from lapwing.ingest.hygiene import clean_text, parse_copy, restore_spans
from lapwing.limits import (
    SPLITS_KEY,
    ArticleTimeout,
    Limits,
    deadline,
    split_long_runs,
    split_warning,
    timeout_reason,
    truncation_point,
    truncation_warning,
)
from lapwing.nlp.truecase import case_of, recase
from lapwing.schema import Article, ArticleRecord

log = logging.getLogger(__name__)

#: Extractors run by default, in dependency order. Each lives in ``lapwing.extract.<name>``.
DEFAULT_EXTRACTORS: tuple[str, ...] = ("places", "dates", "actors", "events", "quotes", "counts", "tone")

#: Longest article text accepted (characters). Longer texts are skipped with a reason; texts longer
#: than ``Limits.truncate_chars`` (and shorter than this) are analysed in part (:mod:`lapwing.limits`).
MAX_CHARS = 1_000_000
#: Shortest text worth analysing (non-space characters).
MIN_CHARS = 1
#: the collector's first-generation threshold that :meth:`Pipeline.warm` sets (Python's default is 700): allocations
#: less deallocations of container objects before a collection
GC_YOUNG = 10_000

#: The text :meth:`Pipeline.warm` analyses: a wire dateline with a city (not a capital), actors with
#: titles, a quote, a count, a date, a place.
WARM_UP_TEXT = ("MOMBASA (Lapwing Wire) - Kenyan police arrested 12 protesters in the port city on Tuesday after "
                "clashes with security forces, a police spokeswoman said. \"We will not allow violence,\" "
                "Interior Minister Grace Otieno told reporters in Nairobi. The opposition leader said he would "
                "meet President William Ruto next week to discuss the crisis.")
#: Config key: ``"auto"`` (default) parses a recased copy of an all-lower-case or all-caps article
#: (:mod:`lapwing.nlp.truecase`); ``"off"`` parses every text as it is.
TRUECASE = "truecase"


class ExtractorNotFound(RuntimeError):
    """An extractor that was asked for has no module or does not register itself."""


def require_extractors(names: Iterable[str]) -> list[str]:
    """Import the extractor modules for ``names`` and return the names, all registered.

    A name is registered by importing ``lapwing.extract.<name>`` (a module or a package); a name
    already in the registry (a plugin, a test) needs no module. A name that is neither raises
    :class:`ExtractorNotFound` naming it: an extractor is never silently left out.
    """
    out = []
    for name in names:
        if name not in registered():
            modname = f"lapwing.extract.{name}"
            try:
                importlib.import_module(modname)
            except ModuleNotFoundError as exc:
                if exc.name != modname:
                    raise  # the module exists but one of its own imports is missing: show that
                raise ExtractorNotFound(
                    f"extractor {name!r} is not available: there is no module {modname} and no extractor "
                    f"of that name is registered (registered: {', '.join(sorted(registered())) or 'none'}). "
                    "Re-install Lapwing, or leave the name out of the extractor list."
                ) from exc
            if name not in registered():
                raise ExtractorNotFound(
                    f"extractor {name!r} is not available: {modname} was imported but registers no extractor "
                    f"of that name (registered: {', '.join(sorted(registered())) or 'none'})."
                )
        out.append(name)
    return out


#: Old name, kept for callers outside this module (it now raises instead of leaving names out).
_available = require_extractors


@dataclass
class Pipeline:
    """A loaded NLP model plus the ordered extractors; reusable across many articles."""

    nlp: Language
    extractors: list[ExtractorSpec]
    config: dict[str, Any] = field(default_factory=dict)
    max_chars: int = MAX_CHARS
    limits: Limits = field(default_factory=Limits)

    @classmethod
    def create(
        cls,
        model: str | None = None,
        extractors: Iterable[str] | None = None,
        config: dict[str, Any] | None = None,
        max_chars: int = MAX_CHARS,
        limits: Limits | None = None,
    ) -> "Pipeline":
        from lapwing import nlp as nlp_mod

        names = require_extractors(extractors if extractors is not None else DEFAULT_EXTRACTORS)
        return cls(nlp_mod.load(model), resolve_order(names), dict(config or {}), max_chars, limits or Limits())

    @property
    def provenance(self) -> dict[str, str]:
        from lapwing.nlp import describe

        return {
            "lapwing": __version__,
            "model": describe(self.nlp),
            "extractors": ",".join(s.name for s in self.extractors),
        }

    # -- gatekeeping -----------------------------------------------------
    def precheck(self, article: Article) -> ArticleRecord | None:
        """Return a skipped record if the article cannot be analysed, else None."""
        text = article.text or ""
        cleaned: str | None = None  # clean_text(text)[0], worked out once when needed
        if len(text.strip()) >= MIN_CHARS:
            cleaned = clean_text(text)[0]
        if cleaned is None or len(cleaned.strip()) < MIN_CHARS:
            return ArticleRecord(article=article, status="skipped", reason="article text is empty",
                                 pipeline=self.provenance)
        if len(text) > self.max_chars:
            return ArticleRecord(
                article=article,
                status="skipped",
                reason=(
                    f"article text is too long ({len(text):,} characters; the limit is {self.max_chars:,}). "
                    "Split it into separate articles or raise --max-chars."
                ),
                pipeline=self.provenance,
            )
        if article.language is None:
            from lapwing.ingest.language import detect

            article.language = detect(cleaned)  # control characters fool the detector
        if article.language and article.language != "en":
            return ArticleRecord(article=article, status="skipped",
                                 reason=f"language {article.language} is not supported",
                                 pipeline=self.provenance)
        return None

    # -- before the parse ----------------------------------------------------
    def prepare(self, article: Article) -> tuple[ArticleRecord | None, list[str], str]:
        """Text hygiene, gatekeeping and the text the parser sees.

        Returns (a skipped record or None, warnings for the record, the text to parse). The text to
        parse is a same-length copy of ``article.text`` with control characters replaced
        (:func:`lapwing.ingest.hygiene.parse_copy`), recased when it is all lower case or all caps
        (config ``truecase``, see :mod:`lapwing.nlp.truecase`); ``article.text`` stays as given and
        the record's offsets and texts refer to it either way.
        """
        notes: list[str] = []
        clean = article.text or ""
        if article.text:
            copy = parse_copy(article.text)
            clean = copy.text  # (the same text unless a character had to change: controls, no-break spaces)
            if copy.warnings:
                notes.extend(copy.warnings)
        early = self.precheck(article)
        if early is not None:
            early.warnings.extend(w for w in notes if w not in early.warnings)
            return early, notes, article.text
        cut_at = self.limits.truncate_chars
        if cut_at and len(clean) > cut_at:
            kept = truncation_point(clean, cut_at)
            clean = clean[:kept]
            notes.append(truncation_warning(len(article.text), kept))
        parse_text = clean
        if self.config.get(TRUECASE, "auto") != "off":
            mode = case_of(clean)
            if mode is not None:
                parse_text = recase(clean, mode) or clean
                what = "lower case" if mode == "lower" else "capitals"
                notes.append(f"text is all {what}: parsed a recased copy (the record keeps the original text)")
        return None, notes, parse_text

    # -- analysis ----------------------------------------------------------
    def make_doc(self, text: str):
        """The tokenised, unparsed doc of ``text``, over-long sentence runs cut (``limits.max_sentence_tokens``)."""
        doc = self.nlp.make_doc(text)
        split_long_runs(doc, self.limits.max_sentence_tokens)
        return doc

    def _extract(self, doc, article: Article, notes: list[str] | None = None) -> ArticleRecord:
        notes = list(notes or [])
        cuts = doc.user_data.get(SPLITS_KEY, 0) if doc.user_data else 0
        if cuts:
            notes.append(split_warning(cuts, self.limits.max_sentence_tokens or 0))
        record = ArticleRecord(article=article, pipeline=self.provenance, warnings=list(notes))
        parsed = doc_text(doc)  # doc.text walks every token: read once, shared with the extractors
        recased = parsed != article.text
        # the extractors see the text that was parsed; the record keeps the original article
        seen = article.model_copy(update={"text": parsed}) if recased else article
        ctx = Context(doc=doc, article=seen, record=record, config=self.config, nlp=self.nlp)
        for spec in self.extractors:
            try:
                spec.fn(ctx)
            except ArticleTimeout:
                raise
            except Exception as exc:  # one bad article never stops a batch
                log.exception("extractor %s failed on article %s", spec.name, article.id)
                return ArticleRecord(
                    article=article,
                    status="failed",
                    reason=f"internal error in the {spec.name} extractor: {type(exc).__name__}: {exc}",
                    pipeline=self.provenance,
                    warnings=notes,
                )
        if recased:  # parsed a recased / cleaned / truncated copy: spans move onto the original text
            if seen.language != article.language:
                article.language = seen.language
            restore_spans(record, parsed, article.text)
        return record

    def _timed_out(self, article: Article, notes: list[str]) -> ArticleRecord:
        seconds = self.limits.time_limit or 0.0
        log.warning("article %s: stopped after %g s (time limit)", article.id, seconds)
        return ArticleRecord(article=article, status="failed", reason=timeout_reason(seconds),
                             pipeline=self.provenance, warnings=list(notes))

    def _parse_and_extract(self, article: Article, notes: list[str], parse_text: str) -> ArticleRecord:
        try:
            with deadline(self.limits.time_limit):
                try:
                    doc = self.nlp(self.make_doc(parse_text))
                except ArticleTimeout:
                    raise
                except Exception as exc:
                    return ArticleRecord(article=article, status="failed",
                                         reason=f"the NLP pipeline failed: {type(exc).__name__}: {exc}",
                                         pipeline=self.provenance, warnings=notes)
                return self._extract(doc, article, notes)
        except ArticleTimeout:
            return self._timed_out(article, notes)

    def warm(self) -> None:
        """Load now what the extractors load on their first article (lexicons, pattern files, gazetteers,
        the city table of wire datelines) by analysing a short text of Lapwing's own, so that a worker
        pays for it at start-up rather than inside its first article's time limit. Nothing is kept of
        the analysis; a failure in it is left for the real articles to report.

        Then what is loaded by now (the model, lexicons, gazetteers: it lives as long as the process) is
        moved out of the cyclic garbage collector's reach (``gc.freeze``), so that its full collections,
        which the many short-lived objects of each article set off, do not walk it again and again; and the
        collector's first generation is let grow to ``GC_YOUNG`` objects before it is collected (Python's default
        of 700 set off some 4 collections per article, 1-2 CPU ms of about 80-100, though almost all of an article's
        objects are freed as soon as they are dropped, without the collector)."""
        try:
            self.analyse(Article(id="lapwing-warm-up", text=WARM_UP_TEXT, published="2020-01-07", language="en"))
        except Exception:  # pragma: no cover - analyse turns failures into records
            log.debug("warm-up analysis failed", exc_info=True)
        gc.collect()
        gc.freeze()
        young, *older = gc.get_threshold()
        if 0 < young < GC_YOUNG:  # (0: the collector is off; a larger setting is left as it is)
            gc.set_threshold(GC_YOUNG, *older)

    def analyse(self, article: Article) -> ArticleRecord:
        """One article -> its record; within ``limits`` (a timeout is a failed record, not an error)."""
        early, notes, parse_text = self.prepare(article)
        if early is not None:
            return early
        return self._parse_and_extract(article, notes, parse_text)

    def analyse_many(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[ArticleRecord]:
        """Analyse a stream of articles in input order, parsing in batches with ``nlp.pipe``.

        A batch whose parse fails or overruns its time (``limits.time_limit`` per article) is parsed
        again one article at a time, each within its own limit.
        """
        pending: list[tuple[Article, ArticleRecord | None, list[str], str]] = []
        limit = self.limits.time_limit

        def flush() -> Iterator[ArticleRecord]:
            todo = [(self.make_doc(t), i) for i, (a, r, n, t) in enumerate(pending) if r is None]
            docs: dict[int, Any] = {}
            if todo:
                try:
                    with deadline(limit * len(todo) if limit else None):
                        for doc, i in self.nlp.pipe(todo, as_tuples=True, batch_size=batch_size):
                            docs[i] = doc
                except Exception:  # ArticleTimeout among them
                    docs = {}
            for i, (a, r, notes, t) in enumerate(pending):
                if r is not None:
                    yield r
                elif i in docs:
                    try:
                        with deadline(limit):
                            record = self._extract(docs[i], a, notes)
                    except ArticleTimeout:
                        record = self._timed_out(a, notes)
                    docs.pop(i)
                    yield record
                else:  # batch failed: one at a time, so one article cannot sink the rest
                    yield self._parse_and_extract(a, notes, t)
            pending.clear()

        for article in articles:
            pending.append((article, *self.prepare(article)))
            if len(pending) >= batch_size:
                yield from flush()
        yield from flush()


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline.create()
    return _DEFAULT


def analyse(article: Article, pipeline: Pipeline | None = None) -> ArticleRecord:
    """Analyse one article with the default (or given) pipeline."""
    return (pipeline or default_pipeline()).analyse(article)
