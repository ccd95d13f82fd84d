"""Where the evaluation data lives: ``../shared/data`` beside the repository.

``$LAPWING_SHARED_DATA`` points elsewhere. Scorers and tests read gold data from here; nothing
under it is ever copied into the project.
"""

from __future__ import annotations

import os
from pathlib import Path

DATA_ENV = "LAPWING_SHARED_DATA"


def shared_data_dir() -> Path:
    """``../shared/data`` relative to the repository root (or ``$LAPWING_SHARED_DATA``)."""
    env = os.environ.get(DATA_ENV)
    if env:
        return Path(env)
    for parent in Path(__file__).resolve().parents:
        if (parent / "pyproject.toml").exists():
            return parent.parent / "shared" / "data"
    return Path.cwd().parent / "shared" / "data"


def ratio(num: float, den: float, digits: int = 4) -> float:
    """``num / den`` rounded, 0.0 when there is nothing to divide by."""
    return round(num / den, digits) if den else 0.0


def prf(tp: int, npred: int, ngold: int) -> dict[str, float]:
    """Precision, recall and F1 from true positives, predictions and gold items (rounded to 4)."""
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
