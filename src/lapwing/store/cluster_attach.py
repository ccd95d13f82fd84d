"""The steps of :func:`lapwing.store.clustering.cluster` after the links: a report left alone joins a happening
that several reports make up, on weaker evidence, when it fits that one alone (:func:`attach_partial`), or when it
is the one its own article's story tells (:func:`attach_by_story`). Each decision is taken against the clusters as
they stand and then applied strongest first, so the result depends only on the set of mentions."""

from __future__ import annotations

from collections import defaultdict
from typing import Callable

#: A report with few details joins a happening of several reports with this much evidence, when no other
#: happening comes within the margin (see _attach_partial).
ATTACH_MIN = 0.35
ATTACH_MARGIN = 0.05


class _Stories:
    """Which happenings (groups of two units or more) are reported together: a live blog's "Officers are
    firing tear gas" goes with the arrests it reports, and the outlets that report those arrests say which
    tear gas. Computed lazily, for the lone units that need it."""

    def __init__(self, groups: list[list[int]], where: dict[int, int], article_of: list[str]) -> None:
        self.groups, self.where, self.article_of = groups, where, article_of
        self.units_of: dict[str, list[int]] = defaultdict(list)
        for u, a in enumerate(article_of):
            self.units_of[a].append(u)
        self._told: dict[int, dict[str, set[int]]] = {}

    def _with(self, g: int) -> dict[str, set[int]]:
        """For the happening ``g``: each of its articles -> the other groups that article reports."""
        if g not in self._told:
            arts = {self.article_of[y] for y in self.groups[g]}
            self._told[g] = {a: {self.where[x] for x in self.units_of[a]} - {g} for a in arts}
        return self._told[g]

    def co_reported(self, u: int) -> set[int]:
        """The happenings that some other article reports together with a happening ``u``'s article reports."""
        a = self.article_of[u]
        siblings = {self.where[x] for x in self.units_of[a]
                    if self.where[x] != self.where[u] and len(self.groups[self.where[x]]) > 1}
        told: set[int] = set()
        for g in siblings:
            for b, gs in self._with(g).items():
                if b != a:
                    told |= gs
        return told - siblings - {self.where[u]}


def _fits(g: int, groups: list[list[int]], where: dict[int, int], near: dict[int, list[tuple[int, float]]],
          compatible: Callable[[int, int], bool], article_of: list[str] | None = None) -> list[tuple[float, int]]:
    """The happenings of two reports or more that the lone report ``g`` (:func:`_lone`) is compatible with, every
    unit of them, with its best evidence with one of them, strongest first. With ``article_of``, a report is an
    article: one article's two triggers ("stormed the college and carried away dozens of pupils") are one report."""
    best: dict[int, float] = {}
    for x, v in near.get(g, ()):
        other = where[x]
        if other != g and len(groups[other]) > 1 \
                and (article_of is None or len({article_of[y] for y in groups[other]}) > 1):
            best[other] = max(best.get(other, 0.0), v)
    return sorted(((v, c) for c, v in best.items() if all(compatible(u, x) for u in groups[g] for x in groups[c])),
                  reverse=True)


def _lone(us: list[int], article_of: list[str] | None) -> bool:
    """A report left alone: one unit, or the units of one article that linked only to each other ("a drone struck
    an apartment block in the city and killed six": the strike, 1952, and the killing, 190, are one report of one
    attack, not two reports that make up a happening)."""
    return len(us) == 1 or (article_of is not None and len({article_of[u] for u in us}) == 1)


def _lone_near(groups: list[list[int]], weak: dict[tuple[int, int], float],
               article_of: list[str] | None = None) -> tuple[dict[int, int], dict[int, list]]:
    """Where each unit is, and for each lone report (a group: :func:`_lone`) the units outside it that it has
    evidence with."""
    where = {u: k for k, us in enumerate(groups) for u in us}
    lone = {k for k, us in enumerate(groups) if _lone(us, article_of)}
    near: dict[int, list[tuple[int, float]]] = defaultdict(list)  # lone report -> (unit, evidence)
    for (a, b), v in weak.items():
        ga, gb = where[a], where[b]
        if ga == gb:
            continue
        if ga in lone:
            near[ga].append((b, v))
        if gb in lone:
            near[gb].append((a, v))
    return where, near


def _apply(groups: list[list[int]], decisions: list[tuple[float, int, int]],
           compatible: Callable[[int, int], bool]) -> list[list[int]]:
    """Each decision (evidence, lone report, happening) applied strongest first; a second report attached to one
    happening must be compatible with the first. A lone report that a stronger decision already joined to another
    (one article's two units are a happening the story step may attach to) moves with what joined it: before, the
    report that had joined it was lost from every event (found in the 10,000-article bench of session 31)."""
    out = [list(us) for us in groups]
    gone: set[int] = set()
    for _v, g, c in sorted(decisions, key=lambda d: (-d[0], groups[d[1]])):
        if c not in gone and all(compatible(u, x) for u in out[g] for x in out[c]):
            out[c] = sorted(out[c] + out[g])
            gone.add(g)
    return sorted(us for k, us in enumerate(out) if k not in gone)


def attach_partial(groups: list[list[int]], weak: dict[tuple[int, int], float],
                    compatible: Callable[[int, int], bool], article_of: list[str] | None = None) -> list[list[int]]:
    """A report with few details ("Demonstrators protested in the Georgian capital on Tuesday": no
    place the gazetteer knows, a crowd for an actor) links to nothing with ``LINK_THRESHOLD``
    evidence. It joins a happening that several reports already make up when it is compatible with
    every one of them, has at least ``ATTACH_MIN`` evidence with one, and no other such happening
    comes within ``ATTACH_MARGIN`` of it. Each decision is taken against the linked clusters alone,
    then applied strongest first (a second attached report must be compatible with the first)."""
    where, near = _lone_near(groups, weak, article_of)
    decisions: list[tuple[float, int, int]] = []
    for g in sorted(near):
        ranked = [(v, c) for v, c in _fits(g, groups, where, near, compatible, article_of) if v >= ATTACH_MIN]
        if ranked and (len(ranked) == 1 or ranked[0][0] - ranked[1][0] >= ATTACH_MARGIN):
            decisions.append((ranked[0][0], g, ranked[0][1]))
    return _apply(groups, decisions, compatible)


def attach_by_story(groups: list[list[int]], weak: dict[tuple[int, int], float],
                     compatible: Callable[[int, int], bool], article_of: list[str]) -> list[list[int]]:
    """A report still alone after :func:`attach_partial` whose details fit several happenings, or say too
    little to choose ("Officers are firing tear gas to push the crowd back": no actor's country, no place the
    gazetteer knows), joins the one happening it fits that is reported together with a happening its own
    article reports (:class:`_Stories`): the live blog's tear gas is the one fired at the protest whose
    arrests it also reports. Taken against the clusters after the partial reports, then applied strongest
    first, as there."""
    where, near = _lone_near(groups, weak, article_of)
    stories = _Stories(groups, where, article_of)
    decisions: list[tuple[float, int, int]] = []
    for g in sorted(near):
        fits = _fits(g, groups, where, near, compatible)
        co = stories.co_reported(groups[g][0]) if fits else set()
        told = [(v, c) for v, c in fits if c in co]
        if len(told) == 1:
            decisions.append((told[0][0], g, told[0][1]))
    return _apply(groups, decisions, compatible)
