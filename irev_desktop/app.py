"""Composition root: paths -> window (painted first) -> store -> services -> pages."""

from __future__ import annotations

import sys

from irev_desktop.paths import AppPaths


def run(paths: AppPaths, argv: list[str] | None = None, seance: int | None = None) -> int:
    """Show the main window and run until it closes; with ``seance``, séance mode opens
    on that meeting as soon as the store is open (``irev-desktop seance SEANCE``)."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from irev_desktop import APP_NAME
    from irev_desktop.ui import i18n
    from irev_desktop.ui.dialogs import Dialogs
    from irev_desktop.ui.errors import UnexpectedErrorHandler
    from irev_desktop.ui.main_window import MainWindow
    from irev_desktop.ui.settings import UiSettings

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    icon = i18n.translations_dir().parent / "icons" / "irev.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    settings = UiSettings(paths)
    i18n.install(settings.language)
    dialogs = Dialogs()
    UnexpectedErrorHandler(paths, dialogs).install()
    window = MainWindow(paths, settings, dialogs)
    window.open_store_after_first_paint()
    if seance is not None:
        window.open_seance_when_ready(seance)
    window.show()
    app.exec()
    return window.exit_code
