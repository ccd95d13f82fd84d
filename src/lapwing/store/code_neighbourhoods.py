"""Code neighbourhoods: CAMEO codes of two root families that two reports of one happening may give it.

The clustering compares mentions root family by root family (``evidence.ROOT_FAMILIES``), and within a root of
material acts two sub-codes are two acts. Some happenings are told with codes no family joins: an arrest of a crew
(173) is the seizure of their boats (1711, a vessel: compared with the force family, ``seizures.py``); a release by an
armed group (0841: "gunmen attacked the prison and freed 240 inmates") is the end of its own raid or hostage-taking
(190, 181).

The neighbourhoods are data (``lexicons/code_neighbourhoods.tsv``): a ``join`` row names the code that moves, the
condition under which it moves (by name: :data:`CONDITIONS`), the root whose family it is then compared in, the codes
it may be another report of and how much they agree on the type. A moved mention agrees with no other code of its
new family (an arrest of fishermen is no boarding). ``never`` rows name opposite acts (an attack and a truce) that no
join row may bring together; :func:`check` (run by ``lapwing lexicons lint``) says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from lapwing.lexicons.tsv import rows
from lapwing.store.seizures import CREW

if TYPE_CHECKING:  # pragma: no cover
    from lapwing.store.mentions import Mention

FILE = Path(__file__).resolve().parent.parent / "lexicons" / "code_neighbourhoods.tsv"

#: Sector families of armed groups outside the state (``mentions.SECTOR_FAMILY``): gunmen, rebels, bandits.
_OUTSIDE_THE_STATE = frozenset({"REB", "INS", "UAF", "SEP", "CRM"})


def _crew(m: Mention) -> bool:
    """The sentence names the people of a vessel: "arrested 22 Indian fishermen", "detained the crew"."""
    return bool(CREW.search(m.sentence))


def _armed_source(m: Mention) -> bool:
    """The act's doer is an armed group outside the state ("gunmen", "rebels", "bandits")."""
    return m.source is not None and m.source.sector in _OUTSIDE_THE_STATE


#: Sector families of the armed actors whose acts are attacks: groups outside the state and armies.
_ARMED = _OUTSIDE_THE_STATE | {"MIL"}


def _armed_doer(m: Mention) -> bool:
    """The act's doer is armed: an armed group outside the state or an army ("the rebels set a tanker ablaze",
    "drones set fuel tanks on fire"); not officials, police or a crowd ("officials demolished hundreds of homes")."""
    return m.source is not None and m.source.sector in _ARMED


#: The conditions a join row names.
CONDITIONS: dict[str, Callable[[Mention], bool]] = {"crew": _crew, "armed_source": _armed_source,
                                                    "armed_doer": _armed_doer}


@dataclass(frozen=True)
class Neighbourhood:
    code: str
    partners: tuple[str, ...]
    block: str
    when: str
    agreement: float


@lru_cache(maxsize=1)
def _table(path: Path = FILE) -> tuple[tuple[Neighbourhood, ...], tuple[tuple[str, tuple[str, ...]], ...]]:
    joins: list[Neighbourhood] = []
    never: list[tuple[str, tuple[str, ...]]] = []
    for _line, (kind, code, partners, block, when, agreement) in rows(path, 6):
        if kind == "join":
            joins.append(Neighbourhood(code, tuple(partners.split()), block, when, float(agreement)))
        elif kind == "never":
            never.append((code, tuple(partners.split())))
        else:
            raise ValueError(f"{path}: unknown kind {kind!r}")
    return tuple(joins), tuple(never)


def joins() -> tuple[Neighbourhood, ...]:
    return _table()[0]


def _opposite(a: str, b: str) -> bool:
    return any((a.startswith(c) and any(b.startswith(p) for p in ps)) or
               (b.startswith(c) and any(a.startswith(p) for p in ps)) for c, ps in _table()[1])


def neighbourhood(m: Mention) -> Neighbourhood | None:
    """The join row that moves ``m`` (its code and its condition), if any."""
    for row in joins():
        if m.cameo.startswith(row.code) and CONDITIONS[row.when](m):
            return row
    return None


def agreement(m: Mention, n: Mention) -> float | None:
    """The type agreement of two mentions across a neighbourhood, or None where no neighbourhood joins them. A moved
    mention and a code of its new family that is not a partner: :data:`UNRELATED`."""
    for a, b in ((m, n), (n, m)):
        row = a.neighbourhood
        if row is None or b.cameo.startswith(row.code):
            continue
        if any(b.cameo.startswith(p) for p in row.partners) and not _opposite(a.cameo, b.cameo):
            return row.agreement
        return UNRELATED
    return None


#: A moved mention and a code of its new family that is none of its partners: two acts.
UNRELATED = -1.0


def check(path: Path = FILE) -> list[str]:
    """The table's problems: an unknown condition, a code of no CAMEO form, a join of opposite acts."""
    out: list[str] = []
    try:
        js, nev = _table.__wrapped__(path)  # read afresh, past the cache, which it leaves as it was
    except ValueError as exc:
        return [str(exc)]
    for r in js:
        if r.when not in CONDITIONS:
            out.append(f"{path}: join {r.code}: unknown condition {r.when!r}")
        for c in (r.code, *r.partners, r.block):
            if not re.fullmatch(r"\d{2,4}", c):
                out.append(f"{path}: join {r.code}: {c!r} is no CAMEO code")
        for p in r.partners:
            if any((r.code.startswith(c) and any(p.startswith(q) for q in ps)) or
                   (p.startswith(c) and any(r.code.startswith(q) for q in ps)) for c, ps in nev):
                out.append(f"{path}: join {r.code} with {p}: opposite acts (a never row)")
    return out
