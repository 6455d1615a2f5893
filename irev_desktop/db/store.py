"""Opening a store file and handing out one session per user action."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, exc
from sqlalchemy.orm import Session

from irev_desktop.db import schema, sqlite_files
from irev_desktop.db.engine import WRITE_OPTION, enable_wal, sqlite_engine
from irev_desktop.db.instance_lock import InstanceLock
from irev_desktop.domain.errors import StoreCorruptError, StoreInUseError
from irev_desktop.paths import AppPaths


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

    def __init__(self, paths: AppPaths, engine: Engine, lock: InstanceLock) -> None:
        self.paths = paths
        self.engine = engine
        self._lock = lock
        self._write_engine = engine.execution_options(**{WRITE_OPTION: True})

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
                enable_wal(paths.db)
        except sqlite3.DatabaseError as error:
            lock.release()
            raise translate(error, paths) from error
        except BaseException:
            lock.release()
            raise
        if not write:
            lock.release()
        return cls(paths, sqlite_engine(paths.db), lock)

    @property
    def writable(self) -> bool:
        return self._lock.held

    def close(self) -> None:
        self.engine.dispose()
        self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for one read; nothing it does is committed."""
        try:
            with Session(self.engine, expire_on_commit=False) as session:
                yield session
        except exc.DBAPIError as error:
            raise translate(error, self.paths) from error

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """One read on a bare connection: for lists read often and in bulk."""
        try:
            with self.engine.connect() as connection:
                yield connection
        except exc.DBAPIError as error:
            raise translate(error, self.paths) from error

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """One write transaction on a bare connection: the fast path for autosaves."""
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
    if isinstance(original, sqlite3.DatabaseError) and (
        "malformed" in text or "not a database" in text or "disk i/o" in text
    ):
        return StoreCorruptError(
            sqlite_files.corrupt_message(paths.db, paths.latest_backup(), str(original))
        )
    if isinstance(error, Exception):
        return error
    return RuntimeError(str(error))
