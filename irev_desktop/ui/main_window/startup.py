"""Start-up after the first paint: the store opened, then the keys and the warm-up."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from irev_desktop import APP_NAME
from irev_desktop.ui.error_texts import error_text

if TYPE_CHECKING:
    from irev_desktop.ui.main_window.window import MainWindow


class AfterNextFrame(QObject):
    """Calls ``then`` once ``window`` has painted its next frame, then goes away."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:
            watched.removeEventFilter(self)
            # Queued: the frame is painted once the window has handled this event.
            QTimer.singleShot(0, self._then)
            self.deleteLater()
        return False


def open_store(window: MainWindow) -> None:
    """Open the store, read-only if another program writes to it, and attach it; a store
    that cannot be opened is reported and the window closes."""
    from irev_desktop.domain.errors import StoreCorruptError, StoreError, StoreInUseError
    from irev_desktop.services.facade import Services

    try:
        try:
            services = Services.open(window.paths, write=True)
        except StoreInUseError:
            services = Services.open(window.paths, write=False)
    except (StoreCorruptError, StoreError) as error:
        window.dialogs.error(window, APP_NAME, error_text(error))
        window.exit_code = 1
        QTimer.singleShot(0, window.close)
        return
    window.attach(services)


def after_attach(window: MainWindow) -> None:
    # What the user waits for comes first: the rest follows the frame that shows it.
    if window.isVisible():
        AfterNextFrame(window, window._after_first_page)
    else:  # no frame to wait for
        QTimer.singleShot(0, window._after_first_page)


def after_first_page(window: MainWindow) -> None:
    window.bind_shortcuts()
    # The Export menu imports python-docx (tens of milliseconds): not before the list.
    window.fill_export_menu()
    if window.services is not None:
        # Load the rest of the data layer while the user reads the list, so that the
        # first meeting opened does not wait for SQLAlchemy.
        threading.Thread(target=window.services.warm_up, name="irev-warm-up").start()
