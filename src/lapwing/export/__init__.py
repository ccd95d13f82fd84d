"""Writing records out: JSON Lines (``lapwing extract``) and store exports (``lapwing export``)."""

from lapwing.export.jsonl import JsonlWriter, read_jsonl, write_jsonl

__all__ = ["JsonlWriter", "read_jsonl", "write_jsonl"]
