"""Search field to search page to hit: its meeting opened at its item, words highlighted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from irev_desktop.ui.main_window.pages import open_meeting, show_page

if TYPE_CHECKING:
    from irev_desktop.model.search import SearchHit
    from irev_desktop.ui.main_window.window import MainWindow


def focus_search(window: MainWindow) -> None:
    window.search_field.setFocus()
    window.search_field.selectAll()


def typed(window: MainWindow, text: str) -> None:
    if not window._ready:
        return
    show_page(window, "search")
    window.search_page.set_query(text)


def enter(window: MainWindow) -> None:
    if not window._ready or not window.search_field.text().strip():
        return
    show_page(window, "search")
    window.search_page.set_query(window.search_field.text())
    window.search_page.run()
    window.search_page.open_current()


def open_hit(window: MainWindow, hit: SearchHit) -> None:
    """Land on what a search found: its meeting, its item, the words highlighted."""
    if hit.meeting_id is None or window.services is None:
        show_page(window, "board")
        return
    open_meeting(window, hit.meeting_id, show=True)
    words = window.services.search.words(window.search_page.query)
    window.meeting_page.reveal(str(hit.kind), hit.item_id, words)
