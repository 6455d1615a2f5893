"""Shared fixtures: every test works on its own store in a temporary folder."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Tests never open a real screen nor the user's own data.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("IREV_DESKTOP_DB", None)

from irev_desktop.paths import KEYS_ENV_VAR, AppPaths
from irev_desktop.services.facade import Services

from .pg_server import PgServer, server_for_tests


@pytest.fixture(autouse=True)
def keys_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Signing keys of a test live in its own folder, never in the user's."""
    folder = tmp_path / "cles"
    monkeypatch.setenv(KEYS_ENV_VAR, str(folder))
    return folder


ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests of the services (tests/services, through the ``engine`` fixture) run on both
    engines: a SQLite file and a PostgreSQL database; ``sqlite_only`` keeps one on the
    file (what it tests is the file's)."""
    if "engine" not in metafunc.fixturenames:
        return
    # A test that makes its own store (neither through ``paths`` nor by asking for the
    # engine) is on a file whatever its engine: run once.
    if metafunc.definition.get_closest_marker("sqlite_only") or not _uses_the_engine(metafunc):
        metafunc.parametrize("engine", ["sqlite"], indirect=True)
        return
    metafunc.parametrize(
        "engine",
        ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)],
        indirect=True,
    )


def _uses_the_engine(metafunc: pytest.Metafunc) -> bool:
    """Whether the test's store follows ``engine``: it goes through ``paths``, or the
    test or one of its fixtures (other than the services' autouse one) asks for it."""
    if "paths" in metafunc.fixturenames:
        return True
    info = metafunc.definition._fixtureinfo
    if "engine" in info.argnames:
        return True
    return any(
        "engine" in definition.argnames and definition.argname != "_on_both_engines"
        for definitions in info.name2fixturedefs.values()
        for definition in definitions
    )


@pytest.fixture
def engine(request: pytest.FixtureRequest) -> str:
    """The engine of the test's store; the file unless the test is parametrised."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def paths(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[AppPaths]:
    if "engine" in request.fixturenames and request.getfixturevalue("engine") == "postgresql":
        server: PgServer = request.getfixturevalue("pg_server")
        template: str = request.getfixturevalue("pg_template")
        name = f"t{next(_database_numbers)}"
        url = server.create_database(name, template=template)
        try:
            yield AppPaths.for_server(url, tmp_path / "donnees")
        finally:
            server.drop_database(name)
        return
    yield AppPaths(db=tmp_path / "donnees" / "irev.sqlite")


_database_numbers = itertools.count(1)


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
    """One throwaway PostgreSQL cluster for the whole session (see tests/pg_server.py)."""
    yield from server_for_tests()


@pytest.fixture(scope="session")
def pg_url(pg_server: PgServer) -> str:
    """The SQLAlchemy URL (``postgresql+psycopg://…``) of an empty database of that server."""
    return pg_server.create_database("irev")


@pytest.fixture(scope="session")
def pg_template(pg_server: PgServer) -> str:
    """A database at the program's schema, which each test's database copies (a copy
    is much faster than running the migrations again)."""
    from irev_desktop.db.server_schema import upgrade_url

    upgrade_url(pg_server.create_database("irev_template"))
    return "irev_template"
