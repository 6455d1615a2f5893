"""The services' tests run on both engines (``engine``, see tests/conftest.py)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _on_both_engines(engine: str) -> str:
    """Pull ``engine`` into every test here, so that each runs on the file and on the
    server (``pytest -m postgresql`` runs only the server's)."""
    return engine
