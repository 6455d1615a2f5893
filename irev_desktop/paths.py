"""Every file location of the program, in one place.

The store file is chosen, in this order, by ``--db PATH``, the ``IREV_DESKTOP_DB``
environment variable, then the platform's user data directory. Everything else the
store owns (attached files, backups, logs) lives beside it, so that a store given with
``--db`` carries its own files and tests never touch the user's real data.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from irev_desktop import APP_NAME

DB_ENV_VAR = "IREV_DESKTOP_DB"
DB_FILE_NAME = "irev.sqlite"
KEYS_ENV_VAR = "IREV_DESKTOP_KEYS"
KEYS_FOLDER_NAME = "cles-de-signature"


def default_data_dir() -> Path:
    # Imported here: platformdirs is cheap, but start-up only pays for what it uses.
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def keys_dir() -> Path:
    """Where the private halves of signing keys live: outside the store's folder (in the
    user's configuration folder), so that a copy of the store never carries them;
    ``IREV_DESKTOP_KEYS`` chooses another folder."""
    chosen = os.environ.get(KEYS_ENV_VAR)
    if chosen:
        return Path(chosen).expanduser().absolute()
    import platformdirs

    config = platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True)
    return Path(config) / KEYS_FOLDER_NAME


@dataclass(frozen=True)
class AppPaths:
    """The files of one store."""

    db: Path

    @classmethod
    def resolve(cls, db: str | os.PathLike[str] | None = None) -> AppPaths:
        chosen = db or os.environ.get(DB_ENV_VAR) or default_data_dir() / DB_FILE_NAME
        return cls(Path(chosen).expanduser().absolute())

    @property
    def data_dir(self) -> Path:
        return self.db.parent

    @property
    def attachments_dir(self) -> Path:
        return self.db.with_name(self.db.stem + "-pieces")

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "sauvegardes"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "journaux"

    @property
    def lock_file(self) -> Path:
        """Beside the file the path leads to: a symbolic link shares its target's lock."""
        real = Path(os.path.realpath(self.db))
        return real.with_name(real.name + ".lock")

    def latest_backup(self) -> Path | None:
        """The newest backup of this store, if any (named to sort by time)."""
        if not self.backups_dir.is_dir():
            return None
        backups = sorted(self.backups_dir.glob(self.db.stem + "-*.sqlite"))
        return backups[-1] if backups else None
