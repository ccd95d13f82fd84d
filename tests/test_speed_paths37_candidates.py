"""The parse-repair candidate pass of round 37 (issue 13, speed only) finds what the pass it replaces finds: the
tests of each pass grouped under their token's own label (or part of speech, or word), so that a token meets only the
tests that may take it, and the third pass visiting only the tokens one of its tests may take
(``_word_pass_tokens``). The slow path is the same function with the group guards taken out (every test asked of
every token its pass visits, as before) and its third pass over every token of ``_WORD_POS`` and ``_WORDS``."""

from __future__ import annotations

import ast
import inspect
import textwrap

import pytest

#: invented sentences that give the repairs' candidate tests something to take, in several word orders and tenses
TEXTS = [
    "Masked gunmen shot and wounded a border guard near Tarvos on Sunday, and the ministry, speaking on radio, "
    "blamed rebels loyal to a former commander.",
    "The Orlean navy on Tuesday stepped up its patrols after militiamen seized two fishing boats; the crews, "
    "some of them injured, were freed late on Wednesday.",
    "Velland summons Mirovan ambassador over drone and missile strikes",
    "Hundreds of teachers marched to the assembly in Port Carrow demanding back pay, and police detained "
    "twelve of them, a union leader said in a statement.",
    "A farmer arrested in a land dispute died in custody, and the absconding accused, who was wanted in three "
    "cases, is still free, officers told reporters.",
    "Kestrel police vow to arrest the men who had torched the market, while the governor, whose office was "
    "stoned on Friday, accused the opposition of sparking clashes between traders.",
    "The court ordered the Dalmir coastal authority to free the activists and gave the mayor 24 hours to leave "
    "the city, lawyers said.",
    "Rescuers found three climbers dead on the ridge; two others, rescued by a helicopter crew, were taken to "
    "hospital in Oskarby.",
    "After meeting Sarn, the Brelish president praised the ceasefire and called on both sides to release "
    "prisoners of war.",
    "Protesters burned tyres and blocked roads in Lunet, and troops fired tear gas at the crowd, the army said.",
]

_GUARD_NAMES = ("dep", "pos", "low")


def _is_group(node: ast.stmt) -> bool:
    """A group of tests: ``if <one comparison of the token's label, part of speech or word>:`` with only tests in it."""
    return (isinstance(node, ast.If) and not node.orelse and isinstance(node.test, ast.Compare)
            and isinstance(node.test.left, ast.Name) and node.test.left.id in _GUARD_NAMES
            and all(isinstance(s, ast.If) for s in node.body))


def _ungrouped(fn: ast.FunctionDef) -> ast.FunctionDef:
    """``fn`` with each group of tests in its passes replaced by the tests themselves (the slow path)."""
    for loop in [n for n in fn.body if isinstance(n, ast.For)]:
        body = []
        for s in loop.body:
            body.extend(s.body if _is_group(s) else [s])
        loop.body = body
    return fn


@pytest.fixture(scope="module")
def docs(pipe):
    return [pipe.nlp(text) for text in TEXTS]


def _slow(module, name: str, **names):
    """``module.name`` with its groups taken out, compiled in the module's own namespace (``names`` put in it)."""
    fn = _ungrouped(ast.parse(textwrap.dedent(inspect.getsource(getattr(module, name)))).body[0])
    space = {**vars(module), **names}
    exec(compile(ast.Module(body=[fn], type_ignores=[]), module.__file__, "exec"), space)
    return space[name]


def _slow_candidates():
    """``candidates`` with its groups taken out, and those of its second pass (``clause_pass``, a module of its own
    since session 31)."""
    from lapwing.extract.events import repair_candidates as rc
    from lapwing.extract.events import repair_candidates_clauses as rcc

    return _slow(rc, "candidates", clause_pass=_slow(rcc, "clause_pass"))


def _pass_loops() -> list[ast.For]:
    """The loops of the three passes, in their order: the first and third in ``candidates``, the second in
    ``clause_pass``."""
    from lapwing.extract.events import repair_candidates as rc
    from lapwing.extract.events import repair_candidates_clauses as rcc

    outer = [n for n in ast.parse(textwrap.dedent(inspect.getsource(rc.candidates))).body[0].body if isinstance(n, ast.For)]
    second = [n for n in ast.parse(textwrap.dedent(inspect.getsource(rcc.clause_pass))).body[0].body if isinstance(n, ast.For)]
    assert len(outer) == 2 and len(second) == 1
    return [outer[0], second[0], outer[1]]


def test_the_passes_have_groups_and_the_third_pass_skips_words():
    from lapwing.extract.events import repair_candidates as rc

    loops = _pass_loops()
    assert [sum(_is_group(s) for s in loop.body) >= 3 for loop in loops] == [True, True, True]
    # the third pass: verbs, the listed words, list words and "-ed" forms, prepositions after a verb; nothing else
    P = ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "PRON", "AUX", "ADJ", "NOUN", "CCONJ", "ADJ"]
    L = ["the", "army", "fired", "at", "the", "crowd", ",", "who", "were", "armed", "tyres", "and", "unconscious"]
    assert rc._word_pass_tokens(P, L, {"fired": "fire"}, {}) == [2, 3, 7, 9, 12]
    assert rc._word_pass_tokens(P, L, {"fired": "fire", "tyres": "tyre"}, {}) == [2, 3, 7, 9, 10, 12]


def test_grouped_candidates_find_what_every_test_on_every_token_finds(docs, monkeypatch):
    from lapwing.extract.events import repair_candidates as rc

    fast = [rc.candidates(d) for d in docs]
    slow_fn = _slow_candidates()
    with monkeypatch.context() as m:
        # the slow path's third pass: every token of a part of speech or word of its tests (as before round 37)
        m.setattr(rc, "_word_pass_tokens", lambda P, L, _a, _f: [
            k for k, (ps, lw) in enumerate(zip(P, L)) if ps in rc._WORD_POS or lw in rc._WORDS])
        slow = [slow_fn(d) for d in docs]
    found = 0
    for doc, (todo, np_), (todo_s, np_s) in zip(docs, fast, slow):
        # each repair's candidates, in the same order (the repairs run on them in that order)
        assert {k: v for k, v in todo.items() if v} == {k: v for k, v in todo_s.items() if v}, doc.text
        assert np_ == np_s
        found += sum(len(v) for v in todo.values())
    assert found > 30  # (the texts give the repairs something to try)


def test_a_test_left_out_of_its_group_would_be_seen(docs):
    """The check above can fail: a candidate test moved into a group of another label finds nothing there."""
    from lapwing.extract.events import repair_candidates as rc

    fn = ast.parse(textwrap.dedent(inspect.getsource(rc.candidates))).body[0]
    nominal = [n for n in fn.body if isinstance(n, ast.For)][0]
    groups = [s for s in nominal.body if _is_group(s)]
    subjects = next(g for g in groups if "nsubj" in ast.unparse(g.test))
    objects = next(g for g in groups if "'obj'" in ast.unparse(g.test))
    objects.body.extend(subjects.body)  # the subjects' tests asked of objects only
    subjects.body = [ast.parse("if False:\n    pass").body[0]]
    space = dict(vars(rc))
    exec(compile(ast.Module(body=[fn], type_ignores=[]), rc.__file__, "exec"), space)
    wrong = [space["candidates"](d)[0] for d in docs]
    right = [rc.candidates(d)[0] for d in docs]
    assert any({k: v for k, v in w.items() if v} != {k: v for k, v in r.items() if v} for w, r in zip(wrong, right))
