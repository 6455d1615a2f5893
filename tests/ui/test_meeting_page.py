from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QTextCursor
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from irev_desktop.domain.enums import AttendanceStatus, MeetingStatus
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.pages.meeting.forms import ItemDialog
from irev_desktop.ui.pages.meeting.page import MeetingPage

from .fakes import FakeDialogs


def open_page(qtbot: QtBot, context: UiContext, meeting_id: int) -> MeetingPage:
    page = MeetingPage(context)
    qtbot.addWidget(page)
    page.show_meeting(meeting_id)
    return page


def planned_meeting(context: UiContext) -> int:
    return next(m.id for m in context.services.meetings.meetings() if m.status.value == "planned")


def person(context: UiContext, name: str) -> int:
    return next(p.id for p in context.services.registry.people() if p.full_name == name)


def agenda_titles(page: MeetingPage) -> list[str]:
    return [i.title for i in page.agenda.model.items()]


def test_the_header_speaks_french(qtbot: QtBot, context: UiContext, main_meeting_id: int) -> None:
    page = open_page(qtbot, context, main_meeting_id)
    assert "lundi 8 mars 2021" in page.header.title.text()
    assert "Milouda Ala" in page.header.details.text()
    assert page.header.status.text() == "procès-verbal en projet"


def test_attendance_with_a_proxy_changes_the_quorum(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    page = open_page(qtbot, context, planned_meeting(context))
    tab = page.attendance
    assert "NON atteint" in tab.quorum_label.text()
    for name in ("Milouda Ala", "Laurent Buchaillat", "Camille Lefebvre"):
        tab.select(person(context, name))
        tab.present_button.click()
    assert "NON atteint" in tab.quorum_label.text()  # 60 of 100, 2/3 required
    tab.select(person(context, "Thomas Girard"))
    tab.holder_combo.setCurrentIndex(tab.holder_combo.findText("Laurent Buchaillat"))
    tab.proxy_button.click()
    assert fake_dialogs.errors == []
    assert "Quorum atteint : 80" in tab.quorum_label.text()
    row = tab.model.row_of(person(context, "Thomas Girard"))
    assert tab.model.index(row, 3).data() == "représenté·e (pouvoir à Laurent Buchaillat)"
    # The cap of one proxy per holder is enforced with a clear message.
    tab.select(person(context, "Didier Caron"))
    tab.holder_combo.setCurrentIndex(tab.holder_combo.findText("Laurent Buchaillat"))
    tab.proxy_button.click()
    assert fake_dialogs.errors and "pouvoir" in fake_dialogs.errors[-1][1]


def test_adding_and_reordering_items_by_keyboard_with_undo(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    page = open_page(qtbot, context, planned_meeting(context))

    def fill(title: str):  # type: ignore[no-untyped-def]
        def apply(dialog: QDialog) -> bool:
            assert isinstance(dialog, ItemDialog)
            dialog.title_edit.setText(title)
            return True

        return apply

    for title in ("Budget 2022", "Questions diverses"):
        fake_dialogs.forms.append(fill(title))
        page.agenda.add_button.click()
    assert agenda_titles(page)[1:] == ["Budget 2022", "Questions diverses"]
    page.agenda.select(page.agenda.model.items()[2].id)
    page.agenda.view.setFocus()
    qtbot.keyClick(page.agenda.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert agenda_titles(page)[1:] == ["Questions diverses", "Budget 2022"]
    assert page.agenda.selected_item() is not None
    assert page.agenda.selected_item().title == "Questions diverses"  # type: ignore[union-attr]
    context.undo.undo()
    assert agenda_titles(page)[1:] == ["Budget 2022", "Questions diverses"]
    # Delete removes, Ctrl+Z brings the item back with its notes.
    budget = page.agenda.model.items()[1]
    context.services.agenda.save_notes(budget.id, "Notes du budget")
    page.reload()
    page.agenda.select(budget.id)
    qtbot.keyClick(page.agenda.view, Qt.Key.Key_Delete)
    assert "Budget 2022" not in agenda_titles(page)
    context.undo.undo()
    restored = next(i for i in page.agenda.model.items() if i.title == "Budget 2022")
    assert restored.position == 2 and restored.notes == "Notes du budget"


def test_drag_and_drop_reorders(qtbot: QtBot, context: UiContext, main_meeting_id: int) -> None:
    page = open_page(qtbot, context, main_meeting_id)
    model = page.agenda.model
    before = agenda_titles(page)
    data = model.mimeData([model.index(3)])
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, model.index(-1))
    after = agenda_titles(page)
    assert after[1] == before[3] and sorted(after) == sorted(before)


def test_typing_notes_saves_them_with_a_revision(
    qtbot: QtBot, context: UiContext, main_meeting_id: int
) -> None:
    page = open_page(qtbot, context, main_meeting_id)
    item = page.agenda.model.items()[1]
    page.agenda.select(item.id)
    page.agenda.notes.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(page.agenda.notes, " Ajout pendant la seance.")

    def saved() -> bool:
        notes = context.services.agenda.items(main_meeting_id)[1].notes
        return notes.endswith("Ajout pendant la seance.")

    qtbot.waitUntil(saved, timeout=5000)
    assert context.services.agenda.revisions(item.id)[0].text.endswith("Ajout pendant la seance.")


def test_adding_an_attachment_by_dialog_and_by_drop(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    page = open_page(qtbot, context, planned_meeting(context))
    first = tmp_path / "convocation.pdf"
    first.write_bytes(b"%PDF-1.4 test")
    fake_dialogs.files.append([first])
    page.attachments.new_button.click()
    second = tmp_path / "budget prévisionnel.xlsx"
    second.write_bytes(b"tableur")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(second))])
    drop = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(drop)
    names = [a.original_name for a in page.attachments.model.rows()]
    assert names == ["convocation.pdf", "budget prévisionnel.xlsx"]
    assert page.tabs.currentWidget() is page.attachments


def test_the_minutes_lifecycle_ends_frozen(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs, main_meeting_id: int
) -> None:
    page = open_page(qtbot, context, main_meeting_id)
    fake_dialogs.texts.append("25/11/2021")
    page.header.findChild(type(page.header.edit_button), "to_minutes_adopted").click()
    assert page.meeting is not None and page.meeting.status is MeetingStatus.MINUTES_ADOPTED
    assert "jeudi 25 novembre 2021" in page.header.details.text()
    fake_dialogs.confirm_answers.append(False)
    page.header.findChild(type(page.header.edit_button), "to_minutes_signed").click()
    assert page.meeting.status is MeetingStatus.MINUTES_ADOPTED
    fake_dialogs.confirm_answers.append(True)
    page.header.findChild(type(page.header.edit_button), "to_minutes_signed").click()
    assert page.meeting.status is MeetingStatus.MINUTES_SIGNED
    assert page.header.banner.isVisibleTo(page)
    assert "empreinte vérifiée" in page.header.banner.text()
    assert page.agenda.notes.isReadOnly()
    assert not page.attendance.present_button.isEnabled()
    assert not page.agenda.add_button.isEnabled()
    assert not page.header.edit_button.isEnabled()


def test_an_arrival_is_logged_with_its_time(qtbot: QtBot, context: UiContext) -> None:
    page = open_page(qtbot, context, planned_meeting(context))
    caron = person(context, "Didier Caron")
    page.attendance.select(caron)
    page.attendance.time_edit.setTime(dt.time(10, 42))
    page.attendance.arrival_button.click()
    row = next(a for a in page.meeting.attendance if a.person_id == caron)  # type: ignore[union-attr]
    assert row.status is AttendanceStatus.PRESENT and row.arrived_at == dt.time(10, 42)
    history = page.attendance.model.index(page.attendance.model.row_of(caron), 4).data()
    assert history == "arrivée 10 h 42"


def test_models_pass_qtmodeltester(  # type: ignore[no-untyped-def]
    qtbot: QtBot, context: UiContext, main_meeting_id: int, qtmodeltester
) -> None:
    page = open_page(qtbot, context, main_meeting_id)
    for model in (
        page.attendance.model,
        page.agenda.model,
        page.deliberations.model,
        page.actions_tab.model,
        page.attachments.model,
    ):
        qtmodeltester.check(model)


def test_other_participants_are_read_when_the_user_turns_to_them(
    qtbot: QtBot, context: UiContext
) -> None:
    page = open_page(qtbot, context, planned_meeting(context))
    combo = page.attendance.guest_combo
    assert combo.count() == 0  # opening the meeting read no registry
    assert combo.placeholderText() == "Choisir une personne…"
    page.show()
    combo.setFocus()
    qtbot.waitUntil(lambda: combo.count() > 0, timeout=3000)
    listed = {a.person_id for a in page.meeting.attendance}  # type: ignore[union-attr]
    offered = {combo.itemData(i) for i in range(combo.count())}
    everyone = {p.id for p in context.services.registry.people()}
    assert offered == everyone - listed
    assert combo.currentIndex() == -1
    page.attendance.add_button.click()  # nothing chosen: nothing added
    assert {a.person_id for a in page.meeting.attendance} == listed  # type: ignore[union-attr]
    guest = combo.itemData(0)
    combo.setCurrentIndex(0)
    page.attendance.add_button.click()
    assert guest in {a.person_id for a in page.meeting.attendance}  # type: ignore[union-attr]
    assert combo.count() == 0  # the list is read again next time, without the new guest


def test_notes_typed_on_the_page_keep_no_break_spaces_and_one_revision_while_typing(
    qtbot: QtBot, context: UiContext, main_meeting_id: int
) -> None:
    from irev_desktop.domain.french import NBSP

    from .keyboard import Keyboard

    page = open_page(qtbot, context, main_meeting_id)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentWidget(page.agenda)
    item = page.agenda.model.items()[0]
    page.agenda.select(item.id)
    before = len(context.services.agenda.revisions(item.id))
    page.agenda.notes.moveCursor(QTextCursor.MoveOperation.End)
    page.window().activateWindow()
    page.agenda.notes.setFocus()
    qtbot.waitUntil(lambda: page.agenda.notes.hasFocus())
    keyboard = Keyboard()
    for word in (" Oui", NBSP, "!", " Vote", NBSP, ":", " pour"):
        keyboard.type(word)
        qtbot.wait(400)  # a pause: an autosave each time
    stored = context.services.agenda.items(main_meeting_id)[0].notes
    assert stored.endswith(f" Oui{NBSP}! Vote{NBSP}: pour")
    # Autosaves while typing refresh one revision; they do not pile up.
    assert len(context.services.agenda.revisions(item.id)) <= before + 1
    assert "Enregistré à" in page.agenda.saved_label.text()


def test_a_held_meeting_shows_the_quorum_at_its_opening(
    qtbot: QtBot, context: UiContext, main_meeting_id: int
) -> None:
    """Didier Caron came at 10:15: the opening counted 90 of 100, as the minutes say."""
    page = open_page(qtbot, context, main_meeting_id)
    text = page.attendance.quorum_label.text()
    assert text.startswith("Quorum atteint à l'ouverture : 90 droits")
