"""Opening a store file and handing out one session per user action.

Opening needs only the sqlite3 module: SQLAlchemy (half a second to import) is loaded
by the first ORM read or write, so the start screen can be read before it, through
``plain_reading``.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING

from irev_desktop.db import schema, sqlite_files
from irev_desktop.db.instance_lock import InstanceLock
from irev_desktop.domain.errors import StoreCorruptError, StoreInUseError, StoreWriteError
from irev_desktop.paths import AppPaths

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session


def in_use_message(paths: AppPaths) -> str:
    return (
        f"La base {paths.db} est ouverte par une autre instance d'IREV Desktop : "
        "elle peut être consultée, mais pas modifiée. Fermez l'autre fenêtre puis réessayez."
    )


class Store:
    """One store file, opened for reading or for writing.

    Opened for writing, it holds the instance lock until closed, so a second copy of
    the program can still read but never write.
    """

    def __init__(self, paths: AppPaths, lock: InstanceLock) -> None:
        self.paths = paths
        self._lock = lock
        # One plain connection per thread, kept: opening one parses the whole schema.
        self._plain: dict[int, sqlite3.Connection] = {}

    @cached_property
    def engine(self) -> Engine:
        from irev_desktop.db.engine import sqlite_engine

        return sqlite_engine(self.paths.db)

    @cached_property
    def _write_engine(self) -> Engine:
        from irev_desktop.db.engine import WRITE_OPTION

        return self.engine.execution_options(**{WRITE_OPTION: True})

    @classmethod
    def open(cls, paths: AppPaths, *, write: bool) -> Store:
        sqlite_files.check_readable(paths.db, paths.latest_backup())
        lock = InstanceLock(paths.lock_file)
        holds = lock.try_acquire()
        if write and not holds:
            raise StoreInUseError(in_use_message(paths))
        try:
            if schema.needs_upgrade(paths.db):
                if not holds:
                    raise StoreInUseError(in_use_message(paths))
                paths.db.parent.mkdir(parents=True, exist_ok=True)
                schema.upgrade(paths.db, paths.backups_dir)
            if holds:
                sqlite_files.enable_wal(paths.db)
        except sqlite3.DatabaseError as error:
            lock.release()
            raise translate(error, paths) from error
        except BaseException:
            lock.release()
            raise
        if not write:
            lock.release()
        return cls(paths, lock)

    @property
    def writable(self) -> bool:
        return self._lock.held

    def close(self) -> None:
        self.drop_connections()
        self._lock.release()

    def drop_connections(self) -> None:
        """Close every idle connection (before the file is replaced); new ones open on demand."""
        for connection in self._plain.values():
            connection.close()
        self._plain.clear()
        if "engine" in self.__dict__:  # never import SQLAlchemy just to close
            self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @contextmanager
    def plain_reading(self) -> Iterator[sqlite3.Connection]:
        """One read through the sqlite3 module alone, in one snapshot: for the lists
        shown at start-up, before SQLAlchemy is loaded. The connection cannot write. A
        read nested in another on the same thread shares its snapshot."""
        try:
            connection = self._plain_connection()
            outermost = not connection.in_transaction
            if outermost:
                connection.execute("BEGIN")
        except sqlite3.DatabaseError as error:
            raise translate(error, self.paths) from error
        try:
            yield connection
        except sqlite3.DatabaseError as error:
            raise translate(error, self.paths) from error
        finally:
            if outermost and connection.in_transaction:
                connection.execute("ROLLBACK")  # ends the snapshot: nothing was written

    def _plain_connection(self) -> sqlite3.Connection:
        thread = threading.get_ident()
        connection = self._plain.get(thread)
        if connection is None:
            connection = sqlite3.connect(
                self.paths.db,
                timeout=sqlite_files.BUSY_TIMEOUT_SECONDS,
                isolation_level=None,
                check_same_thread=False,  # closed by close(), from whichever thread
            )
            connection.execute("PRAGMA query_only=ON")
            self._plain[thread] = connection
        return connection

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for one read; nothing it does is committed."""
        from sqlalchemy import exc
        from sqlalchemy.orm import Session

        try:
            with Session(self.engine, expire_on_commit=False) as session:
                yield session
        except exc.DBAPIError as error:
            raise translate(error, self.paths) from error

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """One read on a bare connection: for lists read often and in bulk."""
        from sqlalchemy import exc

        try:
            with self.engine.connect() as connection:
                yield connection
        except exc.DBAPIError as error:
            raise translate(error, self.paths) from error

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """One write transaction on a bare connection: the fast path for autosaves."""
        from sqlalchemy import exc

        if not self.writable:
            raise StoreInUseError(in_use_message(self.paths))
        try:
            with self._write_engine.begin() as connection:
                yield connection
        except exc.DBAPIError as error:
            raise translate(error, self.paths) from error

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE), committed on success, else rolled back."""
        from sqlalchemy import exc
        from sqlalchemy.orm import Session

        if not self.writable:
            raise StoreInUseError(in_use_message(self.paths))
        try:
            with (
                Session(self._write_engine, expire_on_commit=False) as session,
                session.begin(),
            ):
                yield session
        except exc.DBAPIError as error:
            raise translate(error, self.paths) from error


def translate(error: BaseException, paths: AppPaths) -> Exception:
    """A database failure as the message a user can act on."""
    original = getattr(error, "orig", None) or error
    text = str(original).lower()
    if "locked" in text or "busy" in text:
        return StoreInUseError(in_use_message(paths))
    if "disk is full" in text or "database or disk is full" in text:
        return StoreWriteError(f"Le disque est plein : {paths.db} n'a pas pu être écrit.")
    if "readonly" in text or "read-only" in text:
        return StoreWriteError(
            f"Le fichier {paths.db} (ou son dossier) est en lecture seule : rien n'a été écrit."
        )
    if isinstance(original, sqlite3.DatabaseError) and (
        "malformed" in text or "not a database" in text or "disk i/o" in text
    ):
        return StoreCorruptError(
            sqlite_files.corrupt_message(paths.db, paths.latest_backup(), str(original))
        )
    if isinstance(error, Exception):
        return error
    return RuntimeError(str(error))
