"""Fixtures shared by the test files."""

from __future__ import annotations

import pytest

pytest_plugins = ["store_fixtures"]  # backend, new_db, store: the store tests on DuckDB and PostgreSQL


@pytest.fixture(scope="session")
def pipe():
    """The shipped pipeline with every default extractor (loaded once for the whole run)."""
    from lapwing.pipeline import Pipeline

    return Pipeline.create()
