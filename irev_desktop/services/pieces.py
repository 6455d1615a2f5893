"""Where the content of attached files (and of the PDFs kept of signed minutes) lives.

On a SQLite store, in the folder beside the file, one file per content named by its
SHA-256 (``services.attachments.stored_path``). On a team's server, in the table
``piece`` of the database (migration ``0010_server_guards``), so that everyone of the
team sees the same files; opening one with the system's viewer writes a copy into the
server's local folder first. The services ask ``pieces_of(store)`` and never care which.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Protocol

from sqlalchemy import text
from sqlalchemy.orm import Session

from irev_desktop.db.store import Store
from irev_desktop.services.partial_files import new_partial_file

_CHUNK = 1024 * 1024
VIEWER_FOLDER_NAME = "pieces-ouvertes"


def stored_path(attachments_dir: Path, sha256: str) -> Path:
    return attachments_dir / sha256[:2] / sha256


def store_bytes(attachments_dir: Path, data: bytes) -> str:
    """Write ``data`` into the content-addressed folder; returns its SHA-256."""
    digest = hashlib.sha256(data).hexdigest()
    target = stored_path(attachments_dir, digest)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        # At the top of the folder, where the next opening looks for what a kill left.
        fd, temporary = new_partial_file(attachments_dir)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    return digest


class Pieces(Protocol):
    def where(self, sha256: str) -> str:
        """Where the content is, as messages say it: a path, or the server's base."""
        ...

    def place(self) -> str:
        """Where all the contents are: the folder, or the server's base."""
        ...

    def read(self, sha256: str) -> bytes:
        """The content; ``FileNotFoundError`` if it is missing."""
        ...

    def size(self, sha256: str) -> int | None:
        """Its size in bytes, or None if it is missing."""
        ...

    def digest(self, sha256: str) -> str:
        """The SHA-256 of what is stored under ``sha256`` (it differs if altered);
        ``FileNotFoundError`` if missing, ``OSError`` if unreadable."""
        ...

    def put(self, data: bytes, session: Session | None = None) -> str:
        """Keep ``data`` (in ``session``'s transaction on a server); its SHA-256."""
        ...

    def viewable(self, sha256: str, name: str) -> Path:
        """A file of the content on this computer, for the system's viewer."""
        ...


class FolderPieces:
    """The contents as files in the store's folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def where(self, sha256: str) -> str:
        return str(stored_path(self.folder, sha256))

    def place(self) -> str:
        return str(self.folder)

    def read(self, sha256: str) -> bytes:
        return stored_path(self.folder, sha256).read_bytes()

    def size(self, sha256: str) -> int | None:
        path = stored_path(self.folder, sha256)
        return path.stat().st_size if path.is_file() else None

    def digest(self, sha256: str) -> str:
        digest = hashlib.sha256()
        with open(stored_path(self.folder, sha256), "rb") as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
        return digest.hexdigest()

    def put(self, data: bytes, session: Session | None = None) -> str:
        return store_bytes(self.folder, data)

    def viewable(self, sha256: str, name: str) -> Path:
        path = stored_path(self.folder, sha256)
        if not path.is_file():
            raise FileNotFoundError(path)
        return path


_READ = text("SELECT data FROM piece WHERE sha256 = :sha")
_SIZE = text("SELECT size FROM piece WHERE sha256 = :sha")
_PUT = text(
    "INSERT INTO piece (sha256, size, data) VALUES (:sha, :size, :data) "
    "ON CONFLICT (sha256) DO NOTHING"
)


class ServerPieces:
    """The contents in the server's table ``piece``."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def where(self, sha256: str) -> str:
        return f"{self.place()}, pièce {sha256[:12]}…"

    def place(self) -> str:
        return f"la base {self.store.paths.label}"

    def read(self, sha256: str) -> bytes:
        with self.store.reading() as session:
            data = session.execute(_READ, {"sha": sha256}).scalar_one_or_none()
        if data is None:
            raise FileNotFoundError(self.where(sha256))
        return bytes(data)

    def size(self, sha256: str) -> int | None:
        with self.store.reading() as session:
            size = session.execute(_SIZE, {"sha": sha256}).scalar_one_or_none()
        return None if size is None else int(size)

    def digest(self, sha256: str) -> str:
        return hashlib.sha256(self.read(sha256)).hexdigest()

    def put(self, data: bytes, session: Session | None = None) -> str:
        digest = hashlib.sha256(data).hexdigest()
        values = {"sha": digest, "size": len(data), "data": data}
        if session is not None:
            session.execute(_PUT, values)
        else:
            with self.store.write_connection() as connection:
                connection.execute(_PUT, values)
        return digest

    def viewable(self, sha256: str, name: str) -> Path:
        folder = self.store.paths.data_dir / VIEWER_FOLDER_NAME / sha256[:16]
        # The file keeps its name, so that the system picks the right program for it.
        target = folder / (Path(name).name or "piece")
        if target.is_file() and target.stat().st_size == self.size(sha256):
            return target
        data = self.read(sha256)
        folder.mkdir(parents=True, exist_ok=True)
        fd, partial = new_partial_file(folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return target


def pieces_of(store: Store) -> Pieces:
    if store.paths.is_server:
        return ServerPieces(store)
    return FolderPieces(store.paths.attachments_dir)
