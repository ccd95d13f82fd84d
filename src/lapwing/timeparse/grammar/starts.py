"""Where a rule can match: its possible first characters, looked up in one index of the text.

Each rule's regular expression used to be run over the whole text (``finditer``): Python's engine
tries the rule at every position, and with some 34 rules that scan was most of the dates
extractor's time, even for rules that match nothing in the article. Here each rule's pattern is
read once (its parse, ``re._parser``) for the strings its matches can start with: up to
:data:`K` characters, normalised (ASCII letters in lower case, ASCII digits as ``0``, ASCII white
space as a space). The text is indexed once: every position where a rule may start (no word
character before it, as the rules require) under its normalised first one, two and three
characters. A rule is then tried (``Pattern.match``) only at the positions whose first characters
it can start with, in text order, exactly as ``finditer`` would find them: the leftmost match from
where the last one ended, the same match objects.

Exactness: a position is left out for a rule only when the text's first characters there are all
ASCII and cannot start a match of it; a position whose first :data:`K` characters hold anything
else (a non-ASCII letter, digit or space, which case folding may pair with an ASCII one) is tried
for every rule. The set of ASCII characters a pattern item matches is worked out by matching each
ASCII character against that item with the rule's own flags, so case folding and character
classes are the engine's. Where the start cannot be told (a pattern that can match the empty
string, a construct not handled here), or where a rule could start at too many positions of a text
for the index to pay, the rule runs over the whole text as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

try:  # Python >= 3.11
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

__all__ = ["K", "RuleStarts", "StartIndex", "normalise", "prefixes"]

#: how many first characters of a match are looked up
K = 5
#: the most first strings kept for one pattern item; past it the item ends the known start
LIMIT = 4096

_CATEGORY = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
             C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}
_REPEATS = tuple(getattr(C, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(C, n))
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_ASCII = [chr(i) for i in range(128)]


def _norm_char(c: str) -> str:
    if "0" <= c <= "9":
        return "0"
    if c.isspace():  # " \t\n\r\x0b\x0c" and \x1c-\x1f: all of them match \s
        return " "
    return c.lower()


#: ``str.translate`` table: ASCII characters normalised; other characters are left as they are
_TABLE = {i: _norm_char(chr(i)) for i in range(128)}


def normalise(text: str) -> str:
    """``text`` with ASCII letters lower-cased, ASCII digits made ``0`` and ASCII spaces made ``" "``
    (same length; other characters unchanged)."""
    return text.translate(_TABLE)


class _Unknown(Exception):
    """An item whose characters cannot be told."""


def _item_source(op, av) -> str:
    """A regular expression for one single-character item of a parsed pattern."""
    if op == C.LITERAL:
        return re.escape(chr(av))
    if op == C.NOT_LITERAL:
        return "[^" + re.escape(chr(av)) + "]"
    if op == C.ANY:
        return "."
    if op == C.IN:
        parts, negate = [], False
        for iop, iav in av:
            if iop == C.NEGATE:
                negate = True
            elif iop == C.LITERAL:
                parts.append(re.escape(chr(iav)))
            elif iop == C.RANGE:
                parts.append(re.escape(chr(iav[0])) + "-" + re.escape(chr(iav[1])))
            elif iop == C.CATEGORY and iav in _CATEGORY:
                parts.append(_CATEGORY[iav])
            else:
                raise _Unknown
        return "[" + ("^" if negate else "") + "".join(parts) + "]"
    raise _Unknown


_ITEM_CACHE: dict[tuple[str, int], frozenset[str]] = {}


def _item_chars(op, av, flags: int) -> frozenset[str]:
    """The normalised ASCII characters one single-character item matches, under ``flags``."""
    src = _item_source(op, av)
    flags &= re.IGNORECASE | re.DOTALL | re.ASCII  # what decides one character's match
    key = (src, flags)
    got = _ITEM_CACHE.get(key)
    if got is None:
        rx = re.compile(src, flags)
        got = _ITEM_CACHE[key] = frozenset(_norm_char(c) for c in _ASCII if rx.fullmatch(c))
    return got


_Starts = set[tuple[str, bool]]  # (first characters, whether what follows may extend them)


def _concat(acc: _Starts, part: _Starts) -> _Starts:
    out: _Starts = set()
    for s, open_ in acc:
        if not open_ or len(s) >= K:
            out.add((s[:K], False))
            continue
        for t, more in part:
            u = s + t
            out.add((u[:K], False) if len(u) >= K else (u, more))
    if len(out) > LIMIT:  # too many to list: the start is known up to here
        return {(s[:K], False) for s, _ in acc}
    return out


def _seq(items, flags: int) -> _Starts:
    acc: _Starts = {("", True)}
    for op, av in items:
        if not any(open_ and len(s) < K for s, open_ in acc):
            break
        acc = _concat(acc, _item(op, av, flags))
    return acc


def _item(op, av, flags: int) -> _Starts:
    if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
        try:
            return {(c, True) for c in _item_chars(op, av, flags)}
        except _Unknown:
            return {("", False)}
    if op in _ZERO_WIDTH:
        return {("", True)}  # "^", "\b", lookarounds: they narrow the matches, not their characters
    if op == C.BRANCH:
        out: _Starts = set()
        for alt in av[1]:
            out |= _seq(alt, flags)
        return out
    if op == C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return _seq(sub, (flags | add_flags) & ~del_flags)
    if getattr(C, "ATOMIC_GROUP", None) is not None and op == C.ATOMIC_GROUP:
        return _seq(av, flags)
    if op in _REPEATS:
        lo, hi, sub = av
        once = _seq(sub, flags)
        top = min(hi, max(lo, K))
        out, power = set(), {("", True)}
        for n in range(top + 1):
            if n >= lo:
                out |= power
            if n < top:
                power = _concat(power, once)
        if hi > top:  # more copies may follow the listed ones
            out |= {(s, False) for s, _ in power}
        return out
    return {("", False)}  # a back-reference, a conditional ...: unknown from here


def _at_line_start(items) -> bool:
    """Whether every match of the parsed pattern ``items`` starts at the start of a line (a ``^``, or ``\\A``,
    before its first character; lookarounds before it skipped): then it can start only at position 0 or just
    after a newline, with ``re.M`` or without."""
    for op, av in items:
        if op in (C.ASSERT, C.ASSERT_NOT):
            continue  # (a lookaround narrows where the match starts; it does not move it)
        if op == C.AT:
            return av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING)
        if op == C.SUBPATTERN:
            return _at_line_start(av[-1])
        if op == C.BRANCH:
            return all(_at_line_start(alt) for alt in av[1])
        return False
    return False


def line_anchored(pattern: str, flags: int = 0) -> bool:
    """Whether every match of ``pattern`` starts at position 0 or just after a ``"\\n"`` (see
    :func:`_at_line_start`)."""
    try:
        return _at_line_start(P.parse(pattern, flags))
    except re.error:  # pragma: no cover - the rule compiled, so it parses
        return False


def prefixes(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The normalised strings (up to :data:`K` characters) that every match of ``pattern`` starts with,
    as far as its ASCII characters go: None when any position may start a match (the first character
    cannot be told, or the pattern can match the empty string)."""
    try:
        parsed = P.parse(pattern, flags)
    except re.error:  # pragma: no cover - the rule compiled, so it parses
        return None
    starts = {s for s, _ in _seq(parsed, flags | parsed.state.flags)}
    if not starts or "" in starts:
        return None if "" in starts else frozenset()
    return frozenset(starts)


class RuleStarts:
    """The first strings of a list of compiled patterns: which rules may start where a text's first
    characters are a given string. What :class:`StartIndex` looks up."""

    def __init__(self, patterns: list[re.Pattern[str]]):
        self.count = len(patterns)
        #: rule number -> whether its start is known (else it is always run over the whole text)
        self.known: list[bool] = []
        #: normalised first string -> the rules that can start with it; one table per length
        self._by_prefix: list[dict[str, list[int]]] = [{} for _ in range(K + 1)]
        for n, rx in enumerate(patterns):
            got = prefixes(rx.pattern, rx.flags)
            # one letter or space known (a pattern starting with any capitalised word): most positions of
            # a text would be tried, so the rule runs over the whole text at once
            if got is not None and any(len(s) == 1 and not s.isdigit() for s in got):
                got = None
            self.known.append(got is not None)
            for s in got or ():
                self._by_prefix[len(s)].setdefault(s, []).append(n)
        self._all: tuple[int, ...] = tuple(n for n, k in enumerate(self.known) if k)
        #: the rules of unknown first characters whose matches start at a line's start (the wire dateline): tried
        #: only at position 0 and after each newline
        self.at_lines: tuple[int, ...] = tuple(n for n, rx in enumerate(patterns)
                                               if not self.known[n] and line_anchored(rx.pattern, rx.flags))
        self._memo: dict[str, tuple[int, ...]] = {}
        #: the positions of a text where a rule of known start may begin: no word character before it, and a first
        #: character that begins one of the rules' first strings, or a non-ASCII character among the first ``K``
        #: (every rule is tried there); at any other position :meth:`rules_at` names no rule
        self.positions: re.Pattern[str] = _positions_pattern(self._by_prefix)

    def rules_at(self, head: str) -> tuple[int, ...]:
        """The rules (of known start) that may start where the normalised text begins with ``head``
        (its first :data:`K` characters, fewer at the end of the text), in rule order."""
        got = self._memo.get(head)
        if got is None:
            if not head.isascii():  # case folding may pair these characters with ASCII: every rule
                got = self._all
            else:
                found: set[int] = set()
                for n in range(1, min(K, len(head)) + 1):
                    found.update(self._by_prefix[n].get(head[:n], ()))
                got = tuple(sorted(found))
            if len(self._memo) > 200_000:
                self._memo.clear()
            self._memo[head] = got
        return got


_POSITIONS = re.compile(r"(?<!\w)(?=.)", re.S)  # every position with no word character before it


def _positions_pattern(by_prefix: list[dict[str, list[int]]]) -> re.Pattern[str]:
    """:data:`_POSITIONS` narrowed to the positions where some rule of known start may begin: an ASCII character
    whose normalised form begins one of the first strings in ``by_prefix``, or a non-ASCII character within the
    first :data:`K` (there :meth:`RuleStarts.rules_at` names every rule of known start). Every other position has
    no rule to try, so the index it builds is the same."""
    firsts = {key[0] for table in by_prefix for key in table if key}
    chars = "".join(re.escape(c) for c in _ASCII if _norm_char(c) in firsts)
    ascii_first = f"[{chars}]|" if chars else ""
    return re.compile(r"(?<!\w)(?=" + ascii_first + r".{0,%d}[^\x00-\x7f])" % (K - 1), re.S)
_NEWLINES = re.compile(r"\n")


class StartIndex:
    """For one text: the positions each rule may start at (a rule of unknown start: None)."""

    def __init__(self, text: str, starts: RuleStarts):
        self.text = text
        per: list[list[int] | None] = [[] if known else None for known in starts.known]
        norm = normalise(text)
        memo = starts._memo
        rules_at = starts.rules_at
        for m in starts.positions.finditer(text):
            p = m.start()
            head = norm[p:p + K]
            rules = memo.get(head)
            if rules is None:
                rules = rules_at(head)
            for r in rules:
                per[r].append(p)  # type: ignore[union-attr]
        if starts.at_lines:
            lines = [0] + [m.end() for m in _NEWLINES.finditer(text)]
            for r in starts.at_lines:
                per[r] = lines
        self.positions = per

    def finditer(self, n: int, rx: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """The matches of rule ``n`` (compiled as ``rx``) in the text: those of ``rx.finditer(text)``."""
        text = self.text
        positions = self.positions[n]
        # a rule that may start nearly everywhere is cheaper to run over the text in one call
        if positions is None or len(positions) * 16 > len(text):
            yield from rx.finditer(text)
            return
        match = rx.match
        end = 0
        for p in positions:
            if p < end:
                continue
            m = match(text, p)
            if m is not None:
                yield m
                end = m.end() if m.end() > p else p + 1
