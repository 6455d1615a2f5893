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
    from irev_desktop.services.actions import ActionService
    from irev_desktop.services.agenda import AgendaService
    from irev_desktop.services.archive import ArchiveService
    from irev_desktop.services.attachments import AttachmentService
    from irev_desktop.services.attendance import AttendanceService
    from irev_desktop.services.audit import AuditService
    from irev_desktop.services.backups import BackupService
    from irev_desktop.services.deliberations import DeliberationService
    from irev_desktop.services.export import ExportService
    from irev_desktop.services.failures import SchemaState
    from irev_desktop.services.mandates import MandateService
    from irev_desktop.services.meetings import MeetingService
    from irev_desktop.services.register import RegisterService
    from irev_desktop.services.registry import RegistryService
    from irev_desktop.services.seance import SeanceService
    from irev_desktop.services.search import SearchService
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
    def archive(self) -> ArchiveService:
        from irev_desktop.services.archive import ArchiveService

        return ArchiveService(self.store)

    @cached_property
    def registers(self) -> RegisterService:
        from irev_desktop.services.register import RegisterService

        return RegisterService(self.store)

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

    @classmethod
    def open(cls, paths: AppPaths, *, write: bool, create: bool = True) -> Services:
        """The services of the store at ``paths``; see ``Store.open``. Opened for
        reading, ``store.read_only_reason`` says why it could not be written."""
        store = Store.open(paths, write=write, create=create)
        if store.writable:
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
