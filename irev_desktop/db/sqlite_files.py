"""Checks and copies of SQLite files done with the sqlite3 module alone.

These run before SQLAlchemy is imported (start-up stays fast) and never write to the
file they inspect.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sqlite3
from pathlib import Path

from irev_desktop.domain.errors import IrevError, StoreCorruptError, StoreError, StoreWriteError

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 5.0
# Byte 18 of the header: 1 for a rollback journal, 2 for WAL.
_WAL_VERSION_OFFSET = 18

_OS_ERRORS = {
    errno.ENOSPC: "le disque est plein",
    errno.EACCES: "accès refusé",
    errno.EPERM: "opération non permise",
    errno.EROFS: "le disque est en lecture seule",
    errno.EISDIR: "c'est un dossier",
    errno.ENOTDIR: "un élément du chemin n'est pas un dossier",
    errno.ENOENT: "fichier ou dossier introuvable",
    errno.EIO: "erreur d'entrée-sortie du disque",
    errno.EDQUOT: "quota de disque dépassé",
    errno.ENAMETOOLONG: "nom trop long",
    errno.EBUSY: "fichier occupé",
}


def os_error_text(error: OSError) -> str:
    """The cause of a file-system failure, in French (never the system's English text)."""
    if error.errno in _OS_ERRORS:
        return _OS_ERRORS[error.errno]
    if error.errno:
        return f"erreur système n° {error.errno}"
    return "erreur du système de fichiers"


def sqlite_error_text(error: BaseException) -> str:
    """The cause of an SQLite failure, in French."""
    text = str(error).lower()
    for marker, french in (
        ("malformed", "l'image de la base est endommagée"),
        ("not a database", "ce n'est pas une base SQLite"),
        ("disk is full", "le disque est plein"),
        ("disk i/o", "erreur d'entrée-sortie du disque"),
        ("readonly", "le fichier est en lecture seule"),
        ("unable to open", "le fichier ne peut pas être ouvert"),
        ("locked", "la base est verrouillée par un autre programme"),
        ("busy", "la base est verrouillée par un autre programme"),
        ("no such table", "il manque des tables"),
    ):
        if marker in text:
            return french
    return "erreur SQLite"


def is_full_disk(error: BaseException) -> bool:
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, errno.EDQUOT)
    return "disk is full" in str(error).lower()


def _is_wal(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            header = handle.read(_WAL_VERSION_OFFSET + 1)
    except OSError:
        return False
    return len(header) > _WAL_VERSION_OFFSET and header[_WAL_VERSION_OFFSET] == 2


def folder_writable(path: Path) -> bool:
    folder = Path(os.path.realpath(path)).parent
    return os.access(folder, os.W_OK | os.X_OK)


def needs_immutable(path: Path) -> bool:
    """True for a WAL store in a folder the user cannot write to and that no writer has
    open (no ``-shm`` beside it): SQLite can then read it only as an immutable file."""
    real = Path(os.path.realpath(path))
    return (
        real.is_file()
        and not folder_writable(real)
        and not real.with_name(real.name + "-shm").exists()
        and _is_wal(real)
    )


def connection_uri(path: Path, *, read_only: bool = True) -> str:
    """The URI to open ``path`` with: read-only, and immutable when nothing else works."""
    uri = Path(path).absolute().as_uri()
    if needs_immutable(path):
        return f"{uri}?mode=ro&immutable=1"
    return f"{uri}?mode=ro" if read_only else uri


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot modify the file, whatever is executed on it."""
    return sqlite3.connect(connection_uri(path), uri=True, timeout=5)


def write_denied(path: Path) -> str | None:
    """Why the user cannot write to the store ``path``, or None when they can."""
    real = Path(os.path.realpath(path))
    if real.exists() and not os.access(real, os.W_OK):
        cause = (
            "le disque est en lecture seule"
            if _read_only_file_system(real)
            else "vous n'avez pas le droit de le modifier"
        )
        return (
            f"Le fichier {path} est en lecture seule : {cause}. "
            "La base peut être consultée, mais pas modifiée."
        )
    folder = real.parent
    if folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        return (
            f"Le dossier {folder} n'est pas accessible en écriture : la base peut être "
            "consultée, mais pas modifiée (SQLite doit écrire son journal à côté d'elle)."
        )
    return None


def _read_only_file_system(path: Path) -> bool:
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:
        return False
    try:
        return bool(statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


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
    if path.is_dir():
        raise StoreError(
            "{path} est un dossier : indiquez le fichier de données (par exemple irev.sqlite).",
            path=path,
        )
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise StoreError(
            "Le fichier de données {path} ne peut pas être lu : vous n'avez pas le droit "
            "de le lire ; il n'a pas été modifié.",
            path=path,
        ) from exc
    except OSError as exc:
        raise StoreCorruptError(corrupt_message(path, latest_backup, os_error_text(exc))) from exc
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
        raise StoreCorruptError(
            corrupt_message(path, latest_backup, sqlite_error_text(exc))
        ) from exc


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
    """Copy a possibly live store with SQLite's backup API (never a plain file copy).

    The copy appears whole or not at all: on any failure (a full disk…) the partial file
    is removed and the error says so in French."""
    partial = destination.with_name(destination.name + ".partiel")
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
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
    except (OSError, sqlite3.Error) as error:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)
        raise copy_error(source, destination, error) from error
    return destination


def copy_error(source: Path, destination: Path, error: BaseException) -> IrevError:
    """A failed copy of ``source`` to ``destination`` as a message a user can act on."""
    if is_full_disk(error):
        return StoreWriteError(
            "Le disque est plein : la copie {destination} n'a pas pu être écrite ; "
            "aucun fichier partiel n'a été laissé.",
            destination=destination,
        )
    text = str(error).lower()
    if isinstance(error, sqlite3.DatabaseError) and (
        "malformed" in text or "not a database" in text
    ):
        return StoreCorruptError(corrupt_message(source, None, sqlite_error_text(error)))
    cause = os_error_text(error) if isinstance(error, OSError) else sqlite_error_text(error)
    return StoreWriteError(
        "La copie {destination} n'a pas pu être écrite ({cause}) ; "
        "aucun fichier partiel n'a été laissé.",
        destination=destination,
        cause=cause,
    )


def timestamped_backup(source: Path, backups_dir: Path, reason: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return copy_database(source, backups_dir / f"{source.stem}-{stamp}-{reason}.sqlite")
