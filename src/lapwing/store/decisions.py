"""An act told as a decision another party reacts to is the act itself.

"France condemned Algeria's decision to expel twelve French diplomats", "Nicaragua rejected Paraguay's decision to
cut diplomatic relations", "Kinshasa criticised Burundi's decision to pull its troops out": the reaction names the
act other outlets report as done ("Algeria expelled 12 French embassy staff"). The coder reads the verb after
"decision to" as a plan, a threat (136: "threaten to halt international involvement") or an intent (0356: "intent to
de-escalate"), future, or as negated by the reaction's verb ("rejected"); left so, the reaction's mention lies in
another root family than the act and never joins it.

A mention whose trigger follows a decision noun and "to" (``lexicons/decided_acts.tsv``: frame rows; an adverb may
stand between: "decision to abruptly expel") is read as the act decided: a plan's code becomes the act's by CAMEO's
own parallel of threats and intents with acts (act rows: 1313 -> 161, 0356 -> 087), and a negated or hypothetical
status becomes future (decided; the reaction's "rejected" or "would" is not about whether it was decided), and the
day the sentence names, the reaction's, is a bound: the act was decided then or up to three days before. Any other
code stays the coder's (an act already coded as one: "rejected the decision to cut relations", 161). The act's
actors, days and place must still agree with the other reports; another country's decision, or one of another week,
stays apart.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from lapwing.lexicons.tsv import rows
from lapwing.store.mention_days import UNDATED_DAYS

FILE = Path(__file__).resolve().parent.parent / "lexicons" / "decided_acts.tsv"
#: How far before the trigger the frame is looked for (characters): "decision to" and an adverb.
_REACH = 40
#: The statuses a decided act is not: the reaction's negation or condition is about the decision, not the act's being decided.
_UNDECIDED = frozenset({"negated", "hypothetical"})


@lru_cache(maxsize=1)
def _table(path: Path = FILE) -> tuple[re.Pattern[str], tuple[tuple[str, str], ...]]:
    nouns: list[str] = []
    acts: list[tuple[str, str]] = []
    for _line, (kind, code, act) in rows(path, 3):
        if kind == "frame":
            nouns.append(re.escape(code))
        elif kind == "act":
            acts.append((code, act))
        else:
            raise ValueError(f"{path}: unknown kind {kind!r}")
    frame = re.compile(r"\b(?:" + "|".join(nouns) + r")\s+to\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
    # the longest plan code first: "1321" before "132"
    return frame, tuple(sorted(acts, key=lambda a: -len(a[0])))


def told_as_decision(text: str, trigger_start: int) -> bool:
    """The trigger at ``trigger_start`` of ``text`` is the verb of a decision ("Algeria's decision to expel")."""
    if trigger_start <= 0:
        return False
    return bool(_table()[0].search(text[max(0, trigger_start - _REACH):trigger_start]))


def decided_act(cameo: str) -> str:
    """The code of the act a plan's code names (``act`` rows), or the code itself."""
    for plan, act in _table()[1]:
        if cameo.startswith(plan):
            return act
    return cameo


def decided_status(status: str) -> str:
    """A decided act's status: negated or hypothetical becomes future (decided); any other stays."""
    return "future" if status in _UNDECIDED else status


def decided_days(d0: date | None, d1: date | None, precise: bool) -> tuple[date | None, date | None, bool]:
    """A decided act's days: the day the sentence names is the reaction's ("criticised on Thursday Burundi's decision
    to pull its troops out"), and the act was decided then or before: up to ``UNDATED_DAYS`` before it, as an act
    told with no date of its own is, and no one day (the act's own reports name theirs: "began withdrawing on
    Wednesday")."""
    if d1 is None:
        return d0, d1, precise
    return min(d0 or d1, d1 - timedelta(days=UNDATED_DAYS)), d1, False


def check(path: Path = FILE) -> list[str]:
    """Problems of the table: a plan or act code that is no CAMEO code, an act code that is itself a plan."""
    from lapwing.extract.events.lexicon_loader import load_cameo

    known = set(load_cameo())
    out: list[str] = []
    try:
        _frame, acts = _table.__wrapped__(path)  # read afresh, past the cache, which it leaves as it was
    except ValueError as exc:
        return [str(exc)]
    for plan, act in acts:
        for c in (plan, act):
            if c not in known:
                out.append(f"{c!r} is no CAMEO code")
        if act[:2] in ("03", "13"):
            out.append(f"{plan} -> {act}: the act is itself a plan")
    return out
