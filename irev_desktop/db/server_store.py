"""A team's store: one PostgreSQL database, behind the same interface as a file store.

The services see ``reading``, ``writing``, ``write_connection`` and ``plain_reading``
as they do on a file (``db.store.Store``). Differences stay here: there is no
one-writer lock (the server serialises writers), the plain reads go through psycopg 3
with the qmark SQL the services write (``db.plain_sql``), and a failure is said as
the server's, not a file's.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING, Any

from irev_desktop.db import server_errors
from irev_desktop.db.kinds import POSTGRESQL, Dialect
from irev_desktop.db.plain_sql import QmarkConnection
from irev_desktop.db.server_notices import Notices
from irev_desktop.db.server_schema import CONNECT_TIMEOUT_SECONDS
from irev_desktop.db.store import Store
from irev_desktop.domain.errors import StoreError, StoreInUseError
from irev_desktop.model.changes import Changes
from irev_desktop.paths import AppPaths

# libpq's TCP settings: a network that silently drops packets (no refusal, no reset) is
# found out in seconds, not after the system's minutes, so that nothing waits on it long.
LINK_SETTINGS: dict[str, Any] = {
    "connect_timeout": CONNECT_TIMEOUT_SECONDS,
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 2,
    "tcp_user_timeout": CONNECT_TIMEOUT_SECONDS * 1000,
}

if TYPE_CHECKING:
    import psycopg
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session


class ServerStore(Store):
    """One PostgreSQL database of a team, opened by its URL (``paths.url``). A ``Store``
    for the services: every method they use is its own here."""

    dialect: Dialect = POSTGRESQL

    def __init__(  # the file store's lock and file checks have no place here
        self, paths: AppPaths, url: str, read_only_reason: str | None
    ) -> None:
        assert paths.url is not None
        self.paths = paths
        self.url = url  # with the password, if one was found: never shown
        self.read_only_reason = read_only_reason
        self._server_plain: dict[int, QmarkConnection] = {}
        # A connection open and unused, given to the first thread that reads.
        self._spare: QmarkConnection | None = None
        self._plain_lock = threading.Lock()
        self.commit_listeners: list[Callable[[Any], None]] = []
        self.notices = Notices(lambda: _connect(self.url))
        self._applying = threading.local()

    @classmethod
    def open_server(cls, paths: AppPaths, *, write: bool, create: bool = True) -> ServerStore:
        """Connect to the database at ``paths.url``. A database without the program's
        tables is set up (``create``, with ``write``); an older schema is brought to the
        program's. Opened with ``write`` by a role that may only read, the store opens
        for reading and ``read_only_reason`` says why."""
        from irev_desktop.db import server_schema

        assert paths.url is not None
        url = server_schema.with_saved_password(paths.url)
        label = paths.label
        connection: psycopg.Connection[Any] | None = None
        try:
            connection = _connect(url)
            revision, may_write = server_schema.probe(connection)
            if revision != server_schema.head_revision():
                server_schema.check_upgradable(label, revision, write=write and create)
                server_schema.upgrade_url(url)
        except Exception as error:
            if connection is not None:
                connection.close()
            if server_errors.sqlstate(error) == server_errors.PRIVILEGE_SQLSTATE:
                # Only the tables' owner may make or change them.
                raise StoreError(
                    "La base {db} doit être préparée ou mise à jour, et votre rôle ne le "
                    "permet pas : demandez à la personne qui administre le serveur de lancer "
                    "« irev-desktop --db URL server init ».",
                    db=label,
                ) from error
            raise server_errors.translate(error, label) from error
        reason = None
        if not write or not may_write:
            reason = server_errors.read_only_message(label, role_may_write=may_write)
        store = cls(paths, url, reason)
        # The first read (the meeting list) goes out on the probe's connection: one
        # connection and its authentication fewer before the list is shown.
        store._spare = QmarkConnection(connection)
        return store

    @property
    def writable(self) -> bool:
        return self.read_only_reason is None

    @cached_property
    def engine(self) -> Engine:
        from sqlalchemy import create_engine

        from irev_desktop.db.server_schema import server_url

        return create_engine(
            server_url(self.url),
            pool_pre_ping=True,
            connect_args=dict(LINK_SETTINGS),
        )

    def close(self) -> None:
        self.notices.close()
        self.drop_connections()

    def drop_connections(self) -> None:
        with self._plain_lock:
            for connection in self._server_plain.values():
                connection.close()
            self._server_plain.clear()
            if self._spare is not None:
                self._spare.close()
                self._spare = None
        if "engine" in self.__dict__:
            self.engine.dispose()

    def on_commit(self, listener: Callable[[Any], None]) -> None:
        """Also hear, from then on, what the other computers of the team write."""
        self.commit_listeners.append(listener)
        self.notices.listen(self._heard)

    def _heard(self, report: object, _missed: bool) -> None:
        changes = Changes.from_json(report)
        for listener in list(self.commit_listeners):
            try:
                listener(changes)
            except Exception:
                logging.getLogger(__name__).exception("Un abonné aux changements a échoué")

    def _server_connection(self) -> QmarkConnection:
        thread = threading.get_ident()
        with self._plain_lock:
            connection = self._server_plain.get(thread)
            if connection is None:
                connection, self._spare = self._spare, None  # the opening's, if unused
                if connection is not None and not connection.quiet():
                    connection.close()  # dropped by the server since: a new one instead
        if connection is None or connection.closed:
            connection = QmarkConnection(_connect(self.url))
        with self._plain_lock:
            self._server_plain[thread] = connection
        return connection

    @contextmanager
    def plain_reading(self) -> Iterator[QmarkConnection]:  # type: ignore[override]
        """One read through psycopg alone, in one snapshot (REPEATABLE READ, READ ONLY).
        A read nested in another on the same thread shares its snapshot."""
        label = self.paths.label
        try:
            connection = self._server_connection()
            outermost = not connection.in_transaction
            if outermost:
                connection.begin_snapshot()
        except Exception as error:
            self._forget_plain()
            raise server_errors.translate(error, label) from error
        try:
            yield connection
        except Exception as error:
            if not isinstance(error, StoreError) and server_errors.is_server_error(error):
                self._forget_plain()
                raise server_errors.translate(error, label) from error
            raise
        finally:
            if outermost and not connection.closed and connection.in_transaction:
                try:
                    connection.rollback()
                except Exception:  # the link broke: the next read opens another
                    self._forget_plain()

    def _forget_plain(self) -> None:
        with self._plain_lock:
            connection = self._server_plain.pop(threading.get_ident(), None)
        if connection is not None:
            connection.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        from sqlalchemy.orm import Session

        with self._said(), Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        self._require_writable()
        with self._said(), self.engine.begin() as connection:
            self._claim(connection)
            yield connection

    @contextmanager
    def writing(self) -> Iterator[Session]:
        from sqlalchemy.orm import Session

        self._require_writable()
        with (
            self._said(),
            Session(self.engine, expire_on_commit=False, info={"store": self}) as session,
            session.begin(),
        ):
            self._claim(session.connection())
            yield session

    @contextmanager
    def _said(self) -> Iterator[None]:
        """A failure of the server, raised as the French message a user can act on."""
        try:
            yield
        except Exception as error:
            if isinstance(error, StoreError) or not server_errors.is_server_error(error):
                raise
            raise server_errors.translate(error, self.paths.label) from error

    @contextmanager
    def applying(self, entry_id: str) -> Iterator[None]:
        """The next write transaction on this thread records ``entry_id`` (an act of the
        séance journal) in ``journal_applied`` with its own rows, or raises
        ``AlreadyAppliedError`` if the server has it already: an act is made once."""
        self._applying.entry = entry_id
        try:
            yield
        finally:
            self._applying.entry = None

    def _claim(self, connection: Connection) -> None:
        entry = getattr(self._applying, "entry", None)
        if entry is None:
            return
        self._applying.entry = None  # the act's first write only
        from sqlalchemy import text

        inserted = connection.execute(
            text(
                "INSERT INTO journal_applied (entry_id) VALUES (:entry) "
                "ON CONFLICT (entry_id) DO NOTHING RETURNING entry_id"
            ),
            {"entry": entry},
        ).first()
        if inserted is None:
            raise server_errors.AlreadyAppliedError(entry)

    def _require_writable(self) -> None:
        if self.read_only_reason is not None:
            raise StoreInUseError(self.read_only_reason)


def _connect(url: str) -> psycopg.Connection[Any]:
    import psycopg

    from irev_desktop.db.server_schema import libpq_conninfo

    return psycopg.connect(libpq_conninfo(url), autocommit=True, **LINK_SETTINGS)
