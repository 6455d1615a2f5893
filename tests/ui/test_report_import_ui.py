"""The attendance tab's « Importer un rapport de visioconférence… »: the report's
participants shown with the person proposed and its score, the threshold of short joins
changed at the keyboard, a participant left out or added as a guest, nothing written
before « Importer », and the import undone by Ctrl+Z."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QTableWidget
from pytestqt.qtbot import QtBot

from irev_desktop.domain.quorum import Interval
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.report_import import AS_GUEST, LEAVE_OUT, ReportImportDialog

from .. import report_samples as samples
from .fakes import FakeDialogs
from .keyboard import Keyboard, show_with_focus
from .test_meeting_page import open_page

MAIN_DAY = dt.date(2021, 3, 8)


def main_meeting(context: UiContext) -> int:
    return next(m.id for m in context.services.meetings.meetings() if m.date == MAIN_DAY)


def rows_of(dialog: ReportImportDialog) -> list[tuple[str, str, str, str]]:
    table = dialog.findChild(QTableWidget, "reportTable")
    assert table is not None
    result = []
    for row in range(table.rowCount()):
        combo = table.cellWidget(row, 2)
        who = combo.currentText() if isinstance(combo, QComboBox) else table.item(row, 2).text()
        result.append(
            (table.item(row, 0).text(), table.item(row, 1).text(), who, table.item(row, 3).text())
        )
    return result


def presence(context: UiContext, meeting_id: int) -> dict[str, tuple[Interval, ...]]:
    return {
        a.person_name: a.presence for a in context.services.meetings.meeting(meeting_id).attendance
    }


def test_the_report_is_shown_then_written_as_confirmed_then_undone(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    meeting_id = main_meeting(context)
    page = open_page(qtbot, context, meeting_id)
    report = tmp_path / "presence-teams.csv"
    report.write_bytes(samples.teams_english())
    fake_dialogs.files.append([report])
    before = presence(context, meeting_id)
    seen: list[list[tuple[str, str, str, str]]] = []

    def confirm(dialog: QDialog) -> bool:
        assert isinstance(dialog, ReportImportDialog)
        seen.append(rows_of(dialog))
        assert presence(context, meeting_id) == before  # nothing written while it is open
        # The threshold, typed: 0 min keeps Sophie Marchand's 40 seconds.
        show_with_focus(qtbot, dialog, dialog.minutes_spin)
        keyboard = Keyboard()
        keyboard.ctrl(Qt.Key.Key_A)
        keyboard.type("0")
        qtbot.waitUntil(lambda: dialog.plan.min_minutes == 0)
        seen.append(rows_of(dialog))
        # The phone number becomes a guest; Karim Benali is left out.
        combos = {p.name: c for p, c in zip(dialog.plan.participants, dialog.combos, strict=True)}
        phone, karim = combos["+33 3 21 00 00 00"], combos["Karim Benali"]
        assert phone is not None and karim is not None
        phone.setCurrentIndex(phone.findData(AS_GUEST))
        karim.setCurrentIndex(karim.findData(LEAVE_OUT))
        assert "1 invité·e(s)" in dialog.summary.text()
        dialog.import_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_dialogs.forms.append(confirm)
    page.attendance.report_button.click()
    assert fake_dialogs.errors == []
    first = {name: (kept, who, score) for name, kept, who, score in seen[0]}
    assert first["LEFEBVRE Camille (Région HDF)"] == (
        "10:01–10:50, 11:10–11:47",
        "Camille Lefebvre (100/100)",
        "100/100",
    )
    assert first["+33 3 21 00 00 00"][1] == "— Ne pas importer —"
    assert first["Sophie Marchand"][:2] == (
        "aucune connexion retenue (1 courte(s) ignorée(s))",
        "— rien à enregistrer —",
    )
    second = {name: (kept, who) for name, kept, who, _ in seen[1]}
    assert second["Sophie Marchand"] == ("10:03–10:03:40", "Sophie Marchand (100/100)")
    after = presence(context, meeting_id)
    assert after["Camille Lefebvre"] == (
        Interval(None, dt.time(10, 50)),
        Interval(dt.time(11, 10), None),
    )
    assert after["Karim Benali"] == before["Karim Benali"]  # left out
    assert after["+33 3 21 00 00 00"] == (Interval(dt.time(10, 20), dt.time(10, 40)),)
    # Ctrl+Z puts the people of the register back as they were.
    assert context.undo.undoText() == "Présences du rapport de visioconférence"
    context.undo.undo()
    undone = presence(context, meeting_id)
    assert undone["Camille Lefebvre"] == before["Camille Lefebvre"]
    assert undone["Didier Caron"] == before["Didier Caron"]


def test_a_file_that_is_no_report_is_said_and_nothing_opens(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    meeting_id = main_meeting(context)
    page = open_page(qtbot, context, meeting_id)
    letter = tmp_path / "lettre.csv"
    letter.write_bytes("Bonjour,\nà lundi.\n".encode())
    fake_dialogs.files.append([letter])
    page.attendance.report_button.click()
    assert len(fake_dialogs.errors) == 1
    title, text = fake_dialogs.errors[0]
    assert title == "Rapport de visioconférence" and "n'est pas un rapport de présence" in text
    assert not fake_dialogs.forms  # no dialog was asked for


def test_cancelling_writes_nothing(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    meeting_id = main_meeting(context)
    page = open_page(qtbot, context, meeting_id)
    report = tmp_path / "zoom.csv"
    report.write_bytes(samples.zoom())
    fake_dialogs.files.append([report])
    before = context.services.meetings.meeting(meeting_id)

    def cancel(dialog: QDialog) -> bool:
        assert isinstance(dialog, ReportImportDialog)
        show_with_focus(qtbot, dialog, dialog.table)
        Keyboard().press(Qt.Key.Key_Escape)
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_dialogs.forms.append(cancel)
    page.attendance.report_button.click()
    assert context.services.meetings.meeting(meeting_id) == before


def test_seance_mode_reaches_the_same_dialog_with_ctrl_shift_i(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    """A hybrid AG: the secretary takes who followed remotely from the report without
    leaving séance mode; the window shows it at once and the keyboard is back in the notes."""
    from irev_desktop.ui.seance.window import SeanceWindow

    from .test_seance import FakeClock

    meeting_id = next(
        m.id for m in context.services.meetings.meetings() if m.status.value == "planned"
    )
    listed = [a.person_name for a in context.services.meetings.meeting(meeting_id).attendance]
    report = tmp_path / "zoom.csv"
    report.write_bytes(samples.zoom())
    fake_dialogs.files.append([report])
    window = SeanceWindow(context, meeting_id, FakeClock(dt.datetime(2021, 11, 25, 10, 0, 0)))
    qtbot.addWidget(window)
    show_with_focus(qtbot, window, window.editor)

    def accept(dialog: QDialog) -> bool:
        assert isinstance(dialog, ReportImportDialog)
        dialog.import_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_dialogs.forms.append(accept)
    Keyboard().press(
        Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert fake_dialogs.errors == []
    assert not fake_dialogs.forms  # the dialog was shown and answered
    stored = presence(context, meeting_id)
    assert stored["Didier Caron"] == (Interval(dt.time(10, 14, 30), dt.time(11, 46)),)
    shown = {a.person_name: a.presence for a in window.meeting.attendance}
    assert shown["Didier Caron"] == stored["Didier Caron"]
    assert "Didier Caron" in listed
    assert window.editor.hasFocus()
    fake_dialogs.confirm_answers.append(True)
    window.close()
