"""An advisory lock that marks a store as open for writing by one program instance.

The operating system releases it when the process ends, even on a crash or SIGKILL,
so a stale lock never blocks the next start.

A store is one file whatever path names it: ``StoreLock`` locks a file named from the
resolved path (a symbolic link, or a link to its folder, leads to the same lock) and a
file named from the device and inode numbers (a hard link has the same ones). The
database file itself is never opened here: closing any descriptor of it would drop the
POSIX locks SQLite holds on it in this process.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import IO


class InstanceLock:
    """One lock file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def try_acquire(self, *, create: bool = True) -> bool:
        """Take the lock without waiting; False when another process holds it.

        With ``create`` false, a missing lock file is not created (nor its folder) and
        counts as free. Raises OSError when the lock file cannot be opened at all."""
        if self._handle is not None:
            return True
        if create:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        handle: IO[bytes]
        try:
            handle = open(self.path, "a+b" if create else "r+b")  # noqa: SIM115 - held open
        except FileNotFoundError:
            if create:
                raise
            return True  # nobody holds a lock file that does not exist
        except PermissionError:
            if not self.path.exists():
                raise
            # A lock file we may not write to can still tell whether it is held.
            handle = open(self.path, "rb")  # noqa: SIM115 - held open for the lock's lifetime
        try:
            _lock(handle)
        except OSError:
            handle.close()
            return False
        if handle.writable():
            handle.seek(0)
            handle.truncate()
            handle.write(str(os.getpid()).encode())
            handle.flush()
        self._handle = handle
        return True

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None


def inode_lock_file(db: Path) -> Path | None:
    """The lock file named from the store's device and inode, or None while it does not
    exist. Kept in the user's runtime folder, shared by every folder a hard link is in."""
    try:
        stat = os.stat(db)
    except OSError:
        return None
    return lock_folder() / f"irev-{stat.st_dev:x}-{stat.st_ino:x}.lock"


def lock_folder() -> Path:
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and os.path.isdir(runtime) and os.access(runtime, os.W_OK | os.X_OK):
        return Path(runtime) / "irev-desktop"
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "utilisateur")
    return Path(tempfile.gettempdir()) / f"irev-desktop-{user}"


class StoreLock:
    """The one-writer lock of a store file, whatever path, link or hard link names it."""

    def __init__(self, db: Path, lock_file: Path) -> None:
        """``lock_file``: beside the resolved store file (``AppPaths.lock_file``)."""
        self.db = db
        self.lock_file = lock_file
        self._locks: list[InstanceLock] = []

    @property
    def held(self) -> bool:
        return bool(self._locks) and all(lock.held for lock in self._locks)

    def try_acquire(self, *, create: bool = True) -> bool:
        """Take every lock of the store; False (holding none) when another instance holds
        one. With ``create`` false (a reader asking whether the store is in use), no
        folder or missing lock file is created. Raises OSError when the lock beside the
        store cannot be created."""
        if self._locks:
            return True
        taken: list[InstanceLock] = []
        candidates = [self.lock_file, inode_lock_file(self.db)]
        for index, path in enumerate(candidates):
            if path is None:
                continue
            lock = InstanceLock(path)
            try:
                free = lock.try_acquire(create=create)
            except OSError:
                if index == 0:  # beside the store: the lock every instance shares
                    self._release(taken)
                    raise
                continue  # no runtime folder: the path lock still holds
            if not free:
                self._release(taken)
                return False
            taken.append(lock)
        self._locks = taken
        return True

    def release(self) -> None:
        locks, self._locks = self._locks, []
        self._release(locks)

    @staticmethod
    def _release(locks: list[InstanceLock]) -> None:
        for lock in reversed(locks):
            lock.release()


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
