"""Every file location of the program, in one place.

The store file is chosen, in this order, by ``--db PATH``, the ``IREV_DESKTOP_DB``
environment variable, the server the user last connected to from the window (the
remembered choice, in the user's configuration folder), then the platform's user data
directory. Everything else the
store owns (attached files, backups, logs) lives beside it, so that a store given with
``--db`` carries its own files and tests never touch the user's real data.

A team's store is a PostgreSQL database, given the same way by its URL
(``postgresql://user@host/base``). What stays on the computer for it (the séance
journal, logs) lives in a folder of the user data directory named after the server and
the database.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

from irev_desktop import APP_NAME

DB_ENV_VAR = "IREV_DESKTOP_DB"
DB_FILE_NAME = "irev.sqlite"
KEYS_ENV_VAR = "IREV_DESKTOP_KEYS"
KEYS_FOLDER_NAME = "cles-de-signature"
SERVERS_FOLDER_NAME = "serveurs"
SERVER_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
# The server chosen in the window (« Se connecter à un serveur… »), opened at the next
# start; ``IREV_DESKTOP_CHOICE`` names another file (tests).
CHOICE_ENV_VAR = "IREV_DESKTOP_CHOICE"
CHOICE_FILE_NAME = "base-choisie.json"


def is_server_url(text: str) -> bool:
    """Whether ``text`` names a PostgreSQL database rather than a file."""
    return text.split("://", 1)[0].lower() in SERVER_SCHEMES and "://" in text


def server_label(url: str) -> str:
    """The server and database of ``url``, without the user nor the password:
    « localhost:5432/irev »."""
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    port = parts.port or 5432
    return f"{host}:{port}/{unquote(parts.path.lstrip('/')) or 'postgres'}"


def server_folder_name(url: str) -> str:
    """A file name for the local folder of a server database (its journal, its logs)."""
    return "".join(c if c.isalnum() or c in "-._" else "_" for c in server_label(url))


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


def without_password(url: str) -> str:
    """``url`` without the password its user part may carry."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user, _, host = parts.netloc.rpartition("@")
    return urlunsplit(parts._replace(netloc=f"{user.partition(':')[0]}@{host}"))


def choice_file() -> Path:
    """The file that remembers the server chosen in the window."""
    chosen = os.environ.get(CHOICE_ENV_VAR)
    if chosen:
        return Path(chosen).expanduser().absolute()
    import platformdirs

    config = platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True)
    return Path(config) / CHOICE_FILE_NAME


def remembered_server() -> str | None:
    """The URL of the server remembered as the store to open, if any. A file that
    cannot be read, or that names no server, counts as no choice: the program then
    opens the store of this computer rather than refusing to start."""
    try:
        data = json.loads(choice_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    url = data.get("server") if isinstance(data, dict) else None
    return url if isinstance(url, str) and is_server_url(url) else None


def remember_server(url: str) -> None:
    """Remember ``url`` (never its password) as the store to open at the next start.
    Written whole or not at all: a crash mid-write leaves the previous choice."""
    target = choice_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"server": without_password(url)}, ensure_ascii=False, indent=2) + "\n"
    handle, temporary = tempfile.mkstemp(prefix=target.name, suffix=".partiel", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def forget_server() -> None:
    """Forget the remembered server: the next start opens the store of this computer."""
    choice_file().unlink(missing_ok=True)


@dataclass(frozen=True)
class AppPaths:
    """The files of one store. For a server store (``url`` set), ``db`` is the place of
    a file that never exists, in the server's local folder: what lives beside a store
    (logs, journal, backups) lives there."""

    db: Path
    # Never printed: it may hold a password for the time of a session.
    url: str | None = field(default=None, repr=False)

    @classmethod
    def resolve(cls, db: str | os.PathLike[str] | None = None) -> AppPaths:
        chosen = (
            db
            or os.environ.get(DB_ENV_VAR)
            or remembered_server()
            or default_data_dir() / DB_FILE_NAME
        )
        if isinstance(chosen, str) and is_server_url(chosen):
            return cls.for_server(chosen)
        return cls(Path(chosen).expanduser().absolute())

    @classmethod
    def local(cls) -> AppPaths:
        """The store of this computer, whatever server is remembered: the file of
        ``IREV_DESKTOP_DB`` if it names one, else the default file."""
        chosen = os.environ.get(DB_ENV_VAR)
        if not chosen or is_server_url(chosen):
            return cls(default_data_dir() / DB_FILE_NAME)
        return cls(Path(chosen).expanduser().absolute())

    @classmethod
    def for_server(cls, url: str, data_dir: Path | None = None) -> AppPaths:
        folder = (data_dir or default_data_dir()) / SERVERS_FOLDER_NAME / server_folder_name(url)
        return cls(folder / DB_FILE_NAME, url)

    @property
    def is_server(self) -> bool:
        return self.url is not None

    @property
    def label(self) -> str:
        """What the store is called in messages: its file, or its server and database."""
        return str(self.db) if self.url is None else server_label(self.url)

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
