"""Where ``--out`` goes: standard output, a device or pipe written directly, or a file replaced atomically.

Writing a regular file under a temporary name and renaming it into place means ``--out FILE`` is
either the complete output or left as it was. That rename must never happen to anything else: run
as root, renaming a temporary file over ``/dev/null`` turns the device into a regular file and
breaks every other program on the machine. So:

* ``-`` is standard output (never closed here);
* a path that exists and is not a regular file or folder (a character or block device such as
  ``/dev/null`` or a terminal, a FIFO, a socket; also through a symbolic link such as
  ``/dev/stdout``) is opened and written directly;
* a regular file, or a path that does not exist yet, is written under a temporary name in the same
  folder and renamed into place on success (a symbolic link to a regular file: the file it points
  to is replaced, the link stays); on failure the temporary file is removed;
* a folder, or a path whose folder does not exist, is an :class:`OutputPathError` saying what to do.
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Literal

STDOUT = "-"

OutputKind = Literal["stdout", "special", "file"]


class OutputPathError(ValueError):
    """``--out`` names something that cannot be written (a folder, a missing folder)."""


def output_kind(path: str | os.PathLike[str]) -> OutputKind:
    """``"stdout"`` for ``-``; ``"special"`` for an existing non-regular file (device, FIFO, socket,
    terminal, also behind a link); ``"file"`` for a regular file or a new path. Raises
    :class:`OutputPathError` for a folder or a path whose folder does not exist."""
    p = os.fspath(path)
    if p == STDOUT:
        return "stdout"
    try:
        st = os.stat(p)  # follows links: /dev/stdout -> /proc/self/fd/1 -> the terminal or pipe
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise OutputPathError(f"--out {p} cannot be used ({exc.strerror}); give another path") from exc
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise OutputPathError(f"--out {p} is a folder; give a file name")
        if not stat.S_ISREG(st.st_mode):
            return "special"
        return "file"
    parent = Path(p).parent
    if not parent.is_dir():
        raise OutputPathError(f"the folder of --out {p} does not exist; create it first or give another path")
    return "file"


def _replace_target(path: str) -> Path:
    """The path a finished file is renamed onto: the file a link points to, else the path itself."""
    return Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)


def partial_path(path: str | os.PathLike[str]) -> Path:
    """The temporary name a regular output file is written under (same folder, hidden)."""
    target = _replace_target(os.fspath(path))
    return target.with_name(f".{target.name}.{os.getpid()}.partial")


@contextmanager
def open_output(path: str | os.PathLike[str], mode: Literal["wb", "w"] = "wb",
                *, atomic: bool = True) -> Iterator[IO]:
    """Open ``--out`` for writing, by the rules of this module; ``mode`` ``"w"`` is UTF-8 text.

    ``with open_output(path) as fh: fh.write(...)``. A regular file appears (replaced atomically)
    only when the block ends without an exception.
    """
    kind = output_kind(path)
    text = mode == "w"
    if kind == "stdout":
        fh = sys.stdout if text else sys.stdout.buffer
        yield fh
        fh.flush()
        return
    p = os.fspath(path)
    if kind == "special" or not atomic:
        with open(p, mode, **({"encoding": "utf-8", "newline": "\n"} if text else {})) as fh:
            yield fh
        return
    target = _replace_target(p)
    partial = partial_path(p)
    try:
        with open(partial, mode, **({"encoding": "utf-8", "newline": "\n"} if text else {})) as fh:
            yield fh
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def deliver_file(src: str | os.PathLike[str], path: str | os.PathLike[str]) -> None:
    """Put the finished file ``src`` at ``--out``: renamed onto a regular file (``src`` must be in
    the same folder: see :func:`partial_path`), copied into stdout or a device/pipe (``src`` is
    then removed)."""
    kind = output_kind(path)
    if kind == "file":
        os.replace(src, _replace_target(os.fspath(path)))
        return
    try:
        with open(src, "rb") as fh:
            if kind == "stdout":
                shutil.copyfileobj(fh, sys.stdout.buffer)
                sys.stdout.buffer.flush()
            else:
                with open(os.fspath(path), "wb") as out:
                    shutil.copyfileobj(fh, out)
    finally:
        Path(src).unlink(missing_ok=True)
