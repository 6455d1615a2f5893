"""What every page is given: the services, the dialogs, the change bus, the undo stack."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from irev_desktop.domain.errors import IrevError
from irev_desktop.services.facade import Services
from irev_desktop.ui.bus import ChangeBus
from irev_desktop.ui.dialogs import Dialogs
from irev_desktop.ui.error_texts import error_text
from irev_desktop.ui.settings import UiSettings


@dataclass
class UiContext:
    services: Services
    dialogs: Dialogs
    bus: ChangeBus
    settings: UiSettings
    undo: QUndoStack
    open_meeting: Callable[[int], None] = field(default=lambda _id: None)

    def __post_init__(self) -> None:
        # Every committed write of the services reaches the views through the bus.
        self.unsubscribe = self.services.subscribe(self.bus.publish)
        # A bus rebuilt with the window (language switch) leaves the services' list.
        self.bus.destroyed.connect(lambda *_: self.unsubscribe())

    @property
    def writable(self) -> bool:
        return self.services.store.writable

    @contextmanager
    def reporting(self, parent: QWidget | None, title: str) -> Iterator[None]:
        """Run a user action; a refusal from the services is shown, never raised."""
        try:
            yield
        except IrevError as error:
            self.dialogs.error(parent, title, error_text(error))
