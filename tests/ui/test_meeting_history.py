"""The attendance history on the meeting page: shown, corrected as text, undone; and the
times of an agenda item corrected afterwards."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from irev_desktop.domain.quorum import Interval
from irev_desktop.model.dto import AttendanceDTO
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.pages.meeting.forms import ItemDialog
from irev_desktop.ui.pages.meeting.history_dialog import AttendanceHistoryDialog
from irev_desktop.ui.pages.meeting.page import MeetingPage

from .fakes import FakeDialogs
from .test_meeting_page import open_page, person

HISTORY_COLUMN = 4


def attendance_row(context: UiContext, meeting_id: int, person_id: int) -> AttendanceDTO:
    meeting = context.services.meetings.meeting(meeting_id)
    return next(a for a in meeting.attendance if a.person_id == person_id)


def history_cell(page: MeetingPage, person_id: int) -> str:
    model = page.attendance.model
    return str(model.index(model.row_of(person_id), HISTORY_COLUMN).data())


def test_the_table_shows_the_history(
    qtbot: QtBot, context: UiContext, main_meeting_id: int
) -> None:
    page = open_page(qtbot, context, main_meeting_id)
    header = page.attendance.model.headerData(HISTORY_COLUMN, Qt.Orientation.Horizontal)
    assert header == "Historique"
    assert history_cell(page, person(context, "Didier Caron")) == "arrivée 10 h 15"
    # A proxy given for a stretch, and a departure and a return.
    benali = person(context, "Karim Benali")
    ala = person(context, "Milouda Ala")
    context.services.attendance.set_history(
        main_meeting_id,
        benali,
        [Interval(None, dt.time(11, 2)), Interval(dt.time(11, 20), None)],
        [(ala, Interval(dt.time(11, 2), dt.time(11, 20)))],
    )
    page.reload()
    assert history_cell(page, benali) == (
        "départ 11 h 02 · retour 11 h 20 · pouvoir à Milouda Ala de 11 h 02 à 11 h 20"
    )


def test_the_history_is_corrected_through_the_dialog_with_undo(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs, main_meeting_id: int
) -> None:
    page = open_page(qtbot, context, main_meeting_id)
    caron = person(context, "Didier Caron")
    seen: list[str] = []

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, AttendanceHistoryDialog)
        seen.append(dialog.presence_edit.toPlainText())
        dialog.presence_edit.setPlainText("10:15 – 11:02\n11 h 20 –")
        dialog.ok_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_dialogs.forms.append(fill)
    page.attendance.select(caron)
    page.attendance.table.setFocus()
    qtbot.keyClick(page.attendance.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["10:15 –"]  # the dialog opened on the history as it was
    assert fake_dialogs.errors == []
    stored = attendance_row(context, main_meeting_id, caron)
    assert stored.presence == (
        Interval(dt.time(10, 15), dt.time(11, 2)),
        Interval(dt.time(11, 20), None),
    )
    assert history_cell(page, caron) == "arrivée 10 h 15 · départ 11 h 02 · retour 11 h 20"
    context.undo.undo()
    assert attendance_row(context, main_meeting_id, caron).presence == (
        Interval(dt.time(10, 15), None),
    )
    assert history_cell(page, caron) == "arrivée 10 h 15"
    context.undo.redo()
    assert len(attendance_row(context, main_meeting_id, caron).presence) == 2


def test_a_proxy_is_given_through_the_dialog_by_name(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs, main_meeting_id: int
) -> None:
    page = open_page(qtbot, context, main_meeting_id)
    caron = person(context, "Didier Caron")

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, AttendanceHistoryDialog)
        dialog.presence_edit.setPlainText("10:15 – 11:02")
        dialog.proxies_edit.setPlainText("lefebvre, 11:02 –")
        dialog.ok_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_dialogs.forms.append(fill)
    page.attendance.select(caron)
    page.attendance.history_button.click()
    assert fake_dialogs.errors == []
    stored = attendance_row(context, main_meeting_id, caron)
    assert [(p.holder_name, p.given_at, p.ended_at) for p in stored.proxies] == [
        ("Camille Lefebvre", dt.time(11, 2), None)
    ]
    assert history_cell(page, caron).endswith(
        "départ 11 h 02 · pouvoir à Camille Lefebvre à partir de 11 h 02"
    )


def test_a_bad_line_keeps_the_dialog_open_and_stores_nothing(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs, main_meeting_id: int
) -> None:
    page = open_page(qtbot, context, main_meeting_id)
    caron = person(context, "Didier Caron")
    before = attendance_row(context, main_meeting_id, caron)
    shown: list[tuple[bool, str, str]] = []

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, AttendanceHistoryDialog)
        dialog.presence_edit.setPlainText("10:15 – 11:02\n11 h 70 –")
        dialog.ok_button.click()
        shown.append(
            (
                dialog.result() == QDialog.DialogCode.Accepted,
                dialog.error_label.text(),
                dialog.presence_edit.toPlainText(),
            )
        )
        assert dialog.error_label.isVisibleTo(dialog)
        dialog.proxies_edit.setPlainText("Personne Inconnue, 11:02 –")
        dialog.presence_edit.setPlainText("10:15 – 11:02")
        dialog.ok_button.click()
        shown.append(
            (
                dialog.result() == QDialog.DialogCode.Accepted,
                dialog.error_label.text(),
                dialog.proxies_edit.toPlainText(),
            )
        )
        return False  # the user gives up

    fake_dialogs.forms.append(fill)
    page.attendance.select(caron)
    page.attendance.history_button.click()
    accepted, error, kept = shown[0]
    assert not accepted
    assert error.startswith("Présences — Ligne 2 : ") and "11 h 70" in error
    assert kept == "10:15 – 11:02\n11 h 70 –"  # nothing the user typed is lost
    accepted, error, kept = shown[1]
    assert not accepted
    assert error.startswith("Pouvoirs — Ligne 1 : ") and "Personne Inconnue" in error
    assert kept == "Personne Inconnue, 11:02 –"
    assert attendance_row(context, main_meeting_id, caron) == before
    assert context.undo.count() == 0
    assert fake_dialogs.errors == []


def test_a_refusal_of_the_rules_reopens_the_dialog_as_typed(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs, main_meeting_id: int
) -> None:
    page = open_page(qtbot, context, main_meeting_id)
    caron = person(context, "Didier Caron")
    before = attendance_row(context, main_meeting_id, caron)
    seen: list[tuple[str, str]] = []

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, AttendanceHistoryDialog)
        dialog.presence_edit.setPlainText("10:15 – 11:02")
        dialog.proxies_edit.setPlainText("Buchaillat, 11:02 –")  # he holds one already
        dialog.ok_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    def look(dialog: QDialog) -> bool:
        assert isinstance(dialog, AttendanceHistoryDialog)
        seen.append((dialog.error_label.text(), dialog.proxies_edit.toPlainText()))
        return False

    fake_dialogs.forms.extend([fill, look])
    page.attendance.select(caron)
    page.attendance.history_button.click()
    assert len(seen) == 1
    error, kept = seen[0]
    assert "plafond" in error and kept == "Buchaillat, 11:02 –"
    assert attendance_row(context, main_meeting_id, caron) == before
    assert context.undo.count() == 0


def test_removing_an_attendee_then_undo_brings_the_history_back(
    qtbot: QtBot, context: UiContext, main_meeting_id: int
) -> None:
    caron = person(context, "Didier Caron")
    lefebvre = person(context, "Camille Lefebvre")
    context.services.attendance.set_history(
        main_meeting_id,
        caron,
        [Interval(dt.time(10, 15), dt.time(11, 2)), Interval(dt.time(11, 20), None)],
        [(lefebvre, Interval(dt.time(11, 2), dt.time(11, 20)))],
    )
    before = attendance_row(context, main_meeting_id, caron)
    page = open_page(qtbot, context, main_meeting_id)
    page.attendance.select(caron)
    qtbot.keyClick(page.attendance.table, Qt.Key.Key_Delete)
    assert page.attendance.model.row_of(caron) < 0
    assert context.undo.undoText() == "Retrait de Didier Caron"
    context.undo.undo()
    after = attendance_row(context, main_meeting_id, caron)
    assert (after.status, after.presence, after.proxies) == (
        before.status,
        before.presence,
        before.proxies,
    )
    assert history_cell(page, caron) == (
        "arrivée 10 h 15 · départ 11 h 02 · retour 11 h 20 · "
        "pouvoir à Camille Lefebvre de 11 h 02 à 11 h 20"
    )
    context.undo.redo()
    assert page.attendance.model.row_of(caron) < 0


def test_item_times_are_corrected_through_the_form(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs, main_meeting_id: int
) -> None:
    page = open_page(qtbot, context, main_meeting_id)
    item = page.agenda.model.items()[1]
    errors: list[str] = []

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, ItemDialog)
        assert dialog.start_edit.isVisibleTo(dialog)
        dialog.start_edit.setText("10 h 12")
        dialog.end_edit.setText("9h")
        dialog.accept()
        errors.append(dialog.error_label.text())
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.end_edit.setText("10h40")
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_dialogs.forms.append(fill)
    page.agenda.select(item.id)
    page.agenda.edit_button.click()
    assert errors == ["La fin du point précède son début."]
    assert fake_dialogs.errors == []
    stored = next(i for i in context.services.agenda.items(main_meeting_id) if i.id == item.id)
    assert (stored.started_at, stored.ended_at) == (dt.time(10, 12), dt.time(10, 40))

    # Emptied, the times are cleared.
    def empty(dialog: QDialog) -> bool:
        assert isinstance(dialog, ItemDialog)
        dialog.start_edit.clear()
        dialog.end_edit.clear()
        return True

    fake_dialogs.forms.append(empty)
    page.agenda.edit_button.click()
    stored = next(i for i in context.services.agenda.items(main_meeting_id) if i.id == item.id)
    assert (stored.started_at, stored.ended_at) == (None, None)


def test_a_new_item_has_no_times(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs, main_meeting_id: int
) -> None:
    page = open_page(qtbot, context, main_meeting_id)
    visible: list[bool] = []

    def look(dialog: QDialog) -> bool:
        assert isinstance(dialog, ItemDialog)
        visible.append(dialog.start_edit.isVisibleTo(dialog))
        return False

    fake_dialogs.forms.append(look)
    page.agenda.add_button.click()
    assert visible == [False]
