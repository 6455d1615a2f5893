"""Séance mode: typing and saving, moving through the agenda, attendance, votes, keys."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from irev_desktop.domain.enums import AttendanceStatus, MeetingStatus, VoteChoice
from irev_desktop.domain.french import NBSP, NNBSP
from irev_desktop.services.agenda import ItemFields
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.seance.vote_panel import VotePanel
from irev_desktop.ui.seance.window import SeanceWindow

from .fakes import FakeDialogs
from .keyboard import Keyboard

CTRL = Qt.KeyboardModifier.ControlModifier


class FakeClock:
    def __init__(self, start: dt.datetime) -> None:
        self.moment = start

    def now(self) -> dt.datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += dt.timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2021, 11, 25, 10, 0, 0))


@pytest.fixture
def live_meeting(context: UiContext) -> int:
    """The planned assembly of 25 November 2021, with three items and a few present."""
    services = context.services
    meeting = next(m.id for m in services.meetings.meetings() if m.status.value == "planned")
    services.agenda.add_item(meeting, ItemFields("Budget 2022", planned_minutes=10))
    services.agenda.add_item(meeting, ItemFields("Questions diverses", planned_minutes=5))
    people = {p.full_name: p.id for p in services.registry.people()}
    for name in ("Milouda Ala", "Laurent Buchaillat", "Camille Lefebvre", "Sophie Marchand"):
        services.attendance.set_status(meeting, people[name], AttendanceStatus.PRESENT)
    services.attendance.set_status(
        meeting,
        people["Thomas Girard"],
        AttendanceStatus.REPRESENTED,
        proxy_holder_id=people["Laurent Buchaillat"],
    )
    return meeting


@pytest.fixture
def window(
    qtbot: QtBot, context: UiContext, live_meeting: int, clock: FakeClock
) -> Iterator[SeanceWindow]:
    opened = SeanceWindow(context, live_meeting, clock)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    yield opened
    opened.close()


def notes_of(context: UiContext, meeting: int, position: int) -> str:
    return context.services.agenda.items(meeting)[position - 1].notes


def test_typing_is_saved_within_a_second_even_without_pause(
    qtbot: QtBot, window: SeanceWindow, context: UiContext, live_meeting: int
) -> None:
    editor = window.editor
    typed = ""
    # Type without any pause longer than the debounce for about two seconds.
    for n in range(40):
        qtbot.keyClicks(editor, "mot ")
        typed += "mot "
        qtbot.wait(50)
        if n == 30:
            # The ceiling saved during the uninterrupted typing.
            assert notes_of(context, live_meeting, 1).startswith("mot mot mot")
    qtbot.waitUntil(lambda: notes_of(context, live_meeting, 1) == typed, timeout=1500)


def test_switching_items_records_their_times(
    qtbot: QtBot, window: SeanceWindow, context: UiContext, live_meeting: int, clock: FakeClock
) -> None:
    qtbot.keyClick(window.editor, Qt.Key.Key_F6)  # open the session at 10:00
    qtbot.keyClicks(window.editor, "Approbation sans observation")
    clock.advance(minutes=4)
    qtbot.keyClick(window.editor, Qt.Key.Key_PageDown, CTRL)
    items = context.services.agenda.items(live_meeting)
    assert notes_of(context, live_meeting, 1) == "Approbation sans observation"
    assert (items[0].started_at, items[0].ended_at) == (dt.time(10, 0), dt.time(10, 4))
    assert items[1].started_at == dt.time(10, 4)
    assert window.item_title.text() == "2. Budget 2022"
    clock.advance(minutes=12)
    window.tick()
    assert window.item_clock.property("late") is True
    assert "en retard de 2 min" in window.item_clock.text()
    qtbot.keyClick(window.editor, Qt.Key.Key_PageUp, CTRL)
    assert window.item_title.text().startswith("1. Approbation")
    assert context.services.meetings.meeting(live_meeting).actual_start == dt.time(10, 0)


def test_closing_the_session_records_the_end_and_drafts_the_minutes(
    qtbot: QtBot,
    window: SeanceWindow,
    context: UiContext,
    live_meeting: int,
    clock: FakeClock,
    fake_dialogs: FakeDialogs,
) -> None:
    window.start_session()
    clock.advance(minutes=50)
    fake_dialogs.confirm_answers.append(True)
    qtbot.keyClick(window.editor, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    meeting = context.services.meetings.meeting(live_meeting)
    assert meeting.actual_end == dt.time(10, 50)
    assert meeting.status is MeetingStatus.MINUTES_DRAFT


def test_pointing_arrivals_and_departures_changes_the_quorum(
    qtbot: QtBot, window: SeanceWindow, context: UiContext, live_meeting: int, clock: FakeClock
) -> None:
    # Région 40 (two present) + État 20 present + 20 by proxy = 80 of 100: reached.
    assert window.quorum.property("reached") is True
    clock.advance(minutes=20)
    keyboard = Keyboard()
    keyboard.ctrl(Qt.Key.Key_P)
    assert window.point_edit.hasFocus()
    keyboard.type("buchaillat")
    keyboard.enter()  # to the completer's popup, as a real keyboard does
    row = next(
        a
        for a in context.services.meetings.meeting(live_meeting).attendance
        if a.person_name == "Laurent Buchaillat"
    )
    assert row.left_at == dt.time(10, 20)
    # He carried Thomas Girard's proxy: both weights are gone, 40 of 100 is not 2/3.
    assert window.quorum.property("reached") is False
    assert "NON ATTEINT" in window.quorum.text()
    clock.advance(minutes=5)
    keyboard.ctrl(Qt.Key.Key_P)
    keyboard.type("Laurent")
    keyboard.enter()
    assert window.quorum.property("reached") is True


def test_a_weighted_vote_with_a_proxy_from_the_vote_panel(
    qtbot: QtBot,
    window: SeanceWindow,
    context: UiContext,
    live_meeting: int,
    fake_dialogs: FakeDialogs,
) -> None:
    people = {p.full_name: p.id for p in context.services.registry.people()}
    seen: list[VotePanel] = []

    def vote(dialog: QDialog) -> bool:
        assert isinstance(dialog, VotePanel)
        seen.append(dialog)
        names = [dialog.table.cellWidget(r, 0).text() for r in range(dialog.table.rowCount())]  # type: ignore[union-attr]
        assert "Thomas Girard (pouvoir à Laurent Buchaillat)" in names
        assert all("Marchand" not in n for n in names)  # consultative voice
        dialog.title_edit.setText("Budget 2022")
        dialog.set_choice(people["Camille Lefebvre"], VoteChoice.AGAINST)
        assert "Droits : 60 pour, 20 contre" in dialog.totals.text()
        dialog.set_unanimous()
        assert "unanimité" in dialog.totals.text()
        dialog.set_choice(people["Thomas Girard"], VoteChoice.ABSTENTION)
        return True

    fake_dialogs.forms.append(vote)
    qtbot.keyClick(window.editor, Qt.Key.Key_F9)
    assert seen, "F9 opens the vote panel"
    delib = context.services.deliberations.deliberations(live_meeting)[-1]
    assert delib.number == "2021-03"
    assert (delib.votes_for, delib.votes_abstention) == (3, 1)
    assert (delib.weighted_for, delib.weighted_abstention) == (60, 20)
    assert delib.result.value == "adopted" and not delib.unanimous
    voters = context.services.seance.voters_of(delib.id)
    assert {v.name for v in voters} == {
        "Milouda Ala",
        "Laurent Buchaillat",
        "Camille Lefebvre",
        "Thomas Girard",
    }


def test_the_vote_panel_refuses_to_record_without_quorum(
    qtbot: QtBot,
    window: SeanceWindow,
    context: UiContext,
    live_meeting: int,
    fake_dialogs: FakeDialogs,
    clock: FakeClock,
) -> None:
    people = {p.full_name: p.id for p in context.services.registry.people()}
    context.services.attendance.record_departure(
        live_meeting, people["Camille Lefebvre"], dt.time(10, 1)
    )
    context.services.attendance.record_departure(
        live_meeting, people["Milouda Ala"], dt.time(10, 1)
    )
    clock.advance(minutes=2)

    def vote(dialog: QDialog) -> bool:
        assert isinstance(dialog, VotePanel)
        assert "QUORUM PERDU" in dialog.warning.text()
        assert not dialog.record_button.isEnabled()
        return False

    fake_dialogs.forms.append(vote)
    window.open_vote()
    assert not fake_dialogs.forms
    assert len(context.services.deliberations.deliberations(live_meeting)) == 0


def test_names_complete_after_at_and_the_time_is_inserted(
    qtbot: QtBot, window: SeanceWindow
) -> None:
    editor = window.editor
    qtbot.keyClicks(editor, "Question de @buch")
    assert editor.popup().isVisible()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.text() == "Question de Laurent Buchaillat"
    qtbot.keyClick(editor, Qt.Key.Key_T, CTRL)
    assert editor.text().endswith("[10 h 00]")


def test_french_typography_while_typing_and_kept_when_saved(
    qtbot: QtBot, window: SeanceWindow, context: UiContext, live_meeting: int
) -> None:
    qtbot.keyClicks(window.editor, "Vraiment ? Oui : le budget; voir https://irev.fr")
    expected = f"Vraiment{NNBSP}? Oui{NBSP}: le budget{NNBSP}; voir https://irev.fr"
    assert window.editor.text() == expected
    window.save_checkpoint()
    assert notes_of(context, live_meeting, 1) == expected


def test_paste_is_plain_and_clean(window: SeanceWindow) -> None:
    mime = QMimeData()
    mime.setHtml("<b>gras</b>")
    mime.setText("Collé\x0bdepuis Word\x00")
    window.editor.insertFromMimeData(mime)
    assert window.editor.text() == "Collé\ndepuis Word"


def test_an_action_in_one_line(
    qtbot: QtBot, window: SeanceWindow, context: UiContext, live_meeting: int
) -> None:
    qtbot.keyClick(window.editor, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.action_edit.hasFocus()
    qtbot.keyClicks(window.action_edit, "@Ala: envoyer le budget, 15/12")
    qtbot.keyClick(window.action_edit, Qt.Key.Key_Return)
    action = context.services.meetings.meeting(live_meeting).actions[-1]
    assert (action.person_name, action.description) == ("Milouda Ala", "envoyer le budget")
    assert action.due_date == dt.date(2021, 12, 15)


def test_closing_the_window_saves_at_once(
    qtbot: QtBot, window: SeanceWindow, context: UiContext, live_meeting: int
) -> None:
    qtbot.keyClicks(window.editor, "Dernier mot")
    window.close()
    assert notes_of(context, live_meeting, 1) == "Dernier mot"


def test_the_shortcuts_are_shown_in_the_window(window: SeanceWindow) -> None:
    from PySide6.QtWidgets import QLabel

    help_text = window.findChild(QLabel, "shortcutHelp").text()  # type: ignore[union-attr]
    for keys in ("Ctrl+PgDown", "Ctrl+T", "F9", "Ctrl+P", "Ctrl+Shift+A"):
        assert keys in help_text


def test_proxies_are_given_and_withdrawn_from_the_pointing_line(
    qtbot: QtBot, window: SeanceWindow, context: UiContext, live_meeting: int
) -> None:
    window.point_edit.setText("Caron > Lefebvre")
    window.point()
    caron = next(
        a
        for a in context.services.meetings.meeting(live_meeting).attendance
        if a.person_name == "Didier Caron"
    )
    assert caron.status is AttendanceStatus.REPRESENTED
    assert caron.proxy_holder_name == "Camille Lefebvre"
    assert window.quorum.property("reached") is True  # 90 of 100
    window.point_edit.setText("Caron >")
    window.point()
    caron = next(
        a
        for a in context.services.meetings.meeting(live_meeting).attendance
        if a.person_name == "Didier Caron"
    )
    assert caron.status is AttendanceStatus.ABSENT and caron.proxy_holder_id is None


def test_enter_in_the_pointing_popup_records_the_chosen_name(
    window: SeanceWindow, context: UiContext, live_meeting: int, clock: FakeClock
) -> None:
    """Ctrl+P, a few letters, Enter: the Enter goes to the completer's popup (it used to
    replace the completer under the popup's feet and crash the program)."""
    keyboard = Keyboard()
    window.activateWindow()
    keyboard.ctrl(Qt.Key.Key_P)
    keyboard.type("Mil")
    assert QApplication.activePopupWidget() is not None
    keyboard.enter()
    milouda = next(
        a
        for a in context.services.meetings.meeting(live_meeting).attendance
        if a.person_name == "Milouda Ala"
    )
    assert milouda.left_at == dt.time(10, 0)
    keyboard.ctrl(Qt.Key.Key_P)
    keyboard.type("Mil")
    keyboard.enter()
    assert window.point_edit.text() == ""
