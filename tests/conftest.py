"""Shared fixtures: every test works on its own store in a temporary folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Tests never open a real screen nor the user's own data.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("IREV_DESKTOP_DB", None)

from irev_desktop.paths import KEYS_ENV_VAR, AppPaths
from irev_desktop.services.facade import Services

from .pg_server import PgServer, ServerUnavailable


@pytest.fixture(autouse=True)
def keys_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Signing keys of a test live in its own folder, never in the user's."""
    folder = tmp_path / "cles"
    monkeypatch.setenv(KEYS_ENV_VAR, str(folder))
    return folder


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(db=tmp_path / "donnees" / "irev.sqlite")


@pytest.fixture
def services(paths: AppPaths) -> Iterator[Services]:
    with Services.open(paths, write=True) as opened:
        yield opened


@pytest.fixture
def demo(services: Services) -> Services:
    from irev_desktop.sample_data.demo import load_demo

    load_demo(services)
    return services


# A real PostgreSQL server (tests marked ``postgresql``) ----------------------------------


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One throwaway PostgreSQL cluster for the whole session (see tests/pg_server.py).

    Without the server tools the tests that need it are skipped, and fail under CI
    (``CI`` set), where a skip would hide that they never ran."""
    try:
        server = PgServer.start()
    except ServerUnavailable as missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the PostgreSQL tests: {missing}")
        pytest.skip(f"pas de serveur PostgreSQL sur cette machine : {missing}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_url(pg_server: PgServer) -> str:
    """The SQLAlchemy URL (``postgresql+psycopg://…``) of an empty database of that server."""
    return pg_server.create_database("irev")
