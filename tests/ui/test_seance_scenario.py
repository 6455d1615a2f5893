"""A whole general assembly of five items, taken keystroke by keystroke in séance mode.

Roll call, a member excused, two late arrivals, a leave-and-return, a proxy given before
the opening and ended when its giver arrives, a unanimous vote, a vote with one « contre »
and one « abstention », an action, the close. Every key goes where a keyboard sends it;
the test then reads the stored record and the procès-verbal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from irev_desktop.domain.enums import AttendanceStatus, MeetingStatus, VoteChoice
from irev_desktop.domain.quorum import Interval
from irev_desktop.model.inputs import ItemFields
from irev_desktop.services.export import DocumentKind
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.seance.vote_panel import VotePanel
from irev_desktop.ui.seance.window import SeanceWindow

from .fakes import FakeDialogs
from .keyboard import Keyboard, show_with_focus
from .test_seance import FakeClock

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def assembly(context: UiContext) -> int:
    """The planned assembly of 25 November 2021, with five items and nobody pointed."""
    services = context.services
    meeting = next(m.id for m in services.meetings.meetings() if m.status.value == "planned")
    for title, minutes in (
        ("Rapport d'activité", 15),
        ("Budget 2022", 20),
        ("Programme de travail 2022", 15),
        ("Questions diverses", 10),
    ):
        services.agenda.add_item(meeting, ItemFields(title, planned_minutes=minutes))
    assert len(services.agenda.items(meeting)) == 5
    return meeting


@pytest.fixture
def seance(
    qtbot: QtBot, context: UiContext, assembly: int
) -> Iterator[tuple[SeanceWindow, FakeClock]]:
    clock = FakeClock(dt.datetime(2021, 11, 25, 9, 50))
    window = SeanceWindow(context, assembly, clock)
    qtbot.addWidget(window)
    show_with_focus(qtbot, window, window.editor)
    yield window, clock
    window.close()


def point(keyboard: Keyboard, line: str) -> None:
    keyboard.ctrl(Qt.Key.Key_P)
    keyboard.type(line)
    keyboard.enter()


def vote_by_keys(qtbot: QtBot, keyboard: Keyboard, keys: list[str | Qt.Key]) -> object:
    """A stand-in for the modal loop: the panel is shown and typed into, and its answer is
    what the keys made of it."""

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, VotePanel)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
        for key in keys:
            if isinstance(key, str):
                keyboard.type(key)
            else:
                keyboard.press(key, CTRL)
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def row_number(context: UiContext, meeting: int, name: str, at: dt.time) -> str:
    voters = context.services.seance.voters_at(meeting, at)
    return str(next(n for n, v in enumerate(voters, 1) if v.name == name))


def test_a_whole_assembly_by_keyboard(
    qtbot: QtBot,
    context: UiContext,
    assembly: int,
    seance: tuple[SeanceWindow, FakeClock],
    fake_dialogs: FakeDialogs,
    tmp_path: Path,
) -> None:
    window, clock = seance
    services = context.services
    keyboard = Keyboard()

    # 9:50, before the opening: roll call, then the exceptions.
    point(keyboard, "*")
    point(keyboard, "Roussel : e")
    point(keyboard, "Caron : a")  # late, will come at 10:12
    point(keyboard, "Girard > Buchaillat")  # a proxy from the opening
    point(keyboard, "Lefebvre : a")  # late, will come at 10:25
    clock.advance(minutes=10)
    keyboard.press(Qt.Key.Key_F6)  # 10:00 the séance opens on item 1

    keyboard.type("Le procès-verbal de la séance du 30 juin est approuvé sans observation.")
    fake_dialogs.forms.append(vote_by_keys(qtbot, keyboard, [Qt.Key.Key_Return]))
    before = keyboard.count
    keyboard.press(Qt.Key.Key_F9)  # everyone « pour »: F9, Ctrl+Entrée
    assert keyboard.count - before == 2

    clock.advance(minutes=8)
    keyboard.press(Qt.Key.Key_PageDown, CTRL)  # 10:08 item 2
    clock.advance(minutes=4)
    point(keyboard, "Caron")  # 10:12 late arrival
    keyboard.type("Présentation du rapport d'activité : 800 participants en 2020.")
    clock.advance(minutes=13)
    point(keyboard, "Lefebvre")  # 10:25 second late arrival
    clock.advance(minutes=5)
    keyboard.press(Qt.Key.Key_PageDown, CTRL)  # 10:30 item 3
    clock.advance(minutes=5)
    point(keyboard, "Ala")  # 10:35 the president leaves…
    clock.advance(minutes=5)
    point(keyboard, "Girard")  # 10:40 the giver arrives: his proxy ends
    clock.advance(minutes=5)
    point(keyboard, "Ala")  # 10:45 …and comes back
    keyboard.type("Le budget 2022 est présenté.")

    clock.advance(minutes=5)  # 10:50 the vote on the budget: one contre, one abstention
    at = dt.time(10, 50)
    caron = row_number(context, assembly, "Didier Caron", at)
    lefebvre = row_number(context, assembly, "Camille Lefebvre", at)
    fake_dialogs.forms.append(
        vote_by_keys(qtbot, keyboard, [caron, "c", lefebvre, "a", Qt.Key.Key_Return])
    )
    before = keyboard.count
    keyboard.press(Qt.Key.Key_F9)
    assert keyboard.count - before == 6  # F9, 2 keys per exception, Ctrl+Entrée

    keyboard.press(Qt.Key.Key_A, CTRL | SHIFT)
    keyboard.type("@Caron: transmettre le budget aux membres, 15/12")
    keyboard.enter()
    clock.advance(minutes=10)
    keyboard.press(Qt.Key.Key_PageDown, CTRL)  # 11:00 item 4
    keyboard.type("Programme de travail adopté en principe.")
    clock.advance(minutes=15)
    keyboard.press(Qt.Key.Key_PageDown, CTRL)  # 11:15 item 5
    keyboard.type("Aucune question.")
    clock.advance(minutes=5)
    fake_dialogs.confirm_answers.append(True)
    keyboard.press(Qt.Key.Key_F6, SHIFT)  # 11:20 the séance is closed
    assert window.isVisible() and fake_dialogs.errors == []

    # The stored record.
    meeting = services.meetings.meeting(assembly)
    assert (meeting.actual_start, meeting.actual_end) == (dt.time(10, 0), dt.time(11, 20))
    assert meeting.status is MeetingStatus.MINUTES_DRAFT
    people = {a.person_name: a for a in meeting.attendance}
    assert people["Milouda Ala"].presence == (
        Interval(None, dt.time(10, 35)),
        Interval(dt.time(10, 45), None),
    )
    assert people["Didier Caron"].presence == (Interval(dt.time(10, 12), None),)
    assert people["Camille Lefebvre"].presence == (Interval(dt.time(10, 25), None),)
    assert people["Hélène Roussel"].status is AttendanceStatus.EXCUSED
    girard = people["Thomas Girard"]
    assert girard.presence == (Interval(dt.time(10, 40), None),)
    assert [(p.holder_name, p.given_at, p.ended_at) for p in girard.proxies] == [
        ("Laurent Buchaillat", None, dt.time(10, 40))
    ]
    items = meeting.items
    assert [(i.started_at, i.ended_at) for i in items] == [
        (dt.time(10, 0), dt.time(10, 8)),
        (dt.time(10, 8), dt.time(10, 30)),
        (dt.time(10, 30), dt.time(11, 0)),
        (dt.time(11, 0), dt.time(11, 15)),
        (dt.time(11, 15), dt.time(11, 20)),
    ]
    assert items[0].notes.startswith("Le procès-verbal de la séance du 30 juin")
    assert items[4].notes == "Aucune question."

    first, budget = meeting.deliberations
    assert first.unanimous and first.result.value == "adopted"
    # At 10:00: Ala, Buchaillat (and Girard's proxy), Benali sitting for Roussel.
    first_voters = {v.name: v.choice for v in services.seance.voters_of(first.id)}
    assert set(first_voters) == {
        "Milouda Ala",
        "Laurent Buchaillat",
        "Thomas Girard",
        "Karim Benali",
    }
    voters = {v.name: v.choice for v in services.seance.voters_of(budget.id)}
    assert voters["Didier Caron"] is VoteChoice.AGAINST
    assert voters["Camille Lefebvre"] is VoteChoice.ABSTENTION
    assert voters["Thomas Girard"] is VoteChoice.FOR  # in person at 10:50
    assert (budget.votes_for, budget.votes_against, budget.votes_abstention) == (4, 1, 1)
    assert budget.result.value == "adopted" and not budget.unanimous
    (action,) = meeting.actions
    assert action.person_name == "Didier Caron" and action.due_date == dt.date(2021, 12, 15)

    # The procès-verbal says the same.
    output = services.export.export(assembly, DocumentKind.PV, tmp_path / "pv.docx")
    document = Document(str(output))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    text = "\n".join([p.text for p in document.paragraphs] + cells).replace("\xa0", " ")
    assert "départ à 10 h 35, retour à 10 h 45" in text
    assert "arrivée à 10 h 12" in text
    assert "pouvoir à M. Laurent Buchaillat jusqu’à 10 h 40" in text
    assert "2021-04" in text or budget.number in text
