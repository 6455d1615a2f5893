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
from irev_desktop.domain.quorum import Interval
from irev_desktop.model.dto import AttendanceDTO
from irev_desktop.model.inputs import ItemFields
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.seance.vote_panel import VotePanel
from irev_desktop.ui.seance.window import SeanceWindow

from .fakes import FakeDialogs
from .keyboard import Keyboard, show_with_focus

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
    show_with_focus(qtbot, opened, opened.editor)
    yield opened
    context.dialogs.confirm_answers.append(True)  # type: ignore[attr-defined]
    opened.close()


@pytest.fixture
def keyboard() -> Keyboard:
    return Keyboard()


def person(context: UiContext, meeting: int, name: str) -> AttendanceDTO:
    return next(
        a for a in context.services.meetings.meeting(meeting).attendance if a.person_name == name
    )


def notes_of(context: UiContext, meeting: int, position: int) -> str:
    return context.services.agenda.items(meeting)[position - 1].notes


SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_typing_is_saved_within_a_second_even_without_pause(
    qtbot: QtBot, window: SeanceWindow, context: UiContext, live_meeting: int, keyboard: Keyboard
) -> None:
    typed = ""
    # Type without any pause longer than the debounce for about two seconds.
    for n in range(40):
        keyboard.type("mot ")
        typed += "mot "
        qtbot.wait(50)
        if n == 30:
            # The ceiling saved during the uninterrupted typing.
            assert notes_of(context, live_meeting, 1).startswith("mot mot mot")
    qtbot.waitUntil(lambda: notes_of(context, live_meeting, 1) == typed, timeout=1500)


def test_switching_items_records_their_times(
    window: SeanceWindow,
    context: UiContext,
    live_meeting: int,
    clock: FakeClock,
    keyboard: Keyboard,
) -> None:
    keyboard.press(Qt.Key.Key_F6)  # open the session at 10:00
    keyboard.type("Approbation sans observation")
    clock.advance(minutes=4)
    keyboard.press(Qt.Key.Key_PageDown, CTRL)
    items = context.services.agenda.items(live_meeting)
    assert notes_of(context, live_meeting, 1) == "Approbation sans observation"
    assert (items[0].started_at, items[0].ended_at) == (dt.time(10, 0), dt.time(10, 4))
    assert items[1].started_at == dt.time(10, 4)
    assert window.item_title.text() == "2. Budget 2022"
    clock.advance(minutes=12)
    window.tick()
    assert window.item_clock.property("late") is True
    assert "en retard de 2 min" in window.item_clock.text()
    keyboard.press(Qt.Key.Key_PageUp, CTRL)
    assert window.item_title.text().startswith("1. Approbation")
    assert context.services.meetings.meeting(live_meeting).actual_start == dt.time(10, 0)


def test_looking_back_at_an_item_stamps_and_ticks_nothing(
    window: SeanceWindow,
    context: UiContext,
    live_meeting: int,
    clock: FakeClock,
    keyboard: Keyboard,
) -> None:
    keyboard.press(Qt.Key.Key_F6)
    clock.advance(minutes=5)
    keyboard.press(Qt.Key.Key_PageDown, CTRL)  # 10:05: item 1 done, item 2 under way
    clock.advance(minutes=3)
    keyboard.press(Qt.Key.Key_PageUp, CTRL)  # 10:08: a look back at item 1
    clock.advance(minutes=2)
    keyboard.press(Qt.Key.Key_PageDown, CTRL)  # 10:10: back on item 2
    items = context.services.agenda.items(live_meeting)
    assert (items[0].started_at, items[0].ended_at) == (dt.time(10, 0), dt.time(10, 5))
    assert (items[1].started_at, items[1].ended_at) == (dt.time(10, 5), None)
    assert items[2].started_at is None  # never reached
    clock.advance(minutes=10)
    keyboard.press(Qt.Key.Key_PageDown, CTRL)
    items = context.services.agenda.items(live_meeting)
    assert items[1].ended_at == dt.time(10, 20) and items[2].started_at == dt.time(10, 20)


def test_closing_the_session_records_the_end_and_stops_the_clocks(
    window: SeanceWindow,
    context: UiContext,
    live_meeting: int,
    clock: FakeClock,
    fake_dialogs: FakeDialogs,
    keyboard: Keyboard,
) -> None:
    keyboard.press(Qt.Key.Key_F6)
    clock.advance(minutes=50)
    fake_dialogs.confirm_answers.append(True)
    keyboard.press(Qt.Key.Key_F6, SHIFT)
    meeting = context.services.meetings.meeting(live_meeting)
    assert meeting.actual_end == dt.time(10, 50)
    assert meeting.status is MeetingStatus.MINUTES_DRAFT
    shown = (window.item_clock.text(), window.session_clock.text())
    clock.advance(minutes=30)
    window.tick()
    assert (window.item_clock.text(), window.session_clock.text()) == shown
    assert "50:00" in window.session_clock.text()


def test_pointing_arrivals_and_departures_changes_the_quorum(
    window: SeanceWindow,
    context: UiContext,
    live_meeting: int,
    clock: FakeClock,
    keyboard: Keyboard,
) -> None:
    keyboard.press(Qt.Key.Key_F6)
    # Région 40 (two present) + État 20 present + 20 by proxy = 80 of 100: reached.
    assert window.quorum.property("reached") is True
    clock.advance(minutes=20)
    keyboard.ctrl(Qt.Key.Key_P)
    assert window.point_edit.hasFocus()
    keyboard.type("buchaillat")
    keyboard.enter()  # to the completer's popup, as a real keyboard does
    assert person(context, live_meeting, "Laurent Buchaillat").left_at == dt.time(10, 20)
    # He carried Thomas Girard's proxy: both weights are gone, 40 of 100 is not 2/3.
    assert window.quorum.property("reached") is False
    assert "NON ATTEINT" in window.quorum.text()
    clock.advance(minutes=5)
    keyboard.ctrl(Qt.Key.Key_P)
    keyboard.type("Laurent")
    keyboard.enter()
    # Back at 10:25, but the proxy he carried ended when he left.
    back = person(context, live_meeting, "Laurent Buchaillat")
    assert back.presence == (Interval(None, dt.time(10, 20)), Interval(dt.time(10, 25), None))
    assert "revenu·e à 10 h 25" in window.people_list.item(1).text()
    assert window.quorum.property("reached") is False  # 60 of 100
    girard = person(context, live_meeting, "Thomas Girard")
    assert [(p.given_at, p.ended_at) for p in girard.proxies] == [(None, dt.time(10, 20))]


def test_enter_in_the_pointing_popup_records_the_chosen_name(
    window: SeanceWindow, context: UiContext, live_meeting: int, keyboard: Keyboard
) -> None:
    """Ctrl+P, a few letters, Enter: the Enter goes to the completer's popup (it used to
    replace the completer under the popup's feet and crash the program)."""
    keyboard.press(Qt.Key.Key_F6)
    keyboard.ctrl(Qt.Key.Key_P)
    keyboard.type("Mil")
    assert QApplication.activePopupWidget() is not None
    keyboard.enter()
    assert person(context, live_meeting, "Milouda Ala").presence == ()  # un-pointed at the opening
    keyboard.ctrl(Qt.Key.Key_P)
    keyboard.type("Mil")
    keyboard.enter()
    assert window.point_edit.text() == ""
    assert window.editor.hasFocus()


def test_people_pointed_before_the_opening_are_present_at_the_opening(
    window: SeanceWindow,
    context: UiContext,
    live_meeting: int,
    clock: FakeClock,
    keyboard: Keyboard,
) -> None:
    clock.advance(minutes=-10)  # 9:50, the séance not yet opened
    keyboard.ctrl(Qt.Key.Key_P)
    keyboard.type("Caron")
    keyboard.enter()  # in the completer's list: « Didier Caron »
    assert person(context, live_meeting, "Didier Caron").presence == (Interval(None, None),)
    clock.advance(minutes=12)
    keyboard.press(Qt.Key.Key_F6)  # opened at 10:02
    clock.advance(minutes=10)
    keyboard.ctrl(Qt.Key.Key_P)
    keyboard.type("Benali")
    keyboard.enter()
    assert person(context, live_meeting, "Karim Benali").arrived_at == dt.time(10, 12)
    assert person(context, live_meeting, "Didier Caron").arrived_at is None


def test_roll_call_then_the_exceptions(
    window: SeanceWindow, context: UiContext, live_meeting: int, keyboard: Keyboard
) -> None:
    keyboard.ctrl(Qt.Key.Key_P)
    keyboard.type("*")
    keyboard.enter()
    statuses = {
        a.person_name: a.status for a in context.services.meetings.meeting(live_meeting).attendance
    }
    assert AttendanceStatus.EXPECTED not in statuses.values()
    keyboard.ctrl(Qt.Key.Key_P)
    keyboard.type("Roussel:e")
    keyboard.enter()
    keyboard.ctrl(Qt.Key.Key_P)
    keyboard.type("Benali : a")
    keyboard.enter()
    assert person(context, live_meeting, "Hélène Roussel").status is AttendanceStatus.EXCUSED
    assert person(context, live_meeting, "Hélène Roussel").presence == ()
    assert person(context, live_meeting, "Karim Benali").status is AttendanceStatus.ABSENT
    assert person(context, live_meeting, "Didier Caron").presence == (Interval(None, None),)


def test_a_guest_not_in_the_register(
    window: SeanceWindow,
    context: UiContext,
    live_meeting: int,
    clock: FakeClock,
    keyboard: Keyboard,
) -> None:
    keyboard.press(Qt.Key.Key_F6)
    clock.advance(minutes=15)
    keyboard.ctrl(Qt.Key.Key_P)
    keyboard.type("+Jeanne d'Arbois, directrice de l'ANCT")
    keyboard.enter()
    guest = person(context, live_meeting, "Jeanne d'Arbois")
    assert guest.function_title == "directrice de l'ANCT"
    assert guest.presence == (Interval(dt.time(10, 15), None),)
    assert guest.role is None  # counted among the other participants, never a voter
    assert any(p.full_name == "Jeanne d'Arbois" for p in context.services.registry.people())


def test_ctrl_z_undoes_the_last_seance_act_then_the_typing(
    window: SeanceWindow,
    context: UiContext,
    live_meeting: int,
    clock: FakeClock,
    keyboard: Keyboard,
) -> None:
    keyboard.press(Qt.Key.Key_F6)
    clock.advance(minutes=5)
    keyboard.ctrl(Qt.Key.Key_P)
    keyboard.type("Lefebvre")
    keyboard.enter()  # Camille Lefebvre leaves at 10:05: a mistake
    assert person(context, live_meeting, "Camille Lefebvre").left_at == dt.time(10, 5)
    keyboard.ctrl(Qt.Key.Key_Z)
    assert person(context, live_meeting, "Camille Lefebvre").presence == (Interval(None, None),)
    assert "Annulé" in window.message.text()
    keyboard.type("abc")
    keyboard.ctrl(Qt.Key.Key_Z)  # now the editor's own undo
    assert window.editor.text() == ""
    assert person(context, live_meeting, "Camille Lefebvre").presence == (Interval(None, None),)


def test_proxies_are_given_and_ended_from_the_pointing_line(
    window: SeanceWindow,
    context: UiContext,
    live_meeting: int,
    clock: FakeClock,
    keyboard: Keyboard,
) -> None:
    keyboard.press(Qt.Key.Key_F6)
    clock.advance(minutes=10)
    keyboard.ctrl(Qt.Key.Key_P)
    keyboard.type("Caron > Lefebvre")
    keyboard.enter()
    caron = person(context, live_meeting, "Didier Caron")
    assert caron.status is AttendanceStatus.REPRESENTED
    assert [(p.holder_name, p.given_at) for p in caron.proxies] == [
        ("Camille Lefebvre", dt.time(10, 10))
    ]
    assert window.quorum.property("reached") is True  # 90 of 100
    clock.advance(minutes=20)
    keyboard.ctrl(Qt.Key.Key_P)
    keyboard.type("Caron >")
    keyboard.enter()
    caron = person(context, live_meeting, "Didier Caron")
    assert caron.proxies[0].ended_at == dt.time(10, 30)
    assert caron.current_proxy is None


def test_a_wrong_name_is_said_in_the_window_and_the_line_is_kept(
    window: SeanceWindow, fake_dialogs: FakeDialogs, keyboard: Keyboard
) -> None:
    keyboard.ctrl(Qt.Key.Key_P)
    keyboard.type("Zorglub")
    keyboard.enter()
    assert "ne désigne personne" in window.message.text()
    assert window.message.property("error") is True
    assert window.point_edit.text() == "Zorglub"
    assert fake_dialogs.errors == []  # no modal dialog to eat the next keys


def test_escape_closes_the_line_and_never_leaves_seance_mode(
    window: SeanceWindow, context: UiContext, live_meeting: int, keyboard: Keyboard
) -> None:
    keyboard.ctrl(Qt.Key.Key_P)
    keyboard.type("Car")
    keyboard.press(Qt.Key.Key_Escape)  # the completer's list
    assert window.point_edit.text() == "Car"
    keyboard.press(Qt.Key.Key_Escape)  # the line
    assert window.point_edit.text() == "" and window.editor.hasFocus()
    keyboard.press(Qt.Key.Key_Escape)
    keyboard.press(Qt.Key.Key_Escape)
    assert window.isVisible()
    keyboard.type("encore là")
    keyboard.press(Qt.Key.Key_Q, CTRL | SHIFT)
    assert not window.isVisible()
    assert notes_of(context, live_meeting, 1) == "encore là"


def test_a_closed_meeting_asks_before_any_act_and_signed_minutes_refuse(
    window: SeanceWindow,
    context: UiContext,
    live_meeting: int,
    clock: FakeClock,
    fake_dialogs: FakeDialogs,
    keyboard: Keyboard,
) -> None:
    keyboard.press(Qt.Key.Key_F6)
    clock.advance(minutes=60)
    fake_dialogs.confirm_answers.append(True)
    keyboard.press(Qt.Key.Key_F6, SHIFT)  # closed at 11:00
    clock.advance(hours=9)
    keyboard.ctrl(Qt.Key.Key_P)
    keyboard.type("Caron")
    keyboard.press(Qt.Key.Key_Escape)
    fake_dialogs.confirm_answers.append(False)
    window._closed_confirmed = False  # as when the window is opened on a closed meeting
    keyboard.enter()
    assert "close à 11 h 00" in fake_dialogs.confirmations[-1]
    assert person(context, live_meeting, "Didier Caron").presence == ()
    # Signed minutes: refused without a question.
    services = context.services
    services.meetings.change_status(
        live_meeting, MeetingStatus.MINUTES_ADOPTED, adopted_on=dt.date(2021, 12, 1)
    )
    services.meetings.change_status(live_meeting, MeetingStatus.MINUTES_SIGNED)
    window.refresh()
    asked = len(fake_dialogs.confirmations)
    window.point_edit.setEnabled(True)  # as if the line were still live
    window.point_edit.setFocus()
    keyboard.enter()
    assert len(fake_dialogs.confirmations) == asked
    assert "signé" in window.message.text()
    assert person(context, live_meeting, "Didier Caron").presence == ()


def test_a_weighted_vote_with_a_proxy_from_the_vote_panel(
    window: SeanceWindow,
    context: UiContext,
    live_meeting: int,
    fake_dialogs: FakeDialogs,
    keyboard: Keyboard,
) -> None:
    people = {p.full_name: p.id for p in context.services.registry.people()}
    seen: list[VotePanel] = []

    def vote(dialog: QDialog) -> bool:
        assert isinstance(dialog, VotePanel)
        seen.append(dialog)
        names = dialog.voter_names()
        assert "Thomas Girard (pouvoir à Laurent Buchaillat)" in names
        assert all("Marchand" not in n for n in names)  # consultative voice
        dialog.title_edit.setText("Budget 2022")
        dialog.set_choice(people["Camille Lefebvre"], VoteChoice.AGAINST)
        assert "Droits : 60 pour, 20 contre" in dialog.totals.text()
        dialog.set_unanimous()
        assert "unanimité" in dialog.totals.text()
        dialog.set_choice(people["Thomas Girard"], VoteChoice.ABSTENTION)
        return True

    keyboard.press(Qt.Key.Key_F6)
    fake_dialogs.forms.append(vote)
    keyboard.press(Qt.Key.Key_F9)
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
    keyboard.ctrl(Qt.Key.Key_Z)  # the vote was the last act: it is taken back
    assert context.services.deliberations.deliberations(live_meeting) == []


def test_the_vote_panel_refuses_to_record_without_quorum(
    window: SeanceWindow,
    context: UiContext,
    live_meeting: int,
    fake_dialogs: FakeDialogs,
    clock: FakeClock,
    keyboard: Keyboard,
) -> None:
    keyboard.press(Qt.Key.Key_F6)
    people = {p.full_name: p.id for p in context.services.registry.people()}
    for name in ("Camille Lefebvre", "Milouda Ala"):
        context.services.attendance.record_departure(live_meeting, people[name], dt.time(10, 1))
    clock.advance(minutes=2)

    def vote(dialog: QDialog) -> bool:
        assert isinstance(dialog, VotePanel)
        assert "QUORUM NON ATTEINT" in dialog.warning.text()
        assert "adoptée" not in dialog.totals.text()
        assert not dialog.record_button.isEnabled()
        return True  # even "accepted", nothing may be recorded

    fake_dialogs.forms.append(vote)
    keyboard.press(Qt.Key.Key_F9)
    assert not fake_dialogs.forms
    assert len(context.services.deliberations.deliberations(live_meeting)) == 0


def test_before_the_opening_the_vote_panel_says_so(
    window: SeanceWindow,
    context: UiContext,
    live_meeting: int,
    fake_dialogs: FakeDialogs,
    keyboard: Keyboard,
) -> None:
    def vote(dialog: QDialog) -> bool:
        assert isinstance(dialog, VotePanel)
        assert "Séance non ouverte" in dialog.warning.text()
        assert "PERDU" not in dialog.warning.text()
        return True

    fake_dialogs.forms.append(vote)
    keyboard.press(Qt.Key.Key_F9)
    assert not fake_dialogs.forms
    assert context.services.deliberations.deliberations(live_meeting) == []


def test_names_complete_after_at_and_the_time_is_inserted(
    window: SeanceWindow, keyboard: Keyboard
) -> None:
    keyboard.type("Question de @buch")
    assert window.editor.popup().isVisible()
    keyboard.enter()
    assert window.editor.text() == "Question de Laurent Buchaillat"
    keyboard.ctrl(Qt.Key.Key_T)
    assert window.editor.text().endswith("[10 h 00]")


def test_french_typography_while_typing_and_kept_when_saved(
    window: SeanceWindow, context: UiContext, live_meeting: int, keyboard: Keyboard
) -> None:
    keyboard.type("Vraiment ? Oui : le budget; voir https://irev.fr")
    expected = f"Vraiment{NNBSP}? Oui{NBSP}: le budget{NNBSP}; voir https://irev.fr"
    assert window.editor.text() == expected
    keyboard.ctrl(Qt.Key.Key_S)
    assert notes_of(context, live_meeting, 1) == expected


def test_paste_is_plain_and_clean(window: SeanceWindow) -> None:
    mime = QMimeData()
    mime.setHtml("<b>gras</b>")
    mime.setText("Collé\x0bdepuis Word\x00")
    window.editor.insertFromMimeData(mime)
    assert window.editor.text() == "Collé\ndepuis Word"


def test_an_action_in_one_line_dated_after_the_meeting(
    window: SeanceWindow, context: UiContext, live_meeting: int, keyboard: Keyboard
) -> None:
    keyboard.press(Qt.Key.Key_A, CTRL | SHIFT)
    assert window.action_edit.hasFocus()
    keyboard.type("@Ala: envoyer le budget, 30/06")
    keyboard.enter()
    action = context.services.meetings.meeting(live_meeting).actions[-1]
    assert (action.person_name, action.description) == ("Milouda Ala", "envoyer le budget")
    # The meeting is on 25 November 2021: « 30/06 » is the next 30 June after it.
    assert action.due_date == dt.date(2022, 6, 30)
    keyboard.ctrl(Qt.Key.Key_Z)
    assert context.services.meetings.meeting(live_meeting).actions == ()


def test_closing_the_window_saves_at_once(
    window: SeanceWindow, context: UiContext, live_meeting: int, keyboard: Keyboard
) -> None:
    keyboard.type("Dernier mot")
    window.close()
    assert notes_of(context, live_meeting, 1) == "Dernier mot"


def test_the_shortcuts_are_shown_in_the_window_in_french(window: SeanceWindow) -> None:
    from PySide6.QtWidgets import QLabel

    help_text = window.findChild(QLabel, "shortcutHelp").text()  # type: ignore[union-attr]
    for keys in ("Ctrl+PgSuiv", "Ctrl+T", "F9", "Ctrl+P", "Ctrl+Maj+A", "Maj+F6", "Ctrl+Maj+Q"):
        assert keys in help_text
    assert "Shift" not in help_text and "PgDown" not in help_text
