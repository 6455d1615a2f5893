"""Séance mode: its window opened on a meeting, and the main window brought back after."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from irev_desktop.ui.main_window.pages import meeting_for_actions, open_meeting

if TYPE_CHECKING:
    from irev_desktop.ui.main_window.window import MainWindow


def open_seance(window: MainWindow) -> None:
    """Séance mode on the meeting shown (or selected in the list)."""
    if window.context is None:
        return
    meeting_id = meeting_for_actions(window)
    if meeting_id is None:
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Choisissez d'abord une séance."), 4000
        )
        return
    open_on(window, meeting_id)


def open_when_ready(window: MainWindow, meeting_id: int) -> None:
    """Séance mode on ``meeting_id`` once the store is open (at once if it is already)."""
    if window.context is not None and window._ready:
        window.open_meeting(meeting_id)
        open_on(window, meeting_id)
    else:
        window._seance_request = meeting_id  # attach asks again


def open_on(window: MainWindow, meeting_id: int) -> None:
    """Séance mode on ``meeting_id``; a meeting that cannot be read is reported."""
    context = window.context
    if context is None:
        return
    from irev_desktop.ui.seance.window import SeanceWindow

    window.save_pending()
    if window.seance_window is not None:
        window.seance_window.close()
    with context.reporting(window, QCoreApplication.translate("MainWindow", "Mode séance")):
        window.seance_window = SeanceWindow(context, meeting_id)
        window.seance_window.closed.connect(window._seance_closed)
        window.seance_window.show()
        window.seance_window.raise_()
        window.seance_window.activateWindow()


def closed(window: MainWindow, meeting_id: int) -> None:
    """The séance window closed: back to its meeting in the main window."""
    # Deleted later: this runs inside the séance window's own close event.
    if window.seance_window is not None:
        window.seance_window.deleteLater()
    window.seance_window = None
    open_meeting(window, meeting_id, show=True)
    window.raise_()
    window.activateWindow()
