"""Opening a team's database: the revision and the role's rights are read on one
connection, which then serves the first read (the meeting list at start-up)."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from irev_desktop.db.server_schema import libpq_conninfo
from irev_desktop.domain.errors import ServerUnreachableError, StoreError
from irev_desktop.paths import AppPaths
from irev_desktop.services.facade import Services

from ..pg_server import PgServer, free_port

pytestmark = pytest.mark.postgresql

_numbers = itertools.count(1)


@pytest.fixture
def database(pg_server: PgServer) -> Iterator[tuple[str, str]]:
    """The name and URL of a database the test makes on the server, dropped after."""
    name = f"ouverture_{next(_numbers)}"
    yield name, pg_server.url(name)
    pg_server.drop_database(name)


def connections_to(url: str) -> int:
    """How many connections other than this one are open to the database of ``url``."""
    with psycopg.connect(libpq_conninfo(url), autocommit=True) as connection:
        row = connection.execute(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ).fetchone()
    assert row is not None
    return int(row[0])


def tables_of(url: str) -> list[str]:
    with psycopg.connect(libpq_conninfo(url), autocommit=True) as connection:
        rows = connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        ).fetchall()
    return [name for (name,) in rows]


def test_the_first_read_goes_out_on_the_connection_that_opened_the_store(
    pg_server: PgServer, pg_template: str, database: tuple[str, str], tmp_path: Path
) -> None:
    name, url = database
    pg_server.create_database(name, template=pg_template)
    with Services.open(AppPaths.for_server(url, tmp_path), write=True) as services:
        assert services.store.writable and services.store.read_only_reason is None
        assert connections_to(url) == 1
        assert services.listing.meetings() == []
        assert not services.listing.has_organisations()
        assert connections_to(url) == 1  # the same one, no second login
    assert connections_to(url) == 0


def test_a_connection_the_server_dropped_since_the_opening_is_not_used(
    pg_server: PgServer, pg_template: str, database: tuple[str, str], tmp_path: Path
) -> None:
    name, url = database
    pg_server.create_database(name, template=pg_template)
    with Services.open(AppPaths.for_server(url, tmp_path), write=True) as services:
        # As a restart of the server would: the connection kept from the opening is cut.
        with psycopg.connect(libpq_conninfo(url), autocommit=True) as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        deadline = time.monotonic() + 10
        while connections_to(url) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert services.listing.meetings() == []  # on a new connection, not an error


def test_an_empty_database_is_set_up_when_opened_for_writing(
    pg_server: PgServer, database: tuple[str, str], tmp_path: Path
) -> None:
    name, url = database
    pg_server.create_database(name)
    with Services.open(AppPaths.for_server(url, tmp_path), write=True) as services:
        assert services.store.writable
        assert services.listing.meetings() == []
    assert {"alembic_version", "meeting", "organisation"} <= set(tables_of(url))


def test_an_empty_database_opened_for_reading_is_refused_and_left_as_it_is(
    pg_server: PgServer, database: tuple[str, str], tmp_path: Path
) -> None:
    name, url = database
    pg_server.create_database(name)
    with pytest.raises(StoreError, match="pas encore une base IREV Desktop"):
        Services.open(AppPaths.for_server(url, tmp_path), write=False)
    assert tables_of(url) == []
    assert connections_to(url) == 0  # the probe's connection is not left open


def test_a_database_of_a_newer_program_is_refused(
    pg_server: PgServer, pg_template: str, database: tuple[str, str], tmp_path: Path
) -> None:
    name, url = database
    pg_server.create_database(name, template=pg_template)
    with psycopg.connect(libpq_conninfo(url), autocommit=True) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_du_futur'")
    with pytest.raises(StoreError, match="version plus récente") as refused:
        Services.open(AppPaths.for_server(url, tmp_path), write=True)
    assert "9999_du_futur" in refused.value.message
    assert connections_to(url) == 0


def test_a_server_that_does_not_answer_is_said_so(tmp_path: Path) -> None:
    port = free_port()
    url = f"postgresql+psycopg://secretariat:x@127.0.0.1:{port}/irev"
    with pytest.raises(ServerUnreachableError, match="ne répond pas"):
        Services.open(AppPaths.for_server(url, tmp_path), write=True)
