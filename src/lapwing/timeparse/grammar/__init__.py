"""Finding time expressions in text and giving them TimeML values.

The finder is a set of regular-expression rules over the raw text (no tokeniser, no parse).
Each rule proposes candidate spans; overlapping candidates are settled longest first (then by
rule order); each kept candidate is then *resolved*: its value is computed against the
anchor (the publication date) and, for expressions whose direction the words do not fix
("on Tuesday", "in January", "May 1"), the tense of the clause, read by a tense function
(:class:`lapwing.timeparse.tense.TextTense` by default; the extractor passes one that reads
the dependency parse when there is one).

Spans follow the TimeML convention: a leading preposition is not part of the expression
("on Tuesday" -> "Tuesday", "since 2014" -> "2014"), determiners and modifiers are
("the third quarter", "early next year", "about two years ago"). The preposition is kept in
:attr:`Timex.prep`.

Values are TimeML TIMEX3 values: ``2019-04-30``, ``2019-04``, ``2019``, ``2019-W18``,
``2019-Q1``, ``2019-SU``, ``2019-H1``, ``199`` (a decade), ``19`` (a century), ``2019-04-30TMO``,
``2019-04-30T15:00``, ``PRESENT_REF`` / ``PAST_REF`` / ``FUTURE_REF``, durations ``P2Y``,
``PT5H``, ``PXM``. :attr:`Timex.iso` gives the subset Lapwing's record carries.

The grammar is split by job: ``core`` (the :class:`Timex` result, candidates, the resolution
context, the rule registry and shared helpers), one module per family of rules (``calendar``:
written-out dates, years, decades; ``relative``: days and periods against the anchor, "ago";
``periods``: months, seasons, quarters, weekends; ``durations``: present/past/future references
and durations; ``clock``: clock times), ``finder`` (candidates, overlaps, resolution) and ``starts``
(each rule tried only where its first characters occur in the text: the same matches). Rules
register in import order, and order matters only between candidates of equal length: earlier
rules win. This package imports the rule modules in that order and re-exports the public names.
"""

from __future__ import annotations

# The rule modules register their rules when imported: keep this order (it is the rules' priority).
from lapwing.timeparse.grammar import calendar, relative, periods, durations, clock  # noqa: E402, I001
from lapwing.timeparse.grammar.core import (  # noqa: E402
    DEADLINE_PREPS,
    ISO_VALUE,
    PREPOSITIONS,
    VETO,
    TenseFn,
    Timex,
)
from lapwing.timeparse.grammar.finder import candidates, find_timexes, find_timexes_in, select  # noqa: E402

__all__ = ["DEADLINE_PREPS", "ISO_VALUE", "PREPOSITIONS", "VETO", "TenseFn", "Timex", "candidates", "find_timexes",
           "find_timexes_in", "select",
           # the rule modules
           "calendar", "clock", "durations", "periods", "relative"]
