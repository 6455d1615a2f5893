"""Opening a store file and handing out one session per user action.

Opening needs only the sqlite3 module: SQLAlchemy (half a second to import) is loaded
by the first ORM read or write, so the start screen can be read before it, through
``plain_reading``.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING, Any

from irev_desktop.db import schema, sqlite_files
from irev_desktop.db.instance_lock import StoreLock
from irev_desktop.db.kinds import SQLITE, Dialect
from irev_desktop.domain.errors import (
    StoreCorruptError,
    StoreError,
    StoreInUseError,
    StoreWriteError,
)
from irev_desktop.paths import AppPaths

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session


def in_use_message(paths: AppPaths) -> str:
    return in_use_error(paths).message


def in_use_error(paths: AppPaths) -> StoreInUseError:
    return StoreInUseError(
        "La base {db} est ouverte par une autre instance d'IREV Desktop : elle peut être "
        "consultée, mais pas modifiée. Fermez l'autre fenêtre puis réessayez.",
        db=paths.db,
    )


class StoreNotWritableError(StoreInUseError):
    """The store can be read but not written here: its file or its folder is read-only.

    A ``StoreInUseError``, so that whoever falls back to reading a store in use by
    another instance (the window) does the same here, and shows the reason."""


class Store:
    """One store file, opened for reading or for writing.

    Opened for writing, it holds the instance lock until closed, so a second copy of
    the program can still read but never write. Opened for reading, ``read_only_reason``
    says why it could not be written (in use elsewhere, file or folder read-only).
    A team's PostgreSQL database is a ``db.server_store.ServerStore``, which ``open``
    returns for a server's paths.
    """

    dialect: Dialect = SQLITE

    def __init__(
        self, paths: AppPaths, lock: StoreLock, read_only_reason: str | None = None
    ) -> None:
        self.paths = paths
        self._lock = lock
        self.read_only_reason: str | None = (
            None if lock.held else read_only_reason or read_only_message(paths)
        )
        # A WAL store in a folder we may not write to can be read only as immutable.
        self._immutable = not lock.held and sqlite_files.needs_immutable(paths.db)
        # One plain connection per thread, kept: opening one parses the whole schema.
        self._plain: dict[int, sqlite3.Connection] = {}
        self.commit_listeners: list[Callable[[Any], None]] = []

    @cached_property
    def engine(self) -> Engine:
        from irev_desktop.db.engine import sqlite_engine

        engine = sqlite_engine(self.paths.db)
        if self._immutable:
            from sqlalchemy import event

            uri = sqlite_files.connection_uri(self.paths.db)

            @event.listens_for(engine, "do_connect")
            def _immutable(
                _dialect: object, _record: object, cargs: list[object], cparams: dict[str, object]
            ) -> None:
                cargs[:] = [uri]
                cparams["uri"] = True

        return engine

    @cached_property
    def _write_engine(self) -> Engine:
        from irev_desktop.db.engine import WRITE_OPTION

        return self.engine.execution_options(**{WRITE_OPTION: True})

    @classmethod
    def open(cls, paths: AppPaths, *, write: bool, create: bool = True) -> Store:
        """Open the store at ``paths.db``.

        ``write``: hold the one-writer lock, or raise ``StoreInUseError`` (another
        instance has it) or ``StoreNotWritableError`` (file or folder read-only).
        ``create`` (with ``write``): a missing store is created, its folder too.
        Opened for reading, nothing is ever written: a missing, empty or outdated store
        is refused with a message."""
        if paths.url is not None:
            from irev_desktop.db.server_store import ServerStore

            return ServerStore.open_server(paths, write=write, create=create)
        db = paths.db
        if not write or not create:
            require_store(paths)
        sqlite_files.check_readable(db, paths.latest_backup())
        denied = sqlite_files.write_denied(db)
        if write and denied:
            raise StoreNotWritableError(denied)
        if write and not db.exists():
            try:
                db.parent.mkdir(parents=True, exist_ok=True)
                db.touch()  # the file exists, with its inode, before it is locked
            except OSError as error:
                raise StoreWriteError(
                    "La base {db} ne peut pas être créée : {cause}.",
                    db=db,
                    cause=sqlite_files.os_error_text(error),
                ) from error
        lock = StoreLock(db, paths.lock_file)
        try:
            free = lock.try_acquire(create=write)
        except OSError as error:
            if write:
                raise StoreWriteError(
                    "Le verrou {lock} ne peut pas être créé "
                    "({cause}) : la base ne peut pas être modifiée.",
                    lock=paths.lock_file,
                    cause=sqlite_files.os_error_text(error),
                ) from error
            free = True  # no lock can be taken here: then nobody else holds one either
        if write and not free:
            raise in_use_error(paths)
        reason = denied or (None if free else in_use_message(paths))
        if not write:
            lock.release()
        try:
            if schema.needs_upgrade(db):
                if not write:
                    raise StoreError(not_upgradable_message(paths))
                schema.upgrade(db, paths.backups_dir)
            if write:
                sqlite_files.enable_wal(db)
        except sqlite3.DatabaseError as error:
            lock.release()
            raise translate(error, paths) from error
        except BaseException:
            lock.release()
            raise
        return cls(paths, lock, reason)

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
                sqlite_files.connection_uri(self.paths.db, read_only=False)
                if self._immutable
                else self.paths.db,
                uri=self._immutable,
                timeout=sqlite_files.BUSY_TIMEOUT_SECONDS,
                isolation_level=None,
                check_same_thread=False,  # closed by close(), from whichever thread
            )
            connection.execute("PRAGMA query_only=ON")
            self._plain[thread] = connection
        return connection

    @contextmanager
    def applying(self, entry_id: str) -> Iterator[None]:
        """A file keeps no journal of séance acts (``ServerStore.applying``)."""
        yield

    def on_commit(self, listener: Callable[[Any], None]) -> None:
        """Call ``listener`` with what each committed write reports (the services say
        what: ``services.changes``); the store only keeps the list."""
        self.commit_listeners.append(listener)

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
    def write_connection(self) -> Iterator[Connection]:
        """One write transaction on a bare connection: the fast path for autosaves."""
        from sqlalchemy import exc

        if not self.writable:
            raise StoreInUseError(self.read_only_reason or in_use_message(self.paths))
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
            raise StoreInUseError(self.read_only_reason or in_use_message(self.paths))
        try:
            with (
                Session(
                    self._write_engine, expire_on_commit=False, info={"store": self}
                ) as session,
                session.begin(),
            ):
                yield session
        except exc.DBAPIError as error:
            raise translate(error, self.paths) from error


def read_only_message(paths: AppPaths) -> str:
    return f"La base {paths.db} est ouverte en lecture seule."


def require_store(paths: AppPaths) -> None:
    """Raise ``StoreError`` unless ``paths.db`` is a store to open, not one to create."""
    db = paths.db
    if db.is_dir():
        return  # check_readable says it is a folder
    if not db.parent.is_dir():
        raise StoreError(
            "Le dossier {folder} n'existe pas : aucune base IREV Desktop à cet endroit. "
            "Vérifiez le chemin ; rien n'a été créé.",
            folder=db.parent,
        )
    if not db.exists():
        raise StoreError(
            "La base {db} n'existe pas ; rien n'a été créé. Vérifiez le chemin, ou créez "
            "la base en ouvrant IREV Desktop ou avec « irev-desktop demo ».",
            db=db,
        )
    if db.stat().st_size == 0:
        raise StoreError(
            "Le fichier {db} est vide : ce n'est pas une base IREV Desktop ; "
            "il n'a pas été modifié.",
            db=db,
        )


def not_upgradable_message(paths: AppPaths) -> str:
    """Why a store opened for reading, whose schema is not the program's, is refused."""
    db = paths.db
    revision = sqlite_files.stored_revision(db)
    if revision is None:
        if sqlite_files.has_tables(db):
            return (
                f"Le fichier {db} est une base SQLite qui n'appartient pas à IREV Desktop ; "
                "il n'a pas été modifié."
            )
        return f"Le fichier {db} n'est pas une base IREV Desktop ; il n'a pas été modifié."
    if revision not in schema.known_revisions():
        return (
            f"Le fichier {db} a été créé par une version plus récente du programme "
            f"(révision {revision}) : mettez IREV Desktop à jour pour l'ouvrir."
        )
    return (
        f"La base {db} a été créée par une version précédente du programme : une "
        "consultation ne la modifie pas. Ouvrez-la une fois avec IREV Desktop, qui la "
        "sauvegarde puis la met à jour."
    )


def translate(error: BaseException, paths: AppPaths) -> Exception:
    """A database failure as the message a user can act on."""
    original = getattr(error, "orig", None) or error
    text = str(original).lower()
    if "locked" in text or "busy" in text:
        return in_use_error(paths)
    if "disk is full" in text or "database or disk is full" in text:
        return StoreWriteError("Le disque est plein : {db} n'a pas pu être écrit.", db=paths.db)
    if "readonly" in text or "read-only" in text:
        return StoreWriteError(
            "Le fichier {db} (ou son dossier) est en lecture seule : rien n'a été écrit.",
            db=paths.db,
        )
    if isinstance(original, sqlite3.DatabaseError) and (
        "malformed" in text or "not a database" in text or "disk i/o" in text
    ):
        return StoreCorruptError(
            sqlite_files.corrupt_message(
                paths.db, paths.latest_backup(), sqlite_files.sqlite_error_text(original)
            )
        )
    if isinstance(original, sqlite3.OperationalError) and "unable to open" in text:
        return StoreError(
            "La base {db} ne peut pas être ouverte : le fichier ou son dossier "
            "est inaccessible ; rien n'a été modifié.",
            db=paths.db,
        )
    if isinstance(error, Exception):
        return error
    return RuntimeError(str(error))
