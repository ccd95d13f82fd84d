"""The faster paths of session 18 (issue 13, speed only) give exactly what the paths they replace give: the dates
rules whose matches start at a line's start tried only at line starts, the content classes looked up by key word,
and the collector's first generation let grow by ``Pipeline.warm``. Each slow path is written out here."""

from __future__ import annotations

import gc
import random
import re
from types import SimpleNamespace

import pytest

from lapwing.extract.events.content import ContentMixin, _classes_by_key
from lapwing.extract.events.lexicon_loader import ContentClass, lexicon
from lapwing.timeparse.grammar.core import _RULES
from lapwing.timeparse.grammar.finder import _rule_starts
from lapwing.timeparse.grammar.starts import RuleStarts, StartIndex, line_anchored

# -- dates: rules anchored at a line's start -------------------------------------------------------------------
DATELINED = [
    "NAIROBI, Kenya, March 3 (Lapwing Wire) - Talks resumed.\nMOMBASA, March 4 - More talks.",
    "Intro line\nLILONGWE, Feb. 14, 2020 -- The vote was annulled.\r\nZOMBA, Feb. 15: a recount began.",
    "  GITEGA, June 1 (Agency) - Indented.\n\n\nBUJUMBURA, June 2 _ Three blank lines before it.",
    "no dateline here, KAMPALA, May 5 - mid-line, which the rule does not take",
    "\nJUBA, Dec. 24 -\n",
    "ASMARA, Sept 9th, 2019 — dash\nasmara, Sept 9 - lower case\nASMARA, Sept 31 - no such day",
    "",
    "\n",
]


def _finditer_spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


def test_which_patterns_start_at_a_line_start():
    for pattern in (r"^a", r"(?<!\w)^a", r"(?=[A-Z])(?:^[A-Z]+)", r"(?:^x|^y)", r"\Ax", r"(^x)"):
        assert line_anchored(pattern, re.M), pattern
    for pattern in (r"a^", r"(?:^x|y)", r"\bx", r"x", r"", r"(?:)^x|z", r"[\n]x"):
        assert not line_anchored(pattern, re.M), pattern


def test_the_dateline_rule_is_tried_at_line_starts_only_and_finds_what_finditer_finds():
    starts = _rule_starts()
    names = [name for name, _rx, _fn in _RULES]
    dateline = names.index("dateline")
    assert dateline in starts.at_lines
    rng = random.Random(18)
    texts = list(DATELINED)
    for _ in range(200):  # the written lines shuffled, joined by newlines or spaces
        lines = [line for t in DATELINED for line in t.split("\n")]
        rng.shuffle(lines)
        texts.append(rng.choice(["\n", " ", "\r\n", "\n\n"]).join(lines[: rng.randint(1, 8)]))
    found = 0
    for text in texts:
        index = StartIndex(text, starts)
        lines = [0] + [k + 1 for k, ch in enumerate(text) if ch == "\n"]
        assert index.positions[dateline] == lines
        for n, (name, rx, _fn) in enumerate(_RULES):
            got = [m.span() for m in index.finditer(n, rx)]
            assert got == _finditer_spans(rx, text), (name, text)
        found += len(list(index.finditer(dateline, _RULES[dateline][1])))
    assert found > 100  # (the texts hold datelines the rule takes)


def test_line_anchored_rules_with_and_without_multiline():
    # (first characters that cannot be told: a space or any letter; the last can start at a newline itself)
    rules = [re.compile(r"(?<![\w])^[ \t]*[A-Z]{2,}:", re.M), re.compile(r"^[ \t]*[A-Z]{2,}:"),
             re.compile(r"\A\s*[a-z]+\d"), re.compile(r"(?:^|\n)[ \t]*x", re.M)]
    starts = RuleStarts(rules)
    assert starts.at_lines == (0, 1, 2)
    rng = random.Random(7)
    alphabet = ["AB:", "CD", ":", "\n", " ", "\t", "x", "12", "ab1", "\r\n", "é", "ÉT:"]
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        index = StartIndex(text, starts)
        for n, rx in enumerate(rules):
            assert [m.span() for m in index.finditer(n, rx)] == _finditer_spans(rx, text), (rx.pattern, text)


# -- content classes by key word -------------------------------------------------------------------------------
def _slow_content_code(classes: list, family: str, bag: list[str]):
    """``ContentMixin.content_code`` as it was: every class tested for every word."""
    from lapwing.extract.events.lexicon_loader import FAMILY_DEFAULT

    hit = None
    for compound in (True, False):
        for w in bag:
            if ("_" in w) != compound:
                continue
            hit = next(((cc.codes[family], cc.name) for cc in classes if w in cc.keys and family in cc.codes), None)
            if hit is not None:
                break
        if hit is not None:
            break
    if hit is None:
        return FAMILY_DEFAULT.get(family), None
    code = hit[0]
    stem = code[:-1] if len(code) == 3 and code.endswith("0") else code
    for w in bag:
        for cc in classes:
            c2 = cc.codes.get(family)
            if c2 and w in cc.keys and len(c2) >= len(code) and c2 != code and c2.startswith(stem):
                return c2, cc.name
    return hit


def test_content_code_by_key_word_is_the_scan_over_every_class():
    classes = lexicon().content
    coder = SimpleNamespace(lex=SimpleNamespace(content=classes))
    families = sorted({f for cc in classes for f in cc.codes})
    keys = sorted({k for cc in classes for k in cc.keys})
    assert len(families) > 3 and len(keys) > 50
    rng = random.Random(11)
    words = keys + ["talks", "weather", "xyz", "fight_on", ""]
    differs = 0
    for _ in range(3000):
        bag = [rng.choice(words) for _ in range(rng.randint(0, 5))]
        family = rng.choice(families)
        got = ContentMixin.content_code(coder, family, bag)
        assert got == _slow_content_code(classes, family, bag), (family, bag)
        differs += got[1] is not None
    assert differs > 500  # (most bags name a class)


def test_content_classes_are_indexed_again_for_another_list():
    a = [ContentClass("one", frozenset({"aid", "help"}), {"aid": "071"}),
         ContentClass("two", frozenset({"aid"}), {"aid": "073"})]
    assert [cc.name for cc in _classes_by_key(a)["aid"]] == ["one", "two"]
    b = a + [ContentClass("three", frozenset({"help"}), {"aid": "074"})]
    assert [cc.name for cc in _classes_by_key(b)["help"]] == ["one", "three"]
    a.append(ContentClass("four", frozenset({"food"}), {"aid": "072"}))  # the same list, grown
    assert [cc.name for cc in _classes_by_key(a)["food"]] == ["four"]
    coder = SimpleNamespace(lex=SimpleNamespace(content=a))
    assert ContentMixin.content_code(coder, "aid", ["help", "food"]) == _slow_content_code(a, "aid", ["help", "food"])


# -- the collector's first generation after Pipeline.warm -------------------------------------------------------
@pytest.fixture
def threshold():
    saved = gc.get_threshold()
    yield
    gc.set_threshold(*saved)


def test_warm_lets_the_first_generation_grow_and_leaves_larger_or_no_collection_alone(pipe, threshold):
    from lapwing.pipeline import GC_YOUNG

    gc.set_threshold(700, 10, 10)
    pipe.warm()
    assert gc.get_threshold() == (GC_YOUNG, 10, 10)
    gc.set_threshold(GC_YOUNG * 3, 5, 5)
    pipe.warm()
    assert gc.get_threshold() == (GC_YOUNG * 3, 5, 5)
    gc.set_threshold(0, 10, 10)  # (the collector turned off by its host: left off)
    pipe.warm()
    assert gc.get_threshold()[0] == 0
