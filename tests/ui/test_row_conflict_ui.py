"""Someone else saves a row while its form is open here (another computer: its save
reaches this window while the form is up): on OK, the window shows the values that
differ, side by side, and writes only what the user chooses."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog, QTableWidget
from pytestqt.qtbot import QtBot

from irev_desktop.domain.quorum import Interval
from irev_desktop.model.inputs import MeetingHeader
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.meeting_form import MeetingFormDialog
from irev_desktop.ui.pages.board.dialogs import PersonDialog
from irev_desktop.ui.pages.board.page import BoardPage
from irev_desktop.ui.pages.meeting.history_dialog import AttendanceHistoryDialog
from irev_desktop.ui.row_conflict import RowConflictDialog

from .fakes import FakeDialogs
from .test_meeting_page import open_page, planned_meeting


def table_of(dialog: RowConflictDialog) -> list[tuple[str, str, str]]:
    table = dialog.findChild(QTableWidget, "conflictTable")
    assert table is not None
    return [
        (table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    ]


def header_of(context: UiContext, meeting_id: int) -> MeetingHeader:
    return MeetingHeader.of(context.services.meetings.meeting(meeting_id))


@pytest.mark.parametrize("keep_mine", [True, False])
def test_the_header_form_shows_both_values_and_writes_the_choice(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs, keep_mine: bool
) -> None:
    meeting_id = planned_meeting(context)
    page = open_page(qtbot, context, meeting_id)
    before = context.services.meetings.meeting(meeting_id)
    seen: list[list[tuple[str, str, str]]] = []

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, MeetingFormDialog)
        # While the form is open, another computer renames the meeting.
        context.services.meetings.update_header(
            meeting_id,
            dataclasses.replace(header_of(context, meeting_id), title="AG extraordinaire"),
        )
        dialog.place_edit.setText("Hôtel de Région, Lille")
        return True

    def choose(dialog: QDialog) -> bool:
        assert isinstance(dialog, RowConflictDialog)
        seen.append(table_of(dialog))
        (dialog.mine_button if keep_mine else dialog.theirs_button).click()
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_dialogs.forms.extend([fill, choose])
    page.edit_header()
    assert fake_dialogs.errors == []
    assert seen == [
        [
            ("Intitulé", before.title, "AG extraordinaire"),
            ("Lieu", "Hôtel de Région, Lille", before.place or "—"),
        ]
    ]
    stored = context.services.meetings.meeting(meeting_id)
    if keep_mine:
        assert (stored.title, stored.place) == (before.title, "Hôtel de Région, Lille")
    else:
        assert (stored.title, stored.place) == ("AG extraordinaire", before.place)
    # The values typed here are in the audit log either way.
    assert any(
        e.action == "meeting.update.refused" and "Hôtel de Région" in e.summary
        for e in context.services.audit.entries()
    )
    # The page shows what is stored.
    qtbot.waitUntil(lambda: page.meeting is not None and page.meeting.title == stored.title)


def test_closing_the_conflict_writes_nothing(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    page = BoardPage(context)
    qtbot.addWidget(page)
    person = context.services.registry.people()[0]
    page.people_table.selectRow(
        next(r for r, p in enumerate(page.people_model.rows()) if p.id == person.id)
    )

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, PersonDialog)
        context.services.registry.update_person(
            person.id,
            first_name=person.first_name,
            last_name=person.last_name,
            civility=person.civility,
            email="autre@example.org",
            function_title=person.function_title,
        )
        dialog.function_edit.setText("Directrice")
        return True

    shown: list[list[tuple[str, str, str]]] = []

    def close(dialog: QDialog) -> bool:
        assert isinstance(dialog, RowConflictDialog)
        shown.append(table_of(dialog))
        dialog.reject()  # Escape, or the window closed
        return False

    fake_dialogs.forms.extend([fill, close])
    page.edit_person()
    assert [name for name, _, _ in shown[0]] == ["Courriel", "Fonction"]
    stored = next(p for p in context.services.registry.people() if p.id == person.id)
    assert (stored.email, stored.function_title) == ("autre@example.org", person.function_title)


def test_a_history_correction_crossed_by_a_pointing_is_shown(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    meeting_id = planned_meeting(context)
    page = open_page(qtbot, context, meeting_id)
    assert page.meeting is not None
    row = page.meeting.attendance[0]

    def correct(dialog: QDialog) -> bool:
        assert isinstance(dialog, AttendanceHistoryDialog)
        context.services.attendance.record_arrival(meeting_id, row.person_id, dt.time(10, 5))
        dialog.presence_edit.setPlainText("9:30 –")
        return True

    seen: list[list[tuple[str, str, str]]] = []

    def keep_mine(dialog: QDialog) -> bool:
        assert isinstance(dialog, RowConflictDialog)
        seen.append(table_of(dialog))
        dialog.mine_button.click()
        return True

    fake_dialogs.forms.extend([correct, keep_mine])
    page.edit_attendance_history(row.person_id)
    assert fake_dialogs.errors == []
    ((label, mine, theirs),) = seen[0]
    assert label == "Historique de présence" and "09:30" in mine and "10:05" in theirs
    stored = next(
        a for a in context.services.meetings.meeting(meeting_id).attendance if a.id == row.id
    )
    assert stored.presence == (Interval(dt.time(9, 30), None),)


def test_what_was_edited_is_translated_with_the_message() -> None:
    """Every « what » the services name in a conflict is in the catalogue of words."""
    import re
    from pathlib import Path

    from irev_desktop.services import versions
    from irev_desktop.ui import error_texts

    services = Path(versions.__file__).parent
    named = {
        m
        for path in services.rglob("*.py")
        for m in re.findall(r'what="([^"]+)"', path.read_text(encoding="utf-8"))
    }
    assert len(named) >= 7
    assert named <= error_texts._WORDS
    conflict = versions.row_conflict((), 2, what="ce membre")
    assert error_texts.error_text(conflict) == conflict.message  # French: as raised


def test_a_conflict_reads_wholly_in_english(context: UiContext) -> None:
    from irev_desktop.services.versions import row_conflict
    from irev_desktop.ui import i18n
    from irev_desktop.ui.error_texts import error_text
    from irev_desktop.ui.row_conflict import field_label

    i18n.install("en")
    try:
        conflict = row_conflict((), 2, what="l'en-tête de cette séance")
        assert error_text(conflict) == (
            "Someone else changed the header of this meeting while you were making your "
            "change: nothing was overwritten, and your values are kept in the change log."
        )
        assert field_label("place") == "Place"
    finally:
        i18n.install("fr")
