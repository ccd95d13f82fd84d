#!/usr/bin/env python
"""Write docs/record.schema.json: the JSON Schema of ArticleRecord (from lapwing.schema.json_schema()).

    python scripts/write_schema.py          # (re)write the file
    python scripts/write_schema.py --check  # exit 1 if the committed file is out of date
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "docs" / "record.schema.json"


def render() -> str:
    from lapwing.schema import json_schema

    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", **json_schema()}
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is out of date: run python scripts/write_schema.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
