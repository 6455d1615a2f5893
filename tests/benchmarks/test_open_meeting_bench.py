"""Opening a meeting of 40 items and 80 attendees on the meeting page.

Both sides are timed up to their first paint, what a user waits for: the contents set,
then the event loop run until the window has painted the widget (``until_painted``).
Baseline: plain Qt widgets (a QTableWidget of the attendance, a QListWidget of the
agenda, a QPlainTextEdit of the first item's notes, a QTableWidget of the votes) filled
with the same rows, already in memory, and painted. The page also reads the meeting from
the store (one snapshot, plain rows: ``db.plain_rows``), computes the quorum, and checks
the signature of signed minutes. The two run in paired rounds in the same test.
Target: at most 3 times.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from irev_desktop.model.dto import MeetingDetail
from irev_desktop.paths import AppPaths
from irev_desktop.sample_data.large_meeting import large_meeting
from irev_desktop.services.facade import Services
from irev_desktop.ui.bus import ChangeBus
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.dialogs import Dialogs
from irev_desktop.ui.pages.meeting.page import MeetingPage
from irev_desktop.ui.settings import UiSettings

from .conftest import paired_rounds, record

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TARGET_RATIO = 3.0
ROUNDS = 41
PAINT_TIMEOUT_S = 5.0
WINDOW_SIZE = (1200, 780)  # the main window's size at first start


@pytest.fixture(scope="module")
def opened(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[UiContext, int]]:
    paths = AppPaths(tmp_path_factory.mktemp("open") / "irev.sqlite")
    with Services.open(paths, write=True) as services:
        meeting_id = large_meeting(services, items=40, attendees=80)
        yield (
            UiContext(services, Dialogs(), ChangeBus(), UiSettings(paths), QUndoStack()),
            meeting_id,
        )


class PaintSpy(QObject):
    """Counts the paint events of a widget and its children (installed on the
    application: children paint on their own, in the window's one repaint)."""

    def __init__(self, root: QWidget) -> None:
        super().__init__()
        self.root = root
        self.painted = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and (
            watched is self.root
            or (isinstance(watched, QWidget) and self.root.isAncestorOf(watched))
        ):
            self.painted += 1
        return False


def until_painted(widget: QWidget) -> None:
    """Runs the event loop until ``widget`` has been painted whole: the pending events
    first (layouts, the updates the change asked for), then a synchronous paint of the
    window and all its children, so that both sides always pay for the same thing (a
    wait for the first paint event of any child could end before the tables are drawn).
    The spy checks that a paint did happen."""
    app = QApplication.instance()
    assert app is not None
    spy = PaintSpy(widget)
    app.installEventFilter(spy)
    try:
        QApplication.processEvents()
        widget.repaint()
        deadline = time.perf_counter() + PAINT_TIMEOUT_S
        while not spy.painted:
            QApplication.processEvents()
            assert time.perf_counter() < deadline, "never painted"
    finally:
        app.removeEventFilter(spy)


def fill_plain(widget: QWidget, meeting: MeetingDetail) -> None:
    attendance, agenda, notes, votes = (
        widget.findChildren(QTableWidget)[0],
        widget.findChild(QListWidget),
        widget.findChild(QPlainTextEdit),
        widget.findChildren(QTableWidget)[1],
    )
    assert agenda is not None and notes is not None
    attendance.setRowCount(len(meeting.attendance))
    for row, a in enumerate(meeting.attendance):
        for column, text in enumerate(
            (a.person_name, a.member_name, a.status.label, a.proxy_holder_name)
        ):
            attendance.setItem(row, column, QTableWidgetItem(text))
    agenda.clear()
    agenda.addItems([f"{i.position}. {i.title}\n    {i.kind.label}" for i in meeting.items])
    notes.setPlainText(meeting.items[0].notes if meeting.items else "")
    votes.setRowCount(len(meeting.deliberations))
    for row, d in enumerate(meeting.deliberations):
        for column, text in enumerate((d.number, d.title, str(d.votes_for), d.result.label)):
            votes.setItem(row, column, QTableWidgetItem(text))


def plain_widget() -> QWidget:
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.addWidget(QTableWidget(0, 4))
    layout.addWidget(QListWidget())
    layout.addWidget(QPlainTextEdit())
    layout.addWidget(QTableWidget(0, 4))
    widget.resize(*WINDOW_SIZE)
    widget.show()
    return widget


def painted(widget: QWidget, change: Callable[[], None]) -> Callable[[], None]:
    def change_and_paint() -> None:
        change()
        until_painted(widget)

    return change_and_paint


def test_meeting_page_opens_the_large_meeting(
    benchmark: Any, opened: tuple[UiContext, int]
) -> None:
    context, meeting_id = opened
    page = MeetingPage(context)
    page.resize(*WINDOW_SIZE)  # both painted at the same size: the same pixels to fill
    page.show()
    meeting = context.services.meetings.meeting(meeting_id)
    widget = plain_widget()

    def open_it() -> None:
        page.meeting = None  # as when coming from another meeting
        page.show_meeting(meeting_id)

    open_and_paint = painted(page, open_it)
    fill_and_paint = painted(widget, lambda: fill_plain(widget, meeting))
    for _ in range(3):  # the first show of both windows, painted before any measure
        QApplication.processEvents()
    try:
        benchmark(open_and_paint)
        assert len(page.agenda.model.items()) == 40
        assert page.attendance.model.rowCount() >= 80
        # The ratio is taken round by round, the baseline and the page one after the
        # other, so that a machine busier at one moment than another does not skew it.
        paired = paired_rounds(fill_and_paint, open_and_paint, rounds=ROUNDS)
    finally:
        widget.close()
        page.close()
    record(benchmark, paired, TARGET_RATIO)
    print(
        f"\nopening a 40-item, 80-attendee meeting, up to its first paint: page "
        f"{paired.ours * 1000:.1f} ms, plain widgets {paired.baseline * 1000:.1f} ms; median "
        f"ratio of {ROUNDS} paired rounds x{paired.ratio:.2f} (target <= {TARGET_RATIO})"
    )
    assert paired.ratio <= TARGET_RATIO
