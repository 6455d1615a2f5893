"""All the services of one store, built once by the composition root.

Each service is built, and its module imported, on first use: the start screen needs
only ``listing`` (the sqlite3 module), and ``warm_up`` loads the others (SQLAlchemy,
the models) in the background once that screen is shown.
"""

from __future__ import annotations

import importlib
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from irev_desktop.db.store import Store
from irev_desktop.paths import AppPaths
from irev_desktop.services.listing import ListingService
from irev_desktop.services.partial_files import remove_partial_files

if TYPE_CHECKING:
    from irev_desktop.model.changes import Changes
    from irev_desktop.model.register_import import ImportPreview
    from irev_desktop.services.actions import ActionService
    from irev_desktop.services.agenda import AgendaService
    from irev_desktop.services.archive import ArchiveService
    from irev_desktop.services.attachments import AttachmentService
    from irev_desktop.services.attendance import AttendanceService
    from irev_desktop.services.attendance_import import AttendanceImportService
    from irev_desktop.services.audit import AuditService
    from irev_desktop.services.backups import BackupService
    from irev_desktop.services.convocations import ConvocationService
    from irev_desktop.services.copy_store import CopyReport
    from irev_desktop.services.deliberations import DeliberationService
    from irev_desktop.services.export import ExportService
    from irev_desktop.services.failures import SchemaState
    from irev_desktop.services.mandates import MandateService
    from irev_desktop.services.meetings import MeetingService
    from irev_desktop.services.register import RegisterService
    from irev_desktop.services.register_import import RegisterImportService
    from irev_desktop.services.registry import RegistryService
    from irev_desktop.services.seance import SeanceService
    from irev_desktop.services.seance_journal import SeanceJournal
    from irev_desktop.services.search import SearchService
    from irev_desktop.services.server_admin import ServerInit
    from irev_desktop.services.signing_keys import KeyService

# What opening a meeting or the board needs; export and search stay lazy.
_EAGER_MODULES = (
    "registry",
    "mandates",
    "meetings",
    "attendance",
    "agenda",
    "deliberations",
    "actions",
    "attachments",
    "audit",
    "seance",
)


class Services:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.listing = ListingService(store)

    @cached_property
    def registry(self) -> RegistryService:
        from irev_desktop.services.registry import RegistryService

        return RegistryService(self.store)

    @cached_property
    def mandates(self) -> MandateService:
        from irev_desktop.services.mandates import MandateService

        return MandateService(self.store)

    @cached_property
    def meetings(self) -> MeetingService:
        from irev_desktop.services.meetings import MeetingService

        return MeetingService(self.store)

    @cached_property
    def attendance(self) -> AttendanceService:
        from irev_desktop.services.attendance import AttendanceService

        return AttendanceService(self.store)

    @cached_property
    def attendance_import(self) -> AttendanceImportService:
        from irev_desktop.services.attendance_import import AttendanceImportService

        return AttendanceImportService(self.store)

    @cached_property
    def agenda(self) -> AgendaService:
        from irev_desktop.services.agenda import AgendaService

        return AgendaService(self.store)

    @cached_property
    def deliberations(self) -> DeliberationService:
        from irev_desktop.services.deliberations import DeliberationService

        return DeliberationService(self.store)

    @cached_property
    def actions(self) -> ActionService:
        from irev_desktop.services.actions import ActionService

        return ActionService(self.store)

    @cached_property
    def attachments(self) -> AttachmentService:
        from irev_desktop.services.attachments import AttachmentService

        return AttachmentService(self.store)

    @cached_property
    def backups(self) -> BackupService:
        from irev_desktop.services.backups import BackupService

        return BackupService(self.store)

    @cached_property
    def audit(self) -> AuditService:
        from irev_desktop.services.audit import AuditService

        return AuditService(self.store)

    @cached_property
    def seance(self) -> SeanceService:
        from irev_desktop.services.seance import SeanceService

        return SeanceService(self.store)

    @cached_property
    def seance_journal(self) -> SeanceJournal:
        """Séance acts kept on this computer while a team's server does not answer."""
        from irev_desktop.services.seance_journal import SeanceJournal

        return SeanceJournal(self.store)

    @cached_property
    def archive(self) -> ArchiveService:
        from irev_desktop.services.archive import ArchiveService

        return ArchiveService(self.store)

    @cached_property
    def registers(self) -> RegisterService:
        from irev_desktop.services.register import RegisterService

        return RegisterService(self.store)

    @cached_property
    def register_import(self) -> RegisterImportService:
        """A register started from a spreadsheet: preview, then import."""
        from irev_desktop.services.register_import import RegisterImportService

        return RegisterImportService(self.store)

    @staticmethod
    def write_register_template(path: Path) -> Path:
        """The spreadsheet to fill in for ``register_import`` (no store needed)."""
        from irev_desktop.services.register_import import write_template

        return write_template(path)

    @staticmethod
    def preview_register_file(path: Path) -> ImportPreview:
        """``register_import.preview`` for a store not yet created: an empty register."""
        from irev_desktop.services.register_import import preview_file
        from irev_desktop.services.register_import.validation import Register

        return preview_file(path, Register(), None)

    @cached_property
    def keys(self) -> KeyService:
        from irev_desktop.services.signing_keys import KeyService

        return KeyService(self.store)

    def keys_at(self, folder: Path) -> KeyService:
        """The signing keys with another key folder than the user's (the selftest's)."""
        from irev_desktop.services.signing_keys import KeyService

        return KeyService(self.store, folder=folder)

    # python-docx and the search's text extractors are slower still: they wait for the
    # first export or search.
    @cached_property
    def export(self) -> ExportService:
        from irev_desktop.services.export import ExportService

        return ExportService(self.store)

    @cached_property
    def convocations(self) -> ConvocationService:
        """The calendar invitation and the e-mail drafts of a convocation."""
        from irev_desktop.services.convocations import ConvocationService

        return ConvocationService(self.store, self.export)

    @cached_property
    def search(self) -> SearchService:
        from irev_desktop.services.search import SearchService

        return SearchService(self.store)

    @staticmethod
    def warm_up() -> None:
        """Import what the first click on a meeting will need, and set the ORM mappers
        up. Safe on a worker thread: no service is built and the store is not touched."""
        from sqlalchemy.orm import configure_mappers

        for name in _EAGER_MODULES:
            importlib.import_module(f"irev_desktop.services.{name}")
        configure_mappers()

    def subscribe(self, listener: Callable[[Changes], None]) -> Callable[[], None]:
        """Call ``listener`` with what each committed write changed (``model.changes``);
        returns the function that stops it. Kept on the store: subscribing costs no
        import (the start screen subscribes before SQLAlchemy is loaded)."""
        listeners = self.store.commit_listeners
        self.store.on_commit(listener)

        def stop() -> None:
            if listener in listeners:
                listeners.remove(listener)

        return stop

    def batched(self) -> AbstractContextManager[None]:
        """The changes of every write made inside, told once, merged, at the end."""
        from irev_desktop.services.changes import batched

        return batched(self.store)

    @staticmethod
    def system_error_message(paths: AppPaths, error: OSError | sqlite3.Error) -> str:
        """A file-system or database failure no service turned into a message, in French."""
        from irev_desktop.services.failures import system_error_message

        return system_error_message(paths, error)

    @staticmethod
    def schema_state(paths: AppPaths) -> SchemaState:
        """The store's schema revision against the program's (for the selftest)."""
        from irev_desktop.services.failures import schema_state

        return schema_state(paths)

    @staticmethod
    def copy_store(
        source: AppPaths, target: AppPaths, progress: Callable[[str], None] | None = None
    ) -> CopyReport:
        """Copy the register at ``source`` into the empty store at ``target`` (a file or
        a server, either way), then compare both (``services.copy_store``)."""
        from irev_desktop.services.copy_store import copy_store

        with (
            Store.open(source, write=False) as from_store,
            Store.open(target, write=True) as to_store,
        ):
            return copy_store(from_store, to_store, progress)

    @staticmethod
    def init_server(url: str) -> ServerInit:
        """Prepare a team's database and its two roles (``services.server_admin``)."""
        from irev_desktop.services.server_admin import init_server

        return init_server(url)

    @staticmethod
    def add_server_user(url: str, name: str, role: str, password: str) -> str:
        """Give a person of the team a login of the role « secretariat » or « lecture »."""
        from irev_desktop.services.server_admin import add_user

        return add_user(url, name, role, password)

    @classmethod
    def open(cls, paths: AppPaths, *, write: bool, create: bool = True) -> Services:
        """The services of the store at ``paths``; see ``Store.open``. Opened for
        reading, ``store.read_only_reason`` says why it could not be written."""
        store = Store.open(paths, write=write, create=create)
        if store.writable and not paths.is_server:
            # The lock is ours: no other copy is writing there. One folder listing.
            remove_partial_files(paths.attachments_dir)
        return cls(store)

    @property
    def paths(self) -> AppPaths:
        return self.store.paths

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # The window's « Se connecter à un serveur… » ----------------------------------------
    @staticmethod
    def try_server(url: str, password: str) -> None:
        """Connect to the database at ``url`` with ``password`` (when empty: the one kept
        in the OS keyring, else libpq's ``~/.pgpass``) and hang up. Raises the French
        ``StoreError`` a user can act on; gives up on a silent server after the store's
        connect timeout. Nothing is read nor written there."""
        import psycopg
        from sqlalchemy import make_url

        from irev_desktop.db.server_schema import (
            CONNECT_TIMEOUT_SECONDS,
            libpq_conninfo,
            with_saved_password,
        )
        from irev_desktop.paths import server_label

        full = (
            make_url(url).set(password=password).render_as_string(hide_password=False)
            if password
            else with_saved_password(url)
        )
        try:
            with psycopg.connect(
                libpq_conninfo(full), connect_timeout=CONNECT_TIMEOUT_SECONDS, autocommit=True
            ) as connection:
                connection.execute("SELECT 1")
        except Exception as error:
            raise Services._connection_failure(error, server_label(url), url) from error

    @staticmethod
    def _connection_failure(error: Exception, label: str, url: str) -> Exception:
        from irev_desktop.db import server_errors

        return server_errors.translate(error, label)

    @staticmethod
    def server_keyring_available() -> bool:
        """Whether the system offers a keyring to keep a server's password in."""
        from irev_desktop.services.key_folder import keyring_available

        return keyring_available()

    @staticmethod
    def save_server_password(url: str, password: str) -> None:
        """Keep ``password`` for the database at ``url`` in the OS keyring (never in a
        file of the program)."""
        from irev_desktop.db.server_schema import save_password
        from irev_desktop.domain.errors import StoreError

        try:
            save_password(url, password)
        except Exception as error:  # each keyring backend raises its own kind
            raise StoreError(
                "Le trousseau du système n'a pas gardé le mot de passe ({reason}) ; "
                "décochez « Retenir le mot de passe » pour vous connecter sans.",
                reason=str(error) or type(error).__name__,
            ) from error

    @staticmethod
    def forget_server_password(url: str) -> None:
        """Remove the password kept for the database at ``url``, if any: a user who
        no longer wants it kept expects it gone."""
        from irev_desktop.db.server_schema import KEYRING_SERVICE, keyring_user

        try:
            import keyring

            if keyring.get_password(KEYRING_SERVICE, keyring_user(url)) is not None:
                keyring.delete_password(KEYRING_SERVICE, keyring_user(url))
        except Exception:  # no keyring, or nothing kept: nothing to forget
            return
