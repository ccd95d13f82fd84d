"""Terminal output that article text cannot take over.

Article text, titles, outlet names and the spans cut from them are untrusted: a scraped page can hold
escape sequences (``ESC [ 2 J`` clears the screen, ``ESC ] 0 ; ... BEL`` sets the window title, C1
``CSI`` does the same on some terminals). The record keeps such characters as given; a
:class:`SafeConsole` leaves them out of what it writes. It is a ``rich`` console that removes C0
controls (except newline and tab), DEL and C1 controls from the *content* it prints, while its own
styling and cursor codes pass. Removed characters take no cell on a terminal, so tables and
highlighted spans keep their layout.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rich.console import Console
from rich.segment import Segment

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    """``text`` without the control characters a terminal would act on (newline and tab kept)."""
    return _CONTROL.sub("", text) if _CONTROL.search(text) else text


class SafeConsole(Console):
    """A ``rich.console.Console`` whose printed content cannot carry terminal control sequences."""

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        # Segments with ``control`` set are rich's own (cursor moves, titles it was asked to set);
        # every other segment is content, styled by rich after this.
        return super()._render_buffer(
            seg if seg.control else Segment(terminal_safe(seg.text), seg.style, seg.control) for seg in buffer
        )
