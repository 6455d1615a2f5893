"""Composition root: paths -> window (painted first) -> store -> services -> pages.

A window closed with ``reopen(paths)`` (« Se connecter à un serveur… », « Revenir à la
base de cet ordinateur ») is followed by a new one on those paths, in this process: the
same QApplication, no program to find and start again (a frozen build, ``python -m``,
an entry script), and a password typed for this session passes in memory only.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from irev_desktop.paths import AppPaths

if TYPE_CHECKING:
    from irev_desktop.ui.main_window import MainWindow


def run(paths: AppPaths, argv: list[str] | None = None, seance: int | None = None) -> int:
    """Show the main window and run until it closes; with ``seance``, séance mode opens
    on that meeting as soon as the store is open (``irev-desktop seance SEANCE``)."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from irev_desktop import APP_NAME
    from irev_desktop.ui import i18n

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    icon = i18n.translations_dir().parent / "icons" / "irev.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    language: str | None = None
    while True:
        window = _show_window(paths, seance, language)
        app.exec()
        language = window.settings.language  # as the user left it
        next_paths = window.next_paths
        if next_paths is None and window.context is None and window.exit_code and paths.is_server:
            # The server could not be opened (the user was told why): rather than leave
            # them locked out at every start, offer to fix it or to go back to this
            # computer's store.
            from irev_desktop.ui.server_dialog import ask_after_failed_start

            next_paths = ask_after_failed_start(paths)
        window.deleteLater()
        if next_paths is None:
            return window.exit_code
        paths, seance = next_paths, None


def _show_window(paths: AppPaths, seance: int | None, language: str | None) -> MainWindow:
    from irev_desktop.ui import i18n
    from irev_desktop.ui.dialogs import Dialogs
    from irev_desktop.ui.errors import UnexpectedErrorHandler
    from irev_desktop.ui.main_window import MainWindow
    from irev_desktop.ui.settings import UiSettings

    settings = UiSettings(paths)
    if language is not None and not settings.text("language"):
        settings.language = language  # a store opened for the first time keeps the language
    i18n.install(settings.language)
    dialogs = Dialogs()
    UnexpectedErrorHandler(paths, dialogs).install()
    window = MainWindow(paths, settings, dialogs)
    window.open_store_after_first_paint()
    if seance is not None:
        window.open_seance_when_ready(seance)
    window.show()
    return window
