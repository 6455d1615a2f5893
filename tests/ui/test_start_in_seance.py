"""The window started in séance mode on a meeting (``irev-desktop seance SEANCE``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from irev_desktop.paths import AppPaths
from irev_desktop.sample_data.demo import load_demo
from irev_desktop.services.facade import Services
from irev_desktop.ui import i18n
from irev_desktop.ui.main_window import MainWindow
from irev_desktop.ui.seance.window import SeanceWindow
from irev_desktop.ui.settings import UiSettings

from .fakes import FakeDialogs

WindowFactory = Callable[[FakeDialogs], MainWindow]


@pytest.fixture
def planned_meeting(paths: AppPaths) -> int:
    """The example in the store; the number of its planned meeting."""
    with Services.open(paths, write=True) as services:
        load_demo(services)
        return next(m.id for m in services.meetings.meetings() if m.status.value == "planned")


@pytest.fixture
def make_window(qtbot: QtBot, paths: AppPaths) -> Iterator[WindowFactory]:
    made: list[MainWindow] = []

    def make(dialogs: FakeDialogs) -> MainWindow:
        i18n.install("fr")
        window = MainWindow(paths, UiSettings(paths), dialogs)
        qtbot.addWidget(window)
        made.append(window)
        return window

    yield make
    for window in made:
        if window.services is not None:
            window.close()
    i18n.install("fr")


def test_started_on_a_meeting_the_window_opens_seance_mode_once_the_store_is_open(
    make_window: WindowFactory, planned_meeting: int, qtbot: QtBot
) -> None:
    window = make_window(FakeDialogs())
    # As app.run does: the frame paints first, the store opens after that first paint.
    window.open_store_after_first_paint()
    window.open_seance_when_ready(planned_meeting)
    assert window.seance_window is None  # not before the store is open
    window.show()
    qtbot.waitUntil(lambda: window.seance_window is not None, timeout=10000)
    seance = window.seance_window
    assert isinstance(seance, SeanceWindow)
    assert seance.meeting_id == planned_meeting
    assert seance.isVisible()
    assert seance.windowTitle().startswith("Mode séance")
    # Behind it, the main window shows the same meeting, as after F5.
    assert window.current_page() == "meeting"
    assert window.meeting_page.meeting_id == planned_meeting


def test_asked_once_the_store_is_open_seance_mode_opens_at_once(
    make_window: WindowFactory, planned_meeting: int
) -> None:
    window = make_window(FakeDialogs())
    window.open_store()
    window.open_seance_when_ready(planned_meeting)
    assert isinstance(window.seance_window, SeanceWindow)
    assert window.seance_window.meeting_id == planned_meeting


def test_the_request_is_honoured_once_not_again_when_the_window_is_rebuilt(
    make_window: WindowFactory, planned_meeting: int
) -> None:
    window = make_window(FakeDialogs())
    window.open_seance_when_ready(planned_meeting)
    window.open_store()
    assert window.seance_window is not None
    window.seance_window.close()
    assert window.seance_window is None
    window.switch_language("en")  # builds the pages again on the same store
    assert window.seance_window is None


def test_a_meeting_gone_before_the_store_opened_is_reported_not_raised(
    make_window: WindowFactory, planned_meeting: int
) -> None:
    dialogs = FakeDialogs()
    window = make_window(dialogs)
    window.open_seance_when_ready(planned_meeting + 100)
    window.open_store()
    assert window.seance_window is None
    assert [title for title, _text in dialogs.errors] == ["Mode séance"]
    assert window.services is not None  # the window carries on


def test_f5_still_opens_seance_mode_on_the_meeting_shown(
    make_window: WindowFactory, planned_meeting: int
) -> None:
    window = make_window(FakeDialogs())
    window.open_store()
    window.open_meeting(planned_meeting)
    window.seance_action.trigger()
    assert isinstance(window.seance_window, SeanceWindow)
    assert window.seance_window.meeting_id == planned_meeting


def test_switching_the_language_with_seance_mode_open_keeps_it_working(
    make_window: WindowFactory, planned_meeting: int, qtbot: QtBot
) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtWidgets import QApplication

    from .keyboard import Keyboard

    window = make_window(FakeDialogs())
    window.open_store()
    window.open_seance_when_ready(planned_meeting)
    seance = window.seance_window
    assert isinstance(seance, SeanceWindow)
    seance.show()
    qtbot.waitExposed(seance)
    seance.activateWindow()
    seance.editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is seance.editor)
    window.switch_language("en")
    QApplication.processEvents()  # the LanguageChange event is posted to each window
    # The old pages and change bus are really gone, as in the event loop.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.seance_window is seance and seance.isVisible()
    assert seance.start_button.text() == "Open (F6)"
    assert seance.windowTitle().startswith("Live meeting mode")
    seance.activateWindow()
    seance.editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is seance.editor)
    Keyboard().press(Qt.Key.Key_F6)  # raised « Signal source has been deleted » before
    assert window.services is not None
    assert window.services.meetings.meeting(planned_meeting).actual_start is not None
    # The window heard of it through the new bus: it shows the séance open.
    assert seance.meeting.actual_start is not None
    assert "Meeting opened" in seance.message.text()
    window.switch_language("fr")
    QApplication.processEvents()
    assert seance.start_button.text() == "Ouvrir (F6)"
