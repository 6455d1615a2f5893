"""The pages, each built the first time it is shown, and the navigation between them."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QListWidgetItem, QWidget

from irev_desktop.ui.main_window import layout

if TYPE_CHECKING:
    from irev_desktop.ui.main_window.window import MainWindow

PAGE_KEYS = ("board", "meetings", "meeting", "archive", "search")


def page(window: MainWindow, key: str) -> QWidget:
    """The page ``key``, built now if it has not been shown yet."""
    if key in window.pages:
        return window.pages[key]
    context = window.context
    assert context is not None
    built: QWidget
    # Each page is imported when it is first shown: the first screen comes sooner.
    if key == "board":
        from irev_desktop.ui.pages.board import BoardPage

        built = BoardPage(context)
    elif key == "meeting":
        from irev_desktop.ui.pages.meeting.page import MeetingPage

        built = MeetingPage(context)
    elif key == "archive":
        from irev_desktop.ui.pages.archive import ArchivePage

        built = ArchivePage(context)
    elif key == "search":
        from irev_desktop.ui.pages.search import SearchPage

        search = SearchPage(context)
        search.openRequested.connect(window.open_hit)
        built = search
    else:
        from irev_desktop.ui.pages.meetings import MeetingsPage

        built = MeetingsPage(context)
    window.pages[key] = built
    window.stack.addWidget(built)
    layout.restore_splitters(window, built)
    return built


def build_pages(window: MainWindow) -> None:
    """The first page: the welcome page for an empty store, else the one left last time."""
    context = window.context
    assert context is not None
    window._ready = True
    empty = not context.services.listing.has_organisations()
    window.navigation.setEnabled(not empty)
    if empty:
        from irev_desktop.ui.pages.welcome import WelcomePage

        window.welcome = WelcomePage(context)
        window.welcome.ready.connect(partial(_after_welcome, window))
        window.stack.addWidget(window.welcome)
        window.stack.setCurrentWidget(window.welcome)
        return
    key = window.settings.text("window/page", "meetings")
    last_meeting = window.settings.text("window/meeting")
    if key == "meeting" and last_meeting.isdigit():
        open_meeting(window, int(last_meeting), show=False)
    show_page(window, key)


def _after_welcome(window: MainWindow) -> None:
    window.navigation.setEnabled(True)
    show_page(window, "meetings")


def refresh_all(window: MainWindow) -> None:
    """Every page built reads the store again (it was replaced)."""
    for built in window.pages.values():
        refresh = getattr(built, "refresh", None)
        if callable(refresh):
            refresh()


def show_page(window: MainWindow, key: str) -> None:
    if key not in PAGE_KEYS or not window._ready:
        key = "meetings"
    if key == "meeting" and ("meeting" not in window.pages or window.meeting_page.meeting is None):
        key = "meetings"
    shown = page(window, key)
    window.navigation.setCurrentRow(PAGE_KEYS.index(key))
    window.stack.setCurrentWidget(shown)


def current_page(window: MainWindow) -> str:
    for key, built in window.pages.items():
        if window.stack.currentWidget() is built:
            return key
    return ""


def navigate(window: MainWindow, current: QListWidgetItem | None) -> None:
    """The navigation list's choice; the meeting page only once a meeting is open."""
    if current is None or not window._ready:
        return
    key = PAGE_KEYS[window.navigation.row(current)]
    if key == "meeting" and window.meeting_page.meeting is None:
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Ouvrez d'abord une séance dans la liste."),
            4000,
        )
        return
    window.stack.setCurrentWidget(page(window, key))


def open_meeting(window: MainWindow, meeting_id: int, show: bool) -> None:
    """Open ``meeting_id`` on the meeting page (shown if ``show``); one that cannot be
    read leaves the window as it is."""
    from irev_desktop.domain.errors import IrevError

    try:
        window.meeting_page.show_meeting(meeting_id)
    except IrevError:
        return
    window.settings.set_text("window/meeting", str(meeting_id))
    if show:
        show_page(window, "meeting")


def new_meeting(window: MainWindow) -> None:
    if window._ready:
        window.meetings_page.create_meeting()


def meeting_for_actions(window: MainWindow) -> int | None:
    """The meeting an action applies to: the one selected in the list, else the one open."""
    if not window._ready:
        return None
    meeting_id = window.meeting_page.meeting_id
    if current_page(window) == "meetings" or meeting_id is None:
        meeting_id = window.meetings_page.selected_id() or meeting_id
    return meeting_id


def save_pending(window: MainWindow) -> None:
    """Write at once what the meeting page has not written yet."""
    if "meeting" in window.pages:
        window.meeting_page.save_pending()
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Enregistré."), 3000
        )
