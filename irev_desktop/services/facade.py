"""All the services of one store, built once by the composition root."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from irev_desktop.db.store import Store
from irev_desktop.paths import AppPaths
from irev_desktop.services.actions import ActionService
from irev_desktop.services.agenda import AgendaService
from irev_desktop.services.attachments import AttachmentService
from irev_desktop.services.attendance import AttendanceService
from irev_desktop.services.audit import AuditService
from irev_desktop.services.backups import BackupService
from irev_desktop.services.deliberations import DeliberationService
from irev_desktop.services.mandates import MandateService
from irev_desktop.services.meetings import MeetingService
from irev_desktop.services.registry import RegistryService
from irev_desktop.services.seance import SeanceService

if TYPE_CHECKING:
    from irev_desktop.services.export import ExportService
    from irev_desktop.services.search import SearchService


class Services:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.registry = RegistryService(store)
        self.mandates = MandateService(store)
        self.meetings = MeetingService(store)
        self.attendance = AttendanceService(store)
        self.agenda = AgendaService(store)
        self.deliberations = DeliberationService(store)
        self.actions = ActionService(store)
        self.attachments = AttachmentService(store)
        self.backups = BackupService(store)
        self.audit = AuditService(store)
        self.seance = SeanceService(store)

    # Built on first use: python-docx and the search's extractors are slow to import,
    # and the window must show the meeting list before they are needed.
    @cached_property
    def export(self) -> ExportService:
        from irev_desktop.services.export import ExportService

        return ExportService(self.store)

    @cached_property
    def search(self) -> SearchService:
        from irev_desktop.services.search import SearchService

        return SearchService(self.store)

    @classmethod
    def open(cls, paths: AppPaths, *, write: bool) -> Services:
        return cls(Store.open(paths, write=write))

    @property
    def paths(self) -> AppPaths:
        return self.store.paths

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
