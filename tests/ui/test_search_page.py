"""Search from the window: results as you type, landing on the item with words marked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from irev_desktop.paths import AppPaths
from irev_desktop.sample_data.demo import load_demo
from irev_desktop.services.facade import Services
from irev_desktop.ui import i18n
from irev_desktop.ui.highlight import spans
from irev_desktop.ui.main_window import MainWindow
from irev_desktop.ui.settings import UiSettings

from .fakes import FakeDialogs


@pytest.fixture
def window(qtbot: QtBot, paths: AppPaths) -> Iterator[MainWindow]:
    with Services.open(paths, write=True) as services:
        load_demo(services)
    i18n.install("fr")
    opened = MainWindow(paths, UiSettings(paths), FakeDialogs())
    qtbot.addWidget(opened)
    opened.open_store()
    yield opened
    opened.close()


def titles(window: MainWindow) -> list[str]:
    return [hit.title for hit in window.search_page.hits()]


def test_results_follow_the_typing(qtbot: QtBot, window: MainWindow) -> None:
    window.focus_search()
    qtbot.keyClicks(window.search_field, "interministeriel")
    assert window.current_page() == "search"
    qtbot.waitUntil(lambda: bool(titles(window)), timeout=3000)
    assert any("Comité interministériel" in t for t in titles(window))
    window.search_field.clear()
    qtbot.keyClicks(window.search_field, "assis")  # a prefix, as typed
    qtbot.waitUntil(lambda: any("Assises" in t for t in titles(window)), timeout=3000)


@pytest.mark.parametrize(
    "typed", ["l'assemblée", '"rapport', "AND OR NOT", "NEAR(", "*", "-", "((", "   "]
)
def test_awkward_input_never_breaks_the_page(window: MainWindow, typed: str) -> None:
    window.show_page("search")
    window.search_page.set_query(typed)
    window.search_page.run()
    assert window.search_page.count.text()  # a count or a hint, never an exception


def test_opening_a_hit_lands_on_the_item_with_the_words_marked(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.search_field.setText("participants")
    window._search_typed("participants")
    window.search_page.run()
    item_hit = next(h for h in window.search_page.hits() if h.kind == "item")
    window.open_hit(item_hit)
    assert window.current_page() == "meeting"
    page = window.meeting_page
    assert page.tabs.currentWidget() is page.agenda
    assert page.agenda.selected_id() == item_hit.item_id
    marks = page.agenda.notes.extraSelections()
    assert marks and marks[0].cursor.selectedText() == "participants"


def test_enter_opens_the_best_hit(qtbot: QtBot, window: MainWindow) -> None:
    window.search_field.setText("Assises")
    window._search_enter()
    best = window.search_page.hits()[0]
    assert window.current_page() == "meeting"
    assert window.meeting_page.meeting_id == best.meeting_id
    page = window.meeting_page
    expected = {"action": page.actions_tab, "deliberation": page.deliberations}
    assert page.tabs.currentWidget() is expected.get(str(best.kind), page.agenda)


def test_spans_ignore_case_accents_and_ligatures() -> None:
    text = "L'Assemblée générale ; la mise en œuvre, ASSEMBLEE, des œuvres."
    found = [text[s : s + n] for s, n in spans(text, ["assemblee", "oeuvre", "gen"])]
    assert found == ["Assemblée", "générale", "œuvre", "ASSEMBLEE"]  # not "œuvres"
    assert [text[s : s + n] for s, n in spans(text, ["de"])] == ["des"]
