"""Paths to articles: checking the paths, walking folders, sending each file to its reader.

- ``check_paths(paths)`` runs before any work and raises :class:`InputError` (one line, for the
  user) for a path that does not exist or cannot be read; ``-`` (standard input) always passes.
- ``read_inputs(paths)`` yields one :class:`Ingested` per article or per unreadable unit, in input
  order: paths in the order given; a folder's files in sorted name order, depth first (a folder's
  entries, files and sub-folders alike, sorted by name), hidden files and folders (``.name``)
  left out, symbolic links followed once. Anything that goes wrong inside one file becomes a failed
  item for that file; the iteration always goes on to the next file.
- Every article read is given ``language`` (ISO 639-1, py3langid on the first 2,000 characters)
  unless the input stated it.
"""

from __future__ import annotations

import io
import logging
import os
import stat
from collections.abc import Iterable, Iterator, Sequence

from lapwing.ingest import sniff
from lapwing.ingest.base import Ingested, InputError
from lapwing.ingest.common import (
    MAX_FILE_BYTES,
    SNIFF_BYTES,
    binary_kind,
    binary_reason,
    failed,
    one_line,
    skipped,
)

log = logging.getLogger(__name__)

STDIN = "-"


# -- checking --------------------------------------------------------------------------------------
def _strerror(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def check_paths(paths: Sequence[str | os.PathLike[str]]) -> None:
    """Raise InputError with a one-line message if the run cannot use one of ``paths``."""
    if not paths:
        raise InputError("no input given: name one or more files or folders, or - for standard input")
    for given in paths:
        path = os.fspath(given)
        if path == STDIN:
            continue
        shown = path.replace("\n", "\\n")
        try:
            st = os.stat(path)
        except FileNotFoundError:
            raise InputError(f"input path does not exist: {shown}") from None
        except OSError as exc:
            raise InputError(f"cannot use input path {shown}: {_strerror(exc)}") from None
        if stat.S_ISDIR(st.st_mode):
            try:
                with os.scandir(path) as it:
                    next(it, None)
            except OSError as exc:
                raise InputError(f"cannot read input folder {shown}: {_strerror(exc)}") from None
        else:
            if stat.S_ISREG(st.st_mode) and not os.access(path, os.R_OK):
                raise InputError(f"cannot read input file {shown}: permission denied")
            try:
                with open(path, "rb"):
                    pass
            except OSError as exc:
                raise InputError(f"cannot read input file {shown}: {_strerror(exc)}") from None


# -- walking ---------------------------------------------------------------------------------------
def iter_folder(root: str, _seen: set[str] | None = None) -> Iterator[tuple[str, OSError | None]]:
    """``(path, error)`` for every visible file under ``root`` in sorted, depth-first order.

    A folder that cannot be listed yields ``(folder, error)`` instead of its files.
    """
    seen = _seen if _seen is not None else set()
    real = os.path.realpath(root)
    if real in seen:  # a symbolic link back into a folder already walked
        return
    seen.add(real)
    try:
        with os.scandir(root) as it:
            entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as exc:
        yield root, exc
        return
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from iter_folder(entry.path, seen)
        else:
            try:
                if not entry.is_file() and not os.path.exists(entry.path):
                    continue  # a dangling symbolic link
            except OSError:
                pass
            yield entry.path, None


# -- one file --------------------------------------------------------------------------------------
def _format_for(path: str, head: bytes) -> str:
    """The reader for a file: its extension decides, else its content; binary content is refused."""
    fmt = sniff.by_extension(os.path.basename(path))
    if fmt is None:
        return sniff.by_content(head)
    if fmt != sniff.WARC and not head.startswith(b"\x1f\x8b"):
        kind = binary_kind(head)
        if kind is not None:
            return f"{sniff.BINARY}:{kind}"
    return fmt


def read_file(path: str) -> Iterator[Ingested]:
    """Every article in one file (never raises for a bad file: it becomes a skipped/failed item)."""
    origin = path
    try:
        st = os.stat(path)
    except FileNotFoundError:
        yield failed(origin, "file does not exist (any more)")
        return
    except OSError as exc:
        yield failed(origin, f"cannot read file: {_strerror(exc)}")
        return
    regular = stat.S_ISREG(st.st_mode)
    if regular and st.st_size == 0:
        yield skipped(origin, "file is empty")
        return
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield failed(origin, f"cannot read file: {_strerror(exc)}")
        return
    with fh:
        head = fh.read(SNIFF_BYTES)
        if not head:
            yield skipped(origin, "file is empty")
            return
        fmt = _format_for(path, head)
        if fmt.startswith(sniff.BINARY + ":"):
            yield skipped(origin, binary_reason(fmt.split(":", 1)[1]))
            return
        if fmt in (sniff.JSONL, sniff.WARC):
            if regular and fh.seekable():
                fh.seek(0)
                stream: io.IOBase = fh
            else:  # a pipe or device: what was read is kept in memory
                stream = io.BufferedReader(io.BytesIO(head + fh.read()))  # type: ignore[arg-type]
            if fmt == sniff.JSONL:
                from lapwing.ingest.jsonl import read_jsonl

                yield from read_jsonl(path, origin, stream=stream)  # type: ignore[arg-type]
            else:
                from lapwing.ingest.warc import read_warc

                yield from read_warc(path, origin, stream=stream)  # type: ignore[arg-type]
            return
        if regular and st.st_size > MAX_FILE_BYTES:
            yield skipped(origin, f"file is too large to read as one document ({st.st_size / 2**20:,.0f} MB; "
                                  f"the limit is {MAX_FILE_BYTES // 2**20} MB)")
            return
        if regular and fh.seekable():
            fh.seek(0)
            data = fh.read()  # one allocation of the whole file, no concatenated copy
        else:
            data = head + fh.read()
    if fmt == sniff.HTML:
        from lapwing.ingest.html import read_html

        yield from read_html(data, origin)
    elif fmt == sniff.FEED:
        from lapwing.ingest.feed import read_feed

        yield from read_feed(data, origin)
    elif fmt == sniff.JSON:
        from lapwing.ingest.jsonl import read_json

        yield from read_json(data, origin)
    else:
        from lapwing.ingest.text import read_text

        yield from read_text(data, origin)


# -- putting it together ---------------------------------------------------------------------------
def _guarded(items: Iterable[Ingested], origin: str) -> Iterator[Ingested]:
    """Yield from ``items``; an unexpected error ends this unit with one failed item, never the run."""
    count = 0
    try:
        for item in items:
            count += 1
            yield item
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - includes errors raised from native readers
        log.exception("reading %s failed", origin)
        after = f" after {count} article{'s' if count != 1 else ''}" if count else ""
        yield failed(origin if not count else f"{origin}#error",
                     f"could not read {origin}{after}: {type(exc).__name__}: {one_line(exc)}")


def _with_language(item: Ingested) -> Ingested:
    article = item.article
    if item.status == "ok" and article.language is None and article.text:
        from lapwing.ingest.hygiene import clean_text
        from lapwing.ingest.language import detect

        try:
            article.language = detect(clean_text(article.text)[0])  # controls fool the detector
        except Exception:  # language identification must not lose the article
            log.exception("language identification failed for %s", item.origin)
    return item


def _read_path(path: str) -> Iterator[Ingested]:
    if path == STDIN:
        from lapwing.ingest.jsonl import read_stdin

        yield from _guarded(read_stdin(), STDIN)
        return
    if os.path.isdir(path):
        for file_path, error in iter_folder(path):
            if error is not None:
                yield failed(file_path, f"cannot read folder: {_strerror(error)}")
            else:
                yield from _guarded(read_file(file_path), file_path)
        return
    if not os.path.lexists(path):
        yield failed(path, "input path does not exist")
        return
    yield from _guarded(read_file(path), path)


def read_inputs(paths: Sequence[str | os.PathLike[str]]) -> Iterator[Ingested]:
    """Every article (or unreadable unit) in ``paths``, in input order; see the module docstring."""
    for given in paths:
        for item in _read_path(os.fspath(given)):
            yield _with_language(item)
