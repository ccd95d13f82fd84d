"""Reading PETRARCH / TABARI dictionary files: actors, agents and discards here; verbs in
:mod:`lapwing.lexicons.petrarch.verbs`.

The three formats share a line syntax, read here into typed entries that keep the file and line of
everything they hold:

- comments: ``# ...`` to the end of a line (a ``#`` inside ``[...]`` is part of a code) and
  ``<!-- ... -->`` blocks, which may span lines (``<! -- ... -->`` too);
- ``[CODE]`` annotations, with a date restriction in actor files: ``[HOB < 950601]``,
  ``[HOBGOV 19950601 - 19990815]``, ``[HOBREB > 990816]``; agent codes carry ``~`` on the side the
  actor's code goes (``[~GOV]``: appended, ``[NGO~]``: prepended);
- continuation lines: a line starting with white space continues the entry above it (more code
  blocks); a line starting with ``+`` adds a synonym (actors) or a set member (verb synsets);
- verb files: ``&NAME`` synonym sets with ``+MEMBER`` lines, ``--- VERB [CODE] ---`` blocks, verb lines
  (``BREAK { BROKE BROKEN }``, multiword verbs with ``+`` on the verb word: ``+CORDON_OFF``,
  ``WIRE_+TAP``) and patterns ``- PRE * POST [CODE]`` where ``*`` is the verb, ``_`` joins adjacent
  words, ``$`` marks the source, ``+`` the target, ``%`` a compound actor and ``^`` a skipped phrase;
- agent files: ``!NAME! = A, B`` substitution sets used inside phrases (``CONGRESS!PERSON!``) and
  ``{PLURALS}`` after a phrase (``{}``: the phrase has no plural).

Reading never raises on a bad line: it records a :class:`Problem` (file, line, what is wrong, what to
do) and goes on with the next line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """A line that could not be read (severity ``error``) or was read with a loss (``warning``)."""

    path: str
    line: int
    severity: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.message}"


# -- lines ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Line:
    number: int
    text: str  # comments removed, right-stripped
    indented: bool
    comment: str = ""


CODE_BLOCK = re.compile(r"\[[^\]]*\]")


def _strip_comment(text: str) -> tuple[str, str]:
    """Remove a ``#`` (or TABARI's ``;``) comment that is not inside ``[...]``; return (text, comment)."""
    depth = 0
    for i, ch in enumerate(text):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif ch in "#;" and depth == 0:
            return text[:i], text[i + 1:].strip()
    return text, ""


_XML_INLINE = re.compile(r"<!\s*--.*?-->")
_XML_OPEN = re.compile(r"<!\s*--")


def read_lines(path: Path, problems: list[Problem], keep_blank: bool = False) -> Iterator[Line]:
    """The content lines of a dictionary file: ``<!-- -->`` comments (anywhere on a line, or spanning
    lines) and ``#`` / ``;`` comments removed; blank lines skipped unless ``keep_blank`` (then they come
    as lines with empty text). An unreadable file is one problem, not an exception."""
    try:
        raw = path.read_bytes().decode("utf-8", errors="replace")
    except OSError as exc:
        problems.append(Problem(str(path), 0, "error", f"cannot read the file ({exc.strerror or exc}); "
                                                       "check the path"))
        return
    in_xml = False
    opened = 0
    for n, line in enumerate(raw.splitlines(), 1):
        indented = line[:1] in (" ", "\t")
        if in_xml:
            if "-->" not in line:
                continue
            line = " " * (len(line.split("-->", 1)[0]) + 3) + line.split("-->", 1)[1]
            in_xml = False
        line = _XML_INLINE.sub(" ", line)
        m = _XML_OPEN.search(line)
        if m:
            line, in_xml, opened = line[:m.start()], True, n
        text, comment = _strip_comment(line)
        if not text.strip():
            if keep_blank and not line.strip() and not in_xml:
                yield Line(n, "", False)
            continue
        yield Line(n, text.rstrip(), indented, comment)
    if in_xml:
        problems.append(Problem(str(path), opened, "warning", "a '<!--' comment is never closed with '-->': "
                                                              "the rest of the file was skipped"))


def words_of(phrase: str) -> list[str]:
    """PETRARCH phrase -> words: ``_`` and spaces separate words; trailing ``_`` (an exact match
    marker) is dropped."""
    return [w for w in re.split(r"[\s_]+", phrase.strip()) if w]


# -- codes ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CodeBlock:
    """One ``[...]`` annotation of an actor or agent."""

    codes: tuple[str, ...]  # several when written A/B ("the Shire" = FRO/BIL/SAM)
    start: date | None = None
    end: date | None = None
    line: int = 0
    raw: str = ""

    @property
    def code(self) -> str:
        return self.codes[0] if self.codes else ""


_DATE8 = re.compile(r"^\d{8}$")
_DATE6 = re.compile(r"^\d{6}$")


def parse_petrarch_date(text: str) -> date:
    """``YYYYMMDD`` or TABARI's ``YYMMDD`` (years 00-29 are 20xx, 30-99 are 19xx)."""
    t = text.strip()
    if _DATE8.match(t):
        return date(int(t[:4]), int(t[4:6]), int(t[6:8]))
    if _DATE6.match(t):
        yy = int(t[:2])
        return date((2000 if yy < 30 else 1900) + yy, int(t[2:4]), int(t[4:6]))
    raise ValueError(f"{text!r} is not a date (YYYYMMDD or YYMMDD)")


def parse_code_block(raw: str, path: str, line: int, problems: list[Problem]) -> CodeBlock | None:
    """``[CODE]``, ``[CODE <DATE]``, ``[CODE >DATE]``, ``[CODE DATE-DATE]``, ``[A/B]``."""
    inner = raw.strip()[1:-1].strip()
    if not inner:
        problems.append(Problem(path, line, "error", f"empty code block {raw!r}: write a code inside [ ]"))
        return None
    m = re.match(r"^(\S+)\s*(.*)$", inner)
    code_part, restriction = m.group(1), m.group(2).strip()
    if re.match(r"^[<>]|^\d", code_part):  # "[<950601]": a date without a code
        problems.append(Problem(path, line, "error", f"code block {raw!r} has a date but no code: "
                                                     "write [CODE <YYMMDD]"))
        return None
    start = end = None
    try:
        if restriction.startswith("<"):  # PETRARCH: "before the date", the date included
            end = parse_petrarch_date(restriction[1:])
        elif restriction.startswith(">"):  # "after the date", the date included
            start = parse_petrarch_date(restriction[1:])
        elif restriction:
            parts = [p for p in re.split(r"\s*-\s*", restriction) if p]
            if len(parts) != 2:
                raise ValueError(f"{restriction!r} is not '<DATE', '>DATE' or 'DATE-DATE'")
            start, end = parse_petrarch_date(parts[0]), parse_petrarch_date(parts[1])
            if start > end:
                raise ValueError(f"the range {restriction!r} ends before it starts")
    except ValueError as exc:
        problems.append(Problem(path, line, "error", f"bad date restriction in {raw!r}: {exc}"))
        return None
    codes = tuple(c for c in code_part.split("/") if c)
    return CodeBlock(codes, start, end, line, raw)


# -- actors ---------------------------------------------------------------------------------------
@dataclass
class ActorEntry:
    name: str  # as written, underscores kept
    line: int
    synonyms: list[tuple[str, int]] = field(default_factory=list)
    blocks: list[CodeBlock] = field(default_factory=list)
    comment: str = ""


def read_actors(path: Path, problems: list[Problem] | None = None) -> list[ActorEntry]:
    """Entries of a PETRARCH actor dictionary."""
    problems = problems if problems is not None else []
    p = str(path)
    out: list[ActorEntry] = []
    cur: ActorEntry | None = None
    for ln in read_lines(path, problems):
        text = ln.text.strip()
        blocks = CODE_BLOCK.findall(text)
        bare = CODE_BLOCK.sub(" ", text).strip()
        if "[" in bare or "]" in bare:
            problems.append(Problem(p, ln.number, "error", "unbalanced '[' or ']': close every code block"))
            continue
        if ln.indented or (not bare and blocks):
            if cur is None:
                problems.append(Problem(p, ln.number, "error", "continuation line before any actor entry"))
                continue
            if bare:
                problems.append(Problem(p, ln.number, "error", f"continuation line holds {bare!r}: only "
                                                               "[CODE] blocks may continue an entry"))
                continue
        elif text.startswith("+"):
            if cur is None:
                problems.append(Problem(p, ln.number, "error", "synonym line (+NAME) before any actor entry"))
                continue
            name = bare[1:].strip()
            if not words_of(name):
                problems.append(Problem(p, ln.number, "error", "empty synonym after '+'"))
                continue
            cur.synonyms.append((name, ln.number))
        else:
            if not words_of(bare):
                problems.append(Problem(p, ln.number, "error", "code block without an actor name"))
                continue
            cur = ActorEntry(bare, ln.number, comment=ln.comment)
            out.append(cur)
        for raw in blocks:
            b = parse_code_block(raw, p, ln.number, problems)
            if b is not None:
                cur.blocks.append(b)
    for e in out:
        if not e.blocks:
            problems.append(Problem(p, e.line, "warning", f"actor {e.name!r} has no [CODE]: it was skipped"))
    return out


# -- agents ---------------------------------------------------------------------------------------
@dataclass
class AgentEntry:
    phrases: list[str]  # substitution sets expanded
    plurals: list[str] | None  # None: not given; []: written {} (no plural)
    code: str  # without the ~
    suffix: bool  # [~GOV]: appended to the actor's code; [NGO~]: prepended
    line: int
    comment: str = ""


def read_agents(path: Path, problems: list[Problem] | None = None) -> list[AgentEntry]:
    """Entries of a PETRARCH agent dictionary (substitution sets expanded)."""
    problems = problems if problems is not None else []
    p = str(path)
    subs: dict[str, list[str]] = {}
    out: list[AgentEntry] = []
    for ln in read_lines(path, problems):
        text = ln.text.strip()
        m = re.match(r"^!(\w+)!\s*=\s*(.*)$", text)
        if m:
            members = [w.strip() for w in m.group(2).split(",") if w.strip()]
            if not members:
                problems.append(Problem(p, ln.number, "error", f"substitution set !{m.group(1)}! has no members"))
            elif any("!" in w for w in members):
                problems.append(Problem(p, ln.number, "error", f"a member of !{m.group(1)}! holds a '!': members "
                                                               "are plain words, separated by commas"))
                continue
            subs[m.group(1).upper()] = members
            continue
        blocks = CODE_BLOCK.findall(text)
        bare = CODE_BLOCK.sub(" ", text).strip()
        if len(blocks) != 1:
            problems.append(Problem(p, ln.number, "error", "an agent line needs exactly one [~CODE] or [CODE~] "
                                                           f"block, found {len(blocks)}"))
            continue
        inner = blocks[0][1:-1].replace(" ", "")
        if inner.count("~") != 1 or inner.strip("~") == "" or not (inner.startswith("~") or inner.endswith("~")):
            problems.append(Problem(p, ln.number, "error", f"agent code {blocks[0]!r} must be [~CODE] or [CODE~]"))
            continue
        plurals: list[str] | None = None
        pm = re.search(r"\{([^}]*)\}", bare)
        if pm:
            plurals = [w for w in pm.group(1).split() if w]
            bare = (bare[:pm.start()] + bare[pm.end():]).strip()
        if "{" in bare or "}" in bare:
            problems.append(Problem(p, ln.number, "error", "unbalanced '{' or '}' in the plural forms"))
            continue
        if not bare:
            problems.append(Problem(p, ln.number, "error", "agent line without a phrase"))
            continue
        phrases = _expand_subs(bare, subs, p, ln.number, problems)
        if plurals:
            plurals = [x for pl in plurals for x in _expand_subs(pl, subs, p, ln.number, problems)]
        if not phrases:
            continue
        out.append(AgentEntry(phrases, plurals, inner.strip("~"), inner.startswith("~"), ln.number, ln.comment))
    return out


def _expand_subs(phrase: str, subs: dict[str, list[str]], path: str, line: int,
                 problems: list[Problem]) -> list[str]:
    m = re.search(r"!(\w+)!", phrase)
    if not m:
        return [phrase]
    name = m.group(1).upper()
    if name not in subs:
        problems.append(Problem(path, line, "error", f"unknown substitution set !{m.group(1)}!: define it "
                                                     f"above with !{m.group(1)}! = WORD, WORD"))
        return []
    out = []
    for member in subs[name]:
        out += _expand_subs(phrase[:m.start()] + member + phrase[m.end():], subs, path, line, problems)
    return out


# -- discards --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Discard:
    phrase: str
    story: bool  # '+': the whole story is discarded, else the sentence
    line: int


def read_discards(path: Path, problems: list[Problem] | None = None) -> list[Discard]:
    problems = problems if problems is not None else []
    out = []
    for ln in read_lines(path, problems):
        text = ln.text.strip()
        story = text.startswith("+")
        phrase = text[1:].strip() if story else text
        if not phrase:
            problems.append(Problem(str(path), ln.number, "error", "empty discard phrase"))
            continue
        out.append(Discard(" ".join(words_of(phrase)), story, ln.number))
    return out
