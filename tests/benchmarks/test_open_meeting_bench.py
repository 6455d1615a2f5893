"""Opening a meeting of 40 items and 80 attendees on the meeting page.

Baseline: plain Qt widgets (a QTableWidget of the attendance, a QListWidget of the
agenda, a QPlainTextEdit of the first item's notes, a QTableWidget of the votes) filled
with the same rows, already in memory. The page also reads the meeting from the store
(one snapshot, plain rows: ``db.plain_rows``), computes the quorum, and checks the
signature of signed minutes. Target: at most 3 times.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from typing import Any

import pytest
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

from irev_desktop.paths import AppPaths
from irev_desktop.services.archive_generator import large_meeting
from irev_desktop.services.dto import MeetingDetail
from irev_desktop.services.facade import Services
from irev_desktop.ui.bus import ChangeBus
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.dialogs import Dialogs
from irev_desktop.ui.pages.meeting.page import MeetingPage
from irev_desktop.ui.settings import UiSettings

from .conftest import median

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TARGET_RATIO = 3.0
results: dict[str, float] = {}


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
    widget.show()
    return widget


def test_baseline_plain_widgets_from_memory(benchmark: Any, opened: tuple[UiContext, int]) -> None:
    context, meeting_id = opened
    meeting = context.services.meetings.meeting(meeting_id)
    widget = plain_widget()
    benchmark(fill_plain, widget, meeting)
    results["plain"] = median(benchmark)
    widget.close()


def test_meeting_page_opens_the_large_meeting(
    benchmark: Any, opened: tuple[UiContext, int]
) -> None:
    context, meeting_id = opened
    page = MeetingPage(context)
    page.show()

    def open_it() -> None:
        page.meeting = None  # as when coming from another meeting
        page.show_meeting(meeting_id)

    benchmark(open_it)
    results["page"] = median(benchmark)
    assert len(page.agenda.model.items()) == 40
    assert page.attendance.model.rowCount() >= 80
    # The ratio is taken round by round, the baseline and the page one after the other,
    # so that a machine busier in one test than in the other does not skew it.
    meeting = context.services.meetings.meeting(meeting_id)
    widget = plain_widget()
    ratios = []
    for _ in range(41):
        started = time.perf_counter()
        fill_plain(widget, meeting)
        middle = time.perf_counter()
        open_it()
        ratios.append((time.perf_counter() - middle) / (middle - started))
    ratio = sorted(ratios)[len(ratios) // 2]
    print(
        f"\nopening a 40-item, 80-attendee meeting: page {results['page'] * 1000:.1f} ms, "
        f"plain widgets {results['plain'] * 1000:.1f} ms; median ratio of 41 paired rounds "
        f"x{ratio:.2f} (target <= {TARGET_RATIO})"
    )
    widget.close()
    page.close()
    assert ratio <= TARGET_RATIO
