"""A raw connection to a test's store, whatever its engine: what someone who edits the
database behind the program's back would use (the sqlite3 module on a file, psycopg on a
server), so that a test of tampering runs on both engines with the same SQL.

The SQL is written with qmark parameters (``?``), as the sqlite3 module takes them; on a
server they become ``%s`` (``db.plain_sql.pyformat``). The store's columns carry no
PostgreSQL enum type (enums are plain text on both engines), dates and times are compared
by the server to a text literal, booleans are real booleans there: write ``TRUE`` and
``FALSE``, which SQLite reads too. One statement per ``execute`` (psycopg has no
``executescript``).

On a server the connection is the database owner's (the tests' role), who steps around
the triggers that freeze signed minutes (migration ``0010_server_guards``) as the
program's own archive import does (``irev.chargement``): what the seal must then see is
what these tests check; that the guards refuse a team member is tests/team's.

The content of attached files is in a folder beside the file, in the table ``piece`` on a
server (``services.pieces``): ``read_piece`` and ``replace_piece`` reach it on both."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Literal, Protocol

from irev_desktop.db.plain_sql import pyformat
from irev_desktop.paths import AppPaths
from irev_desktop.services.pieces import stored_path

Engine = Literal["sqlite", "postgresql"]
Statement = str | tuple[str, Sequence[object]]


class Rows(Protocol):
    """What ``execute`` returns on both engines (a sqlite3 or a psycopg cursor)."""

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...


class RawConnection:
    """One transaction on the store, by the database's own driver."""

    def __init__(self, connection: Any, engine: Engine) -> None:
        self.connection = connection
        self.engine: Engine = engine

    def execute(self, sql: str, parameters: Sequence[object] = (), /) -> Rows:
        if self.engine == "sqlite":
            cursor: Rows = self.connection.execute(sql, tuple(parameters))
            return cursor
        # Always with a tuple, even empty, so that pyformat's doubled ``%`` is read back.
        rows: Rows = self.connection.execute(pyformat(sql), tuple(parameters))
        return rows


@contextmanager
def raw_connection(paths: AppPaths, *, foreign_keys: bool = True) -> Iterator[RawConnection]:
    """A connection to the store of ``paths``, in one transaction committed when the block
    ends without an error (rolled back otherwise), then closed.

    ``foreign_keys=False`` writes without the foreign keys' checks nor their cascades: on
    the file ``PRAGMA foreign_keys = OFF`` (the sqlite3 module's default), on a server
    ``SET LOCAL session_replication_role = replica`` (the tests' role is a superuser).
    Otherwise they hold on both engines."""
    if paths.url is None:
        connection = sqlite3.connect(paths.db)
        try:
            connection.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
            with connection:  # commits, or rolls back on an error
                yield RawConnection(connection, "sqlite")
        finally:
            connection.close()
        return

    import psycopg

    from irev_desktop.db.server_schema import libpq_conninfo

    with psycopg.connect(libpq_conninfo(paths.url), autocommit=False) as server:
        # Leaving the block commits, or rolls back on an error, then closes.
        server.execute("SET LOCAL irev.chargement = 'on'")
        if not foreign_keys:
            server.execute("SET LOCAL session_replication_role = replica")
        yield RawConnection(server, "postgresql")


def run_sql(paths: AppPaths, *statements: Statement, foreign_keys: bool = True) -> None:
    """Run ``statements`` (SQL, or SQL and its parameters) in one transaction."""
    with raw_connection(paths, foreign_keys=foreign_keys) as connection:
        for statement in statements:
            if isinstance(statement, str):
                connection.execute(statement)
            else:
                connection.execute(*statement)


def stored_bytes(paths: AppPaths) -> bytes:
    """Everything the store holds, as bytes to search: the file itself, or every row of
    every table of the server's database as PostgreSQL writes it (binary as hex)."""
    if paths.url is None:
        return b"".join(
            path.read_bytes()
            for path in (paths.db, paths.db.with_name(paths.db.name + "-wal"))
            if path.exists()
        )
    with raw_connection(paths) as connection:
        tables = connection.execute(
            "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) "
            "FROM information_schema.tables "
            "WHERE table_type = 'BASE TABLE' "
            "AND table_schema NOT IN ('pg_catalog', 'information_schema') "
            "ORDER BY 1"
        ).fetchall()
        rows = [
            text
            for (table,) in tables
            for (text,) in connection.execute(f"SELECT t::text FROM {table} AS t").fetchall()
        ]
    return "\n".join(rows).encode()


def stored_pieces(paths: AppPaths) -> list[str]:
    """The SHA-256 of every content stored, sorted: the files of the folder beside the
    file (a partial file left by a kill is not one), or the rows of ``piece``."""
    if paths.url is None:
        folder = paths.attachments_dir
        return sorted(
            p.name for p in folder.glob("*/*") if p.is_file() and p.parent.name == p.name[:2]
        )
    with raw_connection(paths) as connection:
        rows = connection.execute("SELECT sha256 FROM piece").fetchall()
    return sorted(sha256 for (sha256,) in rows)


def read_piece(paths: AppPaths, sha256: str) -> bytes:
    """The stored content of an attached file (or of a kept PDF)."""
    if paths.url is None:
        return stored_path(paths.attachments_dir, sha256).read_bytes()
    with raw_connection(paths) as connection:
        row = connection.execute("SELECT data FROM piece WHERE sha256 = ?", (sha256,)).fetchone()
    if row is None:
        raise FileNotFoundError(sha256)
    return bytes(row[0])


def replace_piece(paths: AppPaths, sha256: str, data: bytes | None) -> None:
    """Replace the stored content named ``sha256`` by ``data``, or remove it (``None``),
    behind the program's back: the file in the folder, or the row of ``piece``."""
    if paths.url is None:
        path = stored_path(paths.attachments_dir, sha256)
        if data is None:
            path.unlink()
        else:
            if path.exists():
                path.chmod(0o644)  # the program keeps its copies read-only
            path.write_bytes(data)
        return
    with raw_connection(paths) as connection:
        connection.execute("DELETE FROM piece WHERE sha256 = ?", (sha256,))
        if data is not None:
            connection.execute(
                "INSERT INTO piece (sha256, size, data) VALUES (?, ?, ?)",
                (sha256, len(data), data),
            )
