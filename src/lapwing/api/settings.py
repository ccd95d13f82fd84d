"""How the API server is configured: a TOML file (``lapwing serve --config``) and the environment.

```toml
[api]
token = "a long random string"     # bearer token for writes (POST /articles?store=true)
protect_reads = false              # true: every GET needs the token too
max_body_bytes = 5000000           # larger request bodies get 413
max_batch = 100                    # more articles in one POST get 413
```

``LAPWING_API_TOKEN`` in the environment overrides ``token``. Without a token, writes are refused
(403) and reads stay open.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

ENV_TOKEN = "LAPWING_API_TOKEN"


class SettingsError(ValueError):
    """A configuration that cannot be used; the message says what to change."""


@dataclass(frozen=True)
class ApiSettings:
    db: str = "lapwing.duckdb"
    token: str | None = None
    protect_reads: bool = False
    max_body_bytes: int = 5_000_000
    max_batch: int = 100
    max_page: int = 500  # largest ``limit`` of a page of events or quotes
    max_map_features: int = 10_000

    @classmethod
    def load(cls, db: str | Path, config: str | Path | None = None, env: dict[str, str] | None = None,
             **overrides: Any) -> "ApiSettings":
        env = dict(os.environ) if env is None else env
        values: dict[str, Any] = {}
        if config is not None:
            try:
                data = tomllib.loads(Path(config).read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise SettingsError(f"cannot read the config file {config}: {exc}") from exc
            section = data.get("api", data)
            known = {f.name for f in fields(cls)} - {"db"}
            unknown = sorted(set(section) - known)
            if unknown:
                raise SettingsError(f"unknown key(s) in {config}: {', '.join(unknown)}; known: {', '.join(sorted(known))}")
            values.update(section)
        if env.get(ENV_TOKEN):
            values["token"] = env[ENV_TOKEN]
        values.update({k: v for k, v in overrides.items() if v is not None})
        s = replace(cls(), db=str(db), **values)
        s.check()
        return s

    def check(self) -> None:
        if self.token is not None and len(self.token) < 8:
            raise SettingsError("the API token must be at least 8 characters long")
        if self.protect_reads and not self.token:
            raise SettingsError(f"protect_reads needs a token: set {ENV_TOKEN} or 'token' in the config")
        for name in ("max_body_bytes", "max_batch", "max_page", "max_map_features"):
            if int(getattr(self, name)) < 1:
                raise SettingsError(f"{name} must be a positive number")
