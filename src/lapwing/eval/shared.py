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
