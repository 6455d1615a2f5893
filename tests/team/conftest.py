"""A server of one's own, for the tests that stop it (the session's is shared, and
trades durability for speed: a crash would lose what it acknowledged)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ..pg_server import PgServer, server_for_tests


@pytest.fixture(scope="module")
def own_server() -> Iterator[PgServer]:
    yield from server_for_tests(durable=True)
