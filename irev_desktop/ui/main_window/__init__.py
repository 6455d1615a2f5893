"""The main window: navigation, pages, menus, status bar, remembered layout.

The frame paints first; the store and the pages (which import SQLAlchemy) come right
after, so the window appears at once even on a twenty-year archive.
"""

from __future__ import annotations

from irev_desktop.ui.main_window.window import MainWindow

__all__ = ["MainWindow"]
