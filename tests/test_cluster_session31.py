"""Session 31's clustering speed (issue #11: 10,000 articles' mentions in under 60 s): the same clusters, found with
less work. Candidate pairs come as sorted numbers from one array (``candidate_codes``), and the pairs whose days
contradict one happening whatever else they say are set aside on all pairs at once (``_compared``), their units
marked as compared, as the full comparison would mark them. Mentions built by hand (no model)."""

from __future__ import annotations

import dataclasses
import random
from collections import defaultdict
from datetime import timedelta

from lapwing.store.clustering import _compared, _countries, _weeks, candidate_codes, candidate_pairs, cluster, family_of
from lapwing.store.evidence import compare_codes
from tests.test_cluster_round19 import _actor, _m


def _reference_pairs(mentions):
    """The blocking as written before session 31: every pair added one by one."""
    blocks, by_family_week, by_family = defaultdict(list), defaultdict(list), defaultdict(list)
    for i, m in enumerate(mentions):
        fam = family_of(m.block_root)
        by_family[fam].append(i)
        for w in _weeks(m):
            by_family_week[(fam, w)].append(i)
            for c in _countries(m):
                blocks[(fam, w, c)].append(i)
    out = set()

    def add(here, near):
        out.update((min(i, j), max(i, j)) for i in here for j in near if i != j)

    by_article = defaultdict(list)
    for i, m in enumerate(mentions):
        by_article[(family_of(m.block_root), m.article_id)].append(i)
    for here in by_article.values():
        add(here, here)
    for (fam, w, c), here in blocks.items():
        if w == -1:
            add(here, by_family[fam])
            continue
        for w2 in (w, w + 1):
            add(here, by_family_week.get((fam, w2), []) if c == "*" else
                blocks.get((fam, w2, c), []) + blocks.get((fam, w2, "*"), []))
    return out


ACTORS = [_actor("Kenyan police", "KEN", "COP"), _actor("protesters", None, "CVL"), _actor("Peruvian troops", "PER", "MIL"),
          _actor("gunmen", None, "INS"), _actor("the Chilean government", "CHL", "GOV"), None]
CODES = ["190", "193", "173", "141", "145", "042", "036", "057", "0871", "111"]
SENTENCE = "Officers in the capital detained several people after a march on {}."


def _mentions(n: int, seed: int):
    rng = random.Random(seed)
    out = []
    for k in range(n):
        day = (rng.choice(["2027-03-01", "2027-03-05", "2027-03-09"]))
        m = _m(f"art-{rng.randrange(n // 3)}", rng.choice(CODES), rng.choice(ACTORS), rng.choice(ACTORS), day,
               SENTENCE.format(day), idx=k, trigger=k)
        shift = rng.choice([0, 0, 1, 2, 3, 8])
        if rng.random() < 0.1:
            m = dataclasses.replace(m, day_from=None, day_to=None)
        elif rng.random() < 0.15:
            m = dataclasses.replace(m, day_to=m.day_from + timedelta(days=30))  # a month
        else:
            m = dataclasses.replace(m, day_from=m.day_from + timedelta(days=shift), day_to=m.day_to + timedelta(days=shift))
        out.append(m)
    return out


def test_candidate_pairs_are_the_pairs_the_blocking_names_in_order():
    for seed in (1, 2, 3):
        mentions = _mentions(120, seed)
        codes = candidate_codes(mentions)
        pairs = [(int(c) // len(mentions), int(c) % len(mentions)) for c in codes]
        assert pairs == sorted(_reference_pairs(mentions)) and len(pairs) > 100
        assert candidate_pairs(mentions) == _reference_pairs(mentions)
    assert candidate_pairs([]) == set() and len(candidate_codes([])) == 0


def test_pairs_days_apart_are_set_aside_and_their_units_marked():
    police, crowd = _actor("Kenyan police", "KEN", "COP"), _actor("protesters", None, "CVL")
    sentence = "Police fired tear gas at protesters in Nairobi."
    friday = _m("a", "145", crowd, police, "2027-06-04", sentence)
    saturday = _m("b", "145", crowd, police, "2027-06-05", sentence)
    tuesday = _m("c", "145", crowd, police, "2027-06-08", sentence)
    month = dataclasses.replace(_m("d", "145", crowd, police, "2027-06-01", sentence),
                                day_to=_m("d", "145", crowd, police, "2027-06-30", sentence).day_from)
    sub = [friday, saturday, tuesday, month]
    compatible: dict[tuple[int, int], bool] = {}
    kept = _compared(sub, [0, 1, 2, 3], compatible)
    # a day apart, or inside the month: compared in full; Friday and Tuesday: set aside, marked incompatible
    assert (0, 1) in kept and (0, 3) in kept and (2, 3) in kept
    assert (0, 2) not in kept and compatible[(0, 2)] is False and compare_codes(friday, tuesday) is None
    assert (1, 2) not in kept and compatible[(1, 2)] is False
    # one unit's own pairs are never compared
    assert _compared(sub[:2], [0, 0], {}) == []


def test_the_clusters_are_those_of_the_full_comparison():
    """Every pair set aside is one ``compare_codes`` rejects, so the clusters of random mentions are unchanged by the
    shortcut: checked against the comparison of every candidate pair."""
    for seed in (4, 5):
        mentions = _mentions(90, seed)
        compatible: dict[tuple[int, int], bool] = {}
        kept = set(_compared(mentions, list(range(len(mentions))), compatible))
        for a, b in _reference_pairs(mentions):
            if (a, b) not in kept:
                assert compare_codes(mentions[a], mentions[b]) is None
                assert compatible[(a, b)] is False
        shuffled = mentions[:]
        random.Random(seed).shuffle(shuffled)
        one = {frozenset(mentions[i].key for i in c.members) for c in cluster(mentions)}
        two = {frozenset(shuffled[i].key for i in c.members) for c in cluster(shuffled)}
        assert one == two


def test_a_mentions_root_is_read_once_and_not_carried_by_a_copy():
    m = _m("a", "190", _actor("troops", "PER", "MIL"), None, "2027-06-04", "Troops fired on the camp.")
    assert m.root == "19" and m.block_root == "19"
    other = dataclasses.replace(m, cameo="173")
    assert other.root == "17" and other.block_root == "17" and other != m
    assert dataclasses.replace(other, cameo="190") == m
