"""Someone else saves an item's notes while they are typed here: the meeting page shows
both texts and the user chooses; séance mode says it in its message line and goes on
with the secretary's text. Typed at the keyboard; nothing is ever overwritten."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from irev_desktop.model.inputs import ItemFields
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.notes_conflict import Choice, NotesConflictDialog
from irev_desktop.ui.seance.window import SeanceWindow

from .fakes import FakeDialogs
from .keyboard import Keyboard, show_with_focus
from .test_meeting_page import open_page, planned_meeting
from .test_seance import FakeClock


def _other_person_saves(context: UiContext, item_id: int, text: str) -> None:
    """Another computer's save: straight through the services, as its window would."""
    current = next(
        i.notes
        for m in context.services.meetings.meetings()
        for i in context.services.meetings.meeting(m.id).items
        if i.id == item_id
    )
    context.services.agenda.save_notes(item_id, text, based_on=current)


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        (Choice.MINE, "Mon texte."),
        (Choice.THEIRS, "Le texte de Léa."),
        (Choice.BOTH, "Mon texte.\n\n— Texte de l'autre personne —\nLe texte de Léa."),
    ],
)
def test_the_page_shows_both_texts_and_keeps_the_choice(
    qtbot: QtBot,
    context: UiContext,
    fake_dialogs: FakeDialogs,
    choice: Choice,
    expected: str,
) -> None:
    meeting = planned_meeting(context)
    item = context.services.agenda.add_item(meeting, ItemFields("Budget"))
    page = open_page(qtbot, context, meeting)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentWidget(page.agenda)
    page.agenda.select(item.id)
    _other_person_saves(context, item.id, "Le texte de Léa.")  # after this page read them
    shown: list[tuple[str, str]] = []

    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, NotesConflictDialog)
        mine = dialog.findChild(type(page.agenda.notes), "mineText")
        theirs = dialog.findChild(type(page.agenda.notes), "theirsText")
        shown.append((mine.toPlainText(), theirs.toPlainText()))
        {
            Choice.MINE: dialog.mine_button,
            Choice.THEIRS: dialog.theirs_button,
            Choice.BOTH: dialog.both_button,
        }[choice].click()
        return True

    fake_dialogs.forms.append(answer)
    page.window().activateWindow()
    page.agenda.notes.setFocus()
    qtbot.waitUntil(lambda: page.agenda.notes.hasFocus())
    page.agenda.notes.moveCursor(QTextCursor.MoveOperation.End)
    Keyboard().type("Mon texte.")
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    assert shown == [("Mon texte.", "Le texte de Léa.")]
    stored = next(i for i in context.services.agenda.items(meeting) if i.id == item.id)
    assert stored.notes == expected
    assert page.agenda.notes.toPlainText() == expected
    history = {r.text for r in context.services.agenda.revisions(item.id)}
    assert {"Mon texte.", "Le texte de Léa."} <= history


def test_seance_mode_says_it_in_one_line_and_keeps_the_secretary_text(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    meeting = planned_meeting(context)
    item = context.services.agenda.add_item(meeting, ItemFields("Budget"))
    window = SeanceWindow(context, meeting, FakeClock(dt.datetime(2021, 11, 25, 10, 0)))
    qtbot.addWidget(window)
    show_with_focus(qtbot, window, window.editor)
    window.go_to(item.id)
    _other_person_saves(context, item.id, "Ajouté depuis un autre poste.")
    Keyboard().type("La secrétaire note.")
    qtbot.waitUntil(lambda: "autre personne" in window.message.text(), timeout=3000)
    assert not fake_dialogs.errors and not fake_dialogs.forms
    qtbot.waitUntil(
        lambda: (
            next(i for i in context.services.agenda.items(meeting) if i.id == item.id).notes
            == "La secrétaire note."
        ),
        timeout=3000,
    )
    history = {r.text for r in context.services.agenda.revisions(item.id)}
    assert "Ajouté depuis un autre poste." in history
    window.close()
