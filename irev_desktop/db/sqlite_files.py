"""Checks and copies of SQLite files done with the sqlite3 module alone.

These run before SQLAlchemy is imported (start-up stays fast) and never write to the
file they inspect.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from irev_desktop.domain.errors import StoreCorruptError

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 5.0


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot modify the file, whatever is executed on it."""
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=5)


def corrupt_message(path: Path, latest_backup: Path | None, detail: str) -> str:
    backup = (
        f" Dernière sauvegarde : {latest_backup}."
        if latest_backup
        else " Aucune sauvegarde n'a été trouvée."
    )
    return (
        f"Le fichier de données {path} est illisible ou endommagé ({detail}) ; "
        f"il n'a pas été modifié.{backup}"
    )


def check_readable(path: Path, latest_backup: Path | None) -> None:
    """Raise StoreCorruptError unless ``path`` is absent, empty or a readable SQLite file."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreCorruptError(corrupt_message(path, latest_backup, exc.strerror or "")) from exc
    if header != SQLITE_HEADER:
        detail = "ce n'est pas une base SQLite"
        raise StoreCorruptError(corrupt_message(path, latest_backup, detail))
    try:
        conn = read_only_connection(path)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreCorruptError(corrupt_message(path, latest_backup, str(exc))) from exc


def stored_revision(path: Path) -> str | None:
    """The Alembic revision recorded in the store, or None for a new or empty file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    conn = read_only_connection(path)
    try:
        row = conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(version[0]) if version else None
    finally:
        conn.close()


def has_tables(path: Path) -> bool:
    if not path.exists() or path.stat().st_size == 0:
        return False
    conn = read_only_connection(path)
    try:
        row = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()
        return bool(row[0])
    finally:
        conn.close()


def enable_wal(path: Path) -> None:
    """WAL is persistent in the file and must be set outside a transaction."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()


def copy_database(source: Path, destination: Path) -> Path:
    """Copy a possibly live store with SQLite's backup API (never a plain file copy)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partiel")
    partial.unlink(missing_ok=True)
    src = read_only_connection(source)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            # A backup is a single self-contained file, whatever the source's journal mode.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(destination)
    return destination


def timestamped_backup(source: Path, backups_dir: Path, reason: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return copy_database(source, backups_dir / f"{source.stem}-{stamp}-{reason}.sqlite")
