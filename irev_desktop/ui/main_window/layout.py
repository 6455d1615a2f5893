"""The remembered layout: window geometry, the main splitter and every page's splitters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QSplitter, QWidget

if TYPE_CHECKING:
    from irev_desktop.ui.main_window.window import MainWindow


def restore_geometry(window: MainWindow) -> None:
    geometry = window.settings.bytes_value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)


def restore_main_splitter(window: MainWindow) -> None:
    """The navigation beside the pages: as left last time, else 220 pixels of 1200."""
    state = window.settings.bytes_value("window/splitter")
    if state is not None:
        window.splitter.restoreState(state)
    else:
        window.splitter.setSizes([220, 980])


def restore_splitters(window: MainWindow, page: QWidget) -> None:
    for splitter in page.findChildren(QSplitter):
        state = window.settings.bytes_value(f"splitters/{splitter.objectName()}")
        if state is not None:
            splitter.restoreState(state)


def save_layout(window: MainWindow) -> None:
    """Geometry, splitters and the page shown, for the next start."""
    window.settings.set_bytes("window/geometry", window.saveGeometry())
    window.settings.set_bytes("window/splitter", window.splitter.saveState())
    page = window.current_page()
    if page:
        window.settings.set_text("window/page", page)
    for key_page in window.pages.values():
        for splitter in key_page.findChildren(QSplitter):
            if splitter.objectName():
                window.settings.set_bytes(
                    f"splitters/{splitter.objectName()}", QByteArray(splitter.saveState())
                )
    window.settings.sync()
