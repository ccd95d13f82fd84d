"""Reading PETRARCH / TABARI verb dictionaries: ``&NAME`` synonym sets with ``+MEMBER`` lines,
``--- VERB [CODE] ---`` blocks, verb lines (``BREAK { BROKE BROKEN }``, multiword verbs with ``+`` on the
verb word) and patterns ``- PRE * POST [CODE]`` (the line syntax shared with actor and agent files is in
:mod:`lapwing.lexicons.petrarch.reader`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lapwing.lexicons.petrarch.reader import CODE_BLOCK, Problem, read_lines

@dataclass
class Synset:
    name: str
    line: int
    members: list[tuple[str, int]] = field(default_factory=list)  # raw member text, line


@dataclass
class Verb:
    words: list[str]
    head: int  # index of the verb word in ``words``
    forms: list[str]  # from {...}
    code: str | None
    line: int
    raw: str


@dataclass
class VerbPattern:
    tokens: list[str]  # words, '*', '$', '+', '%', '^', '&SET'; '_' joins are in ``joined``
    code: str
    line: int
    raw: str
    joined: frozenset[int] = frozenset()  # token indices glued to the next token with '_'

    @property
    def star(self) -> int:
        return self.tokens.index("*")


@dataclass
class VerbBlock:
    name: str
    code: str | None
    line: int
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[VerbPattern] = field(default_factory=list)


@dataclass
class VerbDictionary:
    path: str
    synsets: dict[str, Synset]
    blocks: list[VerbBlock]


def split_code(text: str) -> tuple[str, str | None]:
    """``'- * TIES [064]'`` -> (``'- * TIES'``, ``'064'``); the last block is the code."""
    blocks = CODE_BLOCK.findall(text)
    if not blocks:
        return text.strip(), None
    return CODE_BLOCK.sub(" ", text).strip(), blocks[-1][1:-1].strip()


def tokenize_pattern(body: str) -> tuple[list[str], frozenset[int]]:
    tokens: list[str] = []
    joined: set[int] = set()
    for chunk in body.split():
        parts = [x for x in re.split(r"(_)", chunk) if x]
        for x in parts:
            if x == "_":
                if tokens:
                    joined.add(len(tokens) - 1)
                continue
            tokens.append("*" if x == "**" else x)  # PETRARCH2 writes the verb's place '**'

    return tokens, frozenset(j for j in joined if j < len(tokens) - 1)


def read_verbs(path: Path, problems: list[Problem] | None = None) -> VerbDictionary:
    """Synsets and verb blocks of a PETRARCH verb dictionary."""
    problems = problems if problems is not None else []
    p = str(path)
    synsets: dict[str, Synset] = {}
    blocks: list[VerbBlock] = []
    cur_set: Synset | None = None
    cur: VerbBlock | None = None
    for ln in read_lines(path, problems, keep_blank=True):
        text = ln.text.strip()
        if not text:  # a blank line ends a block's patterns (PETRARCH2 blocks need no '---' header)
            if cur is not None and cur.patterns:
                cur = None
            continue
        if text.startswith("---"):
            m = re.match(r"^---\s*(.*?)\s*(?:---)?\s*$", text)
            if not m or not m.group(1):
                problems.append(Problem(p, ln.number, "error", "a verb block header is '--- VERB [CODE] ---'"))
                cur = None
                continue
            name, code = split_code(m.group(1))
            if len(CODE_BLOCK.findall(m.group(1))) > 1:
                problems.append(Problem(p, ln.number, "warning", f"block {name!r} has several codes; "
                                                                 f"the last, [{code}], is used"))
            cur = VerbBlock(name, code, ln.number)
            blocks.append(cur)
            cur_set = None
            continue
        if text.startswith("&"):
            name = re.split(r"\s", text[1:], 1)[0].rstrip("_").upper()
            if not name:
                problems.append(Problem(p, ln.number, "error", "synonym set without a name after '&'"))
                continue
            if name in synsets:
                problems.append(Problem(p, ln.number, "warning", f"synonym set &{name} is defined again "
                                                                 f"(first at line {synsets[name].line}); "
                                                                 "the members are merged"))
                cur_set = synsets[name]
            else:
                cur_set = synsets[name] = Synset(name, ln.number)
            cur = None
            continue
        if text.startswith("+") and cur_set is not None and cur is None:
            member = text[1:].strip()
            if not member:
                problems.append(Problem(p, ln.number, "error", f"empty member of synonym set &{cur_set.name}"))
            else:
                cur_set.members.append((member, ln.number))
            continue
        if text.startswith("-"):
            if cur is None:
                problems.append(Problem(p, ln.number, "error", "pattern line outside a '--- VERB ---' block"))
                continue
            body, code = split_code(text[1:])
            if code is None:
                problems.append(Problem(p, ln.number, "error", "pattern without a [CODE]: add one at the end"))
                continue
            tokens, joined = tokenize_pattern(body)
            if tokens.count("*") != 1:
                problems.append(Problem(p, ln.number, "error", "a pattern needs exactly one '*' (where the verb "
                                                               f"goes), found {tokens.count('*')}"))
                continue
            cur.patterns.append(VerbPattern(tokens, code, ln.number, text, joined))
            continue
        verb = _read_verb_line(text, ln.number, p, problems)
        if verb is None:
            continue
        if cur is None:  # a verb line after a blank line starts a block of its own
            cur = VerbBlock(" ".join(verb.words), verb.code, ln.number)  # its code serves the block's verbs
            blocks.append(cur)
            cur_set = None
        cur.verbs.append(verb)
    for s in synsets.values():
        if not s.members:
            problems.append(Problem(p, s.line, "warning", f"synonym set &{s.name} has no +members"))
    for b in blocks:
        if not b.verbs:
            problems.append(Problem(p, b.line, "warning", f"verb block {b.name!r} lists no verb"))
    return VerbDictionary(p, synsets, blocks)


def _read_verb_line(text: str, line: int, path: str, problems: list[Problem]) -> Verb | None:
    body, code = split_code(text)
    forms: list[str] = []
    fm = re.search(r"\{([^}]*)\}", body)
    if fm:
        forms = [f.lstrip("+").strip() for f in fm.group(1).split() if f.strip("+")]
        body = (body[:fm.start()] + body[fm.end():]).strip()
    if "{" in body or "}" in body or "[" in body or "]" in body:
        problems.append(Problem(path, line, "error", "unbalanced brackets on a verb line"))
        return None
    raw_words = [w for w in re.split(r"[\s_]+", body) if w]
    if not raw_words:
        problems.append(Problem(path, line, "error", "verb line without a verb"))
        return None
    marked = [i for i, w in enumerate(raw_words) if w.startswith("+")]
    if len(marked) > 1:
        problems.append(Problem(path, line, "error", "several words marked with '+': mark only the verb"))
        return None
    head = marked[0] if marked else 0
    words = [w.lstrip("+") for w in raw_words]
    if not all(re.match(r"^[A-Za-z][A-Za-z'.-]*$", w) for w in words):
        problems.append(Problem(path, line, "error", f"verb {body!r} holds characters other than letters"))
        return None
    return Verb(words, head, forms, code, line, text)
